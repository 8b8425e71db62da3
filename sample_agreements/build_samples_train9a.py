#!/usr/bin/env python3
"""Training samples 125-132 for leerroute-check (batch "train9a").

Written by an independent helper session, from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and LABELS.md only,
without looking at checker code, models, tests or the texts/build scripts of other samples.

Voice of this batch: practitioners in schools (teamleiders, a locatiedirecteur, a BPV-coordinator, a
decaan) writing plain, concrete Dutch. Six agreements are fully compliant and express every core
element in everyday words instead of checklist words; two (130, 132) carry subtle defects.

Usage:
    python3 build_samples_train9a.py            # build all
    python3 build_samples_train9a.py 125 130    # build only these
    python3 build_samples_train9a.py --check    # open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}   # number -> metadata + builder


def sample(num, slug, ext, description, statuses, evidence):
    def deco(fn):
        SAMPLES[num] = dict(name=f"{num}_{slug}", ext=ext, description=description,
                            statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def st(s):
    """'p p w na ...' (a->j) -> statuses dict."""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10, s
    return {k: m[v] for k, v in zip("abcdefghij", parts)}


def expected(meta):
    return {"description": meta["description"], "split": "train",
            "statuses": meta["statuses"], "evidence": meta["evidence"]}


# ---------------------------------------------------------------------------------------------
# TXT / MD helpers
# ---------------------------------------------------------------------------------------------

def wrap_txt(blocks, width=92):
    """blocks: list of (kind, text). kinds: 'raw' (kept as is), 'p' (wrapped), 'n' (numbered item
    'N. text' with hanging indent), 'b' (bullet '- ' indented 3), 'blank'."""
    out = []
    for kind, text in blocks:
        if kind == "raw":
            out.append(text)
        elif kind == "blank":
            out.append("")
        elif kind == "p":
            out.extend(textwrap.wrap(text, width, break_on_hyphens=False) or [""])
        elif kind == "n":
            num, rest = text.split(" ", 1)
            pad = " " * (len(num) + 1)
            out.extend(textwrap.wrap(rest, width, initial_indent=num + " ", subsequent_indent=pad,
                                     break_on_hyphens=False))
        elif kind == "ni":      # indented paragraph under a numbered item
            out.extend(textwrap.wrap(text, width, initial_indent="    ", subsequent_indent="    ",
                                     break_on_hyphens=False))
        elif kind == "b":
            out.extend(textwrap.wrap(text, width, initial_indent="    - ",
                                     subsequent_indent="      ", break_on_hyphens=False))
        else:
            raise ValueError(kind)
    return "\n".join(out) + "\n"


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------------------------
# PDF helpers (reportlab platypus, invariant)
# ---------------------------------------------------------------------------------------------

def _md_inline(s):
    s = escape(s)
    for tag in ("b", "i"):
        s = s.replace(f"&lt;{tag}&gt;", f"<{tag}>").replace(f"&lt;/{tag}&gt;", f"</{tag}>")
    s = s.replace("&lt;br/&gt;", "<br/>")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![*\w])_(.+?)_(?!\w)", r"<i>\1</i>", s)
    return s


def pdf_styles(base="Helvetica", size=10.5):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_LEFT, TA_CENTER
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    lead = size * 1.35
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 7, leading=size + 10,
                                spaceAfter=6, alignment=TA_LEFT),
        "sub": ParagraphStyle("sub", fontName=base, fontSize=size + 1, leading=lead + 1,
                              spaceAfter=10, textColor="#333333"),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 2.5, leading=size + 5,
                            spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 0.5, leading=lead,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=lead, spaceAfter=5),
        "b": ParagraphStyle("b", fontName=base, fontSize=size, leading=lead, spaceAfter=2,
                            leftIndent=14, bulletIndent=3),
        "small": ParagraphStyle("small", fontName=base, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.3),
        "center": ParagraphStyle("center", fontName=base, fontSize=size, leading=lead,
                                 alignment=TA_CENTER),
    }


def pdf_flowables(blocks, S, avail_width):
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, CondPageBreak
    from reportlab.platypus import FrameBreak
    from reportlab.lib import colors
    fl = []
    for blk in blocks:
        kind = blk[0]
        if kind in ("title", "sub", "h", "h2", "p", "small", "center"):
            fl.append(Paragraph(_md_inline(blk[1]), S[kind]))
        elif kind == "b":
            fl.append(Paragraph(_md_inline(blk[1]), S["b"], bulletText="\u2022"))
        elif kind == "space":
            fl.append(Spacer(1, blk[1]))
        elif kind == "pagebreak":
            fl.append(PageBreak())
        elif kind == "framebreak":
            fl.append(FrameBreak())
        elif kind == "cond":
            fl.append(CondPageBreak(blk[1]))
        elif kind == "table":
            rows, widths = blk[1], blk[2]
            header = blk[3] if len(blk) > 3 else True
            data = []
            for r, row in enumerate(rows):
                sty = S["cellb"] if (header and r == 0) else S["cell"]
                data.append([Paragraph(_md_inline(c), sty) for c in row])
            tw = sum(widths)
            widths = [w * avail_width / tw for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if header:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
            t.setStyle(TableStyle(style))
            fl.append(t)
            fl.append(Spacer(1, 6))
        elif kind == "sig":
            data = [[Paragraph(_md_inline(a), S["p"]), Paragraph(_md_inline(b), S["p"])]
                    for a, b in blk[1]]
            t = Table(data, colWidths=[avail_width / 2] * 2)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            fl.append(t)
        else:
            raise ValueError(kind)
    return fl


def make_pdf(path, blocks, title, author, header=None, base="Helvetica", size=10.5):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    S = pdf_styles(base, size)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(base, 8)
        if header:
            canv.drawString(2.2 * cm, A4[1] - 1.3 * cm, header)
        canv.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, f"pagina {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.0 * cm, title=title, author=author,
                            subject="doorlopende leerroute vmbo-mbo", creator="train9a",
                            invariant=1)
    doc.build(pdf_flowables(blocks, S, doc.width), onFirstPage=on_page, onLaterPages=on_page)


def make_pdf_two_columns(path, head_blocks, blocks, title, author, header):
    """Full-width title frame on page 1, then two Frames side by side on every page."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, NextPageTemplate
    from reportlab.platypus import FrameBreak
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    S = pdf_styles("Helvetica", 9.5)
    W, H = A4
    lm = rm = 1.8 * cm
    tm = bm = 1.9 * cm
    gap = 0.8 * cm
    colw = (W - lm - rm - gap) / 2
    head_h = 5.2 * cm
    first = [Frame(lm, H - tm - head_h, W - lm - rm, head_h, id="head", showBoundary=0),
             Frame(lm, bm, colw, H - tm - bm - head_h, id="l1"),
             Frame(lm + colw + gap, bm, colw, H - tm - bm - head_h, id="r1")]
    later = [Frame(lm, bm, colw, H - tm - bm, id="l"),
             Frame(lm + colw + gap, bm, colw, H - tm - bm, id="r")]

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(lm, H - 1.15 * cm, header)
        canv.setLineWidth(0.4)
        canv.line(lm, H - 1.3 * cm, W - rm, H - 1.3 * cm)
        canv.drawRightString(W - rm, 1.1 * cm, f"{doc.page}")
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title=title, author=author,
                          subject="doorlopende leerroute vmbo-mbo", creator="train9a", invariant=1)
    doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=deco),
                          PageTemplate(id="later", frames=later, onPage=deco)])
    fl = pdf_flowables(head_blocks, S, W - lm - rm)
    fl += [NextPageTemplate("later"), FrameBreak()]
    fl += pdf_flowables(blocks, S, colw)
    doc.build(fl)


# ---------------------------------------------------------------------------------------------
# DOCX helpers (python-docx, deterministic zip)
# ---------------------------------------------------------------------------------------------

def new_docx(title, author, font="Calibri", size=10.5):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = "doorlopende leerroute vmbo-mbo"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    return d


def save_docx(d, path):
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def docx_para(d, text, style=None, bold_lead=None):
    p = d.add_paragraph(style=style)
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
    for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
        if part:
            r = p.add_run(part)
            if i % 2 == 1:
                r.bold = True
    return p


def docx_table(d, rows, widths_cm=None, header=True, style="Table Grid"):
    from docx.shared import Cm
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            lines = val.split("\n")
            cell.paragraphs[0].text = ""
            for k, line in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", line)):
                    if part:
                        run = p.add_run(part)
                        if (header and r == 0) or i % 2 == 1:
                            run.bold = True
            if widths_cm:
                cell.width = Cm(widths_cm[c])
    if widths_cm:
        t.autofit = False
        for c, w in enumerate(widths_cm):
            t.columns[c].width = Cm(w)
    return t


def docx_add_numbering(d, levels, abstract_id=40, num_id=40):
    """Add an abstractNum + num to numbering.xml. levels: list of (fmt, lvlText, indent_twips)."""
    from docx.oxml import parse_xml
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    lvls = []
    for i, (fmt, text, ind) in enumerate(levels):
        lvls.append(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{ind}" w:hanging="{min(ind, 567)}"/></w:pPr></w:lvl>')
    absxml = (f'<w:abstractNum {ns} w:abstractNumId="{abstract_id}">'
              f'<w:multiLevelType w:val="multilevel"/>{"".join(lvls)}</w:abstractNum>')
    numxml = f'<w:num {ns} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    numbering = d.part.numbering_part.element
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    first_num = numbering.find(W + "num")
    a = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    numbering.append(parse_xml(numxml))
    return num_id


def docx_set_num(p, num_id, ilvl):
    from docx.oxml import parse_xml
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {ns}><w:ilvl w:val="{ilvl}"/>'
                            f'<w:numId w:val="{num_id}"/></w:numPr>'))
    # keep the style's pStyle first if present
    pstyle = pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pStyle")
    if pstyle is not None:
        pPr.remove(pstyle)
        pPr.insert(0, pstyle)


# =============================================================================================
# 125  TXT  Zeeland, zorg en welzijn - numbered list of afspraken, no article headings
# =============================================================================================

@sample(125, "afsprakenlijst_zeeland_zorg", "txt",
        "Plain TXT by two team leaders: one numbered list of 13 afspraken without any headings, "
        "bullets, names and rooms. Goes (Zeeland), Zorg en welzijn kb -> Verzorgende-IG 3. Fully "
        "compliant, every core element in everyday words (routeoverleg 'vragen' + board letter, "
        "halfjaarverslag, 'geen geld over en weer', leerling in studentenraad, bemiddelaar then "
        "rechtbank, instappen/stoppen/veranderen with running pupils protected).",
        st("p p p p p p p p p p"),
        {"a": "Leerlingen van De Zeeuwse Stroom die in het profiel Zorg en welzijn",
         "b": "Drie zorgaanbieders doen vast mee",
         "c": "De route wordt gestuurd door een klein groepje van drie mensen",
         "d": "Beide besturen horen regelmatig van het routeoverleg hoe het gaat",
         "e": "Docenten van beide scholen werken als één team",
         "f": "Soms past de route niet meer",
         "g": "Er gaat tussen De Zeeuwse Stroom en het ROC geen geld over en weer",
         "h": "Leerlingen, ouders en personeel moeten kunnen meepraten",
         "i": "Worden we het niet eens over hoe we deze afspraken uitvoeren",
         "j": "Wil een andere vmbo-school of een andere mbo-school meedoen"})
def build_125(path):
    B = []
    raw = lambda s: B.append(("raw", s))
    p = lambda s: B.append(("p", s))
    n = lambda s: B.append(("n", s))
    ni = lambda s: B.append(("ni", s))
    b = lambda s: B.append(("b", s))
    blank = lambda: B.append(("blank", ""))
    raw("AFSPRAKEN DOORLOPENDE ROUTE ZORG - VERZORGENDE-IG")
    raw("De Zeeuwse Stroom (Goes) en ROC Zeeuwse Delta")
    raw("Versie voor ondertekening, juni 2025")
    blank()
    raw("Wie tekenen hier?")
    b("Stichting Openbaar Voortgezet Onderwijs De Bevelanden, het bestuur van vmbo De Zeeuwse "
      "Stroom in Goes, hier vertegenwoordigd door Harm de Visser, voorzitter van het college van "
      "bestuur (hierna: De Zeeuwse Stroom);")
    b("Stichting ROC Zeeuwse Delta in Vlissingen, hier vertegenwoordigd door Annelies "
      "Kodde-Meijer, lid van het college van bestuur (hierna: het ROC).")
    blank()
    raw("Waarom dit papier?")
    p("Sinds 2021 draaien we samen een zorgklas. Vanaf 1 augustus 2025 maken we daar een echte "
      "doorlopende leerroute vmbo-mbo van, en dan moet op papier staan hoe we dat samen doen. Dit "
      "stuk is geschreven door Marieke Dekker (teamleider bovenbouw De Zeeuwse Stroom) en Johan "
      "Verhage (opleidingsmanager Zorg bij het ROC), na drie avonden praten met de docenten van "
      "beide kanten. We hebben bewust geen juristentaal gebruikt: een nieuwe collega moet dit in "
      "één keer kunnen snappen. Collega's: als iets hieronder niet klopt met hoe jullie het in de "
      "praktijk doen, laat het ons weten, dan passen we het aan zoals in afspraak 12 staat.")
    blank()
    raw("Onze afspraken")
    blank()
    n("1. Leerlingen van De Zeeuwse Stroom die in het profiel Zorg en welzijn de "
      "kaderberoepsgerichte leerweg volgen, kunnen aan het eind van leerjaar 2 kiezen voor deze "
      "route. De route leidt naar het mbo-diploma Verzorgende-IG, niveau 3 (BOL, opleidingsdomein "
      "Zorg en welzijn) van het ROC. Zo loopt het: leerjaar 3 en 4 zijn de eerste twee routejaren "
      "en horen bij De Zeeuwse Stroom; daarna volgen drie jaar bij het ROC op de locatie Goes aan "
      "de Bergweg. Het vmbo-diploma kader halen de leerlingen aan het eind van leerjaar 4, en "
      "uiterlijk in het eerste jaar bij het ROC. Per schooljaar starten hooguit 22 leerlingen.")
    blank()
    n("2. Drie zorgaanbieders doen vast mee en hebben dat per brief aan ons bevestigd: Zorggroep "
      "Ter Weel (verpleeghuizen in Goes en Kapelle), Woonzorg De Bevelanden en Thuiszorg "
      "Oost-Zeeland. Dit doen ze:")
    b("elk neemt per jaar minstens zes leerlingen voor de meeloopdagen in leerjaar 3 en voor de "
      "stages in de mbo-jaren;")
    b("hun praktijkopleiders geven samen vier gastlessen per jaar op De Zeeuwse Stroom (tillen en "
      "verplaatsen, omgaan met dementie, hygiëne, een dag uit het leven van een "
      "wijkverpleegkundige);")
    b("twee keer per jaar, in oktober en maart, kijkt een praktijkopleider van elke organisatie "
      "met ons mee naar het lesprogramma en de beoordelingslijsten; wat zij zeggen, nemen we mee "
      "in de planning van het volgende jaar;")
    b("bij de praktijkexamens in de mbo-jaren beoordeelt de praktijkopleider mee.")
    blank()
    n("3. De route wordt gestuurd door een klein groepje van drie mensen, het routeoverleg:")
    b("de teamleider bovenbouw van De Zeeuwse Stroom (nu Marieke Dekker);")
    b("de opleidingsmanager Zorg van het ROC, locatie Goes (nu Johan Verhage);")
    b("een routecoördinator: een docent verzorging van een van beide scholen die daar 0,2 fte "
      "voor krijgt (nu Sanne Boone).")
    ni("De directeur van De Zeeuwse Stroom en de collegedirecteur Zorg & Welzijn van het ROC vragen "
       "deze drie mensen samen. Elk jaar vóór 1 juli zetten beide besturen hun handtekening onder "
       "een korte brief met de namen voor het volgende schooljaar; pas dan zitten ze er echt. Valt "
       "iemand tussentijds weg, dan doen de twee directeuren binnen vier weken op dezelfde manier "
       "een nieuwe voordracht.")
    ni("Wat het routeoverleg zelf mag beslissen, zonder eerst de besturen te vragen:")
    b("het rooster van de gezamenlijke lessen en welke docent welk onderdeel geeft;")
    b("welke leerlingen tot de route worden toegelaten (na een gesprek met leerling en ouders);")
    b("de verdeling van de stageplaatsen over de drie zorgaanbieders;")
    b("de planning van toetsen en examens binnen het PTA en de OER;")
    b("uitgaven tot € 2.500 per keer uit het routebudget van een van beide scholen (afspraak 7).")
    ni("Wat terug moet naar de besturen: alles wat meer kost, iemand aannemen of uitlenen buiten "
       "deze afspraken om, en het veranderen van deze afspraken.")
    blank()
    n("4. Beide besturen horen regelmatig van het routeoverleg hoe het gaat:")
    b("twee keer per jaar, in februari en in juli, stuurt het routeoverleg aan beide besturen een "
      "verslag van hooguit twee kantjes: hoeveel leerlingen er in de route zitten, wie er gestopt "
      "of overgestapt is en waarom, hoe het met de stageplaatsen staat, de examenresultaten en wat "
      "er met de routebudgetten is gedaan;")
    b("elk jaar in oktober zit het routeoverleg een uur met de twee bestuurders aan tafel om het "
      "verslag toe te lichten en vragen te beantwoorden; de besturen kunnen dan bijsturen;")
    b("gebeurt er tussendoor iets groots (een zorgaanbieder haakt af, meer dan drie leerlingen "
      "stoppen in één jaar), dan belt de routecoördinator binnen een week beide directeuren.")
    blank()
    n("5. Docenten van beide scholen werken als één team. Wie geeft wat, en waar:")
    b("leerjaar 3 en 4: de beroepsvakken worden gegeven door Sanne Boone en Kees Lievense (De "
      "Zeeuwse Stroom) in de Huiskamer, het praktijklokaal 0.14 van De Zeeuwse Stroom; elke "
      "donderdagmiddag geeft Ilse Wisse, docent verpleegtechnische handelingen van het ROC, daar "
      "les;")
    b("leerjaar 4: elke dinsdagmiddag oefenen de leerlingen in het skillslab van het ROC aan de "
      "Bergweg (hoog-laagbedden, tillift, oefenpoppen); een docent van De Zeeuwse Stroom gaat mee;")
    b("de drie mbo-jaren: les aan de Bergweg door het ROC-team; Sanne Boone blijft in het eerste "
      "mbo-jaar één dagdeel per week mentor van de groep.")
    ni("Voor elk onderdeel staat iemand met de juiste bevoegdheid voor de klas. Waar docenten "
       "elkaars lessen overnemen, gebruiken we de teambevoegdheid zoals die in de jaarlijkse "
       "programmabeschrijving staat.")
    ni("Wat we delen: het ROC leent De Zeeuwse Stroom voor leerjaar 3 twee oefenpoppen en de "
       "reanimatieset; De Zeeuwse Stroom stelt op woensdagochtend de keuken in lokaal 0.12 open "
       "voor de lessen voeding van het ROC. Schade door gewoon gebruik is voor de eigenaar.")
    ni("Het lesprogramma en de toetsen per leerjaar leggen we elk jaar vóór 1 oktober samen vast in "
       "het PTA (vmbo-deel) en de OER (mbo-deel). De vmbo-examens vallen onder De Zeeuwse Stroom, "
       "de mbo-examens onder de examencommissie Zorg van het ROC. Een klacht over een docent van "
       "de andere school pakt de school op waar de klacht binnenkomt, samen met de school waar die "
       "docent werkt.")
    blank()
    n("6. Soms past de route niet meer. Een leerling die eruit wil of moet, staat nooit met lege "
      "handen:")
    b("in leerjaar 3 of 4: de leerling gaat verder in de gewone kaderopleiding Zorg en welzijn van "
      "De Zeeuwse Stroom (of in een ander profiel op dezelfde school) en werkt toe naar het "
      "vmbo-diploma kader. Met dat diploma kan hij of zij daarna elke passende mbo-opleiding "
      "kiezen;")
    b("na het vmbo-diploma, als zorg toch niet de goede keuze blijkt: overstap naar een andere "
      "opleiding op niveau 3 bij het ROC, bijvoorbeeld Pedagogisch medewerker kinderopvang. Het "
      "ROC stelt daarbij geen extra toelatingseisen;")
    b("vmbo-diploma aan het eind van het derde routejaar nog niet binnen: de leerling kan bij het "
      "ROC toch verder in een mbo-opleiding op niveau 3, of op niveau 2 (Helpende zorg en welzijn) "
      "als dat beter past, of het jaar overdoen en alsnog het vmbo-diploma halen;")
    b("verhuizing, of een opleiding die het ROC niet heeft: wij helpen bij de aanmelding bij een "
      "school in de buurt van de nieuwe woonplaats en geven (met toestemming van de ouders) het "
      "dossier mee.")
    ni("Wie beslist: binnen drie weken nadat de leerling of de ouders aangeven te willen stoppen, "
       "zitten de mentor en de decaan van De Zeeuwse Stroom (Wendy Kodde) - in de mbo-jaren de "
       "loopbaanbegeleider van het ROC - met de leerling en de ouders aan tafel. We kijken naar wat "
       "de leerling al heeft gehaald, op welk niveau hij of zij werkt en hoe oud hij of zij is. "
       "Uiterlijk zes weken na dat eerste gesprek ligt er een besluit op papier, getekend door de "
       "teamleider van De Zeeuwse Stroom én de opleidingsmanager van het ROC samen. Niemand wordt "
       "naar een Entree-opleiding gestuurd alleen omdat de route stopt. Hoe dit in de praktijk "
       "gaat, staat ook in de schoolgids.")
    blank()
    n("7. Er gaat tussen De Zeeuwse Stroom en het ROC geen geld over en weer. Elke school houdt het "
      "geld dat zij van het Rijk voor haar eigen leerjaren krijgt. De lesuren die docenten bij de "
      "ander geven, ruilen we tegen elkaar weg (de donderdagmiddag van Ilse Wisse tegen het "
      "dagdeel mentoruren van Sanne Boone en de begeleiding in het skillslab). Ook de poppen, het "
      "skillslab en de keuken lenen we elkaar zonder rekening. Daarnaast zet elke school € 3.000 "
      "per jaar uit eigen middelen klaar als routebudget en betaalt daar zelf de rekeningen van.")
    blank()
    n("8. Leerlingen, ouders en personeel moeten kunnen meepraten over de route, ook al wisselen de "
      "leerlingen halverwege van school. Daarom:")
    b("zit er altijd één leerling uit de route in de leerlingenraad van De Zeeuwse Stroom;")
    b("mag een leerling uit leerjaar 4 al meedoen aan de vergaderingen van de studentenraad van "
      "ROC-locatie Goes, met spreekrecht, ook al staat hij of zij dan nog bij De Zeeuwse Stroom "
      "ingeschreven;")
    b("krijgen de MR van De Zeeuwse Stroom en de studentenraad van het ROC allebei het "
      "halfjaarverslag uit afspraak 4, en bespreken ze de route minstens één keer per jaar samen "
      "op een gezamenlijke avond in november, om beurten op een van beide locaties.")
    blank()
    n("9. Worden we het niet eens over hoe we deze afspraken uitvoeren, dan gaan we zo te werk:")
    b("eerst bespreekt het routeoverleg het probleem, uiterlijk twee weken nadat iemand het heeft "
      "aangekaart;")
    b("komt het routeoverleg er niet uit, dan leggen de directeur van De Zeeuwse Stroom en de "
      "collegedirecteur van het ROC het samen op tafel; zij hebben daar vier weken voor;")
    b("lukt dat ook niet, dan vragen beide besturen samen een onafhankelijke bemiddelaar "
      "(mediator); de kosten delen we;")
    b("levert ook de bemiddeling na drie maanden niets op, dan kan elk van beide besturen de zaak "
      "voorleggen aan de rechtbank Zeeland-West-Brabant, en die beslist.")
    blank()
    n("10. Wil een andere vmbo-school of een andere mbo-school meedoen, dan kan dat als beide "
      "besturen daar schriftelijk mee instemmen, de nieuwe school deze afspraken ongewijzigd "
      "ondertekent en iemand in het routeoverleg afvaardigt. Instappen kan alleen per 1 augustus, "
      "zodat lopende groepen er geen last van hebben. Elke school meldt zelf bij DUO dat zij "
      "meedoet.")
    blank()
    n("11. Wil een van beide besturen met de route stoppen, dan laat het dat schriftelijk weten vóór "
      "1 februari. De afspraken eindigen dan op 31 juli van het schooljaar daarna. Vanaf dat "
      "bericht nemen we geen nieuwe leerlingen meer aan, maar iedereen die al in de route zit, "
      "maakt de route bij ons af, met dezelfde stageplekken en zoveel als kan dezelfde docenten. "
      "Moet een school onverwacht stoppen (bijvoorbeeld omdat de locatie sluit), dan zorgt de "
      "andere school ervoor dat de lopende leerlingen hun diploma's toch kunnen halen.")
    blank()
    n("12. Veranderen van deze afspraken gaat alleen op papier, getekend door beide besturen. Elk "
      "jaar in mei kijkt het routeoverleg of er iets aangepast moet worden en doet daarvoor een "
      "voorstel. Een verandering die leerlingen raakt, gaat pas in bij het begin van een nieuw "
      "schooljaar en mag leerlingen die al in de route zitten niet benadelen.")
    blank()
    n("13. Deze afspraken gelden vanaf 1 augustus 2025 voor vijf schooljaren. Daarna lopen ze steeds "
      "een schooljaar door, tenzij een van beide besturen volgens afspraak 11 stopt.")
    blank()
    raw("Getekend in Goes op 30 juni 2025")
    blank()
    raw("namens Stichting Openbaar Voortgezet Onderwijs De Bevelanden")
    raw("Harm de Visser, voorzitter college van bestuur            ____________________")
    blank()
    raw("namens Stichting ROC Zeeuwse Delta")
    raw("Annelies Kodde-Meijer, lid college van bestuur            ____________________")
    write_text(path, wrap_txt(B))


# =============================================================================================
# 126  PDF  Achterhoek, horeca en bakkerij - headings phrased as questions
# =============================================================================================

@sample(126, "vraagkoppen_achterhoek_bakkerij", "pdf",
        "PDF by a locatiedirecteur with every heading a question ('Wie is de baas van de route?', "
        "'Gaat er geld van de een naar de ander?'). Groenlo/Doetinchem (Achterhoek), Horeca, "
        "bakkerij en recreatie kb -> Zelfstandig werkend bakker 3. Compliant in plain words: kernteam "
        "'aangewezen' by directors and confirmed by boards, bakbrief per kwartaal, EUR 650 per pupil "
        "for named purposes, commissie van drie with bindend advies. Silent on medezeggenschap.",
        st("p p p p p p p na p p"),
        {"a": "Over welke route gaat het?",
         "b": "Welke bakkers doen mee en wat doen ze?",
         "c": "Wie is de baas van de route?",
         "d": "Hoe weten de besturen hoe het gaat?",
         "e": "Wie geeft waar les, en in welke bakkerij?",
         "f": "Wat als een leerling toch iets anders wil?",
         "g": "Gaat er geld van de een naar de ander?",
         "i": "En als we het niet eens zijn?",
         "j": "Kan er een school bij, hoe passen we dingen aan en hoe stoppen we?"})
def build_126(path):
    B = []
    B += [("title", "Samen naar de bakkerij"),
          ("sub", "Afspraken over de doorlopende leerroute vmbo kader - Zelfstandig werkend bakker "
                  "(mbo niveau 3) tussen Vakcollege De Slinge in Groenlo en ROC Achterhoek-IJssel "
                  "in Doetinchem"),
          ("h", "Wie maken deze afspraken?"),
          ("b", "Stichting Voortgezet Onderwijs Oost-Achterhoek in Groenlo, het bestuur van "
                "Vakcollege De Slinge, vertegenwoordigd door Gerda Hulshof, voorzitter van het "
                "college van bestuur. Hieronder: **De Slinge**."),
          ("b", "Stichting ROC Achterhoek-IJssel in Doetinchem, vertegenwoordigd door Ria Klein "
                "Gunnewiek, voorzitter van het college van bestuur. Hieronder: **het ROC**."),
          ("p", "Dit stuk is opgesteld door Wim Rouwhorst, locatiedirecteur van De Slinge, samen met "
                "Hanneke Bokkers, teamleider Food & Bakery van het ROC. Het is geschreven voor de "
                "mensen die de route elke dag draaien: docenten, mentoren, de decaan en de bakkers. "
                "Daarom gewone taal en zo weinig mogelijk kleine lettertjes."),
          ("h", "Waarom doen we dit?"),
          ("p", "Op elke bakkersavond in de Achterhoek hoor je hetzelfde: er zijn te weinig jonge "
                "bakkers, en wie begint haakt vaak af in de overgang van vmbo naar mbo. Leerlingen "
                "zitten na hun vmbo-examen een zomer thuis, moeten in Doetinchem weer helemaal "
                "wennen en zien dezelfde stof twee keer. Met deze route laten we een leerling vanaf "
                "leerjaar 3 in één lijn doorlopen tot het mbo-diploma, met dezelfde gezichten en "
                "dezelfde bakkerijen om zich heen."),
          ("h", "Over welke route gaat het?"),
          ("p", "Het gaat om leerlingen van De Slinge in het profiel **Horeca, bakkerij en "
                "recreatie**, kaderberoepsgerichte leerweg. Zij kunnen na leerjaar 2 kiezen voor de "
                "route naar de mbo-opleiding **Zelfstandig werkend bakker, niveau 3** "
                "(kwalificatiedossier Bakkerij, BOL) van het ROC."),
          ("b", "Leerjaar 3 en 4 (de eerste twee routejaren): ingeschreven bij De Slinge, les in "
                "Groenlo en elke donderdag in Doetinchem. Het vmbo-diploma kader halen ze aan het "
                "eind van leerjaar 4."),
          ("b", "Routejaar 3 tot en met 5: ingeschreven bij het ROC, les in de leerbakkerij aan de "
                "Ambachtsweg in Doetinchem en stage bij een van de bakkerijen hieronder."),
          ("b", "We starten met één groep van hooguit 16 leerlingen; meer past niet in de "
                "leerbakkerij."),
          ("h", "Welke bakkers doen mee en wat doen ze?"),
          ("p", "Vier bedrijven hebben toegezegd mee te doen en hebben daarvoor een intentiebrief "
                "getekend: Bakkerij Wolterink in Groenlo, Warme Bakker Lensink in Lichtenvoorde, "
                "de Oost-Gelderse Broodfabriek in Winterswijk en Banketbakkerij Te Brake in Eibergen. "
                "Alle vier zijn erkend leerbedrijf. Concreet doen ze dit:"),
          ("b", "In leerjaar 3 loopt elke leerling drie dagen mee in een bakkerij (nooit vóór 6 uur "
                "'s ochtends, we houden ons aan de regels voor jongeren)."),
          ("b", "In leerjaar 4 heeft elke leerling een stage van twee weken; in de mbo-jaren zorgen "
                "de vier bedrijven samen voor minstens twaalf stageplaatsen per jaar."),
          ("b", "Eén keer per jaar geeft een van de bakkers een masterclass in de leerbakkerij, "
                "bijvoorbeeld Achterhoeks krentenbrood of taarten voor de kermis."),
          ("b", "Elk voorjaar is er een bakkersavond: de bakkers, het kernteam en twee docenten lopen "
                "samen het programma van het volgende jaar door. Wat de bakkers missen of dubbel "
                "vinden, gaat mee in het nieuwe PTA en de nieuwe OER."),
          ("b", "Bij de proeve van bekwaamheid aan het eind van de opleiding zit een bakker als "
                "beoordelaar naast de examinator van het ROC."),
          ("h", "Wie is de baas van de route?"),
          ("p", "De route wordt dagelijks geleid door het **kernteam**. Daarin zitten:"),
          ("b", "de teamleider bovenbouw van De Slinge (nu Anja Lensink);"),
          ("b", "de teamleider Food & Bakery van het ROC (nu Hanneke Bokkers);"),
          ("b", "een routecoördinator, gekozen uit de docenten van beide scholen (nu Erik Wolters, "
                "docent bakkerij van het ROC)."),
          ("p", "Hoe kom je in het kernteam? De locatiedirecteur van De Slinge en de directeur van "
                "de ROC-school Food wijzen ieder hun eigen teamleider aan. De routecoördinator kiezen "
                "ze samen, na een open oproep onder de docenten. Beide besturen bekrachtigen die "
                "keuze schriftelijk, en dan geldt de aanwijzing voor drie schooljaren. Daarna kan "
                "dezelfde persoon opnieuw worden aangewezen."),
          ("p", "Wat het kernteam zelf regelt en beslist:"),
          ("b", "het weekrooster, welke docent welke lessen geeft en de invalregeling;"),
          ("b", "wie tot de route wordt toegelaten, na een gesprek met leerling en ouders;"),
          ("b", "de indeling van meeloopdagen en stages over de bakkerijen;"),
          ("b", "de inkoop van grondstoffen en kleine spullen binnen het budget dat bij de € 650 "
                "per leerling hoort (zie hieronder);"),
          ("b", "de planning van toetsen en examens, binnen wat in PTA en OER staat."),
          ("p", "Waar het kernteam níet over gaat: extra geld, het aannemen van personeel, het "
                "veranderen van deze afspraken en het stoppen met de route. Dat beslissen de besturen."),
          ("h", "Hoe weten de besturen hoe het gaat?"),
          ("b", "Elk kwartaal stuurt het kernteam een 'bakbrief' van één A4 naar beide besturen: "
                "aantal leerlingen, wie er gestopt is, stages, bijzonderheden."),
          ("b", "Vóór 15 juli van elk schooljaar volgt een jaarverslag met de cijfers over "
                "instroom, doorstroom en uitval, de examenresultaten en wat er met het geld is "
                "gedaan."),
          ("b", "Dat jaarverslag bespreken de twee bestuurders in september met het kernteam. Het "
                "kernteam legt dan uit wat het het afgelopen jaar heeft besloten en waarom; de "
                "besturen geven zo nodig opdrachten mee voor het nieuwe jaar."),
          ("h", "Wie geeft waar les, en in welke bakkerij?"),
          ("p", "We werken met één team bakkerijdocenten van beide scholen. Zo ziet de week eruit:"),
          ("table", [["Wanneer", "Waar", "Wie geeft les"],
                     ["Leerjaar 3, maandag- en woensdagmiddag",
                      "Leerbakkerij De Slinge, lokaal B.05 (twee rijskasten, steenoven)",
                      "Bennie ter Horst (De Slinge)"],
                     ["Leerjaar 3, dinsdag 2 uur brood en banket",
                      "Leerbakkerij De Slinge, lokaal B.05",
                      "Erik Wolters (ROC), samen met Bennie ter Horst"],
                     ["Leerjaar 4, hele donderdag",
                      "Leerbakkerij ROC, Ambachtsweg Doetinchem, hal 2",
                      "Erik Wolters (ROC); Bennie ter Horst gaat mee"],
                     ["Leerjaar 4, overige dagen", "De Slinge", "Team De Slinge"],
                     ["Routejaar 3-5", "ROC Doetinchem en stagebakkerij", "Team Food & Bakery ROC"]],
           [3, 4, 3.2]),
          ("b", "Voor elk vak staat er iemand met de juiste papieren voor de klas. Waar Erik en "
                "Bennie elkaars lessen geven, doen we dat met de teambevoegdheid; in de "
                "programmabeschrijving staat welke onderdelen dat zijn."),
          ("b", "De Slinge regelt en betaalt de bus naar Doetinchem op donderdag (vertrek 8.00 uur "
                "bij de school, terug om 15.30 uur)."),
          ("b", "In hal 2 van het ROC mogen onze leerlingen de grote deegmenger, de "
                "zesvloerenoven en de koelcel gebruiken, altijd onder toezicht van een ROC-docent."),
          ("b", "Andersom stelt De Slinge haar schoolwinkeltje in de aula op vrijdag open voor "
                "verkoopopdrachten van ROC-studenten."),
          ("b", "Hygiëne-instructie en het hygiënecertificaat doen de leerlingen in leerjaar 3 bij "
                "De Slinge; dat certificaat geldt ook in de leerbakkerij van het ROC."),
          ("b", "Het programma en de toetsen per leerjaar staan in het PTA (vmbo-deel, vastgesteld "
                "door De Slinge) en de OER (mbo-deel, vastgesteld door het ROC). Het kernteam maakt "
                "beide elk jaar vóór 1 oktober samen klaar. Een klacht over iemand van de andere "
                "school handelt de school af waar de klacht binnenkomt, in overleg met de andere."),
          ("h", "Wat als een leerling toch iets anders wil?"),
          ("p", "Het kan gebeuren: een leerling merkt dat bakken toch niets voor hem is, het niveau "
                "past niet, of het gezin verhuist. Dan zoeken we samen een plek waar hij of zij "
                "alsnog een diploma haalt."),
          ("b", "**Stopt een leerling in leerjaar 3 of 4**, dan gaat hij of zij verder in de gewone "
                "kaderopleiding Horeca, bakkerij en recreatie van De Slinge, of in een ander profiel "
                "als dat beter past, op weg naar het vmbo-diploma kader."),
          ("b", "**Heeft de leerling het vmbo-diploma al**, maar wil hij of zij geen bakker worden, "
                "dan kan de leerling bij het ROC overstappen naar een andere opleiding op niveau 3, "
                "bijvoorbeeld Zelfstandig werkend kok of Gastheer/gastvrouw. Het ROC vraagt daarvoor "
                "geen extra toelatingseisen."),
          ("b", "**Is het vmbo-diploma aan het eind van routejaar 3 nog niet binnen**, dan mag de "
                "leerling bij het ROC gewoon verder richting het bakkersdiploma op niveau 3, of op "
                "niveau 2 (Bakker) als dat beter past. De leerling kan er ook voor kiezen het "
                "vmbo-examen over te doen."),
          ("b", "**Bij een verhuizing** helpen we bij de aanmelding bij een school in de nieuwe "
                "woonplaats en sturen we, als ouders dat goed vinden, het dossier mee."),
          ("p", "Hoe beslissen we? Binnen twee weken na de vraag is er een keukentafelgesprek met "
                "de leerling, de ouders, de mentor en de decaan van De Slinge (Marloes Hulshof) of, "
                "in de mbo-jaren, de studieloopbaanbegeleider van het ROC. We kijken naar wat de "
                "leerling al heeft gehaald, op welk niveau hij of zij werkt en hoe oud hij of zij is. "
                "Binnen vier weken na dat gesprek beslissen de twee teamleiders samen, en de ouders "
                "krijgen dat op papier. Naar een Entree-opleiding gaat alleen wie daar zelf, na dat "
                "gesprek, het meeste aan heeft."),
          ("h", "Gaat er geld van de een naar de ander?"),
          ("p", "Ja, op één punt. In leerjaar 4 staan de leerlingen nog bij De Slinge ingeschreven "
                "(en krijgt De Slinge het geld van het Rijk), maar ze bakken elke donderdag bij het "
                "ROC. Daarom maakt De Slinge **€ 650 per leerling per schooljaar** over aan het ROC "
                "voor de leerlingen in leerjaar 4. Dat geld is voor:"),
          ("b", "de uren van Erik Wolters op donderdag en dinsdag;"),
          ("b", "meel, boter, suiker, vulling en andere grondstoffen in hal 2;"),
          ("b", "onderhoud en slijtage van de machines die onze leerlingen gebruiken."),
          ("p", "We tellen het aantal leerlingen op 1 oktober. De Slinge betaalt in twee keer: de "
                "helft op 1 december en de rest op 1 mei. Verder betaalt iedere school haar eigen "
                "kosten; de bus is voor De Slinge. In de mbo-jaren gaat er geen geld van het ROC naar "
                "De Slinge."),
          ("h", "En als we het niet eens zijn?"),
          ("p", "Iedereen die met bakkers werkt weet: soms botst het. Als de scholen het oneens zijn "
                "over hoe deze afspraken worden uitgevoerd, doen we het zo:"),
          ("b", "Eerst het kernteam: binnen twee weken op de agenda."),
          ("b", "Lukt het daar niet, dan praten de locatiedirecteur van De Slinge en de directeur "
                "van de ROC-school Food het binnen vier weken uit."),
          ("b", "Lukt ook dat niet, dan gaat het naar de twee voorzitters van de colleges van "
                "bestuur, die binnen zes weken bij elkaar komen."),
          ("b", "Komen ook zij er niet uit, dan vragen ze een commissie van drie om advies: elk "
                "bestuur wijst één persoon aan en die twee kiezen samen een voorzitter. De commissie "
                "geeft binnen acht weken een bindend advies; beide besturen houden zich daaraan. De "
                "kosten delen we."),
          ("h", "Kan er een school bij, hoe passen we dingen aan en hoe stoppen we?"),
          ("b", "**Een school erbij.** Een andere vmbo-school in de Achterhoek met het profiel "
                "Horeca, bakkerij en recreatie kan meedoen als beide besturen daar schriftelijk ja op "
                "zeggen, de nieuwe school deze afspraken tekent en een eigen teamleider in het "
                "kernteam zet. Meedoen kan alleen vanaf 1 augustus, en elke school meldt de route "
                "zelf bij DUO."),
          ("b", "**Iets aanpassen.** Elk voorjaar kijkt het kernteam na de bakkersavond of er iets "
                "moet veranderen. Een aanpassing geldt pas als beide besturen haar hebben getekend, "
                "gaat in op 1 augustus en mag leerlingen die al in de route zitten niet benadelen."),
          ("b", "**Stoppen.** Een bestuur dat wil stoppen, meldt dat schriftelijk vóór 1 januari. "
                "De afspraken lopen dan nog door tot 31 juli van het schooljaar daarna. Na de melding "
                "starten er geen nieuwe groepen meer; leerlingen die al in de route zitten maken die "
                "af, met dezelfde leerbakkerij en dezelfde stagebedrijven. Gaat een school onverwacht "
                "dicht, dan zorgt de andere school ervoor dat de lopende leerlingen hun diploma kunnen "
                "halen."),
          ("h", "Wanneer gaat dit in?"),
          ("p", "Deze afspraken gelden vanaf 1 augustus 2025 voor zes schooljaren, tot en met 31 juli "
                "2031. Daarna lopen ze steeds een jaar door, tenzij een bestuur stopt zoals hierboven "
                "staat."),
          ("space", 10),
          ("p", "Getekend in Groenlo op 30 juni 2025."),
          ("sig", [("Stichting Voortgezet Onderwijs Oost-Achterhoek",
                    "Stichting ROC Achterhoek-IJssel"),
                   ("<br/><br/>Gerda Hulshof, voorzitter college van bestuur",
                    "<br/><br/>Ria Klein Gunnewiek, voorzitter college van bestuur")])]
    make_pdf(path, B, "Samen naar de bakkerij - doorlopende leerroute", "Wim Rouwhorst",
             header="Doorlopende leerroute bakkerij De Slinge - ROC Achterhoek-IJssel")


# =============================================================================================
# 127  PDF  Flevoland, mobiliteit en transport - two-column layout (Frames side by side)
# =============================================================================================

@sample(127, "twee_kolommen_flevoland_mobiliteit", "pdf",
        "Two-column PDF (reportlab Frames side by side, full-width title block on page 1) written by "
        "the BPV-coordinator in chatty 'we/jullie' style with short noun-phrase headings ('Wie "
        "stuurt', 'Als het niet past', 'Ruzie?'). Lelystad (Flevoland), Mobiliteit en transport bb "
        "-> Autotechnicus 2. Compliant: stuurploeg with aanstellingsbrief, routerapport twice a year, "
        "EUR 950 per pupil for Hal B and instructeur, routeklankbord, mediation then rechter.",
        st("p p p p p p p p p p"),
        {"a": "Om welke route het gaat",
         "b": "De garages",
         "c": "Wie stuurt",
         "d": "Hoe we de besturen bijpraten",
         "e": "Mensen, werkplaatsen en spullen",
         "f": "Als het niet past",
         "g": "Geld",
         "h": "Meepraten",
         "i": "Ruzie?",
         "j": "Erbij, eruit of anders"})
def build_127(path):
    head = [("title", "Van werkplaats naar werkplaats"),
            ("sub", "Afspraken over de doorlopende leerroute Mobiliteit en transport (basis) - "
                    "Autotechnicus niveau 2, tussen het Zuiderzee Vakcollege in Lelystad en ROC "
                    "Flevopolder. Versie 1.0, juni 2025. Opgesteld door Dirk-Jan Hoekstra, "
                    "BPV-coördinator techniek, met Rachid El Amrani en Petra Schuurman."),
            ("small", "<b>Partijen:</b> Stichting Openbaar Voortgezet Onderwijs Flevoland-Midden, "
                      "bestuur van het Zuiderzee Vakcollege, Lelystad, vertegenwoordigd door "
                      "Marjolein Kuiper (voorzitter college van bestuur) - hierna: <b>Zuiderzee</b>; "
                      "en Stichting ROC Flevopolder, Lelystad, vertegenwoordigd door Onno Brouwer "
                      "(lid college van bestuur) - hierna: <b>het ROC</b>. Beide besturen tekenen "
                      "hieronder en zijn dus aan deze afspraken gebonden.")]
    B = [
        ("h", "Kort gezegd"),
        ("p", "Onze bb-leerlingen die sleutelen leuk vinden, gaan nu na het vmbo-examen een zomer "
              "uit beeld en beginnen in september bij het ROC opnieuw. Een flink deel haakt in het "
              "eerste mbo-jaar af. Met deze route loopt het in één keer door: leerjaar 3 en 4 bij "
              "ons, daarna twee jaar bij het ROC, en aan het eind twee diploma's. Hieronder staat "
              "hoe we dat doen. Collega's: lees vooral de stukken over het rooster en over uitstappen."),
        ("h", "Om welke route het gaat"),
        ("p", "Leerlingen van Zuiderzee in het profiel <b>Mobiliteit en transport</b>, "
              "basisberoepsgerichte leerweg, kunnen na leerjaar 2 kiezen voor de route naar de "
              "mbo-opleiding <b>Autotechnicus, niveau 2</b> (BOL, opleidingsdomein Mobiliteit en "
              "voertuigen) van het ROC."),
        ("b", "Routejaar 1 en 2 = leerjaar 3 en 4 bij Zuiderzee. Vmbo-diploma basis aan het eind "
              "van leerjaar 4."),
        ("b", "Routejaar 3 en 4 = twee jaar bij het ROC, Autotechniekcampus aan de Vliegveldweg."),
        ("b", "Per jaar hooguit 16 leerlingen: zoveel bruggen hebben we."),
        ("h", "De garages"),
        ("p", "Zonder de garages geen route. Vier bedrijven doen vast mee: Autobedrijf Van der Ploeg "
              "(Lelystad), Garage Bosma (Dronten), Flevo Bandenservice (Almere) en Zuiderzee Truck "
              "& Van (Lelystad). Afgesproken is:"),
        ("b", "elk bedrijf neemt leerlingen mee voor de proefdraaiweek in leerjaar 4 (vijf "
              "werkdagen in de garage);"),
        ("b", "in de twee mbo-jaren biedt elk bedrijf minstens drie stageplekken; ze zijn alle "
              "vier erkend leerbedrijf;"),
        ("b", "op de techniekdonderdag (vier keer per jaar) komt een monteur een les geven, "
              "bijvoorbeeld over hybride auto's en veilig werken aan hoogvolt;"),
        ("b", "Van der Ploeg leent ons een oude hybride als lesauto;"),
        ("b", "drie keer per jaar zitten de chefs werkplaats in de werkplaatsraad: zij kijken "
              "naar het programma en zeggen wat er in de praktijk anders gaat. De stuurploeg "
              "schrijft op wat ze met dat advies doet;"),
        ("b", "bij het praktijkexamen aan het eind kijkt een chef werkplaats mee en beoordeelt "
              "samen met de examinator van het ROC."),
        ("h", "Wie stuurt"),
        ("p", "De route heeft een eigen <b>stuurploeg</b> van drie mensen:"),
        ("b", "de afdelingsleider techniek van Zuiderzee (nu Rachid El Amrani);"),
        ("b", "de teamleider Mobiliteit van het ROC (nu Petra Schuurman);"),
        ("b", "de BPV-coördinator techniek (nu ikzelf, Dirk-Jan Hoekstra, in dienst van "
              "Zuiderzee)."),
        ("p", "Hoe je daarin komt: de directeur van Zuiderzee en de directeur Techniek van het ROC "
              "stellen de drie samen voor. Beide besturen tekenen daarna een aanstellingsbrief met "
              "de namen; die geldt een schooljaar en wordt elk jaar in juni opnieuw getekend. "
              "Vertrekt iemand, dan volgt binnen een maand op dezelfde manier een opvolger."),
        ("p", "Wat de stuurploeg zelf mag besluiten:"),
        ("b", "het rooster, de verdeling van de lessen over de docenten en de vervanging bij ziekte;"),
        ("b", "de toelating tot de route na het intakegesprek in leerjaar 2;"),
        ("b", "welke leerling naar welke garage gaat;"),
        ("b", "de examenplanning binnen PTA en OER;"),
        ("b", "kleine aankopen voor de werkplaats tot € 1.500 per keer, binnen het geld uit het "
              "stuk 'Geld'."),
        ("p", "Wat niet: personeel aannemen of uitlenen, extra geld uitgeven, deze afspraken "
              "veranderen. Daarover beslissen de besturen."),
        ("h", "Hoe we de besturen bijpraten"),
        ("b", "Twee keer per jaar, in januari en in juni, stuurt de stuurploeg een routerapport "
              "van hooguit drie pagina's naar beide besturen: aantallen, wie er stopte en waarom, "
              "stageplekken, examenuitslagen, besteding van het geld en wat de garages zeiden."),
        ("b", "Na het junirapport zit de stuurploeg met de twee bestuurders een uur om tafel. "
              "Daar leggen we uit wat we hebben besloten en waarom; de bestuurders kunnen dan "
              "bijsturen."),
        ("b", "Loopt er iets echt mis (een garage stopt, een ongeluk in de werkplaats), dan hoort "
              "de directeur van beide scholen het binnen twee werkdagen van ons."),
        ("h", "Mensen, werkplaatsen en spullen"),
        ("p", "<b>Docenten.</b> De lessen autotechniek geven we met één team. In leerjaar 3 geeft "
              "Gert Visser (Zuiderzee) de praktijkvakken in werkplaats T1 van Zuiderzee, drie "
              "dagdelen per week. In leerjaar 4 is elke woensdag een hele dag op de campus van het "
              "ROC in Hal B, waar instructeur Ahmed Boukhari (ROC) les geeft en Gert meegaat. In de "
              "mbo-jaren is het ROC-team aan zet; Gert blijft in het eerste mbo-jaar één middag per "
              "week mentor van de groep. Waar Gert en Ahmed elkaars onderdelen geven, gebruiken we "
              "de teambevoegdheid; voor elk onderdeel is er ook iemand met de juiste bevoegdheid."),
        ("p", "<b>Werkplaatsen.</b> Hal B van het ROC heeft vier bruggen, een uitlijnset, "
              "diagnoseapparatuur en een hoogvolt-oefenopstelling; onze leerlingen werken daar op "
              "woensdag. Het ROC leent Zuiderzee daarnaast twee diagnosetablets voor werkplaats T1. "
              "Andersom mogen ROC-studenten fietstechniek op vrijdag de fietswerkplaats van "
              "Zuiderzee gebruiken."),
        ("p", "<b>Veiligheid en vervoer.</b> Werkkleding en schoenen regelt Zuiderzee in leerjaar "
              "3 en 4; de hoogvolt-instructie doet het ROC. Naar de campus fietsen de leerlingen "
              "(2 km); bij slecht weer regelen we een busje."),
        ("p", "<b>Programma en examens.</b> Het programma per leerjaar en de examens staan in het "
              "PTA (vmbo) en de OER (mbo). De stuurploeg maakt ze elk jaar vóór 1 oktober samen af; "
              "Zuiderzee stelt het PTA vast en het ROC de OER. Klachten over een docent van de "
              "andere school: de school waar de klacht binnenkomt, pakt hem op en betrekt de "
              "andere school erbij."),
        ("h", "Als het niet past"),
        ("p", "Jullie kennen het: na een half jaar blijkt dat een leerling liever kapper wordt, of "
              "het gaat thuis mis en de leerling verhuist. We laten niemand zonder plek zitten. Wat "
              "er kan:"),
        ("b", "<b>Eruit in leerjaar 3 of 4:</b> de leerling gaat verder in de gewone bb-opleiding "
              "Mobiliteit en transport, of in een ander profiel bij Zuiderzee (bijvoorbeeld PIE), en "
              "haalt het vmbo-diploma basis."),
        ("b", "<b>Met vmbo-diploma, maar geen auto's meer:</b> overstap naar een andere opleiding "
              "op niveau 2 bij het ROC, zoals Medewerker fietstechniek of Logistiek medewerker. Het "
              "ROC vraagt dan niets extra."),
        ("b", "<b>Geen vmbo-diploma aan het eind van routejaar 3:</b> de leerling mag bij het ROC "
              "door in de opleiding Autotechnicus of een andere opleiding op niveau 2, of het "
              "vmbo-examen nog eens doen."),
        ("b", "<b>Verhuizing:</b> we helpen met de aanmelding bij een school in de nieuwe "
              "woonplaats en geven met toestemming van ouders de gegevens door."),
        ("p", "Wie beslist er? Binnen twee weken is er een uitstapgesprek met de leerling, de "
              "ouders, de mentor en de decaan van Zuiderzee (Ilona de Graaf) - in de mbo-jaren de "
              "studieloopbaanbegeleider van het ROC. We kijken naar wat de leerling al kan en heeft "
              "gehaald, en naar de leeftijd. Binnen vijf weken na het gesprek tekenen de "
              "afdelingsleider van Zuiderzee en de teamleider van het ROC samen het besluit, en "
              "dat krijgen leerling en ouders mee naar huis. Niemand gaat automatisch naar Entree."),
        ("h", "Geld"),
        ("p", "In leerjaar 4 krijgt Zuiderzee het geld van het Rijk, maar de woensdag vindt bij "
              "het ROC plaats. Daarom maakt Zuiderzee <b>€ 950 per leerling</b> in leerjaar 4 per "
              "schooljaar over aan het ROC. Dat is voor de uren van Ahmed Boukhari op woensdag, "
              "voor het gebruik van Hal B en voor wat er op gaat: olie, filters, remblokken en "
              "ander verbruiksmateriaal. We tellen op 1 oktober; Zuiderzee betaalt in januari. "
              "Verder gaat er geen geld over en weer: ieder betaalt zijn eigen mensen en spullen."),
        ("h", "Meepraten"),
        ("p", "Leerlingen en ouders wisselen halverwege van school, en dan raak je snel je stem "
              "kwijt. Daarom:"),
        ("b", "er is een routeklankbord van twee leerlingen, twee ouders en van elke school één "
              "docent; het komt twee keer per jaar bij elkaar. Wat het zegt, gaat naar de "
              "stuurploeg én naar de MR van Zuiderzee en de studentenraad van het ROC;"),
        ("b", "leerlingen uit leerjaar 4 mogen aanschuiven bij de studentenraad van de campus "
              "Vliegveldweg als het over de campus gaat, ook al staan ze nog bij Zuiderzee "
              "ingeschreven;"),
        ("b", "plannen die de hele route raken (bijvoorbeeld de woensdag verplaatsen) legt de "
              "stuurploeg eerst voor aan de MR van Zuiderzee en de studentenraad van het ROC."),
        ("h", "Ruzie?"),
        ("p", "Als Zuiderzee en het ROC het oneens zijn over hoe deze afspraken worden "
              "uitgevoerd:"),
        ("b", "eerst de stuurploeg, binnen twee weken;"),
        ("b", "dan de twee directeuren, binnen vier weken;"),
        ("b", "dan een mediator die beide besturen samen kiezen; kosten half-half;"),
        ("b", "helpt dat na drie maanden niet, dan beslist de rechtbank Midden-Nederland."),
        ("h", "Erbij, eruit of anders"),
        ("p", "<b>Erbij.</b> Een andere vmbo-school uit Flevoland (bijvoorbeeld uit Dronten of "
              "Almere) kan meedoen als beide besturen dat schriftelijk goed vinden, de school "
              "deze afspraken tekent en zelf een docent autotechniek inzet. Instappen gebeurt per "
              "1 augustus; elke school meldt de route zelf bij DUO."),
        ("p", "<b>Eruit.</b> Wie wil stoppen, zegt dat schriftelijk vóór 1 maart; de afspraken "
              "eindigen dan op 31 juli van het jaar erna. Vanaf dat moment starten er geen nieuwe "
              "leerlingen meer. Leerlingen die al in de route zitten, maken hem af, bij dezelfde "
              "garages en zo veel mogelijk met dezelfde docenten."),
        ("p", "<b>Anders.</b> Aanpassen kan alleen met een aanvulling die beide besturen tekenen. "
              "Een aanpassing gaat in bij de start van een schooljaar en mag leerlingen die al in "
              "de route zitten niet slechter uit laten komen."),
        ("h", "Vanaf wanneer"),
        ("p", "Deze afspraken gelden van 1 augustus 2025 tot en met 31 juli 2030 en lopen daarna "
              "telkens een jaar door, tenzij iemand stopt zoals hierboven staat."),
        ("p", "Lelystad, 30 juni 2025"),
        ("p", "Voor Stichting Openbaar Voortgezet Onderwijs Flevoland-Midden:<br/><br/>"
              "Marjolein Kuiper, voorzitter college van bestuur"),
        ("p", "Voor Stichting ROC Flevopolder:<br/><br/>Onno Brouwer, lid college van bestuur"),
    ]
    make_pdf_two_columns(path, head, B, "Van werkplaats naar werkplaats", "Dirk-Jan Hoekstra",
                         "Route Autotechniek Lelystad - afspraken Zuiderzee Vakcollege en ROC "
                         "Flevopolder 2025-2030")


# =============================================================================================
# 128  DOCX  Limburg, groen - Word auto-numbering (numbering.xml) + RACI table
# =============================================================================================

@sample(128, "autonummering_raci_limburg_groen", "docx",
        "DOCX by the BPV-coordinator: headings and clauses numbered only through numbering.xml "
        "(no typed numbers), plus a RACI table 'Wie doet wat' (R/A/C/I per task for routeteam, "
        "teamleider, opleidingsmanager, besturen). Roermond (Midden-Limburg), Groen kb -> Vakbekwaam "
        "hovenier 3 at an AOC. Compliant in everyday words; no money moves between the parties; "
        "studentenraad membership for year-4 pupils; bindend advies as last step.",
        st("p p p p p p p p p p"),
        {"a": "De route in het kort",
         "b": "Samen met hoveniers en groenbedrijven",
         "c": "Het routeteam",
         "d": "Hoe de besturen op de hoogte blijven",
         "e": "Lesgeven, kassen en machines",
         "f": "Als een leerling wil uitstappen",
         "g": "Kosten",
         "h": "Meepraten en meebeslissen",
         "i": "Als we het oneens zijn",
         "j": "Nieuwe partners, wijzigen en stoppen"})
def build_128(path):
    from docx.shared import Pt, Cm
    d = new_docx("Samenwerkingsafspraken groene route Roermond", "Lotte Janssen")
    num = docx_add_numbering(d, [("decimal", "%1.", 567), ("decimal", "%1.%2", 851),
                                 ("lowerLetter", "%3.", 1134)])

    def H(text):
        p = d.add_paragraph(text, style="Heading 1")
        docx_set_num(p, num, 0)
        return p

    def C(text, lvl=1):
        p = docx_para(d, text)
        docx_set_num(p, num, lvl)
        return p

    def bullet(text):
        return docx_para(d, text, style="List Bullet")

    d.add_paragraph("Samenwerkingsafspraken groene route Roermond", style="Title")
    docx_para(d, "Doorlopende leerroute vmbo Groen (kader) - Vakbekwaam hovenier (mbo niveau 3)")
    docx_para(d, "Opgesteld door Lotte Janssen, BPV-coördinator Groen, in overleg met Sjef Houben "
                 "(teamleider bovenbouw Vakcollege Maasplassen) en Ellen Peeters (opleidingsmanager "
                 "Groene ruimte, AOC Maas & Heuvelland). Definitieve versie, 30 juni 2025.")
    docx_para(d, "**Wie sluiten deze afspraken?**")
    bullet("Stichting Katholiek Voortgezet Onderwijs Midden-Limburg in Roermond, het bestuur van "
           "Vakcollege Maasplassen, vertegenwoordigd door drs. Jo Cremers, voorzitter van het "
           "college van bestuur (hierna: het Vakcollege);")
    bullet("Stichting Agrarisch Opleidingscentrum Maas & Heuvelland in Roermond, vertegenwoordigd "
           "door Nicole Hermans, voorzitter van het college van bestuur (hierna: het AOC).")
    docx_para(d, "Beide besturen spreken het volgende af. Waar 'we' staat, bedoelen we de twee "
                 "scholen samen.")

    H("De route in het kort")
    C("Vanaf schooljaar 2025-2026 bieden het Vakcollege en het AOC samen een doorlopende "
      "leerroute vmbo-mbo aan. Leerlingen van het Vakcollege in het profiel Groen, "
      "kaderberoepsgerichte leerweg, kunnen na leerjaar 2 instromen.")
    C("De route eindigt met het mbo-diploma Vakbekwaam hovenier, niveau 3 (BOL, "
      "kwalificatiedossier Hovenier) van het AOC. Onderweg halen de leerlingen het vmbo-diploma "
      "kader, in principe aan het eind van leerjaar 4 en uiterlijk in het derde routejaar.")
    C("Leerjaar 3 en 4 (routejaar 1 en 2) vallen onder het Vakcollege; daar staan de leerlingen "
      "dan ingeschreven. Routejaar 3 tot en met 5 vallen onder het AOC, locatie Roermond-Oost.")
    C("Er starten per schooljaar hooguit 18 leerlingen.")

    H("Samen met hoveniers en groenbedrijven")
    C("Vier werkgevers doen mee en hebben dat schriftelijk toegezegd: Hoveniersbedrijf Smeets "
      "(Herten), Groenvoorziening Maas & Roer (Roermond), Tuinen van Houben (Swalmen) en de "
      "buitendienst van de gemeente Roermond.")
    C("Wat ze doen:")
    C("in leerjaar 3 lopen alle leerlingen twee doe-dagen mee bij een van de vier;", 2)
    C("in leerjaar 4 ontwerpen en leggen de leerlingen in groepjes een kleine tuin aan voor een "
      "echte klant van een van de bedrijven, met een hovenier als opdrachtgever;", 2)
    C("in de mbo-jaren biedt elk bedrijf minstens vier stageplekken per jaar; alle vier zijn "
      "erkend leerbedrijf;", 2)
    C("bij de proeve van bekwaamheid is een hovenier tweede beoordelaar.", 2)
    C("Twee keer per jaar, in oktober en april, is er een buitenoverleg in de kas van het AOC. "
      "De bedrijven kijken dan mee naar het lesprogramma en de beoordelingslijsten. Hun advies "
      "wordt opgeschreven; het routeteam laat binnen een maand weten wat ermee gebeurt.")

    H("Het routeteam")
    C("De route wordt geleid door het routeteam. Daarin zitten vier mensen: de teamleider "
      "bovenbouw van het Vakcollege (nu Sjef Houben), de opleidingsmanager Groene ruimte van het "
      "AOC (nu Ellen Peeters), de BPV-coördinator Groen van het AOC (nu Lotte Janssen) en een "
      "docent groen van het Vakcollege (nu Roel Vossen).")
    C("De teamleider en de opleidingsmanager zitten er vanwege hun functie in. De twee andere "
      "leden worden voorgedragen door hun eigen docententeam; de rector van het Vakcollege en de "
      "vestigingsdirecteur van het AOC wijzen ze daarna samen aan. Beide colleges van bestuur "
      "bevestigen alle vier de namen in een gezamenlijke brief. Een lid zit er twee schooljaren "
      "en kan daarna opnieuw worden aangewezen.")
    C("Het routeteam regelt de route van dag tot dag en mag zelf besluiten over het rooster, de "
      "toelating van leerlingen, de verdeling van stageplekken en uitgaven tot € 2.000 per keer "
      "uit het eigen routebudget van een van beide scholen. Grotere uitgaven, het aannemen van "
      "personeel en het veranderen van deze afspraken liggen bij de besturen. Wie wat doet, staat "
      "in de tabel hieronder.")
    docx_para(d, "**Wie doet wat**  (R = doet het werk, A = beslist en staat ervoor, C = wordt "
                 "vooraf om zijn mening gevraagd, I = hoort het achteraf)")
    rows = [["Taak", "Routeteam", "Teamleider Vakcollege", "Opleidingsmanager AOC",
             "Beide besturen"],
            ["Weekrooster van de gezamenlijke lessen", "A, R", "C", "C", "I"],
            ["Toelating van leerlingen tot de route", "A, R", "C", "C", "I"],
            ["Verdeling van stageplekken over de bedrijven", "A, R", "I", "I", "I"],
            ["PTA (vmbo-deel) opstellen", "R", "A", "C", "I"],
            ["OER (mbo-deel) opstellen", "R", "C", "A", "I"],
            ["Besluit over uitstappen van een leerling", "R", "A (samen met OM)",
             "A (samen met TL)", "I"],
            ["Uitgaven tot € 2.000 per keer", "A, R", "I", "I", "I"],
            ["Uitgaven boven € 2.000, personeel aannemen", "C", "C", "C", "A"],
            ["Halfjaarbericht aan de besturen", "A, R", "C", "C", "I"],
            ["Wijzigen van deze afspraken", "R", "C", "C", "A"]]
    docx_table(d, rows, widths_cm=[6.0, 2.2, 2.8, 2.8, 2.4])
    docx_para(d, "")

    H("Hoe de besturen op de hoogte blijven")
    C("In december en in juni stuurt het routeteam beide colleges van bestuur een halfjaarbericht "
      "van hooguit drie pagina's: hoeveel leerlingen er per leerjaar zijn, wie er in- en "
      "uitstroomde en waarom, de resultaten van toetsen en examens, hoe het met de stageplekken "
      "staat en welke besluiten het routeteam nam en waarom.")
    C("Elk jaar in september maken de twee bestuurders met het routeteam een tuinwandeling over "
      "het terrein van het AOC, waarin het afgelopen jaar wordt besproken. Wat daar wordt "
      "afgesproken, komt in een kort verslag dat beide besturen krijgen.")
    C("Bij iets ernstigs (een ongeluk, een bedrijf dat afhaakt) hoort de rector of de "
      "vestigingsdirecteur het binnen twee werkdagen van het routeteam.")

    H("Lesgeven, kassen en machines")
    C("Docenten van beide scholen vormen één groen team. In leerjaar 3 geven Roel Vossen en Ine "
      "Cremers (Vakcollege) de praktijklessen in de schooltuin en lokaal 0.08 van het Vakcollege; "
      "op dinsdagochtend komt Math Beckers, docent hovenieren van het AOC, daar lesgeven.")
    C("In leerjaar 4 zijn de leerlingen elke donderdag de hele dag op het AOC: in de proeftuin, "
      "de kas en bij het machinepark (minigraver, trilplaat, bosmaaiers), met Math Beckers; Ine "
      "Cremers gaat mee. Het AOC-busje haalt de leerlingen om 8.15 uur op bij het Vakcollege. In "
      "routejaar 3 tot en met 5 is alles op het AOC.")
    C("Waar docenten elkaars onderdelen geven, gebruiken we de teambevoegdheid; welke onderdelen "
      "dat zijn, staat in de programmabeschrijving. Voor elk onderdeel is er een bevoegde docent.")
    C("We lenen elkaar ruimtes en spullen: het AOC stelt op donderdag de proeftuin, de kas en het "
      "machinepark beschikbaar en levert de beschermingsmiddelen; het Vakcollege stelt op "
      "woensdagmiddag zijn houtwerkplaats open voor AOC-studenten die tuinmeubels bouwen.")
    C("Het programma en de toetsen per leerjaar staan in het PTA (vmbo) en de OER (mbo); die "
      "worden elk jaar vóór 1 oktober op elkaar afgestemd. Het Vakcollege neemt de vmbo-examens "
      "af, de examencommissie van het AOC de mbo-examens. Een klacht over een medewerker van de "
      "andere school handelen we samen af; de school waar de klacht binnenkomt, neemt het "
      "initiatief.")

    H("Als een leerling wil uitstappen")
    C("Wie uit de route wil of moet, krijgt een andere weg naar een diploma:")
    C("in leerjaar 3 of 4: verder in de gewone kaderopleiding Groen van het Vakcollege, of in een "
      "ander profiel, op weg naar het vmbo-diploma kader;", 2)
    C("met vmbo-diploma, maar geen hovenier: een andere opleiding op niveau 3 bij het AOC, "
      "bijvoorbeeld Vakbekwaam medewerker dierenzorg of Vakbekwaam bloembinder, zonder extra "
      "toelatingseisen;", 2)
    C("zonder vmbo-diploma aan het eind van routejaar 3: toch verder bij het AOC op niveau 3 of, "
      "als dat beter past, op niveau 2 (Hovenier), of het vmbo-examen nog een keer doen;", 2)
    C("bij verhuizing: hulp bij de aanmelding bij een groene opleiding in de nieuwe regio, met "
      "het dossier erbij als de ouders dat goed vinden.", 2)
    C("Binnen twee weken na de vraag zitten de mentor en de decaan van het Vakcollege (in de "
      "mbo-jaren de studieloopbaanbegeleider van het AOC) met de leerling en de ouders aan tafel. "
      "We kijken naar wat de leerling al gehaald heeft, op welk niveau hij of zij werkt en naar "
      "de leeftijd. Binnen vier weken na dat gesprek besluiten de teamleider van het Vakcollege "
      "en de opleidingsmanager van het AOC samen, en de ouders krijgen het besluit schriftelijk. "
      "De werkwijze staat ook in de schoolgids van beide scholen.")

    H("Kosten")
    C("Er wordt geen geld van de ene school naar de andere overgemaakt. Ieder betaalt zijn eigen "
      "docenten, ruimtes, machines en materialen; het AOC betaalt het busje en de diesel, het "
      "Vakcollege de houtwerkplaats. De lessen van Math Beckers op dinsdag en de uren van Ine "
      "Cremers op donderdag wegen we tegen elkaar weg.")
    C("Elke school zet voor de route een eigen routebudget van € 4.000 per jaar apart; het "
      "routeteam besteedt dat voor de school die het betaalt.")

    H("Meepraten en meebeslissen")
    C("Het AOC past het reglement van zijn studentenraad zo aan dat een leerling uit leerjaar 4 "
      "van de route als volwaardig lid kan meedoen, ook al staat die leerling nog bij het "
      "Vakcollege ingeschreven.")
    C("De MR van het Vakcollege en de studentenraad van het AOC krijgen allebei het "
      "halfjaarbericht. Plannen die de hele route veranderen, bijvoorbeeld de donderdag op het AOC "
      "verschuiven of de groep vergroten, legt het routeteam eerst aan allebei voor advies voor.")

    H("Als we het oneens zijn")
    C("Zijn de scholen het oneens over hoe deze afspraken worden uitgevoerd, dan komt het eerst "
      "op de agenda van het routeteam, binnen twee weken.")
    C("Komt het routeteam er niet uit, dan gaat het naar de rector van het Vakcollege en de "
      "vestigingsdirecteur van het AOC (binnen vier weken) en daarna naar de twee voorzitters van "
      "de colleges van bestuur (binnen zes weken).")
    C("Lukt het ook daar niet, dan vragen de besturen samen een onafhankelijke deskundige om een "
      "bindend advies. Worden ze het binnen twee weken niet eens over wie, dan wijst elk bestuur "
      "één deskundige aan en kiezen die twee een derde; die drie geven het advies. De kosten "
      "worden gedeeld.")

    H("Nieuwe partners, wijzigen en stoppen")
    C("Een andere school met het profiel Groen, of een andere mbo-school, kan aansluiten als "
      "beide besturen daar schriftelijk mee instemmen en de nieuwe partner deze afspraken tekent "
      "en iemand in het routeteam zet. Aansluiten kan per 1 augustus; elke school meldt de route "
      "zelf bij DUO.")
    C("Wijzigen kan alleen schriftelijk, met handtekening van beide besturen. Een wijziging gaat "
      "in bij het begin van een schooljaar en mag leerlingen die al in de route zitten niet "
      "benadelen.")
    C("Een bestuur dat wil stoppen, zegt dat schriftelijk vóór 1 februari. De samenwerking eindigt "
      "dan op 31 juli van het schooljaar daarna. Na die melding nemen we geen nieuwe leerlingen "
      "meer aan; leerlingen die al in de route zitten maken hun route af, met dezelfde kas, "
      "dezelfde machines en dezelfde stagebedrijven.")

    H("Ingang en duur")
    C("Deze afspraken gaan in op 1 augustus 2025 en gelden voor onbepaalde tijd. Elke drie jaar "
      "kijken we samen of ze nog kloppen.")

    docx_para(d, "")
    docx_para(d, "Getekend in Roermond op 30 juni 2025")
    docx_table(d, [["Voor Stichting Katholiek Voortgezet Onderwijs Midden-Limburg\n\n\n"
                    "drs. Jo Cremers, voorzitter college van bestuur",
                    "Voor Stichting Agrarisch Opleidingscentrum Maas & Heuvelland\n\n\n"
                    "Nicole Hermans, voorzitter college van bestuur"]],
               header=False, style="Normal Table")
    save_docx(d, path)


# =============================================================================================
# 129  DOCX  Drenthe, media en vormgeving - arrangements in a table "Onderwerp | Afspraak | Wie"
# =============================================================================================

@sample(129, "afsprakentabel_drenthe_media", "docx",
        "DOCX written by a decaan: short intro in the first person, then all arrangements in one "
        "three-column Word table 'Onderwerp | Afspraak | Wie' (topics in plain words: 'Wie de route "
        "leidt', 'Bijpraten van de besturen', 'Uitstappen', 'Onenigheid'). Emmen (Zuidoost-Drenthe), "
        "Media, vormgeving en ICT gl/tl -> Mediavormgever 4. Compliant: 9% of the rijksbijdrage per "
        "pupil with bestemming, routetafel aangewezen by boards, dashboard three times a year, "
        "leerling in studentenraad, escalation ending at the rechter.",
        st("p p p p p p p p p p"),
        {"a": "Welke route",
         "b": "Opdrachtgevers en bedrijven",
         "c": "Wie de route leidt",
         "d": "Bijpraten van de besturen",
         "e": "Docenten",
         "f": "Uitstappen",
         "g": "Geld",
         "h": "Meepraten",
         "i": "Onenigheid",
         "j": "Nieuwe school erbij"})
def build_129(path):
    from docx.shared import Pt
    d = new_docx("Afsprakenkaart doorlopende route Media", "Femke Oosting", font="Arial", size=10)
    d.add_paragraph("Afsprakenkaart doorlopende route Media & Design", style="Title")
    docx_para(d, "De Vaart (Emmen) en ROC Hunzedal - vmbo Media, vormgeving en ICT (gl/tl) naar "
                 "Mediavormgever niveau 4")
    d.add_paragraph("Waarom een kaart?", style="Heading 2")
    docx_para(d, "Ik ben Femke Oosting, decaan bij De Vaart. Ouders en leerlingen vragen me elk "
                 "voorjaar: hoe zit dat nou, die route naar het ROC? Samen met Harm Hadders, "
                 "teamleider Media & Design bij ROC Hunzedal, heb ik daarom alle afspraken in één "
                 "tabel gezet. Per onderwerp staat erin wat we afspreken en wie het doet. De twee "
                 "besturen hebben deze kaart vastgesteld en ondertekend; daarmee is het geen "
                 "folder maar een afspraak waar beide scholen zich aan houden.")
    d.add_paragraph("Wie tekenen?", style="Heading 2")
    docx_para(d, "Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe in Emmen, het bestuur "
                 "van vmbo De Vaart, vertegenwoordigd door Albert Lubbers, bestuurder (hierna: De "
                 "Vaart), en Stichting ROC Hunzedal in Emmen, vertegenwoordigd door Esther Kiers, "
                 "voorzitter van het college van bestuur (hierna: Hunzedal).", style="List Bullet")
    d.add_paragraph("De afspraken", style="Heading 2")
    rows = [
        ["Onderwerp", "Afspraak", "Wie"],
        ["Welke route",
         "Leerlingen van De Vaart in het profiel Media, vormgeving en ICT, gemengde of theoretische "
         "leerweg, kunnen na leerjaar 2 kiezen voor de route naar de mbo-opleiding Mediavormgever, "
         "niveau 4 (BOL, opleidingsdomein ICT en creatieve industrie) van Hunzedal.\n"
         "Leerjaar 3 en 4 bij De Vaart (vmbo-diploma gl/tl aan het eind van leerjaar 4), daarna "
         "drie jaar bij de Vakschool Media & Design van Hunzedal aan de Van Schaikweg. Per jaar "
         "hooguit 20 leerlingen.",
         "Beide besturen"],
        ["Opdrachtgevers en bedrijven",
         "Vier bedrijven doen vast mee: Studio Veenlicht (webdesign, Emmen), Drukkerij Hilbrands "
         "(Klazienaveen), RTV Hondsrug (regionale omroep) en reclamebureau Mulder & Bolt (Coevorden).\n"
         "Ze leveren twee keer per jaar een echte opdracht met briefing en eindpresentatie "
         "(leerjaar 4 en de mbo-jaren); ze doen in leerjaar 4 een portfoliogesprek met elke "
         "leerling; samen bieden ze minstens tien stageplekken per jaar in het tweede en derde "
         "mbo-jaar; en bij de proeve van bekwaamheid zit een van hen in de beoordeling.\n"
         "Eén keer per jaar (februari) zit de werkveldtafel: de bedrijven bekijken met de "
         "routetafel het programma en zeggen wat er mist.",
         "Routecoördinator regelt; bedrijven leveren"],
        ["Wie de route leidt",
         "De route wordt geleid door de routetafel: de teamleider bovenbouw van De Vaart (nu "
         "Tineke Snijders), de teamleider Media & Design van Hunzedal (nu Harm Hadders) en een "
         "routecoördinator (nu ikzelf, Femke Oosting).\n"
         "Hoe je aan tafel komt: elk bestuur wijst zijn eigen teamleider aan met een korte brief. "
         "De routecoördinator wordt door de twee teamleiders samen gekozen; beide besturen "
         "bevestigen die keuze schriftelijk. De aanwijzing geldt twee schooljaren en kan worden "
         "verlengd.",
         "Besturen wijzen aan"],
        ["Wat de routetafel zelf mag",
         "Zelf beslissen: het rooster van de gezamenlijke lessen en wie ze geeft, de toelating "
         "van leerlingen, de verdeling van stageplekken en opdrachtgevers, de planning van toetsen "
         "binnen PTA en OER, en uitgaven uit het routebudget tot € 1.500 per keer.\n"
         "Niet zelf: personeel aannemen, uitgaven daarboven, deze afspraken veranderen, stoppen "
         "met de route. Dat gaat naar de besturen.",
         "Routetafel"],
        ["Bijpraten van de besturen",
         "Drie keer per jaar (november, maart, juni) krijgen beide besturen een dashboard van één "
         "pagina: aantallen, uitval, stageplekken, cijfers.\n"
         "In juni komt daar een jaarbrief bij waarin de routetafel uitlegt wat ze besloot en "
         "waarom, en wat er met het geld is gebeurd. In september bespreken de twee bestuurders die "
         "jaarbrief met de routetafel; daarna kunnen ze bijsturen.",
         "Routetafel naar beide besturen"],
        ["Docenten",
         "Eén team. Leerjaar 3: de beroepsvakken door Jeroen Bolt en Roelie Kuipers (De Vaart); op "
         "maandagmiddag geeft Wiebe Mulder (Hunzedal) typografie en beeldbewerking op De Vaart.\n"
         "Leerjaar 4: elke vrijdag op Hunzedal bij Wiebe Mulder en Geertje Bruins, Jeroen gaat "
         "mee. Mbo-jaren: het team van Hunzedal; Roelie Kuipers blijft in het eerste mbo-jaar "
         "een uur per week coach.\n"
         "Waar docenten elkaars onderdelen geven, gebruiken we de teambevoegdheid; voor elk "
         "onderdeel is een bevoegde docent. Welke onderdelen dat zijn, staat in het PTA/OER.",
         "Teamleiders"],
        ["Lokalen en apparatuur",
         "De Vaart: Mac-lokaal 1.22 en de kleine fotostudio, ook op dinsdagmiddag open voor "
         "studenten van Hunzedal.\n"
         "Hunzedal: de drukwerkplaats (risograaf, grootformaatprinter), de videostudio met green "
         "screen en de camera-uitleen aan de balie, op vrijdag voor onze leerlingen uit leerjaar 4. "
         "Hunzedal regelt ook de Adobe-licenties voor leerjaar 4.",
         "Beide scholen"],
        ["Lesprogramma en examens",
         "Het programma per leerjaar staat in het PTA (vmbo, vastgesteld door De Vaart) en de OER "
         "(mbo, vastgesteld door Hunzedal). De routetafel stemt beide jaarlijks vóór 1 oktober op "
         "elkaar af. Vmbo-examens: De Vaart. Mbo-examens: de examencommissie van Hunzedal.\n"
         "Klachten over een docent van de andere school: de school waar de klacht binnenkomt, pakt "
         "haar op en betrekt de andere school.",
         "Teamleiders, examencommissies"],
        ["Uitstappen",
         "Een leerling die wil of moet stoppen, krijgt een andere weg naar een diploma:\n"
         "- leerjaar 3 of 4: gewoon verder in de gl/tl-opleiding van De Vaart, in hetzelfde of een "
         "ander profiel, op weg naar het vmbo-diploma;\n"
         "- met vmbo-diploma maar niet meer in media: een andere opleiding op niveau 4 of 3 bij "
         "Hunzedal (bijvoorbeeld Medewerker marketing en communicatie of Software developer), "
         "zonder extra eisen;\n"
         "- geen vmbo-diploma aan het eind van routejaar 3: toch door bij Hunzedal op niveau 4 "
         "of 3, of het vmbo-examen herkansen;\n"
         "- verhuizing: hulp bij aanmelding bij een school in de nieuwe regio.\n"
         "Binnen twee weken is er een gesprek met leerling, ouders, mentor en decaan (in de "
         "mbo-jaren de studieloopbaanbegeleider). We wegen wat de leerling al heeft gehaald, het "
         "niveau en de leeftijd. Binnen vier weken daarna besluiten de twee teamleiders samen; "
         "ouders krijgen het besluit op papier.",
         "Mentor, decaan, beide teamleiders"],
        ["Geld",
         "De Vaart maakt voor elke route-leerling in leerjaar 3 en 4 jaarlijks 9% van de "
         "rijksbijdrage die zij voor die leerling krijgt over aan Hunzedal (nu ongeveer € 740 per "
         "leerling per jaar).\n"
         "Dat geld is voor: de uren van Wiebe Mulder op maandag en vrijdag, de Adobe-licenties, "
         "de camera-uitleen en het papier en de inkt in de drukwerkplaats.\n"
         "Telling op 1 oktober; betaling in twee delen (december en mei). Verder betaalt ieder "
         "zijn eigen kosten.",
         "Financiële afdelingen van beide scholen"],
        ["Meepraten",
         "Een leerling uit leerjaar 4 mag als lid meedoen in de studentenraad van de Vakschool "
         "Media & Design, al staat hij of zij nog bij De Vaart ingeschreven; Hunzedal past het "
         "reglement daarop aan.\n"
         "De MR van De Vaart en de studentenraad van Hunzedal krijgen de jaarbrief en worden "
         "vooraf om advies gevraagd als de route ingrijpend verandert (andere dag, groter, ander "
         "gebouw).",
         "Routetafel, MR, studentenraad"],
        ["Onenigheid",
         "Zijn de scholen het oneens over hoe deze afspraken worden uitgevoerd: eerst de "
         "routetafel (binnen twee weken), dan de directeur van De Vaart en de directeur van de "
         "Vakschool (binnen vier weken), dan de twee bestuurders (binnen zes weken). Komt er dan "
         "nog geen oplossing, dan kan elk bestuur het voorleggen aan de rechtbank Noord-Nederland, "
         "locatie Assen.",
         "Routetafel, directeuren, bestuurders"],
        ["Nieuwe school erbij",
         "Een andere vmbo- of mbo-school uit Drenthe kan instappen als beide besturen "
         "schriftelijk akkoord geven, de nieuwe school deze kaart tekent en iemand aan de "
         "routetafel zet. Instappen per 1 augustus; elke school meldt zich zelf bij DUO.",
         "Beide besturen"],
        ["Stoppen",
         "Opzeggen kan schriftelijk vóór 1 februari, met einde op 31 juli van het schooljaar "
         "daarna. Daarna geen nieuwe instroom meer; leerlingen die al in de route zitten maken "
         "haar af, met dezelfde docenten en lokalen.",
         "Beide besturen"],
        ["Aanpassen",
         "Alleen schriftelijk en door beide besturen getekend. Een aanpassing gaat in bij een "
         "nieuw schooljaar en mag leerlingen die al in de route zitten niet benadelen.",
         "Beide besturen"],
        ["Looptijd",
         "Van 1 augustus 2025 tot en met 31 juli 2030; daarna steeds een jaar langer, tenzij een "
         "bestuur opzegt.",
         "-"],
    ]
    docx_table(d, rows, widths_cm=[3.4, 10.4, 3.2])
    docx_para(d, "")
    docx_para(d, "Emmen, 30 juni 2025")
    docx_table(d, [["Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe\n\n\n"
                    "Albert Lubbers, bestuurder",
                    "Stichting ROC Hunzedal\n\n\nEsther Kiers, voorzitter college van bestuur"]],
               header=False, style="Normal Table")
    save_docx(d, path)


# =============================================================================================
# 130  MD  West-Friesland, economie en ondernemen - very short (one page), two subtle defects
# =============================================================================================

@sample(130, "een_pagina_westfriesland_retail", "md",
        "Very short Markdown (one page) by a teamleider: '##' topic headings and terse bullets. "
        "Hoorn (West-Friesland), Economie en ondernemen bb -> Verkoper 2. Defects: the retail "
        "employers appear only as an intention with the how deferred to the first year (b weak); "
        "disagreements are only 'samen uitpraten' by the two directors (i weak). No word on "
        "medezeggenschap. Everything else arranged in few words, incl. explicit 'geen geld'.",
        st("p w p p p p p na w p"),
        {"a": "De route",
         "c": "Wie stuurt",
         "d": "Bijpraten",
         "e": "Les en lokalen",
         "f": "Uitstappen",
         "g": "Geld",
         "j": "Erbij, eruit, anders"})
def build_130(path):
    text = """# Afspraken route Verkoop - Vakcollege De Westfries en ROC Kop en Westfriesland

**Partijen:** Stichting Voortgezet Onderwijs West-Friesland (bestuur van Vakcollege De Westfries,
Hoorn) en Stichting ROC Kop en Westfriesland (Hoorn), allebei getekend door de voorzitter van het
college van bestuur. Opgesteld door Kees Bakker, teamleider bovenbouw De Westfries.

## De route
Profiel Economie en ondernemen, basisberoepsgerichte leerweg, naar de mbo-opleiding Verkoper,
niveau 2 (BOL) van het ROC, locatie Hoorn. Leerjaar 3 en 4 bij De Westfries (vmbo-diploma basis
eind leerjaar 4), daarna twee jaar ROC. Per jaar maximaal 20 leerlingen.

## Winkels
We willen de winkeliers uit Hoorn graag bij de route betrekken. Hoe en met wie, werken we in het
eerste routejaar uit.

## Wie stuurt
- Routeduo: teamleider bovenbouw De Westfries (nu Kees Bakker) en opleidingsmanager Retail ROC (nu
  Nelleke Schouten).
- De twee directeuren wijzen hen elk jaar in juni aan, in een brief die beide bestuurders tekenen.
- Mogen zelf beslissen over rooster, inzet van docenten, toelating, stage-indeling en
  examenplanning. Niet over geld, personeel of deze afspraken: dat doen de besturen.

## Bijpraten
In januari en juni mailt het routeduo beide besturen een verslag (aantallen, uitval, resultaten,
knelpunten, genomen besluiten). In september bespreken ze dat met de twee bestuurders.

## Les en lokalen
- Leerjaar 3 en 4: beroepsvakken door Joyce Kok en Sander Tuin (De Westfries); elke vrijdagochtend
  geeft ROC-docent Bram de Wit les op De Westfries. Waar nodig met teambevoegdheid.
- Leerjaar 4: woensdagmiddag in de oefenwinkel van het ROC (kassa's, magazijn, etalage).
  Mbo-jaren: alles op het ROC.
- De Westfries leent het ROC in december haar schoolwinkel voor de kerstmarkt.
- PTA (vmbo) en OER (mbo) per leerjaar stellen we elk jaar vóór 1 oktober samen af.

## Uitstappen
- Leerjaar 3 of 4: verder in de gewone bb-opleiding Economie en ondernemen (of een ander profiel)
  naar het vmbo-diploma basis.
- Met vmbo-diploma: een andere opleiding op niveau 2 bij het ROC (bijv. Logistiek medewerker),
  zonder extra eisen. Zonder vmbo-diploma na routejaar 3: toch door op niveau 2, of het examen
  overdoen.
- Binnen vier weken een besluit: mentor en decaan (mbo-jaren: loopbaanbegeleider ROC) praten met
  leerling en ouders; wat de leerling al kan en de leeftijd tellen mee. Teamleider en
  opleidingsmanager tekenen het besluit samen.

## Geld
Er gaat geen geld tussen de scholen over. De vrijdag van Bram de Wit ruilen we tegen de
woensdagbegeleiding door Sander Tuin; verder betaalt ieder zijn eigen kosten.

## Onenigheid
Zijn we het oneens over deze afspraken, dan praten de twee directeuren het samen uit.

## Erbij, eruit, anders
- Nieuwe school: kan per 1 augustus, als beide besturen schriftelijk akkoord zijn en de nieuwe
  school deze afspraken tekent.
- Stoppen: schriftelijk vóór 1 februari, einde op 31 juli van het schooljaar erna. Geen nieuwe
  instroom meer; leerlingen die al in de route zitten maken haar af.
- Wijzigen: alleen schriftelijk door beide besturen, ingang nieuw schooljaar, nooit ten nadele van
  leerlingen in de route.

Geldig vanaf 1 augustus 2025 voor vier schooljaren. Hoorn, 30 juni 2025.

Anneke Zeeman, voorzitter CvB Stichting Voortgezet Onderwijs West-Friesland
Pieter Mol, voorzitter CvB Stichting ROC Kop en Westfriesland
"""
    write_text(path, text)


# =============================================================================================
# 131  PDF  Twente, produceren/installeren/energie - long routeboek (about 10 pages)
# =============================================================================================

@sample(131, "lang_routeboek_twente_installatie", "pdf",
        "Long PDF 'routeboek' (about 10 pages) by a locatiedirecteur: typed numbered chapters, a "
        "weekly timetable table, a yearly calendar and contact annex. Almelo (Twente), Produceren, "
        "installeren en energie kb -> Eerste monteur elektrotechnische / werktuigkundige "
        "installaties 3. Compliant throughout in practitioners' words: routeregie with "
        "aanwijzingsbesluit and a mandate list, quarterly mail plus routejaarverslag, two money "
        "flows each with amount and purpose, joint MR/studentenraad evening, mediation then "
        "rechtbank, instappen/wijzigen/stoppen with a cohort guarantee.",
        st("p p p p p p p p p p"),
        {"a": "2. De route zelf",
         "b": "3. Met de installatiebedrijven",
         "c": "4. Wie stuurt de route",
         "d": "5. Hoe de besturen meekijken",
         "e": "7. Mensen",
         "f": "11. Als de route niet past",
         "g": "12. Geld",
         "h": "13. Inspraak van leerlingen, ouders en collega's",
         "i": "14. Als we het niet eens worden",
         "j": "15. Nieuwe partners, wijzigen en stoppen"})
def build_131(path):
    B = [
        ("title", "Routeboek Installatietechniek Almelo"),
        ("sub", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo tussen Vakcollege De Esch "
                "en ROC Twente-Vecht - Produceren, installeren en energie (kader) naar Eerste monteur "
                "installatietechniek (mbo niveau 3). Schooljaren 2025-2026 tot en met 2030-2031."),
        ("h", "Partijen"),
        ("b", "Stichting Christelijk Voortgezet Onderwijs Almelo en omstreken, gevestigd in Almelo, "
              "het bestuur van Vakcollege De Esch, vertegenwoordigd door Gerard Oude Vrielink, "
              "voorzitter van het college van bestuur - in dit routeboek: **De Esch**;"),
        ("b", "Stichting ROC Twente-Vecht, gevestigd in Almelo, vertegenwoordigd door Marloes "
              "Kamphuis, lid van het college van bestuur - in dit routeboek: **het ROC**."),
        ("p", "Beide besturen ondertekenen dit routeboek. Alles wat hierin staat, is dus een "
              "afspraak tussen de twee besturen, ook waar het in gewone woorden is opgeschreven."),
        ("h", "Waarom een routeboek?"),
        ("p", "Ik ben Hennie Nijhuis, locatiedirecteur van De Esch. Toen we in 2022 begonnen met "
              "een pilot 'installatieklas' hadden we een mailwisseling, een paar gespreksverslagen "
              "en veel goede wil. Dat werkte zolang dezelfde mensen bleven zitten. Maar Bart "
              "Schuttert, onze eerste routecoördinator, ging met pensioen, en toen bleek hoeveel er "
              "alleen in zijn hoofd zat. Dit routeboek legt daarom vast hoe de route werkt, wie "
              "wat doet en wat er gebeurt als het schuurt. Het is geschreven met Lieke Bruggink "
              "(opleidingsmanager Installatietechniek van het ROC), de docenten van beide kanten en "
              "vier installateurs uit de regio."),
        ("p", "Het boek is bedoeld om te gebruiken. Docenten, mentoren en de decaan: jullie vinden "
              "het rooster in hoofdstuk 6 en de uitstapregeling in hoofdstuk 11. Bestuurders: "
              "hoofdstuk 4, 5 en 12 gaan vooral over jullie."),
        ("h", "1. Waarom deze route"),
        ("p", "Twente heeft de komende jaren honderden monteurs nodig voor warmtepompen, "
              "laadpalen, zonnepanelen en het verduurzamen van huizen en kantoren. Tegelijk zien we "
              "dat veel van onze kaderleerlingen techniek 'wel leuk' vinden, maar na het "
              "vmbo-examen afhaken: ze kiezen iets anders, of stoppen in het eerste mbo-jaar "
              "omdat de overgang te groot is. In de pilot stopten van de 31 leerlingen er drie, "
              "tegen gemiddeld een op de vijf in de gewone overstap. Dat willen we vasthouden."),
        ("p", "Uitgangspunten: één doorlopend programma zonder dubbele stof, zo vroeg mogelijk "
              "echt werk bij echte bedrijven, en vaste gezichten. Een leerling moet in leerjaar 3 "
              "al weten wie hem in het laatste jaar gaat begeleiden."),
        ("h", "2. De route zelf"),
        ("p", "2.1 De route is bedoeld voor leerlingen van De Esch in het profiel **Produceren, "
              "installeren en energie**, kaderberoepsgerichte leerweg. Zij kiezen aan het eind van "
              "leerjaar 2 voor de route."),
        ("p", "2.2 De route leidt naar een van twee mbo-opleidingen op niveau 3 van het ROC, in het "
              "opleidingsdomein Installatie- en energietechniek:"),
        ("b", "**Eerste monteur elektrotechnische installaties woning en utiliteit** (niveau 3);"),
        ("b", "**Eerste monteur werktuigkundige installaties** (niveau 3)."),
        ("p", "De leerling kiest aan het eind van leerjaar 4 welke van de twee; tot die tijd is het "
              "programma voor iedereen gelijk."),
        ("p", "2.3 Opbouw: routejaar 1 en 2 zijn leerjaar 3 en 4 van De Esch; de leerling staat dan "
              "bij De Esch ingeschreven en haalt aan het eind van leerjaar 4 het vmbo-diploma "
              "kader. Routejaar 3, 4 en 5 zijn de mbo-jaren bij het ROC in het Techniekhuis aan de "
              "Havenkade. In routejaar 5 kan een student, als een bedrijf een baan aanbiedt, "
              "overstappen naar de beroepsbegeleidende leerweg (BBL) van dezelfde opleiding."),
        ("p", "2.4 Per schooljaar starten hooguit 24 leerlingen, in één groep. Zijn er meer "
              "aanmeldingen, dan kiest de routeregie (hoofdstuk 4) na een gesprek met elke "
              "leerling; motivatie weegt zwaarder dan cijfers."),
        ("h", "3. Met de installatiebedrijven"),
        ("p", "3.1 Vijf bedrijven hebben zich voor de hele looptijd aan de route verbonden met een "
              "getekende steunverklaring: Installatiebedrijf Brinkhuis (Almelo), Wessels "
              "Elektrotechniek (Vriezenveen), Haverkate Klimaattechniek (Wierden), Pot & Hofste "
              "Duurzame Installaties (Borne) en het Leerwerkbedrijf Installatie Twente, waarin "
              "twaalf kleinere installateurs samen leerlingen opleiden. Alle vijf zijn erkend "
              "leerbedrijf."),
        ("p", "3.2 Wat de bedrijven doen:"),
        ("b", "**Leerjaar 3** - elke leerling loopt twee dagen mee met een monteur (in de "
              "herfstperiode); elk bedrijf komt één keer per jaar een gastles geven in het "
              "praktijklokaal, bijvoorbeeld over het aansluiten van een laadpaal."),
        ("b", "**Leerjaar 4** - een meesterproef: in groepjes van vier werken de leerlingen zes "
              "weken aan een echte klus van een bedrijf (bijvoorbeeld het ontwerp van de installatie "
              "in een oefenwoning) en presenteren die aan de installateur."),
        ("b", "**Routejaar 3 tot en met 5** - de vijf bedrijven bieden samen minstens 30 "
              "stageplaatsen per jaar en in routejaar 5 zo veel mogelijk BBL-banen."),
        ("b", "**Meedenken** - twee keer per jaar (januari en juni) vergadert de werkveldgroep: "
              "van elk bedrijf de praktijkopleider of eigenaar, plus de routeregie. De werkveldgroep "
              "geeft advies over het programma, de keuzedelen en nieuwe techniek. De routeregie "
              "schrijft op wat ze met elk advies doet en stuurt dat binnen een maand aan de "
              "bedrijven."),
        ("b", "**Beoordelen** - bij de proeve van bekwaamheid in het laatste jaar beoordeelt een "
              "praktijkopleider van een ander bedrijf dan het stagebedrijf mee."),
        ("b", "**Materiaal** - Brinkhuis en Haverkate leveren elk jaar restpartijen buis, kabel en "
              "fittingen voor de praktijklokalen."),
        ("p", "3.3 Eén vertegenwoordiger van de bedrijven (nu Annemiek Brinkhuis) schuift aan bij de "
              "routeregie als adviseur, zonder stem."),
        ("h", "4. Wie stuurt de route"),
        ("p", "4.1 De route heeft één sturend orgaan: de **routeregie**. Die bestaat uit:"),
        ("b", "de afdelingsleider techniek van De Esch (nu Tom Hofste);"),
        ("b", "de opleidingsmanager Installatietechniek van het ROC (nu Lieke Bruggink);"),
        ("b", "de routecoördinator (nu Erwin Gerritsen, docent PIE bij De Esch, 0,3 fte);"),
        ("b", "als adviseur zonder stem: de vertegenwoordiger van de bedrijven (3.3)."),
        ("p", "4.2 Hoe de leden er komen. De locatiedirecteur van De Esch en de directeur Techniek "
              "van het ROC stellen samen een voordracht op. Beide colleges van bestuur nemen daarna "
              "een gezamenlijk aanwijzingsbesluit met de namen. Een aanwijzing geldt drie "
              "schooljaren en kan één keer worden verlengd. Gaat iemand tussentijds weg, dan wordt "
              "binnen zes weken op dezelfde manier een opvolger aangewezen; tot die tijd neemt de "
              "eigen directeur de plaats in."),
        ("p", "4.3 Wat de routeregie zelf beslist (zonder eerst naar de besturen te gaan):"),
        ("b", "het weekrooster en de verdeling van de lessen over de docenten van beide scholen, "
              "binnen de uren die elke school daarvoor heeft vrijgemaakt;"),
        ("b", "de toelating van leerlingen tot de route (2.4);"),
        ("b", "de koppeling van leerlingen aan bedrijven voor meeloopdagen, meesterproef en stage;"),
        ("b", "de concept-PTA en concept-OER voor de route, die daarna door De Esch (PTA) en het "
              "ROC (OER) worden vastgesteld;"),
        ("b", "de besteding van het routebudget (12.3) tot € 5.000 per uitgave;"),
        ("b", "de contacten met de bedrijven en de werkveldgroep."),
        ("p", "4.4 Wat bij de besturen blijft: de begroting van het routebudget, uitgaven boven "
              "€ 5.000, het aannemen, uitlenen of ontslaan van personeel, het aantal plaatsen per "
              "jaar (2.4), elke wijziging van dit routeboek en het besluit om met de route te "
              "stoppen."),
        ("p", "4.5 De routeregie besluit in overeenstemming tussen de twee scholen. Lukt dat niet, "
              "dan gaat het punt naar de twee directeuren (zie hoofdstuk 14)."),
        ("h", "5. Hoe de besturen meekijken"),
        ("p", "5.1 **Elk kwartaal** (oktober, januari, april, juli) mailt de routecoördinator beide "
              "besturen een 'stand van de route' van één pagina: aantallen per leerjaar, "
              "verzuim, wie er is gestopt of overgestapt, stageplaatsen en bijzonderheden."),
        ("p", "5.2 **Elk jaar vóór 1 oktober** stuurt de routeregie beide besturen een "
              "routejaarverslag over het afgelopen schooljaar. Daarin staan in elk geval: de "
              "instroom, doorstroom en uitstroom per leerjaar; de examen- en diplomaresultaten; wat "
              "er met uitstappers is gebeurd (hoofdstuk 11); de besteding van het geld uit "
              "hoofdstuk 12; de adviezen van de werkveldgroep en wat ermee is gedaan; en de "
              "besluiten die de routeregie op grond van 4.3 heeft genomen."),
        ("p", "5.3 **In november** is het jaarlijkse bestuurlijk gesprek: de twee bestuurders, de "
              "twee directeuren en de routeregie bespreken het routejaarverslag. De bestuurders "
              "kunnen daar de routeregie opdrachten geven voor het volgende jaar; die worden in een "
              "kort verslag vastgelegd."),
        ("p", "5.4 **In juni** legt de routeregie een routejaarplan met begroting voor het nieuwe "
              "schooljaar aan beide besturen voor; pas na goedkeuring door allebei mag het "
              "routebudget worden uitgegeven."),
        ("p", "5.5 Bij ernstige gebeurtenissen (een ongeval in de installatiehal, een bedrijf dat "
              "afhaakt, een klacht bij de inspectie) informeert de routeregie beide directeuren "
              "binnen twee werkdagen."),
        ("h", "6. Een week in de route"),
        ("p", "Zo ziet een gewone lesweek eruit (rooster 2025-2026; kleine schuiven binnen het "
              "rooster beslist de routeregie, zie 4.3)."),
        ("table", [["Dag", "Leerjaar 3 (De Esch)", "Leerjaar 4 (De Esch + ROC)",
                    "Routejaar 3-5 (ROC)"],
                   ["Maandag", "AVO-vakken; middag praktijk T-blok (lokaal T.04)",
                    "AVO-vakken, examentraining", "Techniekhuis: theorie en praktijk"],
                   ["Dinsdag", "Praktijk elektra T.04 (Erwin Gerritsen)",
                    "Hele dag Techniekhuis, installatiehal (Mehmet Yilmaz, ROC; Erwin gaat mee)",
                    "Stage (vanaf routejaar 4: 2 dagen)"],
                   ["Woensdag", "AVO-vakken", "AVO-vakken; middag meesterproef",
                    "Techniekhuis"],
                   ["Donderdag", "Praktijk werktuigbouw T.06 (Sandra Wessels); 2 uur les door "
                                 "Mehmet Yilmaz (ROC)", "Praktijk De Esch T.06",
                    "Stage"],
                   ["Vrijdag", "Loopbaan en mentoruur; om de week gastles bedrijf",
                    "Mentoruur; keuzevak", "Techniekhuis; om de week terugkomdag"]],
           [2.0, 4.2, 4.6, 3.6]),
        ("h", "7. Mensen"),
        ("p", "7.1 De docenten van beide scholen vormen samen één routeteam. Vaste kern:"),
        ("b", "van De Esch: Erwin Gerritsen (elektrotechniek), Sandra Wessels (werktuigbouw), "
              "Niels Haverkate (Nederlands en loopbaan) en de mentoren van leerjaar 3 en 4;"),
        ("b", "van het ROC: Mehmet Yilmaz (installatietechniek), Ruud Pot (elektrotechniek), Ilse "
              "Oude Luttikhuis (studieloopbaanbegeleiding) en de instructeurs van de "
              "installatiehal."),
        ("p", "7.2 Wie geeft wat waar: in leerjaar 3 geeft Mehmet Yilmaz op donderdag twee uur les "
              "op De Esch; in leerjaar 4 zijn de leerlingen op dinsdag de hele dag in het "
              "Techniekhuis, waar Mehmet lesgeeft en Erwin Gerritsen meegaat als begeleider. In "
              "routejaar 3 blijft Niels Haverkate twee uur per week de taal- en loopbaanlessen "
              "geven in het Techniekhuis; daarna is het ROC-team aan zet."),
        ("p", "7.3 Waar docenten lessen geven in een onderdeel van de andere school, doen we dat "
              "met de teambevoegdheid. In de jaarlijkse programmabeschrijving (PTA/OER) staat "
              "welke onderdelen dat zijn; voor elk onderdeel is er altijd een docent met de "
              "passende bevoegdheid die ervoor verantwoordelijk is."),
        ("p", "7.4 Iedereen blijft in dienst van de eigen school; er wordt niemand gedetacheerd. "
              "De uren die een docent bij de andere school werkt, telt mee in de eigen "
              "normjaartaak. Bij ziekte regelt de eigen school vervanging; lukt dat niet, dan "
              "zoekt de routeregie een oplossing binnen het routeteam."),
        ("p", "7.5 Het routeteam heeft elk jaar twee gezamenlijke studiedagen (september en "
              "februari), afwisselend op De Esch en in het Techniekhuis. Nieuwe docenten lopen "
              "in hun eerste half jaar een dag mee op de andere school."),
        ("h", "8. Ruimtes, gereedschap en vervoer"),
        ("p", "8.1 **De Esch** stelt beschikbaar: de praktijklokalen T.04 (elektra, 12 "
              "werkplekken met oefenschakelborden) en T.06 (werktuigbouw, soldeer- en "
              "persgereedschap), en op woensdagmiddag het T-blok voor bijlessen van ROC-studenten "
              "die in Almelo-Noord wonen."),
        ("p", "8.2 **Het ROC** stelt beschikbaar: de installatiehal in het Techniekhuis met de "
              "warmtepompopstellingen, de vier oefenwoningen, het dak met zonnepanelen en de "
              "laadpaal-oefenplaats, op dinsdag voor de leerlingen van leerjaar 4; en de "
              "meetapparatuur en het gereedschap voor de meesterproef."),
        ("p", "8.3 Persoonlijke beschermingsmiddelen (werkschoenen, bril, handschoenen) krijgen de "
              "leerlingen in leerjaar 3 van De Esch. De veiligheidsinstructie voor de installatiehal "
              "geeft het ROC op de eerste dinsdag van leerjaar 4; zonder die instructie gaat "
              "niemand de hal in."),
        ("p", "8.4 Naar het Techniekhuis gaan de leerlingen op de fiets (3,5 km); De Esch regelt "
              "in de wintermaanden een bus als het KNMI code oranje geeft."),
        ("p", "8.5 Wie iets kapot maakt door gewoon gebruik, hoeft niets te vergoeden; schade door "
              "opzet of grove nalatigheid regelt de school van de leerling met de eigenaar."),
        ("h", "9. Examens en diploma's"),
        ("p", "9.1 Het programma en de toetsing per leerjaar staan in het PTA (vmbo-deel) en de "
              "OER (mbo-deel). De routeregie maakt beide elk jaar vóór 1 juli klaar; De Esch stelt "
              "het PTA vast en het ROC de OER, uiterlijk 1 oktober."),
        ("p", "9.2 Het centraal examen kader doen de leerlingen in leerjaar 4 bij De Esch. Het ROC "
              "neemt al in leerjaar 4 de mbo-examens af voor het keuzedeel Basisveiligheid en "
              "voor NEN 3140-instructie; die resultaten tellen mee in de mbo-opleiding."),
        ("p", "9.3 De examencommissie van De Esch gaat over de vmbo-examens en het vmbo-diploma, "
              "ook als de leerling al bij het ROC staat ingeschreven. De examencommissie "
              "Installatietechniek van het ROC gaat over de mbo-examens en het mbo-diploma."),
        ("h", "10. Begeleiding van leerlingen"),
        ("p", "10.1 Elke groep heeft in leerjaar 3 en 4 een mentor van De Esch en vanaf routejaar "
              "3 een studieloopbaanbegeleider van het ROC. In leerjaar 4 zitten ze samen bij de "
              "oudergesprekken, zodat de overdracht 'warm' is."),
        ("p", "10.2 Extra ondersteuning: in de vmbo-fase het ondersteuningsteam van De Esch, in de "
              "mbo-fase het studentenservicecentrum van het ROC. Het ontwikkelingsperspectief of "
              "het ondersteuningsplan gaat met toestemming van de ouders mee."),
        ("p", "10.3 Verzuim: in leerjaar 3 en 4 meldt De Esch, daarna het ROC. Op de dinsdag in het "
              "Techniekhuis geeft het ROC de afwezigheid voor 10.00 uur door aan de mentor."),
        ("p", "10.4 Klachten: een klacht over iemand van de andere school wordt behandeld door de "
              "school waar de klacht binnenkomt, samen met de andere school. De klachtenregeling "
              "van beide scholen geldt ook voor de route."),
        ("h", "11. Als de route niet past"),
        ("p", "11.1 Ons uitgangspunt: wie uit de route stapt, stapt over naar iets anders en niet "
              "uit school. Elke leerling houdt zicht op een diploma."),
        ("p", "11.2 Wat er kan, afhankelijk van het moment:"),
        ("table", [["Moment", "Wat er kan"],
                   ["Tijdens leerjaar 3 of 4",
                    "Verder in de gewone kaderopleiding PIE van De Esch of in een ander profiel "
                    "(bijvoorbeeld Bouwen, wonen en interieur), op weg naar het vmbo-diploma kader. "
                    "De onderdelen die al zijn gehaald, blijven staan."],
                   ["Na het vmbo-diploma, andere richting",
                    "Overstap naar een andere opleiding op niveau 3 bij het ROC, bijvoorbeeld "
                    "Eerste monteur mechatronica of Allround timmerman. Het ROC stelt geen "
                    "extra toelatingseisen."],
                   ["Vmbo-diploma niet gehaald aan het eind van routejaar 3",
                    "Toch verder bij het ROC in de gekozen opleiding op niveau 3, of op niveau 2 "
                    "(Monteur elektrotechnische installaties of Monteur werktuigkundige "
                    "installaties) als dat beter past; of het vmbo-examen opnieuw doen bij De Esch."],
                   ["Niveau 3 blijkt te hoog in de mbo-jaren",
                    "Overstap naar dezelfde richting op niveau 2, met behoud van behaalde "
                    "onderdelen."],
                   ["Verhuizing of een opleiding die het ROC niet heeft",
                    "Hulp bij aanmelding en intake bij een school in de nieuwe regio; met "
                    "toestemming van de ouders gaat het dossier mee."]],
           [4, 10]),
        ("p", "11.3 Hoe we beslissen. Zodra een leerling, de ouders of een docent aangeeft dat de "
              "route niet meer past, plant de mentor (in de mbo-jaren de studieloopbaanbegeleider) "
              "binnen tien schooldagen een uitstapgesprek. Daarbij zitten de leerling, de ouders, "
              "de mentor of studieloopbaanbegeleider en de decaan van De Esch (nu Niels Haverkate). "
              "We bekijken samen wat de leerling al heeft gehaald, op welk niveau hij of zij "
              "werkt, hoe oud hij of zij is en wat de leerling zelf wil."),
        ("p", "11.4 Binnen vier weken na dat gesprek nemen de afdelingsleider van De Esch en de "
              "opleidingsmanager van het ROC samen een besluit over de nieuwe plek. Leerling en "
              "ouders krijgen dat besluit op papier, met de naam van degene die de overstap "
              "begeleidt. Ze kunnen binnen twee weken om een tweede gesprek vragen."),
        ("p", "11.5 Een leerling gaat niet naar de Entree-opleiding omdat de route stopt. Alleen "
              "als een diploma op niveau 2 echt niet haalbaar blijkt, en na het gesprek hierboven, "
              "kan Entree de beste weg zijn."),
        ("p", "11.6 De werkwijze staat ook in de schoolgids van De Esch en in de studiegids van het "
              "ROC."),
        ("h", "12. Geld"),
        ("p", "12.1 **Van De Esch naar het ROC.** In leerjaar 4 staat de leerling bij De Esch "
              "ingeschreven, maar is hij of zij elke dinsdag in het Techniekhuis. De Esch maakt "
              "daarom voor elke leerling in leerjaar 4 **€ 1.100 per schooljaar** over aan het "
              "ROC. Dat bedrag is voor de lesuren van Mehmet Yilmaz en de instructeurs op dinsdag, "
              "voor het gebruik van de installatiehal en de oefenwoningen, en voor het materiaal "
              "dat daarbij opgaat."),
        ("p", "12.2 **Van het ROC naar De Esch.** In routejaar 3 geeft Niels Haverkate van De Esch "
              "twee uur per week les in het Techniekhuis. Het ROC maakt daarvoor **€ 6.800 per "
              "schooljaar** over aan De Esch, als vergoeding voor die lesuren."),
        ("p", "12.3 **Routebudget.** Beide scholen zetten elk € 5.000 per jaar uit eigen middelen "
              "apart voor gezamenlijke kosten (studiedagen, gastsprekers, de werkveldgroep). Elke "
              "school betaalt de rekeningen uit haar eigen deel; er gaat daarvoor geen geld naar de "
              "ander."),
        ("p", "12.4 We tellen de leerlingen op 1 oktober. De bedragen uit 12.1 en 12.2 worden in "
              "januari gefactureerd en binnen dertig dagen betaald. Elk jaar in juni kijken de "
              "controllers van beide scholen of de bedragen nog passen bij wat er werkelijk gebeurt; "
              "een aanpassing geldt pas als beide besturen haar hebben getekend. Verder betaalt "
              "elke school haar eigen personeel, gebouwen en spullen."),
        ("h", "13. Inspraak van leerlingen, ouders en collega's"),
        ("p", "13.1 Leerlingen in de route wisselen halverwege van school. Om te voorkomen dat ze "
              "dan nergens meer meepraten, spreken we af:"),
        ("b", "er zit altijd een leerling uit leerjaar 3 of 4 van de route in de leerlingenraad "
              "van De Esch;"),
        ("b", "leerlingen uit leerjaar 4 mogen aanschuiven bij de vergaderingen van de "
              "studentenraad van het Techniekhuis en daar het woord voeren, ook al staan ze nog "
              "bij De Esch ingeschreven;"),
        ("b", "elk jaar in maart is er een gezamenlijke avond van de MR van De Esch en de "
              "studentenraad van het ROC over de route, waarbij ook het ouderpanel van de route "
              "(vier ouders, twee uit elke fase) wordt uitgenodigd;"),
        ("b", "plannen die de hele route raken (een andere verdeling van de dagen, meer plaatsen, "
              "een ander gebouw) legt de routeregie eerst voor advies voor aan de MR van De Esch "
              "en de studentenraad van het ROC; plannen die de taken van docenten veranderen ook "
              "aan de personeelsgeleding van de MR en de ondernemingsraad van het ROC."),
        ("h", "14. Als we het niet eens worden"),
        ("p", "14.1 Verschillen van mening tussen de scholen over hoe dit routeboek wordt "
              "uitgevoerd, lossen we zo dicht mogelijk bij de klas op. De stappen:"),
        ("b", "**Stap 1** - de routeregie bespreekt het punt binnen twee weken nadat een van de "
              "leden het heeft aangekaart."),
        ("b", "**Stap 2** - komt de routeregie er niet uit, dan leggen de locatiedirecteur van De "
              "Esch en de directeur Techniek van het ROC het binnen vier weken samen op tafel."),
        ("b", "**Stap 3** - lukt dat niet, dan komen de twee bestuurders binnen zes weken bij "
              "elkaar."),
        ("b", "**Stap 4** - is er daarna nog geen oplossing, dan schakelen de besturen samen een "
              "mediator in, die zij gezamenlijk kiezen; de kosten worden gedeeld."),
        ("b", "**Stap 5** - levert ook de mediation binnen drie maanden niets op, dan kan elk "
              "bestuur het geschil voorleggen aan de rechtbank Overijssel, locatie Almelo."),
        ("p", "14.2 Zolang een verschil van mening loopt, gaat het onderwijs aan de leerlingen "
              "gewoon door zoals het in dit routeboek staat."),
        ("h", "15. Nieuwe partners, wijzigen en stoppen"),
        ("p", "15.1 **Instappen.** Een andere vmbo-school met het profiel PIE, of een andere "
              "mbo-instelling, kan aan de route meedoen als: beide besturen daar schriftelijk mee "
              "instemmen; de nieuwe partner dit routeboek ondertekent via een instapverklaring; de "
              "nieuwe partner een lid voor de routeregie levert en zijn eigen docenten inzet; en "
              "de instap ingaat op 1 augustus. Elke school meldt de route zelf bij DUO. Lopende "
              "groepen merken van een instap niets: hun rooster en begeleiding blijven gelijk."),
        ("p", "15.2 **Wijzigen.** Het routeboek wordt elk jaar in mei door de routeregie "
              "nagelopen. Voorstellen tot wijziging gaan naar beide besturen en gelden pas als "
              "allebei ze hebben getekend. Een wijziging gaat in bij het begin van een schooljaar; "
              "voor leerlingen die al in de route zitten mag zij niet nadelig uitpakken, tenzij de "
              "wet daartoe dwingt."),
        ("p", "15.3 **Stoppen.** Elk bestuur kan de samenwerking opzeggen met een brief vóór 1 "
              "februari; de samenwerking eindigt dan op 31 juli van het schooljaar daarna. De "
              "samenwerking kan ook direct worden beëindigd als een van de scholen failliet gaat "
              "of geen bekostiging meer ontvangt."),
        ("p", "15.4 **Garantie voor leerlingen.** Na een opzegging starten er geen nieuwe groepen "
              "meer. Elke leerling die op dat moment in de route zit, kan haar afmaken bij dezelfde "
              "scholen, in dezelfde ruimtes en met dezelfde bedrijven; de afspraken uit hoofdstuk "
              "7, 8, 11 en 12 blijven voor hen gelden tot de laatste leerling klaar is. Stopt een "
              "school plotseling (15.3, laatste zin), dan zorgt de andere school ervoor dat de "
              "lopende leerlingen hun diploma's toch kunnen halen."),
        ("h", "16. Privacy en gegevens"),
        ("p", "De scholen wisselen alleen de gegevens uit die nodig zijn voor het onderwijs en de "
              "begeleiding in de route: naam, leerjaar, resultaten, verzuim en, met toestemming van "
              "de ouders, het ondersteuningsplan. Daarvoor sluiten de besturen een aparte "
              "verwerkersafspraak. Gegevens gaan via het beveiligde leerlingvolgsysteem, niet via "
              "gewone mail."),
        ("h", "17. Looptijd en ondertekening"),
        ("p", "Dit routeboek geldt vanaf 1 augustus 2025 tot en met 31 juli 2031. Daarna loopt het "
              "steeds een schooljaar door, tenzij een bestuur opzegt zoals in 15.3 staat. Het is "
              "in tweevoud getekend."),
        ("p", "Almelo, 30 juni 2025"),
        ("sig", [("Stichting Christelijk Voortgezet Onderwijs Almelo en omstreken",
                  "Stichting ROC Twente-Vecht"),
                 ("<br/><br/>Gerard Oude Vrielink, voorzitter college van bestuur",
                  "<br/><br/>Marloes Kamphuis, lid college van bestuur")]),
        ("pagebreak",),
        ("h", "Bijlage A - Jaarkalender van de route"),
        ("table", [["Maand", "Wat", "Wie"],
                   ["September", "Gezamenlijke studiedag routeteam; veiligheidsinstructie leerjaar 4",
                    "Routeregie, ROC"],
                   ["Oktober", "Telling leerlingen (1 oktober); stand van de route; meeloopdagen "
                               "leerjaar 3; routejaarverslag naar de besturen (vóór 1 oktober)",
                    "Routecoördinator, routeregie"],
                   ["November", "Bestuurlijk gesprek over het routejaarverslag",
                    "Bestuurders, directeuren, routeregie"],
                   ["Januari", "Werkveldgroep; stand van de route; facturen 12.1 en 12.2",
                    "Routeregie, bedrijven, financiën"],
                   ["Februari", "Tweede studiedag; uiterste datum voor opzegging (15.3)",
                    "Routeteam, besturen"],
                   ["Maart", "Gezamenlijke avond MR, studentenraad en ouderpanel",
                    "Routeregie, MR, studentenraad"],
                   ["April", "Stand van de route; start meesterproef leerjaar 4",
                    "Routecoördinator, bedrijven"],
                   ["Mei", "Jaarlijkse doorloop van het routeboek", "Routeregie"],
                   ["Juni", "Werkveldgroep; routejaarplan en begroting naar de besturen; "
                            "controle bedragen", "Routeregie, controllers"],
                   ["Juli", "Stand van de route; concept-PTA en concept-OER klaar",
                    "Routecoördinator, routeregie"]],
           [2.2, 8.5, 4.0]),
        ("h", "Bijlage B - Wie bel je?"),
        ("table", [["Voor", "Naam", "School"],
                   ["Rooster, toelating, bedrijven", "Erwin Gerritsen (routecoördinator)", "De Esch"],
                   ["Vmbo-examens, PTA", "Tom Hofste (afdelingsleider)", "De Esch"],
                   ["Mbo-examens, OER, stages", "Lieke Bruggink (opleidingsmanager)", "ROC"],
                   ["Uitstappen, loopbaan", "Niels Haverkate (decaan)", "De Esch"],
                   ["Studieloopbaan mbo-jaren", "Ilse Oude Luttikhuis", "ROC"],
                   ["Bedrijven, werkveldgroep", "Annemiek Brinkhuis", "Installatiebedrijf Brinkhuis"]],
           [5, 6, 4]),
    ]
    make_pdf(path, B, "Routeboek Installatietechniek Almelo", "Hennie Nijhuis",
             header="Routeboek Installatietechniek Almelo - De Esch en ROC Twente-Vecht",
             base="Times-Roman", size=11)


# =============================================================================================
# 132  DOCX  Rivierenland, bouwen wonen en interieur - 'wij'-headings, two subtle defects
# =============================================================================================

@sample(132, "werkafspraken_rivierenland_bouw", "docx",
        "DOCX 'werkafspraken' by a teamleider techniek: unnumbered Heading 2 titles phrased as "
        "short 'we'-statements, bold lead-ins, bullets, a weekday timetable table and a running "
        "header. Tiel (Rivierenland), Bouwen, wonen en interieur bb -> Timmerman 2. Defects: how the "
        "routeteam informs and accounts to the boards is deferred to the first route year (d weak); "
        "'Stoppen en aanpassen' covers opzegging, wijziging and running pupils but nothing on a new "
        "school joining (j weak). Money flows from ROC to school with amount and purpose.",
        st("p p p w p p p p p w"),
        {"a": "Wat we aanbieden",
         "b": "Met wie uit de bouw we samenwerken",
         "c": "Wie de route trekt",
         "e": "Waar en door wie les wordt gegeven",
         "f": "Als een leerling wil stoppen of wisselen",
         "g": "Wat het kost en wie betaalt",
         "h": "Wie er mag meepraten",
         "i": "Als we er samen niet uitkomen"})
def build_132(path):
    from docx.shared import Pt
    d = new_docx("Werkafspraken doorlopende route Bouw Tiel", "Arjan de Ruiter", font="Calibri",
                 size=11)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Werkafspraken route Bouw Tiel - De Linge / ROC Rivierenland-Betuwe - juni 2025"

    def H(t):
        return d.add_paragraph(t, style="Heading 2")

    def P(t, lead=None):
        return docx_para(d, t, bold_lead=lead)

    def L(t, lead=None):
        return docx_para(d, t, style="List Bullet", bold_lead=lead)

    d.add_paragraph("Werkafspraken doorlopende route Bouw", style="Title")
    P("Vakcollege De Linge (Tiel) en ROC Rivierenland-Betuwe - van vmbo basis Bouwen, wonen en "
      "interieur naar Timmerman niveau 2")
    P("Stichting Voortgezet Onderwijs Rivierenland, gevestigd in Tiel, bestuur van Vakcollege De "
      "Linge, vertegenwoordigd door Gijs van Lienden, voorzitter college van bestuur (hierna: De "
      "Linge).", lead="Partij 1: ")
    P("Stichting ROC Rivierenland-Betuwe, gevestigd in Tiel, vertegenwoordigd door Esther de "
      "Bruijn, voorzitter college van bestuur (hierna: het ROC).", lead="Partij 2: ")
    P("Deze werkafspraken zijn opgesteld door Arjan de Ruiter, teamleider techniek van De Linge, "
      "samen met Marieke van Wijk, opleidingsmanager Bouw van het ROC. Ze zijn door beide "
      "besturen vastgesteld en ondertekend en gelden als de samenwerkingsovereenkomst voor deze "
      "route. Collega's: dit is geen beleidsstuk voor in de kast. Staat er iets in dat in de "
      "praktijk niet werkt, zeg het tegen Arjan of Marieke.")

    H("Wat we aanbieden")
    P("Leerlingen van De Linge in het profiel Bouwen, wonen en interieur, basisberoepsgerichte "
      "leerweg, kunnen na leerjaar 2 kiezen voor de doorlopende route naar de mbo-opleiding "
      "Timmerman, niveau 2 (BOL, opleidingsdomein Bouw en infra) van het ROC.")
    L("Leerjaar 3 en 4 (routejaar 1 en 2) bij De Linge; vmbo-diploma basis aan het eind van "
      "leerjaar 4.")
    L("Routejaar 3 en 4 bij het ROC, locatie Tiel, Bouwcampus aan de Kellenseweg.")
    L("Per jaar één groep van maximaal 16 leerlingen.")

    H("Met wie uit de bouw we samenwerken")
    P("Vier bedrijven zijn vaste partner en hebben dat met een handtekening bevestigd: Bouwbedrijf "
      "Van Kooten (Tiel), Timmerfabriek De Waal (Zaltbommel), Aannemersbedrijf Verhoef & Zn "
      "(Geldermalsen) en de onderhoudsdienst van Woonstichting Betuwe. Alle vier zijn erkend "
      "leerbedrijf.")
    L(" elk bedrijf ontvangt leerlingen uit leerjaar 3 voor een bouwplaatsbezoek en leerlingen "
      "uit leerjaar 4 voor een meewerkweek;", lead="Kennismaken:")
    L(" in routejaar 3 en 4 leveren ze samen minstens 14 stageplaatsen per jaar;",
      lead="Stage:")
    L(" Timmerfabriek De Waal geeft elk jaar een werkplaatsdag over kozijnen en trappen; "
      "Woonstichting Betuwe laat leerjaar 4 een echte klus doen (schuurtjes of erfafscheidingen "
      "bij huurwoningen);", lead="Echte opdrachten:")
    L(" in november en mei komen de uitvoerders en praktijkopleiders bij het routeteam om het "
      "programma te bespreken; hun advies wordt meegenomen in het PTA en de OER van het "
      "volgende jaar;", lead="Meedenken:")
    L(" bij de proeve van bekwaamheid beoordeelt een uitvoerder van een van de vier mee.",
      lead="Beoordelen:")

    H("Wie de route trekt")
    P("Het routeteam leidt de route. Het bestaat uit de teamleider techniek van De Linge (nu "
      "Arjan de Ruiter), de opleidingsmanager Bouw van het ROC (nu Marieke van Wijk) en een "
      "routecoördinator uit het docententeam (nu Teun Verhoef, docent bouw bij De Linge).")
    P("De teamleider en de opleidingsmanager worden door hun eigen directeur aangewezen. De "
      "routecoördinator wordt door die twee directeuren samen gekozen. Beide besturen leggen de "
      "namen vast in een brief die zij allebei tekenen; de aanwijzing geldt tot wederopzegging, "
      "en een wisseling gaat op dezelfde manier.")
    P("Wat het routeteam zelf mag: het rooster en de verdeling van lessen over de docenten, de "
      "toelating van leerlingen tot de route, de indeling van stages over de bedrijven, de "
      "planning van toetsen en examens binnen PTA en OER, en uitgaven tot € 2.000 per keer uit "
      "het routebudget. Wat niet: personeel aannemen of uitlenen, grotere uitgaven en het "
      "veranderen van deze afspraken. Daarover beslissen de besturen.")

    H("Hoe de besturen het horen")
    P("Het routeteam houdt beide besturen op de hoogte van hoe de route loopt. Hoe vaak dat "
      "gebeurt en in welke vorm, spreken we in de loop van het eerste routejaar met de besturen "
      "af.")

    H("Waar en door wie les wordt gegeven")
    P("De docenten bouw van De Linge en van het ROC werken als één team. Voor elk onderdeel is "
      "een docent met de juiste bevoegdheid verantwoordelijk; waar collega's elkaars onderdelen "
      "geven, gebruiken we de teambevoegdheid, zoals vastgelegd in de programmabeschrijving.")
    L("Leerjaar 3: praktijk in de timmerwerkplaats van De Linge (lokaal W1, met de zaag- en "
      "schaafmachines) door Teun Verhoef en Dirk van Dalen; op donderdagochtend geeft Wouter "
      "Bouman van het ROC daar les in maatvoering en tekeninglezen.")
    L("Leerjaar 4: elke dinsdag de hele dag op de Bouwcampus, in de bouwhal met de oefenwanden, "
      "de steigers en de CNC-machine, bij Wouter Bouman; Dirk van Dalen gaat mee.")
    L("Routejaar 3: les op de Bouwcampus door het ROC-team; Teun Verhoef begeleidt vier uur per "
      "week de praktijk op de bouwhal.")
    L("De Linge stelt op woensdagmiddag haar machinewerkplaats W2 open voor ROC-studenten die "
      "achterstand hebben; het ROC leent De Linge in leerjaar 3 de digitale meetapparatuur.")
    L("Werkkleding en veiligheidsschoenen krijgen de leerlingen in leerjaar 3 van De Linge. "
      "Het ROC geeft de veiligheidsinstructie voor de bouwhal.")
    L("Programma en toetsen per leerjaar staan in het PTA (De Linge) en de OER (ROC), die het "
      "routeteam elk jaar vóór 1 oktober op elkaar afstemt. De vmbo-examens zijn van De Linge, "
      "de mbo-examens van de examencommissie Bouw van het ROC.")
    L("Een klacht over een docent van de andere school pakt de school op waar de klacht "
      "binnenkomt, samen met de andere school.")
    P("Weekrooster 2025-2026 (hoofdlijn):", lead="")
    docx_table(d, [["", "Leerjaar 3", "Leerjaar 4", "Routejaar 3", "Routejaar 4"],
                   ["Maandag", "AVO De Linge", "AVO De Linge", "Bouwcampus", "Stage"],
                   ["Dinsdag", "Praktijk W1", "Bouwcampus, bouwhal", "Bouwcampus", "Stage"],
                   ["Woensdag", "AVO De Linge", "Praktijk W1", "Stage", "Stage"],
                   ["Donderdag", "Praktijk W1 + ROC-les", "AVO De Linge", "Stage",
                    "Bouwcampus"],
                   ["Vrijdag", "Mentor/LOB", "Mentor/LOB", "Bouwcampus", "Terugkomdag"]],
               widths_cm=[2.4, 3.4, 3.6, 3.0, 3.0])
    docx_para(d, "")

    H("Als een leerling wil stoppen of wisselen")
    P("Niemand valt tussen wal en schip. Wat kan er?")
    L("Stoppen in leerjaar 3 of 4: verder in de gewone bb-opleiding Bouwen, wonen en interieur van "
      "De Linge (of een ander profiel), op weg naar het vmbo-diploma basis.")
    L("Vmbo-diploma gehaald, maar geen timmerman: overstap naar een andere opleiding op niveau 2 "
      "bij het ROC, bijvoorbeeld Schilder of Metselaar, zonder extra eisen.")
    L("Geen vmbo-diploma aan het eind van routejaar 3: de leerling kan toch door in de opleiding "
      "Timmerman of een andere opleiding op niveau 2 bij het ROC, of het vmbo-examen overdoen.")
    L("Verhuizing: we helpen met de aanmelding bij een school in de nieuwe woonplaats.")
    P("Binnen twee weken na de vraag zitten de mentor en de decaan van De Linge (Ans van Mourik) "
      "- in de mbo-jaren de studieloopbaanbegeleider van het ROC - met de leerling en de ouders "
      "aan tafel. We kijken naar wat de leerling al heeft gehaald, het niveau en de leeftijd. "
      "Binnen vier weken daarna beslissen de teamleider van De Linge en de opleidingsmanager van "
      "het ROC samen; de ouders krijgen het besluit op papier. Niemand gaat naar Entree alleen "
      "omdat de route stopt.")

    H("Wat het kost en wie betaalt")
    P("In routejaar 3 staan de leerlingen bij het ROC ingeschreven, maar begeleidt Teun Verhoef "
      "van De Linge vier uur per week de praktijk op de bouwhal, en gebruiken ROC-studenten op "
      "woensdag werkplaats W2 van De Linge. Het ROC maakt daarom elk schooljaar € 11.500 over "
      "aan De Linge: € 9.000 voor de uren van Teun Verhoef en € 2.500 voor het gebruik en "
      "onderhoud van W2 en het hout dat daar opgaat. Betaling in twee gelijke delen, in "
      "december en in juni.")
    P("Verder betaalt ieder zijn eigen mensen, ruimtes en materialen. Elke school houdt daarnaast "
      "een eigen routebudget van € 3.000 per jaar aan; daaruit betaalt de school zelf.")

    H("Wie er mag meepraten")
    P("Een leerling uit leerjaar 4 van de route mag meedoen in de studentenraad van ROC-locatie "
      "Tiel, met spreekrecht, ook al staat hij of zij dan nog bij De Linge ingeschreven. Over "
      "plannen die de route flink veranderen (een andere dag op de Bouwcampus, een grotere "
      "groep) vraagt het routeteam vooraf advies aan de MR van De Linge en de studentenraad van "
      "het ROC.")

    H("Als we er samen niet uitkomen")
    L("Verschil van mening over de uitvoering van deze afspraken gaat eerst naar het routeteam "
      "(binnen twee weken).")
    L("Daarna naar de directeur van De Linge en de directeur Techniek van het ROC (binnen vier "
      "weken).")
    L("Daarna naar de twee bestuurders (binnen zes weken).")
    L("Lukt het dan nog niet, dan schakelen de besturen samen een mediator in; de kosten delen ze.")
    L("Brengt de mediation na drie maanden geen oplossing, dan kan elk bestuur naar de rechtbank "
      "Gelderland.")

    H("Stoppen en aanpassen")
    L("Een bestuur dat met de route wil stoppen, laat dat schriftelijk weten vóór 1 februari. De "
      "afspraken eindigen dan op 31 juli van het schooljaar daarna.", lead="Stoppen: ")
    L("Na zo'n bericht starten er geen nieuwe leerlingen meer. Leerlingen die al in de route "
      "zitten, maken haar af bij dezelfde scholen en bedrijven.", lead="Lopende leerlingen: ")
    L("Aanpassen kan alleen schriftelijk, met handtekening van beide besturen. Elk jaar in mei "
      "kijkt het routeteam of er iets moet veranderen. Een aanpassing gaat in bij een nieuw "
      "schooljaar en mag leerlingen die al in de route zitten niet benadelen.",
      lead="Aanpassen: ")

    H("Looptijd")
    P("Deze werkafspraken gelden van 1 augustus 2025 tot en met 31 juli 2029 en lopen daarna "
      "telkens een jaar door, tenzij een bestuur stopt zoals hierboven staat.")
    docx_para(d, "")
    P("Tiel, 30 juni 2025")
    docx_table(d, [["Stichting Voortgezet Onderwijs Rivierenland\n\n\n"
                    "Gijs van Lienden, voorzitter college van bestuur",
                    "Stichting ROC Rivierenland-Betuwe\n\n\n"
                    "Esther de Bruijn, voorzitter college van bestuur"]],
               header=False, style="Normal Table")
    save_docx(d, path)


# ==== MAIN ====

def docx_text(path):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                parts.append(el.text)
            elif el.tag in (W + "tab", W + "br"):
                parts.append(" ")
        paras.append("".join(parts))
    return "\n".join(paras)


def pdf_text(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    n = len(pdf)
    pdf.close()
    return "\n".join(out), n


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def check(nums):
    ok = True
    for num in nums:
        meta = SAMPLES[num]
        path = os.path.join(HERE, meta["name"] + "." + meta["ext"])
        jpath = os.path.join(HERE, meta["name"] + ".expected.json")
        problems = []
        if not os.path.exists(path):
            problems.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append(f"too large: {size}")
            info = ""
            if meta["ext"] == "pdf":
                text, pages = pdf_text(path)
                info = f"{pages} p."
            elif meta["ext"] == "docx":
                text = docx_text(path)
                import docx
                docx.Document(path)     # must open
                with zipfile.ZipFile(path) as z:
                    info = "numbering.xml" if "word/numbering.xml" in z.namelist() else ""
            else:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
            nt = norm(text)
            for k, ev in meta["evidence"].items():
                if norm(ev) not in nt:
                    problems.append(f"evidence {k} not found: {ev!r}")
                if meta["statuses"][k] != "present":
                    problems.append(f"evidence given for non-present item {k}")
            words = len(nt.split())
        if not os.path.exists(jpath):
            problems.append("expected.json missing")
        else:
            with open(jpath, encoding="utf-8") as f:
                got = json.load(f)
            if got != expected(meta):
                problems.append("expected.json differs from table")
        status = "OK " if not problems else "ERR"
        ok = ok and not problems
        print(f"{status} {meta['name']}.{meta['ext']}  "
              f"{os.path.getsize(path) if os.path.exists(path) else 0} B  {words} words {info}")
        for pr in problems:
            print("     -", pr)
    return ok


def build(nums):
    for num in nums:
        meta = SAMPLES[num]
        path = os.path.join(HERE, meta["name"] + "." + meta["ext"])
        meta["build"](path)
        with open(os.path.join(HERE, meta["name"] + ".expected.json"), "w", encoding="utf-8",
                  newline="\n") as f:
            json.dump(expected(meta), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", os.path.basename(path))


def main(argv):
    args = [a for a in argv if a != "--check"]
    nums = sorted(SAMPLES) if not args else [int(a) for a in args]
    for n in nums:
        if n not in SAMPLES or not 125 <= n <= 132:
            raise SystemExit(f"unknown sample {n}")
    if "--check" in argv:
        sys.exit(0 if check(nums) else 1)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
