#!/usr/bin/env python3
"""Build training samples 253-260 (batch train17a, focus: hard layout).

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst and bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only -- without looking at the checker code, its models or tests, or the
texts and build scripts of the other samples. All schools, instellingen, companies and people are
made up.

Every agreement is held in full in this script; running it writes the document plus
NAME.expected.json beside it.

Usage:
    python3 build_samples_train17a.py            build all
    python3 build_samples_train17a.py 253 257    build only those
    python3 build_samples_train17a.py --check    open every produced file and verify it
"""

import io
import json
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from textwrap import dedent

OUT = Path(__file__).resolve().parent
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(num, slug, ext, statuses, evidence, description):
    """Register a builder for one agreement."""
    def deco(fn):
        SAMPLES[num] = dict(num=num, name=f"{num}_{slug}", ext=ext, statuses=statuses,
                            evidence=evidence, description=description, build=fn)
        return fn
    return deco


def expected_json(s):
    data = {"description": s["description"], "split": "train", "statuses": s["statuses"]}
    if s["evidence"]:
        data["evidence"] = s["evidence"]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------
# PDF helpers (reportlab)
# ---------------------------------------------------------------------------------------------
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents


def esc(s):
    return re.sub(r"&(?!#?\w+;)", "&amp;", s)


def make_styles(font="Helvetica", bold="Helvetica-Bold", size=9.5, leading=12.6,
                align=TA_JUSTIFY):
    st = {}
    st["P"] = ParagraphStyle("P", fontName=font, fontSize=size, leading=leading,
                             alignment=align, spaceAfter=4)
    st["L"] = ParagraphStyle("L", parent=st["P"], leftIndent=14, firstLineIndent=-14,
                             spaceAfter=2)
    st["LL"] = ParagraphStyle("LL", parent=st["P"], leftIndent=28, firstLineIndent=-14,
                              spaceAfter=2)
    st["H"] = ParagraphStyle("H", fontName=bold, fontSize=size + 1, leading=leading + 1,
                             spaceBefore=8, spaceAfter=3, alignment=TA_LEFT,
                             keepWithNext=1)
    st["H2"] = ParagraphStyle("H2", fontName=bold, fontSize=size + 3.5, leading=leading + 5,
                              spaceBefore=10, spaceAfter=6, alignment=TA_LEFT,
                              keepWithNext=1)
    st["T"] = ParagraphStyle("T", fontName=bold, fontSize=size + 6, leading=leading + 9,
                             alignment=TA_CENTER, spaceAfter=6)
    st["C"] = ParagraphStyle("C", parent=st["P"], alignment=TA_CENTER)
    st["R"] = ParagraphStyle("R", parent=st["P"], alignment=TA_RIGHT)
    st["S"] = ParagraphStyle("S", parent=st["P"], fontSize=size - 1.5, leading=leading - 2)
    st["B"] = ParagraphStyle("B", parent=st["P"], fontName=bold)
    return st


def story_from(text, st, extra=None):
    """Turn a block markup into flowables. Blocks are separated by blank lines and start with
    TAG| (P, L, LL, H, H2, T, C, R, S, B), or are one of PB (page break), SP<n> (spacer in mm)."""
    out = []
    for block in dedent(text).strip().split("\n\n"):
        block = " ".join(line.strip() for line in block.strip().splitlines())
        if block == "PB":
            out.append(PageBreak())
            continue
        if block.startswith("SP") and "|" not in block:
            out.append(Spacer(1, float(block[2:]) * mm))
            continue
        tag, _, body = block.partition("|")
        if extra and tag in extra:
            out.append(extra[tag](body))
            continue
        out.append(Paragraph(esc(body), st[tag]))
    return out


def pdf_text_pages(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        pages.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return pages


# ---------------------------------------------------------------------------------------------
# DOCX helpers (python-docx + deterministic zip)
# ---------------------------------------------------------------------------------------------
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def new_docx(title, author, font="Calibri", size=10.5):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    return d


def rewrite_zip(data, path, add=None, patch=None):
    """Rewrite a docx zip with fixed timestamps; add = {name: bytes}; patch = {name: fn(bytes)}."""
    add = add or {}
    patch = patch or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        names = src.namelist()
        for name in names:
            if name == "docProps/thumbnail.jpeg":
                continue
            content = src.read(name)
            if name in patch:
                content = patch[name](content)
            if name == "_rels/.rels":
                content = re.sub(rb'<Relationship[^>]*thumbnail[^>]*/>', b"", content)
            if name == "[Content_Types].xml":
                content = content.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
        for name in sorted(add):
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, add[name])
    Path(path).write_bytes(buf.getvalue())


def save_docx(d, path, add=None, patch=None):
    buf = io.BytesIO()
    d.save(buf)
    rewrite_zip(buf.getvalue(), path, add=add, patch=patch)


def set_cell_shading(cell, hex_fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def set_table_borders(table, size=4, color="808080"):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblpr.append(borders)


def set_col_widths(table, widths_cm):
    """Fix column widths in the grid, in every cell and as a fixed layout (Word and LibreOffice)."""
    tbl = table._tbl
    grid = tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, wcm in zip(cols, widths_cm):
        gc.set(qn("w:w"), str(int(wcm * 567)))
    for row in table.rows:
        for cell, wcm in zip(row.cells, widths_cm):
            cell.width = Cm(wcm)
    tblpr = tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)


def docx_text(path):
    """All text of a docx: document body (incl. text boxes and nested tables), footnotes,
    headers and footers; paragraph breaks become newlines."""
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(
        r"word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$", n)]
    chunks = []
    for n in sorted(parts):
        xml = z.read(n).decode("utf8")
        xml = re.sub(r"<w:tab/>", " ", xml)
        xml = re.sub(r"</w:p>", "\n", xml)
        xml = re.sub(r"<w:br/>", "\n", xml)
        texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n)", xml)
        chunks.append("".join(a or b for a, b in texts))
    import html
    return html.unescape("\n".join(chunks))


# ---------------------------------------------------------------------------------------------
# SAMPLES
# ---------------------------------------------------------------------------------------------

# ---- 253: PDF, two columns, running headers and page numbers --------------------------------
TEXT_253_TOP = """
T|SAMENWERKINGSOVEREENKOMST<br/>DOORLOPENDE LEERROUTE VMBO-MBO

C|Maritiem en techniek (kaderberoepsgerichte leerweg) &#8211; Schipper binnenvaart (niveau 3)

C|Scholengemeenschap Zuiderhaven, Zierikzee &#183; Zeeuws Maritiem Vakcollege, Vlissingen

SP3
"""

TEXT_253 = """
B|DE ONDERGETEKENDEN:

L|1. de stichting Stichting Voortgezet Onderwijs Oosterschelde, statutair gevestigd te Zierikzee, bevoegd gezag van Scholengemeenschap Zuiderhaven, een school voor voorbereidend middelbaar beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door mevrouw drs. A.M. Kodde-Hoogerwerf, voorzitter van het college van bestuur, hierna te noemen: "de school";

L|2. de stichting Stichting Maritiem Vakonderwijs Zuidwest, statutair gevestigd te Vlissingen, bevoegd gezag van het Zeeuws Maritiem Vakcollege, een instelling voor beroepsonderwijs als bedoeld in de Wet educatie en beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door de heer ing. P.J. Verhulst MBA, voorzitter van het college van bestuur, hierna te noemen: "de instelling";

P|hierna tezamen ook te noemen: "partijen",

B|NEMEN IN AANMERKING:

L|A. dat de binnenvaart in het Deltagebied structureel behoefte heeft aan goed opgeleide stuurlieden en schippers en dat jongeren op Schouwen-Duiveland de opleiding daartoe tot nu toe uitsluitend buiten het eiland konden beginnen;

L|B. dat partijen sinds 2022 samenwerken in een oriëntatieprogramma "Op stroom" en die samenwerking willen omzetten in een doorlopende leerroute als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs;

L|C. dat de wet voorschrijft dat de route op grond van een samenwerkingsovereenkomst wordt verzorgd;

B|EN ZIJN OVEREENGEKOMEN ALS VOLGT:

H|Artikel 1 Begripsbepalingen

P|In deze overeenkomst wordt verstaan onder: <i>route</i>: de doorlopende leerroute bedoeld in artikel 2; <i>leerling</i>: een leerling van de school die aan de route deelneemt; <i>student</i>: een deelnemer aan de route die bij de instelling is ingeschreven; <i>routeleiding</i>: de leiding bedoeld in artikel 4; <i>PTA/OER</i>: de gezamenlijke beschrijving van het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar van de route; <i>leerbedrijf</i>: een door SBB erkend leerbedrijf in de binnenvaart.

H|Artikel 2 Onderwerp van de overeenkomst

L|1. Partijen verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende leerroute die aanvangt in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Maritiem en techniek, van de school.

L|2. De route leidt naar het diploma vmbo kaderberoepsgerichte leerweg, profiel Maritiem en techniek, en naar het mbo-diploma van de vakopleiding Schipper binnenvaart, niveau 3, beroepsopleidende leerweg, van de instelling, behorend tot het opleidingsdomein Mobiliteit, transport, logistiek en maritiem.

L|3. De route omvat vijf leerjaren. De eerste twee leerjaren vormen de vo-fase; met ingang van het derde leerjaar is de deelnemer als student bij de instelling ingeschreven.

L|4. Partijen melden de route gezamenlijk aan de minister door registratie in RIO vóór 1 oktober 2025.

H|Artikel 3 Betrokkenheid van de binnenvaartsector

L|1. Partijen betrekken de binnenvaartsector als volgt bij de invulling van de route:

LL|a. ten minste zes leerbedrijven, waaronder Rederij Grevelingen B.V. te Bruinisse en Tankvaart Van der Have te Terneuzen, bieden in de vo-fase per leerling twee opstapweken per leerjaar aan boord en in de mbo-fase de plaatsen voor de beroepspraktijkvorming;

LL|b. schippers van de leerbedrijven verzorgen per leerjaar ten minste vier gastlessen en treden op als tweede beoordelaar bij de proeven van bekwaamheid aan boord;

LL|c. een Vaarraad, bestaande uit drie vertegenwoordigers van leerbedrijven, een vertegenwoordiger van de regionale afdeling van de binnenvaartbranche en de routeleiding, adviseert tweemaal per jaar over het programma, de keuze van de keuzedelen en de aansluiting op de arbeidsmarkt.

L|2. De routeleiding legt de afspraken met de leerbedrijven vast in de praktijkovereenkomsten en in een jaarlijkse werkafspraak, die zij aan de Vaarraad voorlegt.

H|Artikel 4 Routeleiding: samenstelling, aanwijzing en mandaat

L|1. De leiding over de route berust bij een routeleiding van twee personen: de afdelingsleider vmbo techniek van de school en de opleidingsmanager binnenvaart van de instelling.

L|2. Ieder bevoegd gezag wijst zijn lid van de routeleiding schriftelijk aan, nadat het andere bevoegd gezag is gehoord. Bij een vacature wordt binnen acht weken een nieuw lid aangewezen.

L|3. De besturen dragen aan de routeleiding op:

LL|a. het vaststellen van het jaarrooster en de verdeling van de lessen over de locaties;

LL|b. het inzetten van de docenten die partijen voor de route beschikbaar stellen;

LL|c. het opstellen van het PTA/OER, dat zij ter vaststelling aan beide besturen voorlegt;

LL|d. het aangaan van praktijkovereenkomsten met leerbedrijven;

LL|e. het beheer van het routebudget tot een bedrag van € 20.000 per schooljaar.

L|4. Besluiten over formatie, investeringen boven het routebudget en wijziging van de route blijven voorbehouden aan de besturen.

L|5. De routeleiding besluit in overeenstemming. Komt zij niet tot overeenstemming, dan is artikel 10 van toepassing.

H|Artikel 5 Inlichtingen en verantwoording

L|1. De routeleiding verstrekt beide colleges van bestuur uiterlijk 1 maart een tussentijdse voortgangsnotitie en uiterlijk 1 oktober een schriftelijk jaarverslag over het voorafgaande schooljaar. Het jaarverslag bevat in elk geval de instroom, doorstroom en uitval per cohort, de examenresultaten, de besteding van het routebudget en de inbreng van de leerbedrijven.

L|2. Tweemaal per jaar, in november en in mei, voeren de colleges van bestuur bestuurlijk overleg, waarin de routeleiding verantwoording aflegt over de uitvoering van haar taken.

L|3. De routeleiding informeert beide besturen onverwijld over incidenten aan boord of op een locatie en over omstandigheden die de voortgang van de route in gevaar brengen.

H|Artikel 6 Inrichting, personeel en voorzieningen

L|1. In de vo-fase wordt het onderwijs gegeven op de locatie van de school aan de Havenweg te Zierikzee; één dag per week volgen de leerlingen praktijkonderwijs op het opleidingsschip "Zeeuwse Stroom" van de instelling, dat in de haven van Zierikzee ligt. De mbo-fase wordt verzorgd op de locatie Vlissingen van de instelling en aan boord bij leerbedrijven.

L|2. Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar in het PTA/OER, dat jaarlijks vóór 1 oktober door beide besturen wordt vastgesteld. Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de route.

L|3. De route wordt verzorgd door één docententeam. Voor de vakoverstijgende onderdelen "Varen en navigatie" en "Scheepstechniek" maken partijen gebruik van de teambevoegdheid, bedoeld in artikel 7.13a van de Wet voortgezet onderwijs 2020 en artikel 9.1.12 WEB; ieder onderdeel wordt verzorgd onder verantwoordelijkheid van een daartoe bevoegde docent.

L|4. De instelling stelt in de vo-fase twee docenten nautische vakken beschikbaar voor samen 0,4 fte; de school stelt in de mbo-fase een docent techniek beschikbaar voor 0,2 fte voor de afronding van het vmbo-programma. Docenten blijven in dienst van hun eigen werkgever en vallen tijdens hun inzet onder de aanwijzingen van de routeleiding.

L|5. De instelling stelt het opleidingsschip, de vaarsimulator en het radarlokaal ter beschikking; de school stelt haar technieklokalen en de werkplaats metaal ter beschikking. Het gebruik wordt door de routeleiding ingepland en is kosteloos.

L|6. De klachtenregeling van ieder der partijen is mede van toepassing op gedragingen van het personeel van de andere partij in het kader van de route.

H|Artikel 7 Overstap bij voortijdig verlaten van de route

L|1. Een leerling die de route in de vo-fase verlaat, zet zijn opleiding voort in de reguliere kaderberoepsgerichte leerweg van de school, in het profiel Maritiem en techniek of, als hij dat wenst, in een ander profiel, en wordt begeleid naar het vmbo-diploma.

L|2. Heeft een deelnemer aan het einde van het derde leerjaar van de route het vmbo-diploma niet behaald, dan kan hij zonder dat diploma de vakopleiding Schipper binnenvaart of een andere opleiding op niveau 3 bij de instelling vervolgen; de vooropleidingseisen zijn dan niet van toepassing. Hij kan ook het examenjaar vmbo overdoen.

L|3. Blijkt de richting niet te passen, dan wordt een opleiding op hetzelfde niveau in een andere richting gezocht, bij de instelling of, na een geschiktheidsonderzoek, bij een andere instelling in de regio.

L|4. De school en de instelling stellen gezamenlijk vast welk alternatief passend is, op grond van het bereikte onderwijsniveau en de leeftijd van de deelnemer en na een gesprek met de deelnemer en zijn ouders. Dit oordeel wordt binnen vier weken schriftelijk vastgelegd; de mentor verzorgt een warme overdracht.

L|5. De nadere werkwijze wordt opgenomen in de schoolgids van de school en de studiegids van de instelling.

H|Artikel 8 Bekostiging

P|Partijen dragen geen deel van de door hen ontvangen rijksbekostiging aan elkaar over. De wederzijdse inzet van docenten en voorzieningen op grond van artikel 6 wordt niet verrekend. Iedere partij draagt haar eigen kosten.

H|Artikel 9 Medezeggenschap

L|1. Leerlingen in de vo-fase kiezen uit hun midden één vertegenwoordiger, die de vergaderingen van de studentenraad van de instelling bijwoont en daar het woord mag voeren over onderwerpen die de route betreffen.

L|2. De medezeggenschapsraad van de school en de studentenraad van de instelling ontvangen beide het jaarverslag bedoeld in artikel 5 en komen eenmaal per jaar bijeen in een gezamenlijke themavergadering over de route.

L|3. Een voorstel tot wijziging van de route wordt voor advies voorgelegd aan zowel de medezeggenschapsraad van de school als de studentenraad van de instelling.

H|Artikel 10 Geschillen

L|1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de routeleiding besproken.

L|2. Leidt dat niet binnen vier weken tot een oplossing, dan legt ieder der partijen het geschil voor aan het bestuurlijk overleg van beide colleges van bestuur.

L|3. Is het geschil acht weken daarna niet opgelost, dan nemen partijen deel aan mediation door een bij de Mediatorsfederatie Nederland geregistreerde mediator.

L|4. Blijft mediation zonder resultaat, dan wordt het geschil voorgelegd aan de bevoegde rechter van de Rechtbank Zeeland-West-Brabant.

H|Artikel 11 Toetreding, wijziging, duur en beëindiging

L|1. Een andere school of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden met schriftelijke instemming van beide partijen, door ondertekening van een toetredingsverklaring waarin zij alle bepalingen van deze overeenkomst aanvaardt. De toetreding gaat in bij de aanvang van een schooljaar; de betrokken partijen doen daarvan melding in RIO.

L|2. Deze overeenkomst wordt uitsluitend gewijzigd bij schriftelijke overeenkomst, ondertekend door de besturen van alle partijen. Een wijziging die nadelig is voor deelnemers geldt pas voor het cohort dat na de wijziging instroomt.

L|3. De overeenkomst geldt voor onbepaalde tijd. Ieder der partijen kan haar schriftelijk opzeggen met een termijn van ten minste twaalf maanden, tegen 31 juli van enig jaar. Ontbinding wegens een toerekenbare tekortkoming is slechts mogelijk na schriftelijke ingebrekestelling met een redelijke termijn.

L|4. Na opzegging of ontbinding neemt de route geen nieuwe leerlingen meer op. Leerlingen en studenten die de route op dat moment volgen, ronden haar af onder de voorwaarden van deze overeenkomst; partijen blijven daartoe docenten en voorzieningen beschikbaar stellen. Zo nodig is artikel 7 van toepassing.

P|Aldus overeengekomen en in tweevoud ondertekend te Zierikzee op 12 mei 2025.

P|Stichting Voortgezet Onderwijs Oosterschelde<br/>drs. A.M. Kodde-Hoogerwerf, voorzitter college van bestuur

P|Stichting Maritiem Vakonderwijs Zuidwest<br/>ing. P.J. Verhulst MBA, voorzitter college van bestuur
"""


def _hdr_253(canvas, doc):
    canvas.saveState()
    w, h = A4
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#1f3b63"))
    canvas.drawString(1.8 * cm, h - 1.2 * cm,
                      "SOK doorlopende leerroute Maritiem en techniek / Schipper binnenvaart")
    canvas.drawRightString(w - 1.8 * cm, h - 1.2 * cm, "Zuiderhaven - ZMV  |  versie 12-05-2025")
    canvas.setStrokeColor(colors.HexColor("#1f3b63"))
    canvas.setLineWidth(0.6)
    canvas.line(1.8 * cm, h - 1.35 * cm, w - 1.8 * cm, h - 1.35 * cm)
    canvas.line(1.8 * cm, 1.35 * cm, w - 1.8 * cm, 1.35 * cm)
    canvas.drawCentredString(w / 2, 0.95 * cm, f"- blad {doc.page} -")
    canvas.restoreState()


@sample(253, "twee_kolommen_lopende_kop_schouwen_duiveland_schipper", "pdf",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Artikel 2 Onderwerp van de overeenkomst",
         "b": "Artikel 3 Betrokkenheid van de binnenvaartsector",
         "c": "Artikel 4 Routeleiding: samenstelling, aanwijzing en mandaat",
         "d": "Artikel 5 Inlichtingen en verantwoording",
         "e": "Artikel 6 Inrichting, personeel en voorzieningen",
         "f": "Artikel 7 Overstap bij voortijdig verlaten van de route",
         "g": "Artikel 8 Bekostiging",
         "h": "Artikel 9 Medezeggenschap",
         "i": "Artikel 10 Geschillen",
         "j": "Artikel 11 Toetreding, wijziging, duur en beëindiging"},
        "Notarial-akte style (comparitie, 'nemen in aanmerking', leden), PDF in two columns with running header, footer rule "
        "and page numbers; Schouwen-Duiveland, Maritiem en techniek kb -> Schipper binnenvaart "
        "niveau 3; fully compliant, geen overdracht, extra medezeggenschap (vo-pupil in "
        "studentenraad).")
def build_253(path):
    st = make_styles(font="Times-Roman", bold="Times-Bold", size=9.6, leading=12.2)
    w, h = A4
    lm, rm, top, bot, gap = 1.8 * cm, 1.8 * cm, 1.7 * cm, 1.7 * cm, 0.7 * cm
    colw = (w - lm - rm - gap) / 2
    title_h = 3.6 * cm
    first = [Frame(lm, h - top - title_h, w - lm - rm, title_h, id="title", showBoundary=0),
             Frame(lm, bot, colw, h - top - bot - title_h, id="c1"),
             Frame(lm + colw + gap, bot, colw, h - top - bot - title_h, id="c2")]
    later = [Frame(lm, bot, colw, h - top - bot, id="l1"),
             Frame(lm + colw + gap, bot, colw, h - top - bot, id="l2")]
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1,
                          title="Samenwerkingsovereenkomst doorlopende leerroute Schipper binnenvaart",
                          author="Stichting Voortgezet Onderwijs Oosterschelde")
    doc.addPageTemplates([PageTemplate("first", first, onPage=_hdr_253),
                          PageTemplate("later", later, onPage=_hdr_253)])
    story = story_from(TEXT_253_TOP, st) + [NextPageTemplate("later")] + story_from(TEXT_253, st)
    doc.build(story)


# ---- 254: long PDF, ToC with dotted leaders, article over a page break with footer -----------
TEXT_254_COVER = """
SP40

T|Samenwerkingsovereenkomst<br/>Doorlopende Leerroute Veiligheid &amp; Vakmanschap

C|Vakcollege Maasheggen &#8211; ROC Maas en Niers<br/>Land van Cuijk

SP12

C|Dienstverlening en producten (kaderberoepsgerichte leerweg) &gt; Handhaver toezicht en veiligheid (mbo niveau 3)

SP50

C|Opgesteld door Kompasroute Onderwijsadvies, Nijmegen, in opdracht van de colleges van bestuur van Stichting Onderwijsgroep Maasheggen en Stichting Regionaal Opleidingencentrum Maas en Niers

C|Status: definitief &#183; versie 1.2 &#183; vastgesteld door beide colleges van bestuur op 3 juni 2025

PB

H2|Inhoudsopgave

TOC|

PB
"""

TEXT_254 = """
H2|1 Leeswijzer

P|Dit document is het resultaat van een ontwikkeltraject van vier sessies tussen november 2024 en april 2025, waarin vertegenwoordigers van Vakcollege Maasheggen en ROC Maas en Niers onder begeleiding van Kompasroute Onderwijsadvies de contouren van een gezamenlijke doorlopende leerroute hebben uitgewerkt. De uitkomsten zijn vertaald naar een overeenkomst die voldoet aan artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs.

P|Hoofdstuk 2 bevat de partijen en de overwegingen die aan de samenwerking ten grondslag liggen. Hoofdstuk 3 bevat de eigenlijke afspraken; uitsluitend dit hoofdstuk en de bijlage zijn voor partijen bindend. Hoofdstuk 4 bevat de ondertekening. Bijlage 1 geeft een overzicht van het programma per leerjaar. Begrippen die in artikel 1 zijn gedefinieerd, worden cursief weergegeven waar dat de leesbaarheid bevordert.

P|Kompasroute Onderwijsadvies is geen partij bij deze overeenkomst en draagt geen verantwoordelijkheid voor de uitvoering ervan.

H2|2 Partijen en overwegingen

B|Partijen

L|1. Stichting Onderwijsgroep Maasheggen, statutair gevestigd te Cuijk, bevoegd gezag van Vakcollege Maasheggen, school voor voorbereidend middelbaar beroepsonderwijs, rechtsgeldig vertegenwoordigd door mevrouw M.C. van Dinther-Peeters, voorzitter van het college van bestuur, hierna: "Maasheggen" of "de school";

L|2. Stichting Regionaal Opleidingencentrum Maas en Niers, statutair gevestigd te Boxmeer, bevoegd gezag van ROC Maas en Niers, rechtsgeldig vertegenwoordigd door de heer R.A.J. Hermsen, voorzitter van het college van bestuur, hierna: "het ROC" of "de instelling".

B|Overwegingen

P|Overwegende dat:

LL|a. het aantal jongeren in het Land van Cuijk dat na het vmbo kiest voor een opleiding in het domein veiligheid sinds 2021 gestaag toeneemt, terwijl een deel van hen in het eerste mbo-jaar uitvalt;

LL|b. de veiligheidsbranche in de regio, waaronder particuliere beveiligingsorganisaties, de gemeentelijke handhavingsdiensten van de gemeente Land van Cuijk en regionale evenementenorganisatoren, heeft aangegeven stageplaatsen en praktijkopdrachten te willen aanbieden en te willen meedenken over de inhoud van het onderwijs;

LL|c. partijen een ononderbroken leerweg willen bieden waarin overlap tussen het vmbo- en het mbo-programma wordt weggenomen en de vrijgekomen tijd wordt benut voor verdieping en begeleiding;

LL|d. de wet voorschrijft dat een doorlopende leerroute wordt verzorgd op grond van een samenwerkingsovereenkomst waarin in elk geval de in artikel 2.107b, tweede lid, WVO 2020 genoemde onderwerpen zijn geregeld;

P|komen partijen het volgende overeen.

H2|3 Afspraken

H|Artikel 1 Definities

P|In deze overeenkomst wordt verstaan onder:

LL|a. <i>route</i>: de doorlopende leerroute vmbo-mbo bedoeld in artikel 2;

LL|b. <i>deelnemer</i>: een leerling of student die aan de route deelneemt;

LL|c. <i>vo-fase</i>: de eerste twee leerjaren van de route, waarin de deelnemer leerling van de school is;

LL|d. <i>mbo-fase</i>: de leerjaren van de route vanaf het derde leerjaar, waarin de deelnemer student van de instelling is;

LL|e. <i>stuurgroep</i>: het orgaan bedoeld in artikel 3, eerste lid;

LL|f. <i>routeregisseur</i>: de functionaris bedoeld in artikel 3, vierde lid;

LL|g. <i>PTA/OER</i>: het gezamenlijke programma van toetsing en afsluiting en onderwijs- en examenregeling van de route.

H|Artikel 2 De route

L|1. Partijen bieden met ingang van 1 augustus 2025 gezamenlijk een doorlopende leerroute aan voor leerlingen van de kaderberoepsgerichte leerweg in het profiel Dienstverlening en producten, met de keuzevakken Geüniformeerde dienstverlening en veiligheid en Veiligheid en vakmanschap.

L|2. De route leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en tot het mbo-diploma van de vakopleiding Handhaver toezicht en veiligheid, niveau 3, in de beroepsopleidende leerweg, opleidingsdomein Veiligheid en sport.

L|3. De route duurt vijf leerjaren. Per schooljaar worden ten hoogste twee groepen van elk 24 deelnemers toegelaten.

L|4. Partijen melden de route gezamenlijk aan de minister van Onderwijs, Cultuur en Wetenschap door registratie in RIO. Het ROC verzorgt de melding namens beide partijen en zendt de school een afschrift.

H|Artikel 3 Governance: stuurgroep en routeregisseur

L|1. De leiding over de route is opgedragen aan een stuurgroep, bestaande uit:

LL|a. de directeur van Vakcollege Maasheggen;

LL|b. de collegedirecteur Veiligheid &amp; Sport van het ROC;

LL|c. de routeregisseur, als secretaris en zonder stemrecht.

L|2. De leden bedoeld onder a en b maken op grond van hun functie deel uit van de stuurgroep en worden door hun eigen college van bestuur als zodanig aangewezen; bij verhindering wijst het betrokken college van bestuur een plaatsvervanger aan. Het voorzitterschap wisselt per schooljaar.

L|3. De stuurgroep is namens beide colleges van bestuur bevoegd tot:

LL|a. het vaststellen van het jaarplan en de jaarlijkse begroting van de route binnen de in artikel 9 bedoelde middelen;

LL|b. het vaststellen van de lessentabel, het jaarrooster en de toelatingsprocedure;

LL|c. het voorbereiden van het PTA/OER ter vaststelling door de colleges van bestuur;

LL|d. het besluiten over de inzet van personeel in de route binnen de door de colleges van bestuur toegekende formatie;

LL|e. het nemen van besluiten over overstap van deelnemers, bedoeld in artikel 8, voor zover de school en de instelling daarover gezamenlijk moeten oordelen.

P|Besluiten met gevolgen voor de formatie of de begroting buiten het jaarplan, en besluiten over uitbreiding of beëindiging van de route, neemt de stuurgroep niet; zij legt die ter besluitvorming voor aan beide colleges van bestuur.

L|4. De dagelijkse coördinatie berust bij een routeregisseur, die op voordracht van de stuurgroep gezamenlijk door beide colleges van bestuur wordt benoemd voor een termijn van drie jaar, met de mogelijkheid van herbenoeming. De routeregisseur is in dienst van de school en wordt voor 0,5 fte vrijgesteld. De routeregisseur bereidt de besluiten van de stuurgroep voor, voert ze uit, onderhoudt de contacten met ouders en deelnemers en is eerste aanspreekpunt voor docenten.

H|Artikel 4 Informatievoorziening en verantwoording

L|1. De stuurgroep informeert beide colleges van bestuur ieder kwartaal door middel van een dashboard met de kengetallen instroom, doorstroom, verzuim, uitval en overstap per cohort, en de uitputting van de begroting.

L|2. Jaarlijks vóór 1 november legt de stuurgroep aan beide colleges van bestuur een verantwoordingsrapportage over het afgelopen schooljaar voor, met een inhoudelijke en financiële verantwoording, de examenresultaten en de uitkomsten van de tevredenheidsmeting onder deelnemers en ouders.

L|3. De rapportage wordt besproken in het jaarlijkse bestuurlijk overleg in december, waarin de colleges van bestuur de stuurgroep decharge verlenen voor het gevoerde beleid.

L|4. De stuurgroep meldt zaken die de continuïteit of de kwaliteit van de route raken onverwijld aan beide colleges van bestuur.

H|Artikel 5 Onderwijskundige en organisatorische inrichting

L|1. De route is ingericht als één doorlopend programma waarin de vmbo- en de mbo-onderdelen op elkaar aansluiten. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar worden beschreven in het PTA/OER, dat jaarlijks vóór 1 september door beide colleges van bestuur wordt vastgesteld. Bijlage 1 geeft het kader.

L|2. De vo-fase wordt verzorgd op de locatie van Vakcollege Maasheggen aan de Grotestraat te Cuijk; de deelnemers volgen daarnaast één dag per week les in het Veiligheidsleercentrum van het ROC te Boxmeer. De mbo-fase wordt verzorgd op de locatie Boxmeer van het ROC.

L|3. Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de route. Mbo-examens kunnen vanaf het eerste leerjaar van de route worden afgenomen; de examencommissie van het ROC is daarvoor verantwoordelijk.

L|4. Leerlingen in de vo-fase zijn ingeschreven bij de school; met ingang van het derde leerjaar worden zij ingeschreven bij het ROC. De school blijft verantwoordelijk voor het vmbo-examen van een deelnemer die al bij het ROC is ingeschreven.

L|5. De loopbaanbegeleiding en de ondersteuning van deelnemers worden in de vo-fase door de mentor van de school en in de mbo-fase door de studieloopbaanbegeleider van het ROC verzorgd; bij de overgang vindt een warme overdracht plaats.

H|Artikel 6 Personeel en teambevoegdheid

L|1. De route wordt verzorgd door één routeteam van docenten van beide partijen. Het ROC zet in de vo-fase per groep ten minste acht lesuren per week in door docenten veiligheid; de school zet in de mbo-fase per groep ten minste twee lesuren per week in voor Nederlands en rekenen.

L|2. Voor de vakoverstijgende programmaonderdelen "Toezicht in de openbare ruimte" en "Conflicthantering" maken partijen gebruik van de teambevoegdheid, bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Elk teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is; het PTA/OER vermeldt voor welke onderdelen teams worden ingezet.

L|3. Docenten blijven in dienst van hun eigen werkgever; op hen blijven de eigen cao en rechtspositieregeling van toepassing. Partijen sluiten voor de wederzijdse inzet geen detacheringsovereenkomst; de uitvoering wordt geregeld in het jaarplan.

L|4. Partijen organiseren jaarlijks ten minste twee gezamenlijke studiedagen voor het routeteam.

H|Artikel 7 Faciliteiten en huisvesting

L|1. Het ROC stelt aan deelnemers in de vo-fase het Veiligheidsleercentrum te Boxmeer ter beschikking, met de oefenruimte voor fouillering en toegangscontrole, de meldkamersimulatie en de sportaccommodatie.

L|2. De school stelt aan deelnemers in de mbo-fase haar mediatheek en studieruimte te Cuijk ter beschikking, zodat zij daar tussen lessen en bij vervangend onderwijs kunnen werken.

L|3. Uniformen en persoonlijke beschermingsmiddelen worden in de vo-fase door de school en in de mbo-fase door het ROC verstrekt.

L|4. De routeregisseur stelt jaarlijks een gebruiksrooster op, dat door de stuurgroep wordt vastgesteld.

H|Artikel 8 Overstapmogelijkheden

L|1. Partijen zorgen ervoor dat een deelnemer die de route niet kan of wil voortzetten, altijd een passend vervolg krijgt dat leidt tot een vmbo-diploma of een mbo-diploma. Deelnemers en hun ouders worden bij de start van de route schriftelijk over deze mogelijkheden geïnformeerd. Daarbij geldt het volgende kader.

L|2. <i>Vertrek in de vo-fase.</i> Een deelnemer die in het eerste of tweede leerjaar van de route vertrekt, zet zijn opleiding voort in de reguliere kaderberoepsgerichte leerweg van Vakcollege Maasheggen, in het profiel Dienstverlening en producten of een ander profiel dat de school aanbiedt, met als doel het vmbo-diploma. De reeds behaalde resultaten voor het beroepsgerichte programma blijven daarbij zoveel mogelijk behouden, en waar nodig krijgt hij extra begeleiding om een achterstand in het algemeen vormende deel van het programma in te halen.

L|3. <i>Geen vmbo-diploma aan het einde van het derde leerjaar.</i> Een deelnemer die aan het einde van het derde leerjaar van de route zijn vmbo-diploma niet heeft behaald, kan bij het ROC de opleiding Handhaver toezicht en veiligheid of een andere opleiding op niveau 3 voortzetten zonder dat de vooropleidingseisen in de weg staan. De school biedt hem de gelegenheid het vmbo-examen alsnog af te ronden. In plaats daarvan kan hij ervoor kiezen het examenjaar over te doen.

L|4. <i>Andere richting.</i> Blijkt het domein veiligheid niet bij de deelnemer te passen, dan zoeken partijen een opleiding op hetzelfde niveau in een andere richting, bij voorkeur binnen het ROC, bijvoorbeeld in het domein Zorg en welzijn, Handel of Sport en bewegen. Kiest de deelnemer voor een andere instelling, dan bevordert het ROC dat die instelling hem na een geschiktheidsonderzoek toelaat.

L|5. <i>Ander niveau.</i> Blijkt niveau 3 niet haalbaar, dan wordt de deelnemer begeleid naar de opleiding Beveiliger op niveau 2 bij het ROC. Een deelnemer die duidelijk boven het niveau uitstijgt, kan in overleg doorstromen naar een opleiding op niveau 4.

L|6. <i>Verhuizing.</i> Bij verhuizing buiten de regio zorgt de routeregisseur voor contact met een school of instelling in de nieuwe woonplaats en voor overdracht van het dossier, met toestemming van de deelnemer en, als hij minderjarig is, van zijn ouders.

L|7. <i>Wie beslist.</i> De school en het ROC bepalen in elk afzonderlijk geval gezamenlijk welke overstap passend is. Zij gaan daarbij uit van het door de deelnemer bereikte onderwijsniveau, zijn leeftijd en zijn eigen wensen. Voordat een besluit valt, voert de routeregisseur een gesprek met de deelnemer en zijn ouders. Het gezamenlijke oordeel wordt binnen vier weken na het eerste signaal schriftelijk aan de deelnemer en zijn ouders meegedeeld.

L|8. Dit artikel is niet van toepassing bij definitieve verwijdering. De uitwerking van de werkwijze wordt jaarlijks opgenomen in de schoolgids van Vakcollege Maasheggen en de studiegids van het ROC.

H|Artikel 9 Financiële afspraken

L|1. Met toepassing van artikel 5.42a WVO 2020 draagt de school voor iedere deelnemer in de vo-fase een bedrag van € 1.650 per schooljaar van de door haar ontvangen bekostiging over aan het ROC.

L|2. Het bedrag is bestemd voor de inzet van docenten van het ROC in de vo-fase, bedoeld in artikel 6, eerste lid (ongeveer 80 procent), en voor het gebruik van het Veiligheidsleercentrum, bedoeld in artikel 7, eerste lid (ongeveer 20 procent).

L|3. Het aantal deelnemers wordt vastgesteld op de teldatum van 1 oktober. Het ROC factureert het bedrag in twee gelijke termijnen, in november en in april. Het bedrag wordt jaarlijks per 1 augustus geïndexeerd met de loon- en prijsbijstelling van het ministerie van OCW voor het voortgezet onderwijs.

L|4. In de mbo-fase vindt geen overdracht van bekostiging plaats; iedere partij draagt haar eigen kosten.

H|Artikel 10 Medezeggenschap

P|Op de route is de wettelijke regeling van de medezeggenschap van toepassing. Voor deelnemers in de vo-fase, hun ouders en het personeel van de school geldt de Wet medezeggenschap op scholen; voor deelnemers in de mbo-fase en hun ouders gelden de bepalingen van de WEB over de studentenraad en de ouderraad, en voor het personeel van het ROC de Wet op de ondernemingsraden. Partijen kunnen in aanvulling daarop afspraken maken over de medezeggenschap in de route, bijvoorbeeld over deelname van deelnemers in de vo-fase aan de studentenraad van het ROC.

H|Artikel 11 Kwaliteitszorg en evaluatie

L|1. De route maakt deel uit van de kwaliteitszorg van beide partijen. De stuurgroep laat na twee volledige schooljaren een evaluatie uitvoeren door een onafhankelijke partij.

L|2. De uitkomsten van de evaluatie worden betrokken bij het jaarplan en, waar nodig, bij een voorstel tot wijziging van deze overeenkomst.

H|Artikel 12 Privacy en gegevensuitwisseling

L|1. Partijen wisselen persoonsgegevens van deelnemers uitsluitend uit voor zover dat nodig is voor de uitvoering van de route, met inachtneming van de Algemene verordening gegevensbescherming.

L|2. Ieder der partijen is verwerkingsverantwoordelijke voor de gegevens die zij zelf verwerkt. Partijen leggen de uitwisseling vast in een protocol gegevensuitwisseling.

H|Artikel 13 Geschillenregeling

L|1. Partijen trachten een geschil over de uitvoering van deze overeenkomst eerst in de stuurgroep op te lossen.

L|2. Lukt dat niet binnen zes weken nadat een partij het geschil schriftelijk heeft gemeld, dan wordt het voorgelegd aan de voorzitters van beide colleges van bestuur, die binnen vier weken in persoonlijk overleg een oplossing zoeken.

L|3. Leidt ook dat overleg niet tot een oplossing, dan leggen partijen het geschil voor bindend advies voor aan een commissie van drie leden: ieder der partijen wijst één lid aan en deze twee leden wijzen samen een onafhankelijke voorzitter aan. De commissie brengt binnen acht weken advies uit; partijen dragen de kosten ieder voor de helft.

L|4. Het voorgaande laat onverlet de bevoegdheid van de voorzieningenrechter van de rechtbank Oost-Brabant om spoedeisende voorzieningen te treffen.

H|Artikel 14 Toetreding van nieuwe partners

L|1. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, mits beide colleges van bestuur daarmee schriftelijk instemmen, de toetredende partij alle rechten en verplichtingen uit deze overeenkomst aanvaardt door ondertekening van een toetredingsakte en de toetreding ingaat op 1 augustus van een schooljaar.

L|2. De toetreding mag geen nadelige gevolgen hebben voor deelnemers die de route al volgen; het jaarplan van het schooljaar van toetreding beschrijft hoe dit is gewaarborgd. De toetredende partij meldt haar deelname aan de route in RIO.

H|Artikel 15 Looptijd, wijziging en beëindiging

L|1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

L|2. Wijziging van deze overeenkomst is alleen mogelijk bij schriftelijke, door beide colleges van bestuur ondertekende overeenkomst. Een wijziging gaat niet eerder in dan bij de aanvang van een nieuw schooljaar; deelnemers en ouders worden vooraf geïnformeerd.

L|3. Ieder der partijen kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van twaalf maanden. Partijen kunnen de overeenkomst met onmiddellijke ingang ontbinden indien de andere partij ernstig tekortschiet en na schriftelijke ingebrekestelling niet binnen zes weken alsnog nakomt.

L|4. Na opzegging of ontbinding stroomt geen nieuw cohort meer in. Deelnemers die op de datum van beëindiging aan de route deelnemen, kunnen haar afronden; partijen blijven de daarvoor benodigde docenten, faciliteiten en middelen beschikbaar stellen totdat het laatste cohort de route heeft afgerond of met toepassing van artikel 8 is overgestapt.

H|Artikel 16 Slotbepalingen

L|1. Op deze overeenkomst is Nederlands recht van toepassing.

L|2. Bijlage 1 maakt deel uit van deze overeenkomst. Bij strijdigheid gaat de tekst van de overeenkomst voor.

H2|4 Ondertekening

P|Aldus overeengekomen en in tweevoud ondertekend te Cuijk op 3 juni 2025.

SIGN|

PB

H2|Bijlage 1 Programma per leerjaar

P|Het onderstaande kader wordt jaarlijks uitgewerkt in het PTA/OER.

PROG|
"""


class _Doc254(BaseDocTemplate):
    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph) and flowable.style.name in ("H2", "H"):
            text = flowable.getPlainText()
            if text == "Inhoudsopgave":
                return
            level = 0 if flowable.style.name == "H2" else 1
            self.notify("TOCEntry", (level, text, self.page))


def _page_254(canvas, doc):
    canvas.saveState()
    w, h = A4
    if doc.page > 1:
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(2.2 * cm, h - 1.3 * cm, "Samenwerkingsovereenkomst DLR Veiligheid & Vakmanschap")
        canvas.drawRightString(w - 2.2 * cm, h - 1.3 * cm, "Land van Cuijk")
        canvas.setStrokeColor(colors.HexColor("#c8102e"))
        canvas.setLineWidth(1.2)
        canvas.line(2.2 * cm, h - 1.45 * cm, w - 2.2 * cm, h - 1.45 * cm)
    canvas.restoreState()


def _foot_254(canvas, doc):
    canvas.saveState()
    w, h = A4
    if doc.page > 1:
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.line(2.2 * cm, 1.6 * cm, w - 2.2 * cm, 1.6 * cm)
        canvas.drawString(2.2 * cm, 1.15 * cm, "Kompasroute Onderwijsadvies  |  definitief v1.2  |  3 juni 2025")
        canvas.drawRightString(w - 2.2 * cm, 1.15 * cm, f"Pagina {doc.page}")
    canvas.restoreState()


def build_254_story(st):
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        ParagraphStyle("toc0", fontName="Helvetica-Bold", fontSize=10, leading=15,
                       leftIndent=0, firstLineIndent=0, spaceBefore=4),
        ParagraphStyle("toc1", fontName="Helvetica", fontSize=9.5, leading=13,
                       leftIndent=16, firstLineIndent=0),
    ]
    sign = Table([["Stichting Onderwijsgroep Maasheggen", "Stichting Regionaal Opleidingencentrum Maas en Niers"],
                  ["\n\n\n", "\n\n\n"],
                  ["M.C. van Dinther-Peeters", "R.A.J. Hermsen"],
                  ["voorzitter college van bestuur", "voorzitter college van bestuur"]],
                 colWidths=[8 * cm, 8 * cm])
    sign.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                              ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black)]))
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold")
    rows = [["Leerjaar route", "Fase / inschrijving", "Onderwijs (kern)", "Examinering", "Locatie"],
            ["1 (vmbo 3)", "vo-fase, school", "D&P kb; keuzevakken veiligheid; mbo-onderdelen toezicht", "schoolexamens vmbo", "Cuijk; 1 dag Boxmeer"],
            ["2 (vmbo 4)", "vo-fase, school", "afronding vmbo; mbo-onderdelen conflicthantering", "centraal examen vmbo; eerste mbo-proeve", "Cuijk; 1 dag Boxmeer"],
            ["3 (mbo 1)", "mbo-fase, ROC", "beroepsgerichte onderdelen handhaving en toezicht", "mbo-examens kerntaak 1", "Boxmeer"],
            ["4 (mbo 2)", "mbo-fase, ROC", "verdieping; keuzedelen", "mbo-examens kerntaak 2", "Boxmeer"],
            ["5 (mbo 3)", "mbo-fase, ROC", "afronding; keuzedelen", "mbo-examens en diplomering", "Boxmeer"]]
    data = [[Paragraph(esc(c), head if i == 0 else cell) for c in r] for i, r in enumerate(rows)]
    prog = Table(data, colWidths=[2.3 * cm, 2.8 * cm, 5.2 * cm, 3.3 * cm, 2.9 * cm], repeatRows=1)
    prog.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1d9dc")),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    extra = {"TOC": lambda _b: toc, "SIGN": lambda _b: KeepTogether([sign]), "PROG": lambda _b: prog}
    return story_from(TEXT_254_COVER, st, extra) + story_from(TEXT_254, st, extra)


def _check_254(path):
    """Artikel 8 must start on one page and continue on the next (footer in between)."""
    pages = [norm(p) for p in pdf_text_pages(path)]
    head = "Artikel 8 Overstapmogelijkheden"
    tail = "Dit artikel is niet van toepassing bij definitieve verwijdering"
    hp = [i for i, p in enumerate(pages) if head in p and "....." not in p.split(head)[1][:12]]
    tp = [i for i, p in enumerate(pages) if tail in p]
    if not hp or not tp or tp[0] != hp[-1] + 1:
        return [f"Artikel 8 does not run over a page break (head on {hp}, tail on {tp})"]
    if "Inhoudsopgave" not in pages[1] or ". . ." not in pages[1]:
        return ["table of contents with dotted leaders not on page 2"]
    return []


@sample(254, "adviesbureau_inhoudsopgave_paginaovergang_land_van_cuijk_handhaver", "pdf",
        {"a": "present", "b": "missing", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
        {"a": "Artikel 2 De route",
         "c": "Artikel 3 Governance: stuurgroep en routeregisseur",
         "d": "Artikel 4 Informatievoorziening en verantwoording",
         "e": "Artikel 5 Onderwijskundige en organisatorische inrichting",
         "f": "Artikel 8 Overstapmogelijkheden",
         "g": "Artikel 9 Financiële afspraken",
         "i": "Artikel 13 Geschillenregeling",
         "j": "Artikel 14 Toetreding van nieuwe partners"},
        "Long consultancy-drafted PDF (cover, table of contents with dotted leaders and page "
        "numbers, leeswijzer, chapters) whose overstap article runs over a page break with footer "
        "and running header in between; Land van Cuijk, D&P kb -> Handhaver toezicht en veiligheid "
        "niveau 3; defect: the bedrijfsleven appears only in the considerans (b missing); transfer "
        "with per-pupil sum and purpose; medezeggenschap only describes the law ('kunnen').")
def build_254(path):
    st = make_styles(font="Helvetica", bold="Helvetica-Bold", size=9.5, leading=13.2)
    w, h = A4
    frame = Frame(2.2 * cm, 2.0 * cm, w - 4.4 * cm, h - 4.0 * cm, id="body")
    doc = _Doc254(str(path), pagesize=A4, invariant=1,
                  title="Samenwerkingsovereenkomst DLR Veiligheid & Vakmanschap Land van Cuijk",
                  author="Kompasroute Onderwijsadvies")
    doc.addPageTemplates([PageTemplate("all", [frame], onPage=_page_254, onPageEnd=_foot_254)])
    doc.multiBuild(build_254_story(st))


SAMPLES[254]["extra_check"] = _check_254


# ---- 255: PDF with an arrangements table whose rows continue on the next page ---------------
TEXT_255_HEAD = """
S|Programmabureau Leren &amp; Werken Zoetermeer &#183; kenmerk PLW/2025/0412 &#183; 19 mei 2025

T|Afsprakenkader doorlopende leerroute<br/>"Groen in de Stad"

C|Samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB

SP2

B|Partijen

L|1. Stichting Voortgezet Onderwijs Stad en Meer, gevestigd te Zoetermeer, bevoegd gezag van Vmbo De Stadstuin, vertegenwoordigd door de heer drs. K. Boukhari, voorzitter van het college van bestuur (hierna: de school);

L|2. Stichting Groen Onderwijs Haaglanden, gevestigd te Den Haag, bevoegd gezag van de Groene Vakschool Haaglanden, instelling voor beroepsonderwijs, vertegenwoordigd door mevrouw ir. J.W. Zwinkels-de Haas, lid van het college van bestuur (hierna: de instelling).

B|Opzet van dit document

P|Dit afsprakenkader is voorbereid door het Programmabureau Leren &amp; Werken Zoetermeer, dat in opdracht van de gemeente Zoetermeer de samenwerking tussen onderwijs en werkgevers in de stad ondersteunt. Het programmabureau is geen partij. De afspraken zijn per onderwerp opgenomen in onderstaande tabel. Elke rij bevat een bindende afspraak tussen partijen; de kolom "Eigenaar" geeft aan wie voor de uitvoering verantwoordelijk is, de kolom "Ritme" wanneer of hoe vaak. Partijen verklaren het volgende te zijn overeengekomen.
"""

ROWS_255 = [
    ("1", "Route en opleidingen",
     "Partijen verzorgen met ingang van schooljaar 2025-2026 samen de doorlopende leerroute \"Groen in de Stad\". "
     "De route start in leerjaar 3 van de kaderberoepsgerichte leerweg van de school, profiel Groen, en leidt tot het "
     "vmbo-diploma kader en het mbo-diploma Vakbekwaam medewerker buitenruimte (niveau 3, BOL), opleidingsdomein "
     "Voedsel, natuur en leefomgeving, van de instelling. Binnen de route ligt het accent op aanleg en beheer van "
     "stedelijk groen: groene daken, wadi's, bomen in verharding en biodiversiteit in de wijk. De route duurt vijf "
     "leerjaren; leerjaar 1 en 2 van de route vormen de vo-fase. Partijen melden de route gezamenlijk in RIO.",
     "CvB's", "eenmalig, vóór 1-10-2025"),
    ("2", "Werkveld en opdrachtgevers",
     "De afdeling Stadsbeheer van de gemeente Zoetermeer, de hoveniersbedrijven Van Leeuwen Groenvoorziening en "
     "Stadsgroen Meerland B.V. en de woningcorporatie De Meerwonen zijn als volgt bij de route betrokken: (a) zij "
     "leveren ieder schooljaar ten minste vier praktijkopdrachten in Zoetermeerse wijken aan, die leerlingen in "
     "projectgroepen uitvoeren; (b) de twee hoveniersbedrijven en Stadsbeheer bieden in de mbo-fase als erkend "
     "leerbedrijf plaatsen voor de beroepspraktijkvorming; (c) vakmensen van deze organisaties beoordelen de "
     "eindpresentaties van de praktijkopdrachten mee; (d) zij nemen zitting in de werkveldcommissie, die twee keer "
     "per jaar advies geeft over de inhoud van het programma en de keuzedelen.",
     "routeduo", "werkveldcommissie: okt. en apr."),
    ("3", "Leiding van de route",
     "De leiding van de route ligt bij het routeduo: de teamleider Groen van de school en de opleidingsmanager "
     "Buitenruimte van de instelling. Ieder college van bestuur wijst zijn lid van het routeduo schriftelijk aan en "
     "meldt dat aan het andere college. Het routeduo heeft de volgende taken en bevoegdheden, die de colleges van "
     "bestuur hierbij aan het duo opdragen: het opstellen en uitvoeren van het jaarplan en het jaarrooster; het "
     "inroosteren van het personeel dat partijen beschikbaar stellen; het voorbereiden van het PTA/OER; het "
     "toelaten van leerlingen tot de route; het aangaan van afspraken met opdrachtgevers over praktijkopdrachten; "
     "het besteden van het routebudget van € 12.500 per jaar. Beslissingen over personeelsformatie, "
     "investeringen en wijziging van deze overeenkomst zijn voorbehouden aan de colleges van bestuur.",
     "CvB's / routeduo", "aanwijzing vóór 1-8-2025"),
    ("4", "Informeren en verantwoorden",
     "Het routeduo stuurt beide colleges van bestuur twee keer per jaar een schriftelijke voortgangsrapportage "
     "(uiterlijk 15 maart en 15 september) over deelnemersaantallen, doorstroom, uitval, examenresultaten, "
     "uitgaven van het routebudget en de uitvoering van de praktijkopdrachten. Eenmaal per jaar, in oktober, legt "
     "het routeduo in een bestuurlijk gesprek met beide colleges mondeling verantwoording af over het afgelopen "
     "schooljaar. Het routeduo meldt bijzonderheden die de route in gevaar brengen direct.",
     "routeduo", "15 mrt / 15 sep; gesprek okt."),
    ("5", "Programma, locaties en examinering",
     "Het programma per leerjaar, de examinering en de beroepspraktijkvorming staan in het gezamenlijke PTA/OER "
     "van de route, dat beide colleges van bestuur ieder jaar vóór 1 oktober vaststellen. De vo-fase vindt plaats "
     "op de locatie van De Stadstuin aan de Dobbeweg te Zoetermeer en op de praktijklocatie van de instelling in "
     "het Westerpark; de mbo-fase op de locatie Zoetermeer-Oost van de instelling en bij de leerbedrijven. Het "
     "centraal examen vmbo wordt in leerjaar 2 van de route afgenomen. De school blijft verantwoordelijk voor het "
     "vmbo-examen, de instelling voor de mbo-examens en de diplomering mbo. Het verzuim wordt in de vo-fase door "
     "de school en in de mbo-fase door de instelling geregistreerd en opgevolgd.",
     "routeduo", "PTA/OER jaarlijks"),
    ("6", "Inzet van personeel",
     "De route wordt gegeven door één gezamenlijk team. De instelling levert in de vo-fase per groep 6 lesuren per "
     "week van docenten groene ruimte; de school levert in de mbo-fase per groep 2 lesuren per week voor de "
     "afronding van de algemene vakken. Voor het vakoverstijgende onderdeel \"Groen ontwerpen in de wijk\" zetten "
     "partijen een team van leraren en docenten in op grond van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, "
     "waarin voor elk vak een bevoegde leraar of docent zit. Docenten blijven in dienst van hun eigen werkgever.",
     "routeduo", "formatieplan vóór 1-6"),
    ("7", "Gebouwen, terreinen en materieel",
     "De instelling stelt de praktijklocatie Westerpark (kas, tuin en werkplaats), het klein materieel en de "
     "veiligheidsmiddelen ter beschikking aan leerlingen in de vo-fase. De school stelt haar schooltuin, het "
     "biologielokaal en de aula voor presentaties beschikbaar aan studenten in de mbo-fase. Gebruik is over en weer "
     "kosteloos; het routeduo stelt jaarlijks het gebruiksrooster vast. Leerlingen werken uitsluitend onder "
     "toezicht met motorisch gereedschap, na de veiligheidsinstructie van de instelling.",
     "routeduo", "gebruiksrooster per jaar"),
    ("8", "Overstap als de route niet past",
     "(a) Een leerling die in de vo-fase uit de route stapt, maakt de kaderberoepsgerichte leerweg in het profiel "
     "Groen bij de school regulier af, of stapt over naar een ander profiel of een andere leerweg van de school die "
     "beter past, en wordt naar het vmbo-diploma begeleid. (b) Een deelnemer die aan het eind van leerjaar 3 van de "
     "route geen vmbo-diploma heeft, kan bij de instelling verder in de opleiding Vakbekwaam medewerker "
     "buitenruimte of in een andere niveau 3-opleiding van de instelling; vooropleidingseisen gelden dan niet. De "
     "school biedt hem de gelegenheid het vmbo-examen alsnog te halen. (c) Wie na de vo-fase toch een andere "
     "richting wil, wordt geholpen een opleiding op hetzelfde niveau te vinden, bij de instelling of bij een "
     "andere mbo-instelling in Haaglanden, die hem na een geschiktheidsonderzoek kan toelaten. (d) Blijkt niveau 3 "
     "te hoog, dan kan de deelnemer over naar Medewerker buitenruimte op niveau 2. (e) Over de overstap beslissen "
     "de school en de instelling samen, op basis van het niveau dat de deelnemer heeft bereikt en zijn leeftijd, "
     "na een gesprek met de deelnemer en zijn ouders. Het besluit wordt binnen vier weken schriftelijk "
     "vastgelegd. De mentor of studieloopbaanbegeleider zorgt voor een warme overdracht. De werkwijze staat ook in "
     "de schoolgids.",
     "school + instelling samen", "binnen 4 weken na signaal"),
    ("9", "Geld",
     "Er wordt geen bekostiging van de ene partij aan de andere overgedragen. De wederzijdse inzet van personeel en "
     "voorzieningen op grond van rij 6 en 7 wordt niet verrekend. Ieder draagt de eigen kosten; het routebudget uit "
     "rij 3 wordt door beide partijen ieder voor de helft gedragen.",
     "CvB's", "-"),
    ("10", "Medezeggenschap",
     "Partijen spreken aanvullend op de WMS en de WEB het volgende af. Een voorstel van de colleges van bestuur om "
     "de inrichting van de route te wijzigen wordt tegelijk voor advies voorgelegd aan de medezeggenschapsraad van "
     "de school en aan de studentenraad van de instelling; beide raden ontvangen elkaars advies. Leerlingen in de "
     "vo-fase kunnen zich kandidaat stellen voor de studentenraad van de instelling en hebben daarin, voor "
     "onderwerpen die de route betreffen, dezelfde rechten als studenten.",
     "CvB's", "bij elk voorstel"),
    ("11", "Verschil van mening",
     "Een geschil tussen partijen over de uitvoering van dit afsprakenkader wordt eerst door het routeduo besproken. "
     "Lukt het niet binnen vier weken, dan gaat het naar de colleges van bestuur, die binnen zes weken overleggen. "
     "Is er dan nog geen oplossing, dan vragen partijen samen een mediator. Als ook mediation niet tot een oplossing "
     "leidt, kan ieder der partijen het geschil voorleggen aan de bevoegde rechter in het arrondissement Den Haag.",
     "routeduo / CvB's", "4 + 6 weken"),
    ("12", "Nieuwe partners",
     "Een andere vmbo-school of mbo-instelling kan aan de route gaan meedoen als beide colleges van bestuur daarmee "
     "schriftelijk instemmen en de nieuwe partij dit afsprakenkader ondertekent. Deelname gaat in per 1 augustus. "
     "De nieuwe partij mag geen wijzigingen meebrengen die lopende cohorten raken. Deelname wordt in RIO gemeld.",
     "CvB's", "per 1 augustus"),
    ("13", "Wijzigen en stoppen",
     "Wijzigen kan alleen schriftelijk, met handtekening van beide colleges van bestuur, en gaat in per een nieuw "
     "schooljaar. Het afsprakenkader loopt voor onbepaalde tijd; elke partij kan het schriftelijk opzeggen met een "
     "termijn van een jaar, tegen 1 augustus. Bij ernstige tekortkoming kan een partij het afsprakenkader na "
     "schriftelijke ingebrekestelling ontbinden. Na opzegging of ontbinding start er geen nieuw cohort meer; "
     "leerlingen en studenten die al in de route zitten, maken die af en partijen houden daarvoor het nodige "
     "personeel en de voorzieningen beschikbaar.",
     "CvB's", "opzegtermijn 1 jaar"),
]


def _page_255(canvas, doc):
    canvas.saveState()
    w, h = A4
    canvas.setFillColor(colors.HexColor("#2e6b34"))
    canvas.rect(0, h - 0.6 * cm, w, 0.6 * cm, stroke=0, fill=1)
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.drawString(1.8 * cm, 1.0 * cm, "Afsprakenkader DLR Groen in de Stad - Vmbo De Stadstuin / Groene Vakschool Haaglanden")
    canvas.drawRightString(w - 1.8 * cm, 1.0 * cm, f"{doc.page}")
    canvas.restoreState()


def _check_255(path):
    pages = [norm(p) for p in pdf_text_pages(path)]
    head = "Overstap als de route niet past"
    tail = "De werkwijze staat ook in de schoolgids"
    hp = [i for i, p in enumerate(pages) if head in p]
    tp = [i for i, p in enumerate(pages) if tail in p]
    if not hp or not tp or tp[0] != hp[0] + 1:
        return [f"overstap row does not continue on the next page (head {hp}, tail {tp})"]
    if not all("Onderwerp" in p and "Afspraak" in p for p in pages[hp[0]:tp[0] + 1]):
        return ["header row not repeated"]
    return []


@sample(255, "afsprakentabel_rij_over_pagina_zoetermeer_groen_in_de_stad", "pdf",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Route en opleidingen", "b": "Werkveld en opdrachtgevers", "c": "Leiding van de route",
         "d": "Informeren en verantwoorden", "e": "Programma, locaties en examinering",
         "f": "Overstap als de route niet past", "g": "Geld", "h": "Medezeggenschap",
         "i": "Verschil van mening", "j": "Wijzigen en stoppen"},
        "Afsprakenkader prepared by a municipal programme office, PDF whose arrangements sit in one "
        "table (Nr/Onderwerp/Afspraak/Eigenaar/Ritme) with rows that split over page breaks and a "
        "repeated header row; Zoetermeer, Groen kb -> Vakbekwaam medewerker buitenruimte niveau 3 "
        "(groen in de stad); fully compliant, geen overdracht, joint advice MR/studentenraad.")
def build_255(path):
    st = make_styles(font="Helvetica", bold="Helvetica-Bold", size=9.3, leading=12.4)
    w, h = A4
    frame = Frame(1.8 * cm, 1.6 * cm, w - 3.6 * cm, h - 3.2 * cm, id="body")
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1,
                          title="Afsprakenkader doorlopende leerroute Groen in de Stad",
                          author="Programmabureau Leren & Werken Zoetermeer")
    doc.addPageTemplates([PageTemplate("all", [frame], onPage=_page_255)])
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.6, leading=11)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
    data = [[Paragraph(x, head) for x in ("Nr.", "Onderwerp", "Afspraak", "Eigenaar", "Ritme")]]
    for nr, subj, text, owner, rhythm in ROWS_255:
        data.append([Paragraph(nr, cell), Paragraph(esc(subj), cellb), Paragraph(esc(text), cell),
                     Paragraph(esc(owner), cell), Paragraph(esc(rhythm), cell)])
    table = Table(data, colWidths=[0.9 * cm, 3.3 * cm, 8.6 * cm, 2.3 * cm, 2.3 * cm],
                  repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2e6b34")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a9a7e")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef4ee")]),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    tail = """
SP6

P|Aldus overeengekomen en in tweevoud getekend te Zoetermeer op 19 mei 2025.

P|Voor Stichting Voortgezet Onderwijs Stad en Meer: drs. K. Boukhari, voorzitter college van bestuur

P|Voor Stichting Groen Onderwijs Haaglanden: ir. J.W. Zwinkels-de Haas, lid college van bestuur
"""
    story = story_from(TEXT_255_HEAD, st) + [Spacer(1, 3 * mm), table] + story_from(tail, st)
    doc.build(story)


SAMPLES[255]["extra_check"] = _check_255


# ---- 256: scanned-looking typed PDF, headings only in capitals ------------------------------
TEXT_256 = """
SAMENWERKINGSOVEREENKOMST
DOORLOPENDE LEERROUTE VMBO - MBO
MOBILITEIT EN TRANSPORT / MOBIELE WERKTUIGEN

De ondergetekenden:

1. Stichting Voortgezet Onderwijs Oldambt, gevestigd te Winschoten, bevoegd gezag van Vmbo Het Oldambt, hierbij vertegenwoordigd door haar bestuurder, de heer J.H. Smid;

2. Stichting Noordoost Vakonderwijs, gevestigd te Veendam, bevoegd gezag van het Agri- en Mobiliteitscollege Noordoost, een instelling voor beroepsonderwijs, hierbij vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw G.A. Wubbena-Mulder;

hierna te noemen "de school" respectievelijk "de instelling",

verklaren het volgende te zijn overeengekomen.

ARTIKEL 1 - DOEL

De school en de instelling bieden samen een doorlopende leerroute vmbo-mbo aan, zodat jongeren uit het Oldambt zonder onderbreking kunnen worden opgeleid tot monteur van landbouw- en grondverzetmachines.

ARTIKEL 2 - DE OPLEIDING

De route begint in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, van de school. Zij leidt tot het diploma vmbo kader en tot het diploma van de mbo-opleiding Eerste monteur mobiele werktuigen, niveau 3, beroepsopleidende leerweg, opleidingsdomein Mobiliteit en voertuigen, van de instelling. De route duurt vijf jaar. De eerste groep begint op 1 augustus 2025. Beide partijen melden de route bij DUO (RIO).

ARTIKEL 3 - MEDEWERKING VAN HET BEDRIJFSLEVEN

Mechanisatiebedrijf Tammenga B.V. te Scheemda, Loonbedrijf Gebr. Bolt te Finsterwolde en de andere erkende leerbedrijven in de mechanisatie en het loonwerk die zich bij de route aansluiten, werken als volgt mee:
a. zij bieden in het tweede leerjaar van de route snuffelstages van twee weken en vanaf het derde leerjaar de plaatsen voor de beroepspraktijkvorming;
b. zij stellen tijdens de jaarlijkse praktijkdagen in het voor- en najaar trekkers en werktuigen ter beschikking;
c. hun monteurs geven per leerjaar minstens drie gastlessen en beoordelen mee bij de praktijkexamens;
d. twee keer per jaar komen de leerbedrijven met de docenten bijeen om het programma te bespreken; hun adviezen worden in het PTA/OER verwerkt.

ARTIKEL 4 - LEIDING

Partijen zullen voor de route een routeleiding instellen. De samenstelling van de routeleiding, de wijze waarop haar leden worden aangewezen en de taken en bevoegdheden die de besturen aan haar opdragen, worden nader vastgelegd in een reglement, dat uiterlijk 1 juli 2026 door beide besturen wordt vastgesteld. Tot die tijd overleggen de afdelingsleider techniek van de school en de teamleider mobiele werktuigen van de instelling over de dagelijkse gang van zaken.

ARTIKEL 5 - VERSLAG AAN DE BESTUREN

Elk jaar voor 1 november brengt de routeleiding, en zolang die er nog niet is de afdelingsleider en de teamleider samen, schriftelijk verslag uit aan beide besturen over het afgelopen schooljaar: aantal leerlingen, overgang, uitval, examenuitslagen, de medewerking van de leerbedrijven en de uitgaven. Het verslag wordt besproken in de bestuursvergadering van beide besturen in december. Daarnaast ontvangen beide besturen in maart een beknopt overzicht van de in- en uitstroom.

ARTIKEL 6 - UITVOERING

1. Het onderwijs in de eerste twee leerjaren wordt gegeven in het gebouw van de school aan de Oostersingel te Winschoten; elke week is er een praktijkdag in de werkplaats van de instelling te Veendam. Vanaf het derde leerjaar wordt de route verzorgd door de instelling en bij de leerbedrijven.
2. Het programma, de examens en de beroepspraktijkvorming per leerjaar worden beschreven in een gezamenlijk PTA/OER, dat beide besturen ieder jaar voor 1 oktober vaststellen. Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de route.
3. De instelling zet in de eerste twee leerjaren twee docenten motorentechniek in voor samen acht lesuren per week; de school zet in het derde leerjaar een docent Nederlands en rekenen in voor vier lesuren per week. De docenten vormen samen een team. Voor het onderdeel "Hydrauliek en besturingen" wordt gebruik gemaakt van de teambevoegdheid (art. 7.13a WVO 2020, art. 9.1.12 WEB). Iedere docent blijft in dienst van zijn eigen werkgever.
4. De instelling stelt haar werkplaats mobiele werktuigen, de diagnoseapparatuur en de oefentrekkers ter beschikking; de school stelt haar metaalwerkplaats en lasruimte ter beschikking.
5. Een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de leerling of student is ingeschreven; de andere partij werkt daaraan mee.

ARTIKEL 7 - OVERSTAP NAAR EEN ANDERE OPLEIDING

1. Een leerling die in de eerste twee leerjaren met de route stopt, maakt de kaderberoepsgerichte leerweg profiel Mobiliteit en transport bij de school af, of een ander profiel als dat beter bij hem past, en haalt zo het vmbo-diploma.
2. Wie aan het eind van het derde leerjaar het vmbo-diploma niet heeft, kan bij de instelling door in Eerste monteur mobiele werktuigen of een andere opleiding op niveau 3 zonder dat de vooropleidingseisen gelden, en krijgt de kans het vmbo-examen alsnog te doen. Hij mag ook het examenjaar overdoen.
3. Wie een andere richting wil, wordt geholpen een opleiding op hetzelfde niveau te vinden, bij de instelling of bij een andere school voor mbo in de provincie Groningen; die school kan hem na een geschiktheidsonderzoek toelaten.
4. Is niveau 3 te zwaar, dan kan de leerling over naar Monteur mobiele werktuigen op niveau 2.
5. De school en de instelling beslissen samen welke overstap passend is. Zij letten daarbij op het niveau dat de leerling heeft bereikt en op zijn leeftijd, en spreken eerst met de leerling en zijn ouders. Het besluit wordt op papier gezet.

ARTIKEL 8 - GELDELIJKE REGELING

De school draagt op grond van artikel 5.42a WVO 2020 voor iedere leerling in het tweede leerjaar van de route een bedrag van EUR 950,- per schooljaar van haar bekostiging over aan de instelling. Dit geld is bestemd voor het materiaal en de machine-uren in de werkplaats van de instelling tijdens de wekelijkse praktijkdag. Betaling geschiedt voor 1 december. Verder draagt ieder zijn eigen kosten.

ARTIKEL 9 - GESCHILLEN

Geschillen over de uitvoering van deze overeenkomst worden eerst besproken door de besturen van beide partijen. Komen zij er binnen zes weken niet uit, dan wordt het geschil voorgelegd aan een door beide besturen samen aangewezen bemiddelaar. Lukt ook dat niet binnen drie maanden, dan beslist de bevoegde rechter van de rechtbank Noord-Nederland, locatie Groningen.

ARTIKEL 10 - DUUR, WIJZIGING EN OPZEGGING

1. Deze overeenkomst geldt voor vijf jaar vanaf 1 augustus 2025 en wordt daarna steeds stilzwijgend met vijf jaar verlengd.
2. Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend.
3. Ieder der partijen kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van een jaar.
4. Na opzegging worden geen nieuwe leerlingen meer in de route opgenomen. Leerlingen en studenten die al in de route zitten, maken haar af; partijen blijven daarvoor docenten en werkplaatsen beschikbaar stellen.

Aldus opgemaakt in tweevoud en getekend te Winschoten op 28 mei 2025.

Stichting Voortgezet Onderwijs Oldambt          Stichting Noordoost Vakonderwijs


J.H. Smid, bestuurder                             G.A. Wubbena-Mulder, voorzitter CvB
"""


def _wrap_256(text, width=78):
    import textwrap
    lines = []
    for para in text.strip("\n").split("\n"):
        if not para.strip():
            lines.append("")
            continue
        m = re.match(r"^(\d+\.|[a-d]\.)\s", para)
        indent = " " * (len(m.group(1)) + 1) if m else ""
        if "          " in para:
            lines.append(para)
            continue
        lines.extend(textwrap.wrap(para, width, subsequent_indent=indent) or [""])
    return lines


def _paginate_256(lines, per_page=54):
    pages, cur = [], []
    for i, line in enumerate(lines):
        is_heading = line.startswith("ARTIKEL")
        if cur and len(cur) >= per_page - (3 if is_heading else 0):
            while cur and not cur[-1].strip():
                cur.pop()
            pages.append(cur)
            cur = []
        if not cur and not line.strip():
            continue
        cur.append(line)
    if cur:
        pages.append(cur)
    return pages


@sample(256, "gescand_hoofdletterkoppen_oldambt_mobiele_werktuigen", "pdf",
        {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "weak"},
        {"a": "ARTIKEL 2 - DE OPLEIDING",
         "b": "ARTIKEL 3 - MEDEWERKING VAN HET BEDRIJFSLEVEN",
         "d": "ARTIKEL 5 - VERSLAG AAN DE BESTUREN",
         "e": "ARTIKEL 6 - UITVOERING",
         "f": "ARTIKEL 7 - OVERSTAP NAAR EEN ANDERE OPLEIDING",
         "g": "ARTIKEL 8 - GELDELIJKE REGELING",
         "i": "ARTIKEL 9 - GESCHILLEN"},
        "Old-fashioned typed agreement in a scanned-looking PDF (typewriter font, tilted pages, "
        "specks, punch holes, received-stamp; headings only in capitals, nothing bold); Oldambt, "
        "Mobiliteit en transport kb -> Eerste monteur mobiele werktuigen niveau 3; defects: "
        "leiding deferred to a future reglement (c weak) and no toetreding clause (j weak); "
        "transfer EUR 950 per pupil for workshop costs; silent on medezeggenschap.")
def build_256(path):
    import random
    from reportlab.pdfgen import canvas as rl_canvas
    rnd = random.Random(256)
    w, h = A4
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("scan_20250602_0931.pdf")
    c.setAuthor("KM-C308 scanner")
    pages = _paginate_256(_wrap_256(TEXT_256))
    tilts = [0.45, -0.3, 0.6, -0.5]
    for pno, lines in enumerate(pages, start=1):
        c.setFillColor(colors.Color(0.965, 0.955, 0.925))
        c.rect(0, 0, w, h, stroke=0, fill=1)
        for _ in range(260):
            g = rnd.uniform(0.55, 0.85)
            c.setFillColor(colors.Color(g, g, g))
            c.circle(rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(0.15, 0.7), stroke=0, fill=1)
        c.setFillColor(colors.Color(0.82, 0.82, 0.8))
        c.rect(w - 0.5 * cm, 0, 0.5 * cm, h, stroke=0, fill=1)
        for y in (h / 2 + 4 * cm, h / 2 - 4 * cm):
            c.setFillColor(colors.Color(0.35, 0.35, 0.35))
            c.circle(0.9 * cm, y, 0.3 * cm, stroke=0, fill=1)
        c.saveState()
        c.translate(w / 2, h / 2)
        c.rotate(tilts[(pno - 1) % len(tilts)])
        c.translate(-w / 2, -h / 2)
        c.setFillColor(colors.Color(0.12, 0.12, 0.14))
        x0, y = 2.6 * cm + rnd.uniform(-1.5, 1.5), h - 2.4 * cm
        for line in lines:
            t = c.beginText(x0, y)
            t.setFont("Courier", 10)
            t.textLine(line)
            c.drawText(t)
            y -= 12.6
        c.setFont("Courier", 10)
        c.drawCentredString(w / 2, 1.5 * cm, f"- {pno} -")
        c.drawString(w - 7.2 * cm, 2.1 * cm, "paraaf: ______   ______")
        c.restoreState()
        if pno == 1:
            c.saveState()
            c.translate(w - 6.2 * cm, h - 3.4 * cm)
            c.rotate(8)
            c.setStrokeColor(colors.Color(0.2, 0.3, 0.65))
            c.setFillColor(colors.Color(0.2, 0.3, 0.65))
            c.setLineWidth(1.3)
            c.roundRect(0, 0, 4.4 * cm, 1.5 * cm, 4, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 9)
            c.drawCentredString(2.2 * cm, 0.95 * cm, "ONTVANGEN")
            c.setFont("Helvetica", 8)
            c.drawCentredString(2.2 * cm, 0.4 * cm, "02 JUNI 2025  bestuursbureau")
            c.restoreState()
        c.showPage()
    c.save()


# ---- 257: DOCX with Word auto-numbering (numbering.xml, three levels) ------------------------
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls


def add_multilevel_numbering(d, abs_id, num_id, levels):
    """levels: list of (numFmt, lvlText, left, hanging, bold). Returns num_id."""
    lvls = []
    for i, (fmt, text, left, hanging, bold) in enumerate(levels):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        lvls.append(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
            f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')
    absn = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}">'
                     f'<w:nsid w:val="5A17{abs_id:04X}"/><w:multiLevelType w:val="multilevel"/>'
                     + "".join(lvls) + "</w:abstractNum>")
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>')
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(num)
    return num_id


def set_num(par, num_id, level):
    ppr = par._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = num_id


BODY_257 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute ICT-beheer"),
    ("sub", "Kroonvakcollege Middenmeer en ROC Polderkroon – route Media, vormgeving en ICT (kader) naar Allround medewerker IT systems and devices (niveau 3)"),
    ("p", "Deze overeenkomst is opgesteld door de twee teamleiders die de route gaan draaien, en daarna door de besturen vastgesteld. We hebben geprobeerd het in gewone taal op te schrijven. Waar 'we' staat, bedoelen we beide partijen samen."),
    ("p", "Partijen zijn:"),
    ("b", "Stichting Scholengroep Kop en Kroon, gevestigd in Schagen, het bevoegd gezag van het Kroonvakcollege in Middenmeer (vmbo), vertegenwoordigd door de heer E.W. Bakker, voorzitter van het college van bestuur – hierna: het Kroonvakcollege;"),
    ("b", "Stichting ROC Polderkroon, gevestigd in Schagen, het bevoegd gezag van ROC Polderkroon, instelling voor beroepsonderwijs, vertegenwoordigd door mevrouw S. Kaan-Rotteveel, voorzitter van het college van bestuur – hierna: het ROC."),
    ("h", "Wat we samen aanbieden"),
    ("1", "Vanaf 1 augustus 2025 bieden we samen een doorlopende leerroute vmbo-mbo aan. Leerlingen stappen in aan het begin van leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Media, vormgeving en ICT, van het Kroonvakcollege."),
    ("1", "De route eindigt met twee diploma's: het vmbo-diploma kader en het mbo-diploma Allround medewerker IT systems and devices, niveau 3 (BOL), in het opleidingsdomein ICT en creatieve industrie. De route duurt vier jaar in plaats van vijf, omdat dubbele stof is weggehaald."),
    ("1", "We melden de route samen aan via RIO. Het ROC doet dat en stuurt het Kroonvakcollege een bevestiging."),
    ("h", "Wie uit het bedrijfsleven meedoet en hoe"),
    ("1", "In en rond Middenmeer zitten datacenters en ICT-bedrijven die mensen nodig hebben. Deze bedrijven doen op de volgende manier mee:"),
    ("a", "NoordDC Hosting B.V., Kroon IT Services en Polderwerk Automatisering bieden samen elk jaar minstens twaalf bpv-plaatsen voor studenten in leerjaar 3 en 4 van de route;"),
    ("a", "de datacenters ontvangen iedere groep in leerjaar 1 en 2 twee keer per jaar voor een rondleiding met opdracht in de serverruimte;"),
    ("a", "de bedrijven leveren per leerjaar minstens twee echte beheeropdrachten aan (bijvoorbeeld het uitrollen van laptops bij een klant), die studenten onder begeleiding van een docent uitvoeren;"),
    ("a", "een vakspecialist van een van de bedrijven beoordeelt mee bij de proeve van bekwaamheid in leerjaar 4;"),
    ("a", "de ICT-werkveldtafel, met de drie bedrijven, de teamleiders en een adviseur van SBB, komt twee keer per jaar bij elkaar en geeft advies over het programma, de keuzedelen en de certificaten die studenten moeten halen."),
    ("1", "De teamleiders leggen de afspraken met ieder bedrijf vast in een korte samenwerkingsbrief, die elk jaar wordt bijgewerkt."),
    ("h", "Wie de route leidt"),
    ("1", "De route wordt geleid door het routeteam-leiding. Daarin zitten de teamleider MVI van het Kroonvakcollege en de teamleider ICT van het ROC."),
    ("1", "Het college van bestuur van het Kroonvakcollege wijst de teamleider MVI aan, het college van bestuur van het ROC de teamleider ICT. Dat gebeurt schriftelijk; het andere bestuur krijgt een kopie. Als een teamleider vertrekt, wijst het eigen bestuur binnen zes weken een opvolger aan."),
    ("1", "De besturen geven het routeteam-leiding deze taken en bevoegdheden:"),
    ("a", "het maken van het lesrooster en de jaarplanning;"),
    ("a", "het indelen van de docenten die de besturen voor de route beschikbaar stellen;"),
    ("a", "het opstellen van het gezamenlijke PTA/OER; de besturen stellen het vast;"),
    ("a", "het toelaten van leerlingen tot de route en het afsluiten van bpv-afspraken met bedrijven;"),
    ("a", "het uitgeven van het routebudget van € 15.000 per jaar dat de besturen samen beschikbaar stellen."),
    ("1", "Over extra formatie, grote aankopen (boven het routebudget) en veranderingen aan deze overeenkomst beslist het routeteam-leiding niet zelf. Die gaan naar de besturen."),
    ("h", "Hoe de leiding de besturen op de hoogte houdt"),
    ("1", "Het routeteam-leiding stuurt beide besturen elk kwartaal een korte update per mail: aantallen leerlingen en studenten, verzuim, uitval en bijzonderheden."),
    ("1", "Vóór 1 november stuurt het routeteam-leiding beide besturen een jaarverslag over het vorige schooljaar, met cijfers over in-, door- en uitstroom, examenresultaten, de bpv-plaatsen en de uitgaven van het routebudget."),
    ("1", "In november bespreken de besturen het jaarverslag met het routeteam-leiding. Daarin legt het team verantwoording af en maken de besturen afspraken voor het volgende jaar."),
    ("h", "Hoe het onderwijs is ingericht"),
    ("1", "Leerjaar 1 en 2 van de route zijn de vo-fase: de leerlingen staan ingeschreven bij het Kroonvakcollege. Leerjaar 3 en 4 zijn de mbo-fase: ze staan dan ingeschreven bij het ROC."),
    ("1", "De lessen in de vo-fase zijn in het gebouw van het Kroonvakcollege in Middenmeer. Eén dag per week werken de leerlingen in het ICT-lab van het ROC op de locatie Schagen. De mbo-fase is op de locatie Schagen en bij de bpv-bedrijven."),
    ("1", "Wat er per leerjaar geleerd, getoetst en geëxamineerd wordt, staat in het PTA/OER van de route. De besturen stellen het elk jaar vóór 1 oktober vast. Het centraal examen vmbo is in leerjaar 2 van de route."),
    ("h", "Welke mensen we inzetten"),
    ("1", "We werken met één docententeam. In de vo-fase geeft het ROC per groep vijf uur per week les met docenten ICT-beheer; in de mbo-fase geeft het Kroonvakcollege per groep twee uur per week Nederlands en Engels."),
    ("1", "Voor het vakoverstijgende deel 'Netwerken en security' gebruiken we de teambevoegdheid uit artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Voor elk vak zit er een bevoegde docent in het team; die is verantwoordelijk voor zijn eigen deel."),
    ("1", "Iedere docent blijft in dienst bij zijn eigen werkgever. Uren worden over en weer niet in rekening gebracht."),
    ("h", "Welke ruimtes en spullen we delen"),
    ("1", "Het ROC stelt zijn ICT-lab (serverrekken, netwerkapparatuur en testlaptops) en de examenruimte beschikbaar aan leerlingen in de vo-fase."),
    ("1", "Het Kroonvakcollege stelt zijn mediaruimte en het open leercentrum beschikbaar aan studenten in de mbo-fase die in Middenmeer wonen."),
    ("1", "Leerlingen en studenten krijgen één account voor de leeromgeving van de route. Het ROC beheert dat account."),
    ("h", "Als de route niet past: overstappen"),
    ("1", "Stopt een leerling in de vo-fase met de route, dan maakt hij de kaderberoepsgerichte leerweg MVI gewoon af bij het Kroonvakcollege, of kiest hij een ander profiel of andere leerweg van de school. Het doel is het vmbo-diploma."),
    ("1", "Heeft iemand aan het eind van leerjaar 3 van de route zijn vmbo-diploma nog niet, dan mag hij bij het ROC verder in de opleiding of in een andere opleiding op niveau 3. De vooropleidingseisen gelden dan niet. Het Kroonvakcollege helpt hem om het vmbo-examen alsnog te halen."),
    ("1", "Past ICT toch niet, dan zoeken we een opleiding op hetzelfde niveau in een andere richting, bij het ROC of bij een andere mbo-school in de regio (daar kan een geschiktheidsonderzoek nodig zijn). Is niveau 3 te hoog, dan kan de student naar Medewerker ICT support op niveau 2."),
    ("1", "Het Kroonvakcollege en het ROC beslissen samen welke overstap past. Ze kijken naar het niveau dat de leerling heeft bereikt en naar zijn leeftijd, en praten eerst met de leerling en zijn ouders. Binnen vier weken ligt er een besluit op papier. De mentor of loopbaanbegeleider zorgt voor een goede overdracht."),
    ("h", "Geld"),
    ("1", "In leerjaar 3 van de route (het eerste mbo-jaar) draagt het ROC met toepassing van artikel 9.1.15 WEB € 600 per student over aan het Kroonvakcollege."),
    ("1", "Dat geld is voor de begeleiding en afname van het vmbo-examen voor studenten die dat in leerjaar 3 nog afronden, en voor de lessen Nederlands en Engels die het Kroonvakcollege in de mbo-fase geeft."),
    ("1", "Het aantal studenten op 1 oktober telt. Het ROC betaalt vóór 1 december. Verder draagt ieder zijn eigen kosten; het routebudget betalen we ieder voor de helft."),
    ("h", "Inspraak van leerlingen, ouders en personeel"),
    ("1", "Naast de medezeggenschap die de wet al regelt (WMS bij het Kroonvakcollege, WEB en WOR bij het ROC) richten we een routeraad op. Daarin zitten twee leerlingen of studenten, twee ouders en twee docenten, één van elke partij."),
    ("1", "De routeraad komt minstens drie keer per jaar bij elkaar en mag het routeteam-leiding en de besturen gevraagd en ongevraagd advies geven over alles wat de route betreft. Het routeteam-leiding reageert binnen zes weken schriftelijk."),
    ("1", "De medezeggenschapsraad van het Kroonvakcollege en de studentenraad van het ROC krijgen alle adviezen van de routeraad toegestuurd."),
    ("h", "Als we het niet eens worden"),
    ("1", "Een meningsverschil over de uitvoering van deze overeenkomst bespreken eerst de teamleiders. Lukt het niet binnen drie weken, dan gaat het naar de twee directeuren onderwijs."),
    ("1", "Komen die er binnen vier weken niet uit, dan overleggen de voorzitters van de colleges van bestuur."),
    ("1", "Is er na nog eens zes weken geen oplossing, dan kan ieder van ons het geschil voorleggen aan de bevoegde rechter bij de rechtbank Noord-Holland."),
    ("h", "Erbij komen, veranderen en stoppen"),
    ("1", "Wil een andere school of mbo-instelling meedoen, dan kan dat als beide besturen schriftelijk akkoord zijn en de nieuwe partij deze overeenkomst ook ondertekent. Meedoen kan alleen per 1 augustus, en mag niets veranderen voor leerlingen die al in de route zitten."),
    ("1", "Deze overeenkomst veranderen kan alleen op papier, getekend door beide besturen. Een verandering gaat in bij het begin van een schooljaar."),
    ("1", "De overeenkomst loopt voor onbepaalde tijd. Opzeggen kan schriftelijk, met een opzegtermijn van twaalf maanden, en alleen tegen 31 juli. Als een partij haar afspraken ernstig niet nakomt, kan de ander de overeenkomst ontbinden nadat zij die partij schriftelijk een termijn heeft gegeven om het alsnog goed te doen."),
    ("1", "Na opzeggen of ontbinden stroomt er geen nieuwe groep meer in. Wie al in de route zit, maakt die af; we houden daarvoor docenten, ruimtes en geld beschikbaar tot de laatste student klaar is of is overgestapt."),
    ("p", "Zo afgesproken en getekend in Schagen op 16 juni 2025."),
    ("sign", "Stichting Scholengroep Kop en Kroon\tStichting ROC Polderkroon"),
    ("sign", "E.W. Bakker, voorzitter CvB\tS. Kaan-Rotteveel, voorzitter CvB"),
]


@sample(257, "autonummering_teamleiders_hollands_kroon_ict_beheer", "docx",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Wat we samen aanbieden",
         "b": "Wie uit het bedrijfsleven meedoet en hoe",
         "c": "Wie de route leidt",
         "d": "Hoe de leiding de besturen op de hoogte houdt",
         "e": "Hoe het onderwijs is ingericht",
         "f": "Als de route niet past: overstappen",
         "g": "Geld",
         "h": "Inspraak van leerlingen, ouders en personeel",
         "i": "Als we het niet eens worden",
         "j": "Erbij komen, veranderen en stoppen"},
        "Plain 'we'-style agreement written by two teamleiders, DOCX whose article numbers, leden "
        "and letters come only from Word multilevel auto-numbering (numbering.xml, three levels; no "
        "number is in the text); Hollands Kroon, MVI kb -> Allround medewerker IT systems and "
        "devices niveau 3 (ICT-beheer, datacenters); fully compliant, transfer instelling->school "
        "EUR 600 per student with purpose, joint routeraad.")
def build_257(path):
    d = new_docx("Samenwerkingsovereenkomst doorlopende leerroute ICT-beheer",
                 "teamleider ICT", font="Calibri", size=10.5)
    num = add_multilevel_numbering(d, 71, 71, [
        ("decimal", "Artikel %1", 1134, 1134, True),
        ("decimal", "%1.%2", 567, 567, False),
        ("lowerLetter", "%3.", 1134, 567, False),
    ])
    bullets = add_multilevel_numbering(d, 72, 72, [("decimal", "%1.", 425, 425, False)])
    for kind, text in BODY_257:
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold, r.font.size = True, Pt(16)
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        elif kind == "sub":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.italic, r.font.size = True, Pt(11)
        elif kind == "h":
            p = d.add_paragraph(style="Heading 2")
            p.add_run(text)
            set_num(p, num, 0)
        elif kind == "1":
            p = d.add_paragraph(text)
            set_num(p, num, 1)
        elif kind == "a":
            p = d.add_paragraph(text)
            set_num(p, num, 2)
        elif kind == "b":
            p = d.add_paragraph(text)
            set_num(p, bullets, 0)
        elif kind == "sign":
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))
            p.paragraph_format.space_before = Pt(18)
            p.add_run(text)
        else:
            d.add_paragraph(text)
    save_docx(d, path)


def _check_257(path):
    z = zipfile.ZipFile(path)
    numbering = z.read("word/numbering.xml").decode()
    body = norm(docx_text(path))
    errs = []
    if 'w:abstractNumId="71"' not in numbering or "Artikel %1" not in numbering:
        errs.append("multilevel numbering missing")
    if re.search(r"Artikel \d", body):
        errs.append("article numbers found in the text")
    return errs


SAMPLES[257]["extra_check"] = _check_257


# ---- 258: DOCX with text boxes and tables inside table cells ---------------------------------
VML_SHAPETYPE = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                 'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                 '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def _xml_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_textbox(d, paragraphs, shape_id, fill="FDF2F8", stroke="B0457C", height_pt=150,
                shapetype=False):
    """Append a paragraph holding an inline VML text box. paragraphs: list of (text, bold)."""
    inner = []
    for text, bold in paragraphs:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        inner.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{rpr}'
                     f'<w:t xml:space="preserve">{_xml_text(text)}</w:t></w:r></w:p>')
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
           + (VML_SHAPETYPE if shapetype else "") +
           f'<v:shape id="{shape_id}" o:spid="_x0000_s10{shape_id[-1]}" type="#_x0000_t202" '
           f'style="width:450pt;height:{height_pt}pt;mso-fit-shape-to-text:t" '
           f'fillcolor="#{fill}" strokecolor="#{stroke}" strokeweight="1.25pt">'
           f'<v:textbox inset="8pt,6pt,8pt,6pt"><w:txbxContent>' + "".join(inner) +
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    d.element.body.insert(len(d.element.body) - 1, parse_xml(xml))


def _cell_text(cell, text, bold=False, size=None):
    p = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


ROWS_258_A = [
    ("Welke route?",
     ["De route start in leerjaar 3 van de kaderberoepsgerichte leerweg van Vakcollege De Zandberg, profiel Zorg en "
      "welzijn, met de keuzevakken Haarverzorging, Huidverzorging en Mode en styling.",
      "Ze eindigt met het vmbo-diploma kader én het mbo-diploma Kapper, niveau 3 (BOL), opleidingsdomein Uiterlijke "
      "verzorging, van ROC Kempenland. De route duurt vijf jaar; leerjaar 1 en 2 van de route zijn de vo-fase. We "
      "melden de route samen aan in RIO."]),
]

ROWS_258_B = [
    ("Wie heeft de leiding?", None),
    ("Verslag aan de besturen",
     ["Twee keer per jaar, in februari en in augustus, schrijven de routecoördinator en de opleidingsmanager samen een "
      "voortgangsverslag voor beide colleges van bestuur: aantallen leerlingen, doorstroom, uitval, resultaten, "
      "stageplaatsen en uitgaven. Elk jaar in september bespreken ze het augustusverslag met beide colleges van "
      "bestuur en leggen daar verantwoording af over het afgelopen jaar."]),
    ("Lessen, mensen en ruimtes", None),
    ("Geld",
     ["Er wordt geen bekostiging van de ene naar de andere partij overgedragen. De wederzijdse inzet van docenten en "
      "lokalen wordt niet verrekend; ieder draagt zijn eigen kosten."]),
    ("Medezeggenschap",
     ["Voor leerlingen in de vo-fase, hun ouders en het personeel van De Zandberg geldt de WMS; voor studenten in de "
      "mbo-fase de WEB en voor het personeel van ROC Kempenland de WOR. Partijen kunnen daarnaast aanvullende "
      "afspraken maken over de medezeggenschap in de route."]),
    ("Als we het oneens zijn",
     ["Eerst praten de routecoördinator en de opleidingsmanager erover. Komen zij er binnen drie weken niet uit, dan "
      "gaat het geschil naar de directeur van De Zandberg en de directeur Uiterlijke verzorging van ROC Kempenland; "
      "daarna, als het na vier weken nog niet is opgelost, naar beide colleges van bestuur. Lukt het daar binnen zes "
      "weken ook niet, dan schakelen we samen een mediator in. Zonder uitkomst van de mediation beslist de bevoegde "
      "rechter in Oost-Brabant."]),
    ("Meedoen, wijzigen, stoppen",
     ["Meedoen: een andere vmbo-school of mbo-instelling kan aansluiten als beide colleges van bestuur schriftelijk "
      "instemmen en de nieuwe partij deze overeenkomst ondertekent; aansluiten kan per 1 augustus en mag lopende "
      "groepen niet raken.",
      "Wijzigen: alleen schriftelijk, door beide colleges van bestuur getekend, met ingang van een nieuw schooljaar.",
      "Stoppen: de overeenkomst loopt voor onbepaalde tijd. Opzeggen kan schriftelijk, met twaalf maanden "
      "opzegtermijn, per 1 augustus. Bij ernstige tekortkoming kan een partij na schriftelijke ingebrekestelling "
      "ontbinden. Na opzegging of ontbinding start er geen nieuwe groep meer; wie al in de route zit, maakt haar af, "
      "en we houden daarvoor docenten en lokalen beschikbaar."]),
]


@sample(258, "tekstvakken_tabel_in_cel_kempen_kapper", "docx",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
        {"a": "Welke route?",
         "b": "Samen met de salons",
         "c": "Wie heeft de leiding?",
         "d": "Verslag aan de besturen",
         "e": "Lessen, mensen en ruimtes",
         "g": "Geld",
         "i": "Als we het oneens zijn",
         "j": "Meedoen, wijzigen, stoppen"},
        "Informal docent-coordinator agreement, DOCX built from a two-column table whose cells hold "
        "nested tables (leiding, inzet per leerjaar) plus VML text boxes (bedrijfsleven sidebar, "
        "overstap box); De Kempen, Zorg en welzijn kb -> Kapper niveau 3 (uiterlijke verzorging); "
        "defect: the overstap text box is the template remnant with brackets and dotted lines (f "
        "weak); geen overdracht; medezeggenschap only 'kunnen'.")
def build_258(path):
    d = new_docx("Samenwerkingsovereenkomst doorlopende leerroute Kapper", "routecoördinator De Zandberg",
                 font="Arial", size=10)
    p = d.add_paragraph()
    r = p.add_run("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo")
    r.bold, r.font.size = True, Pt(15)
    r.font.color.rgb = RGBColor(0xB0, 0x45, 0x7C)
    p = d.add_paragraph()
    r = p.add_run("Route Haar & Beauty Kempen: van Zorg en welzijn (kader) naar Kapper (niveau 3)")
    r.italic, r.font.size = True, Pt(11)
    d.add_paragraph(
        "Hoi! Deze overeenkomst is samengesteld door de routecoördinator van De Zandberg, samen met de "
        "opleidingsmanager van ROC Kempenland. We hebben het zo overzichtelijk mogelijk gemaakt: de afspraken staan in "
        "de tabel en in de gekleurde kaders. Alles wat hieronder staat, is door beide besturen afgesproken.")
    d.add_paragraph(
        "Partijen: Stichting Voortgezet Onderwijs De Kempen, gevestigd te Bladel, bevoegd gezag van Vakcollege De "
        "Zandberg (hierna: De Zandberg), vertegenwoordigd door mevrouw L. Verhoeven-Hems, voorzitter van het college "
        "van bestuur, en Stichting Regionaal Opleidingencentrum Kempenland, gevestigd te Veldhoven, bevoegd gezag van "
        "ROC Kempenland (hierna: het ROC), vertegenwoordigd door de heer T.P.M. van Gorp, voorzitter van het college "
        "van bestuur. Zij spreken het volgende af.")

    def make_table(rows, leiding=False, inzet=False):
        t = d.add_table(rows=0, cols=2)
        set_table_borders(t, 6, "B0457C")
        for subj, paras in rows:
            cells = t.add_row().cells
            cells[0].width, cells[1].width = Cm(4.0), Cm(12.4)
            set_cell_shading(cells[0], "F7DCEA")
            _cell_text(cells[0], subj, bold=True)
            if paras is not None:
                for i, para in enumerate(paras):
                    _cell_text(cells[1], para) if i == 0 else cells[1].add_paragraph(para)
            elif subj.startswith("Wie heeft"):
                _cell_text(cells[1], "De leiding bestaat uit twee mensen. Wie dat zijn, wie hen aanwijst en "
                                     "wat ze mogen, staat in dit schema:")
                nt = cells[1].add_table(rows=4, cols=3)
                set_table_borders(nt, 4, "999999")
                set_col_widths(nt, [3.4, 3.6, 5.0])
                data = [("Wie", "Aangewezen door", "Taken en bevoegdheden"),
                        ("Routecoördinator (docent-coördinator van De Zandberg)",
                         "het college van bestuur van De Zandberg, schriftelijk, na overleg met het ROC",
                         "dagelijkse leiding in de vo-fase; rooster; contact met ouders; toelating tot de route"),
                        ("Opleidingsmanager Uiterlijke verzorging van het ROC",
                         "het college van bestuur van het ROC, schriftelijk, na overleg met De Zandberg",
                         "dagelijkse leiding in de mbo-fase; stageplaatsen; examinering mbo"),
                        ("Samen, als routeleiding",
                         "-",
                         "opstellen PTA/OER ter vaststelling door de besturen; indelen van de docenten die de "
                         "besturen beschikbaar stellen; besteden van het routebudget tot € 8.000 per jaar. "
                         "Formatie, investeringen en wijziging van deze overeenkomst blijven bij de besturen.")]
                for ri, row in enumerate(data):
                    for ci, val in enumerate(row):
                        c = nt.cell(ri, ci)
                        _cell_text(c, val, bold=(ri == 0), size=8.5)
                        if ri == 0:
                            set_cell_shading(c, "EFEFEF")
            elif subj.startswith("Lessen"):
                _cell_text(cells[1], "Het programma, de examinering en de stages per leerjaar staan in het "
                                     "gezamenlijke PTA/OER, dat beide besturen ieder jaar vóór 1 oktober vaststellen. "
                                     "Het centraal examen vmbo is in leerjaar 2 van de route. Waar en door wie:")
                nt = cells[1].add_table(rows=4, cols=3)
                set_table_borders(nt, 4, "999999")
                set_col_widths(nt, [2.8, 4.0, 5.2])
                data = [("Leerjaar route", "Waar", "Wie geeft les"),
                        ("1 en 2 (vo-fase)", "De Zandberg, Bladel; elke woensdag in de leersalon van het ROC in "
                         "Veldhoven", "docenten Z&W van De Zandberg; twee kappersdocenten van het ROC (samen 6 uur "
                         "per week)"),
                        ("3 tot en met 5 (mbo-fase)", "ROC Kempenland, Veldhoven, en in de salons",
                         "docenten UV van het ROC; een docent van De Zandberg voor Nederlands (2 uur per week in "
                         "leerjaar 3)"),
                        ("alle jaren", "-", "één team; teambevoegdheid (art. 7.13a WVO 2020 / 9.1.12 WEB) voor "
                         "het onderdeel 'Haar, huid en styling'; iedereen blijft in dienst van de eigen werkgever")]
                for ri, row in enumerate(data):
                    for ci, val in enumerate(row):
                        c = nt.cell(ri, ci)
                        _cell_text(c, val, bold=(ri == 0), size=8.5)
                        if ri == 0:
                            set_cell_shading(c, "EFEFEF")
                cells[1].add_paragraph(
                    "Ruimtes en spullen: het ROC stelt zijn leersalon met wasunits, kappersstoelen en "
                    "materialen open voor leerlingen in de vo-fase; De Zandberg stelt het verzorgingslokaal en de "
                    "fotostudio beschikbaar voor studenten die daar een opdracht doen. Over en weer kosteloos.")
        set_col_widths(t, [4.0, 12.4])
        return t

    make_table(ROWS_258_A)
    d.add_paragraph()
    add_textbox(d, [
        ("Samen met de salons", True),
        ("Salon Haarmonie in Eersel, Kapsalon Knipwerk in Bladel en Barbershop Kempenland in Reusel doen als volgt mee "
         "aan de route:", False),
        ("- zij bieden leerlingen in de vo-fase elk jaar een meeloopweek en studenten in de mbo-fase een stageplaats "
         "(zij zijn erkend leerbedrijf);", False),
        ("- een kapper uit een van deze salons komt elke maand een gastles geven ('salon van de maand');", False),
        ("- bij de praktijkexamens in leerjaar 4 en 5 beoordeelt een kapper uit het werkveld mee;", False),
        ("- twee keer per jaar praten de salons, de regionale afdeling van de brancheorganisatie voor kappers en de "
         "routeleiding over het programma en de trends in het vak; wat daaruit komt, nemen we mee in het PTA/OER.", False),
    ], "tb1", height_pt=170, shapetype=True)
    d.add_paragraph()
    make_table(ROWS_258_B[:3])
    d.add_paragraph()
    add_textbox(d, [
        ("Overstapoptie", True),
        ("Deelnemers die deze doorlopende leerroute niet met succes afronden worden door ondergetekenden in staat "
         "gesteld om: [hier de inhoud van de overstapoptie(s) vermelden]", False),
        ("…………………………………………………………………………………………………………", False),
        ("…………………………………………………………………………………………………………", False),
    ], "tb2", fill="FFF8E1", stroke="C9A227", height_pt=90)
    d.add_paragraph()
    make_table(ROWS_258_B[3:])
    d.add_paragraph()
    d.add_paragraph("Getekend in Bladel op 2 juni 2025.")
    t = d.add_table(rows=3, cols=2)
    for ci, (a, b_, c_) in enumerate([("Stichting Voortgezet Onderwijs De Kempen", "", "L. Verhoeven-Hems, voorzitter CvB"),
                                      ("Stichting Regionaal Opleidingencentrum Kempenland", "", "T.P.M. van Gorp, voorzitter CvB")]):
        _cell_text(t.cell(0, ci), a, bold=True)
        _cell_text(t.cell(1, ci), "\n\n")
        _cell_text(t.cell(2, ci), c_)
    set_col_widths(t, [8.2, 8.2])
    save_docx(d, path)


def _check_258(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    errs = []
    if xml.count("<w:txbxContent>") != 2:
        errs.append("expected two text boxes")
    if not re.search(r"<w:tc>(?:(?!</w:tc>).)*<w:tbl>", xml, re.S):
        errs.append("no table inside a table cell")
    return errs


SAMPLES[258]["extra_check"] = _check_258


# ---- 259: DOCX with real footnotes (footnotes.xml) that carry part of the arrangements ------
FOOTNOTES_259 = {
    1: "Artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. De Instelling en de School zijn ieder zelfstandig bevoegd gezag; "
       "een interne regeling als bedoeld in artikel 2.107b, derde lid, WVO 2020 is derhalve niet aan de orde.",
    2: "Onder 'periodiek' wordt hier verstaan: per trimester een schriftelijke voortgangsrapportage, uiterlijk op 1 "
       "december, 1 april en 1 juli, en jaarlijks vóór 1 november een verantwoordingsverslag over het afgelopen "
       "schooljaar, dat in het eerstvolgende bestuurlijk overleg wordt besproken.",
    3: "Vgl. artikel 2.107k WVO 2020 en artikel 9.1.14 WEB (voorheen artikel 8.5a.15 WEB).",
    4: "Het bedrag bedraagt € 1.275 per leerling per schooljaar (prijspeil 2025), vast te stellen naar het aantal "
       "leerlingen op de teldatum 1 oktober en jaarlijks per 1 januari te indexeren met het OCW-indexcijfer voor de "
       "personele en materiële bekostiging vo.",
    5: "Als bemiddelaar treedt op een door de voorzitters van beide colleges van bestuur gezamenlijk aan te wijzen "
       "mediator die is aangesloten bij de Mediatorsfederatie Nederland; komen zij binnen twee weken niet tot "
       "overeenstemming, dan wijst de voorzitter van de Friese Onderwijsjuristenkring een mediator aan.",
    6: "Dit houdt in dat na een opzegging geen nieuwe leerlingen meer tot de Route worden toegelaten en dat "
       "deelnemers die op de datum van beëindiging aan de Route deelnemen, deze bij Partijen onder de voorwaarden van "
       "deze Overeenkomst kunnen voltooien; Partijen houden de daarvoor benodigde docenten, voorzieningen en "
       "middelen beschikbaar tot de laatste deelnemer de Route heeft voltooid of met toepassing van artikel 7 is "
       "overgestapt.",
}

BODY_259 = [
    ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO{fn:1}"),
    ("sub", "Zorg en welzijn (gemengde leerweg) – Verpleegkundige, niveau 4, met het accent Zorg in de wijk"),
    ("p", "DE ONDERGETEKENDEN:"),
    ("p", "1. Stichting Christelijk Voortgezet Onderwijs De Stellingwerven, gevestigd te Wolvega, bevoegd gezag van Vmbo "
          "De Lindehoeve, hierbij rechtsgeldig vertegenwoordigd door de heer mr. D.J. Oosterhof, voorzitter van het "
          "college van bestuur, hierna: de 'School';"),
    ("p", "2. Stichting Zorgacademie Zuidoost-Friesland, gevestigd te Heerenveen, bevoegd gezag van de gelijknamige "
          "instelling voor beroepsonderwijs, hierbij rechtsgeldig vertegenwoordigd door mevrouw A.T. Hoekstra-Visser, "
          "voorzitter van het college van bestuur, hierna: de 'Instelling';"),
    ("p", "School en Instelling hierna gezamenlijk ook: 'Partijen';"),
    ("p", "OVERWEGENDE DAT het tekort aan wijkverpleegkundigen in de Stellingwerven groot is en Partijen jongeren uit de "
          "regio een ononderbroken opleiding naar het beroep van verpleegkundige willen bieden;"),
    ("p", "KOMEN OVEREEN ALS VOLGT:"),
    ("h", "Artikel 1. Begrippen"),
    ("p", "In deze Overeenkomst wordt verstaan onder: Route: de doorlopende leerroute bedoeld in artikel 2; Deelnemer: de "
          "leerling of student die aan de Route deelneemt; Routeleider: de functionaris bedoeld in artikel 4; PTA/OER: "
          "het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de Route."),
    ("h", "Artikel 2. Voorwerp van de Overeenkomst"),
    ("p", "2.1 Partijen verzorgen met ingang van 1 augustus 2025 gezamenlijk een doorlopende leerroute die aanvangt in het "
          "derde leerjaar van de gemengde leerweg, profiel Zorg en welzijn, van de School."),
    ("p", "2.2 De Route leidt tot het diploma vmbo gemengde leerweg en het diploma van de middenkaderopleiding "
          "Verpleegkundige, niveau 4, beroepsopleidende leerweg, opleidingsdomein Zorg en welzijn, van de Instelling. "
          "Binnen de opleiding volgen Deelnemers de keuzedelen die gericht zijn op de wijkverpleging."),
    ("p", "2.3 De Route omvat zes leerjaren, waarvan de eerste twee de vo-fase vormen. Partijen melden de Route "
          "gezamenlijk aan de minister door registratie in RIO."),
    ("h", "Artikel 3. Betrokkenheid van zorgaanbieders"),
    ("p", "3.1 Partijen betrekken het zorgveld bij de invulling van de Route via Thuiszorg De Linde, Wijkzorg Stellingwerven "
          "en Zorggroep Lindevallei (hierna: de zorgpartners), alsmede het sociaal wijkteam van de gemeente "
          "Weststellingwerf."),
    ("p", "3.2 De zorgpartners (a) bieden Deelnemers in de vo-fase jaarlijks vier meeloopdagen met een wijkverpleegkundige, "
          "(b) verzorgen als erkend leerbedrijf de beroepspraktijkvorming in de mbo-fase, (c) verzorgen per leerjaar ten "
          "minste drie gastcolleges en (d) leveren een praktijkbeoordelaar bij de examens in het skillslab."),
    ("p", "3.3 Een zorgtafel, bestaande uit een vertegenwoordiger van iedere zorgpartner, de Routeleider en een "
          "praktijkopleider, adviseert tweemaal per jaar over het programma en de keuzedelen."),
    ("h", "Artikel 4. Leiding over de Route"),
    ("p", "4.1 De leiding over de Route berust bij een Routeleider, bijgestaan door een routeoverleg waarin de "
          "afdelingsleider bovenbouw van de School en de opleidingsmanager Verpleegkunde van de Instelling zitting hebben."),
    ("p", "4.2 De Routeleider wordt na een gezamenlijke selectieprocedure door de colleges van bestuur van beide Partijen "
          "gezamenlijk benoemd, voor een termijn van vier jaar. De leden van het routeoverleg worden door hun eigen "
          "college van bestuur aangewezen."),
    ("p", "4.3 De colleges van bestuur dragen aan de Routeleider op: de dagelijkse leiding over de Route; het opstellen "
          "van het jaarplan en het jaarrooster; het voorbereiden van het PTA/OER; de inzet van het personeel dat Partijen "
          "voor de Route beschikbaar stellen; het beheer van het routebudget. De Routeleider is bevoegd verplichtingen "
          "aan te gaan tot een bedrag van € 10.000 per geval; besluiten daarboven en besluiten over formatie en "
          "wijziging van de Route zijn voorbehouden aan de colleges van bestuur."),
    ("h", "Artikel 5. Inlichtingen en verantwoording"),
    ("p", "5.1 De Routeleider verstrekt beide colleges van bestuur periodiek{fn:2} schriftelijk inlichtingen over de "
          "instroom, doorstroom en uitval van Deelnemers, de examenresultaten, de inzet van personeel en de besteding van "
          "middelen, en legt daarover verantwoording af."),
    ("p", "5.2 Tweemaal per jaar vindt bestuurlijk overleg plaats tussen de colleges van bestuur, waarin de Routeleider "
          "rapporteert."),
    ("h", "Artikel 6. Inrichting van de Route"),
    ("p", "6.1 De vo-fase wordt verzorgd in het gebouw van de School te Wolvega; Deelnemers volgen daarnaast wekelijks "
          "praktijkonderwijs in het skillslab van de Instelling te Heerenveen. De mbo-fase wordt verzorgd op de "
          "locatie Heerenveen van de Instelling en bij de zorgpartners."),
    ("p", "6.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar worden beschreven in het "
          "PTA/OER, dat jaarlijks vóór 1 oktober door beide colleges van bestuur wordt vastgesteld. Het centraal examen "
          "vmbo wordt afgenomen in het tweede leerjaar van de Route."),
    ("p", "6.3 Partijen zetten één docententeam in. De Instelling stelt in de vo-fase per groep twee docenten verpleegkunde "
          "beschikbaar voor samen acht lesuren per week; de School stelt in het derde leerjaar een docent biologie "
          "beschikbaar voor drie lesuren per week. Voor het vakoverstijgende onderdeel 'Gezondheid in de wijk' wordt "
          "gebruikgemaakt van de teambevoegdheid (artikel 7.13a WVO 2020; artikel 9.1.12 WEB). Personeelsleden blijven "
          "in dienst van hun eigen werkgever."),
    ("p", "6.4 De Instelling stelt het skillslab met oefenbedden, simulatiepoppen en medische hulpmiddelen ter beschikking; "
          "de School stelt haar praktijklokaal zorg en het open leercentrum ter beschikking."),
    ("p", "6.5 De klachtenregeling van ieder der Partijen is mede van toepassing op gedragingen van personeel van de "
          "andere Partij in het kader van de Route."),
    ("h", "Artikel 7. Overstapoptie{fn:3}"),
    ("p", "7.1 Een Deelnemer die de Route in de vo-fase verlaat, vervolgt zijn opleiding in de reguliere gemengde leerweg "
          "van de School, in het profiel Zorg en welzijn of een ander profiel, en wordt naar het vmbo-diploma begeleid."),
    ("p", "7.2 Een Deelnemer die aan het einde van het derde leerjaar het vmbo-diploma niet heeft behaald, kan bij de "
          "Instelling de opleiding Verpleegkundige of een andere opleiding op niveau 4 voortzetten zonder dat de "
          "vooropleidingseisen van toepassing zijn; de School stelt hem in de gelegenheid het vmbo-examen alsnog af te "
          "leggen."),
    ("p", "7.3 Blijkt niveau 4 niet haalbaar, dan kan de Deelnemer overstappen naar de opleiding Verzorgende-IG, niveau 3, "
          "bij de Instelling. Wenst hij een andere richting, dan zoeken Partijen een opleiding op hetzelfde niveau bij de "
          "Instelling of, na een geschiktheidsonderzoek, bij een andere instelling in de regio."),
    ("p", "7.4 School en Instelling stellen gezamenlijk vast welke overstap passend is, op grond van het bereikte "
          "onderwijsniveau en de leeftijd van de Deelnemer en na overleg met de Deelnemer en diens ouders. Het oordeel "
          "wordt binnen vier weken schriftelijk meegedeeld."),
    ("h", "Artikel 8. Overdracht van bekostiging"),
    ("p", "8.1 De School draagt met toepassing van artikel 5.42a WVO 2020 voor iedere Deelnemer in de vo-fase een deel van "
          "haar bekostiging over aan de Instelling.{fn:4}"),
    ("p", "8.2 De overgedragen middelen zijn bestemd voor de inzet van docenten verpleegkunde van de Instelling in de "
          "vo-fase en voor het gebruik van het skillslab, bedoeld in artikel 6."),
    ("p", "8.3 In de mbo-fase vindt geen overdracht plaats."),
    ("h", "Artikel 9. Medezeggenschap"),
    ("p", "9.1 Partijen komen aanvullend op de WMS, de WEB en de WOR overeen dat een voorstel tot wijziging van de Route "
          "ter advisering wordt voorgelegd aan zowel de medezeggenschapsraad van de School als de studentenraad van de "
          "Instelling, en dat de studentenraad daarbij ook adviseert over de vo-fase."),
    ("p", "9.2 De personeelsgeleding van de medezeggenschapsraad van de School en de ondernemingsraad van de Instelling "
          "voeren jaarlijks gezamenlijk overleg met de Routeleider over de inzet van personeel in de Route."),
    ("h", "Artikel 10. Geschillen"),
    ("p", "10.1 Geschillen tussen Partijen over de uitvoering van deze Overeenkomst worden eerst in het routeoverleg en "
          "vervolgens in het bestuurlijk overleg besproken."),
    ("p", "10.2 Is een geschil niet binnen acht weken na schriftelijke melding opgelost, dan leggen Partijen het voor aan "
          "een mediator.{fn:5} Leidt de mediation niet binnen drie maanden tot overeenstemming, dan wordt het geschil "
          "beslecht door de bevoegde rechter van de rechtbank Noord-Nederland."),
    ("h", "Artikel 11. Toetreding, wijziging en beëindiging"),
    ("p", "11.1 Een andere school of instelling voor beroepsonderwijs kan tot deze Overeenkomst toetreden met schriftelijke "
          "instemming van Partijen, door ondertekening van een toetredingsverklaring, met ingang van 1 augustus van enig "
          "jaar. De toetreding wordt in RIO gemeld."),
    ("p", "11.2 Deze Overeenkomst kan slechts schriftelijk en met instemming van alle Partijen worden gewijzigd; een "
          "wijziging treedt in werking bij de aanvang van een schooljaar."),
    ("p", "11.3 Deze Overeenkomst is aangegaan voor onbepaalde tijd. Iedere Partij kan haar schriftelijk opzeggen tegen 1 "
          "augustus, met inachtneming van een opzegtermijn van twaalf maanden. Ontbinding wegens tekortkoming is slechts "
          "mogelijk na schriftelijke ingebrekestelling."),
    ("p", "11.4 Opzegging en ontbinding laten de rechten van Deelnemers onverlet.{fn:6}"),
    ("p", "Aldus overeengekomen en in tweevoud getekend te Heerenveen op 10 juni 2025."),
    ("sign", "Stichting Christelijk Voortgezet Onderwijs De Stellingwerven\tStichting Zorgacademie Zuidoost-Friesland"),
    ("sign", "mr. D.J. Oosterhof\tA.T. Hoekstra-Visser"),
]

_FN_REL = ('<Relationship Id="rIdFootnotes1" '
           'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
           'Target="footnotes.xml"/>')
_FN_CT = ('<Override PartName="/word/footnotes.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')


def footnotes_xml(notes):
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{w}">',
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for nid in sorted(notes):
        parts.append(
            f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:spacing w:after="0"/><w:rPr><w:sz w:val="17"/></w:rPr></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="17"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve"> {_xml_text(notes[nid])}</w:t></w:r>'
            f'</w:p></w:footnote>')
    parts.append("</w:footnotes>")
    return "".join(parts).encode("utf8")


def add_text_with_footnotes(par, text, bold=False, size=None):
    for chunk in re.split(r"(\{fn:\d+\})", text):
        m = re.match(r"\{fn:(\d+)\}", chunk)
        if m:
            run = par.add_run()
            rpr = run._r.get_or_add_rPr()
            va = OxmlElement("w:vertAlign")
            va.set(qn("w:val"), "superscript")
            rpr.append(va)
            ref = OxmlElement("w:footnoteReference")
            ref.set(qn("w:id"), m.group(1))
            run._r.append(ref)
        elif chunk:
            r = par.add_run(chunk)
            r.bold = bold
            if size:
                r.font.size = Pt(size)


@sample(259, "voetnoten_bestuursjurist_stellingwerven_wijkverpleging", "docx",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Artikel 2. Voorwerp van de Overeenkomst",
         "b": "Artikel 3. Betrokkenheid van zorgaanbieders",
         "c": "Artikel 4. Leiding over de Route",
         "d": "Artikel 5. Inlichtingen en verantwoording",
         "e": "Artikel 6. Inrichting van de Route",
         "f": "Artikel 7. Overstapoptie",
         "g": "Artikel 8. Overdracht van bekostiging",
         "h": "Artikel 9. Medezeggenschap",
         "i": "Artikel 10. Geschillen",
         "j": "Artikel 11. Toetreding, wijziging en beëindiging"},
        "Bestuursjurist-style agreement with defined capitalised terms, DOCX with real Word "
        "footnotes (footnotes.xml) that carry core parts of arrangements: the reporting frequency "
        "(d), the per-pupil amount of the transfer (g, omvang only in the footnote), the mediator "
        "appointment (i) and the cohort protection (j); Stellingwerven, Zorg en welzijn gl -> "
        "Verpleegkundige niveau 4 (zorg in de wijk); fully compliant when footnotes are read.")
def build_259(path):
    d = new_docx("Samenwerkingsovereenkomst DLR Verpleegkundige Stellingwerven", "mr. B. de Vries, bestuursjurist",
                 font="Georgia", size=10)
    for kind, text in BODY_259:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text_with_footnotes(p, text, bold=True, size=13)
        elif kind == "sub":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.italic = True
        elif kind == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            add_text_with_footnotes(p, text, bold=True)
        elif kind == "sign":
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(8.8))
            p.paragraph_format.space_before = Pt(20)
            p.add_run(text).font.size = Pt(9)
        else:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_text_with_footnotes(p, text)
    save_docx(d, path, add={"word/footnotes.xml": footnotes_xml(FOOTNOTES_259)},
              patch={"word/_rels/document.xml.rels": lambda b: b.replace(b"</Relationships>", _FN_REL.encode() + b"</Relationships>"),
                     "[Content_Types].xml": lambda b: b.replace(b"</Types>", _FN_CT.encode() + b"</Types>")})


def _check_259(path):
    z = zipfile.ZipFile(path)
    doc = z.read("word/document.xml").decode()
    errs = []
    if "word/footnotes.xml" not in z.namelist() or doc.count("<w:footnoteReference") != len(FOOTNOTES_259):
        errs.append("footnotes missing")
    body = norm(re.sub(r"<[^>]+>", " ", doc))
    if "1.275" in body or "1.275" not in norm(docx_text(path)):
        errs.append("the omvang must sit only in a footnote")
    return errs


SAMPLES[259]["extra_check"] = _check_259


# ---- 260: TXT exported from a PDF (hard line breaks, hyphenation, running headers, form feeds)
TEXT_260 = (
    "Samenwerkingsovereenkomst DLR AV-specialist                          Arnhem, 23 mei 2025\n"
    "\n"
    "\n"
    "          SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE\n"
    "             Media, vormgeving en ICT  -  AV-specialist\n"
    "\n"
    "Wij, Stichting Vmbo Rijnboog te Arnhem, bevoegd gezag van het Media- en Techniek-\n"
    "college Rijnboog (hierna: de school), vertegenwoordigd door directeur-bestuurder\n"
    "drs. F. Ouazzani, en Stichting ROC Zoomland te Arnhem, bevoegd gezag van ROC Zoom-\n"
    "land (hierna: het ROC), vertegenwoordigd door de voorzitter van het college van be-\n"
    "stuur, mevrouw I.M. Lammers, spreken het volgende af.\n"
    "\n"
    "1. De route\n"
    "Vanaf 1 augustus 2025 verzorgen wij samen een doorlopende leerroute vmbo-mbo. Deze\n"
    "begint in leerjaar 3 van de gemengde en de theoretische leerweg, profiel Media, vorm-\n"
    "geving en ICT, en leidt tot het vmbo-diploma en het mbo-diploma AV-specialist, ni-\n"
    "veau 4 (BOL), opleidingsdomein ICT en creatieve industrie. De route duurt zes jaar;\n"
    "de eerste twee jaar zijn de vo-fase. Wij melden de route samen in RIO.\n"
    "\n"
    "2. Werkveld\n"
    "Wij streven ernaar bedrijven uit de Arnhemse media- en evenementensector bij de\n"
    "route te betrekken, bijvoorbeeld voor stages en gastlessen. Hoe dat precies vorm\n"
    "krijgt, werken wij in het eerste jaar van de route uit.\n"
    "\n"
    "3. Leiding\n"
    "De leiding ligt bij de routecoördinator van de school en de opleidingsmanager AV\n"
    "van het ROC. Ieder wordt schriftelijk aangewezen door het eigen college van bestuur.\n"
    "Samen stellen zij het rooster vast, zetten zij de docenten in die de besturen be-\n"
    "schikbaar stellen en bereiden zij het PTA/OER voor; de besturen stellen het vast.\n"
    "Over formatie en over wijziging van de route beslissen de besturen zelf.\n"
    "\n"
    "4. Verslag\n"
    "De routecoördinator en de opleidingsmanager sturen beide besturen in januari en in\n"
    "juli een kort schriftelijk verslag over aantallen, uitval, resultaten en bijzonder-\n"
    "heden. Elk jaar in september leggen zij in een overleg met beide besturen verant-\n"
    "woording af over het afgelopen schooljaar.\n"
    "\n"
    "5. Onderwijs, mensen en ruimtes\n"
    "De vo-fase is in het gebouw van de school aan de Rijnkade; op dinsdag werken de leer-\n"
    "lingen in de tv-studio en de geluidsstudio van het ROC. De mbo-fase is op de locatie\n"
    "Arnhem-Zuid van het ROC. Programma, examinering en stages per leerjaar staan in het\n"
    "gezamenlijke PTA/OER, dat de besturen vóór 1 oktober vaststellen. Het ROC zet in de\n"
    "vo-fase twee docenten AV in voor zes uur per week; de school zet in het derde jaar\n"
    "een docent Engels in. Voor het onderdeel 'Licht, beeld en geluid' werken wij met\n"
    "teambevoegdheid (art. 7.13a WVO 2020, art. 9.1.12 WEB). Iedereen blijft in dienst\n"
    "van de eigen werkgever. De school stelt haar mediaruimte open voor studenten uit\n"
    "de mbo-fase.\n"
    "\n"
    "                                                                   pagina 1 van 2\n"
    "\f"
    "Samenwerkingsovereenkomst DLR AV-specialist                          Arnhem, 23 mei 2025\n"
    "\n"
    "\n"
    "6. Overstap\n"
    "Wie in de vo-fase stopt, maakt het vmbo in de eigen leerweg bij de school af. Wie\n"
    "na het derde jaar geen vmbo-diploma heeft, kan bij het ROC verder in AV-specialist of\n"
    "een andere opleiding op niveau 4, zonder vooropleidingseisen, en haalt het vmbo-exa-\n"
    "men alsnog of doet het examenjaar over. Past de richting of het niveau niet, dan\n"
    "zoeken wij een passende opleiding op hetzelfde of een lager niveau, bij het ROC of\n"
    "elders in de regio. De school en het ROC beslissen hierover samen, na een gesprek\n"
    "met de leerling en zijn ouders, en kijken daarbij naar het bereikte niveau en de\n"
    "leeftijd.\n"
    "\n"
    "7. Geschillen\n"
    "Zijn wij het over de uitvoering oneens, dan praten eerst de directeuren, daarna de\n"
    "besturen. Is het geschil na zes weken niet opgelost, dan vragen wij bindend advies\n"
    "aan een onafhankelijke deskundige die de besturen samen aanwijzen.\n"
    "\n"
    "8. Toetreden, wijzigen, opzeggen\n"
    "Een andere school of mbo-instelling kan per 1 augustus meedoen als beide besturen\n"
    "schriftelijk instemmen en zij deze overeenkomst ondertekent. Wijzigen gaat schrif-\n"
    "telijk, door beide besturen. Opzeggen kan schriftelijk met een termijn van een jaar,\n"
    "tegen 1 augustus. Na opzegging start er geen nieuwe groep; wie al in de route zit,\n"
    "maakt haar af.\n"
    "\n"
    "Arnhem, 23 mei 2025\n"
    "\n"
    "Stichting Vmbo Rijnboog                       Stichting ROC Zoomland\n"
    "drs. F. Ouazzani, directeur-bestuurder        I.M. Lammers, voorzitter CvB\n"
    "\n"
    "                                                                   pagina 2 van 2\n"
)


@sample(260, "pdf_export_tekst_zeer_kort_arnhem_av_specialist", "txt",
        {"a": "present", "b": "weak", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "missing", "h": "not_applicable", "i": "present", "j": "present"},
        {"a": "1. De route", "c": "3. Leiding", "d": "4. Verslag",
         "e": "5. Onderwijs, mensen en ruimtes", "f": "6. Overstap", "i": "7. Geschillen",
         "j": "8. Toetreden, wijzigen, opzeggen"},
        "Very short directeur-style agreement as plain text exported from a PDF (hard line breaks, "
        "hyphenated words, running header, 'pagina x van 2' footers, form feed); Arnhem, MVI gl/tl "
        "-> AV-specialist niveau 4; defects: bedrijfsleven only an intention with deferral (b "
        "weak) and nothing at all about finances (g missing); silent on medezeggenschap.")
def build_260(path):
    Path(path).write_text(TEXT_260, encoding="utf8")


def _check_260(path):
    t = Path(path).read_text(encoding="utf8")
    errs = []
    if "\f" not in t or "-\n" not in t:
        errs.append("no form feed / hyphenation")
    if re.search(r"bekostig|kosten|budget|€|\bEUR\b|financ|geld", t, re.I):
        errs.append("finances mentioned")
    return errs


SAMPLES[260]["extra_check"] = _check_260


# === END SAMPLES ===


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def extract_text(path):
    if path.suffix == ".pdf":
        return "\n".join(pdf_text_pages(path))
    if path.suffix == ".docx":
        return docx_text(path)
    return path.read_text(encoding="utf8")


def build(nums):
    for n in nums:
        s = SAMPLES[n]
        path = OUT / f"{s['name']}.{s['ext']}"
        s["build"](path)
        (OUT / f"{s['name']}.expected.json").write_text(expected_json(s), encoding="utf8")
        print(f"built {path.name} ({path.stat().st_size} bytes)")


def check():
    ok = True
    fmt = {}
    for n in sorted(SAMPLES):
        s = SAMPLES[n]
        path = OUT / f"{s['name']}.{s['ext']}"
        errs = []
        if not path.exists():
            print(f"FAIL {path.name}: missing")
            ok = False
            continue
        fmt[s["ext"]] = fmt.get(s["ext"], 0) + 1
        size = path.stat().st_size
        if size >= 200 * 1024:
            errs.append(f"too large ({size} bytes)")
        try:
            text = norm(extract_text(path))
        except Exception as e:  # noqa: BLE001
            errs.append(f"does not open: {e}")
            text = ""
        if path.suffix == ".docx":
            try:
                docx.Document(str(path))
            except Exception as e:  # noqa: BLE001
                errs.append(f"python-docx cannot open: {e}")
        for item, ev in s["evidence"].items():
            if s["statuses"].get(item) != "present":
                errs.append(f"evidence for non-present item {item}")
            if norm(ev) not in text:
                errs.append(f"evidence {item}={ev!r} not in text")
        if set(s["statuses"]) != set("abcdefghij"):
            errs.append("statuses must cover a-j")
        for v in s["statuses"].values():
            if v not in ("present", "weak", "missing", "not_applicable"):
                errs.append(f"bad status {v}")
        ej = OUT / f"{s['name']}.expected.json"
        if not ej.exists() or ej.read_text(encoding="utf8") != expected_json(s):
            errs.append("expected.json differs from the script's table")
        extra = s.get("extra_check")
        if extra:
            errs.extend(extra(path))
        if errs:
            ok = False
            for e in errs:
                print(f"FAIL {path.name}: {e}")
        else:
            print(f"ok   {path.name} ({size} bytes, {len(text.split())} words)")
    print("formats:", fmt)
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES or not 253 <= n <= 260:
            sys.exit(f"unknown sample {n}")
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
