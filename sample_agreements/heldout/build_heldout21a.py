#!/usr/bin/env python3
"""Held-out sample agreements h313-h320 for leerroute-check.

Written by an independent helper session acting as author of labelled test data. The texts were
composed from scratch on the basis of the two official guidance documents (bouwsteen
samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only -- without looking at checker code, models, tests, benchmarks or
the text of any other sample agreement. All schools, institutions, companies and people are made up.

Usage:
    python3 build_heldout21a.py            build all agreements
    python3 build_heldout21a.py 313 317    build only those numbers
    python3 build_heldout21a.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_DT = (2025, 6, 30, 9, 0, 0)
FIXED_ISO = "2025-06-30T09:00:00Z"

DOCS = []  # registry: dicts with num, name, ext, description, statuses, evidence, build


def register(num, name, ext, description, statuses, evidence, build):
    assert set(statuses) == set("abcdefghij")
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    DOCS.append(dict(num=num, name=name, ext=ext, description=description,
                     statuses=statuses, evidence=evidence, build=build))


def st(**kw):
    """Statuses: default present, overrides by keyword (P/W/M/N)."""
    m = {"P": "present", "W": "weak", "M": "missing", "N": "not_applicable"}
    out = {k: "present" for k in "abcdefghij"}
    for k, v in kw.items():
        out[k] = m[v]
    return out


# ---------------------------------------------------------------------------------------------
# mini markup shared by PDF and DOCX renderers
#   # title   ## heading 1   ### heading 2   - bullet   > indented para   ~ small print
#   = centred   | table | row |   ---  page break   [BOX] ... [/BOX] text box (docx)
#   [TOC]  table of contents (pdf)   blank line separates paragraphs
# inline: **bold**  {+inserted+}  {-deleted-}  (docx tracked changes)  ^[footnote] (pdf)
# ---------------------------------------------------------------------------------------------

def parse(text):
    blocks = []
    para = []
    table = []
    box = None

    def target():
        return box if box is not None else blocks

    def flush():
        nonlocal para, table
        if para:
            target().append(("p", " ".join(para)))
            para = []
        if table:
            target().append(("table", table))
            table = []

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        s = line.strip()
        if not s:
            flush()
            continue
        if s == "[BOX]":
            flush()
            box = []
            continue
        if s == "[/BOX]":
            flush()
            blocks.append(("box", box))
            box = None
            continue
        if s.startswith("|"):
            if para:
                flush()
            table.append([c.strip() for c in s.strip("|").split("|")])
            continue
        if table:
            flush()
        for pre, kind in (("# ", "title"), ("## ", "h1"), ("### ", "h2"), ("- ", "bullet"),
                          ("> ", "indent"), ("~ ", "small"), ("= ", "center")):
            if s.startswith(pre):
                flush()
                target().append((kind, s[len(pre):]))
                break
        else:
            if s == "---":
                flush()
                target().append(("pagebreak", ""))
            elif s == "[TOC]":
                flush()
                target().append(("toc", ""))
            else:
                para.append(s)
    flush()
    return blocks


INLINE_RE = re.compile(r"(\*\*.+?\*\*|\{\+.+?\+\}|\{-.+?-\}|\^\[.+?\])")


def plain(s):
    """Accepted-view plain text of a marked-up string (for txt/md and for tests)."""
    s = re.sub(r"\{-.+?-\}", "", s)
    s = re.sub(r"\{\+(.+?)\+\}", r"\1", s)
    s = re.sub(r"\^\[.+?\]", "", s)
    return s.replace("**", "")


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------

def build_pdf(text, title, author, header=None, footnotes_area=False, fontsize=10.0,
              toc_title="Inhoud"):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle, PageBreak, Flowable, KeepTogether)
    from xml.sax.saxutils import escape

    blocks = parse(text)
    W, H = A4
    bottom = 4.6 * cm if footnotes_area else 2.3 * cm

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=fontsize, leading=fontsize * 1.35,
                          spaceAfter=fontsize * 0.55)
    sty = {
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=fontsize + 5,
                                leading=(fontsize + 5) * 1.25, spaceAfter=10, alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=fontsize + 1.5,
                             leading=(fontsize + 1.5) * 1.3, spaceBefore=9, spaceAfter=4,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=fontsize,
                             spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "p": base,
        "bullet": ParagraphStyle("bu", parent=base, leftIndent=16, bulletIndent=5, spaceAfter=2),
        "indent": ParagraphStyle("in", parent=base, leftIndent=22, firstLineIndent=-16),
        "small": ParagraphStyle("sm", parent=base, fontSize=fontsize - 1.5,
                                leading=(fontsize - 1.5) * 1.3, textColor=colors.HexColor("#333333")),
        "center": ParagraphStyle("c", parent=base, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", parent=base, fontSize=fontsize - 1, leading=(fontsize - 1) * 1.25,
                               spaceAfter=0),
        "fn": ParagraphStyle("fn", parent=base, fontSize=7.5, leading=9.2, spaceAfter=0,
                             leftIndent=10, firstLineIndent=-10),
        "toc": ParagraphStyle("toc", parent=base, spaceAfter=0, leading=fontsize * 1.5),
    }

    class Mark(Flowable):
        """Zero-size flowable recording the page it lands on (headings and footnotes)."""

        def __init__(self, key, store):
            Flowable.__init__(self)
            self.key, self.store = key, store
            self.width = self.height = 0

        def wrap(self, aw, ah):
            return (0, 0)

        def draw(self):
            self.store.setdefault(self.key, self.canv.getPageNumber())

    def run(pages_info):
        store = {}
        notes = []
        heads = []
        story = []

        def inl(s):
            out = []
            for tok in INLINE_RE.split(s):
                if not tok:
                    continue
                if tok.startswith("**"):
                    out.append("<b>%s</b>" % escape(tok[2:-2]))
                elif tok.startswith("^["):
                    notes.append(tok[2:-1])
                    out.append("<super>%d</super>" % len(notes))
                elif tok.startswith("{+"):
                    out.append(escape(tok[2:-2]))
                elif tok.startswith("{-"):
                    pass
                else:
                    out.append(escape(tok))
            return "".join(out)

        def emit(kind, s):
            n0 = len(notes)
            if kind == "bullet":
                para = Paragraph(inl(s), sty["bullet"], bulletText="\u2022")
            else:
                para = Paragraph(inl(s), sty[kind])
            items = [para]
            for k in range(n0 + 1, len(notes) + 1):
                items.append(Mark(("fn", k), store))
            if kind in ("h1",):
                heads.append(plain(s))
                m = Mark(("h", len(heads)), store)
                m.keepWithNext = 1
                items.insert(1, m)
            return items

        for kind, val in blocks:
            if kind == "pagebreak":
                story.append(PageBreak())
            elif kind == "toc":
                story.append(Paragraph(escape(toc_title), sty["h1"]))
                hs = [plain(v) for k, v in blocks if k == "h1"]
                rows = []
                for i, h in enumerate(hs, 1):
                    pg = pages_info["heads"].get(("h", i), "") if pages_info else ""
                    rows.append([Paragraph(escape(h), sty["toc"]), Paragraph(str(pg), sty["toc"])])
                t = Table(rows, colWidths=[W - 5.5 * cm - 1.2 * cm, 1.2 * cm],
                          rowHeights=[fontsize * 1.6] * len(rows))
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                story.append(t)
                story.append(PageBreak())
            elif kind == "table":
                data = [[Paragraph(inl(c), sty["cell"]) for c in row] for row in val]
                ncol = max(len(r) for r in val)
                data = [r + [""] * (ncol - len(r)) for r in data]
                avail = W - 5.0 * cm
                t = Table(data, colWidths=[avail / ncol] * ncol, repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(t)
                story.append(Spacer(1, 6))
            elif kind == "box":
                inner = []
                for k2, v2 in val:
                    inner.extend(emit(k2 if k2 != "title" else "h2", v2))
                t = Table([[inner]], colWidths=[W - 5.4 * cm])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f3f3"))]))
                story.append(t)
                story.append(Spacer(1, 6))
            else:
                story.extend(emit(kind, val))

        buf = io.BytesIO()
        total = pages_info["total"] if pages_info else 0

        def on_page(canv, doc):
            canv.saveState()
            pno = canv.getPageNumber()
            canv.setFont("Helvetica", 7.5)
            if header:
                canv.drawString(2.5 * cm, H - 1.3 * cm, header)
            if total:
                canv.drawRightString(W - 2.5 * cm, 1.2 * cm, "pagina %d van %d" % (pno, total))
            else:
                canv.drawRightString(W - 2.5 * cm, 1.2 * cm, "pagina %d" % pno)
            if pages_info and footnotes_area:
                mine = [k for (tag, k), p in sorted(pages_info["fn"].items()) if tag == "fn" and p == pno]
                if mine:
                    y = bottom - 0.5 * cm
                    canv.setLineWidth(0.4)
                    canv.line(2.5 * cm, y, 7.5 * cm, y)
                    y -= 0.15 * cm
                    for k in mine:
                        p = Paragraph("%d&nbsp;&nbsp;%s" % (k, escape(pages_info["notes"][k - 1])), sty["fn"])
                        w, h = p.wrap(W - 5 * cm, 5 * cm)
                        y -= h
                        p.drawOn(canv, 2.5 * cm, y)
                        y -= 0.08 * cm
            canv.restoreState()

        doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                              topMargin=2.2 * cm, bottomMargin=bottom, title=title, author=author,
                              subject="samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                              creator="build_heldout21a", invariant=1)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
        doc.addPageTemplates([PageTemplate(id="pg", frames=[frame], onPage=on_page)])
        doc.build(story)
        info = {"total": doc.page, "heads": {k: v for k, v in store.items() if k[0] == "h"},
                "fn": {k: v for k, v in store.items() if k[0] == "fn"}, "notes": notes}
        return buf.getvalue(), info

    _, info1 = run(None)
    data, info2 = run(info1)
    assert info1["heads"] == info2["heads"] and info1["fn"] == info2["fn"], "unstable layout"
    return data


# ---------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _x(s):
    from xml.sax.saxutils import escape
    return escape(s)


def build_docx(text, title, author, authors=("Auteur",), rev_date="2025-06-12T10:00:00Z",
               font="Calibri", size_pt=10.5):
    import docx
    from docx.shared import Pt, Cm
    from docx.oxml import parse_xml
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    import datetime

    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size_pt)
    counter = {"id": 100, "chg": 0, "shape": 0}
    nsdecl = ('xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
              'xmlns:o="urn:schemas-microsoft-com:office:office"' % W_NS)

    def run_xml(t, bold=False, deleted=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        tag = "w:delText" if deleted else "w:t"
        return '<w:r %s>%s<%s xml:space="preserve">%s</%s></w:r>' % (nsdecl, rpr, tag, _x(t), tag)

    def add_inline(p, s):
        for tok in INLINE_RE.split(s):
            if not tok:
                continue
            if tok.startswith("**"):
                p._p.append(parse_xml(run_xml(tok[2:-2], bold=True)))
            elif tok.startswith("{+") or tok.startswith("{-"):
                ins = tok.startswith("{+")
                body = tok[2:-2]
                who = authors[counter["chg"] % len(authors)]
                counter["chg"] += 1
                counter["id"] += 1
                tag = "w:ins" if ins else "w:del"
                inner = run_xml(body, deleted=not ins)
                inner = inner.replace(" " + nsdecl, "")
                p._p.append(parse_xml('<%s %s w:id="%d" w:author="%s" w:date="%s">%s</%s>' % (
                    tag, nsdecl, counter["id"], _x(who), rev_date, inner, tag)))
            elif tok.startswith("^["):
                p._p.append(parse_xml(run_xml(" (" + tok[2:-1] + ")")))
            else:
                p._p.append(parse_xml(run_xml(tok)))

    def para_xml(kind, s):
        """Paragraph xml for use inside a text box."""
        ppr = ""
        if kind in ("h1", "h2", "title"):
            ppr = "<w:pPr><w:spacing w:after=\"60\"/></w:pPr>"
            s = "**" + plain(s) + "**"
        elif kind == "bullet":
            s = "\u2022 " + s
        runs = []
        for tok in INLINE_RE.split(s):
            if not tok:
                continue
            if tok.startswith("**"):
                runs.append(run_xml(tok[2:-2], bold=True).replace(" " + nsdecl, ""))
            else:
                runs.append(run_xml(plain(tok)).replace(" " + nsdecl, ""))
        return "<w:p>%s%s</w:p>" % (ppr, "".join(runs))

    def add_box(items):
        counter["shape"] += 1
        n = counter["shape"]
        inner = "".join(para_xml(k, v) for k, v in items)
        height = 18 + 15 * sum(1 + len(plain(v)) // 85 for k, v in items)
        xml = ('<w:p %s><w:r><w:pict>'
               '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
               'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
               '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
               '<v:shape id="Tekstvak%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
               'style="width:450pt;height:%dpt;mso-wrap-style:square" fillcolor="#f2f2f2" '
               'strokecolor="#404040" strokeweight="1pt">'
               '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent>'
               '</v:textbox></v:shape></w:pict></w:r></w:p>') % (nsdecl, n, n, height, inner)
        d.element.body.append(parse_xml(xml))
        # keep sectPr last
        body = d.element.body
        sp = body.find("{%s}sectPr" % W_NS)
        if sp is not None:
            body.remove(sp)
            body.append(sp)

    for kind, val in parse(text):
        if kind == "title":
            p = d.add_paragraph(style="Title")
            add_inline(p, val)
        elif kind == "h1":
            p = d.add_paragraph(style="Heading 1")
            add_inline(p, val)
        elif kind == "h2":
            p = d.add_paragraph(style="Heading 2")
            add_inline(p, val)
        elif kind == "bullet":
            p = d.add_paragraph(style="List Bullet")
            add_inline(p, val)
        elif kind == "indent":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-0.8)
            add_inline(p, val)
        elif kind == "small":
            p = d.add_paragraph()
            add_inline(p, val)
            for r in p.runs:
                r.font.size = Pt(size_pt - 2)
        elif kind == "center":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_inline(p, val)
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=ncol)
            t.style = d.styles["Table Grid"]
            for ri, row in enumerate(val):
                cells = t.add_row().cells
                for ci in range(ncol):
                    cells[ci].text = ""
                    add_inline(cells[ci].paragraphs[0], row[ci] if ci < len(row) else "")
                    if ri == 0:
                        for r in cells[ci].paragraphs[0].runs:
                            r.bold = True
        elif kind == "box":
            add_box(val)
        elif kind == "toc":
            pass
        else:
            p = d.add_paragraph()
            add_inline(p, val)

    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.revision = 1
    cp.created = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.last_printed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    raw = io.BytesIO()
    d.save(raw)
    return rezip(raw.getvalue())


def rezip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            if name == "docProps/thumbnail.jpeg":
                continue
            content = src.read(name)
            if name == "[Content_Types].xml":
                content = content.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            if name == "_rels/.rels":
                content = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", content)
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return out.getvalue()


def build_text(text):
    return text.strip("\n").encode("utf-8") + b"\n"


# =============================================================================================
# AGREEMENTS
# =============================================================================================

# ---------------------------------------------------------------------------------------------
# h313  DOCX concept with tracked changes left in -- Noordoostpolder, PIE kb -> mbo-3 elektro
# ---------------------------------------------------------------------------------------------

T313 = """
# Samenwerkingsovereenkomst doorlopende leerroute Elektro & Installatie Noordoostpolder

~ CONCEPT v0.7 {-(versie 0.6, 28 mei 2025)-}{+(verwerkt n.a.v. bestuurlijk overleg 12 juni 2025)+} – wijzigingen bijgehouden, nog niet geaccepteerd

## Partijen

1. Stichting Christelijk Voortgezet Onderwijs Noordoostpolder, gevestigd te Emmeloord, bevoegd gezag van het Zuiderzeecollege, te dezen rechtsgeldig vertegenwoordigd door mevrouw drs. H.J. Zwart-Mulder, voorzitter van het college van bestuur, hierna te noemen: "de school";

2. Stichting Polderpoort Beroepsonderwijs, gevestigd te Emmeloord, bevoegd gezag van ROC Polderpoort, te dezen rechtsgeldig vertegenwoordigd door de heer ir. P.A. Rozendaal, lid van het college van bestuur, hierna te noemen: "het ROC";

hierna samen te noemen: "partijen".

## Overwegingen

Partijen willen jongeren in de Noordoostpolder die kiezen voor de elektrotechniek een ononderbroken opleiding bieden, zonder dubbelingen in de lesstof en met een vroege kennismaking met het werk. De installatiebedrijven in de regio kampen met een tekort aan vakmensen. Partijen leggen hun samenwerking vast zoals bedoeld in artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs.

Partijen komen het volgende overeen.

## Artikel 1 Onderwerp: de route

1.1 Met ingang van het schooljaar {-2024-2025-}{+2025-2026+} verzorgen partijen samen een doorlopende leerroute vmbo-mbo. De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie (PIE), van het Zuiderzeecollege en leidt naar het diploma van de vakopleiding Eerste monteur elektrotechnische installaties (niveau 3, BOL) van ROC Polderpoort, opleidingsdomein Installatie- en energietechniek.

1.2 De route duurt vier schooljaren (routejaar 1 tot en met 4). De leerling behaalt het vmbo-diploma kaderberoepsgerichte leerweg aan het einde van routejaar 2 en uiterlijk in routejaar 3.

1.3 Partijen melden de route gezamenlijk aan bij de minister door registratie in RIO, vóór aanvang van het eerste schooljaar waarin leerlingen instromen.

## Artikel 2 Rol van de installatiebranche

2.1 Partijen geven de route vorm samen met de werkgevers die zijn verenigd in de Installatiekring Noordoostpolder en met het regiokantoor van SBB.

2.2 Afgesproken is dat:

- de erkende leerbedrijven Elektro Bakker Marknesse B.V., Installatiebedrijf Hoekstra Ens{+ en Van Dijk Installatietechniek B.V.+} vanaf routejaar 3 ieder ten minste vier bpv-plaatsen per cohort aanbieden;
- de Installatiekring in routejaar 1 en 2 per semester twee gastlessen en één bedrijfsbezoek verzorgt;
- een praktijkopleider van een van de leerbedrijven meebeoordeelt bij de proeve van bekwaamheid in routejaar 4;
- de werkveldcommissie Installatietechniek van het ROC, waarin vier installateurs zitting hebben, jaarlijks in het voorjaar advies uitbrengt over de inhoud van het routeprogramma.

## Artikel 3 Routeregie

3.1 De leiding over de route ligt bij het routeteam. Het routeteam bestaat uit de teamleider bovenbouw kader van het Zuiderzeecollege, de opleidingsmanager Installatietechniek van het ROC en een routeregisseur.

3.2 De teamleider en de opleidingsmanager zijn lid uit hoofde van hun functie. De routeregisseur wordt door de colleges van bestuur van beide partijen gezamenlijk aangewezen, voor een termijn van twee schooljaren, op voordracht van de twee overige leden van het routeteam. Herbenoeming is {-eenmaal-} mogelijk.

3.3 Het routeteam heeft tot taak: het opstellen van het jaarrooster, de afstemming van het gezamenlijke PTA/OER, de verdeling van de lesuren over de docenten binnen de formatie die partijen beschikbaar stellen, het onderhouden van de contacten met de leerbedrijven en de werving van nieuwe leerlingen.

3.4 Het routeteam beslist zelfstandig over het rooster, de keuze van lesmateriaal en de besteding van het routebudget tot een bedrag van € 10.000 per schooljaar. Besluiten over formatie, huisvesting en de inhoud van deze overeenkomst blijven voorbehouden aan de colleges van bestuur.{+ De routeregisseur tekent niet zelfstandig voor uitgaven.+}

## Artikel 4 Informatie en verantwoording

4.1 Het routeteam zendt beide colleges van bestuur {-twee keer per jaar-}{+na afloop van elk kwartaal+} een voortgangsnotitie met de in-, door- en uitstroom van leerlingen, de bezetting van de bpv-plaatsen en de uitputting van het routebudget.

4.2 Jaarlijks vóór 1 november legt het routeteam in een evaluatieverslag over het afgelopen schooljaar verantwoording af aan beide colleges van bestuur. Het verslag wordt besproken in het bestuurlijk overleg van november; de colleges kunnen het routeteam daarbij aanwijzingen geven.

## Artikel 5 Uitvoering van het onderwijs

5.1 Routejaar 1 en 2 worden gegeven in het gebouw van het Zuiderzeecollege aan de Urkerweg te Emmeloord, met één praktijkdag per week in het installatielab van het ROC. Routejaar 3 en 4 worden gegeven op de locatie van het ROC aan de Noordzeeweg te Emmeloord en bij de leerbedrijven.

5.2 De lessen worden verzorgd door één docententeam van vmbo- en mbo-docenten. Partijen maken gebruik van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB) voor het vakoverstijgende programmaonderdeel "Installeren in de praktijk"; in het PTA/OER staat welke docent voor welk onderdeel bevoegd is. Twee docenten van het ROC geven in routejaar 2 vier uur per week les op de school. Iedere docent blijft in dienst van de eigen werkgever.

5.3 De school stelt het PIE-praktijklokaal en de metaalwerkplaats beschikbaar; het ROC stelt het installatielab, de meetapparatuur en de digitale leeromgeving beschikbaar. Leerlingen en docenten van de route gebruiken deze voorzieningen over en weer zonder doorberekening.

5.4 Het onderwijsprogramma en de examinering per leerjaar, met de vo-onderdelen, de mbo-onderdelen en de gecombineerde onderdelen, zijn vastgelegd in het gezamenlijke PTA/OER, dat jaarlijks vóór 1 oktober door beide partijen wordt vastgesteld.

5.5 In routejaar 1 en 2 staat de leerling ingeschreven bij de school; vanaf routejaar 3 staat hij als student ingeschreven bij het ROC. Een klacht over een medewerker van de andere partij wordt door de ontvangende partij doorgezonden en in overleg tussen beide klachtcoördinatoren afgehandeld.

## Artikel 6 Financiën

6.1 Partijen dragen geen bekostiging aan elkaar over. Iedere partij draagt zelf de kosten van het eigen personeel en de eigen voorzieningen die zij voor de route inzet.

## Artikel 7 Als de route niet (meer) past

7.1 Beëindigt een leerling de route in routejaar 1 of 2, dan vervolgt hij zijn opleiding in de reguliere kaderberoepsgerichte leerweg PIE van het Zuiderzeecollege of in een ander profiel van de school, en sluit hij af met het vmbo-diploma. De reeds behaalde onderdelen van het PTA blijven behouden.

7.2 Een student die na het behalen van het vmbo-diploma in de mbo-fase uitvalt, kan overstappen naar een andere vakopleiding op niveau 3 van het ROC, zoals Eerste monteur service en onderhoud installaties of Eerste monteur utiliteit. De vooropleidingseisen zijn daarbij niet van toepassing.

7.3 Wie aan het einde van routejaar 3 het vmbo-diploma niet heeft behaald, kan het examen in het volgende schooljaar opnieuw afleggen of instromen in de basisberoepsopleiding Monteur elektrotechnische installaties (niveau 2) van het ROC, zonder dat het vmbo-diploma daarvoor vereist is.

7.4 Bij verhuizing buiten de regio wordt de leerling begeleid naar een passende opleiding bij een andere school of instelling; die instelling kan een geschiktheidsonderzoek afnemen.

7.5 De mentor zorgt voor een warme overdracht. De gekozen vervolgmogelijkheid wordt vastgelegd in het leerlingdossier. De praktische uitwerking wordt opgenomen in de schoolgids.

## Artikel 8 Medezeggenschap

8.1 Aanvullende afspraken over de medezeggenschap (optioneel): ……………………………………………………………

[in te vullen na advies van de medezeggenschapsraad en de studentenraad]{+ – PM bestuurlijk overleg september 2025+}

## Artikel 9 Verschil van inzicht

9.1 Ontstaat tussen partijen een verschil van inzicht over de uitvoering van deze overeenkomst, dan bespreekt het routeteam dit eerst binnen drie weken.

9.2 Komt het routeteam er niet uit, dan legt ieder lid het geschil voor aan zijn college van bestuur. De colleges overleggen binnen vier weken na de melding.

9.3 Leidt dat overleg niet tot een oplossing, dan schakelen partijen een onafhankelijke mediator in, die zij samen kiezen uit het register van de Mediatorsfederatie Nederland. Is het geschil niet binnen {-vier-}{+zes+} weken na de eerste mediationbijeenkomst opgelost, dan kan iedere partij het voorleggen aan de bevoegde rechter in het arrondissement Midden-Nederland.

## Artikel 10 Looptijd, wijziging, nieuwe partners en beëindiging

10.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

10.2 Wijziging van deze overeenkomst gebeurt uitsluitend schriftelijk, na een besluit van beide colleges van bestuur. Een wijziging die nadelig is voor leerlingen die al in de route zitten, geldt pas voor het eerstvolgende nieuwe cohort.

10.3 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij worden als beide partijen daarmee schriftelijk instemmen en de nieuwe partij door ondertekening van een toetredingsverklaring alle bepalingen van deze overeenkomst aanvaardt. Toetreding gaat in per 1 augustus; partijen passen de registratie in RIO daarop aan.

10.4 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 31 juli van enig jaar, met een opzegtermijn van twaalf maanden. Na opzegging stromen geen nieuwe leerlingen meer in; leerlingen die op dat moment in de route zitten, ronden de route onder de bepalingen van deze overeenkomst af.

10.5 Ontbinding wegens een ernstige tekortkoming is alleen mogelijk na een schriftelijke ingebrekestelling met een hersteltermijn van drie maanden; ook dan geldt de afbouwregeling van 10.4 voor de zittende leerlingen.

## Ondertekening

Aldus overeengekomen en in tweevoud ondertekend te Emmeloord op {-…………-}{+30 juni 2025+}.

Stichting Christelijk Voortgezet Onderwijs Noordoostpolder – drs. H.J. Zwart-Mulder, voorzitter college van bestuur

Stichting Polderpoort Beroepsonderwijs – ir. P.A. Rozendaal, lid college van bestuur
"""

register(
    313, "bijgehouden_wijzigingen_noordoostpolder_elektro", "docx",
    "Concept-overeenkomst in Word met niet-geaccepteerde bijgehouden wijzigingen (w:ins/w:del), artikelstijl; "
    "Noordoostpolder, PIE kader -> Eerste monteur elektrotechnische installaties niveau 3; overstapartikel "
    "uitvoerig maar zonder wie beslist (geen gezamenlijk oordeel school/ROC, geen leerling/ouders); "
    "medezeggenschapsartikel is een lege format-regel met stippellijn en invulinstructie.",
    st(f="W", h="W"),
    {"a": "Artikel 1 Onderwerp: de route", "b": "Artikel 2 Rol van de installatiebranche",
     "c": "Artikel 3 Routeregie", "d": "Artikel 4 Informatie en verantwoording",
     "e": "Artikel 5 Uitvoering van het onderwijs", "g": "Artikel 6 Financiën",
     "i": "Artikel 9 Verschil van inzicht",
     "j": "Artikel 10 Looptijd, wijziging, nieuwe partners en beëindiging"},
    lambda: build_docx(T313, "Concept samenwerkingsovereenkomst DLR Elektro & Installatie Noordoostpolder",
                       "J. Kamphuis", authors=("M. de Boer (ROC Polderpoort)", "J. Kamphuis (Zuiderzeecollege)")),
)

# ---------------------------------------------------------------------------------------------
# h314  PDF numbered list of afspraken -- Lingewaard, Zorg en welzijn kb -> Verzorgende-IG niv. 3
# ---------------------------------------------------------------------------------------------

T314 = """
# Afsprakenlijst doorlopende leerroute Zorg – Verzorgende-IG Lingewaard

= tussen Stichting Voortgezet Onderwijs Lingewaard-Betuwe en Stichting Gelderse Poort Opleidingen

Deze afsprakenlijst is de samenwerkingsovereenkomst voor de doorlopende leerroute vmbo-mbo in de zorg in Lingewaard. Zij wordt aangegaan door:

- **Stichting Voortgezet Onderwijs Lingewaard-Betuwe**, gevestigd te Bemmel, bevoegd gezag van vmbo-school Het Bemmelse Veld, vertegenwoordigd door de heer drs. R. Verbeek, voorzitter van het college van bestuur (hierna: de school), en
- **Stichting Gelderse Poort Opleidingen**, gevestigd te Huissen, bevoegd gezag van de mbo-instelling Gelderse Poort Opleidingen (hierna: GPO), vertegenwoordigd door mevrouw A.M. Kersten MBA, lid van het college van bestuur.

Wij hebben de afspraken kort en genummerd opgeschreven, zodat docenten, leerlingen en ouders ze ook kunnen lezen. Waar "wij" staat, bedoelen we de school en GPO samen.

## A. De route

### Afspraak 1. Welke route

Vanaf 1 augustus 2025 bieden wij samen één doorlopende leerroute aan. Leerlingen van de kaderberoepsgerichte leerweg van Het Bemmelse Veld met het profiel Zorg en welzijn stromen in leerjaar 3 in en worden opgeleid tot Verzorgende-IG, een vakopleiding op niveau 3 (BOL) binnen het opleidingsdomein Zorg en welzijn van GPO.

### Afspraak 2. Diploma's en duur

De route duurt vijf schooljaren: twee jaar waarin de leerling op de school staat ingeschreven (routejaar 1 en 2) en drie jaar mbo (routejaar 3 tot en met 5). De leerling doet in routejaar 2 eindexamen vmbo kader; wie dan een vak niet haalt, kan dat in routejaar 3 alsnog afronden. Aan het eind van routejaar 5 volgt het mbo-diploma Verzorgende-IG.

### Afspraak 3. Melding

De route wordt door beide besturen samen gemeld aan de minister via registratie in RIO, vóór 1 oktober 2025.

## B. Samen met de zorg

### Afspraak 4. De zorgaanbieders doen mee

Zorggroep Over-Betuwe, Thuiszorg Linge & Waal en Woonzorgcentrum De Lingehof zijn erkend leerbedrijf en doen vanaf de start mee. Zij:

- ontvangen iedere leerling in routejaar 1 voor drie snuffeldagen op een afdeling;
- bieden vanaf routejaar 2 samen ten minste twaalf bpv-plaatsen per cohort aan, met een eigen praktijkopleider per leerling;
- schuiven twee keer per jaar aan bij de "zorgtafel" van het kernteam (zie afspraak 6) en adviseren daar over het lesprogramma en de praktijkopdrachten;
- beoordelen mee bij de proeve van bekwaamheid aan het einde van de opleiding.

### Afspraak 5. Levensechte opdrachten

Per schooljaar werken de leerlingen ten minste twee praktijkopdrachten uit die door een van de zorgaanbieders zijn aangedragen, zoals het inrichten van een belevingsmiddag voor bewoners met dementie.

## C. Wie de route leidt

### Afspraak 6. Het kernteam

De route wordt geleid door een kernteam van drie mensen: de afdelingsleider bovenbouw van Het Bemmelse Veld, de teammanager Zorg van GPO en een routecoördinator. Ieder college van bestuur wijst zijn eigen lid aan. De routecoördinator wordt door beide colleges samen aangesteld, voor drie jaar, na een interne vacature bij beide organisaties.

### Afspraak 7. Wat het kernteam doet en mag

Het kernteam stelt het jaarrooster en de lessentabel vast, verdeelt de lesuren over het docententeam, regelt de stageplaatsing met de zorgaanbieders, organiseert de zorgtafel en beheert het routebudget. Het kernteam mag zelf beslissen over rooster, lesmateriaal, excursies en uitgaven tot € 7.500 per jaar. Over formatie, investeringen en wijziging van deze afsprakenlijst beslissen de colleges van bestuur.

## D. Verantwoording aan de besturen

### Afspraak 8. Kwartaalbericht en jaarverslag

Het kernteam stuurt elk kwartaal een kwartaalbericht aan beide colleges van bestuur met de leerlingaantallen, het verzuim, de stageplaatsen en de stand van het budget. Elk jaar vóór 1 oktober maakt het kernteam een jaarverslag over het afgelopen schooljaar, met de doorstroom, de uitval en de examenresultaten. Dat verslag bespreken beide colleges van bestuur in oktober met het kernteam.

## E. Hoe de route werkt

### Afspraak 9. Waar de lessen zijn

Routejaar 1 en 2 vinden plaats in het gebouw van Het Bemmelse Veld in Bemmel, met één middag per week in het skillslab van GPO in Huissen. Routejaar 3 tot en met 5 vinden plaats op de GPO-locatie in Huissen en bij de zorgaanbieders.

### Afspraak 10. Wie lesgeeft

De vmbo-docenten en de mbo-docenten vormen samen één docententeam. In routejaar 1 en 2 geven twee verpleegkundig docenten van GPO samen vijf uur per week les op de school; in routejaar 3 geeft de docent biologie van de school wekelijks twee uur les op GPO. Voor het vak "Zorg in de wijk" werken wij met teambevoegdheid, zoals bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; in het PTA/OER staat per onderdeel welke docent bevoegd is. Iedereen blijft in dienst van zijn eigen werkgever.

### Afspraak 11. Lokalen en materiaal

De school stelt het verzorgingslokaal en de keuken van Het Bemmelse Veld beschikbaar. GPO stelt het skillslab met de oefenpoppen, de tilliften en de e-learningmodules beschikbaar. Beide kanten gebruiken elkaars lokalen en materiaal volgens een gezamenlijk ruimterooster.

### Afspraak 12. Programma en examens

Het programma en de examens per leerjaar staan in één gezamenlijk PTA/OER. Daarin staat welk deel vmbo is, welk deel mbo en wat samen wordt getoetst. Het PTA/OER wordt ieder jaar vóór 1 oktober door de school en GPO vastgesteld.

### Afspraak 13. Inschrijving, verzuim en klachten

In routejaar 1 en 2 staat de leerling ingeschreven bij de school en meldt de school verzuim; vanaf routejaar 3 staat hij ingeschreven bij GPO. Klachten over een medewerker van de andere organisatie worden doorgestuurd naar die organisatie en binnen zes weken afgehandeld volgens haar klachtenregeling.

## F. Als het anders loopt

### Afspraak 14. Uitstappen in routejaar 1 of 2

Wie in routejaar 1 of 2 stopt met de route, maakt de kaderberoepsgerichte leerweg Zorg en welzijn regulier af op Het Bemmelse Veld of kiest een ander profiel, en haalt zo het vmbo-diploma. Behaalde cijfers blijven staan.

### Afspraak 15. Uitstappen in de mbo-fase

Wie in routejaar 3 of later merkt dat Verzorgende-IG niet past, kan overstappen naar een andere niveau 3-opleiding van GPO, bijvoorbeeld Pedagogisch medewerker kinderopvang of Begeleider specifieke doelgroepen. Is niveau 3 te zwaar, dan is de opleiding Helpende zorg en welzijn (niveau 2) mogelijk. Voor een overstap binnen GPO gelden geen vooropleidingseisen, ook niet als het vmbo-diploma nog ontbreekt. Wie in routejaar 3 het vmbo-diploma nog steeds niet heeft, krijgt de kans het examen opnieuw te doen of stroomt zonder vmbo-diploma door naar een mbo-opleiding op een passend niveau.

### Afspraak 16. Wie beslist

De mentor van de school en de studieloopbaanbegeleider van GPO bespreken samen met de leerling en zijn ouders welke plek het beste past. Zij kijken daarbij naar wat de leerling al heeft behaald en naar zijn leeftijd. Het besluit over de vervolgplek nemen de school en GPO gezamenlijk, met instemming van de leerling en, als hij jonger is dan 18 jaar, zijn ouders. Bij verhuizing helpen wij de leerling aan een plek bij een andere school of instelling, met een warme overdracht. De uitwerking staat in de schoolgids.

## G. Geld

### Afspraak 17. Bijdrage voor mbo-lessen in de vo-fase

Op grond van artikel 5.42a WVO 2020 draagt de school voor iedere leerling in routejaar 1 en 2 een bedrag van € 1.380 per schooljaar over aan GPO. Dit bedrag is bestemd voor de inzet van de verpleegkundig docenten van GPO op de school en voor het gebruik van het skillslab. GPO factureert op basis van het aantal leerlingen op 1 oktober. Vanaf routejaar 3 worden geen middelen overgedragen.

## H. Meepraten

### Afspraak 18. Leerlingen en ouders praten mee

Leerlingen in routejaar 2 mogen, hoewel zij nog op de school staan ingeschreven, kandidaat zijn voor en stemmen bij de verkiezingen van de studentenraad van GPO. De medezeggenschapsraad van Het Bemmelse Veld en de studentenraad van GPO houden één keer per jaar een gezamenlijke vergadering over de route; het kernteam geeft daar uitleg en beantwoordt vragen. Beide raden krijgen het jaarverslag van afspraak 8.

## I. Als wij het niet eens zijn

### Afspraak 19. Eerst praten, dan bemiddelen

Zijn de school en GPO het oneens over de uitvoering van deze afspraken, dan probeert het kernteam het eerst op te lossen. Lukt dat niet binnen drie weken, dan overleggen de beide colleges van bestuur. Lukt ook dat niet binnen zes weken, dan vragen wij samen een mediator (MfN-geregistreerd) om te bemiddelen. Levert mediation binnen twee maanden niets op, dan kan ieder van ons naar de bevoegde rechter in de rechtbank Gelderland.

## J. Nieuwe partners, wijzigen en stoppen

### Afspraak 20. Een nieuwe partner

Een andere vmbo-school of mbo-instelling uit de Over-Betuwe kan meedoen als beide colleges van bestuur daar schriftelijk mee instemmen en de nieuwe partner deze afsprakenlijst ondertekent. Een nieuwe partner begint altijd op 1 augustus, zodat lopende klassen er geen last van hebben, en wordt gemeld in RIO.

### Afspraak 21. Afspraken wijzigen

Deze afsprakenlijst wordt alleen gewijzigd als beide colleges van bestuur de wijziging schriftelijk ondertekenen. Een wijziging die voor leerlingen nadelig is, geldt pas vanaf het eerstvolgende nieuwe cohort.

### Afspraak 22. Stoppen

De afsprakenlijst geldt vijf jaar vanaf 1 augustus 2025 en wordt daarna steeds met vijf jaar verlengd. De school of GPO kan schriftelijk opzeggen met een termijn van één jaar, altijd tegen het einde van een schooljaar (31 juli). Na een opzegging nemen wij geen nieuwe leerlingen meer aan; wie al in de route zit, mag de route bij ons afmaken. Bij ontbinding om een andere reden geldt hetzelfde.

## Ondertekening

Bemmel, 30 juni 2025

Stichting Voortgezet Onderwijs Lingewaard-Betuwe – drs. R. Verbeek, voorzitter college van bestuur

Stichting Gelderse Poort Opleidingen – A.M. Kersten MBA, lid college van bestuur
"""

register(
    314, "genummerde_afspraken_lingewaard_verzorgende", "pdf",
    "Afsprakenlijst in PDF met 22 genummerde afspraken onder lettergroepen, wij-vorm en eenvoudige taal; "
    "Lingewaard, Zorg en welzijn kader -> Verzorgende-IG niveau 3; volledig, met bijdrage per leerling "
    "(omvang en bestemming) en extra medezeggenschapsafspraken.",
    st(),
    {"a": "Afspraak 1. Welke route", "b": "Afspraak 4. De zorgaanbieders doen mee",
     "c": "Afspraak 6. Het kernteam", "d": "Afspraak 8. Kwartaalbericht en jaarverslag",
     "e": "Afspraak 10. Wie lesgeeft", "f": "Afspraak 15. Uitstappen in de mbo-fase",
     "g": "Afspraak 17. Bijdrage voor mbo-lessen in de vo-fase",
     "h": "Afspraak 18. Leerlingen en ouders praten mee",
     "i": "Afspraak 19. Eerst praten, dan bemiddelen", "j": "Afspraak 20. Een nieuwe partner"},
    lambda: build_pdf(T314, "Afsprakenlijst doorlopende leerroute Zorg Lingewaard",
                      "Kernteam DLR Zorg Lingewaard", header="Afsprakenlijst DLR Zorg – Lingewaard"),
)

# ---------------------------------------------------------------------------------------------
# h315  MD project leader's plain text -- Steenwijkerland, HBR basis -> Kok niveau 2
# ---------------------------------------------------------------------------------------------

T315 = """
# Routeplan Horeca Steenwijkerland

**Samenwerkingsovereenkomst doorlopende leerroute vmbo basis – Kok niveau 2**

*Opgesteld door Femke Lok, projectleider vmbo-mbo, na vier werksessies met docenten, teamleiders en koks uit de regio. Door beide besturen vastgesteld en ondertekend op 30 juni 2025. Dit stuk is de samenwerkingsovereenkomst zelf; er is geen aparte juridische versie.*

---

Eerst even waarom. Elk jaar kiezen op De Wieden zo'n twintig leerlingen basis voor horeca. Een flink deel haakt na het vmbo af of begint aan iets heel anders, terwijl de keukens in Giethoorn, Steenwijk en Vollenhove om mensen zitten te springen. Met deze route willen we die leerlingen in één doorgaande lijn naar een mbo-diploma brengen. Hieronder staat wat we met elkaar hebben afgesproken. Waar "we" staat, bedoel ik de school en het ROC samen.

## Wie doen mee

- **Stichting Voortgezet Onderwijs Noordwest-Overijssel**, Steenwijk, bevoegd gezag van Scholengemeenschap De Wieden (vmbo). Tekent: mevrouw J. Hofstede, voorzitter college van bestuur. Hierna: *De Wieden*.
- **Stichting Regionaal Opleidingencentrum Reestdal**, Meppel, bevoegd gezag van ROC Reestdal. Tekent: de heer M.A. Schuurman, voorzitter college van bestuur. Hierna: *Reestdal*.

## Welke route we aanbieden

Leerlingen van de basisberoepsgerichte leerweg met het profiel Horeca, bakkerij en recreatie (HBR) kunnen aan het eind van leerjaar 2 kiezen voor de route. Vanaf leerjaar 3 volgen ze één programma dat leidt tot het vmbo-diploma basis én het mbo-diploma Kok (niveau 2, basisberoepsopleiding, BOL) van de school voor Horeca & Toerisme van Reestdal. De route duurt vier jaar. Het vmbo-examen doen ze in routejaar 2; wie dan iets mist, rondt dat af in routejaar 3.

We melden de route samen aan bij DUO via RIO, vóór de eerste leerlingen instromen (uiterlijk 1 oktober 2025).

## Wie uit de horeca meedoen

We doen dit niet alleen. Met de horecabedrijven hebben we het volgende afgesproken:

- Hotel De Weerribben (Giethoorn), Restaurant Het Blauwe Dorp (Steenwijk) en Partycentrum De Kuunderdijk (Kuinre) zijn erkend leerbedrijf en nemen elk jaar samen minstens tien routeleerlingen op voor bpv, vanaf routejaar 2.
- In routejaar 1 draait iedere leerling vier zaterdagen mee in een van deze keukens.
- De afdeling Steenwijkerland van Koninklijke Horeca Nederland stuurt twee keer per jaar een chef naar onze "chef aan tafel"-middag. Daar bekijken we samen het lesprogramma en de menukaart van het leerrestaurant, en de chefs zeggen wat er anders moet.
- Bij de proeve van bekwaamheid in routejaar 4 jureert een keukenchef van een van de leerbedrijven mee.

## Wie de route leidt

De dagelijkse leiding ligt bij **de routeleider**. Dat is een horecadocent van De Wieden die daarvoor twee dagen per week is vrijgeroosterd. De routeleider vormt samen met de teamleider bovenbouw van De Wieden en de opleidingsmanager Horeca van Reestdal het **routeoverleg**.

Hoe kom je erin? De teamleider en de opleidingsmanager zitten er vanwege hun functie in. De routeleider wordt aangesteld door het college van bestuur van De Wieden, nadat het college van bestuur van Reestdal schriftelijk heeft ingestemd met de kandidaat. De aanstelling loopt steeds voor twee jaar.

Wat doet het routeoverleg? Het maakt het rooster en de jaarplanning, stemt het gezamenlijke PTA/OER af, verdeelt de lessen over de docenten, regelt de bpv-plaatsen en houdt contact met de bedrijven. Het routeoverleg mag zelf beslissen over rooster, lesinhoud binnen het PTA/OER, excursies en uitgaven tot € 5.000 per jaar. Alles wat daarboven gaat (personeel, verbouwingen, deze afspraken) gaat naar de besturen.

## Hoe de besturen op de hoogte blijven

Twee keer per jaar, in januari en in juli, schrijft de routeleider een halfjaarbericht aan beide colleges van bestuur: hoeveel leerlingen er zijn, wie is gestopt en waarom, hoe de bpv loopt en hoe het met het geld staat. Elk jaar in september legt het routeoverleg in een gesprek met beide bestuurders verantwoording af over het afgelopen schooljaar, aan de hand van een korte jaarevaluatie die een week van tevoren wordt toegestuurd.

## Hoe het onderwijs loopt

- **Waar:** routejaar 1 en 2 op De Wieden in Steenwijk; één dag per week in de grootkeuken van Reestdal in Meppel. Routejaar 3 en 4 bij Reestdal in Meppel en bij de leerbedrijven.
- **Wie lesgeeft:** één team van vmbo- en mbo-docenten. Twee koks-docenten van Reestdal geven in routejaar 1 en 2 zes uur per week les op De Wieden. De docent Nederlands van De Wieden geeft in routejaar 3 taalondersteuning op Reestdal. Voor het onderdeel "Koken voor gasten" werken we met teambevoegdheid (artikel 7.13a WVO 2020 / 9.1.12 WEB); wie waarvoor bevoegd is, staat in het PTA/OER. Iedereen blijft in dienst bij zijn eigen werkgever.
- **Lokalen en spullen:** De Wieden stelt het leerrestaurant "De Kop" en het bakkerijlokaal beschikbaar, Reestdal de grootkeuken, de koelcel en de HACCP-oefenomgeving. We gebruiken elkaars ruimtes volgens één rooster en rekenen elkaar daarvoor niets.
- **Programma en examens:** alles per leerjaar in één PTA/OER, jaarlijks vóór 1 oktober door beide besturen vastgesteld.
- **Inschrijving en verzuim:** routejaar 1 en 2 De Wieden, vanaf routejaar 3 Reestdal.

## Wat als het niet lukt

Niet iedereen maakt de route af, en dat is niet erg zolang de leerling een diploma haalt. We spreken af:

1. Stopt een leerling in routejaar 1 of 2, dan maakt hij de basisberoepsgerichte leerweg HBR gewoon af op De Wieden, of stapt hij over naar een ander profiel. Zo haalt hij zijn vmbo-diploma.
2. Past koken niet, maar horeca wel? Dan kan hij in de mbo-fase overstappen naar Medewerker bediening (niveau 2) of een andere niveau 2-opleiding van Reestdal. Toelatingseisen en vooropleidingseisen gelden dan niet, ook niet als het vmbo-diploma er nog niet is.
3. Is het vmbo-diploma er aan het eind van routejaar 3 nog niet, dan kan hij een jaar langer op De Wieden blijven om het examen over te doen, of zonder vmbo-diploma verder in een niveau 2-opleiding van Reestdal.
4. Verhuist een leerling, dan helpen we hem aan een plek bij een school of ROC in zijn nieuwe woonplaats.

Wie beslist? De mentor van De Wieden en de loopbaanbegeleider van Reestdal gaan samen met de leerling en zijn ouders om tafel. Zij kijken naar wat de leerling al heeft gehaald, naar zijn leeftijd en naar wat hij zelf wil. De teamleider en de opleidingsmanager nemen daarna samen het besluit over de nieuwe plek. De precieze werkwijze zetten we in de schoolgids.

## Geld

Er gaat geen geld van De Wieden naar Reestdal of andersom: we dragen geen bekostiging aan elkaar over. Iedere partij betaalt zelf het personeel en de spullen die zij inbrengt.

## Meepraten

Leerlingen in de route kiezen elk jaar samen één vertegenwoordiger. Die mag vanaf routejaar 2 als toehoorder met spreekrecht aanschuiven bij de vergaderingen van de studentenraad van Reestdal, ook al staat hij dan nog op De Wieden ingeschreven. Daarnaast vragen beide besturen de medezeggenschapsraad van De Wieden en de studentenraad van Reestdal elk jaar om advies over de jaarevaluatie van de route.

## Als we het oneens zijn

Komen De Wieden en Reestdal er over de uitvoering van deze afspraken niet uit in het routeoverleg, dan gaat het naar de twee bestuurders. Lukt het hen niet binnen een maand, dan vragen ze samen bindend advies aan een onafhankelijke deskundige die ze samen kiezen. Kunnen ze het niet eens worden over wie dat moet zijn, dan wijst de voorzitter van de Overijsselse Onderwijsgeschillencommissie die deskundige aan. Aan het advies houden we ons.

## Een nieuwe partner, iets veranderen of stoppen

- **Nieuwe partner.** Een andere vmbo-school of een andere mbo-instelling kan meedoen als beide besturen dat schriftelijk goedvinden en de nieuwe partner deze afspraken ondertekent. Dat kan alleen per 1 augustus; de melding bij DUO passen we dan aan.
- **Veranderen.** Iets veranderen in dit stuk kan alleen schriftelijk en met de handtekening van beide besturen. Wat nadelig is voor leerlingen die al bezig zijn, gaat pas in voor de volgende nieuwe groep.
- **Stoppen.** Dit routeplan loopt vanaf 1 augustus 2025 voor onbepaalde tijd. Opzeggen kan schriftelijk, met een jaar opzegtermijn, altijd tegen 31 juli. Na een opzegging nemen we geen nieuwe leerlingen meer aan; wie al in de route zit, maakt hem bij ons af.

## Handtekeningen

Steenwijk, 30 juni 2025

J. Hofstede, voorzitter college van bestuur, Stichting Voortgezet Onderwijs Noordwest-Overijssel

M.A. Schuurman, voorzitter college van bestuur, Stichting Regionaal Opleidingencentrum Reestdal
"""

register(
    315, "projectleider_routeplan_steenwijkerland_kok", "md",
    "Markdown-routeplan in de ik/wij-stem van een projectleider, spreektaal en vraagzinnen in de tekst; "
    "Steenwijkerland, HBR basis -> Kok niveau 2; volledig, expliciet geen overdracht van bekostiging, "
    "bindend advies als eindstap, extra medezeggenschapsafspraak.",
    st(),
    {"a": "Welke route we aanbieden", "b": "Wie uit de horeca meedoen", "c": "Wie de route leidt",
     "d": "Hoe de besturen op de hoogte blijven", "e": "Hoe het onderwijs loopt",
     "f": "Wat als het niet lukt", "g": "Geld", "h": "Meepraten", "i": "Als we het oneens zijn",
     "j": "Een nieuwe partner, iets veranderen of stoppen"},
    lambda: build_text(T315),
)

# ---------------------------------------------------------------------------------------------
# h316  PDF long, table of contents and footnotes -- Woerden, E&O gl/tl -> mbo-4 commercie
# ---------------------------------------------------------------------------------------------

T316 = """
# SAMENWERKINGSOVEREENKOMST

= doorlopende leerroute vmbo-mbo "Business & Commerce Woerden"

= gemengde en theoretische leerweg, profiel Economie en ondernemen – middenkaderopleidingen commercie (niveau 4)

= tussen

= Stichting Openbaar Voortgezet Onderwijs Rijnzicht

= en

= Stichting Regio College Oude Rijn

~ Kenmerk: BCW/2025/014 – definitieve tekst na juridische toets – 30 juni 2025

---

[TOC]

## Partijen

De ondergetekenden:

1. **Stichting Openbaar Voortgezet Onderwijs Rijnzicht**, statutair gevestigd te Woerden, ingeschreven in het handelsregister onder nummer 41261937, bevoegd gezag van Het Linschotencollege, school voor mavo en vmbo te Woerden, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer mr. drs. W.F. van Rossum, hierna te noemen: "de School";

2. **Stichting Regio College Oude Rijn**, statutair gevestigd te Woerden, ingeschreven in het handelsregister onder nummer 30187542, bevoegd gezag van de instelling voor beroepsonderwijs Regio College Oude Rijn, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw dr. C.E. Brandsma, hierna te noemen: "RCOR";

de School en RCOR hierna tezamen ook te noemen: "Partijen" en ieder afzonderlijk: "Partij".

## Overwegingen

Overwegende dat:

(a) Partijen sinds 2019 samenwerken in het project "Vmbo en mbo onder één dak" en de ervaringen daarmee positief zijn;

(b) Partijen hun samenwerking willen bestendigen in een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020^[Wet voortgezet onderwijs 2020, Stb. 2020, 157 e.v.; voor RCOR: artikel 9.1.2 en 9.1.3 Wet educatie en beroepsonderwijs.], die leerlingen met een gemengde of theoretische leerweg in één ononderbroken programma naar een diploma op niveau 4 brengt;

(c) de regionale arbeidsmarkt in de sectoren handel, marketing en zakelijke dienstverlening behoefte heeft aan goed opgeleide medewerkers met commerciële vaardigheden;

(d) Partijen voorzien dat op termijn ook andere scholen uit het Groene Hart belangstelling kunnen hebben voor deze route;

(e) de wet voorschrijft dat een doorlopende leerroute wordt verzorgd op grond van een samenwerkingsovereenkomst waarin in elk geval de in artikel 2.107b, tweede lid, WVO 2020 genoemde onderwerpen worden geregeld;

verklaren te zijn overeengekomen als volgt.

## Artikel 1 Begripsbepalingen

In deze overeenkomst wordt verstaan onder:

- **Route**: de doorlopende leerroute vmbo-mbo "Business & Commerce Woerden", bedoeld in artikel 2;
- **Routeleerling**: een leerling of student die aan de Route deelneemt, ongeacht bij welke Partij hij is ingeschreven;
- **Vo-fase**: de eerste twee leerjaren van de Route (routejaar 1 en 2), waarin de Routeleerling bij de School is ingeschreven;
- **Mbo-fase**: routejaar 3 en volgende, waarin de Routeleerling bij RCOR is ingeschreven;
- **Stuurgroep**: het orgaan, bedoeld in artikel 4, dat de leiding heeft over de Route;
- **Werkveldraad**: de raad van vertegenwoordigers van het bedrijfsleven, bedoeld in artikel 3;
- **PTA/OER**: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de Route, bedoeld in artikel 6.

## Artikel 2 Voorwerp van de overeenkomst

2.1 Partijen verzorgen met ingang van 1 augustus 2025 gezamenlijk een doorlopende leerroute vmbo-mbo voor leerlingen van de gemengde leerweg en de theoretische leerweg van Het Linschotencollege met het profiel Economie en ondernemen.

2.2 De Route leidt, naast het diploma vmbo gemengde of theoretische leerweg, naar een diploma van een van de volgende middenkaderopleidingen (niveau 4, BOL) van RCOR, College Business & Commerce:

- Medewerker marketing en communicatie;
- Junior accountmanager.

2.3 De keuze tussen de twee opleidingen maakt de Routeleerling uiterlijk aan het einde van routejaar 2. Het vmbo-examen wordt afgelegd in routejaar 2; in uitzonderingsgevallen kan een of meer vakken in routejaar 3 worden afgerond.^[Artikel 2.107j WVO 2020: het centraal examen wordt afgelegd in het tweede of derde leerjaar van de doorlopende leerroute.]

2.4 Partijen melden de Route gezamenlijk aan de minister door registratie in RIO vóór 1 oktober 2025 en houden deze registratie actueel.

## Artikel 3 Betrokkenheid van het werkveld

3.1 Partijen stellen voor de Route een Werkveldraad in. Daarin hebben zitting: een vertegenwoordiger van Van Wijk Retailgroep B.V. (Woerden), van communicatiebureau Groene Hart Media (Bodegraven), van Kaasmakerij De Oude Rijn B.V. (Harmelen), van de Ondernemersvereniging Woerden en van het regiokantoor Utrecht van SBB.

3.2 De Werkveldraad komt ten minste twee keer per schooljaar bijeen en brengt jaarlijks vóór 1 maart advies uit over de inhoud van het onderwijsprogramma, de keuzedelen en de aansluiting op de arbeidsmarkt.

3.3 De bedrijven die in de Werkveldraad zijn vertegenwoordigd, verzorgen gezamenlijk per schooljaar ten minste zes gastcolleges in de vo-fase, leveren jaarlijks twee opdrachten aan voor het vak Business Project en stellen vanaf routejaar 3 bpv-plaatsen beschikbaar voor ten minste de helft van het cohort. Een praktijkopleider van het leerbedrijf beoordeelt de beroepspraktijkopdrachten mee.

## Artikel 4 Stuurgroep

4.1 De leiding over de Route berust bij de Stuurgroep.

4.2 De Stuurgroep bestaat uit:

- de directeur van Het Linschotencollege;
- de directeur van het College Business & Commerce van RCOR;
- de routecoördinator;
- twee docentleden, van wie één werkzaam in de vo-fase en één in de mbo-fase van de Route.

4.3 De Stuurgroep is belast met:

(a) het opstellen van de jaarplanning en de begroting van de Route;

(b) het bewaken van de samenhang en de kwaliteit van het onderwijsprogramma en het voorbereiden van het PTA/OER;

(c) de verdeling van de beschikbare formatie over de onderdelen van de Route;

(d) het onderhouden van de contacten met de Werkveldraad en de leerbedrijven;

(e) het opstellen van de rapportages, bedoeld in artikel 5.

4.4 De Stuurgroep is bevoegd zelfstandig te besluiten over het lesrooster, de inzet van docenten binnen de door Partijen toegekende formatie, de inrichting van de bpv en uitgaven ten laste van het routebudget tot een bedrag van € 15.000 per schooljaar. Besluiten die daarbuiten vallen, waaronder besluiten over formatie, huisvesting, de begroting en wijziging van deze overeenkomst, zijn voorbehouden aan de colleges van bestuur van Partijen.

4.5 De Stuurgroep vergadert ten minste zes keer per schooljaar. Zij besluit bij consensus. Het voorzitterschap wisselt jaarlijks per 1 augustus tussen de beide directeuren.

4.6 De routecoördinator is belast met de dagelijkse coördinatie van de Route, het voorbereiden van de vergaderingen van de Stuurgroep en het eerste aanspreekpunt voor Routeleerlingen, ouders en leerbedrijven.^[De routecoördinator wordt gefaciliteerd met 0,4 fte; de kosten daarvan komen ten laste van het routebudget.]

## Artikel 5 Informatieverstrekking en verantwoording

5.1 De Stuurgroep verstrekt beide colleges van bestuur tweemaal per schooljaar, uiterlijk op 1 februari en op 1 september, een schriftelijke voortgangsrapportage over de in-, door- en uitstroom, de examenresultaten, het verzuim, de uitvoering van de begroting en de adviezen van de Werkveldraad.

5.2 De Stuurgroep legt jaarlijks verantwoording af over het afgelopen schooljaar in het bestuurlijk overleg van Partijen in oktober, aan de hand van een evaluatieverslag dat uiterlijk twee weken van tevoren aan beide colleges van bestuur wordt toegezonden.

5.3 De Stuurgroep informeert beide colleges van bestuur onverwijld over incidenten of ontwikkelingen die de continuïteit of de kwaliteit van de Route in gevaar kunnen brengen.^[Bijvoorbeeld een onvoldoende oordeel van de inspectie of het wegvallen van een groot deel van de bpv-plaatsen.]

## Artikel 6 Onderwijskundige inrichting

6.1 Partijen beschrijven voor de gehele Route het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar in één gezamenlijk PTA/OER. Daarin wordt aangegeven welke onderdelen tot het vmbo-programma behoren, welke tot het mbo-programma en welke gecombineerd worden aangeboden en getoetst.^[Artikel 2.107d, tweede lid, WVO 2020; artikel 9.1.8 WEB.]

6.2 Het PTA/OER wordt jaarlijks vóór 1 oktober door beide colleges van bestuur vastgesteld, na advies van de Stuurgroep.

6.3 De vo-fase wordt verzorgd in het gebouw van Het Linschotencollege, Rembrandtlaan 9 te Woerden. In routejaar 2 volgen Routeleerlingen één dag per week onderwijs in het gebouw van RCOR aan de Steinhagenseweg te Woerden. De mbo-fase wordt verzorgd op de locatie van RCOR en bij de leerbedrijven.

6.4 Het mbo-programma kan vanaf routejaar 1 worden aangeboden en geëxamineerd. Onderdelen van het mbo-examen die in de vo-fase worden behaald, worden door de examencommissie van RCOR erkend.

## Artikel 7 Personeel en teambevoegdheid

7.1 Het onderwijs in de Route wordt verzorgd door één docententeam, samengesteld uit docenten van de School en van RCOR. Iedere docent blijft in dienst van de eigen werkgever; de werkgever blijft verantwoordelijk voor functioneren, beoordeling en professionalisering.

7.2 In de vo-fase verzorgen docenten van RCOR de mbo-onderdelen marketing, sales en klantcontact, met een omvang van gemiddeld acht lesuren per week per groep. In de mbo-fase verzorgt de School de ondersteuning Nederlands en Engels voor Routeleerlingen die het vmbo-examen in deze vakken nog moeten afronden.

7.3 Voor de vakoverstijgende programmaonderdelen "Business Project" en "Ondernemen in de regio" maken Partijen gebruik van teams van leraren en docenten als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. In het PTA/OER wordt aangegeven in welke onderdelen teams worden ingezet en welk teamlid voor welk vak of programmaonderdeel bevoegd is.

7.4 Partijen organiseren ten minste twee gezamenlijke studiedagen per schooljaar voor het docententeam.

## Artikel 8 Faciliteiten en huisvesting

8.1 De School stelt voor de Route het leerbedrijf "De Linschoten Store", het praktijklokaal economie en de ICT-lokalen beschikbaar.

8.2 RCOR stelt het Commercelab, de studio voor contentcreatie, de licenties voor de marketingsoftware en de digitale leeromgeving beschikbaar.

8.3 Routeleerlingen en docenten van de Route maken volgens een jaarlijks door de Stuurgroep vast te stellen ruimterooster gebruik van elkaars voorzieningen. Het gebruik van gebouwen en voorzieningen wordt over en weer niet in rekening gebracht, behoudens het bepaalde in artikel 11.

## Artikel 9 Inschrijving, begeleiding en klachten

9.1 In de vo-fase is de Routeleerling ingeschreven bij de School; met ingang van routejaar 3 wordt hij bij RCOR als student ingeschreven. De School blijft verantwoordelijk voor de vmbo-examinering en -diplomering van de Routeleerling gedurende de gehele Route.

9.2 De loopbaanoriëntatie en -begeleiding wordt door een mentor van de School en een studieloopbaanbegeleider van RCOR gezamenlijk verzorgd.

9.3 De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van bestuurders en personeelsleden van de andere Partij jegens Routeleerlingen. De Partij die een klacht ontvangt over een personeelslid van de andere Partij, stelt die Partij daarvan binnen vijf werkdagen in kennis.

## Artikel 10 Overstapoptie

10.1 Indien de deelname van een Routeleerling aan de Route voortijdig wordt beëindigd, stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te behalen dat past bij het onderwijsniveau dat hij heeft bereikt.

10.2 Welk vervolg passend is, wordt bepaald naar het gezamenlijk oordeel van de directeur van Het Linschotencollege en de directeur van het College Business & Commerce, op voorstel van de mentor en de studieloopbaanbegeleider en na een gesprek met de Routeleerling en, indien hij minderjarig is, zijn ouders. Daarbij wordt rekening gehouden met het bereikte onderwijsniveau, de leeftijd en de wensen van de Routeleerling.

10.3 Partijen onderscheiden in elk geval de volgende situaties:

(a) beëindiging in de vo-fase: de Routeleerling vervolgt zijn opleiding in de reguliere gemengde of theoretische leerweg van de School, in hetzelfde of een ander profiel, gericht op het vmbo-diploma;

(b) het vmbo-diploma is aan het einde van routejaar 3 niet behaald: de Routeleerling kan het examen in het daaropvolgende jaar opnieuw afleggen of zonder vmbo-diploma instromen in een andere opleiding van RCOR op niveau 3 of 4;

(c) beëindiging in de mbo-fase wegens een andere beroepskeuze: de Routeleerling kan overstappen naar een andere opleiding van RCOR op niveau 4, dan wel op niveau 3 als dat beter aansluit;

(d) verhuizing of keuze voor een andere instelling: Partijen begeleiden de Routeleerling naar een passende opleiding elders; de ontvangende instelling kan een geschiktheidsonderzoek afnemen.

10.4 Voor een overstap naar een andere opleiding van RCOR gelden de vooropleidingseisen niet. De nadere uitwerking van de werkwijze wordt opgenomen in de schoolgids van de School en in de studiegids van RCOR.

## Artikel 11 Financiële bepalingen

11.1 Partijen ontvangen geen aanvullende bekostiging voor de Route. In de vo-fase wordt de Route bekostigd uit de rijksbijdrage van de School, in de mbo-fase uit die van RCOR.

11.2 Met toepassing van artikel 5.42a WVO 2020 draagt de School aan RCOR over een bedrag van € 1.240 per Routeleerling per schooljaar in routejaar 1 en 2, berekend naar het aantal Routeleerlingen op 1 oktober van het betreffende schooljaar.

11.3 De overgedragen middelen zijn uitsluitend bestemd voor de inzet van docenten van RCOR in de vo-fase, bedoeld in artikel 7.2, en voor de licenties voor de marketingsoftware, bedoeld in artikel 8.2.

11.4 RCOR factureert het bedrag in twee gelijke termijnen, in november en in april. In de mbo-fase vindt geen overdracht van middelen plaats.

## Artikel 12 Medezeggenschap

12.1 Op Routeleerlingen in de vo-fase, hun ouders en het personeel van de School is de Wet medezeggenschap op scholen van toepassing; op Routeleerlingen in de mbo-fase, hun ouders en het personeel van RCOR de medezeggenschapsbepalingen van de WEB en de Wet op de ondernemingsraden.

12.2 In aanvulling daarop komen Partijen overeen dat de medezeggenschapsraad van Het Linschotencollege en de studentenraad van RCOR ieder twee leden afvaardigen naar een gezamenlijke Adviescommissie Route. De Adviescommissie ontvangt het evaluatieverslag, bedoeld in artikel 5.2, en kan de Stuurgroep en de colleges van bestuur gevraagd en ongevraagd adviseren over alle aangelegenheden die de Route betreffen.

12.3 Een voorgenomen besluit tot wijziging of beëindiging van deze overeenkomst wordt door beide colleges van bestuur voor advies voorgelegd aan de Adviescommissie Route.

## Artikel 13 Aansprakelijkheid en persoonsgegevens

13.1 Iedere Partij is aansprakelijk voor schade die door haar personeel in het kader van de Route wordt veroorzaakt en draagt zorg voor een passende verzekering.

13.2 Partijen wisselen persoonsgegevens van Routeleerlingen uitsluitend uit voor zover dat voor de uitvoering van de Route noodzakelijk is en leggen de afspraken daarover vast in een gegevensuitwisselingsprotocol.

## Artikel 14 Geschillen

14.1 Geschillen tussen Partijen over de uitleg of de uitvoering van deze overeenkomst worden in eerste instantie voorgelegd aan de Stuurgroep.

14.2 Leidt behandeling in de Stuurgroep niet binnen vier weken tot overeenstemming, dan wordt het geschil voorgelegd aan de colleges van bestuur, die binnen vier weken bijeenkomen.

14.3 Bereiken de colleges van bestuur binnen zes weken geen overeenstemming, dan zullen Partijen trachten het geschil op te lossen door mediation volgens het reglement van de Mediatorsfederatie Nederland.

14.4 Indien mediation binnen drie maanden niet tot een oplossing leidt, wordt het geschil beslecht door de bevoegde rechter van de rechtbank Midden-Nederland. Op deze overeenkomst is Nederlands recht van toepassing.

## Artikel 15 Duur, wijziging en beëindiging

15.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor de duur van vijf schooljaren, tot en met 31 juli 2030. Zij wordt daarna telkens stilzwijgend verlengd met vijf schooljaren, tenzij een Partij uiterlijk twaalf maanden voor het verstrijken van de looptijd schriftelijk te kennen geeft de overeenkomst niet te willen verlengen.

15.2 Wijzigingen van deze overeenkomst komen uitsluitend tot stand bij schriftelijke overeenkomst tussen Partijen, na een besluit van beide colleges van bestuur. Een wijziging die nadelige gevolgen heeft voor Routeleerlingen die de Route reeds volgen, treedt voor hen niet in werking.

15.3 Iedere Partij kan deze overeenkomst tussentijds schriftelijk opzeggen tegen het einde van een schooljaar (31 juli), met inachtneming van een opzegtermijn van ten minste twaalf maanden.

15.4 Iedere Partij kan deze overeenkomst buitengerechtelijk ontbinden indien de andere Partij, na schriftelijk in gebreke te zijn gesteld, haar verplichtingen niet binnen een redelijke termijn van ten minste drie maanden nakomt, of indien de andere Partij haar rechtspersoonlijkheid verliest.

15.5 In geval van opzegging, niet-verlenging of ontbinding vindt geen nieuwe instroom in de Route meer plaats. Partijen blijven gehouden de Route te verzorgen voor Routeleerlingen die op het moment van beëindiging aan de Route deelnemen, totdat zij de Route hebben afgerond of met toepassing van artikel 10 een passend vervolg hebben gevonden.

## Artikel 16 Slotbepalingen

16.1 Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige bepalingen van kracht en treden Partijen in overleg over een vervangende bepaling die zoveel mogelijk aansluit bij de strekking van de nietige bepaling.

16.2 Het PTA/OER maakt, in de telkens geldende versie, deel uit van deze overeenkomst. Bij strijdigheid gaat de tekst van deze overeenkomst voor.

16.3 Deze overeenkomst kan worden aangehaald als "Samenwerkingsovereenkomst DLR Business & Commerce Woerden".

## Ondertekening

Aldus overeengekomen en in tweevoud opgemaakt en ondertekend te Woerden op 30 juni 2025.

Stichting Openbaar Voortgezet Onderwijs Rijnzicht – mr. drs. W.F. van Rossum, voorzitter college van bestuur

Stichting Regio College Oude Rijn – dr. C.E. Brandsma, voorzitter college van bestuur
"""

register(
    316, "inhoudsopgave_voetnoten_lang_woerden_commercie", "pdf",
    "Lange juridische overeenkomst in PDF met inhoudsopgave (paginanummers), begripsbepalingen, considerans "
    "en voetnoten onderaan de pagina; Woerden, Economie en ondernemen gl/tl -> twee commerciele "
    "middenkaderopleidingen niveau 4; stuurgroepartikel noemt samenstelling, taken en mandaat maar niet hoe de "
    "leden worden benoemd; beeindigingsartikel zonder toetreding (alleen in de considerans genoemd).",
    st(c="W", j="W"),
    {"a": "Artikel 2 Voorwerp van de overeenkomst", "b": "Artikel 3 Betrokkenheid van het werkveld",
     "d": "Artikel 5 Informatieverstrekking en verantwoording", "e": "Artikel 7 Personeel en teambevoegdheid",
     "f": "Artikel 10 Overstapoptie", "g": "Artikel 11 Financiële bepalingen", "h": "Artikel 12 Medezeggenschap",
     "i": "Artikel 14 Geschillen"},
    lambda: build_pdf(T316, "Samenwerkingsovereenkomst DLR Business & Commerce Woerden", "Bestuursbureau Rijnzicht",
                      header="Samenwerkingsovereenkomst DLR Business & Commerce Woerden – BCW/2025/014",
                      footnotes_area=True),
)

# ---------------------------------------------------------------------------------------------
# h317  DOCX with text boxes, two routes -- Oosterhout, BWI bb/kb -> Timmerman 2 / Allround schilder 3
# ---------------------------------------------------------------------------------------------

T317 = """
# Samenwerkingsakkoord vakroutes Bouw & Afbouw Oosterhout

= Doorlopende leerroutes vmbo-mbo – schooljaar 2025-2026 en verder

## § 1 Wie sluiten dit akkoord

**Stichting Katholiek Voortgezet Onderwijs Oosterhout en Dongen**, gevestigd te Oosterhout, bevoegd gezag van Vakcollege Contreie, vertegenwoordigd door mevrouw E.P.M. van der Heijden, voorzitter van het college van bestuur ("Contreie"),

en

**Stichting Mark en Donge Beroepsopleidingen**, gevestigd te Breda, bevoegd gezag van de mbo-instelling Mark en Donge Beroepsopleidingen, vakschool Bouw & Afbouw, vertegenwoordigd door de heer T.J.A. Koenraads, lid van het college van bestuur ("MDB"),

sluiten dit samenwerkingsakkoord als samenwerkingsovereenkomst in de zin van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Contreie en MDB heten hierna samen "partners".

## § 2 Twee routes

Partners verzorgen samen twee doorlopende leerroutes voor leerlingen van Vakcollege Contreie met het profiel Bouwen, wonen en interieur (BWI). Leerlingen kiezen in de tweede helft van leerjaar 2 voor een van de routes; zij stromen in leerjaar 3 in. Welke opleiding, welk niveau en welke leerweg bij welke route horen, staat in de routekaart hieronder. De routekaart maakt deel uit van dit akkoord.

[BOX]
# Routekaart
**Route 1 – Timmeren:** vmbo basisberoepsgerichte leerweg, profiel BWI  →  mbo-opleiding Timmerman, niveau 2 (basisberoepsopleiding), BOL, vakschool Bouw & Afbouw van MDB. Routejaar 1–2 op Contreie, routejaar 3 op MDB en in de bouwhal van Contreie, routejaar 4 bij leerbedrijf en MDB.

**Route 2 – Schilderen:** vmbo kaderberoepsgerichte leerweg, profiel BWI  →  mbo-opleiding Allround schilder, niveau 3 (vakopleiding), BOL met overstap naar BBL in het laatste jaar mogelijk, vakschool Bouw & Afbouw van MDB. Routejaar 1–2 op Contreie, routejaar 3–5 op MDB en bij leerbedrijven.

Vmbo-examen: in routejaar 2, uiterlijk routejaar 3. Mbo-examinering en bpv: vanaf routejaar 2.
[/BOX]

Partners melden beide routes afzonderlijk aan bij de minister via RIO, ieder voor het eigen deel, vóór 1 oktober 2025.

## § 3 De bouw- en schildersbedrijven

3.1 Partners werken voor beide routes samen met Bouwbedrijf Verhoeven-Kooijmans B.V., Timmerfabriek Den Hout, Schildersbedrijf Van Dongen & Zn. en Afbouwgroep Amerstreek, alle erkend leerbedrijf, en met de regioadviseur bouw en afbouw van SBB.

3.2 Deze bedrijven:

- bieden iedere leerling in routejaar 1 een meeloopweek op de bouwplaats of in de werkplaats;
- stellen vanaf routejaar 2 samen voldoende bpv-plaatsen beschikbaar voor alle leerlingen van beide routes, met een vaste praktijkopleider;
- brengen jaarlijks per route minimaal één echte klus in als praktijkopdracht (bijvoorbeeld het timmerwerk of het schilderwerk van een tiny house voor een woningcorporatie);
- nemen zitting in de Adviesgroep Vakroutes, die elk jaar in februari het lesprogramma van beide routes doorloopt en partners schriftelijk adviseert;
- leveren een assessor voor de proeve van bekwaamheid.

## § 4 Het routeteam

4.1 De leiding over beide routes ligt bij het routeteam. Dat bestaat uit de teamleider Techniek van Contreie, de teamleider Bouw & Afbouw van MDB en de routecoach.

4.2 De beide teamleiders worden door het college van bestuur van hun eigen organisatie in het routeteam benoemd. De routecoach wordt door de colleges van bestuur van beide partners gezamenlijk benoemd voor een periode van drie schooljaren, na een gesprek met beide teamleiders.

4.3 Het routeteam zorgt voor de planning en het rooster, de afstemming van het PTA/OER, de verdeling van docenten over de routes, de bpv-plaatsing, de contacten met de Adviesgroep Vakroutes en de intake van nieuwe leerlingen. Het routeteam beslist zelf over rooster, lesmateriaal, excursies en uitgaven tot € 8.000 per schooljaar. Voor alle andere besluiten, zoals extra formatie, investeringen in de werkplaatsen of wijziging van dit akkoord, is een besluit van de colleges van bestuur nodig.

## § 5 Rapporteren en verantwoorden

5.1 Het routeteam stuurt beide colleges van bestuur elk jaar een voorjaarsrapportage (uiterlijk 15 april) en een najaarsrapportage (uiterlijk 15 november). Daarin staan per route de aantallen leerlingen, de doorstroom, de uitval met de redenen, de examenresultaten en de besteding van het budget.

5.2 In december legt het routeteam in een bestuursgesprek met beide colleges van bestuur verantwoording af over het afgelopen schooljaar. De afspraken uit dat gesprek worden schriftelijk vastgelegd.

## § 6 Onderwijs, personeel en werkplaatsen

6.1 Het onderwijsprogramma, de examinering en de bpv per leerjaar zijn voor elke route vastgelegd in een gezamenlijk PTA/OER, dat partners jaarlijks vóór 1 oktober vaststellen.

6.2 De routes worden gegeven op de locaties die in de routekaart zijn genoemd: het gebouw van Contreie aan de Vijf Eikenweg in Oosterhout, de vakschool Bouw & Afbouw van MDB aan de Terheijdenseweg in Breda en de leerbedrijven.

6.3 Per route werkt één docententeam van vmbo- en mbo-docenten. Twee praktijkdocenten van MDB geven in routejaar 2 ieder zes uur per week les op Contreie; de praktijkdocent houtbewerking van Contreie begeleidt in routejaar 3 van route 1 twee dagen per week de praktijk in de bouwhal. Voor het vakoverstijgende onderdeel "Van bestek tot oplevering" worden teams ingezet zoals bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het PTA/OER vermeldt welk teamlid waarvoor bevoegd is. Ieder blijft in dienst van de eigen werkgever.

6.4 Contreie stelt de bouwhal, de machinale houtbewerkingsruimte en het schilderslokaal beschikbaar. MDB stelt de praktijkhal Bouw & Afbouw, de spuitcabine, de steigeroefenplaats en de digitale bouwtekeningsoftware beschikbaar. Het gebruik wordt geregeld in een gezamenlijk ruimterooster.

6.5 In routejaar 1 en 2 zijn leerlingen ingeschreven bij Contreie, vanaf routejaar 3 bij MDB. Een klacht over een medewerker van de andere partner wordt binnen een week aan die partner doorgegeven en volgens diens klachtenregeling behandeld.

[BOX]
# Geldstroom in één oogopslag

Route 1, routejaar 3: MDB → Contreie, € 950 per student per schooljaar, voor praktijkdocent en materiaal bouwhal. Overige routejaren en route 2: geen overdracht. Zie § 7.
[/BOX]

## § 7 Financiële afspraken

7.1 Voor studenten van route 1 in routejaar 3 draagt MDB met toepassing van artikel 9.1.15 WEB een bedrag van € 950 per student per schooljaar over aan Contreie. Het aantal studenten wordt vastgesteld op 1 oktober.

7.2 Dit bedrag is bestemd voor de inzet van de praktijkdocent houtbewerking van Contreie in de bouwhal (§ 6.3) en voor het hout en ander materiaal dat in die lessen wordt verbruikt.

7.3 Voor de overige routejaren en voor route 2 worden geen middelen overgedragen; iedere partner draagt daar de eigen kosten.

## § 8 Overstappen

8.1 Een leerling die een route niet afmaakt, krijgt altijd een alternatief dat leidt tot een vmbo-diploma of een mbo-diploma.

8.2 Stopt een leerling in routejaar 1 of 2, dan maakt hij de basis- of kaderberoepsgerichte leerweg BWI regulier af op Contreie, of hij wisselt van route 1 naar route 2 of omgekeerd, als dat bij zijn niveau past.

8.3 In de mbo-fase kan een leerling overstappen naar een andere opleiding van MDB op hetzelfde niveau, bijvoorbeeld van Allround schilder naar Allround afbouwer of van Timmerman naar Metselaar, of naar een opleiding op een niveau lager. Binnen MDB gelden daarbij geen vooropleidingseisen, ook niet als het vmbo-diploma nog ontbreekt. Wie het vmbo-diploma aan het eind van routejaar 3 niet heeft, kan het examen overdoen of zonder vmbo-diploma verder in een mbo-opleiding op niveau 2.

8.4 Welke overstap past, beslissen de teamleider van Contreie en de teamleider van MDB samen, nadat de mentor en de loopbaanbegeleider met de leerling en zijn ouders hebben gesproken. Zij letten op het bereikte niveau, de leeftijd en de voorkeur van de leerling. Gaat de leerling naar een andere school of instelling, dan zorgen partners voor een warme overdracht. De werkwijze staat in de schoolgids van Contreie.

## § 9 Meepraten over de routes

9.1 Partners spreken af dat ouders van routeleerlingen die al bij MDB staan ingeschreven, lid kunnen blijven van de ouderraad van Contreie tot hun kind de route heeft afgerond, en dat zij worden uitgenodigd voor de jaarlijkse ouderavond van de routes.

9.2 De medezeggenschapsraad van Contreie en de studentenraad van MDB ontvangen beide de najaarsrapportage (§ 5.1) en bespreken die eenmaal per jaar in een gezamenlijke vergadering, waarvoor het routeteam wordt uitgenodigd.

## § 10 Als partners het niet eens zijn

10.1 Een meningsverschil over de uitvoering van dit akkoord wordt eerst in het routeteam besproken. Lukt het daar niet binnen drie weken, dan gaat het naar de colleges van bestuur.

10.2 Komen de colleges van bestuur er binnen zes weken niet uit, dan wordt het geschil beslecht door arbitrage volgens het arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter; de plaats van arbitrage is Breda.

## § 11 Aansluiten, wijzigen en beëindigen

11.1 Een andere vmbo-school of mbo-instelling kan bij dit akkoord aansluiten als beide partners daar schriftelijk mee akkoord gaan en de nieuwe partner het akkoord en het PTA/OER onderschrijft door ondertekening van een aansluitingsverklaring. Aansluiting gaat in op 1 augustus; de melding in RIO wordt daarop aangepast.

11.2 Dit akkoord wordt alleen gewijzigd met schriftelijke instemming van beide colleges van bestuur. Wijzigingen gelden niet voor leerlingen die al in een route zitten als zij daardoor in een nadeliger positie komen.

11.3 Dit akkoord geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Elke partner kan het schriftelijk beëindigen met een opzegtermijn van twaalf maanden, alleen tegen het einde van een schooljaar. Ook een afzonderlijke route kan op die manier worden beëindigd.

11.4 Na beëindiging van het akkoord of van een route stromen geen nieuwe leerlingen meer in die route in. Leerlingen die al zijn begonnen, maken hun route af onder de voorwaarden van dit akkoord.

## § 12 Ondertekening

Oosterhout, 30 juni 2025

E.P.M. van der Heijden, voorzitter college van bestuur, Stichting Katholiek Voortgezet Onderwijs Oosterhout en Dongen

T.J.A. Koenraads, lid college van bestuur, Stichting Mark en Donge Beroepsopleidingen
"""

register(
    317, "tekstvakken_twee_routes_oosterhout_bouw", "docx",
    "Word-samenwerkingsakkoord met paragraaftekens en twee tekstvakken (VML, w:txbxContent): de routekaart met "
    "de mbo-opleidingen en niveaus staat alleen in een tekstvak; Oosterhout, BWI basis -> Timmerman 2 en "
    "BWI kader -> Allround schilder 3; volledig, overdracht MDB->school met bedrag en bestemming, arbitrage NAI.",
    st(),
    {"a": "§ 2 Twee routes", "b": "§ 3 De bouw- en schildersbedrijven", "c": "§ 4 Het routeteam",
     "d": "§ 5 Rapporteren en verantwoorden", "e": "§ 6 Onderwijs, personeel en werkplaatsen",
     "f": "§ 8 Overstappen", "g": "§ 7 Financiële afspraken", "h": "§ 9 Meepraten over de routes",
     "i": "§ 10 Als partners het niet eens zijn", "j": "§ 11 Aansluiten, wijzigen en beëindigen"},
    lambda: build_docx(T317, "Samenwerkingsakkoord vakroutes Bouw & Afbouw Oosterhout", "Routeteam Bouw & Afbouw",
                       font="Arial", size_pt=10),
)

# ---------------------------------------------------------------------------------------------
# h318  TXT very short afsprakenblad -- Sittard-Geleen, M&T kb -> Eerste autotechnicus niveau 3
# ---------------------------------------------------------------------------------------------

T318 = """
AFSPRAKENBLAD DOORLOPENDE LEERROUTE MOBILITEIT SITTARD-GELEEN
Samenwerkingsovereenkomst vmbo-mbo, ingangsdatum 1 augustus 2025

Partijen: Stichting Voortgezet Onderwijs Westelijke Mijnstreek te Sittard, bevoegd gezag van Vakcollege Bergerbos (hierna: Bergerbos), en Stichting Maasgouw Beroepsopleidingen te Geleen, bevoegd gezag van ROC Maasgouw (hierna: het ROC).

Aanleiding: de garagebedrijven in de Westelijke Mijnstreek zoeken dringend autotechnici en hebben laten weten graag mee te denken over de opleiding. Bergerbos en het ROC willen leerlingen daarom sneller en zonder dubbel werk naar een vakdiploma brengen.

1. ROUTE
Leerlingen van de kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, van Bergerbos stromen in leerjaar 3 in de route in. De route leidt naar het vmbo-diploma kader (examen in routejaar 2, uiterlijk routejaar 3) en het mbo-diploma Eerste autotechnicus, niveau 3, BOL, domein Mobiliteit en voertuigen van het ROC. Duur: vier jaar. Bergerbos en het ROC melden de route samen aan in RIO.

2. LEIDING
Het routeoverleg leidt de route. Leden: de teamleider techniek van Bergerbos, de teamleider Mobiliteit van het ROC (beiden vanuit hun functie) en een routecoördinator, die door beide colleges van bestuur samen wordt benoemd voor twee schooljaren. Het routeoverleg maakt het rooster, stemt het PTA/OER af, verdeelt de docenten en doet de intake, en beslist daar zelf over. Over formatie en huisvesting beslissen de colleges van bestuur.

3. VERANTWOORDING
Na elk semester (februari en juli) stuurt de routecoördinator beide colleges van bestuur een voortgangsverslag met in-, door- en uitstroom en examenresultaten. Elk jaar in september legt het routeoverleg in een evaluatiegesprek verantwoording af aan beide bestuurders.

4. UITVOERING
Routejaar 1 en 2: les op Bergerbos, plus één dag per week in de autowerkplaats van het ROC. Routejaar 3 en 4: op het ROC. Eén docententeam; twee ROC-docenten geven in routejaar 1 en 2 vier uur per week les op Bergerbos. Voor "Onderhoud en diagnose" werken we met teambevoegdheid (art. 7.13a WVO 2020 / 9.1.12 WEB). Het ROC stelt de autowerkplaats, hefbruggen en diagnoseapparatuur beschikbaar, Bergerbos het motorenlokaal en de ICT-ruimte. Programma en examens per leerjaar staan in één gezamenlijk PTA/OER, jaarlijks vóór 1 oktober vastgesteld. Inschrijving: routejaar 1-2 Bergerbos, daarna ROC.

5. OVERSTAP
Stopt een leerling in routejaar 1 of 2, dan maakt hij de kaderberoepsgerichte leerweg Mobiliteit en transport regulier af op Bergerbos (vmbo-diploma). In de mbo-fase kan hij overstappen naar een andere niveau 3-opleiding van het ROC, zoals Eerste bedrijfsautotechnicus of Eerste monteur mobiele werktuigen, of naar Autotechnicus niveau 2; vooropleidingseisen gelden dan niet. Geen vmbo-diploma aan het eind van routejaar 3: examen opnieuw of zonder vmbo-diploma verder op niveau 2 of 3. De mentor en de loopbaanbegeleider bespreken de opties met leerling en ouders; de beide teamleiders besluiten samen, op basis van het bereikte niveau en de leeftijd.

6. MEDEZEGGENSCHAP
Voor de medezeggenschap gelden de WMS (vo-fase) en de WEB (mbo-fase). Bergerbos en het ROC kunnen daarover aanvullende afspraken maken.

7. ONENIGHEID
Bij verschil van mening over deze afspraken zoeken Bergerbos en het ROC in goed onderling overleg naar een oplossing.

8. LOOPTIJD, NIEUWE PARTNERS, WIJZIGEN, OPZEGGEN
Onbepaalde tijd. Een andere school of mbo-instelling kan meedoen als beide colleges van bestuur schriftelijk instemmen en de nieuwkomer dit afsprakenblad tekent, steeds per 1 augustus. Wijzigen: alleen schriftelijk, getekend door beide colleges van bestuur. Opzeggen: schriftelijk, één jaar opzegtermijn, tegen 31 juli. Na opzegging geen nieuwe instroom; leerlingen die al in de route zitten, maken hem af.

Sittard, 30 juni 2025
Voor Stichting Voortgezet Onderwijs Westelijke Mijnstreek: R.H. Coenen, voorzitter college van bestuur
Voor Stichting Maasgouw Beroepsopleidingen: L. Janssen-Vroemen, voorzitter college van bestuur
"""

register(
    318, "zeer_kort_afsprakenblad_sittard_autotechniek", "txt",
    "Zeer kort afsprakenblad (platte tekst, hoofdletterkoppen, 1 pagina); Sittard-Geleen, Mobiliteit en "
    "transport kader -> Eerste autotechnicus niveau 3; bedrijfsleven alleen in de aanleiding genoemd, niets "
    "over financien, geschillen alleen 'in goed onderling overleg', medezeggenschap alleen 'kunnen'.",
    st(b="M", g="M", h="N", i="W"),
    {"a": "1. ROUTE", "c": "2. LEIDING", "d": "3. VERANTWOORDING", "e": "4. UITVOERING", "f": "5. OVERSTAP",
     "j": "8. LOOPTIJD, NIEUWE PARTNERS, WIJZIGEN, OPZEGGEN"},
    lambda: build_text(T318),
)

# ---------------------------------------------------------------------------------------------
# h319  DOCX consortium of four with a penvoerder -- Kampen/IJsseldelta, MVI -> ICT niveau 3 and 4
# ---------------------------------------------------------------------------------------------

T319 = """
# Consortiumovereenkomst ICT-routes IJsseldelta

= Samenwerkingsovereenkomst doorlopende leerroutes vmbo-mbo Media, vormgeving en ICT

## Partijen

| Nr. | Bevoegd gezag | School / instelling | Vertegenwoordigd door |
| 1 | Stichting Christelijk Voortgezet Onderwijs Kampen e.o., Kampen | Het Buitenhaven College (vmbo), Kampen | drs. A. Mulder, voorzitter college van bestuur |
| 2 | Stichting Voortgezet Onderwijs Dronten, Dronten | Het Polderlicht (vmbo), Dronten | mr. S. de Graaf-Visser, bestuurder |
| 3 | Stichting Openbaar Onderwijs Zwartewaterland, Hasselt | Vakcollege Zwartewater (vmbo), Genemuiden | ing. K.J. Brouwer, bestuurder |
| 4 | Stichting ROC IJssel-Vecht Delta, Zwolle | ROC IJssel-Vecht Delta, College ICT & Media, Kampen | drs. M.E. Dijkstra, lid college van bestuur |

Partij 1 tot en met 3 heten hierna samen "de scholen"; partij 4 heet hierna "het ROC". Alle partijen samen vormen "het consortium".

## Overwegingen

De scholen en het ROC werken sinds 2022 samen in het netwerk "ICT Talent IJsseldelta". Zij willen die samenwerking omzetten in doorlopende leerroutes vmbo-mbo en kiezen daarbij voor één overeenkomst met alle partijen, met het ROC als penvoerder. De ICT-bedrijven in de regio Kampen, Dronten en Zwartewaterland hebben hun steun voor het initiatief uitgesproken.

Partijen komen het volgende overeen.

## Artikel 1 Routes en deelname

1.1 Het consortium verzorgt met ingang van 1 augustus 2025 twee doorlopende leerroutes voor leerlingen met het vmbo-profiel Media, vormgeving en ICT (MVI):

- **Route A:** kaderberoepsgerichte leerweg MVI → mbo-opleiding Medewerker ICT support, niveau 3 (vakopleiding, BOL), College ICT & Media van het ROC;
- **Route B:** gemengde of theoretische leerweg met MVI → mbo-opleiding Software developer, niveau 4 (middenkaderopleiding, BOL), College ICT & Media van het ROC.

1.2 Welke school welke route aanbiedt, blijkt uit de volgende tabel.

| School | Route A (kader → ICT support niveau 3) | Route B (gl/tl → Software developer niveau 4) |
| Het Buitenhaven College | ja | ja |
| Het Polderlicht | ja | nee |
| Vakcollege Zwartewater | ja | nee |

1.3 Iedere school meldt de routes die zij aanbiedt, samen met het ROC, zelf aan bij de minister via RIO. De penvoerder ziet erop toe dat de meldingen vóór 1 oktober 2025 zijn gedaan.

## Artikel 2 Penvoerder

2.1 Het ROC treedt op als penvoerder van het consortium.

2.2 De penvoerder voert het secretariaat van de consortiumraad, beheert het consortiumbudget, int de bijdragen bedoeld in artikel 8, is aanspreekpunt voor externe partijen en bewaakt de meldingen in RIO.

2.3 De penvoerder kan de andere partijen niet binden zonder hun voorafgaande schriftelijke toestemming.

## Artikel 3 Bedrijven in de routes

3.1 Het consortium betrekt de ICT-sector via de Werkgeverskring ICT IJsseldelta, waarin onder meer Delta Hosting B.V. (Kampen), Polderdata (Dronten), Webbureau Zwartewater (Genemuiden) en de ICT-afdeling van de gemeente Kampen deelnemen, en via het regiokantoor van SBB.

3.2 De Werkgeverskring levert per school per schooljaar ten minste drie gastlessen en één hackathon-opdracht uit de praktijk, en zorgt in routejaar 1 voor een bedrijfsbezoek voor iedere klas.

3.3 De leerbedrijven uit de Werkgeverskring bieden vanaf routejaar 3 bpv-plaatsen aan voor alle studenten van route A en B. Zij beoordelen de beroepsproeven in de bpv mee.

3.4 Twee vertegenwoordigers van de Werkgeverskring hebben zitting in de programmacommissie van de consortiumraad en adviseren daar over de keuzedelen en de actualiteit van het programma.

## Artikel 4 Consortiumraad

4.1 De leiding over de routes berust bij de consortiumraad. Daarin hebben zitting: per school de afdelingsleider bovenbouw vmbo, de opleidingsmanager ICT van het ROC, die de raad voorzit, en de consortiumcoördinator als adviserend lid.

4.2 Ieder bevoegd gezag wijst zijn lid van de consortiumraad schriftelijk aan en meldt dat aan de penvoerder; ieder bevoegd gezag kan zijn lid op dezelfde wijze vervangen. De consortiumcoördinator wordt benoemd door het college van bestuur van de penvoerder, nadat de bevoegde gezagsorganen van de scholen met de voorgedragen kandidaat hebben ingestemd.

4.3 De consortiumraad heeft tot taak: het vaststellen van de jaarplanning van beide routes, het voorbereiden van het gezamenlijke PTA/OER, de verdeling van de ROC-docenten over de scholen, de afstemming met de Werkgeverskring, de intake en de bewaking van de kwaliteit.

4.4 De consortiumraad beslist met meerderheid van stemmen over roosterkaders, lesmateriaal, de inzet van ROC-docenten binnen de afgesproken uren en uitgaven uit het consortiumbudget tot € 20.000 per schooljaar. Besluiten over formatie van de scholen, investeringen en de tekst van deze overeenkomst blijven bij de bevoegde gezagsorganen.

## Artikel 5 Informatie en verantwoording

5.1 De consortiumraad houdt de bevoegde gezagsorganen van alle partijen op de hoogte van de gang van zaken in de routes door middel van een voortgangsrapportage, waarin ten minste de in-, door- en uitstroom per school en per route, de examenresultaten en de besteding van het consortiumbudget zijn opgenomen.

5.2 De consortiumraad legt over zijn werkzaamheden verantwoording af aan de bevoegde gezagsorganen in de vorm van een evaluatieverslag, dat door de penvoerder aan alle partijen wordt toegezonden.

## Artikel 6 Inrichting van het onderwijs

6.1 Routejaar 1 en 2 worden gegeven op de eigen school. Leerlingen van route A en B volgen daarnaast in routejaar 2 wekelijks één dag onderwijs in het cloudlab van het ROC in Kampen. Vanaf routejaar 3 worden de routes gegeven op de locatie van het ROC in Kampen en bij de leerbedrijven.

6.2 Het onderwijsprogramma en de examinering per leerjaar zijn per route vastgelegd in één gezamenlijk PTA/OER, dat voor alle scholen gelijk is en jaarlijks vóór 1 oktober door alle partijen wordt vastgesteld.

6.3 Per school werkt één docententeam van vmbo- en ROC-docenten. Het ROC zet op iedere school in routejaar 1 en 2 ten minste vier lesuren per week per klas een ICT-docent in. Voor het vakoverstijgende onderdeel "Bouw je eigen app" maken partijen gebruik van teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); het PTA/OER vermeldt wie waarvoor bevoegd is. Docenten blijven in dienst van hun eigen werkgever.

6.4 Het ROC stelt het cloudlab, de netwerkopstelling, de serverruimte voor oefendoeleinden en de licenties voor de ontwikkelsoftware beschikbaar. Iedere school stelt een ICT-praktijklokaal met laptops beschikbaar dat ook door de ROC-docenten wordt gebruikt.

6.5 In routejaar 1 en 2 is de leerling ingeschreven bij zijn school, vanaf routejaar 3 bij het ROC. Klachten over een medewerker van een andere partij worden binnen vijf werkdagen doorgezonden aan die partij en volgens haar klachtenregeling behandeld.

## Artikel 7 Overstap

7.1 Stopt een leerling in routejaar 1 of 2 met de route, dan vervolgt hij de reguliere leerweg op zijn eigen school, in het profiel MVI of een ander profiel, met het vmbo-diploma als doel. Ook een wissel van route B naar route A is mogelijk.

7.2 Wil een student in de mbo-fase naar een andere opleiding, dan kan hij overstappen naar een andere ICT- of mediaopleiding van het ROC op hetzelfde of een lager niveau, zoals Medewerker ICT op niveau 2 of Mediamaker op niveau 4. Voor toelating tot die opleiding gelden de gewone toelatings- en vooropleidingseisen van het ROC. Heeft de student het vmbo-diploma nog niet behaald, dan is toelating pas mogelijk nadat hij dat diploma alsnog heeft behaald.

7.3 Wie aan het einde van routejaar 3 het vmbo-diploma niet heeft, legt het examen in het volgende schooljaar opnieuw af op zijn school.

7.4 Welke overstap de leerling maakt, bepalen de afdelingsleider van zijn school en de opleidingsmanager ICT van het ROC samen, na een gesprek met de leerling en zijn ouders, met aandacht voor het bereikte niveau en de leeftijd van de leerling. De werkwijze wordt opgenomen in de schoolgidsen van de scholen.

## Artikel 8 Financiën

8.1 Iedere school draagt met toepassing van artikel 5.42a WVO 2020 aan het ROC over: € 1.050 per routeleerling per schooljaar in routejaar 1 en 2, vastgesteld op basis van het aantal routeleerlingen op 1 oktober.

8.2 Dit bedrag is bestemd voor de inzet van ROC-docenten op de scholen (artikel 6.3) en voor de licenties en het beheer van het cloudlab (artikel 6.4).

8.3 Daarnaast betaalt iedere partij jaarlijks € 2.500 in het consortiumbudget, bestemd voor de kosten van de consortiumcoördinator en gezamenlijke activiteiten met de Werkgeverskring. De penvoerder factureert de bedragen van 8.1 en 8.3 in november.

8.4 Vanaf routejaar 3 worden geen middelen tussen partijen overgedragen.

## Artikel 9 Medezeggenschap

9.1 Partijen richten een Routeberaad op, waarin de medezeggenschapsraad van iedere school één lid afvaardigt en de studentenraad van het ROC twee leden. Het Routeberaad kan de consortiumraad gevraagd en ongevraagd adviseren en wordt vooraf om advies gevraagd over wijzigingen van het PTA/OER.

9.2 Routeleerlingen in routejaar 2 mogen, naast hun rechten op hun eigen school, deelnemen aan de verkiezingen van de studentenraad van het ROC.

## Artikel 10 Geschillen

10.1 Een geschil tussen twee of meer partijen over de uitvoering van deze overeenkomst wordt eerst in de consortiumraad besproken.

10.2 Wordt het daar niet binnen vier weken opgelost, dan leggen de betrokken partijen het voor aan een overleg van hun bestuurders, dat de penvoerder binnen drie weken bijeenroept.

10.3 Blijft het geschil bestaan, dan wordt het voorgelegd aan een geschillencommissie van drie leden. Iedere kant van het geschil wijst één lid aan; die twee leden kiezen samen een onafhankelijke voorzitter. De commissie doet binnen acht weken een uitspraak, die voor partijen geldt als bindend advies.

## Artikel 11 Toetreding, uittreding, wijziging en einde

11.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot het consortium toetreden als alle partijen daarmee schriftelijk instemmen. De nieuwe partij ondertekent een toetredingsverklaring waarmee zij deze overeenkomst aanvaardt. Toetreding gaat in per 1 augustus en wordt gemeld in RIO.

11.2 Een partij kan uit het consortium treden door schriftelijke opzegging aan alle andere partijen, met een opzegtermijn van twaalf maanden, tegen 31 juli. De overeenkomst blijft tussen de overige partijen van kracht. Zegt het ROC op, dan eindigt de overeenkomst voor alle partijen op dezelfde datum.

11.3 Na een opzegging stromen op de betreffende school geen nieuwe leerlingen meer in. Leerlingen die de route al volgen, ronden die af; de overblijvende partijen en de uittredende partij werken daaraan mee tot de laatste leerling de route heeft afgesloten.

11.4 Deze overeenkomst kan alleen worden gewijzigd bij schriftelijk besluit van alle partijen. Een wijziging die leerlingen die al in een route zitten benadeelt, geldt voor hen niet.

11.5 Deze overeenkomst geldt voor onbepaalde tijd.

## Ondertekening

Kampen, 30 juni 2025

| Partij | Naam en functie | Handtekening |
| Stichting Christelijk Voortgezet Onderwijs Kampen e.o. | drs. A. Mulder, voorzitter college van bestuur | |
| Stichting Voortgezet Onderwijs Dronten | mr. S. de Graaf-Visser, bestuurder | |
| Stichting Openbaar Onderwijs Zwartewaterland | ing. K.J. Brouwer, bestuurder | |
| Stichting ROC IJssel-Vecht Delta (penvoerder) | drs. M.E. Dijkstra, lid college van bestuur | |
"""

register(
    319, "consortium_penvoerder_kampen_ict", "docx",
    "Word-consortiumovereenkomst van drie vmbo-besturen en een ROC als penvoerder, partijentabel en routetabel, "
    "twee routes; IJsseldelta (Kampen/Dronten/Genemuiden), MVI kader -> ICT support 3 en gl/tl -> Software "
    "developer 4; verantwoording wel in vorm (rapportage, evaluatieverslag) maar zonder frequentie of moment; "
    "overstap binnen het ROC onderworpen aan de vooropleidingseisen.",
    st(d="W", f="W"),
    {"a": "Artikel 1 Routes en deelname", "b": "Artikel 3 Bedrijven in de routes", "c": "Artikel 4 Consortiumraad",
     "e": "Artikel 6 Inrichting van het onderwijs", "g": "Artikel 8 Financiën", "h": "Artikel 9 Medezeggenschap",
     "i": "Artikel 10 Geschillen", "j": "Artikel 11 Toetreding, uittreding, wijziging en einde"},
    lambda: build_docx(T319, "Consortiumovereenkomst ICT-routes IJsseldelta", "Penvoerder ROC IJssel-Vecht Delta",
                       font="Calibri", size_pt=10.5),
)

# ---------------------------------------------------------------------------------------------
# h320  PDF geïntegreerde route, chapters + programme table -- Het Hogeland, Groen bb -> dierverzorging 2
# ---------------------------------------------------------------------------------------------

T320 = """
# Overeenkomst geïntegreerde route Groen – Dierverzorging Het Hogeland

= samenwerkingsovereenkomst als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB

## Partijen

**Stichting Openbaar Voortgezet Onderwijs Hogeland**, gevestigd te Uithuizen, bevoegd gezag van het Wadden Vakcollege te Uithuizen, een school voor voorbereidend beroepsonderwijs, rechtsgeldig vertegenwoordigd door haar bestuurder, mevrouw G.H. Bolt (hierna: "het Vakcollege"),

en

**Stichting AOC Noorderland**, gevestigd te Groningen, bevoegd gezag van de instelling voor beroepsonderwijs AOC Noorderland, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer J.W. Huizinga (hierna: "Noorderland"),

in aanmerking nemende dat:

1. het Vakcollege en Noorderland sinds 2021 samenwerken in een groen praktijkprogramma voor leerlingen van de basisberoepsgerichte leerweg;

2. een deel van deze leerlingen meer baat heeft bij een praktijkgerichte opleiding die rechtstreeks naar een mbo-diploma leidt dan bij het afleggen van het vmbo-examen;

3. partijen daarom een geïntegreerde route vmbo-basisberoepsopleiding willen verzorgen, met de waarborg dat iedere leerling die de route verlaat een passende plek krijgt;

komen overeen als volgt.

## Hoofdstuk I – De route

### Artikel 1 Geïntegreerde route

1.1 Partijen verzorgen met ingang van 1 augustus 2025 een geïntegreerde route voor leerlingen van de basisberoepsgerichte leerweg van het Vakcollege met het profiel Groen. De route begint in leerjaar 3 en leidt naar het diploma van de basisberoepsopleiding Medewerker dierverzorging (niveau 2, BOL) van Noorderland, opleidingsdomein Voedsel, natuur en leefomgeving.

1.2 De route duurt drie schooljaren. Het Vakcollege neemt bij leerlingen in de route geen eindexamen basisberoepsgerichte leerweg af, tenzij artikel 9 van toepassing is.

1.3 Een leerling wordt tot de route toegelaten als hij daar baat bij heeft, in overleg met de leerling en zijn ouders en na overleg tussen het Vakcollege en Noorderland.

1.4 Partijen melden de route gezamenlijk aan de minister door registratie in RIO.

### Artikel 2 Programma per leerjaar

2.1 Het programma en de examinering per leerjaar worden vastgelegd in een gezamenlijke onderwijs- en examenregeling, die partijen jaarlijks vóór 1 oktober vaststellen. De hoofdlijn is als volgt:

| Routejaar | Waar | Inhoud | Examinering |
| 1 (leerjaar 3) | Vakcollege, 1 dag per week Noorderland | Groen-profielvakken, Nederlands, rekenen, dierverzorging basis | mbo-examens kerntaak 1 gedeeltelijk |
| 2 (leerjaar 4) | Vakcollege en Noorderland, 2 dagen bpv | dierverzorging, voeding en huisvesting van dieren, burgerschap | mbo-examens kerntaak 1 en 2 |
| 3 | Noorderland en leerbedrijf | bpv, keuzedelen, proeve van bekwaamheid | diploma Medewerker dierverzorging |

## Hoofdstuk II – Het groene bedrijfsleven

### Artikel 3 Betrokkenheid van de leerbedrijven

3.1 Bij de route zijn betrokken: Melkveebedrijf Oosterhuis te Warffum, Dierenpension De Hoogte te Usquert, Kinderboerderij 't Ommeland te Winsum en Dierenkliniek Noord-Groningen te Uithuizen, alle erkend leerbedrijf van SBB.

3.2 Deze leerbedrijven bieden vanaf routejaar 2 ieder ten minste twee bpv-plaatsen, begeleiden de leerling met een eigen praktijkopleider en beoordelen de praktijkexamens mee.

3.3 Ieder voorjaar organiseert Noorderland een praktijkraad met de leerbedrijven, waarin de inhoud van het programma voor het volgende jaar wordt besproken; de adviezen van de praktijkraad worden in de onderwijs- en examenregeling verwerkt of gemotiveerd terzijde gelegd.

## Hoofdstuk III – Leiding en verantwoording

### Artikel 4 Routeleiding

4.1 De leiding over de route berust bij de routecommissie, bestaande uit de locatiedirecteur van het Vakcollege, de teamleider Dier van Noorderland en een routebegeleider.

4.2 De bestuurder van het Vakcollege en het college van bestuur van Noorderland benoemen ieder hun eigen lid; de routebegeleider wordt door hen samen benoemd, voor een termijn van drie jaar die eenmaal kan worden verlengd.

4.3 De routecommissie bereidt de onderwijs- en examenregeling voor, stelt het rooster vast, plaatst leerlingen in de bpv, voert de gesprekken bedoeld in artikel 9 en houdt contact met de leerbedrijven. Zij beslist zelfstandig over rooster, bpv-plaatsing en uitgaven tot € 6.000 per jaar. Over personeel, investeringen en deze overeenkomst beslissen de besturen.

### Artikel 5 Verantwoording

5.1 De routecommissie stuurt de besturen van beide partijen elk halfjaar, in januari en juni, een schriftelijke rapportage over de deelname, de voortgang en de uitstroom van de leerlingen.

5.2 Eenmaal per jaar, in oktober, legt de routecommissie in een gezamenlijke bestuursvergadering van beide partijen verantwoording af over het afgelopen schooljaar.

## Hoofdstuk IV – Uitvoering

### Artikel 6 Personeel

6.1 Het onderwijs wordt verzorgd door één team van docenten van het Vakcollege en van Noorderland. Twee docenten dierverzorging van Noorderland geven in routejaar 1 en 2 ieder zes uur per week les op het Vakcollege; de docent Nederlands van het Vakcollege verzorgt in routejaar 3 taalondersteuning op Noorderland.

6.2 Voor het vakoverstijgende onderdeel "Zorgen voor dieren" worden teams van leraren en docenten ingezet als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. De onderwijs- en examenregeling vermeldt wie waarvoor bevoegd is. Iedere docent blijft in dienst van zijn eigen werkgever.

### Artikel 7 Locaties en voorzieningen

7.1 Routejaar 1 en 2 worden gegeven op het Vakcollege, Hoofdstraat West te Uithuizen, en op de locatie van Noorderland te Groningen; routejaar 3 op Noorderland en bij de leerbedrijven.

7.2 Het Vakcollege stelt de schooltuin, de kas en het dierenverblijf beschikbaar. Noorderland stelt de dierenverzorgingsruimte, de stal op het praktijkterrein en de digitale leeromgeving beschikbaar. Partijen maken om niet gebruik van elkaars voorzieningen.

### Artikel 8 Inschrijving en klachten

8.1 In routejaar 1 en 2 is de leerling ingeschreven bij het Vakcollege; in routejaar 3 bij Noorderland.

8.2 Klachten over een medewerker van de andere partij worden doorgeleid naar die partij en behandeld volgens haar klachtenregeling.

## Hoofdstuk V – Passende plek bij vertrek uit de route

### Artikel 9 Passende plek

9.1 Iedere leerling die de geïntegreerde route verlaat, is verzekerd van een passende plek. Die plek wordt zo gekozen dat de leerling een zo kansrijk mogelijke weg naar een diploma houdt.

9.2 Afhankelijk van het moment van vertrek komen in elk geval in aanmerking:

- in routejaar 1 of 2: een ander profiel of de reguliere basisberoepsgerichte leerweg op het Vakcollege, waarbij de leerling alsnog het eindexamen vmbo basisberoepsgerichte leerweg aflegt;
- in routejaar 2 of 3: een andere basisberoepsopleiding (niveau 2) van Noorderland, zoals Medewerker groene ruimte of Medewerker teelt, zonder dat vooropleidingseisen worden gesteld;
- het voltooien van de route, gevolgd door een andere opleiding op niveau 2 of 3 in een ander domein.

9.3 Uitstroom naar de Entreeopleiding is geen automatisme. Zij komt alleen in beeld als partijen gezamenlijk vaststellen dat een diploma op niveau 2 voor de leerling echt niet haalbaar is; de leerling wordt dan zo snel mogelijk via Entree naar werk begeleid.

9.4 Welke plek passend is, stellen het Vakcollege en Noorderland samen vast, na een gesprek van de routecommissie met de leerling en zijn ouders, op grond van het bereikte onderwijsniveau en de leeftijd van de leerling. Bij vertrek naar een andere school of instelling zorgen partijen voor een warme overdracht. De werkwijze wordt beschreven in de schoolgids.

## Hoofdstuk VI – Financiën

### Artikel 10 Geen overdracht van bekostiging

Partijen dragen geen bekostiging aan elkaar over. Elke partij draagt de kosten van haar eigen personeel en voorzieningen.

## Hoofdstuk VII – Slotbepalingen

### Artikel 11 Geschillen

11.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst besproken in de routecommissie en daarna, als dat binnen een maand niet tot overeenstemming leidt, in een gezamenlijke bestuursvergadering.

11.2 Blijft het geschil daarna bestaan, dan schakelen partijen een mediator in. Leidt mediation binnen twee maanden niet tot een oplossing, dan is de bevoegde rechter in het arrondissement Noord-Nederland bevoegd.

### Artikel 12 Toetreding, wijziging, opzegging en ontbinding

12.1 Een andere school voor voorbereidend beroepsonderwijs of een andere instelling voor beroepsonderwijs kan partij worden bij deze overeenkomst als beide partijen daarmee schriftelijk instemmen en de nieuwe partij deze overeenkomst mede ondertekent, met ingang van een nieuw schooljaar.

12.2 Wijziging van deze overeenkomst vindt uitsluitend schriftelijk plaats, met instemming van beide besturen. Een wijziging geldt niet voor leerlingen die al in de route zitten als zij daardoor worden benadeeld.

12.3 Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met een opzegtermijn van twaalf maanden. Ontbinding wegens een ernstige tekortkoming is mogelijk na ingebrekestelling met een hersteltermijn van drie maanden.

12.4 Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten. Leerlingen die op dat moment in de route zitten, ronden de route af of krijgen een passende plek volgens artikel 9.

### Artikel 13 Inwerkingtreding

Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

## Ondertekening

Uithuizen, 30 juni 2025

Stichting Openbaar Voortgezet Onderwijs Hogeland – G.H. Bolt, bestuurder

Stichting AOC Noorderland – J.W. Huizinga, voorzitter college van bestuur
"""

register(
    320, "geintegreerde_route_hogeland_dierverzorging", "pdf",
    "PDF-overeenkomst voor een geintegreerde route in hoofdstukken met artikelen en een programmatabel per "
    "routejaar; Het Hogeland, Groen basis -> Medewerker dierverzorging niveau 2 bij een AOC; volledig, passende "
    "plek zonder automatische Entree, expliciet geen overdracht van bekostiging, zwijgt over medezeggenschap.",
    st(h="N"),
    {"a": "Artikel 1 Geïntegreerde route", "b": "Artikel 3 Betrokkenheid van de leerbedrijven",
     "c": "Artikel 4 Routeleiding", "d": "Artikel 5 Verantwoording", "e": "Artikel 6 Personeel",
     "f": "Artikel 9 Passende plek", "g": "Artikel 10 Geen overdracht van bekostiging",
     "i": "Artikel 11 Geschillen", "j": "Artikel 12 Toetreding, wijziging, opzegging en ontbinding"},
    lambda: build_pdf(T320, "Overeenkomst geintegreerde route Groen Dierverzorging Het Hogeland",
                      "Bestuurssecretariaat OVO Hogeland", header="Geïntegreerde route Groen – Dierverzorging",
                      fontsize=10.0),
)

# === END OF AGREEMENTS ===


# ---------------------------------------------------------------------------------------------
# extraction and checking
# ---------------------------------------------------------------------------------------------

def extract_pdf(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    parts = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        parts.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return "\n".join(parts)


def extract_docx(path):
    from lxml import etree
    z = zipfile.ZipFile(path)
    out = []
    for part in ("word/document.xml", "word/footnotes.xml"):
        if part not in z.namelist():
            continue
        root = etree.fromstring(z.read(part))
        W = "{%s}" % W_NS
        for p in root.iter(W + "p"):
            txt = []
            for t in p.iter(W + "t"):
                anc = t.getparent()
                while anc is not None and anc.tag != W + "p":
                    anc = anc.getparent()
                if anc is p:
                    txt.append(t.text or "")
            out.append("".join(txt))
    # python-docx must be able to open it too
    import docx
    docx.Document(path)
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def expected_json(doc):
    return {"description": doc["description"], "split": "heldout",
            "statuses": doc["statuses"], "evidence": doc["evidence"]}


def fname(doc):
    return "h%d_%s" % (doc["num"], doc["name"])


def write(doc):
    base = os.path.join(HERE, fname(doc))
    data = doc["build"]()
    with open(base + "." + doc["ext"], "wb") as f:
        f.write(data)
    with open(base + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(expected_json(doc), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", fname(doc) + "." + doc["ext"], len(data), "bytes")


def check():
    ok = True
    for doc in DOCS:
        base = os.path.join(HERE, fname(doc))
        path = base + "." + doc["ext"]
        problems = []
        if not os.path.exists(path):
            problems.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d" % size)
            try:
                if doc["ext"] == "pdf":
                    txt = extract_pdf(path)
                elif doc["ext"] == "docx":
                    txt = extract_docx(path)
                else:
                    txt = open(path, encoding="utf-8").read()
            except Exception as e:  # noqa
                problems.append("cannot open: %r" % e)
                txt = ""
            nt = norm(txt)
            if len(nt) < 400:
                problems.append("hardly any text extracted (%d chars)" % len(nt))
            for k, ev in doc["evidence"].items():
                if norm(ev) not in nt:
                    problems.append("evidence %s not found: %r" % (k, ev))
        try:
            with open(base + ".expected.json", encoding="utf-8") as f:
                if json.load(f) != expected_json(doc):
                    problems.append("expected.json differs from table")
        except Exception as e:  # noqa
            problems.append("expected.json unreadable: %r" % e)
        status = "OK " if not problems else "BAD"
        ok = ok and not problems
        print(status, fname(doc) + "." + doc["ext"], "; ".join(problems))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = set()
    for a in argv:
        a = a.lstrip("h")
        if a.isdigit():
            n = int(a)
            nums.add(n + 300 if n < 100 else n)
    for doc in sorted(DOCS, key=lambda d: d["num"]):
        if nums and doc["num"] not in nums:
            continue
        write(doc)


if __name__ == "__main__":
    main(sys.argv[1:])
