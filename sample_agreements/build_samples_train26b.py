#!/usr/bin/env python3
"""Training samples 405-412 for leerroute-check (split: train).

Written by an independent helper session acting as author of labelled test data. The agreements were
composed from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie, shared/seeds/000 and 002), shared/domain.md and sample_agreements/LABELS.md only, without
looking at checker code, models, tests, benchmarks or the texts/build scripts of other samples. All
schools, instellingen, companies and people are made up.

Usage:
    python3 build_samples_train26b.py            build all samples
    python3 build_samples_train26b.py 405 409    build only those numbers
    python3 build_samples_train26b.py --check    open every produced file and verify it
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
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def add_sample(num, slug, fmt, description, statuses, evidence, text, **opts):
    assert 405 <= num <= 412 and num not in SAMPLES
    assert set(statuses) == set("abcdefghij")
    for k, v in evidence.items():
        assert statuses[k] == "present", (num, k)
    SAMPLES[num] = dict(num=num, name="%03d_%s" % (num, slug), fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, text=text, opts=opts)


def st(s):
    """'ppwpm...' -> statuses dict (p present, w weak, m missing, n not_applicable)."""
    m = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    assert len(s) == 10
    return {k: m[c] for k, c in zip("abcdefghij", s)}


# ----------------------------------------------------------------------------------------------
# A tiny markup shared by all renderers.
#   # Title            ## Heading            ### Subheading          - bullet item
#   ~ text             centred small line (parties' block, places)
#   {{cc|Label|text}}  Word content control holding a paragraph ('?' before text: placeholder shown)
#   {{box|p1 || p2}}   Word text box holding paragraphs p1, p2 ...
#   {{table|a;;b || c;;d}} table (first row is the header row)
#   %% text            signature line
#   otherwise          paragraph (consecutive lines are joined)
# ----------------------------------------------------------------------------------------------

def parse(text):
    blocks = []
    para = []

    def flush():
        if para:
            blocks.append(("p", " ".join(x.strip() for x in para)))
            del para[:]

    for raw in textwrap.dedent(text).strip("\n").split("\n"):
        line = raw.rstrip()
        s = line.strip()
        if not s:
            flush()
            continue
        if s.startswith("{{") and not s.endswith("}}"):
            para.append(s)
            continue
        if para and para[0].startswith("{{") and not para[0].endswith("}}"):
            para.append(s)
            if s.endswith("}}"):
                joined = " ".join(para)
                del para[:]
                blocks.append(macro(joined))
            continue
        if s.startswith("{{") and s.endswith("}}"):
            flush()
            blocks.append(macro(s))
        elif s.startswith("### "):
            flush(); blocks.append(("h3", s[4:]))
        elif s.startswith("## "):
            flush(); blocks.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush(); blocks.append(("title", s[2:]))
        elif s.startswith("- "):
            flush(); blocks.append(("li", s[2:]))
        elif s.startswith("~ "):
            flush(); blocks.append(("centre", s[2:]))
        elif s.startswith("%% "):
            flush(); blocks.append(("sig", s[3:]))
        else:
            para.append(s)
    flush()
    return blocks


def macro(s):
    inner = s[2:-2]
    kind, rest = inner.split("|", 1)
    if kind == "cc":
        label, body = rest.split("|", 1)
        return ("cc", label.strip(), body.strip())
    if kind == "box":
        return ("box", [x.strip() for x in rest.split("||")])
    if kind == "table":
        return ("table", [[c.strip() for c in row.split(";;")] for row in rest.split("||")])
    raise ValueError(s)


def plain_blocks(blocks):
    """Flatten macros into ordinary paragraphs (for PDF/TXT/MD renderers)."""
    out = []
    for b in blocks:
        if b[0] == "cc":
            out.append(("p", b[2].lstrip("?")))
        elif b[0] == "box":
            out.extend(("p", x) for x in b[1])
        elif b[0] == "table":
            out.extend(("p", " | ".join(row)) for row in b[1])
        else:
            out.append(b)
    return out


# ----------------------------------------------------------------------------------------------
# Renderers
# ----------------------------------------------------------------------------------------------

def render_txt(blocks, path, width=92):
    lines = []
    for b in plain_blocks(blocks):
        k, t = b[0], b[1]
        if k == "title":
            lines += [t.upper(), "=" * min(len(t), width), ""]
        elif k == "h2":
            lines += ["", t, "-" * min(len(t), width)]
        elif k == "h3":
            lines += [t]
        elif k == "li":
            lines += textwrap.wrap(t, width, initial_indent="  * ", subsequent_indent="    ")
        elif k == "centre":
            lines += [t.center(width).rstrip(), ""]
        elif k == "sig":
            lines += [t]
        else:
            lines += textwrap.wrap(t, width) + [""]
    txt = "\n".join(lines).rstrip() + "\n"
    txt = re.sub(r"\n{3,}", "\n\n", txt)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


def render_md(blocks, path):
    out = []
    for b in plain_blocks(blocks):
        k, t = b[0], b[1]
        if k == "title":
            out.append("# " + t)
        elif k == "h2":
            out.append("## " + t)
        elif k == "h3":
            out.append("### " + t)
        elif k == "li":
            out.append("- " + t)
        elif k == "centre":
            out.append("*" + t + "*")
        elif k == "sig":
            out.append(t + "  ")
        else:
            out.append(t)
    md = ""
    prev = None
    for line, b in zip(out, plain_blocks(blocks)):
        if prev is not None and not (b[0] == "li" and prev == "li") and not (b[0] == "sig" and prev == "sig"):
            md += "\n"
        md += line + "\n"
        prev = b[0]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


def _pdf_styles(base_size=10):
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=base_size,
                          leading=base_size * 1.35, spaceAfter=base_size * 0.55, alignment=TA_JUSTIFY)
    return {
        "title": ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=base_size + 5,
                                leading=(base_size + 5) * 1.25, alignment=TA_CENTER, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=base_size + 1,
                             leading=(base_size + 1) * 1.3, spaceBefore=8, spaceAfter=4, alignment=0,
                             keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName="Helvetica-BoldOblique", spaceBefore=4,
                             spaceAfter=2, alignment=0, keepWithNext=1),
        "p": body,
        "li": ParagraphStyle("li", parent=body, leftIndent=16, bulletIndent=5, spaceAfter=2),
        "centre": ParagraphStyle("c", parent=body, alignment=TA_CENTER, spaceAfter=3),
        "sig": ParagraphStyle("s", parent=body, alignment=0, spaceAfter=1),
    }


def render_pdf(blocks, path, header="", two_columns=False, base_size=10):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    FrameBreak, NextPageTemplate)
    styles = _pdf_styles(base_size)
    if two_columns:
        for k in ("p", "li"):
            styles[k].alignment = 0
    W, H = A4
    margin = 20 * mm

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if header:
            canvas.drawString(margin, H - 12 * mm, header)
        canvas.drawRightString(W - margin, 10 * mm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                          bottomMargin=margin, invariant=1, title="", author="", subject="",
                          creator="", producer="")
    full = Frame(margin, margin, W - 2 * margin, H - 2 * margin, id="full")
    story = []
    blocks = plain_blocks(blocks)
    if two_columns:
        gap = 7 * mm
        cw = (W - 2 * margin - gap) / 2
        # first page: title area on top, then two columns
        top_h = 38 * mm
        t_frame = Frame(margin, H - margin - top_h, W - 2 * margin, top_h, id="top")
        l1 = Frame(margin, margin, cw, H - 2 * margin - top_h, id="l1")
        r1 = Frame(margin + cw + gap, margin, cw, H - 2 * margin - top_h, id="r1")
        l2 = Frame(margin, margin, cw, H - 2 * margin, id="l2")
        r2 = Frame(margin + cw + gap, margin, cw, H - 2 * margin, id="r2")
        doc.addPageTemplates([PageTemplate("first", [t_frame, l1, r1], onPage=deco),
                              PageTemplate("later", [l2, r2], onPage=deco)])
        story.append(NextPageTemplate("later"))
        i = 0
        while i < len(blocks) and blocks[i][0] in ("title", "centre"):
            story.append(Paragraph(escape(blocks[i][1]), styles[blocks[i][0]]))
            i += 1
        story.append(FrameBreak())
        blocks = blocks[i:]
    else:
        doc.addPageTemplates([PageTemplate("one", [full], onPage=deco)])
    for b in blocks:
        k, t = b[0], b[1]
        if k == "li":
            story.append(Paragraph(escape(t), styles["li"], bulletText="\u2022"))
        elif k == "sig":
            story.append(Paragraph(escape(t), styles["sig"]))
        else:
            story.append(Paragraph(escape(t), styles[k]))
        if k == "title":
            story.append(Spacer(1, 4))
    doc.build(story)


def _docx_new():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st_ = d.styles["Normal"]
    st_.font.name = "Calibri"
    st_.font.size = Pt(10.5)
    return d


def _docx_para_xml(text, style=None):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    p = OxmlElement("w:p")
    if style:
        ppr = OxmlElement("w:pPr")
        ps = OxmlElement("w:pStyle")
        ps.set(qn("w:val"), style)
        ppr.append(ps)
        p.append(ppr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    p.append(r)
    return p


def _docx_add_cc(d, label, text, idx):
    """Block-level rich-text content control (w:sdt) holding one paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    placeholder = text.startswith("?")
    text = text.lstrip("?")
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), label); pr.append(alias)
    tag = OxmlElement("w:tag"); tag.set(qn("w:val"), re.sub(r"\W+", "_", label).strip("_").lower()); pr.append(tag)
    ident = OxmlElement("w:id"); ident.set(qn("w:val"), str(100000 + idx)); pr.append(ident)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    p = _docx_para_xml(text)
    if placeholder:
        rpr = OxmlElement("w:rPr")
        color = OxmlElement("w:color"); color.set(qn("w:val"), "808080"); rpr.append(color)
        p.find(qn("w:r")).insert(0, rpr)
    content.append(p)
    sdt.append(content)
    body = d.element.body
    body.insert(len(body) - 1, sdt)  # before sectPr


def _docx_add_box(d, paras, idx):
    """A paragraph holding a VML text box (w:pict/v:shape/v:textbox/w:txbxContent)."""
    from lxml import etree
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    V = "urn:schemas-microsoft-com:vml"
    inner = "".join(
        '<w:p xmlns:w="%s"><w:pPr><w:spacing w:after="80"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % (W, "<w:rPr><w:b/></w:rPr>" if i == 0 else "", escape(x)) for i, x in enumerate(paras))
    xml = ('<w:p xmlns:w="%s" xmlns:v="%s" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:r><w:pict><v:shape id="Tekstvak%d" o:spid="_x0000_s%d" type="#_x0000_t202" '
           'style="width:430pt;height:auto;mso-wrap-style:square;mso-position-horizontal:center" '
           'fillcolor="#f2f2f2" strokecolor="#7f7f7f"><v:textbox style="mso-fit-shape-to-text:t">'
           '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
           % (W, V, idx, 1025 + idx, inner))
    el = etree.fromstring(xml)
    body = d.element.body
    body.insert(len(body) - 1, el)


def render_docx(blocks, path, title=""):
    d = _docx_new()
    n_cc = 0
    n_box = 0
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=0)
        elif k == "h2":
            d.add_heading(b[1], level=1)
        elif k == "h3":
            d.add_heading(b[1], level=2)
        elif k == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "centre":
            from docx.enum.text import WD_ALIGN_PARAGRAPH
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "cc":
            n_cc += 1
            _docx_add_cc(d, b[1], b[2], n_cc)
        elif k == "box":
            n_box += 1
            _docx_add_box(d, b[1], n_box)
        elif k == "table":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    tb.cell(i, j).text = cell
                    if i == 0:
                        for r in tb.cell(i, j).paragraphs[0].runs:
                            r.bold = True
        else:
            d.add_paragraph(b[1])
    cp = d.core_properties
    cp.author = "Afdeling Bestuurszaken"
    cp.last_modified_by = "Afdeling Bestuurszaken"
    cp.title = title
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
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ----------------------------------------------------------------------------------------------
# Build and check
# ----------------------------------------------------------------------------------------------

def out_path(s):
    return os.path.join(HERE, s["name"] + "." + s["fmt"])


def expected(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(s):
    blocks = parse(s["text"])
    p = out_path(s)
    o = s["opts"]
    if s["fmt"] == "pdf":
        render_pdf(blocks, p, header=o.get("header", ""), two_columns=o.get("two_columns", False),
                   base_size=o.get("base_size", 10))
    elif s["fmt"] == "docx":
        render_docx(blocks, p, title=o.get("title", ""))
    elif s["fmt"] == "txt":
        render_txt(blocks, p)
    elif s["fmt"] == "md":
        render_md(blocks, p)
    else:
        raise ValueError(s["fmt"])
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(p))


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
        docx.Document(path)  # must open
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        text = []
        for p in paras:
            text.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
        import html
        return html.unescape("\n".join(text)), None
    with open(path, encoding="utf-8") as f:
        t = f.read()
    return t, None


def norm(t):
    t = t.replace("\u00ad", "").replace("\ufffe", "").replace("\u2002", " ")
    return re.sub(r"\s+", " ", t).strip()


def check():
    ok = True
    fmts = {}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        p = out_path(s)
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        if not os.path.exists(p):
            print("MISSING", p); ok = False; continue
        size = os.path.getsize(p)
        if size >= 200 * 1024:
            print("TOO BIG", p, size); ok = False
        text, pages = extract(p)
        nt = norm(text)
        for k, ev in s["evidence"].items():
            if norm(ev) not in nt:
                print("EVIDENCE NOT FOUND", s["name"], k, repr(ev)); ok = False
        ej = os.path.join(HERE, s["name"] + ".expected.json")
        with open(ej, encoding="utf-8") as f:
            got = json.load(f)
        if got != expected(s):
            print("EXPECTED.JSON DIFFERS", ej); ok = False
        words = len(nt.split())
        stat = "".join({"present": "p", "weak": "w", "missing": "m", "not_applicable": "n"}[s["statuses"][k]]
                       for k in "abcdefghij")
        print("ok  %-55s %5d words %s pages %s %6d B" % (os.path.basename(p), words, pages or "-", stat, size))
    print("formats:", fmts)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] or sorted(SAMPLES)
    for n in nums:
        build(SAMPLES[n])


# ==== SAMPLES ====

add_sample(
    405, "advocatencontract_voorbehouden_twente_elektro", "pdf",
    "Advocatencontract in artikelvorm met veel voorbehouden ('met dien verstande dat'), lang (6 pagina's), "
    "PDF; Oost-Twente, PIE kader -> mbo-3 eerste monteur elektrotechnische installaties; volledig compliant, "
    "overdracht bekostiging met bedrag per deelnemer en bestemming, aanvullende medezeggenschap.",
    st("pppppppppp"),
    {"a": "Artikel 2 Onderwerp en reikwijdte", "b": "Artikel 3 Inbreng van het werkveld",
     "c": "Artikel 4 Regiegroep", "d": "Artikel 5 Informatievoorziening en rekenschap",
     "e": "Artikel 6 Inrichting van het onderwijs",
     "f": "Artikel 9 Beëindiging van de deelname en overstap", "g": "Artikel 10 Financiële bepalingen",
     "h": "Artikel 11 Medezeggenschap", "i": "Artikel 12 Geschillen",
     "j": "Artikel 14 Duur, opzegging en ontbinding"},
    """
    # Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Elektrotechniek Oost-Twente

    ~ Definitieve tekst d.d. 12 juni 2025, opgesteld door Brinkhuis Oude Egberink Advocaten, Enschede

    ## DE ONDERGETEKENDEN

    1. De stichting Stichting Openbaar Voortgezet Onderwijs Oost-Twente, statutair gevestigd te Oldenzaal,
    kantoorhoudende aan de Kloosterlaan 14, 7571 BK Oldenzaal, ingeschreven in het handelsregister van de
    Kamer van Koophandel onder nummer 41029876, in haar hoedanigheid van bevoegd gezag van het Bossinkcollege,
    school voor vbo en mavo, rechtsgeldig vertegenwoordigd door mr. drs. H.J. Wolters, voorzitter van het
    college van bestuur, hierna te noemen: "de School";

    2. De stichting Stichting Regionaal Opleidingencentrum Dinkelborgh, statutair gevestigd te Hengelo,
    kantoorhoudende aan de Industrieweg 210, 7554 TN Hengelo, ingeschreven in het handelsregister van de
    Kamer van Koophandel onder nummer 41031455, in haar hoedanigheid van bevoegd gezag van een instelling
    voor beroepsonderwijs als bedoeld in de Wet educatie en beroepsonderwijs, rechtsgeldig vertegenwoordigd
    door ing. A.M. Schuttenbelt MBA, voorzitter van het college van bestuur, hierna te noemen: "het ROC";

    de School en het ROC hierna gezamenlijk te noemen: "Partijen" en ieder afzonderlijk: "Partij".

    ## IN AANMERKING NEMENDE DAT:

    A. Partijen sedert het schooljaar 2019-2020 samenwerken bij de aansluiting tussen het beroepsgerichte
    vmbo en het middelbaar beroepsonderwijs in de installatietechniek;

    B. Partijen voornemens zijn met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende leerroute
    vmbo-mbo te verzorgen als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 (hierna: WVO 2020)
    en artikel 9.1.2 van de Wet educatie en beroepsonderwijs (hierna: WEB);

    C. een zodanige leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB slechts kan worden
    verzorgd op grond van een samenwerkingsovereenkomst tussen de betrokken bevoegde gezagsorganen;

    D. Partijen hun rechten en verplichtingen met betrekking tot die leerroute in deze overeenkomst wensen
    vast te leggen;

    ## VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:

    ## Artikel 1 Begrippen

    In deze overeenkomst en de daarbij behorende bijlagen wordt verstaan onder:

    - Route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2;
    - vo-fase: de eerste twee leerjaren van de Route, waarin de Deelnemer als leerling bij de School staat ingeschreven;
    - mbo-fase: het derde en de volgende leerjaren van de Route, waarin de Deelnemer als student bij het ROC staat ingeschreven;
    - Deelnemer: de leerling of student die aan de Route deelneemt;
    - Regiegroep: het orgaan, bedoeld in artikel 4;
    - Routeplan: het door de Besturen vastgestelde document waarin het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar van de Route zijn beschreven (gezamenlijk PTA/OER);
    - Besturen: de colleges van bestuur van Partijen;
    - Werkveldraad: de raad, bedoeld in artikel 3.

    ## Artikel 2 Onderwerp en reikwijdte

    2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde leerjaar van de
    kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie (PIE), van de School en die
    aansluit op en uitmondt in de vakopleiding Eerste monteur elektrotechnische installaties in de woning en
    utiliteit, niveau 3, beroepsopleidende leerweg, van het ROC.

    2.2 De Route omvat in beginsel vijf leerjaren, waarvan twee in de vo-fase en drie in de mbo-fase, met dien
    verstande dat een Deelnemer die daartoe naar het oordeel van de Regiegroep in staat is de mbo-fase in twee
    leerjaren kan doorlopen.

    2.3 De Route leidt tot het diploma vmbo kaderberoepsgerichte leerweg, profiel PIE, en tot het diploma van de
    in lid 1 genoemde vakopleiding.

    2.4 Partijen melden de Route vóór 1 oktober 2025 gezamenlijk aan de minister van Onderwijs, Cultuur en
    Wetenschap door registratie in het Register Instellingen en Opleidingen (RIO), met dien verstande dat ieder
    van Partijen zorg draagt voor de eigen registratie.

    2.5 Het Routeplan voor de eerste lichting wordt als bijlage 1 aan deze overeenkomst gehecht en maakt
    daarvan deel uit.

    ## Artikel 3 Inbreng van het werkveld

    3.1 Partijen stellen voor de Route een Werkveldraad Elektro Oost-Twente in. Daarin hebben zitting: een
    vertegenwoordiger van elk van de erkende leerbedrijven Elektrotechniek Morsink B.V. te Denekamp,
    Installatiebedrijf Ter Haar en Zonen B.V. te Losser en Smart Grid Services Twente B.V. te Hengelo, alsmede
    een adviseur praktijkleren van de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB). Partijen
    kunnen in onderling overleg andere leerbedrijven uitnodigen zitting te nemen.

    3.2 De leerbedrijven die in de Werkveldraad zitting hebben, verbinden zich jegens Partijen, blijkens de als
    bijlage 2 gehechte deelnameverklaringen, om:

    - jaarlijks vóór 1 maart schriftelijk advies uit te brengen over het Routeplan voor het volgende schooljaar, in het bijzonder over de keuzedelen en de aansluiting op de regionale arbeidsmarkt;
    - in elk leerjaar van de vo-fase ten minste twee bedrijfsbezoeken en vier gastlessen te verzorgen;
    - praktijkopdrachten aan te leveren voor het beroepsgerichte programma PIE;
    - in de mbo-fase gezamenlijk ten minste twaalf bpv-plaatsen per lichting beschikbaar te stellen, met dien verstande dat het ROC verantwoordelijk blijft voor de toewijzing van Deelnemers aan leerbedrijven;
    - op verzoek van het ROC als tweede beoordelaar deel te nemen aan de afname van de proeve van bekwaamheid.

    3.3 De Werkveldraad vergadert ten minste tweemaal per schooljaar. De routecoördinator treedt op als
    secretaris. Het advies van de Werkveldraad is niet bindend, met dien verstande dat de Regiegroep
    gemotiveerd aangeeft waarom zij van een advies afwijkt.

    ## Artikel 4 Regiegroep

    4.1 De leiding over de Route berust bij een Regiegroep, die bestaat uit (a) de afdelingsleider bovenbouw
    kaderberoepsgerichte leerweg van de School, (b) de teamleider Elektrotechniek van het ROC en (c) de
    routecoördinator.

    4.2 De leden onder (a) en (b) hebben uit hoofde van hun functie zitting in de Regiegroep. De
    routecoördinator wordt door de Besturen gezamenlijk aangewezen voor een termijn van drie schooljaren, op
    voordracht van de leden onder (a) en (b); herbenoeming is eenmaal mogelijk. De Besturen kunnen de
    aanwijzing gezamenlijk intrekken.

    4.3 De Besturen dragen aan de Regiegroep de volgende taken en bevoegdheden op:

    - het opstellen van het ontwerp van het Routeplan en het jaarlijks ter vaststelling aanbieden daarvan aan de Besturen;
    - de verdeling van de in artikel 6 bedoelde personele inzet over de leerjaren en het vaststellen van het rooster;
    - het besluiten over de plaatsing van leerlingen in de Route aan het einde van het tweede leerjaar van de School;
    - het besluiten over een overstap overeenkomstig artikel 9;
    - het beheer en de besteding van het routebudget, bedoeld in artikel 10.

    4.4 De Regiegroep is niet bevoegd tot het aangaan van verplichtingen ten laste van een Partij boven een
    bedrag van EUR 10.000 per geval, tot besluiten over benoeming, schorsing of ontslag van personeel, noch tot
    het wijzigen van deze overeenkomst; deze bevoegdheden blijven bij de Besturen onderscheidenlijk de
    werkgever.

    4.5 De Regiegroep besluit bij consensus. Indien consensus ontbreekt, wordt het onderwerp voorgelegd aan de
    Besturen, met dien verstande dat de lopende uitvoering van het onderwijs in afwachting daarvan niet wordt
    onderbroken.

    ## Artikel 5 Informatievoorziening en rekenschap

    5.1 De Regiegroep verstrekt de Besturen gevraagd en ongevraagd alle inlichtingen die zij voor de
    uitoefening van hun verantwoordelijkheid voor de Route nodig hebben.

    5.2 De Regiegroep zendt beide Besturen na afloop van ieder kwartaal een beknopte voortgangsrapportage,
    bevattende ten minste de in-, door- en uitstroom van Deelnemers, het verzuim, de gerealiseerde personele
    inzet en de stand van het routebudget.

    5.3 De Regiegroep legt jaarlijks vóór 1 november verantwoording af over het voorafgaande schooljaar door
    middel van een jaarverslag aan beide Besturen, dat een inhoudelijke evaluatie, de examenresultaten, de
    adviezen van de Werkveldraad en een financiële verantwoording van het routebudget bevat. Het jaarverslag
    wordt besproken in een bestuurlijk overleg dat in de maand november plaatsvindt, met dien verstande dat het
    financiële deel voorafgaand door de controllers van beide Partijen wordt getoetst.

    ## Artikel 6 Inrichting van het onderwijs

    6.1 Het onderwijs in de vo-fase wordt verzorgd op de locatie van de School aan de Lutterstraat te Oldenzaal,
    met dien verstande dat de Deelnemers in het tweede leerjaar van de Route een dag per week onderwijs volgen
    in de werkplaats Elektrotechniek van het ROC te Hengelo. Het onderwijs in de mbo-fase wordt verzorgd op de
    locatie van het ROC te Hengelo en bij de leerbedrijven.

    6.2 Het Routeplan beschrijft voor de gehele Route per leerjaar het onderwijsprogramma, de examinering en de
    beroepspraktijkvorming, en geeft daarbij aan welke onderdelen tot het vmbo-programma, welke tot het
    mbo-programma en welke tot beide behoren. De Besturen stellen het Routeplan jaarlijks vóór 1 juli vast voor
    het daaropvolgende schooljaar.

    6.3 De School zet voor de Route haar docenten PIE en de docenten van de algemeen vormende vakken in. Het ROC
    zet twee docenten elektrotechniek in voor gezamenlijk acht lesuren per week in het tweede leerjaar van de
    Route. Deze docenten vormen samen één routeteam. Partijen maken voor de vakoverstijgende praktijkmodules
    "Installeren in de woning" en "Duurzame energie" gebruik van de teambevoegdheid, bedoeld in artikel 7.13a
    WVO 2020 en artikel 9.1.12 WEB; het Routeplan vermeldt in welke onderdelen dat gebeurt, met dien verstande
    dat voor ieder programmaonderdeel ten minste één daartoe bevoegde docent bij het team is betrokken. Ieder
    personeelslid blijft in dienst van de eigen werkgever, die het werkgeversgezag behoudt.

    6.4 Het ROC stelt zijn werkplaats Elektrotechniek en het domoticalab, met inbegrip van gereedschap en
    meetapparatuur, beschikbaar voor het onderwijs aan Deelnemers in de vo-fase. De School stelt haar
    PIE-praktijklokaal en theorielokalen beschikbaar aan de docenten van het ROC. Het gebruik is over en weer
    kosteloos, met dien verstande dat de kosten van verbruiksmaterialen worden gedragen uit de middelen,
    bedoeld in artikel 10.

    6.5 De School is verantwoordelijk voor de inschrijving, het verzuim en de leerlingbegeleiding in de
    vo-fase; het ROC is daarvoor verantwoordelijk in de mbo-fase.

    ## Artikel 7 Examinering en diplomering

    7.1 De School draagt de verantwoordelijkheid voor de examinering en diplomering van het vmbo-deel. Het
    centraal examen wordt afgenomen in het tweede leerjaar van de Route, met dien verstande dat de School één of
    meer vakken in het eerste leerjaar kan laten afsluiten.

    7.2 Het ROC draagt de verantwoordelijkheid voor de examinering en diplomering van het mbo-deel; de
    examencommissie van het ROC is bevoegd ten aanzien van de mbo-examens, ook wanneer die in de vo-fase worden
    afgenomen.

    ## Artikel 8 Klachten

    8.1 De klachtenregeling van ieder van Partijen is mede van toepassing op gedragingen van het bestuur en het
    personeel van de andere Partij die verband houden met de Route. De andere Partij verleent haar medewerking
    aan de behandeling van zodanige klachten.

    8.2 De voorzitter van een klachtencommissie die een klacht behandelt, is niet werkzaam bij of voor de
    andere Partij.

    ## Artikel 9 Beëindiging van de deelname en overstap

    9.1 Een Deelnemer wiens deelname aan de Route eindigt voordat hij deze met goed gevolg heeft afgerond,
    wordt door Partijen in staat gesteld een vmbo-diploma of een mbo-diploma te behalen op een niveau dat
    overeenstemt met het door hem bereikte onderwijsniveau en met zijn leeftijd.

    9.2 Welk alternatief passend is, wordt beoordeeld door de afdelingsleider van de School en de teamleider
    van het ROC gezamenlijk, na een gesprek met de Deelnemer en, indien hij minderjarig is, met zijn ouders of
    verzorgers. De Regiegroep stelt op basis van dat gezamenlijke oordeel het alternatief vast. Daarbij gelden
    de volgende kaders:

    - bij beëindiging in de vo-fase zet de Deelnemer zijn opleiding voort in de reguliere kaderberoepsgerichte leerweg, profiel PIE of een ander profiel van de School, gericht op het behalen van het vmbo-diploma, waarna hij op de gebruikelijke wijze tot het mbo kan worden toegelaten;
    - heeft de Deelnemer aan het einde van het derde leerjaar van de Route het vmbo-diploma niet behaald, dan kan hij bij het ROC de vakopleiding voortzetten of instromen in een andere opleiding op niveau 2 of 3 die bij het bereikte niveau past, met dien verstande dat de vooropleidingseisen hem daarbij niet worden tegengeworpen; de School biedt hem daarnaast de gelegenheid het vmbo-examen opnieuw af te leggen;
    - blijkt de richting niet bij de Deelnemer te passen, dan wordt hem een opleiding op vergelijkbaar niveau in een andere richting aangeboden, binnen het ROC of, indien de Deelnemer dat wenst, bij een andere instelling in de regio; Partijen ondersteunen hem in dat geval bij het toelatingsonderzoek van die instelling;
    - blijkt niveau 3 te hoog gegrepen, dan kan de Deelnemer overstappen naar de basisberoepsopleiding Monteur elektrotechnische installaties, niveau 2, van het ROC.

    9.3 De overstap gaat gepaard met een warme overdracht van het leerlingdossier. Partijen nemen een
    uitwerking van deze kaders op in de schoolgids van de School en de studiegids van het ROC, met dien
    verstande dat bij strijdigheid het bepaalde in dit artikel voorgaat.

    ## Artikel 10 Financiële bepalingen

    10.1 Ieder van Partijen ontvangt de rijksbijdrage voor de Deelnemers die bij haar staan ingeschreven: de
    School in de vo-fase, het ROC in de mbo-fase.

    10.2 De School draagt met toepassing van artikel 5.42a WVO 2020 aan het ROC een bedrag over van EUR 1.275
    per Deelnemer per leerjaar van de vo-fase, berekend naar het aantal op 1 oktober ingeschreven Deelnemers.
    Het over te dragen bedrag is bestemd voor de vergoeding van de inzet van de docenten van het ROC, bedoeld in
    artikel 6.3, en voor het gebruik van de werkplaats en de verbruiksmaterialen, bedoeld in artikel 6.4
    (samen: het routebudget).

    10.3 De School voldoet het bedrag in twee gelijke termijnen, vóór 1 december en vóór 1 april van het
    betrokken schooljaar, met dien verstande dat een onderbesteding die uit de jaarlijkse verantwoording,
    bedoeld in artikel 5.3, blijkt, wordt verrekend met de eerstvolgende termijn.

    10.4 Het ROC draagt geen bekostiging over aan de School.

    ## Artikel 11 Medezeggenschap

    11.1 Op de Deelnemers in de vo-fase, hun ouders en het personeel van de School is de Wet medezeggenschap op
    scholen van toepassing; op de Deelnemers in de mbo-fase, hun ouders en het personeel van het ROC de WEB
    onderscheidenlijk de Wet op de ondernemingsraden.

    11.2 In aanvulling daarop komen Partijen overeen dat (a) een door de Deelnemers in de vo-fase gekozen
    Deelnemer als volwaardig lid zitting neemt in de studentenraad van het college Techniek van het ROC, (b) de
    medezeggenschapsraad van de School en de studentenraad van het ROC ten minste eenmaal per schooljaar
    gezamenlijk met de Regiegroep overleggen over de Route, en (c) het ontwerp van het Routeplan vóór de
    vaststelling aan beide raden voor advies wordt voorgelegd.

    ## Artikel 12 Geschillen

    12.1 Een geschil tussen Partijen over de uitleg of uitvoering van deze overeenkomst wordt eerst in de
    Regiegroep besproken.

    12.2 Is het geschil niet binnen vier weken nadat een Partij het schriftelijk heeft aangekaart opgelost, dan
    wordt het voorgelegd aan een bestuurlijk overleg van de voorzitters van de Besturen.

    12.3 Leidt het bestuurlijk overleg niet binnen zes weken tot overeenstemming, dan trachten Partijen het
    geschil op te lossen door mediation volgens het reglement van de Mediatorsfederatie Nederland, met een door
    Partijen gezamenlijk aan te wijzen mediator.

    12.4 Is het geschil niet binnen drie maanden na aanvang van de mediation opgelost, dan is uitsluitend de
    bevoegde rechter van de Rechtbank Overijssel, locatie Almelo, bevoegd, met dien verstande dat iedere Partij
    steeds bevoegd is een voorlopige voorziening te vragen.

    ## Artikel 13 Toetreding

    13.1 Een ander bevoegd gezag van een school voor vbo of mavo die het profiel PIE aanbiedt, of van een
    instelling voor beroepsonderwijs die een in artikel 2.1 bedoelde of verwante opleiding verzorgt, kan tot
    deze overeenkomst toetreden met schriftelijke instemming van Partijen, door ondertekening van een
    toetredingsverklaring waarin het toetredende bevoegd gezag alle rechten en verplichtingen uit deze
    overeenkomst aanvaardt.

    13.2 De toetreding gaat in bij de aanvang van een schooljaar en laat het lopende Routeplan onverlet, met
    dien verstande dat de plaatsing, het programma en de begeleiding van de Deelnemers die reeds aan de Route
    deelnemen door de toetreding niet worden gewijzigd. Het toetredende bevoegd gezag verzorgt de eigen melding
    in RIO.

    ## Artikel 14 Duur, opzegging en ontbinding

    14.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.

    14.2 Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van enig jaar,
    met inachtneming van een opzegtermijn van twaalf maanden, met dien verstande dat na de opzegging geen nieuwe
    Deelnemers meer tot de Route worden toegelaten en dat Deelnemers die op de datum van opzegging aan de Route
    deelnemen de Route onder de voorwaarden van deze overeenkomst kunnen voltooien; de overeenkomst blijft
    voor hen van kracht tot zij de Route hebben afgerond of overeenkomstig artikel 9 zijn overgestapt.

    14.3 Iedere Partij kan deze overeenkomst buitengerechtelijk ontbinden indien de andere Partij tekortschiet
    in de nakoming van een wezenlijke verplichting en die tekortkoming niet binnen zestig dagen na schriftelijke
    ingebrekestelling heeft hersteld, of indien de bekostiging van een Partij voor de Route wordt beëindigd.
    De ontbinding heeft geen terugwerkende kracht en laat de verplichtingen jegens reeds ingestroomde
    Deelnemers onverlet; zo nodig dragen Partijen gezamenlijk zorg voor een overstap overeenkomstig artikel 9.

    14.4 De artikelen 9, 14.2 en 14.3 blijven na het einde van deze overeenkomst van kracht voor zover dat ter
    bescherming van Deelnemers nodig is.

    ## Artikel 15 Wijziging

    15.1 Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door beide Besturen ondertekende
    akte. Aanpassingen van het Routeplan binnen de kaders van deze overeenkomst gelden niet als wijziging.

    15.2 Een wijziging die gevolgen heeft voor Deelnemers gaat in bij de aanvang van een schooljaar en is niet
    van toepassing op Deelnemers in het laatste leerjaar van de Route, tenzij de wijziging uitsluitend in hun
    voordeel is.

    ## Artikel 16 Aansprakelijkheid en verzekering

    16.1 Ieder van Partijen is aansprakelijk voor schade die voortvloeit uit handelen of nalaten van het eigen
    personeel en draagt zorg voor een adequate verzekering tegen wettelijke aansprakelijkheid, die mede dekking
    biedt voor Deelnemers tijdens het onderwijs op haar locatie.

    16.2 Aansprakelijkheid van een Partij jegens de andere Partij voor indirecte schade is uitgesloten, behoudens
    opzet of bewuste roekeloosheid.

    ## Artikel 17 Persoonsgegevens

    17.1 Partijen verwerken persoonsgegevens van Deelnemers uitsluitend voor zover dat voor de uitvoering van
    deze overeenkomst noodzakelijk is en met inachtneming van de Algemene verordening gegevensbescherming.
    Ieder van Partijen is zelfstandig verwerkingsverantwoordelijke.

    17.2 De overdracht van gegevens bij de overgang van de vo-fase naar de mbo-fase en bij een overstap
    geschiedt via het overstapdossier, met dien verstande dat de Deelnemer en, indien hij minderjarig is, zijn
    ouders daarover vooraf worden geïnformeerd.

    ## Artikel 18 Slotbepalingen

    18.1 Op deze overeenkomst is Nederlands recht van toepassing.

    18.2 Indien een bepaling van deze overeenkomst nietig blijkt of wordt vernietigd, blijven de overige
    bepalingen van kracht; Partijen vervangen de betrokken bepaling door een geldige bepaling die zoveel mogelijk
    aansluit bij doel en strekking van de oorspronkelijke.

    18.3 De bijlagen maken deel uit van deze overeenkomst. Bij strijdigheid gaat de tekst van de overeenkomst
    voor.

    Bijlagen: 1. Routeplan lichting 2025-2026; 2. Deelnameverklaringen leerbedrijven Werkveldraad.

    Aldus overeengekomen en in tweevoud opgemaakt en ondertekend.

    %% Stichting Openbaar Voortgezet Onderwijs Oost-Twente
    %% Oldenzaal, 19 juni 2025
    %% mr. drs. H.J. Wolters, voorzitter college van bestuur
    %% Stichting Regionaal Opleidingencentrum Dinkelborgh
    %% Hengelo, 19 juni 2025
    %% ing. A.M. Schuttenbelt MBA, voorzitter college van bestuur
    """,
    header="Samenwerkingsovereenkomst DLR Elektrotechniek Oost-Twente | definitief 12-06-2025 | paraaf: ____ / ____",
)

add_sample(
    406, "invulvelden_word_walcheren_matroos", "docx",
    "Word-invulmodel met inhoudsbesturingselementen (content controls), Walcheren, M&T basis -> mbo-2 matroos "
    "binnenvaart; gebreken: bedrijfsleven alleen in de overwegingen (b missing), verantwoordingsveld en "
    "medezeggenschapsveld nog met placeholdertekst (d en h weak).",
    st("pmpwpppwpp"),
    {"a": "1. De doorlopende leerroute", "c": "2. Leiding van de route",
     "e": "4. Inrichting van het onderwijs", "f": "5. Als een leerling de route verlaat",
     "g": "6. Financiën", "i": "8. Geschillen", "j": "9. Nieuwe partners, wijziging en einde"},
    """
    # Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo

    ~ Invulmodel Stichting PCVO Walcheren, versie 2025-1. Grijze velden zijn invulvelden.

    ## Partijen

    {{cc|Bevoegd gezag school|Stichting Protestants-Christelijk Voortgezet Onderwijs Walcheren, gevestigd te Middelburg, bevoegd gezag van het Veerse Poort College, school voor vbo en mavo te Vlissingen, vertegenwoordigd door mevrouw drs. E. Dieleman, bestuurder, hierna: de school}}

    {{cc|Bevoegd gezag instelling|Stichting Regionaal Opleidingencentrum Westerschelde, gevestigd te Vlissingen, voor haar Scheepvaart- en Havenschool, vertegenwoordigd door de heer ir. P. Verhulst, voorzitter van het college van bestuur, hierna: het ROC}}

    ## Overwegingen

    Partijen overwegen dat:

    - in de Zeeuwse Delta een structureel tekort bestaat aan gekwalificeerde matrozen en schippers in de binnenvaart;
    - de regionale binnenvaartondernemers en havenbedrijven de ontwikkeling van deze route van harte ondersteunen en hebben laten weten bij de uitvoering ervan betrokken te willen zijn;
    - partijen leerlingen een ononderbroken leerweg van vmbo naar mbo willen bieden, zonder overlap in lesstof.

    Partijen komen het volgende overeen.

    ## 1. De doorlopende leerroute

    Welk profiel en welke mbo-opleiding(en):

    {{cc|Route|De route begint in het derde leerjaar van de basisberoepsgerichte leerweg, profiel Maritiem en techniek, van de school en loopt door in de basisberoepsopleiding Matroos binnenvaart, niveau 2, beroepsopleidende leerweg, van de Scheepvaart- en Havenschool van het ROC. De route duurt vier leerjaren: twee leerjaren vo-fase en twee leerjaren mbo-fase. Een deelnemer behaalt het vmbo-diploma basisberoepsgerichte leerweg en het mbo-diploma Matroos binnenvaart.}}

    ## 2. Leiding van de route

    Samenstelling, benoeming, taken en bevoegdheden:

    {{cc|Leiding|De route wordt geleid door een kernteam van drie personen: de teamleider bovenbouw basis-kader van de school, de opleidingsmanager Binnenvaart van het ROC en een routecoördinator. De teamleider en de opleidingsmanager worden door hun eigen bestuurder in het kernteam benoemd; de routecoördinator wordt door beide bestuurders samen benoemd voor twee schooljaren. Het kernteam stelt het rooster vast, verdeelt de docenten over de route, beslist over de toelating van leerlingen tot de route en over een overstap (zie onder 5), en beheert het materiaalbudget van de route. Besluiten over personeel, de begroting van partijen en wijziging van deze overeenkomst blijven voorbehouden aan de bestuurders.}}

    ## 3. Verantwoording door het kernteam

    Hoe het kernteam de besturen informeert en verantwoording aflegt:

    {{cc|Verantwoording|?Beschrijf hier hoe en hoe vaak het kernteam de besturen informeert en verantwoording aflegt (vorm, frequentie, aan wie).}}

    ## 4. Inrichting van het onderwijs

    Locatie(s):

    {{cc|Locaties|In de vo-fase volgen de leerlingen hun lessen in het gebouw van de school aan de Paul Krugerstraat te Vlissingen; in het tweede leerjaar van de route gaan zij twee dagdelen per week naar het ROC. De mbo-fase wordt verzorgd op de locatie Scheldekade van het ROC te Vlissingen.}}

    Gebruik van faciliteiten:

    {{cc|Faciliteiten|Het ROC stelt de stuurhuissimulator, de motorenwerkplaats en het lesschip Walcheren III beschikbaar voor de lessen in de vo-fase, inclusief reddingsvesten en andere persoonlijke beschermingsmiddelen. De school stelt haar metaalwerkplaats en het M&T-lokaal beschikbaar voor lessen die docenten van het ROC daar geven. Over en weer wordt hiervoor niets in rekening gebracht.}}

    Inzet van personeel:

    {{cc|Personeel|De school zet haar docenten Maritiem en techniek en de docenten van de algemene vakken in. Het ROC zet in het tweede leerjaar van de route een docent nautische vakken in voor zes lesuren per week. Voor de vakoverstijgende module Veilig werken aan boord werken zij als één team met teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); in elk onderdeel is een bevoegde docent betrokken. Iedere docent blijft in dienst van de eigen werkgever.}}

    Programma en examinering:

    {{cc|Programma|Partijen stellen samen een PTA/OER op waarin per leerjaar het programma en de examinering staan en waarin zichtbaar is welke onderdelen vmbo, mbo of gecombineerd zijn. De bestuurders stellen dit document jaarlijks vóór 1 juli vast. Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de route. De school is verantwoordelijk voor de vmbo-examens, het ROC voor de mbo-examens.}}

    ## 5. Als een leerling de route verlaat

    Welke mogelijkheden een leerling heeft die de route niet afmaakt:

    {{cc|Overstapoptie|Een leerling die de route niet kan of wil afmaken, krijgt altijd een andere weg naar een diploma. Stopt hij in de vo-fase, dan gaat hij verder in de reguliere basisberoepsgerichte leerweg van de school, in hetzelfde of een ander profiel, en haalt hij daar zijn vmbo-diploma. Stopt hij in de mbo-fase, dan kan hij bij het ROC overstappen naar een andere opleiding op niveau 2, zoals Logistiek medewerker, ook als hij zijn vmbo-diploma nog niet heeft; het ROC stelt dan geen vooropleidingseisen. Heeft hij aan het eind van het derde leerjaar van de route het vmbo-diploma niet gehaald, dan mag hij de mbo-opleiding voortzetten en krijgt hij van de school de kans het examen over te doen. De teamleider van de school en de opleidingsmanager van het ROC bepalen samen, na een gesprek met de leerling en zijn ouders, welke mogelijkheid past bij het niveau dat hij heeft bereikt en bij zijn leeftijd.}}

    ## 6. Financiën

    {{cc|Financiën|Er wordt tussen partijen geen bekostiging overgedragen. De school ontvangt de bekostiging voor de vo-fase en het ROC voor de mbo-fase; ieder draagt de kosten van het eigen personeel en de eigen voorzieningen.}}

    ## 7. Aanvullende afspraken medezeggenschap (optioneel)

    {{cc|Medezeggenschap|?Klik of tik om tekst in te voeren.}}

    ## 8. Geschillen

    {{cc|Geschillen|Bij een verschil van mening over de uitvoering van deze overeenkomst bespreekt het kernteam de kwestie eerst zelf. Lukt het niet het binnen drie weken op te lossen, dan leggen de bestuurders het samen op tafel. Komen ook zij er binnen een maand niet uit, dan vragen zij bindend advies aan een onafhankelijke deskundige die zij samen aanwijzen; kunnen zij het over die persoon niet eens worden, dan wijst de voorzitter van de Zeeuwse Onderwijsraad de deskundige aan. Het advies is voor beide partijen bindend.}}

    ## 9. Nieuwe partners, wijziging en einde

    {{cc|Toetreding|Een andere vmbo-school of mbo-instelling kan partij worden als beide bestuurders daar schriftelijk mee instemmen en de nieuwe partner deze overeenkomst ondertekent. Een nieuwe partner doet mee vanaf het begin van een schooljaar; voor leerlingen die al in de route zitten verandert er door de toetreding niets.}}

    {{cc|Wijziging en beëindiging|Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Wijzigingen worden schriftelijk vastgelegd en door beide bestuurders ondertekend; zij gaan in bij het begin van een schooljaar. Opzeggen kan alleen schriftelijk, per 1 augustus, met een opzegtermijn van een jaar. Na opzegging start er geen nieuwe groep meer; leerlingen die al in de route zitten, maken de route af bij partijen zoals in deze overeenkomst afgesproken.}}

    ## Ondertekening

    {{cc|Plaats en datum school|Middelburg, 24 juni 2025}}

    {{cc|Naam ondertekenaar school|drs. E. Dieleman, bestuurder}}

    {{cc|Plaats en datum instelling|Vlissingen, 26 juni 2025}}

    {{cc|Naam ondertekenaar instelling|ir. P. Verhulst, voorzitter college van bestuur}}
    """,
    title="Samenwerkingsovereenkomst DLR Matroos binnenvaart",
)

add_sample(
    407, "geintegreerde_route_kort_parkstad_kok", "md",
    "Zeer korte Markdown-afsprakennotitie van twee directeuren (ca. 1 pagina), Parkstad Limburg, geïntegreerde "
    "route HBR basis -> mbo-2 kok; gebreken: uitvallers gaan automatisch naar Entree (f weak) en het "
    "bedrijfsleven alleen als voornemen (b weak).",
    st("pwpppwpppp"),
    {"a": "Wat we aanbieden", "c": "Wie de route leidt", "d": "Verslag aan de besturen",
     "e": "Waar en met wie", "g": "Over geld", "h": "Inspraak van leerlingen", "i": "Als we het oneens zijn",
     "j": "Erbij, eraf, anders"},
    """
    # Geïntegreerde route Kok Parkstad: samenwerkingsovereenkomst

    ~ Stichting Katholiek Voortgezet Onderwijs Parkstad (bevoegd gezag Broeklandcollege, Heerlen) en Stichting Regionaal Opleidingencentrum Heuvelland-Oost (ROC Heuvelland-Oost, Heerlen) spreken af:

    ## Wat we aanbieden

    Geïntegreerde route vanaf leerjaar 3 van de basisberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, naar de basisberoepsopleiding Kok, niveau 2 (BOL). Geen vmbo-eindexamen; de route eindigt met het mbo-diploma Kok. Gezamenlijke melding in RIO vóór 1 oktober 2025.

    ## Wie de route leidt

    Routeleiding: de afdelingsleider basis van het Broeklandcollege en de opleidingsmanager Gastvrijheid van ROC Heuvelland-Oost, elk aangewezen door het eigen bestuur. Zij maken het programma en rooster, verdelen de docenten, plaatsen leerlingen in de route en besteden het routebudget tot EUR 5.000 per jaar. Personeelsbesluiten en alles daarboven blijven bij de besturen.

    ## Verslag aan de besturen

    De routeleiding stuurt beide besturen in februari en september een schriftelijke voortgangsrapportage (instroom, uitval, resultaten, budget) en bespreekt in oktober de jaarevaluatie met beide bestuurders.

    ## Waar en met wie

    Leerjaar 3: op het Broeklandcollege. Leerjaar 4 en verder: drie dagen op het ROC (leerkeuken en leerrestaurant Het Zeugma), twee dagen op school. Het ROC zet een docent koken in voor acht uur per week in leerjaar 3; de school zet haar HBR-docenten en mentoren in. School- en ROC-docenten werken als één team met teambevoegdheid voor de praktijkmodules. Het ROC stelt leerkeuken, leerrestaurant en koksbuizen ter beschikking; de school haar praktijklokaal HBR. Programma en examinering per leerjaar staan in het gezamenlijke OER, jaarlijks vóór 1 juli vastgesteld door beide besturen.

    ## Samen met de horeca

    We willen de horeca in Parkstad graag bij de route betrekken en gaan de komende tijd verkennen hoe dat het beste kan.

    ## Als een leerling stopt

    Een leerling die met de geïntegreerde route stopt, gaat door naar de Entreeopleiding van ROC Heuvelland-Oost. De routeleiding regelt de inschrijving.

    ## Over geld

    Geen overdracht van bekostiging: school en ROC dragen ieder de eigen kosten.

    ## Inspraak van leerlingen

    Een leerling uit leerjaar 4 van de route neemt als lid deel aan de studentenraad van het ROC. De MR van de school en de studentenraad krijgen de jaarevaluatie en geven daarover advies.

    ## Als we het oneens zijn

    Eerst de routeleiding, dan de twee bestuurders samen. Geen oplossing binnen zes weken: mediation. Lukt ook dat niet binnen drie maanden, dan beslist de rechter in Maastricht.

    ## Erbij, eraf, anders

    Een andere school of instelling kan meedoen met schriftelijke toestemming van beide besturen, vanaf een nieuw schooljaar. Wijzigen: alleen schriftelijk, getekend door beide besturen, ingaand op 1 augustus. Opzeggen: schriftelijk per 1 augustus, met een jaar opzegtermijn. Na opzegging geen nieuwe instroom; wie al in de route zit, maakt haar af.

    %% Heerlen, 20 juni 2025
    %% M. Janssen-Coumans, bestuurder SKVO Parkstad
    %% drs. R. Pelzer, voorzitter college van bestuur ROC Heuvelland-Oost
    """,
)

add_sample(
    408, "interne_regeling_aoc_twee_kolommen_drenthe_hovenier", "pdf",
    "Interne regeling van een AOC (één bevoegd gezag) als bestuursbesluit in twee kolommen, PDF, Midden-Drenthe, "
    "Groen kader -> mbo-3 vakbekwaam hovenier; a-g volledig geregeld, geen overdracht bekostiging; h, i, j n.v.t.",
    st("pppppppnnn"),
    {"a": "Artikel 2 Route en opleiding", "b": "Artikel 3 Praktijkraad Groen", "c": "Artikel 4 Routemanagement",
     "d": "Artikel 5 Rapportage", "e": "Artikel 6 Inrichting", "f": "Artikel 8 Overstap",
     "g": "Artikel 9 Middelen"},
    """
    # Interne regeling doorlopende leerroute vmbo Groen - mbo Hovenier

    ~ Besluit van het college van bestuur van de Stichting Agrarisch Opleidingscentrum Drentsche Hooglanden, nr. CvB/2025/041

    ~ Vastgesteld te Assen op 17 juni 2025

    Het college van bestuur van de Stichting Agrarisch Opleidingscentrum Drentsche Hooglanden, bevoegd gezag
    van zowel de school voor vmbo AOC Drentsche Hooglanden, locatie Beilen, als de instelling voor
    beroepsonderwijs AOC Drentsche Hooglanden mbo, locatie Assen;

    gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, van
    de Wet educatie en beroepsonderwijs;

    overwegende dat de doorlopende leerroute uitsluitend binnen de eigen stichting wordt verzorgd, zodat
    volstaan kan worden met een interne regeling in plaats van een samenwerkingsovereenkomst;

    gehoord de medezeggenschapsraad vmbo en de studentenraad mbo;

    besluit vast te stellen de volgende regeling.

    ## Artikel 1 Begrippen

    In deze regeling wordt verstaan onder: college: het college van bestuur van de stichting; vmbo-locatie:
    de locatie Beilen; mbo-locatie: de locatie Assen; route: de doorlopende leerroute, bedoeld in artikel 2;
    deelnemer: de leerling of student in de route; routemanager: de functionaris, bedoeld in artikel 4.

    ## Artikel 2 Route en opleiding

    1. De route vangt aan in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Groen, van de
    vmbo-locatie en loopt door in de vakopleiding Vakbekwaam hovenier, niveau 3, beroepsopleidende leerweg,
    van de mbo-locatie.

    2. De route duurt vijf leerjaren en leidt tot het vmbo-diploma kaderberoepsgerichte leerweg, profiel Groen,
    en het mbo-diploma Vakbekwaam hovenier.

    3. Het college meldt de route vóór 1 oktober 2025 aan de minister door registratie in RIO.

    ## Artikel 3 Praktijkraad Groen

    1. Voor de route functioneert een Praktijkraad Groen, bestaande uit vertegenwoordigers van
    Hoveniersbedrijf Lanting B.V. te Westerbork, Groenvoorziening De Ekkel te Rolde en Boomkwekerij Hadders
    te Zuidlaren, alle erkend leerbedrijf, en een adviseur van SBB.

    2. De Praktijkraad brengt ieder jaar vóór 1 april advies uit over het programma van het komende
    schooljaar. De bedrijven leveren in de vo-fase per schooljaar ten minste drie praktijkopdrachten voor
    aanleg en onderhoud, ontvangen de deelnemers voor een snuffelstage van vijf dagen in het tweede leerjaar
    van de route en stellen in de mbo-fase bpv-plaatsen beschikbaar. Een praktijkopleider van een van de
    bedrijven beoordeelt mee bij de proeve Aanleg van een tuin.

    ## Artikel 4 Routemanagement

    1. De route staat onder leiding van een routemanager, bijgestaan door een routeoverleg waarin de
    teamleider bovenbouw van de vmbo-locatie en de opleidingsmanager Groene ruimte van de mbo-locatie zitting
    hebben.

    2. Het college benoemt de routemanager uit de leidinggevenden van de stichting, na advies van de
    directeuren van beide locaties, voor een periode van vier jaar.

    3. Het college draagt de routemanager op: het ontwerpen van het routeprogramma, de roostering en de inzet
    van docenten van beide locaties binnen de formatie die het college toekent, de toelating tot de route en
    de beslissing over een overstap als bedoeld in artikel 8. De routemanager is gemandateerd uitgaven te doen
    tot het routebudget; besluiten over formatie, benoeming en ontslag neemt het college.

    ## Artikel 5 Rapportage

    1. De routemanager informeert het college over de route in de viermaandsrapportages van de stichting
    (peildata 31 december, 30 april en 31 augustus), met cijfers over in-, door- en uitstroom, verzuim en
    budgetuitputting.

    2. Vóór 15 oktober legt de routemanager over het afgelopen schooljaar verantwoording af in een
    routejaarverslag, dat het college in zijn eerstvolgende vergadering bespreekt.

    ## Artikel 6 Inrichting

    1. De vo-fase wordt gegeven op de vmbo-locatie, met in het tweede leerjaar van de route wekelijks een dag
    praktijk op de mbo-locatie. De mbo-fase wordt gegeven op de mbo-locatie en bij leerbedrijven.

    2. Docenten Groen van de vmbo-locatie en docenten hovenier van de mbo-locatie vormen één routeteam. Een
    docent van de mbo-locatie geeft in het eerste en tweede leerjaar van de route wekelijks zes lesuren op de
    vmbo-locatie. Voor de vakoverstijgende modules Tuinontwerp en Groenbeheer wordt teambevoegdheid
    toegepast; het routeprogramma vermeldt welke docent voor welk onderdeel bevoegd is.

    3. De deelnemers gebruiken de kas, het oefenterrein tuinaanleg en het machinepark van de mbo-locatie. De
    vmbo-locatie stelt haar schooltuin en praktijklokaal open voor lessen van mbo-docenten.

    4. Het routeprogramma beschrijft per leerjaar het onderwijs, de examinering en de bpv, met vermelding van
    vmbo-, mbo- en gecombineerde onderdelen. Het college stelt het vóór 1 juli vast.

    ## Artikel 7 Examinering

    De examencommissie vmbo is verantwoordelijk voor het vmbo-examen, dat uiterlijk in het derde leerjaar
    van de route wordt afgesloten; de examencommissie mbo voor de mbo-examens, die vanaf het eerste leerjaar
    van de route kunnen worden afgenomen.

    ## Artikel 8 Overstap

    1. Wie de route verlaat voordat die met succes is afgerond, krijgt een passende andere weg naar een
    vmbo- of mbo-diploma. De routemanager beslist daarover op gezamenlijk voorstel van de teamleider vmbo en
    de opleidingsmanager, na een gesprek met de deelnemer en diens ouders, en houdt daarbij rekening met het
    bereikte onderwijsniveau en de leeftijd van de deelnemer.

    2. Tijdens de vo-fase is het alternatief de reguliere kaderberoepsgerichte of basisberoepsgerichte
    leerweg Groen op de vmbo-locatie. Tijdens de mbo-fase zijn de alternatieven: een andere opleiding van
    de mbo-locatie op niveau 3, zoals Vakbekwaam medewerker dierverzorging, of de opleiding Hovenier op
    niveau 2. Bij overstap binnen de stichting worden geen vooropleidingseisen gesteld, ook niet als het
    vmbo-diploma nog ontbreekt; de deelnemer kan het vmbo-examen dan in het volgende schooljaar opnieuw
    afleggen.

    3. Wil de deelnemer naar een andere instelling, dan zorgt de routemanager voor een warme overdracht.

    ## Artikel 9 Middelen

    Er vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15
    WEB. De kosten van de inzet van mbo-docenten in de vo-fase komen ten laste van de begroting van de
    vmbo-locatie.

    ## Artikel 10 Slotbepalingen

    1. Deze regeling treedt in werking op 1 augustus 2025.

    2. Deze regeling wordt aangehaald als: Interne regeling DLR Groen-Hovenier.

    %% Het college van bestuur,
    %% ir. J.H. Bakker-Oosting, voorzitter
    %% drs. W. Kuiper, lid
    """,
    two_columns=True, base_size=9,
    header="AOC Drentsche Hooglanden | Besluit CvB/2025/041 | Interne regeling DLR Groen-Hovenier",
)

add_sample(
    409, "consortium_vier_tekstvakken_achterhoek_verzorgende", "docx",
    "Consortiumovereenkomst van vier partijen (drie vmbo-besturen en een ROC) als Word-document met tekstvakken "
    "(samenvatting en overstapregeling in een tekstvak), Achterhoek, Z&W kader -> mbo-3 verzorgende-IG; gebreken: "
    "overdracht bekostiging zonder omvang (g weak), geen toetredingsregeling (j weak); medezeggenschap alleen "
    "wettelijk kader (h n.v.t.).",
    st("ppppppwnpw"),
    {"a": "Afspraak 1 - De zorgroute", "b": "Afspraak 2 - Zorgpartners in de route",
     "c": "Afspraak 3 - Stuurgroep en routeregisseur", "d": "Afspraak 4 - Rapportage aan de besturen",
     "e": "Afspraak 5 - Onderwijs, docenten en ruimtes",
     "f": "Overstapregeling: altijd een passend vervolg", "i": "Afspraak 9 - Verschil van inzicht"},
    """
    # Consortiumovereenkomst Zorgroute Achterhoek

    ~ Doorlopende leerroute vmbo-mbo Zorg en welzijn - Verzorgende-IG

    ## De partijen

    - Stichting Openbaar Voortgezet Onderwijs Winterswijk en omstreken, bevoegd gezag van Het Meddose Veen College (vmbo) te Winterswijk, vertegenwoordigd door de heer G. Hengeveld, directeur-bestuurder;
    - Stichting Katholiek Voortgezet Onderwijs Oost-Gelderland, bevoegd gezag van het Slangenburg College te Doetinchem, vertegenwoordigd door mevrouw A. te Brake, voorzitter college van bestuur;
    - Vereniging voor Christelijk Voortgezet Onderwijs Groenlo-Lichtenvoorde, bevoegd gezag van het Hartenbergcollege te Lichtenvoorde, vertegenwoordigd door de heer B. Wissink, bestuurder;
    - Stichting Regionaal Opleidingencentrum Oost-Gelre te Doetinchem, vertegenwoordigd door mevrouw dr. L. Roelofsen, voorzitter college van bestuur;

    hierna samen: de consortiumpartners; de eerste drie ook: de scholen; de laatste: het ROC.

    {{box|In het kort || Vier partners, één route: profiel Zorg en welzijn (kaderberoepsgerichte leerweg) naar Verzorgende-IG niveau 3. || Start: schooljaar 2025-2026, eerste instroom naar verwachting 60 leerlingen over drie scholen. || Looptijd: tot en met 31 juli 2030, met verlenging.}}

    ## Afspraak 1 - De zorgroute

    De consortiumpartners verzorgen samen een doorlopende leerroute die begint in het derde leerjaar van de
    kaderberoepsgerichte leerweg, profiel Zorg en welzijn, op elk van de drie scholen, en die doorloopt in de
    vakopleiding Verzorgende-IG, niveau 3, beroepsopleidende leerweg, van het ROC. De route duurt vijf
    leerjaren en eindigt met het vmbo-diploma kaderberoepsgerichte leerweg en het mbo-diploma Verzorgende-IG.
    Iedere school en het ROC registreren de route in RIO.

    ## Afspraak 2 - Zorgpartners in de route

    Woonzorgcentrum Het Hamalandhuis (Lichtenvoorde), Thuiszorg Oude IJssel (Doetinchem) en Zorgcentrum De
    Meerwaarde (Winterswijk), alle drie erkend leerbedrijf, zijn vaste zorgpartners van de route. Zij nemen,
    samen met de SBB-adviseur zorg, deel aan de Werkveldcommissie Zorgroute, die twee keer per jaar bijeenkomt
    en advies geeft over de inhoud van het programma en de keuzedelen. In de vo-fase verzorgen de zorgpartners
    per school per jaar ten minste drie gastlessen en een meeloopdag, en koppelen zij iedere leerling aan een
    zorgmaatje uit het team. In de mbo-fase bieden zij de bpv-plaatsen en beoordelen hun praktijkopleiders mee
    bij de examens in de beroepspraktijk.

    ## Afspraak 3 - Stuurgroep en routeregisseur

    De route wordt geleid door een stuurgroep van vier leden: de directeur of afdelingsleider bovenbouw van
    elk van de drie scholen en de directeur van het college Zorg en Welzijn van het ROC. Ieder lid wordt
    aangewezen door het bestuur van de eigen partij. De stuurgroep benoemt, met instemming van de vier
    besturen, een routeregisseur, die de stuurgroep voorzit zonder stemrecht. De besturen dragen de stuurgroep
    op: het vaststellen van het gezamenlijke routeprogramma ter goedkeuring door de besturen, de verdeling van
    de inzet van docenten, het toelatingsbeleid, de overstapbeslissingen en de kwaliteitszorg. De stuurgroep
    beslist bij meerderheid, waarbij het ROC en de scholen gezamenlijk ieder de helft van de stemmen hebben.
    Zij heeft geen bevoegdheid om namens een partij financiële of personele verplichtingen aan te gaan.

    ## Afspraak 4 - Rapportage aan de besturen

    De stuurgroep stuurt in maart en oktober een schriftelijke rapportage aan alle vier besturen over
    instroom, voortgang, uitval, examenresultaten en de inzet van docenten. Ieder jaar in juni legt de
    stuurgroep in een bestuurlijk overleg met de vier bestuurders verantwoording af over het afgelopen
    schooljaar; de routeregisseur maakt daarvan een verslag dat alle besturen ontvangen.

    ## Afspraak 5 - Onderwijs, docenten en ruimtes

    In de vo-fase krijgen de leerlingen hun onderwijs op de eigen school; in het tweede leerjaar van de route
    gaan zij één dag per week naar het skillslab van het ROC in Doetinchem. De mbo-fase vindt plaats bij het
    ROC en bij de zorgpartners. Het ROC zet twee praktijkdocenten verpleging en verzorging in die op de drie
    scholen samen tien lesuren per week geven; de scholen zetten hun docenten Zorg en welzijn en de docenten
    van de algemene vakken in. Voor de modules Persoonlijke verzorging en Eerste hulp vormen zij teams met
    teambevoegdheid, zoals beschreven in het gezamenlijke PTA/OER. Dat PTA/OER legt per leerjaar het
    programma en de examinering vast en wordt jaarlijks vóór 1 juli door de vier besturen vastgesteld. Het ROC
    stelt het skillslab en het oefenzorgappartement beschikbaar; de scholen stellen hun zorglokalen en
    verzorgingsbedden beschikbaar voor lessen van de ROC-docenten. Docenten blijven in dienst van hun eigen
    werkgever.

    ## Afspraak 6 - Als de route niet past

    {{box|Overstapregeling: altijd een passend vervolg || Past de route niet meer bij een leerling, dan zoeken de school en het ROC samen naar een vervolg dat leidt tot een diploma. Zij kijken daarbij naar het niveau dat de leerling heeft bereikt en naar zijn leeftijd, en betrekken de leerling en zijn ouders bij het gesprek. De mentor van de school en de loopbaancoach van het ROC doen een gezamenlijk voorstel; de stuurgroep besluit. || Stopt een leerling in de vo-fase, dan gaat hij door in de reguliere kaderberoepsgerichte leerweg van zijn school, in Zorg en welzijn of een ander profiel, en haalt hij daar zijn vmbo-diploma. || Stopt een student in de mbo-fase, dan kan hij binnen het ROC overstappen naar Helpende zorg en welzijn (niveau 2) of naar een andere opleiding op niveau 3, zoals Pedagogisch medewerker kinderopvang, zonder dat de vooropleidingseisen gelden. || Heeft een student aan het eind van het derde leerjaar van de route zijn vmbo-diploma niet, dan mag hij zijn mbo-opleiding vervolgen en krijgt hij de kans het vmbo-examen opnieuw te doen. || De uitwerking staat in de schoolgidsen van de scholen en de studiegids van het ROC.}}

    ## Afspraak 7 - Financiën

    De scholen ontvangen de bekostiging voor de leerlingen in de vo-fase, het ROC voor de studenten in de
    mbo-fase. De scholen dragen ieder jaar een deel van de door hen ontvangen bekostiging over aan het ROC,
    bestemd voor de inzet van de praktijkdocenten van het ROC en het gebruik van het skillslab in de vo-fase.
    Het ROC factureert iedere school in januari.

    ## Afspraak 8 - Medezeggenschap

    Voor de leerlingen, ouders en personeelsleden van de scholen geldt de Wet medezeggenschap op scholen; voor
    de studenten, hun ouders en het personeel van het ROC gelden de WEB en de Wet op de ondernemingsraden. De
    consortiumpartners kunnen daarbovenop aanvullende afspraken maken.

    ## Afspraak 9 - Verschil van inzicht

    Ontstaat tussen consortiumpartners verschil van inzicht over de uitvoering van deze overeenkomst, dan
    bespreekt de stuurgroep dit binnen vier weken. Lukt het daar niet, dan komen de betrokken bestuurders
    binnen vier weken bijeen. Blijft het verschil bestaan, dan wordt het voorgelegd aan een commissie van drie
    personen: één aangewezen door de betrokken school of scholen, één door het ROC en een voorzitter die door
    deze twee wordt gekozen. De commissie brengt binnen acht weken een bindend advies uit.

    ## Afspraak 10 - Looptijd, wijzigen en opzeggen

    Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt daarna telkens met vijf jaar
    verlengd, tenzij een partner uiterlijk een jaar voor het einde schriftelijk laat weten dat hij niet wil
    verlengen. Wijzigingen zijn alleen geldig als alle vier besturen ze schriftelijk hebben goedgekeurd; zij
    gaan in op 1 augustus. Iedere partner kan zijn deelname tussentijds opzeggen per 1 augustus, met een
    opzegtermijn van twaalf maanden; de overeenkomst blijft dan tussen de overige partners gelden. Leerlingen
    en studenten die al in de route zitten, ronden de route af zoals in deze overeenkomst is afgesproken, ook
    als hun school of het ROC is uitgetreden of de overeenkomst is geëindigd.

    ## Ondertekening

    Doetinchem, 23 juni 2025

    %% G. Hengeveld, Stichting Openbaar Voortgezet Onderwijs Winterswijk en omstreken
    %% A. te Brake, Stichting Katholiek Voortgezet Onderwijs Oost-Gelderland
    %% B. Wissink, Vereniging voor Christelijk Voortgezet Onderwijs Groenlo-Lichtenvoorde
    %% dr. L. Roelofsen, Stichting Regionaal Opleidingencentrum Oost-Gelre
    """,
    title="Consortiumovereenkomst Zorgroute Achterhoek",
)

add_sample(
    410, "gewone_taal_overige_bepalingen_groningen_accountmanager", "txt",
    "Platte tekst in gewone taal ('wij'-vorm), Stad Groningen, E&O gemengde leerweg -> mbo-4 junior "
    "accountmanager; volledig compliant; medezeggenschap, geschillen, toetreding, wijziging en opzegging "
    "samen in één artikel 'Overige bepalingen' als onderdelen a-g; vast bedrag per schooljaar overgedragen.",
    st("pppppppppp"),
    {"a": "Artikel 2. Welke route bieden we aan?", "b": "Artikel 3. Bedrijven doen mee",
     "c": "Artikel 4. Wie leidt de route?", "d": "Artikel 5. Hoe houden we de besturen op de hoogte?",
     "e": "Artikel 6. Hoe ziet het onderwijs eruit?", "f": "Artikel 7. Als de route niet (meer) past",
     "g": "Artikel 8. Geld", "h": "a. Meepraten over de route.", "i": "b. Als we het oneens zijn.",
     "j": "c. Nieuwe partners."},
    """
    # Samenwerkingsovereenkomst Sales Route Groningen

    ~ doorlopende leerroute vmbo-mbo Economie en ondernemen - Junior accountmanager

    Wie sluiten deze overeenkomst?

    De Stichting Christelijk Voortgezet Onderwijs Groningen-Stad, het bestuur van het Helpman College
    (vmbo, gemengde en theoretische leerweg) in Groningen. Hieronder noemen we haar: de school. Zij wordt
    vertegenwoordigd door de heer J. Dijkhuis, voorzitter van het college van bestuur.

    De Stichting Regionaal Opleidingencentrum Noorderzijl in Groningen, het bestuur van ROC Noorderzijl.
    Hieronder noemen we haar: het ROC. Zij wordt vertegenwoordigd door mevrouw S. Mulder-Boer, lid van het
    college van bestuur.

    Als we 'wij' schrijven, bedoelen we de school en het ROC samen.

    Waarom deze overeenkomst?

    Leerlingen die nu al weten dat ze iets met verkopen, klanten en bedrijven willen, kunnen bij ons zonder
    breuk van het vmbo doorleren naar een mbo-diploma op niveau 4. De wet vraagt dat we daarvoor een
    samenwerkingsovereenkomst sluiten. In deze overeenkomst staan onze afspraken. We hebben geprobeerd ze zo
    te schrijven dat ook leerlingen en ouders ze kunnen lezen.

    ## Artikel 1. Woorden die we gebruiken

    Route: de doorlopende leerroute uit artikel 2. Vo-fase: de eerste twee jaar van de route; de leerling staat
    dan ingeschreven bij de school. Mbo-fase: de jaren daarna; de leerling is dan student van het ROC.
    Routeleider: de persoon uit artikel 4.

    ## Artikel 2. Welke route bieden we aan?

    De route begint in het derde leerjaar van de gemengde leerweg, profiel Economie en ondernemen, van de
    school. Zij loopt door in de middenkaderopleiding Junior accountmanager (niveau 4, BOL) van het
    Commercie College van het ROC. De route duurt vijf jaar. Aan het eind heeft de leerling twee diploma's:
    het vmbo-diploma gemengde leerweg en het mbo-diploma Junior accountmanager. We melden de route samen aan
    bij de minister, door haar vóór 1 oktober 2025 in RIO te registreren.

    ## Artikel 3. Bedrijven doen mee

    Drie bedrijven uit de stad doen vanaf het begin mee: Hanzebrug Groothandel B.V., drukkerij en printbedrijf
    Ommelander Print en het IT-verkoopbedrijf Martinitech. Samen met een adviseur van SBB vormen zij de
    klankbordgroep van de route. Wat doen ze?

    - Twee keer per jaar praten ze met de routeleider over het programma en zeggen ze wat er in het vak verandert.
    - In het tweede jaar van de route geven ze de leerlingen een echte verkoopopdracht: de Business Challenge. De winnaars presenteren bij het bedrijf.
    - Ze geven in de vo-fase ieder jaar samen minstens zes gastlessen.
    - In de mbo-fase bieden ze stageplaatsen (bpv) en beoordelen ze mee bij het examen 'Verkoopgesprek in de praktijk'.

    Andere bedrijven mogen aansluiten bij de klankbordgroep als de routeleider dat goed vindt.

    ## Artikel 4. Wie leidt de route?

    De route heeft één routeleider. De twee bestuurders kiezen en benoemen de routeleider samen, na een open
    sollicitatie, voor vier jaar. De routeleider overlegt elke maand met de teamleider vmbo van de school en de
    teamleider Commercie van het ROC; samen zijn zij het routeoverleg.

    De besturen geven de routeleider deze taken en bevoegdheden: het programma voor alle vijf jaren maken en
    bijhouden, de roosters vaststellen, docenten van de school en het ROC inplannen binnen de uren die de
    besturen beschikbaar stellen, beslissen wie in de route wordt toegelaten en beslissen over een overstap
    (artikel 7). De routeleider mag geld uitgeven tot het budget dat bij de route hoort. De routeleider mag
    geen mensen aannemen of ontslaan en geen afspraken maken die de besturen langer dan een schooljaar
    binden; dat doen de besturen zelf.

    ## Artikel 5. Hoe houden we de besturen op de hoogte?

    Elk kwartaal stuurt de routeleider beide besturen een kort overzicht: hoeveel leerlingen er zijn, wie
    gestopt is, hoe de cijfers en het verzuim zijn en hoeveel van het budget op is. Vóór 1 november van elk
    jaar schrijft de routeleider een jaarverslag over het schooljaar ervoor. Daarin legt de routeleider
    verantwoording af over de resultaten en het geld. Beide bestuurders bespreken het jaarverslag met de
    routeleider in november.

    ## Artikel 6. Hoe ziet het onderwijs eruit?

    Waar? In de vo-fase zitten de leerlingen op het Helpman College. In het tweede jaar van de route hebben
    ze elke week een middag les in de salesroom van het ROC. De mbo-fase is op de locatie Zernike van het ROC
    en bij de stagebedrijven.

    Wie geeft les? De school zet haar docenten economie en ondernemen en de docenten van de andere vakken in.
    Het ROC zet een docent sales en een docent marketing in, samen acht uur per week in het tweede jaar van
    de route. Zij werken als één team. Voor de vakoverstijgende module 'Klant en gesprek' gebruiken we de
    teambevoegdheid uit artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; in het programma staat wie voor welk
    deel bevoegd is. Iedereen blijft in dienst van zijn eigen werkgever.

    Welke ruimtes en spullen? Het ROC laat de leerlingen de salesroom, de belstudio en de licenties van het
    CRM-programma gebruiken. De school stelt haar computerlokaal en het ondernemerslokaal open voor lessen
    van ROC-docenten.

    Programma en examens: we schrijven samen één programma- en examendocument (PTA/OER) waarin per leerjaar
    staat wat de leerling leert en welke examens hij doet, en welk deel vmbo, mbo of allebei is. De besturen
    stellen het elk jaar vóór 1 juli vast. De school regelt de vmbo-examens, het ROC de mbo-examens.

    ## Artikel 7. Als de route niet (meer) past

    Soms merkt een leerling dat de route toch niet goed past. Of de leerling verhuist. Dan laten we hem niet
    los: hij krijgt altijd een andere weg naar een diploma.

    - Stopt hij in de vo-fase? Dan gaat hij verder in de gewone gemengde of theoretische leerweg van de school en haalt hij daar zijn vmbo-diploma. Daarna kan hij op de gewone manier naar het mbo.
    - Stopt hij in de mbo-fase? Dan kan hij bij het ROC kiezen voor een andere opleiding op niveau 4, bijvoorbeeld Ondernemer retail of Medewerker marketing en communicatie, of voor de vakopleiding Commercieel medewerker op niveau 3. Het ROC stelt dan geen vooropleidingseisen, ook niet als hij zijn vmbo-diploma nog niet heeft.
    - Heeft hij na het derde jaar van de route zijn vmbo-diploma nog niet? Dan mag hij toch verder met zijn mbo-opleiding, en de school geeft hem de kans het examen over te doen.
    - Wil hij naar een andere school of instelling? Dan helpen we hem daarbij en geven we zijn gegevens (met toestemming) door.

    Wie beslist? De teamleider vmbo van de school en de teamleider Commercie van het ROC kijken samen naar het
    niveau dat de leerling heeft gehaald en naar zijn leeftijd. Zij praten met de leerling en zijn ouders en
    doen daarna samen een voorstel. De routeleider neemt het besluit. De schoolgids en de studiegids leggen dit
    verder uit.

    ## Artikel 8. Geld

    De school krijgt van het Rijk het geld voor de vo-fase, het ROC voor de mbo-fase. De school betaalt het ROC
    elk schooljaar een vast bedrag van EUR 18.500 uit haar bekostiging (artikel 5.42a WVO 2020). Dat geld is
    voor de lessen die ROC-docenten in de vo-fase geven en voor het gebruik van de salesroom en de
    CRM-licenties. De school betaalt in twee delen: in december en in mei. Het ROC draagt geen geld over aan de
    school.

    ## Artikel 9. Overige bepalingen

    a. Meepraten over de route. Voor leerlingen van de school geldt de medezeggenschap van de school (WMS),
    voor studenten van het ROC die van het ROC. Daarnaast spreken we af: twee leerlingen uit de vo-fase mogen
    meedoen in de studentenraad van het Commercie College, met dezelfde rechten als de andere leden. En de
    medezeggenschapsraad van de school en de studentenraad van het ROC krijgen elk jaar het jaarverslag uit
    artikel 5 en mogen daarover samen advies geven aan de besturen.

    b. Als we het oneens zijn. Zijn we het oneens over hoe we deze overeenkomst uitvoeren, dan praten eerst de
    routeleider en de twee teamleiders erover. Lukt het niet binnen een maand, dan praten de twee bestuurders
    erover. Lukt ook dat niet binnen een maand, dan vragen we een onafhankelijke mediator om te helpen. Komen
    we er dan nog steeds niet uit, dan kan ieder van ons de zaak voorleggen aan de rechtbank Noord-Nederland.

    c. Nieuwe partners. Een andere vmbo-school of mbo-instelling mag meedoen als beide besturen dat
    schriftelijk goedvinden en de nieuwe partner deze overeenkomst ondertekent. De nieuwe partner doet mee
    vanaf het begin van een schooljaar. Voor leerlingen die al in de route zitten, verandert daardoor niets.

    d. Afspraken veranderen. Deze afspraken veranderen we alleen op papier, ondertekend door beide besturen.
    Een verandering gaat in op 1 augustus. Leerlingen die in hun laatste jaar zitten, maken de route af
    volgens de oude afspraken, tenzij de nieuwe beter voor hen zijn.

    e. Stoppen met de samenwerking. Deze overeenkomst geldt vanaf 1 augustus 2025 en loopt door zolang niemand
    opzegt. Opzeggen kan alleen schriftelijk, per 1 augustus, en minstens een jaar van tevoren. Als iemand
    heeft opgezegd, laten we geen nieuwe leerlingen meer toe in de route. Leerlingen die al in de route zitten,
    maken haar af zoals hier is afgesproken. Doet een van ons iets ernstigs niet wat hij heeft beloofd en
    herstelt hij dat niet binnen twee maanden nadat de ander hem daarop schriftelijk heeft gewezen, dan mag de
    ander de overeenkomst ontbinden; ook dan mogen de leerlingen die al in de route zitten haar afmaken of
    helpen we hen volgens artikel 7 naar een andere opleiding.

    f. Klachten. Heeft een leerling of ouder een klacht over iemand van de andere partij, dan behandelt de
    school of het ROC die klacht volgens de eigen klachtenregeling; de andere partij werkt mee.

    g. Privacy. We wisselen alleen gegevens uit die nodig zijn voor de route en houden ons aan de AVG.

    Getekend in Groningen op 25 juni 2025.

    %% J. Dijkhuis, voorzitter college van bestuur, Stichting Christelijk Voortgezet Onderwijs Groningen-Stad
    %% S. Mulder-Boer, lid college van bestuur, Stichting Regionaal Opleidingencentrum Noorderzijl
    """,
)

add_sample(
    411, "verlenging_herziening_flakkee_autotechniek", "docx",
    "Verlengings- en herzieningsovereenkomst (geconsolideerde tekst die de overeenkomst van 2021 vervangt) met "
    "wijzigingstabel, Word, Goeree-Overflakkee, M&T kader -> mbo-3 eerste autotechnicus; gebreken: benoeming "
    "van het routeteam uitgesteld in een lange zin (c weak), vooropleidingseis bij overstap binnen hetzelfde ROC "
    "in strijd met de wet (f weak), geschillenartikel herhaalt alleen de wet (i weak).",
    st("ppwppwppwp"),
    {"a": "Artikel 2 - Route", "b": "Artikel 3 - Garagebranche",
     "d": "Artikel 5 - Verantwoording", "e": "Artikel 6 - Uitvoering van het onderwijs",
     "g": "Artikel 9 - Financiële afspraken", "h": "Artikel 10 - Medezeggenschap",
     "j": "Artikel 12 - Looptijd, toetreding, wijziging en beëindiging"},
    """
    # Verlengings- en herzieningsovereenkomst doorlopende leerroute Autotechniek Flakkee

    ~ Tweede samenwerkingsovereenkomst, vervangt de overeenkomst van 3 juni 2021

    ## Partijen

    1. Stichting Christelijk Voortgezet Onderwijs Goeree-Overflakkee, gevestigd te Middelharnis, bevoegd
    gezag van het Haringvliet College, school voor vbo en mavo, te dezen vertegenwoordigd door de heer
    drs. C.J. Breeman, voorzitter van het college van bestuur, hierna: de school;

    2. Stichting Regionaal Opleidingencentrum Flakkee-Voorne, gevestigd te Hellevoetsluis, te dezen
    vertegenwoordigd door mevrouw ing. M. Kievit, lid van het college van bestuur, hierna: het ROC.

    ## Overwegingen

    a. Partijen hebben op 3 juni 2021 een samenwerkingsovereenkomst gesloten voor de doorlopende leerroute
    Autotechniek, die op 31 juli 2025 van rechtswege eindigt.

    b. Partijen wensen de samenwerking voort te zetten en de overeenkomst daarbij te herzien, mede naar
    aanleiding van de evaluatie over de schooljaren 2021-2024 en de vernieuwde wettelijke eisen.

    c. Partijen kiezen ervoor de overeenkomst van 2021 in haar geheel te vervangen door de hierna volgende
    tekst, zodat één geconsolideerde overeenkomst geldt. De wijzigingen ten opzichte van 2021 zijn
    samengevat in de bijlage.

    Partijen komen overeen als volgt.

    ## Artikel 1 - Vervanging en verlenging

    Met ingang van 1 augustus 2025 vervangt deze overeenkomst de samenwerkingsovereenkomst van 3 juni 2021.
    Deelnemers die vóór die datum in de route zijn ingestroomd, vallen vanaf 1 augustus 2025 onder deze
    overeenkomst, met behoud van de programma-afspraken die op het moment van hun instroom golden.

    ## Artikel 2 - Route

    De route begint in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Mobiliteit en
    transport, van de school en loopt door in de vakopleiding Eerste autotechnicus, niveau 3, in de
    beroepsopleidende leerweg, van het ROC, locatie Middelharnis. De route omvat vijf leerjaren en leidt tot
    het vmbo-diploma kaderberoepsgerichte leerweg en het mbo-diploma Eerste autotechnicus. De melding in RIO
    uit 2021 blijft gehandhaafd; partijen actualiseren haar vóór 1 oktober 2025.

    ## Artikel 3 - Garagebranche

    Autobedrijf Grinwis te Middelharnis, Garage en Bandencentrum Van Dam te Oude-Tonge en Tuk Bedrijfswagens
    te Dirksland zijn als erkend leerbedrijf aan de route verbonden. Zij stellen in elk leerjaar van de
    vo-fase praktijkmiddagen in hun werkplaats open voor de deelnemers, leveren jaarlijks een motorblok en
    een afgeschreven voertuig voor lesdoeleinden, bieden in de mbo-fase de bpv-plaatsen en nemen deel aan de
    jaarlijkse programmaraad in maart, waarin zij met het routeteam het programma en de keuzedelen
    bespreken. De SBB-adviseur mobiliteit sluit bij de programmaraad aan. Het ROC legt de afspraken met ieder
    leerbedrijf vast in een praktijkovereenkomst.

    ## Artikel 4 - Routeteam

    De leiding over de route berust bij het routeteam, bestaande uit de teamleider Mobiliteit van de school,
    de onderwijsmanager Autotechniek van het ROC en een praktijkcoördinator, dat belast is met de dagelijkse
    aansturing van het onderwijsprogramma, de roostering, de verdeling van de docenten over de leerjaren, de
    toelating tot de route en de voorbereiding van besluiten over overstap, en dat daarbij beslist binnen het
    door de besturen jaarlijks toegekende routebudget, terwijl de wijze waarop de leden van het routeteam
    worden aangewezen en de duur van hun zittingstermijn, gelet op de lopende organisatiewijziging binnen het
    ROC, in een later stadium door partijen nader zullen worden bepaald, waarna het routeteam zijn
    werkzaamheden op de huidige voet voortzet.

    ## Artikel 5 - Verantwoording

    Het routeteam brengt in januari en juli een schriftelijke voortgangsrapportage uit aan de colleges van
    bestuur van beide partijen, met de kengetallen over in-, door- en uitstroom, examenresultaten, verzuim en
    uitputting van het routebudget. Vóór 1 december legt het routeteam verantwoording af over het
    voorafgaande schooljaar in een jaarverslag, dat in een bestuurlijk overleg van beide colleges wordt
    besproken.

    ## Artikel 6 - Uitvoering van het onderwijs

    1. De vo-fase wordt verzorgd in het gebouw van de school te Middelharnis; vanaf het tweede leerjaar van de
    route volgen de deelnemers een dag per week onderwijs in de autowerkplaats van het ROC te Middelharnis. De
    mbo-fase vindt plaats op de locatie Middelharnis van het ROC en bij de leerbedrijven.

    2. Het ROC stelt de autowerkplaats, de diagnoseapparatuur en de hefbruggen ter beschikking; de school haar
    praktijklokaal Mobiliteit en transport en de motorenruimte. Het gebruik is kosteloos.

    3. De school zet haar docenten Mobiliteit en transport en de docenten algemeen vormende vakken in, het ROC
    twee docenten autotechniek voor in totaal negen lesuren per week in het tweede leerjaar van de route.
    Zij werken als routeteam docenten samen en passen voor de module Onderhoud en diagnose de
    teambevoegdheid toe; het PTA/OER geeft aan welke docent voor welk deel bevoegd is. Docenten blijven in
    dienst van hun eigen werkgever.

    4. Het gezamenlijke PTA/OER beschrijft per leerjaar het programma, de examinering en de bpv. De colleges
    van bestuur stellen het jaarlijks vóór 1 juli vast.

    ## Artikel 7 - Examinering

    De school is verantwoordelijk voor het vmbo-examen, dat in het tweede leerjaar van de route wordt
    afgenomen; het ROC voor de mbo-examens. Deelnemers die het vmbo-examen herkansen, blijven voor dat
    examen bij de school ingeschreven.

    ## Artikel 8 - Overstap

    1. Verlaat een deelnemer de route in de vo-fase, dan vervolgt hij zijn opleiding in de reguliere
    kaderberoepsgerichte leerweg van de school, gericht op het vmbo-diploma.

    2. Verlaat een deelnemer de route in de mbo-fase, dan is overstap naar een andere opleiding van het ROC op
    niveau 2 of 3 mogelijk, mits de deelnemer in het bezit is van het vmbo-diploma kaderberoepsgerichte
    leerweg. Zonder dat diploma wordt hij tot een opleiding op niveau 2 of 3 van het ROC niet toegelaten en
    verwijst het ROC hem naar de Entreeopleiding.

    3. De school en het ROC beoordelen gezamenlijk, met de deelnemer en zijn ouders, welke opleiding past bij
    het bereikte niveau en de leeftijd van de deelnemer.

    ## Artikel 9 - Financiële afspraken

    Het ROC draagt met toepassing van artikel 9.1.15 WEB aan de school over: EUR 850 per student die in de
    mbo-fase het vmbo-examen nog moet afronden, per schooljaar, vast te stellen naar de stand op 1 oktober.
    Dat bedrag is bestemd voor de begeleiding van die studenten bij de herkansing en voor de kosten van de
    vmbo-examinering. Verder dragen partijen geen bekostiging aan elkaar over.

    ## Artikel 10 - Medezeggenschap

    De medezeggenschapsraad van de school en de studentenraad van het ROC wijzen ieder twee leden aan voor een
    gezamenlijke commissie Autoroute. Het routeteam legt iedere voorgenomen wijziging van het PTA/OER en van
    de overstapregeling vooraf voor advies aan die commissie voor. Voor het overige gelden de WMS in de
    vo-fase en de WEB en de WOR in de mbo-fase.

    ## Artikel 11 - Geschillen

    Geschillen tussen partijen over de uitvoering van deze overeenkomst worden beslecht op de wijze, bedoeld in
    artikel 2.107b, tweede lid, onderdeel h, van de Wet voortgezet onderwijs 2020.

    ## Artikel 12 - Looptijd, toetreding, wijziging en beëindiging

    1. Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt daarna telkens
    stilzwijgend met één schooljaar verlengd.

    2. Een ander bevoegd gezag van een school of instelling kan tot deze overeenkomst toetreden als beide
    partijen daarmee schriftelijk instemmen en het toetredende bevoegd gezag de overeenkomst medeondertekent.
    Toetreding gaat in bij het begin van een schooljaar en verandert niets aan het programma van deelnemers
    die al in de route zitten.

    3. Deze overeenkomst kan alleen schriftelijk en met instemming van beide colleges van bestuur worden
    gewijzigd. Wijzigingen gelden niet voor deelnemers in het laatste leerjaar van de route.

    4. Ieder van partijen kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van
    een jaar. Vanaf de opzegging stromen geen nieuwe deelnemers meer in. Deelnemers die al in de route zitten,
    ronden die af volgens deze overeenkomst; partijen blijven daarvoor tot het einde van hun route gebonden.

    ## Ondertekening

    Middelharnis, 27 juni 2025

    %% drs. C.J. Breeman, voorzitter college van bestuur, Stichting CVO Goeree-Overflakkee
    %% ing. M. Kievit, lid college van bestuur, Stichting ROC Flakkee-Voorne

    ## Bijlage - Overzicht wijzigingen ten opzichte van 2021

    {{table|Onderwerp;;Overeenkomst 2021;;Deze overeenkomst || Looptijd;;tot 31 juli 2025;;tot 31 juli 2030, daarna jaarlijkse verlenging || Leiding;;stuurgroep van vier personen;;routeteam van drie personen || Verantwoording;;jaarverslag;;halfjaarlijkse rapportage en jaarverslag || Bekostiging;;geen overdracht;;bijdrage ROC voor herkansers vmbo-examen || Medezeggenschap;;geen afspraken;;gezamenlijke commissie Autoroute || Teambevoegdheid;;niet toegepast;;module Onderhoud en diagnose}}
    """,
    title="Verlengings- en herzieningsovereenkomst DLR Autotechniek Flakkee",
)

add_sample(
    412, "paragrafen_vakinstelling_eemland_software", "pdf",
    "Beleidsmatige overeenkomst in paragrafen (§) met nominale, ambtelijke stijl, PDF, Eemland, MVI gemengde "
    "leerweg -> mbo-4 software developer bij een vakinstelling; volledig compliant, uitdrukkelijk geen "
    "overdracht van bekostiging, geschillen via bindend advies en arbitrage.",
    st("pppppppppp"),
    {"a": "§ 2 Reikwijdte: profiel en kwalificatie", "b": "§ 3 Werkgeversbetrokkenheid",
     "c": "§ 4 Aansturing", "d": "§ 5 Informatieplicht en rekenschap",
     "e": "§ 6 Organisatie en didactiek", "f": "§ 7 Alternatieve leerwegen bij uitval",
     "g": "§ 8 Bekostiging", "h": "§ 9 Inspraak", "i": "§ 10 Conflictregeling",
     "j": "§ 11 Uitbreiding, aanpassing en einde van de samenwerking"},
    """
    # Samenwerkingsovereenkomst doorlopende leerroute Code & Creatie Eemland

    ~ vmbo Media, vormgeving en ICT (gemengde leerweg) - mbo Software developer (niveau 4)

    ~ Kenmerk SVO-E/BC 2025-07

    ## Partijen

    De Stichting Interconfessioneel Voortgezet Onderwijs Eemland, gevestigd te Amersfoort, bevoegd gezag van
    De Eemhof Scholengemeenschap, school voor mavo en vbo, ten deze vertegenwoordigd door de heer
    drs. F. van Beusekom, voorzitter van het college van bestuur (hierna: de school),

    en

    de Stichting Vakinstelling Beeld en Code, gevestigd te Amersfoort, bevoegd gezag van de gelijknamige
    vakinstelling voor beroepsonderwijs, ten deze vertegenwoordigd door mevrouw M. Rietveld MSc, bestuurder
    (hierna: de vakinstelling),

    sluiten, ter uitvoering van artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de
    Wet educatie en beroepsonderwijs, de volgende overeenkomst.

    ## § 1 Grondslag en doel

    1.1 Doel van de samenwerking is de gezamenlijke verzorging van een doorlopende leerroute vmbo-mbo, met
    vermijding van overlap in leerstof, benutting van de studietijd voor verdieping en een ononderbroken
    loopbaanbegeleiding.

    1.2 Melding van de route aan de minister geschiedt gezamenlijk door registratie in RIO, uiterlijk op
    1 oktober 2025, door ieder van partijen voor het eigen deel.

    ## § 2 Reikwijdte: profiel en kwalificatie

    2.1 De route omvat het derde en vierde leerjaar van de gemengde leerweg, profiel Media, vormgeving en ICT,
    van de school en de aansluitende middenkaderopleiding Software developer, niveau 4, beroepsopleidende
    leerweg, van de vakinstelling.

    2.2 De nominale duur van de route bedraagt vijf leerjaren. Afronding leidt tot het diploma vmbo gemengde
    leerweg en het diploma Software developer.

    ## § 3 Werkgeversbetrokkenheid

    3.1 Betrokkenheid van het regionale ICT-werkveld bij inhoud en uitvoering van de route krijgt vorm via de
    Adviescommissie Code & Creatie, samengesteld uit vertegenwoordigers van de erkende leerbedrijven Eemsoft
    B.V., Studio Koppelpoort en Datacraft Amersfoort B.V., aangevuld met een adviseur van SBB.

    3.2 De inbreng van de leerbedrijven omvat: halfjaarlijkse toetsing van het routecurriculum aan de
    actuele beroepspraktijk; jaarlijkse aanlevering van ten minste twee opdrachten voor de projectweken
    ("opdrachtgeverschap") in de vo-fase; beschikbaarstelling van bpv-plaatsen in de mbo-fase; en deelname
    als assessor aan de beoordeling van het examenproject in het laatste leerjaar.

    3.3 De vakinstelling draagt zorg voor de vastlegging van deze inbreng in praktijkovereenkomsten met de
    betrokken leerbedrijven.

    ## § 4 Aansturing

    4.1 De aansturing van de route is belegd bij een routedirectie, bestaande uit de teamleider bovenbouw
    beroepsgericht van de school en de opleidingsmanager ICT van de vakinstelling, ondersteund door een
    routesecretaris zonder beslissende stem.

    4.2 Aanwijzing van de leden van de routedirectie geschiedt door het college van bestuur van de school
    respectievelijk de bestuurder van de vakinstelling, ieder voor het eigen lid, voor de duur van drie
    schooljaren. Vervanging bij tussentijds vertrek geschiedt op dezelfde wijze binnen zes weken.

    4.3 Aan de routedirectie zijn door de besturen opgedragen: de vaststelling van het jaarrooster, de
    toedeling van docenten binnen de door de besturen beschikbaar gestelde formatie, de toelating van
    leerlingen tot de route, de beslissing over alternatieve leerwegen (§ 7), de kwaliteitszorg en het
    beheer van het routebudget. Buiten het mandaat van de routedirectie vallen: personele besluiten,
    investeringen boven EUR 7.500 en wijziging van deze overeenkomst.

    4.4 Besluitvorming binnen de routedirectie vindt plaats bij eenstemmigheid; bij gebrek daaraan wordt het
    punt voorgelegd aan de besturen.

    ## § 5 Informatieplicht en rekenschap

    5.1 De routedirectie verschaft beide besturen tweemaal per schooljaar, in februari en in juli, een
    schriftelijke voortgangsnotitie met de kengetallen instroom, studievoortgang, uitval en
    diplomarendement, en met de stand van het routebudget.

    5.2 Jaarlijks, uiterlijk 15 oktober, volgt een evaluatierapport over het voorgaande schooljaar, dat
    tevens dient ter verantwoording over taakuitoefening en budgetbesteding. Bespreking daarvan geschiedt in
    het bestuurlijk overleg van november.

    5.3 Incidenten met mogelijke gevolgen voor de continuïteit van de route worden onverwijld aan beide
    besturen gemeld.

    ## § 6 Organisatie en didactiek

    6.1 Uitvoering van de vo-fase vindt plaats op de locatie van de school aan de Hogeweg te Amersfoort,
    waarbij in het tweede leerjaar van de route wekelijks twee dagdelen worden doorgebracht in de
    softwarestudio van de vakinstelling aan het Smallepad. Uitvoering van de mbo-fase vindt plaats bij de
    vakinstelling en bij de leerbedrijven.

    6.2 Personele inzet: de school levert de docenten MVI, Nederlands, Engels en wiskunde; de vakinstelling
    levert twee docenten programmeren voor in totaal acht lesuren per week in het tweede leerjaar van de
    route. Voor de vakoverstijgende leerlijn Programmeren en ontwerp wordt gewerkt met één docententeam met
    teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB); in het routecurriculum wordt vermeld
    welke docent voor welk onderdeel bevoegd is. Het werkgeverschap blijft bij de eigen werkgever.

    6.3 Gebruik van voorzieningen: de vakinstelling stelt haar softwarestudio, de testomgeving en de
    ontwikkellicenties beschikbaar; de school haar MVI-lokaal, de 3D-printers en de laptopkarren.
    Wederzijds gebruik geschiedt om niet.

    6.4 Het routecurriculum, tevens gezamenlijk PTA/OER, bevat per leerjaar het onderwijsprogramma, de
    examinering en de beroepspraktijkvorming, met onderscheid naar vmbo-, mbo- en gecombineerde onderdelen,
    en wordt door beide besturen vóór 1 juli vastgesteld.

    6.5 Verantwoordelijkheid voor examinering en diplomering berust voor het vmbo-deel bij de school en voor
    het mbo-deel bij de vakinstelling. Klachten over gedragingen van personeel van de andere partij worden
    behandeld volgens de eigen klachtenregeling, met medewerking van de andere partij.

    ## § 7 Alternatieve leerwegen bij uitval

    7.1 Beëindiging van de deelname aan de route vóór succesvolle afronding leidt niet tot beëindiging van
    de opleiding: school en vakinstelling bieden de leerling een alternatief dat leidt tot een vmbo- of
    mbo-diploma.

    7.2 Bepaling van het alternatief geschiedt door de routedirectie op basis van een gezamenlijke
    beoordeling door de mentor van de school en de studieloopbaanbegeleider van de vakinstelling, na overleg
    met leerling en ouders, waarbij het bereikte onderwijsniveau en de leeftijd van de leerling bepalend zijn.

    7.3 Kaders: (a) uitval in de vo-fase: voortzetting in de reguliere gemengde of theoretische leerweg van
    de school met het oog op het vmbo-diploma; (b) uitval in de mbo-fase of wens tot andere richting:
    instroom in een andere opleiding van de vakinstelling op niveau 4, zoals Mediavormgever, of op niveau 3,
    zonder toepassing van de vooropleidingseisen, ook indien het vmbo-diploma nog niet is behaald; (c)
    vmbo-diploma niet behaald aan het einde van het derde leerjaar van de route: voortzetting van de
    mbo-opleiding met gelegenheid tot herkansing van het vmbo-examen bij de school; (d) wens tot overstap
    naar een andere instelling: ondersteuning bij het toelatingsonderzoek en warme overdracht.

    ## § 8 Bekostiging

    Partijen zien af van overdracht van bekostiging als bedoeld in artikel 5.42a WVO 2020 en artikel 9.1.15
    WEB. De over en weer verleende inzet van personeel en voorzieningen wordt niet verrekend.

    ## § 9 Inspraak

    9.1 De medezeggenschapsraad van de school en de studentenraad van de vakinstelling voeren jaarlijks in
    het voorjaar een gezamenlijk overleg over de route, waarvoor de routedirectie de evaluatie aanlevert.

    9.2 Leerlingen in het tweede leerjaar van de route kiezen uit hun midden een vertegenwoordiger die als
    waarnemer met spreekrecht deelneemt aan de vergaderingen van de studentenraad van de vakinstelling.

    9.3 Voorgenomen wijzigingen van het routecurriculum die de vo-fase raken, worden vóór vaststelling ter
    advisering voorgelegd aan de medezeggenschapsraad van de school.

    ## § 10 Conflictregeling

    10.1 Een verschil van inzicht over de uitvoering van deze overeenkomst wordt eerst in de routedirectie
    besproken en, bij gebrek aan overeenstemming binnen vier weken, in het bestuurlijk overleg.

    10.2 Blijft overeenstemming binnen zes weken uit, dan wordt het geschil voorgelegd aan een door partijen
    gezamenlijk aangewezen onafhankelijke deskundige voor bindend advies. Komen partijen niet tot een
    gezamenlijke aanwijzing, dan wordt het geschil beslecht door arbitrage volgens het Arbitragereglement
    van het Nederlands Arbitrage Instituut, door één arbiter, met Amersfoort als plaats van arbitrage.

    ## § 11 Uitbreiding, aanpassing en einde van de samenwerking

    11.1 Toetreding van een ander bevoegd gezag van een school of instelling voor beroepsonderwijs is
    mogelijk met schriftelijke instemming van beide partijen, mits het toetredende bevoegd gezag alle
    verplichtingen uit deze overeenkomst aanvaardt. Toetreding vindt plaats per 1 augustus en laat het
    programma van de zittende leerlingen ongemoeid.

    11.2 Aanpassing van deze overeenkomst vereist een schriftelijk stuk dat door beide besturen is
    ondertekend. Aanpassingen met gevolgen voor leerlingen treden niet eerder in werking dan bij het begin
    van het volgende schooljaar.

    11.3 Deze overeenkomst geldt voor onbepaalde tijd met ingang van 1 augustus 2025. Opzegging geschiedt
    schriftelijk tegen 1 augustus, met een termijn van ten minste twaalf maanden. Ontbinding is mogelijk bij
    een ernstige tekortkoming die niet binnen twee maanden na schriftelijke aanmaning is hersteld.

    11.4 Bij opzegging of ontbinding wordt de instroom in de route beëindigd en ronden de leerlingen die op
    dat moment aan de route deelnemen deze af volgens deze overeenkomst; waar dat niet mogelijk is, wordt
    § 7 toegepast.

    ## § 12 Slotbepaling

    Deze overeenkomst wordt beheerst door Nederlands recht.

    Aldus opgemaakt en ondertekend te Amersfoort op 30 juni 2025.

    %% drs. F. van Beusekom, voorzitter college van bestuur Stichting Interconfessioneel Voortgezet Onderwijs Eemland
    %% M. Rietveld MSc, bestuurder Stichting Vakinstelling Beeld en Code
    """,
    header="SOK DLR Code & Creatie Eemland | kenmerk SVO-E/BC 2025-07",
)

# ==== END SAMPLES ====

if __name__ == "__main__":
    main(sys.argv[1:])
