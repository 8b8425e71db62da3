#!/usr/bin/env python3
"""Build held-out sample agreements h233-h240 for leerroute-check.

Written by an independent helper session (held-out author 16a). The texts were composed from the
two official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen overstapoptie),
/work/shared/domain.md and sample_agreements/LABELS.md only, without looking at checker code, models,
tests, benchmarks or the texts/build scripts of any other sample. All schools, instellingen,
companies and persons are made up.

Usage:
    python3 build_heldout16a.py            build all samples
    python3 build_heldout16a.py 233 236    build only these numbers
    python3 build_heldout16a.py --check    open every produced file and verify it
"""
import io
import json
import os
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

# ----------------------------------------------------------------------------------------------
# Block model: every agreement is a list of blocks
#   ("t", text)      title              ("st", text)   subtitle / centred line
#   ("h", text)      heading            ("h2", text)   sub-heading
#   ("p", text)      paragraph          ("li", text)   indented list paragraph
#   ("tbl", rows, widths)  table, first row is header (widths in cm for PDF, optional)
#   ("sp",)          spacer             ("pb",)        page break (PDF/DOCX only)
# ----------------------------------------------------------------------------------------------


def render_pdf(path, blocks, meta):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)

    font = meta.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}[font]
    size = meta.get("size", 10)
    lead = size * 1.35
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=lead, spaceAfter=5,
                          alignment=TA_JUSTIFY if meta.get("justify") else 0)
    li = ParagraphStyle("li", parent=body, leftIndent=18, firstLineIndent=-12)
    title = ParagraphStyle("title", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.3,
                           alignment=TA_CENTER, spaceAfter=6)
    sub = ParagraphStyle("sub", fontName=font, fontSize=size, leading=lead, alignment=TA_CENTER,
                         spaceAfter=4)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=size + 1, leading=lead + 1, spaceBefore=8,
                        spaceAfter=4, keepWithNext=1)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead, spaceBefore=4,
                        spaceAfter=3, keepWithNext=1)
    cell = ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=bold)

    story = []
    for b in blocks:
        kind = b[0]
        if kind == "t":
            story.append(Paragraph(escape(b[1]), title))
        elif kind == "st":
            story.append(Paragraph(escape(b[1]), sub))
        elif kind == "h":
            story.append(Paragraph(escape(b[1]), h1))
        elif kind == "h2":
            story.append(Paragraph(escape(b[1]), h2))
        elif kind == "p":
            story.append(Paragraph(escape(b[1]), body))
        elif kind == "li":
            story.append(Paragraph(escape(b[1]), li))
        elif kind == "sp":
            story.append(Spacer(1, 0.4 * cm))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "tbl":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            data = []
            for i, row in enumerate(rows):
                st = cellb if i == 0 else cell
                data.append([Paragraph(escape(c), st) for c in row])
            t = Table(data, colWidths=[w * cm for w in widths] if widths else None,
                      repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ef")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 0.3 * cm))
        else:
            raise ValueError(kind)

    footer = meta.get("footer", "")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(2.2 * cm, 1.2 * cm, footer)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=2.2 * cm,
                            rightMargin=2.2 * cm, topMargin=2.0 * cm, bottomMargin=2.0 * cm,
                            title=meta.get("title", ""), author=meta.get("author", ""),
                            creator="build_heldout16a", subject="", keywords="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_docx(path, blocks, meta):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = meta.get("docx_font", "Calibri")
    st.font.size = Pt(meta.get("docx_size", 11))
    for b in blocks:
        kind = b[0]
        if kind == "t":
            p = d.add_paragraph(style="Title")
            p.add_run(b[1])
        elif kind == "st":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "li":
            p = d.add_paragraph(b[1])
            p.paragraph_format.left_indent = Pt(18)
        elif kind == "sp":
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
        elif kind == "tbl":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cellp = t.cell(i, j).paragraphs[0]
                    r = cellp.add_run(c)
                    if i == 0:
                        r.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("author", "")
    cp.title = meta.get("title", "")
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
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
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(item.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _txt_table(rows):
    lines = []
    head = rows[0]
    for row in rows[1:]:
        for h, c in zip(head, row):
            lines.append("%s: %s" % (h, c))
        lines.append("")
    return lines


def render_txt(path, blocks, meta):
    import textwrap
    width = meta.get("width", 92)
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "t":
            out += [b[1].upper(), "=" * min(len(b[1]), width), ""]
        elif kind == "st":
            out += [b[1], ""]
        elif kind == "h":
            out += ["", b[1], "-" * min(len(b[1]), width)]
        elif kind == "h2":
            out += [b[1]]
        elif kind == "p":
            out += textwrap.wrap(b[1], width) + [""]
        elif kind == "li":
            out += textwrap.wrap(b[1], width, initial_indent="  ",
                                 subsequent_indent="     ") + [""]
        elif kind == "sp":
            out += [""]
        elif kind == "pb":
            out += ["", ""]
        elif kind == "tbl":
            out += _txt_table(b[1])
        else:
            raise ValueError(kind)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_md(path, blocks, meta):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "t":
            out += ["# " + b[1], ""]
        elif kind == "st":
            out += ["*" + b[1] + "*", ""]
        elif kind == "h":
            out += ["## " + b[1], ""]
        elif kind == "h2":
            out += ["### " + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "li":
            out += ["- " + b[1]]
        elif kind == "sp":
            out += [""]
        elif kind == "pb":
            out += ["---", ""]
        elif kind == "tbl":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join(["---"] * len(rows[0])) + "|")
            for row in rows[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        else:
            raise ValueError(kind)
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.rstrip() + "\n")


RENDER = {"pdf": render_pdf, "docx": render_docx, "txt": render_txt, "md": render_md}

SAMPLES = {}


def sample(num, slug, fmt, description, statuses, evidence, meta=None):
    def deco(fn):
        SAMPLES[num] = dict(name="h%d_%s" % (num, slug), fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, meta=meta or {}, blocks=fn)
        return fn
    return deco


def S(a, b, c, d, e, f, g, h, i, j):
    return dict(zip("abcdefghij", (a, b, c, d, e, f, g, h, i, j)))


P, W, M, NA = "present", "weak", "missing", "not_applicable"


# ==============================================================================================
# h233 - notariële akte, PDF
# ==============================================================================================
@sample(233, "notariele_akte_land_van_heusden_autotechniek", "pdf",
        "Notariële akte (comparitie, 'handelend als gemeld', leden per artikel), PDF, Times; "
        "Land van Heusden, Mobiliteit en transport kb naar Eerste (bedrijfs)autotechnicus niveau 3; "
        "overdracht met bedrag en bestemming; volledig.",
        S(P, P, P, P, P, P, P, P, P, P),
        {"a": "Artikel 2 De leerroute", "b": "Artikel 3 Inbreng van het bedrijfsleven",
         "c": "Artikel 4 De routeleiding", "d": "Artikel 5 Inlichtingen en rekenschap",
         "e": "Artikel 6 Inrichting, personeel en voorzieningen",
         "f": "Artikel 7 Voortijdig verlaten van de route",
         "g": "Artikel 8 Overdracht van bekostiging", "h": "Artikel 9 Medezeggenschap",
         "i": "Artikel 10 Geschillen",
         "j": "Artikel 11 Toetreding, beëindiging en wijziging"},
        meta=dict(font="Times-Roman", size=10.5, justify=True,
                  title="Akte samenwerkingsovereenkomst doorlopende leerroute autotechniek",
                  author="Notariskantoor Van Dongen", footer="Repertoriumnummer 2025/0614"))
def h233():
    return [
        ("t", "SAMENWERKINGSOVEREENKOMST"),
        ("st", "doorlopende leerroute vmbo-mbo Mobiliteit en transport / Autotechniek"),
        ("st", "Vestingcollege Heusden – ROC Baardwijk"),
        ("sp",),
        ("p", "Heden, dertig juni tweeduizend vijfentwintig, verschenen voor mij, mr. Adriana "
              "Johanna Maria van Dongen-Verhoeven, notaris gevestigd te Heusden:"),
        ("li", "1. de heer Cornelis Wilhelmus Maria van der Ven, geboren te Drunen op elf maart "
               "negentienhonderdachtenzestig, ten deze handelend als voorzitter van het college "
               "van bestuur van de stichting: Stichting Voortgezet Onderwijs Maasland-Heusden, "
               "statutair gevestigd te Heusden, kantoorhoudende aan de Vismarkt 4 te 5256 BC "
               "Heusden, ingeschreven in het handelsregister onder nummer 41089317, als zodanig "
               "het bevoegd gezag van het Vestingcollege, school voor vbo en mavo, en deze "
               "stichting rechtsgeldig vertegenwoordigend, hierna te noemen: 'de school';"),
        ("li", "2. mevrouw Hendrika Petronella Smulders, geboren te Waalwijk op vierentwintig "
               "augustus negentienhonderdvijfenzeventig, ten deze handelend als lid van het "
               "college van bestuur van de stichting: Stichting Regionaal Opleidingencentrum "
               "Baardwijk, statutair gevestigd te Waalwijk, kantoorhoudende aan de "
               "Grotestraat 212 te 5141 HB Waalwijk, ingeschreven in het handelsregister onder "
               "nummer 41096645, als zodanig het bevoegd gezag van de instelling voor "
               "beroepsonderwijs ROC Baardwijk, en deze stichting rechtsgeldig "
               "vertegenwoordigend, hierna te noemen: 'het ROC'."),
        ("p", "De comparanten, handelend als gemeld, hierna gezamenlijk ook te noemen: "
              "'partijen', verklaarden:"),
        ("h2", "Considerans"),
        ("li", "A. dat de school en het ROC sinds het schooljaar tweeduizend eenentwintig/"
               "tweeduizend tweeëntwintig samenwerken in de voorbereiding van leerlingen op "
               "de opleidingen autotechniek van het ROC;"),
        ("li", "B. dat partijen deze samenwerking willen omzetten in een doorlopende leerroute "
               "vmbo-mbo als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 "
               "en artikel 9.1.2 van de Wet educatie en beroepsonderwijs;"),
        ("li", "C. dat de wet voor het gezamenlijk verzorgen van zulk een route een "
               "samenwerkingsovereenkomst voorschrijft en partijen ervoor hebben gekozen deze "
               "bij notariële akte vast te leggen;"),
        ("p", "en verklaarden voorts met elkaar te zijn overeengekomen als volgt."),

        ("h", "Artikel 1 Begrippen"),
        ("p", "In deze akte wordt verstaan onder: route: de doorlopende leerroute bedoeld in "
              "artikel 2; deelnemer: een leerling of student die aan de route deelneemt; "
              "vo-fase: het eerste en tweede leerjaar van de route (leerjaar 3 en 4 vmbo); "
              "mbo-fase: het derde en volgende leerjaren van de route; routeleiding: het orgaan "
              "bedoeld in artikel 4; besturen: de colleges van bestuur van partijen."),

        ("h", "Artikel 2 De leerroute"),
        ("p", "1. Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het "
              "derde leerjaar van de kaderberoepsgerichte leerweg, profiel Mobiliteit en "
              "transport, van de school en die uitmondt in een vakopleiding op niveau 3 in het "
              "opleidingsdomein Mobiliteit en voertuigen van het ROC."),
        ("p", "2. De route leidt op tot het vmbo-diploma kaderberoepsgerichte leerweg en tot "
              "het mbo-diploma van een van de volgende opleidingen, naar keuze van de "
              "deelnemer aan het einde van de vo-fase: Eerste autotechnicus (niveau 3, "
              "beroepsopleidende leerweg) of Eerste bedrijfsautotechnicus (niveau 3, "
              "beroepsopleidende leerweg)."),
        ("p", "3. De route duurt vier jaar. Het centraal examen vmbo wordt in de regel aan het "
              "einde van het tweede leerjaar van de route afgelegd; een deelnemer die dan niet "
              "slaagt, kan het examen in het derde leerjaar van de route opnieuw afleggen."),

        ("h", "Artikel 3 Inbreng van het bedrijfsleven"),
        ("p", "1. Het regionale autobedrijf is vertegenwoordigd in de Praktijkraad Autotechniek "
              "Land van Heusden, waarin zitting hebben: twee afgevaardigden van de BOVAG-"
              "afdeling Langstraat, een afgevaardigde van Transportbedrijf Van Hemert B.V. te "
              "Nieuwkuijk en de praktijkopleiders van de erkende leerbedrijven die ten minste "
              "twee deelnemers begeleiden."),
        ("p", "2. De Praktijkraad komt twee maal per schooljaar bijeen en geeft gevraagd en "
              "ongevraagd advies over de keuze van keuzedelen en de actualiteit van het "
              "praktijkprogramma."),
        ("p", "3. De leerbedrijven stellen in de vo-fase snuffelstages van tien dagen en in de "
              "mbo-fase plaatsen voor beroepspraktijkvorming beschikbaar; hun praktijkopleiders "
              "beoordelen de beroepsproeve mee. Partijen maken met ieder leerbedrijf de "
              "afspraken via de praktijkovereenkomst en de erkenning van SBB."),

        ("h", "Artikel 4 De routeleiding"),
        ("p", "1. De dagelijkse leiding over de route berust bij een routeleiding, bestaande uit "
              "de teamleider bovenbouw techniek van de school en de opleidingsmanager "
              "Mobiliteit van het ROC."),
        ("p", "2. De leden van de routeleiding worden bij schriftelijk besluit aangewezen door "
              "het bestuur van de partij waarbij zij in dienst zijn, nadat het bestuur van de "
              "andere partij over de voorgenomen aanwijzing is gehoord. Een aanwijzing geldt "
              "voor de duur van drie schooljaren en kan worden herhaald."),
        ("p", "3. Aan de routeleiding wordt door de besturen opgedragen: het opstellen van het "
              "gezamenlijke programma van toetsing en afsluiting en het onderwijs- en "
              "examenreglement van de route, het vaststellen van de jaarroosters, de "
              "toedeling van docenten binnen de daartoe door de besturen vastgestelde "
              "formatie, het onderhouden van de contacten met de Praktijkraad en de "
              "leerbedrijven en het voorbereiden van besluiten over de overstap van "
              "deelnemers."),
        ("p", "4. De routeleiding is bevoegd verplichtingen aan te gaan tot een bedrag van "
              "vijfduizend euro (EUR 5.000) per geval binnen de begroting van de route. "
              "Besluiten over de formatie, de begroting en de toelating van nieuwe "
              "leerbedrijven tot de Praktijkraad zijn aan de besturen voorbehouden."),

        ("h", "Artikel 5 Inlichtingen en rekenschap"),
        ("p", "1. De routeleiding zendt beide besturen uiterlijk op vijftien oktober van ieder "
              "jaar een schriftelijk jaarverslag over het afgelopen schooljaar, met daarin ten "
              "minste de instroom, de doorstroom naar de mbo-fase, het aantal overstappers, de "
              "examenresultaten en de besteding van de overgedragen middelen."),
        ("p", "2. Daarnaast brengt de routeleiding in januari en in juni mondeling verslag uit "
              "in het bestuurlijk overleg van partijen, waarin de besturen de routeleiding "
              "kwijting verlenen voor het gevoerde beleid of aanwijzingen geven."),
        ("p", "3. Ieder bestuur kan tussentijds alle inlichtingen verlangen die het voor de "
              "uitoefening van zijn taak nodig heeft; de routeleiding verstrekt die binnen "
              "tien werkdagen."),

        ("h", "Artikel 6 Inrichting, personeel en voorzieningen"),
        ("p", "1. De vo-fase wordt verzorgd in het gebouw van de school aan de Burgemeester "
              "Van Houtenlaan te Heusden; de mbo-fase in het Autotechnisch Centrum van het "
              "ROC aan de Industrieweg te Waalwijk. In het tweede leerjaar van de route volgen "
              "de deelnemers één dag per week praktijkonderwijs in het Autotechnisch Centrum."),
        ("p", "2. Het onderwijsprogramma en de examinering per leerjaar, met vermelding van de "
              "onderdelen die tot het vmbo, tot het mbo of tot beide behoren, zijn opgenomen "
              "in het gezamenlijke PTA/OER dat de routeleiding jaarlijks voor één oktober "
              "ter vaststelling aan beide besturen voorlegt."),
        ("p", "3. De school zet voor de route haar docenten voertuigtechniek en de algemene "
              "vakken in; het ROC stelt twee docenten autotechniek ter beschikking die in het "
              "tweede leerjaar van de route vier lesuren per week op de school verzorgen. "
              "Partijen maken gebruik van de mogelijkheid van teambevoegdheid; het team "
              "bestaat uit de genoemde docenten, waarbij voor ieder programmaonderdeel ten "
              "minste één daartoe bevoegde docent verantwoordelijk is. Iedere docent blijft "
              "in dienst van zijn eigen werkgever."),
        ("p", "4. De school stelt haar motorenlokaal en theorielokalen, het ROC zijn "
              "werkplaats, diagnoseapparatuur en hefbruggen kosteloos ter beschikking voor "
              "het onderwijs binnen de route. Schade aan apparatuur wordt gedragen door de "
              "partij die haar veroorzaakt."),
        ("p", "5. Een klacht over een gedraging van een personeelslid van de ene partij die "
              "bij de andere partij wordt ingediend, wordt door de ontvangende partij "
              "behandeld volgens haar klachtenregeling, met medewerking van de partij in wier "
              "dienst het personeelslid is."),

        ("h", "Artikel 7 Voortijdig verlaten van de route"),
        ("p", "1. Wordt de deelname aan de route beëindigd voordat de deelnemer haar met succes "
              "heeft afgerond, dan stellen partijen hem in staat een vmbo-diploma of een "
              "mbo-diploma te behalen dat past bij het door hem bereikte onderwijsniveau en "
              "bij zijn leeftijd."),
        ("p", "2. Wie in de vo-fase uitstapt, vervolgt zijn opleiding in de reguliere "
              "kaderberoepsgerichte leerweg van de school, in het profiel Mobiliteit en "
              "transport of, indien hij dat wenst, in een ander door de school aangeboden "
              "profiel, met behoud van de reeds afgelegde examenonderdelen."),
        ("p", "3. Wie in de mbo-fase uitstapt, kan overstappen naar een andere opleiding op "
              "niveau 2 of 3 van het ROC; de vooropleidingseisen gelden daarbij niet. Wie naar "
              "een andere instelling wil, wordt door het ROC en de school begeleid bij de "
              "aanmelding en het geschiktheidsonderzoek bij die instelling."),
        ("p", "4. Heeft de deelnemer aan het einde van het derde leerjaar van de route het "
              "vmbo-diploma niet behaald, dan kan hij zonder dat diploma de mbo-opleiding "
              "vervolgen of, als partijen dat kansrijker achten, het examenjaar vmbo "
              "overdoen."),
        ("p", "5. Welke voortzetting passend is, beslissen de teamleider van de school en de "
              "opleidingsmanager van het ROC samen, na een gesprek met de deelnemer en, zolang "
              "hij minderjarig is, zijn ouders. De uitwerking staat in de schoolgids."),

        ("h", "Artikel 8 Overdracht van bekostiging"),
        ("p", "1. De school draagt, met toepassing van artikel 5.42a van de Wet voortgezet "
              "onderwijs 2020, voor iedere deelnemer in het tweede leerjaar van de route een "
              "bedrag van elfhonderdvijftig euro (EUR 1.150) per schooljaar over aan het ROC."),
        ("p", "2. Dit bedrag is bestemd voor de vergoeding van de lesuren die docenten van het "
              "ROC op de school verzorgen en voor het gebruik van de werkplaats bedoeld in "
              "artikel 6 lid 4 en mag door het ROC niet voor andere doeleinden worden "
              "aangewend."),
        ("p", "3. Het ROC ontvangt het bedrag in twee gelijke termijnen, op één november en "
              "op één april, op basis van de telling van deelnemers per één oktober. In de "
              "mbo-fase vindt geen overdracht plaats."),

        ("h", "Artikel 9 Medezeggenschap"),
        ("p", "1. Voordat een besluit tot wijziging of beëindiging van deze overeenkomst wordt "
              "genomen, vragen partijen advies aan de medezeggenschapsraad van de school en "
              "aan de studentenraad van het ROC."),
        ("p", "2. Deelnemers die in de vo-fase zijn ingeschreven bij de school, kunnen zich "
              "verkiesbaar stellen voor het routeplatform van de studentenraad van het ROC en "
              "hebben daarin dezelfde rechten als studenten van het ROC. Het ROC neemt dit op "
              "in het reglement van de studentenraad."),
        ("p", "3. De medezeggenschapsraad van de school en de studentenraad van het ROC "
              "ontvangen jaarlijks het jaarverslag bedoeld in artikel 5 lid 1 en worden "
              "uitgenodigd voor een gezamenlijke bespreking daarvan."),

        ("h", "Artikel 10 Geschillen"),
        ("p", "1. Een verschil van mening over de uitvoering van deze overeenkomst wordt eerst "
              "in de routeleiding besproken. Leidt dat binnen vier weken niet tot een "
              "oplossing, dan legt iedere partij het geschil voor aan het bestuurlijk overleg."),
        ("p", "2. Komt het bestuurlijk overleg binnen zes weken niet tot overeenstemming, dan "
              "wenden partijen zich tot een door hen gezamenlijk aan te wijzen mediator. "
              "Slaagt de mediation niet binnen drie maanden, dan wordt het geschil beslecht "
              "door de bevoegde rechter van de rechtbank Oost-Brabant."),

        ("h", "Artikel 11 Toetreding, beëindiging en wijziging"),
        ("p", "1. Een andere school voor vbo of mavo of een andere instelling voor "
              "beroepsonderwijs kan partij worden bij deze overeenkomst als partijen daarmee "
              "schriftelijk instemmen en de toetredende partij zich bij akte van toetreding "
              "verbindt aan alle bepalingen van deze overeenkomst. Toetreding gaat in per "
              "één augustus en wordt door alle betrokken besturen aan de Minister gemeld."),
        ("p", "2. Deze overeenkomst geldt voor onbepaalde tijd. Ieder van partijen kan haar "
              "bij aangetekende brief opzeggen tegen één augustus van enig jaar, met "
              "inachtneming van een opzegtermijn van ten minste achttien maanden. Ontbinding "
              "wegens een tekortkoming is slechts mogelijk na een schriftelijke ingebrekestelling "
              "met een hersteltermijn van drie maanden."),
        ("p", "3. Na opzegging of ontbinding stromen geen nieuwe deelnemers meer in; "
              "deelnemers die op dat moment in de route zijn ingeschreven, ronden de route bij "
              "partijen af onder de voorwaarden van deze overeenkomst, die voor hen van "
              "kracht blijft."),
        ("p", "4. Deze overeenkomst kan in andere gevallen slechts worden gewijzigd bij een "
              "door beide besturen ondertekende schriftelijke wijziging, na het advies "
              "bedoeld in artikel 9 lid 1. Een wijziging heeft geen gevolgen voor lopende "
              "leerjaren, tenzij zij de deelnemers uitsluitend begunstigt."),

        ("h", "Slot"),
        ("p", "De comparanten zijn mij, notaris, bekend. Waarvan akte, in minuut verleden te "
              "Heusden op de datum in het hoofd van deze akte vermeld. Na zakelijke opgave van "
              "de inhoud van deze akte aan de comparanten en toelichting daarop hebben zij "
              "eenparig verklaard van de inhoud te hebben kennisgenomen en op volledige "
              "voorlezing daarvan geen prijs te stellen. Onmiddellijk na beperkte voorlezing "
              "is deze akte door de comparanten en mij, notaris, ondertekend."),
        ("p", "(getekend) C.W.M. van der Ven – H.P. Smulders – A.J.M. van Dongen-Verhoeven"),
    ]


# ==============================================================================================
# h234 - onderwijsadviseur, DOCX
# ==============================================================================================
@sample(234, "onderwijsadvies_jargon_haaglanden_oost_verzorgende", "docx",
        "Jargon van een onderwijsadviesbureau (governance, stakeholders, PDCA), DOCX met "
        "kopstijlen en een KPI-tabel; Haaglanden-Oost, Zorg en welzijn kb naar Verzorgende-IG "
        "niveau 3; leiding zonder benoemingswijze, overdracht zonder bestemming, "
        "medezeggenschap alleen wettelijk kader/'kunnen'.",
        S(P, P, W, P, P, P, W, NA, P, P),
        {"a": "1. Scope en routearchitectuur", "b": "2. Werkveldpartners en co-creatie",
         "d": "4. Informatiecyclus en verantwoording",
         "e": "5. Onderwijslogistiek, inzet professionals en facilitaire inbedding",
         "f": "6. Exit-scenario's en passend vervolg",
         "i": "9. Conflicthantering", "j": "10. Looptijd, instap nieuwe partners en aanpassingen"},
        meta=dict(title="Samenwerkingsovereenkomst Zorgpad Haaglanden-Oost",
                  author="Kompas Onderwijsadvies"))
def h234():
    return [
        ("t", "Samenwerkingsovereenkomst Zorgpad Haaglanden-Oost"),
        ("st", "Doorlopende leerroute vmbo-mbo Zorg en welzijn – Verzorgende-IG"),
        ("st", "Versie 1.0 – definitief – opgesteld met procesbegeleiding van Kompas "
               "Onderwijsadvies"),
        ("h", "Partijen"),
        ("p", "Stichting Christelijk Voortgezet Onderwijs Haaglanden-Oost, bevoegd gezag van "
              "het Vlietland College (vmbo), gevestigd te Leidschendam, vertegenwoordigd door "
              "mevrouw drs. M.E. (Marieke) Oosterbaan, voorzitter college van bestuur, hierna: "
              "het Vlietland College;"),
        ("p", "en"),
        ("p", "Stichting ROC Haaglanden Oost, bevoegd gezag van het gelijknamige regionaal "
              "opleidingencentrum, gevestigd te Zoetermeer, vertegenwoordigd door de heer "
              "R. (Rachid) Amrani MBA, lid college van bestuur, hierna: het ROC."),
        ("h", "Waarom dit Zorgpad"),
        ("p", "De arbeidsmarkt in de zorg vraagt om vakmensen die vroeg in hun loopbaan "
              "eigenaarschap ontwikkelen. Partijen willen een naadloze, ontschotte leerlijn "
              "realiseren waarin vmbo- en mbo-stof als één geheel worden aangeboden, "
              "zonder knip bij de overgang. Deze overeenkomst vormt het bestuurlijke "
              "fundament; de operationele uitwerking volgt de PDCA-cyclus die hieronder "
              "wordt beschreven. Partijen spreken het volgende af."),

        ("h", "1. Scope en routearchitectuur"),
        ("p", "Het Zorgpad start in leerjaar 3 van de kaderberoepsgerichte leerweg binnen het "
              "profiel Zorg en welzijn van het Vlietland College en loopt door in de "
              "beroepsopleidende leerweg van de mbo-opleiding Verzorgende-IG (niveau 3, "
              "opleidingsdomein Zorg en welzijn) van het ROC. De deelnemer rondt de leerlijn "
              "af met het vmbo-diploma kader en het mbo-diploma Verzorgende-IG. De nominale "
              "doorlooptijd is vijf jaar: twee jaar vo-fase, drie jaar mbo-fase."),
        ("p", "Binnen de architectuur onderscheiden partijen drie bouwlagen: de "
              "beroepsgerichte kern (gezamenlijk ontworpen), de generieke vakken en de "
              "keuzeruimte, waarin de deelnemer in de vo-fase al mbo-keuzedelen kan volgen."),

        ("h", "2. Werkveldpartners en co-creatie"),
        ("p", "Het Zorgpad wordt in co-creatie met het werkveld vormgegeven. Vaste partners "
              "zijn Zorggroep Vlietstede (verpleeg- en verzorgingshuizen), Thuiszorg De "
              "Vaart en Stichting Ouderenzorg Wilgenhof. Zij leveren elk één praktijkopleider "
              "aan de werkveldtafel, die vier keer per jaar met de routecoördinatoren "
              "bijeenkomt."),
        ("p", "Concreet nemen de werkveldpartners de volgende rollen op zich: (a) zij bieden "
              "in de vo-fase ten minste twintig deelnemers per jaar een meeloopstage van "
              "twee weken en in de mbo-fase een bpv-plek op een erkende leerplaats; (b) zij "
              "verzorgen per schooljaar vier gastcolleges over actuele zorgvraagstukken; "
              "(c) zij leveren casuïstiek voor de beroepsgerichte kern en (d) hun "
              "praktijkopleiders beoordelen de proeves van bekwaamheid mee."),

        ("h", "3. Governance: de Routeregie"),
        ("p", "Voor de sturing op het Zorgpad hanteren partijen een compacte governance. De "
              "Routeregie is het sturende orgaan van de leerlijn en het aanspreekpunt voor "
              "alle stakeholders."),
        ("p", "De Routeregie bestaat uit een routecoördinator van het Vlietland College, "
              "een routecoördinator van het ROC en een vertegenwoordiger uit het zorgveld "
              "met een adviserende stem. Het voorzitterschap rouleert per schooljaar tussen "
              "de twee routecoördinatoren."),
        ("p", "Taken van de Routeregie: het ontwerpen en jaarlijks actualiseren van het "
              "gezamenlijke PTA/OER; de roostering en de jaarplanning; de regie op de "
              "overgang van vo-fase naar mbo-fase; het bewaken van de kritische "
              "succesfactoren; het voorbereiden van de exit-besluiten bedoeld in paragraaf 6 "
              "en de contacten met de werkveldtafel."),
        ("p", "Bevoegdheden: de Routeregie beslist zelfstandig over rooster, toetsplanning, "
              "inzet van de beschikbare docenturen en uitgaven tot EUR 7.500 per besluit "
              "binnen de vastgestelde routebegroting. Besluiten over personele formatie, de "
              "routebegroting zelf en wijziging van de opleidingskeuze liggen bij de "
              "besturen."),

        ("h", "4. Informatiecyclus en verantwoording"),
        ("p", "De Routeregie houdt beide colleges van bestuur aangesloten via een vaste "
              "informatiecyclus:"),
        ("tbl", [["Moment", "Product", "Ontvanger"],
                 ["Februari en september", "Voortgangsdashboard (instroom, verzuim, "
                  "doorstroom, exits, tevredenheid werkveld)", "Beide colleges van bestuur"],
                 ["Uiterlijk 1 november", "Jaarlijkse verantwoordingsrapportage over het "
                  "afgelopen schooljaar incl. financiële realisatie",
                  "Beide colleges van bestuur"],
                 ["December", "Bestuurlijk reviewgesprek: bespreking rapportage, "
                  "bijsturing, vaststelling ontwikkelagenda", "Beide colleges van bestuur "
                  "en de Routeregie"]]),
        ("p", "Bij incidenten met impact op de continuïteit van de leerlijn informeert de "
              "Routeregie beide besturen binnen vijf werkdagen schriftelijk."),

        ("h", "5. Onderwijslogistiek, inzet professionals en facilitaire inbedding"),
        ("p", "Locaties: de vo-fase vindt plaats op de locatie Veurseweg van het Vlietland "
              "College; vanaf het tweede leerjaar van de route volgen deelnemers één dag per "
              "week onderwijs op de zorgcampus van het ROC in Zoetermeer. De mbo-fase vindt "
              "volledig op de zorgcampus plaats."),
        ("p", "Professionals: het Zorgpad wordt gedragen door één hybride docententeam. Het "
              "Vlietland College levert twee docenten zorg en welzijn en de docenten "
              "algemene vakken; het ROC levert een docent verpleegtechnische handelingen en "
              "een studieloopbaanbegeleider die al in de vo-fase aan de deelnemers wordt "
              "gekoppeld. Partijen benutten de teambevoegdheid voor de beroepsgerichte kern; "
              "voor elk onderdeel is een bevoegde docent aan het team verbonden. Ieder blijft "
              "in dienst van de eigen werkgever; uitwisseling geschiedt op basis van "
              "onderlinge dienstverlening zonder detacheringsvergoeding."),
        ("p", "Faciliteiten: deelnemers en docenten gebruiken het skillslab en het "
              "simulatie-appartement van de zorgcampus; het ROC stelt daarvoor wekelijks een "
              "dagdeel per groep beschikbaar. Het Vlietland College stelt zijn "
              "praktijklokaal verzorging open voor de gastcolleges van de werkveldpartners. "
              "Digitale leermiddelen worden via de elektronische leeromgeving van het ROC "
              "ontsloten; het Vlietland College verstrekt daartoe de benodigde accounts."),
        ("p", "Onderwijsprogramma en examinering: het programma en de toetsing per leerjaar, "
              "met vermelding van vmbo-, mbo- en gecombineerde onderdelen, zijn vastgelegd in "
              "het gezamenlijke PTA/OER Zorgpad. Het centraal examen vmbo wordt in het tweede "
              "leerjaar van de route afgenomen."),

        ("h", "6. Exit-scenario's en passend vervolg"),
        ("p", "Niet iedere deelnemer zal het Zorgpad in één keer doorlopen. Partijen "
              "garanderen iedere deelnemer die de leerlijn verlaat een passend vervolg dat "
              "leidt tot een diploma."),
        ("li", "Exit in de vo-fase: de deelnemer vervolgt het reguliere kaderprogramma Zorg en "
               "welzijn van het Vlietland College, of een ander profiel, met het vmbo-diploma "
               "als doel; behaalde onderdelen blijven staan."),
        ("li", "Geen vmbo-diploma na het derde leerjaar van de route: de deelnemer kan, "
               "afhankelijk van de behaalde resultaten, zonder dat diploma doorgaan in de "
               "mbo-opleiding of in Helpende zorg en welzijn (niveau 2), of het examenjaar "
               "vmbo herhalen."),
        ("li", "Exit in de mbo-fase: overstap naar een andere opleiding van het ROC op niveau 2 "
               "of 3, bijvoorbeeld Medewerker maatschappelijke zorg of Pedagogisch "
               "medewerker; de vooropleidingseisen worden daarbij niet tegengeworpen."),
        ("li", "Verhuizing of andere instelling: de studieloopbaanbegeleider verzorgt een "
               "warme overdracht en ondersteunt bij het geschiktheidsonderzoek elders."),
        ("p", "Het exit-besluit wordt genomen door de mentor van het Vlietland College en de "
              "studieloopbaanbegeleider van het ROC gezamenlijk, na een gesprek met de "
              "deelnemer en diens ouders, op basis van het bereikte onderwijsniveau en de "
              "leeftijd van de deelnemer. De schoolgids beschrijft de werkwijze."),

        ("h", "7. Financieel kader"),
        ("p", "Er is geen aanvullende bekostiging voor de leerlijn. In de vo-fase ontvangt "
              "het Vlietland College de rijksbijdrage, in de mbo-fase het ROC. Partijen "
              "spreken een jaarlijkse bekostigingsoverdracht af van het Vlietland College "
              "naar het ROC ter hoogte van 15 procent van de lumpsum per deelnemer in het "
              "tweede leerjaar van de route. De bestemming van deze middelen wordt jaarlijks "
              "in de begrotingscyclus door partijen bepaald."),

        ("h", "8. Medezeggenschap"),
        ("p", "Het wettelijk kader voorziet in de medezeggenschap: in de vo-fase geldt de Wet "
              "medezeggenschap op scholen voor deelnemers, ouders en personeel van het "
              "Vlietland College; na inschrijving bij het ROC gelden de medezeggenschaps"
              "bepalingen van de WEB en voor personeel van het ROC de Wet op de "
              "ondernemingsraden. Partijen kunnen desgewenst aanvullende afspraken maken "
              "over de medezeggenschap binnen het Zorgpad."),

        ("h", "9. Conflicthantering"),
        ("p", "Verschillen van inzicht over de uitvoering van deze overeenkomst worden "
              "langs een vaste escalatieladder opgelost: (1) bespreking in de Routeregie; "
              "(2) als dat binnen drie weken geen oplossing biedt, agendering in het "
              "bestuurlijk overleg van beide colleges van bestuur; (3) blijft het geschil "
              "bestaan, dan schakelen partijen binnen vier weken een mediator in die is "
              "ingeschreven in het register van de Mediatorsfederatie Nederland; (4) "
              "mislukt de mediation, dan is de rechtbank Den Haag bevoegd."),

        ("h", "10. Looptijd, instap nieuwe partners en aanpassingen"),
        ("p", "Looptijd en opzegging: deze overeenkomst gaat in op 1 augustus 2025 en loopt "
              "voor onbepaalde tijd. Opzegging geschiedt schriftelijk per 1 augustus van een "
              "kalenderjaar met een opzegtermijn van twaalf maanden."),
        ("p", "Instap nieuwe partners: een andere vmbo-school of mbo-instelling kan tot het "
              "Zorgpad toetreden als beide besturen schriftelijk instemmen, de nieuwe partner "
              "deze overeenkomst integraal onderschrijft in een ondertekend addendum en de "
              "toetreding aan DUO wordt gemeld. Toetreding gaat in bij de start van een "
              "schooljaar."),
        ("p", "Aanpassingen: wijzigingen van deze overeenkomst worden schriftelijk "
              "vastgelegd en door beide colleges van bestuur ondertekend."),
        ("p", "Continuïteitsborging: bij opzegging, toetreding of wijziging staat het belang "
              "van de deelnemers voorop. Na een opzegging start er geen nieuw cohort meer; "
              "deelnemers die al zijn ingestroomd, ronden het Zorgpad volgens het bij hun "
              "instroom geldende programma af. Een wijziging of toetreding raakt het "
              "programma van een lopend cohort niet zonder instemming van de betrokken "
              "deelnemers en ouders."),

        ("h", "Ondertekening"),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Leidschendam op "
              "30 juni 2025."),
        ("tbl", [["Namens het Vlietland College", "Namens het ROC"],
                 ["drs. M.E. Oosterbaan, voorzitter college van bestuur",
                  "R. Amrani MBA, lid college van bestuur"]]),
    ]


# ==============================================================================================
# h235 - afsprakenkaart, één pagina, MD (zeer kort)
# ==============================================================================================
@sample(235, "afsprakenkaart_een_pagina_noord_beveland_sport_recreatie", "md",
        "Afsprakenkaart van één pagina in gewone taal, Markdown met korte kopjes; Noord-Beveland, "
        "Dienstverlening en producten bb naar Medewerker sport en recreatie niveau 2; "
        "geschillen alleen 'in onderling overleg', geen toetredingsregeling; geen "
        "medezeggenschapsafspraken.",
        S(P, P, P, P, P, P, P, NA, W, W),
        {"a": "Route en opleiding", "b": "Werkveld doet mee", "c": "Wie stuurt de route",
         "d": "Verslag aan de besturen", "e": "Waar, wie en met welke spullen",
         "f": "Als de route niet past", "g": "Geld"})
def h235():
    return [
        ("t", "Afsprakenkaart doorlopende leerroute Sport & Bewegen Noord-Beveland"),
        ("st", "Samenwerkingsovereenkomst in kaartvorm – schooljaar 2025-2026 en verder"),
        ("p", "Wie: Stichting Openbaar Voortgezet Onderwijs De Bevelanden (bevoegd gezag van "
              "het Oosterscheldecollege, vmbo, Kamperland) en Stichting ROC Zeeuwse Delta "
              "(bevoegd gezag van het ROC Zeeuwse Delta, Goes). Beide besturen tekenen onderaan "
              "en spreken het volgende af."),
        ("h2", "Route en opleiding"),
        ("li", "Start: leerjaar 3 basisberoepsgerichte leerweg, profiel Dienstverlening en "
               "producten, Oosterscheldecollege."),
        ("li", "Einde: mbo-diploma Medewerker sport en recreatie, niveau 2 (BOL, domein Sport "
               "en bewegen), ROC Zeeuwse Delta. Onderweg ook het vmbo-diploma basis."),
        ("h2", "Werkveld doet mee"),
        ("li", "Sportbedrijf Noord-Beveland, Vakantiepark De Schelpenhoek en Watersportcentrum "
               "Veerse Meer bieden elk jaar stageplekken en één praktijkopdracht per periode."),
        ("li", "Hun begeleiders komen twee keer per jaar aan tafel om het programma te "
               "bespreken en beoordelen de examenopdrachten in de praktijk mee."),
        ("h2", "Wie stuurt de route"),
        ("li", "Het routeteam: de teamleider D&P van de school en de opleidingsmanager Sport "
               "van het ROC. Elk bestuur wijst zijn eigen lid aan, per schooljaar."),
        ("li", "Het routeteam maakt programma, PTA/OER en rooster, houdt de overstapgesprekken "
               "en beslist over rooster en inzet van de lesuren. Geld en personeel: daar "
               "beslissen de besturen over."),
        ("h2", "Verslag aan de besturen"),
        ("li", "Elk jaar vóór 1 december stuurt het routeteam beide besturen een verslag van "
               "twee pagina's (instroom, doorstroom, uitval, stage, resultaten) en licht het "
               "toe in het bestuurlijk voorjaarsoverleg."),
        ("h2", "Waar, wie en met welke spullen"),
        ("li", "Leerjaar 3 en 4: op school in Kamperland, met één dag per week les in de "
               "sporthal en het bewegingslab van het ROC in Goes. Daarna: ROC Goes."),
        ("li", "Docenten: twee D&P-docenten van de school en een docent sport en bewegen van "
               "het ROC, die samen één team vormen (teambevoegdheid, elk blijft bij de eigen "
               "werkgever)."),
        ("li", "Spullen: de school leent haar gymzaal en kanovloot uit; het ROC zijn sporthal, "
               "fitnessruimte en EHBO-oefenmaterialen. Kosteloos over en weer."),
        ("h2", "Als de route niet past"),
        ("li", "Stop je in leerjaar 3 of 4? Dan ga je verder in de gewone basisroute op school "
               "(D&P of een ander profiel) en haal je je vmbo-diploma."),
        ("li", "Stop je later? Dan kies je een andere niveau-2-opleiding bij het ROC, zonder "
               "extra toelatingseisen. Geen vmbo-diploma gehaald? Dan kun je toch doorgaan "
               "in het mbo."),
        ("li", "Welke plek het wordt, besluiten mentor en studieloopbaanbegeleider samen met "
               "jou en je ouders, op grond van wat je al gehaald hebt en je leeftijd."),
        ("h2", "Geld"),
        ("li", "Er gaat geen bekostiging over en weer tussen school en ROC. Ieder draagt de "
               "eigen kosten."),
        ("h2", "Onenigheid"),
        ("li", "Lossen we samen in onderling overleg op."),
        ("h2", "Stoppen of aanpassen"),
        ("li", "Opzeggen: schriftelijk, per 1 augustus, minstens een jaar van tevoren. Wie al "
               "in de route zit, maakt hem gewoon af; na opzegging start er geen nieuwe groep."),
        ("li", "Aanpassen: alleen op papier, getekend door beide besturen."),
        ("p", "Getekend Kamperland, 30 juni 2025 – J. de Koster (bestuurder OVO De Bevelanden) "
              "en A. Verhulst-Baaij (voorzitter college van bestuur ROC Zeeuwse Delta)."),
    ]


# ==============================================================================================
# h236 - interne regeling AOC, DOCX
# ==============================================================================================
@sample(236, "interne_regeling_aoc_reestdal_groen_grond_infra", "docx",
        "Interne regeling van een AOC (besluit college van bestuur, 'gelet op', artikelen), DOCX; "
        "Reestdal (Dedemsvaart/Balkbrug), Groen kb naar Vakbekwaam medewerker groen, grond en "
        "infra niveau 3; expliciet geen overdracht met interne doorbelasting; volledig.",
        S(P, P, P, P, P, P, P, NA, NA, NA),
        {"a": "Artikel 2 Reikwijdte en route", "b": "Artikel 3 Werkveld en leerbedrijven",
         "c": "Artikel 4 Routemanager en routeoverleg",
         "d": "Artikel 5 Rapportage aan het college van bestuur",
         "e": "Artikel 6 Onderwijs, examinering, personeel en middelen",
         "f": "Artikel 7 Overstap", "g": "Artikel 8 Bekostiging"},
        meta=dict(title="Interne regeling doorlopende leerroute Groen AOC Reestdal",
                  author="Bestuursbureau AOC Reestdal", docx_font="Arial", docx_size=10))
def h236():
    return [
        ("t", "Interne regeling doorlopende leerroute Groen – Grond en Infra"),
        ("st", "Stichting AOC Reestdal – besluitnummer CvB 2025-041"),
        ("p", "Het college van bestuur van de Stichting Agrarisch Opleidingscentrum Reestdal, "
              "bevoegd gezag van zowel de vmbo-school AOC Reestdal vmbo Dedemsvaart als de "
              "mbo-opleidingen van AOC Reestdal te Balkbrug;"),
        ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en "
              "artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs, op grond "
              "waarvan een doorlopende leerroute die geheel binnen één bevoegd gezag wordt "
              "verzorgd, wordt geregeld in een interne regeling in plaats van in een "
              "samenwerkingsovereenkomst;"),
        ("p", "gehoord de locatiedirecteuren van beide locaties en na advisering door de "
              "gemeenschappelijke medezeggenschapsraad en de studentenraad;"),
        ("p", "besluit vast te stellen de volgende regeling."),

        ("h", "Artikel 1 Begripsbepalingen"),
        ("p", "In deze regeling wordt verstaan onder: college: het college van bestuur van de "
              "stichting; vmbo-locatie: AOC Reestdal vmbo Dedemsvaart; mbo-locatie: AOC "
              "Reestdal mbo Balkbrug; route: de doorlopende leerroute bedoeld in artikel 2; "
              "deelnemer: de leerling of student die de route volgt."),

        ("h", "Artikel 2 Reikwijdte en route"),
        ("p", "1. Deze regeling betreft de doorlopende leerroute die start in het derde "
              "leerjaar van de kaderberoepsgerichte leerweg, profiel Groen, op de vmbo-locatie "
              "en leidt tot het diploma van de vakopleiding Vakbekwaam medewerker groen, grond "
              "en infra (niveau 3, opleidingsdomein Leefomgeving, BOL) op de mbo-locatie."),
        ("p", "2. Binnen het profiel Groen volgen deelnemers in de vo-fase de "
              "profielmodules Groene productie en Vergroening stedelijke omgeving en de "
              "keuzevakken Groene vormgeving en Grondwerk en infra (als mbo-keuzedeel "
              "aangeboden)."),
        ("p", "3. Het college meldt de route aan de Minister en draagt zorg voor registratie "
              "in het Register Instellingen en Opleidingen."),

        ("h", "Artikel 3 Werkveld en leerbedrijven"),
        ("p", "1. De route wordt ontwikkeld en uitgevoerd met de Werkveldcommissie Groen en "
              "Infra Reestdal, waarin zitting hebben de hoveniersbedrijven Groenvoorziening "
              "Zwiers en Tuinen Lentink, aannemingsbedrijf Grondwerken Dunnink, de "
              "buitendienst van de gemeente Hardenberg en een adviseur van SBB."),
        ("p", "2. De werkveldcommissie adviseert jaarlijks over het programma en de keuzedelen, "
              "levert opdrachtgevers voor de praktijkprojecten in leerjaar 4 en stelt in de "
              "mbo-fase bpv-plaatsen bij erkende leerbedrijven beschikbaar."),
        ("p", "3. Een vakman van de leerbedrijven neemt als tweede beoordelaar deel aan de "
              "praktijkexamens van de mbo-fase."),

        ("h", "Artikel 4 Routemanager en routeoverleg"),
        ("p", "1. Het college wijst een routemanager aan die belast is met de leiding over de "
              "route. De routemanager wordt aangewezen voor vier jaar uit de teamleiders van "
              "de beide locaties, op voordracht van de twee locatiedirecteuren gezamenlijk."),
        ("p", "2. De routemanager wordt bijgestaan door het routeoverleg, dat bestaat uit de "
              "routemanager, de teamleider vmbo Groen, de opleidingsmanager Leefomgeving en "
              "een lid van de examencommissie mbo."),
        ("p", "3. Het college draagt aan de routemanager op: de vaststelling van roosters en "
              "groepsindeling, het opstellen van het PTA/OER van de route ter vaststelling "
              "door het college, de toedeling van docenten binnen de formatie die het "
              "college per locatie beschikbaar stelt, de contacten met de werkveldcommissie "
              "en het besluit over de voortzetting na overstap (artikel 7)."),
        ("p", "4. De routemanager heeft budgetbevoegdheid tot EUR 10.000 per jaar voor "
              "materialen en excursies. Over benoeming van personeel en over de begroting "
              "beslist het college."),

        ("h", "Artikel 5 Rapportage aan het college van bestuur"),
        ("p", "1. De routemanager levert per kwartaal een managementrapportage aan het college "
              "met de stand van deelnemers, verzuim, voortgang en uitgaven."),
        ("p", "2. Jaarlijks vóór 1 oktober legt de routemanager in een routeverslag "
              "verantwoording af over het afgelopen schooljaar, inclusief in-, door- en "
              "uitstroom en examenresultaten; het college bespreekt het verslag met de "
              "routemanager en neemt het op in het bestuursverslag."),

        ("h", "Artikel 6 Onderwijs, examinering, personeel en middelen"),
        ("p", "1. De vo-fase wordt verzorgd op de vmbo-locatie in Dedemsvaart. In leerjaar 4 "
              "volgen deelnemers twee dagen per week praktijkonderwijs op de praktijkterreinen "
              "van de mbo-locatie in Balkbrug. De mbo-fase vindt plaats op de mbo-locatie en "
              "bij de leerbedrijven."),
        ("p", "2. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
              "leerjaar zijn beschreven in het PTA/OER van de route, waarin per onderdeel is "
              "aangegeven of het tot het vmbo, het mbo of beide behoort."),
        ("p", "3. Docenten van beide locaties vormen één routeteam en worden over en weer "
              "ingezet; het routeteam werkt met teambevoegdheid voor de praktijkvakken, "
              "waarbij voor ieder onderdeel een bevoegde docent verantwoordelijk is. "
              "Instructeurs van de mbo-locatie verzorgen de machinecursussen in leerjaar 4."),
        ("p", "4. De praktijkterreinen, de kas, het machinepark en de werkplaats kleine "
              "motoren van de mbo-locatie en het schooltuincomplex van de vmbo-locatie staan "
              "voor alle deelnemers ter beschikking; het vervoer tussen de locaties wordt "
              "door de stichting verzorgd."),

        ("h", "Artikel 7 Overstap"),
        ("p", "1. Een deelnemer die de route niet voortzet, krijgt een passend alternatief dat "
              "leidt tot een vmbo-diploma of een mbo-diploma dat aansluit bij het bereikte "
              "onderwijsniveau en zijn leeftijd."),
        ("p", "2. In de vo-fase vervolgt de deelnemer het reguliere programma Groen in de "
              "kaderberoepsgerichte of, als dat beter past, de basisberoepsgerichte leerweg."),
        ("p", "3. In de mbo-fase kan de deelnemer overstappen naar een andere opleiding van "
              "AOC Reestdal op niveau 2 of 3, zoals Medewerker groen, grond en infra (niveau 2) "
              "of Vakbekwaam medewerker dierverzorging; de vooropleidingseisen zijn daarbij "
              "niet van toepassing. Wie het vmbo-diploma niet haalt, kan de mbo-opleiding "
              "zonder dat diploma voortzetten."),
        ("p", "4. De teamleider vmbo Groen en de opleidingsmanager Leefomgeving bepalen "
              "gezamenlijk, na overleg met de deelnemer en zijn ouders, welk alternatief "
              "wordt geboden; de routemanager stelt dit vast."),

        ("h", "Artikel 8 Bekostiging"),
        ("p", "1. Omdat de route geheel binnen de stichting wordt verzorgd, vindt geen "
              "overdracht van bekostiging als bedoeld in artikel 5.42a WVO 2020 of artikel "
              "9.1.15 WEB plaats."),
        ("p", "2. Intern wordt uit de vmbo-begroting per deelnemer in leerjaar 4 EUR 850 "
              "per jaar doorbelast aan het mbo-team Leefomgeving voor de praktijkdagen en het "
              "gebruik van het machinepark."),

        ("h", "Artikel 9 Slotbepalingen"),
        ("p", "1. Deze regeling treedt in werking op 1 augustus 2025 en kan worden aangehaald "
              "als Regeling DLR Groen AOC Reestdal."),
        ("p", "2. Het college evalueert de regeling elke drie jaar."),
        ("p", "Aldus vastgesteld door het college van bestuur op 30 juni 2025."),
        ("p", "G.J. Mulder, voorzitter college van bestuur        H. Timmerman-Oosting, lid "
              "college van bestuur"),
    ]


# ==============================================================================================
# h237 - tabel per onderwerp, PDF
# ==============================================================================================
def _item(title, rows):
    return [("h", title), ("tbl", [["Onderdeel", "Afspraak"]] + rows, [4.2, 12.4])]


@sample(237, "tabel_per_onderwerp_kanaalzone_procestechniek", "pdf",
        "Eén tabel per onderwerp (Onderdeel/Afspraak), PDF Helvetica; Kanaalzone "
        "Zeeuws-Vlaanderen, Produceren, installeren en energie kb naar Operator B niveau 3; "
        "overstap binnen hetzelfde ROC onder voorbehoud van vooropleidingseisen, "
        "medezeggenschap als invulveld tussen haken.",
        S(P, P, P, P, P, W, P, W, P, P),
        {"a": "Tabel 1 – Opleidingsroute", "b": "Tabel 2 – Bedrijven in de Kanaalzone",
         "c": "Tabel 3 – Routeleiding", "d": "Tabel 4 – Informatie en verantwoording",
         "e": "Tabel 5 – Inrichting, personeel en faciliteiten",
         "g": "Tabel 7 – Overdracht van middelen", "i": "Tabel 9 – Geschillen",
         "j": "Tabel 10 – Toetreding, opzegging en wijziging"},
        meta=dict(font="Helvetica", size=9.5,
                  title="Samenwerkingsovereenkomst DLR Procestechniek Kanaalzone",
                  author="Kanaalzone College / ROC Westerschelde",
                  footer="SOK DLR Procestechniek Kanaalzone – versie 30-06-2025"))
def h237():
    b = [
        ("t", "Samenwerkingsovereenkomst doorlopende leerroute Procestechniek Kanaalzone"),
        ("st", "Kanaalzone College (vmbo, Sas van Gent) en ROC Westerschelde (Terneuzen)"),
        ("p", "Ondergetekenden: (1) Stichting Voortgezet Onderwijs Zeeuws-Vlaanderen Oost, "
              "bevoegd gezag van het Kanaalzone College, vertegenwoordigd door de heer "
              "P.A. de Waele, bestuurder; (2) Stichting ROC Westerschelde, bevoegd gezag van "
              "ROC Westerschelde, vertegenwoordigd door mevrouw L. Maas-Van Hoeve, voorzitter "
              "van het college van bestuur; komen overeen dat zij samen een doorlopende "
              "leerroute vmbo-mbo verzorgen. De afspraken staan per onderwerp in de tabellen "
              "hieronder; wat in de kolom Afspraak staat, bindt beide partijen."),
    ]
    b += _item("Tabel 1 – Opleidingsroute", [
        ["Vmbo-deel", "Profiel Produceren, installeren en energie, kaderberoepsgerichte "
                      "leerweg, leerjaar 3 en 4, Kanaalzone College."],
        ["Mbo-deel", "Opleiding Operator B, niveau 3 (vakopleiding), opleidingsdomein "
                     "Procesindustrie, BOL, ROC Westerschelde, locatie Procesacademie "
                     "Terneuzen."],
        ["Diploma's", "Vmbo-diploma kaderberoepsgerichte leerweg en mbo-diploma Operator B."],
        ["Duur", "Vijf jaar: twee jaar vo-fase en drie jaar mbo-fase."],
    ])
    b += _item("Tabel 2 – Bedrijven in de Kanaalzone", [
        ["Betrokken bedrijven", "Sloepoort Chemicals B.V., Axelse Kunstmest N.V. en "
                                "Terneuzen Utility Services, verenigd in het "
                                "Opleidingsplatform Procesindustrie Kanaalzone."],
        ["Rol", "Gastlessen veiligheid en procesbesturing (drie per jaar), een bedrijfsdag "
                "per periode in leerjaar 4, bpv-plaatsen in de mbo-fase, meebeoordelen van "
                "de proeve van bekwaamheid op de eigen installaties."],
        ["Advies", "Het platform adviseert de routeleiding jaarlijks in maart over de "
                   "keuzedelen en de inhoud van het praktijkprogramma."],
    ])
    b += _item("Tabel 3 – Routeleiding", [
        ["Samenstelling", "Afdelingsleider techniek Kanaalzone College en teamleider "
                          "Procesacademie ROC Westerschelde; secretaris: de "
                          "routecoördinator."],
        ["Benoeming", "Ieder bestuur benoemt het eigen lid voor twee jaar; de "
                      "routecoördinator wordt door beide besturen gezamenlijk aangewezen."],
        ["Taken", "Programma en PTA/OER opstellen, rooster, inzet docenten, contact met het "
                  "platform, voorbereiding van overstapbesluiten, kwaliteitszorg."],
        ["Bevoegdheden", "Beslist zelfstandig over rooster en indeling van lesuren en over "
                         "uitgaven tot EUR 5.000 binnen het routebudget. Formatie, begroting "
                         "en wijziging van de opleiding blijven bij de besturen."],
    ])
    b += _item("Tabel 4 – Informatie en verantwoording", [
        ["Vorm", "Schriftelijke voortgangsnotitie en een jaarverslag met cijfers over "
                 "instroom, doorstroom, uitval, examens en bestedingen."],
        ["Wanneer", "Voortgangsnotitie na iedere periode (vier keer per jaar); jaarverslag "
                    "vóór 15 oktober."],
        ["Aan wie", "Beide besturen; het jaarverslag wordt besproken in het bestuurlijk "
                    "overleg in november."],
    ])
    b += _item("Tabel 5 – Inrichting, personeel en faciliteiten", [
        ["Locatie", "Leerjaar 3 en 4 in Sas van Gent met één dag per week op de "
                    "Procesacademie; mbo-fase in Terneuzen en bij de bedrijven."],
        ["Programma en examinering", "Vastgelegd per leerjaar in het gezamenlijke PTA/OER; "
                                     "centraal examen vmbo in leerjaar 4."],
        ["Personeel", "Twee PIE-docenten van de school en twee docenten procestechniek van "
                      "het ROC vormen één team met teambevoegdheid; ieder blijft in dienst "
                      "van de eigen werkgever."],
        ["Faciliteiten", "Het ROC stelt de oefenfabriek (destillatie-installatie, "
                         "procesbesturingssimulator) beschikbaar; de school haar "
                         "PIE-werkplaats en lokalen. Gebruik over en weer zonder vergoeding."],
        ["Klachten", "Een klacht over een medewerker van de andere partij wordt behandeld "
                     "volgens de klachtenregeling van de partij waar zij binnenkomt, met "
                     "medewerking van de andere partij."],
    ])
    b += _item("Tabel 6 – Overstap", [
        ["Stoppen in de vo-fase", "Verder in de reguliere kaderberoepsgerichte leerweg PIE "
                                  "(of een ander profiel) van de school, gericht op het "
                                  "vmbo-diploma."],
        ["Stoppen in de mbo-fase", "Overstap naar een andere opleiding van ROC "
                                   "Westerschelde op niveau 2 of 3, bijvoorbeeld "
                                   "Monteur mechatronica of Operator A. De student wordt "
                                   "daar toegelaten als hij voldoet aan de "
                                   "vooropleidingseisen van die opleiding, waaronder het "
                                   "bezit van het vmbo-diploma in de vereiste leerweg."],
        ["Vmbo-diploma niet gehaald", "Herkansing of herhaling van het examenjaar op de "
                                      "school."],
        ["Wie beslist", "Mentor en studieloopbaanbegeleider samen, in een gesprek met de "
                        "leerling en de ouders, op basis van het bereikte niveau en de "
                        "leeftijd."],
    ])
    b += _item("Tabel 7 – Overdracht van middelen", [
        ["Richting", "Van ROC Westerschelde naar de school (artikel 9.1.15 WEB)."],
        ["Omvang", "EUR 600 per student die in het eerste jaar van de mbo-fase nog "
                   "vmbo-examenonderdelen aflegt, eenmalig per student."],
        ["Bestemming", "Afname en organisatie van die vmbo-examenonderdelen door de school, "
                       "inclusief surveillance en examensecretariaat."],
        ["Betaling", "Jaarlijks vóór 1 december, op basis van de telling van 1 oktober."],
    ])
    b += _item("Tabel 8 – Medezeggenschap", [
        ["Aanvullende afspraken", "[in te vullen na advies van de MR en de studentenraad]"],
        ["Betrokken raden", "…………………………………………"],
    ])
    b += _item("Tabel 9 – Geschillen", [
        ["Stap 1", "Bespreking in de routeleiding, binnen drie weken."],
        ["Stap 2", "Bestuurlijk overleg van beide bestuurders, binnen zes weken."],
        ["Stap 3", "Bindend advies door een commissie van drie: ieder bestuur wijst één lid "
                   "aan, die samen een onafhankelijke voorzitter kiezen. Het advies bindt "
                   "partijen."],
    ])
    b += _item("Tabel 10 – Toetreding, opzegging en wijziging", [
        ["Toetreding", "Een andere vmbo-school of mbo-instelling kan meedoen als beide "
                       "besturen schriftelijk instemmen en de nieuwe partij deze "
                       "overeenkomst door ondertekening van een toetredingsverklaring "
                       "aanvaardt; ingang per 1 augustus, met melding aan DUO."],
        ["Opzegging", "Schriftelijk, tegen 1 augustus, met een opzegtermijn van één "
                      "schooljaar. Ontbinding alleen bij ernstige tekortkoming na "
                      "ingebrekestelling."],
        ["Wijziging", "Alleen schriftelijk, ondertekend door beide besturen, na bespreking "
                      "in het bestuurlijk overleg."],
        ["Bescherming leerlingen", "Bij opzegging of wijziging maken zittende leerlingen en "
                                   "studenten de route af onder de afspraken waaronder zij "
                                   "zijn begonnen; na opzegging geen nieuwe instroom. Een "
                                   "toetreding verandert niets aan lopende leerjaren."],
        ["Duur", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."],
    ])
    b += [
        ("p", "Aldus opgemaakt en ondertekend te Terneuzen op 30 juni 2025."),
        ("tbl", [["Stichting VO Zeeuws-Vlaanderen Oost", "Stichting ROC Westerschelde"],
                 ["P.A. de Waele, bestuurder", "L. Maas-Van Hoeve, voorzitter college van "
                                               "bestuur"]], [8.3, 8.3]),
    ]
    return b


# ==============================================================================================
# h238 - consortium drie partijen, DOCX
# ==============================================================================================
@sample(238, "consortium_drie_partijen_betuwe_linge_ict", "docx",
        "Consortiumovereenkomst van drie partijen (twee vmbo-besturen, één ROC) met "
        "consortiumraad en routeteam, DOCX met genummerde kopstijlen; Betuwe-Linge, Media, "
        "vormgeving en ICT (kb naar niveau 3, gl naar niveau 4); bijdrage per deelnemer met "
        "bestemming, gezamenlijke klankbordgroep; volledig.",
        S(P, P, P, P, P, P, P, P, P, P),
        {"a": "1 Routes binnen het consortium", "b": "2 Inbreng van ICT-bedrijven",
         "c": "3 Consortiumraad en routeteam", "d": "4 Rapportage aan de besturen",
         "e": "5 Uitvoering: locaties, docenten en voorzieningen",
         "f": "6 Overstapmogelijkheden", "g": "7 Financiële bijdrage",
         "h": "8 Inspraak van leerlingen, ouders en personeel",
         "i": "9 Oplossen van geschillen",
         "j": "10 Toetreding, uittreding en wijziging"},
        meta=dict(title="Consortiumovereenkomst doorlopende leerroutes ICT Betuwe-Linge",
                  author="Consortium ICT Betuwe-Linge", docx_font="Cambria", docx_size=11))
def h238():
    return [
        ("t", "Consortiumovereenkomst doorlopende leerroutes ICT Betuwe-Linge"),
        ("st", "Lingecollege Geldermalsen – Stedelijk Vmbo Culemborg – ROC Rivierenland-Linge"),
        ("h", "Partijen"),
        ("li", "I. Stichting Christelijk Voortgezet Onderwijs Betuwe, bevoegd gezag van het "
               "Lingecollege te Geldermalsen, vertegenwoordigd door mevrouw J.C. Bosman, "
               "bestuurder;"),
        ("li", "II. Stichting Openbaar Voortgezet Onderwijs Culemborg, bevoegd gezag van het "
               "Stedelijk Vmbo Culemborg, vertegenwoordigd door de heer T. Hendriks, "
               "voorzitter college van bestuur;"),
        ("li", "III. Stichting ROC Rivierenland-Linge, bevoegd gezag van het gelijknamige "
               "regionaal opleidingencentrum te Tiel, vertegenwoordigd door mevrouw "
               "dr. S. Yilmaz, voorzitter college van bestuur;"),
        ("p", "hierna samen: het consortium, en afzonderlijk: partij I, partij II en partij "
              "III; partij I en II worden ook aangeduid als de vmbo-scholen."),
        ("h", "Overwegingen"),
        ("p", "De drie partijen werken sinds 2022 samen in het ICT-netwerk Betuwe-Linge. Zij "
              "willen leerlingen van beide vmbo-scholen een ononderbroken leerweg naar een "
              "ICT-diploma bieden en leggen die samenwerking vast in één overeenkomst, zoals "
              "de wet toestaat. Partijen komen het volgende overeen."),

        ("h", "1 Routes binnen het consortium"),
        ("p", "1.1 Het consortium verzorgt twee doorlopende leerroutes, die beide starten in "
              "het derde leerjaar van het profiel Media, vormgeving en ICT van de "
              "vmbo-scholen:"),
        ("li", "a. Route Systems-3: kaderberoepsgerichte leerweg, leidend tot het diploma "
               "Allround medewerker IT systems and devices (niveau 3, vakopleiding);"),
        ("li", "b. Route Systems-4: gemengde leerweg, leidend tot het diploma Expert IT systems "
               "and devices (niveau 4, middenkaderopleiding)."),
        ("p", "1.2 Beide opleidingen behoren tot het opleidingsdomein ICT en creatieve "
              "industrie en worden verzorgd door ROC Rivierenland-Linge, in de "
              "beroepsopleidende leerweg. De leerling behaalt daarnaast het vmbo-diploma van "
              "de betrokken leerweg."),
        ("p", "1.3 Iedere school meldt haar deelname aan iedere route afzonderlijk aan de "
              "Minister via het Register Instellingen en Opleidingen."),

        ("h", "2 Inbreng van ICT-bedrijven"),
        ("p", "2.1 De regionale ICT-sector is betrokken via de Techniektafel ICT Betuwe-Linge, "
              "waarin in elk geval zitting hebben: NetLinge Systeembeheer B.V., Datacenter "
              "Rivierenland, de ICT-afdeling van Ziekenhuis Rivierenland-Zuid en de "
              "SBB-adviseur ICT."),
        ("p", "2.2 De Techniektafel komt drie keer per jaar bijeen met het routeteam en "
              "adviseert over het programma en de keuze van certificeringen; de bedrijven "
              "leveren per schooljaar ten minste twee levensechte projectopdrachten voor "
              "leerjaar 4, ontvangen groepen voor bedrijfsbezoeken en bieden in de mbo-fase "
              "stage- en bpv-plaatsen als erkend leerbedrijf."),
        ("p", "2.3 Medewerkers van de bedrijven nemen als assessor deel aan de beoordeling "
              "van de proeve van bekwaamheid."),

        ("h", "3 Consortiumraad en routeteam"),
        ("p", "3.1 De leiding over de routes berust bij de consortiumraad. Die bestaat uit de "
              "drie directeuren die door hun eigen bestuur daarvoor worden aangewezen: de "
              "sectordirecteur bovenbouw van het Lingecollege, de directeur van het "
              "Stedelijk Vmbo Culemborg en de directeur van het College ICT en Creatief van "
              "ROC Rivierenland-Linge. De voorzitter wordt door de besturen gezamenlijk uit "
              "hun midden benoemd voor twee jaar."),
        ("p", "3.2 De besturen dragen aan de consortiumraad op: het vaststellen van het "
              "jaarplan en het gezamenlijke PTA/OER per route, de verdeling van leerlingen "
              "over groepen en locaties, de verdeling van de ingezette docenten, de besteding "
              "van het consortiumbudget bedoeld in artikel 7 en het toezicht op het "
              "routeteam. De raad kan binnen het consortiumbudget uitgaven doen tot "
              "EUR 15.000 per besluit; uitgaven daarboven, wijzigingen van de opleidingen "
              "en personele besluiten blijven aan de besturen."),
        ("p", "3.3 Onder de consortiumraad werkt een routeteam van drie coördinatoren, één "
              "per partij, door de consortiumraad benoemd. Het routeteam verzorgt de "
              "dagelijkse uitvoering, de roostering en de contacten met de Techniektafel."),

        ("h", "4 Rapportage aan de besturen"),
        ("p", "4.1 De consortiumraad verstrekt de drie besturen elk halfjaar (februari en "
              "september) een schriftelijke voortgangsrapportage met leerlingaantallen per "
              "school en route, doorstroom, uitval en overstappen, en de stand van het "
              "consortiumbudget."),
        ("p", "4.2 Jaarlijks vóór 1 november legt de consortiumraad verantwoording af in een "
              "jaarverslag met financiële verantwoording, dat in het gezamenlijk "
              "bestuurdersoverleg van december wordt vastgesteld. Ieder bestuur kan "
              "daarnaast op elk moment aanvullende inlichtingen vragen."),

        ("h", "5 Uitvoering: locaties, docenten en voorzieningen"),
        ("p", "5.1 De vo-fase wordt verzorgd op de eigen vmbo-school; in leerjaar 4 volgen de "
              "leerlingen van beide scholen één dag per week gezamenlijk onderwijs in het "
              "ICT-lab van het ROC in Tiel. De mbo-fase vindt plaats in Tiel en bij de "
              "leerbedrijven."),
        ("p", "5.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn "
              "per route en per leerjaar uitgewerkt in het PTA/OER van die route."),
        ("p", "5.3 Iedere vmbo-school zet haar docenten MVI en de docenten van de algemene "
              "vakken in. Het ROC zet twee docenten ICT in, die in leerjaar 4 ook op de "
              "vmbo-scholen lesgeven. De docenten werken per route als één team met "
              "teambevoegdheid voor de beroepsgerichte onderdelen; voor ieder onderdeel is "
              "ten minste één bevoegde docent verantwoordelijk. Docenten blijven in dienst "
              "van hun eigen werkgever."),
        ("p", "5.4 Het ROC stelt zijn ICT-lab, serverruimte en netwerkopstellingen ter "
              "beschikking; de vmbo-scholen hun media- en ICT-lokalen. Het gebruik van "
              "elkaars voorzieningen is kosteloos, afgezien van de bijdrage in artikel 7."),

        ("h", "6 Overstapmogelijkheden"),
        ("p", "6.1 Een leerling of student die zijn route niet afmaakt, krijgt van het "
              "consortium een alternatief dat past bij het niveau dat hij heeft bereikt en "
              "bij zijn leeftijd en dat leidt tot een vmbo- of mbo-diploma."),
        ("p", "6.2 Tot het einde van de vo-fase kan de leerling overstappen naar het reguliere "
              "programma MVI van zijn school in dezelfde of een andere leerweg, naar de andere "
              "route van het consortium, of naar een ander profiel. In de mbo-fase kan hij "
              "overstappen naar de andere route of naar een andere opleiding van het ROC op "
              "niveau 2, 3 of 4; de vooropleidingseisen worden hem daarbij niet tegengeworpen."),
        ("p", "6.3 Heeft hij aan het eind van het derde leerjaar van de route geen "
              "vmbo-diploma, dan kan hij de mbo-opleiding zonder dat diploma vervolgen, of "
              "een opleiding op een lager niveau kiezen."),
        ("p", "6.4 De mentor van de vmbo-school en de studieloopbaanbegeleider van het ROC "
              "stellen samen, na overleg met de leerling en zijn ouders, vast welk alternatief "
              "wordt geboden."),

        ("h", "7 Financiële bijdrage"),
        ("p", "7.1 Iedere vmbo-school draagt met toepassing van artikel 5.42a WVO 2020 per "
              "leerling in leerjaar 4 van de route EUR 475 per schooljaar over aan het ROC."),
        ("p", "7.2 Deze bijdrage vormt het consortiumbudget en is bestemd voor de licenties en "
              "certificeringsexamens van de leerlingen, het onderhoud van de lab-opstellingen "
              "en de lesuren van de ROC-docenten op de vmbo-scholen."),
        ("p", "7.3 In de mbo-fase worden geen middelen overgedragen."),

        ("h", "8 Inspraak van leerlingen, ouders en personeel"),
        ("p", "8.1 Het consortium stelt een gezamenlijke klankbordgroep in, bestaande uit twee "
              "leerlingen of ouders uit de medezeggenschapsraad van elke vmbo-school en twee "
              "leden van de studentenraad van het ROC. De klankbordgroep wordt door de "
              "consortiumraad ten minste tweemaal per jaar gehoord over het jaarplan en het "
              "PTA/OER."),
        ("p", "8.2 Leerlingen in de vo-fase van de routes mogen de vergaderingen van de "
              "studentenraad van het ROC als toehoorder bijwonen en kunnen agendapunten "
              "indienen."),
        ("p", "8.3 Voorgenomen besluiten over toetreding, uittreding of wijziging van deze "
              "overeenkomst worden voor advies voorgelegd aan de medezeggenschapsraden van "
              "de vmbo-scholen en aan de studentenraad en de ondernemingsraad van het ROC."),

        ("h", "9 Oplossen van geschillen"),
        ("p", "9.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt "
              "eerst in de consortiumraad behandeld en, als het daar niet binnen een maand "
              "wordt opgelost, in het bestuurdersoverleg."),
        ("p", "9.2 Komen de besturen binnen zes weken niet tot een oplossing, dan wordt het "
              "geschil voorgelegd aan een bindend adviseur die door partijen gezamenlijk "
              "wordt gekozen of, bij gebrek aan overeenstemming, door de voorzitter van de "
              "VO-raad en de MBO Raad gezamenlijk wordt voorgedragen. Het bindend advies "
              "geldt als vaststellingsovereenkomst."),

        ("h", "10 Toetreding, uittreding en wijziging"),
        ("p", "10.1 Een andere vmbo-school of mbo-instelling kan tot het consortium "
              "toetreden als alle partijen daar schriftelijk mee instemmen, de toetredende "
              "partij deze overeenkomst onverkort aanvaardt en de toetreding vóór 1 april "
              "ingaat per het volgende schooljaar; de toetreding wordt aan DUO gemeld."),
        ("p", "10.2 Iedere partij kan haar deelname opzeggen per 1 augustus, met een "
              "opzegtermijn van ten minste twaalf maanden, bij aangetekende brief aan de "
              "andere partijen. De overeenkomst blijft tussen de overige partijen van kracht "
              "zolang daaraan ten minste één vmbo-school en het ROC deelnemen."),
        ("p", "10.3 Leerlingen van een uittredende vmbo-school die al in een route zijn "
              "begonnen, maken die route af; het ROC en de uittredende school blijven "
              "daarvoor tot het einde van de vo-fase van die leerlingen samenwerken onder "
              "deze overeenkomst. Na de opzegging neemt de uittredende partij geen nieuwe "
              "leerlingen meer in een route op. Bij ontbinding door alle partijen geldt "
              "hetzelfde voor alle zittende leerlingen en studenten."),
        ("p", "10.4 Wijziging van deze overeenkomst vereist een schriftelijk besluit van alle "
              "besturen. Een wijziging treedt in werking bij het begin van een schooljaar en "
              "geldt niet voor lopende cohorten als die daardoor worden benadeeld."),

        ("h", "11 Slotbepalingen"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
              "onbepaalde tijd. Op deze overeenkomst is Nederlands recht van toepassing."),
        ("p", "Ondertekend te Tiel op 30 juni 2025, in drievoud."),
        ("tbl", [["Partij I", "Partij II", "Partij III"],
                 ["J.C. Bosman", "T. Hendriks", "dr. S. Yilmaz"]]),
    ]


# ==============================================================================================
# h239 - zorg-en-welzijnroute, geïntegreerde route, TXT
# ==============================================================================================
@sample(239, "geintegreerde_zorgroute_oost_gelre_helpende", "txt",
        "Platte tekst met paragraaftekens, geschreven vanuit de zorgcoördinatie; Oost-Gelre, "
        "geïntegreerde route Zorg en welzijn bb naar Helpende zorg en welzijn niveau 2; "
        "uitstap gaat automatisch naar Entree, niets over geld/bekostiging, verantwoording "
        "zonder vorm of frequentie.",
        S(P, P, P, W, P, W, M, P, P, P),
        {"a": "§ 1 Welke route", "b": "§ 2 Zorg- en welzijnsorganisaties",
         "c": "§ 3 Stuurgroep Zorgroute", "e": "§ 5 Onderwijs, begeleiding en ruimtes",
         "h": "§ 7 Stem van leerlingen, ouders en medewerkers",
         "i": "§ 8 Als partijen het niet eens worden",
         "j": "§ 9 Nieuwe partners, opzeggen en veranderen"},
        meta=dict(width=90))
def h239():
    return [
        ("t", "Zorgroute Oost-Gelre – samenwerkingsovereenkomst geïntegreerde route"),
        ("st", "Sint-Calixtus Vmbo Groenlo en ROC Graafschap-Berkel, locatie Lichtenvoorde"),
        ("p", "De Stichting Katholiek Voortgezet Onderwijs Oost-Gelre, bevoegd gezag van het "
              "Sint-Calixtus Vmbo te Groenlo, in deze vertegenwoordigd door mevrouw "
              "A.M. Wolters-Ter Haar, voorzitter van het college van bestuur, en de Stichting "
              "ROC Graafschap-Berkel, bevoegd gezag van ROC Graafschap-Berkel te Doetinchem, in "
              "deze vertegenwoordigd door de heer B.J. Nijenhuis, lid van het college van "
              "bestuur, sluiten de volgende overeenkomst. Zij willen leerlingen die het best "
              "leren in de praktijk en graag met mensen werken, zonder omwegen en dicht bij "
              "huis een diploma in de zorg laten halen."),

        ("h", "§ 1 Welke route"),
        ("p", "1.1 Partijen verzorgen samen een geïntegreerde route vmbo-basisberoepsopleiding "
              "als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB."),
        ("p", "1.2 De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel "
              "Zorg en welzijn, van het Sint-Calixtus Vmbo en leidt tot het mbo-diploma "
              "Helpende zorg en welzijn (niveau 2, opleidingsdomein Zorg en welzijn, BOL) van "
              "ROC Graafschap-Berkel. De leerling legt geen eindexamen vmbo af; de school "
              "spreekt dit af met leerling en ouders voordat de route begint."),
        ("p", "1.3 De route duurt vier jaar: twee jaar ingeschreven bij de school, daarna twee "
              "jaar ingeschreven bij het ROC."),

        ("h", "§ 2 Zorg- en welzijnsorganisaties"),
        ("p", "2.1 Woonzorgcentrum De Bron (Lichtenvoorde), Thuiszorg Oost-Gelre, Kinderopvang "
              "Het Nest en Zorgboerderij De Haverkamp zijn partner van de route. Iedere "
              "partner heeft een vaste werkbegeleider voor de route."),
        ("p", "2.2 De partners bieden vanaf leerjaar 3 iedere leerling één dag per week een "
              "leerwerkplek, verzorgen samen twee themadagen per jaar op school (dementie, "
              "jonge kinderen) en beoordelen de praktijkopdrachten en de proeven van "
              "bekwaamheid mee. Eén keer per half jaar bespreken de werkbegeleiders met de "
              "docenten hoe het programma aansluit op het werk."),

        ("h", "§ 3 Stuurgroep Zorgroute"),
        ("p", "3.1 De route wordt geleid door de stuurgroep Zorgroute. Daarin zitten de "
              "afdelingsleider basis/kader van het Sint-Calixtus Vmbo, de teamleider Zorg en "
              "Welzijn niveau 2 van het ROC en de zorgcoördinator van de school."),
        ("p", "3.2 Ieder college van bestuur wijst de eigen leden van de stuurgroep aan; de "
              "aanwijzing geldt tot zij wordt ingetrokken. Het voorzitterschap ligt bij de "
              "afdelingsleider van de school in de jaren van inschrijving bij de school en "
              "bij de teamleider van het ROC daarna."),
        ("p", "3.3 De besturen dragen de stuurgroep op het programma per leerjaar en de "
              "toetsing vast te stellen, de leerlingen te plaatsen bij de partners, de "
              "docenten in te roosteren, de begeleiding van leerlingen te regelen en de "
              "overgang naar het ROC te organiseren. De stuurgroep mag daarover zelf "
              "besluiten. Over personeel, de opleiding die wordt aangeboden en de afspraken "
              "in deze overeenkomst beslissen de besturen."),

        ("h", "§ 4 Contact met de besturen"),
        ("p", "4.1 De stuurgroep houdt de besturen op de hoogte van de voortgang van de "
              "route en meldt het als er iets misgaat."),

        ("h", "§ 5 Onderwijs, begeleiding en ruimtes"),
        ("p", "5.1 Leerjaar 3 en 4 worden gegeven op het Sint-Calixtus Vmbo in Groenlo; vanaf "
              "leerjaar 4 volgt de leerling één dag per week les op de zorglocatie van het ROC "
              "in Lichtenvoorde. Het programma en de toetsing per leerjaar staan in het "
              "gezamenlijke programmaboek Zorgroute, dat voor het begin van elk schooljaar "
              "door de stuurgroep wordt vastgesteld."),
        ("p", "5.2 Twee docenten zorg en welzijn van de school en een docent van het ROC "
              "vormen één team; de ROC-docent geeft in leerjaar 4 zes lesuren per week op de "
              "school. Het team werkt met teambevoegdheid; voor elk vak is een bevoegde "
              "docent verantwoordelijk. De zorgcoördinator van de school en de "
              "studieloopbaanbegeleider van het ROC begeleiden de leerling samen."),
        ("p", "5.3 De school stelt haar praktijkwoning en verzorgingslokaal beschikbaar voor "
              "de lessen van het ROC-team; het ROC zijn skillslab en het oefenhuis in "
              "Lichtenvoorde voor de leerlingen van de route."),
        ("p", "5.4 Een klacht van een leerling of ouder over een medewerker van het ROC kan bij "
              "de school worden ingediend en wordt volgens de klachtenregeling van de school "
              "behandeld, met medewerking van het ROC."),

        ("h", "§ 6 Als een leerling de route verlaat"),
        ("p", "6.1 Een leerling die uit de geïntegreerde route stapt, stroomt automatisch door "
              "naar de Entreeopleiding (niveau 1) van ROC Graafschap-Berkel. Vanuit Entree "
              "kan hij later weer instromen in een opleiding op niveau 2."),
        ("p", "6.2 De zorgcoördinator zorgt voor een goede overdracht naar de Entreeopleiding."),

        ("h", "§ 7 Stem van leerlingen, ouders en medewerkers"),
        ("p", "7.1 De medezeggenschapsraad van de school en de studentenraad van het ROC "
              "wijzen elk één lid aan voor het Routeberaad Zorg, dat één keer per jaar met de "
              "stuurgroep het programmaboek bespreekt en daarover advies geeft aan beide "
              "besturen."),
        ("p", "7.2 Leerlingen van de route die nog bij de school zijn ingeschreven, mogen ook "
              "meedoen aan de verkiezing van de studentenraad van het ROC."),

        ("h", "§ 8 Als partijen het niet eens worden"),
        ("p", "8.1 Een meningsverschil over de uitvoering van deze overeenkomst wordt eerst in "
              "de stuurgroep besproken, daarna door de twee colleges van bestuur. Lukt het "
              "daar binnen twee maanden niet, dan vragen partijen een onafhankelijke "
              "mediator. Levert ook dat binnen drie maanden geen oplossing op, dan beslist "
              "de bevoegde rechter in het arrondissement Gelderland."),

        ("h", "§ 9 Nieuwe partners, opzeggen en veranderen"),
        ("p", "9.1 Een andere school voor vbo of een andere mbo-instelling kan aan deze "
              "overeenkomst deelnemen als beide besturen dat schriftelijk goedvinden en de "
              "nieuwe partner alle afspraken overneemt. Dat gaat in bij de start van een "
              "schooljaar en wordt aan DUO gemeld."),
        ("p", "9.2 Ieder bestuur kan de overeenkomst schriftelijk opzeggen per 1 augustus, met "
              "een termijn van ten minste een jaar. Na opzegging begint er geen nieuwe groep; "
              "leerlingen die al in de route zitten, maken hun opleiding af bij de school en "
              "het ROC zoals afgesproken."),
        ("p", "9.3 Veranderingen in deze overeenkomst worden op papier gezet en door beide "
              "besturen ondertekend, en gaan pas in bij een nieuw schooljaar, zodat leerlingen "
              "niet halverwege een jaar met andere afspraken te maken krijgen."),

        ("h", "§ 10 Ingang"),
        ("p", "Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("p", "Groenlo, 30 juni 2025"),
        ("p", "A.M. Wolters-Ter Haar, voorzitter college van bestuur Stichting KVO Oost-Gelre"),
        ("p", "B.J. Nijenhuis, lid college van bestuur Stichting ROC Graafschap-Berkel"),
    ]


# ==============================================================================================
# h240 - lange vernieuwingsovereenkomst met uitgebreide considerans, PDF
# ==============================================================================================
@sample(240, "vernieuwing_lange_considerans_hunzedal_gastvrijheid", "pdf",
        "Lange vernieuwde overeenkomst (vervangt SOK 2021) met uitgebreide considerans, "
        "begripsartikel, evaluatie-uitkomsten en financiële bijlage, PDF; Hunzedal (Drenthe), "
        "Horeca, bakkerij en recreatie kb naar Zelfstandig werkend gastheer/gastvrouw en "
        "Zelfstandig werkend kok niveau 3; overdracht in twee richtingen met bedrag en "
        "bestemming, arbitrage; volledig.",
        S(P, P, P, P, P, P, P, P, P, P),
        {"a": "Artikel 3 — Onderwerp: de route Gastvrijheid Hunzedal",
         "b": "Artikel 4 — Samenwerking met het gastvrijheidsbedrijfsleven",
         "c": "Artikel 5 — Routedirectie",
         "d": "Artikel 6 — Informatievoorziening en verantwoording",
         "e": "Artikel 7 — Onderwijskundige en organisatorische inrichting",
         "f": "Artikel 10 — Overstapoptie",
         "g": "Artikel 11 — Financiën en overdracht van bekostiging",
         "h": "Artikel 12 — Medezeggenschap",
         "i": "Artikel 14 — Geschilbeslechting",
         "j": "Artikel 15 — Toetreding, duur, opzegging en wijziging"},
        meta=dict(font="Helvetica", size=9.5, justify=True,
                  title="Vernieuwde samenwerkingsovereenkomst DLR Gastvrijheid Hunzedal 2025",
                  author="Hunzecollege / Drenthe College Noord",
                  footer="Vernieuwde SOK DLR Gastvrijheid Hunzedal – vervangt SOK van "
                         "1 augustus 2021"))
def h240():
    return [
        ("t", "VERNIEUWDE SAMENWERKINGSOVEREENKOMST"),
        ("st", "doorlopende leerroute vmbo-mbo Gastvrijheid Hunzedal"),
        ("st", "ter vervanging van de samenwerkingsovereenkomst van 1 augustus 2021"),
        ("sp",),
        ("h", "DE ONDERGETEKENDEN"),
        ("li", "1. Stichting Openbaar Voortgezet Onderwijs Hunzedal, statutair gevestigd te "
               "Borger-Odoorn, bevoegd gezag van het Hunzecollege, school voor vbo en mavo te "
               "Exloo, hierbij rechtsgeldig vertegenwoordigd door haar bestuurder, de heer "
               "drs. E.H. Lubbers, hierna te noemen: 'het Hunzecollege';"),
        ("li", "2. Stichting Drenthe College Noord, statutair gevestigd te Assen, bevoegd gezag "
               "van het regionaal opleidingencentrum Drenthe College Noord, hierbij "
               "rechtsgeldig vertegenwoordigd door de voorzitter van haar college van bestuur, "
               "mevrouw M.A. Kiers-Bakker MEd, hierna te noemen: 'DCN';"),
        ("p", "hierna gezamenlijk te noemen: 'partijen';"),
        ("h", "IN AANMERKING NEMENDE DAT"),
        ("li", "A. partijen op 1 augustus 2021 een samenwerkingsovereenkomst hebben gesloten "
               "voor een doorlopende leerroute in de horeca, die voortkwam uit het experiment "
               "vakmanschapsroute dat partijen vanaf 2016 gezamenlijk uitvoerden;"),
        ("li", "B. die overeenkomst in artikel 12 bepaalde dat zij na vier jaar zou worden "
               "geëvalueerd en zo nodig vervangen;"),
        ("li", "C. de evaluatie in het schooljaar 2024-2025 is uitgevoerd door een werkgroep "
               "van docenten, leerlingen, ouders en leerbedrijven en is besproken in het "
               "bestuurlijk overleg van 11 maart 2025;"),
        ("li", "D. uit de evaluatie is gebleken dat de route een gemiddelde instroom van "
               "zestien leerlingen per jaar kent, dat 81 procent van de deelnemers het "
               "mbo-diploma binnen de nominale duur behaalt en dat leerlingen en leerbedrijven "
               "de vroege kennismaking met de beroepspraktijk hoog waarderen;"),
        ("li", "E. uit de evaluatie eveneens is gebleken dat de overgang van de vo-fase naar de "
               "mbo-fase nog te vaak gepaard gaat met dubbele toetsing, dat de overstap van "
               "leerlingen die de route verlaten onvoldoende voorspelbaar was en dat de "
               "financiële afspraken niet meer aansloten bij de feitelijke inzet van "
               "docenten;"),
        ("li", "F. partijen de route willen verbreden met de opleiding Zelfstandig werkend kok, "
               "naast de bestaande opleiding Zelfstandig werkend gastheer/gastvrouw;"),
        ("li", "G. de toeristische sector in het Hunzedal en de wijdere regio rond de "
               "hunebedden en het Drentse Aa-gebied te kampen heeft met een structureel "
               "tekort aan gekwalificeerde vakkrachten en de Stichting Gastvrij Hunzedal "
               "heeft toegezegd de route actief te ondersteunen;"),
        ("li", "H. de Wet doorlopende leerroutes vmbo-mbo (Stb. 2020, 157) het gezamenlijk "
               "verzorgen van een doorlopende leerroute koppelt aan een samenwerkingsovereenkomst "
               "die ten minste de in artikel 2.107b, tweede lid, WVO 2020 genoemde onderwerpen "
               "regelt;"),
        ("li", "I. de overeenkomst van 2021 niet alle thans vereiste onderwerpen in voldoende "
               "mate regelde, in het bijzonder niet de medezeggenschap en de toetreding van "
               "nieuwe partijen;"),
        ("li", "J. de medezeggenschapsraad van het Hunzecollege en de studentenraad van DCN over "
               "het voornemen tot vernieuwing van de samenwerking advies hebben uitgebracht, "
               "welk advies partijen hebben verwerkt;"),
        ("li", "K. partijen ernaar streven dat iedere jongere die in de route begint, het "
               "onderwijs met een diploma verlaat, ook als de route voor hem of haar niet de "
               "juiste blijkt;"),
        ("li", "L. partijen met deze vernieuwde overeenkomst de overeenkomst van 2021 volledig "
               "willen vervangen, met behoud van de rechten van leerlingen die onder die "
               "overeenkomst zijn ingestroomd;"),
        ("p", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),

        ("h", "Artikel 1 — Begripsbepalingen"),
        ("p", "In deze overeenkomst en de daarbij behorende bijlage wordt verstaan onder:"),
        ("li", "a. route: de doorlopende leerroute vmbo-mbo Gastvrijheid Hunzedal, bedoeld in "
               "artikel 3;"),
        ("li", "b. deelnemer: de leerling van het Hunzecollege of de student van DCN die de "
               "route volgt;"),
        ("li", "c. vo-fase: het eerste en tweede leerjaar van de route, waarin de deelnemer "
               "als leerling is ingeschreven bij het Hunzecollege;"),
        ("li", "d. mbo-fase: het derde en volgende leerjaren van de route, waarin de deelnemer "
               "als student is ingeschreven bij DCN;"),
        ("li", "e. routedirectie: het orgaan bedoeld in artikel 5;"),
        ("li", "f. bestuurlijk overleg: het overleg tussen de bestuurder van het Hunzecollege "
               "en het college van bestuur van DCN;"),
        ("li", "g. routeplan: het gezamenlijke programma van toetsing en afsluiting en "
               "onderwijs- en examenregeling van de route;"),
        ("li", "h. oude overeenkomst: de samenwerkingsovereenkomst tussen partijen van "
               "1 augustus 2021."),

        ("h", "Artikel 2 — Vervanging van de oude overeenkomst"),
        ("p", "2.1 Deze overeenkomst treedt met ingang van 1 augustus 2025 in de plaats van de "
              "oude overeenkomst, die met ingang van die datum eindigt."),
        ("p", "2.2 Deelnemers die vóór 1 augustus 2025 in de route zijn begonnen, vallen vanaf "
              "die datum onder deze overeenkomst, met dien verstande dat de programma- en "
              "examenafspraken uit het routeplan dat gold bij hun instroom voor hen van kracht "
              "blijven, tenzij zij en hun ouders instemmen met overgang naar het nieuwe "
              "routeplan."),

        ("h", "Artikel 3 — Onderwerp: de route Gastvrijheid Hunzedal"),
        ("p", "3.1 Partijen verzorgen gezamenlijk de route, die aanvangt in het derde leerjaar "
              "van de kaderberoepsgerichte leerweg in het profiel Horeca, bakkerij en "
              "recreatie van het Hunzecollege en aansluit op de vakopleidingen op niveau 3 "
              "in het opleidingsdomein Horeca en bakkerij van DCN."),
        ("p", "3.2 De route kent twee uitstroomrichtingen, waartussen de deelnemer uiterlijk "
              "aan het einde van de vo-fase kiest:"),
        ("li", "a. Zelfstandig werkend gastheer/gastvrouw, niveau 3, beroepsopleidende leerweg;"),
        ("li", "b. Zelfstandig werkend kok, niveau 3, beroepsopleidende leerweg."),
        ("p", "3.3 De deelnemer behaalt in de route het diploma van de kaderberoepsgerichte "
              "leerweg en het mbo-diploma van de gekozen opleiding. De route duurt in beginsel "
              "vijf jaar."),
        ("p", "3.4 Partijen melden de route en iedere wijziging in het aanbod gezamenlijk aan "
              "de Minister door registratie in het Register Instellingen en Opleidingen."),

        ("h", "Artikel 4 — Samenwerking met het gastvrijheidsbedrijfsleven"),
        ("p", "4.1 Partijen betrekken het bedrijfsleven bij de invulling van de route via de "
              "Stichting Gastvrij Hunzedal, het samenwerkingsverband van horeca- en "
              "recreatieondernemers in de gemeenten Borger-Odoorn en Aa en Hunze, en via de "
              "afdeling Drenthe van Koninklijke Horeca Nederland."),
        ("p", "4.2 Concreet is afgesproken dat:"),
        ("li", "a. de aangesloten ondernemers, waaronder Hotel De Hunzebrug te Gieten, "
               "Vakantiepark Het Drouwenerzand-Zuid en Restaurant Hunebedhoeve te Borger, per "
               "schooljaar gezamenlijk ten minste twintig leerwerkplaatsen beschikbaar stellen "
               "voor de praktijkdagen in de vo-fase en bpv-plaatsen als erkend leerbedrijf in "
               "de mbo-fase;"),
        ("li", "b. de ondernemers in iedere periode een praktijkopdracht aanleveren, zoals de "
               "organisatie van een arrangement of een seizoensmenu, die de deelnemers in het "
               "leerrestaurant uitwerken en aan de ondernemer presenteren;"),
        ("li", "c. een door Stichting Gastvrij Hunzedal aangewezen ondernemer zitting heeft "
               "in de examencommissie van de route als adviserend lid en dat praktijkopleiders "
               "de proeven van bekwaamheid meebeoordelen;"),
        ("li", "d. de routedirectie tweemaal per jaar met een delegatie van Stichting Gastvrij "
               "Hunzedal het programma, de keuzedelen en de seizoensplanning van de "
               "praktijkdagen bespreekt."),

        ("h", "Artikel 5 — Routedirectie"),
        ("p", "5.1 De leiding over de route berust bij de routedirectie. De routedirectie "
              "bestaat uit de teamleider beroepsgericht van het Hunzecollege, de "
              "opleidingsmanager Horeca van DCN en een door hen gezamenlijk aan te wijzen "
              "routecoördinator uit het docententeam, die als secretaris optreedt."),
        ("p", "5.2 De teamleider en de opleidingsmanager worden door het eigen bestuur voor "
              "de duur van vier schooljaren in de routedirectie benoemd. Voordat een bestuur "
              "een benoeming doet, stelt het de andere partij in de gelegenheid binnen twee "
              "weken haar zienswijze te geven. Benoeming van de routecoördinator behoeft de "
              "instemming van beide besturen."),
        ("p", "5.3 De besturen dragen aan de routedirectie de volgende taken op: "
              "(a) het jaarlijks opstellen van het routeplan; (b) de planning van de "
              "praktijkdagen en de bpv in overleg met de leerbedrijven; (c) de inzet van "
              "docenten binnen de door de besturen beschikbaar gestelde formatie; (d) het "
              "onderhouden van de contacten met het bedrijfsleven bedoeld in artikel 4; "
              "(e) de uitvoering van de overstapregeling van artikel 10; (f) de kwaliteitszorg "
              "van de route."),
        ("p", "5.4 De routedirectie is bevoegd: het routeplan vast te stellen, na "
              "goedkeuring door beide besturen; zelfstandig besluiten te nemen over rooster, "
              "groepsindeling en inzet van docenten; verplichtingen aan te gaan tot "
              "EUR 6.000 per geval binnen het routebudget. Besluiten over de personele "
              "formatie, de begroting, de keuze van opleidingen en de toelating van "
              "leerbedrijven tot de examencommissie zijn aan de besturen voorbehouden."),

        ("h", "Artikel 6 — Informatievoorziening en verantwoording"),
        ("p", "6.1 De routedirectie verstrekt beide besturen na afloop van iedere periode (vier "
              "maal per schooljaar) een beknopte voortgangsrapportage, met de aantallen "
              "deelnemers per leerjaar en uitstroomrichting, verzuim, overstappers en de "
              "uitputting van het routebudget."),
        ("p", "6.2 Jaarlijks vóór 1 november legt de routedirectie in het bestuurlijk overleg "
              "verantwoording af over het afgelopen schooljaar aan de hand van een schriftelijk "
              "jaarverslag, dat in ieder geval de in-, door- en uitstroom, de "
              "examenresultaten, de tevredenheid van deelnemers en leerbedrijven en de "
              "besteding van de over te dragen middelen bedoeld in artikel 11 bevat."),
        ("p", "6.3 Het bestuurlijk overleg stelt het jaarverslag vast en kan de routedirectie "
              "aanwijzingen geven. Iedere partij kan daarnaast te allen tijde inlichtingen "
              "vragen; de routedirectie beantwoordt zulke vragen binnen tien werkdagen."),

        ("h", "Artikel 7 — Onderwijskundige en organisatorische inrichting"),
        ("p", "7.1 De vo-fase wordt verzorgd op de locatie van het Hunzecollege te Exloo. In "
              "het tweede leerjaar van de route volgen deelnemers één dag per week onderwijs "
              "in het leerrestaurant en de leerkeuken van DCN te Emmen en lopen zij één dag "
              "per week een praktijkdag bij een leerbedrijf. De mbo-fase wordt verzorgd op de "
              "locatie Emmen van DCN en bij de leerbedrijven."),
        ("p", "7.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn "
              "per leerjaar beschreven in het routeplan, waarin per onderdeel is aangegeven of "
              "het behoort tot het vmbo-programma, het mbo-programma of beide. Het centraal "
              "examen vmbo wordt afgenomen aan het einde van het tweede leerjaar van de route; "
              "mbo-examens kunnen vanaf het eerste leerjaar van de route worden afgenomen. "
              "Dubbele toetsing van dezelfde stof wordt in het routeplan uitgesloten."),
        ("p", "7.3 Personeel. Het Hunzecollege zet voor de route zijn docenten horeca, "
              "bakkerij en recreatie en de docenten van de algemene vakken in. DCN zet twee "
              "praktijkdocenten gastheerschap en één praktijkdocent keuken in, die in het "
              "tweede leerjaar van de route ook op de praktijkdagen begeleiden. De docenten "
              "vormen één routeteam dat gebruikmaakt van de teambevoegdheid voor de "
              "beroepsgerichte en vakoverstijgende onderdelen; voor ieder onderdeel is ten "
              "minste één bevoegde docent verantwoordelijk. Docenten blijven in dienst van "
              "hun werkgever; inzet bij de andere partij geschiedt zonder detachering, onder "
              "de functionele aansturing van de routedirectie."),
        ("p", "7.4 Faciliteiten. DCN stelt het leerrestaurant, de leerkeuken en de "
              "bediening- en baristaruimte beschikbaar op de dagen dat de deelnemers in "
              "Emmen onderwijs volgen. Het Hunzecollege stelt zijn praktijklokaal horeca en "
              "de schoolkantine als oefenomgeving beschikbaar voor gastlessen en "
              "praktijkopdrachten. Leermiddelen en werkkleding voor de praktijkdagen worden "
              "door de partij verstrekt bij wie de deelnemer is ingeschreven."),
        ("p", "7.5 Professionalisering. Partijen organiseren jaarlijks twee gezamenlijke "
              "studiedagen voor het routeteam."),

        ("h", "Artikel 8 — Begeleiding, verzuim en klachten"),
        ("p", "8.1 In de vo-fase is het Hunzecollege verantwoordelijk voor de begeleiding, de "
              "verzuimregistratie en de melding van verzuim; in de mbo-fase DCN. De mentor en "
              "de studieloopbaanbegeleider dragen elkaar de begeleiding van iedere deelnemer "
              "aan het einde van de vo-fase schriftelijk over."),
        ("p", "8.2 Een klacht over een gedraging van een medewerker van de ene partij die bij "
              "de andere partij wordt ingediend, wordt behandeld door de klachtencommissie "
              "van de ontvangende partij; de andere partij verleent daaraan medewerking. De "
              "voorzitter van de klachtencommissie is niet werkzaam voor de partij van wie de "
              "medewerker in dienst is."),

        ("h", "Artikel 9 — Gegevensuitwisseling"),
        ("p", "Partijen wisselen uitsluitend de persoonsgegevens van deelnemers uit die "
              "nodig zijn voor de uitvoering van deze overeenkomst en leggen de afspraken "
              "daarover vast in een afzonderlijk convenant gegevensuitwisseling."),

        ("h", "Artikel 10 — Overstapoptie"),
        ("p", "10.1 Wordt de deelname van een deelnemer aan de route beëindigd voordat hij "
              "deze met succes heeft afgerond, dan stellen partijen hem in staat een "
              "vmbo-diploma of een mbo-diploma te behalen dat past bij het bereikte "
              "onderwijsniveau en zijn leeftijd. Dit geldt niet bij definitieve verwijdering."),
        ("p", "10.2 Partijen hanteren de volgende kaders:"),
        ("li", "a. in de vo-fase: voortzetting in het reguliere programma van de "
               "kaderberoepsgerichte leerweg Horeca, bakkerij en recreatie of een ander profiel "
               "van het Hunzecollege, dan wel in de basisberoepsgerichte leerweg als dat beter "
               "past, steeds met behoud van behaalde examenonderdelen;"),
        ("li", "b. wie het vmbo-diploma niet behaalt: herkansing in het derde leerjaar van de "
               "route terwijl de deelnemer de mbo-opleiding voortzet, of, als de behaalde "
               "mbo-onderdelen dat rechtvaardigen, voortzetting van de mbo-opleiding zonder "
               "vmbo-diploma;"),
        ("li", "c. in de mbo-fase: overstap naar de andere uitstroomrichting van de route of "
               "naar een andere opleiding van DCN op niveau 2 of 3, zoals Medewerker "
               "bediening, Kok of Medewerker bakkerij; de vooropleidingseisen gelden daarbij "
               "niet;"),
        ("li", "d. bij verhuizing of een keuze voor een andere instelling: partijen zorgen voor "
               "een warme overdracht en verstrekken de ontvangende instelling de gegevens die "
               "zij voor een geschiktheidsonderzoek nodig heeft."),
        ("p", "10.3 Over het passende alternatief beslissen de teamleider van het Hunzecollege "
              "en de opleidingsmanager van DCN gezamenlijk, nadat de mentor of "
              "studieloopbaanbegeleider met de deelnemer en, bij minderjarigheid, diens "
              "ouders heeft gesproken. Zij leggen het besluit en de motivering schriftelijk "
              "vast. Partijen nemen de werkwijze op in de schoolgids en de studiegids."),

        ("h", "Artikel 11 — Financiën en overdracht van bekostiging"),
        ("p", "11.1 Het Hunzecollege draagt met toepassing van artikel 5.42a WVO 2020 voor "
              "iedere deelnemer in het tweede leerjaar van de route EUR 1.300 per schooljaar "
              "over aan DCN. Dit bedrag is bestemd voor de inzet van de praktijkdocenten van "
              "DCN en het gebruik van het leerrestaurant en de leerkeuken, bedoeld in "
              "artikel 7.3 en 7.4."),
        ("p", "11.2 DCN draagt met toepassing van artikel 9.1.15 WEB voor iedere deelnemer die "
              "in het derde leerjaar van de route nog vmbo-examenonderdelen aflegt EUR 450 "
              "over aan het Hunzecollege, bestemd voor de organisatie en afname van die "
              "examenonderdelen."),
        ("p", "11.3 De telling vindt plaats per 1 oktober; betaling geschiedt vóór 1 december. "
              "De berekening per schooljaar is opgenomen in Bijlage 1, die deel uitmaakt van "
              "deze overeenkomst. Voor het overige draagt iedere partij haar eigen kosten."),

        ("h", "Artikel 12 — Medezeggenschap"),
        ("p", "12.1 Partijen spreken af dat de route jaarlijks als vast agendapunt wordt "
              "besproken in de medezeggenschapsraad van het Hunzecollege en in de "
              "studentenraad van DCN, op basis van het jaarverslag bedoeld in artikel 6.2."),
        ("p", "12.2 Deelnemers in de vo-fase hebben zitting in de deelraad Horeca van de "
              "studentenraad van DCN met dezelfde rechten als de studenten die daarin zitting "
              "hebben; DCN wijzigt het reglement van de studentenraad daartoe vóór "
              "1 januari 2026."),
        ("p", "12.3 Voorgenomen besluiten tot wijziging of opzegging van deze overeenkomst "
              "worden vóór de besluitvorming voor advies voorgelegd aan de "
              "medezeggenschapsraad van het Hunzecollege en de studentenraad van DCN."),

        ("h", "Artikel 13 — Aansprakelijkheid en verzekering"),
        ("p", "Iedere partij is aansprakelijk voor schade die door haar medewerkers wordt "
              "veroorzaakt en draagt zorg voor een passende aansprakelijkheidsverzekering "
              "die ook de deelnemers dekt tijdens onderwijs op de locatie van de andere partij."),

        ("h", "Artikel 14 — Geschilbeslechting"),
        ("p", "14.1 Partijen trachten een geschil over de uitvoering van deze overeenkomst "
              "eerst op te lossen in de routedirectie en, als dat binnen vier weken niet "
              "lukt, in het bestuurlijk overleg."),
        ("p", "14.2 Is het geschil niet binnen acht weken na de eerste agendering in het "
              "bestuurlijk overleg opgelost, dan wordt het beslecht door arbitrage door één "
              "arbiter overeenkomstig het Arbitragereglement van het Nederlands Arbitrage "
              "Instituut. De plaats van arbitrage is Assen. Het geschil kan ook, als beide "
              "partijen dat schriftelijk overeenkomen, eerst aan een mediator worden "
              "voorgelegd."),

        ("h", "Artikel 15 — Toetreding, duur, opzegging en wijziging"),
        ("p", "15.1 Toetreding. Een andere school voor vbo of mavo of een andere instelling "
              "voor beroepsonderwijs kan partij worden bij deze overeenkomst indien partijen "
              "daarmee schriftelijk instemmen en de toetredende partij door ondertekening van "
              "een toetredingsovereenkomst alle rechten en verplichtingen uit deze "
              "overeenkomst aanvaardt. Toetreding geschiedt per 1 augustus en wordt gemeld "
              "bij DUO."),
        ("p", "15.2 Duur. Deze overeenkomst geldt voor onbepaalde tijd. Partijen evalueren "
              "haar in het schooljaar 2028-2029."),
        ("p", "15.3 Opzegging en ontbinding. Iedere partij kan deze overeenkomst schriftelijk "
              "opzeggen tegen 1 augustus van enig jaar, met een opzegtermijn van ten minste "
              "vijftien maanden. Ontbinding wegens een toerekenbare tekortkoming is pas "
              "mogelijk nadat de tekortkomende partij schriftelijk in gebreke is gesteld en "
              "een termijn van drie maanden voor herstel heeft gekregen."),
        ("p", "15.4 Wijziging. Deze overeenkomst kan slechts worden gewijzigd bij "
              "schriftelijke overeenkomst, ondertekend door beide besturen, na het advies "
              "bedoeld in artikel 12.3. Een wijziging gaat in bij het begin van een "
              "schooljaar."),
        ("p", "15.5 Bescherming van deelnemers. Na opzegging of ontbinding worden geen nieuwe "
              "deelnemers meer tot de route toegelaten; deelnemers die op de datum van "
              "beëindiging in de route zijn ingeschreven, ronden de route bij partijen af "
              "volgens het routeplan dat voor hen geldt, en partijen blijven daartoe aan "
              "deze overeenkomst gebonden. Een wijziging of toetreding wordt zo ingericht dat "
              "zittende deelnemers hun route zonder vertraging kunnen afronden."),

        ("h", "Artikel 16 — Slotbepalingen"),
        ("p", "16.1 Op deze overeenkomst is Nederlands recht van toepassing."),
        ("p", "16.2 Bijlage 1 maakt deel uit van deze overeenkomst. Bij strijd tussen de "
              "bijlage en de artikelen gaan de artikelen voor."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Exloo op 30 juni 2025."),
        ("tbl", [["Stichting Openbaar VO Hunzedal", "Stichting Drenthe College Noord"],
                 ["drs. E.H. Lubbers, bestuurder",
                  "M.A. Kiers-Bakker MEd, voorzitter college van bestuur"]], [8.3, 8.3]),

        ("pb",),
        ("h", "Bijlage 1 — Berekening overdracht van bekostiging (raming 2025-2026)"),
        ("tbl", [["Stroom", "Grondslag", "Bedrag", "Raming aantal", "Raming totaal",
                  "Bestemming"],
                 ["Hunzecollege naar DCN", "deelnemer leerjaar 2 route", "EUR 1.300",
                  "16", "EUR 20.800", "praktijkdocenten DCN, leerrestaurant en leerkeuken"],
                 ["DCN naar Hunzecollege", "deelnemer leerjaar 3 route met vmbo-"
                  "examenonderdelen", "EUR 450", "3", "EUR 1.350",
                  "organisatie en afname vmbo-examenonderdelen"]],
         [2.7, 3.9, 1.7, 1.6, 2.0, 4.7]),
        ("p", "De definitieve bedragen worden berekend op basis van de telling per 1 oktober "
              "2025 en in het jaarverslag bedoeld in artikel 6.2 verantwoord."),
    ]


# ==============================================================================================
# build / check
# ==============================================================================================
def expected_of(s):
    return {"description": s["description"], "split": "heldout",
            "statuses": s["statuses"], "evidence": s["evidence"]}


def build(nums):
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        RENDER[s["fmt"]](path, s["blocks"](), s["meta"])
        with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
                  newline="\n") as f:
            json.dump(expected_of(s), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("built", os.path.basename(path))


def extract(path, fmt):
    if fmt == "pdf":
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
    if fmt == "docx":
        import re
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = []
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            paras.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
        from html import unescape
        return unescape("\n".join(paras))
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split())


def check(nums):
    ok = True
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        problems = []
        if not os.path.exists(path):
            problems.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d" % size)
            try:
                text = norm(extract(path, s["fmt"]))
            except Exception as e:  # noqa
                problems.append("cannot open: %r" % e)
                text = ""
            if len(text) < 500:
                problems.append("extracted text too short")
            for k, v in s["evidence"].items():
                if s["statuses"][k] != "present":
                    problems.append("evidence for non-present item %s" % k)
                if norm(v) not in text:
                    problems.append("evidence %s not found: %r" % (k, v))
        ej = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(ej, encoding="utf-8") as f:
                if json.load(f) != expected_of(s):
                    problems.append("expected.json differs from table")
        except Exception as e:  # noqa
            problems.append("expected.json unreadable: %r" % e)
        if set(s["statuses"]) != set("abcdefghij"):
            problems.append("statuses incomplete")
        status = "OK" if not problems else "FAIL"
        print("%-4s %s.%s %s" % (status, s["name"], s["fmt"],
                                 "; ".join(problems)))
        ok = ok and not problems
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        nums = [int(a) for a in argv[1:]] or sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = [int(a) for a in argv] or sorted(SAMPLES)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
