#!/usr/bin/env python3
"""Build held-out sample agreements h185-h192 for leerroute-check.

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only -- without looking at checker code, tests, models, benchmarks or the
texts/build scripts of any other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout13a.py            build all samples
    python3 build_heldout13a.py 185 190    build only these numbers
    python3 build_heldout13a.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)
SAMPLES = {}


def sample(num, name, fmt, description, statuses, evidence):
    """Register a builder function for sample number `num`."""
    def deco(fn):
        SAMPLES[num] = dict(num=num, name=name, fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def st(spec):
    """'a=present b=weak ...' -> ordered dict a..j."""
    d = dict(kv.split("=") for kv in spec.split())
    return {k: d[k] for k in "abcdefghij"}


# --------------------------------------------------------------------------- markup
# Blocks are separated by blank lines; the first line's prefix decides the type:
#   T: title   S: subtitle   M: small meta line   H: heading   H2: subheading
#   L: label | text   (hanging-indent item)      B: bullet text
#   TABLE: key  (rows from the tables dict)      SIG: key (borderless signature table)
#   BOX: title ... ENDBOX  (DOCX text box)       PB (page break)     C: centred text
#   anything else: a plain paragraph (lines joined with spaces)

def parse(markup):
    blocks = []
    for raw in re.split(r"\n\s*\n", markup.strip("\n")):
        lines = [ln.strip() for ln in raw.strip().split("\n")]
        text = " ".join(lines)
        m = re.match(r"^(T|S|M|H|H2|L|B|TABLE|SIG|BOX|C):\s?(.*)$", text)
        if text == "PB":
            blocks.append(("PB", ""))
        elif text == "ENDBOX":
            blocks.append(("ENDBOX", ""))
        elif m:
            kind, body = m.group(1), m.group(2)
            if kind == "L":
                lab, _, rest = body.partition("|")
                blocks.append(("L", (lab.strip(), rest.strip())))
            else:
                blocks.append((kind, body.strip()))
        else:
            blocks.append(("P", text))
    return blocks


def plain(s):
    return re.sub(r"</?[bi]>", "", s)


# --------------------------------------------------------------------------- PDF
def build_pdf(path, markup, tables=None, title="", author="", header="", footer="",
              font="Helvetica", size=10, two_col_label=14):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    tables = tables or {}
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=size * 1.35,
                          spaceAfter=size * 0.55)
    sty = {
        "T": ParagraphStyle("T", parent=base, fontName=bold, fontSize=size + 6,
                            leading=(size + 6) * 1.25, alignment=TA_CENTER, spaceAfter=6),
        "S": ParagraphStyle("S", parent=base, fontName=bold, fontSize=size + 1.5,
                            alignment=TA_CENTER, spaceAfter=8),
        "C": ParagraphStyle("C", parent=base, alignment=TA_CENTER),
        "M": ParagraphStyle("M", parent=base, fontSize=size - 1.5, textColor=colors.HexColor("#555555")),
        "H": ParagraphStyle("H", parent=base, fontName=bold, fontSize=size + 1.5, spaceBefore=8,
                            spaceAfter=4, keepWithNext=1),
        "H2": ParagraphStyle("H2", parent=base, fontName=bold, fontSize=size, spaceBefore=4,
                             spaceAfter=2, keepWithNext=1),
        "P": base,
        "L": ParagraphStyle("L", parent=base, leftIndent=two_col_label * mm * 0.75,
                            firstLineIndent=-two_col_label * mm * 0.75),
        "B": ParagraphStyle("B", parent=base, leftIndent=6 * mm, bulletIndent=2 * mm),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 2, leading=(size - 2) * 1.25,
                               spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bold, fontSize=size - 2,
                                leading=(size - 2) * 1.25, spaceAfter=0),
    }

    def esc(s):
        return re.sub(r"&(?!amp;|lt;|gt;)", "&amp;", s)

    story = []
    for kind, body in parse(markup):
        if kind == "PB":
            story.append(PageBreak())
        elif kind == "L":
            lab, rest = body
            story.append(Paragraph(esc(lab) + "&nbsp;&nbsp;" + esc(rest), sty["L"]))
        elif kind == "B":
            story.append(Paragraph(esc(body), sty["B"], bulletText="\u2022"))
        elif kind in ("TABLE", "SIG"):
            spec = tables[body]
            rows = spec["rows"]
            data = []
            for r_i, row in enumerate(rows):
                hdr = kind == "TABLE" and spec.get("header", True) and r_i == 0
                data.append([Paragraph(esc(c), sty["cellb" if hdr else "cell"]) for c in row])
            widths = [w * mm for w in spec["widths"]]
            t = Table(data, colWidths=widths, repeatRows=1 if kind == "TABLE" else 0)
            if kind == "TABLE":
                ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#666666")),
                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EC"))]
                for extra in spec.get("bold_rows", []):
                    ts.append(("BACKGROUND", (0, extra), (-1, extra), colors.HexColor("#F0F0F0")))
            else:
                ts = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            t.setStyle(TableStyle(ts))
            story.append(Spacer(1, 2 * mm))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif kind in ("BOX", "ENDBOX"):
            continue
        else:
            story.append(Paragraph(esc(body), sty[kind]))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        canv.setFillColor(colors.HexColor("#666666"))
        if header:
            canv.drawString(20 * mm, A4[1] - 12 * mm, header)
        if footer:
            canv.drawString(20 * mm, 10 * mm, footer)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, "pagina %d" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=title, author=author,
                            subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                            creator="leerroute sample generator", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# --------------------------------------------------------------------------- DOCX
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _runs(par, text, size=None, bold_all=False):
    from docx.shared import Pt
    for part in re.split(r"(<b>.*?</b>|<i>.*?</i>)", text):
        if not part:
            continue
        b = part.startswith("<b>")
        i = part.startswith("<i>")
        run = par.add_run(plain(part))
        run.bold = True if (b or bold_all) else None
        if i:
            run.italic = True
        if size:
            run.font.size = Pt(size)


def _xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _box_paragraph_xml(text, bold=False, size=20):
    out = []
    for part in re.split(r"(<b>.*?</b>)", text):
        if not part:
            continue
        b = bold or part.startswith("<b>")
        rpr = "<w:rPr>%s<w:sz w:val=\"%d\"/></w:rPr>" % ("<w:b/>" if b else "", size)
        out.append("<w:r>%s<w:t xml:space=\"preserve\">%s</w:t></w:r>" % (rpr, _xml_escape(plain(part))))
    return "<w:p><w:pPr><w:spacing w:after=\"80\"/></w:pPr>%s</w:p>" % "".join(out)


def add_textbox(doc, box_id, title, paras):
    """Append a paragraph holding a Word text box (DrawingML with VML fallback, as Word writes it)."""
    from docx.oxml import parse_xml
    inner = _box_paragraph_xml(title, bold=True, size=22) + "".join(
        _box_paragraph_xml(p) for p in paras)
    nchars = len(title) + sum(len(plain(p)) + 60 for p in paras)
    lines = max(4, nchars // 88 + len(paras) + 2)
    cy = int(lines * 14.5 * 12700)
    hpt = lines * 14.5
    xml = (
        '<w:r xmlns:w="%s" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5760000" cy="%d"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="Tekstvak %d"/>'
        '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5760000" cy="%d"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F3F6F9"/>'
        '</a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="3B5B7A"/></a:solidFill></a:ln>'
        '</wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" '
        'bIns="72000" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shape id="Tekstvak %d" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="width:453.5pt;height:%.1fpt;mso-fit-shape-to-text:t" fillcolor="#f3f6f9" '
        'strokecolor="#3b5b7a"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    ) % (W_NS, cy, box_id, box_id, cy, inner, box_id, 1024 + box_id, hpt, inner)
    par = doc.add_paragraph()
    par._p.append(parse_xml(xml))
    return par


def build_docx(path, markup, tables=None, title="", author="", header="", font="Calibri", size=10.5,
               heading_style=True):
    import datetime
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt
    tables = tables or {}
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    if header:
        sec.header.paragraphs[0].text = header
    blocks = parse(markup)
    i = 0
    box_id = 1
    while i < len(blocks):
        kind, body = blocks[i]
        if kind == "T":
            p = doc.add_paragraph(style="Title") if heading_style else doc.add_paragraph()
            _runs(p, body, size=None if heading_style else size + 7, bold_all=not heading_style)
        elif kind == "S":
            p = doc.add_paragraph(style="Subtitle") if heading_style else doc.add_paragraph()
            _runs(p, body, bold_all=not heading_style)
        elif kind == "C":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(p, body)
        elif kind == "M":
            p = doc.add_paragraph()
            _runs(p, body, size=size - 1.5)
        elif kind in ("H", "H2"):
            if heading_style:
                p = doc.add_paragraph(style="Heading 1" if kind == "H" else "Heading 2")
                _runs(p, body)
            else:
                p = doc.add_paragraph()
                _runs(p, body, bold_all=True, size=size + (1 if kind == "H" else 0))
        elif kind == "L":
            lab, rest = body
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Mm(10)
            p.paragraph_format.first_line_indent = Mm(-10)
            _runs(p, lab + "\t" + rest)
        elif kind == "B":
            p = doc.add_paragraph(style="List Bullet")
            _runs(p, body)
        elif kind in ("TABLE", "SIG"):
            spec = tables[body]
            rows = spec["rows"]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            if kind == "TABLE":
                t.style = "Table Grid"
            for r_i, row in enumerate(rows):
                for c_i, cell_text in enumerate(row):
                    cell = t.cell(r_i, c_i)
                    cell.width = Mm(spec["widths"][c_i])
                    cps = cell_text.split("\n")
                    for k, ct in enumerate(cps):
                        cp = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                        hdr = kind == "TABLE" and spec.get("header", True) and r_i == 0
                        _runs(cp, ct, size=size - 1.5, bold_all=hdr)
            doc.add_paragraph()
        elif kind == "BOX":
            paras = []
            i += 1
            while blocks[i][0] != "ENDBOX":
                k2, b2 = blocks[i]
                paras.append(b2 if k2 != "L" else b2[0] + " " + b2[1])
                i += 1
            add_textbox(doc, box_id, body, paras)
            box_id += 1
        elif kind == "PB":
            doc.add_page_break()
        else:
            p = doc.add_paragraph()
            _runs(p, body)
        i += 1
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "doorlopende leerroute"
    buf = io.BytesIO()
    doc.save(buf)
    _rewrite_zip(buf.getvalue(), path)


def _rewrite_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.strip("\n") + "\n")


# --------------------------------------------------------------------------- extraction / check
def extract_text(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for page in pdf:
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        pdf.close()
        return "\n".join(parts)
    if path.endswith(".docx"):
        z = zipfile.ZipFile(path)
        texts = []
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
                xml = z.read(name).decode("utf-8")
                xml = re.sub(r"</w:p>", "\n", xml)
                xml = re.sub(r"<w:tab/>", "\t", xml)
                texts.append(re.sub(r"<[^>]+>", "", xml))
        txt = "\n".join(texts)
        return txt.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace(
            "&quot;", '"').replace("&apos;", "'")
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def expected_payload(spec):
    return {"description": spec["description"], "split": "heldout",
            "statuses": spec["statuses"], "evidence": spec["evidence"]}


def base_path(spec):
    return os.path.join(HERE, "h%d_%s" % (spec["num"], spec["name"]))


def build(num):
    spec = SAMPLES[num]
    base = base_path(spec)
    spec["build"](base + "." + spec["fmt"])
    with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as fh:
        json.dump(expected_payload(spec), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("built", os.path.basename(base + "." + spec["fmt"]))


def check():
    ok = True
    fmts = {}
    for num in sorted(SAMPLES):
        spec = SAMPLES[num]
        base = base_path(spec)
        path = base + "." + spec["fmt"]
        fmts[spec["fmt"]] = fmts.get(spec["fmt"], 0) + 1
        problems = []
        if not os.path.exists(path):
            problems.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d bytes" % size)
            try:
                text = norm(extract_text(path))
            except Exception as exc:  # noqa: BLE001
                text = ""
                problems.append("cannot open: %r" % exc)
            if spec["fmt"] == "docx":
                import docx
                docx.Document(path)
            for item, ev in spec["evidence"].items():
                if spec["statuses"][item] != "present":
                    problems.append("evidence for non-present item %s" % item)
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (item, ev))
            if set(spec["statuses"]) != set("abcdefghij"):
                problems.append("statuses incomplete")
            bad = [v for v in spec["statuses"].values()
                   if v not in ("present", "weak", "missing", "not_applicable")]
            if bad:
                problems.append("bad status values %r" % bad)
        jpath = base + ".expected.json"
        if not os.path.exists(jpath):
            problems.append("missing expected.json")
        else:
            with open(jpath, encoding="utf-8") as fh:
                if json.load(fh) != expected_payload(spec):
                    problems.append("expected.json differs from table")
        words = len(text.split()) if os.path.exists(path) else 0
        print("h%d %-5s %6s bytes %5d words  %s" % (
            num, spec["fmt"], os.path.getsize(path) if os.path.exists(path) else 0, words,
            "OK" if not problems else "FAIL: " + "; ".join(problems)))
        ok = ok and not problems
    print("formats:", fmts)
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


# =========================================================================== agreements

# --------------------------------------------------------------------------- h185
H185_TEXT = """
T: SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO

S: Economie en ondernemen (kaderberoepsgerichte leerweg) – Financieel administratief medewerker (mbo niveau 3)

M: Versie 1.0 – definitief | kenmerk F&C/2025-041 | opgesteld door mr. drs. M.A. Verbeek RC, controller Stichting OVO Nissewaard, in afstemming met de afdeling Bedrijfsvoering van ROC Nieuwe Maas | datum 30 juni 2025

M: Leeswijzer. Deze overeenkomst is opgesteld vanuit de planning- en controlcyclus van beide organisaties. Elke afspraak met financiële gevolgen is herleidbaar tot een budgetpost (B1 tot en met B10) in tabel 1. De overdrachten tussen partijen staan in paragraaf 7 en in tabel 2.

H: Partijen

L: 1. | De <b>Stichting Openbaar Voortgezet Onderwijs Nissewaard</b>, statutair gevestigd te Spijkenisse, bevoegd gezag van vmbo-school De Halve Maan te Spijkenisse, rechtsgeldig vertegenwoordigd door mevrouw drs. J.C. Stam, voorzitter van het college van bestuur, hierna: "de school";

L: 2. | De <b>Stichting Regionaal Opleidingencentrum Nieuwe Maas</b>, statutair gevestigd te Rotterdam-Hoogvliet, rechtsgeldig vertegenwoordigd door de heer ing. R. Blankenstein, lid van het college van bestuur, hierna: "het ROC";

hierna samen: "partijen".

H: Uitgangspunten

Partijen werken sinds 2019 samen in loopbaanoriëntatie en gastlessen. Met ingang van het schooljaar 2025-2026 zetten zij die samenwerking om in een doorlopende leerroute als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 (WVO 2020) en hoofdstuk 9, titel 1, van de Wet educatie en beroepsonderwijs (WEB). Partijen willen dat de route op zichzelf kan staan, ook financieel: de kosten worden per post begroot, de overdracht van middelen is beperkt tot wat de route werkelijk van de andere partij afneemt, en de besturen krijgen elk kwartaal inzicht in uitputting en resultaten. Partijen komen het volgende overeen.

H: 1. Route, profiel en kwalificatie

L: 1.1 | De route begint in leerjaar 3 van de school en staat open voor leerlingen van het profiel <b>Economie en ondernemen</b> in de <b>kaderberoepsgerichte leerweg</b>.

L: 1.2 | De route leidt naar het vmbo-diploma kaderberoepsgerichte leerweg, profiel Economie en ondernemen, en naar het mbo-diploma <b>Financieel administratief medewerker, niveau 3</b> (kwalificatiedossier Financiële administratie, opleidingsdomein Economie en administratie), in de beroepsopleidende leerweg.

L: 1.3 | De route duurt vier jaar: route-jaar 1 en 2 vormen de vo-fase (leerjaar 3 en 4 vmbo), route-jaar 3 en 4 de mbo-fase. Het centraal examen vmbo wordt afgenomen in route-jaar 2.

L: 1.4 | Per cohort worden ten hoogste 24 leerlingen toegelaten. Dit aantal is de rekeneenheid voor de begroting in tabel 1.

H: 2. Werkveld en praktijk

L: 2.1 | Drie door SBB erkende leerbedrijven werken structureel aan de route mee: Van Dorp & Kleijwegt Accountants (Spijkenisse), Administratiekantoor De Rijf (Zuidland) en de crediteurenadministratie van Havenlogistiek Botlek B.V. (Rotterdam).

L: 2.2 | Deze leerbedrijven:

B: stellen samen ten minste tien bpv-plaatsen per cohort beschikbaar in route-jaar 3 en 4;

B: leveren per schooljaar twee geanonimiseerde praktijkadministraties aan, waarmee leerlingen in route-jaar 1 en 2 een volledige periodeafsluiting uitvoeren;

B: vaardigen elk één medewerker af naar het werkveldpanel, dat jaarlijks in maart het programma doorneemt en schriftelijk advies uitbrengt aan de routeleiding;

B: leveren praktijkopleiders die als tweede beoordelaar meebeoordelen bij de proeve van bekwaamheid in route-jaar 4.

L: 2.3 | De routecoördinator onderhoudt het contact met de leerbedrijven. Het routeoverleg kan andere leerbedrijven aan de route verbinden, mits zij door SBB erkend zijn.

H: 3. Routeleiding

L: 3.1 | De leiding over de route berust bij het routeoverleg. Het routeoverleg bestaat uit de afdelingsleider bovenbouw kader van de school, de opleidingsmanager Economie & Administratie van het ROC en de routecoördinator.

L: 3.2 | De afdelingsleider en de opleidingsmanager hebben zitting uit hoofde van hun functie, waarin zij door het bevoegd gezag van de eigen organisatie zijn benoemd. De routecoördinator wordt op gezamenlijke voordracht van de afdelingsleider en de opleidingsmanager door de colleges van bestuur van beide partijen aangewezen voor een periode van twee schooljaren; herbenoeming is mogelijk.

L: 3.3 | Het routeoverleg is belast met: de jaarplanning en het lesrooster van de route; het voorbereiden van het gezamenlijke PTA/OER; de toelating van leerlingen tot de route; het beheer van het routebudget volgens tabel 1; het contact met het werkveldpanel; en het voorbereiden van overstapbesluiten (paragraaf 6).

L: 3.4 | Binnen de door beide besturen vastgestelde begroting beslist het routeoverleg zelfstandig over de besteding van de posten B4, B7 en B9, tot een bedrag van € 5.000 per afzonderlijke uitgave. Uitgaven boven dat bedrag, het aangaan van meerjarige verplichtingen, besluiten over personeel en wijzigingen van de cursusduur blijven voorbehouden aan de colleges van bestuur.

H: 4. Informatie en verantwoording

L: 4.1 | Het routeoverleg stuurt de colleges van bestuur van beide partijen binnen vier weken na afloop van elk kwartaal een kwartaalrapportage met: de uitputting per budgetpost, de in-, door- en uitstroom per route-jaar, de bezetting van de bpv-plaatsen en de lopende overstappen.

L: 4.2 | Jaarlijks vóór 1 oktober legt het routeoverleg over het afgelopen schooljaar verantwoording af in een routejaarverslag met een inhoudelijk deel (resultaten, examens, advies werkveldpanel) en een financieel deel (realisatie tegenover tabel 1, afrekening van de overdrachten uit tabel 2). De controllers van beide partijen toetsen het financiële deel vooraf. Het verslag wordt besproken in het bestuurlijk overleg van oktober.

L: 4.3 | Verwacht het routeoverleg op een budgetpost een afwijking van meer dan tien procent, dan meldt het dit onverwijld aan beide colleges van bestuur.

H: 5. Organisatie en onderwijs

L: 5.1 | <b>Locaties.</b> De vo-fase wordt gegeven in het gebouw van de school aan de Halve Maanstraat te Spijkenisse, de mbo-fase op de locatie van het ROC te Hoogvliet. In route-jaar 2 volgen de leerlingen één dag per week onderwijs op de ROC-locatie.

L: 5.2 | <b>Programma en examinering.</b> Partijen stellen jaarlijks vóór 1 oktober een gezamenlijk PTA/OER vast. Daarin zijn per leerjaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming beschreven en is aangegeven welke onderdelen tot het vmbo, tot het mbo of tot beide behoren.

L: 5.3 | <b>Personeel.</b> De beroepsgerichte vakken in de vo-fase worden verzorgd door één docententeam van drie docenten van de school en twee docenten van het ROC (samen 0,5 fte ROC-inzet, post B1). Voor het vakoverstijgende onderdeel "Leerkantoor" maken partijen gebruik van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); het PTA/OER vermeldt in welke onderdelen het team wordt ingezet. Iedere docent blijft in dienst van de eigen werkgever en valt onder diens cao.

L: 5.4 | <b>Faciliteiten.</b> De school stelt het praktijklokaal "Leerkantoor" ter beschikking (post B7). Het ROC verstrekt vanaf route-jaar 1 aan alle routeleerlingen een licentie voor het boekhoudpakket dat in de mbo-opleiding wordt gebruikt (post B3) en stelt zijn examenruimte en examensurveillance beschikbaar voor mbo-examens in de vo-fase (post B8). Routeleerlingen hebben vanaf route-jaar 1 toegang tot de mediatheek van het ROC.

L: 5.5 | <b>Inschrijving, verzuim en klachten.</b> In de vo-fase staat de leerling ingeschreven bij de school, in de mbo-fase bij het ROC. Verzuim wordt gemeld volgens de regels van de partij waar de leerling is ingeschreven. Een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere partij verleent daaraan volledige medewerking.

H: 6. Overstap

L: 6.1 | Een leerling die de route niet afmaakt, behoudt uitzicht op een diploma. Partijen bieden in elk geval de volgende mogelijkheden:

L: a. | bij beëindiging in route-jaar 1 of 2: voortzetting in de reguliere kaderberoepsgerichte leerweg, profiel Economie en ondernemen, van de school, gericht op het vmbo-diploma; behaalde mbo-onderdelen worden, voor zover het OER dat toelaat, later als vrijstelling meegenomen;

L: b. | wanneer aan het einde van route-jaar 3 het vmbo-diploma niet is behaald: voortzetting van de opleiding Financieel administratief medewerker of overstap naar een andere opleiding op niveau 2 of 3 binnen het ROC, zonder dat vooropleidingseisen worden gesteld; de school biedt daarnaast de gelegenheid het vmbo-examen opnieuw af te leggen;

L: c. | bij een wens om van richting te veranderen: een opleiding op vergelijkbaar niveau in een ander domein binnen het ROC, of bij een andere instelling in de regio na een toelatingsonderzoek door die instelling.

L: 6.2 | Welke mogelijkheid wordt gekozen, beslissen de school en het ROC gezamenlijk, na een gesprek met de leerling en diens ouders. Het bereikte onderwijsniveau en de leeftijd van de leerling zijn daarbij bepalend. Het routeoverleg bereidt het besluit voor en legt binnen drie weken een overstapplan vast; de mentor zorgt voor een warme overdracht.

L: 6.3 | Aan een overstap zijn voor de leerling geen extra kosten verbonden.

H: 7. Financiële afspraken en overdracht van bekostiging

L: 7.1 | De vo-fase wordt bekostigd via de school, de mbo-fase via het ROC. Voor zover de ene partij onderwijs of voorzieningen levert in de fase waarvoor de andere partij de bekostiging ontvangt, draagt die andere partij met toepassing van artikel 5.42a WVO 2020 respectievelijk artikel 9.1.15 WEB middelen over, zoals hieronder en in tabel 2 is bepaald.

L: 7.2 | <b>Omvang.</b> De school draagt aan het ROC € 1.150 over per routeleerling per schooljaar in route-jaar 1 en 2, berekend naar het aantal routeleerlingen op 1 oktober. Het ROC draagt aan de school € 275 over per student in route-jaar 3 die op 1 oktober het vmbo-diploma nog niet heeft behaald.

L: 7.3 | <b>Bestemming.</b> Het bedrag dat de school overdraagt, is bestemd voor de inzet van ROC-docenten in de vo-fase (post B1) en de softwarelicenties van de routeleerlingen (post B3). Het bedrag dat het ROC overdraagt, is bestemd voor de begeleiding naar en de afname van het (her)examen vmbo (post B5). Besteding voor een ander doel vergt voorafgaande schriftelijke instemming van de overdragende partij.

L: 7.4 | <b>Facturering en afrekening.</b> De ontvangende partij factureert volgens de betaalkalender in tabel 2; de betalingstermijn is dertig dagen. De definitieve afrekening is onderdeel van het routejaarverslag (4.2). Alle overige kosten in tabel 1 worden gedragen door de partij die in de kolom "draagt" is genoemd, zonder verrekening.

TABLE: begroting

M: Tabel 1 – Routebegroting per cohort van 24 leerlingen, prijspeil 2025-2026, bedragen in euro. Een streepje betekent: geen kosten in dat route-jaar.

TABLE: overdracht

M: Tabel 2 – Overdrachten van bekostiging en betaalkalender.

H: 8. Geschillen

L: 8.1 | Een verschil van mening tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken in het routeoverleg.

L: 8.2 | Is het verschil niet binnen vier weken opgelost, dan legt ieder van de leden van het routeoverleg het voor aan het bestuurlijk overleg, bestaande uit de voorzitter van het college van bestuur van de school en het daartoe aangewezen lid van het college van bestuur van het ROC. Betreft het verschil de financiële afrekening, dan stellen de controllers van beide partijen eerst gezamenlijk de feiten vast.

L: 8.3 | Leidt het bestuurlijk overleg niet binnen zes weken tot overeenstemming, dan schakelen partijen een door hen samen gekozen MfN-registermediator in. De kosten van mediation worden gelijk gedeeld.

L: 8.4 | Is het geschil drie maanden na de start van de mediation niet opgelost, dan kan ieder der partijen het voorleggen aan de bevoegde rechter van de rechtbank Rotterdam.

H: 9. Looptijd, toetreding, wijziging en beëindiging

L: 9.1 | Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

L: 9.2 | Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien beide partijen daarmee schriftelijk instemmen, de toetreder deze overeenkomst door ondertekening van een toetredingsverklaring aanvaardt en de tabellen 1 en 2 voor de nieuwe situatie zijn herzien. Partijen en de toetreder melden de deelname gezamenlijk bij DUO.

L: 9.3 | Wijzigingen worden schriftelijk vastgelegd en door de colleges van bestuur van beide partijen ondertekend. De jaarlijkse actualisering van tabel 1 geschiedt als bijlage bij het routejaarverslag en wordt door beide colleges vastgesteld. Een wijziging die gevolgen heeft voor leerlingen gaat niet eerder in dan bij het begin van het eerstvolgende schooljaar.

L: 9.4 | Ieder der partijen kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van twaalf maanden. Bij een ernstige tekortkoming die na schriftelijke ingebrekestelling niet binnen twee maanden is hersteld, kan de andere partij de overeenkomst ontbinden.

L: 9.5 | Na opzegging of ontbinding worden geen nieuwe leerlingen meer tot de route toegelaten. Leerlingen en studenten die op dat moment in de route zitten, ronden de route af onder de voorwaarden van deze overeenkomst; de overdrachten uit paragraaf 7 lopen voor hen naar rato door totdat het laatste cohort de route heeft verlaten.

H: Ondertekening

Aldus overeengekomen en in tweevoud ondertekend te Spijkenisse op 30 juni 2025.

SIG: handtekening
"""

H185_TABLES = {
    "begroting": {
        "widths": [11, 46, 17, 17, 17, 17, 18, 27],
        "bold_rows": [11, 12],
        "rows": [
            ["Post", "Omschrijving", "Jaar 1", "Jaar 2", "Jaar 3", "Jaar 4",
             "Draagt", "Financiering"],
            ["B1", "Inzet ROC-docenten in de vo-fase (0,5 fte)", "26.160", "26.160", "-", "-", "ROC",
             "overdracht school (tabel 2, nr. 1)"],
            ["B2", "Inzet docenten school bij herexamen vmbo in mbo-fase", "-", "-", "3.200", "-",
             "school", "eigen middelen school"],
            ["B3", "Licenties boekhoudpakket (24 x € 60)", "1.440", "1.440", "1.440", "1.440", "ROC",
             "jaar 1-2 overdracht school; jaar 3-4 eigen middelen ROC"],
            ["B4", "Praktijkadministraties, excursies leerbedrijven", "1.200", "1.200", "600", "600",
             "beide", "ieder 50%, geen verrekening"],
            ["B5", "Begeleiding en afname (her)examen vmbo", "-", "2.900", "1.650", "-", "school",
             "jaar 2 eigen middelen; jaar 3 overdracht ROC (tabel 2, nr. 2)"],
            ["B6", "Routecoördinatie (0,2 fte)", "9.600", "9.600", "9.600", "9.600", "ROC",
             "eigen middelen ROC"],
            ["B7", "Praktijklokaal Leerkantoor (inrichting, afschrijving)", "2.500", "2.500", "-", "-",
             "school", "eigen middelen school"],
            ["B8", "Examenruimte en surveillance mbo-examens", "-", "800", "1.600", "1.600", "ROC",
             "eigen middelen ROC"],
            ["B9", "Werkveldpanel en externe beoordelaars proeve", "400", "400", "400", "800", "ROC",
             "eigen middelen ROC"],
            ["B10", "Onvoorzien (2% van B1-B9)", "826", "900", "370", "281", "beide",
             "naar verhouding"],
            ["", "Totaal per route-jaar", "42.126", "45.900", "18.860", "14.321", "", ""],
            ["", "Waarvan via overdracht gefinancierd", "27.600", "27.600", "1.650", "-", "", ""],
        ],
    },
    "overdracht": {
        "widths": [12, 26, 24, 42, 22, 44],
        "rows": [
            ["Nr.", "Richting", "Grondslag", "Omvang", "Bestemming", "Betaalkalender"],
            ["1", "School aan ROC", "art. 5.42a WVO 2020",
             "€ 1.150 x aantal routeleerlingen in route-jaar 1 en 2 op 1 oktober (begroot: 24 x 2 x € 1.150 = € 55.200)",
             "posten B1 en B3",
             "factuur 50% per 1 december, 50% per 1 mei; betaling binnen 30 dagen"],
            ["2", "ROC aan school", "art. 9.1.15 WEB",
             "€ 275 x aantal studenten in route-jaar 3 zonder vmbo-diploma op 1 oktober (begroot: 6 x € 275 = € 1.650)",
             "post B5", "factuur per 1 mei; betaling binnen 30 dagen"],
        ],
    },
    "handtekening": {
        "widths": [85, 85],
        "rows": [
            ["Stichting Openbaar Voortgezet Onderwijs Nissewaard",
             "Stichting Regionaal Opleidingencentrum Nieuwe Maas"],
            ["<br/><br/>_______________________________", "<br/><br/>_______________________________"],
            ["drs. J.C. Stam, voorzitter college van bestuur", "ing. R. Blankenstein, lid college van bestuur"],
        ],
    },
}


@sample(185, "controller_begrotingstabel_nissewaard", "pdf",
        "Controller-stijl PDF met paragraafnummering en grote begrotingstabel plus overdrachtstabel; "
        "Nissewaard, E&O kb naar mbo-3 Financieel administratief medewerker; volledig geregeld, "
        "medezeggenschap onbesproken",
        st("a=present b=present c=present d=present e=present f=present g=present "
           "h=not_applicable i=present j=present"),
        {"a": "1. Route, profiel en kwalificatie", "b": "2. Werkveld en praktijk",
         "c": "3. Routeleiding", "d": "4. Informatie en verantwoording",
         "e": "5. Organisatie en onderwijs", "f": "6. Overstap",
         "g": "7. Financiële afspraken en overdracht van bekostiging", "i": "8. Geschillen",
         "j": "9. Looptijd, toetreding, wijziging en beëindiging"})
def build_h185(path):
    build_pdf(path, H185_TEXT, H185_TABLES, title="Samenwerkingsovereenkomst DLR E&O - FAM niveau 3",
              author="M.A. Verbeek, controller OVO Nissewaard",
              footer="SOK DLR E&O - Financieel administratief medewerker | kenmerk F&C/2025-041 | versie 1.0")


# --------------------------------------------------------------------------- h186
H186_TEXT = """
# Afsprakenlijst doorlopende leerroute Zorg en welzijn – Helpende Zorg en Welzijn

**Partijen**
Stichting Christelijk Voortgezet Onderwijs Braassem-Rijnland, bevoegd gezag van Het Braassem College (vmbo) in Roelofarendsveen, en Stichting ROC Leidse Ommelanden in Leiden. Beide vertegenwoordigd door hun college van bestuur.

Deze afsprakenlijst is de samenwerkingsovereenkomst voor onze doorlopende leerroute. Zij geldt vanaf 1 augustus 2025.

1. **Route en diploma's** – Profiel Zorg en welzijn, basisberoepsgerichte leerweg, doorlopend naar de mbo-opleiding Helpende Zorg en Welzijn, niveau 2 (BOL, domein Zorg en welzijn). Vier jaar: twee jaar vo-fase, twee jaar mbo-fase. De leerling haalt het vmbo-diploma basis en het mbo-diploma niveau 2.

2. **Werkveld** – Zorggroep Rijnoever (woonzorgcentrum De Brasem) en Kinderopvang De Vlinderboom bieden in de vo-fase jaarlijks twee weken snuffelstage en in de mbo-fase samen minstens 12 bpv-plaatsen. Hun praktijkopleiders beoordelen mee bij de proeve van bekwaamheid. Elk jaar in april geven zij in het routeteam advies over het programma.

3. **Routeteam** – De leiding ligt bij het routeteam: de teamleider bovenbouw van Het Braassem College, de teamleider Zorg & Welzijn niveau 2 van het ROC en een routecoördinator. De teamleiders zitten erin vanwege hun functie, waarin hun eigen bestuur hen heeft benoemd; de routecoördinator wordt door beide colleges van bestuur samen aangewezen. Het routeteam maakt het rooster, stelt het PTA/OER op, beslist over toelating, plant de bpv en voert de overstapgesprekken. Het beslist zelf over rooster, groepsindeling, toetsplanning en toelating; personeel, huisvesting en de vaststelling van het PTA/OER blijven bij de besturen.

4. **Verslag aan de besturen** – Het routeteam stuurt vóór 1 november een jaarverslag (in-, door- en uitstroom, examenresultaten, bpv, knelpunten) aan beide besturen. Dat wordt besproken in het bestuurlijk overleg in november. Bij ernstige problemen meldt het routeteam dit direct.

5. **Onderwijs, mensen en ruimtes** – De vo-fase is op Het Braassem College, de mbo-fase op de ROC-locatie Leiden-Zuid. Eén team van twee docenten van de school en twee van het ROC geeft de beroepsvakken; voor het praktijkvak Zorgen en begeleiden in leerjaar 2 gebruiken we de teambevoegdheid. Een ROC-docent geeft in leerjaar 2 vier uur per week les op de school. De school gebruikt elke dinsdagochtend het skillslab van het ROC. Programma, examens en bpv per leerjaar staan in het gezamenlijke PTA/OER, jaarlijks vastgesteld vóór 1 oktober.

6. **Als de route niet past** – Stopt een leerling in de vo-fase, dan gaat hij verder in de gewone basisberoepsgerichte leerweg van de school en doet hij daar examen. Heeft een student na leerjaar 3 zijn vmbo-diploma niet, dan kan hij de opleiding Helpende Zorg en Welzijn afmaken of naar een andere niveau 2-opleiding van het ROC overstappen, zonder vooropleidingseisen. Wil iemand een andere richting, dan zoeken we een opleiding op hetzelfde niveau, bij het ROC of elders in de regio. De twee teamleiders besluiten samen, met de leerling en de ouders, en kijken naar het bereikte niveau en de leeftijd.

7. **Meepraten** – Routeleerlingen in leerjaar 2 kiezen één vertegenwoordiger die met spreekrecht de vergaderingen van de studentenraad van het ROC bijwoont. De MR van de school ontvangt het jaarverslag van punt 4.

8. **Verschil van mening** – Verschillen van inzicht over deze afspraken lossen partijen in goed onderling overleg op.

9. **Looptijd, instappen, wijzigen, stoppen** – Deze afspraken gelden voor onbepaalde tijd. Een andere school of instelling kan instappen als beide besturen schriftelijk instemmen en de nieuwe partij een aanvulling op deze lijst tekent; daarna melden we dat samen bij DUO. Wijzigen kan alleen schriftelijk, getekend door beide besturen. Opzeggen kan schriftelijk per 1 augustus, met een opzegtermijn van een jaar. Leerlingen die dan al in de route zitten, maken de route bij ons af.

Ondertekend te Roelofarendsveen op 30 juni 2025

drs. H.W. Kroon, voorzitter college van bestuur Stichting CVO Braassem-Rijnland
mr. E. Zandbergen-Lie, voorzitter college van bestuur Stichting ROC Leidse Ommelanden
"""


@sample(186, "afsprakenlijst_kort_kaag_en_braassem", "md",
        "Zeer korte afsprakenlijst in markdown met negen genummerde punten; Kaag en Braassem, Z&W bb "
        "naar mbo-2 Helpende Zorg en Welzijn; geen woord over financien, geschillen alleen in overleg",
        st("a=present b=present c=present d=present e=present f=present g=missing h=present "
           "i=weak j=present"),
        {"a": "Route en diploma's", "b": "Werkveld", "c": "Routeteam", "d": "Verslag aan de besturen",
         "e": "Onderwijs, mensen en ruimtes", "f": "Als de route niet past", "h": "Meepraten",
         "j": "Looptijd, instappen, wijzigen, stoppen"})
def build_h186(path):
    write_text(path, H186_TEXT)


# --------------------------------------------------------------------------- h187
H187_TEXT = """
T: Samenwerkingsovereenkomst

S: Doorlopende leerroute Elektrotechniek Tubbergen – Oldenzaal

C: Produceren, installeren en energie (kader) – Eerste monteur elektrotechnische installaties woning en utiliteit (mbo niveau 3)

<b>De ondergetekenden</b>

L: 1. | Stichting Katholiek Voortgezet Onderwijs Noordoost-Twente, gevestigd te Tubbergen, bevoegd gezag van het Sint-Pancratius Vakcollege, vertegenwoordigd door de heer G.J.M. Olde Hengel, directeur-bestuurder, hierna: "het Vakcollege";

L: 2. | Stichting ROC Dinkelland, gevestigd te Oldenzaal, vertegenwoordigd door mevrouw ir. A.M. Leferink, lid van het college van bestuur, hierna: "het ROC",

spreken het volgende af.

BOX: In het kort

Vier jaar, één programma: twee jaar vmbo (PIE, kader) op het Vakcollege, twee jaar mbo op het ROC in Oldenzaal.

Drie installatiebedrijven uit Noordoost-Twente leveren stages, opdrachten en beoordelaars.

Een routeteam van drie mensen stuurt de route aan en rapporteert twee keer per jaar aan beide besturen.

Er gaat geen bekostiging van de ene partij naar de andere.

Dit kader is een samenvatting; bij verschil gaan de artikelen en de genummerde kaders voor.

ENDBOX

H: Artikel 1 – Route en opleiding

L: 1.1 | De route is bestemd voor leerlingen van het Vakcollege in het profiel Produceren, installeren en energie (PIE), kaderberoepsgerichte leerweg, vanaf leerjaar 3.

L: 1.2 | De route leidt naar het vmbo-diploma kaderberoepsgerichte leerweg PIE en naar het mbo-diploma Eerste monteur elektrotechnische installaties woning en utiliteit, niveau 3, van het ROC (beroepsopleidende leerweg).

L: 1.3 | In de vo-fase volgen de leerlingen de keuzevakken Elektrotechnische installaties in en om het huis en Domotica en automatisering; daarin zijn onderdelen van het eerste mbo-jaar verwerkt. De cursusduur van de hele route is vier jaar.

H: Artikel 2 – Samen met de installatiebranche

Welke bedrijven meedoen en wat zij doen, staat in kader 2. Dat kader hoort bij dit artikel en bindt partijen op dezelfde manier.

BOX: Kader 2 – Wie uit de branche doet wat

<b>Installatiebedrijf Nijhuis-Oude Egbrink B.V. (Tubbergen)</b> – biedt per cohort vier bpv-plaatsen in de mbo-fase en verzorgt in leerjaar 3 twee gastlessen over warmtepompen en zonnestroom.

<b>Elektro Schuttenbeld (Geesteren)</b> – levert ieder schooljaar een praktijkopdracht: de complete elektrische installatie van een proefwoning in de werkplaats, die door een eigen monteur wordt meebeoordeeld.

<b>Technisch Bureau Dinkelstroom (Denekamp)</b> – biedt drie bpv-plaatsen en stelt een praktijkopleider beschikbaar als tweede beoordelaar bij de proeve van bekwaamheid.

<b>Werkveldtafel</b> – de drie bedrijven en de regioadviseur van SBB komen twee keer per jaar (oktober en maart) met het routeteam bijeen en adviseren over de inhoud van het programma en de keuze van keuzedelen.

ENDBOX

H: Artikel 3 – Routeteam

L: 3.1 | De route wordt geleid door een routeteam, bestaande uit de teamleider techniek van het Vakcollege, de opleidingsmanager elektrotechniek van het ROC en een routecoördinator.

L: 3.2 | De teamleider wordt voor het routeteam aangewezen door de directeur-bestuurder van het Vakcollege, de opleidingsmanager door het college van bestuur van het ROC. De routecoördinator wordt voor drie schooljaren benoemd door beide besturen samen, op voordracht van de teamleider en de opleidingsmanager.

L: 3.3 | Het routeteam zorgt voor de samenhang van het programma, het gezamenlijke PTA/OER, de toelating tot de route, de planning van bpv en examens, de contacten met de werkveldtafel en de overstapgesprekken.

L: 3.4 | De besturen dragen het routeteam op om zelfstandig te besluiten over de jaarplanning, het rooster, de toelating van leerlingen en de verdeling van de praktijkruimtes. Voorstellen over de formatie, investeringen en wijziging van het PTA/OER legt het routeteam ter besluitvorming voor aan beide besturen.

H: Artikel 4 – Rapporteren aan de besturen

L: 4.1 | Het routeteam stuurt beide besturen elk jaar in februari een voortgangsnotitie over het eerste halfjaar en vóór 1 september een jaarverslag. Beide stukken bevatten ten minste de aantallen leerlingen per leerjaar, de uitval en overstappen, de examenresultaten en het advies van de werkveldtafel.

L: 4.2 | De directeur-bestuurder van het Vakcollege en het lid van het college van bestuur van het ROC bespreken de stukken binnen een maand met het routeteam en leggen hun conclusies schriftelijk vast.

H: Artikel 5 – Inrichting van het onderwijs

L: 5.1 | Route-jaar 1 en 2 worden gegeven op het Vakcollege in Tubbergen, route-jaar 3 en 4 op de techniekcampus van het ROC in Oldenzaal. In route-jaar 2 werken de leerlingen één dag per week in de Energiehal van het ROC.

L: 5.2 | Het programma, de examens en de bpv zijn per leerjaar beschreven in het gezamenlijke PTA/OER, dat beide besturen jaarlijks vóór 1 oktober vaststellen. Het centraal examen vmbo ligt in route-jaar 2.

L: 5.3 | De beroepsgerichte vakken worden gegeven door één team: twee docenten PIE van het Vakcollege en twee docenten elektrotechniek van het ROC. Voor het praktijkdeel in de Energiehal werkt het team met teambevoegdheid; het PTA/OER noemt de onderdelen waarin dat gebeurt. Iedere docent blijft in dienst van de eigen werkgever.

L: 5.4 | Het ROC stelt de Energiehal, de meetapparatuur en de persoonlijke beschermingsmiddelen beschikbaar; het Vakcollege stelt zijn installatielokaal en de proefwoning beschikbaar voor lessen van ROC-docenten. Leerlingen uit de vo-fase reizen met een door het Vakcollege geregelde bus naar Oldenzaal.

L: 5.5 | In de vo-fase is de leerling ingeschreven bij het Vakcollege, in de mbo-fase bij het ROC. Een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de klacht binnenkomt; de andere partij werkt daaraan mee.

H: Artikel 6 – Overstappen

De afspraken over overstappen staan in kader 6. Dat kader is onderdeel van deze overeenkomst.

BOX: Kader 6 – Overstapregeling

Wie de route verlaat, houdt altijd een weg naar een diploma.

<b>Stoppen in route-jaar 1 of 2.</b> De leerling gaat verder in de gewone kaderberoepsgerichte leerweg PIE van het Vakcollege en doet daar examen.

<b>Geen vmbo-diploma aan het eind van route-jaar 3.</b> De student kan de opleiding Eerste monteur vervolgen of overstappen naar de opleiding Monteur elektrotechnische installaties (niveau 2) of een andere opleiding van het ROC; binnen het ROC gelden daarvoor geen vooropleidingseisen. Het Vakcollege biedt de mogelijkheid om het vmbo-examen opnieuw te doen.

<b>Andere richting of verhuizing.</b> Partijen zoeken een opleiding op vergelijkbaar niveau, bij het ROC of bij een andere school of instelling in de regio; een andere instelling kan daarvoor een toelatingsonderzoek doen.

<b>Wie beslist.</b> Het Vakcollege en het ROC beslissen samen in een overstapgesprek met de leerling en de ouders. Het bereikte onderwijsniveau en de leeftijd van de leerling wegen daarbij zwaar. De afspraak wordt binnen vier weken op papier gezet; de routecoördinator zorgt voor een warme overdracht.

ENDBOX

H: Artikel 7 – Geld

L: 7.1 | Partijen dragen geen bekostiging aan elkaar over. Ieder draagt de kosten van het eigen personeel, de eigen gebouwen en de eigen materialen, ook wanneer die voor leerlingen of studenten van de andere partij worden ingezet.

L: 7.2 | Willen partijen later toch middelen overdragen, dan leggen zij de omvang en de bestemming daarvan vooraf vast in een schriftelijke wijziging van deze overeenkomst.

H: Artikel 8 – Medezeggenschap

L: 8.1 | De medezeggenschapsraad van het Vakcollege en de studentenraad van het ROC wijzen elk twee leden aan voor een gezamenlijke routeraad; onder die vier is ten minste één leerling of student uit de route.

L: 8.2 | Het routeteam vraagt de routeraad om advies over ieder voorstel tot wijziging van het PTA/OER of van deze overeenkomst, voordat de besturen daarover besluiten. De routeraad vergadert ten minste twee keer per schooljaar.

L: 8.3 | De bevoegdheden van de medezeggenschapsraad en de studentenraad op grond van de WMS en de WEB blijven onverminderd van kracht.

H: Artikel 9 – Geschillen

L: 9.1 | Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst binnen twee weken in het routeteam besproken.

L: 9.2 | Komt het routeteam er niet uit, dan proberen de directeur-bestuurder van het Vakcollege en het lid van het college van bestuur van het ROC binnen vier weken een oplossing te vinden.

L: 9.3 | Lukt ook dat niet, dan wordt het geschil voorgelegd aan een commissie van drie personen voor bindend advies. Iedere partij wijst één lid aan; die twee kiezen samen een onafhankelijke voorzitter. Partijen volgen het bindend advies op en delen de kosten gelijk.

H: Artikel 10 – Looptijd, nieuwe partners, wijzigen en opzeggen

L: 10.1 | Deze overeenkomst gaat in op 1 augustus 2025 en loopt voor onbepaalde tijd.

L: 10.2 | Een andere vmbo-school of mbo-instelling kan zich bij de route aansluiten als beide partijen daarmee schriftelijk instemmen en de nieuwe partner deze overeenkomst ondertekent. De deelname wordt gezamenlijk gemeld bij DUO.

L: 10.3 | Deze overeenkomst wordt alleen gewijzigd met een schriftelijk stuk dat beide besturen ondertekenen, na advies van de routeraad (artikel 8).

L: 10.4 | Iedere partij kan de overeenkomst schriftelijk opzeggen met een termijn van ten minste twaalf maanden.

L: 10.5 | Bij toetreding, wijziging en opzegging gelden altijd de waarborgen in kader 10.

BOX: Kader 10 – Bescherming van leerlingen

Een opzegging gaat alleen in per 1 augustus, aan het einde van een schooljaar.

Na een opzegging stromen geen nieuwe leerlingen meer in; wie al in de route zit, maakt die af bij dezelfde partners en volgens het bestaande programma.

Een wijziging of een toetreding mag lopende leerlingen niet benadelen; gaat een wijziging het programma van een lopend cohort raken, dan geldt zij pas voor het volgende cohort.

ENDBOX

<b>Ondertekening</b>

Getekend in tweevoud te Tubbergen op 30 juni 2025.

SIG: handtekening
"""

H187_TABLES = {
    "handtekening": {
        "widths": [80, 80],
        "rows": [
            ["Stichting Katholiek Voortgezet Onderwijs Noordoost-Twente", "Stichting ROC Dinkelland"],
            ["\n\n............................................", "\n\n............................................"],
            ["G.J.M. Olde Hengel, directeur-bestuurder", "ir. A.M. Leferink, lid college van bestuur"],
        ],
    },
}


@sample(187, "tekstvakken_kaders_tubbergen", "docx",
        "DOCX met tekstvakken (DrawingML met VML-terugval) waarin bedrijfsleven, overstap en "
        "leerlingbescherming staan; Tubbergen/Oldenzaal, PIE kb naar mbo-3 Eerste monteur "
        "elektrotechnische installaties; volledig geregeld, geen overdracht, routeraad",
        st("a=present b=present c=present d=present e=present f=present g=present h=present "
           "i=present j=present"),
        {"a": "Artikel 1 – Route en opleiding", "b": "Kader 2 – Wie uit de branche doet wat",
         "c": "Artikel 3 – Routeteam", "d": "Artikel 4 – Rapporteren aan de besturen",
         "e": "Artikel 5 – Inrichting van het onderwijs", "f": "Kader 6 – Overstapregeling",
         "g": "Artikel 7 – Geld", "h": "Artikel 8 – Medezeggenschap", "i": "Artikel 9 – Geschillen",
         "j": "Artikel 10 – Looptijd, nieuwe partners, wijzigen en opzeggen"})
def build_h187(path):
    build_docx(path, H187_TEXT, H187_TABLES, title="Samenwerkingsovereenkomst DLR Elektrotechniek",
               author="Projectleider techniek Noordoost-Twente", font="Calibri", size=10.5)


# --------------------------------------------------------------------------- h188
H188_TEXT = """
T: Regeling doorlopende leerroute Groen – Dierenzorg

S: Interne regeling als bedoeld in artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB

M: Besluit van het college van bestuur van de Stichting Agrarisch Opleidingscentrum De Peelrand, nr. CvB 2025/118, vastgesteld op 30 juni 2025

Het college van bestuur van de Stichting Agrarisch Opleidingscentrum De Peelrand, gevestigd te Panningen (gemeente Peel en Maas), bevoegd gezag van de vmbo-groenschool De Peelrand, locatie Panningen, en van de mbo-opleidingen van De Peelrand, locatie Horst;

gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;

overwegende dat het vmbo en het mbo van De Peelrand onder één bevoegd gezag vallen, zodat de doorlopende leerroute geheel binnen één rechtspersoon wordt verzorgd en de daarvoor vereiste afspraken worden vastgelegd in een interne regeling;

gehoord de sectordirecteuren vmbo en mbo;

besluit vast te stellen de volgende regeling.

H: Artikel 1 Begripsbepalingen

In deze regeling wordt verstaan onder:

L: a. | <i>route</i>: de doorlopende leerroute Groen – Dierenzorg, bedoeld in artikel 2;

L: b. | <i>vo-fase</i>: route-jaar 1 en 2, overeenkomend met leerjaar 3 en 4 van het vmbo;

L: c. | <i>mbo-fase</i>: route-jaar 3 en 4;

L: d. | <i>routeberaad</i>: het orgaan dat op grond van artikel 4 met de leiding over de route is belast;

L: e. | <i>college</i>: het college van bestuur van de Stichting Agrarisch Opleidingscentrum De Peelrand.

H: Artikel 2 De route

L: 1. | De route wordt aangeboden aan leerlingen in het profiel Groen, kaderberoepsgerichte leerweg, met de keuzevakken Dier en gezondheid en Dierverzorging gezelschapsdieren.

L: 2. | De route leidt naar het vmbo-diploma kaderberoepsgerichte leerweg, profiel Groen, en naar het mbo-diploma Vakbekwaam medewerker dierenzorg, niveau 3, in het opleidingsdomein Voedsel, natuur en leefomgeving, beroepsopleidende leerweg.

L: 3. | De cursusduur bedraagt vier jaar. Het centraal examen vmbo wordt afgenomen aan het einde van route-jaar 2.

H: Artikel 3 Betrokkenheid van het werkveld

L: 1. | Aan de route zijn de volgende erkende leerbedrijven verbonden: Dierenpension De Kwakkert te Helden, Zorgboerderij 't Hoogveld te Grashoek, Dierenspeciaalzaak Peelvee te Sevenum en de Stichting Dierenambulance Noord-Limburg.

L: 2. | Deze leerbedrijven bieden samen ten minste twaalf bpv-plaatsen per cohort in de mbo-fase en ontvangen leerlingen uit de vo-fase tijdens de jaarlijkse projectweek "Dier in de praktijk", waarin de leerlingen onder begeleiding van een medewerker van het bedrijf een praktijkopdracht uitvoeren.

L: 3. | Elk leerbedrijf heeft zitting in de werkveldcommissie Dier, die jaarlijks vóór 1 april het routeprogramma beoordeelt en het routeberaad schriftelijk adviseert over inhoud, keuzedelen en bpv.

L: 4. | Praktijkopleiders van de leerbedrijven treden op als beoordelaar bij de examens in de beroepspraktijk.

H: Artikel 4 Leiding over de route

L: 1. | De leiding over de route berust bij het routeberaad. Het routeberaad bestaat uit de sectordirecteur vmbo, de teamleider mbo Dier en Zorg en de routeregisseur.

L: 2. | De sectordirecteur vmbo en de teamleider mbo Dier en Zorg hebben ambtshalve zitting. De routeregisseur wordt door het college benoemd, geschorst en ontslagen, na advies van de sectordirecteur vmbo en de sectordirecteur mbo.

L: 3. | Het college draagt aan het routeberaad op: het opstellen van het gezamenlijke PTA/OER ter vaststelling door het college; de jaarplanning en het rooster; de toelating tot de route; de verdeling van het routebudget; het onderhouden van de contacten met de werkveldcommissie; en de besluitvorming over overstappen volgens artikel 7.

L: 4. | Het routeberaad is bevoegd binnen de door het college vastgestelde formatie en begroting docenten aan de route toe te wijzen en uitgaven te doen tot € 10.000 per geval. Uitbreiding van de formatie, investeringen en wijziging van deze regeling zijn voorbehouden aan het college.

H: Artikel 5 Informatie en verantwoording

L: 1. | Het routeberaad informeert het college drie keer per jaar, in januari, mei en september, via de tertiaalrapportage over de voortgang van de route, met in elk geval de in-, door- en uitstroom, de examenresultaten, de overstappen en de besteding van het routebudget.

L: 2. | Het routeberaad legt jaarlijks vóór 1 november in een routeverslag verantwoording af over het afgelopen schooljaar. Het college bespreekt het routeverslag met het routeberaad en neemt de hoofdlijnen op in het jaarverslag van De Peelrand.

H: Artikel 6 Organisatorische en onderwijskundige inrichting

L: 1. | De vo-fase wordt verzorgd op de locatie Panningen, de mbo-fase op de locatie Horst. In route-jaar 2 volgen de leerlingen één dag per week onderwijs in het dierencentrum van de locatie Horst.

L: 2. | Het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn per leerjaar beschreven in het gezamenlijke PTA/OER, met vermelding van de onderdelen die tot het vmbo, tot het mbo of tot beide behoren. Het college stelt het PTA/OER jaarlijks vóór 1 oktober vast.

L: 3. | De route wordt verzorgd door één docententeam van docenten van beide locaties. Voor de vakoverstijgende praktijkmodules in de vo-fase wordt gebruikgemaakt van de teambevoegdheid, bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het PTA/OER vermeldt de modules waarin het team wordt ingezet. De inzet van docenten wordt vastgelegd in de jaartaak.

L: 4. | Leerlingen uit de vo-fase maken gebruik van de dierverblijven, de aquariumruimte en het praktijklokaal Diergezondheid van de locatie Horst; het vervoer tussen de locaties wordt door De Peelrand verzorgd. Studenten in de mbo-fase kunnen voor herkansingen van vmbo-onderdelen gebruikmaken van de faciliteiten van de locatie Panningen.

L: 5. | In de vo-fase is de deelnemer als leerling ingeschreven bij de vmbo-school, in de mbo-fase als student bij de mbo-opleiding. De klachtenregeling van De Peelrand is op de hele route van toepassing.

H: Artikel 7 Overstapoptie

L: 1. | Een deelnemer die de route niet met succes afrondt, wordt in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd.

L: 2. | Daarbij staan in elk geval open: bij beëindiging in de vo-fase de reguliere kaderberoepsgerichte leerweg Groen van de locatie Panningen; bij het ontbreken van het vmbo-diploma aan het einde van route-jaar 3 voortzetting van de opleiding of overstap naar een andere opleiding op niveau 2 of 3 van De Peelrand, waarvoor binnen De Peelrand geen vooropleidingseisen gelden; bij een gewenste andere richting een opleiding op vergelijkbaar niveau in een ander domein van De Peelrand of, na een toelatingsonderzoek, bij een andere instelling.

L: 3. | Het routeberaad besluit over de overstap na een gesprek met de deelnemer en diens ouders, waarbij de sectordirecteur vmbo en de teamleider mbo Dier en Zorg beiden instemmen. Het besluit en de afspraken over begeleiding worden schriftelijk vastgelegd en aan de deelnemer meegegeven.

H: Artikel 8 Bekostiging

Omdat de route binnen één rechtspersoon wordt verzorgd, vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de route worden in de begroting van De Peelrand als afzonderlijk routebudget opgenomen.

H: Artikel 9 Evaluatie en wijziging

L: 1. | Het college evalueert deze regeling in het schooljaar 2027-2028 op basis van de routeverslagen.

L: 2. | Het college kan deze regeling wijzigen; een wijziging wordt niet eerder van kracht dan bij het begin van een schooljaar.

H: Artikel 10 Inwerkingtreding en citeertitel

Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: Regeling doorlopende leerroute Groen – Dierenzorg De Peelrand.

Aldus vastgesteld door het college van bestuur op 30 juni 2025.

SIG: handtekening
"""

H188_TABLES = {
    "handtekening": {
        "widths": [85, 85],
        "rows": [
            ["drs. W.P.M. Hendrix<br/>voorzitter college van bestuur", "ing. S. Verheijen-Janssen<br/>lid college van bestuur"],
        ],
    },
}


@sample(188, "interne_regeling_aoc_peel_en_maas", "pdf",
        "Interne regeling van een AOC (een bevoegd gezag) als CvB-besluit in Times, artikelen met leden; "
        "Peel en Maas, Groen kb naar mbo-3 Vakbekwaam medewerker dierenzorg; a-g geregeld, expliciet "
        "geen overdracht, h-j niet van toepassing",
        st("a=present b=present c=present d=present e=present f=present g=present "
           "h=not_applicable i=not_applicable j=not_applicable"),
        {"a": "Artikel 2 De route", "b": "Artikel 3 Betrokkenheid van het werkveld",
         "c": "Artikel 4 Leiding over de route", "d": "Artikel 5 Informatie en verantwoording",
         "e": "Artikel 6 Organisatorische en onderwijskundige inrichting",
         "f": "Artikel 7 Overstapoptie", "g": "Artikel 8 Bekostiging"})
def build_h188(path):
    build_pdf(path, H188_TEXT, H188_TABLES, title="Regeling doorlopende leerroute Groen - Dierenzorg",
              author="College van bestuur AOC De Peelrand", font="Times-Roman", size=11,
              header="AOC De Peelrand - Regeling doorlopende leerroute Groen - Dierenzorg",
              footer="CvB 2025/118", two_col_label=9)


# --------------------------------------------------------------------------- h189
H189_TEXT = """
SAMENWERKINGSOVEREENKOMST GEÏNTEGREERDE ROUTE VMBO-MBO
Basisberoepsgerichte leerweg Dienstverlening en producten – Medewerker facilitaire dienstverlening (mbo niveau 2)

Kenmerk: PVE/ROC-MM 2025-07
Status: vastgesteld door beide besturen

======================================================================

PARTIJEN

1. Stichting Voortgezet Onderwijs Maasgouw-Echt, statutair gevestigd te Echt (gemeente Echt-Susteren), bevoegd gezag van het Praktijk- en Vakcollege Echt (vmbo), te dezen vertegenwoordigd door de heer drs. P.H.J. Smeets, voorzitter van het college van bestuur, hierna: "het Vakcollege";

2. Stichting Regionaal Opleidingencentrum Midden-Maas, statutair gevestigd te Roermond, te dezen vertegenwoordigd door mevrouw M.L. Dohmen MBA, lid van het college van bestuur, hierna: "het ROC".

OVERWEGINGEN

a. Het Vakcollege heeft een groep leerlingen in de basisberoepsgerichte leerweg voor wie een praktijkgericht programma met een directe doorgang naar het mbo de beste kans op een startkwalificatie biedt.
b. Partijen willen daarom met ingang van het schooljaar 2025-2026 een geïntegreerde route verzorgen als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB.
c. Partijen leggen in deze overeenkomst vast wat daarvoor op grond van artikel 2.107b, tweede lid, WVO 2020 moet worden afgesproken.

======================================================================

1. DE ROUTE

1.1 De geïntegreerde route is bestemd voor leerlingen van het Vakcollege in de basisberoepsgerichte leerweg, profiel Dienstverlening en producten, die na overleg met de leerling en de ouders en na overleg met het ROC daarvoor in aanmerking komen.

1.2 Het programma begint in leerjaar 3 en leidt naar het mbo-diploma Medewerker facilitaire dienstverlening, niveau 2, beroepsopleidende leerweg, van het ROC.

1.3 Het Vakcollege neemt voor deze leerlingen geen eindexamen basisberoepsgerichte leerweg af. De route duurt vier jaar: route-jaar 1 en 2 op het Vakcollege, route-jaar 3 en 4 op het ROC.

2. BETROKKENHEID BEDRIJFSLEVEN

2.1 De volgende bedrijven en organisaties nemen deel aan de route: Gulpers Facilitair B.V. (schoonmaak en glasbewassing, Susteren), de facilitaire dienst van Zorgcentrum Sint-Joost (Echt) en Evenementenlocatie De Maasoever (Roermond).

2.2 Zij stellen in route-jaar 2 praktijkweken beschikbaar (twee keer per jaar een week) en in route-jaar 3 en 4 samen ten minste tien bpv-plaatsen per cohort.

2.3 Elk van hen vaardigt een medewerker af naar het werkveldoverleg facilitair, dat jaarlijks in februari het programma bespreekt en de routeregie adviseert. Hun leidinggevenden beoordelen als praktijkbeoordelaar mee bij de examens in de beroepspraktijk.

3. LEIDING OVER DE ROUTE

3.1 De leiding over de route ligt bij de routeregie. De routeregie bestaat uit de teamleider basisberoepsgerichte leerweg van het Vakcollege en de opleidingscoördinator facilitaire dienstverlening van het ROC.

3.2 De teamleider wordt door de directeur van het Vakcollege aangewezen, de opleidingscoördinator door het college van bestuur van het ROC. Beide worden aangewezen voor de duur van drie schooljaren.

3.3 De routeregie is verantwoordelijk voor de samenhang van het programma, het opstellen van het examenplan, de toelating, de bpv-planning en het contact met het werkveldoverleg.

3.4 De besturen mandateren de routeregie om te beslissen over rooster, groepsindeling, toelating tot de route en de inzet van de praktijkruimtes. Besluiten over personeel, geld en de vaststelling van het examenplan blijven bij de besturen.

4. INFORMATIE EN VERANTWOORDING

4.1 De routeregie brengt twee keer per jaar, in maart en in oktober, een schriftelijke voortgangsrapportage uit aan de colleges van bestuur van beide partijen, met in elk geval de aantallen leerlingen, de voortgang per route-jaar, de uitval en de examenresultaten.

4.2 De rapportage van oktober is tevens de verantwoording over het afgelopen schooljaar en wordt besproken in het bestuurlijk overleg van november.

5. INRICHTING VAN HET ONDERWIJS

5.1 Route-jaar 1 en 2 worden verzorgd op het Vakcollege in Echt, route-jaar 3 en 4 op de ROC-locatie Roermond-Oost.

5.2 Onderwijsprogramma, examinering en beroepspraktijkvorming zijn per leerjaar beschreven in het examenplan van de route, dat als onderdeel van de OER van het ROC en het PTA van het Vakcollege jaarlijks vóór 1 oktober wordt vastgesteld.

5.3 De beroepsgerichte onderdelen worden in route-jaar 1 en 2 gegeven door een team van twee docenten D&P van het Vakcollege en één docent facilitaire dienstverlening van het ROC, die twee dagdelen per week op het Vakcollege lesgeeft. Het team werkt met teambevoegdheid in de praktijkmodules; het examenplan noemt die modules.

5.4 Het ROC stelt zijn leerbedrijf Servicepunt (receptie, schoonmaak, catering) open voor leerlingen uit route-jaar 2, één dag per week. Het Vakcollege stelt zijn praktijklokaal D&P en de schoolkantine als oefenplaats beschikbaar aan het team.

5.5 In route-jaar 1 en 2 staat de leerling ingeschreven bij het Vakcollege, daarna bij het ROC. Klachten over een medewerker van de andere partij worden afgehandeld volgens de klachtenregeling van de partij waar de klacht is ingediend, met medewerking van de andere partij.

6. BEËINDIGING VAN DE DEELNAME

6.1 Leerlingen die de geïntegreerde route voortijdig verlaten, worden doorgeplaatst naar de Entreeopleiding (niveau 1) van het ROC.

6.2 Het besluit tot doorplaatsing wordt genomen door de routeregie, na een gesprek met de leerling en de ouders.

6.3 De doorplaatsing gaat in bij het begin van de eerstvolgende onderwijsperiode. Het Vakcollege draagt het leerlingdossier over aan het ROC.

7. FINANCIËN

7.1 Het Vakcollege draagt met toepassing van artikel 5.42a WVO 2020 voor iedere leerling in route-jaar 2 een bedrag van € 950 per schooljaar over aan het ROC.

7.2 Het bedrag wordt berekend naar het aantal leerlingen op 1 oktober en wordt vóór 1 maart van hetzelfde schooljaar betaald.

7.3 Voor het overige draagt iedere partij haar eigen kosten.

8. MEDEZEGGENSCHAP

p.m. – aanvullende afspraken over de medezeggenschap worden na overleg met de MR van het Vakcollege en de studentenraad van het ROC nog ingevuld.

9. GESCHILLEN

9.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst voorgelegd aan de routeregie en, als die er niet binnen drie weken uitkomt, aan de voorzitter van het college van bestuur van het Vakcollege en het lid van het college van bestuur van het ROC.

9.2 Leidt dat overleg niet binnen zes weken tot een oplossing, dan wordt het geschil beslecht door de bevoegde rechter van de rechtbank Limburg, locatie Roermond.

10. DUUR, TOETREDING, WIJZIGING EN BEËINDIGING

10.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

10.2 Een andere vmbo-school of mbo-instelling kan partij worden, mits beide partijen schriftelijk instemmen en de nieuwe partij deze overeenkomst ondertekent. De nieuwe deelname wordt gezamenlijk aan DUO gemeld.

10.3 Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk en met handtekening van beide besturen. Een wijziging van het programma treedt niet in werking gedurende een lopend schooljaar.

10.4 Opzegging is mogelijk per 1 augustus van enig jaar, schriftelijk en met een opzegtermijn van ten minste één jaar.

10.5 Na opzegging worden geen nieuwe leerlingen meer toegelaten. Leerlingen die op dat moment in de route zitten, kunnen de route bij partijen voltooien.

======================================================================

ONDERTEKENING

Echt, 30 juni 2025

Stichting Voortgezet Onderwijs Maasgouw-Echt
drs. P.H.J. Smeets, voorzitter college van bestuur

Stichting Regionaal Opleidingencentrum Midden-Maas
M.L. Dohmen MBA, lid college van bestuur
"""


@sample(189, "geintegreerde_route_hoofdletters_echt_susteren", "txt",
        "Platte tekst met hoofdletterkoppen, geintegreerde route; Echt-Susteren, D&P bb naar mbo-2 "
        "Medewerker facilitaire dienstverlening; wie de route verlaat gaat automatisch naar Entree, "
        "overdracht met bedrag maar zonder bestemming, medezeggenschap p.m.",
        st("a=present b=present c=present d=present e=present f=weak g=weak h=weak "
           "i=present j=present"),
        {"a": "1. DE ROUTE", "b": "2. BETROKKENHEID BEDRIJFSLEVEN", "c": "3. LEIDING OVER DE ROUTE",
         "d": "4. INFORMATIE EN VERANTWOORDING", "e": "5. INRICHTING VAN HET ONDERWIJS",
         "i": "9. GESCHILLEN", "j": "10. DUUR, TOETREDING, WIJZIGING EN BEËINDIGING"})
def build_h189(path):
    write_text(path, H189_TEXT)


# --------------------------------------------------------------------------- h190
H190_TEXT = """
T: Vernieuwde samenwerkingsovereenkomst

S: Doorlopende leerroute Mobiliteit en transport – Autotechniek, Noord-Veluwe 2025–2029

M: Deze overeenkomst vervangt de samenwerkingsovereenkomst doorlopende leerroute Autotechniek van 12 juli 2021. Wijzigingen ten opzichte van 2021 zijn onder de betreffende artikelen cursief toegelicht.

<b>Partijen</b>

L: 1. | Stichting Christelijk Voortgezet Onderwijs Noord-Veluwe, gevestigd te Heerde, bevoegd gezag van het Veluws Vakcollege Heerde, vertegenwoordigd door de heer E.J. van 't Oever, voorzitter van het college van bestuur, hierna: "het VVC";

L: 2. | Stichting Openbaar Voortgezet Onderwijs Epe, gevestigd te Epe, bevoegd gezag van vmbo De Wissel te Epe, vertegenwoordigd door mevrouw A. Brinkman-Hoekstra, directeur-bestuurder, hierna: "De Wissel";

L: 3. | Stichting ROC IJssel-Veluwe, gevestigd te Apeldoorn, vertegenwoordigd door de heer dr. K.F. Wolters, voorzitter van het college van bestuur, hierna: "het ROC";

hierna samen "partijen" en het VVC en De Wissel samen "de scholen".

<b>Overwegingen</b>

L: A. | Het VVC en het ROC verzorgen sinds 1 augustus 2021 een doorlopende leerroute Autotechniek op grond van de samenwerkingsovereenkomst van 12 juli 2021 (hierna: de overeenkomst 2021).

L: B. | De Wissel wil met ingang van het schooljaar 2025-2026 aan de route deelnemen; het VVC en het ROC stemmen daarmee in.

L: C. | Partijen hebben de eerste vier jaar van de route in het voorjaar van 2025 geëvalueerd. Uit die evaluatie blijkt dat de route goed loopt, maar dat de informatievoorziening aan de besturen en de verantwoording over de resultaten van de route versterking behoeven.

L: D. | Partijen vervangen de overeenkomst 2021 daarom door deze overeenkomst, waarin ook De Wissel partij is.

Partijen komen het volgende overeen.

H: Artikel 1 Vervanging

Deze overeenkomst vervangt de overeenkomst 2021 met ingang van 1 augustus 2025.

H: Artikel 2 De route

L: 2.1 | De route is bestemd voor leerlingen van de scholen in het profiel Mobiliteit en transport, kaderberoepsgerichte leerweg, vanaf leerjaar 3.

L: 2.2 | De route leidt naar het vmbo-diploma kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, en naar het mbo-diploma Eerste autotechnicus, niveau 3 (kwalificatiedossier Autotechniek, opleidingsdomein Mobiliteit en voertuigen), beroepsopleidende leerweg.

L: 2.3 | De route duurt vier jaar. Het centraal examen vmbo wordt afgenomen in route-jaar 2.

<i>Toelichting wijziging: De Wissel neemt deel; het centraal examen is verplaatst van route-jaar 3 naar route-jaar 2.</i>

H: Artikel 3 Bedrijfsleven

L: 3.1 | Aan de route nemen deel: Autobedrijf Van de Weg (Heerde), Garage Weteringen (Epe), Vaassense Bedrijfswagens B.V. (Vaassen) en de regionale afdeling Noord-Veluwe van de brancheorganisatie voor autobedrijven.

L: 3.2 | De autobedrijven bieden samen ten minste veertien bpv-plaatsen per cohort in route-jaar 3 en 4, ontvangen iedere leerling in route-jaar 1 voor een meeloopdag en stellen jaarlijks defecte componenten en voertuigen beschikbaar als lesmateriaal.

L: 3.3 | De werkplaatschefs van de autobedrijven nemen als praktijkbeoordelaar deel aan de examens in de beroepspraktijk. De branchevereniging en de autobedrijven vormen samen de werkveldraad, die jaarlijks in januari het programma toetst aan de ontwikkelingen in de branche (onder meer elektrische en hybride aandrijving) en de routestuurgroep daarover schriftelijk adviseert.

<i>Toelichting wijziging: Garage Weteringen en Vaassense Bedrijfswagens zijn nieuw; de werkveldraad vervangt de losse adviesgesprekken.</i>

H: Artikel 4 Routestuurgroep

L: 4.1 | De leiding over de route berust bij de routestuurgroep, bestaande uit de afdelingsleider bovenbouw van het VVC, de afdelingsleider techniek van De Wissel en de opleidingsmanager Mobiliteit van het ROC, die de routestuurgroep voorzit.

L: 4.2 | Ieder lid wordt door het bevoegd gezag van de eigen partij aangewezen. De routestuurgroep wordt ondersteund door een routecoördinator, die door het ROC wordt aangesteld na instemming van beide scholen.

L: 4.3 | De routestuurgroep is belast met de samenhang en de kwaliteit van het programma, het voorbereiden van het gezamenlijke PTA/OER, de toelating tot de route, de planning van de werkplaatsen en de bpv, en het nemen van overstapbesluiten (artikel 6).

L: 4.4 | De routestuurgroep beslist zelfstandig over het rooster, de toelating, de verdeling van de werkplaatsuren en de inzet van het lesmateriaal. Besluiten over formatie, investeringen en de vaststelling van het PTA/OER nemen de besturen.

<i>Toelichting wijziging: de stuurgroep is uitgebreid met De Wissel.</i>

H: Artikel 5 Inrichting

L: 5.1 | In route-jaar 1 volgen de leerlingen het onderwijs op de eigen school. In route-jaar 2 zijn zij twee dagen per week in het Automotive Centre van het ROC in Apeldoorn en de overige dagen op de eigen school. Route-jaar 3 en 4 worden op het ROC gegeven.

L: 5.2 | Het programma, de examinering en de bpv zijn per leerjaar beschreven in het gezamenlijke PTA/OER, dat de besturen van alle partijen jaarlijks vóór 1 oktober vaststellen.

L: 5.3 | De beroepsgerichte vakken worden gegeven door één routeteam van docenten van de drie partijen. In het Automotive Centre geven twee ROC-instructeurs samen met de docenten van de scholen les; het team werkt daar met teambevoegdheid. Iedere docent blijft in dienst van de eigen werkgever.

L: 5.4 | Het ROC stelt de APK-werkplaats en de diagnoseapparatuur van het Automotive Centre beschikbaar. De motorenwerkplaats van het VVC staat op woensdag open voor leerlingen van De Wissel. De scholen regelen het vervoer van hun leerlingen naar Apeldoorn.

L: 5.5 | Tot en met route-jaar 2 is de leerling ingeschreven op de eigen school, daarna bij het ROC. Klachten over een medewerker van een andere partij worden behandeld volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere partijen werken mee.

H: Artikel 6 Overstap

L: 6.1 | Een leerling die de route niet afmaakt, wordt in staat gesteld een diploma te halen dat past bij zijn niveau en leeftijd. Daarvoor staan in ieder geval open: in route-jaar 1 en 2 de gewone kaderberoepsgerichte leerweg Mobiliteit en transport op de eigen school; wie aan het einde van route-jaar 3 geen vmbo-diploma heeft, de opleiding Eerste autotechnicus of de opleiding Autotechnicus (niveau 2) van het ROC, zonder vooropleidingseisen; wie een andere richting wil, een opleiding op vergelijkbaar niveau binnen het ROC of, na een toelatingsonderzoek, bij een andere instelling.

L: 6.2 | De routestuurgroep besluit, waarbij de school van de leerling en het ROC beide moeten instemmen, na een gesprek met de leerling en de ouders.

H: Artikel 7 Bekostiging

L: 7.1 | Iedere school draagt met toepassing van artikel 5.42a WVO 2020 voor iedere eigen leerling in route-jaar 2 een bedrag van € 640 per schooljaar over aan het ROC.

L: 7.2 | Dit bedrag is bestemd voor de inzet van de ROC-instructeurs in het Automotive Centre en voor het gebruik van de APK-werkplaats en de diagnoseapparatuur door leerlingen in de vo-fase.

L: 7.3 | Het ROC factureert in januari op basis van het aantal leerlingen op 1 oktober; betaling volgt binnen dertig dagen. Overige kosten draagt iedere partij zelf.

<i>Toelichting wijziging: het bedrag was € 590; de bestemming is uitgebreid met de diagnoseapparatuur.</i>

H: Artikel 8 Medezeggenschap

L: 8.1 | De leerlingen in route-jaar 2 van beide scholen kiezen jaarlijks samen één routevertegenwoordiger, die als adviserend lid de vergaderingen van de studentenraad van het ROC bijwoont.

L: 8.2 | De medezeggenschapsraden van het VVC en De Wissel en de studentenraad van het ROC houden jaarlijks in november een gezamenlijke themavergadering over de route, waarvoor de routestuurgroep wordt uitgenodigd.

H: Artikel 9 Geschillen

L: 9.1 | Een geschil over de uitvoering van deze overeenkomst wordt eerst in de routestuurgroep besproken.

L: 9.2 | Lukt het daar niet binnen vier weken, dan leggen partijen het geschil voor aan een bestuurlijk overleg van de drie bestuurders die deze overeenkomst hebben ondertekend.

L: 9.3 | Blijft het geschil daarna bestaan, dan schakelen de betrokken partijen een mediator in. Heeft mediation na drie maanden geen resultaat, dan beslist de bevoegde rechter van de rechtbank Gelderland.

H: Artikel 10 Toetreding

L: 10.1 | Een andere vmbo-school of mbo-instelling kan tot deze overeenkomst toetreden als alle partijen daarmee schriftelijk instemmen en de toetreder een toetredingsverklaring ondertekent waarin hij deze overeenkomst aanvaardt.

L: 10.2 | De toetreding wordt door de toetreder en het ROC gezamenlijk gemeld bij DUO.

<i>Toelichting: De Wissel is op grond van deze overeenkomst zelf partij geworden; een afzonderlijke toetredingsverklaring was daarom niet nodig.</i>

H: Artikel 11 Wijziging

Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst die door alle partijen is ondertekend.

H: Artikel 12 Duur en beëindiging

L: 12.1 | Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2029 en wordt daarna telkens stilzwijgend verlengd met vier jaar.

L: 12.2 | Iedere partij kan de overeenkomst schriftelijk opzeggen met een opzegtermijn van drie maanden.

L: 12.3 | Iedere partij kan de overeenkomst met onmiddellijke ingang ontbinden als een andere partij haar verplichtingen ernstig tekortschiet en dat na een schriftelijke ingebrekestelling niet binnen een maand herstelt.

L: 12.4 | Zegt één school op, dan blijft de overeenkomst tussen de overige partijen van kracht.

<b>Ondertekening</b>

Aldus in drievoud opgemaakt en ondertekend te Heerde op 30 juni 2025.

SIG: handtekening
"""

H190_TABLES = {
    "handtekening": {
        "widths": [55, 55, 55],
        "rows": [
            ["Stichting CVO Noord-Veluwe", "Stichting OVO Epe", "Stichting ROC IJssel-Veluwe"],
            ["\n\n.............................", "\n\n.............................",
             "\n\n............................."],
            ["E.J. van 't Oever\nvoorzitter college van bestuur", "A. Brinkman-Hoekstra\ndirecteur-bestuurder",
             "dr. K.F. Wolters\nvoorzitter college van bestuur"],
        ],
    },
}


@sample(190, "vernieuwing_drie_partijen_heerde_epe", "docx",
        "Vernieuwde overeenkomst (vervangt 2021) met drie partijen en cursieve wijzigingstoelichtingen, "
        "DOCX met kopstijlen; Heerde/Epe/Apeldoorn, M&T kb naar mbo-3 Eerste autotechnicus; "
        "verantwoording alleen in de overwegingen, beeindiging zonder bescherming van leerlingen",
        st("a=present b=present c=present d=missing e=present f=present g=present h=present "
           "i=present j=weak"),
        {"a": "Artikel 2 De route", "b": "Artikel 3 Bedrijfsleven", "c": "Artikel 4 Routestuurgroep",
         "e": "Artikel 5 Inrichting", "f": "Artikel 6 Overstap", "g": "Artikel 7 Bekostiging",
         "h": "Artikel 8 Medezeggenschap", "i": "Artikel 9 Geschillen"})
def build_h190(path):
    build_docx(path, H190_TEXT, H190_TABLES, title="Vernieuwde SOK DLR Autotechniek 2025-2029",
               author="Bestuurssecretariaat CVO Noord-Veluwe", font="Cambria", size=10.5)


# --------------------------------------------------------------------------- h191
H191_TEXT = """
T: Samenwerkingsovereenkomst in gewone taal

S: Doorlopende leerroute Horeca Wolvega – Heerenveen

C: Horeca, bakkerij en recreatie (kader) – Zelfstandig werkend gastheer/gastvrouw (mbo niveau 3)

H: Wie sluiten deze overeenkomst?

Stichting Openbaar Voortgezet Onderwijs Weststellingwerf, het bestuur van vmbo-school De Tjongerwâl in Wolvega. Zij wordt vertegenwoordigd door mevrouw T. de Vries-Altena, voorzitter van het college van bestuur. Hieronder noemen we haar "de school".

Stichting ROC Zuidoost-Fryslân in Heerenveen. Zij wordt vertegenwoordigd door de heer J.S. Hofstra, lid van het college van bestuur. Hieronder noemen we haar "het ROC".

H: Waarom deze tekst zo is geschreven

Dit is de officiële samenwerkingsovereenkomst voor onze doorlopende leerroute. Wij hebben hem bewust in gewone taal geschreven, zodat ook leerlingen en ouders kunnen lezen wat er is afgesproken. Waar "wij" staat, bedoelen we de school en het ROC samen. Alles wat hieronder staat, is een afspraak: beide besturen hebben getekend en houden zich eraan.

H: 1. Om welke opleiding gaat het?

Uw kind kiest in leerjaar 2 voor het profiel Horeca, bakkerij en recreatie in de kaderberoepsgerichte leerweg. Vanaf leerjaar 3 volgt uw kind één doorlopend programma dat leidt naar twee diploma's: het vmbo-diploma kader (Horeca, bakkerij en recreatie) en het mbo-diploma Zelfstandig werkend gastheer/gastvrouw, niveau 3, van het ROC. De route duurt vier jaar: twee jaar vo-fase bij de school en twee jaar mbo-fase bij het ROC.

H: 2. Welke bedrijven doen mee en wat doen zij?

Vier partners uit de regio doen mee: Hotel-restaurant De Lindehof in Wolvega, Brasserie 't Kanaal in Heerenveen, Recreatiepark De Driene in Oldeberkoop en de afdeling Zuidoost-Friesland van Koninklijke Horeca Nederland.

B: In leerjaar 3 loopt uw kind twee dagen mee in een van de bedrijven.

B: In de mbo-fase bieden de bedrijven samen minstens zestien stageplaatsen (bpv-plaatsen) per groep.

B: Elk jaar organiseren de leerlingen een proefdiner; koks en bedrijfsleiders van de bedrijven zitten in de jury en beoordelen mee.

B: Twee keer per jaar praten de bedrijven en de horecavereniging met het routeteam over wat er in het programma moet veranderen. Het routeteam schrijft op wat het met hun advies doet.

H: 3. Wie leidt de route?

De route wordt geleid door het routeteam. Daarin zitten de afdelingsleider bovenbouw van de school, de teamleider horeca van het ROC en een routecoördinator.

De directeur van de school wijst de afdelingsleider aan en het college van bestuur van het ROC wijst de teamleider aan. De routecoördinator wordt door de twee besturen samen gekozen, voor drie jaar.

Het routeteam maakt het rooster, regelt de stages, stelt het examenplan op, beslist wie in de route mag starten en voert de gesprekken als een leerling wil overstappen. Het routeteam mag zelf beslissen over het rooster, de groepen, de stages en de toelating. Over personeel, geld en het vaststellen van het examenplan beslissen de besturen zelf.

H: 4. Hoe weten de besturen hoe het gaat?

Twee keer per jaar, in januari en in juli, schrijft het routeteam een verslag voor beide besturen. Daarin staat hoeveel leerlingen er zijn, hoeveel er zijn gestopt of overgestapt, hoe de examens zijn gegaan en wat de bedrijven hebben geadviseerd. In september bespreken de twee bestuurders het verslag van juli met het routeteam en leggen zij vast wat er moet verbeteren. Gaat er iets ernstig mis, dan meldt het routeteam dat meteen.

H: 5. Waar en van wie krijgt uw kind les?

De eerste twee jaar krijgt uw kind les op De Tjongerwâl in Wolvega. In het tweede jaar gaat uw kind één dag per week naar het ROC in Heerenveen, met een bus die de school regelt. Het derde en vierde jaar zijn bij het ROC.

De praktijkvakken worden gegeven door één team van docenten van de school en van het ROC. Een docent van het ROC geeft in het eerste jaar al vier uur per week les op de school. In de praktijklessen mag het team samen lesgeven met één gezamenlijke bevoegdheid (teambevoegdheid); in het examenplan staat bij welke lessen dat zo is. Iedere docent blijft in dienst van de eigen school.

Uw kind kookt en serveert in de keuken van de school en, vanaf het tweede jaar, ook in het leerrestaurant De Smaakmakerij van het ROC. Het ROC laat de school daarnaast de barruimte en de receptie-oefenruimte gebruiken.

Wat uw kind per leerjaar leert, welke toetsen en examens er zijn en wanneer de stages zijn, staat in het gezamenlijke examenplan (PTA/OER). Dat stellen de besturen ieder jaar vóór 1 oktober vast.

De eerste twee jaar staat uw kind ingeschreven bij de school, daarna bij het ROC. Heeft u een klacht over iemand van het ROC terwijl uw kind nog bij de school staat ingeschreven, dan kunt u gewoon bij de school klagen; het ROC werkt mee aan de afhandeling.

H: 6. Wat als de route niet past?

Soms past de route toch niet. Dan zorgen wij dat uw kind op een andere manier een diploma kan halen.

B: Stopt uw kind in het eerste of tweede jaar, dan gaat het verder in de gewone kaderberoepsgerichte leerweg van de school en doet het daar vmbo-examen.

B: Heeft uw kind na het derde jaar nog geen vmbo-diploma, dan kan het toch verder in de opleiding Zelfstandig werkend gastheer/gastvrouw, of naar een andere opleiding van het ROC op niveau 2 of 3. Het ROC vraagt daarvoor geen vooropleiding.

B: Wil uw kind iets heel anders, dan zoeken wij een opleiding op hetzelfde niveau, bij het ROC of bij een andere school in de regio.

De school en het ROC beslissen samen welke weg het beste past, nadat we met uw kind en met u hebben gepraat. We kijken naar wat uw kind al heeft gehaald en naar de leeftijd. Uw kind gaat nooit automatisch naar een Entree-opleiding.

H: 7. Gaat er geld van de ene school naar de andere?

Nee. Er wordt geen bekostiging van de school naar het ROC of van het ROC naar de school overgedragen. De school betaalt haar eigen docenten, keuken en bus; het ROC betaalt zijn eigen docenten en leerrestaurant.

H: 8. Hoe praten leerlingen en ouders mee?

Leerlingen in het tweede jaar van de route mogen al lid worden van de studentenraad van het ROC, met dezelfde rechten als de andere leden, ook al staan zij nog bij de school ingeschreven. De medezeggenschapsraad van de school blijft meepraten over de eerste twee jaar. Het routeteam stuurt zijn verslagen (punt 4) ook aan de medezeggenschapsraad van de school en aan de studentenraad van het ROC, en vraagt hun beiden om advies voordat de besturen iets aan de route veranderen.

H: 9. Wat als de school en het ROC het niet eens zijn?

Eerst praten de afdelingsleider en de teamleider erover. Lukt het niet binnen drie weken, dan gaan de twee bestuurders het samen oplossen. Lukt dat binnen zes weken ook niet, dan vragen zij een onafhankelijke bemiddelaar (mediator) om te helpen. Komen zij er dan na drie maanden nog niet uit, dan beslist de rechter in Leeuwarden.

H: 10. Kunnen deze afspraken veranderen of stoppen?

<b>Een andere school die mee wil doen.</b> Dat kan, als beide besturen het op papier goedkeuren en de nieuwe school deze overeenkomst ook tekent. Samen melden we dat bij DUO.

<b>Veranderen.</b> Deze afspraken veranderen alleen op papier, getekend door beide besturen. Een verandering geldt nooit halverwege een schooljaar als leerlingen er nadeel van hebben.

<b>Stoppen.</b> De overeenkomst geldt zolang niemand opzegt. Opzeggen moet op papier en minstens een jaar van tevoren, en kan alleen tegen het einde van een schooljaar (1 augustus).

<b>Wat dat voor uw kind betekent.</b> Stopt de samenwerking, dan starten er geen nieuwe leerlingen meer. Leerlingen die al in de route zitten, maken die bij de school en het ROC gewoon af.

H: Ondertekening

Getekend in Wolvega op 30 juni 2025.

SIG: handtekening
"""

H191_TABLES = {
    "handtekening": {
        "widths": [80, 80],
        "rows": [
            ["Voor de school:\nStichting Openbaar Voortgezet Onderwijs Weststellingwerf",
             "Voor het ROC:\nStichting ROC Zuidoost-Fryslân"],
            ["\n\n............................................", "\n\n............................................"],
            ["T. de Vries-Altena, voorzitter college van bestuur", "J.S. Hofstra, lid college van bestuur"],
        ],
    },
}


@sample(191, "gewone_taal_ouders_weststellingwerf", "docx",
        "Overeenkomst in gewone taal voor ouders met vraagkoppen en wij-vorm, DOCX; Weststellingwerf/"
        "Heerenveen, HBR kb naar mbo-3 Zelfstandig werkend gastheer/gastvrouw; volledig geregeld, "
        "geen overdracht, leerlingen in de studentenraad",
        st("a=present b=present c=present d=present e=present f=present g=present h=present "
           "i=present j=present"),
        {"a": "1. Om welke opleiding gaat het?", "b": "2. Welke bedrijven doen mee en wat doen zij?",
         "c": "3. Wie leidt de route?", "d": "4. Hoe weten de besturen hoe het gaat?",
         "e": "5. Waar en van wie krijgt uw kind les?", "f": "6. Wat als de route niet past?",
         "g": "7. Gaat er geld van de ene school naar de andere?",
         "h": "8. Hoe praten leerlingen en ouders mee?",
         "i": "9. Wat als de school en het ROC het niet eens zijn?",
         "j": "10. Kunnen deze afspraken veranderen of stoppen?"})
def build_h191(path):
    build_docx(path, H191_TEXT, H191_TABLES, title="Samenwerkingsovereenkomst in gewone taal",
               author="De Tjongerwal en ROC Zuidoost-Fryslan", font="Verdana", size=10.5)


# --------------------------------------------------------------------------- h192
H192_TEXT = """
T: SAMENWERKINGSOVEREENKOMST

S: doorlopende leerroute vmbo-mbo Zorg en welzijn – Pedagogisch medewerker kindcentrum (niveau 4)

C: tussen

C: <b>Stichting Voortgezet Onderwijs Reggedal</b><br/>bevoegd gezag van het Reggedal College te Nijverdal

C: en

C: <b>Stichting Regionaal Opleidingencentrum Twente-Salland</b><br/>te Almelo

C: Definitieve versie, vastgesteld 30 juni 2025

M: Opgesteld in opdracht van beide colleges van bestuur door Bureau Onderwijsrecht Oost, mr. L.B. ter Horst. Deze overeenkomst bestaat uit 21 artikelen en twee bijlagen. De bijlagen maken deel uit van de overeenkomst.

H: Inhoud

SIG: inhoud

PB

H: De ondergetekenden

L: 1. | <b>Stichting Voortgezet Onderwijs Reggedal</b>, statutair gevestigd te Hellendoorn, kantoorhoudende te Nijverdal, ingeschreven in het handelsregister onder nummer 41001234, bevoegd gezag van het Reggedal College, school voor mavo en vbo, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. B.J. Kamphuis, hierna te noemen: "de School";

L: 2. | <b>Stichting Regionaal Opleidingencentrum Twente-Salland</b>, statutair gevestigd te Almelo, ingeschreven in het handelsregister onder nummer 41005678, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw dr. I.M. Nijenhuis-Scholten, hierna te noemen: "het ROC";

hierna gezamenlijk te noemen: "Partijen" en ieder afzonderlijk: "Partij".

H: Considerans

L: A. | De School verzorgt in de gemengde leerweg het profiel Zorg en welzijn en heeft een groeiende groep leerlingen die al in de bovenbouw bewust kiest voor een loopbaan in de kinderopvang en het onderwijs aan jonge kinderen.

L: B. | Het ROC verzorgt op zijn locatie Nijverdal de opleiding Pedagogisch medewerker kindcentrum op niveau 4.

L: C. | De regionale kinderopvangsector kampt met een structureel tekort aan gekwalificeerde pedagogisch medewerkers; een doorlopend programma zonder overlap tussen vmbo en mbo kan de instroom in de sector vergroten.

L: D. | Partijen wensen op grond van artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs gezamenlijk een doorlopende leerroute te verzorgen en daartoe deze samenwerkingsovereenkomst aan te gaan.

L: E. | Partijen hebben de route op 14 mei 2025 gezamenlijk aan de Minister gemeld door registratie in RIO.

en komen als volgt overeen.

H: Artikel 1 Begripsbepalingen

In deze overeenkomst wordt verstaan onder:

L: a. | <i>Route</i>: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 3;

L: b. | <i>Leerling</i>: een deelnemer aan de Route die is ingeschreven bij de School;

L: c. | <i>Student</i>: een deelnemer aan de Route die is ingeschreven bij het ROC;

L: d. | <i>Route-jaar</i>: een schooljaar van de Route, te rekenen vanaf leerjaar 3 van de School; route-jaar 1 en 2 vormen de vo-fase, route-jaar 3 en 4 de mbo-fase;

L: e. | <i>Stuurgroep</i>: het orgaan, bedoeld in artikel 5, eerste lid;

L: f. | <i>Kernteam</i>: het orgaan, bedoeld in artikel 5, vijfde lid;

L: g. | <i>PTA/OER</i>: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de Route;

L: h. | <i>Beroepenveldcommissie</i>: de commissie, bedoeld in artikel 4, derde lid;

L: i. | <i>Bijlage</i>: een bijlage bij deze overeenkomst, die daarvan deel uitmaakt.

H: Artikel 2 Doel en reikwijdte

L: 2.1 | Partijen verzorgen gezamenlijk de Route als één samenhangend onderwijsprogramma, waarin vmbo- en mbo-onderdelen zonder overlap op elkaar aansluiten.

L: 2.2 | Deze overeenkomst regelt de samenwerking tussen Partijen. Zij laat de wettelijke verantwoordelijkheid van de School voor het vmbo-deel, inclusief de examinering en diplomering vmbo, en die van het ROC voor het mbo-deel, inclusief de beroepspraktijkvorming, examinering en diplomering mbo, onverlet.

H: Artikel 3 Route, profiel en opleiding

L: 3.1 | De Route staat open voor leerlingen van de School in de gemengde leerweg met het profiel Zorg en welzijn.

L: 3.2 | De Route leidt naar het vmbo-diploma gemengde leerweg, profiel Zorg en welzijn, en naar het mbo-diploma Pedagogisch medewerker kindcentrum, niveau 4 (middenkaderopleiding), kwalificatiedossier Pedagogisch werk, opleidingsdomein Zorg en welzijn, beroepsopleidende leerweg.

L: 3.3 | De cursusduur van de Route bedraagt vier jaar. Het centraal examen vmbo wordt afgenomen in route-jaar 2; Partijen kunnen in het PTA/OER bepalen dat een of meer vakken in route-jaar 1 worden afgesloten.

L: 3.4 | De jaarlijkse instroom bedraagt ten hoogste twintig leerlingen.

H: Artikel 4 Betrokkenheid van het beroepenveld

L: 4.1 | Aan de Route zijn verbonden: Kinderopvang Regge & Dinkel B.V. (zes kindcentra in Hellendoorn en Twenterand), Stichting Peuterwerk Hellendoorn en Integraal Kindcentrum De Esch te Nijverdal.

L: 4.2 | Deze organisaties:

L: a. | ontvangen leerlingen in route-jaar 1 voor een maatschappelijke oriëntatiestage van twintig uur en in route-jaar 2 voor een beroepsoriënterende stage van twee weken;

L: b. | stellen in route-jaar 3 en 4 samen ten minste achttien bpv-plaatsen per cohort beschikbaar, begeleid door een praktijkopleider die door SBB als zodanig is erkend;

L: c. | verzorgen per schooljaar ten minste vier gastlessen, onder meer over observeren, ouderbetrokkenheid en veiligheid in het kindcentrum;

L: d. | leveren jaarlijks twee levensechte opdrachten aan, die in het programma van route-jaar 2 en 3 worden uitgevoerd;

L: e. | stellen beoordelaars beschikbaar voor de examens in de beroepspraktijk.

L: 4.3 | De drie organisaties vaardigen elk één leidinggevende af naar de Beroepenveldcommissie. De Beroepenveldcommissie vergadert twee keer per schooljaar met het Kernteam, beoordeelt de aansluiting van het programma op de beroepspraktijk en brengt daarover jaarlijks vóór 1 april een schriftelijk advies uit aan de Stuurgroep.

L: 4.4 | De Stuurgroep kan, op voorstel van het Kernteam, andere erkende leerbedrijven aan de Route verbinden.

H: Artikel 5 Leiding over de route

L: 5.1 | De leiding over de Route berust bij de Stuurgroep. De Stuurgroep bestaat uit de sectordirecteur bovenbouw van de School en de directeur van het college Zorg & Educatie van het ROC. Het voorzitterschap rouleert per schooljaar.

L: 5.2 | De leden van de Stuurgroep worden aangewezen door het college van bestuur van de Partij die zij vertegenwoordigen. Ieder college van bestuur wijst tevens een plaatsvervanger aan.

L: 5.3 | De colleges van bestuur dragen aan de Stuurgroep op: het vaststellen van het jaarplan van de Route; het vaststellen van de toelatingsprocedure; het bewaken van de kwaliteit en de samenhang van het programma; het beheer van het routebudget binnen de vastgestelde begrotingen; het onderhouden van de relatie met de Beroepenveldcommissie; en het voorbereiden van de vaststelling van het PTA/OER.

L: 5.4 | De Stuurgroep is bevoegd om binnen het jaarplan en de begrotingen van Partijen verplichtingen aan te gaan tot € 15.000 per geval en om personeel van Partijen aan de Route toe te wijzen binnen de formatie die de colleges van bestuur daarvoor beschikbaar stellen. Het vaststellen van het PTA/OER, het aangaan van meerjarige verplichtingen, wijziging van de instroomomvang en besluiten over huisvesting zijn voorbehouden aan de colleges van bestuur.

L: 5.5 | De Stuurgroep wordt bijgestaan door een Kernteam, bestaande uit de teamleider zorg en welzijn van de School, de onderwijsmanager pedagogisch werk van het ROC en de routecoördinator. De routecoördinator wordt door de Stuurgroep benoemd voor een termijn van drie schooljaren. Het Kernteam voert de dagelijkse uitvoering uit, waaronder het rooster, de bpv-planning en de toetsplanning, binnen de kaders die de Stuurgroep stelt.

H: Artikel 6 Informatieverstrekking en verantwoording

L: 6.1 | De Stuurgroep verstrekt de colleges van bestuur van beide Partijen jaarlijks in februari een halfjaarrapportage en vóór 15 oktober een jaarrapportage over het afgelopen schooljaar.

L: 6.2 | De rapportages bevatten ten minste: de in-, door- en uitstroom per route-jaar, het aantal overstappen, de examenresultaten vmbo en mbo, de tevredenheid van leerlingen, studenten en leerbedrijven, het advies van de Beroepenveldcommissie en de realisatie van het routebudget.

L: 6.3 | Over de jaarrapportage legt de Stuurgroep verantwoording af in een bestuurlijk overleg met de voorzitters van beide colleges van bestuur, dat jaarlijks in november plaatsvindt. Van dat overleg wordt een besluitenlijst gemaakt.

L: 6.4 | De Stuurgroep informeert de colleges van bestuur onverwijld over ontwikkelingen die de continuïteit of de kwaliteit van de Route in gevaar kunnen brengen.

H: Artikel 7 Onderwijskundige inrichting

L: 7.1 | Partijen beschrijven voor de gehele Route per route-jaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming in het PTA/OER, waarbij wordt aangegeven welke onderdelen tot het vmbo behoren, welke vakoverstijgend zijn, welke tot het mbo behoren en welke gecombineerd worden aangeboden. De colleges van bestuur stellen het PTA/OER jaarlijks vóór 1 oktober vast.

L: 7.2 | De hoofdlijnen van het programma per route-jaar zijn opgenomen in Bijlage 1.

L: 7.3 | De mbo-examinering kan vanaf route-jaar 1 plaatsvinden. De examencommissie van het ROC is bevoegd voor de mbo-examens, de examensecretaris van de School voor het eindexamen vmbo.

H: Artikel 8 Personeel en faciliteiten

L: 8.1 | De Route wordt in de vo-fase verzorgd op de locatie van de School aan de Constantijnstraat te Nijverdal en in de mbo-fase op de locatie Nijverdal van het ROC. Vanaf route-jaar 2 volgen de Leerlingen één dag per week onderwijs op de locatie van het ROC.

L: 8.2 | Het onderwijs wordt verzorgd door één docententeam, bestaande uit docenten van de School (vakken zorg en welzijn, Nederlands, maatschappijleer) en docenten van het ROC (pedagogiek, ontwikkelingspsychologie, spel en beweging). Voor de vakoverstijgende programmaonderdelen "Kind in beeld" en "Speelleeromgeving" wordt gebruikgemaakt van de teambevoegdheid, bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; voor elk programmaonderdeel is ten minste één bevoegde docent betrokken en het PTA/OER vermeldt de onderdelen waarin het team wordt ingezet.

L: 8.3 | Docenten van het ROC die in de vo-fase lesgeven, blijven in dienst van het ROC en worden voor de duur van hun inzet bij de School gedetacheerd op basis van een detacheringsovereenkomst. Partijen dragen zorg voor een gezamenlijk professionaliseringsplan van het docententeam.

L: 8.4 | Het ROC stelt zijn praktijkruimte "Kindlab" (een ingericht oefenkindcentrum met observatieruimte), zijn mediatheek en zijn digitale leeromgeving beschikbaar aan de Leerlingen vanaf route-jaar 1. De School stelt haar praktijklokaal zorg en welzijn en haar gymzaal beschikbaar voor lessen spel en beweging van het ROC. Het gebruik en de planning worden vastgelegd in het jaarplan.

H: Artikel 9 Inschrijving, begeleiding, verzuim en klachten

L: 9.1 | In de vo-fase staat de deelnemer als Leerling ingeschreven bij de School. Met ingang van route-jaar 3 wordt hij als Student bij het ROC ingeschreven. Een Student die het vmbo-diploma nog niet heeft behaald, blijft voor de resterende vo-activiteiten tevens bij de School geregistreerd.

L: 9.2 | De mentor van de School en de studieloopbaanbegeleider van het ROC werken in de vo-fase samen in de begeleiding; ondersteuning in het kader van passend onderwijs wordt in de vo-fase door de School en in de mbo-fase door het ROC geboden.

L: 9.3 | Verzuim wordt gemeld en opgevolgd door de Partij bij wie de deelnemer is ingeschreven.

L: 9.4 | De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van het bestuur en het personeel van de andere Partij in het kader van de Route. Een klacht die bij de School wordt ingediend over een docent van het ROC, wordt door de School behandeld; het ROC verleent daaraan zijn medewerking en draagt zorg voor eventuele maatregelen.

H: Artikel 10 Overstapoptie

L: 10.1 | De overstapoptie is van toepassing wanneer de deelname aan de Route eindigt voordat deze met succes is afgerond, alsmede wanneer een Leerling is afgewezen voor het eindexamen vmbo. Zij is niet van toepassing bij definitieve verwijdering.

L: 10.2 | Uitgangspunt is dat iedere Leerling of Student die de Route verlaat een passend vervolg krijgt dat leidt naar een vmbo-diploma of een mbo-diploma.

L: 10.3 | <b>Beëindiging in de vo-fase.</b> Bij beëindiging in route-jaar 1 of 2 wordt de opleiding voortgezet in de reguliere gemengde leerweg, profiel Zorg en welzijn, van de School, gericht op het behalen van het vmbo-diploma. Behaalde mbo-onderdelen worden in het studievoortgangsdossier vastgelegd, zodat bij latere instroom in het mbo vrijstelling kan worden verleend.

L: 10.4 | <b>Geen vmbo-diploma.</b> Is het vmbo-diploma aan het einde van route-jaar 3 niet behaald, dan staan open: voortzetting van de opleiding Pedagogisch medewerker kindcentrum, of instroom in de opleiding Pedagogisch medewerker kinderopvang (niveau 3) van het ROC. De vooropleidingseisen zijn daarbij niet van toepassing. De School biedt gelegenheid het eindexamen vmbo opnieuw af te leggen.

L: 10.5 | <b>Ander niveau.</b> Blijkt niveau 4 niet haalbaar, dan staat instroom open in een opleiding op niveau 3 in het domein Zorg en welzijn van het ROC, met behoud van de behaalde resultaten.

L: 10.6 | <b>Andere richting.</b> Bij de wens om een andere richting te volgen, staat een opleiding op vergelijkbaar niveau in een ander domein van het ROC open. Toelating tot een opleiding bij een andere instelling is mogelijk na een toelatingsonderzoek door die instelling.

L: 10.7 | <b>Verhuizing.</b> Bij verhuizing buiten de regio wordt een aansluitende opleiding gezocht bij een school of instelling in de nieuwe woonplaats.

L: 10.8 | <b>Overdracht.</b> Bij iedere overstap worden het leerlingdossier en het ontwikkelingsperspectief overgedragen; de mentor of de studieloopbaanbegeleider voert een overdrachtsgesprek met de ontvangende opleiding.

L: 10.9 | <b>Informatie.</b> De werkwijze bij een overstap wordt beschreven in de schoolgids van de School en de studiegids van het ROC.

H: Artikel 11 Overdracht van bekostiging

L: 11.1 | De School draagt met toepassing van artikel 5.42a WVO 2020 aan het ROC een bedrag over van € 1.320 per Leerling in route-jaar 2, berekend naar het aantal Leerlingen op 1 oktober van het betreffende schooljaar.

L: 11.2 | Het overgedragen bedrag is bestemd voor de inzet van docenten van het ROC in de vo-fase, bedoeld in artikel 8.3, en voor het gebruik van het Kindlab, bedoeld in artikel 8.4.

L: 11.3 | Het ROC factureert het bedrag in twee gelijke termijnen, per 1 december en per 1 april. Bijlage 2 bevat de financiële uitwerking. Voor het overige draagt iedere Partij haar eigen kosten.

H: Artikel 12 Kwaliteitszorg

Partijen nemen de Route op in hun kwaliteitszorgsystemen. Het Kernteam verzamelt jaarlijks de oordelen van Leerlingen, Studenten en leerbedrijven. Eens per vier jaar laten Partijen de Route door een externe deskundige doorlichten.

H: Artikel 13 Gegevensuitwisseling en privacy

Partijen wisselen uitsluitend de persoonsgegevens uit die nodig zijn voor de uitvoering van de Route, waaronder de gegevens voor de inschrijving, de begeleiding en de examinering. Zij zijn ieder zelfstandig verwerkingsverantwoordelijke en leggen de gegevensuitwisseling vast in een gegevensdelingsovereenkomst.

H: Artikel 14 Aansprakelijkheid en verzekering

Iedere Partij is aansprakelijk voor schade die voortvloeit uit haar eigen handelen of nalaten en draagt zorg voor een passende aansprakelijkheidsverzekering. Leerlingen die onderwijs volgen op de locatie van het ROC, zijn verzekerd via de collectieve ongevallenverzekering van de School.

H: Artikel 15 Medezeggenschap

L: 15.1 | Op de medezeggenschap zijn in de vo-fase de Wet medezeggenschap op scholen en in de mbo-fase hoofdstuk 8a van de Wet educatie en beroepsonderwijs en de Wet op de ondernemingsraden van toepassing.

L: 15.2 | Partijen kunnen, indien daartoe aanleiding bestaat, aanvullende afspraken maken over de inrichting van de medezeggenschap.

H: Artikel 16 Geschillen

L: 16.1 | Partijen spannen zich in geschillen over de uitvoering van deze overeenkomst in onderling overleg op te lossen. Een geschil wordt eerst voorgelegd aan de Stuurgroep.

L: 16.2 | Indien de Stuurgroep het geschil niet binnen vier weken heeft opgelost, legt iedere Partij het voor aan de voorzitters van de colleges van bestuur, die binnen vier weken bijeenkomen.

L: 16.3 | Leidt het bestuurlijk overleg niet binnen zes weken tot een oplossing, dan nemen Partijen deel aan mediation door een MfN-registermediator, die zij gezamenlijk aanwijzen.

L: 16.4 | Is het geschil binnen drie maanden na aanvang van de mediation niet opgelost, dan wordt het bij uitsluiting voorgelegd aan de bevoegde rechter van de rechtbank Overijssel, locatie Almelo.

L: 16.5 | Op deze overeenkomst is Nederlands recht van toepassing.

H: Artikel 17 Toetreding

L: 17.1 | Een andere school voor mavo of vbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden indien beide Partijen daarmee schriftelijk instemmen.

L: 17.2 | De toetreding geschiedt door ondertekening van een toetredingsverklaring door de toetreder en beide Partijen, waarin de toetreder deze overeenkomst aanvaardt en waarin zo nodig de Bijlagen worden aangepast. De toetreding gaat in op 1 augustus volgend op de ondertekening.

L: 17.3 | De toetreder en Partijen melden de deelname gezamenlijk aan de Minister door registratie in RIO.

L: 17.4 | Een toetreding laat de Route van Leerlingen en Studenten die al zijn ingestroomd ongemoeid.

H: Artikel 18 Wijziging

L: 18.1 | Wijzigingen van deze overeenkomst en van de Bijlagen zijn slechts geldig indien zij schriftelijk zijn overeengekomen en door beide colleges van bestuur zijn ondertekend.

L: 18.2 | Een wijziging die het programma of de examinering van een lopend cohort raakt, treedt niet eerder in werking dan bij het begin van het volgende schooljaar, tenzij de wijziging uitsluitend in het voordeel van de betrokken Leerlingen en Studenten is.

H: Artikel 19 Duur, opzegging en ontbinding

L: 19.1 | Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.

L: 19.2 | Iedere Partij kan deze overeenkomst schriftelijk en met redenen omkleed opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste achttien maanden.

L: 19.3 | Iedere Partij kan deze overeenkomst ontbinden indien de andere Partij tekortschiet in de nakoming van een wezenlijke verplichting en de tekortkoming niet binnen twee maanden na schriftelijke ingebrekestelling is hersteld, of indien de bekostiging van een Partij wordt beëindigd.

H: Artikel 20 Afbouw en bescherming van leerlingen en studenten

L: 20.1 | Na een opzegging of ontbinding worden geen nieuwe Leerlingen meer tot de Route toegelaten.

L: 20.2 | Leerlingen en Studenten die op de datum van beëindiging aan de Route deelnemen, ronden de Route af volgens het geldende PTA/OER. Partijen blijven de voor hen noodzakelijke personeel en faciliteiten inzetten en de overdracht van bekostiging, bedoeld in artikel 11, loopt naar rato door tot het laatste cohort de Route heeft verlaten.

L: 20.3 | Is afronding bij Partijen redelijkerwijs niet mogelijk, dan is artikel 10 van overeenkomstige toepassing.

H: Artikel 21 Slotbepalingen

L: 21.1 | Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige bepalingen van kracht en treden Partijen in overleg over een vervangende bepaling die zoveel mogelijk aansluit bij doel en strekking van de nietige bepaling.

L: 21.2 | Deze overeenkomst kan worden aangehaald als: Samenwerkingsovereenkomst DLR Pedagogisch werk Reggedal.

H: Ondertekening

Aldus overeengekomen en in tweevoud ondertekend te Nijverdal op 30 juni 2025.

SIG: handtekening

PB

H: Bijlage 1 Programma per route-jaar

TABLE: programma

H: Bijlage 2 Financiële uitwerking

TABLE: financien

M: De bedragen zijn gebaseerd op de begrotingen 2025-2026 van Partijen en worden jaarlijks met de jaarrapportage (artikel 6) geactualiseerd. Een actualisering die de bedragen per Leerling wijzigt, geschiedt volgens artikel 18.
"""

H192_TABLES = {
    "inhoud": {
        "widths": [85, 85],
        "rows": [
            ['Considerans', 'Artikel 13 Gegevensuitwisseling en privacy'],
            ['Artikel 1 Begripsbepalingen', 'Artikel 14 Aansprakelijkheid en verzekering'],
            ['Artikel 2 Doel en reikwijdte', 'Artikel 15 Medezeggenschap'],
            ['Artikel 3 Route, profiel en opleiding', 'Artikel 16 Geschillen'],
            ['Artikel 4 Betrokkenheid van het beroepenveld', 'Artikel 17 Toetreding'],
            ['Artikel 5 Leiding over de route', 'Artikel 18 Wijziging'],
            ['Artikel 6 Informatieverstrekking en verantwoording', 'Artikel 19 Duur, opzegging en ontbinding'],
            ['Artikel 7 Onderwijskundige inrichting', 'Artikel 20 Afbouw en bescherming van leerlingen en studenten'],
            ['Artikel 8 Personeel en faciliteiten', 'Artikel 21 Slotbepalingen'],
            ['Artikel 9 Inschrijving, begeleiding, verzuim en klachten', 'Ondertekening'],
            ['Artikel 10 Overstapoptie', 'Bijlage 1 Programma per route-jaar'],
            ['Artikel 11 Overdracht van bekostiging', 'Bijlage 2 Financiële uitwerking'],
            ['Artikel 12 Kwaliteitszorg', ''],
        ],
    },
    "handtekening": {
        "widths": [85, 85],
        "rows": [
            ["Stichting Voortgezet Onderwijs Reggedal", "Stichting Regionaal Opleidingencentrum Twente-Salland"],
            ["<br/><br/>_______________________________", "<br/><br/>_______________________________"],
            ["drs. B.J. Kamphuis<br/>voorzitter college van bestuur",
             "dr. I.M. Nijenhuis-Scholten<br/>voorzitter college van bestuur"],
        ],
    },
    "programma": {
        "widths": [24, 50, 50, 46],
        "rows": [
            ["Route-jaar", "Onderwijs", "Examinering", "Beroepspraktijk"],
            ["1 (leerjaar 3 vmbo)",
             "Algemene vakken gemengde leerweg; profielvak Zorg en welzijn; mbo-module Kind in beeld (observeren en signaleren)",
             "Schoolexamens vmbo volgens PTA; eerste mbo-beroepsgerichte toets observeren",
             "Maatschappelijke oriëntatiestage 20 uur; gastlessen"],
            ["2 (leerjaar 4 vmbo)",
             "Afronding vmbo; mbo-modules Speelleeromgeving en Ontwikkeling 0-4 jaar; één dag per week op het ROC",
             "Centraal examen vmbo; mbo-examen onderdeel Ontwikkelingsgericht werken",
             "Beroepsoriënterende stage van twee weken; levensechte opdracht"],
            ["3 (mbo-jaar 1)",
             "Mbo-programma Pedagogisch medewerker kindcentrum; keuzedeel Taalontwikkeling",
             "Mbo-examens kerntaak 1; herkansing vmbo-onderdelen voor zover nodig",
             "Bpv twee dagen per week bij een kindcentrum"],
            ["4 (mbo-jaar 2 en afronding)",
             "Verdieping kindcentrum en buitenschoolse opvang; keuzedeel Ouderbetrokkenheid",
             "Examens in de beroepspraktijk kerntaak 2 en 3; diplomering mbo niveau 4",
             "Bpv drie dagen per week; meebeoordeling door het beroepenveld"],
        ],
    },
    "financien": {
        "widths": [60, 35, 35, 40],
        "rows": [
            ["Post", "Bedrag per Leerling", "Begroot (20 Leerlingen)", "Bestemming"],
            ["Inzet ROC-docenten in route-jaar 2 (detachering)", "€ 1.050", "€ 21.000", "artikel 8.3"],
            ["Gebruik Kindlab in route-jaar 2", "€ 270", "€ 5.400", "artikel 8.4"],
            ["Totaal over te dragen door de School aan het ROC", "€ 1.320", "€ 26.400", "artikel 11"],
            ["Overige kosten (eigen personeel, eigen ruimtes, leermiddelen)", "-", "-",
             "ieder draagt eigen kosten"],
        ],
    },
}


@sample(192, "lang_juridisch_bijlagen_hellendoorn", "pdf",
        "Lange juridische overeenkomst (21 artikelen, inhoudsopgave, considerans, begrippen, twee "
        "bijlagen) van een onderwijsrechtbureau, PDF; Hellendoorn/Nijverdal, Z&W gl naar mbo-4 "
        "Pedagogisch medewerker kindcentrum; overstap uitvoerig maar zonder wie beslist, "
        "medezeggenschap alleen wet plus 'kunnen'",
        st("a=present b=present c=present d=present e=present f=weak g=present h=not_applicable "
           "i=present j=present"),
        {"a": "Artikel 3 Route, profiel en opleiding", "b": "Artikel 4 Betrokkenheid van het beroepenveld",
         "c": "Artikel 5 Leiding over de route", "d": "Artikel 6 Informatieverstrekking en verantwoording",
         "e": "Artikel 8 Personeel en faciliteiten", "g": "Artikel 11 Overdracht van bekostiging",
         "i": "Artikel 16 Geschillen", "j": "Artikel 20 Afbouw en bescherming van leerlingen en studenten"})
def build_h192(path):
    build_pdf(path, H192_TEXT, H192_TABLES, title="Samenwerkingsovereenkomst DLR Pedagogisch werk Reggedal",
              author="Bureau Onderwijsrecht Oost", font="Times-Roman", size=10.5,
              header="Samenwerkingsovereenkomst DLR Zorg en welzijn - Pedagogisch medewerker kindcentrum",
              footer="Reggedal College / ROC Twente-Salland - definitief 30 juni 2025", two_col_label=11)


# === END OF AGREEMENTS ===


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv if a.isdigit()] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample number %d" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
