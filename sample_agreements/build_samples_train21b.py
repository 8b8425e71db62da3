#!/usr/bin/env python3
"""Build training samples 325-332 (batch train21b) for leerroute-check.

Written by an independent helper session from the two official guidance documents in
shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), shared/domain.md and
sample_agreements/LABELS.md only, without looking at checker code, models, tests, benchmarks or the
texts and build scripts of the other samples. All schools, instellingen, companies and people are
made up.

Usage:
    python3 build_samples_train21b.py            # build all eight samples
    python3 build_samples_train21b.py 325 328    # build only those numbers
    python3 build_samples_train21b.py --check    # open every produced file and verify it

The output is deterministic: reportlab runs with invariant=1, DOCX packages get fixed core
properties and fixed zip timestamps.
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
MAX_BYTES = 200 * 1024

LETTERS = "abcdefghij"
CODES = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}

SAMPLES = {}


def register(num, name, ext, description, statuses, evidence):
    """statuses: ten space-separated codes a->j (p, w, m, na)."""
    codes = statuses.split()
    assert len(codes) == 10, (num, codes)
    st = {k: CODES[c] for k, c in zip(LETTERS, codes)}
    for k in evidence:
        assert st[k] == "present", (num, k)

    def deco(fn):
        SAMPLES[num] = dict(name=name, ext=ext, build=fn, description=description,
                            statuses=st, evidence=dict(evidence))
        return fn
    return deco


def expected_for(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "train",
            "statuses": s["statuses"], "evidence": s["evidence"]}


# --------------------------------------------------------------------------------------------
# PDF helpers (reportlab)
# --------------------------------------------------------------------------------------------

def _pdf_styles(font="Helvetica", size=9.5):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}[font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
            "Courier": "Courier-Oblique"}[font]
    lead = size * 1.3
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 6, leading=size + 9,
                                alignment=TA_CENTER, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=size + 1, leading=size + 4,
                              alignment=TA_CENTER, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=size + 4,
                            spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=ital, fontSize=size, leading=lead,
                             spaceBefore=4, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=lead, spaceAfter=4,
                            alignment=TA_JUSTIFY),
        "pl": ParagraphStyle("pl", fontName=font, fontSize=size, leading=lead, spaceAfter=4),
        "num": ParagraphStyle("num", fontName=font, fontSize=size, leading=lead, spaceAfter=3,
                              leftIndent=16, firstLineIndent=-16),
        "sub2": ParagraphStyle("sub2", fontName=font, fontSize=size, leading=lead,
                               spaceAfter=2, leftIndent=30, firstLineIndent=-14),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3, spaceAfter=2),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 0.5,
                               leading=(size - 0.5) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 0.5,
                                leading=(size - 0.5) * 1.25),
    }
    st["_font"] = font
    st["_bold"] = bold
    return st


def _flowables(blocks, st, width):
    from reportlab.platypus import (Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    FrameBreak, CondPageBreak, KeepTogether)
    from reportlab.lib import colors
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p", "pl", "small"):
            out.append(Paragraph(escape(b[1]), st[kind]))
        elif kind == "pb":          # paragraph with a bold run-in label
            out.append(Paragraph("<b>%s</b> %s" % (escape(b[1]), escape(b[2])), st["p"]))
        elif kind == "num":         # hanging-indent numbered paragraph: label, text
            out.append(Paragraph("%s&nbsp;&nbsp;%s" % (escape(b[1]), escape(b[2])), st["num"]))
        elif kind == "sub2":
            out.append(Paragraph("%s&nbsp;&nbsp;%s" % (escape(b[1]), escape(b[2])), st["sub2"]))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "pagebreak":
            out.append(PageBreak())
        elif kind == "framebreak":
            out.append(FrameBreak())
        elif kind == "cond":
            out.append(CondPageBreak(b[1]))
        elif kind == "table":       # rows (first row header), relative col widths
            rows, rel = b[1], b[2]
            data = []
            for i, row in enumerate(rows):
                sty = st["cellb"] if i == 0 else st["cell"]
                data.append([Paragraph(escape(c), sty) for c in row])
            tot = float(sum(rel))
            t = Table(data, colWidths=[width * r / tot for r in rel], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "sig":         # list of columns, each a list of lines
            cols = b[1]
            data = [[Paragraph("<br/>".join(escape(x) for x in col), st["pl"]) for col in cols]]
            t = Table(data, colWidths=[width / len(cols)] * len(cols))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(KeepTogether([Spacer(1, 10), t]))
        else:
            raise ValueError(kind)
    return out


def write_pdf(path, blocks, title, author, font="Helvetica", size=9.5, footer=None,
              two_column_from=None, margins=2.2):
    """blocks: list of tuples. two_column_from: index in blocks where two columns start
    (blocks before it are set full width on the first page)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, NextPageTemplate

    st = _pdf_styles(font, size)
    pw, ph = A4
    m = margins * cm

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(st["_font"], 7.5)
        if footer:
            canv.drawString(m, 1.2 * cm, footer)
        canv.drawRightString(pw - m, 1.2 * cm, "pagina %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m,
                          bottomMargin=m, title=title, author=author, creator=author,
                          producer="ReportLab", subject=title, invariant=1)
    fw = pw - 2 * m
    fh = ph - 2 * m
    if two_column_from is None:
        doc.addPageTemplates([PageTemplate("one", [Frame(m, m, fw, fh, id="f")],
                                           onPage=on_page)])
        story = _flowables(blocks, st, fw)
    else:
        gap = 0.7 * cm
        cw = (fw - gap) / 2
        head_h = 6.4 * cm
        first = [Frame(m, ph - m - head_h, fw, head_h, id="head"),
                 Frame(m, m, cw, fh - head_h, id="c1"),
                 Frame(m + cw + gap, m, cw, fh - head_h, id="c2")]
        rest = [Frame(m, m, cw, fh, id="r1"), Frame(m + cw + gap, m, cw, fh, id="r2")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=on_page),
                              PageTemplate("rest", rest, onPage=on_page)])
        story = _flowables(blocks[:two_column_from], st, fw)
        story.append(NextPageTemplate("rest"))
        from reportlab.platypus import FrameBreak
        story.append(FrameBreak())
        story += _flowables(blocks[two_column_from:], st, cw)
    doc.build(story)


# --------------------------------------------------------------------------------------------
# DOCX helpers (python-docx)
# --------------------------------------------------------------------------------------------

def new_docx(font="Calibri", size=10.5):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    from docx.shared import Cm
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    return d


def add_textbox(d, title, paras, width_pt=430):
    """Append a paragraph holding an inline VML text box (w:pict/v:textbox/w:txbxContent)."""
    from docx.oxml import parse_xml
    inner = ('<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
             '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(title))
    for t in paras:
        inner += ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>'
                  '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(t))
    xml = (
        '<w:r xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="KaderOverstap" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:%dpt;height:40pt;mso-wrap-style:square;mso-fit-shape-to-text:t" '
        'fillcolor="#eef5ea" strokecolor="#4e7a3a" strokeweight="1pt">'
        '<v:textbox style="mso-fit-shape-to-text:t" inset="8pt,6pt,8pt,6pt">'
        '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (W_NS, width_pt, inner))
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def save_docx(d, path, title, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = "Doorlopende leerroute vmbo-mbo"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_numbering(d, abstract_xml_body, abstract_id, num_id):
    """Add a w:abstractNum (given its inner levels) and a w:num to numbering.xml."""
    from docx.oxml import parse_xml
    numbering = d.part.numbering_part.element
    absn = parse_xml('<w:abstractNum xmlns:w="%s" w:abstractNumId="%d">%s</w:abstractNum>'
                     % (W_NS, abstract_id, abstract_xml_body))
    nums = numbering.findall("{%s}num" % W_NS)
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/>'
                               '</w:num>' % (W_NS, num_id, abstract_id)))


def set_num(paragraph, num_id, level):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = level
    numPr.get_or_add_numId().val = num_id


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------

def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


# ============================================================================================
# SAMPLES
# ============================================================================================

# --------------------------------------------------------------------------------------------
# 325 - two-column PDF, big-city ROC, Amsterdam Nieuw-West, MVI kb/gl -> Software developer 4
# --------------------------------------------------------------------------------------------

@register(
    325, "325_twee_kolommen_grootstedelijk_roc_nieuw_west_software", "pdf",
    "Two-column PDF (parties full width, then articles in two columns), plain modern article "
    "style; Amsterdam Nieuw-West, big-city ROC, MVI kb/gl -> Software developer 4. Fully "
    "compliant: routeregie with joint appointment, voortgangsnotitie 1 feb/1 jul, werkveldtafel, "
    "EUR 1.250 per pupil with bestemming, vo-pupils seat in studentenraad, mediation then "
    "rechter, toetreding by verklaring and cohort protection.",
    "p p p p p p p p p p",
    {"a": "Artikel 2 – Inhoud van de route", "b": "Artikel 3 – Rol van werkgevers",
     "c": "Artikel 4 – Routeregie", "d": "Artikel 5 – Informatie en rekenschap",
     "e": "Artikel 6 – Onderwijs, docenten en voorzieningen",
     "f": "Artikel 7 – Als de route niet past", "g": "Artikel 9 – Overdracht van middelen",
     "h": "Artikel 8 – Medezeggenschap", "i": "Artikel 10 – Geschillen",
     "j": "Artikel 12 – Duur, wijziging en beëindiging"})
def build_325(path):
    B = []
    B += [("title", "SAMENWERKINGSOVEREENKOMST"),
          ("sub", "Doorlopende leerroute vmbo-mbo ‘Code West’ – Media, vormgeving en ICT / "
                  "Software developer (niveau 4)"),
          ("h", "Partijen"),
          ("num", "1.", "Stichting Openbaar Voortgezet Onderwijs Westelijke Tuinsteden, statutair "
                        "gevestigd te Amsterdam, bevoegd gezag van het Sloterhof College (vmbo), hier "
                        "rechtsgeldig vertegenwoordigd door mevrouw drs. N. Boukhari, voorzitter van "
                        "het college van bestuur, hierna: de school;"),
          ("num", "2.", "Stichting Regionaal Opleidingencentrum Amstelstad, statutair gevestigd te "
                        "Amsterdam, bevoegd gezag van ROC Amstelstad, hier rechtsgeldig "
                        "vertegenwoordigd door de heer ir. J.P. de Wilde-Mensah, voorzitter van het "
                        "college van bestuur, hierna: het ROC;"),
          ("pl", "hierna samen: partijen.")]
    two = len(B)
    B += [("h", "Overwegingen"),
          ("num", "a.", "Partijen willen jongeren uit Nieuw-West een ononderbroken weg bieden van de "
                        "bovenbouw van het vmbo naar een mbo-diploma op niveau 4, zonder dubbelingen "
                        "in de lesstof en met vroeg contact met de ICT-sector in de stad."),
          ("num", "b.", "De wet schrijft voor dat een doorlopende leerroute vmbo-mbo wordt verzorgd "
                        "op grond van een samenwerkingsovereenkomst (artikel 2.107b WVO 2020 en "
                        "artikel 9.1.3 WEB)."),
          ("pl", "Partijen komen het volgende overeen."),

          ("h", "Artikel 1 – Begrippen"),
          ("pl", "In deze overeenkomst wordt verstaan onder:"),
          ("num", "a.", "route: de doorlopende leerroute ‘Code West’ van artikel 2;"),
          ("num", "b.", "vo-fase: de eerste twee leerjaren van de route, waarin de deelnemer als "
                        "leerling van de school staat ingeschreven;"),
          ("num", "c.", "mbo-fase: het derde en de volgende leerjaren van de route, waarin de "
                        "deelnemer als student bij het ROC staat ingeschreven;"),
          ("num", "d.", "routeboek: het gezamenlijke programma van toetsing en afsluiting en de "
                        "onderwijs- en examenregeling van de route;"),
          ("num", "e.", "deelnemer: de leerling of student die de route volgt."),

          ("h", "Artikel 2 – Inhoud van de route"),
          ("num", "1.", "De route sluit aan op het profiel Media, vormgeving en ICT in de "
                        "kaderberoepsgerichte en de gemengde leerweg van het Sloterhof College."),
          ("num", "2.", "De route leidt op tot de kwalificatie Software developer, niveau 4 (BOL), "
                        "uit het kwalificatiedossier Software development, opleidingsdomein ICT en "
                        "creatieve industrie."),
          ("num", "3.", "De route duurt vijf jaar: twee jaar vo-fase en drie jaar mbo-fase. De "
                        "deelnemer doet in het tweede jaar van de route eindexamen vmbo."),
          ("num", "4.", "Leerlingen kiezen in de loop van het tweede leerjaar van het vmbo voor de "
                        "route, na een oriëntatiegesprek met leerling en ouders dat school en ROC "
                        "samen voeren."),

          ("h", "Artikel 3 – Rol van werkgevers"),
          ("num", "1.", "Partijen richten de Werkveldtafel Code West in. Daaraan nemen in elk geval "
                        "deel: Datahaven Amsterdam B.V., Pixelwerf Software Studio, de Stichting "
                        "Digitale Buurt Nieuw-West en een adviseur van SBB."),
          ("num", "2.", "De werkveldtafel komt ten minste drie keer per schooljaar bijeen en adviseert "
                        "over de inhoud van het routeboek en over de keuze van de keuzedelen."),
          ("num", "3.", "De deelnemende bedrijven leveren in de vo-fase elk schooljaar ten minste twee "
                        "echte opdrachten voor het vak Projectstudio, bieden vanaf het derde routejaar "
                        "plaatsen voor de beroepspraktijkvorming en wijzen praktijkbeoordelaars aan "
                        "voor de proeven van bekwaamheid."),
          ("num", "4.", "Het ROC zorgt ervoor dat de bpv-bedrijven door SBB als leerbedrijf zijn "
                        "erkend."),

          ("h", "Artikel 4 – Routeregie"),
          ("num", "1.", "De route wordt aangestuurd door de routeregie. Deze bestaat uit de "
                        "afdelingsleider bovenbouw vmbo van de school, de opleidingsmanager Software "
                        "development van het ROC en de routecoördinator."),
          ("num", "2.", "De afdelingsleider en de opleidingsmanager worden ieder door het eigen "
                        "college van bestuur in de routeregie aangewezen. De routecoördinator wordt "
                        "door beide colleges van bestuur gezamenlijk benoemd, op voordracht van de "
                        "twee andere leden, voor drie schooljaren; herbenoeming is mogelijk."),
          ("num", "3.", "De colleges van bestuur dragen aan de routeregie op:"),
          ("sub2", "a.", "het opstellen van het jaarplan en van het concept-routeboek;"),
          ("sub2", "b.", "de roostering en de verdeling van de lesuren over de docenten van beide "
                         "partijen;"),
          ("sub2", "c.", "de toelating van leerlingen tot de route;"),
          ("sub2", "d.", "het contact met de werkveldtafel;"),
          ("sub2", "e.", "het beheer van het routebudget binnen de jaarbegroting."),
          ("num", "4.", "De routeregie beslist zelfstandig over de zaken van het derde lid. Besluiten "
                        "over personeelsbeleid, over uitgaven buiten het routebudget en over "
                        "wijziging van deze overeenkomst blijven aan de colleges van bestuur."),

          ("h", "Artikel 5 – Informatie en rekenschap"),
          ("num", "1.", "De routeregie zendt beide colleges van bestuur twee keer per schooljaar, "
                        "uiterlijk op 1 februari en op 1 juli, een voortgangsnotitie. Daarin staan "
                        "ten minste de in-, door- en uitstroom van deelnemers, de examenresultaten, "
                        "de inzet van docenten en de besteding van het routebudget."),
          ("num", "2.", "Eenmaal per jaar, in oktober, legt de routeregie in een bestuurlijk overleg "
                        "met beide colleges verantwoording af over de uitvoering van het jaarplan "
                        "van het afgelopen schooljaar."),
          ("num", "3.", "Gebeurtenissen die de continuïteit van de route raken, meldt de routeregie "
                        "onverwijld aan beide colleges."),

          ("h", "Artikel 6 – Onderwijs, docenten en voorzieningen"),
          ("num", "1.", "De vo-fase wordt gegeven in het gebouw van het Sloterhof College aan de "
                        "Pieter Calandlaan. Vanaf het tweede routejaar volgen deelnemers één dag per "
                        "week les op de ROC-locatie Lelylaan. De mbo-fase wordt op de locatie "
                        "Lelylaan gegeven."),
          ("num", "2.", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
                        "leerjaar staan in het routeboek, met voor elk onderdeel de vermelding of het "
                        "tot het vmbo, het mbo of tot beide behoort. De colleges van bestuur stellen "
                        "het routeboek jaarlijks vóór 1 juni vast."),
          ("num", "3.", "Het onderwijs wordt verzorgd door één routeteam met docenten van beide "
                        "partijen. De school zet in elk geval haar docenten MVI, Nederlands en "
                        "wiskunde in; het ROC zet docenten software development en een instructeur "
                        "in. Voor het vakoverstijgende onderdeel Projectstudio in de vo-fase werken "
                        "zij als team in de zin van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; "
                        "ieder teamlid blijft verantwoordelijk voor het deel waarvoor hij bevoegd "
                        "is."),
          ("num", "4.", "Docenten blijven in dienst van hun eigen werkgever. De inzet van ROC-docenten "
                        "in de vo-fase wordt bekostigd volgens artikel 9."),
          ("num", "5.", "De school stelt haar MVI-lokaal en het medialab beschikbaar; het ROC stelt "
                        "zijn softwarewerkplaats, de testservers en accounts op zijn digitale "
                        "leeromgeving ter beschikking aan deelnemers in de vo-fase. Over en weer "
                        "wordt voor dit gebruik niets in rekening gebracht."),
          ("num", "6.", "Een klacht over een medewerker van de ene partij die bij de andere partij is "
                        "ingediend, wordt behandeld volgens de klachtenregeling van de partij waar de "
                        "klacht binnenkwam; de andere partij werkt daaraan mee."),

          ("h", "Artikel 7 – Als de route niet past"),
          ("num", "1.", "Een deelnemer die in de vo-fase uit de route stapt, gaat verder in de "
                        "reguliere kaderberoepsgerichte of gemengde leerweg van de school, in "
                        "hetzelfde of een ander profiel, met het oog op het vmbo-diploma."),
          ("num", "2.", "Heeft een deelnemer aan het eind van het tweede routejaar zijn vmbo-diploma "
                        "niet gehaald, dan kan hij het examenjaar overdoen of in de mbo-fase verder "
                        "gaan in een opleiding van het ROC op niveau 3 of 4 die bij zijn resultaten "
                        "past. Vooropleidingseisen staan daaraan binnen het ROC niet in de weg."),
          ("num", "3.", "Een deelnemer die in de mbo-fase merkt dat de richting hem niet ligt, stapt "
                        "over naar een andere opleiding van het ROC op vergelijkbaar niveau of, met "
                        "hulp van het ROC, naar een opleiding bij een andere instelling in de regio, "
                        "die hem na een geschiktheidsonderzoek kan toelaten."),
          ("num", "4.", "Welke mogelijkheid in aanmerking komt, bepalen de afdelingsleider en de "
                        "opleidingsmanager samen, na een gesprek met de deelnemer en zijn ouders, op "
                        "grond van het bereikte onderwijsniveau en de leeftijd van de deelnemer. "
                        "Binnen vier weken na dat gesprek ontvangt de deelnemer een schriftelijk "
                        "voorstel. De overstap gaat met een warme overdracht."),
          ("num", "5.", "De school neemt een uitwerking van dit artikel op in haar schoolgids."),

          ("h", "Artikel 8 – Medezeggenschap"),
          ("num", "1.", "Voor deelnemers in de vo-fase, hun ouders en het personeel van de school is "
                        "de medezeggenschapsraad van de school het aanspreekpunt; voor de mbo-fase "
                        "zijn dat de studentenraad en de ondernemingsraad van het ROC."),
          ("num", "2.", "Aanvullend spreken partijen af dat de deelnemers in de vo-fase één "
                        "vertegenwoordiger kiezen die met dezelfde rechten als de andere leden zitting "
                        "heeft in de studentenraad van het College ICT & Creatieve Technologie van "
                        "het ROC."),
          ("num", "3.", "De voortgangsnotitie van artikel 5 wordt ook toegezonden aan de "
                        "medezeggenschapsraad van de school en aan de studentenraad van het ROC."),

          ("h", "Artikel 9 – Overdracht van middelen"),
          ("num", "1.", "De school draagt met toepassing van artikel 5.42a WVO 2020 voor iedere "
                        "deelnemer in de vo-fase € 1.250 per schooljaar over aan het ROC. Peildatum "
                        "is 1 oktober."),
          ("num", "2.", "Het bedrag is bestemd voor de inzet van ROC-docenten in de vo-fase en voor "
                        "de softwarelicenties van de deelnemers."),
          ("num", "3.", "Het ROC draagt geen bekostiging over aan de school."),
          ("num", "4.", "Het ROC brengt het bedrag in twee termijnen in rekening, in november en in "
                        "april."),

          ("h", "Artikel 10 – Geschillen"),
          ("num", "1.", "Een meningsverschil over de uitvoering van deze overeenkomst wordt eerst in "
                        "de routeregie besproken."),
          ("num", "2.", "Is het na twee weken niet opgelost, dan kan elk van de partijen het voorleggen "
                        "aan een bestuurlijk overleg van de voorzitters van beide colleges van "
                        "bestuur, dat binnen vier weken bijeenkomt."),
          ("num", "3.", "Leidt ook dat niet tot een oplossing, dan schakelen partijen een mediator in "
                        "die is ingeschreven bij de Mediatorsfederatie Nederland."),
          ("num", "4.", "Blijft het geschil daarna bestaan, dan kan elk van de partijen het voorleggen "
                        "aan de bevoegde rechter te Amsterdam."),

          ("h", "Artikel 11 – Toetreding"),
          ("num", "1.", "Een andere vmbo-school of mbo-instelling kan partij worden bij deze "
                        "overeenkomst als beide colleges van bestuur daarmee schriftelijk instemmen en "
                        "de nieuwe partij door ondertekening van een toetredingsverklaring alle "
                        "bepalingen aanvaardt."),
          ("num", "2.", "Toetreding gaat in op 1 augustus. Partijen melden de toetreding gezamenlijk "
                        "bij DUO."),
          ("num", "3.", "Toetreding gaat niet ten koste van de plaatsen van deelnemers die al in de "
                        "route zitten."),

          ("h", "Artikel 12 – Duur, wijziging en beëindiging"),
          ("num", "1.", "Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd."),
          ("num", "2.", "Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur "
                        "ondertekend. De routeregie kan wijzigingen voorstellen; een wijziging die "
                        "lopende cohorten raakt, gaat niet eerder in dan bij het begin van een nieuw "
                        "schooljaar."),
          ("num", "3.", "Elk van de partijen kan de overeenkomst schriftelijk opzeggen tegen 1 "
                        "augustus van enig jaar, met een opzegtermijn van ten minste twaalf maanden."),
          ("num", "4.", "Elk van de partijen kan de overeenkomst ontbinden als de andere partij ernstig "
                        "tekortschiet en dat na een schriftelijke ingebrekestelling met een termijn "
                        "van drie maanden niet herstelt."),
          ("num", "5.", "Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Deelnemers "
                        "die al in de route zitten, ronden haar af volgens deze overeenkomst of "
                        "krijgen, als dat niet kan, een aanbod volgens artikel 7. De artikelen 6, 7, "
                        "9 en 10 blijven daarvoor van kracht."),

          ("h", "Artikel 13 – Melding"),
          ("pl", "Partijen melden de route vóór de start van het eerste cohort gezamenlijk aan de "
                 "minister, door registratie in RIO bij DUO."),

          ("h", "Ondertekening"),
          ("pl", "Aldus overeengekomen en in tweevoud ondertekend te Amsterdam op 30 juni 2025."),
          ("sig", [["Voor de school,", "", "", "drs. N. Boukhari", "voorzitter college van bestuur"]]),
          ("sig", [["Voor het ROC,", "", "", "ir. J.P. de Wilde-Mensah",
                    "voorzitter college van bestuur"]]),
          ]
    write_pdf(path, B, "Samenwerkingsovereenkomst Code West", "ROC Amstelstad",
              footer="SOK doorlopende leerroute Code West – versie 30-06-2025",
              two_column_from=two, size=8.8, margins=1.9)


# --------------------------------------------------------------------------------------------
# 326 - DOCX with real Word auto-numbering; interne regeling of a verticale scholengemeenschap,
#       Oost-Achterhoek, BWI bb -> Timmerman 2
# --------------------------------------------------------------------------------------------

NUM_326 = (
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="Artikel %1"/><w:lvlJc w:val="left"/><w:suff w:val="tab"/>'
    '<w:pPr><w:tabs><w:tab w:val="num" w:pos="1134"/></w:tabs><w:ind w:left="1134" w:hanging="1134"/></w:pPr>'
    '<w:rPr><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="680" w:hanging="680"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="%3."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="1134" w:hanging="454"/></w:pPr></w:lvl>'
)

TEXT_326 = [
    ("title", "Interne regeling doorlopende leerroute Bouw & Hout"),
    ("subtitle", "profiel Bouwen, wonen en interieur (basis) – mbo-opleiding Timmerman (niveau 2)"),
    ("p", "Het college van bestuur van Stichting Vakcampus Oost-Achterhoek,"),
    ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, "
          "derde lid, van de Wet educatie en beroepsonderwijs;"),
    ("p", "overwegende dat de stichting het bevoegd gezag is van de verticale scholengemeenschap "
          "Vakcampus Oost-Achterhoek, waarin een school voor voorbereidend beroepsonderwijs "
          "(vmbo-afdeling, locatie Groenlo) en een instelling voor beroepsonderwijs (mbo-afdeling, "
          "locatie Lichtenvoorde) zijn verenigd, zodat de doorlopende leerroute geheel binnen één "
          "rechtspersoon wordt verzorgd en in plaats van een samenwerkingsovereenkomst een interne "
          "regeling wordt vastgesteld;"),
    ("p", "gehoord de gemeenschappelijke medezeggenschapsraad;"),
    ("p", "stelt de volgende regeling vast."),

    ("h", "Begripsbepalingen"),
    ("1", "In deze regeling wordt verstaan onder:"),
    ("2", "route: de doorlopende leerroute vmbo-mbo Bouw & Hout;"),
    ("2", "vmbo-afdeling: de afdeling voor voorbereidend middelbaar beroepsonderwijs van de "
          "Vakcampus, locatie Groenlo;"),
    ("2", "mbo-afdeling: de afdeling voor middelbaar beroepsonderwijs van de Vakcampus, locatie "
          "Lichtenvoorde;"),
    ("2", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
          "examenregeling van de route;"),
    ("2", "sectordirecteur: de sectordirecteur Techniek van de stichting."),

    ("h", "Route en opleiding"),
    ("1", "De route verbindt het profiel Bouwen, wonen en interieur van de basisberoepsgerichte "
          "leerweg met de mbo-opleiding Timmerman, niveau 2, uit het kwalificatiedossier Timmeren, "
          "in de beroepsopleidende leerweg."),
    ("1", "De route beslaat vier leerjaren: het derde en vierde leerjaar van het vmbo en twee "
          "leerjaren mbo. Het vmbo-examen wordt afgelegd aan het eind van het tweede leerjaar van de "
          "route."),
    ("1", "Leerlingen melden zich in het tweede leerjaar van het vmbo aan voor de route. Na een "
          "gesprek met de leerling en zijn ouders volgt een besluit over toelating."),

    ("h", "Inbreng van de bouwbedrijven"),
    ("1", "De route wordt ingevuld samen met de Bouwkring Oost-Achterhoek, de vereniging van "
          "aannemers en timmerbedrijven in de gemeenten Oost Gelre, Berkelland en Winterswijk. De "
          "Bouwkring wijst elk schooljaar ten minste zes lidbedrijven aan die actief aan de route "
          "meedoen; in het schooljaar 2025-2026 zijn dat onder meer Aannemersbedrijf Wolters & Zn. "
          "te Eibergen en Timmerfabriek Te Brake te Groenlo."),
    ("1", "De deelnemende bedrijven:"),
    ("2", "ontvangen iedere leerling in het eerste leerjaar van de route voor een "
          "kennismakingsstage van vijf dagen;"),
    ("2", "organiseren per schooljaar twee bouwplaatsbezoeken;"),
    ("2", "bieden in de mbo-fase plaatsen voor de beroepspraktijkvorming als erkend leerbedrijf;"),
    ("2", "leveren vakmensen die samen met de examinator de proeven van bekwaamheid beoordelen."),
    ("1", "Eenmaal per jaar, in maart, bespreken de routeleiders het programma met het bestuur van "
          "de Bouwkring. Het advies van de Bouwkring wordt betrokken bij de vaststelling van het "
          "PTA/OER."),

    ("h", "Leiding van de route"),
    ("1", "De dagelijkse leiding over de route berust bij twee routeleiders: één docent uit het "
          "vmbo-team Bouwen, wonen en interieur en één docent uit het mbo-team Bouw & Hout. Zij "
          "vervullen deze rol telkens voor twee schooljaren en hebben daarvoor ieder 80 klokuren "
          "per schooljaar in hun taakbeleid."),
    ("1", "De routeleiders hebben de volgende taken:"),
    ("2", "het opstellen van het concept-PTA/OER en van het jaarrooster van de route;"),
    ("2", "het plannen van de inzet van docenten en praktijkinstructeurs uit beide teams;"),
    ("2", "het voeren van de intakegesprekken en het adviseren over toelating;"),
    ("2", "het onderhouden van de contacten met de Bouwkring en de leerbedrijven;"),
    ("2", "het volgen van de voortgang van iedere leerling en het organiseren van het "
          "overstapgesprek, bedoeld in artikel 7."),
    ("1", "De routeleiders beslissen zelfstandig over de roosters, de groepsindeling, de inzet van "
          "gastdocenten uit de Bouwkring en de besteding van het routebudget tot een bedrag van "
          "€ 15.000 per schooljaar. Over de toelating van leerlingen beslist de sectordirecteur op "
          "hun advies."),
    ("1", "Besluiten die buiten deze bevoegdheden vallen, leggen de routeleiders voor aan de "
          "sectordirecteur."),

    ("h", "Informatie aan het college van bestuur"),
    ("1", "De routeleiders stellen na afloop van elk kwartaal een schriftelijke voortgangsrapportage "
          "op met ten minste de aantallen leerlingen, het verzuim, de uitval en de "
          "studieresultaten. De sectordirecteur legt deze rapportage binnen drie weken voor aan het "
          "college van bestuur."),
    ("1", "Jaarlijks vóór 1 oktober bieden de routeleiders het college van bestuur een "
          "evaluatieverslag over het afgelopen schooljaar aan en lichten zij dit mondeling toe in het "
          "directieoverleg."),

    ("h", "Organisatie van het onderwijs"),
    ("1", "De lessen in de vo-fase worden gegeven op de locatie Groenlo, die in de mbo-fase op de "
          "locatie Lichtenvoorde. Vanaf het tweede leerjaar van de route volgen leerlingen één dag "
          "per week les in Lichtenvoorde."),
    ("1", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar worden "
          "beschreven in het PTA/OER, dat het college van bestuur elk jaar vóór 1 juli vaststelt. "
          "Daarin staat per onderdeel of het tot het vmbo, het mbo of tot beide behoort."),
    ("1", "De route wordt verzorgd door één docententeam, samengesteld uit de docenten Bouwen, "
          "wonen en interieur, Nederlands en wiskunde van de vmbo-afdeling en de docenten en "
          "praktijkinstructeurs timmeren van de mbo-afdeling. De mbo-instructeurs geven vanaf het "
          "eerste leerjaar van de route één dagdeel per week les."),
    ("1", "Voor het vakoverstijgende onderdeel Bouwproject in de eerste twee leerjaren van de route "
          "wordt gebruikgemaakt van de teambevoegdheid van artikel 7.13a WVO 2020 en artikel 9.1.12 "
          "WEB. Het team dekt samen alle betrokken vakken; ieder teamlid is verantwoordelijk voor het "
          "deel waarvoor hij bevoegd is."),
    ("1", "De docenten van beide teams volgen elk schooljaar ten minste één gezamenlijke studiedag "
          "over de route."),
    ("1", "De leerling staat de eerste twee leerjaren van de route ingeschreven bij de "
          "vmbo-afdeling en daarna bij de mbo-afdeling. Verzuim wordt in de vo-fase door de "
          "vmbo-afdeling en in de mbo-fase door de mbo-afdeling gemeld."),
    ("1", "Klachten worden behandeld volgens de klachtenregeling van de stichting."),

    ("h", "Overstapmogelijkheden"),
    ("1", "Een leerling die in het eerste of tweede leerjaar van de route stopt, gaat verder in de "
          "reguliere basisberoepsgerichte leerweg van de vmbo-afdeling, in het profiel Bouwen, wonen "
          "en interieur of, als hij dat wil, in het profiel Produceren, installeren en energie, en "
          "werkt toe naar het vmbo-diploma."),
    ("1", "Een leerling die aan het eind van het tweede leerjaar van de route is afgewezen voor het "
          "vmbo-examen, kan het examenjaar overdoen of doorstromen naar een andere opleiding op "
          "niveau 2 van de mbo-afdeling, zoals Metselaar of Schilder. De vooropleidingseisen gelden "
          "daarbij niet."),
    ("1", "Een student die in de mbo-fase van richting wil veranderen, kan binnen de mbo-afdeling "
          "overstappen naar een andere opleiding op niveau 2. Wil hij naar een andere instelling, "
          "dan helpt de mbo-afdeling hem bij de aanmelding en bij het geschiktheidsonderzoek van "
          "die instelling."),
    ("1", "Over het passende vervolg beslissen de afdelingsleider van de vmbo-afdeling en de "
          "opleidingsmanager van de mbo-afdeling gezamenlijk, na een overstapgesprek met de "
          "leerling en zijn ouders. Zij wegen daarbij het onderwijsniveau dat de leerling heeft "
          "bereikt en zijn leeftijd. Het besluit wordt binnen drie weken schriftelijk meegedeeld."),
    ("1", "De uitwerking wordt opgenomen in de schoolgids van de vmbo-afdeling en in de studiegids "
          "van de mbo-afdeling."),

    ("h", "Geen overdracht van bekostiging"),
    ("1", "Omdat de vmbo-afdeling en de mbo-afdeling tot dezelfde rechtspersoon behoren, wordt geen "
          "bekostiging overgedragen als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB."),
    ("1", "De kosten van de route worden in de begroting van de stichting aan de afdelingen "
          "toegerekend naar rato van de ingezette uren."),

    ("h", "Melding, vaststelling en inwerkingtreding"),
    ("1", "Het college van bestuur meldt de route bij DUO door registratie in RIO."),
    ("1", "Het college van bestuur kan deze regeling wijzigen na advies van de gemeenschappelijke "
          "medezeggenschapsraad."),
    ("1", "Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: Interne "
          "regeling DLR Bouw & Hout."),

    ("p", "Aldus vastgesteld door het college van bestuur van Stichting Vakcampus Oost-Achterhoek "
          "te Lichtenvoorde op 30 juni 2025."),
    ("p", "drs. H.J. Klein Gunnewiek, voorzitter college van bestuur"),
    ("p", "ing. A. Meulenbelt, lid college van bestuur"),
]


@register(
    326, "326_interne_regeling_autonummering_vsg_achterhoek_timmerman", "docx",
    "DOCX interne regeling of a verticale scholengemeenschap (one bevoegd gezag), real Word "
    "auto-numbering ('Artikel %1' and '%1.%2' only in numbering.xml); Oost-Achterhoek, BWI bb -> "
    "Timmerman 2. Leiding written at length (two routeleiders, tasks, mandate) but nobody "
    "designates or appoints them; inrichting has locations, PTA/OER, staff and teambevoegdheid but "
    "no facilities. h, i, j not required.",
    "p p w p w p p na na na",
    {"a": "Route en opleiding", "b": "Inbreng van de bouwbedrijven",
     "d": "Informatie aan het college van bestuur", "f": "Overstapmogelijkheden",
     "g": "Geen overdracht van bekostiging"})
def build_326(path):
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = new_docx("Arial", 10)
    add_numbering(d, NUM_326, 40, 40)
    for kind, text in TEXT_326:
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "subtitle":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(14)
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            set_num(p, 40, 0)
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
        elif kind == "1":
            p = d.add_paragraph(text)
            set_num(p, 40, 1)
        elif kind == "2":
            p = d.add_paragraph(text)
            set_num(p, 40, 2)
        else:
            d.add_paragraph(text)
    save_docx(d, path, "Interne regeling DLR Bouw & Hout", "Vakcampus Oost-Achterhoek")


# --------------------------------------------------------------------------------------------
# 327 - TXT, letter signed by both boards, prose without headings; Zeeuws-Vlaanderen,
#       PIE kb -> Operator B 3
# --------------------------------------------------------------------------------------------

def _wrap_paragraphs(paras, width=92):
    import textwrap
    out = []
    for para in paras:
        if para.startswith("|"):          # keep short lines as they are
            out.append(para[1:])
        else:
            out.append(textwrap.fill(para, width=width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n\n".join(out)


TEXT_327 = [
    "|Stichting Voortgezet Onderwijs Kanaalzone\nBestuursbureau\nAxelsestraat 112\n4537 AK Terneuzen",
    "|Aan het college van bestuur van Stichting ROC Westerschelde\nt.a.v. mevrouw ir. C.M. "
    "Verstraete-de Bruijne, voorzitter\nPostbus 1150\n4530 GD Terneuzen",
    "|Terneuzen, 30 juni 2025\nOns kenmerk: BB/2025/0412\nBetreft: afspraken doorlopende leerroute "
    "Procesoperator Kanaalzone",
    "|Geachte mevrouw Verstraete,",
    "Na onze gesprekken van dit voorjaar leggen wij in deze brief vast wat onze beide besturen hebben "
    "afgesproken over de doorlopende leerroute vmbo-mbo die het Scheldemond Vakcollege en uw ROC vanaf "
    "1 augustus 2025 samen verzorgen. Wij hebben de brief zo opgesteld dat hij, zodra u hem voor "
    "akkoord hebt medeondertekend, geldt als de samenwerkingsovereenkomst die artikel 2.107b van de "
    "Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs "
    "voorschrijven. Waar hierna 'wij' staat, bedoelen wij onze twee besturen samen; 'de school' is "
    "het Scheldemond Vakcollege, waarvan Stichting Voortgezet Onderwijs Kanaalzone het bevoegd gezag "
    "is, en 'het ROC' is ROC Westerschelde.",
    "De route is bedoeld voor leerlingen van de kaderberoepsgerichte leerweg die op de school het "
    "profiel Produceren, installeren en energie volgen. Zij worden in vijf jaar opgeleid tot het "
    "vmbo-diploma en het mbo-diploma Operator B, niveau 3, in de beroepsopleidende leerweg, binnen "
    "het opleidingsdomein Procestechniek van het ROC. Het vmbo-examen ligt aan het einde van het "
    "tweede routejaar; vanaf het derde routejaar staan de leerlingen als student bij het ROC "
    "ingeschreven.",
    "De procesbedrijven in de Kanaalzone zijn vanaf het begin bij de route betrokken. Via de "
    "Stichting Procesindustrie Kanaalzone hebben Nitrovaart B.V. in Sluiskil, Axelse Polymeren B.V. "
    "en Scheldeterminal Chemie B.V. toegezegd dat zij iedere leerling in het eerste routejaar een dag "
    "laten meelopen met een ploeg in de controlekamer, in de mbo-fase plaatsen voor de "
    "beroepspraktijkvorming bieden met een vaste praktijkopleider, elk jaar een veiligheidstraining "
    "laten verzorgen door hun eigen veiligheidskundigen en als tweede beoordelaar meedoen aan de "
    "proeven van bekwaamheid. Twee keer per jaar lopen hun opleidingsadviseurs met onze docenten het "
    "programma door in de programmaraad procestechniek, waarin ook een adviseur van SBB zit; het "
    "advies van die raad nemen wij mee bij de vaststelling van het PTA/OER.",
    "De dagelijkse sturing van de route leggen wij bij een kernteam van drie mensen: de teamleider "
    "techniek van de school, de opleidingsmanager procestechniek van het ROC en een routecoördinator "
    "die in beide organisaties lesgeeft. Ieder bestuur wijst zijn eigen vertegenwoordiger in het "
    "kernteam aan; de routecoördinator benoemen wij samen, telkens voor twee schooljaren. Het "
    "kernteam stelt het jaarprogramma en het rooster op, verdeelt de lesuren over de docenten van "
    "school en ROC, beslist over de toelating van leerlingen en onderhoudt de contacten met de "
    "bedrijven. Over die zaken mag het kernteam zelf besluiten zolang het binnen de routebegroting "
    "blijft die wij elk jaar in juni vaststellen; uitgaven daarbuiten, besluiten over personeel en "
    "alles wat deze afspraken verandert, legt het kernteam aan ons voor.",
    "Twee keer per jaar, uiterlijk 15 november en 15 mei, stuurt het kernteam ons allebei een korte "
    "schriftelijke stand van zaken: hoeveel leerlingen zijn ingestroomd, doorgestroomd en uitgevallen, "
    "hoe de examens zijn verlopen, wat er met de bedrijven is gedaan en hoe de begroting ervoor staat. "
    "In juni schuift het kernteam aan bij een gezamenlijk bestuurlijk overleg, waar het verantwoording "
    "aflegt over het afgelopen schooljaar en het jaarprogramma voor het volgende jaar toelicht.",
    "Over de uitvoering hebben wij het volgende afgesproken. De eerste twee routejaren krijgen de "
    "leerlingen les in het gebouw van de school aan de Oude Vaart; op woensdag zijn zij op de "
    "techniekcampus van het ROC in Terneuzen-Noord. De mbo-fase speelt zich helemaal op de campus af. "
    "School en ROC beschrijven samen, per leerjaar, het onderwijsprogramma, de examinering en de "
    "beroepspraktijkvorming in één PTA/OER, dat wij vóór 1 juni van elk jaar vaststellen en waarin per "
    "onderdeel staat of het vmbo, mbo of gecombineerd is. De docenten van beide kanten vormen één "
    "team: vanuit de school de docenten PIE, natuur- en scheikunde en wiskunde, vanuit het ROC twee "
    "docenten procestechniek en een praktijkinstructeur. In het vakoverstijgende project 'Fabriek in "
    "het klein' in de vo-fase werken zij als team met teambevoegdheid (artikel 7.13a WVO 2020 en "
    "artikel 9.1.12 WEB), ieder verantwoordelijk voor het deel waarvoor hij bevoegd is. Iedereen "
    "blijft in dienst van zijn eigen werkgever. Het ROC stelt zijn procestrainingsinstallatie en de "
    "simulatorruimte beschikbaar, de school haar practicumlokaal scheikunde en het PIE-lokaal; voor "
    "dat gebruik brengen wij elkaar niets in rekening. Een klacht over een docent van het ROC die bij "
    "de school binnenkomt, handelt de school af met medewerking van het ROC, en omgekeerd.",
    "Niet iedere leerling zal de route afmaken. Wie in de eerste twee routejaren stopt, gaat verder in "
    "de gewone kaderberoepsgerichte leerweg van de school, zo mogelijk in hetzelfde profiel, en haalt "
    "daar zijn vmbo-diploma. Wie aan het eind van het tweede routejaar geen vmbo-diploma heeft, kan "
    "het examenjaar overdoen of bij het ROC verder gaan in een andere opleiding op niveau 2 of 3 die "
    "bij zijn resultaten past, zonder dat de vooropleidingseisen hem tegenhouden. Wie in de mbo-fase "
    "merkt dat procestechniek niet bij hem past, kan bij het ROC overstappen naar een andere opleiding "
    "op niveau 3, zoals Eerste monteur elektrotechnische installaties, of krijgt hulp bij een overstap "
    "naar een andere instelling, die hem na een geschiktheidsonderzoek kan toelaten. In al deze "
    "gevallen beslissen de teamleider van de school en de opleidingsmanager van het ROC samen, na een "
    "gesprek met de leerling en zijn ouders, welk vervolg het beste past; zij kijken daarbij naar wat "
    "de leerling al heeft bereikt en naar zijn leeftijd. De school beschrijft deze werkwijze in haar "
    "schoolgids.",
    "Geld gaat er tussen onze besturen niet over en weer: er wordt geen bekostiging overgedragen als "
    "bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Ieder draagt de kosten van de eigen "
    "docenten en voorzieningen.",
    "Voor de medezeggenschap blijft de hoofdregel staan: in de vo-fase de medezeggenschapsraad van de "
    "school, in de mbo-fase de studentenraad en de ondernemingsraad van het ROC. Daarnaast spreken wij "
    "af dat de leerlingen in de vo-fase één vertegenwoordiger mogen afvaardigen naar de studentenraad "
    "van de techniekcampus, en dat de medezeggenschapsraad en de studentenraad elk voorjaar samen een "
    "avond over de route houden, waarvoor het kernteam wordt uitgenodigd. Voorstellen om het PTA/OER "
    "ingrijpend te wijzigen, leggen wij aan beide raden voor advies voor.",
    "Mochten wij het over de uitvoering van deze afspraken niet eens worden, dan bespreekt eerst het "
    "kernteam het probleem. Lukt het daar niet binnen een maand, dan praten wij als besturen er samen "
    "over. Komen wij er ook dan niet uit, dan leggen wij het verschil voor aan een onafhankelijke "
    "mediator die wij samen kiezen. Brengt de mediation binnen drie maanden geen oplossing, dan kan "
    "ieder van ons de zaak voorleggen aan de rechtbank Zeeland-West-Brabant.",
    "Andere scholen in Zeeuws-Vlaanderen kunnen later aansluiten. Dat kan als beide besturen daarmee "
    "schriftelijk instemmen, de nieuwe school of instelling deze afspraken in een "
    "toetredingsverklaring onderschrijft en de aansluiting bij DUO wordt gemeld; zij gaat in bij het "
    "begin van een schooljaar. Deze afspraken gelden voor onbepaalde tijd. Wijzigen doen wij alleen "
    "schriftelijk, met de handtekening van ons beiden, en nooit eerder dan met ingang van een nieuw "
    "schooljaar, zodat leerlingen er midden in het jaar geen last van hebben. Opzeggen kan ieder van "
    "ons per brief, tegen 1 augustus, met een termijn van ten minste een vol schooljaar; bij een "
    "ernstige tekortkoming die na een schriftelijke aanmaning niet binnen drie maanden is hersteld, "
    "kan de ander de samenwerking ontbinden. Na opzegging of ontbinding nemen wij geen nieuwe "
    "leerlingen meer aan; wie al in de route zit, maakt haar af zoals in deze brief beschreven, of "
    "krijgt een overstap zoals hierboven is afgesproken.",
    "Wij melden de route samen aan bij DUO, door registratie in RIO. Wilt u beide exemplaren van deze "
    "brief voor akkoord ondertekenen en er één aan ons terugsturen?",
    "|Met vriendelijke groet,\nnamens het bestuur van Stichting Voortgezet Onderwijs Kanaalzone\n\n\n"
    "drs. M.J. de Kraker\nbestuurder",
    "|Voor akkoord,\nnamens het college van bestuur van Stichting ROC Westerschelde\n"
    "Terneuzen, 3 juli 2025\n\n\nir. C.M. Verstraete-de Bruijne\nvoorzitter college van bestuur",
]


@register(
    327, "327_brief_voor_akkoord_zonder_kopjes_kanaalzone_operator", "txt",
    "TXT letter from one board, countersigned 'voor akkoord' by the other, which makes it the "
    "agreement; plain prose without headings, 'wij' = both boards; Zeeuws-Vlaanderen, PIE kb -> "
    "Operator B 3. Fully compliant: kernteam with appointment and mandate, twice-yearly written "
    "report plus June overleg, procesbedrijven with concrete roles, explicitly no transfer, extra "
    "seat in studentenraad, mediation then rechtbank, toetreding/opzegging/wijziging with pupil "
    "protection.",
    "p p p p p p p p p p",
    {"a": "De route is bedoeld voor leerlingen van de kaderberoepsgerichte leerweg",
     "b": "De procesbedrijven in de Kanaalzone zijn vanaf het begin bij de route betrokken.",
     "c": "De dagelijkse sturing van de route leggen wij bij een kernteam",
     "d": "Twee keer per jaar, uiterlijk 15 november en 15 mei",
     "e": "Over de uitvoering hebben wij het volgende afgesproken.",
     "f": "Niet iedere leerling zal de route afmaken.",
     "g": "Geld gaat er tussen onze besturen niet over en weer",
     "h": "Voor de medezeggenschap blijft de hoofdregel staan",
     "i": "Mochten wij het over de uitvoering van deze afspraken niet eens worden",
     "j": "Andere scholen in Zeeuws-Vlaanderen kunnen later aansluiten."})
def build_327(path):
    write_text(path, _wrap_paragraphs(TEXT_327))


# --------------------------------------------------------------------------------------------
# 328 - Markdown, headings phrased as questions; small vakinstelling (bakery), Gelderse Vallei
# --------------------------------------------------------------------------------------------

TEXT_328 = """
# Samenwerkingsovereenkomst doorlopende leerroute ‘Van deeg tot diploma’

*Rijnvallei College (vmbo, Veenendaal) en Vakschool Brood & Banket (Ede)*

**Partijen**

1. Stichting Christelijk Voortgezet Onderwijs Rijnvallei, bevoegd gezag van het Rijnvallei College,
   gevestigd te Veenendaal, vertegenwoordigd door de heer G. van Ravenswaaij, bestuurder
   (hierna: *de school*);
2. Stichting Vakschool Brood & Banket, vakinstelling voor middelbaar beroepsonderwijs, gevestigd
   te Ede, vertegenwoordigd door mevrouw J.A. Hooijer, directeur-bestuurder
   (hierna: *de Vakschool*).

Wij leggen hieronder in vragen en antwoorden vast wat we samen afspreken. De antwoorden binden
ons allebei; waar ‘we’ of ‘wij’ staat, zijn dat de school en de Vakschool samen.

## Welke route bieden we samen aan?

Leerlingen van de kaderberoepsgerichte leerweg van de school die in de bovenbouw voor het
bakkersvak kiezen, kunnen vanaf leerjaar 3 de route volgen. Zij volgen in de eerste twee jaar het
beroepsgerichte programma van de school, met veel praktijk bij de Vakschool, en doen aan het eind
van leerjaar 4 examen. Daarna gaan zij door in de mbo-opleiding **Allround bakker, niveau 3 (BOL)**
van de Vakschool. De hele route duurt vijf jaar.

## Hoe doen bakkerijen mee?

Vijf ambachtelijke bakkerijen uit de Gelderse Vallei doen mee: Bakkerij Van de Haar (Ede), Warme
Bakker Gerritsen (Veenendaal), Banketbakkerij De Suikerij (Wageningen), Bakkerij Hol (Barneveld)
en Broodhuys Renswoude. Zij:

- laten leerlingen vanaf leerjaar 3 eens per maand op zaterdagochtend meedraaien in de winkel en
  de bakkerij;
- geven ieder schooljaar ten minste één gastles in de leerbakkerij;
- leveren de opdracht voor het eindproject van de vo-fase;
- bieden in de mbo-fase plaatsen voor de beroepspraktijkvorming als door SBB erkend leerbedrijf;
- beoordelen mee bij de proeven van bekwaamheid.

De bakkers komen twee keer per jaar met de leiding van de route bijeen in het *bakkersberaad*. Dat
beraad geeft advies over het programma en over de keuzedelen; we reageren altijd schriftelijk op
dat advies.

## Wie heeft de leiding?

De route wordt geleid door een duo: de afdelingsleider bovenbouw van de school en de
onderwijsmanager van de Vakschool. De bestuurder van de school wijst de afdelingsleider voor deze
rol aan, de directeur-bestuurder van de Vakschool de onderwijsmanager. Het duo:

- stelt elk jaar het routeplan en het rooster op;
- beslist over de toelating van leerlingen tot de route;
- verdeelt de lesuren over de docenten van beide partijen;
- onderhoudt het contact met de bakkerijen en zit het bakkersberaad voor;
- beheert het routebudget.

Het duo beslist zelf binnen het routebudget. Wat meer kost, en alles wat personeel of deze
overeenkomst raakt, legt het duo aan beide besturen voor.

## Hoe weten de besturen hoe het gaat?

Het duo stuurt beide besturen elk jaar vóór 1 december een schriftelijk verslag over het afgelopen
schooljaar: instroom, uitval en doorstroom, examenresultaten, ervaringen van bakkerijen en
leerlingen en de uitgaven. In februari en in juni overleggen het duo en beide bestuurders; het duo
legt daar verantwoording af en de besturen sturen zo nodig bij.

## Waar en door wie wordt lesgegeven?

- **Plaats.** In de vo-fase krijgen leerlingen de algemene vakken op de school in Veenendaal en
  vanaf leerjaar 3 twee dagen per week praktijk in de leerbakkerij van de Vakschool in Ede. De
  mbo-fase is helemaal bij de Vakschool.
- **Programma.** Het onderwijsprogramma en de examinering per leerjaar staan in een gezamenlijk
  PTA/OER dat beide besturen elk jaar vóór 1 juni vaststellen.
- **Mensen.** De school zet haar docenten Nederlands, rekenen en Engels in en de beroepsgerichte
  docent voeding; de Vakschool twee meester-bakkers als praktijkdocent. Zij vormen één team. Voor
  het project ‘Eigen bakkerswinkel’ in leerjaar 3 en 4 werken zij met teambevoegdheid (artikel
  7.13a WVO 2020); ieder blijft verantwoordelijk voor wat hij mag geven.
- **Ruimtes en spullen.** De Vakschool stelt haar leerbakkerij met ovens, deegmachines en
  grondstoffen ter beschikking; de school haar praktijkkeuken en een lesruimte voor de
  theorielessen van de Vakschool.
- **Klachten.** Een klacht over een docent van de ene partij die bij de andere binnenkomt, handelen
  we samen af volgens de klachtenregeling van de partij waar de klacht is ingediend.

## Wat als de route niet bij een leerling past?

- Wie in leerjaar 3 of 4 stopt, gaat verder in het gewone programma van de kaderberoepsgerichte
  leerweg van de school en haalt daar het vmbo-diploma.
- Wie aan het eind van leerjaar 4 geen vmbo-diploma heeft, kan het examenjaar overdoen, of toch
  beginnen aan een opleiding van de Vakschool op niveau 2 of 3 die bij zijn resultaten past, zoals
  Bakker (niveau 2). Vooropleidingseisen gelden dan niet.
- Wie in de mbo-fase merkt dat het vak hem niet ligt, kan binnen de Vakschool overstappen naar
  Allround banketbakker (niveau 3) of krijgt hulp bij de overstap naar een opleiding op hetzelfde
  niveau bij een ROC in de regio, dat hem na een geschiktheidsonderzoek kan toelaten.

Welk vervolg het wordt, bepalen de afdelingsleider en de onderwijsmanager samen, na een gesprek
met de leerling en zijn ouders. Zij kijken naar het niveau dat de leerling heeft bereikt en naar
zijn leeftijd. De school zet deze werkwijze in de schoolgids.

## Wie draagt welke kosten?

De school draagt voor elke leerling in de vo-fase per schooljaar **€ 1.400** van haar bekostiging
over aan de Vakschool (artikel 5.42a WVO 2020). Dat bedrag is voor de praktijklessen in de
leerbakkerij: grondstoffen, energie en de inzet van de praktijkdocenten. De Vakschool stuurt in
oktober een factuur. In de mbo-fase gaat er geen geld over en weer.

## Hoe regelen we de medezeggenschap?

[Nog in te vullen na overleg met de medezeggenschapsraad van de school en de studentenraad van de
Vakschool – voorstel volgt vóór 1 november 2025.]

## Wat doen we als we het oneens zijn?

Dan praten we erover. We zijn twee kleine organisaties die elkaar goed kennen, en we lossen
meningsverschillen over deze afspraken altijd in goed onderling overleg op.

## Kan er een school bij, en hoe stoppen of veranderen we?

- Een andere vmbo-school of mbo-instelling kan meedoen als wij allebei schriftelijk instemmen en de
  nieuwe partner deze overeenkomst mede ondertekent. Zij doet mee vanaf 1 augustus en we melden dat
  samen bij DUO.
- Veranderen doen we alleen schriftelijk, met de handtekening van beide bestuurders.
- De overeenkomst loopt vijf jaar en wordt daarna steeds met vijf jaar verlengd, tenzij een van ons
  opzegt. Opzeggen gaat schriftelijk, tegen het einde van een schooljaar, met een termijn van ten
  minste één jaar.
- Na een opzegging stromen er geen nieuwe leerlingen meer in. Leerlingen die al in de route zitten,
  maken haar in ieder geval af.

## Melden we de route?

Ja. We melden de route samen bij DUO, door registratie in RIO.

---

Aldus overeengekomen te Ede op 30 juni 2025.

| Voor de school | Voor de Vakschool |
|---|---|
| G. van Ravenswaaij, bestuurder | J.A. Hooijer, directeur-bestuurder |
"""


@register(
    328, "328_vraagkoppen_markdown_vakschool_bakkerij_vallei", "md",
    "Markdown with every heading phrased as a question, plain 'we' voice; small vakinstelling "
    "(bakery) with a Veenendaal vmbo, Gelderse Vallei, kb -> Allround bakker 3. The vmbo profiel is "
    "never named (only 'kaderberoepsgerichte leerweg ... voor het bakkersvak'); medezeggenschap is a "
    "bracketed placeholder; disputes only 'in goed onderling overleg'. Rest present, incl. EUR 1.400 "
    "per pupil with bestemming.",
    "w p p p p p p w w p",
    {"b": "Hoe doen bakkerijen mee?", "c": "Wie heeft de leiding?",
     "d": "Hoe weten de besturen hoe het gaat?", "e": "Waar en door wie wordt lesgegeven?",
     "f": "Wat als de route niet bij een leerling past?", "g": "Wie draagt welke kosten?",
     "j": "Kan er een school bij, en hoe stoppen of veranderen we?"})
def build_328(path):
    write_text(path, TEXT_328)


# --------------------------------------------------------------------------------------------
# 329 - DOCX, short main text + annex table 'Afsprakenkaart'; the overstap sits in a text box;
#       Bommelerwaard, vmbo + AOC, Groen kb -> Vakbekwaam hovenier 3
# --------------------------------------------------------------------------------------------

ANNEX_329 = [
    ("Nr. en onderwerp", "Afspraak"),
    ("A1 Route en opleiding",
     "De route verbindt het profiel Groen in de kaderberoepsgerichte leerweg van het Maasdijk "
     "College met de mbo-opleiding Vakbekwaam hovenier, niveau 3, BOL (kwalificatiedossier "
     "Hovenier, opleidingsdomein Voedsel, natuur en leefomgeving) van het AOC. De route duurt vijf "
     "jaar: twee jaar vo-fase en drie jaar mbo-fase. Het vmbo-examen valt aan het eind van het "
     "tweede routejaar."),
    ("A2 Groene bedrijven",
     "Het Hoveniersgilde Bommelerwaard-Tielerwaard en de afdeling groenbeheer van de gemeente "
     "Zaltbommel zijn partner van de route. Deelnemende bedrijven zijn in elk geval "
     "Groenvoorziening Van Mourik (Brakel), Tuinen De Waard (Zaltbommel) en Boomkwekerij Hurwenen. "
     "Zij: (1) ontvangen leerlingen in de vo-fase op vijf praktijkdagen per schooljaar; (2) leveren "
     "elk jaar een levensechte opdracht, zoals de aanleg van een stuk openbaar groen; (3) bieden "
     "vanaf het derde routejaar bpv-plaatsen als door SBB erkend leerbedrijf; (4) leveren "
     "praktijkbeoordelaars voor de proeven van bekwaamheid; (5) adviseren twee keer per jaar over "
     "het programma in de groene klankbordgroep, die door de routeleider wordt bijeengeroepen."),
    ("A3 Aansturing",
     "De route wordt aangestuurd door het routeteam: de teamleider vmbo Groen van de school, de "
     "opleidingsmanager Hovenier van het AOC en de routeleider, die het team voorzit. De school en "
     "het AOC wijzen ieder hun eigen lid aan. De routeleider wordt door beide besturen gezamenlijk "
     "aangesteld voor vier schooljaren, na een interne vacature onder docenten van beide partijen. "
     "Het routeteam is belast met het opstellen van de routegids en het jaarrooster, de toelating "
     "van leerlingen, de inzet van docenten en instructeurs, het contact met de groene bedrijven en "
     "het beheer van het routebudget. Het neemt daarover zelf besluiten. Beslissingen over "
     "personeel, over uitgaven boven het routebudget en over deze overeenkomst nemen de besturen."),
    ("A4 Verslag aan de besturen",
     "Het routeteam levert elk kwartaal aan beide besturen een overzicht van kengetallen (in-, door- "
     "en uitstroom, verzuim, bpv-plaatsingen). Vóór 15 oktober volgt een jaarverslag over het "
     "afgelopen schooljaar. Het routeteam licht dat toe en legt verantwoording af in het bestuurlijk "
     "overleg, dat twee keer per jaar plaatsvindt (oktober en april)."),
    ("A5 Onderwijs, personeel en voorzieningen",
     "Plaats: de vo-fase op het Maasdijk College in Zaltbommel, met één dag per week op het "
     "praktijkterrein van het AOC aan de Waalbandijk; de mbo-fase op de AOC-locatie Tiel. "
     "Programma: het onderwijsprogramma, de examinering en de bpv per leerjaar staan in de "
     "routegids (PTA/OER), die beide besturen vóór 1 juni vaststellen. Personeel: de school zet "
     "haar docenten groen en biologie in, het AOC docenten hovenier en een instructeur "
     "groentechniek; zij vormen één team en werken in het project Tuinontwerp en aanleg met "
     "teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB). Iedereen blijft in dienst van "
     "de eigen werkgever. Voorzieningen: het AOC stelt zijn kassen, het machinepark (minigraver, "
     "bosmaaiers, trilplaat) en de bijbehorende veiligheidsinstructie ter beschikking; de school "
     "haar groenlokaal en de schooltuin. Klachten over een medewerker van de andere partij worden "
     "behandeld door de partij waar de klacht binnenkomt, met medewerking van de andere."),
    ("A6 Voortijdig verlaten",
     "Zie het kader bij artikel 3 van de overeenkomst."),
    ("A7 Middelen",
     "Partijen dragen geen bekostiging aan elkaar over. Ieder draagt de eigen kosten; het gebruik "
     "van elkaars voorzieningen volgens A5 is kosteloos."),
    ("A8 Inspraak",
     "Partijen spreken af dat wijzigingen in de routegids die de vo-fase raken, voor advies worden "
     "voorgelegd aan de medezeggenschapsraad van de school, en wijzigingen die de mbo-fase raken aan "
     "de studentenraad van het AOC. Leerlingen in de vo-fase worden uitgenodigd voor het jaarlijkse "
     "studentenpanel Groen van het AOC en hun ouders voor de ouderavond van het AOC."),
    ("A9 Verschil van inzicht",
     "(1) Het routeteam probeert een verschil van inzicht over de uitvoering van deze overeenkomst "
     "eerst zelf op te lossen. (2) Lukt dat niet binnen drie weken, dan volgt een bestuurlijk overleg "
     "binnen dertig dagen. (3) Daarna legt elk van de partijen de zaak voor aan een commissie van "
     "drie personen, die bindend adviseert; iedere partij benoemt één lid en die twee kiezen samen de "
     "voorzitter. De kosten worden gedeeld."),
    ("A10 Nieuwe partners, wijziging en einde",
     "Een andere school of instelling kan partij worden met schriftelijke instemming van beide "
     "besturen, door ondertekening van een toetredingsverklaring, met ingang van 1 augustus en na "
     "melding bij DUO. Wijziging van de overeenkomst of deze bijlage gebeurt schriftelijk door beide "
     "besturen en gaat in bij het begin van een schooljaar. De overeenkomst geldt voor onbepaalde "
     "tijd en kan schriftelijk worden opgezegd tegen 1 augustus, met een termijn van twaalf maanden. "
     "Na opzegging is er geen nieuwe instroom; leerlingen en studenten die al in de route zitten, "
     "maken haar af volgens deze overeenkomst, of krijgen een vervolg volgens het kader bij artikel "
     "3."),
]

KADER_329 = [
    "Een leerling die de route verlaat, krijgt altijd een passend vervolg dat leidt tot een diploma.",
    "– In routejaar 1 of 2: de reguliere kaderberoepsgerichte leerweg Groen van de school, of op "
    "verzoek een andere leerweg of een ander profiel, met het vmbo-diploma als doel.",
    "– Geen vmbo-diploma na routejaar 2: het examenjaar overdoen, of instromen bij het AOC in een "
    "andere opleiding op niveau 2 of 3, zoals Vakbekwaam medewerker teelt; vooropleidingseisen gelden "
    "dan niet.",
    "– In de mbo-fase: een andere opleiding van het AOC op hetzelfde niveau, of een opleiding bij een "
    "andere instelling in de regio, die toelaat na een geschiktheidsonderzoek; het AOC begeleidt de "
    "aanmelding.",
    "De teamleider vmbo Groen en de opleidingsmanager Hovenier beslissen gezamenlijk, na overleg met "
    "de leerling en zijn ouders, op grond van het bereikte onderwijsniveau en de leeftijd van de "
    "leerling. De schoolgids beschrijft de procedure.",
]


@register(
    329, "329_afsprakenkaart_bijlage_tekstvak_bommelerwaard_hovenier", "docx",
    "DOCX with a one-page main text whose arrangements are in an included annex table "
    "'Bijlage A Afsprakenkaart' (rows A1-A10); the overstap arrangement sits only in a Word text "
    "box (VML v:textbox) in artikel 3; Bommelerwaard, vmbo + AOC, Groen kb -> Vakbekwaam "
    "hovenier 3. Fully compliant: explicitly no transfer, medezeggenschap arranged under 'Inspraak', "
    "bindend advies by a commission of three.",
    "p p p p p p p p p p",
    {"a": "A1 Route en opleiding", "b": "A2 Groene bedrijven", "c": "A3 Aansturing",
     "d": "A4 Verslag aan de besturen", "e": "A5 Onderwijs, personeel en voorzieningen",
     "f": "Kader: wie de route voortijdig verlaat", "g": "A7 Middelen", "h": "A8 Inspraak",
     "i": "A9 Verschil van inzicht", "j": "A10 Nieuwe partners, wijziging en einde"})
def build_329(path):
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = new_docx("Georgia", 10)

    def head(text, size=11):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.keep_with_next = True
        return p

    p = d.add_paragraph()
    r = p.add_run("Samenwerkingsovereenkomst doorlopende leerroute Groene Ruimte Bommelerwaard")
    r.bold = True
    r.font.size = Pt(15)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("De ondergetekenden:")
    d.add_paragraph("1. Stichting Openbaar Voortgezet Onderwijs Bommelerwaard, bevoegd gezag van het "
                    "Maasdijk College te Zaltbommel (vmbo), vertegenwoordigd door mevrouw ir. L. van "
                    "Heesbeen-Kok, bestuurder, hierna: de school;")
    d.add_paragraph("2. Stichting Agrarisch Opleidingscentrum Rivierenland, bevoegd gezag van AOC "
                    "Rivierenland te Tiel, instelling voor beroepsonderwijs, vertegenwoordigd door de "
                    "heer drs. R.W. Bouwmeester, voorzitter van het college van bestuur, hierna: het "
                    "AOC;")
    d.add_paragraph("komen het volgende overeen.")

    head("Artikel 1. Onderwerp")
    d.add_paragraph("Partijen verzorgen samen de doorlopende leerroute vmbo-mbo Groene Ruimte, op "
                    "grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. De afspraken zijn "
                    "uitgewerkt in Bijlage A (Afsprakenkaart), die deel uitmaakt van deze "
                    "overeenkomst en partijen op dezelfde wijze bindt als de artikelen hieronder. Bij "
                    "strijd gaat de tekst van de artikelen voor.")
    head("Artikel 2. Ingangsdatum")
    d.add_paragraph("Deze overeenkomst gaat in op 1 augustus 2025. Het eerste cohort start in het "
                    "schooljaar 2025-2026.")
    head("Artikel 3. Voortijdig verlaten van de route")
    d.add_paragraph("Voor leerlingen die de route niet afmaken, geldt het onderstaande kader. Het "
                    "kader wordt ook in de schoolgids en de studiegids opgenomen.")
    add_textbox(d, "Kader: wie de route voortijdig verlaat", KADER_329)
    head("Artikel 4. Melding")
    d.add_paragraph("Partijen melden de route gezamenlijk bij DUO door registratie in RIO, vóór "
                    "1 oktober 2025.")
    d.add_paragraph("Aldus in tweevoud opgemaakt en ondertekend te Zaltbommel op 30 juni 2025.")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = ("Voor de school\n\n\nir. L. van Heesbeen-Kok\nbestuurder")
    t.cell(0, 1).text = ("Voor het AOC\n\n\ndrs. R.W. Bouwmeester\nvoorzitter college van bestuur")

    d.add_page_break()
    head("Bijlage A – Afsprakenkaart doorlopende leerroute Groene Ruimte", 12)
    d.add_paragraph("Deze bijlage hoort bij de samenwerkingsovereenkomst van 30 juni 2025 en is door "
                    "beide partijen geparafeerd.")
    tab = d.add_table(rows=0, cols=2)
    tab.style = "Table Grid"
    for i, (k, v) in enumerate(ANNEX_329):
        cells = tab.add_row().cells
        cells[0].text = k
        cells[1].text = v
        if i == 0:
            for c in cells:
                for r in c.paragraphs[0].runs:
                    r.bold = True
        else:
            for r in cells[0].paragraphs[0].runs:
                r.bold = True
    tab.autofit = False
    tab.columns[0].width = Cm(4.0)
    tab.columns[1].width = Cm(12.0)
    for row in tab.rows:
        row.cells[0].width = Cm(4.0)
        row.cells[1].width = Cm(12.0)
    save_docx(d, path, "SOK Groene Ruimte Bommelerwaard", "Maasdijk College")


# --------------------------------------------------------------------------------------------
# 330 - long formal PDF, three parties (two vmbo boards + ROC), cross-references and three
#       annexes; Twente, E&O kb/gl -> Junior accountmanager 4 and Verkoopspecialist 3
# --------------------------------------------------------------------------------------------

def _art(title, leden):
    """'Artikel N Titel' heading plus numbered leden; a lid may be (label, text) or a list of
    (label, text) sub-items following it."""
    out = [("h", title)]
    for lid in leden:
        if isinstance(lid, list):
            out += [("sub2", a, b) for a, b in lid]
        elif isinstance(lid, tuple):
            out.append(("num", lid[0], lid[1]))
        else:
            out.append(("p", lid))
    return out


def blocks_330():
    B = [("title", "SAMENWERKINGSOVEREENKOMST"),
         ("sub", "doorlopende leerroutes vmbo-mbo Commercie Twente"),
         ("pl", "DE ONDERGETEKENDEN:"),
         ("num", "1.", "Stichting Openbaar Voortgezet Onderwijs Almelo-Wierden, statutair gevestigd "
                       "te Almelo, bevoegd gezag van het Twickelveld College, school voor vmbo, te "
                       "dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van "
                       "bestuur, de heer drs. E.H.J. Nijhuis, hierna: ‘Twickelveld’;"),
         ("num", "2.", "Stichting Katholiek Voortgezet Onderwijs Hengelo-Borne, statutair gevestigd "
                       "te Hengelo, bevoegd gezag van het Lambertus Vmbo, te dezen rechtsgeldig "
                       "vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw "
                       "mr. A.M. Leferink-Oude Vrielink, hierna: ‘Lambertus’;"),
         ("num", "3.", "Stichting Regionaal Opleidingencentrum Twente-Vecht, statutair gevestigd te "
                       "Hengelo, bevoegd gezag van ROC Twente-Vecht, te dezen rechtsgeldig "
                       "vertegenwoordigd door de voorzitter van het college van bestuur, de heer "
                       "ir. B.J. Ter Horst, hierna: ‘het ROC’;"),
         ("pl", "Twickelveld en Lambertus hierna samen ook: ‘de scholen’; alle ondergetekenden "
                "samen: ‘partijen’;"),
         ("pl", "NEMEN IN AANMERKING DAT:"),
         ("num", "A.", "de scholen in de kaderberoepsgerichte en de gemengde leerweg het profiel "
                       "Economie en ondernemen aanbieden en het ROC in zijn college Commercie & "
                       "Ondernemen opleidingen in de commerciële dienstverlening verzorgt;"),
         ("num", "B.", "partijen sinds 2019 samenwerken in het programma ‘Ondernemend Twente’ en die "
                       "samenwerking willen omzetten in doorlopende leerroutes in de zin van artikel "
                       "2.107a WVO 2020 en artikel 9.1.2 WEB;"),
         ("num", "C.", "artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat zij daartoe "
                       "een samenwerkingsovereenkomst sluiten die ten minste de in die artikelen "
                       "genoemde onderwerpen regelt;"),
         ("num", "D.", "partijen ernaar streven dat iedere deelnemer een diploma behaalt en dat de "
                       "gevolgen van veranderingen in de samenwerking voor deelnemers zo beperkt "
                       "mogelijk blijven;"),
         ("pl", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:")]

    B += _art("Artikel 1 Begripsbepalingen", [
        "In deze overeenkomst en de bijlagen wordt verstaan onder:",
        [("a.", "route: elk van de doorlopende leerroutes vmbo-mbo, bedoeld in artikel 2, tweede "
                "lid;"),
         ("b.", "deelnemer: een leerling of student die een route volgt;"),
         ("c.", "vo-fase: de eerste twee leerjaren van een route, waarin de deelnemer leerling is "
                "van een van de scholen;"),
         ("d.", "mbo-fase: de leerjaren van een route na de vo-fase, waarin de deelnemer student "
                "is van het ROC;"),
         ("e.", "regieteam: het orgaan, bedoeld in artikel 4;"),
         ("f.", "bestuurlijk overleg: het overleg van de voorzitters van de colleges van bestuur "
                "van partijen of hun plaatsvervangers;"),
         ("g.", "routeplan: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- "
                "en examenregeling per route, bedoeld in artikel 7;"),
         ("h.", "werkveldcommissie: de commissie, bedoeld in artikel 3;"),
         ("i.", "routeraad: de raad, bedoeld in artikel 13, tweede lid;"),
         ("j.", "schooljaar: de periode van 1 augustus tot en met 31 juli.")],
    ])

    B += _art("Artikel 2 Voorwerp van de overeenkomst en de routes", [
        ("1.", "Partijen verzorgen gezamenlijk de routes, bedoeld in het tweede lid, met "
               "toepassing van de artikelen 2.107a tot en met 2.107k WVO 2020 en van hoofdstuk 9, "
               "titel 1, paragraaf 1, WEB."),
        ("2.", "De routes zijn:"),
        [("a.", "route Accountmanagement: het profiel Economie en ondernemen in de "
                "kaderberoepsgerichte of gemengde leerweg, aansluitend op de middenkaderopleiding "
                "Junior accountmanager, niveau 4, beroepsopleidende leerweg, uit het "
                "kwalificatiedossier Commercie, opleidingsdomein Handel en ondernemerschap;"),
         ("b.", "route Verkoopspecialist: het profiel Economie en ondernemen in de "
                "kaderberoepsgerichte leerweg, aansluitend op de vakopleiding Verkoopspecialist, "
                "niveau 3, beroepsopleidende leerweg, uit het kwalificatiedossier Retail, in "
                "hetzelfde opleidingsdomein.")],
        ("3.", "Route a duurt vijf schooljaren en route b vier schooljaren, de vo-fase "
               "inbegrepen."),
        ("4.", "Beide scholen bieden beide routes aan. De mbo-fase wordt voor beide routes door "
               "het ROC verzorgd."),
        ("5.", "Leerlingen kiezen in het tweede leerjaar van het vmbo voor een route. Over hun "
               "toelating beslist het regieteam overeenkomstig artikel 5, eerste lid, onder b."),
    ])

    B += _art("Artikel 3 Betrokkenheid van het bedrijfsleven", [
        ("1.", "Partijen stellen een werkveldcommissie in. Daarin hebben zitting twee "
               "vertegenwoordigers van de Retailvereniging Hengelo Centrum, een vertegenwoordiger "
               "van Groothandelsbedrijf Oosterveld B.V., een vertegenwoordiger van de "
               "ondernemersvereniging Ondernemend Almelo en een adviseur van SBB. Bijlage 3 "
               "vermeldt de samenstelling op de datum van ondertekening."),
        ("2.", "De werkveldcommissie:"),
        [("a.", "adviseert het regieteam jaarlijks vóór 1 maart over het routeplan en de keuze "
                "van keuzedelen;"),
         ("b.", "draagt er zorg voor dat in de vo-fase per schooljaar ten minste vier "
                "praktijkopdrachten van regionale bedrijven beschikbaar zijn;"),
         ("c.", "werft plaatsen voor de beroepspraktijkvorming bij erkende leerbedrijven voor de "
                "mbo-fase;"),
         ("d.", "levert praktijkbeoordelaars voor de proeven van bekwaamheid.")],
        ("3.", "Deelnemers in de vo-fase lopen per schooljaar ten minste tien dagen stage bij een "
               "bedrijf uit het netwerk van de werkveldcommissie."),
        ("4.", "De werkveldcommissie vergadert ten minste drie keer per schooljaar. De leden van "
               "het regieteam wonen de vergaderingen bij."),
    ])

    B += _art("Artikel 4 Het regieteam: samenstelling en benoeming", [
        ("1.", "De leiding over de routes berust bij het regieteam."),
        ("2.", "Het regieteam bestaat uit:"),
        [("a.", "de teamleider bovenbouw vmbo van Twickelveld;"),
         ("b.", "de teamleider bovenbouw vmbo van Lambertus;"),
         ("c.", "de opleidingsmanager Commercie van het ROC, die het regieteam voorzit.")],
        ("3.", "Ieder college van bestuur wijst het lid uit het eigen personeel aan en kan die "
               "aanwijzing intrekken. Het stelt de andere partijen daarvan schriftelijk in kennis. "
               "Op dezelfde wijze wordt voor ieder lid een plaatsvervanger aangewezen."),
        ("4.", "Het regieteam wordt ondersteund door een routecoördinator, die door het "
               "bestuurlijk overleg wordt benoemd op voordracht van het regieteam. De "
               "routecoördinator is geen lid van het regieteam."),
    ])

    B += _art("Artikel 5 Taken en bevoegdheden van het regieteam", [
        ("1.", "De colleges van bestuur dragen aan het regieteam op:"),
        [("a.", "het voorbereiden van het routeplan, bedoeld in artikel 7, eerste lid;"),
         ("b.", "het besluiten over de toelating van leerlingen tot een route;"),
         ("c.", "de organisatie van het onderwijs, de roostering en de groepsindeling;"),
         ("d.", "de verdeling van de inzet van personeel tussen partijen binnen de kaders van "
                "artikel 8;"),
         ("e.", "het beheer van het routebudget, bedoeld in Bijlage 2;"),
         ("f.", "het overleg met de werkveldcommissie;"),
         ("g.", "het vastleggen van het gezamenlijk oordeel over een overstap, bedoeld in "
                "artikel 11, derde lid.")],
        ("2.", "Het regieteam besluit over de onderwerpen van het eerste lid zelfstandig en bij "
               "meerderheid van stemmen, met dien verstande dat een besluit dat uitsluitend één "
               "school raakt niet tegen de stem van het lid van die school kan worden genomen."),
        ("3.", "Voorbehouden aan de colleges van bestuur blijven besluiten over benoeming, ontslag "
               "en bezoldiging van personeel, over uitgaven die het routebudget te boven gaan, "
               "over de vaststelling van het routeplan en over wijziging van deze overeenkomst of "
               "de bijlagen."),
    ])

    B += _art("Artikel 6 Inlichtingen en verantwoording", [
        ("1.", "Het regieteam verschaft de colleges van bestuur van alle partijen gevraagd en "
               "ongevraagd de inlichtingen die zij voor de uitoefening van hun verantwoordelijkheid "
               "nodig hebben."),
        ("2.", "Het regieteam zendt de colleges van bestuur:"),
        [("a.", "per kwartaal een beknopte voortgangsrapportage met de aantallen deelnemers per "
                "route en leerjaar, het verzuim, de uitval en de bpv-plaatsingen;"),
         ("b.", "jaarlijks vóór 1 november een verantwoordingsverslag over het afgelopen "
                "schooljaar, met de resultaten, de besteding van het routebudget en het advies van "
                "de werkveldcommissie.")],
        ("3.", "Het bestuurlijk overleg komt ten minste twee keer per schooljaar bijeen, in "
               "november en in mei. Het regieteam is daarbij aanwezig en legt in de vergadering van "
               "november verantwoording af over het verslag, bedoeld in het tweede lid, onder b."),
        ("4.", "De colleges van bestuur verwerken de gegevens uit het verslag in hun "
               "jaarverslagen."),
    ])

    B += _art("Artikel 7 Onderwijsprogramma en examinering", [
        ("1.", "Partijen beschrijven per route, voor de gehele route, het onderwijsprogramma, de "
               "examinering en de beroepspraktijkvorming per leerjaar in een routeplan, met "
               "vermelding van de onderdelen die tot het vmbo behoren, die tot het mbo behoren en "
               "die beide betreffen. De colleges van bestuur stellen het routeplan jaarlijks vóór "
               "1 juni vast op voorstel van het regieteam. Bijlage 1 bevat het routeschema op "
               "hoofdlijnen."),
        ("2.", "Het vmbo-examen wordt afgelegd in het tweede leerjaar van de route. De scholen "
               "blijven verantwoordelijk voor de vmbo-examinering en -diplomering, het ROC voor de "
               "mbo-examinering, de beroepspraktijkvorming en de mbo-diplomering."),
        ("3.", "Vanaf het eerste leerjaar van de route kunnen mbo-onderdelen en keuzedelen worden "
               "geëxamineerd; de examencommissie van het ROC is daarvoor bevoegd."),
        ("4.", "Partijen houden de normen voor onderwijstijd en studieduur aan van de artikelen "
               "2.107g tot en met 2.107i WVO 2020 en de artikelen 9.1.9 tot en met 9.1.11 WEB."),
    ])

    B += _art("Artikel 8 Inzet van personeel", [
        ("1.", "Het onderwijs in iedere route wordt verzorgd door een routeteam van docenten van de "
               "betrokken school en van het ROC."),
        ("2.", "In de vo-fase verzorgt het ROC per leerjaar ten minste vier lesuren per week met "
               "docenten commercie en retail. In het eerste halfjaar van de mbo-fase verzorgen "
               "docenten van de scholen de ondersteuning bij Nederlands en rekenen."),
        ("3.", "Voor het vakoverstijgende programmaonderdeel ‘Bedrijf in de klas’ in de vo-fase "
               "maken partijen gebruik van de teambevoegdheid van artikel 7.13a WVO 2020 en "
               "artikel 9.1.12 WEB, onder de voorwaarden van die artikelen. Het routeplan vermeldt "
               "in welke onderdelen teams worden ingezet."),
        ("4.", "Personeelsleden blijven in dienst van hun eigen werkgever. De werkgever blijft "
               "verantwoordelijk voor hun bekwaamheid, beoordeling en professionalisering. Bij hun "
               "werkzaamheden bij een andere partij nemen zij de huisregels van die partij in "
               "acht."),
        ("5.", "Partijen organiseren elk schooljaar ten minste twee gezamenlijke studiemiddagen "
               "voor de routeteams."),
    ])

    B += _art("Artikel 9 Huisvesting en faciliteiten", [
        ("1.", "De vo-fase wordt verzorgd op de locaties van de scholen in Almelo en Hengelo. De "
               "mbo-fase wordt verzorgd op de ROC-locatie Hengelo, Industriestraat."),
        ("2.", "Het ROC stelt deelnemers in de vo-fase in staat gebruik te maken van zijn "
               "leerwinkel ‘Twentse Waar’, het salestraininglab en de digitale leeromgeving. De "
               "scholen stellen ieder een praktijklokaal met kassasystemen beschikbaar voor de "
               "lessen van ROC-docenten."),
        ("3.", "Het gebruik van faciliteiten, bedoeld in het tweede lid, is begrepen in de "
               "bijdrage, bedoeld in artikel 12 en Bijlage 2; daarnaast brengen partijen elkaar "
               "daarvoor niets in rekening."),
        ("4.", "Iedere partij draagt er zorg voor dat haar aansprakelijkheidsverzekering ook "
               "deelnemers van de andere partijen dekt tijdens hun verblijf in haar gebouwen."),
    ])

    B += _art("Artikel 10 Inschrijving, verzuim, klachten en gegevens", [
        ("1.", "In de vo-fase staat de deelnemer ingeschreven bij de school, in de mbo-fase bij "
               "het ROC."),
        ("2.", "Verzuim wordt in de vo-fase door de school en in de mbo-fase door het ROC gemeld "
               "en opgevolgd."),
        ("3.", "De klachtenregeling van iedere partij is mede van toepassing op gedragingen van "
               "het bestuur en het personeel van de andere partijen in het kader van een route; de "
               "andere partijen verlenen medewerking aan de behandeling."),
        ("4.", "Partijen wisselen de persoonsgegevens uit die voor de uitvoering van deze "
               "overeenkomst nodig zijn, met inachtneming van de Algemene verordening "
               "gegevensbescherming, en leggen dat vast in een gegevensprotocol."),
    ])

    B += _art("Artikel 11 Overstapoptie", [
        ("1.", "Een deelnemer wiens deelname aan een route eindigt voordat hij deze met goed "
               "gevolg heeft afgerond, wordt door partijen in staat gesteld een vmbo-diploma of "
               "het diploma van een beroepsopleiding te behalen dat past bij het bereikte "
               "onderwijsniveau en zijn leeftijd."),
        ("2.", "Daartoe staan in ieder geval de volgende mogelijkheden open:"),
        [("a.", "tijdens de vo-fase: voortzetting in de reguliere kaderberoepsgerichte of "
                "gemengde leerweg van de eigen school, in hetzelfde of een ander profiel, gericht "
                "op het vmbo-diploma, of overgang naar de andere route van deze overeenkomst;"),
         ("b.", "bij afwijzing voor het vmbo-examen: het opnieuw doorlopen van het examenjaar, of "
                "voortzetting in de mbo-fase in een opleiding van het ROC op niveau 2 of 3 in een "
                "verwant opleidingsdomein, waarbij de vooropleidingseisen niet van toepassing "
                "zijn;"),
         ("c.", "tijdens de mbo-fase: overstap naar een andere opleiding van het ROC op hetzelfde "
                "of, als de deelnemer dat wenst, een lager niveau, of naar een opleiding bij een "
                "andere instelling, waarbij het ROC de deelnemer begeleidt bij de "
                "toelatingsprocedure en het geschiktheidsonderzoek van die instelling.")],
        ("3.", "Welke mogelijkheid wordt geboden, stellen de school waarvan de deelnemer leerling "
               "is of was en het ROC gezamenlijk vast, na een gesprek met de deelnemer en, als hij "
               "minderjarig is, zijn ouders. Het regieteam legt het gezamenlijk oordeel binnen vier "
               "weken schriftelijk vast."),
        ("4.", "De nadere werkwijze wordt opgenomen in de schoolgidsen en in de studiegids."),
        ("5.", "Dit artikel is niet van toepassing bij definitieve verwijdering van de "
               "deelnemer."),
    ])

    B += _art("Artikel 12 Financiële bepalingen", [
        ("1.", "De scholen dragen voor elke deelnemer in de vo-fase een deel van hun bekostiging "
               "over aan het ROC, met toepassing van artikel 5.42a WVO 2020. De omvang, de "
               "bestemming, de peildatum en de wijze van betaling zijn geregeld in Bijlage 2."),
        ("2.", "Het ROC draagt geen bekostiging over aan de scholen."),
        ("3.", "Het bestuurlijk overleg kan de bedragen van Bijlage 2 jaarlijks indexeren met de "
               "loon- en prijsbijstelling van de rijksbijdrage. Indexering geldt niet als "
               "wijziging in de zin van artikel 18."),
    ])

    B += _art("Artikel 13 Medezeggenschap", [
        ("1.", "Partijen stellen vast dat de medezeggenschap in de vo-fase is belegd bij de "
               "medezeggenschapsraden van de scholen en in de mbo-fase bij de studentenraad, de "
               "ouderraad en de ondernemingsraad van het ROC."),
        ("2.", "In aanvulling daarop richten partijen een gezamenlijke routeraad in. Deze bestaat "
               "uit per school één ouder en één leerling uit de vo-fase, aangewezen door de "
               "medezeggenschapsraad van die school, twee studenten uit de mbo-fase, aangewezen "
               "door de studentenraad van het ROC, en één docent van iedere partij. De routeraad "
               "komt twee keer per schooljaar bijeen, ontvangt het verantwoordingsverslag, bedoeld "
               "in artikel 6, tweede lid, onder b, en kan het regieteam en het bestuurlijk overleg "
               "gevraagd en ongevraagd adviseren."),
        ("3.", "Een voorgenomen besluit tot wijziging van een routeplan of van deze overeenkomst "
               "wordt aan de routeraad voor advies voorgelegd, onverminderd de bevoegdheden van de "
               "medezeggenschapsorganen van partijen."),
    ])

    B += _art("Artikel 14 Melding", [
        "Partijen melden iedere route gezamenlijk aan de minister. Iedere school registreert haar "
        "deelname aan iedere route afzonderlijk in RIO.",
    ])

    B += _art("Artikel 15 Evaluatie", [
        "Partijen evalueren de samenwerking eens in de twee jaar, voor het eerst in het voorjaar van "
        "2027, aan de hand van het verantwoordingsverslag en het advies van de routeraad en de "
        "werkveldcommissie.",
    ])

    B += _art("Artikel 16 Geschillen", [
        ("1.", "Van een geschil is sprake wanneer een partij dit schriftelijk aan de andere "
               "partijen meedeelt, met een omschrijving van het verschil van mening over de "
               "uitvoering van deze overeenkomst."),
        ("2.", "Het regieteam bespreekt het geschil binnen veertien dagen na de mededeling."),
        ("3.", "Is het geschil daarmee niet opgelost, dan wordt het binnen dertig dagen "
               "geagendeerd in het bestuurlijk overleg."),
        ("4.", "Leidt ook dat niet tot een oplossing, dan wordt het geschil beslecht door arbitrage "
               "overeenkomstig het Arbitragereglement van het Nederlands Arbitrage Instituut. Het "
               "scheidsgerecht bestaat uit één arbiter; de plaats van arbitrage is Enschede."),
        ("5.", "Gedurende een geschil zetten partijen de uitvoering van deze overeenkomst voort, "
               "zodat deelnemers er geen nadeel van ondervinden."),
    ])

    B += _art("Artikel 17 Toetreding", [
        ("1.", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan "
               "partij worden bij deze overeenkomst, mits:"),
        [("a.", "alle partijen daarmee schriftelijk instemmen;"),
         ("b.", "de toetreder alle bepalingen van deze overeenkomst aanvaardt in een "
                "toetredingsverklaring die door alle partijen wordt ondertekend;"),
         ("c.", "een toetredende school het profiel Economie en ondernemen in de "
                "kaderberoepsgerichte leerweg aanbiedt;"),
         ("d.", "de toetreding ingaat op 1 augustus en tijdig bij DUO wordt gemeld.")],
        ("2.", "Toetreding laat de rechten van deelnemers die al een route volgen onverlet."),
    ])

    B += _art("Artikel 18 Wijziging", [
        ("1.", "Deze overeenkomst en de bijlagen kunnen uitsluitend schriftelijk worden gewijzigd, "
               "bij een door alle partijen ondertekend stuk, na advies van de routeraad "
               "overeenkomstig artikel 13, derde lid."),
        ("2.", "Een wijziging die gevolgen heeft voor deelnemers gaat in bij het begin van een "
               "schooljaar en is niet van toepassing op deelnemers in het laatste leerjaar van hun "
               "route, tenzij de wijziging in hun voordeel is."),
    ])

    B += _art("Artikel 19 Duur en opzegging", [
        ("1.", "Deze overeenkomst treedt in werking op 1 augustus 2025 en is aangegaan voor "
               "onbepaalde tijd."),
        ("2.", "Iedere partij kan haar deelname aan deze overeenkomst bij aangetekende brief "
               "opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van "
               "ten minste achttien maanden."),
        ("3.", "Opzegging door een van de scholen laat de overeenkomst tussen de overige partijen "
               "in stand."),
    ])

    B += _art("Artikel 20 Ontbinding en gevolgen voor deelnemers", [
        ("1.", "Een partij kan deze overeenkomst ten aanzien van een andere partij ontbinden als "
               "die andere partij toerekenbaar tekortschiet en de tekortkoming niet binnen zestig "
               "dagen na een schriftelijke ingebrekestelling heeft hersteld."),
        ("2.", "Na opzegging of ontbinding stromen bij de betrokken partij geen nieuwe deelnemers "
               "meer in. Deelnemers die op dat moment een route volgen, ronden die af onder deze "
               "overeenkomst; partijen blijven de artikelen 7 tot en met 12 en artikel 16 jegens "
               "elkaar nakomen totdat de laatste van die deelnemers de route heeft afgerond of een "
               "overstap volgens artikel 11 heeft gemaakt."),
        ("3.", "Binnen drie maanden na opzegging of ontbinding stellen partijen gezamenlijk een "
               "afbouwplan op, dat aan de deelnemers en hun ouders wordt toegelicht."),
    ])

    B += _art("Artikel 21 Slotbepalingen", [
        ("1.", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("2.", "De bijlagen maken deel uit van deze overeenkomst."),
        ("3.", "Is een bepaling nietig of vernietigbaar, dan blijven de overige bepalingen van "
               "kracht en vervangen partijen die bepaling door een geldige bepaling die de "
               "strekking ervan zoveel mogelijk benadert."),
    ])

    B += [("pl", "Aldus overeengekomen en in drievoud ondertekend te Hengelo op 30 juni 2025."),
          ("sig", [["Stichting Openbaar Voortgezet", "Onderwijs Almelo-Wierden", "", "",
                    "drs. E.H.J. Nijhuis", "voorzitter college van bestuur"],
                   ["Stichting Katholiek Voortgezet", "Onderwijs Hengelo-Borne", "", "",
                    "mr. A.M. Leferink-Oude Vrielink", "voorzitter college van bestuur"],
                   ["Stichting Regionaal", "Opleidingencentrum Twente-Vecht", "", "",
                    "ir. B.J. Ter Horst", "voorzitter college van bestuur"]]),
          ("pagebreak",),
          ("h", "Bijlage 1 Routeschema op hoofdlijnen"),
          ("p", "Dit schema geeft de hoofdlijn per leerjaar. De uitwerking per onderdeel staat in "
                "het routeplan, bedoeld in artikel 7."),
          ("table", [["Leerjaar route", "Fase en inschrijving", "Hoofdinhoud",
                      "Examinering"],
                     ["1 (vmbo 3)", "vo-fase, school", "Profielvakken Economie en ondernemen, "
                      "algemene vakken, ‘Bedrijf in de klas’, tien dagen stage",
                      "Schoolexamens vmbo; mbo-keuzedeel Ondernemerschap"],
                     ["2 (vmbo 4)", "vo-fase, school", "Examenprogramma vmbo, vier uur per week "
                      "commercie door ROC-docenten, leerwinkel",
                      "Centraal examen vmbo; eerste mbo-onderdelen"],
                     ["3", "mbo-fase, ROC", "Beroepsgericht programma commercie of retail, "
                      "Nederlands en rekenen", "mbo-examens; bpv-beoordeling"],
                     ["4", "mbo-fase, ROC", "Bpv bij erkend leerbedrijf, keuzedelen",
                      "Proeve van bekwaamheid (route b: diploma niveau 3)"],
                     ["5 (route a)", "mbo-fase, ROC", "Accountmanagement, tweede bpv-periode",
                      "Proeve van bekwaamheid, diploma niveau 4"]],
           [1.1, 1.3, 3.0, 2.2]),
          ("h", "Bijlage 2 Financiële afspraken"),
          ("p", "Deze bijlage hoort bij artikel 12. De bedragen gelden per deelnemer in de vo-fase "
                "en per schooljaar, prijspeil 2025."),
          ("table", [["Onderdeel", "Omvang", "Bestemming"],
                     ["Basisbijdrage", "€ 950", "Inzet van ROC-docenten in de vo-fase (artikel 8, "
                      "tweede lid)"],
                     ["Faciliteitenbijdrage", "€ 175", "Gebruik van leerwinkel, salestraininglab "
                      "en digitale leeromgeving (artikel 9, tweede lid)"],
                     ["Examenbijdrage", "€ 60 (alleen tweede routejaar)",
                      "Afname van mbo-keuzedeelexamens in de vo-fase"]],
           [1.6, 1.6, 4.2]),
          ("p", "Peildatum voor het aantal deelnemers is 1 oktober. Het ROC brengt de bedragen in "
                "twee gelijke termijnen in rekening, op 1 december en op 1 april. Het regieteam "
                "beheert het deel dat niet aan personeel wordt besteed als routebudget."),
          ("h", "Bijlage 3 Samenstelling werkveldcommissie bij ondertekening"),
          ("table", [["Organisatie", "Vertegenwoordiger", "Rol"],
                     ["Retailvereniging Hengelo Centrum", "mevrouw S. Wolbers",
                      "voorzitter werkveldcommissie"],
                     ["Retailvereniging Hengelo Centrum", "de heer K. Oude Luttikhuis",
                      "stages en bpv"],
                     ["Groothandelsbedrijf Oosterveld B.V.", "de heer T. Kamphuis",
                      "praktijkopdrachten accountmanagement"],
                     ["Ondernemend Almelo", "mevrouw R. Ekkelkamp", "praktijkbeoordelaars"],
                     ["SBB", "de heer P. Sahin", "adviseur, erkenning leerbedrijven"]],
           [2.6, 2.2, 2.6]),
          ]
    return B


@register(
    330, "330_lang_drie_partijen_kruisverwijzingen_twente_commercie", "pdf",
    "Long formal PDF (about 8 pages, Times), lawyer style ('DE ONDERGETEKENDEN', 'NEMEN IN "
    "AANMERKING', 21 articles with leden and cross references such as 'artikel 6, tweede lid, "
    "onder b'), three parties (two vmbo boards, one ROC), two routes; Twente, E&O kb/gl -> Junior "
    "accountmanager 4 and Verkoopspecialist 3. Fully compliant; omvang and bestemming of the "
    "transfer only in Bijlage 2 (referenced from artikel 12), joint routeraad, NAI arbitrage.",
    "p p p p p p p p p p",
    {"a": "Artikel 2 Voorwerp van de overeenkomst en de routes",
     "b": "Artikel 3 Betrokkenheid van het bedrijfsleven",
     "c": "Artikel 4 Het regieteam: samenstelling en benoeming",
     "d": "Artikel 6 Inlichtingen en verantwoording", "e": "Artikel 8 Inzet van personeel",
     "f": "Artikel 11 Overstapoptie", "g": "Artikel 12 Financiële bepalingen",
     "h": "Artikel 13 Medezeggenschap", "i": "Artikel 16 Geschillen",
     "j": "Artikel 17 Toetreding"})
def build_330(path):
    write_pdf(path, blocks_330(), "Samenwerkingsovereenkomst Commercie Twente",
              "ROC Twente-Vecht", font="Times-Roman", size=10.5,
              footer="Samenwerkingsovereenkomst doorlopende leerroutes Commercie Twente")


# --------------------------------------------------------------------------------------------
# 331 - very short PDF (one page), Drechtsteden, Maritiem en techniek bb -> Matroos binnenvaart 2
# --------------------------------------------------------------------------------------------

@register(
    331, "331_zeer_kort_paragraafteken_drechtsteden_matroos", "pdf",
    "Very short PDF (one page, '§ N' headings, terse); Drechtsteden, Maritiem en techniek bb -> "
    "Matroos binnenvaart 2. Bedrijfsleven only in the considerans ('rederijen ... betrokken willen "
    "worden'), nothing operative; overstap only 'aangemeld voor de Entree-opleiding'; not a word on "
    "money or bekostiging; no medezeggenschap text. Leiding, verslag, onderwijs, geschillen and "
    "toetreding/opzegging/wijziging are complete in few words.",
    "p m p p p w m na p p",
    {"a": "§ 1 De route", "c": "§ 2 Routeteam", "d": "§ 3 Jaarverslag",
     "e": "§ 4 Onderwijs en uitvoering", "i": "§ 6 Verschil van mening",
     "j": "§ 7 Nieuwe deelnemers, wijzigen en opzeggen"})
def build_331(path):
    B = [("title", "Overeenkomst doorlopende leerroute Matroos Drechtsteden"),
         ("p", "Stichting Openbaar Voortgezet Onderwijs Drechtsteden, bevoegd gezag van de "
               "Merwehaven Vakschool te Dordrecht (de school), en Stichting ROC Drechtwaarden, "
               "bevoegd gezag van ROC Drechtwaarden te Dordrecht (het ROC), beide vertegenwoordigd "
               "door de voorzitter van hun college van bestuur,"),
         ("p", "overwegende dat de binnenvaart in de Drechtsteden om goed opgeleide matrozen vraagt "
               "en dat rederijen uit de regio graag bij deze route betrokken willen worden,"),
         ("p", "komen overeen:"),
         ("h", "§ 1 De route"),
         ("p", "Het profiel Maritiem en techniek in de basisberoepsgerichte leerweg van de school "
               "loopt door in de mbo-opleiding Matroos binnenvaart, niveau 2 (BOL), van het ROC. De "
               "route duurt vier jaar; het vmbo-examen valt aan het eind van het tweede jaar."),
         ("h", "§ 2 Routeteam"),
         ("p", "De route wordt geleid door de afdelingsleider techniek van de school en de "
               "teamleider maritiem van het ROC, elk aangewezen door het eigen college van bestuur. "
               "Zij stellen het rooster en het voorstel voor het PTA/OER op, beslissen over de "
               "toelating en verdelen de lesuren. Andere besluiten nemen de colleges."),
         ("h", "§ 3 Jaarverslag"),
         ("p", "Het routeteam stuurt beide colleges elk jaar vóór 1 oktober een schriftelijk "
               "verslag over instroom, uitval en resultaten en licht dat toe in het bestuurlijk "
               "overleg van oktober."),
         ("h", "§ 4 Onderwijs en uitvoering"),
         ("p", "De vo-fase wordt gegeven op de school, met vanaf het eerste jaar één dag per week "
               "les aan boord van het lesschip Drechtstroom van het ROC; de mbo-fase bij het ROC. "
               "Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER, dat de "
               "colleges vóór 1 juni vaststellen. Techniekdocenten van de school en nautische "
               "docenten van het ROC vormen één team. Het ROC stelt het lesschip en de "
               "vaarsimulator beschikbaar, de school haar metaalwerkplaats."),
         ("h", "§ 5 Stoppen met de route"),
         ("p", "Een leerling die de route niet afmaakt, wordt aangemeld voor de Entree-opleiding "
               "van het ROC."),
         ("h", "§ 6 Verschil van mening"),
         ("p", "Eerst overlegt het routeteam, daarna de voorzitters van de colleges. Komen zij er "
               "binnen zes weken niet uit, dan beslist de rechtbank Rotterdam."),
         ("h", "§ 7 Nieuwe deelnemers, wijzigen en opzeggen"),
         ("p", "Een andere school of instelling kan meedoen als beide colleges schriftelijk "
               "instemmen en zij deze overeenkomst mede ondertekent. Wijzigen gaat alleen "
               "schriftelijk door beide colleges. Opzeggen kan schriftelijk tegen 1 augustus, met "
               "een termijn van één jaar; daarna is er geen nieuwe instroom, maar leerlingen die al "
               "in de route zitten, maken haar af."),
         ("h", "§ 8 Melding"),
         ("p", "Partijen melden de route samen bij DUO (RIO)."),
         ("pl", "Dordrecht, 30 juni 2025"),
         ("sig", [["Voor de school:", "", "K.A. Verhoeven"],
                  ["Voor het ROC:", "", "dr. M. Lagendijk-Bos"]]),
         ]
    write_pdf(path, B, "Overeenkomst DLR Matroos Drechtsteden", "Merwehaven Vakschool",
              size=9, margins=2.0)


# --------------------------------------------------------------------------------------------
# 332 - DOCX, 'wij' voice with typed numbered Heading 1 titles; geïntegreerde route,
#       Súdwest-Fryslân, Zorg en welzijn bb -> Helpende zorg en welzijn 2
# --------------------------------------------------------------------------------------------

TEXT_332 = [
    ("h", "1. Waarom deze overeenkomst"),
    ("p", "Wij, de besturen van De Waadkant en ROC Friese Meren, bieden samen een geïntegreerde "
          "route vmbo-basisberoepsopleiding aan zoals bedoeld in artikel 2.107l WVO 2020 en artikel "
          "9.1.17 WEB. In deze overeenkomst staat wat wij daarover afspreken. Leerlingen in deze "
          "route doen geen eindexamen in de basisberoepsgerichte leerweg: zij werken vanaf leerjaar "
          "3 direct toe naar een mbo-diploma."),
    ("h", "2. De route"),
    ("p", "Leerlingen van de basisberoepsgerichte leerweg die op De Waadkant het profiel Zorg en "
          "welzijn volgen, kunnen vanaf leerjaar 3 kiezen voor de geïntegreerde route naar het "
          "diploma Helpende zorg en welzijn, niveau 2 (kwalificatiedossier Helpende zorg en welzijn, "
          "BOL), van ROC Friese Meren. De route duurt drie jaar. Een leerling wordt pas toegelaten "
          "na een gesprek met de leerling en zijn ouders en na overleg tussen school en ROC."),
    ("h", "3. Zorg- en welzijnsorganisaties in de route"),
    ("p", "Zorggroep De Marren, Woonzorgcentrum De Sylsterhoeke, Kinderopvang It Bernewâld en het "
          "wijkteam Sneek van de gemeente Súdwest-Fryslân doen mee. Zij ontvangen iedere leerling in "
          "het eerste jaar van de route voor een snuffelstage van twintig uur, bieden vanaf het "
          "tweede jaar bpv-plaatsen met een vaste werkbegeleider, sturen ervaringsdeskundigen voor "
          "gastlessen en beoordelen mee bij de proeven van bekwaamheid. Eén keer per jaar, in "
          "februari, bespreken wij het programma met hen in het werkplaatsoverleg zorg; hun advies "
          "nemen wij mee in de onderwijs- en examenregeling."),
    ("h", "4. Wie stuurt de route"),
    ("p", "De route wordt gestuurd door een routeduo: de teamleider Zorg en welzijn van De Waadkant "
          "en de opleidingsmanager Zorg van het ROC. De bestuurder van De Waadkant wijst de "
          "teamleider aan, het college van bestuur van het ROC de opleidingsmanager. Het routeduo "
          "maakt het programma en het rooster, beslist over toelating, zet de docenten van beide "
          "kanten in, onderhoudt het contact met de zorgorganisaties en regelt de begeleiding van "
          "leerlingen. Het beslist daarover zelf, binnen de middelen die de besturen jaarlijks "
          "beschikbaar stellen. Andere besluiten legt het voor aan de besturen."),
    ("h", "5. Hoe wij de besturen op de hoogte houden"),
    ("p", "Na elke onderwijsperiode, vier keer per jaar, stuurt het routeduo beide besturen een kort "
          "schriftelijk voortgangsbericht. Elk jaar in juni volgt een evaluatieverslag, dat het "
          "routeduo in september in het bestuurlijk overleg toelicht en verantwoordt."),
    ("h", "6. Onderwijs, mensen en ruimtes"),
    ("p", "De lessen zijn op De Waadkant in Sneek. Vanaf het tweede jaar van de route zijn de "
          "leerlingen twee dagen per week op de ROC-locatie Sneek. Het programma en de examinering "
          "per leerjaar staan in één gezamenlijke onderwijs- en examenregeling, die wij elk jaar "
          "vóór 1 juni vaststellen. De docenten Zorg en welzijn, Nederlands en rekenen van De "
          "Waadkant en de docenten zorg en welzijn van het ROC vormen één team; in het onderdeel "
          "Zorgen voor jezelf en de ander werken zij met teambevoegdheid (artikel 7.13a WVO 2020). "
          "Het ROC stelt zijn zorglab met hoog-laagbedden en oefenpoppen beschikbaar, De Waadkant "
          "haar praktijklokaal met keuken. Klachten over een medewerker van de andere partij "
          "behandelt de partij waar de klacht binnenkomt, met hulp van de andere."),
    ("h", "7. Als de geïntegreerde route niet past"),
    ("p", "Een leerling die in het eerste jaar van de route merkt dat de route niet bij hem past, kan "
          "terug naar de reguliere basisberoepsgerichte leerweg van De Waadkant en daar het "
          "vmbo-diploma halen. Leerlingen die later stoppen, kunnen bij het ROC alleen instromen in "
          "een andere opleiding op niveau 2 als zij voldoen aan de toelatingseisen van die "
          "opleiding, waaronder het bezit van een vmbo-diploma. Wie dat diploma niet heeft, wordt "
          "ingeschreven voor de Entree-opleiding van het ROC. Het ROC besluit hierover."),
    ("h", "8. Geld"),
    ("p", "De school ontvangt in de eerste twee jaar van de route de bekostiging. Zij draagt voor "
          "elke leerling in de route een deel daarvan over aan het ROC, ter dekking van de lessen "
          "van ROC-docenten in het zorglab en van de materialen die daarbij worden gebruikt. De "
          "hoogte van dat deel stellen de besturen elk voorjaar in onderling overleg vast."),
    ("h", "9. Medezeggenschap"),
    ("p", "De medezeggenschapsraad van De Waadkant en de studentenraad van de ROC-locatie Sneek "
          "krijgen allebei het jaarlijkse evaluatieverslag. Wij spreken af dat leerlingen van de "
          "route vanaf het tweede jaar één vertegenwoordiger in de studentenraad mogen hebben, ook "
          "als zij nog bij De Waadkant staan ingeschreven. Ouders van leerlingen in de route worden "
          "twee keer per jaar uitgenodigd voor een ouderpanel, waarvan het verslag naar de "
          "medezeggenschapsraad gaat."),
    ("h", "10. Als wij het oneens zijn"),
    ("p", "Een meningsverschil over de uitvoering van deze afspraken bespreekt eerst het routeduo. "
          "Lukt het daar niet, dan praten de bestuurders er binnen vier weken over. Komen zij er "
          "niet uit, dan vragen wij samen een mediator. Blijft het geschil daarna bestaan, dan kan "
          "ieder van ons het voorleggen aan de rechtbank Noord-Nederland."),
    ("h", "11. Nieuwe partners, wijzigen en stoppen"),
    ("p", "Een andere vmbo-school of mbo-instelling kan bij deze overeenkomst aansluiten als beide "
          "besturen schriftelijk instemmen en de nieuwe partner deze afspraken ondertekent; de "
          "aansluiting gaat in op 1 augustus en wordt bij DUO gemeld. Wijzigingen maken wij "
          "schriftelijk en ondertekenen wij allebei; zij gaan in bij het begin van een schooljaar. "
          "De overeenkomst geldt voor onbepaalde tijd en kan schriftelijk worden opgezegd tegen "
          "1 augustus, met een termijn van minstens een jaar. Na opzegging stromen er geen nieuwe "
          "leerlingen in; leerlingen die al in de route zitten, maken haar af."),
    ("h", "12. Melding"),
    ("p", "Wij melden de route samen bij DUO, door registratie in RIO."),
]


@register(
    332, "332_wij_vorm_geintegreerde_route_snits_helpende_zorg", "docx",
    "DOCX in the 'wij' voice with typed numbered Heading 1 titles; geïntegreerde route "
    "vmbo-basis -> mbo-2 (art. 2.107l WVO 2020), Súdwest-Fryslân, Zorg en welzijn bb -> Helpende "
    "zorg en welzijn 2. Overstap demands a vmbo-diploma for other opleidingen of the same ROC, sends "
    "everyone else automatically to Entree and lets the ROC decide alone; the transfer of "
    "bekostiging has a bestemming but its omvang is left to yearly overleg. Rest present.",
    "p p p p p w w p p p",
    {"a": "2. De route", "b": "3. Zorg- en welzijnsorganisaties in de route",
     "c": "4. Wie stuurt de route", "d": "5. Hoe wij de besturen op de hoogte houden",
     "e": "6. Onderwijs, mensen en ruimtes", "h": "9. Medezeggenschap",
     "i": "10. Als wij het oneens zijn", "j": "11. Nieuwe partners, wijzigen en stoppen"})
def build_332(path):
    from docx.shared import Pt, RGBColor
    d = new_docx("Verdana", 9.5)
    h1 = d.styles["Heading 1"]
    h1.font.size = Pt(12)
    h1.font.color.rgb = RGBColor(0x7A, 0x1F, 0x4B)
    d.styles["Title"].font.size = Pt(18)
    t = d.add_paragraph(style="Title")
    t.add_run("Samenwerkingsovereenkomst geïntegreerde route Zorg en welzijn – Helpende zorg en "
              "welzijn")
    d.add_paragraph("tussen")
    d.add_paragraph("Stichting Christelijk Voortgezet Onderwijs Súdwest-Fryslân, bevoegd gezag van "
                    "De Waadkant, school voor vmbo te Sneek, vertegenwoordigd door mevrouw "
                    "T. Hoekstra-Wijbenga, bestuurder (hierna: De Waadkant of de school)")
    d.add_paragraph("en")
    d.add_paragraph("Stichting ROC Friese Meren, bevoegd gezag van ROC Friese Meren, vertegenwoordigd "
                    "door de heer drs. J. Zijlstra, voorzitter van het college van bestuur (hierna: "
                    "het ROC)")
    for kind, text in TEXT_332:
        if kind == "h":
            d.add_heading(text, level=1)
        else:
            d.add_paragraph(text)
    d.add_paragraph("Sneek, 30 juni 2025")
    tab = d.add_table(rows=1, cols=2)
    tab.cell(0, 0).text = "Namens De Waadkant\n\n\nT. Hoekstra-Wijbenga, bestuurder"
    tab.cell(0, 1).text = "Namens ROC Friese Meren\n\n\ndrs. J. Zijlstra, voorzitter college van bestuur"
    save_docx(d, path, "SOK geïntegreerde route Helpende zorg en welzijn", "De Waadkant")


# === END SAMPLES ===


# --------------------------------------------------------------------------------------------
# Extraction and checking
# --------------------------------------------------------------------------------------------

def _norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ").replace("\ufffe", "")
    return re.sub(r"\s+", " ", s).strip()


def extract_text(path):
    if path.endswith(".pdf"):
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
    if path.endswith(".docx"):
        import xml.etree.ElementTree as ET
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        out = []

        def walk(el):
            tag = el.tag.split("}")[-1]
            if tag == "t" and el.text:
                out.append(el.text)
            elif tag in ("tab", "br"):
                out.append(" ")
            for ch in el:
                walk(ch)
            if tag == "p":
                out.append("\n")
        walk(root)
        return "".join(out)
    with open(path, encoding="utf-8") as f:
        return f.read()


def out_path(num):
    s = SAMPLES[num]
    return os.path.join(HERE, s["name"] + "." + s["ext"])


def build(num):
    s = SAMPLES[num]
    p = out_path(num)
    s["build"](p)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(expected_for(num), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(p))


def check():
    problems = []
    exts = {}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        assert re.match(r"^%d_[a-z0-9_]+$" % num, s["name"]), s["name"]
        exts.setdefault(s["ext"], []).append(num)
        p = out_path(num)
        if not os.path.exists(p):
            problems.append("%s: missing file" % p)
            continue
        size = os.path.getsize(p)
        if size >= MAX_BYTES:
            problems.append("%s: too large (%d bytes)" % (p, size))
        if s["ext"] == "docx":
            with zipfile.ZipFile(p) as z:
                bad = z.testzip()
                if bad:
                    problems.append("%s: bad zip member %s" % (p, bad))
            import docx
            docx.Document(p)
        try:
            text = _norm(extract_text(p))
        except Exception as e:  # noqa: BLE001
            problems.append("%s: cannot open (%s)" % (p, e))
            continue
        if len(text) < 500:
            problems.append("%s: suspiciously little text" % p)
        for k, ev in s["evidence"].items():
            if _norm(ev) not in text:
                problems.append("%s: evidence %s not found: %r" % (os.path.basename(p), k, ev))
        jp = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(jp, encoding="utf-8") as f:
                got = json.load(f)
        except FileNotFoundError:
            problems.append("%s: missing" % jp)
            continue
        if got != expected_for(num):
            problems.append("%s: does not match the script's table" % jp)
        print("%d %-4s %6d bytes %6d chars  %s" % (num, s["ext"], size, len(text),
              " ".join("%s=%s" % (k, v[:2]) for k, v in s["statuses"].items())))
    print("formats:", {k: len(v) for k, v in exts.items()})
    if problems:
        print("\n".join(problems))
        print("CHECK FAILED")
        return 1
    print("check passed: %d samples" % len(SAMPLES))
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    wanted = [int(a) for a in argv if a.isdigit()]
    for num in sorted(SAMPLES):
        if not wanted or num in wanted:
            build(num)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
