"""Build training sample agreements 365-372 (batch train24a).

Written by an independent helper session as labelled test data for leerroute-check. The texts were
composed from the two official guidance documents in shared/seeds (bouwsteen samenwerkingsovereenkomst,
bouwsteen overstapoptie), shared/domain.md and sample_agreements/LABELS.md only, without looking at the
checker code, its models or tests, or at the texts and build scripts of the other samples. All schools,
instellingen, companies and people are made up.

Usage:
    python3 build_samples_train24a.py            # build all samples of this batch
    python3 build_samples_train24a.py 365 368    # build only these numbers
    python3 build_samples_train24a.py --check    # open every produced file and verify it
"""

import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

SAMPLES = {}


def sample(num, name, ext, description, statuses, evidence):
    """Register a builder function for one sample."""
    assert set(statuses) == set("abcdefghij"), name
    for k in evidence:
        assert statuses[k] == "present", (name, k)

    def deco(fn):
        SAMPLES[num] = dict(name=name, ext=ext, fn=fn, labels={
            "description": description,
            "split": "train",
            "statuses": statuses,
            "evidence": evidence,
        })
        return fn
    return deco


def st(s):
    """'pppppppppp' style status string -> dict a..j."""
    m = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    codes = s.split()
    assert len(codes) == 10
    return {k: m[c] for k, c in zip("abcdefghij", codes)}


# --------------------------------------------------------------------------------------------
# PDF helpers (reportlab, invariant output)
# --------------------------------------------------------------------------------------------

def pdf_styles(base="Helvetica", size=10):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[base]
    s = {}
    s["title"] = ParagraphStyle("title", fontName=bold, fontSize=size + 6, leading=size + 10,
                                alignment=TA_CENTER, spaceAfter=6)
    s["subtitle"] = ParagraphStyle("subtitle", fontName=base, fontSize=size + 1, leading=size + 5,
                                   alignment=TA_CENTER, spaceAfter=12)
    s["h1"] = ParagraphStyle("h1", fontName=bold, fontSize=size + 2, leading=size + 6,
                             spaceBefore=10, spaceAfter=4, keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size + 4,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1)
    s["p"] = ParagraphStyle("p", fontName=base, fontSize=size, leading=size + 4, spaceAfter=4,
                            alignment=TA_JUSTIFY)
    s["li"] = ParagraphStyle("li", parent=s["p"], leftIndent=18, bulletIndent=6)
    s["lid"] = ParagraphStyle("lid", parent=s["p"], leftIndent=20, firstLineIndent=-20)
    s["small"] = ParagraphStyle("small", fontName=base, fontSize=size - 2, leading=size + 1)
    s["cell"] = ParagraphStyle("cell", fontName=base, fontSize=size - 1, leading=size + 2)
    s["cellb"] = ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=size + 2)
    s["box"] = ParagraphStyle("box", fontName=ital, fontSize=size - 0.5, leading=size + 3.5)
    s["center"] = ParagraphStyle("center", parent=s["p"], alignment=TA_CENTER)
    return s


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_table(rows, widths, s, header=True, grid=True, shade="#e6e6e6"):
    from reportlab.platypus import Table, TableStyle, Paragraph
    from reportlab.lib import colors
    data = []
    for i, r in enumerate(rows):
        st_ = s["cellb"] if (header and i == 0) else s["cell"]
        data.append([Paragraph(c, st_) if isinstance(c, str) else c for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade)))
    t.setStyle(TableStyle(cmds))
    return t


def pdf_box(paras, s, width, bg="#eef4fa", border="#5b87b5"):
    """A shaded call-out box holding a list of Paragraph markup strings."""
    from reportlab.platypus import Table, TableStyle, Paragraph
    from reportlab.lib import colors
    t = Table([[[Paragraph(x, s["box"]) for x in paras]]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def pdf_simple(path, story, title, footer_left, pagesize=None, margins=(2.2, 2.2, 2.0, 2.0)):
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    ps = pagesize or A4

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(margins[0] * cm, 1.1 * cm, footer_left)
        canvas.drawRightString(ps[0] - margins[1] * cm, 1.1 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=margins[0] * cm, rightMargin=margins[1] * cm,
                            topMargin=margins[2] * cm, bottomMargin=margins[3] * cm, title=title,
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# --------------------------------------------------------------------------------------------
# DOCX helpers (python-docx + raw XML, deterministic zip)
# --------------------------------------------------------------------------------------------

def new_docx(font="Calibri", size=10.5):
    import docx
    from docx.shared import Pt, Cm
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
    return d


def finish_docx(d, path, title, author="", patch=None):
    """Save with fixed core properties, then rewrite the zip with fixed timestamps.

    patch(parts: dict name->bytes) may edit or add parts before the zip is written.
    """
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
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
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    names = zin.namelist()
    parts = {n: zin.read(n) for n in names}
    if patch:
        patch(parts)
    order = ["[Content_Types].xml"] + sorted(n for n in parts if n != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, parts[n])
    with open(path, "wb") as f:
        f.write(out.getvalue())


def w(tag):
    return "{%s}%s" % (W_NS, tag)


class Tracker:
    """Adds paragraphs with tracked changes: {-deleted-} and {+inserted+} markup."""

    TOKEN = re.compile(r"(\{-.*?-\}|\{\+.*?\+\})", re.S)

    def __init__(self, author, date="2025-06-12T10:15:00Z"):
        self.author = author
        self.date = date
        self.next_id = 100

    def _run(self, text, deleted=False, bold=False):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr")
            b = OxmlElement("w:b")
            rpr.append(b)
            r.append(rpr)
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def _wrap(self, kind, text, bold):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        el = OxmlElement("w:" + kind)
        el.set(qn("w:id"), str(self.next_id))
        el.set(qn("w:author"), self.author)
        el.set(qn("w:date"), self.date)
        self.next_id += 1
        el.append(self._run(text, deleted=(kind == "del"), bold=bold))
        return el

    def para(self, doc, text, style=None, bold=False):
        p = doc.add_paragraph(style=style)
        for tok in self.TOKEN.split(text):
            if not tok:
                continue
            if tok.startswith("{-"):
                p._p.append(self._wrap("del", tok[2:-2], bold))
            elif tok.startswith("{+"):
                p._p.append(self._wrap("ins", tok[2:-2], bold))
            else:
                p._p.append(self._run(tok, bold=bold))
        return p


def add_par(d, text, style=None, bold=False, italic=False, size=None, align=None):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph(style=style)
    parts = re.split(r"(\*\*.*?\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part = part[2:-2]
            b = True
        r = p.add_run(part)
        r.bold = b
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


# --------------------------------------------------------------------------------------------
# Text extraction for --check
# --------------------------------------------------------------------------------------------

def norm(t):
    t = t.replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", t).strip()


def extract_pdf(path):
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


def extract_docx(path):
    z = zipfile.ZipFile(path)
    out = []
    names = ["word/document.xml"] + sorted(n for n in z.namelist()
                                           if re.match(r"word/(footnotes|endnotes|header\d*|footer\d*)\.xml$", n))
    for n in names:
        root = ET.fromstring(z.read(n))
        for el in root.iter():
            if el.tag == w("p"):
                out.append("\n")
            elif el.tag == w("t") and el.text:
                out.append(el.text)
            elif el.tag in (w("tab"), w("br")):
                out.append(" ")
    return "".join(out)


def extract(path):
    if path.endswith(".pdf"):
        return extract_pdf(path)
    if path.endswith(".docx"):
        return extract_docx(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


# ============================================================================================
# 365 - DOCX concept with tracked changes, Kop van Noord-Holland, PIE kb -> eerste monteur (3)
# ============================================================================================

@sample(365, "365_concept_bijgehouden_wijzigingen_kop_noord_holland_elektrotechniek", "docx",
        "DOCX concept 0.4 with tracked changes still in it (insertions and deletions by the ROC's "
        "jurist; no change alters a status), articles with decimal leden, Kop van Noord-Holland, vmbo PIE "
        "kader -> mbo-3 Eerste monteur elektrotechnische installaties; fully compliant in its own words "
        "(transfer per leerling with bestemming, joint session of deelraad and studentenraad).",
        st("p p p p p p p p p p"),
        {"a": "Artikel 2 Route en opleiding", "b": "Artikel 3 Inbreng van de installatiebranche",
         "c": "Artikel 4 Routeteam", "d": "Artikel 5 Verslag en overleg met de besturen",
         "e": "Artikel 6 Onderwijs, docenten en voorzieningen", "f": "Artikel 7 Als de route niet past",
         "g": "Artikel 8 Overdracht van bekostiging",
         "h": "Artikel 9 Inspraak van leerlingen, ouders en personeel",
         "i": "Artikel 10 Meningsverschillen tussen partijen",
         "j": "Artikel 11 Duur, toetreding, wijziging en opzegging"})
def build_365(path):
    from docx.shared import Pt
    d = new_docx("Calibri", 10.5)
    tr = Tracker("M. Kaptein (juridische zaken ROC Noordkop)")
    add_par(d, "CONCEPT 0.4 \u2013 bijgewerkt na reactie juridische zaken ROC Noordkop, 12 juni 2025 "
               "(wijzigingen bijgehouden; na akkoord van beide besturen accepteren)", italic=True, size=8.5)
    add_par(d, "Samenwerkingsovereenkomst doorlopende leerroute Installatietechniek Kop van Noord-Holland",
            bold=True, size=15)
    add_par(d, "vmbo Produceren, installeren en energie (kader) \u2013 mbo Eerste monteur elektrotechnische "
               "installaties", italic=True)

    H = lambda t: tr.para(d, t, style="Heading 2")
    P = lambda t: tr.para(d, t)

    H("Partijen")
    P("1. Stichting Openbaar Voortgezet Onderwijs Dijk en Duin, gevestigd te Schagen, bevoegd gezag van "
      "het Dijk en Duin College, {-hierbij vertegenwoordigd door de rector-}{+rechtsgeldig vertegenwoordigd "
      "door de voorzitter van het college van bestuur, mevrouw drs. H.A. Blokker+}, hierna: Dijk en Duin;")
    P("2. Stichting Regionaal Opleidingencentrum Noordkop, gevestigd te Den Helder, rechtsgeldig "
      "vertegenwoordigd door de voorzitter van het college van bestuur, de heer ir. P.J. Zeeman, hierna: "
      "ROC Noordkop;")
    P("hierna samen te noemen: partijen.")
    H("Overwegingen")
    P("A. Dijk en Duin en ROC Noordkop werken sinds 2019 samen in de {-vakmanschapsroute-}{+doorlopende "
      "leerroute+} installatietechniek; deze overeenkomst vervangt de experimentovereenkomst van 4 juli 2019.")
    P("B. Partijen willen leerlingen vanaf leerjaar 3 van het vmbo \u00e9\u00e9n ononderbroken opleiding bieden "
      "naar een diploma op mbo-niveau 3, zonder dubbele lesstof en zonder knip tussen vmbo en mbo.")
    P("C. In de Kop van Noord-Holland is een groot tekort aan monteurs voor de verduurzaming van woningen en "
      "utiliteitsgebouwen{+; de regionale installatiebedrijven hebben hun medewerking toegezegd+}.")
    P("Partijen spreken het volgende af.")

    H("Artikel 1 Begrippen")
    P("In deze overeenkomst wordt verstaan onder:")
    P("a. route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2;")
    P("b. routejaar 1 en 2: leerjaar 3 en 4 van het vmbo (vo-fase); routejaar 3 en 4: het eerste en "
      "tweede opleidingsjaar in het mbo (mbo-fase);")
    P("c. routeteam: de leiding van de route, bedoeld in artikel 4;")
    P("d. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
      "examenregeling van de route.")

    H("Artikel 2 Route en opleiding")
    P("2.1 De route verbindt het profiel Produceren, installeren en energie (PIE) in de "
      "kaderberoepsgerichte leerweg van Dijk en Duin met de vakopleiding Eerste monteur elektrotechnische "
      "installaties (niveau 3, beroepsopleidende leerweg) van ROC Noordkop, uit het kwalificatiedossier "
      "Elektrotechnische installaties in de gebouwde omgeving, opleidingsdomein Installatie- en "
      "energietechniek.")
    P("2.2 De leerling sluit de route af met het vmbo-diploma kaderberoepsgerichte leerweg, uiterlijk in "
      "routejaar 3, en met het mbo-diploma op niveau 3.")
    P("2.3 Partijen melden de route gezamenlijk aan via het Registratie Instellingen en Opleidingen (RIO)"
      "{+ en houden die registratie actueel+}.")

    H("Artikel 3 Inbreng van de installatiebranche")
    P("3.1 Installatiebedrijven uit de Kop van Noord-Holland werken mee aan de route via het "
      "Praktijkplatform Installatie Noordkop, waarin ten minste vijf erkende leerbedrijven en de regionale "
      "afdeling van de brancheorganisatie voor installateurs zitting hebben. {-Het platform komt eenmaal "
      "per jaar bijeen.-}{+Het platform komt ten minste twee keer per jaar bijeen, in oktober en in maart.+}")
    P("3.2 De aangesloten bedrijven:")
    P("a. stellen voor routejaar 3 en 4 voldoende bpv-plaatsen beschikbaar, vooraf afgestemd met de "
      "bpv-co\u00f6rdinator van ROC Noordkop;")
    P("b. leveren voor elk routejaar ten minste twee praktijkopdrachten uit lopende projecten, zoals "
      "nieuwbouw en het verduurzamen van huurwoningen;")
    P("c. ontvangen leerlingen uit routejaar 1 en 2 voor bedrijfsbezoeken en meeloopdagen;")
    P("d. geven advies over de inhoud van het programma voordat het PTA/OER wordt vastgesteld;")
    P("e. leveren praktijkbeoordelaars voor de proeven van bekwaamheid.")
    P("3.3 Met ieder deelnemend bedrijf sluit ROC Noordkop de gebruikelijke praktijkovereenkomsten; voor "
      "de stages in routejaar 1 en 2 sluit Dijk en Duin de stageovereenkomsten.")

    H("Artikel 4 Routeteam")
    P("4.1 De route wordt geleid door een routeteam, bestaande uit de afdelingsleider techniek van Dijk en "
      "Duin, de opleidingsmanager installatietechniek van ROC Noordkop en een routeco\u00f6rdinator.")
    P("4.2 De afdelingsleider en de opleidingsmanager hebben zitting uit hoofde van hun functie en worden "
      "daartoe door hun eigen college van bestuur aangewezen. De routeco\u00f6rdinator wordt op gezamenlijke "
      "voordracht van de afdelingsleider en de opleidingsmanager door beide colleges van bestuur benoemd "
      "voor {-drie-}{+twee+} schooljaren; herbenoeming is mogelijk.")
    P("4.3 Het routeteam is namens partijen belast met:")
    P("a. het dagelijks organiseren van de route, waaronder roosters, groepsindeling en de toewijzing van "
      "docenten aan de routegroepen;")
    P("b. het opstellen van het ontwerp-PTA/OER, dat ter vaststelling aan de bevoegde organen van beide "
      "partijen wordt voorgelegd;")
    P("c. het bewaken van het routebudget;")
    P("d. het onderhouden van de contacten met het Praktijkplatform Installatie Noordkop.")
    P("4.4 Het routeteam mag binnen het vastgestelde routebudget uitgaven doen tot \u20ac 5.000 per uitgave "
      "en de lessentabel binnen de kaders van het PTA/OER aanpassen. Besluiten over personeel in dienst van "
      "een partij, over het toelatingsbeleid en over verplichtingen boven \u20ac 5.000 blijven voorbehouden "
      "aan het college van bestuur van de betrokken partij.")
    P("{+4.5 De routeco\u00f6rdinator is namens het routeteam aanspreekpunt voor ouders, leerbedrijven en de "
      "Inspectie van het Onderwijs.+}")

    H("Artikel 5 Verslag en overleg met de besturen")
    P("5.1 Het routeteam zendt beide colleges van bestuur jaarlijks v\u00f3\u00f3r 1 november een routeverslag "
      "over het afgelopen schooljaar. Het verslag bevat ten minste de instroom, doorstroom en uitval per "
      "cohort, de examenresultaten, het aantal bpv-plaatsen en de besteding van het routebudget.")
    P("5.2 Tweemaal per jaar, in januari en in juni, legt het routeteam in het bestuurlijk overleg van "
      "partijen mondeling verantwoording af over de uitvoering en beantwoordt het de vragen van beide "
      "besturen.")
    P("5.3 Over zaken die de continu\u00efteit van de route raken, informeert het routeteam beide besturen "
      "onverwijld {-schriftelijk-}{+per e-mail aan de bestuurssecretarissen+}.")

    H("Artikel 6 Onderwijs, docenten en voorzieningen")
    P("6.1 Routejaar 1 en 2 worden verzorgd op de locatie van Dijk en Duin aan de Torenstraat te Schagen, "
      "met \u00e9\u00e9n dag per week op de techniekcampus van ROC Noordkop te Den Helder. Routejaar 3 en 4 "
      "worden verzorgd op die techniekcampus en bij de leerbedrijven.")
    P("6.2 Programma, examinering en beroepspraktijkvorming worden per routejaar beschreven in het PTA/OER. "
      "Het vmbo-examen wordt afgerond in routejaar 2 of uiterlijk in routejaar 3; mbo-examens kunnen vanaf "
      "routejaar 1 worden afgenomen.")
    P("6.3 Docenten van beide partijen vormen samen \u00e9\u00e9n docententeam. Voor de vakoverstijgende "
      "programmaonderdelen techniek wordt dat team ingezet met gebruikmaking van de teambevoegdheid "
      "(artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); het PTA/OER vermeldt voor welke onderdelen dat "
      "gebeurt. Voor ieder onderdeel is ten minste \u00e9\u00e9n daartoe bevoegde docent verantwoordelijk. "
      "Dijk en Duin zet in routejaar 1 en 2 ten minste 0,8 fte in, ROC Noordkop ten minste 0,4 fte"
      "{- in routejaar 1 en 2-}{+; in routejaar 3 en 4 verzorgt ROC Noordkop het volledige programma+}. "
      "Docenten blijven in dienst van hun eigen werkgever.")
    P("6.4 Dijk en Duin stelt het elektrotechniekpracticum en het installatielokaal in Schagen ter "
      "beschikking voor routeactiviteiten; ROC Noordkop stelt de installatiehal, de "
      "zonne-energieopstelling en het gereedschap van de techniekcampus ter beschikking, ook aan leerlingen "
      "in de vo-fase. Dat gebruik geschiedt over en weer zonder huur; schade door onzorgvuldig gebruik "
      "vergoedt de partij wier leerlingen of medewerkers de schade hebben veroorzaakt.")
    P("6.5 Een klacht over een gedraging van een medewerker van de andere partij wordt behandeld volgens de "
      "klachtenregeling van de partij waar de klacht is ingediend; de andere partij verleent daaraan alle "
      "medewerking.")

    H("Artikel 7 Als de route niet past")
    P("7.1 Stopt een leerling in routejaar 1 of 2 met de route, dan kan hij bij Dijk en Duin het "
      "vmbo-diploma halen in de reguliere kaderberoepsgerichte leerweg PIE of in een ander profiel dat de "
      "school aanbiedt.")
    P("7.2 Stopt een student in de mbo-fase, dan kan hij binnen ROC Noordkop overstappen naar de opleiding "
      "Monteur elektrotechnische installaties (niveau 2) of naar een andere opleiding op niveau 3, ook als "
      "hij het vmbo-diploma nog niet heeft; de vooropleidingseisen gelden dan niet.")
    P("7.3 Heeft een leerling aan het einde van routejaar 3 het vmbo-diploma niet behaald, dan kan hij, "
      "afhankelijk van de behaalde vo- en mbo-onderdelen, zonder dat diploma doorgaan in een opleiding op "
      "niveau 2 of 3 van ROC Noordkop, of het examenjaar bij Dijk en Duin overdoen.")
    P("7.4 Welke mogelijkheid wordt geboden, stellen de afdelingsleider en de opleidingsmanager samen vast "
      "binnen vier weken na een gesprek met de leerling en diens ouders, op basis van het bereikte "
      "onderwijsniveau en de leeftijd van de leerling. Wil de leerling naar een andere instelling, dan "
      "begeleidt ROC Noordkop de aanmelding en levert het de gegevens aan voor een eventueel "
      "geschiktheidsonderzoek.")
    P("7.5 De uitwerking staat in de schoolgids van Dijk en Duin en in de studiegids van ROC Noordkop.")

    H("Artikel 8 Overdracht van bekostiging")
    P("8.1 Voor de lessen die docenten van ROC Noordkop in routejaar 1 en 2 verzorgen, draagt Dijk en Duin "
      "met toepassing van artikel 5.42a WVO 2020 per leerling die op 1 oktober in routejaar 1 of 2 staat "
      "ingeschreven {-\u20ac 1.150-}{+\u20ac 1.240+} per schooljaar over aan ROC Noordkop.")
    P("8.2 ROC Noordkop besteedt dit bedrag aan de loonkosten van de ingezette ROC-docenten en aan "
      "verbruiksmateriaal in de installatiehal. Betaling geschiedt in twee gelijke termijnen, in december "
      "en in mei. Verder draagt iedere partij haar eigen kosten.")

    H("Artikel 9 Inspraak van leerlingen, ouders en personeel")
    P("9.1 De deelraad van Dijk en Duin en de studentenraad van het techniekcollege van ROC Noordkop houden "
      "eenmaal per jaar, na verschijning van het routeverslag, een gezamenlijke vergadering over de route; "
      "beide raden ontvangen het routeverslag.")
    P("9.2 Leerlingen in routejaar 2 mogen als toehoorder met spreekrecht de vergaderingen van die "
      "studentenraad bijwonen; zij kiezen daartoe uit hun midden \u00e9\u00e9n vertegenwoordiger.")
    P("9.3 Voor het overige blijven de WMS (vo-fase), de WEB (mbo-fase) en de WOR (personeel van ROC "
      "Noordkop) onverkort van toepassing.")

    H("Artikel 10 Meningsverschillen tussen partijen")
    P("10.1 Een verschil van mening over de uitvoering van deze overeenkomst wordt eerst in het routeteam "
      "besproken.")
    P("10.2 Komt het routeteam niet binnen vier weken tot overeenstemming, dan leggen partijen de kwestie "
      "voor aan het bestuurlijk overleg, dat binnen {-zes-}{+vier+} weken bijeenkomt.")
    P("10.3 Blijft het geschil daarna bestaan, dan schakelen partijen een door hen samen gekozen mediator "
      "in. Is het geschil drie maanden na de start van de mediation niet opgelost, dan kan iedere partij het "
      "voorleggen aan de bevoegde rechter in het arrondissement Noord-Holland.")

    H("Artikel 11 Duur, toetreding, wijziging en opzegging")
    P("11.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.")
    P("11.2 Een andere school voor vmbo of een andere mbo-instelling in de Kop van Noord-Holland kan tot "
      "deze overeenkomst toetreden als beide colleges van bestuur daarmee schriftelijk instemmen en de "
      "nieuwe partij een toetredingsverklaring ondertekent waarin zij de overeenkomst, het PTA/OER en de "
      "financi\u00eble afspraken aanvaardt. Een toetredende school biedt het profiel PIE in de "
      "kaderberoepsgerichte leerweg aan. Partijen melden de toetreding bij DUO.")
    P("11.3 Wijzigingen worden schriftelijk vastgelegd en door alle partijen ondertekend; een wijziging die "
      "het programma van een lopend cohort raakt, gaat pas in bij het begin van het volgende schooljaar.")
    P("11.4 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn "
      "van {-zes-}{+twaalf+} maanden. Na opzegging worden geen nieuwe leerlingen meer toegelaten; leerlingen "
      "die al in de route zitten, maken deze bij partijen af volgens het PTA/OER dat voor hun cohort geldt. "
      "Hetzelfde geldt bij ontbinding.")
    P("{+11.5 Bij toetreding, wijziging en be\u00ebindiging houden partijen de gevolgen voor leerlingen en "
      "studenten zo beperkt mogelijk en informeren zij hen en hun ouders tijdig.+}")

    H("Ondertekening")
    P("Aldus overeengekomen en in tweevoud ondertekend te Schagen op ______________ 2025.")
    P("Stichting Openbaar Voortgezet Onderwijs Dijk en Duin \u2013 drs. H.A. Blokker, voorzitter college van "
      "bestuur")
    P("Stichting Regionaal Opleidingencentrum Noordkop \u2013 ir. P.J. Zeeman, voorzitter college van bestuur")

    def patch(parts):
        # switch on "track changes" in the settings so Word shows the document as under revision
        s = parts["word/settings.xml"].decode("utf-8")
        if "<w:trackRevisions/>" not in s:
            s = s.replace("<w:defaultTabStop", "<w:trackRevisions/><w:defaultTabStop", 1)
        parts["word/settings.xml"] = s.encode("utf-8")

    finish_docx(d, path, "Samenwerkingsovereenkomst DLR Installatietechniek (concept 0.4)",
                author="secretariaat Dijk en Duin", patch=patch)


# ============================================================================================
# 368 - TXT minutes-like "vastlegging van afspraken", small-town vmbo Gulpen + vakinstelling
# ============================================================================================

TXT_368 = """\
VASTLEGGING VAN AFSPRAKEN
Doorlopende leerroute vmbo-mbo "Steen en Restauratie"
Sint-Gerlachus College Gulpen  x  Vakopleiding Natuursteen Zuid

Datum overleg : dinsdag 3 juni 2025, 15.30-17.15 uur
Plaats        : Sint-Gerlachus College, Gulpen, kamer bestuurder
Aanwezig      : dhr. J.W. Ploumen (bestuurder Stichting Katholiek Voortgezet Onderwijs
                Heuvelland), mevr. L. Lemmens (teamleider BWI, Sint-Gerlachus College),
                dhr. R. Houben (directeur-bestuurder Stichting Vakopleiding Natuursteen
                Zuid), dhr. M. Smeets (praktijkcoordinator Vakopleiding)
Notulist      : mevr. A. Crombach, bestuurssecretaris

Toelichting van de notulist
Dit stuk legt de afspraken vast die in het overleg van 3 juni zijn gemaakt. Beide bestuurders
hebben afgesproken dat deze vastlegging, na ondertekening door hen, geldt als de
samenwerkingsovereenkomst voor de doorlopende leerroute tussen de Stichting Katholiek Voortgezet
Onderwijs Heuvelland (bevoegd gezag van het Sint-Gerlachus College, hierna: de school) en de Stichting
Vakopleiding Natuursteen Zuid te Maastricht (vakinstelling, hierna: de Vakopleiding). Waar
hieronder "vastgesteld" of "afgesproken" staat, is dat door beide bestuurders zo bevestigd.


1. De route

Vastgesteld wordt dat de school en de Vakopleiding met ingang van 1 augustus 2025 samen een
doorlopende leerroute verzorgen. De route begint in leerjaar 3 van het profiel Bouwen, wonen en
interieur in de kaderberoepsgerichte leerweg en loopt door in de vakopleiding Allround
natuursteenbewerker, niveau 3, van de Vakopleiding (beroepsbegeleidende leerweg vanaf het tweede
mbo-jaar). De leerling haalt het vmbo-diploma kader BWI en het mbo-diploma op niveau 3. Verwacht
worden zes tot tien leerlingen per cohort; de route start ook bij zes aanmeldingen.


2. Steenhouwerijen en restauratiebedrijven

Afgesproken is dat de natuursteenbedrijven die nu al leerbedrijf van de Vakopleiding zijn
(Steenhouwerij Kurvers in Gulpen, Natuursteenbedrijf De Geul in Valkenburg en Restauratiebedrijf
Ramakers & Zn. in Heerlen) als volgt meedoen:
  - elk bedrijf ontvangt leerlingen uit leerjaar 3 voor een snuffelweek en uit leerjaar 4 voor een
    blokstage van drie weken;
  - vanaf het tweede mbo-jaar leveren de bedrijven de BBL-plaatsen;
  - een vakman van de bedrijven beoordeelt samen met de instructeur de proeve van bekwaamheid;
  - in november en mei schuiven de bedrijven aan bij een werkveldoverleg over het programma; hun
    adviezen gaan mee in de jaarlijkse herziening van het PTA/OER.
Haakt een bedrijf af, dan zoekt de Vakopleiding via de Branchevereniging Natuursteen Limburg een
vervangend leerbedrijf.


3. Wie de route leidt

De route wordt geleid door een routeduo: de teamleider BWI van de school en de praktijkcoordinator
van de Vakopleiding. De teamleider wordt daartoe aangewezen door de bestuurder van de school, de
praktijkcoordinator door de directeur-bestuurder van de Vakopleiding; een wisseling wordt direct
schriftelijk aan de andere partij gemeld.
Het routeduo beslist over het rooster, de groepsindeling, de inzet van docenten binnen de
afgesproken formatie, de planning van snuffelweek en stages en de jaarlijkse herziening van het
PTA/OER, dat daarna door beide bestuurders wordt vastgesteld. Uitgaven boven 2.500 euro en alles wat
het personeel of de toelating van leerlingen betreft, legt het duo voor aan de bestuurders.


4. Hoe de bestuurders op de hoogte blijven

Het routeduo stuurt twee keer per jaar een korte voortgangsnotitie aan beide bestuurders (aantallen,
uitval, resultaten, bijzonderheden), uiterlijk een week voor het bestuurlijk overleg van december en
dat van juni. In het overleg van juni legt het duo verantwoording af over het afgelopen schooljaar en
doet het voorstellen voor het volgende jaar.


5. Waar, door wie en met welke spullen

De eerste twee routejaren volgen de leerlingen hun lessen op de school in Gulpen; op donderdag zijn
zij in de werkplaats van de Vakopleiding in Maastricht (het busvervoer regelt de school). Vanaf het
tweede mbo-jaar werken zij vier dagen bij het leerbedrijf en gaan zij een dag naar de Vakopleiding.

Personeel: de docent BWI van de school (0,4 fte) en een steenhouwer-instructeur van de Vakopleiding
(0,3 fte) geven samen de praktijklessen; de instructeur geeft in leerjaar 4 ook les op de school. Ieder
blijft in dienst van de eigen werkgever. De school verzorgt de algemene vakken tot en met het
vmbo-examen.

Voorzieningen: de Vakopleiding stelt haar steenhouwerswerkplaats, de zaag- en freesmachines en het
handgereedschap ter beschikking; de school stelt het BWI-lokaal en de computerruimte (tekenen en CAD)
beschikbaar voor de lessen van de instructeur.

Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER, dat voor 1 oktober van elk
schooljaar is vastgesteld.


6. Als een leerling uit de route stapt

Voor leerlingen die de route niet afmaken zijn de volgende mogelijkheden besproken:
  - wie in leerjaar 3 of 4 stopt, kan op de school verder in de gewone kaderberoepsgerichte leerweg
    BWI of, als dat beter past, in de basisberoepsgerichte leerweg, en haalt daar het vmbo-diploma;
  - wie in het mbo-deel stopt, kan bij de Vakopleiding overstappen naar de opleiding
    natuursteenbewerker op niveau 2, zonder dat opnieuw naar de vooropleiding wordt gekeken;
  - wie een heel andere richting wil, kan naar een opleiding op hetzelfde niveau bij een ROC in de
    regio.
Wie uiteindelijk bepaalt welke van deze mogelijkheden een leerling krijgt, is in dit overleg niet
vastgesteld: de school wilde dat bij de mentor leggen, de Vakopleiding bij de praktijkcoordinator.
Het punt is aangehouden.


7. Geld

Er wordt geen bekostiging overgedragen tussen de school en de Vakopleiding; ieder betaalt de eigen
kosten, ook die van de eigen docenten. Natuursteen en slijtend gereedschap voor de praktijklessen
komen voor rekening van de Vakopleiding, het busvervoer voor rekening van de school.


8. Inspraak

Afgesproken is dat de medezeggenschapsraad van de school en de studentenraad van de Vakopleiding
beide de voortgangsnotitie van juni ontvangen. Vanaf leerjaar 4 neemt een leerling uit de route, door
de routeleerlingen zelf gekozen, met spreekrecht over de route deel aan de vergaderingen van de
studentenraad van de Vakopleiding. Voor een wijziging van de route vragen beide bestuurders vooraf
advies aan hun raad.


9. Als we het niet eens worden

Een meningsverschil over de uitvoering van deze afspraken gaat eerst naar het routeduo en daarna naar
de twee bestuurders. Komen de bestuurders er binnen zes weken niet uit, dan vragen zij samen bindend
advies aan een onafhankelijke deskundige die zij samen kiezen; de kosten daarvan delen zij. Worden zij
het over die deskundige niet eens, dan beslist de bevoegde rechter van de rechtbank Limburg.


10. Looptijd, wijzigen en stoppen

Deze afspraken gelden voor de instroom van 2025 tot en met 2028 en worden daarna telkens met een
jaar verlengd, tenzij een van beide bestuurders voor 1 februari laat weten dat niet te willen.
Wijzigingen worden op dezelfde manier vastgelegd en door beide bestuurders ondertekend; zij gelden
niet voor een cohort dat al is begonnen, tenzij de leerlingen daar beter van worden.
Opzeggen kan schriftelijk, uiterlijk 1 februari, met ingang van het volgende schooljaar. Na opzegging
stroomt niemand meer in; leerlingen die dan al in de route zitten, maken de route bij beide partijen
af.


Voor akkoord,

Gulpen, 17 juni 2025

J.W. Ploumen                                      R. Houben
bestuurder                                        directeur-bestuurder
Stichting Katholiek Voortgezet Onderwijs          Stichting Vakopleiding Natuursteen Zuid
Heuvelland

Vastgelegd door: A. Crombach, bestuurssecretaris
"""


@sample(368, "368_vastlegging_afspraken_notulist_gulpen_natuursteen", "txt",
        "TXT minutes-like 'vastlegging van afspraken' by a bestuurssecretaris, small-town vmbo (Gulpen, "
        "Zuid-Limburg) "
        "with a vakinstelling, BWI kader -> mbo-3 Allround natuursteenbewerker; defects: overstap lists "
        "diploma options but who decides is explicitly left open (f weak), slotbepalingen have opzegging, "
        "wijziging and cohort protection but no toetreding (j weak).",
        st("p p p p p w p p p w"),
        {"a": "1. De route", "b": "2. Steenhouwerijen en restauratiebedrijven", "c": "3. Wie de route leidt",
         "d": "4. Hoe de bestuurders op de hoogte blijven", "e": "5. Waar, door wie en met welke spullen",
         "g": "7. Geld", "h": "8. Inspraak", "i": "9. Als we het niet eens worden"})
def build_368(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(TXT_368)


# ============================================================================================
# 366 - PDF, long, ToC + footnotes + leden with cross-references, Groene Hart, Z&W gl/tl -> mbo-4
# ============================================================================================

def pdf_footnoted(path, blocks, notes, title, running_head, base="Times-Roman", size=10.5):
    """Long PDF with a table of contents and real page-bottom footnotes.

    blocks: list of ("title"|"subtitle"|"p"|"lid"|"li"|"h1"|"h1toc"|"toc"|"pb"|"table", payload...)
    Paragraph text may hold footnote marks written as [[n]]; notes maps n -> note text.
    """
    from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, PageBreak, Spacer
    from reportlab.platypus.tableofcontents import TableOfContents
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm

    s = pdf_styles(base, size)
    fn_style = ParagraphStyle("fn", fontName=base, fontSize=7.8, leading=9.4, leftIndent=10, firstLineIndent=-10)
    FN_H = 3.4 * cm

    class NoSplit(Paragraph):
        def split(self, aW, aH):
            return []

    class Doc(BaseDocTemplate):
        def __init__(self, fn, **kw):
            BaseDocTemplate.__init__(self, fn, **kw)
            self._notes = []
            body = Frame(self.leftMargin, self.bottomMargin + FN_H, self.width, self.height - FN_H,
                         id="body", leftPadding=0, rightPadding=0)
            self.addPageTemplates([PageTemplate(id="main", frames=[body], onPage=self._start,
                                                onPageEnd=self._end)])

        def _start(self, canvas, doc):
            self._notes = []

        def _end(self, canvas, doc):
            canvas.saveState()
            canvas.setFont(base, 8)
            canvas.drawString(self.leftMargin, A4[1] - 1.3 * cm, running_head)
            canvas.drawRightString(A4[0] - self.rightMargin, 1.0 * cm, "pagina %d" % doc.page)
            if self._notes:
                y = self.bottomMargin + FN_H - 0.25 * cm
                canvas.setLineWidth(0.5)
                canvas.line(self.leftMargin, y, self.leftMargin + 4 * cm, y)
                y -= 0.15 * cm
                for n in self._notes:
                    p = Paragraph("<super>%d</super> %s" % (n, notes[n]), fn_style)
                    _, h = p.wrap(self.width, FN_H)
                    y -= h
                    p.drawOn(canvas, self.leftMargin, y)
                    y -= 1.5
            canvas.restoreState()

        def afterFlowable(self, f):
            toc = getattr(f, "_toc", None)
            if toc:
                self.notify("TOCEntry", (0, toc, self.page))
            for n in getattr(f, "_notes", ()):
                if n not in self._notes:
                    self._notes.append(n)

    def para(text, style):
        ids = [int(x) for x in re.findall(r"\[\[(\d+)\]\]", text)]
        markup = re.sub(r"\[\[(\d+)\]\]", r"<super>\1</super>", text)
        p = (NoSplit if ids else Paragraph)(markup, style)
        p._notes = ids
        return p

    story = []
    for b in blocks:
        kind = b[0]
        if kind == "toc":
            toc = TableOfContents()
            toc.levelStyles = [ParagraphStyle("toc0", fontName=base, fontSize=size - 0.5, leading=size + 3.5,
                                              leftIndent=0)]
            story.append(Paragraph("Inhoudsopgave", s["h1"]))
            story.append(toc)
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "h1toc":
            p = Paragraph(b[1], s["h1"])
            p._toc = b[1]
            story.append(p)
        elif kind == "table":
            story.append(pdf_table(b[1], b[2], s))
        else:
            story.append(para(b[1], s[kind]))
    doc = Doc(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.3 * cm, topMargin=2.2 * cm,
              bottomMargin=1.6 * cm, title=title, author="", subject="", creator="", producer="",
              invariant=1)
    doc.multiBuild(story)


NOTES_366 = {
    1: "Wet van 20 mei 2020 tot wijziging van onder meer de Wet op het voortgezet onderwijs en de Wet "
       "educatie en beroepsonderwijs (Sterk beroepsonderwijs), Stb. 2020, 157.",
    2: "Artikel 2.107b WVO 2020 en artikel 9.1.3 WEB.",
    3: "Artikel 2.107a WVO 2020: de gemengde en de theoretische leerweg sluiten aan op een "
       "middenkaderopleiding.",
    4: "Onder een leerbedrijf wordt verstaan een door de Samenwerkingsorganisatie Beroepsonderwijs "
       "Bedrijfsleven (SBB) erkende school of kinderopvangorganisatie.",
    5: "Zie het zesde lid van dit artikel voor de besluitvorming binnen de stuurgroep en artikel 14 voor "
       "het geval partijen het niet eens worden.",
    6: "Artikel 7.13a WVO 2020 en artikel 9.1.12 WEB.",
    7: "Artikel 2.107k WVO 2020 en artikel 9.1.14 WEB; voorheen artikel 8.5a.15 WEB.",
    8: "Artikel 8.2.1, zesde lid, WEB.",
    9: "Artikel 5.42a WVO 2020; voorheen artikel 96t WVO.",
    10: "Wet medezeggenschap op scholen; hoofdstuk 8a WEB; Wet op de ondernemingsraden.",
    11: "Artikel 2.107f, derde lid, WVO 2020 en artikel 9.1.7, derde lid, WEB.",
}

BLOCKS_366 = [
    ("title", "SAMENWERKINGSOVEREENKOMST"),
    ("subtitle", "doorlopende leerroute vmbo-mbo Zorg en welzijn \u2013 Onderwijsassistent<br/>"
                 "Rijnpark College en ROC Groene Hart Rijnland"),
    ("small", "Kenmerk JZ/2025/114 \u2013 opgesteld door de afdeling Juridische Zaken van ROC Groene Hart "
              "Rijnland in overleg met het bestuursbureau van Stichting Voortgezet Onderwijs Rijn en Gouwe. "
              "Definitieve tekst na behandeling in het bestuurlijk overleg van 19 mei 2025."),
    ("sp", 10),
    ("toc",),
    ("pb",),
    ("h1toc", "De ondergetekenden"),
    ("lid", "1. Stichting Voortgezet Onderwijs Rijn en Gouwe, statutair gevestigd te Alphen aan den Rijn, "
            "bevoegd gezag van het Rijnpark College, school voor vmbo (gemengde en theoretische leerweg), "
            "rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer "
            "mr. W.F. de Ridder, hierna te noemen: \u201cde school\u201d;"),
    ("lid", "2. Stichting Regionaal Opleidingencentrum Groene Hart Rijnland, statutair gevestigd te Alphen "
            "aan den Rijn, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, "
            "mevrouw dr. C.M. van Leeuwen-Borst, hierna te noemen: \u201cde instelling\u201d;"),
    ("p", "hierna gezamenlijk te noemen: \u201cpartijen\u201d en ieder afzonderlijk: \u201cpartij\u201d."),
    ("h1toc", "Considerans"),
    ("p", "Partijen overwegen het volgende:"),
    ("lid", "a. de Wet doorlopende leerroutes vmbo-mbo[[1]] maakt het mogelijk dat een school voor vmbo en "
            "een instelling voor beroepsonderwijs samen een doorlopende leerroute verzorgen, op grond van "
            "een samenwerkingsovereenkomst die ten minste de in de wet genoemde onderwerpen regelt[[2]];"),
    ("lid", "b. het primair onderwijs in de regio Groene Hart kampt met een blijvend tekort aan "
            "onderwijsassistenten en leraren; de schoolbesturen in het primair onderwijs hebben partijen "
            "gevraagd jongeren eerder en gerichter op dit werk voor te bereiden;"),
    ("lid", "c. partijen hebben sinds het schooljaar 2022-2023 ervaring opgedaan met een "
            "ori\u00ebntatieprogramma onderwijs voor leerlingen van de school en willen dit omzetten in een "
            "doorlopende leerroute;"),
    ("lid", "d. partijen wensen hun afspraken daarover in deze overeenkomst vast te leggen."),
    ("p", "en komen het volgende overeen:"),

    ("h1toc", "Artikel 1 Begripsbepalingen"),
    ("p", "In deze overeenkomst en de daarbij behorende bijlagen wordt verstaan onder:"),
    ("lid", "a. <i>leerroute</i>: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 3;"),
    ("lid", "b. <i>vo-fase</i>: het eerste en tweede jaar van de leerroute, waarin de deelnemer als "
            "leerling bij de school staat ingeschreven;"),
    ("lid", "c. <i>mbo-fase</i>: het derde en volgende jaar van de leerroute, waarin de deelnemer als "
            "student bij de instelling staat ingeschreven;"),
    ("lid", "d. <i>deelnemer</i>: de leerling of student die de leerroute volgt;"),
    ("lid", "e. <i>stuurgroep</i>: het orgaan, bedoeld in artikel 5;"),
    ("lid", "f. <i>routeco\u00f6rdinator</i>: de medewerker die de dagelijkse co\u00f6rdinatie van de leerroute "
            "verzorgt;"),
    ("lid", "g. <i>PTA/OER</i>: het gezamenlijk vastgestelde programma van toetsing en afsluiting en de "
            "onderwijs- en examenregeling van de leerroute;"),
    ("lid", "h. <i>bestuurlijk overleg</i>: het overleg tussen de colleges van bestuur van partijen."),

    ("h1toc", "Artikel 2 Onderwerp en reikwijdte"),
    ("lid", "1. Deze overeenkomst regelt de samenwerking van partijen bij het gezamenlijk verzorgen van "
            "de leerroute."),
    ("lid", "2. Deze overeenkomst laat de verantwoordelijkheid van de school voor het onderwijs in de "
            "vo-fase en voor het vmbo-examen, en de verantwoordelijkheid van de instelling voor het onderwijs "
            "in de mbo-fase, de beroepspraktijkvorming en de mbo-examinering onverlet."),
    ("lid", "3. Partijen melden de leerroute gezamenlijk bij de Minister van Onderwijs, Cultuur en "
            "Wetenschap door registratie in RIO, en wel uiterlijk zes weken voor de start van het eerste "
            "cohort."),

    ("h1toc", "Artikel 3 De leerroute"),
    ("lid", "1. De leerroute verbindt het profiel Zorg en welzijn in de gemengde en de theoretische "
            "leerweg van de school met de middenkaderopleiding Onderwijsassistent, niveau 4, "
            "beroepsopleidende leerweg, van de instelling[[3]]."),
    ("lid", "2. De leerroute duurt vier jaar. De deelnemer behaalt het vmbo-diploma uiterlijk in het derde "
            "jaar van de leerroute en sluit de leerroute af met het diploma Onderwijsassistent."),
    ("lid", "3. Bij de keuze van keuzedelen in de mbo-fase krijgen keuzedelen gericht op het werken met "
            "jonge kinderen en op taalondersteuning voorrang."),
    ("lid", "4. Het eerste cohort start op 1 augustus 2025."),

    ("h1toc", "Artikel 4 Betrokkenheid van het werkveld"),
    ("lid", "1. Het werkveld van de leerroute wordt gevormd door de besturen voor primair onderwijs en de "
            "kinderopvangorganisaties in de gemeenten Alphen aan den Rijn, Kaag en Braassem en Nieuwkoop. "
            "Bij de start hebben Stichting Openbaar Primair Onderwijs Rijnstreek, Stichting Christelijk "
            "Basisonderwijs De Wijde Blik en Kinderopvang Het Groene Nest schriftelijk hun deelname "
            "bevestigd."),
    ("lid", "2. Partijen stellen een werkveldcommissie in, waarin ten minste drie vertegenwoordigers van "
            "de in het eerste lid bedoelde leerbedrijven[[4]] zitting hebben, naast de routeco\u00f6rdinator. "
            "De werkveldcommissie komt ten minste tweemaal per schooljaar bijeen en brengt voorafgaand aan "
            "de jaarlijkse vaststelling van het PTA/OER advies uit over de inhoud van het programma."),
    ("lid", "3. De leerbedrijven dragen voorts bij door:"),
    ("li", "a. het bieden van snuffelstages aan deelnemers in het eerste jaar van de leerroute en van een "
           "stage van vier weken in het tweede jaar;"),
    ("li", "b. het beschikbaar stellen van bpv-plaatsen in de mbo-fase, met een praktijkopleider per "
           "plaats;"),
    ("li", "c. het aanleveren van praktijkopdrachten, zoals het voorbereiden en uitvoeren van een "
           "voorleesactiviteit of een rekenspel met een kleine groep kinderen;"),
    ("li", "d. het leveren van beoordelaars voor de examens in de beroepspraktijk."),
    ("lid", "4. De instelling sluit met ieder leerbedrijf de praktijkovereenkomsten; de school sluit de "
            "stageovereenkomsten voor de vo-fase."),

    ("h1toc", "Artikel 5 Stuurgroep"),
    ("lid", "1. De leiding over de leerroute berust bij een stuurgroep."),
    ("lid", "2. De stuurgroep telt vijf leden: twee leden uit de schoolleiding van de vmbo-afdeling van de "
            "school, twee leden uit het management van het college Zorg, Welzijn en Educatie van de "
            "instelling, en de routeco\u00f6rdinator. Het voorzitterschap wisselt per schooljaar tussen een "
            "lid uit de school en een lid uit de instelling; de routeco\u00f6rdinator voert het secretariaat."),
    ("lid", "3. De stuurgroep is belast met:"),
    ("li", "a. de organisatie en de dagelijkse gang van zaken van de leerroute in beide fasen;"),
    ("li", "b. het opstellen van het ontwerp van het PTA/OER en het voorleggen daarvan aan de daartoe "
           "bevoegde organen van partijen;"),
    ("li", "c. de toewijzing van docenten aan de onderdelen van het programma, met inachtneming van "
           "artikel 7, vierde lid;"),
    ("li", "d. de werving, de voorlichting en de toelating van deelnemers tot de leerroute;"),
    ("li", "e. het beheer van het routebudget dat partijen jaarlijks vaststellen;"),
    ("li", "f. het onderhouden van de contacten met de werkveldcommissie, bedoeld in artikel 4, tweede "
           "lid;"),
    ("li", "g. het doen van voorstellen aan de colleges van bestuur over de ontwikkeling van de leerroute."),
    ("lid", "4. De stuurgroep is bevoegd om binnen het vastgestelde routebudget verplichtingen aan te "
            "gaan tot een bedrag van \u20ac 10.000 per verplichting en om het rooster en de groepsindeling "
            "vast te stellen. Zij besluit over toelating van deelnemers met inachtneming van het "
            "toelatingsbeleid van partijen."),
    ("lid", "5. Niet aan de stuurgroep opgedragen zijn: besluiten in personele aangelegenheden, het vaststellen van het PTA/OER, het wijzigen van deze overeenkomst en "
            "het aangaan van verplichtingen boven het in het vierde lid genoemde bedrag. Deze blijven "
            "voorbehouden aan de colleges van bestuur.[[5]]"),
    ("lid", "6. De stuurgroep vergadert ten minste zes keer per schooljaar en besluit bij consensus. Wordt "
            "geen consensus bereikt, dan legt de voorzitter het punt voor aan het bestuurlijk overleg."),

    ("h1toc", "Artikel 6 Inlichtingen en verantwoording"),
    ("lid", "1. De stuurgroep legt jaarlijks verantwoording af aan de colleges van bestuur van beide "
            "partijen door middel van een schriftelijke verantwoordingsrapportage over het afgelopen "
            "schooljaar, die uiterlijk op 1 oktober wordt toegezonden."),
    ("lid", "2. De verantwoordingsrapportage bevat ten minste: de instroom per cohort, het aantal "
            "deelnemers dat de leerroute heeft verlaten en de toegepaste overstapoptie, de "
            "examenresultaten in de vo-fase en de mbo-fase, de tevredenheid van deelnemers en leerbedrijven, "
            "en de besteding van het routebudget."),
    ("lid", "3. Daarnaast verstrekt de stuurgroep elk kwartaal een beknopte voortgangsnotitie aan beide "
            "colleges van bestuur en geeft zij binnen twee weken na een verzoek van een college van bestuur "
            "alle gevraagde inlichtingen."),
    ("lid", "4. De verantwoordingsrapportage wordt besproken in het bestuurlijk overleg van november, "
            "waarbij de voorzitter van de stuurgroep aanwezig is."),

    ("h1toc", "Artikel 7 Inrichting van de leerroute"),
    ("lid", "1. De vo-fase wordt verzorgd op de locatie van de school aan de Rijnparklaan te Alphen aan den "
            "Rijn. De mbo-fase wordt verzorgd op de locatie Onderwijs en Educatie van de instelling aan de "
            "Zegerplas te Alphen aan den Rijn en bij de leerbedrijven."),
    ("lid", "2. In de vo-fase volgen deelnemers \u00e9\u00e9n dagdeel per week les op de locatie van de "
            "instelling; in de mbo-fase volgen zij de vakken Nederlands en rekenen waar nodig in een "
            "gecombineerde groep met reguliere studenten."),
    ("lid", "3. De docenten van beide partijen die in de leerroute lesgeven, vormen \u00e9\u00e9n "
            "docententeam van ten minste zes docenten. De school zet in de vo-fase ten minste 1,2 fte in, de "
            "instelling ten minste 0,5 fte in de vo-fase en het volledige docententeam in de mbo-fase. "
            "Docenten blijven in dienst van de partij die hen heeft aangesteld en vallen onder de "
            "arbeidsvoorwaarden van die partij."),
    ("lid", "4. Partijen maken voor de vakoverstijgende programmaonderdelen pedagogiek en "
            "ontwikkelingspsychologie gebruik van een team van leraren en docenten als bedoeld in de "
            "wet[[6]]. Voor ieder onderdeel is ten minste \u00e9\u00e9n daartoe bevoegde docent "
            "verantwoordelijk. Het PTA/OER vermeldt welke onderdelen door het team worden verzorgd."),
    ("lid", "5. De school stelt haar praktijklokaal zorg en welzijn, de mediatheek en de "
            "ICT-voorzieningen ter beschikking voor activiteiten van de leerroute. De instelling stelt het "
            "oefenklaslokaal met digibord, de spel- en leermiddelenbibliotheek en haar digitale "
            "leeromgeving ter beschikking, ook aan deelnemers in de vo-fase. Dit gebruik is over en weer "
            "kosteloos."),
    ("lid", "6. Ieder van partijen draagt zorg voor een deugdelijke verzekering van haar gebouwen en "
            "voorzieningen en voor de aansprakelijkheid van haar personeel."),

    ("h1toc", "Artikel 8 Programma, examinering en inschrijving"),
    ("lid", "1. Partijen beschrijven voor de gehele leerroute per leerjaar het onderwijsprogramma, de "
            "examinering en de beroepspraktijkvorming in het PTA/OER. Het PTA/OER wordt jaarlijks v\u00f3\u00f3r "
            "1 oktober door de daartoe bevoegde organen van partijen vastgesteld. Bijlage 1 geeft een "
            "overzicht van de jaren van de leerroute."),
    ("lid", "2. Het centraal examen vmbo wordt in het tweede jaar van de leerroute afgenomen; onderdelen "
            "van het mbo-examen kunnen vanaf het eerste jaar worden afgenomen."),
    ("lid", "3. Na het tweede jaar van de leerroute wordt de deelnemer bij de school uitgeschreven en bij "
            "de instelling ingeschreven. Een deelnemer die het vmbo-diploma dan nog niet heeft behaald, "
            "blijft voor het vmbo-examen bij de school ingeschreven totdat dat examen is afgerond."),
    ("lid", "4. Het verzuim wordt in de vo-fase door de school en in de mbo-fase door de instelling gemeld."),

    ("h1toc", "Artikel 9 Begeleiding"),
    ("lid", "1. Iedere deelnemer heeft gedurende de gehele leerroute \u00e9\u00e9n vaste loopbaanbegeleider. In "
            "de vo-fase is dat een mentor van de school, in de mbo-fase een studieloopbaanbegeleider van de "
            "instelling. Bij de overgang vindt een warme overdracht plaats."),
    ("lid", "2. Extra ondersteuning wordt geboden volgens het schoolondersteuningsprofiel van de school "
            "onderscheidenlijk het ondersteuningsbeleid van de instelling."),

    ("h1toc", "Artikel 10 Overstapoptie"),
    ("lid", "1. Wordt de deelname aan de leerroute be\u00ebindigd voordat de deelnemer deze met succes heeft "
            "afgerond, dan stellen partijen hem in staat een vmbo-diploma of een diploma van een "
            "beroepsopleiding te behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd[[7]]."),
    ("lid", "2. Partijen hanteren daarbij de volgende kaders:"),
    ("li", "a. bij be\u00ebindiging in de vo-fase zet de deelnemer zijn opleiding voort in de reguliere "
           "gemengde of theoretische leerweg van de school, in het profiel Zorg en welzijn of een ander "
           "profiel, gericht op het behalen van het vmbo-diploma;"),
    ("li", "b. bij be\u00ebindiging in de mbo-fase kan de deelnemer binnen de instelling overstappen naar "
           "de opleiding Pedagogisch medewerker kinderopvang (niveau 3) of naar een andere opleiding op "
           "niveau 3 of 4; de vooropleidingseisen zijn daarbij niet van toepassing;"),
    ("li", "c. heeft de deelnemer aan het einde van het derde jaar van de leerroute het vmbo-diploma niet "
           "behaald, dan kan hij, afhankelijk van de behaalde onderdelen, zonder dat diploma instromen in "
           "een opleiding van de instelling op een vergelijkbaar niveau, of het examenjaar bij de school "
           "herhalen;"),
    ("li", "d. wenst de deelnemer een opleiding bij een andere instelling, dan verleent de instelling "
           "medewerking aan een geschiktheidsonderzoek[[8]] bij die instelling."),
    ("lid", "3. De keuze tussen de mogelijkheden, bedoeld in het tweede lid, wordt gemaakt door de "
            "teamleider Zorg en welzijn van de school en de onderwijsmanager van de instelling gezamenlijk, "
            "na een gesprek met de deelnemer en, als hij minderjarig is, zijn ouders. Het besluit wordt "
            "binnen vier weken na dat gesprek schriftelijk aan de deelnemer meegedeeld."),
    ("lid", "4. Het eerste tot en met derde lid zijn niet van toepassing bij definitieve verwijdering van "
            "de deelnemer. De uitwerking van dit artikel wordt opgenomen in de schoolgids en de studiegids."),

    ("h1toc", "Artikel 11 Bekostiging"),
    ("lid", "1. De bekostiging voor deelnemers in de vo-fase komt toe aan de school, die voor deelnemers "
            "in de mbo-fase aan de instelling."),
    ("lid", "2. Partijen komen overeen dat de school een deel van de bekostiging die zij voor deelnemers "
            "in de vo-fase ontvangt, overdraagt aan de instelling[[9]]."),
    ("lid", "3. De omvang van de over te dragen middelen en de bestemming daarvan worden vastgelegd in een "
            "financi\u00eble overeenkomst, die partijen uiterlijk op 1 december 2025 sluiten en die als "
            "bijlage 2 deel uitmaakt van deze overeenkomst."),
    ("lid", "4. Voor het overige draagt iedere partij de kosten die zij in het kader van deze overeenkomst "
            "maakt."),

    ("h1toc", "Artikel 12 Medezeggenschap"),
    ("lid", "1. Op deelnemers die in de vo-fase bij de school staan ingeschreven, hun ouders en het "
            "personeel van de school is de Wet medezeggenschap op scholen van toepassing."),
    ("lid", "2. Op deelnemers in de mbo-fase en hun ouders is hoofdstuk 8a WEB van toepassing; op het "
            "personeel van de instelling de Wet op de ondernemingsraden[[10]]."),
    ("lid", "3. Partijen kunnen, aanvullend op het eerste en tweede lid, nadere afspraken maken over de "
            "medezeggenschap bij de leerroute."),

    ("h1toc", "Artikel 13 Klachten en persoonsgegevens"),
    ("lid", "1. Een klacht over een gedraging van het bestuur of het personeel van de andere partij in "
            "het kader van de leerroute wordt behandeld volgens de klachtenregeling van de partij waar de "
            "klacht is ingediend[[11]]. De andere partij verleent daaraan alle medewerking."),
    ("lid", "2. Partijen wisselen persoonsgegevens van deelnemers uitsluitend uit voor zover dat voor de "
            "uitvoering van de leerroute nodig is en met inachtneming van de Algemene verordening "
            "gegevensbescherming."),

    ("h1toc", "Artikel 14 Geschillen"),
    ("lid", "1. Onder een geschil wordt verstaan een verschil van mening tussen partijen over de "
            "uitleg of de uitvoering van deze overeenkomst."),
    ("lid", "2. Een geschil wordt eerst besproken in de stuurgroep. Leidt dat niet binnen vier weken tot "
            "een oplossing, dan legt iedere partij het geschil schriftelijk voor aan het bestuurlijk overleg, "
            "dat binnen dertig dagen na ontvangst bijeenkomt."),
    ("lid", "3. Wordt ook in het bestuurlijk overleg geen overeenstemming bereikt, dan proberen partijen "
            "het geschil op te lossen door mediation door een mediator die is ingeschreven in het register "
            "van de Mediatorsfederatie Nederland en die zij gezamenlijk aanwijzen; de kosten worden gelijk "
            "gedeeld."),
    ("lid", "4. Is het geschil binnen drie maanden na de aanvang van de mediation niet opgelost, dan is "
            "iedere partij bevoegd het voor te leggen aan de bevoegde rechter te Den Haag."),
    ("lid", "5. Een geschil laat de verplichtingen van partijen jegens de deelnemers onverlet."),

    ("h1toc", "Artikel 15 Toetreding, wijziging en be\u00ebindiging"),
    ("lid", "1. Een ander bevoegd gezag van een school voor vmbo of van een instelling voor "
            "beroepsonderwijs kan tot deze overeenkomst toetreden, mits: a. het de leerroute, of een daarop "
            "aansluitend profiel of aansluitende opleiding, in de regio Groene Hart aanbiedt; b. beide "
            "colleges van bestuur daarmee schriftelijk instemmen; en c. het een toetredingsovereenkomst "
            "ondertekent waarin het alle rechten en verplichtingen uit deze overeenkomst aanvaardt. "
            "Toetreding gaat in bij het begin van een schooljaar en wordt door alle partijen bij DUO "
            "gemeld."),
    ("lid", "2. Deze overeenkomst kan alleen schriftelijk en met instemming van alle partijen worden "
            "gewijzigd, na advies van de stuurgroep. Een wijziging die het programma raakt, geldt niet "
            "voor cohorten die al zijn begonnen, tenzij dat voor de deelnemers gunstiger is."),
    ("lid", "3. Deze overeenkomst wordt aangegaan voor onbepaalde tijd. Iedere partij kan de overeenkomst "
            "bij aangetekende brief opzeggen met ingang van 1 augustus van enig jaar, met inachtneming van "
            "een opzegtermijn van ten minste twaalf maanden."),
    ("lid", "4. Iedere partij kan de overeenkomst ontbinden indien de andere partij ernstig tekortschiet "
            "en dat tekortschieten niet binnen drie maanden na schriftelijke ingebrekestelling heeft "
            "hersteld, of indien de bekostiging van de andere partij wordt be\u00ebindigd."),
    ("lid", "5. Bij toetreding, wijziging, opzegging en ontbinding beperken partijen de gevolgen voor de "
            "deelnemers zoveel mogelijk. Na opzegging of ontbinding vindt geen nieuwe instroom plaats; "
            "deelnemers die op dat moment aan de leerroute deelnemen, ronden deze bij partijen af. Lukt dat "
            "niet, dan is artikel 10 van toepassing."),

    ("h1toc", "Artikel 16 Slotbepalingen"),
    ("lid", "1. Op deze overeenkomst is Nederlands recht van toepassing."),
    ("lid", "2. De bijlagen maken deel uit van deze overeenkomst. Bij strijd tussen deze overeenkomst en "
            "een bijlage gaat deze overeenkomst voor."),
    ("lid", "3. Deze overeenkomst treedt in werking op 1 augustus 2025."),

    ("h1toc", "Ondertekening"),
    ("p", "Aldus overeengekomen en in tweevoud getekend te Alphen aan den Rijn op 2 juni 2025."),
    ("table", [["Stichting Voortgezet Onderwijs Rijn en Gouwe",
                "Stichting Regionaal Opleidingencentrum Groene Hart Rijnland"],
               ["<br/><br/>mr. W.F. de Ridder<br/>voorzitter college van bestuur",
                "<br/><br/>dr. C.M. van Leeuwen-Borst<br/>voorzitter college van bestuur"]],
     [8.1 * 28.35, 8.1 * 28.35]),

    ("pb",),
    ("h1toc", "Bijlage 1 Overzicht van de leerroute"),
    ("table", [["Jaar leerroute", "Fase en inschrijving", "Plaats", "Hoofdlijnen programma en examinering"],
               ["1 (leerjaar 3 vmbo)", "vo-fase, school", "school; \u00e9\u00e9n dagdeel instelling",
                "profielvakken Zorg en welzijn, keuzevakken Kind en spel; snuffelstage; schoolexamens"],
               ["2 (leerjaar 4 vmbo)", "vo-fase, school", "school; \u00e9\u00e9n dagdeel instelling",
                "centraal examen vmbo; eerste mbo-onderdelen (pedagogisch handelen); stage vier weken"],
               ["3 (mbo-jaar 1)", "mbo-fase, instelling", "instelling en leerbedrijf",
                "kerntaken ondersteunen bij onderwijsactiviteiten; bpv twee dagen per week"],
               ["4 (mbo-jaar 2)", "mbo-fase, instelling", "instelling en leerbedrijf",
                "keuzedelen; proeve van bekwaamheid in de beroepspraktijk; diplomering"]],
     [2.8 * 28.35, 3.2 * 28.35, 3.6 * 28.35, 6.6 * 28.35]),
    ("sp", 12),
    ("h1toc", "Bijlage 2 Financi\u00eble overeenkomst"),
    ("p", "[volgt \u2013 concept in voorbereiding bij de afdelingen financi\u00ebn van beide partijen]"),
]


@sample(366, "366_bestuursjurist_inhoudsopgave_voetnoten_groene_hart_onderwijsassistent", "pdf",
        "PDF long formal contract by the ROC's juridische zaken with a table of contents, page-bottom "
        "footnotes and numbered leden that cross-refer, Groene Hart, vmbo Zorg en welzijn gl/tl -> mbo-4 "
        "Onderwijsassistent; defects: stuurgroep article long (samenstelling, taken, mandate) but never "
        "says who appoints or designates its members (c weak); funding transfer agreed but omvang and "
        "bestemming deferred to a later financiele overeenkomst, bijlage 2 '[volgt]' (g weak); "
        "medezeggenschap article only describes the statutory regimes and that parties 'kunnen' add "
        "arrangements (h not_applicable).",
        st("p p w p p p w n p p"),
        {"a": "Artikel 3 De leerroute", "b": "Artikel 4 Betrokkenheid van het werkveld",
         "d": "Artikel 6 Inlichtingen en verantwoording", "e": "Artikel 7 Inrichting van de leerroute",
         "f": "Artikel 10 Overstapoptie", "i": "Artikel 14 Geschillen",
         "j": "Artikel 15 Toetreding, wijziging en be\u00ebindiging"})
def build_366(path):
    pdf_footnoted(path, BLOCKS_366, NOTES_366,
                  "Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn - Onderwijsassistent",
                  "Samenwerkingsovereenkomst DLR Zorg en welzijn \u2013 Onderwijsassistent | JZ/2025/114")


# ============================================================================================
# 367 - DOCX by a project leader, articles in a borderless layout table + a VML text box,
#       Zuid-Kennemerland hospitality route (HBR kb -> mbo-3 gastheer/gastvrouw)
# ============================================================================================

def xml_esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def add_vml_textbox(d, title, paras, fill="#FFF7E6", stroke="#C98A1B"):
    """Append a paragraph holding an inline VML text box with a bold title and body paragraphs."""
    from docx.oxml import parse_xml
    inner = ['<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(title)]
    for t in paras:
        inner.append('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t>'
                     '</w:r></w:p>' % xml_esc(t))
    xml = (
        '<w:p xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="KaderOverstap" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:465pt;height:250pt;mso-wrap-style:square" fillcolor="%s" strokecolor="%s" '
        'strokeweight="1pt"><v:textbox style="mso-fit-shape-to-text:t" inset="8pt,6pt,8pt,6pt">'
        '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
        % (W_NS, fill, stroke, "".join(inner)))
    el = parse_xml(xml)
    d.element.body.insert(len(d.element.body) - 1, el)  # before sectPr
    return el


def layout_table(d, rows, widths_cm, shade_first=None):
    """Borderless two-column layout table: left cell a bold heading, right cell one or more paragraphs."""
    from docx.shared import Cm, Pt
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    t = d.add_table(rows=0, cols=2)
    t.autofit = False
    for left, right in rows:
        cells = t.add_row().cells
        for c, wd in zip(cells, widths_cm):
            c.width = Cm(wd)
        lp = cells[0].paragraphs[0]
        r = lp.add_run(left)
        r.bold = True
        r.font.size = Pt(10.5)
        if shade_first:
            tcpr = cells[0]._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), shade_first)
            tcpr.append(shd)
        items = right if isinstance(right, list) else [right]
        first = True
        for it in items:
            p = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            first = False
            if it.startswith("- "):
                p.paragraph_format.left_indent = Cm(0.4)
                p.add_run("\u2013 " + it[2:])
            else:
                p.add_run(it)
            p.paragraph_format.space_after = Pt(4)
    return t


ROWS_367 = [
    ("1. Welke route?", [
        "Het profiel Horeca, bakkerij en recreatie (HBR) in de kaderberoepsgerichte leerweg van het "
        "Duinrand College loopt zonder knip door in de opleiding Zelfstandig werkend gastheer/gastvrouw "
        "(niveau 3, BOL) van het college Hospitality & Leisure van ROC Kennemer Kust.",
        "Leerlingen halen onderweg het vmbo-diploma kader HBR (uiterlijk in routejaar 3) en ronden de route "
        "af met het mbo-diploma op niveau 3. We starten in augustus 2025 met \u00e9\u00e9n groep van hoogstens "
        "twintig leerlingen."]),
    ("2. Hoe doen de strandpaviljoens en hotels mee?", [
        "De Horecavereniging Zuid-Kennemerland en acht leerbedrijven doen mee, onder wie Strandpaviljoen "
        "Noordzeezicht (Zandvoort), Hotel Duinoord (Bloemendaal) en Grand Caf\u00e9 De Gravenzaal (Haarlem). "
        "Zij hebben toegezegd:",
        "- seizoensstages voor routejaar 2 in mei en juni, en bpv-plaatsen in routejaar 3 en 4;",
        "- minstens vier gastlessen per schooljaar door chefs, bedrijfsleiders of sommeliers;",
        "- mee te beoordelen bij de proeve van bekwaamheid;",
        "- zitting te nemen in de Adviesraad Gastvrijheid, die twee keer per jaar (oktober en maart) het "
        "programma bekijkt en advies geeft voordat het PTA/OER wordt vastgesteld."]),
    ("3. Wie stuurt de route aan?", [
        "De route wordt aangestuurd door een kernteam: de teamleider HBR van het Duinrand College, de "
        "opleidingsmanager Hospitality van ROC Kennemer Kust en de projectleider.",
        "De teamleider en de opleidingsmanager worden door hun eigen bestuurder in het kernteam aangewezen. "
        "De projectleider is in dienst van het ROC en wordt door beide bestuurders samen aangesteld voor de "
        "duur van het project, tot 31 juli 2028.",
        "Het kernteam regelt de planning en het rooster, verdeelt de docenten over de lessen, bereidt het "
        "PTA/OER voor en onderhoudt het contact met de leerbedrijven. Het mag het routebudget besteden tot "
        "\u20ac 7.500 per uitgave en stageafspraken met bedrijven maken. Personeel aannemen of ontslaan en het "
        "vaststellen van het PTA/OER blijven bij de bestuurders."]),
    ("4. Hoe houden we de bestuurders op de hoogte?", [
        "Elk kwartaal stuurt het kernteam beide bestuurders een routekaart van \u00e9\u00e9n pagina: instroom, "
        "verzuim, uitval, stages en stand van het budget.",
        "Elk jaar in juli volgt een evaluatieverslag waarin het kernteam verantwoording aflegt over het "
        "afgelopen schooljaar; dat verslag wordt besproken in het bestuurlijk overleg van september."]),
    ("5. Hoe ziet het onderwijs eruit?", [
        "Routejaar 1 en 2 worden gegeven op het Duinrand College in Haarlem-Noord, vanaf routejaar 2 met twee "
        "dagdelen per week op de ROC-locatie Spaarne. Routejaar 3 en 4 worden gegeven op de ROC-locatie "
        "Spaarne en bij het leerbedrijf.",
        "De lessen worden verzorgd door \u00e9\u00e9n team van zeven docenten: drie HBR-docenten en een docent "
        "Engels van het Duinrand College en drie docenten gastheerschap van het ROC. Het Duinrand College "
        "zet in de vo-fase 1,0 fte in, het ROC 0,6 fte. Voor de vakoverstijgende onderdelen gastbeleving en "
        "bediening werken we met teambevoegdheid; per onderdeel is er altijd een bevoegde docent "
        "eindverantwoordelijk. Docenten blijven in dienst van hun eigen werkgever en volgen drie keer per "
        "jaar een gezamenlijke studiedag.",
        "Programma, examinering en stages staan per leerjaar in het gezamenlijke PTA/OER. Het vmbo-examen "
        "ligt in routejaar 2; mbo-onderdelen kunnen vanaf routejaar 1 worden ge\u00ebxamineerd."]),
    ("6. Wat als het niet lukt?", ["Zie het kader \u2018Overstappen uit de route\u2019 onder deze tabel."]),
    ("7. Geld", [
        "Er gaat geen bekostiging van de ene naar de andere organisatie. Het Duinrand College en het ROC "
        "betalen allebei zelf wat zij in de route inzetten."]),
    ("8. Medezeggenschap", [
        "[Afspraken over MR Duinrand College en studentenraad ROC \u2013 invullen na overleg met beide raden "
        "(S.B.)]"]),
    ("9. Als we het oneens zijn", [
        "Meningsverschillen tussen het Duinrand College en het ROC over deze afspraken lossen we samen in "
        "goed onderling overleg op."]),
    ("10. Nieuwe partners, aanpassen en stoppen", [
        "Een andere vmbo-school of mbo-instelling uit Zuid-Kennemerland of de IJmond kan aansluiten als beide "
        "bestuurders daar schriftelijk mee instemmen en de nieuwe partner deze afspraken ondertekent. De "
        "aansluiting wordt bij DUO gemeld en gaat in bij het begin van een schooljaar.",
        "Aanpassen van deze afspraken gebeurt schriftelijk, met de handtekening van beide bestuurders, en "
        "gaat in bij het begin van een nieuw schooljaar.",
        "De afspraken lopen tot 31 juli 2029 en worden daarna steeds met twee jaar verlengd. Stoppen kan "
        "door schriftelijke opzegging v\u00f3\u00f3r 1 januari, met ingang van 1 augustus daarna. Na een "
        "opzegging starten er geen nieuwe leerlingen meer; leerlingen die al in de route zitten, maken die "
        "bij het Duinrand College en het ROC af."]),
]

BOX_367 = [
    "Stopt een leerling in routejaar 1 of 2, dan gaat hij verder in de gewone kaderberoepsgerichte leerweg "
    "HBR of een ander profiel op het Duinrand College en haalt daar zijn vmbo-diploma.",
    "Stopt een student in routejaar 3 of 4, dan kan hij bij het ROC overstappen naar Medewerker "
    "bediening (niveau 2) of naar een andere opleiding op niveau 3, bijvoorbeeld Zelfstandig werkend kok; "
    "vooropleidingseisen spelen dan geen rol.",
    "Heeft een leerling na routejaar 3 zijn vmbo-diploma niet, dan kan hij zonder dat diploma verder in een "
    "mbo-opleiding op een vergelijkbaar niveau, of hij doet het examenjaar op het Duinrand College "
    "opnieuw.",
    "Wie er welke mogelijkheid krijgt, beslissen de teamleider HBR en de opleidingsmanager samen, na een "
    "gesprek met de leerling en zijn ouders, en afhankelijk van wat de leerling al heeft behaald en van "
    "zijn leeftijd. Kiest de leerling voor een andere school, dan helpt het ROC bij de aanmelding.",
]


@sample(367, "367_projectleider_layouttabel_tekstvak_zuid_kennemerland_gastheer", "docx",
        "DOCX by a project leader in plain 'we' style, all articles in a borderless layout table with "
        "question headings and the overstap arrangement in a VML text box below it, Zuid-Kennemerland, vmbo "
        "HBR kader -> mbo-3 Zelfstandig werkend gastheer/gastvrouw; defects: onderwijs row covers locations, "
        "a seven-docent team with teambevoegdheid and the PTA/OER but no facilities (e weak); medezeggenschap "
        "row is a bracketed placeholder (h weak); disputes only 'in goed onderling overleg' (i weak).",
        st("p p p p w p p w w p"),
        {"a": "1. Welke route?", "b": "2. Hoe doen de strandpaviljoens en hotels mee?",
         "c": "3. Wie stuurt de route aan?", "d": "4. Hoe houden we de bestuurders op de hoogte?",
         "f": "Overstappen uit de route", "g": "7. Geld",
         "j": "10. Nieuwe partners, aanpassen en stoppen"})
def build_367(path):
    from docx.shared import Pt, Cm
    d = new_docx("Arial", 10)
    add_par(d, "Gastvrij Talent Kust", bold=True, size=18)
    add_par(d, "Samenwerkingsafspraken doorlopende leerroute Horeca, bakkerij en recreatie \u2192 Zelfstandig "
               "werkend gastheer/gastvrouw", bold=True, size=12)
    add_par(d, "Deze afspraken zijn opgeschreven door Sanne Bakker, projectleider Gastvrij Talent Kust, na de "
               "werksessies van februari tot en met april 2025. Beide bestuurders hebben ze vastgesteld en "
               "ondertekend als samenwerkingsovereenkomst voor de doorlopende leerroute. Versie 1.0, 5 juni "
               "2025.", italic=True, size=9)
    add_par(d, "Wie werken samen?", bold=True, size=11)
    add_par(d, "Stichting Openbaar Voortgezet Onderwijs Kust & Duin, bevoegd gezag van het Duinrand College "
               "(vmbo) in Haarlem, hierna: het Duinrand College.")
    add_par(d, "Stichting ROC Kennemer Kust in Haarlem, met het college Hospitality & Leisure, hierna: het "
               "ROC.")
    add_par(d, "Wat spreken we af?", bold=True, size=11)
    layout_table(d, ROWS_367, (4.6, 11.8), shade_first="F3E3C3")
    add_par(d, "")
    add_vml_textbox(d, "Kader \u2013 Overstappen uit de route", BOX_367)
    add_par(d, "")
    add_par(d, "Ondertekening", bold=True, size=11)
    t = d.add_table(rows=3, cols=2)
    vals = [("Stichting Openbaar Voortgezet Onderwijs Kust & Duin", "Stichting ROC Kennemer Kust"),
            ("\n\nE.M. Verstegen, bestuurder", "\n\nA.K. Doornbos, voorzitter college van bestuur"),
            ("Haarlem, 12 juni 2025", "Haarlem, 12 juni 2025")]
    for r, (a, b) in enumerate(vals):
        t.cell(r, 0).text = a
        t.cell(r, 1).text = b
    finish_docx(d, path, "Samenwerkingsafspraken Gastvrij Talent Kust", author="S. Bakker")


# ============================================================================================
# 369 - PDF, one agreement for three routes: shared articles + per-route table, De Bevelanden
# ============================================================================================

@sample(369, "369_drie_routes_routetabel_gedeelde_artikelen_bevelanden_basis_mbo2", "pdf",
        "PDF formal agreement covering three routes at once (E&O bb -> Verkoper 2, D&P bb -> Medewerker "
        "facilitaire dienstverlening 2, Maritiem en techniek bb -> Matroos 2), shared articles plus one "
        "routetabel with per-route profiel, opleiding, leerbedrijven, locaties and the per-leerling "
        "transfer, De Bevelanden (Goes); fully compliant, switching between the three routes as overstap, "
        "joint routeklankbord of MR and studentenraad, bindend advies by a three-member commission.",
        st("p p p p p p p p p p"),
        {"a": "Artikel 2 De drie routes", "b": "Artikel 3 Praktijkkringen en werkveldtafel",
         "c": "Artikel 4 Routeraad", "d": "Artikel 5 Rapportage en verantwoording",
         "e": "Artikel 6 Uitvoering van de routes", "f": "Artikel 7 Overstappen",
         "g": "Artikel 8 Overdracht van middelen", "h": "Artikel 9 Routeklankbord",
         "i": "Artikel 10 Geschillen", "j": "Artikel 11 Toetreding, wijziging en be\u00ebindiging"})
def build_369(path):
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.lib.units import cm
    s = pdf_styles("Helvetica", 9.5)
    P = lambda t: Paragraph(t, s["p"])
    L = lambda t: Paragraph(t, s["lid"])
    H = lambda t: Paragraph(t, s["h1"])
    story = [
        Paragraph("Samenwerkingsovereenkomst doorlopende leerroutes vmbo-mbo De Bevelanden", s["title"]),
        Paragraph("drie routes basisberoepsgerichte leerweg \u2013 mbo niveau 2", s["subtitle"]),
        H("Partijen"),
        L("1. Stichting Openbaar Voortgezet Onderwijs De Bevelanden, gevestigd te Goes, bevoegd gezag van het "
          "Ooster Vakcollege, vertegenwoordigd door de voorzitter van het college van bestuur, "
          "drs. M.C. Kodde (hierna: de school);"),
        L("2. Stichting Regionaal Opleidingencentrum Scheldemond, gevestigd te Goes, vertegenwoordigd door de "
          "voorzitter van het college van bestuur, mevrouw J. Wisse MBA (hierna: ROC Scheldemond);"),
        P("samen: partijen."),
        P("Partijen verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk drie doorlopende "
          "leerroutes. Omdat de afspraken voor de drie routes grotendeels gelijk zijn, leggen zij ze vast in "
          "\u00e9\u00e9n overeenkomst: de artikelen gelden voor alle routes, tenzij de routetabel in artikel 2 "
          "voor een route iets anders bepaalt."),
        H("Artikel 1 Definities"),
        L("a. <b>route</b>: elk van de drie doorlopende leerroutes in de routetabel;"),
        L("b. <b>routejaar</b>: een leerjaar van de route; routejaar 1 en 2 zijn leerjaar 3 en 4 van de "
          "basisberoepsgerichte leerweg, routejaar 3 en 4 zijn het eerste en tweede opleidingsjaar in het "
          "mbo;"),
        L("c. <b>routeraad</b>: de gezamenlijke leiding, bedoeld in artikel 4;"),
        L("d. <b>routetabel</b>: de tabel in artikel 2, die deel uitmaakt van deze overeenkomst."),
        H("Artikel 2 De drie routes"),
        L("2.1 Partijen verzorgen de routes die in de routetabel zijn beschreven. Voor iedere route vermeldt "
          "de routetabel het vmbo-profiel en de leerweg, de mbo-opleiding met niveau en leerweg, de "
          "praktijkkring van leerbedrijven, de locaties en het bedrag dat per leerling wordt overgedragen."),
        L("2.2 Iedere route leidt tot het vmbo-diploma van de basisberoepsgerichte leerweg, te behalen in "
          "routejaar 2, en tot het mbo-diploma op niveau 2."),
        L("2.3 Partijen melden iedere route afzonderlijk aan in RIO."),
        Spacer(1, 4),
        Paragraph("<b>Routetabel</b>", s["p"]),
        pdf_table([
            ["", "Route Handel", "Route Facilitair", "Route Varen"],
            ["vmbo-profiel en leerweg", "Economie en ondernemen, basisberoepsgerichte leerweg",
             "Dienstverlening en producten, basisberoepsgerichte leerweg",
             "Maritiem en techniek, basisberoepsgerichte leerweg"],
            ["mbo-opleiding", "Verkoper, niveau 2 (BOL), domein Handel",
             "Medewerker facilitaire dienstverlening, niveau 2 (BOL), domein Facilitaire dienstverlening",
             "Matroos binnenvaart, niveau 2 (BOL/BBL), domein Transport, scheepvaart en logistiek"],
            ["praktijkkring (artikel 3)", "winkels in de binnenstad van Goes via de Ondernemersvereniging "
             "Goes-Centrum; Bouwmarkt Bevelanden; Zeeuwse Buurtsupers",
             "Zorgcentrum De Vliedberg; Schoonmaakbedrijf Delta Clean; de facilitaire dienst van de gemeente "
             "Goes", "Rederij Oosterschelde Vaart; Sleepdienst Sloehaven; Binnenvaartvereniging Zeeland"],
            ["locatie routejaar 1-2", "Ooster Vakcollege, Goes; oefenwinkel", "Ooster Vakcollege, Goes",
             "Ooster Vakcollege, Goes; \u00e9\u00e9n dag per week ROC-locatie Havenweg, Kats"],
            ["locatie routejaar 3-4", "ROC-locatie Stationspark, Goes, en leerbedrijf",
             "ROC-locatie Stationspark, Goes, en leerbedrijf", "ROC-locatie Havenweg, Kats, en aan boord"],
            ["overdracht per leerling per schooljaar (artikel 8)", "\u20ac 600", "\u20ac 600", "\u20ac 950"],
        ], [3.6 * cm, 4.1 * cm, 4.4 * cm, 4.4 * cm], s),
        H("Artikel 3 Praktijkkringen en werkveldtafel"),
        L("3.1 Iedere route heeft een praktijkkring van ten minste vier leerbedrijven, waarvan de kern in "
          "de routetabel staat. De bedrijven in een praktijkkring bieden snuffelstages in routejaar 1, een "
          "blokstage in routejaar 2 en bpv-plaatsen in routejaar 3 en 4; zij leveren per routejaar ten "
          "minste \u00e9\u00e9n praktijkopdracht en per schooljaar twee gastlessen, en zij leveren de "
          "praktijkbeoordelaars voor de examens in de beroepspraktijk."),
        L("3.2 Partijen houden tweemaal per jaar, in november en april, een Werkveldtafel Bevelanden met "
          "vertegenwoordigers van de drie praktijkkringen, de Ondernemersvereniging Goes-Centrum en de "
          "Binnenvaartvereniging Zeeland. De werkveldtafel adviseert over de inhoud van de programma's en "
          "de keuze van keuzedelen, v\u00f3\u00f3r de jaarlijkse vaststelling van het PTA/OER."),
        L("3.3 Valt een leerbedrijf weg, dan zorgt ROC Scheldemond binnen de praktijkkring voor vervanging."),
        H("Artikel 4 Routeraad"),
        L("4.1 De leiding over de routes berust bij de routeraad. Deze bestaat uit de sectordirecteur "
          "bovenbouw van de school, de directeur van het college Economie, Dienstverlening en Maritiem van "
          "ROC Scheldemond en de drie routeco\u00f6rdinatoren."),
        L("4.2 De sectordirecteur en de collegedirecteur worden door hun eigen college van bestuur in de "
          "routeraad aangewezen. De routeco\u00f6rdinatoren worden op voordracht van de routeraad door beide "
          "colleges van bestuur gezamenlijk benoemd voor drie schooljaren."),
        L("4.3 De routeraad draagt zorg voor de organisatie van de drie routes, stelt jaarlijks het ontwerp "
          "van het PTA/OER per route op, wijst docenten toe aan de routes, onderhoudt de praktijkkringen en "
          "beheert het routebudget. Iedere routeco\u00f6rdinator is verantwoordelijk voor de dagelijkse "
          "uitvoering van zijn route."),
        L("4.4 De routeraad beslist zelfstandig over roosters, groepsgrootte binnen de begroting, "
          "stageplanning en uitgaven tot \u20ac 10.000. Het vaststellen van het PTA/OER, personele besluiten en "
          "uitgaven daarboven zijn voorbehouden aan de colleges van bestuur."),
        H("Artikel 5 Rapportage en verantwoording"),
        L("5.1 De routeraad brengt ieder jaar v\u00f3\u00f3r 15 november aan beide colleges van bestuur een "
          "jaarverslag uit, met per route de in-, door- en uitstroom, de examenresultaten, het aantal "
          "leerbedrijven en de besteding van de middelen."),
        L("5.2 In februari stuurt de routeraad beide colleges van bestuur een halfjaarlijkse "
          "managementrapportage. Het jaarverslag en de managementrapportage worden besproken in het "
          "bestuurlijk overleg, waarin de routeraad verantwoording aflegt."),
        H("Artikel 6 Uitvoering van de routes"),
        L("6.1 De routes worden verzorgd op de locaties in de routetabel. Programma, examinering en "
          "beroepspraktijkvorming zijn per route en per routejaar beschreven in het PTA/OER."),
        L("6.2 Per route werken docenten van beide partijen samen in \u00e9\u00e9n docententeam. Voor de "
          "vakoverstijgende beroepsgerichte onderdelen maken partijen gebruik van teambevoegdheid; het "
          "PTA/OER vermeldt welke onderdelen dat zijn en welke bevoegde docent per onderdeel "
          "verantwoordelijk is. De school levert per route ten minste 0,6 fte in routejaar 1 en 2; ROC "
          "Scheldemond levert in die jaren ten minste 0,3 fte per route en in routejaar 3 en 4 het volledige "
          "team. Docenten blijven in dienst van hun werkgever."),
        L("6.3 De school stelt haar oefenwinkel, het facilitaire praktijklokaal en de technieklokalen ter "
          "beschikking; ROC Scheldemond stelt de stuurhuissimulator en het oefenschip op de locatie Havenweg, "
          "het leerhotel en de kassasystemen op de locatie Stationspark ter beschikking, ook aan leerlingen "
          "in routejaar 1 en 2. Voor dit gebruik wordt niets in rekening gebracht buiten het bepaalde in "
          "artikel 8."),
        L("6.4 Leerlingen blijven tot en met routejaar 2 bij de school ingeschreven; daarna schrijft ROC "
          "Scheldemond hen in."),
        H("Artikel 7 Overstappen"),
        L("7.1 Een leerling die zijn route niet afmaakt, kan kiezen uit de volgende wegen naar een diploma:"),
        L("a. in routejaar 1 of 2: overstappen naar een van de andere twee routes of naar de reguliere "
          "basisberoepsgerichte leerweg van de school, gericht op het vmbo-diploma;"),
        L("b. in routejaar 3 of 4: een andere opleiding op niveau 2 binnen ROC Scheldemond, waaronder de "
          "opleidingen van de andere twee routes, zonder toepassing van vooropleidingseisen;"),
        L("c. zonder vmbo-diploma na routejaar 3: instroom in een opleiding op niveau 2 van ROC Scheldemond "
          "op grond van de behaalde onderdelen, of een herkansing van het vmbo-examen bij de school;"),
        L("d. een opleiding bij een andere instelling, waarbij ROC Scheldemond het geschiktheidsonderzoek "
          "door die instelling ondersteunt."),
        L("7.2 Over de weg die een leerling gaat, beslissen de routeco\u00f6rdinator en de mentor of "
          "studieloopbaanbegeleider samen, in overleg met de leerling en zijn ouders, op basis van het "
          "bereikte niveau, de leeftijd en de wens van de leerling. Een overstap naar Entree wordt alleen "
          "overwogen als geen van de andere wegen tot een diploma op niveau 2 kan leiden."),
        H("Artikel 8 Overdracht van middelen"),
        L("8.1 De school draagt met toepassing van artikel 5.42a WVO 2020 voor iedere leerling in routejaar 1 "
          "en 2 per schooljaar het bedrag uit de routetabel over aan ROC Scheldemond: \u20ac 600 voor de routes "
          "Handel en Facilitair en \u20ac 950 voor de route Varen."),
        L("8.2 ROC Scheldemond zet deze middelen in voor de lessen van zijn docenten in routejaar 1 en 2 en, "
          "voor de route Varen, voor het gebruik van de stuurhuissimulator en het oefenschip. Betaling "
          "vindt plaats op basis van de telling van 1 oktober, uiterlijk op 1 december."),
        H("Artikel 9 Routeklankbord"),
        L("9.1 De medezeggenschapsraad van de school en de studentenraad van ROC Scheldemond vaardigen elk "
          "twee leden af naar een gezamenlijk routeklankbord, dat tweemaal per jaar vergadert over de drie "
          "routes."),
        L("9.2 Voorstellen van de routeraad om een route ingrijpend te wijzigen of te be\u00ebindigen, worden "
          "v\u00f3\u00f3r het besluit voor advies aan het routeklankbord voorgelegd. De bevoegdheden van de "
          "medezeggenschapsraad en de studentenraad op grond van de WMS en de WEB blijven onverlet."),
        H("Artikel 10 Geschillen"),
        L("10.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst in de "
          "routeraad en daarna in het bestuurlijk overleg besproken."),
        L("10.2 Is een geschil zes weken na de eerste bespreking in het bestuurlijk overleg niet opgelost, "
          "dan wordt het voorgelegd aan een commissie van drie personen voor bindend advies. Iedere partij "
          "wijst \u00e9\u00e9n lid aan; die twee leden kiezen samen een onafhankelijke voorzitter. De commissie "
          "brengt binnen acht weken haar advies uit. De kosten worden gelijk gedeeld."),
        H("Artikel 11 Toetreding, wijziging en be\u00ebindiging"),
        L("11.1 Een andere school voor vmbo of een andere mbo-instelling in Zeeland kan tot deze overeenkomst "
          "toetreden voor een of meer routes, als beide colleges van bestuur daarmee schriftelijk instemmen "
          "en de toetreder een toetredingsverklaring tekent. Toetreding gaat in op 1 augustus en wordt door "
          "de betrokken partijen bij DUO gemeld."),
        L("11.2 Deze overeenkomst en de routetabel worden alleen gewijzigd bij schriftelijk addendum dat door "
          "alle partijen is getekend. Een wijziging van een route geldt alleen voor cohorten die na de "
          "wijziging instromen."),
        L("11.3 Iedere partij kan de overeenkomst, geheel of voor \u00e9\u00e9n route, schriftelijk opzeggen "
          "tegen 1 augustus met een opzegtermijn van twaalf maanden. Iedere partij kan de overeenkomst "
          "ontbinden als de andere partij haar verplichtingen ernstig en blijvend niet nakomt."),
        L("11.4 Bij opzegging of ontbinding stroomt in de betrokken route niemand meer in, en maken leerlingen "
          "die al in de route zitten hun route af bij partijen. Partijen beperken bij toetreding, wijziging "
          "en be\u00ebindiging de gevolgen voor leerlingen en studenten zoveel mogelijk."),
        H("Artikel 12 Duur en inwerkingtreding"),
        P("Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        Spacer(1, 10),
        P("Aldus overeengekomen en getekend te Goes op 26 mei 2025."),
        pdf_table([["Stichting Openbaar Voortgezet Onderwijs De Bevelanden", "Stichting Regionaal "
                    "Opleidingencentrum Scheldemond"],
                   ["<br/><br/>drs. M.C. Kodde, voorzitter college van bestuur",
                    "<br/><br/>J. Wisse MBA, voorzitter college van bestuur"]],
                  [8.2 * cm, 8.2 * cm], s, header=False, grid=False),
    ]
    pdf_simple(path, story, "Samenwerkingsovereenkomst doorlopende leerroutes De Bevelanden",
               "Ooster Vakcollege \u2013 ROC Scheldemond \u2013 SOK drie routes, versie definitief 26-05-2025")


# ============================================================================================
# 370 - MD, very short plain-language agreement by two teamleiders, Stellingwerven, Groen kb -> AOC
# ============================================================================================

MD_370 = """\
# Samenwerkingsovereenkomst doorlopende leerroute Dier & Groen Stellingwerven

**Tussen** Stichting Openbaar Voortgezet Onderwijs Stellingwerven, bevoegd gezag van OSG De Kompenije
in Oosterwolde (hierna: De Kompenije), **en** Stichting Agrarisch Opleidingscentrum Fryslân-Oost in
Gorredijk (hierna: het AOC). Opgesteld door de teamleiders van beide scholen; vastgesteld door de
bestuurders, die hieronder tekenen.

### 1. Route
Profiel Groen, kaderberoepsgerichte leerweg, op De Kompenije, door naar de opleiding Dierverzorger
niveau 3 (BOL) van het AOC. Vier jaar; vmbo-diploma kader uiterlijk in jaar 3, mbo-diploma aan het eind.

### 2. Bedrijven
Zes leerbedrijven doen mee: Dierenpension De Hoorn, Kinderboerderij It Oerd, melkveebedrijf Van der
Meer, Dierenspeciaalzaak Stellingwerf, Dierenkliniek Oosterwolde en Hertenkamp Appelscha. Zij bieden
stageplekken in jaar 2 tot en met 4, leveren twee praktijkopdrachten per jaar en beoordelen de proeve
van bekwaamheid mee. Elk jaar in maart praten zij met ons over het programma; hun advies gaat mee in
het nieuwe PTA/OER.

### 3. Leiding
Een duo leidt de route: de teamleider Groen van De Kompenije en de opleidingscoördinator Dier van het
AOC. Ieder wordt aangewezen door de eigen bestuurder. Het duo maakt het rooster, verdeelt de docenten,
stelt het PTA/OER op (de bestuurders stellen het vast) en regelt de stages. Het duo besteedt zelf het
routebudget van € 4.000 per jaar; al het andere beslissen de bestuurders.

### 4. Verantwoording
Elk jaar vóór 1 oktober stuurt het duo beide bestuurders een verslag: aantallen, uitval, resultaten,
stages en uitgaven. In het bestuurlijk overleg van oktober licht het duo dat verslag toe en beantwoordt
het vragen.

### 5. Onderwijs
Jaar 1 en 2 op De Kompenije, elke woensdag op het AOC. Jaar 3 en 4 op het AOC en bij het leerbedrijf.
Eén team van vier docenten: twee docenten Groen van De Kompenije en twee docenten dierverzorging van het
AOC, ieder in dienst van de eigen school; de AOC-docenten geven in jaar 2 ook les op De Kompenije. Het
AOC stelt de dierenverblijven en het praktijklokaal beschikbaar, De Kompenije het groenlokaal en de
schooltuin; over en weer kosteloos. Programma en examens per jaar staan in het gezamenlijke PTA/OER.

### 6. Overstappen
Stopt een leerling in jaar 1 of 2, dan haalt hij op De Kompenije het vmbo-diploma in de gewone
kaderberoepsgerichte leerweg Groen. Stopt hij later, dan kan hij bij het AOC naar een andere opleiding
op niveau 2 of 3, zonder vooropleidingseisen; heeft hij na jaar 3 geen vmbo-diploma, dan kan hij op
vergelijkbaar niveau verder bij het AOC of het examenjaar overdoen. Het duo besluit samen, na een
gesprek met leerling en ouders, op grond van wat de leerling al kan en zijn leeftijd.

### 7. Geld
De Kompenije betaalt het AOC € 400 per leerling per schooljaar in jaar 1 en 2, voor de woensdaglessen
van de AOC-docenten en voor voer en strooisel. Verder betaalt ieder de eigen kosten.

### 8. Inspraak
Eén leerling uit jaar 2, gekozen door de routeleerlingen, schuift namens de route aan bij de
studentenraad van het AOC. De MR van De Kompenije en de studentenraad krijgen allebei het jaarverslag.

### 9. Onenigheid
Eerst praat het duo, dan de bestuurders. Lukt het niet binnen zes weken, dan schakelen de bestuurders
een mediator in. Na drie maanden zonder oplossing kan ieder naar de rechtbank Noord-Nederland.

### 10. Meedoen, wijzigen, stoppen
Een andere school of instelling kan meedoen als beide bestuurders dat schriftelijk goedvinden en de
nieuwe partner deze overeenkomst tekent; dat melden we bij DUO. Wijzigen kan alleen schriftelijk, met
beide handtekeningen, vanaf een nieuw schooljaar. Opzeggen kan schriftelijk vóór 1 februari, per 1
augustus daarna. Wie dan al in de route zit, maakt hem af; nieuwe leerlingen starten dan niet meer.

Oosterwolde, 10 juni 2025

G. Hoekstra, bestuurder Stichting Openbaar Voortgezet Onderwijs Stellingwerven
T. de Boer-Kuipers, voorzitter college van bestuur Stichting Agrarisch Opleidingscentrum Fryslân-Oost
"""


@sample(370, "370_zeer_kort_teamleiders_stellingwerven_dierverzorger", "md",
        "MD very short (one page) plain-language agreement by two teamleiders, ten numbered one-word "
        "headings, Stellingwerven (Friesland), vmbo Groen kader -> AOC mbo-3 Dierverzorger; fully "
        "compliant in few words (duo leadership aangewezen by own bestuurder, EUR 400 per leerling for "
        "woensdaglessen and voer, a pupil seat in the studentenraad, mediator then rechtbank).",
        st("p p p p p p p p p p"),
        {"a": "1. Route", "b": "2. Bedrijven", "c": "3. Leiding", "d": "4. Verantwoording",
         "e": "5. Onderwijs", "f": "6. Overstappen", "g": "7. Geld", "h": "8. Inspraak",
         "i": "9. Onenigheid", "j": "10. Meedoen, wijzigen, stoppen"})
def build_370(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_370)


# ============================================================================================
# 371 - PDF, director's "wij" text with pupil call-out boxes, Uden, MVI gl -> mbo-4 Mediavormgever
# ============================================================================================

@sample(371, "371_directeur_wij_kaders_voor_leerlingen_uden_mediavormgever", "pdf",
        "PDF written by the vmbo director in 'wij' form, ten 'Afspraak' sections each followed by a shaded "
        "call-out 'Wat betekent dit voor jou?' for pupils and parents, Uden (Noordoost-Brabant), vmbo "
        "Media, vormgeving en ICT gl -> mbo-4 Mediavormgever; fully compliant, with a transfer in the other "
        "direction (ROC to school, fixed yearly sum for the school's docenten in routejaar 3) and NAI "
        "arbitrage as final step.",
        st("p p p p p p p p p p"),
        {"a": "Afspraak 1 Welke route wij aanbieden", "b": "Afspraak 2 Samen met de mediabedrijven",
         "c": "Afspraak 3 Wie de route leidt", "d": "Afspraak 4 Hoe de routeleiding rekenschap geeft",
         "e": "Afspraak 5 Waar, door wie en waarmee", "f": "Afspraak 6 Als je wilt of moet overstappen",
         "g": "Afspraak 7 Geld tussen de scholen", "h": "Afspraak 8 Inspraak in de route",
         "i": "Afspraak 9 Als wij het samen oneens zijn",
         "j": "Afspraak 10 Nieuwe partners, veranderingen en einde"})
def build_371(path):
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.lib.units import cm
    s = pdf_styles("Helvetica", 10)
    P = lambda t: Paragraph(t, s["p"])
    H = lambda t: Paragraph(t, s["h1"])
    BOX = lambda *t: [Spacer(1, 2), pdf_box(["<b>Wat betekent dit voor jou?</b>"] + list(t), s, 16.4 * cm),
                      Spacer(1, 4)]
    story = [
        Paragraph("Samen naar je diploma Mediavormgever", s["title"]),
        Paragraph("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo<br/>Sint-Petrus Vakcollege Uden "
                  "en ROC De Meierij-Noord", s["subtitle"]),
        P("<b>Wie wij zijn.</b> Wij zijn Stichting Katholiek Voortgezet Onderwijs Maasland, bevoegd gezag "
          "van het Sint-Petrus Vakcollege in Uden (hierna: het Petrus), en Stichting ROC De Meierij-Noord in "
          "Oss, met haar college Media &amp; Creatie (hierna: het ROC). Deze tekst is geschreven door "
          "Rien van Erp, directeur van het Petrus, samen met de opleidingsmanager van het ROC. Hij geldt als "
          "de samenwerkingsovereenkomst tussen onze besturen: wat hieronder staat, spreken wij bindend met "
          "elkaar af. De kaders in deze tekst zijn geschreven voor leerlingen en hun ouders; ze horen bij de "
          "afspraak erboven en zeggen niets anders."),
        H("Afspraak 1 Welke route wij aanbieden"),
        P("Wij verzorgen samen een doorlopende leerroute van het profiel Media, vormgeving en ICT in de "
          "gemengde leerweg van het Petrus naar de opleiding Mediavormgever, niveau 4 (BOL), van het ROC. "
          "De route duurt vijf jaar in plaats van zes. Het vmbo-diploma gemengde leerweg wordt in het tweede "
          "routejaar behaald, het mbo-diploma aan het eind van de route."),
    ]
    story += BOX("Je begint in de derde klas op het Petrus en gaat na de vierde klas naar het ROC in Oss. "
                 "Je haalt twee diploma's: eerst je vmbo-diploma, daarna je diploma Mediavormgever.")
    story += [
        H("Afspraak 2 Samen met de mediabedrijven"),
        P("Wij werken samen met Mediacluster Maashorst, de vereniging van ontwerpbureaus, drukkerijen en "
          "videostudio's in de regio Uden-Oss, en met een vaste kern van leerbedrijven: Studio Peelrand, "
          "Drukkerij Van Lith &amp; Zonen en Beeldfabriek Oss. Deze bedrijven brengen elk schooljaar ten "
          "minste drie echte klantopdrachten in, bieden een meeloopweek in routejaar 2 en stageplaatsen in "
          "routejaar 3 tot en met 5, en beoordelen aan het eind van elk routejaar mee bij de portfolioreview. "
          "Twee keer per jaar komt onze Creatieve Raad bijeen, waarin drie mensen uit het cluster zitten; zij "
          "adviseren over het programma voordat wij het PTA/OER vaststellen."),
    ]
    story += BOX("Je werkt vanaf de derde klas aan opdrachten van echte klanten en je laat je werk elk jaar "
                 "zien aan mensen uit het vak.")
    story += [
        H("Afspraak 3 Wie de route leidt"),
        P("De route wordt geleid door de routeleiding: de afdelingsleider gemengde leerweg van het Petrus, "
          "de opleidingsmanager Media &amp; Creatie van het ROC en een routeco\u00f6rdinator. De "
          "afdelingsleider wordt aangewezen door het college van bestuur van het Petrus, de "
          "opleidingsmanager door het college van bestuur van het ROC. De routeco\u00f6rdinator wordt na een "
          "open sollicitatie door beide colleges van bestuur samen benoemd, voor drie jaar."),
        P("De routeleiding maakt de jaarplanning en het rooster, zet de docenten in, stelt het ontwerp van "
          "het PTA/OER op, onderhoudt de contacten met Mediacluster Maashorst en beheert het routebudget. "
          "Zij mag daarbij zelfstandig beslissen over uitgaven tot \u20ac 7.500 en over de toelating van "
          "leerlingen tot de route volgens de toelatingscriteria die wij hebben vastgesteld. Benoemingen, "
          "het vaststellen van het PTA/OER en grotere uitgaven houden de colleges van bestuur aan zich."),
        H("Afspraak 4 Hoe de routeleiding rekenschap geeft"),
        P("De routeleiding stuurt beide colleges van bestuur in januari en in juli een schriftelijke "
          "rapportage over het afgelopen halfjaar: aantallen leerlingen, uitval en overstap, resultaten, "
          "stages en de besteding van het budget. De julirapportage bespreken wij met de routeleiding in "
          "het bestuurlijk overleg van september; daar legt de routeleiding verantwoording af over het "
          "schooljaar."),
        H("Afspraak 5 Waar, door wie en waarmee"),
        P("Routejaar 1 en 2 volg je op het Petrus in Uden, met elke vrijdag les op het ROC in Oss. Routejaar "
          "3 tot en met 5 volg je op het ROC en bij je stagebedrijf. Het programma en de examens per jaar "
          "staan in ons gezamenlijke PTA/OER."),
        P("Wij zetten \u00e9\u00e9n team in van zes docenten: drie van het Petrus (MVI, beeldende vorming, "
          "Nederlands) en drie van het ROC (grafisch ontwerp, fotografie, motion design). Voor de "
          "vakoverstijgende onderdelen werken zij met teambevoegdheid; per onderdeel blijft een bevoegde "
          "docent eindverantwoordelijk, en het PTA/OER noemt die onderdelen. Twee docenten beeldende "
          "vorming van het Petrus geven ook in routejaar 3 les. Iedereen blijft in dienst van de eigen "
          "school."),
        P("Het ROC stelt zijn fotostudio, het Mac-lokaal met softwarelicenties en de printwerkplaats ter "
          "beschikking, ook aan leerlingen in routejaar 1 en 2; het Petrus stelt zijn tekenlokaal en het "
          "laptoppark ter beschikking. Over en weer rekenen wij daarvoor niets."),
    ]
    story += BOX("Je gebruikt al in de derde klas de fotostudio en de Macs van het ROC. Je docenten komen "
                 "van beide scholen en werken als \u00e9\u00e9n team.")
    story += [
        H("Afspraak 6 Als je wilt of moet overstappen"),
        P("Past de route niet, dan zorgen wij samen dat de leerling toch een diploma haalt. Stopt een "
          "leerling in routejaar 1 of 2, dan gaat hij door in de gewone gemengde of kaderberoepsgerichte "
          "leerweg van het Petrus en haalt hij daar zijn vmbo-diploma. Stopt een student later, dan kan hij "
          "binnen het ROC overstappen naar een andere opleiding op niveau 3 of 4, bijvoorbeeld "
          "Mediamaker of Allround DTP'er, zonder dat vooropleidingseisen worden gesteld. Heeft een leerling "
          "aan het eind van routejaar 3 geen vmbo-diploma, dan kan hij met wat hij al heeft behaald verder "
          "in een ROC-opleiding op vergelijkbaar niveau, of het vmbo-examen opnieuw doen."),
        P("De afdelingsleider van het Petrus en de opleidingsmanager van het ROC beslissen samen welke weg "
          "het wordt, nadat zij met de leerling en zijn ouders hebben gesproken, en kijken daarbij naar het "
          "niveau dat de leerling heeft bereikt en naar zijn leeftijd. Wil de leerling naar een andere "
          "school, dan helpt het ROC bij de aanmelding en het toelatingsgesprek daar."),
    ]
    story += BOX("Ook als je stopt met de route, zoeken wij samen met jou en je ouders een weg naar een "
                 "diploma. Je hoeft niet opnieuw te bewijzen dat je mag beginnen aan een andere opleiding "
                 "van het ROC.")
    story += [
        H("Afspraak 7 Geld tussen de scholen"),
        P("Het ROC draagt elk schooljaar \u20ac 18.500 over aan het Petrus (artikel 9.1.15 WEB) voor de "
          "lessen die de twee docenten beeldende vorming van het Petrus in routejaar 3 verzorgen (samen 0,25 "
          "fte). Het ROC betaalt dit bedrag in oktober. Verder gaat er geen bekostiging tussen ons over en "
          "weer."),
        H("Afspraak 8 Inspraak in de route"),
        P("De leerlingenraad van het Petrus en de studentenraad van het college Media &amp; Creatie "
          "vergaderen twee keer per jaar samen over de route; routeleerlingen uit routejaar 2 mogen daar een "
          "eigen vertegenwoordiger kiezen, die ook de andere vergaderingen van de studentenraad mag "
          "bijwonen. De MR van het Petrus en de studentenraad krijgen allebei de julirapportage en mogen "
          "daarover advies geven aan hun eigen college van bestuur."),
    ]
    story += BOX("Jij kunt meepraten: in het tweede routejaar kiezen de routeleerlingen iemand die namens "
                 "jullie bij de studentenraad van het ROC aanschuift.")
    story += [
        H("Afspraak 9 Als wij het samen oneens zijn"),
        P("Verschillen van inzicht tussen onze besturen over de uitvoering van deze afspraken bespreken wij "
          "eerst in de routeleiding en daarna in het bestuurlijk overleg. Lukt het daar binnen twee maanden "
          "niet, dan leggen wij het geschil voor aan \u00e9\u00e9n arbiter volgens het arbitragereglement van "
          "het Nederlands Arbitrage Instituut; de plaats van arbitrage is 's-Hertogenbosch en de uitspraak "
          "is bindend."),
        H("Afspraak 10 Nieuwe partners, veranderingen en einde"),
        P("Een andere vmbo-school of mbo-instelling uit Noordoost-Brabant kan aan deze overeenkomst "
          "meedoen als beide colleges van bestuur dat schriftelijk goedkeuren en de nieuwe partner een "
          "toetredingsverklaring tekent. Wij melden dat bij DUO. Wij veranderen deze afspraken alleen "
          "schriftelijk en met de handtekening van beide besturen; een verandering geldt vanaf het volgende "
          "schooljaar."),
        P("Deze overeenkomst loopt vanaf 1 augustus 2025 zonder einddatum. Elk bestuur kan hem schriftelijk "
          "opzeggen tegen 1 augustus, met een opzegtermijn van een jaar. Wie op dat moment al in de route "
          "zit, maakt die af bij het Petrus en het ROC; na een opzegging laten wij geen nieuwe leerlingen "
          "meer toe. Zo merken leerlingen zo weinig mogelijk van een verandering of een einde van onze "
          "samenwerking."),
    ]
    story += BOX("Als de scholen ooit stoppen met deze route, mag jij je route gewoon afmaken.")
    story += [
        Spacer(1, 10),
        P("Uden, 4 juni 2025"),
        pdf_table([["Stichting Katholiek Voortgezet Onderwijs Maasland", "Stichting ROC De Meierij-Noord"],
                   ["<br/><br/>drs. P.A.M. Verhoeven, voorzitter college van bestuur",
                    "<br/><br/>mr. S. Bouwmans, voorzitter college van bestuur"]],
                  [8.2 * cm, 8.2 * cm], s, header=False, grid=False),
    ]
    pdf_simple(path, story, "Samen naar je diploma Mediavormgever",
               "Samenwerkingsovereenkomst DLR MVI \u2013 Mediavormgever | Petrus Uden \u2013 ROC De Meierij-Noord")


# ============================================================================================
# 372 - DOCX with real Word footnotes, section-sign headings, a mandate table, header/footer,
#       Lekstroom (Nieuwegein), Mobiliteit en transport kb -> mbo-3 Eerste autotechnicus
# ============================================================================================

NOTES_372 = {
    1: "Artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Waar in deze overeenkomst wordt verwezen naar een "
       "paragraaf of onderdeel, wordt een paragraaf of onderdeel van deze overeenkomst bedoeld.",
    2: "De leerroute is op 12 mei 2025 door beide partijen in RIO geregistreerd.",
    3: "Het kwalificatiedossier Autotechniek kent ook de uitstroom Autotechnicus (niveau 2), die in \u00a7 7.2 "
       "als overstapmogelijkheid wordt genoemd.",
    4: "De Autobedrijvenkring Lekstroom is een samenwerkingsverband van zestien autobedrijven in Nieuwegein, "
       "IJsselstein, Houten en Vianen.",
    5: "De mandaattabel in \u00a7 4.4 is uitputtend: wat daarin niet aan de routeleider is opgedragen, blijft bij "
       "de besturen.",
    6: "Artikel 7.13a WVO 2020 en artikel 9.1.12 WEB.",
    7: "Artikel 2.107k WVO 2020 en artikel 9.1.14 WEB.",
    8: "Artikel 5.42a WVO 2020 en artikel 9.1.15 WEB.",
}


def add_fn_par(d, text, style=None, bold_prefix=None):
    """Paragraph whose text may contain [[n]] footnote references (real Word footnotes)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    p = d.add_paragraph(style=style)
    if bold_prefix:
        r = p.add_run(bold_prefix)
        r.bold = True
    for tok in re.split(r"(\[\[\d+\]\])", text):
        if not tok:
            continue
        m = re.match(r"\[\[(\d+)\]\]", tok)
        if m:
            r = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            va = OxmlElement("w:vertAlign")
            va.set(qn("w:val"), "superscript")
            rpr.append(va)
            r.append(rpr)
            ref = OxmlElement("w:footnoteReference")
            ref.set(qn("w:id"), m.group(1))
            r.append(ref)
            p._p.append(r)
        else:
            p.add_run(tok)
    return p


def footnotes_patch(notes):
    def patch(parts):
        fn = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
              '<w:footnotes xmlns:w="%s">' % W_NS,
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
              'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
              'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for n in sorted(notes):
            fn.append('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>'
                      '<w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                      '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p>'
                      '</w:footnote>' % (n, xml_esc(notes[n])))
        fn.append("</w:footnotes>")
        parts["word/footnotes.xml"] = "".join(fn).encode("utf-8")
        ct = parts["[Content_Types].xml"].decode("utf-8")
        ct = ct.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
        parts["[Content_Types].xml"] = ct.encode("utf-8")
        rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
        rels = rels.replace("</Relationships>", '<Relationship Id="rIdFootnotes1" Type="http://schemas.'
                            'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                            'Target="footnotes.xml"/></Relationships>')
        parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
        st_ = parts["word/settings.xml"].decode("utf-8")
        st_ = st_.replace("<w:compat>", '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/>'
                          '</w:footnotePr><w:compat>', 1)
        parts["word/settings.xml"] = st_.encode("utf-8")
    return patch


@sample(372, "372_paragraafteken_voetnoten_mandaattabel_lekstroom_autotechnicus", "docx",
        "DOCX by the school's beleidsmedewerker with section-sign headings, real Word footnotes, running "
        "header/footer and a mandate table inside the leiding paragraph, Lekstroom (Nieuwegein), vmbo "
        "Mobiliteit en transport kader -> mbo-3 Eerste autotechnicus; fully compliant (single routeleider "
        "jointly appointed, explicit 'geen overdracht van bekostiging', pupils get voting rights for the "
        "studentenraad, bemiddeling then rechtbank).",
        st("p p p p p p p p p p"),
        {"a": "\u00a7 2 De leerroute", "b": "\u00a7 3 Inbreng van de autobranche",
         "c": "\u00a7 4 Routeleider", "d": "\u00a7 5 Rapportage aan de besturen",
         "e": "\u00a7 6 Locaties, docenten en werkplaatsen", "f": "\u00a7 7 Overstapmogelijkheden",
         "g": "\u00a7 8 Financi\u00eble afspraken", "h": "\u00a7 9 Medezeggenschap",
         "i": "\u00a7 10 Oplossen van geschillen", "j": "\u00a7 11 Toetreding, wijziging en be\u00ebindiging"})
def build_372(path):
    from docx.shared import Pt, Cm
    d = new_docx("Cambria", 10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Samenwerkingsovereenkomst DLR Mobiliteit \u2013 Lekstroom Vakcollege / ROC Rijn & Lek \u2013 versie 1.0"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Vastgesteld in het bestuurlijk overleg van 20 juni 2025 \u2013 kenmerk BO/2025/07"
    fp.runs[0].font.size = Pt(8)

    T = lambda t: add_fn_par(d, t)
    H = lambda t: d.add_paragraph(t, style="Heading 2")

    add_par(d, "Samenwerkingsovereenkomst", bold=True, size=17)
    add_par(d, "doorlopende leerroute Mobiliteit en transport \u2013 Eerste autotechnicus", size=12)
    H("\u00a7 1 Partijen en doel")
    T("1.1 Partijen bij deze overeenkomst zijn Stichting Openbaar Voortgezet Onderwijs Lekstroom te "
      "Nieuwegein, bevoegd gezag van het Lekstroom Vakcollege (hierna: de school), vertegenwoordigd door "
      "haar bestuurder, en Stichting Regionaal Opleidingencentrum Rijn & Lek te Nieuwegein (hierna: het ROC), "
      "vertegenwoordigd door de voorzitter van haar college van bestuur.")
    T("1.2 Partijen verzorgen samen een doorlopende leerroute vmbo-mbo en leggen in deze overeenkomst de "
      "afspraken vast die de wet daarvoor vraagt[[1]].")
    H("\u00a7 2 De leerroute")
    T("2.1 De leerroute loopt van het profiel Mobiliteit en transport in de kaderberoepsgerichte leerweg van "
      "de school naar de vakopleiding Eerste autotechnicus, niveau 3, beroepsopleidende leerweg, van het "
      "ROC, in het opleidingsdomein Mobiliteit en voertuigen[[2]].")
    T("2.2 De leerroute duurt vier jaar. In routejaar 2 doet de leerling het centraal examen van de "
      "kaderberoepsgerichte leerweg; de route eindigt met het diploma Eerste autotechnicus[[3]].")
    H("\u00a7 3 Inbreng van de autobranche")
    T("3.1 De Autobedrijvenkring Lekstroom[[4]] en de daarbij aangesloten erkende leerbedrijven nemen als "
      "volgt deel aan de leerroute:")
    T("a. zij stellen voor iedere routeleerling in routejaar 2 een ori\u00ebntatiestage van twee weken en in "
      "routejaar 3 en 4 een bpv-plaats beschikbaar;")
    T("b. zij leveren voor ieder routejaar een diagnoseopdracht aan een echt voertuig, die in de werkplaats "
      "van het ROC wordt uitgevoerd;")
    T("c. een technicus van een leerbedrijf neemt als tweede beoordelaar deel aan de proeven van "
      "bekwaamheid;")
    T("d. de kring wijst twee leden aan voor het routeoverleg, bedoeld in \u00a7 4.5, waarin zij adviseren "
      "over de inhoud van het programma en over nieuwe technieken zoals elektrisch rijden.")
    H("\u00a7 4 Routeleider")
    T("4.1 De dagelijkse leiding van de leerroute berust bij \u00e9\u00e9n routeleider.")
    T("4.2 De routeleider wordt benoemd door de bestuurder van de school en het college van bestuur van "
      "het ROC gezamenlijk, op voordracht van de teamleider techniek van de school en de opleidingsmanager "
      "mobiliteit van het ROC, voor een periode van drie jaar. De routeleider kan in dienst zijn van "
      "iedere partij; de andere partij verleent daartoe een schriftelijke opdracht.")
    T("4.3 De routeleider organiseert de leerroute, stelt het rooster en de groepsindeling vast, zet de "
      "docenten uit beide partijen in volgens \u00a7 6.3, stelt het ontwerp-PTA/OER op en onderhoudt de "
      "contacten met de autobranche.")
    T("4.4 De routeleider beslist binnen het volgende mandaat[[5]]:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = ["Onderwerp", "Routeleider beslist", "Besturen beslissen"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in [("Rooster en groepsindeling", "ja", "\u2013"),
                ("Inzet van docenten binnen de afgesproken formatie", "ja", "\u2013"),
                ("Uitgaven uit het routebudget", "tot \u20ac 6.000 per uitgave", "boven \u20ac 6.000"),
                ("Stage- en bpv-afspraken met leerbedrijven", "ja", "\u2013"),
                ("Vaststellen PTA/OER", "stelt ontwerp op", "stellen vast"),
                ("Aanstelling en ontslag van personeel", "\u2013", "ja")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    T("4.5 De routeleider wordt bijgestaan door een routeoverleg van de teamleider techniek, de "
      "opleidingsmanager mobiliteit en twee leden uit de autobranche. Het routeoverleg adviseert; het "
      "besluit niet.")
    H("\u00a7 5 Rapportage aan de besturen")
    T("5.1 De routeleider stuurt de bestuurder van de school en het college van bestuur van het ROC na "
      "afloop van ieder kwartaal een korte rapportage over instroom, uitval, verzuim, stages en budget.")
    T("5.2 V\u00f3\u00f3r 1 december stelt de routeleider een jaarlijkse routemonitor op over het afgelopen "
      "schooljaar, met de examenresultaten, de uitkomsten van de overstapgesprekken en een financi\u00eble "
      "verantwoording. De routemonitor wordt in het bestuurlijk overleg van december met de routeleider "
      "besproken; daar legt hij verantwoording af.")
    H("\u00a7 6 Locaties, docenten en werkplaatsen")
    T("6.1 Routejaar 1 en 2 vinden plaats in het gebouw van de school aan de Zuidstedeweg te Nieuwegein, "
      "met twee dagdelen per week in het Mobiliteitscentrum van het ROC te IJsselstein. Routejaar 3 en 4 "
      "vinden plaats in het Mobiliteitscentrum en bij de leerbedrijven.")
    T("6.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per routejaar "
      "beschreven in het PTA/OER, dat jaarlijks v\u00f3\u00f3r 1 oktober door beide besturen wordt "
      "vastgesteld.")
    T("6.3 De school zet in routejaar 1 en 2 twee docenten mobiliteit en transport in (samen 1,0 fte); het ROC "
      "detacheert in die jaren een docent autotechniek voor 0,3 fte bij de school en verzorgt in routejaar 3 "
      "en 4 het programma met het eigen team. Voor de vakoverstijgende onderdelen motormanagement en "
      "elektrische aandrijving wordt gewerkt met teambevoegdheid[[6]]; het PTA/OER benoemt per onderdeel de "
      "verantwoordelijke bevoegde docent.")
    T("6.4 Het ROC stelt in het Mobiliteitscentrum de werkplaats met hefbruggen, de diagnoseapparatuur en "
      "de hoogvoltwerkplek ter beschikking; de school stelt haar motorenlokaal en de lasruimte ter "
      "beschikking aan docenten van het ROC. Gebruik over en weer is kosteloos; ieder blijft "
      "verantwoordelijk voor veiligheid en onderhoud van de eigen ruimten.")
    H("\u00a7 7 Overstapmogelijkheden")
    T("7.1 Een leerling die de leerroute verlaat, krijgt een passend vervolg naar een diploma[[7]]:")
    T("a. in routejaar 1 en 2: de reguliere kaderberoepsgerichte of basisberoepsgerichte leerweg "
      "Mobiliteit en transport, of een ander profiel, op de school;")
    T("b. in routejaar 3 en 4: de opleiding Autotechnicus (niveau 2) of een andere opleiding op niveau 2 of "
      "3 binnen het ROC, zonder toepassing van vooropleidingseisen;")
    T("c. zonder vmbo-diploma aan het eind van routejaar 3: doorstroom binnen het ROC op een passend niveau "
      "met behoud van de behaalde onderdelen, of herkansing van het vmbo-examen op de school.")
    T("7.2 De teamleider techniek en de opleidingsmanager mobiliteit bepalen gezamenlijk welke van deze "
      "mogelijkheden wordt geboden, na een gesprek met de leerling en zijn ouders, met inachtneming van het "
      "bereikte onderwijsniveau en de leeftijd van de leerling.")
    H("\u00a7 8 Financi\u00eble afspraken")
    T("8.1 Van overdracht van bekostiging tussen partijen[[8]] is in deze samenwerking geen sprake. Iedere "
      "partij bekostigt haar eigen inzet, ook de detachering bedoeld in \u00a7 6.3, uit haar eigen "
      "rijksbijdrage.")
    H("\u00a7 9 Medezeggenschap")
    T("9.1 Routeleerlingen hebben vanaf routejaar 2 actief en passief kiesrecht voor de studentenraad van "
      "het ROC-college Mobiliteit, naast hun vertegenwoordiging via de leerlinggeleding van de "
      "medezeggenschapsraad van de school.")
    T("9.2 De routeleider stuurt de routemonitor, bedoeld in \u00a7 5.2, aan de medezeggenschapsraad van de "
      "school en aan de studentenraad, en licht hem op hun verzoek in een vergadering toe.")
    H("\u00a7 10 Oplossen van geschillen")
    T("10.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken "
      "tussen de routeleider, de teamleider en de opleidingsmanager, en daarna in het bestuurlijk overleg.")
    T("10.2 Lost het bestuurlijk overleg het geschil niet binnen zes weken op, dan vragen partijen een "
      "onafhankelijke bemiddelaar, die zij samen aanwijzen, om te bemiddelen. Leidt ook de bemiddeling "
      "binnen drie maanden niet tot een oplossing, dan kan iedere partij het geschil voorleggen aan de "
      "rechtbank Midden-Nederland.")
    H("\u00a7 11 Toetreding, wijziging en be\u00ebindiging")
    T("11.1 Een andere vmbo-school of mbo-instelling in de regio Lekstroom kan partij worden bij deze "
      "overeenkomst als de besturen van beide partijen daarmee schriftelijk instemmen en de nieuwe partij "
      "schriftelijk verklaart deze overeenkomst en het geldende PTA/OER te aanvaarden. Partijen melden de "
      "toetreding bij DUO.")
    T("11.2 Wijziging van deze overeenkomst geschiedt schriftelijk en met instemming van alle partijen; zij "
      "treedt in werking bij het begin van een schooljaar en geldt niet ten nadele van leerlingen die al in "
      "de route zitten.")
    T("11.3 De overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar schriftelijk opzeggen met "
      "ingang van 1 augustus, met een opzegtermijn van twaalf maanden. Leerlingen die op de datum van "
      "be\u00ebindiging in de route zitten, ronden de route bij partijen af; na opzegging is er geen nieuwe "
      "instroom. Zo worden de gevolgen voor leerlingen en studenten zo veel mogelijk beperkt.")
    H("Ondertekening")
    T("Nieuwegein, 23 juni 2025")
    T("Stichting Openbaar Voortgezet Onderwijs Lekstroom \u2013 ir. B. Scholten, bestuurder")
    T("Stichting Regionaal Opleidingencentrum Rijn & Lek \u2013 drs. F.L. Aydin, voorzitter college van bestuur")
    finish_docx(d, path, "Samenwerkingsovereenkomst DLR Mobiliteit Lekstroom",
                author="beleidsmedewerker onderwijs Lekstroom Vakcollege", patch=footnotes_patch(NOTES_372))


# ============================================================================================
# driver
# ============================================================================================

def out_paths(num):
    s = SAMPLES[num]
    base = os.path.join(HERE, s["name"])
    return base + "." + s["ext"], base + ".expected.json"


def labels_json(num):
    return json.dumps(SAMPLES[num]["labels"], indent=2, ensure_ascii=False) + "\n"


def build(nums):
    for n in nums:
        doc_path, json_path = out_paths(n)
        SAMPLES[n]["fn"](doc_path)
        with open(json_path, "w", encoding="utf-8", newline="\n") as f:
            f.write(labels_json(n))
        print("built", os.path.basename(doc_path))


def check(nums):
    ok = True
    for n in nums:
        doc_path, json_path = out_paths(n)
        name = os.path.basename(doc_path)
        problems = []
        if not os.path.exists(doc_path):
            problems.append("file missing")
        else:
            size = os.path.getsize(doc_path)
            if size >= 200 * 1024:
                problems.append("too large: %d bytes" % size)
            try:
                text = norm(extract(doc_path))
            except Exception as e:  # noqa: BLE001
                text = ""
                problems.append("cannot open: %r" % e)
            if len(text) < 500:
                problems.append("too little text extracted (%d chars)" % len(text))
            for k, ev in SAMPLES[n]["labels"]["evidence"].items():
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (k, ev))
        if not os.path.exists(json_path):
            problems.append("expected.json missing")
        else:
            with open(json_path, encoding="utf-8") as f:
                if json.load(f) != SAMPLES[n]["labels"]:
                    problems.append("expected.json differs from the script's table")
        if not re.match(r"^\d{3}_[a-z0-9_]+$", SAMPLES[n]["name"]) or not 365 <= n <= 372:
            problems.append("bad name")
        print(("OK   " if not problems else "FAIL ") + name + ("" if not problems else ": " + "; ".join(problems)))
        ok = ok and not problems
    return ok


def main(argv):
    args = [a for a in argv if a != "--check"]
    nums = sorted(int(a) for a in args) if args else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
    if "--check" in argv:
        sys.exit(0 if check(nums) else 1)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
