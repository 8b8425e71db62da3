#!/usr/bin/env python3
"""Held-out sample agreements h57-h64 for leerroute-check.

Written by an independent author (a helper session) after the checker's decision rules were
fixed. The author read only the two official bouwstenen (seeds), shared/domain.md and
../LABELS.md; no checker code, models, tests or benchmarks were opened, the checker was not run,
and the texts, label files and build scripts of the other samples were not read. (The opening
lines of heldout/README.md, with its h01-h16 overview table, were seen once by accident; nothing
from it was reused.) Every agreement
was drafted freely, in the voice of a different kind of writer (lawyer, school director, policy
officer, consortium secretary), and labelled item by item under ../LABELS.md. All schools,
instellingen, companies and people are made up.

Usage:
    python3 build_heldout4b.py             # build all eight samples
    python3 build_heldout4b.py h57 h60     # build only these
    python3 build_heldout4b.py --check     # open every file and verify it against the table

Output is deterministic: reportlab runs with invariant=1, DOCX files get fixed core properties
(2025-06-30 09:00) and are re-zipped with fixed timestamps.
"""

import copy
import datetime as _dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
FIXED_DT = _dt.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024
LETTERS = "abcdefghij"
CODES = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}

SAMPLES = {}


def sample(key, name, ext, description, statuses, evidence):
    """Register a builder. `statuses` is a string of ten codes a..j (p/w/m/na)."""
    codes = statuses.split()
    assert len(codes) == 10, (key, statuses)
    st = {l: CODES[c] for l, c in zip(LETTERS, codes)}
    for l, v in st.items():
        if v == "present":
            assert l in evidence, (key, "evidence missing for present item", l)
    for l in evidence:
        assert st[l] == "present", (key, "evidence for a non-present item", l)

    def deco(fn):
        SAMPLES[key] = {
            "name": name,
            "ext": ext,
            "build": fn,
            "expected": {
                "description": description,
                "split": "heldout",
                "statuses": st,
                "evidence": dict(sorted(evidence.items())),
            },
        }
        return fn

    return deco


def out_path(key):
    s = SAMPLES[key]
    return HERE / f"{s['name']}.{s['ext']}"


def json_path(key):
    return HERE / f"{SAMPLES[key]['name']}.expected.json"


def expected_text(key):
    return json.dumps(SAMPLES[key]["expected"], ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------------------------

def new_docx(font="Calibri", size=10.5):
    import docx
    from docx.shared import Pt
    from docx.oxml.ns import qn

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(att), font)
    lang = rpr.makeelement(qn("w:lang"), {qn("w:val"): "nl-NL"})
    rpr.append(lang)
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        h = doc.styles[hn]
        h.font.name = font
        hr = h.element.get_or_add_rPr()
        rf = hr.find(qn("w:rFonts"))
        if rf is None:
            rf = hr.makeelement(qn("w:rFonts"), {})
            hr.insert(0, rf)
        for att in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(att), font)
        for att in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(att)) is not None:
                del rf.attrib[qn(att)]
    return doc


def save_docx(doc, path, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    cp.keywords = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def add_multilevel_numbering(doc, num_id, levels, nsid="4B57A101"):
    """Add an abstractNum + num to numbering.xml. levels: list of dicts with
    lvlText, numFmt, pStyle (optional), left, hanging (twips). Returns num_id."""
    from docx.oxml import parse_xml

    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    lv = []
    for i, L in enumerate(levels):
        pstyle = f'<w:pStyle w:val="{L["pStyle"]}"/>' if L.get("pStyle") else ""
        lv.append(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{L.get("numFmt", "decimal")}"/>'
            f'{pstyle}<w:lvlText w:val="{L["lvlText"]}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{L["left"]}"/></w:tabs>'
            f'<w:ind w:left="{L["left"]}" w:hanging="{L["hanging"]}"/></w:pPr>'
            + (f'<w:rPr><w:b/></w:rPr>' if L.get("bold") else "")
            + "</w:lvl>"
        )
    absid = num_id + 100
    abstract = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{absid}"><w:nsid w:val="{nsid}"/>'
        f'<w:multiLevelType w:val="multilevel"/>' + "".join(lv) + "</w:abstractNum>"
    )
    num = parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{absid}"/></w:num>')
    numbering = doc.part.numbering_part.element
    existing = numbering.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}abstractNum")
    existing[-1].addnext(abstract)
    numbering.append(num)
    return num_id


def set_numpr(par_or_style_el, num_id, ilvl):
    from docx.oxml import parse_xml

    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ppr = par_or_style_el.get_or_add_pPr()
    numpr = parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    # numPr must follow pStyle/keepNext/... ; inserting right after pStyle (or first) is valid
    from docx.oxml.ns import qn

    anchor = None
    for tag in ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
                "w:widowControl"):
        el = ppr.find(qn(tag))
        if el is not None:
            anchor = el
    if anchor is not None:
        anchor.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def para(doc, text="", style=None, bold=False, italic=False, align=None, size=None,
         space_after=None, indent_cm=None, first_cm=None, keep_next=False):
    from docx.shared import Pt, Cm

    p = doc.add_paragraph(style=style)
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if first_cm is not None:
        pf.first_line_indent = Cm(first_cm)
    if keep_next:
        pf.keep_with_next = True
    return p


def add_runs(p, text, bold=False, italic=False, size=None):
    """Text with **bold** spans."""
    from docx.shared import Pt

    parts = re.split(r"(\*\*.+?\*\*)", text)
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
    return p


def table(doc, rows, widths_cm=None, header=True, style="Table Grid", size=None):
    from docx.shared import Cm, Pt

    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles[style]
    if widths_cm:
        t.autofit = False
        for j, w in enumerate(widths_cm):
            t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            lines = val.split("\n")
            p = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                add_runs(p, line, bold=(header and i == 0), size=size)
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


def docx_text(path):
    """All text of a DOCX (body, headers, footers), one line per paragraph."""
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    lines = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist()
                 if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
        for n in sorted(names):
            root = ET.fromstring(z.read(n))
            for p in root.iter(ns + "p"):
                buf = []
                for r in p.iter(ns + "r"):
                    for el in r:
                        if el.tag == ns + "t":
                            buf.append(el.text or "")
                        elif el.tag == ns + "tab":
                            buf.append("\t")
                        elif el.tag in (ns + "br", ns + "cr"):
                            buf.append("\n")
                lines.append("".join(buf))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------------

def pdf_styles(base="Helvetica", size=10, leading=None):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT

    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[base]
    leading = leading or size * 1.35
    S = {}
    S["body"] = ParagraphStyle("body", fontName=base, fontSize=size, leading=leading,
                               spaceAfter=size * 0.5, alignment=TA_LEFT)
    S["just"] = ParagraphStyle("just", parent=S["body"], alignment=TA_JUSTIFY)
    S["small"] = ParagraphStyle("small", parent=S["body"], fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3)
    S["ital"] = ParagraphStyle("ital", parent=S["body"], fontName=ital)
    S["title"] = ParagraphStyle("title", parent=S["body"], fontName=bold, fontSize=size + 6,
                                leading=(size + 6) * 1.25, alignment=TA_CENTER, spaceAfter=6)
    S["subtitle"] = ParagraphStyle("subtitle", parent=S["body"], fontSize=size + 1,
                                   alignment=TA_CENTER, spaceAfter=14)
    S["h1"] = ParagraphStyle("h1", parent=S["body"], fontName=bold, fontSize=size + 3,
                             leading=(size + 3) * 1.3, spaceBefore=12, spaceAfter=6,
                             keepWithNext=1)
    S["h2"] = ParagraphStyle("h2", parent=S["body"], fontName=bold, fontSize=size + 1,
                             leading=(size + 1) * 1.3, spaceBefore=8, spaceAfter=4,
                             keepWithNext=1)
    S["item"] = ParagraphStyle("item", parent=S["just"], leftIndent=18, firstLineIndent=-18)
    S["item2"] = ParagraphStyle("item2", parent=S["just"], leftIndent=36, firstLineIndent=-18)
    S["cell"] = ParagraphStyle("cell", parent=S["body"], fontSize=size - 1,
                               leading=(size - 1) * 1.25, spaceAfter=0)
    S["cellb"] = ParagraphStyle("cellb", parent=S["cell"], fontName=bold)
    S["bold"] = bold
    S["base"] = base
    return S


def build_pdf(path, story, title, author, on_page=None, margins_cm=(2.3, 2.3, 2.2, 2.2),
              pagesize=None, multi=False, after_flowable=None):
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    rl_config.invariant = 1
    left, right, top, bottom = margins_cm
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=pagesize or A4, leftMargin=left * cm, rightMargin=right * cm,
        topMargin=top * cm, bottomMargin=bottom * cm, title=title, author=author,
        subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
        creator="Microsoft Word", producer="", invariant=1)
    if after_flowable:
        doc.afterFlowable = lambda f: after_flowable(doc, f)
    kw = {}
    if on_page:
        kw = {"onFirstPage": on_page, "onLaterPages": on_page}
    if multi:
        doc.multiBuild(story, **kw)
    else:
        doc.build(story, **kw)
    path.write_bytes(buf.getvalue())


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_text(path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    parts = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        parts.append(tp.get_text_range())
        tp.close()
        page.close()
    n = len(pdf)
    pdf.close()
    return "\n".join(parts), n


def norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ").replace("\ufffe", "")
    return re.sub(r"\s+", " ", s).strip()


# ============================================================================================
# h57 - Zuid-Limburg Heuvelland - DOCX - advocatenkantoor, Word-nummering (Artikel %1 / %1.%2)
# ============================================================================================

@sample(
    "h57", "h57_advocatenstuk_woordnummering_heuvelland", "docx",
    "Advocatenstuk (comparitie, 'nemen in aanmerking', 13 artikelen) in DOCX waarvan de "
    "artikelkoppen ('Artikel N') en leden ('N.M') uit Word-lijstnummering komen; Zuid-Limburg "
    "Heuvelland; HBR kb -> Zelfstandig werkend kok / gastheer-gastvrouw niveau 3; bijlage met "
    "routetabel; volledig: werkveldraad, routeleiding, EUR 1.450 per leerling met bestemming, "
    "extra medezeggenschapsafspraken, mediation en rechter, toetreding en cohortbescherming.",
    "p p p p p p p p p p",
    {"a": "De Leerroute", "b": "Betrokkenheid van het bedrijfsleven", "c": "Routeleiding",
     "d": "Inlichtingen en verantwoording",
     "e": "Organisatorische en onderwijskundige inrichting", "f": "Overstapoptie",
     "g": "Overdracht van bekostiging", "h": "Medezeggenschap", "i": "Geschillen",
     "j": "Duur, wijziging en beëindiging"},
)
def build_h57(path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = new_docx(font="Garamond", size=11.5)
    for s in doc.sections:
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.5)
        hp = s.header.paragraphs[0]
        add_runs(hp, "Ruijters Lemmens Advocaten – versie 4 (definitief) – 30 juni 2025", size=8)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = s.footer.paragraphs[0]
        add_runs(fp, "Samenwerkingsovereenkomst doorlopende leerroute Horeca Heuvelland – "
                     "paraaf School: ____  paraaf ROC: ____", size=8)

    h1 = doc.styles["Heading 1"]
    h1.font.size = Pt(12.5)
    h1.font.color.rgb = None
    h1.paragraph_format.space_before = Pt(14)
    h1.paragraph_format.space_after = Pt(4)
    num = add_multilevel_numbering(doc, 57, [
        {"lvlText": "Artikel %1", "pStyle": "Heading1", "left": 1418, "hanging": 1418,
         "bold": True},
        {"lvlText": "%1.%2", "left": 709, "hanging": 709},
    ])
    set_numpr(h1.element, num, 0)

    def art(title):
        return doc.add_paragraph(title, style="Heading 1")

    def lid(text):
        p = doc.add_paragraph()
        add_runs(p, text)
        set_numpr(p._p, num, 1)
        p.paragraph_format.space_after = Pt(4)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    def sub(text):
        p = para(doc, text, indent_cm=1.85, first_cm=-0.6, space_after=2)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    t = para(doc, "SAMENWERKINGSOVEREENKOMST", bold=True, size=16,
             align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "doorlopende leerroute vmbo-mbo Horeca Heuvelland", size=13,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=18)

    para(doc, "DE ONDERGETEKENDEN:", bold=True, space_after=6)
    for txt in [
        "1.\tde stichting **Stichting Scholengroep Mergelland**, statutair gevestigd te "
        "Gulpen-Wittem, kantoorhoudende aan de Rijksweg 118, 6271 AK Gulpen, ingeschreven in het "
        "handelsregister onder nummer 14278833, in haar hoedanigheid van bevoegd gezag van het "
        "Mergelland College te Gulpen, te dezen rechtsgeldig vertegenwoordigd door de voorzitter "
        "van het college van bestuur, mevrouw drs. M.H.J. Houben-Vaessen,",
        "\thierna te noemen: “de School”;",
        "2.\tde stichting **Stichting Regionaal Opleidingencentrum Heuvelland-Maas**, statutair "
        "gevestigd te Valkenburg aan de Geul, kantoorhoudende aan de Plenkertstraat 210, 6301 GZ "
        "Valkenburg aan de Geul, ingeschreven in het handelsregister onder nummer 14093317, in "
        "haar hoedanigheid van bevoegd gezag van ROC Heuvelland-Maas, te dezen rechtsgeldig "
        "vertegenwoordigd door de voorzitter van het college van bestuur, de heer mr. J.P.M. "
        "Kurvers,",
        "\thierna te noemen: “het ROC”;",
        "de School en het ROC hierna tezamen ook te noemen: “Partijen” en ieder afzonderlijk "
        "“Partij”,",
    ]:
        p = para(doc, txt, indent_cm=0.9, first_cm=-0.9, space_after=3)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    para(doc, "NEMEN IN AANMERKING DAT:", bold=True, space_after=6)
    for txt in [
        "A.\tde School in de bovenbouw van de kaderberoepsgerichte leerweg het profiel Horeca, "
        "bakkerij en recreatie verzorgt en het ROC op zijn Horecacampus te Valkenburg aan de Geul "
        "beroepsopleidingen in het opleidingsdomein Horeca en bakkerij verzorgt;",
        "B.\tde horeca en de verblijfsrecreatie in het Heuvelland al jaren kampen met een "
        "tekort aan vakkrachten op niveau 3 en het bedrijfsleven Partijen heeft gevraagd de "
        "overgang van vmbo naar mbo te versoepelen;",
        "C.\tPartijen met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende "
        "leerroute vmbo-mbo willen verzorgen als bedoeld in artikel 2.107a van de Wet voortgezet "
        "onderwijs 2020 (WVO 2020) en artikel 9.1.2 van de Wet educatie en beroepsonderwijs "
        "(WEB);",
        "D.\tingevolge artikel 2.107b WVO 2020 en artikel 9.1.3 WEB een dergelijke leerroute "
        "wordt verzorgd op grond van een samenwerkingsovereenkomst, waarin in elk geval de in "
        "die artikelen genoemde onderwerpen worden geregeld;",
        "E.\tde medezeggenschapsraad van de School en de studentenraad van het ROC over het "
        "voornemen tot deze samenwerking advies hebben uitgebracht;",
    ]:
        p = para(doc, txt, indent_cm=0.9, first_cm=-0.9, space_after=3)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    para(doc, "KOMEN OVEREEN ALS VOLGT:", bold=True, space_after=4)

    art("Begripsbepalingen")
    lid("In deze overeenkomst en de daarbij behorende bijlage wordt verstaan onder:")
    for txt in [
        "a.\tLeerroute: de doorlopende leerroute vmbo-mbo Horeca Heuvelland, omschreven in "
        "artikel 2;",
        "b.\tLeerling: een leerling van de School die aan de Leerroute deelneemt;",
        "c.\tStudent: een deelnemer aan de Leerroute die als student bij het ROC is "
        "ingeschreven;",
        "d.\tvo-fase: de eerste twee leerjaren van de Leerroute (leerjaar 3 en 4 van de "
        "School);",
        "e.\tmbo-fase: de leerjaren van de Leerroute vanaf het derde routejaar;",
        "f.\tRouteleiding: het orgaan bedoeld in artikel 4;",
        "g.\tWerkveldraad: de raad bedoeld in artikel 3;",
        "h.\tBesturen: het college van bestuur van de School en het college van bestuur van het "
        "ROC.",
    ]:
        sub(txt)

    art("De Leerroute")
    lid("Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die aanvangt in "
        "leerjaar 3 van de kaderberoepsgerichte leerweg, profiel **Horeca, bakkerij en "
        "recreatie**, van de School en die leidt tot het diploma van de kaderberoepsgerichte "
        "leerweg en tot een diploma van een vakopleiding (niveau 3) in het aanverwante "
        "opleidingsdomein **Horeca en bakkerij** van het ROC.")
    lid("Binnen de Leerroute kiest de Leerling uiterlijk op 1 maart van het tweede routejaar "
        "een van de volgende kwalificaties, te volgen in de beroepsopleidende leerweg:")
    sub("a.\tZelfstandig werkend kok (niveau 3);")
    sub("b.\tZelfstandig werkend gastheer/gastvrouw (niveau 3).")
    lid("De Leerroute omvat vijf studiejaren: twee in de vo-fase en drie in de mbo-fase.")
    lid("Partijen melden de Leerroute gezamenlijk via het Registratie Instellingen en "
        "Opleidingen (RIO) bij DUO, uiterlijk op 1 oktober 2025.")

    art("Betrokkenheid van het bedrijfsleven")
    lid("Partijen stellen een Werkveldraad Horeca Heuvelland in. Daarin hebben zitting ten "
        "minste vier vertegenwoordigers van door SBB erkende leerbedrijven in de horeca en "
        "verblijfsrecreatie in Zuid-Limburg en een vertegenwoordiger van de afdeling Heuvelland "
        "van Koninklijke Horeca Nederland. De Werkveldraad komt ten minste twee maal per "
        "schooljaar bijeen.")
    lid("De Werkveldraad adviseert de Routeleiding gevraagd en ongevraagd over de inhoud van "
        "het programma, de keuze van keuzedelen en de aansluiting op de regionale "
        "arbeidsmarkt.")
    lid("De in de Werkveldraad vertegenwoordigde leerbedrijven, waaronder Hotel-Restaurant De "
        "Geulhoeve te Valkenburg aan de Geul en Hoeve Mergelrijk te Epen, stellen vanaf het "
        "tweede routejaar plaatsen voor de beroepspraktijkvorming beschikbaar, verzorgen per "
        "schooljaar ten minste zes gastlessen en leveren praktijkbeoordelaars voor de proeven "
        "van bekwaamheid in de mbo-fase.")
    lid("Het ROC sluit met de leerbedrijven de praktijkovereenkomsten. De Routeleiding draagt "
        "zorg voor de werving van nieuwe leerbedrijven.")

    art("Routeleiding")
    lid("De leiding over de Leerroute berust bij de Routeleiding. De Routeleiding bestaat uit de "
        "teamleider kaderberoepsgerichte leerweg van de School en de opleidingsmanager Horeca "
        "van het ROC. Het voorzitterschap wisselt per schooljaar.")
    lid("De leden van de Routeleiding worden door de Besturen gezamenlijk benoemd voor een "
        "termijn van drie jaar; ieder Bestuur draagt het lid uit de eigen organisatie voor. "
        "Herbenoeming is mogelijk. Een lid wordt als lid van de Routeleiding ontslagen door de "
        "Besturen gezamenlijk, op verzoek van het Bestuur dat het lid heeft voorgedragen.")
    lid("De Besturen dragen aan de Routeleiding de volgende taken op:")
    for txt in [
        "a.\thet vaststellen van het jaarlijkse uitvoeringsplan van de Leerroute;",
        "b.\thet opstellen van het gezamenlijke programma van toetsing en afsluiting en de "
        "onderwijs- en examenregeling (PTA/OER), ter vaststelling door de Besturen;",
        "c.\thet roosteren en het verdelen van de inzet van docenten binnen de door de Besturen "
        "beschikbaar gestelde formatie;",
        "d.\thet onderhouden van de contacten met de Werkveldraad en de leerbedrijven;",
        "e.\thet voorbereiden van de overstapbesluiten bedoeld in artikel 7.",
    ]:
        sub(txt)
    lid("De Routeleiding besluit zelfstandig binnen het vastgestelde uitvoeringsplan en de "
        "daarbij behorende begroting. Besluiten over de aanstelling van personeel, uitgaven "
        "boven € 10.000 per geval en wijziging van deze overeenkomst zijn voorbehouden aan de "
        "Besturen.")

    art("Inlichtingen en verantwoording")
    lid("De Routeleiding verstrekt de Besturen gevraagd en ongevraagd alle inlichtingen die "
        "zij voor de uitoefening van hun taak redelijkerwijs nodig hebben.")
    lid("De Routeleiding brengt twee maal per schooljaar, vóór 1 februari en vóór 1 juli, een "
        "schriftelijke voortgangsrapportage uit aan beide Besturen. De rapportage bevat ten "
        "minste de in-, door- en uitstroom per cohort, de examenresultaten, het aantal "
        "overstappen en de besteding van de middelen bedoeld in artikel 8.")
    lid("In september van ieder schooljaar legt de Routeleiding in een bestuurlijk overleg met "
        "beide Besturen verantwoording af over het voorafgaande schooljaar. Van dat overleg "
        "wordt een verslag gemaakt dat door de Besturen wordt vastgesteld.")
    lid("Voorvallen die de continuïteit of de kwaliteit van de Leerroute raken, meldt de "
        "Routeleiding onverwijld aan beide Besturen.")

    art("Organisatorische en onderwijskundige inrichting")
    lid("De vo-fase wordt verzorgd op de locatie van de School te Gulpen; de Leerlingen volgen "
        "in de vo-fase één dag per week onderwijs op de Horecacampus van het ROC te Valkenburg "
        "aan de Geul. De mbo-fase wordt verzorgd op de Horecacampus.")
    lid("Partijen beschrijven het onderwijsprogramma, de examinering en de "
        "beroepspraktijkvorming per leerjaar in het gezamenlijke PTA/OER. Het PTA/OER geeft aan "
        "welke programmaonderdelen tot het vmbo, welke tot het mbo en welke tot beide behoren. "
        "Bijlage 1 bevat het overzicht per routejaar. Het centraal examen van de "
        "kaderberoepsgerichte leerweg wordt afgenomen in het tweede routejaar.")
    lid("Het onderwijs wordt verzorgd door één docententeam van docenten van de School en "
        "docenten en instructeurs van het ROC. Voor de beroepsgerichte, vakoverstijgende "
        "onderdelen die in het PTA/OER als zodanig zijn aangeduid, maken Partijen gebruik van de "
        "teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Iedere "
        "docent blijft in dienst van zijn eigen werkgever, die verantwoordelijk blijft voor diens "
        "bekwaamheid en professionalisering.")
    lid("Het ROC stelt de leerkeuken, het leerrestaurant ‘De Geul’ en het bakkerijlokaal van "
        "de Horecacampus beschikbaar voor het onderwijs in de vo-fase. De School stelt haar "
        "praktijklokaal horeca te Gulpen beschikbaar voor de lessen die docenten van het ROC "
        "daar verzorgen. De Routeleiding stelt jaarlijks een gebruiksrooster vast.")
    lid("In de vo-fase staat de Leerling ingeschreven bij de School en vanaf het derde "
        "routejaar bij het ROC. Verzuim wordt in de vo-fase door de School en in de mbo-fase door "
        "het ROC gemeld.")
    lid("De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van het "
        "personeel van de andere Partij in het kader van de Leerroute. Een klacht bij de School "
        "over een docent van het ROC wordt door de School behandeld; het ROC verleent daaraan "
        "zijn volledige medewerking.")

    art("Overstapoptie")
    lid("Wordt de deelname van een Leerling of Student aan de Leerroute beëindigd voordat hij "
        "deze met goed gevolg heeft afgerond, dan stellen Partijen hem in staat een diploma van "
        "de kaderberoepsgerichte leerweg of van een beroepsopleiding te behalen dat past bij "
        "zijn bereikte onderwijsniveau en zijn leeftijd.")
    lid("Daarbij gelden de volgende kaders:")
    for txt in [
        "a.\tbij beëindiging in de vo-fase vervolgt de Leerling zijn opleiding in de reguliere "
        "kaderberoepsgerichte leerweg van de School, in het profiel Horeca, bakkerij en "
        "recreatie of een ander profiel, met behoud van de behaalde resultaten voor het "
        "schoolexamen;",
        "b.\teen Leerling die in het tweede routejaar is afgewezen voor het eindexamen, kan het "
        "examenjaar overdoen bij de School of, indien Partijen gezamenlijk oordelen dat dit "
        "beter bij hem past, zonder vmbo-diploma instromen in een andere opleiding van het ROC "
        "op niveau 2 of 3;",
        "c.\teen Student die in de mbo-fase uitvalt of een andere richting wil kiezen, kan "
        "overstappen naar een andere opleiding van het ROC op hetzelfde niveau, zoals "
        "Zelfstandig medewerker leisure & hospitality (niveau 3), of naar een opleiding op "
        "niveau 2 indien niveau 3 niet haalbaar blijkt;",
        "d.\tbij verhuizing zoeken Partijen samen met de Leerling of Student een passende "
        "opleiding bij een school of instelling in de nieuwe woonregio en zorgen zij voor een "
        "warme overdracht.",
    ]:
        sub(txt)
    lid("Bij een overstap naar een opleiding van het ROC gelden de vooropleidingseisen niet. Bij "
        "een overstap naar een andere instelling verstrekken Partijen op verzoek de gegevens "
        "die nodig zijn voor een geschiktheidsonderzoek bij die instelling.")
    lid("Het besluit over de overstap wordt gezamenlijk genomen door de directeur van de "
        "School en de opleidingsmanager Horeca van het ROC, op voorstel van de Routeleiding en "
        "na een gesprek met de Leerling of Student en, als hij minderjarig is, zijn ouders. Het "
        "besluit wordt binnen vier weken na dat gesprek schriftelijk meegedeeld.")
    lid("Partijen nemen deze werkwijze op in de schoolgids van de School en de studentengids "
        "van het ROC.")

    art("Overdracht van bekostiging")
    lid("Met toepassing van artikel 5.42a WVO 2020 draagt de School aan het ROC over een bedrag "
        "van € 1.450 (zegge: veertienhonderdvijftig euro) per Leerling per schooljaar in de "
        "vo-fase, berekend naar het aantal Leerlingen op de teldatum 1 oktober.")
    lid("Het over te dragen bedrag is bestemd voor de inzet van docenten en instructeurs van "
        "het ROC in de vo-fase en voor het gebruik van de leerkeuken, het leerrestaurant en de "
        "daarbij benodigde grondstoffen op de Horecacampus.")
    lid("Het ROC brengt het bedrag in twee gelijke termijnen in rekening, in november en in "
        "april. Het ROC draagt geen bekostiging aan de School over.")

    art("Medezeggenschap")
    lid("Partijen stellen vast dat in de vo-fase op de Leerlingen, hun ouders en het personeel "
        "van de School de Wet medezeggenschap op scholen van toepassing is, en in de mbo-fase "
        "op de Studenten en hun ouders hoofdstuk 8a WEB en op het personeel van het ROC de Wet "
        "op de ondernemingsraden.")
    lid("In aanvulling daarop komen Partijen overeen dat:")
    for txt in [
        "a.\téén Leerling uit het tweede routejaar als vast agendalid met spreekrecht deelneemt "
        "aan de vergaderingen van de studentenraad van de Horecacampus;",
        "b.\thet jaarlijkse uitvoeringsplan vóór vaststelling voor advies wordt voorgelegd aan "
        "de medezeggenschapsraad van de School en aan de studentenraad van het ROC;",
        "c.\tde medezeggenschapsraad van de School en de ondernemingsraad van het ROC eenmaal "
        "per schooljaar een gezamenlijke vergadering over de Leerroute houden, waarvoor de "
        "Routeleiding de stukken aanlevert.",
    ]:
        sub(txt)

    art("Geschillen")
    lid("Partijen trachten een geschil over de uitvoering van deze overeenkomst eerst in de "
        "Routeleiding op te lossen. Lukt dat niet binnen vier weken, dan legt ieder lid van de "
        "Routeleiding het geschil voor aan het eigen Bestuur en voeren de voorzitters van de "
        "Besturen binnen vier weken daarna overleg.")
    lid("Leidt dat overleg niet binnen vier weken tot een oplossing, dan leggen Partijen het "
        "geschil voor aan een mediator die is ingeschreven in het register van de "
        "Mediatorsfederatie Nederland. De kosten van de mediation worden door Partijen ieder "
        "voor de helft gedragen.")
    lid("Is het geschil niet binnen drie maanden na aanvang van de mediation opgelost, dan wordt "
        "het uitsluitend voorgelegd aan de bevoegde rechter van de Rechtbank Limburg, "
        "zittingsplaats Maastricht. Op deze overeenkomst is Nederlands recht van toepassing.")

    art("Toetreding van andere partijen")
    lid("Een andere school voor voortgezet onderwijs of een andere instelling voor "
        "beroepsonderwijs kan tot deze overeenkomst toetreden, indien:")
    for txt in [
        "a.\tzij het profiel Horeca, bakkerij en recreatie onderscheidenlijk het opleidingsdomein "
        "Horeca en bakkerij verzorgt;",
        "b.\tbeide Besturen na advies van de Routeleiding schriftelijk met de toetreding "
        "instemmen;",
        "c.\tzij een toetredingsverklaring ondertekent waarin zij alle bepalingen van deze "
        "overeenkomst aanvaardt.",
    ]:
        sub(txt)
    lid("Een toetreding gaat in op 1 augustus volgend op de ondertekening van de "
        "toetredingsverklaring en wordt door alle betrokken partijen bij DUO gemeld. De "
        "toetreding laat de afspraken met Leerlingen en Studenten die op dat moment aan de "
        "Leerroute deelnemen onverlet.")

    art("Duur, wijziging en beëindiging")
    lid("Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
        "onbepaalde tijd.")
    lid("Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door beide "
        "Besturen ondertekende akte, nadat de Routeleiding is gehoord. Een wijziging gaat niet "
        "eerder in dan bij de aanvang van het eerstvolgende schooljaar, tenzij een wijziging van "
        "wet- of regelgeving anders vereist.")
    lid("Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus "
        "van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden. "
        "Ontbinding is uitsluitend mogelijk indien een Partij de bevoegdheid verliest het "
        "profiel of de opleidingen bedoeld in artikel 2 te verzorgen.")
    lid("Na opzegging of ontbinding nemen Partijen geen nieuwe Leerlingen meer in de Leerroute "
        "op. Leerlingen en Studenten die op het moment van opzegging of ontbinding aan de "
        "Leerroute deelnemen, ronden de Leerroute bij Partijen af; de artikelen 4 tot en met 9 "
        "blijven voor hen van kracht totdat de laatste Student de Leerroute heeft verlaten.")

    art("Slotbepalingen")
    lid("Bijlage 1 maakt deel uit van deze overeenkomst. Bij strijdigheid tussen de bijlage en "
        "de overeenkomst gaat de overeenkomst voor.")
    lid("Aldus overeengekomen en in tweevoud ondertekend.")

    para(doc, "")
    table(doc, [
        ["Stichting Scholengroep Mergelland", "Stichting Regionaal Opleidingencentrum "
                                              "Heuvelland-Maas"],
        ["Gulpen, 30 juni 2025\n\n\n______________________________\ndrs. M.H.J. Houben-Vaessen"
         "\nvoorzitter college van bestuur",
         "Valkenburg aan de Geul, 30 juni 2025\n\n\n______________________________\n"
         "mr. J.P.M. Kurvers\nvoorzitter college van bestuur"],
    ], widths_cm=[8, 8], header=True, style="Normal Table")

    doc.add_page_break()
    para(doc, "Bijlage 1 – Overzicht van de Leerroute per routejaar", bold=True, size=12.5,
         space_after=8)
    table(doc, [
        ["Routejaar", "Inschrijving", "Locatie", "Onderwijs en examinering"],
        ["1 (leerjaar 3 vmbo)", "School", "Gulpen; één dag per week Horecacampus",
         "algemene vakken en profielvak HBR; eerste mbo-onderdelen keuken en bediening; "
         "schoolexamens vmbo"],
        ["2 (leerjaar 4 vmbo)", "School", "Gulpen; één dag per week Horecacampus",
         "centraal examen kb; mbo-onderdelen basis keuken/gastheerschap; snuffelstage bij "
         "leerbedrijf"],
        ["3", "ROC", "Horecacampus Valkenburg aan de Geul",
         "kwalificatiedeel niveau 3; bpv 16 weken; keuzedelen"],
        ["4", "ROC", "Horecacampus en leerbedrijf", "bpv 20 weken; proeven van bekwaamheid"],
        ["5", "ROC", "Horecacampus en leerbedrijf", "examinering en diplomering niveau 3"],
    ], widths_cm=[3, 2.3, 4.5, 6.5], size=9.5)

    save_docx(doc, path, "Samenwerkingsovereenkomst doorlopende leerroute Horeca Heuvelland",
              "Ruijters Lemmens Advocaten")


# ============================================================================================
# h58 - Betuwe - PDF - begeleidende brief van de directeur + geïntegreerde route groen
# ============================================================================================

@sample(
    "h58", "h58_begeleidende_brief_geintegreerd_betuwe", "pdf",
    "PDF: begeleidende brief van de directeur-bestuurder (pagina 1) plus overeenkomst in "
    "vraag-/zinskoppen; Betuwe; geïntegreerde route groen bb -> Medewerker teelt (fruitteelt) "
    "niveau 2 met een aoc; overstap stuurt iedere uitvaller automatisch naar Entree; "
    "overdracht van EUR 1.150 per leerling zonder bestemming; verder volledig incl. "
    "medezeggenschapsafspraken en bindend advies.",
    "p p p p p w w p p p",
    {"a": "Welke route bieden wij aan?", "b": "Fruittelers en andere leerbedrijven",
     "c": "Wie heeft de leiding?", "d": "Hoe houden wij de besturen op de hoogte?",
     "e": "Hoe ziet het onderwijs eruit?", "h": "Medezeggenschap van leerlingen en ouders",
     "i": "Als wij het niet eens zijn", "j": "Nieuwe partners, wijzigen en stoppen"},
)
def build_h58(path):
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Spacer, PageBreak, Table, TableStyle
    from reportlab.lib import colors

    S = pdf_styles("Helvetica", 10)
    P = lambda t, st="just": Paragraph(t, S[st])  # noqa: E731
    story = []

    # --- covering letter -----------------------------------------------------------------
    story += [Spacer(1, 2.2 * cm)]
    for line in ["Aan het college van bestuur van", "Stichting Groen Onderwijs Rivierenland",
                 "t.a.v. de heer ir. W. van Ooijen, voorzitter", "Postbus 311",
                 "4000 AH  Tiel"]:
        story.append(Paragraph(line, S["body"]))
    story += [Spacer(1, 0.8 * cm)]
    meta = Table([["Datum", "30 juni 2025"], ["Ons kenmerk", "DB/2025/0612/mv"],
                  ["Betreft", "samenwerkingsovereenkomst geïntegreerde route Groen"]],
                 colWidths=[3 * cm, 10 * cm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                              ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [meta, Spacer(1, 0.8 * cm)]
    for t in [
        "Geachte heer Van Ooijen, beste Wim,",
        "Hierbij ontvangt u in tweevoud de samenwerkingsovereenkomst voor de geïntegreerde "
        "route Groen, zoals wij die in het bestuurlijk overleg van 10 juni jongstleden hebben "
        "besproken. De opmerkingen van uw teamleider teelt over de beroepspraktijkvorming in "
        "het oogstseizoen hebben wij in paragraaf 6 verwerkt. Onze medezeggenschapsraad heeft "
        "op 17 juni positief geadviseerd over het voornemen om met het Groencollege samen te "
        "werken.",
        "Wilt u beide exemplaren ondertekenen en er één aan ons terugsturen? Daarna melden onze "
        "administraties de route gezamenlijk bij DUO, zodat de eerste groep van veertien "
        "leerlingen na de zomervakantie kan beginnen.",
        "Ik kijk uit naar een mooie samenwerking, en naar de eerste oogst.",
        "Met vriendelijke groet,",
    ]:
        story.append(P(t))
    story += [Spacer(1, 1.0 * cm), P("M.C. (Marjolein) Verhoef", "body"),
              P("directeur-bestuurder Stichting Scholengemeenschap Over-Betuwe", "body"),
              Spacer(1, 0.6 * cm),
              P("Bijlage: samenwerkingsovereenkomst (2 exemplaren)", "small"),
              PageBreak()]

    # --- agreement -----------------------------------------------------------------------
    story.append(P("Samenwerkingsovereenkomst<br/>geïntegreerde route vmbo-mbo Groen – "
                   "Fruitteelt Betuwe", "title"))
    story.append(P("schooljaar 2025-2026 en volgende", "subtitle"))
    story.append(P("<b>Partijen</b>", "body"))
    for t in [
        "1.&nbsp;&nbsp;Stichting Scholengemeenschap Over-Betuwe te Kesteren, bevoegd gezag van "
        "het Appelgaard College, school voor vmbo, vertegenwoordigd door mevrouw M.C. Verhoef, "
        "directeur-bestuurder, hierna: <i>de school</i>;",
        "2.&nbsp;&nbsp;Stichting Groen Onderwijs Rivierenland te Tiel, bevoegd gezag van het "
        "Groencollege Rivierenland, agrarisch opleidingscentrum voor mbo, vertegenwoordigd "
        "door de heer ir. W. van Ooijen, voorzitter van het college van bestuur, hierna: "
        "<i>het Groencollege</i>;",
    ]:
        story.append(P(t, "item"))
    story.append(P("spreken het volgende af.", "body"))

    def H(t):
        story.append(P(t, "h2"))

    H("1&nbsp;&nbsp;Waarom deze route")
    story.append(P(
        "In de Betuwe zoeken fruittelers al jaren vergeefs naar vakkrachten. Tegelijk haken "
        "leerlingen van de basisberoepsgerichte leerweg die graag buiten werken, na het vmbo "
        "vaak af. Met een geïntegreerde route willen wij deze leerlingen zonder knip tussen "
        "vmbo en mbo naar een diploma en een baan in de teelt brengen."))

    H("2&nbsp;&nbsp;Welke route bieden wij aan?")
    for t in [
        "2.1&nbsp;&nbsp;Wij verzorgen samen een geïntegreerde route als bedoeld in artikel "
        "2.107l van de Wet voortgezet onderwijs 2020 en artikel 9.1.17 van de Wet educatie en "
        "beroepsonderwijs. De route begint in leerjaar 3 van de <b>basisberoepsgerichte "
        "leerweg, profiel Groen</b>, van de school.",
        "2.2&nbsp;&nbsp;De route leidt tot het diploma van de basisberoepsopleiding "
        "<b>Medewerker teelt (niveau 2)</b>, uitstroomprofiel fruitteelt, in het aanverwante "
        "opleidingsdomein Voedsel, natuur en leefomgeving van het Groencollege. De school neemt "
        "voor deze leerlingen geen eindexamen van de basisberoepsgerichte leerweg af.",
        "2.3&nbsp;&nbsp;De route duurt drie jaar. Leerlingen worden in leerjaar 2 geselecteerd, "
        "in overleg met de leerling en zijn ouders en na overleg met het Groencollege.",
    ]:
        story.append(P(t, "item"))

    H("3&nbsp;&nbsp;Fruittelers en andere leerbedrijven")
    for t in [
        "3.1&nbsp;&nbsp;De afdeling Betuwe van de fruittelersvereniging en acht erkende "
        "leerbedrijven, onder wie Fruitbedrijf De Linge te Ochten, Boomgaard Van Rhenen te "
        "Dodewaard en Kwekerij Smits te Opheusden, nemen deel aan een praktijkraad. De "
        "praktijkraad komt twee keer per jaar bij elkaar en geeft advies over het "
        "praktijkprogramma en de planning van de beroepspraktijkvorming (bpv).",
        "3.2&nbsp;&nbsp;De leerbedrijven bieden vanaf het eerste routejaar iedere leerling "
        "één dag per week een bpv-plaats, leveren praktijkopdrachten rond snoeien, dunnen en "
        "oogsten, en stellen praktijkbeoordelaars beschikbaar voor de examens van het "
        "Groencollege.",
        "3.3&nbsp;&nbsp;Ieder voorjaar organiseren wij met de praktijkraad een fruitdag waarop "
        "leerlingen van leerjaar 2 kennismaken met de bedrijven.",
    ]:
        story.append(P(t, "item"))

    H("4&nbsp;&nbsp;Wie heeft de leiding?")
    for t in [
        "4.1&nbsp;&nbsp;De leiding over de route ligt bij een kernteam van drie personen: de "
        "afdelingsleider basis van de school, de teamleider teelt van het Groencollege en een "
        "trajectcoördinator.",
        "4.2&nbsp;&nbsp;De directeur-bestuurder van de school en het college van bestuur van "
        "het Groencollege wijzen ieder hun eigen lid van het kernteam aan. De "
        "trajectcoördinator wordt door hen samen benoemd voor twee schooljaren; herbenoeming is "
        "mogelijk.",
        "4.3&nbsp;&nbsp;Het kernteam maakt het jaarplan en het rooster, stelt het gezamenlijke "
        "PTA/OER op, regelt de bpv met de leerbedrijven, beslist over de toelating van "
        "leerlingen tot de route en beheert het routebudget dat de besturen jaarlijks "
        "vaststellen. Het kernteam mag binnen dat budget zelf uitgaven doen en docenten inroosteren. "
        "Benoeming en ontslag van personeel en nieuwe investeringen blijven bij de besturen.",
    ]:
        story.append(P(t, "item"))

    H("5&nbsp;&nbsp;Hoe houden wij de besturen op de hoogte?")
    for t in [
        "5.1&nbsp;&nbsp;Na ieder kwartaal stuurt het kernteam beide besturen een kwartaalbericht "
        "van hooguit twee pagina's met het aantal leerlingen, het verzuim, de bpv-plaatsen en "
        "bijzonderheden.",
        "5.2&nbsp;&nbsp;Vóór 15 juli van ieder jaar legt het kernteam een jaarevaluatie voor aan "
        "beide besturen, met de resultaten, de uitval, de besteding van het routebudget en "
        "voorstellen voor het volgende jaar. Het kernteam licht de jaarevaluatie toe in het "
        "bestuurlijk overleg van september en legt daar verantwoording af.",
    ]:
        story.append(P(t, "item"))

    H("6&nbsp;&nbsp;Hoe ziet het onderwijs eruit?")
    for t in [
        "6.1&nbsp;&nbsp;In het eerste routejaar zijn de leerlingen drie dagen op de school in "
        "Kesteren, één dag op het praktijkterrein van het Groencollege in Tiel en één dag bij "
        "een leerbedrijf. In het tweede routejaar is de verhouding twee dagen school, twee dagen "
        "Groencollege, één dag bpv. Het derde routejaar vindt plaats op het Groencollege en "
        "bij de leerbedrijven.",
        "6.2&nbsp;&nbsp;Het onderwijsprogramma en de examinering per leerjaar staan in het "
        "gezamenlijke PTA/OER, dat het kernteam ieder jaar vóór 1 juli laat vaststellen door "
        "beide besturen. De bpv-periodes volgen het teeltseizoen: in september en oktober "
        "(pluk) en in februari en maart (snoei) is de bpv-dag verdubbeld.",
        "6.3&nbsp;&nbsp;Docenten van de school verzorgen Nederlands, rekenen, burgerschap en "
        "loopbaanbegeleiding. Docenten en instructeurs van het Groencollege verzorgen het "
        "beroepsgerichte programma. Voor de beroepsgerichte onderdelen werken zij als één team "
        "op basis van de teambevoegdheid (artikel 7.13a WVO 2020 en 9.1.12 WEB). Eén docent "
        "groen van de school werkt één dag per week mee op het Groencollege.",
        "6.4&nbsp;&nbsp;Het Groencollege stelt zijn proefboomgaard van drie hectare, de "
        "sorteerloods en de trekkersimulator beschikbaar. De school stelt haar practicumlokaal "
        "groen en de kas op het schoolplein beschikbaar. De school regelt en betaalt het "
        "busvervoer naar Tiel.",
        "6.5&nbsp;&nbsp;In de eerste twee routejaren staan de leerlingen ingeschreven bij de "
        "school, in het derde routejaar bij het Groencollege. Klachten over een medewerker van "
        "de andere partij worden behandeld volgens de klachtenregeling van de partij waar de "
        "leerling staat ingeschreven; de andere partij werkt daaraan mee.",
    ]:
        story.append(P(t, "item"))

    H("7&nbsp;&nbsp;Als een leerling stopt met de route")
    story.append(P(
        "Wij willen dat iedere leerling een diploma haalt. Een leerling die de geïntegreerde "
        "route niet kan of wil afmaken, stroomt daarom door naar de Entreeopleiding (niveau 1) "
        "van het Groencollege. Het kernteam zorgt voor een warme overdracht en de leerling houdt "
        "zijn eigen loopbaanbegeleider. Met het Entreediploma kan de leerling later alsnog naar "
        "een opleiding op niveau 2."))

    H("8&nbsp;&nbsp;Geld")
    story.append(P(
        "In de eerste twee routejaren maakt de school per leerling € 1.150 per schooljaar over "
        "aan het Groencollege. Het aantal leerlingen op 1 oktober is bepalend. De school betaalt "
        "in twee termijnen, in december en in mei. Vanaf het derde routejaar is er geen "
        "overdracht meer."))

    H("9&nbsp;&nbsp;Medezeggenschap van leerlingen en ouders")
    for t in [
        "9.1&nbsp;&nbsp;In de eerste twee routejaren is de medezeggenschapsraad van de school "
        "het orgaan voor de leerlingen van de route en hun ouders; in het derde routejaar de "
        "studentenraad van het Groencollege. Daarnaast spreken wij af:",
        "a.&nbsp;&nbsp;twee leerlingen van de route mogen vanaf het eerste routejaar als "
        "toehoorder de vergaderingen van de studentenraad van het Groencollege bijwonen en daar "
        "het woord voeren;",
        "b.&nbsp;&nbsp;de medezeggenschapsraad van de school en de studentenraad van het "
        "Groencollege worden allebei om advies gevraagd over het jaarplan van de route en over "
        "iedere wijziging van deze overeenkomst;",
        "c.&nbsp;&nbsp;één keer per jaar houden wij een gezamenlijke avond voor leerlingen, "
        "ouders en beide raden over de route.",
    ]:
        story.append(P(t, "item2" if t.startswith(("a.", "b.", "c.")) else "item"))

    H("10&nbsp;&nbsp;Als wij het niet eens zijn")
    for t in [
        "10.1&nbsp;&nbsp;Een meningsverschil over de uitvoering van deze overeenkomst bespreekt "
        "eerst het kernteam. Lukt het daar niet binnen drie weken, dan gaat het naar de "
        "directeur-bestuurder van de school en de voorzitter van het college van bestuur van "
        "het Groencollege.",
        "10.2&nbsp;&nbsp;Komen ook zij er binnen zes weken niet uit, dan leggen zij het geschil "
        "voor aan een commissie van drie personen voor bindend advies. Iedere partij wijst één "
        "lid aan; die twee kiezen samen een onafhankelijke voorzitter. De commissie brengt "
        "binnen acht weken advies uit. De kosten delen wij gelijk.",
    ]:
        story.append(P(t, "item"))

    H("11&nbsp;&nbsp;Nieuwe partners, wijzigen en stoppen")
    for t in [
        "11.1&nbsp;&nbsp;Een andere vmbo-school in Rivierenland die het profiel Groen aanbiedt, "
        "kan partij worden als beide besturen daar schriftelijk mee instemmen en de nieuwe "
        "partner een toetredingsverklaring tekent waarin hij deze overeenkomst aanvaardt. Een "
        "nieuwe partner doet mee vanaf 1 augustus met een nieuwe groep leerlingen; de lopende "
        "groepen blijven ongewijzigd. De toetreding wordt bij DUO gemeld.",
        "11.2&nbsp;&nbsp;Deze overeenkomst wordt alleen schriftelijk gewijzigd, met de "
        "handtekening van beide besturen en na advies van de raden genoemd in paragraaf 9. Een "
        "wijziging gaat in bij het begin van een schooljaar.",
        "11.3&nbsp;&nbsp;Iedere partij kan de overeenkomst schriftelijk opzeggen per 1 augustus, "
        "met een opzegtermijn van een jaar. Na een opzegging starten wij geen nieuwe groep "
        "meer. Leerlingen die al in de route zitten, maken de route bij ons af; beide partijen "
        "blijven daarvoor hun afspraken nakomen.",
    ]:
        story.append(P(t, "item"))

    H("12&nbsp;&nbsp;Looptijd")
    story.append(P(
        "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."))
    story.append(Spacer(1, 0.6 * cm))
    sig = Table([
        [P("<b>Stichting Scholengemeenschap Over-Betuwe</b>", "cell"),
         P("<b>Stichting Groen Onderwijs Rivierenland</b>", "cell")],
        [P("Kesteren, 30 juni 2025<br/><br/><br/>M.C. Verhoef<br/>directeur-bestuurder",
           "cell"),
         P("Tiel, ........................ 2025<br/><br/><br/>ir. W. van Ooijen<br/>voorzitter "
           "college van bestuur", "cell")],
    ], colWidths=[8 * cm, 8 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.grey)]))
    story.append(sig)

    def on_page(c, d):
        c.saveState()
        n = c.getPageNumber()
        if n == 1:
            c.setFillColorRGB(0.16, 0.42, 0.20)
            c.rect(2.2 * cm, 26.6 * cm, 0.35 * cm, 1.4 * cm, fill=1, stroke=0)
            c.setFont("Helvetica-Bold", 15)
            c.drawString(2.9 * cm, 27.45 * cm, "Appelgaard College")
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.setFont("Helvetica", 8.5)
            c.drawString(2.9 * cm, 26.95 * cm,
                         "vmbo groen, techniek en zorg  |  Fruitlaan 12, 4041 BC Kesteren  |  "
                         "0488 - 48 12 00  |  info@appelgaardcollege.nl")
        else:
            c.setFont("Helvetica", 8)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.drawString(2.3 * cm, 1.3 * cm,
                         "Samenwerkingsovereenkomst geïntegreerde route Groen – Appelgaard "
                         "College / Groencollege Rivierenland")
            c.drawRightString(18.7 * cm, 1.3 * cm, f"pagina {n - 1}")
        c.restoreState()

    build_pdf(path, story, "Samenwerkingsovereenkomst geïntegreerde route Groen",
              "M.C. Verhoef", on_page=on_page)


# ============================================================================================
# h59 - Oost-Groningen Veenkoloniën - TXT - consortiumsecretaris, drie partners
# ============================================================================================

def wrap_txt(blocks, width=78):
    """Render ('h', text) / ('p', text) / ('i', label, text) / ('raw', text) blocks."""
    import textwrap

    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out += ["", b[1], "-" * len(b[1]), ""]
        elif kind == "H":
            out += ["", "=" * width, b[1], "=" * width, ""]
        elif kind == "p":
            out += textwrap.wrap(b[1], width, break_on_hyphens=False) + [""]
        elif kind == "i":
            label, text = b[1], b[2]
            ind = b[3] if len(b) > 3 else 0
            lead = " " * ind + label.ljust(6 if len(label) < 6 else len(label) + 1)
            out += textwrap.wrap(text, width, initial_indent=lead, break_on_hyphens=False,
                                 subsequent_indent=" " * len(lead))
            out += [""] if (len(b) <= 4 or b[4]) else []
        elif kind == "raw":
            out += b[1].split("\n")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"


@sample(
    "h59", "h59_consortium_drie_partners_veenkolonien", "txt",
    "Platte tekst van een consortiumsecretaris ('§ N' met onderstreepte koppen, 72-78 kolommen, "
    "versie- en kenmerkregels); Oost-Groningen Veenkoloniën; twee vmbo-scholen + ROC; PIE kb -> "
    "Operator B niveau 3; routeregie met coördinator, halfjaarrapportages, leerfabriek, "
    "overstapscenario's, uitdrukkelijk geen overdracht, routeraad, mediation, toetreding en "
    "uittreding met cohortbescherming; volledig.",
    "p p p p p p p p p p",
    {"a": "Onderwerp van deze overeenkomst", "b": "Samenwerking met de procesindustrie",
     "c": "Routeregie", "d": "Informatie en verantwoording",
     "e": "Inrichting van het onderwijs", "f": "Overstapoptie", "g": "Financiën",
     "h": "Routeraad en medezeggenschap", "i": "Geschillen",
     "j": "Toetreding, uittreding, wijziging en looptijd"},
)
def build_h59(path):
    B = []
    B.append(("raw",
              "CONSORTIUMOVEREENKOMST\n"
              "Doorlopende leerroute Procestechniek Veenkoloniën (vmbo - mbo)\n"
              "\n"
              "Kenmerk      : CPV/2025/014\n"
              "Versie       : 1.0, vastgesteld in de consortiumraad van 26 juni 2025\n"
              "Secretariaat : Consortium Procestechniek Veenkoloniën,\n"
              "               p/a Eems-Dollard College, Postbus 40, 9640 AA Veendam\n"
              "Opgesteld    : G. Wubs, consortiumsecretaris"))
    B.append(("H", "DE PARTNERS"))
    B.append(("i", "1.", "Stichting Openbaar Voortgezet Onderwijs De Veenkoloniën, gevestigd te "
              "Veendam, bevoegd gezag van het Veenpoort College (vmbo), vertegenwoordigd door de "
              "heer H. Boerema, voorzitter van het college van bestuur, hierna: Veenpoort;"))
    B.append(("i", "2.", "Vereniging voor Christelijk Voortgezet Onderwijs Oost-Groningen, "
              "gevestigd te Stadskanaal, bevoegd gezag van het Wiekencollege (vmbo), "
              "vertegenwoordigd door mevrouw A.J. Mulder-Tuin, bestuurder, hierna: "
              "Wiekencollege;"))
    B.append(("i", "3.", "Stichting Regionaal Opleidingencentrum Eems-Dollard, gevestigd te "
              "Veendam, bevoegd gezag van het Eems-Dollard College, vertegenwoordigd door de "
              "heer drs. K. Doornbos, voorzitter van het college van bestuur, hierna: "
              "Eems-Dollard College;"))
    B.append(("p", "hierna samen: de partners. Veenpoort en Wiekencollege heten samen ook: de "
              "vo-scholen."))
    B.append(("H", "AANLEIDING"))
    B.append(("p", "De zetmeel-, karton- en chemische bedrijven in de Veenkoloniën hebben de "
              "komende tien jaar honderden operators nodig. De partners werken sinds 2019 samen "
              "in een technologieroute. Met deze overeenkomst zetten zij die samenwerking om in "
              "een doorlopende leerroute volgens de Wet voortgezet onderwijs 2020 (WVO 2020) en "
              "de Wet educatie en beroepsonderwijs (WEB). De eerdere samenwerkingsafspraken van "
              "2019 vervallen op 1 augustus 2025."))
    B.append(("H", "AFSPRAKEN"))

    B.append(("h", "§ 1  Onderwerp van deze overeenkomst"))
    B.append(("i", "1.1", "De partners verzorgen samen de doorlopende leerroute Procestechniek "
              "Veenkoloniën (hierna: de route) als bedoeld in artikel 2.107a WVO 2020 en "
              "artikel 9.1.2 WEB."))
    B.append(("i", "1.2", "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, "
              "profiel Produceren, installeren en energie (PIE), van de vo-scholen. Zij leidt "
              "tot het vmbo-diploma van de kaderberoepsgerichte leerweg en tot het diploma van "
              "de vakopleiding Operator B (niveau 3), opleidingsdomein Procesindustrie, "
              "beroepsopleidende leerweg, van het Eems-Dollard College."))
    B.append(("i", "1.3", "Iedere vo-school meldt de route samen met het Eems-Dollard College "
              "afzonderlijk aan in RIO (DUO)."))

    B.append(("h", "§ 2  Samenwerking met de procesindustrie"))
    B.append(("i", "2.1", "De partners werken voor de route samen met het Platform "
              "Procestechniek Oost-Groningen. Daarin zijn onder meer Zetmeelfabriek Veenhuis BV "
              "(Veendam), Kartonfabriek Pekelder BV (Oude Pekela) en Agrifood Processing "
              "Stadskanaal BV vertegenwoordigd."))
    B.append(("i", "2.2", "De bedrijven van het platform:"))
    for lab, t in [
        ("a.", "ontvangen iedere leerling in het eerste routejaar voor ten minste twee "
               "bedrijfsbezoeken;"),
        ("b.", "laten ieder kwartaal een operator een procesdag verzorgen in de leerfabriek "
               "(zie § 5);"),
        ("c.", "bieden in de mbo-fase bpv-plaatsen aan in twee periodes van tien weken, "
               "begeleid door een praktijkopleider met SBB-erkenning;"),
        ("d.", "leveren praktijkbeoordelaars die meebeoordelen bij de proeven van bekwaamheid;"),
        ("e.", "geven jaarlijks vóór 1 maart advies over de keuzedelen en de actualiteit van "
               "het programma."),
    ]:
        B.append(("i", lab, t, 6, False))
    B.append(("p", ""))
    B.append(("i", "2.3", "Het platform wijst één vertegenwoordiger aan die met een "
              "adviserende stem deelneemt aan de routeregie."))

    B.append(("h", "§ 3  Routeregie"))
    B.append(("i", "3.1", "De consortiumraad bestaat uit de bestuurders van de drie partners. "
              "Hij stelt de kaders en het jaarplan van de route vast en neemt besluiten die "
              "volgens deze overeenkomst aan de besturen zijn voorbehouden."))
    B.append(("i", "3.2", "De leiding over de route berust bij de routeregie. De routeregie "
              "bestaat uit:"))
    for lab, t in [
        ("a.", "de routecoördinator, die voorzit;"),
        ("b.", "de teamleider techniek van Veenpoort;"),
        ("c.", "de teamleider techniek van het Wiekencollege;"),
        ("d.", "de opleidingsmanager procestechniek van het Eems-Dollard College;"),
        ("e.", "met adviserende stem: de vertegenwoordiger van het platform (artikel 2.3)."),
    ]:
        B.append(("i", lab, t, 6, False))
    B.append(("p", ""))
    B.append(("i", "3.3", "De leden onder b, c en d worden aangewezen door het bestuur van de "
              "eigen organisatie. De routecoördinator wordt door de consortiumraad benoemd, "
              "op voordracht van de routeregie, voor een periode van vier jaar en is in dienst "
              "van het Eems-Dollard College. De consortiumraad kan de routecoördinator "
              "tussentijds ontheffen van zijn taak."))
    B.append(("i", "3.4", "De consortiumraad draagt aan de routeregie op: de dagelijkse "
              "leiding van de route; het opstellen van het jaarplan en het gezamenlijke PTA/OER "
              "per cohort; het rooster van de leerfabriek; de toelating van leerlingen tot de "
              "route; de voorbereiding van overstapbesluiten (§ 6); het contact met het "
              "platform."))
    B.append(("i", "3.5", "De routeregie is bevoegd om binnen het vastgestelde jaarplan te "
              "besluiten over het programma, de planning en de inzet van de docenten die de "
              "partners voor de route beschikbaar stellen, en om uitgaven te doen tot "
              "EUR 25.000 per schooljaar uit het routebudget dat het Eems-Dollard College op "
              "zijn begroting opneemt. Besluiten over personeel, over verplichtingen die "
              "daarboven uitgaan en over deze overeenkomst neemt de consortiumraad."))

    B.append(("h", "§ 4  Informatie en verantwoording"))
    B.append(("i", "4.1", "De routecoördinator stuurt in maart en in oktober een "
              "halfjaarrapportage aan de drie besturen. Daarin staan in elk geval de "
              "leerlingaantallen per vo-school, in-, door- en uitstroom, examenresultaten, "
              "overstappen, bpv-plaatsen en de besteding van het routebudget. De rapportage van "
              "oktober geldt als jaarverslag over het voorgaande schooljaar."))
    B.append(("i", "4.2", "De consortiumraad vergadert drie keer per schooljaar. De "
              "routecoördinator is bij die vergaderingen aanwezig, licht de rapportages toe en "
              "legt verantwoording af over de uitvoering van het jaarplan. Het secretariaat "
              "maakt de verslagen."))
    B.append(("i", "4.3", "Iedere bestuurder kan de routecoördinator op ieder moment om "
              "aanvullende informatie vragen; de routecoördinator verstrekt die binnen twee "
              "weken aan alle drie de besturen."))

    B.append(("h", "§ 5  Inrichting van het onderwijs"))
    B.append(("i", "5.1", "De vo-fase wordt verzorgd op de eigen locaties van de vo-scholen in "
              "Veendam en Stadskanaal. Leerlingen van beide scholen volgen daarnaast één dag per "
              "week les in de Leerfabriek Procestechniek op de campus van het Eems-Dollard "
              "College in Veendam. De mbo-fase wordt verzorgd op die campus en bij de "
              "bpv-bedrijven."))
    B.append(("i", "5.2", "Het onderwijsprogramma, de examinering en de bpv per leerjaar staan "
              "in het gezamenlijke PTA/OER dat de consortiumraad per cohort vóór 1 juli "
              "vaststelt. Het centraal examen kb wordt afgenomen in het tweede routejaar. "
              "Mbo-onderdelen (veiligheid, procesbeheersing basis) beginnen in het eerste "
              "routejaar; zie de bijlage."))
    B.append(("i", "5.3", "Personeel. De vo-scholen zetten hun eigen docenten in voor de "
              "algemene vakken en het profielvak PIE. Het Eems-Dollard College zet twee "
              "instructeurs procestechniek in voor de leerfabriekdagen. Zij vormen samen één "
              "routeteam en maken voor de gecombineerde modules PIE/procestechniek gebruik van "
              "de teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB); het PTA/OER "
              "geeft aan om welke modules het gaat. Iedereen blijft in dienst van de eigen "
              "werkgever. Het routeteam heeft twee gezamenlijke studiedagen per jaar."))
    B.append(("i", "5.4", "Faciliteiten. Het Eems-Dollard College stelt de leerfabriek "
              "(pilotplant met destillatiekolom, pompen- en warmtewisselaarsopstelling en "
              "procesbesturingssimulator) en het laboratorium beschikbaar. De vo-scholen stellen "
              "hun praktijklokalen metaal en elektro beschikbaar voor de mbo-instructeurs. Iedere "
              "vo-school regelt het vervoer van de eigen leerlingen naar Veendam."))
    B.append(("i", "5.5", "Inschrijving, verzuim en klachten. In de vo-fase staat de leerling "
              "ingeschreven bij de eigen vo-school, daarna bij het Eems-Dollard College. Wie de "
              "leerling inschrijft, meldt ook het verzuim. De klachtenregeling van iedere "
              "partner geldt ook voor gedragingen van personeel van een andere partner in de "
              "route; de partners verlenen elkaar medewerking bij de behandeling."))

    B.append(("h", "§ 6  Overstapoptie"))
    B.append(("i", "6.1", "Stopt een leerling of student met de route voordat hij die met "
              "succes heeft afgerond, dan zorgen de partners er samen voor dat hij een "
              "vmbo-diploma of een mbo-diploma kan halen dat past bij het niveau dat hij heeft "
              "bereikt en bij zijn leeftijd."))
    B.append(("i", "6.2", "De partners hanteren daarbij de volgende kaders:"))
    for lab, t in [
        ("a.", "Stopt hij in het eerste of tweede routejaar, dan gaat hij verder in de reguliere "
               "kaderberoepsgerichte leerweg van de eigen vo-school, in het profiel PIE of een "
               "ander profiel, of in een andere doorlopende leerroute van de partners."),
        ("b.", "Is hij in het tweede routejaar afgewezen voor het eindexamen, dan kan hij het "
               "examenjaar overdoen, of, als de partners dat samen passend vinden, zonder "
               "vmbo-diploma verder in Operator B of in een andere technische opleiding van het "
               "Eems-Dollard College op niveau 2 of 3."),
        ("c.", "Past procestechniek niet bij hem of blijkt niveau 3 te hoog, dan kan hij in de "
               "mbo-fase overstappen naar een andere opleiding van het Eems-Dollard College, "
               "bijvoorbeeld Eerste monteur elektrotechnische installaties (niveau 3) of "
               "Operator A (niveau 2)."),
        ("d.", "Wil hij naar een andere instelling, bijvoorbeeld na een verhuizing, dan helpen "
               "de partners hem bij het vinden van een plek en leveren zij de gegevens aan voor "
               "een geschiktheidsonderzoek."),
    ]:
        B.append(("i", lab, t, 6, False))
    B.append(("p", ""))
    B.append(("i", "6.3", "Voor een overstap binnen het Eems-Dollard College gelden de "
              "vooropleidingseisen niet."))
    B.append(("i", "6.4", "Over de overstap beslissen de betrokken vo-school en het "
              "Eems-Dollard College samen, in een overstapgesprek met de leerling en zijn "
              "ouders. Het gesprek wordt voorbereid door de routeregie. De partners beschrijven "
              "de werkwijze in hun schoolgids en studentenstatuut."))

    B.append(("h", "§ 7  Financiën"))
    B.append(("i", "7.1", "De partners dragen aan elkaar geen bekostiging over als bedoeld in "
              "artikel 5.42a WVO 2020 of artikel 9.1.15 WEB."))
    B.append(("i", "7.2", "Iedere partner draagt de kosten van het eigen personeel en de eigen "
              "voorzieningen. Het Eems-Dollard College stelt de leerfabriek om niet "
              "beschikbaar en draagt de kosten van de routecoördinator en het routebudget."))

    B.append(("h", "§ 8  Routeraad en medezeggenschap"))
    B.append(("i", "8.1", "De wettelijke medezeggenschap blijft ongewijzigd: de "
              "medezeggenschapsraden van de vo-scholen voor de vo-fase, de studentenraad en de "
              "ondernemingsraad van het Eems-Dollard College voor de mbo-fase."))
    B.append(("i", "8.2", "Daarnaast stellen de partners een routeraad in van acht leden: twee "
              "ouders (één per vo-school) en twee personeelsleden, aangewezen door de "
              "medezeggenschapsraden van de vo-scholen; twee leerlingen uit de vo-fase, "
              "aangewezen door de leerlingenraden; en twee studenten uit de mbo-fase, "
              "aangewezen door de studentenraad van het Eems-Dollard College."))
    B.append(("i", "8.3", "De routeraad mag de consortiumraad gevraagd en ongevraagd "
              "adviseren over het jaarplan, het PTA/OER en wijzigingen van deze overeenkomst. "
              "De consortiumraad vraagt dat advies in elk geval voordat hij een van die stukken "
              "vaststelt, en reageert binnen zes weken schriftelijk. De routeraad ontvangt ook "
              "de halfjaarrapportages."))

    B.append(("h", "§ 9  Geschillen"))
    B.append(("i", "9.1", "Een geschil tussen partners over de uitvoering van deze "
              "overeenkomst wordt eerst in de consortiumraad besproken."))
    B.append(("i", "9.2", "Is het geschil na zes weken niet opgelost, dan schakelen de "
              "betrokken partners samen een mediator in. Worden zij het binnen vier weken niet "
              "eens over de keuze van de mediator, of slaagt de mediation niet, dan kan iedere "
              "betrokken partner het geschil voorleggen aan de Rechtbank Noord-Nederland, "
              "locatie Groningen."))

    B.append(("h", "§ 10  Toetreding, uittreding, wijziging en looptijd"))
    B.append(("i", "10.1", "Toetreding. Een andere school met het profiel PIE in de "
              "kaderberoepsgerichte leerweg of een andere mbo-instelling met een opleiding "
              "procestechniek kan partner worden. Zij vraagt dat schriftelijk aan bij het "
              "secretariaat. De consortiumraad beslist unaniem. De nieuwe partner tekent een "
              "toetredingsverklaring waarin hij deze overeenkomst aanvaardt, meldt de route aan "
              "in RIO en start met een nieuw cohort per 1 augustus. De toetreding verandert "
              "niets voor leerlingen die al in de route zitten."))
    B.append(("i", "10.2", "Uittreding. Een partner kan uittreden tegen 31 juli van een "
              "schooljaar, met een opzegtermijn van ten minste twaalf maanden, bij aangetekende "
              "brief aan het secretariaat en de andere partners. Zolang ten minste één vo-school "
              "en het Eems-Dollard College partner zijn, loopt de overeenkomst door tussen de "
              "overige partners."))
    B.append(("i", "10.3", "Na een opzegging nemen de partners via de uittredende partner "
              "geen nieuwe leerlingen meer op. Leerlingen en studenten die al in de route "
              "zitten, maken de route af; de uittredende partner blijft zijn deel van het "
              "onderwijs voor hen verzorgen. Eindigt de overeenkomst geheel, bijvoorbeeld "
              "omdat een partner de bevoegdheid verliest om de opleiding te verzorgen, dan "
              "stelt de consortiumraad binnen drie maanden een afbouwregeling vast waarmee "
              "iedere leerling de route kan afmaken of een overstap volgens § 6 krijgt."))
    B.append(("i", "10.4", "Wijziging. Iedere partner kan een wijziging voorstellen via het "
              "secretariaat. De consortiumraad beslist unaniem, na advies van de routeraad. "
              "Een wijziging wordt vastgelegd in een door alle partners ondertekend addendum en "
              "gaat in bij het begin van het volgende schooljaar."))
    B.append(("i", "10.5", "Looptijd. Deze overeenkomst geldt van 1 augustus 2025 tot en met "
              "31 juli 2031 en wordt daarna telkens stilzwijgend met drie jaar verlengd."))

    B.append(("H", "ONDERTEKENING"))
    B.append(("raw",
              "Veendam, 30 juni 2025\n"
              "\n"
              "Stichting Openbaar Voortgezet Onderwijs De Veenkoloniën\n"
              "H. Boerema, voorzitter college van bestuur              ______________________\n"
              "\n"
              "Vereniging voor Christelijk Voortgezet Onderwijs Oost-Groningen\n"
              "A.J. Mulder-Tuin, bestuurder                            ______________________\n"
              "\n"
              "Stichting Regionaal Opleidingencentrum Eems-Dollard\n"
              "drs. K. Doornbos, voorzitter college van bestuur        ______________________"))
    B.append(("H", "BIJLAGE  Programma per routejaar (samenvatting PTA/OER cohort 2025)"))
    B.append(("raw",
              "routejaar | inschrijving  | waar                        | examinering\n"
              "----------+---------------+-----------------------------+---------------------------\n"
              "1         | vo-school     | eigen school + 1 dag        | schoolexamens PIE;\n"
              "          |               | leerfabriek                 | mbo: VCA, procesbeheersing 1\n"
              "2         | vo-school     | eigen school + 1 dag        | centraal examen kb;\n"
              "          |               | leerfabriek                 | mbo: procesbeheersing 2\n"
              "3         | Eems-Dollard  | campus Veendam + bpv 10 wk  | kerntaken Operator B\n"
              "4         | Eems-Dollard  | campus Veendam + bpv 10 wk  | proeve van bekwaamheid,\n"
              "          |               |                             | diplomering niveau 3"))
    return wrap_txt(B)


# ============================================================================================
# h60 - West-Friesland Enkhuizen - Markdown - schooldirecteur, eenvoudige taal
# ============================================================================================

@sample(
    "h60", "h60_eenvoudige_taal_enkhuizen", "md",
    "Markdown in eenvoudige taal door een schooldirecteur ('we', korte zinnen, opsommingen, "
    "koppen als gewone woorden); West-Friesland Enkhuizen; maritiem en techniek kb -> "
    "Schipper/machinist beroepsvaart niveau 3; inspraak alleen wettelijke regels plus 'kunnen' "
    "extra afspraken; geschillen alleen 'in goed overleg'; stoppen en veranderen zonder "
    "toetreding van nieuwe partners; verder volledig (geen geldoverdracht uitdrukkelijk).",
    "p p p p p p p na w w",
    {"a": "De opleiding", "b": "Bedrijven en schepen", "c": "Wie heeft de leiding?",
     "d": "Verslag aan de besturen", "e": "Lessen, docenten en gebouwen",
     "f": "Stoppen met de route: wat dan?", "g": "Geld"},
)
def build_h60(path):
    return """# Samen naar de kade

**Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Maritiem en techniek – Schipper/machinist beroepsvaart**

*Enkhuizen, 30 juni 2025*

Dit is onze samenwerkingsovereenkomst. We hebben hem bewust in gewone taal geschreven. Zo kunnen
ook leerlingen, ouders en collega's lezen wat we met elkaar afspreken.

## Wie sluiten deze overeenkomst?

- **Stichting Voortgezet Onderwijs Zuiderhaven**, het bestuur van het Zuiderhaven College in
  Enkhuizen (vmbo). Getekend door Peter Schuitemaker, directeur-bestuurder. In deze tekst: *het
  Zuiderhaven*.
- **Stichting Regionaal Opleidingencentrum Kop en West-Friesland**, het bestuur van onder meer
  het Maritiem College Enkhuizen (mbo). Getekend door drs. Ingrid Kaan, lid van het college van
  bestuur. In deze tekst: *het ROC*.

Samen noemen we ons in deze tekst *we*.

## Waarom doen we dit?

Veel leerlingen van het Zuiderhaven willen na het vmbo het water op. Tot nu toe moesten ze na
hun examen opnieuw beginnen bij het ROC. Dat kost tijd, en sommige leerlingen haken af. In de
route merken ze die overstap bijna niet. Ze leren vanaf het begin van de kaderopleiding al aan
boord en in de werkplaats van het Maritiem College.

## 1. De opleiding

- We bieden samen een doorlopende leerroute vmbo-mbo aan.
- De route begint in leerjaar 3 van het vmbo: kaderberoepsgerichte leerweg, profiel **Maritiem
  en techniek**.
- De leerling haalt in de route eerst zijn vmbo-diploma kader. Daarna haalt hij het
  mbo-diploma **Schipper/machinist beroepsvaart (niveau 3)**. Die opleiding hoort bij het
  opleidingsdomein Transport, scheepvaart en logistiek.
- De route duurt vijf jaar: twee jaar vmbo en drie jaar mbo.
- We melden de route samen aan bij DUO.

## 2. Bedrijven en schepen

We doen dit samen met de beroepsvaart in de regio. Dit spreken we af:

- Drie rederijen, Rederij Wadvaart Enkhuizen, Charterrederij Zuiderzee en Sleepdienst
  Medemblik, vormen met de vereniging van chartervaartschippers in West-Friesland een
  **bedrijvenpanel**.
- Het panel komt drie keer per jaar bij elkaar met de routecoördinatoren. Het panel praat mee
  over wat de leerlingen moeten leren en welke keuzedelen we aanbieden.
- De rederijen nemen vanaf het eerste routejaar iedere leerling één week per jaar mee aan boord
  (de *meevaarweek*).
- In het mbo-deel bieden de rederijen de stageplekken (bpv) aan boord. Hun schippers beoordelen
  mee bij de praktijkexamens.
- Ieder jaar geven schippers van het panel vier gastlessen op het Zuiderhaven.

## 3. Wie heeft de leiding?

- De route heeft twee **routecoördinatoren**: de teamleider bovenbouw techniek van het
  Zuiderhaven en de opleidingsmanager beroepsvaart van het ROC.
- De directeur-bestuurder van het Zuiderhaven wijst de coördinator van het Zuiderhaven aan.
  Het college van bestuur van het ROC wijst de coördinator van het ROC aan. Dat gebeurt op
  papier, voor drie jaar. Daarna kan het opnieuw.
- **Wat doen de coördinatoren?** Ze maken samen het lesprogramma en het PTA/OER. Ze maken het
  rooster. Ze regelen de meevaarweken en de stages. Ze houden contact met het bedrijvenpanel. Ze
  voeren de gesprekken als een leerling wil stoppen (zie 6).
- **Wat mogen ze zelf beslissen?** Het rooster, de verdeling van de lessen over de docenten die
  de scholen voor de route beschikbaar stellen, uitgaven tot € 5.000 per school per jaar, en
  welke leerlingen in de route mogen beginnen.
- **Wat mogen ze niet zelf beslissen?** Personeel aannemen of ontslaan, grotere uitgaven en het
  veranderen van deze overeenkomst. Dat doen de besturen.

## 4. Verslag aan de besturen

- Twee keer per jaar, in januari en in juni, schrijven de coördinatoren samen een kort verslag
  voor beide besturen. Daarin staat hoeveel leerlingen er in de route zitten, hoe het met hen
  gaat, wie er gestopt is en wat de examenresultaten zijn.
- In juni bespreken de coördinatoren het verslag met de directeur-bestuurder van het Zuiderhaven
  en het lid van het college van bestuur van het ROC. Daar leggen ze verantwoording af over het
  afgelopen jaar.
- Gebeurt er iets ernstigs, bijvoorbeeld een ongeluk aan boord? Dan melden de coördinatoren dat
  dezelfde dag aan beide besturen.

## 5. Lessen, docenten en gebouwen

- **Waar?** In jaar 1 en 2 krijgen de leerlingen vooral les op het Zuiderhaven, en één dag per
  week op het Maritiem College aan de Havenkade. Vanaf jaar 3 zijn ze op het Maritiem College en
  aan boord.
- **Wat?** Het programma en de examens per leerjaar staan in het gezamenlijke PTA/OER. Het
  vmbo-examen is in jaar 2. Een paar mbo-vakken beginnen al in jaar 1: veiligheid aan boord,
  marifonie en motorentechniek.
- **Wie geeft les?** Docenten van het Zuiderhaven geven de algemene vakken en het profielvak.
  Docenten van het Maritiem College geven de maritieme vakken, ook al in jaar 1 en 2. Voor het
  onderdeel *varen en techniek* werken ze als één team; daarvoor gebruiken we de
  teambevoegdheid. Iedereen blijft in dienst van zijn eigen school.
- **Welke gebouwen en spullen?** Het ROC stelt de scheepssimulator, de motorenwerkplaats en het
  opleidingsschip *Westfries* beschikbaar. Het Zuiderhaven stelt de techniekhal en een lokaal
  voor de gastlessen beschikbaar.
- **Inschrijving.** In jaar 1 en 2 staat de leerling ingeschreven bij het Zuiderhaven, daarna
  bij het ROC.
- **Klachten.** Heeft een leerling een klacht over een docent van de andere school? Dan dient
  hij die in bij de school waar hij staat ingeschreven. De andere school werkt mee.

## 6. Stoppen met de route: wat dan?

Soms past de route toch niet. Iedere leerling die stopt, krijgt een plek waar hij een diploma
kan halen. We kijken samen naar wat hij al kan en hoe oud hij is.

- **Stopt hij in jaar 1 of 2?** Dan gaat hij gewoon verder in de kaderberoepsgerichte leerweg op
  het Zuiderhaven, in Maritiem en techniek of een ander profiel. Zo haalt hij zijn vmbo-diploma.
- **Zakt hij voor het vmbo-examen?** Dan doet hij het examenjaar over. Of hij gaat zonder
  vmbo-diploma verder op het mbo bij het ROC, als beide scholen dat verstandig vinden.
- **Wil hij niet meer varen?** Dan kan hij naar een andere opleiding op niveau 3 bij het ROC,
  bijvoorbeeld in de techniek of de logistiek.
- **Is niveau 3 te zwaar?** Dan kan hij naar Matroos beroepsvaart (niveau 2).
- Bij een overstap binnen het ROC gelden geen vooropleidingseisen. Wil hij naar een andere
  school, dan helpen we hem daarbij, ook met het geschiktheidsonderzoek.
- **Wie beslist?** De coördinatoren praten eerst met de leerling en zijn ouders en doen een
  voorstel. De directeur van het Zuiderhaven en de directeur van het Maritiem College beslissen
  daarna samen.

## 7. Geld

- We maken geen geld aan elkaar over. Er is dus geen overdracht van bekostiging.
- Iedere school betaalt zijn eigen docenten en spullen.
- De meevaarweek betaalt het Zuiderhaven in jaar 1 en 2, en het ROC vanaf jaar 3.

## 8. Inspraak

Voor de inspraak van leerlingen, ouders en personeel gelden de regels uit de wet. Zolang een
leerling bij het Zuiderhaven staat ingeschreven, is dat de Wet medezeggenschap op scholen. Staat
hij bij het ROC ingeschreven, dan gelden de regels over medezeggenschap in de Wet educatie en
beroepsonderwijs. Scholen kunnen daarnaast extra afspraken maken over inspraak in een
doorlopende leerroute.

## 9. Als we het oneens zijn

We zijn partners en we vertrouwen elkaar. Zijn we het ergens niet over eens? Dan gaan we met
elkaar in gesprek en lossen we het samen op, in goed overleg.

## 10. Stoppen of veranderen van deze afspraken

- Deze afspraken gelden vanaf 1 augustus 2025. Er is geen einddatum.
- Veranderen kan alleen als beide besturen het eens zijn. We zetten de verandering op papier en
  tekenen allebei. Een verandering gaat in bij het begin van een nieuw schooljaar.
- Wil een van ons stoppen met de route? Dan laat hij dat de ander schriftelijk weten, minstens
  een jaar van tevoren. We stoppen altijd op 1 augustus.
- Leerlingen die al in de route zitten, maken hun route gewoon af. Na een besluit om te stoppen
  beginnen er geen nieuwe leerlingen meer.

## Handtekeningen

| Zuiderhaven College | ROC Kop en West-Friesland |
|---|---|
| Peter Schuitemaker, directeur-bestuurder | drs. Ingrid Kaan, lid college van bestuur |
| Enkhuizen, 30 juni 2025 | Enkhuizen, 30 juni 2025 |
| *(handtekening)* | *(handtekening)* |
"""


# ============================================================================================
# h61 - Zuid-Holland Oost - DOCX - beleidsadviseur, afsprakentabellen per onderwerp
# ============================================================================================

@sample(
    "h61", "h61_beleidsnotitie_afsprakentabellen_zuid_holland_oost", "docx",
    "DOCX van een beleidsadviseur: documentinformatie, begrippentabel en per onderwerp een "
    "Word-tabel 'Nr | Afspraak | Eigenaar' onder Heading 2; Zuid-Holland Oost (Waddinxveen/"
    "Alphen); Z&W kb -> Verzorgende-IG niveau 3; werkveld staat alleen in de begrippenlijst; "
    "rapportage aan de besturen 'nader uit te werken in het jaarplan'; overstap binnen het ROC "
    "alleen met het vereiste vmbo-diploma; verder volledig (20% overdracht met bestemming, "
    "adviesrecht raden, NAI-arbitrage).",
    "p m p w p w p p p p",
    {"a": "Route en kwalificatie", "c": "Leiding van de route",
     "e": "Inrichting van het onderwijs", "g": "Bekostiging", "h": "Medezeggenschap",
     "i": "Geschillen", "j": "Toetreding, wijziging en beëindiging"},
)
def build_h61(path):
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = new_docx(font="Arial", size=10)
    for s in doc.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
        fp = s.footer.paragraphs[0]
        add_runs(fp, "SOK DLR Zorg & Welzijn – VIG | Gouwe College – ROC Rijn en Gouwe | "
                     "versie 1.0", size=8)
    for hn, sz in (("Heading 1", 14), ("Heading 2", 11.5)):
        h = doc.styles[hn]
        h.font.size = Pt(sz)
        h.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    W = [1.3, 12.0, 3.2]

    def afspraken(rows):
        table(doc, [["Nr", "Afspraak", "Eigenaar"]] + rows, widths_cm=W, size=9.5)
        para(doc, "", space_after=2)

    para(doc, "Samenwerkingsovereenkomst", bold=True, size=20, space_after=0)
    para(doc, "Doorlopende leerroute vmbo-mbo Zorg & Welzijn – Verzorgende-IG", size=14,
         space_after=2)
    para(doc, "Gouwe College (vmbo) en ROC Rijn en Gouwe, Zorgacademie", italic=True,
         space_after=12)
    table(doc, [
        ["Documentinformatie", ""],
        ["Versie", "1.0 (definitief)"],
        ["Status", "vastgesteld door beide besturen"],
        ["Datum", "30 juni 2025"],
        ["Opgesteld door", "S. el Amrani, beleidsadviseur onderwijs ROC Rijn en Gouwe, in "
                           "samenwerking met de afdeling Zorg & Welzijn van het Gouwe College"],
        ["Looptijd", "1 augustus 2025 – 31 juli 2030, daarna voor onbepaalde tijd"],
    ], widths_cm=[4, 12.5], size=9)
    para(doc, "")

    doc.add_heading("1 Partijen", level=1)
    for t in [
        "1. **Stichting Voortgezet Onderwijs Groene Hart Oost**, gevestigd te Waddinxveen, "
        "bevoegd gezag van het Gouwe College (vmbo), rechtsgeldig vertegenwoordigd door "
        "mevrouw J.W. de Bruijn, voorzitter van het college van bestuur, hierna: het Gouwe "
        "College;",
        "2. **Stichting ROC Rijn en Gouwe**, gevestigd te Alphen aan den Rijn, bevoegd gezag van "
        "ROC Rijn en Gouwe, rechtsgeldig vertegenwoordigd door de heer R. Verkerk MBA, voorzitter "
        "van het college van bestuur, hierna: het ROC. De route wordt binnen het ROC verzorgd door "
        "de Zorgacademie.",
    ]:
        para(doc, t, indent_cm=0.6, first_cm=-0.6, space_after=4)

    doc.add_heading("2 Inleiding", level=1)
    para(doc, "De vraag naar verzorgenden in de thuiszorg en de ouderenzorg in Zuid-Holland "
              "Oost blijft de komende jaren groeien. Het Gouwe College en het ROC werken al "
              "enkele jaren samen in oriëntatieprogramma's voor leerlingen Zorg en welzijn. Met "
              "deze overeenkomst bieden zij vanaf schooljaar 2025-2026 een doorlopende leerroute "
              "aan als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel "
              "9.1.2 van de Wet educatie en beroepsonderwijs. De afspraken zijn per onderwerp in "
              "een tabel opgenomen; per afspraak is aangegeven welke partij eigenaar is.",
         space_after=6)

    doc.add_heading("3 Begrippen", level=1)
    table(doc, [
        ["Begrip", "Betekenis"],
        ["Route", "de doorlopende leerroute vmbo-mbo Zorg & Welzijn – Verzorgende-IG, bedoeld in "
                  "paragraaf 4.1"],
        ["Routeteam", "de leiding over de route, bedoeld in paragraaf 4.2"],
        ["vo-fase", "de eerste twee jaren van de route (leerjaar 3 en 4 kaderberoepsgerichte "
                    "leerweg)"],
        ["mbo-fase", "de jaren van de route waarin de deelnemer als student bij het ROC is "
                     "ingeschreven"],
        ["PTA/OER", "het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
                    "examenregeling van de route"],
        ["Werkveld", "de zorg- en welzijnsorganisaties in Zuid-Holland Oost die deelnemen aan "
                     "het regionale zorgpact, waaronder thuiszorgorganisatie Gouwezorg en "
                     "woonzorgcentrum De Rijnhof"],
    ], widths_cm=[3.5, 13], size=9.5)
    para(doc, "")

    doc.add_heading("4 Afspraken", level=1)

    doc.add_heading("4.1 Route en kwalificatie", level=2)
    afspraken([
        ["A1", "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Zorg "
               "en welzijn, van het Gouwe College.", "Gouwe College"],
        ["A2", "De route leidt tot het diploma van de kaderberoepsgerichte leerweg en tot het "
               "mbo-diploma Verzorgende-IG (niveau 3), opleidingsdomein Zorg en welzijn, "
               "beroepsopleidende leerweg, van het ROC.", "beide"],
        ["A3", "De route duurt vijf jaar: twee jaar vo-fase en drie jaar mbo-fase. Het "
               "routeteam kan een leerling die dat aankan een verkort traject van vier jaar "
               "aanbieden.", "routeteam"],
        ["A4", "Beide partijen melden de route vóór 1 oktober 2025 aan in RIO.", "beide"],
    ])

    doc.add_heading("4.2 Leiding van de route", level=2)
    afspraken([
        ["L1", "De leiding over de route berust bij het routeteam. Het routeteam bestaat uit de "
               "teamleider Zorg en welzijn van het Gouwe College, de opleidingsmanager VIG van de "
               "Zorgacademie en een routecoördinator (0,3 fte), die het routeteam voorzit.",
         "beide"],
        ["L2", "De teamleider en de opleidingsmanager worden door het eigen college van bestuur "
               "aangewezen. De routecoördinator wordt door beide colleges van bestuur gezamenlijk "
               "benoemd voor twee schooljaren, na een interne sollicitatieprocedure onder de "
               "docenten van beide partijen.", "colleges van bestuur"],
        ["L3", "Het routeteam heeft tot taak: de jaarplanning, het opstellen van het PTA/OER ter "
               "vaststelling door beide besturen, de toelating van leerlingen tot de route, de "
               "begeleiding van leerlingen, de voorbereiding van overstapbesluiten en de "
               "kwaliteitszorg van de route.", "routeteam"],
        ["L4", "Het routeteam besluit zelfstandig over het rooster, de inzet van de docenten "
               "binnen de door de besturen beschikbaar gestelde uren, de toelating van leerlingen "
               "en de besteding van het routebudget van € 12.000 per jaar. Besluiten met "
               "financiële of personele gevolgen buiten het jaarplan zijn voorbehouden aan de "
               "besturen.", "routeteam"],
    ])

    doc.add_heading("4.3 Verantwoording", level=2)
    afspraken([
        ["V1", "Het routeteam is over de uitvoering van de route verantwoording verschuldigd aan "
               "beide besturen.", "routeteam"],
        ["V2", "De wijze waarop en de momenten waarop het routeteam aan de besturen rapporteert, "
               "worden nader uitgewerkt in het jaarplan 2025-2026. Tot die tijd informeert de "
               "routecoördinator de besturen wanneer daar aanleiding toe is.",
         "routecoördinator"],
    ])

    doc.add_heading("4.4 Inrichting van het onderwijs", level=2)
    afspraken([
        ["I1", "In de vo-fase krijgen de leerlingen les op het Gouwe College in Waddinxveen en "
               "twee dagdelen per week op de Zorgacademie in Alphen aan den Rijn. De mbo-fase "
               "wordt verzorgd op de Zorgacademie.", "routeteam"],
        ["I2", "Het onderwijsprogramma en de examinering per leerjaar worden beschreven in het "
               "PTA/OER, met per onderdeel de vermelding of het tot het vmbo, het mbo of beide "
               "behoort. Het centraal examen kb vindt plaats in het tweede routejaar.",
         "routeteam"],
        ["I3", "Docenten van het Gouwe College verzorgen de algemene vakken en het profielvak "
               "Zorg en welzijn. Docenten verpleegtechnische handelingen van de Zorgacademie "
               "verzorgen vanaf het eerste routejaar de mbo-onderdelen. Voor de geïntegreerde "
               "praktijkmodules vormen zij één team op basis van de teambevoegdheid (art. 7.13a "
               "WVO 2020, art. 9.1.12 WEB). Iedere docent blijft in dienst van de eigen "
               "werkgever.", "beide"],
        ["I4", "Het ROC stelt het skillslab en de oefenwoning van de Zorgacademie beschikbaar "
               "voor de praktijkmodules in de vo-fase. Het Gouwe College stelt zijn "
               "praktijklokaal verzorging beschikbaar voor lessen van docenten van de "
               "Zorgacademie. Het gebruik wordt jaarlijks in het rooster vastgelegd.", "beide"],
        ["I5", "In de vo-fase staat de leerling ingeschreven bij het Gouwe College, in de "
               "mbo-fase bij het ROC. De klachtenregeling van iedere partij geldt ook voor "
               "gedragingen van personeel van de andere partij in de route.", "beide"],
    ])

    doc.add_heading("4.5 Overstapoptie", level=2)
    afspraken([
        ["O1", "Een leerling die de route verlaat voordat hij deze heeft afgerond, krijgt een "
               "passend alternatief dat aansluit bij zijn bereikte onderwijsniveau en leeftijd.",
         "beide"],
        ["O2", "Verlaat de leerling de route in de vo-fase, dan vervolgt hij de reguliere "
               "kaderberoepsgerichte leerweg, profiel Zorg en welzijn, van het Gouwe College en "
               "sluit hij af met het vmbo-diploma.", "Gouwe College"],
        ["O3", "Verlaat de student de route in de mbo-fase, dan kan hij overstappen naar een "
               "andere opleiding van het ROC op niveau 3 of 2, zoals Medewerker maatschappelijke "
               "zorg (niveau 3) of Helpende zorg en welzijn (niveau 2).", "ROC"],
        ["O4", "Voor een overstap naar een andere opleiding van het ROC gelden de gewone "
               "toelatingsregels: de leerling moet beschikken over het vmbo-diploma dat voor die "
               "opleiding vereist is. Een leerling die het vmbo-diploma nog niet heeft, rondt "
               "eerst het vmbo af.", "ROC"],
        ["O5", "Het besluit over de overstap wordt gezamenlijk genomen door de teamleider van het "
               "Gouwe College en de opleidingsmanager van de Zorgacademie, na een gesprek met de "
               "leerling en zijn ouders.", "routeteam"],
    ])

    doc.add_heading("4.6 Bekostiging", level=2)
    afspraken([
        ["B1", "Het Gouwe College draagt op grond van artikel 5.42a WVO 2020 over de vo-fase 20 "
               "procent van de personele lumpsumbekostiging per routeleerling over aan het ROC.",
         "Gouwe College"],
        ["B2", "Het overgedragen bedrag is bestemd voor de inzet van docenten van de "
               "Zorgacademie in de vo-fase en voor het gebruik van het skillslab en de "
               "oefenwoning.", "ROC"],
        ["B3", "De overdracht vindt jaarlijks in januari plaats op basis van het aantal "
               "routeleerlingen op 1 oktober. Het ROC draagt geen bekostiging over aan het Gouwe "
               "College.", "beide"],
    ])

    doc.add_heading("4.7 Medezeggenschap", level=2)
    afspraken([
        ["M1", "De medezeggenschapsraad van het Gouwe College en de studentenraad van het ROC "
               "hebben adviesrecht over het jaarplan van de route en over iedere wijziging van "
               "deze overeenkomst. Het routeteam legt die stukken vóór vaststelling aan beide "
               "raden voor.", "routeteam"],
        ["M2", "De leerlingen in het tweede routejaar wijzen jaarlijks één vertegenwoordiger aan "
               "die als waarnemer met spreekrecht de vergaderingen van de studentenraad van het "
               "ROC bijwoont.", "ROC"],
    ])

    doc.add_heading("4.8 Geschillen", level=2)
    afspraken([
        ["G1", "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
               "besproken in het routeteam en, als dat binnen vier weken geen oplossing geeft, in "
               "een bestuurlijk overleg van beide voorzitters van de colleges van bestuur.",
         "beide"],
        ["G2", "Leidt het bestuurlijk overleg niet binnen zes weken tot een oplossing, dan wordt "
               "het geschil beslecht door arbitrage volgens het Arbitragereglement van het "
               "Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter; de "
               "plaats van arbitrage is Gouda.", "beide"],
    ])

    doc.add_heading("4.9 Toetreding, wijziging en beëindiging", level=2)
    afspraken([
        ["T1", "Een andere school in Zuid-Holland Oost met het profiel Zorg en welzijn in de "
               "kaderberoepsgerichte leerweg kan toetreden als beide besturen schriftelijk "
               "instemmen en de school een toetredingsverklaring tekent waarin zij deze "
               "overeenkomst aanvaardt. De toetreding gaat in bij het begin van een schooljaar en "
               "wordt bij DUO gemeld; zij heeft geen gevolgen voor leerlingen die al in de route "
               "zitten.", "beide"],
        ["T2", "Deze overeenkomst wordt alleen schriftelijk gewijzigd, na advies van de raden "
               "bedoeld in M1 en met ondertekening door beide besturen. Een wijziging gaat in bij "
               "het begin van een schooljaar.", "beide"],
        ["T3", "Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een "
               "opzegtermijn van twaalf maanden.", "beide"],
        ["T4", "Na opzegging stroomt geen nieuw cohort meer in. Leerlingen en studenten die op "
               "dat moment in de route zitten, ronden de route af; partijen blijven de afspraken "
               "in deze overeenkomst voor hen nakomen.", "beide"],
    ])

    doc.add_heading("5 Ondertekening", level=1)
    table(doc, [
        ["Stichting Voortgezet Onderwijs Groene Hart Oost", "Stichting ROC Rijn en Gouwe"],
        ["Waddinxveen, 30 juni 2025\n\n\nJ.W. de Bruijn\nvoorzitter college van bestuur",
         "Alphen aan den Rijn, 30 juni 2025\n\n\nR. Verkerk MBA\nvoorzitter college van "
         "bestuur"],
    ], widths_cm=[8.2, 8.2], style="Normal Table")

    save_docx(doc, path, "SOK DLR Zorg & Welzijn – VIG", "S. el Amrani")


# ============================================================================================
# h62 - Baronie - PDF - lang, hoofdstukken en artikelen, vier bijlagen
# ============================================================================================

@sample(
    "h62", "h62_lang_hoofdstukken_bijlagen_baronie", "pdf",
    "Lange PDF (titelblad, inhoud, zeven hoofdstukken met 24 artikelen, leden '(n)', vier "
    "bijlagen met tabellen en een model-toetredingsverklaring); De Baronie (Breda); M&T kb -> "
    "Eerste autotechnicus / Eerste bedrijfsautotechnicus niveau 3; overdracht in twee "
    "richtingen met omvang en bestemming; routecommissie van MR en studentenraad; bindend "
    "advies dan rechter; volledig.",
    "p p p p p p p p p p",
    {"a": "Profiel en kwalificaties", "b": "Betrokkenheid van de autobranche",
     "c": "Routedirectie", "d": "Informatieverstrekking en verantwoording",
     "e": "Inrichting van de route", "f": "Overstapoptie",
     "g": "Overdracht van bekostiging", "h": "Medezeggenschap", "i": "Geschillen",
     "j": "Toetreding, wijziging en beëindiging"},
)
def build_h62(path):
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (Paragraph, Spacer, PageBreak, Table, TableStyle,
                                    CondPageBreak)

    S = pdf_styles("Times-Roman", 10.5)
    story = []
    P = lambda t, st="just": story.append(Paragraph(t, S[st]))  # noqa: E731

    chapters = []  # for the table of contents

    def HST(num, title):
        chapters.append(("ch", f"Hoofdstuk {num}  {title}"))
        story.append(CondPageBreak(4 * cm))
        story.append(Paragraph(f"HOOFDSTUK {num}<br/>{title}", S["h1"]))

    def ART(num, title):
        chapters.append(("art", f"Artikel {num}  {title}"))
        story.append(Paragraph(f"Artikel {num} – {title}", S["h2"]))

    def LEDEN(*items):
        i = 0
        for t in items:
            if isinstance(t, tuple):
                for sub in t:
                    story.append(Paragraph(sub, S["item2"]))
            else:
                i += 1
                story.append(Paragraph(f"({i})&nbsp;&nbsp;{t}", S["item"]))

    # ------------------------------------------------------------------------ Hoofdstuk I
    HST("I", "Algemeen")
    ART(1, "Begripsbepalingen")
    P("In deze overeenkomst wordt verstaan onder:")
    for t in [
        "a.&nbsp;&nbsp;<i>de School</i>: Stichting Katholiek Voortgezet Onderwijs De Baronie, "
        "als bevoegd gezag van het Mastbos Vakcollege te Breda;",
        "b.&nbsp;&nbsp;<i>het ROC</i>: Stichting Regionaal Opleidingencentrum De Baronie, als "
        "bevoegd gezag van het ROC De Baronie, dat de route verzorgt via het Baronie Techniek "
        "College te Breda;",
        "c.&nbsp;&nbsp;<i>de route</i>: de doorlopende leerroute vmbo-mbo bedoeld in artikel 3;",
        "d.&nbsp;&nbsp;<i>routejaar</i>: een studiejaar van de route, waarbij routejaar 1 "
        "samenvalt met leerjaar 3 van de School;",
        "e.&nbsp;&nbsp;<i>deelnemer</i>: een leerling of student die aan de route deelneemt;",
        "f.&nbsp;&nbsp;<i>routedirectie</i>: de leiding over de route, bedoeld in artikel 6;",
        "g.&nbsp;&nbsp;<i>PTA/OER</i>: het gezamenlijke programma van toetsing en afsluiting en de "
        "onderwijs- en examenregeling voor de route;",
        "h.&nbsp;&nbsp;<i>colleges</i>: het college van bestuur van de School en het college van "
        "bestuur van het ROC.",
    ]:
        P(t, "item")
    ART(2, "Doel en reikwijdte")
    LEDEN(
        "Partijen verzorgen gezamenlijk de route op grond van artikel 2.107b van de Wet "
        "voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs.",
        "Doel van de route is deelnemers zonder onnodige overlap of onderbreking op te leiden "
        "tot vakkracht in de autobranche van West-Brabant, met een diploma op niveau 3.",
        "Deze overeenkomst regelt de samenwerking tussen partijen. Rechten van deelnemers "
        "vloeien voort uit de schoolgids, het studentenstatuut en de onderwijsovereenkomst.",
    )

    # ------------------------------------------------------------------------ Hoofdstuk II
    HST("II", "De route")
    ART(3, "Profiel en kwalificaties")
    LEDEN(
        "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg van de School, "
        "profiel <b>Mobiliteit en transport</b>.",
        "De route leidt tot het diploma van de kaderberoepsgerichte leerweg en tot het diploma "
        "van een van de volgende vakopleidingen (niveau 3) in het aanverwante opleidingsdomein "
        "Mobiliteit en voertuigen, in de beroepsopleidende leerweg: <b>Eerste autotechnicus</b> "
        "of <b>Eerste bedrijfsautotechnicus</b>.",
        "De deelnemer kiest de kwalificatie uiterlijk aan het einde van routejaar 2, na een "
        "loopbaangesprek met zijn mentor en een docent van het ROC.",
        "De nominale duur van de route is vijf routejaren.",
    )
    ART(4, "Toelating")
    LEDEN(
        "Leerlingen melden zich in leerjaar 2 aan. De routedirectie beslist over toelating op "
        "basis van het advies van de mentor en een kennismakingsgesprek met de leerling en zijn "
        "ouders.",
        "Per routejaar worden ten hoogste twee groepen van zestien deelnemers toegelaten.",
    )
    ART(5, "Melding")
    P("Partijen melden de route gezamenlijk aan de Minister via RIO vóór 1 oktober 2025 en "
      "houden de registratie actueel.")

    # ------------------------------------------------------------------------ Hoofdstuk III
    HST("III", "Bestuur en organisatie van de route")
    ART(6, "Routedirectie")
    LEDEN(
        "De leiding over de route berust bij de routedirectie. De routedirectie bestaat uit de "
        "adjunct-directeur van het Mastbos Vakcollege, de sectordirecteur techniek van het "
        "Baronie Techniek College en een routemanager.",
        "De adjunct-directeur en de sectordirecteur hebben zitting uit hoofde van hun functie. "
        "De routemanager wordt bij gezamenlijk besluit van de colleges benoemd, geschorst en "
        "ontslagen, voor een termijn van vier jaar die eenmaal kan worden verlengd. Het ROC is "
        "werkgever van de routemanager.",
        "De routedirectie kiest uit haar midden een voorzitter en vergadert ten minste eenmaal "
        "per maand.",
    )
    ART(7, "Taken en bevoegdheden van de routedirectie")
    LEDEN(
        "De colleges dragen de volgende taken op aan de routedirectie:",
        (
            "a.&nbsp;&nbsp;de dagelijkse leiding en de organisatie van de route;",
            "b.&nbsp;&nbsp;het opstellen van het PTA/OER en het jaarlijkse routeplan, ter "
            "vaststelling door de colleges;",
            "c.&nbsp;&nbsp;de toelating van deelnemers (artikel 4);",
            "d.&nbsp;&nbsp;de inzet van het door partijen beschikbaar gestelde personeel en "
            "het gebruik van de faciliteiten;",
            "e.&nbsp;&nbsp;de contacten met de autobranche (artikel 9);",
            "f.&nbsp;&nbsp;het voorstellen van overstapbesluiten (artikel 14).",
        ),
        "De routedirectie is bevoegd om binnen het vastgestelde routeplan en de daarbij "
        "behorende begroting zelfstandig besluiten te nemen en verplichtingen aan te gaan tot "
        "een bedrag van € 15.000 per geval.",
        "Aan de colleges blijven voorbehouden: de vaststelling van het PTA/OER, het routeplan en "
        "de begroting; besluiten over benoeming en ontslag van personeel; verplichtingen boven "
        "het in lid 2 genoemde bedrag; en wijziging van deze overeenkomst.",
    )
    ART(8, "Informatieverstrekking en verantwoording")
    LEDEN(
        "De routedirectie stuurt de colleges binnen vier weken na afloop van ieder kwartaal een "
        "kwartaalrapportage over deelnemersaantallen, verzuim, voortgang, overstappen en "
        "uitputting van de begroting.",
        "Vóór 1 november van ieder jaar legt de routedirectie aan beide colleges een jaarverslag "
        "over het afgelopen schooljaar voor, met een financiële verantwoording, de resultaten "
        "van de examens en de uitkomsten van de studenttevredenheidsmeting.",
        "De colleges voeren twee keer per jaar bestuurlijk overleg met de routedirectie, in "
        "december en in juni. In het overleg van december legt de routedirectie verantwoording "
        "af over het jaarverslag. De colleges stellen het jaarverslag vast en kunnen de "
        "routedirectie aanwijzingen geven.",
        "De routedirectie verstrekt ieder college op verzoek alle overige inlichtingen.",
    )
    ART(9, "Betrokkenheid van de autobranche")
    LEDEN(
        "Partijen betrekken de autobranche via een Branchetafel Mobiliteit Baronie, waarin "
        "zitting hebben vertegenwoordigers van BOVAG-leden in de regio, waaronder Autobedrijf "
        "Van Gils te Breda en Truckcenter Baronie te Oosterhout, en een adviseur van SBB.",
        "De Branchetafel komt ten minste drie keer per schooljaar bijeen en adviseert de "
        "routedirectie over het PTA/OER, de keuzedelen en de inzet van nieuwe technieken, zoals "
        "elektrische en waterstofaandrijving.",
        "De leerbedrijven aan de Branchetafel verzorgen in routejaar 1 en 2 per groep ten minste "
        "vier praktijkopdrachten en twee bedrijfsbezoeken, bieden vanaf routejaar 3 "
        "bpv-plaatsen aan en leveren beoordelaars voor de proeven van bekwaamheid.",
    )

    # ------------------------------------------------------------------------ Hoofdstuk IV
    HST("IV", "Inrichting van de route")
    ART(10, "Onderwijsprogramma en examinering")
    LEDEN(
        "Partijen beschrijven het onderwijsprogramma, de examinering en de "
        "beroepspraktijkvorming per routejaar in het PTA/OER. Bijlage 1 geeft daarvan een "
        "overzicht. Het PTA/OER vermeldt welke onderdelen tot het vmbo-programma, welke tot het "
        "mbo-programma en welke tot beide behoren, en welke onderdelen door een team worden "
        "verzorgd.",
        "Het centraal examen van de kaderberoepsgerichte leerweg wordt afgenomen in routejaar 2. "
        "De School blijft verantwoordelijk voor het eindexamen van een deelnemer die in "
        "routejaar 3 nog vmbo-onderdelen moet afronden.",
        "Mbo-examens kunnen vanaf routejaar 1 worden afgenomen, onder verantwoordelijkheid van "
        "de examencommissie van het ROC.",
    )
    ART(11, "Locaties en faciliteiten")
    LEDEN(
        "Routejaar 1 en 2 worden verzorgd op het Mastbos Vakcollege en, twee dagen per week, in "
        "de autowerkplaats van het Baronie Techniek College. Vanaf routejaar 3 wordt de route "
        "verzorgd op het Baronie Techniek College en bij de leerbedrijven.",
        "Het ROC stelt de autowerkplaats, de diagnoseapparatuur, de hoogvoltwerkplek en de "
        "leslokalen van het Baronie Techniek College beschikbaar. De School stelt haar "
        "praktijklokaal mobiliteit en haar theorielokalen beschikbaar voor lessen die docenten "
        "van het ROC op het Mastbos Vakcollege verzorgen.",
        "De routedirectie legt de verdeling van de ruimten jaarlijks vast in het routeplan. "
        "Iedere partij draagt zorg voor onderhoud en verzekering van de eigen faciliteiten.",
    )
    ART(12, "Inzet van personeel")
    LEDEN(
        "De School zet voor de route docenten in voor de algemene vakken en het profielvak "
        "Mobiliteit en transport; het ROC zet docenten en praktijkinstructeurs autotechniek in.",
        "De docenten vormen één routeteam. Voor de in het PTA/OER aangewezen vak- en "
        "sectoroverstijgende onderdelen maken partijen gebruik van de teambevoegdheid "
        "(artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); voor ieder onderdeel is ten minste één "
        "daartoe bevoegde docent betrokken.",
        "Personeel blijft in dienst van de eigen werkgever en valt onder diens rechtspositie. "
        "Partijen stellen ieder schooljaar ten minste twee gezamenlijke scholingsdagen voor het "
        "routeteam beschikbaar.",
    )
    ART(13, "Begeleiding, inschrijving, verzuim en klachten")
    LEDEN(
        "In routejaar 1 en 2 is de deelnemer als leerling ingeschreven bij de School; vanaf "
        "routejaar 3 als student bij het ROC. Iedere partij meldt verzuim over de periode waarin "
        "de deelnemer bij haar is ingeschreven.",
        "Iedere deelnemer heeft één vaste mentor of studieloopbaanbegeleider, die bij de "
        "overgang naar routejaar 3 een warme overdracht verzorgt.",
        "De klachtenregeling van iedere partij is ook van toepassing op gedragingen van "
        "personeel van de andere partij in het kader van de route. Partijen verlenen elkaar "
        "medewerking bij de behandeling van klachten.",
    )
    ART(14, "Overstapoptie")
    LEDEN(
        "Wordt de deelname aan de route beëindigd voordat de deelnemer die met goed gevolg "
        "heeft afgerond, dan stellen partijen hem in staat een vmbo-diploma of een diploma van "
        "een beroepsopleiding te behalen dat past bij het naar hun gezamenlijk oordeel bereikte "
        "onderwijsniveau en bij zijn leeftijd.",
        "Partijen hanteren de volgende kaders:",
        (
            "a.&nbsp;&nbsp;beëindiging in routejaar 1 of 2: voortzetting in de reguliere "
            "kaderberoepsgerichte leerweg van de School, in hetzelfde of een ander profiel, "
            "gericht op het vmbo-diploma;",
            "b.&nbsp;&nbsp;afgewezen voor het eindexamen: herkansing of doubleren bij de School, "
            "dan wel instroom zonder vmbo-diploma in een opleiding van het ROC op niveau 2 of 3, "
            "waaronder Autotechnicus (niveau 2);",
            "c.&nbsp;&nbsp;beëindiging vanaf routejaar 3: overstap naar een andere opleiding van "
            "het ROC op hetzelfde niveau, zoals Eerste monteur mobiele werktuigen of een "
            "logistieke opleiding, of op niveau 2 als niveau 3 niet haalbaar is;",
            "d.&nbsp;&nbsp;overstap naar een andere school of instelling: begeleiding bij de "
            "aanmelding en aanlevering van gegevens voor een geschiktheidsonderzoek.",
        ),
        "Voor een overstap binnen het ROC gelden de vooropleidingseisen niet.",
        "Het overstapbesluit wordt gezamenlijk genomen door de adjunct-directeur van het "
        "Mastbos Vakcollege en de sectordirecteur techniek van het Baronie Techniek College, op "
        "voorstel van de routedirectie en na een gesprek met de deelnemer en, zo hij minderjarig "
        "is, zijn ouders. Bijlage 3 beschrijft het verloop van dat gesprek en de termijnen; de "
        "werkwijze wordt opgenomen in de schoolgids en het studentenstatuut.",
    )

    # ------------------------------------------------------------------------ Hoofdstuk V
    HST("V", "Financiën en medezeggenschap")
    ART(15, "Overdracht van bekostiging")
    LEDEN(
        "De School draagt met toepassing van artikel 5.42a WVO 2020 over routejaar 1 en 2 een "
        "bedrag van € 1.600 per deelnemer per schooljaar over aan het ROC. Dit bedrag is bestemd "
        "voor de inzet van docenten en praktijkinstructeurs van het ROC in routejaar 1 en 2, "
        "voor het gebruik van de autowerkplaats en de diagnoseapparatuur en voor verbruiksmaterialen.",
        "Het ROC draagt met toepassing van artikel 9.1.15 WEB een bedrag van € 350 per student "
        "over aan de School voor iedere student die in routejaar 3 nog vmbo-onderdelen afrondt. "
        "Dit bedrag is bestemd voor de examinering en de begeleiding van die student door de "
        "School.",
        "Peildatum is 1 oktober van het betreffende schooljaar. Het betaalschema en de jaarlijkse "
        "indexering zijn opgenomen in bijlage 2.",
    )
    ART(16, "Overige kosten")
    P("Voor het overige draagt iedere partij de kosten van het eigen personeel, de eigen "
      "faciliteiten en de eigen administratie. Iedere partij is verzekerd voor "
      "aansprakelijkheid voor schade die haar personeel in het kader van de route veroorzaakt.")
    ART(17, "Medezeggenschap")
    LEDEN(
        "Op de deelnemers en hun ouders en op het personeel van de School is in routejaar 1 en 2 "
        "de Wet medezeggenschap op scholen van toepassing; vanaf routejaar 3 zijn op de "
        "deelnemers en hun ouders de bepalingen van hoofdstuk 8a WEB en op het personeel van het "
        "ROC de Wet op de ondernemingsraden van toepassing.",
        "Partijen spreken aanvullend af dat de medezeggenschapsraad van de School en de "
        "studentenraad van het ROC ieder twee leden aanwijzen in een gezamenlijke routecommissie "
        "medezeggenschap. De routecommissie voert ten minste twee keer per schooljaar overleg "
        "met de routedirectie, ontvangt de kwartaalrapportages en het jaarverslag, en bereidt "
        "de adviezen van beide raden over het routeplan en het PTA/OER voor.",
        "De routedirectie legt het routeplan, het PTA/OER en voorstellen tot wijziging van deze "
        "overeenkomst vóór vaststelling voor advies voor aan de medezeggenschapsraad van de "
        "School en de studentenraad van het ROC. De bevoegdheden van de raden op grond van de "
        "wet blijven onverkort.",
    )

    # ------------------------------------------------------------------------ Hoofdstuk VI
    HST("VI", "Toetreding, wijziging en beëindiging")
    ART(18, "Toetreding")
    LEDEN(
        "Een andere school voor voortgezet onderwijs met het profiel Mobiliteit en transport of "
        "een andere instelling voor beroepsonderwijs in het opleidingsdomein Mobiliteit en "
        "voertuigen kan partij worden bij deze overeenkomst.",
        "Toetreding vereist een schriftelijk besluit van beide colleges en ondertekening door de "
        "toetredende partij van een toetredingsverklaring volgens het model in bijlage 4. De "
        "toetredende partij aanvaardt daarmee alle rechten en verplichtingen uit deze "
        "overeenkomst.",
        "De toetreding gaat in per 1 augustus en wordt door alle partijen bij DUO gemeld. "
        "Deelnemers die vóór de toetreding aan de route zijn begonnen, vervolgen hun route "
        "ongewijzigd.",
    )
    ART(19, "Wijziging")
    LEDEN(
        "Wijziging van deze overeenkomst of van de bijlagen 1 tot en met 3 geschiedt uitsluitend "
        "schriftelijk, door ondertekening door alle partijen, na advies van de raden bedoeld in "
        "artikel 17, derde lid.",
        "Een wijziging die gevolgen heeft voor het programma van deelnemers, gaat niet eerder in "
        "dan bij de start van het volgende schooljaar en geldt niet voor deelnemers die het "
        "laatste routejaar volgen.",
    )
    ART(20, "Duur en opzegging")
    LEDEN(
        "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.",
        "Iedere partij kan de overeenkomst opzeggen met een opzegtermijn van ten minste "
        "achttien maanden, tegen 1 augustus van een schooljaar, bij aangetekende brief aan de "
        "andere partij.",
        "Iedere partij kan de overeenkomst met onmiddellijke ingang ontbinden als de andere "
        "partij ondanks schriftelijke ingebrekestelling haar verplichtingen ernstig blijft "
        "schenden, of de bevoegdheid verliest het profiel of de opleidingen te verzorgen.",
    )
    ART(21, "Gevolgen van beëindiging voor deelnemers")
    LEDEN(
        "Na opzegging of ontbinding worden geen nieuwe deelnemers meer toegelaten.",
        "Deelnemers die op het moment van opzegging of ontbinding aan de route deelnemen, kunnen "
        "de route afronden. Partijen blijven daartoe de artikelen 6 tot en met 17 nakomen tot "
        "de laatste deelnemer de route heeft verlaten, tenzij dat na ontbinding redelijkerwijs "
        "niet mogelijk is; in dat geval bieden partijen iedere deelnemer een overstap volgens "
        "artikel 14.",
    )

    # ------------------------------------------------------------------------ Hoofdstuk VII
    HST("VII", "Slotbepalingen")
    ART(22, "Geschillen")
    LEDEN(
        "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
        "voorgelegd aan de routedirectie en, als het niet binnen drie weken is opgelost, aan "
        "het bestuurlijk overleg bedoeld in artikel 8, derde lid, dat binnen vier weken bijeen "
        "komt.",
        "Is het geschil ook dan niet opgelost, dan wordt het voorgelegd aan een "
        "geschillencommissie van drie leden. Iedere partij wijst een lid aan; deze twee wijzen "
        "samen een voorzitter aan die geen band heeft met een van partijen. De commissie doet "
        "binnen twee maanden een bindend advies.",
        "Geschillen over de geldigheid of de uitvoering van een bindend advies worden "
        "voorgelegd aan de bevoegde rechter van de Rechtbank Zeeland-West-Brabant, locatie "
        "Breda.",
    )
    ART(23, "Gegevensuitwisseling")
    P("Partijen wisselen alleen de persoonsgegevens van deelnemers uit die nodig zijn voor de "
      "uitvoering van de route en leggen de afspraken daarover vast in een "
      "gegevensdelingsovereenkomst.")
    ART(24, "Bijlagen")
    P("De bijlagen 1 tot en met 4 maken deel uit van deze overeenkomst. Bij strijd gaat de "
      "tekst van de artikelen voor.")
    story.append(Spacer(1, 0.5 * cm))
    P("Aldus overeengekomen en in tweevoud getekend.")
    sig = Table([
        [Paragraph("<b>Stichting Katholiek Voortgezet Onderwijs De Baronie</b>", S["cell"]),
         Paragraph("<b>Stichting Regionaal Opleidingencentrum De Baronie</b>", S["cell"])],
        [Paragraph("Breda, 30 juni 2025<br/><br/><br/>drs. A.M. van Dongen<br/>voorzitter "
                   "college van bestuur", S["cell"]),
         Paragraph("Breda, 30 juni 2025<br/><br/><br/>ing. F.J.M. Oomen<br/>voorzitter "
                   "college van bestuur", S["cell"])],
    ], colWidths=[8 * cm, 8 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)

    # ------------------------------------------------------------------------ Bijlagen
    story.append(PageBreak())
    story.append(Paragraph("Bijlage 1 – Overzicht programma en examinering per routejaar",
                           S["h1"]))
    rows = [["Routejaar", "Inschrijving", "Waar", "Programma", "Examinering"],
            ["1", "School", "Mastbos; 2 dagen BTC", "AVO, profielvak M&amp;T, basis "
             "voertuigtechniek, veilig werken", "schoolexamen vmbo; mbo: VCA-basis"],
            ["2", "School", "Mastbos; 2 dagen BTC", "AVO, profielvak, keuzevakken, elektrische "
             "systemen", "centraal examen kb; mbo: onderhoud personenauto"],
            ["3", "ROC", "BTC en leerbedrijf", "kerntaken niveau 3, keuzedelen", "bpv 20 "
             "weken; mbo-examens"],
            ["4", "ROC", "BTC en leerbedrijf", "diagnose, hoogvolt, bedrijfsauto (bij keuze)",
             "bpv 20 weken; proeven van bekwaamheid"],
            ["5", "ROC", "leerbedrijf en BTC", "afronding kwalificatie", "diplomering niveau 3"]]
    t = Table([[Paragraph(c, S["cellb" if i == 0 else "cell"]) for c in r]
               for i, r in enumerate(rows)],
              colWidths=[2.1 * cm, 2.2 * cm, 3.2 * cm, 4.6 * cm, 4.3 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 0.3 * cm)]
    P("BTC = Baronie Techniek College. Het volledige PTA/OER wordt ieder jaar vóór 1 juli door "
      "de colleges vastgesteld.", "small")

    story.append(Paragraph("Bijlage 2 – Betaalschema overdracht van bekostiging", S["h1"]))
    rows = [["Overdracht", "Bedrag", "Grondslag", "Bestemming", "Betaling"],
            ["School → ROC", "€ 1.600 per deelnemer per schooljaar", "deelnemers routejaar 1 "
             "en 2 op 1 oktober", "docenten en instructeurs ROC, werkplaats, diagnoseapparatuur, "
             "verbruiksmaterialen", "50% in januari, 50% in juni"],
            ["ROC → School", "€ 350 per student", "studenten routejaar 3 met open "
             "vmbo-onderdelen op 1 oktober", "examinering en begeleiding door de School",
             "in maart"]]
    t = Table([[Paragraph(c, S["cellb" if i == 0 else "cell"]) for c in r]
               for i, r in enumerate(rows)],
              colWidths=[2.4 * cm, 3.0 * cm, 3.4 * cm, 4.6 * cm, 3.0 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 0.3 * cm)]
    P("De bedragen worden jaarlijks per 1 augustus geïndexeerd met het percentage waarmee de "
      "rijksbijdrage voor het voortgezet onderwijs is aangepast.", "small")

    story.append(Paragraph("Bijlage 3 – Overstapprotocol", S["h1"]))
    for t in [
        "1.&nbsp;&nbsp;Signaal: de mentor of studieloopbaanbegeleider meldt aan de routedirectie "
        "dat een deelnemer de route mogelijk verlaat.",
        "2.&nbsp;&nbsp;Binnen twee weken voert de routemanager een oriënterend gesprek met de "
        "deelnemer en zijn ouders over de redenen en de mogelijkheden.",
        "3.&nbsp;&nbsp;De routedirectie stelt een overstapvoorstel op met de gekozen optie "
        "volgens artikel 14, tweede lid, en het bereikte niveau.",
        "4.&nbsp;&nbsp;Binnen vier weken na het gesprek nemen de adjunct-directeur en de "
        "sectordirecteur samen het besluit; de deelnemer ontvangt het schriftelijk.",
        "5.&nbsp;&nbsp;De nieuwe mentor of begeleider ontvangt een warme overdracht; na drie "
        "maanden volgt een evaluatiegesprek.",
    ]:
        P(t, "item")

    story.append(Paragraph("Bijlage 4 – Model toetredingsverklaring", S["h1"]))
    for t in [
        "Ondergetekende, ....................................................., bevoegd gezag "
        "van ....................................................., verklaart toe te treden tot de "
        "samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Mobiliteit en transport – "
        "Autotechniek van 30 juni 2025 tussen Stichting Katholiek Voortgezet Onderwijs De "
        "Baronie en Stichting Regionaal Opleidingencentrum De Baronie, en aanvaardt alle daaruit "
        "voortvloeiende rechten en verplichtingen met ingang van 1 augustus ..........",
        "Plaats en datum: ..............................     Handtekening: "
        "..............................",
    ]:
        P(t)

    # ------------------------------------------------------------------------ title + ToC
    front = []
    front.append(Spacer(1, 4.5 * cm))
    front.append(Paragraph("SAMENWERKINGSOVEREENKOMST", S["title"]))
    front.append(Paragraph("doorlopende leerroute vmbo-mbo<br/>Mobiliteit en transport – "
                           "Autotechniek", S["subtitle"]))
    front.append(Spacer(1, 1.5 * cm))
    front.append(Paragraph("tussen", S["subtitle"]))
    front.append(Paragraph("Stichting Katholiek Voortgezet Onderwijs De Baronie<br/>"
                           "(Mastbos Vakcollege)", S["subtitle"]))
    front.append(Paragraph("en", S["subtitle"]))
    front.append(Paragraph("Stichting Regionaal Opleidingencentrum De Baronie<br/>(Baronie "
                           "Techniek College)", S["subtitle"]))
    front.append(Spacer(1, 2.5 * cm))
    front.append(Paragraph("Breda, 30 juni 2025 – kenmerk BTC/MV/2025-118", S["subtitle"]))
    front.append(PageBreak())
    front.append(Paragraph("Inhoud", S["h1"]))
    for kind, txt in chapters:
        front.append(Paragraph(txt, S["body"] if kind == "ch" else S["small"]))
    front.append(Paragraph("Bijlagen 1 – 4", S["body"]))
    front.append(PageBreak())

    def on_page(c, d):
        n = c.getPageNumber()
        if n == 1:
            return
        c.saveState()
        c.setFont("Times-Italic", 8.5)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(2.3 * cm, 28.4 * cm, "Samenwerkingsovereenkomst DLR Autotechniek – "
                                          "Mastbos Vakcollege / Baronie Techniek College")
        c.line(2.3 * cm, 28.25 * cm, 18.7 * cm, 28.25 * cm)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(10.5 * cm, 1.3 * cm, f"Pagina {n}")
        c.restoreState()

    build_pdf(path, front + story, "Samenwerkingsovereenkomst DLR Autotechniek Baronie",
              "Bestuursbureau ROC De Baronie", on_page=on_page)


# ============================================================================================
# h63 - IJsselmond(e) - DOCX - kort, getypte nummering, deels uit het format overgenomen
# ============================================================================================

@sample(
    "h63", "h63_kort_genummerd_ijsselmond", "docx",
    "Korte DOCX (anderhalve pagina, getypte koppen '1.'-'7.', considerans met "
    "opsommingstekens); IJsselmonde (Ridderkerk/Barendrecht); BWI bb -> Timmerman niveau 2; "
    "bedrijfsleven alleen de wettekst; leiding nog stippellijnen en de bracketinstructie uit "
    "het format; geen woord over geld; geschillen alleen in de considerans; geen "
    "medezeggenschap; route, verslag, inrichting, overstap en looptijd/toetreding wel "
    "geregeld.",
    "p w w p p p m na m p",
    {"a": "De route", "d": "Verantwoording", "e": "Onderwijs en organisatie",
     "f": "Overstap", "j": "Looptijd, wijziging, opzegging en toetreding"},
)
def build_h63(path):
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = new_docx(font="Calibri", size=11)
    for s in doc.sections:
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)

    def kop(t):
        p = para(doc, t, bold=True, space_after=2, keep_next=True)
        p.paragraph_format.space_before = Pt(8)
        return p

    def tekst(t):
        p = para(doc, t, space_after=4)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    para(doc, "SAMENWERKINGSOVEREENKOMST", bold=True, size=14, space_after=0)
    para(doc, "doorlopende leerroute vmbo-mbo Bouwen, wonen en interieur – Timmerman", size=12,
         space_after=10)

    tekst("**Partijen:**")
    for t in [
        "Stichting PC Voortgezet Onderwijs Ridderkerk, bevoegd gezag van het Reijerwaard "
        "Vakcollege te Ridderkerk, vertegenwoordigd door de heer B. de Jong, "
        "directeur-bestuurder (hierna: de school);",
        "Stichting ROC Rijnmond-Zuid, bevoegd gezag van ROC Rijnmond-Zuid, waartoe het "
        "Bouwcollege Barendrecht behoort, vertegenwoordigd door mevrouw dr. L. Sedney, lid "
        "college van bestuur (hierna: het ROC);",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    tekst("**Overwegende dat:**")
    for t in [
        "partijen sinds 2021 op IJsselmonde samenwerken in de vakmanschapsroute bouw;",
        "partijen deze samenwerking vanaf schooljaar 2025-2026 willen voortzetten als "
        "doorlopende leerroute vmbo-mbo;",
        "partijen eventuele geschillen over de uitvoering van deze overeenkomst bij voorkeur "
        "snel en zonder tussenkomst van derden willen oplossen;",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    tekst("verklaren te zijn overeengekomen:")

    kop("1. De route")
    tekst("De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Bouwen, "
          "wonen en interieur, van de school. De route leidt tot het vmbo-diploma van de "
          "basisberoepsgerichte leerweg en tot het mbo-diploma Timmerman (niveau 2), "
          "opleidingsdomein Bouw en infra, van het ROC. De route duurt vier jaar. Partijen "
          "melden de route gezamenlijk aan bij DUO.")

    kop("2. Bedrijfsleven")
    tekst("Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute.")

    kop("3. Leiding")
    tekst("De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet van:")
    tekst("[samenstelling leiding, wijze van benoeming, taken en bevoegdheden]")
    tekst("………………………………………………………………………………………………………………………………")
    tekst("………………………………………………………………………………………………………………………………")

    kop("4. Verantwoording")
    tekst("De coördinatoren van de route sturen beide besturen twee keer per jaar, in januari en "
          "in juli, een schriftelijk verslag over het aantal leerlingen, de resultaten en de "
          "uitval. Zij bespreken het verslag van juli in september met de directeur-bestuurder "
          "van de school en het lid van het college van bestuur van het ROC en leggen daarbij "
          "verantwoording af over het afgelopen schooljaar.")

    kop("5. Onderwijs en organisatie")
    tekst("In de eerste twee jaar van de route krijgen de leerlingen les op het Reijerwaard "
          "Vakcollege in Ridderkerk en één dag per week in de timmerwerkplaats van het "
          "Bouwcollege in Barendrecht. De laatste twee jaar worden verzorgd op het Bouwcollege. "
          "Programma en examens per leerjaar staan in het gezamenlijke PTA/OER. Docenten BWI van "
          "de school en timmerdocenten van het ROC geven samen les als één team; timmerdocenten "
          "van het ROC verzorgen ook in de eerste twee jaar de mbo-onderdelen. Het ROC stelt de "
          "timmerwerkplaats en de machinale houtbewerking beschikbaar, de school haar "
          "praktijklokaal BWI. Ieder blijft werkgever van het eigen personeel.")

    kop("6. Overstap")
    tekst("Stopt een leerling in de eerste twee jaar met de route, dan gaat hij verder in de "
          "basisberoepsgerichte leerweg van de school, in hetzelfde of een ander profiel, en "
          "haalt hij daar zijn vmbo-diploma. Stopt hij later, dan kan hij overstappen naar een "
          "andere opleiding op niveau 2 van het ROC, bijvoorbeeld Metselaar of Schilder; de "
          "vooropleidingseisen gelden daarbij niet. De teamleider van de school en de "
          "opleidingsmanager bouw van het ROC besluiten samen over de overstap, na een gesprek "
          "met de leerling en zijn ouders en passend bij het niveau en de leeftijd van de "
          "leerling.")

    kop("7. Looptijd, wijziging, opzegging en toetreding")
    tekst("Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Wijzigingen "
          "worden schriftelijk vastgelegd en door beide partijen ondertekend. Iedere partij kan "
          "de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een termijn van een "
          "jaar; leerlingen die op dat moment in de route zitten, ronden de route af en er "
          "stromen geen nieuwe leerlingen meer in. Een andere school of instelling kan "
          "toetreden als beide partijen daar schriftelijk mee instemmen en de nieuwe partij "
          "deze overeenkomst mede ondertekent; zij doet mee vanaf het begin van een nieuw "
          "schooljaar, zonder gevolgen voor leerlingen die al in de route zitten.")

    para(doc, "")
    table(doc, [
        ["Ridderkerk, 30 juni 2025", "Barendrecht, 30 juni 2025"],
        ["\n\nB. de Jong\ndirecteur-bestuurder\nStichting PC Voortgezet Onderwijs Ridderkerk",
         "\n\ndr. L. Sedney\nlid college van bestuur\nStichting ROC Rijnmond-Zuid"],
    ], widths_cm=[8, 8], header=False, style="Normal Table")

    save_docx(doc, path, "SOK DLR BWI Timmerman", "B. de Jong")


# ============================================================================================
# h64 - Friese Wouden - PDF - bestuursbureau, inhoudsopgave met paginanummers, begrippen
# ============================================================================================

@sample(
    "h64", "h64_inhoudsopgave_begrippen_friese_wouden", "pdf",
    "PDF van een bestuursbureau met Friese ondertitel, automatisch gegenereerde inhoudsopgave "
    "met paginanummers, begrippenlijst en decimale paragrafen (1-8); Friese Wouden "
    "(Burgum/Drachten); MVI gl -> Mediavormgever niveau 4; routeleider en plaatsvervanger, "
    "semesternotities en routedialoog, vaste jaarlijkse overdracht van EUR 24.000 met "
    "bestemming, uitdrukkelijke afspraak welke raad adviseert, bindend advies; volledig.",
    "p p p p p p p p p p",
    {"a": "Profiel en opleiding", "b": "Betrokkenheid van het creatieve werkveld",
     "c": "Leiding", "d": "Informatie en verantwoording",
     "e": "Onderwijskundige en organisatorische inrichting", "f": "Overstapoptie",
     "g": "Financiële afspraken", "h": "Medezeggenschap", "i": "Geschillen",
     "j": "Toetreding, wijziging en beëindiging"},
)
def build_h64(path):
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, PageBreak, Table, TableStyle
    from reportlab.platypus.tableofcontents import TableOfContents
    from reportlab.lib import colors

    S = pdf_styles("Helvetica", 9.8)
    blue = colors.HexColor("#1D4E5F")
    S["h1"].textColor = blue
    S["h2"].textColor = blue
    story = []

    def P(t, st="just"):
        story.append(Paragraph(t, S[st]))

    def H1(t):
        p = Paragraph(t, S["h1"])
        p._toc = (0, t)
        story.append(p)

    def H2(t):
        p = Paragraph(t, S["h2"])
        p._toc = (1, t)
        story.append(p)

    def after(doc, f):
        if hasattr(f, "_toc"):
            lvl, txt = f._toc
            doc.notify("TOCEntry", (lvl, txt, doc.page))

    # ---------------------------------------------------------------- title block + ToC
    story.append(Spacer(1, 1.2 * cm))
    story.append(Paragraph("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                           S["title"]))
    story.append(Paragraph("<i>Gearwurkingsoerienkomst trochrinnende learrûte vmbo-mbo</i>",
                           S["subtitle"]))
    story.append(Paragraph("Media, vormgeving en ICT – Mediavormgever<br/>Wâldsicht College "
                           "Burgum en Creatief Vakcollege Drachten", S["subtitle"]))
    story.append(Paragraph("Vastgesteld door de besturen op 30 juni 2025", S["subtitle"]))
    story.append(Spacer(1, 0.6 * cm))
    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle("toc0", fontName="Helvetica-Bold", fontSize=9.8, leading=13,
                       leftIndent=0, firstLineIndent=0),
        ParagraphStyle("toc1", fontName="Helvetica", fontSize=9.3, leading=12,
                       leftIndent=14, firstLineIndent=0),
    ]
    story.append(Paragraph("Inhoud", S["h2"]))
    story.append(toc)
    story.append(PageBreak())

    # ---------------------------------------------------------------- 1 Partijen
    H1("1 Partijen")
    for t in [
        "<b>Stichting Voortgezet Onderwijs De Wâlden</b>, gevestigd te Burgum, bevoegd gezag "
        "van het Wâldsicht College (vmbo, gemengde en theoretische leerweg), vertegenwoordigd "
        "door mevrouw drs. T. Hoekstra-de Vries, voorzitter van het college van bestuur, hierna: "
        "<b>Wâldsicht</b>; en",
        "<b>Stichting Regionaal Opleidingencentrum Súdeast-Fryslân</b>, gevestigd te Drachten, "
        "bevoegd gezag van het ROC Súdeast-Fryslân, waarvan het Creatief Vakcollege Drachten "
        "deel uitmaakt, vertegenwoordigd door de heer S. Dijkstra, voorzitter van het college van "
        "bestuur, hierna: <b>het ROC</b>.",
    ]:
        P(t, "item")
    P("Wâldsicht en het ROC komen het volgende overeen. De toelichting cursief onder enkele "
      "paragrafen is bedoeld voor de lezer en heeft geen zelfstandige betekenis.")

    # ---------------------------------------------------------------- 2 Begrippen
    H1("2 Begrippen")
    rows = [["Begrip", "Betekenis in deze overeenkomst"],
            ["route", "de doorlopende leerroute vmbo-mbo beschreven in paragraaf 3.1"],
            ["deelnemer", "een leerling of student die aan de route deelneemt"],
            ["vo-fase", "routejaar 1 en 2 (leerjaar 3 en 4 van Wâldsicht)"],
            ["mbo-fase", "routejaar 3 tot en met 5"],
            ["routeleider", "de functionaris bedoeld in paragraaf 4.1"],
            ["besturen", "de colleges van bestuur van Wâldsicht en het ROC"],
            ["werkveld", "de bedrijven en instellingen bedoeld in paragraaf 3.2"]]
    t = Table([[Paragraph(c, S["cellb" if i == 0 else "cell"]) for c in r]
               for i, r in enumerate(rows)], colWidths=[3.2 * cm, 13 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, blue)]))
    story += [t, Spacer(1, 0.3 * cm)]

    # ---------------------------------------------------------------- 3 De route
    H1("3 De route")
    H2("3.1 Profiel en opleiding")
    P("3.1.1&nbsp;&nbsp;Partijen verzorgen samen een doorlopende leerroute die begint in "
      "leerjaar 3 van de gemengde leerweg, profiel <b>Media, vormgeving en ICT</b>, van "
      "Wâldsicht, en die leidt tot het diploma van de gemengde leerweg en het diploma van de "
      "middenkaderopleiding <b>Mediavormgever (niveau 4)</b>, opleidingsdomein ICT en creatieve "
      "industrie, beroepsopleidende leerweg, van het ROC.", "item")
    P("3.1.2&nbsp;&nbsp;Leerlingen van de theoretische leerweg die het profielvak Media, "
      "vormgeving en ICT als beroepsgericht keuzevak volgen, kunnen op dezelfde wijze aan de "
      "route deelnemen.", "item")
    P("3.1.3&nbsp;&nbsp;De route duurt vijf jaar. Partijen melden de route gezamenlijk bij DUO "
      "via RIO.", "item")
    H2("3.2 Betrokkenheid van het creatieve werkveld")
    P("3.2.1&nbsp;&nbsp;Partijen werken samen met Reclamebureau Heideblau te Drachten, Drukkerij "
      "Van der Wâl te Burgum, de Stichting Lokale Omroep De Wâlden en de ondernemers die "
      "verenigd zijn in de Creatieve Coöperatie Drachten.", "item")
    P("3.2.2&nbsp;&nbsp;Deze werkveldpartners leveren iedere onderwijsperiode ten minste één "
      "levensechte opdracht voor de deelnemers, verzorgen gastcolleges, bieden in de mbo-fase "
      "bpv-plaatsen aan en nemen zitting in de beoordelingscommissie van de eindpresentaties "
      "en de proeve van bekwaamheid.", "item")
    P("3.2.3&nbsp;&nbsp;Twee vertegenwoordigers van het werkveld vormen met de routeleider de "
      "adviesraad creatieve industrie, die twee keer per jaar het programma bespreekt en "
      "advies uitbrengt over de aansluiting op het beroep.", "item")

    # ---------------------------------------------------------------- 4 Organisatie
    H1("4 Organisatie")
    H2("4.1 Leiding")
    P("4.1.1&nbsp;&nbsp;De leiding over de route berust bij de routeleider en de "
      "plaatsvervangend routeleider. Routeleider is de teamleider Creatieve Industrie van het "
      "ROC; plaatsvervangend routeleider is de afdelingsleider bovenbouw van Wâldsicht.", "item")
    P("4.1.2&nbsp;&nbsp;Beiden worden aangewezen bij gezamenlijk besluit van de besturen. Het "
      "besluit wordt bij het begin van ieder schooljaar bevestigd of herzien.", "item")
    P("4.1.3&nbsp;&nbsp;De besturen dragen aan de routeleiding op: de uitvoering van het "
      "routeplan, de opstelling van het gezamenlijke PTA/OER, de roostering, de inzet van de "
      "docenten die de partijen daarvoor beschikbaar stellen, de toelating van deelnemers, de "
      "contacten met het werkveld en de voorbereiding van overstapbesluiten.", "item")
    P("4.1.4&nbsp;&nbsp;De routeleiding beslist zelfstandig over de onderwerpen genoemd in "
      "4.1.3, binnen het door de besturen vastgestelde routeplan en budget. Zij is niet bevoegd "
      "personeel aan te stellen, overeenkomsten met derden te sluiten of van het routeplan af "
      "te wijken.", "item")
    H2("4.2 Informatie en verantwoording")
    P("4.2.1&nbsp;&nbsp;De routeleider stelt per semester een voortgangsnotitie op en zendt die "
      "in februari en in augustus aan beide besturen. De notitie bevat in elk geval de "
      "deelnemersaantallen, uitval en overstappen, studieresultaten en de besteding van de "
      "middelen bedoeld in paragraaf 6.", "item")
    P("4.2.2&nbsp;&nbsp;In oktober voeren de besturen met de routeleiding een routedialoog. "
      "De routeleiding legt daarin verantwoording af over het afgelopen schooljaar; de besturen "
      "leggen hun conclusies schriftelijk vast.", "item")
    P("4.2.3&nbsp;&nbsp;Knelpunten die de voortgang van deelnemers in gevaar brengen, meldt de "
      "routeleider direct aan beide besturen.", "item")
    H2("4.3 Onderwijskundige en organisatorische inrichting")
    P("4.3.1&nbsp;&nbsp;<i>Locaties.</i> De vo-fase wordt verzorgd op Wâldsicht in Burgum, met "
      "één dag per week in het medialab van het Creatief Vakcollege in Drachten. De mbo-fase "
      "wordt verzorgd in Drachten en bij de bpv-bedrijven.", "item")
    P("4.3.2&nbsp;&nbsp;<i>Programma en examinering.</i> Het PTA/OER beschrijft per leerjaar "
      "het programma, de examinering en de bpv, en geeft aan welke onderdelen tot het vmbo, "
      "het mbo of beide behoren. Het centraal examen van de gemengde leerweg valt in routejaar "
      "2.", "item")
    P("4.3.3&nbsp;&nbsp;<i>Personeel.</i> Wâldsicht zet zijn docenten in voor de algemene vakken "
      "en het profielvak. Het ROC detacheert een docent vormgeving voor 0,3 fte bij Wâldsicht "
      "voor de mbo-onderdelen in de vo-fase. In de beroepsgerichte projecten werken de docenten "
      "als één team op grond van de teambevoegdheid; het PTA/OER noemt deze projecten.", "item")
    P("4.3.4&nbsp;&nbsp;<i>Faciliteiten.</i> Het ROC stelt het medialab, de fotostudio en de "
      "drukwerkplaats beschikbaar, evenals licenties voor de vormgevingssoftware voor "
      "deelnemers in de vo-fase. Wâldsicht stelt zijn MVI-lokaal beschikbaar voor de "
      "gedetacheerde docent.", "item")
    P("4.3.5&nbsp;&nbsp;<i>Inschrijving en klachten.</i> In de vo-fase is de deelnemer "
      "ingeschreven bij Wâldsicht, daarna bij het ROC. De klachtenregelingen van beide "
      "partijen gelden ook voor gedragingen van personeel van de andere partij in de route.",
      "item")

    # ---------------------------------------------------------------- 5 Deelnemers
    H1("5 Deelnemers")
    H2("5.1 Overstapoptie")
    P("5.1.1&nbsp;&nbsp;Beëindigt een deelnemer de route voordat hij die heeft voltooid, dan "
      "bieden partijen hem een vervolg dat leidt tot een vmbo- of mbo-diploma, passend bij het "
      "bereikte onderwijsniveau en zijn leeftijd.", "item")
    P("5.1.2&nbsp;&nbsp;Het vervolg is in de vo-fase de reguliere gemengde of theoretische "
      "leerweg van Wâldsicht; na afwijzing voor het eindexamen een herhaald examenjaar of "
      "instroom zonder vmbo-diploma in een opleiding van het ROC op niveau 3 of 4; en in de "
      "mbo-fase een andere opleiding van het ROC op hetzelfde of een lager niveau, zoals "
      "AV-specialist (niveau 4) of Medewerker creatieve productie (niveau 2). Bij een overstap "
      "binnen het ROC gelden de vooropleidingseisen niet; bij een overstap naar een andere "
      "instelling ondersteunen partijen het geschiktheidsonderzoek.", "item")
    P("5.1.3&nbsp;&nbsp;De directeur van Wâldsicht en de directeur van het Creatief Vakcollege "
      "beslissen gezamenlijk over de overstap, op voorstel van de routeleiding en na een "
      "gesprek met de deelnemer en zijn ouders.", "item")
    P("<i>Toelichting: de uitwerking van de gesprekken en termijnen staat in de schoolgids van "
      "Wâldsicht en de studiegids van het ROC.</i>", "small")
    H2("5.2 Medezeggenschap")
    P("5.2.1&nbsp;&nbsp;Partijen komen overeen dat voor de route geen aparte "
      "medezeggenschapsorganen worden ingesteld. Aangelegenheden van de route die de vo-fase "
      "betreffen, worden behandeld door de medezeggenschapsraad van Wâldsicht; aangelegenheden "
      "die de mbo-fase betreffen door de studentenraad en de ondernemingsraad van het ROC.",
      "item")
    P("5.2.2&nbsp;&nbsp;Het routeplan en voorstellen tot wijziging van deze overeenkomst worden "
      "vóór vaststelling voor advies voorgelegd aan zowel de medezeggenschapsraad van Wâldsicht "
      "als de studentenraad van het ROC.", "item")

    # ---------------------------------------------------------------- 6 Financiën
    H1("6 Financiële afspraken")
    P("6.1&nbsp;&nbsp;Wâldsicht draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks een "
      "vast bedrag van € 24.000 over aan het ROC, ongeacht het aantal deelnemers.", "item")
    P("6.2&nbsp;&nbsp;Het bedrag is bestemd voor de detachering van de docent vormgeving "
      "bedoeld in 4.3.3 en de softwarelicenties bedoeld in 4.3.4.", "item")
    P("6.3&nbsp;&nbsp;Het ROC factureert het bedrag in oktober. Het ROC draagt geen bekostiging "
      "over aan Wâldsicht. Overige kosten draagt iedere partij zelf.", "item")

    # ---------------------------------------------------------------- 7 Toetreding etc.
    H1("7 Toetreding, wijziging en beëindiging")
    P("7.1&nbsp;&nbsp;<i>Toetreding.</i> Een andere vmbo-school in de Friese Wouden met het "
      "profiel Media, vormgeving en ICT kan toetreden, mits beide besturen daarmee schriftelijk "
      "instemmen, de school schriftelijk verklaart deze overeenkomst te aanvaarden en de "
      "toetreding ingaat bij het begin van een schooljaar. De toetreding wordt bij DUO gemeld "
      "en verandert niets aan het programma van deelnemers die al zijn begonnen.", "item")
    P("7.2&nbsp;&nbsp;<i>Wijziging.</i> Wijzigingen worden schriftelijk overeengekomen door "
      "beide besturen, na advies volgens 5.2.2, en gaan in bij het begin van een schooljaar.",
      "item")
    P("7.3&nbsp;&nbsp;<i>Duur en opzegging.</i> Deze overeenkomst geldt vanaf 1 augustus 2025 "
      "voor onbepaalde tijd. Iedere partij kan haar schriftelijk opzeggen tegen 1 augustus, met "
      "een termijn van ten minste twaalf maanden.", "item")
    P("7.4&nbsp;&nbsp;<i>Bescherming van deelnemers.</i> Na een opzegging start geen nieuw "
      "cohort meer. Deelnemers die al in de route zitten, ronden haar af onder de afspraken van "
      "deze overeenkomst, die voor hen van kracht blijven.", "item")

    # ---------------------------------------------------------------- 8 Geschillen
    H1("8 Geschillen")
    P("8.1&nbsp;&nbsp;Een geschil tussen partijen over de uitvoering van deze overeenkomst "
      "bespreekt de routeleiding eerst met de betrokken directeuren. Is het geschil na vier "
      "weken niet opgelost, dan overleggen de voorzitters van de besturen.", "item")
    P("8.2&nbsp;&nbsp;Leidt ook dat overleg binnen vier weken niet tot overeenstemming, dan "
      "leggen partijen het geschil voor bindend advies voor aan een onafhankelijke deskundige "
      "die zij samen aanwijzen. Komen zij binnen twee weken niet tot overeenstemming over de "
      "deskundige, dan kan iedere partij het geschil voorleggen aan de bevoegde rechter van de "
      "Rechtbank Noord-Nederland, locatie Leeuwarden.", "item")

    story.append(Spacer(1, 0.6 * cm))
    P("Aldus overeengekomen en ondertekend te Drachten op 30 juni 2025.")
    sig = Table([
        [Paragraph("<b>Stichting Voortgezet Onderwijs De Wâlden</b><br/><br/><br/>"
                   "drs. T. Hoekstra-de Vries<br/>voorzitter college van bestuur", S["cell"]),
         Paragraph("<b>Stichting Regionaal Opleidingencentrum Súdeast-Fryslân</b><br/><br/>"
                   "<br/>S. Dijkstra<br/>voorzitter college van bestuur", S["cell"])],
    ], colWidths=[8 * cm, 8 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)

    def on_page(c, d):
        c.saveState()
        c.setFillColor(blue)
        c.rect(0, 28.9 * cm, 21.0 * cm, 0.8 * cm, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(2.2 * cm, 29.18 * cm, "DLR MVI – Mediavormgever  |  Wâldsicht College – "
                                           "ROC Súdeast-Fryslân")
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.setFont("Helvetica", 8)
        c.drawRightString(18.8 * cm, 1.2 * cm, f"{c.getPageNumber()}")
        c.restoreState()

    build_pdf(path, story, "Samenwerkingsovereenkomst DLR MVI Mediavormgever",
              "Bestuursbureau De Wâlden", on_page=on_page, multi=True,
              margins_cm=(2.2, 2.2, 2.4, 2.0), after_flowable=after)


# ============================================================================================
# main
# ============================================================================================

def build(keys):
    for k in keys:
        s = SAMPLES[k]
        p = out_path(k)
        res = s["build"](p)
        if isinstance(res, str):
            p.write_text(res, encoding="utf-8")
        json_path(k).write_text(expected_text(k), encoding="utf-8")
        print(f"wrote {p.name} ({p.stat().st_size} bytes)")


def check(keys):
    ok = True

    def fail(msg):
        nonlocal ok
        ok = False
        print("FAIL", msg)

    for k in keys:
        s = SAMPLES[k]
        p = out_path(k)
        if not p.exists():
            fail(f"{k}: {p.name} does not exist")
            continue
        size = p.stat().st_size
        if size >= MAX_BYTES:
            fail(f"{k}: {p.name} is {size} bytes (>= 200 KB)")
        pages = None
        try:
            if s["ext"] == "pdf":
                text, pages = pdf_text(p)
            elif s["ext"] == "docx":
                import docx

                docx.Document(str(p))
                text = docx_text(p)
            else:
                text = p.read_text(encoding="utf-8")
        except Exception as e:  # noqa: BLE001
            fail(f"{k}: cannot open {p.name}: {e!r}")
            continue
        nt = norm(text)
        if len(nt) < 1500:
            fail(f"{k}: very little text extracted ({len(nt)} chars)")
        for letter, ev in s["expected"]["evidence"].items():
            if norm(ev) not in nt:
                fail(f"{k}: evidence {letter}={ev!r} not found in extracted text")
        jp = json_path(k)
        if not jp.exists():
            fail(f"{k}: {jp.name} missing")
        else:
            got = json.loads(jp.read_text(encoding="utf-8"))
            if got != s["expected"]:
                fail(f"{k}: {jp.name} differs from the script's table")
            if got.get("split") != "heldout":
                fail(f"{k}: split is not heldout")
        extra = EXTRA_CHECKS.get(k)
        if extra:
            for msg in extra(p, text, pages):
                fail(f"{k}: {msg}")
        print(f"checked {p.name}: {size} bytes" + (f", {pages} pages" if pages else ""))
    print("CHECK OK" if ok else "CHECK FAILED")
    return ok


def _x57(p, text, pages):
    with zipfile.ZipFile(p) as z:
        styles = z.read("word/styles.xml").decode("utf-8")
        numbering = z.read("word/numbering.xml").decode("utf-8")
        document = z.read("word/document.xml").decode("utf-8")
    if "Artikel %1" not in numbering:
        yield "numbering.xml lacks the 'Artikel %1' level"
    if 'w:numId w:val="57"' not in styles:
        yield "Heading 1 is not linked to the article numbering"
    if "Artikel 1" in text:
        yield "article numbers must come from Word numbering, not typed text"
    if document.count('w:numId w:val="57"') < 40:
        yield "too few numbered leden"


def _x58(p, text, pages):
    if "Geachte heer Van Ooijen" not in text.split("Samenwerkingsovereenkomst")[0]:
        yield "the covering letter must come before the agreement"


def _x61(p, text, pages):
    with zipfile.ZipFile(p) as z:
        document = z.read("word/document.xml").decode("utf-8")
    if document.count("<w:tbl>") < 10:
        yield "expected a Word table per subject"
    if 'w:val="Heading2"' not in document:
        yield "subject headings must use Heading 2"


def _x62(p, text, pages):
    if pages < 8:
        yield f"expected a long document (>= 8 pages), got {pages}"


def _x63(p, text, pages):
    if len(norm(text)) > 6000:
        yield "h63 should stay short"


def _x64(p, text, pages):
    if not re.search(r"Overstapoptie[ .]*\d", norm(text)):
        yield "table of contents lacks page numbers"


EXTRA_CHECKS = {"h57": _x57, "h58": _x58, "h61": _x61, "h62": _x62, "h63": _x63,
                "h64": _x64}


def main(argv):
    args = argv[1:]
    if args and args[0] == "--check":
        keys = args[1:] or sorted(SAMPLES)
        return 0 if check(keys) else 1
    keys = args or sorted(SAMPLES)
    for k in keys:
        if k not in SAMPLES:
            print(f"unknown sample {k}; known: {', '.join(sorted(SAMPLES))}")
            return 2
    build(keys)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
