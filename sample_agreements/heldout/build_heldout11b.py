#!/usr/bin/env python3
"""Build held-out sample agreements h161-h168 for leerroute-check.

Written by an independent helper session (batch 11b). The texts were composed from the two official
guidance documents in /work/shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie),
/work/shared/domain.md and /work/main/sample_agreements/LABELS.md only, without looking at checker code,
tests, models or the texts/build scripts of any other sample. All schools, instellingen, companies and
people are made up.

Usage:
    python3 build_heldout11b.py            build all
    python3 build_heldout11b.py 161 165    build only those numbers
    python3 build_heldout11b.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)
ITEMS = "abcdefghij"

DOCS = {}  # number -> dict(name, fmt, description, statuses, evidence, blocks, opts)


def register(num, name, fmt, description, statuses, evidence, blocks, **opts):
    st = dict(zip(ITEMS, statuses.split()))
    full = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    DOCS[num] = dict(name=name, fmt=fmt, description=description,
                     statuses={k: full[v] for k, v in st.items()},
                     evidence=evidence, blocks=blocks, opts=opts)


def expected_json(d):
    return {"description": d["description"], "split": "heldout",
            "statuses": d["statuses"], "evidence": d["evidence"]}


# --------------------------------------------------------------------------------------------
# Block model
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text) ("li", text)
#   ("table", [[cell, ...], ...])   first row = header
#   ("tracked", [("t"|"ins"|"del", text), ...])   DOCX: tracked changes; other formats: t+ins
#   ("textbox", [text, ...])          DOCX: VML text box; other formats: paragraphs
#   ("toc", None)                      PDF: table of contents
#   ("pagebreak", None)
#   ("sig", [(left, right), ...])      signature lines
# --------------------------------------------------------------------------------------------

def plain_tracked(segs):
    return "".join(t for k, t in segs if k != "del")


# ---------------------------------------------------------------- TXT / MD
def render_text(d):
    md = d["fmt"] == "md"
    out = []
    for kind, val in d["blocks"]:
        if kind == "title":
            out.append(("# " if md else "") + val)
            if not md:
                out.append("=" * min(len(val), 78))
        elif kind == "sub":
            out.append(val)
        elif kind == "h1":
            out.append(("## " if md else "") + val)
            if not md:
                out.append("-" * min(len(val), 78))
        elif kind == "h2":
            out.append(("### " if md else "") + val)
        elif kind == "p":
            out.append(val)
        elif kind == "li":
            out.append(("- " if md else "  - ") + val)
        elif kind == "tracked":
            out.append(plain_tracked(val))
        elif kind == "textbox":
            out.extend(val)
        elif kind == "table":
            if md:
                out.append("| " + " | ".join(val[0]) + " |")
                out.append("|" + "---|" * len(val[0]))
                for row in val[1:]:
                    out.append("| " + " | ".join(row) + " |")
            else:
                for row in val:
                    out.append("  " + " | ".join(row))
        elif kind == "sig":
            for left, right in val:
                out.append(left)
                out.append(right)
                out.append("")
        elif kind in ("toc", "pagebreak"):
            continue
        out.append("")
    text = "\n".join(out).rstrip() + "\n"
    if not md:
        text = wrap_plain(text)
    return text.encode("utf-8")


def wrap_plain(text, width=96):
    import textwrap
    lines = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        indent = re.match(r"\s*(- )?", line).group(0)
        sub = " " * len(indent)
        lines.extend(textwrap.wrap(line, width=width, initial_indent="", subsequent_indent=sub,
                                   break_long_words=False, break_on_hyphens=False))
    return "\n".join(lines)


# ---------------------------------------------------------------- PDF
def render_pdf(d):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle, PageBreak, KeepTogether)
    from reportlab.platypus.tableofcontents import TableOfContents
    from xml.sax.saxutils import escape

    opts = d["opts"]
    ss = getSampleStyleSheet()
    base = ParagraphStyle("base", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=13.5, spaceAfter=6)
    st = {
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19,
                                spaceAfter=10),
        "sub": ParagraphStyle("s", parent=base, fontName="Helvetica-Oblique", fontSize=10.5),
        "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                             spaceBefore=10, spaceAfter=5),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10, spaceBefore=6,
                             spaceAfter=3),
        "p": base,
        "li": ParagraphStyle("li", parent=base, leftIndent=16, bulletIndent=5),
        "cell": ParagraphStyle("c", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
    }

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            if isinstance(fl, Paragraph) and getattr(fl, "_toc_level", None) is not None:
                self.notify("TOCEntry", (fl._toc_level, fl.getPlainText(), self.page))

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm, topMargin=2.4 * cm,
              bottomMargin=2.2 * cm, title=opts.get("pdf_title", d["name"]), author=opts.get(
                  "pdf_author", "Onbekend"), subject="", creator="", producer="", invariant=1)
    header = opts.get("header")
    footer = opts.get("footer")

    def on_page(canv, doc_):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        w, h = A4
        if header:
            canv.drawString(2.4 * cm, h - 1.4 * cm, header)
            canv.line(2.4 * cm, h - 1.55 * cm, w - 2.4 * cm, h - 1.55 * cm)
        if footer:
            canv.drawString(2.4 * cm, 1.2 * cm, footer)
        canv.drawRightString(w - 2.4 * cm, 1.2 * cm, "Pagina %d" % doc_.page)
        canv.restoreState()

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])

    story = []
    use_toc = False
    for kind, val in d["blocks"]:
        if kind in ("title", "sub", "p"):
            story.append(Paragraph(escape(val).replace("\n", "<br/>"), st[kind]))
        elif kind in ("h1", "h2"):
            para = Paragraph(escape(val), st[kind])
            para._toc_level = 0 if kind == "h1" else 1
            story.append(para)
        elif kind == "li":
            story.append(Paragraph(escape(val), st["li"], bulletText="\u2022"))
        elif kind == "tracked":
            story.append(Paragraph(escape(plain_tracked(val)), base))
        elif kind == "textbox":
            for t in val:
                story.append(Paragraph(escape(t), base))
        elif kind == "table":
            data = [[Paragraph(escape(c), st["cell"]) for c in row] for row in val]
            ncol = len(val[0])
            widths = opts.get("col_widths") or [doc.width / ncol] * ncol
            tbl = Table(data, colWidths=widths, repeatRows=1)
            tbl.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(tbl)
            story.append(Spacer(1, 6))
        elif kind == "toc":
            use_toc = True
            toc = TableOfContents()
            toc.levelStyles = [
                ParagraphStyle("toc0", parent=base, fontSize=9, leading=10.5, leftIndent=10,
                               firstLineIndent=-10, spaceAfter=1),
                ParagraphStyle("toc1", parent=base, fontSize=8.5, leading=10, leftIndent=24,
                               firstLineIndent=-10, spaceAfter=0),
            ]
            story.append(Paragraph("Inhoudsopgave", st["h1"]))
            story.append(toc)
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "sig":
            rows = [[Paragraph(escape(l).replace("\n", "<br/>"), base),
                     Paragraph(escape(r).replace("\n", "<br/>"), base)] for l, r in val]
            t = Table(rows, colWidths=[doc.width / 2] * 2)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([Spacer(1, 10), t]))
    if use_toc:
        doc.multiBuild(story)
    else:
        doc.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_docx(d):
    import datetime
    from docx import Document
    from docx.shared import Pt
    from docx.oxml import parse_xml

    opts = d["opts"]
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(10.5)
    cp = doc.core_properties
    when = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.author = opts.get("docx_author", "Onbekend")
    cp.last_modified_by = opts.get("docx_author", "Onbekend")
    cp.title = opts.get("docx_title", d["name"])
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""

    author = opts.get("track_author", "Onbekend")
    rev = [0]

    def next_id():
        rev[0] += 1
        return rev[0]

    for kind, val in d["blocks"]:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "li":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "tracked":
            p = doc.add_paragraph()
            for k, t in val:
                if k == "t":
                    p.add_run(t)
                elif k == "ins":
                    xml = ('<w:ins xmlns:w="%s" w:id="%d" w:author="%s" w:date="2025-06-12T10:00:00Z">'
                           '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                           % (W_NS, next_id(), _esc(author), _esc(t)))
                    p._p.append(parse_xml(xml))
                elif k == "del":
                    xml = ('<w:del xmlns:w="%s" w:id="%d" w:author="%s" w:date="2025-06-12T10:00:00Z">'
                           '<w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                           % (W_NS, next_id(), _esc(author), _esc(t)))
                    p._p.append(parse_xml(xml))
        elif kind == "textbox":
            inner = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _esc(t)
                            for t in val)
            n = next_id()
            height = 40 + 16 * sum(1 + len(t) // 90 for t in val)
            xml = ('<w:r xmlns:w="%s"><w:pict xmlns:v="urn:schemas-microsoft-com:vml">'
                   '<v:shape id="Tekstvak%d" type="#_x0000_t202" '
                   'style="width:440pt;height:%dpt" '
                   'stroked="t" strokecolor="#555555" strokeweight="0.75pt"><v:textbox>'
                   '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
                   % (W_NS, n, height, inner))
            p = doc.add_paragraph()
            p._p.append(parse_xml(xml))
        elif kind == "table":
            tbl = doc.add_table(rows=len(val), cols=len(val[0]))
            tbl.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    cell = tbl.cell(i, j)
                    cell.text = c
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "sig":
            tbl = doc.add_table(rows=len(val), cols=2)
            for i, (l, r) in enumerate(val):
                tbl.cell(i, 0).text = l
                tbl.cell(i, 1).text = r
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "toc":
            continue
    if opts.get("track_settings"):
        settings = doc.settings.element
        settings.append(parse_xml('<w:trackRevisions xmlns:w="%s"/>' % W_NS))
    raw = io.BytesIO()
    doc.save(raw)
    return fix_zip(raw.getvalue())


def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- build / check
def out_path(d, ext=None):
    return os.path.join(HERE, "h%d_%s.%s" % (d["num"], d["name"], ext or d["fmt"]))


def build(num):
    d = DOCS[num]
    d["num"] = num
    if d["fmt"] in ("txt", "md"):
        data = render_text(d)
    elif d["fmt"] == "pdf":
        data = render_pdf(d)
    else:
        data = render_docx(d)
    with open(out_path(d), "wb") as f:
        f.write(data)
    with open(out_path(d, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected_json(d), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(out_path(d)), len(data), "bytes")


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        return "\n".join(parts)
    if path.endswith(".docx"):
        from lxml import etree
        import docx
        docx.Document(path)  # must open with python-docx
        z = zipfile.ZipFile(path)
        names = ["word/document.xml"] + sorted(n for n in z.namelist()
                                               if re.match(r"word/(header|footer)\d*\.xml", n))
        parts = []
        for n in names:
            root = etree.fromstring(z.read(n))
            for p in root.iter("{%s}p" % W_NS):
                txt = []
                for el in p.iter("{%s}t" % W_NS, "{%s}tab" % W_NS):
                    # skip text of nested paragraphs (text boxes) - they are visited on their own
                    anc = el.getparent()
                    while anc is not None and anc.tag != "{%s}p" % W_NS:
                        anc = anc.getparent()
                    if anc is not p:
                        continue
                    txt.append(el.text or "" if el.tag.endswith("}t") else " ")
                parts.append("".join(txt))
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return " ".join(s.split())


def check():
    ok = True
    for num in sorted(DOCS):
        d = DOCS[num]
        d["num"] = num
        p = out_path(d)
        jp = out_path(d, "expected.json")
        errs = []
        if not os.path.exists(p) or not os.path.exists(jp):
            errs.append("file missing")
        else:
            size = os.path.getsize(p)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract(p))
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            if len(text) < 500:
                errs.append("too little text (%d chars)" % len(text))
            for k, ev in d["evidence"].items():
                if d["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
            for k in ITEMS:
                if d["statuses"][k] == "present" and k not in d["evidence"]:
                    errs.append("no evidence for present item %s" % k)
            with open(jp, encoding="utf-8") as f:
                if json.load(f) != expected_json(d):
                    errs.append("expected.json differs from table")
            words = len(text.split())
        print("h%d %-4s %s" % (num, d["fmt"], "OK (%d words)" % words if not errs else "FAIL"))
        for e in errs:
            print("     ", e)
            ok = False
    print("ALL OK" if ok else "CHECK FAILED")
    return ok


# ============================================================================================
# AGREEMENTS
# ============================================================================================

# --------------------------------------------------------------------------------------------
# h163 - letter by the director of a small vmbo school, countersigned by the ROC board (TXT)
# --------------------------------------------------------------------------------------------
register(
    163, "directeursbrief_voor_akkoord_fietstechniek_hulst", "txt",
    "Brief in de ik/jij-vorm van de directeur van een kleine vmbo-school in Hulst aan de CvB-voorzitter "
    "van een ROC, door beide besturen voor akkoord getekend; Mobiliteit en transport bb naar mbo-2 "
    "Fietstechnicus; alinea's met aanloopzinnen in plaats van koppen; volledig; zwijgt over "
    "medezeggenschap (h n.v.t.).",
    "p p p p p p p na p p",
    {"a": "Eerst waar het om gaat.",
     "b": "Dan de fietsenmakers.",
     "c": "Wie de route trekt.",
     "d": "Hoe Marloes en Koen ons op de hoogte houden.",
     "e": "Hoe de weken eruitzien.",
     "f": "Als het toch niet lukt.",
     "g": "Over geld kan ik kort zijn.",
     "i": "Als wij het samen niet eens worden.",
     "j": "Erbij, eruit of anders."},
    [
        ("p", "Stichting Voortgezet Onderwijs Hulster Ambacht"),
        ("p", "Vakschool De Zoutkeet - Absdaalseweg 14 - 4561 GE Hulst"),
        ("p", "Aan het College van Bestuur van Stichting Beroepsonderwijs Zeeuwse Delta (Deltacollege)\n"
              "t.a.v. mevrouw drs. A.M. de Kok, voorzitter\nBoulevard 3\n4531 EB Terneuzen"),
        ("p", "Hulst, 12 mei 2025\nOns kenmerk: DZ/2025/041\nBetreft: onze afspraken over de doorlopende "
              "leerroute fietstechniek - ter ondertekening"),
        ("p", "Beste Anneke,"),
        ("p", "Zoals beloofd na ons gesprek van 24 april zet ik op papier wat wij samen hebben afgesproken "
              "over de doorlopende leerroute die we met ingang van het schooljaar 2025-2026 willen "
              "starten. Ik schrijf het bewust als brief: we zijn een kleine school en ik wil dat onze "
              "docenten en de ouders het ook kunnen lezen. Wel is het de bedoeling dat deze brief, "
              "zodra jij hem namens jullie college van bestuur hebt meeondertekend, geldt als de "
              "samenwerkingsovereenkomst tussen onze twee besturen als bedoeld in artikel 2.107b WVO 2020 "
              "en artikel 9.1.3 WEB. Ik onderteken namens ons bestuur; ik ben daartoe gemachtigd bij "
              "besluit van de raad van toezicht van 3 maart 2025."),
        ("p", "Eerst waar het om gaat. De route begint in leerjaar 3 van onze basisberoepsgerichte leerweg, "
              "profiel Mobiliteit en transport, en loopt zonder knip door naar de mbo-opleiding "
              "Fietstechnicus (niveau 2, BOL) uit het kwalificatiedossier Tweewielertechniek van jullie "
              "Techniekcollege in Terneuzen. Het gaat om één groep van maximaal veertien leerlingen per "
              "jaar. Leerlingen die kiezen voor de route halen bij ons het vmbo-diploma en bij jullie het "
              "diploma Fietstechnicus."),
        ("p", "Dan de fietsenmakers. Zonder hen hoeven we niet te beginnen, en ze staan te popelen. "
              "Rijwielhandel Van Damme in Hulst, Tweewielers De Pauw in Axel en Fietsplein Terneuzen "
              "hebben toegezegd dat zij elk jaar samen minstens veertien bpv-plaatsen voor de leerlingen "
              "uit het mbo-deel openhouden; alle drie zijn erkend leerbedrijf bij SBB. In leerjaar 3 "
              "ontvangen zij de groep twee keer voor een bedrijfsbezoek en ze leveren de levensechte "
              "reparatieopdrachten voor het praktijkvak. Twee keer per jaar (oktober en maart) zitten de "
              "eigenaren met de docenten om tafel om het programma en de keuzedelen te bespreken, en bij "
              "de proeve van bekwaamheid beoordeelt een praktijkopleider uit een van deze bedrijven mee. "
              "Het Techniekcollege houdt het contact met de leerbedrijven bij; wij sluiten aan."),
        ("p", "Wie de route trekt. De dagelijkse leiding ligt bij een routeduo: onze afdelingsleider "
              "techniek, Marloes Verhelst, en de teamleider Mobiliteit van het Techniekcollege, Koen "
              "Bogaert. Ik wijs Marloes aan namens ons bestuur en jij wijst Koen aan namens jullie "
              "college; dat doen we allebei met een korte aanwijzingsbrief, en bij vertrek van een van "
              "hen wijst hetzelfde bestuur binnen zes weken een opvolger aan. Het duo maakt het rooster, "
              "stelt elk voorjaar het gezamenlijke PTA/OER op en legt het ons ter vaststelling voor, "
              "beslist over toelating tot de route en over de plaatsing van leerlingen bij de leerbedrijven, "
              "zet de docenten in binnen de uren die wij ieder beschikbaar stellen en mag tot 5.000 euro "
              "per schooljaar aan materiaal besteden. Wat daarbuiten valt - meer of minder leerlingen, "
              "personeel aannemen, stoppen met de route of deze brief aanpassen - blijft bij ons als "
              "besturen."),
        ("p", "Hoe Marloes en Koen ons op de hoogte houden. Vóór 1 oktober van elk jaar sturen zij jou en "
              "mij een verslag van hooguit vier pagina's over het afgelopen schooljaar: hoeveel leerlingen "
              "zijn ingestroomd, doorgestroomd en uitgevallen, de examenresultaten, klachten, de besteding "
              "van het materiaalbudget en wat zij volgend jaar anders willen. In februari zitten wij met "
              "z'n vieren een uur bij elkaar voor de tussenstand. Loopt er iets echt mis, dan horen we het "
              "meteen en niet pas in het verslag."),
        ("p", "Hoe de weken eruitzien. Leerjaar 3 en 4 worden bij ons in Hulst gegeven, met vanaf leerjaar "
              "3 één vaste dag per week in de fietswerkplaats van het Techniekcollege. Leerjaar 5 en 6 "
              "zijn mbo-jaren in Terneuzen, met de bpv bij de drie leerbedrijven. Welke onderdelen in welk "
              "leerjaar worden gegeven en geëxamineerd, staat in het gezamenlijke PTA/OER; het centraal "
              "examen vmbo doen de leerlingen in leerjaar 4. Onze twee praktijkdocenten techniek en een "
              "docent tweewielertechniek van het Techniekcollege vormen samen één docententeam en maken "
              "gebruik van de teambevoegdheid voor het vakoverstijgende praktijkvak; voor elk "
              "programmaonderdeel is ten minste één bevoegde docent in het team. Ieder blijft in dienst "
              "van zijn eigen werkgever. Wij stellen ons praktijklokaal en de theorielokalen op "
              "woensdagmiddag ter beschikking; het Techniekcollege stelt de fietswerkplaats, de "
              "uitlijnbank en de diagnoseapparatuur voor e-bikes op de werkplaatsdag beschikbaar, en de "
              "leerlingen mogen de mediatheek en kantine in Terneuzen gebruiken. Klachten over een docent "
              "van de andere partij handelen we samen af: de school die de klacht ontvangt, stuurt hem "
              "binnen vijf werkdagen door."),
        ("p", "Als het toch niet lukt. Een leerling die in leerjaar 3 of 4 uit de route stapt, maakt bij ons "
              "de basisberoepsgerichte leerweg af in Mobiliteit en transport of, als dat beter past, in "
              "een ander profiel, en haalt zo het vmbo-diploma. Wie na het vmbo-diploma in het mbo-deel "
              "vastloopt, kan bij het Techniekcollege overstappen naar een andere opleiding op niveau 2, "
              "bijvoorbeeld Autotechnicus of Medewerker logistiek, zonder opnieuw aan toelatingseisen te "
              "moeten voldoen. Heeft een leerling aan het eind van leerjaar 5 het vmbo-diploma nog niet, "
              "dan kan hij zijn mbo-opleiding op niveau 2 vervolgen of, als dat kansrijker is, het vmbo "
              "nog een jaar bij ons overdoen. Bij verhuizing helpen we met een plek bij een andere school "
              "of instelling in de buurt. Wat de beste plek is, beslissen Marloes en Koen samen, op basis "
              "van wat de leerling al gehaald heeft en zijn leeftijd, nadat ze met de leerling en zijn "
              "ouders hebben gepraat. Entree is geen standaarduitweg. De werkwijze nemen we op in onze "
              "schoolgids."),
        ("p", "Over geld kan ik kort zijn. Er gaat geen bekostiging van ons naar jullie of andersom: geen "
              "van beide besturen draagt een deel van zijn rijksbijdrage over. Ieder betaalt zijn eigen "
              "mensen en gebouwen; het gebruik van elkaars lokalen en werkplaats brengen we elkaar niet in "
              "rekening."),
        ("p", "Als wij het samen niet eens worden. Meningsverschillen over de uitvoering van deze afspraken "
              "legt het routeduo eerst aan ons tweeën voor; wij gaan binnen vier weken om tafel. Komen "
              "wij er dan niet uit, dan vragen we een mediator die we samen kiezen. Lukt ook dat niet "
              "binnen drie maanden, dan mag ieder van ons het geschil voorleggen aan de rechtbank "
              "Zeeland-West-Brabant."),
        ("p", "Erbij, eruit of anders. Er kan een andere vmbo-school of mbo-instelling aansluiten als zij "
              "een passend profiel of een passende opleiding aanbiedt, zich schriftelijk aan deze afspraken "
              "verbindt en beide besturen daar schriftelijk mee instemmen; dat gebeurt altijd per 1 "
              "augustus, zodat er geen groep halverwege van opzet verandert. Ieder van ons kan de "
              "afspraken met een brief opzeggen tegen 1 augustus, met ten minste twaalf maanden "
              "opzegtermijn. Na een opzegging nemen we geen nieuwe leerlingen meer aan, maar iedereen die "
              "al in de route zit, maakt hem af zoals afgesproken, zo nodig tot en met leerjaar 6. "
              "Wijzigen doen we alleen met een nieuwe brief die we allebei ondertekenen, en wijzigingen "
              "gelden voor lopende groepen alleen als ze voor de leerlingen niet nadelig zijn."),
        ("p", "Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd. We melden de route samen "
              "bij DUO aan via RIO; Koen en Marloes regelen dat vóór 1 juli."),
        ("p", "Met hartelijke groet,"),
        ("sig", [("J.P. Verstraeten, directeur-bestuurder\nStichting Voortgezet Onderwijs Hulster Ambacht",
                  "Hulst, 12 mei 2025"),
                 ("Voor akkoord, namens het College van Bestuur van Stichting Beroepsonderwijs Zeeuwse "
                  "Delta:\ndrs. A.M. de Kok, voorzitter",
                  "Terneuzen, 20 mei 2025")]),
    ],
)

# --------------------------------------------------------------------------------------------
# h168 - very short one-page "afsprakenblad" (DOCX)
# --------------------------------------------------------------------------------------------
register(
    168, "afsprakenblad_zeer_kort_logistiek_nijkerk", "docx",
    "Zeer kort afsprakenblad (DOCX, circa één pagina) met eenwoordkoppen en telegramstijl; "
    "Economie en ondernemen bb naar mbo-2 Logistiek medewerker, Nijkerk; volledig, met "
    "medezeggenschapsafspraak (h aanwezig).",
    "p p p p p p p p p p",
    {"a": "1. Route", "b": "2. Werkgevers", "c": "3. Aansturing", "d": "4. Rapportage",
     "e": "5. Uitvoering", "f": "6. Overstap", "g": "7. Geld", "h": "8. Inspraak",
     "i": "9. Conflicten", "j": "10. Aansluiten, opzeggen, wijzigen"},
    [
        ("title", "Afsprakenblad doorlopende leerroute Logistiek Nijkerk"),
        ("p", "Partijen: Stichting Christelijk Voortgezet Onderwijs Nijkerk (bevoegd gezag van De "
              "Vaartschool, vmbo) en Stichting Arkemheen Beroepsonderwijs (bevoegd gezag van het "
              "Arkemheen College, mbo), beide rechtsgeldig vertegenwoordigd door hun bestuurder. Dit blad "
              "is de samenwerkingsovereenkomst bedoeld in art. 2.107b WVO 2020 / art. 9.1.3 WEB."),
        ("h2", "1. Route"),
        ("p", "Vmbo basisberoepsgerichte leerweg, profiel Economie en ondernemen, doorlopend naar mbo-2 "
              "Logistiek medewerker (BOL, domein Transport, scheepvaart en logistiek). Start leerjaar 3, "
              "schooljaar 2025-2026."),
        ("h2", "2. Werkgevers"),
        ("p", "Distributiecentra Hoevelaken Logistics en Veluwe Koel & Vries en bouwmaterialengroothandel "
              "Bakker Nijkerk (alle erkend leerbedrijf SBB): rondleidingen en een magazijnopdracht in "
              "leerjaar 3, bpv-plaatsen vanaf leerjaar 4, jaarlijkse programmatoets met de docenten in "
              "juni, meebeoordelen bij de proeve."),
        ("h2", "3. Aansturing"),
        ("p", "Kernteam: afdelingsleider bovenbouw De Vaartschool + opleidingsmanager Logistiek Arkemheen "
              "College, ieder aangewezen door het eigen bestuur. Taken: rooster, PTA/OER-voorstel, "
              "toelating, bpv-plaatsing. Bevoegd tot uitgaven binnen het jaarbudget (€ 8.000); "
              "formatie, instroomomvang en beëindiging blijven bij de besturen."),
        ("h2", "4. Rapportage"),
        ("p", "Kernteam rapporteert beide bestuurders schriftelijk per semester (februari, juli): "
              "in-, door- en uitstroom, examens, budget. Eén bestuurlijk overleg per jaar in september."),
        ("h2", "5. Uitvoering"),
        ("p", "Leerjaar 3-4 op De Vaartschool, leerjaar 5-6 op het Arkemheen College; programma en "
              "examinering per leerjaar in één PTA/OER. Eén docententeam (twee vmbo-docenten EO, één "
              "mbo-docent logistiek, teambevoegdheid voor het praktijkdeel), ieder in dienst van eigen "
              "werkgever. Wederzijds gebruik: oefenmagazijn en heftruck-simulator van het Arkemheen "
              "College, praktijklokaal en computerlokaal van De Vaartschool."),
        ("h2", "6. Overstap"),
        ("p", "Stopt een leerling in leerjaar 3-4: vervolg in de reguliere bb-leerweg (EO of ander "
              "profiel) naar het vmbo-diploma. Stopt hij later: andere mbo-2 opleiding bij het "
              "Arkemheen College (bijv. Medewerker retail), zonder vooropleidingseisen. Besluit door "
              "beide scholen samen, na gesprek met leerling en ouders, op basis van bereikt niveau en "
              "leeftijd."),
        ("h2", "7. Geld"),
        ("p", "Geen overdracht van bekostiging; ieder draagt eigen kosten."),
        ("h2", "8. Inspraak"),
        ("p", "Een leerling uit de route (vo-fase) neemt met spreekrecht deel aan de studentenraad van "
              "het Arkemheen College; beide medezeggenschapsraden krijgen het jaarverslag van het "
              "kernteam."),
        ("h2", "9. Conflicten"),
        ("p", "Eerst kernteam, dan bestuurders (binnen 4 weken), daarna bindend advies van een door beide "
              "aangewezen onafhankelijke deskundige."),
        ("h2", "10. Aansluiten, opzeggen, wijzigen"),
        ("p", "Nieuwe school of instelling: met schriftelijke instemming van beide besturen, per 1 "
              "augustus. Opzeggen: schriftelijk, per 1 augustus, termijn 12 maanden; ingestroomde "
              "leerlingen ronden de route af. Wijzigen: alleen schriftelijk door beide besturen, niet ten "
              "nadele van lopende cohorten."),
        ("sig", [("Nijkerk, 2 juni 2025\nW. van den Brink, bestuurder SCVO Nijkerk",
                  "Nijkerk, 2 juni 2025\nmr. F. Scholten, voorzitter CvB Arkemheen Beroepsonderwijs")]),
    ],
    docx_author="Kernteam Logistiek", docx_title="Afsprakenblad DLR Logistiek",
)

# --------------------------------------------------------------------------------------------
# h161 - long agreement by an ROC's legal department, ToC, running headers/footers (PDF)
# --------------------------------------------------------------------------------------------
H161_BLOCKS = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Installatietechniek Bernheze"),
    ("sub", "Produceren, installeren en energie (kaderberoepsgerichte leerweg) - Eerste monteur "
            "elektrotechnische installaties woning en utiliteit / Eerste monteur werktuigkundige "
            "installaties (mbo niveau 3)"),
    ("p", "Versie 1.0 - definitief - vastgesteld in het bestuurlijk overleg van 17 juni 2025"),
    ("toc", None),
    ("h1", "Partijen"),
    ("p", "1. Stichting Openbaar Voortgezet Onderwijs Maasland-Oost, statutair gevestigd te Heesch, "
          "ingeschreven in het handelsregister onder nummer 41087723, bevoegd gezag van het Bernrode "
          "Vakcollege te Heesch (BRIN 21XK), rechtsgeldig vertegenwoordigd door de voorzitter van het "
          "college van bestuur, de heer drs. R.H.M. Verkuijlen, hierna te noemen: \"de School\";"),
    ("p", "2. Stichting Regionaal Opleidingencentrum Aa en Maas, statutair gevestigd te Oss, "
          "ingeschreven in het handelsregister onder nummer 41091802, bevoegd gezag van ROC Aa en Maas "
          "(BRIN 25QR), rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, "
          "mevrouw mr. I.C. Haverkamp-de Wit, hierna te noemen: \"de Instelling\";"),
    ("p", "hierna gezamenlijk te noemen: \"Partijen\" en ieder afzonderlijk: \"Partij\"."),
    ("h1", "Overwegingen"),
    ("p", "A. Partijen werken sinds 2016 samen in de technologieroute installatietechniek in de regio "
          "Maashorst en Bernheze en willen die samenwerking voortzetten als doorlopende leerroute in de zin "
          "van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB."),
    ("p", "B. Artikel 2.107b WVO 2020 en artikel 9.1.3 WEB schrijven voor dat een doorlopende leerroute "
          "wordt verzorgd op grond van een samenwerkingsovereenkomst waarin ten minste afspraken zijn "
          "opgenomen over de onderwerpen genoemd in het tweede lid van die artikelen."),
    ("p", "C. De installatiebranche in Noordoost-Brabant kampt met een structureel tekort aan monteurs; "
          "werkgevers hebben zich bereid verklaard de route actief te ondersteunen."),
    ("p", "D. Partijen willen de gevolgen van wijziging of beëindiging van hun samenwerking voor "
          "leerlingen en studenten zoveel mogelijk beperken."),
    ("p", "Partijen komen het volgende overeen."),

    ("h1", "Hoofdstuk 1 Algemene bepalingen"),
    ("h2", "Artikel 1 Begripsbepalingen"),
    ("p", "In deze overeenkomst wordt verstaan onder:"),
    ("li", "route: de doorlopende leerroute vmbo-mbo bedoeld in artikel 2;"),
    ("li", "deelnemer: een leerling van de School of een student van de Instelling die de route volgt;"),
    ("li", "vo-fase: de eerste twee leerjaren van de route (leerjaar 3 en 4 vmbo);"),
    ("li", "mbo-fase: de leerjaren van de route waarin de deelnemer als student bij de Instelling is "
           "ingeschreven;"),
    ("li", "stuurgroep: de stuurgroep bedoeld in artikel 4;"),
    ("li", "routecoördinatoren: de coördinatoren bedoeld in artikel 4, vijfde lid;"),
    ("li", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en onderwijs- en "
           "examenregeling van de route;"),
    ("li", "werkveldraad: de raad bedoeld in artikel 10."),
    ("h2", "Artikel 2 Onderwerp van de overeenkomst"),
    ("p", "1. Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde leerjaar "
          "van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie (PIE), van de "
          "School en leidt tot het vmbo-diploma en tot een diploma van een vakopleiding (niveau 3) in het "
          "aanverwante opleidingsdomein Installatie- en energietechniek van de Instelling."),
    ("p", "2. De route kent twee uitstroomrichtingen: (a) Eerste monteur elektrotechnische installaties "
          "woning en utiliteit en (b) Eerste monteur werktuigkundige installaties, beide in de "
          "beroepsopleidende leerweg, met in het laatste leerjaar de mogelijkheid om over te stappen "
          "naar de beroepsbegeleidende leerweg bij een erkend leerbedrijf."),
    ("p", "3. De deelnemer kiest de uitstroomrichting uiterlijk op 1 april van het tweede leerjaar van de "
          "route, na een loopbaangesprek met de mentor en de routecoördinator van de Instelling."),
    ("p", "4. De route start op 1 augustus 2025 met ten hoogste 32 deelnemers per leerjaar."),
    ("h2", "Artikel 3 Melding en registratie"),
    ("p", "Partijen melden de route gezamenlijk aan de minister door registratie in RIO vóór 1 juli 2025. "
          "Iedere Partij draagt zorg voor de juiste registratie van de deelnemers in BRON volgens de "
          "fase waarin de deelnemer zich bevindt."),

    ("h1", "Hoofdstuk 2 Leiding en verantwoording"),
    ("h2", "Artikel 4 Stuurgroep en routecoördinatoren"),
    ("p", "1. De leiding over de route berust bij een stuurgroep van vier leden: de directeur "
          "onderwijs en de teamleider techniek van de School en de directeur van het College Techniek en "
          "de opleidingsmanager installatietechniek van de Instelling."),
    ("p", "2. De leden worden benoemd door het college van bestuur van de Partij waarvan zij in dienst "
          "zijn, voor een periode van drie schooljaren, met de mogelijkheid van herbenoeming. Het "
          "benoemende college van bestuur kan een lid op elk moment ontslaan uit de stuurgroep en "
          "voorziet dan binnen twee maanden in de vacature. De andere Partij wordt vooraf gehoord."),
    ("p", "3. De stuurgroep wijst uit haar midden een voorzitter aan; het voorzitterschap wisselt per "
          "schooljaar tussen de Partijen."),
    ("p", "4. De besturen dragen de stuurgroep de volgende taken op: (a) het vaststellen van het "
          "jaarplan en de jaarbegroting van de route binnen de door de besturen beschikbaar gestelde "
          "middelen; (b) het jaarlijks voorbereiden van het PTA/OER ter vaststelling door de daartoe "
          "bevoegde organen van beide Partijen; (c) het besluiten over toelating van deelnemers tot de "
          "route; (d) het verdelen van de docentinzet binnen de door beide Partijen toegezegde "
          "formatie; (e) het sluiten van afspraken met leerbedrijven over de beroepspraktijkvorming; "
          "(f) het bewaken van de kwaliteit van de route. De stuurgroep is niet bevoegd tot het aangaan "
          "van verplichtingen boven € 25.000, het wijzigen van de formatie, het vaststellen van het "
          "maximumaantal deelnemers of het beëindigen van de route; daartoe besluiten de besturen."),
    ("p", "5. Voor de dagelijkse uitvoering wijst de stuurgroep bij ieder van beide Partijen een "
          "routecoördinator aan uit het eigen personeel. De routecoördinatoren voeren de besluiten "
          "van de stuurgroep uit en zijn aanspreekpunt voor deelnemers, ouders en leerbedrijven."),
    ("p", "6. De stuurgroep vergadert ten minste zes keer per schooljaar en besluit bij consensus. "
          "Ontstaat geen consensus, dan legt de voorzitter het punt voor aan de besturen."),
    ("h2", "Artikel 5 Informatievoorziening en verantwoording"),
    ("p", "1. De stuurgroep legt jaarlijks vóór 1 november verantwoording af aan beide colleges van "
          "bestuur door middel van een schriftelijk jaarverslag over het afgelopen schooljaar. Het "
          "verslag bevat ten minste: de instroom, doorstroom, uitval en het diplomarendement per "
          "uitstroomrichting, de examenresultaten, het aantal bpv-plaatsen, de uitvoering van de "
          "jaarbegroting, de ontvangen klachten en de bevindingen uit de evaluatie met deelnemers en "
          "werkveld."),
    ("p", "2. Halfjaarlijks, in februari, zendt de stuurgroep beide colleges van bestuur een beknopte "
          "voortgangsrapportage met de kengetallen van het lopende schooljaar."),
    ("p", "3. Het jaarverslag wordt besproken in het bestuurlijk overleg dat jaarlijks in november "
          "plaatsvindt tussen beide colleges van bestuur en de stuurgroep."),
    ("p", "4. De stuurgroep informeert beide besturen onverwijld over ontwikkelingen die de continuïteit "
          "of kwaliteit van de route in gevaar kunnen brengen, waaronder signalen van de inspectie."),

    ("h1", "Hoofdstuk 3 Onderwijs en uitvoering"),
    ("h2", "Artikel 6 Inrichting van de route"),
    ("p", "1. De vo-fase wordt gegeven op de locatie van het Bernrode Vakcollege, Schoolstraat 40 te "
          "Heesch; de mbo-fase op de locatie van het College Techniek van de Instelling, Kantsingel 12 "
          "te Oss. Vanaf het eerste leerjaar volgen deelnemers één dag per week praktijkonderwijs in de "
          "installatiewerkplaats van de Instelling."),
    ("p", "2. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar "
          "beschreven in het PTA/OER, waarin is aangegeven welke onderdelen tot het vmbo-programma, "
          "welke tot het mbo-programma en welke tot beide behoren. Het routeschema in Bijlage 1 geeft "
          "de hoofdlijn. Het centraal examen vmbo wordt in het tweede leerjaar van de route afgenomen; "
          "mbo-examinering en bpv zijn mogelijk vanaf het eerste leerjaar."),
    ("p", "3. Het personeel dat in de route lesgeeft, wordt door beide Partijen geleverd: de School "
          "zet voor de vo-fase ten minste 1,4 fte in (docenten PIE, Nederlands, Engels, wiskunde, "
          "natuurkunde en LOB), de Instelling ten minste 0,8 fte voor het praktijkonderwijs in de vo-fase "
          "en de volledige bezetting in de mbo-fase. Personeel blijft in dienst van de eigen werkgever; "
          "er is geen detachering. De werkgever blijft verantwoordelijk voor bekwaamheid, "
          "professionalisering en gesprekscyclus."),
    ("p", "4. De Instelling stelt de installatiewerkplaats, het domoticalab en de gereedschapsuitgifte "
          "op de praktijkdag ter beschikking; de School stelt haar PIE-werkplaats met lasruimte en de "
          "theorielokalen ter beschikking voor gezamenlijke lessen en examens. Persoonlijke "
          "beschermingsmiddelen worden door de Partij verstrekt bij wie de deelnemer op dat moment "
          "staat ingeschreven. Over- en weer worden geen huurkosten in rekening gebracht."),
    ("p", "5. Deelnemers gebruiken in beide fasen de leeromgeving en het ICT-account van de Instelling; "
          "de School zorgt voor een koppeling met haar leerlingvolgsysteem."),
    ("h2", "Artikel 7 Teambevoegdheid"),
    ("p", "1. Voor de vakoverstijgende programmaonderdelen \"Installeren in de praktijk\" (leerjaar 1 "
          "en 2) en \"Duurzame energie\" (leerjaar 2 en 3) wordt een team van leraren en docenten "
          "ingezet als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB."),
    ("p", "2. Ieder teamlid heeft een bevoegdheid voor ten minste één vak of voldoet aan artikel 4.2.1 "
          "WEB; het team is gezamenlijk bevoegd voor alle betrokken vakken en programmaonderdelen en "
          "ieder teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is."),
    ("p", "3. De samenstelling van het team wordt jaarlijks in het PTA/OER vermeld."),
    ("h2", "Artikel 8 Inschrijving, verzuim en begeleiding"),
    ("p", "1. In de vo-fase staat de deelnemer ingeschreven bij de School; bij aanvang van de mbo-fase "
          "wordt hij uitgeschreven bij de School en ingeschreven als student bij de Instelling. Een "
          "deelnemer die het vmbo-diploma nog niet heeft behaald, blijft tot het behalen daarvan tevens "
          "voor de vo-activiteiten bij de School geregistreerd."),
    ("p", "2. Verzuim wordt in de vo-fase door de School en in de mbo-fase door de Instelling gemeld; "
          "op de praktijkdag registreert de Instelling aanwezigheid en geeft die dezelfde dag door."),
    ("p", "3. Elke deelnemer heeft één mentor gedurende de vo-fase en één studieloopbaanbegeleider "
          "vanaf de mbo-fase; in het laatste halfjaar van de vo-fase vindt een warme overdracht plaats."),
    ("h2", "Artikel 9 Klachten"),
    ("p", "Een klacht over een gedraging van personeel of bestuur van de andere Partij in verband met de "
          "route wordt behandeld volgens de klachtenregeling van de Partij waar de klacht is "
          "ingediend; de andere Partij verleent volledige medewerking en wordt binnen vijf werkdagen "
          "geïnformeerd. De voorzitter van de behandelende klachtencommissie is niet werkzaam voor de "
          "andere Partij."),
    ("h2", "Artikel 10 Betrokkenheid van het werkveld"),
    ("p", "1. Partijen stellen een werkveldraad in, bestaande uit vertegenwoordigers van ten minste vier "
          "erkende leerbedrijven in de installatietechniek in de regio, van Techniek Nederland afdeling "
          "Zuid en van het Opleidingsbedrijf Installatietechniek Brabant. Bij de start hebben "
          "Installatiebedrijf Van Erp Nistelrode, Klimaattechniek Maashorst, De Leijgraaf Elektro en "
          "Hoogveld Duurzaam zitting."),
    ("p", "2. De werkveldraad komt twee keer per schooljaar bijeen met de stuurgroep en adviseert over "
          "de keuze van keuzedelen, actualisering van het programma en de praktijkopdrachten."),
    ("p", "3. De leerbedrijven in de werkveldraad bieden gezamenlijk ten minste 30 bpv-plaatsen per "
          "jaar, ontvangen elke groep in de vo-fase voor een meeloopdag, verzorgen per leerjaar ten "
          "minste twee gastlessen en leveren beoordelaars voor de proeven van bekwaamheid."),
    ("p", "4. De Instelling onderhoudt namens Partijen het contact met SBB over de erkenning van "
          "leerbedrijven."),

    ("h1", "Hoofdstuk 4 Deelnemers die de route verlaten"),
    ("h2", "Artikel 11 Altijd een passend vervolg"),
    ("p", "1. Een deelnemer die de route niet voortzet of niet met succes afrondt, wordt door "
          "Partijen in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij het "
          "bereikte onderwijsniveau en zijn leeftijd."),
    ("p", "2. Verlaat de deelnemer de route in de vo-fase, dan zet hij zijn opleiding voort in de "
          "reguliere kaderberoepsgerichte leerweg van de School, in het profiel PIE of, als dat beter "
          "past, in een ander profiel, gericht op het vmbo-diploma. Past de basisberoepsgerichte "
          "leerweg beter, dan kan de deelnemer daarin worden geplaatst."),
    ("p", "3. Verlaat de deelnemer de route in de mbo-fase, dan kan hij bij de Instelling overstappen "
          "naar een andere opleiding op niveau 3 of, als dat beter past, niveau 2, binnen of buiten het "
          "domein Installatie- en energietechniek. De vooropleidingseisen zijn daarbij niet van "
          "toepassing, ook niet als het vmbo-diploma nog niet is behaald."),
    ("p", "4. Heeft de deelnemer het vmbo-diploma aan het einde van het derde leerjaar van de route niet "
          "behaald, dan bepalen Partijen of hij de mbo-opleiding op een vergelijkbaar niveau vervolgt "
          "zonder vmbo-diploma of het vmbo-examen opnieuw aflegt."),
    ("p", "5. Wil de deelnemer naar een andere instelling, bijvoorbeeld na een verhuizing, dan "
          "ondersteunen Partijen hem bij de aanmelding en leveren zij de gegevens aan die nodig zijn "
          "voor een geschiktheidsonderzoek bij die instelling."),
    ("p", "6. Welke opleiding passend is, beslissen de School en de Instelling samen, op voorstel van "
          "de routecoördinatoren, na een gesprek met de deelnemer en, als hij minderjarig is, zijn "
          "ouders. De beslissing wordt schriftelijk gemotiveerd. De werkwijze wordt opgenomen in de "
          "schoolgids en de studiegids."),
    ("h2", "Artikel 12 Verwijdering"),
    ("p", "Artikel 11 is niet van toepassing bij definitieve verwijdering. Een deelnemer die niet meer "
          "leerplichtig is en nog geen vmbo-diploma heeft, wordt pas definitief verwijderd als een "
          "andere school of instelling bereid is hem toe te laten, of als aantoonbaar gedurende acht "
          "weken zonder succes is gezocht."),

    ("h1", "Hoofdstuk 5 Financiële bepalingen"),
    ("h2", "Artikel 13 Overdracht van bekostiging"),
    ("p", "1. Met toepassing van artikel 5.42a WVO 2020 draagt de School aan de Instelling per "
          "deelnemer die op 1 oktober in de vo-fase staat ingeschreven een bedrag over van € 1.150 per "
          "schooljaar."),
    ("p", "2. Het overgedragen bedrag is bestemd voor de inzet van docenten van de Instelling voor het "
          "praktijkonderwijs in de vo-fase (circa 80 procent) en voor verbruiksmaterialen in de "
          "installatiewerkplaats (circa 20 procent). De Instelling verantwoordt de besteding in het "
          "jaarverslag bedoeld in artikel 5."),
    ("p", "3. De Instelling draagt geen bekostiging over aan de School."),
    ("p", "4. De School betaalt het bedrag in twee gelijke termijnen, op 1 december en 1 mei, na "
          "ontvangst van een factuur met de deelnemerslijst per 1 oktober."),
    ("h2", "Artikel 14 Overige kosten"),
    ("p", "Overige kosten, waaronder die van de stuurgroep, de werkveldraad en promotie, draagt iedere "
          "Partij zelf, tenzij de besturen vooraf schriftelijk anders besluiten."),

    ("h1", "Hoofdstuk 6 Medezeggenschap"),
    ("h2", "Artikel 15 Medezeggenschap in de route"),
    ("p", "1. De medezeggenschapsraad van de School en de studentenraad en ondernemingsraad van de "
          "Instelling behouden hun wettelijke bevoegdheden volgens de WMS, de WEB en de WOR."),
    ("p", "2. Aanvullend daarop stellen Partijen een routeklankbord in, waarin twee leden van de "
          "medezeggenschapsraad van de School (een uit de leerlinggeleding en een uit de "
          "oudergeleding) en twee leden van de studentenraad van de Instelling zitting hebben. Het "
          "routeklankbord wordt ten minste twee keer per schooljaar door de stuurgroep geraadpleegd "
          "over het jaarplan en het PTA/OER, en ontvangt het jaarverslag bedoeld in artikel 5."),
    ("p", "3. Deelnemers in de vo-fase kunnen zich verkiesbaar stellen voor de studentenraad van het "
          "College Techniek en hebben daarin dezelfde rechten als studenten van de Instelling."),
    ("p", "4. Voorgenomen besluiten van de besturen tot wijziging of beëindiging van deze overeenkomst "
          "worden voor advies voorgelegd aan de medezeggenschapsraad van de School en de studentenraad "
          "van de Instelling."),

    ("h1", "Hoofdstuk 7 Slotbepalingen"),
    ("h2", "Artikel 16 Gegevensuitwisseling"),
    ("p", "Partijen wisselen alleen de persoonsgegevens van deelnemers uit die nodig zijn voor de "
          "uitvoering van de route. Zij sluiten daartoe een gegevensuitwisselingsprotocol dat voldoet "
          "aan de AVG."),
    ("h2", "Artikel 17 Aansprakelijkheid en verzekering"),
    ("p", "Iedere Partij is verantwoordelijk voor de verzekering van de deelnemers die bij haar staan "
          "ingeschreven, ook wanneer zij onderwijs volgen op de locatie van de andere Partij."),
    ("h2", "Artikel 18 Geschillen"),
    ("p", "1. Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst "
          "besproken in de stuurgroep."),
    ("p", "2. Leidt dat binnen vier weken niet tot een oplossing, dan wordt het geschil voorgelegd aan "
          "het bestuurlijk overleg van beide colleges van bestuur, dat binnen zes weken bijeenkomt."),
    ("p", "3. Komen de besturen niet tot overeenstemming, dan schakelen zij een mediator in die is "
          "aangesloten bij de Mediatorsfederatie Nederland. Is het geschil drie maanden na de start "
          "van de mediation niet opgelost, dan is ieder van de Partijen bevoegd het geschil voor te "
          "leggen aan de bevoegde rechter te 's-Hertogenbosch."),
    ("p", "4. Gedurende een geschil zetten Partijen de uitvoering van de route onverkort voort."),
    ("h2", "Artikel 19 Toetreding van andere partijen"),
    ("p", "1. Een andere school voor vbo of mavo of een andere instelling voor beroepsonderwijs kan "
          "tot deze overeenkomst toetreden, mits (a) zij het profiel PIE respectievelijk een opleiding "
          "in het domein Installatie- en energietechniek aanbiedt, (b) zij zich schriftelijk aan alle "
          "bepalingen van deze overeenkomst verbindt, en (c) beide besturen schriftelijk met de "
          "toetreding instemmen."),
    ("p", "2. Toetreding gaat in op 1 augustus van een schooljaar. De toetredende partij neemt deel aan "
          "de melding in RIO. Toetreding mag niet leiden tot wijziging van het programma voor "
          "deelnemers die al in de route zitten, tenzij dat voor hen gunstiger is."),
    ("h2", "Artikel 20 Duur, opzegging en ontbinding"),
    ("p", "1. Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd."),
    ("p", "2. Iedere Partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, "
          "met inachtneming van een opzegtermijn van ten minste achttien maanden."),
    ("p", "3. Iedere Partij kan de overeenkomst ontbinden als de andere Partij na schriftelijke "
          "ingebrekestelling en een hersteltermijn van ten minste drie maanden tekortschiet in de "
          "nakoming van wezenlijke verplichtingen, of als de bekostiging van een Partij wordt "
          "beëindigd."),
    ("p", "4. Na opzegging of ontbinding stromen geen nieuwe deelnemers meer in. Deelnemers die op de "
          "datum van beëindiging al in de route zitten, ronden de route volgens het geldende PTA/OER af; "
          "de bepalingen van deze overeenkomst blijven voor hen van kracht totdat de laatste van hen "
          "de route heeft verlaten. Voor wie dat niet mogelijk is, is artikel 11 van toepassing."),
    ("h2", "Artikel 21 Wijziging"),
    ("p", "1. Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke, door beide besturen "
          "ondertekende overeenkomst, na advies als bedoeld in artikel 15, vierde lid."),
    ("p", "2. Een wijziging die het programma of de examinering raakt, gaat in bij de start van een "
          "nieuw schooljaar en geldt voor lopende cohorten alleen als de deelnemers daardoor niet in "
          "een nadeliger positie komen."),
    ("h2", "Artikel 22 Evaluatie"),
    ("p", "Partijen evalueren deze overeenkomst in het schooljaar 2027-2028 aan de hand van de "
          "jaarverslagen en een enquête onder deelnemers, ouders en leerbedrijven."),
    ("h2", "Artikel 23 Slotbepaling"),
    ("p", "Op deze overeenkomst is Nederlands recht van toepassing. De bijlagen maken deel uit van de "
          "overeenkomst; bij strijdigheid gaat de tekst van de artikelen voor."),
    ("p", "Aldus overeengekomen en in tweevoud getekend."),
    ("sig", [("Heesch, 17 juni 2025\nStichting Openbaar Voortgezet Onderwijs Maasland-Oost\n\n\n"
              "drs. R.H.M. Verkuijlen, voorzitter college van bestuur",
              "Oss, 17 juni 2025\nStichting Regionaal Opleidingencentrum Aa en Maas\n\n\n"
              "mr. I.C. Haverkamp-de Wit, voorzitter college van bestuur")]),
    ("pagebreak", None),
    ("h1", "Bijlage 1 Routeschema per leerjaar"),
    ("table", [
        ["Leerjaar route", "Fase / locatie", "Hoofdlijn programma", "Examinering"],
        ["1 (vmbo 3)", "vo-fase, Heesch + praktijkdag Oss", "PIE-profielvakken, beroepsgerichte "
         "keuzevakken Elektrotechniek en Werktuigkundige installaties, meeloopdag leerbedrijf",
         "schoolexamens vmbo; eerste mbo-werkprocesopdrachten"],
        ["2 (vmbo 4)", "vo-fase, Heesch + praktijkdag Oss", "afronding vmbo, start mbo-kerntaken, "
         "keuze uitstroomrichting", "centraal examen vmbo; mbo-examens kerntaak 1"],
        ["3 (mbo 1)", "mbo-fase, Oss", "kerntaken uitstroomrichting, eerste bpv (8 weken)",
         "mbo-examens kerntaak 2"],
        ["4 (mbo 2)", "mbo-fase, Oss + leerbedrijf", "bpv (20 weken), keuzedelen",
         "proeve van bekwaamheid, keuzedeelexamens"],
    ]),
    ("h1", "Bijlage 2 Samenstelling stuurgroep bij de start"),
    ("table", [
        ["Functie", "Partij", "Naam"],
        ["Directeur onderwijs (voorzitter 2025-2026)", "School", "mevrouw W. Timmermans"],
        ["Teamleider techniek", "School", "de heer P. van der Heijden"],
        ["Directeur College Techniek", "Instelling", "de heer J. Kuijpers"],
        ["Opleidingsmanager installatietechniek", "Instelling", "mevrouw S. el Amrani"],
    ]),
]

register(
    161, "lang_inhoudsopgave_kopvoet_installatie_bernheze", "pdf",
    "Lange overeenkomst (PDF, circa tien pagina's) van de afdeling juridische zaken van een ROC, met "
    "inhoudsopgave, kop- en voettekst op elke pagina, hoofdstukken en artikelen en twee bijlagen; PIE kb "
    "naar mbo-3 installatietechniek (twee uitstroomrichtingen), Bernheze; volledig, met overdracht van "
    "bekostiging (bedrag en bestemming) en aanvullende medezeggenschap.",
    "p p p p p p p p p p",
    {"a": "Artikel 2 Onderwerp van de overeenkomst", "b": "Artikel 10 Betrokkenheid van het werkveld",
     "c": "Artikel 4 Stuurgroep en routecoördinatoren",
     "d": "Artikel 5 Informatievoorziening en verantwoording", "e": "Artikel 6 Inrichting van de route",
     "f": "Artikel 11 Altijd een passend vervolg", "g": "Artikel 13 Overdracht van bekostiging",
     "h": "Artikel 15 Medezeggenschap in de route", "i": "Artikel 18 Geschillen",
     "j": "Artikel 20 Duur, opzegging en ontbinding"},
    H161_BLOCKS,
    header="Samenwerkingsovereenkomst DLR Installatietechniek Bernheze - versie 1.0 definitief",
    footer="ROC Aa en Maas - Juridische Zaken - kenmerk JZ/2025/0117",
    pdf_title="Samenwerkingsovereenkomst DLR Installatietechniek Bernheze",
    pdf_author="ROC Aa en Maas, Juridische Zaken",
)

# --------------------------------------------------------------------------------------------
# h162 - ROC standard model filled in by the school, with tracked changes (DOCX)
# --------------------------------------------------------------------------------------------
register(
    162, "roc_model_bijgehouden_wijzigingen_verzorgende_oost_achterhoek", "docx",
    "Standaardmodel van een ROC, ingevuld door de vmbo-school met bijgehouden wijzigingen (w:ins/w:del, "
    "aanvaard verklaard); Zorg en welzijn kb naar mbo-3 Verzorgende-IG, Oost-Achterhoek; gebreken: "
    "overstap stelt vooropleidingseisen binnen dezelfde instelling (f zwak), medezeggenschap alleen "
    "placeholder/uitstel (h zwak), opzegging zonder bescherming van leerlingen - de beschermzin is "
    "geschrapt als bijgehouden verwijdering (j zwak); overdracht van ROC naar school met bedrag en "
    "bestemming.",
    "p p p p p w p w p w",
    {"a": "Artikel 1 Route en opleiding", "b": "Artikel 2 Werkveld", "c": "Artikel 3 Routeleiding",
     "d": "Artikel 4 Informatie en verantwoording",
     "e": "Artikel 5 Uitvoering: locatie, personeel en voorzieningen",
     "g": "Artikel 7 Financiële afspraken", "i": "Artikel 9 Geschillen"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("sub", "OGB College - standaardmodel DLR, versie 2024.2 - ingevuld door Vakcollege De Slinge, "
                "Groenlo (versie ter ondertekening, met bijgehouden wijzigingen)"),
        ("p", "Partijen verklaren dat de in dit document bijgehouden wijzigingen ten opzichte van het "
              "standaardmodel door beide partijen zijn aanvaard en deel uitmaken van de overeenkomst zoals "
              "ondertekend; verwijderde tekst maakt geen deel uit van de overeenkomst."),
        ("h1", "Partijen"),
        ("tracked", [("t", "1. "), ("del", "[naam bevoegd gezag vo-school]"),
                     ("ins", "Stichting Katholiek Voortgezet Onderwijs Oost-Gelre, bevoegd gezag van "
                             "Vakcollege De Slinge te Groenlo"),
                     ("t", ", rechtsgeldig vertegenwoordigd door "),
                     ("del", "[naam en functie]"), ("ins", "de heer drs. B.G.M. Wolterink, bestuurder"),
                     ("t", ", hierna: de School;")]),
        ("p", "2. Stichting Oost-Gelders Beroepsonderwijs, bevoegd gezag van OGB College te Doetinchem, "
              "rechtsgeldig vertegenwoordigd door mevrouw ir. H.J. Roelofs-Ter Haar, voorzitter college van "
              "bestuur, hierna: OGB College;"),
        ("p", "komen het volgende overeen."),
        ("h1", "Artikel 1 Route en opleiding"),
        ("tracked", [("t", "1.1 De route start in leerjaar 3 van "),
                     ("del", "[leerweg en profiel]"),
                     ("ins", "de kaderberoepsgerichte leerweg, profiel Zorg en welzijn, van de School"),
                     ("t", " en leidt naar het vmbo-diploma en het mbo-diploma "),
                     ("del", "[opleiding, niveau, crebo]"),
                     ("ins", "Verzorgende-IG (niveau 3, domein Zorg en welzijn) van OGB College; vanaf het "
                             "vierde routejaar kan de student de opleiding in de BBL vervolgen"),
                     ("t", ".")]),
        ("tracked", [("t", "1.2 Eerste instroom: "), ("del", "[datum]"), ("ins", "1 augustus 2025"),
                     ("t", "; maximaal "), ("del", "[aantal]"), ("ins", "24"),
                     ("t", " leerlingen per cohort.")]),
        ("h1", "Artikel 2 Werkveld"),
        ("tracked", [("del", "Toelichting model: beschrijf welke bedrijven/organisaties op welke manier "
                             "bijdragen. "),
                     ("ins", "Zorggroep Berkelhof (verpleeghuizen in Groenlo en Eibergen), Thuiszorg De "
                             "Ooster en Stichting Gehandicaptenzorg 't Hoge Veld zijn als erkende "
                             "leerbedrijven aan de route verbonden. Zij stellen vanaf het eerste routejaar "
                             "snuffelstages en vanaf het derde routejaar samen ten minste 20 bpv-plaatsen "
                             "beschikbaar, verzorgen per leerjaar vier gastlessen door verpleegkundigen en "
                             "begeleiders, en een praktijkopleider beoordeelt mee bij de examens in de "
                             "praktijk. Hun vertegenwoordigers vormen met de routeleiding de "
                             "werkveldcommissie Zorg, die in oktober en april bijeenkomt en adviseert over "
                             "de praktijkopdrachten en de keuzedelen.")]),
        ("h1", "Artikel 3 Routeleiding"),
        ("tracked", [("t", "3.1 De routeleiding bestaat uit "),
                     ("del", "[functies]"),
                     ("ins", "de teamleider zorg en welzijn van de School en de onderwijsmanager Zorg & "
                             "Welzijn van OGB College"),
                     ("t", ". Elke partij wijst haar lid aan bij besluit van "),
                     ("del", "[orgaan]"),
                     ("ins", "haar bestuurder, na overleg met de andere partij"),
                     ("t", ".")]),
        ("tracked", [("t", "3.2 De routeleiding is belast met "),
                     ("del", "[taken]"),
                     ("ins", "de jaarplanning en het rooster, het opstellen van het gezamenlijke PTA/OER, "
                             "de toelating tot de route, de inzet van docenten binnen de door de besturen "
                             "toegekende uren en de contacten met de leerbedrijven. Zij beslist zelfstandig "
                             "over uitgaven tot € 7.500 per jaar; besluiten over formatie, het aantal "
                             "plaatsen en de voortzetting van de route zijn voorbehouden aan de besturen"),
                     ("t", ".")]),
        ("h1", "Artikel 4 Informatie en verantwoording"),
        ("tracked", [("t", "De routeleiding "),
                     ("del", "informeert de besturen periodiek"),
                     ("ins", "brengt tweemaal per jaar, uiterlijk op 15 februari en 15 september, "
                             "schriftelijk verslag uit aan de bestuurders van beide partijen over in-, door- "
                             "en uitstroom, examenresultaten, bpv, klachten en uitgaven, en bespreekt het "
                             "septemberverslag met hen in het jaarlijkse bestuurlijk overleg"),
                     ("t", ".")]),
        ("h1", "Artikel 5 Uitvoering: locatie, personeel en voorzieningen"),
        ("tracked", [("t", "5.1 Locatie: "), ("del", "[locatie(s)]"),
                     ("ins", "routejaar 1 en 2 op de School in Groenlo, met één dag per week in het "
                             "skillslab van OGB College, Zorgcampus Doetinchem; routejaar 3 en 4 op de "
                             "Zorgcampus en bij de leerbedrijven")]),
        ("tracked", [("t", "5.2 Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER. "),
                     ("ins", "Het centraal examen vmbo wordt afgelegd in routejaar 2.")]),
        ("tracked", [("t", "5.3 Personeel: "), ("del", "[inzet personeel]"),
                     ("ins", "de School zet twee docenten zorg en welzijn en de docenten voor de "
                             "algemene vakken in, OGB College twee docenten verpleging en verzorging. Zij "
                             "vormen één team dat voor het vakoverstijgende deel \"Zorgen voor de ander\" de "
                             "teambevoegdheid toepast; ieder blijft in dienst van de eigen werkgever")]),
        ("tracked", [("t", "5.4 Faciliteiten: "), ("del", "[faciliteiten]"),
                     ("ins", "OGB College stelt het skillslab en de oefenmaterialen beschikbaar; de School "
                             "haar praktijkwoning en verzorgingslokaal. Over het wederzijds gebruik wordt "
                             "niets in rekening gebracht")]),
        ("h1", "Artikel 6 Overstapmogelijkheden"),
        ("tracked", [("t", "6.1 Een leerling die in routejaar 1 of 2 de route verlaat, vervolgt zijn "
                           "opleiding in de reguliere kaderberoepsgerichte leerweg van de School, gericht op het "
                           "vmbo-diploma."),
                     ]),
        ("tracked", [("t", "6.2 Een student die in routejaar 3 of 4 de route verlaat, kan worden "
                           "toegelaten tot een andere opleiding van OGB College op niveau 2 of 3, zoals "
                           "Helpende zorg en welzijn of Medewerker maatschappelijke zorg, "),
                     ("ins", "mits hij voldoet aan de vooropleidingseisen van die opleiding, waaronder het "
                             "bezit van een vmbo-diploma in de kaderberoepsgerichte, gemengde of theoretische "
                             "leerweg. Een student die dat diploma niet heeft, wordt verwezen naar de "
                             "Entree-opleiding")]),
        ("tracked", [("t", "6.3 De routeleiding bespreekt de overstap met de leerling en zijn ouders. "),
                     ("del", "[verdere afspraken]")]),
        ("h1", "Artikel 7 Financiële afspraken"),
        ("tracked", [("del", "Er zijn afspraken gemaakt over eventuele overdracht van bekostiging."),
                     ("ins", "Met toepassing van artikel 9.1.15 WEB draagt OGB College per student in het "
                             "eerste mbo-jaar van de route (routejaar 3) een bedrag van € 640 over aan de "
                             "School. Dit bedrag is bestemd voor de inzet van docenten van de School voor "
                             "de vmbo-vakken die in dat jaar nog worden afgerond en voor de afname van "
                             "eventuele herkansingen van het vmbo-examen. De School draagt geen bekostiging "
                             "over aan OGB College. Betaling vindt plaats vóór 1 februari op basis van de "
                             "teldatum 1 oktober.")]),
        ("h1", "Artikel 8 Medezeggenschap (optioneel)"),
        ("tracked", [("t", "Aanvullende afspraken over medezeggenschap: "),
                     ("ins", "[n.t.b. - wordt na advies van de GMR ingevuld]. Partijen maken hierover vóór 1 "
                             "januari 2026 nadere afspraken.")]),
        ("h1", "Artikel 9 Geschillen"),
        ("tracked", [("del", "Partijen lossen geschillen in goed overleg op."),
                     ("ins", "Een geschil over de uitvoering van deze overeenkomst wordt eerst door de "
                             "routeleiding besproken. Lukt het niet het binnen een maand op te lossen, dan "
                             "leggen de bestuurders het in een bestuurlijk overleg voor aan een door hen "
                             "samen gekozen onafhankelijke bemiddelaar. Blijft het geschil daarna bestaan, "
                             "dan wordt het beslecht door de bevoegde rechter van de Rechtbank Gelderland.")]),
        ("h1", "Artikel 10 Nieuwe partners, opzegging en wijziging"),
        ("tracked", [("t", "10.1 Een andere vo-school of mbo-instelling kan tot deze overeenkomst toetreden "
                           "met schriftelijke instemming van beide partijen, door ondertekening van een "
                           "toetredingsverklaring waarin zij zich aan deze overeenkomst verbindt.")]),
        ("tracked", [("t", "10.2 Iedere partij kan deze overeenkomst schriftelijk opzeggen met een "
                           "opzegtermijn van "), ("del", "twaalf"), ("ins", "zes"),
                     ("t", " maanden. "),
                     ("del", "Leerlingen die op het moment van opzegging al in de route zitten, ronden de "
                             "route af.")]),
        ("tracked", [("t", "10.3 Wijzigingen van deze overeenkomst worden schriftelijk vastgelegd en door "
                           "beide partijen ondertekend.")]),
        ("h1", "Artikel 11 Looptijd en ondertekening"),
        ("tracked", [("t", "Deze overeenkomst gaat in op "), ("del", "[datum]"), ("ins", "1 augustus 2025"),
                     ("t", " en geldt voor "), ("del", "[periode]"),
                     ("ins", "vier jaar; daarna wordt zij telkens stilzwijgend met één jaar verlengd"),
                     ("t", ".")]),
        ("sig", [("Groenlo, 10 juni 2025\nStichting Katholiek Voortgezet Onderwijs Oost-Gelre\n"
                  "drs. B.G.M. Wolterink", "Doetinchem, 16 juni 2025\nStichting Oost-Gelders "
                  "Beroepsonderwijs\nir. H.J. Roelofs-Ter Haar")]),
    ],
    docx_author="OGB College", docx_title="Standaardmodel DLR 2024.2 - Vakcollege De Slinge",
    track_author="M. Hulshof (Vakcollege De Slinge)", track_settings=True,
)

# --------------------------------------------------------------------------------------------
# h164 - interne regeling of a verticale scholengemeenschap (MD)
# --------------------------------------------------------------------------------------------
register(
    164, "interne_regeling_vsg_mediavormgever_sittard_geleen", "md",
    "Interne regeling (Markdown, paragraaftekens, opsommingen) van het college van bestuur van een "
    "verticale scholengemeenschap in Sittard-Geleen; Media, vormgeving en ICT gl naar mbo-4 "
    "Mediavormgever; subtiel gebrek: routeleiding uitvoerig beschreven (samenstelling, taken, "
    "bevoegdheden) maar nergens wie de leden aanwijst (c zwak); h-j n.v.t. (interne regeling).",
    "p p w p p p p na na na",
    {"a": "§ 2 Welke route", "b": "§ 3 Opdrachtgevers en leerbedrijven", "d": "§ 5 Rekenschap",
     "e": "§ 6 Organisatie en onderwijs", "f": "§ 7 Als de route niet past",
     "g": "§ 8 Middelen"},
    [
        ("title", "Interne regeling doorlopende leerroute Mediavormgeving"),
        ("sub", "Graetheide Scholengemeenschap - vmbo en mbo onder één bestuur - besluit CvB 2025/17"),
        ("p", "Het college van bestuur van Stichting Graetheide Scholengemeenschap, bevoegd gezag van de "
              "verticale scholengemeenschap die bestaat uit Graetheide Vmbo (Sittard) en Graetheide "
              "Vakschool (Geleen);"),
        ("p", "gelet op artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB, op grond "
              "waarvan een doorlopende leerroute die geheel binnen een verticale scholengemeenschap wordt "
              "verzorgd, niet op een samenwerkingsovereenkomst maar op een regeling van het bevoegd gezag "
              "berust;"),
        ("p", "gehoord de gemeenschappelijke medezeggenschapsraad;"),
        ("p", "stelt de volgende regeling vast."),
        ("h1", "§ 1 Reikwijdte"),
        ("p", "Deze regeling regelt de doorlopende leerroute Mediavormgeving die de beide afdelingen van de "
              "scholengemeenschap gezamenlijk verzorgen. Waar deze regeling spreekt van \"het vmbo\" is "
              "Graetheide Vmbo bedoeld, waar zij spreekt van \"de vakschool\" Graetheide Vakschool."),
        ("h1", "§ 2 Welke route"),
        ("li", "Vertrekpunt: gemengde leerweg, profiel Media, vormgeving en ICT, vanaf leerjaar 3."),
        ("li", "Eindpunt: de middenkaderopleiding Mediavormgever (mbo niveau 4, BOL), domein ICT en "
               "creatieve industrie, van de vakschool."),
        ("li", "De leerling behaalt onderweg het vmbo-diploma gemengde leerweg; de route duurt in totaal "
               "vijf jaar vanaf leerjaar 3 (twee vmbo-jaren en drie mbo-jaren)."),
        ("li", "Jaarlijkse instroom: één klas van ten hoogste 26 leerlingen."),
        ("h1", "§ 3 Opdrachtgevers en leerbedrijven"),
        ("p", "De route draait op echte opdrachten. Daarvoor geldt:"),
        ("li", "Reclamebureau Kempenaar (Sittard), Studio Maasvallei (Born) en de lokale omroep "
               "Omroep Westelijk Limburg zijn vaste opdrachtgevers: zij leveren per leerjaar ten minste twee "
               "projectopdrachten en geven feedback op het eindresultaat."),
        ("li", "Deze bedrijven en drie andere erkende leerbedrijven (SBB) bieden vanaf het tweede mbo-jaar "
               "stageplaatsen; de vakschool garandeert met hen samen ten minste 26 plaatsen per cohort."),
        ("li", "Een beroepenveldcommissie van vijf mensen uit de regionale creatieve sector komt twee keer "
               "per jaar bij elkaar met de routeleiding en geeft advies over het programma, de software en "
               "de keuzedelen; twee van hen zitten in de jury van de eindpresentatie."),
        ("h1", "§ 4 Routeleiding"),
        ("p", "De route heeft een eigen routeleiding. Die bestaat uit drie personen: de afdelingsleider "
              "bovenbouw van het vmbo, de opleidingsmanager Media van de vakschool en een docent-"
              "coördinator die de dagelijkse planning doet. De afdelingsleider zit de vergaderingen voor."),
        ("p", "De routeleiding heeft de volgende taken:"),
        ("li", "het jaarrooster en de verdeling van de lessen over de twee locaties vaststellen;"),
        ("li", "het gezamenlijke PTA/OER voorbereiden en ter vaststelling aan het college van bestuur "
               "voorleggen;"),
        ("li", "beslissen over toelating tot de route en over de plaatsing bij stagebedrijven;"),
        ("li", "de werkdruk en inzet van het docententeam bewaken;"),
        ("li", "het contact met opdrachtgevers en de beroepenveldcommissie onderhouden."),
        ("p", "De routeleiding mag zelfstandig beslissen over de besteding van het routebudget (in 2025-2026 "
              "€ 18.000) en over de aanschaf van software en apparatuur tot € 5.000 per aankoop. Voor "
              "besluiten over formatie, het aantal plaatsen, samenwerking met externe partijen en het "
              "beëindigen van de route is het college van bestuur bevoegd."),
        ("h1", "§ 5 Rekenschap"),
        ("p", "De routeleiding legt verantwoording af aan het college van bestuur met:"),
        ("li", "een kwartaalbericht (in oktober, januari, april en juli) met aantallen leerlingen, uitval, "
               "verzuim en de stand van het budget;"),
        ("li", "een jaarverslag vóór 1 oktober over het afgelopen schooljaar, met examen- en "
               "diplomaresultaten, bevindingen van de beroepenveldcommissie en een evaluatie onder "
               "leerlingen;"),
        ("li", "het jaarverslag wordt in het directieoverleg met het college van bestuur besproken, waarbij "
               "de directeuren van beide afdelingen aanwezig zijn."),
        ("h1", "§ 6 Organisatie en onderwijs"),
        ("li", "Leerjaar 3 en 4 worden gegeven op de vmbo-locatie in Sittard; vanaf leerjaar 3 hebben "
               "leerlingen elke vrijdag les in de mediastudio van de vakschool in Geleen. De mbo-jaren "
               "worden in Geleen en bij de stagebedrijven gegeven."),
        ("li", "Het programma en de examinering per leerjaar liggen vast in het PTA/OER van de route. "
               "Het centraal examen vmbo wordt in leerjaar 4 afgenomen."),
        ("li", "Het docententeam bestaat uit de vmbo-docenten MVI, Nederlands, Engels en kunstvakken en "
               "drie mbo-docenten mediavormgeving; voor de vakoverstijgende projectweken werkt het team "
               "met teambevoegdheid. Docenten van het vmbo geven les in Geleen en omgekeerd; er is één "
               "werkgever, zodat geen detachering nodig is."),
        ("li", "Voorzieningen: de mediastudio, het Mac-lab en de uitleen van camera's van de vakschool en "
               "de ICT-lokalen en de drukwerkplaats van het vmbo staan open voor alle leerlingen van de route."),
        ("h1", "§ 7 Als de route niet past"),
        ("p", "Een leerling die de route verlaat, krijgt altijd een vervolg dat leidt tot een diploma:"),
        ("li", "in leerjaar 3 of 4: het reguliere programma van de gemengde leerweg (MVI of een ander "
               "profiel) op weg naar het vmbo-diploma, of de kaderberoepsgerichte leerweg als die beter "
               "past;"),
        ("li", "in de mbo-jaren: een andere opleiding van de vakschool op niveau 4 of 3 (bijvoorbeeld "
               "Allround medewerker mediaproductie), waarbij de vooropleidingseisen niet gelden;"),
        ("li", "naar een andere instelling: de vakschool levert de gegevens voor het "
               "geschiktheidsonderzoek daar."),
        ("p", "De afdelingsleider en de opleidingsmanager besluiten samen welk vervolg passend is, op "
              "grond van wat de leerling heeft bereikt en zijn leeftijd en na overleg met de leerling en "
              "zijn ouders. De werkwijze staat in de schoolgids."),
        ("h1", "§ 8 Middelen"),
        ("p", "Omdat beide afdelingen onder hetzelfde bevoegd gezag vallen, vindt geen overdracht van "
              "bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Het "
              "routebudget wordt jaarlijks in de begroting van de stichting opgenomen."),
        ("h1", "§ 9 Slot"),
        ("p", "Deze regeling treedt in werking op 1 augustus 2025 en wordt gepubliceerd op het intranet en "
              "in de schoolgids. Zij kan worden aangehaald als \"Regeling DLR Mediavormgeving Graetheide\"."),
        ("p", "Vastgesteld te Sittard op 23 juni 2025."),
        ("p", "Het college van bestuur van Stichting Graetheide Scholengemeenschap,\n\n"
              "drs. L.M.J. Hermans, voorzitter - ir. C. Bemelmans, lid"),
    ],
)

# --------------------------------------------------------------------------------------------
# h165 - addendum that amends a 2022 agreement and restates it whole (PDF)
# --------------------------------------------------------------------------------------------
register(
    165, "addendum_geconsolideerd_interieurbouw_moerdijk", "pdf",
    "Addendum (PDF) bij een overeenkomst uit 2022 dat een tweede vmbo-school laat toetreden, enkele "
    "artikelen wijzigt (o.a. de oude geschilbepaling 'in onderling overleg' vervangt) en in Deel B de hele "
    "overeenkomst geconsolideerd opnieuw vaststelt; drie partijen; Bouwen, wonen en interieur kb naar "
    "mbo-3 Allround interieurbouwer, Moerdijk; volledig.",
    "p p p p p p p p p p",
    {"a": "Artikel 1 – De route", "b": "Artikel 2 – Inbreng van de branche", "c": "Artikel 3 – Routeraad",
     "d": "Artikel 4 – Rapportage aan de besturen",
     "e": "Artikel 5 – Onderwijs, locaties, personeel en voorzieningen",
     "f": "Artikel 6 – Overstapregeling", "g": "Artikel 7 – Geld", "h": "Artikel 8 – Medezeggenschap",
     "i": "Artikel 11 – Geschillen", "j": "Artikel 12 – Duur, opzegging en wijziging"},
    [
        ("title", "Addendum nr. 1 en geconsolideerde tekst"),
        ("sub", "bij de samenwerkingsovereenkomst doorlopende leerroute Hout en Interieur Moerdijk van 4 juli "
                "2022"),
        ("h1", "Deel A – Addendum"),
        ("p", "De ondergetekenden:"),
        ("p", "1. Stichting Openbaar Voortgezet Onderwijs Moerdijk, bevoegd gezag van Vakcollege Mark en "
              "Dintel te Zevenbergen, vertegenwoordigd door de heer M.A. de Jongh, bestuurder (\"Mark en "
              "Dintel\");"),
        ("p", "2. Stichting Regionaal Opleidingencentrum Markdal, bevoegd gezag van ROC Markdal te "
              "Etten-Leur, vertegenwoordigd door mevrouw dr. E.P. Rombouts, voorzitter college van "
              "bestuur (\"Markdal\");"),
        ("p", "3. Stichting Protestants-Christelijk Voortgezet Onderwijs West-Brabant, bevoegd gezag van "
              "Prinsenhof Vmbo te Klundert, vertegenwoordigd door mevrouw drs. J. Quist, bestuurder "
              "(\"Prinsenhof\");"),
        ("p", "overwegen:"),
        ("li", "dat Mark en Dintel en Markdal op 4 juli 2022 een samenwerkingsovereenkomst hebben gesloten "
               "voor de doorlopende leerroute Hout en Interieur (\"de overeenkomst van 2022\");"),
        ("li", "dat Prinsenhof met ingang van het schooljaar 2025-2026 aan de route wil deelnemen en "
               "voldoet aan de voorwaarden voor toetreding van artikel 10 van de overeenkomst van 2022;"),
        ("li", "dat partijen bij die gelegenheid enkele bepalingen willen verbeteren en de verwijzingen naar "
               "de vernummerde artikelen van de WEB willen bijwerken;"),
        ("li", "dat partijen, voor de leesbaarheid, de overeenkomst in haar geheel opnieuw willen vaststellen;"),
        ("p", "en komen overeen:"),
        ("h2", "I. Toetreding"),
        ("p", "Prinsenhof treedt met ingang van 1 augustus 2025 als partij toe tot de overeenkomst. De "
              "eerste leerlingen van Prinsenhof stromen in leerjaar 3 in op 1 augustus 2025."),
        ("h2", "II. Wijzigingen"),
        ("li", "De routeraad wordt uitgebreid met een lid namens Prinsenhof (thans artikel 3)."),
        ("li", "De overstapregeling wordt aangevuld met de bepaling dat binnen Markdal geen "
               "vooropleidingseisen gelden en met een regeling voor verhuizing (thans artikel 6)."),
        ("li", "De bepaling over geschillen, die luidde \"Geschillen worden in onderling overleg opgelost.\", "
               "wordt vervangen door een regeling met escalatie en bindend advies (thans artikel 11)."),
        ("li", "Verwijzingen naar artikel 8.5a.15 en 8.5a.16 WEB worden vervangen door verwijzingen naar "
               "artikel 9.1.14 en 9.1.15 WEB."),
        ("h2", "III. Geconsolideerde tekst"),
        ("p", "De tekst van de overeenkomst, zoals gewijzigd bij dit addendum, luidt als opgenomen in Deel B. "
              "Deel B vervangt met ingang van 1 augustus 2025 de overeenkomst van 2022 volledig en is de "
              "samenwerkingsovereenkomst tussen de drie partijen in de zin van artikel 2.107b WVO 2020 en "
              "artikel 9.1.3 WEB."),
        ("h2", "IV. Inwerkingtreding"),
        ("p", "Dit addendum treedt in werking op 1 augustus 2025. Partijen melden de deelname van Prinsenhof "
              "vóór die datum in RIO."),
        ("sig", [("Zevenbergen, 26 mei 2025\nM.A. de Jongh\nStichting Openbaar VO Moerdijk",
                  "Etten-Leur, 28 mei 2025\ndr. E.P. Rombouts\nStichting ROC Markdal"),
                 ("Klundert, 2 juni 2025\ndrs. J. Quist\nStichting PCVO West-Brabant", "")]),
        ("pagebreak", None),
        ("h1", "Deel B – Geconsolideerde tekst van de samenwerkingsovereenkomst"),
        ("p", "Partijen: Mark en Dintel, Prinsenhof (samen: \"de scholen\") en Markdal, als omschreven in "
              "Deel A."),
        ("h2", "Artikel 1 – De route"),
        ("p", "1.1 De scholen en Markdal verzorgen samen een doorlopende leerroute van de "
              "kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur (BWI), naar de vakopleiding "
              "Allround interieurbouwer (mbo niveau 3, kwalificatiedossier Meubelmaken/(scheeps)"
              "interieurbouw) van Markdal, Vakschool Hout te Etten-Leur."),
        ("p", "1.2 De route begint in leerjaar 3 van de scholen, duurt vier jaar en leidt tot het vmbo-diploma "
              "(uiterlijk in het tweede routejaar) en het mbo-diploma. Per school stromen jaarlijks ten hoogste "
              "16 leerlingen in."),
        ("h2", "Artikel 2 – Inbreng van de branche"),
        ("p", "2.1 Van Gils Interieurbouw (Fijnaart), Scheepsinterieur Hollandsch Diep (Moerdijk) en "
              "Meubelmakerij Dintelmond (Dinteloord) zijn partner van de route. Zij zijn erkend leerbedrijf en "
              "bieden met elkaar jaarlijks ten minste 24 bpv-plaatsen in het derde en vierde routejaar."),
        ("p", "2.2 De partnerbedrijven verzorgen in elk vmbo-leerjaar een werkplaatsbezoek en een praktijkopdracht "
              "op maat (bijvoorbeeld een kastenwand voor een klant), waarvan het werkstuk door een vakman uit "
              "het bedrijf mee wordt beoordeeld."),
        ("p", "2.3 Met de regionale afdeling van de branchevereniging voor interieurbouw bespreekt de routeraad "
              "jaarlijks in maart de actualiteit van het programma en de keuze van keuzedelen."),
        ("h2", "Artikel 3 – Routeraad"),
        ("p", "3.1 De leiding over de route ligt bij een routeraad van drie leden: de teamleider techniek van "
              "Mark en Dintel, de teamleider bovenbouw van Prinsenhof en de opleidingsmanager van Vakschool "
              "Hout van Markdal, die voorzitter is."),
        ("p", "3.2 Ieder bestuur benoemt en ontslaat het lid dat uit zijn organisatie afkomstig is en meldt dit "
              "schriftelijk aan de andere besturen."),
        ("p", "3.3 De routeraad is belast met de jaarplanning, het gezamenlijke PTA/OER (ter vaststelling door "
              "de besturen), de toelating tot de route, de verdeling van de praktijkdagen, de contacten met de "
              "partnerbedrijven en de kwaliteitszorg. Zij beheert het routebudget; uitgaven boven € 10.000 en "
              "besluiten over formatie, instroomaantallen of beëindiging behoeven de instemming van de besturen."),
        ("h2", "Artikel 4 – Rapportage aan de besturen"),
        ("p", "4.1 De routeraad zendt de drie besturen jaarlijks vóór 15 oktober een rapportage over het "
              "voorgaande schooljaar: in-, door- en uitstroom per school, examenresultaten, bpv, klachten, "
              "budget en verbeterpunten."),
        ("p", "4.2 In april voert de routeraad een voortgangsgesprek met de drie bestuurders; daarvan wordt een "
              "verslag gemaakt dat aan alle besturen wordt gezonden."),
        ("h2", "Artikel 5 – Onderwijs, locaties, personeel en voorzieningen"),
        ("p", "5.1 Routejaar 1 en 2 worden op de eigen school gegeven, met wekelijks één praktijkdag in de "
              "machinale werkplaats van Vakschool Hout; routejaar 3 en 4 bij Vakschool Hout en de "
              "partnerbedrijven. Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER."),
        ("p", "5.2 Iedere school zet een BWI-docent in die wekelijks mee lesgeeft op de praktijkdag; Markdal "
              "zet twee praktijkdocenten interieurbouw in. Deze docenten vormen met de docenten algemene vakken "
              "één routeteam en werken voor het praktijkprogramma met teambevoegdheid. Ieder blijft in dienst "
              "van de eigen werkgever."),
        ("p", "5.3 Markdal stelt de machinale werkplaats, de CNC-freesmachine en de spuitcabine ter beschikking; "
              "de scholen hun BWI-lokalen voor de lessen in routejaar 1 en 2. Veiligheidsinstructie voor de "
              "machines verzorgt Markdal voor alle leerlingen."),
        ("h2", "Artikel 6 – Overstapregeling"),
        ("p", "6.1 Wie in routejaar 1 of 2 stopt met de route, vervolgt de reguliere kaderberoepsgerichte "
              "leerweg van de eigen school, in BWI of een ander profiel, met het vmbo-diploma als doel."),
        ("p", "6.2 Wie in routejaar 3 of 4 stopt, kan bij Markdal een andere opleiding volgen op niveau 3 of 2, "
              "zoals Allround timmerman of Meubelmaker; binnen Markdal gelden daarbij geen "
              "vooropleidingseisen, ook niet voor wie het vmbo-diploma nog niet heeft."),
        ("p", "6.3 Wie het vmbo-diploma aan het eind van routejaar 3 niet heeft, kan het examen bij de eigen "
              "school opnieuw doen en zijn mbo-opleiding zo mogelijk parallel voortzetten."),
        ("p", "6.4 Bij verhuizing zorgen de school en Markdal voor een warme overdracht naar een passende "
              "opleiding in de nieuwe woonplaats."),
        ("p", "6.5 De school en Markdal stellen het vervolg samen vast, op basis van het bereikte niveau en de "
              "leeftijd, na een gesprek met de leerling en zijn ouders."),
        ("h2", "Artikel 7 – Geld"),
        ("p", "Er vindt tussen partijen geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO "
              "2020 of artikel 9.1.15 WEB. Wel vergoeden de scholen Markdal de materiaalkosten (plaatmateriaal, "
              "massief hout, beslag) voor hun leerlingen in routejaar 1 en 2, tegen een vast bedrag van € 180 per "
              "leerling per schooljaar."),
        ("h2", "Artikel 8 – Medezeggenschap"),
        ("p", "8.1 Voor de route wordt een routepanel ingesteld van twee leerlingen of ouders uit de "
              "medezeggenschapsraad van elk van de scholen en twee leden van de studentenraad van Markdal."),
        ("p", "8.2 De routeraad vraagt het routepanel vooraf om advies over wijzigingen van het PTA/OER en van "
              "deze overeenkomst, en zendt het de rapportage van artikel 4."),
        ("p", "8.3 De wettelijke rechten van de medezeggenschapsraden, de studentenraad en de ondernemingsraad "
              "blijven onverlet."),
        ("h2", "Artikel 9 – Melding"),
        ("p", "Iedere school meldt de route voor zichzelf in RIO; Markdal meldt haar deelname."),
        ("h2", "Artikel 10 – Toetreding"),
        ("p", "10.1 Een andere school voor vbo of instelling voor beroepsonderwijs kan toetreden als zij het "
              "profiel BWI respectievelijk een opleiding in de interieurbouw aanbiedt, alle partijen daar "
              "schriftelijk mee instemmen en zij deze overeenkomst door ondertekening van een addendum "
              "aanvaardt."),
        ("p", "10.2 Toetreding gaat in per 1 augustus en mag het programma van de leerlingen die al in de route "
              "zitten niet nadelig veranderen."),
        ("h2", "Artikel 11 – Geschillen"),
        ("p", "11.1 Een geschil over de uitvoering van deze overeenkomst wordt eerst in de routeraad "
              "besproken en daarna, als het binnen een maand niet is opgelost, door de bestuurders."),
        ("p", "11.2 Leidt ook dat binnen zes weken niet tot een oplossing, dan leggen partijen het geschil "
              "voor aan een commissie van drie deskundigen voor bindend advies: elke betrokken partij wijst "
              "een lid aan en die leden wijzen samen de voorzitter aan. De kosten worden gelijk verdeeld."),
        ("h2", "Artikel 12 – Duur, opzegging en wijziging"),
        ("p", "12.1 Deze overeenkomst geldt voor onbepaalde tijd."),
        ("p", "12.2 Een partij kan haar deelname schriftelijk opzeggen tegen 1 augustus, met een termijn van "
              "ten minste één jaar. Na opzegging stromen bij de opzeggende partij geen nieuwe leerlingen meer "
              "in; leerlingen en studenten die al in de route zitten, ronden die af onder de voorwaarden van "
              "deze overeenkomst. Zeggen alle partijen op één na op, dan eindigt de overeenkomst zodra de "
              "laatste lopende groep de route heeft afgerond."),
        ("p", "12.3 Deze overeenkomst wordt alleen schriftelijk gewijzigd, bij addendum dat door alle partijen "
              "is ondertekend, na advies van het routepanel. Een wijziging geldt voor lopende groepen alleen "
              "als zij niet in hun nadeel is."),
        ("p", "Aldus vastgesteld als bijlage bij en onderdeel van Addendum nr. 1."),
    ],
    header="Addendum nr. 1 - DLR Hout en Interieur Moerdijk",
    pdf_title="Addendum 1 en geconsolideerde tekst DLR Hout en Interieur Moerdijk",
    pdf_author="ROC Markdal",
)

# --------------------------------------------------------------------------------------------
# h166 - four parties, ordinal headings that never name the topic, text boxes (DOCX)
# --------------------------------------------------------------------------------------------
register(
    166, "vier_partijen_rangtelwoordkoppen_tekstvakken_gastheer_hof_van_twente", "docx",
    "Vier partijen (drie vmbo-besturen en een ROC), DOCX met koppen 'Eerste afspraak' t/m 'Tiende "
    "afspraak' die het onderwerp nooit noemen en twee afspraken in tekstvakken (bedrijfsleven, overstap); "
    "Horeca, bakkerij en recreatie kb naar mbo-3 Zelfstandig werkend gastheer/gastvrouw, Hof van Twente; "
    "gebreken: verantwoording in de vorm van een rapportage maar zonder vast moment of frequentie (d "
    "zwak), overdracht van bekostiging met bestemming maar zonder omvang (g zwak), geschillen alleen 'in "
    "onderling overleg' (i zwak).",
    "p p p w p p w p w p",
    {"a": "Eerste afspraak", "b": "Vijfde afspraak", "c": "Tweede afspraak", "e": "Vierde afspraak",
     "f": "Zesde afspraak", "h": "Achtste afspraak", "j": "Tiende afspraak"},
    [
        ("title", "Overeenkomst Gastvrijheidsroute Hof van Twente"),
        ("sub", "Samenwerking vmbo-mbo in de horeca - Delden, Goor, Markelo en Hengelo"),
        ("p", "Deze overeenkomst is gesloten tussen:"),
        ("p", "1. Stichting Openbaar Voortgezet Onderwijs Hof van Twente, bevoegd gezag van Vakcollege "
              "Hof van Delden te Delden;"),
        ("p", "2. Stichting Katholiek Onderwijs Goor, bevoegd gezag van Sint-Pancratius Vmbo te Goor;"),
        ("p", "3. Stichting Christelijk Voortgezet Onderwijs Markelo, bevoegd gezag van De Borkeld "
              "Vmbo te Markelo;"),
        ("p", "4. Stichting Regionaal Opleidingencentrum Twentse Poort, bevoegd gezag van Twentse Poort "
              "College te Hengelo;"),
        ("p", "ieder rechtsgeldig vertegenwoordigd door zijn bestuurder of voorzitter van het college van "
              "bestuur. Partijen 1 tot en met 3 heten hierna samen \"de scholen\"; partij 4 heet \"Twentse "
              "Poort\". Partijen willen jongeren uit de Hof van Twente een ononderbroken weg bieden naar een "
              "beroep in de gastvrijheid en spreken daartoe het volgende af."),
        ("h1", "Eerste afspraak"),
        ("p", "De scholen en Twentse Poort bieden met ingang van 1 augustus 2025 samen een doorlopende "
              "leerroute aan. Leerlingen die in de kaderberoepsgerichte leerweg het profiel Horeca, bakkerij en "
              "recreatie volgen, kunnen aan het eind van leerjaar 2 voor de route kiezen. De route loopt van "
              "leerjaar 3 van het vmbo door tot het diploma Zelfstandig werkend gastheer/gastvrouw (mbo niveau "
              "3, BOL) van de Horecaschool van Twentse Poort en voert via het vmbo-diploma kaderberoepsgerichte "
              "leerweg."),
        ("h1", "Tweede afspraak"),
        ("p", "Eén stuurgroep is verantwoordelijk voor de route. Daarin heeft iedere partij één zetel: de "
              "drie scholen worden vertegenwoordigd door hun teamleider bovenbouw, Twentse Poort door de "
              "opleidingsmanager van de Horecaschool, die de stuurgroep voorzit. Iedere partij benoemt haar "
              "vertegenwoordiger en diens plaatsvervanger bij besluit van haar bestuurder; bij vertrek wordt "
              "binnen twee maanden een opvolger benoemd."),
        ("p", "De stuurgroep regelt de gezamenlijke roosters en de praktijkdagen, stelt het gezamenlijke "
              "PTA/OER op, beslist over toelating tot de route en over plaatsing van studenten in de "
              "beroepspraktijkvorming, en verdeelt de inzet van de docenten binnen de formatie die iedere "
              "partij daarvoor beschikbaar stelt. Zij beslist met meerderheid van stemmen. Besluiten met "
              "financiële gevolgen boven € 5.000, over het aantal plaatsen of over het stoppen met de route "
              "neemt zij niet zelf: die legt zij voor aan de vier bestuurders."),
        ("h1", "Derde afspraak"),
        ("p", "De stuurgroep houdt de vier besturen op de hoogte van de gang van zaken in de route en legt "
              "aan hen verantwoording af door middel van een schriftelijke rapportage over instroom, uitval, "
              "resultaten en uitgaven, wanneer de stuurgroep dat nodig acht of wanneer een bestuur daarom "
              "vraagt."),
        ("h1", "Vierde afspraak"),
        ("p", "Leerjaar 3 en 4 volgen de leerlingen op hun eigen school, met elke dinsdag een praktijkdag "
              "in het leerrestaurant \"De Twentse Tafel\" en de professionele keuken van Twentse Poort in "
              "Hengelo. De mbo-jaren worden gegeven in Hengelo en in de leerbedrijven. Wat per leerjaar aan "
              "onderwijs en examinering plaatsvindt, staat in het gezamenlijke PTA/OER; het vmbo-examen wordt "
              "in leerjaar 4 afgerond."),
        ("p", "Iedere school zet voor de praktijkdag een HBR-docent in; Twentse Poort twee praktijkdocenten "
              "gastheerschap en een docent keuken. Samen vormen zij één docententeam dat voor het "
              "vakoverstijgende deel \"Gastvrij ondernemen\" met teambevoegdheid werkt. Docenten blijven in "
              "dienst van hun eigen werkgever. Twentse Poort stelt het leerrestaurant, de keuken en de "
              "baristabar ter beschikking; de scholen hun eigen praktijklokalen HBR voor gezamenlijke "
              "oefenmomenten en examens. Het vervoer van de leerlingen naar Hengelo regelt iedere school zelf."),
        ("h1", "Vijfde afspraak"),
        ("textbox", ["Hotel De Hofmarke (Delden), Restaurant 't Oude Raadhuis (Goor), Landgoedhotel Het "
                     "Borkeldhuis (Markelo) en Partycentrum Twickel (Hengelo) zijn de vaste partners van de "
                     "route. Zij zijn erkend leerbedrijf bij SBB.",
                     "Zij ontvangen iedere groep in leerjaar 3 voor een meeloopdag, leveren in leerjaar 4 "
                     "een gastheer of chef voor een masterclass en bieden in de mbo-jaren samen ten minste "
                     "twintig bpv-plaatsen per cohort. Eén keer per jaar, in januari, bespreken zij met de "
                     "stuurgroep het programma; bij de examens in de beroepspraktijk is altijd een "
                     "beoordelaar uit een van deze bedrijven aanwezig."]),
        ("h1", "Zesde afspraak"),
        ("textbox", ["Geen leerling valt tussen wal en schip. Wie in leerjaar 3 of 4 uit de route stapt, maakt "
                     "de kaderberoepsgerichte leerweg op de eigen school af en haalt zijn vmbo-diploma in "
                     "HBR of een ander profiel. Wie in de mbo-jaren stopt, kan bij Twentse Poort kiezen voor "
                     "een andere opleiding op niveau 3 of 2, zoals Zelfstandig werkend kok of Medewerker "
                     "bediening, zonder dat vooropleidingseisen in de weg staan. Gaat een leerling verhuizen, "
                     "dan zoeken de school en Twentse Poort samen een plek bij een school of instelling in de "
                     "nieuwe regio.",
                     "Welke weg het wordt, bepalen de school en Twentse Poort samen, met de leerling en zijn "
                     "ouders, en met oog voor wat de leerling al heeft gehaald en zijn leeftijd."]),
        ("h1", "Zevende afspraak"),
        ("p", "De scholen dragen een deel van hun bekostiging over aan Twentse Poort ter dekking van de "
              "kosten van de praktijkdagen in leerjaar 3 en 4 (docenturen, grondstoffen en gebruik van de "
              "keuken). Het bedrag per leerling wordt jaarlijks door de stuurgroep berekend. Twentse Poort "
              "draagt niets over aan de scholen."),
        ("h1", "Achtste afspraak"),
        ("p", "De leerlingen van de route in leerjaar 3 en 4 kiezen jaarlijks een vertegenwoordiger die als "
              "toehoorder met spreekrecht deelneemt aan de vergaderingen van de studentenraad van Twentse "
              "Poort. Eén keer per jaar, in het voorjaar, komt een delegatie van de medezeggenschapsraden van "
              "de drie scholen en de studentenraad van Twentse Poort bijeen om het jaarplan van de route te "
              "bespreken; hun gezamenlijke advies wordt door de stuurgroep schriftelijk beantwoord."),
        ("h1", "Negende afspraak"),
        ("p", "Verschillen van inzicht over de uitvoering van deze overeenkomst lossen partijen in onderling "
              "overleg op, in de geest van deze overeenkomst en met het belang van de leerlingen voorop."),
        ("h1", "Tiende afspraak"),
        ("p", "Een andere vmbo-school of mbo-instelling uit de regio kan zich bij deze overeenkomst "
              "aansluiten als zij het profiel HBR respectievelijk een horecaopleiding aanbiedt, de bestaande "
              "partijen daar alle vier schriftelijk mee instemmen en zij deze overeenkomst meeondertekent; "
              "aansluiten kan alleen per 1 augustus."),
        ("p", "Iedere partij kan zich uit deze overeenkomst terugtrekken door schriftelijke opzegging tegen "
              "het einde van een schooljaar, met een opzegtermijn van ten minste een jaar. Voor de leerlingen "
              "van de vertrekkende partij die al in de route zitten, blijft de route bestaan totdat zij haar "
              "hebben afgerond; na de opzegging neemt die partij geen nieuwe leerlingen meer in de route op."),
        ("p", "Wijziging van deze overeenkomst gebeurt schriftelijk, met instemming van alle partijen, en "
              "gaat pas in bij een nieuw schooljaar. Een wijziging mag leerlingen die al in de route zitten "
              "niet benadelen."),
        ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("sig", [("Delden, 4 juni 2025 - Stichting Openbaar VO Hof van Twente\nA.J. Nijhuis, bestuurder",
                  "Goor, 4 juni 2025 - Stichting Katholiek Onderwijs Goor\ndrs. M.T. Hesselink, bestuurder"),
                 ("Markelo, 5 juni 2025 - Stichting Christelijk VO Markelo\nH. ten Dam, bestuurder",
                  "Hengelo, 6 juni 2025 - Stichting ROC Twentse Poort\nmr. R.W. Oldenhof, voorzitter CvB")]),
    ],
    docx_author="Stuurgroep Gastvrijheidsroute", docx_title="Overeenkomst Gastvrijheidsroute Hof van Twente",
)

# --------------------------------------------------------------------------------------------
# h167 - geïntegreerde route, continuous prose without any headings (PDF)
# --------------------------------------------------------------------------------------------
register(
    167, "proza_zonder_koppen_geintegreerd_facilitair_opsterland", "pdf",
    "Doorlopend proza zonder koppen (PDF), wij-vorm van een bestuurssecretaris; geïntegreerde route "
    "Dienstverlening en producten bb naar mbo-2 Medewerker facilitaire dienstverlening, Opsterland; "
    "gebreken: wie de route verlaat gaat automatisch naar Entree (f zwak), niets over financiën of "
    "bekostiging (g ontbreekt); medezeggenschap alleen als beschrijving van de wet met 'kunnen' (h n.v.t.).",
    "p p p p p w m na p p",
    {"a": "Wij bieden vanaf 1 augustus 2025 samen een geïntegreerde route aan",
     "b": "Dat de route op echte werkplekken draait",
     "c": "De leiding over de route leggen wij bij twee mensen",
     "d": "Het leidingsduo schrijft twee keer per jaar",
     "e": "In leerjaar 3 zitten de leerlingen vier dagen per week",
     "i": "Ontstaat tussen onze besturen een geschil",
     "j": "Een andere school of instelling kan zich bij deze overeenkomst aansluiten"},
    [
        ("title", "Samenwerkingsovereenkomst geïntegreerde route Facilitair Opsterland"),
        ("p", "Stichting Openbaar Voortgezet Onderwijs Opsterland, bevoegd gezag van Vmbo De Wâlden te "
              "Gorredijk, vertegenwoordigd door haar bestuurder mevrouw G. Hoekstra-Wiersma, en Stichting "
              "Friese Wâlden Beroepsopleidingen, bevoegd gezag van Friese Wâlden College te Drachten, "
              "vertegenwoordigd door de voorzitter van haar college van bestuur de heer drs. S. Postma, "
              "leggen in deze overeenkomst vast hoe zij de geïntegreerde route vmbo-mbo in de facilitaire "
              "dienstverlening samen verzorgen. De tekst is opgesteld door het bestuurssecretariaat van De "
              "Wâlden en bewust in gewone zinnen geschreven; waar \"wij\" staat, worden beide stichtingen "
              "bedoeld."),
        ("p", "Wij bieden vanaf 1 augustus 2025 samen een geïntegreerde route aan als bedoeld in artikel "
              "2.107l WVO 2020 en artikel 9.1.17 WEB. Leerlingen van de basisberoepsgerichte leerweg van De "
              "Wâlden in het profiel Dienstverlening en producten kunnen vanaf leerjaar 3 in deze route "
              "worden geplaatst, in overleg met de leerling en zijn ouders. De route leidt rechtstreeks naar "
              "het mbo-diploma Medewerker facilitaire dienstverlening (niveau 2, BOL, kwalificatiedossier "
              "Facilitaire dienstverlening) van Friese Wâlden College. De leerlingen leggen geen eindexamen "
              "basisberoepsgerichte leerweg af; wel krijgen zij van De Wâlden een overzicht van de vmbo-"
              "onderdelen die zij hebben afgerond. De route duurt drie jaar."),
        ("p", "Dat de route op echte werkplekken draait, hebben wij afgesproken met Zorgcentrum De "
              "Tjongerhof in Gorredijk, Congrescentrum De Wâldrâne in Beetsterzwaag, Van der Meer Facility "
              "Services in Drachten en de facilitaire dienst van de gemeente Opsterland. Deze vier "
              "organisaties zijn erkend leerbedrijf. Zij bieden in leerjaar 3 elke leerling een "
              "werkplekleerdag per week, in de twee mbo-jaren de stageplaatsen voor de beroepspraktijkvorming, "
              "en zij leveren samen per periode een praktijkopdracht, zoals het inrichten van een zaal voor "
              "een congres of het opstellen van een schoonmaakrooster. Hun praktijkopleiders beoordelen mee "
              "bij de examens in de beroepspraktijk, en twee keer per jaar bespreken zij met het "
              "leidingsduo welke onderdelen van het programma beter kunnen aansluiten op hun werk."),
        ("p", "De leiding over de route leggen wij bij twee mensen: de routecoördinator bovenbouw van De "
              "Wâlden en de teamleider Dienstverlening van Friese Wâlden College. De bestuurder van De Wâlden "
              "wijst de routecoördinator aan en het college van bestuur van Friese Wâlden College de "
              "teamleider; dat gebeurt schriftelijk en wordt aan de andere partij meegedeeld. Samen vormen zij "
              "het leidingsduo. Het duo stelt het rooster en de verdeling van de lesdagen vast, bereidt het "
              "gezamenlijke PTA/OER voor, beslist over plaatsing van leerlingen in de route en bij de "
              "leerbedrijven en verdeelt het werk binnen het docententeam. Het duo mag afspraken maken met "
              "leerbedrijven over stages en opdrachten. Over het aantal plaatsen in de route, de inzet van "
              "extra personeel en het stoppen met de route beslissen alleen de besturen."),
        ("p", "Het leidingsduo schrijft twee keer per jaar, in december en in juni, een verslag voor beide "
              "besturen. Daarin staan het aantal leerlingen, wie gestopt is en waarom, de behaalde "
              "examenonderdelen en diploma's, de stageplaatsen en de klachten. Het juniverslag bespreken de "
              "bestuurder van De Wâlden en de voorzitter van het college van bestuur van Friese Wâlden College "
              "met het duo in een bestuurlijk overleg vóór de zomervakantie."),
        ("p", "In leerjaar 3 zitten de leerlingen vier dagen per week op De Wâlden en één dag per week op "
              "een werkplek bij een van de leerbedrijven. Vanaf leerjaar 4 volgen zij hun onderwijs bij "
              "Friese Wâlden College, afdeling Dienstverlening in Drachten, afgewisseld met stages. Welke "
              "onderdelen per leerjaar worden gegeven en geëxamineerd, staat in het gezamenlijke PTA/OER dat "
              "elk jaar vóór 1 juli wordt vastgesteld. Het onderwijs wordt gegeven door één team: twee "
              "docenten D&P en de mentor van De Wâlden en twee docenten facilitaire dienstverlening van Friese "
              "Wâlden College. In leerjaar 3 geeft een docent van Friese Wâlden College wekelijks les op De "
              "Wâlden; voor de projecten die vmbo- en mbo-stof combineren, gebruiken wij de teambevoegdheid. "
              "Iedereen blijft in dienst van zijn eigen werkgever. De Wâlden stelt haar praktijklokaal "
              "dienstverlening en de schoolkantine als oefenplek ter beschikking, Friese Wâlden College het "
              "facilitaire leerbedrijf met linnenkamer, receptie en schoonmaakmachines."),
        ("p", "Als een leerling de route niet afmaakt, hoeft hij niet zonder diploma de school te verlaten. "
              "Een leerling die de geïntegreerde route verlaat, wordt ingeschreven in de Entree-opleiding "
              "(niveau 1) van Friese Wâlden College, zodat hij daar alsnog een diploma kan halen. De mentor en "
              "de loopbaanbegeleider van Friese Wâlden College begeleiden deze overstap en zorgen voor een "
              "goede overdracht van het dossier."),
        ("p", "Over medezeggenschap geldt wat de wet regelt: zolang leerlingen bij De Wâlden staan "
              "ingeschreven, kunnen zij en hun ouders zich via de medezeggenschapsraad van De Wâlden laten "
              "horen, en daarna via de studentenraad van Friese Wâlden College. Partijen kunnen daarnaast "
              "aanvullende afspraken maken als dat wenselijk blijkt."),
        ("p", "Ontstaat tussen onze besturen een geschil over de uitvoering van deze overeenkomst, dan "
              "bespreekt het leidingsduo het eerst. Is het na vier weken niet opgelost, dan gaan de bestuurders "
              "erover in gesprek. Lukt het ook hen niet binnen zes weken, dan schakelen zij een mediator in. "
              "Een geschil dat daarna blijft bestaan, wordt beslecht door arbitrage volgens het "
              "arbitragereglement van het Nederlands Arbitrage Instituut, met één arbiter en Leeuwarden als "
              "plaats van arbitrage."),
        ("p", "Een andere school of instelling kan zich bij deze overeenkomst aansluiten als zij een "
              "passend profiel of een opleiding in de facilitaire dienstverlening aanbiedt en beide besturen "
              "daar schriftelijk mee instemmen; de aansluiting wordt in een door alle partijen ondertekend "
              "aanhangsel vastgelegd en gaat in op 1 augustus. Ieder van ons kan deze overeenkomst schriftelijk "
              "opzeggen tegen het einde van een schooljaar, met een opzegtermijn van twaalf maanden; leerlingen "
              "die op dat moment in de route zitten, maken de route af alsof de overeenkomst nog gold, en "
              "nieuwe leerlingen worden niet meer geplaatst. Wijzigingen spreken wij schriftelijk af en laten "
              "wij pas ingaan bij het begin van een schooljaar, zonder dat leerlingen die al in de route zitten "
              "daardoor nadeel ondervinden."),
        ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Wij melden de route "
              "gezamenlijk aan bij DUO via RIO."),
        ("p", "Opgemaakt in tweevoud en ondertekend."),
        ("sig", [("Gorredijk, 19 juni 2025\nStichting Openbaar VO Opsterland\nG. Hoekstra-Wiersma, bestuurder",
                  "Drachten, 19 juni 2025\nStichting Friese Wâlden Beroepsopleidingen\ndrs. S. Postma, "
                  "voorzitter college van bestuur")]),
    ],
    footer="Samenwerkingsovereenkomst geïntegreerde route Facilitair Opsterland",
    pdf_title="Samenwerkingsovereenkomst geïntegreerde route Facilitair Opsterland",
    pdf_author="Bestuurssecretariaat Vmbo De Wâlden",
)

# ==== MAIN ====
def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv if a.isdigit()] or sorted(DOCS)
    for n in nums:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
