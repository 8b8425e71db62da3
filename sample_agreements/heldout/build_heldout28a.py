#!/usr/bin/env python3
"""Build held-out sample agreements h425-h432 (set 28a) for leerroute-check.

Written by an independent author session from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only -- without looking at checker code, models, tests, benchmarks or
the texts of any other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout28a.py            build all samples
    python3 build_heldout28a.py 425 427    build only those numbers
    python3 build_heldout28a.py --check    verify every produced file
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(num, name, fmt, description, statuses, evidence):
    def deco(fn):
        SAMPLES[num] = dict(name=name, fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def st(**kw):
    out = {}
    for k in "abcdefghij":
        out[k] = kw.get(k, "present")
    return out


# ---------------------------------------------------------------- PDF helpers
def _pdf_styles():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER
    s = {}
    s["title"] = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=16, leading=20,
                                spaceAfter=10, alignment=TA_CENTER)
    s["subtitle"] = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=11, leading=14,
                                   spaceAfter=12, alignment=TA_CENTER)
    s["h1"] = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                             spaceBefore=12, spaceAfter=5)
    s["h2"] = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                             spaceBefore=8, spaceAfter=3)
    s["p"] = ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=13.2, spaceAfter=5)
    s["b"] = ParagraphStyle("b", parent=s["p"], leftIndent=16, bulletIndent=5, spaceAfter=3)
    s["bb"] = ParagraphStyle("bb", parent=s["p"], leftIndent=30, bulletIndent=19, spaceAfter=2)
    s["small"] = ParagraphStyle("small", fontName="Helvetica-Oblique", fontSize=8.5, leading=11,
                                spaceAfter=4)
    s["toc"] = ParagraphStyle("toc", fontName="Helvetica", fontSize=10, leading=14, leftIndent=10)
    s["cell"] = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
    s["cellb"] = ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9, leading=11)
    return s


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf_blocks(path, blocks, header="", footer=""):
    """blocks: list of (kind, text) with kinds title, subtitle, h1, h2, p, b, bb, small, toc,
    table (rows), space (pt), pagebreak, sig (list of (left, right))."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table,
                                    TableStyle, KeepTogether)
    from reportlab.lib import colors
    s = _pdf_styles()
    story = []
    for blk in blocks:
        kind = blk[0]
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "space":
            story.append(Spacer(1, blk[1]))
        elif kind == "table":
            rows = blk[1]
            widths = blk[2] if len(blk) > 2 else None
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(esc(c), s["cellb"] if i == 0 else s["cell"]) for c in r])
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E9F0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            data = [[Paragraph(esc(a).replace("\n", "<br/>"), s["p"]),
                     Paragraph(esc(b).replace("\n", "<br/>"), s["p"])] for a, b in blk[1]]
            t = Table(data, colWidths=[85 * mm, 85 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([t]))
        elif kind in ("b", "bb"):
            story.append(Paragraph(esc(blk[1]), s[kind], bulletText="\u2022" if kind == "b" else "-"))
        else:
            story.append(Paragraph(esc(blk[1]).replace("\n", "<br/>"), s[kind]))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        if header:
            canv.drawString(20 * mm, A4[1] - 12 * mm, header)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, "%s%d" % (footer, doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1,
                            title="", author="", subject="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_pdf_slides(path, slides, deck_title, colour="#1F4E79"):
    """slides: list of (title, [items]); item str = bullet, ('p', text), ('sub', text),
    ('big', text), ('sig', [(l, r)])."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, PageBreak,
                                    Spacer, Table, TableStyle)
    W, H = 960, 540
    title_st = ParagraphStyle("st", fontName="Helvetica-Bold", fontSize=24, leading=28,
                              textColor=colors.white, spaceAfter=26)
    big_st = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=30, leading=36,
                            textColor=colors.HexColor(colour), spaceAfter=14)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=14, leading=18, spaceAfter=6)
    bul = ParagraphStyle("bul", parent=body, leftIndent=22, bulletIndent=6)
    sub = ParagraphStyle("sub", parent=body, fontSize=12.5, leading=16, leftIndent=44,
                         bulletIndent=28, spaceAfter=3)
    story = []
    for i, (title, items) in enumerate(slides):
        if i:
            story.append(PageBreak())
        story.append(Paragraph(esc(title), title_st))
        for it in items:
            if isinstance(it, str):
                story.append(Paragraph(esc(it), bul, bulletText="\u25aa"))
            elif it[0] == "p":
                story.append(Paragraph(esc(it[1]), body))
            elif it[0] == "sub":
                story.append(Paragraph(esc(it[1]), sub, bulletText="-"))
            elif it[0] == "big":
                story.append(Paragraph(esc(it[1]), big_st))
            elif it[0] == "sig":
                data = [[Paragraph(esc(a).replace("\n", "<br/>"), body),
                         Paragraph(esc(b).replace("\n", "<br/>"), body)] for a, b in it[1]]
                t = Table(data, colWidths=[420, 420])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(Spacer(1, 8))
                story.append(t)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor(colour))
        canv.rect(0, H - 78, W, 78, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#F2A900"))
        canv.rect(0, 0, W, 8, stroke=0, fill=1)
        canv.setFillColor(colors.grey)
        canv.setFont("Helvetica", 9)
        canv.drawString(40, 18, deck_title)
        canv.drawRightString(W - 40, 18, "dia %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=(W, H), invariant=1, title="", author="",
                          subject="", creator="", producer="")
    frame = Frame(40, 34, W - 80, H - 34 - 22, id="f", leftPadding=6, rightPadding=6,
                  topPadding=6, bottomPadding=6)
    doc.addPageTemplates([PageTemplate(id="slide", frames=[frame], onPage=on_page)])
    doc.build(story)


# ---------------------------------------------------------------- DOCX helpers
def _fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


TRACK_RE = re.compile(r"(\{\+.*?\+\}|\{-.*?-\})", re.S)


def _add_runs(par, text, author, date, counter, bold=False):
    """Add text to a python-docx paragraph; {+x+} becomes a tracked insertion, {-x-} a
    tracked deletion."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for part in TRACK_RE.split(text):
        if not part:
            continue
        if part.startswith("{+") or part.startswith("{-"):
            ins = part.startswith("{+")
            body = part[2:-2]
            wrap = OxmlElement("w:ins" if ins else "w:del")
            counter[0] += 1
            wrap.set(qn("w:id"), str(counter[0]))
            wrap.set(qn("w:author"), author)
            wrap.set(qn("w:date"), date)
            r = OxmlElement("w:r")
            if bold:
                rpr = OxmlElement("w:rPr")
                rpr.append(OxmlElement("w:b"))
                r.append(rpr)
            t = OxmlElement("w:t" if ins else "w:delText")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = body
            r.append(t)
            wrap.append(r)
            par._p.append(wrap)
        else:
            run = par.add_run(part)
            if bold:
                run.bold = True


def render_docx(path, blocks, title="", author="Onbekend", track_author="", track_date=""):
    """blocks: (kind, text) kinds title, subtitle, h1, h2, h3, p, pb (bold lead + text as tuple),
    b (bullet), n (numbered), small, table (rows), sig (rows of (l, r)), pagebreak."""
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    counter = [0]
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            p = d.add_paragraph(style="Title")
            _add_runs(p, blk[1], track_author, track_date, counter)
        elif kind == "subtitle":
            p = d.add_paragraph(style="Subtitle")
            _add_runs(p, blk[1], track_author, track_date, counter)
        elif kind in ("h1", "h2", "h3"):
            p = d.add_paragraph(style={"h1": "Heading 1", "h2": "Heading 2", "h3": "Heading 3"}[kind])
            _add_runs(p, blk[1], track_author, track_date, counter)
        elif kind == "p":
            p = d.add_paragraph()
            _add_runs(p, blk[1], track_author, track_date, counter)
        elif kind == "pb":
            p = d.add_paragraph()
            _add_runs(p, blk[1], track_author, track_date, counter, bold=True)
            _add_runs(p, " " + blk[2], track_author, track_date, counter)
        elif kind == "b":
            p = d.add_paragraph(style="List Bullet")
            _add_runs(p, blk[1], track_author, track_date, counter)
        elif kind == "n":
            p = d.add_paragraph(style="List Number")
            _add_runs(p, blk[1], track_author, track_date, counter)
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(blk[1])
            r.italic = True
            r.font.size = Pt(8.5)
        elif kind == "center":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_runs(p, blk[1], track_author, track_date, counter)
        elif kind == "table":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(c)
                    if i == 0:
                        run.bold = True
            d.add_paragraph()
        elif kind == "sig":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=2)
            for i, (a, b) in enumerate(rows):
                t.cell(i, 0).text = a
                t.cell(i, 1).text = b
        elif kind == "pagebreak":
            d.add_page_break()
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
    if track_author:
        from docx.oxml import OxmlElement
        settings = d.settings.element
        from docx.oxml.ns import qn
        tr = OxmlElement("w:trackRevisions")
        anchor = settings.find(qn("w:defaultTabStop"))
        if anchor is not None:
            anchor.addprevious(tr)
        else:
            settings.append(tr)
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(_fix_zip(buf.getvalue()))


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


# =============================================================================== h425
H425_SLIDES = [
    ("Doorlopende leerroute Creatieve Techniek IJmond", [
        ("big", "Samenwerkingsovereenkomst in 14 dia's"),
        ("p", "Vmbo Zeestroom College (Beverwijk) en ROC Kennemer Delta, College Creatief (Velsen-Zuid)"),
        ("p", "Deze presentatie is in het bestuurlijk overleg van 19 juni 2025 vastgesteld als de "
              "samenwerkingsovereenkomst zelf: wat hier staat, spreken de besturen met elkaar af. "
              "Ondertekening op dia 14."),
    ]),
    ("Wie tekenen?", [
        "Stichting Openbaar Voortgezet Onderwijs IJmond, bevoegd gezag van het Zeestroom College "
        "(vmbo kader, gemengde en theoretische leerweg), Plesmanweg 40, Beverwijk - vertegenwoordigd "
        "door mw. drs. J.A. (Janneke) Stam, voorzitter college van bestuur",
        "Stichting ROC Kennemer Delta, bevoegd gezag van ROC Kennemer Delta, Kanaaldijk 212, "
        "Velsen-Zuid - vertegenwoordigd door dhr. R. (Ruud) Verbeek, lid college van bestuur",
        ("p", "Hierna samen: de besturen. Het Zeestroom College heet hierna 'de school', "
              "ROC Kennemer Delta 'het ROC'."),
    ]),
    ("Waarom deze route?", [
        "In de IJmond groeit het aantal kleine studio's voor licht, beeld, geluid en evenementen; "
        "zij vinden moeilijk jong talent met technisch en creatief vakmanschap.",
        "Leerlingen die in leerjaar 2 al weten dat ze 'iets met beeld en techniek' willen, verliezen "
        "nu een jaar aan dubbele stof tussen vmbo en mbo.",
        "Eén programma zonder knip, één team, één plek om te maken: dat is de route Creatieve Techniek.",
    ]),
    ("Route in één oogopslag", [
        "Vmbo: profiel Media, vormgeving en ICT, gemengde en theoretische leerweg, leerjaar 3 en 4 "
        "(routejaar 1 en 2)",
        "Mbo: opleidingsdomein ICT en creatieve industrie, middenkaderopleiding (niveau 4), BOL",
        ("sub", "uitstroom 1: Mediavormgever (niveau 4)"),
        ("sub", "uitstroom 2: AV-specialist (niveau 4)"),
        "Keuze voor de uitstroom aan het eind van routejaar 2; het vmbo-diploma wordt in routejaar 2 "
        "behaald, het mbo-diploma aan het eind van routejaar 5",
        "Instroom vanaf schooljaar 2025-2026, maximaal 24 leerlingen per cohort",
    ]),
    ("Het werkveld doet mee", [
        "Een klankbordgroep van vijf creatieve bedrijven uit de regio - Studio Hoogovenlicht, "
        "Pier 7 Media, Filmwerf Velsen, Podiumtechniek Kennemerland en drukkerij Duinrand - denkt mee "
        "over de keuzedelen en toetst de eindtermen van de projecten aan wat het vak vraagt",
        "Iedere herfst een opdrachtgeversdag: bedrijven leveren echte opdrachten aan waar "
        "routeklassen een half jaar aan werken",
        "Medewerkers van die bedrijven beoordelen samen met de docenten de presentaties aan het "
        "eind van elk project",
        "De bedrijven bieden stageplaatsen (bpv) in routejaar 3 tot en met 5; het ROC sluit met hen "
        "de praktijkovereenkomsten",
    ]),
    ("Wie stuurt de route?", [
        "Een routeteam van drie: de routeleider (voorzitter), de teamleider MVI van de school en de "
        "opleidingsmanager Creatieve Industrie van het ROC",
        "De routeleider wordt door de twee colleges van bestuur samen aangewezen, op voordracht van de "
        "directeur van de school en de directeur van het College Creatief; de andere twee leden zitten "
        "er uit hoofde van hun functie",
        "Het routeteam stelt het programma en het gezamenlijke PTA/OER op, regelt rooster en "
        "toelating tot de route en verdeelt de lessen over de docenten binnen de formatie die de "
        "besturen ter beschikking stellen",
        "Het routeteam mag hierover zelf beslissen; uitbreiding van formatie, uitgaven boven het "
        "routebudget en stoppen met de route blijven voorbehouden aan de besturen",
    ]),
    ("Zo blijven de besturen op de hoogte", [
        "De routeleider stelt een schriftelijke voortgangsrapportage op voor beide colleges van "
        "bestuur",
        "Daarin: aantallen leerlingen per routejaar, instroom, doorstroom en uitval, "
        "examenresultaten vmbo en mbo, bezetting van de stageplaatsen en besteding van het routebudget",
        "De rapportage wordt met de routeleider besproken in het bestuurlijk overleg van beide "
        "besturen; de besturen kunnen daarbij aanvullende inlichtingen vragen",
    ]),
    ("Organisatie en onderwijs", [
        "Routejaar 1 en 2: lessen op het Zeestroom College, plus elke donderdag in het Makerslab van "
        "het ROC in Velsen-Zuid; routejaar 3 tot en met 5: op het ROC",
        "Programma en examinering per leerjaar liggen vast in één PTA/OER; het vmbo-examen (CE) valt "
        "in routejaar 2, mbo-examens kunnen vanaf routejaar 1",
        "Eén docententeam voor de projecten Beeld & Geluid (teambevoegdheid, art. 7.13a WVO 2020 / "
        "9.1.12 WEB): elke docent is bevoegd of bekwaam voor zijn eigen deel en verantwoordelijk voor "
        "dat deel; samen dekt het team het hele programma",
        "ROC-docenten geven de mbo-onderdelen al in routejaar 1 en 2; iedereen blijft in dienst van "
        "zijn eigen werkgever",
        "Het ROC stelt filmstudio, greenscreen en licentieserver beschikbaar; de school haar "
        "mediawerkplaats en 3D-printers - over en weer zonder kosten",
    ]),
    ("Stoppen of switchen", [
        "Past de route niet meer? Dan bepalen de zorgcoördinator van de school en de "
        "loopbaanadviseur van het ROC samen - na een gesprek met leerling en ouders - welk vervolg "
        "past, op basis van wat de leerling al heeft bereikt en zijn leeftijd",
        "In routejaar 1-2: verder in de reguliere gemengde of theoretische leerweg (MVI of een ander "
        "profiel) op de school, op weg naar het vmbo-diploma",
        "Vanaf routejaar 3: naar een andere niveau-4-opleiding van het ROC, ook buiten de creatieve "
        "industrie - zonder nieuwe vooropleidingseisen",
        "Naar een andere mbo-instelling (bv. na verhuizing): het ROC regelt een warme overdracht; "
        "de nieuwe instelling kan via een geschiktheidsonderzoek toelaten",
        "Geen vmbo-diploma aan het eind van routejaar 3: de leerling kan zonder dat diploma door in "
        "een mbo-opleiding op vergelijkbaar niveau, of het vmbo-examen herkansen en de route hervatten",
    ]),
    ("Geld: niets over en weer", [
        "Er wordt tussen de besturen geen bekostiging overgedragen: artikel 5.42a WVO 2020 en "
        "artikel 9.1.15 WEB passen we niet toe",
        "Ieder bestuur draagt de kosten van zijn eigen personeel en lesmateriaal; het gebruik van "
        "elkaars ruimten en apparatuur wordt niet doorberekend",
    ]),
    ("Inspraak van leerlingen, ouders en personeel", [
        "Routeleerlingen in routejaar 1 en 2 staan ingeschreven op de school en hebben dus de "
        "medezeggenschapsraad van de school; daarnaast mogen zij één vertegenwoordiger afvaardigen "
        "naar de studentenraad van het College Creatief, met spreekrecht over routezaken",
        "Wijzigingen in het gezamenlijke PTA/OER gaan voor advies naar zowel de MR van de school als "
        "de studentenraad van het ROC; die twee mogen hierover samen vergaderen",
        "De ondernemingsraad van het ROC en de personeelsgeleding van de MR krijgen dezelfde "
        "informatie over de inzet van docenten in de route",
    ]),
    ("Als we het oneens zijn", [
        "Stap 1: het routeteam probeert er binnen vier weken uit te komen",
        "Stap 2: lukt dat niet, dan leggen de directeuren van school en College Creatief het "
        "meningsverschil voor aan de twee besturen, die binnen zes weken overleggen",
        "Stap 3: blijven de besturen het oneens, dan schakelen zij samen een onafhankelijke "
        "mediator in; kosten gedeeld",
        "Stap 4: zonder oplossing na mediation kan ieder bestuur naar de rechtbank Noord-Holland, "
        "locatie Haarlem",
    ]),
    ("Looptijd, opzeggen en aanpassen", [
        "De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd",
        "Opzeggen kan ieder bestuur schriftelijk, alleen tegen het einde van een schooljaar en met "
        "minstens twaalf maanden opzegtermijn; na de opzegging start er geen nieuw cohort meer",
        "Leerlingen die al in de route zitten, maken die bij beide partijen af; school en ROC blijven "
        "daarvoor docenten en ruimten inzetten",
        "Aanpassen van deze afspraken kan alleen schriftelijk, getekend door beide besturen, na advies "
        "van het routeteam; een wijziging gaat in bij het begin van een schooljaar",
    ]),
    ("Ondertekening", [
        ("p", "Aldus overeengekomen en getekend te Beverwijk op 19 juni 2025."),
        ("sig", [("Stichting Openbaar Voortgezet Onderwijs IJmond\n\n\n"
                  "mw. drs. J.A. Stam\nvoorzitter college van bestuur",
                  "Stichting ROC Kennemer Delta\n\n\n"
                  "dhr. R. Verbeek\nlid college van bestuur")]),
    ]),
]


@sample(425, "h425_presentatie_ijmond", "pdf",
        "Slide-deck PDF (14 landscape dia's) adopted as the agreement itself; IJmond, MVI gl/tl -> "
        "Mediavormgever/AV-specialist niveau 4 (creatieve techniek); reporting to the boards has a "
        "form but no frequency or moment (d weak); looptijd/opzegging/wijziging with pupil "
        "protection but no toetreding at all (j weak)",
        st(d="weak", j="weak"),
        {"a": "Route in één oogopslag", "b": "Het werkveld doet mee", "c": "Wie stuurt de route?",
         "e": "Organisatie en onderwijs", "f": "Stoppen of switchen",
         "g": "Geld: niets over en weer", "h": "Inspraak van leerlingen, ouders en personeel",
         "i": "Als we het oneens zijn"})
def build_425(path):
    render_pdf_slides(path, H425_SLIDES, "Creatieve Techniek IJmond - samenwerkingsovereenkomst 2025")


# =============================================================================== h426
H426 = [
    ("title", "Convenant Maritiem Talent Kop van Noord-Holland 2025-2029"),
    ("subtitle", "Samen opleiden voor haven, vloot en offshore - inclusief de samenwerkingsovereenkomst "
                 "doorlopende leerroute Maritiem & Techniek (hoofdstuk 4)"),
    ("h1", "Ondertekenaars"),
    ("n", "Gemeente Den Helder, ten deze vertegenwoordigd door de wethouder onderwijs en jeugd, "
          "dhr. P.C. Kooijman, handelend ter uitvoering van het besluit van het college van burgemeester "
          "en wethouders van 10 juni 2025;"),
    ("n", "Stichting Voortgezet Onderwijs Kop van Noord-Holland, statutair gevestigd te Den Helder, "
          "bevoegd gezag van Vakcollege Het Nieuwe Diep (brinnummer 31XY), rechtsgeldig vertegenwoordigd "
          "door mw. A.M. de Visser-Bakker, voorzitter van het college van bestuur, hierna: SVOK;"),
    ("n", "Stichting ROC Noordzeekust, statutair gevestigd te Alkmaar, bevoegd gezag van ROC Noordzeekust "
          "waarvan de Maritieme Vakschool Den Helder deel uitmaakt, rechtsgeldig vertegenwoordigd door "
          "dhr. H.J. Roggeveen, voorzitter van het college van bestuur, hierna: het ROC;"),
    ("n", "Vereniging Maritieme Werkgevers Noordkop, gevestigd te Den Helder, vertegenwoordigd door haar "
          "voorzitter dhr. K. Bos, hierna: MWN;"),
    ("n", "Willemsoord Scheepsreparatie B.V., gevestigd te Den Helder, vertegenwoordigd door haar "
          "directeur mw. L. Zwaan."),
    ("h1", "Hoofdstuk 1 - Aanleiding en doel"),
    ("p", "De Kop van Noord-Holland heeft een uitgesproken maritiem karakter: de marinehaven, de "
          "offshore-dienstverlening, de visserij en de jachtbouw bieden werk aan duizenden mensen. "
          "Tegelijk vergrijst het personeelsbestand en kiezen te weinig jongeren voor een maritiem "
          "technisch vak. Met dit convenant bundelen gemeente, onderwijs en werkgevers hun inzet om "
          "jongeren zonder onderbreking van het vmbo naar een maritiem diploma en een baan in de regio "
          "te begeleiden."),
    ("p", "Het convenant bestaat uit afspraken op drie niveaus: de bijdrage van de gemeente (hoofdstuk 3), "
          "de samenwerkingsovereenkomst voor de doorlopende leerroute tussen SVOK en het ROC (hoofdstuk 4) "
          "en de inzet van de werkgevers (hoofdstuk 5)."),
    ("h1", "Hoofdstuk 2 - Begrippen"),
    ("b", "route: de doorlopende leerroute vmbo-mbo Maritiem & Techniek, bedoeld in hoofdstuk 4;"),
    ("b", "routepartners: SVOK en het ROC;"),
    ("b", "routejaar: een leerjaar van de route; routejaar 1 en 2 vallen samen met leerjaar 3 en 4 "
          "van het vmbo (vo-fase), routejaar 3 en 4 vormen de mbo-fase;"),
    ("b", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
          "examenregeling van de route."),
    ("h1", "Hoofdstuk 3 - Inzet van de gemeente"),
    ("p", "3.1 De gemeente stelt voor de duur van het convenant jaarlijks een stagefonds van "
          "EUR 25.000 beschikbaar waaruit reiskosten van leerlingen en studenten naar maritieme "
          "stageplaatsen op Texel en in Den Oever worden vergoed."),
    ("p", "3.2 De leerplichtambtenaren en het RMC-team van de gemeente sluiten aan bij het zorgoverleg "
          "van de route en worden direct betrokken wanneer een jongere dreigt uit te vallen."),
    ("p", "3.3 De gemeente neemt de route op in haar arbeidsmarktagenda en in de voorlichting over "
          "werken in de Kop."),
    ("h1", "Hoofdstuk 4 - Samenwerkingsovereenkomst doorlopende leerroute Maritiem & Techniek"),
    ("h2", "4.1 Karakter en partijen van dit hoofdstuk"),
    ("p", "Dit hoofdstuk is de samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en "
          "artikel 9.1.3 WEB. Het bindt uitsluitend de routepartners. De gemeente, MWN en Willemsoord "
          "Scheepsreparatie B.V. zijn bij dit hoofdstuk geen partij; hun bijdragen aan de route staan "
          "in de hoofdstukken 3 en 5. Anders dan de rest van het convenant is dit hoofdstuk een in rechte "
          "afdwingbare overeenkomst tussen de routepartners."),
    ("h2", "4.2 De route"),
    ("p", "De routepartners verzorgen met ingang van schooljaar 2025-2026 gezamenlijk de doorlopende "
          "leerroute Maritiem & Techniek. De route begint in leerjaar 3 van het profiel Maritiem en "
          "techniek in de kaderberoepsgerichte leerweg van Vakcollege Het Nieuwe Diep en leidt op tot "
          "een vakopleiding op niveau 3 in het opleidingsdomein Mobiliteit, transport, logistiek en "
          "maritiem van het ROC, met de kwalificaties Allround maritiem technicus (niveau 3) en "
          "Schipper-machinist beperkt vaargebied (niveau 3). De route duurt vier routejaren; het vmbo-"
          "diploma wordt uiterlijk in routejaar 3 behaald, het mbo-diploma aan het eind van routejaar 4."),
    ("h2", "4.3 Rol van de maritieme werkgevers in de route"),
    ("p", "De routepartners richten de route in samen met de leden van MWN en Willemsoord "
          "Scheepsreparatie B.V., op de wijze die in hoofdstuk 5 is beschreven. Kort samengevat:"),
    ("b", "leden van MWN die door SBB als leerbedrijf zijn erkend, stellen per cohort ten minste twintig "
          "bpv-plaatsen voor routejaar 3 en 4 beschikbaar;"),
    ("b", "in routejaar 1 en 2 lopen leerlingen per schooljaar drie dagen mee aan boord of op de werf;"),
    ("b", "praktijkopleiders van de leerbedrijven beoordelen als tweede beoordelaar de proeven van "
          "bekwaamheid in de mbo-fase;"),
    ("b", "de onderwijscommissie van MWN adviseert de regiegroep (4.4) twee keer per schooljaar over de "
          "actualiteit van het programma en de keuze van keuzedelen, bijvoorbeeld over nieuwe "
          "aandrijftechniek;"),
    ("b", "Willemsoord Scheepsreparatie B.V. stelt haar helling open als leerwerkplek voor "
          "praktijkopdrachten van routejaar 2."),
    ("h2", "4.4 Regiegroep"),
    ("p", "1. De leiding over de route berust bij een regiegroep. Deze bestaat uit de afdelingsleider "
          "techniek van Vakcollege Het Nieuwe Diep, de opleidingsmanager maritiem van het ROC en een "
          "routecoördinator."),
    ("p", "2. De colleges van bestuur van de routepartners benoemen de leden van de regiegroep bij "
          "gezamenlijk schriftelijk besluit, voor een termijn van drie jaar die eenmaal kan worden "
          "verlengd. De routecoördinator wordt benoemd na een selectieprocedure waarin beide "
          "routepartners zitting hebben; ontslag uit de functie van routecoördinator gebeurt op dezelfde "
          "wijze."),
    ("p", "3. De colleges van bestuur dragen de regiegroep op: het ontwerpen en bewaken van het "
          "programma, het opstellen van het PTA/OER ter vaststelling door de beide besturen, het "
          "roosteren, de toelating van leerlingen tot de route, de inzet van docenten, het zorgoverleg en "
          "het contact met de werkgevers."),
    ("p", "4. De regiegroep beslist zelfstandig over rooster, toelating, inzet van docenten binnen de door "
          "de besturen vastgestelde formatie en over uitgaven tot EUR 10.000 per geval. Aangaan van "
          "andere financiële verplichtingen, beslissingen over personeel in dienst van een routepartner en "
          "wijziging van dit hoofdstuk zijn aan de colleges van bestuur voorbehouden."),
    ("h2", "4.5 Verslaglegging aan de besturen"),
    ("p", "De regiegroep zendt elk jaar vóór 1 november een schriftelijk jaarverslag over het afgelopen "
          "schooljaar aan beide colleges van bestuur. Het verslag bevat ten minste de in-, door- en "
          "uitstroom per routejaar, de examenresultaten vmbo en mbo, het aantal bpv-plaatsen en de "
          "besteding van de middelen bedoeld in 4.8. Het verslag wordt besproken in het bestuurlijk "
          "overleg van december, waar de regiegroep zich over het gevoerde beleid verantwoordt. In maart "
          "ontvangen de besturen een beknopte tussenstand. Op verzoek van een college van bestuur "
          "verstrekt de regiegroep binnen twee weken alle gevraagde inlichtingen."),
    ("h2", "4.6 Onderwijs, personeel en voorzieningen"),
    ("p", "1. In routejaar 1 en 2 wordt het onderwijs verzorgd in het gebouw van Vakcollege Het Nieuwe "
          "Diep, met twee dagdelen per week in de Maritieme Vakschool op Willemsoord; routejaar 3 en 4 "
          "worden verzorgd door het ROC op Willemsoord. Het onderwijsprogramma, de examinering en de "
          "beroepspraktijkvorming per leerjaar zijn beschreven in het PTA/OER."),
    ("p", "2. Docenten van beide routepartners vormen één routeteam. Het vakoverstijgende "
          "programmaonderdeel 'Schip en systeem' wordt door dit team verzorgd met toepassing van artikel "
          "7.13a WVO 2020 en artikel 9.1.12 WEB; elk teamlid is bevoegd voor ten minste één onderdeel en "
          "verantwoordelijk voor het deel waarvoor hij bevoegd is. Het ROC zet in de vo-fase 0,6 fte "
          "maritieme docenten in; SVOK zet in routejaar 3 een docent Nederlands en wiskunde in voor de "
          "afronding van het vmbo-examen. Docenten blijven in dienst van hun eigen werkgever. Het routeteam "
          "volgt jaarlijks drie gezamenlijke studiedagen."),
    ("p", "3. Het ROC stelt zijn brug- en machinekamersimulator en de lasplaatsen op Willemsoord "
          "beschikbaar voor routeleerlingen in de vo-fase; SVOK stelt de motorenwerkplaats van het "
          "Vakcollege open voor routestudenten in routejaar 3. Voor het gebruik gelden de huis- en "
          "veiligheidsregels van de routepartner die de ruimte beheert."),
    ("h2", "4.7 Wanneer de route niet past"),
    ("p", "1. Stopt de deelname van een leerling aan de route voordat hij die met succes heeft afgerond, "
          "dan zorgen de routepartners ervoor dat hij alsnog een vmbo-diploma of een mbo-diploma kan "
          "halen. Welke weg dat is, beoordelen de afdelingsleider en de opleidingsmanager gezamenlijk, "
          "na een gesprek met de leerling en zijn ouders, aan de hand van het bereikte onderwijsniveau en "
          "de leeftijd van de leerling."),
    ("p", "2. Richtinggevend daarbij is:"),
    ("b", "in routejaar 1 en 2: voortzetting in de reguliere kaderberoepsgerichte leerweg, in het "
          "profiel Maritiem en techniek of een ander profiel van het Vakcollege, met het vmbo-diploma "
          "als doel;"),
    ("b", "in routejaar 3 en 4: overstap naar een andere opleiding op niveau 3 van het ROC, ook in een "
          "ander domein; de vooropleidingseisen gelden dan niet;"),
    ("b", "heeft een leerling aan het eind van routejaar 3 zijn vmbo-diploma niet behaald, dan kan hij "
          "zijn mbo-opleiding op niveau 3 voortzetten of overstappen naar een vergelijkbare opleiding; "
          "het Vakcollege biedt hem gelegenheid tot herexamen;"),
    ("b", "wil of moet een leerling naar een andere instelling, dan zorgen de routepartners voor een "
          "warme overdracht; die instelling kan hem na een geschiktheidsonderzoek toelaten."),
    ("p", "3. De uitwerking voor leerlingen en ouders staat in de schoolgids van het Vakcollege en in de "
          "studiegids van het ROC."),
    ("h2", "4.8 Overdracht van middelen"),
    ("p", "SVOK draagt op grond van artikel 5.42a WVO 2020 voor iedere leerling die op 1 oktober in "
          "routejaar 1 of 2 staat ingeschreven EUR 1.150 per schooljaar over aan het ROC. Dit bedrag is "
          "bestemd voor de lessen die maritieme docenten van het ROC in de vo-fase verzorgen en voor het "
          "gebruik van de simulatoren. Betaling geschiedt in twee gelijke termijnen, op 1 december en "
          "1 mei. Het ROC draagt geen bekostiging over aan SVOK."),
    ("h2", "4.9 Stem van leerlingen, ouders en personeel"),
    ("p", "Voor de route wordt een routecommissie ingesteld, bestaande uit twee leden van de "
          "medezeggenschapsraad van het Vakcollege (een ouder en een personeelslid) en twee leden van de "
          "studentenraad van het ROC. De routecommissie adviseert de regiegroep gevraagd en ongevraagd "
          "over het PTA/OER, het rooster en de begeleiding. Voorstellen waarover de MR of de studentenraad "
          "advies- of instemmingsrecht heeft, worden eerst in de routecommissie besproken; de wettelijke "
          "bevoegdheden van de MR, de studentenraad en de ondernemingsraad blijven onverkort."),
    ("h2", "4.10 Verschillen van inzicht"),
    ("p", "Ontstaat tussen de routepartners een geschil over de uitvoering van dit hoofdstuk, dan wordt "
          "het eerst in de regiegroep besproken. Komt de regiegroep er niet uit, dan voeren de colleges van "
          "bestuur binnen dertig dagen bestuurlijk overleg. Blijft het geschil bestaan, dan leggen de "
          "routepartners het voor aan een onafhankelijke deskundige die bindend advies uitbrengt; worden "
          "zij het binnen twee weken niet eens over de persoon, dan wijst de voorzitter van de rechtbank "
          "Noord-Holland de deskundige aan."),
    ("h2", "4.11 Nieuwe partners, looptijd en einde"),
    ("p", "1. Een andere school voor vbo of een andere instelling voor beroepsonderwijs kan tot dit "
          "hoofdstuk toetreden, mits zij het profiel Maritiem en techniek of Produceren, installeren en "
          "energie aanbiedt, de bestaande routepartners daarmee schriftelijk instemmen en zij een "
          "toetredingsverklaring tekent waarin zij dit hoofdstuk aanvaardt. Toetreding gaat in op "
          "1 augustus van een schooljaar en wordt door alle betrokken partijen aan DUO gemeld. Een "
          "toetreding mag niet leiden tot minder plaatsen voor leerlingen die al in de route zitten."),
    ("p", "2. Dit hoofdstuk treedt in werking op 1 augustus 2025 en loopt gelijk met het convenant; "
          "daarna wordt het steeds met vier jaar verlengd, tenzij het is opgezegd."),
    ("p", "3. Iedere routepartner kan dit hoofdstuk schriftelijk opzeggen tegen 31 juli, met inachtneming "
          "van een opzegtermijn van ten minste één volledig schooljaar. Na de opzegging worden geen nieuwe "
          "leerlingen meer toegelaten; leerlingen die al in de route zitten, ronden die bij beide "
          "routepartners onder dezelfde voorwaarden af, en 4.7 blijft op hen van toepassing."),
    ("p", "4. Wijziging van dit hoofdstuk is alleen mogelijk bij schriftelijke overeenkomst tussen de "
          "colleges van bestuur, na advies van de routecommissie. Een wijziging die gevolgen heeft voor "
          "leerlingen in de route gaat pas in bij het begin van het volgende schooljaar en mag hun positie "
          "niet verslechteren."),
    ("h2", "4.12 Melding"),
    ("p", "De routepartners melden de route gezamenlijk via RIO bij DUO, uiterlijk vóór de start van "
          "het eerste cohort."),
    ("h1", "Hoofdstuk 5 - Inzet van de werkgevers"),
    ("p", "5.1 MWN roept haar leden op zich als leerbedrijf te laten erkennen en houdt een overzicht bij "
          "van beschikbare bpv-plaatsen, meeloopdagen en praktijkopleiders."),
    ("p", "5.2 MWN levert jaarlijks ten minste tien praktijkopleiders die als tweede beoordelaar aan "
          "proeven van bekwaamheid meewerken, en wijst uit haar onderwijscommissie twee vaste "
          "contactpersonen voor de regiegroep aan."),
    ("p", "5.3 Willemsoord Scheepsreparatie B.V. stelt haar helling en een begeleider beschikbaar voor "
          "ten minste acht praktijkdagen per schooljaar."),
    ("h1", "Hoofdstuk 6 - Looptijd en slot van het convenant"),
    ("p", "6.1 Het convenant geldt van 1 augustus 2025 tot en met 31 juli 2029. Partijen evalueren het "
          "convenant in het voorjaar van 2028."),
    ("p", "6.2 De hoofdstukken 1, 2, 3, 5 en 6 zijn een inspanningsverplichting en niet in rechte "
          "afdwingbaar. Voor hoofdstuk 4 gelden de daarin opgenomen bepalingen."),
    ("p", "Aldus vastgesteld en ondertekend te Den Helder op 27 juni 2025."),
    ("sig", [("Gemeente Den Helder\n\n\nP.C. Kooijman, wethouder",
              "Stichting Voortgezet Onderwijs Kop van Noord-Holland\n\n\nA.M. de Visser-Bakker"),
             ("Stichting ROC Noordzeekust\n\n\nH.J. Roggeveen",
              "Vereniging Maritieme Werkgevers Noordkop\n\n\nK. Bos"),
             ("Willemsoord Scheepsreparatie B.V.\n\n\nL. Zwaan", "")]),
]


@sample(426, "h426_convenant_kopvannoordholland", "docx",
        "Municipal covenant DOCX (gemeente, school board, ROC, werkgeversvereniging, werf) with the "
        "route agreement as chapter 4 only binding school and ROC; Den Helder, Maritiem en techniek kb "
        "-> maritime niveau 3; fully compliant, per-pupil transfer of bekostiging, joint routecommissie "
        "for medezeggenschap, bindend advies",
        st(),
        {"a": "4.2 De route", "b": "4.3 Rol van de maritieme werkgevers in de route",
         "c": "4.4 Regiegroep", "d": "4.5 Verslaglegging aan de besturen",
         "e": "4.6 Onderwijs, personeel en voorzieningen", "f": "4.7 Wanneer de route niet past",
         "g": "4.8 Overdracht van middelen", "h": "4.9 Stem van leerlingen, ouders en personeel",
         "i": "4.10 Verschillen van inzicht", "j": "4.11 Nieuwe partners, looptijd en einde"})
def build_426(path):
    render_docx(path, H426, title="Convenant Maritiem Talent Kop van Noord-Holland",
                author="Gemeente Den Helder - team Onderwijs")


# =============================================================================== h427
H427 = """
SAMENWERKINGSOVEREENKOMST
Doorlopende leerroute Haar & Stijl Twente
vmbo kader Zorg en welzijn - mbo Allround kapper (niveau 3)

In gewone taal geschreven
-------------------------
Deze overeenkomst is bewust in gewone taal geschreven, zodat leerlingen, ouders, docenten en
besturen dezelfde tekst kunnen lezen. Waar 'wij' staat, bedoelen we de twee besturen die
tekenen. Waar 'je' of 'jij' staat, bedoelen we de leerling die de route volgt. Wat hier staat,
is wat wij met elkaar afspreken; de tekst geldt dus als overeenkomst tussen de besturen.

Wie tekenen?
------------
1. Stichting Scholengroep Twentekanaal, gevestigd in Almelo, bevoegd gezag van Het Erve College
   (vmbo basis en kader), vertegenwoordigd door dhr. M.J. (Marco) Nijhuis, voorzitter van het
   college van bestuur. Hierna: Het Erve.
2. Stichting ROC Twentewaarde, gevestigd in Hengelo, bevoegd gezag van ROC Twentewaarde, met de
   School voor Uiterlijke Verzorging, vertegenwoordigd door mw. E. (Esther) Lammertink-Oude
   Luttikhuis, lid van het college van bestuur. Hierna: het ROC.

Wat is de route?
----------------
Om welke opleiding gaat het?
Je begint in leerjaar 3 van het vmbo op Het Erve, in het profiel Zorg en welzijn, in de
kaderberoepsgerichte leerweg, met de keuzevakken Haarverzorging en Mooi en gezond. Vanaf dat
moment zit je in de route. De route loopt door naar de mbo-opleiding Allround kapper op
niveau 3 van het ROC, in het opleidingsdomein Uiterlijke verzorging (BOL). In totaal duurt de
route vier jaar: twee jaar vmbo (routejaar 1 en 2) en twee jaar mbo (routejaar 3 en 4). Je haalt
eerst je vmbo-diploma kader en daarna je mbo-diploma Allround kapper.

Wie werken er nog meer mee?
De route is samen met kapsalons uit de regio gemaakt. Veertien salons die samenwerken in het
Kappersnetwerk Twente, onder wie Salon Knipwerk in Almelo en Haarhuis Van der Veen in Borne, doen
op deze manieren mee:
- ze bieden je een snuffelstage van een week in routejaar 1 en een echte stageplek (bpv) in
  routejaar 3 en 4; het ROC sluit met hen de praktijkovereenkomst;
- twee keer per jaar is er een modeldag in het leersalon van het ROC: mensen uit de buurt laten
  zich gratis knippen en kappers uit de salons coachen je daarbij;
- een kapper uit het netwerk beoordeelt samen met je docent je proeve van bekwaamheid
  'Allround knippen en kleuren';
- het netwerk vertelt ons elk voorjaar welke trends en technieken in het programma horen, en
  helpt kiezen welke keuzedelen we aanbieden.

Wie heeft de leiding?
---------------------
De route wordt geleid door een kernteam van drie mensen:
- de routecoördinator, die de route dagelijks aanstuurt;
- de teamleider Zorg en welzijn van Het Erve;
- de teamleider Uiterlijke verzorging van het ROC.
De twee besturen kiezen samen wie routecoördinator wordt en benoemen die persoon voor drie jaar.
De twee teamleiders zitten in het kernteam omdat ze die functie hebben. Het kernteam maakt het
lesprogramma en het gezamenlijke PTA/OER, maakt het rooster, beslist wie in de route mag
instromen en verdeelt de lessen over de docenten. Daarover mag het kernteam zelf beslissen.
Over geld dat niet in de routebegroting staat, over het aannemen van personeel en over het
stoppen met de route beslissen alleen de besturen.

Hoe houden de besturen zicht op de route?
------------------------------------------
Twee keer per jaar, vóór 1 februari en vóór 1 juli, stuurt de routecoördinator beide besturen
een kort schriftelijk verslag. Daarin staat hoeveel leerlingen er in de route zitten, hoeveel er
zijn gestopt of overgestapt, hoe de examens gingen en hoe het geld is besteed. In de weken daarna
bespreken de besturen het verslag met het kernteam; het kernteam legt dan uit wat het heeft
gedaan en waarom. Willen de besturen tussendoor iets weten, dan vragen ze het de coördinator.

Waar en van wie krijg je les?
-----------------------------
- In routejaar 1 en 2 krijg je les op Het Erve in Almelo. Op dinsdag en vrijdag ben je in het
  leersalon van het ROC in Hengelo. In routejaar 3 en 4 krijg je alle lessen bij het ROC.
- Wat je per leerjaar leert en welke examens je wanneer doet, staat in het PTA/OER van de route.
  Je vmbo-examen doe je in routejaar 2; sommige mbo-examens kun je al in routejaar 1 en 2 doen.
- Je docenten vormen één team, ook al werken ze bij verschillende besturen. Voor het vak
  'Haar en huid' werken vmbo- en mbo-docenten samen als team (teambevoegdheid, artikel 7.13a
  WVO 2020 en artikel 9.1.12 WEB). Iedere docent is bevoegd voor zijn eigen deel en daar ook
  verantwoordelijk voor. Kappersdocenten van het ROC geven in routejaar 1 en 2 les op Het Erve en
  in het leersalon; ze blijven in dienst van het ROC.
- Het ROC laat je gebruikmaken van het leersalon met twaalf kappersstoelen, de wasunits en de
  kleurkeuken. Het Erve stelt zijn praktijklokaal Mooi en gezond beschikbaar voor lessen van het
  ROC aan mbo-studenten. Ieder bestuur zorgt voor het onderhoud van zijn eigen ruimtes.

Wat als je wilt stoppen of wisselen?
------------------------------------
Misschien merk je dat kappen toch niet bij je past, of verhuis je. Je hebt dan altijd een plek
waar je een diploma kunt halen. Dit zijn de mogelijkheden:
- In routejaar 1 of 2 ga je verder in de gewone kaderberoepsgerichte leerweg op Het Erve, in Zorg
  en welzijn of een ander profiel, en doe je daar examen voor je vmbo-diploma.
- In routejaar 3 of 4 kun je bij het ROC overstappen naar een andere opleiding op niveau 3,
  bijvoorbeeld Pedicure of Medewerker sport en recreatie. Je hoeft dan niet opnieuw aan de
  toelatingseisen te voldoen.
- Heb je aan het eind van routejaar 3 je vmbo-diploma nog niet? Dan mag je toch verder in een
  mbo-opleiding op niveau 3, en doe je herexamen voor de vakken die je mist.
- Verhuis je, dan helpen we je aan een plek op een andere school of mbo-instelling in je nieuwe
  woonplaats. Die instelling kan je toelaten na een geschiktheidsonderzoek.
Je mentor vertelt je welke mogelijkheden er voor jou zijn. Alles hierover staat ook in de
schoolgids van Het Erve.

Wie betaalt wat?
----------------
In routejaar 1 en 2 krijgt Het Erve het geld van de overheid voor jouw onderwijs, daarna krijgt
het ROC dat geld. Omdat het ROC in routejaar 1 en 2 al lessen geeft, draagt Het Erve een deel van
haar bekostiging over aan het ROC (artikel 5.42a WVO 2020). Dat geld is bedoeld voor de
kappersdocenten van het ROC die in routejaar 1 en 2 lesgeven, en voor de materialen die je in het
leersalon gebruikt. Hoe groot dat deel is, spreken we ieder schooljaar opnieuw met elkaar af.

Meepraten
---------
In routejaar 1 en 2 sta je ingeschreven op Het Erve; dan kun je via de leerlingenraad en de
medezeggenschapsraad (MR) van Het Erve meepraten. Wij spreken daarnaast af:
- Je mag als routeleerling al in routejaar 1 en 2 meedoen in de studentenraad van de School voor
  Uiterlijke Verzorging van het ROC.
- De MR van Het Erve en de studentenraad van het ROC komen één keer per jaar samen om over de
  route te praten.
- Als we het PTA/OER van de route willen veranderen, vragen we daarover advies aan de MR van
  Het Erve en aan de studentenraad van het ROC.

Als wij het niet eens zijn
--------------------------
Het kan gebeuren dat de besturen het over de uitvoering van deze afspraken niet met elkaar eens
zijn. Dan praten we met elkaar tot we eruit zijn. We lossen zulke meningsverschillen altijd in
goed onderling overleg op.

Erbij komen, stoppen en veranderen
-----------------------------------
- Een andere vmbo-school of mbo-instelling in Twente kan ook meedoen aan deze route. Dat kan
  alleen als beide besturen daar schriftelijk mee instemmen en de nieuwe partij deze overeenkomst
  mee ondertekent. Een nieuwe partij begint altijd aan het begin van een schooljaar, en de
  scholen melden de nieuwe situatie aan DUO.
- Deze overeenkomst begint op 1 augustus 2025 en geldt zolang niemand haar opzegt.
- Wil een bestuur stoppen, dan zegt het de overeenkomst schriftelijk op, met een opzegtermijn van
  een jaar en alleen tegen het einde van een schooljaar. Er komen dan geen nieuwe leerlingen meer
  in de route. Zit jij al in de route, dan maak je die gewoon af, bij Het Erve en bij het ROC.
- Willen we iets aan deze afspraken veranderen, dan doen we dat schriftelijk en tekenen beide
  besturen de wijziging. Een verandering geldt vanaf het volgende schooljaar en mag niet nadelig
  zijn voor leerlingen die al in de route zitten.

Ondertekening
-------------
Almelo, 24 juni 2025

Stichting Scholengroep Twentekanaal          Stichting ROC Twentewaarde

M.J. Nijhuis                                 E. Lammertink-Oude Luttikhuis
voorzitter college van bestuur               lid college van bestuur
"""


@sample(427, "h427_jijvorm_twente", "txt",
        "Plain-language TXT in the je/jij voice addressed to the pupil; Twente, Zorg en welzijn kb "
        "(uiterlijke verzorging) -> Allround kapper niveau 3; overstap options listed at length but "
        "nobody decides (f weak); transfer of bekostiging with bestemming but omvang deferred to "
        "yearly talks (g weak); disputes only 'in goed onderling overleg' (i weak)",
        st(f="weak", g="weak", i="weak"),
        {"a": "Om welke opleiding gaat het?", "b": "Wie werken er nog meer mee?",
         "c": "Wie heeft de leiding?", "d": "Hoe houden de besturen zicht op de route?",
         "e": "Waar en van wie krijg je les?", "h": "Meepraten",
         "j": "Erbij komen, stoppen en veranderen"})
def build_427(path):
    write_text(path, H427)


# =============================================================================== h428
H428 = [
    ("title", "Samenwerkingsovereenkomst Zorgroute Oost-Groningen"),
    ("subtitle", "Doorlopende leerroutes vmbo-mbo Zorg en welzijn\nVakcollege Westerwolde - Blauwestad "
                 "College - ROC Eems-Dollard\nDefinitieve versie, 2 juli 2025"),
    ("h1", "Inhoud"),
    ("toc", "Leeswijzer"),
    ("toc", "Partijen en overwegingen"),
    ("toc", "I  Algemene bepalingen (artikelen 1-2)"),
    ("toc", "II  De zorgroutes (artikelen 3-5)"),
    ("toc", "III  Zorgaanbieders aan tafel (artikelen 6-7)"),
    ("toc", "IV  Sturing van de routes (artikelen 8-9)"),
    ("toc", "V  Rekenschap aan de besturen (artikel 10)"),
    ("toc", "VI  Inrichting van het onderwijs (artikelen 11-14)"),
    ("toc", "VII  Altijd een vervolg (artikelen 15-17)"),
    ("toc", "VIII  Middelen (artikel 18)"),
    ("toc", "IX  Inspraak en zeggenschap (artikel 19)"),
    ("toc", "X  Wanneer partijen van mening verschillen (artikel 20)"),
    ("toc", "XI  Nieuwe deelnemers, aanpassing en einde (artikelen 21-23)"),
    ("toc", "XII  Slotbepalingen (artikelen 24-26)"),
    ("toc", "Ondertekening"),
    ("toc", "Bijlage 1  Programma per routejaar"),
    ("toc", "Bijlage 2  Deelnemers regionale zorgtafel"),
    ("h1", "Leeswijzer"),
    ("p", "Deze overeenkomst regelt hoe drie onderwijsbesturen in Oost-Groningen samen twee doorlopende "
          "leerroutes in de zorg aanbieden. Zij is geschreven voor bestuurders, directies, teams en "
          "medezeggenschapsraden, en is ook bedoeld als naslag bij personele wisselingen."),
    ("p", "Hoofdstuk I bevat de begrippen en de reikwijdte. Hoofdstuk II beschrijft de twee routes. "
          "Hoofdstuk III legt vast welke rol zorgaanbieders in de regio spelen. De hoofdstukken IV en V "
          "gaan over de aansturing van de routes en over de manier waarop de besturen worden "
          "geïnformeerd. Hoofdstuk VI regelt het onderwijs zelf: programma, personeel, gebouwen en "
          "vervoer. Hoofdstuk VII beschrijft wat er gebeurt als een leerling de route niet kan of wil "
          "afmaken. De hoofdstukken VIII tot en met XII gaan over geld, medezeggenschap, geschillen, "
          "toetreding, wijziging en beëindiging en de slotbepalingen."),
    ("p", "Waar de overeenkomst 'de leerling' zegt, is ook de mbo-student bedoeld, tenzij uit de tekst "
          "iets anders blijkt. De bijlagen maken deel uit van de overeenkomst; bij strijd gaat de tekst "
          "van de artikelen voor."),
    ("h1", "Partijen en overwegingen"),
    ("p", "De ondergetekenden:"),
    ("b", "Stichting Openbaar Voortgezet Onderwijs Westerwolde, statutair gevestigd te Vlagtwedde, "
          "bevoegd gezag van Vakcollege Westerwolde te Ter Apel, rechtsgeldig vertegenwoordigd door "
          "dhr. G.H. Koops, voorzitter van het college van bestuur, hierna: SOVOW;"),
    ("b", "Stichting Christelijk Voortgezet Onderwijs Oldambt, statutair gevestigd te Winschoten, "
          "bevoegd gezag van Blauwestad College te Winschoten, rechtsgeldig vertegenwoordigd door "
          "mw. drs. T.A. Wubbena, bestuurder, hierna: CVO Oldambt;"),
    ("b", "Stichting ROC Eems-Dollard, statutair gevestigd te Winschoten, bevoegd gezag van ROC "
          "Eems-Dollard met locaties in Winschoten en Stadskanaal, rechtsgeldig vertegenwoordigd door "
          "mw. I.M. Smid-Hemmes, voorzitter van het college van bestuur, hierna: het ROC;"),
    ("p", "SOVOW en CVO Oldambt hierna samen ook: de scholen; de scholen en het ROC samen: partijen."),
    ("p", "overwegende dat:"),
    ("b", "de zorg in Oost-Groningen kampt met grote personeelstekorten, in het bijzonder in de "
          "kleinschalige woonzorg en de wijkzorg in de dorpen;"),
    ("b", "jongeren in deze regio lange reisafstanden hebben en de overstap van vmbo naar mbo vaak "
          "gepaard gaat met uitval;"),
    ("b", "partijen met ingang van schooljaar 2025-2026 gezamenlijk doorlopende leerroutes willen "
          "verzorgen als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;"),
    ("b", "artikel 2.107b WVO 2020 en artikel 9.1.3 WEB daarvoor een samenwerkingsovereenkomst "
          "voorschrijven;"),
    ("p", "komen het volgende overeen."),
    ("h1", "Hoofdstuk I - Algemene bepalingen"),
    ("h2", "Artikel 1 Begrippen"),
    ("p", "In deze overeenkomst wordt verstaan onder: a. route: een van de doorlopende leerroutes, "
          "bedoeld in hoofdstuk II; b. routejaar: een leerjaar binnen de route, waarbij routejaar 1 en 2 "
          "samenvallen met leerjaar 3 en 4 van het vmbo (vo-fase) en de routejaren daarna de mbo-fase "
          "vormen; c. stuurgroep: de stuurgroep Zorgroute, bedoeld in artikel 8; d. coördinator: de "
          "coördinator Zorgroute, bedoeld in artikel 8, vierde lid; e. PTA/OER: het programma van "
          "toetsing en afsluiting en de onderwijs- en examenregeling van een route; f. zorgtafel: de "
          "regionale zorgtafel, bedoeld in artikel 6."),
    ("h2", "Artikel 2 Onderwerp en reikwijdte"),
    ("p", "1. Deze overeenkomst is de samenwerkingsovereenkomst voor de twee routes van hoofdstuk II. "
          "2. Zij laat de eigen verantwoordelijkheid van iedere school voor het vmbo-deel en de vmbo-"
          "examinering, en van het ROC voor het mbo-deel, de beroepspraktijkvorming en de mbo-"
          "examinering, onverlet."),
    ("h1", "Hoofdstuk II - De zorgroutes"),
    ("h2", "Artikel 3 Route A: Helpende zorg en welzijn"),
    ("p", "1. Route A begint in leerjaar 3 van het profiel Zorg en welzijn in de basisberoepsgerichte "
          "leerweg van Vakcollege Westerwolde en van Blauwestad College."),
    ("p", "2. Route A leidt op tot de basisberoepsopleiding Helpende zorg en welzijn (niveau 2) in het "
          "opleidingsdomein Zorg en welzijn van het ROC, beroepsopleidende leerweg."),
    ("p", "3. Route A duurt vier routejaren: routejaar 1 en 2 in de vo-fase, routejaar 3 en 4 in de "
          "mbo-fase. De leerling behaalt in routejaar 2 het vmbo-diploma en in routejaar 4 het mbo-"
          "diploma."),
    ("h2", "Artikel 4 Route B: Verzorgende-IG"),
    ("p", "1. Route B begint in leerjaar 3 van het profiel Zorg en welzijn in de kaderberoepsgerichte "
          "leerweg van beide scholen."),
    ("p", "2. Route B leidt op tot de vakopleiding Verzorgende individuele gezondheidszorg (niveau 3) in "
          "het opleidingsdomein Zorg en welzijn van het ROC. In routejaar 5 kan de student kiezen voor de "
          "beroepsbegeleidende leerweg bij een zorgaanbieder van de zorgtafel."),
    ("p", "3. Route B duurt vijf routejaren; het vmbo-diploma wordt uiterlijk in routejaar 3 behaald."),
    ("h2", "Artikel 5 Melding en inschrijving"),
    ("p", "1. Iedere school meldt de routes waaraan zij deelneemt, samen met het ROC, afzonderlijk via "
          "RIO bij DUO. 2. In routejaar 1 en 2 staat de leerling ingeschreven bij zijn school; vanaf "
          "routejaar 3 bij het ROC. Een student zonder vmbo-diploma blijft tevens bij de school bekend "
          "totdat de vo-activiteiten zijn afgerond."),
    ("h1", "Hoofdstuk III - Zorgaanbieders aan tafel"),
    ("h2", "Artikel 6 Regionale zorgtafel"),
    ("p", "1. Partijen richten de routes in samen met de zorgaanbieders die zitting hebben in de "
          "regionale zorgtafel Oost-Groningen (bijlage 2), waaronder Zorggroep Oldambt-Westerwolde, "
          "Thuiszorg De Veenkoloniën en zorgboerderij De Boerenhof te Vriescheloo."),
    ("p", "2. De zorgtafel komt drie keer per schooljaar bijeen met de stuurgroep. Zij geeft advies over "
          "de inhoud van het programma, de keuze van keuzedelen en de aansluiting op de zorgvraag in de "
          "dorpen, en toetst jaarlijks of de praktijkopdrachten nog overeenkomen met het werk."),
    ("p", "3. Verpleegkundigen en praktijkopleiders van de zorgaanbieders verzorgen in de vo-fase per "
          "schooljaar ten minste vier gastlessen per klas en treden in de mbo-fase op als tweede "
          "beoordelaar bij de beroepsproeven."),
    ("h2", "Artikel 7 Leerzorgplaatsen en beroepspraktijkvorming"),
    ("p", "1. De zorgaanbieders van de zorgtafel stellen per cohort ten minste dertig plaatsen voor "
          "beroepspraktijkvorming beschikbaar, verspreid over de dorpen, zodat geen leerling meer dan "
          "35 minuten hoeft te reizen. 2. In routejaar 2 lopen leerlingen twee weken mee in een "
          "'leerzorgplaats': een kleinschalige woonvorm of dorpshuis waar een vaste praktijkbegeleider "
          "van de zorgaanbieder hen begeleidt. 3. Het ROC sluit de praktijkovereenkomsten en bewaakt de "
          "erkenning van de leerbedrijven door SBB."),
    ("h1", "Hoofdstuk IV - Sturing van de routes"),
    ("h2", "Artikel 8 Stuurgroep Zorgroute"),
    ("p", "1. De leiding over beide routes berust bij de stuurgroep Zorgroute. Zij telt drie leden: de "
          "directeur onderwijs van Vakcollege Westerwolde, de directeur onderwijs van Blauwestad College "
          "en de sectordirecteur Zorg, Welzijn en Sport van het ROC. De coördinator is secretaris van de "
          "stuurgroep, zonder stemrecht."),
    ("p", "2. Ieder lid wordt aangewezen door het bestuur dat het lid vertegenwoordigt; dat bestuur "
          "deelt de aanwijzing en een vervanging schriftelijk mee aan de andere besturen."),
    ("p", "3. De besturen dragen aan de stuurgroep op: de zorg voor samenhang en kwaliteit van beide "
          "routes; het vaststellen van het PTA/OER van iedere route, met inachtneming van de wettelijke "
          "bevoegdheden van de besturen en examencommissies; het bepalen van de jaarlijkse instroom per "
          "route en per school; de inzet van personeel binnen de door de besturen beschikbaar gestelde "
          "formatie; het onderhouden van de contacten met de zorgtafel; en het opstellen van de "
          "routebegroting en het routeverslag."),
    ("p", "4. De coördinator wordt door de drie besturen gezamenlijk aangesteld, op voordracht van de "
          "stuurgroep, voor een periode van vier jaar. De coördinator bereidt de besluiten van de "
          "stuurgroep voor en voert ze uit."),
    ("p", "5. De stuurgroep besluit bij meerderheid, met dien verstande dat voor elk besluit de "
          "instemming van het lid namens het ROC en van ten minste één lid namens een school nodig is. "
          "Besluiten met financiële gevolgen buiten de vastgestelde routebegroting, besluiten over "
          "formatie en aanstelling van personeel en besluiten over het beëindigen van een route zijn aan "
          "de besturen zelf voorbehouden."),
    ("h2", "Artikel 9 Routeleiders per locatie"),
    ("p", "De stuurgroep wijst per locatie een routeleider aan die de dagelijkse gang van zaken "
          "organiseert: roostering, leerlingbegeleiding en het eerste aanspreekpunt voor ouders. De "
          "routeleider legt verantwoording af aan de stuurgroep."),
    ("h1", "Hoofdstuk V - Rekenschap aan de besturen"),
    ("h2", "Artikel 10 Informatie en verantwoording"),
    ("p", "1. De stuurgroep legt ieder jaar uiterlijk op 15 oktober een routeverslag over het "
          "voorafgaande schooljaar voor aan de drie besturen. Het verslag bevat per route en per school: "
          "in-, door- en uitstroom, overstappen op grond van hoofdstuk VII, examenresultaten, "
          "bpv-bezetting, tevredenheid van leerlingen en zorgaanbieders, en de besteding van de middelen "
          "van hoofdstuk VIII."),
    ("p", "2. De stuurgroep legt de routebegroting voor het volgende kalenderjaar uiterlijk op "
          "1 november ter vaststelling aan de besturen voor."),
    ("p", "3. Tweemaal per jaar, in februari en in november, vindt een bestuurlijk overleg plaats "
          "waarin de stuurgroep rekenschap aflegt over het gevoerde beleid en waarin de besturen het "
          "routeverslag respectievelijk de tussenstand bespreken."),
    ("p", "4. Gebeurtenissen die de continuïteit van een route of de veiligheid van leerlingen raken, "
          "meldt de coördinator binnen vijf werkdagen aan alle besturen. Ieder bestuur kan daarnaast te "
          "allen tijde inlichtingen van de stuurgroep verlangen."),
    ("h1", "Hoofdstuk VI - Inrichting van het onderwijs"),
    ("h2", "Artikel 11 Programma, examinering en plaats van het onderwijs"),
    ("p", "1. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per routejaar zijn "
          "beschreven in het PTA/OER van iedere route; bijlage 1 geeft een overzicht. In het PTA/OER "
          "staat welke onderdelen tot het vmbo, welke tot het mbo en welke tot beide behoren."),
    ("p", "2. In de vo-fase wordt het onderwijs gegeven in de gebouwen van Vakcollege Westerwolde en "
          "Blauwestad College. De mbo-fase van route A wordt verzorgd op de ROC-locatie Stadskanaal, die "
          "van route B op de ROC-locatie Winschoten."),
    ("p", "3. Het vmbo-examen wordt in route A afgenomen in routejaar 2 en in route B in routejaar 2 of 3. "
          "Mbo-examens en beroepspraktijkvorming zijn vanaf routejaar 1 mogelijk."),
    ("h2", "Artikel 12 Personeel"),
    ("p", "1. Per school vormen de docenten Zorg en welzijn van de school en de docenten verzorging en "
          "welzijn van het ROC één routeteam. Het vakoverstijgende onderdeel 'Zorg in het dorp' wordt "
          "verzorgd door dit team met toepassing van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; ieder "
          "teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is en het team dekt samen alle "
          "programmaonderdelen."),
    ("p", "2. Het ROC zet in de vo-fase per school ten minste één dag per week een docent verzorging in. "
          "De scholen zetten in routejaar 3 van route B een docent Nederlands en een docent biologie in "
          "voor de afronding van het vmbo-examen."),
    ("p", "3. Docenten blijven in dienst van hun eigen werkgever. Voor structurele inzet bij een andere "
          "partij sluiten de besturen een detacheringsovereenkomst. Het routeteam volgt jaarlijks ten "
          "minste twee gezamenlijke scholingsdagen."),
    ("h2", "Artikel 13 Gebouwen, vervoer en voorzieningen"),
    ("p", "1. Het ROC stelt zijn skillslab 'De Zorgwoning' in Winschoten ter beschikking voor "
          "praktijklessen van routeleerlingen van beide scholen. Omdat Ter Apel ver van Winschoten ligt, "
          "komt het mobiele skillslab van het ROC (een ingerichte bus met twee zorgkamers) om de week een "
          "dag naar Vakcollege Westerwolde."),
    ("p", "2. De scholen stellen hun praktijklokalen Zorg en welzijn open voor lessen die het ROC in de "
          "mbo-fase op de schoollocatie verzorgt. Leerlingen en docenten gebruiken de elektronische "
          "leeromgeving van het ROC."),
    ("p", "3. Het ROC organiseert voor leerlingen in de vo-fase op de ROC-dagen een pendelbus vanaf "
          "beide scholen."),
    ("h2", "Artikel 14 Begeleiding, verzuim en klachten"),
    ("p", "1. In de vo-fase is de mentor van de school, in de mbo-fase de studieloopbaanbegeleider van het "
          "ROC de eerste begeleider. Bij de overgang naar de mbo-fase vindt een warme overdracht plaats. "
          "2. Verzuim wordt in de vo-fase door de school en in de mbo-fase door het ROC gemeld. 3. De "
          "klachtenregeling van iedere partij is ook van toepassing op gedragingen van bestuur en "
          "personeel van de andere partij in het kader van de routes; de partijen verlenen elkaar daarbij "
          "alle medewerking."),
    ("h1", "Hoofdstuk VII - Altijd een vervolg"),
    ("h2", "Artikel 15 Uitgangspunt"),
    ("p", "Een leerling van wie de deelname aan een route eindigt voordat hij die met goed gevolg heeft "
          "afgerond, krijgt van partijen de gelegenheid een vmbo-diploma of een mbo-diploma te behalen "
          "dat past bij het onderwijsniveau dat hij heeft bereikt en bij zijn leeftijd."),
    ("h2", "Artikel 16 Mogelijkheden"),
    ("p", "Afhankelijk van het moment van vertrek komen in elk geval de volgende wegen in aanmerking:"),
    ("b", "vertrek in routejaar 1 of 2: de leerling vervolgt de reguliere basis- of kaderberoepsgerichte "
          "leerweg op zijn school, in Zorg en welzijn of een ander profiel, gericht op het vmbo-diploma; "
          "een leerling van route B kan ook naar route A overstappen en omgekeerd;"),
    ("b", "vertrek in de mbo-fase: de student stapt over naar een andere opleiding van het ROC op "
          "hetzelfde niveau, zoals Medewerker maatschappelijke zorg (niveau 3) of Facilitair medewerker "
          "(niveau 2); bij het ROC gelden de vooropleidingseisen daarbij niet;"),
    ("b", "geen vmbo-diploma aan het eind van routejaar 3: de student zet zijn mbo-opleiding voort of "
          "stapt over naar een vergelijkbare opleiding, terwijl de school hem de gelegenheid biedt het "
          "vmbo-examen alsnog af te ronden; doubleren in de vo-fase blijft mogelijk;"),
    ("b", "overstap naar een andere instelling, bijvoorbeeld na een verhuizing: partijen dragen zorg voor "
          "een warme overdracht; de ontvangende instelling kan de student na een geschiktheidsonderzoek "
          "toelaten."),
    ("p", "Alleen wanneer het behalen van een startkwalificatie ook via deze wegen niet haalbaar blijkt, "
          "wordt met de leerling en zijn ouders de Entree-opleiding besproken."),
    ("h2", "Artikel 17 Werkwijze"),
    ("p", "1. Signaleert de mentor of studieloopbaanbegeleider dat de route niet meer past, dan volgt "
          "binnen twee weken een gesprek met de leerling, zijn ouders en de routeleiders van school en "
          "ROC. 2. Over het vervolg oordelen de routeleider van de school en de routeleider van het ROC "
          "gezamenlijk, namens hun besturen, op basis van het bereikte onderwijsniveau, de leeftijd en de "
          "wensen van de leerling. Zij leggen hun besluit met een motivering schriftelijk vast. 3. De "
          "uitwerking voor leerlingen en ouders wordt opgenomen in de schoolgidsen en de studiegids."),
    ("h1", "Hoofdstuk VIII - Middelen"),
    ("h2", "Artikel 18 Overdracht van bekostiging en kosten"),
    ("p", "1. Iedere school draagt op grond van artikel 5.42a WVO 2020 aan het ROC over: EUR 850 per "
          "routeleerling per schooljaar in routejaar 1 en 2. Dit bedrag is bestemd voor de inzet van "
          "docenten van het ROC in de vo-fase, het mobiele skillslab en de pendelbus."),
    ("p", "2. Het ROC draagt op grond van artikel 9.1.15 WEB aan de school over: EUR 600 per student die "
          "in routejaar 3 het vmbo-examen nog moet afronden. Dit bedrag is bestemd voor de begeleiding "
          "en de afname van dat examen door de school."),
    ("p", "3. Verrekening vindt jaarlijks plaats vóór 1 maart op basis van de telling per 1 oktober. "
          "Overige kosten draagt iedere partij zelf."),
    ("h1", "Hoofdstuk IX - Inspraak en zeggenschap"),
    ("h2", "Artikel 19 Medezeggenschap"),
    ("p", "1. In de vo-fase vallen leerlingen, ouders en personeel van de scholen onder de "
          "medezeggenschapsraad van hun school; in de mbo-fase vallen studenten en ouders onder de "
          "studentenraad en de ouderraad van het ROC en het personeel van het ROC onder de "
          "ondernemingsraad. Partijen spreken daarnaast het volgende af."),
    ("p", "2. Er komt een commissie Zorgroute met één lid uit de medezeggenschapsraad van iedere school, "
          "één lid uit de studentenraad en één lid uit de ondernemingsraad van het ROC. De commissie "
          "adviseert de stuurgroep over het PTA/OER, de instroomomvang en de begeleiding. Een voorstel "
          "tot wijziging van deze overeenkomst wordt vooraf aan de commissie voorgelegd."),
    ("p", "3. Routeleerlingen in de vo-fase mogen een afgevaardigde naar de studentenraad van het ROC "
          "sturen, die daar spreekrecht heeft over aangelegenheden van de routes."),
    ("h1", "Hoofdstuk X - Wanneer partijen van mening verschillen"),
    ("h2", "Artikel 20 Geschilbeslechting"),
    ("p", "1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de "
          "stuurgroep besproken. 2. Leidt dat niet binnen vier weken tot een oplossing, dan voeren de "
          "voorzitters van de betrokken colleges van bestuur binnen vier weken daarna overleg. 3. Blijft "
          "het geschil bestaan, dan schakelen de betrokken partijen een mediator in die is ingeschreven "
          "in het register van de Mediatorsfederatie Nederland; de kosten worden gelijk gedeeld. "
          "4. Is het geschil drie maanden na de start van de mediation niet opgelost, dan kan iedere "
          "partij het voorleggen aan de rechtbank Noord-Nederland, locatie Groningen."),
    ("h1", "Hoofdstuk XI - Nieuwe deelnemers, aanpassing en einde"),
    ("h2", "Artikel 21 Toetreding"),
    ("p", "1. Een andere school voor vbo of mavo in Oost-Groningen of Zuidoost-Drenthe, of een andere "
          "instelling voor beroepsonderwijs, kan partij worden bij deze overeenkomst. Zij richt daartoe "
          "een schriftelijk verzoek aan de stuurgroep."),
    ("p", "2. Toetreding is mogelijk als de toetredende partij het profiel Zorg en welzijn aanbiedt "
          "(voor een school) of de opleidingen van hoofdstuk II verzorgt (voor een instelling), alle "
          "bestaande partijen schriftelijk instemmen, en de toetredende partij een toetredingsakte "
          "ondertekent waarin zij deze overeenkomst aanvaardt."),
    ("p", "3. Toetreding gaat in op 1 augustus. De betrokken partijen melden de toetreding bij DUO. "
          "Een toetreding mag niet ten koste gaan van de plaatsen, begeleiding of bpv-plaatsen van "
          "leerlingen die al in een route zitten."),
    ("h2", "Artikel 22 Wijziging"),
    ("p", "1. Deze overeenkomst kan alleen worden gewijzigd bij een door alle besturen ondertekend "
          "schriftelijk stuk, nadat de commissie Zorgroute in de gelegenheid is gesteld advies uit te "
          "brengen. 2. Een wijziging die leerlingen in een lopend cohort raakt, gaat niet eerder in dan "
          "bij de aanvang van het volgende schooljaar en mag hun onderwijs niet verzwaren of verkorten. "
          "3. Verandert de wetgeving, dan treden partijen binnen drie maanden in overleg over aanpassing."),
    ("h2", "Artikel 23 Opzegging en ontbinding"),
    ("p", "1. Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar deelname, voor één of "
          "beide routes, schriftelijk opzeggen tegen 31 juli, met een opzegtermijn van twaalf maanden."),
    ("p", "2. Partijen kunnen deze overeenkomst ontbinden als een partij haar verplichtingen ernstig "
          "tekortschiet en na een schriftelijke ingebrekestelling niet binnen zestig dagen alsnog "
          "nakomt, of als een partij de bevoegdheid verliest de route te verzorgen."),
    ("p", "3. Na opzegging of ontbinding stroomt in de betrokken route bij de betrokken partij geen "
          "nieuwe leerling meer in. Leerlingen die al in de route zitten, maken die af; de partijen "
          "stellen binnen drie maanden een afbouwplan op waarin staat hoe dat wordt gegarandeerd. Treedt "
          "een school uit, dan zetten de overige partijen de overeenkomst ongewijzigd voort."),
    ("h1", "Hoofdstuk XII - Slotbepalingen"),
    ("h2", "Artikel 24 Evaluatie"),
    ("p", "Partijen evalueren de routes en deze overeenkomst in het schooljaar 2027-2028, mede op basis "
          "van de routeverslagen en een enquête onder leerlingen, ouders en zorgaanbieders."),
    ("h2", "Artikel 25 Persoonsgegevens"),
    ("p", "Partijen wisselen alleen de persoonsgegevens uit die voor de uitvoering van de routes nodig "
          "zijn en leggen de afspraken daarover vast in een gegevensdelingsovereenkomst."),
    ("h2", "Artikel 26 Inwerkingtreding"),
    ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025."),
    ("h1", "Ondertekening"),
    ("p", "Aldus overeengekomen en in drievoud ondertekend te Winschoten op 2 juli 2025."),
    ("sig", [("Stichting Openbaar Voortgezet Onderwijs Westerwolde\n\n\nG.H. Koops\nvoorzitter "
              "college van bestuur",
              "Stichting Christelijk Voortgezet Onderwijs Oldambt\n\n\nT.A. Wubbena\nbestuurder"),
             ("Stichting ROC Eems-Dollard\n\n\nI.M. Smid-Hemmes\nvoorzitter college van bestuur", "")]),
    ("pagebreak",),
    ("h1", "Bijlage 1 - Programma per routejaar"),
    ("table", [["Routejaar", "Route A (bb - Helpende zorg en welzijn 2)",
                "Route B (kb - Verzorgende-IG 3)"],
               ["1 (vmbo 3)", "Profielvakken Z&W, keuzevak Zorg in het dorp, 2 ROC-dagen per maand",
                "Profielvakken Z&W, keuzevakken Zorg in het dorp en EHBO, ROC-dag elke week"],
               ["2 (vmbo 4)", "CE vmbo, leerzorgplaats 2 weken, start mbo-keuzedeel",
                "CE (deel), leerzorgplaats 2 weken, mbo-module basiszorg"],
               ["3 (mbo 1)", "Mbo Helpende Z&W, bpv 2 dagen per week",
                "Mbo VIG, afronding vmbo-examen, bpv 2 dagen per week"],
               ["4 (mbo 2)", "Bpv en examens, diploma niveau 2", "Bpv en examens VIG"],
               ["5 (mbo 3)", "-", "Diploma niveau 3 (BOL of BBL)"]], None),
    ("h1", "Bijlage 2 - Deelnemers regionale zorgtafel"),
    ("b", "Zorggroep Oldambt-Westerwolde (woonzorg, wijkverpleging)"),
    ("b", "Thuiszorg De Veenkoloniën"),
    ("b", "Zorgboerderij De Boerenhof, Vriescheloo"),
    ("b", "Stichting Dorpszorg Bellingwolde"),
    ("b", "Huisartsenpraktijk Ter Apel (praktijkondersteuning)"),
]


@sample(428, "h428_leeswijzer_oostgroningen", "pdf",
        "Long formal PDF with table of contents, Leeswijzer and Roman-numeral chapters (I-XII) plus "
        "annexes; three parties (two vmbo schools, one ROC) in rural Oost-Groningen, Zorg en welzijn bb "
        "-> Helpende zorg en welzijn 2 and kb -> Verzorgende-IG 3; fully compliant, transfers in both "
        "directions, commissie Zorgroute for medezeggenschap",
        st(),
        {"a": "Hoofdstuk II - De zorgroutes", "b": "Hoofdstuk III - Zorgaanbieders aan tafel",
         "c": "Artikel 8 Stuurgroep Zorgroute", "d": "Hoofdstuk V - Rekenschap aan de besturen",
         "e": "Hoofdstuk VI - Inrichting van het onderwijs", "f": "Hoofdstuk VII - Altijd een vervolg",
         "g": "Artikel 18 Overdracht van bekostiging en kosten",
         "h": "Hoofdstuk IX - Inspraak en zeggenschap",
         "i": "Hoofdstuk X - Wanneer partijen van mening verschillen",
         "j": "Hoofdstuk XI - Nieuwe deelnemers, aanpassing en einde"})
def build_428(path):
    render_pdf_blocks(path, H428, header="Samenwerkingsovereenkomst Zorgroute Oost-Groningen",
                      footer="pagina ")

# =============================================================================== h429
H429 = [
    ("small", "Versie 3 - na juridische toets 12 juni 2025. Wijzigingen ten opzichte van versie 2 zijn "
              "bijgehouden (Wijzigingen bijhouden). Ter ondertekening aangeboden aan beide colleges van "
              "bestuur."),
    ("title", "Samenwerkingsovereenkomst geïntegreerde route Bouw Brabantse Wal"),
    ("p", "vmbo basisberoepsgerichte leerweg Bouwen, wonen en interieur - mbo Timmerman niveau 2"),
    ("h1", "Partijen"),
    ("n", "Stichting Katholiek Voortgezet Onderwijs Roosendaal, gevestigd te Roosendaal, bevoegd gezag "
          "van Vakcollege Vierhoeven, vertegenwoordigd door {-[naam bestuurder]-}{+dhr. W.P.M. Jacobs, "
          "voorzitter college van bestuur+}, hierna: de school;"),
    ("n", "Stichting ROC De Westmark, gevestigd te Bergen op Zoom, bevoegd gezag van ROC De Westmark, "
          "Bouwcollege, vertegenwoordigd door mw. C.A. van Gastel, lid college van bestuur, hierna: het ROC."),
    ("p", "Partijen verklaren te zijn overeengekomen als volgt."),
    ("h1", "Artikel 1 Onderwerp"),
    ("p", "Partijen verzorgen gezamenlijk een geïntegreerde route vmbo-basisberoepsopleiding als bedoeld in "
          "artikel 2.107l WVO 2020 en artikel 9.1.17 WEB. Deze overeenkomst is de daarvoor voorgeschreven "
          "samenwerkingsovereenkomst."),
    ("h1", "Artikel 2 De route"),
    ("p", "2.1 De route is bestemd voor leerlingen van het profiel Bouwen, wonen en interieur in de "
          "basisberoepsgerichte leerweg van Vakcollege Vierhoeven, voor wie dit naar het oordeel van de "
          "school, in overleg met leerling en ouders, het meest passend is."),
    ("p", "2.2 De route begint in leerjaar 3 en leidt op tot het diploma van de basisberoepsopleiding "
          "Timmerman (niveau 2) in het opleidingsdomein Bouw en infra van het ROC. De route duurt drie "
          "jaar: leerjaar 3 en 4 op de school en een afsluitend jaar op het ROC{+, waarin de student bij "
          "het ROC staat ingeschreven+}."),
    ("p", "2.3 De school neemt in deze route geen eindexamen basisberoepsgerichte leerweg af. Een leerling "
          "die dat wenst, kan in leerjaar 4 alsnog deelnemen aan het eindexamen van de school."),
    ("h1", "Artikel 3 Bedrijfsleven"),
    ("p", "Het bedrijfsleven wordt betrokken bij de invulling van de geïntegreerde route. Partijen zullen "
          "zich inspannen om de verbinding met de bouwsector in West-Brabant te versterken{+ en stellen "
          "daartoe in de loop van het eerste schooljaar een plan op+}."),
    ("h1", "Artikel 4 Leiding"),
    ("p", "4.1 De leiding over de route berust bij de trajectleider GLR Bouw, bijgestaan door de "
          "{-teamleider-}{+afdelingsleider+} techniek van de school en de opleidingsmanager Bouw van het "
          "ROC. Samen vormen zij het trajectoverleg."),
    ("p", "4.2 De trajectleider wordt op voordracht van het trajectoverleg door beide colleges van bestuur "
          "gezamenlijk aangewezen. De {-teamleider-}{+afdelingsleider+} en de opleidingsmanager maken "
          "deel uit van het trajectoverleg uit hoofde van hun functie."),
    ("p", "4.3 Het trajectoverleg is belast met de inhoud en planning van het programma, het opstellen van "
          "het gezamenlijke PTA/OER, de toelating tot de route, de inzet van docenten en de begeleiding van "
          "leerlingen. Het beslist daarover zelfstandig binnen de formatie en het budget die de besturen "
          "jaarlijks vaststellen; besluiten daarbuiten worden aan beide colleges van bestuur voorgelegd."),
    ("h1", "Artikel 5 Verslag aan de besturen"),
    ("p", "De trajectleider brengt vóór {-1 juni-}{+1 juli+} van ieder jaar schriftelijk verslag uit aan "
          "beide colleges van bestuur over het afgelopen schooljaar: aantallen leerlingen, voortijdig "
          "vertrek, resultaten en uitgaven. Het verslag wordt toegelicht in het bestuurlijk overleg van "
          "september, waarin het trajectoverleg zich over zijn beleid verantwoordt."),
    ("h1", "Artikel 6 Inrichting van het onderwijs"),
    ("p", "6.1 Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER. Leerjaar 3 "
          "en 4 worden verzorgd op de school, met een vaste dag per week op de Leerbouwplaats van het ROC "
          "in Bergen op Zoom; het afsluitende jaar wordt verzorgd door het ROC."),
    ("p", "6.2 Docenten bouw van de school en instructeurs timmeren van het ROC vormen één team dat het "
          "vakoverstijgende onderdeel 'Bouwen in de praktijk' verzorgt met toepassing van artikel 7.13a "
          "WVO 2020 en artikel 9.1.12 WEB. Iedere docent is verantwoordelijk voor het deel waarvoor hij "
          "bevoegd is. ROC-instructeurs geven in leerjaar 3 en 4 {-vier-}{+zes+} uur per week les; "
          "docenten blijven in dienst van hun eigen werkgever."),
    ("p", "6.3 Het ROC stelt de bouwhal, de timmerwerkplaats en het gereedschap van de Leerbouwplaats "
          "beschikbaar; de school stelt haar machinale houtbewerkingslokaal beschikbaar voor lessen van "
          "het ROC. Veiligheidsinstructie (VCA-basis) wordt door het ROC verzorgd."),
    ("h1", "Artikel 7 Voortijdig verlaten van de route"),
    ("p", "7.1 Wil of moet een leerling de geïntegreerde route voortijdig verlaten, dan stellen de "
          "trajectleider en de mentor in een gesprek met leerling en ouders de datum van vertrek vast."),
    ("p", "7.2 De leerling wordt vervolgens ingeschreven in de Entree-opleiding van het ROC, zodat hij "
          "alsnog een diploma op niveau 1 kan behalen. Het ROC garandeert hem daar een plaats{+, ook "
          "gedurende het schooljaar+}."),
    ("p", "7.3 De school zorgt voor een warme overdracht door middel van een overdrachtsdossier en een "
          "gesprek met de nieuwe mentor van de Entree-opleiding."),
    ("h1", "Artikel 8 Financiën"),
    ("p", "Partijen dragen geen bekostiging aan elkaar over. Ieder draagt de kosten van het eigen "
          "personeel en de eigen voorzieningen."),
    ("h1", "Artikel 9 Aanvullende afspraken medezeggenschap (optioneel)"),
    ("p", "Aanvullende afspraken: ......................................................................"),
    ("p", "......................................................................................................."),
    ("h1", "Artikel 10 Geschillen"),
    ("p", "Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst in het "
          "trajectoverleg en daarna in het bestuurlijk overleg besproken. Zijn zij niet binnen zes weken "
          "opgelost, dan {+wordt eerst mediation beproefd; slaagt die niet, dan +}worden zij voorgelegd "
          "aan de bevoegde rechter van de rechtbank Zeeland-West-Brabant."),
    ("h1", "Artikel 11 Toetreding, duur, opzegging en wijziging"),
    ("p", "11.1 Een andere school voor vbo of een andere instelling voor beroepsonderwijs kan tot deze "
          "overeenkomst toetreden met schriftelijke instemming van beide partijen, door ondertekening van "
          "een toetredingsverklaring, met ingang van een nieuw schooljaar. De toetreding wordt bij DUO "
          "gemeld."),
    ("p", "11.2 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Ieder van partijen kan "
          "haar schriftelijk opzeggen tegen het einde van een schooljaar met een opzegtermijn van "
          "{-zes-}{+twaalf+} maanden."),
    ("p", "11.3 Na opzegging worden geen nieuwe leerlingen tot de route toegelaten. Leerlingen die op het "
          "moment van opzegging in de route zitten, kunnen de route bij beide partijen afronden."),
    ("p", "11.4 Wijzigingen van deze overeenkomst worden schriftelijk vastgelegd en door beide colleges "
          "van bestuur ondertekend; zij gaan in bij het begin van een schooljaar."),
    ("h1", "Artikel 12 Melding"),
    ("p", "Partijen melden de geïntegreerde route gezamenlijk bij DUO via RIO."),
    ("h1", "Ondertekening"),
    ("p", "Roosendaal, {-... juni 2025-}{+30 juni 2025+}"),
    ("sig", [("Stichting Katholiek Voortgezet Onderwijs Roosendaal\n\n\nW.P.M. Jacobs",
              "Stichting ROC De Westmark\n\n\nC.A. van Gastel")]),
]


@sample(429, "h429_wijzigingen_westbrabant", "docx",
        "DOCX with tracked changes (w:ins/w:del, none of which changes a status); West-Brabant "
        "geïntegreerde route BWI bb -> Timmerman niveau 2; bedrijfsleven only restates the statute plus "
        "an inspanning and a deferred plan (b weak); leaving the route means automatic Entree (f weak); "
        "medezeggenschap article left as '(optioneel)' with dotted lines (h weak)",
        st(b="weak", f="weak", h="weak"),
        {"a": "Artikel 2 De route", "c": "Artikel 4 Leiding", "d": "Artikel 5 Verslag aan de besturen",
         "e": "Artikel 6 Inrichting van het onderwijs", "g": "Artikel 8 Financiën",
         "i": "Artikel 10 Geschillen", "j": "Artikel 11 Toetreding, duur, opzegging en wijziging"})
def build_429(path):
    render_docx(path, H429, title="Samenwerkingsovereenkomst GLR Bouw Brabantse Wal",
                author="S. Oomen", track_author="S. Oomen (ROC De Westmark)",
                track_date="2025-06-12T14:30:00Z")

# =============================================================================== h430
H430 = """
# Samenwerkingsovereenkomst DLR Retail Zeeuws-Vlaanderen

**Partijen:** Stichting Voortgezet Onderwijs Zeeuws-Vlaanderen (bevoegd gezag van het Scheldemond
College, Terneuzen), vertegenwoordigd door dhr. F. de Kraker, bestuurder; en Stichting ROC
Zeeland-Zuid (bevoegd gezag van ROC Zeeland-Zuid, Terneuzen), vertegenwoordigd door
mw. N. Verstraeten-Dhooge, voorzitter college van bestuur. Ingangsdatum: 1 augustus 2025.

**1. Route.** Vmbo-profiel Economie en ondernemen, gemengde leerweg, leerjaar 3-4 → middenkaderopleiding
Manager/ondernemer detailhandel, niveau 4, opleidingsdomein Handel en ondernemerschap (BOL). Vijf
routejaren; vmbo-diploma in routejaar 2.

**2. Ondernemers.** De Ondernemersvereniging Binnenstad Terneuzen en de winkels Van Hoeve Mode,
Boekhandel De Schelde en Bouwmarkt Zeeuwsch Licht leveren stageplaatsen vanaf routejaar 2, geven
gastlessen over ondernemen en zitten in de jury van de jaarlijkse pop-upwinkel die routeleerlingen in
de Noordstraat runnen.

**3. Kernteam.** Twee personen sturen de route: de teamleider E&O van de school en de opleidingsmanager
Handel van het ROC. Beide besturen wijzen hun eigen lid aan en bevestigen dat schriftelijk aan elkaar.
Het kernteam stelt programma, PTA/OER en rooster op, beslist over toelating en zet docenten in,
binnen de formatie en het budget van de besturen; al het overige beslissen de besturen zelf.

**4. Rapportage.** Het kernteam stuurt beide besturen elk jaar vóór 1 oktober een schriftelijk verslag
(leerlingaantallen, uitval, overstappen, examens, kosten) en licht dat in maart toe in het
bestuurlijk overleg.

**5. Onderwijs.** Routejaar 1-2 op de school, met elke woensdag les in het winkellab van het ROC;
daarna op het ROC. Programma en examens per leerjaar: gezamenlijk PTA/OER. Docenten van beide
partijen vormen één team en verzorgen de module Ondernemen samen (teambevoegdheid, art. 7.13a WVO 2020
/ 9.1.12 WEB), ieder voor het deel waarvoor hij bevoegd is; iedereen blijft bij de eigen werkgever in
dienst. Winkellab en kassasystemen van het ROC en de ICT-lokalen van de school zijn over en weer
kosteloos te gebruiken.

**6. Overstap.** Verlaat een leerling de route, dan kiezen school en ROC samen - met leerling en
ouders, op basis van bereikt niveau en leeftijd - het vervolg: in routejaar 1-2 de reguliere gemengde
leerweg (vmbo-diploma); daarna een andere opleiding op niveau 3 of 4 van het ROC, zonder
vooropleidingseisen; of een andere instelling na geschiktheidsonderzoek.

**7. Geld.** Partijen dragen geen bekostiging aan elkaar over.

**8. Geschillen.** Kernteam, dan de bestuurders, dan mediation; daarna de rechtbank Zeeland-West-Brabant.

**9. Toetreden, opzeggen, wijzigen.** Andere scholen of instellingen kunnen toetreden als beide
besturen schriftelijk instemmen en zij deze overeenkomst tekenen, per 1 augustus en met melding bij
DUO. Opzegging: schriftelijk, tegen 31 juli, twaalf maanden vooraf; wie al in de route zit, maakt die
af. Wijzigingen alleen schriftelijk door beide besturen, ingaand bij een nieuw schooljaar en nooit
ten nadele van zittende leerlingen.

Terneuzen, 25 juni 2025 - F. de Kraker, N. Verstraeten-Dhooge
"""


@sample(430, "h430_beknopt_zeeuwsvlaanderen", "md",
        "Very short Markdown agreement (one page, nine numbered paragraphs); Zeeuws-Vlaanderen, "
        "Economie en ondernemen gl -> Manager/ondernemer detailhandel niveau 4; compliant in terse "
        "wording, no word on medezeggenschap (h not_applicable)",
        st(h="not_applicable"),
        {"a": "1. Route.", "b": "2. Ondernemers.", "c": "3. Kernteam.", "d": "4. Rapportage.",
         "e": "5. Onderwijs.", "f": "6. Overstap.", "g": "7. Geld.", "i": "8. Geschillen.",
         "j": "9. Toetreden, opzeggen, wijzigen."})
def build_430(path):
    write_text(path, H430)

# =============================================================================== h431
H431 = [
    ("title", "Interne regeling doorlopende leerroute Groen Achterhoek"),
    ("p", "Besluit van het college van bestuur van de Stichting Agrarisch Opleidingscentrum "
          "Oost-Gelderland van 23 juni 2025, nr. CvB/2025/118"),
    ("p", "Het college van bestuur van de Stichting Agrarisch Opleidingscentrum Oost-Gelderland, "
          "statutair gevestigd te Doetinchem;"),
    ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, "
          "derde lid, van de Wet educatie en beroepsonderwijs;"),
    ("p", "overwegende dat de stichting zowel de school voor voorbereidend beroepsonderwijs Groencollege "
          "Lochem als de instelling voor beroepsonderwijs Groencollege mbo Doetinchem in stand houdt, "
          "zodat de doorlopende leerroute geheel binnen één rechtspersoon wordt verzorgd en een interne "
          "regeling in de plaats treedt van een samenwerkingsovereenkomst;"),
    ("p", "besluit vast te stellen de volgende regeling."),
    ("h1", "§ 1 Algemeen"),
    ("pb", "Artikel 1.", "In deze regeling wordt verstaan onder: stichting: de Stichting Agrarisch "
           "Opleidingscentrum Oost-Gelderland; vmbo-vestiging: Groencollege Lochem; mbo-vestiging: "
           "Groencollege mbo Doetinchem; route: de doorlopende leerroute Groen, bedoeld in § 2; "
           "routejaar: een leerjaar van de route."),
    ("pb", "Artikel 2.", "Deze regeling regelt de onderwerpen van artikel 2.107b, tweede lid, onderdelen "
           "a tot en met g, WVO 2020. De onderdelen h tot en met j zijn op grond van het derde lid niet "
           "van toepassing."),
    ("h1", "§ 2 Wat de route omvat"),
    ("pb", "Artikel 3.", "1. De route begint in leerjaar 3 van het profiel Groen in de "
           "kaderberoepsgerichte leerweg van de vmbo-vestiging. 2. Zij leidt op tot een vakopleiding op "
           "niveau 3 in het opleidingsdomein Voedsel, natuur en leefomgeving van de mbo-vestiging, naar "
           "keuze met de kwalificatie Vakbekwaam hovenier of Vakbekwaam medewerker dierverzorging. "
           "3. De route telt vier routejaren; de keuze tussen de twee kwalificaties wordt uiterlijk aan "
           "het eind van routejaar 1 gemaakt."),
    ("h1", "§ 3 Groene bedrijven in de route"),
    ("pb", "Artikel 4.", "1. De stichting betrekt de groene sector in de Achterhoek bij de route via de "
           "Groene Kring Achterhoek, een vereniging van ruim dertig hoveniers-, boomkwekerij- en "
           "dierhouderijbedrijven. 2. Leden van de Groene Kring, onder wie Hoveniersbedrijf Te Brake in "
           "Lochem en dierenpension De Hessenhoeve in Eibergen, leveren opdrachten voor het "
           "project 'Groen in het dorp' in routejaar 1 en 2, waarin leerlingen onder begeleiding van "
           "een vakman dorpsgroen en schooltuinen aanleggen. 3. Erkende leerbedrijven uit de Groene "
           "Kring nemen de routestudenten in routejaar 3 en 4 op voor de beroepspraktijkvorming. "
           "4. Een werkveldraad van vijf ondernemers adviseert de routemanager ieder jaar in het "
           "voorjaar over de inhoud van het programma en de keuzedelen; twee van hen beoordelen mee "
           "bij de proeven van bekwaamheid."),
    ("h1", "§ 4 Routemanager en routeoverleg"),
    ("pb", "Artikel 5.", "1. Het college van bestuur benoemt een routemanager, na de directeur van de "
           "vmbo-vestiging en de directeur van de mbo-vestiging te hebben gehoord. 2. De routemanager "
           "vormt met de teamleider vmbo groen van de vmbo-vestiging en de opleidingsmanager hovenier en "
           "dier van de mbo-vestiging het routeoverleg; deze twee leden maken daarvan deel uit uit "
           "hoofde van hun functie."),
    ("pb", "Artikel 6.", "1. Het routeoverleg draagt zorg voor de samenhang van het programma, stelt het "
           "gezamenlijke PTA/OER op, maakt de jaarplanning en beslist over de toelating van leerlingen tot "
           "de route. 2. De routemanager is gemandateerd om binnen de door het college van bestuur "
           "vastgestelde routebegroting verplichtingen aan te gaan en docenten van beide vestigingen "
           "voor de route in te roosteren. 3. Het vaststellen van het PTA/OER, de formatie en de "
           "routebegroting blijft aan het college van bestuur voorbehouden."),
    ("h1", "§ 5 Informatie aan het college van bestuur"),
    ("pb", "Artikel 7.", "1. De routemanager rapporteert drie keer per jaar, in de tertiaalrapportages van "
           "april, september en december, aan het college van bestuur en de beide directeuren over "
           "instroom, voortgang, uitval en overstappen, examenresultaten en uitputting van de "
           "routebegroting. 2. Vóór 1 november brengt de routemanager een jaarevaluatie uit over het "
           "afgelopen schooljaar, die in het managementoverleg met het college van bestuur wordt "
           "besproken en waarin hij zich over de uitvoering van zijn taak verantwoordt."),
    ("h1", "§ 6 Onderwijs, docenten en voorzieningen"),
    ("pb", "Artikel 8.", "1. Het programma en de examinering per leerjaar worden beschreven in het "
           "PTA/OER van de route. Het vmbo-examen wordt in routejaar 2 afgenomen. 2. Routejaar 1 en 2 "
           "worden verzorgd op de vmbo-vestiging in Lochem; de leerlingen zijn daarnaast één dag per "
           "week op de mbo-vestiging in Doetinchem. Routejaar 3 en 4 worden op de mbo-vestiging "
           "verzorgd."),
    ("pb", "Artikel 9.", "1. Voor het vakoverstijgende onderdeel 'Groen ondernemen' worden docenten van "
           "beide vestigingen als één team ingezet met toepassing van artikel 7.13a WVO 2020 en artikel "
           "9.1.12 WEB; ieder teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is. "
           "2. Mbo-docenten hovenier en dierverzorging geven in routejaar 1 en 2 wekelijks les in "
           "Lochem; een vmbo-docent groen begeleidt in routejaar 3 de afronding van het vmbo-examen. "
           "De inzet wordt in de jaartaak van de betrokken docenten opgenomen."),
    ("pb", "Artikel 10.", "De leerlingen van de route maken gebruik van het dierenverblijf, de "
           "tuinbouwkas en het machinepark van de mbo-vestiging; de mbo-studenten maken in routejaar 3 "
           "gebruik van de praktijktuin van de vmbo-vestiging. Voorzieningen worden tussen de vestigingen "
           "niet intern doorberekend."),
    ("h1", "§ 7 Als de route niet past"),
    ("pb", "Artikel 11.", "1. Eindigt de deelname van een leerling aan de route voordat hij die heeft "
           "afgerond, dan wordt hem een weg geboden naar een vmbo-diploma of een mbo-diploma. 2. Welke weg "
           "passend is, bepalen de directeur van de vmbo-vestiging en de directeur van de mbo-vestiging "
           "in gezamenlijk overleg, namens het college van bestuur, na de leerling en zijn ouders te "
           "hebben gehoord en met inachtneming van het bereikte onderwijsniveau en de leeftijd van de "
           "leerling. 3. In routejaar 1 en 2 is dat in beginsel voortzetting in de reguliere "
           "kaderberoepsgerichte leerweg van de vmbo-vestiging, in het profiel Groen of een ander "
           "profiel; vanaf routejaar 3 een andere opleiding op niveau 3 van de mbo-vestiging, waarvoor "
           "de vooropleidingseisen niet gelden. 4. Is het vmbo-diploma aan het eind van routejaar 3 niet "
           "behaald, dan kan de student zijn mbo-opleiding voortzetten en het vmbo-examen opnieuw "
           "afleggen. 5. Bij vertrek naar een andere instelling verzorgt de stichting een warme "
           "overdracht. 6. De uitwerking wordt in de schoolgids opgenomen."),
    ("h1", "§ 8 Bekostiging"),
    ("pb", "Artikel 12.", "Er vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a "
           "WVO 2020 of artikel 9.1.15 WEB. De bekostiging voor het voortgezet onderwijs en die voor "
           "het beroepsonderwijs komen beide aan de stichting toe; de toerekening aan de vestigingen "
           "volgt uit de jaarlijkse begroting van de stichting."),
    ("h1", "§ 9 Slotbepalingen"),
    ("pb", "Artikel 13.", "1. Deze regeling treedt in werking op 1 augustus 2025. 2. Het college van "
           "bestuur kan deze regeling wijzigen; een wijziging gaat in bij het begin van een schooljaar. "
           "3. Deze regeling wordt aangehaald als: Interne regeling DLR Groen Achterhoek."),
    ("p", "Aldus vastgesteld door het college van bestuur op 23 juni 2025."),
    ("p", "mr. H.B. Wolters, voorzitter college van bestuur          ing. A.J. Hulshof, lid college van "
          "bestuur"),
]


@sample(431, "h431_internregeling_achterhoek", "docx",
        "Interne regeling (besluit of one AOC board) in DOCX with § sections and bold 'Artikel N.' "
        "leads; Achterhoek, Groen kb -> Vakbekwaam hovenier / medewerker dierverzorging niveau 3; "
        "compliant on a-g, h-j not applicable for an interne regeling",
        st(h="not_applicable", i="not_applicable", j="not_applicable"),
        {"a": "§ 2 Wat de route omvat", "b": "§ 3 Groene bedrijven in de route",
         "c": "§ 4 Routemanager en routeoverleg", "d": "§ 5 Informatie aan het college van bestuur",
         "e": "§ 6 Onderwijs, docenten en voorzieningen", "f": "§ 7 Als de route niet past",
         "g": "§ 8 Bekostiging"})
def build_431(path):
    render_docx(path, H431, title="Interne regeling DLR Groen Achterhoek",
                author="Bestuursbureau AOC Oost-Gelderland")

# =============================================================================== h432
H432 = [
    ("title", "SAMENWERKINGSOVEREENKOMST\nDOORLOPENDE LEERROUTE KOK PARKSTAD"),
    ("subtitle", "vmbo Horeca, bakkerij en recreatie (kader) - mbo Zelfstandig werkend kok (niveau 3)"),
    ("h1", "DE ONDERGETEKENDEN:"),
    ("p", "1. de stichting Stichting Voortgezet Onderwijs Parkstad-Oost, statutair gevestigd te "
          "Landgraaf, kantoorhoudende aan de Hoofdstraat 55 te 6372 CP Landgraaf, ingeschreven in het "
          "handelsregister onder nummer 14099871, bevoegd gezag van Vakcollege Schaesberg, te dezen "
          "rechtsgeldig vertegenwoordigd door mr. drs. L.H.M. Bemelmans, voorzitter van het college van "
          "bestuur, hierna te noemen: \"de School\";"),
    ("p", "2. de stichting Stichting ROC Heuvelland, statutair gevestigd te Heerlen, kantoorhoudende aan "
          "de Valkenburgerweg 190 te 6419 AT Heerlen, ingeschreven in het handelsregister onder nummer "
          "14088305, bevoegd gezag van ROC Heuvelland, te dezen rechtsgeldig vertegenwoordigd door "
          "dr. M.J. Hermans-Wetzels, voorzitter van het college van bestuur, hierna te noemen: \"het ROC\";"),
    ("p", "de School en het ROC hierna gezamenlijk ook te noemen: \"Partijen\" en ieder afzonderlijk: "
          "\"Partij\";"),
    ("h1", "IN AANMERKING NEMENDE DAT:"),
    ("p", "A. Partijen met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende leerroute "
          "vmbo-mbo wensen te verzorgen voor leerlingen die koken tot hun vak willen maken;"),
    ("p", "B. de horeca in Parkstad en het Heuvelland een structureel tekort aan gekwalificeerde "
          "vakkrachten kent;"),
    ("p", "C. Partijen het regionale horecabedrijfsleven, waaronder de leden van de Horecaraad Parkstad en "
          "enkele toprestaurants in het Heuvelland, nauw willen betrekken bij de invulling van de route, "
          "onder meer door gastlessen, stageplaatsen en het meebeoordelen van examens;"),
    ("p", "D. artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat een doorlopende leerroute op "
          "grond van een samenwerkingsovereenkomst wordt verzorgd, en Partijen met deze overeenkomst aan "
          "dat voorschrift uitvoering geven;"),
    ("h1", "KOMEN OVEREEN ALS VOLGT:"),
    ("h2", "Artikel 1 Definities"),
    ("p", "In deze overeenkomst hebben de navolgende begrippen de daarachter vermelde betekenis: "
          "a. Route: de doorlopende leerroute, bedoeld in artikel 2; b. Routeleerling: een leerling of "
          "student die aan de Route deelneemt; c. Stuurgroep: het orgaan, bedoeld in artikel 3; "
          "d. PTA/OER: het programma van toetsing en afsluiting en de onderwijs- en examenregeling van "
          "de Route; e. Routejaar: een leerjaar van de Route."),
    ("h2", "Artikel 2 Onderwerp van de overeenkomst"),
    ("p", "2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in leerjaar 3 van het "
          "profiel Horeca, bakkerij en recreatie in de kaderberoepsgerichte leerweg van Vakcollege "
          "Schaesberg en leidt tot het diploma van de vakopleiding Zelfstandig werkend kok (niveau 3) in "
          "het opleidingsdomein Horeca en bakkerij van het ROC."),
    ("p", "2.2 De Route omvat vier Routejaren. Routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van het "
          "vmbo; het vmbo-diploma wordt uiterlijk in Routejaar 3 behaald."),
    ("h2", "Artikel 3 Stuurgroep"),
    ("p", "3.1 De leiding over de Route berust bij een Stuurgroep, bestaande uit de locatiedirecteur van "
          "Vakcollege Schaesberg, de clusterdirecteur Horeca & Toerisme van het ROC en de routecoördinator, "
          "die als secretaris optreedt."),
    ("p", "3.2 De locatiedirecteur en de clusterdirecteur worden door het college van bestuur van de "
          "Partij waarvoor zij werkzaam zijn als lid aangewezen. De routecoördinator wordt door de colleges "
          "van bestuur van beide Partijen gezamenlijk benoemd en kan slechts door hen gezamenlijk worden "
          "ontslagen uit die functie."),
    ("p", "3.3 Aan de Stuurgroep worden door Partijen de volgende taken opgedragen: het ontwikkelen en "
          "bewaken van het onderwijsprogramma; het opstellen van het PTA/OER; de toelating van "
          "Routeleerlingen; het plannen van de inzet van docenten; en het uitvoeren van artikel 6."),
    ("p", "3.4 De Stuurgroep is bevoegd tot het nemen van besluiten over de onderwerpen genoemd in lid 3, "
          "binnen de door de colleges van bestuur vastgestelde kaders en begroting. Zij is niet bevoegd "
          "Partijen jegens derden te verbinden."),
    ("h2", "Artikel 4 Informatieverstrekking en verantwoording"),
    ("p", "4.1 De Stuurgroep verstrekt de colleges van bestuur van beide Partijen tweemaal per jaar, "
          "uiterlijk op 1 maart en op 1 oktober, een schriftelijke rapportage over instroom, voortgang, "
          "uitval, overstap en examenresultaten van de Routeleerlingen en over de uitvoering van de "
          "begroting."),
    ("p", "4.2 Eenmaal per jaar, in het najaar, legt de Stuurgroep in een gezamenlijke vergadering met "
          "beide colleges van bestuur verantwoording af over het afgelopen schooljaar."),
    ("p", "4.3 De Stuurgroep verstrekt ieder college van bestuur op diens verzoek alle overige "
          "inlichtingen die het voor de uitoefening van zijn taak nodig heeft."),
    ("h2", "Artikel 5 Onderwijskundige en organisatorische inrichting"),
    ("p", "5.1 Het onderwijsprogramma en de examinering per Routejaar worden vastgelegd in het PTA/OER, "
          "waarin is aangegeven welke onderdelen tot het vmbo, welke tot het mbo en welke tot beide "
          "behoren. Het centraal examen vmbo wordt in Routejaar 2 afgenomen; mbo-examens kunnen vanaf "
          "Routejaar 1 worden afgenomen."),
    ("p", "5.2 De docenten koken en horeca van de School en de vakdocenten gastronomie van het ROC vormen "
          "samen één routeteam. Het vakoverstijgende programmaonderdeel 'Keuken & Gast' wordt door dit team "
          "verzorgd met toepassing van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; ieder teamlid is "
          "verantwoordelijk voor het deel waarvoor hij bevoegd is en het team als geheel dekt alle "
          "onderdelen af."),
    ("p", "5.3 Het ROC stelt in Routejaar 1 en 2 ten minste 0,5 fte vakdocenten gastronomie beschikbaar "
          "voor de Route. De School stelt in Routejaar 3 een docent Nederlands en een docent "
          "economie beschikbaar voor de afronding van het vmbo-examen. De betrokken docenten blijven in "
          "dienst van hun eigen werkgever; hun inzet bij de andere Partij wordt geregeld in een "
          "detacheringsovereenkomst, die ook in vervanging bij ziekte voorziet."),
    ("p", "5.4 Het routeteam volgt jaarlijks een gezamenlijk professionaliseringsprogramma van ten minste "
          "24 uur per docent, gericht op didactiek voor vmbo-leerlingen en op de mbo-kwalificatie."),
    ("p", "5.5 Routeleerlingen staan in Routejaar 1 en 2 ingeschreven bij de School en vanaf Routejaar 3 "
          "bij het ROC. De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van "
          "personeel van de andere Partij in het kader van de Route."),
    ("h2", "Artikel 6 Overstapoptie"),
    ("p", "6.1 Indien de deelname van een Routeleerling aan de Route eindigt voordat hij deze met goed "
          "gevolg heeft afgerond, stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te "
          "behalen. Over de passende voortzetting oordelen Partijen gezamenlijk, vertegenwoordigd door de "
          "Stuurgroep, na de Routeleerling en diens ouders te hebben gehoord, met inachtneming van het "
          "bereikte onderwijsniveau en de leeftijd van de Routeleerling."),
    ("p", "6.2 Als passende voortzetting komen in elk geval in aanmerking: (a) in Routejaar 1 en 2 het "
          "reguliere onderwijs in de kaderberoepsgerichte leerweg van de School, in hetzelfde of een ander "
          "profiel; (b) vanaf Routejaar 3 een andere opleiding op niveau 3 van het ROC, zoals "
          "Zelfstandig medewerker bakkerij of Gastheer/gastvrouw, zonder dat de vooropleidingseisen van "
          "toepassing zijn; (c) indien het vmbo-diploma aan het einde van Routejaar 3 niet is behaald, "
          "voortzetting van de mbo-opleiding terwijl de School de gelegenheid biedt het vmbo-examen af te "
          "ronden; (d) een opleiding bij een andere instelling, die de Routeleerling na een "
          "geschiktheidsonderzoek kan toelaten."),
    ("h2", "Artikel 7 Financiële bepalingen"),
    ("p", "7.1 De School draagt met toepassing van artikel 5.42a WVO 2020 aan het ROC een bedrag over "
          "van EUR 900 per Routeleerling per schooljaar voor iedere Routeleerling die op 1 oktober in "
          "Routejaar 1 of 2 bij de School staat ingeschreven."),
    ("p", "7.2 Het in lid 1 bedoelde bedrag is uitsluitend bestemd voor de bekostiging van de inzet van "
          "vakdocenten gastronomie van het ROC in Routejaar 1 en 2, bedoeld in artikel 5.3."),
    ("p", "7.3 Het ROC factureert het bedrag jaarlijks in december; betaling geschiedt binnen dertig dagen "
          "na factuurdatum. Overigens draagt iedere Partij haar eigen kosten."),
    ("h2", "Artikel 8 Medezeggenschap"),
    ("p", "8.1 Partijen komen overeen dat voorstellen tot vaststelling of wijziging van het PTA/OER zowel "
          "aan de medezeggenschapsraad van de School als aan de studentenraad van het ROC ter advisering "
          "worden voorgelegd, en dat beide raden daarover desgewenst gezamenlijk vergaderen."),
    ("p", "8.2 Routeleerlingen die in Routejaar 1 of 2 bij de School staan ingeschreven, zijn verkiesbaar "
          "als lid van de studentenraad van het cluster Horeca & Toerisme van het ROC."),
    ("p", "8.3 De rapportages, bedoeld in artikel 4.1, worden ter kennisneming aan beide raden gezonden."),
    ("h2", "Artikel 9 Geschillen"),
    ("p", "9.1 Partijen trachten geschillen over de uitvoering van deze overeenkomst eerst in de Stuurgroep "
          "en vervolgens in een overleg tussen de voorzitters van de colleges van bestuur op te lossen."),
    ("p", "9.2 Is een geschil niet binnen acht weken na de schriftelijke melding ervan door een Partij "
          "opgelost, dan wordt het beslecht door arbitrage overeenkomstig het Arbitragereglement van het "
          "Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter; de plaats van "
          "arbitrage is Maastricht."),
    ("h2", "Artikel 10 Toetreding, duur, wijziging en beëindiging"),
    ("p", "10.1 Een andere school voor vbo of mavo of een andere instelling voor beroepsonderwijs kan tot "
          "deze overeenkomst toetreden, indien beide Partijen daarmee schriftelijk instemmen en de "
          "toetredende partij een akte van toetreding ondertekent. Toetreding geschiedt met ingang van "
          "1 augustus en wordt door de betrokken partijen bij DUO gemeld."),
    ("p", "10.2 Deze overeenkomst wordt aangegaan voor onbepaalde tijd en treedt in werking op "
          "1 augustus 2025."),
    ("p", "10.3 Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 31 juli van enig "
          "jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden. Na de opzegging "
          "worden geen nieuwe Routeleerlingen toegelaten. Routeleerlingen die op de datum van opzegging "
          "aan de Route deelnemen, worden door Partijen in staat gesteld de Route onder gelijkblijvende "
          "voorwaarden te voltooien; de artikelen 5 tot en met 7 blijven daartoe van kracht."),
    ("p", "10.4 Wijziging van deze overeenkomst kan uitsluitend schriftelijk en met instemming van beide "
          "Partijen geschieden. Een wijziging die Routeleerlingen in een lopend Routejaar raakt, treedt niet "
          "eerder in werking dan bij aanvang van het volgende schooljaar."),
    ("h2", "Artikel 11 Slotbepalingen"),
    ("p", "11.1 Op deze overeenkomst is Nederlands recht van toepassing. 11.2 Partijen melden de Route "
          "gezamenlijk via RIO bij DUO. 11.3 Indien een bepaling nietig blijkt, treden Partijen in overleg "
          "over een vervangende bepaling die zoveel mogelijk aansluit bij de strekking van de nietige "
          "bepaling."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend te Heerlen op 26 juni 2025."),
    ("sig", [("Stichting Voortgezet Onderwijs Parkstad-Oost\n\n\nmr. drs. L.H.M. Bemelmans",
              "Stichting ROC Heuvelland\n\n\ndr. M.J. Hermans-Wetzels")]),
]


@sample(432, "h432_advocatenstijl_parkstad", "pdf",
        "Law-firm style PDF (DE ONDERGETEKENDEN / IN AANMERKING NEMENDE DAT / definitions, NAI "
        "arbitration); Parkstad Limburg, Horeca, bakkerij en recreatie kb -> Zelfstandig werkend kok "
        "niveau 3; the bedrijfsleven appears only in the considerans (b missing); inrichting covers "
        "personeel at length but says nothing on the use of facilities (e weak)",
        st(b="missing", e="weak"),
        {"a": "Artikel 2 Onderwerp van de overeenkomst", "c": "Artikel 3 Stuurgroep",
         "d": "Artikel 4 Informatieverstrekking en verantwoording", "f": "Artikel 6 Overstapoptie",
         "g": "Artikel 7 Financiële bepalingen", "h": "Artikel 8 Medezeggenschap",
         "i": "Artikel 9 Geschillen", "j": "Artikel 10 Toetreding, duur, wijziging en beëindiging"})
def build_432(path):
    render_pdf_blocks(path, H432, header="Samenwerkingsovereenkomst DLR Kok Parkstad",
                      footer="Paraaf: ____ / ____     blad ")

# ============================================================================ MAIN
def _path(num):
    s = SAMPLES[num]
    return os.path.join(HERE, s["name"] + "." + s["fmt"])


def _expected(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "heldout",
            "statuses": s["statuses"], "evidence": s["evidence"]}


def build(num):
    s = SAMPLES[num]
    path = _path(num)
    s["build"](path)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(_expected(num), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


def extract_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
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
    if ext == "docx":
        from xml.etree import ElementTree as ET
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(W + "p"):
            paras.append("".join(t.text or "" for t in p.iter(W + "t")))
        return "\n".join(paras), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u00ad", "")).strip()


def check(nums):
    ok = True
    for num in nums:
        s = SAMPLES[num]
        path = _path(num)
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text, pages = extract_text(path)
            except Exception as e:  # noqa
                errs.append("does not open: %r" % e)
                text, pages = "", None
            nt = norm(text)
            for k, v in s["evidence"].items():
                if s["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(v) not in nt:
                    errs.append("evidence %s not found: %r" % (k, v))
            if s["fmt"] == "docx":
                import docx
                docx.Document(path)
        jp = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(jp, encoding="utf-8") as f:
                if json.load(f) != _expected(num):
                    errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json: %r" % e)
        info = "%s: %s words" % (os.path.basename(path), len(nt.split()) if not errs or nt else 0)
        if s["fmt"] == "pdf" and not errs:
            info += ", %d pages" % pages
        if errs:
            ok = False
            print("FAIL", info, "; ".join(errs))
        else:
            print("ok  ", info, "%d bytes" % os.path.getsize(path))
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        nums = [int(a) for a in argv[1:]] or sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = [int(a) for a in argv] or sorted(SAMPLES)
    for n in nums:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
