#!/usr/bin/env python3
"""Build held-out sample agreements h433..h440 for leerroute-check.

Written by an independent helper session acting as author of labelled test data. The agreements
and their labels were written from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst, bouwsteen overstapoptie; /work/shared/seeds), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at the checker code, its models or tests, or the
text of any other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout28b.py            build all samples
    python3 build_heldout28b.py 433 437    build only these numbers
    python3 build_heldout28b.py --check    open every produced file and verify it
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
LETTERS = "abcdefghij"

# --------------------------------------------------------------------------------------------
# Document model: a list of blocks
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#   ("table", rows, widths-or-None) first row is a header row
#   ("sig", [[lines of party 1], [lines of party 2], ...]) ("pb",) page break
# --------------------------------------------------------------------------------------------


def T(s):
    return ("title", s)


def S(s):
    return ("sub", s)


def H(s):
    return ("h1", s)


def H2(s):
    return ("h2", s)


def P(s):
    return ("p", s)


def UL(*items):
    return ("ul", list(items))


def TAB(rows, widths=None):
    return ("table", rows, widths)


def SIG(*parties):
    return ("sig", [list(p) for p in parties])


PB = ("pb",)


# ----------------------------------------------------------------------------- PDF renderer
def render_pdf(path, blocks, title):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, ListFlowable, ListItem)

    base = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
    st = {
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=15,
                                leading=19, alignment=TA_CENTER, spaceAfter=6),
        "sub": ParagraphStyle("s", parent=base, alignment=TA_CENTER, fontSize=10.5, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=11.5,
                             leading=15, spaceBefore=9, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-BoldOblique", fontSize=10,
                             spaceBefore=5, spaceAfter=3),
        "p": base,
        "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName="Helvetica-Bold", fontSize=8.5,
                                leading=10.5, spaceAfter=0),
    }

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story = []
    width = A4[0] - 50 * mm
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h1", "h2", "p"):
            story.append(Paragraph(esc(b[1]), st[kind]))
        elif kind == "ul":
            items = [ListItem(Paragraph(esc(x), base), leftIndent=14) for x in b[1]]
            story.append(ListFlowable(items, bulletType="bullet", start="-", leftIndent=14,
                                      bulletFontName="Helvetica"))
            story.append(Spacer(1, 3))
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = [[Paragraph(esc(c), st["cellb"] if i == 0 else st["cell"]) for c in r]
                    for i, r in enumerate(rows)]
            ncol = len(rows[0])
            cw = [width * w for w in widths] if widths else [width / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            cols = b[1]
            data = [[Paragraph("<br/>".join(esc(x) for x in col), base) for col in cols]]
            t = Table(data, colWidths=[width / len(cols)] * len(cols))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 8))
            story.append(t)
        elif kind == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(kind)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(A4[0] - 25 * mm, 12 * mm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, invariant=1,
                            title=title, author="", subject="", creator="", producer="")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------- DOCX renderer
def render_docx(path, blocks, title):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph(style="Title")
            p.add_run(b[1])
        elif kind == "sub":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "table":
            rows = b[1]
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
            cols = b[1]
            t = d.add_table(rows=1, cols=len(cols))
            for j, col in enumerate(cols):
                cell = t.cell(0, j)
                cell.text = col[0]
                for line in col[1:]:
                    cell.add_paragraph(line)
        elif kind == "pb":
            d.add_page_break()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so a rebuild is byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, src.read(info.filename))


def render_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


# ---------------------------------------------------------------------------- extraction
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
        n = len(pdf)
        pdf.close()
        return "\n".join(parts), n
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        out = []
        for p in paras:
            out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
        txt = "\n".join(out)
        for a, b in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
            txt = txt.replace(a, b)
        return txt, None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ============================================================================================
# The agreements
# ============================================================================================
SAMPLES = {}


def sample(num, name, ext, statuses, evidence, description, title=None):
    def deco(fn):
        SAMPLES[num] = dict(name=name, ext=ext, statuses=statuses, evidence=evidence,
                            description=description, build=fn, title=title or name)
        return fn
    return deco


def st(s):
    """'PPPPPPPNPP' -> statuses dict (P present, W weak, M missing, N not_applicable)."""
    m = {"P": "present", "W": "weak", "M": "missing", "N": "not_applicable"}
    assert len(s) == 10
    return {LETTERS[i]: m[c] for i, c in enumerate(s)}


# --------------------------------------------------------------------------------------- h433
@sample(433, "h433_wij_spreken_af_kempenland", "pdf", st("PPPPPPPPPP"),
        {"a": "1. Welke route wij samen aanbieden",
         "b": "2. Zorgaanbieders aan tafel",
         "c": "3. Wie de route trekt",
         "d": "4. Hoe wij onze besturen op de hoogte houden",
         "e": "5. Lessen, lokalen en mensen",
         "f": "6. Als het anders loopt dan gepland",
         "g": "7. Geld",
         "h": "8. Meepraten en meebeslissen",
         "i": "9. Als wij het niet eens worden",
         "j": "10. Erbij komen, veranderen, stoppen"},
        "Plain-language 'Wij spreken af dat ...' agreement under numbered themes, PDF, Kempenland, "
        "Zorg en welzijn kb -> Verzorgende-IG niveau 3; fully compliant, no funding transfer, "
        "medezeggenschap arranged.",
        title="Samenwerkingsovereenkomst zorgroute Kempenland")
def build_433():
    W = "Wij spreken af dat "
    return [
        T("Samen naar de zorg"),
        S("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Zorg en welzijn - "
          "Verzorgende-IG, Kempenland, vanaf schooljaar 2025-2026"),
        H("Wie wij zijn"),
        P("Wij zijn de Stichting Christelijk Voortgezet Onderwijs De Kempen, bevoegd gezag van het "
          "Dommeldal College, school voor vbo en mavo te Eersel, hier vertegenwoordigd door haar "
          "bestuurder mevrouw drs. H.M. Wouters (hierna: het Dommeldal College), en de Stichting "
          "Kempen-Peel College, bevoegd gezag van het regionaal opleidingencentrum Kempen-Peel "
          "College te Veldhoven, hier vertegenwoordigd door de voorzitter van het college van "
          "bestuur de heer ir. P.J.A. van Hout (hierna: het Kempen-Peel College)."),
        P("Wij willen dat jongeren uit de Kempen die later in de zorg willen werken, zonder "
          "onnodige overgangen en dubbel werk hun vmbo-diploma en hun mbo-diploma kunnen halen. In "
          "dit stuk leggen wij vast wat wij daarvoor met elkaar afspreken. Het stuk is geschreven "
          "in gewone taal, zodat ook leerlingen, ouders en collega's het kunnen lezen. Het is "
          "niettemin een overeenkomst die ons beide bindt."),
        H("1. Welke route wij samen aanbieden"),
        P(W + "wij samen één doorlopende leerroute verzorgen voor leerlingen van de "
          "kaderberoepsgerichte leerweg met het profiel Zorg en welzijn. De route leidt naar het "
          "vmbo-diploma kaderberoepsgerichte leerweg en daarna naar het mbo-diploma Verzorgende-IG, "
          "niveau 3, in het opleidingsdomein Zorg en welzijn, in de beroepsopleidende leerweg."),
        P(W + "de route begint in leerjaar 3 van het vmbo en vier jaar duurt: leerjaar 3 en 4 "
          "vormen de vo-fase, de twee jaren daarna de mbo-fase. Leerlingen kiezen aan het eind van "
          "leerjaar 2, samen met hun ouders en de mentor, of zij de route willen volgen."),
        P(W + "wij de route samen melden bij de minister via de registratie bij DUO, en dat het "
          "Dommeldal College en het Kempen-Peel College die melding elk voor zich in RIO "
          "verwerken vóór de start van het eerste cohort."),
        H("2. Zorgaanbieders aan tafel"),
        P("Zonder de zorgaanbieders in de regio kan deze route niet bestaan. " + W +
          "wij de volgende partners op deze manier bij de route betrekken:"),
        UL("Zorggroep Dommelstroom (verpleeg- en verzorgingshuizen in Eersel, Bladel en Reusel) "
           "biedt elk jaar minimaal twaalf stageplaatsen aan leerlingen van leerjaar 4 en "
           "beroepspraktijkvorming aan de studenten in de mbo-fase;",
           "Thuiszorg De Linde verzorgt in leerjaar 3 drie gastlessen over werken in de wijk en "
           "laat leerlingen een dag meelopen met een wijkteam;",
           "praktijkopleiders van beide organisaties beoordelen samen met onze docenten de "
           "praktijkopdrachten in leerjaar 4 en de proeven van bekwaamheid in de mbo-fase;",
           "twee keer per jaar komt een werkveldtafel bijeen, met de praktijkopleiders, de "
           "routecoördinator en een adviseur van SBB; de werkveldtafel adviseert over de "
           "inhoud van het programma en over de keuzedelen."),
        P(W + "de routecoördinator deze afspraken jaarlijks in een korte brief met de partners "
          "bevestigt. Komen er nieuwe zorgaanbieders bij, dan doen zij op dezelfde manier mee."),
        H("3. Wie de route trekt"),
        P(W + "de dagelijkse leiding van de route in handen ligt van een routeteam van drie "
          "mensen: de teamleider Zorg en welzijn van het Dommeldal College, de opleidingsmanager "
          "Zorg van het Kempen-Peel College en een routecoördinator."),
        P(W + "de teamleider door de bestuurder van het Dommeldal College en de opleidingsmanager "
          "door het college van bestuur van het Kempen-Peel College wordt aangewezen. De "
          "routecoördinator wordt door onze beide besturen samen benoemd, op voordracht van de "
          "teamleider en de opleidingsmanager, voor twee schooljaren; herbenoeming is mogelijk."),
        P(W + "het routeteam van ons de volgende taken krijgt en daarover zelf mag beslissen:"),
        UL("het jaarrooster en de verdeling van lesdagen over de beide locaties vaststellen;",
           "het gezamenlijke PTA/OER per leerjaar opstellen en ter vaststelling aan de besturen "
           "voorleggen;",
           "docenten van beide scholen binnen de door de besturen toegekende formatie inroosteren "
           "in het docententeam;",
           "beslissen over de toelating van leerlingen tot de route en over overstappen (zie "
           "punt 6);",
           "het routebudget besteden binnen de begroting die de besturen elk jaar vaststellen."),
        P("Het routeteam mag geen personeel benoemen of ontslaan, geen contracten met derden sluiten "
          "en geen uitgaven doen buiten het vastgestelde budget. Die besluiten blijven bij de "
          "besturen."),
        H("4. Hoe wij onze besturen op de hoogte houden"),
        P(W + "het routeteam elk half jaar een voortgangsnotitie stuurt aan de bestuurder van het "
          "Dommeldal College en aan het college van bestuur van het Kempen-Peel College, uiterlijk "
          "op 1 februari en op 15 juli. In die notitie staan in elk geval het aantal leerlingen dat "
          "is ingestroomd, doorgestroomd en uitgevallen, de overstappen, de resultaten van de "
          "examens en de besteding van het budget."),
        P(W + "het routeteam ieder jaar in oktober in een bestuurlijk gesprek met beide besturen "
          "verantwoording aflegt over het afgelopen schooljaar, en dat het routeteam de besturen "
          "direct informeert bij ernstige incidenten of als de route in gevaar komt."),
        H("5. Lessen, lokalen en mensen"),
        P(W + "leerjaar 3 en 4 grotendeels op de locatie van het Dommeldal College in Eersel "
          "worden gegeven. Vanaf leerjaar 4 volgen de leerlingen één dag per week les in het "
          "skillslab van het Kempen-Peel College in Veldhoven. De mbo-fase vindt plaats op de "
          "zorglocatie van het Kempen-Peel College en bij de zorgaanbieders."),
        P(W + "wij het onderwijsprogramma, de examinering en de stages voor elk leerjaar samen "
          "beschrijven in één PTA/OER. Het vmbo-examen wordt afgerond in leerjaar 4; mbo-"
          "onderdelen en de eerste beroepspraktijkvorming starten al in leerjaar 4."),
        P(W + "docenten van beide scholen samen één docententeam vormen, dat gebruikmaakt van de "
          "teambevoegdheid voor het beroepsgerichte programma in leerjaar 4. Voor elk "
          "programmaonderdeel is ten minste één bevoegde docent in het team betrokken. Twee "
          "verpleegkundig docenten van het Kempen-Peel College geven in leerjaar 4 samen vier "
          "lesuren per week op het Dommeldal College; twee docenten zorg en welzijn van het "
          "Dommeldal College geven in de mbo-fase de lessen burgerschap en rekenen mee. Ieder "
          "blijft in dienst van de eigen werkgever."),
        P(W + "leerlingen en docenten van de route het skillslab, de verpleegbedden, de "
          "oefenpoppen en de tilliften van het Kempen-Peel College mogen gebruiken, en dat de "
          "mbo-studenten in de mbo-fase de praktijkwoning en de mediatheek van het Dommeldal "
          "College mogen gebruiken voor projectweken. Wij rekenen elkaar voor dit gebruik "
          "niets."),
        P(W + "de klachtenregeling van elk van ons ook geldt voor gedragingen van medewerkers van "
          "de ander in het kader van de route, en dat wij een klacht altijd samen afhandelen als "
          "die over een medewerker van de andere school gaat."),
        H("6. Als het anders loopt dan gepland"),
        P("Soms blijkt de route niet te passen. Een leerling verhuist, het niveau is te hoog, of de "
          "zorg blijkt toch niet de goede keuze. " + W + "elke jongere die de route verlaat een "
          "plek krijgt waar hij of zij alsnog een diploma kan halen. Concreet:"),
        UL("Stopt een leerling in leerjaar 3 of 4, dan gaat hij of zij verder in de gewone "
           "kaderberoepsgerichte leerweg Zorg en welzijn of in een ander profiel van het Dommeldal "
           "College, gericht op het vmbo-diploma.",
           "Heeft een leerling aan het eind van het derde jaar van de route het vmbo-diploma nog "
           "niet, dan mag hij of zij in de mbo-fase doorgaan in Verzorgende-IG of overstappen naar "
           "Helpende zorg en welzijn niveau 2 bij het Kempen-Peel College. Wij stellen dan geen "
           "vooropleidingseisen; het Dommeldal College zorgt er tegelijk voor dat de leerling het "
           "vmbo-examen alsnog kan afronden.",
           "Wil een jongere een andere kant op, dan zoeken wij een opleiding op hetzelfde niveau "
           "in een andere richting, bij het Kempen-Peel College of bij een andere school in de "
           "regio. Voor een andere mbo-instelling helpen wij met het geschiktheidsonderzoek.",
           "Stopt een student in de mbo-fase, dan bieden wij een andere mbo-opleiding op "
           "niveau 3 of, als dat beter past, op niveau 2 aan."),
        P(W + "de mentor van het Dommeldal College en de studieloopbaanbegeleider van het "
          "Kempen-Peel College eerst met de jongere en de ouders praten. Daarna beslissen de "
          "teamleider en de opleidingsmanager samen welke plek het beste past. Zij kijken daarbij "
          "naar wat de jongere al heeft bereikt, naar de leeftijd van de jongere en naar wat hij "
          "of zij zelf wil. De schoolgids beschrijft deze werkwijze voor leerlingen en ouders."),
        H("7. Geld"),
        P(W + "wij geen bekostiging aan elkaar overdragen. In de vo-fase ontvangt het Dommeldal "
          "College de bekostiging, in de mbo-fase het Kempen-Peel College. Ieder draagt de kosten "
          "van het eigen personeel en de eigen voorzieningen. Willen wij dit later veranderen, dan "
          "doen wij dat alleen met een schriftelijke wijziging van deze overeenkomst waarin staat "
          "om welk bedrag het gaat en waarvoor het geld is bedoeld."),
        H("8. Meepraten en meebeslissen"),
        P(W + "leerlingen van leerjaar 4 van de route, die nog bij het Dommeldal College staan "
          "ingeschreven, mogen deelnemen aan de studentenraad van het Kempen-Peel College, met "
          "dezelfde rechten als de studenten daar. Zij blijven daarnaast kiesbaar voor de "
          "leerlinggeleding van de medezeggenschapsraad van het Dommeldal College."),
        P(W + "de medezeggenschapsraad van het Dommeldal College en de studentenraad en de "
          "ondernemingsraad van het Kempen-Peel College één keer per jaar samen met het routeteam "
          "over de route praten, en dat wij voorstellen voor grote wijzigingen in de route eerst "
          "aan beide raden voor advies voorleggen."),
        H("9. Als wij het niet eens worden"),
        P(W + "wij een meningsverschil over de uitvoering van deze overeenkomst eerst in het "
          "routeteam proberen op te lossen. Lukt dat niet binnen vier weken, dan praten de "
          "bestuurder van het Dommeldal College en de voorzitter van het college van bestuur van "
          "het Kempen-Peel College met elkaar. Komen ook zij er binnen zes weken niet uit, dan "
          "schakelen wij een mediator in die wij samen kiezen en samen betalen. Helpt ook mediation "
          "niet, dan kan ieder van ons het geschil voorleggen aan de bevoegde rechter in de "
          "rechtbank Oost-Brabant."),
        H("10. Erbij komen, veranderen, stoppen"),
        P(W + "een andere vmbo-school of mbo-instelling zich bij deze overeenkomst kan aansluiten "
          "als zij de kaderberoepsgerichte leerweg Zorg en welzijn of de opleiding Verzorgende-IG "
          "aanbiedt, alle afspraken uit dit stuk aanvaardt en wij allebei schriftelijk instemmen. "
          "Aansluiten gebeurt met een ondertekende aansluitingsverklaring, uiterlijk op 1 februari "
          "voor het volgende schooljaar, zodat er voor de leerlingen niets halverwege verandert. "
          "Wij melden de nieuwe partner samen bij DUO."),
        P(W + "wij deze overeenkomst alleen veranderen als wij dat allebei schriftelijk "
          "ondertekenen. Een verandering geldt niet ten nadele van leerlingen die de route al "
          "volgen, tenzij zij en hun ouders daarmee instemmen."),
        P(W + "ieder van ons de overeenkomst schriftelijk kan opzeggen met een termijn van ten "
          "minste twaalf maanden, en alleen tegen het einde van een schooljaar (31 juli). Wij "
          "kunnen de overeenkomst ook ontbinden als één van ons zijn afspraken ernstig niet nakomt "
          "of de route niet meer mag aanbieden. Ook dan geldt: na een opzegging of ontbinding "
          "nemen wij geen nieuwe leerlingen meer aan in de route, maar leerlingen die al begonnen "
          "zijn maken de route bij ons af. Kan dat echt niet, dan krijgen zij een overstap zoals "
          "beschreven in punt 6."),
        H("Hoe lang dit geldt"),
        P("Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Wij kijken elke "
          "vier jaar samen of de afspraken nog kloppen."),
        P("Aldus afgesproken en ondertekend in tweevoud te Eersel op 24 juni 2025."),
        SIG(["Stichting Christelijk Voortgezet Onderwijs De Kempen", "", "",
             "drs. H.M. Wouters, bestuurder"],
            ["Stichting Kempen-Peel College", "", "",
             "ir. P.J.A. van Hout, voorzitter college van bestuur"]),
    ]


# --------------------------------------------------------------------------------------- h434
@sample(434, "h434_matrix_leerjaren_lingewaard", "docx", st("PPPWPPWNPP"),
        {"a": "Artikel 1 De route",
         "b": "Leerbedrijven en werkveld",
         "c": "Artikel 3 Stuurgroep",
         "e": "Artikel 2 Matrix per leerjaar",
         "f": "Artikel 5 Overstappen",
         "i": "Artikel 7 Geschillen",
         "j": "Artikel 8 Toetreding, wijziging en beëindiging"},
        "Article-style agreement built around a matrix table per leerjaar, DOCX, Lingewaard, "
        "PIE bb -> Monteur elektrotechnische/werktuigkundige installaties niveau 2; verantwoording "
        "left as a template remnant with dotted lines, funding transfer with bestemming but no "
        "omvang, silent on medezeggenschap.",
        title="Samenwerkingsovereenkomst DLR Installatietechniek Lingewaard")
def build_434():
    matrix = [
        ["Onderwerp", "Leerjaar 3 (routejaar 1, vo-fase)", "Leerjaar 4 (routejaar 2, vo-fase)",
         "Routejaar 3 (mbo-fase)", "Routejaar 4 (mbo-fase)"],
        ["Inschrijving", "Vakcollege De Linge", "Vakcollege De Linge", "ROC Lingedelta",
         "ROC Lingedelta"],
        ["Lesplaats", "4 dagen Vakcollege (Bemmel), 1 dag installatiewerkplaats ROC (Elst)",
         "3 dagen Vakcollege, 1 dag ROC, 1 dag leerbedrijf",
         "2 dagen ROC (Elst), 3 dagen leerbedrijf",
         "1 dag ROC, 4 dagen leerbedrijf (BOL) of BBL-dienstverband"],
        ["Programma en examinering",
         "Profielmodules PIE; start mbo-keuzedeel Duurzame energie; schoolexamens volgens PTA",
         "Beroepsgerichte keuzevakken; centraal examen bb; eerste mbo-werkprocessen kerntaak "
         "installeren",
         "Afronding vmbo-onderdelen voor wie dat nog nodig heeft; mbo-kerntaken en examens in "
         "de praktijk", "Proeven van bekwaamheid; diplomering mbo niveau 2"],
        ["Docenten",
         "Docenten PIE van het Vakcollege; één instructeur van het ROC 4 uur per week",
         "Gemengd docententeam met teambevoegdheid voor het vakoverstijgende praktijkdeel",
         "Docenten en instructeurs van het ROC; docent Nederlands van het Vakcollege 2 uur "
         "per week",
         "Docenten van het ROC en praktijkopleiders in het leerbedrijf"],
        ["Faciliteiten",
         "Techniekhal Vakcollege; installatiewerkplaats ROC op woensdag",
         "Meet- en testopstellingen en lasruimte van het ROC; digitale leeromgeving ROC",
         "Installatiewerkplaats en warmtepomp-leerlab ROC",
         "Installatiewerkplaats ROC; examenruimte ROC"],
        ["Leerbedrijven en werkveld",
         "Bedrijfsbezoeken bij Installatiebedrijf Hendriks & Zn. en Klimaattechniek Betuwe B.V.; "
         "twee gastlessen door monteurs",
         "Snuffelstage van twee weken bij een erkend leerbedrijf; leerbedrijven leveren twee "
         "praktijkopdrachten aan",
         "Beroepspraktijkvorming van 20 weken bij erkende leerbedrijven; de praktijkopleider "
         "beoordeelt mee",
         "Proeve van bekwaamheid in het leerbedrijf, met een assessor uit het bedrijf"],
        ["Overstap mogelijk naar",
         "Reguliere bb PIE of ander profiel bb van het Vakcollege",
         "Reguliere bb-examens met vmbo-diploma; of andere route van het Vakcollege",
         "Andere mbo-opleiding niveau 2 van het ROC, ook zonder vmbo-diploma",
         "Andere mbo-opleiding niveau 2 van het ROC of elders in de regio"],
    ]
    return [
        T("Samenwerkingsovereenkomst Doorlopende Leerroute Installatietechniek Lingewaard"),
        S("PIE-route Vakcollege De Linge - ROC Lingedelta"),
        H("Partijen"),
        P("1. Stichting Openbaar Voortgezet Onderwijs Over-Betuwe, gevestigd te Bemmel, bevoegd "
          "gezag van Vakcollege De Linge (school voor vbo), te dezen vertegenwoordigd door de heer "
          "R. Gerritsen, voorzitter van het college van bestuur, hierna: het Vakcollege;"),
        P("2. Stichting ROC Lingedelta, gevestigd te Elst, bevoegd gezag van het regionaal "
          "opleidingencentrum ROC Lingedelta, te dezen vertegenwoordigd door mevrouw E. van "
          "Dijk-Peters, lid van het college van bestuur, hierna: het ROC;"),
        P("komen het volgende overeen."),
        H("Artikel 1 De route"),
        P("1.1 Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo voor leerlingen "
          "van de basisberoepsgerichte leerweg in het profiel Produceren, installeren en energie "
          "(PIE)."),
        P("1.2 De route leidt op tot de mbo-opleidingen Monteur elektrotechnische installaties "
          "(niveau 2) en Monteur werktuigkundige installaties (niveau 2) van het ROC. De keuze "
          "tussen beide opleidingen maakt de leerling uiterlijk in de loop van leerjaar 4."),
        P("1.3 De route omvat vier routejaren. De eerste instroom is per 1 augustus 2025. "
          "Partijen melden de route gezamenlijk bij de minister door registratie in RIO."),
        H("Artikel 2 Matrix per leerjaar"),
        P("2.1 De onderstaande matrix geeft per leerjaar bindend aan waar de leerling staat "
          "ingeschreven, waar het onderwijs wordt gegeven, welk programma en welke examens aan "
          "de orde zijn, welke docenten en voorzieningen worden ingezet, hoe leerbedrijven "
          "meedoen en waarheen een leerling kan overstappen."),
        TAB(matrix),
        P("2.2 Het programma en de examinering per leerjaar worden in één gezamenlijk PTA/OER "
          "uitgewerkt. Voor elk programmaonderdeel is ten minste één bevoegde docent in het "
          "team aanwezig. Docenten blijven in dienst van de partij die hen heeft aangesteld; "
          "de ingeleende uren worden in het jaarrooster vastgelegd."),
        P("2.3 Leerbedrijven uit de matrix en nieuwe leerbedrijven worden jaarlijks in het "
          "voorjaar uitgenodigd voor een werkveldoverleg met de stuurgroep, waarin zij advies "
          "geven over de praktijkopdrachten en de keuzedelen. SBB ondersteunt bij het erkennen "
          "van nieuwe leerbedrijven."),
        H("Artikel 3 Stuurgroep"),
        P("3.1 De leiding over de route berust bij een stuurgroep, bestaande uit de directeur "
          "van het Vakcollege, de sectordirecteur Techniek van het ROC en de routecoördinator; "
          "de routecoördinator heeft een adviserende stem."),
        P("3.2 De directeur en de sectordirecteur worden door het college van bestuur van hun "
          "eigen stichting als lid aangewezen. De routecoördinator wordt door de beide colleges "
          "van bestuur gezamenlijk benoemd, op voordracht van de stuurgroep, voor een periode "
          "van drie jaar."),
        P("3.3 De colleges van bestuur dragen aan de stuurgroep op: het vaststellen van het "
          "jaarrooster en de lesplaatsen; het inzetten van docenten uit de matrix binnen de "
          "formatie die ieder college beschikbaar stelt; het vaststellen van het PTA/OER-deel "
          "van de route, na instemming van beide examencommissies; het toelaten van leerlingen "
          "tot de route; het nemen van besluiten over overstappen als bedoeld in artikel 5. "
          "Besluiten over personeel in dienst, investeringen en het aangaan van verplichtingen "
          "jegens derden blijven voorbehouden aan de colleges van bestuur."),
        H("Artikel 4 Verantwoording aan de besturen"),
        P("4.1 De stuurgroep verstrekt inlichtingen aan en legt verantwoording af aan de "
          "colleges van bestuur van beide partijen. Dit wordt als volgt georganiseerd:"),
        P("[de wijze van het verstrekken van inlichtingen en verantwoording]"),
        P("……………………………………………………………………………………………………"),
        P("……………………………………………………………………………………………………"),
        H("Artikel 5 Overstappen"),
        P("5.1 Een leerling die de route niet afmaakt, kan overstappen naar de mogelijkheden die "
          "in de matrix onder 'Overstap mogelijk naar' bij het betreffende leerjaar staan. Het "
          "doel is steeds dat de leerling een vmbo-diploma of een mbo-diploma op niveau 2 "
          "behaalt."),
        P("5.2 Heeft de leerling aan het einde van routejaar 3 het vmbo-diploma niet behaald, "
          "dan kan hij binnen het ROC verder in een opleiding op niveau 2; het ROC stelt daarbij "
          "geen vooropleidingseisen. Het Vakcollege biedt hem gelijktijdig de gelegenheid het "
          "vmbo-examen te voltooien."),
        P("5.3 Over een overstap besluiten de directeur van het Vakcollege en de sectordirecteur "
          "Techniek van het ROC gezamenlijk, nadat de mentor of de studieloopbaanbegeleider met "
          "de leerling en diens ouders heeft gesproken. Zij houden rekening met het bereikte "
          "onderwijsniveau, de leeftijd en de voorkeur van de leerling. Bij een overstap naar "
          "een andere instelling draagt het ROC zorg voor een warme overdracht."),
        H("Artikel 6 Financiële afspraken"),
        P("6.1 Het Vakcollege draagt met toepassing van artikel 5.42a WVO 2020 een deel van de "
          "bekostiging die het voor de leerlingen van leerjaar 4 ontvangt over aan het ROC. Dit "
          "deel is bestemd voor de inzet van instructeurs van het ROC in de vo-fase en voor het "
          "gebruik van de installatiewerkplaats en het leerlab."),
        P("6.2 De hoogte van het over te dragen deel wordt ieder jaar in de begrotingscyclus "
          "door de colleges van bestuur bepaald. Overdracht vindt plaats na facturering door "
          "het ROC."),
        H("Artikel 7 Geschillen"),
        P("7.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
          "in de stuurgroep besproken. Wordt het daar niet binnen een maand opgelost, dan "
          "voeren de colleges van bestuur binnen een maand bestuurlijk overleg."),
        P("7.2 Leidt ook dat overleg niet tot een oplossing, dan wordt het geschil beslecht door "
          "bindend advies van een commissie van drie personen. Iedere partij wijst één lid aan; "
          "die twee leden wijzen samen een voorzitter aan die bij geen van partijen werkzaam "
          "is. De kosten worden gelijk gedeeld."),
        H("Artikel 8 Toetreding, wijziging en beëindiging"),
        P("8.1 Een andere school voor vbo of een andere instelling kan tot deze overeenkomst "
          "toetreden als zij de route in dezelfde vorm kan verzorgen, de overeenkomst volledig "
          "onderschrijft en beide partijen schriftelijk instemmen. Toetreding gaat in per 1 "
          "augustus; de toetreder meldt zich bij DUO."),
        P("8.2 Wijziging van deze overeenkomst, de matrix daaronder begrepen, geschiedt "
          "uitsluitend schriftelijk en met handtekening van beide colleges van bestuur. Een "
          "wijziging van de matrix geldt pas voor het eerstvolgende instromende cohort, tenzij "
          "de wijziging de lopende leerlingen niet benadeelt."),
        P("8.3 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met "
          "inachtneming van een opzegtermijn van één jaar. Ontbinding wegens ernstige "
          "tekortkoming is mogelijk na een schriftelijke ingebrekestelling met een termijn van "
          "drie maanden."),
        P("8.4 Na opzegging of ontbinding stroomt geen nieuw cohort meer in. Leerlingen die de "
          "route al volgen, ronden haar af onder de voorwaarden van deze overeenkomst; partijen "
          "blijven daartoe gebonden totdat de laatste leerling de route heeft verlaten."),
        H("Artikel 9 Duur"),
        P("Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        P("Aldus opgemaakt in tweevoud en ondertekend te Bemmel op 19 juni 2025."),
        SIG(["Stichting Openbaar Voortgezet Onderwijs Over-Betuwe", "R. Gerritsen",
             "voorzitter college van bestuur"],
            ["Stichting ROC Lingedelta", "E. van Dijk-Peters", "lid college van bestuur"]),
    ]


# --------------------------------------------------------------------------------------- h435
@sample(435, "h435_juridische_voorbehouden_rijnstreek", "pdf", st("PPPPPPPPPP"),
        {"a": "ARTIKEL 2. ONDERWERP EN REIKWIJDTE",
         "b": "ARTIKEL 10. INBRENG VAN HET WERKVELD",
         "c": "ARTIKEL 3. DE ROUTEDIRECTIE",
         "d": "ARTIKEL 4. INLICHTINGEN EN VERANTWOORDING",
         "e": "ARTIKEL 5. ONDERWIJSKUNDIGE EN ORGANISATORISCHE INRICHTING",
         "f": "ARTIKEL 8. VOORTZETTING VAN DE SCHOOLLOOPBAAN BIJ VERLATEN VAN DE ROUTE",
         "g": "ARTIKEL 9. FINANCIELE BEPALINGEN",
         "h": "ARTIKEL 11. MEDEZEGGENSCHAP",
         "i": "ARTIKEL 13. GESCHILLEN",
         "j": "ARTIKEL 14. TOETREDING, WIJZIGING EN EINDE VAN DE OVEREENKOMST"},
        "Long lawyer-drafted agreement full of provisos (onverminderd, behoudens, met dien "
        "verstande), PDF, Rijnstreek, Economie en ondernemen gl/tl -> Junior accountmanager / "
        "Ondernemer retail niveau 4; fully compliant, per-student funding transfer with purpose, "
        "arbitrage.",
        title="Samenwerkingsovereenkomst doorlopende leerroute Handel Rijnstreek")
def build_435():
    return [
        T("SAMENWERKINGSOVEREENKOMST"),
        S("inzake de doorlopende leerroute vmbo-mbo Economie en ondernemen - Handel, "
          "Rijnstreek"),
        H("DE ONDERGETEKENDEN:"),
        P("1. de stichting Stichting voor Openbaar en Algemeen Bijzonder Voortgezet Onderwijs "
          "Rijnstreek, statutair gevestigd te Alphen aan den Rijn, ingeschreven in het "
          "handelsregister van de Kamer van Koophandel onder nummer 41169902, bevoegd gezag van "
          "het Gouwe-Rijn College, school voor mavo en vbo (BRIN 17XK), te dezen rechtsgeldig "
          "vertegenwoordigd door mevrouw mr. A.C. Brinkman-Zuidam, voorzitter van het college "
          "van bestuur, hierna te noemen: 'de Stichting';"),
        P("2. de stichting Stichting Regionaal Opleidingencentrum Rijnland-Zuid, statutair "
          "gevestigd te Leiden, ingeschreven in het handelsregister van de Kamer van Koophandel "
          "onder nummer 28091547, bevoegd gezag van het regionaal opleidingencentrum ROC "
          "Rijnland-Zuid (BRIN 25QF), te dezen rechtsgeldig vertegenwoordigd door de heer "
          "drs. M.H. Oudshoorn, voorzitter van het college van bestuur, hierna te noemen: "
          "'het ROC';"),
        P("de Stichting en het ROC hierna gezamenlijk te noemen: 'Partijen' en ieder "
          "afzonderlijk: 'Partij';"),
        H("OVERWEGENDE DAT:"),
        P("A. Partijen sinds 2019 samenwerken in het Leerlab Handel Rijnstreek en het voornemen "
          "hebben die samenwerking te bestendigen in een doorlopende leerroute vmbo-mbo als "
          "bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 (hierna: 'WVO 2020') "
          "en artikel 9.1.2 van de Wet educatie en beroepsonderwijs (hierna: 'WEB');"),
        P("B. ingevolge artikel 2.107b WVO 2020 en artikel 9.1.3 WEB een doorlopende leerroute "
          "slechts kan worden verzorgd op grond van een samenwerkingsovereenkomst die ten minste "
          "de in die artikelen genoemde onderwerpen regelt;"),
        P("C. de medezeggenschapsraad van de Stichting, de studentenraad en de "
          "ondernemingsraad van het ROC in de gelegenheid zijn gesteld advies uit te brengen over "
          "het voornemen tot het aangaan van deze samenwerking, en hun adviezen in deze "
          "overeenkomst zijn verwerkt;"),
        P("D. Partijen hun afspraken in deze overeenkomst wensen vast te leggen;"),
        H("KOMEN OVEREEN ALS VOLGT:"),
        H("ARTIKEL 1. BEGRIPPEN"),
        P("In deze overeenkomst en de daarbij behorende bijlagen wordt, tenzij uitdrukkelijk "
          "anders bepaald, verstaan onder:"),
        UL("Route: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2;",
           "Routeleerling: een leerling van de Stichting die aan de Route deelneemt, "
           "onderscheidenlijk een student van het ROC die aan de Route deelneemt;",
           "Vo-fase: de eerste twee leerjaren van de Route, waarin de Routeleerling bij de "
           "Stichting is ingeschreven;",
           "Mbo-fase: het derde en volgende leerjaar van de Route, waarin de Routeleerling bij "
           "het ROC is ingeschreven;",
           "Routedirectie: het orgaan bedoeld in artikel 3;",
           "Routeplan: het gezamenlijke programma van toetsing en afsluiting en de "
           "onderwijs- en examenregeling van de Route, per leerjaar;",
           "Werkveldcommissie: de commissie bedoeld in artikel 10;",
           "Schooljaar: de periode van 1 augustus tot en met 31 juli daaropvolgend."),
        H("ARTIKEL 2. ONDERWERP EN REIKWIJDTE"),
        P("2.1 Partijen verzorgen met ingang van het Schooljaar 2025-2026 gezamenlijk een "
          "doorlopende leerroute vmbo-mbo, die in de Vo-fase wordt gevolgd in de gemengde of de "
          "theoretische leerweg met het beroepsgerichte profiel Economie en ondernemen, en die "
          "in de Mbo-fase leidt tot het diploma van een middenkaderopleiding (niveau 4) in het "
          "opleidingsdomein Handel, te weten naar keuze van de Routeleerling de opleiding "
          "Junior accountmanager of de opleiding Ondernemer retail, beide in de "
          "beroepsopleidende leerweg."),
        P("2.2 Onverminderd het bepaalde in artikel 2.1 kunnen Partijen bij schriftelijke "
          "aanvulling (allonge) een of meer andere opleidingen op niveau 4 in het domein Handel "
          "aan de Route toevoegen, met dien verstande dat een zodanige toevoeging eerst van "
          "toepassing is op het cohort dat instroomt in het Schooljaar volgend op de datum van "
          "ondertekening van de allonge."),
        P("2.3 Partijen melden de Route gezamenlijk aan de minister van Onderwijs, Cultuur en "
          "Wetenschap door middel van registratie in het Register Instellingen en Opleidingen "
          "(RIO), ieder voor zover het de eigen registratie betreft, en wel uiterlijk vóór "
          "aanvang van het eerste Schooljaar van de Route."),
        H("ARTIKEL 3. DE ROUTEDIRECTIE"),
        P("3.1 Met de leiding over de Route is een Routedirectie belast. De Routedirectie "
          "bestaat uit (a) de locatiedirecteur vmbo van het Gouwe-Rijn College, (b) de "
          "directeur van het College Handel en Ondernemen van het ROC en (c) de "
          "routemanager, die tevens als secretaris optreedt. De leden onder (a) en (b) hebben "
          "ieder één stem; de routemanager heeft een raadgevende stem."),
        P("3.2 De leden onder (a) en (b) worden benoemd, geschorst en ontslagen door het college "
          "van bestuur van de Partij waarbij zij in dienst zijn. De routemanager wordt, op "
          "voordracht van de leden onder (a) en (b), door de colleges van bestuur van beide "
          "Partijen gezamenlijk benoemd voor een termijn van drie Schooljaren, welke termijn "
          "eenmaal kan worden verlengd; behoudens gezamenlijk besluit van beide colleges van "
          "bestuur vindt geen tussentijds ontslag uit deze functie plaats."),
        P("3.3 Partijen dragen aan de Routedirectie, bij wijze van mandaat, de volgende taken "
          "en bevoegdheden op:"),
        UL("het vaststellen van het jaarrooster, de verdeling van het onderwijs over de "
           "locaties en de groepsindeling;",
           "het opstellen van het Routeplan en het ter vaststelling voorleggen daarvan aan de "
           "bevoegde organen van Partijen, onverminderd de wettelijke taken van de "
           "examencommissie van het ROC en de examensecretaris van de Stichting;",
           "het inzetten van personeel binnen de door ieder college van bestuur voor de Route "
           "beschikbaar gestelde formatie;",
           "het besluiten over toelating tot de Route en over de voortzetting van de "
           "schoolloopbaan als bedoeld in artikel 8;",
           "het besteden van het routebudget binnen de door Partijen vastgestelde begroting;",
           "het onderhouden van de contacten met het werkveld als bedoeld in artikel 10."),
        P("3.4 Behoudens voorafgaande schriftelijke toestemming van beide colleges van bestuur "
          "is de Routedirectie niet bevoegd tot het aangaan van verplichtingen jegens derden, "
          "het vaststellen van een begroting of het nemen van rechtspositionele besluiten ten "
          "aanzien van personeel. De Routedirectie besluit bij consensus; bij gebreke daarvan "
          "wordt het onderwerp voorgelegd aan de colleges van bestuur."),
        H("ARTIKEL 4. INLICHTINGEN EN VERANTWOORDING"),
        P("4.1 De Routedirectie legt over ieder Schooljaar vóór 1 november daaropvolgend "
          "schriftelijk verantwoording af aan de colleges van bestuur van beide Partijen door "
          "middel van een jaarverslag. Het jaarverslag bevat ten minste de gegevens over in-, "
          "door- en uitstroom, de examenresultaten, de toepassing van artikel 8, de inzet van "
          "personeel en voorzieningen en de besteding van het routebudget."),
        P("4.2 De Routedirectie verstrekt daarnaast na afloop van ieder kwartaal een beknopte "
          "voortgangsrapportage aan beide colleges van bestuur en verschijnt ten minste "
          "tweemaal per Schooljaar in het bestuurlijk overleg van Partijen."),
        P("4.3 Onverminderd het voorgaande verstrekt de Routedirectie ieder college van "
          "bestuur op diens verzoek binnen tien werkdagen alle inlichtingen die dat college "
          "voor de uitoefening van zijn taak nodig heeft, en meldt zij onverwijld ieder feit "
          "dat de continuïteit of de kwaliteit van de Route in gevaar kan brengen."),
        H("ARTIKEL 5. ONDERWIJSKUNDIGE EN ORGANISATORISCHE INRICHTING"),
        P("5.1 Het onderwijs in de Vo-fase wordt verzorgd op de locatie van het Gouwe-Rijn "
          "College te Alphen aan den Rijn, met dien verstande dat de Routeleerlingen vanaf het "
          "tweede leerjaar van de Route één dag per week onderwijs volgen in het Retaillab van "
          "het ROC te Alphen aan den Rijn. Het onderwijs in de Mbo-fase wordt verzorgd op de "
          "locatie van het ROC en in de beroepspraktijk."),
        P("5.2 Partijen beschrijven het onderwijsprogramma en de examinering voor ieder leerjaar "
          "van de Route in het Routeplan. Het Routeplan geeft per programmaonderdeel aan of het "
          "een vo-onderdeel, een mbo-onderdeel of een gecombineerd onderdeel betreft. Het "
          "centraal examen van de gemengde onderscheidenlijk theoretische leerweg wordt "
          "afgenomen in het tweede leerjaar van de Route; de examinering en de "
          "beroepspraktijkvorming van het mbo kunnen vanaf het eerste leerjaar van de Route "
          "aanvangen."),
        P("5.3 Partijen zetten voor de Route één docententeam in, samengesteld uit docenten "
          "economie, Nederlands en de beroepsgerichte vakken van de Stichting en docenten "
          "commercie, retail en marketing van het ROC. Voor de gecombineerde onderdelen van het "
          "tweede leerjaar van de Route maken Partijen gebruik van de teambevoegdheid bedoeld in "
          "artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, met dien verstande dat voor elk "
          "programmaonderdeel ten minste één daartoe bevoegde docent deel uitmaakt van het "
          "team. Het ROC stelt daartoe in de Vo-fase ten minste 0,4 fte aan docenten ter "
          "beschikking; de Stichting stelt in de Mbo-fase ten minste 0,1 fte ter beschikking voor "
          "loopbaanbegeleiding en Nederlands. Iedere docent blijft in dienst van de Partij die "
          "hem heeft aangesteld, die ook het werkgeverschap uitoefent."),
        P("5.4 Partijen stellen elkaar, voor zover voor de Route benodigd, de volgende "
          "voorzieningen om niet ter beschikking: van de zijde van het ROC het Retaillab, het "
          "kassa- en voorraadbeheersysteem, de sales-trainingsruimte en de digitale "
          "leeromgeving; van de zijde van de Stichting het praktijklokaal Economie en "
          "ondernemen, de schoolwinkel en de aula voor presentaties. Ieder gebruik geschiedt "
          "met inachtneming van de huisregels van de Partij die de voorziening ter beschikking "
          "stelt."),
        P("5.5 Onverminderd artikel 2.107f, derde lid, WVO 2020 en artikel 9.1.7, derde lid, "
          "WEB is de klachtenregeling van iedere Partij mede van toepassing op gedragingen van "
          "het bevoegd gezag en het personeel van de andere Partij in het kader van de Route. "
          "Partijen informeren elkaar binnen vijf werkdagen over een klacht die een medewerker "
          "van de andere Partij betreft en handelen zulk een klacht in onderling overleg af."),
        P("5.6 Iedere Partij blijft verantwoordelijk voor de leerling- onderscheidenlijk "
          "studentenadministratie, het verzuim en de verzekering van de Routeleerlingen die bij "
          "haar zijn ingeschreven. Partijen wisselen persoonsgegevens van Routeleerlingen "
          "slechts uit voor zover dat voor de uitvoering van de Route noodzakelijk is, met "
          "inachtneming van de Algemene verordening gegevensbescherming."),
        H("ARTIKEL 6. TOELATING"),
        P("6.1 Tot de Route worden toegelaten leerlingen van het Gouwe-Rijn College die aan "
          "het einde van het tweede leerjaar bevorderd zijn naar het derde leerjaar van de "
          "gemengde of theoretische leerweg en het profiel Economie en ondernemen hebben "
          "gekozen, behoudens een gemotiveerd negatief advies van de Routedirectie, gehoord de "
          "leerling en diens ouders."),
        P("6.2 Partijen hanteren voor de Route geen numerus fixus, met dien verstande dat de "
          "Routedirectie het aantal plaatsen in het Retaillab mag beperken tot 48 per cohort."),
        H("ARTIKEL 7. INSCHRIJVING"),
        P("7.1 De Routeleerling staat in de Vo-fase ingeschreven bij de Stichting en wordt met "
          "ingang van het derde leerjaar van de Route ingeschreven als student van het ROC. Een "
          "Routeleerling die bij aanvang van de Mbo-fase het vmbo-diploma nog niet heeft "
          "behaald, blijft voor de afronding van de vo-onderdelen mede bij de Stichting "
          "geregistreerd."),
        P("7.2 De Stichting blijft, onverminderd de inschrijving bij het ROC, verantwoordelijk "
          "voor het eindexamen van een Routeleerling die in de Mbo-fase het vmbo-diploma nog "
          "moet behalen."),
        H("ARTIKEL 8. VOORTZETTING VAN DE SCHOOLLOOPBAAN BIJ VERLATEN VAN DE ROUTE"),
        P("8.1 Indien de deelname van een Routeleerling aan de Route wordt beëindigd voordat hij "
          "deze met goed gevolg heeft doorlopen, stellen Partijen hem in staat een vmbo-diploma "
          "of het diploma van een beroepsopleiding te behalen dat past bij het door hem bereikte "
          "onderwijsniveau en bij zijn leeftijd. Daartoe gelden de volgende kaders:"),
        UL("(a) bij beëindiging in de Vo-fase zet de leerling zijn opleiding voort in de "
           "reguliere gemengde of theoretische leerweg van het Gouwe-Rijn College, in het "
           "profiel Economie en ondernemen of, indien gewenst, in een ander profiel dat de school "
           "aanbiedt, gericht op het behalen van het vmbo-diploma;",
           "(b) heeft de leerling aan het einde van het derde leerjaar van de Route het "
           "vmbo-diploma niet behaald, dan kan hij zonder dat diploma zijn opleiding bij het "
           "ROC voortzetten in de gekozen opleiding op niveau 4 of in een verwante opleiding "
           "op niveau 3 in het domein Handel; de vooropleidingseisen zijn daarbij niet van "
           "toepassing, en de Stichting biedt hem de gelegenheid het vmbo-examen te voltooien "
           "dan wel het leerjaar te herhalen;",
           "(c) wenst de leerling een opleiding in een andere richting, dan bieden Partijen hem "
           "een opleiding aan die leidt tot een vergelijkbaar diploma, binnen het ROC of, "
           "indien de leerling dat verkiest, bij een andere instelling in de regio, in welk "
           "laatste geval het ROC medewerking verleent aan het onderzoek naar geschiktheid "
           "bedoeld in artikel 8.2.1, zesde lid, WEB;",
           "(d) bij beëindiging in de Mbo-fase biedt het ROC de student een andere opleiding "
           "op niveau 4, of, indien dat het bereikte niveau beter past, op niveau 3 aan."),
        P("8.2 De keuze tussen de in het vorige lid bedoelde mogelijkheden wordt gemaakt naar "
          "het gezamenlijk oordeel van de Routedirectie, die daartoe de leerling, diens ouders "
          "en de mentor onderscheidenlijk de studieloopbaanbegeleider hoort. Het besluit wordt "
          "binnen vier weken na het gesprek schriftelijk aan de leerling en diens ouders "
          "meegedeeld, met een beschrijving van het vervolgtraject en de begeleiding."),
        P("8.3 Het in dit artikel bepaalde is niet van toepassing op een Routeleerling die "
          "definitief van de school onderscheidenlijk de instelling is verwijderd. Een nadere "
          "uitwerking van de werkwijze wordt opgenomen in de schoolgids en de studiegids; die "
          "uitwerking kan de in dit artikel opgenomen kaders niet beperken."),
        H("ARTIKEL 9. FINANCIELE BEPALINGEN"),
        P("9.1 Met toepassing van artikel 5.42a WVO 2020 draagt de Stichting voor iedere "
          "Routeleerling die op 1 oktober van een Schooljaar staat ingeschreven in het tweede "
          "leerjaar van de Route een bedrag van € 1.150 (zegge: elfhonderdvijftig euro) van de "
          "door haar ontvangen bekostiging over aan het ROC. Dit bedrag is uitsluitend bestemd "
          "voor de inzet van docenten van het ROC in de Vo-fase als bedoeld in artikel 5.3 en "
          "voor het gebruik van het Retaillab."),
        P("9.2 Het bedrag wordt jaarlijks per 1 januari geïndexeerd overeenkomstig de "
          "prijsbijstelling van de rijksbijdrage voortgezet onderwijs en wordt in twee gelijke "
          "termijnen, op 1 december en op 1 april, betaald."),
        P("9.3 Behoudens het bepaalde in dit artikel vindt tussen Partijen geen overdracht van "
          "bekostiging plaats en draagt iedere Partij haar eigen kosten. Het ROC verantwoordt de "
          "besteding van het overgedragen bedrag in het jaarverslag bedoeld in artikel 4.1."),
        H("ARTIKEL 10. INBRENG VAN HET WERKVELD"),
        P("10.1 Partijen stellen een Werkveldcommissie in, bestaande uit ten minste vier "
          "vertegenwoordigers van erkende leerbedrijven uit de detailhandel en de groothandel "
          "in de Rijnstreek, onder wie in elk geval een vertegenwoordiger van Tuincentrum De "
          "Rijnhoeve B.V., van Groothandel Verkerk Horeca- en Kantoorartikelen B.V. en van de "
          "ondernemersvereniging Alphen Centrum, alsmede een adviseur van SBB."),
        P("10.2 De Werkveldcommissie komt ten minste driemaal per Schooljaar bijeen en brengt "
          "gevraagd en ongevraagd advies uit over het Routeplan, de keuzedelen en de aansluiting "
          "op de regionale arbeidsmarkt. Partijen maken voorts met de in de Werkveldcommissie "
          "vertegenwoordigde bedrijven afspraken over het aanleveren van ten minste twee "
          "praktijkopdrachten per leerjaar, het beschikbaar stellen van plaatsen voor "
          "beroepspraktijkvorming en het meebeoordelen van de beroepsgerichte examens in de "
          "Mbo-fase door praktijkopleiders."),
        P("10.3 De Routedirectie doet de Werkveldcommissie jaarlijks schriftelijk mededeling van "
          "wat met haar adviezen is gedaan."),
        H("ARTIKEL 11. MEDEZEGGENSCHAP"),
        P("11.1 Onverminderd de Wet medezeggenschap op scholen, hoofdstuk 8a van de WEB en de "
          "Wet op de ondernemingsraden komen Partijen ten aanzien van de Route het volgende "
          "aanvullend overeen."),
        P("11.2 Routeleerlingen die in het tweede leerjaar van de Route bij de Stichting staan "
          "ingeschreven, zijn verkiesbaar als lid van de studentenraad van het College Handel en "
          "Ondernemen van het ROC en hebben daarin dezelfde rechten als de studenten van het "
          "ROC."),
        P("11.3 Een voorstel tot wijziging van het Routeplan of van de artikelen 5, 8 en 9 van "
          "deze overeenkomst wordt, alvorens daarover te besluiten, voor advies voorgelegd aan "
          "de medezeggenschapsraad van de Stichting en aan de studentenraad van het ROC. "
          "Partijen stellen beide raden voorts jaarlijks het in artikel 4.1 bedoelde jaarverslag "
          "ter hand."),
        H("ARTIKEL 12. AANSPRAKELIJKHEID"),
        P("12.1 Iedere Partij is aansprakelijk voor schade die voortvloeit uit een aan haar toe "
          "te rekenen tekortkoming in de nakoming van deze overeenkomst, behoudens opzet of "
          "grove schuld van de andere Partij, en met dien verstande dat aansprakelijkheid voor "
          "indirecte schade is uitgesloten."),
        P("12.2 Iedere Partij zorgt voor een adequate verzekering tegen wettelijke "
          "aansprakelijkheid die ook de activiteiten in het kader van de Route dekt."),
        H("ARTIKEL 13. GESCHILLEN"),
        P("13.1 Partijen trachten een geschil over de uitvoering of de uitleg van deze "
          "overeenkomst eerst in de Routedirectie en vervolgens in een bestuurlijk overleg "
          "tussen de voorzitters van de colleges van bestuur op te lossen. Een geschil bestaat "
          "zodra een Partij dat schriftelijk aan de andere Partij heeft meegedeeld."),
        P("13.2 Is het geschil niet binnen acht weken na de in het eerste lid bedoelde "
          "mededeling opgelost, dan wordt het, met uitsluiting van de gewone rechter, beslecht "
          "door arbitrage overeenkomstig het Arbitragereglement van het Nederlands Arbitrage "
          "Instituut. Het scheidsgerecht bestaat uit één arbiter, de plaats van arbitrage is "
          "Leiden en het scheidsgerecht beslist naar de regelen des rechts."),
        P("13.3 Het bepaalde in het tweede lid laat onverlet de bevoegdheid van iedere Partij "
          "een voorlopige voorziening in kort geding te vorderen bij de voorzieningenrechter "
          "van de rechtbank Den Haag."),
        H("ARTIKEL 14. TOETREDING, WIJZIGING EN EINDE VAN DE OVEREENKOMST"),
        P("14.1 Een ander bevoegd gezag van een school voor mavo of vbo dan wel van een "
          "instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, mits (a) het "
          "de Route of een deel daarvan in overeenstemming met deze overeenkomst kan verzorgen, "
          "(b) beide Partijen daarmee schriftelijk instemmen en (c) het een "
          "toetredingsverklaring ondertekent waarin het zich aan alle bepalingen van deze "
          "overeenkomst bindt. De toetreding gaat in bij de aanvang van een Schooljaar en wordt "
          "door de toetredende partij tijdig aan DUO gemeld. De toetreding brengt geen "
          "wijziging in de rechtspositie van Routeleerlingen die de Route reeds volgen."),
        P("14.2 Deze overeenkomst kan slechts worden gewijzigd bij een door beide Partijen "
          "ondertekend geschrift, na advies als bedoeld in artikel 11.3 voor zover dat artikel "
          "van toepassing is. Een wijziging die de Routeleerlingen benadeelt, is niet van "
          "toepassing op de cohorten die op de datum van inwerkingtreding van de wijziging reeds "
          "aan de Route deelnemen, behoudens instemming van de betrokken leerlingen en, zo zij "
          "minderjarig zijn, hun ouders."),
        P("14.3 Deze overeenkomst is aangegaan voor onbepaalde tijd. Iedere Partij kan haar "
          "bij aangetekend schrijven opzeggen tegen het einde van een Schooljaar, met "
          "inachtneming van een opzegtermijn van ten minste achttien maanden."),
        P("14.4 Iedere Partij kan de overeenkomst buitengerechtelijk ontbinden indien de andere "
          "Partij, na schriftelijke ingebrekestelling met een redelijke termijn van ten minste "
          "twee maanden, toerekenbaar tekortschiet in de nakoming van een wezenlijke "
          "verplichting, dan wel indien de andere Partij de bevoegdheid verliest de Route te "
          "verzorgen. Ontbinding werkt niet terug."),
        P("14.5 In alle gevallen van opzegging of ontbinding geldt dat met ingang van het "
          "eerstvolgende Schooljaar geen nieuwe leerlingen tot de Route worden toegelaten, dat "
          "de Routeleerlingen die op dat moment aan de Route deelnemen deze onder de geldende "
          "voorwaarden kunnen voltooien, en dat de verplichtingen uit de artikelen 5, 8 en 9 voor "
          "hen van kracht blijven tot de laatste van hen de Route heeft verlaten. Is voltooiing "
          "onverhoopt niet mogelijk, dan is artikel 8 van toepassing."),
        H("ARTIKEL 15. SLOTBEPALINGEN"),
        P("15.1 Deze overeenkomst treedt in werking op 1 augustus 2025."),
        P("15.2 Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige "
          "bepalingen van kracht en vervangen Partijen de nietige bepaling door een bepaling die "
          "zoveel mogelijk aansluit bij de strekking daarvan."),
        P("15.3 Op deze overeenkomst is Nederlands recht van toepassing."),
        P("Aldus overeengekomen en in tweevoud ondertekend,"),
        SIG(["te Alphen aan den Rijn, op 27 juni 2025",
             "Stichting voor Openbaar en Algemeen Bijzonder Voortgezet Onderwijs Rijnstreek",
             "", "", "mr. A.C. Brinkman-Zuidam", "voorzitter college van bestuur"],
            ["te Leiden, op 27 juni 2025", "Stichting Regionaal Opleidingencentrum Rijnland-Zuid",
             "", "", "drs. M.H. Oudshoorn", "voorzitter college van bestuur"]),
        PB,
        H("BIJLAGE 1. HOOFDLIJNEN VAN HET ROUTEPLAN PER LEERJAAR"),
        P("Deze bijlage geeft de hoofdlijnen van het Routeplan weer zoals die bij het aangaan "
          "van de overeenkomst zijn vastgesteld. Het volledige Routeplan wordt jaarlijks vóór "
          "1 oktober door de bevoegde organen van Partijen vastgesteld met inachtneming van "
          "artikel 3.3."),
        TAB([
            ["Leerjaar van de Route", "Inschrijving en locatie", "Vo-onderdelen",
             "Mbo-onderdelen en bpv", "Examinering"],
            ["1 (leerjaar 3 vmbo)", "Stichting; Gouwe-Rijn College",
             "Algemene vakken gl/tl; profielvak Economie en ondernemen",
             "Oriëntatie op commercie en retail; twee bedrijfsbezoeken; praktijkopdracht van "
             "een leerbedrijf", "Schoolexamens volgens PTA"],
            ["2 (leerjaar 4 vmbo)", "Stichting; Gouwe-Rijn College en één dag Retaillab ROC",
             "Afronding algemene vakken; centraal examen",
             "Gecombineerd onderdeel Verkoop en klantcontact (team); keuzedeel "
             "Ondernemerschap; snuffelstage van drie weken",
             "Centraal examen; eerste mbo-examen Verkoopgesprek"],
            ["3 (mbo jaar 1)", "ROC; locatie Alphen aan den Rijn",
             "Zo nodig afronding vo-onderdelen (artikel 7)",
             "Kerntaken Junior accountmanager of Ondernemer retail; bpv 16 weken",
             "Examens in de beroepspraktijk, meebeoordeeld door praktijkopleiders"],
            ["4 (mbo jaar 2)", "ROC; locatie Alphen aan den Rijn en leerbedrijf", "-",
             "Verdieping, keuzedelen, bpv 24 weken", "Proeven van bekwaamheid"],
            ["5 (mbo jaar 3, verkort)", "ROC", "-",
             "Afronding, ondernemingsplan of accountplan", "Diplomering niveau 4"],
        ], [0.16, 0.2, 0.2, 0.26, 0.18]),
        H("BIJLAGE 2. SAMENSTELLING WERKVELDCOMMISSIE BIJ AANVANG"),
        UL("Tuincentrum De Rijnhoeve B.V., Hazerswoude-Dorp - bedrijfsleider verkoop;",
           "Groothandel Verkerk Horeca- en Kantoorartikelen B.V., Alphen aan den Rijn - "
           "manager buitendienst;",
           "Ondernemersvereniging Alphen Centrum - bestuurslid namens de winkeliers;",
           "Modehuis Van Leeuwen, Bodegraven - eigenaar en praktijkopleider;",
           "SBB, regio West - adviseur praktijkleren (adviserend)."),
        P("Wijzigingen in de samenstelling van de Werkveldcommissie worden door de "
          "Routedirectie vastgesteld en behoeven geen wijziging van deze overeenkomst."),
    ]


# --------------------------------------------------------------------------------------- h436
@sample(436, "h436_overstap_stappenplan_drechtsteden", "md", st("PPWPPPPNPW"),
        {"a": "1. Waar gaat deze route over?",
         "b": "3. Partners uit het werkveld",
         "d": "4. Rapporteren aan de besturen",
         "e": "5. Onderwijs, docenten en voorzieningen",
         "f": "6. Overstappen in vijf stappen",
         "g": "7. Bekostiging",
         "i": "9. Verschil van mening"},
        "Markdown agreement with a step-by-step overstap procedure (Stap 1-5), Drechtsteden, "
        "Dienstverlening en producten kb -> Handhaver toezicht en veiligheid niveau 3; leiding "
        "without any appointment rule, end clause without toetreding, medezeggenschap only "
        "describes the law and what 'kan'.",
        title="Samenwerkingsovereenkomst DLR Veiligheid Drechtsteden")
def build_436():
    return """
# Samenwerkingsovereenkomst doorlopende leerroute Veiligheid Drechtsteden

**Merwede Vakcollege - ROC Drechtstad**
Versie 1.0, vastgesteld juni 2025

---

**Ondergetekenden**

- **Stichting Openbaar Voortgezet Onderwijs Drechtsteden**, bevoegd gezag van het Merwede
  Vakcollege, school voor vbo en mavo te Zwijndrecht, vertegenwoordigd door de heer
  K.J. Bakker, voorzitter van het college van bestuur (hierna: *het Merwede Vakcollege*);
- **Stichting Beroepsonderwijs Drechtstad**, bevoegd gezag van ROC Drechtstad te Dordrecht,
  vertegenwoordigd door mevrouw S. El Idrissi, lid van het college van bestuur (hierna:
  *ROC Drechtstad*);

spreken het volgende af.

## 1. Waar gaat deze route over?

1.1 Het Merwede Vakcollege en ROC Drechtstad verzorgen samen een doorlopende leerroute
vmbo-mbo. Leerlingen starten in leerjaar 3 van de **kaderberoepsgerichte leerweg, profiel
Dienstverlening en producten**, met het keuzevak Veiligheid en beroep.

1.2 De route leidt naar het mbo-diploma **Handhaver toezicht en veiligheid (niveau 3)**,
opleidingsdomein Veiligheid en sport, in de bol-variant. Onderweg halen de leerlingen hun
vmbo-diploma kaderberoepsgerichte leerweg.

1.3 De route duurt vier jaar: twee jaar vo-fase op het Merwede Vakcollege en twee jaar
mbo-fase bij ROC Drechtstad. Beide partijen melden de route aan bij DUO via RIO.

## 2. Kernteam

2.1 De route wordt geleid door een kernteam. Daarin zitten de afdelingsleider Dienstverlening
en producten van het Merwede Vakcollege, de teamleider Veiligheid van ROC Drechtstad en de
trajectbegeleider van de route.

2.2 Het kernteam is verantwoordelijk voor het dagelijks reilen en zeilen van de route. Het
kernteam:

- stelt het rooster en de jaarplanning vast;
- maakt het gezamenlijke PTA/OER per leerjaar en legt dat ter vaststelling voor aan beide
  besturen;
- verdeelt de lessen over de docenten van beide scholen, binnen de uren die elk bestuur
  daarvoor beschikbaar stelt;
- beslist over plaatsing van leerlingen in de route en over overstappen (zie punt 6);
- beheert het routebudget.

2.3 Het kernteam beslist niet over aanstelling of ontslag van personeel en gaat geen
verplichtingen met derden aan. Daarover beslissen de besturen zelf.

## 3. Partners uit het werkveld

3.1 De route wordt mede vormgegeven door partners uit de veiligheidsbranche in de regio:

- **Merwestad Security B.V.** verzorgt in leerjaar 3 twee gastlessen over particuliere
  beveiliging en biedt vanaf leerjaar 4 stageplaatsen;
- **de afdeling Toezicht en handhaving van de gemeente Zwijndrecht** laat leerlingen een dag
  meelopen met boa's en levert elk jaar een praktijkopdracht over veiligheid in de wijk;
- **Evenementenbeveiliging Zuid-Holland B.V.** biedt bpv-plaatsen bij evenementen en laat
  haar leidinggevenden meebeoordelen bij de praktijkexamens in de mbo-fase.

3.2 Deze partners vormen samen met de trajectbegeleider de werkveldcommissie. Die komt twee
keer per jaar bij elkaar en geeft advies over de inhoud van het programma, de keuzedelen en
de examenopdrachten.

## 4. Rapporteren aan de besturen

4.1 Het kernteam stuurt na elk kwartaal een kort dashboard aan beide colleges van bestuur met
de aantallen leerlingen, verzuim, uitval en overstappen.

4.2 Ieder jaar vóór 1 december legt het kernteam een evaluatieverslag over het vorige
schooljaar aan beide colleges van bestuur voor en bespreekt het dat verslag met hen in een
gezamenlijk bestuurlijk overleg. Daarin legt het kernteam verantwoording af over de
uitvoering van deze overeenkomst, de examenresultaten en de besteding van het budget.

## 5. Onderwijs, docenten en voorzieningen

5.1 Leerjaar 3 en 4 worden gegeven op het Merwede Vakcollege in Zwijndrecht. In leerjaar 4
volgen de leerlingen elke donderdag les op de locatie Veiligheid van ROC Drechtstad in
Dordrecht. De mbo-fase vindt plaats bij ROC Drechtstad en bij de partners uit punt 3.

5.2 Het onderwijsprogramma en de examens per leerjaar staan in het gezamenlijke PTA/OER. Het
vmbo-examen wordt afgerond in leerjaar 4. In leerjaar 4 starten ook de eerste mbo-onderdelen
(Toezicht houden en Communicatie en conflicthantering).

5.3 Docenten van beide scholen werken samen in één team. Voor het onderdeel Veiligheid en
beroep in leerjaar 4 gebruiken wij de teambevoegdheid; in het team zit voor elk onderdeel
ten minste één bevoegde docent. ROC Drechtstad zet in leerjaar 4 een docent handhaving en een
instructeur fysieke weerbaarheid in (samen zes uur per week). Het Merwede Vakcollege zet in de
mbo-fase een docent Nederlands in voor twee uur per week. Iedereen blijft in dienst van zijn
eigen werkgever.

5.4 De route gebruikt de volgende voorzieningen van beide partijen:

- van ROC Drechtstad: het trainingscentrum met de oefenruimte conflicthantering, de
  meldkamer-simulatie en de dojo;
- van het Merwede Vakcollege: de sporthal, het EHBO-lokaal en het praktijklokaal
  Dienstverlening en producten.

Wij brengen elkaar voor dit gebruik niets in rekening.

5.5 Klachten van leerlingen of ouders over een medewerker van de andere partij worden
behandeld volgens de klachtenregeling van de school waar de leerling staat ingeschreven; de
andere partij werkt daar volledig aan mee.

## 6. Overstappen in vijf stappen

Niet elke leerling maakt de route af. Wij zorgen ervoor dat iedere leerling die de route
verlaat, toch een diploma kan halen. Dat gaat zo:

**Stap 1 - Signaleren.** De mentor (vo-fase) of de studieloopbaanbegeleider (mbo-fase) merkt
dat de route niet meer past, bijvoorbeeld door verhuizing, omdat het niveau te hoog is of omdat
de leerling iets anders wil. Hij meldt dat bij de trajectbegeleider.

**Stap 2 - Gesprek.** Binnen twee weken voert de trajectbegeleider een gesprek met de leerling
en de ouders. Samen brengen zij in kaart wat de leerling al heeft behaald en wat hij of zij
wil.

**Stap 3 - Besluit.** De afdelingsleider van het Merwede Vakcollege en de teamleider Veiligheid
van ROC Drechtstad besluiten samen over het vervolg. Zij letten op het niveau dat de leerling
heeft bereikt, op de leeftijd en op de wens van de leerling.

**Stap 4 - Vervolg.** Afhankelijk van het moment zijn er deze mogelijkheden:

- vertrek in leerjaar 3 of 4: de leerling gaat verder in de gewone kaderberoepsgerichte
  leerweg van het Merwede Vakcollege, in Dienstverlening en producten of in een ander profiel,
  en haalt daar het vmbo-diploma;
- geen vmbo-diploma aan het eind van het derde routejaar: de leerling mag bij ROC Drechtstad
  verder in Handhaver toezicht en veiligheid of in een andere opleiding op niveau 3, of, als
  dat beter past, in Beveiliger (niveau 2); ROC Drechtstad stelt daarbij geen
  vooropleidingseisen; het Merwede Vakcollege biedt de kans om het vmbo-examen alsnog af te
  ronden;
- een andere richting: de leerling gaat naar een opleiding op hetzelfde niveau in een andere
  richting, bij ROC Drechtstad of bij een andere school in de regio; bij een andere instelling
  helpen wij bij de intake en het geschiktheidsonderzoek;
- vertrek in de mbo-fase: ROC Drechtstad biedt een andere opleiding op niveau 3 of niveau 2
  aan.

**Stap 5 - Overdracht en nazorg.** De trajectbegeleider zorgt voor een warme overdracht naar de
nieuwe opleiding en neemt na drie maanden contact op met de leerling om te horen hoe het gaat.

De werkwijze staat ook in de schoolgids van het Merwede Vakcollege en in de studiegids van ROC
Drechtstad.

## 7. Bekostiging

Er wordt tussen het Merwede Vakcollege en ROC Drechtstad geen bekostiging overgedragen. Tijdens
de vo-fase wordt de route bekostigd uit de middelen van het Merwede Vakcollege, tijdens de
mbo-fase uit die van ROC Drechtstad. Iedere partij draagt haar eigen kosten.

## 8. Medezeggenschap

Voor de medezeggenschap gelden de wettelijke regels. Voor leerlingen en ouders van het
Merwede Vakcollege en voor het personeel van het Merwede Vakcollege geldt de Wet
medezeggenschap op scholen. Voor studenten van ROC Drechtstad geldt de WEB en voor het
personeel van ROC Drechtstad de Wet op de ondernemingsraden. Partijen kunnen in de toekomst
aanvullende afspraken maken, bijvoorbeeld over deelname van routeleerlingen aan de
studentenraad.

## 9. Verschil van mening

9.1 Als partijen het oneens zijn over de uitvoering van deze overeenkomst, bespreekt het
kernteam dat eerst. Komt het kernteam er binnen vier weken niet uit, dan gaat het naar een
overleg tussen de beide colleges van bestuur.

9.2 Leidt dat overleg binnen zes weken niet tot een oplossing, dan vragen partijen samen een
mediator om te bemiddelen. Lukt ook dat niet, dan kan elke partij het geschil voorleggen aan
de bevoegde rechter van de rechtbank Rotterdam.

## 10. Wijzigen en beëindigen

10.1 Deze overeenkomst kan alleen worden gewijzigd als beide partijen de wijziging
schriftelijk ondertekenen.

10.2 Elke partij kan de overeenkomst schriftelijk opzeggen met een opzegtermijn van één jaar,
alleen tegen 1 augustus.

10.3 Na een opzegging laten wij geen nieuwe leerlingen meer in de route toe. Leerlingen die al
in de route zitten, maken die af bij de partijen. Een wijziging wordt zo ingevoerd dat
leerlingen die al in de route zitten er geen nadeel van hebben.

## 11. Looptijd

Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

---

Getekend te Zwijndrecht op 26 juni 2025

| Stichting Openbaar Voortgezet Onderwijs Drechtsteden | Stichting Beroepsonderwijs Drechtstad |
|---|---|
| K.J. Bakker, voorzitter college van bestuur | S. El Idrissi, lid college van bestuur |
"""


# --------------------------------------------------------------------------------------- h437
@sample(437, "h437_memo_mandaat_veenkolonien", "txt", st("PMPPPPMNWP"),
        {"a": "1. Welke route",
         "c": "2. Routeleiding",
         "d": "3. Verslag aan de besturen",
         "e": "4. Uitvoering",
         "f": "5. Stoppen of switchen",
         "j": "7. Aansluiten, wijzigen, opzeggen"},
        "Very short afsprakenmemo signed on mandate by two directors, TXT, Veenkolonien, "
        "Horeca, bakkerij en recreatie bb -> Kok / Gastheer-gastvrouw niveau 2; bedrijfsleven "
        "only in the 'Aanleiding', nothing about finances, disputes only 'in onderling overleg'.",
        title="Afsprakenmemo DLR Horeca Veenkolonien")
def build_437():
    return """
AFSPRAKENMEMO DOORLOPENDE LEERROUTE HORECA VEENKOLONIËN

Kenmerk : HD/HZ/2025-014
Datum   : 12 juni 2025
Van     : directeur Vakschool Het Diep en directeur College Horeca & Toerisme ROC Hunzedal
Aan     : colleges van bestuur, teams HBR en Horeca
Status  : ondertekend; dit memo geldt als samenwerkingsovereenkomst doorlopende leerroute
          vmbo-mbo (art. 2.107b WVO 2020 / art. 9.1.3 WEB) tussen Stichting Openbaar Onderwijs
          Veenkoloniën (bevoegd gezag Vakschool Het Diep, Stadskanaal) en Stichting ROC
          Hunzedal (Veendam).

AANLEIDING
Horecaondernemers in Stadskanaal en Veendam hebben moeite personeel te vinden en hebben laten
weten graag mee te willen denken over een snellere route naar de keuken en de bediening. Dit
memo legt vast wat wij per 1 augustus 2025 afspreken.

AFSPRAKEN

1. Welke route
Leerlingen basisberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie (Het Diep),
stromen door naar Kok (niveau 2) of Gastheer/gastvrouw (niveau 2), domein Horeca en bakkerij
(ROC Hunzedal). Start leerjaar 3; vier routejaren, waarvan twee vo-fase en twee mbo-fase.
Beide scholen registreren de route in RIO.

2. Routeleiding
De routeleiding bestaat uit de teamleider HBR van Het Diep en de teamleider Horeca van ROC
Hunzedal. Zij worden ieder door hun eigen college van bestuur aangewezen. De routeleiding
stelt rooster en PTA/OER per leerjaar op, beslist over plaatsing in de route en over
overstappen (punt 5) en verdeelt de lesuren binnen de formatie die de besturen toekennen.
Personele besluiten blijven bij de besturen.

3. Verslag aan de besturen
De routeleiding stuurt beide colleges van bestuur in februari en in juli een schriftelijk
voortgangsverslag (instroom, uitval, overstappen, examenresultaten) en licht dat in september
mondeling toe in het bestuurlijk overleg.

4. Uitvoering
Leerjaar 3 en 4 op Het Diep in Stadskanaal, met vanaf leerjaar 4 één dag per week in de
leerkeuken en het leerrestaurant van ROC Hunzedal in Veendam; mbo-fase bij ROC Hunzedal.
Vmbo-examen in leerjaar 4. Eén team van HBR-docenten (Het Diep) en een kok-instructeur van
ROC Hunzedal (4 uur per week in leerjaar 4); teambevoegdheid voor het praktijkdeel leerjaar 4,
met voor elk onderdeel een bevoegde docent. Iedereen blijft in dienst van de eigen werkgever.
Leerlingen gebruiken de leerkeuken, het leerrestaurant en de bakkerijruimte van ROC Hunzedal;
studenten mogen in de mbo-fase het HBR-praktijklokaal van Het Diep gebruiken voor
kookworkshops.

5. Stoppen of switchen
Wie in leerjaar 3 of 4 stopt, gaat verder in de gewone bb HBR (of een ander profiel) op Het
Diep en haalt daar het vmbo-diploma. Wie aan het eind van het derde routejaar nog geen
vmbo-diploma heeft, mag bij ROC Hunzedal door in Kok of Gastheer/gastvrouw of een andere
opleiding op niveau 2, zonder vooropleidingseisen; Het Diep laat hem het vmbo-examen afmaken.
Wie een andere richting wil, krijgt een opleiding op hetzelfde niveau in een ander domein,
bij ROC Hunzedal of elders in de regio. De routeleiding beslist samen, na een gesprek met
leerling en ouders, op basis van wat de leerling al heeft behaald en zijn leeftijd.

6. Verschillen van inzicht
Verschillen van inzicht over de uitvoering van deze afspraken lossen partijen in onderling
overleg op.

7. Aansluiten, wijzigen, opzeggen
Een andere vmbo-school of mbo-instelling kan aansluiten als beide besturen schriftelijk
instemmen en de nieuwe partner dit memo ondertekent; aansluiten kan alleen per 1 augustus.
Wijzigen gaat schriftelijk, met handtekening van beide partijen. Opzeggen kan schriftelijk
met een termijn van één jaar, tegen het einde van een schooljaar. Na opzegging start geen
nieuwe groep meer; wie al in de route zit, maakt haar af.

Looptijd: vanaf 1 augustus 2025, voor onbepaalde tijd.


Namens het college van bestuur van Stichting Openbaar Onderwijs Veenkoloniën,
op grond van het mandaatbesluit van 3 maart 2025,

J. Hofstee, directeur Vakschool Het Diep


Namens het college van bestuur van Stichting ROC Hunzedal,
op grond van het mandaatregister 2025, onderdeel 4.2,

A. Wubbels, directeur College Horeca & Toerisme
"""


# --------------------------------------------------------------------------------------- h438
@sample(438, "h438_laboratorium_veiligheid_twente", "docx", st("PPPPPPPPPP"),
        {"a": "§ 2 De leerroute Laboratorium",
         "b": "§ 9 Laboratoria en bedrijven in de regio",
         "c": "§ 3 Routeraad",
         "d": "§ 4 Informatie en rekenschap",
         "e": "§ 5 Inrichting van het onderwijs",
         "f": "§ 7 Wanneer de route niet past",
         "g": "§ 8 Financiële overdracht",
         "h": "§ 10 Inspraak van leerlingen, studenten, ouders en personeel",
         "i": "§ 11 Oplossen van geschillen",
         "j": "§ 12 Nieuwe partners, wijziging en beëindiging"},
        "Paragraph-style agreement with a strong laboratory-safety chapter, DOCX, Twente, "
        "Dienstverlening en producten gl -> Analist niveau 4 (Laboratoriumtechniek); fully "
        "compliant, fixed annual funding transfer from instelling to school, joint klankbord "
        "for medezeggenschap.",
        title="Samenwerkingsovereenkomst DLR Laboratorium Twente")
def build_438():
    return [
        T("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Laboratorium Twente"),
        S("Kanaalzone College (Hengelo) en ROC Twentekanaal"),
        H("§ 1 Partijen"),
        P("De Stichting Twents Voortgezet Onderwijs, bevoegd gezag van het Kanaalzone College, "
          "school voor mavo en vbo te Hengelo, vertegenwoordigd door mevrouw J.W. Nijhuis, "
          "voorzitter van het college van bestuur (hierna: het Kanaalzone College), en de "
          "Stichting Regionaal Opleidingencentrum Twentekanaal, bevoegd gezag van ROC "
          "Twentekanaal te Hengelo, vertegenwoordigd door de heer dr. B.G. Oude Vrielink, "
          "voorzitter van het college van bestuur (hierna: ROC Twentekanaal), sluiten deze "
          "overeenkomst om gezamenlijk een doorlopende leerroute vmbo-mbo te verzorgen."),
        H("§ 2 De leerroute Laboratorium"),
        P("2.1 De route is bestemd voor leerlingen van de gemengde leerweg met het profiel "
          "Dienstverlening en producten van het Kanaalzone College die kiezen voor het "
          "laboratoriumvak."),
        P("2.2 De route leidt tot het diploma gemengde leerweg en aansluitend tot het mbo-"
          "diploma Analist (niveau 4), kwalificatiedossier Laboratoriumtechniek, in het "
          "opleidingsdomein Ambacht, laboratorium en gezondheidstechniek, in de "
          "beroepsopleidende leerweg van ROC Twentekanaal."),
        P("2.3 De route beslaat vijf jaren: leerjaar 3 en 4 van het vmbo (vo-fase) en drie "
          "mbo-jaren (mbo-fase). Beide partijen registreren de route vóór de eerste instroom in "
          "RIO en melden haar daarmee aan de minister."),
        H("§ 3 Routeraad"),
        P("3.1 De route staat onder leiding van een routeraad. Lid zijn: de afdelingsleider "
          "bovenbouw gemengde leerweg van het Kanaalzone College, de opleidingsmanager "
          "Laboratorium en Procestechniek van ROC Twentekanaal en de routecoördinator. De "
          "coördinator laboratoriumveiligheid van ROC Twentekanaal neemt als adviseur aan de "
          "vergaderingen deel."),
        P("3.2 De afdelingsleider en de opleidingsmanager worden in de routeraad benoemd door "
          "het college van bestuur van de eigen stichting. De routecoördinator wordt door beide "
          "colleges van bestuur gezamenlijk benoemd na een open sollicitatieprocedure binnen beide "
          "organisaties. Het voorzitterschap wisselt ieder schooljaar tussen de afdelingsleider "
          "en de opleidingsmanager."),
        P("3.3 Beide colleges van bestuur dragen de routeraad op en machtigen haar om: het "
          "jaarprogramma en het rooster vast te stellen; het gezamenlijk PTA/OER op te stellen en "
          "ter vaststelling voor te leggen; docenten, instructeurs en TOA's in te plannen binnen "
          "de door elk bestuur beschikbaar gestelde uren; het laboratoriumreglement van de route "
          "vast te stellen; te beslissen over toelating tot en vertrek uit de route, met "
          "inbegrip van overstappen (§ 7); het routebudget te beheren. Investeringen boven "
          "€ 5.000, personele besluiten en overeenkomsten met derden blijven voorbehouden aan de "
          "colleges van bestuur."),
        H("§ 4 Informatie en rekenschap"),
        P("4.1 De routeraad zendt beide colleges van bestuur ieder half jaar, uiterlijk 1 maart "
          "en 1 oktober, een managementrapportage met de kengetallen in-, door- en uitstroom, "
          "examenresultaten, verzuim, overstappen en de uitputting van het routebudget."),
        P("4.2 Jaarlijks vóór 1 oktober brengt de routeraad daarnaast een kwaliteits- en "
          "veiligheidsverslag uit aan beide colleges van bestuur, met een overzicht van alle "
          "laboratoriumincidenten en bijna-ongevallen en de genomen maatregelen. Het verslag wordt "
          "besproken in het jaarlijkse bestuurlijk overleg, waarin de routeraad rekenschap "
          "aflegt over het gevoerde beleid."),
        P("4.3 Ernstige ongevallen meldt de routeraad binnen 24 uur aan beide colleges van "
          "bestuur."),
        H("§ 5 Inrichting van het onderwijs"),
        P("5.1 Leerjaar 3 wordt verzorgd op het Kanaalzone College. In leerjaar 4 volgen de "
          "leerlingen twee dagdelen per week practicum in het opleidingslaboratorium van ROC "
          "Twentekanaal aan de Haaksbergerstraat; de mbo-fase vindt plaats bij ROC Twentekanaal "
          "en bij de laboratoria genoemd in § 9."),
        P("5.2 Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER. Het "
          "centraal examen gemengde leerweg wordt afgenomen in leerjaar 4. De eerste mbo-"
          "onderdelen (basistechnieken laboratorium, veilig werken) worden vanaf leerjaar 4 "
          "geëxamineerd."),
        P("5.3 Personeel: ROC Twentekanaal zet in leerjaar 4 een docent laboratoriumtechniek "
          "(vier lesuren per week) en een TOA in; het Kanaalzone College zet in de mbo-fase zijn "
          "docent scheikunde in voor het onderdeel analytische chemie (twee lesuren per week). "
          "Voor het practicum in leerjaar 4 werken de docenten als één team met "
          "teambevoegdheid; voor elk programmaonderdeel is ten minste één bevoegde docent in "
          "het team. Werkgeverschap en rechtspositie blijven bij de eigen stichting."),
        P("5.4 Faciliteiten: ROC Twentekanaal stelt het opleidingslaboratorium met zuurkasten, "
          "de instrumentele ruimte (HPLC, GC en spectrofotometers) en de chemicaliënopslag "
          "beschikbaar; het Kanaalzone College stelt het scheikundelokaal, het practicumlokaal "
          "biologie en de bijbehorende voorbereidingsruimte beschikbaar aan studenten in de "
          "mbo-fase. Verbruiksmaterialen komen voor rekening van de partij op wier locatie het "
          "practicum plaatsvindt."),
        P("5.5 Klachten over medewerkers van de andere partij worden behandeld volgens de "
          "klachtenregeling van de partij waar de leerling is ingeschreven; beide "
          "klachtenregelingen zijn daartoe aangevuld."),
        H("§ 6 Veilig werken in het laboratorium"),
        P("6.1 De routeraad stelt een laboratoriumreglement voor de route vast dat op beide "
          "locaties geldt. Het reglement regelt ten minste persoonlijke beschermingsmiddelen, "
          "werken in de zuurkast, omgang met gevaarlijke stoffen, afvalscheiding en het "
          "handelen bij incidenten."),
        P("6.2 Op iedere locatie is de partij die de ruimte beheert verantwoordelijk voor de "
          "arbeidsomstandigheden, de bedrijfshulpverlening en de registratie van "
          "gevaarlijke stoffen. Leerlingen werken in leerjaar 3 en 4 uitsluitend onder direct "
          "toezicht van een docent of TOA en alleen met stoffen die op de toegestane lijst van "
          "het reglement staan."),
        P("6.3 Iedere leerling volgt in leerjaar 3 de instructie Veilig werken in het lab en "
          "ontvangt pas daarna toegang tot het opleidingslaboratorium van ROC Twentekanaal."),
        H("§ 7 Wanneer de route niet past"),
        P("7.1 Verlaat een leerling de route voordat hij of zij haar heeft afgerond, dan zorgen "
          "beide partijen er samen voor dat de leerling een diploma kan behalen dat past bij "
          "het bereikte onderwijsniveau en de leeftijd."),
        P("7.2 De mogelijkheden zijn in ieder geval:"),
        UL("in de vo-fase: voortzetting in de reguliere gemengde leerweg van het Kanaalzone "
           "College, in Dienstverlening en producten of in een ander profiel, tot het "
           "vmbo-diploma;",
           "bij het ontbreken van het vmbo-diploma aan het einde van het derde routejaar: "
           "voortzetting bij ROC Twentekanaal in Analist of in Allround laborant (niveau 3), "
           "zonder toepassing van vooropleidingseisen, terwijl het Kanaalzone College de "
           "leerling in staat stelt het vmbo-examen te voltooien;",
           "bij een leerling die om gezondheidsredenen niet (meer) in een laboratorium kan "
           "werken, zoals bij een allergie voor stoffen: een opleiding op hetzelfde niveau in "
           "een andere richting bij ROC Twentekanaal of, na een geschiktheidsonderzoek, bij een "
           "andere instelling in Twente;",
           "bij vertrek in de mbo-fase: een andere opleiding op niveau 4 of, als dat beter past, "
           "op niveau 3 bij ROC Twentekanaal."),
        P("7.3 De routeraad neemt het besluit over het vervolg gezamenlijk, nadat de mentor of "
          "de studieloopbaanbegeleider met de leerling en de ouders heeft gesproken. De "
          "routecoördinator begeleidt de overstap tot de leerling op de nieuwe plek is "
          "gestart. De schoolgids en de studiegids beschrijven de werkwijze."),
        H("§ 8 Financiële overdracht"),
        P("8.1 ROC Twentekanaal draagt met toepassing van artikel 9.1.15 WEB jaarlijks een vast "
          "bedrag van € 14.500 van de door hem ontvangen bekostiging over aan de Stichting "
          "Twents Voortgezet Onderwijs."),
        P("8.2 Het bedrag is bestemd voor de inzet van de docent scheikunde van het Kanaalzone "
          "College in de mbo-fase (§ 5.3) en voor het gebruik door mbo-studenten van het "
          "scheikundelokaal en het practicumlokaal biologie (§ 5.4). Betaling vindt plaats vóór "
          "1 december van ieder schooljaar. Verder wordt geen bekostiging overgedragen."),
        H("§ 9 Laboratoria en bedrijven in de regio"),
        P("9.1 Partijen betrekken de volgende bedrijven en laboratoria bij de route: "
          "Laboratorium Hof van Twente B.V. (voedingsmiddelenanalyse, Goor), Waterlab Oost "
          "(waterkwaliteit, Almelo) en Kunststoffen Twentekanaal B.V. (kwaliteitslab, Hengelo)."),
        P("9.2 Deze bedrijven verzorgen in leerjaar 3 ieder een excursie en een gastles, leveren "
          "in leerjaar 4 een analyseopdracht uit de eigen praktijk aan, bieden in de mbo-fase "
          "plaatsen voor beroepspraktijkvorming en leveren praktijkbeoordelaars voor de "
          "proeven van bekwaamheid. Eenmaal per jaar bespreken zij met de routeraad de inhoud "
          "van het programma en de veiligheidseisen die in de praktijk gelden."),
        H("§ 10 Inspraak van leerlingen, studenten, ouders en personeel"),
        P("10.1 Partijen richten een routeklankbord in, waarin twee leden van de "
          "medezeggenschapsraad van het Kanaalzone College (een ouder en een leerling) en twee "
          "leden van de studentenraad van ROC Twentekanaal zitting hebben. Het routeklankbord "
          "komt tweemaal per schooljaar bijeen met de routeraad."),
        P("10.2 Over het laboratoriumreglement (§ 6) en over wijzigingen van § 5 en § 7 vraagt de "
          "routeraad vooraf advies aan de medezeggenschapsraad van het Kanaalzone College en aan "
          "de studentenraad en de ondernemingsraad van ROC Twentekanaal."),
        H("§ 11 Oplossen van geschillen"),
        P("11.1 Geschillen over de uitvoering van deze overeenkomst worden eerst in de routeraad "
          "besproken en, als dat binnen een maand geen oplossing geeft, in het bestuurlijk "
          "overleg van de beide voorzitters van de colleges van bestuur."),
        P("11.2 Wordt ook daar binnen zes weken geen overeenstemming bereikt, dan schakelen "
          "partijen een MfN-registermediator in. Blijft het geschil daarna bestaan, dan wordt het "
          "voorgelegd aan de bevoegde rechter van de rechtbank Overijssel, locatie Almelo."),
        H("§ 12 Nieuwe partners, wijziging en beëindiging"),
        P("12.1 Een andere school voor vbo of mavo of een andere instelling voor "
          "beroepsonderwijs kan partij worden bij deze overeenkomst, mits zij beschikt over "
          "een laboratoriumvoorziening die aan het reglement van § 6 voldoet, beide partijen "
          "schriftelijk instemmen en de nieuwe partner een toetredingsverklaring ondertekent. "
          "Toetreding geldt vanaf het eerstvolgende schooljaar; zij wordt gemeld bij DUO."),
        P("12.2 Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur "
          "ondertekend. Wijzigingen die nadelig zijn voor leerlingen gelden niet voor cohorten "
          "die al in de route zitten."),
        P("12.3 Elke partij kan de overeenkomst schriftelijk opzeggen met een termijn van twaalf "
          "maanden tegen 1 augustus. Bij ernstige of herhaalde schending van de "
          "veiligheidsafspraken kan de andere partij de overeenkomst ontbinden na een "
          "schriftelijke aanmaning met een hersteltermijn van twee maanden."),
        P("12.4 Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten. De "
          "leerlingen die al aan de route deelnemen, ronden haar af; de partijen blijven tot dat "
          "moment hun verplichtingen voor die leerlingen nakomen, inclusief de beschikbaarheid "
          "van de laboratoria."),
        H("§ 13 Inwerkingtreding"),
        P("Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        P("Aldus in tweevoud ondertekend te Hengelo op 30 juni 2025."),
        SIG(["Stichting Twents Voortgezet Onderwijs", "J.W. Nijhuis",
             "voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum Twentekanaal", "dr. B.G. Oude Vrielink",
             "voorzitter college van bestuur"]),
    ]


# --------------------------------------------------------------------------------------- h439
@sample(439, "h439_interne_regeling_aoc_achterhoek", "pdf", st("PPPWPWPNNN"),
        {"a": "Artikel 2 De geïntegreerde leerroute Groen",
         "b": "Artikel 6 Praktijk en leerbedrijven",
         "c": "Artikel 3 Routeleiding",
         "e": "Artikel 5 Onderwijs en organisatie",
         "g": "Artikel 8 Bekostiging"},
        "AOC interne regeling (besluit of one college van bestuur) for a geïntegreerde route, PDF, "
        "Achterhoek, Groen bb -> Medewerker dierverzorging / groene ruimte niveau 2; "
        "verantwoording deferred to a kwaliteitshandboek, pupils leaving the route go "
        "automatically to Entree.",
        title="Interne regeling geintegreerde leerroute Groen AOC Achterhoek")
def build_439():
    return [
        T("Interne regeling geïntegreerde leerroute vmbo-mbo Groen"),
        S("Stichting Groen Onderwijs Achterhoek - Vmbo Groen Achterhoek en Mbo Groen Achterhoek"),
        P("Het college van bestuur van de Stichting Groen Onderwijs Achterhoek, bevoegd gezag "
          "van de school voor voorbereidend beroepsonderwijs Vmbo Groen Achterhoek (locaties "
          "Doetinchem en Groenlo) en van het agrarisch opleidingscentrum Mbo Groen Achterhoek "
          "(locatie Doetinchem);"),
        P("gelet op artikel 2.107b, derde lid, en artikel 2.107l van de Wet voortgezet onderwijs "
          "2020 en artikel 9.1.3, derde lid, en artikel 9.1.17 van de Wet educatie en "
          "beroepsonderwijs;"),
        P("overwegende dat de geïntegreerde leerroute volledig binnen één rechtspersoon wordt "
          "verzorgd en daarom met een interne regeling kan worden volstaan;"),
        P("besluit vast te stellen de volgende regeling."),
        H("Artikel 1 Begrippen"),
        P("In deze regeling wordt verstaan onder: stichting: de Stichting Groen Onderwijs "
          "Achterhoek; vmbo: Vmbo Groen Achterhoek; mbo: Mbo Groen Achterhoek; route: de "
          "geïntegreerde leerroute bedoeld in artikel 2; routeleerling: de leerling of student "
          "die aan de route deelneemt; directeuren: de directeur vmbo en de directeur mbo van de "
          "stichting."),
        H("Artikel 2 De geïntegreerde leerroute Groen"),
        P("2.1 De stichting verzorgt met ingang van 1 augustus 2025 een geïntegreerde leerroute "
          "voor leerlingen van de basisberoepsgerichte leerweg met het profiel Groen."),
        P("2.2 De route leidt, na de keuze van de leerling aan het einde van leerjaar 3, tot het "
          "diploma van de basisberoepsopleiding Medewerker dierverzorging (niveau 2) of "
          "Medewerker groene ruimte (niveau 2), beide in het opleidingsdomein Voedsel, natuur en "
          "leefomgeving. Het vmbo neemt bij routeleerlingen geen eindexamen basisberoepsgerichte "
          "leerweg af."),
        P("2.3 Een leerling wordt alleen tot de route toegelaten in overleg met de leerling en "
          "diens ouders en na een positief advies van de mentor en de routeleiding."),
        P("2.4 De stichting meldt de route bij DUO door registratie in RIO, voor het vmbo en "
          "voor het mbo afzonderlijk."),
        H("Artikel 3 Routeleiding"),
        P("3.1 De leiding over de route berust bij de routeleiding, bestaande uit de "
          "teamleider vmbo Groen van de locatie Doetinchem, de teamleider Dier en de teamleider "
          "Groene ruimte van het mbo."),
        P("3.2 Het college van bestuur benoemt de leden van de routeleiding op voordracht van "
          "de directeuren. Het college wijst één van hen aan als voorzitter."),
        P("3.3 De routeleiding is belast met en bevoegd tot: het vaststellen van het rooster en "
          "de jaarplanning; het opstellen van het PTA/OER van de route per leerjaar ter "
          "vaststelling door de directeuren; de inzet van docenten en instructeurs binnen de "
          "formatie die het college toekent; de toelating van leerlingen; het beheer van het "
          "routebudget. Besluiten over personeel, investeringen en contracten met derden neemt "
          "het college van bestuur."),
        H("Artikel 4 Verantwoording"),
        P("4.1 De routeleiding verstrekt het college van bestuur de inlichtingen die het nodig "
          "heeft en legt verantwoording af over de uitvoering van de route."),
        P("4.2 De wijze waarop en de momenten waarop dat gebeurt, worden nader uitgewerkt in "
          "het kwaliteitshandboek van de stichting."),
        H("Artikel 5 Onderwijs en organisatie"),
        P("5.1 De route wordt in leerjaar 3 gegeven op de vmbo-locatie Doetinchem. Vanaf "
          "leerjaar 4 volgen routeleerlingen twee dagen per week onderwijs op de mbo-locatie "
          "Doetinchem en één dag per week bij een leerbedrijf."),
        P("5.2 Docenten van het vmbo en het mbo vormen één routeteam. Voor de vak- en "
          "sectoroverstijgende programmaonderdelen in leerjaar 3 en 4 wordt gebruikgemaakt van "
          "de teambevoegdheid; voor elk programmaonderdeel is ten minste één bevoegde docent "
          "aan het team verbonden. De vmbo-docenten Nederlands en rekenen verzorgen deze vakken "
          "ook in de mbo-fase van de route."),
        P("5.3 Routeleerlingen maken gebruik van de dierenverblijven, de hoefsmederij-"
          "demonstratieruimte en de kleine-machinewerkplaats van het mbo, en van de schooltuin, "
          "de kas en het praktijklokaal Groen van het vmbo. Het mbo stelt bovendien het "
          "terrein voor groenonderhoud aan de Keppelseweg beschikbaar."),
        P("5.4 Het onderwijsprogramma en de examinering per leerjaar worden beschreven in het "
          "PTA/OER van de route, waarin per onderdeel is aangegeven of het vo-, mbo- of "
          "gecombineerd onderwijs is."),
        H("Artikel 6 Praktijk en leerbedrijven"),
        P("6.1 De stichting werkt voor de route samen met Dierenpension De Slinge (Groenlo), "
          "Kinderboerderij Het Hoge Veld (Doetinchem), Hoveniersbedrijf Wolters-Klein Gunnewiek "
          "(Lichtenvoorde) en de groenafdeling van de gemeente Doetinchem."),
        P("6.2 Deze partners bieden vanaf leerjaar 4 de wekelijkse praktijkdag en de "
          "beroepspraktijkvorming aan, leveren per leerjaar ten minste één praktijkopdracht en "
          "beoordelen als praktijkopleider mee bij de examens in de beroepspraktijk. Zij worden "
          "tweemaal per jaar uitgenodigd voor een praktijkoverleg met de routeleiding, waarin "
          "het programma wordt besproken. SBB begeleidt de erkenning van nieuwe leerbedrijven."),
        H("Artikel 7 Voortijdig verlaten van de route"),
        P("7.1 Een routeleerling die de geïntegreerde route voortijdig verlaat, of van wie de "
          "routeleiding vaststelt dat hij de basisberoepsopleiding niet zal afronden, wordt met "
          "ingang van de eerstvolgende onderwijsperiode ingeschreven in de Entree-opleiding van "
          "Mbo Groen Achterhoek."),
        P("7.2 De mentor informeert de leerling en diens ouders schriftelijk over de "
          "inschrijving en draagt het leerlingdossier over aan de Entree-opleiding."),
        H("Artikel 8 Bekostiging"),
        P("Omdat de route binnen één bevoegd gezag wordt verzorgd, vindt geen overdracht van "
          "bekostiging plaats. De stichting rekent de vo-bekostiging en de mbo-bekostiging in de "
          "eigen begroting aan de route toe; de routeleiding ontvangt daaruit een routebudget."),
        H("Artikel 9 Slotbepalingen"),
        P("9.1 Het college van bestuur evalueert deze regeling eens in de drie jaar."),
        P("9.2 Deze regeling treedt in werking op 1 augustus 2025 en kan worden aangehaald als "
          "Interne regeling geïntegreerde leerroute Groen."),
        P("Aldus vastgesteld door het college van bestuur op 17 juni 2025."),
        SIG(["Stichting Groen Onderwijs Achterhoek", "", "ing. G.H. Ruesink-Te Lintelo",
             "voorzitter college van bestuur"],
            ["", "", "drs. T.A. Bulten", "lid college van bestuur"]),
    ]


# --------------------------------------------------------------------------------------- h440
@sample(440, "h440_transport_drie_partijen_westbrabant", "docx", st("PPPPPPPPPP"),
        {"a": "Artikel 2 Doel en route",
         "b": "Artikel 8 Betrokkenheid van het werkveld",
         "c": "Artikel 3 Regieteam",
         "d": "Artikel 4 Verantwoording en informatie",
         "e": "Hoofdstuk 3 Uitvoering",
         "f": "Artikel 9 Overstapmogelijkheden",
         "g": "Artikel 10 Bekostiging",
         "h": "Artikel 11 Medezeggenschap",
         "i": "Artikel 12 Geschillen",
         "j": "Hoofdstuk 5 Toetreding, wijziging en einde"},
        "Three-party agreement in chapters and articles, DOCX, West-Brabant/Moerdijk, "
        "Mobiliteit en transport kb -> Logistiek teamleider / Vakman goederenvervoer niveau 3; "
        "fully compliant, percentage funding transfer, medezeggenschap settled by an explicit "
        "allocation of advice rights, uittreding of one party.",
        title="Samenwerkingsovereenkomst DLR Transport en Logistiek West-Brabant")
def build_440():
    return [
        T("Samenwerkingsovereenkomst doorlopende leerroute Transport en Logistiek "
          "West-Brabant"),
        S("Vakcollege De Vliet - Havenschool Moerdijk - ROC Brabantse Wal"),
        H("Partijen"),
        UL("Stichting Katholiek Voortgezet Onderwijs De Markiezaten, bevoegd gezag van "
           "Vakcollege De Vliet te Roosendaal, vertegenwoordigd door de heer A.L.M. Verhoeven, "
           "voorzitter van het college van bestuur;",
           "Stichting Openbaar Voortgezet Onderwijs Moerdijk, bevoegd gezag van Havenschool "
           "Moerdijk te Zevenbergen, vertegenwoordigd door mevrouw C. Jansen-Mol, bestuurder;",
           "Stichting ROC Brabantse Wal, bevoegd gezag van het regionaal opleidingencentrum "
           "ROC Brabantse Wal te Bergen op Zoom, vertegenwoordigd door de heer H. Aarts, "
           "voorzitter van het college van bestuur;"),
        P("hierna afzonderlijk 'partij' en gezamenlijk 'partijen'; de eerste twee partijen "
          "samen ook 'de vmbo-scholen'."),
        H("Overwegingen"),
        P("Partijen overwegen dat de logistieke sector in West-Brabant en rond het haven- en "
          "industrieterrein Moerdijk grote behoefte heeft aan goed opgeleide vakmensen, dat de "
          "vmbo-scholen en het ROC sinds 2021 samenwerken in het project Logistiek Leren "
          "Moerdijk, en dat zij die samenwerking willen voortzetten als doorlopende leerroute "
          "vmbo-mbo. Partijen komen daarom het volgende overeen."),
        H("Hoofdstuk 1 Algemeen"),
        H2("Artikel 1 Begrippen"),
        P("Route: de doorlopende leerroute bedoeld in artikel 2. Routeleerling: een leerling "
          "of student die aan de route deelneemt. Regieteam: het team bedoeld in artikel 3. "
          "Bestuurlijk overleg: het overleg van de bestuurders van de drie partijen. PTA/OER: "
          "het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
          "examenregeling van de route."),
        H2("Artikel 2 Doel en route"),
        P("2.1 Partijen bieden samen een doorlopende leerroute vmbo-mbo aan leerlingen van de "
          "kaderberoepsgerichte leerweg met het profiel Mobiliteit en transport van Vakcollege "
          "De Vliet en van Havenschool Moerdijk."),
        P("2.2 De route leidt naar een diploma van een vakopleiding (niveau 3) van het ROC in "
          "het opleidingsdomein Transport, scheepvaart en logistiek: Logistiek teamleider of "
          "Vakman goederenvervoer over de weg. In het laatste routejaar kan de opleiding in de "
          "bol of de bbl worden gevolgd."),
        P("2.3 De route start in leerjaar 3 van het vmbo en duurt vier jaar. Iedere vmbo-school "
          "registreert de route voor de eigen school in RIO; het ROC doet dat voor de mbo-fase."),
        H("Hoofdstuk 2 Aansturing"),
        H2("Artikel 3 Regieteam"),
        P("3.1 De route wordt aangestuurd door een regieteam. Het regieteam bestaat uit de "
          "teamleider Mobiliteit en transport van elk van de vmbo-scholen, de opleidingsmanager "
          "Logistiek van het ROC en een procesregisseur, die het regieteam voorzit."),
        P("3.2 Elke teamleider en de opleidingsmanager worden door het eigen bevoegd gezag "
          "aangewezen. De procesregisseur wordt door het bestuurlijk overleg met algemene "
          "stemmen benoemd voor twee schooljaren en kan door het bestuurlijk overleg worden "
          "herbenoemd of ontslagen."),
        P("3.3 De partijen dragen aan het regieteam over: de jaarplanning en de roostering van "
          "gezamenlijke lesdagen; het opstellen van het PTA/OER, dat de examencommissies en de "
          "bestuurders vaststellen; de inzet van docenten en instructeurs binnen de door iedere "
          "partij beschikbaar gestelde formatie; de toelating tot de route en de besluiten over "
          "overstappen (artikel 9); het beheer van het routebudget. Het regieteam mag geen "
          "personeel aannemen, geen overeenkomsten met derden sluiten en de begroting niet "
          "overschrijden; daarover beslist het bestuurlijk overleg of de betrokken partij."),
        H2("Artikel 4 Verantwoording en informatie"),
        P("4.1 Het regieteam legt jaarlijks vóór 1 juli een jaarplan en vóór 1 december een "
          "jaarverslag over het afgelopen schooljaar voor aan het bestuurlijk overleg. Het "
          "jaarverslag bevat ten minste de in-, door- en uitstroom per vmbo-school, de "
          "examenresultaten, de overstappen en de besteding van het routebudget."),
        P("4.2 Het bestuurlijk overleg vergadert twee keer per jaar met het regieteam; het "
          "regieteam legt daar verantwoording af over de uitvoering van het jaarplan. Tussentijds "
          "informeert de procesregisseur iedere bestuurder op diens verzoek en uit eigen beweging "
          "bij zaken die de route in gevaar brengen."),
        H("Hoofdstuk 3 Uitvoering"),
        H2("Artikel 5 Locaties en programma"),
        P("5.1 In leerjaar 3 en 4 volgen de routeleerlingen hun onderwijs op de eigen vmbo-"
          "school. In leerjaar 4 volgen zij één dag per week les op de logistieke campus van het "
          "ROC in Roosendaal. De mbo-fase vindt plaats op die campus en bij leerbedrijven."),
        P("5.2 Het programma en de examinering per leerjaar worden in het PTA/OER beschreven. "
          "Het vmbo-examen wordt in leerjaar 4 afgerond; mbo-examens en beroepspraktijkvorming "
          "starten in leerjaar 4."),
        H2("Artikel 6 Personeel"),
        P("6.1 De docenten Mobiliteit en transport van de vmbo-scholen en de docenten en "
          "instructeurs logistiek van het ROC vormen samen één docententeam. In leerjaar 4 werkt "
          "het team met teambevoegdheid voor het vakoverstijgende onderdeel Logistiek en "
          "transport; voor ieder programmaonderdeel is ten minste één bevoegde docent "
          "betrokken."),
        P("6.2 Het ROC zet in leerjaar 4 per vmbo-school een instructeur in voor vier uur per "
          "week. De vmbo-scholen zetten ieder een docent Nederlands in voor de mbo-fase, twee uur "
          "per week per groep. Alle medewerkers blijven in dienst van hun eigen werkgever."),
        H2("Artikel 7 Voorzieningen"),
        P("7.1 Het ROC stelt de rijsimulator, het oefenmagazijn met reachtrucks en het "
          "planningslokaal met transportmanagementsoftware ter beschikking aan routeleerlingen "
          "vanaf leerjaar 4."),
        P("7.2 Havenschool Moerdijk stelt haar werkplaats Mobiliteit en transport en het "
          "oefenterrein voor heftruckrijden beschikbaar voor gezamenlijke praktijkdagen; "
          "Vakcollege De Vliet stelt haar praktijklokaal Logistiek beschikbaar."),
        H2("Artikel 8 Betrokkenheid van het werkveld"),
        P("8.1 Partijen werken samen met Transport en Logistiek Nederland, regio Zuid, en met "
          "ten minste vijf erkende leerbedrijven, waaronder Van Gils Transport B.V. "
          "(Roosendaal), Hazeldonk Distributie B.V. (Breda) en Moerdijk Tank Logistics B.V."),
        P("8.2 De leerbedrijven verzorgen gastlessen en meeloopdagen in leerjaar 3, bieden "
          "stages in leerjaar 4 en bpv- en bbl-plaatsen in de mbo-fase, en leveren "
          "praktijkbeoordelaars voor de proeven van bekwaamheid. Een werkveldadviesraad, "
          "bestaande uit vertegenwoordigers van deze bedrijven en van Transport en Logistiek "
          "Nederland, adviseert het regieteam twee keer per jaar over het programma."),
        H2("Artikel 9 Overstapmogelijkheden"),
        P("9.1 Een routeleerling die de route verlaat, krijgt van partijen een passend "
          "alternatief dat leidt tot een diploma. Daarbij geldt:"),
        UL("vertrek in de vo-fase: de leerling zet zijn opleiding voort in de reguliere "
           "kaderberoepsgerichte leerweg van zijn eigen vmbo-school, in Mobiliteit en transport "
           "of een ander profiel, met het vmbo-diploma als doel;",
           "geen vmbo-diploma aan het eind van het derde routejaar: de leerling kan bij het ROC "
           "verder in de gekozen opleiding of in Logistiek medewerker of Chauffeur "
           "goederenvervoer (niveau 2); het ROC stelt daarbij geen vooropleidingseisen en de "
           "vmbo-school biedt de mogelijkheid het vmbo-examen alsnog af te ronden of het "
           "leerjaar over te doen;",
           "een andere richting: een opleiding van vergelijkbaar niveau in een ander domein bij "
           "het ROC of, na een onderzoek naar geschiktheid, bij een andere instelling;",
           "vertrek in de mbo-fase: een andere opleiding op niveau 3 of niveau 2 bij het ROC."),
        P("9.2 Over het alternatief besluiten de teamleider van de vmbo-school van de leerling "
          "en de opleidingsmanager van het ROC samen, na een gesprek met de leerling en zijn "
          "ouders. Zij wegen het bereikte niveau, de leeftijd en de wens van de leerling mee."),
        H("Hoofdstuk 4 Financiën, medezeggenschap en geschillen"),
        H2("Artikel 10 Bekostiging"),
        P("10.1 Iedere vmbo-school draagt met toepassing van artikel 5.42a WVO 2020 per "
          "routeleerling in leerjaar 4 zeven en een half procent (7,5%) van de door haar voor "
          "die leerling ontvangen rijksbijdrage over aan het ROC, op basis van de telling van "
          "1 oktober."),
        P("10.2 Het overgedragen bedrag is bestemd voor de inzet van de instructeurs van het "
          "ROC in leerjaar 4 en voor het gebruik van de rijsimulator en het oefenmagazijn. "
          "Overdracht vindt plaats in januari. Overige kosten draagt iedere partij zelf."),
        H2("Artikel 11 Medezeggenschap"),
        P("11.1 Partijen spreken af dat voor de route geen gezamenlijk medezeggenschapsorgaan "
          "wordt ingesteld. Over de vo-fase van de route brengt de medezeggenschapsraad van "
          "elke vmbo-school advies uit aan het eigen bevoegd gezag; over de mbo-fase brengt de "
          "studentenraad van het ROC advies uit."),
        P("11.2 Voorstellen om de artikelen 5, 9 of 10 te wijzigen worden voordat het "
          "bestuurlijk overleg besluit voorgelegd aan alle drie de raden. Routeleerlingen van "
          "leerjaar 4 mogen als toehoorder met spreekrecht de vergaderingen van de studentenraad "
          "van het ROC bijwonen."),
        H2("Artikel 12 Geschillen"),
        P("12.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
          "in het regieteam en daarna in het bestuurlijk overleg besproken."),
        P("12.2 Is het geschil zes weken na agendering in het bestuurlijk overleg niet "
          "opgelost, dan schakelen de betrokken partijen een onafhankelijke mediator in. Leidt "
          "mediation niet binnen drie maanden tot een oplossing, dan beslist de bevoegde rechter "
          "van de rechtbank Zeeland-West-Brabant, locatie Breda."),
        H("Hoofdstuk 5 Toetreding, wijziging en einde"),
        H2("Artikel 13 Toetreding"),
        P("Een andere school met de kaderberoepsgerichte leerweg Mobiliteit en transport, of "
          "een andere instelling met een opleiding in het domein Transport, scheepvaart en "
          "logistiek, kan toetreden als alle partijen daarmee schriftelijk instemmen en de nieuwe "
          "partij deze overeenkomst ongewijzigd aanvaardt door ondertekening van een "
          "toetredingsverklaring. Toetreding gaat in op 1 augustus; de nieuwe partij meldt de "
          "route bij DUO voor de eigen school. Voor de routeleerlingen van de bestaande partijen "
          "verandert door de toetreding niets."),
        H2("Artikel 14 Wijziging"),
        P("Deze overeenkomst kan alleen worden gewijzigd bij een schriftelijk stuk dat door alle "
          "partijen is ondertekend, na advies als bedoeld in artikel 11.2. Een wijziging geldt "
          "niet ten nadele van routeleerlingen die al aan de route deelnemen."),
        H2("Artikel 15 Duur, opzegging en uittreding"),
        P("15.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        P("15.2 Iedere partij kan de overeenkomst voor zichzelf schriftelijk opzeggen tegen 1 "
          "augustus van enig jaar, met een opzegtermijn van ten minste een jaar. Bij opzegging "
          "door één vmbo-school blijft de overeenkomst tussen de overige partijen van kracht; "
          "zegt het ROC op, dan eindigt de overeenkomst voor alle partijen."),
        P("15.3 Partijen kunnen de overeenkomst met een partij die haar verplichtingen ernstig "
          "en na schriftelijke aanmaning niet nakomt, ontbinden met ingang van het einde van het "
          "schooljaar."),
        P("15.4 Na opzegging of ontbinding nemen de betrokken partijen geen nieuwe leerlingen "
          "meer op in de route. Routeleerlingen die al begonnen zijn, maken de route af bij de "
          "partijen waar zij begonnen; de verplichtingen uit de artikelen 5 tot en met 10 blijven "
          "voor hen gelden. Lukt afronding niet, dan geldt artikel 9."),
        P("Aldus ondertekend in drievoud te Roosendaal op 25 juni 2025."),
        SIG(["Stichting Katholiek Voortgezet Onderwijs De Markiezaten", "A.L.M. Verhoeven",
             "voorzitter college van bestuur"],
            ["Stichting Openbaar Voortgezet Onderwijs Moerdijk", "C. Jansen-Mol", "bestuurder"],
            ["Stichting ROC Brabantse Wal", "H. Aarts", "voorzitter college van bestuur"]),
    ]


# ============================================================================================
# Driver
# ============================================================================================
def out_path(num):
    s = SAMPLES[num]
    return os.path.join(HERE, "%s.%s" % (s["name"], s["ext"]))


def expected(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "heldout", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(num):
    s = SAMPLES[num]
    path = out_path(num)
    content = s["build"]()
    if s["ext"] == "pdf":
        render_pdf(path, content, s["title"])
    elif s["ext"] == "docx":
        render_docx(path, content, s["title"])
    else:
        render_text(path, content)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(expected(num), indent=2, ensure_ascii=False) + "\n")
    print("built", os.path.basename(path))


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = out_path(num)
        problems = []
        if not os.path.exists(path):
            print("MISSING", path)
            ok = False
            continue
        size = os.path.getsize(path)
        if size >= 200 * 1024:
            problems.append("too large: %d" % size)
        try:
            text, pages = extract_text(path)
        except Exception as e:  # noqa: BLE001
            problems.append("cannot open: %r" % e)
            text, pages = "", None
        nt = norm(text)
        for k, v in s["evidence"].items():
            if s["statuses"][k] != "present":
                problems.append("evidence for non-present item %s" % k)
            if norm(v) not in nt:
                problems.append("evidence %s not found: %r" % (k, v))
        for k, v in s["statuses"].items():
            if v not in ("present", "weak", "missing", "not_applicable"):
                problems.append("bad status %s=%s" % (k, v))
        if sorted(s["statuses"]) != list(LETTERS):
            problems.append("status keys incomplete")
        ej = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(ej, encoding="utf-8") as f:
                if json.load(f) != expected(num):
                    problems.append("expected.json differs from table")
        except Exception as e:  # noqa: BLE001
            problems.append("expected.json unreadable: %r" % e)
        words = len(nt.split())
        status = "OK " if not problems else "BAD"
        print("%s %s.%s  %d bytes, %s pages, %d words" % (status, s["name"], s["ext"], size,
                                                           pages if pages else "-", words))
        for p in problems:
            print("    ", p)
        ok = ok and not problems
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample number %s" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
