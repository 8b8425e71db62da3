#!/usr/bin/env python3
"""Build held-out sample agreements h409-h416 for leerroute-check.

Written by an independent authoring helper session (an AI assistant started by the project), working
only from the two official guidance documents in /work/shared/seeds (bouwsteen samenwerkingsovereenkomst
and bouwsteen overstapoptie), /work/shared/domain.md and sample_agreements/LABELS.md. The author did not
look at checker code, models, tests, benchmarks or the texts of any other sample. All schools,
instellingen, companies and people are made up.

Usage:
    python3 build_heldout27a.py            build all samples
    python3 build_heldout27a.py 409 411    build only those numbers
    python3 build_heldout27a.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)


# --------------------------------------------------------------------------------------------
# Generic block model.  Each document is a list of (kind, text) tuples:
#   title, subtitle, h (heading), h2 (subheading), p, li (indented item), num (auto-numbered item,
#   DOCX only), art (auto-numbered article heading, DOCX only), sign (signature block lines sep. by |),
#   small, rule (dotted placeholder line), pagebreak, colbreak
# --------------------------------------------------------------------------------------------

def write_txt(path, blocks, md=False):
    out = []
    for kind, text in blocks:
        if kind == "title":
            out.append(("# " + text) if md else text.upper())
            out.append("" if md else "=" * min(len(text), 78))
        elif kind == "subtitle":
            out.append(("_" + text + "_") if md else text)
            out.append("")
        elif kind == "h":
            if md:
                out.append("")
                out.append("## " + text)
            else:
                out.append("")
                out.append(text)
                out.append("-" * min(len(text), 78))
        elif kind == "h2":
            out.append(("### " + text) if md else text)
        elif kind == "p":
            out.append(text)
            out.append("")
        elif kind == "li":
            out.append(("- " + text) if md else ("  - " + text))
        elif kind == "sign":
            out.append("")
            for line in text.split("|"):
                out.append(line.strip() + ("  " if md else ""))
        elif kind in ("small",):
            out.append(text)
            out.append("")
        elif kind == "rule":
            out.append(text)
        elif kind in ("pagebreak", "colbreak"):
            out.append("")
        else:
            raise ValueError(kind)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def write_pdf(path, blocks, two_columns=False, title="", author="", base_size=10):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    PageBreak, FrameBreak, CondPageBreak, NextPageTemplate)

    W, H = A4
    lm = rm = 20 * mm
    tm = 20 * mm
    bm = 18 * mm

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawCentredString(W / 2, 10 * mm, "%s - pagina %d" % (title, doc.page))
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, invariant=1, title=title, author=author,
                          creator="build_heldout27a", subject=title)
    fw = W - lm - rm
    fh = H - tm - bm
    single = Frame(lm, bm, fw, fh, id="single", leftPadding=0, rightPadding=0)
    if two_columns:
        gap = 8 * mm
        cw = (fw - gap) / 2
        c1 = Frame(lm, bm, cw, fh, id="c1", leftPadding=0, rightPadding=0)
        c2 = Frame(lm + cw + gap, bm, cw, fh, id="c2", leftPadding=0, rightPadding=0)
        doc.addPageTemplates([PageTemplate(id="cols", frames=[c1, c2], onPage=footer)])
    else:
        doc.addPageTemplates([PageTemplate(id="one", frames=[single], onPage=footer)])

    bs = base_size
    st = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=bs + 4, leading=bs + 7,
                                alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("st", fontName="Helvetica-Oblique", fontSize=bs, leading=bs + 3,
                                   alignment=TA_CENTER, spaceAfter=8),
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=bs + 0.5, leading=bs + 3.5,
                            spaceBefore=7, spaceAfter=3),
        "h2": ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=bs, leading=bs + 3,
                             spaceBefore=4, spaceAfter=2),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=bs, leading=bs + 3,
                            alignment=TA_JUSTIFY, spaceAfter=4),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=bs, leading=bs + 3,
                             leftIndent=12, firstLineIndent=-9, spaceAfter=2),
        "small": ParagraphStyle("sm", fontName="Helvetica", fontSize=bs - 2, leading=bs + 0.5,
                                spaceAfter=3),
        "sign": ParagraphStyle("sg", fontName="Helvetica", fontSize=bs, leading=bs + 4,
                               spaceBefore=10, spaceAfter=6),
        "rule": ParagraphStyle("r", fontName="Helvetica", fontSize=bs, leading=bs + 4),
    }
    story = []
    for kind, text in blocks:
        if kind == "pagebreak":
            story.append(PageBreak())
            continue
        if kind == "colbreak":
            story.append(FrameBreak())
            continue
        if kind == "sign":
            story.append(Paragraph("<br/>".join(escape(x.strip()) for x in text.split("|")),
                                   st["sign"]))
            continue
        if kind == "h":
            story.append(CondPageBreak(30 * mm))
        body = escape(text)
        if kind == "li":
            body = "\u2022&nbsp;" + body if not re.match(r"^(\(?[a-z0-9]{1,3}[.)]|-)\s", text) else body
        story.append(Paragraph(body, st[kind]))
    doc.build(story)


def _docx_fix(doc):
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.last_modified_by = cp.author


def _rezip(path, data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_docx(path, blocks, author="", title="", base_size=10.5, font="Calibri"):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(base_size)
    d.core_properties.author = author
    d.core_properties.title = title
    _docx_fix(d)
    for kind, text in blocks:
        if kind == "title":
            p = d.add_paragraph(style="Title")
            p.add_run(text)
        elif kind == "subtitle":
            p = d.add_paragraph(style="Subtitle")
            p.add_run(text)
        elif kind == "h":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "art":
            # article heading numbered by Word's own list numbering (number not in the text)
            p = d.add_paragraph(style="List Number")
            r = p.add_run(text)
            r.bold = True
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
        elif kind == "num":
            p = d.add_paragraph(style="List Number 2")
            p.add_run(text)
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet")
            p.add_run(text)
        elif kind == "p":
            p = d.add_paragraph(text)
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.font.size = Pt(base_size - 2)
        elif kind == "rule":
            d.add_paragraph(text)
        elif kind == "sign":
            p = d.add_paragraph()
            lines = [x.strip() for x in text.split("|")]
            for i, line in enumerate(lines):
                r = p.add_run(line)
                if i < len(lines) - 1:
                    r.add_break()
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            rows = text
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    _rezip(path, buf.getvalue())


# --------------------------------------------------------------------------------------------
# Text extraction (used by --check)
# --------------------------------------------------------------------------------------------

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
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


SAMPLES = {}


def sample(num, name, ext, description, statuses, evidence):
    def deco(fn):
        SAMPLES[num] = dict(name=name, ext=ext, description=description, statuses=statuses,
                            evidence=evidence, build=fn)
        return fn
    return deco


def S(a, b, c, d, e, f, g, h, i, j):
    return dict(a=a, b=b, c=c, d=d, e=e, f=f, g=g, h=h, i=i, j=j)


P, W_, M, NA = "present", "weak", "missing", "not_applicable"


# ============================================================================================
# h409 - addendum restating the whole agreement as amended, two-column PDF, Zeeland, maritiem
# ============================================================================================

H409 = [
    ("title", "Addendum I bij de samenwerkingsovereenkomst Vaarroute Scheldemond"),
    ("subtitle", "Doorlopende leerroute vmbo-mbo binnenvaart - doorlopende tekst zoals die luidt "
                 "met ingang van 1 augustus 2025"),
    ("h", "Ondergetekenden"),
    ("p", "1. Stichting Christelijk Voortgezet Onderwijs De Schorre, gevestigd te Vlissingen, "
          "bevoegd gezag van het Sloeborg College, school voor vmbo, hierna: de school, rechtsgeldig "
          "vertegenwoordigd door mevrouw drs. A.M. Verhulst-de Kok, voorzitter van het college van "
          "bestuur;"),
    ("p", "2. Stichting Maritiem en Logistiek Opleidingscentrum Westerschelde, gevestigd te "
          "Terneuzen, bevoegd gezag van een instelling voor beroepsonderwijs, hierna: het "
          "opleidingscentrum of MLOW, rechtsgeldig vertegenwoordigd door de heer ir. J.P. "
          "Lambrechtsen, voorzitter van het college van bestuur;"),
    ("h", "Vooraf"),
    ("p", "Op 3 juli 2023 hebben ondergetekenden de samenwerkingsovereenkomst Vaarroute Scheldemond "
          "gesloten (hierna: de overeenkomst van 2023). De evaluatie over het schooljaar 2023-2024, "
          "besproken in het bestuurlijk overleg van 12 maart 2025, heeft geleid tot aanpassing van "
          "de artikelen 3, 5, 7, 8, 9 en 11. Omdat een stapeling van losse wijzigingen de "
          "leesbaarheid niet dient, stellen partijen hieronder de volledige tekst opnieuw vast. "
          "Bepalingen die inhoudelijk zijn aangepast dragen de aanduiding (gewijzigd); de overige "
          "bepalingen zijn ongewijzigd overgenomen."),
    ("h", "Artikel I - Wijziging"),
    ("p", "De overeenkomst van 2023 komt te luiden als hierna in de artikelen 1 tot en met 12 is "
          "opgenomen."),
    ("h", "1. Begrippen"),
    ("p", "In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute vmbo-mbo "
          "Vaarroute Scheldemond; vo-fase: de eerste twee leerjaren van de route (leerjaar 3 en 4 van "
          "het vmbo); mbo-fase: het derde en volgende leerjaar van de route; routeduo: de leiding "
          "bedoeld in artikel 4; PTA/OER: het gezamenlijk vastgestelde programma van toetsing en "
          "afsluiting en de onderwijs- en examenregeling van de route."),
    ("h", "2. Wat de route inhoudt"),
    ("p", "De route verbindt het profiel Maritiem en techniek van de kaderberoepsgerichte leerweg "
          "van het Sloeborg College met de beroepsopleiding Schipper binnenvaart, niveau 3 "
          "(vakopleiding, beroepsopleidende leerweg), in het opleidingsdomein Transport, scheepvaart "
          "en logistiek van MLOW. Een leerling rondt de route af met het diploma vmbo kaderberoeps"
          "gerichte leerweg, profiel Maritiem en techniek, en het mbo-diploma Schipper binnenvaart. "
          "De route duurt in totaal vijf leerjaren; het vmbo-examen wordt uiterlijk aan het einde "
          "van het derde leerjaar van de route afgerond."),
    ("h", "3. Rederijen aan boord (gewijzigd)"),
    ("p", "Partijen geven de beroepspraktijk op de volgende manier een plek in de route:"),
    ("li", "a) de Werkgeverskring Scheldevaart, waarin elf binnenvaartondernemers uit de regio zijn "
           "verenigd, levert twee leden aan de klankbordgroep Vaart; de klankbordgroep komt twee keer "
           "per schooljaar bijeen en adviseert over de keuzedelen, de jaarplanning en de inhoud van "
           "de praktijkopdrachten;"),
    ("li", "b) iedere leerling maakt in de vo-fase ten minste twee dagtochten mee aan boord van een "
           "vrachtschip van een aangesloten ondernemer;"),
    ("li", "c) in de mbo-fase lopen studenten hun beroepspraktijkvorming bij door SBB erkende "
           "leerbedrijven; de Werkgeverskring garandeert ieder schooljaar voldoende varende "
           "bpv-plaatsen voor alle studenten van het cohort;"),
    ("li", "d) een schipper-praktijkopleider van een leerbedrijf beoordeelt mee bij de proeve van "
           "bekwaamheid aan boord."),
    ("h", "4. Het routeduo"),
    ("p", "De dagelijkse leiding over de route berust bij een routeduo, gevormd door de "
          "afdelingsleider bovenbouw vmbo van de school en de teamleider Binnenvaart van MLOW. Ieder "
          "college van bestuur wijst zijn eigen lid van het routeduo bij schriftelijk besluit aan, "
          "voor twee schooljaren; herbenoeming is mogelijk. Een college kan de aanwijzing "
          "tussentijds intrekken nadat het de andere partij heeft gehoord."),
    ("p", "De colleges dragen aan het routeduo op: het opstellen van de jaarplanning en het "
          "lesrooster, het verdelen van de lessen over het docententeam binnen de door de colleges "
          "vastgestelde formatie, het sluiten van bpv-overeenkomsten namens MLOW, het voorbereiden "
          "van het PTA/OER en het contact met de Werkgeverskring. Het routeduo beslist zelfstandig "
          "over uitgaven tot EUR 10.000 per schooljaar uit het routebudget. Benoeming en ontslag van "
          "personeel, wijziging van het programma en uitgaven boven dat bedrag blijven voorbehouden "
          "aan de colleges."),
    ("h", "5. Verslag aan de colleges (gewijzigd)"),
    ("p", "Het routeduo legt twee keer per schooljaar schriftelijk verantwoording af aan beide "
          "colleges van bestuur: met een tussenbericht uiterlijk op 15 februari en met een "
          "jaarverslag vóór 1 oktober over het afgelopen schooljaar. Het jaarverslag bevat ten "
          "minste de instroom, doorstroom en uitstroom per cohort, de examenresultaten, de "
          "overstappen op grond van artikel 7 en de besteding van het routebudget. De colleges "
          "bespreken het jaarverslag ieder jaar in november met het routeduo in een gezamenlijke "
          "vergadering. Vraagt een college tussentijds om inlichtingen, dan verstrekt het routeduo "
          "die binnen tien werkdagen aan beide colleges."),
    ("h", "6. Lesplaatsen, mensen en middelen"),
    ("p", "De vo-fase wordt gegeven in het gebouw van het Sloeborg College aan de Boulevard te "
          "Vlissingen; de leerlingen zijn in leerjaar 4 één dag per week op de Maritieme Campus van "
          "MLOW in Terneuzen. De mbo-fase vindt plaats op de Maritieme Campus en aan boord. MLOW "
          "stelt in beide fasen het lesschip Zeeuwse Stroom, de brugsimulator en de "
          "motorenwerkplaats beschikbaar; de school stelt haar technieklokaal en het praktijklokaal "
          "Maritiem open voor lessen van MLOW-docenten."),
    ("p", "Het onderwijs wordt verzorgd door één docententeam van vmbo-leraren en mbo-docenten. "
          "Voor de vakoverstijgende onderdelen Navigatie en rekenen en Techniek aan boord werken "
          "partijen met teambevoegdheid; voor ieder programmaonderdeel is ten minste één bevoegde "
          "leraar of docent in het team. Mbo-docenten die in de vo-fase lesgeven, blijven in dienst "
          "van MLOW en werken op de school op basis van een detacheringsregeling; omgekeerd geldt "
          "hetzelfde. Het PTA/OER legt per leerjaar vast welke onderdelen tot het vmbo, tot het mbo "
          "of tot beide behoren en wanneer wordt geëxamineerd; beide colleges stellen het jaarlijks "
          "vóór 1 oktober vast. Een klacht over een medewerker van de andere partij wordt behandeld "
          "volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere partij "
          "werkt daaraan mee."),
    ("h", "7. Als het anders loopt (gewijzigd)"),
    ("p", "Geen leerling verlaat de route zonder zicht op een diploma. Partijen hanteren daarbij "
          "de volgende kaders:"),
    ("li", "a) wie in de vo-fase afhaakt, gaat verder in de reguliere kaderberoepsgerichte leerweg "
           "van de school, in het profiel Maritiem en techniek of een ander profiel dat de school "
           "aanbiedt, en doet daar vmbo-examen;"),
    ("li", "b) wie aan het einde van het derde leerjaar van de route het vmbo-diploma niet heeft, "
           "kan het examenjaar overdoen, of stroomt zonder dat diploma door naar de opleiding Matroos "
           "binnenvaart (niveau 2) of een andere opleiding van MLOW op passend niveau; MLOW stelt "
           "daarbij geen vooropleidingseisen;"),
    ("li", "c) wie merkt dat de binnenvaart niet bij hem past, kan binnen MLOW overstappen naar een "
           "andere opleiding op niveau 3, zoals Logistiek teamleider, of naar een opleiding bij een "
           "andere instelling in de regio; in dat laatste geval helpt MLOW bij het "
           "geschiktheidsonderzoek van die instelling en zorgt het routeduo voor een warme "
           "overdracht."),
    ("p", "Het routeduo voert eerst een gesprek met de leerling en diens ouders en doet daarna een "
          "voorstel. De directeur van de school en de directeur Maritiem van MLOW beslissen samen, "
          "waarbij zij zich laten leiden door het niveau dat de leerling heeft bereikt, zijn leeftijd "
          "en zijn eigen voorkeur. De schoolgids en de studiegids beschrijven de werkwijze verder."),
    ("h", "8. Geld (gewijzigd)"),
    ("p", "Tussen partijen gaat geen bekostiging over. Ieder houdt de rijksbijdrage die zij voor haar "
          "eigen leerlingen of studenten ontvangt en betaalt daaruit haar eigen personeel en "
          "voorzieningen. Het gebruik van het lesschip en van de lokalen over en weer wordt niet "
          "verrekend. Dit artikel vervangt de regeling van de overeenkomst van 2023, waarin de school "
          "een bijdrage per leerling aan MLOW betaalde; die bijdrage vervalt met ingang van het "
          "schooljaar 2025-2026."),
    ("h", "9. Inspraak in de route (gewijzigd)"),
    ("p", "Leerlingen van de route die nog bij de school staan ingeschreven, hebben één vaste zetel "
          "in de studentenraad van MLOW, naast hun rechten in de leerlingengeleding van de "
          "medezeggenschapsraad van de school. Een voorstel tot wezenlijke wijziging of tot "
          "beëindiging van de route leggen partijen voor advies voor aan de medezeggenschapsraad van "
          "de school en aan de studentenraad en de ondernemingsraad van MLOW, in dezelfde week en "
          "met dezelfde stukken."),
    ("h", "10. Verschil van inzicht"),
    ("p", "Ontstaat tussen partijen verschil van mening over de uitvoering van deze overeenkomst, "
          "dan bespreekt het routeduo dit eerst met beide directeuren. Is het verschil niet binnen "
          "vier weken opgelost, dan leggen de directeuren het voor aan de voorzitters van beide "
          "colleges, die binnen zes weken bijeenkomen. Leidt ook dat niet tot overeenstemming, dan "
          "schakelen partijen een gezamenlijk gekozen registermediator in; de kosten delen zij "
          "gelijk. Slaagt de mediation niet, dan kan ieder van hen het geschil voorleggen aan de "
          "rechtbank Zeeland-West-Brabant."),
    ("h", "11. Nieuwe partners, wijzigen en einde (gewijzigd)"),
    ("p", "Een andere school met het profiel Maritiem en techniek of een andere instelling voor "
          "beroepsonderwijs kan zich bij deze overeenkomst aansluiten als beide colleges daarmee "
          "schriftelijk instemmen, de nieuwe partner deze overeenkomst volledig aanvaardt in een door "
          "alle partijen getekende toetredingsakte en de route ook door de nieuwe partner in RIO is "
          "gemeld. Aansluiting gaat in op 1 augustus van een schooljaar."),
    ("p", "Deze overeenkomst wordt alleen gewijzigd bij een door alle colleges ondertekend "
          "addendum, nadat de organen uit artikel 9 zijn gehoord."),
    ("p", "Ieder college kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met inachtneming "
          "van een termijn van ten minste twaalf maanden. Schiet een partij ernstig tekort en herstelt "
          "zij dat niet binnen drie maanden na een schriftelijke ingebrekestelling, dan kan de andere "
          "partij de overeenkomst ontbinden, eveneens met ingang van 1 augustus."),
    ("p", "Na een opzegging of ontbinding nemen partijen geen nieuwe leerlingen meer op in de route. "
          "Wie op dat moment in de route zit of al is toegelaten, maakt haar op de afgesproken "
          "wijze af: partijen blijven hun verplichtingen nakomen totdat de laatste van deze leerlingen "
          "zijn diploma heeft gehaald of met toepassing van artikel 7 is overgestapt."),
    ("h", "12. Slot"),
    ("p", "Partijen hebben de route gezamenlijk gemeld bij de minister van OCW via RIO. Deze "
          "overeenkomst geldt voor onbepaalde tijd."),
    ("h", "Artikel II - Inwerkingtreding"),
    ("p", "Dit addendum treedt in werking op 1 augustus 2025. Leerlingen die vóór die datum in de "
          "route zijn ingestroomd, vallen vanaf dat moment onder de nieuwe tekst."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend."),
    ("sign", "Vlissingen, 24 juni 2025|Stichting Christelijk Voortgezet Onderwijs De Schorre|"
             "drs. A.M. Verhulst-de Kok, voorzitter college van bestuur"),
    ("sign", "Terneuzen, 26 juni 2025|Stichting Maritiem en Logistiek Opleidingscentrum Westerschelde|"
             "ir. J.P. Lambrechtsen, voorzitter college van bestuur"),
]


@sample(409, "h409_addendum_geconsolideerd_scheldemond", "pdf",
        "Two-column PDF addendum that restates the whole agreement as amended (marked '(gewijzigd)'); "
        "Zeeland, vmbo Maritiem en techniek kb -> mbo-3 Schipper binnenvaart; plain informal headings; "
        "fully compliant, 'geen bekostiging' stated, extra zetel in studentenraad.",
        S(P, P, P, P, P, P, P, P, P, P),
        {"a": "2. Wat de route inhoudt", "b": "3. Rederijen aan boord (gewijzigd)",
         "c": "4. Het routeduo", "d": "5. Verslag aan de colleges (gewijzigd)",
         "e": "6. Lesplaatsen, mensen en middelen", "f": "7. Als het anders loopt (gewijzigd)",
         "g": "8. Geld (gewijzigd)", "h": "9. Inspraak in de route (gewijzigd)",
         "i": "10. Verschil van inzicht", "j": "11. Nieuwe partners, wijzigen en einde (gewijzigd)"})
def build_409(path):
    write_pdf(path, H409, two_columns=True, title="Addendum I Vaarroute Scheldemond",
              author="De Schorre / MLOW", base_size=9)


# ============================================================================================
# h410 - DOCX, Word auto-numbered articles, long considerans; Twente, ICT
# ============================================================================================

H410 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Code Oost"),
    ("subtitle", "vmbo gemengde leerweg Media, vormgeving en ICT - mbo Software developer (niveau 4)"),
    ("p", "DE ONDERGETEKENDEN:"),
    ("p", "Stichting voor Openbaar en Bijzonder Voortgezet Onderwijs Noordoost-Twente, statutair "
          "gevestigd te Oldenzaal, bevoegd gezag van het Hulsbeek College, hierna te noemen: de "
          "school, ten deze vertegenwoordigd door de heer M.H.J. Oude Vrielink, voorzitter van het "
          "college van bestuur,"),
    ("p", "en"),
    ("p", "Stichting Regionaal Opleidingencentrum Dinkelland, statutair gevestigd te Hengelo, bevoegd "
          "gezag van het Dinkel College, hierna te noemen: Dinkel College, ten deze vertegenwoordigd "
          "door mevrouw dr. E.G. Nijhuis-Brinkman, lid van het college van bestuur,"),
    ("p", "hierna gezamenlijk te noemen: partijen,"),
    ("p", "OVERWEGENDE DAT:"),
    ("num", "de regio Twente een structureel tekort kent aan vakmensen in de informatie- en "
            "communicatietechnologie en dat werkgevers in de regio al jaren aandringen op een snellere "
            "en beter aansluitende opleiding van jonge software-ontwikkelaars;"),
    ("num", "partijen sinds het schooljaar 2021-2022 samenwerken in het project Code Oost, waarin "
            "leerlingen van de school in leerjaar 4 al programmeeronderdelen van Dinkel College "
            "volgden, en dat de ervaringen met dat project positief zijn;"),
    ("num", "de Wet doorlopende leerroutes vmbo-mbo het mogelijk maakt om vmbo- en mbo-onderwijs als "
            "één samenhangend geheel aan te bieden, mits dat gebeurt op grond van een "
            "samenwerkingsovereenkomst tussen de bevoegde gezagsorganen;"),
    ("num", "de school de gemengde leerweg aanbiedt met het beroepsgerichte profiel Media, vormgeving "
            "en ICT, en dat Dinkel College de opleiding Software developer op niveau 4 aanbiedt;"),
    ("num", "partijen het programma zo willen inrichten dat overlap tussen vmbo- en mbo-stof wordt "
            "voorkomen en dat de vrijkomende tijd wordt besteed aan verdieping en aan werken aan echte "
            "opdrachten van bedrijven;"),
    ("num", "partijen daarbij gebruik willen maken van de mogelijkheid om vmbo-leraren en mbo-docenten "
            "als één team in te zetten;"),
    ("num", "partijen het belang van de leerling vooropstellen en iedere leerling die de route niet "
            "afmaakt een passend vervolg willen bieden;"),
    ("num", "partijen geschillen over de uitvoering van deze overeenkomst bij voorkeur snel, "
            "laagdrempelig en zonder tussenkomst van de rechter willen beslechten, zo nodig met hulp "
            "van een onafhankelijke bemiddelaar;"),
    ("num", "de medezeggenschapsraad van de school en de studentenraad en de ondernemingsraad van "
            "Dinkel College over het voornemen tot het aangaan van deze samenwerking advies hebben "
            "uitgebracht en dat dat advies bij het opstellen van deze overeenkomst is betrokken;"),
    ("num", "partijen hun afspraken over de route in deze overeenkomst willen vastleggen, zodat de "
            "samenwerking niet afhangt van personen;"),
    ("p", "KOMEN HET VOLGENDE OVEREEN:"),
    ("art", "Begripsbepalingen"),
    ("p", "In deze overeenkomst wordt verstaan onder:"),
    ("li", "route: de doorlopende leerroute vmbo-mbo Code Oost, bedoeld in artikel 2;"),
    ("li", "leerling: een leerling of student die aan de route deelneemt;"),
    ("li", "vo-fase en mbo-fase: de eerste twee leerjaren van de route onderscheidenlijk de "
           "daaropvolgende leerjaren;"),
    ("li", "routeteam: het team, bedoeld in artikel 4;"),
    ("li", "PTA/OER: het programma van toetsing en afsluiting en de onderwijs- en examenregeling die "
           "voor de gehele route gezamenlijk worden vastgesteld."),
    ("art", "Doel en onderwerp van de samenwerking"),
    ("p", "Partijen verzorgen gezamenlijk een doorlopende leerroute die start in leerjaar 3 van de "
          "gemengde leerweg van de school, profiel Media, vormgeving en ICT, en leidt tot het diploma "
          "van die leerweg en het diploma van de middenkaderopleiding Software developer (niveau 4, "
          "beroepsopleidende leerweg) in het opleidingsdomein ICT en creatieve industrie van Dinkel "
          "College. De route omvat vijf leerjaren. Het keuzevak Programmeren en het keuzedeel "
          "Verdieping software maken deel uit van het programma."),
    ("art", "Werkveldbetrokkenheid"),
    ("p", "De ICT-werkgevers die zijn aangesloten bij de vereniging Digitaal Twente Werkt vormen samen "
          "met de gemeente Hengelo de werkveldtafel Code Oost. De werkveldtafel komt drie keer per "
          "schooljaar bijeen met het routeteam en adviseert over de inhoud van de beroepsgerichte "
          "onderdelen en de keuzedelen."),
    ("p", "Aangesloten bedrijven leveren ieder schooljaar ten minste vier praktijkopdrachten voor de "
          "vo-fase, waarvan zij ook het opdrachtgeverschap vervullen en de eindpresentatie mee "
          "beoordelen, en stellen in de mbo-fase stageplaatsen beschikbaar bij erkende leerbedrijven. "
          "In leerjaar 4 organiseren zij samen met partijen een jaarlijkse hackathon van twee dagen."),
    ("art", "Routeteam"),
    ("p", "De leiding over de route berust bij het routeteam. Het routeteam bestaat uit drie leden: "
          "een routecoördinator, die het routeteam voorzit, een leraar uit het vmbo-team en een "
          "docent uit het mbo-team. Het routeteam vergadert ten minste eenmaal per maand en legt zijn "
          "besluiten vast in een besluitenlijst."),
    ("p", "Het routeteam heeft de volgende taken:"),
    ("li", "het opstellen van de jaarplanning, het rooster en de verdeling van de lesuren over het "
           "docententeam;"),
    ("li", "het voorbereiden van het PTA/OER en het bewaken van de uitvoering daarvan;"),
    ("li", "de intake en plaatsing van leerlingen in de route;"),
    ("li", "het contact met de werkveldtafel en de leerbedrijven;"),
    ("li", "het signaleren van leerlingen voor wie een overstap nodig kan zijn."),
    ("p", "Het routeteam is bevoegd zelfstandig te besluiten over roosters, de verdeling van lesuren "
          "binnen de door de besturen vastgestelde formatie, de toelating van leerlingen tot de "
          "route en uitgaven tot EUR 7.500 per schooljaar uit het routebudget. Besluiten over "
          "personeel, over het PTA/OER en over de begroting van de route zijn voorbehouden aan de "
          "besturen."),
    ("art", "Informatievoorziening en verantwoording"),
    ("p", "Het routeteam brengt na afloop van ieder kwartaal een beknopte voortgangsrapportage uit aan "
          "beide besturen over de leerlingaantallen, het verzuim, de resultaten en de uitgaven. "
          "Jaarlijks vóór 15 september legt het routeteam in een jaarverslag aan beide besturen "
          "verantwoording af over het afgelopen schooljaar, met daarin ten minste de in-, door- en "
          "uitstroom per cohort en de examenresultaten. Het jaarverslag wordt besproken in het "
          "bestuurlijk overleg dat partijen twee keer per jaar voeren en waarbij de routecoördinator "
          "aanwezig is."),
    ("art", "Onderwijsprogramma en examinering"),
    ("p", "Partijen beschrijven in het PTA/OER voor de gehele route per leerjaar het "
          "onderwijsprogramma, de examinering en de beroepspraktijkvorming en geven daarin aan welke "
          "onderdelen tot het vmbo, welke tot het mbo en welke tot beide behoren. Het centraal "
          "examen vmbo wordt afgelegd in het tweede leerjaar van de route. De vo-fase wordt gegeven in "
          "het gebouw van de school in Oldenzaal; in leerjaar 4 volgen leerlingen twee dagdelen per "
          "week op de campus van Dinkel College in Hengelo. De mbo-fase wordt op die campus en bij "
          "leerbedrijven verzorgd."),
    ("art", "Personeel en faciliteiten"),
    ("p", "Leraren van de school en docenten van Dinkel College vormen samen één docententeam voor "
          "de route. Voor de vakoverstijgende onderdelen Programmeren en Digitale vormgeving wordt "
          "gewerkt met teambevoegdheid; voor elk programmaonderdeel is ten minste één bevoegde leraar "
          "of docent aan het team verbonden. Medewerkers blijven in dienst van hun eigen werkgever, "
          "die ook hun professionalisering bekostigt; uitwisseling van personeel geschiedt zonder "
          "doorbelasting tussen partijen."),
    ("p", "Leerlingen in de vo-fase maken gebruik van het Dinkel Techlab met de daarin aanwezige "
          "servers, laptops en licenties van Dinkel College. Mbo-docenten maken gebruik van het "
          "mediaklaslokaal en de werkplekken van de school. Elke partij blijft verantwoordelijk voor "
          "het onderhoud van de eigen voorzieningen."),
    ("art", "Inschrijving, begeleiding en klachten"),
    ("p", "De leerling staat in de vo-fase ingeschreven bij de school en daarna bij Dinkel College. "
          "De mentor van de school en de studieloopbaanbegeleider van Dinkel College dragen de "
          "begeleiding aan het einde van de vo-fase persoonlijk aan elkaar over. Een klacht over "
          "gedrag van een medewerker van de ene partij die bij de andere partij wordt ingediend, "
          "wordt behandeld volgens de klachtenregeling van de partij waar de klacht is ingediend."),
    ("art", "Overstap en uitval"),
    ("p", "Een leerling die de route in de vo-fase verlaat, zet zijn opleiding voort in de reguliere "
          "gemengde leerweg van de school en sluit die af met het vmbo-diploma."),
    ("p", "Een leerling die aan het einde van het derde leerjaar van de route het vmbo-diploma niet "
          "heeft behaald, kan het examenjaar op de school overdoen. Een leerling die in de mbo-fase "
          "kiest voor een andere richting, kan overstappen naar een andere ICT-opleiding van Dinkel "
          "College, zoals Expert IT systems and devices (niveau 4) of Allround medewerker IT systems "
          "and devices (niveau 3). Toelating tot zo'n andere opleiding staat bij Dinkel College in "
          "alle gevallen alleen open voor leerlingen die het diploma van de gemengde of theoretische "
          "leerweg hebben behaald; een leerling zonder dat diploma kan pas na het behalen ervan "
          "instromen."),
    ("p", "Het routeteam bespreekt een dreigende overstap met de leerling en zijn ouders. De "
          "teamleider bovenbouw van de school en de opleidingsmanager ICT van Dinkel College beslissen "
          "samen over het vervolg, op basis van het bereikte niveau en de leeftijd van de leerling."),
    ("art", "Financiële afspraken"),
    ("p", "Met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 draagt de school "
          "voor iedere leerling die op 1 oktober in het tweede leerjaar van de route staat "
          "ingeschreven een bedrag van EUR 1.150 over aan Dinkel College. Dinkel College besteedt dit "
          "bedrag aan de inzet van mbo-docenten in de vo-fase en aan de apparatuur en licenties van "
          "het Dinkel Techlab die leerlingen in de vo-fase gebruiken. De school maakt het bedrag vóór "
          "1 december van het betreffende schooljaar over; Dinkel College verantwoordt de besteding "
          "in het jaarverslag, bedoeld in artikel 5. Overigens draagt iedere partij haar eigen kosten."),
    ("art", "Medezeggenschap"),
    ("p", "Voor de leerlingen in de vo-fase, hun ouders en het personeel van de school geldt de Wet "
          "medezeggenschap op scholen. Voor de studenten in de mbo-fase en hun ouders gelden de "
          "bepalingen van hoofdstuk 8a van de Wet educatie en beroepsonderwijs en voor het personeel "
          "van Dinkel College de Wet op de ondernemingsraden. Partijen kunnen aanvullende afspraken "
          "maken over de medezeggenschap met betrekking tot de route, indien de betrokken "
          "medezeggenschapsorganen daarom verzoeken."),
    ("art", "Looptijd, wijziging, toetreding en beëindiging"),
    ("p", "Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt daarna telkens "
          "stilzwijgend verlengd met vijf jaar."),
    ("p", "Wijziging van deze overeenkomst is alleen mogelijk bij schriftelijke overeenkomst tussen "
          "alle partijen. Een wijziging die het programma van een lopend cohort raakt, gaat niet "
          "eerder in dan bij het begin van het volgende schooljaar."),
    ("p", "Een andere school voor vmbo met het profiel Media, vormgeving en ICT kan tot deze "
          "overeenkomst toetreden, mits beide besturen daarmee schriftelijk instemmen, de toetredende "
          "school de overeenkomst integraal aanvaardt door ondertekening van een toetredingsverklaring "
          "en de toetreding tijdig vóór de start van een schooljaar aan DUO wordt gemeld."),
    ("p", "Iedere partij kan de overeenkomst opzeggen met een opzegtermijn van een jaar, tegen het "
          "einde van een schooljaar. Na opzegging stromen geen nieuwe leerlingen meer in. Leerlingen "
          "die op de datum van beëindiging aan de route deelnemen, kunnen de route afronden; partijen "
          "blijven tot dat moment alle daarvoor nodige verplichtingen nakomen."),
    ("art", "Slotbepalingen"),
    ("p", "Partijen melden de route gezamenlijk aan de minister van OCW door registratie in RIO. Het "
          "PTA/OER van de route wordt als bijlage bij deze overeenkomst bewaard en jaarlijks "
          "geactualiseerd."),
    ("p", "Aldus overeengekomen en in tweevoud getekend,"),
    ("sign", "Oldenzaal, 16 juni 2025|Stichting voor Openbaar en Bijzonder Voortgezet Onderwijs "
             "Noordoost-Twente|M.H.J. Oude Vrielink, voorzitter college van bestuur"),
    ("sign", "Hengelo, 16 juni 2025|Stichting Regionaal Opleidingencentrum Dinkelland|"
             "dr. E.G. Nijhuis-Brinkman, lid college van bestuur"),
]


@sample(410, "h410_autonummering_considerans_twente", "docx",
        "DOCX with Word auto-numbered articles and a long numbered considerans; Twente, vmbo gl Media, "
        "vormgeving en ICT -> mbo-4 Software developer; leiding without appointment rule (c weak), "
        "overstap imposes vooropleidingseisen within the same instelling (f weak), dispute settlement "
        "only in the considerans (i missing); medezeggenschap only restates the law / 'kunnen'.",
        S(P, P, W_, P, P, W_, P, NA, M, P),
        {"a": "Doel en onderwerp van de samenwerking", "b": "Werkveldbetrokkenheid",
         "d": "Informatievoorziening en verantwoording", "e": "Personeel en faciliteiten",
         "g": "Financiële afspraken", "j": "Looptijd, wijziging, toetreding en beëindiging"})
def build_410(path):
    write_docx(path, H410, author="SOBNT / ROC Dinkelland", title="SOK Code Oost")


# ============================================================================================
# h411 - very short TXT, geïntegreerde route zorg, Zuidoost-Drenthe
# ============================================================================================

H411 = [
    ("title", "Samenwerkingsovereenkomst geïntegreerde route Zorg Emmen"),
    ("p", "Partijen: Stichting Veenkoloniaal Voortgezet Onderwijs te Emmen, bevoegd gezag van "
          "vmbo-school De Runde (de school), en Stichting ROC Drentse Poort te Emmen (het ROC), beide "
          "vertegenwoordigd door de voorzitter van hun college van bestuur."),
    ("h", "1. Route"),
    ("p", "Partijen bieden samen een geïntegreerde route aan van de basisberoepsgerichte leerweg, "
          "profiel Zorg en welzijn, naar de basisberoepsopleiding Helpende zorg en welzijn (niveau 2) "
          "in het domein Zorg en welzijn. De leerling doet geen vmbo-examen en sluit af met het "
          "mbo-diploma."),
    ("h", "2. Werkveld"),
    ("p", "Zorggroep Oost-Drenthe en Kinderopvang Zonnedauw bieden vanaf leerjaar 3 één dag per week "
          "een leerplek. Hun praktijkopleiders beoordelen mee bij de proeve van bekwaamheid en "
          "schuiven twee keer per jaar aan bij het routeoverleg om het programma bij te stellen."),
    ("h", "3. Leiding"),
    ("p", "De route wordt geleid door de routecoördinator van de school en de opleidingsmanager Zorg "
          "van het ROC samen. De directeur van de school wijst de routecoördinator aan; het college van "
          "bestuur van het ROC wijst de opleidingsmanager aan. Zij maken de jaarplanning en het "
          "rooster, regelen intake, bpv en examenplanning en beslissen zelf over de verdeling van de "
          "lessen. Geld- en personeelsbesluiten nemen de besturen."),
    ("h", "4. Verantwoording"),
    ("p", "Hoe de leiding de besturen informeert en verantwoording aflegt, werken partijen vóór "
          "1 januari 2026 nader uit."),
    ("h", "5. Inrichting"),
    ("p", "Leerjaar 3 en 4 worden gegeven op De Runde, leerjaar 5 op het ROC. Zorgdocenten van het ROC "
          "geven in leerjaar 4 twee dagdelen per week les op De Runde en vormen met de leraren van de "
          "school één team. Leerlingen gebruiken het skillslab van het ROC; het ROC gebruikt het "
          "praktijklokaal van De Runde. Programma en examinering per leerjaar staan in het "
          "gezamenlijke OER."),
    ("h", "6. Uitstappen"),
    ("p", "Een leerling die de geïntegreerde route verlaat, stroomt door naar de Entree-opleiding van "
          "het ROC."),
    ("h", "7. Geschillen"),
    ("p", "Een geschil over deze overeenkomst gaat eerst naar beide directeuren, daarna naar de "
          "besturen. Komen die er binnen zes weken niet uit, dan vragen zij bindend advies aan een "
          "deskundige die zij samen kiezen."),
    ("h", "8. Duur, toetreding, wijziging en opzegging"),
    ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere school of "
          "instelling kan toetreden als beide partijen dat schriftelijk goedkeuren en zij deze "
          "overeenkomst ondertekent. Wijzigen kan alleen schriftelijk en met instemming van beide "
          "partijen. Opzeggen kan schriftelijk met een termijn van twaalf maanden tegen 1 augustus; "
          "leerlingen die dan in de route zitten, maken haar af."),
    ("sign", "Emmen, 20 juni 2025|voor de school: J. Hofstee-Wubs|voor het ROC: R.A. Bakker"),
]


@sample(411, "h411_kort_zorg_zuidoostdrenthe", "txt",
        "Very short plain TXT agreement for a geïntegreerde route bb Zorg en welzijn -> mbo-2 Helpende "
        "zorg en welzijn, Emmen; verantwoording deferred (d weak), leavers go automatically to Entree "
        "(f weak), nothing on finances (g missing), no medezeggenschap.",
        S(P, P, P, W_, P, W_, M, NA, P, P),
        {"a": "1. Route", "b": "2. Werkveld", "c": "3. Leiding", "e": "5. Inrichting",
         "i": "7. Geschillen", "j": "8. Duur, toetreding, wijziging en opzegging"})
def build_411(path):
    write_txt(path, H411)


# ============================================================================================
# h412 - PDF, interne regeling of an AOC (groen), short besluit + annex with the arrangements
# ============================================================================================

H412 = [
    ("title", "Interne regeling doorlopende leerroutes Groene Ruimte"),
    ("subtitle", "Stichting Agrarisch Opleidingscentrum Lingeland - Geldermalsen en Tiel"),
    ("p", "Het college van bestuur van Stichting Agrarisch Opleidingscentrum Lingeland, bevoegd "
          "gezag van Lingeland vmbo Geldermalsen (school voor vbo) en van Lingeland mbo Tiel "
          "(agrarisch opleidingscentrum),"),
    ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, "
          "derde lid, van de Wet educatie en beroepsonderwijs;"),
    ("p", "gezien het advies van de ondernemingsraad en van de deelraden van beide locaties;"),
    ("p", "besluit:"),
    ("h", "Artikel 1"),
    ("p", "De doorlopende leerroutes vmbo-mbo in de groene ruimte die de stichting op haar locaties "
          "Geldermalsen en Tiel aanbiedt, worden verzorgd overeenkomstig de afspraken die zijn "
          "opgenomen in de bijlage bij deze regeling. De bijlage maakt deel uit van de regeling."),
    ("h", "Artikel 2"),
    ("p", "Omdat het vmbo- en het mbo-deel van de routes onder één bevoegd gezag vallen, treedt deze "
          "regeling in de plaats van een samenwerkingsovereenkomst. De onderwerpen geschilbeslechting, "
          "toetreding en beëindiging en de inrichting van de medezeggenschap zijn op grond van de "
          "genoemde artikelen niet in deze regeling opgenomen."),
    ("h", "Artikel 3"),
    ("p", "Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: Interne regeling "
          "DLR Groene Ruimte Lingeland. Het college evalueert de regeling in het voorjaar van 2027."),
    ("sign", "Vastgesteld te Tiel op 17 juni 2025|Het college van bestuur van Stichting Agrarisch "
             "Opleidingscentrum Lingeland|ing. H.W. van Wijngaarden-Roelofs, voorzitter|"
             "drs. T. Bosman, lid"),
    ("pagebreak", ""),
    ("title", "Bijlage - Afspraken over de routes"),
    ("h", "A. Welke routes"),
    ("p", "Route 1 leidt leerlingen van de basisberoepsgerichte leerweg met het profiel Groen naar de "
          "basisberoepsopleiding Medewerker hovenier (niveau 2, bol). Route 2 leidt leerlingen van de "
          "kaderberoepsgerichte leerweg met het profiel Groen naar de vakopleiding Vakbekwaam "
          "hovenier (niveau 3, bol). Beide opleidingen behoren tot het opleidingsdomein Voedsel, natuur "
          "en leefomgeving. Route 1 duurt vier en route 2 vijf leerjaren, gerekend vanaf leerjaar 3 "
          "van het vmbo."),
    ("h", "B. Partners uit de groene sector"),
    ("p", "Het Hoveniersgilde Rivierenland, de afdeling Groenbeheer van de gemeente Tiel en zes "
          "boomkwekerijen uit de omgeving van Opheusden zijn vast bij de routes betrokken. Zij leveren "
          "jaarlijks levensechte opdrachten voor de vo-fase, zoals de herinrichting van een "
          "schoolplein of een buurtpark, en nemen zitting in de vakjury die de eindpresentaties van "
          "leerjaar 4 beoordeelt. In de mbo-fase verzorgen hun erkende leerbedrijven de "
          "beroepspraktijkvorming. Twee keer per jaar bespreekt het kernteam met een afvaardiging van "
          "deze partners of de inhoud van de routes nog aansluit bij het werk in de sector; hun "
          "adviezen worden in het verslag onder D opgenomen."),
    ("h", "C. Kernteam"),
    ("p", "Het kernteam leidt de routes. Het bestaat uit de routeregisseur, de teamleider vmbo Groen "
          "van de locatie Geldermalsen en de teamleider Groene ruimte van de locatie Tiel. Het college "
          "van bestuur benoemt de leden, de routeregisseur na advies van beide locatiedirecteuren, "
          "voor een termijn van drie jaar."),
    ("p", "Het kernteam is verantwoordelijk voor de jaarplanning, de afstemming van het programma "
          "tussen vmbo en mbo, de inzet van docenten binnen de formatie die de locatiedirecteuren "
          "beschikbaar stellen, de intake en plaatsing van leerlingen en de contacten met de "
          "partners onder B. Het beslist zelfstandig over roosters, excursies en de besteding van het "
          "routebudget tot EUR 15.000 per jaar; het PTA/OER, personele benoemingen en uitgaven boven "
          "dat bedrag stelt het college van bestuur vast."),
    ("h", "D. Verslag aan het college"),
    ("p", "Het kernteam stuurt het college van bestuur in januari en in juli een voortgangsnotitie "
          "over aanmeldingen, verzuim, voortgang en bijzonderheden. Uiterlijk 1 november legt het in een "
          "kwaliteitsrapportage verantwoording af over het afgelopen schooljaar, met in-, door- en "
          "uitstroom per route, examenresultaten, overstappen en de besteding van het routebudget. "
          "Het college bespreekt die rapportage met het kernteam en de locatiedirecteuren in het "
          "novemberoverleg."),
    ("h", "E. Organisatie van het onderwijs"),
    ("p", "De eerste twee leerjaren van beide routes worden gegeven op de locatie Geldermalsen, de "
          "leerjaren daarna op de locatie Tiel en bij leerbedrijven. Het PTA/OER van elke route "
          "beschrijft per leerjaar welke onderdelen vmbo, mbo of beide zijn, wanneer wordt "
          "geëxamineerd en wanneer de bpv plaatsvindt. Het vmbo-examen wordt uiterlijk in het derde "
          "leerjaar van de route afgelegd."),
    ("p", "Docenten van beide locaties vormen één routeteam. Voor de vakoverstijgende onderdelen "
          "Ontwerpen en aanleggen en Plantenkennis wordt teambevoegdheid benut; elk onderdeel heeft "
          "ten minste één bevoegde docent. Mbo-docenten uit Tiel geven in leerjaar 4 wekelijks een "
          "praktijkdag in Geldermalsen."),
    ("p", "Leerlingen van de vo-fase werken in de kassen, de proeftuin en het machinepark van de "
          "locatie Tiel; studenten van de mbo-fase gebruiken de schooltuin en het bloemsierkundelokaal "
          "in Geldermalsen. Vervoer tussen de locaties wordt door de stichting geregeld."),
    ("h", "F. Andere weg, toch een diploma"),
    ("p", "Wanneer een leerling de route niet kan of wil afmaken, zoeken de locatiedirecteuren van "
          "Geldermalsen en Tiel samen, in gesprek met de leerling en zijn ouders, naar het vervolg dat "
          "het meest kansrijk is, gelet op wat de leerling al heeft bereikt en op zijn leeftijd. "
          "Daarbij gelden de volgende uitgangspunten:"),
    ("li", "wie in de vo-fase stopt, maakt de reguliere basis- of kaderberoepsgerichte leerweg af, "
           "in het profiel Groen of een ander profiel van de locatie, en haalt het vmbo-diploma;"),
    ("li", "wie na het derde leerjaar van de route geen vmbo-diploma heeft, kan binnen Lingeland "
           "zonder dat diploma verder in een mbo-opleiding op het niveau dat past bij de behaalde "
           "onderdelen, of kan het examenjaar overdoen;"),
    ("li", "wie een andere richting wil, kan binnen Lingeland overstappen naar bijvoorbeeld "
           "Medewerker dierverzorging of Vakbekwaam medewerker bloem, groen en styling op hetzelfde "
           "niveau; vooropleidingseisen worden dan niet gesteld;"),
    ("li", "wie verhuist of een opleiding kiest die Lingeland niet aanbiedt, wordt geholpen bij de "
           "aanmelding en het geschiktheidsonderzoek bij een andere instelling."),
    ("p", "De uitwerking staat in de schoolgids van de locatie Geldermalsen en de studiegids van de "
          "locatie Tiel."),
    ("h", "G. Bekostiging"),
    ("p", "Er vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a van de Wet "
          "voortgezet onderwijs 2020 of artikel 9.1.15 van de Wet educatie en beroepsonderwijs. De "
          "kosten van de routes worden in de begroting van de stichting toegerekend aan de locatie "
          "waar de leerling op dat moment is ingeschreven."),
]


@sample(412, "h412_interne_regeling_groen_rivierenland", "pdf",
        "PDF interne regeling of an AOC (one bevoegd gezag): short besluit, all arrangements in an "
        "annex with lettered sections; Rivierenland, vmbo Groen bb/kb -> mbo-2/3 hovenier; fully "
        "compliant for a-g, h-j not applicable (interne regeling), explicit 'geen overdracht'.",
        S(P, P, P, P, P, P, P, NA, NA, NA),
        {"a": "A. Welke routes", "b": "B. Partners uit de groene sector", "c": "C. Kernteam",
         "d": "D. Verslag aan het college", "e": "E. Organisatie van het onderwijs",
         "f": "F. Andere weg, toch een diploma", "g": "G. Bekostiging"})
def build_412(path):
    write_pdf(path, H412, title="Interne regeling DLR Groene Ruimte Lingeland",
              author="Stichting AOC Lingeland", base_size=10)


# ============================================================================================
# h413 - long DOCX, four boards (three vmbo boards + one ROC), Westfriesland, bouw en installatie
# ============================================================================================

H413 = [
    ("title", "Samenwerkingsovereenkomst Techniekroute Westfriesland"),
    ("subtitle", "Doorlopende leerroutes vmbo-mbo Bouwen, wonen en interieur en Produceren, installeren "
                 "en energie"),
    ("h", "Partijen"),
    ("p", "1. Stichting Openbaar Voortgezet Onderwijs West-Friesland, statutair gevestigd te Hoorn, "
          "bevoegd gezag van Het Streekcollege, school voor vbo en mavo, ingeschreven in het "
          "handelsregister onder nummer 41239876, hierna: Het Streekcollege, rechtsgeldig "
          "vertegenwoordigd door de heer drs. P.C. Schouten, voorzitter van het college van bestuur;"),
    ("p", "2. Stichting Katholiek Voortgezet Onderwijs De Westfriese Dijk, statutair gevestigd te "
          "Enkhuizen, bevoegd gezag van het Dijkland College, afdeling vmbo, hierna: het Dijkland "
          "College, rechtsgeldig vertegenwoordigd door mevrouw M.A. Kaag-Koomen, bestuurder;"),
    ("p", "3. Stichting Christelijk Onderwijs Medemblik, statutair gevestigd te Medemblik, bevoegd "
          "gezag van Wadland vmbo, hierna: Wadland, rechtsgeldig vertegenwoordigd door de heer "
          "J.W. Dekker, voorzitter van het bestuur;"),
    ("p", "4. Stichting Regionaal Opleidingencentrum Kop en Streek, statutair gevestigd te Hoorn, "
          "bevoegd gezag van een regionaal opleidingencentrum, hierna: het ROC, rechtsgeldig "
          "vertegenwoordigd door mevrouw ir. L. Zwaan, voorzitter van het college van bestuur;"),
    ("p", "partijen 1 tot en met 3 hierna samen ook: de scholen; alle partijen samen: partijen."),
    ("h", "Overwegingen"),
    ("p", "A. De scholen en het ROC werken sinds 2016 samen in de techniekroute die voortkwam uit het "
          "experiment vakmanschapsroute. Met de inwerkingtreding van de Wet doorlopende leerroutes "
          "vmbo-mbo willen zij die samenwerking voortzetten als doorlopende leerroutes in de zin van "
          "artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en "
          "beroepsonderwijs."),
    ("p", "B. Deze overeenkomst vervangt de samenwerkingsafspraken vakmanschapsroute van 2016 en "
          "legt vast wat partijen van elkaar nodig hebben om de routes goed en rechtmatig uit te "
          "voeren."),
    ("p", "Partijen komen het volgende overeen."),
    ("h", "Artikel 1 – Definities"),
    ("p", "In deze overeenkomst wordt verstaan onder:"),
    ("li", "routes: de doorlopende leerroutes, bedoeld in artikel 2;"),
    ("li", "leerling: een leerling of student die aan een route deelneemt;"),
    ("li", "vo-fase: de eerste twee leerjaren van een route, waarin de leerling bij een van de scholen "
           "staat ingeschreven;"),
    ("li", "mbo-fase: de leerjaren van een route na de vo-fase, waarin de leerling bij het ROC staat "
           "ingeschreven;"),
    ("li", "stuurgroep: de stuurgroep, bedoeld in artikel 4;"),
    ("li", "routemanager: de routemanager, bedoeld in artikel 4;"),
    ("li", "routeberaad: het overleg, bedoeld in artikel 12;"),
    ("li", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
           "examenregeling van een route."),
    ("h", "Artikel 2 – Voorwerp van de overeenkomst"),
    ("p", "2.1 Partijen verzorgen samen de volgende doorlopende leerroutes vmbo-mbo:"),
    ("table", [["Route", "vmbo-profiel en leerweg", "mbo-opleiding (niveau)", "Opleidingsdomein",
                "Aangeboden door"],
               ["T1", "Bouwen, wonen en interieur, basisberoepsgericht", "Timmerman (2)",
                "Bouw en infra", "Het Streekcollege, Dijkland College"],
               ["T2", "Bouwen, wonen en interieur, kaderberoepsgericht", "Allround timmerman (3)",
                "Bouw en infra", "Het Streekcollege, Dijkland College"],
               ["T3", "Produceren, installeren en energie, basisberoepsgericht",
                "Monteur elektrotechnische installaties (2)", "Installatie- en energietechniek",
                "Het Streekcollege, Wadland"],
               ["T4", "Produceren, installeren en energie, kaderberoepsgericht",
                "Eerste monteur elektrotechnische installaties (3)",
                "Installatie- en energietechniek", "Het Streekcollege, Wadland"]]),
    ("p", "2.2 De mbo-opleidingen worden verzorgd door het ROC in de beroepsopleidende leerweg. Vanaf "
          "het vierde leerjaar van de routes T2 en T4 kunnen studenten met instemming van hun "
          "leerbedrijf overstappen naar de beroepsbegeleidende leerweg van dezelfde opleiding."),
    ("p", "2.3 Iedere route leidt tot het diploma van de betrokken vmbo-leerweg en het diploma van de "
          "genoemde mbo-opleiding. Het vmbo-examen wordt uiterlijk in het derde leerjaar van de route "
          "afgerond."),
    ("h", "Artikel 3 – Rol van werkgevers en branche"),
    ("p", "3.1 Het Techniekpact Westfriesland, waarin bouw- en installatiebedrijven, de gemeenten Hoorn, "
          "Enkhuizen en Medemblik en het Opleidingsbedrijf Bouw & Techniek Noord samenwerken, is de "
          "vaste vertegenwoordiging van het bedrijfsleven bij de routes."),
    ("p", "3.2 Het Techniekpact wijst twee vertegenwoordigers aan die ten minste twee keer per "
          "schooljaar met de stuurgroep overleggen over de actualiteit van het programma, de keuze van "
          "keuzedelen en de benodigde bpv-capaciteit. De stuurgroep motiveert schriftelijk waarom zij "
          "een advies van het Techniekpact niet volgt."),
    ("p", "3.3 Het Opleidingsbedrijf Bouw & Techniek Noord stelt in de vo-fase een leerwerkplaats "
          "beschikbaar waar leerlingen in leerjaar 4 gedurende tien weken één dag per week onder "
          "begeleiding van een leermeester meewerken aan echte bouw- en installatieprojecten."),
    ("p", "3.4 In de mbo-fase lopen studenten stage bij leerbedrijven die door SBB zijn erkend. "
          "Praktijkopleiders van deze leerbedrijven beoordelen de praktijkexamens mee als tweede "
          "beoordelaar."),
    ("p", "3.5 Ieder schooljaar organiseren partijen met het Techniekpact ten minste twee vakdagen "
          "waarop leerlingen in de vo-fase bedrijven bezoeken en vakmensen gastlessen verzorgen."),
    ("h", "Artikel 4 – Stuurgroep en routemanager"),
    ("p", "4.1 De leiding over de routes berust bij de stuurgroep. De stuurgroep bestaat uit vier "
          "leden: van ieder van partijen de directeur of sectordirecteur die verantwoordelijk is voor "
          "het techniekonderwijs. Het bevoegd gezag van iedere partij wijst zijn lid en een "
          "plaatsvervanger schriftelijk aan en meldt dat aan de andere partijen. De stuurgroep kiest "
          "jaarlijks uit haar midden een voorzitter."),
    ("p", "4.2 De stuurgroep benoemt met eenparigheid van stemmen een routemanager. De routemanager is "
          "in dienst van het ROC, wordt voor 0,6 fte vrijgesteld voor deze taak en woont de "
          "vergaderingen van de stuurgroep bij zonder stemrecht."),
    ("p", "4.3 De bevoegde gezagsorganen dragen aan de stuurgroep de volgende taken en bevoegdheden "
          "op:"),
    ("li", "a. het vaststellen van het jaarplan en de begroting van de routes binnen de kaders van "
           "artikel 11;"),
    ("li", "b. het vaststellen van de jaarlijkse formatie per route en de verdeling daarvan over "
           "partijen;"),
    ("li", "c. het voorbereiden van het PTA/OER ter vaststelling door de bevoegde gezagsorganen;"),
    ("li", "d. het beslissen over de toelating van leerlingen tot de routes;"),
    ("li", "e. het aansturen van de routemanager."),
    ("p", "4.4 De routemanager is belast met de dagelijkse uitvoering: roostering, planning van bpv en "
          "leerwerkplaats, examenplanning, het contact met het Techniekpact en de leerbedrijven, en "
          "het bijhouden van de gegevens die nodig zijn voor de rapportages van artikel 5."),
    ("p", "4.5 Besluiten die de rechtspositie van personeel raken, de vaststelling van het PTA/OER en "
          "besluiten met financiële gevolgen buiten de vastgestelde begroting blijven voorbehouden "
          "aan de bevoegde gezagsorganen. De stuurgroep besluit bij meerderheid; over de onderwerpen "
          "onder b en d besluit zij met instemming van het lid van de partij die het aangaat."),
    ("h", "Artikel 5 – Rapportage en verantwoording"),
    ("p", "5.1 De stuurgroep verstrekt de bevoegde gezagsorganen drie keer per schooljaar, na afloop "
          "van ieder trimester, een schriftelijke voortgangsrapportage met aantallen leerlingen per "
          "route en school, verzuim, tussentijdse uitstroom en de uitputting van de begroting."),
    ("p", "5.2 Jaarlijks vóór 15 oktober legt de stuurgroep aan alle bevoegde gezagsorganen "
          "verantwoording af in een jaarverantwoording over het afgelopen schooljaar. Daarin staan ten "
          "minste de in-, door- en uitstroom per cohort, de examenresultaten in vmbo en mbo, de "
          "overstappen op grond van artikel 10, de oordelen van leerlingen en leerbedrijven en de "
          "financiële verantwoording."),
    ("p", "5.3 De bevoegde gezagsorganen bespreken de jaarverantwoording ieder jaar in december in een "
          "bestuurlijk overleg met de stuurgroep. Ieder bevoegd gezag kan daarnaast op ieder moment "
          "schriftelijk inlichtingen vragen; de stuurgroep verstrekt die binnen drie weken."),
    ("h", "Artikel 6 – Locaties en voorzieningen"),
    ("p", "6.1 De vo-fase wordt verzorgd op de locatie van de school waar de leerling is ingeschreven. "
          "In leerjaar 4 volgen alle leerlingen van dezelfde route één dag per week gezamenlijk "
          "onderwijs in het Techniekhuis van het ROC in Hoorn. De mbo-fase wordt verzorgd in het "
          "Techniekhuis en bij leerbedrijven."),
    ("p", "6.2 Het ROC stelt het Techniekhuis, met de bouwhal, de installatiewerkplaats en de "
          "practicumruimte voor elektrotechniek, beschikbaar voor de lessen in de vo-fase. De scholen "
          "stellen hun praktijklokalen beschikbaar voor mbo-docenten die daar lesgeven. Gereedschap en "
          "persoonlijke beschermingsmiddelen worden door de partij die de locatie beheert verstrekt."),
    ("p", "6.3 Het ROC regelt en betaalt het vervoer van leerlingen in de vo-fase tussen de scholen "
          "en het Techniekhuis."),
    ("h", "Artikel 7 – Personeel en teambevoegdheid"),
    ("p", "7.1 Per route vormen de betrokken leraren van de scholen en de docenten van het ROC één "
          "docententeam onder leiding van de routemanager."),
    ("p", "7.2 Voor de vakoverstijgende programmaonderdelen Bouwkundig tekenen en rekenen en "
          "Installeren in de praktijk maken partijen gebruik van teambevoegdheid. Elk lid van het team "
          "is bevoegd voor ten minste één vak of programmaonderdeel, het team is samen bevoegd voor "
          "alle onderdelen en ieder teamlid is verantwoordelijk voor het onderdeel waarvoor hij of zij "
          "bevoegd is. Het PTA/OER vermeldt bij welke onderdelen teams worden ingezet."),
    ("p", "7.3 Medewerkers blijven in dienst van hun eigen werkgever. Inzet bij een andere partij "
          "vindt plaats op basis van een detacheringsovereenkomst volgens het model in bijlage 2. De "
          "werkgever blijft verantwoordelijk voor functioneren, beoordelen en professionalisering."),
    ("p", "7.4 Het docententeam volgt jaarlijks ten minste één gezamenlijke studiedag, waarvan de "
          "kosten ten laste van de routebegroting komen."),
    ("h", "Artikel 8 – Programma, examinering en inschrijving"),
    ("p", "8.1 Voor iedere route stellen de betrokken bevoegde gezagsorganen vóór 1 juli voorafgaand "
          "aan het schooljaar een PTA/OER vast waarin per leerjaar het onderwijsprogramma, de "
          "examinering en de beroepspraktijkvorming zijn beschreven en is aangegeven welke onderdelen "
          "vmbo-onderdelen, mbo-onderdelen of gecombineerde onderdelen zijn."),
    ("p", "8.2 De school is verantwoordelijk voor het vmbo-deel van het programma en voor de "
          "vmbo-examinering en -diplomering; het ROC voor het mbo-deel, de bpv en de mbo-examinering "
          "en -diplomering."),
    ("p", "8.3 De leerling staat in de vo-fase ingeschreven bij de school en wordt aan het begin van "
          "de mbo-fase ingeschreven bij het ROC. Een leerling die dan het vmbo-diploma nog niet heeft, "
          "blijft voor het vmbo-examen ook bij de school ingeschreven. Iedere partij registreert de "
          "gegevens in BRON."),
    ("h", "Artikel 9 – Begeleiding en klachten"),
    ("p", "9.1 De mentor van de school en de studieloopbaanbegeleider van het ROC voeren aan het "
          "einde van leerjaar 4 met iedere leerling en diens ouders een overdrachtsgesprek."),
    ("p", "9.2 De klachtenregeling van iedere partij is mede van toepassing op gedragingen van "
          "medewerkers van de andere partijen in het kader van de routes. Wordt een klacht ingediend "
          "bij een school over een medewerker van het ROC, dan werkt het ROC aan de behandeling mee en "
          "neemt het zo nodig maatregelen."),
    ("h", "Artikel 10 – Overstapmogelijkheden"),
    ("p", "10.1 Geen leerling verlaat een route zonder perspectief op een diploma. Voordat een "
          "leerling de route verlaat, voeren de mentor of studieloopbaanbegeleider en de "
          "routemanager een gesprek met de leerling en diens ouders. Daarna beslissen de directeur "
          "van de betrokken school en de opleidingsmanager techniek van het ROC samen welk vervolg "
          "het meest kansrijk is, waarbij zij uitgaan van het niveau dat de leerling heeft bereikt, "
          "zijn leeftijd en zijn eigen wensen."),
    ("p", "10.2 Partijen hanteren de volgende kaders:"),
    ("li", "a. een leerling die in de vo-fase de route verlaat, zet de reguliere leerweg voort in "
           "hetzelfde of een ander profiel van zijn school en rondt die af met het vmbo-diploma; een "
           "overstap naar een route bij een andere school die partij is, is ook mogelijk als de "
           "leerling verhuist;"),
    ("li", "b. een leerling die aan het einde van het derde leerjaar van de route het vmbo-diploma niet "
           "heeft behaald, kan zonder dat diploma de mbo-opleiding van zijn route voortzetten of "
           "overstappen naar een andere opleiding van het ROC op een niveau dat past bij de behaalde "
           "onderdelen; het ROC stelt daarbij geen vooropleidingseisen. Hij kan er ook voor kiezen het "
           "examenjaar bij de school over te doen;"),
    ("li", "c. een leerling van route T2 of T4 voor wie niveau 3 te hoog blijkt, stapt over naar route "
           "T1 of T3 of naar de reguliere opleiding Timmerman of Monteur elektrotechnische "
           "installaties op niveau 2;"),
    ("li", "d. een leerling die een andere richting wil, kan overstappen naar een andere opleiding van "
           "het ROC op hetzelfde niveau of, met hulp van de routemanager bij het "
           "geschiktheidsonderzoek, naar een opleiding bij een andere instelling."),
    ("p", "10.3 De scholen en het ROC beschrijven de werkwijze bij overstappen in hun schoolgids "
          "onderscheidenlijk studiegids."),
    ("h", "Artikel 11 – Financiële afspraken"),
    ("p", "11.1 Met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 draagt iedere "
          "school jaarlijks aan het ROC een bedrag over van EUR 950 per leerling die op 1 oktober bij "
          "die school in het tweede leerjaar van een route staat ingeschreven. Het ROC besteedt dit "
          "bedrag aan de inzet van ROC-docenten in de vo-fase, de materiaalkosten van de lessen in het "
          "Techniekhuis en de leerwerkplaats van artikel 3.3."),
    ("p", "11.2 De kosten van de routemanager en de gezamenlijke studiedag worden gedragen door het "
          "ROC voor de helft en door de scholen voor de andere helft, naar rato van hun aantal "
          "leerlingen in de vo-fase op 1 oktober. Het ROC brengt dit aandeel in december in rekening."),
    ("p", "11.3 Het ROC draagt geen bekostiging over aan de scholen. Overige kosten draagt iedere "
          "partij zelf."),
    ("h", "Artikel 12 – Routeberaad en medezeggenschap"),
    ("p", "12.1 Partijen stellen een routeberaad in. De medezeggenschapsraad van iedere school en de "
          "studentenraad van het ROC wijzen ieder één lid aan; de ondernemingsraad van het ROC wijst "
          "één lid aan namens het personeel van het ROC. Het routeberaad vergadert twee keer per "
          "schooljaar met de routemanager en ontvangt de jaarverantwoording van artikel 5.2."),
    ("p", "12.2 De stuurgroep vraagt het routeberaad om advies over voorstellen tot wijziging van het "
          "PTA/OER en over de jaarbegroting van de routes. Het routeberaad kan de stuurgroep ook "
          "ongevraagd adviseren. De bevoegdheden van de medezeggenschapsorganen van partijen zelf "
          "blijven onverlet."),
    ("p", "12.3 Leerlingen die nog bij een school zijn ingeschreven maar al een deel van hun onderwijs "
          "in het Techniekhuis volgen, mogen de vergaderingen van de studentenraad van het ROC "
          "bijwonen en hebben daar spreekrecht over onderwerpen die de routes betreffen."),
    ("h", "Artikel 13 – Persoonsgegevens"),
    ("p", "Partijen wisselen alleen de gegevens van leerlingen uit die nodig zijn voor de uitvoering "
          "van de routes en sluiten daarover een gegevensuitwisselingsovereenkomst (bijlage 3)."),
    ("h", "Artikel 14 – Geschillen"),
    ("p", "14.1 Partijen proberen een geschil over de uitvoering van deze overeenkomst eerst op te "
          "lossen in de stuurgroep. Lukt dat niet binnen vier weken, dan leggen de betrokken leden van "
          "de stuurgroep het geschil schriftelijk voor aan de bevoegde gezagsorganen van de partijen "
          "die het geschil betreft, die binnen vier weken daarna bestuurlijk overleg voeren."),
    ("p", "14.2 Levert het bestuurlijk overleg geen oplossing op, dan wordt het geschil voorgelegd aan "
          "een mediator die door de betrokken partijen gezamenlijk wordt gekozen. Slaagt ook de "
          "mediation niet binnen drie maanden, dan is uitsluitend de rechtbank Noord-Holland bevoegd."),
    ("p", "14.3 Hangende een geschil zetten partijen de uitvoering van de routes voort."),
    ("h", "Artikel 15 – Toetreding"),
    ("p", "15.1 Een andere school voor vbo of mavo, of een andere instelling voor beroepsonderwijs, kan "
          "tot deze overeenkomst toetreden, mits:"),
    ("li", "a. alle partijen daarmee schriftelijk instemmen;"),
    ("li", "b. de toetredende partij een profiel aanbiedt dat aansluit bij een van de routes, of een "
           "opleiding die daarbij aansluit;"),
    ("li", "c. de toetredende partij deze overeenkomst en de bijlagen zonder voorbehoud aanvaardt door "
           "ondertekening van een toetredingsakte door alle partijen;"),
    ("li", "d. de toetreding ingaat op 1 augustus en de toetredende partij de route vóór die datum in "
           "RIO heeft gemeld."),
    ("p", "15.2 Door de toetreding mogen de routes van leerlingen die al zijn ingestroomd niet worden "
          "gewijzigd, tenzij dat in hun voordeel is."),
    ("h", "Artikel 16 – Wijziging"),
    ("p", "16.1 Deze overeenkomst en haar bijlagen kunnen alleen worden gewijzigd bij een schriftelijk "
          "addendum dat door alle partijen is ondertekend, nadat het routeberaad om advies is gevraagd."),
    ("p", "16.2 Een wijziging die gevolgen heeft voor het programma of de examinering, gaat in bij "
          "het begin van een schooljaar en geldt alleen voor cohorten die na dat moment instromen, "
          "tenzij de leerlingen van de lopende cohorten daarvan geen nadeel ondervinden."),
    ("h", "Artikel 17 – Duur, opzegging en ontbinding"),
    ("p", "17.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
    ("p", "17.2 Iedere partij kan haar deelname aan deze overeenkomst schriftelijk opzeggen tegen "
          "1 augustus van enig jaar, met een opzegtermijn van ten minste achttien maanden. Tussen de "
          "overige partijen blijft de overeenkomst dan van kracht; zeggen alle scholen of zegt het "
          "ROC op, dan eindigt de overeenkomst."),
    ("p", "17.3 Iedere partij kan de overeenkomst ten aanzien van een andere partij ontbinden als die "
          "partij haar verplichtingen ernstig en blijvend niet nakomt, nadat zij schriftelijk in "
          "gebreke is gesteld en een termijn van ten minste drie maanden voor herstel heeft gekregen, "
          "of als de bekostiging van die partij wordt beëindigd."),
    ("p", "17.4 Vanaf de dag van opzegging of ontbinding nemen de betrokken partijen geen nieuwe "
          "leerlingen meer op in de route waarop de beëindiging betrekking heeft. Leerlingen die "
          "op dat moment in die route zitten, ronden haar af op de wijze die in deze overeenkomst en "
          "het PTA/OER is vastgelegd. Partijen blijven de daarvoor nodige verplichtingen nakomen, "
          "inclusief die van artikel 11, totdat de laatste van deze leerlingen zijn diploma heeft "
          "behaald of met toepassing van artikel 10 is overgestapt. Kan een vertrekkende school het "
          "vmbo-deel niet langer verzorgen, dan neemt een andere school die partij is die leerlingen "
          "over."),
    ("h", "Artikel 18 – Slotbepalingen"),
    ("p", "18.1 Iedere school meldt samen met het ROC iedere route waaraan zij deelneemt aan de "
          "minister van OCW door registratie in RIO."),
    ("p", "18.2 Is een bepaling van deze overeenkomst nietig of vernietigbaar, dan blijven de overige "
          "bepalingen van kracht en vervangen partijen de betrokken bepaling door een geldige bepaling "
          "die zoveel mogelijk aansluit bij wat partijen bedoelden."),
    ("p", "18.3 Bij deze overeenkomst horen de volgende bijlagen: 1. PTA/OER per route; 2. "
          "modeldetacheringsovereenkomst; 3. gegevensuitwisselingsovereenkomst."),
    ("p", "Aldus overeengekomen en in viervoud ondertekend."),
    ("sign", "Hoorn, 23 juni 2025|Stichting Openbaar Voortgezet Onderwijs West-Friesland|"
             "drs. P.C. Schouten"),
    ("sign", "Enkhuizen, 23 juni 2025|Stichting Katholiek Voortgezet Onderwijs De Westfriese Dijk|"
             "M.A. Kaag-Koomen"),
    ("sign", "Medemblik, 24 juni 2025|Stichting Christelijk Onderwijs Medemblik|J.W. Dekker"),
    ("sign", "Hoorn, 25 juni 2025|Stichting Regionaal Opleidingencentrum Kop en Streek|ir. L. Zwaan"),
]


@sample(413, "h413_vier_besturen_techniek_westfriesland", "docx",
        "Long DOCX agreement between four boards (three vmbo schools and one ROC) with a route table; "
        "Westfriesland, BWI and PIE bb/kb -> mbo-2/3 timmerman and elektrotechniek; fully compliant, "
        "per-pupil transfer with amount and purpose, joint routeberaad for medezeggenschap.",
        S(P, P, P, P, P, P, P, P, P, P),
        {"a": "Artikel 2 – Voorwerp van de overeenkomst", "b": "Artikel 3 – Rol van werkgevers en branche",
         "c": "Artikel 4 – Stuurgroep en routemanager", "d": "Artikel 5 – Rapportage en verantwoording",
         "e": "Artikel 7 – Personeel en teambevoegdheid", "f": "Artikel 10 – Overstapmogelijkheden",
         "g": "Artikel 11 – Financiële afspraken", "h": "Artikel 12 – Routeberaad en medezeggenschap",
         "i": "Artikel 14 – Geschillen", "j": "Artikel 17 – Duur, opzegging en ontbinding"})
def build_413(path):
    write_docx(path, H413, author="Techniekroute Westfriesland", title="SOK Techniekroute Westfriesland",
               font="Cambria", base_size=10.5)


# ============================================================================================
# h414 - PDF, classic 'Artikel' style with table of contents; Parkstad Limburg, mobiliteit
# ============================================================================================

H414_ARTS = [
    "Artikel 1 Begripsomschrijvingen",
    "Artikel 2 De leerroute",
    "Artikel 3 Inbreng van autobedrijven en vervoerders",
    "Artikel 4 Routecommissie",
    "Artikel 5 Informatie en verantwoording",
    "Artikel 6 Onderwijskundige inrichting",
    "Artikel 7 Personeel, locaties en voorzieningen",
    "Artikel 8 Overstapoptie",
    "Artikel 9 Financiële verhouding",
    "Artikel 10 Klachten en gegevens",
    "Artikel 11 Medezeggenschap",
    "Artikel 12 Geschillenregeling",
    "Artikel 13 Toetreding van nieuwe partijen",
    "Artikel 14 Wijziging van de overeenkomst",
    "Artikel 15 Duur en beëindiging",
    "Artikel 16 Slotbepaling",
]

H414 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit Parkstad"),
    ("subtitle", "vmbo kaderberoepsgerichte leerweg Mobiliteit en transport - mbo Eerste autotechnicus"),
    ("h", "Inhoudsopgave"),
] + [("small", a) for a in H414_ARTS] + [
    ("h", "De ondergetekenden"),
    ("p", "1. Stichting Voortgezet Onderwijs Parkstad Oost, statutair gevestigd te "
          "Kerkrade, bevoegd gezag van het Anselmus College, school voor vbo en mavo, te dezen "
          "rechtsgeldig vertegenwoordigd door de heer drs. R.M.J. Schiffelers, voorzitter van het "
          "college van bestuur, hierna te noemen: de school;"),
    ("p", "2. Stichting ROC Heuvelland-Parkstad, statutair gevestigd te Heerlen, bevoegd "
          "gezag van een regionaal opleidingencentrum, te dezen rechtsgeldig vertegenwoordigd door "
          "mevrouw mr. C.A.M. Vluggen-Crombach, voorzitter van het college van bestuur, hierna te "
          "noemen: het ROC;"),
    ("p", "in aanmerking nemende dat partijen gezamenlijk een doorlopende leerroute vmbo-mbo willen "
          "verzorgen op het gebied van de motorvoertuigentechniek en daarvoor op grond van artikel "
          "2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en "
          "beroepsonderwijs een samenwerkingsovereenkomst dienen te sluiten;"),
    ("p", "komen overeen als volgt."),
    ("h", H414_ARTS[0]),
    ("p", "In deze overeenkomst wordt verstaan onder: a. leerroute: de doorlopende leerroute, bedoeld "
          "in artikel 2; b. deelnemer: de leerling of student die aan de leerroute deelneemt; c. "
          "routecommissie: de commissie, bedoeld in artikel 4; d. PTA/OER: het programma van toetsing "
          "en afsluiting en de onderwijs- en examenregeling van de leerroute."),
    ("h", H414_ARTS[1]),
    ("p", "1. Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde "
          "leerjaar van de kaderberoepsgerichte leerweg van de school, profiel Mobiliteit en "
          "transport, en leidt tot het diploma van die leerweg en het diploma van de vakopleiding "
          "Eerste autotechnicus (niveau 3) in het opleidingsdomein Mobiliteit en voertuigen, in de "
          "beroepsopleidende leerweg van het ROC."),
    ("p", "2. De nominale duur van de leerroute bedraagt vijf leerjaren. Het vmbo-examen wordt "
          "afgelegd in het tweede leerjaar van de leerroute; deelnemers die dan zijn afgewezen, kunnen "
          "het examen in het derde leerjaar van de leerroute afronden."),
    ("h", H414_ARTS[2]),
    ("p", "1. Partijen betrekken het bedrijfsleven bij de invulling van de leerroute via een "
          "beroepenveldcommissie Mobiliteit, waarin ten minste vier autobedrijven uit Parkstad "
          "Limburg, waaronder Autobedrijf Heuts te Landgraaf en Dealergroep Zuid-Limburg Mobiel, en "
          "de vervoerder Streekvervoer Parkstad zitting hebben. De commissie komt twee keer per jaar "
          "bijeen en brengt advies uit over het programma, de keuzedelen en de inrichting van de "
          "werkplaatsopdrachten."),
    ("p", "2. De in lid 1 genoemde bedrijven verzorgen in het tweede leerjaar van de leerroute "
          "snuffelstages van drie dagen en ten minste vier gastlessen over elektrische en hybride "
          "aandrijving. In de mbo-fase bieden zij, als door SBB erkend leerbedrijf, bpv-plaatsen aan. "
          "Hun praktijkopleiders treden op als tweede beoordelaar bij de proeven van bekwaamheid."),
    ("h", H414_ARTS[3]),
    ("p", "1. De leiding over de leerroute berust bij een routecommissie, bestaande uit de "
          "afdelingsleider techniek van de school en de onderwijsmanager Mobiliteit van het ROC."),
    ("p", "2. Het college van bestuur van de school benoemt de afdelingsleider als lid; het college "
          "van bestuur van het ROC benoemt de onderwijsmanager als lid. De colleges kunnen ieder voor "
          "hun lid een plaatsvervanger benoemen."),
    ("p", "3. De routecommissie is belast met de organisatie van het onderwijs in de leerroute, de "
          "opstelling van het concept-PTA/OER, de afstemming met de beroepenveldcommissie, de toelating "
          "van deelnemers en de begeleiding van overstappen als bedoeld in artikel 8."),
    ("p", "4. De routecommissie is bevoegd tot het vaststellen van het rooster, het verdelen van de "
          "lessen binnen de door de colleges toegekende formatie en het doen van uitgaven tot een "
          "bedrag van EUR 5.000 per schooljaar. Alle overige besluiten zijn voorbehouden aan de "
          "colleges van bestuur."),
    ("h", H414_ARTS[4]),
    ("p", "1. De routecommissie zendt de colleges van bestuur jaarlijks vóór 1 november een "
          "schriftelijk verslag over het afgelopen schooljaar, dat ten minste inzicht geeft in de "
          "aantallen deelnemers, de in-, door- en uitstroom, de examenresultaten en de uitgaven."),
    ("p", "2. Halverwege het schooljaar, in de maand februari, bespreekt de routecommissie de voortgang "
          "mondeling met de beide portefeuillehouders onderwijs van de colleges."),
    ("h", H414_ARTS[5]),
    ("p", "1. Partijen stellen jaarlijks vóór 1 juli het PTA/OER van de leerroute vast, waarin per "
          "leerjaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden "
          "beschreven en wordt aangegeven welke onderdelen vmbo, mbo of gecombineerd zijn."),
    ("p", "2. De school is verantwoordelijk voor het vmbo-deel en de vmbo-examinering, het ROC voor het "
          "mbo-deel, de bpv en de mbo-examinering. De deelnemer staat de eerste twee leerjaren "
          "ingeschreven bij de school en daarna bij het ROC."),
    ("h", H414_ARTS[6]),
    ("p", "1. De leerjaren 1 en 2 van de leerroute worden verzorgd op de locatie van de school te "
          "Kerkrade, de overige leerjaren op de locatie Mobiliteitsplein van het ROC te Heerlen."),
    ("p", "2. Vanaf het tweede leerjaar van de leerroute verzorgen docenten motorvoertuigentechniek "
          "van het ROC wekelijks vier lesuur op de school. Zij vormen met de leraren van de school een "
          "gezamenlijk team; voor het vakoverstijgende onderdeel Diagnose en elektrotechniek wordt "
          "teambevoegdheid toegepast, waarbij voor elk onderdeel een bevoegde docent betrokken is. "
          "Docenten blijven in dienst van hun eigen werkgever."),
    ("p", "3. Het ROC stelt de werkplaats, de diagnoseapparatuur en de hoogvoltwerkplek van het "
          "Mobiliteitsplein ter beschikking voor praktijklessen in de vo-fase; de school stelt haar "
          "praktijklokaal Mobiliteit en transport ter beschikking voor lessen van ROC-docenten."),
    ("h", H414_ARTS[7]),
    ("p", "1. Een deelnemer die de leerroute tijdens de eerste twee leerjaren verlaat, zet zijn "
          "opleiding voort in de reguliere kaderberoepsgerichte leerweg van de school en sluit die af "
          "met het vmbo-diploma."),
    ("p", "2. Een deelnemer die aan het einde van het derde leerjaar van de leerroute het "
          "vmbo-diploma niet heeft behaald, kan zijn opleiding bij het ROC voortzetten in de opleiding "
          "Autotechnicus (niveau 2) of in een andere opleiding van het ROC op een passend niveau. Het "
          "ROC stelt hierbij geen vooropleidingseisen."),
    ("p", "3. Een deelnemer die een andere richting kiest, kan overstappen naar een andere opleiding "
          "van het ROC op niveau 3 of naar een opleiding bij een andere instelling; in het laatste "
          "geval ondersteunt de routecommissie bij het geschiktheidsonderzoek van die instelling."),
    ("p", "4. De school en het ROC stellen in gezamenlijk overleg met de deelnemer en zijn ouders vast "
          "welk vervolg het beste past bij het bereikte onderwijsniveau en de leeftijd van de "
          "deelnemer. Bij verschil van mening tussen de school en het ROC beslissen de beide "
          "portefeuillehouders onderwijs samen."),
    ("h", H414_ARTS[8]),
    ("p", "1. De school draagt met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 "
          "jaarlijks een deel van de door haar ontvangen bekostiging over aan het ROC."),
    ("p", "2. De over te dragen bekostiging bedraagt EUR 1.400 per deelnemer die op 1 oktober in het "
          "tweede leerjaar van de leerroute bij de school staat ingeschreven."),
    ("p", "3. Het ROC factureert het bedrag in twee gelijke termijnen, op 1 december en op 1 april. "
          "Betaling geschiedt binnen dertig dagen na factuurdatum. Bij tussentijds vertrek van een "
          "deelnemer vindt geen restitutie plaats."),
    ("p", "4. Het bedrag, bedoeld in lid 2, wordt jaarlijks per 1 augustus geïndexeerd met de "
          "consumentenprijsindex van het CBS."),
    ("h", H414_ARTS[9]),
    ("p", "1. De klachtenregeling van elk van partijen is mede van toepassing op gedragingen van "
          "medewerkers van de andere partij in het kader van de leerroute."),
    ("p", "2. Partijen wisselen uitsluitend de persoonsgegevens van deelnemers uit die noodzakelijk "
          "zijn voor de uitvoering van de leerroute."),
    ("h", H414_ARTS[10]),
    ("p", "Partijen kunnen, indien zij dat wenselijk achten, aanvullende afspraken maken over de "
          "medezeggenschap met betrekking tot de leerroute. Zolang dergelijke afspraken niet zijn "
          "gemaakt, gelden de wettelijke regels: de Wet medezeggenschap op scholen voor de school en "
          "de Wet educatie en beroepsonderwijs en de Wet op de ondernemingsraden voor het ROC."),
    ("h", H414_ARTS[11]),
    ("p", "1. Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst "
          "besproken in een overleg van de beide voorzitters van de colleges van bestuur, dat "
          "plaatsvindt binnen vier weken nadat een partij om dat overleg heeft gevraagd."),
    ("p", "2. Leidt dat overleg niet binnen acht weken tot een oplossing, dan wordt het geschil "
          "voorgelegd aan een adviescommissie van drie leden. Iedere partij benoemt één lid; deze twee "
          "leden kiezen samen een onafhankelijke voorzitter. De commissie brengt binnen twee maanden "
          "een bindend advies uit. De kosten worden door partijen gelijk gedragen."),
    ("h", H414_ARTS[12]),
    ("p", "1. Een ander bevoegd gezag van een school voor vbo of mavo met het profiel Mobiliteit en "
          "transport, of van een instelling voor beroepsonderwijs, kan partij worden bij deze "
          "overeenkomst, indien beide partijen daarmee schriftelijk instemmen."),
    ("p", "2. De toetredende partij verklaart in een door alle partijen ondertekende "
          "toetredingsverklaring deze overeenkomst integraal te aanvaarden en meldt haar deelname aan "
          "de leerroute aan DUO. De toetreding gaat in op de datum die in de toetredingsverklaring is "
          "vermeld."),
    ("h", H414_ARTS[13]),
    ("p", "1. Wijziging van deze overeenkomst is slechts mogelijk bij schriftelijke overeenkomst die "
          "door alle partijen is ondertekend."),
    ("p", "2. Een wijziging treedt in werking op de eerste dag van de kalendermaand die volgt op de "
          "laatste ondertekening, tenzij in de wijziging een andere datum is bepaald."),
    ("h", H414_ARTS[14]),
    ("p", "1. Deze overeenkomst wordt aangegaan voor onbepaalde tijd en treedt in werking op 1 augustus "
          "2025."),
    ("p", "2. Iedere partij kan deze overeenkomst schriftelijk opzeggen met inachtneming van een "
          "opzegtermijn van zes maanden, tegen het einde van een kalendermaand."),
    ("p", "3. Iedere partij kan deze overeenkomst met onmiddellijke ingang ontbinden indien de andere "
          "partij, na schriftelijk in gebreke te zijn gesteld, haar verplichtingen niet binnen zestig "
          "dagen alsnog nakomt, dan wel indien de andere partij haar bekostiging verliest."),
    ("h", H414_ARTS[15]),
    ("p", "Partijen melden de leerroute gezamenlijk aan de minister van OCW door registratie in RIO. "
          "Op deze overeenkomst is Nederlands recht van toepassing."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend te Heerlen op 19 juni 2025."),
    ("sign", "Stichting Voortgezet Onderwijs Parkstad Oost|drs. R.M.J. Schiffelers, voorzitter "
             "college van bestuur"),
    ("sign", "Stichting ROC Heuvelland-Parkstad|mr. C.A.M. Vluggen-Crombach, voorzitter college van "
             "bestuur"),
]


@sample(414, "h414_artikelen_mobiliteit_parkstad", "pdf",
        "Formal PDF with table of contents and 'Artikel N' clauses; Parkstad Limburg, vmbo kb Mobiliteit "
        "en transport -> mbo-3 Eerste autotechnicus; funding transfer with amount and payment terms but "
        "no purpose (g weak); toetreding, wijziging, opzegging and ontbinding at length but no "
        "protection of pupils (j weak); medezeggenschap only 'kunnen'.",
        S(P, P, P, P, P, P, W_, NA, P, W_),
        {"a": "Artikel 2 De leerroute", "b": "Artikel 3 Inbreng van autobedrijven en vervoerders",
         "c": "Artikel 4 Routecommissie", "d": "Artikel 5 Informatie en verantwoording",
         "e": "Artikel 7 Personeel, locaties en voorzieningen", "f": "Artikel 8 Overstapoptie",
         "i": "Artikel 12 Geschillenregeling"})
def build_414(path):
    write_pdf(path, H414, title="SOK Mobiliteit Parkstad", author="SVO Parkstad Oost / ROC Heuvelland-Parkstad",
              base_size=10)


# ============================================================================================
# h415 - Markdown, plain language with question headings; Achterhoek, horeca
# ============================================================================================

H415 = [
    ("title", "Afspraken over de Koksroute Achterhoek"),
    ("subtitle", "Samenwerkingsovereenkomst voor de doorlopende leerroute vmbo-mbo van het Berkelland "
                 "College en ROC Berkeldal, in gewone taal geschreven"),
    ("h", "Wie spreken dit af?"),
    ("p", "Stichting Openbaar Voortgezet Onderwijs Oost-Gelre in Eibergen, het schoolbestuur van het "
          "Berkelland College. In deze tekst: de school."),
    ("p", "Stichting ROC Berkeldal in Doetinchem, het bestuur van ROC Berkeldal met de Hospitality School "
          "in Borculo. In deze tekst: Berkeldal."),
    ("p", "Als we 'we' schrijven, bedoelen we de school en Berkeldal samen. Beide besturen tekenen "
          "onderaan. Wat hier staat, geldt als afspraak tussen de twee besturen."),
    ("h", "Waarom deze afspraken?"),
    ("p", "Leerlingen die kok willen worden, willen vaak zo snel mogelijk de keuken in. In de "
          "Koksroute leren ze vanaf het derde jaar van het vmbo in één doorgaande lijn voor kok. Dubbel "
          "werk tussen vmbo en mbo halen we eruit."),
    ("h", "Om welke opleiding gaat het?"),
    ("p", "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Horeca, "
          "bakkerij en recreatie, op het Berkelland College. Ze loopt door in de mbo-opleiding "
          "Zelfstandig werkend kok, niveau 3, bij Berkeldal. Die opleiding hoort bij het opleidingsdomein "
          "Horeca en bakkerij. De leerling haalt eerst zijn vmbo-diploma kader en daarna het diploma "
          "Zelfstandig werkend kok. Alles bij elkaar duurt de route vijf jaar."),
    ("h", "Wat doen restaurants en hotels?"),
    ("p", "Vijf bedrijven doen vast mee: Hotel Het Scholtenhuis, Restaurant De Slingebeek, Partycentrum "
          "'t Vaarwerk, Cateraar Achterhoeks Genot en Zorgcentrum De Lindeboom (grootkeuken). Dit doen ze:"),
    ("li", "in leerjaar 3 en 4 komen hun chefs elk jaar twee keer koken met de klas en geven ze les over "
           "werken in een echte keuken;"),
    ("li", "in leerjaar 4 loopt iedere leerling twee weken mee in een van hun keukens;"),
    ("li", "vanaf leerjaar 5 zijn ze erkend leerbedrijf en bieden ze stageplekken;"),
    ("li", "hun chefs kijken mee als beoordelaar bij het praktijkexamen;"),
    ("li", "één keer per jaar, in maart, praten de chefs met het routeteam over wat er in het "
           "programma moet veranderen. Het routeteam laat binnen een maand weten wat het met hun "
           "advies doet."),
    ("h", "Wie heeft de leiding?"),
    ("p", "De route wordt geleid door het routeteam. Daarin zitten drie mensen: de teamleider horeca "
          "van de school, de opleidingsmanager horeca van Berkeldal en een chef-docent van Berkeldal. Het "
          "schoolbestuur wijst de teamleider aan. Het bestuur van Berkeldal wijst de opleidingsmanager "
          "en de chef-docent aan. Dat gebeurt schriftelijk, en geldt tot een bestuur iemand anders "
          "aanwijst."),
    ("p", "Het routeteam maakt het rooster en de jaarplanning, zorgt dat de lessen van vmbo en mbo op "
          "elkaar aansluiten, neemt leerlingen aan voor de route en regelt de stages. Het routeteam mag "
          "zelf beslissen over het rooster, over welke docent welke lessen geeft (binnen de uren die de "
          "besturen geven) en over uitgaven tot 4.000 euro per jaar. Over alles wat daarbuiten valt, "
          "zoals personeel aannemen of de regels voor examens, beslissen de besturen."),
    ("h", "Hoe houden de besturen overzicht?"),
    ("p", "Twee keer per jaar, vóór 15 januari en vóór 15 juli, stuurt het routeteam een kort "
          "schriftelijk verslag naar beide besturen. Daarin staat hoeveel leerlingen er zijn, wie is "
          "gestopt of overgestapt, hoe de examens zijn gegaan en waar het geld aan is besteed. Elk jaar "
          "in september komen de twee bestuurders en het routeteam bij elkaar om het afgelopen jaar te "
          "bespreken. Vraagt een bestuur tussendoor iets, dan krijgt het binnen twee weken antwoord."),
    ("h", "Waar en door wie wordt lesgegeven?"),
    ("p", "Leerjaar 3 en 4 zijn op het Berkelland College in Eibergen. Vanaf leerjaar 5 zijn de lessen in "
          "de Hospitality School van Berkeldal in Borculo, en in de leerbedrijven. In leerjaar 4 gaan "
          "de leerlingen al één dag per week naar de Hospitality School."),
    ("p", "Leraren van de school en docenten van Berkeldal werken als één team. Chef-docenten van Berkeldal "
          "geven in leerjaar 4 de kooklessen op de school. Voor het vak Keuken en gastvrijheid, waarin "
          "vmbo- en mbo-stof samenkomen, gebruiken we teambevoegdheid: er is altijd minstens één "
          "bevoegde docent voor elk onderdeel. Iedereen blijft in dienst van zijn eigen werkgever."),
    ("p", "De leerlingen gebruiken de grote leskeuken en het leerrestaurant van Berkeldal. Berkeldal mag de "
          "bakkerijruimte van de school gebruiken. In het gezamenlijke PTA/OER staat per leerjaar wat "
          "de leerling leert, wanneer hij examen doet en wanneer hij stage loopt."),
    ("h", "Wat als de route niet past?"),
    ("p", "Niemand valt tussen wal en schip. Als een leerling de route niet kan of wil afmaken, "
          "praten de mentor en het routeteam eerst met de leerling en zijn ouders. Daarna beslissen de "
          "teamleider van de school en de opleidingsmanager van Berkeldal samen wat de beste volgende "
          "stap is. Ze kijken daarbij naar wat de leerling al heeft gehaald en naar zijn leeftijd. Deze "
          "mogelijkheden zijn er in elk geval:"),
    ("li", "Stopt een leerling in leerjaar 3 of 4? Dan gaat hij verder in de gewone kaderberoepsgerichte "
           "leerweg op de school, in hetzelfde profiel of een ander profiel, en haalt hij daar zijn "
           "vmbo-diploma."),
    ("li", "Heeft een leerling aan het eind van leerjaar 5 nog geen vmbo-diploma? Dan mag hij toch "
           "verder bij Berkeldal, in de kokopleiding of een andere opleiding die past bij wat hij al kan, "
           "zonder dat Berkeldal om dat diploma vraagt. Hij kan er ook voor kiezen om het examenjaar over "
           "te doen."),
    ("li", "Is koken toch niet zijn ding? Dan kan hij naar een andere opleiding van Berkeldal op "
           "hetzelfde niveau, bijvoorbeeld Gastheer/gastvrouw of Zelfstandig werkend medewerker "
           "recreatie. Of naar een opleiding bij een andere school in de regio; dan helpen we bij de "
           "aanmelding en het gesprek daar."),
    ("li", "Is niveau 3 te zwaar? Dan kan hij de opleiding Kok op niveau 2 bij Berkeldal doen."),
    ("p", "In de schoolgids en de studiegids leggen we uit hoe dit in de praktijk gaat."),
    ("h", "Gaat er geld over en weer?"),
    ("p", "Ja. Voor iedere leerling die op 1 oktober in leerjaar 4 van de route zit, betaalt de school "
          "800 euro uit haar eigen bekostiging aan Berkeldal. Dat geld is voor de chef-docenten die op de "
          "school lesgeven en voor de ingrediënten van de kooklessen in de leskeuken van Berkeldal. De "
          "school betaalt vóór 1 december. Verder gaat er geen geld tussen de school en Berkeldal over en "
          "weer."),
    ("h", "Wie praat er mee?"),
    ("p", "Leerlingen van de route die nog op de school staan ingeschreven, kiezen elk jaar samen één "
          "vertegenwoordiger. Die mag meedoen aan de vergaderingen van de studentenraad van Berkeldal en "
          "heeft daar dezelfde stem als de andere leden als het over de route gaat. Ouders van "
          "leerlingen in leerjaar 3 en 4 blijven meepraten via de medezeggenschapsraad van de school."),
    ("p", "De medezeggenschapsraad van de school en de studentenraad van Berkeldal krijgen allebei het "
          "jaarverslag van het routeteam. Willen we de route flink veranderen, dan vragen we eerst beide "
          "raden om advies."),
    ("h", "Wat als we het oneens zijn?"),
    ("p", "Zijn de school en Berkeldal het oneens over hoe deze afspraken worden uitgevoerd, dan probeert "
          "het routeteam het eerst op te lossen. Lukt dat niet binnen drie weken, dan gaan de twee "
          "bestuurders erover praten. Komen zij er binnen zes weken niet uit, dan nemen we samen een "
          "mediator in de arm. Helpt ook dat niet, dan mag ieder van ons naar de rechtbank Gelderland, "
          "locatie Zutphen."),
    ("h", "Kan er een school bij, kan het anders, kan het stoppen?"),
    ("p", "Er kan een school of een andere mbo-instelling bij komen als beide besturen dat schriftelijk "
          "goed vinden, de nieuwe partner deze afspraken helemaal overneemt en mee ondertekent, en de "
          "route bij DUO is aangemeld. Dat kan alleen met ingang van een nieuw schooljaar."),
    ("p", "Deze afspraken veranderen kan alleen op papier, met de handtekening van beide besturen. Een "
          "verandering geldt pas vanaf het volgende schooljaar, zodat leerlingen niet halverwege het jaar "
          "met nieuwe regels te maken krijgen."),
    ("p", "Elk bestuur kan de samenwerking opzeggen. Dat moet schriftelijk, minstens een jaar van tevoren "
          "en alleen tegen 1 augustus. Houdt een partij zich ernstig niet aan de afspraken en herstelt "
          "ze dat niet binnen twee maanden na een brief, dan mag de ander de overeenkomst ontbinden. Na "
          "opzeggen of ontbinden beginnen er geen nieuwe leerlingen meer aan de route. Leerlingen die er "
          "al in zitten, maken hun route af, en we blijven daarvoor samenwerken tot de laatste leerling "
          "klaar is."),
    ("h", "Vanaf wanneer?"),
    ("p", "Deze afspraken gelden vanaf 1 augustus 2025 en lopen door totdat een van ons opzegt. We hebben "
          "de route samen gemeld bij de minister van OCW, via RIO van DUO."),
    ("sign", "Eibergen, 27 juni 2025|Voor Stichting Openbaar Voortgezet Onderwijs Oost-Gelre: "
             "T. Wissink-Nijenhuis, bestuurder"),
    ("sign", "Doetinchem, 27 juni 2025|Voor Stichting ROC Berkeldal: H.J. Ribbers, voorzitter college van "
             "bestuur"),
]


@sample(415, "h415_gewone_taal_horeca_achterhoek", "md",
        "Markdown agreement in plain language with question headings ('Wie heeft de leiding?'); "
        "Achterhoek, vmbo kb Horeca, bakkerij en recreatie -> mbo-3 Zelfstandig werkend kok; "
        "fully compliant without checklist vocabulary, transfer with amount and purpose.",
        S(P, P, P, P, P, P, P, P, P, P),
        {"a": "Om welke opleiding gaat het?", "b": "Wat doen restaurants en hotels?",
         "c": "Wie heeft de leiding?", "d": "Hoe houden de besturen overzicht?",
         "e": "Waar en door wie wordt lesgegeven?", "f": "Wat als de route niet past?",
         "g": "Gaat er geld over en weer?", "h": "Wie praat er mee?",
         "i": "Wat als we het oneens zijn?",
         "j": "Kan er een school bij, kan het anders, kan het stoppen?"})
def build_415(path):
    write_txt(path, H415, md=True)


# ============================================================================================
# h416 - DOCX filled-in official format with remnants; Midden-Holland, economie en ondernemen
# ============================================================================================

DOTS = "\u2026" * 60

H416 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
    ("subtitle", "Route Commercie Gouda - De Goudse Waard en ROC Gouwestad"),
    ("p", "Stichting Openbare Scholengroep Gouwe en IJssel, gevestigd te Gouda, bevoegd gezag van "
          "De Goudse Waard, school voor mavo en vbo, vertegenwoordigd door mevrouw E.J. Verkerk, "
          "voorzitter college van bestuur"),
    ("p", "en"),
    ("p", "Stichting ROC Gouwestad, gevestigd te Gouda, bevoegd gezag van ROC Gouwestad, "
          "vertegenwoordigd door de heer A.F. Boele, voorzitter college van bestuur"),
    ("p", "verklaren te zijn overeengekomen:"),
    ("h", "Doel en wijze van samenwerking"),
    ("p", "1. Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende leerroute "
          "vmbo-mbo verzorgd door ondergetekenden."),
    ("p", "2. Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute."),
    ("p", "3. Ondergetekenden beschrijven voor de gehele doorlopende leerroute vmbo-mbo het "
          "onderwijsprogramma en de examinering per leerjaar en voeren dit in gezamenlijkheid uit."),
    ("p", "4. Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij een gezamenlijke "
          "doorlopende leerroute vmbo-mbo aanbieden. De melding is in maart 2025 in RIO gedaan."),
    ("h", "Afspraken"),
    ("h2", "1. De betreffende doorlopende leerroute vmbo-mbo"),
    ("p", "Het volgende onderwijsprogramma wordt in deze doorlopende leerroute vmbo-mbo aangeboden: "
          "de gemengde leerweg met het profiel Economie en ondernemen van De Goudse Waard, "
          "doorlopend in de middenkaderopleiding Junior accountmanager (niveau 4, bol) in het "
          "opleidingsdomein Handel en ondernemerschap van ROC Gouwestad. De route start in leerjaar 3 "
          "van de gemengde leerweg en duurt vijf jaar."),
    ("h2", "2. Betrokkenheid bedrijfsleven"),
    ("p", "Het bedrijfsleven is/wordt als volgt betrokken bij de invulling van dit onderwijsprogramma:"),
    ("rule", DOTS),
    ("rule", DOTS),
    ("h2", "3. Inzet leiding en verantwoording"),
    ("p", "a. De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet van een "
          "regiegroep, bestaande uit de afdelingsleider bovenbouw gemengde leerweg van De Goudse "
          "Waard en de teamleider Commercie van ROC Gouwestad. De colleges van bestuur wijzen ieder "
          "hun eigen lid aan en kunnen die aanwijzing intrekken. De regiegroep stelt het jaarrooster "
          "en de jaarplanning vast, bereidt het gezamenlijke PTA/OER voor, verdeelt de lessen binnen "
          "de toegekende formatie en beslist over de toelating van leerlingen tot de route. Besluiten "
          "over personeel en over middelen boven EUR 5.000 zijn voorbehouden aan de colleges."),
    ("p", "b. Het verstrekken van inlichtingen en afleggen van verantwoording door deze leiding aan "
          "ondergetekenden wordt als volgt georganiseerd: de regiegroep stuurt na ieder semester een "
          "schriftelijke voortgangsrapportage aan beide colleges van bestuur en legt jaarlijks vóór "
          "1 oktober in een evaluatieverslag verantwoording af over in-, door- en uitstroom, "
          "resultaten en bestede middelen. Het evaluatieverslag wordt in oktober besproken in het "
          "bestuurlijk overleg tussen beide colleges."),
    ("h2", "4. Organisatorische en onderwijskundige inrichting"),
    ("p", "a. De betreffende doorlopende leerroute wordt aangeboden op volgende locaties: De Goudse "
          "Waard, locatie Kleiweg te Gouda (leerjaar 3 en 4), en ROC Gouwestad, Commerciecampus te "
          "Gouda (vanaf leerjaar 5). In leerjaar 4 volgen leerlingen één dag per week onderwijs op de "
          "Commerciecampus."),
    ("p", "b. Er zijn afspraken gemaakt over het gebruik van verschillende faciliteiten zoals: het "
          "Retail Experience Lab en de salesruimte van ROC Gouwestad, die in leerjaar 4 door "
          "leerlingen van De Goudse Waard worden gebruikt, en het computerlokaal en de schoolwinkel "
          "van De Goudse Waard, die ROC Gouwestad mag gebruiken voor lessen in de vo-fase."),
    ("p", "c. De inzet van personeel is als volgt georganiseerd: leraren van De Goudse Waard en "
          "docenten van ROC Gouwestad vormen één team. Twee docenten commercie van ROC Gouwestad "
          "geven in leerjaar 4 samen acht lesuren per week op De Goudse Waard. Voor het "
          "vakoverstijgende onderdeel Verkoop en communicatie wordt teambevoegdheid gebruikt, met "
          "voor ieder onderdeel een bevoegde docent. Iedere medewerker blijft in dienst van de eigen "
          "werkgever. Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER."),
    ("h2", "5. Overstapoptie"),
    ("p", "Deelnemers die deze doorlopende leerroute niet met succes afronden worden door "
          "ondergetekenden in staat gesteld om:"),
    ("li", "bij uitval in leerjaar 3 of 4: de gemengde leerweg op De Goudse Waard regulier af te "
           "ronden met het vmbo-diploma;"),
    ("li", "als het vmbo-diploma aan het einde van het derde leerjaar van de route niet is behaald: "
           "het examenjaar over te doen, of zonder dat diploma bij ROC Gouwestad door te gaan in "
           "een opleiding op niveau 3 of 4 die past bij de behaalde onderdelen, zonder dat "
           "vooropleidingseisen worden gesteld;"),
    ("li", "bij een andere beroepskeuze: over te stappen naar een andere opleiding van ROC Gouwestad "
           "op hetzelfde niveau, of naar een andere instelling na een geschiktheidsonderzoek daar."),
    ("p", "De afdelingsleider van De Goudse Waard en de teamleider Commercie van ROC Gouwestad "
          "bepalen samen, na een gesprek met de leerling en zijn ouders, welke optie het best past bij "
          "het bereikte niveau en de leeftijd van de leerling."),
    ("h2", "6. Financiën"),
    ("p", "De school draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks aan ROC Gouwestad "
          "een bedrag over gelijk aan 20 procent van de personele bekostiging die zij ontvangt voor "
          "iedere leerling die op 1 oktober in leerjaar 4 van de route staat ingeschreven. Dit bedrag "
          "is bestemd voor de inzet van de docenten van ROC Gouwestad in leerjaar 4 en het gebruik "
          "van het Retail Experience Lab. Overige kosten draagt iedere partij zelf."),
    ("h2", "7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime (optioneel)"),
    ("p", "Partijen maken de volgende aanvullende afspraken over de medezeggenschap:"),
    ("rule", "[in te vullen na advies van de MR van De Goudse Waard en de studentenraad van ROC "
             "Gouwestad]"),
    ("rule", DOTS),
    ("h2", "8. Geschilbeslechting"),
    ("p", "Geschillen tussen partijen over de uitvoering van deze overeenkomst worden door partijen "
          "in onderling overleg opgelost. Partijen spannen zich daarbij in om tot een voor beide "
          "aanvaardbare oplossing te komen."),
    ("h2", "9. Betrokkenheid andere partijen"),
    ("p", "Een andere school voor mavo of vbo kan partij worden bij deze overeenkomst als beide "
          "colleges van bestuur schriftelijk instemmen, de nieuwe partij de overeenkomst volledig "
          "aanvaardt en mede ondertekent, en de route voor die school in RIO wordt gemeld. Toetreding "
          "gaat in bij het begin van een schooljaar en heeft geen gevolgen voor leerlingen die al in "
          "de route zitten."),
    ("h2", "10. Beëindiging overeenkomst"),
    ("p", "Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar schriftelijk opzeggen "
          "met een termijn van een jaar, tegen 1 augustus. Na opzegging nemen partijen geen nieuwe "
          "leerlingen meer op; leerlingen die al in de route zitten, maken die af en partijen blijven "
          "daarvoor samenwerken. De overeenkomst kan alleen worden gewijzigd met schriftelijke "
          "instemming van beide colleges; een wijziging gaat in bij het begin van een schooljaar."),
    ("p", "Aldus overeengekomen en ondertekend te Gouda op 12 juni 2025."),
    ("sign", "Stichting Openbare Scholengroep Gouwe en IJssel|E.J. Verkerk, voorzitter college van "
             "bestuur"),
    ("sign", "Stichting ROC Gouwestad|A.F. Boele, voorzitter college van bestuur"),
]


@sample(416, "h416_ingevuld_format_commercie_gouda", "docx",
        "DOCX filled-in version of the official bouwsteen format; Midden-Holland (Gouda), vmbo gl "
        "Economie en ondernemen -> mbo-4 Junior accountmanager; bedrijfsleven only the format's "
        "restatement plus dotted lines (b weak), medezeggenschap bracketed placeholder (h weak), "
        "disputes only 'in onderling overleg' (i weak); transfer as a percentage with purpose.",
        S(P, W_, P, P, P, P, P, W_, W_, P),
        {"a": "1. De betreffende doorlopende leerroute vmbo-mbo",
         "c": "3. Inzet leiding en verantwoording", "d": "3. Inzet leiding en verantwoording",
         "e": "4. Organisatorische en onderwijskundige inrichting", "f": "5. Overstapoptie",
         "g": "6. Financiën", "j": "10. Beëindiging overeenkomst"})
def build_416(path):
    write_docx(path, H416, author="De Goudse Waard", title="SOK Route Commercie Gouda", font="Arial",
               base_size=10)


# ============================================================================================
# main
# ============================================================================================

def expected_for(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "heldout", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(nums):
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(HERE, s["name"] + "." + s["ext"])
        s["build"](path)
        with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
                  newline="\n") as fh:
            json.dump(expected_for(n), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.basename(path))


def check():
    ok = True
    counts = {}
    for n in sorted(SAMPLES):
        s = SAMPLES[n]
        counts[s["ext"]] = counts.get(s["ext"], 0) + 1
        path = os.path.join(HERE, s["name"] + "." + s["ext"])
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        errs = []
        if not os.path.exists(path):
            errs.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            if s["ext"] == "docx":
                with zipfile.ZipFile(path) as z:
                    if z.testzip() is not None or "word/document.xml" not in z.namelist():
                        errs.append("bad docx zip")
            try:
                text = norm(extract_text(path))
            except Exception as exc:  # noqa
                errs.append("cannot open: %r" % exc)
                text = ""
            for item, ev in s["evidence"].items():
                if s["statuses"].get(item) != "present":
                    errs.append("evidence for non-present item %s" % item)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (item, ev))
            if len(text) < 1500:
                errs.append("text suspiciously short (%d chars)" % len(text))
        if set(s["statuses"]) != set("abcdefghij"):
            errs.append("statuses incomplete")
        if not os.path.exists(jpath):
            errs.append("expected.json missing")
        else:
            with open(jpath, encoding="utf-8") as fh:
                if json.load(fh) != expected_for(n):
                    errs.append("expected.json differs from table")
        print("%-55s %s" % (s["name"] + "." + s["ext"], "OK" if not errs else "FAIL: " + "; ".join(errs)))
        ok = ok and not errs
    print("formats:", counts)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv if a.strip()] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
