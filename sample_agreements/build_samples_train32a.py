#!/usr/bin/env python3
"""Build training sample agreements 493-500 for leerroute-check.

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at the checker code, its models or tests, or at
the texts or build scripts of the other samples. All schools, instellingen, companies and people
are made up.

Usage:
    python3 build_samples_train32a.py            build all samples
    python3 build_samples_train32a.py 493 497    build only these
    python3 build_samples_train32a.py --check    verify the produced files
"""

import io
import json
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = (2025, 6, 30, 9, 0, 0)
SAMPLES = {}


def sample(num, slug, fmt, description, statuses, evidence):
    """Register a builder function for sample NUM."""
    def deco(fn):
        SAMPLES[num] = dict(num=num, name="%d_%s" % (num, slug), fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def st(spec):
    """'pppwpppppp' -> statuses dict a..j (p present, w weak, m missing, n not_applicable)."""
    words = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    return {k: words[c] for k, c in zip("abcdefghij", spec)}


# --------------------------------------------------------------------------------------------
# PDF helpers (reportlab, invariant)
# --------------------------------------------------------------------------------------------

def pdf_styles():
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    ss = getSampleStyleSheet()
    s = {
        "title": ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=15,
                                leading=19, spaceAfter=6),
        "sub": ParagraphStyle("s", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5,
                              leading=14, alignment=1, spaceAfter=10),
        "h": ParagraphStyle("h", parent=ss["Normal"], fontName="Helvetica-Bold", fontSize=11,
                            leading=14, spaceBefore=10, spaceAfter=4),
        "p": ParagraphStyle("p", parent=ss["Normal"], fontName="Helvetica", fontSize=9.8,
                            leading=13.2, spaceAfter=5),
        "li": ParagraphStyle("li", parent=ss["Normal"], fontName="Helvetica", fontSize=9.8,
                             leading=13.2, leftIndent=18, firstLineIndent=-12, spaceAfter=3),
        "cell": ParagraphStyle("c", parent=ss["Normal"], fontName="Helvetica", fontSize=9,
                               leading=11.6),
        "cellb": ParagraphStyle("cb", parent=ss["Normal"], fontName="Helvetica-Bold", fontSize=9,
                                leading=11.6),
        "small": ParagraphStyle("sm", parent=ss["Normal"], fontName="Helvetica", fontSize=8,
                                leading=10),
    }
    return s


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_pdf_story(path, story, title, author, footer=None, margins=(2.2, 2.2, 2.0, 2.0)):
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.units import cm

    def on_page(canv, doc):
        if footer:
            canv.saveState()
            canv.setFont("Helvetica", 7.5)
            canv.drawString(doc.leftMargin, 1.1 * cm, footer)
            canv.drawRightString(doc.pagesize[0] - doc.rightMargin, 1.1 * cm,
                                 "pagina %d" % canv.getPageNumber())
            canv.restoreState()

    from reportlab.lib.pagesizes import A4
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=margins[0] * cm,
                            rightMargin=margins[1] * cm, topMargin=margins[2] * cm,
                            bottomMargin=margins[3] * cm, title=title, author=author,
                            subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                            creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# --------------------------------------------------------------------------------------------
# DOCX helpers (python-docx, deterministic zip)
# --------------------------------------------------------------------------------------------

def new_docx(title, author):
    import datetime
    from docx import Document
    from docx.shared import Pt
    d = Document()
    cp = d.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.comments = ""
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    return d


def save_docx(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ============================================================================================
# 493 - two-column form (vraag | antwoord), Den Haag, ICT
# ============================================================================================

F493 = [
    ("1. Wie zijn de partijen?",
     "Stichting Openbaar Voortgezet Onderwijs Haaglanden Zuid, gevestigd te Den Haag, bevoegd gezag "
     "van het Spuiwijk College (vmbo, vestiging Moerwijk), vertegenwoordigd door mr. drs. H.A. Verbeek, "
     "voorzitter van het college van bestuur, hierna: het Spuiwijk College.<br/><br/>"
     "Stichting Regionaal Opleidingencentrum Hofstad, gevestigd te Den Haag, vertegenwoordigd door "
     "ir. S. Boukhari, voorzitter van het college van bestuur, die het onderwijs laat verzorgen door "
     "haar Hofstad ICT College aan de Binckhorstlaan, hierna: Hofstad."),
    ("2. Welke route bieden partijen samen aan?",
     "Leerlingen van het Spuiwijk College met het beroepsgerichte profiel Media, vormgeving en ICT in "
     "de kaderberoepsgerichte of de gemengde leerweg stromen zonder knip door naar de mbo-opleiding "
     "Software developer, niveau 4 (middenkaderopleiding, BOL), in het opleidingsdomein ICT en "
     "creatieve industrie. De route omvat leerjaar 3 en 4 van het vmbo en de drie studiejaren van de "
     "mbo-opleiding (in dit formulier: leerjaar 5 tot en met 7). Werknaam van de route: "
     "'Haagse Codestroom'."),
    ("3. Hoe doen bedrijven uit de stad mee?",
     "Zie het antwoord bij vraag 14; dat antwoord geldt hier onverkort."),
    ("4. Wie stuurt de route aan?",
     "Een kernteam van drie personen: de teamleider van de afdeling Media, vormgeving en ICT van het "
     "Spuiwijk College, de opleidingsmanager Software development van Hofstad en een "
     "routecoördinator. De teamleider en de opleidingsmanager hebben zitting omdat zij die functie "
     "bekleden. De routecoördinator wordt door de rector van het Spuiwijk College en de directeur van "
     "Hofstad ICT College samen aangesteld, telkens voor twee schooljaren, en kan door hen samen "
     "opnieuw worden aangesteld.<br/><br/>"
     "Het kernteam stelt het gezamenlijke rooster en de jaarplanning vast, verdeelt het werk over het "
     "routeteam van leraren en docenten, beslist over de plaatsing in de route aan het eind van "
     "leerjaar 2, regelt de bpv en bewaakt het routebudget. Binnen het vastgestelde budget mag het "
     "kernteam zelf verplichtingen aangaan tot € 10.000 per geval. Al het andere, en ieder besluit "
     "over het stoppen met de route of het veranderen van deze afspraken, blijft bij de colleges van "
     "bestuur."),
    ("5. Hoe horen de besturen wat er gebeurt?",
     "In januari en in juni stuurt het kernteam aan beide colleges van bestuur een voortgangsnotitie "
     "met de instroom, de tussentijdse uitstroom, de resultaten van schoolexamens en mbo-examens, de "
     "bpv-plaatsen en de stand van het routebudget. Met de junionotitie legt het kernteam rekenschap "
     "af over het afgelopen schooljaar; de colleges bespreken die notitie met het kernteam in hun "
     "bestuurlijk overleg in juli en stellen dan het jaarplan voor het volgende schooljaar vast. Een "
     "incident dat de route raakt, zoals een onregelmatigheid bij een examen, meldt het kernteam "
     "binnen vijf werkdagen aan beide besturen."),
    ("6. Waar wordt lesgegeven, door wie en met welke voorzieningen?",
     "Leerjaar 3 en 4 vinden plaats op het Spuiwijk College, met één vaste dag per week op Hofstad ICT "
     "College. Vanaf leerjaar 5 is de route op Hofstad ICT College.<br/><br/>"
     "Het onderwijs wordt verzorgd door één routeteam van vier leraren van het Spuiwijk College en "
     "drie docenten van Hofstad; iedereen blijft in dienst van de eigen werkgever. Voor de "
     "vakoverstijgende onderdelen 'Programmeren en webtechniek' en 'Projectweek Stad' werkt het team "
     "met teambevoegdheid; voor elk onderdeel is ten minste één bevoegde leraar of docent betrokken. "
     "Hofstad-docenten verzorgen in leerjaar 4 zes uur per week de mbo-onderdelen op het Spuiwijk "
     "College.<br/><br/>"
     "Het Spuiwijk College stelt zijn mediapraktijklokaal en de makerspace open voor routelessen. "
     "Hofstad laat routeleerlingen vanaf leerjaar 3 gebruikmaken van het serverlab, de laptoppool en "
     "de mediatheek.<br/><br/>"
     "Programma en examinering per leerjaar (schoolexamens vmbo en mbo-examens) staan in het "
     "gezamenlijke PTA/OER 'Haagse Codestroom', dat het kernteam elk jaar vóór 1 oktober laat "
     "vaststellen door beide besturen."),
    ("7. Wat als een leerling de route verlaat?",
     "Stopt een leerling in leerjaar 3 of 4, dan gaat hij verder in de gewone kaderberoepsgerichte of "
     "gemengde leerweg van het Spuiwijk College, in hetzelfde of een ander profiel, en haalt hij daar "
     "zijn vmbo-diploma.<br/><br/>"
     "Wie met een vmbo-diploma in de mbo-fase stopt met Software developer, kan bij Hofstad instromen "
     "in een andere opleiding op niveau 3 of 4, bijvoorbeeld Allround medewerker IT systems and "
     "devices, zonder nieuwe intake.<br/><br/>"
     "Heeft een leerling aan het eind van leerjaar 5 (het derde jaar van de route) zijn vmbo-diploma "
     "niet, dan kan hij de ontbrekende onderdelen herkansen of met wat hij heeft behaald doorgaan in "
     "een mbo-opleiding van Hofstad op een passend niveau; vooropleidingseisen staan daaraan niet in "
     "de weg. Wil de leerling naar een andere school of instelling, dan helpen beide partijen met de "
     "aanmelding en zorgen zij voor een warme overdracht.<br/><br/>"
     "Welke weg het wordt, kiezen de mentor van het Spuiwijk College en de loopbaanbegeleider van "
     "Hofstad samen, na een gesprek met de leerling en zijn ouders, op basis van wat de leerling al "
     "heeft behaald en zijn leeftijd. Uitgangspunt is steeds dat de leerling een diploma haalt."),
    ("8. Gaat er geld tussen partijen over en weer?",
     "Ja, in één richting. Het Spuiwijk College draagt per routeleerling in leerjaar 4 € 850 van zijn "
     "rijksbekostiging over aan Hofstad. Dat bedrag is voor de zes lesuren per week die "
     "Hofstad-docenten in leerjaar 4 op het Spuiwijk College geven en voor het gebruik van het "
     "serverlab en de laptoppool. Telling op 1 oktober; Hofstad factureert in november. Hofstad draagt "
     "geen bekostiging over aan het Spuiwijk College."),
    ("9. Hoe zijn leerlingen, ouders en personeel vertegenwoordigd?",
     "Naast de wettelijke regels (WMS op het Spuiwijk College, WEB en WOR bij Hofstad) spreken partijen "
     "af: de medezeggenschapsraad van het Spuiwijk College en de studentenraad van Hofstad ICT College "
     "houden elk voorjaar één gezamenlijke vergadering over de route, waarvoor het kernteam een "
     "evaluatie aanlevert. Twee leerlingen uit leerjaar 4, gekozen door de routeleerlingen, mogen als "
     "toehoorder met spreekrecht de vergaderingen van de studentenraad van Hofstad ICT College "
     "bijwonen."),
    ("10. Wat als partijen het niet eens worden over de uitvoering?",
     "Stap 1: het kernteam zoekt een oplossing.<br/>"
     "Stap 2: lukt dat niet binnen vier weken, dan gaat de kwestie naar de rector van het Spuiwijk "
     "College en de directeur van Hofstad ICT College.<br/>"
     "Stap 3: komen die er binnen vier weken niet uit, dan praten de voorzitters van beide colleges "
     "van bestuur.<br/>"
     "Stap 4: lukt ook dat niet binnen zes weken, dan schakelen partijen een mediator in die zij samen "
     "kiezen. Blijft het verschil bestaan, dan beslist de rechtbank Den Haag."),
    ("11. Kan later een andere school of instelling meedoen?",
     "Ja. Een andere vmbo-school of mbo-instelling uit Haaglanden kan partij worden als (a) zij de "
     "route in hetzelfde profiel of dezelfde opleiding aanbiedt of gaat aanbieden, (b) beide huidige "
     "besturen schriftelijk instemmen en (c) zij een toetredingsverklaring tekent waarin zij deze "
     "afspraken aanvaardt. Toetreding gaat in op 1 augustus; de nieuwe partij meldt de route samen met "
     "de bestaande partijen bij DUO. Voor leerlingen die al in de route zitten verandert er door een "
     "toetreding niets aan programma en examinering."),
    ("12. Hoe kunnen deze afspraken worden veranderd of beëindigd?",
     "Veranderen kan alleen schriftelijk, met de handtekening van beide besturen, na advies van het "
     "kernteam. Een programmawijziging geldt pas voor leerlingen die daarna in de route instromen."
     "<br/><br/>"
     "Opzeggen kan schriftelijk, per 1 augustus, met een termijn van ten minste twaalf maanden. Bij "
     "een ernstige tekortkoming die na schriftelijke aanmaning niet binnen drie maanden is hersteld, "
     "kan de andere partij de overeenkomst ontbinden, ook dan met ingang van een 1 augustus.<br/><br/>"
     "Na opzegging of ontbinding stopt de instroom, maar alle leerlingen die dan al in de route zitten "
     "maken haar af zoals afgesproken; partijen houden daarvoor de nodige docenten en voorzieningen "
     "beschikbaar."),
    ("13. Vanaf wanneer en hoe lang?",
     "Vanaf 1 augustus 2025, voor onbepaalde tijd. Partijen melden de route vóór 1 oktober 2025 "
     "gezamenlijk bij DUO (RIO)."),
    ("14. Overige afspraken",
     "Aanvulling op vraag 3 - zo doet het Haagse ICT-bedrijfsleven mee. De ongeveer twintig bedrijven "
     "in het netwerk Binckhaven Digitaal, waaronder Codewerf Den Haag BV, Hofstad Hosting BV en de "
     "afdeling Informatievoorziening van de gemeente Den Haag:<br/>"
     "(a) leveren elk schooljaar ten minste vier echte opdrachten voor de projectweken;<br/>"
     "(b) bieden vanaf leerjaar 5 als erkend leerbedrijf bpv-plaatsen aan;<br/>"
     "(c) verzorgen in leerjaar 3 en 4 in elke periode een gastles of bedrijfsbezoek;<br/>"
     "(d) vaardigen drie praktijkmensen af naar een adviesraad die twee keer per jaar met het "
     "kernteam het programma doorloopt en die meebeoordeelt bij de proeven van bekwaamheid.<br/>"
     "Het kernteam legt de afspraken met de bedrijven elk jaar vast in een bedrijvenplan."),
]


@sample(493, "invulformulier_twee_kolommen_haagse_ict", "pdf",
        "PDF invulformulier in twee kolommen (vraag | antwoord), gewone taal; Den Haag, MVI kb/gl -> "
        "Software developer niveau 4; bedrijfsleven alleen via verwijzing naar een latere cel (vraag 14); "
        "volledig in orde",
        st("pppppppppp"),
        {"a": "2. Welke route bieden partijen samen aan?",
         "b": "Aanvulling op vraag 3",
         "c": "4. Wie stuurt de route aan?",
         "d": "5. Hoe horen de besturen wat er gebeurt?",
         "e": "6. Waar wordt lesgegeven, door wie en met welke voorzieningen?",
         "f": "7. Wat als een leerling de route verlaat?",
         "g": "8. Gaat er geld tussen partijen over en weer?",
         "h": "9. Hoe zijn leerlingen, ouders en personeel vertegenwoordigd?",
         "i": "10. Wat als partijen het niet eens worden over de uitvoering?",
         "j": "12. Hoe kunnen deze afspraken worden veranderd of beëindigd?"})
def build_493(path):
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    s = pdf_styles()
    story = [
        Paragraph("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo", s["title"]),
        Paragraph("Invulformulier 'Haagse Codestroom' - Spuiwijk College en Hofstad ICT College", s["sub"]),
        Paragraph(
            "Partijen hebben dit formulier samen ingevuld. Vragen en antwoorden vormen samen de afspraken "
            "tussen partijen; de antwoorden binden partijen zoals de artikelen van een gewone overeenkomst. "
            "Verwijst een antwoord naar een andere vraag, dan geldt het antwoord bij die andere vraag. Met "
            "de handtekeningen onder dit formulier gaan beide besturen de afspraken aan.", s["p"]),
        Spacer(1, 6),
    ]
    rows = [[Paragraph("Vraag", s["cellb"]), Paragraph("Antwoord van partijen", s["cellb"])]]
    for q, a in F493:
        rows.append([Paragraph(esc(q), s["cellb"]), Paragraph(a.replace("&", "&amp;"), s["cell"])])
    t = Table(rows, colWidths=[4.6 * cm, 12.0 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.88, 0.93)),
        ("BACKGROUND", (0, 1), (0, -1), colors.Color(0.95, 0.95, 0.95)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story.append(t)
    story.append(Spacer(1, 14))
    story.append(Paragraph("Ondertekening", s["h"]))
    sig = Table([
        [Paragraph("Namens Stichting Openbaar Voortgezet Onderwijs Haaglanden Zuid", s["cell"]),
         Paragraph("Namens Stichting Regionaal Opleidingencentrum Hofstad", s["cell"])],
        [Paragraph("mr. drs. H.A. Verbeek, voorzitter college van bestuur<br/>Den Haag, 3 juli 2025",
                   s["cell"]),
         Paragraph("ir. S. Boukhari, voorzitter college van bestuur<br/>Den Haag, 3 juli 2025", s["cell"])],
        [Paragraph("handtekening: <i>(getekend)</i>", s["cell"]),
         Paragraph("handtekening: <i>(getekend)</i>", s["cell"])],
    ], colWidths=[8.3 * cm, 8.3 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story.append(sig)
    build_pdf_story(path, story, "Invulformulier samenwerkingsovereenkomst Haagse Codestroom",
                    "Spuiwijk College / Hofstad ICT College",
                    footer="Samenwerkingsovereenkomst DLR 'Haagse Codestroom' - versie 1.0 (definitief)")


# ============================================================================================
# 494 - scan-like PDF (odd line breaks, hyphenation), Westerkwartier, agrarisch loonwerk
# ============================================================================================

VOWELS = set("aeiouyAEIOUYéëïöü")


ONSETS = {"bl", "br", "ch", "dr", "fl", "fr", "gl", "gr", "kl", "kn", "kr", "kw", "pl", "pr", "sch",
          "sl", "sm", "sn", "sp", "st", "tr", "vl", "vr", "wr", "zw"}


def is_vowel(word, i):
    ch = word[i]
    if ch in VOWELS:
        return True
    return ch in "jJ" and i > 0 and word[i - 1] in "iI"


def hyphen_split(word, room):
    """Rough Dutch syllable split so that the first part plus '-' fits in ROOM chars."""
    if not word.isalpha():
        return None
    cands = []
    i, n = 0, len(word)
    while i < n:
        if is_vowel(word, i):
            j = i
            while j < n and is_vowel(word, j):
                j += 1
            k = j
            while k < n and not is_vowel(word, k):
                k += 1
            if k < n and k > j:          # consonant run word[j:k] between two vowel groups
                run = word[j:k].lower()
                if len(run) == 1:
                    cut = j
                elif len(run) >= 3 and run[-3:] in ONSETS:
                    cut = k - 3
                elif len(run) >= 3 and run[-2:] in ONSETS:
                    cut = k - 2
                else:
                    cut = k - 1
                cands.append(cut)
            i = k if k > j else j
        else:
            i += 1
    cands = [c for c in cands if 2 <= c <= n - 3 and c + 1 <= room]
    if not cands:
        return None
    c = max(cands)
    return word[:c] + "-", word[c:]


def scan_wrap(text, width):
    words = text.split()
    lines, cur = [], ""
    while words:
        w = words.pop(0)
        cand = (cur + " " + w) if cur else w
        if len(cand) <= width:
            cur = cand
            continue
        room = width - len(cur) - (1 if cur else 0)
        sp = hyphen_split(w, room) if len(w) >= 8 and room >= 5 else None
        if sp:
            lines.append((cur + " " + sp[0]) if cur else sp[0])
            words.insert(0, sp[1])
            cur = ""
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def build_scan_pdf(path, blocks, header, title, author):
    """Typewriter-like page with ragged, hyphenated lines, drawn line by line as an OCR layer."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("")
    c.setProducer("")
    W, H = A4
    widths = [66, 61, 70, 63, 68, 59]
    lines = []
    n = 0
    for kind, text in blocks:
        if kind == "h":
            lines.append(("h", text))
        elif kind == "blank":
            lines.append(("p", ""))
        else:
            n += 1
            for ln in scan_wrap(text, widths[n % len(widths)]):
                lines.append(("p", ln))
            lines.append(("p", ""))
    page = 0
    y = 0
    i = 0

    def start_page():
        c.setFont("Times-Roman", 8)
        c.drawString(72, H - 40, header)
        c.drawRightString(W - 60, H - 40, "- %d -" % (page,))
        c.setFillGray(0.55)
        c.setFont("Times-Roman", 7)
        c.drawString(72, 38, "paraaf school: ____      paraaf AOC: ____")
        c.setFillGray(0)

    page = 1
    start_page()
    y = H - 78
    for idx, (kind, text) in enumerate(lines):
        if y < 70:
            c.showPage()
            page += 1
            start_page()
            y = H - 78
        jitter = ((idx * 37) % 7) * 0.6
        if kind == "h":
            c.setFont("Times-Bold", 11)
            c.drawString(74 + jitter, y, text)
            y -= 16
        else:
            if text:
                c.setFont("Times-Roman", 10.6)
                c.drawString(72 + jitter, y, text)
            y -= 13.4
    c.showPage()
    c.save()


B494 = [
    ("p", "ONTVANGEN 14 JUL 2025 - bestuursbureau CVO Westerkwartier"),
    ("h", "SAMENWERKINGSOVEREENKOMST"),
    ("h", "doorlopende leerroute vmbo-mbo Groen - agrarisch loonwerk"),
    ("blank", ""),
    ("p", "De ondergetekenden:"),
    ("p", "1. Stichting Christelijk Voortgezet Onderwijs Westerkwartier, statutair gevestigd te "
          "Zuidhorn, bevoegd gezag van de Leekster Vakschool (vmbo), te dezen rechtsgeldig "
          "vertegenwoordigd door de heer J.H. Bosscher, bestuurder, hierna te noemen: de Vakschool;"),
    ("p", "2. Stichting Agrarisch Opleidingscentrum Noorderland, statutair gevestigd te Groningen, "
          "instelling voor beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door mevrouw ir. "
          "A.G. Tammeling, voorzitter van het college van bestuur, hierna te noemen: het AOC;"),
    ("p", "in aanmerking nemende dat de loonbedrijven in het Westerkwartier al jaren een tekort aan "
          "vakmensen ervaren, dat partijen sinds 2019 samenwerken in het project Trekker en Toekomst "
          "en dat zij die samenwerking willen voortzetten als doorlopende leerroute vmbo-mbo in de zin "
          "van de wet, komen overeen als volgt:"),
    ("h", "Artikel 1 - De route"),
    ("p", "1. Partijen verzorgen samen een doorlopende leerroute voor leerlingen van de Vakschool "
          "die in de basisberoepsgerichte leerweg het profiel Groen volgen. De route sluit aan op de "
          "mbo-opleiding Medewerker loonwerk en mechanisatie, niveau 2 (basisberoepsopleiding, BOL), "
          "in het opleidingsdomein Voedsel, groen en gastvrijheid, die het AOC verzorgt op zijn locatie "
          "aan de Oostindie in Leek."),
    ("p", "2. De route duurt vier leerjaren: leerjaar 3 en 4 van de Vakschool en twee studiejaren "
          "mbo. Leerlingen worden aan het eind van leerjaar 2 tot de route toegelaten na een "
          "kennismakingsdag op het AOC en een gesprek met leerling en ouders."),
    ("h", "Artikel 2 - Het routeteam"),
    ("p", "1. De dagelijkse gang van zaken in de route ligt bij een routeteam. Het routeteam telt "
          "drie leden: een afdelingsleider van de Vakschool, een teamleider van de afdeling Groene "
          "Techniek van het AOC en de praktijkcoördinator loonwerk."),
    ("p", "2. Het routeteam is belast met: a. het opstellen van het jaarrooster en de verdeling van de "
          "lesuren over de leerjaren; b. de inzet van docenten en instructeurs van beide partijen "
          "binnen de formatie die de besturen daarvoor beschikbaar stellen; c. de plaatsing van "
          "leerlingen bij leerbedrijven en het toezicht op de veiligheid bij het werken met machines; "
          "d. de examenplanning, in afstemming met de examencommissie van het AOC en de "
          "examensecretaris van de Vakschool; e. de toelatingsgesprekken in leerjaar 2."),
    ("p", "3. Het routeteam besluit over de dagelijkse uitvoering van de route. Besluiten over de "
          "begroting, over het aantal plaatsen in de route en over verplichtingen boven de 5.000 "
          "euro zijn voorbehouden aan de besturen van partijen."),
    ("p", "4. Het routeteam vergadert ten minste eens per zes weken. Het voorzitterschap wisselt per "
          "schooljaar tussen de leden."),
    ("h", "Artikel 3 - Verslag aan de besturen"),
    ("p", "1. Het routeteam brengt tweemaal per jaar, in februari en in september, schriftelijk "
          "verslag uit aan het bestuur van de Vakschool en het college van bestuur van het AOC over "
          "de aantallen leerlingen, het verzuim, de resultaten, de veiligheidsincidenten en de "
          "bestedingen."),
    ("p", "2. Het septemberverslag is tevens het jaarverslag over het afgelopen schooljaar. Het "
          "routeteam licht het toe in het bestuurlijk overleg van partijen in oktober en legt daar "
          "verantwoording af over de uitvoering van de route."),
    ("h", "Artikel 4 - Loonbedrijven in de route"),
    ("p", "1. Partijen werken samen met de Vereniging Loonbedrijven Groningen-West en de daarbij "
          "aangesloten bedrijven, waaronder Loonbedrijf Mulder Grootegast BV en Mechanisatiebedrijf "
          "Wierenga te Oldehove."),
    ("p", "2. Deze bedrijven stellen vanaf leerjaar 4 stageplaatsen beschikbaar en begeleiden de "
          "leerlingen daar via een eigen praktijkopleider; zij stellen in het seizoen (maart tot en "
          "met oktober) machines en werkterrein beschikbaar voor praktijkdagen; zij beoordelen mee bij "
          "de praktijkexamens; en zij adviseren eenmaal per jaar in de klankbordgroep loonwerk over "
          "de inhoud van het programma en over nieuwe technieken zoals GPS-besturing en "
          "precisiebemesting."),
    ("h", "Artikel 5 - Onderwijs, docenten en voorzieningen"),
    ("p", "1. In leerjaar 3 volgen de leerlingen het onderwijs op de Vakschool, met elke dinsdag "
          "praktijk op het terrein van het AOC in Leek. In leerjaar 4 zijn zij twee dagen per week op "
          "het AOC. Vanaf leerjaar 5 volgen zij het mbo-onderwijs op het AOC, afgewisseld met "
          "beroepspraktijkvorming bij een loonbedrijf."),
    ("p", "2. De lessen worden gegeven door een gemengd team van docenten van de Vakschool en "
          "instructeurs van het AOC. Iedere partij blijft werkgever van haar eigen personeel. "
          "Instructeurs van het AOC die op de Vakschool lesgeven, doen dat onder de verantwoordelijkheid "
          "van de afdelingsleider van de Vakschool. De lessen trekkerrijbewijs en veilig werken met "
          "werktuigen worden uitsluitend door instructeurs van het AOC gegeven."),
    ("p", "3. Het AOC stelt zijn werkplaats mechanisatie, het oefenterrein en de trekkers en "
          "werktuigen ter beschikking. De Vakschool stelt haar praktijklokaal groen en de kas open "
          "voor groepen van het AOC op woensdagmiddag."),
    ("p", "4. Het onderwijsprogramma en de examinering per leerjaar, met de verdeling tussen vmbo-, "
          "mbo- en gecombineerde onderdelen, staan in een gezamenlijk PTA/OER dat partijen jaarlijks "
          "voor 1 oktober vaststellen."),
    ("h", "Artikel 6 - Als een leerling de route verlaat"),
    ("p", "1. Een leerling die in leerjaar 3 of 4 uit de route stapt, vervolgt zijn opleiding in de "
          "basisberoepsgerichte leerweg van de Vakschool, in het profiel Groen of een ander profiel, en "
          "kan daar het vmbo-diploma behalen."),
    ("p", "2. Een leerling met vmbo-diploma die in het mbo-deel stopt, kan bij het AOC overstappen "
          "naar een andere opleiding op niveau 2, zoals Medewerker dierverzorging of Medewerker "
          "hovenier, zonder aanvullende toelatingseisen."),
    ("p", "3. Een leerling die aan het eind van het derde routejaar geen vmbo-diploma heeft, kan bij "
          "het AOC verder in een opleiding op niveau 2; de vooropleidingseisen gelden dan niet."),
    ("p", "4. Wat voor de leerling het meest passend is, beoordelen de mentor van de Vakschool en de "
          "studieloopbaanbegeleider van het AOC gezamenlijk, met de leerling en zijn ouders, op grond "
          "van het bereikte onderwijsniveau en de leeftijd van de leerling."),
    ("h", "Artikel 7 - Geldzaken"),
    ("p", "Partijen dragen geen bekostiging aan elkaar over. Iedere partij draagt de kosten van haar "
          "eigen personeel en voorzieningen. Het gebruik van werkplaats, terrein en machines van het "
          "AOC door leerlingen van de Vakschool is kosteloos."),
    ("h", "Artikel 8 - Stem van leerlingen"),
    ("p", "De leerlingen in de route kiezen jaarlijks uit hun midden een vertegenwoordiger, die als "
          "vast lid deelneemt aan de studentenraad van de AOC-locatie Leek, ook zolang die leerling "
          "nog bij de Vakschool staat ingeschreven. Over een voorgenomen wijziging van deze "
          "overeenkomst vragen beide besturen vooraf advies aan de medezeggenschapsraad van de "
          "Vakschool en de studentenraad van het AOC."),
    ("h", "Artikel 9 - Geschillen"),
    ("p", "1. Een verschil van mening over de uitvoering van deze overeenkomst wordt eerst in het "
          "routeteam besproken. Lukt het daar niet, dan bespreken de besturen het in een bijzonder "
          "bestuurlijk overleg binnen vier weken."),
    ("p", "2. Leidt ook dat niet tot een oplossing, dan leggen partijen het geschil voor aan een "
          "commissie van drie personen: iedere partij wijst er een aan en die twee kiezen samen de "
          "voorzitter. De commissie brengt binnen acht weken een bindend advies uit."),
    ("h", "Artikel 10 - Duur, toetreding, wijziging en opzegging"),
    ("p", "1. Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
    ("p", "2. Een andere vmbo-school met het profiel Groen kan tot deze overeenkomst toetreden als "
          "beide partijen daar schriftelijk mee instemmen en de toetredende school de overeenkomst in "
          "haar geheel aanvaardt. Toetreding gaat in bij het begin van een schooljaar."),
    ("p", "3. Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend."),
    ("p", "4. Iedere partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een "
          "schooljaar, met inachtneming van een opzegtermijn van een jaar. Leerlingen die op het "
          "moment van opzegging in de route zitten, kunnen de route bij partijen afmaken; vanaf de "
          "opzegging worden geen nieuwe leerlingen meer toegelaten."),
    ("h", "Artikel 11 - Slot"),
    ("p", "Partijen melden de route gezamenlijk bij DUO. Op deze overeenkomst is Nederlands recht "
          "van toepassing."),
    ("p", "Aldus overeengekomen en in tweevoud getekend te Leek op 10 juli 2025."),
    ("p", "Stichting Christelijk Voortgezet Onderwijs Westerkwartier - J.H. Bosscher, bestuurder"),
    ("p", "Stichting Agrarisch Opleidingscentrum Noorderland - ir. A.G. Tammeling, voorzitter college "
          "van bestuur"),
]


@sample(494, "scan_afgebroken_regels_westerkwartier_loonwerk", "pdf",
        "Scan-achtige PDF (OCR-laag met rafelige regels en afbrekingen), formele artikelen; Westerkwartier, "
        "Groen bb -> Medewerker loonwerk en mechanisatie niveau 2 (AOC); defect: routeteam zonder "
        "benoemingswijze (c weak)",
        st("ppwppppppp"),
        {"a": "Artikel 1 - De route",
         "b": "Artikel 4 - Loonbedrijven in de route",
         "d": "Artikel 3 - Verslag aan de besturen",
         "e": "Artikel 5 - Onderwijs, docenten en voorzieningen",
         "f": "Artikel 6 - Als een leerling de route verlaat",
         "g": "Artikel 7 - Geldzaken",
         "h": "Artikel 8 - Stem van leerlingen",
         "i": "Artikel 9 - Geschillen",
         "j": "Artikel 10 - Duur, toetreding, wijziging en opzegging"})
def build_494(path):
    build_scan_pdf(path, B494, "CVO Westerkwartier / AOC Noorderland - SOK route loonwerk",
                   "Samenwerkingsovereenkomst route loonwerk (scan)", "scanner bestuursbureau")


# --------------------------------------------------------------------------------------------
# small DOCX writing helpers
# --------------------------------------------------------------------------------------------

def d_head(d, text, level=2):
    return d.add_heading(text, level=level)


def d_par(d, text, italic=False, bold=False, size=None, grey=False, align=None, indent=None):
    from docx.shared import Pt, RGBColor, Cm
    p = d.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if grey:
        r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    if align is not None:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def d_instr(d, text):
    """Left-over italic template instruction (grey, italic)."""
    return d_par(d, text, italic=True, grey=True, size=9.5)


def d_table(d, rows, widths=None, header=True, style="Table Grid"):
    from docx.shared import Cm
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            par = cell.paragraphs[0]
            run = par.add_run(val)
            if header and i == 0:
                run.bold = True
            if widths:
                cell.width = Cm(widths[j])
    return t


# ============================================================================================
# 495 - DOCX from a model with left-over italic instructions, Achterhoek, zorg en technologie
# ============================================================================================

@sample(495, "sjabloon_cursieve_instructies_achterhoek_zorgtechnologie", "docx",
        "DOCX ingevuld model met vergeten cursieve invulinstructies boven elk (wel ingevuld) artikel; "
        "Achterhoek, Zorg en welzijn kb -> Verzorgende-IG niveau 3 met zorgtechnologie; volledig in orde",
        st("pppppppppp"),
        {"a": "2. De betreffende doorlopende leerroute",
         "b": "3. Betrokkenheid bedrijfsleven",
         "c": "4. Leiding van de route",
         "d": "5. Inlichtingen en verantwoording",
         "e": "6. Organisatorische en onderwijskundige inrichting",
         "f": "7. Overstapoptie",
         "g": "8. Financiën",
         "h": "9. Aanvullende afspraken medezeggenschap (optioneel)",
         "i": "10. Geschilbeslechting",
         "j": "12. Wijziging en beëindiging"})
def build_495(path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = new_docx("Samenwerkingsovereenkomst DLR Zorg & Tech", "Slinge Vakcollege")
    d_instr(d, "Model samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo, versie 2024-2. "
               "Aanwijzingen in cursief zijn bedoeld voor de opsteller en worden vóór ondertekening "
               "verwijderd.")
    d_par(d, "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO", bold=True, size=14,
          align=WD_ALIGN_PARAGRAPH.CENTER)
    d_par(d, "Route 'Zorg & Tech' - Slinge Vakcollege en OGO mbo", size=12,
          align=WD_ALIGN_PARAGRAPH.CENTER)
    d_head(d, "Partijen", 2)
    d_instr(d, "[Bevoegd gezag van de school: naam stichting, vestigingsplaats, naam en functie van de "
               "vertegenwoordiger]")
    d_par(d, "Stichting Scholengroep Berkel en Slinge, gevestigd te Winterswijk, bevoegd gezag van het "
             "Slinge Vakcollege (vmbo), rechtsgeldig vertegenwoordigd door drs. M.W. ten Bokkel, "
             "voorzitter van het college van bestuur, hierna: de Scholengroep;")
    d_par(d, "en")
    d_instr(d, "[Bevoegd gezag van de instelling voor beroepsonderwijs]")
    d_par(d, "Stichting Oost-Gelders Opleidingscentrum, gevestigd te Doetinchem, instelling voor "
             "beroepsonderwijs, rechtsgeldig vertegenwoordigd door mevrouw E.J. Hulshof MBA, voorzitter "
             "van het college van bestuur, hierna: OGO mbo;")
    d_par(d, "verklaren te zijn overeengekomen:")

    d_head(d, "1. Doel en wijze van samenwerking", 2)
    d_instr(d, "[Neem de standaardtekst over. Pas alleen aan als partijen een geïntegreerd "
               "onderwijsprogramma verzorgen.]")
    d_par(d, "Partijen verzorgen op grond van deze overeenkomst gezamenlijk een doorlopende leerroute "
             "vmbo-mbo. Zij beschrijven voor de gehele route het onderwijsprogramma, de examinering per "
             "leerjaar en de beroepspraktijkvorming per leerjaar en voeren dit samen uit. Zij melden de "
             "route gezamenlijk aan bij de minister via DUO (RIO).")

    d_head(d, "2. De betreffende doorlopende leerroute", 2)
    d_instr(d, "[Hier het profiel en het aanverwante opleidingsdomein of de aanverwante kwalificatie "
               "noemen waarin de doorlopende leerroute vmbo-mbo wordt aangeboden. Vermeld ook niveau en "
               "leerweg.]")
    d_par(d, "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Zorg en welzijn, "
             "van het Slinge Vakcollege en leidt naar het diploma Verzorgende-IG, niveau 3 "
             "(vakopleiding, BOL), in het opleidingsdomein Zorg en welzijn van OGO mbo. In de route zijn "
             "de keuzedelen Zorgtechnologie en Domotica en e-health vast opgenomen. De route heet "
             "'Zorg & Tech' en duurt vijf jaar: twee vmbo-jaren en drie mbo-jaren, waarbij het "
             "vmbo-diploma in het tweede routejaar wordt behaald.")

    d_head(d, "3. Betrokkenheid bedrijfsleven", 2)
    d_instr(d, "[Beschrijf hoe het bedrijfsleven betrokken is of wordt bij de invulling van het "
               "onderwijsprogramma. Een algemene zin volstaat niet.]")
    d_par(d, "Zorggroep Berkel & Slinge en Thuiszorg IJsselvallei bieden vanaf leerjaar 4 snuffel- en "
             "leerwerkplekken aan en vanaf het eerste mbo-jaar bpv-plaatsen als erkend leerbedrijf. "
             "Domotica Oost BV en de Zorgtechnologie Proeftuin Achterhoek stellen hun proefwoning open "
             "voor een praktijkmodule waarin leerlingen hulpmiddelen als valdetectie, beeldzorg en "
             "medicijndispensers testen en aan cliënten uitleggen. Een wijkverpleegkundige en een "
             "zorgtechnoloog uit deze organisaties hebben zitting in de werkveldcommissie Zorg & Tech, "
             "die driemaal per jaar met de routeleiding het programma doorneemt en wier leden "
             "meebeoordelen bij de proeven van bekwaamheid.")

    d_head(d, "4. Leiding van de route", 2)
    d_instr(d, "[samenstelling leiding, wijze van benoeming, taken en bevoegdheden]")
    d_par(d, "De route wordt geleid door een routeduo: een teamleider van het Slinge Vakcollege en een "
             "opleidingsmanager Zorg van OGO mbo, bijgestaan door een secretaris zonder stem. Het college "
             "van bestuur van de Scholengroep wijst de teamleider aan, het college van bestuur van OGO mbo "
             "de opleidingsmanager; beiden voor ten hoogste vier jaar. Een wisseling wordt schriftelijk aan "
             "de andere partij meegedeeld.")
    d_par(d, "Het routeduo beslist over het rooster, de verdeling van lesuren over het docententeam, de "
             "plaatsing op leerwerkplekken en de keuzedelen, en beheert het routebudget tot € 7.500 per "
             "uitgave. Het routeduo gaat niet over het aannemen van personeel, het vaststellen van het "
             "PTA/OER en het beëindigen van de route; daarover besluiten de colleges van bestuur.")

    d_head(d, "5. Inlichtingen en verantwoording", 2)
    d_instr(d, "[de wijze van het verstrekken van inlichtingen en verantwoording aan het bevoegd gezag "
               "van de school en het bevoegd gezag van de instelling voor beroepsonderwijs]")
    d_par(d, "Elk kwartaal ontvangen beide colleges van bestuur van het routeduo een dashboard met in-, "
             "door- en uitstroom, verzuim en tevredenheid van leerlingen en leerbedrijven. Jaarlijks "
             "vóór 15 juli brengt het routeduo een routejaarverslag uit, met een financieel overzicht, "
             "dat in het bestuurlijk overleg van september wordt besproken en waarmee het routeduo "
             "decharge vraagt voor het afgelopen jaar.")

    d_head(d, "6. Organisatorische en onderwijskundige inrichting", 2)
    d_instr(d, "a. [de school en/of instelling voor beroepsonderwijs die de doorlopende leerroute vmbo-mbo "
               "verzorgt en/of het leerbedrijf]")
    d_par(d, "a. Locaties: leerjaar 3 en 4 op het Slinge Vakcollege in Winterswijk, met in leerjaar 4 "
             "één dag per week op de zorgcampus van OGO mbo in Doetinchem; de mbo-jaren op die "
             "zorgcampus en bij de leerbedrijven.")
    d_instr(d, "b. Er zijn afspraken gemaakt over het gebruik van verschillende faciliteiten zoals: ...")
    d_par(d, "b. OGO mbo stelt het skillslab met zorgappartement en de domoticawoning beschikbaar voor "
             "routeleerlingen, ook in de vmbo-jaren. Het Slinge Vakcollege stelt zijn praktijklokaal Zorg "
             "en welzijn en de leskeuken ter beschikking voor lessen die OGO-docenten op de school geven. "
             "Over en weer worden hiervoor geen kosten in rekening gebracht.")
    d_instr(d, "c. De inzet van personeel is als volgt georganiseerd: ...")
    d_par(d, "c. Het routeteam bestaat uit de docenten Zorg en welzijn van het Slinge Vakcollege en "
             "twee docenten Verzorgende-IG en een docent zorgtechnologie van OGO mbo. OGO-docenten geven "
             "in leerjaar 4 vier uur per week les op de school. Voor het vakoverstijgende programmaonderdeel "
             "'Zorg & Tech-projecten' zet het team de teambevoegdheid in; voor ieder deel daarvan is een "
             "bevoegde leraar of docent aangewezen. Elke docent blijft in dienst van zijn eigen werkgever.")
    d_par(d, "d. Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER Zorg & "
             "Tech, dat ieder jaar vóór 1 oktober door beide colleges van bestuur wordt vastgesteld. Een "
             "klacht die bij de ene partij binnenkomt over een medewerker van de andere partij, stuurt de "
             "ontvangende partij binnen vijf werkdagen door; de partij van die medewerker handelt de "
             "klacht af volgens haar eigen klachtenregeling.")

    d_head(d, "7. Overstapoptie", 2)
    d_instr(d, "Deelnemers die deze doorlopende leerroute niet met succes afronden worden door "
               "ondergetekenden in staat gesteld om: [hier de inhoud van de overstapoptie(s) vermelden]")
    d_par(d, "Een leerling die in de vmbo-jaren de route verlaat, maakt de kaderberoepsgerichte leerweg "
             "af in het profiel Zorg en welzijn of een ander profiel van het Slinge Vakcollege en behaalt "
             "daar het vmbo-diploma. Wie in de mbo-jaren stopt, kan bij OGO mbo verder in een andere "
             "opleiding op niveau 2 of 3, zoals Helpende zorg en welzijn of Medewerker "
             "maatschappelijke zorg, met behoud van behaalde onderdelen. Wie het vmbo-diploma aan het "
             "eind van het derde routejaar niet heeft, kan doubleren om het alsnog te halen of "
             "doorstromen naar een mbo-opleiding van OGO mbo op vergelijkbaar niveau, zonder dat de "
             "toelatingseisen in de weg staan.")
    d_par(d, "De keuze tussen deze mogelijkheden maken de mentor van het Slinge Vakcollege en de "
             "studieloopbaanbegeleider van OGO mbo gezamenlijk, na een gesprek met de leerling en diens "
             "ouders, op grond van het bereikte onderwijsniveau en de leeftijd van de leerling. De "
             "uitwerking staat in de schoolgids en de studiegids.")

    d_head(d, "8. Financiën", 2)
    d_instr(d, "[In de financiële overeenkomst, die als bijlage bij deze overeenkomst kan worden "
               "toegevoegd, is vastgelegd welke afspraken zijn gemaakt over de kosten. Vermeld omvang en "
               "bestemming van eventueel over te dragen middelen.]")
    d_par(d, "De Scholengroep draagt voor iedere routeleerling in leerjaar 4 een bedrag van € 1.040 "
             "van haar rijksbekostiging over aan OGO mbo. Het bedrag dient ter dekking van de "
             "personeelskosten van de vier lesuren per week die OGO-docenten in leerjaar 4 op de school "
             "verzorgen. Het aantal leerlingen op 1 oktober is bepalend; betaling vóór 31 december. OGO "
             "mbo draagt geen middelen over aan de Scholengroep.")

    d_head(d, "9. Aanvullende afspraken medezeggenschap (optioneel)", 2)
    d_instr(d, "[Indien gewenst kunnen er voor een doorlopende leerroute aanvullende afspraken worden "
               "gemaakt op het toepasselijke medezeggenschapsregime. Verwijder dit artikel als partijen "
               "geen aanvullende afspraken maken.]")
    d_par(d, "De medezeggenschapsraad van het Slinge Vakcollege en de studentenraad van OGO mbo wijzen "
             "elk twee leden aan voor een gezamenlijke routeraad Zorg & Tech. Deze routeraad geeft "
             "gevraagd en ongevraagd advies over het PTA/OER en de roosteropzet van de route; het "
             "routeduo beantwoordt een advies binnen zes weken schriftelijk. De wettelijke bevoegdheden "
             "van beide raden blijven onverkort gelden.")

    d_head(d, "10. Geschilbeslechting", 2)
    d_instr(d, "[De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de "
               "overeenkomst.]")
    d_par(d, "Partijen proberen een geschil over de uitvoering eerst in het routeduo en daarna in een "
             "bestuurlijk overleg van beide voorzitters op te lossen. Is het geschil acht weken nadat een "
             "partij het schriftelijk heeft gemeld niet opgelost, dan wordt het beslecht door arbitrage "
             "volgens het reglement van het Nederlands Arbitrage Instituut, door één arbiter, met Arnhem "
             "als plaats van arbitrage.")

    d_head(d, "11. Betrokkenheid andere partijen", 2)
    d_instr(d, "[De voorwaarden waaronder een andere school of een andere instelling voor "
               "beroepsonderwijs partij kan worden bij de overeenkomst.]")
    d_par(d, "Een andere school voor vmbo in de Achterhoek met het profiel Zorg en welzijn kan aansluiten "
             "bij deze route, mits beide colleges van bestuur daarmee schriftelijk instemmen en de nieuwe "
             "partij deze overeenkomst mede ondertekent. Aansluiting gaat in per 1 augustus en wordt door "
             "alle betrokken scholen bij DUO gemeld. De aansluiting mag geen gevolgen hebben voor het "
             "programma van leerlingen die al in de route zitten.")

    d_head(d, "12. Wijziging en beëindiging", 2)
    d_instr(d, "[De voorwaarden waaronder de overeenkomst kan worden opgezegd of ontbonden, alsmede de "
               "wijze waarop de overeenkomst in andere gevallen kan worden gewijzigd, telkens met het oog "
               "op het zoveel mogelijk beperken van de gevolgen voor de leerlingen en studenten.]")
    d_par(d, "Deze overeenkomst wordt alleen gewijzigd bij een schriftelijk stuk dat beide colleges van "
             "bestuur ondertekenen. Iedere partij kan de overeenkomst opzeggen per 1 augustus van enig "
             "jaar, met een opzegtermijn van ten minste vijftien maanden. Na de opzegging worden geen "
             "nieuwe leerlingen meer toegelaten; leerlingen die al in de route zitten ronden haar af bij "
             "partijen onder de voorwaarden van deze overeenkomst, die voor hen blijft gelden tot de "
             "laatste leerling de route heeft verlaten.")

    d_head(d, "Ondertekening", 2)
    d_par(d, "Winterswijk / Doetinchem, 1 juli 2025")
    d_par(d, "Stichting Scholengroep Berkel en Slinge - drs. M.W. ten Bokkel, voorzitter college van bestuur")
    d_par(d, "Stichting Oost-Gelders Opleidingscentrum - E.J. Hulshof MBA, voorzitter college van bestuur")
    save_docx(d, path)


# ============================================================================================
# 496 - DOCX, two routes with a shared governance part, Venlo, logistiek + gastvrijheid
# ============================================================================================

@sample(496, "twee_routes_gedeeld_bestuur_venlo_logistiek_horeca", "docx",
        "DOCX, één overeenkomst voor twee routes (E&O kb -> Logistiek teamleider niveau 3; HBR bb -> "
        "Gastheer/gastvrouw niveau 2) met gemeenschappelijk deel I en routedelen II en III; Venlo; "
        "volledig in orde",
        st("pppppppppp"),
        {"a": "Artikel A1 Profiel en opleiding",
         "b": "Artikel A2 Werkgevers in de logistiek",
         "c": "Artikel 3 Stuurgroep",
         "d": "Artikel 4 Rapportage aan de besturen",
         "e": "Artikel A3 Uitvoering",
         "f": "Artikel A4 Als de route niet past",
         "g": "Artikel 5 Geld",
         "h": "Artikel 6 Stem van leerlingen en studenten",
         "i": "Artikel 7 Verschillen van inzicht",
         "j": "Artikel 8 Nieuwe partners, wijziging en einde"})
def build_496(path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = new_docx("Samenwerkingsovereenkomst twee doorlopende leerroutes Venlo",
                 "Maasveld College / BNL Venlo")
    d_par(d, "Samenwerkingsovereenkomst", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    d_par(d, "voor twee doorlopende leerroutes vmbo-mbo in Venlo:\nRoute A Logistiek en Route B "
             "Gastvrijheid", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    d_par(d, "Partijen", bold=True)
    d_par(d, "1. Stichting Voortgezet Onderwijs Noord-Limburg, gevestigd te Venlo, bevoegd gezag van "
             "het Maasveld College (school voor vmbo), vertegenwoordigd door de heer R.P.M. Janssen, "
             "voorzitter college van bestuur, hierna: het Maasveld College;")
    d_par(d, "2. Stichting Beroepsonderwijs Noord-Limburg, gevestigd te Venray, regionaal "
             "opleidingencentrum, vertegenwoordigd door mevrouw drs. C.A.H. Peeters, lid college van "
             "bestuur, voor haar vestiging BNL Venlo, hierna: BNL.")
    d_par(d, "Partijen bieden al sinds 2021 gezamenlijk onderwijs aan in de vorm van een "
             "vakmanschapsroute en zetten die samenwerking met deze overeenkomst voort als twee "
             "doorlopende leerroutes. Deel I bevat wat voor beide routes geldt; deel II en deel III "
             "bevatten per route de afspraken die alleen voor die route gelden.")

    d_head(d, "DEEL I - GEMEENSCHAPPELIJKE BEPALINGEN", 1)
    d_head(d, "Artikel 1 Begrippen", 2)
    d_par(d, "In deze overeenkomst betekent: Route A: de route Logistiek uit deel II; Route B: de route "
             "Gastvrijheid uit deel III; de routes: Route A en Route B samen; stuurgroep: het orgaan uit "
             "artikel 3; routeleider: de coördinator van een route.")
    d_head(d, "Artikel 2 Strekking", 2)
    d_par(d, "Partijen verzorgen de routes samen, ieder voor het deel waarvoor de wet haar "
             "verantwoordelijk maakt: het Maasveld College voor het vmbo-deel, de vmbo-examinering en "
             "-diplomering, BNL voor het mbo-deel, de bpv en de mbo-examinering en -diplomering. Zij "
             "melden iedere route afzonderlijk bij DUO.")
    d_head(d, "Artikel 3 Stuurgroep", 2)
    d_par(d, "3.1 Voor beide routes samen is er één stuurgroep. Daarin hebben zitting: de directeur "
             "onderwijs van het Maasveld College, de directeur van BNL Venlo en, met raadgevende stem, "
             "de twee routeleiders en één vertegenwoordiger van de werkgevers uit de werkgeverspanels van "
             "artikel A2 en B2.")
    d_par(d, "3.2 De directeuren hebben zitting krachtens hun functie en worden voor hun taak in de "
             "stuurgroep door hun eigen college van bestuur gemandateerd. De routeleiders worden door de "
             "stuurgroep benoemd op voordracht van de directeuren gezamenlijk. De werkgeversvertegenwoordiger "
             "wordt door de werkgeverspanels voorgedragen en door de stuurgroep voor twee jaar benoemd.")
    d_par(d, "3.3 De stuurgroep stelt per route het jaarplan en de routebegroting vast binnen het kader "
             "dat de besturen daarvoor in hun begrotingen hebben opgenomen, bepaalt de instroomcapaciteit, "
             "verdeelt de inzet van docenten tussen de routes en bereidt het PTA/OER voor. Zij besluit "
             "met instemming van beide directeuren.")
    d_par(d, "3.4 Buiten het mandaat van de stuurgroep vallen: vaststelling van het PTA/OER, wijziging "
             "van de geldstromen uit artikel 5, aanstelling en ontslag van personeel en het beëindigen "
             "van een route. Daarover beslissen de colleges van bestuur.")
    d_head(d, "Artikel 4 Rapportage aan de besturen", 2)
    d_par(d, "4.1 De stuurgroep rapporteert tweemaal per jaar, in maart en in oktober, per route "
             "schriftelijk aan beide colleges van bestuur over instroom, tussentijdse uitstroom, "
             "examenresultaten, bpv, klachten en uitputting van de begroting.")
    d_par(d, "4.2 De oktoberrapportage geldt als verantwoording over het afgelopen schooljaar en wordt in "
             "november besproken in het bestuurlijk overleg van partijen. Beide colleges van bestuur "
             "kunnen daarnaast op ieder moment bij de stuurgroep inlichtingen opvragen; de stuurgroep "
             "verstrekt die binnen tien werkdagen.")
    d_head(d, "Artikel 5 Geld", 2)
    d_par(d, "5.1 Route A: het Maasveld College draagt per leerling die op 1 oktober in leerjaar 4 van "
             "Route A staat ingeschreven € 600 van zijn bekostiging over aan BNL, ter bekostiging van de "
             "inzet van de BNL-docent logistiek op de school en het gebruik van het oefenmagazijn "
             "(artikel A3). Betaling uiterlijk 15 december.")
    d_par(d, "5.2 Route B: tussen partijen wordt geen bekostiging overgedragen; iedere partij draagt "
             "haar eigen kosten.")
    d_par(d, "5.3 BNL draagt in geen van beide routes bekostiging over aan het Maasveld College.")
    d_head(d, "Artikel 6 Stem van leerlingen en studenten", 2)
    d_par(d, "6.1 Leerlingen van beide routes die nog bij het Maasveld College staan ingeschreven, mogen "
             "zich kandidaat stellen voor en stemmen bij de verkiezing van de deelstudentenraad van BNL "
             "Venlo; BNL past haar kiesreglement daartoe aan.")
    d_par(d, "6.2 Het voornemen tot wijziging van deze overeenkomst wordt voor advies voorgelegd aan de "
             "medezeggenschapsraad van het Maasveld College en aan de deelstudentenraad en de "
             "ondernemingsraad van BNL.")
    d_head(d, "Artikel 7 Verschillen van inzicht", 2)
    d_par(d, "7.1 Een verschil van inzicht over de uitvoering van deze overeenkomst wordt eerst in de "
             "stuurgroep besproken. Komt de stuurgroep er niet binnen een maand uit, dan leggen de "
             "directeuren de kwestie voor aan de colleges van bestuur, die binnen zes weken "
             "bestuurlijk overleg voeren.")
    d_par(d, "7.2 Blijft het verschil bestaan, dan vragen partijen samen een bindend advies aan een "
             "onafhankelijke deskundige die zij samen kiezen, of bij gebrek aan overeenstemming over de "
             "persoon, die wordt aangewezen door de voorzitter van de rechtbank Limburg. Het advies "
             "bindt partijen.")
    d_head(d, "Artikel 8 Nieuwe partners, wijziging en einde", 2)
    d_par(d, "8.1 Een andere school voor vmbo of instelling kan partij worden bij één of beide routes "
             "als beide colleges van bestuur schriftelijk instemmen en de nieuwe partner deze "
             "overeenkomst door ondertekening van een toetredingsakte aanvaardt. De toetreding gaat "
             "in per 1 augustus en wordt gezamenlijk bij DUO gemeld.")
    d_par(d, "8.2 Wijziging van deze overeenkomst geschiedt schriftelijk, met handtekening van alle "
             "partijen. Een wijziging van het programma van een route geldt alleen voor leerlingen die "
             "na de wijziging instromen, tenzij de wijziging voor leerlingen gunstig is.")
    d_par(d, "8.3 Iedere partij kan deze overeenkomst, voor één route of voor beide, schriftelijk "
             "opzeggen tegen 1 augustus, met een termijn van één volledig schooljaar. Schiet een partij "
             "ernstig en blijvend tekort in de nakoming, dan kan de andere partij de overeenkomst voor de "
             "toekomst ontbinden.")
    d_par(d, "8.4 Na een opzegging of ontbinding start er geen nieuw cohort meer in de betrokken route. "
             "Leerlingen en studenten die al in de route zitten, maken de route bij partijen af volgens "
             "deze overeenkomst; waar dat niet kan, bieden partijen hun een overstap volgens artikel A4 "
             "of B4 aan.")

    d_head(d, "DEEL II - ROUTE A LOGISTIEK", 1)
    d_head(d, "Artikel A1 Profiel en opleiding", 2)
    d_par(d, "Route A loopt van het profiel Economie en ondernemen in de kaderberoepsgerichte leerweg "
             "van het Maasveld College naar de mbo-opleiding Logistiek teamleider, niveau 3 "
             "(vakopleiding, BOL), binnen het opleidingsdomein Transport, scheepvaart en logistiek van BNL "
             "Venlo.")
    d_head(d, "Artikel A2 Werkgevers in de logistiek", 2)
    d_par(d, "Het werkgeverspanel Logistiek, waarin onder meer Trade Port Distributie BV, Maaslijn "
             "Warehousing BV en Koel- en Vrieshuis Blerick zitting hebben, stelt jaarlijks tien "
             "bpv-plaatsen beschikbaar vanaf het eerste mbo-jaar, ontvangt in leerjaar 3 en 4 elke "
             "leerling voor twee bedrijfsbezoeken, levert de casussen voor de praktijkopdrachten in "
             "voorraadbeheer en planning en bespreekt eens per jaar met de routeleider of het programma "
             "nog past bij wat de distributiecentra van hun medewerkers vragen.")
    d_head(d, "Artikel A3 Uitvoering", 2)
    d_par(d, "A3.1 Leerjaar 3 en 4 worden verzorgd op het Maasveld College; in leerjaar 4 volgen de "
             "leerlingen wekelijks een dagdeel in het oefenmagazijn van de BNL Logistiek Campus op "
             "Trade Port Noord. Het mbo-deel vindt plaats op die campus en bij de leerbedrijven.")
    d_par(d, "A3.2 Een docent logistiek van BNL geeft in leerjaar 4 vier uur per week les op het "
             "Maasveld College en vormt samen met de docenten economie van de school het routeteam "
             "A; docenten blijven in dienst van hun werkgever.")
    d_par(d, "A3.3 BNL stelt het oefenmagazijn met heftrucks, reachtrucks en het magazijnbeheersysteem "
             "beschikbaar; het Maasveld College stelt zijn praktijklokaal Economie en ondernemen "
             "beschikbaar voor de lessen van de BNL-docent.")
    d_par(d, "A3.4 Het programma en de examinering per leerjaar staan in het PTA/OER Route A.")
    d_head(d, "Artikel A4 Als de route niet past", 2)
    d_par(d, "Een leerling die Route A in leerjaar 3 of 4 verlaat, vervolgt de kaderberoepsgerichte "
             "leerweg in het profiel Economie en ondernemen of een ander profiel van het Maasveld "
             "College en haalt daar zijn vmbo-diploma. Stopt hij in de mbo-fase, dan kan hij bij BNL "
             "overstappen naar een andere opleiding op niveau 2 of 3, bijvoorbeeld Logistiek medewerker "
             "(niveau 2) of Medewerker internationale handel, zonder opnieuw te worden getoetst aan "
             "vooropleidingseisen. Zonder vmbo-diploma na het derde routejaar kan hij bij BNL verder op een "
             "passend niveau. De decaan van het Maasveld College en de studieloopbaanbegeleider van BNL "
             "besluiten samen welke overstap wordt aangeboden, na overleg met de leerling en zijn "
             "ouders en met het oog op het bereikte niveau en de leeftijd van de leerling.")

    d_head(d, "DEEL III - ROUTE B GASTVRIJHEID", 1)
    d_head(d, "Artikel B1 Profiel en opleiding", 2)
    d_par(d, "Route B loopt van het profiel Horeca, bakkerij en recreatie in de basisberoepsgerichte "
             "leerweg van het Maasveld College naar de mbo-opleiding Gastheer/gastvrouw, niveau 2 "
             "(basisberoepsopleiding, BOL), binnen het opleidingsdomein Horeca en bakkerij van BNL "
             "Venlo.")
    d_head(d, "Artikel B2 Werkgevers in de gastvrijheid", 2)
    d_par(d, "Het werkgeverspanel Gastvrij Venlo, met onder meer Hotel De Maasbrug, Brasserie Het "
             "Wachthuis en Recreatiepark Maasduinen-Oost, zorgt voor een snuffelstage van vijf dagen in "
             "leerjaar 4, voor bpv-plaatsen in de mbo-fase en voor drie gastchefs per schooljaar in het "
             "leerrestaurant; twee leden van het panel beoordelen mee bij de praktijkexamens.")
    d_head(d, "Artikel B3 Uitvoering", 2)
    d_par(d, "B3.1 Leerjaar 3 en 4 op het Maasveld College, met vanaf leerjaar 4 één dag per week in "
             "het leerrestaurant De Kade van BNL Venlo; het mbo-deel op BNL Venlo en in de bpv.")
    d_par(d, "B3.2 De praktijkdocenten horeca van beide partijen vormen één routeteam B; voor het "
             "vakoverstijgende onderdeel 'Gastheerschap in de praktijk' werkt het team met "
             "teambevoegdheid, waarbij voor elk deel een bevoegde docent verantwoordelijk is.")
    d_par(d, "B3.3 BNL stelt het leerrestaurant en de bedieningsruimte ter beschikking; het Maasveld "
             "College zijn praktijkkeuken. Het programma en de examinering per leerjaar staan in het "
             "PTA/OER Route B.")
    d_head(d, "Artikel B4 Als de route niet past", 2)
    d_par(d, "Voor Route B geldt artikel A4 overeenkomstig, met dien verstande dat de leerling in de "
             "vmbo-fase de basisberoepsgerichte leerweg vervolgt en in de mbo-fase kan overstappen naar "
             "een andere opleiding op niveau 2 van BNL, zoals Medewerker bediening of Zelfstandig "
             "medewerker recreatie. Een overstap naar de Entree-opleiding is alleen aan de orde als een "
             "diploma op niveau 2 voor de leerling echt niet haalbaar blijkt.")

    d_head(d, "Slot en ondertekening", 2)
    d_par(d, "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.")
    d_par(d, "Venlo, 8 juli 2025")
    d_par(d, "Stichting Voortgezet Onderwijs Noord-Limburg - R.P.M. Janssen")
    d_par(d, "Stichting Beroepsonderwijs Noord-Limburg - drs. C.A.H. Peeters")
    save_docx(d, path)


# ============================================================================================
# 497 - TXT, one paragraph of very long sentences, Walcheren, elektrotechniek
# ============================================================================================

T497_BODY = [
    "Ondergetekenden, te weten de Stichting Voortgezet Onderwijs Walcheren, statutair gevestigd te "
    "Middelburg, die als bevoegd gezag optreedt voor het Scheldepoort Vakcollege te Vlissingen, een "
    "school voor vmbo, en die bij deze overeenkomst wordt vertegenwoordigd door haar bestuurder de heer "
    "drs. P.J. de Visser, hierna te noemen de school, en de Stichting Zeeuws Beroepsonderwijs, statutair "
    "gevestigd te Middelburg, een regionaal opleidingencentrum dat bij deze overeenkomst wordt "
    "vertegenwoordigd door de voorzitter van haar college van bestuur mevrouw ing. L.M. Boone, hierna te "
    "noemen ZBO, overwegende dat de installatiebedrijven op Walcheren door de energietransitie meer "
    "goed opgeleide monteurs nodig hebben dan de regio thans aflevert en dat partijen de samenwerking "
    "die zij sinds 2020 in de Zeeuwse Techniekroute hebben opgebouwd duurzaam willen vastleggen, zijn "
    "overeengekomen dat zij met ingang van het schooljaar 2025-2026 samen een doorlopende leerroute "
    "verzorgen die begint in het derde leerjaar van de kaderberoepsgerichte leerweg van de school in het "
    "profiel Produceren, installeren en energie en die zonder onderbreking doorloopt tot het diploma van "
    "de mbo-opleiding Eerste monteur elektrotechnische installaties in de woning en utiliteit op niveau "
    "3, een vakopleiding in de beroepsopleidende leerweg die ZBO verzorgt, waarbij de leerling het "
    "vmbo-diploma uiterlijk aan het einde van het derde leerjaar van de route behaalt en de route in "
    "totaal vijf schooljaren beslaat, met dien verstande dat een snellere doorstroom mogelijk is wanneer "
    "het gezamenlijke programma en de vorderingen van de leerling dat toelaten, en dat partijen de route "
    "vóór 1 oktober 2025 gezamenlijk bij DUO melden.",
    "Partijen zijn voorts overeengekomen dat de installatiebedrijven die verenigd zijn in de "
    "Werkgeverskring Techniek Walcheren, waarvan onder meer Elektro Kodde BV te Vlissingen, "
    "Installatiebedrijf Minderhoud & Zn. te Middelburg en Walcherse Zonne-Energie BV te Oost-Souburg deel "
    "uitmaken, aan de route meewerken doordat zij vanaf het vierde leerjaar aan iedere leerling een "
    "meeloopweek aanbieden, in het mbo-deel als erkend leerbedrijf de beroepspraktijkvorming verzorgen, "
    "in elk leerjaar ten minste twee gastlessen geven over onder meer warmtepompen, thuisbatterijen en "
    "laadpalen, twee ervaren monteurs afvaardigen die als praktijkbeoordelaar meebeoordelen bij de "
    "proeve van bekwaamheid en eenmaal per jaar in een gesprek met de routecommissie hun oordeel geven "
    "over de vraag of het programma nog aansluit bij het werk in de installatietechniek, welk oordeel de "
    "routecommissie in haar jaarplan verwerkt.",
    "De leiding over de route berust bij een routecommissie die bestaat uit de teamleider techniek van "
    "de school, de opleidingsmanager installatietechniek van ZBO en een routecoördinator, waarbij de "
    "teamleider en de opleidingsmanager door hun eigen bestuur als lid worden aangewezen en de "
    "routecoördinator door beide besturen gezamenlijk voor een periode van drie jaar wordt benoemd, "
    "terwijl de routecommissie tot taak heeft het gezamenlijke rooster, de verdeling van de lesuren en "
    "de inzet van het personeel over de leerjaren vast te stellen, de toelating tot de route aan het "
    "einde van het tweede leerjaar te regelen, de contacten met de leerbedrijven te onderhouden en het "
    "gezamenlijke PTA/OER voor te bereiden, en bevoegd is om binnen de jaarlijks door de besturen "
    "vastgestelde routebegroting zelfstandig uitgaven te doen, met dien verstande dat besluiten over de "
    "vaststelling van het PTA/OER, over personele benoemingen en over het beëindigen of wijzigen van de "
    "route aan de besturen zijn voorbehouden.",
    "De routecommissie houdt de besturen van beide partijen op de hoogte door hun elk jaar in januari "
    "een tussentijds bericht te zenden over de instroom, het verzuim en de voortgang van de leerlingen, "
    "en legt aan beide besturen verantwoording af door vóór 1 augustus van elk jaar een schriftelijk "
    "jaarverslag uit te brengen over de resultaten, de uitval, de ingezette uren en de bestedingen in "
    "het afgelopen schooljaar, welk verslag in het eerstvolgende bestuurlijk overleg in september wordt "
    "besproken.",
    "Wat de inrichting van de route betreft, komen partijen overeen dat het derde en vierde leerjaar op "
    "de school worden verzorgd, waarbij de leerlingen in het vierde leerjaar elke week één dag op de "
    "Techniekcampus van ZBO aan de Buitenhaven in Vlissingen doorbrengen, en dat het mbo-deel op die "
    "campus en bij de leerbedrijven plaatsvindt, dat de lessen worden verzorgd door één team waarin de "
    "docenten techniek van de school en twee docenten elektrotechniek van ZBO samenwerken, waarbij de "
    "docenten van ZBO in het vierde leerjaar zes uur per week op de school lesgeven en iedere docent in "
    "dienst blijft van zijn eigen werkgever, dat ZBO haar installatiewerkplaats, de oefenwoning met "
    "zonnepanelen en warmtepomp en haar meetapparatuur ter beschikking stelt en de school haar "
    "praktijklokaal Produceren, installeren en energie en de lasboxen openstelt voor lessen van ZBO, en "
    "dat het onderwijsprogramma en de examinering per leerjaar worden vastgelegd in een gezamenlijk "
    "PTA/OER dat beide besturen jaarlijks vóór 1 oktober vaststellen.",
    "Ten aanzien van de leerling die de route niet afmaakt, is overeengekomen dat een leerling die in "
    "het derde of vierde leerjaar de route verlaat zijn opleiding voortzet in de reguliere "
    "kaderberoepsgerichte leerweg van de school, in het profiel Produceren, installeren en energie of "
    "een ander profiel, met het oog op het behalen van het vmbo-diploma, dat een leerling die na het "
    "behalen van het vmbo-diploma in het mbo-deel stopt kan worden geplaatst in een andere opleiding op "
    "niveau 2 of 3 bij ZBO, zoals Monteur elektrotechnische installaties op niveau 2 of een andere "
    "technische vakopleiding, zonder dat daarbij opnieuw toelatingseisen worden gesteld, en dat een "
    "leerling die aan het einde van het derde leerjaar van de route het vmbo-diploma niet heeft behaald "
    "zijn opleiding kan voortzetten in een opleiding bij ZBO waarvan het niveau wordt afgestemd op "
    "hetgeen hij heeft bereikt en op zijn leeftijd, dan wel het ontbrekende alsnog kan behalen door een "
    "jaar over te doen, alles met als doel dat iedere leerling een diploma behaalt, waarbij de leerling "
    "en zijn ouders tijdig over de mogelijkheden worden geïnformeerd en de overstap met een warme "
    "overdracht wordt begeleid.",
    "Met betrekking tot de bekostiging is overeengekomen dat de school jaarlijks vóór 1 december aan ZBO "
    "een bedrag van € 1.150 overmaakt voor iedere leerling die op 1 oktober van dat jaar in het vierde "
    "leerjaar van de route staat ingeschreven, welk bedrag wordt voldaan uit de rijksbekostiging die de "
    "school ontvangt, en dat ZBO geen bekostiging aan de school overdraagt.",
    "Voorts spreken partijen af dat de medezeggenschapsraad van de school en de studentenraad van ZBO "
    "jaarlijks het jaarverslag van de routecommissie ontvangen en bevoegd zijn daarover na een "
    "gezamenlijke bijeenkomst een gemeenschappelijk advies uit te brengen aan beide besturen, die dat "
    "advies binnen twee maanden schriftelijk en met redenen omkleed beantwoorden, en dat leerlingen van "
    "de route die nog bij de school staan ingeschreven zich verkiesbaar mogen stellen voor de "
    "studentenraad van ZBO.",
    "Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst in de "
    "routecommissie besproken en, wanneer zij daar niet binnen vier weken zijn opgelost, door de "
    "bestuurders van beide partijen in een bestuurlijk overleg, terwijl een geschil dat ook daarna niet "
    "binnen zes weken is opgelost door de meest gerede partij wordt voorgelegd aan de bevoegde rechter "
    "van de rechtbank Zeeland-West-Brabant, locatie Middelburg.",
    "Tot slot komen partijen overeen dat deze overeenkomst ingaat op 1 augustus 2025 en voor onbepaalde "
    "tijd geldt, dat een andere school voor vmbo of een andere instelling voor beroepsonderwijs tot deze "
    "overeenkomst kan toetreden wanneer beide partijen daarmee schriftelijk instemmen en de toetredende "
    "partij alle rechten en verplichtingen uit deze overeenkomst aanvaardt, met dien verstande dat de "
    "toetreding eerst ingaat bij het begin van een schooljaar, dat wijzigingen slechts gelden wanneer zij "
    "schriftelijk zijn vastgelegd en door beide besturen zijn ondertekend en niet ten nadele werken van "
    "leerlingen die al in de route zitten, en dat ieder der partijen de overeenkomst kan opzeggen tegen "
    "het einde van een schooljaar met inachtneming van een termijn van twaalf maanden, in welk geval na "
    "de opzegging geen nieuwe leerlingen meer tot de route worden toegelaten en partijen ervoor instaan "
    "dat de leerlingen die op dat moment in de route zitten haar bij partijen kunnen afronden.",
]


@sample(497, "lange_zinnen_doorlopend_walcheren_elektrotechniek", "txt",
        "TXT, één doorlopende alinea met zeer lange zinnen zonder kopjes; Walcheren, PIE kb -> Eerste "
        "monteur elektrotechnische installaties niveau 3; defecten: overstap zonder wie beslist (f weak), "
        "overdracht met bedrag maar zonder bestemming (g weak)",
        st("pppppwwppp"),
        {"a": "samen een doorlopende leerroute verzorgen die begint in het derde leerjaar",
         "b": "Partijen zijn voorts overeengekomen dat de installatiebedrijven",
         "c": "De leiding over de route berust bij een routecommissie",
         "d": "De routecommissie houdt de besturen van beide partijen op de hoogte",
         "e": "Wat de inrichting van de route betreft",
         "h": "Voorts spreken partijen af dat de medezeggenschapsraad van de school",
         "i": "Geschillen tussen partijen over de uitvoering van deze overeenkomst",
         "j": "Tot slot komen partijen overeen dat deze overeenkomst ingaat"})
def build_497(path):
    text = ("SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO ELEKTROTECHNIEK WALCHEREN\n\n"
            + " ".join(T497_BODY) + "\n\n"
            "Aldus overeengekomen en in tweevoud ondertekend te Vlissingen op 4 juli 2025.\n\n"
            "Stichting Voortgezet Onderwijs Walcheren, drs. P.J. de Visser, bestuurder\n"
            "Stichting Zeeuws Beroepsonderwijs, ing. L.M. Boone, voorzitter college van bestuur\n")
    write_text(path, text)


# ============================================================================================
# 498 - long PDF with articles; the financial article is only a table; Haarlem, commercie
# ============================================================================================

A498 = [
    ("Artikel 1 Begripsbepalingen", [
        "In deze overeenkomst wordt verstaan onder:",
        "a. route: de doorlopende leerroute vmbo-mbo Commercie Kennemerland, bedoeld in artikel 2;",
        "b. school: De Spaarnewerf, school voor vmbo van SVZK;",
        "c. instelling: KBO College, de mbo-instelling van KBO;",
        "d. leerling: een leerling van de school die aan de route deelneemt;",
        "e. student: een deelnemer aan de route die als student bij de instelling is ingeschreven;",
        "f. vo-fase: de eerste twee leerjaren van de route (leerjaar 3 en 4 van de school);",
        "g. mbo-fase: de leerjaren van de route vanaf het derde routejaar;",
        "h. routeregie: het orgaan bedoeld in artikel 4;",
        "i. regiehouder: de coördinator van de route, bedoeld in artikel 4, tweede lid;",
        "j. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
        "examenregeling van de route;",
        "k. werkveldraad: de raad bedoeld in artikel 6;",
        "l. besturen: de colleges van bestuur van SVZK en KBO.",
    ]),
    ("Artikel 2 Onderwerp van de overeenkomst", [
        "2.1 Partijen verzorgen gezamenlijk de doorlopende leerroute vmbo-mbo Commercie Kennemerland. "
        "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg en van de gemengde leerweg "
        "van de school, profiel Economie en ondernemen, en leidt tot het diploma van de mbo-opleiding "
        "Junior accountmanager, niveau 4 (middenkaderopleiding, BOL), kwalificatiedossier Commercie, "
        "in het opleidingsdomein Handel en ondernemerschap.",
        "2.2 De route omvat vijf leerjaren. Het vmbo-diploma wordt behaald aan het einde van leerjaar "
        "4; bij afwijzing uiterlijk aan het einde van het derde routejaar.",
        "2.3 Het vmbo-deel van de route, de examinering en diplomering daarvan vallen onder de "
        "verantwoordelijkheid van SVZK; het mbo-deel, de beroepspraktijkvorming en de examinering en "
        "diplomering daarvan onder de verantwoordelijkheid van KBO.",
    ]),
    ("Artikel 3 Melding en registratie", [
        "3.1 Partijen melden de route vóór 1 oktober 2025 gezamenlijk aan de Minister door registratie "
        "in RIO. Ieder van hen zorgt voor de registratie die op haar rust.",
        "3.2 Leerlingen staan in de vo-fase ingeschreven bij de school; met ingang van het derde "
        "routejaar worden zij ingeschreven als student bij de instelling. Een student die het "
        "vmbo-diploma nog niet heeft, blijft voor de resterende vo-activiteiten tevens bij de school "
        "geregistreerd.",
    ]),
    ("Artikel 4 Routeregie", [
        "4.1 De dagelijkse leiding over de route ligt bij de routeregie. De routeregie bestaat uit de "
        "afdelingsleider bovenbouw van de school, de teamleider Commercie van de instelling en de "
        "regiehouder.",
        "4.2 De afdelingsleider en de teamleider worden door hun eigen bestuur in de routeregie "
        "aangewezen. De regiehouder wordt door beide besturen gezamenlijk benoemd op voordracht van de "
        "afdelingsleider en de teamleider, voor een termijn van drie schooljaren die eenmaal kan "
        "worden verlengd. Schorsing en ontslag als regiehouder geschieden eveneens door beide besturen "
        "gezamenlijk.",
        "4.3 De routeregie is belast met: a. het opstellen van het jaarplan en de routebegroting; b. de "
        "verdeling van de lesuren over de leerjaren en het rooster; c. de inzet van de leden van het "
        "routeteam, bedoeld in artikel 9; d. de voorbereiding van het PTA/OER; e. de toelating van "
        "leerlingen tot de route; f. het onderhouden van de contacten met de werkveldraad en de "
        "leerbedrijven; g. de kwaliteitszorg, bedoeld in artikel 16.",
        "4.4 De besturen mandateren de routeregie om binnen het vastgestelde jaarplan en de vastgestelde "
        "routebegroting besluiten te nemen over de onderwerpen van het derde lid, onder b, c, e en f, "
        "en om verplichtingen aan te gaan tot een bedrag van € 15.000 per geval. Besluiten over het "
        "jaarplan, de routebegroting, het PTA/OER, de instroomcapaciteit, personele benoemingen en "
        "de beëindiging van de route zijn voorbehouden aan de besturen.",
        "4.5 De routeregie komt ten minste eenmaal per maand bijeen en besluit met algemene stemmen. "
        "Kan zij geen overeenstemming bereiken, dan legt zij het onderwerp voor aan de besturen.",
    ]),
    ("Artikel 5 Rapportage en decharge", [
        "5.1 De routeregie zendt beide besturen na afloop van ieder kwartaal een beknopt cijferoverzicht "
        "van in-, door- en uitstroom, verzuim, bpv-plaatsen en uitputting van de routebegroting.",
        "5.2 Uiterlijk 1 juli van ieder jaar legt de routeregie aan beide besturen een routerapportage "
        "voor over het lopende schooljaar, met een inhoudelijk en een financieel deel en een voorstel "
        "voor het jaarplan van het volgende schooljaar. De besturen bespreken de rapportage met de "
        "routeregie in het bestuurlijk overleg van september en verlenen, als zij daartoe aanleiding "
        "zien, decharge.",
        "5.3 Het bestuurlijk overleg tussen de besturen vindt ten minste tweemaal per jaar plaats, in "
        "september en in februari.",
        "5.4 Gebeurtenissen die de continuïteit of de kwaliteit van de route in gevaar kunnen brengen, "
        "meldt de regiehouder onverwijld aan beide besturen.",
    ]),
    ("Artikel 6 Werkveld", [
        "6.1 Partijen stellen een werkveldraad in met vijf leden uit de commerciële beroepspraktijk in "
        "Zuid-Kennemerland. In de werkveldraad hebben in elk geval zitting vertegenwoordigers van "
        "Spaarne Sales BV, Kennemer Groothandel BV, Bureau Zeestraat Marketing en de ondernemersvereniging "
        "Ondernemend Kennemerland.",
        "6.2 De werkveldraad adviseert de routeregie twee keer per jaar over de inhoud van het "
        "programma, de keuzedelen en de aansluiting op de arbeidsmarkt.",
        "6.3 De bedrijven in de werkveldraad en de bij Ondernemend Kennemerland aangesloten leden "
        "leveren opdrachtgevers voor de praktijkopdrachten in leerjaar 3 en 4 (zoals een "
        "verkoopcampagne of een klantonderzoek), verzorgen jaarlijks een salesdag op locatie, bieden "
        "bpv-plaatsen als erkend leerbedrijf aan en stellen beoordelaars beschikbaar voor de "
        "praktijkexamens in de mbo-fase.",
    ]),
    ("Artikel 7 Onderwijsprogramma en examinering", [
        "7.1 Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming "
        "voor de gehele route per leerjaar in het PTA/OER. Daarin is aangegeven welke onderdelen tot "
        "het vmbo-programma behoren, welke tot het mbo-programma en welke gecombineerd worden "
        "aangeboden. Bijlage 1 geeft een overzicht.",
        "7.2 Het PTA/OER wordt jaarlijks vóór 1 oktober door beide besturen vastgesteld, na advies van de "
        "examencommissie van de instelling en de examensecretaris van de school.",
        "7.3 Het centraal examen vmbo wordt afgenomen in leerjaar 4. Mbo-examens kunnen vanaf leerjaar 4 "
        "worden afgenomen. Iedere partij blijft verantwoordelijk voor haar eigen examinering en "
        "diplomering.",
    ]),
    ("Artikel 8 Locaties en voorzieningen", [
        "8.1 Het onderwijs in de vo-fase wordt gegeven in het gebouw van de school aan de "
        "Europaweg te Haarlem; in leerjaar 4 volgen leerlingen wekelijks een dag onderwijs op de "
        "instelling. Het onderwijs in de mbo-fase wordt gegeven op de locatie Spaarnepoort van de "
        "instelling en bij de leerbedrijven.",
        "8.2 De instelling stelt haar Retail- en saleslab, de callcenteroefenruimte en haar "
        "CRM-oefenomgeving beschikbaar voor leerlingen in de vo-fase. De school stelt haar "
        "praktijklokaal Economie en ondernemen en de schoolwinkel beschikbaar voor lessen die "
        "docenten van de instelling op de school verzorgen.",
        "8.3 Partijen staan elkaar toe de voorzieningen te gebruiken tijdens de in het rooster "
        "vastgelegde uren, met inachtneming van de huisregels van de eigenaar.",
    ]),
    ("Artikel 9 Personeel en teambevoegdheid", [
        "9.1 Het onderwijs wordt verzorgd door één routeteam, bestaande uit leraren van de school en "
        "docenten van de instelling. Iedere partij blijft werkgever van haar eigen personeel; wie bij "
        "de andere partij werkt, volgt daar de aanwijzingen van de routeregie.",
        "9.2 Docenten van de instelling verzorgen in leerjaar 4 vier lesuren per week op de school. "
        "Leraren van de school kunnen in de mbo-fase gastlessen verzorgen in de vakken Nederlands en "
        "Engels.",
        "9.3 Voor de vakoverstijgende programmaonderdelen 'Ondernemend project' en 'Commerciële "
        "communicatie' wordt gebruikgemaakt van teambevoegdheid. Ieder lid van het team heeft een "
        "bevoegdheid voor ten minste één vak of voldoet aan de eisen voor docenten in het mbo; het team "
        "dekt gezamenlijk alle onderdelen af en elk lid is verantwoordelijk voor het onderdeel "
        "waarvoor hij bevoegd is. Het PTA/OER vermeldt in welke onderdelen het team wordt ingezet.",
        "9.4 De routeregie stelt jaarlijks een professionaliseringsplan op voor het routeteam.",
    ]),
    ("Artikel 10 Inschrijving, verzuim en begeleiding", [
        "10.1 In de vo-fase is de school verantwoordelijk voor verzuimregistratie en -melding, in de "
        "mbo-fase de instelling.",
        "10.2 Iedere leerling heeft in de vo-fase een mentor van de school en vanaf leerjaar 4 tevens een "
        "studieloopbaanbegeleider van de instelling. Extra ondersteuning wordt geboden volgens het "
        "schoolondersteuningsprofiel van de school, respectievelijk het ondersteuningsaanbod van de "
        "instelling.",
    ]),
    ("Artikel 11 Klachten en sociale veiligheid", [
        "11.1 De klachtenregeling van de school is ook van toepassing op gedragingen van medewerkers "
        "van de instelling jegens leerlingen in het kader van de route; de klachtenregeling van de "
        "instelling geldt omgekeerd ook voor gedragingen van medewerkers van de school jegens studenten.",
        "11.2 Een klacht die bij de ene partij binnenkomt over een medewerker van de andere partij wordt "
        "in overleg tussen de klachtfunctionarissen afgehandeld; de voorzitter van de behandelende "
        "klachtencommissie is niet werkzaam bij de partij waarover wordt geklaagd.",
    ]),
    ("Artikel 12 Gegevensuitwisseling", [
        "Partijen wisselen de persoonsgegevens uit die nodig zijn voor de uitvoering van de route, met "
        "inachtneming van de AVG. De nadere afspraken daarover zijn vastgelegd in een afzonderlijke "
        "gegevensdelingsovereenkomst die deel uitmaakt van deze overeenkomst.",
    ]),
    ("Artikel 13 Als de route niet wordt afgemaakt", [
        "13.1 Iedere leerling die de route verlaat, krijgt een reële kans op een diploma. Partijen bieden "
        "daartoe in elk geval de volgende mogelijkheden:",
        "a. vertrek in de vo-fase: voortzetting in de kaderberoepsgerichte of gemengde leerweg van de "
        "school, in hetzelfde of een ander profiel, gericht op het vmbo-diploma;",
        "b. vertrek in de mbo-fase met vmbo-diploma: overstap naar een andere opleiding van de "
        "instelling op niveau 3 of 4, zoals Commercieel medewerker (niveau 3) of Ondernemer handel "
        "(niveau 4), zonder dat vooropleidingseisen worden gesteld;",
        "c. geen vmbo-diploma aan het einde van het derde routejaar: voortzetting in een opleiding van "
        "de instelling op een niveau dat past bij de behaalde onderdelen, of het opnieuw afleggen van "
        "het eindexamen bij de school terwijl de mbo-onderdelen doorlopen;",
        "d. wens om naar een andere instelling te gaan: partijen ondersteunen de aanmelding en dragen "
        "het dossier over; de ontvangende instelling kan een geschiktheidsonderzoek doen.",
        "13.2 Welke mogelijkheid wordt aangeboden, bepalen de school en de instelling samen, na een "
        "gesprek met de leerling en zijn ouders, op basis van het bereikte onderwijsniveau en de "
        "leeftijd van de leerling. De uitvoering berust bij de mentor en de "
        "studieloopbaanbegeleider.",
        "13.3 De schoolgids van de school en de studiegids van de instelling beschrijven deze "
        "werkwijze.",
    ]),
    ("Artikel 14 Geldstromen", None),
    ("Artikel 15 Medezeggenschap", [
        "15.1 Naast de regels die op grond van de WMS, de WEB en de WOR voor ieder van partijen gelden, "
        "spreken partijen het volgende af.",
        "15.2 De medezeggenschapsraad van de school en de studentenraad en de ondernemingsraad van de "
        "instelling ontvangen jaarlijks de routerapportage, bedoeld in artikel 5.",
        "15.3 Leerlingen in de vo-fase kunnen zitting nemen in de studentenraad van de instelling. "
        "Voor de route wordt in die raad één zetel gereserveerd voor een leerling of student van de "
        "route.",
        "15.4 Een voorgenomen besluit van de besturen om de route te beëindigen wordt voor advies "
        "voorgelegd aan de medezeggenschapsraad van de school en aan de studentenraad van de instelling.",
    ]),
    ("Artikel 16 Kwaliteitszorg en evaluatie", [
        "16.1 De routeregie evalueert de route jaarlijks aan de hand van de gegevens uit artikel 5, de "
        "uitkomsten van tevredenheidsonderzoeken en het advies van de werkveldraad.",
        "16.2 Partijen evalueren deze overeenkomst in het schooljaar 2027-2028.",
    ]),
    ("Artikel 17 Aansprakelijkheid en verzekering", [
        "17.1 Iedere partij is aansprakelijk voor schade die haar eigen personeel veroorzaakt, ook als "
        "die schade ontstaat op het terrein van de andere partij.",
        "17.2 Leerlingen zijn in de vo-fase verzekerd via de collectieve verzekeringen van de school, ook "
        "tijdens onderwijs op de instelling en bij bedrijven.",
    ]),
    ("Artikel 18 Geschillen", [
        "18.1 Een geschil over de uitvoering van deze overeenkomst wordt eerst voorgelegd aan de "
        "routeregie en, als die het niet binnen vier weken oplost, aan het bestuurlijk overleg.",
        "18.2 Bereikt het bestuurlijk overleg binnen acht weken geen oplossing, dan starten partijen "
        "een mediation onder leiding van een MfN-registermediator die zij samen aanwijzen.",
        "18.3 Levert de mediation binnen drie maanden geen oplossing op, dan kan ieder van partijen het "
        "geschil voorleggen aan de bevoegde rechter in het arrondissement Noord-Holland.",
    ]),
    ("Artikel 19 Looptijd, toetreding en wijziging", [
        "19.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.",
        "19.2 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze "
        "overeenkomst toetreden, mits: a. zij de route in het profiel Economie en ondernemen, "
        "respectievelijk in het kwalificatiedossier Commercie, kan verzorgen; b. beide besturen "
        "schriftelijk hebben ingestemd; c. zij een toetredingsverklaring ondertekent waarin zij alle "
        "bepalingen van deze overeenkomst aanvaardt. Toetreding geschiedt met ingang van een 1 "
        "augustus en wordt gezamenlijk gemeld in RIO; zij mag geen nadelige gevolgen hebben voor "
        "leerlingen die al in de route zitten.",
        "19.3 Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke overeenkomst tussen alle "
        "partijen. Wijzigingen in het programma gaan in met ingang van een nieuw schooljaar en gelden "
        "voor lopende cohorten alleen als dat voor hen geen nadeel oplevert.",
    ]),
    ("Artikel 20 Opzegging en ontbinding", [
        "20.1 Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, "
        "met inachtneming van een opzegtermijn van ten minste twaalf maanden.",
        "20.2 Iedere partij kan de overeenkomst ontbinden als de andere partij na een schriftelijke "
        "ingebrekestelling met een redelijke termijn van ten minste twee maanden ernstig tekortschiet, "
        "of als de andere partij de bekostiging voor de school of de instelling verliest.",
        "20.3 Na opzegging of ontbinding worden geen nieuwe leerlingen meer tot de route toegelaten. "
        "Leerlingen en studenten die op dat moment aan de route deelnemen, ronden haar af volgens het "
        "voor hen geldende PTA/OER; partijen blijven daarvoor de nodige docenten en voorzieningen "
        "inzetten. Is afronding bij partijen onmogelijk, dan geldt artikel 13.",
    ]),
    ("Artikel 21 Slotbepalingen", [
        "21.1 Op deze overeenkomst is Nederlands recht van toepassing.",
        "21.2 Bijlage 1 maakt deel uit van deze overeenkomst. Bij strijd gaat de tekst van de artikelen "
        "voor.",
        "21.3 Deze overeenkomst vervangt de intentieverklaring Commercie Kennemerland van 12 maart 2024.",
    ]),
]

FIN498 = [
    ["Geldstroom", "Van - aan", "Omvang", "Bestemming", "Moment"],
    ["Bijdrage vo-fase", "SVZK aan KBO",
     "€ 1.275 per leerling in leerjaar 4 (telling 1 oktober)",
     "Loonkosten van de vier lesuren per week die KBO-docenten in leerjaar 4 op de school geven en "
     "gebruik van Retail- en saleslab",
     "Factuur in november, betaling vóór 31 december"],
    ["Bekostiging mbo-fase", "KBO aan SVZK", "€ 0 - geen overdracht", "n.v.t.", "n.v.t."],
    ["Examens vmbo in de mbo-fase", "KBO aan SVZK",
     "€ 175 per kandidaat zonder vmbo-diploma",
     "Afname en correctie van herexamens en centraal examen door de school", "Na de uitslag"],
    ["Overige kosten", "ieder zelf", "eigen rekening",
     "Eigen personeel, huisvesting, leermiddelen, verzekeringen", "-"],
]


@sample(498, "lang_financien_tabel_haarlem_commercie", "pdf",
        "Lange PDF (21 artikelen, inhoudsopgave, begrippen, bijlage) in klassieke contractstijl; Haarlem, "
        "E&O kb/gl -> Junior accountmanager niveau 4; het financiële artikel is alleen een tabel "
        "(omvang en bestemming in kolommen); volledig in orde",
        st("pppppppppp"),
        {"a": "Artikel 2 Onderwerp van de overeenkomst",
         "b": "Artikel 6 Werkveld",
         "c": "Artikel 4 Routeregie",
         "d": "Artikel 5 Rapportage en decharge",
         "e": "Artikel 9 Personeel en teambevoegdheid",
         "f": "Artikel 13 Als de route niet wordt afgemaakt",
         "g": "Artikel 14 Geldstromen",
         "h": "Artikel 15 Medezeggenschap",
         "i": "Artikel 18 Geschillen",
         "j": "Artikel 19 Looptijd, toetreding en wijziging"})
def build_498(path):
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    s = pdf_styles()
    story = [Spacer(1, 4 * cm),
             Paragraph("SAMENWERKINGSOVEREENKOMST", s["title"]),
             Paragraph("doorlopende leerroute vmbo-mbo 'Commercie Kennemerland'", s["sub"]),
             Spacer(1, 1 * cm),
             Paragraph("tussen", s["sub"]),
             Paragraph("Stichting Voortgezet Onderwijs Zuid-Kennemerland", s["sub"]),
             Paragraph("en", s["sub"]),
             Paragraph("Stichting Kennemer Beroepsonderwijs", s["sub"]),
             Spacer(1, 2 * cm),
             Paragraph("Definitieve versie, vastgesteld in het bestuurlijk overleg van 24 juni 2025<br/>"
                       "Kenmerk SVZK/KBO/2025-017", s["sub"]),
             PageBreak(),
             Paragraph("Inhoud", s["h"])]
    for title, _ in A498:
        story.append(Paragraph(esc(title), s["li"]))
    story.append(Paragraph("Bijlage 1 Programma per leerjaar (overzicht)", s["li"]))
    story.append(PageBreak())
    story += [
        Paragraph("DE ONDERGETEKENDEN", s["h"]),
        Paragraph("1. Stichting Voortgezet Onderwijs Zuid-Kennemerland, statutair gevestigd te Haarlem, "
                  "bevoegd gezag van De Spaarnewerf, school voor vmbo, ingeschreven in het handelsregister "
                  "onder nummer 41223118, rechtsgeldig vertegenwoordigd door de heer dr. K.L. van "
                  "Rijswijk, voorzitter van het college van bestuur, hierna: SVZK;", s["p"]),
        Paragraph("2. Stichting Kennemer Beroepsonderwijs, statutair gevestigd te Haarlem, instelling voor "
                  "beroepsonderwijs (regionaal opleidingencentrum), die haar onderwijs verzorgt onder de "
                  "naam KBO College, ingeschreven in het handelsregister onder nummer 41224590, "
                  "rechtsgeldig vertegenwoordigd door mevrouw mr. I. Demir, voorzitter van het college "
                  "van bestuur, hierna: KBO;", s["p"]),
        Paragraph("hierna gezamenlijk: partijen,", s["p"]),
        Paragraph("OVERWEGENDE DAT", s["h"]),
        Paragraph("a. partijen sinds 2022 samenwerken in een pilot waarin leerlingen van De Spaarnewerf "
                  "onderdelen van de mbo-opleiding Commercie volgen;", s["li"]),
        Paragraph("b. de Wet doorlopende leerroutes vmbo-mbo scholen en instellingen de ruimte biedt om "
                  "vmbo en mbo als één samenhangend programma aan te bieden, op voorwaarde dat zij een "
                  "samenwerkingsovereenkomst sluiten die voldoet aan artikel 2.107b van de Wet voortgezet "
                  "onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs;", s["li"]),
        Paragraph("c. de medezeggenschapsraad van De Spaarnewerf en de studentenraad van KBO College "
                  "positief hebben geadviseerd over het voornemen tot deze samenwerking;", s["li"]),
        Paragraph("d. werkgevers in de commerciële sector in Zuid-Kennemerland de route steunen;", s["li"]),
        Paragraph("KOMEN OVEREEN ALS VOLGT:", s["h"]),
    ]
    for title, paras in A498:
        story.append(Paragraph(esc(title), s["h"]))
        if paras is None:
            rows = [[Paragraph(esc(c), s["cellb"] if i == 0 else s["cell"]) for c in r]
                    for i, r in enumerate(FIN498)]
            t = Table(rows, colWidths=[2.9 * cm, 2.3 * cm, 3.4 * cm, 5.0 * cm, 3.0 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            continue
        for ptxt in paras:
            style = s["li"] if ptxt[:2] in ("a.", "b.", "c.", "d.", "e.", "f.", "g.", "h.", "i.", "j.",
                                           "k.", "l.") else s["p"]
            story.append(Paragraph(esc(ptxt), style))
    story += [
        Spacer(1, 10),
        KeepTogether([
            Paragraph("Aldus overeengekomen en in tweevoud ondertekend te Haarlem op 24 juni 2025.", s["p"]),
            Spacer(1, 8),
            Table([[Paragraph("Stichting Voortgezet Onderwijs Zuid-Kennemerland<br/><br/><br/>"
                              "dr. K.L. van Rijswijk<br/>voorzitter college van bestuur", s["cell"]),
                    Paragraph("Stichting Kennemer Beroepsonderwijs<br/><br/><br/>mr. I. Demir<br/>"
                              "voorzitter college van bestuur", s["cell"])]],
                  colWidths=[8.3 * cm, 8.3 * cm])]),
        PageBreak(),
        Paragraph("Bijlage 1 Programma per leerjaar (overzicht)", s["h"]),
        Paragraph("Dit overzicht vat het PTA/OER samen; het PTA/OER zelf wordt jaarlijks vastgesteld "
                  "(artikel 7).", s["p"]),
    ]
    prog = [["Leerjaar", "Plaats", "Programma", "Examinering"],
            ["3", "School; 1 dagdeel instelling", "Profielvakken E&O, algemene vakken, oriëntatie "
             "commercie", "Schoolexamens vmbo"],
            ["4", "School; 1 dag instelling", "Afronding vmbo, keuzedeel Sales, Ondernemend project",
             "CE vmbo; eerste mbo-examen keuzedeel"],
            ["5", "Instelling; bpv 8 weken", "Commercie basis, Commerciële communicatie",
             "Mbo-examens kerntaak 1"],
            ["6", "Instelling; bpv 20 weken", "Accountmanagement, CRM", "Mbo-examens kerntaak 2"],
            ["7", "Instelling en leerbedrijf", "Afstuderen, keuzedelen", "Proeve van bekwaamheid"]]
    rows = [[Paragraph(esc(c), s["cellb"] if i == 0 else s["cell"]) for c in r] for i, r in enumerate(prog)]
    t = Table(rows, colWidths=[1.8 * cm, 4.2 * cm, 6.0 * cm, 4.6 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    build_pdf_story(path, story, "Samenwerkingsovereenkomst DLR Commercie Kennemerland", "SVZK / KBO",
                    footer="SOK DLR Commercie Kennemerland - kenmerk SVZK/KBO/2025-017")


# ============================================================================================
# 499 - very short Markdown, Tiel / Betuwe, sport en recreatie (silent on medezeggenschap)
# ============================================================================================

T499 = """# Samenwerkingsovereenkomst doorlopende leerroute Sport & Bewegen Tiel

**Partijen**

- Stichting Voortgezet Onderwijs Betuwe, bevoegd gezag van het Betuwe Vakcollege (vmbo) te Tiel,
  vertegenwoordigd door A. Hoogendoorn, bestuurder;
- Stichting Regionaal Opleidingencentrum Rivierenland Midden (ROC RM), vertegenwoordigd door
  W. van Zanten, voorzitter van het college van bestuur.

Partijen spreken het volgende af.

## 1. Welke route

Leerlingen van het Betuwe Vakcollege in de basisberoepsgerichte leerweg, profiel Dienstverlening en
producten, stromen door naar de mbo-opleiding Medewerker sport en recreatie, niveau 2 (BOL), van ROC RM
in Tiel. De route start op 1 augustus 2025 en duurt vier jaar.

## 2. Wie uit het werkveld meedoet

Sportbedrijf Tiel, tennisvereniging TVC '28 en Zwemclub De Linge bieden vanaf leerjaar 4 stageplekken,
laten leerlingen trainingen en toernooien mee organiseren en beoordelen mee bij de praktijkexamens. Eens
per jaar bespreken zij met de coördinator of het programma nog klopt.

## 3. Wie de route leidt

Eén routecoördinator, door de directeur van het Betuwe Vakcollege en de directeur van ROC RM Tiel samen
aangewezen voor twee jaar. De coördinator maakt het rooster, verdeelt de lessen over de docenten, plaatst
leerlingen bij stagebedrijven en beslist over toelating tot de route. Over geld, personeel en het stoppen
van de route beslissen de besturen.

## 4. Verslag

Vóór 1 juli stuurt de coördinator beide besturen een jaarverslag: aantallen, uitval, resultaten en
knelpunten. In januari krijgen beide besturen een korte tussenstand.

## 5. Hoe het onderwijs loopt

Leerjaar 3 en 4 op het Betuwe Vakcollege, daarna op ROC RM. Een mbo-docent sport geeft in leerjaar 4
drie uur per week les op de school; iedereen blijft in dienst van de eigen werkgever. De gymzalen van de
school en de sporthal en fitnessruimte van ROC RM zijn voor alle routelessen beschikbaar. Programma en
examens per leerjaar staan in het gezamenlijke PTA/OER.

## 6. Als een leerling stopt

- In leerjaar 3 of 4: verder in de basisberoepsgerichte leerweg (Dienstverlening en producten of een
  ander profiel) voor het vmbo-diploma.
- In de mbo-fase: een andere opleiding op niveau 2 bij ROC RM, zonder nieuwe toelatingseisen.
- Geen vmbo-diploma na het derde routejaar: verder in een mbo-2-opleiding bij ROC RM of het examen
  opnieuw doen.

De mentor en de studieloopbaanbegeleider kiezen samen met de leerling en de ouders, op basis van het
behaalde niveau en de leeftijd.

## 7. Geld

Er gaat geen bekostiging van de school naar ROC RM of omgekeerd.

## 8. Onenigheid

Eerst praten de twee directeuren. Komen zij er binnen een maand niet uit, dan beslist een onafhankelijke
deskundige die de besturen samen kiezen, met een bindend advies.

## 9. Aansluiten, wijzigen, opzeggen

Een andere vmbo-school kan aansluiten als beide besturen schriftelijk instemmen. Wijzigen gaat
schriftelijk, getekend door beide besturen. Opzeggen kan per 1 augustus, minstens een schooljaar van
tevoren. Wie al in de route zit, maakt haar af.

Tiel, 2 juli 2025

A. Hoogendoorn (Stichting Voortgezet Onderwijs Betuwe) — W. van Zanten (ROC Rivierenland Midden)
"""


@sample(499, "zeer_kort_betuwe_sport_recreatie", "md",
        "Zeer korte Markdown-overeenkomst (één pagina, negen korte punten, gewone taal); Tiel/Betuwe, "
        "D&P bb -> Medewerker sport en recreatie niveau 2; zwijgt over medezeggenschap (h n.v.t.); "
        "verder volledig in orde",
        st("pppppppnpp"),
        {"a": "1. Welke route",
         "b": "2. Wie uit het werkveld meedoet",
         "c": "3. Wie de route leidt",
         "d": "4. Verslag",
         "e": "5. Hoe het onderwijs loopt",
         "f": "6. Als een leerling stopt",
         "g": "7. Geld",
         "i": "8. Onenigheid",
         "j": "9. Aansluiten, wijzigen, opzeggen"})
def build_499(path):
    write_text(path, T499)


# ============================================================================================
# 500 - DOCX in law-firm style with defined terms, Den Helder, maritiem en techniek
# ============================================================================================

P500 = [
    ("h1", "1. DEFINITIES EN UITLEG"),
    ("p", "1.1 In deze Overeenkomst hebben de met een hoofdletter geschreven begrippen de volgende "
          "betekenis:"),
    ("pi", "'Besturen': de colleges van bestuur van de School en de Instelling;"),
    ("pi", "'Leerling': een leerling of student die deelneemt aan de Route;"),
    ("pi", "'Leerjaar': een leerjaar van de Route, te beginnen met Leerjaar 1 (het derde leerjaar van de "
           "School);"),
    ("pi", "'PTA/OER': het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
           "examenregeling van de Route;"),
    ("pi", "'Route': de doorlopende leerroute vmbo-mbo omschreven in artikel 2;"),
    ("pi", "'Routebestuur': het orgaan omschreven in artikel 3;"),
    ("pi", "'Routedirecteur': de voorzitter van het Routebestuur;"),
    ("pi", "'Werkplaatsraad': het orgaan omschreven in artikel 5."),
    ("p", "1.2 Opschriften van artikelen dienen uitsluitend het leesgemak en hebben geen invloed op de "
          "uitleg van deze Overeenkomst."),
    ("h1", "2. DE ROUTE"),
    ("p", "2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het "
          "beroepsgerichte profiel Maritiem en techniek van de kaderberoepsgerichte leerweg van de "
          "School en die leidt tot het diploma van de mbo-opleiding Maritiem servicemonteur, niveau 3 "
          "(vakopleiding), die de Instelling in de beroepsopleidende leerweg verzorgt."),
    ("p", "2.2 De Route omvat vijf Leerjaren. Leerjaar 1 en 2 vormen de vo-fase; vanaf Leerjaar 3 is de "
          "Leerling als student bij de Instelling ingeschreven. Het vmbo-diploma wordt uiterlijk in "
          "Leerjaar 3 behaald."),
    ("p", "2.3 Partijen doen vóór aanvang van de Route gezamenlijk melding aan de Minister door "
          "registratie in RIO."),
    ("h1", "3. HET ROUTEBESTUUR"),
    ("p", "3.1 Er is een Routebestuur, dat bestaat uit de Routedirecteur, de locatiedirecteur van de "
          "School en de sectordirecteur Maritiem van de Instelling."),
    ("p", "3.2 De Routedirecteur wordt door de Besturen gezamenlijk benoemd, geschorst en ontslagen, na "
          "een selectieprocedure waarin beide Partijen vertegenwoordigd zijn. De locatiedirecteur en de "
          "sectordirecteur nemen ambtshalve zitting; ieder Bestuur wijst bij ontstentenis van zijn "
          "directeur een plaatsvervanger aan."),
    ("p", "3.3 Het Routebestuur draagt zorg voor (a) het jaarplan en de begroting van de Route, (b) de "
          "organisatie van het onderwijs, het rooster en de inzet van personeel als bedoeld in artikel "
          "6, (c) de voorbereiding van het PTA/OER, (d) de toelating en plaatsing van Leerlingen, en (e) "
          "de relatie met de Werkplaatsraad en de leerbedrijven."),
    ("p", "3.4 Het Routebestuur is gemachtigd om, binnen het door de Besturen goedgekeurde jaarplan en "
          "de goedgekeurde begroting, namens Partijen alle besluiten te nemen die voor de uitvoering van "
          "artikel 3.3 nodig zijn. Besluiten met betrekking tot (i) vaststelling van het PTA/OER, (ii) "
          "arbeidsrechtelijke aangelegenheden, (iii) verplichtingen van meer dan € 20.000 en (iv) "
          "beëindiging van de Route behoeven de voorafgaande schriftelijke goedkeuring van de Besturen."),
    ("h1", "4. INFORMATIE EN VERANTWOORDING"),
    ("p", "4.1 Het Routebestuur verstrekt de Besturen per tertiaal een schriftelijke "
          "voortgangsrapportage, die in ieder geval de in-, door- en uitstroom, het verzuim, de "
          "examenresultaten en de financiële uitputting bevat."),
    ("p", "4.2 Het Routebestuur legt jaarlijks vóór 1 juni een jaarverantwoording over het voorafgaande "
          "schooljaar ter goedkeuring aan de Besturen voor. Goedkeuring strekt tot decharge van het "
          "Routebestuur voor het gevoerde beleid, voor zover dat uit de jaarverantwoording blijkt."),
    ("p", "4.3 Het Routebestuur verschaft ieder Bestuur op diens eerste verzoek alle overige inlichtingen "
          "over de Route."),
    ("h1", "5. DE WERKPLAATSRAAD"),
    ("p", "5.1 Partijen stellen een Werkplaatsraad in, waarin de volgende ondernemingen zich hebben "
          "verbonden zitting te nemen: Werf Nieuwediep B.V., Noordkop Offshore Services B.V., Helderse "
          "Scheepsreparatie B.V. en Marine Techniek Kop van Noord-Holland B.V."),
    ("p", "5.2 De in de Werkplaatsraad vertegenwoordigde ondernemingen (a) stellen in Leerjaar 2 "
          "praktijkdagen aan boord en in de werkplaats beschikbaar, (b) bieden vanaf Leerjaar 3 "
          "beroepspraktijkvormingsplaatsen aan als erkend leerbedrijf, (c) leveren jaarlijks twee "
          "praktijkopdrachten voor het vakoverstijgende project 'Schip in onderhoud' en (d) wijzen "
          "examinatoren aan voor de beoordeling van de proeven van bekwaamheid."),
    ("p", "5.3 De Werkplaatsraad komt ten minste tweemaal per jaar met het Routebestuur bijeen en "
          "adviseert over de inhoud en actualiteit van het onderwijsprogramma."),
    ("h1", "6. INRICHTING VAN HET ONDERWIJS"),
    ("p", "6.1 Het onderwijs in de vo-fase wordt verzorgd in het gebouw van de School aan de "
          "Middenweg te Den Helder; het onderwijs in de mbo-fase in de Maritieme Campus van de "
          "Instelling aan de Werfkade te Den Helder en bij de leerbedrijven."),
    ("p", "6.2 Personeel. Het onderwijs wordt verzorgd door één docententeam van leraren van de School en "
          "instructeurs en docenten van de Instelling. Docenten van de Instelling worden in Leerjaar 1 "
          "en 2 voor gemiddeld acht uur per week bij de School ingezet, met behoud van hun "
          "dienstverband. Voor het vakoverstijgende project 'Schip in onderhoud' wordt het docententeam "
          "ingezet als team in de zin van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het PTA/OER "
          "vermeldt welke teamleden voor welk onderdeel bevoegd zijn."),
    ("p", "6.3 Faciliteiten. De Instelling stelt haar machinekamersimulator, de maritieme werkplaats en "
          "het lesschip MS Zeegat beschikbaar voor Leerlingen vanaf Leerjaar 1. De School stelt haar "
          "metaalwerkplaats en het praktijklokaal Maritiem en techniek beschikbaar voor onderwijs door "
          "docenten van de Instelling."),
    ("p", "6.4 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per Leerjaar "
          "vastgelegd in het PTA/OER, dat de Besturen jaarlijks vóór 1 oktober vaststellen."),
    ("h1", "7. OVERSTAP"),
    ("p", "7.1 Indien de deelname van een Leerling aan de Route eindigt voordat hij deze met goed gevolg "
          "heeft afgerond, stellen Partijen hem in staat een diploma te behalen, en wel:"),
    ("pi", "(a) bij beëindiging in Leerjaar 1 of 2: door voortzetting van de kaderberoepsgerichte leerweg "
           "van de School, in het profiel Maritiem en techniek of een ander profiel, leidend tot het "
           "vmbo-diploma;"),
    ("pi", "(b) bij beëindiging in de mbo-fase na het behalen van het vmbo-diploma: door plaatsing in een "
           "andere opleiding van de Instelling op niveau 2 of 3, waaronder Matroos binnenvaart of "
           "Monteur werktuigkundige installaties;"),
    ("pi", "(c) indien het vmbo-diploma aan het einde van Leerjaar 3 niet is behaald: door voortzetting "
           "in een opleiding van de Instelling op een passend niveau, waarbij de vooropleidingseisen niet "
           "worden tegengeworpen, dan wel door herhaling van het examenjaar bij de School;"),
    ("pi", "(d) indien de Leerling elders wil worden opgeleid: door begeleiding bij de aanmelding bij een "
           "andere school of instelling en een warme overdracht van het dossier."),
    ("p", "7.2 Welke van deze mogelijkheden wordt geboden, stellen de School en de Instelling in "
          "gezamenlijk overleg vast, na de Leerling en, zolang hij minderjarig is, zijn ouders te hebben "
          "gehoord, met inachtneming van het door de Leerling bereikte onderwijsniveau en zijn leeftijd. "
          "Bij verschil van inzicht tussen School en Instelling beslist de Routedirecteur."),
    ("h1", "8. FINANCIËLE BEPALINGEN"),
    ("p", "8.1 De School draagt jaarlijks aan de Instelling over een bedrag gelijk aan zes procent (6%) "
          "van de personele bekostiging die de School ontvangt voor iedere Leerling in Leerjaar 1 en 2, "
          "berekend naar de stand op 1 oktober."),
    ("p", "8.2 Het in artikel 8.1 bedoelde bedrag is uitsluitend bestemd voor de inzet van de docenten en "
          "instructeurs van de Instelling bij de School (artikel 6.2) en het gebruik van de "
          "machinekamersimulator en het lesschip (artikel 6.3)."),
    ("p", "8.3 De Instelling draagt geen bekostiging aan de School over. Voor het overige draagt iedere "
          "Partij haar eigen kosten."),
    ("h1", "9. MEDEZEGGENSCHAP"),
    ("p", "9.1 De medezeggenschapsraad van de School oefent zijn bevoegdheden uit ten aanzien van de "
          "vo-fase; de studentenraad en de ondernemingsraad van de Instelling ten aanzien van de "
          "mbo-fase."),
    ("p", "9.2 In aanvulling daarop komen Partijen overeen dat (a) het Routebestuur het conceptjaarplan "
          "voor advies voorlegt aan zowel de medezeggenschapsraad van de School als de studentenraad van "
          "de Instelling, en (b) één Leerling uit de vo-fase als adviserend lid wordt toegevoegd aan de "
          "studentenraad van de Instelling."),
    ("h1", "10. GESCHILLEN"),
    ("p", "10.1 Partijen trachten een geschil over de uitvoering van deze Overeenkomst in der minne op te "
          "lossen. Een Partij die een geschil aanwezig acht, deelt dit schriftelijk mee aan de andere "
          "Partij, waarna de Besturen binnen dertig dagen overleg voeren."),
    ("p", "10.2 Is het geschil niet binnen zestig dagen na de mededeling opgelost, dan is ieder van "
          "Partijen bevoegd het geschil aanhangig te maken bij de rechtbank Noord-Holland, locatie "
          "Alkmaar, tenzij Partijen binnen die termijn schriftelijk overeenkomen het geschil aan "
          "mediation te onderwerpen."),
    ("h1", "11. DUUR, TOETREDING, WIJZIGING EN BEËINDIGING"),
    ("p", "11.1 Deze Overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde "
          "tijd."),
    ("p", "11.2 Toetreding. Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze "
          "Overeenkomst toetreden door ondertekening van een toetredingsakte overeenkomstig het model in "
          "Bijlage A, nadat de Besturen daarmee schriftelijk hebben ingestemd. De toetreding wordt van "
          "kracht met ingang van het eerstvolgende Schooljaar en laat de rechten van Leerlingen die reeds "
          "aan de Route deelnemen onverlet."),
    ("p", "11.3 Wijziging. Wijzigingen van deze Overeenkomst zijn slechts geldig indien zij schriftelijk "
          "zijn overeengekomen en door alle Partijen rechtsgeldig zijn ondertekend."),
    ("p", "11.4 Opzegging. Iedere Partij kan deze Overeenkomst opzeggen met ingang van 1 augustus van "
          "enig jaar, met inachtneming van een opzegtermijn van achttien maanden, bij aangetekend "
          "schrijven."),
    ("p", "11.5 Ontbinding. Iedere Partij kan deze Overeenkomst met onmiddellijke ingang ontbinden indien "
          "de andere Partij, na deugdelijke ingebrekestelling, een wezenlijke verplichting niet binnen "
          "drie maanden nakomt, of indien de andere Partij de bekostiging voor de betrokken school of "
          "opleiding verliest."),
    ("p", "11.6 Afbouw. In geval van opzegging of ontbinding worden geen nieuwe Leerlingen meer tot de "
          "Route toegelaten en blijft deze Overeenkomst van toepassing op Leerlingen die op dat moment aan "
          "de Route deelnemen, totdat de laatste van hen de Route heeft afgerond of met toepassing van "
          "artikel 7 heeft verlaten."),
    ("h1", "12. SLOTBEPALINGEN"),
    ("p", "12.1 Deze Overeenkomst, met inbegrip van Bijlage A, bevat de volledige afspraken tussen "
          "Partijen ter zake van de Route."),
    ("p", "12.2 Indien een bepaling van deze Overeenkomst nietig blijkt, blijven de overige bepalingen "
          "van kracht en vervangen Partijen de nietige bepaling door een geldige bepaling die zoveel "
          "mogelijk aansluit bij de bedoeling van de nietige."),
    ("p", "12.3 Op deze Overeenkomst is Nederlands recht van toepassing."),
]


@sample(500, "advocatenstijl_definities_den_helder_maritiem", "docx",
        "DOCX in advocatenstijl (gedefinieerde begrippen met hoofdletter, genummerde leden, afbouwregeling, "
        "model-toetredingsakte); Den Helder, Maritiem en techniek kb -> Maritiem servicemonteur niveau 3; "
        "overdracht als percentage met bestemming; volledig in orde",
        st("pppppppppp"),
        {"a": "2. DE ROUTE",
         "b": "5. DE WERKPLAATSRAAD",
         "c": "3. HET ROUTEBESTUUR",
         "d": "4. INFORMATIE EN VERANTWOORDING",
         "e": "6. INRICHTING VAN HET ONDERWIJS",
         "f": "7. OVERSTAP",
         "g": "8. FINANCIËLE BEPALINGEN",
         "h": "9. MEDEZEGGENSCHAP",
         "i": "10. GESCHILLEN",
         "j": "11. DUUR, TOETREDING, WIJZIGING EN BEËINDIGING"})
def build_500(path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = new_docx("Samenwerkingsovereenkomst doorlopende leerroute Maritiem", "Advocatenkantoor Van Lier & Boon")
    d_par(d, "CONCEPT VAN LIER & BOON ADVOCATEN - GEFINALISEERD 27 JUNI 2025", size=8, grey=True,
          align=WD_ALIGN_PARAGRAPH.RIGHT)
    d_par(d, "SAMENWERKINGSOVEREENKOMST", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
    d_par(d, "inzake de doorlopende leerroute vmbo-mbo Maritiem Den Helder", size=11,
          align=WD_ALIGN_PARAGRAPH.CENTER)
    d_par(d, "DE ONDERGETEKENDEN:", bold=True)
    d_par(d, "1. STICHTING VOORTGEZET ONDERWIJS KOP VAN NOORD-HOLLAND, een stichting naar Nederlands "
             "recht, statutair gevestigd te Den Helder, ingeschreven in het handelsregister onder nummer "
             "37112045, in haar hoedanigheid van bevoegd gezag van het Nieuwediep College, school voor "
             "vmbo, te dezen rechtsgeldig vertegenwoordigd door de heer drs. T.J. Kooiman, voorzitter van "
             "het college van bestuur (de 'School');")
    d_par(d, "2. STICHTING MARITIEM EN TECHNISCH BEROEPSONDERWIJS NOORD-HOLLAND NOORD, een stichting naar "
             "Nederlands recht, statutair gevestigd te Den Helder, ingeschreven in het handelsregister "
             "onder nummer 37108822, instelling voor beroepsonderwijs, te dezen rechtsgeldig "
             "vertegenwoordigd door mevrouw ir. H.C. Zwart, voorzitter van het college van bestuur (de "
             "'Instelling');")
    d_par(d, "de School en de Instelling hierna gezamenlijk ook 'Partijen' en ieder afzonderlijk 'Partij',")
    d_par(d, "NEMEN IN AANMERKING DAT:", bold=True)
    for t in ["(A) de maritieme sector in de Kop van Noord-Holland structureel behoefte heeft aan "
              "technisch geschoolde vakmensen;",
              "(B) Partijen een doorlopende leerroute vmbo-mbo wensen te verzorgen en daartoe op grond van "
              "artikel 2.107b WVO 2020 en artikel 9.1.3 WEB een samenwerkingsovereenkomst dienen te "
              "sluiten;",
              "(C) de medezeggenschapsorganen van Partijen over het voornemen tot samenwerking zijn "
              "gehoord;",
              "(D) Partijen hun afspraken in deze overeenkomst (de 'Overeenkomst') wensen vast te leggen;"]:
        d_par(d, t, indent=0.6)
    d_par(d, "KOMEN OVEREEN ALS VOLGT:", bold=True)
    for kind, text in P500:
        if kind == "h1":
            d_head(d, text, 2)
        elif kind == "pi":
            d_par(d, text, indent=0.8)
        else:
            d_par(d, text)
    d_par(d, "ALDUS OVEREENGEKOMEN en in tweevoud ondertekend te Den Helder op 1 juli 2025.", bold=True)
    d_table(d, [["Stichting Voortgezet Onderwijs Kop van Noord-Holland",
                 "Stichting Maritiem en Technisch Beroepsonderwijs Noord-Holland Noord"],
                ["\n\n\ndrs. T.J. Kooiman\nvoorzitter college van bestuur",
                 "\n\n\nir. H.C. Zwart\nvoorzitter college van bestuur"]],
            widths=[8, 8], header=True, style=None)
    d.add_page_break()
    d_head(d, "BIJLAGE A - MODEL TOETREDINGSAKTE", 2)
    d_par(d, "De ondergetekende, [naam stichting], bevoegd gezag van [naam school of instelling], verklaart "
             "toe te treden tot de samenwerkingsovereenkomst inzake de doorlopende leerroute vmbo-mbo "
             "Maritiem Den Helder van 1 juli 2025 en alle daaruit voortvloeiende rechten en verplichtingen "
             "te aanvaarden met ingang van 1 augustus [jaar].")
    d_par(d, "De School en de Instelling verklaren met deze toetreding in te stemmen.")
    d_par(d, "Plaats en datum: ........................    Handtekeningen: ........................")
    save_docx(d, path)


# ============================================================================================
# main / check
# ============================================================================================

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
        from docx import Document
        from docx.oxml.ns import qn
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
        d = Document(path)
        paras = []
        for p in d.element.body.iter(qn("w:p")):
            paras.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
        return "\n".join(paras)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    return " ".join(t.replace("\u00ad", "").split())


def expected_of(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(nums):
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        s["build"](path)
        with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected_of(s), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("built", os.path.basename(path))


def check():
    ok = True
    for n in sorted(SAMPLES):
        s = SAMPLES[n]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa: BLE001
                errs.append("cannot open: %r" % (e,))
                text = ""
            for k, ev in s["evidence"].items():
                if s["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
            ej = os.path.join(HERE, s["name"] + ".expected.json")
            if not os.path.exists(ej):
                errs.append("missing expected.json")
            else:
                with open(ej, encoding="utf-8") as f:
                    if json.load(f) != expected_of(s):
                        errs.append("expected.json differs from table")
        others = [f for f in os.listdir(HERE) if f.startswith("%d_" % n)
                  and not f.startswith(s["name"] + ".")]
        if others:
            errs.append("stray files: %s" % others)
        print("%s %s%s" % ("OK  " if not errs else "FAIL", s["name"],
                           "" if not errs else "\n    " + "\n    ".join(errs)))
        ok = ok and not errs
    print("ALL OK" if ok else "CHECK FAILED")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES or not 493 <= n <= 500:
            sys.exit("unknown sample %s" % n)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
