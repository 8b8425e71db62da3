#!/usr/bin/env python3
"""Build training samples 189-196 (batch train13a) for leerroute-check.

Written by an independent author-helper from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie), /work/shared/domain.md and LABELS.md only,
without looking at checker code, models, tests or the texts/build scripts of the other samples.

Voice of this batch: board secretaries and lawyers of school boards (careful, notary-like style,
long sentences, capitalised defined terms, "Partijen komen overeen", leden, cross-references).
Focus: SUBTLE defects -- the item is written at length, in committing words and under the right
heading, but exactly one core element of LABELS.md is really absent. Two agreements are fully
compliant.

Usage:
    python3 build_samples_train13a.py            # build all eight
    python3 build_samples_train13a.py 189 193    # build only these numbers
    python3 build_samples_train13a.py --check    # open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

DOCS = {}  # number -> spec


def register(fn):
    spec = fn()
    DOCS[spec["num"]] = spec
    return fn


# ---------------------------------------------------------------------------------------------
# Block model.  Each agreement is a list of blocks:
#   ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text)
#   ("lid", label, text)        numbered lid with hanging indent ("1.", "2.")
#   ("sub", label, text)        sub-item under a lid ("a.", "b.")
#   ("toc", [(entry, page), ...])
#   ("sig", [left lines], [right lines])
#   ("small", text)  ("pagebreak",)  ("space",)
# ---------------------------------------------------------------------------------------------

def leden(*texts):
    """Turn texts into numbered leden 1., 2., ...; a list/tuple item gives sub-items a., b., ..."""
    out = []
    n = 0
    for t in texts:
        if isinstance(t, (list, tuple)):
            for i, s in enumerate(t):
                out.append(("sub", "abcdefghijklmnop"[i] + ".", s))
        else:
            n += 1
            out.append(("lid", f"{n}.", t))
    return out


# ----------------------------------------------------------------------------- PDF renderer
def build_pdf(path, spec):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle, PageBreak, KeepTogether,
                                    FrameBreak, NextPageTemplate)

    o = spec.get("pdf", {})
    font = o.get("font", "Times-Roman")
    bold = o.get("bold", "Times-Bold")
    size = o.get("size", 10.5)
    lead = size * 1.3
    cols = o.get("columns", 1)
    just = TA_JUSTIFY if o.get("justify", True) else TA_LEFT

    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=lead, alignment=just,
                          spaceAfter=size * 0.35)
    st = {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=size + 4,
                                leading=(size + 4) * 1.25, alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=size + 0.5, alignment=TA_CENTER,
                                   spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size + 1, leading=lead + 1,
                             alignment=TA_LEFT, spaceBefore=size * 0.9, spaceAfter=size * 0.35,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size, alignment=TA_LEFT,
                             spaceBefore=size * 0.5, spaceAfter=size * 0.2, keepWithNext=1),
        "p": base,
        "lid": ParagraphStyle("lid", parent=base, leftIndent=size * 1.9, bulletIndent=0,
                              bulletFontName=font, bulletFontSize=size),
        "sub": ParagraphStyle("sub", parent=base, leftIndent=size * 3.6, bulletIndent=size * 1.9,
                              bulletFontName=font, bulletFontSize=size),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
    }

    story = []
    for b in spec["blocks"]:
        k = b[0]
        if k in ("title", "subtitle", "h1", "h2", "p", "small"):
            story.append(Paragraph(escape(b[1]), st[k]))
        elif k in ("lid", "sub"):
            story.append(Paragraph(escape(b[2]), st[k], bulletText=b[1]))
        elif k == "space":
            story.append(Spacer(1, size))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "framebreak":
            story.append(FrameBreak())
        elif k == "toc":
            rows = [[Paragraph(escape(e), base), Paragraph(str(pg), base)] for e, pg in b[1]]
            width = (A4[0] - 5 * cm) / cols
            t = Table(rows, colWidths=[width - 1.2 * cm, 1.2 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            story.append(t)
        elif k == "sig":
            left = [Paragraph(escape(x), base) for x in b[1]]
            right = [Paragraph(escape(x), base) for x in b[2]]
            width = (A4[0] - 5 * cm) / cols
            t = Table([[left, right]], colWidths=[width / 2, width / 2])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([Spacer(1, size), t]))
        else:
            raise ValueError(k)

    header = o.get("header")
    footer = o.get("footer", "Pagina {page}")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, size - 2.5)
        if header:
            canv.drawString(2.5 * cm, A4[1] - 1.5 * cm, header)
        if footer:
            canv.drawRightString(A4[0] - 2.5 * cm, 1.4 * cm, footer.format(page=doc.page))
        canv.restoreState()

    lm, rm, tm, bm = 2.5 * cm, 2.5 * cm, 2.4 * cm, 2.3 * cm
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=spec["title"], author=spec.get("author", ""),
                          subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                          creator="build_samples_train13a", invariant=1)
    fw = A4[0] - lm - rm
    fh = A4[1] - tm - bm
    if cols == 2:
        gap = 0.8 * cm
        cw = (fw - gap) / 2
        frames = [Frame(lm, bm, cw, fh, id="c1", leftPadding=0, rightPadding=0),
                  Frame(lm + cw + gap, bm, cw, fh, id="c2", leftPadding=0, rightPadding=0)]
        th = o.get("title_frame_h")
        if th:
            th = th * cm
            first = [Frame(lm, bm + fh - th, fw, th, id="top", leftPadding=0, rightPadding=0),
                     Frame(lm, bm, cw, fh - th, id="c1f", leftPadding=0, rightPadding=0),
                     Frame(lm + cw + gap, bm, cw, fh - th, id="c2f", leftPadding=0, rightPadding=0)]
            doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=on_page),
                                  PageTemplate(id="main", frames=frames, onPage=on_page)])
            story.insert(0, NextPageTemplate("main"))
            # everything up to the first ("framebreak",) goes in the full-width top frame
        else:
            doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=on_page)])
    else:
        frames = [Frame(lm, bm, fw, fh, id="f1", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=on_page)])
    doc.build(story)


# ---------------------------------------------------------------------------- DOCX renderer
def build_docx(path, spec):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    o = spec.get("docx", {})
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = o.get("font", "Calibri")
    normal.font.size = Pt(o.get("size", 10.5))
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.5)
        if o.get("header"):
            sec.header.paragraphs[0].text = o["header"]
    heading_styles = o.get("heading_styles", True)

    def bold_par(text, size=None, center=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            if heading_styles:
                d.add_heading(b[1], level=0)
            else:
                bold_par(b[1], 16, center=True)
        elif k == "subtitle":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k in ("h1", "h2"):
            if heading_styles:
                d.add_heading(b[1], level=1 if k == "h1" else 2)
            else:
                bold_par(b[1], 12 if k == "h1" else None)
        elif k == "p":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif k == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8.5)
        elif k in ("lid", "sub"):
            p = d.add_paragraph(f"{b[1]}\t{b[2]}")
            pf = p.paragraph_format
            ind = 0.9 if k == "lid" else 1.8
            pf.left_indent = Cm(ind)
            pf.first_line_indent = Cm(-0.9)
            pf.tab_stops.add_tab_stop(Cm(ind))
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif k == "space":
            d.add_paragraph("")
        elif k == "pagebreak":
            d.add_page_break()
        elif k == "framebreak":
            continue
        elif k == "toc":
            for e, pg in b[1]:
                d.add_paragraph(f"{e}\t{pg}")
        elif k == "sig":
            t = d.add_table(rows=1, cols=2)
            for cell, lines in zip(t.rows[0].cells, (b[1], b[2])):
                cell.paragraphs[0].text = lines[0]
                for x in lines[1:]:
                    cell.add_paragraph(x)
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
        else:
            raise ValueError(k)

    cp = d.core_properties
    cp.author = spec.get("author", "")
    cp.last_modified_by = spec.get("author", "")
    cp.title = spec["title"]
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(item.filename))


# ------------------------------------------------------------------------ TXT / MD renderer
def wrap(text, width=94, indent="", first=""):
    words = text.split()
    lines, cur = [], first
    for w in words:
        if len(cur) + len(w) + 1 > width and cur.strip():
            lines.append(cur.rstrip())
            cur = indent
        cur += w + " "
    lines.append(cur.rstrip())
    return "\n".join(lines)


def build_text(path, spec):
    md = spec["fmt"] == "md"
    width = spec.get("width", 94)
    out = []
    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            out.append(("# " + b[1]) if md else b[1].upper())
            if not md:
                out.append("=" * len(b[1]))
        elif k == "subtitle":
            out.append(("*" + b[1] + "*") if md else b[1])
        elif k == "h1":
            out.append(("## " + b[1]) if md else b[1])
            if not md and spec.get("underline", True):
                out.append("-" * len(b[1]))
        elif k == "h2":
            out.append(("### " + b[1]) if md else b[1])
        elif k in ("p", "small"):
            out.append(wrap(b[1], width))
        elif k == "lid":
            lab = b[1]
            out.append(wrap(b[2], width, indent=" " * (len(lab) + 1), first=lab + " "))
        elif k == "sub":
            lab = ("   " + b[1]) if not md else ("   " + b[1])
            out.append(wrap(b[2], width, indent=" " * (len(lab) + 1), first=lab + " "))
        elif k in ("space", "pagebreak", "framebreak"):
            continue
        elif k == "toc":
            out.append("\n".join(f"{e} .... {pg}" for e, pg in b[1]))
        elif k == "sig":
            out.append("\n".join(b[1]) + "\n\n" + "\n".join(b[2]))
        else:
            raise ValueError(k)
        out.append("")
    text = "\n".join(out).rstrip() + "\n"
    # keep consecutive leden/sub-items on adjacent lines (one blank line between blocks is fine)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------------- build
def out_name(spec):
    return f"{spec['num']}_{spec['slug']}"


def expected(spec):
    return {"description": spec["description"], "split": "train", "statuses": spec["statuses"],
            "evidence": spec["evidence"]}


def build(spec):
    base = os.path.join(OUT, out_name(spec))
    path = f"{base}.{spec['fmt']}"
    if spec["fmt"] == "pdf":
        build_pdf(path, spec)
    elif spec["fmt"] == "docx":
        build_docx(path, spec)
    else:
        build_text(path, spec)
    with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected(spec), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


# ---------------------------------------------------------------------------------- check
def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
        n = len(pdf)
        pdf.close()
        return "\n".join(parts), n
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
        return "\n".join(parts), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


STATUSES = {"present", "weak", "missing", "not_applicable"}


def check(nums):
    ok = True
    for num in nums:
        spec = DOCS[num]
        base = os.path.join(OUT, out_name(spec))
        path = f"{base}.{spec['fmt']}"
        errs = []
        if not os.path.exists(path):
            errs.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append(f"too large: {size}")
            try:
                text, pages = extract(path)
            except Exception as e:  # noqa: BLE001
                errs.append(f"cannot open: {e}")
                text, pages = "", None
            nt = norm(text)
            if len(nt) < 400:
                errs.append("extracted text too short")
            for item, ev in spec["evidence"].items():
                if spec["statuses"][item] != "present":
                    errs.append(f"evidence for non-present item {item}")
                if norm(ev) not in nt:
                    errs.append(f"evidence {item} not found: {ev!r}")
            if sorted(spec["statuses"]) != list("abcdefghij") or \
                    not set(spec["statuses"].values()) <= STATUSES:
                errs.append("bad statuses table")
            if spec.get("pages") and pages is not None:
                lo, hi = spec["pages"]
                if not lo <= pages <= hi:
                    errs.append(f"page count {pages} not in {lo}-{hi}")
        try:
            with open(base + ".expected.json", encoding="utf-8") as f:
                exp = json.load(f)
            if exp != expected(spec):
                errs.append("expected.json differs from the script's table")
        except Exception as e:  # noqa: BLE001
            errs.append(f"expected.json: {e}")
        pg = f", {pages} p." if (os.path.exists(path) and pages) else ""
        print(("OK  " if not errs else "FAIL"), os.path.basename(path),
              f"({os.path.getsize(path) // 1024} KB{pg})" if os.path.exists(path) else "")
        for e in errs:
            print("     -", e)
        ok = ok and not errs
    return ok


# =============================================================================================
# The agreements
# =============================================================================================


# ------------------------------------------------------------------------------------- 189
@register
def doc189():
    b = [
        ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO"),
        ("subtitle", "Bouwen, wonen en interieur (kaderberoepsgerichte leerweg) – Allround timmerman (niveau 3)"),
        ("h2", "Inhoudsopgave"),
        ("toc", [("Partijen en overwegingen", 1), ("Artikel 1 Begripsbepalingen", 2),
                 ("Artikel 2 De Leerroute", 2), ("Artikel 3 Betrokkenheid van het bedrijfsleven", 2),
                 ("Artikel 4 De Routeraad", 3), ("Artikel 5 Inlichtingen en verantwoording", 3),
                 ("Artikel 6 Inrichting van de Leerroute", 3), ("Artikel 7 Overstapoptie", 4),
                 ("Artikel 8 Bekostiging", 4), ("Artikel 9 Medezeggenschap", 5),
                 ("Artikel 10 Geschillen", 5), ("Artikel 11 Toetreding, wijziging en beëindiging", 5),
                 ("Artikel 12 Slotbepalingen", 6), ("Ondertekening", 6)]),
        ("h2", "DE ONDERGETEKENDEN:"),
        ("lid", "1.", "de stichting Stichting Openbaar Voortgezet Onderwijs Esdorp, statutair gevestigd te "
         "Assen, bevoegd gezag van het Esdorp Vakcollege, school voor voorbereidend middelbaar "
         "beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van "
         "bestuur, mevrouw mr. H.J. Bontekoe-Wiersma, hierna te noemen: “de School”;"),
        ("lid", "2.", "de stichting Stichting Noorderzand Onderwijsgroep, statutair gevestigd te Assen, "
         "bevoegd gezag van het regionaal opleidingencentrum Noorderzand College, te dezen rechtsgeldig "
         "vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. R.A. Mulder, "
         "hierna te noemen: “de Instelling”;"),
        ("p", "hierna gezamenlijk te noemen: “Partijen” en ieder afzonderlijk: “Partij”,"),
        ("h2", "OVERWEGINGEN"),
        ("lid", "A.", "dat de School in de kaderberoepsgerichte leerweg het profiel Bouwen, wonen en "
         "interieur aanbiedt en de Instelling de vakopleiding Allround timmerman verzorgt, en dat Partijen "
         "deze opleidingen willen verbinden tot één doorlopende leerroute als bedoeld in artikel 2.107a van "
         "de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs;"),
        ("lid", "B.", "dat het bouwbedrijfsleven in Noord- en Midden-Drenthe heeft aangeboden bij te dragen "
         "aan de invulling van die leerroute, onder meer door het beschikbaar stellen van "
         "praktijkplaatsen;"),
        ("lid", "C.", "dat Partijen de leiding over de leerroute willen beleggen bij een gezamenlijke "
         "Routeraad, waarvan de leden door de colleges van bestuur van Partijen gezamenlijk worden benoemd "
         "voor een termijn van drie schooljaren, met de mogelijkheid van eenmalige herbenoeming;"),
        ("lid", "D.", "dat de Routeraad Partijen geregeld dient te informeren en aan hen verantwoording "
         "dient af te leggen;"),
        ("lid", "E.", "dat Partijen ten behoeve van de leerroute hun personeel en hun praktijkvoorzieningen "
         "over en weer beschikbaar willen stellen;"),
        ("lid", "F.", "dat iedere leerling die de leerroute niet voltooit, een passend alternatief moet worden "
         "geboden dat leidt tot een diploma, en dat Partijen geen bekostiging aan elkaar wensen over te "
         "dragen;"),
        ("lid", "G.", "dat Partijen de medezeggenschap van leerlingen, studenten, ouders en personeel ook "
         "binnen de leerroute willen waarborgen;"),
        ("lid", "H.", "dat Partijen een regeling willen treffen voor geschillen, en voor de toetreding van "
         "andere scholen of instellingen, voor wijziging en voor beëindiging van hun samenwerking, telkens "
         "zodanig dat de gevolgen voor leerlingen en studenten zo veel mogelijk worden beperkt;"),
        ("p", "KOMEN ALS VOLGT OVEREEN:"),
        ("h1", "Artikel 1 Begripsbepalingen"),
        ("p", "In deze Overeenkomst wordt verstaan onder:"),
        *leden([
            "Leerroute: de doorlopende leerroute vmbo-mbo als bedoeld in artikel 2;",
            "Leerling: een leerling van de School die in de vo-fase aan de Leerroute deelneemt;",
            "Student: een deelnemer aan de Leerroute die in de mbo-fase bij de Instelling is ingeschreven;",
            "vo-fase en mbo-fase: respectievelijk de eerste twee en de laatste twee leerjaren van de Leerroute;",
            "Routeraad: het gezamenlijke orgaan dat is belast met de leiding over de Leerroute, als bedoeld in "
            "artikel 4;",
            "Examenplan: het door Partijen gezamenlijk vastgestelde programma van toetsing en afsluiting en de "
            "onderwijs- en examenregeling van de Leerroute, als bedoeld in artikel 6 lid 2;",
            "WVO 2020: de Wet voortgezet onderwijs 2020; WEB: de Wet educatie en beroepsonderwijs.",
        ]),
        ("h1", "Artikel 2 De Leerroute"),
        *leden(
            "Partijen verzorgen gezamenlijk, op grond van deze Overeenkomst, een doorlopende leerroute "
            "vmbo-mbo die aanvangt in het derde leerjaar van de kaderberoepsgerichte leerweg in het profiel "
            "Bouwen, wonen en interieur van de School en leidt tot het diploma van de vakopleiding Allround "
            "timmerman (niveau 3) in het opleidingsdomein Bouw en infra van de Instelling, in de "
            "beroepsopleidende leerweg.",
            "De Leerroute heeft een cursusduur van vier leerjaren. In de vo-fase is de deelnemer als Leerling "
            "bij de School ingeschreven; met ingang van het derde leerjaar wordt hij bij de School "
            "uitgeschreven en als Student bij de Instelling ingeschreven, met inachtneming van artikel 2.107e "
            "WVO 2020.",
            "Het examen van de kaderberoepsgerichte leerweg wordt afgenomen in het tweede leerjaar van de "
            "Leerroute; het Examenplan kan bepalen dat een of meer vakken reeds in het eerste leerjaar worden "
            "afgesloten, en artikel 2.107j WVO 2020 blijft onverkort van toepassing.",
            "Partijen melden de Leerroute gezamenlijk aan Onze Minister door registratie in het Register "
            "Instellingen en Opleidingen, en wel vóór de aanvang van het schooljaar waarin het eerste cohort "
            "instroomt.",
        ),
        ("h1", "Artikel 3 Betrokkenheid van het bedrijfsleven"),
        *leden(
            "Partijen betrekken het bouwbedrijfsleven bij de invulling van de Leerroute via de Bouwkring "
            "Drentsche Aa, een vereniging van aannemers-, timmer- en onderhoudsbedrijven in Noord- en "
            "Midden-Drenthe, en via de door de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven "
            "erkende leerbedrijven waarmee de Instelling een praktijkovereenkomst sluit.",
            "De in lid 1 bedoelde bedrijven stellen voor iedere Student een plaats voor de "
            "beroepspraktijkvorming beschikbaar, verzorgen voor Leerlingen per leerjaar ten minste twee "
            "bedrijfsbezoeken en één meerdaagse praktijkopdracht op een bouwplaats, en leveren voor de "
            "proeven van bekwaamheid in het vierde leerjaar een praktijkbeoordelaar.",
            "Tweemaal per schooljaar bespreekt de Routeraad met een afvaardiging van de Bouwkring de opzet en "
            "de uitvoering van het onderwijsprogramma; de Routeraad betrekt het advies van de Bouwkring bij "
            "de jaarlijkse bijstelling van het Examenplan en legt schriftelijk vast wat met dat advies is "
            "gedaan.",
        ),
        ("h1", "Artikel 4 De Routeraad"),
        *leden(
            "De leiding over de Leerroute berust bij de Routeraad.",
            "De Routeraad bestaat uit vijf leden: twee leden uit de kring van de leidinggevenden en docenten "
            "van de School, twee leden uit de kring van de leidinggevenden en docenten van de opleiding "
            "Allround timmerman van de Instelling, en de routecoördinator, die de vergaderingen voorzit. Van "
            "de twee leden uit de kring van iedere Partij vervult ten minste één een leidinggevende functie.",
            "Partijen dragen aan de Routeraad de volgende taken op:",
            ["het jaarlijks opstellen van een routeplan, waarin de doelen, de activiteiten en de inzet van "
             "personeel en voorzieningen voor het komende schooljaar zijn opgenomen;",
             "het voorbereiden van het Examenplan en van de jaarlijkse bijstelling daarvan, met inachtneming "
             "van artikel 3 lid 3;",
             "de dagelijkse afstemming tussen School en Instelling over roosters, groepsindeling, "
             "leerlingbegeleiding en het gebruik van praktijkruimten;",
             "het onderhouden van de contacten met de Bouwkring en de leerbedrijven;",
             "het bewaken van de voortgang van de Leerlingen en Studenten en het voorbereiden van "
             "overstapadviezen als bedoeld in artikel 7 lid 2."],
            "De Routeraad is bevoegd om, binnen het routeplan en de door Partijen daarvoor beschikbaar "
            "gestelde formatie en middelen, zelfstandig te besluiten over het rooster, de groepsindeling, de "
            "verdeling van lesuren tussen de docenten van beide Partijen en de planning van praktijkopdrachten. "
            "Besluiten die een Partij financieel verplichten boven een bedrag van € 5.000, de vaststelling van "
            "het Examenplan en besluiten over wijziging van deze Overeenkomst blijven voorbehouden aan de "
            "colleges van bestuur van Partijen.",
            "De Routeraad vergadert ten minste zes maal per schooljaar en besluit bij meerderheid van "
            "stemmen, mits ten minste één lid uit de kring van iedere Partij met het besluit instemt. Komt "
            "een besluit bij gebreke daarvan niet tot stand, dan legt de voorzitter de zaak voor aan de "
            "colleges van bestuur.",
        ),
        ("h1", "Artikel 5 Inlichtingen en verantwoording"),
        *leden(
            "De Routeraad verstrekt de colleges van bestuur van beide Partijen tweemaal per schooljaar, "
            "uiterlijk op 1 februari en op 1 juli, een schriftelijke voortgangsrapportage over de instroom, "
            "de doorstroom, de uitval en de overstap van Leerlingen en Studenten, de examenresultaten en de "
            "inzet van personeel en voorzieningen.",
            "Jaarlijks vóór 1 november legt de Routeraad in een bestuurlijk overleg met beide colleges van "
            "bestuur verantwoording af over het afgelopen schooljaar, aan de hand van een jaarverslag dat "
            "uiterlijk twee weken voor dat overleg aan beide colleges wordt toegezonden en door hen "
            "gezamenlijk wordt vastgesteld.",
            "Onverminderd lid 1 en lid 2 verstrekt de Routeraad aan ieder college van bestuur op diens "
            "verzoek onverwijld alle inlichtingen die het voor de uitoefening van zijn taak nodig heeft, en "
            "meldt hij uit eigen beweging ieder voorval dat de continuïteit van de Leerroute kan raken.",
        ),
        ("h1", "Artikel 6 Inrichting van de Leerroute"),
        *leden(
            "Het onderwijs in de vo-fase wordt gegeven in het gebouw van de School aan de Industrieweg te "
            "Assen, met uitzondering van één praktijkdag per week die de Leerlingen in de bouwhal van de "
            "Instelling volgen; het onderwijs in de mbo-fase wordt gegeven op de Bouwcampus van de Instelling "
            "te Assen en bij de leerbedrijven als bedoeld in artikel 3.",
            "Partijen stellen vóór 1 juli voorafgaand aan de instroom van ieder cohort gezamenlijk het "
            "Examenplan vast, waarin voor de gehele Leerroute per leerjaar het onderwijsprogramma, de "
            "examinering en de beroepspraktijkvorming worden beschreven, met aanduiding van de onderdelen die "
            "tot het voortgezet onderwijs, tot het beroepsonderwijs of tot beide behoren.",
            "Het onderwijs wordt verzorgd door één docententeam, bestaande uit docenten van de School en van "
            "de Instelling. Voor de vakoverstijgende praktijkonderdelen in de vo-fase maken Partijen gebruik "
            "van de mogelijkheid van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; ieder lid van het team is "
            "bevoegd voor ten minste één onderdeel en draagt verantwoordelijkheid voor het onderdeel waarvoor "
            "hij bevoegd is. De Instelling zet in de vo-fase ten minste 0,6 fte aan docenten bouwtechniek in; "
            "het werkgeverschap blijft bij de Partij bij wie de docent in dienst is.",
            "De Instelling stelt haar bouwhal, haar ruimte voor machinale houtbewerking en haar CAD-lokaal "
            "beschikbaar voor de Leerlingen; de School stelt haar praktijklokaal hout en haar theorielokalen "
            "beschikbaar voor gezamenlijke lessen en voor het team. Op het gebruik van een ruimte is het "
            "werkplaatsreglement van de Partij die de ruimte beschikbaar stelt van toepassing.",
            "In de vo-fase is de School verantwoordelijk voor de verzuimregistratie en de melding aan de "
            "leerplichtambtenaar; in de mbo-fase is dat de Instelling. De klachtenregeling van iedere Partij "
            "is mede van toepassing op gedragingen van het personeel van de andere Partij in het kader van de "
            "Leerroute, met inachtneming van artikel 2.107f lid 3 WVO 2020 en artikel 9.1.7 lid 3 WEB.",
        ),
        ("h1", "Artikel 7 Overstapoptie"),
        *leden(
            "Een Leerling of Student wiens deelname aan de Leerroute eindigt voordat hij deze met goed gevolg "
            "heeft voltooid, wordt door Partijen in staat gesteld een diploma van de kaderberoepsgerichte "
            "leerweg of het diploma van een beroepsopleiding te behalen dat past bij het door hem bereikte "
            "onderwijsniveau en bij zijn leeftijd.",
            "Welke voortzetting passend is, stellen de School en de Instelling gezamenlijk vast, nadat zij met "
            "de Leerling of Student en, zo hij minderjarig is, met zijn ouders hebben gesproken over diens "
            "wensen en mogelijkheden; de Routeraad legt hun daartoe binnen vier weken een schriftelijk "
            "overstapadvies voor.",
            "Als passende voortzetting komen in elk geval in aanmerking:",
            ["bij beëindiging in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg van de "
             "School, in hetzelfde of een ander profiel, gericht op het behalen van het vmbo-diploma;",
             "indien het vmbo-diploma niet is behaald: het overdoen van het leerjaar dan wel instroom in de "
             "opleiding Timmerman (niveau 2) of een andere opleiding van de Instelling op een vergelijkbaar "
             "niveau, met de mogelijkheid het vmbo-examen in het derde leerjaar alsnog af te ronden;",
             "bij beëindiging in de mbo-fase: een andere opleiding op niveau 3 in het opleidingsdomein Bouw en "
             "infra of in een ander domein, waarbij de reeds behaalde onderdelen zo veel mogelijk worden "
             "meegenomen;",
             "bij verhuizing of een keuze voor een andere instelling: begeleiding naar een passende opleiding "
             "elders in de regio, met een warme overdracht."],
            "Voor een overstap naar een opleiding van de Instelling gelden de vooropleidingseisen niet; kiest "
            "de Leerling of Student een andere instelling, dan verzoekt de Instelling die andere instelling "
            "zo nodig om een geschiktheidsonderzoek als bedoeld in artikel 8.2.1 lid 6 WEB.",
            "De werkwijze wordt nader beschreven in de schoolgids van de School en in de studiegids van de "
            "Instelling.",
        ),
        ("h1", "Artikel 8 Bekostiging"),
        *leden(
            "Partijen dragen geen deel van de door hen ontvangen bekostiging aan elkaar over; artikel 5.42a "
            "WVO 2020 en artikel 9.1.15 WEB worden derhalve niet toegepast.",
            "Iedere Partij draagt de kosten van het eigen personeel en de eigen voorzieningen; de inzet over "
            "en weer als bedoeld in artikel 6 lid 3 en lid 4 wordt niet verrekend.",
            "De kosten van materiaal voor praktijkopdrachten komen voor rekening van de Partij bij wie de "
            "Leerling of Student op dat moment is ingeschreven.",
        ),
        ("h1", "Artikel 9 Medezeggenschap"),
        *leden(
            "Voor Leerlingen, hun ouders en het personeel van de School geldt de Wet medezeggenschap op "
            "scholen; voor Studenten, hun ouders en het personeel van de Instelling gelden hoofdstuk 8a WEB en "
            "de Wet op de ondernemingsraden.",
            "In aanvulling daarop komen Partijen overeen dat ieder voornemen tot wijziging van het Examenplan "
            "door de School aan haar medezeggenschapsraad en door de Instelling aan de studentenraad van het "
            "Noorderzand College voor advies wordt voorgelegd, en dat de Routeraad ten minste eenmaal per "
            "schooljaar een gezamenlijke bijeenkomst belegt met een afvaardiging van beide raden.",
            "Een Leerling in het tweede leerjaar van de Leerroute kan als toehoorder met spreekrecht deelnemen "
            "aan de vergaderingen van de studentenraad van het Noorderzand College; de Instelling stelt het "
            "reglement van de studentenraad daarop aan.",
        ),
        ("h1", "Artikel 10 Geschillen"),
        *leden(
            "Van een geschil in de zin van dit artikel is sprake wanneer een Partij de andere Partij "
            "schriftelijk meedeelt dat zij van mening verschilt over de uitleg of de uitvoering van deze "
            "Overeenkomst, onder vermelding van het onderwerp en haar standpunt.",
            "Partijen treden binnen drie weken na de mededeling als bedoeld in lid 1 met elkaar in overleg, "
            "in de persoon van de voorzitters van hun colleges van bestuur, teneinde het geschil in der minne "
            "op te lossen.",
            "Leidt het overleg als bedoeld in lid 2 niet binnen zes weken tot overeenstemming, dan kan iedere "
            "Partij voorstellen een onafhankelijke deskundige met ervaring in het beroepsonderwijs te "
            "verzoeken Partijen over het geschil te adviseren. Het advies van de deskundige bindt Partijen "
            "niet. Na ontvangst van het advies hervatten Partijen het overleg als bedoeld in lid 2, met "
            "inachtneming van dat advies, totdat zij alsnog overeenstemming hebben bereikt.",
            "Gedurende een geschil blijven Partijen hun verplichtingen uit deze Overeenkomst nakomen, in het "
            "bijzonder voor zover die de Leerlingen en Studenten betreffen. De kosten van de deskundige worden "
            "door Partijen ieder voor de helft gedragen.",
        ),
        ("h1", "Artikel 11 Toetreding, wijziging en beëindiging"),
        *leden(
            "Een andere school voor voorbereidend middelbaar beroepsonderwijs of een andere instelling voor "
            "beroepsonderwijs kan tot deze Overeenkomst toetreden, indien zij de Leerroute in dezelfde of een "
            "aangrenzende regio wil verzorgen, beide Partijen daarmee na advies van de Routeraad schriftelijk "
            "instemmen en zij door ondertekening van een toetredingsverklaring alle rechten en verplichtingen "
            "uit deze Overeenkomst aanvaardt. De toetreding gaat in bij de aanvang van een schooljaar, wordt "
            "door de betrokken partijen aan DUO gemeld en laat het programma van de reeds ingestroomde "
            "Leerlingen en Studenten ongemoeid.",
            "Deze Overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door de colleges van "
            "bestuur van alle partijen ondertekende overeenkomst. Een wijziging die het onderwijsprogramma of "
            "de examinering betreft, geldt slechts voor cohorten die na de wijziging instromen, tenzij de "
            "wijziging uitsluitend in het voordeel van de zittende Leerlingen en Studenten is.",
            "Iedere Partij kan deze Overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met "
            "inachtneming van een opzegtermijn van ten minste twaalf maanden. Iedere Partij kan de "
            "Overeenkomst buitengerechtelijk ontbinden indien de andere Partij, na een schriftelijke "
            "ingebrekestelling met een termijn van ten minste twee maanden, tekortschiet in de nakoming van "
            "een wezenlijke verplichting, of indien aan een Partij de bevoegdheid tot het verzorgen van de "
            "betrokken opleiding wordt ontnomen.",
            "Na een opzegging of ontbinding nemen Partijen geen nieuwe Leerlingen meer in de Leerroute op. "
            "Leerlingen en Studenten die op dat moment aan de Leerroute deelnemen, worden in staat gesteld "
            "deze bij Partijen af te ronden; de bepalingen van deze Overeenkomst blijven voor hen van kracht "
            "totdat de laatste van hen de Leerroute heeft verlaten. Is afronding redelijkerwijs niet mogelijk, "
            "dan is artikel 7 van overeenkomstige toepassing.",
        ),
        ("h1", "Artikel 12 Slotbepalingen"),
        *leden(
            "Deze Overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd. "
            "Partijen evalueren haar werking iedere drie jaar, voor het eerst in het schooljaar 2027-2028, "
            "aan de hand van de jaarverslagen als bedoeld in artikel 5 lid 2.",
            "Op deze Overeenkomst is Nederlands recht van toepassing.",
            "Deze Overeenkomst is opgemaakt in tweevoud; ieder van Partijen ontvangt een door beide Partijen "
            "ondertekend exemplaar.",
        ),
        ("h1", "Ondertekening"),
        ("p", "Aldus overeengekomen en ondertekend te Assen op 24 juni 2025."),
        ("sig", ["Stichting Openbaar Voortgezet Onderwijs Esdorp", "", "______________________",
                 "mevrouw mr. H.J. Bontekoe-Wiersma", "voorzitter college van bestuur"],
                ["Stichting Noorderzand Onderwijsgroep", "", "______________________",
                 "de heer drs. R.A. Mulder", "voorzitter college van bestuur"]),
    ]
    return dict(
        num=189, slug="inhoudsopgave_overwegingen_assen_timmeren", fmt="pdf", blocks=b, pages=(4, 7),
        title="Samenwerkingsovereenkomst doorlopende leerroute BWI – Allround timmerman",
        author="Bestuursbureau Esdorp", pdf=dict(font="Times-Roman", bold="Times-Bold", size=10.5,
                                                 header="Samenwerkingsovereenkomst DLR Esdorp – Noorderzand"),
        description="PDF, bestuurssecretaris/notarieel, inhoudsopgave en overwegingen A–H die alle onderwerpen "
                    "noemen, artikelen met leden; Drenthe (Assen), BWI kb → Allround timmerman 3. Subtiel: "
                    "de benoeming van de Routeraad staat alleen in overweging C (artikel 4 regelt samenstelling, "
                    "taken en bevoegdheden, niet de benoeming); geschillen: overleg, niet-bindend advies van een "
                    "deskundige en daarna hervat overleg, zonder beslissende eindstap. Geen overdracht van "
                    "bekostiging; aanvullende medezeggenschapsafspraak.",
        statuses=dict(a="present", b="present", c="weak", d="present", e="present", f="present",
                      g="present", h="present", i="weak", j="present"),
        evidence=dict(a="Artikel 2 De Leerroute", b="Artikel 3 Betrokkenheid van het bedrijfsleven",
                      d="Artikel 5 Inlichtingen en verantwoording", e="Artikel 6 Inrichting van de Leerroute",
                      f="Artikel 7 Overstapoptie", g="Artikel 8 Bekostiging", h="Artikel 9 Medezeggenschap",
                      j="Artikel 11 Toetreding, wijziging en beëindiging"),
    )



# ------------------------------------------------------------------------------------- 190
@register
def doc190():
    b = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Dienstverlening en producten – Sport en bewegen"),
        ("subtitle", "Het Vakcollege Tielerwaard en het Waal en Linge College, Tiel"),
        ("h1", "Partijen"),
        ("p", "De stichting Stichting voor Christelijk Voortgezet Onderwijs Betuwe en Maas, statutair gevestigd "
              "te Tiel, bevoegd gezag van Het Vakcollege Tielerwaard, te dezen rechtsgeldig vertegenwoordigd "
              "door de heer mr. J.W. van Ooijen, voorzitter van het college van bestuur, hierna te noemen: "
              "‘de School’;"),
        ("p", "en"),
        ("p", "de stichting Stichting Beroepsonderwijs Waal en Linge, statutair gevestigd te Tiel, bevoegd gezag "
              "van het regionaal opleidingencentrum Waal en Linge College, te dezen rechtsgeldig "
              "vertegenwoordigd door mevrouw drs. A.M. Kerkhof-de Bruijn, lid van het college van bestuur, "
              "hierna te noemen: ‘de Instelling’;"),
        ("p", "hierna gezamenlijk te noemen: ‘Partijen’."),
        ("h1", "Overwegingen"),
        ("p", "Partijen hebben sinds het schooljaar 2021-2022 ervaring opgedaan met een gezamenlijk "
              "programma voor leerlingen met belangstelling voor sport en bewegen, en wensen dat programma "
              "met ingang van het schooljaar 2025-2026 te verzorgen als doorlopende leerroute vmbo-mbo in de "
              "zin van artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie "
              "en beroepsonderwijs. Zij leggen hun afspraken daarover vast in deze overeenkomst, die in de "
              "plaats treedt van de intentieverklaring van 14 maart 2021."),
        ("p", "Partijen komen overeen als volgt."),
        ("h1", "Begrippen"),
        ("p", "In deze overeenkomst wordt verstaan onder Leerroute: de doorlopende leerroute die onder ‘De "
              "leerroute’ is omschreven; Deelnemer: de leerling of student die aan de Leerroute deelneemt; "
              "Routeteam: het orgaan dat is omschreven onder ‘Regie over de leerroute’; PTA/OER: het "
              "gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de "
              "Leerroute; Colleges: de colleges van bestuur van Partijen."),
        ("h1", "De leerroute"),
        *leden(
            "De Leerroute verbindt de kaderberoepsgerichte leerweg in het profiel Dienstverlening en producten "
            "van de School met de vakopleiding Sport- en bewegingsleider (niveau 3) in het opleidingsdomein "
            "Sport en bewegen van de Instelling, in de beroepsopleidende leerweg.",
            "De Leerroute vangt aan in het derde leerjaar van de School en duurt vier jaar. De Deelnemer is in "
            "de eerste twee jaar als leerling bij de School ingeschreven en legt aan het einde van het tweede "
            "jaar het vmbo-examen af; daarna is hij als student bij de Instelling ingeschreven.",
            "Partijen melden de Leerroute gezamenlijk aan de minister van Onderwijs, Cultuur en Wetenschap "
            "door registratie in RIO.",
        ),
        ("h1", "Inbreng van het werkveld"),
        *leden(
            "Aan de Leerroute werken mee: de gemeentelijke uitvoeringsorganisatie Sportservice Tielerwaard, de "
            "sportverenigingen die zijn aangesloten bij het Sportplatform Rivierenland, het fitness- en "
            "leefstijlbedrijf Vitaal Rivierenland B.V. en de overige door de SBB erkende leerbedrijven "
            "waarmee de Instelling een praktijkovereenkomst sluit, hierna samen: het werkveld.",
            "Het werkveld biedt de Deelnemers vanaf het tweede jaar van de Leerroute plaatsen voor "
            "beroepspraktijkvorming, levert per schooljaar ten minste twee praktijkopdrachten (waaronder de "
            "organisatie van de jaarlijkse Tielse scholensportdag) en verzorgt gastlessen door trainers en "
            "leefstijlcoaches.",
            "Praktijkopleiders uit het werkveld beoordelen als tweede beoordelaar de beroepsgerichte examens "
            "van het derde en vierde jaar.",
            "Een werkveldcommissie, waarin Sportservice Tielerwaard, twee sportverenigingen en Vitaal "
            "Rivierenland B.V. zitting hebben, adviseert het Routeteam twee keer per jaar over de inhoud van "
            "het programma en de aansluiting op de regionale arbeidsmarkt.",
        ),
        ("h1", "Regie over de leerroute"),
        *leden(
            "De leiding over de Leerroute berust bij het Routeteam. Het Routeteam bestaat uit de teamleider "
            "Dienstverlening en producten van de School, de opleidingsmanager Sport en bewegen van de "
            "Instelling, de routecoördinator en één docent van iedere Partij.",
            "De Colleges benoemen de leden van het Routeteam gezamenlijk, ieder lid namens een Partij op "
            "voordracht van die Partij. De routecoördinator wordt door de Colleges benoemd op gezamenlijke "
            "voordracht van de teamleider en de opleidingsmanager. Benoeming geschiedt voor drie jaar; "
            "herbenoeming is mogelijk. De Colleges kunnen een lid gezamenlijk ontslaan.",
            "Het Routeteam heeft tot taak de Leerroute voor te bereiden, uit te voeren en te bewaken, het "
            "PTA/OER op te stellen en jaarlijks bij te stellen, de inzet van personeel en voorzieningen te "
            "plannen, het contact met het werkveld te onderhouden en overstapadviezen op te stellen.",
            "De Colleges dragen aan het Routeteam de bevoegdheid op om, binnen de jaarbegroting van de "
            "Leerroute, te beslissen over rooster, groepsindeling, de verdeling van lesuren over de docenten "
            "van beide Partijen en de planning van stages. De vaststelling van het PTA/OER, de jaarbegroting "
            "en iedere wijziging van deze overeenkomst blijven aan de Colleges voorbehouden.",
        ),
        ("h1", "Informatie en verantwoording"),
        *leden(
            "Het Routeteam stuurt de Colleges na afloop van ieder kwartaal een beknopte voortgangsnotitie "
            "over instroom, uitval, overstap en bijzonderheden.",
            "Het Routeteam stelt jaarlijks vóór 15 oktober een jaarverslag op over het afgelopen schooljaar, "
            "met de resultaten per cohort, de besteding van de middelen bedoeld onder ‘Geldstromen tussen "
            "Partijen’ en de adviezen van de werkveldcommissie, en legt daarover in november verantwoording af "
            "in een gezamenlijk overleg met beide Colleges.",
            "De Colleges kunnen het Routeteam te allen tijde om aanvullende inlichtingen vragen.",
        ),
        ("h1", "Onderwijs, personeel en voorzieningen"),
        ("h2", "Plaats van het onderwijs"),
        *leden(
            "De eerste twee jaar van de Leerroute worden gegeven in het gebouw van de School aan de "
            "Ridderstraat te Tiel; de sportpraktijk vindt plaats in sporthal De Plantage en op het "
            "sportpark van de Instelling. De laatste twee jaar worden gegeven op de locatie Sport en bewegen "
            "van de Instelling aan de Laan van Westroijen te Tiel en bij de leerbedrijven.",
        ),
        ("h2", "Programma en examinering"),
        *leden(
            "Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
            "jaar van de Leerroute in het PTA/OER, dat de Colleges uiterlijk op 1 juli voor het volgende "
            "cohort vaststellen; daarin is aangegeven welke onderdelen tot het vmbo, welke tot het mbo en "
            "welke tot beide behoren.",
        ),
        ("h2", "Personeel"),
        *leden(
            "De Leerroute wordt verzorgd door één team van docenten van beide Partijen. Voor de "
            "vakoverstijgende onderdelen sport, bewegen en gezondheid in de eerste twee jaar maken Partijen "
            "gebruik van de teambevoegdheid van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het PTA/OER "
            "vermeldt in welke onderdelen dat gebeurt.",
            "De Instelling zet in de eerste twee jaar twee docenten sport en bewegen in voor samen 0,5 fte; "
            "de School zet in de laatste twee jaar een docent Nederlands en rekenen in voor 0,2 fte. De docenten "
            "blijven in dienst van hun eigen werkgever en volgen jaarlijks een gezamenlijke teamdag.",
        ),
        ("h2", "Voorzieningen"),
        *leden(
            "De Instelling stelt haar bewegingslab, haar fitnessruimte en haar sportpark voor de Deelnemers "
            "open; de School stelt haar sporthal-uren, haar praktijklokaal Dienstverlening en producten en "
            "haar leerplatform beschikbaar. Het gebruik wordt per schooljaar in het rooster vastgelegd.",
        ),
        ("h2", "Inschrijving, verzuim en klachten"),
        *leden(
            "Iedere Partij houdt het verzuim bij van de Deelnemers die bij haar zijn ingeschreven en meldt dat "
            "aan de leerplichtambtenaar. Een klacht over een medewerker van de andere Partij wordt behandeld "
            "volgens de klachtenregeling van de Partij waar de klacht is ingediend, waarbij de andere Partij "
            "alle medewerking verleent.",
        ),
        ("h1", "Wanneer de leerroute niet past"),
        *leden(
            "Stopt een Deelnemer met de Leerroute voordat hij die heeft afgerond, dan zorgen Partijen ervoor "
            "dat hij een vmbo-diploma of een mbo-diploma kan halen dat past bij wat hij al heeft bereikt en bij "
            "zijn leeftijd.",
            "In de eerste twee jaar kan hij de kaderberoepsgerichte leerweg in het profiel Dienstverlening en "
            "producten of een ander profiel bij de School regulier afmaken; heeft hij het vmbo-diploma niet "
            "gehaald, dan kan hij het examenjaar overdoen of, als School en Instelling dat verantwoord vinden, "
            "doorstromen naar een opleiding op niveau 2 of 3 van de Instelling. In de laatste twee jaar kan hij "
            "overstappen naar een andere opleiding van de Instelling op niveau 3, zoals Medewerker "
            "evenementenorganisatie, of naar de opleiding Sport- en bewegingsbegeleider (niveau 2).",
            "De School en de Instelling besluiten samen welke vervolgstap passend is, na een gesprek met de "
            "Deelnemer en zijn ouders of verzorgers en op advies van het Routeteam. Binnen de Instelling gelden "
            "bij een overstap geen vooropleidingseisen; bij een overstap naar een andere instelling helpen "
            "Partijen bij de aanmelding en bij een eventueel geschiktheidsonderzoek.",
        ),
        ("h1", "Geldstromen tussen Partijen"),
        *leden(
            "De School draagt met toepassing van artikel 5.42a WVO 2020 aan de Instelling een bedrag van "
            "€ 1.150 over per Deelnemer die op 1 oktober in de eerste twee jaar van de Leerroute bij de School "
            "staat ingeschreven.",
            "Het bedrag is bestemd voor de inzet van de docenten sport en bewegen van de Instelling in de "
            "eerste twee jaar en voor het gebruik van het bewegingslab en de fitnessruimte, bedoeld onder "
            "‘Onderwijs, personeel en voorzieningen’.",
            "De School betaalt het bedrag in twee gelijke termijnen, op 1 december en op 1 mei. De Instelling "
            "draagt geen bekostiging over aan de School.",
        ),
        ("h1", "Inspraak"),
        *leden(
            "Op Deelnemers die bij de School zijn ingeschreven, hun ouders en het personeel van de School is de "
            "Wet medezeggenschap op scholen van toepassing; op studenten van de Instelling en haar personeel "
            "zijn hoofdstuk 8a WEB en de Wet op de ondernemingsraden van toepassing.",
            "Partijen spreken daarnaast af dat het Routeteam het ontwerp van het PTA/OER en iedere voorgestelde "
            "wijziging van deze overeenkomst voor advies voorlegt aan de medezeggenschapsraad van de School en "
            "aan de studentenraad van de Instelling, en dat een Deelnemer in het tweede jaar van de Leerroute "
            "zich kandidaat mag stellen voor de studentenraad van de Instelling.",
        ),
        ("h1", "Verschillen van inzicht"),
        *leden(
            "Een verschil van inzicht tussen Partijen over de uitvoering van deze overeenkomst wordt eerst "
            "besproken in het Routeteam. Wordt het Routeteam het binnen vier weken niet eens, dan leggen de "
            "teamleider en de opleidingsmanager de kwestie voor aan de Colleges, die binnen zes weken overleg "
            "voeren.",
            "Komen de Colleges niet tot een oplossing, dan schakelen Partijen een door hen gezamenlijk "
            "gekozen registermediator in. Leidt de mediation niet binnen drie maanden tot overeenstemming, "
            "dan kan iedere Partij het geschil voorleggen aan de bevoegde rechter van de Rechtbank Gelderland.",
        ),
        ("h1", "Nieuwe partners, wijziging en einde"),
        *leden(
            "Een andere vmbo-school of instelling voor beroepsonderwijs kan partij worden bij deze "
            "overeenkomst als zij de Leerroute mede wil verzorgen, de Colleges daarmee schriftelijk instemmen "
            "en zij de overeenkomst ongewijzigd aanvaardt door ondertekening van een toetredingsverklaring. "
            "Toetreding gaat in op 1 augustus en wordt aan DUO gemeld; het programma van Deelnemers die al "
            "aan de Leerroute deelnemen verandert daardoor niet.",
            "Wijziging van deze overeenkomst vindt plaats bij schriftelijk, door de Colleges ondertekend stuk. "
            "Wijzigingen in het programma gelden alleen voor nieuwe cohorten, tenzij zij de zittende "
            "Deelnemers uitsluitend voordeel brengen.",
            "Iedere Partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van "
            "ten minste één jaar. Na opzegging worden geen nieuwe Deelnemers toegelaten en ronden de Deelnemers "
            "die al zijn ingestroomd de Leerroute bij Partijen af, onder de voorwaarden van deze overeenkomst; "
            "lukt dat niet, dan geldt wat onder ‘Wanneer de leerroute niet past’ is afgesproken.",
        ),
        ("h1", "Slotbepalingen"),
        *leden(
            "Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd. Partijen evalueren "
            "haar eens in de twee jaar aan de hand van de jaarverslagen.",
            "Op deze overeenkomst is Nederlands recht van toepassing.",
        ),
        ("h1", "Ondertekening"),
        ("p", "Aldus in tweevoud opgemaakt en ondertekend te Tiel op 26 juni 2025."),
        ("sig", ["Voor de School:", "", "", "mr. J.W. van Ooijen", "voorzitter college van bestuur"],
                ["Voor de Instelling:", "", "", "drs. A.M. Kerkhof-de Bruijn", "lid college van bestuur"]),
    ]
    return dict(
        num=190, slug="kopstijlen_zonder_nummers_tiel_sport", fmt="docx", blocks=b,
        title="Samenwerkingsovereenkomst doorlopende leerroute D&P – Sport en bewegen",
        author="Bestuurssecretariaat Betuwe en Maas", docx=dict(font="Cambria", size=10.5),
        description="DOCX, juridisch adviseur in gewone volzinnen, alleen Word-kopstijlen zonder nummers "
                    "(Heading 1/2), leden getypt, kruisverwijzingen naar kopjes; Rivierenland (Tiel), D&P kb → "
                    "Sport- en bewegingsleider 3. Volledig in orde: Routeteam met benoeming door de colleges, "
                    "€ 1.150 per deelnemer met bestemming, extra adviesrecht en kandidaatstelling studentenraad, "
                    "mediation en rechter.",
        statuses=dict(a="present", b="present", c="present", d="present", e="present", f="present",
                      g="present", h="present", i="present", j="present"),
        evidence=dict(a="De leerroute", b="Inbreng van het werkveld", c="Regie over de leerroute",
                      d="Informatie en verantwoording", e="Onderwijs, personeel en voorzieningen",
                      f="Wanneer de leerroute niet past", g="Geldstromen tussen Partijen", h="Inspraak",
                      i="Verschillen van inzicht", j="Nieuwe partners, wijziging en einde"),
    )



# ------------------------------------------------------------------------------------- 191
@register
def doc191():
    b = [
        ("title", "OVEREENKOMST INZAKE DE DOORLOPENDE LEERROUTE MARITIEM EN TECHNIEK – MARITIEM OFFICIER"),
        ("subtitle", "Pier College Velsen  ·  Duinstreek College, Maritieme Academie IJmuiden"),
        ("p", "De ondergetekenden, de stichting Stichting Kennemer Voortgezet Onderwijs, gevestigd te Velsen, "
              "bevoegd gezag van het Pier College Velsen, hierna: “de School”, en de stichting Stichting "
              "Regionaal Opleidingencentrum Duinstreek, gevestigd te Haarlem, bevoegd gezag van het Duinstreek "
              "College, hierna: “de Instelling”, ieder rechtsgeldig vertegenwoordigd door de voorzitter van "
              "het college van bestuur, hierna samen: “Partijen”, verklaren te zijn overeengekomen als volgt."),
        ("framebreak",),
        ("h1", "Artikel 1 Definities"),
        *leden(
            "Leerroute: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2.",
            "Deelnemer: de leerling of student die aan de Leerroute deelneemt; in de Oriëntatiefase "
            "(leerjaar 1 en 2 van de Leerroute) is hij leerling van de School, in de Vaarfase (leerjaar 3 "
            "tot en met 5) student van de Instelling.",
            "Stuurgroep: de leiding over de Leerroute als bedoeld in artikel 4.",
            "Routeplan: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
            "examenregeling van de Leerroute.",
        ),
        ("h1", "Artikel 2 Voorwerp"),
        *leden(
            "Partijen verzorgen gezamenlijk een doorlopende leerroute van de gemengde leerweg in het profiel "
            "Maritiem en techniek van de School naar de middenkaderopleiding Maritiem officier (niveau 4) in "
            "het opleidingsdomein Transport, scheepvaart en logistiek van de Instelling.",
            "De Deelnemer legt het examen van de gemengde leerweg af aan het einde van het tweede leerjaar van "
            "de Leerroute; de Leerroute wordt afgesloten met het diploma Maritiem officier en de daarbij "
            "behorende vaarbevoegdheden.",
            "Partijen melden de Leerroute gezamenlijk aan de Minister van Onderwijs, Cultuur en Wetenschap.",
        ),
        ("h1", "Artikel 3 Maritiem bedrijfsleven"),
        *leden(
            "Aan de Leerroute nemen deel de rederijen en havenbedrijven die zijn verenigd in de stichting "
            "Maritiem Platform IJmond, waaronder Rederij Noordpier B.V., Sleepdienst Velsen B.V. en de "
            "Havenexploitatie IJmuiden, alsmede de door de SBB erkende leerbedrijven waarmee de Instelling "
            "praktijkovereenkomsten sluit.",
            "Deze bedrijven verzorgen voor Deelnemers in de Oriëntatiefase per leerjaar ten minste drie "
            "opstapdagen aan boord, stellen in de Vaarfase de vaartijd- en stageplaatsen ter beschikking, "
            "wijzen voor elke Deelnemer een praktijkopleider aan en nemen als assessor deel aan de "
            "simulatorexamens.",
            "Het Maritiem Platform IJmond brengt jaarlijks vóór 1 maart aan de Stuurgroep advies uit over de "
            "inhoud van het Routeplan; de Stuurgroep motiveert schriftelijk waarom zij van dat advies afwijkt.",
        ),
        ("h1", "Artikel 4 Stuurgroep"),
        *leden(
            "De leiding over de Leerroute berust bij een Stuurgroep, bestaande uit de afdelingsdirecteur "
            "bovenbouw van de School, de directeur van de Maritieme Academie IJmuiden en de routemanager.",
            "De colleges van bestuur van Partijen benoemen de leden van de Stuurgroep gezamenlijk; de "
            "routemanager wordt benoemd na een gezamenlijke selectieprocedure en is lid zonder stemrecht.",
            "De Stuurgroep is belast met de voorbereiding en uitvoering van het Routeplan, de toewijzing van "
            "docenten en lesruimten, de afstemming met het maritiem bedrijfsleven en de bewaking van de "
            "voortgang van de Deelnemers.",
            "De Stuurgroep is bevoegd binnen de vastgestelde begroting verplichtingen aan te gaan tot € 10.000 "
            "per geval en beslissingen te nemen over rooster, groepsindeling en stageplaatsing. Vaststelling "
            "van het Routeplan en van de begroting is voorbehouden aan de colleges van bestuur.",
        ),
        ("h1", "Artikel 5 Verslaglegging"),
        *leden(
            "De Stuurgroep legt haar werkzaamheden vast in een jaarverslag over het afgelopen schooljaar, dat "
            "zij vóór 1 november van elk jaar vaststelt. Het jaarverslag bevat in elk geval de kengetallen "
            "over instroom, doorstroom, uitval en overstap, de examenresultaten per cohort en een "
            "verantwoording van de inzet van personeel, voorzieningen en middelen.",
            "Daarnaast stelt de routemanager halfjaarlijks, per 1 februari en per 1 augustus, een "
            "voortgangsoverzicht op met de actuele stand van die kengetallen.",
            "Het jaarverslag en de voortgangsoverzichten worden besproken in de eerstvolgende vergadering van "
            "de Stuurgroep en gepubliceerd op de gezamenlijke website van de Leerroute.",
        ),
        ("h1", "Artikel 6 Inrichting"),
        *leden(
            "De Oriëntatiefase wordt verzorgd in het gebouw van de School te Velsen-Noord; de praktijklessen "
            "zeevaartkunde en scheepswerktuigkunde worden gegeven op de Maritieme Academie IJmuiden. De "
            "Vaarfase wordt verzorgd op de Maritieme Academie en aan boord van de leerbedrijven.",
            "Het Routeplan beschrijft per leerjaar het onderwijsprogramma, de examinering en de "
            "beroepspraktijkvorming, en vermeldt welke onderdelen tot het voortgezet onderwijs en welke tot "
            "het beroepsonderwijs behoren.",
            "De lessen worden verzorgd door een gezamenlijk docententeam. De Instelling zet in de "
            "Oriëntatiefase ten minste vier maritieme docenten in; de School levert in de Vaarfase de docent "
            "Engels. Ieder teamlid is bevoegd voor het onderdeel dat hij verzorgt; het werkgeverschap blijft "
            "bij de eigen Partij.",
            "De Instelling stelt haar brug- en machinekamersimulator, haar schoolschip ‘Kennemerland’ en haar "
            "werkplaats scheepswerktuigkunde ter beschikking; de School stelt haar technieklokalen en haar "
            "ICT-voorzieningen ter beschikking.",
            "Verzuim en klachten worden behandeld door de Partij bij wie de Deelnemer is ingeschreven; de "
            "andere Partij verleent daaraan haar medewerking.",
        ),
        ("h1", "Artikel 7 Overstapoptie"),
        *leden(
            "Eindigt de deelname van een Deelnemer aan de Leerroute voordat hij deze met goed gevolg heeft "
            "voltooid, dan wordt hem een alternatief geboden dat leidt tot een vmbo-diploma of een "
            "mbo-diploma.",
            "Het alternatief wordt bepaald aan de hand van het bereikte onderwijsniveau en de leeftijd van de "
            "Deelnemer en wordt binnen vier weken na de beëindiging vastgelegd in een overstapplan.",
            "Als alternatief komen in aanmerking:",
            ["in de Oriëntatiefase: voortzetting in de reguliere gemengde leerweg van de School, in het profiel "
             "Maritiem en techniek of een ander profiel;",
             "na het niet behalen van het vmbo-diploma: herhaling van het examenjaar, of instroom in de "
             "vakopleiding Matroos (niveau 2) of Schipper binnenvaart (niveau 3) van de Instelling;",
             "in de Vaarfase: overstap naar een andere opleiding van de Instelling op niveau 3 of 4, "
             "bijvoorbeeld Logistiek teamleider of Technicus engineering."],
            "Bij een overstap binnen de Instelling worden geen vooropleidingseisen gesteld.",
        ),
        ("h1", "Artikel 8 Financiële bepalingen"),
        *leden(
            "De School draagt met toepassing van artikel 5.42a WVO 2020 aan de Instelling € 64 over per "
            "lesuur dat docenten van de Instelling in de Oriëntatiefase verzorgen, met een maximum van 320 "
            "lesuren per cohort per schooljaar.",
            "Het bedrag is bestemd voor de loonkosten van de maritieme docenten en voor het gebruik van de "
            "simulatoren en het schoolschip. De Instelling factureert per semester; betaling geschiedt binnen "
            "dertig dagen.",
        ),
        ("h1", "Artikel 9 Medezeggenschap"),
        *leden(
            "Voor Deelnemers die bij de School zijn ingeschreven, hun ouders en het personeel van de School "
            "geldt de Wet medezeggenschap op scholen; voor studenten van de Instelling en hun ouders gelden de "
            "regels van hoofdstuk 8a WEB en voor het personeel van de Instelling de Wet op de "
            "ondernemingsraden.",
            "Op grond van de wet kunnen scholen en instellingen bovenop deze regimes aanvullende afspraken "
            "maken over de medezeggenschap in een doorlopende leerroute.",
        ),
        ("h1", "Artikel 10 Geschillen"),
        *leden(
            "Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst voorgelegd aan de "
            "Stuurgroep en, indien dit niet binnen vier weken tot een oplossing leidt, aan de voorzitters van "
            "de colleges van bestuur.",
            "Blijft het geschil daarna bestaan, dan wordt het beslecht door bindend advies van een door "
            "Partijen gezamenlijk aan te wijzen onafhankelijke adviseur; komen Partijen binnen twee weken niet "
            "tot overeenstemming over de persoon van de adviseur, dan wordt deze op verzoek van de meest "
            "gerede Partij benoemd door de voorzitter van de Rechtbank Noord-Holland.",
        ),
        ("h1", "Artikel 11 Toetreding"),
        *leden(
            "Een andere school of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden met "
            "schriftelijke instemming van Partijen, door ondertekening van een toetredingsverklaring waarin "
            "zij de rechten en verplichtingen uit deze overeenkomst aanvaardt.",
            "Toetreding gaat in bij het begin van een schooljaar en laat de positie van reeds ingeschreven "
            "Deelnemers onverlet; Partijen melden de toetreding aan DUO.",
        ),
        ("h1", "Artikel 12 Duur, wijziging en beëindiging"),
        *leden(
            "Deze overeenkomst is aangegaan voor onbepaalde tijd met ingang van 1 augustus 2025.",
            "Wijziging geschiedt uitsluitend schriftelijk en na advies van de Stuurgroep; wijzigingen van het "
            "programma gelden niet voor reeds ingestroomde cohorten, tenzij zij uitsluitend in hun voordeel "
            "zijn.",
            "Iedere Partij kan de overeenkomst opzeggen per 1 augustus van enig jaar met een opzegtermijn van "
            "ten minste twaalf maanden. Na opzegging vindt geen nieuwe instroom meer plaats en ronden de "
            "zittende Deelnemers de Leerroute bij Partijen af.",
        ),
        ("h1", "Artikel 13 Slotbepaling"),
        ("p", "Aldus in tweevoud opgemaakt en ondertekend te IJmuiden op 20 juni 2025."),
        ("sig", ["Stichting Kennemer Voortgezet Onderwijs", "", "_________________", "drs. P.C. Zonneveld"],
                ["Stichting ROC Duinstreek", "", "_________________", "ir. M. El Idrissi"]),
    ]
    return dict(
        num=191, slug="twee_kolommen_kennemerland_maritiem", fmt="pdf", blocks=b, pages=(2, 4),
        title="Overeenkomst doorlopende leerroute Maritiem en techniek – Maritiem officier",
        author="Juridische zaken ROC Duinstreek",
        pdf=dict(font="Helvetica", bold="Helvetica-Bold", size=8.6, columns=2, title_frame_h=4.4,
                 justify=False, header="DLR Maritiem en techniek – Maritiem officier | definitieve versie",
                 footer="- {page} -"),
        description="PDF in twee kolommen (titel en partijen over de volle breedte), juridische zaken ROC, "
                    "artikelen met leden; Kennemerland (Velsen/IJmuiden), M&T gl → Maritiem officier 4. "
                    "Subtiel: het jaarverslag heeft vorm en moment maar wordt alleen in de Stuurgroep zelf "
                    "besproken en gepubliceerd, niet aan de besturen gericht; de overstapoptie noemt "
                    "alternatieven, termijn en diploma maar niet wie beslist. Medezeggenschap beschrijft alleen "
                    "de wet ('kunnen'). Overdracht € 64 per lesuur met bestemming; bindend advies.",
        statuses=dict(a="present", b="present", c="present", d="weak", e="present", f="weak",
                      g="present", h="not_applicable", i="present", j="present"),
        evidence=dict(a="Artikel 2 Voorwerp", b="Artikel 3 Maritiem bedrijfsleven", c="Artikel 4 Stuurgroep",
                      e="Artikel 6 Inrichting", g="Artikel 8 Financiële bepalingen", i="Artikel 10 Geschillen",
                      j="Artikel 12 Duur, wijziging en beëindiging"),
    )



# ------------------------------------------------------------------------------------- 192
@register
def doc192():
    b = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute PIE – Monteur elektrotechnische installaties"),
        ("p", "Stichting Onderwijsgroep Almelo-Wierden, bevoegd gezag van Vakcollege Het Hooge Veld te Almelo "
              "(“de School”), en Stichting Reggedal Beroepsonderwijs, bevoegd gezag van ROC Reggedal te "
              "Almelo (“de Instelling”), ieder vertegenwoordigd door de voorzitter van het college van "
              "bestuur, hierna “Partijen”, komen het volgende overeen."),
        ("h1", "Artikel 1 Route"),
        ("p", "Partijen verzorgen gezamenlijk een doorlopende leerroute van de basisberoepsgerichte leerweg, "
              "profiel Produceren, installeren en energie, naar de basisberoepsopleiding Monteur "
              "elektrotechnische installaties (niveau 2, BOL), opleidingsdomein Installatie- en "
              "energietechniek; de leerling doet vmbo-examen in leerjaar 2 van de route en is vanaf leerjaar 3 "
              "student van de Instelling. Partijen melden de route gezamenlijk aan de minister."),
        ("h1", "Artikel 2 Bedrijfsleven"),
        ("p", "De leden van de Installatiekring Twente en de door de SBB erkende leerbedrijven van de Instelling "
              "bieden bpv-plaatsen en praktijkopdrachten, geven jaarlijks vier gastlessen, beoordelen de proeve "
              "van bekwaamheid mee en adviseren het Routeteam elk voorjaar over het programma."),
        ("h1", "Artikel 3 Routeteam"),
        ("p", "De leiding berust bij een Routeteam van de teamleider techniek van de School, de "
              "opleidingsmanager installatietechniek van de Instelling en een routecoördinator, die door de "
              "colleges van bestuur gezamenlijk worden benoemd. Het Routeteam stelt het programma en het "
              "rooster op, begeleidt het docententeam en beslist binnen de jaarbegroting; vaststelling van "
              "PTA/OER en begroting blijft bij de colleges."),
        ("h1", "Artikel 4 Verantwoording"),
        ("p", "Het Routeteam zendt beide colleges vóór 1 oktober een jaarverslag (in-, door- en uitstroom, "
              "resultaten, inzet van mensen en middelen) en verantwoordt zich daarover in een jaarlijks "
              "bestuurlijk overleg; knelpunten meldt het terstond aan beide colleges."),
        ("h1", "Artikel 5 Inrichting"),
        ("p", "Leerjaar 1 en 2 worden gegeven bij de School, met één praktijkdag per week in de "
              "installatiewerkplaats van de Instelling; leerjaar 3 bij de Instelling en de leerbedrijven. Het "
              "gezamenlijke PTA/OER beschrijft programma, examinering en bpv per leerjaar. Docenten van beide "
              "Partijen vormen één team (teambevoegdheid voor de praktijkvakken in leerjaar 1 en 2); de "
              "Instelling zet daarvoor 0,3 fte in. De School stelt haar praktijklokaal en de Instelling haar "
              "werkplaats en meetapparatuur kosteloos ter beschikking."),
        ("h1", "Artikel 6 Overstap"),
        ("p", "Wie de route verlaat, krijgt een plek die leidt tot een vmbo-diploma (regulier bb bij de School) "
              "of een mbo-diploma (een andere opleiding op niveau 2 bij de Instelling, zonder "
              "vooropleidingseisen). School en Instelling kiezen die plek samen met de leerling en zijn ouders, "
              "naar bereikt niveau en leeftijd."),
        ("h1", "Artikel 7 Bekostiging"),
        ("p", "Er wordt geen bekostiging overgedragen; ieder draagt de eigen kosten."),
        ("h1", "Artikel 8 Geschillen"),
        ("p", "Geschillen gaan eerst naar bestuurlijk overleg, daarna naar mediation; slaagt die niet binnen "
              "drie maanden, dan beslist de bevoegde rechter van de Rechtbank Overijssel."),
        ("h1", "Artikel 9 Toetreding, wijziging en opzegging"),
        ("p", "Een andere school of instelling kan toetreden met instemming van Partijen door ondertekening van "
              "een toetredingsverklaring, per 1 augustus. Wijziging gebeurt schriftelijk. Opzegging kan per "
              "1 augustus met een termijn van één jaar; daarna stromen geen nieuwe leerlingen in en maken de "
              "zittende leerlingen de route af."),
        ("p", "Almelo, 23 juni 2025"),
        ("sig", ["Voor de School: ______________"], ["Voor de Instelling: ______________"]),
    ]
    return dict(
        num=192, slug="een_pagina_almelo_installatie", fmt="md", blocks=b,
        title="Samenwerkingsovereenkomst DLR PIE – Monteur elektrotechnische installaties",
        description="Markdown, zeer kort (één pagina), bestuurssecretaris in gecomprimeerde volzinnen, negen "
                    "artikelen zonder leden; Twente (Almelo), PIE bb → Monteur elektrotechnische installaties 2. "
                    "Volledig in orde in weinig woorden: benoeming door de colleges, jaarverslag aan beide "
                    "colleges, geen overdracht, mediation en rechter, afbouw bij opzegging. Geen "
                    "medezeggenschapstekst.",
        statuses=dict(a="present", b="present", c="present", d="present", e="present", f="present",
                      g="present", h="not_applicable", i="present", j="present"),
        evidence=dict(a="Artikel 1 Route", b="Artikel 2 Bedrijfsleven", c="Artikel 3 Routeteam",
                      d="Artikel 4 Verantwoording", e="Artikel 5 Inrichting", f="Artikel 6 Overstap",
                      g="Artikel 7 Bekostiging", i="Artikel 8 Geschillen",
                      j="Artikel 9 Toetreding, wijziging en opzegging"),
    )



# ------------------------------------------------------------------------------------- 193
@register
def doc193():
    b = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn – Verzorgende-IG"),
        ("subtitle", "met Bijlage 1 Uitwerking"),
        ("h1", "Partijen"),
        *leden(
            "Stichting Katholiek Voortgezet Onderwijs Parkstad, statutair gevestigd te Heerlen, bevoegd gezag "
            "van het Grasbroek College, school voor voorbereidend middelbaar beroepsonderwijs, rechtsgeldig "
            "vertegenwoordigd door mevrouw drs. L.M.J. Vroemen, voorzitter van het college van bestuur, hierna "
            "te noemen: de School;",
            "Stichting Mergelland Beroepsonderwijs, statutair gevestigd te Heerlen, bevoegd gezag van het "
            "regionaal opleidingencentrum Mergelland College, rechtsgeldig vertegenwoordigd door de heer mr. "
            "G.P.H. Ramakers, voorzitter van het college van bestuur, hierna te noemen: de Instelling;",
        ),
        ("p", "hierna gezamenlijk te noemen: Partijen;"),
        ("h1", "Overwegingen"),
        ("p", "Partijen wensen leerlingen van de kaderberoepsgerichte leerweg met belangstelling voor de zorg "
              "een ononderbroken route te bieden naar een diploma op niveau 3, mede gelet op de grote vraag naar "
              "verzorgenden in Parkstad en het Heuvelland, en leggen hun afspraken daarover vast in deze "
              "Overeenkomst en in de daarbij behorende Bijlage 1."),
        ("p", "Partijen komen overeen als volgt:"),
        ("h1", "Artikel 1 Begrippen"),
        ("p", "In deze Overeenkomst en in Bijlage 1 wordt verstaan onder: Leerroute: de doorlopende leerroute "
              "als bedoeld in artikel 2; Deelnemer: de leerling of student die aan de Leerroute deelneemt; "
              "Routeleiding: de leiding over de Leerroute als bedoeld in artikel 5; Colleges: de colleges van "
              "bestuur van Partijen; OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- "
              "en examenregeling van de Leerroute; Bijlage 1: de bij deze Overeenkomst behorende bijlage "
              "‘Uitwerking’."),
        ("h1", "Artikel 2 Onderwerp en route"),
        *leden(
            "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo, die aanvangt in het derde "
            "leerjaar van de kaderberoepsgerichte leerweg in het profiel Zorg en welzijn van de School en leidt "
            "tot het diploma van de vakopleiding Verzorgende-IG (niveau 3) in het opleidingsdomein Zorg en "
            "welzijn van de Instelling.",
            "De Deelnemer legt het vmbo-examen af in het tweede leerjaar van de Leerroute en is met ingang van "
            "het derde leerjaar als student bij de Instelling ingeschreven, in de beroepsopleidende leerweg; "
            "het vierde leerjaar kan, indien de Deelnemer dat wenst en een leerbedrijf beschikbaar is, in de "
            "beroepsbegeleidende leerweg worden gevolgd.",
            "Partijen melden de Leerroute gezamenlijk aan de minister door registratie in RIO.",
        ),
        ("h1", "Artikel 3 Bijlage"),
        *leden(
            "Bijlage 1 ‘Uitwerking’ maakt onlosmakelijk deel uit van deze Overeenkomst. Waar in deze "
            "Overeenkomst naar een paragraaf van Bijlage 1 wordt verwezen, geldt het daar bepaalde als tussen "
            "Partijen overeengekomen.",
            "Bij strijdigheid tussen de tekst van deze Overeenkomst en Bijlage 1 gaat de tekst van deze "
            "Overeenkomst voor. Bijlage 1 kan uitsluitend worden gewijzigd op de wijze als bedoeld in artikel "
            "12 lid 2.",
        ),
        ("h1", "Artikel 4 Werkveld"),
        *leden(
            "Partijen betrekken bij de invulling van de Leerroute de zorgaanbieders Zorggroep Heuvelland, "
            "Thuiszorg Parkstad en Woonzorgcentrum De Mijnstreek, alsmede de overige door de SBB erkende "
            "leerbedrijven in de ouderen- en gehandicaptenzorg waarmee de Instelling een "
            "praktijkovereenkomst sluit.",
            "Deze zorgaanbieders bieden Deelnemers in het eerste en tweede leerjaar snuffelstages van ten "
            "minste vijf dagen per leerjaar, stellen in het derde en vierde leerjaar de plaatsen voor "
            "beroepspraktijkvorming beschikbaar, verzorgen gastlessen over zorgtechnologie en "
            "levensbeschouwing in de zorg, en leveren praktijkbeoordelaars voor de examens in de "
            "beroepspraktijk.",
            "Zorggroep Heuvelland en Thuiszorg Parkstad hebben zitting in de adviesraad van de Leerroute, die "
            "tweemaal per jaar met de Routeleiding overlegt over de inhoud van het OER.",
        ),
        ("h1", "Artikel 5 Routeleiding"),
        *leden(
            "De leiding over de Leerroute berust bij de Routeleiding.",
            "De samenstelling en de wijze van benoeming van de Routeleiding, alsmede de taken en bevoegdheden "
            "die de Colleges haar opdragen, zijn geregeld in paragraaf B1.1 van Bijlage 1.",
            "De Routeleiding handelt binnen de kaders van deze Overeenkomst en van de door de Colleges "
            "vastgestelde jaarbegroting van de Leerroute.",
        ),
        ("h1", "Artikel 6 Inlichtingen en verantwoording"),
        *leden(
            "De Routeleiding brengt ieder half jaar, vóór 1 februari en vóór 1 september, een schriftelijke "
            "voortgangsrapportage uit aan beide Colleges, waarin in elk geval de in-, door- en uitstroom, de "
            "examenresultaten, de overstappen als bedoeld in paragraaf B1.3 van Bijlage 1 en de uitputting "
            "van de begroting worden vermeld.",
            "Eenmaal per jaar, in de maand oktober, legt de Routeleiding in een gezamenlijke vergadering van "
            "beide Colleges verantwoording af over het gevoerde beleid; de Colleges stellen daarbij het "
            "jaarverslag van de Leerroute vast.",
            "De Routeleiding verstrekt ieder College desgevraagd alle overige inlichtingen.",
        ),
        ("h1", "Artikel 7 Organisatorische en onderwijskundige inrichting"),
        *leden(
            "De eerste twee leerjaren worden verzorgd in het gebouw van de School te Heerlen-Centrum; de "
            "praktijklessen verpleegtechnische handelingen worden gegeven in het skillslab van de Instelling. "
            "De laatste twee leerjaren worden verzorgd op de locatie Zorg en welzijn van de Instelling te "
            "Heerlen en bij de leerbedrijven.",
            "Partijen stellen gezamenlijk het OER vast, waarin voor de gehele Leerroute per leerjaar het "
            "onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn beschreven.",
            "De inzet van personeel en het gebruik van de faciliteiten van Partijen zijn geregeld in paragraaf "
            "B1.2 van Bijlage 1.",
            "De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van het personeel van "
            "de andere Partij in het kader van de Leerroute; de voorzitter van de klachtencommissie is niet "
            "werkzaam voor of onder verantwoordelijkheid van de andere Partij.",
        ),
        ("h1", "Artikel 8 Overstapoptie"),
        *leden(
            "Partijen stellen een Deelnemer wiens deelname aan de Leerroute voortijdig eindigt, in staat een "
            "diploma te behalen dat past bij zijn bereikte onderwijsniveau en zijn leeftijd.",
            "De uitwerking daarvan, met inbegrip van de beschikbare alternatieven en de wijze van besluiten, is "
            "opgenomen in paragraaf B1.3 van Bijlage 1.",
        ),
        ("h1", "Artikel 9 Financiën"),
        *leden(
            "In de vo-fase van de Leerroute draagt de School met toepassing van artikel 5.42a WVO 2020 een "
            "deel van de door haar ontvangen bekostiging over aan de Instelling.",
            "De over te dragen middelen zijn bestemd voor de vergoeding van de lessen die docenten "
            "verpleegkunde van de Instelling in de eerste twee leerjaren verzorgen en van het gebruik van het "
            "skillslab, bedoeld in artikel 7 lid 1.",
            "De omvang van de over te dragen middelen wordt voor ieder schooljaar door de Colleges bepaald bij "
            "de vaststelling van de jaarbegroting van de Leerroute, op voorstel van de Routeleiding.",
            "De Instelling factureert de over te dragen middelen per semester aan de School; betaling geschiedt "
            "binnen dertig dagen na ontvangst van de factuur. De Instelling draagt geen bekostiging over aan "
            "de School.",
        ),
        ("h1", "Artikel 10 Medezeggenschap"),
        *leden(
            "Onverminderd de Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de "
            "ondernemingsraden stellen Partijen een routecommissie in, bestaande uit twee leden van de "
            "medezeggenschapsraad van de School, van wie één uit de oudergeleding, en twee leden van de "
            "studentenraad van de Instelling.",
            "De routecommissie adviseert de Routeleiding gevraagd en ongevraagd over alle aangelegenheden van "
            "de Leerroute en in elk geval over het ontwerp van het OER; de Routeleiding reageert binnen zes "
            "weken gemotiveerd op een advies.",
        ),
        ("h1", "Artikel 11 Geschillen"),
        *leden(
            "Geschillen tussen Partijen over de uitvoering van deze Overeenkomst worden in eerste instantie "
            "voorgelegd aan de Routeleiding en, indien zij niet binnen vier weken zijn opgelost, aan de "
            "voorzitters van de Colleges.",
            "Leidt het overleg tussen de voorzitters niet binnen zes weken tot een oplossing, dan trachten "
            "Partijen het geschil door mediation op te lossen. Slaagt de mediation niet binnen drie maanden, dan "
            "wordt het geschil voorgelegd aan de bevoegde rechter van de Rechtbank Limburg, zittingsplaats "
            "Maastricht.",
        ),
        ("h1", "Artikel 12 Duur, wijziging en beëindiging"),
        *leden(
            "Deze Overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.",
            "Deze Overeenkomst en Bijlage 1 kunnen uitsluitend worden gewijzigd bij schriftelijke, door beide "
            "Colleges ondertekende overeenkomst, nadat de routecommissie als bedoeld in artikel 10 in de "
            "gelegenheid is gesteld advies uit te brengen. Een wijziging van het onderwijsprogramma geldt niet "
            "voor reeds ingestroomde cohorten, tenzij zij uitsluitend in hun voordeel is.",
            "Iedere Partij kan deze Overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met "
            "inachtneming van een opzegtermijn van ten minste twaalf maanden. Iedere Partij kan de Overeenkomst "
            "ontbinden indien de andere Partij na schriftelijke ingebrekestelling in de nakoming van een "
            "wezenlijke verplichting tekortschiet.",
            "Na opzegging of ontbinding worden geen nieuwe Deelnemers meer tot de Leerroute toegelaten. "
            "Deelnemers die op de datum van opzegging of ontbinding aan de Leerroute deelnemen, ronden haar bij "
            "Partijen af onder de voorwaarden van deze Overeenkomst, die voor hen van kracht blijft; is dat "
            "niet mogelijk, dan is paragraaf B1.3 van Bijlage 1 van overeenkomstige toepassing.",
        ),
        ("h1", "Artikel 13 Slotbepalingen"),
        *leden(
            "Op deze Overeenkomst is Nederlands recht van toepassing.",
            "Deze Overeenkomst is in tweevoud opgemaakt en ondertekend te Heerlen op 27 juni 2025.",
        ),
        ("sig", ["Stichting Katholiek Voortgezet Onderwijs Parkstad", "", "", "drs. L.M.J. Vroemen"],
                ["Stichting Mergelland Beroepsonderwijs", "", "", "mr. G.P.H. Ramakers"]),
        ("pagebreak",),
        ("h1", "Bijlage 1 Uitwerking"),
        ("p", "Deze bijlage behoort bij en maakt deel uit van de Samenwerkingsovereenkomst doorlopende "
              "leerroute Zorg en welzijn – Verzorgende-IG, als bedoeld in artikel 3 van die Overeenkomst. De "
              "begrippen uit artikel 1 van de Overeenkomst hebben in deze bijlage dezelfde betekenis."),
        ("h2", "B1.1 Samenstelling, benoeming en taken van de Routeleiding"),
        *leden(
            "De Routeleiding bestaat uit de teamleider Zorg en welzijn van de School, de opleidingsmanager "
            "Verzorging van de Instelling en een routecoördinator.",
            "De teamleider en de opleidingsmanager worden door het College van de Partij waarbij zij in dienst "
            "zijn als lid van de Routeleiding aangewezen. De routecoördinator wordt door beide Colleges "
            "gezamenlijk benoemd, na een door de teamleider en de opleidingsmanager gezamenlijk gevoerde "
            "selectieprocedure, voor een periode van drie schooljaren.",
            "De Colleges dragen aan de Routeleiding op: de opstelling en de jaarlijkse bijstelling van het "
            "ontwerp-OER, de opstelling van de ontwerp-jaarbegroting, de roostering en de inzet van het "
            "docententeam, de contacten met het werkveld en de adviesraad, de begeleiding van Deelnemers bij "
            "een overstap en de behandeling van signalen over de kwaliteit van de Leerroute.",
            "De Routeleiding is bevoegd binnen de jaarbegroting uitgaven te doen en beslissingen te nemen over "
            "rooster, groepsindeling, stageplaatsing en de verdeling van lesuren over de docenten van beide "
            "Partijen. De vaststelling van het OER en van de jaarbegroting is aan de Colleges voorbehouden.",
        ),
        ("h2", "B1.2 Personeel en voorzieningen"),
        *leden(
            "Het onderwijs wordt verzorgd door een gezamenlijk docententeam. In de eerste twee leerjaren "
            "verzorgen twee docenten verpleegkunde van de Instelling de praktijklessen zorg, samen voor 0,4 fte; "
            "in de laatste twee leerjaren verzorgt een docent Nederlands van de School de taallessen, voor "
            "0,1 fte. Voor het vakoverstijgende onderdeel ‘zorg en gezondheid’ in de eerste twee leerjaren "
            "wordt gebruikgemaakt van de teambevoegdheid van artikel 7.13a WVO 2020.",
            "De docenten blijven in dienst van hun eigen werkgever, die verantwoordelijk blijft voor hun "
            "bekwaamheidsonderhoud; het team volgt jaarlijks ten minste twee gezamenlijke "
            "professionaliseringsdagen.",
            "De Instelling stelt haar skillslab, haar oefenwoning en haar digitale leeromgeving ter "
            "beschikking; de School stelt haar praktijklokaal Zorg en welzijn en haar aula voor gezamenlijke "
            "bijeenkomsten ter beschikking.",
        ),
        ("h2", "B1.3 Overstapoptie"),
        *leden(
            "Een Deelnemer die in de eerste twee leerjaren de Leerroute verlaat, zet zijn opleiding voort in de "
            "reguliere kaderberoepsgerichte leerweg van de School, in het profiel Zorg en welzijn of in een "
            "ander profiel, en behaalt daar het vmbo-diploma.",
            "Een Deelnemer die het vmbo-diploma niet behaalt, kan het examenjaar overdoen of, indien hij "
            "daarvoor geschikt wordt geacht, instromen in de opleiding Helpende zorg en welzijn (niveau 2) of "
            "in een andere opleiding van de Instelling op een vergelijkbaar niveau; voor een opleiding van de "
            "Instelling gelden in dat geval geen vooropleidingseisen.",
            "Een Deelnemer die in de laatste twee leerjaren de Leerroute verlaat, kan overstappen naar een "
            "andere opleiding op niveau 3 van de Instelling, zoals Maatschappelijke zorg of Pedagogisch "
            "medewerker, of naar een opleiding op niveau 2; behaalde onderdelen worden zo veel mogelijk "
            "ingebracht.",
            "De School en de Instelling besluiten gezamenlijk welk alternatief passend is, na overleg met de "
            "Deelnemer en, zolang hij minderjarig is, zijn ouders of verzorgers, op basis van het bereikte "
            "onderwijsniveau en de leeftijd. Kiest de Deelnemer voor een andere instelling, dan verzorgt de "
            "Instelling een warme overdracht.",
        ),
    ]
    return dict(
        num=193, slug="bijlage_uitwerking_heerlen_verzorgende", fmt="docx", blocks=b,
        title="Samenwerkingsovereenkomst DLR Zorg en welzijn – Verzorgende-IG",
        author="Juridisch adviseur SKVO Parkstad", docx=dict(font="Georgia", size=10, heading_styles=False),
        description="DOCX, juridisch adviseur, vetgedrukte artikelkoppen (geen kopstijlen), leden, met 'Bijlage 1 "
                    "Uitwerking' die in artikel 3 tot onderdeel van de overeenkomst is verklaard en de routeleiding "
                    "(B1.1), personeel en voorzieningen (B1.2) en de overstapoptie (B1.3) bevat; Zuid-Limburg "
                    "(Heerlen), Z&W kb → Verzorgende-IG 3. Subtiel: overdracht met bestemming maar de omvang wordt "
                    "jaarlijks bij de begroting bepaald; duur/wijziging/opzegging met bescherming van deelnemers, "
                    "maar niets over toetreding van een andere school of instelling.",
        statuses=dict(a="present", b="present", c="present", d="present", e="present", f="present",
                      g="weak", h="present", i="present", j="weak"),
        evidence=dict(a="Artikel 2 Onderwerp en route", b="Artikel 4 Werkveld",
                      c="B1.1 Samenstelling, benoeming en taken van de Routeleiding",
                      d="Artikel 6 Inlichtingen en verantwoording",
                      e="Artikel 7 Organisatorische en onderwijskundige inrichting", f="B1.3 Overstapoptie",
                      h="Artikel 10 Medezeggenschap", i="Artikel 11 Geschillen"),
    )



# ------------------------------------------------------------------------------------- 194
@register
def doc194():
    b = [
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("subtitle", "inzake de doorlopende leerroute vmbo-mbo Horeca, bakkerij en recreatie – Zelfstandig werkend "
                     "kok, Hoeksche Waard"),
        ("h2", "DE ONDERGETEKENDEN:"),
        *leden(
            "de stichting Stichting Christelijk Voortgezet Onderwijs Hoeksche Waard, statutair gevestigd te "
            "Oud-Beijerland, kantoorhoudende aan de Zinkweg te Oud-Beijerland, ingeschreven in het "
            "handelsregister van de Kamer van Koophandel onder nummer 41130877, bevoegd gezag van het "
            "Binnenmaas Vakcollege, school voor voorbereidend middelbaar beroepsonderwijs, te dezen "
            "rechtsgeldig vertegenwoordigd door de heer drs. K.J. Vermeulen, voorzitter van het college van "
            "bestuur, hierna te noemen: “de School”;",
            "de stichting Stichting Beroepsonderwijs Rijnmond-Zuid, statutair gevestigd te Rotterdam, "
            "ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 24327519, bevoegd "
            "gezag van het regionaal opleidingencentrum Haringvliet College, te dezen rechtsgeldig "
            "vertegenwoordigd door mevrouw mr. S.E. Troost-Dekker, voorzitter van het college van bestuur, "
            "hierna te noemen: “de Instelling”;",
        ),
        ("p", "hierna gezamenlijk te noemen: “Partijen” en ieder afzonderlijk: “Partij”;"),
        ("h2", "NEMEN IN AANMERKING:"),
        *leden(
            "dat de School sinds het schooljaar 2019-2020 in de kaderberoepsgerichte leerweg het profiel "
            "Horeca, bakkerij en recreatie aanbiedt en de Instelling op haar locatie te Oud-Beijerland de "
            "vakopleiding Zelfstandig werkend kok verzorgt;",
            "dat Partijen in de periode 2021-2025 onder de naam ‘Kookroute Hoeksche Waard’ een verkorte "
            "leerlijn hebben beproefd en die leerlijn thans willen omzetten in een doorlopende leerroute in de "
            "zin van artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie "
            "en beroepsonderwijs;",
            "dat de horecasector in de Hoeksche Waard en op de Zuid-Hollandse eilanden een structureel tekort "
            "aan gekwalificeerde koks kent en de regionale horecaondernemers zich bereid hebben verklaard aan "
            "de leerroute bij te dragen;",
            "dat Partijen de rechten en verplichtingen die zij ter zake over en weer op zich nemen, in deze "
            "overeenkomst wensen vast te leggen, met inachtneming van artikel 2.107b lid 2 WVO 2020 en "
            "artikel 9.1.3 WEB;",
        ),
        ("p", "KOMEN ALS VOLGT OVEREEN:"),

        ("h1", "Artikel 1 Begripsbepalingen"),
        ("p", "In deze overeenkomst en de daarop berustende bepalingen wordt verstaan onder:"),
        *leden([
            "Leerroute: de doorlopende leerroute vmbo-mbo als omschreven in artikel 3;",
            "Leerling: degene die aan de Leerroute deelneemt en als leerling bij de School is ingeschreven;",
            "Student: degene die aan de Leerroute deelneemt en als student bij de Instelling is ingeschreven;",
            "Deelnemer: een Leerling of een Student;",
            "vo-fase: het eerste en het tweede leerjaar van de Leerroute;",
            "mbo-fase: het derde en het vierde leerjaar van de Leerroute;",
            "Routebestuur: de leiding over de Leerroute als bedoeld in artikel 6;",
            "Penvoerder: de Instelling, in haar hoedanigheid als bedoeld in artikel 7 lid 1;",
            "Routeplan: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
            "examenregeling van de Leerroute als bedoeld in artikel 8;",
            "Adviesraad Horeca: het adviesorgaan als bedoeld in artikel 5 lid 4;",
            "WVO 2020: de Wet voortgezet onderwijs 2020; WEB: de Wet educatie en beroepsonderwijs; WMS: de "
            "Wet medezeggenschap op scholen; WOR: de Wet op de ondernemingsraden.",
        ]),

        ("h1", "Artikel 2 Doel van de samenwerking"),
        *leden(
            "Partijen beogen met deze overeenkomst Deelnemers een ononderbroken, inhoudelijk samenhangende en "
            "in tijd verkorte leerweg te bieden naar een diploma op niveau 3, waarbij overlap tussen het "
            "vmbo-programma en het mbo-programma wordt voorkomen en de beroepspraktijk vanaf het eerste "
            "leerjaar van de Leerroute een plaats in het onderwijs heeft.",
            "Partijen voeren hun taken uit deze overeenkomst uit met inachtneming van hun eigen "
            "verantwoordelijkheid als bevoegd gezag en de wet- en regelgeving die op hen van toepassing is.",
        ),

        ("h1", "Artikel 3 De Leerroute"),
        *leden(
            "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die aanvangt in het derde "
            "leerjaar van de kaderberoepsgerichte leerweg in het profiel Horeca, bakkerij en recreatie van de "
            "School en leidt tot het diploma van de vakopleiding Zelfstandig werkend kok (niveau 3) in het "
            "opleidingsdomein Horeca en bakkerij van de Instelling, in de beroepsopleidende leerweg.",
            "De Leerroute heeft een cursusduur van vier leerjaren. In de vo-fase is de Deelnemer als Leerling "
            "bij de School ingeschreven; met ingang van de mbo-fase wordt hij bij de School uitgeschreven en als "
            "Student bij de Instelling ingeschreven. Een Deelnemer die bij de aanvang van de mbo-fase het "
            "vmbo-diploma nog niet heeft behaald, blijft voor de afronding daarvan tevens bij de School "
            "ingeschreven.",
            "De Leerling legt het centraal examen van de kaderberoepsgerichte leerweg af in het tweede leerjaar "
            "van de Leerroute. Het Routeplan kan bepalen dat het examen in een of meer vakken in het eerste "
            "leerjaar wordt afgelegd. De School blijft verantwoordelijk voor het eindexamen van een Deelnemer "
            "die reeds als Student bij de Instelling is ingeschreven, als bedoeld in artikel 2.107j WVO 2020.",
            "Partijen melden de Leerroute gezamenlijk aan Onze Minister door registratie in het Register "
            "Instellingen en Opleidingen, ieder voor het eigen deel, vóór 1 oktober voorafgaand aan het "
            "schooljaar waarin het eerste cohort instroomt.",
        ),

        ("h1", "Artikel 4 Toelating tot de Leerroute"),
        *leden(
            "Een leerling van de School die het tweede leerjaar van de kaderberoepsgerichte leerweg met goed "
            "gevolg heeft afgesloten, kan zich tot uiterlijk 1 april voor de Leerroute aanmelden.",
            "De School beslist over de toelating, na een intakegesprek waaraan een docent van de Instelling "
            "deelneemt en waarin de motivatie, de studievaardigheden en de verwachtingen van de leerling en "
            "zijn ouders aan de orde komen. De School stelt het Routebestuur van ieder besluit tot toelating of "
            "weigering in kennis.",
            "Tot de Leerroute worden per schooljaar ten hoogste vierentwintig Leerlingen toegelaten, tenzij het "
            "Routebestuur een hoger aantal verantwoord acht.",
        ),

        ("h1", "Artikel 5 Betrokkenheid van het bedrijfsleven"),
        *leden(
            "Partijen betrekken het horecabedrijfsleven in de Hoeksche Waard en op Voorne-Putten bij de "
            "invulling van de Leerroute, in het bijzonder de horecaondernemers die zijn aangesloten bij de "
            "Horecakring Hoeksche Waard, de restaurants Het Veerhuis te Strijensas en Brasserie De Polderkroon "
            "te Oud-Beijerland, en de overige door de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven "
            "erkende leerbedrijven waarmee de Instelling een praktijkovereenkomst sluit.",
            "De in lid 1 genoemde bedrijven:",
            ["ontvangen Leerlingen in de vo-fase per leerjaar voor ten minste tien dagen meeloopstage en voor "
             "een ‘keukenbrigadedag’ per kwartaal;",
             "stellen in de mbo-fase voor iedere Student een plaats voor de beroepspraktijkvorming beschikbaar, "
             "met een praktijkopleider die aan de door de SBB gestelde eisen voldoet;",
             "verzorgen per schooljaar ten minste vier gastlessen door chef-koks en ondernemers;",
             "leveren voor de proeve van bekwaamheid in het vierde leerjaar een beoordelaar uit de "
             "beroepspraktijk."],
            "Partijen maken met de in lid 1 genoemde bedrijven jaarlijks afspraken over het aantal beschikbare "
            "plaatsen, waarbij het Routebestuur erop toeziet dat het aanbod ten minste gelijk is aan het aantal "
            "Deelnemers in het betrokken leerjaar.",
            "Er is een Adviesraad Horeca, bestaande uit ten hoogste vijf vertegenwoordigers van de in lid 1 "
            "genoemde bedrijven, die het Routebestuur ten minste tweemaal per schooljaar adviseert over de "
            "inhoud van het Routeplan, de aansluiting op de regionale arbeidsmarkt en de keuze van keuzedelen. "
            "Het Routebestuur deelt de Adviesraad schriftelijk en gemotiveerd mee wat met zijn advies is "
            "gedaan.",
        ),

        ("h1", "Artikel 6 Het Routebestuur"),
        *leden(
            "De leiding over de Leerroute berust bij het Routebestuur.",
            "Het Routebestuur bestaat uit de afdelingsdirecteur bovenbouw van de School, de directeur van de "
            "Horecavakschool Haringvliet van de Instelling en de routecoördinator. De routecoördinator treedt "
            "op als secretaris en heeft een adviserende stem.",
            "De leden van het Routebestuur worden door de colleges van bestuur van Partijen gezamenlijk "
            "benoemd, de afdelingsdirecteur op voordracht van de School, de directeur op voordracht van de "
            "Instelling en de routecoördinator op gezamenlijke voordracht van beide Partijen. Een lid kan door "
            "de colleges van bestuur gezamenlijk worden geschorst en ontslagen.",
            "De colleges van bestuur dragen aan het Routebestuur op:",
            ["de voorbereiding van het Routeplan en van de jaarlijkse bijstelling daarvan;",
             "de roostering en de verdeling van de lesuren over de docenten van beide Partijen;",
             "de coördinatie van de begeleiding van Deelnemers en van de overstap als bedoeld in artikel 14;",
             "het onderhouden van de contacten met het bedrijfsleven en de Adviesraad Horeca;",
             "de zorg voor de kwaliteit van de Leerroute als bedoeld in artikel 17."],
            "Het Routebestuur is bevoegd om binnen de vastgestelde begroting van de Leerroute verplichtingen "
            "aan te gaan tot een bedrag van € 7.500 per geval en besluiten te nemen over rooster, "
            "groepsindeling en stageplaatsing. De vaststelling van het Routeplan en van de begroting, de "
            "toelating van meer dan vierentwintig Leerlingen en iedere beslissing die de rechtspositie van "
            "personeel raakt, blijven voorbehouden aan de colleges van bestuur.",
            "Het Routebestuur vergadert ten minste eenmaal per zes weken en besluit bij eenparigheid van "
            "stemmen van de leden met stemrecht. Komt een besluit niet tot stand, dan legt de secretaris de zaak "
            "voor aan de colleges van bestuur.",
        ),

        ("h1", "Artikel 7 Penvoering, inlichtingen en verantwoording"),
        *leden(
            "De Instelling treedt op als Penvoerder van de Leerroute. Zij voert de administratie van de "
            "Leerroute, beheert de begroting en draagt zorg voor de archivering van de besluiten van het "
            "Routebestuur.",
            "Het Routebestuur verstrekt aan het college van bestuur van de Penvoerder ieder kwartaal een "
            "schriftelijke rapportage over de voortgang van de Leerroute, waarin in elk geval de in-, door- en "
            "uitstroom, het verzuim, de overstappen en de uitputting van de begroting zijn opgenomen.",
            "Het Routebestuur legt jaarlijks vóór 1 december aan het college van bestuur van de Penvoerder "
            "verantwoording af over het afgelopen schooljaar door middel van een jaarverslag, dat in een "
            "gesprek tussen het Routebestuur en dat college wordt besproken en door dat college wordt "
            "vastgesteld.",
            "Het Routebestuur verstrekt aan het college van bestuur van de Penvoerder op diens verzoek "
            "onverwijld alle inlichtingen die dat college voor de uitoefening van zijn taak nodig heeft.",
        ),

        ("h1", "Artikel 8 Onderwijsprogramma en examinering"),
        *leden(
            "Partijen stellen gezamenlijk, op voorstel van het Routebestuur, vóór 1 juli voorafgaand aan de "
            "instroom van ieder cohort het Routeplan vast. Het Routeplan beschrijft voor de gehele Leerroute "
            "per leerjaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming, met aanduiding "
            "van de onderdelen die tot het voortgezet onderwijs, tot het beroepsonderwijs of tot beide behoren "
            "en van de vakoverstijgende onderdelen.",
            "De examencommissie van de School is verantwoordelijk voor de examinering van de vmbo-onderdelen; "
            "de examencommissie van de Instelling is verantwoordelijk voor de examinering van de "
            "mbo-onderdelen. De voorzitters van beide examencommissies overleggen ten minste tweemaal per "
            "schooljaar over de samenhang van de examinering.",
            "De beroepspraktijkvorming vangt aan in het derde leerjaar van de Leerroute en omvat in de "
            "mbo-fase ten minste 900 klokuren.",
        ),

        ("h1", "Artikel 9 Plaats van het onderwijs"),
        *leden(
            "Het onderwijs in de vo-fase wordt verzorgd in het gebouw van de School aan de Zinkweg te "
            "Oud-Beijerland.",
            "Het onderwijs in de mbo-fase wordt verzorgd op de locatie Oud-Beijerland van de Instelling en, wat "
            "de beroepspraktijkvorming betreft, bij de leerbedrijven als bedoeld in artikel 5 lid 1.",
            "Partijen stemmen hun jaarroosters en vakantieregelingen zo veel mogelijk op elkaar af; het "
            "Routebestuur legt de gezamenlijke jaarplanning vóór 1 juni voor het volgende schooljaar vast.",
        ),

        ("h1", "Artikel 10 Inzet van personeel"),
        *leden(
            "Het onderwijs in de Leerroute wordt verzorgd door één docententeam, bestaande uit docenten van de "
            "School en van de Instelling, onder leiding van de routecoördinator.",
            "De Instelling zet in de vo-fase ten minste twee docenten koken en één docent gastheerschap in, "
            "samen voor ten minste 0,8 fte; de School zet in de mbo-fase een docent Nederlands en een docent "
            "rekenen in, samen voor ten minste 0,2 fte.",
            "Voor de vakoverstijgende onderdelen ‘keuken en gastvrijheid’ in de vo-fase maken Partijen gebruik "
            "van de teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Ieder lid van "
            "het team beschikt over een bevoegdheid voor ten minste één vak of voldoet aan artikel 4.2.1 WEB, "
            "het team dekt gezamenlijk alle onderdelen en ieder lid is verantwoordelijk voor het onderdeel "
            "waarvoor hij bevoegd is. Het Routeplan vermeldt in welke onderdelen het team wordt ingezet.",
            "De docenten blijven in dienst van de Partij die hen heeft aangesteld; die Partij blijft "
            "verantwoordelijk voor hun rechtspositie, hun beoordeling en hun bekwaamheidsonderhoud. Het team "
            "volgt jaarlijks ten minste twee gezamenlijke professionaliseringsdagen.",
        ),

        ("h1", "Artikel 11 Begeleiding en ondersteuning"),
        *leden(
            "Iedere Deelnemer heeft gedurende de gehele Leerroute een vaste loopbaanbegeleider, die in de "
            "vo-fase een mentor van de School en in de mbo-fase een studieloopbaanbegeleider van de Instelling "
            "is. Bij de overgang naar de mbo-fase vindt een warme overdracht plaats.",
            "Het ondersteuningsprofiel van de School is van toepassing in de vo-fase; in de mbo-fase geldt de "
            "ondersteuning die de Instelling in haar studentenstatuut heeft beschreven. Een Deelnemer die "
            "extra ondersteuning nodig heeft, wordt tijdig in het zorgadviesteam van de Partij waarbij hij is "
            "ingeschreven besproken.",
        ),

        ("h1", "Artikel 12 Inschrijving, verzuim en gegevensuitwisseling"),
        *leden(
            "De School is in de vo-fase en de Instelling is in de mbo-fase verantwoordelijk voor de "
            "inschrijving, de registratie van het verzuim en de melding daarvan aan de leerplichtambtenaar "
            "dan wel DUO.",
            "Partijen wisselen de persoonsgegevens van Deelnemers uit voor zover dat voor de uitvoering van "
            "deze overeenkomst noodzakelijk is, met inachtneming van de Algemene verordening "
            "gegevensbescherming; zij leggen de nadere afspraken daarover vast in een "
            "gegevensdelingsovereenkomst.",
        ),

        ("h1", "Artikel 13 Klachten"),
        *leden(
            "De klachtenregeling van de School en die van de Instelling zijn mede van toepassing op gedragingen "
            "en beslissingen van het bevoegd gezag en het personeel van de andere Partij in het kader van de "
            "Leerroute.",
            "Betreft een bij de School ingediende klacht een gedraging van een docent van de Instelling, dan "
            "verleent de Instelling alle medewerking aan de behandeling daarvan, en omgekeerd. De voorzitter "
            "van de klachtencommissie is niet werkzaam voor of onder verantwoordelijkheid van de andere Partij.",
        ),

        ("h1", "Artikel 14 Overstapoptie"),
        *leden(
            "Een Deelnemer wiens deelname aan de Leerroute eindigt voordat hij deze met goed gevolg heeft "
            "voltooid, wordt door Partijen in staat gesteld een vmbo-diploma of het diploma van een "
            "beroepsopleiding te behalen, dat aansluit bij het door hem bereikte onderwijsniveau en bij zijn "
            "leeftijd.",
            "De School en de Instelling beoordelen gezamenlijk welk vervolg voor de Deelnemer passend is. Zij "
            "doen dat na een gesprek met de Deelnemer en, zolang hij minderjarig is, zijn ouders of "
            "verzorgers, op basis van een overstapadvies dat de loopbaanbegeleider als bedoeld in artikel 11 "
            "lid 1 binnen drie weken opstelt.",
            "Als passend vervolg komen in elk geval in aanmerking:",
            ["voor een Leerling in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg van de "
             "School, in het profiel Horeca, bakkerij en recreatie of in een ander profiel;",
             "voor een Leerling die het vmbo-diploma niet heeft behaald: herhaling van het examenjaar, dan wel "
             "instroom in de opleiding Kok (niveau 2) of een andere opleiding van de Instelling op een "
             "vergelijkbaar niveau, met behoud van de mogelijkheid het vmbo-examen in het derde leerjaar van "
             "de Leerroute alsnog af te ronden;",
             "voor een Student in de mbo-fase: overstap naar een andere opleiding van de Instelling op niveau "
             "3, zoals Zelfstandig werkend gastheer/gastvrouw of Zelfstandig werkend bakker, of naar een "
             "opleiding op niveau 2, met inbreng van de reeds behaalde onderdelen;",
             "bij verhuizing of een keuze voor een andere richting: begeleiding naar een passende opleiding "
             "elders in de regio, met een warme overdracht."],
            "Bij een overstap naar een opleiding van de Instelling gelden de vooropleidingseisen niet. Bij een "
            "overstap naar een andere instelling bevordert de Instelling dat die instelling de Deelnemer "
            "zo nodig na een geschiktheidsonderzoek als bedoeld in artikel 8.2.1 lid 6 WEB toelaat.",
            "De School en de Instelling beschrijven de werkwijze bij een overstap in hun schoolgids "
            "onderscheidenlijk studiegids.",
        ),

        ("h1", "Artikel 15 Overdracht van bekostiging"),
        *leden(
            "De School draagt met toepassing van artikel 5.42a WVO 2020 aan de Instelling een bedrag van "
            "€ 975 over per Leerling die op 1 oktober van het betrokken schooljaar in de vo-fase van de "
            "Leerroute bij de School is ingeschreven.",
            "Het in lid 1 bedoelde bedrag is bestemd voor de kosten van de inzet van de docenten van de "
            "Instelling in de vo-fase, als bedoeld in artikel 10 lid 2.",
            "De Instelling brengt het bedrag vóór 1 december bij de School in rekening; de School betaalt "
            "binnen dertig dagen. De Instelling draagt geen deel van haar bekostiging aan de School over.",
        ),

        ("h1", "Artikel 16 Medezeggenschap"),
        *leden(
            "Voor Leerlingen, hun ouders en het personeel van de School geldt de WMS; voor Studenten, hun "
            "ouders en het personeel van de Instelling gelden hoofdstuk 8a WEB respectievelijk de WOR.",
            "Partijen komen overeen dat over het Routeplan en over iedere voorgenomen wijziging van deze "
            "overeenkomst advies wordt gevraagd aan de medezeggenschapsraad van de School en aan de "
            "studentenraad van de Instelling, die hun advies desgewenst in een gezamenlijke vergadering "
            "voorbereiden. Het Routebestuur belegt die gezamenlijke vergadering ten minste eenmaal per "
            "schooljaar en faciliteert haar secretarieel.",
            "Een Leerling in het tweede leerjaar van de Leerroute kan zich verkiesbaar stellen voor de "
            "studentenraad van de Instelling; de Instelling draagt zorg voor de daartoe benodigde aanpassing "
            "van het reglement van de studentenraad.",
        ),

        ("h1", "Artikel 17 Kwaliteitszorg en evaluatie"),
        *leden(
            "Het Routebestuur draagt zorg voor een stelsel van kwaliteitszorg voor de Leerroute, dat aansluit "
            "bij de kwaliteitszorg van beide Partijen en waarin de tevredenheid van Deelnemers, ouders en "
            "leerbedrijven ten minste eenmaal per twee jaar wordt gemeten.",
            "Partijen evalueren deze overeenkomst in het schooljaar 2027-2028 en vervolgens iedere drie jaar. "
            "Bij de evaluatie worden de Adviesraad Horeca en de medezeggenschapsorganen als bedoeld in artikel "
            "16 lid 2 betrokken.",
        ),

        ("h1", "Artikel 18 Aansprakelijkheid en verzekering"),
        *leden(
            "Iedere Partij is jegens de andere Partij aansprakelijk voor schade die het gevolg is van een aan "
            "haar toe te rekenen tekortkoming in de nakoming van deze overeenkomst, met uitzondering van "
            "gevolgschade.",
            "Iedere Partij draagt zorg voor een deugdelijke verzekering tegen wettelijke aansprakelijkheid, die "
            "mede dekking biedt voor de werkzaamheden van haar personeel en van de bij haar ingeschreven "
            "Deelnemers in het kader van de Leerroute.",
        ),

        ("h1", "Artikel 19 Geschillen"),
        *leden(
            "Partijen spannen zich in geschillen over de uitleg of de uitvoering van deze overeenkomst in "
            "onderling overleg op te lossen. Een geschil wordt eerst besproken in het Routebestuur en, indien "
            "het daar niet binnen vier weken wordt opgelost, in een overleg tussen de voorzitters van de "
            "colleges van bestuur.",
            "Leidt het overleg tussen de voorzitters niet binnen zes weken tot een oplossing, dan wordt het "
            "geschil beslecht door arbitrage overeenkomstig het Arbitragereglement van het Nederlands "
            "Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter, de plaats van arbitrage is "
            "Rotterdam en de arbiter beslist naar de regelen des rechts.",
            "Gedurende een geschil blijven Partijen hun verplichtingen jegens de Deelnemers onverminderd "
            "nakomen.",
        ),

        ("h1", "Artikel 20 Toetreding"),
        *leden(
            "Een andere school voor voorbereidend middelbaar beroepsonderwijs of een andere instelling voor "
            "beroepsonderwijs kan tot deze overeenkomst toetreden, indien zij de Leerroute of een daaraan "
            "verwante route in de Hoeksche Waard of op de Zuid-Hollandse eilanden wil verzorgen en beide "
            "Partijen, na advies van het Routebestuur, met de toetreding schriftelijk instemmen.",
            "De toetreding geschiedt door ondertekening van een toetredingsverklaring, waarin de toetredende "
            "partij alle rechten en verplichtingen uit deze overeenkomst aanvaardt, en gaat in bij de aanvang "
            "van een schooljaar. De betrokken partijen melden de toetreding aan DUO.",
            "De toetreding laat het programma en de inschrijving van de Deelnemers die op dat moment aan de "
            "Leerroute deelnemen onverlet.",
        ),

        ("h1", "Artikel 21 Wijziging"),
        *leden(
            "Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door de colleges van "
            "bestuur van alle partijen ondertekende overeenkomst, na het advies bedoeld in artikel 16 lid 2.",
            "Een wijziging van het onderwijsprogramma of de examinering geldt niet voor cohorten die vóór de "
            "inwerkingtreding van de wijziging zijn ingestroomd, tenzij de wijziging uitsluitend in het voordeel "
            "van de betrokken Deelnemers is.",
        ),

        ("h1", "Artikel 22 Duur en beëindiging"),
        *leden(
            "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.",
            "Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van enig "
            "jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden.",
            "Iedere Partij kan deze overeenkomst met onmiddellijke ingang ontbinden, indien de andere Partij "
            "na een schriftelijke ingebrekestelling met een redelijke termijn tot herstel toerekenbaar "
            "tekortschiet in de nakoming van een wezenlijke verplichting, of indien de bevoegdheid van een "
            "Partij tot het verzorgen van de betrokken opleiding vervalt.",
            "Na opzegging of ontbinding vindt geen instroom van nieuwe Leerlingen in de Leerroute meer plaats. "
            "Deelnemers die op de datum van opzegging of ontbinding aan de Leerroute deelnemen, worden in staat "
            "gesteld deze bij Partijen af te ronden; de bepalingen van deze overeenkomst blijven voor hen van "
            "kracht totdat de laatste van hen de Leerroute heeft verlaten. Is afronding redelijkerwijs niet "
            "mogelijk, dan is artikel 14 van overeenkomstige toepassing.",
        ),

        ("h1", "Artikel 23 Slotbepalingen"),
        *leden(
            "Indien een bepaling van deze overeenkomst nietig blijkt of wordt vernietigd, blijven de overige "
            "bepalingen onverminderd van kracht; Partijen treden in dat geval in overleg over een vervangende "
            "bepaling die de strekking van de nietige of vernietigde bepaling zo veel mogelijk benadert.",
            "Op deze overeenkomst is Nederlands recht van toepassing.",
            "Deze overeenkomst kan worden aangehaald als ‘Samenwerkingsovereenkomst Kookroute Hoeksche "
            "Waard 2025’.",
        ),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Oud-Beijerland op 30 juni 2025."),
        ("sig", ["Stichting Christelijk Voortgezet Onderwijs Hoeksche Waard", "", "______________________",
                 "drs. K.J. Vermeulen", "voorzitter college van bestuur"],
                ["Stichting Beroepsonderwijs Rijnmond-Zuid", "", "______________________",
                 "mr. S.E. Troost-Dekker", "voorzitter college van bestuur"]),
    ]
    return dict(
        num=194, slug="lang_penvoerder_hoeksche_waard_kok", fmt="pdf", blocks=b, pages=(6, 9),
        title="Samenwerkingsovereenkomst Kookroute Hoeksche Waard 2025",
        author="Bestuurssecretaris CVO Hoeksche Waard",
        pdf=dict(font="Times-Roman", bold="Times-Bold", size=10.5, header=None,
                 footer="Samenwerkingsovereenkomst Kookroute Hoeksche Waard 2025 – pagina {page}"),
        description="PDF, lang (7 pagina's, 23 artikelen met leden en sub-letters), bestuurssecretaris in "
                    "aktestijl ('NEMEN IN AANMERKING'); Hoeksche Waard, HBR kb → Zelfstandig werkend kok 3. "
                    "Subtiel: het Routebestuur rapporteert en legt verantwoording af alleen aan het college van "
                    "bestuur van de penvoerende Instelling, niet aan het bestuur van de School; de inrichting "
                    "regelt plaats, programma, personeel, begeleiding en klachten maar nergens het gebruik van "
                    "faciliteiten. € 975 per leerling met bestemming, arbitrage NAI, gezamenlijke "
                    "adviesvergadering MR/studentenraad.",
        statuses=dict(a="present", b="present", c="present", d="weak", e="weak", f="present",
                      g="present", h="present", i="present", j="present"),
        evidence=dict(a="Artikel 3 De Leerroute", b="Artikel 5 Betrokkenheid van het bedrijfsleven",
                      c="Artikel 6 Het Routebestuur", f="Artikel 14 Overstapoptie",
                      g="Artikel 15 Overdracht van bekostiging", h="Artikel 16 Medezeggenschap",
                      i="Artikel 19 Geschillen", j="Artikel 22 Duur en beëindiging"),
    )



# ------------------------------------------------------------------------------------- 195
@register
def doc195():
    b = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Economie en ondernemen – Verkoopspecialist"),
        ("subtitle", "Kalsdonk Vakcollege en Markiezaat College, Roosendaal"),
        ("h1", "Partijen"),
        *leden(
            "De stichting Stichting Voortgezet Onderwijs West-Brabant Noord, statutair gevestigd te Roosendaal, "
            "bevoegd gezag van het Kalsdonk Vakcollege, te dezen rechtsgeldig vertegenwoordigd door de heer "
            "R.F.M. Jacobs MBA, voorzitter van het college van bestuur, hierna te noemen: ‘de School’;",
            "De stichting Stichting Markiezaat Beroepsonderwijs, statutair gevestigd te Bergen op Zoom, bevoegd "
            "gezag van het regionaal opleidingencentrum Markiezaat College, te dezen rechtsgeldig "
            "vertegenwoordigd door mevrouw drs. E.C. van der Heijden-Pals, voorzitter van het college van "
            "bestuur, hierna te noemen: ‘de Instelling’;",
        ),
        ("p", "hierna gezamenlijk aan te duiden als ‘Partijen’, komen, in aanmerking nemende dat zij sinds "
              "2023 samenwerken in het programma ‘Retailroute West-Brabant’ en die samenwerking willen bestendigen "
              "als doorlopende leerroute in de zin van artikel 2.107a WVO 2020, het volgende overeen."),
        ("h1", "Artikel 1. Definities"),
        *leden(
            "Leerroute: de doorlopende leerroute als omschreven in artikel 2.",
            "Deelnemer: de leerling of student die aan de Leerroute deelneemt.",
            "Routeteam: de leiding over de Leerroute als bedoeld in artikel 5.",
            "OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van "
            "de Leerroute, als bedoeld in artikel 7 lid 2.",
            "Colleges: de colleges van bestuur van Partijen.",
        ),
        ("h1", "Artikel 2. De Leerroute"),
        *leden(
            "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die aanvangt in het derde "
            "leerjaar van de kaderberoepsgerichte leerweg in het profiel Economie en ondernemen van de School en "
            "leidt tot het diploma van de vakopleiding Verkoopspecialist (niveau 3) in het opleidingsdomein "
            "Handel en ondernemerschap van de Instelling.",
            "De Leerroute omvat vier leerjaren. Het vmbo-examen wordt afgelegd aan het einde van het tweede "
            "leerjaar; met ingang van het derde leerjaar is de Deelnemer als student van de Instelling "
            "ingeschreven in de beroepsopleidende leerweg.",
            "Partijen melden de Leerroute gezamenlijk aan de minister van Onderwijs, Cultuur en Wetenschap.",
        ),
        ("h1", "Artikel 3. Uitgangspunten"),
        *leden(
            "Partijen verzorgen de Leerroute als één samenhangend programma waarin de vmbo-stof en de mbo-stof "
            "zonder overlap op elkaar aansluiten en waarin ondernemend gedrag, klantcontact en digitale "
            "verkoopvaardigheden vanaf het eerste leerjaar centraal staan.",
            "Ieder van Partijen blijft verantwoordelijk voor het deel van de Leerroute dat haar bij de wet is "
            "opgedragen: de School voor het vmbo-deel en de vmbo-examinering, de Instelling voor het mbo-deel, "
            "de beroepspraktijkvorming en de mbo-examinering.",
        ),
        ("h1", "Artikel 4. Bedrijfsleven"),
        *leden(
            "Partijen betrekken het regionale bedrijfsleven bij de invulling van de Leerroute. Aan de Leerroute "
            "zijn als partners verbonden: Modehuis Van Dongen B.V. te Roosendaal, Bouwmarkt Zuidwest B.V. te "
            "Roosendaal, Tuin- en Dierencentrum De Kroeven, Sportzaak Markiezaat en de Ondernemersvereniging "
            "Binnenstad Roosendaal.",
            "Met de in lid 1 genoemde partners hebben Partijen op 12 mei 2025 een intentieverklaring gesloten, "
            "waarin zij hun gezamenlijke betrokkenheid bij de opleiding van vakbekwame verkopers in "
            "West-Brabant hebben vastgelegd.",
            "De routecoördinator is het vaste aanspreekpunt van de partners en onderhoudt namens Partijen het "
            "contact met hen. Partijen kunnen in onderling overleg andere ondernemingen als partner aan de "
            "Leerroute verbinden.",
        ),
        ("h1", "Artikel 5. Het Routeteam"),
        *leden(
            "De leiding over de Leerroute berust bij het Routeteam, dat is samengesteld en benoemd als "
            "aangegeven in de onderstaande tabel.",
        ),
        ("table", [["Lid", "Namens", "Benoemd door"],
                   ["Teamleider Economie en ondernemen", "School", "College van bestuur van de School"],
                   ["Opleidingsmanager Handel", "Instelling", "College van bestuur van de Instelling"],
                   ["Routecoördinator (voorzitter)", "beide Partijen", "Beide Colleges gezamenlijk, voor drie jaar"]]),
        *[("lid", f"{i}.", t) for i, t in enumerate([
            "Het Routeteam heeft tot taak: het opstellen van het ontwerp-OER en de jaarlijkse bijstelling "
            "daarvan, het opstellen van het rooster en de verdeling van de lesuren over de docenten van beide "
            "Partijen, de bewaking van de voortgang van de Deelnemers, de voorbereiding van overstapadviezen "
            "als bedoeld in artikel 8 en het opstellen van de verslagen als bedoeld in artikel 6.",
            "Het Routeteam is bevoegd binnen de jaarbegroting van de Leerroute zelfstandig te beslissen over "
            "rooster, groepsindeling en de inzet van docenten. Het vaststellen van het OER en van de "
            "jaarbegroting is voorbehouden aan de Colleges.",
        ], start=2)],
        ("h1", "Artikel 6. Informatie en verantwoording"),
        *leden(
            "Het Routeteam verstrekt beide Colleges tweemaal per jaar, vóór 1 maart en vóór 1 oktober, een "
            "schriftelijke voortgangsrapportage over instroom, doorstroom, uitval, overstap en "
            "examenresultaten.",
            "Het Routeteam legt eenmaal per jaar, in de maand november, in een bestuurlijk overleg met beide "
            "Colleges verantwoording af over het afgelopen schooljaar aan de hand van een jaarverslag.",
        ),
        ("h1", "Artikel 7. Inrichting van de Leerroute"),
        *leden(
            "De eerste twee leerjaren worden verzorgd in het gebouw van de School aan de Kalsdonksestraat te "
            "Roosendaal, met uitzondering van één lesdag per week in het Retaillab van de Instelling te "
            "Roosendaal; de laatste twee leerjaren worden verzorgd op de locatie Roosendaal van de Instelling.",
            "Partijen stellen jaarlijks vóór 1 juli het OER vast, waarin voor de gehele Leerroute per leerjaar "
            "het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn beschreven.",
            "Het onderwijs wordt verzorgd door één docententeam van beide Partijen. De Instelling zet in de "
            "eerste twee leerjaren twee docenten commercie in voor samen 0,4 fte; de School zet in de laatste "
            "twee leerjaren een docent Engels in voor 0,1 fte. Voor het vakoverstijgende onderdeel ‘winkel en "
            "webshop’ maken Partijen gebruik van de teambevoegdheid van artikel 7.13a WVO 2020.",
            "De Instelling stelt haar Retaillab met kassasystemen en webshopomgeving ter beschikking; de School "
            "stelt haar praktijklokaal Economie en ondernemen en haar schoolwinkel ter beschikking. Het gebruik "
            "over en weer is kosteloos.",
        ),
        ("h1", "Artikel 8. Overstapoptie"),
        *leden(
            "Een Deelnemer wiens deelname aan de Leerroute eindigt voordat hij deze heeft voltooid, wordt door "
            "Partijen in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij zijn bereikte "
            "onderwijsniveau en zijn leeftijd.",
            "In de eerste twee leerjaren zet de Deelnemer zijn opleiding voort in de reguliere "
            "kaderberoepsgerichte leerweg van de School; in de laatste twee leerjaren kan hij overstappen naar "
            "een andere opleiding van de Instelling op niveau 2 of 3, zoals Verkoper (niveau 2) of Medewerker "
            "webwinkel; voor een opleiding van de Instelling gelden daarbij geen vooropleidingseisen.",
            "De School en de Instelling besluiten gezamenlijk welk alternatief passend is, na een gesprek met de "
            "Deelnemer en zijn ouders of verzorgers.",
        ),
        ("h1", "Artikel 9. Financiën"),
        *leden(
            "Partijen dragen over en weer geen bekostiging over als bedoeld in artikel 5.42a WVO 2020 en "
            "artikel 9.1.15 WEB.",
            "De kosten van de Leerroute worden gedragen door de Partij bij wie zij opkomen; de inzet van "
            "personeel en voorzieningen als bedoeld in artikel 7 wordt niet verrekend.",
        ),
        ("h1", "Artikel 10. Medezeggenschap"),
        *leden(
            "Partijen komen overeen dat het voornemen tot wijziging of beëindiging van deze overeenkomst door de "
            "School voor advies wordt voorgelegd aan haar medezeggenschapsraad en door de Instelling aan haar "
            "studentenraad en ondernemingsraad.",
            "Deelnemers in de eerste twee leerjaren worden uitgenodigd voor het studentenpanel dat de "
            "Instelling tweemaal per jaar organiseert; hun inbreng wordt door het Routeteam in het jaarverslag "
            "verwerkt.",
        ),
        ("h1", "Artikel 11. Geschillen"),
        *leden(
            "Geschillen tussen Partijen over de uitvoering van deze overeenkomst worden eerst in een bestuurlijk "
            "overleg tussen de voorzitters van de Colleges besproken.",
            "Leidt dat overleg niet binnen zes weken tot een oplossing, dan wordt het geschil voorgelegd aan een "
            "geschillencommissie van drie leden, van wie ieder van Partijen er één aanwijst en die beide leden "
            "gezamenlijk een onafhankelijke voorzitter kiezen. De commissie beslist bij wege van bindend advies "
            "binnen acht weken.",
        ),
        ("h1", "Artikel 12. Toetreding"),
        *leden(
            "Een andere school of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst "
            "toetreden indien Partijen daarmee schriftelijk instemmen en de toetredende partij door "
            "ondertekening van een toetredingsverklaring de rechten en verplichtingen uit deze overeenkomst "
            "aanvaardt. Toetreding gaat in op 1 augustus en wordt aan DUO gemeld.",
        ),
        ("h1", "Artikel 13. Wijziging"),
        *leden(
            "Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door de Colleges "
            "ondertekende overeenkomst, na het advies bedoeld in artikel 10 lid 1.",
        ),
        ("h1", "Artikel 14. Duur en opzegging"),
        *leden(
            "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.",
            "Iedere Partij kan deze overeenkomst schriftelijk opzeggen met inachtneming van een opzegtermijn "
            "van zes maanden. De opzegging wordt per aangetekende brief aan de andere Partij gedaan en vermeldt "
            "de redenen daarvan.",
            "Na afloop van de opzegtermijn eindigt deze overeenkomst en daarmee de Leerroute. Partijen wikkelen "
            "hun onderlinge financiële verplichtingen binnen drie maanden daarna af.",
        ),
        ("h1", "Artikel 15. Slotbepalingen"),
        *leden(
            "Op deze overeenkomst is Nederlands recht van toepassing.",
            "Aldus in tweevoud opgemaakt en ondertekend te Roosendaal op 25 juni 2025.",
        ),
        ("sig", ["Voor de School", "", "", "R.F.M. Jacobs MBA", "voorzitter college van bestuur"],
                ["Voor de Instelling", "", "", "drs. E.C. van der Heijden-Pals", "voorzitter college van bestuur"]),
    ]
    return dict(
        num=195, slug="artikelen_tabel_routeteam_roosendaal_verkoop", fmt="docx", blocks=b,
        title="Samenwerkingsovereenkomst DLR Economie en ondernemen – Verkoopspecialist",
        author="Bestuurssecretariaat VO West-Brabant Noord", docx=dict(font="Arial", size=10),
        description="DOCX, bestuurssecretaris, 'Artikel N. Titel' in Word Heading 1 met getypte leden, samenstelling "
                    "en benoeming van het Routeteam in een Word-tabel; West-Brabant (Roosendaal), E&O kb → "
                    "Verkoopspecialist 3. Subtiel: vijf bedrijven worden bij naam als 'partners' genoemd, met "
                    "intentieverklaring en aanspreekpunt, maar zonder enige rol; opzegging met termijn van zes "
                    "maanden waarna de route eindigt, zonder bescherming van zittende deelnemers. Geen overdracht; "
                    "bindend advies door geschillencommissie.",
        statuses=dict(a="present", b="weak", c="present", d="present", e="present", f="present",
                      g="present", h="present", i="present", j="weak"),
        evidence=dict(a="Artikel 2. De Leerroute", c="Artikel 5. Het Routeteam",
                      d="Artikel 6. Informatie en verantwoording", e="Artikel 7. Inrichting van de Leerroute",
                      f="Artikel 8. Overstapoptie", g="Artikel 9. Financiën", h="Artikel 10. Medezeggenschap",
                      i="Artikel 11. Geschillen"),
    )



# ------------------------------------------------------------------------------------- 196
@register
def doc196():
    b = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit en transport - Autotechnicus"),
        ("p", "Kenmerk: BB/2025/0417 - definitieve tekst na bestuurlijke vaststelling"),
        ("h1", "Partijen"),
        *leden(
            "De stichting Stichting Openbaar Voortgezet Onderwijs Eemsdelta, statutair gevestigd te "
            "Appingedam, bevoegd gezag van Het Damster Vakcollege, school voor voorbereidend middelbaar "
            "beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door mevrouw mr. drs. I.T. Huizinga, "
            "voorzitter van het college van bestuur, hierna te noemen: \"de School\";",
            "De stichting Stichting Beroepsonderwijs Ommeland, statutair gevestigd te Groningen, bevoegd gezag "
            "van het regionaal opleidingencentrum Ommeland College, te dezen rechtsgeldig vertegenwoordigd door "
            "de heer H.B. Schuitema, lid van het college van bestuur, hierna te noemen: \"de Instelling\";",
        ),
        ("p", "hierna gezamenlijk te noemen: \"Partijen\"."),
        ("h1", "Overwegingen"),
        ("p", "Partijen constateren dat de autobranche in Noordoost-Groningen kampt met een tekort aan "
              "instroom van jonge technici, dat veel leerlingen van de basisberoepsgerichte leerweg gebaat zijn "
              "bij een ononderbroken route zonder de overgang naar een onbekende school, en dat zij daarom met "
              "ingang van het schooljaar 2025-2026 een doorlopende leerroute in de zin van artikel 2.107a WVO 2020 "
              "willen verzorgen. Partijen komen overeen als volgt."),
        ("h1", "Artikel 1 Begrippen"),
        ("p", "In deze overeenkomst wordt verstaan onder: Leerroute: de doorlopende leerroute bedoeld in artikel "
              "2; Deelnemer: de leerling of student die aan de Leerroute deelneemt; vo-fase: de eerste twee "
              "leerjaren van de Leerroute; mbo-fase: het derde leerjaar en, voor zover van toepassing, het "
              "vierde leerjaar van de Leerroute; Routeleiding: de leiding bedoeld in artikel 4; Colleges: de "
              "colleges van bestuur van Partijen; OER: het gezamenlijke programma van toetsing en afsluiting en "
              "de onderwijs- en examenregeling van de Leerroute."),
        ("h1", "Artikel 2 De Leerroute"),
        *leden(
            "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo, die aanvangt in het derde "
            "leerjaar van de basisberoepsgerichte leerweg in het profiel Mobiliteit en transport van de School "
            "en leidt tot het diploma van de basisberoepsopleiding Autotechnicus (niveau 2) in het "
            "opleidingsdomein Mobiliteit en voertuigen van de Instelling, zowel in de beroepsopleidende als in "
            "de beroepsbegeleidende leerweg.",
            "De Deelnemer legt het examen van de basisberoepsgerichte leerweg af in het tweede leerjaar van de "
            "Leerroute en wordt met ingang van het derde leerjaar als student bij de Instelling ingeschreven.",
            "Partijen melden de Leerroute vóór 1 oktober 2025 gezamenlijk aan de minister door registratie in "
            "RIO.",
        ),
        ("h1", "Artikel 3 Bedrijfsleven"),
        *leden(
            "Bij de invulling van de Leerroute zijn betrokken de autobedrijven Autobedrijf Bolhuis te Delfzijl, "
            "Garage Wierenga te Appingedam en Bandenservice Eemsmond te Loppersum, alsmede de overige door de "
            "SBB erkende leerbedrijven in de mobiliteitsbranche waarmee de Instelling een praktijkovereenkomst "
            "sluit.",
            "Deze bedrijven ontvangen Deelnemers in de vo-fase voor twee werkplaatsweken per leerjaar, bieden in "
            "de mbo-fase de plaatsen voor beroepspraktijkvorming en de BBL-arbeidsplaatsen, en leveren een "
            "praktijkbeoordelaar voor de proeve van bekwaamheid.",
            "De Routeleiding bespreekt eenmaal per jaar, vóór 1 april, met de betrokken bedrijven de inhoud van "
            "het OER en de ontwikkelingen in de branche, waaronder elektrisch rijden, en verwerkt de uitkomsten "
            "in de jaarlijkse bijstelling van het OER.",
        ),
        ("h1", "Artikel 4 Routeleiding"),
        *leden(
            "De leiding over de Leerroute berust bij een Routeleiding, bestaande uit de teamleider techniek "
            "van de School, de teamleider Mobiliteit van de Instelling en een routecoördinator.",
            "De teamleiders worden door het College van hun eigen Partij tot lid van de Routeleiding "
            "aangewezen. De routecoördinator wordt door beide Colleges gezamenlijk benoemd voor een termijn "
            "van drie jaar, met de mogelijkheid van herbenoeming.",
            "De Routeleiding is belast met de voorbereiding van het OER, de roostering, de verdeling van de "
            "lesuren over de docenten van beide Partijen, de coördinatie van de begeleiding van Deelnemers en "
            "de contacten met het bedrijfsleven.",
            "De Routeleiding beslist zelfstandig over rooster, groepsindeling en stageplaatsing, binnen de "
            "jaarbegroting. De vaststelling van het OER en van de jaarbegroting is voorbehouden aan de "
            "Colleges.",
        ),
        ("h1", "Artikel 5 Verantwoording"),
        *leden(
            "De Routeleiding zendt beide Colleges halfjaarlijks, vóór 1 maart en vóór 1 oktober, een "
            "schriftelijke voortgangsrapportage over instroom, doorstroom, uitval en examenresultaten.",
            "De Routeleiding legt jaarlijks in een bestuurlijk overleg met beide Colleges, dat uiterlijk in de "
            "maand november plaatsvindt, verantwoording af over het afgelopen schooljaar aan de hand van een "
            "jaarverslag.",
        ),
        ("h1", "Artikel 6 Inrichting"),
        *leden(
            "Het onderwijs in de vo-fase wordt gegeven in het gebouw van de School te Appingedam; de "
            "praktijklessen autotechniek worden twee dagdelen per week gegeven in de autowerkplaats van de "
            "Instelling te Delfzijl. Het onderwijs in de mbo-fase wordt gegeven op de locatie Delfzijl van de "
            "Instelling en bij de leerbedrijven.",
            "Partijen stellen vóór 1 juli het OER vast, waarin voor de gehele Leerroute per leerjaar het "
            "onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn beschreven.",
            "Het onderwijs wordt verzorgd door één team van docenten van beide Partijen. De Instelling zet in "
            "de vo-fase twee docenten autotechniek in, samen 0,5 fte; voor het vakoverstijgende onderdeel "
            "'voertuig en onderhoud' maken Partijen gebruik van de teambevoegdheid van artikel 7.13a WVO 2020 en "
            "artikel 9.1.12 WEB. De docenten blijven in dienst van hun eigen werkgever.",
            "De Instelling stelt haar autowerkplaats, haar diagnoseapparatuur en haar hoogvoltlab ter "
            "beschikking; de School stelt haar praktijklokaal Mobiliteit en transport en haar "
            "brommerwerkplaats ter beschikking.",
            "Verzuim en klachten worden behandeld door de Partij bij wie de Deelnemer is ingeschreven, met "
            "medewerking van de andere Partij; de klachtenregeling van iedere Partij is mede van toepassing op "
            "gedragingen van personeel van de andere Partij in het kader van de Leerroute.",
        ),
        ("h1", "Artikel 7 Financiële bijdrage"),
        *leden(
            "De School draagt met toepassing van artikel 5.42a WVO 2020 aan de Instelling een bedrag over van "
            "EUR 850 per Deelnemer per leerjaar van de vo-fase, vastgesteld naar de inschrijving op 1 oktober "
            "van het betrokken schooljaar.",
            "De Instelling zendt de School vóór 1 november een opgave van het aantal Deelnemers en het "
            "daarmee overeenkomende bedrag. Betaling vindt plaats in twee gelijke termijnen, op 1 december en "
            "op 1 april.",
            "Het bedrag wordt jaarlijks per 1 augustus geïndexeerd met het percentage waarmee de "
            "lumpsumbekostiging van de School ten opzichte van het voorgaande jaar is gewijzigd.",
            "Over en weer vinden geen andere betalingen tussen Partijen plaats.",
        ),
        ("h1", "Artikel 8 Overstap"),
        *leden(
            "Besluit een Deelnemer de Leerroute te verlaten, of blijkt de Leerroute niet bij hem te passen, dan "
            "wordt hem binnen vier weken een passende plaats aangeboden in een ander leertraject van de School "
            "of van de Instelling, of, met tussenkomst van het Regionaal Meld- en Coördinatiepunt, bij een "
            "andere onderwijsinstelling in de regio.",
            "De School en de Instelling bepalen gezamenlijk, na overleg met de Deelnemer en zijn ouders of "
            "verzorgers, welke plaats passend is; zij houden daarbij rekening met de wensen en de capaciteiten "
            "van de Deelnemer, het door hem bereikte niveau en zijn leeftijd.",
            "Een overstap in de vo-fase kan plaatsvinden tot 1 maart van het tweede leerjaar; een overstap in "
            "de mbo-fase kan plaatsvinden bij het begin van iedere onderwijsperiode. Uitgangspunt is dat de "
            "Deelnemer zo snel mogelijk weer op een passende plaats onderwijs volgt.",
            "De mentor onderscheidenlijk de studieloopbaanbegeleider begeleidt de Deelnemer tot de overstap "
            "is voltooid en draagt zorg voor een warme overdracht.",
        ),
        ("h1", "Artikel 9 Geschillen"),
        *leden(
            "Geschillen over de uitvoering van deze overeenkomst worden eerst besproken in een bestuurlijk "
            "overleg tussen de Colleges.",
            "Leidt dat overleg niet binnen zes weken tot een oplossing, dan schakelen Partijen een "
            "onafhankelijke mediator in. Is het geschil niet binnen drie maanden na de aanvang van de mediation "
            "opgelost, dan kan iedere Partij het voorleggen aan de bevoegde rechter van de Rechtbank "
            "Noord-Nederland, zittingsplaats Groningen.",
        ),
        ("h1", "Artikel 10 Toetreding, wijziging en beëindiging"),
        *leden(
            "Een andere school of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst "
            "toetreden met schriftelijke instemming van beide Partijen, door ondertekening van een "
            "toetredingsverklaring; toetreding gaat in op 1 augustus en laat lopende trajecten van Deelnemers "
            "onverlet. De toetreding wordt aan DUO gemeld.",
            "Wijziging van deze overeenkomst geschiedt schriftelijk, met instemming van beide Colleges; een "
            "wijziging van het programma geldt niet voor reeds ingestroomde Deelnemers, tenzij zij uitsluitend "
            "in hun voordeel is.",
            "Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn "
            "van ten minste twaalf maanden. Na opzegging stromen geen nieuwe Deelnemers meer in; Deelnemers die "
            "al aan de Leerroute deelnemen, ronden haar bij Partijen af, waarvoor de bepalingen van deze "
            "overeenkomst van kracht blijven.",
        ),
        ("h1", "Artikel 11 Slotbepalingen"),
        *leden(
            "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.",
            "Op deze overeenkomst is Nederlands recht van toepassing.",
        ),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Appingedam op 19 juni 2025."),
        ("sig", ["Stichting Openbaar Voortgezet Onderwijs Eemsdelta", "mr. drs. I.T. Huizinga",
                 "voorzitter college van bestuur", "", "handtekening: ______________________"],
                ["Stichting Beroepsonderwijs Ommeland", "H.B. Schuitema", "lid college van bestuur", "",
                 "handtekening: ______________________"]),
    ]
    return dict(
        num=196, slug="platte_tekst_eemsdelta_autotechniek", fmt="txt", blocks=b,
        title="Samenwerkingsovereenkomst DLR Mobiliteit en transport – Autotechnicus",
        description="TXT, juridisch adviseur in platte tekst (onderstreepte artikelkoppen, leden, ASCII-aanhalingstekens, "
                    "'EUR'); Noordoost-Groningen (Eemsdelta), M&T bb → Autotechnicus 2. Subtiel: overdracht van "
                    "EUR 850 per deelnemer met indexering en betaling, maar zonder bestemming; overstap met "
                    "termijnen, gezamenlijke beslissing met deelnemer en ouders en criteria, maar zonder enig "
                    "diplomaperspectief ('een passende plaats in een ander leertraject'). Geen "
                    "medezeggenschapstekst; mediation en rechter.",
        statuses=dict(a="present", b="present", c="present", d="present", e="present", f="weak",
                      g="weak", h="not_applicable", i="present", j="present"),
        evidence=dict(a="Artikel 2 De Leerroute", b="Artikel 3 Bedrijfsleven", c="Artikel 4 Routeleiding",
                      d="Artikel 5 Verantwoording", e="Artikel 6 Inrichting", i="Artikel 9 Geschillen",
                      j="Artikel 10 Toetreding, wijziging en beëindiging"),
    )


# === END OF AGREEMENTS ===


def main(argv):
    if "--check" in argv:
        nums = [a for a in argv if a != "--check"] or sorted(DOCS)
        sys.exit(0 if check([int(n) for n in nums]) else 1)
    nums = [int(a) for a in argv] or sorted(DOCS)
    for n in nums:
        build(DOCS[n])


if __name__ == "__main__":
    main(sys.argv[1:])
