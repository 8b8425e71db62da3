#!/usr/bin/env python3
"""Held-out sample agreements h209-h216 for leerroute-check.

Written by an independent helper session. The agreements and their labels were
composed from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie, /work/shared/seeds),
/work/shared/domain.md and /work/main/sample_agreements/LABELS.md only, without
looking at the checker code, its models or tests, or the texts of any other
sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout14b.py            build all samples
    python3 build_heldout14b.py 209 212    build only those (h-prefix or last
                                           two digits also accepted)
    python3 build_heldout14b.py --check    open every produced file and verify it
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024

SAMPLES = {}


def st(spec):
    """'a=present b=weak ...' -> dict in a..j order."""
    out = {}
    for part in spec.split():
        k, v = part.split("=")
        out[k] = v
    assert sorted(out) == list("abcdefghij"), spec
    for v in out.values():
        assert v in ("present", "weak", "missing", "not_applicable"), v
    return out


def sample(num, name, ext, description, statuses, evidence):
    def deco(fn):
        ev = dict(evidence)
        for k in ev:
            assert statuses[k] == "present", (num, k)
        SAMPLES[num] = dict(name=name, ext=ext, description=description,
                            statuses=statuses, evidence=ev, build=fn)
        return fn
    return deco


def expected_json(s):
    return {"description": s["description"], "split": "heldout",
            "statuses": s["statuses"], "evidence": s["evidence"]}


# ----------------------------------------------------------------- text files

def write_text(path, text):
    text = text.strip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ----------------------------------------------------------------- PDF helpers

def _pdf_imports():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph,
                                    SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    return locals()


def esc(t):
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"__(.+?)__", r"<i>\1</i>", t)
    return t


def pdf_styles(base=10, font="Helvetica", justify=False):
    L = _pdf_imports()
    PS = L["ParagraphStyle"]
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[font]
    lead = base * 1.35
    return {
        "title": PS("title", fontName=bold, fontSize=base + 6, leading=(base + 6) * 1.25,
                    alignment=L["TA_CENTER"], spaceAfter=6),
        "sub": PS("sub", fontName=font, fontSize=base + 1, leading=(base + 1) * 1.3,
                  alignment=L["TA_CENTER"], spaceAfter=4),
        "h": PS("h", fontName=bold, fontSize=base + 1.5, leading=(base + 1.5) * 1.3,
                spaceBefore=base * 1.0, spaceAfter=base * 0.35, keepWithNext=1),
        "h2": PS("h2", fontName=bold, fontSize=base, leading=lead,
                 spaceBefore=base * 0.6, spaceAfter=base * 0.2, keepWithNext=1),
        "p": PS("p", fontName=font, fontSize=base, leading=lead, spaceAfter=base * 0.45,
                alignment=L["TA_JUSTIFY"] if justify else L["TA_LEFT"]),
        "li": PS("li", fontName=font, fontSize=base, leading=lead, spaceAfter=base * 0.25,
                 leftIndent=base * 2.2, firstLineIndent=-base * 1.4,
                 alignment=L["TA_JUSTIFY"] if justify else L["TA_LEFT"]),
        "small": PS("small", fontName=ital, fontSize=base - 1.5, leading=(base - 1.5) * 1.3,
                    spaceAfter=base * 0.3),
        "cell": PS("cell", fontName=font, fontSize=base - 1, leading=(base - 1) * 1.25),
        "cellb": PS("cellb", fontName=bold, fontSize=base - 1, leading=(base - 1) * 1.25),
        "toc": PS("toc", fontName=font, fontSize=base, leading=lead, leftIndent=base),
    }


def build_pdf(path, blocks, title, author, base=10, font="Helvetica", justify=False,
              footer=None, header=None, margins=2.2):
    """blocks: list of tuples
    ('title', t) ('sub', t) ('h', t) ('h2', t) ('p', t) ('small', t)
    ('li', [(label, text), ...]) ('toc', [t, ...]) ('sp', points) ('pb',)
    ('table', rows, widths_cm, header_rows)  rows: list of lists of str
    ('sig', [(left lines), (right lines)])
    """
    L = _pdf_imports()
    cm = L["cm"]
    S = pdf_styles(base, font, justify)
    P = L["Paragraph"]
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p", "small"):
            story.append(P(esc(b[1]), S[kind]))
        elif kind == "li":
            for label, text in b[1]:
                story.append(P(esc(label) + "&nbsp;&nbsp;" + esc(text), S["li"]))
        elif kind == "toc":
            for t in b[1]:
                story.append(P(esc(t), S["toc"]))
        elif kind == "sp":
            story.append(L["Spacer"](1, b[1]))
        elif kind == "pb":
            story.append(L["PageBreak"]())
        elif kind == "table":
            rows, widths, nhead = b[1], b[2], b[3]
            data = []
            for r_i, row in enumerate(rows):
                style = S["cellb"] if r_i < nhead else S["cell"]
                data.append([P(esc(c), style) for c in row])
            t = L["Table"](data, colWidths=[w * cm for w in widths], repeatRows=nhead)
            t.setStyle(L["TableStyle"]([
                ("GRID", (0, 0), (-1, -1), 0.5, L["colors"].grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, nhead - 1), L["colors"].HexColor("#dde6ee")),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(L["Spacer"](1, 6))
        elif kind == "sig":
            cols = b[1]
            data = [[P(esc(a), S["p"]) for a in row] for row in zip(*cols)]
            t = L["Table"](data, colWidths=[16.0 / len(cols) * cm] * len(cols))
            story.append(L["KeepTogether"]([L["Spacer"](1, 10), t]))
        else:
            raise ValueError(kind)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 8)
        w, h = L["A4"]
        if header:
            canv.drawString(margins * cm, h - 1.2 * cm, header)
        txt = (footer + " - " if footer else "") + "pagina %d" % doc.page
        canv.drawRightString(w - margins * cm, 1.1 * cm, txt)
        canv.restoreState()

    doc = L["SimpleDocTemplate"](
        path, pagesize=L["A4"], invariant=1, title=title, author=author,
        creator="", producer="", subject="",
        leftMargin=margins * cm, rightMargin=margins * cm,
        topMargin=2.0 * cm, bottomMargin=2.0 * cm)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ----------------------------------------------------------------- DOCX helpers

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"


def new_docx(font="Calibri", size=11):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st_ = d.styles["Normal"]
    st_.font.name = font
    st_.font.size = Pt(size)
    return d


def save_docx(d, path, title, author):
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
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def docx_textbox(d, paragraphs, fill="F2F2F2", width_pt=430, title=None, ident=[0]):
    """Append a paragraph holding one inline VML text box with the given
    paragraphs (list of str; '**x**' for bold runs)."""
    from lxml import etree
    from xml.sax.saxutils import escape
    ident[0] += 1
    inner = []
    items = ([("b", title)] if title else []) + [("n", p) for p in paragraphs]
    for kind, ptxt in items:
        runs = []
        parts = re.split(r"(\*\*.+?\*\*)", ptxt)
        for part in parts:
            if not part:
                continue
            bold = part.startswith("**") and part.endswith("**")
            txt = part[2:-2] if bold else part
            rpr = "<w:rPr><w:b/></w:rPr>" if (bold or kind == "b") else ""
            runs.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(txt)))
        inner.append('<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>%s</w:p>' % "".join(runs))
    xml = (
        '<w:p xmlns:w="%s" xmlns:v="%s" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:r><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Tekstvak%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
        'style="width:%dpt;height:auto;mso-wrap-style:square" fillcolor="#%s" strokecolor="#7F7F7F">'
        '<v:textbox style="mso-fit-shape-to-text:t" inset="6pt,4pt,6pt,4pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r></w:p>'
        % (W_NS, V_NS, ident[0], ident[0], width_pt, fill, "".join(inner)))
    el = etree.fromstring(xml)
    body = d.element.body
    body.insert(len(body) - 1, el)  # before sectPr


def docx_para(d, text, style=None, bold_prefix=None, italic=False, align=None, size=None):
    from docx.shared import Pt
    p = d.add_paragraph(style=style)
    parts = re.split(r"(\*\*.+?\*\*)", text)
    if bold_prefix:
        r = p.add_run(bold_prefix)
        r.bold = True
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        else:
            r = p.add_run(part)
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


# ----------------------------------------------------------------- extraction (--check)

def extract_text(path):
    if path.endswith(".pdf"):
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
    if path.endswith(".docx"):
        import docx  # noqa: F401  (opening check)
        docx.Document(path)
        from lxml import etree
        z = zipfile.ZipFile(path)
        out = []
        names = [n for n in z.namelist()
                 if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
        for n in names:
            root = etree.fromstring(z.read(n))
            for el in root.iter():
                if el.tag == "{%s}p" % W_NS:
                    out.append("\n")
                elif el.tag == "{%s}t" % W_NS and el.text:
                    out.append(el.text)
                elif el.tag == "{%s}tab" % W_NS:
                    out.append(" ")
        return "".join(out)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    return " ".join(t.split())


# =================================================================== SAMPLES

# ------------------------------------------------------------------- h211
H211 = """
SAMENWERKINGSOVEREENKOMST
DOORLOPENDE LEERROUTE VMBO-MBO HORECA - KOK
Oostburg en Breskens, gemeente Sluis

PARTIJEN

1. Stichting Openbaar Voortgezet Onderwijs West-Zeeuws-Vlaanderen, statutair gevestigd te Oostburg,
   bevoegd gezag van het Zwinstede College (school voor vmbo), rechtsgeldig vertegenwoordigd door
   mevrouw drs. A.M. de Kraker, voorzitter van het college van bestuur, hierna: de school;

2. Stichting Regionaal Opleidingencentrum Scheldemond, statutair gevestigd te Terneuzen, bevoegd
   gezag van het Scheldemond College, waarvan de Vakschool Horeca en Toerisme te Breskens deel
   uitmaakt, rechtsgeldig vertegenwoordigd door de heer ing. P.J. Verhaegen, voorzitter van het
   college van bestuur, hierna: het ROC.

OVERWEGINGEN

Partijen werken sinds het schooljaar 2021-2022 samen in een pilot "Koksroute Westhoek". Zij willen
die samenwerking vanaf 1 augustus 2025 voortzetten als doorlopende leerroute vmbo-mbo in de zin van
artikel 2.107a en volgende van de Wet voortgezet onderwijs 2020 en hoofdstuk 9, titel 1, van de Wet
educatie en beroepsonderwijs. Deze overeenkomst is de samenwerkingsovereenkomst die daarvoor is
voorgeschreven. Partijen melden de route gezamenlijk bij de Minister via het Register Instellingen
en Opleidingen (RIO); de school en het ROC registreren de route ieder voor hun eigen deel.

Partijen komen het volgende overeen.

DE ROUTE EN DE OPLEIDING

De route verbindt het profiel Horeca, bakkerij en recreatie in de kaderberoepsgerichte leerweg van
de school met de vakopleiding Zelfstandig werkend kok (niveau 3, beroepsopleidende leerweg) in het
opleidingsdomein Horeca en bakkerij van het ROC. Leerjaar 1 en 2 van de route vallen samen met
leerjaar 3 en 4 van het vmbo (de vo-fase); daarna volgt de mbo-fase. De nominale duur van de route
is vier jaar. Het vmbo-diploma wordt in de regel aan het einde van leerjaar 2 van de route behaald
en uiterlijk in leerjaar 3. Mbo-onderdelen en mbo-examens kunnen al vanaf leerjaar 1 van de route
worden aangeboden en afgenomen. Het keuzedeel "Streekproducten Zeeuws-Vlaanderen" maakt vast deel
uit van het programma.

HET WERKVELD

De horeca in de Westhoek is op de volgende manieren bij de invulling van de route betrokken:

a. Een werkveldtafel Kok, met daarin de afdeling Zeeuws-Vlaanderen van Koninklijke Horeca
   Nederland en ten minste vijf erkende leerbedrijven uit Cadzand, Breskens, Sluis en Oostburg,
   komt twee keer per schooljaar bijeen. De werkveldtafel adviseert over de keuze van de
   keuzedelen, over de praktijkopdrachten en over de jaarlijkse evaluatie van het programma. De
   stuurgroep legt schriftelijk vast wat zij met het advies doet.
b. De leerbedrijven stellen vanaf leerjaar 2 van de route plaatsen voor de beroepspraktijkvorming
   beschikbaar; in leerjaar 1 lopen leerlingen tien dagen mee in een keuken ("snuffelstage").
c. Chef-koks van de leerbedrijven verzorgen ten minste vier gastlessen per schooljaar en treden op
   als tweede beoordelaar bij de proeve van bekwaamheid.
d. Het ROC vraagt SBB om advies wanneer een nieuw bedrijf zich als leerbedrijf voor de route
   aanmeldt.

De namen van de deelnemende leerbedrijven staan op een lijst die de routeleider bijhoudt en jaarlijks
aan de werkveldtafel voorlegt.

DE ROUTELEIDING

De leiding over de route berust bij een stuurgroep en een routeleider.

De stuurgroep bestaat uit de afdelingsleider bovenbouw vmbo van de school, de teamleider Horeca van
het ROC en de routeleider; de routeleider heeft geen stem. Het college van bestuur van de school wijst
het lid namens de school aan, het college van bestuur van het ROC het lid namens het ROC. De
routeleider wordt door beide colleges van bestuur gezamenlijk benoemd, op voordracht van de twee
andere stuurgroepleden, voor een termijn van drie schooljaren die eenmaal kan worden verlengd.

De colleges van bestuur dragen aan de stuurgroep op:
- het jaarlijks vaststellen van het routeplan en van het gezamenlijke PTA/OER voor alle leerjaren;
- het besluiten over toelating van leerlingen tot de route;
- het verdelen van de docenturen over de leerjaren, binnen de formatie die de besturen beschikbaar
  stellen;
- het beslissen over overstappen van individuele leerlingen (zie ALS DE ROUTE NIET PAST);
- het onderhouden van de contacten met de werkveldtafel.

De routeleider voert de dagelijkse leiding: rooster, inzet van lokalen, contacten met leerbedrijven
en ouders. Besluiten over wijziging van deze overeenkomst, over uitgaven boven EUR 10.000 en over het
aannemen of ontslaan van personeel blijven voorbehouden aan de colleges van bestuur.

VERANTWOORDING AAN DE BESTUREN

De stuurgroep zendt beide colleges van bestuur vóór 1 november een jaarverslag over het voorgaande
schooljaar. Daarin staan ten minste: het aantal leerlingen per leerjaar, in-, door- en uitstroom,
examen- en diplomaresultaten, het aantal overstappen, de ontvangen klachten en de inzet van personeel
en ruimtes. Vóór 1 april ontvangen de besturen een korte voortgangsnotitie. In december bespreken de
stuurgroep en beide voorzitters van de colleges van bestuur het jaarverslag in een bestuurlijk overleg.
Zaken die de continuïteit van de route raken, meldt de stuurgroep direct aan beide besturen.

ONDERWIJS, PERSONEEL EN RUIMTES

Locaties. Leerjaar 1 van de route wordt gegeven in het gebouw van de school in Oostburg; vanaf leerjaar
2 volgen de leerlingen drie dagen per week onderwijs in Breskens.

Programma en examinering. Partijen beschrijven het onderwijsprogramma, de examinering en de
beroepspraktijkvorming per leerjaar in één PTA/OER, waarin per onderdeel staat of het vo, mbo of
gecombineerd is. De school blijft verantwoordelijk voor het vmbo-examen en de vmbo-diplomering, het
ROC voor het mbo-deel, de bpv en de mbo-diplomering.

Personeel. De route wordt verzorgd door één team van zes docenten: drie van de school (onder wie de
docent Nederlands en de docent rekenen) en drie vakdocenten koken van het ROC. Partijen maken gebruik
van de teambevoegdheid voor de vakoverstijgende praktijkmodules; het PTA/OER vermeldt voor welke
onderdelen. Ieder teamlid blijft in dienst van de eigen werkgever en verzorgt het onderdeel waarvoor
hij of zij bevoegd is. Het ROC zet in de vo-fase wekelijks acht lesuren in op de locatie Oostburg.

Ruimtes en middelen. De school stelt haar praktijkkeuken en theorielokaal in Oostburg beschikbaar; het
ROC stelt in Breskens het leerrestaurant "De Schelde", de banketbakkerij en de mediatheek open voor
alle leerlingen van de route, ook in de vo-fase. Leerlingen gebruiken één digitale leeromgeving, die het
ROC beheert.

Inschrijving, begeleiding en klachten. In de vo-fase staat de leerling ingeschreven bij de school, in de
mbo-fase bij het ROC. De mentor van de school en de studieloopbaanbegeleider van het ROC dragen de
leerling bij de overgang warm over. Een klacht over een medewerker van de andere partij wordt behandeld
volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere partij werkt mee aan de
afhandeling.

ALS DE ROUTE NIET PAST

Wie de route niet kan of wil afmaken, krijgt altijd een passend vervolg dat naar een diploma leidt.

- Stopt de leerling in de vo-fase, dan gaat hij of zij verder in het reguliere vmbo-programma van de
  school, in hetzelfde profiel of een ander profiel, met het vmbo-diploma als doel.
- Haalt de leerling het vmbo-diploma niet uiterlijk in leerjaar 3 van de route, dan stroomt hij of zij
  zonder vmbo-diploma door naar een mbo-opleiding van het ROC op een niveau dat past bij wat al is
  behaald, of doubleert hij of zij om het vmbo-diploma alsnog te halen.
- Blijkt koken niet de juiste richting, dan kan de leerling overstappen naar een andere opleiding van
  het ROC op niveau 2 of 3, bijvoorbeeld in de richting gastheer/gastvrouw of toerisme. Binnen het ROC
  gelden bij zo'n overstap de vooropleidingseisen niet.
- Verhuist de leerling of kiest hij of zij een andere instelling, dan helpen partijen bij de
  aanmelding; de ontvangende instelling kan via een geschiktheidsonderzoek toelaten.

Welke mogelijkheid het wordt, beslissen de school en het ROC samen, na een gesprek met de leerling en
de ouders, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling. De school neemt de
uitwerking jaarlijks op in de schoolgids.

OVER GELD

Partijen dragen geen bekostiging aan elkaar over. De school ontvangt de bekostiging voor de vo-fase en
het ROC voor de mbo-fase; ieder draagt de kosten van het eigen personeel, de eigen ruimtes en de eigen
leermiddelen. De lesuren die het ROC in de vo-fase verzorgt, staan tegenover het gebruik dat het ROC
maakt van de praktijkkeuken in Oostburg; er vindt geen geldelijke verrekening plaats.

MEENINGSVERSCHILLEN

Verschillen van inzicht tussen partijen over de uitvoering van deze overeenkomst worden eerst in de
stuurgroep besproken. Lukt het daar niet binnen vier weken, dan voeren de voorzitters van beide colleges
van bestuur overleg. Is het geschil acht weken na dat overleg nog niet opgelost, dan schakelen partijen
een mediator in die is ingeschreven in het register van de Mediatorsfederatie Nederland; de kosten
dragen zij ieder voor de helft. Levert mediation binnen drie maanden geen oplossing op, dan kan ieder van
partijen het geschil voorleggen aan de rechtbank Zeeland-West-Brabant. Op deze overeenkomst is
Nederlands recht van toepassing.

NIEUWE PARTNERS, WIJZIGEN EN STOPPEN

Duur. De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Partijen evalueren haar elke
drie jaar, voor het eerst in het voorjaar van 2028.

Nieuwe partners. Een andere vmbo-school of instelling voor beroepsonderwijs kan partij worden als beide
colleges van bestuur daarmee schriftelijk instemmen en de nieuwe partner deze overeenkomst volledig
aanvaardt door ondertekening van een toetredingsverklaring. De toetreding gaat in op 1 augustus van een
schooljaar; het programma en de begeleiding van leerlingen die al in de route zitten veranderen daardoor
niet. De nieuwe partner meldt zijn deelname zelf bij DUO.

Wijzigen. Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met handtekening van beide
colleges van bestuur. Wijzigingen die het programma raken gaan in bij het begin van een schooljaar en
gelden niet ten nadele van leerlingen die al in de route zitten.

Stoppen. Ieder van partijen kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een
opzegtermijn van ten minste twaalf maanden. Vanaf de opzegging worden geen nieuwe leerlingen meer
toegelaten. Leerlingen die op dat moment in de route zitten, maken haar bij beide partijen af onder de
voorwaarden van deze overeenkomst; partijen blijven daarvoor personeel en ruimtes inzetten. Bij
ontbinding wegens een ernstige tekortkoming geldt hetzelfde voor de zittende leerlingen.

ONDERTEKENING

Opgemaakt in tweevoud.

Oostburg, 24 juni 2025                         Breskens, 24 juni 2025

Stichting Openbaar Voortgezet                  Stichting Regionaal Opleidingencentrum
Onderwijs West-Zeeuws-Vlaanderen               Scheldemond

drs. A.M. de Kraker                            ing. P.J. Verhaegen
voorzitter college van bestuur                 voorzitter college van bestuur
"""


@sample(211, "h211_hoofdletterkoppen_kok_sluis", "txt",
        "Platte tekst met uitsluitend kapitale koppen zonder nummers, twee partijen, Sluis/West-Zeeuws-"
        "Vlaanderen, horeca kb naar Zelfstandig werkend kok niveau 3; geen overdracht bekostiging, "
        "zwijgt over medezeggenschap",
        st("a=present b=present c=present d=present e=present f=present g=present "
           "h=not_applicable i=present j=present"),
        {"a": "DE ROUTE EN DE OPLEIDING", "b": "HET WERKVELD", "c": "DE ROUTELEIDING",
         "d": "VERANTWOORDING AAN DE BESTUREN", "e": "ONDERWIJS, PERSONEEL EN RUIMTES",
         "f": "ALS DE ROUTE NIET PAST", "g": "OVER GELD", "i": "MEENINGSVERSCHILLEN",
         "j": "NIEUWE PARTNERS, WIJZIGEN EN STOPPEN"})
def build_h211(path):
    write_text(path, H211)


# ------------------------------------------------------------------- h215
H215 = [
    ("title", "Overeenkomst geïntegreerde route Maritiem en techniek - Urk"),
    ("sp", 4),
    ("p", "De Stichting voor Christelijk Voortgezet Onderwijs Urk, bevoegd gezag van het Zuiderzee "
          "Vakcollege (school voor vbo), vertegenwoordigd door de heer J. Kapitein, bestuurder, en de "
          "Stichting Maritiem Opleidingsinstituut Noord-Nederland, bevoegd gezag van de Maritieme "
          "Vakschool Urk (instelling voor beroepsonderwijs), vertegenwoordigd door mevrouw H. Snoek-Post, "
          "voorzitter van het college van bestuur, hierna samen partijen, spreken het volgende af."),
    ("p", "Partijen verzorgen vanaf 1 augustus 2025 samen een geïntegreerde route "
          "vmbo-basisberoepsopleiding als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB. "
          "Leerlingen van het profiel Maritiem en techniek in de basisberoepsgerichte leerweg volgen vanaf "
          "leerjaar 3 één programma dat zonder vmbo-eindexamen leidt tot het diploma Matroos binnenvaart, "
          "niveau 2, in het opleidingsdomein Maritiem."),
    ("p", "Het bedrijfsleven doet mee doordat de zes rederijen die zijn verenigd in de Vereniging "
          "Binnenvaartondernemers Urk, alle erkend als leerbedrijf door SBB, elk schooljaar varende "
          "bpv-plaatsen beschikbaar stellen, twee keer per jaar een meevaardag organiseren en voor de proeve "
          "van bekwaamheid een praktijkbeoordelaar leveren. Eén keer per jaar geeft de vereniging het "
          "kernteam schriftelijk advies over het programma."),
    ("p", "De route wordt geleid door een kernteam van drie personen: de afdelingsleider techniek van het "
          "Zuiderzee Vakcollege, de opleidingscoördinator binnenvaart van de Maritieme Vakschool en een "
          "docent uit het routeteam. Ieder bestuur benoemt het lid uit de eigen organisatie; het docent-lid "
          "wordt door beide besturen samen benoemd voor twee jaar. Het kernteam stelt het rooster en het "
          "gezamenlijke PTA/OER vast, besluit over toelating tot de route en over de inzet van docenten en "
          "lesmateriaal, en gaat geen verplichtingen aan die verder reiken dan het lopende schooljaar; "
          "andere besluiten nemen de besturen."),
    ("p", "Het kernteam brengt elk jaar vóór 1 oktober een schriftelijk verslag uit aan beide besturen over "
          "instroom, voortgang, uitval en behaalde diploma's en bespreekt dat verslag met hen in een "
          "gezamenlijk overleg in de maand oktober."),
    ("p", "Leerjaar 3 wordt gegeven in het gebouw van het Zuiderzee Vakcollege, leerjaar 4 en verder op de "
          "Maritieme Vakschool en aan boord van het lesschip Vrouwe Tanneke. Partijen zetten hun docenten in "
          "als één team met toepassing van de teambevoegdheid (artikel 7.13a WVO 2020); de school levert de "
          "docenten Nederlands, rekenen en burgerschap, de vakschool de vakdocenten en instructeurs. De "
          "school stelt haar technieklokaal en de vakschool haar lesschip, simulator en werkplaats "
          "beschikbaar aan alle leerlingen van de route. De school blijft verantwoordelijk voor de "
          "leerlingadministratie tot de inschrijving bij de vakschool; het PTA/OER beschrijft het programma "
          "en de examinering per leerjaar."),
    ("p", "Stopt een leerling voortijdig met de geïntegreerde route, dan wordt hij ingeschreven bij de "
          "Entreeopleiding van de Maritieme Vakschool, waar hij wordt begeleid naar werk in de haven of de "
          "visserij."),
    ("p", "Meningsverschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst in het "
          "kernteam besproken en daarna door de beide bestuurders. Komen zij er binnen zes weken niet uit, "
          "dan legt de meest gerede partij het geschil voor aan de rechtbank Midden-Nederland."),
    ("p", "Een andere school of instelling kan toetreden als alle partijen schriftelijk instemmen en de "
          "toetreder deze overeenkomst onverkort aanvaardt; toetreding gaat in bij een nieuw cohort en raakt "
          "leerlingen die al in de route zitten niet. Opzegging kan alleen schriftelijk tegen 1 augustus met "
          "een termijn van twaalf maanden; leerlingen die dan in de route zitten, ronden haar af bij beide "
          "partijen. Wijzigingen worden schriftelijk overeengekomen door beide besturen en gelden nooit ten "
          "nadele van leerlingen die al in de route zitten."),
    ("sig", [["Urk, 2 juli 2025", "J. Kapitein", "Stichting voor Christelijk Voortgezet Onderwijs Urk"],
             ["Urk, 2 juli 2025", "H. Snoek-Post",
              "Stichting Maritiem Opleidingsinstituut Noord-Nederland"]]),
]


@sample(215, "h215_zeer_kort_proza_geintegreerd_matroos_urk", "pdf",
        "Zeer korte PDF van één pagina in doorlopend proza zonder koppen, geïntegreerde route Urk, maritiem "
        "en techniek bb naar Matroos binnenvaart niveau 2; overstap alleen automatisch naar Entree, niets "
        "over bekostiging, zwijgt over medezeggenschap",
        st("a=present b=present c=present d=present e=present f=weak g=missing "
           "h=not_applicable i=present j=present"),
        {"a": "Partijen verzorgen vanaf 1 augustus 2025 samen een geïntegreerde route",
         "b": "Het bedrijfsleven doet mee doordat",
         "c": "De route wordt geleid door een kernteam",
         "d": "Het kernteam brengt elk jaar vóór 1 oktober",
         "e": "Leerjaar 3 wordt gegeven in het gebouw",
         "i": "Meningsverschillen tussen partijen over de uitvoering",
         "j": "Een andere school of instelling kan toetreden"})
def build_h215(path):
    build_pdf(path, H215, "Overeenkomst geïntegreerde route Maritiem en techniek - Urk",
              "Zuiderzee Vakcollege", base=9.5, margins=2.0)


# ------------------------------------------------------------------- h209
H209_TOC = [
    "Considerans",
    "Artikel 1 Begripsbepalingen",
    "Artikel 2 Onderwerp en reikwijdte",
    "Artikel 3 Regiegroep: samenstelling, benoeming, taken en bevoegdheden",
    "Artikel 4 Routecoördinator",
    "Artikel 5 Informatieverstrekking en verantwoording",
    "Artikel 6 Onderwijskundige en organisatorische inrichting",
    "Artikel 7 Inzet van personeel en teambevoegdheid",
    "Artikel 8 Locaties en gebruik van faciliteiten",
    "Artikel 9 Inschrijving, begeleiding, verzuim en klachten",
    "Artikel 10 Betrokkenheid van het installatiebedrijfsleven",
    "Artikel 11 Overstapoptie",
    "Artikel 12 Bekostiging en overdracht van middelen",
    "Artikel 13 Medezeggenschap",
    "Artikel 14 Verwerking van persoonsgegevens",
    "Artikel 15 Aansprakelijkheid en verzekering",
    "Artikel 16 Geschillenregeling",
    "Artikel 17 Duur en evaluatie",
    "Artikel 18 Toetreding",
    "Artikel 19 Wijziging",
    "Artikel 20 Opzegging en ontbinding",
    "Artikel 21 Slotbepalingen",
    "Ondertekening",
    "Bijlage 1 Programma per leerjaar op hoofdlijnen",
]


def _leden(*items):
    return ("li", [("%d." % (i + 1), t) for i, t in enumerate(items)])


def _sub(*items):
    return ("li", [("%s." % chr(ord("a") + i), t) for i, t in enumerate(items)])


H209 = [
    ("sp", 60),
    ("title", "SAMENWERKINGSOVEREENKOMST"),
    ("sub", "inzake de doorlopende leerroute vmbo-mbo"),
    ("sub", "Installatietechniek Oost-Flevoland"),
    ("sp", 30),
    ("sub", "tussen"),
    ("sub", "Stichting Openbaar Voortgezet Onderwijs Dronten"),
    ("sub", "Vereniging voor Christelijk Voortgezet Onderwijs Biddinghuizen-Swifterbant"),
    ("sub", "en"),
    ("sub", "Stichting Beroepsonderwijs Oostelijk Flevoland"),
    ("sp", 80),
    ("small", "Versie 3.0 (definitief), 12 juni 2025. Opgesteld door Van Slooten Ruiter Advocaten N.V., "
              "Zwolle, in opdracht van partijen. Deze versie vervangt alle eerdere concepten."),
    ("pb",),
    ("h", "Inhoudsopgave"),
    ("toc", H209_TOC),
    ("pb",),
    ("h", "DE ONDERGETEKENDEN"),
    _leden(
        "de stichting **Stichting Openbaar Voortgezet Onderwijs Dronten**, statutair gevestigd te Dronten, "
        "ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 39087214, bevoegd "
        "gezag van het Poldervaart College, school voor vbo en mavo te Dronten, te dezen rechtsgeldig "
        "vertegenwoordigd door mr. drs. E.W. Schuttevaer, voorzitter van het college van bestuur, hierna "
        "te noemen: \"OVO Dronten\";",
        "de vereniging **Vereniging voor Christelijk Voortgezet Onderwijs Biddinghuizen-Swifterbant**, "
        "statutair gevestigd te Biddinghuizen, ingeschreven in het handelsregister onder nummer 39104476, "
        "bevoegd gezag van Het Hanzelicht, school voor vbo te Biddinghuizen, te dezen rechtsgeldig "
        "vertegenwoordigd door drs. G.J. van den Berg-Oosting, bestuurder, hierna te noemen: \"CVO "
        "Hanzelicht\";",
        "de stichting **Stichting Beroepsonderwijs Oostelijk Flevoland**, statutair gevestigd te Dronten, "
        "ingeschreven in het handelsregister onder nummer 39221590, bevoegd gezag van het Flevodelta "
        "College, regionaal opleidingencentrum, te dezen rechtsgeldig vertegenwoordigd door ir. M.A. "
        "Lammers, voorzitter van het college van bestuur, hierna te noemen: \"Flevodelta\";"),
    ("p", "OVO Dronten en CVO Hanzelicht hierna gezamenlijk ook: de \"Scholen\" en ieder afzonderlijk: een "
          "\"School\"; de Scholen en Flevodelta hierna gezamenlijk: \"Partijen\" en ieder afzonderlijk: "
          "\"Partij\"."),
    ("h", "Considerans"),
    ("p", "IN AANMERKING NEMENDE DAT:"),
    ("li", [
        ("A.", "de Scholen in Dronten respectievelijk Biddinghuizen vmbo-onderwijs verzorgen, onder meer in "
               "het profiel Produceren, installeren en energie;"),
        ("B.", "Flevodelta in Dronten en Lelystad beroepsopleidingen verzorgt in het opleidingsdomein "
               "Installatie- en energietechniek;"),
        ("C.", "Partijen sinds 2019 samenwerken binnen het regionale Techniekpact Oost-Flevoland en de "
               "ervaringen daaruit willen benutten voor een doorlopende leerroute;"),
        ("D.", "de Wet doorlopende leerroutes vmbo-mbo (Stb. 2020, 157) het mogelijk maakt dat een school "
               "voor vbo en een instelling voor beroepsonderwijs op grond van een samenwerkingsovereenkomst "
               "gezamenlijk een doorlopende leerroute verzorgen (artikel 2.107b Wet voortgezet onderwijs "
               "2020, hierna: \"WVO 2020\"; artikel 9.1.3 Wet educatie en beroepsonderwijs, hierna: "
               "\"WEB\");"),
        ("E.", "Partijen de Route gezamenlijk aan de Minister van Onderwijs, Cultuur en Wetenschap melden "
               "als bedoeld in artikel 2.107c WVO 2020 en artikel 9.1.4 WEB, waarbij iedere Partij de Route "
               "voor haar eigen deel in het Register Instellingen en Opleidingen registreert;"),
        ("F.", "Partijen in deze overeenkomst de afspraken wensen vast te leggen die de genoemde wetten "
               "voorschrijven, alsmede enige aanvullende afspraken;"),
    ]),
    ("p", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),
    ("h", "Artikel 1 Begripsbepalingen"),
    ("p", "In deze overeenkomst wordt verstaan onder:"),
    _sub(
        "Route: de doorlopende leerroute vmbo-mbo Installatietechniek Oost-Flevoland als omschreven in "
        "artikel 2;",
        "Leerling: een leerling van een School die in de vo-fase aan de Route deelneemt;",
        "Student: een deelnemer aan de Route die in de mbo-fase bij Flevodelta is ingeschreven;",
        "Deelnemer: een Leerling of een Student;",
        "vo-fase: leerjaar 1 en 2 van de Route, samenvallend met leerjaar 3 en 4 van de School; mbo-fase: "
        "leerjaar 3 en 4 van de Route;",
        "Regiegroep: het orgaan bedoeld in artikel 3;",
        "Routecoördinator: de functionaris bedoeld in artikel 4;",
        "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling "
        "voor de gehele Route als bedoeld in artikel 2.107d WVO 2020 en artikel 9.1.8 WEB;",
        "Besturen: de bevoegde gezagsorganen van Partijen, te weten de colleges van bestuur van OVO Dronten "
        "en Flevodelta en het bestuur van CVO Hanzelicht;",
        "Schooljaar: de periode van 1 augustus tot en met 31 juli."),
    ("h", "Artikel 2 Onderwerp en reikwijdte"),
    _leden(
        "Partijen verzorgen gezamenlijk de Route, die het profiel Produceren, installeren en energie in de "
        "kaderberoepsgerichte leerweg van de Scholen verbindt met de vakopleiding Eerste monteur "
        "elektrotechnische installaties woning en utiliteit (niveau 3, beroepsopleidende leerweg) van "
        "Flevodelta in het opleidingsdomein Installatie- en energietechniek.",
        "Met instemming van de Regiegroep kan een Student in de mbo-fase in plaats van de in lid 1 "
        "genoemde opleiding de vakopleiding Eerste monteur werktuigkundige installaties (niveau 3) in "
        "hetzelfde opleidingsdomein volgen. Deze overeenkomst is dan onverkort van toepassing.",
        "De Route begint in leerjaar 3 van de School en heeft een nominale duur van vier jaar. De Leerling "
        "behaalt het vmbo-diploma uiterlijk in leerjaar 3 van de Route.",
        "Iedere School neemt met een eigen groep Leerlingen aan de Route deel. Toelating tot de Route staat "
        "open voor leerlingen van de Scholen die aan het einde van leerjaar 2 voor het genoemde profiel "
        "hebben gekozen en door de Regiegroep zijn toegelaten.",
        "Deze overeenkomst laat de wettelijke verantwoordelijkheid van iedere Partij voor het eigen deel "
        "van de Route onverlet."),
    ("h", "Artikel 3 Regiegroep: samenstelling, benoeming, taken en bevoegdheden"),
    _leden(
        "De leiding over de Route berust bij de Regiegroep.",
        "De Regiegroep bestaat uit vijf leden: namens iedere School de teamleider bovenbouw techniek van "
        "die School, namens Flevodelta de onderwijsmanager Installatietechniek en de examencoördinator "
        "Techniek, alsmede de Routecoördinator, die de vergaderingen voorzit en geen stemrecht heeft.",
        "Ieder Bestuur benoemt, schorst en ontslaat de leden die namens de eigen Partij in de Regiegroep "
        "zitting hebben. Een benoeming geldt zolang het lid de in lid 2 genoemde functie vervult, tenzij "
        "het Bestuur anders besluit. In een vacature wordt binnen zes weken voorzien.",
        "De Besturen dragen de volgende taken aan de Regiegroep op: (a) het jaarlijks vaststellen van het "
        "routeplan voor het komende Schooljaar; (b) het voorbereiden en, na advies van de examencommissies "
        "van Partijen, vaststellen van het PTA/OER; (c) het besluiten over de toelating van leerlingen tot "
        "de Route; (d) het verdelen van de inzet van docenten over de leerjaren binnen de formatie die de "
        "Besturen beschikbaar stellen; (e) het nemen van beslissingen over de overstapoptie overeenkomstig "
        "artikel 11; (f) het onderhouden van de contacten met het bedrijfsleven overeenkomstig artikel 10; "
        "(g) de kwaliteitszorg van de Route.",
        "De Regiegroep is bevoegd zelfstandig te beslissen over de in lid 4 genoemde onderwerpen, binnen de "
        "door de Besturen vastgestelde jaarbegroting van de Route. Besluiten worden genomen bij "
        "meerderheid van stemmen, met dien verstande dat ten minste één lid namens iedere Partij met het "
        "besluit moet instemmen.",
        "Aan de Besturen blijven voorbehouden: het wijzigen of opzeggen van deze overeenkomst, het "
        "vaststellen van de begroting van de Route, het werven, benoemen en ontslaan van personeel en het "
        "aangaan van verplichtingen met een waarde van meer dan EUR 15.000.",
        "De Regiegroep vergadert ten minste zes keer per Schooljaar en legt haar werkwijze vast in een "
        "huishoudelijk reglement, dat ter kennisneming aan de Besturen wordt gezonden."),
    ("h", "Artikel 4 Routecoördinator"),
    _leden(
        "De Besturen benoemen gezamenlijk, op voordracht van de Regiegroep, een Routecoördinator. De "
        "Routecoördinator is in dienst van Flevodelta en wordt voor ten minste 0,4 fte voor de Route "
        "vrijgesteld.",
        "De Routecoördinator voert de dagelijkse leiding over de Route, stelt het rooster op, is "
        "aanspreekpunt voor Deelnemers, ouders en leerbedrijven en is secretaris van de Regiegroep.",
        "De Routecoördinator legt over zijn werkzaamheden verantwoording af aan de Regiegroep."),
    ("h", "Artikel 5 Informatieverstrekking en verantwoording"),
    _leden(
        "De Regiegroep verstrekt de Besturen gevraagd en ongevraagd alle inlichtingen die zij voor de "
        "uitoefening van hun taak ten aanzien van de Route nodig hebben.",
        "De Regiegroep legt jaarlijks vóór 1 december verantwoording af aan de Besturen door middel van een "
        "schriftelijke jaarrapportage over het voorafgaande Schooljaar. De jaarrapportage bevat ten minste: "
        "het aantal Deelnemers per leerjaar en per School; de in-, door- en uitstroom; de examen- en "
        "diplomaresultaten; het aantal en de aard van de overstappen als bedoeld in artikel 11; de "
        "ontvangen klachten; de besteding van de middelen als bedoeld in artikel 12; en de uitkomsten van de "
        "evaluatie met het bedrijfsleven.",
        "In februari en juni zendt de Regiegroep de Besturen een beknopte voortgangsrapportage met de "
        "actuele kengetallen.",
        "De Besturen en de Regiegroep komen twee keer per Schooljaar bijeen in een bestuurlijk overleg, in "
        "maart en in december. In het decemberoverleg wordt de jaarrapportage besproken en door de Besturen "
        "vastgesteld. De Besturen kunnen de Regiegroep gezamenlijk aanwijzingen geven.",
        "De Regiegroep meldt omstandigheden die de continuïteit of kwaliteit van de Route in gevaar "
        "brengen, waaronder een dreigend tekort aan bevoegde docenten en signalen van de Inspectie van het "
        "Onderwijs, onverwijld aan alle Besturen.",
        "Iedere Partij betrekt de vastgestelde jaarrapportage bij haar eigen jaarverslag."),
    ("h", "Artikel 6 Onderwijskundige en organisatorische inrichting"),
    _leden(
        "Partijen beschrijven gezamenlijk voor de gehele Route het onderwijsprogramma, de examinering per "
        "leerjaar en de beroepspraktijkvorming per leerjaar in het PTA/OER. Daarin wordt voor ieder "
        "programmaonderdeel aangegeven of het tot het voortgezet onderwijs of tot het beroepsonderwijs "
        "behoort of een gecombineerd onderdeel is, en welke onderdelen vakoverstijgend worden aangeboden. "
        "Bijlage 1 geeft het programma op hoofdlijnen weer.",
        "Het PTA/OER wordt jaarlijks vóór 1 oktober vastgesteld en aan Deelnemers en ouders bekendgemaakt.",
        "De vmbo-examens worden gespreid over leerjaar 1 tot en met 3 van de Route afgenomen; het centraal "
        "examen vindt plaats in leerjaar 2. Mbo-examinering is mogelijk vanaf leerjaar 1.",
        "De Scholen zijn verantwoordelijk voor het vmbo-deel, het vmbo-examen en de vmbo-diplomering, ook "
        "wanneer de Deelnemer al bij Flevodelta is ingeschreven. Flevodelta is verantwoordelijk voor het "
        "mbo-deel, de beroepspraktijkvorming, de mbo-examinering en de mbo-diplomering.",
        "Partijen leggen een gezamenlijk jaarrooster en een gezamenlijke vakantieregeling vast. CVO "
        "Hanzelicht draagt zorg voor het vervoer van haar Leerlingen tussen Biddinghuizen en de "
        "praktijklocatie in Dronten.",
        "Partijen houden zich aan de normen voor onderwijstijd en studieduur die voor de Route gelden."),
    ("h", "Artikel 7 Inzet van personeel en teambevoegdheid"),
    _leden(
        "Voor ieder leerjaar van de Route wordt één docententeam gevormd met docenten van de Scholen en van "
        "Flevodelta. De samenstelling van de teams wordt jaarlijks in het routeplan vastgelegd.",
        "Partijen maken gebruik van de teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel "
        "9.1.12 WEB voor de vakoverstijgende modules \"Installeren in de praktijk\" en \"Duurzame "
        "energie\". Voor ieder onderdeel is ten minste één bevoegde docent in het team betrokken; het "
        "PTA/OER vermeldt voor welke onderdelen teams worden ingezet.",
        "Flevodelta zet in de vo-fase ten minste 0,8 fte vakdocent installatietechniek in, verdeeld naar "
        "rato van het aantal Leerlingen over de beide Scholen. Iedere School zet in de mbo-fase ten minste "
        "0,1 fte docent Nederlands en rekenen in voor de Studenten die van die School afkomstig zijn.",
        "Personeel blijft in dienst van de eigen werkgever, die de arbeidsrechtelijke zeggenschap behoudt. "
        "Werkzaamheden bij een andere Partij worden verricht onder de huisregels van die Partij. De "
        "Routecoördinator levert input voor de gesprekscyclus van de ingezette docenten.",
        "Partijen organiseren jaarlijks twee gezamenlijke studiedagen voor de docententeams."),
    ("h", "Artikel 8 Locaties en gebruik van faciliteiten"),
    _leden(
        "In de vo-fase wordt het theoretische onderwijs gegeven op de locatie van de eigen School. Eén dag "
        "per week volgen de Leerlingen praktijkonderwijs in het Installatiecentrum van Flevodelta, De "
        "Schakel 12 te Dronten. De mbo-fase wordt gegeven op de locatie Dronten van Flevodelta.",
        "Flevodelta stelt de installatiewerkplaats, het elektrolab, de demonstratieruimte duurzame energie "
        "en het benodigde gereedschap ter beschikking aan alle Deelnemers. De Scholen stellen hun "
        "techniekpraktijklokalen en mediatheek beschikbaar aan de docenten van Flevodelta die in de vo-fase "
        "lesgeven.",
        "Het gebruik van de faciliteiten is voor Deelnemers kosteloos, onverminderd artikel 12. Op het "
        "gebruik zijn de huisregels en veiligheidsvoorschriften van de Partij die de faciliteit "
        "beschikbaar stelt van toepassing."),
    ("h", "Artikel 9 Inschrijving, begeleiding, verzuim en klachten"),
    _leden(
        "In de vo-fase staat de Deelnemer ingeschreven bij de School; met ingang van leerjaar 3 van de Route "
        "wordt hij ingeschreven bij Flevodelta. Zolang een Student het vmbo-diploma niet heeft behaald, "
        "blijft hij voor de vo-activiteiten ook bij de School ingeschreven.",
        "Het toezicht op verzuim berust in de vo-fase bij de School en in de mbo-fase bij Flevodelta.",
        "Iedere Deelnemer heeft een mentor van de School en, vanaf leerjaar 2, een "
        "studieloopbaanbegeleider van Flevodelta. Bij de overgang naar de mbo-fase vindt een warme "
        "overdracht plaats, inclusief eventuele ondersteuningsbehoeften.",
        "De klachtenregeling van iedere Partij is mede van toepassing op gedragingen in het kader van de "
        "Route van het bestuur en het personeel van de andere Partijen. De Partij wier personeelslid bij een "
        "klacht betrokken is, werkt volledig mee aan de afhandeling. De voorzitter van de klachtencommissie "
        "is niet werkzaam voor of onder verantwoordelijkheid van een andere Partij."),
    ("h", "Artikel 10 Betrokkenheid van het installatiebedrijfsleven"),
    _leden(
        "Partijen betrekken het installatiebedrijfsleven in Oost-Flevoland bij de invulling van de Route "
        "door middel van een Adviesraad Installatietechniek. In de Adviesraad hebben zitting: een "
        "vertegenwoordiger van de regionale afdeling van de branchevereniging van installatiebedrijven, "
        "vertegenwoordigers van Wentink en Zonen Installatietechniek B.V., Elektrotechniek Flevo B.V. en "
        "Duurzaam Wonen Dronten B.V., alsmede een adviseur van SBB.",
        "De Adviesraad komt drie keer per Schooljaar bijeen en adviseert de Regiegroep over de keuzedelen, "
        "de praktijkopdrachten en de actualiteit van het programma, waaronder de installatie van "
        "warmtepompen, zonnestroomsystemen en laadpunten. De Regiegroep reageert binnen zes weken "
        "schriftelijk en gemotiveerd op een advies.",
        "De in de Adviesraad vertegenwoordigde bedrijven en de overige erkende leerbedrijven die zich bij de "
        "Route aansluiten, stellen gezamenlijk per cohort ten minste twaalf plaatsen voor de "
        "beroepspraktijkvorming beschikbaar. In de vo-fase ontvangen zij de Leerlingen tweemaal per "
        "Schooljaar voor een bedrijfsbezoek en in leerjaar 2 voor een meeloopweek.",
        "Praktijkopleiders van de leerbedrijven beoordelen mee bij de proeven van bekwaamheid en verzorgen "
        "gastlessen.",
        "De Regiegroep evalueert de samenwerking met het bedrijfsleven jaarlijks met de Adviesraad; de "
        "uitkomst wordt opgenomen in de jaarrapportage."),
    ("h", "Artikel 11 Overstapoptie"),
    _leden(
        "Dit artikel is van toepassing wanneer de deelname van een Deelnemer aan de Route wordt beëindigd "
        "voordat hij de Route met goed gevolg heeft afgerond, alsmede wanneer een Leerling is afgewezen "
        "voor het eindexamen vmbo. Het is niet van toepassing bij definitieve verwijdering.",
        "Partijen stellen de Deelnemer in staat een vmbo-diploma of een mbo-diploma te behalen dat past bij "
        "het onderwijsniveau dat hij heeft bereikt en bij zijn leeftijd. Het gezamenlijke oordeel van de "
        "betrokken School en Flevodelta wordt gevormd in de Regiegroep door het lid namens die School en de "
        "leden namens Flevodelta, nadat de Routecoördinator met de Deelnemer en, indien hij minderjarig "
        "is, diens ouders heeft gesproken. Met de wensen van de Deelnemer wordt zoveel mogelijk rekening "
        "gehouden.",
        "Afhankelijk van het moment van beëindiging staan in elk geval de volgende mogelijkheden open: (a) "
        "bij beëindiging in de vo-fase: voortzetting in het reguliere vmbo-programma van de School, in "
        "hetzelfde of een ander profiel of in een andere leerweg, gericht op het vmbo-diploma, dan wel "
        "overstap naar een andere doorlopende leerroute; (b) indien het vmbo-diploma niet uiterlijk in "
        "leerjaar 3 van de Route is behaald: voortzetting bij Flevodelta in een opleiding op het niveau dat "
        "past bij de behaalde onderdelen, ook zonder vmbo-diploma, of het overdoen van het examenjaar bij "
        "de School; (c) bij beëindiging in de mbo-fase omdat de richting niet past: overstap naar een andere "
        "opleiding op niveau 2 of 3 bij Flevodelta, binnen of buiten het opleidingsdomein Installatie- en "
        "energietechniek; (d) bij verhuizing of de wens een andere instelling te kiezen: begeleiding bij "
        "aanmelding en toelating, waarbij de ontvangende instelling kan toelaten na een "
        "geschiktheidsonderzoek als bedoeld in artikel 8.2.1, zesde lid, WEB.",
        "Kiest de Deelnemer voor een opleiding bij Flevodelta, dan gelden de vooropleidingseisen niet, "
        "overeenkomstig artikel 2.107k WVO 2020 en artikel 9.1.14 WEB.",
        "De Routecoördinator draagt zorg voor een warme overdracht naar de nieuwe opleiding. De Scholen "
        "nemen een uitwerking van dit artikel op in hun schoolgids; Flevodelta neemt deze op in de "
        "studiegids."),
    ("h", "Artikel 12 Bekostiging en overdracht van middelen"),
    _leden(
        "De bekostiging voor de vo-fase komt toe aan de Scholen en de bekostiging voor de mbo-fase aan "
        "Flevodelta. Voor de Route wordt geen aanvullende bekostiging ontvangen.",
        "Met toepassing van artikel 5.42a WVO 2020 draagt iedere School aan Flevodelta een bedrag over van "
        "EUR 1.350 per Leerling per Schooljaar, berekend naar het aantal Leerlingen op 1 oktober. Dit bedrag "
        "is bestemd voor de inzet van docenten van Flevodelta in de vo-fase (artikel 7, derde lid) en voor "
        "het gebruik van het Installatiecentrum en de verbruiksmaterialen (artikel 8).",
        "Met toepassing van artikel 9.1.15 WEB draagt Flevodelta aan iedere School een bedrag over van EUR "
        "420 per Student in leerjaar 3 van de Route die van die School afkomstig is, bestemd voor de inzet "
        "van de docent Nederlands en rekenen van die School in de mbo-fase (artikel 7, derde lid).",
        "De bedragen worden per 1 augustus van ieder jaar geïndexeerd met de prijsbijstelling die de "
        "Minister voor het betreffende jaar op de bekostiging toepast. Facturering vindt halfjaarlijks "
        "plaats; betaling geschiedt binnen dertig dagen na factuurdatum.",
        "Overige kosten die een Partij in verband met de Route maakt, komen voor haar eigen rekening."),
    ("h", "Artikel 13 Medezeggenschap"),
    _leden(
        "Op Leerlingen in de vo-fase, hun ouders en het personeel van de Scholen is de Wet medezeggenschap "
        "op scholen van toepassing; op Studenten, hun ouders en het personeel van Flevodelta de WEB "
        "respectievelijk de Wet op de ondernemingsraden.",
        "Aanvullend komen Partijen het volgende overeen: (a) in de studentenraad van Flevodelta, cluster "
        "Techniek, wordt een zetel met spreekrecht gereserveerd voor een Leerling in de vo-fase, die door "
        "en uit de Leerlingen van de Route wordt gekozen; (b) ieder Bestuur legt een voornemen tot "
        "wijziging of opzegging van deze overeenkomst voor advies voor aan de eigen "
        "medezeggenschapsraad, studentenraad of ondernemingsraad voordat daarover wordt besloten; (c) "
        "eenmaal per Schooljaar bespreekt de Regiegroep de jaarrapportage in een gezamenlijke bijeenkomst "
        "met afvaardigingen van de medezeggenschapsraden van de Scholen en van de studentenraad en de "
        "ondernemingsraad van Flevodelta.",
        "De kosten van de bijeenkomst bedoeld in lid 2, onder c, komen voor rekening van Flevodelta."),
    ("h", "Artikel 14 Verwerking van persoonsgegevens"),
    _leden(
        "Iedere Partij is zelfstandig verwerkingsverantwoordelijke voor de persoonsgegevens die zij in het "
        "kader van de Route verwerkt. Partijen wisselen niet meer gegevens uit dan voor de uitvoering van "
        "de Route noodzakelijk is en leggen de gegevensuitwisseling vast in een protocol dat de Regiegroep "
        "vaststelt.",
        "Een Partij meldt een inbreuk in verband met persoonsgegevens van Deelnemers binnen 24 uur aan de "
        "andere Partijen."),
    ("h", "Artikel 15 Aansprakelijkheid en verzekering"),
    _leden(
        "Iedere Partij is aansprakelijk voor schade die voortvloeit uit handelen of nalaten van haar "
        "personeel en draagt zorg voor een passende aansprakelijkheidsverzekering.",
        "Deelnemers zijn verzekerd via de collectieve ongevallen- en aansprakelijkheidsverzekering van de "
        "Partij waar zij ingeschreven staan, ook wanneer zij onderwijs volgen op de locatie van een andere "
        "Partij."),
    ("h", "Artikel 16 Geschillenregeling"),
    _leden(
        "Van een geschil is sprake wanneer een Partij dit schriftelijk aan de andere Partijen meldt.",
        "Een geschil over de uitvoering van deze overeenkomst wordt eerst besproken in de Regiegroep, die "
        "binnen vier weken na de melding een oplossing beproeft.",
        "Leidt het overleg in de Regiegroep niet tot een oplossing, dan wordt het geschil binnen zes weken "
        "geagendeerd in een bijzonder bestuurlijk overleg van de betrokken Besturen.",
        "Blijft het geschil daarna bestaan, dan leggen Partijen het voor aan een mediator die is "
        "ingeschreven in het register van de Mediatorsfederatie Nederland en die zij gezamenlijk aanwijzen. "
        "De kosten van de mediation worden gelijkelijk gedragen.",
        "Heeft de mediation binnen drie maanden na aanvang niet tot een oplossing geleid, dan is iedere "
        "Partij bevoegd het geschil voor te leggen aan de bevoegde rechter in het arrondissement "
        "Midden-Nederland.",
        "Gedurende een geschil blijven Partijen hun verplichtingen jegens de Deelnemers onverkort nakomen."),
    ("h", "Artikel 17 Duur en evaluatie"),
    _leden(
        "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.",
        "Partijen evalueren de overeenkomst iedere vier jaar, voor het eerst in het Schooljaar 2028-2029. "
        "Het evaluatierapport wordt aan de Besturen en aan de medezeggenschapsorganen van Partijen "
        "gezonden."),
    ("h", "Artikel 18 Toetreding"),
    _leden(
        "Een andere school voor vbo of mavo of een andere instelling voor beroepsonderwijs kan tot deze "
        "overeenkomst toetreden, indien: (a) zij het profiel Produceren, installeren en energie "
        "respectievelijk een opleiding in het opleidingsdomein Installatie- en energietechniek aanbiedt; "
        "(b) alle Besturen schriftelijk met de toetreding instemmen; (c) zij een toetredingsverklaring "
        "ondertekent waarin zij alle rechten en verplichtingen uit deze overeenkomst aanvaardt; en (d) zij "
        "haar deelname zelf bij DUO meldt.",
        "Toetreding wordt van kracht op 1 augustus volgend op het instemmingsbesluit. Leerlingen van de "
        "toetredende partij stromen in met een nieuw cohort. De toetreding laat het programma, de locaties "
        "en de begeleiding van Deelnemers die al aan de Route deelnemen ongewijzigd, en gaat niet ten koste "
        "van de voor hen beschikbare plaatsen voor beroepspraktijkvorming.",
        "Bij toetreding wordt de samenstelling van de Regiegroep overeenkomstig artikel 3 uitgebreid."),
    ("h", "Artikel 19 Wijziging"),
    _leden(
        "Deze overeenkomst kan uitsluitend schriftelijk worden gewijzigd, bij een door alle Besturen "
        "ondertekend stuk, nadat de medezeggenschapsorganen overeenkomstig artikel 13, tweede lid, onder b, "
        "zijn gehoord.",
        "Iedere Partij en de Regiegroep kunnen een voorstel tot wijziging doen. Het voorstel wordt binnen "
        "twee maanden in het bestuurlijk overleg besproken.",
        "Wijzigingen die het programma, de examinering of de locaties raken, gaan in bij de aanvang van een "
        "Schooljaar en gelden voor Deelnemers die de Route al volgen alleen voor zover zij niet tot hun "
        "nadeel strekken. Het PTA/OER van een lopend examenjaar wordt niet gewijzigd.",
        "Noopt een wetswijziging tot aanpassing, dan passen Partijen deze overeenkomst binnen drie maanden "
        "aan, met inachtneming van het derde lid."),
    ("h", "Artikel 20 Opzegging en ontbinding"),
    _leden(
        "Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van enig jaar, "
        "met inachtneming van een opzegtermijn van ten minste twaalf maanden.",
        "Zegt een School op, dan blijft de overeenkomst tussen de overige Partijen van kracht.",
        "Iedere Partij kan de overeenkomst buitengerechtelijk ontbinden indien een andere Partij in de "
        "nakoming van een wezenlijke verplichting tekortschiet en die tekortkoming niet binnen drie maanden "
        "na schriftelijke ingebrekestelling heeft hersteld, of indien een andere Partij de bekostiging of "
        "erkenning voor haar deel van de Route verliest.",
        "Na opzegging worden geen nieuwe Leerlingen meer tot de Route toegelaten door of ten behoeve van de "
        "opzeggende Partij. Deelnemers die vóór de datum van beëindiging met de Route zijn begonnen, ronden "
        "de Route af onder de voorwaarden van deze overeenkomst en op dezelfde locaties; de betrokken "
        "Partijen blijven daartoe personeel en faciliteiten inzetten en de artikelen 11 en 12 blijven voor "
        "hen van toepassing.",
        "Binnen twee maanden na een opzegging of ontbinding stelt de Regiegroep een afbouwplan op dat door de "
        "Besturen wordt vastgesteld. Is afronding van de Route in geval van ontbinding niet mogelijk, dan "
        "zorgen Partijen gezamenlijk voor een passende voortzetting van de opleiding van iedere Deelnemer "
        "overeenkomstig artikel 11."),
    ("h", "Artikel 21 Slotbepalingen"),
    _leden(
        "De bijlage maakt deel uit van deze overeenkomst. Bij strijdigheid gaat de tekst van de "
        "overeenkomst voor.",
        "Op deze overeenkomst is Nederlands recht van toepassing.",
        "Is een bepaling nietig of vernietigbaar, dan blijven de overige bepalingen van kracht en vervangen "
        "Partijen de bepaling door een geldige bepaling die zoveel mogelijk aansluit bij de strekking "
        "ervan."),
    ("h", "Ondertekening"),
    ("p", "Aldus overeengekomen en in drievoud opgemaakt en ondertekend."),
    ("sig", [["Dronten, 1 juli 2025", "Stichting Openbaar Voortgezet Onderwijs Dronten", "",
              "mr. drs. E.W. Schuttevaer", "voorzitter college van bestuur"],
             ["Biddinghuizen, 1 juli 2025", "Vereniging voor Christelijk Voortgezet Onderwijs "
              "Biddinghuizen-Swifterbant", "", "drs. G.J. van den Berg-Oosting", "bestuurder"],
             ["Dronten, 1 juli 2025", "Stichting Beroepsonderwijs Oostelijk Flevoland", "",
              "ir. M.A. Lammers", "voorzitter college van bestuur"]]),
    ("pb",),
    ("h", "Bijlage 1 Programma per leerjaar op hoofdlijnen"),
    ("table", [
        ["Leerjaar Route", "Fase en locatie", "Programma", "Examinering", "Praktijk"],
        ["1 (vmbo 3)", "vo-fase; eigen School, praktijkdag Installatiecentrum Dronten",
         "Algemene vakken vmbo; profielvak PIE; mbo-module Basis elektrotechniek",
         "Schoolexamens vmbo; eerste mbo-beoordeling basisvaardigheden", "Twee bedrijfsbezoeken"],
        ["2 (vmbo 4)", "vo-fase; eigen School, praktijkdag Installatiecentrum Dronten",
         "Algemene vakken; modules Installeren in de praktijk en Duurzame energie (teams)",
         "Centraal examen vmbo; mbo-examen Basis elektrotechniek", "Meeloopweek bij een leerbedrijf"],
        ["3 (mbo 1)", "mbo-fase; Flevodelta Dronten",
         "Kwalificatie Eerste monteur elektrotechnische installaties; Nederlands en rekenen",
         "Eventuele resterende vmbo-onderdelen; mbo-examens beroepsgericht", "Tien weken bpv"],
        ["4 (mbo 2)", "mbo-fase; Flevodelta Dronten en leerbedrijf",
         "Verdieping en keuzedelen (o.a. warmtepompen, laadinfrastructuur)",
         "Proeven van bekwaamheid; examens Nederlands en rekenen", "Twintig weken bpv"],
    ], [2.1, 3.3, 4.4, 3.4, 2.8], 1),
]


@sample(209, "h209_advocatencontract_inhoudsopgave_drie_partijen_dronten", "pdf",
        "Lange advocatenovereenkomst als PDF met titelblad, inhoudsopgave, considerans, begripsbepalingen en "
        "21 artikelen met leden, drie partijen (twee vmbo-besturen en een ROC), Oost-Flevoland, PIE kb naar "
        "Eerste monteur elektrotechnische installaties niveau 3; overdracht in twee richtingen met bedragen",
        st("a=present b=present c=present d=present e=present f=present g=present "
           "h=present i=present j=present"),
        {"a": "Artikel 2 Onderwerp en reikwijdte",
         "b": "Artikel 10 Betrokkenheid van het installatiebedrijfsleven",
         "c": "Artikel 3 Regiegroep: samenstelling, benoeming, taken en bevoegdheden",
         "d": "Artikel 5 Informatieverstrekking en verantwoording",
         "e": "Artikel 6 Onderwijskundige en organisatorische inrichting",
         "f": "Artikel 11 Overstapoptie",
         "g": "Artikel 12 Bekostiging en overdracht van middelen",
         "h": "Artikel 13 Medezeggenschap",
         "i": "Artikel 16 Geschillenregeling",
         "j": "Artikel 20 Opzegging en ontbinding"})
def build_h209(path):
    build_pdf(path, H209, "Samenwerkingsovereenkomst doorlopende leerroute Installatietechniek "
              "Oost-Flevoland", "Van Slooten Ruiter Advocaten N.V.", base=10.5, font="Times-Roman",
              justify=True, header="Samenwerkingsovereenkomst DLR Installatietechniek Oost-Flevoland - "
              "versie 3.0 definitief", footer="Van Slooten Ruiter Advocaten N.V.", margins=2.4)


# ------------------------------------------------------------------- h210
def _a4(d, margin_cm=2.5):
    from docx.shared import Cm
    for s in d.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.left_margin = s.right_margin = Cm(margin_cm)
        s.top_margin = s.bottom_margin = Cm(2.2)


def _footer(d, text):
    from docx.shared import Pt
    f = d.sections[0].footer
    p = f.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(8)


H210_KORT = "Kort gezegd"


def build_h210_doc():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = new_docx("Calibri", 11)
    _a4(d)
    _footer(d, "Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn - Rielsedijk College en "
               "Beekdal College - versie juni 2025")
    h = d.add_heading("Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn", level=1)
    docx_para(d, "Route Goirle - Hilvarenbeek: vmbo Zorg en welzijn basis naar mbo Helpende zorg en welzijn",
              italic=True)
    d.add_heading("Partijen", level=2)
    docx_para(d, "1. **Stichting Voortgezet Onderwijs De Hilver**, gevestigd te Goirle, bevoegd gezag van het "
                 "Rielsedijk College, school voor vmbo te Goirle, vertegenwoordigd door mevrouw M.C.J. "
                 "Verhoeven, voorzitter van het college van bestuur (hierna: de school);")
    docx_para(d, "2. **Stichting Regionaal Opleidingencentrum Beekdal**, gevestigd te Tilburg, bevoegd gezag "
                 "van het Beekdal College, vertegenwoordigd door de heer drs. R.A. van Gorp, lid van het "
                 "college van bestuur (hierna: het ROC);")
    docx_para(d, "hierna samen: partijen.")
    docx_para(d, "Partijen spreken het volgende af.")

    d.add_heading("Artikel 1. Doel van de samenwerking", level=2)
    docx_para(d, "Partijen verzorgen samen een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107b "
                 "van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en "
                 "beroepsonderwijs. Zij melden de route samen aan bij de minister via het Register "
                 "Instellingen en Opleidingen. Het doel is dat leerlingen zonder onnodige overgangen en "
                 "overlap een diploma halen waarmee zij aan het werk kunnen in zorg en welzijn.")

    d.add_heading("Artikel 2. De route naar Helpende zorg en welzijn", level=2)
    docx_para(d, "De route verbindt het vmbo-profiel Zorg en welzijn in de basisberoepsgerichte leerweg van "
                 "de school met de basisberoepsopleiding Helpende zorg en welzijn (niveau 2, "
                 "beroepsopleidende leerweg) in het opleidingsdomein Zorg en welzijn van het ROC. De route "
                 "begint in leerjaar 3 van het vmbo en duurt drie jaar. De leerling doet in leerjaar 2 van de "
                 "route het vmbo-examen en haalt aan het einde van leerjaar 3 het mbo-diploma.")
    docx_textbox(d, ["Leerlingen die in de bovenbouw kiezen voor Zorg en welzijn basis, halen in drie jaar hun "
                     "vmbo-diploma en hun mbo-diploma Helpende zorg en welzijn."], title=H210_KORT)

    d.add_heading("Artikel 3. Samenwerking met het werkveld", level=2)
    docx_para(d, "Partijen betrekken zorg- en welzijnsorganisaties uit Goirle, Hilvarenbeek en Tilburg bij de "
                 "invulling van de route. De afspraken daarover staan in het kader hieronder en maken deel "
                 "uit van deze overeenkomst.")
    docx_textbox(d, [
        "a. Zorgcentrum Huize Ter Beek (ouderenzorg, Goirle), Kinderopvang De Vlindertuin (Hilvarenbeek) "
        "en Stichting Welzijn Hilvarenbeek vormen samen met een adviseur van SBB de werkveldgroep Zorg en "
        "welzijn.",
        "b. De werkveldgroep komt twee keer per schooljaar bij elkaar met het routeteam en geeft advies over "
        "de praktijkopdrachten en de keuze van de keuzedelen.",
        "c. De drie organisaties bieden samen ten minste vijftien plaatsen per cohort voor de "
        "beroepspraktijkvorming in de mbo-fase en korte snuffelstages in leerjaar 1 van de route.",
        "d. Medewerkers van de organisaties geven in leerjaar 2 ten minste vier gastlessen (onder meer over "
        "dementie en de verzorging van baby's) en beoordelen mee bij de praktijkexamens."],
        title="Afspraken met het werkveld", fill="E8F1E4")

    d.add_heading("Artikel 4. Leiding over de route", level=2)
    docx_para(d, "De leiding over de route ligt bij het routeteam. Wie in het routeteam zitten en hoe zij "
                 "worden aangewezen, staat in het kader hieronder.")
    docx_textbox(d, [
        "- de teamleider bovenbouw van het Rielsedijk College;",
        "- de opleidingsmanager Zorg en welzijn niveau 2 van het Beekdal College;",
        "- de routecoördinator.",
        "De teamleider wordt aangewezen door het college van bestuur van de school, de opleidingsmanager door "
        "het college van bestuur van het ROC. De routecoördinator wordt door beide colleges van bestuur samen "
        "benoemd voor twee schooljaren; herbenoeming is mogelijk."],
        title="Samenstelling routeteam", fill="E4ECF5")
    docx_para(d, "Het routeteam heeft de volgende taken: het jaarlijks opstellen en vaststellen van het "
                 "gezamenlijke PTA/OER, het maken van het rooster, de toelating van leerlingen tot de route, "
                 "het verdelen van de lessen tussen de docenten van beide partijen, het onderhouden van de "
                 "contacten met de werkveldgroep en het beslissen over overstappen (artikel 7).")
    docx_para(d, "Het routeteam mag zelfstandig beslissen over het rooster, de inzet van docenten binnen de "
                 "uren die de besturen daarvoor beschikbaar stellen en uitgaven tot EUR 5.000 per schooljaar. "
                 "Besluiten over personeel, over hogere uitgaven en over deze overeenkomst nemen de besturen "
                 "zelf.")

    d.add_heading("Artikel 5. Informatie en verantwoording", level=2)
    docx_para(d, "Het routeteam stuurt beide colleges van bestuur elk kwartaal een korte voortgangsnotitie "
                 "met het aantal leerlingen, verzuim en uitval. Jaarlijks vóór 15 oktober legt het routeteam "
                 "verantwoording af met een jaarverslag over het afgelopen schooljaar, met daarin de "
                 "examenresultaten, de overstappen, de inzet van docenten en ruimtes en de uitgaven. Het "
                 "jaarverslag wordt in november besproken in een bestuurlijk overleg tussen beide besturen en "
                 "het routeteam.")

    d.add_heading("Artikel 6. Inrichting van het onderwijs", level=2)
    docx_para(d, "Locaties. Leerjaar 1 van de route wordt gegeven in het gebouw van de school in Goirle. In "
                 "leerjaar 2 volgen de leerlingen twee dagen per week les in het Zorgpaviljoen van het ROC in "
                 "Tilburg; leerjaar 3 vindt volledig bij het ROC en in de beroepspraktijk plaats.")
    docx_para(d, "Programma en examens. Partijen beschrijven het onderwijsprogramma, de examinering en de "
                 "beroepspraktijkvorming per leerjaar in één gezamenlijk PTA/OER. De school is "
                 "verantwoordelijk voor het vmbo-examen en de vmbo-diplomering, het ROC voor het mbo-deel, de "
                 "beroepspraktijkvorming en de mbo-diplomering.")
    docx_para(d, "Personeel. De route wordt gegeven door één team van docenten van beide partijen. De school "
                 "levert de docenten voor de algemene vakken en het profielvak, het ROC twee docenten zorg en "
                 "een praktijkinstructeur, die ook in leerjaar 1 lesgeven. Partijen maken voor de module "
                 "Zorgen voor jezelf en een ander gebruik van de teambevoegdheid; in het PTA/OER staat voor "
                 "welke onderdelen. Iedere docent blijft in dienst van de eigen werkgever.")
    docx_para(d, "Ruimtes en materialen. De school stelt haar praktijklokaal verzorging beschikbaar, het ROC "
                 "het skillslab met oefenbedden en babypoppen en de mediatheek in het Zorgpaviljoen. Alle "
                 "leerlingen van de route mogen deze ruimtes gebruiken.")
    docx_para(d, "Inschrijving en klachten. In leerjaar 1 en 2 staat de leerling ingeschreven bij de school, "
                 "daarna bij het ROC. Klachten over een medewerker van de andere partij worden behandeld "
                 "volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere partij "
                 "werkt mee.")

    d.add_heading("Artikel 7. Overstapmogelijkheden", level=2)
    docx_para(d, "Als een leerling de route niet afmaakt, zorgen partijen voor een vervolg dat naar een "
                 "diploma leidt:")
    docx_para(d, "a. wie in leerjaar 1 of 2 van de route stopt, maakt het reguliere vmbo-programma Zorg en "
                 "welzijn basis of een ander profiel op de school af en haalt daar het vmbo-diploma;",
              style="List Paragraph")
    docx_para(d, "b. wie het vmbo-examen niet haalt, kan het examen overdoen of zonder vmbo-diploma bij het ROC "
                 "een opleiding op niveau 2 volgen die past bij wat al behaald is; binnen het ROC gelden de "
                 "vooropleidingseisen dan niet;", style="List Paragraph")
    docx_para(d, "c. wie in de mbo-fase merkt dat zorg en welzijn niet past, kan bij het ROC overstappen naar "
                 "een andere opleiding op niveau 2, bijvoorbeeld Medewerker facilitaire dienstverlening of "
                 "Verkoopmedewerker;", style="List Paragraph")
    docx_para(d, "d. wie naar een andere instelling wil, wordt geholpen bij de aanmelding; die instelling kan "
                 "de leerling na een geschiktheidsonderzoek toelaten.", style="List Paragraph")
    docx_para(d, "De school en het ROC besluiten samen welke mogelijkheid het beste past, na een gesprek met "
                 "de leerling en de ouders. Zij kijken daarbij naar het niveau dat de leerling heeft bereikt "
                 "en naar zijn of haar leeftijd. De school zet de uitwerking in de schoolgids.")
    docx_textbox(d, ["Stopt een leerling met de route, dan kiezen school en ROC samen met de leerling en de "
                     "ouders een andere opleiding, zodat de leerling toch een diploma haalt."],
                 title=H210_KORT)

    d.add_heading("Artikel 8. Financiën", level=2)
    docx_para(d, "De bekostiging voor leerjaar 1 en 2 van de route ontvangt de school, daarna het ROC. Met "
                 "toepassing van artikel 5.42a WVO 2020 draagt de school elk schooljaar EUR 900 per leerling "
                 "in leerjaar 2 van de route over aan het ROC. Dit bedrag is bestemd voor de inzet van de "
                 "docenten zorg en de praktijkinstructeur van het ROC in de vo-fase en voor het gebruik van "
                 "het skillslab. Het ROC stuurt in januari een factuur op basis van het aantal leerlingen op "
                 "1 oktober. Verder draagt ieder de eigen kosten.")

    d.add_heading("Artikel 9. Medezeggenschap", level=2)
    docx_para(d, "Voor leerlingen in de vo-fase en hun ouders geldt de Wet medezeggenschap op scholen; voor "
                 "studenten in de mbo-fase en hun ouders gelden de regels van de WEB. Voor het personeel "
                 "gelden de Wet medezeggenschap op scholen respectievelijk de Wet op de ondernemingsraden. "
                 "Partijen kunnen aanvullende afspraken maken over de medezeggenschap, bijvoorbeeld over "
                 "deelname van leerlingen uit de vo-fase aan de studentenraad van het ROC.")

    d.add_heading("Artikel 10. Verschillen van inzicht", level=2)
    docx_para(d, "Als partijen het over de uitvoering van deze overeenkomst niet met elkaar eens zijn, lossen "
                 "zij dit in goed onderling overleg op. Zij laten zich daarbij leiden door het belang van de "
                 "leerlingen en door de goede samenwerking die zij sinds 2020 hebben opgebouwd.")

    d.add_heading("Artikel 11. Nieuwe partners, wijziging en beëindiging", level=2)
    docx_para(d, "Looptijd. Deze overeenkomst geldt vanaf 1 augustus 2025 voor vier jaar en wordt daarna "
                 "telkens stilzwijgend met vier jaar verlengd.")
    docx_para(d, "Nieuwe partners. Een andere vmbo-school of mbo-instelling kan partij worden als beide "
                 "colleges van bestuur daar schriftelijk mee instemmen en de nieuwe partij een "
                 "toetredingsverklaring ondertekent waarin zij deze overeenkomst aanvaardt.")
    docx_para(d, "Wijziging. Deze overeenkomst kan alleen worden gewijzigd met een schriftelijk stuk dat door "
                 "beide colleges van bestuur is ondertekend.")
    docx_para(d, "Opzegging en ontbinding. Iedere partij kan de overeenkomst schriftelijk opzeggen met een "
                 "opzegtermijn van zes maanden. Schiet een partij ernstig tekort en herstelt zij dit niet "
                 "binnen een maand na een schriftelijke aanmaning, dan kan de andere partij de overeenkomst "
                 "met onmiddellijke ingang ontbinden.")
    docx_textbox(d, ["Andere scholen kunnen aansluiten, en de besturen kunnen deze afspraken samen veranderen of "
                     "beëindigen."], title=H210_KORT)

    d.add_heading("Ondertekening", level=2)
    t = d.add_table(rows=4, cols=2)
    cells = [("Goirle, 26 juni 2025", "Tilburg, 26 juni 2025"),
             ("Stichting Voortgezet Onderwijs De Hilver", "Stichting Regionaal Opleidingencentrum Beekdal"),
             ("", ""),
             ("M.C.J. Verhoeven, voorzitter college van bestuur", "drs. R.A. van Gorp, lid college van bestuur")]
    for i, (a, b) in enumerate(cells):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    return d


@sample(210, "h210_tekstvakken_zorg_goirle", "docx",
        "Word-document met artikelkoppen en grijze en gekleurde tekstvakken (kaders) waarin een deel van de "
        "afspraken staat, Goirle/Hilvarenbeek, zorg en welzijn bb naar Helpende zorg en welzijn niveau 2; "
        "geschillen alleen in onderling overleg, toetreding/opzegging/wijziging zonder bescherming van "
        "leerlingen, medezeggenschap alleen wettelijke beschrijving met 'kunnen'",
        st("a=present b=present c=present d=present e=present f=present g=present "
           "h=not_applicable i=weak j=weak"),
        {"a": "Artikel 2. De route naar Helpende zorg en welzijn",
         "b": "Afspraken met het werkveld",
         "c": "Artikel 4. Leiding over de route",
         "d": "Artikel 5. Informatie en verantwoording",
         "e": "Artikel 6. Inrichting van het onderwijs",
         "f": "Artikel 7. Overstapmogelijkheden",
         "g": "Artikel 8. Financiën"})
def build_h210(path):
    save_docx(build_h210_doc(), path, "Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn",
              "Rielsedijk College")


# ------------------------------------------------------------------- h212
H212_ROWS = [
    ["Nr", "Onderwerp", "Wat spreken we af", "Wie is aan zet"],
    ["1", "Doel en melding",
     "Partijen verzorgen samen een doorlopende leerroute vmbo-mbo op grond van artikel 2.107b WVO 2020 en "
     "artikel 9.1.3 WEB. Zij melden de route gezamenlijk bij de minister; ieder registreert de route voor het "
     "eigen deel in RIO vóór 1 oktober 2025.",
     "Besturen; uitvoering door de routecoördinator"],
    ["2", "Profiel en opleiding",
     "De route verbindt het profiel Groen in de basisberoepsgerichte leerweg van het Zuidlaarder Esch "
     "College met de basisberoepsopleiding Medewerker dierverzorging (niveau 2, BOL) in het opleidingsdomein "
     "Voedsel, natuur en leefomgeving van Groenstede College. Leerlingen kiezen in leerjaar 2 van de "
     "onderbouw voor de route; de route duurt drie jaar.",
     "Stuurgroep"],
    ["3", "Routeleiding",
     "De leiding over de route ligt bij een stuurgroep van drie personen: de afdelingsleider bovenbouw "
     "vmbo van de school, de teamleider Dier van Groenstede College en de routecoördinator. Het bestuur van "
     "de school wijst de afdelingsleider aan, het bestuur van het AOC de teamleider. De routecoördinator, "
     "in dienst van het AOC, wordt door beide besturen gezamenlijk benoemd voor drie jaar. De stuurgroep "
     "stelt jaarlijks het gezamenlijke PTA/OER en het jaarrooster vast, beslist over toelating tot de route "
     "en verdeelt de docenturen binnen de formatie die de besturen toekennen. Besluiten over personeel, "
     "investeringen en deze overeenkomst blijven bij de besturen.",
     "Besturen benoemen; stuurgroep voert uit"],
    ["4", "Verantwoording aan de besturen",
     "De stuurgroep informeert beide besturen twee keer per jaar, in februari en in september, met een "
     "schriftelijke rapportage over in-, door- en uitstroom, examenresultaten, verzuim, overstappen en "
     "uitgaven. De septemberrapportage is tevens de jaarverantwoording over het afgelopen schooljaar en wordt "
     "in oktober besproken in het bestuurlijk overleg van beide besturen met de stuurgroep.",
     "Stuurgroep; besturen"],
    ["5", "Programma en examinering",
     "Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar "
     "in één PTA/OER, met per onderdeel de aanduiding vo, mbo of gecombineerd. Het vmbo-centraal examen "
     "vindt plaats in leerjaar 2 van de route. De school is verantwoordelijk voor het vmbo-examen en de "
     "vmbo-diplomering, het AOC voor de mbo-examinering, de bpv en de mbo-diplomering.",
     "Stuurgroep; examencommissies"],
    ["6", "Personeel",
     "De route wordt verzorgd door één team. De school levert de docenten voor de algemene vakken en het "
     "profielvak Groen; het AOC levert twee docenten dierverzorging en een praktijkinstructeur, die in "
     "leerjaar 1 en 2 elk vier lesuren per week op de school verzorgen. Voor de module Dier en omgeving "
     "wordt gebruikgemaakt van de teambevoegdheid; het PTA/OER vermeldt dit. Ieder blijft in dienst van de "
     "eigen werkgever.",
     "Stuurgroep"],
    ["7", "Locaties en faciliteiten",
     "Leerjaar 1 van de route wordt gegeven op de school in Zuidlaren, met één praktijkdag per week op de "
     "locatie Groenstede Vries. Leerjaar 2 en 3 worden gegeven op de locatie Vries. Het AOC stelt de "
     "dierenverblijven, de kleindierenhal, het practicumlokaal en de schoolboerderij beschikbaar aan alle "
     "leerlingen van de route; de school stelt haar kas en praktijklokaal Groen beschikbaar aan de docenten "
     "van het AOC. Voor vervoer tussen Zuidlaren en Vries zorgt de school.",
     "School en AOC"],
    ["8", "Werkveld en leerbedrijven",
     "Dierenpension De Hondsrug, Kinderboerderij De Vennen, Paardenhouderij Eelderwolde en Dierenkliniek "
     "Zuidlaren vormen met een adviseur van SBB de werkveldgroep van de route. De werkveldgroep komt twee "
     "keer per jaar bijeen en adviseert over de praktijkopdrachten en keuzedelen. De bedrijven bieden samen "
     "ten minste tien bpv-plaatsen per cohort, ontvangen leerlingen uit leerjaar 1 voor bedrijfsbezoeken en "
     "leveren praktijkbeoordelaars voor de proeve van bekwaamheid.",
     "Routecoördinator; werkveldgroep"],
    ["9", "Overstap en uitstroom",
     "Stopt een leerling in leerjaar 1 of 2, dan maakt hij het reguliere vmbo-programma Groen in de "
     "basisberoepsgerichte leerweg op de school af en haalt daar zijn vmbo-diploma. Stopt een student in "
     "leerjaar 3, dan kan hij bij Groenstede College overstappen naar een andere opleiding op niveau 2, "
     "zoals Medewerker groene ruimte of Medewerker teelt, mits hij in het bezit is van een vmbo-diploma. "
     "Zonder vmbo-diploma is bij Groenstede College uitsluitend instroom in de Entreeopleiding mogelijk. "
     "Welke mogelijkheid wordt gekozen, bepalen de mentor van de school en de routecoördinator samen, na "
     "overleg met de leerling en de ouders en op grond van het bereikte niveau en de leeftijd.",
     "Mentor en routecoördinator"],
    ["10", "Financiën",
     "De school draagt voor iedere leerling in leerjaar 1 en 2 van de route een deel van de door haar "
     "ontvangen bekostiging over aan het AOC. Het over te dragen deel is bestemd voor de inzet van de "
     "AOC-docenten in de vo-fase en voor het gebruik van de dierenverblijven en de schoolboerderij. De hoogte "
     "van het bedrag stelt de stuurgroep jaarlijks vast bij het opstellen van de begroting.",
     "Stuurgroep; controllers"],
    ["11", "Inschrijving, verzuim en klachten",
     "In leerjaar 1 en 2 staat de leerling ingeschreven bij de school, vanaf leerjaar 3 bij het AOC. "
     "Verzuim wordt in de vo-fase gemeld bij de leerplichtambtenaar door de school, daarna door het AOC. De "
     "klachtenregeling van ieder geldt ook voor gedragingen van medewerkers van de ander in de route; de "
     "ander werkt mee aan de afhandeling.",
     "School en AOC"],
    ["12", "Medezeggenschap",
     "Naast de wettelijke regels (WMS voor de school en de vo-fase, WEB en WOR voor het AOC) spreken "
     "partijen af dat de studentenraad van Groenstede College twee toehoorders met spreekrecht toelaat uit "
     "de leerlingen van leerjaar 1 en 2 van de route, en dat de medezeggenschapsraad van de school en de "
     "studentenraad van het AOC eenmaal per jaar samen met de stuurgroep de jaarverantwoording bespreken.",
     "Stuurgroep; raden"],
    ["13", "Geschillen",
     "Een geschil over de uitvoering van deze overeenkomst bespreekt de stuurgroep binnen drie weken. Lukt "
     "een oplossing niet, dan overleggen de besturen binnen zes weken. Blijft het geschil bestaan, dan "
     "leggen partijen het voor aan een geschillencommissie van drie leden: ieder bestuur wijst een lid aan "
     "en die twee kiezen een onafhankelijke voorzitter. De commissie brengt binnen acht weken een bindend "
     "advies uit. De kosten worden gedeeld.",
     "Stuurgroep; besturen"],
    ["14", "Toetreding",
     "Een andere vmbo-school of instelling voor beroepsonderwijs kan toetreden als beide besturen "
     "schriftelijk instemmen en de toetreder deze overeenkomst ondertekent en zelf bij DUO meldt. "
     "Toetreding gaat in per 1 augustus; de leerlingen van de toetreder starten in een nieuw cohort en voor "
     "de leerlingen die al in de route zitten verandert er niets.",
     "Besturen"],
    ["15", "Wijziging",
     "Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend. Zij gaan in bij het "
     "begin van een schooljaar en gelden niet ten nadele van leerlingen die al in de route zitten; het PTA "
     "van een lopend examenjaar blijft ongewijzigd.",
     "Besturen"],
    ["16", "Duur en beëindiging",
     "Dit afsprakenkader geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Opzegging kan schriftelijk tegen "
     "1 augustus met een termijn van twaalf maanden; na opzegging worden geen nieuwe leerlingen toegelaten. "
     "Leerlingen die op de einddatum in de route zitten, ronden de route af bij beide partijen onder dezelfde "
     "voorwaarden. Bij ontbinding wegens een ernstige tekortkoming geldt hetzelfde.",
     "Besturen"],
]

H212 = [
    ("title", "Afsprakenkader doorlopende leerroute Groen - Dierverzorging"),
    ("sub", "Samenwerkingsovereenkomst Zuidlaarder Esch College en Groenstede College, Tynaarlo"),
    ("sp", 6),
    ("p", "**Partijen:** Stichting Openbaar Voortgezet Onderwijs Tynaarlo, bevoegd gezag van het Zuidlaarder "
          "Esch College (school voor vmbo), vertegenwoordigd door mevrouw E. Hofstee, directeur-bestuurder, "
          "hierna: de school; en Stichting Agrarisch Opleidingscentrum Drentse Velden, handelend onder de naam "
          "Groenstede College, vertegenwoordigd door de heer K.J. Bakker, voorzitter van het college van "
          "bestuur, hierna: het AOC."),
    ("p", "Partijen leggen hun afspraken over de doorlopende leerroute vast in het onderstaande afsprakenkader. "
          "Iedere rij is een afspraak die partijen bindt; de laatste kolom noemt wie voor de uitvoering aan "
          "zet is."),
    ("table", H212_ROWS, [0.9, 3.0, 9.6, 3.1], 1),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend."),
    ("sig", [["Zuidlaren, 3 juli 2025", "Stichting Openbaar Voortgezet Onderwijs Tynaarlo", "",
              "E. Hofstee, directeur-bestuurder"],
             ["Vries, 3 juli 2025", "Stichting Agrarisch Opleidingscentrum Drentse Velden", "",
              "K.J. Bakker, voorzitter college van bestuur"]]),
]


@sample(212, "h212_afsprakentabel_over_paginas_dierverzorging_tynaarlo", "pdf",
        "PDF die vrijwel geheel uit één afsprakentabel bestaat die over drie pagina's doorloopt (kopregel "
        "herhaald), Tynaarlo, groen bb naar Medewerker dierverzorging niveau 2 bij een AOC; overstap legt "
        "vooropleidingseis op binnen dezelfde instelling (zonder vmbo-diploma alleen Entree), overdracht "
        "bekostiging zonder omvang",
        st("a=present b=present c=present d=present e=present f=weak g=weak "
           "h=present i=present j=present"),
        {"a": "Profiel en opleiding", "b": "Werkveld en leerbedrijven", "c": "Routeleiding",
         "d": "Verantwoording aan de besturen", "e": "Locaties en faciliteiten",
         "h": "Medezeggenschap", "i": "Geschillen", "j": "Duur en beëindiging"})
def build_h212(path):
    build_pdf(path, H212, "Afsprakenkader doorlopende leerroute Groen - Dierverzorging",
              "Zuidlaarder Esch College", base=10, margins=2.2,
              footer="Afsprakenkader DLR Groen - Dierverzorging Tynaarlo")


# ------------------------------------------------------------------- h213
def build_h213_doc():
    d = new_docx("Verdana", 10.5)
    _a4(d, 2.3)
    _footer(d, "Afspraken doorlopende leerroute Autotechniek - Dinkelrode College en Grensland Vakcollege")
    d.add_heading("Afspraken over de doorlopende leerroute Autotechniek", level=1)
    docx_para(d, "Dinkelrode College (Losser) en Grensland Vakcollege Mobiliteit (Oldenzaal)", italic=True)
    docx_para(d, "Dit zijn de afspraken tussen twee scholen die samen een opleiding geven. De wet noemt dit "
                 "een samenwerkingsovereenkomst. Wij hebben de afspraken bewust in gewone taal geschreven, "
                 "zodat ook ouders en leerlingen ze kunnen lezen. De besturen van beide scholen hebben ze "
                 "ondertekend en houden zich eraan.")
    B = "List Bullet"

    d.add_heading("Wie maken deze afspraken?", level=2)
    docx_para(d, "Stichting Openbaar Voortgezet Onderwijs Losser en Dinkelland. Dit is het bestuur van het "
                 "Dinkelrode College, een vmbo-school in Losser. Hieronder noemen we deze school: de "
                 "vmbo-school.", style=B)
    docx_para(d, "Stichting ROC Twente-Grensland. Dit is het bestuur van het Grensland Vakcollege Mobiliteit in "
                 "Oldenzaal, een mbo-school. Hieronder noemen we deze school: de mbo-school.", style=B)
    docx_para(d, "Als we \"wij\" schrijven, bedoelen we beide scholen samen. Beide scholen geven samen bij de "
                 "minister door dat zij deze route aanbieden.")

    d.add_heading("Om welke opleiding gaat het?", level=2)
    docx_para(d, "Uw kind volgt op de vmbo-school het profiel Mobiliteit en transport in de "
                 "kaderberoepsgerichte leerweg (kader). Zonder overstap gaat het daarna verder met de "
                 "mbo-opleiding Eerste autotechnicus, niveau 3, van de mbo-school. Die opleiding hoort bij het "
                 "opleidingsdomein Mobiliteit en voertuigen.")
    docx_para(d, "De route begint in het derde jaar van het vmbo en duurt vier jaar. Uw kind haalt "
                 "onderweg het vmbo-diploma, meestal aan het eind van het tweede routejaar en in elk geval "
                 "uiterlijk in het derde. Aan het eind van de route haalt het het mbo-diploma.")

    d.add_heading("Welke bedrijven doen mee?", level=2)
    docx_para(d, "Garages en bedrijven uit de buurt helpen mee aan de opleiding. Dit spreken wij met hen af:")
    docx_para(d, "Autobedrijf Nijhuis in Losser, Garage Ter Haar in Denekamp, Truckservice Dinkelland en de "
                 "afdeling Oost-Nederland van de brancheorganisatie BOVAG zitten samen in de "
                 "bedrijvenraad van de route. Ook een adviseur van SBB zit erin.", style=B)
    docx_para(d, "De bedrijvenraad praat twee keer per jaar met het routeteam en geeft advies over wat "
                 "leerlingen moeten leren, bijvoorbeeld over elektrische auto's.", style=B)
    docx_para(d, "De garages bieden stageplekken: in het tweede routejaar een snuffelweek, vanaf het derde "
                 "routejaar echte stages (beroepspraktijkvorming). Samen zorgen ze voor ten minste twaalf "
                 "stageplekken per jaar.", style=B)
    docx_para(d, "Monteurs uit de garages geven gastlessen en kijken mee bij de praktijkexamens.", style=B)

    d.add_heading("Wie is de baas van de route?", level=2)
    docx_para(d, "De route wordt geleid door het routeteam. Daarin zitten drie mensen:")
    docx_para(d, "de afdelingsleider kader van de vmbo-school;", style=B)
    docx_para(d, "de opleidingsmanager Autotechniek van de mbo-school;", style=B)
    docx_para(d, "de routecoördinator, die de dagelijkse zaken regelt en het aanspreekpunt is voor ouders.",
              style=B)
    docx_para(d, "Hoe komen zij in het routeteam? Het bestuur van de vmbo-school wijst de afdelingsleider "
                 "aan. Het bestuur van de mbo-school wijst de opleidingsmanager aan. De routecoördinator "
                 "wordt door beide besturen samen benoemd, voor drie jaar.")
    docx_para(d, "Wat doet het routeteam? Het maakt elk jaar het lesprogramma en het examenplan (het "
                 "gezamenlijke PTA/OER), beslist welke leerlingen aan de route mogen beginnen, verdeelt de "
                 "lessen over de docenten van beide scholen en beslist samen met ouders en leerling over een "
                 "overstap (zie hieronder).")
    docx_para(d, "Wat mag het routeteam zelf beslissen? Het rooster, de inzet van docenten binnen de uren die "
                 "de besturen geven, en uitgaven tot 7.500 euro per jaar. Over personeel, grotere uitgaven en "
                 "over deze afspraken beslissen de besturen zelf.")

    d.add_heading("Hoe weten de besturen hoe het gaat?", level=2)
    docx_para(d, "Het routeteam schrijft elk jaar vóór 1 november een jaarverslag voor beide besturen. Daarin "
                 "staat hoeveel leerlingen er zijn, hoeveel er gestopt of overgestapt zijn, hoe de examens "
                 "gingen en waar het geld aan is besteed. Twee keer per jaar, in november en in april, praat "
                 "het routeteam met beide besturen. Gaat er tussendoor iets mis dat de route in gevaar "
                 "brengt, dan meldt het routeteam dat meteen.")

    d.add_heading("Waar en van wie krijgt uw kind les?", level=2)
    docx_para(d, "Waar? De eerste twee routejaren zit uw kind vooral op de vmbo-school in Losser. Eén dag per "
                 "week heeft het praktijkles in de werkplaats van de mbo-school in Oldenzaal. Vanaf het derde "
                 "routejaar is alles op de mbo-school en in de garage.")
    docx_para(d, "Van wie? Docenten van beide scholen vormen samen één team. Docenten autotechniek van de "
                 "mbo-school geven ook al les in de eerste twee jaar. De wet staat toe dat zo'n team samen "
                 "verantwoordelijk is (teambevoegdheid). Wij doen dat voor het vak Techniek in de praktijk; in "
                 "het PTA/OER staat precies voor welke lessen. Elke docent blijft in dienst van zijn eigen "
                 "school.")
    docx_para(d, "Met welke spullen? De mbo-school laat alle leerlingen van de route haar werkplaats gebruiken, "
                 "met de autobruggen, de diagnosecomputers en het lokaal voor elektrische auto's. De "
                 "vmbo-school stelt haar techniekhal en computerlokaal beschikbaar als mbo-docenten in Losser "
                 "lesgeven.")
    docx_para(d, "Lesprogramma en examens. Wij schrijven samen per leerjaar op wat uw kind leert, welke "
                 "examens het doet en wanneer het stage loopt. Dat staat in het PTA/OER dat u elk jaar vóór 1 "
                 "oktober krijgt. De vmbo-school zorgt voor het vmbo-examen en het vmbo-diploma, de mbo-school "
                 "voor de stages, de mbo-examens en het mbo-diploma.")
    docx_para(d, "Inschrijving en klachten. De eerste twee routejaren staat uw kind ingeschreven op de "
                 "vmbo-school, daarna op de mbo-school. Heeft u een klacht over een medewerker van de andere "
                 "school, dan kunt u die indienen bij de school waar uw kind staat ingeschreven. Beide scholen "
                 "werken mee aan de afhandeling.")

    d.add_heading("Wat als de route niet past?", level=2)
    docx_para(d, "Soms merkt een leerling dat de route toch niet goed past. Dan zorgen wij altijd voor een "
                 "andere weg naar een diploma:")
    docx_para(d, "Stopt uw kind in het eerste of tweede routejaar? Dan maakt het het gewone vmbo af op de "
                 "vmbo-school, in hetzelfde profiel of een ander profiel, en haalt het daar zijn "
                 "vmbo-diploma.", style=B)
    docx_para(d, "Haalt uw kind het vmbo-diploma niet op tijd? Dan kan het een jaar overdoen, of zonder "
                 "vmbo-diploma verder op de mbo-school, in een opleiding die past bij wat het al kan. Op de "
                 "mbo-school gelden dan geen toelatingseisen voor het vooropleidingsniveau.", style=B)
    docx_para(d, "Vindt uw kind autotechniek toch niet leuk? Dan kan het op de mbo-school overstappen naar "
                 "een andere opleiding op niveau 2 of 3, bijvoorbeeld Logistiek of Fietstechniek.", style=B)
    docx_para(d, "Verhuist u of wil uw kind naar een andere mbo-school? Dan helpen wij bij het aanmelden. "
                 "Die school kan met een gesprek of test bekijken of de opleiding past.", style=B)
    docx_para(d, "Wie beslist? De vmbo-school en de mbo-school beslissen samen, na een gesprek met u en uw "
                 "kind. Wij kijken naar wat uw kind al heeft gehaald en naar de leeftijd. De mentor zorgt dat "
                 "de nieuwe opleiding alles weet wat nodig is. Dit staat ook in de schoolgids.")

    d.add_heading("Gaat er geld van de ene school naar de andere?", level=2)
    docx_para(d, "Ja. De vmbo-school krijgt van de overheid geld voor de eerste twee routejaren, de "
                 "mbo-school voor de jaren daarna. De vmbo-school betaalt de mbo-school elk jaar 1.100 euro "
                 "per leerling in het eerste en tweede routejaar. Dat geld is voor de lessen die docenten van "
                 "de mbo-school in die jaren geven en voor het gebruik van de werkplaats in Oldenzaal. Andere "
                 "kosten betaalt elke school zelf.")

    d.add_heading("Hoe kunnen ouders en leerlingen meepraten?", level=2)
    docx_para(d, "De gewone regels blijven gelden: op de vmbo-school praat u mee via de "
                 "medezeggenschapsraad, op de mbo-school via de studentenraad en de ouderraad. Daarnaast "
                 "spreken wij af:")
    docx_para(d, "Eén leerling uit het eerste of tweede routejaar mag meedoen met de vergaderingen van de "
                 "studentenraad van de mbo-school als het over de route gaat. De leerlingen van de route "
                 "kiezen die leerling zelf.", style=B)
    docx_para(d, "De medezeggenschapsraad van de vmbo-school en de studentenraad van de mbo-school krijgen "
                 "elk jaar het jaarverslag en mogen daarover advies geven aan beide besturen.", style=B)

    d.add_heading("Wat als de scholen het niet met elkaar eens zijn?", level=2)
    docx_para(d, "Zijn de scholen het oneens over hoe deze afspraken worden uitgevoerd, dan gaat het zo:")
    docx_para(d, "Eerst praat het routeteam erover. Dat moet binnen vier weken.", style=B)
    docx_para(d, "Komt het routeteam er niet uit, dan praten de besturen erover.", style=B)
    docx_para(d, "Lukt het de besturen niet binnen twee maanden, dan vragen zij samen een onafhankelijke "
                 "bemiddelaar (mediator) om te helpen.", style=B)
    docx_para(d, "Helpt ook dat niet, dan kan elke school de zaak voorleggen aan de rechter (rechtbank "
                 "Overijssel).", style=B)
    docx_para(d, "Ook als de scholen het oneens zijn, gaan de lessen voor uw kind gewoon door.")

    d.add_heading("Kunnen deze afspraken veranderen of stoppen?", level=2)
    docx_para(d, "Deze afspraken gelden vanaf 1 augustus 2025, zonder einddatum.")
    docx_para(d, "Een andere school doet mee: een andere vmbo-school of mbo-school kan aansluiten als beide "
                 "besturen dat schriftelijk goedvinden en de nieuwe school deze afspraken ondertekent. Die "
                 "school begint met een nieuwe groep leerlingen; voor leerlingen die al in de route zitten, "
                 "verandert er niets.", style=B)
    docx_para(d, "Afspraken veranderen: dat kan alleen op papier, getekend door beide besturen. Een "
                 "verandering gaat in bij het begin van een schooljaar en mag nooit nadelig zijn voor "
                 "leerlingen die al in de route zitten.", style=B)
    docx_para(d, "Stoppen: elke school kan de afspraken schriftelijk opzeggen, maar alleen per 1 augustus en "
                 "met een jaar van tevoren. Daarna beginnen er geen nieuwe leerlingen meer. Leerlingen die al "
                 "in de route zitten, mogen hem afmaken bij beide scholen, zoals afgesproken. Dat geldt ook "
                 "als de afspraken door een ernstig probleem eerder eindigen.", style=B)

    d.add_heading("Ondertekening", level=2)
    docx_para(d, "Losser en Oldenzaal, 30 juni 2025")
    t = d.add_table(rows=3, cols=2)
    rows = [("Stichting Openbaar Voortgezet Onderwijs Losser en Dinkelland", "Stichting ROC Twente-Grensland"),
            ("", ""),
            ("W.H. Oude Vrielink, bestuurder", "mr. S. Kamphuis-Leferink, voorzitter college van bestuur")]
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    return d


@sample(213, "h213_eenvoudige_taal_ouders_autotechniek_losser", "docx",
        "Word-document in eenvoudige taal voor ouders met vraagkoppen en opsommingstekens, Losser/Oldenzaal, "
        "mobiliteit en transport kb naar Eerste autotechnicus niveau 3; alle onderdelen in gewone woorden "
        "uitgewerkt, overdracht met bedrag, aanvullende medezeggenschapsafspraken",
        st("a=present b=present c=present d=present e=present f=present g=present "
           "h=present i=present j=present"),
        {"a": "Om welke opleiding gaat het?", "b": "Welke bedrijven doen mee?",
         "c": "Wie is de baas van de route?", "d": "Hoe weten de besturen hoe het gaat?",
         "e": "Waar en van wie krijgt uw kind les?", "f": "Wat als de route niet past?",
         "g": "Gaat er geld van de ene school naar de andere?",
         "h": "Hoe kunnen ouders en leerlingen meepraten?",
         "i": "Wat als de scholen het niet met elkaar eens zijn?",
         "j": "Kunnen deze afspraken veranderen of stoppen?"})
def build_h213(path):
    save_docx(build_h213_doc(), path, "Afspraken over de doorlopende leerroute Autotechniek",
              "Dinkelrode College")


# ------------------------------------------------------------------- h214
H214 = """
# Vernieuwde samenwerkingsovereenkomst doorlopende leerroute Economie en ondernemen - Retail

**Rheden (Dieren, Velp) en Arnhem - ingangsdatum 1 augustus 2025**

_Deze overeenkomst vervangt de overeenkomst "Vakmanschapsroute Retail Rheden" van 4 april 2018 in haar geheel._

## Partijen

1. **Stichting voor Openbaar Voortgezet Onderwijs Rheden**, gevestigd te Dieren, bevoegd gezag van het
   Veluwezoom College (school voor vmbo), vertegenwoordigd door mevrouw ir. C.A. Hulshof, voorzitter van het
   college van bestuur, hierna: _de school_;
2. **Stichting Regionaal Opleidingencentrum Gelderse Poort**, gevestigd te Arnhem, bevoegd gezag van het
   Poortcollege Handel en Retail, vertegenwoordigd door de heer drs. T.W. Elbertse, lid van het college van
   bestuur, hierna: _het ROC_.

## Overwegingen

- Partijen verzorgen sinds het schooljaar 2018-2019 een vakmanschapsroute retail op grond van het Besluit
  experimenten doorlopende leerlijnen vmbo-mbo; de afspraken daarover staan in de overeenkomst van
  4 april 2018.
- Sinds de Wet doorlopende leerroutes vmbo-mbo moet een doorlopende leerroute berusten op een
  samenwerkingsovereenkomst met de inhoud die artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven.
  Partijen hebben de overeenkomst van 2018 daaraan getoetst en besloten haar te vervangen.
- De route is sinds 2018 in nauwe samenwerking met winkeliers uit Dieren en Velp en met de
  Ondernemersvereniging Rheden vormgegeven; partijen achten die samenwerking van groot belang voor de
  kwaliteit van de route.
- Partijen melden de route gezamenlijk bij de minister; de registratie in RIO wordt aangepast aan het nieuwe
  niveau van de route.

## Wat is er veranderd ten opzichte van 2018

| Onderwerp | Overeenkomst 2018 | Deze overeenkomst |
|---|---|---|
| Grondslag | Besluit experimenten doorlopende leerlijnen | Art. 2.107b WVO 2020 en art. 9.1.3 WEB |
| Mbo-opleiding | Verkoper (niveau 2) | Verkoopspecialist (niveau 3) |
| Leiding | Stuurgroep van zes personen | Routeteam van vier personen |
| Uitval | "Terugvaloptie" naar regulier vmbo | Overstapoptie per fase (artikel 5) |
| Financiën | Vergoeding per leerling | Geen overdracht van bekostiging |
| Geschillen | Niet geregeld | Regeling in artikel 9 |

## 1. De route: profiel en opleiding

1.1 De route verbindt het profiel Economie en ondernemen in de kaderberoepsgerichte leerweg van de school met
de vakopleiding Verkoopspecialist (niveau 3, beroepsopleidende leerweg) van het ROC, in het opleidingsdomein
Handel en ondernemerschap.

1.2 De route begint in leerjaar 3 van de school en duurt vier jaar. Het vmbo-examen wordt afgelegd in leerjaar
2 van de route; het vmbo-diploma wordt uiterlijk in leerjaar 3 van de route behaald.

1.3 Leerlingen die vóór 1 augustus 2025 zijn ingestroomd, ronden de route af volgens de overeenkomst van 2018
(zie artikel 11).

## 2. Het routeteam

2.1 De leiding over de route berust bij het routeteam.

2.2 Het routeteam bestaat uit vier leden: twee medewerkers van de school en twee medewerkers van het ROC,
onder wie ten minste één docent die in de mbo-fase lesgeeft en ten minste één leidinggevende. Het
voorzitterschap wisselt ieder schooljaar tussen school en ROC.

2.3 Het routeteam heeft tot taak:
a. het jaarlijks opstellen en vaststellen van het gezamenlijke PTA/OER voor alle leerjaren van de route;
b. het opstellen van het jaarrooster en de lessentabel;
c. het beslissen over de toelating van leerlingen tot de route;
d. het verdelen van de lesuren tussen de docenten van beide partijen;
e. het beslissen over overstappen als bedoeld in artikel 5;
f. de zorg voor de kwaliteit van de route, waaronder een jaarlijkse leerlingenenquête.

2.4 Het routeteam is bevoegd zelfstandig te besluiten over de onderwerpen genoemd in 2.3, binnen de uren en
het budget die de besturen jaarlijks vaststellen. Het routeteam kan geen verplichtingen aangaan jegens derden
en beslist niet over personele aangelegenheden; die bevoegdheden blijven bij de besturen.

2.5 Het routeteam vergadert ten minste eens per zes weken en maakt van ieder overleg een besluitenlijst, die
aan beide directies wordt gezonden.

## 3. Verantwoording aan de besturen

3.1 Het routeteam legt jaarlijks vóór 1 december verantwoording af aan beide colleges van bestuur met een
schriftelijke jaarrapportage over het afgelopen schooljaar: aantallen leerlingen per leerjaar, in-, door- en
uitstroom, examen- en diplomaresultaten, overstappen, klachten en de besteding van het budget.

3.2 In mei voert het routeteam een voortgangsgesprek met beide colleges van bestuur over het lopende
schooljaar en het routeplan voor het volgende schooljaar.

3.3 Het routeteam informeert beide besturen direct over ontwikkelingen die de continuïteit van de route
raken.

## 4. Onderwijs, personeel en voorzieningen

4.1 Partijen beschrijven het onderwijsprogramma en de examinering per leerjaar in één PTA/OER. Daarin staat
per onderdeel of het een vo-onderdeel, een mbo-onderdeel of een gecombineerd onderdeel is. De school is
verantwoordelijk voor het vmbo-examen en de vmbo-diplomering, het ROC voor de mbo-examinering en de
mbo-diplomering.

4.2 Leerjaar 1 en 2 van de route worden gegeven op de locatie van de school in Dieren; leerjaar 3 en 4 op de
locatie van het ROC aan de Sonsbeeksingel in Arnhem.

4.3 De route wordt verzorgd door één docententeam. Het ROC zet in leerjaar 1 en 2 wekelijks zes lesuren
docent retail in op de locatie Dieren; de school zet in leerjaar 3 wekelijks twee lesuren docent Nederlands
in op de locatie Arnhem. Voor de vakoverstijgende module "Ondernemen in de winkel" maken partijen gebruik van
de teambevoegdheid; het PTA/OER vermeldt dit. Ieder blijft werkgever van het eigen personeel.

4.4 De school stelt haar leerwinkel "De Toonbank" en het computerlokaal beschikbaar; het ROC stelt zijn
retaillab met kassasystemen, het e-commerce-atelier en de mediatheek beschikbaar aan alle leerlingen van de
route, ook in leerjaar 1 en 2.

4.5 In leerjaar 1 en 2 staat de leerling ingeschreven bij de school, daarna bij het ROC. De klachtenregeling
van ieder van partijen is ook van toepassing op gedragingen van medewerkers van de andere partij in het kader
van de route.

## 5. Overstapoptie

5.1 Een leerling die de route verlaat voordat hij haar met succes heeft afgerond, krijgt van partijen een
alternatief dat leidt tot een vmbo- of mbo-diploma. Partijen beoordelen samen, in een gesprek met de leerling
en zijn ouders, welk alternatief past bij het bereikte onderwijsniveau en de leeftijd van de leerling.

5.2 Het alternatief is in elk geval:
- bij vertrek in leerjaar 1 of 2: het reguliere vmbo-programma van de school (hetzelfde of een ander profiel,
  kader of basis), gericht op het vmbo-diploma;
- als het vmbo-diploma niet uiterlijk in leerjaar 3 is behaald: herkansing of doubleren voor het
  vmbo-diploma, of voortzetting bij het ROC zonder vmbo-diploma in een opleiding op niveau 2 of 3 die past bij
  de behaalde onderdelen; de vooropleidingseisen gelden daarbij niet;
- bij een verkeerde richting in leerjaar 3 of 4: overstap naar een andere opleiding op niveau 2 of 3 van het
  ROC, bijvoorbeeld Medewerker evenementenorganisatie of Logistiek medewerker;
- bij verhuizing of keuze voor een andere instelling: begeleiding bij aanmelding; de ontvangende instelling
  kan toelaten na een geschiktheidsonderzoek.

5.3 De school neemt de uitwerking op in de schoolgids.

## 6. Financiën

Partijen dragen geen bekostiging aan elkaar over. De vergoeding per leerling uit de overeenkomst van 2018
vervalt per 1 augustus 2025. Ieder draagt de kosten van het eigen personeel en de eigen voorzieningen; de
inzet over en weer (artikel 4.3 en 4.4) wordt niet verrekend.

## 7. Privacy

Partijen wisselen alleen de leerlinggegevens uit die voor de uitvoering van de route nodig zijn en leggen dat
vast in een gegevensprotocol.

## 8. Medezeggenschap

[PM - tekst volgt na advies van de MR van de school en de studentenraad van het ROC; zie actiepunt 3]

## 9. Geschillen

9.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in het routeteam
besproken.

9.2 Is het geschil niet binnen vier weken opgelost, dan legt de voorzitter van het routeteam het voor aan
beide colleges van bestuur, die binnen zes weken bestuurlijk overleg voeren.

9.3 Levert het bestuurlijk overleg geen oplossing op, dan wordt het geschil beslecht door arbitrage
overeenkomstig het Arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, met Arnhem als
plaats van arbitrage.

## 10. Toetreding, wijziging en beëindiging

10.1 Een andere vmbo-school of instelling voor beroepsonderwijs kan partij worden als beide colleges van
bestuur daarmee schriftelijk instemmen en de nieuwe partij deze overeenkomst door ondertekening van een
toetredingsverklaring aanvaardt. De toetreding gaat in bij het begin van een schooljaar; de nieuwe partij
meldt haar deelname zelf bij DUO. Leerlingen die al in de route zitten, houden hun programma en locatie.

10.2 Deze overeenkomst wordt alleen schriftelijk gewijzigd, met handtekening van beide colleges van bestuur.
Een wijziging gaat in bij het begin van een schooljaar en geldt niet ten nadele van leerlingen die al in de
route zitten.

10.3 Deze overeenkomst geldt voor onbepaalde tijd. Ieder van partijen kan haar schriftelijk opzeggen tegen
1 augustus, met een opzegtermijn van ten minste twaalf maanden. Na de opzegging worden geen nieuwe leerlingen
toegelaten; leerlingen die in de route zitten, ronden haar af bij beide partijen volgens deze overeenkomst.
Dat geldt ook bij ontbinding wegens een tekortkoming.

## 11. Overgangsbepaling

Leerlingen die vóór 1 augustus 2025 in de vakmanschapsroute zijn ingestroomd, ronden de route af met de
opleiding Verkoper (niveau 2) volgens de afspraken van 2018, tenzij zij met instemming van hun ouders en het
routeteam overstappen naar de opleiding Verkoopspecialist.

## Ondertekening

| Dieren, 1 juli 2025 | Arnhem, 1 juli 2025 |
|---|---|
| Stichting voor Openbaar Voortgezet Onderwijs Rheden | Stichting Regionaal Opleidingencentrum Gelderse Poort |
| ir. C.A. Hulshof, voorzitter college van bestuur | drs. T.W. Elbertse, lid college van bestuur |

## Bijlage - Actiepunten bij de vernieuwing

1. Aanpassen van de registratie van de route in RIO (ROC en school, vóór 1 oktober 2025).
2. Herzien van het PTA/OER voor het cohort 2025-2026 (routeteam, vóór 1 oktober 2025).
3. Uitwerken van de paragraaf medezeggenschap na advies van de MR en de studentenraad (routeteam, vóór
   1 januari 2026).
"""


@sample(214, "h214_vernieuwing_vakmanschapsroute_verkoop_rheden", "md",
        "Markdown-vernieuwing van een overeenkomst uit 2018 (vakmanschapsroute) met wijzigingentabel, "
        "overgangsbepaling en actiepuntenbijlage, Rheden/Arnhem, economie en ondernemen kb naar "
        "Verkoopspecialist niveau 3; bedrijfsleven alleen in de overwegingen, routeteam uitgebreid zonder "
        "wijze van benoeming, medezeggenschap als PM-plaatshouder",
        st("a=present b=missing c=weak d=present e=present f=present g=present "
           "h=weak i=present j=present"),
        {"a": "1. De route: profiel en opleiding",
         "d": "3. Verantwoording aan de besturen",
         "e": "4. Onderwijs, personeel en voorzieningen",
         "f": "5. Overstapoptie",
         "g": "6. Financiën",
         "i": "9. Geschillen",
         "j": "10. Toetreding, wijziging en beëindiging"})
def build_h214(path):
    write_text(path, H214)


# ------------------------------------------------------------------- h216
def _add_article_numbering(d, num_id=90):
    """Add a multilevel list 'Artikel %1.' / '%1.%2' / '%3.' to the numbering part."""
    from lxml import etree
    numbering = d.part.numbering_part.element
    w = W_NS
    absx = (
        '<w:abstractNum xmlns:w="%s" w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Artikel %%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%%3."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="992" w:hanging="425"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (w, num_id))
    numx = ('<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
            % (w, num_id, num_id))
    abs_el = etree.fromstring(absx)
    first_num = numbering.find("{%s}num" % w)
    if first_num is not None:
        first_num.addprevious(abs_el)
    else:
        numbering.append(abs_el)
    numbering.append(etree.fromstring(numx))
    return num_id


def _numbered(d, text, level, num_id, style=None):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    p = docx_para(d, text, style=style)
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numPr.append(ilvl)
    numPr.append(nid)
    pPr.insert(0, numPr) if style is None else pPr.append(numPr)
    return p


H216_ARTICLES = [
    ("Definities", [
        ("In deze overeenkomst wordt verstaan onder:", [
            "**Route**: de doorlopende leerroute vmbo-mbo Software, bedoeld in artikel 2;",
            "**School**: het Kempenhof College te Oisterwijk, school voor mavo en vbo, in stand gehouden "
            "door de Stichting;",
            "**Instelling**: het Kempenland College ICT en Creative te Tilburg, onderdeel van het ROC;",
            "**vo-fase** en **mbo-fase**: respectievelijk leerjaar 1 en 2 en leerjaar 3 en 4 van de Route;",
            "**Routeraad**: het orgaan bedoeld in artikel 3;",
            "**Routemanager**: de voorzitter van de Routeraad;",
            "**Werkveldcommissie**: de commissie bedoeld in artikel 7;",
            "**PTA/OER**: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
            "examenregeling van de Route;",
            "**Besturen**: het college van bestuur van de Stichting en het college van bestuur van het ROC."]),
    ]),
    ("Onderwerp van de overeenkomst", [
        ("Partijen verzorgen gezamenlijk de Route. De Route verbindt het profiel Media, vormgeving en ICT in "
         "de gemengde leerweg van de School met de middenkaderopleiding Software developer (niveau 4, "
         "beroepsopleidende leerweg) van het ROC in het opleidingsdomein ICT en creatieve industrie.", None),
        ("Leerlingen van de theoretische leerweg die het beroepsgerichte vak Media, vormgeving en ICT volgen, "
         "kunnen met toestemming van de Routeraad eveneens tot de Route worden toegelaten.", None),
        ("De Route begint in leerjaar 3 van de School en duurt nominaal vier jaar. Het vmbo-diploma wordt aan "
         "het einde van leerjaar 2 van de Route behaald, en uiterlijk in leerjaar 3.", None),
        ("Partijen melden de Route gezamenlijk aan de minister; ieder registreert de Route in RIO voor het "
         "eigen deel.", None),
    ]),
    ("Leiding over de route", [
        ("De leiding over de Route berust bij de Routeraad.", None),
        ("De Routeraad bestaat uit de teamleider bovenbouw gemengde leerweg van de School, de "
         "opleidingsmanager Software van de Instelling en de Routemanager, die de Routeraad voorzit.", None),
        ("Het college van bestuur van de Stichting wijst de teamleider aan; het college van bestuur van het "
         "ROC wijst de opleidingsmanager aan. De Routemanager wordt na een interne "
         "sollicitatieprocedure door beide Besturen gezamenlijk benoemd voor vier jaar en kan eenmaal worden "
         "herbenoemd.", None),
        ("De Besturen dragen aan de Routeraad op:", [
            "het jaarlijks vaststellen van het PTA/OER en het routeplan;",
            "het besluiten over toelating tot de Route;",
            "het inzetten van docenten van beide partijen binnen de formatie die de Besturen beschikbaar "
            "stellen;",
            "het besluiten over overstappen overeenkomstig artikel 8;",
            "het beheren van het routebudget en het aangaan van uitgaven tot EUR 20.000 per schooljaar."]),
        ("Besluiten van de Routeraad vergen de instemming van zowel de teamleider als de opleidingsmanager. "
         "Wijziging van deze overeenkomst, personele besluiten en uitgaven boven het in 3.4 genoemde bedrag "
         "zijn voorbehouden aan de Besturen.", None),
    ]),
    ("Informatie en verantwoording", [
        ("De Routeraad zendt de Besturen ieder kwartaal een dashboard met de kengetallen van de Route "
         "(aantallen, verzuim, voortgang, uitval).", None),
        ("De Routeraad legt jaarlijks vóór 15 november schriftelijk verantwoording af aan de Besturen over het "
         "voorafgaande schooljaar: onderwijsresultaten, overstappen, klachten, inzet van personeel en "
         "faciliteiten en besteding van het routebudget.", None),
        ("In januari bespreken de Besturen de jaarverantwoording met de Routeraad in een bestuurlijke review. "
         "De Besturen kunnen daarbij gezamenlijk aanwijzingen geven.", None),
    ]),
    ("Onderwijskundige inrichting", [
        ("Partijen beschrijven voor de gehele Route het onderwijsprogramma, de examinering per leerjaar en de "
         "beroepspraktijkvorming per leerjaar in het PTA/OER, met per onderdeel de vermelding vo, mbo of "
         "gecombineerd.", None),
        ("Het centraal examen vmbo wordt afgelegd in leerjaar 2 van de Route. Mbo-examinering vindt plaats "
         "vanaf leerjaar 1. De School is verantwoordelijk voor het vmbo-deel en de vmbo-diplomering, de "
         "Instelling voor het mbo-deel, de beroepspraktijkvorming en de mbo-diplomering.", None),
        ("In de vo-fase staat de leerling ingeschreven bij de School, in de mbo-fase bij het ROC.", None),
    ]),
    ("Organisatie, personeel en faciliteiten", [
        ("De vo-fase wordt gegeven op de locatie van de School aan de Almijnseweg in Oisterwijk, met één "
         "lesdag per week in het Software Lab van de Instelling in Tilburg. De mbo-fase wordt gegeven bij de "
         "Instelling in Tilburg.", None),
        ("De Route wordt verzorgd door één team van docenten van beide partijen. De Instelling zet in de "
         "vo-fase ten minste twaalf lesuren per week programmeerdocenten in; de School zet in de mbo-fase "
         "een docent Engels in voor vier lesuren per week. Voor de vakoverstijgende projecten \"Apps voor de "
         "buurt\" en \"Data en privacy\" wordt gebruikgemaakt van de teambevoegdheid; het PTA/OER vermeldt "
         "welke onderdelen dat betreft. Iedere docent blijft in dienst van de eigen werkgever.", None),
        ("De Instelling stelt het Software Lab, de testomgeving en de licenties voor ontwikkelsoftware "
         "beschikbaar aan alle leerlingen van de Route. De School stelt haar mediaruimte en de "
         "leerlinglaptops beschikbaar. Het gebruik van elkaars faciliteiten wordt niet afzonderlijk "
         "verrekend, behoudens artikel 9.", None),
    ]),
    ("Werkveld", [
        ("Het bedrijfsleven wordt bij de invulling van de Route betrokken via de Werkveldcommissie, waarin "
         "Brabant Digital Works B.V., Softwarehuis De Lind, de IT-afdeling van de gemeente Oisterwijk en een "
         "adviseur van SBB zitting hebben.", None),
        ("De Werkveldcommissie vergadert twee keer per schooljaar met de Routeraad en adviseert over de "
         "keuzedelen en de inhoud van de projecten; de Routeraad reageert schriftelijk op het advies.", None),
        ("De deelnemende bedrijven leveren per schooljaar ten minste twee levensechte opdrachten voor de "
         "projecten, bieden stageplaatsen voor de beroepspraktijkvorming in de mbo-fase en beoordelen mee "
         "bij de eindpresentaties.", None),
    ]),
    ("Overstapoptie", [
        ("Wordt de deelname van een leerling aan de Route beëindigd voordat hij haar met goed gevolg heeft "
         "afgerond, of wordt hij afgewezen voor het vmbo-examen, dan bieden partijen hem een vervolg dat "
         "leidt tot een vmbo- of mbo-diploma.", None),
        ("Het vervolg wordt gekozen op grond van het bereikte onderwijsniveau en de leeftijd van de leerling, "
         "na een gesprek met de leerling en zijn ouders. Het oordeel wordt gezamenlijk gevormd door de "
         "School en de Instelling, vertegenwoordigd door de teamleider en de opleidingsmanager.", None),
        ("Als vervolg komen in elk geval in aanmerking:", [
            "in de vo-fase: voortzetting in de gemengde of theoretische leerweg van de School, gericht op het "
            "vmbo-diploma;",
            "zonder vmbo-diploma na leerjaar 3 van de Route: voortzetting bij de Instelling in een opleiding "
            "die past bij de behaalde onderdelen, zonder toepassing van de vooropleidingseisen, dan wel het "
            "opnieuw afleggen van het vmbo-examen;",
            "in de mbo-fase: overstap naar een andere opleiding van de Instelling op niveau 3 of 4, "
            "bijvoorbeeld Mediavormgever of Expert IT systems and devices;",
            "bij verhuizing: begeleiding naar een andere instelling, die kan toelaten na een "
            "geschiktheidsonderzoek."]),
        ("De School neemt de werkwijze op in de schoolgids.", None),
    ]),
    ("Bekostiging", [
        ("Met toepassing van artikel 5.42a WVO 2020 draagt de Stichting aan het ROC een bedrag over van EUR "
         "1.240 per leerling in de vo-fase per schooljaar, vastgesteld naar het aantal leerlingen op 1 "
         "oktober.", None),
        ("Dit bedrag is bestemd voor de inzet van programmeerdocenten van de Instelling in de vo-fase en "
         "voor het gebruik van het Software Lab en de licenties (artikel 6).", None),
        ("Het ROC draagt geen bekostiging over aan de Stichting.", None),
    ]),
    ("Medezeggenschap", [
        ("Partijen spreken af dat de medezeggenschap over de Route als volgt is ingericht: in de vo-fase "
         "oefent de medezeggenschapsraad van de School de bevoegdheden uit op grond van de Wet "
         "medezeggenschap op scholen, in de mbo-fase de studentenraad en de ondernemingsraad van het ROC. Over "
         "het routeplan als geheel adviseren beide raden.", None),
        ("Aanvullend wordt in de studentenraad van de Instelling een zetel met stemrecht ingeruimd voor een "
         "leerling uit de vo-fase, gekozen door de leerlingen van de Route.", None),
    ]),
    ("Klachten en privacy", [
        ("De klachtenregeling van ieder van partijen geldt ook voor gedragingen van het bestuur en personeel "
         "van de andere partij in de Route; de andere partij werkt mee aan de afhandeling.", None),
        ("Partijen wisselen alleen de gegevens uit die voor de Route nodig zijn, volgens een gegevensprotocol.",
         None),
    ]),
    ("Geschilbeslechting", [
        ("Partijen leggen een geschil over de uitvoering van deze overeenkomst eerst voor aan de Routeraad en, "
         "als die er binnen vier weken niet uitkomt, aan de Besturen in bestuurlijk overleg.", None),
        ("Leidt het bestuurlijk overleg binnen acht weken niet tot een oplossing, dan beproeven partijen "
         "mediation door een gecertificeerde mediator. Slaagt de mediation niet, dan wordt het geschil "
         "voorgelegd aan de bevoegde rechter van de rechtbank Zeeland-West-Brabant.", None),
    ]),
    ("Looptijd, evaluatie en wijziging", [
        ("Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd en wordt eens per drie jaar "
         "geëvalueerd.", None),
        ("Wijziging geschiedt alleen schriftelijk, bij besluit van beide Besturen, en gaat in bij het begin "
         "van een schooljaar. Een wijziging geldt niet ten nadele van leerlingen die de Route al volgen.", None),
    ]),
    ("Toetreding van andere partijen", [
        ("Een andere school of instelling voor beroepsonderwijs kan partij worden bij deze overeenkomst als "
         "beide Besturen schriftelijk instemmen en de toetreder een toetredingsverklaring ondertekent en zijn "
         "deelname bij DUO meldt.", None),
        ("De toetreding gaat in bij het begin van een schooljaar met een nieuw cohort; de rechten en het "
         "programma van leerlingen die de Route al volgen blijven ongewijzigd.", None),
    ]),
    ("Opzegging en ontbinding", [
        ("Ieder van partijen kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus, met een "
         "opzegtermijn van twaalf maanden. Ontbinding is mogelijk bij een ernstige tekortkoming die na "
         "ingebrekestelling niet binnen drie maanden is hersteld.", None),
        ("Na opzegging of ontbinding worden geen leerlingen meer tot de Route toegelaten. Leerlingen die de "
         "Route al volgen, ronden haar af volgens deze overeenkomst; partijen blijven daarvoor personeel en "
         "faciliteiten beschikbaar stellen en de artikelen 8 en 9 blijven van toepassing.", None),
    ]),
    ("Slotbepalingen", [
        ("Op deze overeenkomst is Nederlands recht van toepassing.", None),
        ("Deze overeenkomst is in tweevoud opgemaakt.", None),
    ]),
]


def build_h216_doc():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = new_docx("Cambria", 10.5)
    _a4(d, 2.4)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Kempenhof College / Kempenland College - Samenwerkingsovereenkomst DLR Software"
    _footer(d, "Definitieve versie, vastgesteld door beide colleges van bestuur")
    num_id = _add_article_numbering(d)
    d.add_heading("Samenwerkingsovereenkomst Doorlopende Leerroute Software", level=1)
    docx_para(d, "Media, vormgeving en ICT (vmbo gl) - Software developer (mbo niveau 4)", italic=True)
    d.add_heading("Partijen", level=2)
    docx_para(d, "**Stichting Voortgezet Onderwijs Oisterwijk-Haaren**, gevestigd te Oisterwijk, bevoegd "
                 "gezag van het Kempenhof College, rechtsgeldig vertegenwoordigd door de heer drs. P.H.M. van "
                 "Beers, voorzitter van het college van bestuur, hierna: de Stichting;")
    docx_para(d, "**Stichting Regionaal Opleidingencentrum Kempenland**, gevestigd te Tilburg, bevoegd gezag "
                 "van het Kempenland College ICT en Creative, rechtsgeldig vertegenwoordigd door mevrouw A.L. "
                 "Brouwers MBA, voorzitter van het college van bestuur, hierna: het ROC;")
    docx_para(d, "hierna gezamenlijk: partijen.")
    d.add_heading("Overwegingen", level=2)
    docx_para(d, "Partijen willen leerlingen met belangstelling voor programmeren een ononderbroken leerweg "
                 "naar een diploma op niveau 4 bieden en leggen daartoe in deze overeenkomst de afspraken vast "
                 "die artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven.")
    docx_para(d, "Partijen komen overeen als volgt.")
    for title, paras in H216_ARTICLES:
        _numbered(d, title, 0, num_id, style="Heading 2")
        for text, subs in paras:
            _numbered(d, text, 1, num_id)
            if subs:
                for s_ in subs:
                    _numbered(d, s_, 2, num_id)
    d.add_heading("Ondertekening", level=2)
    t = d.add_table(rows=4, cols=2)
    rows = [("Oisterwijk, 27 juni 2025", "Tilburg, 27 juni 2025"),
            ("Stichting Voortgezet Onderwijs Oisterwijk-Haaren", "Stichting Regionaal Opleidingencentrum Kempenland"),
            ("", ""),
            ("drs. P.H.M. van Beers", "A.L. Brouwers MBA")]
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    return d


@sample(216, "h216_autonummering_definities_software_oisterwijk", "docx",
        "Word-document met automatische artikelnummering (Artikel N. en N.M staan niet in de tekst), "
        "definitieartikel, kop- en voettekst, Oisterwijk/Tilburg, media, vormgeving en ICT gl naar Software "
        "developer niveau 4; volledig, overdracht met bedrag, expliciete inrichting medezeggenschap",
        st("a=present b=present c=present d=present e=present f=present g=present "
           "h=present i=present j=present"),
        {"a": "Onderwerp van de overeenkomst", "b": "Werkveld", "c": "Leiding over de route",
         "d": "Informatie en verantwoording", "e": "Organisatie, personeel en faciliteiten",
         "f": "Overstapoptie", "g": "Bekostiging", "h": "Medezeggenschap",
         "i": "Geschilbeslechting", "j": "Opzegging en ontbinding"})
def build_h216(path):
    save_docx(build_h216_doc(), path, "Samenwerkingsovereenkomst Doorlopende Leerroute Software",
              "Kempenhof College")


# =================================================================== MAIN

def build(nums):
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(HERE, "%s.%s" % (s["name"], s["ext"]))
        s["build"](path)
        with open(os.path.join(HERE, s["name"] + ".expected.json"), "w",
                  encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(expected_json(s), ensure_ascii=False, indent=2) + "\n")
        print("built", os.path.basename(path), os.path.getsize(path), "bytes")


def check():
    ok = True
    for n in sorted(SAMPLES):
        s = SAMPLES[n]
        path = os.path.join(HERE, "%s.%s" % (s["name"], s["ext"]))
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= MAX_BYTES:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa: BLE001
                errs.append("cannot open: %r" % e)
                text = ""
            for k, v in s["evidence"].items():
                if norm(v) not in text:
                    errs.append("evidence %s not found: %r" % (k, v))
        jp = os.path.join(HERE, s["name"] + ".expected.json")
        if not os.path.exists(jp):
            errs.append("missing expected.json")
        else:
            with open(jp, encoding="utf-8") as f:
                if json.load(f) != expected_json(s):
                    errs.append("expected.json differs from table")
        if path.endswith(".pdf") and not errs:
            import pypdfium2 as pdfium
            pdf = pdfium.PdfDocument(path)
            pages = len(pdf)
            pdf.close()
        else:
            pages = None
        print("%-4s %-70s %s%s" % ("OK" if not errs else "FAIL", os.path.basename(path),
                                   "" if pages is None else "(%d pp) " % pages,
                                   "; ".join(errs)))
        ok = ok and not errs
    fmt = {}
    for s in SAMPLES.values():
        fmt[s["ext"]] = fmt.get(s["ext"], 0) + 1
    print("formats:", fmt)
    print("ALL OK" if ok else "CHECK FAILED")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = []
    for a in argv:
        a = a.lower().lstrip("h")
        n = int(a)
        if n < 100:
            n += 200
        nums.append(n)
    build(nums or sorted(SAMPLES))


if __name__ == "__main__":
    main(sys.argv[1:])
