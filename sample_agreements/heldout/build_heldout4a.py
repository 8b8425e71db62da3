#!/usr/bin/env python3
"""Held-out sample agreements h49-h56 for leerroute-check.

Written by an independent author (a helper session) after the checker's decision rules were
fixed, from the two official bouwstenen, the domain notes and LABELS.md only: no checker code,
models, tests or benchmarks were read, the checker was not run, and the texts, labels and build
scripts of the other samples were not read (the opening lines of heldout/README.md, with its
summary table of h01-h16, were seen by accident while listing the folder; nothing was taken
from it). Every school, instelling, company and person is made
up. Each agreement is written out in full below, in its own style, and labelled as a careful
jurist would under LABELS.md.

Usage:
    python3 build_heldout4a.py              # build all eight samples
    python3 build_heldout4a.py h49 h52      # build only these
    python3 build_heldout4a.py --check      # verify the produced files
"""
import io
import json
import os
import re
import sys
import zipfile
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(key, name, fmt, description, statuses, evidence):
    """Register a sample; the decorated function returns the document content."""
    def deco(fn):
        assert set(statuses) == set("abcdefghij"), key
        for k in evidence:
            assert statuses[k] == "present", (key, k)
        SAMPLES[key] = dict(name=name, fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, content=fn)
        return fn
    return deco


def expected_json(s):
    return {"description": s["description"], "split": "heldout",
            "statuses": s["statuses"], "evidence": s["evidence"]}


# ---------------------------------------------------------------------------------------------
# Renderers. A document is a list of blocks (kind, payload):
#   title, subtitle, h1, h2, p, pj (justified/plain paragraph), li (indented item), small,
#   table (rows; first row is the header), space, pagebreak, sig (list of (left, right) lines)
# ---------------------------------------------------------------------------------------------

def render_pdf(blocks, path, style):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)

    base = style.get("font", "Times-Roman")
    bold = style.get("bold", "Times-Bold")
    ital = style.get("italic", "Times-Italic")
    size = style.get("size", 10.5)
    lead = size * 1.35
    align = TA_JUSTIFY if style.get("justify", True) else TA_LEFT
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 4.5, leading=size + 8,
                                alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("st", fontName=ital, fontSize=size + 0.5, leading=lead,
                                   alignment=TA_CENTER, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 1.5, leading=lead + 2,
                             spaceBefore=10, spaceAfter=4, textColor=style.get("hcolor", colors.black)),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead, spaceBefore=6,
                             spaceAfter=2),
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=lead, alignment=align,
                            spaceAfter=4),
        "li": ParagraphStyle("li", fontName=base, fontSize=size, leading=lead, alignment=align,
                             leftIndent=18, firstLineIndent=-12, spaceAfter=2),
        "small": ParagraphStyle("sm", fontName=ital, fontSize=size - 1.5, leading=(size - 1.5) * 1.3,
                                alignment=TA_LEFT, spaceAfter=4),
        "cell": ParagraphStyle("c", fontName=base, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
    }
    story = []
    for kind, pay in blocks:
        if kind in ("title", "subtitle", "h1", "h2", "p", "li", "small"):
            story.append(Paragraph(esc(pay), st[kind]))
        elif kind == "pr":  # paragraph with a bold run-in heading
            head, body = pay
            story.append(Paragraph("<font name=\"%s\">%s</font> %s" % (bold, esc(head), esc(body)), st["p"]))
        elif kind == "space":
            story.append(Spacer(1, pay * mm))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            rows = [[Paragraph(esc(c), st["cellb"] if i == 0 else st["cell"]) for c in r]
                    for i, r in enumerate(pay["rows"])]
            t = Table(rows, colWidths=[w * mm for w in pay["widths"]], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), style.get("thead", colors.HexColor("#DDDDDD"))),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 2 * mm))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif kind == "sig":
            rows = [[Paragraph(esc(a), st["cell"]), Paragraph(esc(b), st["cell"])] for a, b in pay]
            t = Table(rows, colWidths=[80 * mm, 80 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([Spacer(1, 4 * mm), t]))
        else:
            raise ValueError(kind)

    footer = style.get("footer")

    def on_page(canvas, doc):
        if footer:
            canvas.saveState()
            canvas.setFont(base, 8)
            canvas.drawString(20 * mm, 10 * mm, footer)
            canvas.drawRightString(190 * mm, 10 * mm, "pagina %d" % doc.page)
            canvas.restoreState()

    margins = style.get("margins", 22)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=margins * mm, rightMargin=margins * mm,
                            topMargin=style.get("top", 20) * mm, bottomMargin=20 * mm,
                            title=style.get("title", ""), author=style.get("author", ""),
                            creator="", subject="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_docx(blocks, path, style):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = style.get("font", "Calibri")
    normal.font.size = Pt(style.get("size", 11))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    use_styles = style.get("heading_styles", True)
    for kind, pay in blocks:
        if kind == "title":
            if use_styles:
                d.add_paragraph(pay, style="Title")
            else:
                p = d.add_paragraph()
                r = p.add_run(pay)
                r.bold = True
                r.font.size = Pt(16)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "subtitle":
            p = d.add_paragraph()
            r = p.add_run(pay)
            r.italic = True
            if not use_styles:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("h1", "h2"):
            if use_styles:
                d.add_heading(pay, level=1 if kind == "h1" else 2)
            else:
                p = d.add_paragraph()
                r = p.add_run(pay)
                r.bold = True
                if kind == "h1":
                    r.font.size = Pt(style.get("size", 11) + 1)
                p.paragraph_format.space_before = Pt(10)
                p.paragraph_format.keep_with_next = True
        elif kind == "p":
            p = d.add_paragraph(pay)
            if style.get("justify"):
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "pr":
            head, body = pay
            p = d.add_paragraph()
            r = p.add_run(head)
            r.bold = True
            p.add_run(" " + body)
        elif kind == "li":
            p = d.add_paragraph(pay)
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-0.6)
        elif kind == "bullet":
            d.add_paragraph(pay, style="List Bullet")
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(pay)
            r.italic = True
            r.font.size = Pt(style.get("size", 11) - 2)
        elif kind == "space":
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            rows = pay["rows"]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = c
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif kind == "sig":
            t = d.add_table(rows=len(pay), cols=2)
            for i, (a, b) in enumerate(pay):
                t.cell(i, 0).text = a
                t.cell(i, 1).text = b
        else:
            raise ValueError(kind)

    cp = d.core_properties
    cp.author = style.get("author", "")
    cp.last_modified_by = style.get("author", "")
    cp.title = style.get("title", "")
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
    # rewrite the zip with fixed timestamps so a rebuild is byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            out.writestr(zi, src.read(info.filename))


def write_text(text, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------------------------
# Text extraction for --check
# ---------------------------------------------------------------------------------------------

def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
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
    s = s.replace("\u00a0", " ").replace("\ufffe", "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


# =============================================================================================
# h49 - Duin- en Bollenstreek - PDF - advocatenkantoor, lang, considerans, bijlagen
# =============================================================================================

@sample("h49", "h49_advocatenkantoor_bollenstreek", "pdf",
        "Advocatenstuk (PDF, Times, lang): considerans, begripsbepalingen, 15 artikelen en twee "
        "bijlagen met tabellen; Duin- en Bollenstreek, Groen kb -> Vakbekwaam medewerker teelt "
        "niveau 3; overdracht met bedrag per leerling en bestemming, aanvullende "
        "medezeggenschapsafspraken, mediation en rechter; volledig.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="present", i="present", j="present"),
        dict(a="Artikel 2 Voorwerp van de overeenkomst",
             b="Artikel 4 Rol van het bedrijfsleven",
             c="Artikel 5 De routeleiding",
             d="Artikel 6 Informatieverstrekking en verantwoording",
             e="Artikel 3 Onderwijskundige en organisatorische inrichting",
             f="Artikel 7 Overstapoptie",
             g="Artikel 8 Overdracht van bekostiging",
             h="Artikel 9 Medezeggenschap",
             i="Artikel 12 Geschillen",
             j="Artikel 11 Toetreding, wijziging en beëindiging"))
def h49():
    B = []
    a = B.append
    a(("small", "Van Rhijn Terpstra Advocaten | Leiden | dossier 2025.0412 | versie 4 (definitief), 12 juni 2025"))
    a(("space", 4))
    a(("title", "SAMENWERKINGSOVEREENKOMST"))
    a(("subtitle", "inzake de doorlopende leerroute vmbo-mbo \u201cVan Bol tot Kas\u201d "
                   "(profiel Groen, kaderberoepsgerichte leerweg \u2013 Vakbekwaam medewerker teelt, niveau 3)"))
    a(("h2", "DE ONDERGETEKENDEN:"))
    a(("li", "1. de stichting Stichting Voortgezet Onderwijs Duin en Bollen, statutair gevestigd te Lisse, "
             "kantoorhoudende aan de Achterweg-Zuid 18 te Lisse, ingeschreven in het handelsregister onder "
             "nummer 41166723, in deze rechtsgeldig vertegenwoordigd door de voorzitter van het college van "
             "bestuur, mevrouw drs. C.M. Hoogervorst, bevoegd gezag van het Tulpenburg College, school voor "
             "voorbereidend middelbaar beroepsonderwijs te Lisse, hierna te noemen: \u201cde School\u201d;"))
    a(("li", "2. de stichting Stichting Groene Kust Opleidingen, statutair gevestigd te Hillegom, "
             "kantoorhoudende aan de Weeresteinstraat 102 te Hillegom, ingeschreven in het handelsregister "
             "onder nummer 28063194, in deze rechtsgeldig vertegenwoordigd door de voorzitter van het college "
             "van bestuur, de heer ing. R.J. van der Voort MBA, bevoegd gezag van de instelling voor "
             "beroepsonderwijs Groene Kust mbo, hierna te noemen: \u201cde Instelling\u201d;"))
    a(("p", "de School en de Instelling hierna gezamenlijk ook te noemen: \u201cPartijen\u201d en ieder "
            "afzonderlijk: \u201cPartij\u201d;"))
    a(("h2", "OVERWEGENDE DAT:"))
    a(("li", "(A) de School in de bovenbouw van de kaderberoepsgerichte leerweg het profiel Groen verzorgt en de "
             "Instelling de beroepsopleiding Vakbekwaam medewerker teelt op niveau 3 verzorgt, en de sierteelt "
             "en bollenteelt in de regio Duin- en Bollenstreek een blijvende behoefte heeft aan vakbekwame "
             "medewerkers;"))
    a(("li", "(B) Partijen sinds het schooljaar 2021-2022 bij wijze van pilot samenwerken en die samenwerking "
             "thans willen vastleggen als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a van de Wet "
             "voortgezet onderwijs 2020 (hierna: WVO 2020) en titel 1 van hoofdstuk 9 van de Wet educatie en "
             "beroepsonderwijs (hierna: WEB);"))
    a(("li", "(C) een doorlopende leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB slechts "
             "kan worden verzorgd op grond van een samenwerkingsovereenkomst die ten minste de in die artikelen "
             "genoemde onderwerpen regelt;"))
    a(("li", "(D) de medezeggenschapsraad van de School en de studentenraad en de ondernemingsraad van de "
             "Instelling over het voorgenomen besluit tot deze samenwerking hebben geadviseerd;"))
    a(("li", "(E) Partijen in deze overeenkomst hun rechten en verplichtingen over en weer wensen vast te leggen;"))
    a(("h2", "KOMEN OVEREEN ALS VOLGT:"))

    a(("h1", "Artikel 1 Begripsbepalingen"))
    a(("p", "In deze overeenkomst en de daarbij behorende bijlagen wordt verstaan onder:"))
    for t in [
        "a. Route: de doorlopende leerroute vmbo-mbo \u201cVan Bol tot Kas\u201d als bedoeld in artikel 2;",
        "b. Leerling: een leerling van de School die aan de Route deelneemt in de eerste twee leerjaren daarvan;",
        "c. Student: een deelnemer aan de Route die vanaf het derde leerjaar van de Route bij de Instelling is "
        "ingeschreven;",
        "d. vo-fase en mbo-fase: respectievelijk de eerste twee leerjaren en het derde en vierde leerjaar van de Route;",
        "e. Routeleiding: het orgaan bedoeld in artikel 5;",
        "f. Werkveldcommissie: de commissie bedoeld in artikel 4;",
        "g. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling "
        "van de Route.",
    ]:
        a(("li", t))

    a(("h1", "Artikel 2 Voorwerp van de overeenkomst"))
    a(("p", "2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die begint in het derde leerjaar "
            "van de kaderberoepsgerichte leerweg, profiel Groen, van de School en leidt tot het vmbo-diploma "
            "kaderberoepsgerichte leerweg en het mbo-diploma van de vakopleiding Vakbekwaam medewerker teelt "
            "(niveau 3, beroepsopleidende leerweg), kwalificatiedossier Teelt en groene technologie, binnen het "
            "opleidingsdomein Voedsel, natuur en leefomgeving."))
    a(("p", "2.2 Binnen de Route wordt het keuzevakkenpakket van het profiel Groen afgestemd op de uitstroom naar "
            "de bollen-, bloemen- en boomteelt. De Route heeft een nominale duur van vier jaar."))
    a(("p", "2.3 Partijen melden de Route gezamenlijk aan de Minister door registratie in het Registratie "
            "Instellingen en Opleidingen (RIO) vóór aanvang van het eerste schooljaar waarin de Route wordt "
            "verzorgd."))

    a(("h1", "Artikel 3 Onderwijskundige en organisatorische inrichting"))
    a(("p", "3.1 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar "
            "beschreven in het PTA/OER. Bijlage 1 geeft het programma per leerjaar op hoofdlijnen weer. Partijen "
            "stellen het PTA/OER jaarlijks vóór 1 oktober gezamenlijk vast."))
    a(("p", "3.2 In de vo-fase wordt het onderwijs verzorgd op de locatie van de School aan de Achterweg-Zuid te "
            "Lisse en gedurende één dag per week in het praktijkcentrum van de Instelling te Hillegom. In de "
            "mbo-fase wordt het onderwijs verzorgd op de locatie van de Instelling te Hillegom en bij de "
            "leerbedrijven als bedoeld in artikel 4."))
    a(("p", "3.3 De School is verantwoordelijk voor het vmbo-deel van de Route en voor de examinering en "
            "diplomering van het vmbo-diploma, ook nadat de deelnemer bij de Instelling is ingeschreven. Het "
            "centraal examen wordt afgenomen in het tweede leerjaar van de Route. De Instelling is "
            "verantwoordelijk voor het mbo-deel, de beroepspraktijkvorming en de mbo-examinering."))
    a(("p", "3.4 Inzet van personeel. De Route wordt verzorgd door één routeteam van docenten van beide Partijen. "
            "De School zet ten minste de docenten Groen, Nederlands en wiskunde in; de Instelling zet de "
            "docenten teelt en gewasbescherming en een praktijkinstructeur in. Docenten blijven in dienst van "
            "hun eigen Partij, die de werkgeversverantwoordelijkheid behoudt. Partijen maken gebruik van de "
            "teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB uitsluitend voor de "
            "vakoverstijgende praktijkmodules die in het PTA/OER als zodanig zijn aangeduid; voor elk "
            "programmaonderdeel is ten minste één daartoe bevoegde docent betrokken."))
    a(("p", "3.5 Gebruik van faciliteiten. De Instelling stelt haar kassencomplex, de sorteer- en "
            "verwerkingsruimte en het gewasbeschermingslokaal te Hillegom op de in het jaarrooster vastgelegde "
            "dagen ter beschikking aan de Route. De School stelt haar praktijklokaal Groen en de schooltuin te "
            "Lisse ter beschikking voor de lessen van docenten van de Instelling. Beide Partijen geven de "
            "deelnemers en docenten van de andere Partij toegang tot hun elektronische leeromgeving voor zover "
            "dat voor de Route nodig is."))
    a(("p", "3.6 Een klacht van een Leerling of diens ouders over een gedraging van een medewerker van de Instelling "
            "wordt behandeld volgens de klachtenregeling van de School; de Instelling verleent daaraan haar "
            "medewerking en draagt zorg voor maatregelen jegens haar medewerker."))

    a(("h1", "Artikel 4 Rol van het bedrijfsleven"))
    a(("p", "4.1 Partijen richten een Werkveldcommissie in, bestaande uit ten minste vier vertegenwoordigers van "
            "erkende leerbedrijven in de bollen- en sierteelt uit de Duin- en Bollenstreek, een vertegenwoordiger "
            "van de regionale afdeling van de brancheorganisatie voor de bloembollensector en de "
            "bedrijfsadviseur van SBB voor de regio."))
    a(("p", "4.2 De Werkveldcommissie adviseert de Routeleiding ten minste tweemaal per jaar over de inhoud en "
            "actualiteit van het programma en de keuze van keuzedelen. Leerbedrijven uit de Werkveldcommissie "
            "leveren in de vo-fase per leerjaar ten minste twee praktijkopdrachten en verzorgen gastlessen en "
            "bedrijfsbezoeken."))
    a(("p", "4.3 In de mbo-fase bieden de betrokken leerbedrijven beroepspraktijkvormingsplaatsen aan en nemen "
            "praktijkopleiders van die bedrijven deel aan de beoordeling van de proeven van bekwaamheid."))

    a(("h1", "Artikel 5 De routeleiding"))
    a(("p", "5.1 De leiding over de Route berust bij de Routeleiding. De Routeleiding bestaat uit de teamleider "
            "bovenbouw kader van de School, de opleidingsmanager Teelt van de Instelling en de routecoördinator."))
    a(("p", "5.2 Het college van bestuur van de School wijst de teamleider aan en het college van bestuur van de "
            "Instelling wijst de opleidingsmanager aan. De routecoördinator wordt door beide colleges van bestuur "
            "gezamenlijk benoemd, op voordracht van de Routeleiding, voor een termijn van twee schooljaren, die "
            "telkens kan worden verlengd."))
    a(("p", "5.3 De colleges van bestuur dragen de Routeleiding de volgende taken op: de dagelijkse leiding over "
            "de Route, het opstellen van het PTA/OER en het jaarrooster, de afstemming van de inzet van personeel "
            "en faciliteiten, de toelating tot de Route, de begeleiding bij overstap als bedoeld in artikel 7 en "
            "de contacten met de Werkveldcommissie."))
    a(("p", "5.4 De Routeleiding is bevoegd binnen de jaarlijks door de colleges van bestuur vastgestelde "
            "formatie en begroting besluiten te nemen over het jaarrooster, de inzet van docenten in de Route en "
            "het gebruik van faciliteiten. Besluiten over het PTA/OER, de begroting en arbeidsrechtelijke "
            "aangelegenheden blijven voorbehouden aan de colleges van bestuur."))

    a(("h1", "Artikel 6 Informatieverstrekking en verantwoording"))
    a(("p", "6.1 De Routeleiding brengt tweemaal per jaar, vóór 1 februari en vóór 1 juli, een schriftelijke "
            "voortgangsrapportage uit aan beide colleges van bestuur over de in-, door- en uitstroom, de "
            "resultaten, de inzet van middelen en de uitvoering van de afspraken uit deze overeenkomst."))
    a(("p", "6.2 Jaarlijks vóór 1 november legt de Routeleiding in een jaarverslag verantwoording af over het "
            "afgelopen schooljaar. Het jaarverslag wordt besproken in het bestuurlijk overleg van Partijen, dat "
            "ten minste eenmaal per jaar plaatsvindt."))
    a(("p", "6.3 De Routeleiding informeert beide colleges van bestuur onverwijld over ontwikkelingen die de "
            "continuïteit of de kwaliteit van de Route raken."))

    a(("h1", "Artikel 7 Overstapoptie"))
    a(("p", "7.1 Wordt de deelname aan de Route beëindigd voordat deze met succes is afgerond, dan stellen "
            "Partijen de deelnemer in staat een vmbo-diploma of het diploma van een beroepsopleiding te behalen "
            "dat past bij het bereikte onderwijsniveau en de leeftijd van de deelnemer."))
    a(("p", "7.2 De School en de Instelling beoordelen gezamenlijk, na een gesprek met de deelnemer en, bij een "
            "minderjarige deelnemer, diens ouders, welk alternatief het meest kansrijk is. Daarbij gelden de "
            "volgende kaders:"))
    a(("li", "a. bij beëindiging in de vo-fase zet de Leerling het reguliere programma van de "
             "kaderberoepsgerichte leerweg, profiel Groen of een ander profiel van de School, voort met het oog "
             "op het vmbo-diploma;"))
    a(("li", "b. heeft de deelnemer aan het einde van het derde leerjaar van de Route het vmbo-diploma niet "
             "behaald, dan kan hij zonder dat diploma worden toegelaten tot een andere beroepsopleiding van de "
             "Instelling op niveau 2 of 3, dan wel het vmbo-examen opnieuw afleggen;"))
    a(("li", "c. blijkt de richting niet te passen, dan bieden Partijen een overstap naar een opleiding op "
             "hetzelfde niveau in een ander opleidingsdomein van de Instelling, of naar een opleiding bij een "
             "andere instelling in de regio;"))
    a(("li", "d. bij een overstap naar een andere opleiding van de Instelling gelden de vooropleidingseisen niet; "
             "bij een overstap naar een andere instelling bevorderen Partijen dat die instelling een "
             "geschiktheidsonderzoek afneemt."))
    a(("p", "7.3 Partijen zorgen voor een warme overdracht en beschrijven de nadere werkwijze in de schoolgids van "
            "de School en de studiegids van de Instelling."))

    a(("h1", "Artikel 8 Overdracht van bekostiging"))
    a(("p", "8.1 Met toepassing van artikel 5.42a WVO 2020 draagt de School aan de Instelling een deel van de "
            "door haar ontvangen bekostiging over ten bedrage van \u20ac 1.650 per Leerling per schooljaar in de "
            "vo-fase, vastgesteld naar het aantal Leerlingen op de teldatum 1 oktober."))
    a(("p", "8.2 De over te dragen middelen zijn bestemd voor de inzet van docenten en de praktijkinstructeur van "
            "de Instelling in de vo-fase en voor het gebruik van het kassencomplex en de verbruiksmaterialen, "
            "zoals gespecificeerd in bijlage 2."))
    a(("p", "8.3 De Instelling draagt in de mbo-fase geen bekostiging aan de School over. Betaling geschiedt in "
            "twee termijnen, op 1 december en 1 mei."))

    a(("h1", "Artikel 9 Medezeggenschap"))
    a(("p", "9.1 Op Leerlingen, hun ouders en het personeel van de School is de Wet medezeggenschap op scholen van "
            "toepassing; op Studenten is hoofdstuk 8a WEB en op het personeel van de Instelling de Wet op de "
            "ondernemingsraden van toepassing."))
    a(("p", "9.2 In aanvulling daarop komen Partijen overeen dat de Leerlingen in het tweede leerjaar van de Route "
            "één vertegenwoordiger kunnen afvaardigen die de vergaderingen van de studentenraad van de "
            "Instelling met spreekrecht bijwoont, en dat voorstellen tot wezenlijke wijziging van de Route "
            "zowel aan de medezeggenschapsraad van de School als aan de studentenraad van de Instelling ter "
            "advisering worden voorgelegd. Het jaarverslag bedoeld in artikel 6.2 wordt aan beide organen "
            "toegezonden."))

    a(("h1", "Artikel 10 Aansprakelijkheid en verzekering"))
    a(("p", "Iedere Partij is aansprakelijk voor schade veroorzaakt door haar eigen medewerkers en draagt zorg "
            "voor een adequate verzekering, die mede de activiteiten op de locatie van de andere Partij dekt."))

    a(("h1", "Artikel 11 Toetreding, wijziging en beëindiging"))
    a(("p", "11.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze "
            "overeenkomst toetreden indien zij het profiel respectievelijk de opleiding bedoeld in artikel 2 "
            "verzorgt, alle Partijen schriftelijk met de toetreding instemmen en de toetredende partij een "
            "toetredingsverklaring ondertekent. Toetreding gaat in per 1 augustus, opdat lopende groepen "
            "ongestoord hun programma kunnen vervolgen."))
    a(("p", "11.2 Deze overeenkomst kan uitsluitend schriftelijk en met instemming van alle Partijen worden "
            "gewijzigd. Een wijziging die het programma van een lopend cohort raakt, treedt niet eerder in "
            "werking dan bij de aanvang van het volgende schooljaar."))
    a(("p", "11.3 Deze overeenkomst wordt aangegaan voor onbepaalde tijd. Iedere Partij kan de overeenkomst "
            "schriftelijk opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten "
            "minste twaalf maanden. Na opzegging stromen geen nieuwe Leerlingen meer in."))
    a(("p", "11.4 Bij opzegging of ontbinding op welke grond ook blijven Partijen de verplichtingen uit deze "
            "overeenkomst nakomen jegens de deelnemers die op dat moment aan de Route deelnemen, totdat zij de "
            "Route hebben afgerond of met toepassing van artikel 7 zijn overgestapt, zodat de gevolgen voor "
            "Leerlingen en Studenten zoveel mogelijk worden beperkt."))

    a(("h1", "Artikel 12 Geschillen"))
    a(("p", "12.1 Geschillen tussen Partijen over de uitvoering van deze overeenkomst worden eerst voorgelegd aan "
            "de Routeleiding. Komt de Routeleiding binnen vier weken niet tot een oplossing, dan wordt het "
            "geschil voorgelegd aan het bestuurlijk overleg van de voorzitters van de colleges van bestuur."))
    a(("p", "12.2 Leidt het bestuurlijk overleg binnen zes weken niet tot een oplossing, dan trachten Partijen het "
            "geschil op te lossen door mediation door een bij de Mediatorsfederatie Nederland ingeschreven "
            "mediator. Slaagt de mediation niet, dan wordt het geschil uitsluitend beslecht door de bevoegde "
            "rechter van de Rechtbank Den Haag."))

    a(("h1", "Artikel 13 Evaluatie"))
    a(("p", "Partijen evalueren de Route voor het eerst in het schooljaar 2027-2028 en vervolgens eens in de drie "
            "jaar, mede op basis van de jaarverslagen bedoeld in artikel 6."))

    a(("h1", "Artikel 14 Inwerkingtreding"))
    a(("p", "Deze overeenkomst treedt in werking op 1 augustus 2025."))

    a(("h1", "Artikel 15 Toepasselijk recht"))
    a(("p", "Op deze overeenkomst is Nederlands recht van toepassing."))

    a(("p", "Aldus overeengekomen en in tweevoud ondertekend,"))
    a(("sig", [("Stichting Voortgezet Onderwijs Duin en Bollen", "Stichting Groene Kust Opleidingen"),
               ("Lisse, ____ juni 2025", "Hillegom, ____ juni 2025"),
               ("\n\n_____________________________", "\n\n_____________________________"),
               ("drs. C.M. Hoogervorst, voorzitter college van bestuur",
                "ing. R.J. van der Voort MBA, voorzitter college van bestuur")]))

    a(("pagebreak", None))
    a(("h1", "Bijlage 1 Programma per leerjaar (hoofdlijnen)"))
    a(("table", dict(widths=[28, 50, 48, 40], rows=[
        ["Leerjaar Route", "Onderwijs", "Examinering", "Beroepspraktijk"],
        ["1 (3 kb)", "Profielvak Groen, keuzevakken bollenteelt en kasteelt, algemene vakken; één dag per "
                     "week praktijkcentrum Instelling", "Schoolexamens vmbo volgens PTA; eerste mbo-praktijktoets "
                     "gewasverzorging", "Twee praktijkopdrachten leerbedrijven; bedrijfsbezoeken"],
        ["2 (4 kb)", "Afronding vmbo-programma; start mbo-modules teelt en gewasbescherming",
         "Centraal examen vmbo; mbo-toetsen volgens OER", "Snuffelstage van twee weken"],
        ["3 (mbo 1)", "Kerntaken Vakbekwaam medewerker teelt; keuzedelen", "Examens kerntaak 1",
         "Bpv 16 weken"],
        ["4 (mbo 2)", "Kerntaken en keuzedelen; loopbaan en burgerschap", "Proeve van bekwaamheid; "
                      "mbo-diploma", "Bpv 20 weken"],
    ])))
    a(("h1", "Bijlage 2 Specificatie over te dragen middelen"))
    a(("table", dict(widths=[80, 40, 46], rows=[
        ["Bestemming", "Bedrag per Leerling", "Toelichting"],
        ["Inzet docenten teelt en praktijkinstructeur Instelling (vo-fase)", "\u20ac 1.150", "circa 2 lesuur per week"],
        ["Gebruik kassencomplex en sorteerruimte", "\u20ac 350", "inclusief energie"],
        ["Verbruiksmaterialen (plantgoed, substraat)", "\u20ac 150", "per schooljaar"],
        ["Totaal", "\u20ac 1.650", "zie artikel 8.1"],
    ])))
    return B


H49_STYLE = dict(font="Times-Roman", bold="Times-Bold", italic="Times-Italic", size=10.5, justify=True,
                 footer="Samenwerkingsovereenkomst DLR \u201cVan Bol tot Kas\u201d \u2013 definitief",
                 title="Samenwerkingsovereenkomst DLR Van Bol tot Kas", author="Van Rhijn Terpstra Advocaten")
STYLES = {"h49": H49_STYLE}


# =============================================================================================
# h50 - Alblasserwaard - DOCX - locatiedirecteur, praktische taal, vetgedrukte kopjes
# =============================================================================================

@sample("h50", "h50_directeur_praktisch_alblasserwaard", "docx",
        "Praktische tekst van een locatiedirecteur (DOCX, vetgedrukte genummerde kopjes zonder "
        "Word-kopstijlen, een tabel); Alblasserwaard, PIE bb -> Monteur elektrotechnische "
        "installaties niveau 2; vergoeding aan het ROC zonder bedrag of grondslag, geschillen alleen "
        "in onderling overleg, medezeggenschap alleen als uitleg van de wet.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="weak", h="not_applicable", i="weak", j="present"),
        dict(a="1 Over welke route het gaat",
             b="2 Het werkveld doet mee",
             c="3 Wie de route leidt",
             d="4 Rapporteren aan de besturen",
             e="5 Zo organiseren we het onderwijs",
             f="6 Als het anders loopt: overstappen",
             j="10 Nieuwe partners, wijzigen en stoppen"))
def h50():
    B = []
    a = B.append
    a(("title", "Samenwerkingsafspraken doorlopende leerroute Elektro"))
    a(("subtitle", "Waardcollege locatie Papendrecht en ROC Merwe-Lek, Techniekcollege Sliedrecht \u2013 "
                   "ingangsdatum 1 augustus 2025"))
    a(("p", "Deze afspraken zijn gemaakt tussen Stichting Voortgezet Onderwijs De Waard te Papendrecht, bevoegd "
            "gezag van het Waardcollege (hierna: de school), vertegenwoordigd door bestuurder mevrouw "
            "A. Verheij-Bakker, en Stichting Regionaal Opleidingencentrum Merwe-Lek te Sliedrecht, bevoegd gezag "
            "van ROC Merwe-Lek (hierna: het ROC), vertegenwoordigd door de voorzitter van het college van bestuur, "
            "de heer M. Slingerland. De tekst is voorbereid door de locatiedirecteur van het Waardcollege en de "
            "directeur van het Techniekcollege en besproken in het bestuurlijk overleg van 3 juni 2025."))
    a(("p", "We schrijven zo eenvoudig mogelijk op wat we met elkaar afspreken. Waar \u2018wij\u2019 staat, bedoelen "
            "we de school en het ROC samen."))

    a(("h1", "1 Over welke route het gaat"))
    a(("p", "Wij bieden samen een doorlopende leerroute vmbo-mbo aan voor leerlingen van de basisberoepsgerichte "
            "leerweg met het profiel Produceren, installeren en energie (PIE). De route begint in leerjaar 3 van "
            "het vmbo en leidt naar het vmbo-diploma basis en het mbo-diploma van de basisberoepsopleiding Monteur "
            "elektrotechnische installaties in de gebouwde omgeving, niveau 2, in het opleidingsdomein "
            "Installatie- en energietechniek. In het mbo volgt de student de opleiding in de BOL-variant; na het "
            "eerste mbo-jaar kan in overleg worden overgestapt naar BBL."))
    a(("p", "Per schooljaar starten maximaal 16 leerlingen. Wij melden de route samen aan bij DUO via RIO."))

    a(("h1", "2 Het werkveld doet mee"))
    a(("p", "Het werkveld is bij deze route aan boord via het Techniekplatform Waard & Drechtsteden, waarin "
            "installatiebedrijven uit de Alblasserwaard en de Drechtsteden samenwerken. Daarmee is het volgende "
            "afgesproken:"))
    a(("bullet", "ten minste zes erkende leerbedrijven uit het platform bieden jaarlijks snuffelstages aan in "
                 "leerjaar 4 vmbo en bpv-plaatsen in de mbo-jaren;"))
    a(("bullet", "medewerkers van deze bedrijven geven per leerjaar minimaal drie gastlessen, onder meer over "
                 "zonnepanelen, laadpalen en warmtepompen;"))
    a(("bullet", "een monteur of werkvoorbereider van een leerbedrijf beoordeelt mee bij het praktijkexamen "
                 "van de basisberoepsopleiding;"))
    a(("bullet", "twee keer per jaar bespreekt het routeteam het programma met een klankbordgroep van drie "
                 "bedrijven uit het platform, die adviseert over nieuwe technieken en keuzedelen."))

    a(("h1", "3 Wie de route leidt"))
    a(("p", "De dagelijkse leiding ligt bij het routeteam. Dat bestaat uit de afdelingsleider bovenbouw basis/kader "
            "van het Waardcollege, de teamleider Installatietechniek van het ROC en een routecoördinator, meestal "
            "een docent PIE of elektrotechniek."))
    a(("p", "De afdelingsleider wordt door de bestuurder van de school aangewezen en de teamleider door het "
            "college van bestuur van het ROC. De routecoördinator wordt door beide besturen samen aangewezen, op "
            "voorstel van de afdelingsleider en de teamleider, telkens voor twee schooljaren."))
    a(("p", "Het routeteam heeft de opdracht de route uit te voeren volgens deze afspraken. Het stelt het "
            "lesrooster vast, verdeelt de lessen over de docenten van beide scholen, beslist over de toelating "
            "van leerlingen tot de route na advies van de mentor, onderhoudt de contacten met het werkveld en "
            "voert de overstapgesprekken (zie 6). Het routeteam mag geen financiële verplichtingen aangaan en "
            "beslist niet over personeelszaken; die blijven bij de besturen. Het PTA/OER van de route bereidt "
            "het routeteam voor; de besturen stellen het vast."))

    a(("h1", "4 Rapporteren aan de besturen"))
    a(("p", "Het routeteam stuurt elk half jaar, in januari en in juni, een voortgangsnotitie aan beide "
            "besturen met de aantallen leerlingen, de resultaten, het verzuim en eventuele knelpunten. In oktober "
            "legt het routeteam in het bestuurlijk overleg verantwoording af over het afgelopen schooljaar aan de "
            "hand van een jaarevaluatie met in-, door- en uitstroomcijfers. Dringende zaken meldt de "
            "routecoördinator direct aan beide bestuurders."))

    a(("h1", "5 Zo organiseren we het onderwijs"))
    a(("p", "Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER. Op hoofdlijnen ziet "
            "de route er zo uit:"))
    a(("table", dict(rows=[
        ["Leerjaar", "Waar", "Wat"],
        ["3 vmbo", "Waardcollege, Papendrecht; 1 dag per week ROC Sliedrecht", "PIE-modules, start elektro; "
         "schoolexamens vmbo"],
        ["4 vmbo", "Waardcollege; 1,5 dag per week ROC", "Centraal examen vmbo; eerste mbo-modules; snuffelstage"],
        ["mbo 1", "ROC Techniekcollege Sliedrecht en leerbedrijf", "Beroepsgerichte vakken en bpv"],
        ["mbo 2 (half jaar)", "ROC en leerbedrijf", "Afronding, praktijkexamen, diploma niveau 2"],
    ])))
    a(("p", "Personeel. Twee docenten elektrotechniek van het ROC geven in leerjaar 3 en 4 les op het "
            "Waardcollege en in het installatielab van het ROC. De docent PIE van de school geeft in mbo 1 één "
            "dagdeel per week les aan de route op het ROC. Samen vormen zij met de mentor van de school het "
            "docententeam van de route. Wij gebruiken de teambevoegdheid voor de gecombineerde praktijkmodules; "
            "voor elk programmaonderdeel is een bevoegde docent betrokken. Iedereen blijft in dienst van de eigen "
            "werkgever."))
    a(("p", "Faciliteiten. Het ROC stelt het installatielab en het laadpalenplein in Sliedrecht ter beschikking, "
            "de school haar techniekhal in Papendrecht. Gereedschap en persoonlijke beschermingsmiddelen van de "
            "leerlingen worden in leerjaar 3 en 4 door de school verstrekt, daarna door het ROC. Het vervoer "
            "naar Sliedrecht regelt de school met een pendelbus."))
    a(("p", "Klachten over een medewerker van het ROC die een leerling van de school betreffen, worden behandeld "
            "volgens de klachtenregeling van de school; het ROC werkt daaraan mee."))

    a(("h1", "6 Als het anders loopt: overstappen"))
    a(("p", "Niet iedere leerling maakt de route af. Wie stopt, krijgt altijd een passend vervolg dat leidt naar "
            "een diploma. De school en het ROC bepalen samen, in een gesprek met de leerling en zijn ouders, welke "
            "weg het best past bij wat de leerling al bereikt heeft en bij zijn leeftijd. De mogelijkheden zijn:"))
    a(("bullet", "stoppen in leerjaar 3 of 4: de leerling gaat verder in het gewone programma PIE basis (of een "
                 "ander profiel) van het Waardcollege en haalt daar zijn vmbo-diploma;"))
    a(("bullet", "vmbo-diploma niet gehaald: de leerling kan het examen opnieuw doen en/of zonder vmbo-diploma "
                 "doorstromen naar een andere niveau 2-opleiding van het ROC; vooropleidingseisen gelden dan "
                 "niet;"))
    a(("bullet", "elektro blijkt toch niet de goede richting: overstap naar een andere opleiding op niveau 2 "
                 "binnen het ROC, bijvoorbeeld in de metaal of de bouw, of naar een opleiding bij een andere "
                 "mbo-school in de regio, waar een intakegesprek over de geschiktheid beslist."))
    a(("p", "De nadere uitwerking komt in de schoolgids van het Waardcollege en de studiegids van het ROC."))

    a(("h1", "7 Geld"))
    a(("p", "In de vmbo-jaren zetten wij docenten en ruimtes van het ROC in. Het ROC ontvangt daarvoor van de "
            "school een vergoeding uit de bekostiging van de school, bedoeld voor de lessen van de ROC-docenten "
            "en het gebruik van het installatielab. Het ROC brengt die inzet na afloop van elk schooljaar bij de "
            "school in rekening; het bedrag stellen de controllers van beide organisaties in onderling overleg "
            "vast. Vanaf mbo 1 vindt geen overdracht van middelen plaats."))

    a(("h1", "8 Medezeggenschap"))
    a(("p", "Ter informatie: volgens de wet geldt voor leerlingen die op het Waardcollege staan ingeschreven, hun "
            "ouders en het personeel van de school de Wet medezeggenschap op scholen. Voor studenten van het ROC "
            "geldt de WEB en voor personeel van het ROC de Wet op de ondernemingsraden. De wet biedt ruimte om "
            "daarnaast aanvullende afspraken over medezeggenschap te maken."))

    a(("h1", "9 Als we het oneens zijn"))
    a(("p", "Verschillen van inzicht over de uitvoering van deze afspraken lossen de school en het ROC samen op, "
            "in goed onderling overleg."))

    a(("h1", "10 Nieuwe partners, wijzigen en stoppen"))
    a(("p", "Een andere vmbo-school of mbo-instelling kan aansluiten als zij de route op dezelfde manier wil "
            "aanbieden, de besturen van de school en het ROC daar schriftelijk mee instemmen en de nieuwe partner "
            "deze afspraken ondertekent. Aansluiten kan alleen per nieuw schooljaar, zodat de lopende groepen er "
            "geen last van hebben."))
    a(("p", "Wijzigingen van deze afspraken worden schriftelijk vastgelegd en door beide besturen ondertekend. "
            "Een wijziging die een lopende groep raakt, gaat pas in bij het volgende schooljaar."))
    a(("p", "De afspraken gelden voor onbepaalde tijd. Beide partijen kunnen ze schriftelijk opzeggen met een "
            "opzegtermijn van één jaar, en alleen tegen het einde van een schooljaar (31 juli). Na een opzegging "
            "nemen wij geen nieuwe leerlingen meer op, maar de leerlingen die al in de route zitten maken die "
            "af; wij blijven daarvoor samen verantwoordelijk."))

    a(("h1", "11 Ondertekening"))
    a(("p", "Papendrecht/Sliedrecht, 17 juni 2025"))
    a(("sig", [("Stichting Voortgezet Onderwijs De Waard", "Stichting Regionaal Opleidingencentrum Merwe-Lek"),
               ("A. Verheij-Bakker, bestuurder", "M. Slingerland, voorzitter college van bestuur"),
               ("handtekening: ______________________", "handtekening: ______________________")]))
    return B


STYLES["h50"] = dict(font="Calibri", size=11, heading_styles=False, author="Waardcollege",
                     title="Samenwerkingsafspraken DLR Elektro")


# =============================================================================================
# h51 - Gelderse Vallei - TXT - beleidsmedewerker, decimale nummering, documentgegevens
# =============================================================================================

def wrap_text(paras, width=88):
    """Paragraph list -> hard-wrapped text. A paragraph starting with '<num> ' gets a hanging
    indent; lines starting with '=' or '-' or blank are kept as they are."""
    import textwrap
    out = []
    for p in paras:
        if p == "" or p.startswith(("====", "----", "    ")) or p.isupper():
            out.append(p)
            continue
        m = re.match(r"^(\d+\.\d+(\.\d+)?|[a-z]\.|\u2022|-) ", p)
        if m:
            ind = " " * (len(m.group(1)) + 1)
            out.append(textwrap.fill(p, width=width, subsequent_indent=ind,
                                     break_long_words=False, break_on_hyphens=False))
        else:
            out.append(textwrap.fill(p, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out) + "\n"


@sample("h51", "h51_beleidsnotitie_decimaal_gelderse_vallei", "txt",
        "Tekst van een beleidsmedewerker (TXT, documentgegevens en inhoudsopgave, decimale "
        "nummering, hoofdletterkoppen); Gelderse Vallei, Zorg en welzijn gl -> Onderwijsassistent "
        "niveau 4; uitdrukkelijk geen overdracht, kernteam met mandaat, gezamenlijke "
        "medezeggenschapsafspraken, bindend advies; volledig.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="present", i="present", j="present"),
        dict(a="2 DE ROUTE",
             b="3 BETROKKENHEID VAN HET WERKVELD",
             c="4 LEIDING VAN DE ROUTE",
             d="5 INFORMATIEVOORZIENING EN VERANTWOORDING",
             e="6 INRICHTING VAN HET ONDERWIJS",
             f="7 OVERSTAPOPTIE",
             g="8 FINANCIËN",
             h="9 MEDEZEGGENSCHAP",
             i="10 GESCHILLEN",
             j="11 LOOPTIJD, TOETREDING, WIJZIGING EN OPZEGGING"))
def h51():
    P = [
        "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO",
        "Zorg en welzijn (gemengde leerweg) - Onderwijsassistent (mbo niveau 4)",
        "=" * 72,
        "",
        "Documentgegevens",
        "    Versie ......... 1.0, vastgesteld",
        "    Datum .......... 24 juni 2025",
        "    Opgesteld door . I. Wolters, beleidsmedewerker onderwijs, in opdracht van de",
        "                     bestuurders van CSG De Valleiborg en ROC Vallei en Eem",
        "    Geldig vanaf ... schooljaar 2025-2026",
        "",
        "Inhoud",
        "    1 Partijen en doel",
        "    2 De route",
        "    3 Betrokkenheid van het werkveld",
        "    4 Leiding van de route",
        "    5 Informatievoorziening en verantwoording",
        "    6 Inrichting van het onderwijs",
        "    7 Overstapoptie",
        "    8 Financiën",
        "    9 Medezeggenschap",
        "    10 Geschillen",
        "    11 Looptijd, toetreding, wijziging en opzegging",
        "    12 Slotbepalingen en ondertekening",
        "",
        "-" * 72,
        "",
        "1 PARTIJEN EN DOEL",
        "",
        "1.1 Deze overeenkomst wordt gesloten tussen:",
        "a. Stichting voor Christelijk Voortgezet Onderwijs in de Vallei, gevestigd te Veenendaal, "
        "bevoegd gezag van CSG De Valleiborg, school voor mavo en vbo, locatie Dijkstraat te Veenendaal, "
        "vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. J.P. Kooistra "
        "(hierna: De Valleiborg); en",
        "b. Stichting Regionaal Opleidingencentrum Vallei en Eem, gevestigd te Ede, bevoegd gezag van "
        "ROC Vallei en Eem, vertegenwoordigd door het lid van het college van bestuur mevrouw "
        "dr. S. Ouwehand-Dekker (hierna: het ROC).",
        "1.2 Partijen verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende "
        "leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB. Deze "
        "overeenkomst legt de afspraken vast die artikel 2.107b, tweede lid, WVO 2020 en artikel 9.1.3 "
        "WEB voorschrijven.",
        "1.3 Het doel van de route is leerlingen met belangstelling voor het werken met kinderen in het "
        "primair onderwijs zonder onnodige overlap en met een versterkt praktijkdeel naar een diploma op "
        "niveau 4 te begeleiden.",
        "",
        "2 DE ROUTE",
        "",
        "2.1 De route start in leerjaar 3 van de gemengde leerweg van De Valleiborg, profiel Zorg en "
        "welzijn, en leidt tot het vmbo-diploma gemengde leerweg en het diploma van de "
        "middenkaderopleiding Onderwijsassistent, niveau 4 (BOL), van het ROC, in het opleidingsdomein "
        "Zorg en welzijn.",
        "2.2 De route duurt vijf jaar: twee jaar vo-fase en drie jaar mbo-fase. De leerling is in de "
        "vo-fase ingeschreven bij De Valleiborg en vanaf het derde leerjaar van de route als student bij "
        "het ROC.",
        "2.3 Partijen melden de route gezamenlijk aan via RIO; De Valleiborg en het ROC registreren ieder "
        "hun eigen deel.",
        "",
        "3 BETROKKENHEID VAN HET WERKVELD",
        "",
        "3.1 Voor deze route is het werkveld het primair onderwijs en de kinderopvang in de Gelderse "
        "Vallei. Partijen betrekken dit werkveld via de Werkveldcommissie Pedagogisch Werk Vallei van het "
        "ROC, waarin ten minste drie schoolbesturen primair onderwijs en twee "
        "kinderopvangorganisaties uit de regio zitting hebben.",
        "3.2 De werkveldcommissie geeft jaarlijks in het voorjaar advies over het programma van de route "
        "en de keuzedelen. Het kernteam (zie 4) legt wijzigingen in het PTA/OER eerst aan de commissie "
        "voor.",
        "3.3 Basisscholen van de deelnemende schoolbesturen bieden in de vo-fase meeloopdagen en een "
        "praktijkopdracht per leerjaar aan en zijn in de mbo-fase erkend leerbedrijf voor de "
        "beroepspraktijkvorming. Praktijkopleiders van deze scholen nemen deel aan de beoordeling van de "
        "praktijkexamens.",
        "",
        "4 LEIDING VAN DE ROUTE",
        "",
        "4.1 De leiding over de route berust bij het kernteam. Het kernteam bestaat uit:",
        "- de teamleider gemengde leerweg van De Valleiborg;",
        "- de onderwijsmanager Pedagogisch Werk van het ROC;",
        "- twee routeregisseurs: een docent van De Valleiborg en een docent van het ROC.",
        "4.2 De teamleider en de routeregisseur van De Valleiborg worden aangewezen door het college van "
        "bestuur van De Valleiborg; de onderwijsmanager en de routeregisseur van het ROC door het college "
        "van bestuur van het ROC. Iedere aanwijzing wordt schriftelijk aan de andere partij meegedeeld. "
        "Het voorzitterschap wisselt jaarlijks tussen de teamleider en de onderwijsmanager.",
        "4.3 De colleges van bestuur dragen het kernteam op:",
        "a. de uitvoering van de route en het opstellen van het jaarplan;",
        "b. het voorbereiden van het gezamenlijke PTA/OER;",
        "c. de roostering en de verdeling van lesopdrachten over de docenten van beide partijen;",
        "d. de toelating tot de route en de begeleiding bij overstap (zie 7);",
        "e. de contacten met de werkveldcommissie.",
        "4.4 Het kernteam besluit zelfstandig over de onder c en d genoemde zaken, binnen de formatie "
        "die de colleges van bestuur jaarlijks vaststellen. Het PTA/OER, de begroting, "
        "personeelsbeleid en wijzigingen van deze overeenkomst zijn voorbehouden aan de colleges van "
        "bestuur.",
        "",
        "5 INFORMATIEVOORZIENING EN VERANTWOORDING",
        "",
        "5.1 Het kernteam stuurt ieder kwartaal een beknopt routebericht aan beide colleges van bestuur "
        "met de stand van de instroom, het verzuim, de voortgang en bijzonderheden.",
        "5.2 Jaarlijks vóór 15 november legt het kernteam verantwoording af in een jaarrapportage met de "
        "in-, door- en uitstroom, de examenresultaten, de overstappen en de uitvoering van het jaarplan. "
        "De jaarrapportage wordt besproken in het bestuurlijk overleg, dat tweemaal per jaar plaatsvindt.",
        "5.3 Beide colleges van bestuur kunnen het kernteam te allen tijde om aanvullende informatie "
        "vragen.",
        "",
        "6 INRICHTING VAN HET ONDERWIJS",
        "",
        "6.1 Programma en examinering. Het onderwijsprogramma, de examinering en de "
        "beroepspraktijkvorming zijn per leerjaar beschreven in het gezamenlijke PTA/OER. De Valleiborg "
        "neemt het centraal examen gemengde leerweg af aan het einde van het tweede leerjaar van de "
        "route en blijft verantwoordelijk voor de vmbo-examinering en -diplomering. Het ROC is "
        "verantwoordelijk voor de mbo-examinering en -diplomering.",
        "6.2 Locaties. De vo-fase vindt plaats op de locatie Dijkstraat van De Valleiborg, met één "
        "lesdag per week op de ROC-locatie Ede-Zuid. De mbo-fase vindt plaats op de ROC-locatie Ede-Zuid "
        "en bij de leerbedrijven.",
        "6.3 Personeel. In de vo-fase verzorgen twee docenten pedagogiek van het ROC wekelijks het "
        "mbo-deel op De Valleiborg en op Ede-Zuid. Docenten Nederlands en rekenen van De Valleiborg "
        "geven in het eerste mbo-jaar de taal- en rekenlessen aan de routegroep. Partijen zetten voor de "
        "vakoverstijgende projecten een team van leraren en docenten in als bedoeld in artikel 7.13a "
        "WVO 2020; het PTA/OER vermeldt voor welke onderdelen dat geldt. Docenten blijven in dienst van "
        "hun eigen werkgever; partijen zorgen gezamenlijk voor scholing van het team.",
        "6.4 Faciliteiten. Het ROC stelt het praktijklokaal 'de oefenklas' en de mediatheek op Ede-Zuid "
        "open voor leerlingen van de route; De Valleiborg stelt een lokaal met digibord en de "
        "Zorg en welzijn-praktijkruimte ter beschikking voor de lessen van ROC-docenten. Leerlingen en "
        "docenten krijgen toegang tot de elektronische leeromgeving van beide partijen.",
        "6.5 Begeleiding en verzuim. In de vo-fase ligt de begeleiding bij de mentor van De Valleiborg, "
        "in de mbo-fase bij de studieloopbaanbegeleider van het ROC. Verzuim wordt gemeld door de partij "
        "waar de leerling of student is ingeschreven.",
        "6.6 Klachten. Een klacht over een gedraging van een medewerker van de andere partij wordt "
        "behandeld volgens de klachtenregeling van de partij waar de klager is ingeschreven; de andere "
        "partij werkt mee aan de afhandeling.",
        "",
        "7 OVERSTAPOPTIE",
        "",
        "7.1 Een leerling of student die de route niet afmaakt, krijgt een passend alternatief dat leidt "
        "tot een vmbo-diploma of een mbo-diploma. Het alternatief wordt gekozen op basis van het bereikte "
        "onderwijsniveau en de leeftijd.",
        "7.2 Over het alternatief beslissen De Valleiborg en het ROC gezamenlijk, na een overstapgesprek "
        "met de leerling en zijn ouders of verzorgers. Het overstapgesprek wordt gevoerd door de mentor "
        "of studieloopbaanbegeleider en de loopbaanadviseur van het ROC.",
        "7.3 Kaders per situatie:",
        "a. Uitval in de vo-fase: de leerling vervolgt de gemengde leerweg (Zorg en welzijn of een ander "
        "profiel) op De Valleiborg en sluit af met het vmbo-diploma.",
        "b. Vmbo-diploma niet behaald in het derde jaar van de route: de student mag zonder dat diploma "
        "verder in een opleiding van het ROC op niveau 3 of 4 die past bij de behaalde onderdelen, of "
        "doet het examen opnieuw bij De Valleiborg.",
        "c. Andere richting gewenst: overstap naar een opleiding op hetzelfde niveau in een ander "
        "domein van het ROC, zoals Pedagogisch medewerker kinderopvang of Maatschappelijke zorg, of "
        "naar een andere mbo-instelling in de regio.",
        "d. Niveau 4 blijkt te hoog gegrepen: overstap naar een opleiding op niveau 3 van het ROC.",
        "7.4 Bij een overstap binnen het ROC gelden de vooropleidingseisen niet. Bij een overstap naar "
        "een andere instelling verzorgt het ROC een warme overdracht, zodat die instelling een "
        "geschiktheidsonderzoek kan uitvoeren.",
        "7.5 De werkwijze wordt jaarlijks beschreven in de schoolgids van De Valleiborg en in de OER.",
        "",
        "8 FINANCIËN",
        "",
        "8.1 Partijen dragen geen bekostiging aan elkaar over als bedoeld in artikel 5.42a WVO 2020 of "
        "artikel 9.1.15 WEB. Iedere partij draagt de kosten van het eigen personeel en de eigen "
        "voorzieningen.",
        "8.2 De inzet van docenten over en weer (6.3) is in omvang ongeveer gelijk en wordt niet "
        "verrekend. Bij een structureel verschil van meer dan 0,2 fte besluiten de colleges van bestuur "
        "over aanpassing van deze overeenkomst.",
        "",
        "9 MEDEZEGGENSCHAP",
        "",
        "9.1 Voor leerlingen in de vo-fase, hun ouders en het personeel van De Valleiborg blijft de "
        "medezeggenschapsraad van De Valleiborg het bevoegde orgaan; voor studenten in de mbo-fase en het "
        "personeel van het ROC zijn dat de studentenraad en de ondernemingsraad van het ROC.",
        "9.2 In aanvulling daarop spreken partijen af:",
        "a. de jaarrapportage (5.2) wordt toegezonden aan de medezeggenschapsraad van De Valleiborg en "
        "aan de studentenraad van het ROC;",
        "b. eenmaal per jaar vindt een gezamenlijke bijeenkomst plaats van een afvaardiging van beide "
        "organen met het kernteam over de route;",
        "c. een leerling van de route in de vo-fase kan zitting nemen in het studentenpanel van het "
        "college Pedagogisch Werk van het ROC.",
        "",
        "10 GESCHILLEN",
        "",
        "10.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken "
        "in het kernteam en, als dat binnen vier weken geen oplossing oplevert, in het bestuurlijk "
        "overleg.",
        "10.2 Komen de colleges van bestuur binnen zes weken niet tot overeenstemming, dan wordt het "
        "geschil voorgelegd aan een commissie van bindend advies van drie leden. Iedere partij wijst een "
        "lid aan; deze twee leden wijzen samen een onafhankelijke voorzitter aan. Het advies is voor "
        "partijen bindend. De kosten worden gelijk gedeeld.",
        "",
        "11 LOOPTIJD, TOETREDING, WIJZIGING EN OPZEGGING",
        "",
        "11.1 Deze overeenkomst geldt voor onbepaalde tijd vanaf 1 augustus 2025.",
        "11.2 Een andere vmbo-school of mbo-instelling kan partij worden als zij een verwant profiel of "
        "een verwante opleiding aanbiedt en beide partijen daar schriftelijk mee instemmen. De "
        "toetreding wordt vastgelegd in een addendum dat door alle partijen wordt ondertekend en gaat "
        "in bij het begin van een schooljaar; de nieuwe partij meldt zich bij DUO.",
        "11.3 Wijzigingen worden schriftelijk overeengekomen en door beide colleges van bestuur "
        "ondertekend. Een wijziging geldt niet voor een lopend leerjaar van de route als dat nadelig is "
        "voor de leerlingen of studenten.",
        "11.4 Iedere partij kan deze overeenkomst opzeggen per 1 augustus van een jaar, met een "
        "opzegtermijn van ten minste twaalf maanden. Bij ernstige tekortkoming kan een partij de "
        "overeenkomst ontbinden na een schriftelijke ingebrekestelling.",
        "11.5 Na opzegging of ontbinding stromen geen nieuwe leerlingen in. Leerlingen en studenten die "
        "dan al in de route zitten, maken de route af onder de voorwaarden van deze overeenkomst, of "
        "stappen over volgens hoofdstuk 7. Partijen blijven daarvoor gezamenlijk verantwoordelijk.",
        "",
        "12 SLOTBEPALINGEN EN ONDERTEKENING",
        "",
        "12.1 Partijen evalueren deze overeenkomst in het voorjaar van 2028.",
        "12.2 Op deze overeenkomst is Nederlands recht van toepassing.",
        "",
        "Aldus overeengekomen en in tweevoud getekend te Ede op 24 juni 2025.",
        "",
        "Voor Stichting voor Christelijk Voortgezet Onderwijs in de Vallei",
        "drs. J.P. Kooistra, voorzitter college van bestuur    ____________________",
        "",
        "Voor Stichting Regionaal Opleidingencentrum Vallei en Eem",
        "dr. S. Ouwehand-Dekker, lid college van bestuur       ____________________",
    ]
    return wrap_text(P)


# =============================================================================================
# h52 - Twente-Noord - PDF - één pagina, schoolleider, genummerde alinea's met vette aanloop
# =============================================================================================

@sample("h52", "h52_een_blad_twente_noord", "pdf",
        "Eén pagina (PDF, Helvetica 9 pt, negen alinea's met vette aanloopkop); Twente-Noord, BWI kb "
        "-> Allround timmerman niveau 3; bedrijfsleven alleen als streven, overstap binnen hetzelfde "
        "ROC onder de gewone vooropleidingseisen; geen medezeggenschapstekst; geen overdracht.",
        dict(a="present", b="weak", c="present", d="present", e="present", f="weak",
             g="present", h="not_applicable", i="present", j="present"),
        dict(a="1. De route.",
             c="3. Leiding.",
             d="4. Verantwoording.",
             e="5. Uitvoering.",
             g="7. Geld.",
             i="8. Geschillen.",
             j="9. Duur, toetreding, wijziging en einde."))
def h52():
    B = []
    a = B.append
    a(("title", "Samenwerkingsovereenkomst doorlopende leerroute Bouw"))
    a(("subtitle", "Sint-Pancratius College Tubbergen \u2013 ROC Noord-Twente, Bouwvakschool Almelo"))
    a(("p", "Stichting Katholiek Voortgezet Onderwijs Noord-Twente te Tubbergen, bevoegd gezag van het "
            "Sint-Pancratius College (vmbo), hierna: de school, en Stichting Regionaal Opleidingencentrum "
            "Noord-Twente te Almelo, bevoegd gezag van ROC Noord-Twente, hierna: het ROC, ieder vertegenwoordigd "
            "door de voorzitter van het college van bestuur, spreken het volgende af."))
    a(("pr", ("1. De route.", "De school en het ROC verzorgen samen een doorlopende leerroute vanaf leerjaar 3 van "
              "de kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, naar de vakopleiding Allround "
              "timmerman (niveau 3) in het opleidingsdomein Bouw en infra. De leerling haalt uiterlijk aan het "
              "einde van leerjaar 4 het vmbo-diploma kader en vervolgt daarna de opleiding bij het ROC (BOL; "
              "vanaf het tweede mbo-jaar is BBL mogelijk). Beide partijen registreren de route in RIO.")))
    a(("pr", ("2. Bedrijfsleven.", "Partijen hechten grote waarde aan de inbreng van het bouwbedrijfsleven in "
              "Noord-Twente en streven ernaar dit zo veel mogelijk bij de invulling van de route te betrekken.")))
    a(("pr", ("3. Leiding.", "De route wordt geleid door de routeleiding, bestaande uit de teamleider techniek van "
              "de school en de opleidingsmanager Bouw van het ROC. Ieder wordt aangewezen door het eigen college "
              "van bestuur. De routeleiding stelt het rooster op, bereidt het gezamenlijke PTA/OER voor, verdeelt "
              "de lessen over de docenten en beslist over toelating tot de route. Zij beslist zelfstandig binnen "
              "de jaarlijks door beide besturen vastgestelde formatie; financiële verplichtingen en wijzigingen "
              "van het PTA/OER blijven aan de besturen voorbehouden.")))
    a(("pr", ("4. Verantwoording.", "Na elk semester (in februari en in juli) stuurt de routeleiding beide "
              "colleges van bestuur een schriftelijke rapportage over instroom, voortgang, uitval en "
              "examenresultaten. In september legt zij in het bestuurlijk overleg verantwoording af over het "
              "afgelopen schooljaar.")))
    a(("pr", ("5. Uitvoering.", "Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER; de school "
              "neemt de vmbo-examens af, het ROC de mbo-examens. In leerjaar 3 krijgen de leerlingen les op de "
              "school in Tubbergen en één dag per week in de bouwhal van het ROC in Almelo, in leerjaar 4 twee "
              "dagen per week. De docent BWI van de school en twee docenten timmeren van het ROC vormen één "
              "docententeam en gebruiken voor de praktijkmodules de teambevoegdheid; ieder blijft in dienst van "
              "de eigen werkgever. Het ROC stelt de bouwhal en de machinale houtbewerkingsruimte ter beschikking, "
              "de school haar techniekhal en het handgereedschap.")))
    a(("pr", ("6. Overstap.", "Verlaat een leerling de route, dan bepalen de school en het ROC samen met de "
              "leerling en zijn ouders het vervolg. In leerjaar 3 en 4 vervolgt de leerling het reguliere "
              "programma BWI kader op de school. Daarna kan de leerling overstappen naar een andere opleiding "
              "van het ROC op niveau 2 of 3; de reguliere vooropleidingseisen van het ROC, waaronder het bezit "
              "van het vmbo-diploma, zijn daarbij onverkort van toepassing.")))
    a(("pr", ("7. Geld.", "Partijen dragen geen bekostiging aan elkaar over. Ieder draagt de eigen kosten.")))
    a(("pr", ("8. Geschillen.", "Een geschil over de uitvoering van deze overeenkomst wordt eerst in de "
              "routeleiding besproken, daarna door de voorzitters van de colleges van bestuur. Is het geschil "
              "binnen vier weken niet opgelost, dan schakelen partijen een mediator in. Lukt ook dat niet, dan "
              "beslist de bevoegde rechter van de Rechtbank Overijssel.")))
    a(("pr", ("9. Duur, toetreding, wijziging en einde.", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor "
              "onbepaalde tijd. Een andere vmbo-school of mbo-instelling kan toetreden met schriftelijke "
              "instemming van beide partijen, per 1 augustus. Wijzigingen worden schriftelijk vastgelegd en door "
              "beide besturen ondertekend. Opzegging kan alleen per 1 augustus, met een termijn van twaalf "
              "maanden; daarna stromen geen nieuwe leerlingen in, maar leerlingen en studenten die al in de "
              "route zitten ronden die af.")))
    a(("p", "Tubbergen/Almelo, 20 juni 2025"))
    a(("sig", [("Stichting Katholiek Voortgezet Onderwijs Noord-Twente", "Stichting Regionaal Opleidingencentrum Noord-Twente"),
               ("H.J.M. Nijhuis, voorzitter college van bestuur", "drs. E. Schuttenbeld, voorzitter college van bestuur")]))
    return B


STYLES["h52"] = dict(font="Helvetica", bold="Helvetica-Bold", italic="Helvetica-Oblique", size=9,
                     justify=False, margins=18, top=14, title="SOK DLR Bouw", author="Sint-Pancratius College")


# =============================================================================================
# h53 - Midden-Brabant - PDF - consortium van vier partijen, secretaris, paragrafen en tabellen
# =============================================================================================

@sample("h53", "h53_consortium_tabellen_midden_brabant", "pdf",
        "Consortiumovereenkomst van drie vmbo-besturen en een ROC (PDF, Helvetica, paragraaftekens, "
        "tabellen voor partijen, organen, rapportagekalender en bijdragen); Midden-Brabant, M&T kb -> "
        "Eerste autotechnicus niveau 3; bijdrage per leerling met bestemming, gezamenlijk "
        "medezeggenschapsberaad, arbitrage, uittreding van één partner; volledig.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="present", i="present", j="present"),
        dict(a="§ 2 De route",
             b="§ 3 Werkveld",
             c="§ 4 Bestuur en leiding van de route",
             d="§ 5 Verantwoording en informatie",
             e="§ 6 Onderwijs, personeel en voorzieningen",
             f="§ 7 Overstap",
             g="§ 8 Financiële bijdragen",
             h="§ 9 Medezeggenschap",
             i="§ 11 Geschillen",
             j="§ 10 Toetreding, uittreding en wijziging"))
def h53():
    B = []
    a = B.append
    a(("title", "Consortiumovereenkomst"))
    a(("subtitle", "Doorlopende leerroute Mobiliteit Midden-Brabant \u2013 vmbo kader Mobiliteit en transport "
                   "naar mbo Eerste autotechnicus (niveau 3)"))
    a(("small", "Vastgesteld in het Bestuurlijk Overleg Mobiliteitsroute van 26 juni 2025. Secretariaat: "
                "consortiumbureau Hart van Brabant, mw. L. van Gorp."))
    a(("h1", "§ 1 Partijen"))
    a(("p", "(1) Deze overeenkomst wordt gesloten tussen de volgende bevoegde gezagsorganen, hierna samen: de "
            "partners, en ieder afzonderlijk: partner."))
    a(("table", dict(widths=[10, 62, 48, 46], rows=[
        ["", "Bevoegd gezag", "School / instelling", "Vertegenwoordigd door"],
        ["A", "Stichting Katholiek Voortgezet Onderwijs Tilburg en omstreken, Tilburg",
         "Pieter van Laar College, vmbo, Tilburg-Noord", "J. de Kort, voorzitter CvB"],
        ["B", "Stichting Voortgezet Onderwijs De Langstraat, Waalwijk",
         "Het Leerlooierscollege, vmbo, Waalwijk", "M. Vromans, bestuurder"],
        ["C", "Stichting Openbaar Voortgezet Onderwijs Dongemond, Dongen",
         "Dongenburg vmbo, Dongen", "drs. P. Hermans, voorzitter CvB"],
        ["D", "Stichting Regionaal Opleidingencentrum Hart van Brabant, Tilburg",
         "ROC Hart van Brabant, Mobiliteitscollege Tilburg", "ir. W. Lambregts, voorzitter CvB"],
    ])))
    a(("p", "(2) Partners A, B en C worden hierna ook aangeduid als \u2018de scholen\u2019 en partner D als "
            "\u2018het ROC\u2019."))

    a(("h1", "§ 2 De route"))
    a(("p", "(1) De partners verzorgen gezamenlijk de doorlopende leerroute vmbo-mbo \u2018Mobiliteitsroute "
            "Midden-Brabant\u2019. De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel "
            "Mobiliteit en transport, op elk van de scholen en leidt tot het vmbo-diploma kaderberoepsgerichte "
            "leerweg en tot het diploma van de vakopleiding Eerste autotechnicus, niveau 3, in het "
            "opleidingsdomein Mobiliteit en voertuigen, van het ROC."))
    a(("p", "(2) De mbo-fase wordt aangeboden in de BOL-variant; een student kan na het eerste mbo-jaar "
            "overstappen naar de BBL-variant bij een erkend leerbedrijf."))
    a(("p", "(3) Iedere school en het ROC melden de route voor hun eigen deel aan de Minister door registratie "
            "in RIO."))

    a(("h1", "§ 3 Werkveld"))
    a(("p", "(1) Het werkveld is vertegenwoordigd in het Mobiliteitsplatform Hart van Brabant, waarin ten "
            "minste acht autobedrijven uit Tilburg, Waalwijk en Dongen, de regionale afdeling van de "
            "branchevereniging voor de motorvoertuigenbranche en een adviseur van SBB zitting hebben."))
    a(("p", "(2) Het platform adviseert de routeregie jaarlijks vóór 1 maart over het programma, de keuzedelen en "
            "nieuwe technieken zoals elektrisch rijden. De aangesloten bedrijven verzorgen per leerjaar een "
            "werkplaatsbezoek en gastlessen, stellen praktijkopdrachten beschikbaar in de vo-fase, bieden "
            "bpv-plaatsen in de mbo-fase en leveren assessoren voor de proeven van bekwaamheid."))

    a(("h1", "§ 4 Bestuur en leiding van de route"))
    a(("p", "(1) De route kent twee organen: het Bestuurlijk Overleg en de routeregie. De leiding over de route "
            "berust bij de routeregie. Samenstelling, benoeming en taken en bevoegdheden zijn als volgt geregeld:"))
    a(("table", dict(widths=[30, 42, 38, 56], rows=[
        ["Orgaan", "Samenstelling", "Benoemd door", "Taken en bevoegdheden"],
        ["Bestuurlijk Overleg", "De vier vertegenwoordigers genoemd in § 1", "De partners zelf",
         "Stelt jaarlijks begroting, formatie en PTA/OER vast; besluit over wijziging van deze "
         "overeenkomst en over toetreding."],
        ["Routeregie", "De afdelingsleiders M&T van de drie scholen, de teamleider Autotechniek van het ROC "
                       "en de routecoördinator (voorzitter)",
         "Iedere afdelingsleider door het eigen bevoegd gezag; teamleider door het CvB van het ROC; "
         "routecoördinator door het Bestuurlijk Overleg voor drie jaar",
         "Dagelijkse leiding; rooster en inzet van docenten binnen de vastgestelde formatie; toelating tot "
         "de route; voorbereiding PTA/OER; overstapbesluiten (§ 7); contact met het platform (§ 3). Besluit "
         "bij meerderheid; gaat geen financiële verplichtingen aan."],
    ])))
    a(("p", "(2) De besturen dragen de in de tabel genoemde taken en bevoegdheden op aan de routeregie. Wat "
            "niet aan de routeregie is opgedragen, blijft bij het Bestuurlijk Overleg of bij het bevoegd gezag "
            "van de partner zelf."))

    a(("h1", "§ 5 Verantwoording en informatie"))
    a(("p", "(1) De routeregie verstrekt de bevoegde gezagsorganen van alle partners inlichtingen en legt aan "
            "hen verantwoording af volgens de onderstaande kalender. Het secretariaat verzorgt de verzending."))
    a(("table", dict(widths=[40, 40, 86], rows=[
        ["Wanneer", "Wat", "Inhoud"],
        ["Elk kwartaal", "Routedashboard", "Aantallen per school, verzuim, voortgang, overstappen"],
        ["Vóór 1 december", "Jaarverslag route", "In-, door- en uitstroom, examenresultaten, besteding van de "
                                                 "bijdragen (§ 8), advies van het platform"],
        ["Twee keer per jaar", "Bestuurlijk Overleg", "Bespreking van dashboard en jaarverslag; decharge van "
                                                      "de routeregie"],
    ])))
    a(("p", "(2) Bij een incident dat de veiligheid of de continuïteit van de route raakt, informeert de "
            "routecoördinator binnen twee werkdagen alle bevoegde gezagsorganen."))

    a(("h1", "§ 6 Onderwijs, personeel en voorzieningen"))
    a(("p", "(1) Het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn per leerjaar "
            "beschreven in het gezamenlijke PTA/OER, dat het Bestuurlijk Overleg jaarlijks vóór 1 oktober "
            "vaststelt. Iedere school neemt de vmbo-examens van haar eigen leerlingen af; het ROC is "
            "verantwoordelijk voor de mbo-examinering."))
    a(("p", "(2) De vo-fase wordt verzorgd op de eigen school van de leerling; leerlingen van alle drie de "
            "scholen volgen daarnaast één dag per week onderwijs in het Autolab van het ROC aan de "
            "Ringbaan-Oost te Tilburg. De mbo-fase wordt verzorgd door het ROC en bij leerbedrijven."))
    a(("p", "(3) Personeel: het ROC zet een pool van drie docenten autotechniek in die in de vo-fase op de "
            "scholen en in het Autolab lesgeven; iedere school zet haar docenten M&T en de algemene vakken in. "
            "De docenten vormen per school met de ROC-docent een team dat gebruikmaakt van de teambevoegdheid "
            "voor de vakoverstijgende modules die in het PTA/OER zijn aangeduid. Docenten blijven in dienst van "
            "hun eigen werkgever; het ROC zorgt voor de jaarlijkse bijscholing op het gebied van elektrisch "
            "rijden voor alle docenten van het team."))
    a(("p", "(4) Voorzieningen: het ROC stelt het Autolab, de diagnoseapparatuur en de hefbruggen ter "
            "beschikking; de scholen stellen hun praktijklokalen M&T open voor lessen van ROC-docenten. Het "
            "vervoer van leerlingen naar het Autolab wordt door iedere school voor haar eigen leerlingen "
            "geregeld."))
    a(("p", "(5) Klachten over een medewerker van een andere partner worden behandeld volgens de "
            "klachtenregeling van de partner waar de leerling of student is ingeschreven; de betrokken partner "
            "verleent medewerking."))

    a(("h1", "§ 7 Overstap"))
    a(("p", "(1) Een leerling of student die de route verlaat, wordt door de partners in staat gesteld een "
            "vmbo-diploma of een mbo-diploma te behalen. Het overstapbesluit wordt gezamenlijk genomen door de "
            "school waar de leerling is of was ingeschreven en het ROC, na overleg met de leerling en zijn "
            "ouders, en houdt rekening met het bereikte onderwijsniveau en de leeftijd."))
    a(("p", "(2) Daarbij gelden als uitgangspunt:"))
    a(("li", "a. in leerjaar 3 of 4: voortzetting van de kaderberoepsgerichte leerweg M&T of een ander profiel "
             "op de eigen school, gericht op het vmbo-diploma;"))
    a(("li", "b. vmbo-diploma niet behaald aan het einde van het derde routejaar: doorstroom zonder dat diploma "
             "naar de opleiding Autotechnicus (niveau 2) of een andere opleiding van het ROC op niveau 2 of 3, "
             "of herkansing van het vmbo-examen op de eigen school;"))
    a(("li", "c. wens tot een andere richting: een opleiding op hetzelfde niveau in een ander domein van het ROC, "
             "bijvoorbeeld Logistiek of Techniek en procesindustrie, of een opleiding bij een andere instelling;"))
    a(("li", "d. binnen het ROC gelden bij een overstap geen vooropleidingseisen; bij een andere instelling "
             "ondersteunt het ROC de aanvraag van een geschiktheidsonderzoek."))

    a(("h1", "§ 8 Financiële bijdragen"))
    a(("p", "(1) Met toepassing van artikel 5.42a WVO 2020 draagt iedere school aan het ROC een deel van haar "
            "bekostiging over volgens de tabel hieronder, op basis van het aantal routeleerlingen op 1 oktober."))
    a(("table", dict(widths=[50, 36, 80], rows=[
        ["Leerjaar", "Bedrag per leerling", "Bestemming"],
        ["Leerjaar 3 (vo-fase)", "\u20ac 900", "Lessen ROC-docenten en gebruik Autolab"],
        ["Leerjaar 4 (vo-fase)", "\u20ac 1.300", "Lessen ROC-docenten, Autolab, diagnoseapparatuur en "
                                                 "verbruiksmaterialen"],
    ])))
    a(("p", "(2) Het ROC draagt geen bekostiging over aan de scholen. De kosten van het secretariaat worden "
            "gelijk over de vier partners verdeeld."))

    a(("h1", "§ 9 Medezeggenschap"))
    a(("p", "(1) De wettelijke medezeggenschap blijft per partner bestaan: de medezeggenschapsraad van de school "
            "voor leerlingen in de vo-fase, hun ouders en het personeel van de scholen; de studentenraad en de "
            "ondernemingsraad van het ROC voor studenten en personeel van het ROC."))
    a(("p", "(2) De partners stellen daarnaast een Medezeggenschapsberaad Mobiliteitsroute in. Iedere "
            "medezeggenschapsraad van de scholen en de studentenraad van het ROC wijst daarin één lid aan; "
            "ten minste twee leden zijn leerling of student van de route. Het Bestuurlijk Overleg legt het "
            "voorgenomen PTA/OER en ieder voorstel tot wijziging van deze overeenkomst aan het beraad voor "
            "advies voor, vergadert ten minste eenmaal per jaar met het beraad en zendt het het jaarverslag toe."))

    a(("h1", "§ 10 Toetreding, uittreding en wijziging"))
    a(("p", "(1) Een andere school voor vmbo met het profiel Mobiliteit en transport of een andere instelling "
            "voor beroepsonderwijs kan als partner toetreden, als het Bestuurlijk Overleg daar unaniem mee "
            "instemt en de nieuwe partner deze overeenkomst door ondertekening van een toetredingsverklaring "
            "aanvaardt. Toetreding gaat in op 1 augustus; leerlingen van de nieuwe partner stromen in vanaf "
            "leerjaar 3."))
    a(("p", "(2) Een partner kan uittreden door schriftelijke opzegging aan de andere partners, uiterlijk op "
            "1 augustus, met ingang van 1 augustus van het daaropvolgende jaar. De overeenkomst blijft dan "
            "tussen de overige partners van kracht. Gaat het ROC uit, dan eindigt de overeenkomst voor alle "
            "partners met inachtneming van dezelfde termijn."))
    a(("p", "(3) Na een opzegging neemt de uittredende partner geen nieuwe leerlingen meer op in de route. "
            "Leerlingen en studenten die al deelnemen, ronden de route af bij de partners waar zij zijn "
            "ingeschreven; alle partners blijven daartoe gebonden aan deze overeenkomst totdat de laatste van "
            "die leerlingen de route heeft afgerond of met toepassing van § 7 is overgestapt."))
    a(("p", "(4) Wijziging van deze overeenkomst geschiedt schriftelijk, bij unaniem besluit van het Bestuurlijk "
            "Overleg en na advies van het Medezeggenschapsberaad. Wijzigingen in het programma gaan in bij het "
            "begin van een nieuw schooljaar."))

    a(("h1", "§ 11 Geschillen"))
    a(("p", "(1) Geschillen tussen partners over de uitvoering van deze overeenkomst worden eerst besproken in "
            "de routeregie en vervolgens in een extra vergadering van het Bestuurlijk Overleg, die binnen drie "
            "weken na een verzoek daartoe wordt gehouden."))
    a(("p", "(2) Is het geschil zes weken na die vergadering niet opgelost, dan wordt het beslecht door "
            "arbitrage volgens het Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht "
            "bestaat uit één arbiter; de plaats van arbitrage is Tilburg."))

    a(("h1", "§ 12 Duur"))
    a(("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd. Het "
            "Bestuurlijk Overleg evalueert haar in 2028."))

    a(("p", "Aldus overeengekomen en ondertekend in viervoud te Tilburg, 26 juni 2025."))
    a(("sig", [("Partner A: J. de Kort", "Partner B: M. Vromans"),
               ("_________________________", "_________________________"),
               ("Partner C: drs. P. Hermans", "Partner D: ir. W. Lambregts"),
               ("_________________________", "_________________________")]))
    return B


STYLES["h53"] = dict(font="Helvetica", bold="Helvetica-Bold", italic="Helvetica-Oblique", size=9.5,
                     justify=False, margins=20, footer="Consortiumovereenkomst Mobiliteitsroute Midden-Brabant",
                     title="Consortiumovereenkomst Mobiliteitsroute", author="Consortiumbureau Hart van Brabant")


# =============================================================================================
# h54 - Westerkwartier - DOCX - interne regeling AOC, bestuursbesluit met toelichting
# =============================================================================================

@sample("h54", "h54_interne_regeling_aoc_westerkwartier", "docx",
        "Interne regeling van één AOC-stichting (DOCX, Word-kopstijlen, besluitvorm 'gelet op ... "
        "besluit', tabel met twee routes, algemene toelichting); Westerkwartier, Groen bb -> Medewerker "
        "veehouderij niveau 2 en Groen kb -> Vakbekwaam medewerker veehouderij niveau 3; geen "
        "overdracht binnen de rechtspersoon; a-g geregeld, h-j niet vereist.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="not_applicable", i="not_applicable", j="not_applicable"),
        dict(a="Artikel 2 De routes",
             b="Artikel 3 Inbreng van de agrarische sector",
             c="Artikel 4 Routeleiding",
             d="Artikel 5 Informatie en verantwoording aan het college van bestuur",
             e="Artikel 6 Onderwijskundige en organisatorische inrichting",
             f="Artikel 7 Overstapoptie",
             g="Artikel 8 Middelen"))
def h54():
    B = []
    a = B.append
    a(("title", "Interne regeling doorlopende leerroutes Veehouderij"))
    a(("subtitle", "Besluit van het college van bestuur van Stichting Agrarisch Opleidingscentrum Noorderland, "
                   "nr. CvB/2025-087, van 1 juli 2025"))
    a(("p", "Het college van bestuur van Stichting Agrarisch Opleidingscentrum Noorderland, statutair gevestigd "
            "te Groningen, bevoegd gezag van Noorderland College vmbo groen (locatie Zuidhorn) en van de "
            "instelling voor beroepsonderwijs Noorderland mbo (locatie Leek),"))
    a(("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde "
            "lid, van de Wet educatie en beroepsonderwijs;"))
    a(("p", "overwegende dat de stichting binnen één rechtspersoon zowel vmbo- als mbo-onderwijs verzorgt, zodat "
            "in plaats van een samenwerkingsovereenkomst een interne regeling wordt vastgesteld, en dat de "
            "doorlopende leerroutes veehouderij na de pilotjaren 2022-2025 structureel worden aangeboden;"))
    a(("p", "gehoord de directeuren vmbo en mbo;"))
    a(("p", "besluit vast te stellen de volgende regeling:"))

    a(("h1", "Artikel 1 Begrippen"))
    a(("p", "In deze regeling wordt verstaan onder: de school: Noorderland College vmbo groen; de instelling: "
            "Noorderland mbo; de routes: de doorlopende leerroutes bedoeld in artikel 2; het college: het college "
            "van bestuur van de stichting; de routeleiding: de routeleiding bedoeld in artikel 4."))

    a(("h1", "Artikel 2 De routes"))
    a(("p", "1. De stichting verzorgt de volgende doorlopende leerroutes vmbo-mbo:"))
    a(("table", dict(rows=[
        ["Route", "Vmbo (vanaf leerjaar 3)", "Mbo-opleiding", "Niveau / leerweg mbo"],
        ["Route 1", "Profiel Groen, basisberoepsgerichte leerweg", "Medewerker veehouderij (basisberoepsopleiding)",
         "Niveau 2, BOL"],
        ["Route 2", "Profiel Groen, kaderberoepsgerichte leerweg", "Vakbekwaam medewerker veehouderij "
                                                                    "(vakopleiding)", "Niveau 3, BOL of BBL"],
    ])))
    a(("p", "2. Beide opleidingen behoren tot het opleidingsdomein Voedsel, natuur en leefomgeving. Het "
            "keuzevakkenaanbod van het profiel Groen in de routes is gericht op dierhouderij en "
            "loonwerk/mechanisatie."))
    a(("p", "3. De directeuren vmbo en mbo zorgen namens het college voor de melding van de routes aan de Minister "
            "via RIO."))

    a(("h1", "Artikel 3 Inbreng van de agrarische sector"))
    a(("p", "1. Het college stelt een Klankbordgroep Veehouderij Westerkwartier in. Daarin hebben zitting: "
            "vier melkveehouders die erkend leerbedrijf zijn, een loonwerker, een praktijkmedewerker van een "
            "dierenartsenpraktijk, een bestuurslid van de regionale afdeling van de land- en "
            "tuinbouworganisatie en de adviseur praktijkleren van SBB."))
    a(("p", "2. De klankbordgroep komt twee keer per jaar bijeen met de routeleiding en adviseert over de inhoud "
            "van het programma, de keuzedelen en de examenopdrachten."))
    a(("p", "3. De leerbedrijven uit het netwerk van de klankbordgroep ontvangen de leerlingen in leerjaar 3 en 4 "
            "vmbo voor een wekelijkse praktijkdag op het bedrijf, bieden in de mbo-fase bpv-plaatsen en "
            "BBL-arbeidsplaatsen en beoordelen als praktijkopleider mee bij de proeve van bekwaamheid."))

    a(("h1", "Artikel 4 Routeleiding"))
    a(("p", "1. De leiding over de routes berust bij de routeleiding, bestaande uit de teamleider vmbo groen van "
            "de locatie Zuidhorn en de teamleider Dier en veehouderij van de locatie Leek. De teamleider mbo is "
            "voorzitter."))
    a(("p", "2. De leden van de routeleiding worden op voordracht van de directeur vmbo respectievelijk de "
            "directeur mbo door het college benoemd. Het college kan een lid van de routeleiding na overleg met "
            "de betrokken directeur ontslaan uit die functie."))
    a(("p", "3. De routeleiding heeft tot taak de routes uit te voeren, het PTA/OER voor te bereiden, het jaarrooster "
            "vast te stellen, de docenten over de routes in te zetten, leerlingen tot de routes toe te laten en "
            "overstapbesluiten te nemen als bedoeld in artikel 7."))
    a(("p", "4. De routeleiding is bevoegd te beslissen over het jaarrooster, de inzet van docenten binnen de door "
            "het college vastgestelde formatie, het gebruik van de praktijkboerderij en de toelating tot de "
            "routes. Zij is niet bevoegd tot het aangaan van financiële verplichtingen boven \u20ac 5.000 of tot "
            "wijziging van het PTA/OER; die besluiten neemt het college."))

    a(("h1", "Artikel 5 Informatie en verantwoording aan het college van bestuur"))
    a(("p", "1. De routeleiding rapporteert drie keer per jaar, na afloop van elk tertiaal, in de "
            "managementrapportage aan het college over instroom, voortgang, verzuim, uitval en inzet van "
            "personeel en middelen."))
    a(("p", "2. Vóór 1 november van elk jaar legt de routeleiding in een routeverslag verantwoording af over het "
            "afgelopen schooljaar. Het college bespreekt het verslag met de routeleiding en de directeuren en "
            "neemt de hoofdpunten op in het bestuursverslag van de stichting."))

    a(("h1", "Artikel 6 Onderwijskundige en organisatorische inrichting"))
    a(("p", "1. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn per leerjaar beschreven in "
            "het PTA/OER van de routes. Het vmbo-centraal examen wordt afgenomen aan het einde van het tweede "
            "leerjaar van de route. In route 1 wordt in het eerste mbo-jaar gestart met de mbo-examinering."))
    a(("p", "2. De vo-fase wordt gegeven op de locatie Zuidhorn, de mbo-fase op de locatie Leek en op de "
            "praktijkboerderij De Kwelder te Grootegast. Leerlingen van beide routes volgen in de vo-fase één "
            "dag per week les op de praktijkboerderij."))
    a(("p", "3. Inzet van personeel: de routes worden verzorgd door één team van docenten vmbo en mbo, allen in "
            "dienst van de stichting. Docenten dier en veehouderij van de locatie Leek geven in de vo-fase les "
            "op de praktijkboerderij en in Zuidhorn; docenten Nederlands en rekenen van Zuidhorn geven in het "
            "eerste mbo-jaar les in Leek. Voor de vakoverstijgende praktijkmodules wordt gebruikgemaakt van de "
            "teambevoegdheid; het PTA/OER geeft aan welke onderdelen dat zijn."))
    a(("p", "4. Gebruik van faciliteiten: de praktijkboerderij De Kwelder met melkrobot, jongveestal en "
            "werkplaats, de praktijklokalen groen in Zuidhorn en de mechanisatiehal in Leek staan voor beide "
            "routes ter beschikking volgens het jaarrooster. Het vervoer tussen de locaties wordt door de "
            "stichting geregeld."))
    a(("p", "5. Klachten worden behandeld volgens de klachtenregeling van de stichting, die geldt voor vmbo en "
            "mbo."))

    a(("h1", "Artikel 7 Overstapoptie"))
    a(("p", "1. Een leerling of student die de route verlaat voordat hij die met succes heeft afgerond, krijgt "
            "een alternatief dat leidt tot een vmbo-diploma of een mbo-diploma en dat past bij het bereikte "
            "onderwijsniveau en zijn leeftijd."))
    a(("p", "2. De teamleider vmbo en de teamleider mbo beslissen hierover gezamenlijk, namens de school "
            "onderscheidenlijk de instelling, na een gesprek met de leerling en zijn ouders."))
    a(("p", "3. Mogelijke alternatieven zijn in elk geval: voortzetting in de reguliere basis- of "
            "kaderberoepsgerichte leerweg groen van de school; overstap van route 2 naar route 1; doorstroom "
            "zonder vmbo-diploma naar een andere opleiding van de instelling op niveau 2 of 3, bijvoorbeeld "
            "Medewerker dierverzorging of Medewerker groene ruimte; of een opleiding bij een andere instelling "
            "in de regio."))
    a(("p", "4. Bij een overstap naar een opleiding van de instelling gelden de vooropleidingseisen niet. De "
            "werkwijze wordt beschreven in de schoolgids en de studiegids."))

    a(("h1", "Artikel 8 Middelen"))
    a(("p", "School en instelling maken deel uit van dezelfde rechtspersoon. Er vindt geen overdracht van "
            "bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Het college wijst in "
            "de jaarbegroting de middelen voor de routes toe aan de locaties."))

    a(("h1", "Artikel 9 Evaluatie en wijziging"))
    a(("p", "Het college evalueert deze regeling in 2028. Een wijziging van het programma geldt alleen voor "
            "leerlingen die na de wijziging in de route instromen."))

    a(("h1", "Artikel 10 Inwerkingtreding en citeertitel"))
    a(("p", "Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: Interne regeling DLR "
            "Veehouderij Noorderland."))
    a(("p", "Aldus vastgesteld door het college van bestuur op 1 juli 2025."))
    a(("p", "mr. G.H. Boersma, voorzitter college van bestuur          ir. A. Dijkhuis-Post, lid college van bestuur"))

    a(("h1", "Toelichting"))
    a(("p", "Omdat vmbo en mbo binnen de stichting onder één bevoegd gezag vallen, schrijft de wet geen "
            "samenwerkingsovereenkomst maar een interne regeling voor. Onderwerpen die alleen tussen "
            "verschillende besturen spelen, zoals geschilbeslechting en toetreding, zijn daarom niet in deze "
            "regeling opgenomen. De routes bouwen voort op de pilot waarin leerlingen uit Zuidhorn vanaf 2022 "
            "wekelijks op de praktijkboerderij les kregen."))
    return B


STYLES["h54"] = dict(font="Cambria", size=11, heading_styles=True, justify=True,
                     author="Bestuursbureau AOC Noorderland", title="Interne regeling DLR Veehouderij")


# =============================================================================================
# h55 - Kop van Noord-Holland - MD - geïntegreerde route, secties A-L, tabel
# =============================================================================================

@sample("h55", "h55_geintegreerde_route_kop_van_noord_holland", "md",
        "Geïntegreerde route in Markdown (secties A-L met lettercodes, een programmatabel); Kop van "
        "Noord-Holland, Zorg en welzijn bb -> Helpende zorg en welzijn niveau 2 zonder vmbo-examen; "
        "uitstappers gaan automatisch naar Entree (passende plek alleen in de overwegingen), wijze "
        "van verantwoording doorgeschoven naar het jaarplan, geen toetredingsregeling.",
        dict(a="present", b="present", c="present", d="weak", e="present", f="weak",
             g="present", h="present", i="present", j="weak"),
        dict(a="A. Welke route",
             b="B. Zorgorganisaties in de route",
             c="C. Routeleiding",
             e="E. Onderwijs, personeel en ruimtes",
             g="G. Bekostiging",
             h="H. Medezeggenschap",
             i="I. Geschillen"))
def h55():
    return """# Samenwerkingsovereenkomst geïntegreerde route Zorg en welzijn

*Scholengemeenschap Marsdiep (vmbo) en ROC Noorderkwartier-Kop, Zorgcollege Den Helder*
*Definitieve versie, 23 juni 2025*

**Partijen**

1. **Stichting Openbaar Voortgezet Onderwijs Den Helder**, gevestigd te Den Helder, bevoegd gezag van
   Scholengemeenschap Marsdiep, school voor vbo en mavo (hierna: *Marsdiep*), vertegenwoordigd door
   mevrouw K. Zijp, bestuurder;
2. **Stichting Regionaal Opleidingencentrum Noorderkwartier-Kop**, gevestigd te Schagen, bevoegd gezag
   van het ROC Noorderkwartier-Kop (hierna: *het ROC*), vertegenwoordigd door de heer drs. T. Blom,
   voorzitter van het college van bestuur.

**Overwegingen**

- Marsdiep biedt in de basisberoepsgerichte leerweg het profiel Zorg en welzijn aan; het ROC verzorgt
  op de locatie Den Helder de opleiding Helpende zorg en welzijn.
- Een deel van de leerlingen in de basisberoepsgerichte leerweg is gebaat bij een programma dat
  rechtstreeks opleidt voor een mbo-diploma, zonder eerst het vmbo-examen af te leggen.
- Partijen willen iedere leerling die de route verlaat een passende plek bieden.
- Partijen kiezen daarom voor een geïntegreerde route als bedoeld in artikel 2.107l WVO 2020 en
  artikel 9.1.17 WEB.

Partijen komen het volgende overeen.

---

## A. Welke route

A.1 Partijen verzorgen gezamenlijk een geïntegreerde route vmbo-basisberoepsopleiding. De route begint
in leerjaar 3 van de **basisberoepsgerichte leerweg, profiel Zorg en welzijn**, van Marsdiep en leidt
rechtstreeks tot het diploma van de basisberoepsopleiding **Helpende zorg en welzijn (niveau 2, BOL)**
van het ROC, in het opleidingsdomein Zorg en welzijn.

A.2 Marsdiep biedt de deelnemende leerlingen geen eindexamen basisberoepsgerichte leerweg aan. Een
leerling neemt alleen deel na overleg met de leerling en zijn ouders en na overleg met het ROC.

A.3 De route duurt drie jaar. In de eerste twee jaar staat de leerling ingeschreven bij Marsdiep, in het
derde jaar als student bij het ROC. Beide partijen melden de route in RIO.

## B. Zorgorganisaties in de route

B.1 Partijen werken in de route samen met zorg- en welzijnsorganisaties uit Den Helder en Schagen die
erkend leerbedrijf zijn, in elk geval een ouderenzorgorganisatie, een organisatie voor
gehandicaptenzorg en een kinderopvangorganisatie. Zij zijn verenigd in het Zorgnetwerk Kop.

B.2 Deze organisaties:

- ontvangen de leerlingen in het eerste routejaar voor een wekelijkse meeloopdag;
- bieden in het tweede en derde routejaar bpv-plaatsen en wijzen daarvoor een praktijkopleider aan;
- verzorgen per jaar ten minste vier gastlessen, bijvoorbeeld over dementie en tillen;
- beoordelen via de praktijkopleider mee bij de praktijkexamens;
- bespreken eenmaal per jaar met de routeleiding of het programma nog aansluit bij het werk.

## C. Routeleiding

C.1 De routeleiding bestaat uit de coördinator geïntegreerde route van Marsdiep en de onderwijsmanager
Zorg en welzijn niveau 2 van het ROC.

C.2 De bestuurder van Marsdiep benoemt de coördinator; het college van bestuur van het ROC benoemt de
onderwijsmanager. Beide besturen maken de benoeming schriftelijk aan elkaar bekend.

C.3 De besturen dragen de routeleiding op: het samenstellen van de groep, het opstellen van het rooster,
het voorbereiden van het gezamenlijke programma- en examenplan, de inzet van docenten van beide
partijen en het contact met het Zorgnetwerk Kop. De routeleiding mag daarover zelf beslissen binnen de
formatie die de besturen jaarlijks toekennen. Besluiten met financiële gevolgen en het vaststellen van
het programma- en examenplan blijven bij de besturen.

## D. Verantwoording

D.1 De routeleiding legt verantwoording af aan beide besturen. Hoe en wanneer dat gebeurt, wordt nader
uitgewerkt in het jaarplan van de route.

## E. Onderwijs, personeel en ruimtes

E.1 Het programma en de examinering per routejaar zijn vastgelegd in het gezamenlijke programma- en
examenplan. Op hoofdlijnen:

| Routejaar | Plaats | Inhoud |
|---|---|---|
| 1 (leerjaar 3) | Marsdiep, 1 dag per week ROC | Profieldeel Zorg en welzijn, start mbo-onderdelen, meeloopdag |
| 2 (leerjaar 4) | Marsdiep en ROC, 2 dagen per week | Mbo-onderdelen Helpende, eerste bpv, mbo-examens |
| 3 | ROC en leerbedrijf | Afronding, bpv, praktijkexamens, diploma niveau 2 |

E.2 Personeel. Een docent verpleegkunde van het ROC verzorgt in routejaar 1 en 2 de mbo-onderdelen op
Marsdiep en in het skillslab van het ROC. De docenten Zorg en welzijn, Nederlands en rekenen van Marsdiep
geven in routejaar 1 en 2 de overige lessen en vormen met de ROC-docent één team, dat voor de
praktijkmodules gebruikmaakt van de teambevoegdheid. Docenten blijven in dienst van de eigen werkgever.

E.3 Ruimtes en middelen. Het ROC stelt het skillslab (verzorgingsbedden, tilliften, oefenkeuken) en de
mediatheek aan de Bernhardlaan ter beschikking; Marsdiep haar praktijklokaal Zorg en welzijn en de
verzorgingsruimte. Materialen voor de praktijklessen komen in routejaar 1 en 2 voor rekening van Marsdiep.

E.4 Klachten over een medewerker van het ROC van een leerling van Marsdiep worden behandeld volgens de
klachtenregeling van Marsdiep, met medewerking van het ROC.

## F. Uitstappen

F.1 Leerlingen die de geïntegreerde route niet afronden, stromen door naar de Entree-opleiding van het
ROC. Het ROC schrijft de leerling daarvoor in zodra Marsdiep het uitstappen heeft gemeld.

## G. Bekostiging

G.1 Met toepassing van artikel 5.42a WVO 2020 draagt Marsdiep per leerling in routejaar 2 een bedrag van
€ 1.150 over aan het ROC, op basis van het aantal leerlingen op 1 oktober.

G.2 Dit bedrag is bestemd voor de lessen van de ROC-docent op Marsdiep en het gebruik van het skillslab.
Het ROC draagt geen bekostiging over aan Marsdiep.

## H. Medezeggenschap

H.1 Voor leerlingen die bij Marsdiep staan ingeschreven blijft de medezeggenschapsraad van Marsdiep
bevoegd; voor studenten van het ROC de studentenraad.

H.2 Partijen spreken daarnaast af dat:

- één leerling uit routejaar 2 als toehoorder met spreekrecht de vergaderingen van de studentenraad van
  het ROC bijwoont;
- de medezeggenschapsraad van Marsdiep en de studentenraad van het ROC beide advies uitbrengen over het
  jaarlijkse programma- en examenplan, voordat de besturen het vaststellen.

## I. Geschillen

I.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst door de
routeleiding en daarna door de bestuurders besproken.

I.2 Zijn de bestuurders het na zes weken nog niet eens, dan leggen zij het geschil voor aan een mediator.
Levert mediation binnen drie maanden geen oplossing op, dan kan iedere partij het geschil voorleggen aan
de bevoegde rechter van de Rechtbank Noord-Holland.

## J. Looptijd, wijziging en opzegging

J.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

J.2 Wijzigingen worden schriftelijk overeengekomen en door beide besturen ondertekend.

J.3 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met een
opzegtermijn van ten minste één jaar. Na opzegging nemen partijen geen nieuwe leerlingen meer in de
route op; leerlingen die al deelnemen, maken de route af.

## K. Slot

K.1 Partijen evalueren de route na twee volledige cohorten.

## L. Ondertekening

Den Helder, 23 juni 2025

| Stichting Openbaar Voortgezet Onderwijs Den Helder | Stichting Regionaal Opleidingencentrum Noorderkwartier-Kop |
|---|---|
| K. Zijp, bestuurder | drs. T. Blom, voorzitter college van bestuur |
| ______________________ | ______________________ |
"""


# =============================================================================================
# h56 - Parkstad - DOCX - bestuurssecretaris, op basis van het format, artikelen met kopstijlen
# =============================================================================================

@sample("h56", "h56_format_bewerkt_parkstad", "docx",
        "Op het format gebaseerde overeenkomst van een bestuurssecretaris (DOCX, Word-kopstijlen, "
        "considerans met opsomming); Parkstad, HBR kb -> Zelfstandig werkend kok niveau 3; "
        "bedrijfsleven alleen in de considerans, samenstelling en benoeming van de leiding als "
        "format-restant tussen haken, niets over financiën, geschilbeslechting alleen als "
        "verwijzing naar de wet, medezeggenschap alleen 'kunnen'.",
        dict(a="present", b="missing", c="weak", d="present", e="present", f="present",
             g="missing", h="not_applicable", i="weak", j="present"),
        dict(a="Artikel 2 Route en opleiding",
             d="Artikel 4 Verantwoording",
             e="Artikel 5 Inrichting van de route",
             f="Artikel 6 Overstapmogelijkheden",
             j="Artikel 10 Toetreding, wijziging en beëindiging"))
def h56():
    B = []
    a = B.append
    a(("title", "Samenwerkingsovereenkomst doorlopende leerroute Horeca"))
    a(("subtitle", "Sint-Lambertuscollege Kerkrade \u2013 ROC Zuid-Limburg Oost, Horeca & Toerisme College Heerlen"))
    a(("h2", "Ondergetekenden"))
    a(("li", "1. Stichting Katholiek Voortgezet Onderwijs Parkstad-Zuid, gevestigd te Kerkrade, bevoegd gezag van "
             "het Sint-Lambertuscollege, school voor vbo en mavo, hierbij vertegenwoordigd door de heer "
             "L.M.J. Janssen, voorzitter van het college van bestuur, hierna: de school;"))
    a(("li", "2. Stichting Regionaal Opleidingencentrum Zuid-Limburg Oost, gevestigd te Heerlen, bevoegd gezag van "
             "ROC Zuid-Limburg Oost, hierbij vertegenwoordigd door mevrouw drs. M.A. Pelzer-Wetzels, lid van "
             "het college van bestuur, hierna: het ROC;"))
    a(("h2", "Overwegende dat:"))
    a(("li", "a. de school in de kaderberoepsgerichte leerweg het profiel Horeca, bakkerij en recreatie aanbiedt en "
             "het ROC in Heerlen de koksopleidingen verzorgt;"))
    a(("li", "b. het aantal leerlingen dat na het vmbo een horecaopleiding kiest in Parkstad daalt, terwijl de "
             "vraag naar goed opgeleide koks groot is;"))
    a(("li", "c. het horecabedrijfsleven in Parkstad, verenigd in de regionale afdeling van de "
             "horecabranchevereniging, heeft aangegeven nauw bij de route betrokken te willen zijn en "
             "stageplaatsen en gastlessen te willen aanbieden;"))
    a(("li", "d. partijen een doorlopende leerroute willen aanbieden als bedoeld in artikel 2.107a WVO 2020 en "
             "artikel 9.1.2 WEB en daartoe deze samenwerkingsovereenkomst sluiten;"))
    a(("p", "verklaren te zijn overeengekomen als volgt."))

    a(("h1", "Artikel 1 Doel"))
    a(("p", "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo en beschrijven voor de gehele route "
            "het onderwijsprogramma en de examinering per leerjaar. Zij melden de route gezamenlijk aan de "
            "Minister via RIO."))

    a(("h1", "Artikel 2 Route en opleiding"))
    a(("p", "2.1 De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en "
            "recreatie, van de school en leidt naar het vmbo-diploma kader en het diploma van de vakopleiding "
            "Zelfstandig werkend kok, niveau 3 (BOL), in het opleidingsdomein Horeca en bakkerij."))
    a(("p", "2.2 De route duurt vier jaar. De leerling staat de eerste twee jaar ingeschreven bij de school en "
            "daarna als student bij het ROC."))

    a(("h1", "Artikel 3 Leiding"))
    a(("p", "3.1 De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet van: "
            "[samenstelling leiding, wijze van benoeming]."))
    a(("p", "3.2 De leiding heeft tot taak het rooster op te stellen, het gezamenlijke PTA/OER voor te bereiden, "
            "de leerlingen tot de route toe te laten en de inzet van docenten af te stemmen. Zij is bevoegd "
            "daarover te beslissen binnen de formatie die de colleges van bestuur jaarlijks vaststellen."))

    a(("h1", "Artikel 4 Verantwoording"))
    a(("p", "4.1 De leiding brengt jaarlijks vóór 1 december een schriftelijk verslag uit aan de colleges van "
            "bestuur van beide partijen over de in-, door- en uitstroom, de examenresultaten en de uitvoering "
            "van deze overeenkomst."))
    a(("p", "4.2 In februari stuurt de leiding beide colleges van bestuur een tussenrapportage. Het verslag en de "
            "tussenrapportage worden besproken in het bestuurlijk overleg van partijen."))

    a(("h1", "Artikel 5 Inrichting van de route"))
    a(("p", "5.1 Het onderwijsprogramma en de examinering per leerjaar zijn vastgelegd in het gezamenlijke PTA/OER. "
            "De school neemt de vmbo-examens af en reikt het vmbo-diploma uit; het ROC is verantwoordelijk voor "
            "de mbo-examinering."))
    a(("p", "5.2 In leerjaar 3 en 4 wordt het onderwijs gegeven op de school in Kerkrade en één dag per week in "
            "het leerrestaurant en de praktijkkeukens van het Horeca & Toerisme College in Heerlen. Vanaf het "
            "derde routejaar wordt het onderwijs gegeven in Heerlen."))
    a(("p", "5.3 Een docent koken en een docent gastheerschap van het ROC verzorgen in leerjaar 3 en 4 wekelijks "
            "lessen in de praktijkkeuken van de school en in Heerlen. De docenten HBR van de school begeleiden "
            "de leerlingen op de ROC-dag. Samen vormen zij het docententeam van de route; voor de "
            "vakoverstijgende praktijkopdrachten geldt de teambevoegdheid. Ieder blijft in dienst van de eigen "
            "werkgever."))
    a(("p", "5.4 Het ROC stelt het leerrestaurant, de praktijkkeukens en de bakkerijwerkplaats beschikbaar; de "
            "school haar praktijkkeuken en het restaurantlokaal."))
    a(("p", "5.5 Klachten over een medewerker van het ROC van een leerling van de school worden behandeld volgens "
            "de klachtenregeling van de school; het ROC werkt daaraan mee."))

    a(("h1", "Artikel 6 Overstapmogelijkheden"))
    a(("p", "6.1 Stopt een leerling of student met de route, dan bepalen de school en het ROC gezamenlijk, na een "
            "gesprek met de leerling en zijn ouders, welk vervolg het beste past bij het bereikte niveau en de "
            "leeftijd. Het vervolg leidt altijd naar een vmbo- of mbo-diploma."))
    a(("p", "6.2 Mogelijkheden zijn: voortzetting in de reguliere kaderberoepsgerichte leerweg op de school; "
            "zonder vmbo-diploma doorstromen naar een andere opleiding van het ROC op niveau 2 of 3, zoals "
            "Medewerker bediening of Zelfstandig werkend medewerker logiesverstrekking; of een opleiding in een "
            "andere richting op hetzelfde niveau, bij het ROC of bij een andere instelling in de regio. Binnen "
            "het ROC gelden bij een overstap geen vooropleidingseisen."))

    a(("h1", "Artikel 7 Begeleiding en verzuim"))
    a(("p", "De mentor van de school begeleidt de leerling in de eerste twee jaar, daarna de "
            "studieloopbaanbegeleider van het ROC. Verzuim wordt gemeld door de partij waar de leerling of "
            "student is ingeschreven."))

    a(("h1", "Artikel 8 Medezeggenschap"))
    a(("p", "Voor leerlingen die bij de school zijn ingeschreven geldt de Wet medezeggenschap op scholen, voor "
            "studenten van het ROC de WEB. Partijen kunnen aanvullende afspraken maken over de medezeggenschap."))

    a(("h1", "Artikel 9 Geschilbeslechting"))
    a(("p", "Op de wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de "
            "overeenkomst zijn de wettelijke bepalingen van toepassing."))

    a(("h1", "Artikel 10 Toetreding, wijziging en beëindiging"))
    a(("p", "10.1 Een andere vmbo-school of mbo-instelling kan toetreden tot deze overeenkomst als beide partijen "
            "daarmee schriftelijk instemmen en de toetredende partij de overeenkomst medeondertekent. Toetreding "
            "gaat in bij de aanvang van een schooljaar."))
    a(("p", "10.2 Deze overeenkomst kan alleen schriftelijk en met instemming van beide partijen worden gewijzigd."))
    a(("p", "10.3 Iedere partij kan de overeenkomst per 1 augustus opzeggen met een opzegtermijn van twaalf "
            "maanden. Na de opzegging stromen geen nieuwe leerlingen meer in; leerlingen en studenten die al in "
            "de route zitten, kunnen de route bij partijen afronden."))

    a(("h1", "Artikel 11 Inwerkingtreding"))
    a(("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."))

    a(("p", "Aldus overeengekomen en getekend te Heerlen op 19 juni 2025."))
    a(("sig", [("Voor de school", "Voor het ROC"),
               ("L.M.J. Janssen", "drs. M.A. Pelzer-Wetzels"),
               ("______________________", "______________________")]))
    return B


STYLES["h56"] = dict(font="Arial", size=10, heading_styles=True, author="Bestuurssecretariaat SKVO Parkstad-Zuid",
                     title="SOK DLR Horeca")


# ---------------------------------------------------------------------------------------------

def build(key):
    s = SAMPLES[key]
    path = os.path.join(HERE, s["name"] + "." + s["fmt"])
    content = s["content"]()
    style = STYLES.get(key, {})
    if s["fmt"] == "pdf":
        render_pdf(content, path, style)
    elif s["fmt"] == "docx":
        render_docx(content, path, style)
    else:
        write_text(content, path)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected_json(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


def check():
    ok = True
    for key in sorted(SAMPLES):
        s = SAMPLES[key]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        errs = []
        if not os.path.exists(path):
            errs.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d bytes" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa
                text = ""
                errs.append("cannot open: %r" % e)
            if len(text) < 500:
                errs.append("too little text extracted")
            for item, ev in s["evidence"].items():
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (item, ev))
        if not os.path.exists(jpath):
            errs.append("expected.json missing")
        else:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != expected_json(s):
                    errs.append("expected.json differs from table")
        print("%s %s %s" % ("OK  " if not errs else "FAIL", s["name"], "; ".join(errs)))
        ok = ok and not errs
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
