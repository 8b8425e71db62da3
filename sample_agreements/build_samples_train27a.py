#!/usr/bin/env python3
"""Build training samples 413-420 for leerroute-check (batch train27a).

Written by an independent helper session. The agreements were composed from the two official
guidance documents (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), the shared
domain reference (domain.md) and the labelling rules in LABELS.md -- without looking at the
checker code, its tests, the models or the texts of any other sample. All schools, instellingen,
companies and people are made up.

Usage:
    python3 build_samples_train27a.py            build all samples
    python3 build_samples_train27a.py 413 417    build only those numbers
    python3 build_samples_train27a.py --check    open every produced file and verify it

Output is deterministic: PDFs are written with reportlab's invariant mode and DOCX files get
fixed core properties and a zip rewritten with fixed timestamps.
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}  # number -> dict(name, ext, description, statuses, evidence, build)


def register(num, name, ext, description, statuses, evidence, build):
    assert num not in SAMPLES
    assert set(statuses) == set("abcdefghij")
    SAMPLES[num] = dict(name=name, ext=ext, description=description,
                        statuses=statuses, evidence=evidence, build=build)


def st(code):
    """'pppppppppp' -> statuses dict (p present, w weak, m missing, n not_applicable)."""
    m = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    assert len(code) == 10
    return {k: m[c] for k, c in zip("abcdefghij", code)}


# ----------------------------------------------------------------------------------------------
# PDF helpers (reportlab)
# ----------------------------------------------------------------------------------------------

def _pdf_styles(base_font="Helvetica", size=10):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base_font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[base_font]
    lead = size * 1.35
    s = {}
    s["title"] = ParagraphStyle("title", fontName=bold, fontSize=size + 6, leading=size + 10,
                                alignment=TA_CENTER, spaceAfter=4)
    s["subtitle"] = ParagraphStyle("subtitle", fontName=base_font, fontSize=size + 1.5,
                                   leading=size + 5, alignment=TA_CENTER, spaceAfter=10)
    s["h"] = ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=size + 4,
                            spaceBefore=9, spaceAfter=3, keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead,
                             spaceBefore=5, spaceAfter=2, keepWithNext=1)
    s["hc"] = ParagraphStyle("hc", parent=s["h"], alignment=TA_CENTER, fontSize=size + 3,
                             leading=size + 7, spaceBefore=14)
    s["p"] = ParagraphStyle("p", fontName=base_font, fontSize=size, leading=lead,
                            alignment=TA_JUSTIFY, spaceAfter=4)
    s["i"] = ParagraphStyle("i", parent=s["p"], fontName=ital)
    s["li"] = ParagraphStyle("li", parent=s["p"], leftIndent=20, bulletIndent=4, spaceAfter=2)
    s["li2"] = ParagraphStyle("li2", parent=s["p"], leftIndent=38, bulletIndent=22, spaceAfter=2)
    s["cl"] = ParagraphStyle("cl", parent=s["p"], leftIndent=30, bulletIndent=0, spaceAfter=3)
    s["small"] = ParagraphStyle("small", fontName=base_font, fontSize=size - 2,
                                leading=(size - 2) * 1.3)
    s["fn"] = ParagraphStyle("fn", fontName=base_font, fontSize=7.5, leading=9.2,
                             leftIndent=10, firstLineIndent=-10)
    s["sig"] = ParagraphStyle("sig", fontName=base_font, fontSize=size, leading=lead)
    return s


def build_pdf(path, blocks, title, author, base_font="Helvetica", size=10, header=None,
              footnote_space=0):
    """Render a list of blocks to PDF.

    Blocks: ("title", t) ("subtitle", t) ("h", t) ("h2", t) ("hc", t) ("p", t) ("i", t)
    ("li", label, t) ("li2", label, t) ("cl", label, t) ("ul", [t, ...]) ("sp", pts) ("pb",) ("small", t)
    ("sig", [[cell, cell], ...]) ("table", rows, colwidths_cm).
    Footnotes: "{fn:text}" inside a paragraph becomes a superscript number; the note is printed
    at the foot of the page where the paragraph ends (footnote_space reserves room, in points).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    PageBreak, Table, TableStyle, Flowable)
    from reportlab.lib import colors

    styles = _pdf_styles(base_font, size)
    pending = []
    counter = [0]

    class NoteMark(Flowable):
        def __init__(self, notes):
            Flowable.__init__(self)
            self.notes = notes

        def wrap(self, aw, ah):
            return (0, 0)

        def draw(self):
            pending.extend(self.notes)

    def para(text, style, bullet=None):
        notes = []

        def repl(m):
            counter[0] += 1
            notes.append((counter[0], m.group(1)))
            return "<super>%d</super>" % counter[0]
        text = re.sub(r"\{fn:(.*?)\}", repl, text)
        out = [Paragraph(text, style, bulletText=bullet)]
        if notes:
            out.append(NoteMark(notes))
        return out

    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "subtitle", "h", "h2", "hc", "p", "i", "small"):
            story += para(b[1], styles[kind])
        elif kind in ("li", "li2", "cl"):
            story += para(b[2], styles[kind], b[1])
        elif kind == "ul":
            for t in b[1]:
                story += para(t, styles["li"], "\u2022")
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sig":
            rows = [[Paragraph(c, styles["sig"]) for c in r] for r in b[1]]
            t = Table(rows, colWidths=[8.2 * cm, 8.2 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6)]))
            story.append(t)
        elif kind == "table":
            rows = [[Paragraph(c, styles["small"]) for c in r] for r in b[1]]
            t = Table(rows, colWidths=[w * cm for w in b[2]], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        else:
            raise ValueError(kind)

    left, right, top = 2.4 * cm, 2.4 * cm, 2.3 * cm
    bottom = 2.0 * cm + footnote_space
    W, H = A4

    def on_page_end(canv, doc):
        canv.saveState()
        if pending:
            y = 2.0 * cm + footnote_space - 6
            canv.setLineWidth(0.5)
            canv.line(left, y, left + 5 * cm, y)
            y -= 3
            for num, txt in pending:
                p = Paragraph("<super>%d</super> %s" % (num, txt), styles["fn"])
                w, h = p.wrap(W - left - right, 200)
                y -= h
                p.drawOn(canv, left, y)
            del pending[:]
        canv.setFont(base_font, 8)
        if header:
            canv.drawString(left, H - 1.4 * cm, header)
        canv.drawRightString(W - right, 1.2 * cm, "pagina %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=left, rightMargin=right,
                          topMargin=top, bottomMargin=bottom, title=title, author=author,
                          subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                          creator="build_samples_train27a", invariant=1)
    frame = Frame(left, bottom, W - left - right, H - top - bottom, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=on_page_end)])
    doc.build(story)


# ----------------------------------------------------------------------------------------------
# DOCX helpers (python-docx)
# ----------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def new_docx(font="Calibri", size=10.5):
    import docx
    from docx.shared import Pt, Cm
    d = docx.Document()
    st_ = d.styles["Normal"]
    st_.font.name = font
    st_.font.size = Pt(size)
    for sec in d.sections:
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = sec.bottom_margin = Cm(2.2)
    return d


def add_article_numbering(d, num_id=90, art_text="Artikel %1", lid_text="%1.%2",
                          sub_fmt="lowerLetter", sub_text="%3."):
    """Create a multilevel Word list: level 0 article headings, level 1 leden, level 2 sub-list."""
    from lxml import etree
    numbering = d.part.numbering_part.element
    xml = (
        '<w:abstractNum xmlns:w="%(ns)s" w:abstractNumId="%(id)d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
        '<w:lvlText w:val="%(art)s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%(lid)s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="%(subfmt)s"/>'
        '<w:lvlText w:val="%(sub)s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1021" w:hanging="454"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % dict(ns=W_NS, id=num_id, art=art_text, lid=lid_text,
                                  subfmt=sub_fmt, sub=sub_text))
    absnum = etree.fromstring(xml)
    first_num = numbering.find("{%s}num" % W_NS)
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = etree.fromstring('<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/>'
                           '</w:num>' % (W_NS, num_id, num_id))
    numbering.append(num)
    return num_id


def numbered(paragraph, num_id, level):
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = level
    numPr.get_or_add_numId().val = num_id
    return paragraph


def add_runs(paragraph, text, size=None):
    """Add text with **bold** and _italic_ markup."""
    from docx.shared import Pt
    for part in re.split(r"(\*\*.+?\*\*|__.+?__)", text):
        if not part:
            continue
        if part.startswith("**"):
            r = paragraph.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("__"):
            r = paragraph.add_run(part[2:-2])
            r.italic = True
        else:
            r = paragraph.add_run(part)
        if size:
            r.font.size = Pt(size)
    return paragraph


def save_docx(d, path, title, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.lstrip("\n"))


# ----------------------------------------------------------------------------------------------
# Text extraction for --check
# ----------------------------------------------------------------------------------------------

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
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return " ".join(s.split())


# ==============================================================================================
# The agreements
# ==============================================================================================

# ----------------------------------------------------------------------------------------------
# 413 - PDF, formal articles with footnotes; AOC, green route (Vechtdal, Overijssel). Compliant.
# ----------------------------------------------------------------------------------------------

def build_413(path):
    B = [
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("subtitle", "doorlopende leerroute Groen (kaderberoepsgerichte leerweg) \u2013 "
                     "Dierenverzorger niveau 3"),
        ("small", "Kenmerk VS/GV-2025-014 \u00b7 definitieve versie d.d. 12 juni 2025"),
        ("sp", 8),
        ("h2", "De ondergetekenden:"),
        ("li", "1.", "Stichting Scholengroep Vechtstreek, statutair gevestigd te Hardenberg, bevoegd "
               "gezag van het Vechtstreek College, school voor vmbo met onder meer de "
               "kaderberoepsgerichte leerweg, te dezen rechtsgeldig vertegenwoordigd door mevrouw "
               "drs. H.J. Lubbers-Veldkamp, voorzitter van het college van bestuur, hierna: "
               "<b>de school</b>;"),
        ("li", "2.", "Stichting Agrarisch Opleidingscentrum Noordoost-Overijssel, handelend onder de "
               "naam Groencampus Vechtdal, statutair gevestigd te Ommen, bevoegd gezag van een "
               "agrarisch opleidingscentrum dat mbo-opleidingen verzorgt in het domein Voedsel, "
               "natuur en leefomgeving, te dezen rechtsgeldig vertegenwoordigd door de heer ing. "
               "R.W. Mulder MBA, lid van de raad van bestuur, hierna: <b>het AOC</b>;"),
        ("p", "hierna gezamenlijk te noemen: partijen."),
        ("h2", "Overwegende dat:"),
        ("li", "A.", "de school het profiel Groen aanbiedt op haar locatie Dedemsvaart en het AOC op "
               "zijn vestigingen Ommen en Hardenberg opleidingen in de dierverzorging verzorgt;"),
        ("li", "B.", "partijen leerlingen met een uitgesproken belangstelling voor het werken met "
               "dieren een ononderbroken leerweg willen bieden van het vmbo naar een diploma op "
               "niveau 3, zonder dubbelingen in de lesstof en met een vroege kennismaking met het "
               "beroep;{fn:Zie over het begrip doorlopende leerroute artikel 2.107a WVO 2020 en "
               "artikel 9.1.2 WEB.}"),
        ("li", "C.", "een doorlopende leerroute slechts kan worden verzorgd op grond van een "
               "samenwerkingsovereenkomst met een wettelijk voorgeschreven minimuminhoud, die "
               "partijen in deze overeenkomst hebben uitgewerkt;{fn:Artikel 2.107b, eerste en tweede "
               "lid, WVO 2020; artikel 9.1.3 WEB.}"),
        ("p", "verklaren het volgende te zijn overeengekomen."),

        ("h", "Artikel 1 Begrippen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("li", "a.", "<i>traject</i>: de doorlopende leerroute vmbo-mbo bedoeld in artikel 2;"),
        ("li", "b.", "<i>vo-fase</i>: de eerste twee leerjaren van het traject (leerjaar 3 en 4 van "
               "de school);"),
        ("li", "c.", "<i>mbo-fase</i>: het derde en de volgende leerjaren van het traject;"),
        ("li", "d.", "<i>regieduo</i>: de leiding over het traject bedoeld in artikel 3;"),
        ("li", "e.", "<i>PTP</i>: het gezamenlijke programma- en toetsplan bedoeld in artikel 5, "
               "derde lid."),

        ("h", "Artikel 2 Het traject en de kwalificatie"),
        ("li", "1.", "Partijen verzorgen gezamenlijk een traject dat begint in leerjaar 3 van het "
               "profiel Groen in de kaderberoepsgerichte leerweg van de school en dat leidt tot het "
               "vmbo-diploma en tot het mbo-diploma van de vakopleiding Dierenverzorger (niveau 3), "
               "kwalificatiedossier Dierverzorging, in het aanverwante opleidingsdomein Voedsel, "
               "natuur en leefomgeving."),
        ("li", "2.", "Het mbo-deel wordt verzorgd in de beroepsopleidende leerweg. Het traject duurt "
               "nominaal vijf schooljaren: twee in de vo-fase en drie in de mbo-fase."),
        ("li", "3.", "Het vmbo-examen wordt afgerond in het tweede leerjaar van het traject en uiterlijk "
               "in het derde leerjaar."),

        ("h", "Artikel 3 Regie over het traject"),
        ("li", "1.", "De leiding over het traject berust bij een regieduo, bestaande uit de teamleider "
               "Groen van de school en de opleidingsmanager Dier en Groene Ruimte van het AOC."),
        ("li", "2.", "Het college van bestuur van de school en de raad van bestuur van het AOC wijzen "
               "ieder hun lid van het regieduo schriftelijk aan, telkens voor drie schooljaren; "
               "herbenoeming is mogelijk. Ontstaat een vacature, dan wijst het betrokken bestuur "
               "binnen zes weken een opvolger aan en meldt het dit aan het andere bestuur."),
        ("li", "3.", "Het regieduo draagt zorg voor: (a) het opstellen en jaarlijks bijstellen van het "
               "PTP; (b) de toelating van leerlingen tot het traject; (c) de roostering en de "
               "verdeling van de lessen over de locaties; (d) de inzet van de docenten binnen de door "
               "de besturen toegekende formatie; (e) de besluiten over een andere weg voor een "
               "leerling als bedoeld in artikel 7, vijfde lid."),
        ("li", "4.", "Het regieduo mag binnen het jaarbudget van het traject uitgaven doen en "
               "afspraken maken met leerbedrijven. Besluiten over uitbreiding van het aantal "
               "groepen, een andere kwalificatie of verplichtingen boven \u20ac 10.000 blijven "
               "voorbehouden aan de besturen gezamenlijk."),

        ("h", "Artikel 4 Rekenschap aan de besturen"),
        ("li", "1.", "Na afloop van elk trimester zendt het regieduo aan beide besturen een beknopte "
               "voortgangsnotitie over in-, door- en uitstroom, verzuim en bijzonderheden."),
        ("li", "2.", "Jaarlijks v\u00f3\u00f3r 1 november legt het regieduo over het afgelopen "
               "schooljaar rekenschap af in een jaarverslag met in elk geval de resultaten, de "
               "besteding van het bedrag bedoeld in artikel 8 en de uitkomst van de "
               "tevredenheidspeiling onder leerlingen en ouders. Het jaarverslag wordt besproken in "
               "het bestuurlijk overleg van november, waarin beide besturen het regieduo kunnen "
               "bevragen."),
        ("li", "3.", "Het regieduo informeert beide besturen onverwijld over ontwikkelingen die de "
               "continu\u00efteit van het traject raken."),

        ("h", "Artikel 5 Onderwijs, mensen en middelen"),
        ("li", "1.", "De vo-fase wordt gegeven op de locatie Dedemsvaart van de school; op donderdag "
               "volgen de leerlingen hun praktijklessen op de praktijklocatie De Stekkenkamp van het "
               "AOC in Ommen. De mbo-fase wordt gegeven op de vestiging Hardenberg van het AOC."),
        ("li", "2.", "Docenten van beide partijen vormen \u00e9\u00e9n vast team. Het AOC zet in de "
               "vo-fase twee praktijkdocenten dierverzorging in voor gemiddeld acht lesuren per "
               "week; de school zet in de mbo-fase haar docenten Nederlands en biologie in zolang "
               "studenten nog vmbo-examenonderdelen afleggen. Voor het vakoverstijgende onderdeel "
               "\u2018Dier, mens en omgeving\u2019 werken de docenten als team met gedeelde "
               "bevoegdheid;{fn:Artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Elk teamlid blijft "
               "verantwoordelijk voor het deel waarvoor hij bevoegd is.} het PTP vermeldt om welke "
               "onderdelen het gaat. Iedere docent blijft in dienst van zijn eigen werkgever."),
        ("li", "3.", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden voor "
               "het hele traject per leerjaar vastgelegd in het PTP, dat het regieduo jaarlijks "
               "v\u00f3\u00f3r 1 juli ter vaststelling aan beide besturen voorlegt. Het PTP geeft "
               "aan welke onderdelen tot het vmbo, welke tot het mbo en welke tot beide behoren."),
        ("li", "4.", "Het AOC stelt zijn dierenverblijf, de praktijkstal en het practicumlokaal "
               "diergezondheid kosteloos beschikbaar voor de lessen in de vo-fase. De school stelt "
               "haar schooltuin met kas en haar aula beschikbaar voor projectweken en ouderavonden. "
               "Het gebruik wordt in het jaarrooster vastgelegd."),
        ("li", "5.", "Een klacht over een medewerker van de andere partij wordt behandeld volgens de "
               "klachtenregeling van de partij waar de leerling op dat moment is ingeschreven; de "
               "andere partij verleent daaraan haar medewerking."),

        ("h", "Artikel 6 De praktijk aan tafel"),
        ("li", "1.", "Partijen stellen een praktijkraad in met vertegenwoordigers van ten minste vier "
               "door SBB erkende leerbedrijven uit de regio, onder wie Dierenpark De Vechtoever, "
               "Dierenkliniek Hardenberg-Noord en dierenpension Het Ganzenveld."),
        ("li", "2.", "De praktijkraad komt twee keer per schooljaar bijeen en adviseert het regieduo "
               "over de inhoud van het PTP en de keuze van keuzedelen."),
        ("li", "3.", "De leerbedrijven bieden leerlingen in de vo-fase snuffelstages en in de "
               "mbo-fase bpv-plaatsen; hun praktijkopleiders beoordelen de proeve van bekwaamheid "
               "mee als tweede beoordelaar."),

        ("h", "Artikel 7 Als het traject niet past"),
        ("li", "1.", "Een leerling die het traject niet afmaakt, om welke reden ook \u2013 een "
               "verhuizing, een niveau dat niet aansluit of een andere beroepswens \u2013 krijgt van "
               "partijen een passende andere weg naar een diploma aangeboden.{fn:Overstapoptie in de "
               "zin van artikel 2.107k WVO 2020 en artikel 9.1.14 WEB.}"),
        ("li", "2.", "In de vo-fase gaat de leerling verder in de reguliere kaderberoepsgerichte "
               "leerweg van de school, in het profiel Groen of desgewenst in een ander profiel, en "
               "werkt hij toe naar het vmbo-diploma."),
        ("li", "3.", "Na het vmbo-diploma kan de student binnen het AOC overstappen naar een andere "
               "opleiding op niveau 3 of, als dat beter past, op niveau 2; vooropleidingseisen staan "
               "daaraan niet in de weg. Wil de student naar een andere instelling, dan begeleidt het "
               "AOC de aanmelding; die instelling kan na een geschiktheidsonderzoek toelaten."),
        ("li", "4.", "Heeft de student aan het einde van het derde leerjaar van het traject het "
               "vmbo-diploma niet behaald, dan zet hij de mbo-opleiding voort of kiest hij een "
               "vergelijkbare opleiding van het AOC op hetzelfde niveau; de school biedt hem de "
               "gelegenheid ontbrekende examenonderdelen opnieuw af te leggen."),
        ("li", "5.", "Welke weg wordt gevolgd, beslist het regieduo gezamenlijk na een gesprek met de "
               "leerling en zijn ouders, aan de hand van het bereikte onderwijsniveau en de leeftijd "
               "van de leerling. Het besluit wordt schriftelijk vastgelegd en de mentor zorgt voor "
               "een warme overdracht."),
        ("li", "6.", "Partijen nemen deze werkwijze op in de schoolgids en de studiegids."),

        ("h", "Artikel 8 Geldstromen"),
        ("li", "1.", "In de vo-fase ontvangt de school de rijksbekostiging voor de leerling, in de "
               "mbo-fase het AOC."),
        ("li", "2.", "De school draagt voor iedere leerling die op 1 oktober in de vo-fase van het "
               "traject staat ingeschreven \u20ac 1.450 per schooljaar over aan het AOC.{fn:Overdracht "
               "met toepassing van artikel 5.42a WVO 2020.} Dit bedrag dient uitsluitend ter dekking "
               "van de inzet van de praktijkdocenten van het AOC bedoeld in artikel 5, tweede lid, "
               "en van verbruiksmaterialen en diervoeding voor de praktijklessen."),
        ("li", "3.", "Het AOC factureert in januari; betaling volgt binnen dertig dagen. Verder "
               "dragen partijen geen bekostiging aan elkaar over."),

        ("h", "Artikel 9 Inspraak van leerlingen, ouders en personeel"),
        ("li", "1.", "Leerlingen in de vo-fase kiezen uit hun midden twee vertegenwoordigers die "
               "zitting nemen in de studentenraad van de vestiging Hardenberg van het AOC, met "
               "dezelfde rechten als de andere leden voor zover het om het traject gaat."),
        ("li", "2.", "De medezeggenschapsraad van de school en de ondernemingsraad en de "
               "studentenraad van het AOC ontvangen het jaarverslag bedoeld in artikel 4, tweede "
               "lid. Eenmaal per schooljaar beleggen partijen een gezamenlijke bijeenkomst van een "
               "delegatie van deze organen over het traject."),
        ("li", "3.", "Voor het overige blijven de medezeggenschapsregels gelden die op elk van "
               "partijen van toepassing zijn.{fn:Voor de school de Wet medezeggenschap op scholen; "
               "voor het AOC hoofdstuk 8a WEB en de Wet op de ondernemingsraden.}"),

        ("h", "Artikel 10 Verschillen van inzicht"),
        ("li", "1.", "Verschillen van inzicht tussen partijen over de uitvoering van deze "
               "overeenkomst worden eerst in het regieduo besproken. Is de kwestie na vier weken "
               "niet opgelost, dan wordt zij voorgelegd aan de bestuurders die deze overeenkomst "
               "hebben ondertekend."),
        ("li", "2.", "Leidt het bestuurlijk overleg binnen zes weken niet tot overeenstemming, dan "
               "roepen partijen de hulp in van een onafhankelijke MfN-registermediator; de kosten "
               "worden gedeeld."),
        ("li", "3.", "Slaagt ook de mediation niet, dan kan ieder van partijen de zaak voorleggen aan "
               "de bevoegde rechter van de rechtbank Overijssel."),

        ("h", "Artikel 11 Nieuwe partners, wijziging en einde"),
        ("li", "1.", "Een andere vmbo-school of instelling voor beroepsonderwijs kan tot deze "
               "overeenkomst toetreden als beide partijen daarmee schriftelijk instemmen, de "
               "nieuwe partner de overeenkomst aanvaardt door ondertekening van een toetredingsakte "
               "en de toetreding ingaat bij het begin van een schooljaar. De toetreding wordt "
               "gezamenlijk aan DUO gemeld."),
        ("li", "2.", "Deze overeenkomst kan alleen worden gewijzigd of aangevuld bij schriftelijk "
               "stuk dat door beide partijen is ondertekend, nadat de organen bedoeld in artikel 9, "
               "tweede lid, zijn gehoord."),
        ("li", "3.", "Ieder van partijen kan de overeenkomst schriftelijk opzeggen tegen 1 augustus "
               "van enig jaar met inachtneming van een termijn van ten minste twaalf maanden. Bij "
               "een ernstige tekortkoming die niet binnen twee maanden na schriftelijke "
               "ingebrekestelling is hersteld, kan de andere partij de overeenkomst ontbinden."),
        ("li", "4.", "Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten. "
               "Leerlingen die op dat moment aan het traject deelnemen, ronden het af onder de "
               "voorwaarden van deze overeenkomst, zo nodig na de einddatum. Een wijziging mag "
               "lopende leerlingen niet benadelen."),

        ("h", "Artikel 12 Looptijd"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd. "
              "Partijen evalueren haar elke drie jaar, voor het eerst in het voorjaar van 2028."),
        ("sp", 6),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Hardenberg op 12 juni 2025."),
        ("sp", 14),
        ("sig", [["Stichting Scholengroep Vechtstreek", "Stichting Agrarisch Opleidingscentrum "
                  "Noordoost-Overijssel (Groencampus Vechtdal)"],
                 ["<br/><br/>______________________________<br/>drs. H.J. Lubbers-Veldkamp<br/>"
                  "voorzitter college van bestuur",
                  "<br/><br/>______________________________<br/>ing. R.W. Mulder MBA<br/>"
                  "lid raad van bestuur"]]),
    ]
    build_pdf(path, B, title="Samenwerkingsovereenkomst doorlopende leerroute Groen - "
              "Dierenverzorger", author="Scholengroep Vechtstreek / Groencampus Vechtdal",
              base_font="Times-Roman", size=10.5, footnote_space=60,
              header="Samenwerkingsovereenkomst traject Groen \u2013 Dierenverzorger")


register(
    413, "413_voetnoten_aoc_groen_vechtdal_dierenverzorger", "pdf",
    "Formal article-style PDF with footnotes (statute references at the page foot); a separate "
    "vmbo school and an AOC in the Vechtdal (Overijssel), Groen kb -> Dierenverzorger niveau 3; "
    "non-checklist headings ('Regie over het traject', 'De praktijk aan tafel', 'Geldstromen'); "
    "transfer of EUR 1.450 per leerling with its purpose; fully compliant.",
    st("pppppppppp"),
    {"a": "Artikel 2 Het traject en de kwalificatie",
     "b": "Artikel 6 De praktijk aan tafel",
     "c": "Artikel 3 Regie over het traject",
     "d": "Artikel 4 Rekenschap aan de besturen",
     "e": "Artikel 5 Onderwijs, mensen en middelen",
     "f": "Artikel 7 Als het traject niet past",
     "g": "Artikel 8 Geldstromen",
     "h": "Artikel 9 Inspraak van leerlingen, ouders en personeel",
     "i": "Artikel 10 Verschillen van inzicht",
     "j": "Artikel 11 Nieuwe partners, wijziging en einde"},
    build_413)


# ----------------------------------------------------------------------------------------------
# 414 - DOCX with Word auto-numbered articles, leden and sub-lists; creative media route in the
# Gooi (Hilversum). Defects: b only in the considerans (missing); c without appointment (weak).
# ----------------------------------------------------------------------------------------------

def docx_autonumbered(d, items, num_id):
    """items: ("art", heading) ("lid", text) ("sub", text) ("p", text) ("plain_h", text)."""
    from docx.shared import Pt
    for kind, text in items:
        if kind == "art":
            p = d.add_paragraph(style="Heading 2")
            add_runs(p, text)
            numbered(p, num_id, 0)
        elif kind == "lid":
            p = d.add_paragraph(style="List Paragraph")
            add_runs(p, text)
            numbered(p, num_id, 1)
        elif kind == "sub":
            p = d.add_paragraph(style="List Paragraph")
            add_runs(p, text)
            numbered(p, num_id, 2)
        elif kind == "plain_h":
            p = d.add_paragraph(style="Heading 2")
            add_runs(p, text)
        elif kind == "p":
            p = d.add_paragraph()
            add_runs(p, text)
        else:
            raise ValueError(kind)
        p.paragraph_format.space_after = Pt(3)


def build_414(path):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = new_docx("Calibri", 10.5)
    nid = add_article_numbering(d, 90)
    t = d.add_paragraph(style="Title")
    add_runs(t, "Samenwerkingsovereenkomst Doorlopende Leerroute Creatieve Media")
    p = d.add_paragraph()
    add_runs(p, "__vmbo Media, vormgeving en ICT (gemengde leerweg) \u2013 mbo Mediavormgever en "
                "AV-specialist (niveau 4)__")
    p = d.add_paragraph()
    add_runs(p, "**Partijen**")
    p = d.add_paragraph(style="List Number")
    add_runs(p, "**Stichting Voortgezet Onderwijs Gooi-Midden**, statutair gevestigd te Hilversum, "
                "bevoegd gezag van Het Zendhuis, school voor vmbo, vertegenwoordigd door de heer "
                "M.A. Brouwer, bestuurder (hierna: __Het Zendhuis__);")
    p = d.add_paragraph(style="List Number")
    add_runs(p, "**Stichting Mediaopleidingen Midden-Nederland**, statutair gevestigd te Hilversum, "
                "bevoegd gezag van het Mediacollege Het Gooi, instelling voor beroepsonderwijs, "
                "vertegenwoordigd door mevrouw S. Achterberg-Dekker, voorzitter van het college van "
                "bestuur (hierna: __het Mediacollege__).")
    p = d.add_paragraph()
    add_runs(p, "**Overwegingen**")
    for txt in [
        "Hilversum is het hart van de audiovisuele sector. Partijen hechten eraan dat omroepen, "
        "productiehuizen en ontwerpbureaus uit de regio invloed hebben op de opleiding van hun "
        "toekomstige vakmensen en dat leerlingen daar vroeg praktijkervaring opdoen.",
        "Partijen willen leerlingen van Het Zendhuis die in het tweede leerjaar kiezen voor media "
        "een ononderbroken route naar een diploma op niveau 4 bieden, zonder dubbelingen en met "
        "ruimte voor verdieping.",
        "Partijen leggen hun afspraken daarom vast in deze overeenkomst en melden de route "
        "gezamenlijk bij DUO.",
    ]:
        q = d.add_paragraph(style="List Bullet")
        add_runs(q, txt)
    p = d.add_paragraph()
    add_runs(p, "Partijen komen het volgende overeen.")
    items = [
        ("art", "Begrippen"),
        ("lid", "In deze overeenkomst wordt verstaan onder:"),
        ("sub", "__route__: de doorlopende leerroute vmbo-mbo bedoeld in het volgende artikel;"),
        ("sub", "__kernteam__: het team dat de route aanstuurt;"),
        ("sub", "__routeplan__: de jaarlijkse beschrijving van programma en examinering per leerjaar;"),
        ("sub", "__leerling__: een deelnemer aan de route, ongeacht of hij bij Het Zendhuis of bij "
                "het Mediacollege staat ingeschreven."),
        ("art", "Waar de route over gaat"),
        ("lid", "De route verbindt het profiel Media, vormgeving en ICT in de gemengde leerweg van "
                "Het Zendhuis met de volgende opleidingen van het Mediacollege in het opleidingsdomein "
                "Media en vormgeving:"),
        ("sub", "Mediavormgever, niveau 4 (middenkaderopleiding), beroepsopleidende leerweg;"),
        ("sub", "AV-specialist, niveau 4 (middenkaderopleiding), beroepsopleidende leerweg."),
        ("lid", "De leerling kiest in de laatste periode van het tweede leerjaar van de route tussen "
                "beide opleidingen."),
        ("lid", "Het vmbo-diploma wordt behaald in het tweede leerjaar van de route. De route duurt "
                "in totaal vijf jaar, waarvan drie in het mbo."),
        ("art", "Het kernteam"),
        ("lid", "De route wordt aangestuurd door een kernteam van vijf personen: twee namens Het "
                "Zendhuis, onder wie de afdelingsleider bovenbouw, twee namens het Mediacollege, "
                "onder wie de opleidingsmanager Media en Vormgeving, en een routecoördinator die de "
                "vergaderingen voorzit en het secretariaat voert."),
        ("lid", "Het kernteam heeft tot taak:"),
        ("sub", "het jaarlijks opstellen van het routeplan;"),
        ("sub", "het bewaken van de doorlopende leerlijn en het voorkomen van overlap in de lesstof;"),
        ("sub", "de planning van lessen, projecten en toetsen op beide locaties;"),
        ("sub", "de intake van nieuwe leerlingen en het besluit over hun plaatsing in de route;"),
        ("sub", "de zorg voor de kwaliteit van de route, waaronder de jaarlijkse evaluatie met "
                "leerlingen en docenten."),
        ("lid", "Het kernteam is bevoegd:"),
        ("sub", "binnen het door de besturen vastgestelde routebudget verplichtingen aan te gaan tot "
                "\u20ac 7.500 per geval;"),
        ("sub", "docenten van beide partijen in te roosteren binnen de formatie die de besturen voor "
                "de route beschikbaar stellen;"),
        ("sub", "namens partijen op te treden tegenover leerlingen en ouders in zaken die de route "
                "betreffen."),
        ("lid", "Besluiten die de formatie, het routebudget of de keuze van de opleidingen raken, legt "
                "het kernteam ter besluitvorming voor aan beide besturen."),
        ("lid", "Het kernteam vergadert ten minste zes keer per schooljaar en besluit bij consensus."),
        ("art", "Rapportage aan de besturen"),
        ("lid", "Het kernteam brengt twee keer per schooljaar, in februari en in september, een "
                "schriftelijke voortgangsrapportage uit aan het bestuur van Het Zendhuis en aan het "
                "college van bestuur van het Mediacollege."),
        ("lid", "De rapportage bevat ten minste:"),
        ("sub", "het aantal leerlingen per leerjaar en hun doorstroom;"),
        ("sub", "de examenresultaten, zowel vmbo als mbo;"),
        ("sub", "de uitval en de gevolgde vervolgwegen;"),
        ("sub", "de besteding van het routebudget."),
        ("lid", "De rapportage van september geldt als jaarverantwoording en wordt besproken in het "
                "bestuurlijk overleg dat partijen jaarlijks in oktober voeren."),
        ("art", "Onderwijs en organisatie"),
        ("lid", "De eerste twee leerjaren van de route worden gegeven in het gebouw van Het Zendhuis; "
                "op dinsdag werken de leerlingen in de mediastudio\u2019s van het Mediacollege. Vanaf "
                "het derde leerjaar vindt het onderwijs plaats op de campus van het Mediacollege."),
        ("lid", "Het routeplan beschrijft per leerjaar:"),
        ("sub", "het onderwijsprogramma en de projecten;"),
        ("sub", "de examinering, zowel het PTA voor het vmbo als de OER voor het mbo, met aanduiding "
                "van gecombineerde onderdelen;"),
        ("sub", "de onderdelen die door een team van docenten worden verzorgd."),
        ("lid", "Docenten van beide partijen vormen \u00e9\u00e9n routeteam. Het Mediacollege zet in de "
                "eerste twee leerjaren een docent grafisch ontwerp en een docent audiovisueel in voor "
                "samen 0,6 fte; Het Zendhuis zet in het derde leerjaar zijn docent Engels in voor vier "
                "uur per week zolang leerlingen nog vmbo-examens afleggen. De teambevoegdheid wordt "
                "alleen gebruikt voor de vakoverstijgende projecten Storytelling en Merk en campagne; "
                "elk teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is."),
        ("lid", "Het Mediacollege stelt zijn mediastudio\u2019s, de greenscreenruimte en de uitleen "
                "van camera- en lichtapparatuur beschikbaar aan leerlingen van de route onder dezelfde "
                "voorwaarden als aan eigen studenten. Het Zendhuis stelt zijn Mac-lokaal met licenties "
                "voor vormgevingssoftware op woensdagmiddag beschikbaar aan het routeteam."),
        ("lid", "Een klacht over een medewerker van de andere partij wordt behandeld door de "
                "klachtencommissie van de partij waar de leerling staat ingeschreven; de andere partij "
                "werkt aan de behandeling mee."),
        ("art", "Wanneer de route niet bij de leerling past"),
        ("lid", "Stopt een leerling in de eerste twee leerjaren met de route, dan zet hij zijn "
                "opleiding voort in de gemengde leerweg van Het Zendhuis, in hetzelfde of een ander "
                "profiel, op weg naar het vmbo-diploma."),
        ("lid", "Stopt een leerling na het behalen van het vmbo-diploma, dan biedt het Mediacollege "
                "hem een plaats in een andere opleiding op niveau 4 of, als dat beter past, op niveau "
                "3, zonder aanvullende toelatingseisen. Wil hij naar een andere mbo-school, dan helpt "
                "het Mediacollege bij de aanmelding en het geschiktheidsonderzoek aldaar."),
        ("lid", "Heeft een leerling aan het eind van het derde leerjaar van de route nog geen "
                "vmbo-diploma, dan zet hij zijn mbo-opleiding voort of stapt hij over naar een "
                "vergelijkbare opleiding op hetzelfde niveau; Het Zendhuis biedt hem de gelegenheid de "
                "ontbrekende vakken af te ronden."),
        ("lid", "Over de vervolgplek beslissen Het Zendhuis en het Mediacollege samen, via het "
                "kernteam, na een gesprek met de leerling en zijn ouders. Het bereikte niveau en de "
                "leeftijd van de leerling zijn daarbij doorslaggevend."),
        ("art", "Financi\u00eble afspraken"),
        ("lid", "Partijen dragen geen bekostiging aan elkaar over. Elke partij draagt de kosten van "
                "haar eigen personeel en voorzieningen."),
        ("lid", "De uren die docenten over en weer in de route geven, worden jaarlijks in het "
                "routeplan vastgelegd en tegen elkaar weggestreept; een verschil van minder dan 80 uur "
                "per schooljaar wordt niet verrekend."),
        ("art", "Stem van leerlingen, ouders en personeel"),
        ("lid", "Leerlingen van de route die nog bij Het Zendhuis staan ingeschreven, kunnen zich "
                "kandidaat stellen voor de studentenraad van het Mediacollege en daarin meepraten en "
                "meestemmen over onderwerpen die de route raken."),
        ("lid", "De medezeggenschapsraad van Het Zendhuis en de studentenraad van het Mediacollege "
                "vergaderen eenmaal per schooljaar gezamenlijk over de route, aan de hand van de "
                "septemberrapportage."),
        ("art", "Geschillen"),
        ("lid", "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in "
                "het kernteam besproken."),
        ("lid", "Lukt het kernteam niet binnen dertig dagen tot een oplossing te komen, dan leggen "
                "de bestuurders van partijen het geschil in een gezamenlijk overleg op tafel."),
        ("lid", "Blijft het geschil daarna bestaan, dan wordt het beslecht door bindend advies van "
                "een commissie van drie personen: ieder van partijen wijst \u00e9\u00e9n lid aan en "
                "deze twee kiezen samen een onafhankelijke voorzitter. Het advies is voor beide "
                "partijen bindend."),
        ("art", "Toetreding, wijziging en beëindiging"),
        ("lid", "Een andere vmbo-school of mbo-instelling kan partij worden bij deze overeenkomst als "
                "beide partijen daarmee schriftelijk instemmen en de nieuwe partij de overeenkomst "
                "zonder voorbehoud ondertekent. Toetreding gaat in bij het begin van een schooljaar."),
        ("lid", "Wijzigingen worden schriftelijk vastgelegd en door beide partijen ondertekend."),
        ("lid", "Ieder van partijen kan de overeenkomst opzeggen met een termijn van een jaar, met "
                "ingang van 1 augustus. Ontbinding is mogelijk als een partij haar verplichtingen "
                "ernstig en blijvend niet nakomt."),
        ("lid", "Bij toetreding, wijziging, opzegging of ontbinding zorgen partijen ervoor dat "
                "leerlingen die in de route zitten die kunnen afmaken zoals zij begonnen zijn; na "
                "opzegging stromen geen nieuwe leerlingen meer in."),
        ("art", "Slotbepalingen"),
        ("lid", "Deze overeenkomst gaat in op 1 augustus 2025 en loopt voor onbepaalde tijd."),
        ("lid", "Partijen melden de route gezamenlijk bij DUO en evalueren deze overeenkomst na drie "
                "schooljaren."),
    ]
    docx_autonumbered(d, items, nid)
    p = d.add_paragraph()
    add_runs(p, "Aldus overeengekomen en ondertekend te Hilversum op 3 juli 2025.")
    tbl = d.add_table(rows=2, cols=2)
    tbl.cell(0, 0).text = "Namens Stichting Voortgezet Onderwijs Gooi-Midden"
    tbl.cell(0, 1).text = "Namens Stichting Mediaopleidingen Midden-Nederland"
    tbl.cell(1, 0).text = "\n\nM.A. Brouwer, bestuurder"
    tbl.cell(1, 1).text = "\n\nS. Achterberg-Dekker, voorzitter college van bestuur"
    save_docx(d, path, "Samenwerkingsovereenkomst Doorlopende Leerroute Creatieve Media",
              "Het Zendhuis / Mediacollege Het Gooi")


register(
    414, "414_word_autonummering_creatieve_media_gooi", "docx",
    "DOCX with Word auto-numbered articles (multilevel list: Artikel N, leden N.N, sub-lists a.), "
    "headings carry no number in the text; vmbo school and media college in Hilversum, MVI gl -> "
    "Mediavormgever / AV-specialist niveau 4; explicit no transfer of funding. Defects: the "
    "bedrijfsleven (omroepen, productiehuizen) appears only in the considerans (b missing); the "
    "kernteam is described at length (members, tasks, powers) but nothing says who appoints its "
    "members or the routecoordinator (c weak).",
    st("pmwppppppp"),
    {"a": "Waar de route over gaat",
     "d": "Rapportage aan de besturen",
     "e": "Onderwijs en organisatie",
     "f": "Wanneer de route niet bij de leerling past",
     "g": "Financi\u00eble afspraken",
     "h": "Stem van leerlingen, ouders en personeel",
     "i": "Geschillen",
     "j": "Toetreding, wijziging en be\u00ebindiging"},
    build_414)


# ----------------------------------------------------------------------------------------------
# 415 - TXT in plain language with questions as headings; Zorg en welzijn -> Pedagogisch
# medewerker kinderopvang (Sneek, Friesland). Compliant; explicit "no money changes hands".
# ----------------------------------------------------------------------------------------------

TEXT_415 = """
AFSPRAKEN OVER DE DOORLOPENDE ROUTE KINDEROPVANG
Samenwerkingsovereenkomst tussen It Haske vmbo en ROC Zuidwest-Friesland

Versie 1.2, vastgesteld door beide besturen op 24 juni 2025


Wie maken deze afspraken?
-------------------------

Deze overeenkomst is gesloten door:

- Stichting Openbaar Voortgezet Onderwijs Súdwest-Fryslân, het bestuur van It Haske vmbo in
  Sneek (in deze tekst: "It Haske"), vertegenwoordigd door de heer J. de Boer, voorzitter van
  het college van bestuur;
- Stichting Regionaal Opleidingencentrum Zuidwest-Friesland, het bestuur van ROC
  Zuidwest-Friesland met locaties in Sneek en Bolsward (in deze tekst: "het ROC"),
  vertegenwoordigd door mevrouw A. Hoekstra-Zijlstra, voorzitter van het college van bestuur.

We hebben deze afspraken in gewone taal opgeschreven, zodat ook leerlingen en ouders ze kunnen
lezen. Waar "we" staat, bedoelen we It Haske en het ROC samen. Gewone taal maakt de afspraken
niet minder bindend: beide besturen zijn eraan gehouden.


Om welke opleiding gaat het?
----------------------------

De route begint in leerjaar 3 van It Haske, in het profiel Zorg en welzijn van de
kaderberoepsgerichte leerweg. Hij eindigt met twee diploma's: het vmbo-diploma (kader) en het
mbo-diploma Pedagogisch medewerker kinderopvang, niveau 3, uit het opleidingsdomein Zorg en
welzijn (beroepsopleidende leerweg).

De leerling doet zijn vmbo-examen aan het eind van leerjaar 4. Daarna gaat hij zonder
onderbreking verder bij het ROC. Omdat vmbo- en mbo-lesstof op elkaar aansluiten, duurt de hele
route vier jaar in plaats van vijf.


Wie stuurt de route aan?
------------------------

De route heeft een routeteam van drie mensen:

- de teamleider bovenbouw van It Haske;
- de opleidingsmanager Kind en Educatie van het ROC;
- een routecoördinator, een docent van It Haske of van het ROC.

De bestuurder van It Haske wijst de teamleider aan en de bestuurder van het ROC de
opleidingsmanager. De routecoördinator wordt voor twee schooljaren benoemd door beide bestuurders
samen, op voordracht van de teamleider en de opleidingsmanager.

Het routeteam maakt het jaarplan, verdeelt de lessen en de docenten, beslist wie tot de route
wordt toegelaten en beslist over een andere plek voor leerlingen die stoppen (zie "Wat als een
leerling wil stoppen?"). Het routeteam mag zelf alles beslissen wat binnen het vastgestelde
jaarplan en budget past. Voor meer geld, een extra groep of een andere opleiding is een besluit
van beide besturen nodig.


Hoe houden de besturen zicht op de route?
-----------------------------------------

Elk half jaar, in januari en in juli, schrijft het routeteam een korte rapportage voor beide
besturen: hoeveel leerlingen er zijn, wie is overgegaan of gestopt, de examenuitslagen en wat
verder opvalt. Bij de rapportage van juli horen ook een financieel overzicht en de evaluatie van
het schooljaar. De besturen bespreken die julirapportage met het routeteam in hun bestuurlijk
overleg in september en stellen daar het jaarplan voor het nieuwe schooljaar vast. Gebeurt er
iets ernstigs, dan licht het routeteam beide besturen meteen in.


Waar en van wie krijgen de leerlingen les?
------------------------------------------

Leerjaar 3 en 4 (de eerste twee jaar van de route) zijn bij It Haske in Sneek. Op woensdag zijn
de leerlingen de hele dag op de ROC-locatie aan de Harinxmaweg, in het praktijklokaal dat is
ingericht als kinderdagverblijf. Het derde en vierde jaar van de route zijn bij het ROC.

De docenten van It Haske en het ROC vormen samen één team. Twee docenten pedagogiek van het ROC
geven in de eerste twee routejaren samen tien uur per week les bij It Haske en op woensdag in het
praktijklokaal. De docent zorg en welzijn van It Haske geeft in het derde routejaar nog de lessen
voor leerlingen die een vmbo-vak moeten afmaken. In het project "Spelend leren" geven docenten
van beide scholen samen les op grond van de teambevoegdheid; iedere docent blijft daarbij
verantwoordelijk voor het vak waarvoor hij bevoegd is.

Het ROC zet zijn praktijklokaal, de speel-leerruimte en de mediatheek open voor de leerlingen van
It Haske. It Haske laat het ROC zijn gymzaal en leskeuken gebruiken voor de lessen bewegen en
voeding met jonge kinderen. Het gebruik staat in het jaarplan.

Wat een leerling in welk jaar leert en hoe hij wordt getoetst, staat per leerjaar in een
gezamenlijk "routeboekje" (PTA en OER in één document). Beide besturen stellen het routeboekje
elk jaar vóór 1 oktober vast.

Heeft een leerling of ouder een klacht over een medewerker van de andere school, dan behandelt de
school waar de leerling staat ingeschreven de klacht volgens haar klachtenregeling; de andere
school werkt mee.


Wat doen de kinderopvangorganisaties mee?
-----------------------------------------

We werken in de route samen met Kinderopvang De Wâldpyk, Stichting Peuterwurk Súdwest en
kinderdagverblijf Lyts en Grut. Met deze organisaties hebben we afgesproken dat zij:

- in de eerste twee routejaren meeloopdagen bieden en vanaf het derde routejaar stageplaatsen
  (bpv) als erkend leerbedrijf;
- ieder jaar twee gastlessen verzorgen;
- met een vertegenwoordiger zitting hebben in de adviesgroep die twee keer per jaar het
  programma van de route bespreekt en het routeteam adviseert;
- de praktijkexamens in het mbo mee beoordelen.

Komen er organisaties bij, dan zet het routeteam ze op de lijst in het jaarplan.


Wat als een leerling wil stoppen?
---------------------------------

Het kan gebeuren dat de route niet (meer) past: een leerling verhuist, het niveau is te hoog of
te laag, of hij wil toch iets anders worden. Dan zorgen we altijd samen voor een andere weg naar
een diploma.

- Stopt een leerling in leerjaar 3 of 4, dan blijft hij op It Haske en maakt hij het vmbo af in
  de kaderberoepsgerichte leerweg, in Zorg en welzijn of in een ander profiel. Zo haalt hij zijn
  vmbo-diploma.
- Stopt een leerling nadat hij bij het ROC is begonnen, dan kan hij bij het ROC naar een andere
  opleiding op niveau 3 of, als dat beter past, op niveau 2. Het ROC stelt daarbij geen
  vooropleidingseisen. Wil hij naar een andere mbo-school, dan helpt het ROC bij de aanmelding en
  het onderzoek of hij geschikt is voor de nieuwe opleiding.
- Heeft een leerling aan het eind van het derde routejaar nog geen vmbo-diploma, dan mag hij bij
  het ROC verder in zijn opleiding of in een vergelijkbare opleiding op hetzelfde niveau, en kan
  hij de ontbrekende vmbo-vakken bij It Haske afmaken. Hij kan ook een jaar overdoen op It Haske
  om zijn vmbo-diploma te halen.

Wie beslist? It Haske en het ROC beslissen samen, via het routeteam, nadat zij met de leerling en
zijn ouders hebben gepraat. Zij kijken naar wat de leerling al heeft bereikt en naar zijn leeftijd.
De afspraak wordt op papier gezet en de mentor zorgt dat de nieuwe klas of opleiding de leerling
goed kent. Deze werkwijze staat ook in de schoolgids van It Haske en de studiegids van het ROC.


Gaat er geld over en weer?
--------------------------

Nee. We dragen geen bekostiging aan elkaar over. It Haske krijgt het geld van het Rijk zolang de
leerling bij It Haske staat ingeschreven, het ROC daarna. De uren die ROC-docenten bij It Haske
lesgeven en andersom wegen we tegen elkaar weg; ieder betaalt zijn eigen mensen en spullen.


Wie mogen meepraten?
--------------------

Leerlingen van de route die nog bij It Haske staan ingeschreven, kiezen elk jaar een
vertegenwoordiger. Die doet als volwaardig lid mee in de studentenraad van het ROC bij alle
onderwerpen die over de route gaan.

De medezeggenschapsraad van It Haske en de studentenraad en ondernemingsraad van het ROC krijgen
de julirapportage. Voordat we deze afspraken veranderen, vragen we de medezeggenschapsraad van It
Haske en de studentenraad van het ROC om advies.

Een keer per jaar houden we een ouderavond samen, waar ouders van beide scholen hun mening over de
route kunnen geven.


Wat als wij het samen niet eens worden?
---------------------------------------

Zijn It Haske en het ROC het oneens over hoe deze afspraken worden uitgevoerd, dan gaat het zo:

1. Eerst praat het routeteam erover.
2. Is het na vier weken niet opgelost, dan gaat het naar de twee bestuurders.
3. Lukt het de bestuurders binnen zes weken niet, dan vragen we een onafhankelijke mediator om te
   helpen. We betalen die samen.
4. Helpt ook dat niet, dan kan ieder van ons de zaak voorleggen aan de rechter bij de rechtbank
   Noord-Nederland.


Kan er een school bij komen, kunnen de afspraken veranderen, kan de samenwerking stoppen?
-----------------------------------------------------------------------------------------

Erbij komen: een andere vmbo-school of mbo-instelling mag meedoen als beide besturen daar
schriftelijk mee instemmen en de nieuwe school deze afspraken ondertekent. Dat kan alleen met
ingang van 1 augustus. We melden dat samen bij DUO.

Veranderen: deze afspraken veranderen alleen op papier, ondertekend door beide besturen, en pas
nadat de medezeggenschap advies heeft gegeven (zie "Wie mogen meepraten?").

Stoppen: ieder bestuur kan de samenwerking per brief opzeggen, minstens een jaar van tevoren en
alleen met ingang van 1 augustus. Houdt een school zich ernstig niet aan de afspraken en herstelt
zij dat niet binnen twee maanden na een schriftelijke waarschuwing, dan mag de andere school de
overeenkomst ontbinden.

En de leerlingen? Wat er ook gebeurt: leerlingen die al in de route zitten, mogen hem afmaken
zoals afgesproken. Na een opzegging laten we geen nieuwe leerlingen meer toe. Een verandering van
de afspraken mag nooit ten koste gaan van leerlingen die al in de route zitten.


Hoe lang gelden deze afspraken?
-------------------------------

Vanaf 1 augustus 2025, zonder einddatum. Na drie jaar kijken we samen of de afspraken nog goed
werken.


Ondertekend in Sneek op 24 juni 2025

Namens Stichting Openbaar Voortgezet Onderwijs Súdwest-Fryslân
J. de Boer, voorzitter college van bestuur          ____________________

Namens Stichting Regionaal Opleidingencentrum Zuidwest-Friesland
A. Hoekstra-Zijlstra, voorzitter college van bestuur ____________________
"""


def build_415(path):
    write_text(path, TEXT_415)


register(
    415, "415_vragen_als_kopjes_kinderopvang_sneek", "txt",
    "Plain-language TXT whose headings are questions ('Wie stuurt de route aan?', 'Wat als een "
    "leerling wil stoppen?'), written in the 'we' voice; It Haske vmbo and ROC Zuidwest-Friesland "
    "(Sneek), Zorg en welzijn kb -> Pedagogisch medewerker kinderopvang niveau 3; 'Gaat er geld "
    "over en weer? Nee' as the funding clause; fully compliant.",
    st("pppppppppp"),
    {"a": "Om welke opleiding gaat het?",
     "b": "Wat doen de kinderopvangorganisaties mee?",
     "c": "Wie stuurt de route aan?",
     "d": "Hoe houden de besturen zicht op de route?",
     "e": "Waar en van wie krijgen de leerlingen les?",
     "f": "Wat als een leerling wil stoppen?",
     "g": "Gaat er geld over en weer?",
     "h": "Wie mogen meepraten?",
     "i": "Wat als wij het samen niet eens worden?",
     "j": "Kan er een school bij komen, kunnen de afspraken veranderen, kan de samenwerking "
          "stoppen?"},
    build_415)


# ----------------------------------------------------------------------------------------------
# 416 - PDF, long raamovereenkomst with a short deelovereenkomst per route in one document;
# three technical routes in Helmond / De Peel (Oost-Brabant). Compliant; arbitration.
# ----------------------------------------------------------------------------------------------

def _deel_416(code, title, profiel, opleiding, locatie, bedrijven, overstap, bedrag, leider):
    return [
        ("h", "Deelovereenkomst %s \u2013 %s" % (code, title)),
        ("h2", "%s.1 Profiel, leerweg en opleiding" % code),
        ("p", profiel + " " + opleiding),
        ("h2", "%s.2 Locaties en programma" % code),
        ("p", locatie),
        ("h2", "%s.3 Bedrijven in deze route" % code),
        ("p", bedrijven),
        ("h2", "%s.4 Overstap binnen deze route" % code),
        ("p", overstap),
        ("h2", "%s.5 Bedrag en besteding" % code),
        ("p", bedrag),
        ("h2", "%s.6 Routeleider en ingang" % code),
        ("p", leider),
    ]


def build_416(path):
    B = [
        ("title", "RAAMOVEREENKOMST"),
        ("subtitle", "doorlopende leerroutes techniek vmbo-mbo Helmond \u2013 De Peel<br/>"
                     "met de deelovereenkomsten B1, B2 en B3"),
        ("small", "Versie voor ondertekening \u00b7 mei 2025 \u00b7 opgesteld door de werkgroep "
                  "Techniekroutes De Peel"),
        ("sp", 6),
        ("h2", "Inhoud"),
        ("p", "Deel A Raamovereenkomst (artikelen A1 tot en met A15) \u2013 Deel B "
              "Deelovereenkomsten: B1 Timmeren, B2 Elektrotechniek, B3 Mechatronica \u2013 "
              "Ondertekening"),
        ("h2", "Partijen"),
        ("li", "1.", "<b>Stichting Onderwijsgroep De Peel</b>, statutair gevestigd te Helmond, "
               "bevoegd gezag van de scholen voor vmbo Vakcollege Helmond-Noord en Peelland College "
               "Deurne, vertegenwoordigd door de heer drs. P.C.M. van den Boomen, voorzitter van het "
               "college van bestuur, hierna: <b>de Onderwijsgroep</b>;"),
        ("li", "2.", "<b>Stichting Regionaal Opleidingencentrum Peel en Kempen</b>, statutair "
               "gevestigd te Helmond, bevoegd gezag van ROC Peel en Kempen, vertegenwoordigd door "
               "mevrouw ir. M.J. Verhoeven-Smits, voorzitter van het college van bestuur, hierna: "
               "<b>het ROC</b>."),
        ("h2", "Overwegingen"),
        ("p", "De technische maak- en installatiebedrijven in Helmond en de Peelgemeenten kampen met "
              "een groot tekort aan vakmensen. De Onderwijsgroep en het ROC werken al sinds 2016 "
              "samen in techniekprojecten. Zij willen die samenwerking verbreden tot meer "
              "doorlopende leerroutes en leggen daarom in \u00e9\u00e9n raamovereenkomst vast wat "
              "voor alle routes geldt, en per route in een korte deelovereenkomst wat specifiek is. "
              "Partijen komen het volgende overeen."),

        ("hc", "DEEL A \u2013 RAAMOVEREENKOMST"),
        ("h", "Artikel A1 Begrippen"),
        ("li", "a.", "<i>route</i>: een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a "
               "WVO 2020 die partijen op grond van een deelovereenkomst verzorgen;"),
        ("li", "b.", "<i>deelovereenkomst</i>: een overeenkomst in deel B die voor \u00e9\u00e9n route "
               "de specifieke afspraken bevat;"),
        ("li", "c.", "<i>stuurgroep</i>: de techniekstuurgroep bedoeld in artikel A4;"),
        ("li", "d.", "<i>routeleider</i>: de voor een route aangewezen routeleider bedoeld in artikel "
               "A4, vijfde lid;"),
        ("li", "e.", "<i>Techniekhuis</i>: het praktijkcentrum van het ROC aan de Kanaaldijk in "
               "Helmond met werkplaatsen hout, elektro en mechatronica;"),
        ("li", "f.", "<i>vo-fase</i> en <i>mbo-fase</i>: de eerste twee leerjaren van een route "
               "respectievelijk de leerjaren daarna."),
        ("h", "Artikel A2 Verhouding tussen raam- en deelovereenkomsten"),
        ("li", "1.", "De deelovereenkomsten maken onlosmakelijk deel uit van deze raamovereenkomst. "
               "Wat in deel A is bepaald, geldt voor elke route, tenzij een deelovereenkomst "
               "uitdrukkelijk anders bepaalt."),
        ("li", "2.", "Bij strijdigheid gaat de deelovereenkomst voor, maar alleen voor zover het de "
               "betreffende route betreft."),
        ("h", "Artikel A3 De routes onder deze raamovereenkomst"),
        ("p", "Partijen verzorgen met ingang van 1 augustus 2025 de volgende routes:"),
        ("li", "B1", "Bouwen, wonen en interieur, basisberoepsgerichte leerweg, naar de "
               "basisberoepsopleiding Timmerman (niveau 2), opleidingsdomein Bouw en infra, op het "
               "Vakcollege Helmond-Noord;"),
        ("li", "B2", "Produceren, installeren en energie, kaderberoepsgerichte leerweg, naar de "
               "vakopleiding Eerste monteur elektrotechnische installaties woning en utiliteit "
               "(niveau 3), opleidingsdomein Installatie- en energietechniek, op het Peelland "
               "College Deurne;"),
        ("li", "B3", "Produceren, installeren en energie, gemengde leerweg, naar de "
               "middenkaderopleiding Technicus mechatronica (niveau 4), opleidingsdomein Techniek en "
               "procesindustrie, op beide scholen van de Onderwijsgroep."),
        ("p", "De deelovereenkomsten werken per route het profiel, de kwalificatie, de locaties, de "
              "betrokken bedrijven, de overstapmogelijkheden en het over te dragen bedrag uit."),

        ("h", "Artikel A4 De techniekstuurgroep"),
        ("li", "1.", "Partijen stellen voor alle routes samen \u00e9\u00e9n techniekstuurgroep in. "
               "Daarin hebben zitting: de directeur vmbo van de Onderwijsgroep, de beide "
               "locatiedirecteuren van het Vakcollege Helmond-Noord en het Peelland College Deurne, "
               "de directeur van het college Techniek van het ROC en de opleidingsmanager "
               "Techniekhuis van het ROC. De routeleiders wonen de vergaderingen bij als adviseur."),
        ("li", "2.", "Het college van bestuur van elk van partijen benoemt de leden die namens die "
               "partij zitting hebben, voor een periode van vier jaar, en kan hen om zwaarwegende "
               "redenen ontslaan na overleg met het andere college van bestuur. De stuurgroep kiest "
               "uit haar midden een voorzitter; het voorzitterschap wisselt elke twee jaar tussen "
               "partijen."),
        ("li", "3.", "De stuurgroep is verantwoordelijk voor de dagelijkse leiding van alle routes. "
               "Zij stelt jaarlijks het routeplan per route vast (onderwijsprogramma, examinering en "
               "beroepspraktijkvorming per leerjaar), beslist over de toelating van leerlingen en "
               "over overstappen als bedoeld in artikel A8, verdeelt de inzet van personeel en het "
               "gebruik van het Techniekhuis en beheert het routebudget."),
        ("li", "4.", "De stuurgroep is gemandateerd om binnen het door beide colleges vastgestelde "
               "routebudget verplichtingen aan te gaan tot \u20ac 25.000 per geval en om "
               "samenwerkingsafspraken met bedrijven te maken. Over het starten of be\u00ebindigen van "
               "een route, het wijzigen van een kwalificatie en investeringen daarboven beslissen de "
               "colleges van bestuur gezamenlijk op voorstel van de stuurgroep."),
        ("li", "5.", "De stuurgroep wijst voor iedere route een routeleider aan, na instemming van het "
               "college van bestuur van de partij bij wie de routeleider in dienst is. De routeleider "
               "co\u00f6rdineert de uitvoering van de route, is aanspreekpunt voor leerlingen, ouders "
               "en bedrijven en legt verantwoording af aan de stuurgroep."),
        ("li", "6.", "De stuurgroep vergadert ten minste zes keer per schooljaar. Zij besluit bij "
               "meerderheid, mits beide partijen met ten minste \u00e9\u00e9n lid instemmen."),

        ("h", "Artikel A5 Sturingsinformatie en jaarverslag"),
        ("li", "1.", "De stuurgroep levert elk kwartaal aan beide colleges van bestuur een dashboard "
               "met per route de aantallen leerlingen, de in-, door- en uitstroom, het verzuim en de "
               "financi\u00eble stand van het routebudget."),
        ("li", "2.", "Uiterlijk 15 oktober van elk jaar brengt de stuurgroep een jaarverslag uit over "
               "het afgelopen schooljaar, met per route de examenresultaten, de besteding van de "
               "bedragen bedoeld in artikel A9, de uitkomsten van de evaluaties met leerlingen en "
               "bedrijven en de verbeterpunten."),
        ("li", "3.", "Beide colleges van bestuur bespreken het jaarverslag met de stuurgroep in het "
               "bestuurlijk overleg van november en verlenen haar daarna decharge over het "
               "afgelopen schooljaar. Tussentijds kan ieder college de stuurgroep om inlichtingen "
               "vragen; de stuurgroep verstrekt die binnen twee weken."),

        ("h", "Artikel A6 Uitvoering: mensen, ruimtes en programma"),
        ("li", "1.", "De vo-fase van elke route wordt verzorgd op de school die in de "
               "deelovereenkomst is genoemd; praktijkonderdelen vinden deels plaats in het "
               "Techniekhuis. De mbo-fase wordt verzorgd door het ROC in het Techniekhuis en op de "
               "ROC-locatie Helmond-Centrum."),
        ("li", "2.", "Docenten en instructeurs van beide partijen werken per route in \u00e9\u00e9n "
               "routeteam. Het ROC zet in de vo-fase praktijkinstructeurs in volgens de urentabel in "
               "het routeplan; de Onderwijsgroep zet in de mbo-fase docenten in voor algemene "
               "vakken zolang studenten nog vmbo-examenonderdelen afleggen. Voor de "
               "vakoverstijgende praktijkprojecten maken partijen gebruik van de teambevoegdheid; "
               "het routeplan geeft aan in welke onderdelen teams worden ingezet en wie voor welk "
               "vak bevoegd is. Personeel blijft in dienst van de eigen werkgever; partijen regelen "
               "detachering, als die nodig is, in een afzonderlijke detacheringsovereenkomst."),
        ("li", "3.", "Het ROC stelt de werkplaatsen van het Techniekhuis, inclusief gereedschap, "
               "machines en persoonlijke beschermingsmiddelen, beschikbaar aan leerlingen in de "
               "vo-fase. De Onderwijsgroep stelt haar praktijklokalen bouw en elektro in Helmond en "
               "Deurne op woensdagmiddag beschikbaar aan het ROC voor bijscholing en "
               "open-lesdagen. Onderhoud en vervanging blijven voor rekening van de eigenaar."),
        ("li", "4.", "Het routeplan per route beschrijft voor het hele traject het "
               "onderwijsprogramma en de examinering per leerjaar en geeft aan welke onderdelen tot "
               "het vmbo, welke tot het mbo en welke tot beide behoren. De vmbo-examens worden "
               "uiterlijk in het derde leerjaar van de route afgerond."),
        ("li", "5.", "De klachtenregeling van elk van partijen is mede van toepassing op gedragingen "
               "van bestuur en personeel van de andere partij in het kader van de routes. Partijen "
               "verlenen elkaar medewerking bij de behandeling."),
        ("li", "6.", "Verzuim wordt in de vo-fase gemeld door de school en in de mbo-fase door het "
               "ROC; de routeleider zorgt dat beide administraties op de hoogte zijn."),

        ("h", "Artikel A7 Werkgevers in de Peel"),
        ("li", "1.", "Partijen betrekken de regionale technische bedrijven bij alle routes via het "
               "Technisch Platform De Peel, de vereniging van ruim zestig technische werkgevers in "
               "de regio. Het platform wijst twee leden aan voor de Adviesraad Techniek, die twee "
               "keer per jaar het routeplan van elke route bespreekt en de stuurgroep adviseert over "
               "inhoud, keuzedelen en nieuwe ontwikkelingen in het vak."),
        ("li", "2.", "Per route zijn in de deelovereenkomst bedrijven genoemd die leerplekken, "
               "praktijkopdrachten en gastlessen verzorgen en die examens mee beoordelen. De "
               "routeleider legt de afspraken met deze bedrijven jaarlijks vast; het ROC zorgt dat "
               "de bpv-bedrijven door SBB zijn erkend."),

        ("h", "Artikel A8 Een andere route naar een diploma"),
        ("li", "1.", "Voor iedere leerling die zijn route niet afmaakt, zorgen partijen gezamenlijk "
               "voor een passend vervolg dat leidt tot een vmbo-diploma of een mbo-diploma, ongeacht "
               "de reden waarom de leerling stopt."),
        ("li", "2.", "Als algemeen kader geldt: (a) in de vo-fase kan de leerling de reguliere "
               "leerweg van zijn school voortzetten, in hetzelfde of een ander profiel, of "
               "overstappen naar een andere route onder deze raamovereenkomst; (b) na het "
               "vmbo-diploma kan de student binnen het ROC overstappen naar een andere opleiding op "
               "hetzelfde of een lager niveau, waarbij het ROC geen vooropleidingseisen stelt; (c) "
               "heeft de student het vmbo-diploma aan het einde van het derde leerjaar van de route "
               "niet behaald, dan kan hij zijn opleiding of een vergelijkbare opleiding van het ROC "
               "voortzetten en krijgt hij de gelegenheid de ontbrekende vmbo-onderdelen af te ronden; "
               "(d) kiest de leerling voor een andere instelling, dan begeleidt het ROC de overdracht "
               "en het geschiktheidsonderzoek bij die instelling."),
        ("li", "3.", "De stuurgroep besluit over het vervolg op voorstel van de routeleider, na een "
               "gesprek met de leerling en zijn ouders, en weegt daarbij het bereikte "
               "onderwijsniveau en de leeftijd van de leerling. Het besluit wordt binnen vier weken "
               "genomen en schriftelijk aan leerling en ouders bevestigd."),
        ("li", "4.", "De deelovereenkomsten noemen per route de voor de hand liggende alternatieven. "
               "Partijen beschrijven de werkwijze in de schoolgids en de studiegids."),

        ("h", "Artikel A9 Verrekening van bekostiging"),
        ("li", "1.", "De Onderwijsgroep draagt met toepassing van artikel 5.42a WVO 2020 voor iedere "
               "leerling die op 1 oktober in de vo-fase van een route staat ingeschreven een bedrag "
               "per schooljaar over aan het ROC. De hoogte van dat bedrag per route is vastgelegd "
               "in artikel 5 van de betreffende deelovereenkomst."),
        ("li", "2.", "De bedragen zijn bestemd voor de inzet van praktijkinstructeurs van het ROC in "
               "de vo-fase, voor het gebruik van de werkplaatsen van het Techniekhuis en voor "
               "verbruiksmaterialen. Zij mogen niet voor andere doelen worden aangewend; de besteding "
               "wordt verantwoord in het jaarverslag bedoeld in artikel A5."),
        ("li", "3.", "De bedragen worden jaarlijks per 1 augustus ge\u00efndexeerd met de "
               "loonkostenontwikkeling volgens de cao vo. Het ROC factureert in december; de "
               "Onderwijsgroep betaalt binnen dertig dagen. Het ROC draagt geen bekostiging over aan "
               "de Onderwijsgroep."),

        ("h", "Artikel A10 Routeklankbord en medezeggenschap"),
        ("li", "1.", "Partijen stellen een routeklankbord in, bestaande uit per route \u00e9\u00e9n "
               "leerling uit de vo-fase, \u00e9\u00e9n student uit de mbo-fase en \u00e9\u00e9n ouder, "
               "aangevuld met \u00e9\u00e9n personeelslid van elk van partijen. Het routeklankbord "
               "vergadert drie keer per schooljaar met de stuurgroep en mag gevraagd en ongevraagd "
               "advies uitbrengen over alle routes."),
        ("li", "2.", "De leden van het routeklankbord uit de vo-fase worden gekozen door en uit de "
               "leerlingen van de routes; het klankbord heeft een vaste plaats op de agenda van de "
               "leerlingenraden van beide scholen en van de studentenraad van het ROC."),
        ("li", "3.", "Voordat partijen een nieuwe deelovereenkomst sluiten of deze raamovereenkomst "
               "wijzigen, vragen zij advies aan de gemeenschappelijke medezeggenschapsraad van de "
               "Onderwijsgroep en aan de centrale studentenraad en de ondernemingsraad van het ROC. "
               "Deze organen ontvangen ook het jaarverslag."),

        ("h", "Artikel A11 Geschillen en arbitrage"),
        ("li", "1.", "Een geschil tussen partijen over de uitleg of uitvoering van deze "
               "raamovereenkomst of een deelovereenkomst wordt eerst in de stuurgroep besproken."),
        ("li", "2.", "Leidt dat niet binnen een maand tot een oplossing, dan voeren de voorzitters "
               "van de colleges van bestuur binnen een maand daarna overleg. Zij kunnen gezamenlijk "
               "een mediator inschakelen."),
        ("li", "3.", "Is het geschil drie maanden na de eerste bespreking in de stuurgroep niet "
               "opgelost, dan wordt het beslecht door arbitrage overeenkomstig het Arbitragereglement "
               "van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit \u00e9\u00e9n "
               "arbiter; de plaats van arbitrage is Eindhoven. Op de arbitrage is Nederlands recht "
               "van toepassing."),

        ("h", "Artikel A12 Nieuwe deelnemers en nieuwe routes"),
        ("li", "1.", "Een andere school voor vmbo of instelling voor beroepsonderwijs kan toetreden "
               "tot deze raamovereenkomst en tot een of meer deelovereenkomsten als (a) beide "
               "partijen daarmee schriftelijk instemmen, (b) de toetreder de raamovereenkomst en de "
               "betrokken deelovereenkomst zonder voorbehoud aanvaardt in een door alle partijen "
               "ondertekende toetredingsverklaring en (c) de toetreder aantoont dat hij het "
               "benodigde personeel en de benodigde voorzieningen kan leveren."),
        ("li", "2.", "Toetreding gaat in op 1 augustus volgend op de ondertekening van de "
               "toetredingsverklaring. Partijen en de toetreder melden de deelname aan de "
               "betrokken routes gezamenlijk bij DUO."),
        ("li", "3.", "Een nieuwe route wordt toegevoegd door het sluiten van een nieuwe "
               "deelovereenkomst door beide colleges van bestuur, na advies van de organen bedoeld "
               "in artikel A10, derde lid."),

        ("h", "Artikel A13 Wijziging"),
        ("li", "1.", "Deze raamovereenkomst en de deelovereenkomsten kunnen alleen worden gewijzigd "
               "bij een schriftelijk addendum dat door beide colleges van bestuur is ondertekend."),
        ("li", "2.", "Het routeplan van een route is geen onderdeel van de deelovereenkomst en wordt "
               "door de stuurgroep vastgesteld en bijgesteld binnen de kaders van deze "
               "overeenkomst."),
        ("li", "3.", "Een wijziging gaat in bij de start van een schooljaar en mag voor leerlingen "
               "die al aan een route deelnemen niet leiden tot een langere studieduur, een ander "
               "diploma of een zwaardere examinering dan waarmee zij zijn gestart."),

        ("h", "Artikel A14 Looptijd, opzegging en afbouw"),
        ("li", "1.", "Deze raamovereenkomst geldt van 1 augustus 2025 tot 1 augustus 2031 en wordt "
               "daarna telkens stilzwijgend verlengd met drie jaar."),
        ("li", "2.", "Ieder van partijen kan de raamovereenkomst of een afzonderlijke "
               "deelovereenkomst schriftelijk opzeggen met ingang van 1 augustus, met een "
               "opzegtermijn van ten minste twaalf maanden. Opzegging van de raamovereenkomst "
               "geldt als opzegging van alle deelovereenkomsten."),
        ("li", "3.", "Ieder van partijen kan de overeenkomst buitengerechtelijk ontbinden als de "
               "andere partij in verzuim is met de nakoming van een wezenlijke verplichting en "
               "die tekortkoming niet binnen zestig dagen na een schriftelijke ingebrekestelling "
               "heeft hersteld."),
        ("li", "4.", "Na opzegging of ontbinding worden in de betrokken route geen nieuwe "
               "leerlingen meer toegelaten. Leerlingen en studenten die al in de route zitten, "
               "ronden haar af onder dezelfde voorwaarden; de stuurgroep stelt binnen drie maanden "
               "een afbouwplan op en partijen blijven het benodigde personeel en de benodigde "
               "voorzieningen leveren tot de laatste leerling de route heeft afgerond of een "
               "passend vervolg als bedoeld in artikel A8 heeft gekregen."),

        ("h", "Artikel A15 Melding en slotbepalingen"),
        ("li", "1.", "Partijen melden iedere route afzonderlijk bij DUO; elk van partijen verzorgt "
               "daarbij de eigen registratie in RIO."),
        ("li", "2.", "Op deze overeenkomst is Nederlands recht van toepassing."),

        ("pb",),
        ("hc", "DEEL B \u2013 DEELOVEREENKOMSTEN"),
        ("p", "De volgende deelovereenkomsten worden gesloten tussen dezelfde partijen als deel A en "
              "maken daarvan deel uit."),
    ]
    B += _deel_416(
        "B1", "Timmeren",
        "Profiel Bouwen, wonen en interieur, basisberoepsgerichte leerweg, op het Vakcollege "
        "Helmond-Noord.",
        "Aansluitende opleiding: Timmerman, niveau 2 (basisberoepsopleiding), kwalificatiedossier "
        "Timmeren, opleidingsdomein Bouw en infra, beroepsbegeleidende of beroepsopleidende leerweg "
        "naar keuze van de student. Totale duur: vier jaar.",
        "Vo-fase op het Vakcollege Helmond-Noord, met twee dagdelen per week in de houtwerkplaats "
        "van het Techniekhuis. Mbo-fase in het Techniekhuis en op de bouwplaats. Het ROC levert in de "
        "vo-fase \u00e9\u00e9n praktijkinstructeur hout voor acht uur per week.",
        "Bouwbedrijf Van Lierop Helmond B.V. en Timmerfabriek De Peelhoek bieden snuffelstages in "
        "de vo-fase en bbl-leerbanen in de mbo-fase; Woningcorporatie Woonpeel levert elk jaar een "
        "echt renovatieproject als praktijkopdracht. Een uitvoerder van Van Lierop beoordeelt de "
        "proeve van bekwaamheid mee.",
        "Voor de hand liggende alternatieven: de reguliere basisberoepsgerichte leerweg van het "
        "Vakcollege; in de mbo-fase de opleidingen Metselaar of Schilder op niveau 2 of, als het "
        "niveau daartoe aanleiding geeft, Allround timmerman op niveau 3.",
        "De Onderwijsgroep draagt voor deze route \u20ac 950 per leerling per schooljaar in de vo-fase "
        "over aan het ROC, te besteden aan de praktijkinstructeur hout en het hout- en "
        "bevestigingsmateriaal in het Techniekhuis.",
        "Routeleider is de teamleider bouw van het Vakcollege Helmond-Noord. Deze deelovereenkomst "
        "gaat in op 1 augustus 2025.")
    B += _deel_416(
        "B2", "Elektrotechniek",
        "Profiel Produceren, installeren en energie, kaderberoepsgerichte leerweg, op het Peelland "
        "College Deurne.",
        "Aansluitende opleiding: Eerste monteur elektrotechnische installaties woning en utiliteit, "
        "niveau 3 (vakopleiding), kwalificatiedossier Elektrotechnische installaties in de gebouwde "
        "omgeving, opleidingsdomein Installatie- en energietechniek, beroepsopleidende leerweg. "
        "Totale duur: vijf jaar, met de mogelijkheid tot versnelling naar vier jaar.",
        "Vo-fase op het Peelland College Deurne, met elke donderdag een praktijkdag in de "
        "elektrowerkplaats van het Techniekhuis. Mbo-fase in het Techniekhuis. Het ROC levert in de "
        "vo-fase twee praktijkinstructeurs elektro voor samen tien uur per week; de docent natuur- "
        "en scheikunde van het Peelland College verzorgt in het derde leerjaar de laatste "
        "vmbo-examenonderdelen.",
        "Installatiebedrijf Raaijmakers Elektro, Van den Heuvel Installatietechniek en de "
        "energieco\u00f6peratie Slimme Energie Peelland bieden bpv-plaatsen en gastlessen over "
        "zonnepanelen, laadpalen en warmtepompen; Raaijmakers stelt jaarlijks een testopstelling "
        "ter beschikking en levert een tweede beoordelaar bij de examens.",
        "Voor de hand liggende alternatieven: de reguliere kaderberoepsgerichte leerweg van het "
        "Peelland College; in de mbo-fase de opleiding Monteur elektrotechnische installaties op "
        "niveau 2 of een andere installatieopleiding op niveau 3, zoals Eerste monteur "
        "werktuigkundige installaties.",
        "De Onderwijsgroep draagt voor deze route \u20ac 1.200 per leerling per schooljaar in de "
        "vo-fase over aan het ROC, te besteden aan de twee praktijkinstructeurs elektro en het "
        "installatiemateriaal voor de praktijkdag.",
        "Routeleider is de opleidingscoördinator elektrotechniek van het ROC. Deze deelovereenkomst "
        "gaat in op 1 augustus 2025.")
    B += _deel_416(
        "B3", "Mechatronica",
        "Profiel Produceren, installeren en energie, gemengde leerweg, op het Vakcollege "
        "Helmond-Noord en het Peelland College Deurne.",
        "Aansluitende opleiding: Technicus mechatronica, niveau 4 (middenkaderopleiding), "
        "kwalificatiedossier Mechatronica, opleidingsdomein Techniek en procesindustrie, "
        "beroepsopleidende leerweg. Totale duur: vijf jaar.",
        "Vo-fase op beide scholen, met elke vrijdag een gezamenlijke projectdag in de "
        "mechatronicawerkplaats van het Techniekhuis, waar leerlingen van beide scholen samen aan "
        "opdrachten werken. Mbo-fase in het Techniekhuis en op de ROC-locatie Helmond-Centrum.",
        "Machinefabriek Bakel B.V. en Peeltronic Systems B.V. leveren per schooljaar twee "
        "ontwerpopdrachten uit hun eigen productie, ontvangen groepen voor bedrijfsbezoeken en "
        "bieden bpv-plaatsen in de mbo-fase; een engineer van Peeltronic zit in de "
        "beoordelingscommissie van het afstudeerproject.",
        "Voor de hand liggende alternatieven: de reguliere gemengde leerweg van de school; in de "
        "mbo-fase de opleidingen Eerste monteur mechatronica op niveau 3 of Technicus engineering op "
        "niveau 4.",
        "De Onderwijsgroep draagt voor deze route \u20ac 1.350 per leerling per schooljaar in de "
        "vo-fase over aan het ROC, te besteden aan de begeleiding van de projectdag door "
        "ROC-instructeurs en aan onderdelen en licenties voor besturingssoftware.",
        "Routeleider is de teamleider techniek van het Peelland College Deurne. Deze "
        "deelovereenkomst gaat in op 1 augustus 2025.")
    B += [
        ("sp", 10),
        ("h", "Ondertekening"),
        ("p", "Aldus overeengekomen, deel A en de deelovereenkomsten B1 tot en met B3 in "
              "\u00e9\u00e9n stuk, in tweevoud getekend te Helmond op 2 juni 2025."),
        ("sp", 10),
        ("sig", [["Stichting Onderwijsgroep De Peel", "Stichting Regionaal Opleidingencentrum Peel en "
                  "Kempen"],
                 ["<br/><br/>______________________________<br/>drs. P.C.M. van den Boomen<br/>"
                  "voorzitter college van bestuur",
                  "<br/><br/>______________________________<br/>ir. M.J. Verhoeven-Smits<br/>"
                  "voorzitter college van bestuur"]]),
    ]
    build_pdf(path, B, title="Raamovereenkomst doorlopende leerroutes techniek Helmond - De Peel",
              author="Onderwijsgroep De Peel / ROC Peel en Kempen", base_font="Helvetica",
              size=9.5, header="Raamovereenkomst techniekroutes Helmond \u2013 De Peel")


register(
    416, "416_raamovereenkomst_deelovereenkomsten_techniek_peel", "pdf",
    "Long PDF raamovereenkomst (deel A, articles A1-A15) with a short deelovereenkomst per route "
    "in the same document (B1 Timmerman 2, B2 Eerste monteur elektrotechniek 3, B3 Technicus "
    "mechatronica 4) in Helmond/De Peel; general kaders in the raam, route specifics (companies, "
    "alternatives, amount per leerling) in the deelovereenkomsten; NAI arbitration; fully "
    "compliant.",
    st("pppppppppp"),
    {"a": "Artikel A3 De routes onder deze raamovereenkomst",
     "b": "Artikel A7 Werkgevers in de Peel",
     "c": "Artikel A4 De techniekstuurgroep",
     "d": "Artikel A5 Sturingsinformatie en jaarverslag",
     "e": "Artikel A6 Uitvoering: mensen, ruimtes en programma",
     "f": "Artikel A8 Een andere route naar een diploma",
     "g": "Artikel A9 Verrekening van bekostiging",
     "h": "Artikel A10 Routeklankbord en medezeggenschap",
     "i": "Artikel A11 Geschillen en arbitrage",
     "j": "Artikel A14 Looptijd, opzegging en afbouw"},
    build_416)


# ----------------------------------------------------------------------------------------------
# 417 - DOCX, manual article numbering, parties abbreviated throughout ("OVD" and "het ROC"),
# articles that refer to each other; bakery route in the Drechtsteden. Defects: g transfer with
# an amount but no purpose (weak); i only "in goed onderling overleg" (weak).
# ----------------------------------------------------------------------------------------------

ART_417 = [
    ("Artikel 1 \u2013 Definities", [
        ("In deze overeenkomst wordt verstaan onder:", [
            "route: de doorlopende leerroute vmbo-mbo bedoeld in artikel 2;",
            "routeleiding: de leiding over de route bedoeld in artikel 3;",
            "bestuurlijk overleg: het overleg tussen OVD en het ROC bedoeld in artikel 4 lid 3;",
            "routeplan: het plan bedoeld in artikel 5 lid 2;",
            "leerjaar 1, 2, 3 en 4: de leerjaren van de route, waarbij leerjaar 1 en 2 "
            "overeenkomen met leerjaar 3 en 4 van de Vakschool Oranjepark."]),
    ]),
    ("Artikel 2 \u2013 De route", [
        ("OVD en het ROC bieden samen een doorlopende leerroute aan die loopt van het profiel "
         "Horeca, bakkerij en recreatie in de basisberoepsgerichte leerweg van de Vakschool "
         "Oranjepark naar de basisberoepsopleiding Bakker (niveau 2), kwalificatiedossier Brood en "
         "banket, opleidingsdomein Horeca en bakkerij.", []),
        ("De leerling behaalt het vmbo-diploma in leerjaar 2. De route duurt vier jaar; voor "
         "leerlingen die het programma sneller doorlopen is versnelling tot drie en een half jaar "
         "mogelijk.", []),
        ("De route start op 1 augustus 2025 met ten hoogste zestien leerlingen per leerjaar.", []),
    ]),
    ("Artikel 3 \u2013 Routeleiding", [
        ("De routeleiding bestaat uit de afdelingsleider basis en kader van OVD en de teamleider "
         "Brood en banket van het ROC.", []),
        ("De bestuurder van OVD wijst de afdelingsleider aan, het college van bestuur van het ROC de "
         "teamleider. Van iedere aanwijzing krijgt de andere partij schriftelijk bericht.", []),
        ("De routeleiding:", [
            "stelt het routeplan op (zie artikel 5 lid 2);",
            "beslist over toelating en plaatsing van leerlingen;",
            "roostert de docenten van OVD en het ROC in binnen de afgesproken uren (artikel 5 lid 3);",
            "beslist over een overstap als bedoeld in artikel 7;",
            "onderhoudt de contacten met de bakkerijen (artikel 6)."]),
        ("De routeleiding beslist zelfstandig binnen het jaarbudget van de route. Voor besluiten die "
         "de formatie of de begroting van OVD of het ROC te boven gaan, is instemming van het "
         "bestuurlijk overleg nodig (artikel 4 lid 3).", []),
    ]),
    ("Artikel 4 \u2013 Rapportage en bestuurlijk overleg", [
        ("De routeleiding rapporteert na elk semester, in februari en in juli, schriftelijk aan OVD "
         "en het ROC over de aantallen leerlingen, hun voortgang, de uitval en de "
         "examenresultaten.", []),
        ("Jaarlijks v\u00f3\u00f3r 1 oktober stelt de routeleiding een jaarverslag op met de evaluatie "
         "van het afgelopen schooljaar en een financieel overzicht van de route.", []),
        ("OVD en het ROC voeren twee keer per jaar bestuurlijk overleg, in oktober en in maart. In "
         "het overleg van oktober legt de routeleiding aan de hand van het jaarverslag (lid 2) "
         "verantwoording af aan beide bestuurders.", []),
    ]),
    ("Artikel 5 \u2013 Lesplaatsen, docenten en voorzieningen", [
        ("Leerjaar 1 en 2 worden verzorgd in de Vakschool Oranjepark van OVD, met de eigen "
         "praktijkbakkerij van de school. Vanaf leerjaar 3 volgt de leerling het onderwijs in het "
         "Bakkerijcentrum Dordrecht van het ROC.", []),
        ("Het routeplan beschrijft per leerjaar het onderwijsprogramma, het PTA en de OER en de "
         "beroepspraktijkvorming, en geeft aan welke onderdelen tot het vmbo, het mbo of beide "
         "behoren. Het bestuurlijk overleg van maart (artikel 4 lid 3) stelt het routeplan voor het "
         "volgende schooljaar vast.", []),
        ("De docenten van OVD en het ROC vormen \u00e9\u00e9n routeteam. Het ROC zet in leerjaar 1 "
         "en 2 een vakdocent brood en banket in voor zes uur per week in de praktijkbakkerij van "
         "OVD; OVD zet in leerjaar 3 zijn docent Nederlands en rekenen in voor leerlingen die nog "
         "vmbo-examens afleggen. In het vakoverstijgende project \u2018Van graan tot brood\u2019 "
         "werken docenten van beide partijen op grond van de teambevoegdheid, ieder "
         "verantwoordelijk voor het eigen vak. Docenten blijven in dienst van hun eigen werkgever.",
         []),
        ("Het ROC stelt het Bakkerijcentrum Dordrecht, met ovens, deegverwerkingslijn en "
         "banketafdeling, op donderdag beschikbaar voor leerlingen uit leerjaar 2. OVD stelt zijn "
         "praktijkbakkerij op vrijdagmiddag beschikbaar aan het ROC voor praktijkexamens.", []),
        ("Een klacht over een medewerker van de andere partij wordt behandeld volgens de "
         "klachtenregeling van de partij waar de leerling staat ingeschreven; de andere partij "
         "werkt mee.", []),
    ]),
    ("Artikel 6 \u2013 Bakkerijen in de route", [
        ("OVD en het ROC werken in de route samen met het Bakkersgilde Drechtsteden, de vereniging "
         "van ambachtelijke bakkers in de regio, en in elk geval met Bakkerij Van der Linden in "
         "Zwijndrecht, Banketbakkerij De Krakeling in Dordrecht en Warme Bakker Stout in "
         "Papendrecht.", []),
        ("Deze bakkerijen:", [
            "bieden leerlingen in leerjaar 2 meeloopdagen en vanaf leerjaar 3 bpv-plaatsen;",
            "verzorgen elke onderwijsperiode een meesterles in de praktijkbakkerij;",
            "beoordelen de proeve van bekwaamheid mee."]),
        ("Het Bakkersgilde vaardigt een lid af naar de jaarlijkse bespreking van het routeplan "
         "(artikel 5 lid 2) en adviseert daarbij over de inhoud van het programma.", []),
    ]),
    ("Artikel 7 \u2013 Overstap naar een andere opleiding", [
        ("Stopt een leerling in leerjaar 1 of 2 met de route, dan zet hij zijn opleiding voort in de "
         "basisberoepsgerichte leerweg van OVD, in hetzelfde of een ander profiel, met het "
         "vmbo-diploma als doel.", []),
        ("Stopt een leerling na het behalen van het vmbo-diploma, dan biedt het ROC hem een plaats "
         "in een andere opleiding op niveau 2, zoals Kok of Medewerker bediening, zonder dat het "
         "ROC vooropleidingseisen stelt. Heeft de leerling aan het einde van leerjaar 3 het "
         "vmbo-diploma nog niet, dan kan hij de opleiding Bakker of een vergelijkbare opleiding op "
         "niveau 2 voortzetten en rondt hij de ontbrekende vmbo-onderdelen af bij OVD. Wil de "
         "leerling naar een andere instelling, dan helpt het ROC bij de aanmelding en het "
         "geschiktheidsonderzoek.", []),
        ("De routeleiding beslist over de overstap namens OVD en het ROC samen, na een gesprek met "
         "de leerling en zijn ouders, en kijkt daarbij naar het bereikte niveau en de leeftijd van "
         "de leerling. De beslissing wordt schriftelijk vastgelegd.", []),
    ]),
    ("Artikel 8 \u2013 Bijdrage", [
        ("In leerjaar 1 en 2 ontvangt OVD de rijksbekostiging voor de leerling, vanaf leerjaar 3 het "
         "ROC.", []),
        ("OVD draagt voor iedere leerling die op 1 oktober in leerjaar 1 of 2 van de route staat "
         "ingeschreven een bedrag van \u20ac 1.150 per schooljaar over aan het ROC.", []),
        ("Voor de facturering en betaling van dit bedrag geldt artikel 12.", []),
    ]),
    ("Artikel 9 \u2013 Inspraak", [
        ("E\u00e9n leerling uit leerjaar 1 of 2 van de route, gekozen door de leerlingen van die "
         "leerjaren, neemt met spreekrecht deel aan de vergaderingen van de studentenraad van het "
         "ROC waarin de route aan de orde is.", []),
        ("De medezeggenschapsraad van OVD en de studentenraad van het ROC ontvangen het jaarverslag "
         "(artikel 4 lid 2) en worden gehoord voordat deze overeenkomst wordt gewijzigd (artikel 10 "
         "lid 3).", []),
    ]),
    ("Artikel 10 \u2013 Nieuwe partijen, wijzigen en opzeggen", [
        ("Een andere vmbo-school of mbo-instelling kan tot deze overeenkomst toetreden met "
         "schriftelijke instemming van OVD en het ROC, door ondertekening van deze overeenkomst, met "
         "ingang van 1 augustus. De toetreding wordt gezamenlijk bij DUO gemeld.", []),
        ("OVD en het ROC kunnen de overeenkomst elk schriftelijk opzeggen met ingang van 1 augustus, "
         "met een opzegtermijn van een jaar. Ontbinding is mogelijk bij een ernstige tekortkoming "
         "die na schriftelijke ingebrekestelling niet binnen twee maanden is hersteld.", []),
        ("Een wijziging van deze overeenkomst wordt schriftelijk vastgelegd en door OVD en het ROC "
         "ondertekend, nadat de organen genoemd in artikel 9 lid 2 zijn gehoord.", []),
        ("Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten; leerlingen die "
         "al in de route zitten, maken haar af. Kan dat voor een leerling niet, dan krijgt hij een "
         "overstap als bedoeld in artikel 7 lid 2. Een wijziging geldt niet ten nadele van "
         "leerlingen die al in de route zitten.", []),
    ]),
    ("Artikel 11 \u2013 Geschillen", [
        ("Ontstaat tussen OVD en het ROC verschil van mening over de uitvoering van deze "
         "overeenkomst, dan bespreken zij dit in het bestuurlijk overleg (zie artikel 4 lid 3).", []),
        ("OVD en het ROC zullen zich inspannen om zo\u2019n verschil van mening in goed onderling "
         "overleg op te lossen.", []),
    ]),
    ("Artikel 12 \u2013 Facturering", [
        ("Het ROC factureert de bijdrage bedoeld in artikel 8 lid 2 jaarlijks in november; OVD "
         "betaalt binnen dertig dagen na factuurdatum.", []),
        ("Verlaat een leerling de route v\u00f3\u00f3r 1 februari, dan crediteert het ROC de helft "
         "van het bedrag voor die leerling.", []),
    ]),
    ("Artikel 13 \u2013 Duur", [
        ("Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.", []),
        ("OVD en het ROC evalueren de overeenkomst in het bestuurlijk overleg van oktober 2028.", []),
    ]),
]


def build_417(path):
    from docx.shared import Pt, Cm
    d = new_docx("Arial", 10)
    p = d.add_paragraph()
    add_runs(p, "**SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE BAKKERIJ DRECHTSTEDEN**", 13)
    p = d.add_paragraph()
    add_runs(p, "Vakschool Oranjepark \u2013 ROC Drechtsteden-Alblasserwaard")
    p = d.add_paragraph()
    add_runs(p, "**Ondergetekenden**")
    for i, txt in enumerate([
        "Stichting Openbaar Voortgezet Onderwijs Drechtsteden, statutair gevestigd te Dordrecht, "
        "bevoegd gezag van de Vakschool Oranjepark, school voor vmbo, te dezen vertegenwoordigd door "
        "mevrouw E. Groeneveld, voorzitter van het college van bestuur, hierna: **OVD**;",
        "Stichting Regionaal Opleidingencentrum Drechtsteden-Alblasserwaard, statutair gevestigd te "
        "Dordrecht, te dezen vertegenwoordigd door de heer R. Kooiman, voorzitter van het college "
        "van bestuur, hierna: **het ROC**;"], 1):
        q = d.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.8)
        q.paragraph_format.first_line_indent = Cm(-0.8)
        add_runs(q, "%d.\t%s" % (i, txt))
    p = d.add_paragraph()
    add_runs(p, "OVD en het ROC hierna samen ook: partijen.")
    p = d.add_paragraph()
    add_runs(p, "**Overwegingen**")
    p = d.add_paragraph()
    add_runs(p, "OVD en het ROC constateren dat ambachtelijke bakkerijen in de Drechtsteden moeilijk "
                "jonge vakmensen vinden en dat leerlingen van de Vakschool Oranjepark die voor de "
                "bakkerij kiezen, baat hebben bij een route zonder breuk tussen vmbo en mbo. Zij "
                "komen daarom het volgende overeen.")
    for head, leden in ART_417:
        h = d.add_paragraph()
        h.paragraph_format.space_before = Pt(9)
        h.paragraph_format.keep_with_next = True
        add_runs(h, "**%s**" % head)
        for n, (text, subs) in enumerate(leden, 1):
            q = d.add_paragraph()
            q.paragraph_format.left_indent = Cm(0.8)
            q.paragraph_format.first_line_indent = Cm(-0.8)
            q.paragraph_format.space_after = Pt(2)
            add_runs(q, ("%d.\t%s" % (n, text)) if len(leden) > 1 else text)
            for k, sub in enumerate(subs):
                r = d.add_paragraph()
                r.paragraph_format.left_indent = Cm(1.5)
                r.paragraph_format.first_line_indent = Cm(-0.7)
                r.paragraph_format.space_after = Pt(1)
                add_runs(r, "%s.\t%s" % ("abcdefgh"[k], sub))
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    add_runs(p, "Aldus in tweevoud opgemaakt en ondertekend te Dordrecht op 26 juni 2025.")
    tbl = d.add_table(rows=2, cols=2)
    tbl.cell(0, 0).text = "OVD"
    tbl.cell(0, 1).text = "het ROC"
    tbl.cell(1, 0).text = "\n\nE. Groeneveld\nvoorzitter college van bestuur"
    tbl.cell(1, 1).text = "\n\nR. Kooiman\nvoorzitter college van bestuur"
    save_docx(d, path, "Samenwerkingsovereenkomst doorlopende leerroute bakkerij Drechtsteden",
              "OVD / ROC Drechtsteden-Alblasserwaard")


register(
    417, "417_afkortingen_verwijzingen_bakkerij_drechtsteden", "docx",
    "DOCX with manually numbered articles and leden; the parties are called 'OVD' and 'het ROC' "
    "throughout and articles refer to each other ('zie artikel 4 lid 3', 'artikel 7 lid 2'); "
    "Vakschool Oranjepark and an ROC in Dordrecht, HBR bb -> Bakker niveau 2. Defects: OVD "
    "transfers EUR 1.150 per leerling but nowhere is said what the money is for (g weak); the "
    "dispute clause only refers disputes to the bestuurlijk overleg and 'goed onderling overleg' "
    "(i weak).",
    st("ppppppwpwp"),
    {"a": "Artikel 2 \u2013 De route",
     "b": "Artikel 6 \u2013 Bakkerijen in de route",
     "c": "Artikel 3 \u2013 Routeleiding",
     "d": "Artikel 4 \u2013 Rapportage en bestuurlijk overleg",
     "e": "Artikel 5 \u2013 Lesplaatsen, docenten en voorzieningen",
     "f": "Artikel 7 \u2013 Overstap naar een andere opleiding",
     "h": "Artikel 9 \u2013 Inspraak",
     "j": "Artikel 10 \u2013 Nieuwe partijen, wijzigen en opzeggen"},
    build_417)


# ----------------------------------------------------------------------------------------------
# 418 - Markdown, very short, logistics route with a rail terminal and a transport firm (Venlo,
# Noord-Limburg). Compliant in few words.
# ----------------------------------------------------------------------------------------------

TEXT_418 = """
# Samenwerkingsovereenkomst doorlopende leerroute Logistiek Venlo

**Partijen:** Stichting Voortgezet Onderwijs Noord-Limburg, bevoegd gezag van het Maasland
Vakcollege te Venlo (*het Vakcollege*), en Stichting Regionaal Opleidingencentrum Noord-Limburg
(*het ROC*), beide vertegenwoordigd door de voorzitter van hun college van bestuur. Partijen
verzorgen samen de hieronder beschreven doorlopende leerroute en spreken af:

## 1. Route
Van het profiel Mobiliteit en transport, kaderberoepsgerichte leerweg (Vakcollege, leerjaar 3 en
4), naar de vakopleiding Logistiek teamleider, niveau 3, opleidingsdomein Transport, scheepvaart
en logistiek (ROC, bol, twee jaar). Het vmbo-examen valt in het tweede routejaar.

## 2. Routeduo
De afdelingsleider Techniek van het Vakcollege en de teamleider Logistiek van het ROC sturen de
route samen aan; elk wordt door het eigen college van bestuur aangewezen. Het duo stelt het
jaarprogramma op, plaatst leerlingen, deelt docenten in en beslist over overstappen (punt 6).
Uitgaven boven EUR 5.000 en een andere opleiding vergen een besluit van beide besturen.

## 3. Verslag aan de besturen
Elk jaar vóór 1 oktober stuurt het duo beide besturen een verslag (aantallen, uitval, examens,
bedrijfscontacten) en licht dat toe in het bestuurlijk overleg van oktober. Knelpunten meldt het
duo direct.

## 4. Uitvoering
Jaar 1 en 2 bij het Vakcollege, met elke vrijdag praktijk in de logistieke leerwerkplaats van het
ROC (magazijnstellingen, heftrucks, WMS-software); jaar 3 en 4 bij het ROC. Twee instructeurs van
het ROC geven in jaar 1 en 2 samen zes uur per week les; de docent Nederlands van het Vakcollege
begeleidt in jaar 3 de laatste vmbo-examens. Het Vakcollege stelt zijn theorielokaal rijbewijs en
verkeer open voor het ROC. Programma en examinering per leerjaar (PTA en OER) staan in één
routeplan dat beide besturen jaarlijks vóór 1 juli vaststellen.

## 5. Terminal en vervoerders
Maas Rail Terminal Venlo B.V. en Transportbedrijf Hendrix-Van Oers bieden excursies en
bpv-plaatsen, leveren per jaar twee praktijkopdrachten uit hun planning en laten een
leidinggevende de proeve van bekwaamheid mee beoordelen. Beide zitten in de adviesraad
Logistiek die het routeplan twee keer per jaar bespreekt.

## 6. Als het anders loopt
Wie in jaar 1 of 2 stopt, maakt het vmbo af in de kaderberoepsgerichte leerweg van het
Vakcollege. Wie later stopt, kan zonder vooropleidingseisen over naar een andere ROC-opleiding op
niveau 3 of 2 (bijvoorbeeld Chauffeur goederenvervoer of Medewerker logistiek); zonder vmbo-diploma
na jaar 3 loopt de mbo-opleiding door en rondt de leerling de vmbo-vakken bij het Vakcollege af.
Elders verder: het ROC begeleidt het geschiktheidsonderzoek. Het duo besluit samen, na een gesprek
met leerling en ouders, op grond van bereikt niveau en leeftijd.

## 7. Geld
Partijen dragen geen bekostiging aan elkaar over; ieder betaalt de eigen mensen en middelen.

## 8. Inspraak
Een leerling uit jaar 1 of 2 neemt met stemrecht deel aan de studentenraad van het ROC als de
route aan de orde is. De medezeggenschapsraad van het Vakcollege en de studentenraad van het ROC
krijgen het jaarverslag en geven advies vóór elke wijziging van deze overeenkomst.

## 9. Geschillen
Eerst het duo, dan binnen vier weken de twee bestuurders; komen die er niet uit, dan beslist de
rechtbank Limburg.

## 10. Toetreden, wijzigen, stoppen
Een andere school of instelling kan meedoen als beide partijen schriftelijk instemmen en zij
deze overeenkomst tekent, per 1 augustus. Wijzigen kan alleen schriftelijk, door beide besturen.
Opzeggen kan per 1 augustus met twaalf maanden opzegtermijn. Leerlingen die al in de route
zitten, maken haar af; na opzegging is er geen nieuwe instroom.

Venlo, 20 juni 2025

| Het Vakcollege | Het ROC |
|---|---|
| L. Janssen-Peeters, voorzitter CvB | M.H. Vullings, voorzitter CvB |
"""


def build_418(path):
    write_text(path, TEXT_418)


register(
    418, "418_zeer_kort_logistiek_terminal_venlo", "md",
    "Very short Markdown agreement (one page, ten numbered headings, terse sentences) between a "
    "vakcollege and an ROC in Venlo, Mobiliteit en transport kb -> Logistiek teamleider niveau "
    "3, with a rail terminal and a transport firm; every item covered in a few words; fully "
    "compliant.",
    st("pppppppppp"),
    {"a": "1. Route",
     "b": "5. Terminal en vervoerders",
     "c": "2. Routeduo",
     "d": "3. Verslag aan de besturen",
     "e": "4. Uitvoering",
     "f": "6. Als het anders loopt",
     "g": "7. Geld",
     "h": "8. Inspraak",
     "i": "9. Geschillen",
     "j": "10. Toetreden, wijzigen, stoppen"},
    build_418)


# ----------------------------------------------------------------------------------------------
# 419 - PDF in law-firm style (capitalised defined terms, clauses 1.1, 1.2, ...); geintegreerde
# route D&P -> Medewerker facilitaire dienstverlening (Lelystad, Flevoland). Defects: leavers are
# automatically enrolled in Entree (f weak); termination on three months' notice with nothing
# protecting pupils (j weak).
# ----------------------------------------------------------------------------------------------

def build_419(path):
    C = lambda n, t: ("cl", n, t)  # noqa: E731
    B = [
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("subtitle", "GE\u00cfNTEGREERDE ROUTE VMBO-BASISBEROEPSOPLEIDING<br/>FACILITAIRE DIENSTVERLENING"),
        ("h2", "DE ONDERGETEKENDEN:"),
        C("(1)", "<b>Stichting Scholengroep Lelystad-Dronten</b>, een stichting naar Nederlands "
                 "recht, statutair gevestigd te Lelystad, kantoorhoudende aan De Meent 40, 8224 BP "
                 "Lelystad, ingeschreven in het handelsregister van de Kamer van Koophandel onder "
                 "nummer 41234567, bevoegd gezag van De Zuiderzee Vakschool, school voor vmbo, "
                 "rechtsgeldig vertegenwoordigd door de heer mr. W.F. Hoogendijk, voorzitter van "
                 "het college van bestuur (de \u201c<b>Stichting</b>\u201d);"),
        C("(2)", "<b>Stichting MBO Flevoland</b>, een stichting naar Nederlands recht, statutair "
                 "gevestigd te Lelystad, kantoorhoudende aan de Zuigerplasdreef 3, 8224 AT "
                 "Lelystad, ingeschreven in het handelsregister onder nummer 51234567, bevoegd "
                 "gezag van MBO Flevoland, een regionaal opleidingencentrum, rechtsgeldig "
                 "vertegenwoordigd door mevrouw drs. C.A. Bosma, voorzitter van het college van "
                 "bestuur (de \u201c<b>Instelling</b>\u201d);"),
        ("p", "de Stichting en de Instelling hierna gezamenlijk ook \u201cPartijen\u201d en ieder "
              "afzonderlijk een \u201cPartij\u201d,"),
        ("h2", "NEMEN IN AANMERKING DAT:"),
        C("(A)", "de Stichting in De Zuiderzee Vakschool het profiel Dienstverlening en producten "
                 "aanbiedt in de basisberoepsgerichte leerweg;"),
        C("(B)", "de Instelling de basisberoepsopleiding Medewerker facilitaire dienstverlening "
                 "verzorgt;"),
        C("(C)", "Partijen voor leerlingen die daarbij gebaat zijn een ge\u00efntegreerde route "
                 "willen verzorgen en hun afspraken daarover wensen vast te leggen in deze "
                 "overeenkomst (de \u201c<b>Overeenkomst</b>\u201d);"),
        ("h2", "EN KOMEN OVEREEN ALS VOLGT:"),

        ("h", "1. DEFINITIES EN INTERPRETATIE"),
        C("1.1", "In deze Overeenkomst hebben de volgende met een hoofdletter geschreven begrippen "
                 "de daarachter vermelde betekenis: <b>Leerling</b>: een leerling of student die aan "
                 "de Route deelneemt; <b>Route</b>: de ge\u00efntegreerde route bedoeld in artikel "
                 "2.1; <b>Stuurgroep</b>: het orgaan bedoeld in artikel 3; <b>Onderwijs- en "
                 "Examenplan</b>: het plan bedoeld in artikel 5.2; <b>Praktijkpartners</b>: de "
                 "organisaties bedoeld in artikel 6.1; <b>Schooljaar</b>: de periode van 1 augustus "
                 "tot en met 31 juli."),
        C("1.2", "Kopjes boven artikelen dienen uitsluitend de leesbaarheid en hebben geen invloed "
                 "op de uitleg van de Overeenkomst."),

        ("h", "2. ONDERWERP EN ROUTE"),
        C("2.1", "Partijen verzorgen gezamenlijk een ge\u00efntegreerde route vmbo-"
                 "basisberoepsopleiding als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 "
                 "WEB (de \u201cRoute\u201d), die aanvangt in leerjaar 3 van het profiel "
                 "Dienstverlening en producten in de basisberoepsgerichte leerweg van De Zuiderzee "
                 "Vakschool en leidt tot het diploma van de basisberoepsopleiding Medewerker "
                 "facilitaire dienstverlening (niveau 2), kwalificatiedossier Facilitaire "
                 "dienstverlening, als aanverwante kwalificatie."),
        C("2.2", "In de Route wordt geen eindexamen voor de basisberoepsgerichte leerweg afgenomen. "
                 "De Route heeft een cursusduur van drie Schooljaren."),
        C("2.3", "Deelname aan de Route vindt plaats na overleg met de Leerling en diens ouders of "
                 "verzorgers en op advies van de Stuurgroep."),

        ("h", "3. STUURGROEP"),
        C("3.1", "De leiding over de Route berust bij een Stuurgroep, bestaande uit (a) de "
                 "sectordirecteur Dienstverlening van De Zuiderzee Vakschool, (b) de "
                 "opleidingsmanager Facilitair en Schoonmaak van de Instelling en (c) een "
                 "routeco\u00f6rdinator."),
        C("3.2", "De leden bedoeld onder (a) en (b) worden benoemd en ontslagen door het college "
                 "van bestuur van de Partij bij wie zij in dienst zijn. De routeco\u00f6rdinator wordt "
                 "benoemd door het college van bestuur van de Instelling, na verkregen schriftelijke "
                 "instemming van het college van bestuur van de Stichting."),
        C("3.3", "De Stuurgroep is belast met het opstellen van het Onderwijs- en Examenplan, de "
                 "plaatsing van Leerlingen, de roostering en de inzet van personeel van beide "
                 "Partijen, het onderhouden van de contacten met de Praktijkpartners en de "
                 "kwaliteitszorg van de Route."),
        C("3.4", "De Stuurgroep is bevoegd namens Partijen verplichtingen aan te gaan binnen het "
                 "jaarlijks door Partijen vastgestelde budget tot een maximum van \u20ac 10.000 per "
                 "verplichting. Besluiten over de formatie, de cursusduur en de keuze van de "
                 "kwalificatie zijn voorbehouden aan de colleges van bestuur van Partijen "
                 "gezamenlijk."),

        ("h", "4. INFORMATIE EN VERANTWOORDING"),
        C("4.1", "De Stuurgroep verstrekt de colleges van bestuur van beide Partijen per 1 maart en "
                 "per 1 oktober van ieder Schooljaar een schriftelijke voortgangsrapportage, "
                 "bevattende ten minste de aantallen Leerlingen, de voortgang, het verzuim, de "
                 "uitval en de uitputting van het budget."),
        C("4.2", "De rapportage per 1 oktober strekt tevens tot verantwoording over het afgelopen "
                 "Schooljaar en wordt besproken in het bestuurlijk overleg van Partijen in november. "
                 "Ieder college van bestuur kan de Stuurgroep te allen tijde om inlichtingen "
                 "verzoeken, die binnen tien werkdagen worden verstrekt."),

        ("h", "5. UITVOERING"),
        C("5.1", "Leerjaar 1 van de Route wordt verzorgd in De Zuiderzee Vakschool. In leerjaar 2 "
                 "volgt de Leerling drie dagen per week onderwijs in De Zuiderzee Vakschool en twee "
                 "dagen bij de Instelling. Leerjaar 3 wordt verzorgd door de Instelling en bij de "
                 "Praktijkpartners."),
        C("5.2", "Partijen stellen voor ieder Schooljaar gezamenlijk een Onderwijs- en Examenplan "
                 "vast, waarin per leerjaar het onderwijsprogramma, de examinering en de "
                 "beroepspraktijkvorming zijn beschreven, met aanduiding van de onderdelen die door "
                 "een team van docenten worden verzorgd."),
        C("5.3", "De Instelling zet in leerjaar 1 en 2 een docent facilitaire dienstverlening in "
                 "voor 0,4 fte. De Stichting zet in leerjaar 3 een mentor in voor twee uur per week "
                 "ten behoeve van de begeleiding van Leerlingen die op dat moment nog geen achttien "
                 "jaar zijn. Voor de vakoverstijgende onderdelen Gastvrijheid en Veilig werken "
                 "maken Partijen gebruik van de teambevoegdheid als bedoeld in artikel 7.13a WVO "
                 "2020. Het personeel blijft in dienst van de eigen werkgever."),
        C("5.4", "De Instelling stelt haar Facilitair Leerbedrijf, bestaande uit een "
                 "receptieruimte, een schoonmaakwerkplaats en een cateringkeuken, ter beschikking "
                 "voor het onderwijs in leerjaar 2. De Stichting stelt haar praktijklokaal "
                 "Dienstverlening en producten en haar schoolkantine, die door Leerlingen wordt "
                 "gerund, ter beschikking voor praktijkopdrachten van de Instelling."),
        C("5.5", "De klachtenregeling van iedere Partij is van toepassing op gedragingen van het "
                 "personeel van de andere Partij jegens Leerlingen die bij eerstgenoemde Partij "
                 "staan ingeschreven."),

        ("h", "6. PRAKTIJKPARTNERS"),
        C("6.1", "Partijen betrekken bij de Route als Praktijkpartners: Van Houten Facilitair "
                 "Flevoland B.V., Cateringbedrijf Dockside Lelystad en zorgcentrum De Bolder."),
        C("6.2", "De Praktijkpartners bieden vanaf leerjaar 2 bpv-plaatsen, verzorgen per "
                 "Schooljaar ten minste drie gastlessen, beoordelen de praktijkexamens mee en "
                 "adviseren Partijen in een jaarlijkse werkveldbijeenkomst over het Onderwijs- en "
                 "Examenplan."),

        ("h", "7. VOORTIJDIGE BE\u00cbINDIGING VAN DE DEELNAME"),
        C("7.1", "Indien de deelname van een Leerling aan de Route voortijdig eindigt, om welke "
                 "reden dan ook, wordt de Leerling met ingang van de eerstvolgende "
                 "onderwijsperiode ingeschreven in de Entree-opleiding van de Instelling."),
        C("7.2", "De inschrijving bedoeld in artikel 7.1 geschiedt zonder nadere "
                 "toelatingsprocedure. De Stichting draagt zorg voor de uitschrijving van de "
                 "Leerling en de overdracht van het leerlingdossier."),
        C("7.3", "De Stuurgroep stelt de Leerling en diens ouders of verzorgers schriftelijk in "
                 "kennis van de doorgeleiding."),

        ("h", "8. FINANCI\u00cbLE BEPALINGEN"),
        C("8.1", "De Stichting ontvangt de bekostiging voor de Leerlingen in leerjaar 1 en 2 van de "
                 "Route; de Instelling ontvangt de bekostiging vanaf leerjaar 3."),
        C("8.2", "De Stichting draagt met toepassing van artikel 5.42a WVO 2020 voor iedere "
                 "Leerling die op 1 oktober in leerjaar 1 of 2 staat ingeschreven \u20ac 1.600 per "
                 "Schooljaar over aan de Instelling. Dit bedrag is bestemd voor de inzet van de "
                 "docent bedoeld in artikel 5.3 en het gebruik van het Facilitair Leerbedrijf "
                 "bedoeld in artikel 5.4."),
        C("8.3", "De Instelling factureert het bedrag bedoeld in artikel 8.2 in december; de "
                 "Stichting voldoet de factuur binnen dertig dagen."),

        ("h", "9. MEDEZEGGENSCHAP"),
        C("9.1", "De medezeggenschapsraad van de Stichting en de studentenraad van de Instelling "
                 "wijzen ieder een vertegenwoordiger aan die als adviserend lid deelneemt aan de "
                 "vergaderingen van het andere orgaan waarin de Route wordt besproken."),
        C("9.2", "Leerlingen die bij de Stichting staan ingeschreven, worden betrokken bij de "
                 "jaarlijkse raadpleging van de studentenraad van de Instelling over de Route."),

        ("h", "10. GESCHILLEN"),
        C("10.1", "Geschillen tussen Partijen over de uitvoering van deze Overeenkomst worden in "
                  "eerste instantie voorgelegd aan de Stuurgroep."),
        C("10.2", "Indien de Stuurgroep het geschil niet binnen dertig dagen oplost, wordt het "
                  "voorgelegd aan de voorzitters van de colleges van bestuur, die binnen dertig "
                  "dagen in overleg treden."),
        C("10.3", "Indien dat overleg niet tot een oplossing leidt, trachten Partijen het geschil "
                  "op te lossen door mediation. Indien de mediation binnen drie maanden niet tot "
                  "een oplossing leidt, is uitsluitend de Rechtbank Midden-Nederland bevoegd van "
                  "het geschil kennis te nemen."),

        ("h", "11. TOETREDING"),
        C("11.1", "Het bevoegd gezag van een andere school voor vbo of van een andere instelling "
                  "voor beroepsonderwijs kan tot deze Overeenkomst toetreden, mits beide Partijen "
                  "daarmee vooraf schriftelijk instemmen en de toetreder door ondertekening van een "
                  "akte van toetreding alle rechten en verplichtingen uit deze Overeenkomst "
                  "aanvaardt."),
        C("11.2", "De akte van toetreding vermeldt de datum waarop de toetreding ingaat."),

        ("h", "12. DUUR EN BE\u00cbINDIGING"),
        C("12.1", "Deze Overeenkomst wordt aangegaan voor onbepaalde tijd met ingang van 1 augustus "
                  "2025."),
        C("12.2", "Iedere Partij kan de Overeenkomst schriftelijk opzeggen met inachtneming van een "
                  "opzegtermijn van drie (3) maanden tegen het einde van een kalendermaand."),
        C("12.3", "Iedere Partij kan de Overeenkomst met onmiddellijke ingang buitengerechtelijk "
                  "ontbinden indien de andere Partij in staat van faillissement wordt verklaard, "
                  "surseance van betaling aanvraagt of een wezenlijke verplichting niet nakomt en "
                  "die tekortkoming niet binnen dertig dagen na schriftelijke ingebrekestelling "
                  "herstelt."),
        C("12.4", "Bij be\u00ebindiging van de Overeenkomst retourneren Partijen binnen dertig dagen "
                  "elkaars materialen en vindt een eindafrekening van het bedrag bedoeld in "
                  "artikel 8.2 plaats naar rato van het verstreken deel van het Schooljaar. De "
                  "artikelen 10 en 14 blijven na be\u00ebindiging van kracht."),

        ("h", "13. WIJZIGING"),
        C("13.1", "Wijzigingen van en aanvullingen op deze Overeenkomst zijn slechts geldig indien "
                  "zij schriftelijk zijn overeengekomen en door beide Partijen zijn ondertekend."),
        C("13.2", "Indien een bepaling van deze Overeenkomst nietig blijkt, treden Partijen in "
                  "overleg over een vervangende bepaling die de strekking van de nietige bepaling "
                  "zo dicht mogelijk benadert."),

        ("h", "14. SLOTBEPALINGEN"),
        C("14.1", "Partijen melden de Route gezamenlijk aan Onze Minister door registratie bij "
                  "DUO."),
        C("14.2", "Op deze Overeenkomst is Nederlands recht van toepassing."),
        ("sp", 8),
        ("p", "ALDUS OVEREENGEKOMEN en in tweevoud ondertekend te Lelystad op 19 juni 2025."),
        ("sp", 12),
        ("sig", [["Stichting Scholengroep Lelystad-Dronten", "Stichting MBO Flevoland"],
                 ["<br/><br/>______________________________<br/>mr. W.F. Hoogendijk",
                  "<br/><br/>______________________________<br/>drs. C.A. Bosma"]]),
    ]
    build_pdf(path, B, title="Samenwerkingsovereenkomst geintegreerde route facilitaire "
              "dienstverlening", author="Scholengroep Lelystad-Dronten / MBO Flevoland",
              base_font="Helvetica", size=9.5)


register(
    419, "419_advocatenstijl_geintegreerd_facilitair_lelystad", "pdf",
    "Law-firm style PDF (capitalised defined terms, clauses 1.1 etc., 'nemen in aanmerking dat'); "
    "geintegreerde route D&P bb -> Medewerker facilitaire dienstverlening niveau 2 in Lelystad. "
    "Defects: a pupil whose participation ends is automatically enrolled in Entree without "
    "any other alternative (f weak); toetreding, opzegging (three months, end of any month) and "
    "wijziging are arranged, but nothing protects pupils on termination (j weak).",
    st("pppppwpppw"),
    {"a": "2. ONDERWERP EN ROUTE",
     "b": "6. PRAKTIJKPARTNERS",
     "c": "3. STUURGROEP",
     "d": "4. INFORMATIE EN VERANTWOORDING",
     "e": "5. UITVOERING",
     "g": "8. FINANCI\u00cbLE BEPALINGEN",
     "h": "9. MEDEZEGGENSCHAP",
     "i": "10. GESCHILLEN"},
    build_419)


# ----------------------------------------------------------------------------------------------
# 420 - DOCX ordered chronologically along the pupil's path (before the start, vmbo-fase,
# mbo-fase, then what holds throughout), Word heading styles and an overview table; retail route
# in Tiel (Rivierenland). Compliant; the ROC transfers money to the school for the last vmbo exams.
# ----------------------------------------------------------------------------------------------

def build_420(path):
    from docx.shared import Pt
    d = new_docx("Cambria", 10.5)

    def H1(t):
        d.add_paragraph(t, style="Heading 1")

    def H2(t):
        d.add_paragraph(t, style="Heading 2")

    def P(t):
        q = d.add_paragraph()
        add_runs(q, t)
        q.paragraph_format.space_after = Pt(4)

    def BUL(items):
        for t in items:
            q = d.add_paragraph(style="List Bullet")
            add_runs(q, t)

    d.add_paragraph("Samenwerkingsovereenkomst \u2018Van winkelvloer tot eigen zaak\u2019",
                    style="Title")
    P("__Doorlopende leerroute vmbo-mbo Economie en ondernemen (gemengde leerweg) \u2013 Manager "
      "retail (niveau 4), Tiel__")

    H1("Vooraf: wie deze overeenkomst sluiten")
    P("Deze overeenkomst is gesloten tussen:")
    BUL(["**Stichting Openbaar Voortgezet Onderwijs Rivierenland**, gevestigd te Tiel, bevoegd "
         "gezag van Scholengemeenschap De Waalkade, school voor vmbo, vertegenwoordigd door "
         "mevrouw drs. I.M. van Wely, voorzitter van het college van bestuur (hierna: __De "
         "Waalkade__);",
         "**Stichting ROC Gelderse Waarden**, gevestigd te Tiel, bevoegd gezag van een regionaal "
         "opleidingencentrum, vertegenwoordigd door de heer T.J. Gerritsen MSc, voorzitter van het "
         "college van bestuur (hierna: __het ROC__)."])
    P("De overeenkomst volgt de route zoals een leerling die doorloopt: eerst wat v\u00f3\u00f3r de "
      "start geregeld is, dan de vmbo-fase en de mbo-fase, en tot slot de afspraken die voor de "
      "hele route gelden. Waar \u2018wij\u2019 staat, zijn De Waalkade en het ROC samen bedoeld; "
      "alle afspraken binden beide besturen.")
    H2("Over welke route het gaat")
    P("De Waalkade en het ROC verzorgen samen de doorlopende leerroute \u2018Van winkelvloer tot "
      "eigen zaak\u2019. Die begint in leerjaar 3 van het profiel Economie en ondernemen in de "
      "gemengde leerweg van De Waalkade en leidt via het vmbo-diploma naar het diploma van de "
      "middenkaderopleiding Manager retail (niveau 4, kwalificatiedossier Retail, "
      "opleidingsdomein Handel) in de beroepsopleidende leerweg van het ROC. De route duurt vijf "
      "jaar: twee jaar vmbo-fase en drie jaar mbo-fase. Het vmbo-diploma wordt behaald aan het "
      "eind van leerjaar 2 en uiterlijk in leerjaar 3.")

    H1("Voor de start")
    H2("Wie de route leidt")
    P("De route wordt geleid door een routedirectie van twee personen: de teamleider bovenbouw "
      "van De Waalkade en de opleidingsmanager Retail en Ondernemerschap van het ROC. Ieder "
      "college van bestuur benoemt zijn eigen lid van de routedirectie en laat het andere college "
      "schriftelijk weten wie dat is. Valt een lid weg, dan benoemt het betrokken college binnen "
      "een maand een opvolger.")
    P("De routedirectie regelt de intake, stelt jaarlijks het routeprogramma op en legt het ter "
      "goedkeuring voor aan beide besturen, deelt de docenten van beide partijen in binnen de "
      "afgesproken uren, besluit over overstappen (zie \u2018Wanneer een leerling een andere weg "
      "kiest\u2019), beheert het routebudget van \u20ac 30.000 per jaar en vertegenwoordigt de route "
      "tegenover de winkeliers. Binnen dat budget en het goedgekeurde routeprogramma beslist zij "
      "zelfstandig; alles wat de formatie van een partij raakt of van het routeprogramma afwijkt, "
      "legt zij aan de besturen voor.")
    H2("De winkeliers van Tiel en omgeving")
    P("Wij werken samen met Ondernemersvereniging Binnenstad Tiel, Retailpact Rivierenland (het "
      "samenwerkingsverband van winkeliers en de gemeente) en in elk geval met Modehuis Verwoerd, "
      "Supermarkt Van der Zwaluw en Fietsenwinkel De Betuwe Fietser. Met hen is afgesproken dat:")
    BUL(["leerlingen in leerjaar 1 elke maand een winkel bezoeken en daar een opdracht uitvoeren;",
         "de ondernemersvereniging in leerjaar 2 een leegstaand winkelpand in de Weerstraat ter "
         "beschikking stelt voor een pop-up store die de leerlingen zelf runnen;",
         "de winkels vanaf leerjaar 3 bpv-plaatsen bieden en praktijkopleiders leveren;",
         "twee ondernemers zitting nemen in de jury die het ondernemingsplan in leerjaar 5 "
         "beoordeelt;",
         "een retailadviesraad van vier ondernemers twee keer per jaar met de routedirectie het "
         "routeprogramma bespreekt en adviseert over nieuwe ontwikkelingen, zoals online verkoop."])
    H2("Intake")
    P("Leerlingen en ouders worden in leerjaar 2 van De Waalkade ge\u00efnformeerd tijdens twee "
      "voorlichtingsavonden. Na een kennismakingsgesprek besluit de routedirectie over plaatsing; "
      "de mentor van leerjaar 2 geeft een advies.")

    H1("Leerjaar 1 en 2: de vmbo-fase")
    P("In de vmbo-fase staat de leerling ingeschreven bij De Waalkade. Het onderwijs vindt plaats "
      "in het gebouw van De Waalkade aan de Waalkade; op maandag werken de leerlingen in het "
      "Retail Experience Lab van het ROC aan de Stationsstraat, en in leerjaar 2 twee middagen per "
      "week in de pop-up store.")
    H2("Wie lesgeeft en wat we delen")
    P("De docenten van De Waalkade en het ROC vormen samen \u00e9\u00e9n routeteam. Het ROC zet in "
      "leerjaar 1 en 2 een docent retail in voor acht uur per week. De Waalkade zet in leerjaar 3 "
      "haar docent economie in voor studenten die nog een vmbo-examenonderdeel moeten afleggen. In "
      "het vakoverstijgende programmaonderdeel \u2018Ondernemen in de praktijk\u2019 werken "
      "docenten van beide partijen als team op grond van de teambevoegdheid; ieder blijft "
      "verantwoordelijk voor het vak waarvoor hij bevoegd is.")
    P("Het ROC stelt zijn Retail Experience Lab, met kassasystemen, een etalageruimte en een "
      "webshopomgeving, beschikbaar aan de leerlingen van de vmbo-fase. De Waalkade stelt haar "
      "schoolwinkel en haar computerlokaal beschikbaar voor de lessen van de docent retail en voor "
      "open dagen van het ROC.")
    P("Het routeprogramma beschrijft per leerjaar het onderwijs, het PTA en de OER, en geeft aan "
      "welke onderdelen vmbo, mbo of gecombineerd zijn. Beide besturen keuren het routeprogramma "
      "jaarlijks v\u00f3\u00f3r 1 juli goed. In hoofdlijnen ziet de route er zo uit:")
    rows = [
        ("Leerjaar", "Waar", "Wie geeft les", "Examens"),
        ("1 (vmbo 3)", "De Waalkade; maandag Retail Experience Lab ROC",
         "Routeteam De Waalkade met docent retail ROC", "Schoolexamens vmbo; eerste mbo-toets "
         "Verkoop"),
        ("2 (vmbo 4)", "De Waalkade; pop-up store Weerstraat", "Idem",
         "Centrale examens vmbo"),
        ("3 (mbo 1)", "ROC; eerste bpv-periode", "Routeteam ROC; docent economie De Waalkade "
         "voor resterende vmbo-onderdelen", "mbo-examens; zo nodig laatste vmbo-onderdelen"),
        ("4 en 5", "ROC en leerbedrijf", "Routeteam ROC", "mbo-examens en proeve van "
         "bekwaamheid; ondernemingsplan"),
    ]
    tbl = d.add_table(rows=len(rows), cols=4)
    tbl.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            tbl.cell(i, j).text = c
    P("")
    P("Een klacht over een medewerker van de andere partij wordt afgehandeld via de "
      "klachtenregeling van de partij waar de leerling staat ingeschreven; de andere partij werkt "
      "daaraan mee.")

    H1("Leerjaar 3 tot en met 5: de mbo-fase")
    P("Vanaf leerjaar 3 staat de leerling als student ingeschreven bij het ROC. Het onderwijs vindt "
      "plaats bij het ROC en, in de bpv-periodes, bij de winkels genoemd onder \u2018De winkeliers "
      "van Tiel en omgeving\u2019.")
    H2("Geld voor de laatste vmbo-examens")
    P("Tot en met leerjaar 2 ontvangt De Waalkade de rijksbekostiging, daarna het ROC. Het ROC "
      "draagt met toepassing van artikel 9.1.15 WEB voor iedere student die op 1 oktober in "
      "leerjaar 3 staat ingeschreven en nog een of meer vmbo-examenonderdelen moet afleggen "
      "\u20ac 650 over aan De Waalkade. Dat bedrag is bestemd voor de lessen van de docent economie, "
      "de afname van de examens en het examensecretariaat van De Waalkade. De Waalkade draagt "
      "geen bekostiging over aan het ROC.")

    H1("Wanneer een leerling een andere weg kiest")
    P("Wij zorgen ervoor dat iedere leerling die de route verlaat, op een andere manier een "
      "diploma kan halen. Wat dat betekent, hangt af van het moment:")
    BUL(["in leerjaar 1 of 2 gaat de leerling verder in de gemengde of kaderberoepsgerichte "
         "leerweg van De Waalkade, in Economie en ondernemen of een ander profiel, en haalt hij "
         "daar zijn vmbo-diploma;",
         "na het vmbo-diploma kan de student binnen het ROC overstappen naar een andere opleiding "
         "op niveau 4 of, als dat beter past, niveau 3, zoals Eerste verkoper of Commercieel "
         "medewerker; vooropleidingseisen gelden daarbij niet;",
         "heeft de student in leerjaar 3 zijn vmbo-diploma nog niet, dan mag hij zijn "
         "mbo-opleiding voortzetten of overstappen naar een vergelijkbare opleiding op hetzelfde "
         "niveau, en rondt hij de ontbrekende vmbo-onderdelen af bij De Waalkade;",
         "wil de leerling naar een andere school of instelling, dan regelen wij een warme "
         "overdracht en helpt het ROC bij het onderzoek naar de geschiktheid voor de nieuwe "
         "opleiding."])
    P("De routedirectie beslist namens De Waalkade en het ROC samen, na een gesprek met de leerling "
      "en zijn ouders. Het bereikte onderwijsniveau en de leeftijd van de leerling wegen daarbij het "
      "zwaarst. De uitkomst wordt schriftelijk vastgelegd. De werkwijze staat in de schoolgids van "
      "De Waalkade en de studiegids van het ROC.")

    H1("Wat gedurende de hele route geldt")
    H2("Hoe de besturen op de hoogte blijven")
    P("De routedirectie stuurt beide besturen elk kwartaal een korte stand van zaken met de "
      "leerlingaantallen, het verzuim en de uitval. V\u00f3\u00f3r 1 december volgt een "
      "jaarrapportage over het afgelopen schooljaar met de resultaten, de evaluaties met "
      "leerlingen en winkeliers en de besteding van het routebudget en van de bijdrage voor de "
      "vmbo-examens. In het bestuurlijk overleg van december legt de routedirectie daarover "
      "verantwoording af; de besturen kunnen haar daarbij opdrachten geven voor het volgende jaar.")
    H2("Meepraten en meebeslissen")
    P("Wij stellen een routeraad in met twee leerlingen (een uit elke fase), twee ouders en twee "
      "medewerkers. De medezeggenschapsraad van De Waalkade wijst de leerling uit de vmbo-fase, "
      "een ouder en een medewerker aan; de studentenraad en de ondernemingsraad van het ROC wijzen "
      "de student, de andere ouder en de andere medewerker aan. De routeraad mag advies geven over "
      "het routeprogramma en de jaarrapportage; de routedirectie reageert binnen vier weken "
      "schriftelijk. Voordat wij deze overeenkomst wijzigen, vragen wij de medezeggenschapsraad van "
      "De Waalkade en de studentenraad van het ROC om advies.")
    H2("Als De Waalkade en het ROC het oneens zijn")
    P("Een meningsverschil over de uitvoering van deze overeenkomst bespreekt eerst de "
      "routedirectie. Lukt het daar niet binnen drie weken, dan overleggen de twee voorzitters van "
      "de colleges van bestuur. Komen ook zij er binnen zes weken niet uit, dan schakelen wij "
      "samen een MfN-registermediator in. Levert mediation binnen twee maanden geen oplossing op, "
      "dan kan ieder van beide het geschil voorleggen aan de rechtbank Gelderland.")
    H2("Looptijd, nieuwe deelnemers, wijzigen en stoppen")
    BUL(["Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd; na drie jaar "
         "evalueren wij haar.",
         "Een andere school voor vmbo of instelling voor beroepsonderwijs kan toetreden als beide "
         "besturen schriftelijk instemmen, de nieuwe deelnemer deze overeenkomst ondertekent en de "
         "toetreding ingaat op 1 augustus. De deelname wordt gezamenlijk bij DUO gemeld.",
         "De overeenkomst wordt alleen gewijzigd bij een schriftelijk stuk dat beide besturen "
         "ondertekenen, na het advies bedoeld onder \u2018Meepraten en meebeslissen\u2019.",
         "Ieder bestuur kan de overeenkomst opzeggen met ingang van 1 augustus, met een termijn "
         "van ten minste twaalf maanden. Bij een ernstige tekortkoming die na schriftelijke "
         "aanmaning niet binnen twee maanden is verholpen, kan de andere partij de overeenkomst "
         "ontbinden.",
         "Bij opzegging, ontbinding of wijziging houden wij de gevolgen voor leerlingen zo klein "
         "mogelijk: wie al in de route zit, maakt haar af zoals afgesproken, en na een opzegging "
         "worden geen nieuwe leerlingen meer geplaatst."])

    P("")
    P("Ondertekend te Tiel op 1 juli 2025.")
    sig = d.add_table(rows=2, cols=2)
    sig.cell(0, 0).text = "Stichting Openbaar Voortgezet Onderwijs Rivierenland"
    sig.cell(0, 1).text = "Stichting ROC Gelderse Waarden"
    sig.cell(1, 0).text = "\n\ndrs. I.M. van Wely, voorzitter college van bestuur"
    sig.cell(1, 1).text = "\n\nT.J. Gerritsen MSc, voorzitter college van bestuur"
    save_docx(d, path, "Samenwerkingsovereenkomst Van winkelvloer tot eigen zaak",
              "De Waalkade / ROC Gelderse Waarden")


register(
    420, "420_chronologisch_per_fase_retail_tiel", "docx",
    "DOCX ordered along the pupil's path (voor de start, vmbo-fase, mbo-fase, wat altijd geldt) "
    "with Word heading styles, bullet lists and an overview table per leerjaar; De Waalkade and "
    "ROC Gelderse Waarden in Tiel, Economie en ondernemen gl -> Manager retail niveau 4 with "
    "local shops; the ROC transfers EUR 650 per student to the school for the last vmbo exams "
    "(art. 9.1.15 WEB) with its purpose; fully compliant.",
    st("pppppppppp"),
    {"a": "Over welke route het gaat",
     "b": "De winkeliers van Tiel en omgeving",
     "c": "Wie de route leidt",
     "d": "Hoe de besturen op de hoogte blijven",
     "e": "Wie lesgeeft en wat we delen",
     "f": "Wanneer een leerling een andere weg kiest",
     "g": "Geld voor de laatste vmbo-examens",
     "h": "Meepraten en meebeslissen",
     "i": "Als De Waalkade en het ROC het oneens zijn",
     "j": "Looptijd, nieuwe deelnemers, wijzigen en stoppen"},
    build_420)

# === END OF AGREEMENTS ===


# ==============================================================================================
# Build and check
# ==============================================================================================

def out_path(num):
    s = SAMPLES[num]
    return os.path.join(HERE, "%s.%s" % (s["name"], s["ext"]))


def expected_dict(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "train",
            "statuses": s["statuses"], "evidence": s["evidence"]}


def build(nums):
    for num in nums:
        s = SAMPLES[num]
        path = out_path(num)
        s["build"](path)
        with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
                  newline="\n") as f:
            json.dump(expected_dict(num), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("built", os.path.basename(path), os.path.getsize(path), "bytes")


def check(nums):
    problems = []
    for num in nums:
        s = SAMPLES[num]
        path = out_path(num)
        label = os.path.basename(path)
        if not os.path.exists(path):
            problems.append("%s: missing" % label)
            continue
        size = os.path.getsize(path)
        if size >= 200 * 1024:
            problems.append("%s: too large (%d bytes)" % (label, size))
        if path.endswith(".docx"):
            with zipfile.ZipFile(path) as z:
                if z.testzip() is not None or "word/document.xml" not in z.namelist():
                    problems.append("%s: bad docx zip" % label)
        try:
            text = norm(extract_text(path))
        except Exception as exc:  # noqa: BLE001
            problems.append("%s: does not open (%s)" % (label, exc))
            continue
        if len(text) < 800:
            problems.append("%s: suspiciously little text (%d chars)" % (label, len(text)))
        for item, ev in s["evidence"].items():
            if s["statuses"][item] != "present":
                problems.append("%s: evidence for non-present item %s" % (label, item))
            if norm(ev) not in text:
                problems.append("%s: evidence %s not found: %r" % (label, item, ev))
        for item, status in s["statuses"].items():
            if status == "present" and item not in s["evidence"]:
                problems.append("%s: no evidence for present item %s" % (label, item))
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as f:
                got = json.load(f)
        except (OSError, ValueError) as exc:
            problems.append("%s: expected.json unreadable (%s)" % (label, exc))
            continue
        if got != expected_dict(num):
            problems.append("%s: expected.json differs from the script's table" % label)
        prefix = "%d_" % num
        own = sorted(n for n in os.listdir(HERE) if n.startswith(prefix))
        want = sorted([os.path.basename(path), s["name"] + ".expected.json"])
        if own != want:
            problems.append("%s: unexpected files with prefix %s: %s" % (label, prefix, own))
        print("%-70s %7d bytes  %6d chars  ok-so-far" % (label, size, len(text)))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  -", p)
        return 1
    print("\n--check passed for %d samples" % len(nums))
    return 0


def main(argv):
    args = argv[1:]
    do_check = "--check" in args
    nums = [int(a) for a in args if a != "--check"]
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample number %d (have %s)" % (n, sorted(SAMPLES)))
    nums = nums or sorted(SAMPLES)
    if do_check:
        return check(nums)
    build(nums)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
