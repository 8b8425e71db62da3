#!/usr/bin/env python3
"""Build held-out sample agreements h145-h152 for leerroute-check.

Written by an independent helper session acting as author of labelled test data. The texts were
composed from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie, /work/shared/seeds), /work/shared/domain.md and sample_agreements/LABELS.md only,
without looking at checker code, models, tests, benchmarks or the texts/build scripts of any other
sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout10b.py            build all samples
    python3 build_heldout10b.py 145 150    build only these numbers
    python3 build_heldout10b.py --check    open every produced file and verify it
"""

import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(num, slug, ext, description, statuses, evidence):
    """Register a builder function for sample h<num>_<slug>.<ext>."""
    assert set(statuses) == set("abcdefghij"), num
    for k in evidence:
        assert statuses[k] == "present", (num, k)

    def deco(fn):
        SAMPLES[num] = dict(name="h%d_%s" % (num, slug), ext=ext, fn=fn, description=description,
                            statuses=statuses, evidence=evidence)
        return fn
    return deco


def st(s):
    """'ppwmpp...' -> statuses dict (p present, w weak, m missing, n not_applicable)."""
    m = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    assert len(s) == 10
    return {k: m[c] for k, c in zip("abcdefghij", s)}


# ----------------------------------------------------------------------------------------------
# PDF helpers (reportlab, invariant output)
# ----------------------------------------------------------------------------------------------

def _pdf_imports():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)
    return locals()


def pdf_styles(base_font="Helvetica", size=10, leading=13.5):
    R = _pdf_imports()
    PS = R["ParagraphStyle"]
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base_font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[base_font]
    s = {}
    s["body"] = PS("body", fontName=base_font, fontSize=size, leading=leading, spaceAfter=5)
    s["small"] = PS("small", fontName=base_font, fontSize=size - 1.5, leading=leading - 2, spaceAfter=3)
    s["ital"] = PS("ital", fontName=ital, fontSize=size - 1, leading=leading - 1, spaceAfter=4)
    s["title"] = PS("title", fontName=bold, fontSize=size + 6, leading=size + 10, spaceAfter=8,
                    alignment=1)
    s["subtitle"] = PS("subtitle", fontName=base_font, fontSize=size + 1, leading=leading + 2,
                       spaceAfter=10, alignment=1)
    s["h1"] = PS("h1", fontName=bold, fontSize=size + 3, leading=size + 6, spaceBefore=10,
                 spaceAfter=5, keepWithNext=1)
    s["h2"] = PS("h2", fontName=bold, fontSize=size + 1, leading=size + 4, spaceBefore=8,
                 spaceAfter=4, keepWithNext=1)
    s["bullet"] = PS("bullet", parent=s["body"], leftIndent=16, bulletIndent=4, spaceAfter=3)
    s["indent"] = PS("indent", parent=s["body"], leftIndent=18, firstLineIndent=-18)
    s["cell"] = PS("cell", fontName=base_font, fontSize=size - 1, leading=leading - 1.5)
    s["cellb"] = PS("cellb", fontName=bold, fontSize=size - 1, leading=leading - 1.5)
    s["toc"] = PS("toc", fontName=base_font, fontSize=size, leading=leading + 1, leftIndent=10)
    return s


def P(text, style):
    """Paragraph from plain text (escaped); **x** becomes bold, __x__ italic."""
    R = _pdf_imports()
    t = escape(text)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"__(.+?)__", r"<i>\1</i>", t)
    t = t.replace("\n", "<br/>")
    return R["Paragraph"](t, style)


def make_pdf(flowables, title, author, header=None, footer=None, margins=(22, 22, 24, 22),
             toc_levels=None):
    """Render flowables to PDF bytes. header/footer: fn(canvas, page, total) drawing decorations."""
    R = _pdf_imports()
    from reportlab.pdfgen import canvas as rl_canvas
    mm = R["mm"]

    class DecoCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            kw["invariant"] = 1
            rl_canvas.Canvas.__init__(self, *a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for st_ in self._saved:
                self.__dict__.update(st_)
                page = self._pageNumber
                if header:
                    header(self, page, total)
                if footer:
                    footer(self, page, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    buf = io.BytesIO()
    top, right, bottom, left = margins

    class Doc(R["SimpleDocTemplate"]):
        def afterFlowable(self, fl):
            if toc_levels and hasattr(fl, "style") and fl.style.name in toc_levels:
                self.notify("TOCEntry", (toc_levels[fl.style.name], fl.getPlainText(), self.page))

    doc = Doc(buf, pagesize=R["A4"], title=title, author=author,
              creator="Microsoft Word", subject="", invariant=1,
              topMargin=top * mm, rightMargin=right * mm,
              bottomMargin=bottom * mm, leftMargin=left * mm)
    if toc_levels:
        doc.multiBuild(list(flowables), canvasmaker=DecoCanvas)
    else:
        doc.build(list(flowables), canvasmaker=DecoCanvas)
    return buf.getvalue()


def pdf_table(rows, col_widths, style_cmds=None, font_style=None, bold_first_col=False,
              header_row=False, grid=True):
    R = _pdf_imports()
    colors = R["colors"]
    s = pdf_styles()
    cs = font_style or s["cell"]
    data = []
    for i, row in enumerate(rows):
        out = []
        for j, c in enumerate(row):
            if isinstance(c, str):
                sty = s["cellb"] if ((bold_first_col and j == 0) or (header_row and i == 0)) else cs
                out.append(P(c, sty))
            else:
                out.append(c)
        data.append(out)
    t = R["Table"](data, colWidths=col_widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
    t.setStyle(R["TableStyle"](cmds + (style_cmds or [])))
    t.spaceBefore = 2
    t.spaceAfter = 6
    return t


# ----------------------------------------------------------------------------------------------
# DOCX helpers (python-docx + raw XML, deterministic zip)
# ----------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_new(font="Calibri", size=11):
    from docx import Document
    from docx.shared import Pt, Mm
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(22)
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    return d


def docx_finish(d, title, author):
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
    return rezip(buf.getvalue())


def rezip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            if name == "docProps/thumbnail.jpeg":
                continue
            content = zin.read(name)
            if name == "[Content_Types].xml":
                content = content.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            if name == "_rels/.rels":
                content = re.sub(rb'<Relationship [^>]*thumbnail\.jpeg"/>', b"", content)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, content)
    return out.getvalue()


def xesc(t):
    return escape(t)


def run_xml(text, bold=False, italic=False, size=None, deleted=False):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if size:
        rpr += '<w:sz w:val="%d"/>' % int(size * 2)
    rpr = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    tag = "w:delText" if deleted else "w:t"
    return '<w:r>%s<%s xml:space="preserve">%s</%s></w:r>' % (rpr, tag, xesc(text), tag)


def body_append(d, xml):
    from docx.oxml import parse_xml
    el = parse_xml(xml)
    body = d.element.body
    last = body[-1]
    if last.tag.endswith("}sectPr"):
        last.addprevious(el)
    else:
        body.append(el)
    return el


def p_xml(inner, style=None, jc=None, spacing_after=None, ind_left=None):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if spacing_after is not None:
        ppr += '<w:spacing w:after="%d"/>' % spacing_after
    if ind_left is not None:
        ppr += '<w:ind w:left="%d"/>' % ind_left
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    ppr = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
    return '<w:p xmlns:w="%s">%s%s</w:p>' % (W_NS, ppr, inner)


def docx_text(path):
    """Visible text of a DOCX: w:t (incl. inserted and text-box text), not w:delText."""
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
    out = []
    for n in sorted(parts):
        x = z.read(n).decode("utf-8")
        x = re.sub(r"<w:tab/>|<w:br/>", " ", x)
        x = re.sub(r"</w:p>", "\n", x)
        x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
        texts = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>|(\n)", x, flags=re.S)
        out.append("".join(a if a else b for a, b in texts))
    import html
    return html.unescape("\n".join(out))


# ----------------------------------------------------------------------------------------------
# h145 - letter by a small-town director (TXT)
# ----------------------------------------------------------------------------------------------

@sample(145, "directeursbrief_kok_coevorden", "txt",
        "Brief van een directeur-bestuurder uit Coevorden aan het ROC, als overeenkomst 'voor akkoord' "
        "getekend; TXT; horeca kb -> Zelfstandig werkend kok niveau 3; gebreken: geen woord over geld of "
        "bekostiging (g missing), onenigheid alleen 'in goed overleg' (i weak); medezeggenschap niet "
        "genoemd.",
        st("ppppppmnwp"),
        {"a": "Wat we samen aanbieden", "b": "Wie er uit het horecavak meedoet",
         "c": "Wie de route leidt", "d": "Hoe wij op de hoogte blijven",
         "e": "Waar en door wie er les wordt gegeven", "f": "Als de route niet past",
         "j": "Als er iets verandert"})
def build_145():
    return """VESTINGCOLLEGE COEVORDEN
vmbo basis, kader en gemengd - onderdeel van Stichting Openbaar Voortgezet Onderwijs Vestingstad
Bastionweg 12, 7741 KV Coevorden

Stichting ROC Esland
t.a.v. mevrouw drs. M. Hofstee, lid college van bestuur
Postbus 3010
7800 GA Emmen

Coevorden, 12 mei 2025
Ons kenmerk: dir/2025-041
Onderwerp: onze afspraken over de doorlopende leerroute koken (vmbo kader - mbo niveau 3)


Beste Margriet,

Na drie goede gesprekken dit voorjaar, het laatste op 24 april bij jullie in restaurant De Proeverij,
zet ik hieronder op papier wat wij samen hebben afgesproken over de doorlopende leerroute voor onze
kaderleerlingen horeca. Ik schrijf namens het bestuur van Stichting Openbaar Voortgezet Onderwijs
Vestingstad, het bevoegd gezag van het Vestingcollege; ik ben daarvan de directeur-bestuurder. Als jij
je namens het college van bestuur van Stichting ROC Esland in deze brief herkent, teken dan het tweede
exemplaar en stuur het mij terug. Deze brief is dan, met onze beide handtekeningen eronder, de
samenwerkingsovereenkomst die de wet van ons vraagt. Ik heb geprobeerd het in gewone woorden te
houden; de juristen mogen het mij vergeven.


1. Wat we samen aanbieden

Leerlingen die aan het eind van het tweede jaar bij ons kiezen voor het profiel Horeca, bakkerij en
recreatie in de kaderberoepsgerichte leerweg, kunnen vanaf leerjaar 3 kiezen voor een doorgaande
route naar de mbo-opleiding Zelfstandig werkend kok (niveau 3, opleidingsdomein Horeca en bakkerij,
beroepsopleidende leerweg) van ROC Esland. Routejaar 1 en 2 zijn onze leerjaren 3 en 4; routejaar 3,
4 en 5 volgen de leerlingen bij jullie in Emmen. Het vmbo-diploma halen zij uiterlijk in routejaar 3.
De eerste groep begint op 1 augustus 2025. Wij melden de route samen aan bij DUO.


2. Wie er uit het horecavak meedoet

Zes bedrijven uit Coevorden en omgeving hebben ons schriftelijk toegezegd mee te doen: Hotel-restaurant
De Vesting, Brasserie Het Bastion, Eetcafé De Drie Provinciën in Dalen, de keuken van zorgcentrum
Het Holtinghof, Partycentrum Aelderholt en cateraar Smaak van Drenthe. Zij zijn alle zes erkend
leerbedrijf. Wat zij doen:
- zij bieden onze leerlingen in routejaar 2 een snuffelstage van een week en vanaf routejaar 3
  stageplaatsen (bpv) aan;
- hun chefs geven ieder blok een gastles of masterclass in onze leskeuken;
- twee chefs zitten in de proeverijjury die de praktijkexamens in routejaar 2 en 3 mee beoordeelt;
- twee keer per jaar, in oktober en maart, houden wij een 'keukentafel' waar de ondernemers, de
  docenten van beide scholen en de routecoördinator samen naar het programma kijken; wat de ondernemers
  daar aanraden, neemt het routeteam mee in het programma van het jaar daarop.
De teamleider Horeca van ROC Esland houdt het contact met de bedrijven bij en zoekt vervanging als een
bedrijf stopt.


3. Wie de route leidt

De dagelijkse leiding ligt bij een routeteam van drie mensen: de afdelingsleider bovenbouw van het
Vestingcollege, de teamleider Horeca van ROC Esland en een routecoördinator. Ik wijs onze
afdelingsleider aan, jij jullie teamleider; de routecoördinator benoemen wij samen, telkens voor twee
schooljaren, na een gesprek met de beide andere teamleden.
Het routeteam stelt het rooster en het lesprogramma per routejaar vast, besluit over de toelating van
leerlingen tot de route, plaatst leerlingen op stages en verdeelt de lessen over de docenten die wij
daarvoor beschikbaar stellen. Over het veranderen van deze afspraken, over het aannemen van personeel
en over het stoppen met de route beslist het routeteam niet; dat blijft bij ons tweeën.


4. Hoe wij op de hoogte blijven

Het routeteam stuurt jou en mij twee keer per jaar, in januari en in juni, een korte voortgangsnotitie:
hoeveel leerlingen er in de route zitten, wie er is gestopt of overgestapt en waarom, hoe de examens
zijn gegaan en wat het team nodig heeft. In juli schuift het routeteam aan bij ons jaarlijkse overleg
van de beide besturen en legt daar verantwoording af over het afgelopen schooljaar; van dat overleg
maakt het een verslag dat wij allebei vaststellen. Tussendoor meldt het routeteam ons meteen als er
iets misgaat dat niet tot de volgende notitie kan wachten.


5. Waar en door wie er les wordt gegeven

Routejaar 1 en 2 worden gegeven in ons gebouw aan de Bastionweg. In routejaar 2 gaan de leerlingen
een dag per week naar de leskeukens van ROC Esland in Emmen; vanaf routejaar 3 zijn zij daar volledig.
Het programma en de examens per routejaar - welke onderdelen vmbo zijn, welke mbo en welke samen - staan
in een gezamenlijk PTA/OER, dat het routeteam elk jaar voor 1 juli opstelt en dat wij allebei
vaststellen.
Wat de mensen betreft: twee koksdocenten van het ROC geven vanaf routejaar 1 vier uur per week
praktijkles in onze leskeuken, en onze docent consumptief werkt in routejaar 3 een dag per week mee in
het keukenteam van het ROC. Voor de praktijkvakken werken zij als een team; ieder blijft
verantwoordelijk voor het deel waarvoor hij of zij bevoegd is en iedereen blijft in dienst van de eigen
werkgever.
Wat de ruimtes betreft: onze leskeuken en ons schoolwinkeltje zijn op dinsdag en donderdag beschikbaar
voor het ROC; jullie restaurant De Proeverij en de bakkerijwerkplaats zijn op vrijdag beschikbaar voor
onze leerlingen.
Klaagt een leerling over een docent van de andere school, dan behandelen wij de klacht volgens de
klachtenregeling van de school waar de leerling staat ingeschreven, en de andere school werkt daaraan
volledig mee.


6. Als de route niet past

Wij beloven elke leerling dat hij of zij een diploma kan halen, ook als deze route niet blijkt te
passen. Concreet:
- Wie in routejaar 1 of 2 stopt, gaat bij ons verder in de gewone kaderberoepsgerichte leerweg, in
  hetzelfde of een ander profiel, en doet gewoon vmbo-examen.
- Wie het vmbo-diploma heeft maar de kokopleiding niet wil afmaken, kan bij ROC Esland instromen in
  een andere opleiding op niveau 3, zoals Zelfstandig werkend gastheer/-vrouw of Zelfstandig werkend
  bakker, zonder extra toelatingseisen.
- Wie aan het eind van routejaar 3 het vmbo-diploma nog niet heeft, blijft bij ROC Esland en kan
  verder in de opleiding Kok (niveau 2) of in de eigen opleiding; daarnaast krijgt hij bij ons de kans
  het ontbrekende vmbo-examen alsnog te doen. De toelatingseisen van het ROC staan dat niet in de weg.
- Verhuist een leerling, dan zoeken wij samen een plek op een vmbo-school of mbo-school bij de nieuwe
  woonplaats en dragen wij het dossier persoonlijk over.
Welke weg het wordt, beslissen het Vestingcollege en ROC Esland samen - namens ons de afdelingsleider,
namens jullie de teamleider - na een gesprek met de leerling en zijn of haar ouders. Zij kijken daarbij
naar wat de leerling al heeft behaald en naar zijn of haar leeftijd. In onze schoolgids zetten wij
voor ouders op een rij hoe dit gaat.


7. Als we het een keer niet eens zijn

Mochten wij het over de uitvoering van deze afspraken een keer niet eens zijn, dan gaan wij met elkaar
om tafel en komen we er in goed overleg samen uit. Zo hebben we het in deze hoek van Drenthe altijd
gedaan.


8. Als er iets verandert

Een andere vmbo-school uit de regio die deze route ook wil aanbieden (in Hardenberg is al
belangstelling), kan aansluiten als zij kaderleerlingen in het profiel Horeca, bakkerij en recreatie
heeft, het gezamenlijke PTA/OER volgt en haar bestuur deze afspraken meetekent. Jouw bestuur en het
mijne moeten daar allebei schriftelijk mee instemmen; de nieuwe school sluit aan per 1 augustus en
meldt zich samen met het ROC bij DUO.
Wie van ons tweeën wil stoppen, laat dat de ander schriftelijk weten, uiterlijk op 1 februari. De
samenwerking eindigt dan op 31 juli van het jaar daarna. Vanaf het moment dat een van ons heeft
opgezegd, nemen wij geen nieuwe leerlingen meer op in de route; leerlingen die al in de route zitten,
maken die bij ons allebei af, ook als dat na de einddatum is.
Deze afspraken veranderen wij alleen met een nieuwe brief of een aanvulling die wij allebei tekenen.
Een verandering gaat in bij het begin van een schooljaar en mag leerlingen die al in de route zitten
niet benadelen.


Deze afspraken gelden vanaf 1 augustus 2025 en lopen door tot een van ons opzegt.

Ik kijk uit naar een mooie samenwerking. Onze leerlingen hebben er nu al zin in.

Met hartelijke groet,


J.W. Schepers
directeur-bestuurder Stichting Openbaar Voortgezet Onderwijs Vestingstad
(bevoegd gezag van het Vestingcollege Coevorden)


Voor akkoord, namens het college van bestuur van Stichting ROC Esland:


drs. M. Hofstee
lid college van bestuur
Emmen, 20 mei 2025
"""


# ----------------------------------------------------------------------------------------------
# h146 - ROC standard contract (model) filled in by the school (PDF)
# ----------------------------------------------------------------------------------------------

@sample(146, "roc_model_ingevuld_autotechniek_roosendaal", "pdf",
        "Standaard modelovereenkomst van een ROC met vaste tekst en door de vo-school ingevulde velden "
        "(tabellen); PDF; Roosendaal, mobiliteit en transport bb -> Autotechnicus niveau 2; volledig "
        "conform, overdracht met bedrag en bestemming, extra medezeggenschapsafspraak.",
        st("pppppppppp"),
        {"a": "Artikel 1 Route en opleiding", "b": "Artikel 2 Inbreng van het werkveld",
         "c": "Artikel 3 Routeoverleg", "d": "Artikel 4 Informatie aan de colleges van bestuur",
         "e": "Artikel 5 Uitvoering van het onderwijs", "f": "Artikel 6 Wisselen en uitstromen",
         "g": "Artikel 7 Middelen", "h": "Artikel 8 Inspraak",
         "i": "Artikel 9 Verschillen van inzicht tussen partijen",
         "j": "Artikel 10 Nieuwe partijen, wijziging en einde"})
def build_146():
    R = _pdf_imports()
    mm, colors, Spacer = R["mm"], R["colors"], R["Spacer"]
    s = pdf_styles()
    F = []
    shade = [("BACKGROUND", (1, 0), (1, -1), colors.Color(0.93, 0.93, 0.93))]

    def field(rows):
        return pdf_table(rows, [38 * mm, 128 * mm], style_cmds=shade, bold_first_col=True)

    def vast(text):
        F.append(P(text, s["body"]))

    def h(text):
        F.append(P(text, s["h2"]))

    F.append(P("ROC MARKIEZAAT", s["subtitle"]))
    F.append(P("Modelovereenkomst doorlopende leerroute vmbo-mbo", s["title"]))
    F.append(P("Model M-DLR, versie 3.2 - vastgesteld door het college van bestuur van ROC Markiezaat op "
               "14 november 2023. De vaste tekst wordt niet gewijzigd; de grijze velden worden door de "
               "vo-school in overleg met het opleidingsteam ingevuld.", s["ital"]))
    F.append(Spacer(1, 4))
    F.append(P("Partijen", s["h2"]))
    F.append(field([
        ["Veld 0.1 School", "Stichting Katholiek Voortgezet Onderwijs Roosendaal en omstreken, bevoegd "
                            "gezag van Vakcollege Kalsdonk, gevestigd te Roosendaal, hierbij rechtsgeldig "
                            "vertegenwoordigd door dhr. drs. P.A.M. van Gils, voorzitter college van bestuur "
                            "(hierna: de school)"],
    ]))
    F.append(Spacer(1, 3))
    vast("en Stichting ROC Markiezaat, gevestigd te Roosendaal, rechtsgeldig vertegenwoordigd door de "
         "voorzitter van het college van bestuur (hierna: het ROC), komen het volgende overeen.")

    h("Artikel 1 Route en opleiding")
    vast("1.1 Partijen verzorgen op grond van deze overeenkomst gezamenlijk de doorlopende leerroute "
         "vmbo-mbo die in de velden 1.1 tot en met 1.5 is omschreven. Partijen melden de route gezamenlijk "
         "bij DUO (RIO).")
    F.append(field([
        ["Veld 1.1 Vmbo-profiel en leerweg", "Mobiliteit en transport, basisberoepsgerichte leerweg"],
        ["Veld 1.2 Mbo-opleiding", "Autotechnicus (niveau 2), kwalificatiedossier Autotechniek, "
                                   "opleidingsdomein Mobiliteit en voertuigen"],
        ["Veld 1.3 Leerweg mbo", "bol; routejaar 3 en 4 bij het ROC"],
        ["Veld 1.4 Locaties", "vo-fase: Vakcollege Kalsdonk, Roosendaal; mbo-fase: Techniekcampus ROC "
                              "Markiezaat, Roosendaal"],
        ["Veld 1.5 Eerste cohort", "1 augustus 2025"],
    ]))

    h("Artikel 2 Inbreng van het werkveld")
    vast("2.1 Partijen betrekken ondernemingen uit de branche bij de invulling van de route op de wijze "
         "die in veld 2.1 is omschreven. Het ROC legt de inbreng vast in het verslag van de "
         "opleidingscommissie.")
    F.append(field([
        ["Veld 2.1 Betrokken bedrijven en hun rol",
         "Deelnemende bedrijven: Van Aert Mobiliteit B.V. (Roosendaal), Autoservice Tolberg, Bandenhuis "
         "Nispen en Garage Wouwse Plantage, alle erkend leerbedrijf en lid van de regionale kring van "
         "autobedrijven. Zij (a) bieden iedere leerling in routejaar 2 een meeloopstage van vijf dagen "
         "en in routejaar 3 en 4 een bpv-plaats; (b) vaardigen twee werkplaatschefs af naar de "
         "opleidingscommissie Autotechniek, die jaarlijks in mei advies uitbrengt over het programma van "
         "de route; (c) stellen ieder schooljaar twee actuele hybride of elektrische voertuigen "
         "beschikbaar voor de lessen; (d) laten hun praktijkopleiders meebeoordelen bij de proeven van "
         "bekwaamheid."],
    ]))

    h("Artikel 3 Routeoverleg")
    vast("3.1 De leiding over de route berust bij het routeoverleg, samengesteld zoals in veld 3.1 is "
         "bepaald.")
    F.append(field([
        ["Veld 3.1 Samenstelling",
         "Namens de school: de teamleider bovenbouw techniek en een docent mobiliteit en transport. "
         "Namens het ROC: de opleidingsmanager Mobiliteit en de coördinator beroepspraktijkvorming."],
    ]))
    vast("3.2 De leden worden schriftelijk aangewezen door het college van bestuur van de partij die zij "
         "vertegenwoordigen. De voorzitter wordt door beide colleges van bestuur gezamenlijk uit de leden "
         "aangewezen voor de duur van twee schooljaren.")
    vast("3.3 Het routeoverleg is namens partijen bevoegd om: a. het programma en de examenplanning per "
         "routejaar op te stellen; b. de inzet van docenten binnen de in veld 5.2 genoemde omvang te "
         "verdelen; c. te besluiten over de toelating van leerlingen tot de route; d. besluiten te nemen "
         "over een overstap als bedoeld in artikel 6. Besluiten over wijziging van deze overeenkomst, "
         "personele aanstellingen en uitgaven buiten de begroting zijn voorbehouden aan de colleges van "
         "bestuur.")

    h("Artikel 4 Informatie aan de colleges van bestuur")
    vast("4.1 Het routeoverleg zendt beide colleges van bestuur vóór 1 oktober een jaarverslag over het "
         "afgelopen schooljaar, met ten minste: aantallen leerlingen per routejaar, in-, door- en "
         "uitstroom, overstappen, examenresultaten en de inzet van personeel en middelen.")
    vast("4.2 Uiterlijk 15 februari volgt een beknopte tussenrapportage. Het routeoverleg legt over het "
         "jaarverslag verantwoording af in het bestuurlijk overleg van oktober. Voorvallen die de "
         "uitvoering van de route in gevaar brengen, meldt de voorzitter onverwijld aan beide colleges.")

    h("Artikel 5 Uitvoering van het onderwijs")
    vast("5.1 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per routejaar worden "
         "vastgelegd in een gezamenlijk PTA/OER (bijlage 1), dat jaarlijks vóór 1 oktober door beide "
         "colleges wordt vastgesteld. Daarin is aangegeven welke onderdelen tot het vmbo, welke tot het "
         "mbo en welke tot beide behoren.")
    F.append(field([
        ["Veld 5.2 Inzet personeel",
         "Twee docenten autotechniek van het ROC verzorgen in routejaar 1 en 2 wekelijks zes lesuren "
         "praktijk op Vakcollege Kalsdonk. De docent mobiliteit en transport van de school begeleidt in "
         "routejaar 3 de leerlingen die hun vmbo-examen nog afronden. Docenten van beide partijen vormen "
         "één routeteam; voor het vakoverstijgende project Werkplaats in routejaar 2 wordt "
         "teambevoegdheid toegepast. Ieder blijft in dienst van de eigen werkgever."],
        ["Veld 5.3 Faciliteiten",
         "De school stelt haar motorenlokaal en brommerwerkplaats ter beschikking. Het ROC stelt de "
         "APK-werkplaats, de diagnoseapparatuur en de hefbruggen van de Techniekcampus één dag per week "
         "ter beschikking aan leerlingen in routejaar 2."],
    ]))
    vast("5.4 Een klacht over gedragingen van personeel van de andere partij in het kader van de route "
         "wordt behandeld volgens de klachtenregeling van de partij waar de leerling of student is "
         "ingeschreven; de andere partij verleent medewerking.")

    h("Artikel 6 Wisselen en uitstromen")
    vast("6.1 Een leerling die de route voortijdig verlaat of het vmbo-diploma niet behaalt, wordt door "
         "partijen in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij het "
         "bereikte onderwijsniveau en bij zijn leeftijd.")
    vast("6.2 Welke mogelijkheid passend is, wordt vastgesteld door de teamleider van de school en de "
         "opleidingsmanager van het ROC gezamenlijk, na een gesprek met de leerling en zijn ouders of "
         "verzorgers. Binnen het ROC gelden bij een overstap geen vooropleidingseisen.")
    F.append(field([
        ["Veld 6.3 Mogelijkheden voor deze route",
         "a. Vertrek in routejaar 1 of 2: voortzetting in de basisberoepsgerichte leerweg Mobiliteit en "
         "transport of Produceren, installeren en energie op de school, gericht op het vmbo-diploma. "
         "b. Vmbo-diploma behaald, autotechniek past niet: instroom in een andere opleiding op niveau 2 "
         "bij het ROC, zoals Fietstechnicus of Logistiek medewerker. c. Geen vmbo-diploma aan het eind van "
         "routejaar 3: voortzetting van de opleiding Autotechnicus; de school biedt een herkansing van "
         "het vmbo-examen. d. Verhuizing: het ROC begeleidt de overstap naar een andere instelling, waar "
         "toelating kan volgen na een geschiktheidsonderzoek."],
    ]))

    h("Artikel 7 Middelen")
    vast("7.1 Partijen geven in veld 7.1 aan of de school of het ROC een deel van de ontvangen "
         "bekostiging overdraagt (artikel 5.42a WVO 2020 / artikel 9.1.15 WEB) en, zo ja, de omvang en "
         "de bestemming daarvan.")
    F.append(field([
        ["Veld 7.1 Overdracht",
         "Ja. De school draagt voor iedere leerling die op 1 oktober in routejaar 2 is ingeschreven "
         "€ 1.150 over aan het ROC. Bestemming: vergoeding van de inzet van de docenten autotechniek van "
         "het ROC in routejaar 1 en 2 en van het gebruik van de werkplaatsen van de Techniekcampus. "
         "Het ROC factureert in december. Het ROC draagt geen middelen over aan de school."],
    ]))

    h("Artikel 8 Inspraak")
    vast("8.1 Voor leerlingen, ouders en personeel geldt het medezeggenschapsregime van de partij waar "
         "zij zijn ingeschreven of in dienst zijn. Aanvullende afspraken staan in veld 8.2.")
    F.append(field([
        ["Veld 8.2 Aanvullende afspraken",
         "Leerlingen in routejaar 2 mogen, naast hun deelname aan de leerlingenraad van de school, "
         "stemmen bij de verkiezing van en zitting nemen in de studentenraad van het ROC-college "
         "Techniek. De medezeggenschapsraad van de school en de studentenraad ontvangen beide het "
         "jaarverslag van artikel 4 en worden eenmaal per jaar samen uitgenodigd voor een gesprek met het "
         "routeoverleg."],
    ]))

    h("Artikel 9 Verschillen van inzicht tussen partijen")
    vast("9.1 Een verschil van inzicht over de uitvoering van deze overeenkomst wordt eerst in het "
         "routeoverleg besproken. Leidt dat niet binnen vier weken tot een oplossing, dan legt de "
         "voorzitter het voor aan beide colleges van bestuur, die binnen zes weken bestuurlijk overleg "
         "voeren.")
    vast("9.2 Komen de colleges niet tot overeenstemming, dan schakelen partijen een door hen gezamenlijk "
         "gekozen MfN-registermediator in. Slaagt de mediation niet binnen drie maanden, dan kan iedere "
         "partij het geschil voorleggen aan de bevoegde rechter in het arrondissement Zeeland-West-Brabant.")

    h("Artikel 10 Nieuwe partijen, wijziging en einde")
    vast("10.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij "
         "worden als zij het betrokken profiel of de betrokken opleiding aanbiedt, alle partijen daarmee "
         "schriftelijk instemmen en zij een toetredingsverklaring ondertekent waarin zij deze "
         "overeenkomst aanvaardt. Toetreding gaat in op 1 augustus.")
    vast("10.2 Wijziging van deze overeenkomst vindt uitsluitend schriftelijk plaats, na advies van het "
         "routeoverleg. Een wijziging die het programma of de examinering raakt, gaat niet eerder in dan "
         "bij het begin van het volgende schooljaar.")
    vast("10.3 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een termijn "
         "van ten minste twaalf maanden. Bij een ernstige tekortkoming kan een partij de overeenkomst na "
         "ingebrekestelling ontbinden.")
    vast("10.4 Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen die de route "
         "al zijn begonnen, ronden die af onder de voorwaarden van deze overeenkomst; de artikelen 5, 6 en "
         "7 blijven daartoe van kracht tot de laatste leerling is uitgestroomd.")

    h("Artikel 11 Duur")
    F.append(field([
        ["Veld 11.1 Ingang en looptijd",
         "Ingang 1 augustus 2025, looptijd vijf schooljaren; daarna stilzwijgende verlenging met telkens "
         "twee schooljaren."],
    ]))
    F.append(Spacer(1, 8))
    F.append(P("Aldus overeengekomen en in tweevoud getekend te Roosendaal op 23 juni 2025.", s["body"]))
    F.append(Spacer(1, 6))
    F.append(pdf_table([
        ["Stichting Katholiek Voortgezet Onderwijs Roosendaal en omstreken",
         "Stichting ROC Markiezaat"],
        ["drs. P.A.M. van Gils, voorzitter college van bestuur",
         "mr. J.M. Verhoeven-Aerts, voorzitter college van bestuur"],
        ["handtekening:\n\n", "handtekening:\n\n"],
    ], [83 * mm, 83 * mm], grid=False))
    F.append(Spacer(1, 6))
    F.append(P("Bijlage 1: gezamenlijk PTA/OER route Autotechniek (apart document, jaarlijks vastgesteld).",
               s["small"]))

    def footer(c, page, total):
        c.setFont("Helvetica", 7.5)
        c.drawString(22 * mm, 12 * mm, "ROC Markiezaat - Model M-DLR v3.2 - ingevuld door Vakcollege Kalsdonk")
        c.drawRightString(188 * mm, 12 * mm, "blad %d/%d" % (page, total))

    return make_pdf(F, "Modelovereenkomst DLR - Vakcollege Kalsdonk / ROC Markiezaat",
                    "ROC Markiezaat", footer=footer)


# ----------------------------------------------------------------------------------------------
# h147 - continuous prose without headings (MD)
# ----------------------------------------------------------------------------------------------

@sample(147, "doorlopend_proza_zonder_koppen_verpleegkunde_hoogeveen", "md",
        "Doorlopend proza zonder koppen of artikelnummers; Markdown; Hoogeveen, zorg en welzijn gl -> "
        "Verpleegkundige niveau 4; subtiel gebrek: de leiding (kernteam) is uitvoerig beschreven met "
        "samenstelling, taken en mandaat, maar nergens staat wie de leden aanwijst of benoemt (c weak); "
        "verder conform.",
        st("ppwppppppp"),
        {"a": "Het gaat om een route voor leerlingen",
         "b": "De route is mede ontworpen met",
         "d": "Twee keer per jaar, in februari en in september",
         "e": "Leerjaar 3 en 4 worden gegeven in het gebouw van de school",
         "f": "Niet iedere leerling zal de route uitlopen",
         "g": "Voor iedere leerling die op 1 oktober in het tweede routejaar",
         "h": "Beide partijen willen dat leerlingen en studenten",
         "i": "Ontstaat er tussen de school en het ROC onenigheid",
         "j": "Een andere school voor vmbo of een andere mbo-instelling"})
def build_147():
    return """**Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn - Verpleegkundige**

Stichting Voortgezet Onderwijs Reestdal, die het Reestland College in Hoogeveen in stand houdt en hier wordt vertegenwoordigd door haar bestuurder, mevrouw A.G. Nijsingh-Bakker, en Stichting Regionaal Opleidingencentrum Drentse Poort, gevestigd in Assen, hier vertegenwoordigd door de voorzitter van het college van bestuur, de heer dr. K.J. de Vries, leggen in deze overeenkomst vast hoe zij vanaf het schooljaar 2025-2026 samen een doorlopende leerroute vmbo-mbo verzorgen. Waar hierna "de school" staat, is het Reestland College bedoeld; met "het ROC" is Drentse Poort bedoeld en met "de route" de leerroute die hieronder wordt beschreven.

Het gaat om een route voor leerlingen die in de gemengde leerweg het profiel Zorg en welzijn volgen en die na hun vmbo-examen door willen naar de opleiding Verpleegkundige (niveau 4, kwalificatiedossier Verpleegkundige, opleidingsdomein Zorg en welzijn) in de beroepsopleidende leerweg van het ROC, locatie Hoogeveen. De leerling volgt leerjaar 3 en 4 op de school; vanaf het derde routejaar is hij of zij student van het ROC. Het vmbo-diploma wordt uiterlijk in het derde routejaar behaald. Partijen melden de route gezamenlijk aan bij DUO voordat de eerste leerlingen instromen.

De route is mede ontworpen met de zorgaanbieders in de gemeenten Hoogeveen en De Wolden, en die blijven er een vaste rol in spelen. Ziekenhuis Wolfsbergen, Zorgcombinatie De Wolden en Stichting Thuiszorg Zuidwest-Drenthe hebben zich ertoe verbonden om iedere leerling in het tweede routejaar een kennismakingsstage van tien dagsdelen te bieden en om in de mbo-fase voldoende leerplaatsen voor de beroepspraktijkvorming beschikbaar te stellen. Hun praktijkopleiders geven per schooljaar ten minste vier gastlessen in het praktijklokaal van de school, beoordelen samen met de docenten de praktijkproeven in het skillslab, en een afvaardiging van de drie organisaties komt ieder voorjaar met beide docententeams bijeen op een werkveldavond, waar het programma van het volgende jaar wordt doorgenomen en hun advies wordt vastgelegd.

De dagelijkse gang van zaken in de route ligt in handen van een kernteam van drie personen: een routecoördinator, een docent verzorging van de school en een docent verpleegkunde van het ROC. De routecoördinator zit het kernteam voor en is het aanspreekpunt voor leerlingen, ouders en zorgorganisaties. Het kernteam stelt het jaarprogramma van de route op, plant de stages en de toetsen, beslist over de toelating van leerlingen tot de route en verdeelt de lesuren die partijen voor de route beschikbaar stellen over de docenten. Het kernteam beslist zelfstandig over het rooster, de toetsplanning en de inzet van gastdocenten, binnen de begroting die partijen jaarlijks voor de route vaststellen. Alles wat deze overeenkomst raakt, wat de begroting te boven gaat of wat de rechtspositie van personeel betreft, legt het kernteam ter beslissing voor aan beide besturen.

Twee keer per jaar, in februari en in september, stuurt de routecoördinator namens het kernteam een schriftelijke rapportage aan de bestuurder van de school en aan het college van bestuur van het ROC, met daarin de aantallen leerlingen en studenten per routejaar, de uitval en de overstappen, de stages en de examenresultaten; de septemberrapportage bevat daarnaast een overzicht van de bestede middelen. In het halfjaarlijkse bestuurlijk overleg dat daarop volgt licht het kernteam de rapportage toe en legt het rekenschap af over de uitvoering van de route.

Leerjaar 3 en 4 worden gegeven in het gebouw van de school aan de Alteveerstraat in Hoogeveen; vanaf het tweede routejaar volgen de leerlingen twee middagen per week les in het skillslab van het ROC aan de Stationsweg, en vanaf het derde routejaar volgen zij het volledige programma bij het ROC. Welke onderdelen van het programma en van de examens in welk routejaar worden aangeboden, en welke daarvan tot het vmbo, tot het mbo of tot beide behoren, staat in het gezamenlijke PTA/OER dat het kernteam jaarlijks voor 1 juni opstelt en dat beide besturen vaststellen. Twee docenten verpleegkunde van het ROC verzorgen in het eerste en tweede routejaar samen vijf lesuren per week op de school; de docent biologie en verzorging van de school geeft in het derde routejaar bij het ROC de lessen anatomie en fysiologie aan de studenten die nog vmbo-onderdelen afronden. Voor het vak- en sectoroverstijgende onderdeel Zorg dichtbij werken de docenten van beide partijen als een team, waarbij ieder verantwoordelijk blijft voor het deel waarvoor hij of zij bevoegd is; iedereen blijft in dienst van de eigen werkgever. De school stelt haar praktijklokaal verzorging met de hoog-laagbedden en het demonstratiemateriaal beschikbaar voor de lessen van het ROC; het ROC stelt zijn skillslab, de simulatiepoppen en de mediatheek beschikbaar aan de leerlingen van de route. Een klacht van een leerling of student over iemand van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de leerling of student is ingeschreven, met volledige medewerking van de andere partij.

Niet iedere leerling zal de route uitlopen, en partijen zorgen ervoor dat wie de route verlaat toch een diploma kan halen dat past bij wat hij of zij al heeft bereikt en bij zijn of haar leeftijd. Wie in het eerste of tweede routejaar stopt, gaat verder in de gemengde leerweg of de kaderberoepsgerichte leerweg van de school en legt daar het vmbo-examen af. Wie het vmbo-diploma heeft behaald maar de opleiding Verpleegkundige niet kan of wil afmaken, kan binnen het ROC verder in de opleiding Verzorgende-IG (niveau 3) of Maatschappelijke zorg (niveau 3 of 4), zonder dat het ROC daarvoor aanvullende toelatingseisen stelt. Wie aan het eind van het derde routejaar het vmbo-diploma niet heeft behaald, kan zijn mbo-opleiding voortzetten en krijgt van de school de gelegenheid het vmbo-examen opnieuw af te leggen. Welke van deze mogelijkheden in een concreet geval de beste is, bepalen de afdelingsleider gemengde leerweg van de school en de opleidingsmanager zorg van het ROC samen, nadat zij met de leerling en diens ouders hebben gesproken. De school neemt een beschrijving van deze mogelijkheden op in haar schoolgids.

Voor iedere leerling die op 1 oktober in het tweede routejaar bij de school staat ingeschreven, draagt de school op grond van artikel 5.42a WVO 2020 een bedrag van EUR 900 over aan het ROC, als vergoeding voor de lessen van de docenten verpleegkunde van het ROC op de school en voor het gebruik van het skillslab. Het ROC stuurt daarvoor in november een factuur. Andere bedragen worden tussen partijen niet verrekend.

Beide partijen willen dat leerlingen en studenten in de route over de hele looptijd een stem hebben. Zij leggen het jaarprogramma van de route daarom elk jaar ter advisering voor aan zowel de medezeggenschapsraad van de school als de studentenraad van het ROC, ook in de jaren waarin de wet dat voor een van beide raden niet voorschrijft. Leerlingen uit het tweede routejaar mogen als toehoorder met spreekrecht de vergaderingen van de studentenraad van het ROC bijwonen.

Ontstaat er tussen de school en het ROC onenigheid over de uitvoering van deze overeenkomst, dan bespreken de bestuurder van de school en een lid van het college van bestuur van het ROC die binnen drie weken nadat een van hen daarom heeft gevraagd. Zijn zij het na twee maanden nog niet eens, dan schakelen zij samen een mediator in. Levert de mediation binnen drie maanden geen oplossing op, dan kan ieder van hen het geschil voorleggen aan de rechtbank Noord-Nederland.

Een andere school voor vmbo of een andere mbo-instelling die aan de route wil deelnemen, kan partij worden als beide besturen daarmee schriftelijk instemmen en de nieuwe partij deze overeenkomst ongewijzigd aanvaardt; de deelname gaat in bij het begin van een schooljaar en wordt samen bij DUO gemeld. Deze overeenkomst kan alleen schriftelijk en met instemming van beide partijen worden gewijzigd; een wijziging die gevolgen heeft voor leerlingen geldt pas voor het eerstvolgende cohort dat instroomt. Ieder van beide partijen kan de overeenkomst opzeggen met een opzegtermijn van ten minste een jaar, en alleen tegen 1 augustus. Na een opzegging stromen er geen nieuwe leerlingen meer in, en maken partijen de route samen af voor alle leerlingen en studenten die al zijn begonnen.

Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd. Zo overeengekomen en in tweevoud ondertekend in Hoogeveen op 26 juni 2025.

Namens Stichting Voortgezet Onderwijs Reestdal,
A.G. Nijsingh-Bakker, bestuurder

Namens Stichting Regionaal Opleidingencentrum Drentse Poort,
dr. K.J. de Vries, voorzitter college van bestuur
"""


# ----------------------------------------------------------------------------------------------
# h148 - DOCX with tracked changes (w:ins / w:del), formal articles
# ----------------------------------------------------------------------------------------------

class Tracker:
    """Builds paragraphs with tracked insertions {+...+} and deletions {-...-}."""

    def __init__(self, author, date):
        self.author, self.date, self.next_id = author, date, 100

    def _id(self):
        self.next_id += 1
        return self.next_id

    def runs(self, text, bold=False):
        out = []
        for part in re.split(r"(\{\+.*?\+\}|\{-.*?-\})", text, flags=re.S):
            if not part:
                continue
            if part.startswith("{+"):
                out.append('<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>'
                           % (self._id(), xesc(self.author), self.date, run_xml(part[2:-2], bold=bold)))
            elif part.startswith("{-"):
                out.append('<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>'
                           % (self._id(), xesc(self.author), self.date,
                              run_xml(part[2:-2], bold=bold, deleted=True)))
            else:
                out.append(run_xml(part, bold=bold))
        return "".join(out)

    def par(self, d, text, style=None, bold=False, inserted=False, ind_left=None):
        inner = self.runs(text, bold=bold)
        if inserted:  # whole paragraph inserted: also mark the paragraph mark
            inner = ('<w:pPr>%s%s<w:rPr><w:ins w:id="%d" w:author="%s" w:date="%s"/></w:rPr></w:pPr>'
                     % ('<w:pStyle w:val="%s"/>' % style if style else "",
                        '<w:ind w:left="%d"/>' % ind_left if ind_left is not None else "",
                        self._id(), xesc(self.author), self.date)
                     + '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>'
                     % (self._id(), xesc(self.author), self.date, run_xml(text.strip("{}+"))))
            return body_append(d, '<w:p xmlns:w="%s">%s</w:p>' % (W_NS, inner))
        return body_append(d, p_xml(inner, style=style, ind_left=ind_left))


@sample(148, "wijzigingen_bijgehouden_retail_valkenswaard", "docx",
        "Formele artikelen in Word met zichtbaar bijgehouden wijzigingen (invoegingen/verwijderingen, "
        "statusneutraal); DOCX; Valkenswaard, economie en ondernemen gl -> Manager retail niveau 4; "
        "gebreken: verantwoording herhaalt alleen de wettekst zonder vorm of moment (d weak), "
        "overdracht met bedrag maar bestemming uitgesteld (g weak), geen toetredingsregeling (j weak); "
        "medezeggenschap niet genoemd.",
        st("pppwppwnpw"),
        {"a": "Artikel 2. De route", "b": "Artikel 3. Winkeliers en werkgevers",
         "c": "Artikel 4. Routeleiding", "e": "Artikel 6. Inrichting van het onderwijs",
         "f": "Artikel 7. Overstap", "i": "Artikel 9. Geschillen"})
def build_148():
    d = docx_new(font="Cambria", size=10.5)
    T = Tracker("M. Verbeek (ROC Ranst)", "2025-06-10T14:32:00Z")
    T2 = Tracker("J. Smulders (Dommeldal College)", "2025-06-16T09:05:00Z")
    T2.next_id = 500

    d.add_heading("SAMENWERKINGSOVEREENKOMST", level=0)
    T.par(d, "Doorlopende leerroute Economie en ondernemen (gl) - Manager retail (niveau 4)", bold=True)
    T.par(d, "Versie 0.4 ten behoeve van ondertekening; wijzigingen ten opzichte van versie 0.3 "
             "zichtbaar gemaakt.")
    d.add_heading("Partijen", level=1)
    T.par(d, "1. Stichting voor Voortgezet Onderwijs Dommeldal, bevoegd gezag van het Dommeldal College, "
             "gevestigd te Valkenswaard, te dezen vertegenwoordigd door de voorzitter van het college van "
             "bestuur, mevrouw drs. E.C.M. Swinkels, hierna: de school;")
    T.par(d, "2. Stichting ROC Ranst, gevestigd te Eindhoven, te dezen vertegenwoordigd door de "
             "{-voorzitter-}{+vicevoorzitter+} van het college van bestuur, de heer ir. H.P. van Rooij, "
             "hierna: het ROC;")
    T.par(d, "hierna gezamenlijk: partijen,")
    T.par(d, "komen overeen als volgt.")

    d.add_heading("Artikel 1. Begrippen", level=2)
    T.par(d, "In deze overeenkomst wordt verstaan onder: route: de in artikel 2 bedoelde doorlopende "
             "leerroute vmbo-mbo; routejaar: een leerjaar van de route, waarbij routejaar 1 samenvalt met "
             "leerjaar 3 van de school; PTA/OER: het gezamenlijke programma van toetsing en afsluiting en "
             "de onderwijs- en examenregeling van de route.")

    d.add_heading("Artikel 2. De route", level=2)
    T.par(d, "2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute voor leerlingen van de gemengde "
             "leerweg met het profiel Economie en ondernemen, leidend tot het diploma van de "
             "middenkaderopleiding Manager retail (niveau 4, opleidingsdomein Handel en ondernemerschap, "
             "bol){+ en, vanaf het cohort dat in augustus 2026 instroomt, tevens Ondernemer retail "
             "(niveau 4)+}.")
    T.par(d, "2.2 Routejaar 1 en 2 worden verzorgd op het Dommeldal College te Valkenswaard; routejaar 3 "
             "tot en met {-5-}{+6+} bij het ROC, locatie Eindhoven-Centrum. De leerling behaalt het "
             "vmbo-diploma uiterlijk in routejaar 3.")
    T.par(d, "2.3 Partijen melden de route gezamenlijk aan bij DUO.")

    d.add_heading("Artikel 3. Winkeliers en werkgevers", level=2)
    T.par(d, "3.1 De route wordt uitgevoerd met de Ondernemersvereniging Centrum Valkenswaard en de "
             "volgende bedrijven: Modehuis Van den Hurk, Dommelsch Interieur & Wonen"
             "{+, Bakkerij Verhoeven Bergeijk+} en Fietsplein Kempen-Zuid.")
    T.par(d, "3.2 Deze bedrijven bieden leerlingen in routejaar 2 een snuffelstage van twee weken en "
             "studenten vanaf routejaar 3 stage- en bpv-plaatsen. Zij leveren per semester ten minste "
             "{-een-}{+twee+} levensechte winkelopdracht{+en+} aan, waarvan de uitkomst door de "
             "ondernemer mee wordt beoordeeld. De voorzitter van de ondernemersvereniging en twee "
             "ondernemers nemen zitting in de adviesraad retail van het ROC, die jaarlijks vóór 1 april "
             "advies uitbrengt over het programma van de route.")

    d.add_heading("Artikel 4. Routeleiding", level=2)
    T.par(d, "4.1 De leiding over de route berust bij de routeleiding, bestaande uit de teamleider "
             "economie van de school, de opleidingsmanager retail van het ROC en een projectleider.")
    T.par(d, "4.2 De teamleider en de opleidingsmanager worden door het bevoegd gezag van hun eigen partij "
             "aangewezen. De projectleider wordt door partijen gezamenlijk benoemd voor een periode van "
             "{-drie-}{+twee+} jaar en kan eenmaal worden herbenoemd.")
    T.par(d, "4.3 De routeleiding is belast met de uitvoering van de route, het opstellen van het PTA/OER, "
             "de toelating van leerlingen tot de route, de planning van stages en de inzet van docenten. "
             "Zij is bevoegd daarover zelfstandig te besluiten binnen de door partijen vastgestelde "
             "formatie. Besluiten die de inhoud van deze overeenkomst raken, blijven voorbehouden aan "
             "partijen.")

    d.add_heading("Artikel 5. Inlichtingen en verantwoording", level=2)
    T.par(d, "5.1 De routeleiding verstrekt aan de bevoegde gezagsorganen van partijen de inlichtingen die "
             "zij voor de uitoefening van hun taak nodig hebben en legt aan hen verantwoording af over de "
             "uitvoering van de doorlopende leerroute{- op een nader te bepalen wijze-}.")

    d.add_heading("Artikel 6. Inrichting van het onderwijs", level=2)
    T.par(d, "6.1 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per routejaar worden "
             "beschreven in het PTA/OER, dat jaarlijks vóór 1 juli door partijen wordt vastgesteld. Daarin "
             "is aangegeven welke onderdelen tot het vmbo en welke tot het mbo behoren.")
    T.par(d, "6.2 Twee docenten retail van het ROC verzorgen in routejaar 2 wekelijks drie lesuren "
             "marketing en verkoop op de school. De docent economie van de school verzorgt in routejaar 3 "
             "bij het ROC de begeleiding van studenten die nog vmbo-examenonderdelen afronden. Voor de "
             "vakoverstijgende leerlijn Ondernemen maken partijen gebruik van teambevoegdheid. "
             "{+Personeel blijft in dienst van de eigen werkgever.+}")
    T.par(d, "6.3 De school stelt haar praktijkwinkel en het computerlokaal ter beschikking; het ROC stelt "
             "de leerwinkel Ranst Store en de fotostudio voor productpresentatie één dag per week ter "
             "beschikking aan leerlingen in routejaar 2.")
    T.par(d, "6.4 Klachten over personeel van de andere partij worden behandeld volgens de "
             "klachtenregeling van de partij waar de leerling of student is ingeschreven.")

    d.add_heading("Artikel 7. Overstap", level=2)
    T.par(d, "7.1 Een leerling die de route voortijdig beëindigt, wordt door partijen in staat gesteld "
             "een vmbo-diploma of een mbo-diploma te behalen dat aansluit bij zijn bereikte onderwijsniveau "
             "en zijn leeftijd.")
    T.par(d, "7.2 Bij beëindiging in routejaar 1 of 2 vervolgt de leerling zijn opleiding in de gemengde "
             "of kaderberoepsgerichte leerweg van de school. Na het behalen van het vmbo-diploma kan de "
             "leerling binnen het ROC instromen in een andere opleiding op niveau 3 of 4 in het domein "
             "Handel en ondernemerschap of in een ander domein, zonder aanvullende vooropleidingseisen. "
             "Wie aan het einde van routejaar 3 het vmbo-diploma niet heeft behaald, kan de mbo-opleiding "
             "voortzetten en het vmbo-examen bij de school opnieuw afleggen.")
    T.par(d, "{+7.3 Verhuist een leerling buiten de regio, dan begeleidt de school of het ROC de overstap "
             "naar een andere school of instelling en draagt het dossier over.+}", inserted=True)
    T.par(d, "{-7.3-}{+7.4+} Welke mogelijkheid wordt gevolgd, wordt bepaald door de teamleider van de "
             "school en de opleidingsmanager van het ROC gezamenlijk, na overleg met de leerling en zijn "
             "ouders of verzorgers.")

    d.add_heading("Artikel 8. Bekostiging", level=2)
    T.par(d, "8.1 Met toepassing van artikel 5.42a WVO 2020 draagt de school jaarlijks een bedrag van "
             "€ {-650-}{+700+} over aan het ROC voor iedere leerling die op 1 oktober in routejaar 2 staat "
             "ingeschreven.")
    T2.par(d, "8.2 Betaling vindt plaats in twee gelijke termijnen, op 1 december en op 1 mei{+, na "
              "ontvangst van een factuur van het ROC+}.")
    T.par(d, "8.3 Waaraan het over te dragen bedrag wordt besteed, stellen partijen nader vast.")

    d.add_heading("Artikel 9. Geschillen", level=2)
    T.par(d, "9.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
             "besproken tussen de teamleider en de opleidingsmanager. Komen zij er niet binnen vier weken "
             "uit, dan wordt het geschil voorgelegd aan de colleges van bestuur van partijen.")
    T.par(d, "9.2 Leidt overleg tussen de colleges van bestuur niet binnen acht weken tot een oplossing, "
             "dan beproeven partijen mediation. Mislukt de mediation, dan wordt het geschil voorgelegd aan "
             "de bevoegde rechter van de rechtbank Oost-Brabant.")

    d.add_heading("Artikel 10. Duur, wijziging en beëindiging", level=2)
    T.par(d, "10.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor een periode van "
             "{-vier-}{+zes+} schooljaren. Zij wordt daarna stilzwijgend verlengd met telkens twee "
             "schooljaren.")
    T.par(d, "10.2 Wijziging van deze overeenkomst is alleen mogelijk bij schriftelijke overeenkomst "
             "tussen partijen. Wijzigingen die het onderwijsprogramma raken, gaan in bij de start van een "
             "nieuw schooljaar.")
    T.par(d, "10.3 Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig "
             "jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden.")
    T.par(d, "10.4 Na opzegging worden geen nieuwe leerlingen meer tot de route toegelaten. Leerlingen en "
             "studenten die op het moment van beëindiging in de route zijn ingeschreven, kunnen de route "
             "bij partijen afronden.")

    d.add_heading("Artikel 11. Slotbepaling", level=2)
    T.par(d, "Aldus overeengekomen en in tweevoud ondertekend.")
    T.par(d, "Valkenswaard, ______ 2025                    Eindhoven, ______ 2025")
    T.par(d, "Stichting voor Voortgezet Onderwijs Dommeldal          Stichting ROC Ranst")
    T.par(d, "drs. E.C.M. Swinkels                                          ir. H.P. van Rooij")
    return docx_finish(d, "Samenwerkingsovereenkomst DLR Economie en ondernemen - Manager retail",
                       "J. Smulders")


# ----------------------------------------------------------------------------------------------
# h149 - very short interne regeling of a verticale scholengemeenschap (DOCX)
# ----------------------------------------------------------------------------------------------

@sample(149, "interne_regeling_vsg_zeer_kort_bouw_meppel", "docx",
        "Zeer korte interne regeling (één bladzijde) van een verticale scholengemeenschap vmbo-mbo, "
        "met vetgedrukte aanloopwoorden in plaats van koppen; DOCX; Meppel, bouwen, wonen en interieur "
        "kb -> Allround timmerman / Allround metselaar niveau 3; volledig conform, geen overdracht; "
        "h, i en j niet van toepassing.",
        st("pppppppnnn"),
        {"a": "Welke route.", "b": "Wie uit de bouw meedoet.", "c": "Wie leiding geeft.",
         "d": "Hoe de routeleider rapporteert.", "e": "Waar, door wie en waarmee.",
         "f": "Uitstappen en overstappen.", "g": "Geld."})
def build_149():
    from docx.shared import Pt
    d = docx_new(font="Arial", size=10)
    t = d.add_paragraph()
    r = t.add_run("Vakschool Reestmond - Interne regeling doorlopende leerroute bouw")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Het college van bestuur van Stichting Reestmond, bevoegd gezag van de verticale "
                    "scholengemeenschap Vakschool Reestmond te Meppel (afdeling vmbo en afdeling mbo), stelt "
                    "op grond van artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB de "
                    "volgende regeling vast. De route wordt geheel binnen de stichting verzorgd.")

    def item(no, lead, text):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        r1 = p.add_run("%d. %s " % (no, lead))
        r1.bold = True
        p.add_run(text)

    item(1, "Welke route.", "Leerlingen van de afdeling vmbo met het profiel Bouwen, wonen en interieur in de "
         "kaderberoepsgerichte leerweg kunnen vanaf leerjaar 3 de doorlopende leerroute volgen naar de "
         "opleiding Allround timmerman of Allround metselaar (beide niveau 3, opleidingsdomein Bouw en "
         "infra, bol) van de afdeling mbo. Het vmbo-diploma wordt uiterlijk in routejaar 3 behaald.")
    item(2, "Wie uit de bouw meedoet.", "De twaalf erkende leerbedrijven van de Bouwkring Reestdal leveren "
         "vanaf routejaar 2 stageplaatsen en in de mbo-fase bpv-plaatsen, ontvangen elke klas eens per "
         "maand op een bouwplaatsdag, beoordelen de proeve van bekwaamheid mee en adviseren jaarlijks in "
         "de beroepenveldcommissie bouw over het programma.")
    item(3, "Wie leiding geeft.", "De route wordt geleid door een routeleider samen met de teamleiders "
         "bouw van beide afdelingen. Het college van bestuur benoemt de routeleider voor drie jaar uit de "
         "teamleiders; de teamleiders zijn ambtshalve lid. De routeleiding stelt het programma en het "
         "PTA/OER op, beslist over toelating en overstap en verdeelt de docenten binnen de formatie; over "
         "formatie-uitbreiding en wijziging van deze regeling beslist het college.")
    item(4, "Hoe de routeleider rapporteert.", "Jaarlijks vóór 1 november levert de routeleider het "
         "college een schriftelijk verslag over instroom, uitval, overstap en examenresultaten en licht "
         "dat toe in het directieoverleg van november.")
    item(5, "Waar, door wie en waarmee.", "Routejaar 1 en 2 worden gegeven in het vmbo-gebouw aan de "
         "Zomerdijk, de jaren daarna in de bouwhal van de afdeling mbo aan de Industrieweg. Het programma "
         "en de examens per routejaar staan in het gezamenlijke PTA/OER. Timmerdocenten van de afdeling "
         "mbo geven vanaf routejaar 1 zes uur per week les in het vmbo; voor het project Eigen huis werken "
         "de docenten als één team met teambevoegdheid. De bouwhal, de machinewerkplaats en het "
         "praktijklokaal van het vmbo worden door beide afdelingen gebruikt.")
    item(6, "Uitstappen en overstappen.", "Wie in routejaar 1 of 2 stopt, gaat verder in de gewone "
         "kaderberoepsgerichte leerweg en doet vmbo-examen. Wie het vmbo-diploma heeft, kan zonder "
         "vooropleidingseisen over naar een andere mbo-opleiding van de vakschool op niveau 2 of 3. Wie "
         "in routejaar 3 het vmbo-diploma niet haalt, vervolgt de mbo-opleiding en krijgt een herkansing. "
         "De teamleiders van beide afdelingen beslissen samen, na een gesprek met de leerling en de "
         "ouders, op basis van het bereikte niveau en de leeftijd.")
    item(7, "Geld.", "Er wordt tussen de afdelingen geen bekostiging overgedragen; iedere afdeling draagt "
         "de kosten van haar eigen personeel en voorzieningen.")
    d.add_paragraph("Deze regeling treedt in werking op 1 augustus 2025. Vastgesteld te Meppel op 30 juni "
                    "2025 door het college van bestuur van Stichting Reestmond, G.H. Kuipers, voorzitter.")
    return docx_finish(d, "Interne regeling doorlopende leerroute bouw", "Stichting Reestmond")


# ----------------------------------------------------------------------------------------------
# h150 - consortium of four parties (three vmbo boards + ROC), paragraph-sign headings (PDF)
# ----------------------------------------------------------------------------------------------

@sample(150, "vier_partijen_installatieroute_dijk_en_waard", "pdf",
        "Consortiumovereenkomst van vier partijen (drie vmbo-besturen en een ROC) met §-koppen, "
        "considerans en financiële tabel; PDF; Dijk en Waard/Langedijk/Schagen, produceren, installeren "
        "en energie kb -> Eerste monteur elektrotechnische of werktuigkundige installaties niveau 3; "
        "volledig conform, overdracht in twee richtingen, gezamenlijk medezeggenschapsoverleg.",
        st("pppppppppp"),
        {"a": "§ 2 De installatieroute", "b": "§ 3 Installateurs aan boord", "c": "§ 4 Regieraad",
         "d": "§ 5 Rapportage aan de besturen", "e": "§ 6 Onderwijs en organisatie",
         "f": "§ 7 Een andere weg", "g": "§ 8 Financiën",
         "h": "§ 9 Medezeggenschap in de route", "i": "§ 10 Meningsverschillen tussen partners",
         "j": "§ 11 Nieuwe partners, uittreden en wijzigen"})
def build_150():
    R = _pdf_imports()
    mm, colors, Spacer = R["mm"], R["colors"], R["Spacer"]
    s = pdf_styles(base_font="Times-Roman", size=10.5, leading=14)
    F = []

    def b(text):
        F.append(P(text, s["body"]))

    def lid(text):
        F.append(P(text, s["indent"]))

    def h(text):
        F.append(P(text, s["h2"]))

    F.append(P("Consortiumovereenkomst Installatieroute Noord-Holland Noord", s["title"]))
    F.append(P("doorlopende leerroute vmbo-mbo Produceren, installeren en energie - Eerste monteur "
               "(niveau 3)", s["subtitle"]))
    b("**DE ONDERGETEKENDEN:**")
    lid("1. Stichting Openbaar Voortgezet Onderwijs Dijk en Waard, bevoegd gezag van Het Waardcollege te "
        "Heerhugowaard, rechtsgeldig vertegenwoordigd door mevrouw M.J. Blokker MEd, bestuurder, hierna: "
        "het Waardcollege;")
    lid("2. Vereniging voor Christelijk Voortgezet Onderwijs Langedijk, bevoegd gezag van het Vaartland "
        "College te Broek op Langedijk, rechtsgeldig vertegenwoordigd door de heer P. Groot, voorzitter "
        "van het bestuur, hierna: het Vaartland College;")
    lid("3. Stichting Katholiek Voortgezet Onderwijs Schagen en Zijpe, bevoegd gezag van het Zijpercollege "
        "te Schagen, rechtsgeldig vertegenwoordigd door de heer drs. A.C. Kaan, bestuurder, hierna: het "
        "Zijpercollege;")
    lid("(de partijen onder 1 tot en met 3 samen: de scholen)")
    lid("4. Stichting ROC Noorderkwartier, gevestigd te Alkmaar, rechtsgeldig vertegenwoordigd door "
        "mevrouw dr. S. Bakker-Wit, voorzitter van het college van bestuur, hierna: het ROC;")
    b("hierna samen: de partners.")
    b("**OVERWEGENDE DAT:**")
    lid("a. de regio Noord-Holland Noord door de energietransitie een groot tekort heeft aan "
        "installatiemonteurs;")
    lid("b. de partners sinds 2019 samenwerken in een vakmanschapsroute installatietechniek en deze "
        "samenwerking voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a WVO 2020 "
        "en artikel 9.1.2 WEB;")
    lid("c. de partners de route met één overeenkomst willen regelen, zodat voor leerlingen van de drie "
        "scholen dezelfde afspraken gelden;")
    b("**VERKLAREN TE ZIJN OVEREENGEKOMEN:**")

    h("§ 1 Begrippen")
    b("In deze overeenkomst wordt verstaan onder: __route__: de doorlopende leerroute bedoeld in § 2; "
      "__routejaar__: een leerjaar van de route, waarbij routejaar 1 samenvalt met leerjaar 3 van de "
      "school; __Regieraad__: het orgaan bedoeld in § 4; __Energiehuis__: de praktijkhal installatie- en "
      "energietechniek van het ROC aan de Middenweg in Heerhugowaard; __bestuurlijk overleg__: het overleg "
      "van de vier bestuurders die deze overeenkomst hebben ondertekend of hun opvolgers.")

    h("§ 2 De installatieroute")
    lid("2.1 De partners verzorgen gezamenlijk een doorlopende leerroute voor leerlingen die op een van de "
        "scholen het profiel Produceren, installeren en energie volgen in de kaderberoepsgerichte leerweg.")
    lid("2.2 De route leidt tot het vmbo-diploma en tot een van de volgende diploma's van het ROC in het "
        "opleidingsdomein Installatie- en energietechniek: Eerste monteur elektrotechnische installaties "
        "woning en utiliteit (niveau 3) of Eerste monteur werktuigkundige installaties woning en utiliteit "
        "(niveau 3), in de beroepsopleidende leerweg; vanaf routejaar 4 kan de student overstappen naar de "
        "beroepsbegeleidende leerweg. De leerling kiest aan het eind van routejaar 2 tussen beide "
        "opleidingen.")
    lid("2.3 Het vmbo-diploma wordt uiterlijk in routejaar 3 behaald. Iedere school meldt de route samen "
        "met het ROC bij DUO aan.")

    h("§ 3 Installateurs aan boord")
    lid("3.1 De route wordt uitgevoerd met de regionale afdeling van de brancheorganisatie voor de "
        "installatietechniek en met de volgende leerbedrijven: Installatiebedrijf Kroon & Zn. "
        "(Heerhugowaard), Van Stralen Klimaattechniek (Schagen), Elektro Dekker Langedijk B.V. en WarmteWerk "
        "Noord. Zij hebben zich daartoe in een intentieverklaring van 3 maart 2025 verbonden.")
    lid("3.2 De leerbedrijven: a. organiseren in routejaar 1 jaarlijks een bedrijvendag voor alle "
        "leerlingen van de route; b. bieden iedere leerling in routejaar 2 een snuffelstage van twee weken; "
        "c. stellen in de mbo-fase bpv-plaatsen en, voor de beroepsbegeleidende leerweg, leerbanen "
        "beschikbaar; d. treden in routejaar 2 op als opdrachtgever van het praktijkproject Duurzaam huis "
        "en beoordelen de opleveringen mee; e. leveren beoordelaars voor de proeven van bekwaamheid.")
    lid("3.3 Twee vertegenwoordigers van de leerbedrijven nemen als adviseur zonder stemrecht deel aan de "
        "Regieraad. Ieder voorjaar houdt de Regieraad met alle leerbedrijven en de adviseur van SBB een "
        "programmaschouw; de adviezen uit die schouw worden verwerkt in het PTA/OER van het volgende "
        "schooljaar of gemotiveerd terzijde gelegd.")

    h("§ 4 Regieraad")
    lid("4.1 De leiding over de route berust bij de Regieraad. De Regieraad bestaat uit één lid per partner: "
        "voor iedere school de teamleider of afdelingsleider techniek, voor het ROC de opleidingsmanager "
        "Installatietechniek.")
    lid("4.2 Ieder lid wordt benoemd en ontslagen door het bevoegd gezag van de partner die het lid "
        "vertegenwoordigt; ieder bevoegd gezag wijst ook een plaatsvervanger aan. De Regieraad kiest uit "
        "zijn midden een voorzitter voor twee schooljaren. Het ROC stelt een routecoördinator aan, na "
        "instemming van de scholen; de routecoördinator is secretaris van de Regieraad en heeft geen "
        "stemrecht.")
    lid("4.3 De Regieraad is belast met: a. het opstellen van het PTA/OER van de route; b. de toelating "
        "van leerlingen tot de route; c. de verdeling van de docenten van de installatiepool (§ 6.3) over "
        "de scholen; d. de planning van het gebruik van het Energiehuis; e. het contact met de "
        "leerbedrijven; f. besluiten over een overstap als bedoeld in § 7. De Regieraad besluit binnen de "
        "jaarbegroting van de route zelfstandig over deze onderwerpen; een besluit vereist de stem van het "
        "ROC en van ten minste twee scholen.")
    lid("4.4 Niet aan de Regieraad opgedragen zijn: wijziging van deze overeenkomst, de vaststelling van de "
        "jaarbegroting, de aanstelling van personeel en het beëindigen van de route. Daarover beslissen de "
        "bevoegde gezagsorganen.")

    h("§ 5 Rapportage aan de besturen")
    lid("5.1 Na afloop van ieder kwartaal stuurt de routecoördinator namens de Regieraad aan de vier "
        "bestuurders een beknopt kwartaalbericht met de actuele aantallen leerlingen per school en routejaar, "
        "verzuim, uitval en overstappen.")
    lid("5.2 Vóór 1 november stelt de Regieraad een jaarverslag over het voorafgaande schooljaar op, met "
        "in elk geval de in-, door- en uitstroom, de examenresultaten, de uitkomsten van de programmaschouw, "
        "de inzet van de installatiepool en de besteding van de middelen bedoeld in § 8. De Regieraad legt "
        "over dit jaarverslag verantwoording af in het bestuurlijk overleg van november.")
    lid("5.3 Iedere bestuurder kan de Regieraad tussentijds om inlichtingen vragen; de Regieraad verstrekt "
        "die binnen twee weken aan alle vier bestuurders tegelijk.")

    h("§ 6 Onderwijs en organisatie")
    lid("6.1 Routejaar 1 en 2 worden verzorgd op de eigen school van de leerling; in routejaar 2 volgt de "
        "leerling daarnaast één dag per week les in het Energiehuis. Vanaf routejaar 3 wordt de route "
        "verzorgd op de ROC-locatie Heerhugowaard.")
    lid("6.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per routejaar worden "
        "beschreven in één PTA/OER voor de route, met per school een deel voor de vmbo-vakken. Het PTA/OER "
        "wordt jaarlijks vóór 1 juli door de bevoegde gezagsorganen vastgesteld en geeft aan welke "
        "onderdelen vmbo, mbo of gecombineerd zijn.")
    lid("6.3 Het ROC vormt een installatiepool van drie docenten installatietechniek, die in routejaar 1 "
        "en 2 op de drie scholen samen vijftien lesuren per week verzorgen. De docenten "
        "Produceren, installeren en energie van de scholen verzorgen in routejaar 3 twee uur per week "
        "begeleiding in het Energiehuis voor studenten die nog vmbo-onderdelen afronden. Voor het project "
        "Duurzaam huis werken docenten van scholen en ROC als één team met teambevoegdheid; ieder lid is "
        "verantwoordelijk voor het deel waarvoor hij bevoegd is. Docenten blijven in dienst van hun eigen "
        "werkgever; de partners sluiten voor de inzet op een andere locatie geen detacheringsovereenkomst.")
    lid("6.4 Het ROC stelt het Energiehuis met de warmtepomp- en zonnestroomopstellingen één dag per week "
        "per school ter beschikking. De scholen stellen hun installatielokalen open voor de lessen van de "
        "installatiepool. De mobiele klimaatunit van het ROC rouleert per periode tussen de scholen.")
    lid("6.5 Tot het einde van routejaar 2 is de leerling ingeschreven bij zijn school en ziet die school "
        "toe op verzuim; vanaf routejaar 3 is hij student van het ROC. Een klacht over personeel van een "
        "andere partner wordt behandeld volgens de klachtenregeling van de partner waar de leerling of "
        "student is ingeschreven, met medewerking van die andere partner.")

    h("§ 7 Een andere weg")
    lid("7.1 De partners zorgen ervoor dat een leerling die de route verlaat of het vmbo-diploma niet "
        "behaalt, een vmbo-diploma of een mbo-diploma kan halen dat past bij het bereikte onderwijsniveau "
        "en zijn leeftijd.")
    lid("7.2 Daarbij gelden in elk geval de volgende mogelijkheden: a. vertrek in routejaar 1 of 2: "
        "voortzetting in de kaderberoepsgerichte of basisberoepsgerichte leerweg van de eigen school, of op "
        "verzoek van de leerling op een van de andere scholen; b. met vmbo-diploma: instroom in een andere "
        "opleiding op niveau 2 of 3 van het ROC, zonder vooropleidingseisen; c. zonder vmbo-diploma aan het "
        "eind van routejaar 3: voortzetting van de mbo-opleiding of overstap naar de opleiding Monteur "
        "elektrotechnische installaties of Monteur werktuigkundige installaties (niveau 2), waarbij de "
        "school een herkansing van het vmbo-examen aanbiedt; d. verhuizing: begeleiding naar een andere "
        "school of instelling, waar toelating kan volgen na een geschiktheidsonderzoek.")
    lid("7.3 De keuze wordt gemaakt door de afdelingsleider van de school van herkomst en de "
        "opleidingsmanager van het ROC gezamenlijk, na een gesprek met de leerling en diens ouders. Zijn "
        "zij het niet eens, dan beslist de Regieraad. De scholen beschrijven deze mogelijkheden in hun "
        "schoolgids.")

    h("§ 8 Financiën")
    lid("8.1 Met toepassing van artikel 5.42a WVO 2020 en artikel 9.1.15 WEB dragen de partners elkaar de "
        "volgende delen van hun bekostiging over:")
    F.append(pdf_table([
        ["Van", "Aan", "Omvang", "Bestemming"],
        ["iedere school", "ROC", "€ 1.050 per leerling die op 1 oktober in routejaar 2 is ingeschreven",
         "installatiepool (§ 6.3) en gebruik Energiehuis (§ 6.4)"],
        ["ROC", "de school van herkomst", "€ 400 per student die op 1 oktober in routejaar 3 nog geen "
         "vmbo-diploma heeft", "afname vmbo-examen en begeleiding door docenten van de school"],
    ], [28 * mm, 30 * mm, 58 * mm, 50 * mm], header_row=True,
        style_cmds=[("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88))]))
    lid("8.2 De kosten van de routecoördinator komen voor rekening van het ROC. Overdrachten worden in "
        "december gefactureerd en verantwoord in het jaarverslag bedoeld in § 5.2.")

    h("§ 9 Medezeggenschap in de route")
    lid("9.1 Naast de geldende regelingen (WMS voor de scholen, WEB en WOR voor het ROC) stellen de partners "
        "een route-medezeggenschapsoverleg in. De medezeggenschapsraden van de drie scholen, de "
        "studentenraad en de ondernemingsraad van het ROC wijzen ieder één lid aan.")
    lid("9.2 Het route-medezeggenschapsoverleg komt twee keer per jaar bijeen met de Regieraad, ontvangt "
        "het jaarverslag van § 5.2 en kan de bevoegde gezagsorganen gevraagd en ongevraagd adviseren over "
        "de route. Een voorgenomen wijziging van deze overeenkomst wordt eerst aan dit overleg voorgelegd.")
    lid("9.3 Leerlingen in routejaar 2 hebben actief en passief kiesrecht voor de studentenraad van het ROC.")

    h("§ 10 Meningsverschillen tussen partners")
    lid("10.1 Een meningsverschil over de uitvoering van deze overeenkomst wordt eerst in de Regieraad "
        "besproken. Is het na zes weken niet opgelost, dan wordt het geagendeerd voor het bestuurlijk "
        "overleg.")
    lid("10.2 Blijft overeenstemming binnen twee maanden daarna uit, dan wordt het meningsverschil "
        "voorgelegd aan een geschillencommissie van drie leden: de betrokken partners wijzen elk één lid aan "
        "en die twee leden kiezen samen een voorzitter. De commissie brengt binnen acht weken een bindend "
        "advies uit. De kosten worden gelijk gedeeld door de betrokken partners.")

    h("§ 11 Nieuwe partners, uittreden en wijzigen")
    lid("11.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partner worden "
        "als zij het profiel Produceren, installeren en energie respectievelijk een van de opleidingen van "
        "§ 2 aanbiedt, het PTA/OER van de route aanvaardt en bijdraagt volgens § 8. Toetreding vereist de "
        "schriftelijke instemming van alle partners en geschiedt door ondertekening van een "
        "toetredingsverklaring; zij gaat in op 1 augustus en wordt gezamenlijk bij DUO gemeld.")
    lid("11.2 Iedere partner kan zijn deelname schriftelijk opzeggen tegen 1 augustus, met een termijn van "
        "ten minste twaalf maanden. De overeenkomst blijft dan tussen de overige partners van kracht; zegt "
        "het ROC op, dan eindigt de overeenkomst voor alle partners. Bij een ernstige tekortkoming kan de "
        "overeenkomst na ingebrekestelling worden ontbonden.")
    lid("11.3 Na opzegging of ontbinding worden geen nieuwe leerlingen van de betrokken school meer "
        "toegelaten. Leerlingen en studenten die al in de route zijn begonnen, ronden die af onder de "
        "voorwaarden van deze overeenkomst; de §§ 6, 7 en 8 blijven voor hen van kracht.")
    lid("11.4 Deze overeenkomst kan alleen worden gewijzigd bij schriftelijk besluit van alle partners, na "
        "advies van de Regieraad en het route-medezeggenschapsoverleg. Een wijziging die het programma of "
        "de examinering raakt, geldt pas voor het cohort dat na de wijziging instroomt.")

    h("§ 12 Looptijd")
    b("Deze overeenkomst gaat in op 1 augustus 2025 en loopt zes schooljaren; daarna wordt zij telkens met "
      "drie schooljaren verlengd, tenzij een partner opzegt. In het schooljaar 2028-2029 evalueren de "
      "partners de samenwerking.")
    F.append(Spacer(1, 6))
    b("Aldus overeengekomen en in viervoud ondertekend te Heerhugowaard op 27 juni 2025.")
    sig = [["Stichting Openbaar Voortgezet Onderwijs Dijk en Waard\nM.J. Blokker MEd",
            "Vereniging voor Christelijk Voortgezet Onderwijs Langedijk\nP. Groot"],
           ["Stichting Katholiek Voortgezet Onderwijs Schagen en Zijpe\ndrs. A.C. Kaan",
            "Stichting ROC Noorderkwartier\ndr. S. Bakker-Wit"]]
    F.append(pdf_table(sig, [83 * mm, 83 * mm],
                       grid=False, style_cmds=[("BOTTOMPADDING", (0, 0), (-1, -1), 28)]))

    def footer(c, page, total):
        c.setFont("Times-Italic", 8)
        c.drawCentredString(105 * mm, 11 * mm,
                            "Consortiumovereenkomst Installatieroute NHN - pagina %d van %d" % (page, total))
        c.setFont("Times-Roman", 7)
        c.drawString(22 * mm, 11 * mm, "paraaf: ____ ____ ____ ____")

    return make_pdf(F, "Consortiumovereenkomst Installatieroute Noord-Holland Noord",
                    "ROC Noorderkwartier", footer=footer)


# ----------------------------------------------------------------------------------------------
# h151 - DOCX with VML text boxes and headings that never name the topic
# ----------------------------------------------------------------------------------------------

VML_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def docx_textbox(d, shape_no, title, lines, height_pt, first=False):
    """Append an inline VML text box holding a bold title and paragraphs."""
    shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                 'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                 '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>') if first else ""
    inner = p_xml(run_xml(title, bold=True), spacing_after=80).replace(' xmlns:w="%s"' % W_NS, "")
    for ln in lines:
        inner += p_xml(run_xml(ln), spacing_after=60).replace(' xmlns:w="%s"' % W_NS, "")
    xml = ('<w:p %s><w:r><w:pict>%s<v:shape id="Tekstvak %d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
           'style="width:440pt;height:%dpt;mso-wrap-style:square" fillcolor="#eef3f8" '
           'strokecolor="#5b7fa6" strokeweight="1pt"><v:textbox style="mso-fit-shape-to-text:t" '
           'inset="6pt,5pt,6pt,5pt"><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape>'
           '</w:pict></w:r></w:p>' % (VML_NS, shapetype, shape_no, 25 + shape_no, height_pt, inner))
    return body_append(d, xml)


@sample(151, "tekstvakken_koppen_zonder_onderwerp_mediavormgeving_oosterhout", "docx",
        "Word-document met koppen die het onderwerp nooit noemen en met tekstvakken (VML) voor de "
        "faciliteiten en het stappenplan bij onenigheid; DOCX; Oosterhout, media, vormgeving en ICT gl -> "
        "Mediavormgever niveau 4; gebreken: bedrijfsleven alleen in de considerans (b missing), "
        "overstapmogelijkheden zonder wie beslist (f weak), medezeggenschap als PM-plaatshouder (h weak); "
        "expliciet geen overdracht.",
        st("pmpppwpwpp"),
        {"a": "Waar we aan beginnen", "c": "Wie aan het roer staat", "d": "Hoe de besturen het horen",
         "e": "Mensen, ruimtes en spullen", "g": "Over en weer", "i": "Als het schuurt",
         "j": "Nieuwe gezichten, afscheid en bijstellen"})
def build_151():
    from docx.shared import Pt, RGBColor
    d = docx_new(font="Calibri", size=11)
    d.add_heading("Samen verder", level=0)
    p = d.add_paragraph()
    r = p.add_run("Afspraken tussen het Vrachelen College en ROC Mark en Donge over de creatieve leerroute")
    r.italic = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x44, 0x5E, 0x7A)

    d.add_paragraph("De ondergetekenden:")
    d.add_paragraph("Stichting Voortgezet Onderwijs Oosterhout en omstreken, bevoegd gezag van het Vrachelen "
                    "College te Oosterhout, vertegenwoordigd door de heer drs. R.J.M. Damen, voorzitter van "
                    "het college van bestuur (hierna: de school), en")
    d.add_paragraph("Stichting ROC Mark en Donge, gevestigd te Breda, vertegenwoordigd door mevrouw "
                    "mr. L.A. Oomen, lid van het college van bestuur (hierna: het ROC),")
    d.add_paragraph("overwegende dat:")
    for t in ["a. steeds meer leerlingen van de school na hun vmbo-diploma kiezen voor een creatieve "
              "mbo-opleiding en de overstap naar het mbo voor een deel van hen te groot blijkt;",
              "b. de reclamebureaus, drukkerijen en gamestudio's in de regio Breda-Oosterhout hebben laten "
              "weten graag betrokken te worden bij de opleiding van toekomstige mediavormgevers;",
              "c. de school en het ROC daarom samen een doorlopende leerroute vmbo-mbo willen aanbieden,"]:
        d.add_paragraph(t).paragraph_format.left_indent = Pt(18)
    d.add_paragraph("spreken het volgende af.")

    d.add_heading("1. Waar we aan beginnen", level=1)
    d.add_paragraph("Vanaf 1 augustus 2025 kunnen leerlingen van de school die in de gemengde leerweg het "
                    "profiel Media, vormgeving en ICT volgen, in leerjaar 3 starten met een doorlopende "
                    "leerroute naar de opleiding Mediavormgever (niveau 4, opleidingsdomein ICT en creatieve "
                    "industrie, beroepsopleidende leerweg) van het ROC. Leerjaar 3 en 4 volgen zij op de "
                    "school; daarna zijn zij student van het ROC. Het vmbo-diploma halen zij uiterlijk in het "
                    "derde routejaar. De school en het ROC melden de route samen bij DUO.")

    d.add_heading("2. Wie aan het roer staat", level=1)
    d.add_paragraph("De route wordt geleid door een routeteam: de teamleider Media, vormgeving en ICT van de "
                    "school, de opleidingsmanager Creatieve industrie van het ROC en een routecoördinator. "
                    "De teamleider en de opleidingsmanager worden door hun eigen college van bestuur in het "
                    "routeteam aangewezen; de routecoördinator wordt door beide colleges samen benoemd, voor "
                    "twee jaar.")
    d.add_paragraph("Het routeteam maakt de jaarplanning, stelt het gezamenlijke PTA/OER op, beslist over de "
                    "toelating van leerlingen tot de route, maakt het rooster en verdeelt de docenten die de "
                    "school en het ROC beschikbaar stellen. Het routeteam mag daarover zelf beslissen. "
                    "Wijzigingen in deze afspraken, uitbreiding van personeel en het stoppen van de route "
                    "blijven aan de colleges van bestuur.")

    d.add_heading("3. Hoe de besturen het horen", level=1)
    d.add_paragraph("Na ieder semester, in februari en in juli, stuurt de routecoördinator beide colleges van "
                    "bestuur een schriftelijk verslag met de aantallen leerlingen, de resultaten, de "
                    "leerlingen die zijn gestopt of overgestapt en de knelpunten. Ieder jaar in september "
                    "presenteert het routeteam het afgelopen schooljaar in het gezamenlijke bestuurlijk "
                    "overleg en legt het daar verantwoording af over de keuzes die het heeft gemaakt.")

    d.add_heading("4. Mensen, ruimtes en spullen", level=1)
    d.add_paragraph("Het eerste routejaar wordt op de school gegeven. In het tweede routejaar volgen de "
                    "leerlingen één dag per week les op de Creative Campus van het ROC in Breda; vanaf het "
                    "derde routejaar volgen zij het hele programma daar. Het programma en de examens per "
                    "routejaar, en welk deel vmbo en welk deel mbo is, staan in het gezamenlijke PTA/OER dat "
                    "beide colleges jaarlijks vóór 1 juli vaststellen.")
    d.add_paragraph("Twee docenten grafisch ontwerp van het ROC geven vanaf het eerste routejaar vier uur per "
                    "week les op de school. De docent beeldende vorming van de school werkt in het derde "
                    "routejaar twee uur per week mee in het docententeam van het ROC, voor de studenten die "
                    "nog vmbo-onderdelen afronden. Voor het vakoverstijgende Merkproject in het tweede "
                    "routejaar vormen de docenten van beide partijen één team met teambevoegdheid. Iedereen "
                    "blijft in dienst van zijn eigen werkgever.")
    docx_textbox(d, 1, "Wat we delen", [
        "De school: het Mac-lokaal met 28 werkplekken en de fotostudio, op maandag en woensdag ook "
        "beschikbaar voor lessen van het ROC.",
        "Het ROC: de drukwerkplaats met risoprinter, de motion-capture-studio en de geluidsstudio op de "
        "Creative Campus, op vrijdag beschikbaar voor leerlingen uit het tweede routejaar.",
        "Software: de leerlingen gebruiken vanaf het eerste routejaar de licenties van het ROC."], 120,
        first=True)
    d.add_paragraph("Een klacht over iemand van de andere partij wordt behandeld volgens de klachtenregeling "
                    "van de partij waar de leerling of student staat ingeschreven.")

    d.add_heading("5. Als het anders loopt", level=1)
    d.add_paragraph("Niet iedere leerling maakt de route af. Wie de route verlaat, moet toch een diploma "
                    "kunnen halen dat past bij wat hij al heeft behaald en bij zijn leeftijd. Voor een "
                    "leerling die de route verlaat, liggen deze wegen open:")
    for t in ["in het eerste of tweede routejaar: verder in de gemengde leerweg van de school, met het "
              "gewone vmbo-examen;",
              "met vmbo-diploma: een andere opleiding van het ROC op niveau 3 of 4, zoals Medewerker "
              "podium- en evenemententechniek of Software developer, zonder vooropleidingseisen;",
              "zonder vmbo-diploma aan het eind van het derde routejaar: verder in de opleiding "
              "Mediavormgever of in de opleiding Allround medewerker mediaproductie (niveau 3), met een "
              "herkansing van het vmbo-examen op de school."]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("6. Over en weer", level=1)
    d.add_paragraph("Er gaat tussen de school en het ROC geen geld over en weer: geen van beide draagt een "
                    "deel van zijn bekostiging aan de ander over. Ieder draagt de kosten van de eigen "
                    "docenten, ruimtes en middelen.")

    d.add_heading("7. Wie er verder iets over te zeggen heeft", level=1)
    d.add_paragraph("De school en het ROC maken aanvullende afspraken over de rol van de "
                    "medezeggenschapsraad en de studentenraad in de route: [PM - invullen na het advies van "
                    "de MR en de studentenraad, verwacht in het najaar van 2025].")

    d.add_heading("8. Als het schuurt", level=1)
    docx_textbox(d, 2, "Stappenplan bij onenigheid tussen de school en het ROC", [
        "Stap 1. De routecoördinator, de teamleider en de opleidingsmanager bespreken het probleem binnen "
        "drie weken.",
        "Stap 2. Lukt dat niet, dan leggen zij het voor aan de beide colleges van bestuur, die binnen zes "
        "weken samen een oplossing zoeken.",
        "Stap 3. Komen de colleges er niet uit, dan vragen zij samen een onafhankelijke mediator om te "
        "bemiddelen.",
        "Stap 4. Levert de mediation na drie maanden niets op, dan kan ieder van beiden naar de "
        "rechtbank Zeeland-West-Brabant."], 150)

    d.add_heading("9. Nieuwe gezichten, afscheid en bijstellen", level=1)
    d.add_paragraph("Een andere vmbo-school of mbo-instelling die mee wil doen, kan aansluiten als zij het "
                    "profiel Media, vormgeving en ICT of de opleiding Mediavormgever aanbiedt, het PTA/OER "
                    "overneemt en beide colleges van bestuur schriftelijk instemmen; zij tekent dan deze "
                    "afspraken mee, met ingang van een nieuw schooljaar.")
    d.add_paragraph("Wie wil stoppen, zegt deze afspraken schriftelijk op, uiterlijk op 1 augustus van het "
                    "schooljaar voordat de beëindiging ingaat. Na een opzegging stromen er geen nieuwe "
                    "leerlingen meer in; wie al in de route zit, maakt die af bij de school en het ROC.")
    d.add_paragraph("Deze afspraken worden alleen schriftelijk en door beide colleges samen aangepast. Een "
                    "aanpassing die leerlingen raakt, gaat pas in voor de groep die daarna instroomt.")

    d.add_heading("10. Tot slot", level=1)
    d.add_paragraph("Deze afspraken gaan in op 1 augustus 2025 en gelden voor onbepaalde tijd.")
    d.add_paragraph("Oosterhout, 24 juni 2025")
    tbl = d.add_table(rows=2, cols=2)
    tbl.cell(0, 0).text = "Namens Stichting Voortgezet Onderwijs Oosterhout en omstreken"
    tbl.cell(0, 1).text = "Namens Stichting ROC Mark en Donge"
    tbl.cell(1, 0).text = "drs. R.J.M. Damen"
    tbl.cell(1, 1).text = "mr. L.A. Oomen"
    return docx_finish(d, "Samen verder - creatieve leerroute", "Vrachelen College")


# ----------------------------------------------------------------------------------------------
# h152 - long agreement with table of contents, running headers and footers, annexes (PDF)
# ----------------------------------------------------------------------------------------------

@sample(152, "lang_inhoudsopgave_kopregels_geintegreerd_teelt_midden_delfland", "pdf",
        "Lange overeenkomst met titelblad, inhoudsopgave met paginanummers, kop- en voetregels op elke "
        "pagina, begripsbepalingen en twee bijlagen (routeschema en financiële tabel); PDF; "
        "Maassluis/Midden-Delfland, geïntegreerde route groen bb -> Medewerker teelt niveau 2 met AOC; "
        "volledig conform, passende plek zonder automatische Entree.",
        st("pppppppppp"),
        {"a": "Artikel 3 De geïntegreerde route", "b": "Artikel 4 Tuinders en groene bedrijven",
         "c": "Artikel 5 Stuurgroep", "d": "Artikel 6 Informatievoorziening en verantwoording",
         "e": "Artikel 7 Inrichting van de route", "f": "Artikel 9 Passende plek bij voortijdig vertrek",
         "g": "Artikel 10 Bekostiging", "h": "Artikel 11 Medezeggenschap",
         "i": "Artikel 12 Geschillen", "j": "Artikel 13 Toetreding, wijziging en beëindiging"})
def build_152():
    R = _pdf_imports()
    mm, colors, Spacer, PageBreak = R["mm"], R["colors"], R["Spacer"], R["PageBreak"]
    from reportlab.platypus.tableofcontents import TableOfContents
    from reportlab.lib.styles import ParagraphStyle
    s = pdf_styles(base_font="Helvetica", size=9.8, leading=13.2)
    F = []

    def b(text):
        F.append(P(text, s["body"]))

    def lid(text):
        F.append(P(text, s["indent"]))

    def art(text):
        F.append(P(text, s["h1"]))

    # title page
    F.append(Spacer(1, 45 * mm))
    F.append(P("SAMENWERKINGSOVEREENKOMST", s["title"]))
    F.append(P("geïntegreerde route vmbo-basisberoepsopleiding\nGroen (basisberoepsgerichte leerweg) - "
               "Medewerker teelt (niveau 2)", s["subtitle"]))
    F.append(Spacer(1, 12 * mm))
    F.append(P("tussen", s["subtitle"]))
    F.append(P("Stichting Christelijk Voortgezet Onderwijs Waterweg-Noord\nbevoegd gezag van het "
               "Lickebaertcollege te Maassluis", s["subtitle"]))
    F.append(P("en", s["subtitle"]))
    F.append(P("Stichting Agrarisch Opleidingscentrum Westergroen\nte De Lier", s["subtitle"]))
    F.append(Spacer(1, 30 * mm))
    F.append(P("Definitief - versie 1.0 - 30 juni 2025", s["subtitle"]))
    F.append(PageBreak())

    # table of contents
    F.append(P("Inhoudsopgave", s["h2"]))
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("toc1", fontName="Helvetica", fontSize=9.8, leading=15,
                                      leftIndent=6)]
    toc.dotsMinLevel = 0
    F.append(toc)
    F.append(PageBreak())

    b("**Partijen**")
    lid("1. Stichting Christelijk Voortgezet Onderwijs Waterweg-Noord, statutair gevestigd te Maassluis, "
        "bevoegd gezag van het Lickebaertcollege, school voor vmbo, te dezen rechtsgeldig vertegenwoordigd "
        "door de voorzitter van het college van bestuur, de heer drs. W.J. van der Knaap, hierna te noemen: "
        "de school;")
    lid("2. Stichting Agrarisch Opleidingscentrum Westergroen, statutair gevestigd te De Lier, gemeente "
        "Westland, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, "
        "mevrouw ir. C.M. Zwinkels, hierna te noemen: het AOC;")
    b("hierna gezamenlijk te noemen: partijen.")
    b("**Overwegingen**")
    lid("A. Het Lickebaertcollege biedt in de basisberoepsgerichte leerweg het profiel Groen aan; het AOC "
        "verzorgt in De Lier de opleidingen van het kwalificatiedossier Teelt.")
    lid("B. Een deel van de leerlingen van de basisberoepsgerichte leerweg heeft baat bij een programma "
        "waarin het vmbo-deel en het mbo-deel als één geheel worden aangeboden en waarin het vmbo-examen "
        "achterwege kan blijven.")
    lid("C. Partijen willen daartoe een geïntegreerde route verzorgen en de afspraken die de wet daarover "
        "voorschrijft in deze overeenkomst vastleggen.")
    b("Partijen komen het volgende overeen.")

    art("Artikel 1 Begripsbepalingen")
    b("In deze overeenkomst wordt verstaan onder:")
    for t in ["a. __route__: de geïntegreerde route vmbo-basisberoepsopleiding bedoeld in artikel 3;",
              "b. __routejaar__: een leerjaar van de route; routejaar 1 valt samen met leerjaar 3 van de "
              "school;",
              "c. __leerling__: een leerling van de school of een student van het AOC die aan de route "
              "deelneemt;",
              "d. __stuurgroep__: de leiding over de route bedoeld in artikel 5;",
              "e. __OER__: de gezamenlijke onderwijs- en examenregeling van de route, waarin ook de "
              "vmbo-onderdelen zijn opgenomen;",
              "f. __leerkas__: de praktijkkas van het AOC aan de Hoogwerf te De Lier, met een teeltoppervlak "
              "van 2.400 m2;",
              "g. __bestuurlijk overleg__: het overleg tussen de voorzitters van de colleges van bestuur van "
              "partijen."]:
        lid(t)

    art("Artikel 2 Doel")
    b("Deze overeenkomst regelt de gezamenlijke verzorging van de route, met als doel dat leerlingen via een "
      "ononderbroken leerweg een diploma op niveau 2 behalen dat toegang geeft tot werk in de teeltsector "
      "of tot een vervolgopleiding op niveau 3.")

    art("Artikel 3 De geïntegreerde route")
    lid("3.1 Partijen verzorgen gezamenlijk een geïntegreerde route vmbo-basisberoepsopleiding als bedoeld "
        "in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB.")
    lid("3.2 De route is bestemd voor leerlingen van de school die in de basisberoepsgerichte leerweg het "
        "profiel Groen volgen, en leidt tot het diploma van de basisberoepsopleiding Medewerker teelt "
        "(niveau 2, kwalificatiedossier Teelt, opleidingsdomein Voedsel, natuur en leefomgeving) in de "
        "beroepsopleidende leerweg.")
    lid("3.3 De route omvat routejaar 1 tot en met 3. De school neemt bij leerlingen in de route geen "
        "eindexamen van de basisberoepsgerichte leerweg af, tenzij artikel 9 anders bepaalt.")
    lid("3.4 De school beslist over deelname van een leerling aan de route in overleg met de leerling en "
        "diens ouders, nadat zij daarover met het AOC heeft overlegd.")
    lid("3.5 Partijen melden de route gezamenlijk aan bij de minister door registratie in RIO.")

    art("Artikel 4 Tuinders en groene bedrijven")
    lid("4.1 Bij de invulling van de route worden de volgende bedrijven betrokken: Kwekerij De Zuidkade "
        "(tomaten, Maasland), Potplantenbedrijf Groenlinde (Schipluiden), Orchideeënkwekerij Vlietzicht "
        "(Den Hoorn) en Loonbedrijf Van Wingerden Groenvoorziening (Maassluis), alle erkend leerbedrijf, "
        "alsmede de regionale afdeling van de glastuinbouwvereniging Delfland.")
    lid("4.2 De bedrijven nemen de volgende taken op zich: a. in routejaar 1 ontvangen zij iedere leerling "
        "op vier bedrijfsbezoeken; b. in routejaar 2 bieden zij iedere leerling een wekelijkse kasdag als "
        "leerwerkplek; c. in routejaar 3 bieden zij bpv-plaatsen; d. hun teeltadviseurs verzorgen per "
        "schooljaar ten minste zes gastlessen over teeltsturing en gewasbescherming; e. hun "
        "praktijkopleiders beoordelen de praktijkexamens mee.")
    lid("4.3 Tweemaal per jaar, in november en in april, komen vertegenwoordigers van de bedrijven en de "
        "glastuinbouwvereniging bijeen met de stuurgroep aan de werkveldtafel. Het advies van de werkveldtafel "
        "over de inhoud van het programma wordt schriftelijk vastgelegd en door de stuurgroep bij de "
        "vaststelling van het OER betrokken. De adviseur van SBB wordt voor de werkveldtafel uitgenodigd.")

    art("Artikel 5 Stuurgroep")
    lid("5.1 De leiding over de route berust bij de stuurgroep. De stuurgroep bestaat uit de afdelingsleider "
        "basisberoepsgerichte leerweg van de school, de teamleider teelt van het AOC en de routecoördinator. "
        "Een praktijkopleider van een van de bedrijven bedoeld in artikel 4 woont de vergaderingen bij als "
        "adviseur zonder stemrecht.")
    lid("5.2 De afdelingsleider wordt aangewezen door het college van bestuur van de school, de teamleider "
        "door het college van bestuur van het AOC. De routecoördinator wordt benoemd door het college van "
        "bestuur van het AOC, in overeenstemming met het college van bestuur van de school, voor een periode "
        "van drie schooljaren; herbenoeming is mogelijk. De praktijkopleider wordt door de werkveldtafel "
        "voorgedragen en door de stuurgroep uitgenodigd.")
    lid("5.3 De stuurgroep heeft tot taak: a. het opstellen van het OER en het jaarrooster; b. de "
        "toelating van leerlingen tot de route, met inachtneming van artikel 3.4; c. de verdeling van de "
        "docenten van partijen over de routejaren binnen de formatie die partijen daarvoor beschikbaar "
        "stellen; d. de planning van het gebruik van de leerkas en de praktijkruimten; e. het onderhouden "
        "van de contacten met de bedrijven; f. het nemen van besluiten over een overstap als bedoeld in "
        "artikel 9, voor zover de daar genoemde functionarissen niet tot overeenstemming komen.")
    lid("5.4 Partijen dragen de in lid 3 genoemde taken met de bijbehorende beslissingsbevoegdheid op aan "
        "de stuurgroep. De stuurgroep besluit bij unanimiteit van de stemgerechtigde leden; komt zij niet "
        "tot een besluit, dan beslist het bestuurlijk overleg. Niet aan de stuurgroep opgedragen zijn de "
        "vaststelling van de begroting van de route, het aangaan van verplichtingen boven € 10.000, "
        "personele benoemingen en wijziging of beëindiging van deze overeenkomst.")

    art("Artikel 6 Informatievoorziening en verantwoording")
    lid("6.1 De stuurgroep brengt tweemaal per jaar, uiterlijk op 1 maart en 1 oktober, een schriftelijke "
        "voortgangsrapportage uit aan de colleges van bestuur van beide partijen.")
    lid("6.2 De rapportage van 1 oktober omvat de routemonitor over het afgelopen schooljaar, met ten minste "
        "de instroom per routejaar, de uitval en de overstappen op grond van artikel 9, de behaalde "
        "diploma's, het verzuim, de inzet van personeel en de besteding van de middelen bedoeld in artikel 10.")
    lid("6.3 De stuurgroep verantwoordt zich over de routemonitor in het bestuurlijk overleg van oktober. "
        "Het verslag van dat overleg wordt door beide colleges vastgesteld.")
    lid("6.4 Ieder college van bestuur kan de stuurgroep te allen tijde om inlichtingen vragen; de stuurgroep "
        "verstrekt die binnen tien werkdagen aan beide colleges.")

    art("Artikel 7 Inrichting van de route")
    lid("7.1 Routejaar 1 wordt verzorgd op de school, met één dag per week praktijkonderwijs in de leerkas "
        "van het AOC. In routejaar 2 wordt het onderwijs twee dagen per week op de school en drie dagen per "
        "week bij het AOC en op de kasdag bij een leerbedrijf verzorgd. Routejaar 3 wordt volledig door het "
        "AOC verzorgd, met bpv bij de bedrijven bedoeld in artikel 4.")
    lid("7.2 Het onderwijsprogramma en de examinering per routejaar zijn beschreven in het OER, dat "
        "partijen jaarlijks vóór 1 juli vaststellen. Het OER geeft aan welke programmaonderdelen tot het "
        "vmbo-deel en welke tot het mbo-deel behoren. Een samenvatting per routejaar is opgenomen in "
        "bijlage 1.")
    lid("7.3 Partijen zetten voor de route een vast team in van vier docenten van de school (Nederlands, "
        "rekenen, maatschappijleer en groen) en drie docenten teelt van het AOC. De docenten teelt van het AOC "
        "verzorgen in routejaar 1 wekelijks vier lesuren op de school; de docent Nederlands van de school "
        "verzorgt in routejaar 3 twee lesuren per week bij het AOC.")
    lid("7.4 Voor het vak- en sectoroverstijgende Teeltproject in routejaar 1 en 2 maken partijen gebruik "
        "van de mogelijkheid van een team van leraren en docenten als bedoeld in artikel 7.13a WVO 2020 en "
        "artikel 9.1.12 WEB. Ieder teamlid is verantwoordelijk voor het onderdeel waarvoor hij bevoegd is, "
        "en het team dekt gezamenlijk alle onderdelen van het project.")
    lid("7.5 Docenten blijven in dienst van hun eigen werkgever en worden over en weer ingezet zonder "
        "detachering. Partijen stellen jaarlijks een gezamenlijk scholingsplan op voor het team.")
    lid("7.6 Het AOC stelt de leerkas, het teeltlaboratorium en de machinehal ter beschikking voor het "
        "onderwijs in routejaar 1 en 2. De school stelt haar schooltuin, het praktijklokaal groen en haar "
        "computerlokaal ter beschikking voor de lessen die docenten van het AOC op de school verzorgen. De "
        "school regelt op eigen kosten het busvervoer van de leerlingen tussen Maassluis en De Lier.")

    art("Artikel 8 Leerlingzaken")
    lid("8.1 In routejaar 1 en 2 staat de leerling ingeschreven bij de school; met ingang van routejaar 3 "
        "staat hij ingeschreven bij het AOC. De partij waar de leerling staat ingeschreven, is "
        "verantwoordelijk voor de verzuimregistratie en de melding aan de leerplichtambtenaar.")
    lid("8.2 De ondersteuning van leerlingen geschiedt volgens het schoolondersteuningsprofiel van de school "
        "respectievelijk het ondersteuningsbeleid van het AOC. Bij de overgang naar routejaar 3 vindt een "
        "warme overdracht plaats.")
    lid("8.3 Klachten over gedragingen van bestuur of personeel van de andere partij die verband houden met "
        "de route, worden behandeld volgens de klachtenregeling van de partij waar de leerling staat "
        "ingeschreven. De andere partij verleent daaraan haar medewerking.")
    lid("8.4 Partijen wisselen alleen de persoonsgegevens uit die voor de uitvoering van de route nodig "
        "zijn, met inachtneming van de AVG en de privacyreglementen van partijen.")

    art("Artikel 9 Passende plek bij voortijdig vertrek")
    lid("9.1 Iedere leerling die zich uit de route terugtrekt of van wie de deelname om een andere reden "
        "eindigt, is verzekerd van een passende plek waar hij een diploma kan behalen. Partijen zorgen "
        "ervoor dat dit een vmbo-diploma of een mbo-diploma is dat past bij het bereikte onderwijsniveau "
        "en de leeftijd van de leerling.")
    lid("9.2 Afhankelijk van het moment van vertrek staan in elk geval de volgende wegen open: a. bij "
        "vertrek in routejaar 1: voortzetting in de basisberoepsgerichte leerweg van de school in het profiel "
        "Groen of een ander profiel, met eindexamen; b. bij vertrek in routejaar 2: ofwel het afleggen van "
        "het eindexamen basisberoepsgerichte leerweg bij de school aan het einde van dat routejaar, ofwel "
        "instroom in een andere opleiding op niveau 2 van het AOC, zoals Medewerker groene ruimte of "
        "Medewerker dierverzorging, zonder dat vooropleidingseisen worden gesteld; c. bij vertrek in "
        "routejaar 3: overstap naar een andere opleiding op niveau 2 bij het AOC, of begeleiding naar een "
        "opleiding bij een andere instelling, waar toelating kan volgen na een geschiktheidsonderzoek.")
    lid("9.3 Een leerling stroomt niet automatisch door naar de Entreeopleiding. Begeleiding via de "
        "Entreeopleiding naar werk komt alleen aan de orde wanneer het behalen van een diploma op niveau 2 "
        "aantoonbaar niet haalbaar is, en alleen met instemming van de leerling en zijn ouders.")
    lid("9.4 Welke weg wordt gevolgd, wordt gezamenlijk bepaald door de afdelingsleider van de school en de "
        "teamleider teelt van het AOC, na een gesprek met de leerling en zijn ouders. Komen zij niet tot "
        "overeenstemming, dan beslist de stuurgroep. De afweging wordt in het leerlingdossier vastgelegd.")
    lid("9.5 De school neemt een beschrijving van de mogelijkheden bedoeld in dit artikel op in haar "
        "schoolgids.")

    art("Artikel 10 Bekostiging")
    lid("10.1 Met toepassing van artikel 5.42a WVO 2020 draagt de school een deel van haar bekostiging over "
        "aan het AOC, te weten € 350 voor iedere leerling die op 1 oktober in routejaar 1 staat "
        "ingeschreven en € 1.400 voor iedere leerling die op 1 oktober in routejaar 2 staat ingeschreven.")
    lid("10.2 Het over te dragen bedrag is bestemd voor de lessen die docenten van het AOC in routejaar 1 "
        "en 2 verzorgen en voor het gebruik van de leerkas, het teeltlaboratorium en de machinehal.")
    lid("10.3 Het AOC draagt geen bekostiging over aan de school. De nadere uitwerking van de facturering "
        "en de indexering is opgenomen in bijlage 2.")

    art("Artikel 11 Medezeggenschap")
    lid("11.1 Voor de leerlingen, hun ouders en het personeel geldt het medezeggenschapsregime van de partij "
        "waar zij staan ingeschreven of in dienst zijn. In aanvulling daarop komen partijen het volgende "
        "overeen.")
    lid("11.2 De medezeggenschapsraad van de school en de studentenraad van het AOC vormen voor de route "
        "een gezamenlijke commissie Groene route, waarin ieder van beide raden twee leden benoemt. Het OER "
        "en de routemonitor worden jaarlijks ter advisering aan deze commissie voorgelegd.")
    lid("11.3 Leerlingen in routejaar 2, die nog bij de school staan ingeschreven, hebben actief en passief "
        "kiesrecht voor de studentenraad van het AOC; één zetel in de studentenraad is voor een leerling uit "
        "de route gereserveerd.")

    art("Artikel 12 Geschillen")
    lid("12.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst voorgelegd aan "
        "de stuurgroep, die binnen twee weken een oplossing zoekt.")
    lid("12.2 Lukt dat niet, dan wordt het geschil binnen vier weken besproken in het bestuurlijk overleg.")
    lid("12.3 Leidt het bestuurlijk overleg niet tot een oplossing, dan schakelen partijen een gezamenlijk "
        "gekozen MfN-registermediator in. Heeft de mediation na drie maanden niet tot een oplossing geleid, "
        "dan kan iedere partij het geschil voorleggen aan de bevoegde rechter van de rechtbank Den Haag.")

    art("Artikel 13 Toetreding, wijziging en beëindiging")
    lid("13.1 Een andere school voor vmbo met het profiel Groen in de basisberoepsgerichte leerweg, of een "
        "andere instelling voor beroepsonderwijs die de opleiding Medewerker teelt aanbiedt, kan partij "
        "worden bij deze overeenkomst indien beide partijen daarmee schriftelijk instemmen en de "
        "toetredende partij een toetredingsakte ondertekent. Toetreding gaat in bij het begin van een "
        "schooljaar en laat de rechten van leerlingen die al in de route zijn ingestroomd onverlet.")
    lid("13.2 Deze overeenkomst kan slechts schriftelijk en met instemming van beide partijen worden "
        "gewijzigd, na advies van de stuurgroep en de commissie Groene route. Een wijziging die het "
        "programma of de examinering raakt, geldt niet voor leerlingen die al in de route zijn ingestroomd, "
        "tenzij zij daardoor niet in een nadeliger positie komen.")
    lid("13.3 Iedere partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van enig "
        "jaar, met inachtneming van een opzegtermijn van ten minste achttien maanden. Ontbinding is alleen "
        "mogelijk bij een toerekenbare tekortkoming die na schriftelijke ingebrekestelling niet binnen twee "
        "maanden is hersteld.")
    lid("13.4 Na opzegging of ontbinding worden geen nieuwe leerlingen tot de route toegelaten. Leerlingen "
        "die al in de route zijn ingestroomd, ronden die af onder de voorwaarden van deze overeenkomst; de "
        "artikelen 7 tot en met 11 blijven daartoe van kracht totdat de laatste leerling de route heeft "
        "verlaten.")

    art("Artikel 14 Duur en evaluatie")
    b("Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd. In het "
      "schooljaar 2027-2028 evalueren partijen de route aan de hand van de routemonitor en het advies van "
      "de werkveldtafel.")

    art("Artikel 15 Slotbepalingen")
    lid("15.1 De bijlagen maken deel uit van deze overeenkomst. Bij strijdigheid gaat de hoofdtekst voor.")
    lid("15.2 Op deze overeenkomst is Nederlands recht van toepassing.")
    F.append(Spacer(1, 8))
    b("Aldus overeengekomen en in tweevoud ondertekend te Maassluis op 30 juni 2025.")
    F.append(pdf_table([
        ["Stichting Christelijk Voortgezet Onderwijs Waterweg-Noord", "Stichting Agrarisch Opleidingscentrum "
                                                                       "Westergroen"],
        ["drs. W.J. van der Knaap\nvoorzitter college van bestuur",
         "ir. C.M. Zwinkels\nvoorzitter college van bestuur"],
    ], [80 * mm, 80 * mm], grid=False, style_cmds=[("TOPPADDING", (0, 1), (-1, 1), 30)]))

    F.append(PageBreak())
    art("Bijlage 1 Route per routejaar")
    F.append(pdf_table([
        ["Routejaar", "Inschrijving", "Waar", "Programma", "Examinering"],
        ["1 (leerjaar 3)", "school", "school; 1 dag leerkas AOC", "algemene vakken, profielvak Groen "
         "geïntegreerd met mbo-onderdelen teelt, Teeltproject", "schoolexamenonderdelen als bouwstenen voor "
         "het mbo-deel; geen centraal examen"],
        ["2 (leerjaar 4)", "school", "2 dagen school, 2 dagen AOC, 1 kasdag leerbedrijf", "Nederlands, "
         "rekenen, burgerschap; beroepsgerichte onderdelen Medewerker teelt; Teeltproject",
         "eerste proeven van bekwaamheid in de leerkas"],
        ["3", "AOC", "AOC en bpv", "afronding Medewerker teelt, keuzedelen, bpv",
         "proeven van bekwaamheid en centrale examens Nederlands en rekenen; diploma niveau 2"],
    ], [22 * mm, 22 * mm, 35 * mm, 50 * mm, 37 * mm], header_row=True,
        style_cmds=[("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.92, 0.85))]))

    art("Bijlage 2 Financiële afspraken")
    F.append(pdf_table([
        ["Onderdeel", "Bedrag", "Peildatum", "Factuur", "Bestemming"],
        ["routejaar 1", "€ 350 per leerling", "1 oktober", "december", "lessen docenten teelt op de school"],
        ["routejaar 2", "€ 1.400 per leerling", "1 oktober", "december en april (in twee helften)",
         "lessen AOC en gebruik leerkas, laboratorium en machinehal"],
        ["indexering", "jaarlijks per 1 augustus met het percentage van de prijsbijstelling van de "
                       "rijksbijdrage vo", "-", "-", "-"],
    ], [24 * mm, 40 * mm, 22 * mm, 34 * mm, 46 * mm], header_row=True,
        style_cmds=[("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.92, 0.85))]))

    def header(c, page, total):
        if page == 1:
            return
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.Color(0.25, 0.45, 0.25))
        c.drawString(22 * mm, 287 * mm, "Samenwerkingsovereenkomst geïntegreerde route Groen - Medewerker teelt")
        c.drawRightString(188 * mm, 287 * mm, "Lickebaertcollege | AOC Westergroen")
        c.setStrokeColor(colors.Color(0.25, 0.45, 0.25))
        c.line(22 * mm, 285 * mm, 188 * mm, 285 * mm)
        c.setFillColor(colors.black)

    def footer(c, page, total):
        if page == 1:
            return
        c.setFont("Helvetica", 7.5)
        c.drawString(22 * mm, 12 * mm, "Definitief - versie 1.0 - 30 juni 2025")
        c.drawRightString(188 * mm, 12 * mm, "Pagina %d van %d" % (page, total))
        c.drawCentredString(105 * mm, 12 * mm, "paraaf school ____   paraaf AOC ____")

    return make_pdf(F, "Samenwerkingsovereenkomst geïntegreerde route Groen - Medewerker teelt",
                    "Stichting CVO Waterweg-Noord", header=header, footer=footer,
                    toc_levels={"h1": 0})


# ==============================================================================================
# MAIN
# ==============================================================================================

def norm(t):
    t = t.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-").replace("\xa0", " ")
    return re.sub(r"\s+", " ", t).strip()


def extract_text(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        out = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            out.append(tp.get_text_range())
        return "\n".join(out)
    if path.endswith(".docx"):
        import docx
        docx.Document(path)  # must open
        return docx_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def expected_json(meta):
    return {"description": meta["description"], "split": "heldout",
            "statuses": meta["statuses"], "evidence": meta["evidence"]}


def build(nums):
    for n in nums:
        meta = SAMPLES[n]
        data = meta["fn"]()
        path = os.path.join(OUT_DIR, meta["name"] + "." + meta["ext"])
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        with open(os.path.join(OUT_DIR, meta["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(expected_json(meta), ensure_ascii=False, indent=2) + "\n")
        print("wrote", os.path.basename(path), len(data), "bytes")


def check(nums):
    ok = True
    for n in nums:
        meta = SAMPLES[n]
        path = os.path.join(OUT_DIR, meta["name"] + "." + meta["ext"])
        errs = []
        if not os.path.exists(path):
            errs.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa
                text = ""
                errs.append("cannot open: %r" % e)
            for k, ev in meta["evidence"].items():
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
            jp = os.path.join(OUT_DIR, meta["name"] + ".expected.json")
            try:
                with open(jp, encoding="utf-8") as f:
                    got = json.load(f)
                if got != expected_json(meta):
                    errs.append("expected.json differs from table")
            except Exception as e:  # noqa
                errs.append("expected.json unreadable: %r" % e)
            words = len(text.split())
        print("%-70s %s" % (meta["name"] + "." + meta["ext"],
                            "OK (%d words)" % words if not errs else "FAIL"))
        for e in errs:
            print("    -", e)
        ok = ok and not errs
    return ok


def main(argv):
    do_check = "--check" in argv
    nums = [int(a) for a in argv if a.isdigit()] or sorted(SAMPLES)
    if do_check:
        sys.exit(0 if check(nums) else 1)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
