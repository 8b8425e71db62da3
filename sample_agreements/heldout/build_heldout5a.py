#!/usr/bin/env python3
"""Held-out sample agreements h65-h72 for leerroute-check.

Written by an independent author (a helper session) after the checker's decision rules were fixed,
from the two official bouwstenen, domain.md and LABELS.md only, without looking at checker code,
models, tests, benchmarks or any other sample agreement. Every agreement, party and person is made
up. Each text was drafted in its own voice (advocaat, consortiumsecretaris, schooldirecteur,
beleidsmedewerker) and labelled item by item as a careful jurist would under LABELS.md.

Usage:
    python3 build_heldout5a.py            build all samples
    python3 build_heldout5a.py h65 h68    build only these
    python3 build_heldout5a.py --check    open every produced file and verify it
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
ITEMS = "abcdefghij"

SAMPLES = {}   # key -> dict(name, ext, build, expected)


def sample(key, name, ext, description, statuses, evidence):
    """Register a sample; the decorated function returns the document content."""
    assert len(statuses) == 10 and set(statuses) == set(ITEMS), key
    for k in evidence:
        assert statuses[k] == "present", (key, k)

    def deco(fn):
        SAMPLES[key] = {
            "name": name, "ext": ext, "build": fn,
            "expected": {"description": description, "split": "heldout",
                         "statuses": {k: statuses[k] for k in ITEMS},
                         "evidence": dict(sorted(evidence.items()))},
        }
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# Rendering helpers. Content is a list of blocks:
#   ("title", text) ("sub", text) ("h", text) ("h2", text) ("p", text) ("li", label, text)
#   ("table", rows, colwidths_mm or None) ("sp", mm) ("pb",) ("small", text)
# ----------------------------------------------------------------------------------------------

def render_pdf(path, blocks, font="Times-Roman", bold="Times-Bold", size=10.5, title="", author="",
               margins=(25, 22, 25, 22)):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)

    lead = size * 1.35
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 4, leading=size + 8,
                                alignment=TA_CENTER, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=size, leading=lead,
                              alignment=TA_CENTER, spaceAfter=6),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 0.5, leading=lead + 1,
                            spaceBefore=9, spaceAfter=3, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead,
                             spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=lead,
                            alignment=TA_JUSTIFY, spaceAfter=4),
        "li": ParagraphStyle("li", fontName=font, fontSize=size, leading=lead,
                             alignment=TA_JUSTIFY, leftIndent=9 * mm, firstLineIndent=-9 * mm,
                             spaceAfter=3),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=size,
                                spaceAfter=3),
        "sig": ParagraphStyle("sig", fontName=font, fontSize=size, leading=lead),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=size + 1),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1.5, leading=size + 1),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p", "small"):
            story.append(Paragraph(escape(b[1]), st[kind]))
        elif kind == "li":
            story.append(Paragraph(escape(b[1]) + "\u00a0\u00a0" + escape(b[2]), st["li"]))
        elif kind == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows = b[1]
            widths = [w * mm for w in b[2]] if b[2] else None
            data = [[Paragraph(escape(c), st["cellb"] if i == 0 else st["cell"]) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(Spacer(1, 2 * mm))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif kind == "sig":
            data = [[Paragraph(escape(x).replace("\n", "<br/>"), st["sig"]) for x in r] for r in b[1]]
            t = Table(data, colWidths=[80 * mm, 80 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([Spacer(1, 4 * mm), t]))
        else:
            raise ValueError(kind)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawRightString(A4[0] - margins[1] * mm, 12 * mm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, title=title, author=author,
                            subject="", creator="", producer="",
                            topMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            bottomMargin=margins[2] * mm, leftMargin=margins[3] * mm)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def render_docx(path, blocks, font="Calibri", size=11, title="", author="", heading_style=True):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph(style="Title")
            p.add_run(b[1])
        elif kind == "sub":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("h", "h2"):
            if heading_style:
                d.add_heading(b[1], level=1 if kind == "h" else 2)
            else:
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(size - 2)
        elif kind == "li":
            p = d.add_paragraph(b[1] + "\t" + b[2])
            p.paragraph_format.left_indent = Mm(9)
            p.paragraph_format.first_line_indent = Mm(-9)
        elif kind == "sp":
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(c)
                    if i == 0:
                        run.bold = True
            if b[2]:
                for j, w in enumerate(b[2]):
                    for r in t.rows:
                        r.cells[j].width = Mm(w)
            d.add_paragraph("")
        elif kind == "sig":
            t = d.add_table(rows=len(b[1]), cols=2)
            for i, r in enumerate(b[1]):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        else:
            raise ValueError(kind)
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
    fixed_zip(buf.getvalue(), path)


def fixed_zip(data, path):
    """Rewrite a zip with fixed timestamps and order so rebuilds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.lstrip("\n"))


# ----------------------------------------------------------------------------------------------
# Text extraction for --check
# ----------------------------------------------------------------------------------------------

def extract(path):
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
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"<w:tab/>", " ", xml)
        xml = re.sub(r"</w:p>", "\n", xml)
        import html
        pieces = [a or b for a, b in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n)", xml)]
        return html.unescape("".join(pieces))
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


# ----------------------------------------------------------------------------------------------
# h65 - Goeree-Overflakkee - advocatenstuk, PDF, Zorg en welzijn kb -> Verzorgende-IG niveau 3
# ----------------------------------------------------------------------------------------------

@sample("h65", "h65_advocatenakte_goeree_overflakkee", "pdf",
        "Advocatenstuk met comparitie, considerans en definities (PDF), Goeree-Overflakkee, Zorg en "
        "welzijn kb naar Verzorgende-IG niveau 3; overstapoptie alleen in considerans en definities, "
        "benoeming leiding doorgeschoven, overdracht bekostiging zonder omvang, geen medezeggenschap",
        {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
         "f": "missing", "g": "weak", "h": "not_applicable", "i": "present", "j": "present"},
        {"a": "Artikel 2 - De Route",
         "b": "Artikel 3 - Betrokkenheid van zorg- en welzijnsorganisaties",
         "d": "Artikel 5 - Inlichtingen en verantwoording",
         "e": "Artikel 6 - Inrichting, personeel en voorzieningen",
         "i": "Artikel 10 - Geschillen",
         "j": "Artikel 11 - Duur, toetreding, wijziging en beëindiging"})
def h65():
    B = []
    B += [("title", "SAMENWERKINGSOVEREENKOMST"),
          ("sub", "doorlopende leerroute vmbo-mbo Zorg en welzijn - Verzorgende-IG"),
          ("sub", "Goeree-Overflakkee"),
          ("sp", 4),
          ("h2", "DE ONDERGETEKENDEN:"),
          ("li", "1.", "de stichting Stichting Christelijk Voortgezet Onderwijs Flakkee, statutair gevestigd "
                 "te Middelharnis, kantoorhoudende aan de Koningin Julianaweg 41, 3241 XK Middelharnis, "
                 "ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41127730, "
                 "bevoegd gezag van het Haringvliet College, school voor vbo en mavo (brinnummer 17QX), "
                 "te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, "
                 "mevrouw drs. J.A. Tanis-Breeman, hierna te noemen: \"de School\";"),
          ("li", "2.", "de stichting Stichting Regionaal Opleidingencentrum Zuid-Hollandse Eilanden, "
                 "statutair gevestigd te Spijkenisse, kantoorhoudende aan de Curieweg 17, 3208 KJ "
                 "Spijkenisse, ingeschreven in het handelsregister van de Kamer van Koophandel onder "
                 "nummer 24398716, bevoegd gezag van een regionaal opleidingencentrum als bedoeld in "
                 "artikel 1.3.1 van de Wet educatie en beroepsonderwijs, te dezen rechtsgeldig "
                 "vertegenwoordigd door de voorzitter van het college van bestuur, de heer mr. P.C. "
                 "Huizer, hierna te noemen: \"het ROC\";"),
          ("p", "de School en het ROC hierna gezamenlijk ook te noemen: \"Partijen\" en ieder afzonderlijk: "
                "\"Partij\","),
          ("h2", "IN AANMERKING NEMENDE DAT:"),
          ("li", "(A)", "Partijen sinds het schooljaar 2019-2020 op Goeree-Overflakkee samenwerken in een "
                  "vakmanschapsroute zorg, die met ingang van het schooljaar 2025-2026 wordt voortgezet als "
                  "doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a van de Wet voortgezet "
                  "onderwijs 2020 (\"WVO 2020\") en artikel 9.1.2 van de Wet educatie en beroepsonderwijs "
                  "(\"WEB\");"),
          ("li", "(B)", "een dergelijke leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB "
                  "slechts kan worden verzorgd op grond van een samenwerkingsovereenkomst die ten minste de "
                  "in die artikelen genoemde onderwerpen regelt;"),
          ("li", "(C)", "de zorgsector op het eiland kampt met een structureel tekort aan verzorgenden en "
                  "Partijen jongeren langs een ononderbroken route, zonder dubbelingen in de leerstof, naar "
                  "een diploma op niveau 3 willen leiden;"),
          ("li", "(D)", "Partijen het van wezenlijk belang achten dat iedere leerling die de route om welke "
                  "reden dan ook niet afmaakt, een overstapoptie naar een passend vervolg wordt geboden, "
                  "zodat ook die leerling een vmbo- of mbo-diploma kan behalen;"),
          ("li", "(E)", "de medezeggenschapsraad van de School en de studentenraad van het ROC over het "
                  "voornemen tot samenwerking zijn gehoord;"),
          ("li", "(F)", "Partijen hun afspraken in deze overeenkomst wensen vast te leggen;"),
          ("h2", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),

          ("h", "Artikel 1 - Definities"),
          ("p", "In deze overeenkomst wordt verstaan onder:"),
          ("li", "a.", "Route: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2;"),
          ("li", "b.", "Leerling: een leerling van de School of een student van het ROC die aan de Route "
                 "deelneemt;"),
          ("li", "c.", "vo-fase: de eerste twee leerjaren van de Route, waarin de Leerling staat ingeschreven "
                 "bij de School;"),
          ("li", "d.", "mbo-fase: het derde en volgende leerjaren van de Route, waarin de Leerling staat "
                 "ingeschreven als student bij het ROC;"),
          ("li", "e.", "Overstapoptie: de mogelijkheid als bedoeld in artikel 2.107k WVO 2020 en artikel "
                 "9.1.14 WEB om een Leerling wiens deelname aan de Route voortijdig eindigt, in staat te "
                 "stellen een vmbo-diploma of het diploma van een beroepsopleiding te behalen;"),
          ("li", "f.", "Routeteam: het orgaan als bedoeld in artikel 4;"),
          ("li", "g.", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de "
                 "onderwijs- en examenregeling waarin het onderwijsprogramma en de examinering per "
                 "leerjaar van de Route zijn beschreven."),

          ("h", "Artikel 2 - De Route"),
          ("li", "2.1", "Partijen verzorgen gezamenlijk een doorlopende leerroute die aansluit op het "
                   "profiel Zorg en welzijn in de kaderberoepsgerichte leerweg van de School en leidt tot "
                   "de kwalificatie Verzorgende-IG (niveau 3, vakopleiding) binnen het opleidingsdomein "
                   "Zorg en welzijn van het ROC, in de beroepsopleidende leerweg."),
          ("li", "2.2", "De Route vangt aan in het derde leerjaar van de School en duurt in totaal vier en "
                   "een half jaar. De Leerling sluit de Route af met het vmbo-diploma kaderberoepsgerichte "
                   "leerweg, profiel Zorg en welzijn, en het mbo-diploma Verzorgende-IG."),
          ("li", "2.3", "Partijen melden de Route gezamenlijk aan Onze Minister door registratie in het "
                   "Registratie Instellingen en Opleidingen (RIO) vóór aanvang van het schooljaar waarin "
                   "de eerste Leerlingen instromen."),

          ("h", "Artikel 3 - Betrokkenheid van zorg- en welzijnsorganisaties"),
          ("li", "3.1", "Het bedrijfsleven wordt bij de Route betrokken via een werkveldcommissie, waarin "
                   "in elk geval Zorggroep Eilandzorg, Stichting Thuiszorg Goeree en Welzijn Flakkee "
                   "zitting hebben, naast de praktijkopleiders van de erkende leerbedrijven van de Route."),
          ("li", "3.2", "De werkveldcommissie komt ten minste tweemaal per schooljaar bijeen en adviseert "
                   "Partijen over de inhoud van het PTA/OER, de keuzedelen en de spreiding van de "
                   "beroepspraktijkvorming."),
          ("li", "3.3", "De in lid 1 genoemde organisaties stellen jaarlijks voldoende "
                   "beroepspraktijkvormingsplaatsen beschikbaar voor alle Leerlingen in de mbo-fase, "
                   "verzorgen in de vo-fase snuffelstages en ten minste vier gastlessen per leerjaar en "
                   "leveren praktijkbeoordelaars voor de proeve van bekwaamheid."),

          ("h", "Artikel 4 - Routeteam"),
          ("li", "4.1", "De leiding over de Route berust bij het Routeteam. Het Routeteam bestaat uit de "
                   "afdelingsleider vmbo van de School, de teamleider Zorg en welzijn van het ROC en een "
                   "routecoördinator."),
          ("li", "4.2", "Het Routeteam is belast met de dagelijkse leiding over de Route, waaronder de "
                   "vaststelling van het jaarrooster, de voorbereiding van het PTA/OER, de toewijzing van "
                   "docenten aan de programmaonderdelen, de toelating van Leerlingen tot de Route en de "
                   "zorg voor de kwaliteit van het onderwijs. Het Routeteam beslist binnen het door "
                   "Partijen vastgestelde jaarbudget; besluiten met financiële gevolgen daarbuiten worden "
                   "aan de colleges van bestuur voorgelegd."),
          ("li", "4.3", "De wijze waarop de leden van het Routeteam en de routecoördinator worden "
                   "aangewezen, wordt bij afzonderlijk besluit van Partijen nader bepaald."),

          ("h", "Artikel 5 - Inlichtingen en verantwoording"),
          ("li", "5.1", "Het Routeteam brengt tweemaal per jaar, vóór 1 februari en vóór 1 juli, een "
                   "schriftelijke voortgangsrapportage uit aan de colleges van bestuur van beide Partijen, "
                   "met daarin ten minste de in-, door- en uitstroom van Leerlingen, de examenresultaten "
                   "en de besteding van het jaarbudget."),
          ("li", "5.2", "Het Routeteam legt jaarlijks in het bestuurlijk overleg van oktober verantwoording "
                   "af over het afgelopen schooljaar en verstrekt de colleges van bestuur op hun verzoek "
                   "binnen tien werkdagen alle inlichtingen die zij nodig hebben."),

          ("h", "Artikel 6 - Inrichting, personeel en voorzieningen"),
          ("li", "6.1", "Het onderwijs in de vo-fase wordt verzorgd op de locatie van de School aan de "
                   "Koningin Julianaweg te Middelharnis; het onderwijs in de mbo-fase op de ROC-locatie "
                   "Middelharnis aan de Staringlaan. Het onderwijsprogramma en de examinering per leerjaar "
                   "zijn vastgelegd in het PTA/OER, dat Partijen jaarlijks vóór 1 oktober gezamenlijk "
                   "vaststellen."),
          ("li", "6.2", "Docenten blijven in dienst van de Partij die hen heeft aangesteld. In de vo-fase "
                   "verzorgen twee docenten van het ROC gezamenlijk acht lesuren per week van het "
                   "beroepsgerichte programma; docenten van de School verzorgen in de mbo-fase de "
                   "ondersteuning Nederlands en rekenen. Voor het vakoverstijgende programmaonderdeel "
                   "\"Zorg dichtbij\" wordt gebruikgemaakt van een team van leraren en docenten als bedoeld "
                   "in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, waarbij elk programmaonderdeel wordt "
                   "verzorgd door ten minste één daartoe bevoegde docent."),
          ("li", "6.3", "Leerlingen in de vo-fase maken kosteloos gebruik van het skillslab en de "
                   "praktijkwoning van het ROC; Leerlingen in de mbo-fase kunnen gebruikmaken van de "
                   "mediatheek en de stilteruimte van de School. Het ROC stelt daarnaast zijn "
                   "leeromgeving digitaal beschikbaar aan Leerlingen in de vo-fase."),
          ("li", "6.4", "Iedere Partij draagt zorg voor de verzekering van de eigen medewerkers en "
                   "gebouwen. De klachtenregeling van elke Partij is mede van toepassing op gedragingen "
                   "van bestuur en personeel van de andere Partij in het kader van de Route."),

          ("h", "Artikel 7 - Bekostiging"),
          ("li", "7.1", "De School draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks een deel "
                   "van de door haar ontvangen bekostiging over aan het ROC, bestemd voor de inzet van "
                   "docenten van het ROC in de vo-fase en het gebruik van het skillslab."),
          ("li", "7.2", "De hoogte van de over te dragen middelen wordt jaarlijks vóór 1 oktober door "
                   "Partijen in onderling overleg vastgesteld. Het ROC factureert de overeengekomen "
                   "bijdrage in twee termijnen."),

          ("h", "Artikel 8 - Gegevensuitwisseling"),
          ("p", "Partijen wisselen uitsluitend die persoonsgegevens van Leerlingen uit die nodig zijn "
                "voor de uitvoering van de Route, waaronder de warme overdracht bij de overgang naar de "
                "mbo-fase. Zij sluiten daartoe een afzonderlijk gegevensdelingsprotocol."),

          ("h", "Artikel 9 - Aansprakelijkheid"),
          ("p", "Iedere Partij is aansprakelijk voor schade die voortvloeit uit haar eigen handelen of "
                "nalaten bij de uitvoering van deze overeenkomst. Partijen vrijwaren elkaar niet voor "
                "aanspraken van derden, behoudens opzet of grove schuld."),

          ("h", "Artikel 10 - Geschillen"),
          ("li", "10.1", "Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst "
                    "besproken in het Routeteam. Leidt dat niet binnen vier weken tot een oplossing, dan "
                    "wordt het geschil voorgelegd aan het bestuurlijk overleg van de voorzitters van de "
                    "colleges van bestuur."),
          ("li", "10.2", "Komen de voorzitters niet binnen zes weken na de voorlegging tot overeenstemming, "
                    "dan trachten Partijen het geschil op te lossen door mediation onder begeleiding van "
                    "een door hen gezamenlijk aan te wijzen MfN-registermediator."),
          ("li", "10.3", "Heeft mediation niet binnen drie maanden tot een oplossing geleid, dan kan iedere "
                    "Partij het geschil voorleggen aan de bevoegde rechter van de rechtbank Rotterdam."),

          ("h", "Artikel 11 - Duur, toetreding, wijziging en beëindiging"),
          ("li", "11.1", "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
                    "onbepaalde tijd."),
          ("li", "11.2", "Een ander bevoegd gezag van een school voor vbo of mavo of een andere instelling "
                    "voor beroepsonderwijs kan tot deze overeenkomst toetreden indien beide Partijen daarmee "
                    "schriftelijk instemmen en de toetredende partij een door alle partijen ondertekende "
                    "toetredingsverklaring aanvaardt. Toetreding geschiedt met ingang van een nieuw "
                    "schooljaar en laat de lopende leerjaren van de Route ongemoeid."),
          ("li", "11.3", "Wijziging van deze overeenkomst is slechts geldig indien deze schriftelijk is "
                    "overeengekomen en door beide Partijen is ondertekend. Een wijziging die gevolgen heeft "
                    "voor het onderwijsprogramma gaat niet eerder in dan bij aanvang van het eerstvolgende "
                    "schooljaar en geldt niet ten nadele van Leerlingen die de Route al volgen."),
          ("li", "11.4", "Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen het einde van een "
                    "schooljaar met inachtneming van een opzegtermijn van ten minste twaalf maanden. Na "
                    "opzegging stromen geen nieuwe Leerlingen meer in."),
          ("li", "11.5", "Iedere Partij kan de overeenkomst ontbinden indien de andere Partij, na "
                    "schriftelijke ingebrekestelling met een redelijke termijn, tekortschiet in de nakoming "
                    "van een wezenlijke verplichting, of indien de bekostiging van een Partij wordt "
                    "beëindigd."),
          ("li", "11.6", "Bij opzegging, ontbinding of uittreding dragen Partijen er zorg voor dat "
                    "Leerlingen die op dat moment aan de Route deelnemen, de Route onder dezelfde "
                    "voorwaarden bij Partijen kunnen afronden. De bepalingen van deze overeenkomst blijven "
                    "daartoe van kracht totdat de laatste Leerling de Route heeft verlaten."),

          ("h", "Artikel 12 - Slotbepalingen"),
          ("li", "12.1", "Op deze overeenkomst is Nederlands recht van toepassing."),
          ("li", "12.2", "Deze overeenkomst vervangt de samenwerkingsovereenkomst vakmanschapsroute zorg "
                    "van 14 mei 2019."),
          ("p", "Aldus overeengekomen en in tweevoud opgemaakt en ondertekend,"),
          ("sig", [["Stichting Christelijk Voortgezet Onderwijs Flakkee\n\nMiddelharnis, 30 juni 2025\n\n\n"
                    "______________________\ndrs. J.A. Tanis-Breeman\nvoorzitter college van bestuur",
                    "Stichting Regionaal Opleidingencentrum Zuid-Hollandse Eilanden\n\nSpijkenisse, 30 juni "
                    "2025\n\n\n______________________\nmr. P.C. Huizer\nvoorzitter college van bestuur"]]),
          ]
    return B


# ----------------------------------------------------------------------------------------------
# h66 - Gooi - consortiumstuk met vier partijen en afsprakentabellen, DOCX,
#       Media, vormgeving en ICT gl -> Software developer / Mediavormgever niveau 4
# ----------------------------------------------------------------------------------------------

@sample("h66", "h66_consortium_vier_partijen_gooi", "docx",
        "Consortiumovereenkomst van drie vmbo-besturen en een ROC met partijtabel en afsprakentabellen "
        "per thema (DOCX, kopstijlen), Gooi, Media, vormgeving en ICT gl naar Software developer en "
        "Mediavormgever niveau 4; volledig, met verdeelsleutel in bijlage",
        {k: "present" for k in ITEMS},
        {"a": "2. Routes en opleidingen",
         "b": "3. Werkveld en bedrijfsleven",
         "c": "4. Regie: stuurgroep en routeregisseur",
         "d": "5. Informatie en verantwoording aan de besturen",
         "e": "6. Onderwijs, personeel en voorzieningen",
         "f": "7. Als een leerling de route verlaat",
         "g": "8. Geld",
         "h": "9. Medezeggenschap",
         "i": "10. Verschil van inzicht",
         "j": "11. Nieuwe partners, wijzigen en stoppen"})
def h66():
    B = []
    B += [("title", "Samenwerkingsovereenkomst Doorlopende Leerroute Media & ICT Gooi"),
          ("p", "Consortium Doorlopende Leerroutes Gooi - versie 1.0, vastgesteld in het bestuurlijk "
                "overleg van 17 juni 2025. Secretariaat: bureau Onderwijs Gooi, Hilversum."),
          ("h", "Partijen"),
          ("p", "De volgende bevoegde gezagsorganen sluiten deze overeenkomst. Elk van hen wordt "
                "vertegenwoordigd door de in de tabel genoemde bestuurder."),
          ("table", [["Partij (bevoegd gezag)", "School / instelling", "Vestiging", "Vertegenwoordigd door"],
                     ["Stichting Openbaar Voortgezet Onderwijs Gooi en Vecht", "Comenius Mavo Hilversum "
                      "(vmbo gl/tl)", "Hilversum", "mw. A.M. de Graaff, voorzitter CvB"],
                     ["Stichting Christelijk Onderwijs Huizen-Blaricum", "Het Nieuwe Erf (vmbo kb/gl)",
                      "Huizen", "dhr. R. Verweij, bestuurder"],
                     ["Vereniging Bijzonder Voortgezet Onderwijs Bussum", "Mavo De Brink (vmbo gl/tl)",
                      "Bussum", "mw. dr. H. Olthof, voorzitter CvB"],
                     ["Stichting ROC Gooi en Vechtstreek", "ROC Gooi en Vechtstreek, college ICT & Media",
                      "Hilversum", "dhr. drs. M. Kamsteeg, voorzitter CvB"]], [45, 45, 25, 45]),
          ("p", "In deze overeenkomst heten de drie vmbo-besturen samen \"de scholen\" en de stichting ROC "
                "Gooi en Vechtstreek \"het ROC\". Samen zijn zij \"de partners\"."),

          ("h", "1. Waar gaat deze overeenkomst over"),
          ("p", "De partners bieden vanaf schooljaar 2025-2026 samen een doorlopende leerroute vmbo-mbo "
                "aan in de zin van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB. Leerlingen kiezen aan het "
                "eind van leerjaar 2 voor de route en beginnen in leerjaar 3 van hun eigen school. In deze "
                "overeenkomst staan de afspraken die de wet voorschrijft (artikel 2.107b lid 2 WVO 2020) en "
                "de praktische afspraken die het consortium daarnaast nodig vindt. Uitwerkingen die jaarlijks "
                "veranderen (rooster, PTA/OER, bpv-planning) staan in het routeboek; dat mag deze "
                "overeenkomst aanvullen, maar niet wijzigen."),

          ("h", "2. Routes en opleidingen"),
          ("p", "De route sluit aan op het beroepsgerichte profiel Media, vormgeving en ICT in de "
                "gemengde leerweg. Er zijn twee uitstroomrichtingen, beide middenkaderopleidingen in het "
                "opleidingsdomein ICT en creatieve industrie:"),
          ("table", [["Richting", "vmbo", "mbo-opleiding", "Niveau / leerweg", "Onderwijs mbo-fase"],
                     ["Software", "profiel Media, vormgeving en ICT, gemengde leerweg",
                      "Software developer", "niveau 4, BOL", "ROC, Vaartweg Hilversum"],
                     ["Vormgeving", "profiel Media, vormgeving en ICT, gemengde leerweg",
                      "Mediavormgever", "niveau 4, BOL", "ROC, Vaartweg Hilversum"]], [25, 45, 35, 25, 30]),
          ("p", "De route duurt vijf jaar: twee jaar vo-fase (leerjaar 3 en 4 vmbo) en drie jaar mbo-fase. "
                "De leerling haalt het vmbo-diploma uiterlijk in het derde jaar van de route. Iedere school "
                "meldt de route voor haar eigen leerlingen in RIO; het ROC meldt de route voor de mbo-fase."),

          ("h", "3. Werkveld en bedrijfsleven"),
          ("p", "Het consortium werkt met de werkveldtafel Media & ICT Gooi, waarin nu zitten: "
                "Mediapark Hilversum (vertegenwoordiging van de omroep- en productiebedrijven), Bureau "
                "Pixelwerf (Bussum), Gooise Software Groep (Huizen), de ondernemersvereniging Huizen en "
                "een adviseur van SBB. De partners spreken het volgende af:"),
          ("table", [["Onderwerp", "Afspraak", "Eigenaar", "Wanneer"],
                     ["Advies programma", "De werkveldtafel adviseert over het routeprogramma, de keuzedelen "
                      "en de beroepsopdrachten; de stuurgroep reageert schriftelijk op het advies.",
                      "routeregisseur", "2x per jaar (oktober, maart)"],
                     ["Opdrachten", "Elk leerjaar werkt met minimaal twee echte opdrachten van een bedrijf "
                      "aan de tafel.", "docententeam", "per periode"],
                     ["Stages en bpv", "De bedrijven aan de tafel en de door SBB erkende leerbedrijven in het "
                      "netwerk leveren snuffelstages in de vo-fase en bpv-plaatsen in de mbo-fase.",
                      "bpv-coördinator ROC", "jaarlijks vóór 1 juni geïnventariseerd"],
                     ["Beoordelen", "Een vakmens uit het werkveld beoordeelt mee bij de eindpresentatie "
                      "van de vo-fase en bij de examens van de beroepsgerichte kerntaken.",
                      "examencommissie ROC", "bij ieder examen"]], [28, 77, 30, 30]),

          ("h", "4. Regie: stuurgroep en routeregisseur"),
          ("p", "De leiding over de route ligt bij de stuurgroep Media & ICT. De stuurgroep bestaat uit "
                "de drie teamleiders bovenbouw van de scholen en de opleidingsmanager ICT & Media van het "
                "ROC. De routeregisseur is voorzitter zonder stem."),
          ("table", [["Onderwerp", "Afspraak"],
                     ["Benoeming", "Ieder bestuur wijst zijn eigen lid (en een plaatsvervanger) schriftelijk "
                      "aan. De routeregisseur wordt door de vier bestuurders samen benoemd voor drie jaar, "
                      "op voordracht van de stuurgroep; herbenoeming kan één keer."],
                     ["Taken", "De stuurgroep stelt het jaarplan en de begroting van de route op, bewaakt "
                      "het gezamenlijke PTA/OER, verdeelt de docentinzet, beslist over toelating tot de "
                      "route en organiseert de evaluatie."],
                     ["Bevoegdheden", "De besturen mandateren de stuurgroep om binnen de vastgestelde "
                      "begroting verplichtingen aan te gaan tot EUR 15.000 per geval, het jaarrooster vast te "
                      "stellen en docenten van de partners in te roosteren. Alles wat daarbuiten valt, "
                      "waaronder wijziging van opleidingen en personele besluiten, blijft bij de besturen."],
                     ["Besluiten", "De stuurgroep besluit bij consensus; lukt dat niet, dan legt de "
                      "routeregisseur de kwestie voor aan het bestuurlijk overleg."]], [35, 130]),

          ("h", "5. Informatie en verantwoording aan de besturen"),
          ("table", [["Wat", "Aan wie", "Wanneer"],
                     ["Kwartaalbericht met aanmeldingen, verzuim, bijzonderheden", "alle vier de besturen",
                      "na elk kwartaal, binnen vier weken"],
                     ["Jaarverslag route met in-, door- en uitstroom, examenresultaten, overstappen en "
                      "besteding van het budget", "bestuurlijk overleg", "jaarlijks vóór 1 november"],
                     ["Jaarplan en begroting volgend schooljaar", "bestuurlijk overleg, ter vaststelling",
                      "jaarlijks vóór 1 april"],
                     ["Incidenten (bijvoorbeeld een klacht of een uitvallende docent)", "betrokken bestuur",
                      "direct"]], [80, 45, 40]),
          ("p", "De stuurgroep legt in het bestuurlijk overleg van november verantwoording af over het "
                "afgelopen schooljaar. Een bestuur kan altijd extra informatie vragen; de routeregisseur "
                "levert die binnen tien werkdagen."),

          ("h", "6. Onderwijs, personeel en voorzieningen"),
          ("p", "In de vo-fase krijgt de leerling les op de eigen school, met één vaste routedag per "
                "week op het ROC aan de Vaartweg. In de mbo-fase is het onderwijs op het ROC. Het "
                "onderwijsprogramma en de examinering per leerjaar staan in het gezamenlijke PTA/OER dat de "
                "stuurgroep jaarlijks vóór 1 oktober vaststelt; daarin staat ook welke onderdelen vo, mbo of "
                "gecombineerd zijn."),
          ("table", [["Onderwerp", "Afspraak"],
                     ["Personeel", "Elke partner zet docenten in volgens de verdeling in het jaarplan. "
                      "Docenten blijven in dienst van hun eigen werkgever. Op de routedag geven twee "
                      "ROC-docenten les aan de vo-leerlingen; vanaf leerjaar 4 verzorgt een mixed team "
                      "(vmbo- en mbo-docenten) het vakoverstijgende project \"Studio\" met toepassing van de "
                      "teambevoegdheid (art. 7.13a WVO 2020, art. 9.1.12 WEB). Per programmaonderdeel is "
                      "minstens één bevoegde docent betrokken."],
                     ["Professionalisering", "Twee gezamenlijke studiedagen per jaar voor het hele "
                      "docententeam, georganiseerd door het ROC."],
                     ["Faciliteiten", "Het ROC stelt op de routedag de mediastudio, het Mac-lab en de "
                      "softwarelicenties beschikbaar. De scholen stellen hun praktijklokalen MVI open voor "
                      "gastlessen van het ROC en voor de eindpresentaties. Leerlingen in de vo-fase krijgen "
                      "een ROC-account."],
                     ["Inschrijving", "Leerjaar 1 en 2 van de route: leerling van de eigen school. Vanaf "
                      "leerjaar 3: student van het ROC; een student zonder vmbo-diploma blijft tot de "
                      "diplomering ook bij de school ingeschreven."],
                     ["Verzuim en zorg", "De school is aanspreekpunt in de vo-fase, het ROC in de mbo-fase. "
                      "Bij de overgang is er een warme overdracht via het overdrachtsformulier."],
                     ["Klachten", "De klachtenregeling van elke partner geldt ook voor gedrag van "
                      "medewerkers van een andere partner binnen de route."]], [35, 130]),

          ("h", "7. Als een leerling de route verlaat"),
          ("p", "Geen leerling verlaat de route zonder een passend vervolg naar een diploma. Wil of kan "
                "een leerling niet verder, dan stellen de mentor van de school en de loopbaancoach van het "
                "ROC samen met de leerling en de ouders een overstapplan op. De teamleider van de school en "
                "de opleidingsmanager van het ROC besluiten samen over het plan; zij kijken daarbij naar "
                "het bereikte onderwijsniveau, de leeftijd en de wensen van de leerling."),
          ("table", [["Moment", "Wat de leerling in elk geval wordt geboden"],
                     ["In de vo-fase", "Afronden van de gemengde leerweg (of de kaderberoepsgerichte leerweg) "
                      "op de eigen school met een ander profiel of in de reguliere leerweg, met behoud van "
                      "behaalde resultaten waar het PTA dat toelaat; of overstap naar een andere "
                      "doorlopende leerroute van het consortium."],
                     ["Vmbo-diploma niet gehaald in jaar 3 van de route", "Het vmbo-examen opnieuw doen "
                      "(zo nodig een jaar doubleren) of, als de stuurgroep dat passend vindt, doorgaan in "
                      "een mbo-opleiding op niveau 3 of 4 bij het ROC zonder vmbo-diploma."],
                     ["In de mbo-fase", "Overstap naar een andere mbo-opleiding van het ROC op hetzelfde "
                      "niveau (bijvoorbeeld Medewerker ICT-support of AV-specialist) of, als niveau 4 te "
                      "hoog blijkt, naar een opleiding op niveau 3."],
                     ["Verhuizing of andere richting", "Hulp bij plaatsing op een school of instelling "
                      "elders; de loopbaancoach regelt de warme overdracht."]], [45, 120]),
          ("p", "Kiest de leerling voor een opleiding bij het ROC, dan gelden de vooropleidingseisen niet "
                "(artikel 9.1.14 WEB). Een andere instelling kan de leerling toelaten na een "
                "geschiktheidsonderzoek. De uitwerking van deze werkwijze staat in de schoolgidsen."),

          ("h", "8. Geld"),
          ("p", "Er is geen extra geld voor de route. Iedere partner betaalt zijn eigen personeel en "
                "gebouwen. Daarnaast dragen de scholen met toepassing van artikel 5.42a WVO 2020 een deel "
                "van hun bekostiging over aan het ROC:"),
          ("table", [["Overdracht", "Omvang", "Bestemming"],
                     ["Elke school aan het ROC", "EUR 1.150 per leerling per jaar in de vo-fase, "
                      "peildatum 1 oktober", "inzet van ROC-docenten op de routedag en in het project "
                      "Studio, softwarelicenties en gebruik van de mediastudio"],
                     ["Het ROC aan de scholen", "geen", "-"]], [40, 55, 70]),
          ("p", "Het ROC factureert jaarlijks in januari op basis van de leerlingtelling. De verdeelsleutel "
                "en een rekenvoorbeeld staan in bijlage A."),

          ("h", "9. Medezeggenschap"),
          ("p", "De WMS geldt voor leerlingen, ouders en personeel van de scholen; de WEB en de WOR gelden "
                "voor studenten en personeel van het ROC. Bovenop die regels spreken de partners af:"),
          ("li", "a.", "De studentenraad van het college ICT & Media van het ROC heeft één vaste zetel voor "
                       "een leerling uit de vo-fase van de route, met dezelfde rechten als de andere leden."),
          ("li", "b.", "Er is een routeklankbordgroep met twee ouders en twee leerlingen per school en twee "
                       "studenten van het ROC. De groep komt twee keer per jaar samen met de stuurgroep en "
                       "mag de stuurgroep gevraagd en ongevraagd advies geven."),
          ("li", "c.", "Voorgenomen wijzigingen van deze overeenkomst gaan voor advies naar de "
                       "medezeggenschapsraden van de scholen, de studentenraad en de ondernemingsraad van "
                       "het ROC."),

          ("h", "10. Verschil van inzicht"),
          ("p", "Ontstaat tussen partners een geschil over de uitvoering van deze overeenkomst, dan gaat "
                "het zo:"),
          ("li", "1.", "De stuurgroep bespreekt het geschil en probeert het binnen vier weken op te "
                       "lossen."),
          ("li", "2.", "Lukt dat niet, dan legt de routeregisseur het voor aan het bestuurlijk overleg van "
                       "de vier bestuurders, dat binnen zes weken een besluit probeert te nemen."),
          ("li", "3.", "Blijft het geschil bestaan, dan leggen de betrokken partners het voor aan een "
                       "geschillencommissie van drie leden: ieder kiest één lid en die twee kiezen samen "
                       "de voorzitter. De commissie geeft binnen acht weken een bindend advies. De kosten "
                       "worden gelijk gedeeld."),

          ("h", "11. Nieuwe partners, wijzigen en stoppen"),
          ("table", [["Onderwerp", "Afspraak"],
                     ["Nieuwe partner", "Een ander bevoegd gezag van een vmbo-school in de regio Gooi kan "
                      "partner worden als alle partners instemmen, de school de route in de gemengde "
                      "leerweg kan verzorgen en het bestuur een toetredingsverklaring tekent. Instap alleen "
                      "per 1 augustus, zodat lopende groepen niet veranderen. De nieuwe partner meldt de "
                      "route zelf in RIO."],
                     ["Wijzigen", "Alleen schriftelijk en met instemming van alle besturen, na advies van de "
                      "medezeggenschap (punt 9c). Een wijziging van het programma geldt alleen voor nieuwe "
                      "cohorten."],
                     ["Stoppen door een partner", "Opzeggen kan per 1 augustus met een opzegtermijn van "
                      "minimaal twaalf maanden. Na opzegging laat die school geen nieuwe leerlingen meer "
                      "instromen; haar leerlingen die al in de route zitten maken de route af bij de "
                      "partners. De overeenkomst loopt voor de anderen door."],
                     ["Ontbinding", "Bij ernstige tekortkomingen kan het bestuurlijk overleg besluiten de "
                      "samenwerking met een partner te ontbinden, na een hersteltermijn van drie maanden. "
                      "Ook dan maken de zittende leerlingen hun route af."],
                     ["Einde van de route", "Stopt de route helemaal, dan spreken de partners een "
                      "afbouwregeling af waarin iedere leerling en student die al in de route zit de route "
                      "kan afmaken of een overstap krijgt volgens punt 7."]], [40, 125]),

          ("h", "12. Looptijd en ondertekening"),
          ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Het bestuurlijk "
                "overleg evalueert haar in het voorjaar van 2028."),
          ("sig", [["Stichting Openbaar Voortgezet Onderwijs Gooi en Vecht\nmw. A.M. de Graaff\n"
                    "Hilversum, 17 juni 2025",
                    "Stichting Christelijk Onderwijs Huizen-Blaricum\ndhr. R. Verweij\nHuizen, 17 juni 2025"],
                   ["Vereniging Bijzonder Voortgezet Onderwijs Bussum\nmw. dr. H. Olthof\n"
                    "Bussum, 17 juni 2025",
                    "Stichting ROC Gooi en Vechtstreek\ndhr. drs. M. Kamsteeg\nHilversum, 17 juni 2025"]]),
          ("pb",),
          ("h", "Bijlage A - Verdeelsleutel overdracht bekostiging"),
          ("p", "Rekenvoorbeeld schooljaar 2025-2026 (prognose leerlingtelling 1 oktober 2025):"),
          ("table", [["School", "Leerlingen vo-fase", "Bedrag per leerling", "Over te dragen"],
                     ["Comenius Mavo Hilversum", "18", "EUR 1.150", "EUR 20.700"],
                     ["Het Nieuwe Erf", "12", "EUR 1.150", "EUR 13.800"],
                     ["Mavo De Brink", "14", "EUR 1.150", "EUR 16.100"],
                     ["Totaal", "44", "", "EUR 50.600"]], [55, 35, 35, 35]),
          ("p", "Het bedrag per leerling wordt jaarlijks met het indexcijfer van de rijksbijdrage "
                "aangepast. Het ROC verantwoordt de besteding in het jaarverslag van de route (punt 5)."),
          ]
    return {"blocks": B, "font": "Calibri", "size": 10.5}


# ----------------------------------------------------------------------------------------------
# h67 - Lopikerwaard - schooldirecteur, platte tekst, geintegreerde route
#       Horeca, bakkerij en recreatie bb -> Kok niveau 2
# ----------------------------------------------------------------------------------------------

H67 = """
SAMENWERKINGSOVEREENKOMST GEÏNTEGREERDE ROUTE HORECA
Lopikerwaard College (vmbo) en MBO Lek en IJssel, Horecavakschool

Lopik, juni 2025

Wie maken deze afspraken?

- Stichting Openbaar Voortgezet Onderwijs Lopikerwaard, bevoegd gezag van het Lopikerwaard
  College, Lopik. Hieronder: "de school". Namens het bestuur getekend door de directeur-bestuurder,
  Gert-Jan Hoogendoorn.
- Stichting MBO Lek en IJssel, Nieuwegein, bevoegd gezag van de gelijknamige instelling voor
  beroepsonderwijs met de Horecavakschool. Hieronder: "het mbo". Getekend door de voorzitter van het
  college van bestuur, Marjolein Verhoef.

Waarom deze overeenkomst?

Wij werken al een paar jaar samen met de praktijkklas horeca. Vanaf 1 augustus 2025 maken we daar een
echte geïntegreerde route van, zoals bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB. Dat
betekent: leerlingen van de basisberoepsgerichte leerweg gaan vanaf leerjaar 3 in één doorlopend
programma naar een mbo-diploma op niveau 2, en hoeven geen vmbo-eindexamen te doen. Een leerling gaat
alleen de route in na overleg met de leerling en de ouders. Hieronder staat wat we met elkaar hebben
afgesproken. We hebben geprobeerd het kort te houden, maar alles wat de wet vraagt staat erin.


1. WELKE ROUTE?

Onze leerlingen volgen in leerjaar 1 en 2 het profiel Horeca, bakkerij en recreatie in de
basisberoepsgerichte leerweg. In leerjaar 3 kunnen ze instromen in de geïntegreerde route die leidt
naar de mbo-opleiding Kok, niveau 2 (basisberoepsopleiding), in het opleidingsdomein Horeca en
bakkerij. De route duurt vier jaar: twee jaar bij ons op school in Lopik (de vo-fase) en daarna
twee jaar bij het mbo in Nieuwegein, in de BOL-variant. De leerling sluit af met het mbo-diploma Kok.
Beide besturen melden de route bij DUO via RIO.


2. DE BEDRIJVEN

Zonder de horeca uit de buurt werkt deze route niet. We hebben daarom afgesproken dat deze
bedrijven meedoen: Restaurant De Wiericke (Oudewater), Hotel-restaurant Het Lopikerhuis, Brasserie
Montfoort, Partycentrum De Hollandse IJssel en de bedrijfskeuken van zorgcentrum Eiland-Oost. Zij
zijn erkend leerbedrijf bij SBB of worden dat voor 1 januari 2026.

Wat doen ze?
  a. Elke leerling in de vo-fase loopt per jaar twee weken snuffelstage bij een van deze bedrijven.
  b. In de mbo-fase zorgen ze samen voor genoeg bpv-plekken voor alle studenten van de route.
  c. Een chef-kok van een van de bedrijven geeft elke periode een gastles of masterclass op school.
  d. Twee keer per jaar (november en april) praten de bedrijven met de routecoördinator en de
     teamleider over het programma. Wat ze daar adviseren, nemen we mee in het OER van het volgende
     jaar.
  e. Bij het examen Kok (de praktijkexamens in het leerbedrijf) beoordeelt de praktijkopleider mee.


3. WIE IS DE BAAS VAN DE ROUTE?

De route wordt geleid door een routeduo: de routecoördinator van de school (een docent horeca met
0,2 fte voor deze taak) en de teamleider Horeca van het mbo. De directeur van de school en de
directeur van de Horecavakschool wijzen samen de routecoördinator aan, voor twee schooljaren; de
teamleider is lid omdat hij of zij leiding geeft aan het mbo-team.

Het routeduo:
  - maakt het rooster en het gezamenlijke OER voor de hele route,
  - beslist welke leerling de route in mag (na het gesprek met leerling en ouders),
  - verdeelt de lessen over de docenten van school en mbo,
  - regelt de stages en bpv-plekken met de bedrijven,
  - mag binnen het jaarbudget dat de directeuren vaststellen zelf uitgaven doen.
Alles wat daarbuiten valt (personeel aannemen, geld buiten het budget, het programma wezenlijk
veranderen) beslissen de besturen zelf.


4. HOE HOUDT HET ROUTEDUO DE BESTUREN OP DE HOOGTE?

Het routeduo schrijft elk jaar vóór 1 juli een verslag voor beide besturen: hoeveel leerlingen
er zijn ingestroomd, hoeveel er zijn doorgegaan of gestopt, de examenresultaten en hoe het budget is
besteed. Verder is er twee keer per jaar (oktober en maart) een overleg van het routeduo met de
directeur-bestuurder van de school en de directeur van de Horecavakschool, waarin het routeduo
verantwoording aflegt. Belangrijke problemen meldt het routeduo direct.


5. HOE RICHTEN WE HET ONDERWIJS IN?

In de vo-fase zijn de leerlingen vier dagen per week op school in Lopik en één dag in de
praktijkkeuken van het mbo in Nieuwegein. In de mbo-fase zijn ze op het mbo en in het leerbedrijf.
Het programma en de examinering per leerjaar staan in het gezamenlijke OER van de route. De
leerlingen doen in deze route geen vmbo-eindexamen.

Personeel: twee docenten horeca van de school en drie docenten koken van het mbo vormen samen het
routeteam. Zij blijven in dienst van hun eigen werkgever. De mbo-docenten geven op de praktijkdag
les aan onze leerlingen; onze docent Nederlands en rekenen gaat in de mbo-fase één dagdeel per week
mee naar Nieuwegein. Voor het onderdeel "Gastvrijheid" werken we met een team van leraren en
docenten (teambevoegdheid); per onderdeel is er altijd een bevoegde docent.

Faciliteiten: het mbo stelt de praktijkkeuken en het leerrestaurant op de praktijkdag gratis
beschikbaar. De school stelt haar eigen keukenlokaal open voor mbo-docenten en voor
avondbijeenkomsten met ouders. De leerlingen krijgen in de vo-fase al een mbo-account en koksbuis.

Klachten: de klachtenregeling van de school geldt ook als het gaat om een docent van het mbo, en
andersom. De voorzitter van de klachtencommissie werkt niet bij de andere partij.


6. ALS EEN LEERLING STOPT

Stopt een leerling tijdens de geïntegreerde route, of blijkt de route toch niet te passen, dan gaat
de leerling automatisch door naar de Entree-opleiding (niveau 1) van het mbo. Zo weten we zeker dat
niemand zonder plek komt te zitten. De mentor meldt de leerling aan bij de Entree-opleiding en zorgt
voor een goede overdracht.


7. GELD

Er gaat geen bekostiging van de school naar het mbo of andersom; er is dus geen overdracht van
middelen als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Iedere partij betaalt zijn
eigen mensen en gebouwen. De koksbuis en het materiaal van de praktijkdag betaalt het mbo.


8. ALS WE HET NIET EENS ZIJN

Als de school en het mbo het ergens niet over eens zijn, lossen we dat samen op in goed overleg
tussen de directeur-bestuurder van de school en de directeur van de Horecavakschool.


9. HOE LANG EN HOE STOPPEN WE?

Deze overeenkomst geldt vanaf 1 augustus 2025 en loopt door tot een van ons opzegt. Opzeggen kan
alleen schriftelijk, tegen het einde van een schooljaar, en met een jaar opzegtermijn. Leerlingen die
al in de route zitten, maken de route altijd af, ook als we stoppen. Na de opzegging nemen we geen
nieuwe leerlingen meer aan.

Willen we iets in deze afspraken veranderen, dan doen we dat schriftelijk en tekenen beide besturen.
Veranderingen in het programma gelden alleen voor nieuwe groepen, niet voor leerlingen die al
begonnen zijn.


Getekend in tweevoud,

Lopik, 26 juni 2025                             Nieuwegein, 26 juni 2025

Stichting Openbaar Voortgezet Onderwijs          Stichting MBO Lek en IJssel
Lopikerwaard

G.J. Hoogendoorn, directeur-bestuurder           M. Verhoef, voorzitter college van bestuur
"""


@sample("h67", "h67_directeur_geintegreerd_lopikerwaard", "txt",
        "Platte tekst van een schooldirecteur met vraagkoppen in hoofdletters, geïntegreerde route, "
        "Lopikerwaard, Horeca, bakkerij en recreatie bb naar Kok niveau 2; stoppers automatisch naar "
        "Entree, geschillen alleen in goed overleg, geen toetreding, geen medezeggenschap",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "not_applicable", "i": "weak", "j": "weak"},
        {"a": "1. WELKE ROUTE?",
         "b": "2. DE BEDRIJVEN",
         "c": "3. WIE IS DE BAAS VAN DE ROUTE?",
         "d": "4. HOE HOUDT HET ROUTEDUO DE BESTUREN OP DE HOOGTE?",
         "e": "5. HOE RICHTEN WE HET ONDERWIJS IN?",
         "g": "7. GELD"})
def h67():
    return H67


# ----------------------------------------------------------------------------------------------
# h68 - Land van Cuijk - ingevuld officieel format, PDF,
#       Bouwen, wonen en interieur kb -> Allround timmerman niveau 3
# ----------------------------------------------------------------------------------------------

DOTS = "\u2026" * 44


@sample("h68", "h68_format_ingevuld_land_van_cuijk", "pdf",
        "Ingevuld officieel format (PDF, Helvetica), Land van Cuijk, Bouwen, wonen en interieur kb "
        "naar Allround timmerman niveau 3; bedrijfsleven alleen stippellijnen, financiën en "
        "geschilbeslechting als formattekst blijven staan, medezeggenschap alleen wettekst",
        {"a": "present", "b": "weak", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "weak", "h": "not_applicable", "i": "weak", "j": "present"},
        {"a": "1. De betreffende doorlopende leerroute vmbo-mbo",
         "c": "3. Inzet leiding en verantwoording",
         "d": "3. Inzet leiding en verantwoording",
         "e": "4. Organisatorische en onderwijskundige inrichting",
         "f": "5. Overstapoptie",
         "j": "10. Beëindiging overeenkomst"})
def h68():
    B = []
    B += [("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
          ("sub", "Bouw & Hout Land van Cuijk - schooljaar 2025-2026 e.v."),
          ("sp", 3),
          ("p", "Stichting voor Voortgezet Onderwijs Land van Cuijk en Noord-Limburg, Raamweg 4, 5431 "
                "NH Cuijk, bevoegd gezag van het Peelrandcollege, vmbo-locatie Cuijk"),
          ("small", "[Bevoegd gezag van de school]"),
          ("p", "en"),
          ("p", "Stichting Regionaal Opleidingencentrum De Maasvallei, Beerseweg 12, 5831 AB Boxmeer"),
          ("small", "[Bevoegd gezag van de instelling voor beroepsonderwijs]"),
          ("p", "verklaren te zijn overeengekomen:"),

          ("h", "Doel en wijze van samenwerking:"),
          ("li", "1.", "Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende "
                       "leerroute vmbo-mbo, dan wel een geïntegreerd onderwijsprogramma verzorgd door "
                       "ondergetekenden."),
          ("li", "2.", "Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende "
                       "leerroute."),
          ("li", "3.", "Ondergetekenden beschrijven voor de gehele doorlopende leerroute vmbo-mbo het "
                       "onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per "
                       "leerjaar en voeren dit in gezamenlijkheid uit."),
          ("li", "4.", "Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij een "
                       "gezamenlijke doorlopende leerroute vmbo-mbo aanbieden."),

          ("h", "Afspraken"),
          ("h2", "1. De betreffende doorlopende leerroute vmbo-mbo"),
          ("p", "Het volgende onderwijsprogramma wordt in deze doorlopende leerroute vmbo-mbo "
                "aangeboden:"),
          ("p", "Vmbo: profiel Bouwen, wonen en interieur, kaderberoepsgerichte leerweg (leerjaar 3 en 4). "
                "Mbo: opleiding Allround timmerman, niveau 3 (vakopleiding), opleidingsdomein Bouw en infra, "
                "BOL met in het laatste jaar de mogelijkheid van BBL. De route start in leerjaar 3 van het "
                "Peelrandcollege en duurt vijf jaar."),

          ("h2", "2. Betrokkenheid bedrijfsleven"),
          ("p", "Het bedrijfsleven is/wordt als volgt betrokken bij de invulling van dit "
                "onderwijsprogramma:"),
          ("p", DOTS),
          ("p", DOTS),

          ("h2", "3. Inzet leiding en verantwoording"),
          ("li", "a.", "De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet van: "
                       "een kerngroep Bouw & Hout, bestaande uit de afdelingsleider bovenbouw vmbo van het "
                       "Peelrandcollege, de opleidingsmanager Bouw van het ROC en een routecoördinator. De "
                       "twee colleges van bestuur benoemen de leden van de kerngroep gezamenlijk, elk op "
                       "voordracht van de eigen directie; de routecoördinator wordt benoemd voor twee "
                       "schooljaren. De kerngroep is belast met de planning en het rooster van de route, "
                       "het opstellen van het gezamenlijke PTA/OER, de toelating van leerlingen, de inzet van "
                       "docenten en de kwaliteitszorg. Zij is bevoegd daarover te besluiten binnen de door de "
                       "colleges vastgestelde jaarbegroting; overige besluiten worden aan de colleges "
                       "voorgelegd."),
          ("li", "b.", "Het verstrekken van inlichtingen en afleggen van verantwoording door deze leiding aan "
                       "ondergetekenden wordt als volgt georganiseerd: de kerngroep stuurt beide colleges "
                       "van bestuur ieder jaar vóór 15 juli een jaarrapportage over instroom, doorstroom, "
                       "uitval, examenresultaten en uitgaven, en bespreekt die rapportage in het bestuurlijk "
                       "overleg van september. Halverwege het schooljaar (februari) volgt een korte "
                       "tussenrapportage."),

          ("h2", "4. Organisatorische en onderwijskundige inrichting"),
          ("li", "a.", "De betreffende doorlopende leerroute wordt aangeboden op volgende locatie(s): "
                       "leerjaar 1 en 2 van de route op het Peelrandcollege, Raamweg 4 te Cuijk, met één dag "
                       "per week in de bouwhal van het ROC; leerjaar 3 tot en met 5 op de ROC-locatie "
                       "Beerseweg te Boxmeer."),
          ("li", "b.", "Er zijn afspraken gemaakt over het gebruik van verschillende faciliteiten zoals: de "
                       "bouwhal, de machinale houtbewerking en de CNC-werkplaats van het ROC, die op de "
                       "praktijkdag beschikbaar zijn voor vmbo-leerlingen; het praktijklokaal BWI van het "
                       "Peelrandcollege, dat het ROC gebruikt voor de voorlichting aan instromers. Het ROC "
                       "verstrekt de persoonlijke beschermingsmiddelen."),
          ("li", "c.", "De inzet van personeel is als volgt georganiseerd: twee docenten van het ROC geven "
                       "in de vo-fase de praktijkdag; twee vmbo-docenten BWI geven in leerjaar 1 en 2 het "
                       "beroepsgerichte programma samen met hen als één team, met toepassing van de "
                       "teambevoegdheid voor het vakoverstijgende onderdeel \"Bouwproject\". Elk "
                       "programmaonderdeel heeft een bevoegde docent. Docenten blijven in dienst van hun "
                       "eigen werkgever. Het onderwijsprogramma en de examinering per leerjaar staan in het "
                       "gezamenlijke PTA/OER."),

          ("h2", "5. Overstapoptie"),
          ("p", "Deelnemers die deze doorlopende leerroute niet met succes afronden worden door "
                "ondergetekenden in staat gesteld om:"),
          ("li", "-", "bij uitval in de vo-fase: de kaderberoepsgerichte leerweg Bouwen, wonen en interieur "
                      "of een ander profiel op het Peelrandcollege regulier af te ronden en het vmbo-diploma "
                      "te behalen;"),
          ("li", "-", "als het vmbo-diploma in leerjaar 3 van de route niet is behaald: het examen over te "
                      "doen, of zonder vmbo-diploma door te stromen naar de opleiding Timmerman (niveau 2) "
                      "of een andere opleiding op niveau 2 of 3 van het ROC; de vooropleidingseisen gelden "
                      "dan niet;"),
          ("li", "-", "bij uitval in de mbo-fase: over te stappen naar een andere opleiding op niveau 3 in "
                      "het domein Bouw en infra (bijvoorbeeld Allround metselaar of Allround "
                      "installatiemonteur) of daarbuiten."),
          ("p", "Welke mogelijkheid wordt geboden, bepalen de afdelingsleider van het Peelrandcollege en de "
                "opleidingsmanager van het ROC samen, na een gesprek met de leerling en de ouders, op grond "
                "van het bereikte onderwijsniveau en de leeftijd van de leerling."),

          ("h2", "6. Financiën"),
          ("p", "In de financiële overeenkomst, die als bijlage bij deze overeenkomst kan worden "
                "toegevoegd, is door ondergetekenden vastgelegd welke afspraken zijn gemaakt over de kosten "
                "van de doorlopende leerlijn. Er zijn afspraken gemaakt over eventuele overdracht van de "
                "bekostiging tussen ondergetekende partijen, de omvang en bestemming van evt. over te dragen "
                "middelen."),

          ("h2", "7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime"),
          ("p", "Voor de doorlopende leerroutes geldt de WMS voor leerlingen die ingeschreven staan op het "
                "vmbo en hun ouders (de eerste 2 jaar van de doorlopende leerroute) en leraren die in dienst "
                "zijn van de vmbo-school. De WEB en WOR gelden voor studenten die ingeschreven staan op het "
                "mbo en hun ouders (na de eerste 2 jaar van de route) en docenten die in dienst zijn van de "
                "mbo-school. Indien gewenst kunnen er voor een doorlopende leerroute aanvullende afspraken "
                "worden gemaakt op het toepasselijke medezeggenschapsregime, dit kunnen alleen aanvullingen "
                "zijn op het geldende regime."),

          ("h2", "8. Geschilbeslechting"),
          ("p", "De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de "
                "overeenkomst."),

          ("h2", "9. Betrokkenheid andere partijen"),
          ("p", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij "
                "worden bij deze overeenkomst als beide colleges van bestuur daar schriftelijk mee instemmen "
                "en de nieuwe partij zich per 1 augustus van een schooljaar aansluit door een "
                "toetredingsverklaring te ondertekenen. Toetreding verandert niets aan de route van "
                "leerlingen die al begonnen zijn."),

          ("h2", "10. Beëindiging overeenkomst"),
          ("p", "Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar schriftelijk opzeggen "
                "met een opzegtermijn van één jaar, tegen 1 augustus. Bij ernstige tekortkoming kan een "
                "partij de overeenkomst ontbinden na een schriftelijke ingebrekestelling. Wijzigingen worden "
                "schriftelijk vastgelegd in een door beide colleges ondertekend addendum. Leerlingen die bij "
                "opzegging, ontbinding of wijziging al in de route zitten, kunnen de route op dezelfde "
                "voorwaarden afmaken; na opzegging worden geen nieuwe leerlingen toegelaten."),

          ("sp", 6),
          ("sig", [["Cuijk, 24 juni 2025\n\n\nA.H.M. Janssen-Peters\nvoorzitter college van bestuur\n"
                    "Stichting voor Voortgezet Onderwijs Land van Cuijk en Noord-Limburg",
                    "Boxmeer, 24 juni 2025\n\n\ndrs. W.F. Hendriks\nvoorzitter college van bestuur\n"
                    "Stichting Regionaal Opleidingencentrum De Maasvallei"]]),
          ]
    return {"blocks": B, "font": "Helvetica", "bold": "Helvetica-Bold", "size": 9.5}


# ----------------------------------------------------------------------------------------------
# h69 - Berkelland - interne regeling AOC (besluit college van bestuur), DOCX zonder kopstijlen,
#       Groen kb -> Vakbekwaam medewerker veehouderij niveau 3
# ----------------------------------------------------------------------------------------------

@sample("h69", "h69_interne_regeling_aoc_berkelland", "docx",
        "Besluit van het college van bestuur met interne regeling van een AOC (DOCX, vette alinea's "
        "als koppen, paragrafen en artikelen), Berkelland, Groen kb naar Vakbekwaam medewerker "
        "veehouderij niveau 3; volledig, geschil/toetreding/medezeggenschap niet van toepassing",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "not_applicable",
         "j": "not_applicable"},
        {"a": "Artikel 3 Profiel en opleiding",
         "b": "Artikel 5 Agrarisch bedrijfsleven",
         "c": "Artikel 6 Routeleiding",
         "d": "Artikel 7 Informatie en verantwoording",
         "e": "Artikel 8 Inrichting van het onderwijs",
         "f": "Artikel 11 Overstap bij voortijdig verlaten van de route",
         "g": "Artikel 12 Bekostiging"})
def h69():
    B = []
    B += [("title", "Interne regeling doorlopende leerroute Groen - Veehouderij"),
          ("p", "Besluit van het college van bestuur van de Stichting Agrarisch Opleidingscentrum "
                "Oost-Gelre van 2 juni 2025, kenmerk CvB/2025/071, houdende vaststelling van een interne "
                "regeling als bedoeld in artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 "
                "en artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs."),
          ("h", "Het college van bestuur,"),
          ("p", "gelet op artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB;"),
          ("p", "overwegende dat de stichting het bevoegd gezag is van zowel Groencollege Borculo, "
                "school voor vbo met het profiel Groen, als Groencollege mbo Eibergen, onderdeel van het "
                "agrarisch opleidingscentrum van de stichting, zodat de doorlopende leerroute geheel binnen "
                "één rechtspersoon wordt verzorgd en de onderwerpen van artikel 2.107b, tweede lid, WVO "
                "2020 bij interne regeling worden geregeld, met uitzondering van de onderdelen h tot en met "
                "j van dat lid;"),
          ("p", "overwegende dat de melkveehouderij in Berkelland en omgeving vraagt om vakbekwame "
                "medewerkers en dat de stichting de leerlingen van haar vmbo-locatie een ononderbroken "
                "route naar een mbo-diploma op niveau 3 wil bieden;"),
          ("p", "gehoord de directies van beide locaties en na advies van de gemeenschappelijke "
                "medezeggenschapsraad en de studentenraad;"),
          ("h", "BESLUIT"),
          ("p", "vast te stellen de volgende regeling."),

          ("h", "§ 1 Algemeen"),
          ("h2", "Artikel 1 Begrippen"),
          ("p", "In deze regeling wordt verstaan onder: route: de doorlopende leerroute Groen - Veehouderij; "
                "vmbo-afdeling: Groencollege Borculo; mbo-opleiding: de opleidingen veehouderij van "
                "Groencollege mbo Eibergen; leerling: deelnemer aan de route, in de vo-fase als leerling en "
                "in de mbo-fase als student ingeschreven; routeleider: de functionaris bedoeld in artikel "
                "6."),
          ("h2", "Artikel 2 Reikwijdte"),
          ("p", "Deze regeling is van toepassing op alle leerlingen die met ingang van 1 augustus 2025 of "
                "later in de route instromen."),

          ("h", "§ 2 De route"),
          ("h2", "Artikel 3 Profiel en opleiding"),
          ("li", "1.", "De route sluit aan op het profiel Groen in de kaderberoepsgerichte leerweg, met de "
                       "beroepsgerichte keuzevakken Dier en ondernemerschap en Veehouderij."),
          ("li", "2.", "De route leidt tot het diploma van de vakopleiding Vakbekwaam medewerker veehouderij "
                       "(niveau 3) in het opleidingsdomein Voedsel, natuur en leefomgeving, in de "
                       "beroepsopleidende leerweg; in het laatste jaar kan de student in overleg naar de "
                       "beroepsbegeleidende leerweg."),
          ("li", "3.", "De route begint in het derde leerjaar van de vmbo-afdeling en duurt vijf jaar."),
          ("h2", "Artikel 4 Melding"),
          ("p", "Het college van bestuur meldt de route aan de minister door registratie in RIO, zowel voor "
                "de vmbo-afdeling als voor de mbo-opleiding."),
          ("h2", "Artikel 5 Agrarisch bedrijfsleven"),
          ("li", "1.", "Bij de invulling van de route zijn betrokken: LTO Noord, afdeling Berkelland, de "
                       "erkende leerbedrijven in de melkveehouderij uit het netwerk van de mbo-opleiding, "
                       "waaronder Maatschap Wolterink-ter Haar (Neede) en Melkveebedrijf Brummelman "
                       "(Rietmolen), en loonbedrijf Het Klooster te Haarlo."),
          ("li", "2.", "De beroepenveldcommissie Dier, waarin LTO Noord en ten minste drie leerbedrijven "
                       "zitting hebben, adviseert tweemaal per jaar over het routeprogramma en de "
                       "keuzedelen."),
          ("li", "3.", "De leerbedrijven bieden in de vo-fase elke leerling een meeloopweek per jaar en in de "
                       "mbo-fase de plaatsen voor de beroepspraktijkvorming; zij leveren in leerjaar 4 van de "
                       "route de casus voor de bedrijfsanalyse en beoordelen als praktijkopleider mee bij de "
                       "examens in de beroepspraktijk."),

          ("h", "§ 3 Leiding en verantwoording"),
          ("h2", "Artikel 6 Routeleiding"),
          ("li", "1.", "De leiding over de route berust bij de routeleider, bijgestaan door het routeteam. "
                       "Het routeteam bestaat uit de routeleider, de teamleider vmbo-bovenbouw van "
                       "Groencollege Borculo, de opleidingscoördinator veehouderij van Groencollege mbo "
                       "Eibergen en de bpv-coördinator."),
          ("li", "2.", "Het college van bestuur benoemt de routeleider voor vier jaar, na advies van beide "
                       "locatiedirecteuren. De overige leden van het routeteam worden door de "
                       "locatiedirecteur van hun locatie aangewezen."),
          ("li", "3.", "De routeleider is belast met de dagelijkse leiding van de route, de opstelling van het "
                       "PTA/OER, de roostering en de inzet van docenten van beide locaties in de route, de "
                       "toelating van leerlingen en de kwaliteitszorg. Het college van bestuur mandateert de "
                       "routeleider om binnen de vastgestelde routebegroting verplichtingen aan te gaan en "
                       "docenten van beide locaties in te zetten; besluiten over personeel in dienst en over "
                       "de begroting zelf blijven voorbehouden aan het college van bestuur."),
          ("h2", "Artikel 7 Informatie en verantwoording"),
          ("li", "1.", "De routeleider brengt driemaal per jaar, na afloop van elk tertiaal, een "
                       "managementrapportage uit aan het college van bestuur over leerlingaantallen, "
                       "verzuim, tussentijdse uitval, overstappen, resultaten en uitputting van de "
                       "routebegroting."),
          ("li", "2.", "Jaarlijks vóór 1 november legt de routeleider in een jaarverslag verantwoording af "
                       "over het afgelopen schooljaar, dat wordt besproken in het managementoverleg met het "
                       "college van bestuur. Het jaarverslag wordt ter kennis gebracht van de "
                       "medezeggenschapsorganen."),

          ("h", "§ 4 Inrichting"),
          ("h2", "Artikel 8 Inrichting van het onderwijs"),
          ("li", "1.", "De vo-fase wordt verzorgd op Groencollege Borculo; de leerlingen zijn daarnaast één "
                       "dag per week op het praktijkcentrum De Haarlo van de mbo-opleiding. De mbo-fase wordt "
                       "verzorgd op Groencollege mbo Eibergen en bij de leerbedrijven."),
          ("li", "2.", "Het onderwijsprogramma en de examinering per leerjaar zijn vastgelegd in het PTA/OER "
                       "van de route, waarin per onderdeel is aangegeven of het tot het vo-programma, het "
                       "mbo-programma of beide behoort."),
          ("h2", "Artikel 9 Inzet van personeel"),
          ("p", "Docenten van beide locaties worden in de hele route ingezet. Drie docenten dierhouderij van "
                "de mbo-opleiding verzorgen de praktijkdag in de vo-fase; docenten van de vmbo-afdeling "
                "verzorgen in de mbo-fase de ondersteuning Nederlands, rekenen en loopbaan. Voor de "
                "vakoverstijgende onderdelen Dierwelzijn en Bedrijfsvoering wordt gewerkt met een team van "
                "leraren en docenten als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, waarin voor "
                "elk onderdeel een bevoegde docent verantwoordelijk is."),
          ("h2", "Artikel 10 Faciliteiten"),
          ("p", "Het praktijkcentrum De Haarlo met melkstal, jongveestal en voerwerkplaats, de practicumruimte "
                "en de mediatheek van de mbo-locatie staan open voor leerlingen in de vo-fase. Het "
                "dierenverblijf en de praktijkruimte Groen van Groencollege Borculo worden gebruikt voor de "
                "introductieweken. Het vervoer tussen Borculo en Haarlo wordt door de stichting geregeld."),

          ("h", "§ 5 Overstap"),
          ("h2", "Artikel 11 Overstap bij voortijdig verlaten van de route"),
          ("li", "1.", "Een leerling die de route niet voltooit, krijgt een overstapmogelijkheid die leidt "
                       "tot een vmbo-diploma of een mbo-diploma. Over de overstap beslissen de teamleider "
                       "vmbo-bovenbouw en de opleidingscoördinator veehouderij gezamenlijk, na een gesprek "
                       "met de leerling en diens ouders, op basis van het bereikte onderwijsniveau, de "
                       "leeftijd en de voorkeur van de leerling."),
          ("li", "2.", "In de vo-fase kan de leerling overstappen naar de reguliere kaderberoepsgerichte of "
                       "basisberoepsgerichte leerweg van Groencollege Borculo, met behoud van de resultaten "
                       "die voor het vmbo-examen meetellen."),
          ("li", "3.", "Heeft de leerling aan het einde van het derde jaar van de route het vmbo-diploma niet "
                       "behaald, dan kan hij het examen opnieuw afleggen of zonder vmbo-diploma doorstromen "
                       "naar een andere mbo-opleiding van de stichting op niveau 2 of 3, zoals Medewerker "
                       "dierverzorging of Vakbekwaam medewerker paardenhouderij."),
          ("li", "4.", "In de mbo-fase kan de student overstappen naar een andere opleiding van de stichting "
                       "op hetzelfde niveau in het domein Voedsel, natuur en leefomgeving."),
          ("li", "5.", "Omdat de mbo-opleiding tot dezelfde instelling behoort, gelden bij een overstap "
                       "binnen de stichting de vooropleidingseisen niet. Bij een overstap naar een andere "
                       "instelling zorgt de routeleider voor een warme overdracht."),

          ("h", "§ 6 Financiën"),
          ("h2", "Artikel 12 Bekostiging"),
          ("p", "Omdat de route geheel binnen de stichting wordt verzorgd, vindt geen overdracht van "
                "bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De "
                "routebegroting maakt deel uit van de begroting van de stichting en wordt jaarlijks door het "
                "college van bestuur vastgesteld."),

          ("h", "§ 7 Slotbepalingen"),
          ("h2", "Artikel 13 Wijziging en intrekking"),
          ("p", "Het college van bestuur kan deze regeling wijzigen of intrekken met ingang van een nieuw "
                "schooljaar. Leerlingen die op dat moment aan de route deelnemen, ronden de route af onder "
                "de voorwaarden die golden bij hun instroom."),
          ("h2", "Artikel 14 Inwerkingtreding en citeertitel"),
          ("p", "Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: Interne "
                "regeling DLR Groen - Veehouderij."),
          ("p", "Aldus vastgesteld door het college van bestuur te Eibergen op 2 juni 2025."),
          ("p", "ir. B.J. Oldenkotte-Wessels, voorzitter college van bestuur"),
          ("p", "drs. T. Nijhof, lid college van bestuur"),
          ]
    return {"blocks": B, "font": "Arial", "size": 10, "heading_style": False}


# ----------------------------------------------------------------------------------------------
# h70 - Hardenberg - beleidsmedewerker, Markdown met decimale nummering en tabellen,
#       Mobiliteit en transport kb -> Eerste autotechnicus niveau 3
# ----------------------------------------------------------------------------------------------

H70 = """
# Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit & Techniek Hardenberg

*Baander College (vmbo) - ROC Vechtdal-Twente, Techniekcampus Hardenberg*
*Definitieve versie 2.0 - 12 juni 2025 - opgesteld door de beleidsadviseurs onderwijs van beide partijen*

---

## 0 Leeswijzer

Deze overeenkomst volgt de onderwerpen die artikel 2.107b, tweede lid, WVO 2020 en artikel 9.1.3
WEB voorschrijven. Per onderwerp staat eerst de afspraak; waar nodig volgt een korte toelichting in
cursief. Toelichtingen zijn geen afspraken. De uitvoeringsafspraken per schooljaar staan in het
jaarlijkse routeplan, dat binnen de kaders van deze overeenkomst blijft.

## 1 Partijen

1.1 **Stichting Christelijk Voortgezet Onderwijs Vechtdal**, gevestigd te Hardenberg, bevoegd gezag
van het Baander College, school voor vbo en mavo, hierbij vertegenwoordigd door de voorzitter van het
college van bestuur, drs. H.J. Lubbers (hierna: *de school*);

1.2 **Stichting Regionaal Opleidingencentrum Vechtdal-Twente**, gevestigd te Almelo, bevoegd gezag
van ROC Vechtdal-Twente, hierbij vertegenwoordigd door de voorzitter van het college van bestuur,
mw. ing. E.M. Slot MBA (hierna: *het ROC*).

## 2 De route

2.1 De route sluit aan op het vmbo-profiel **Mobiliteit en transport** in de
**kaderberoepsgerichte leerweg** en leidt naar de vakopleiding **Eerste autotechnicus (niveau 3)**
in het opleidingsdomein **Mobiliteit en voertuigen**, BOL.

2.2 De route start in leerjaar 3 van de school en duurt vijf jaar:

| Routejaar | Schooljaar leerling | Ingeschreven bij | Waar | Diploma's / examens |
|---|---|---|---|---|
| 1 | vmbo 3 | school | Baander College, 1 dag per week Techniekcampus | vmbo-schoolexamen, eerste mbo-onderdelen |
| 2 | vmbo 4 | school | Baander College, 1 dag per week Techniekcampus | vmbo-centraal examen |
| 3 | mbo 1 | ROC | Techniekcampus Hardenberg | vmbo-diploma uiterlijk hier; mbo-examens |
| 4 | mbo 2 | ROC | Techniekcampus en leerbedrijf | mbo-examens, bpv |
| 5 | mbo 3 | ROC | leerbedrijf en Techniekcampus | mbo-diploma Eerste autotechnicus |

2.3 Beide partijen melden de route voor hun eigen deel in RIO, uiterlijk 1 oktober 2025.

## 3 Bedrijfsleven

3.1 De route wordt gedragen door het **Mobiliteitsplatform Vechtdal**, waarin deelnemen:
Autobedrijf Kamphuis (Hardenberg), Truck & Trailer Service Dedemsvaart, Garage Zwiers (Gramsbergen),
Van der Veen Bedrijfswagens (Coevorden), de regio-afdeling van BOVAG en een adviseur van SBB.

3.2 De partners van het platform:
- bieden elke leerling in routejaar 1 en 2 een oriëntatiestage van vijf dagen;
- stellen in routejaar 4 en 5 bpv-plaatsen beschikbaar als erkend leerbedrijf;
- leveren per leerjaar ten minste twee praktijkopdrachten (bijvoorbeeld een APK-voorbereiding of
  een diagnoseopdracht aan een hybride voertuig) en stellen daarvoor voertuigen ter beschikking;
- adviseren twee keer per jaar de routeleiding over het programma en de keuzedelen (onder meer
  elektrisch rijden).

*Toelichting: zonder vaste partners is de bpv in de regio niet te garanderen; het platform is daarom
in deze overeenkomst en niet alleen in het routeplan vastgelegd.*

## 4 Leiding van de route

4.1 De leiding ligt bij de **routeleiding**, bestaande uit de afdelingsleider bovenbouw
beroepsgericht van de school en de teamleider Mobiliteit van het ROC. Een routecoördinator
ondersteunt hen.

4.2 De colleges van bestuur wijzen ieder hun lid van de routeleiding aan. De routecoördinator wordt
op voordracht van de routeleiding door beide colleges gezamenlijk benoemd.

4.3 De routeleiding heeft de volgende taken en bevoegdheden, die de colleges van bestuur aan haar
opdragen:

| Taak | Bevoegdheid |
|---|---|
| opstellen en uitvoeren van het routeplan en het PTA/OER | besluit binnen het vastgestelde routeplan; PTA/OER ter vaststelling aan beide colleges |
| inzet en roostering van docenten van beide partijen | besluit, binnen de formatie die de partijen beschikbaar stellen |
| toelating van leerlingen tot de route | besluit, na advies van de mentor |
| uitgaven uit het routebudget | tot EUR 10.000 per uitgave |
| overstap van leerlingen (paragraaf 7) | besluit gezamenlijk |

Alles wat niet in deze tabel staat, blijft bij de colleges van bestuur.

## 5 Informatie en verantwoording

5.1 De routeleiding stuurt beide colleges van bestuur **per kwartaal** een beknopte
voortgangsnotitie (aantallen, verzuim, knelpunten).

5.2 Zij legt **jaarlijks vóór 15 oktober** verantwoording af met een jaarrapportage over het
voorgaande schooljaar: in-, door- en uitstroom, overstappen, examenresultaten, besteding van de
overgedragen middelen (paragraaf 8) en de resultaten van de tevredenheidspeiling onder leerlingen en
bedrijven. De rapportage wordt besproken in het bestuurlijk overleg van november.

5.3 Een college kan tussentijds inlichtingen vragen; de routeleiding antwoordt binnen twee weken.

## 6 Inrichting, personeel en faciliteiten

6.1 Het onderwijsprogramma en de examinering per leerjaar zijn uitgewerkt in het gezamenlijke
PTA/OER (zie de tabel in 2.2 voor de locaties). Het PTA/OER geeft per onderdeel aan of het vo, mbo
of gecombineerd is.

6.2 **Personeel.** In routejaar 1 en 2 verzorgen twee docenten autotechniek van het ROC de
praktijkdag op de Techniekcampus; de docenten Mobiliteit en transport van de school geven het
beroepsgerichte programma op school en lopen mee op de praktijkdag. Voor het project
"Werkplaats" werken zij als één team met gebruik van de teambevoegdheid; voor elk
programmaonderdeel is een bevoegde docent aangewezen. Iedereen blijft in dienst van de eigen
werkgever; gedetacheerde uren worden in het routeplan vastgelegd.

6.3 **Faciliteiten.** Het ROC stelt de autowerkplaats, de diagnoseapparatuur, de hoogvolt-werkplek
en de oefenvoertuigen van de Techniekcampus beschikbaar. De school stelt haar praktijklokaal
Mobiliteit en transport beschikbaar voor het keuzevak en voor ouderavonden van de route. Leerlingen
in de vo-fase krijgen toegang tot de digitale leeromgeving van het ROC.

6.4 **Inschrijving en verzuim.** In routejaar 1 en 2 is de leerling ingeschreven bij de school, die
ook het verzuim bewaakt; daarna bij het ROC. Een student zonder vmbo-diploma blijft tot het
vmbo-examen ook bij de school ingeschreven.

6.5 **Klachten.** De klachtenregeling van elke partij geldt ook voor gedragingen van medewerkers van
de andere partij in de route.

## 7 Overstapoptie

7.1 Iedere leerling die de route voortijdig verlaat, krijgt een overstap die leidt naar een vmbo- of
mbo-diploma. De routeleiding beslist daarover gezamenlijk, na een overstapgesprek met leerling en
ouders, en weegt daarbij het bereikte onderwijsniveau, de leeftijd en de voorkeur van de leerling.

7.2 De mogelijkheden zijn in elk geval:

| Situatie | Overstap |
|---|---|
| leerling stopt in routejaar 1 of 2 | reguliere kaderberoepsgerichte leerweg op de school (zelfde of ander profiel) en vmbo-diploma |
| vmbo-diploma niet behaald in routejaar 3 | herkansing of doubleren voor het vmbo-diploma, of doorstromen zonder vmbo-diploma naar Autotechnicus (niveau 2) of een andere opleiding op niveau 2 of 3 van het ROC |
| niveau 3 blijkt te hoog | overstap naar Autotechnicus (niveau 2) |
| andere richting gewenst | andere opleiding op niveau 3 van het ROC, bijvoorbeeld Eerste monteur mechatronica |
| verhuizing | begeleiding naar een school of instelling elders, met warme overdracht |

7.3 Bij een overstap binnen het ROC gelden geen vooropleidingseisen. Een andere instelling kan de
leerling toelaten na een geschiktheidsonderzoek; het ROC levert daarvoor de gegevens aan.

7.4 De werkwijze wordt beschreven in de schoolgids van de school en de studiegids van het ROC.

## 8 Overdracht van bekostiging

8.1 De school draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks **EUR 900 per leerling in
routejaar 1 en 2** over aan het ROC, bestemd voor de inzet van de ROC-docenten op de praktijkdag
en het gebruik van de autowerkplaats en oefenvoertuigen.

8.2 Het ROC draagt met toepassing van artikel 9.1.15 WEB **EUR 400 per student** die in routejaar 3
nog bij de school voor het vmbo-examen is ingeschreven over aan de school, bestemd voor de
examenbegeleiding en de afname van het vmbo-examen.

8.3 Peildatum is 1 oktober; verrekening vindt plaats in december.

## 9 Medezeggenschap

9.1 Partijen maken de volgende aanvullende afspraken over de inrichting van de medezeggenschap:
- de medezeggenschapsraad van de school en de studentenraad en ondernemingsraad van het ROC
  houden jaarlijks in het voorjaar een gezamenlijke vergadering over de route, waarvoor de
  routeleiding het jaarverslag en het routeplan agendeert;
- een leerling in routejaar 1 of 2 kan als toehoorder met spreekrecht deelnemen aan de
  vergaderingen van de studentenraad van de Techniekcampus;
- het PTA/OER van de route wordt zowel aan de medezeggenschapsraad van de school als aan de
  studentenraad van het ROC voorgelegd volgens de bevoegdheden die zij wettelijk hebben.

## 10 Geschillen

10.1 Geschillen over de uitvoering van deze overeenkomst worden eerst binnen de routeleiding
besproken, daarna - binnen vier weken - in het bestuurlijk overleg van de colleges van bestuur.

10.2 Komen de colleges niet binnen acht weken tot een oplossing, dan schakelen zij een mediator in.
Slaagt de mediation niet, dan wordt het geschil beslecht door de bevoegde rechter in het
arrondissement Overijssel.

## 11 Toetreding, wijziging, opzegging

11.1 **Toetreding.** Een andere vmbo-school of mbo-instelling kan toetreden als beide partijen
schriftelijk instemmen, de nieuwe partij deze overeenkomst volledig aanvaardt en de toetreding
ingaat bij het begin van een schooljaar. De nieuwe partij meldt de route in RIO.

11.2 **Wijziging.** Wijzigingen worden schriftelijk vastgelegd en door beide colleges ondertekend,
na advies van de medezeggenschap (paragraaf 9). Wijzigingen in het programma gelden niet voor
lopende cohorten, tenzij dat voor de leerlingen gunstiger is.

11.3 **Opzegging en ontbinding.** Opzegging kan schriftelijk per 1 augustus, met een termijn van
ten minste een vol schooljaar. Ontbinding is mogelijk bij een ernstige tekortkoming die na
ingebrekestelling niet binnen drie maanden is hersteld.

11.4 **Bescherming leerlingen.** Na opzegging of ontbinding stromen geen nieuwe leerlingen in.
Leerlingen die al in de route zitten, ronden haar af bij de partijen; de afspraken in paragraaf 6 tot
en met 8 blijven daarvoor gelden.

## 12 Duur en ondertekening

Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd.

| Voor de school | Voor het ROC |
|---|---|
| drs. H.J. Lubbers, voorzitter college van bestuur | mw. ing. E.M. Slot MBA, voorzitter college van bestuur |
| Hardenberg, 12 juni 2025 | Almelo, 12 juni 2025 |
"""


@sample("h70", "h70_beleidsstuk_markdown_hardenberg", "md",
        "Beleidsmatig opgesteld Markdown-stuk met decimale nummering, tabellen en cursieve "
        "toelichtingen, Hardenberg, Mobiliteit en transport kb naar Eerste autotechnicus niveau 3; "
        "volledig, met overdracht in beide richtingen",
        {k: "present" for k in ITEMS},
        {"a": "2 De route",
         "b": "3 Bedrijfsleven",
         "c": "4 Leiding van de route",
         "d": "5 Informatie en verantwoording",
         "e": "6 Inrichting, personeel en faciliteiten",
         "f": "7 Overstapoptie",
         "g": "8 Overdracht van bekostiging",
         "h": "9 Medezeggenschap",
         "i": "10 Geschillen",
         "j": "11 Toetreding, wijziging, opzegging"})
def h70():
    return H70


# ----------------------------------------------------------------------------------------------
# h71 - Oost-Drenthe - drie partijen, hoofdstukken en artikelen met kopstijlen, DOCX,
#       Economie en ondernemen kb -> Verkoopspecialist niveau 3
# ----------------------------------------------------------------------------------------------

@sample("h71", "h71_drie_partijen_hoofdstukken_oost_drenthe", "docx",
        "Drie partijen (twee vmbo-besturen en een ROC), hoofdstukken en artikelen met kopstijlen "
        "(DOCX), Oost-Drenthe, Economie en ondernemen kb naar Verkoopspecialist niveau 3; overstap "
        "met vooropleidingseisen binnen het ROC, medezeggenschap uitgesteld, beëindiging zonder "
        "bescherming leerlingen, niets over financiën",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "missing", "h": "weak", "i": "present", "j": "weak"},
        {"a": "Artikel 2. Profiel, opleiding en niveau",
         "b": "Artikel 3. Inbreng van het bedrijfsleven",
         "c": "Artikel 4. De routeraad",
         "d": "Artikel 5. Rapportage aan de besturen",
         "e": "Artikel 6. Onderwijs, personeel en voorzieningen",
         "i": "Artikel 11. Geschillenregeling"})
def h71():
    B = []
    B += [("title", "Samenwerkingsovereenkomst Retailroute Oost-Drenthe"),
          ("sub", "doorlopende leerroute vmbo-mbo Economie en ondernemen - Verkoopspecialist"),
          ("h", "Partijen"),
          ("li", "1.", "Stichting Openbaar Voortgezet Onderwijs Emmen, gevestigd te Emmen, bevoegd gezag van "
                       "het Veenhorst College, vmbo-locatie Emmermeer, vertegenwoordigd door de heer "
                       "K. Bruins, voorzitter van het college van bestuur;"),
          ("li", "2.", "Stichting Christelijk Voortgezet Onderwijs Zuidoost-Drenthe, gevestigd te "
                       "Coevorden, bevoegd gezag van het Noorderesch College, vmbo-locatie Coevorden, "
                       "vertegenwoordigd door mevrouw drs. L. Kuiper-Smit, bestuurder;"),
          ("li", "3.", "Stichting ROC Drentse Monden, gevestigd te Emmen, bevoegd gezag van ROC Drentse "
                       "Monden, vertegenwoordigd door mevrouw A. de Wit-Hofsteenge, voorzitter van het "
                       "college van bestuur;"),
          ("p", "partijen 1 en 2 hierna samen: de scholen; partij 3: het ROC; samen: partijen."),

          ("h", "Hoofdstuk 1. De route"),
          ("h2", "Artikel 1. Doel"),
          ("p", "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo als bedoeld in artikel "
                "2.107a WVO 2020 (hierna: de route), met het doel jongeren uit Oost-Drenthe zonder "
                "onderbreking op te leiden tot vakkracht in de detailhandel. Partijen melden de route "
                "gezamenlijk aan de minister via RIO."),
          ("h2", "Artikel 2. Profiel, opleiding en niveau"),
          ("li", "2.1", "De route sluit aan op het profiel Economie en ondernemen in de "
                        "kaderberoepsgerichte leerweg van beide scholen."),
          ("li", "2.2", "De route leidt tot de kwalificatie Verkoopspecialist (niveau 3) in het "
                        "opleidingsdomein Handel en ondernemerschap van het ROC, in de beroepsopleidende "
                        "leerweg, met de keuzedelen Ondernemerschap mbo en Visual merchandising."),
          ("li", "2.3", "De route begint in leerjaar 3 van de scholen en duurt vier jaar; de leerling "
                        "behaalt het vmbo-diploma aan het eind van het tweede routejaar en het mbo-diploma "
                        "aan het eind van het vierde routejaar."),
          ("h2", "Artikel 3. Inbreng van het bedrijfsleven"),
          ("li", "3.1", "Partijen betrekken het bedrijfsleven via de Retailtafel Oost-Drenthe, waarin "
                        "zitting hebben: de Ondernemersvereniging Emmen Centrum, de Winkeliersvereniging "
                        "Coevorden Binnenstad, Tuincentrum De Zuidlanden, Supermarktgroep Noord-Oost en een "
                        "adviseur praktijkleren van SBB."),
          ("li", "3.2", "De Retailtafel adviseert jaarlijks in februari over het programma en de keuzedelen "
                        "en levert per leerjaar twee praktijkopdrachten, zoals het inrichten van een "
                        "seizoensetalage."),
          ("li", "3.3", "De aangesloten bedrijven bieden als erkend leerbedrijf de "
                        "beroepspraktijkvorming in routejaar 3 en 4, ontvangen vo-leerlingen voor een "
                        "meeloopdag per kwartaal en leveren een assessor voor het examen "
                        "klantgesprekken."),

          ("h", "Hoofdstuk 2. Leiding en verantwoording"),
          ("h2", "Artikel 4. De routeraad"),
          ("li", "4.1", "De leiding over de route berust bij de routeraad. De routeraad bestaat uit de "
                        "teamleider bovenbouw van elk van de scholen, de opleidingsmanager Handel van het "
                        "ROC en een door hen gekozen voorzitter uit hun midden."),
          ("li", "4.2", "Ieder bevoegd gezag benoemt en ontslaat het eigen lid van de routeraad bij "
                        "schriftelijk besluit, voor een termijn van drie schooljaren."),
          ("li", "4.3", "De routeraad is belast met de gezamenlijke planning van het onderwijsprogramma, "
                        "het opstellen van het PTA/OER, de toelating van leerlingen en de afstemming met de "
                        "Retailtafel. De besturen dragen de routeraad de bevoegdheid op om het jaarrooster "
                        "en de verdeling van de lesuren over de docenten van partijen vast te stellen; "
                        "overige besluiten nemen de besturen zelf."),
          ("h2", "Artikel 5. Rapportage aan de besturen"),
          ("p", "De voorzitter van de routeraad stuurt de drie colleges van bestuur ieder half jaar, in "
                "januari en juli, een schriftelijke rapportage over aantallen leerlingen, verzuim, "
                "tussentijds vertrek en resultaten. De routeraad legt jaarlijks in september in een "
                "gezamenlijk bestuurlijk overleg verantwoording af over het afgelopen schooljaar."),

          ("h", "Hoofdstuk 3. Uitvoering"),
          ("h2", "Artikel 6. Onderwijs, personeel en voorzieningen"),
          ("li", "6.1", "In routejaar 1 en 2 krijgen de leerlingen les op hun eigen school en volgen zij "
                        "wekelijks één dag onderwijs in de leerwinkel De Etalage van het ROC in Emmen. Vanaf "
                        "routejaar 3 volgen zij het onderwijs op het ROC en in het leerbedrijf. Het "
                        "onderwijsprogramma en de examinering per leerjaar liggen vast in het gezamenlijke "
                        "PTA/OER."),
          ("li", "6.2", "Iedere school zet een docent economie en ondernemen in die samen met twee "
                        "docenten retail van het ROC het beroepsgerichte programma van routejaar 1 en 2 "
                        "verzorgt. Voor het vakoverstijgende onderdeel Klant en Winkel werkt dit team met "
                        "teambevoegdheid; voor ieder onderdeel is een bevoegde docent verantwoordelijk. "
                        "Docenten blijven in dienst van hun eigen werkgever."),
          ("li", "6.3", "Het ROC stelt de leerwinkel De Etalage, het kassasysteem en de "
                        "presentatieruimte beschikbaar. De scholen stellen hun praktijklokalen Economie "
                        "en ondernemen open voor gastlessen van ROC-docenten."),
          ("li", "6.4", "De klachtenregeling van iedere partij is ook van toepassing op gedragingen van "
                        "medewerkers van de andere partijen binnen de route."),
          ("h2", "Artikel 7. Overstap"),
          ("li", "7.1", "Stopt een leerling met de route, dan bespreken de mentor van de school en de "
                        "studieloopbaanbegeleider van het ROC met de leerling en de ouders welke opleiding "
                        "past. De teamleider van de school en de opleidingsmanager van het ROC beslissen "
                        "samen over de overstap, op basis van het bereikte niveau en de leeftijd van de "
                        "leerling."),
          ("li", "7.2", "Een leerling die in routejaar 1 of 2 stopt, maakt de kaderberoepsgerichte "
                        "leerweg regulier af op de eigen school."),
          ("li", "7.3", "Een leerling die in routejaar 3 of 4 stopt, kan overstappen naar een andere "
                        "opleiding van het ROC op niveau 2 of 3, mits hij voldoet aan de "
                        "vooropleidingseisen van die opleiding. Een leerling zonder vmbo-diploma wordt "
                        "daarom niet tot een andere opleiding van het ROC toegelaten."),
          ("h2", "Artikel 8. Gegevens"),
          ("p", "Partijen wisselen de gegevens uit die nodig zijn voor inschrijving, verzuimregistratie "
                "en overdracht en leggen dit vast in een verwerkersafspraak."),

          ("h", "Hoofdstuk 4. Overige bepalingen"),
          ("h2", "Artikel 9. Medezeggenschap"),
          ("p", "Partijen maken nadere afspraken over de betrokkenheid van de medezeggenschapsraden van de "
                "scholen en de studentenraad van het ROC bij de route. Deze afspraken worden uiterlijk 1 "
                "januari 2026 als bijlage aan deze overeenkomst toegevoegd."),
          ("h2", "Artikel 10. Evaluatie"),
          ("p", "De routeraad evalueert de route na het eerste volledige cohort en brengt daarover "
                "advies uit aan de besturen."),
          ("h2", "Artikel 11. Geschillenregeling"),
          ("li", "11.1", "Partijen spannen zich in geschillen over de uitvoering van deze overeenkomst in "
                         "der minne op te lossen, eerst in de routeraad en vervolgens in een overleg van "
                         "de voorzitters van de colleges van bestuur."),
          ("li", "11.2", "Is een geschil niet binnen twee maanden na het eerste bestuurlijk overleg "
                         "opgelost, dan wordt het beslecht door de bevoegde rechter in het arrondissement "
                         "Noord-Nederland."),
          ("h2", "Artikel 12. Toetreding, wijziging en opzegging"),
          ("li", "12.1", "Een andere school voor vmbo kan tot deze overeenkomst toetreden met "
                         "schriftelijke instemming van alle partijen, door ondertekening van een "
                         "toetredingsakte."),
          ("li", "12.2", "Deze overeenkomst kan alleen schriftelijk en met instemming van alle partijen "
                         "worden gewijzigd."),
          ("li", "12.3", "Iedere partij kan de overeenkomst schriftelijk opzeggen met een opzegtermijn van "
                         "zes maanden. Bij opzegging door een partij zetten de overige partijen de "
                         "samenwerking voort."),
          ("h2", "Artikel 13. Inwerkingtreding"),
          ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
          ("p", "Aldus overeengekomen en in drievoud getekend te Emmen op 19 juni 2025."),
          ("sig", [["Stichting Openbaar Voortgezet Onderwijs Emmen\nK. Bruins",
                    "Stichting Christelijk Voortgezet Onderwijs Zuidoost-Drenthe\ndrs. L. Kuiper-Smit"],
                   ["Stichting ROC Drentse Monden\nA. de Wit-Hofsteenge", ""]]),
          ]
    return {"blocks": B, "font": "Cambria", "size": 11}


# ----------------------------------------------------------------------------------------------
# h72 - Voorne aan Zee - lang, inhoudsopgave, considerans, bijlagen, PDF,
#       Produceren, installeren en energie gl -> Operator C niveau 4
# ----------------------------------------------------------------------------------------------

H72_TOC = [
    "Artikel 1. Begrippen",
    "Artikel 2. Onderwerp en looptijd",
    "Artikel 3. Profiel en kwalificatie",
    "Artikel 4. Industrie en bedrijfsleven",
    "Artikel 5. Stuurgroep en routemanager",
    "Artikel 6. Verantwoording en informatieplicht",
    "Artikel 7. Onderwijskundige en organisatorische inrichting",
    "Artikel 8. Personeel",
    "Artikel 9. Gebouwen, installaties en middelen",
    "Artikel 10. Leerlingen en studenten",
    "Artikel 11. Overstapoptie",
    "Artikel 12. Financiële afspraken",
    "Artikel 13. Medezeggenschap",
    "Artikel 14. Kwaliteitszorg en evaluatie",
    "Artikel 15. Geschillenregeling",
    "Artikel 16. Toetreding",
    "Artikel 17. Wijziging",
    "Artikel 18. Opzegging en ontbinding",
    "Artikel 19. Slotbepalingen",
    "Bijlage 1. Routeprogramma per leerjaar",
    "Bijlage 2. Financiële afspraken",
    "Bijlage 3. Model toetredingsverklaring",
]


@sample("h72", "h72_lang_bijlagen_voorne_aan_zee", "pdf",
        "Lange overeenkomst met inhoudsopgave, considerans, negentien artikelen en drie bijlagen "
        "(PDF, tabellen), Voorne aan Zee, Produceren, installeren en energie gl naar Operator C "
        "niveau 4; volledig, met gemeenschappelijke medezeggenschapscommissie en arbitrage",
        {k: "present" for k in ITEMS},
        {"a": "Artikel 3. Profiel en kwalificatie",
         "b": "Artikel 4. Industrie en bedrijfsleven",
         "c": "Artikel 5. Stuurgroep en routemanager",
         "d": "Artikel 6. Verantwoording en informatieplicht",
         "e": "Artikel 7. Onderwijskundige en organisatorische inrichting",
         "f": "Artikel 11. Overstapoptie",
         "g": "Artikel 12. Financiële afspraken",
         "h": "Artikel 13. Medezeggenschap",
         "i": "Artikel 15. Geschillenregeling",
         "j": "Artikel 18. Opzegging en ontbinding"})
def h72():
    B = []
    B += [("sp", 30),
          ("title", "SAMENWERKINGSOVEREENKOMST"),
          ("sub", "Doorlopende leerroute vmbo-mbo Procestechniek Voorne"),
          ("sub", "De Kreek, Oostvoorne - ROC Nieuwe Waterweg-Voorne, Procescollege Europoort"),
          ("sp", 10),
          ("sub", "Kenmerk JZ-2025-0412 / versie ondertekening"),
          ("sub", "Brielle, 3 juli 2025"),
          ("pb",),
          ("h", "Inhoudsopgave"),
          ] + [("p", t) for t in ["Partijen", "Considerans"] + H72_TOC] + [("pb",)]

    B += [("h", "Partijen"),
          ("li", "1.", "Stichting Openbaar Voortgezet Onderwijs Voorne, statutair gevestigd te Brielle, "
                       "bevoegd gezag van Scholengemeenschap De Kreek te Oostvoorne, school voor vbo, mavo "
                       "en havo, ten deze vertegenwoordigd door de voorzitter van het college van bestuur, "
                       "dhr. drs. F.A. van der Linden (hierna: De Kreek);"),
          ("li", "2.", "Stichting Regionaal Opleidingencentrum Nieuwe Waterweg-Voorne, statutair gevestigd "
                       "te Vlaardingen, bevoegd gezag van ROC Nieuwe Waterweg-Voorne, ten deze "
                       "vertegenwoordigd door de voorzitter van het college van bestuur, mw. S.M. "
                       "Kerkhoven-Bakker (hierna: het ROC);"),
          ("h", "Considerans"),
          ("li", "a.", "De Kreek verzorgt in de gemengde leerweg het profiel Produceren, installeren en "
                       "energie; het ROC verzorgt in zijn Procescollege Europoort de opleidingen in de "
                       "procestechniek."),
          ("li", "b.", "De procesindustrie in het Rijnmondgebied heeft blijvend behoefte aan operators op "
                       "niveau 4, en leerlingen van Voorne kiezen te vaak voor een opleiding buiten de "
                       "techniek."),
          ("li", "c.", "Partijen willen een doorlopende leerroute als bedoeld in artikel 2.107a WVO 2020 en "
                       "artikel 9.1.2 WEB aanbieden en leggen de afspraken als bedoeld in artikel 2.107b, "
                       "tweede lid, WVO 2020 en artikel 9.1.3 WEB vast in deze overeenkomst."),
          ("li", "d.", "De medezeggenschapsraad van De Kreek en de studentenraad en de ondernemingsraad van "
                       "het ROC hebben over het voornemen tot deze samenwerking advies uitgebracht."),
          ("p", "Partijen komen het volgende overeen."),

          ("h", "Artikel 1. Begrippen"),
          ("p", "In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute Procestechniek "
                "Voorne; leerling: een deelnemer aan de route die als leerling bij De Kreek is "
                "ingeschreven; student: een deelnemer aan de route die als student bij het ROC is "
                "ingeschreven; stuurgroep en routemanager: de organen bedoeld in artikel 5; PTA/OER: het "
                "gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van "
                "de route; routejaar: een leerjaar van de route, te tellen vanaf leerjaar 3 van De Kreek."),
          ("h", "Artikel 2. Onderwerp en looptijd"),
          ("li", "1.", "Partijen verzorgen gezamenlijk de route en melden haar gezamenlijk aan de minister "
                       "door registratie in RIO."),
          ("li", "2.", "Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd."),
          ("h", "Artikel 3. Profiel en kwalificatie"),
          ("li", "1.", "De route sluit aan op het profiel Produceren, installeren en energie in de "
                       "gemengde leerweg van De Kreek."),
          ("li", "2.", "De route leidt tot de middenkaderopleiding Operator C (niveau 4) in het "
                       "opleidingsdomein Techniek en procesindustrie van het ROC, in de "
                       "beroepsopleidende leerweg. De student kan in routejaar 5 en 6 kiezen voor de "
                       "beroepsbegeleidende leerweg bij een leerbedrijf als bedoeld in artikel 4."),
          ("li", "3.", "De route duurt zes jaar. De leerling behaalt het vmbo-diploma gemengde leerweg in "
                       "routejaar 2 en uiterlijk in routejaar 3. Het programma per routejaar is opgenomen "
                       "in bijlage 1."),
          ("h", "Artikel 4. Industrie en bedrijfsleven"),
          ("li", "1.", "Partijen betrekken het bedrijfsleven bij de route via het Opleidingsplatform "
                       "Procesindustrie Voorne-Putten. Aan het platform nemen deel: Europoort "
                       "Raffinage B.V., Maasmond Tankopslag, het opleidingsbedrijf Procestechniek "
                       "Rijnmond en een adviseur van SBB."),
          ("li", "2.", "Het platform adviseert de stuurgroep ten minste tweemaal per jaar over het "
                       "routeprogramma, de keuzedelen en de aansluiting op de veiligheidsnormen van de "
                       "industrie (VCA, procesveiligheid)."),
          ("li", "3.", "De deelnemende bedrijven verzorgen in routejaar 1 en 2 ten minste drie "
                       "bedrijfsbezoeken en een excursie naar de Maasvlakte per leerjaar, stellen vanaf "
                       "routejaar 3 bpv- en BBL-plaatsen beschikbaar als erkend leerbedrijf, leveren "
                       "operators als gastdocent voor de module Procesbesturing en nemen als assessor "
                       "deel aan de examens in de beroepspraktijk."),
          ("h", "Artikel 5. Stuurgroep en routemanager"),
          ("li", "1.", "De leiding over de route berust bij de stuurgroep, bestaande uit de directeur "
                       "onderbouw en vmbo van De Kreek, de directeur van het Procescollege Europoort en "
                       "de routemanager. De routemanager zit de stuurgroep voor."),
          ("li", "2.", "De colleges van bestuur benoemen de leden van de stuurgroep gezamenlijk. De "
                       "routemanager wordt na een gezamenlijke selectieprocedure door de colleges van "
                       "bestuur benoemd voor een termijn van vier jaar en is in dienst van het ROC."),
          ("li", "3.", "De stuurgroep is belast met de voorbereiding van het beleid voor de route, de "
                       "vaststelling van het jaarplan, de bewaking van de kwaliteit en de besteding van "
                       "de middelen bedoeld in artikel 12. De routemanager is belast met de dagelijkse "
                       "uitvoering, waaronder roosters, de inzet van docenten, de toelating van "
                       "leerlingen en het contact met het platform."),
          ("li", "4.", "De colleges van bestuur dragen de stuurgroep de bevoegdheid op om het jaarplan en het "
                       "jaarrooster vast te stellen, binnen het routebudget verplichtingen aan te gaan tot "
                       "EUR 25.000 per verplichting en het PTA/OER voor te bereiden ter vaststelling door "
                       "de bevoegde gezagsorganen. Besluiten die de formatie, de huisvesting of de "
                       "rechtspositie van personeel raken, blijven aan de colleges voorbehouden."),
          ("h", "Artikel 6. Verantwoording en informatieplicht"),
          ("li", "1.", "De stuurgroep zendt beide colleges van bestuur elk kwartaal een dashboard met de "
                       "kengetallen van de route (instroom, verzuim, tussentijdse uitstroom, overstappen, "
                       "uitputting budget)."),
          ("li", "2.", "De stuurgroep legt jaarlijks vóór 1 december verantwoording af door middel van een "
                       "jaarverslag over het voorgaande schooljaar, inclusief de financiële verantwoording "
                       "van de overgedragen middelen. Het jaarverslag wordt besproken in het bestuurlijk "
                       "overleg dat ten minste tweemaal per jaar plaatsvindt."),
          ("li", "3.", "De stuurgroep verstrekt een college van bestuur op verzoek binnen tien werkdagen "
                       "alle inlichtingen over de route."),
          ("h", "Artikel 7. Onderwijskundige en organisatorische inrichting"),
          ("li", "1.", "In routejaar 1 en 2 volgt de leerling het onderwijs op De Kreek te Oostvoorne, "
                       "met anderhalve dag per week onderwijs in het procestechnieklab van het "
                       "Procescollege Europoort te Rozenburg. Vanaf routejaar 3 volgt de student het "
                       "onderwijs op het Procescollege en bij het leerbedrijf."),
          ("li", "2.", "Het onderwijsprogramma en de examinering per routejaar zijn beschreven in het "
                       "gezamenlijke PTA/OER, waarin per onderdeel is aangegeven of het tot het "
                       "vo-programma, het mbo-programma of beide behoort. Bijlage 1 geeft het "
                       "overzicht."),
          ("li", "3.", "Mbo-onderdelen worden vanaf routejaar 1 geëxamineerd; het centraal examen vmbo "
                       "wordt afgenomen in routejaar 2, met een mogelijkheid tot herkansing in routejaar "
                       "3. De Kreek blijft verantwoordelijk voor het vmbo-examen."),
          ("h", "Artikel 8. Personeel"),
          ("li", "1.", "Iedere partij zet het personeel in dat is vermeld in het jaarplan. Personeel "
                       "blijft in dienst van de eigen werkgever; werkzaamheden voor de andere partij "
                       "worden verricht op basis van een detacheringsovereenkomst."),
          ("li", "2.", "Twee docenten procestechniek van het ROC verzorgen het mbo-deel in routejaar 1 en "
                       "2; de docenten PIE en natuurkunde van De Kreek verzorgen in routejaar 3 de "
                       "ondersteuning voor de herkansing van het vmbo-examen."),
          ("li", "3.", "Voor de vakoverstijgende modules Energie en Procesbesturing wordt een team van "
                       "leraren en docenten ingezet als bedoeld in artikel 7.13a WVO 2020 en artikel "
                       "9.1.12 WEB. Het team beschikt gezamenlijk over de bevoegdheden voor alle "
                       "programmaonderdelen; ieder teamlid is verantwoordelijk voor het onderdeel "
                       "waarvoor hij bevoegd is."),
          ("h", "Artikel 9. Gebouwen, installaties en middelen"),
          ("li", "1.", "Het ROC stelt het procestechnieklab, de destillatie-opstelling, de "
                       "procesbesturingssimulator en de veiligheidsoefenruimte beschikbaar voor de "
                       "leerlingen in routejaar 1 en 2."),
          ("li", "2.", "De Kreek stelt haar practicumlokalen PIE en natuurkunde beschikbaar voor de "
                       "ondersteuning van studenten in routejaar 3 en voor voorlichtingsactiviteiten van "
                       "het ROC."),
          ("li", "3.", "Persoonlijke beschermingsmiddelen worden door het ROC verstrekt. Iedere partij "
                       "verzekert de eigen gebouwen en installaties."),
          ("h", "Artikel 10. Leerlingen en studenten"),
          ("li", "1.", "In routejaar 1 en 2 is de deelnemer ingeschreven bij De Kreek, vanaf routejaar 3 "
                       "bij het ROC; een student die het vmbo-diploma nog niet heeft behaald, blijft tot "
                       "het vmbo-examen ook bij De Kreek ingeschreven."),
          ("li", "2.", "Verzuim wordt in de vo-fase door De Kreek en in de mbo-fase door het ROC gemeld. "
                       "De klachtenregeling van elke partij geldt mede voor gedragingen van bestuur en "
                       "personeel van de andere partij in het kader van de route; de voorzitter van de "
                       "klachtencommissie is niet werkzaam bij de andere partij."),
          ("h", "Artikel 11. Overstapoptie"),
          ("li", "1.", "Een leerling of student wiens deelname aan de route eindigt voordat hij haar met "
                       "succes heeft afgerond, wordt door partijen in staat gesteld een vmbo-diploma of "
                       "een mbo-diploma te behalen. De directeur vmbo van De Kreek en de directeur van het "
                       "Procescollege stellen gezamenlijk vast welke overstap passend is, na overleg met "
                       "de leerling en zijn ouders, op basis van het bereikte onderwijsniveau en de "
                       "leeftijd."),
          ("li", "2.", "Daarbij gelden de volgende kaders:"),
          ("li", "a.", "vertrek in routejaar 1 of 2: voortzetting in de gemengde leerweg van De Kreek, in "
                       "hetzelfde of een ander profiel, gericht op het vmbo-diploma;"),
          ("li", "b.", "vmbo-diploma niet behaald uiterlijk in routejaar 3: herkansing, zo nodig met "
                       "doubleren, of doorstroom zonder vmbo-diploma naar Operator B (niveau 3) of een "
                       "andere opleiding op niveau 3 of 4 van het ROC;"),
          ("li", "c.", "uitval in de mbo-fase: een andere opleiding van het ROC op niveau 4 (bijvoorbeeld "
                       "Technicus Werktuigbouwkunde) of, als niveau 4 niet haalbaar blijkt, Operator B "
                       "(niveau 3);"),
          ("li", "d.", "vertrek naar een andere instelling: het ROC en De Kreek ondersteunen de toelating, "
                       "zo nodig via een geschiktheidsonderzoek door die instelling."),
          ("li", "3.", "Bij overstap naar een opleiding van het ROC zelf gelden de vooropleidingseisen niet. "
                       "De uitwerking staat in de schoolgids van De Kreek en de studiegids van het ROC."),
          ("h", "Artikel 12. Financiële afspraken"),
          ("li", "1.", "De Kreek draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks EUR 1.400 per "
                       "leerling in routejaar 1 en 2 over aan het ROC, bestemd voor de inzet van de "
                       "ROC-docenten, het gebruik van het procestechnieklab en de "
                       "persoonlijke beschermingsmiddelen."),
          ("li", "2.", "Het ROC draagt met toepassing van artikel 9.1.15 WEB geen bekostiging over aan De "
                       "Kreek; de inzet van De Kreek in routejaar 3 komt voor haar eigen rekening."),
          ("li", "3.", "Telling, facturering en indexering zijn uitgewerkt in bijlage 2."),
          ("h", "Artikel 13. Medezeggenschap"),
          ("li", "1.", "Onverminderd de rechten van de medezeggenschapsorganen van ieder der partijen "
                       "stellen partijen een gemeenschappelijke medezeggenschapscommissie "
                       "Procestechniek in, bestaande uit één ouder en één leerling uit de MR van De Kreek, "
                       "twee studenten uit de studentenraad van het ROC en één lid van de "
                       "ondernemingsraad van het ROC."),
          ("li", "2.", "De commissie wordt door de stuurgroep vooraf gehoord over wijziging van het "
                       "PTA/OER, het jaarplan en de evaluatie van de route, en kan de stuurgroep "
                       "ongevraagd adviseren. De stuurgroep reageert schriftelijk en gemotiveerd."),
          ("li", "3.", "De commissie vergadert ten minste driemaal per schooljaar; het ROC faciliteert "
                       "de vergaderingen."),
          ("h", "Artikel 14. Kwaliteitszorg en evaluatie"),
          ("p", "De route maakt deel uit van de kwaliteitszorgcyclus van beide partijen. De stuurgroep "
                "evalueert de route in het schooljaar 2028-2029 en rapporteert daarover aan de colleges "
                "van bestuur."),
          ("h", "Artikel 15. Geschillenregeling"),
          ("li", "1.", "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt "
                       "voorgelegd aan de stuurgroep en, als de stuurgroep het niet binnen vier weken "
                       "oplost, aan het bestuurlijk overleg."),
          ("li", "2.", "Leidt het bestuurlijk overleg niet binnen zes weken tot een oplossing, dan "
                       "beproeven partijen mediation. Is het geschil drie maanden na de start van de "
                       "mediation niet opgelost, dan wordt het beslecht door arbitrage overeenkomstig het "
                       "Arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, met "
                       "Rotterdam als plaats van arbitrage."),
          ("h", "Artikel 16. Toetreding"),
          ("li", "1.", "Het bevoegd gezag van een andere school voor vbo of mavo of van een andere "
                       "instelling voor beroepsonderwijs kan partij worden indien beide partijen daarmee "
                       "schriftelijk instemmen, de toetreder de route met dezelfde kwaliteit kan "
                       "verzorgen en een toetredingsverklaring volgens bijlage 3 ondertekent."),
          ("li", "2.", "Toetreding gaat in bij het begin van een schooljaar en heeft geen gevolgen voor de "
                       "inschrijving en het programma van leerlingen en studenten die de route al volgen. "
                       "De toetreder meldt de route in RIO."),
          ("h", "Artikel 17. Wijziging"),
          ("p", "Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke overeenkomst van "
                "alle partijen, na het horen van de medezeggenschapscommissie. Een wijziging van het "
                "routeprogramma geldt alleen voor cohorten die na de wijziging instromen, tenzij de "
                "wijziging voor lopende cohorten uitsluitend voordelig is."),
          ("h", "Artikel 18. Opzegging en ontbinding"),
          ("li", "1.", "Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van "
                       "enig jaar, met een opzegtermijn van ten minste achttien maanden."),
          ("li", "2.", "Iedere partij kan de overeenkomst ontbinden als de andere partij haar "
                       "verplichtingen wezenlijk niet nakomt en dat na een schriftelijke ingebrekestelling "
                       "met een hersteltermijn van drie maanden niet herstelt."),
          ("li", "3.", "Na opzegging of ontbinding worden geen nieuwe leerlingen tot de route toegelaten. "
                       "Leerlingen en studenten die op dat moment de route volgen, ronden haar bij partijen "
                       "af; de artikelen 5 tot en met 13 en bijlage 2 blijven daarvoor van kracht. Als "
                       "afronden niet mogelijk is, bieden partijen een overstap volgens artikel 11."),
          ("h", "Artikel 19. Slotbepalingen"),
          ("p", "Op deze overeenkomst is Nederlands recht van toepassing. De bijlagen maken deel uit van "
                "deze overeenkomst; bij strijd gaat de tekst van de artikelen voor."),
          ("p", "Aldus overeengekomen en in tweevoud ondertekend,"),
          ("sig", [["Stichting Openbaar Voortgezet Onderwijs Voorne\nBrielle, 3 juli 2025\n\n\n"
                    "drs. F.A. van der Linden\nvoorzitter college van bestuur",
                    "Stichting Regionaal Opleidingencentrum Nieuwe Waterweg-Voorne\nVlaardingen, 3 juli 2025"
                    "\n\n\nS.M. Kerkhoven-Bakker\nvoorzitter college van bestuur"]]),
          ("pb",),

          ("h", "Bijlage 1. Routeprogramma per leerjaar"),
          ("table", [["Routejaar", "Ingeschreven", "Locatie", "Programma", "Examinering"],
                     ["1 (vmbo 3)", "De Kreek", "De Kreek; 1,5 dag Procescollege",
                      "profieldeel PIE, algemene vakken gl, mbo-module Basis procestechniek, VCA-basis",
                      "schoolexamen vmbo; mbo-examen VCA"],
                     ["2 (vmbo 4)", "De Kreek", "De Kreek; 1,5 dag Procescollege",
                      "afronding gl, mbo-modules Energie en Procesbesturing (team)",
                      "centraal examen vmbo; mbo-examens modules"],
                     ["3 (mbo 1)", "ROC (en De Kreek bij herkansing)", "Procescollege",
                      "procestechniek basis, bpv oriëntatie", "mbo-examens; eventueel herkansing vmbo"],
                     ["4 (mbo 2)", "ROC", "Procescollege en leerbedrijf", "procesvoering, bpv 12 weken",
                      "mbo-examens kerntaak 1"],
                     ["5 (mbo 3)", "ROC", "leerbedrijf (BOL of BBL)", "storingsanalyse, bpv 20 weken",
                      "mbo-examens kerntaak 2"],
                     ["6 (mbo 4)", "ROC", "leerbedrijf (BOL of BBL)", "coördinatie en optimalisatie, "
                      "keuzedelen", "examens in de beroepspraktijk; diploma Operator C"]],
           [20, 28, 35, 55, 32]),

          ("h", "Bijlage 2. Financiële afspraken"),
          ("table", [["Onderdeel", "Afspraak"],
                     ["Bedrag", "EUR 1.400 per leerling per jaar in routejaar 1 en 2 (prijspeil 2025)"],
                     ["Telling", "aantal leerlingen in routejaar 1 en 2 op 1 oktober"],
                     ["Facturering", "het ROC factureert in november; betaling binnen 30 dagen"],
                     ["Indexering", "jaarlijks met de prijsbijstelling van de rijksbijdrage vo"],
                     ["Bestemming", "inzet ROC-docenten (circa 70%), procestechnieklab en verbruik (20%), "
                      "persoonlijke beschermingsmiddelen (10%)"],
                     ["Verantwoording", "in het jaarverslag bedoeld in artikel 6, lid 2"]], [35, 135]),
          ("p", "Rekenvoorbeeld: bij 16 leerlingen in routejaar 1 en 14 in routejaar 2 bedraagt de "
                "overdracht voor 2025-2026 30 x EUR 1.400 = EUR 42.000."),

          ("h", "Bijlage 3. Model toetredingsverklaring"),
          ("p", "Ondergetekende, ........................................ (bevoegd gezag), gevestigd te "
                "........................, verklaart met ingang van 1 augustus ........ toe te treden tot de "
                "samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Procestechniek Voorne van 3 juli "
                "2025 en alle rechten en verplichtingen daaruit te aanvaarden."),
          ("p", "Voor akkoord: De Kreek / het ROC / de toetreder (plaats, datum, handtekening)"),
          ]
    return {"blocks": B, "font": "Helvetica", "bold": "Helvetica-Bold", "size": 9.5,
            "margins": (22, 20, 22, 24)}


# ----------------------------------------------------------------------------------------------
# Build / check
# ----------------------------------------------------------------------------------------------

def build(key):
    s = SAMPLES[key]
    path = os.path.join(OUT, s["name"] + "." + s["ext"])
    content = s["build"]()
    meta = dict(title=s["name"], author="")
    if s["ext"] == "pdf":
        opts = content if isinstance(content, dict) else {"blocks": content}
        kw = {k: v for k, v in opts.items() if k != "blocks"}
        render_pdf(path, opts["blocks"], **{**meta, **kw})
    elif s["ext"] == "docx":
        opts = content if isinstance(content, dict) else {"blocks": content}
        kw = {k: v for k, v in opts.items() if k != "blocks"}
        render_docx(path, opts["blocks"], **{**meta, **kw})
    else:
        write_text(path, content)
    with open(os.path.join(OUT, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(s["expected"], f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


def check():
    ok = True
    for key in sorted(SAMPLES):
        s = SAMPLES[key]
        path = os.path.join(OUT, s["name"] + "." + s["ext"])
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa
                text = ""
                errs.append("does not open: %r" % e)
            if len(text) < 300:
                errs.append("too little text")
            for k, ev in s["expected"]["evidence"].items():
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
        jp = os.path.join(OUT, s["name"] + ".expected.json")
        try:
            with open(jp, encoding="utf-8") as f:
                got = json.load(f)
            if got != s["expected"]:
                errs.append("expected.json differs from table")
            if got.get("split") != "heldout":
                errs.append("split is not heldout")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        print(("OK   " if not errs else "FAIL ") + s["name"] + ("" if not errs else ": " + "; ".join(errs)))
        ok = ok and not errs
    exts = sorted(SAMPLES[k]["ext"] for k in SAMPLES)
    print("formats:", {e: exts.count(e) for e in set(exts)})
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    keys = [a for a in argv if not a.startswith("-")] or sorted(SAMPLES)
    for k in keys:
        if k not in SAMPLES:
            sys.exit("unknown sample %s" % k)
        build(k)


if __name__ == "__main__":
    main(sys.argv[1:])
