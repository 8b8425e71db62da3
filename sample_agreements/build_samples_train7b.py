#!/usr/bin/env python3
"""Training samples 109-116 for leerroute-check (split "train").

Written by an independent author (a helper session) from the two official bouwstenen
(samenwerkingsovereenkomst, overstapoptie), the project's domain notes and LABELS.md only, without
looking at the checker, its tests or the texts of other samples. Every school, instelling, company
and person is made up. Each agreement is typed out in full below, in the voice of a lawyer, a
school director or a policy officer; four are fully compliant and four carry one to three
deliberate defects (see each sample's "description").

Usage:
    python3 build_samples_train7b.py            # build all eight samples
    python3 build_samples_train7b.py 109 112    # build only these numbers
    python3 build_samples_train7b.py --check    # open every produced file and verify it

Output is deterministic: reportlab runs with invariant=1; DOCX files get fixed core properties and
are re-zipped with fixed timestamps.
"""

import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape as _xml_escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024

SAMPLES = {}


def sample(num, slug, ext, description, statuses, evidence, max_pages=5):
    """Register a sample builder."""
    def deco(fn):
        SAMPLES[num] = dict(num=num, name="%d_%s" % (num, slug), ext=ext, build=fn,
                            description=description, statuses=statuses, evidence=evidence,
                            max_pages=max_pages)
        return fn
    return deco


def st(code):
    """'p w m na ...' -> statuses dict a..j."""
    full = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    codes = code.split()
    assert len(codes) == 10, code
    return {k: full[c] for k, c in zip("abcdefghij", codes)}


def expected_json(s):
    data = {"description": s["description"], "split": "train", "statuses": s["statuses"]}
    if s["evidence"]:
        data["evidence"] = s["evidence"]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------------------------
# TXT / MD
# --------------------------------------------------------------------------------------------

def write_text(path, text):
    text = text.strip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# --------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_new(author, title):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    from docx.shared import Cm
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(3)
    normal.paragraph_format.line_spacing = 1.0
    for name, size in (("Heading 1", 12), ("Heading 2", 11)):
        hs = d.styles[name]
        hs.font.size = Pt(size)
        hs.paragraph_format.space_before = Pt(9)
        hs.paragraph_format.space_after = Pt(3)
    for name in ("List Bullet",):
        d.styles[name].paragraph_format.space_after = Pt(2)
    return d


def _docx_save(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


class AutoNumbering:
    """A multilevel list defined in numbering.xml: level 0 "1.", level 1 "a.".

    Every call of new_instance() adds a w:num that restarts the list at 1, so each article's
    sub-clauses are numbered by Word itself; the paragraph text holds no number."""

    ABSTRACT_ID = 70

    def __init__(self, d):
        from docx.oxml import parse_xml
        self._parse = parse_xml
        self.numbering = d.part.numbering_part.element
        self.next_id = 80
        absxml = (
            '<w:abstractNum xmlns:w="%s" w:abstractNumId="%d">'
            '<w:nsid w:val="5A3C7B10"/><w:multiLevelType w:val="multilevel"/>'
            '<w:tmpl w:val="1E2F3A4B"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlText w:val="%%2."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="851" w:hanging="426"/></w:pPr></w:lvl>'
            '</w:abstractNum>' % (W_NS, self.ABSTRACT_ID))
        abstract = parse_xml(absxml)
        first_num = self.numbering.find("{%s}num" % W_NS)
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)
        self.current = None

    def new_instance(self):
        nid = self.next_id
        self.next_id += 1
        numxml = (
            '<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride>'
            '</w:num>' % (W_NS, nid, self.ABSTRACT_ID))
        self.numbering.append(self._parse(numxml))
        self.current = nid
        return nid

    def apply(self, paragraph, level):
        from docx.oxml import parse_xml
        if self.current is None:
            self.new_instance()
        pPr = paragraph._p.get_or_add_pPr()
        pPr.insert(0, parse_xml(
            '<w:numPr xmlns:w="%s"><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
            % (W_NS, level, self.current)))


def docx_build(path, blocks, author, title, header=None):
    """blocks: list of tuples.
    ("title", text) ("sub", text) ("h", text) ("h2", text) ("p", text) ("pb",) bold run: ("pbold", text)
    ("n", text) auto-numbered level 0; ("n2", text) auto-numbered level 1 (restart after each "h",
    "h2" or ("nrestart",))
    ("li", text) bullet; ("table", rows, widths_cm or None, header_bool); ("sig", left_lines, right_lines)
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm
    d = _docx_new(author, title)
    auto = None
    if header:
        hp = d.sections[0].header.paragraphs[0]
        hp.text = header
        hp.runs[0].font.size = Pt(8)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "sub":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(b[1]).italic = True
        elif kind == "h":
            d.add_heading(b[1], level=1)
            if auto is not None:
                auto.current = None
        elif kind == "h2":
            d.add_heading(b[1], level=2)
            if auto is not None:
                auto.current = None
        elif kind == "nrestart":
            if auto is not None:
                auto.current = None
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "pbold":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind in ("n", "n2"):
            if auto is None:
                auto = AutoNumbering(d)
            p = d.add_paragraph(b[1])
            auto.apply(p, 0 if kind == "n" else 1)
        elif kind == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            rows, widths, has_header = b[1], b[2], b[3]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = d.styles["Table Grid"]
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = cell
                    if widths:
                        c.width = Cm(widths[j])
                    if has_header and i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
        elif kind == "sig":
            left, right = b[1], b[2]
            t = d.add_table(rows=1, cols=2)
            for j, lines in enumerate((left, right)):
                c = t.cell(0, j)
                c.text = lines[0]
                for line in lines[1:]:
                    c.add_paragraph(line)
        else:
            raise ValueError(kind)
    _docx_save(d, path)


def docx_text(path):
    """Paragraph texts of document.xml (body, tables) and headers, joined by newlines."""
    import xml.etree.ElementTree as ET
    out = []
    with zipfile.ZipFile(path) as z:
        names = ["word/document.xml"] + sorted(n for n in z.namelist()
                                               if re.match(r"word/(header|footer)\d*\.xml$", n))
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter("{%s}p" % W_NS):
                parts = []
                for el in p.iter():
                    if el.tag == "{%s}t" % W_NS:
                        parts.append(el.text or "")
                    elif el.tag == "{%s}tab" % W_NS:
                        parts.append("\t")
                out.append("".join(parts))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------

def _esc(s):
    return _xml_escape(s)


def pdf_styles(base=10, font="Helvetica"):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    lead = base * 1.3
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=base + 4, leading=(base + 4) * 1.25,
                                alignment=TA_CENTER, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=base, leading=lead,
                              alignment=TA_CENTER, spaceAfter=6),
        "h": ParagraphStyle("h", fontName=bold, fontSize=base + 1, leading=(base + 1) * 1.3,
                            spaceBefore=base * 0.8, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=base, leading=lead, spaceAfter=base * 0.35,
                            alignment=TA_LEFT),
        "pj": ParagraphStyle("pj", fontName=font, fontSize=base, leading=lead,
                             spaceAfter=base * 0.35, alignment=TA_JUSTIFY),
        "n": ParagraphStyle("n", fontName=font, fontSize=base, leading=lead, spaceAfter=base * 0.3,
                            leftIndent=base * 2, firstLineIndent=-base * 2),
        "li": ParagraphStyle("li", fontName=font, fontSize=base, leading=lead, spaceAfter=base * 0.2,
                             leftIndent=base * 2.4, firstLineIndent=-base * 1.2),
        "toc": ParagraphStyle("toc", fontName=font, fontSize=base, leading=lead),
        "small": ParagraphStyle("small", fontName=font, fontSize=base - 1, leading=(base - 1) * 1.25),
    }


def pdf_flowables(blocks, S, width):
    """("title"|"sub"|"h"|"p"|"pj", text); ("n", number, text) hanging number;
    ("li", text); ("toc", [(label, page)]); ("sig", left_lines, right_lines); ("sp", points);
    ("pb",) page break; ("cb",) column/frame break."""
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, FrameBreak
    fl = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h", "p", "pj"):
            fl.append(Paragraph(_esc(b[1]), S[k]))
        elif k == "n":
            fl.append(Paragraph("%s&nbsp;&nbsp;%s" % (_esc(b[1]), _esc(b[2])), S["n"]))
        elif k == "li":
            fl.append(Paragraph("&bull;&nbsp;&nbsp;" + _esc(b[1]), S["li"]))
        elif k == "toc":
            rows = [[Paragraph(_esc(lbl), S["toc"]), Paragraph(_esc(str(pg)), S["toc"])]
                    for lbl, pg in b[1]]
            t = Table(rows, colWidths=[width - 40, 40])
            t.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            fl.append(t)
        elif k == "sig":
            left = "<br/>".join(_esc(x) for x in b[1])
            right = "<br/>".join(_esc(x) for x in b[2])
            t = Table([[Paragraph(left, S["p"]), Paragraph(right, S["p"])]],
                      colWidths=[width / 2.0, width / 2.0])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            fl.append(t)
        elif k == "sp":
            fl.append(Spacer(1, b[1]))
        elif k == "pb":
            fl.append(PageBreak())
        elif k == "cb":
            fl.append(FrameBreak())
        else:
            raise ValueError(k)
    return fl


def pdf_build(path, blocks, title, author, columns=1, base=10, font="Helvetica",
              header=None, footer=None, margins=(2.2, 2.0), lead_cm=6.0):
    """footer: format string with %(page)d."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    pw, ph = A4
    mx, my = margins[0] * cm, margins[1] * cm
    width = pw - 2 * mx
    S = pdf_styles(base, font)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        if header:
            canv.drawString(mx, ph - my + 14, header)
        if footer:
            canv.drawRightString(pw - mx, my - 22, footer % {"page": doc.page})
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=mx, rightMargin=mx, topMargin=my,
                          bottomMargin=my, title=title, author=author, creator=author,
                          subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                          invariant=1)
    pre = []
    if columns == 1:
        frames = [Frame(mx, my, width, ph - 2 * my, id="f1", leftPadding=0, rightPadding=0)]
        colw = width
        doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=on_page)])
    else:
        # first page: a full-width frame for title and parties (lead_cm high), then two columns;
        # later pages: two columns. Put ("cb",) after the lead blocks.
        from reportlab.platypus import NextPageTemplate
        gap = 0.8 * cm
        colw = (width - gap) / 2.0
        full_h = ph - 2 * my
        lead_h = lead_cm * cm
        first = [Frame(mx, ph - my - lead_h, width, lead_h, id="lead", leftPadding=0,
                       rightPadding=0),
                 Frame(mx, my, colw, full_h - lead_h, id="c1a", leftPadding=0, rightPadding=0),
                 Frame(mx + colw + gap, my, colw, full_h - lead_h, id="c2a", leftPadding=0,
                       rightPadding=0)]
        later = [Frame(mx, my, colw, full_h, id="c1", leftPadding=0, rightPadding=0),
                 Frame(mx + colw + gap, my, colw, full_h, id="c2", leftPadding=0,
                       rightPadding=0)]
        doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=on_page),
                              PageTemplate(id="cols", frames=later, onPage=on_page)])
        pre = [NextPageTemplate("cols")]
    doc.build(pre + pdf_flowables(blocks, S, colw))


def pdf_text(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    parts = []
    n = len(pdf)
    for i in range(n):
        page = pdf[i]
        tp = page.get_textpage()
        parts.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return "\n".join(parts), n


# ============================================================================================
# 109 - Meierij, lawyer, DOCX with Word automatic numbering of the sub-clauses
# ============================================================================================

@sample(109, "artikelen_autonummering", "docx",
        "Lawyer's DOCX, 'Artikel N' headings typed, every lid and sub-item numbered only by Word "
        "(numbering.xml, one list instance per article, no typed numbers); Meierij, PIE kb -> Eerste "
        "Monteur Elektrotechnische Installaties 3; fully compliant: stuurgroep, € 1.100 per leerling "
        "with bestemming, extra medezeggenschap arrangement, mediation then rechtbank.",
        st("p p p p p p p p p p"),
        {"a": "Artikel 2 De leerroute",
         "b": "Artikel 3 Betrokkenheid van het bedrijfsleven",
         "c": "Artikel 4 Stuurgroep en routecoördinator",
         "d": "Artikel 5 Inlichtingen en verantwoording",
         "e": "Artikel 6 Organisatorische en onderwijskundige inrichting",
         "f": "Artikel 7 Overstapoptie",
         "g": "Artikel 8 Overdracht van bekostiging",
         "h": "Artikel 9 Medezeggenschap",
         "i": "Artikel 10 Geschillen",
         "j": "Artikel 11 Toetreding, wijziging en beëindiging"})
def build_109(path):
    B = [
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("sub", "doorlopende leerroute vmbo-mbo Elektrotechniek Meierijstad"),
        ("pbold", "DE ONDERGETEKENDEN:"),
        ("n", "de stichting Stichting Voortgezet Onderwijs De Meierij, statutair gevestigd te "
              "Meierijstad, bevoegd gezag van het Zuid-Willemscollege te Veghel, te dezen "
              "rechtsgeldig vertegenwoordigd door mevrouw drs. A.M.J. van den Oetelaar, voorzitter "
              "van het college van bestuur, hierna te noemen: \"de School\";"),
        ("n", "de stichting Stichting Regionaal Opleidingencentrum Aa en Dommel, statutair "
              "gevestigd te 's-Hertogenbosch, te dezen rechtsgeldig vertegenwoordigd door de heer "
              "ir. P.H.M. Verhoeven, lid van het college van bestuur, hierna te noemen: \"het ROC\";"),
        ("p", "hierna gezamenlijk te noemen: \"Partijen\" en ieder afzonderlijk: \"Partij\";"),
        ("pbold", "NEMEN IN AANMERKING:"),
        ("nrestart",),
        ("n", "dat de School in de kaderberoepsgerichte leerweg het profiel Produceren, "
              "installeren en energie aanbiedt;"),
        ("n", "dat het ROC op zijn vestiging Veghel de opleiding Eerste Monteur Elektrotechnische "
              "Installaties in de gebouwde omgeving verzorgt;"),
        ("n", "dat Partijen met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende "
              "leerroute vmbo-mbo als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs "
              "2020 (hierna: WVO 2020) en artikel 9.1.2 van de Wet educatie en beroepsonderwijs "
              "(hierna: WEB) wensen te verzorgen;"),
        ("n", "dat artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat de afspraken "
              "daarover in een samenwerkingsovereenkomst worden vastgelegd;"),
        ("pbold", "EN KOMEN OVEREEN ALS VOLGT:"),

        ("h", "Artikel 1 Begrippen"),
        ("n", "In deze overeenkomst wordt verstaan onder:"),
        ("n2", "Leerroute: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2;"),
        ("n2", "Leerling: de leerling of student die aan de Leerroute deelneemt;"),
        ("n2", "vo-fase: de eerste twee leerjaren van de Leerroute, waarin de Leerling bij de "
               "School staat ingeschreven;"),
        ("n2", "mbo-fase: het derde en vierde leerjaar van de Leerroute, waarin de Leerling bij het "
               "ROC staat ingeschreven;"),
        ("n2", "Stuurgroep: het orgaan dat op grond van artikel 4 met de leiding over de Leerroute "
               "is belast;"),
        ("n2", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
               "examenregeling van de Leerroute."),
        ("n", "Begrippen die in deze overeenkomst niet zijn gedefinieerd, hebben de betekenis die "
              "de WVO 2020 en de WEB daaraan toekennen."),

        ("h", "Artikel 2 De leerroute"),
        ("n", "Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde "
              "leerjaar van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en "
              "energie, van de School, en die leidt tot het diploma vmbo kaderberoepsgerichte "
              "leerweg en het diploma van de vakopleiding (niveau 3) Eerste Monteur "
              "Elektrotechnische Installaties in de gebouwde omgeving, behorend tot het "
              "opleidingsdomein Techniek en procesindustrie, in de beroepsopleidende leerweg."),
        ("n", "De Leerroute heeft een cursusduur van vier jaar, bestaande uit de vo-fase en de "
              "mbo-fase."),
        ("n", "De Leerling wordt met ingang van het derde leerjaar van de Leerroute bij de School "
              "uitgeschreven en bij het ROC ingeschreven. Een Leerling die dan nog geen vmbo-diploma "
              "heeft behaald, blijft tot de afronding van het vo-deel tevens bij de School "
              "geregistreerd."),
        ("n", "Partijen melden de Leerroute gezamenlijk aan Onze Minister door registratie in RIO "
              "vóór 1 oktober 2025."),

        ("h", "Artikel 3 Betrokkenheid van het bedrijfsleven"),
        ("n", "Partijen betrekken het regionale installatiebedrijfsleven bij de invulling van de "
              "Leerroute via de Werkveldraad Elektrotechniek Meierij, waarin ten minste vier door "
              "SBB erkende leerbedrijven zitting hebben, waaronder Installatiebedrijf Van der "
              "Heijden B.V. te Veghel en Elektrotechnisch Bureau Dommeldal B.V. te Sint-Oedenrode."),
        ("n", "De Werkveldraad brengt ten minste eenmaal per schooljaar, vóór 1 maart, schriftelijk "
              "advies uit aan de Stuurgroep over het onderwijsprogramma en de keuze van keuzedelen. "
              "De Stuurgroep motiveert schriftelijk waarom zij van een advies afwijkt."),
        ("n", "De in de Werkveldraad vertegenwoordigde leerbedrijven stellen "
              "beroepspraktijkvormingsplaatsen beschikbaar voor de Leerlingen in het tweede, derde "
              "en vierde leerjaar van de Leerroute. Het ROC sluit de praktijkovereenkomsten."),
        ("n", "Praktijkopleiders van de leerbedrijven:"),
        ("n2", "verzorgen in de vo-fase ten minste twee gastlessen per leerjaar;"),
        ("n2", "leveren jaarlijks ten minste één levensechte praktijkopdracht aan;"),
        ("n2", "treden op als tweede beoordelaar bij de proeve van bekwaamheid in het vierde "
               "leerjaar."),

        ("h", "Artikel 4 Stuurgroep en routecoördinator"),
        ("n", "De leiding over de Leerroute berust bij de Stuurgroep. De Stuurgroep bestaat uit de "
              "afdelingsleider bovenbouw kader van de School, de opleidingsmanager "
              "Installatietechniek van het ROC en de routecoördinator; de routecoördinator neemt "
              "zonder stemrecht deel en treedt op als secretaris."),
        ("n", "Het lid namens de School wordt aangewezen door het college van bestuur van de School, "
              "het lid namens het ROC door het college van bestuur van het ROC, telkens schriftelijk "
              "en voor de duur van twee schooljaren; herbenoeming is mogelijk. De routecoördinator "
              "wordt op voordracht van de Stuurgroep door beide colleges van bestuur gezamenlijk "
              "benoemd."),
        ("n", "Aan de Stuurgroep worden door de colleges van bestuur de volgende taken opgedragen:"),
        ("n2", "het vaststellen van het onderwijsprogramma en de examenplanning per leerjaar, "
               "binnen de kaders van het PTA/OER;"),
        ("n2", "het besluiten over de toelating van leerlingen tot de Leerroute aan het einde van "
               "het tweede leerjaar van de School;"),
        ("n2", "het organiseren van de inzet van personeel en faciliteiten als bedoeld in artikel 6;"),
        ("n2", "het uitvoeren van de overstapoptie als bedoeld in artikel 7."),
        ("n", "De Stuurgroep is bevoegd om binnen de door beide colleges van bestuur vastgestelde "
              "jaarbegroting van de Leerroute verplichtingen aan te gaan en afspraken met "
              "leerbedrijven te maken. Besluiten over wijziging van deze overeenkomst, over "
              "aanstelling en ontslag van personeel en over uitgaven buiten de jaarbegroting blijven "
              "voorbehouden aan de colleges van bestuur."),
        ("n", "De Stuurgroep besluit bij unanimiteit van de stemgerechtigde leden. Komen zij niet "
              "tot overeenstemming, dan is artikel 10 van toepassing."),

        ("h", "Artikel 5 Inlichtingen en verantwoording"),
        ("n", "De Stuurgroep legt jaarlijks verantwoording af aan beide colleges van bestuur door "
              "middel van een schriftelijk jaarverslag over het afgelopen schooljaar, dat uiterlijk "
              "1 november aan beide colleges wordt toegezonden."),
        ("n", "Het jaarverslag bevat ten minste de in-, door- en uitstroomcijfers, de "
              "examenresultaten, de toepassing van de overstapoptie en de uitputting van de "
              "jaarbegroting."),
        ("n", "Tweemaal per schooljaar, in november en in mei, voeren de colleges van bestuur "
              "bestuurlijk overleg met de Stuurgroep; de Stuurgroep legt daarin een schriftelijke "
              "voortgangsrapportage voor."),
        ("n", "De Stuurgroep informeert beide colleges van bestuur onverwijld over voorvallen die "
              "de continuïteit of de kwaliteit van de Leerroute kunnen raken. Elk college van "
              "bestuur kan te allen tijde inlichtingen verlangen; de Stuurgroep verstrekt deze "
              "binnen tien werkdagen."),

        ("h", "Artikel 6 Organisatorische en onderwijskundige inrichting"),
        ("n", "Het onderwijs in de vo-fase wordt verzorgd op de locatie van de School aan de "
              "Kolonel Johnsonstraat te Veghel; het onderwijs in de mbo-fase op de vestiging Veghel "
              "van het ROC. In het tweede leerjaar volgen de Leerlingen één dag per week "
              "praktijkonderwijs op de vestiging van het ROC."),
        ("n", "Partijen beschrijven voor de gehele Leerroute gezamenlijk het onderwijsprogramma, de "
              "examinering per leerjaar en de beroepspraktijkvorming per leerjaar in het PTA/OER en "
              "geven daarin aan welke onderdelen tot het vmbo-programma, welke tot het "
              "mbo-programma en welke tot beide behoren. Het centraal examen vmbo wordt uiterlijk in "
              "het tweede leerjaar van de Leerroute afgenomen."),
        ("n", "Het onderwijs wordt verzorgd door één docententeam van docenten van de School en van "
              "het ROC. Partijen maken gebruik van de teambevoegdheid als bedoeld in artikel 7.13a "
              "WVO 2020 en artikel 9.1.12 WEB voor de programmaonderdelen elektrotechniek en "
              "installatietechniek; het PTA/OER vermeldt in welke onderdelen teams worden ingezet."),
        ("n", "Iedere docent blijft in dienst van de eigen werkgever. Het ROC stelt in de vo-fase "
              "ten minste 0,4 fte docent elektrotechniek beschikbaar; de School stelt in de "
              "mbo-fase haar docent Nederlands voor 0,1 fte beschikbaar voor de afronding van het "
              "vo-deel."),
        ("n", "De School stelt haar praktijklokaal installatietechniek met bijbehorend gereedschap "
              "beschikbaar voor de Leerroute; het ROC stelt zijn werkplaats elektrotechniek, zijn "
              "meetlaboratorium en zijn digitale leeromgeving beschikbaar aan de Leerlingen in de "
              "vo-fase. Het gebruik van elkaars faciliteiten wordt, behoudens artikel 8, niet in "
              "rekening gebracht."),
        ("n", "Een klacht die bij de ene Partij wordt ingediend over een gedraging van een "
              "personeelslid van de andere Partij, wordt behandeld volgens de klachtenregeling van "
              "de Partij waar de klacht is ingediend; de andere Partij verleent daaraan volledige "
              "medewerking."),

        ("h", "Artikel 7 Overstapoptie"),
        ("n", "Wordt de deelname van een Leerling aan de Leerroute beëindigd voordat hij deze met "
              "succes heeft afgerond, dan stellen Partijen hem in staat een vmbo-diploma of een "
              "mbo-diploma te behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd."),
        ("n", "Partijen bieden daartoe in ieder geval de volgende mogelijkheden:"),
        ("n2", "bij beëindiging in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte "
               "leerweg van de School, in hetzelfde of een ander profiel, gericht op het behalen "
               "van het vmbo-diploma;"),
        ("n2", "bij het niet behalen van het vmbo-diploma: doubleren of herkansen op de School, dan "
               "wel instroom zonder vmbo-diploma in een andere opleiding op niveau 2 of 3 van het "
               "ROC;"),
        ("n2", "bij beëindiging in de mbo-fase: overstap naar een andere opleiding op niveau 3 van "
               "het ROC, bij voorkeur binnen het opleidingsdomein Techniek en procesindustrie, of "
               "naar een opleiding op niveau 2."),
        ("n", "Bij een overstap naar een andere opleiding van het ROC zijn de vooropleidingseisen "
              "niet van toepassing. Bij een overstap naar een andere instelling verlenen Partijen "
              "medewerking aan het geschiktheidsonderzoek van die instelling."),
        ("n", "Welke mogelijkheid het meest kansrijk is, wordt beoordeeld door de afdelingsleider "
              "van de School en de opleidingsmanager van het ROC gezamenlijk, na een gesprek met de "
              "Leerling en diens ouders of verzorgers. Het gezamenlijke oordeel wordt schriftelijk "
              "aan de Leerling en diens ouders meegedeeld."),
        ("n", "De werkwijze wordt nader beschreven in de schoolgids van de School en de studiegids "
              "van het ROC."),

        ("h", "Artikel 8 Overdracht van bekostiging"),
        ("n", "Met toepassing van artikel 5.42a WVO 2020 draagt de School per schooljaar een bedrag "
              "van € 1.100 per Leerling in de vo-fase over aan het ROC, berekend naar het aantal "
              "Leerlingen op de teldatum 1 oktober."),
        ("n", "De overgedragen middelen zijn bestemd voor de inzet van docenten van het ROC in de "
              "vo-fase en voor het gebruik van de werkplaats elektrotechniek en het "
              "meetlaboratorium van het ROC, als bedoeld in artikel 6."),
        ("n", "Het ROC draagt geen bekostiging over aan de School."),
        ("n", "Het ROC factureert het bedrag vóór 1 december; de School voldoet de factuur binnen "
              "dertig dagen."),

        ("h", "Artikel 9 Medezeggenschap"),
        ("n", "Voor de Leerlingen in de vo-fase, hun ouders en het personeel van de School is de "
              "medezeggenschapsraad van de School het bevoegde orgaan; voor de Leerlingen in de "
              "mbo-fase en het personeel van het ROC zijn dat de studentenraad en de "
              "ondernemingsraad van het ROC."),
        ("n", "In aanvulling daarop komen Partijen overeen dat twee door de leerlinggeleding van de "
              "medezeggenschapsraad van de School aangewezen Leerlingen uit de vo-fase gerechtigd "
              "zijn de vergaderingen van de studentenraad van het ROC als toehoorder met spreekrecht "
              "bij te wonen, voor zover onderwerpen worden besproken die de Leerroute betreffen."),
        ("n", "Een voorgenomen besluit tot wijziging of beëindiging van deze overeenkomst legt elke "
              "Partij voor advies voor aan haar eigen medezeggenschapsorgaan; Partijen stellen de "
              "uitgebrachte adviezen aan elkaar ter beschikking."),
        ("n", "Eenmaal per schooljaar beleggen Partijen een gezamenlijke bijeenkomst van de "
              "medezeggenschapsraad van de School en de studentenraad van het ROC over de Leerroute."),

        ("h", "Artikel 10 Geschillen"),
        ("n", "Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst in "
              "de Stuurgroep besproken."),
        ("n", "Is het geschil niet binnen vier weken opgelost, dan legt de meest gerede Partij het "
              "voor aan een bestuurlijk overleg van beide colleges van bestuur, dat binnen vier "
              "weken na het verzoek bijeenkomt."),
        ("n", "Heeft het bestuurlijk overleg niet binnen zes weken tot een oplossing geleid, dan "
              "schakelen Partijen een mediator in die is ingeschreven in het register van de "
              "Mediatorsfederatie Nederland; de kosten worden gelijk gedeeld."),
        ("n", "Leidt de mediation niet binnen drie maanden tot overeenstemming, dan wordt het "
              "geschil uitsluitend voorgelegd aan de bevoegde rechter van de rechtbank Oost-Brabant."),

        ("h", "Artikel 11 Toetreding, wijziging en beëindiging"),
        ("n", "Een andere school voor voortgezet onderwijs of een andere instelling voor "
              "beroepsonderwijs kan tot deze overeenkomst toetreden, mits beide Partijen daarmee "
              "schriftelijk instemmen, de toetredende partij alle bepalingen van deze overeenkomst "
              "aanvaardt en zij haar deelname aan de Leerroute in RIO registreert. Toetreding "
              "geschiedt bij een door alle partijen ondertekende toetredingsverklaring en gaat in "
              "per 1 augustus van enig jaar, zodat lopende leerjaren niet worden verstoord."),
        ("n", "Deze overeenkomst kan uitsluitend worden gewijzigd bij een schriftelijke, door beide "
              "colleges van bestuur ondertekende akte, na advies als bedoeld in artikel 9. Een "
              "wijziging die het programma van reeds ingestroomde Leerlingen raakt, treedt voor hen "
              "niet eerder in werking dan bij de aanvang van het volgende schooljaar."),
        ("n", "Deze overeenkomst wordt aangegaan voor onbepaalde tijd. Elke Partij kan haar "
              "schriftelijk opzeggen tegen 1 augustus van enig jaar, met inachtneming van een "
              "opzegtermijn van ten minste twaalf maanden."),
        ("n", "Elke Partij kan deze overeenkomst ontbinden indien de andere Partij toerekenbaar "
              "tekortschiet in de nakoming van een wezenlijke verplichting en die tekortkoming niet "
              "binnen zestig dagen na een schriftelijke ingebrekestelling heeft hersteld."),
        ("n", "Na opzegging of ontbinding nemen Partijen geen nieuwe Leerlingen meer in de Leerroute "
              "op. Leerlingen die op dat moment aan de Leerroute deelnemen, ronden deze af onder de "
              "voorwaarden van deze overeenkomst; de daarvoor benodigde bepalingen blijven tot dat "
              "moment van kracht."),

        ("h", "Artikel 12 Slotbepalingen"),
        ("n", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("n", "Deze overeenkomst treedt in werking op 1 augustus 2025."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Veghel op 30 juni 2025."),
        ("sig", ["Stichting Voortgezet Onderwijs De Meierij", "", "", "drs. A.M.J. van den Oetelaar",
                 "voorzitter college van bestuur"],
         ["Stichting Regionaal Opleidingencentrum Aa en Dommel", "", "", "ir. P.H.M. Verhoeven",
          "lid college van bestuur"]),
    ]
    docx_build(path, B, author="mr. L.C. Kerkhofs", title="Samenwerkingsovereenkomst DLR "
               "Elektrotechniek Meierijstad",
               header="Van Dinther Kerkhofs Advocaten - concept 30 juni 2025 - ref. 2025/0417")


# ============================================================================================
# 110 - Zuid-Kennemerland, policy officer, two-column PDF
# ============================================================================================

@sample(110, "twee_kolommen_beleid", "pdf",
        "Policy officer's two-column PDF (full-width title block, then text flowing down two "
        "columns), nominal style with decimal sub-clauses; Zuid-Kennemerland, MVI gl -> Mediavormgever "
        "4; defects: bedrijfsleven only an intention to be explored later, bekostiging transfer "
        "with bestemming but amount left to yearly consultation, geschillen only in onderling "
        "overleg; silent on medezeggenschap.",
        st("p w p p p p w na w p"),
        {"a": "2. Reikwijdte van de leerroute",
         "c": "4. Governance: routeteam en regie",
         "d": "5. Informatievoorziening en verantwoording",
         "e": "6. Onderwijskundige en organisatorische inrichting",
         "f": "7. Overstapmogelijkheden",
         "j": "10. Looptijd, toetreding, wijziging en beëindiging"})
def build_110(path):
    B = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Media & Vormgeving"),
        ("sub", "vmbo gemengde leerweg - mbo niveau 4  |  Zuid-Kennemerland  |  versie 1.0, "
                "vastgesteld in het bestuurlijk overleg van 12 juni 2025"),
        ("p", "Partijen:"),
        ("li", "Stichting Openbaar Voortgezet Onderwijs Zuid-Kennemerland, bevoegd gezag van De "
               "Spaarnestroom, school voor vmbo te Haarlem, vertegenwoordigd door de heer drs. R.J. "
               "Kuipers, voorzitter van het college van bestuur (hierna: de vo-school);"),
        ("li", "Stichting Regionaal Opleidingencentrum Spaarne en Duin, gevestigd te Haarlem, "
               "vertegenwoordigd door mevrouw M.E. Bouma-de Groot MBA, voorzitter van het college "
               "van bestuur (hierna: de mbo-instelling);"),
        ("p", "hierna samen te noemen: partijen, komen het volgende overeen."),
        ("p", "Opgesteld door: I. Hamdaoui, beleidsadviseur onderwijs, namens de werkgroep "
              "doorlopende leerroutes van partijen."),
        ("cb",),

        ("h", "1. Aanleiding en doel"),
        ("p", "1.1 In Zuid-Kennemerland bestaat een structurele vraag naar creatief en digitaal "
              "vakmanschap. Partijen beogen met de doorlopende leerroute de overgang van vmbo naar "
              "mbo te versoepelen, overlap in het programma te voorkomen en uitval te verminderen."),
        ("p", "1.2 Deze overeenkomst strekt tot vastlegging van de afspraken als bedoeld in artikel "
              "2.107b van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.3 van de Wet "
              "educatie en beroepsonderwijs (WEB)."),

        ("h", "2. Reikwijdte van de leerroute"),
        ("p", "2.1 De leerroute omvat het profiel Media, vormgeving en ICT in de gemengde leerweg "
              "van de vo-school (leerjaar 3 en 4) en de middenkaderopleiding Mediavormgever "
              "(niveau 4), opleidingsdomein Media en vormgeving, beroepsopleidende leerweg, van de "
              "mbo-instelling."),
        ("p", "2.2 De cursusduur van de leerroute bedraagt vijf jaar: twee jaar vo-fase en drie "
              "jaar mbo-fase. Instroom vindt plaats aan het einde van leerjaar 2 van de vo-school, "
              "op basis van een intakegesprek en het advies van de mentor."),
        ("p", "2.3 Partijen dragen zorg voor de gezamenlijke melding van de leerroute bij DUO "
              "(registratie in RIO) vóór de aanvang van het schooljaar 2025-2026."),

        ("h", "3. Betrokkenheid werkveld"),
        ("p", "3.1 Partijen onderkennen het belang van een sterke verbinding tussen de leerroute "
              "en het creatieve werkveld in de regio."),
        ("p", "3.2 Partijen streven ernaar het bedrijfsleven gedurende de looptijd van deze "
              "overeenkomst zoveel mogelijk bij de invulling van de leerroute te betrekken. De wijze "
              "waarop dat gebeurt, wordt door het routeteam in samenspraak met het werkveld nader "
              "verkend."),

        ("h", "4. Governance: routeteam en regie"),
        ("p", "4.1 De leiding over de leerroute is belegd bij het routeteam. Het routeteam bestaat "
              "uit de teamleider bovenbouw gl/tl van de vo-school, de opleidingsmanager Creatieve "
              "Industrie van de mbo-instelling en de routecoördinator."),
        ("p", "4.2 Aanwijzing van de teamleider en de opleidingsmanager geschiedt schriftelijk "
              "door het college van bestuur van de eigen instelling. De routecoördinator (0,3 fte) "
              "wordt na een gezamenlijke selectieprocedure door beide colleges van bestuur "
              "gezamenlijk benoemd."),
        ("p", "4.3 Het routeteam is belast met de programmering, de roostering en de "
              "kwaliteitsbewaking van de leerroute en stelt jaarlijks het concept-PTA/OER op ter "
              "vaststelling door beide bevoegde gezagen."),
        ("p", "4.4 Het routeteam beslist zelfstandig over de besteding van het routebudget, de "
              "toetsplanning en de toelating van leerlingen tot de leerroute. Beslissingen met "
              "personele of rechtspositionele gevolgen blijven voorbehouden aan de bevoegde "
              "gezagen."),

        ("h", "5. Informatievoorziening en verantwoording"),
        ("p", "5.1 Het routeteam rapporteert tweemaal per jaar, uiterlijk op 1 februari en 1 juli, "
              "door middel van een schriftelijke voortgangsrapportage aan beide colleges van "
              "bestuur. De rapportage bevat ten minste kengetallen over instroom, doorstroom, uitval "
              "en examenresultaten, alsmede een financiële paragraaf."),
        ("p", "5.2 De rapportage wordt besproken in het bestuurlijk overleg, dat ten minste "
              "eenmaal per jaar plaatsvindt. Daarnaast verstrekt het routeteam op verzoek van een "
              "van beide colleges van bestuur binnen twee weken alle gevraagde inlichtingen."),

        ("h", "6. Onderwijskundige en organisatorische inrichting"),
        ("p", "6.1 Locatie. Leerjaar 1 en 2 van de leerroute worden verzorgd op de vo-school aan de "
              "Delftlaan te Haarlem; vanaf leerjaar 2 volgen leerlingen één middag per week les op "
              "de Mediacampus van de mbo-instelling. Leerjaar 3 tot en met 5 worden verzorgd op de "
              "Mediacampus."),
        ("p", "6.2 Programma en examinering. Partijen beschrijven het onderwijsprogramma, de "
              "examinering en de beroepspraktijkvorming per leerjaar in één gezamenlijk PTA/OER. "
              "Het centraal examen vmbo wordt afgenomen in leerjaar 2 van de leerroute; mbo-"
              "onderdelen kunnen vanaf leerjaar 1 worden geëxamineerd. De beroepspraktijkvorming "
              "valt onder de verantwoordelijkheid van de mbo-instelling."),
        ("p", "6.3 Personeel. Het onderwijs wordt verzorgd door een gezamenlijk docententeam. De "
              "mbo-instelling zet in de vo-fase twee docenten vormgeving in voor samen 0,5 fte; de "
              "vo-school zet in leerjaar 3 van de leerroute haar docent beeldende vorming in voor "
              "0,1 fte. Voor het programmaonderdeel Vormgeving en media wordt gebruikgemaakt van de "
              "teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB). Docenten blijven in "
              "dienst van de eigen werkgever; de wederzijdse inzet wordt vastgelegd in een "
              "detacheringsovereenkomst."),
        ("p", "6.4 Faciliteiten. De mbo-instelling stelt haar fotostudio, de Mac-werkplekken met "
              "software-licenties en de drukwerkplaats beschikbaar; de vo-school stelt haar "
              "medialokaal beschikbaar voor de gezamenlijke lessen. Leerlingen in de vo-fase "
              "krijgen een account in de digitale leeromgeving van de mbo-instelling."),
        ("p", "6.5 Begeleiding en verzuim. In de vo-fase is de mentor van de vo-school het eerste "
              "aanspreekpunt en meldt de vo-school het verzuim; in de mbo-fase is dat de "
              "studieloopbaanbegeleider van de mbo-instelling."),
        ("p", "6.6 Klachten. Een klacht over een medewerker van de andere partij wordt behandeld "
              "volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere "
              "partij verleent medewerking."),

        ("h", "7. Overstapmogelijkheden"),
        ("p", "7.1 Eindigt de deelname aan de leerroute voortijdig, dan wordt de leerling in staat "
              "gesteld een diploma te behalen dat aansluit bij het bereikte onderwijsniveau en de "
              "leeftijd van de leerling."),
        ("p", "7.2 Daarbij gelden de volgende uitgangspunten:"),
        ("li", "uitstroom in de vo-fase: voortzetting in de reguliere gemengde of theoretische "
               "leerweg van de vo-school, gericht op het vmbo-diploma;"),
        ("li", "vmbo-diploma niet behaald in leerjaar 2 van de leerroute: herkansing of doubleren "
               "op de vo-school, of doorstroom zonder vmbo-diploma naar een opleiding op niveau 3 "
               "of 4 van de mbo-instelling, indien het bereikte niveau dat rechtvaardigt;"),
        ("li", "uitstroom in de mbo-fase: overstap naar een andere opleiding van de mbo-instelling "
               "op niveau 4 of niveau 3, zonder dat vooropleidingseisen worden gesteld."),
        ("p", "7.3 Over de overstap wordt besloten door de teamleider van de vo-school en de "
              "opleidingsmanager van de mbo-instelling gezamenlijk, na overleg met de leerling en "
              "diens ouders of verzorgers. De overdracht naar de nieuwe opleiding vindt warm "
              "plaats. De uitwerking wordt opgenomen in de schoolgids."),

        ("h", "8. Financiële afspraken"),
        ("p", "8.1 De vo-fase wordt bekostigd uit de lumpsum van de vo-school, de mbo-fase uit de "
              "rijksbijdrage van de mbo-instelling."),
        ("p", "8.2 Ter dekking van de inzet van mbo-docenten in de vo-fase (zie 6.3) en het gebruik "
              "van de faciliteiten van de mbo-instelling (zie 6.4) draagt de vo-school jaarlijks "
              "een deel van haar bekostiging over aan de mbo-instelling. De hoogte van deze "
              "bijdrage wordt jaarlijks bij de begrotingsvoorbereiding door partijen in onderling "
              "overleg vastgesteld."),

        ("h", "9. Afstemming en verschillen van inzicht"),
        ("p", "9.1 Bij verschillen van inzicht over de uitvoering van deze overeenkomst treden "
              "partijen met elkaar in overleg, met als doel in goede harmonie tot een oplossing te "
              "komen."),
        ("p", "9.2 Geschillen worden door de colleges van bestuur in onderling overleg beslecht."),

        ("h", "10. Looptijd, toetreding, wijziging en beëindiging"),
        ("p", "10.1 Looptijd. Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030 "
              "en wordt daarna stilzwijgend verlengd met telkens vijf jaar."),
        ("p", "10.2 Toetreding. Een andere vo-school in Zuid-Kennemerland die het profiel Media, "
              "vormgeving en ICT aanbiedt, of een andere mbo-instelling, kan toetreden indien beide "
              "partijen daarmee schriftelijk instemmen en de toetreder deze overeenkomst integraal "
              "onderschrijft. Toetreding gaat in per 1 augustus; de toetreder meldt haar deelname "
              "bij DUO."),
        ("p", "10.3 Wijziging. Wijzigingen worden uitsluitend schriftelijk overeengekomen en door "
              "beide colleges van bestuur ondertekend. Partijen evalueren de overeenkomst elke twee "
              "jaar. Een wijziging van het programma geldt alleen voor cohorten die na de wijziging "
              "instromen."),
        ("p", "10.4 Opzegging en ontbinding. Elk van partijen kan de overeenkomst schriftelijk "
              "opzeggen tegen 31 juli van enig jaar met een opzegtermijn van ten minste één "
              "schooljaar. Ontbinding is mogelijk indien de andere partij haar verplichtingen na "
              "schriftelijke aanmaning niet binnen twee maanden nakomt."),
        ("p", "10.5 Bescherming van leerlingen. Na opzegging of ontbinding stromen geen nieuwe "
              "leerlingen meer in. Leerlingen die op het moment van beëindiging in de leerroute "
              "zijn ingestroomd, ronden de leerroute bij partijen af onder de voorwaarden van deze "
              "overeenkomst."),

        ("h", "11. Slotbepalingen"),
        ("p", "11.1 Partijen wisselen uitsluitend de leerlinggegevens uit die voor de uitvoering "
              "van de leerroute noodzakelijk zijn, met inachtneming van de AVG."),
        ("p", "11.2 Deze overeenkomst treedt in werking op 1 augustus 2025."),
        ("p", "Aldus vastgesteld en ondertekend te Haarlem op 30 juni 2025."),
        ("sig", ["Stichting Openbaar Voortgezet Onderwijs Zuid-Kennemerland", "", "",
                 "drs. R.J. Kuipers", "voorzitter college van bestuur"],
         ["Stichting Regionaal Opleidingencentrum Spaarne en Duin", "", "",
          "M.E. Bouma-de Groot MBA", "voorzitter college van bestuur"]),
    ]
    pdf_build(path, B, title="Samenwerkingsovereenkomst DLR Media & Vormgeving",
              author="I. Hamdaoui, beleidsadviseur onderwijs", columns=2, base=9,
              header="DLR Media & Vormgeving Zuid-Kennemerland | samenwerkingsovereenkomst v1.0",
              footer="Pagina %(page)d", lead_cm=6.2)


# ============================================================================================
# 111 - Oost-Betuwe, school director, DOCX opening with a covering letter + summary
# ============================================================================================

@sample(111, "begeleidende_brief_groen", "docx",
        "School director's DOCX that opens with a one-page covering letter with a five-point "
        "management summary to both boards, then the agreement with numbered 'Afspraak N' "
        "headings in plain director's language; Oost-Betuwe, groen kb -> Vakbekwaam hovenier 3 "
        "(vmbo school with an AOC); compliant: explicitly no transfer of bekostiging, bindend advies; "
        "medezeggenschap article only describes the statutory regimes and says extra arrangements "
        "'kunnen' be made later (h not_applicable).",
        st("p p p p p p p na p p"),
        {"a": "Afspraak 1 - Route en opleiding",
         "b": "Afspraak 2 - Samenwerking met hoveniers en groenbedrijven",
         "c": "Afspraak 3 - De regiegroep",
         "d": "Afspraak 4 - Verantwoording aan de besturen",
         "e": "Afspraak 5 - Onderwijs, personeel en voorzieningen",
         "f": "Afspraak 6 - Als de route niet past",
         "g": "Afspraak 7 - Geld",
         "i": "Afspraak 9 - Als we het niet eens worden",
         "j": "Afspraak 10 - Nieuwe partners, wijzigen en stoppen"})
def build_111(path):
    B = [
        ("p", "Het Bloesemcollege - vmbo Elst"),
        ("p", "Elst, 23 juni 2025"),
        ("p", "Aan het college van bestuur van Stichting Voortgezet Onderwijs Linge en Rijn en "
              "de raad van bestuur van Stichting Agrarisch Opleidingscentrum Betuwe-Liemers"),
        ("pbold", "Betreft: samenwerkingsovereenkomst doorlopende leerroute Groen - ter ondertekening"),
        ("p", "Geachte bestuurders,"),
        ("p", "Hierbij bied ik u, mede namens mevrouw Van Kesteren, teamleider Groen van het AOC, "
              "de samenwerkingsovereenkomst aan voor de doorlopende leerroute Groen tussen onze "
              "school en de mbo-locatie van het AOC in Bemmel. De tekst is in vier sessies van de "
              "werkgroep tot stand gekomen en is getoetst door de afdeling Juridische Zaken van het "
              "AOC."),
        ("pbold", "Samenvatting in vijf punten"),
        ("li", "Vanaf augustus 2025 kunnen leerlingen van de kaderberoepsgerichte leerweg Groen na "
               "leerjaar 2 kiezen voor een route van vier jaar die eindigt met het vmbo-diploma en "
               "het mbo-diploma Vakbekwaam hovenier."),
        ("li", "Een kleine regiegroep van drie mensen stuurt de route aan en legt elk jaar aan u "
               "beiden verantwoording af."),
        ("li", "Acht hoveniersbedrijven uit de Groenkring Rijn en Linge hebben toegezegd "
               "stageplaatsen en praktijkopdrachten te leveren."),
        ("li", "Er gaat geen geld tussen de stichtingen heen en weer; ieder betaalt de eigen "
               "mensen en middelen."),
        ("li", "Leerlingen voor wie de route niet past, houden altijd een weg naar een diploma."),
        ("p", "Over medezeggenschap zijn geen extra afspraken gemaakt; dat kan later alsnog. De "
              "medezeggenschapsraad van het Bloesemcollege heeft op 10 juni positief geadviseerd "
              "over het voornemen tot samenwerking, de studentenraad van het AOC op 12 juni."),
        ("p", "Ik stel voor dat u de overeenkomst ondertekent tijdens het bestuurlijk overleg van "
              "30 juni. Voor vragen ben ik uiteraard bereikbaar."),
        ("p", "Met vriendelijke groet,"),
        ("p", "J.W. Hendriksen, directeur Het Bloesemcollege"),
        ("pb",),

        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Groen"),
        ("sub", "vmbo kaderberoepsgerichte leerweg Groen - mbo Vakbekwaam hovenier (niveau 3)"),
        ("p", "De ondergetekenden:"),
        ("p", "1. Stichting Voortgezet Onderwijs Linge en Rijn, gevestigd te Overbetuwe, bevoegd "
              "gezag van Het Bloesemcollege te Elst, vertegenwoordigd door mevrouw drs. H.G. "
              "Willemsen-Roelofs, voorzitter van het college van bestuur, hierna: de school;"),
        ("p", "2. Stichting Agrarisch Opleidingscentrum Betuwe-Liemers, gevestigd te Lingewaard, "
              "vertegenwoordigd door de heer ing. T.A. van Wijk, voorzitter van de raad van "
              "bestuur, hierna: het AOC;"),
        ("p", "samen: partijen, spreken het volgende af."),

        ("h", "Afspraak 1 - Route en opleiding"),
        ("p", "De school en het AOC bieden samen een doorlopende leerroute vmbo-mbo aan. De route "
              "begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Groen, van de "
              "school en loopt door tot en met het diploma van de vakopleiding Vakbekwaam hovenier "
              "(niveau 3) in het opleidingsdomein Voedsel, natuur en leefomgeving, beroepsopleidende "
              "leerweg, van het AOC. De route duurt vier jaar. De eerste twee jaar staat de leerling "
              "ingeschreven bij de school, de laatste twee jaar bij het AOC. Partijen melden de "
              "route samen bij DUO via RIO."),

        ("h", "Afspraak 2 - Samenwerking met hoveniers en groenbedrijven"),
        ("p", "Partijen werken voor deze route samen met de Groenkring Rijn en Linge, het "
              "samenwerkingsverband van hoveniers- en groenvoorzieningsbedrijven in Overbetuwe en "
              "Lingewaard. Daarbij is het volgende afgesproken:"),
        ("li", "de aangesloten erkende leerbedrijven bieden stageplaatsen (bpv) aan alle leerlingen "
               "in leerjaar 2, 3 en 4 van de route;"),
        ("li", "elk schooljaar zijn er twee projectweken waarin leerlingen een echte opdracht "
               "uitvoeren voor een groenbedrijf of voor de gemeente, onder begeleiding van een "
               "vakman uit het bedrijf;"),
        ("li", "twee keer per jaar bespreekt de regiegroep het programma met een afvaardiging van "
               "de Groenkring, die advies geeft over de inhoud en de keuzedelen;"),
        ("li", "een praktijkopleider van een leerbedrijf beoordeelt mee bij de praktijkexamens in "
               "leerjaar 4."),

        ("h", "Afspraak 3 - De regiegroep"),
        ("p", "De leiding over de route ligt bij de regiegroep. In de regiegroep zitten de "
              "afdelingsleider bovenbouw van de school (voorzitter), de teamleider Groen van het AOC "
              "en de routecoördinator."),
        ("p", "Het college van bestuur van de school wijst de afdelingsleider aan, de raad van "
              "bestuur van het AOC de teamleider. De routecoördinator wordt door beide besturen "
              "samen benoemd, op voordracht van de andere twee leden. De benoemingen gelden voor "
              "drie schooljaren en kunnen worden verlengd."),
        ("p", "De besturen dragen de regiegroep de volgende taken op: het opstellen en bijhouden van "
              "het gezamenlijke programma per leerjaar, de toelating van leerlingen tot de route, "
              "het rooster, de afspraken met de leerbedrijven en de uitvoering van afspraak 6. De "
              "regiegroep mag daarover zelf beslissen en mag het jaarlijkse routebudget besteden. "
              "Alles wat personeel in dienst neemt of ontslaat, extra geld kost of deze "
              "overeenkomst verandert, beslissen de besturen zelf."),

        ("h", "Afspraak 4 - Verantwoording aan de besturen"),
        ("p", "De regiegroep stuurt elk jaar vóór 15 oktober een jaarverslag naar beide besturen "
              "met de cijfers over instroom, doorstroom, uitval en diploma's, de besteding van het "
              "routebudget en de stand van de samenwerking met de leerbedrijven. Daarnaast stuurt "
              "de regiegroep in januari en mei een korte voortgangsnotitie. Het jaarverslag wordt "
              "besproken in het bestuurlijk overleg van november. Bij problemen die de route in "
              "gevaar brengen, licht de regiegroep beide besturen direct in."),

        ("h", "Afspraak 5 - Onderwijs, personeel en voorzieningen"),
        ("p", "Leerjaar 1 en 2 van de route worden gegeven op de school in Elst, met elke week één "
              "praktijkdag op de locatie van het AOC in Bemmel. Leerjaar 3 en 4 worden gegeven in "
              "Bemmel. Partijen leggen het onderwijsprogramma, de examens en de stages per leerjaar "
              "samen vast in een gezamenlijk PTA/OER. Het vmbo-examen wordt uiterlijk in leerjaar 2 "
              "van de route afgerond."),
        ("p", "Personeel: de praktijkvakken groen worden in leerjaar 1 en 2 gegeven door een "
              "gemengd team van twee docenten van de school en twee docenten van het AOC. Partijen "
              "gebruiken daarvoor de teambevoegdheid; in het PTA/OER staat voor welke onderdelen. "
              "Iedere docent blijft in dienst van de eigen werkgever en houdt de eigen "
              "arbeidsvoorwaarden."),
        ("p", "Voorzieningen: het AOC stelt zijn kas, de tuinmachines, het oefenterrein voor "
              "bestratingswerk en de machineloods beschikbaar voor de leerlingen van de route. De "
              "school stelt haar schooltuin en het praktijklokaal groen beschikbaar voor de lessen "
              "die AOC-docenten op de school geven."),
        ("p", "Verzuim wordt in de eerste twee jaar door de school en daarna door het AOC gemeld. "
              "Een klacht over een medewerker van de andere partij wordt behandeld volgens de "
              "klachtenregeling van de partij waar de klacht binnenkomt; de andere partij werkt "
              "mee."),

        ("h", "Afspraak 6 - Als de route niet past"),
        ("p", "Soms blijkt de route niet te passen, bijvoorbeeld door verhuizing, omdat het niveau "
              "te hoog is of omdat de leerling iets anders wil. Partijen zorgen er dan samen voor "
              "dat de leerling toch een diploma kan halen dat past bij wat hij al heeft bereikt en "
              "bij zijn leeftijd:"),
        ("li", "stopt de leerling in de eerste twee jaar, dan gaat hij door in de gewone "
               "kaderberoepsgerichte leerweg van de school, in het profiel Groen of een ander "
               "profiel, en haalt hij daar zijn vmbo-diploma;"),
        ("li", "haalt de leerling zijn vmbo-diploma niet op tijd, dan kan hij het examen op de "
               "school overdoen of zonder vmbo-diploma doorgaan in een opleiding op niveau 2 of 3 "
               "van het AOC;"),
        ("li", "stopt de leerling in de laatste twee jaar, dan kan hij overstappen naar een andere "
               "opleiding van het AOC op niveau 3, bijvoorbeeld Vakbekwaam medewerker "
               "groene ruimte, of naar niveau 2. Voor een opleiding van het AOC gelden dan geen "
               "vooropleidingseisen. Wil hij naar een andere mbo-school, dan helpen partijen bij "
               "het geschiktheidsonderzoek daar."),
        ("p", "De afdelingsleider van de school en de teamleider Groen van het AOC beslissen samen, "
              "na een gesprek met de leerling en zijn ouders, welke overstap het beste is. De "
              "leerling krijgt die beslissing op papier. In de schoolgids staat hoe dit in de "
              "praktijk gaat."),

        ("h", "Afspraak 7 - Geld"),
        ("p", "Partijen dragen geen bekostiging aan elkaar over, ook niet op grond van artikel "
              "5.42a WVO 2020 of artikel 9.1.15 WEB. Iedere partij betaalt haar eigen personeel en "
              "voorzieningen; het gebruik van elkaars voorzieningen volgens afspraak 5 wordt niet "
              "verrekend."),

        ("h", "Afspraak 8 - Medezeggenschap"),
        ("p", "Voor leerlingen in de eerste twee jaar van de route, hun ouders en het personeel van "
              "de school geldt de Wet medezeggenschap op scholen. Voor studenten in het mbo-deel "
              "gelden de regels van de WEB, en voor het personeel van het AOC de Wet op de "
              "ondernemingsraden. Partijen kunnen later aanvullende afspraken over de "
              "medezeggenschap maken."),

        ("h", "Afspraak 9 - Als we het niet eens worden"),
        ("p", "Verschillen van mening over de uitvoering van deze overeenkomst bespreken we eerst "
              "in de regiegroep. Komen we er daar binnen een maand niet uit, dan gaat de kwestie "
              "naar de twee bestuurders, die binnen vier weken samen overleggen. Lukt het ook hen "
              "niet, dan vragen partijen samen bindend advies aan een onafhankelijke deskundige die "
              "zij samen kiezen; kunnen zij het daarover niet eens worden, dan wijst de voorzitter "
              "van de Raad voor Mediation een deskundige aan. Het advies is voor beide partijen "
              "bindend. De kosten worden gelijk gedeeld."),

        ("h", "Afspraak 10 - Nieuwe partners, wijzigen en stoppen"),
        ("p", "Een andere vmbo-school of mbo-instelling kan meedoen als beide partijen dat "
              "schriftelijk goedvinden en de nieuwe partner deze overeenkomst volledig "
              "overneemt. Zij ondertekent daarvoor een toetredingsverklaring. Een nieuwe partner "
              "begint altijd op 1 augustus, zodat lopende klassen er geen last van hebben."),
        ("p", "Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met handtekening van "
              "beide besturen. Veranderingen in het programma gelden alleen voor leerlingen die "
              "daarna in de route beginnen."),
        ("p", "De overeenkomst geldt voor onbepaalde tijd. Elke partij kan haar opzeggen per 1 "
              "augustus, met een opzegtermijn van één jaar. Als een partij haar afspraken ernstig "
              "niet nakomt en dat na een schriftelijke waarschuwing niet binnen twee maanden "
              "herstelt, kan de andere partij de overeenkomst ontbinden. Na opzegging of ontbinding "
              "laten partijen geen nieuwe leerlingen meer toe, maar alle leerlingen die dan al in "
              "de route zitten, maken de route bij partijen af."),

        ("h", "Afspraak 11 - Slot"),
        ("p", "Deze overeenkomst gaat in op 1 augustus 2025. Op deze overeenkomst is Nederlands "
              "recht van toepassing."),
        ("p", "Getekend in tweevoud te Elst op 30 juni 2025."),
        ("sig", ["Stichting Voortgezet Onderwijs Linge en Rijn", "", "",
                 "drs. H.G. Willemsen-Roelofs", "voorzitter college van bestuur"],
         ["Stichting Agrarisch Opleidingscentrum Betuwe-Liemers", "", "", "ing. T.A. van Wijk",
          "voorzitter raad van bestuur"]),
    ]
    docx_build(path, B, author="J.W. Hendriksen",
               title="Samenwerkingsovereenkomst doorlopende leerroute Groen")


# ============================================================================================
# 112 - Zuidoost-Drenthe, lawyer, PDF with table of contents and a definitions article
# ============================================================================================

S112_TOC = [
    "Partijen en considerans",
    "Artikel 1 Definities",
    "Artikel 2 Voorwerp van de overeenkomst",
    "Artikel 3 Leiding",
    "Artikel 4 Informatie en verantwoording",
    "Artikel 5 Inrichting van het onderwijs",
    "Artikel 6 Overstapoptie",
    "Artikel 7 Financiën",
    "Artikel 8 Medezeggenschap",
    "Artikel 9 Geschillenregeling",
    "Artikel 10 Duur, wijziging en beëindiging",
    "Artikel 11 Slotbepalingen",
    "Ondertekening",
]


@sample(112, "inhoudsopgave_definities_zorg", "pdf",
        "Lawyer's PDF with a title page, a table of contents (page numbers, no leaders) and "
        "'Artikel 1 Definities' with capitalised defined terms; Zuidoost-Drenthe, zorg en welzijn "
        "kb -> Verzorgende-IG 3; defects: the bedrijfsleven (Werkveldcommissie, Leerbedrijf) "
        "appears only in the considerans and the definitions, never in an operative article; the "
        "duur/wijziging/beëindiging article has no toetreding. Has a joint advisory committee of "
        "the medezeggenschapsorganen and NAI arbitrage.",
        st("p m p p p p p p p w"),
        {"a": "Artikel 2 Voorwerp van de overeenkomst",
         "c": "Artikel 3 Leiding",
         "d": "Artikel 4 Informatie en verantwoording",
         "e": "Artikel 5 Inrichting van het onderwijs",
         "f": "Artikel 6 Overstapoptie",
         "g": "Artikel 7 Financiën",
         "h": "Artikel 8 Medezeggenschap",
         "i": "Artikel 9 Geschillenregeling"})
def build_112(path):
    def blocks(pages):
        toc = [(lbl, pages.get(lbl, 0)) for lbl in S112_TOC]
        return [
            ("sp", 120),
            ("title", "SAMENWERKINGSOVEREENKOMST"),
            ("sub", "doorlopende leerroute vmbo-mbo Zorg en welzijn - Verzorgende-IG"),
            ("sp", 30),
            ("sub", "tussen"),
            ("sub", "Stichting Veenkoloniaal Voortgezet Onderwijs Zuidoost-Drenthe"),
            ("sub", "en"),
            ("sub", "Stichting Regionaal Opleidingencentrum Drenthe-Zuidoost"),
            ("sp", 30),
            ("sub", "Emmen, 30 juni 2025"),
            ("sp", 160),
            ("p", "Opgesteld door mr. drs. F.J. Lubbers, advocaat te Emmen, in opdracht van partijen. "
                  "Dossiernummer 25-0361."),
            ("pb",),
            ("h", "INHOUDSOPGAVE"),
            ("toc", toc),
            ("pb",),
            ("h", "Partijen en considerans"),
            ("p", "DE ONDERGETEKENDEN:"),
            ("n", "1.", "Stichting Veenkoloniaal Voortgezet Onderwijs Zuidoost-Drenthe, statutair "
                        "gevestigd te Emmen, bevoegd gezag van het Veenkoloniaal Vakcollege te Emmen, "
                        "rechtsgeldig vertegenwoordigd door haar voorzitter van het college van "
                        "bestuur, de heer drs. G.H. Brinkman, hierna: de \"School\";"),
            ("n", "2.", "Stichting Regionaal Opleidingencentrum Drenthe-Zuidoost, statutair gevestigd "
                        "te Emmen, rechtsgeldig vertegenwoordigd door haar voorzitter van het college "
                        "van bestuur, mevrouw mr. A.J. Kamphuis-Ensing, hierna: de \"Instelling\";"),
            ("p", "hierna gezamenlijk: \"Partijen\";"),
            ("p", "OVERWEGENDE DAT:"),
            ("n", "A.", "de School in de kaderberoepsgerichte leerweg het profiel Zorg en welzijn "
                        "verzorgt en de Instelling de opleiding Verzorgende-IG;"),
            ("n", "B.", "Partijen het regionale zorgveld, verenigd in de Werkveldcommissie, een "
                        "belangrijke rol toedichten bij het opleiden van toekomstige verzorgenden in "
                        "Zuidoost-Drenthe;"),
            ("n", "C.", "Partijen op grond van artikel 2.107b van de Wet voortgezet onderwijs 2020 en "
                        "artikel 9.1.3 van de Wet educatie en beroepsonderwijs hun samenwerking in "
                        "een samenwerkingsovereenkomst dienen vast te leggen;"),
            ("p", "KOMEN OVEREEN ALS VOLGT:"),

            ("h", "Artikel 1 Definities"),
            ("p", "In deze Overeenkomst hebben de navolgende, met een hoofdletter geschreven begrippen "
                  "de daarachter vermelde betekenis:"),
            ("n", "a.", "Bevoegde Gezagen: het college van bestuur van de School en het college van "
                        "bestuur van de Instelling;"),
            ("n", "b.", "Leerbedrijf: een door de Samenwerkingsorganisatie Beroepsonderwijs "
                        "Bedrijfsleven (SBB) erkend leerbedrijf in de sector zorg en welzijn;"),
            ("n", "c.", "Leerling: een leerling of student die aan de Leerroute deelneemt;"),
            ("n", "d.", "Leerroute: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2;"),
            ("n", "e.", "Overeenkomst: deze samenwerkingsovereenkomst met de daarbij behorende "
                        "bijlagen;"),
            ("n", "f.", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de "
                        "onderwijs- en examenregeling van de Leerroute;"),
            ("n", "g.", "Routeleiders: de functionarissen als bedoeld in artikel 3.1;"),
            ("n", "h.", "Werkveldcommissie: de commissie van vertegenwoordigers van zorgaanbieders in "
                        "de gemeenten Emmen, Coevorden en Borger-Odoorn;"),
            ("n", "i.", "WEB: de Wet educatie en beroepsonderwijs;"),
            ("n", "j.", "WVO 2020: de Wet voortgezet onderwijs 2020."),

            ("h", "Artikel 2 Voorwerp van de overeenkomst"),
            ("n", "2.1", "Partijen verzorgen gezamenlijk de Leerroute, die aanvangt in het derde "
                         "leerjaar van de kaderberoepsgerichte leerweg, profiel Zorg en welzijn, van "
                         "de School en leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het "
                         "diploma van de vakopleiding Verzorgende-IG (niveau 3), opleidingsdomein Zorg "
                         "en welzijn, in de beroepsopleidende leerweg van de Instelling."),
            ("n", "2.2", "De Leerroute omvat vier leerjaren. De Leerling is in het eerste en tweede "
                         "leerjaar ingeschreven bij de School en vanaf het derde leerjaar bij de "
                         "Instelling."),
            ("n", "2.3", "Partijen doen van de Leerroute gezamenlijk melding aan de minister door "
                         "registratie in RIO."),

            ("h", "Artikel 3 Leiding"),
            ("n", "3.1", "De leiding over de Leerroute berust bij twee Routeleiders: de teamleider "
                         "Zorg en welzijn van de School en de opleidingsmanager Verzorging van de "
                         "Instelling."),
            ("n", "3.2", "De Routeleiders worden benoemd door de Bevoegde Gezagen gezamenlijk, ieder "
                         "op voordracht van het Bevoegd Gezag bij wie hij of zij in dienst is, voor "
                         "een termijn van drie jaar. Herbenoeming is mogelijk. Bij ontstentenis van "
                         "een Routeleider voorziet het betreffende Bevoegd Gezag binnen een maand in "
                         "een tijdelijke vervanger."),
            ("n", "3.3", "De Bevoegde Gezagen dragen de Routeleiders op: (a) het opstellen van het "
                         "PTA/OER ter vaststelling door de Bevoegde Gezagen; (b) de roostering en de "
                         "organisatie van het onderwijs en de examinering; (c) de toelating van "
                         "leerlingen tot de Leerroute; (d) de uitvoering van artikel 6; en (e) het "
                         "beheer van het routebudget."),
            ("n", "3.4", "De Routeleiders zijn gezamenlijk bevoegd tot het nemen van besluiten over "
                         "de in artikel 3.3 genoemde onderwerpen en tot het aangaan van verplichtingen "
                         "tot een bedrag van € 15.000 per geval binnen het vastgestelde routebudget. "
                         "Voor het overige zijn de Bevoegde Gezagen bevoegd."),

            ("h", "Artikel 4 Informatie en verantwoording"),
            ("n", "4.1", "De Routeleiders verstrekken de Bevoegde Gezagen ieder kwartaal een beknopte "
                         "schriftelijke rapportage over de aantallen Leerlingen, het verzuim, de "
                         "uitval en de uitputting van het routebudget."),
            ("n", "4.2", "De Routeleiders leggen jaarlijks vóór 1 december verantwoording af over het "
                         "voorafgaande schooljaar door middel van een jaarverslag, dat in het "
                         "eerstvolgende bestuurlijk overleg van de Bevoegde Gezagen wordt besproken "
                         "en vastgesteld."),
            ("n", "4.3", "De Routeleiders verstrekken de Bevoegde Gezagen gevraagd en ongevraagd alle "
                         "inlichtingen die voor de uitoefening van hun taak redelijkerwijs van belang "
                         "zijn."),

            ("h", "Artikel 5 Inrichting van het onderwijs"),
            ("n", "5.1", "Het eerste en tweede leerjaar van de Leerroute worden verzorgd in het "
                         "gebouw van de School aan de Statenweg te Emmen, met uitzondering van de "
                         "lessen verpleegtechnische vaardigheden in het tweede leerjaar, die in het "
                         "skillslab van de Instelling worden gegeven. Het derde en vierde leerjaar "
                         "worden verzorgd op de zorglocatie van de Instelling te Emmen."),
            ("n", "5.2", "Partijen beschrijven het onderwijsprogramma en de examinering per leerjaar "
                         "in het PTA/OER. Het centraal examen vmbo wordt in het tweede leerjaar van "
                         "de Leerroute afgenomen."),
            ("n", "5.3", "Het onderwijs wordt verzorgd door één docententeam, bestaande uit docenten "
                         "van beide Partijen. Partijen passen de teambevoegdheid als bedoeld in artikel "
                         "7.13a WVO 2020 en artikel 9.1.12 WEB toe voor de vakoverstijgende "
                         "programmaonderdelen zorg; het PTA/OER vermeldt welke onderdelen dat zijn. De "
                         "Instelling stelt daartoe in het eerste en tweede leerjaar twee docenten "
                         "verpleegkunde ter beschikking voor gezamenlijk 0,6 fte. Ieder personeelslid "
                         "blijft in dienst van zijn eigen werkgever."),
            ("n", "5.4", "De Instelling stelt haar skillslab met zorgbedden, tilliften en "
                         "simulatiepoppen ter beschikking; de School stelt haar praktijklokaal "
                         "verzorging en haar leskeuken ter beschikking voor het gezamenlijke onderwijs."),
            ("n", "5.5", "Klachten over een gedraging van een personeelslid van de andere Partij worden "
                         "behandeld volgens de klachtenregeling van de Partij waar de klacht is "
                         "ingediend, met medewerking van de andere Partij."),

            ("h", "Artikel 6 Overstapoptie"),
            ("n", "6.1", "Indien de deelname van een Leerling aan de Leerroute wordt beëindigd "
                         "voordat deze met goed gevolg is afgerond, stellen Partijen de Leerling in "
                         "staat een vmbo-diploma of een mbo-diploma te behalen dat aansluit bij het "
                         "bereikte onderwijsniveau en de leeftijd van de Leerling."),
            ("n", "6.2", "Als overstapmogelijkheden gelden in elk geval: (a) bij beëindiging in het "
                         "eerste of tweede leerjaar: voortzetting van de opleiding in de reguliere "
                         "kaderberoepsgerichte leerweg van de School, gericht op het vmbo-diploma; "
                         "(b) bij afwijzing voor het eindexamen vmbo: herhaling van het examenjaar "
                         "op de School, dan wel instroom in een opleiding op niveau 2 van de "
                         "Instelling, zoals Helpende zorg en welzijn; (c) bij beëindiging in het derde "
                         "of vierde leerjaar: overstap naar een andere opleiding op niveau 3 van de "
                         "Instelling, zoals Pedagogisch medewerker kinderopvang of Medewerker "
                         "maatschappelijke zorg, of naar een opleiding op niveau 2."),
            ("n", "6.3", "Voor een overstap naar een andere opleiding van de Instelling gelden de "
                         "vooropleidingseisen niet."),
            ("n", "6.4", "De keuze voor een overstapmogelijkheid wordt gemaakt door de Routeleiders "
                         "gezamenlijk, na overleg met de Leerling en, indien de Leerling minderjarig "
                         "is, diens ouders. De Routeleiders leggen hun gezamenlijke oordeel schriftelijk "
                         "vast."),

            ("h", "Artikel 7 Financiën"),
            ("n", "7.1", "De School draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks een "
                         "bedrag van € 1.350 per Leerling in het tweede leerjaar van de Leerroute over "
                         "aan de Instelling, naar de stand op 1 oktober van het betreffende "
                         "schooljaar."),
            ("n", "7.2", "Het overgedragen bedrag is bestemd voor de ter beschikkingstelling van "
                         "docenten verpleegkunde en van het skillslab als bedoeld in artikel 5.3 en "
                         "5.4, en voor geen ander doel."),
            ("n", "7.3", "Voor het overige draagt iedere Partij haar eigen kosten; de Instelling draagt "
                         "geen bekostiging over aan de School."),

            ("h", "Artikel 8 Medezeggenschap"),
            ("n", "8.1", "Onverminderd de wettelijke bevoegdheden van de medezeggenschapsraad van de "
                         "School, de studentenraad en de ondernemingsraad van de Instelling, stellen "
                         "Partijen een Commissie Medezeggenschap Leerroute in, bestaande uit twee "
                         "leden aangewezen door de medezeggenschapsraad van de School en twee leden "
                         "aangewezen door de studentenraad van de Instelling."),
            ("n", "8.2", "De Routeleiders leggen het concept-PTA/OER en elk voorstel tot wijziging "
                         "van de Overeenkomst voor advies voor aan de Commissie Medezeggenschap "
                         "Leerroute. Zij reageren schriftelijk en gemotiveerd op een uitgebracht advies."),

            ("h", "Artikel 9 Geschillenregeling"),
            ("n", "9.1", "Een geschil tussen Partijen over de uitvoering van de Overeenkomst wordt "
                         "eerst voorgelegd aan de Routeleiders en, indien zij het geschil niet binnen "
                         "twintig werkdagen oplossen, aan de voorzitters van de Bevoegde Gezagen, die "
                         "binnen dertig dagen overleg voeren."),
            ("n", "9.2", "Heeft het overleg als bedoeld in artikel 9.1 niet tot een oplossing geleid, "
                         "dan wordt het geschil beslecht door arbitrage overeenkomstig het "
                         "Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht "
                         "bestaat uit één arbiter; de plaats van arbitrage is Emmen."),

            ("h", "Artikel 10 Duur, wijziging en beëindiging"),
            ("n", "10.1", "De Overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan "
                          "voor onbepaalde tijd."),
            ("n", "10.2", "Wijziging van de Overeenkomst geschiedt uitsluitend schriftelijk en na "
                          "advies als bedoeld in artikel 8.2. Een wijziging van het programma is niet "
                          "van toepassing op Leerlingen die reeds aan de Leerroute deelnemen, tenzij "
                          "dat in hun voordeel is."),
            ("n", "10.3", "Iedere Partij kan de Overeenkomst schriftelijk opzeggen tegen het einde van "
                          "een schooljaar, met inachtneming van een opzegtermijn van twaalf maanden. "
                          "Ontbinding wegens een toerekenbare tekortkoming is slechts mogelijk na "
                          "een ingebrekestelling met een hersteltermijn van ten minste zestig dagen."),
            ("n", "10.4", "Na opzegging of ontbinding worden geen nieuwe Leerlingen tot de Leerroute "
                          "toegelaten. Partijen stellen de Leerlingen die op dat moment deelnemen in "
                          "staat de Leerroute af te ronden onder de voorwaarden van de Overeenkomst."),

            ("h", "Artikel 11 Slotbepalingen"),
            ("n", "11.1", "Indien een bepaling van de Overeenkomst nietig blijkt, blijven de overige "
                          "bepalingen van kracht; Partijen vervangen de nietige bepaling door een "
                          "geldige die de strekking daarvan zo dicht mogelijk benadert."),
            ("n", "11.2", "Op de Overeenkomst is Nederlands recht van toepassing."),

            ("h", "Ondertekening"),
            ("p", "Aldus overeengekomen en in tweevoud ondertekend te Emmen op 30 juni 2025."),
            ("sig", ["Stichting Veenkoloniaal Voortgezet Onderwijs Zuidoost-Drenthe", "", "",
                     "drs. G.H. Brinkman", "voorzitter college van bestuur"],
             ["Stichting Regionaal Opleidingencentrum Drenthe-Zuidoost", "", "",
              "mr. A.J. Kamphuis-Ensing", "voorzitter college van bestuur"]),
        ]

    kw = dict(title="Samenwerkingsovereenkomst DLR Zorg en welzijn - Verzorgende-IG",
              author="mr. drs. F.J. Lubbers", base=10, font="Times-Roman",
              footer="Samenwerkingsovereenkomst DLR Verzorgende-IG - pagina %(page)d")
    pdf_build(path, blocks({}), **kw)
    # second pass: real page numbers in the table of contents
    pages = {}
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    for i in range(2, len(pdf)):
        tp = pdf[i].get_textpage()
        lines = [norm(x) for x in tp.get_text_range().splitlines()]
        tp.close()
        for lbl in S112_TOC:
            if lbl not in pages and lbl in lines:
                pages[lbl] = i + 1
    pdf.close()
    pdf_build(path, blocks(pages), **kw)


# ============================================================================================
# 113 - Vechtdal, policy officer, TXT, one route with three mbo opleidingen
# ============================================================================================

def wrap_txt(text, width=92):
    """Hard-wrap a plain-text agreement. Paragraphs are separated by blank lines; a paragraph
    whose lines after the first consist only of '=' or '-' (an underlined heading), or that
    starts with '!', is kept as written (leading '!' removed from each line). List items ('a. ', '- ', '1.1 ')
    get a hanging indent."""
    import textwrap
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if para.startswith("!"):
            out.append("\n".join(l[1:] if l.startswith("!") else l for l in lines))
            continue
        if len(lines) > 1 and all(l and set(l) <= set("=-") for l in lines[1:]):
            out.append(para)
            continue
        joined = " ".join(l.strip() for l in lines)
        m = re.match(r"^((?:\d+\.\d+|[a-z]\.|-)\s+)", joined)
        indent = " " * len(m.group(1)) if m else ""
        out.append(textwrap.fill(joined, width=width, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n\n".join(out) + "\n"


S113_TEXT = """
!SAMENWERKINGSOVEREENKOMST
!Doorlopende leerroute Horeca, bakkerij en recreatie - Vechtdal
!vmbo kaderberoepsgerichte leerweg > mbo niveau 3, met drie uitstroomrichtingen

!Kenmerk: DLR-HBR/2025/03    Status: definitief    Datum: 30 juni 2025
!Opgesteld door: S. Veneklaas, senior beleidsmedewerker Onderwijs & Kwaliteit,
!in afstemming met de werkgroep DLR Vechtdal

Partijen
--------

1. Stichting Christelijk Voortgezet Onderwijs Vechtdal, gevestigd te Hardenberg, bevoegd gezag
van De Vechtstede, school voor vmbo te Hardenberg, vertegenwoordigd door de heer drs. W.J.
Kamphuis, voorzitter van het college van bestuur (hierna: De Vechtstede);

2. Stichting Regionaal Opleidingencentrum Vechtdal-Salland, gevestigd te Hardenberg,
vertegenwoordigd door mevrouw dr. E.C. Lamberink, voorzitter van het college van bestuur
(hierna: het ROC);

hierna gezamenlijk aangeduid als partijen.

Overwegingen
------------

De gastvrijheidssector is een dragende pijler van de economie van het Vechtdal. Het aantal
vacatures in horeca en verblijfsrecreatie is structureel hoog, terwijl de overgang van vmbo naar
mbo voor een deel van de jongeren gepaard gaat met uitval en dubbel aangeboden lesstof. Partijen
richten daarom met ingang van het schooljaar 2025-2026 een doorlopende leerroute in als bedoeld in
artikel 2.107a WVO 2020 en artikel 9.1.2 WEB, en leggen de daarvoor vereiste afspraken vast in deze
overeenkomst.

1 Onderwerp en reikwijdte
-------------------------

1.1 Partijen verzorgen gezamenlijk één doorlopende leerroute die aanvangt in leerjaar 3 van de
kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, van De Vechtstede en leidt tot
het vmbo-diploma kaderberoepsgerichte leerweg en het diploma van een van de volgende vakopleidingen
(niveau 3, beroepsopleidende leerweg) van het ROC:

a. Zelfstandig werkend kok, opleidingsdomein Horeca en bakkerij;

b. Zelfstandig werkend gastheer/gastvrouw, opleidingsdomein Horeca en bakkerij;

c. Zelfstandig medewerker leisure & hospitality, opleidingsdomein Toerisme en recreatie.

1.2 De leerroute kent een gemeenschappelijk programma in de eerste twee leerjaren (vo-fase). De
leerling kiest uiterlijk op 1 april van het tweede leerjaar van de leerroute, na een
loopbaangesprek met mentor en ouders, een van de drie uitstroomrichtingen genoemd in 1.1. De
leerroute duurt vier jaar.

1.3 De leerling is in de vo-fase ingeschreven bij De Vechtstede en vanaf leerjaar 3 van de
leerroute bij het ROC. Partijen registreren de leerroute gezamenlijk in RIO, met vermelding van de
drie opleidingen.

2 Betrokkenheid van het werkveld
--------------------------------

2.1 Het werkveld wordt betrokken via de Werkveldtafel Gastvrij Vechtdal, waarin de
Ondernemersvereniging Gastvrij Vechtdal, de vereniging Recreatieondernemers Vechtdal en ten minste
vijf erkende leerbedrijven uit horeca en verblijfsrecreatie zijn vertegenwoordigd. De
Werkveldtafel komt drie keer per schooljaar bijeen met het kernteam bedoeld in 3.1.

2.2 De rol van het werkveld omvat in ieder geval:

- advisering over het programma en de keuzedelen van elke uitstroomrichting, jaarlijks vóór 1
maart;

- het beschikbaar stellen van oriëntatiestages in het tweede leerjaar en bpv-plaatsen in het derde
en vierde leerjaar van de leerroute;

- het verzorgen van ten minste vier gastlessen of masterclasses per schooljaar door koks,
bedrijfsleiders en recreatieondernemers;

- het meebeoordelen van de proeve van bekwaamheid door praktijkopleiders van de leerbedrijven.

3 Governance en regie
---------------------

3.1 De leiding over de leerroute berust bij een kernteam, bestaande uit de afdelingsleider kader
van De Vechtstede, de teamleider Gastvrijheid van het ROC en een programmaregisseur. De
programmaregisseur zit het kernteam voor.

3.2 De afdelingsleider en de teamleider worden door het college van bestuur van de eigen partij
bij mandaatbesluit in het kernteam aangewezen. De programmaregisseur wordt aangewezen bij
gezamenlijk besluit van beide colleges van bestuur, voor een periode van drie jaar.

3.3 Het kernteam heeft de volgende taken: het ontwikkelen en actualiseren van het gezamenlijke
PTA/OER per uitstroomrichting, de planning en roostering, de intake en plaatsing van leerlingen,
het beheer van de relatie met de Werkveldtafel, de uitvoering van de overstapoptie (hoofdstuk 6) en
de kwaliteitszorg.

3.4 Het kernteam is gemandateerd om over deze taken te besluiten binnen het jaarlijks door beide
colleges van bestuur vastgestelde routeplan en -budget. Besluiten met gevolgen voor de formatie,
voor de rechtspositie van medewerkers of voor deze overeenkomst zijn niet gemandateerd en worden
aan de colleges van bestuur voorgelegd.

4 Verantwoording en monitoring
------------------------------

4.1 Het kernteam verstrekt beide colleges van bestuur ieder kwartaal een monitor met de
kengetallen instroom, doorstroom, uitval en verzuim, uitgesplitst naar uitstroomrichting.

4.2 Jaarlijks vóór 1 november legt het kernteam schriftelijk verantwoording af in een
evaluatierapportage over het afgelopen schooljaar, inclusief de examenresultaten, de toepassing van
de overstapoptie en de besteding van het routebudget.

4.3 De evaluatierapportage wordt besproken in het bestuurlijk overleg, dat twee keer per jaar
plaatsvindt (november en april). Daarbij stellen de colleges van bestuur het routeplan voor het
volgende schooljaar vast.

5 Onderwijskundige en organisatorische inrichting
-------------------------------------------------

5.1 Locatie. De vo-fase wordt verzorgd op De Vechtstede in Hardenberg; het praktijkonderwijs in
het tweede leerjaar vindt twee dagdelen per week plaats in het leerrestaurant van het ROC. De
mbo-fase wordt verzorgd op de vestiging Hardenberg van het ROC.

5.2 Programma en examinering. Partijen beschrijven het onderwijsprogramma, de examinering en de
beroepspraktijkvorming per leerjaar en per uitstroomrichting in het gezamenlijke PTA/OER. Het
centraal examen vmbo wordt in het tweede leerjaar van de leerroute afgenomen.

5.3 Personeel. Het onderwijs wordt verzorgd door één routeteam van docenten van beide partijen. In
de vo-fase zet het ROC twee praktijkdocenten (keuken en bediening) in voor samen 0,8 fte; De
Vechtstede zet in de mbo-fase een docent Engels in voor 0,2 fte. Voor de vak- en
sectoroverstijgende praktijkonderdelen wordt de teambevoegdheid toegepast (artikel 7.13a WVO 2020,
artikel 9.1.12 WEB); het PTA/OER benoemt deze onderdelen. Docenten blijven in dienst van de eigen
werkgever.

5.4 Faciliteiten. Het ROC stelt het leerrestaurant, de bakkerijwerkplaats en het receptie- en
boekingslab beschikbaar. De Vechtstede stelt haar praktijkkeuken en lesrestaurant beschikbaar.
Leerlingen in de vo-fase krijgen toegang tot de digitale leeromgeving van het ROC.

5.5 Begeleiding, verzuim en klachten. In de vo-fase is De Vechtstede verantwoordelijk voor
leerlingbegeleiding en verzuimmelding, in de mbo-fase het ROC. Klachten over een medewerker van de
andere partij worden behandeld volgens de klachtenregeling van de partij waar de klacht is
ingediend.

6 Overstapoptie
---------------

6.1 Wordt de deelname aan de leerroute beëindigd voordat de leerling deze met succes heeft
afgerond, dan stellen partijen de leerling in staat een vmbo-diploma of een mbo-diploma te behalen
dat past bij het bereikte onderwijsniveau en de leeftijd van de leerling.

6.2 Partijen hanteren daarbij de volgende kaders:

a. Een leerling die binnen de leerroute van uitstroomrichting wil wisselen, kan tot het einde van
het derde leerjaar overstappen naar een van de andere twee opleidingen genoemd in 1.1, zonder
nieuwe intake.

b. Een leerling die in de vo-fase uitvalt, vervolgt zijn opleiding in de reguliere
kaderberoepsgerichte leerweg van De Vechtstede, in hetzelfde of een ander profiel, met het
vmbo-diploma als doel.

c. Een leerling die het vmbo-diploma niet behaalt, kan het examen op De Vechtstede herkansen of
overdoen, of zonder vmbo-diploma instromen in een opleiding op niveau 2 of 3 van het ROC, zoals
Medewerker bediening of Kok.

d. Een leerling die in de mbo-fase uitvalt, kan overstappen naar een andere opleiding van het ROC
op niveau 3, ook buiten de gastvrijheidssector, of naar niveau 2. Vooropleidingseisen gelden
daarbij niet. Bij een overstap naar een andere instelling ondersteunen partijen het
geschiktheidsonderzoek.

6.3 Welke optie wordt gevolgd, bepalen de afdelingsleider van De Vechtstede en de teamleider van
het ROC gezamenlijk, op basis van het bereikte niveau en de leeftijd, na een gesprek met de
leerling en diens ouders of verzorgers. De nadere werkwijze staat in de schoolgids.

7 Financiële afspraken
----------------------

7.1 Er vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of
artikel 9.1.15 WEB. Elke partij draagt de kosten van de eigen inzet.

7.2 De wederzijdse inzet van docenten (5.3) en faciliteiten (5.4) wordt niet verrekend.

8 Medezeggenschap
-----------------

8.1 Partijen spreken in aanvulling op de WMS en de WEB af dat in de studentenraad van het ROC één
zetel wordt gereserveerd voor een leerling uit de vo-fase van de leerroute, die met dezelfde
rechten deelneemt als de overige leden. De leerlinggeleding van de medezeggenschapsraad van De
Vechtstede draagt deze leerling voor.

8.2 De medezeggenschapsraad van De Vechtstede en de studentenraad van het ROC ontvangen jaarlijks
de evaluatierapportage bedoeld in 4.2 en worden in de gelegenheid gesteld daarover gezamenlijk met
het kernteam van gedachten te wisselen.

9 Geschilbeslechting
--------------------

9.1 Geschillen over de uitvoering van deze overeenkomst worden in eerste instantie in het
kernteam besproken. Lukt het niet om binnen vier weken tot een oplossing te komen, dan wordt het
geschil geëscaleerd naar het bestuurlijk overleg.

9.2 Leidt het bestuurlijk overleg niet binnen zes weken tot een oplossing, dan schakelen partijen
een gecertificeerde mediator in. Blijft ook mediation zonder resultaat, dan is de rechtbank
Overijssel bevoegd van het geschil kennis te nemen.

10 Looptijd, toetreding, wijziging en beëindiging
--------------------------------------------------

10.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

10.2 Een andere vo-school of mbo-instelling kan toetreden, mits de bestaande partijen schriftelijk
instemmen, de toetreder de overeenkomst zonder voorbehoud onderschrijft en de toetreding ingaat bij
de start van een schooljaar. Partijen passen de registratie in RIO daarop aan.

10.3 Wijzigingen worden schriftelijk vastgelegd in een addendum dat door beide colleges van bestuur
wordt ondertekend. Programmatische wijzigingen gelden alleen voor leerlingen die na de wijziging
instromen.

10.4 Opzegging is mogelijk per 1 augustus van enig jaar, met een opzegtermijn van ten minste
twaalf maanden. Bij opzegging of ontbinding vindt geen nieuwe instroom meer plaats en ronden alle
zittende leerlingen de leerroute af in de door hen gekozen uitstroomrichting.

Ondertekening
-------------

!Hardenberg, 30 juni 2025

!Stichting Christelijk Voortgezet Onderwijs Vechtdal
!drs. W.J. Kamphuis, voorzitter college van bestuur     ......................................

!Stichting Regionaal Opleidingencentrum Vechtdal-Salland
!dr. E.C. Lamberink, voorzitter college van bestuur      ......................................
"""


@sample(113, "een_route_drie_opleidingen", "txt",
        "Policy officer's plain-text agreement with underlined numbered headings and decimal "
        "clauses, hard-wrapped; Vechtdal, HBR kb -> one route with three niveau-3 uitstroomrichtingen "
        "(Zelfstandig werkend kok, Zelfstandig werkend gastheer/gastvrouw, Zelfstandig medewerker "
        "leisure & hospitality) across two domeinen; compliant: explicitly no transfer of "
        "bekostiging, a reserved studentenraad seat for vo-fase pupils, switching between the "
        "three opleidingen inside the overstapoptie; dotted signature lines only.",
        st("p p p p p p p p p p"),
        {"a": "1 Onderwerp en reikwijdte",
         "b": "2 Betrokkenheid van het werkveld",
         "c": "3 Governance en regie",
         "d": "4 Verantwoording en monitoring",
         "e": "5 Onderwijskundige en organisatorische inrichting",
         "f": "6 Overstapoptie",
         "g": "7 Financiële afspraken",
         "h": "8 Medezeggenschap",
         "i": "9 Geschilbeslechting",
         "j": "10 Looptijd, toetreding, wijziging en beëindiging"})
def build_113(path):
    write_text(path, wrap_txt(S113_TEXT))


# ============================================================================================
# 114 - Land van Maas en Waal, school director, one-page PDF
# ============================================================================================

@sample(114, "een_pagina_bouw", "pdf",
        "School director's very short agreement on a single PDF page, eight short numbered "
        "headings, 'we' voice; Land van Maas en Waal, BWI bb -> Timmerman 2; defects: the routeteam "
        "has members and tasks but no rule on who appoints it; verantwoording deferred to a "
        "werkplan; nothing at all about finances; silent on medezeggenschap.",
        st("p p w w p p m na p p"),
        {"a": "1. De route",
         "b": "2. Bouwbedrijven",
         "e": "5. Onderwijs, mensen en ruimtes",
         "f": "6. Als de route niet lukt",
         "i": "7. Onenigheid",
         "j": "8. Duur, nieuwe partners, wijzigen en opzeggen"},
        max_pages=1)
def build_114(path):
    B = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Bouw"),
        ("sub", "vmbo basisberoepsgerichte leerweg - mbo Timmerman (niveau 2)  |  Druten, 30 juni 2025"),
        ("p", "Stichting Voortgezet Onderwijs Tussen Maas en Waal, bevoegd gezag van Het Waalhof "
              "Vakcollege in Druten, vertegenwoordigd door H. Gerritsen, voorzitter college van "
              "bestuur (hierna: Het Waalhof), en Stichting Beroepsonderwijs Waal en Maas, "
              "vertegenwoordigd door mr. C. Jacobs-Peters, voorzitter college van bestuur (hierna: "
              "het ROC), spreken het volgende af."),
        ("h", "1. De route"),
        ("p", "We bieden samen een doorlopende leerroute aan van leerjaar 3 van de "
              "basisberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, van Het Waalhof "
              "naar de basisberoepsopleiding Timmerman (niveau 2) in het opleidingsdomein Bouw en "
              "infra, beroepsopleidende leerweg, van het ROC. De route duurt drie jaar; de leerling "
              "haalt het vmbo-diploma en het mbo-diploma. We melden de route samen bij DUO."),
        ("h", "2. Bouwbedrijven"),
        ("p", "Vijf aannemers uit Druten, Beuningen en Wijchen, verenigd in het Bouwplatform Maas en "
              "Waal, leveren vanaf leerjaar 2 van de route stageplaatsen, geven twee keer per jaar "
              "een gastles op de bouwplaats en beoordelen mee bij het praktijkexamen. Eenmaal per "
              "jaar bespreken zij het programma met het routeteam."),
        ("h", "3. Routeteam"),
        ("p", "De route wordt geleid door een routeteam: de teamleider bb van Het Waalhof en de "
              "opleidingsmanager Bouw van het ROC. Het routeteam regelt het programma, het rooster, "
              "de toelating en de overstap (punt 6) en beslist daarover zelf. Besluiten over "
              "personeel blijven bij de besturen."),
        ("h", "4. Verantwoording"),
        ("p", "Hoe het routeteam de besturen informeert en verantwoording aflegt, werken we in het "
              "eerste jaar van de route nader uit in een werkplan."),
        ("h", "5. Onderwijs, mensen en ruimtes"),
        ("p", "De eerste twee jaar krijgt de leerling les op Het Waalhof, daarna op de "
              "bouwlocatie van het ROC in Wijchen. Programma, examens en stages per leerjaar staan "
              "in één gezamenlijk PTA/OER. Een timmerdocent van het ROC geeft één dag per week les "
              "op Het Waalhof; onze docenten bouw geven samen met hem les als één team "
              "(teambevoegdheid). Iedereen blijft in dienst van de eigen werkgever. Het ROC stelt "
              "zijn bouwhal en steigeroefenplaats open voor onze leerlingen; Het Waalhof haar "
              "houtwerkplaats voor de gezamenlijke lessen."),
        ("h", "6. Als de route niet lukt"),
        ("p", "Stopt een leerling in de eerste twee jaar, dan gaat hij verder in de gewone bb-"
              "opleiding van Het Waalhof en haalt daar zijn vmbo-diploma. Stopt hij later of haalt "
              "hij zijn vmbo-diploma niet, dan kan hij zonder toelatingseisen overstappen naar een "
              "andere opleiding op niveau 2 van het ROC, zoals Medewerker bouw of Schilder. De "
              "teamleider van Het Waalhof en de opleidingsmanager van het ROC beslissen samen, na "
              "een gesprek met leerling en ouders, wat past bij het niveau en de leeftijd van de "
              "leerling."),
        ("h", "7. Onenigheid"),
        ("p", "Komen we er in het routeteam niet uit, dan overleggen de besturen binnen vier weken. "
              "Lukt dat niet, dan schakelen zij samen een mediator in. Blijft het geschil bestaan, "
              "dan beslist de rechtbank Gelderland."),
        ("h", "8. Duur, nieuwe partners, wijzigen en opzeggen"),
        ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere "
              "school of mbo-instelling kan per 1 augustus meedoen als beide besturen schriftelijk "
              "instemmen en de nieuwe partner deze afspraken overneemt. Wijzigen kan alleen "
              "schriftelijk, met handtekening van beide besturen; wijzigingen in het programma "
              "gelden alleen voor nieuwe leerlingen. Opzeggen kan per 1 augustus met een termijn "
              "van een jaar. Na opzegging nemen we geen nieuwe leerlingen meer aan en maken alle "
              "leerlingen die al in de route zitten hun route bij ons af."),
        ("sp", 4),
        ("sig", ["Stichting Voortgezet Onderwijs Tussen Maas en Waal", "", "H. Gerritsen"],
         ["Stichting Beroepsonderwijs Waal en Maas", "", "mr. C. Jacobs-Peters"]),
        ("p", "Opgesteld door R. van Haren, directeur Het Waalhof Vakcollege."),
    ]
    pdf_build(path, B, title="Samenwerkingsovereenkomst DLR Bouw Maas en Waal",
              author="R. van Haren", base=9, margins=(2.0, 1.6))


# ============================================================================================
# 115 - Noord-Veluwe, school director, Markdown in plain language for parents and pupils
# ============================================================================================

S115_TEXT = """
# Afspraken over de doorlopende leerroute Verkoper

*Randmeer Vakcollege en ROC Veluwerand, Harderwijk - vastgesteld en ondertekend op 30 juni 2025*

## Waarom dit stuk in gewone taal is geschreven

Deze afspraken zijn gemaakt door de besturen van Randmeer Vakcollege en ROC Veluwerand. We hebben
ze in gewone taal opgeschreven, zodat leerlingen en ouders ze ook kunnen lezen. Toch is dit een
echte samenwerkingsovereenkomst zoals de wet die vraagt (artikel 2.107b WVO 2020 en artikel 9.1.3
WEB). Beide besturen hebben hem ondertekend en houden zich eraan. Waar in dit stuk "we" staat,
bedoelen we de twee scholen samen.

## Wie maken deze afspraken?

- **Stichting Christelijk Onderwijs Noord-Veluwe**, het bestuur van Randmeer Vakcollege in
  Harderwijk. Namens het bestuur tekent mevrouw drs. J.M. Schuurman, voorzitter van het college
  van bestuur. In dit stuk heet dit "Randmeer".
- **Stichting Regionaal Opleidingencentrum Veluwerand**, het bestuur van ROC Veluwerand. Namens het
  bestuur tekent de heer B. Hoekstra MSc, voorzitter van het college van bestuur. In dit stuk heet
  dit "het ROC".

## 1. Welke route is het?

De route is voor leerlingen van de basisberoepsgerichte leerweg (basis) met het profiel
Economie en ondernemen op Randmeer. Je begint in leerjaar 3 en gaat zonder knip door naar de
mbo-opleiding Verkoper (niveau 2, een basisberoepsopleiding) van het ROC. Die opleiding hoort bij
het opleidingsdomein Handel en ondernemerschap. De route duurt drie jaar. Aan het eind heb je twee
diploma's: het vmbo-diploma en het mbo-diploma Verkoper.

In de eerste twee jaar sta je ingeschreven op Randmeer, in het derde jaar op het ROC. We melden de
route samen aan bij DUO.

## 2. Wat doen winkels en bedrijven mee?

We werken samen met de Winkeliersvereniging Harderwijk Binnenstad en met zes erkende leerbedrijven
in Harderwijk, Ermelo en Nunspeet, waaronder Bouwmarkt Noord-Veluwe en Supermarkt De Kuyper. Dit
is wat zij doen:

- Ze bieden stageplaatsen aan vanaf het tweede jaar van de route.
- Ze helpen bij de leerwinkel in de school: elke maand komt er een winkelier meekijken en tips
  geven.
- Een praktijkopleider van een leerbedrijf beoordeelt mee bij je praktijkexamen.
- Eén keer per jaar, in februari, vertellen ze het routeteam wat er in het programma beter kan.
  Het routeteam laat daarna op papier weten wat het met die tips doet.

## 3. Wie is de baas van de route?

De route wordt geleid door het routeteam. Daarin zitten de teamleider basis van Randmeer, de
opleidingsmanager Handel van het ROC en een routecoördinator.

- De teamleider wordt aangewezen door het bestuur van Randmeer, de opleidingsmanager door het
  bestuur van het ROC.
- De routecoördinator wordt door de twee besturen samen benoemd.
- Alle benoemingen zijn schriftelijk en gelden voor drie jaar.

Het routeteam zorgt voor het lesprogramma en de examens per leerjaar, het rooster, de toelating
tot de route en de overstap als de route niet past (zie 6). Over die dingen mag het routeteam zelf
beslissen, en het mag het geld uitgeven dat de besturen elk jaar voor de route klaarzetten.
Beslissingen over het aannemen van personeel, over meer geld of over het veranderen van deze
afspraken nemen alleen de besturen.

## 4. Hoe houden de besturen toezicht?

Het routeteam schrijft elk jaar een jaarverslag over de route: hoeveel leerlingen begonnen zijn,
hoeveel er gestopt of overgestapt zijn, hoe de examens gingen en waar het geld aan is uitgegeven.
Dat jaarverslag gaat uiterlijk 1 oktober naar beide besturen. Twee keer per jaar, in oktober en
in maart, praat het routeteam met beide besturen samen over hoe het gaat. Als er iets ernstigs
gebeurt, vertelt het routeteam het de besturen meteen.

## 5. Waar krijg je les en van wie?

- **Waar:** de eerste twee jaar op Randmeer, met vanaf het tweede jaar één dag per week les op
  het ROC. Het derde jaar op het ROC in Harderwijk.
- **Welk programma:** alle lessen, examens en stages per leerjaar staan in één gezamenlijk
  programma van toetsing en afsluiting en onderwijs- en examenregeling (PTA/OER). Het vmbo-examen
  doe je uiterlijk in het tweede jaar van de route.
- **Welke docenten:** je krijgt les van één team van docenten van Randmeer en van het ROC. Een
  docent retail van het ROC geeft twee dagdelen per week les op Randmeer. Voor de vakken over
  verkoop en winkel gebruiken we de teambevoegdheid uit de wet; in het PTA/OER staat voor welke
  onderdelen. Elke docent blijft in dienst van zijn eigen school.
- **Welke ruimtes:** het ROC laat je gebruikmaken van zijn oefenwinkel met kassa's en zijn
  e-commercelokaal. Randmeer zet de leerwinkel in de school open voor de lessen van ROC-docenten.
- **Klachten:** heb je een klacht over een medewerker van de andere school, dan kun je die indienen
  bij je eigen school. Die behandelt de klacht volgens haar klachtenregeling, en de andere school
  werkt mee.

## 6. Wat als de route niet bij je past?

Soms merk je dat de route niet bij je past: je verhuist, het gaat te snel, of je wilt iets anders.
Je krijgt dan altijd een andere weg naar een diploma die past bij wat je al kunt en bij je leeftijd.

- Stop je in de eerste twee jaar? Dan ga je verder in de gewone basisberoepsgerichte leerweg op
  Randmeer, in hetzelfde of een ander profiel, en haal je daar je vmbo-diploma.
- Haal je je vmbo-diploma niet? Dan mag je het examen op Randmeer opnieuw doen. Of je gaat zonder
  vmbo-diploma verder in een andere opleiding op niveau 2 van het ROC.
- Stop je in het derde jaar? Dan kun je overstappen naar een andere opleiding op niveau 2 van het
  ROC, bijvoorbeeld Logistiek medewerker of Medewerker facilitaire dienstverlening. Je hoeft dan
  niet aan de gewone toelatingseisen (vooropleidingseisen) te voldoen. Wil je naar een andere
  mbo-school, dan helpen we je bij het onderzoek dat die school doet om te kijken of de opleiding bij
  je past.

Wie beslist? De teamleider van Randmeer en de opleidingsmanager van het ROC beslissen samen, nadat
ze met jou en je ouders hebben gepraat. Je krijgt de beslissing op papier. In de schoolgids staat
hoe het gesprek gaat.

## 7. Gaat er geld van de ene school naar de andere?

Nee. Randmeer en het ROC dragen geen bekostiging (geld dat zij van de overheid krijgen) aan elkaar
over. Elke school betaalt haar eigen docenten en ruimtes. Wat we van elkaar gebruiken (zie 5),
rekenen we niet met elkaar af.

## 8. Wat mogen leerlingen en ouders meebeslissen?

Op Randmeer praat de medezeggenschapsraad mee, op het ROC de studentenraad. Daarbovenop spreken de
besturen dit af:

- Een leerling uit de eerste twee jaar van de route mag lid worden van de studentenraad van het
  ROC, met dezelfde rechten als de andere leden. De leerlingen in de medezeggenschapsraad van
  Randmeer kiezen wie dat wordt.
- De medezeggenschapsraad van Randmeer en de studentenraad van het ROC krijgen elk jaar het
  jaarverslag uit punt 4. Ze mogen er samen advies over geven. Het routeteam antwoordt op dat advies
  binnen zes weken op papier.

## 9. Wat als de scholen het onderling niet eens zijn?

Als Randmeer en het ROC het niet eens zijn over hoe deze afspraken worden uitgevoerd, gaat het zo:

1. Eerst praat het routeteam erover.
2. Komt het routeteam er binnen vier weken niet uit, dan praten de twee besturen erover.
3. Lukt dat binnen zes weken niet, dan vragen de besturen samen een onafhankelijke bemiddelaar
   (mediator).
4. Komt er ook dan geen oplossing, dan beslist de rechtbank Gelderland.

Jij als leerling merkt daar zo min mogelijk van: je lessen gaan gewoon door.

## 10. Kunnen er scholen bij komen, en kan de overeenkomst stoppen?

- **Erbij komen:** een andere vmbo-school of mbo-school mag meedoen als beide besturen dat op
  papier goedvinden en de nieuwe school deze afspraken helemaal overneemt. Een nieuwe school
  begint altijd op 1 augustus, aan het begin van een schooljaar.
- **Veranderen:** de afspraken kunnen alleen op papier veranderen, met de handtekening van beide
  besturen. Verandert het lesprogramma, dan geldt dat alleen voor leerlingen die daarna met de route
  beginnen.
- **Stoppen:** de overeenkomst geldt zonder einddatum. Een bestuur kan hem opzeggen per 1 augustus,
  met een opzegtermijn van één jaar. Komt een school haar afspraken ernstig niet na en herstelt zij
  dat niet binnen twee maanden na een brief, dan mag de andere school de overeenkomst ontbinden.
- **Wat betekent stoppen voor jou?** Na opzegging of ontbinding begint er geen nieuwe groep
  leerlingen meer. Zit je al in de route, dan maak je hem gewoon af bij Randmeer en het ROC.

## Handtekeningen

Deze afspraken gaan in op 1 augustus 2025. Getekend in Harderwijk op 30 juni 2025.

| Stichting Christelijk Onderwijs Noord-Veluwe | Stichting Regionaal Opleidingencentrum Veluwerand |
|---|---|
| drs. J.M. Schuurman, voorzitter college van bestuur | B. Hoekstra MSc, voorzitter college van bestuur |

*Opgeschreven door P. de Groot, directeur van Randmeer Vakcollege, samen met de opleidingsmanager
Handel van het ROC.*
"""


@sample(115, "eenvoudige_taal_ouders", "md",
        "School director's Markdown agreement in plain language for parents and pupils ('je', "
        "'we'), question headings, bullets and a numbered escalation list, still signed by both "
        "boards; Noord-Veluwe, E&O bb -> Verkoper 2; compliant: explicitly no transfer of "
        "bekostiging, a vo-fase pupil may sit on the mbo studentenraad, mediation then rechtbank.",
        st("p p p p p p p p p p"),
        {"a": "1. Welke route is het?",
         "b": "2. Wat doen winkels en bedrijven mee?",
         "c": "3. Wie is de baas van de route?",
         "d": "4. Hoe houden de besturen toezicht?",
         "e": "5. Waar krijg je les en van wie?",
         "f": "6. Wat als de route niet bij je past?",
         "g": "7. Gaat er geld van de ene school naar de andere?",
         "h": "8. Wat mogen leerlingen en ouders meebeslissen?",
         "i": "9. Wat als de scholen het onderling niet eens zijn?",
         "j": "10. Kunnen er scholen bij komen, en kan de overeenkomst stoppen?"})
def build_115(path):
    write_text(path, S115_TEXT)


# ============================================================================================
# 116 - Schouwen-Duiveland, lawyer, DOCX full of cross-references between articles
# ============================================================================================

@sample(116, "kruisverwijzingen_maritiem", "docx",
        "Lawyer's DOCX (Heading 1 'Artikel N', typed leden 'N.M') full of cross-references ('als "
        "bedoeld in artikel 4.2', 'met inachtneming van artikel 6.3'); Schouwen-Duiveland, maritiem "
        "en techniek bb -> Matroos binnenvaart 2 at a maritime vakinstelling; defects: verantwoording "
        "is a bracketed template remnant with dotted line, the overstapoptie imposes the "
        "vooropleidingseisen on a switch within the same instelling, medezeggenschap is a "
        "'[PM ...]' placeholder; two-way bekostiging transfer with amounts and bestemming.",
        st("p p p w p w p w p p"),
        {"a": "Artikel 2 De Leerroute",
         "b": "Artikel 3 Betrokkenheid van het bedrijfsleven",
         "c": "Artikel 4 Routeleiding",
         "e": "Artikel 6 Inrichting van onderwijs en examinering",
         "g": "Artikel 8 Overdracht van bekostiging",
         "i": "Artikel 10 Geschillen",
         "j": "Artikel 11 Toetreding, wijziging en beëindiging"})
def build_116(path):
    B = [
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("sub", "doorlopende leerroute vmbo-mbo Maritiem en techniek - Matroos binnenvaart"),
        ("sub", "definitieve versie ter ondertekening"),
        ("pbold", "DE ONDERGETEKENDEN:"),
        ("p", "(1) Stichting voor Openbaar en Bijzonder Voortgezet Onderwijs Schouwen-Duiveland, "
              "statutair gevestigd te Zierikzee, bevoegd gezag van het Zeegat Vakcollege te "
              "Zierikzee, rechtsgeldig vertegenwoordigd door de heer drs. K.L. Moelker, voorzitter "
              "van het college van bestuur, hierna: de \"School\";"),
        ("p", "(2) Stichting Delta Maritiem Vakcollege, statutair gevestigd te Vlissingen, "
              "vakinstelling voor beroepsonderwijs in de scheepvaart, rechtsgeldig vertegenwoordigd "
              "door mevrouw ir. S.M. Boogaard, voorzitter van het college van bestuur, hierna: de "
              "\"Instelling\";"),
        ("p", "hierna gezamenlijk: \"Partijen\";"),
        ("pbold", "OVERWEGENDE:"),
        ("p", "(A) dat de School het profiel Maritiem en techniek verzorgt in de "
              "basisberoepsgerichte leerweg en de Instelling de opleiding Matroos binnenvaart;"),
        ("p", "(B) dat Partijen een doorlopende leerroute als bedoeld in artikel 2.107a WVO 2020 en "
              "artikel 9.1.2 WEB willen verzorgen en daartoe, overeenkomstig artikel 2.107b WVO "
              "2020 en artikel 9.1.3 WEB, deze overeenkomst sluiten;"),
        ("pbold", "KOMEN OVEREEN ALS VOLGT:"),

        ("h", "Artikel 1 Definities en uitleg"),
        ("p", "1.1 In deze overeenkomst wordt verstaan onder:"),
        ("p", "a. Bestuurlijk Overleg: het overleg van de voorzitters van de colleges van bestuur "
              "van Partijen als bedoeld in artikel 4.6;"),
        ("p", "b. Leerling: een leerling of student die is toegelaten tot de Leerroute "
              "overeenkomstig artikel 4.3 onder b;"),
        ("p", "c. Leerroute: de doorlopende leerroute als omschreven in artikel 2.1;"),
        ("p", "d. Maritieme Adviesraad: de adviesraad als bedoeld in artikel 3.2;"),
        ("p", "e. PTA/OER: de gezamenlijke programma- en examenbeschrijving als bedoeld in "
              "artikel 6.2;"),
        ("p", "f. Routeleiding: het orgaan als bedoeld in artikel 4.1."),
        ("p", "1.2 Een verwijzing naar een artikel of lid is een verwijzing naar een artikel of lid "
              "van deze overeenkomst, tenzij uitdrukkelijk anders vermeld."),

        ("h", "Artikel 2 De Leerroute"),
        ("p", "2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde "
              "leerjaar van de basisberoepsgerichte leerweg, profiel Maritiem en techniek, van de "
              "School en leidt tot het vmbo-diploma basisberoepsgerichte leerweg en het diploma "
              "van de basisberoepsopleiding Matroos binnenvaart (niveau 2), opleidingsdomein "
              "Transport, scheepvaart en logistiek, van de Instelling."),
        ("p", "2.2 De Leerroute omvat drie leerjaren. Het eerste en tweede leerjaar vormen de "
              "vo-fase, het derde leerjaar de mbo-fase."),
        ("p", "2.3 De Leerling staat in de vo-fase ingeschreven bij de School en in de mbo-fase bij "
              "de Instelling, onverminderd artikel 8.2."),
        ("p", "2.4 Partijen melden de Leerroute gezamenlijk aan de minister door registratie in RIO."),

        ("h", "Artikel 3 Betrokkenheid van het bedrijfsleven"),
        ("p", "3.1 Partijen betrekken de binnenvaart- en veerdienstsector in Zeeland bij de "
              "invulling van de Leerroute op de wijze als bepaald in artikel 3.2 tot en met 3.4."),
        ("p", "3.2 Partijen stellen een Maritieme Adviesraad in, bestaande uit vertegenwoordigers "
              "van ten minste drie door SBB erkende leerbedrijven, waaronder Rederij Oosterschelde "
              "B.V. en Binnenvaartbedrijf Gebroeders Kodde V.O.F. De Maritieme Adviesraad adviseert "
              "de Routeleiding jaarlijks vóór 1 maart over het PTA/OER als bedoeld in artikel 6.2."),
        ("p", "3.3 De in de Maritieme Adviesraad vertegenwoordigde leerbedrijven stellen de "
              "vaarplaatsen beschikbaar voor de praktijkperiodes aan boord als bedoeld in artikel "
              "6.5, en ontvangen Leerlingen in het eerste leerjaar voor ten minste twee meevaardagen."),
        ("p", "3.4 Een schipper of praktijkopleider van een leerbedrijf neemt als "
              "medebeoordelaar deel aan de praktijkexamens in de mbo-fase."),

        ("h", "Artikel 4 Routeleiding"),
        ("p", "4.1 De leiding over de Leerroute berust bij de Routeleiding, bestaande uit de "
              "teamleider techniek van de School en de opleidingsmanager binnenvaart van de "
              "Instelling."),
        ("p", "4.2 Het lid van de Routeleiding namens de School wordt benoemd door het college van "
              "bestuur van de School, het lid namens de Instelling door het college van bestuur van "
              "de Instelling. Een benoeming als bedoeld in de vorige zin wordt schriftelijk aan de "
              "andere Partij meegedeeld."),
        ("p", "4.3 Aan de Routeleiding worden opgedragen:"),
        ("p", "a. het opstellen van het PTA/OER als bedoeld in artikel 6.2;"),
        ("p", "b. het besluiten over de toelating van leerlingen tot de Leerroute;"),
        ("p", "c. de inzet van personeel en faciliteiten als bedoeld in artikel 6.3 en 6.4;"),
        ("p", "d. het nemen van beslissingen als bedoeld in artikel 7.4;"),
        ("p", "e. het onderhouden van de contacten met de Maritieme Adviesraad als bedoeld in "
              "artikel 3.2."),
        ("p", "4.4 De Routeleiding is bevoegd tot het nemen van alle besluiten ter uitvoering van de "
              "taken als bedoeld in artikel 4.3, met uitzondering van besluiten die leiden tot "
              "uitgaven boven de in artikel 8.1 en 8.2 bedoelde bedragen of tot wijziging van deze "
              "overeenkomst als bedoeld in artikel 11.3."),
        ("p", "4.5 De Routeleiding besluit eenstemmig. Wordt geen eenstemmigheid bereikt, dan "
              "legt de Routeleiding het punt voor aan het Bestuurlijk Overleg."),
        ("p", "4.6 Het Bestuurlijk Overleg komt bijeen binnen twee weken nadat een punt als "
              "bedoeld in artikel 4.5 of een geschil als bedoeld in artikel 10.1 is voorgelegd."),

        ("h", "Artikel 5 Inlichtingen en verantwoording"),
        ("p", "5.1 De Routeleiding verstrekt het college van bestuur van de School en het college "
              "van bestuur van de Instelling inlichtingen en legt verantwoording af op de volgende "
              "wijze: [wijze, vorm en frequentie van de rapportage invullen] "
              "......................................................"),
        ("p", "5.2 De verantwoording als bedoeld in artikel 5.1 heeft in elk geval betrekking op "
              "de uitvoering van de taken als bedoeld in artikel 4.3."),

        ("h", "Artikel 6 Inrichting van onderwijs en examinering"),
        ("p", "6.1 Het onderwijs in de vo-fase wordt verzorgd op de locatie van de School aan de "
              "Haringvlietweg te Zierikzee; het onderwijs in de mbo-fase op de locatie van de "
              "Instelling te Vlissingen en aan boord van het lesschip als bedoeld in artikel 6.4."),
        ("p", "6.2 Partijen beschrijven voor de gehele Leerroute het onderwijsprogramma, de "
              "examinering en de beroepspraktijkvorming per leerjaar in het PTA/OER, met "
              "inachtneming van artikel 2.107d WVO 2020 en artikel 9.1.8 WEB. Het centraal examen "
              "vmbo wordt in het tweede leerjaar van de Leerroute afgenomen."),
        ("p", "6.3 Het onderwijs wordt verzorgd door één docententeam. De Instelling stelt in de "
              "vo-fase twee docenten nautiek beschikbaar voor in totaal 0,5 fte; de School stelt "
              "haar docenten techniek beschikbaar voor de lessen motorentechniek in de mbo-fase. "
              "Partijen passen voor de programmaonderdelen scheepstechniek en veiligheid aan boord "
              "de teambevoegdheid toe als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. "
              "Ieder personeelslid blijft in dienst van de Partij die hem heeft aangesteld."),
        ("p", "6.4 De Instelling stelt haar lesschip, de vaarsimulator en het "
              "veiligheidstrainingscentrum beschikbaar voor Leerlingen in de vo-fase; de School stelt "
              "haar praktijkhal motorentechniek beschikbaar voor de lessen als bedoeld in artikel "
              "6.3."),
        ("p", "6.5 De praktijkperiodes aan boord vinden plaats bij de leerbedrijven als bedoeld in "
              "artikel 3.3, volgens het PTA/OER als bedoeld in artikel 6.2."),
        ("p", "6.6 Een klacht over een gedraging van een personeelslid van de andere Partij wordt "
              "behandeld volgens de klachtenregeling van de Partij waar de klacht is ingediend; de "
              "andere Partij verleent haar medewerking."),

        ("h", "Artikel 7 Overstapoptie"),
        ("p", "7.1 Wordt de deelname van een Leerling aan de Leerroute beëindigd voordat hij deze met "
              "goed gevolg heeft afgerond, dan stellen Partijen hem in staat een vmbo-diploma of een "
              "mbo-diploma te behalen dat past bij zijn bereikte onderwijsniveau en zijn leeftijd, "
              "met inachtneming van artikel 7.2 tot en met 7.4."),
        ("p", "7.2 Als overstapmogelijkheden gelden:"),
        ("p", "a. bij beëindiging in de vo-fase: voortzetting in de reguliere basisberoepsgerichte "
              "leerweg van de School, gericht op het vmbo-diploma;"),
        ("p", "b. bij afwijzing voor het eindexamen vmbo: herhaling van het examen op de School;"),
        ("p", "c. bij beëindiging in de mbo-fase: overstap naar een andere opleiding op niveau 2 "
              "van de Instelling, zoals Logistiek medewerker."),
        ("p", "7.3 Een overstap als bedoeld in artikel 7.2 onder c is slechts mogelijk indien de "
              "Leerling voldoet aan de vooropleidingseisen van de betreffende opleiding, waaronder "
              "het bezit van het vmbo-diploma."),
        ("p", "7.4 Over de toepassing van artikel 7.2 en 7.3 beslist de Routeleiding gezamenlijk, na "
              "overleg met de Leerling en diens ouders of verzorgers."),

        ("h", "Artikel 8 Overdracht van bekostiging"),
        ("p", "8.1 De School draagt met toepassing van artikel 5.42a WVO 2020 per schooljaar een "
              "bedrag van € 1.600 per Leerling in de vo-fase over aan de Instelling. Dit bedrag is "
              "bestemd voor de inzet van docenten nautiek als bedoeld in artikel 6.3 en het gebruik "
              "van het lesschip, de vaarsimulator en het veiligheidstrainingscentrum als bedoeld "
              "in artikel 6.4."),
        ("p", "8.2 De Instelling draagt met toepassing van artikel 9.1.15 WEB per schooljaar een "
              "bedrag van € 400 over aan de School voor iedere Leerling in de mbo-fase die het "
              "vmbo-diploma nog niet heeft behaald. Dit bedrag is bestemd voor de afname van het "
              "eindexamen vmbo en de begeleiding daarbij door de School."),
        ("p", "8.3 De bedragen als bedoeld in artikel 8.1 en 8.2 worden berekend naar de stand op 1 "
              "oktober en vóór 1 januari daaropvolgend verrekend."),

        ("h", "Artikel 9 Medezeggenschap"),
        ("p", "9.1 Partijen maken de volgende aanvullende afspraken over de inrichting van de "
              "medezeggenschap: [PM - na overleg met de medezeggenschapsraad van de School en de "
              "studentenraad van de Instelling in te vullen]."),

        ("h", "Artikel 10 Geschillen"),
        ("p", "10.1 Een geschil tussen Partijen over de uitvoering van deze overeenkomst, daaronder "
              "begrepen een punt als bedoeld in artikel 4.5, wordt voorgelegd aan het Bestuurlijk "
              "Overleg."),
        ("p", "10.2 Is het geschil niet binnen zes weken na de voorlegging als bedoeld in artikel "
              "10.1 opgelost, dan wordt het beslecht door bindend advies van een commissie van drie "
              "deskundigen. Iedere Partij benoemt één deskundige; de twee aldus benoemde "
              "deskundigen benoemen samen de voorzitter."),
        ("p", "10.3 Het bindend advies als bedoeld in artikel 10.2 wordt binnen drie maanden "
              "uitgebracht. Partijen dragen ieder de helft van de kosten."),

        ("h", "Artikel 11 Toetreding, wijziging en beëindiging"),
        ("p", "11.1 Een andere school voor voortgezet onderwijs of een andere instelling voor "
              "beroepsonderwijs kan als partij tot deze overeenkomst toetreden, indien Partijen "
              "daarmee schriftelijk instemmen en de toetreder alle rechten en verplichtingen uit "
              "deze overeenkomst aanvaardt."),
        ("p", "11.2 Toetreding als bedoeld in artikel 11.1 geschiedt bij een door alle partijen "
              "ondertekende akte en gaat in op 1 augustus volgend op de ondertekening; de "
              "toetreder draagt zorg voor de registratie als bedoeld in artikel 2.4."),
        ("p", "11.3 Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke, door Partijen "
              "ondertekende akte. Een wijziging van artikel 2, 6 of 7 is niet van toepassing op "
              "Leerlingen die op de datum van de wijziging reeds aan de Leerroute deelnemen."),
        ("p", "11.4 Deze overeenkomst geldt voor onbepaalde tijd. Iedere Partij kan haar "
              "schriftelijk opzeggen tegen 1 augustus van enig jaar met inachtneming van een "
              "opzegtermijn van twaalf maanden."),
        ("p", "11.5 Iedere Partij kan deze overeenkomst ontbinden indien de andere Partij na "
              "schriftelijke ingebrekestelling niet binnen zestig dagen haar verplichtingen nakomt."),
        ("p", "11.6 Na opzegging als bedoeld in artikel 11.4 of ontbinding als bedoeld in artikel "
              "11.5 worden geen Leerlingen meer toegelaten. Leerlingen die op dat moment aan de "
              "Leerroute deelnemen, ronden deze af; de artikelen 2, 6, 7 en 8 blijven te hunnen "
              "aanzien van kracht tot de laatste van hen de Leerroute heeft verlaten."),

        ("h", "Artikel 12 Slotbepalingen"),
        ("p", "12.1 Deze overeenkomst treedt in werking op 1 augustus 2025."),
        ("p", "12.2 Op deze overeenkomst is Nederlands recht van toepassing, onverminderd artikel 10."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Zierikzee op 30 juni 2025."),
        ("sig", ["Stichting voor Openbaar en Bijzonder Voortgezet Onderwijs Schouwen-Duiveland",
                 "", "", "drs. K.L. Moelker", "voorzitter college van bestuur"],
         ["Stichting Delta Maritiem Vakcollege", "", "", "ir. S.M. Boogaard",
          "voorzitter college van bestuur"]),
    ]
    docx_build(path, B, author="mr. E.W. Verhulst",
               title="Samenwerkingsovereenkomst DLR Maritiem en techniek - Matroos binnenvaart",
               header="Verhulst & De Jonge Advocaten, Goes - dossier 2025.118 - samenwerkingsovereenkomst")


# ============================================================================================
# driver
# ============================================================================================

def build(nums):
    for n in sorted(nums):
        s = SAMPLES[n]
        path = os.path.join(HERE, s["name"] + "." + s["ext"])
        s["build"](path)
        with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(expected_json(s))
        print("built", os.path.basename(path))


def norm(t):
    t = t.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", t).strip()


def check():
    ok = True
    for n in sorted(SAMPLES):
        s = SAMPLES[n]
        path = os.path.join(HERE, s["name"] + "." + s["ext"])
        problems = []
        if not os.path.exists(path):
            print("MISSING", path)
            ok = False
            continue
        size = os.path.getsize(path)
        if size >= MAX_BYTES:
            problems.append("too large: %d bytes" % size)
        pages = None
        try:
            if s["ext"] == "pdf":
                text, pages = pdf_text(path)
                if not 1 <= pages <= s["max_pages"]:
                    problems.append("page count %d" % pages)
            elif s["ext"] == "docx":
                import docx
                docx.Document(path)
                text = docx_text(path)
            else:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
        except Exception as e:  # noqa
            problems.append("does not open: %r" % e)
            text = ""
        nt = norm(text)
        for k, ev in sorted(s["evidence"].items()):
            if s["statuses"][k] != "present":
                problems.append("evidence for non-present item %s" % k)
            if norm(ev) not in nt:
                problems.append("evidence %s not found: %r" % (k, ev))
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as f:
                raw = f.read()
            data = json.loads(raw)
            if raw != expected_json(s):
                problems.append("expected.json differs from script table")
            if data.get("split") != "train" or sorted(data["statuses"]) != list("abcdefghij"):
                problems.append("expected.json malformed")
        except Exception as e:  # noqa
            problems.append("expected.json: %r" % e)
        words = len(nt.split())
        print("%-40s %6d B %5d words %s %s" % (os.path.basename(path), size, words,
                                               ("%d p." % pages) if pages else "",
                                               "OK" if not problems else "FAIL"))
        for p in problems:
            print("   -", p)
        ok = ok and not problems
    print("CHECK", "PASSED" if ok else "FAILED")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv if a.isdigit()] or list(SAMPLES)
    unknown = [n for n in nums if n not in SAMPLES]
    if unknown:
        sys.exit("unknown sample(s): %s" % unknown)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
