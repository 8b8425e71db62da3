#!/usr/bin/env python3
"""Build held-out sample agreements h361-h368 for leerroute-check.

Written by an independent helper session (held-out author 24a). The agreements were drafted
from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie, in /work/shared/seeds), /work/shared/domain.md and
/work/main/sample_agreements/LABELS.md only, without looking at checker code, models, tests
or the texts of any other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout24a.py            build all samples
    python3 build_heldout24a.py 361 364    build only those numbers
    python3 build_heldout24a.py --check    open every produced file and verify it
"""
import io
import json
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
LETTERS = "abcdefghij"
SAMPLES = {}


def sample(num, name, fmt, description, statuses, evidence):
    """Register a sample; the decorated function returns the document content."""
    assert set(statuses) == set(LETTERS), name
    for k in evidence:
        assert statuses[k] == "present", (name, k)

    def deco(fn):
        SAMPLES[num] = dict(name=name, fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, content=fn)
        return fn
    return deco


def expected_json(s):
    return {
        "description": s["description"],
        "split": "heldout",
        "statuses": {k: s["statuses"][k] for k in LETTERS},
        "evidence": dict(s["evidence"]),
    }


# --------------------------------------------------------------------------- PDF
FN_RE = re.compile(r"\{fn:(.*?)\}")


def build_pdf(path, blocks, title, font="Helvetica", size=10, two_col=False,
              header=None, footnotes=False):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak,
                                    PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, KeepTogether)
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[font]
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=size + 9,
                                alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("st", fontName=font, fontSize=size + 1, leading=size + 5,
                                   alignment=TA_CENTER, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 2, leading=size + 6,
                             spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size + 4,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size + 4,
                            spaceAfter=4, alignment=TA_JUSTIFY),
        "li": ParagraphStyle("li", fontName=font, fontSize=size, leading=size + 4,
                             leftIndent=16, bulletIndent=4, spaceAfter=2),
        "nl": ParagraphStyle("nl", fontName=font, fontSize=size, leading=size + 4,
                             leftIndent=22, firstLineIndent=-22, spaceAfter=3,
                             alignment=TA_JUSTIFY),
        "small": ParagraphStyle("sm", fontName=ital, fontSize=size - 1.5, leading=size + 2,
                                spaceAfter=4),
        "fn": ParagraphStyle("fn", fontName=font, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=size + 2),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=size + 2),
    }
    W, H = A4
    lm = rm = 2.3 * cm
    tm = 2.2 * cm
    bm = (3.6 if footnotes else 2.0) * cm
    notes_state = {"n": 0, "page": []}

    class FootAnchor(Flowable):
        def __init__(self, notes):
            super().__init__()
            self.notes = notes
            self.width = self.height = 0

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            notes_state["page"].extend(self.notes)

    def esc(t):
        return t.replace("&", "&amp;")

    def para(kind, text):
        notes = []
        if footnotes:
            def rep(m):
                notes_state["n"] += 1
                notes.append((notes_state["n"], m.group(1)))
                return "<super>%d</super>" % notes_state["n"]
            text = FN_RE.sub(rep, text)
        out = []
        if kind == "li":
            out.append(Paragraph(esc(text), st["li"], bulletText="\u2022"))
        else:
            out.append(Paragraph(esc(text), st[kind]))
        if notes:
            out.append(FootAnchor(notes))
        return out

    story = []
    for blk in blocks:
        kind = blk[0]
        if kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, blk[1]))
        elif kind == "table":
            rows = blk[1]
            widths = blk[2] if len(blk) > 2 else None
            data = [[Paragraph(esc(c), st["cellb" if i == 0 else "cell"]) for c in r]
                    for i, r in enumerate(rows)]
            tw = W - lm - rm
            if two_col:
                tw = (tw - 0.8 * cm) / 2
            cw = [tw * x for x in widths] if widths else None
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, "#777777"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e4e4e4"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            cols = blk[1]
            data = [[Paragraph(esc(c).replace("\n", "<br/>"), st["cell"]) for c in cols]]
            t = Table(data)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 10)]))
            story.append(KeepTogether([t]))
        else:
            story.extend(para(kind, blk[1]))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        if header:
            canv.drawString(lm, H - 1.3 * cm, header)
        canv.drawRightString(W - rm, 1.1 * cm, "pagina %d" % doc.page)
        canv.restoreState()

    def on_page_end(canv, doc):
        notes = notes_state["page"]
        if not notes:
            return
        canv.saveState()
        y = 1.6 * cm
        paras = []
        for n, t in notes:
            p = Paragraph("<super>%d</super> %s" % (n, esc(t)), st["fn"])
            w, h = p.wrap(W - lm - rm, 5 * cm)
            paras.append((p, h))
        total = sum(h for _, h in paras)
        top = y + total + 4
        canv.setLineWidth(0.4)
        canv.line(lm, top, lm + 5 * cm, top)
        cur = top - 2
        for p, h in paras:
            cur -= h
            p.drawOn(canv, lm, cur)
        canv.restoreState()
        notes_state["page"] = []

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm,
                          topMargin=tm, bottomMargin=bm, title=title,
                          author="", subject="", creator="", producer="",
                          invariant=1)
    if two_col:
        gap = 0.8 * cm
        cw = (W - lm - rm - gap) / 2
        frames = [Frame(lm, bm, cw, H - tm - bm, id="c1"),
                  Frame(lm + cw + gap, bm, cw, H - tm - bm, id="c2")]
    else:
        frames = [Frame(lm, bm, W - lm - rm, H - tm - bm, id="f")]
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=on_page,
                                       onPageEnd=on_page_end)])
    doc.build(story)


def pdf_text(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    parts = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        parts.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return "\n".join(parts)


# --------------------------------------------------------------------------- DOCX
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag):
    return "{%s}%s" % (W_NS, tag)


class DocxBuilder:
    def __init__(self, title, font="Calibri", size=10.5):
        import docx
        from docx.shared import Pt
        self.docx = docx
        self.doc = docx.Document()
        normal = self.doc.styles["Normal"]
        normal.font.name = font
        normal.font.size = Pt(size)
        cp = self.doc.core_properties
        cp.title = title
        cp.author = ""
        cp.last_modified_by = ""
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""
        cp.revision = 1
        cp.created = FIXED_DT
        cp.modified = FIXED_DT
        cp.last_printed = FIXED_DT
        self.footnotes = []
        self.num_ids = {}

    # numbering -------------------------------------------------------------
    def define_numbering(self, key, levels):
        """levels: list of (lvlText, numFmt, indent_twips, bold)."""
        from lxml import etree
        numbering = self.doc.part.numbering_part.element
        abs_ids = [int(e.get(_w("abstractNumId"))) for e in numbering.findall(_w("abstractNum"))]
        num_ids = [int(e.get(_w("numId"))) for e in numbering.findall(_w("num"))]
        aid = max(abs_ids + [0]) + 1
        nid = max(num_ids + [0]) + 1
        an = etree.SubElement(numbering, _w("abstractNum"))
        an.set(_w("abstractNumId"), str(aid))
        mlt = etree.SubElement(an, _w("multiLevelType"))
        mlt.set(_w("val"), "multilevel")
        for i, (text, fmt, ind, bold) in enumerate(levels):
            lvl = etree.SubElement(an, _w("lvl"))
            lvl.set(_w("ilvl"), str(i))
            for tag, val in (("start", "1"), ("numFmt", fmt), ("lvlText", text), ("lvlJc", "left")):
                e = etree.SubElement(lvl, _w(tag))
                e.set(_w("val"), val)
            ppr = etree.SubElement(lvl, _w("pPr"))
            indel = etree.SubElement(ppr, _w("ind"))
            indel.set(_w("left"), str(ind))
            indel.set(_w("hanging"), str(min(ind, 567) if ind else 0))
            if bold:
                rpr = etree.SubElement(lvl, _w("rPr"))
                etree.SubElement(rpr, _w("b"))
        # abstractNum elements must precede num elements
        first_num = numbering.find(_w("num"))
        if first_num is not None:
            numbering.remove(an)
            first_num.addprevious(an)
        num = etree.SubElement(numbering, _w("num"))
        num.set(_w("numId"), str(nid))
        ani = etree.SubElement(num, _w("abstractNumId"))
        ani.set(_w("val"), str(aid))
        self.num_ids[key] = nid

    def _set_num(self, par, key, level):
        from lxml import etree
        ppr = par._p.get_or_add_pPr()
        numpr = etree.SubElement(ppr, _w("numPr"))
        il = etree.SubElement(numpr, _w("ilvl"))
        il.set(_w("val"), str(level))
        ni = etree.SubElement(numpr, _w("numId"))
        ni.set(_w("val"), str(self.num_ids[key]))
        # numPr must be early in pPr: move it to the front after pStyle
        ppr.remove(numpr)
        pstyle = ppr.find(_w("pStyle"))
        if pstyle is not None:
            pstyle.addnext(numpr)
        else:
            ppr.insert(0, numpr)

    # content ---------------------------------------------------------------
    def _runs(self, par, text, bold=False):
        from lxml import etree
        pos = 0
        for m in FN_RE.finditer(text):
            if m.start() > pos:
                r = par.add_run(text[pos:m.start()])
                r.bold = bold or None
            self.footnotes.append(m.group(1))
            fid = len(self.footnotes)
            r = par.add_run()
            rpr = r._r.get_or_add_rPr()
            va = etree.SubElement(rpr, _w("vertAlign"))
            va.set(_w("val"), "superscript")
            ref = etree.SubElement(r._r, _w("footnoteReference"))
            ref.set(_w("id"), str(fid))
            pos = m.end()
        if pos < len(text):
            r = par.add_run(text[pos:])
            r.bold = bold or None

    def add(self, kind, text="", num=None, level=0, bold=False):
        d = self.doc
        if kind == "title":
            p = d.add_paragraph(style="Title")
            self._runs(p, text)
        elif kind == "subtitle":
            p = d.add_paragraph(style="Subtitle")
            self._runs(p, text)
        elif kind in ("h1", "h2", "h3"):
            p = d.add_paragraph(style="Heading %s" % kind[1])
            self._runs(p, text)
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet")
            self._runs(p, text, bold)
        elif kind == "ln":
            p = d.add_paragraph(style="List Number")
            self._runs(p, text, bold)
        else:
            p = d.add_paragraph()
            self._runs(p, text, bold)
        if num:
            self._set_num(p, num, level)
        return p

    def table(self, rows, style="Table Grid"):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = self.doc.styles[style]
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = ""
                self._runs(cell.paragraphs[0], val, bold=(i == 0))
        self.doc.add_paragraph()
        return t

    def page_break(self):
        from docx.enum.text import WD_BREAK
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _attach_footnotes(self):
        if not self.footnotes:
            return
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part
        from xml.sax.saxutils import escape
        items = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                 '<w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, t in enumerate(self.footnotes, 1):
            items.append(
                '<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                % (i, escape(t)))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:footnotes xmlns:w="%s">%s</w:footnotes>' % (W_NS, "".join(items)))
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    def save(self, path):
        self._attach_footnotes()
        buf = io.BytesIO()
        self.doc.save(buf)
        zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zi.create_system = 3
                zout.writestr(zi, zin.read(item.filename))
        Path(path).write_bytes(out.getvalue())


def docx_text(path):
    from lxml import etree
    z = zipfile.ZipFile(str(path))
    texts = []
    for part in ("word/document.xml", "word/footnotes.xml"):
        if part not in z.namelist():
            continue
        root = etree.fromstring(z.read(part))
        for p in root.iter(_w("p")):
            texts.append("".join(t.text or "" for t in p.iter(_w("t"))))
    return "\n".join(texts)


# --------------------------------------------------------------------------- helpers
def blocks_to_docx(builder, blocks):
    for blk in blocks:
        kind = blk[0]
        if kind == "pb":
            builder.page_break()
        elif kind == "table":
            builder.table(blk[1])
        elif kind == "sp":
            builder.add("p", "")
        elif kind == "sig":
            builder.table([list(c.split("\n")[0] for c in blk[1])] +
                          [["\n".join(c.split("\n")[1:]) for c in blk[1]]])
        elif kind == "small":
            builder.add("p", blk[1])
        elif kind == "nl":
            builder.add("p", blk[1])
        else:
            builder.add(kind, blk[1])


# =========================================================================== SAMPLES

# --------------------------------------------------------------------------- h361
H361 = [
    ("title", "RAAMOVEREENKOMST DOORLOPENDE LEERROUTES VMBO-MBO WOLDEN-REEST"),
    ("subtitle", "met Deelovereenkomst nr. 1: route Elektrotechniek"),
    ("h2", "De ondergetekenden:"),
    ("nl", "1.  Stichting Scholengroep Wolden en Reest, statutair gevestigd te Zuidwolde, bevoegd gezag van het Wold College (vmbo), rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. J.H. Bakker-Oosting, hierna: SWR;"),
    ("nl", "2.  Stichting Reestland Beroepsonderwijs, statutair gevestigd te Meppel, bevoegd gezag van het Reestland College, regionaal opleidingencentrum, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer ir. A.P. Mulder, hierna: SRB;"),
    ("p", "SWR en SRB samen ook: partijen."),
    ("h2", "Overwegende dat:"),
    ("nl", "a.  partijen in De Wolden en Meppel doorlopende leerroutes vmbo-mbo willen verzorgen als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;"),
    ("nl", "b.  partijen de afspraken die voor iedere route gelijk zijn in deze raamovereenkomst willen vastleggen en per route een deelovereenkomst sluiten;"),
    ("nl", "c.  deze raamovereenkomst en de deelovereenkomsten samen de samenwerkingsovereenkomst vormen als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB;"),
    ("p", "komen overeen als volgt:"),

    ("h1", "Artikel 1 Begrippen"),
    ("p", "In deze raamovereenkomst en in iedere deelovereenkomst wordt verstaan onder:"),
    ("nl", "a.  route: een doorlopende leerroute vmbo-mbo die partijen op grond van een deelovereenkomst gezamenlijk verzorgen;"),
    ("nl", "b.  deelovereenkomst: de overeenkomst waarin partijen per route de onderwerpen regelen die in artikel 2, tweede lid, zijn genoemd;"),
    ("nl", "c.  vo-fase: de eerste twee leerjaren van een route, waarin de leerling staat ingeschreven bij het Wold College;"),
    ("nl", "d.  mbo-fase: de leerjaren vanaf het derde leerjaar van een route, waarin de student staat ingeschreven bij het Reestland College;"),
    ("nl", "e.  routeraad: het orgaan, bedoeld in artikel 3;"),
    ("nl", "f.  PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van een route."),

    ("h1", "Artikel 2 Verhouding tussen raamovereenkomst en deelovereenkomsten"),
    ("nl", "1.  Deze raamovereenkomst bevat de afspraken die voor iedere route gelden."),
    ("nl", "2.  In een deelovereenkomst leggen partijen per route ten minste vast: het vmbo-profiel en de leerweg, de mbo-opleiding met niveau en opleidingsdomein, de betrokken leerbedrijven en hun rol, de locaties en de urenverdeling per leerjaar, en een eventuele overdracht van middelen als bedoeld in artikel 7."),
    ("nl", "3.  Bij strijdigheid gaat de deelovereenkomst voor, behalve waar het de artikelen 6, 10 en 13 van deze raamovereenkomst betreft; die gaan altijd voor."),
    ("nl", "4.  Een deelovereenkomst wordt ondertekend door dezelfde vertegenwoordigers als deze raamovereenkomst en maakt daarna deel uit van deze raamovereenkomst."),

    ("h1", "Artikel 3 Routeraad"),
    ("nl", "1.  Iedere route wordt namens partijen geleid door een routeraad."),
    ("nl", "2.  De routeraad bestaat uit: a. de afdelingsleider bovenbouw vmbo van het Wold College; b. de teamleider van het betrokken mbo-team van het Reestland College; c. een routecoördinator, die de vergaderingen voorzit."),
    ("nl", "3.  Het lid onder a wordt door het college van bestuur van SWR en het lid onder b door het college van bestuur van SRB schriftelijk aangewezen, telkens voor drie schooljaren; herbenoeming is mogelijk. De routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd op voordracht van de leden onder a en b. Bij tussentijds vertrek voorziet het betrokken college van bestuur binnen zes weken in de vacature."),
    ("nl", "4.  De routeraad is belast met de dagelijkse aansturing van de route, het opstellen van het PTA/OER per leerjaar en het voorleggen daarvan ter vaststelling aan beide colleges van bestuur, het vaststellen van het rooster en de verdeling van de lesuren over de docenten binnen de formatie die partijen beschikbaar stellen, de organisatie van de beroepspraktijkvorming met de leerbedrijven, het nemen van overstapbesluiten als bedoeld in artikel 6 en het beheer van het routebudget."),
    ("nl", "5.  De routeraad mag binnen het door partijen vastgestelde routebudget verplichtingen aangaan tot € 7.500 per geval. Besluiten over de formatie, de vaststelling van het PTA/OER, verplichtingen boven dat bedrag en wijziging van een deelovereenkomst blijven voorbehouden aan de colleges van bestuur."),
    ("nl", "6.  De routeraad besluit bij consensus. Ontbreekt consensus, dan legt de routecoördinator het punt voor aan het bestuurlijk overleg, bedoeld in artikel 4, derde lid."),

    ("h1", "Artikel 4 Informatie en verantwoording"),
    ("nl", "1.  De routeraad zendt beide colleges van bestuur tweemaal per jaar, uiterlijk op 1 maart en op 1 oktober, een voortgangsrapportage met ten minste de instroom, doorstroom, uitval en overstappen per cohort, de examenresultaten, de inzet van personeel en de besteding van het routebudget."),
    ("nl", "2.  Na afloop van ieder schooljaar legt de routeraad vóór 15 november verantwoording af in een jaarverslag, dat beide colleges van bestuur vaststellen en betrekken bij hun bestuursverslag."),
    ("nl", "3.  Na ontvangst van iedere voortgangsrapportage voeren een lid van het college van bestuur van SWR en een lid van het college van bestuur van SRB bestuurlijk overleg; de routecoördinator licht de rapportage daar toe."),
    ("nl", "4.  Voorvallen die de continuïteit van een route of de veiligheid van leerlingen raken, meldt de routeraad onverwijld aan beide colleges van bestuur."),

    ("h1", "Artikel 5 Organisatie en onderwijs"),
    ("nl", "1.  Een route wordt verzorgd op de locaties die in de deelovereenkomst zijn genoemd. Het onderwijsprogramma en de examinering per leerjaar, met aanduiding van de vo-onderdelen, de mbo-onderdelen en de gecombineerde onderdelen, staan in het PTA/OER."),
    ("nl", "2.  Docenten van beide partijen vormen per route één docententeam. Voor de vak- en sectoroverstijgende onderdelen die het PTA/OER als zodanig aanmerkt, werken partijen met teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); voor ieder programmaonderdeel is ten minste één daarvoor bevoegde docent in het team betrokken. Docenten blijven in dienst van hun eigen werkgever, die ook het werkgeversgezag uitoefent; partijen stellen elkaar docenten ter beschikking volgens de urenverdeling in de deelovereenkomst."),
    ("nl", "3.  SRB stelt haar praktijkwerkplaatsen, gereedschappen, meetapparatuur en de digitale leeromgeving ter beschikking aan leerlingen en docenten in de vo-fase. SWR stelt in de mbo-fase lokalen en de mediatheek van het Wold College ter beschikking voor zover onderwijs op die locatie plaatsvindt. Voor dit gebruik wordt geen huur in rekening gebracht."),
    ("nl", "4.  In de vo-fase is SWR verantwoordelijk voor het vmbo-deel en voor de vmbo-examinering en -diplomering; vanaf het derde leerjaar is SRB verantwoordelijk voor het mbo-deel, de beroepspraktijkvorming en de mbo-examinering. Verzuim wordt gemeld door de partij bij wie de leerling of student op dat moment staat ingeschreven."),
    ("nl", "5.  Beide partijen passen hun klachtenregeling ook toe op gedragingen van personeel van de andere partij in het kader van een route; de andere partij werkt mee aan de behandeling."),

    ("h1", "Artikel 6 Overstap"),
    ("nl", "1.  Een leerling of student die een route niet voortzet of niet met succes kan afronden, wordt door partijen in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij het onderwijsniveau dat hij heeft bereikt en bij zijn leeftijd."),
    ("nl", "2.  Welk alternatief passend is, beoordelen het Wold College en het Reestland College gezamenlijk, na een gesprek met de leerling en zijn ouders of verzorgers. De routeraad legt het besluit binnen vier weken na dat gesprek schriftelijk vast."),
    ("nl", "3.  Partijen bieden in elk geval de volgende mogelijkheden:"),
    ("li", "bij beëindiging in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte of basisberoepsgerichte leerweg van het Wold College, in hetzelfde of een ander profiel, gericht op het vmbo-diploma;"),
    ("li", "als het vmbo-diploma aan het einde van het derde leerjaar van de route niet is behaald: instroom in een andere opleiding op niveau 2 of 3 van het Reestland College, zonder dat de vooropleidingseisen gelden, of een extra leerjaar om het vmbo-diploma alsnog te behalen;"),
    ("li", "als de richting in de mbo-fase niet past: overstap naar een andere opleiding op hetzelfde niveau bij het Reestland College of, als de student dat wil, bij een andere instelling in de regio; het Reestland College ondersteunt de student dan bij het toelatingsonderzoek van die instelling."),
    ("nl", "4.  De werkwijze wordt verder beschreven in de schoolgids van het Wold College en de studiegids van het Reestland College."),

    ("h1", "Artikel 7 Middelen"),
    ("nl", "1.  Partijen dragen ieder de kosten van de eigen inzet, tenzij in een deelovereenkomst een overdracht van bekostiging is afgesproken."),
    ("nl", "2.  Een overdracht van bekostiging op grond van artikel 5.42a WVO 2020 of artikel 9.1.15 WEB wordt in de deelovereenkomst vastgelegd met het bedrag of de berekeningswijze en de bestemming van de middelen."),

    ("h1", "Artikel 8 Medezeggenschap"),
    ("nl", "1.  De medezeggenschapsraad van het Wold College en de studentenraad en de ondernemingsraad van het Reestland College behouden hun wettelijke bevoegdheden."),
    ("nl", "2.  Partijen spreken daarnaast af:"),
    ("li", "leerlingen in de vo-fase van een route kunnen als toehoorder met spreekrecht deelnemen aan de vergaderingen van de studentenraad van het Reestland College; per route is daarvoor één plaats beschikbaar;"),
    ("li", "ten minste eenmaal per schooljaar vergaderen afvaardigingen van de medezeggenschapsraad van het Wold College en de studentenraad van het Reestland College gezamenlijk over de routes; de routeraad stelt daarvoor het jaarverslag beschikbaar;"),
    ("li", "een voorgenomen besluit over een nieuwe deelovereenkomst of over beëindiging wordt ter advisering voorgelegd aan de medezeggenschapsraad van het Wold College en aan de studentenraad van het Reestland College."),

    ("h1", "Artikel 9 Gegevens"),
    ("p", "Partijen wisselen alleen de leerling- en studentgegevens uit die nodig zijn voor de uitvoering van een route, met inachtneming van de Algemene verordening gegevensbescherming. Zij leggen de uitwisseling vast in een verwerkingsregister."),

    ("h1", "Artikel 10 Geschillen"),
    ("nl", "1.  Een geschil tussen partijen over de uitvoering van deze raamovereenkomst of van een deelovereenkomst wordt eerst in de routeraad besproken."),
    ("nl", "2.  Is het geschil niet binnen vier weken opgelost, dan legt ieder van partijen het voor aan het bestuurlijk overleg, bedoeld in artikel 4, derde lid."),
    ("nl", "3.  Levert het bestuurlijk overleg binnen zes weken geen oplossing op, dan schakelen partijen een mediator in die zij samen kiezen. Worden zij het binnen twee weken niet eens over de keuze, dan vraagt de meest gerede partij de Mediatorsfederatie Nederland een mediator aan te wijzen."),
    ("nl", "4.  Heeft mediation na drie maanden niet tot een oplossing geleid, dan kan ieder van partijen het geschil voorleggen aan de bevoegde rechter van de Rechtbank Noord-Nederland."),

    ("h1", "Artikel 11 Toetreding"),
    ("nl", "1.  Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze raamovereenkomst toetreden, als beide partijen daarmee schriftelijk instemmen en de toetredende partij (a) deze raamovereenkomst ongewijzigd aanvaardt, (b) een deelovereenkomst sluit of tot een bestaande deelovereenkomst toetreedt en (c) de route in RIO meldt."),
    ("nl", "2.  Toetreding gaat in per 1 augustus. Zij verandert niets aan het programma van leerlingen die al in een route zitten; voor hen blijft het PTA/OER van hun cohort gelden."),

    ("h1", "Artikel 12 Wijziging"),
    ("nl", "1.  Deze raamovereenkomst en een deelovereenkomst kunnen alleen schriftelijk worden gewijzigd, door een stuk dat beide partijen ondertekenen. De routeraad kan wijzigingen voorstellen."),
    ("nl", "2.  Een wijziging die het programma, de examinering of de overstapmogelijkheden raakt, gaat niet eerder in dan het volgende schooljaar en geldt alleen voor nieuwe cohorten, tenzij zij voor zittende leerlingen gunstiger is."),

    ("h1", "Artikel 13 Duur, opzegging en ontbinding"),
    ("nl", "1.  Deze raamovereenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd."),
    ("nl", "2.  Ieder van partijen kan de raamovereenkomst of een deelovereenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met een opzegtermijn van ten minste twaalf maanden."),
    ("nl", "3.  Ontbinding is alleen mogelijk als de andere partij ernstig tekortschiet en dat na een schriftelijke ingebrekestelling niet binnen drie maanden herstelt, of als de bekostiging van een partij voor de betrokken opleiding eindigt."),
    ("nl", "4.  Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen en studenten die dan in een route zitten, ronden die bij partijen af volgens het PTA/OER van hun cohort. Partijen blijven daartoe de artikelen 3 tot en met 10 naleven totdat de laatste van hen de route heeft afgerond of een overstap als bedoeld in artikel 6 heeft gemaakt."),

    ("h1", "Artikel 14 Slotbepalingen"),
    ("nl", "1.  Partijen melden iedere route gezamenlijk aan de minister door registratie in RIO."),
    ("nl", "2.  Op deze raamovereenkomst en de deelovereenkomsten is Nederlands recht van toepassing."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend te Zuidwolde op 30 juni 2025."),
    ("sig", ["Stichting Scholengroep Wolden en Reest\n\n\n__________________\ndrs. J.H. Bakker-Oosting\nvoorzitter college van bestuur",
             "Stichting Reestland Beroepsonderwijs\n\n\n__________________\nir. A.P. Mulder\nvoorzitter college van bestuur"]),

    ("pb",),
    ("title", "DEELOVEREENKOMST NR. 1"),
    ("subtitle", "bij de Raamovereenkomst doorlopende leerroutes vmbo-mbo Wolden-Reest: route Elektrotechniek"),
    ("p", "SWR en SRB, beide als omschreven in de raamovereenkomst, spreken voor de route Elektrotechniek het volgende af. Begrippen hebben de betekenis die artikel 1 van de raamovereenkomst eraan geeft."),

    ("h1", "D1. De route"),
    ("nl", "1.  De route verbindt het profiel Produceren, installeren en energie (PIE) in de kaderberoepsgerichte leerweg van het Wold College met de mbo-opleiding Eerste monteur elektrotechnische installaties woning en utiliteit, niveau 3 (vakopleiding, BOL), in het opleidingsdomein Installatie- en energietechniek van het Reestland College."),
    ("nl", "2.  De route begint in leerjaar 3 van het vmbo en duurt in totaal vijf leerjaren. Het eerste cohort start op 1 augustus 2025 met ten hoogste zestien leerlingen."),
    ("nl", "3.  Het centraal examen vmbo wordt afgelegd in het tweede leerjaar van de route; leerlingen die dan niet slagen, kunnen het examen in het derde leerjaar afleggen."),

    ("h1", "D2. Werkveld en leerbedrijven"),
    ("nl", "1.  Aan de route nemen de volgende leerbedrijven deel: Installatiebedrijf Hoekstra & Zonen B.V. (Meppel), Elektro Drenthe-West B.V. (Hoogeveen) en Technisch Bureau Zwiers (Zuidwolde). Zij zijn erkend leerbedrijf; de adviseur van SBB ziet toe op de erkenning."),
    ("nl", "2.  De leerbedrijven bieden samen per cohort ten minste zestien bpv-plaatsen in de mbo-fase en in de vo-fase per leerling twee snuffelstages van vijf dagen."),
    ("nl", "3.  Ieder leerbedrijf levert per schooljaar ten minste één praktijkopdracht voor de leerlingen in de vo-fase en beoordeelt het resultaat mee."),
    ("nl", "4.  Een praktijkopleider van een van de leerbedrijven treedt op als tweede beoordelaar bij de proeve van bekwaamheid."),
    ("nl", "5.  Twee keer per jaar voert de routeraad werkveldoverleg met de leerbedrijven over het programma, de keuzedelen en de examenopdrachten; het advies wordt betrokken bij het PTA/OER."),

    ("h1", "D3. Locaties, uren en personeel"),
    ("nl", "1.  In de vo-fase volgen de leerlingen vier dagen per week onderwijs in het Wold College te Zuidwolde en één dag in de elektrowerkplaats van het Reestland College te Hoogeveen. In de mbo-fase vindt het onderwijs plaats in het Reestland College te Meppel, afgewisseld met de bpv."),
    ("nl", "2.  SRB zet in de vo-fase een docent elektrotechniek in voor 0,4 fte en een praktijkinstructeur voor 0,2 fte. SWR zet in het derde leerjaar van de route een docent Nederlands en een docent wiskunde in voor leerlingen die het centraal examen nog moeten afleggen, samen 0,1 fte."),

    ("h1", "D4. Geldstromen"),
    ("nl", "1.  SWR draagt op grond van artikel 5.42a WVO 2020 aan SRB over: € 1.150 per leerling per schooljaar in de eerste twee leerjaren van de route. Dit bedrag is bestemd voor de inzet van de docent en de praktijkinstructeur van SRB in de vo-fase en voor het verbruiksmateriaal in de elektrowerkplaats."),
    ("nl", "2.  SRB draagt op grond van artikel 9.1.15 WEB aan SWR over: € 450 per student die in het derde leerjaar van de route nog aan het centraal examen vmbo deelneemt. Dit bedrag is bestemd voor de examenbegeleiding en de afname door SWR."),
    ("nl", "3.  De aantallen worden vastgesteld naar de stand op 1 oktober; gefactureerd wordt op 1 december, betaling volgt binnen dertig dagen."),

    ("h1", "D5. Overige bepalingen"),
    ("p", "Voor al het overige, waaronder de leiding, de verantwoording, de overstap, de geschillen en de beëindiging, gelden de artikelen 3 tot en met 14 van de raamovereenkomst. Deze deelovereenkomst gaat in op 1 augustus 2025."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend te Zuidwolde op 30 juni 2025."),
    ("sig", ["Stichting Scholengroep Wolden en Reest\n\n\n__________________\ndrs. J.H. Bakker-Oosting",
             "Stichting Reestland Beroepsonderwijs\n\n\n__________________\nir. A.P. Mulder"]),
]


@sample(361, "h361_raamovereenkomst_deelovereenkomst_de_wolden", "pdf",
        "PDF, klassieke raamovereenkomst met deelovereenkomst, afgekorte partijnamen (SWR/SRB) en "
        "kruisverwijzingen; De Wolden/Meppel, PIE kb naar Eerste monteur elektrotechnische installaties "
        "niveau 3; profiel, bedrijfsleven en geldstromen staan in de deelovereenkomst; volledig",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "D1. De route", "b": "D2. Werkveld en leerbedrijven", "c": "Artikel 3 Routeraad",
         "d": "Artikel 4 Informatie en verantwoording", "e": "Artikel 5 Organisatie en onderwijs",
         "f": "Artikel 6 Overstap", "g": "D4. Geldstromen", "h": "Artikel 8 Medezeggenschap",
         "i": "Artikel 10 Geschillen", "j": "Artikel 13 Duur, opzegging en ontbinding"})
def make_h361(path):
    build_pdf(path, H361, "Raamovereenkomst doorlopende leerroutes vmbo-mbo Wolden-Reest",
              font="Times-Roman", size=9.5,
              header="Raamovereenkomst doorlopende leerroutes Wolden-Reest, versie 30 juni 2025")

# --------------------------------------------------------------------------- h362
H362 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Media & Vormgeving"),
    ("subtitle", "Het Baakse Veld College (Hengelo Gld) en het Berkelstroom College, regio Bronckhorst"),
    ("h1", "Wie sluiten deze overeenkomst?"),
    ("p", "Stichting Openbaar Voortgezet Onderwijs Bronckhorst, bevoegd gezag van Het Baakse Veld College in Hengelo (Gelderland), vertegenwoordigd door mevrouw M. Lensink-Harmsen, bestuurder; hierna: de school."),
    ("p", "Stichting Beroepsonderwijs IJssel-Berkel, bevoegd gezag van het Berkelstroom College, vertegenwoordigd door de heer drs. T.W. Gerritsen, voorzitter van het college van bestuur; hierna: het college."),
    ("p", "De school en het college werken al jaren samen in de kijkstages voor vmbo-leerlingen. Met deze overeenkomst maken zij daar een doorlopende leerroute van en leggen zij vast wat zij van elkaar mogen verwachten. Waar \u201cwij\u201d staat, zijn de school en het college samen bedoeld."),

    ("h1", "1. Om welke route gaat het?"),
    ("p", "De route begint in leerjaar 3 van het vmbo, in het profiel Media, vormgeving en ICT (MVI) van de gemengde leerweg,{fn:Route als bedoeld in artikel 2.107a WVO 2020: gemengde leerweg met aansluitend een middenkaderopleiding (niveau 4) in een aanverwant opleidingsdomein.} en loopt door in de mbo-opleiding Mediavormgever, niveau 4 (BOL), in het opleidingsdomein Media en vormgeving van het college. De hele route duurt vijf jaar: twee jaar vo-fase en drie jaar mbo-fase. Het vmbo-examen wordt in het tweede routejaar afgelegd; wie dan niet slaagt, doet het in het derde routejaar."),
    ("p", "Per schooljaar starten ten hoogste achttien leerlingen. Het eerste cohort begint op 1 augustus 2025."),

    ("h1", "2. Hoe doet het werkveld mee?"),
    ("p", "Drie mediabedrijven uit de regio doen vast mee: Studio Slingebeek (grafisch ontwerp, Vorden), Drukkerij Ten Haaf & Rouwmaat (Doetinchem) en Beeldhuis Achterhoek (film en animatie, Hengelo). Zij:"),
    ("li", "geven elke onderwijsperiode een echte opdracht aan de leerlingen van de vo-fase, met een briefing op de werkvloer;"),
    ("li", "beoordelen samen met de docenten de eindpresentaties aan het einde van elk schooljaar;"),
    ("li", "bieden samen ten minste twaalf stageplaatsen per cohort in de mbo-fase;"),
    ("li", "verzorgen ieder jaar minstens twee masterclasses op school."),
    ("p", "Daarnaast bespreekt de werkveldcommissie Media Oost-Gelderland van het college twee keer per jaar het programma van de route en geeft zij advies over de keuzedelen en de examenopdrachten. Het kernteam (vraag 3) neemt dat advies mee in het PTA/OER."),

    ("h1", "3. Wie stuurt de route aan?"),
    ("p", "Een kernteam stuurt de route aan. Daarin zitten een docent MVI van de school, een docent Mediavormgeving van het college en een routecoördinator, die het kernteam voorzit. Het kernteam komt minstens eens per zes weken bij elkaar. Het kernteam:"),
    ("li", "stelt elk jaar het gezamenlijke PTA/OER op en legt dat ter vaststelling voor aan beide besturen;"),
    ("li", "maakt het rooster en verdeelt de lessen over de docenten van de school en het college;"),
    ("li", "beslist over de inzet van de leerlingen bij werkveldopdrachten en stages;"),
    ("li", "beslist namens ons over uitgaven uit het routebudget tot \u20ac 5.000 per uitgave; grotere uitgaven legt het voor aan de besturen;"),
    ("li", "neemt het besluit over een overstap (vraag 6)."),
    ("p", "Het kernteam gaat geen verplichtingen aan buiten deze grenzen en beslist niet over personeel; dat blijft bij de werkgever."),

    ("h1", "4. Hoe weten de besturen wat er gebeurt?"),
    ("p", "Twee keer per jaar, in februari en in september, stuurt het kernteam beide besturen een voortgangsnotitie met de aantallen leerlingen per leerjaar, wie is gestopt of overgestapt, de examenresultaten, de stand van het routebudget en de knelpunten. Aan het einde van elk schooljaar legt het kernteam verantwoording af in een kort jaarverslag aan beide besturen. Vóór 1 juli bespreekt de routecoördinator dat jaarverslag met de bestuurder van de school en de voorzitter van het college van bestuur samen."),

    ("h1", "5. Hoe is het onderwijs geregeld?"),
    ("p", "Waar: in leerjaar 3 krijgen de leerlingen vier dagen les op de school en één dag in de mediawerkplaats van het college in Doetinchem; in leerjaar 4 is dat drie dagen school en twee dagen college. In de mbo-fase zijn de studenten op het college en bij de leerbedrijven."),
    ("p", "Wat: het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER. Daarin staat ook welke onderdelen vmbo zijn, welke mbo, en welke gecombineerd."),
    ("p", "Wie: de docenten van de school en het college vormen samen \u00e9\u00e9n team. Voor de vakoverstijgende onderdelen Ontwerpen en Beeld en geluid werken wij met teambevoegdheid;{fn:Artikel 7.13a WVO 2020 en artikel 9.1.12 WEB.} voor elk onderdeel is minstens \u00e9\u00e9n bevoegde docent betrokken. Het college zet in leerjaar 3 en 4 twee docenten Mediavormgeving in, samen acht lesuren per week. De school zet in het derde routejaar een docent Nederlands en een docent Engels in voor leerlingen die het vmbo-examen nog moeten halen. Iedereen blijft in dienst van zijn eigen werkgever."),
    ("p", "Waarmee: het college stelt zijn Mac-lokaal, de fotostudio, de geluidsstudio en de softwarelicenties beschikbaar aan de leerlingen van de vo-fase. De school stelt haar grafisch lokaal en de 3D-printers beschikbaar. Wij brengen elkaar daarvoor niets in rekening."),
    ("p", "Verder: tot en met leerjaar 4 staat de leerling ingeschreven op de school, daarna als student op het college. Verzuim meldt degene bij wie de leerling op dat moment is ingeschreven. Een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de klacht binnenkomt, en de andere partij werkt daaraan mee."),

    ("h1", "6. Wat als een leerling wil of moet overstappen?"),
    ("p", "Niemand valt tussen wal en schip. De school en het college zoeken samen, met de leerling en zijn ouders, naar een plek waar hij een diploma kan halen. Ze kijken daarbij naar wat de leerling al heeft gehaald en naar zijn leeftijd. Het kernteam neemt het besluit namens beide besturen, binnen vier weken na het gesprek met leerling en ouders.{fn:Zie artikel 2.107k WVO 2020 en artikel 9.1.14 WEB.}"),
    ("li", "Stopt de leerling in leerjaar 3 of 4? Dan gaat hij verder in de gemengde of de kaderberoepsgerichte leerweg van de school, in MVI of in een ander profiel, en haalt hij daar zijn vmbo-diploma."),
    ("li", "Haalt hij in het derde routejaar zijn vmbo-diploma niet? Dan kan hij toch beginnen aan een andere mbo-opleiding van het college op niveau 3 of 4, zonder dat de toelatingseisen gelden, of hij doet een jaar over om het vmbo-diploma te halen."),
    ("li", "Past de richting niet? Dan stapt hij over naar een andere opleiding op niveau 4 bij het college, bijvoorbeeld ICT of Commercie, of naar een andere mbo-school; het college helpt dan bij het toelatingsonderzoek daar."),
    ("li", "Verhuist hij? Dan zoeken wij samen met de nieuwe school of mbo-school in zijn nieuwe woonplaats een vergelijkbare opleiding."),
    ("p", "De school beschrijft deze werkwijze ook in de schoolgids."),

    ("h1", "7. Gaat er geld van de ene naar de andere partij?"),
    ("p", "Nee. Er wordt geen bekostiging overgedragen tussen de school en het college. Iedere partij betaalt haar eigen personeel en voorzieningen. Het routebudget van vraag 3 bestaat uit een vast bedrag dat iedere partij uit eigen middelen vrijmaakt."),

    ("h1", "8. Hoe is de medezeggenschap geregeld?"),
    ("p", "Voor de leerlingen in leerjaar 3 en 4, hun ouders en het personeel van de school is de medezeggenschapsraad van de school het aanspreekpunt. Voor de studenten vanaf het derde routejaar en het personeel van het college zijn dat de studentenraad en de ondernemingsraad van het college. Wij spreken daarnaast af:"),
    ("li", "de medezeggenschapsraad van de school en de studentenraad van het college krijgen allebei het jaarverslag van het kernteam en mogen daarover advies geven aan beide besturen;"),
    ("li", "de leerlingen van leerjaar 4 kiezen uit hun midden \u00e9\u00e9n vertegenwoordiger die de vergaderingen van de studentenraad van het college bijwoont en daar het woord mag voeren."),

    ("h1", "9. Wat doen we als we het oneens zijn?"),
    ("p", "Verschillen van inzicht over de uitvoering van deze overeenkomst lossen wij op in onderling overleg, in goede verstandhouding en met het belang van de leerlingen voorop."),

    ("h1", "10. Kan er een school bij? En hoe veranderen of stoppen we?"),
    ("p", "Erbij komen: een andere vmbo-school of mbo-instelling kan meedoen als beide besturen daar schriftelijk mee instemmen, de nieuwe partij deze overeenkomst ondertekent (zo nodig met een aanvulling voor haar eigen route) en de route ook voor haar in RIO wordt gemeld. Een nieuwe partij komt er alleen per 1 augustus bij; voor leerlingen die al in de route zitten verandert er niets."),
    ("p", "Veranderen: deze overeenkomst verandert alleen met een schriftelijk stuk dat beide besturen ondertekenen. Een verandering van het programma of de examinering geldt pas vanaf het volgende schooljaar en alleen voor nieuwe leerlingen."),
    ("p", "Stoppen: iedere partij kan de overeenkomst schriftelijk opzeggen met een termijn van twaalf maanden, altijd per 1 augustus. Mag een van ons de opleiding niet meer aanbieden, dan eindigt de overeenkomst aan het einde van dat schooljaar. Na het einde starten er geen nieuwe leerlingen meer. Leerlingen die al in de route zitten maken haar af bij de school en het college, of krijgen een overstap zoals beschreven bij vraag 6."),

    ("h1", "11. Wanneer gaat dit in?"),
    ("p", "Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd. De school en het college melden de route samen aan bij DUO via RIO."),
    ("p", "Getekend in Hengelo (Gld) op 30 juni 2025."),
    ("table", [["Voor de school", "Voor het college"],
               ["M. Lensink-Harmsen, bestuurder Stichting Openbaar Voortgezet Onderwijs Bronckhorst",
                "drs. T.W. Gerritsen, voorzitter college van bestuur Stichting Beroepsonderwijs IJssel-Berkel"],
               ["handtekening:", "handtekening:"]]),
]


@sample(362, "h362_vraagkoppen_voetnoten_media_bronckhorst", "docx",
        "DOCX, kopjes als vragen in wij-vorm met echte voetnoten, Bronckhorst/Achterhoek, MVI gl naar "
        "Mediavormgever niveau 4; kernteam met samenstelling en taken maar zonder wijze van aanwijzing, "
        "geschillen alleen in onderling overleg",
        {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "weak", "j": "present"},
        {"a": "1. Om welke route gaat het?", "b": "2. Hoe doet het werkveld mee?",
         "d": "4. Hoe weten de besturen wat er gebeurt?", "e": "5. Hoe is het onderwijs geregeld?",
         "f": "6. Wat als een leerling wil of moet overstappen?",
         "g": "7. Gaat er geld van de ene naar de andere partij?",
         "h": "8. Hoe is de medezeggenschap geregeld?",
         "j": "10. Kan er een school bij? En hoe veranderen of stoppen we?"})
def make_h362(path):
    b = DocxBuilder("Samenwerkingsovereenkomst doorlopende leerroute Media & Vormgeving")
    blocks_to_docx(b, H362)
    b.save(path)

# --------------------------------------------------------------------------- h363
H363 = """# Interne regeling doorlopende leerroute Paardenhouderij

**Stichting Agrarisch Opleidingscentrum Zuidrand**
Besluit van het college van bestuur van 30 juni 2025, kenmerk CvB/2025/117

Het college van bestuur van de Stichting Agrarisch Opleidingscentrum Zuidrand (hierna: AOC Zuidrand), bevoegd gezag van zowel de vmbo-groenschool AOC Zuidrand locatie Rhoon als de mbo-opleidingen van AOC Zuidrand locatie Barendrecht,

*gelet op* artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;

*overwegende dat* de doorlopende leerroute Paardenhouderij volledig binnen AOC Zuidrand wordt verzorgd, zodat geen samenwerkingsovereenkomst met een andere rechtspersoon nodig is en met een interne regeling kan worden volstaan;

*gehoord* de medezeggenschapsraad van de vmbo-locatie en de deelraad van de mbo-locatie;

**besluit** vast te stellen de volgende regeling.

---

## Artikel 1 – Begrippen

In deze regeling wordt verstaan onder:

- *route*: de doorlopende leerroute vmbo-mbo Paardenhouderij;
- *vmbo-locatie*: AOC Zuidrand locatie Rhoon, Rhoonse Baan, Albrandswaard;
- *mbo-locatie*: AOC Zuidrand locatie Barendrecht, afdeling Dier en Paard;
- *routeteam*: het team, bedoeld in artikel 4;
- *PTA/OER*: het programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route, samen in één document.

## Artikel 2 – De route

1. De route begint in leerjaar 3 van de vmbo-locatie in het profiel Groen van de kaderberoepsgerichte leerweg, met keuzevakken die gericht zijn op de verzorging en het houden van dieren.
2. De route leidt naar de mbo-opleiding Vakbekwaam medewerker paardensport en -houderij, niveau 3 (vakopleiding, BOL), in het opleidingsdomein Voedsel, natuur en leefomgeving, die op de mbo-locatie wordt verzorgd.
3. De route duurt vijf leerjaren. Per schooljaar worden ten hoogste veertien leerlingen toegelaten; het eerste cohort start op 1 augustus 2025.
4. Het centraal examen vmbo wordt afgelegd in het tweede leerjaar van de route, of uiterlijk in het derde leerjaar.

## Artikel 3 – Werkveld

1. De route wordt uitgevoerd samen met de volgende erkende leerbedrijven: Manege De Koedood (Rhoon), Pensionstal Valkenhorst (Poortugaal), Hoefsmederij Van der Heijden (Barendrecht) en Paardenkliniek Albrandswaard.
2. Deze leerbedrijven:
   a. ontvangen de leerlingen van de vo-fase eens per twee weken voor een praktijkdag op het bedrijf;
   b. bieden samen ten minste veertien bpv-plaatsen per cohort in de mbo-fase;
   c. leveren een praktijkopleider die als tweede beoordelaar optreedt bij de proeven van bekwaamheid;
   d. nemen deel aan de jaarlijkse werkveldbijeenkomst, waarin het programma, de keuzedelen en de examenopdrachten worden besproken en het werkveld advies uitbrengt over het PTA/OER.
3. De praktijkopleiders worden jaarlijks geschoold in de begeleiding van jonge leerlingen; de SBB-adviseur van AOC Zuidrand bewaakt de erkenningen.

## Artikel 4 – Leiding

1. De leiding over de route berust bij een routeteam, bestaande uit de teamleider van de vmbo-locatie, de opleidingsmanager Dier en Paard van de mbo-locatie en een routecoördinator.
2. Het college van bestuur wijst de leden van het routeteam aan voor een periode van drie schooljaren. De routecoördinator wordt aangewezen op voordracht van de teamleider en de opleidingsmanager.
3. Het routeteam heeft tot taak:
   a. het opstellen en jaarlijks bijstellen van het PTA/OER;
   b. het vaststellen van het rooster en de verdeling van de lesuren over de docenten en instructeurs;
   c. het organiseren van de praktijkdagen en de bpv met de leerbedrijven;
   d. het nemen van besluiten over de plaatsing van leerlingen die de route verlaten, met inachtneming van artikel 7.
4. Het routeteam is bevoegd om binnen het routebudget uitgaven te doen tot € 4.000 per uitgave. Het PTA/OER wordt vastgesteld door het college van bestuur; besluiten over personeel en over uitgaven boven € 4.000 zijn voorbehouden aan het college van bestuur.

## Artikel 5 – Informatie aan het college van bestuur

De routecoördinator houdt het college van bestuur op de hoogte van de gang van zaken in de route en meldt bijzonderheden.

## Artikel 6 – Inrichting van het onderwijs

1. *Locaties.* In de eerste twee leerjaren van de route krijgen de leerlingen hun onderwijs op de vmbo-locatie, met één dag per week op de mbo-locatie in de stallen en de rijhal. Vanaf het derde leerjaar vindt het onderwijs plaats op de mbo-locatie en bij de leerbedrijven.
2. *Programma.* Het onderwijsprogramma en de examinering per leerjaar, met aanduiding van de vmbo-onderdelen, de mbo-onderdelen en de gecombineerde onderdelen, staan in het PTA/OER.
3. *Personeel.* Docenten van de vmbo-locatie en docenten en instructeurs van de mbo-locatie vormen samen één docententeam. Voor de vakoverstijgende onderdelen Paard en verzorging en Ondernemen in de paardenhouderij wordt gewerkt met teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; voor elk onderdeel is ten minste één bevoegde docent betrokken. Twee instructeurs van de mbo-locatie verzorgen in de vo-fase samen zes uur praktijkles per week.
4. *Faciliteiten.* De stallen, de rijhal, de longeerbak en de hoefsmidse van de mbo-locatie zijn in de vo-fase beschikbaar voor de leerlingen van de route. Het biologielokaal en de practicumruimte van de vmbo-locatie worden gebruikt voor de algemene vakken. AOC Zuidrand verzorgt het vervoer tussen de locaties met een pendelbus.
5. *Inschrijving.* In de eerste twee leerjaren staat de leerling ingeschreven als vmbo-leerling, daarna als mbo-student.

## Artikel 7 – Leerlingen die de route verlaten

1. Een leerling die de route niet kan of niet wil voortzetten, bespreekt dit met zijn mentor. De teamleider van de vmbo-locatie en de opleidingsmanager Dier en Paard beslissen samen over het vervolg, nadat zij de leerling en zijn ouders hebben gehoord.
2. Een leerling die in de eerste twee leerjaren van de route stopt, gaat verder in de reguliere kaderberoepsgerichte leerweg van het profiel Groen op de vmbo-locatie en sluit daar af met het vmbo-diploma.
3. Een student die de route in de mbo-fase verlaat, kan worden toegelaten tot een andere mbo-opleiding van AOC Zuidrand, mits hij beschikt over een diploma van de kaderberoepsgerichte of de gemengde leerweg en voldoet aan de toelatingseisen die voor die opleiding gelden.
4. Een student die geen vmbo-diploma heeft behaald, kan alleen worden geplaatst in de Entree-opleiding van AOC Zuidrand.

## Artikel 8 – Bekostiging

Binnen AOC Zuidrand vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de route komen ten laste van de begroting van de locatie waar het onderwijs wordt gegeven.

## Artikel 9 – Melding, inwerkingtreding en citeertitel

1. Het college van bestuur meldt de route aan de minister door registratie in RIO.
2. Deze regeling treedt in werking op 1 augustus 2025.
3. Deze regeling wordt aangehaald als: Interne regeling route Paardenhouderij AOC Zuidrand.

Vastgesteld te Barendrecht op 30 juni 2025.

Het college van bestuur van de Stichting Agrarisch Opleidingscentrum Zuidrand,

ir. W.F. Kool-Verhagen, voorzitter
"""


@sample(363, "h363_interne_regeling_aoc_groene_route_albrandswaard", "md",
        "Markdown, interne regeling in besluitvorm van een AOC (groene route), Albrandswaard, Groen kb naar "
        "Vakbekwaam medewerker paardensport en -houderij niveau 3; informatie aan het bestuur zonder vorm of "
        "frequentie, overstap in de mbo-fase met vooropleidingseisen binnen dezelfde instelling en alleen "
        "Entree zonder diploma; h/i/j n.v.t.",
        {"a": "present", "b": "present", "c": "present", "d": "weak", "e": "present",
         "f": "weak", "g": "present", "h": "not_applicable", "i": "not_applicable",
         "j": "not_applicable"},
        {"a": "Artikel 2 – De route", "b": "Artikel 3 – Werkveld", "c": "Artikel 4 – Leiding",
         "e": "Artikel 6 – Inrichting van het onderwijs", "g": "Artikel 8 – Bekostiging"})
def make_h363(path):
    Path(path).write_text(H363, encoding="utf-8")

# --------------------------------------------------------------------------- h364
# (kind, text, level) -- "art" = auto-numbered article heading, "lid" = auto-numbered paragraph,
# "sub" = auto-numbered sub-item (a, b, c), "p" = unnumbered paragraph.
H364 = [
    ("title", "Samenwerkingsovereenkomst Logistieke leerroute Mergelland"),
    ("p", "doorlopende leerroute vmbo-mbo Mobiliteit en transport \u2013 Logistiek medewerker"),
    ("pb_", "De ondergetekenden:"),
    ("p", "1. de Stichting Voortgezet Onderwijs Heuvelland-Maas, gevestigd te Eijsden-Margraten, bevoegd gezag van het Mergelland College, vmbo-locatie Eijsden, te dezen vertegenwoordigd door de heer mr. R.J.M. Vandeberg, voorzitter van het college van bestuur, hierna te noemen: \u201cSVHM\u201d;"),
    ("p", "2. de Stichting Regionaal Opleidingencentrum Maas en Geul, gevestigd te Maastricht, bevoegd gezag van het Geulmond College, te dezen vertegenwoordigd door mevrouw drs. C.A.H. Ploumen, lid van het college van bestuur, hierna te noemen: \u201cROC M&G\u201d;"),
    ("p", "hierna gezamenlijk te noemen: \u201cpartijen\u201d,"),
    ("p", "overwegende dat partijen leerlingen van het Mergelland College met belangstelling voor logistiek een ononderbroken weg naar een mbo-diploma willen bieden en dat de logistieke bedrijven rond Eijsden, Maastricht-Airport en Beek daarom vragen;"),
    ("p", "verklaren te zijn overeengekomen als volgt:"),

    ("art", "Begrippen"),
    ("lid", "In deze overeenkomst wordt verstaan onder route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB, die partijen op grond van deze overeenkomst verzorgen."),
    ("lid", "Onder vo-fase worden verstaan de eerste twee leerjaren van de route en onder mbo-fase de daarop volgende leerjaren."),
    ("lid", "Onder stuurgroep wordt verstaan de stuurgroep, bedoeld in artikel 4."),

    ("art", "Doel en inhoud van de route"),
    ("lid", "De route verbindt het profiel Mobiliteit en transport van de basisberoepsgerichte leerweg van het Mergelland College met de opleiding Logistiek medewerker, niveau 2 (basisberoepsopleiding), in het opleidingsdomein Transport, scheepvaart en logistiek van het Geulmond College."),
    ("lid", "De route begint in leerjaar 3 van het vmbo en duurt vier leerjaren. In de mbo-fase kan de student kiezen tussen de beroepsopleidende leerweg en, vanaf het vierde leerjaar van de route, de beroepsbegeleidende leerweg."),
    ("lid", "Per schooljaar nemen ten hoogste twintig leerlingen deel."),

    ("art", "Inbreng van het logistieke werkveld"),
    ("lid", "Aan de route werken mee: Distributiecentrum Maasvallei B.V. te Eijsden, Transportbedrijf Ramaekers-Lemmens te Margraten, Crossdock Zuid-Limburg B.V. te Beek en het Logistiek Platform Zuid-Limburg, waarin de logistieke werkgevers uit de regio zijn verenigd."),
    ("lid", "De in het eerste lid genoemde bedrijven:"),
    ("sub", "stellen samen per cohort ten minste twintig bpv-plaatsen beschikbaar, waarvan ten minste zes als BBL-werkplek;"),
    ("sub", "ontvangen de leerlingen in de vo-fase viermaal per schooljaar voor een bedrijfsbezoek met een opdracht op de werkvloer;"),
    ("sub", "verzorgen per schooljaar ten minste drie gastlessen over voorraadbeheer, orderpicking en veiligheid;"),
    ("sub", "leveren praktijkbeoordelaars voor de proeven van bekwaamheid."),
    ("lid", "Het Logistiek Platform Zuid-Limburg adviseert de stuurgroep jaarlijks over de inhoud van het programma en de keuzedelen, waaronder het keuzedeel Heftruck rijden."),

    ("art", "Stuurgroep"),
    ("lid", "De leiding over de route berust bij een stuurgroep, bestaande uit de locatiedirecteur van het Mergelland College te Eijsden, de onderwijsmanager Logistiek van het Geulmond College en een trajectbegeleider, die als secretaris optreedt."),
    ("lid", "De locatiedirecteur wordt door het college van bestuur van SVHM en de onderwijsmanager door het college van bestuur van ROC M&G in de stuurgroep benoemd. De trajectbegeleider wordt door beide colleges van bestuur gezamenlijk aangewezen. Een benoeming geldt voor onbepaalde tijd en kan door het benoemende college van bestuur worden ingetrokken."),
    ("lid", "De stuurgroep stelt het gezamenlijke PTA/OER op, regelt de onderwijsorganisatie en het rooster, verdeelt de taken van de docenten binnen de uren die partijen beschikbaar stellen, onderhoudt de contacten met het werkveld en beslist over overstappen als bedoeld in artikel 7."),
    ("lid", "De stuurgroep is gemandateerd om namens partijen afspraken te maken met leerbedrijven over bpv en bedrijfsbezoeken en om uitgaven te doen binnen de jaarbegroting van de route. Het vaststellen van het PTA/OER, de jaarbegroting en besluiten met gevolgen voor de formatie zijn voorbehouden aan de colleges van bestuur."),

    ("art", "Rapportage aan de besturen"),
    ("lid", "De stuurgroep verstrekt beide colleges van bestuur ieder kwartaal een beknopte rapportage over de aantallen leerlingen, het verzuim, de uitval en de overstappen, de bpv en de uitputting van de begroting."),
    ("lid", "Jaarlijks vóór 1 december legt de stuurgroep aan beide colleges van bestuur verantwoording af over het afgelopen schooljaar in een evaluatieverslag, dat in een gezamenlijke bestuurlijke bijeenkomst wordt besproken."),
    ("lid", "De colleges van bestuur kunnen de stuurgroep op ieder moment om aanvullende inlichtingen vragen; de stuurgroep verstrekt die binnen twee weken."),

    ("art", "Onderwijs en organisatie"),
    ("lid", "In de vo-fase vindt het onderwijs plaats in het Mergelland College te Eijsden en op twee dagdelen per week in het oefenmagazijn van het Geulmond College te Maastricht. In de mbo-fase vindt het onderwijs plaats in het Geulmond College en bij de leerbedrijven."),
    ("lid", "Partijen beschrijven het onderwijsprogramma, de examinering en de bpv per leerjaar in het gezamenlijke PTA/OER, met aanduiding van de vo- en mbo-onderdelen. Het centraal examen vmbo wordt afgelegd aan het einde van het tweede leerjaar van de route."),
    ("lid", "Docenten van beide partijen vormen \u00e9\u00e9n team onder aansturing van de stuurgroep. ROC M&G zet in de vo-fase een docent logistiek en een praktijkinstructeur in voor samen tien lesuren per week. SVHM zet haar docenten Mobiliteit en transport in voor de beroepsgerichte vakken in de vo-fase en, waar nodig, in het derde leerjaar voor herkansingen. Voor het vakoverstijgende onderdeel Magazijn en voorraad maken partijen gebruik van de teambevoegdheid; voor ieder onderdeel is ten minste \u00e9\u00e9n bevoegde docent verantwoordelijk."),
    ("lid", "ROC M&G stelt in de vo-fase het oefenmagazijn, de heftrucks met simulator, de scanners en het warehousemanagementsysteem ter beschikking. SVHM stelt de praktijkwerkplaats Mobiliteit en transport en de computerlokalen ter beschikking aan studenten die daar in de mbo-fase herkansen."),
    ("lid", "Iedere partij is verantwoordelijk voor de leerlingen en studenten die bij haar staan ingeschreven, waaronder de examinering, de verzuimregistratie en de leerlingbegeleiding."),

    ("art", "Overstapmogelijkheden"),
    ("lid", "Verlaat een leerling of student de route voordat hij haar met succes heeft afgerond, dan zorgen partijen ervoor dat hij een vmbo- of mbo-diploma kan behalen dat aansluit bij zijn bereikte onderwijsniveau en zijn leeftijd. Het oordeel daarover vormen partijen gezamenlijk in de stuurgroep, na overleg met de leerling en zijn ouders."),
    ("lid", "Afhankelijk van het moment staan ten minste de volgende wegen open:"),
    ("sub", "in de vo-fase: voortzetting in de basisberoepsgerichte leerweg van het Mergelland College, in het profiel Mobiliteit en transport of een ander profiel, met het vmbo-diploma als doel;"),
    ("sub", "bij het niet behalen van het vmbo-diploma: plaatsing in een andere opleiding op niveau 2 van het Geulmond College zonder toepassing van de vooropleidingseisen, of het alsnog afleggen van het vmbo-examen in het derde leerjaar van de route;"),
    ("sub", "in de mbo-fase: overstap naar een andere opleiding op niveau 2 bij het Geulmond College, bijvoorbeeld Medewerker transport, of bij een andere instelling, waarbij ROC M&G het toelatingsonderzoek van die instelling ondersteunt."),
    ("lid", "De uitwerking staat in de schoolgids van het Mergelland College en de studiegids van het Geulmond College."),

    ("art", "Financi\u00eble bepalingen"),
    ("lid", "SVHM draagt op grond van artikel 5.42a WVO 2020 jaarlijks een bedrag van \u20ac 36.000 over aan ROC M&G. Dit bedrag is bestemd voor de inzet van de docent logistiek en de praktijkinstructeur in de vo-fase en voor het gebruik en onderhoud van het oefenmagazijn en de heftrucksimulator."),
    ("lid", "Het bedrag wordt jaarlijks per 1 januari ge\u00efndexeerd met de loonindex van de cao vo en in twee gelijke termijnen, op 1 oktober en 1 maart, gefactureerd."),
    ("lid", "Verder draagt iedere partij haar eigen kosten."),

    ("art", "Medezeggenschap"),
    ("lid", "Op de medezeggenschap zijn van toepassing de Wet medezeggenschap op scholen, voor de leerlingen in de vo-fase, hun ouders en het personeel van SVHM, en de WEB en de Wet op de ondernemingsraden, voor de studenten in de mbo-fase en het personeel van ROC M&G."),
    ("lid", "Partijen kunnen in onderling overleg aanvullende afspraken maken over de medezeggenschap in de route."),

    ("art", "Klachten en aansprakelijkheid"),
    ("lid", "De klachtenregeling van iedere partij is mede van toepassing op gedragingen van personeel van de andere partij in het kader van de route."),
    ("lid", "Iedere partij is verzekerd voor haar wettelijke aansprakelijkheid, ook voor leerlingen die onderwijs volgen op de locatie van de andere partij."),

    ("art", "Geschillenregeling"),
    ("lid", "Een geschil over de uitvoering van deze overeenkomst wordt eerst in de stuurgroep besproken en, als het daar niet binnen een maand is opgelost, in een overleg tussen de colleges van bestuur."),
    ("lid", "Blijft het geschil daarna bestaan, dan legt de meest gerede partij het voor aan een geschillencommissie van drie leden. Iedere partij wijst een lid aan; die twee leden kiezen samen een onafhankelijke voorzitter."),
    ("lid", "De geschillencommissie brengt binnen acht weken bindend advies uit. De kosten worden gelijk gedeeld."),

    ("art", "Toetreding en wijziging"),
    ("lid", "Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden met schriftelijke instemming van beide partijen, door ondertekening van een toetredingsverklaring waarin zij de overeenkomst aanvaardt, en na melding van de route in RIO. Toetreding gaat in bij het begin van een schooljaar en laat het programma van leerlingen die al deelnemen ongemoeid."),
    ("lid", "Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke, door beide partijen ondertekende overeenkomst. Wijzigingen die het programma of de examinering raken, gelden pas voor het cohort dat na de wijziging instroomt."),

    ("art", "Looptijd en be\u00ebindiging"),
    ("lid", "Deze overeenkomst gaat in op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd."),
    ("lid", "Iedere partij kan de overeenkomst bij aangetekende brief opzeggen tegen het einde van een schooljaar, met inachtneming van een termijn van ten minste twaalf maanden."),
    ("lid", "Iedere partij kan de overeenkomst ontbinden als de andere partij, na schriftelijk in gebreke te zijn gesteld, haar verplichtingen niet binnen drie maanden nakomt."),
    ("lid", "Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten. Leerlingen en studenten die op dat moment deelnemen, ronden de route af onder de voorwaarden van deze overeenkomst, die voor hen van kracht blijft tot de laatste de route heeft voltooid of een overstap als bedoeld in artikel 7 heeft gemaakt."),

    ("art", "Slotbepalingen"),
    ("lid", "Partijen melden de route gezamenlijk aan bij de minister door registratie in RIO."),
    ("lid", "Op deze overeenkomst is Nederlands recht van toepassing."),
    ("p", "Aldus in tweevoud opgemaakt en ondertekend te Eijsden op 30 juni 2025."),
    ("table", [["Stichting Voortgezet Onderwijs Heuvelland-Maas", "Stichting ROC Maas en Geul"],
               ["mr. R.J.M. Vandeberg, voorzitter college van bestuur", "drs. C.A.H. Ploumen, lid college van bestuur"],
               ["", ""]]),
]


@sample(364, "h364_autonummering_logistiek_eijsden_margraten", "docx",
        "DOCX, klassieke artikelen met Word-autonummering (artikelnummers en leden niet in de tekst) en "
        "kruisverwijzingen, Eijsden-Margraten/Zuid-Limburg, Mobiliteit en transport bb naar Logistiek "
        "medewerker niveau 2 (logistieke route); volledig, medezeggenschap alleen wettelijke regimes en 'kunnen'",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
        {"a": "Doel en inhoud van de route", "b": "Inbreng van het logistieke werkveld",
         "c": "Stuurgroep", "d": "Rapportage aan de besturen", "e": "Onderwijs en organisatie",
         "f": "Overstapmogelijkheden", "g": "Financi\u00eble bepalingen",
         "i": "Geschillenregeling", "j": "Looptijd en be\u00ebindiging"})
def make_h364(path):
    b = DocxBuilder("Samenwerkingsovereenkomst Logistieke leerroute Mergelland", font="Cambria", size=10.5)
    b.define_numbering("art", [("Artikel %1", "decimal", 0, True),
                               ("%1.%2", "decimal", 567, False),
                               ("%3.", "lowerLetter", 1134, False)])
    for blk in H364:
        kind = blk[0]
        if kind == "art":
            b.add("h2", blk[1], num="art", level=0)
        elif kind == "lid":
            b.add("p", blk[1], num="art", level=1)
        elif kind == "sub":
            b.add("p", blk[1], num="art", level=2)
        elif kind == "table":
            b.table(blk[1])
        elif kind == "pb_":
            b.add("p", blk[1], bold=True)
        else:
            b.add(kind, blk[1])
    b.save(path)

# --------------------------------------------------------------------------- h365
H365 = [
    ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE ZORG EN WELZIJN \u2013 BEGELEIDER GEHANDICAPTENZORG"),
    ("subtitle", "Linde College, Tjongerschans vmbo en Tjonger Vakcollege \u2013 Ooststellingwerf"),
    ("h2", "Inhoud"),
    ("p", "Hoofdstuk I Algemeen (artikelen 1\u20133) \u2022 Hoofdstuk II Bestuur en leiding (artikelen 4\u20136) \u2022 Hoofdstuk III Onderwijs en werkveld (artikelen 7\u201311) \u2022 Hoofdstuk IV Financi\u00ebn (artikel 12) \u2022 Hoofdstuk V Medezeggenschap, geschillen en slotbepalingen (artikelen 13\u201318) \u2022 Ondertekening \u2022 Toelichting"),
    ("h2", "Partijen"),
    ("nl", "1.  De Stichting voor Christelijk Voortgezet Onderwijs Stellingwerven, gevestigd te Oosterwolde, gemeente Ooststellingwerf, bevoegd gezag van het Linde College (vmbo), ingeschreven in het handelsregister onder nummer 41003318, rechtsgeldig vertegenwoordigd door mevrouw A.G. Hoekstra-Veenstra MEd, bestuurder, hierna: \u201cCVO Stellingwerven\u201d;"),
    ("nl", "2.  De Stichting Openbaar Voortgezet Onderwijs Tjongervallei, gevestigd te Oldeberkoop, bevoegd gezag van Tjongerschans vmbo, ingeschreven in het handelsregister onder nummer 41005872, rechtsgeldig vertegenwoordigd door de heer J. de Vries, voorzitter van het college van bestuur, hierna: \u201cOVO Tjongervallei\u201d;"),
    ("nl", "3.  De Stichting Beroepsonderwijs Zuidoost-Frysl\u00e2n, gevestigd te Oosterwolde, handelend onder de naam Tjonger Vakcollege, instelling voor beroepsonderwijs, ingeschreven in het handelsregister onder nummer 01128764, rechtsgeldig vertegenwoordigd door mevrouw drs. H.M. Wijnstra, voorzitter van het college van bestuur, hierna: \u201cde instelling\u201d;"),
    ("p", "CVO Stellingwerven en OVO Tjongervallei hierna samen ook: \u201cde scholen\u201d; de scholen en de instelling samen: \u201cpartijen\u201d."),
    ("h2", "Overwegingen"),
    ("nl", "A.  De gehandicaptenzorg in Zuidoost-Frysl\u00e2n kampt met een groeiend tekort aan begeleiders op niveau 3, terwijl veel leerlingen van de scholen na het vmbo de regio verlaten voor een vervolgopleiding."),
    ("nl", "B.  Partijen willen gezamenlijk een doorlopende leerroute vmbo-mbo verzorgen als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB.{fn:Wet voortgezet onderwijs 2020 (Stb. 2020, 157 en latere wijzigingen); Wet educatie en beroepsonderwijs, hoofdstuk 9, titel 1, paragraaf 1.}"),
    ("nl", "C.  Partijen hebben deze overeenkomst opgesteld aan de hand van de bouwsteen \u201cSamenwerkingsovereenkomst\u201d van het programma Sterk beroepsonderwijs en leggen daarin de onderwerpen vast die artikel 2.107b, tweede lid, WVO 2020 voorschrijft.{fn:Zie ook artikel 9.1.3, tweede lid, WEB, dat naar dezelfde onderwerpen verwijst.}"),
    ("p", "Partijen komen het volgende overeen."),

    ("h1", "Hoofdstuk I Algemeen"),
    ("h2", "Artikel 1 Definities"),
    ("p", "In deze overeenkomst wordt verstaan onder:"),
    ("nl", "a.  route: de doorlopende leerroute vmbo-mbo Zorg en welzijn \u2013 Begeleider gehandicaptenzorg, bedoeld in artikel 2;"),
    ("nl", "b.  leerling: een leerling van een van de scholen die deelneemt aan de route en nog niet als student bij de instelling is ingeschreven;"),
    ("nl", "c.  student: een deelnemer aan de route die is ingeschreven bij de instelling;"),
    ("nl", "d.  vo-fase: het eerste en het tweede leerjaar van de route;"),
    ("nl", "e.  mbo-fase: het derde en volgende leerjaren van de route;"),
    ("nl", "f.  routeleiding: het orgaan, bedoeld in artikel 4;"),
    ("nl", "g.  routeleider: de voorzitter van de routeleiding;"),
    ("nl", "h.  PTA/OER: het gezamenlijke programma van toetsing en afsluiting van de scholen en de onderwijs- en examenregeling van de instelling voor de route, vastgelegd in \u00e9\u00e9n document;"),
    ("nl", "i.  zorgpartners: de zorgorganisaties, bedoeld in artikel 10."),
    ("h2", "Artikel 2 Voorwerp van de overeenkomst"),
    ("nl", "1.  Partijen verzorgen gezamenlijk een doorlopende leerroute die begint in het derde leerjaar van het profiel Zorg en welzijn in de kaderberoepsgerichte leerweg van het Linde College en van Tjongerschans vmbo, en leidt naar de opleiding Begeleider gehandicaptenzorg, niveau 3 (vakopleiding), in de beroepsopleidende leerweg, kwalificatiedossier Maatschappelijke zorg, opleidingsdomein Zorg en welzijn, van de instelling."),
    ("nl", "2.  De route duurt vijf leerjaren. Het vmbo-diploma wordt behaald in het tweede leerjaar van de route; leerlingen die dan niet slagen, leggen het examen af in het derde leerjaar.{fn:Artikel 2.107j WVO 2020 staat toe dat het eindexamen wordt afgelegd in het tweede of derde leerjaar van de route.}"),
    ("nl", "3.  Per schooljaar nemen ten hoogste twaalf leerlingen per school deel. Het eerste cohort start op 1 augustus 2025."),
    ("h2", "Artikel 3 Uitgangspunten"),
    ("nl", "1.  De route is \u00e9\u00e9n samenhangend programma zonder dubbelingen tussen vmbo- en mbo-stof. Het mbo-deel begint in het eerste leerjaar van de route."),
    ("nl", "2.  Het programma wordt zo ingericht dat leerlingen in de vo-fase wekelijks praktijkervaring opdoen in een zorgomgeving."),
    ("nl", "3.  Partijen handelen ten opzichte van elkaar als goede samenwerkingspartners en informeren elkaar tijdig over ontwikkelingen die voor de route van belang zijn."),

    ("h1", "Hoofdstuk II Bestuur en leiding"),
    ("h2", "Artikel 4 Routeleiding"),
    ("nl", "1.  De leiding over de route berust bij de routeleiding. De routeleiding bestaat uit de afdelingsleider bovenbouw vmbo van het Linde College, de afdelingsleider bovenbouw vmbo van Tjongerschans vmbo, de teamleider Zorg en Welzijn van de instelling en de routeleider."),
    ("nl", "2.  De afdelingsleiders en de teamleider worden bij schriftelijk besluit van hun eigen bevoegd gezag in de routeleiding benoemd. De routeleider wordt na een open sollicitatieprocedure door de drie bevoegde gezagsorganen gezamenlijk benoemd voor een termijn van vier jaar en is in dienst van de instelling. Ieder bevoegd gezag kan een door hem benoemd lid na overleg met de andere partijen vervangen."),
    ("nl", "3.  De routeleiding heeft de volgende taken:"),
    ("li", "de dagelijkse leiding over de uitvoering van de route;"),
    ("li", "het jaarlijks opstellen van het PTA/OER en het ter vaststelling voorleggen daarvan aan de bevoegde gezagsorganen;"),
    ("li", "het vaststellen van de jaarplanning, het rooster en de verdeling van de lessen over de docenten die partijen beschikbaar stellen;"),
    ("li", "het onderhouden van de contacten met de zorgpartners en het organiseren van de beroepspraktijkvorming;"),
    ("li", "het nemen van besluiten over een overstap als bedoeld in artikel 11;"),
    ("li", "het beheer van het routebudget."),
    ("nl", "4.  De bevoegde gezagsorganen dragen aan de routeleiding de bevoegdheid op om binnen het jaarlijks vastgestelde routebudget uitgaven te doen en om namens partijen praktijkovereenkomsten en afspraken met zorgpartners over meeloopdagen te sluiten. Besluiten over formatie en personeel, over de vaststelling van het PTA/OER en over uitgaven boven het routebudget behouden de bevoegde gezagsorganen aan zich."),
    ("nl", "5.  De routeleiding besluit bij meerderheid van stemmen; bij staking van stemmen beslist de routeleider."),
    ("h2", "Artikel 5 Informatie en verantwoording"),
    ("nl", "1.  De routeleider zendt na afloop van ieder kwartaal aan de drie bevoegde gezagsorganen een kwartaalbericht over de instroom, het verzuim, de uitval en de overstappen, de voortgang van het programma en de uitputting van het routebudget."),
    ("nl", "2.  De routeleiding legt jaarlijks v\u00f3\u00f3r 1 oktober verantwoording af over het afgelopen schooljaar in een routeverslag, dat de onderwijsresultaten, de examenresultaten, de besteding van het routebudget en de bevindingen van de zorgpartners bevat."),
    ("nl", "3.  Ieder bevoegd gezag kan de routeleiding te allen tijde om inlichtingen vragen. De routeleiding verstrekt deze binnen tien werkdagen."),
    ("h2", "Artikel 6 Bestuurlijk overleg"),
    ("nl", "1.  De bestuurders van partijen overleggen tweemaal per jaar, in november en in mei, over de route. In het novemberoverleg wordt het routeverslag besproken en vastgesteld."),
    ("nl", "2.  Het bestuurlijk overleg stelt jaarlijks het routebudget vast en besluit over voorstellen van de routeleiding die de bevoegdheid van de routeleiding te boven gaan."),

    ("h1", "Hoofdstuk III Onderwijs en werkveld"),
    ("h2", "Artikel 7 Onderwijsprogramma en examinering"),
    ("nl", "1.  Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming voor ieder leerjaar van de route in het PTA/OER. Daarin wordt aangegeven welke onderdelen tot het vmbo-programma, welke tot het mbo-programma en welke tot beide behoren, en welke onderdelen vakoverstijgend zijn.{fn:Artikel 2.107d, tweede lid, WVO 2020 en artikel 9.1.8 WEB.}"),
    ("nl", "2.  De scholen zijn verantwoordelijk voor het vmbo-deel en de vmbo-examinering en -diplomering; de instelling voor het mbo-deel, de beroepspraktijkvorming en de mbo-examinering en -diplomering."),
    ("nl", "3.  De keuzedelen in de mbo-fase worden gekozen uit het aanbod van de instelling, waarbij in ieder geval de keuzedelen Ervaringsdeskundigheid en Werken in de wijk worden aangeboden."),
    ("h2", "Artikel 8 Organisatie, personeel en faciliteiten"),
    ("nl", "1.  In de vo-fase wordt het onderwijs verzorgd op de eigen school van de leerling, met \u00e9\u00e9n dag per week in het zorgpraktijkcentrum van de instelling te Oosterwolde. In de mbo-fase wordt het onderwijs verzorgd door de instelling te Oosterwolde en bij de zorgpartners."),
    ("nl", "2.  Docenten van de scholen en van de instelling vormen samen \u00e9\u00e9n docententeam. Voor de vakoverstijgende onderdelen Begeleiden in de praktijk en Gezondheid en welzijn maken partijen gebruik van de teambevoegdheid;{fn:Artikel 7.13a WVO 2020 en artikel 9.1.12 WEB.} voor ieder programmaonderdeel is ten minste \u00e9\u00e9n bevoegde docent betrokken."),
    ("nl", "3.  De instelling zet in de vo-fase een docent zorg en welzijn in voor 0,5 fte, verdeeld over beide scholen. Iedere school zet een docent Zorg en welzijn in voor 0,2 fte voor gezamenlijke lessen in het zorgpraktijkcentrum. Het personeel blijft in dienst van de eigen werkgever, die het werkgeversgezag uitoefent."),
    ("nl", "4.  De instelling stelt het zorgpraktijkcentrum, met de gesimuleerde woon- en dagbestedingsruimten, de tilliften en het oefenmateriaal, ter beschikking aan de leerlingen in de vo-fase. De scholen stellen hun praktijklokalen Zorg en welzijn ter beschikking voor lessen van docenten van de instelling. Voor dit gebruik wordt niets in rekening gebracht."),
    ("nl", "5.  Het vervoer van leerlingen van Tjongerschans vmbo naar Oosterwolde wordt verzorgd door OVO Tjongervallei."),
    ("h2", "Artikel 9 Leerlingzaken"),
    ("nl", "1.  In de vo-fase is de leerling ingeschreven bij de eigen school; vanaf het derde leerjaar als student bij de instelling. Het verzuim wordt geregistreerd en gemeld door de partij bij wie de deelnemer is ingeschreven."),
    ("nl", "2.  De klachtenregeling van iedere partij is mede van toepassing op gedragingen van bestuur en personeel van de andere partijen in verband met de route."),
    ("nl", "3.  Partijen wisselen uitsluitend de persoonsgegevens uit die voor de route nodig zijn en leggen de afspraken daarover vast in een gegevensuitwisselingsprotocol."),
    ("h2", "Artikel 10 Betrokkenheid van de zorgsector"),
    ("nl", "1.  Partijen voeren de route uit samen met de volgende zorgpartners: Stichting Tjongerhof (wonen en dagbesteding voor mensen met een verstandelijke beperking, Oosterwolde), Zorggroep Op Koers Zuidoost (ambulante begeleiding, Makkinga) en Woonzorg De Lindehoeve (Appelscha)."),
    ("nl", "2.  De zorgpartners:"),
    ("li", "bieden iedere leerling in de vo-fase vier meeloopdagen per schooljaar;"),
    ("li", "bieden samen ten minste vierentwintig bpv-plaatsen per cohort in de mbo-fase, met een praktijkopleider per student;"),
    ("li", "verzorgen per schooljaar ten minste vier gastlessen, waarvan twee door ervaringsdeskundigen;"),
    ("li", "beoordelen als tweede beoordelaar de proeven van bekwaamheid in de praktijk;"),
    ("li", "nemen deel aan de werkveldcommissie Zorg en Welzijn van de instelling, die tweemaal per jaar de routeleiding adviseert over het programma en de keuzedelen."),
    ("nl", "3.  De instelling bewaakt, samen met SBB, de erkenning van de zorgpartners als leerbedrijf."),
    ("h2", "Artikel 11 Overstap"),
    ("nl", "1.  Een leerling of student die de route niet voortzet of niet met succes kan afronden, wordt door partijen in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij het onderwijsniveau dat hij heeft bereikt en bij zijn leeftijd.{fn:Artikel 2.107k WVO 2020 en artikel 9.1.14 WEB (overstapoptie).}"),
    ("nl", "2.  Het oordeel over het passende alternatief wordt gezamenlijk gevormd door de eigen school van de leerling en de instelling, na een gesprek met de leerling en zijn ouders of verzorgers. De routeleiding stelt het besluit binnen vier weken schriftelijk vast en regelt een warme overdracht."),
    ("nl", "3.  Partijen bieden in ieder geval de volgende mogelijkheden:"),
    ("li", "bij be\u00ebindiging in de vo-fase: voortzetting op de eigen school in de kaderberoepsgerichte of de basisberoepsgerichte leerweg, in het profiel Zorg en welzijn of een ander profiel, gericht op het vmbo-diploma;"),
    ("li", "als het vmbo-diploma aan het einde van het derde leerjaar van de route niet is behaald: plaatsing in een andere opleiding op niveau 2 of 3 van de instelling, zoals Helpende zorg en welzijn, zonder toepassing van de vooropleidingseisen, of het opnieuw afleggen van het vmbo-examen;"),
    ("li", "als de richting in de mbo-fase niet past: overstap naar een andere opleiding op niveau 3 van de instelling of van een andere instelling in de regio; in het laatste geval ondersteunt de instelling de student bij het toelatingsonderzoek."),
    ("nl", "4.  De scholen en de instelling beschrijven deze werkwijze in hun schoolgids en studiegids."),

    ("h1", "Hoofdstuk IV Financi\u00ebn"),
    ("h2", "Artikel 12 Financi\u00eble afspraken"),
    ("nl", "1.  De scholen dragen met toepassing van artikel 5.42a WVO 2020 ieder aan de instelling over: \u20ac 850 per leerling per schooljaar in de vo-fase.{fn:Een overdracht door de instelling aan de scholen op grond van artikel 9.1.15 WEB vindt niet plaats.}"),
    ("nl", "2.  Het aantal leerlingen wordt bepaald naar de stand op 1 oktober van het betreffende schooljaar."),
    ("nl", "3.  De instelling zendt iedere school jaarlijks v\u00f3\u00f3r 1 december een factuur; betaling geschiedt binnen dertig dagen na dagtekening."),
    ("nl", "4.  Het bedrag wordt ieder jaar per 1 augustus ge\u00efndexeerd met de prijsindex materi\u00eble instandhouding die de minister voor het voortgezet onderwijs hanteert."),
    ("nl", "5.  Overige kosten die uit deze overeenkomst voortvloeien, draagt iedere partij zelf."),

    ("h1", "Hoofdstuk V Medezeggenschap, geschillen en slotbepalingen"),
    ("h2", "Artikel 13 Medezeggenschap"),
    ("nl", "1.  Voor de leerlingen in de vo-fase, hun ouders en het personeel van de scholen geldt de Wet medezeggenschap op scholen; voor de studenten in de mbo-fase, hun ouders en het personeel van de instelling gelden de WEB en de Wet op de ondernemingsraden."),
    ("nl", "2.  Partijen maken aanvullende afspraken over de betrokkenheid van de medezeggenschapsorganen bij de route: [PM \u2013 tekst volgt na het overleg met de medezeggenschapsraden en de studentenraad in het najaar van 2025]."),
    ("h2", "Artikel 14 Geschillen"),
    ("nl", "1.  Partijen trachten een geschil over de uitvoering van deze overeenkomst eerst op te lossen in de routeleiding."),
    ("nl", "2.  Slaagt de routeleiding daarin niet binnen vier weken, dan wordt het geschil geagendeerd voor een extra bestuurlijk overleg als bedoeld in artikel 6, dat binnen vier weken na het verzoek van een partij plaatsvindt."),
    ("nl", "3.  Leidt het bestuurlijk overleg niet tot een oplossing, dan leggen partijen het geschil voor aan een mediator die zij gezamenlijk aanwijzen."),
    ("nl", "4.  Is het geschil drie maanden na de aanwijzing van de mediator niet opgelost, dan is uitsluitend de Rechtbank Noord-Nederland, locatie Leeuwarden, bevoegd."),
    ("h2", "Artikel 15 Toetreding"),
    ("nl", "1.  Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, als alle partijen daar schriftelijk mee instemmen."),
    ("nl", "2.  De toetredende partij ondertekent een toetredingsverklaring waarin zij alle rechten en verplichtingen uit deze overeenkomst aanvaardt, en meldt de route in RIO. Met de ondertekening door alle partijen wordt zij partij bij deze overeenkomst."),
    ("nl", "3.  Bij toetreding stellen partijen vast welke docenten en faciliteiten de toetredende partij inbrengt en hoe de routeleiding wordt aangevuld."),
    ("h2", "Artikel 16 Wijziging"),
    ("nl", "1.  Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst die door alle partijen is ondertekend."),
    ("nl", "2.  De routeleiding evalueert de overeenkomst iedere twee jaar en kan het bestuurlijk overleg voorstellen tot wijziging doen."),
    ("h2", "Artikel 17 Duur en be\u00ebindiging"),
    ("nl", "1.  Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor vijf jaar. Zij wordt daarna telkens stilzwijgend verlengd met vijf jaar."),
    ("nl", "2.  Iedere partij kan de overeenkomst bij aangetekende brief opzeggen met een opzegtermijn van zes maanden."),
    ("nl", "3.  Iedere partij kan de overeenkomst buitengerechtelijk ontbinden als een andere partij tekortschiet in de nakoming van een wezenlijke verplichting en die tekortkoming niet binnen zestig dagen na een schriftelijke ingebrekestelling heeft hersteld."),
    ("nl", "4.  Zegt \u00e9\u00e9n van de scholen op, dan blijft de overeenkomst tussen de overige partijen van kracht."),
    ("h2", "Artikel 18 Slotbepalingen"),
    ("nl", "1.  Partijen melden de route gezamenlijk aan de minister door registratie in RIO.{fn:Artikel 2.107c WVO 2020 en artikel 9.1.4 WEB.}"),
    ("nl", "2.  Is een bepaling van deze overeenkomst nietig, dan blijven de overige bepalingen van kracht; partijen vervangen de nietige bepaling door een bepaling die zoveel mogelijk aansluit bij de bedoeling daarvan."),
    ("nl", "3.  Op deze overeenkomst is Nederlands recht van toepassing."),
    ("nl", "4.  De routekalender (bijlage 1), het PTA/OER en de contactenlijst van de routeleiding worden als bijlagen bij deze overeenkomst gevoegd."),

    ("h2", "Ondertekening"),
    ("p", "Aldus overeengekomen en in drievoud ondertekend te Oosterwolde op 30 juni 2025."),
    ("sig", ["CVO Stellingwerven\n\n\n________________\nA.G. Hoekstra-Veenstra MEd\nbestuurder",
             "OVO Tjongervallei\n\n\n________________\nJ. de Vries\nvoorzitter college van bestuur",
             "Stichting Beroepsonderwijs Zuidoost-Frysl\u00e2n\n\n\n________________\ndrs. H.M. Wijnstra\nvoorzitter college van bestuur"]),

    ("h1", "Toelichting"),
    ("h2", "Algemeen"),
    ("p", "Deze overeenkomst is het resultaat van een voorbereidingsjaar waarin docenten van de drie partijen samen het programma hebben ontworpen en de zorgpartners meerdere keren zijn geraadpleegd. De overeenkomst legt de bestuurlijke kaders vast; de uitwerking van het programma staat in het PTA/OER. Waar de overeenkomst spreekt van \u201cpartijen\u201d, gaat het steeds om de bevoegde gezagsorganen, niet om de afzonderlijke locaties."),
    ("h2", "Artikelsgewijs"),
    ("p", "Artikel 1. De definities zijn bewust kort gehouden. Het onderscheid tussen leerling en student volgt de inschrijving: zolang een deelnemer bij een van de scholen staat ingeschreven, is hij leerling, ook als hij al een deel van zijn onderwijs bij de instelling volgt. Het PTA/OER is één document, zodat docenten, leerlingen en ouders niet twee regelingen naast elkaar hoeven te raadplegen."),
    ("p", "Artikel 2. De keuze voor Begeleider gehandicaptenzorg op niveau 3 sluit aan bij de vraag van de zorgpartners en bij het niveau van de kaderberoepsgerichte leerweg. Partijen hebben bewust gekozen voor \u00e9\u00e9n opleiding, zodat het programma in de vo-fase gericht kan worden ingericht; een tweede route kan later met een wijziging als bedoeld in artikel 16 worden toegevoegd."),
    ("p", "Artikel 4. De routeleiding is zo samengesteld dat iedere partij vertegenwoordigd is. De routeleider is in dienst van de instelling, omdat het zwaartepunt van de route in de mbo-fase ligt; hij wordt echter door alle partijen samen benoemd en legt verantwoording af aan alle drie de bevoegde gezagsorganen (artikel 5)."),
    ("p", "Artikel 5. Het kwartaalbericht is bedoeld als kort stuk van één à twee pagina’s met vaste kengetallen, zodat de ontwikkeling over de jaren heen te volgen is. Het routeverslag is uitgebreider en bevat ook een inhoudelijke reflectie van het docententeam en de bevindingen van de zorgpartners. Het routeverslag wordt in het novemberoverleg (artikel 6) besproken, zodat de besturen het kunnen betrekken bij hun eigen jaarverslag."),
    ("p", "Artikel 6. Het bestuurlijk overleg is geen afzonderlijk orgaan met eigen bevoegdheden. Het is de plek waar de drie bevoegde gezagsorganen samen besluiten nemen die zij ieder afzonderlijk ook zouden moeten nemen. Besluiten worden vastgelegd in een besluitenlijst die door de routeleider wordt bijgehouden."),
    ("p", "Artikel 7. Het mbo-deel begint in het eerste leerjaar van de route. Dat betekent dat leerlingen in de vo-fase al onderdelen van de beroepsopleiding volgen en afsluiten. Het PTA/OER geeft per onderdeel aan welke examencommissie bevoegd is; voor de gecombineerde onderdelen werken de examencommissies van de scholen en de instelling samen volgens een gezamenlijk protocol."),
    ("p", "Artikel 8. Het zorgpraktijkcentrum van de instelling is het hart van de route in de vo-fase. De gezamenlijke lessen daar maken het mogelijk dat leerlingen van beide scholen elkaar al vroeg als groep leren kennen."),
    ("p", "Artikel 9. Het gegevensuitwisselingsprotocol regelt onder meer welke gegevens uit het leerlingvolgsysteem van de scholen bij de overgang naar de mbo-fase aan de instelling worden verstrekt en wie daartoe toegang heeft. Het protocol wordt opgesteld door de functionarissen gegevensbescherming van partijen."),
    ("p", "Artikel 10. De zorgpartners zijn geen partij bij deze overeenkomst. Met ieder van hen sluit de instelling een afzonderlijke samenwerkingsafspraak over de meeloopdagen, de gastlessen en de bpv. De werkveldcommissie Zorg en Welzijn bestond al en wordt voor de route uitgebreid met een vertegenwoordiger van iedere zorgpartner. De meeloopdagen in de vo-fase zijn bedoeld om leerlingen vroeg kennis te laten maken met de doelgroep; ze worden voorbereid en nabesproken in de lessen."),
    ("p", "Artikel 11. De opsomming in het derde lid is niet uitputtend. Per leerling wordt bekeken wat het meest kansrijke alternatief is; de genoemde mogelijkheden vormen het kader waarbinnen dat gebeurt."),
    ("p", "Artikel 12. De hoogte van het bedrag is vastgesteld na een vergelijking met andere doorlopende leerroutes in Frysl\u00e2n en wordt bij de evaluatie na twee jaar opnieuw bezien."),
    ("p", "Artikel 13. De wettelijke regimes voor medezeggenschap blijven onverkort van toepassing. Over aanvullende afspraken is bij de totstandkoming van deze overeenkomst nog geen overeenstemming bereikt."),
    ("p", "Artikel 14. Partijen hechten aan een snelle oplossing van geschillen op het niveau waarop zij ontstaan. De gang naar de rechter is bedoeld als uiterste middel."),
    ("p", "Artikel 15. Toetreding van een derde school ligt voor de hand als een andere vmbo-school in de regio een profiel Zorg en welzijn aanbiedt. De toetredingsverklaring wordt door de routeleider voorbereid en door alle bevoegde gezagsorganen ondertekend."),
    ("p", "Artikel 16. De tweejaarlijkse evaluatie betreft zowel de inhoud van het programma als de samenwerking tussen partijen. De routeleiding betrekt daarbij de ervaringen van docenten, zorgpartners, leerlingen en ouders."),
    ("p", "Artikel 17. De looptijd van vijf jaar geeft partijen de tijd om de samenwerking op te bouwen. De stilzwijgende verlenging voorkomt dat de overeenkomst onbedoeld afloopt."),
]

H365 += [
    ("h1", "Bijlage 1 Routekalender"),
    ("p", "Deze kalender geeft de vaste momenten in een schooljaar weer. Zij is ter informatie bij de overeenkomst gevoegd."),
    ("table", [["Moment", "Activiteit", "Verantwoordelijk"],
               ["september", "startbijeenkomst routeleerlingen en ouders; kennismaking met de zorgpartners; kwartaalbericht", "routeleider"],
               ["oktober", "telling leerlingen (1 oktober); eerste meeloopdag", "routeleiding"],
               ["november", "bestuurlijk overleg; bespreking routeverslag", "bestuurders"],
               ["december", "kwartaalbericht; facturering", "routeleider; instelling"],
               ["februari", "werkveldcommissie Zorg en Welzijn", "teamleider Zorg en Welzijn"],
               ["maart", "kwartaalbericht; tweede meeloopdag", "routeleiding"],
               ["mei", "bestuurlijk overleg; vaststelling routebudget", "bestuurders"],
               ["juni", "kwartaalbericht; vaststelling PTA/OER volgend schooljaar", "routeleiding; bevoegde gezagsorganen"],
               ["juli", "afsluiting schooljaar; evaluatie met docententeam", "routeleider"]]),
]


@sample(365, "h365_lang_voetnoten_toelichting_zorg_ooststellingwerf", "pdf",
        "PDF, lange juridische overeenkomst met drie partijen, hoofdstukken, voetnoten en artikelsgewijze "
        "toelichting, Ooststellingwerf, Zorg en welzijn kb naar Begeleider gehandicaptenzorg niveau 3; "
        "overdracht met bedrag maar zonder bestemming, medezeggenschap als PM-placeholder, beeindiging "
        "zonder bescherming van leerlingen",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "weak", "h": "weak", "i": "present", "j": "weak"},
        {"a": "Artikel 2 Voorwerp van de overeenkomst", "b": "Artikel 10 Betrokkenheid van de zorgsector",
         "c": "Artikel 4 Routeleiding", "d": "Artikel 5 Informatie en verantwoording",
         "e": "Artikel 8 Organisatie, personeel en faciliteiten", "f": "Artikel 11 Overstap",
         "i": "Artikel 14 Geschillen"})
def make_h365(path):
    build_pdf(path, H365, "Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn",
              font="Helvetica", size=10, footnotes=True,
              header="Samenwerkingsovereenkomst DLR Zorg en welzijn \u2013 Ooststellingwerf")

# --------------------------------------------------------------------------- h366
H366 = """SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE BOUW (METSELAAR) - MONTFOORT

Partijen:
- Stichting VO IJssel en Lek, bevoegd gezag van het Montfoorts Vakcollege (hierna: MVC), vertegenwoordigd door H.J. van Rooijen, bestuurder;
- Stichting Groene Hart Beroepsonderwijs, bevoegd gezag van het Groene Hart Bouwcollege te Woerden (hierna: GHB), vertegenwoordigd door mr. E.P. Smits, voorzitter college van bestuur.

Zij spreken het volgende af.

1. Route
Profiel Bouwen, wonen en interieur (BWI), basisberoepsgerichte leerweg, van MVC, doorlopend naar de opleiding Metselaar, niveau 2, opleidingsdomein Bouw en infra, van GHB. Start in leerjaar 3, duur vier leerjaren, ten hoogste twaalf leerlingen per cohort.

2. Bedrijfsleven
Het bedrijfsleven wordt betrokken bij de invulling van de doorlopende leerroute.

3. Leiding
De route wordt geleid door een routeduo: de teamleider BWI van MVC en de opleidingscoördinator Bouw van GHB, ieder schriftelijk aangewezen door het eigen bestuur. Het duo stelt het gezamenlijke PTA/OER op (vaststelling door beide besturen), stelt het rooster vast, verdeelt de lessen over de docenten en beslist over overstappen (punt 6). Besluiten over personeel blijven bij de besturen.

4. Verantwoording
Het routeduo stuurt beide besturen elk jaar vóór 1 november een verslag over het afgelopen schooljaar (aantallen, uitval, overstappen, examenresultaten) en bespreekt dat in een jaarlijks overleg met beide bestuurders.

5. Onderwijs
- Vo-fase: vier dagen les op MVC en één dag in de metselhal van GHB in Woerden. Mbo-fase: onderwijs bij GHB.
- Programma, examinering en beroepspraktijkvorming per leerjaar staan in het PTA/OER.
- Personeel: docenten van beide partijen vormen één team. GHB zet in de vo-fase zes uur per week een praktijkdocent metselen in; MVC zet in het derde leerjaar een docent Nederlands en rekenen in voor leerlingen die het vmbo-examen nog moeten halen. Voor het onderdeel Metselwerk en bouwkunde werken zij met teambevoegdheid; per onderdeel is ten minste één bevoegde docent betrokken.
- Faciliteiten: GHB stelt de metselhal, de steigers en het gereedschap beschikbaar aan de leerlingen in de vo-fase; MVC stelt haar BWI-lokaal beschikbaar voor gezamenlijke lessen.

6. Overstap
MVC en GHB bepalen samen, na een gesprek met leerling en ouders, welk vervolg past bij het bereikte niveau en de leeftijd van de leerling. Uitgangspunten:
- stopt de leerling in de vo-fase: verder in de basis- of kaderberoepsgerichte leerweg van MVC, gericht op het vmbo-diploma;
- geen vmbo-diploma aan het einde van het derde routejaar: een andere niveau 2-opleiding van GHB, bijvoorbeeld Timmerman of Schilder, zonder vooropleidingseisen, of een extra jaar voor het vmbo-diploma;
- past de richting in de mbo-fase niet: een andere niveau 2-opleiding bij GHB of elders; GHB helpt bij het toelatingsonderzoek van die andere instelling.

7. Geschillen
Eerst bespreekt het routeduo het geschil, daarna de bestuurders. Lukt dat niet binnen zes weken, dan volgt mediation; daarna beslist de Rechtbank Midden-Nederland.

8. Toetreding
Een andere school of mbo-instelling kan aansluiten als beide besturen schriftelijk instemmen en de nieuwe partij deze overeenkomst ondertekent en de route in RIO meldt. Aansluiten kan alleen per 1 augustus; voor zittende leerlingen verandert er niets.

9. Wijzigen en opzeggen
Wijzigen kan alleen schriftelijk, met handtekening van beide besturen; programmawijzigingen gelden alleen voor nieuwe cohorten. Opzeggen kan schriftelijk met een termijn van één jaar, altijd per 1 augustus. Na opzegging stromen geen nieuwe leerlingen meer in; zittende leerlingen ronden de route af.

10. Ingang
Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. MVC en GHB melden de route samen in RIO.

Montfoort, 30 juni 2025

H.J. van Rooijen, Stichting VO IJssel en Lek          mr. E.P. Smits, Stichting Groene Hart Beroepsonderwijs
"""


@sample(366, "h366_zeer_kort_afsprakenblad_bouw_montfoort", "txt",
        "TXT, zeer kort afsprakenblad met tien genummerde punten, Montfoort, BWI bb naar Metselaar niveau 2; "
        "bedrijfsleven alleen als herhaling van de wettekst, niets over financien of bekostiging, "
        "geen medezeggenschap",
        {"a": "present", "b": "weak", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "missing", "h": "not_applicable", "i": "present", "j": "present"},
        {"a": "1. Route", "c": "3. Leiding", "d": "4. Verantwoording", "e": "5. Onderwijs",
         "f": "6. Overstap", "i": "7. Geschillen", "j": "9. Wijzigen en opzeggen"})
def make_h366(path):
    Path(path).write_text(H366, encoding="utf-8")

# --------------------------------------------------------------------------- h367
H367 = [
    ("title", "Convenant geïntegreerde route Dienstverlening – Facilitair"),
    ("subtitle", "Lauwers Vakschool Burgum en Kolmeer Vakcollege Drachten · gemeente Tytsjerksteradiel"),
    ("h1", "§ 1 Partijen en afkortingen"),
    ("p", "Dit convenant wordt gesloten door:"),
    ("li", "Stichting Christelijk Onderwijs Trynwâlden-Burgum, bevoegd gezag van de Lauwers Vakschool te Burgum, school voor vbo (afgekort: LVS), vertegenwoordigd door mevrouw G. Kingma, bestuurder;"),
    ("li", "Stichting Noordelijk Beroepsonderwijs, bevoegd gezag van het Kolmeer Vakcollege te Drachten, regionaal opleidingencentrum (afgekort: KVC), vertegenwoordigd door de heer P.J. Hoogeveen, lid college van bestuur."),
    ("p", "Verder gebruikt dit convenant de afkortingen GLR (geïntegreerde route als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB), RRT (routeregieteam, zie § 4) en PTA/OER (het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling)."),
    ("p", "LVS en KVC leggen in dit convenant de afspraken vast die artikel 2.107b, tweede lid, WVO 2020 voor de GLR verplicht stelt. Het convenant geldt als samenwerkingsovereenkomst."),

    ("h1", "§ 2 De geïntegreerde route"),
    ("p", "Vanaf leerjaar 3 van de basisberoepsgerichte leerweg, profiel Dienstverlening en producten (D&P), volgen leerlingen van LVS een geïntegreerd programma dat leidt tot het diploma Medewerker facilitaire dienstverlening, niveau 2 (basisberoepsopleiding, kwalificatiedossier Facilitaire dienstverlening) van KVC. Een eindexamen basisberoepsgerichte leerweg is in de GLR niet verplicht; de leerling kan er wel voor kiezen (zie § 7)."),
    ("p", "Deelname vindt plaats na overleg met de leerling en de ouders en na een positief advies van het RRT. De route duurt vier leerjaren. Het eerste cohort, van ten hoogste tien leerlingen, start op 1 augustus 2025."),

    ("h1", "§ 3 Werkgevers aan tafel"),
    ("p", "De route is samen met het facilitaire werkveld in Noordoost-Fryslân ontworpen. Vaste partners zijn Schoonmaakbedrijf Feenstra Facilitair (Burgum), Zorgcentrum De Skâns (Hurdegaryp, facilitaire dienst) en Sportpark De Wâlden (Burgum, horeca en beheer)."),
    ("p", "Inbreng van de partners:"),
    ("li", "in leerjaar 3 en 4 één praktijkdag per week voor groepjes van drie à vier leerlingen, onder begeleiding van een eigen werkbegeleider;"),
    ("li", "samen ten minste tien bpv-plaatsen per cohort in de mbo-fase;"),
    ("li", "meebeoordeling van de praktijkexamens door de werkbegeleiders;"),
    ("li", "deelname aan het halfjaarlijkse werkgeversoverleg met het RRT, waarin programma en examenopdrachten worden getoetst aan de praktijk."),
    ("p", "SBB adviseert over de erkenning van de partners als leerbedrijf."),

    ("h1", "§ 4 Routeregie"),
    ("p", "Regie op de route ligt bij het routeregieteam (RRT). Samenstelling: de teamleider bovenbouw van LVS, de opleidingsmanager Facilitair van KVC en een trajectbegeleider van LVS die de leerlingen door de hele route volgt."),
    ("p", "Benoeming: de bestuurder van LVS wijst de teamleider en de trajectbegeleider aan; het college van bestuur van KVC wijst de opleidingsmanager aan. Aanwijzing gebeurt schriftelijk, voor de duur van drie schooljaren, en wordt aan de andere partij meegedeeld."),
    ("p", "Taken: opstellen en jaarlijks bijstellen van het PTA/OER; plaatsing van leerlingen in de route; inzet van docenten binnen de door partijen beschikbaar gestelde uren; contact met de werkgevers (§ 3); besluiten over overstap (§ 7)."),
    ("p", "Bevoegdheden: het RRT stelt het rooster en de stageplanning vast en sluit namens beide partijen praktijkovereenkomsten met de partners. Vaststelling van het PTA/OER, personele besluiten en uitgaven boven € 3.000 blijven bij de besturen."),

    ("h1", "§ 5 Rapporteren en verantwoorden"),
    ("p", "Het RRT rapporteert aan beide besturen via een halfjaarrapportage (peildata 1 februari en 1 augustus) met instroom, voortgang, uitstroom, verzuim en examenresultaten. Daarnaast legt het RRT jaarlijks in oktober verantwoording af tijdens een gezamenlijk gesprek met de bestuurder van LVS en het lid van het college van bestuur van KVC, op basis van een schriftelijk jaarverslag."),

    ("h1", "§ 6 Onderwijs, personeel en voorzieningen"),
    ("p", "Locaties en verdeling per leerjaar:"),
    ("table", [["Leerjaar route", "Ingeschreven bij", "Waar", "Programma"],
               ["1 (leerjaar 3 vbo)", "LVS", "LVS Burgum, praktijkdag bij partner", "D&P-programma geïntegreerd met mbo-onderdelen facilitair"],
               ["2 (leerjaar 4 vbo)", "LVS", "LVS Burgum en KVC Drachten (2 dagen)", "mbo-onderdelen en, voor wie kiest, het bb-examen"],
               ["3", "KVC", "KVC Drachten en bpv", "mbo-programma niveau 2"],
               ["4", "KVC", "KVC Drachten en bpv", "mbo-programma en examens niveau 2"]]),
    ("p", "Het PTA/OER beschrijft het programma en de examinering per leerjaar en geeft aan welke onderdelen vo, mbo of gecombineerd zijn."),
    ("p", "Personeel: docenten van LVS en KVC vormen één routeteam. KVC stelt in leerjaar 1 en 2 van de route een docent facilitaire dienstverlening beschikbaar voor acht uur per week; LVS levert de docent D&P en de trajectbegeleider. Voor het vakoverstijgende onderdeel Schoonmaak, hygiëne en gastvrijheid werken de docenten met teambevoegdheid; voor elk onderdeel is minstens één bevoegde docent aanwezig. Iedere docent blijft in dienst van de eigen werkgever."),
    ("p", "Voorzieningen: KVC stelt haar facilitaire leerwerkplaats (schoonmaakruimte, linnenkamer, receptie en kantine) open voor de leerlingen van leerjaar 2 van de route. LVS stelt het D&P-lokaal en de schoolkantine als oefenomgeving beschikbaar. Wederzijds gebruik is kosteloos."),
    ("p", "Begeleiding en klachten: de trajectbegeleider blijft tijdens de hele route het vaste aanspreekpunt. Klachten over gedrag van medewerkers van de andere partij worden behandeld volgens de klachtenregeling van de partij waar de leerling is ingeschreven, met medewerking van de andere partij."),

    ("h1", "§ 7 Uitstappen zonder uitvallen"),
    ("p", "Een leerling die de GLR verlaat, is altijd verzekerd van een passende plek; doorstroom naar de Entree-opleiding gebeurt niet automatisch. LVS en KVC beoordelen samen, met de leerling en de ouders, welk vervolg het meest kansrijk is, gelet op het bereikte onderwijsniveau, de leeftijd en de wensen van de leerling. Het RRT legt het besluit vast in een overstapplan."),
    ("li", "Uitstap in leerjaar 1 van de route: de leerling gaat verder in de basisberoepsgerichte leerweg van LVS, in D&P of een ander profiel, en doet eindexamen voor het vmbo-diploma."),
    ("li", "Uitstap in leerjaar 2: de leerling doet alsnog het eindexamen basisberoepsgerichte leerweg, zodat hij het laatste jaar niet hoeft af te maken en een andere mbo-opleiding niveau 2 kan kiezen."),
    ("li", "Uitstap in de mbo-fase: overstap naar een andere opleiding niveau 2 van KVC in een ander domein, zonder vooropleidingseisen, of het afmaken van de huidige route met daarna een nieuwe opleiding niveau 2 of 3."),
    ("li", "Alleen als een diploma op niveau 2 na dit alles echt niet haalbaar blijkt, kan het RRT met instemming van leerling en ouders kiezen voor de Entree-opleiding met begeleiding naar werk."),
    ("p", "De werkwijze staat ook in de schoolgids van LVS."),

    ("h1", "§ 8 Geld"),
    ("p", "Tussen LVS en KVC gaat geen bekostiging over en weer: er is geen overdracht van middelen als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Iedere partij betaalt de inzet van haar eigen personeel en voorzieningen."),

    ("h1", "§ 9 Inspraak"),
    ("p", "Naast de wettelijke medezeggenschap (MR van LVS; studentenraad en ondernemingsraad van KVC) spreken partijen af:"),
    ("li", "de MR van LVS en de studentenraad van KVC krijgen ieder jaar het jaarverslag van het RRT en hebben adviesrecht op het jaarplan van de route;"),
    ("li", "eenmaal per jaar houden de leerlingenraad van LVS en de studentenraad van KVC een gezamenlijke bijeenkomst over de route;"),
    ("li", "ouders van leerlingen in de mbo-fase kunnen deelnemen aan de ouderraad van KVC."),

    ("h1", "§ 10 Meningsverschillen"),
    ("p", "Een meningsverschil over de uitvoering van dit convenant gaat eerst naar het RRT, daarna naar een overleg tussen de bestuurder van LVS en het lid van het college van bestuur van KVC. Is het na acht weken niet opgelost, dan wordt het beslecht door arbitrage volgens het Arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, met Leeuwarden als plaats van arbitrage."),

    ("h1", "§ 11 Erbij komen, wijzigen en stoppen"),
    ("p", "Erbij komen: een andere school voor vbo of een andere mbo-instelling kan partij worden als LVS en KVC daar schriftelijk mee instemmen, de nieuwe partij dit convenant onderschrijft door ondertekening en de route bij DUO (RIO) wordt gemeld. Dit gebeurt per 1 augustus en verandert niets voor leerlingen die al in de route zitten."),
    ("p", "Wijzigen: alleen schriftelijk en met handtekening van beide besturen, na advies van het RRT. Wijzigingen in programma of examinering gaan in bij het volgende cohort."),
    ("p", "Stoppen: opzegging kan schriftelijk, met een termijn van ten minste een vol schooljaar, tegen 1 augustus. Bij ernstige tekortkoming van een partij kan het convenant na ingebrekestelling worden ontbonden, eveneens per 1 augustus. Na opzegging of ontbinding start er geen nieuw cohort; leerlingen die in de route zitten, ronden haar af bij LVS en KVC of krijgen een plek volgens § 7."),

    ("h1", "§ 12 Looptijd en melding"),
    ("p", "Dit convenant geldt vanaf 1 augustus 2025 voor onbepaalde tijd. LVS en KVC melden de GLR ieder in RIO."),
    ("p", "Burgum, 30 juni 2025"),
    ("table", [["Voor LVS", "Voor KVC"],
               ["G. Kingma, bestuurder Stichting Christelijk Onderwijs Trynwâlden-Burgum",
                "P.J. Hoogeveen, lid college van bestuur Stichting Noordelijk Beroepsonderwijs"]]),
]


@sample(367, "h367_geintegreerde_route_paragrafen_facilitair_tytsjerksteradiel", "docx",
        "DOCX, convenant met paragraaftekens, afkortingen (LVS/KVC/RRT), tabel per leerjaar en "
        "kruisverwijzingen; geintegreerde route D&P bb naar Medewerker facilitaire dienstverlening niveau 2, "
        "Tytsjerksteradiel; geen automatische Entree; volledig",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "§ 2 De geïntegreerde route", "b": "§ 3 Werkgevers aan tafel", "c": "§ 4 Routeregie",
         "d": "§ 5 Rapporteren en verantwoorden", "e": "§ 6 Onderwijs, personeel en voorzieningen",
         "f": "§ 7 Uitstappen zonder uitvallen", "g": "§ 8 Geld", "h": "§ 9 Inspraak",
         "i": "§ 10 Meningsverschillen", "j": "§ 11 Erbij komen, wijzigen en stoppen"})
def make_h367(path):
    b = DocxBuilder("Convenant geïntegreerde route Dienstverlening – Facilitair", font="Arial", size=10)
    blocks_to_docx(b, H367)
    b.save(path)

# --------------------------------------------------------------------------- h368
H368 = [
    ("title", "Samenwerkingsovereenkomst Leisure Route Heumen"),
    ("subtitle", "doorlopende leerroute vmbo-mbo Horeca, bakkerij en recreatie \u2013 Leisure & Hospitality"),
    ("h2", "PARTIJEN"),
    ("p", "I. Stichting Voortgezet Onderwijs Rijk van Heumen, statutair gevestigd te Malden, gemeente Heumen, bevoegd gezag van het Mookerheide College, locatie Malden (vmbo), vertegenwoordigd door de heer drs. L.M. Hendriks, voorzitter van het college van bestuur (\u201cde School\u201d);"),
    ("p", "II. Stichting Beroepsonderwijs Maas-Waal, statutair gevestigd te Nijmegen, handelend onder de naam Waalkade College, instelling voor beroepsonderwijs, vertegenwoordigd door mevrouw M.J. Arts-Verbeek MBA, lid van het college van bestuur (\u201chet College\u201d);"),
    ("p", "de School en het College samen: \u201cPartijen\u201d."),
    ("h2", "IN AANMERKING NEMENDE DAT"),
    ("p", "(i) de vrijetijdssector rond Heumen, Mook en de Maasduinen structureel vakkrachten op niveau 3 zoekt; (ii) Partijen hun leerlingen een ononderbroken leerweg naar dat niveau willen bieden; (iii) Partijen daartoe een doorlopende leerroute vmbo-mbo verzorgen als bedoeld in artikel 2.107a WVO 2020;"),
    ("p", "ZIJN OVEREENGEKOMEN ALS VOLGT."),

    ("h1", "Artikel 1 Begripsbepalingen"),
    ("p", "In deze overeenkomst hebben de volgende begrippen de daarachter vermelde betekenis: Route: de doorlopende leerroute bedoeld in artikel 2; Routeleerling: een leerling of student die aan de Route deelneemt; vo-fase: leerjaar 1 en 2 van de Route; mbo-fase: leerjaar 3 en 4 van de Route; Routecommissie: de commissie bedoeld in artikel 3; PTA/OER: het gezamenlijke examenprogramma en de onderwijs- en examenregeling van de Route."),

    ("h1", "Artikel 2 Onderwerp"),
    ("p", "2.1 Partijen verzorgen gezamenlijk een Route die begint in leerjaar 3 van het profiel Horeca, bakkerij en recreatie (HBR), kaderberoepsgerichte leerweg, van de School en leidt tot het diploma Zelfstandig werkend medewerker leisure & hospitality, niveau 3 (vakopleiding, BOL), opleidingsdomein Toerisme en recreatie, van het College."),
    ("p", "2.2 De Route duurt vier leerjaren. De Routeleerling legt het centraal examen vmbo af in leerjaar 2 van de Route, of uiterlijk in leerjaar 3."),
    ("p", "2.3 Per schooljaar nemen ten hoogste zestien Routeleerlingen deel; het eerste cohort start op 1 augustus 2025."),

    ("h1", "Artikel 3 Routecommissie"),
    ("p", "3.1 De leiding over de Route berust bij de Routecommissie. Deze bestaat uit de sectorleider HBR van de School, de opleidingsmanager Leisure & Hospitality van het College en twee docenten, \u00e9\u00e9n van iedere Partij."),
    ("p", "3.2 De sectorleider en de door de School aangewezen docent worden benoemd door het college van bestuur van de School; de opleidingsmanager en de docent van het College door het college van bestuur van het College. Benoeming geschiedt schriftelijk, voor twee schooljaren, en kan worden verlengd. De Routecommissie kiest uit haar midden een voorzitter."),
    ("p", "3.3 De Routecommissie is verantwoordelijk voor: (a) het ontwerp en de jaarlijkse actualisering van het PTA/OER, ter vaststelling door beide colleges van bestuur; (b) de planning, het rooster en de toedeling van docenten; (c) de samenwerking met de leerbedrijven bedoeld in artikel 5; (d) besluiten over de overstapoptie bedoeld in artikel 7; (e) de kwaliteitszorg binnen de Route."),
    ("p", "3.4 De Routecommissie is bevoegd namens Partijen bpv-overeenkomsten aan te gaan en uitgaven te doen binnen het jaarlijks door Partijen vastgestelde routebudget. Zij is niet bevoegd tot besluiten over benoeming of ontslag van personeel of tot het aangaan van verplichtingen buiten het routebudget."),

    ("h1", "Artikel 4 Inlichtingen en verantwoording"),
    ("p", "4.1 Na ieder trimester verstrekt de voorzitter van de Routecommissie beide colleges van bestuur een schriftelijk overzicht van de deelname, het verzuim, de voortgang, de overstappen en de uitputting van het routebudget."),
    ("p", "4.2 De Routecommissie legt jaarlijks v\u00f3\u00f3r 1 juli schriftelijk verantwoording af aan beide colleges van bestuur over het lopende schooljaar, met een voorstel voor het routebudget van het volgende schooljaar. Het verslag wordt besproken in het jaarlijkse bestuurlijk overleg van Partijen in september."),

    ("h1", "Artikel 5 Leerbedrijven en branche"),
    ("p", "5.1 Vaste partners van de Route zijn Vakantiepark Maasduinen Heumen, Hotel-Restaurant De Molenhoek en Klimbos & Outdoorcentrum Malden, alle erkend als leerbedrijf."),
    ("p", "5.2 Deze partners (a) laten de Routeleerlingen in de vo-fase eens per maand meedraaien in hun bedrijf; (b) leggen ieder schooljaar een evenementopdracht neer, die de Routeleerlingen zelf organiseren en uitvoeren; (c) bieden samen ten minste zestien bpv-plaatsen per cohort in de mbo-fase; (d) leveren een praktijkbeoordelaar voor de examens in de beroepspraktijk."),
    ("p", "5.3 Tweemaal per jaar adviseert een klankbordgroep van de partners en de regionale afdeling van de brancheorganisatie van recreatieondernemers de Routecommissie over het programma en de keuzedelen."),

    ("h1", "Artikel 6 Onderwijskundige en organisatorische inrichting"),
    ("p", "6.1 In de vo-fase wordt het onderwijs gegeven in de School te Malden en twee dagdelen per week in de leerwerkplaats Receptie & Events van het College te Nijmegen; in de mbo-fase in het College en bij de partners."),
    ("p", "6.2 Het PTA/OER beschrijft per leerjaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming, en geeft aan welke onderdelen vo-, mbo- of gecombineerde onderdelen zijn."),
    ("p", "6.3 Personeel. Docenten van beide Partijen vormen \u00e9\u00e9n Routeteam. Het College zet in de vo-fase twee docenten leisure & hospitality in, samen 0,4 fte; de School zet haar docenten HBR en de algemene vakken in. Voor de vakoverstijgende onderdelen Gastvrijheid en Evenementen wordt gewerkt met teambevoegdheid als bedoeld in artikel 7.13a WVO 2020; voor ieder onderdeel is ten minste \u00e9\u00e9n bevoegde docent verantwoordelijk. Iedere docent blijft in dienst van zijn eigen werkgever."),
    ("p", "6.4 Faciliteiten. Het College stelt de leerwerkplaats Receptie & Events, het leerrestaurant en het boekingssysteem ter beschikking aan de Routeleerlingen in de vo-fase; de School stelt haar praktijklokaal HBR en de schoolkeuken ter beschikking voor gezamenlijke lessen."),
    ("p", "6.5 In de vo-fase is de Routeleerling ingeschreven bij de School, in de mbo-fase bij het College. De partij van inschrijving is verantwoordelijk voor verzuimmelding, examinering en diplomering van het desbetreffende deel. De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van personeel van de andere Partij in het kader van de Route."),

    ("h1", "Artikel 7 Overstapoptie"),
    ("p", "7.1 Be\u00ebindigt een Routeleerling de Route voordat hij haar met succes heeft afgerond, dan stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te behalen dat past bij zijn bereikte onderwijsniveau en leeftijd. Het oordeel daarover vormen de School en het College gezamenlijk, na overleg met de Routeleerling en zijn ouders; de Routecommissie legt het vast."),
    ("p", "7.2 Ten minste de volgende mogelijkheden staan open: (a) in de vo-fase voortzetting in de reguliere kaderberoepsgerichte leerweg van de School, in HBR of een ander profiel; (b) bij het niet behalen van het vmbo-diploma: instroom in een andere opleiding op niveau 2 of 3 van het College zonder toepassing van vooropleidingseisen, of een extra jaar voor het vmbo-examen; (c) in de mbo-fase: overstap naar een andere opleiding op niveau 3 van het College, zoals Zelfstandig werkend gastheer/-vrouw, of naar een andere instelling, waarbij het College de student begeleidt bij het toelatingsonderzoek."),
    ("p", "7.3 De uitwerking staat in de schoolgids van de School en de studiegids van het College."),

    ("h1", "Artikel 8 Financi\u00eble afspraken"),
    ("p", "8.1 De School draagt op grond van artikel 5.42a WVO 2020 aan het College over: vijftien procent van de personele bekostiging die de School ontvangt voor de Routeleerlingen in de vo-fase, berekend naar het aantal Routeleerlingen op 1 oktober."),
    ("p", "8.2 Deze middelen zijn bestemd voor de inzet van de docenten leisure & hospitality van het College in de vo-fase en voor het gebruik van de leerwerkplaats Receptie & Events."),
    ("p", "8.3 Het College draagt geen middelen over aan de School. Overige kosten draagt iedere Partij zelf."),

    ("h1", "Artikel 9 Medezeggenschap"),
    ("p", "9.1 Naast de medezeggenschap die op grond van de WMS respectievelijk de WEB en de WOR bij iedere Partij bestaat, komen Partijen het volgende overeen."),
    ("p", "9.2 Routeleerlingen in leerjaar 2 van de Route, die nog bij de School zijn ingeschreven, kunnen zich verkiesbaar stellen voor de studentenraad van het College en oefenen daar, als zij gekozen worden, dezelfde rechten uit als de andere leden."),
    ("p", "9.3 De Route is eenmaal per schooljaar een vast agendapunt van de medezeggenschapsraad van de School en van de studentenraad van het College; de Routecommissie licht dan het jaarverslag toe."),

    ("h1", "Artikel 10 Geschillen"),
    ("p", "10.1 Partijen leggen een geschil over de uitvoering van deze overeenkomst eerst voor aan het bestuurlijk overleg. Komt dat binnen zes weken niet tot een oplossing, dan schakelen Partijen een onafhankelijke bemiddelaar in die zij samen aanwijzen."),
    ("p", "10.2 Leidt de bemiddeling binnen drie maanden niet tot overeenstemming, dan kan iedere Partij het geschil voorleggen aan de Rechtbank Gelderland."),

    ("h1", "Artikel 11 Toetreding"),
    ("p", "Een andere school voor vmbo of instelling voor beroepsonderwijs kan partij worden bij deze overeenkomst met schriftelijke toestemming van beide Partijen, door ondertekening van een toetredingsakte en na melding van de Route in RIO. Toetreding gaat in bij de aanvang van een schooljaar en laat de rechten van Routeleerlingen die al deelnemen onverlet."),

    ("h1", "Artikel 12 Wijziging"),
    ("p", "Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk en met instemming van beide Partijen. Een wijziging die het programma of de examinering betreft, is alleen van toepassing op cohorten die na de wijziging met de Route beginnen."),

    ("h1", "Artikel 13 Duur en be\u00ebindiging"),
    ("p", "13.1 Deze overeenkomst wordt aangegaan voor onbepaalde tijd met ingang van 1 augustus 2025."),
    ("p", "13.2 Iedere Partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met een opzegtermijn van ten minste twaalf maanden. Ontbinding wegens een toerekenbare tekortkoming is slechts mogelijk na een schriftelijke ingebrekestelling met een hersteltermijn van drie maanden en gaat in op het eerstvolgende 1 augustus."),
    ("p", "13.3 Na opzegging of ontbinding worden geen nieuwe Routeleerlingen toegelaten. Partijen blijven gehouden om de Routeleerlingen die op dat moment deelnemen de Route te laten voltooien onder de voorwaarden van deze overeenkomst, of hun een overstap als bedoeld in artikel 7 te bieden."),

    ("h1", "Artikel 14 Slotbepalingen"),
    ("p", "14.1 Partijen melden de Route gezamenlijk aan de minister via RIO. 14.2 Op deze overeenkomst is Nederlands recht van toepassing."),
    ("p", "Aldus overeengekomen en in tweevoud getekend te Malden op 30 juni 2025."),
    ("p", "Voor de School: drs. L.M. Hendriks, voorzitter college van bestuur Stichting Voortgezet Onderwijs Rijk van Heumen"),
    ("p", "Voor het College: M.J. Arts-Verbeek MBA, lid college van bestuur Stichting Beroepsonderwijs Maas-Waal"),
]


@sample(368, "h368_twee_kolommen_gedefinieerde_termen_leisure_heumen", "pdf",
        "PDF in twee kolommen, formele stijl met gedefinieerde termen met hoofdletter en genummerde leden, "
        "Heumen/Rijk van Nijmegen, HBR kb naar Zelfstandig werkend medewerker leisure & hospitality niveau 3; "
        "overdracht als percentage met bestemming, vmbo-leerlingen in de studentenraad; volledig",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Artikel 2 Onderwerp", "b": "Artikel 5 Leerbedrijven en branche",
         "c": "Artikel 3 Routecommissie", "d": "Artikel 4 Inlichtingen en verantwoording",
         "e": "Artikel 6 Onderwijskundige en organisatorische inrichting",
         "f": "Artikel 7 Overstapoptie", "g": "Artikel 8 Financi\u00eble afspraken",
         "h": "Artikel 9 Medezeggenschap", "i": "Artikel 10 Geschillen",
         "j": "Artikel 13 Duur en be\u00ebindiging"})
def make_h368(path):
    build_pdf(path, H368, "Samenwerkingsovereenkomst Leisure Route Heumen", font="Helvetica",
              size=8.5, two_col=True, header="Leisure Route Heumen \u2013 samenwerkingsovereenkomst")

# === END SAMPLES ===


def norm(s):
    return " ".join(s.replace("\u00ad", "").split())


def build(num):
    s = SAMPLES[num]
    path = OUT / ("%s.%s" % (s["name"], s["fmt"]))
    s["content"](path)
    (OUT / ("%s.expected.json" % s["name"])).write_text(
        json.dumps(expected_json(s), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", path.name)


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = OUT / ("%s.%s" % (s["name"], s["fmt"]))
        problems = []
        if not path.exists():
            problems.append("file missing")
        else:
            size = path.stat().st_size
            if size >= 200 * 1024:
                problems.append("too large: %d" % size)
            try:
                if s["fmt"] == "pdf":
                    text = pdf_text(path)
                elif s["fmt"] == "docx":
                    text = docx_text(path)
                    import docx
                    docx.Document(str(path))
                else:
                    text = path.read_text(encoding="utf-8")
            except Exception as exc:  # noqa: BLE001
                problems.append("does not open: %r" % exc)
                text = ""
            nt = norm(text)
            if len(nt) < 300:
                problems.append("too little text")
            for k, ev in s["evidence"].items():
                if norm(ev) not in nt:
                    problems.append("evidence %s not found: %r" % (k, ev))
        ej = OUT / ("%s.expected.json" % s["name"])
        if not ej.exists():
            problems.append("expected.json missing")
        else:
            if json.loads(ej.read_text(encoding="utf-8")) != expected_json(s):
                problems.append("expected.json differs from table")
        if not re.fullmatch(r"h%d_[a-z0-9_]+" % num, s["name"]):
            problems.append("bad name")
        status = "OK " if not problems else "FAIL"
        print(status, path.name, "; ".join(problems))
        ok = ok and not problems
    fmts = [SAMPLES[n]["fmt"] for n in SAMPLES]
    print("formats:", {f: fmts.count(f) for f in sorted(set(fmts))})
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
