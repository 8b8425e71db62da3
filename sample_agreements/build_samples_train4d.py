#!/usr/bin/env python3
"""Build training samples 53-60 (split "train").

Written from LABELS.md, the two bouwstenen (seeds 000 and 002) and domain.md sections A-F, without
looking at any checker code or at the texts of the other samples. The eight agreements deliberately
use wording that avoids the obvious checklist words ("de regie ligt bij", "wordt belast met",
"rapporteert", "verantwoordt zich", "inroostert", "treedt toe", "zegt op", ...).

Usage:
    python3 sample_agreements/build_samples_train4d.py            # build all eight
    python3 sample_agreements/build_samples_train4d.py 53 59      # only the named numbers
    python3 sample_agreements/build_samples_train4d.py --check    # open every file and verify it

Output is deterministic: reportlab runs with invariant=1, DOCX files get fixed core properties and
fixed zip timestamps.
"""
import datetime
import io
import json
import os
import re
import sys
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 2, 9, 0, 0)
MAX_BYTES = 200 * 1024
LETTERS = "abcdefghij"


# ---------------------------------------------------------------------------------------------
# shared helpers
# ---------------------------------------------------------------------------------------------

def write_expected(stem, description, statuses, evidence):
    assert set(statuses) == set(LETTERS), stem
    for k, v in evidence.items():
        assert statuses[k] == "present", (stem, k)
    for k, v in statuses.items():
        assert v in ("present", "weak", "missing", "not_applicable"), (stem, k, v)
    data = {
        "description": description,
        "split": "train",
        "statuses": {k: statuses[k] for k in LETTERS},
        "evidence": {k: evidence[k] for k in LETTERS if k in evidence},
    }
    with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def st(codes):
    """'p p w m na ...' -> statuses dict."""
    full = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = codes.split()
    assert len(parts) == 10, codes
    return {LETTERS[i]: full[c] for i, c in enumerate(parts)}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------------------------
# PDF helpers (reportlab)
# ---------------------------------------------------------------------------------------------

def _rl():
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    return dict(colors=colors, TA_CENTER=TA_CENTER, TA_JUSTIFY=TA_JUSTIFY, A4=A4,
                ParagraphStyle=ParagraphStyle, mm=mm, canvas=canvas, KeepTogether=KeepTogether,
                Paragraph=Paragraph, SimpleDocTemplate=SimpleDocTemplate, Spacer=Spacer, Table=Table,
                TableStyle=TableStyle)


def pdf_styles(base="Helvetica", bold="Helvetica-Bold", size=10):
    r = _rl()
    PS = r["ParagraphStyle"]
    return {
        "title": PS("title", fontName=bold, fontSize=size + 5, leading=size + 9, alignment=r["TA_CENTER"],
                    spaceAfter=4),
        "sub": PS("sub", fontName=base, fontSize=size + 1, leading=size + 5, alignment=r["TA_CENTER"],
                  spaceAfter=14),
        "h": PS("h", fontName=bold, fontSize=size + 1, leading=size + 4, spaceBefore=10, spaceAfter=4,
                keepWithNext=1),
        "p": PS("p", fontName=base, fontSize=size, leading=size * 1.35, alignment=r["TA_JUSTIFY"],
                spaceAfter=5),
        "li": PS("li", fontName=base, fontSize=size, leading=size * 1.35, alignment=r["TA_JUSTIFY"],
                 leftIndent=18, firstLineIndent=-18, spaceAfter=3),
        "cell": PS("cell", fontName=base, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellb": PS("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.3),
        "sig": PS("sig", fontName=base, fontSize=size, leading=size * 1.4, spaceBefore=6),
    }


def pdf_story(blocks, S):
    r = _rl()
    P, Spacer, Table, TableStyle, colors = (r["Paragraph"], r["Spacer"], r["Table"], r["TableStyle"],
                                            r["colors"])
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "p", "sig"):
            story.append(P(esc(b[1]).replace("\n", "<br/>"), S[kind]))
        elif kind == "li":
            story.append(P(esc(b[1]), S["li"]))
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = []
            for i, row in enumerate(rows):
                style = S["cellb"] if i == 0 else S["cell"]
                data.append([P(esc(c), style) for c in row])
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E9EE")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            raise ValueError(kind)
    return story


def build_pdf(path, blocks, meta, base="Helvetica", bold="Helvetica-Bold", size=10, header=None,
              footer=None, total_pages=False):
    """footer: format string with {n} (and {total} when total_pages)."""
    r = _rl()
    A4, mm, canvas_mod = r["A4"], r["mm"], r["canvas"]
    S = pdf_styles(base, bold, size)
    story = pdf_story(blocks, S)

    def decorate(c, n, total):
        c.saveState()
        w, h = A4
        if header:
            c.setFont(base, 8)
            c.drawString(20 * mm, h - 12 * mm, header)
            c.setLineWidth(0.4)
            c.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        if footer:
            c.setFont(base, 8)
            c.drawCentredString(w / 2, 10 * mm, footer.format(n=n, total=total))
        c.restoreState()

    class Canvas(canvas_mod.Canvas):
        def __init__(self, *a, **k):
            k["invariant"] = 1
            canvas_mod.Canvas.__init__(self, *a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for i, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                decorate(self, i, total)
                canvas_mod.Canvas.showPage(self)
            canvas_mod.Canvas.save(self)

    doc = r["SimpleDocTemplate"](path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                 topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                                 title=meta["title"], author=meta.get("author", ""),
                                 subject=meta.get("subject", ""), creator="build_samples_train4d.py")
    doc.build(story, canvasmaker=Canvas)


# ---------------------------------------------------------------------------------------------
# DOCX helpers (python-docx)
# ---------------------------------------------------------------------------------------------

def docx_new(title, author):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    cp.keywords = "doorlopende leerroute; vmbo; mbo"
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return d


def docx_save(d, path):
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def docx_table(d, rows, widths_cm=None, style="Table Grid"):
    from docx.shared import Cm
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            if i == 0:
                run.bold = True
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


def restart_list_number(d, style_name="List Number"):
    """Create a new w:num on the abstract numbering of style_name that restarts at 1."""
    style = d.styles[style_name]
    base_id = int(style.element.pPr.numPr.numId.val)
    numbering = d.part.numbering_part.numbering_definitions._numbering
    abstract_id = numbering.num_having_numId(base_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def numbered(d, text, num_id, style_name="List Number"):
    p = d.add_paragraph(text, style=style_name)
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    return p


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.rstrip("\n") + "\n")


def wrap(par, width=92, indent=""):
    return textwrap.fill(par, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


# ---------------------------------------------------------------------------------------------
# 53  PDF  articles that each combine two or three items; compliant
# ---------------------------------------------------------------------------------------------

def build_53():
    stem = "53_gecombineerde_artikelen"
    H2 = "Artikel 2 Route en werkveld"
    H3 = "Artikel 3 Inrichting: mensen, lokalen en programma"
    H4 = "Artikel 4 Leiding, verantwoording en overleg"
    H5 = "Artikel 5 Als een deelnemer van koers wisselt"
    H6 = "Artikel 6 Geld en inspraak"
    H8 = "Artikel 8 Duur, toetreding, wijziging en geschillen"
    blocks = [
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("sub", "doorlopende leerroute Mobiliteit en transport (kader) – Eerste bedrijfsautotechnicus\n"
                "Noord-Veluwe, schooljaar 2025-2026 en volgende"),
        ("p", "De ondergetekenden:"),
        ("li", "1.  Stichting voor Christelijk Voortgezet Onderwijs Noord-Veluwe, gevestigd te Harderwijk, "
               "bevoegd gezag van De Brink, school voor vmbo, te dezen vertegenwoordigd door de voorzitter "
               "van het college van bestuur, mevrouw drs. H.A. Wolters, hierna: De Brink;"),
        ("li", "2.  Stichting Beroepsonderwijs Veluwe-Vallei, gevestigd te Ede, bevoegd gezag van het "
               "Veluwe College, instelling voor beroepsonderwijs met vestigingen te Harderwijk en Ede, te "
               "dezen vertegenwoordigd door de voorzitter van het college van bestuur, de heer ing. R.J. "
               "Kamphuis, hierna: het Veluwe College;"),
        ("p", "hierna samen: partijen, gelet op artikel 2.107b van de Wet voortgezet onderwijs 2020 en "
              "artikel 9.1.3 van de Wet educatie en beroepsonderwijs, komen het volgende overeen."),

        ("h", "Artikel 1 Begrippen en strekking"),
        ("p", "1.1  In deze overeenkomst wordt verstaan onder route: de doorlopende leerroute vmbo-mbo "
              "bedoeld in artikel 2; deelnemer: een leerling of student die aan de route deelneemt; "
              "routeteam: de docenten en instructeurs van beide partijen die in de route lesgeven; "
              "routeleiding: het orgaan bedoeld in artikel 4."),
        ("p", "1.2  Partijen verzorgen de route gezamenlijk en melden haar gezamenlijk aan bij de minister "
              "via het Register Instellingen en Opleidingen (RIO) van DUO."),

        ("h", H2),
        ("p", "2.1  De route begint in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel "
              "Mobiliteit en transport, en mondt uit in de opleiding Eerste bedrijfsautotechnicus, niveau 3 "
              "(vakopleiding, BOL), in het opleidingsdomein Mobiliteit en voertuigen. De route telt vijf "
              "schooljaren: twee in de vo-fase en drie in de mbo-fase."),
        ("p", "2.2  Het werkveld is op drie manieren in de route aanwezig. De Werkgeverskring Mobiliteit "
              "Noord-Veluwe, waarin vier garagebedrijven en twee transportondernemingen uit de regio zijn "
              "verenigd, levert vanaf leerjaar 4 de stageplaatsen en stelt per examenperiode ten minste twee "
              "praktijkopleiders beschikbaar die als examinator optreden bij de proeven van bekwaamheid. De "
              "aangesloten bedrijven verzorgen in leerjaar 3 vier gastlessen per schooljaar en leveren de "
              "praktijkopdrachten voor de module diagnose. Eenmaal per schooljaar, in maart, wordt het "
              "programma aan een werkveldtafel tegen het licht gehouden; de Werkgeverskring laat zich daar "
              "vertegenwoordigen door haar voorzitter en één praktijkopleider."),
        ("p", "2.3  Alle stagebedrijven zijn door SBB als leerbedrijf erkend."),

        ("h", H3),
        ("p", "3.1  Leerjaar 3 en 4 worden gegeven in het lesgebouw van De Brink aan de Stationslaan; vanaf "
              "leerjaar 5 volgen de deelnemers het onderwijs op de techniekcampus van het Veluwe College aan "
              "de Zuiderzeestraatweg."),
        ("p", "3.2  Het Veluwe College stelt zijn praktijkhal met hefbruggen, diagnoseapparatuur en "
              "gereedschap in leerjaar 3 en 4 één dagdeel per week ter beschikking ten behoeve van de route. "
              "De Brink stelt op zijn beurt het theorielokaal en de computerruimte beschikbaar voor de "
              "mbo-lessen rekenen, Nederlands en burgerschap die in leerjaar 4 al worden gegeven."),
        ("p", "3.3  Het Veluwe College roostert in leerjaar 4 twee docenten autotechniek elk acht lesuren per "
              "week in op De Brink. De docenten van beide partijen vormen samen het routeteam en blijven in "
              "dienst van hun eigen werkgever. Voor de vakoverstijgende praktijkmodules maakt het routeteam "
              "gebruik van de teambevoegdheid; voor ieder programmaonderdeel is ten minste één daartoe "
              "bevoegde docent in het team."),
        ("p", "3.4  Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar liggen "
              "vast in het gezamenlijke PTA/OER van de route, dat aangeeft welke onderdelen tot het vmbo, "
              "welke tot het mbo en welke tot beide behoren. Het vmbo-examen wordt in leerjaar 4 afgerond."),

        ("h", H4),
        ("p", "4.1  De regie over de route ligt bij een routeleiding van drie personen: de afdelingsleider "
              "bovenbouw van De Brink, de teamleider Mobiliteit van het Veluwe College en een "
              "trajectcoördinator uit het routeteam."),
        ("p", "4.2  De afdelingsleider en de teamleider worden ieder door het eigen college van bestuur in de "
              "routeleiding benoemd. De trajectcoördinator wordt op voordracht van die twee door beide "
              "colleges gezamenlijk benoemd, voor twee schooljaren; herbenoeming is mogelijk."),
        ("p", "4.3  De routeleiding wordt belast met het opstellen en bijhouden van het PTA/OER, de toelating "
              "van deelnemers, de inroostering van het routeteam binnen de formatie die de colleges haar "
              "toewijzen, de zorg voor deelnemers en de contacten met de Werkgeverskring. Zij beslist "
              "zelfstandig over rooster en programma-inhoud; uitgaven boven € 5.000 en een wijziging van het "
              "aantal instroomplaatsen legt zij vooraf aan beide colleges voor."),
        ("p", "4.4  De routeleiding rapporteert elk halfjaar, uiterlijk op 1 maart en op 1 oktober, schriftelijk "
              "aan beide colleges over instroom, doorstroom, uitval, examenresultaten en knelpunten. Zij "
              "verantwoordt zich jaarlijks in november over het afgelopen schooljaar in een bestuurlijk "
              "overleg van beide colleges, dat tevens de jaarplanning vaststelt."),

        ("h", H5),
        ("p", "5.1  Een deelnemer die de route niet voortzet, krijgt een gelijkwaardige opleiding aangeboden die "
              "eveneens tot een diploma leidt. In leerjaar 3 en 4 is dat de reguliere kaderberoepsgerichte "
              "leerweg van De Brink, in het eigen of een ander profiel; vanaf leerjaar 5 een andere opleiding "
              "op niveau 3 van het Veluwe College, zoals Eerste autotechnicus of Eerste monteur mobiele "
              "werktuigen, waarvoor de vooropleidingseisen dan niet gelden."),
        ("p", "5.2  Wie het vmbo-examen niet haalt, kan het examenjaar overdoen of zonder vmbo-diploma de "
              "mbo-opleiding vervolgen. Uitstroom naar een opleiding bij een andere instelling wordt "
              "ondersteund; die instelling kan daartoe een geschiktheidsonderzoek houden."),
        ("p", "5.3  De afdelingsleider en de teamleider beslissen in onderling overleg met de deelnemer en diens "
              "ouders welke weg wordt gekozen. Zij kijken daarbij naar het bereikte onderwijsniveau en de "
              "leeftijd van de deelnemer en dragen zorg voor een warme overdracht. De werkwijze staat ook in "
              "de schoolgids van De Brink."),

        ("h", H6),
        ("p", "6.1  De Brink draagt per deelnemer in leerjaar 4 een bedrag van € 900 over aan het Veluwe "
              "College, ten behoeve van de inzet van de docenten autotechniek en het gebruik van de "
              "praktijkhal bedoeld in artikel 3. De overdracht geschiedt in twee gelijke termijnen, op 1 "
              "december en 1 mei, naar het aantal deelnemers op 1 oktober. Verder worden geen middelen "
              "overgedragen."),
        ("p", "6.2  De medezeggenschapsraad van De Brink en de studentenraad van het Veluwe College komen "
              "jaarlijks in het voorjaar bijeen in een gezamenlijke routevergadering, waarin de routeleiding "
              "haar rapportage toelicht. Beide raden worden gehoord voordat deze overeenkomst wordt "
              "gewijzigd. Deelnemers in leerjaar 4 mogen uit hun midden één toehoorder met spreekrecht naar "
              "de studentenraad afvaardigen."),

        ("h", "Artikel 7 Klachten en gegevens"),
        ("p", "Een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling "
              "van de partij waar de deelnemer is ingeschreven; de andere partij verleent daaraan alle "
              "medewerking. Partijen wisselen gegevens van deelnemers uit op grond van een "
              "verwerkersovereenkomst."),

        ("h", H8),
        ("p", "8.1  Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("p", "8.2  Een andere school voor vmbo of een andere instelling voor beroepsonderwijs treedt toe door "
              "ondertekening van een toetredingsverklaring, nadat beide colleges daarmee schriftelijk hebben "
              "ingestemd en de toetreder het PTA/OER heeft aanvaard. Toetreding gaat in op 1 augustus."),
        ("p", "8.3  Een partij zegt op bij aangetekende brief, met een termijn van twaalf maanden, tegen het "
              "einde van een schooljaar. Na de opzegging stromen geen nieuwe deelnemers meer in; de lopende "
              "groepen maken het traject af onder de bestaande afspraken."),
        ("p", "8.4  Wijziging geschiedt uitsluitend schriftelijk, met instemming van beide colleges en nadat de "
              "routeleiding is gehoord; een wijziging benadeelt geen deelnemers die al in de route zitten."),
        ("p", "8.5  Verschil van inzicht over de uitvoering van deze overeenkomst wordt eerst voorgelegd aan het "
              "bestuurlijk overleg. Is het na zes weken niet opgelost, dan wijzen partijen samen een "
              "onafhankelijke derde aan die bindend beslist. Komen zij over de persoon van die derde niet "
              "overeen, dan wordt het geschil voorgelegd aan de bevoegde rechter van de Rechtbank Gelderland."),
        ("sp", 10),
        ("sig", "Aldus in tweevoud getekend te Harderwijk op 2 juni 2025."),
        ("sig", "Stichting voor Christelijk Voortgezet Onderwijs Noord-Veluwe\nmevrouw drs. H.A. Wolters, "
                "voorzitter college van bestuur"),
        ("sig", "Stichting Beroepsonderwijs Veluwe-Vallei\nde heer ing. R.J. Kamphuis, voorzitter college van "
                "bestuur"),
    ]
    build_pdf(os.path.join(HERE, stem + ".pdf"), blocks,
              {"title": "Samenwerkingsovereenkomst DLR Mobiliteit en transport – Eerste bedrijfsautotechnicus",
               "author": "De Brink / Veluwe College"},
              footer="Samenwerkingsovereenkomst DLR Noord-Veluwe  ·  pagina {n}")
    write_expected(
        stem,
        "PDF, eight articles most of which combine two or three items (\"Artikel 2 Route en werkveld\", "
        "\"Artikel 4 Leiding, verantwoording en overleg\", \"Artikel 6 Geld en inspraak\", \"Artikel 8 Duur, "
        "toetreding, wijziging en geschillen\"); Noord-Veluwe, M&T kb -> Eerste bedrijfsautotechnicus 3; "
        "wording such as 'de regie ligt bij', 'wordt belast met', 'inroostert', 'treedt toe', 'zegt op'; "
        "€ 900 per deelnemer with bestemming; joint routevergadering of the raden; fully compliant",
        st("p p p p p p p p p p"),
        {"a": H2, "b": H2, "c": H4, "d": H4, "e": H3, "f": H5, "g": H6, "h": H6, "i": H8, "j": H8},
    )


# ---------------------------------------------------------------------------------------------
# 54  DOCX  short main text, "Bijlage 1 Uitwerking" holds the arrangements; c, i, j weak
# ---------------------------------------------------------------------------------------------

def build_54():
    stem = "54_bijlage_uitwerking"
    d = docx_new("Samenwerkingsovereenkomst doorlopende leerroute HBR – Leisure & hospitality",
                 "Waterlandcollege / ROC Zaan-IJ")
    d.add_heading("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo", level=0)
    d.add_paragraph("Horeca, bakkerij en recreatie (kader) – Zelfstandig medewerker leisure & hospitality")
    d.add_paragraph(
        "Stichting Openbaar Voortgezet Onderwijs Waterland, gevestigd te Purmerend, bevoegd gezag van het "
        "Waterlandcollege, school voor vmbo, rechtsgeldig vertegenwoordigd door de voorzitter van haar "
        "college van bestuur, de heer M. Brouwer, en Stichting Regionaal Opleidingencentrum Zaan-IJ, "
        "gevestigd te Zaandam, bevoegd gezag van ROC Zaan-IJ, rechtsgeldig vertegenwoordigd door de "
        "voorzitter van haar college van bestuur, mevrouw S. de Ruiter-Bakker, verklaren het volgende te "
        "zijn overeengekomen.")

    d.add_heading("Artikel 1 Onderwerp", level=1)
    d.add_paragraph(
        "Partijen verzorgen met ingang van het schooljaar 2025-2026 samen de doorlopende leerroute die in "
        "Bijlage 1 wordt beschreven, en melden deze gezamenlijk aan bij de minister via DUO.")
    d.add_heading("Artikel 2 Uitwerking", level=1)
    d.add_paragraph(
        "De afspraken over de route, de regie, het werkveld, de inrichting, de overstap, de financiële "
        "verhouding, de inspraak en onenigheid staan in Bijlage 1 Uitwerking. De bijlage maakt deel uit van "
        "deze overeenkomst en bindt partijen alsof zij in deze hoofdtekst was opgenomen.")
    d.add_heading("Artikel 3 Looptijd en beëindiging", level=1)
    d.add_paragraph(
        "Deze overeenkomst geldt voor onbepaalde tijd. Elk van partijen kan haar opzeggen per 1 augustus, "
        "met inachtneming van een opzegtermijn van een volledig schooljaar; deelnemers die op dat moment in "
        "de route zitten, maken het traject af. Wijzigingen worden vastgelegd in een schriftelijke, door "
        "beide colleges van bestuur ondertekende aanvulling. De voorwaarden waaronder een andere school of "
        "instelling kan toetreden, zijn nader overeen te komen.")
    d.add_heading("Artikel 4 Ondertekening", level=1)
    d.add_paragraph("Aldus overeengekomen en in tweevoud ondertekend te Purmerend op 10 juni 2025.")
    d.add_paragraph("Voor Stichting Openbaar Voortgezet Onderwijs Waterland: M. Brouwer")
    d.add_paragraph("Voor Stichting Regionaal Opleidingencentrum Zaan-IJ: S. de Ruiter-Bakker")

    d.add_page_break()
    d.add_heading("Bijlage 1 Uitwerking", level=1)
    d.add_paragraph("Deze bijlage hoort bij de samenwerkingsovereenkomst van 10 juni 2025 (artikel 2).")
    sections = [
        ("1. Route en opleiding",
         "Leerlingen van de kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, volgen vanaf "
         "leerjaar 3 een programma dat zonder knip doorloopt in de opleiding Zelfstandig medewerker leisure & "
         "hospitality, niveau 3 (vakopleiding, BOL), in het opleidingsdomein Toerisme en recreatie van ROC "
         "Zaan-IJ. De route leidt in vijf jaar tot het vmbo-diploma en het mbo-diploma."),
        ("2. Regievoering",
         "De route wordt geregisseerd door een duo: de teamleider bovenbouw kader van het Waterlandcollege en "
         "de opleidingsmanager Toerisme en recreatie van ROC Zaan-IJ. Elk college van bestuur wijst zijn eigen "
         "lid van het duo aan, telkens voor drie schooljaren. Ontstaat een vacature, dan voorziet het "
         "betrokken college daarin binnen twee maanden."),
        ("3. Terugkoppeling aan de besturen",
         "Het duo brengt eenmaal per jaar, vóór 15 oktober, een schriftelijk routeverslag uit aan beide "
         "colleges van bestuur over het aantal deelnemers, uitval, examenresultaten en de ervaringen van de "
         "leerbedrijven. Het verslag wordt in het voorjaar met beide colleges besproken in een bestuurlijk "
         "overleg."),
        ("4. Werkveld",
         "Vakantiepark De Purmer, hotel- en congrescentrum Waterland Plaza en evenementenbureau Beemster "
         "Events leveren vanaf leerjaar 4 stageplaatsen en beoordelen de praktijkopdrachten van de deelnemers "
         "mee; zij zijn door SBB als leerbedrijf erkend. Eens per jaar, in februari, bespreken hun "
         "praktijkopleiders in een werkveldsessie met het docententeam het programma van het komende "
         "schooljaar en dragen zij opdrachten aan voor de projectweken."),
        ("5. Mensen en middelen",
         "Leerjaar 3 en 4 worden gegeven in het lesgebouw van het Waterlandcollege. Vanaf leerjaar 4 werken de "
         "deelnemers één dag per week in het leerhotel van ROC Zaan-IJ in Zaandam, waarvan het ROC de keuken, "
         "de receptiebalie en de zalen ter beschikking stelt. Het ROC roostert in leerjaar 4 een docent "
         "recreatie en een praktijkinstructeur in voor zes lesuren per week op het Waterlandcollege. "
         "vmbo-docenten en mbo-docenten werken als één team en zetten voor de beroepsgerichte onderdelen de "
         "teambevoegdheid in. Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER, dat "
         "beide colleges jaarlijks vóór 1 oktober vaststellen."),
        ("6. Van route veranderen",
         "Een deelnemer die de route verlaat, vervolgt zijn opleiding tot en met leerjaar 4 in de reguliere "
         "kaderberoepsgerichte leerweg van het Waterlandcollege, in hetzelfde of een ander profiel, en vanaf "
         "leerjaar 5 in een andere opleiding op niveau 3 van ROC Zaan-IJ, bijvoorbeeld Zelfstandig werkend "
         "gastheer/gastvrouw, zonder dat vooropleidingseisen gelden. Wie het vmbo-examen niet haalt, kan het "
         "naast de mbo-opleiding opnieuw afleggen. Welke weg het wordt, bepalen de mentor van het "
         "Waterlandcollege en de loopbaanbegeleider van het ROC samen met de deelnemer en diens ouders, gelet "
         "op het bereikte niveau en de leeftijd van de deelnemer."),
        ("7. Financiële verhouding",
         "Partijen dragen geen bekostiging aan elkaar over. Elke partij draagt de kosten van haar eigen "
         "personeel en voorzieningen."),
        ("8. Inspraak",
         "Deelnemers in leerjaar 3 en 4 kiezen jaarlijks één vertegenwoordiger, die met adviserende stem "
         "deelneemt aan de vergaderingen van de studentenraad van ROC Zaan-IJ waarin de route aan de orde is. "
         "De medezeggenschapsraad van het Waterlandcollege en de studentenraad ontvangen elk jaar het "
         "routeverslag en kunnen daarover gezamenlijk advies uitbrengen aan beide colleges van bestuur."),
        ("9. Onenigheid",
         "Rijzen er tussen partijen verschillen van inzicht over de uitvoering van deze overeenkomst, dan "
         "worden die in goed overleg tussen de colleges van bestuur opgelost."),
    ]
    for head, body in sections:
        d.add_heading(head, level=2)
        d.add_paragraph(body)
    docx_save(d, os.path.join(HERE, stem + ".docx"))
    write_expected(
        stem,
        "DOCX, four short articles (Heading 1) and a 'Bijlage 1 Uitwerking' with its own numbered Heading 2 "
        "sections that holds the arrangements; Waterland (Purmerend), HBR kb -> Zelfstandig medewerker "
        "leisure & hospitality 3; the regie-duo has samenstelling and aanwijzing but no taken/bevoegdheden; "
        "'9. Onenigheid' only 'in goed overleg'; toetreding 'nader overeen te komen' in Artikel 3; "
        "explicitly no transfer; a pupil representative in the studentenraad",
        st("p p w p p p p p w w"),
        {"a": "1. Route en opleiding", "b": "4. Werkveld", "d": "3. Terugkoppeling aan de besturen",
         "e": "5. Mensen en middelen", "f": "6. Van route veranderen", "g": "7. Financiële verhouding",
         "h": "8. Inspraak"},
    )


# ---------------------------------------------------------------------------------------------
# 55  PDF  long considerans that mentions every item; b only restates the statute, g missing
# ---------------------------------------------------------------------------------------------

def build_55():
    stem = "55_lange_considerans"
    A1 = "Artikel 1 De route"
    A2 = "Artikel 2 De stuurgroep"
    A4 = "Artikel 4 Rekenschap"
    A5 = "Artikel 5 Inrichting van het onderwijs"
    A6 = "Artikel 6 Verlaten van de route"
    A7 = "Artikel 7 Beslechting van geschillen"
    A8 = "Artikel 8 Toetreding, opzegging en wijziging"
    cons = [
        "a.  dat in Midden-Limburg een aanhoudend tekort bestaat aan middenkaders in de bouw, dat leerlingen "
        "van de gemengde leerweg met het profiel Bouwen, wonen en interieur gebaat zijn bij een ononderbroken "
        "weg naar een opleiding op niveau 4 en dat partijen daarom een doorlopende leerroute willen "
        "verzorgen die aansluit bij het opleidingsdomein Bouw en infra;",
        "b.  dat de bouwbedrijven in de regio, verenigd in de Bouwkring Roermond, te kennen hebben gegeven "
        "bij de route betrokken te willen worden, en dat partijen het bedrijfsleven in de route een plaats "
        "willen geven die recht doet aan de inbreng die de regionale bouwsector kan leveren;",
        "c.  dat partijen de regie over de route willen beleggen bij een gezamenlijke leiding, waarvan de "
        "samenstelling, de benoeming en de taken en bevoegdheden helder moeten zijn, opdat de samenwerking "
        "niet afhankelijk wordt van personen;",
        "d.  dat de colleges van bestuur van beide partijen zich regelmatig willen laten informeren over het "
        "verloop van de route en de leiding van de route hun rekenschap verschuldigd is;",
        "e.  dat de route vraagt om de inzet van personeel en faciliteiten van beide partijen en om een "
        "programma en een examinering die per leerjaar zijn beschreven;",
        "f.  dat een leerling die de route niet kan of wil voortzetten, altijd een passend vervolg moet "
        "worden geboden dat leidt tot een diploma;",
        "g.  dat partijen zich hebben beraden op de vraag of een deel van de door hen ontvangen bekostiging "
        "aan de andere partij moet worden overgedragen, als bedoeld in artikel 5.42a van de Wet voortgezet "
        "onderwijs 2020 en artikel 9.1.15 van de Wet educatie en beroepsonderwijs;",
        "h.  dat de medezeggenschapsraad van het Roerdal College en de studentenraad van het Maaspoort "
        "College over het voornemen tot samenwerking zijn geïnformeerd, en dat partijen de inrichting van de "
        "medezeggenschap in de route van belang achten;",
        "i.  dat partijen het wenselijk achten dat geschillen over de uitvoering van hun samenwerking snel "
        "en buiten de openbare rechtspraak worden beslecht;",
        "j.  dat de route in de toekomst open moet kunnen staan voor andere scholen en instellingen, en dat "
        "opzegging of wijziging van de samenwerking de leerlingen en studenten zo weinig mogelijk mag "
        "raken;",
        "k.  dat artikel 2.107b, tweede lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de "
        "Wet educatie en beroepsonderwijs voorschrijven dat over de hiervoor genoemde onderwerpen in een "
        "samenwerkingsovereenkomst afspraken worden gemaakt, en dat partijen die afspraken hierbij wensen "
        "vast te leggen;",
    ]
    blocks = [
        ("title", "OVEREENKOMST"),
        ("sub", "inzake de doorlopende leerroute Bouwen, wonen en interieur (gemengde leerweg)\n"
                "– Middenkaderfunctionaris bouw, niveau 4 –"),
        ("p", "De ondergetekenden:"),
        ("li", "I.  de Stichting Scholengroep Maas en Roer, statutair gevestigd te Roermond, als bevoegd gezag "
               "van het Roerdal College, school voor vmbo, ten deze rechtsgeldig vertegenwoordigd door de heer "
               "drs. P.W.M. Janssen, voorzitter van het college van bestuur, hierna te noemen: het Roerdal "
               "College;"),
        ("li", "II.  de Stichting Beroepsonderwijs Midden-Limburg, statutair gevestigd te Roermond, als bevoegd "
               "gezag van het Maaspoort College, instelling voor beroepsonderwijs, ten deze rechtsgeldig "
               "vertegenwoordigd door mevrouw ir. C.A. Hermans-Vossen, voorzitter van het college van "
               "bestuur, hierna te noemen: het Maaspoort College;"),
        ("p", "Overwegende:"),
    ]
    blocks += [("li", c) for c in cons]
    blocks += [
        ("p", "komen overeen als volgt."),
        ("h", A1),
        ("p", "De doorlopende leerroute waarop deze overeenkomst ziet, voert leerlingen van de gemengde leerweg, "
              "profiel Bouwen, wonen en interieur, van het derde leerjaar van het Roerdal College in zes "
              "schooljaren naar het diploma van de middenkaderopleiding Middenkaderfunctionaris bouw, niveau 4, "
              "in het opleidingsdomein Bouw en infra van het Maaspoort College, met dien verstande dat het "
              "vmbo-diploma uiterlijk aan het einde van het tweede leerjaar van de route wordt behaald."),
        ("h", A2),
        ("p", "Met de leiding over de route wordt een stuurgroep belast, bestaande uit de sectordirecteur "
              "techniek van het Roerdal College, de onderwijsmanager Bouw van het Maaspoort College en, als "
              "secretaris zonder stemrecht, de routecoördinator. De benoeming van de twee stemgerechtigde "
              "leden geschiedt door het college van bestuur van de partij bij wie zij in dienst zijn; de "
              "aanwijzing van de routecoördinator geschiedt door beide colleges gezamenlijk, voor de duur van "
              "drie schooljaren. Aan de stuurgroep zijn opgedragen: de vaststelling van het jaarrooster, de "
              "voorbereiding van het gezamenlijke PTA/OER ter vaststelling door beide colleges, de toelating "
              "van leerlingen tot de route en de verdeling van de lestaken over het docententeam binnen de "
              "formatie die de colleges daarvoor beschikbaar stellen; besluiten die buiten die formatie "
              "treden, behoeven de voorafgaande instemming van het betrokken college."),
        ("h", "Artikel 3 Werkveld"),
        ("p", "Het bedrijfsleven zal worden betrokken bij de invulling van de doorlopende leerroute vmbo-mbo, "
              "overeenkomstig artikel 2.107b, tweede lid, van de Wet voortgezet onderwijs 2020."),
        ("h", A4),
        ("p", "De stuurgroep legt jaarlijks vóór 1 december door middel van een schriftelijk "
              "verantwoordingsverslag rekenschap af aan beide colleges van bestuur over het voorafgaande "
              "schooljaar, en verschaft beide colleges in maart een tussentijdse voortgangsnotitie met de "
              "kengetallen over instroom, doorstroom en uitstroom, welke stukken in een gezamenlijk bestuurlijk "
              "overleg worden besproken."),
        ("h", A5),
        ("p", "Het onderwijs in de vo-fase wordt verzorgd in het gebouw van het Roerdal College en het onderwijs "
              "in de mbo-fase op de bouwcampus van het Maaspoort College, met dien verstande dat de leerlingen "
              "in de vo-fase op woensdag gebruikmaken van de bouwwerkplaats en het BIM-lab die het Maaspoort "
              "College daartoe ter beschikking stelt, terwijl het Roerdal College op zijn beurt het tekenlokaal "
              "openstelt voor lessen van docenten van het Maaspoort College. Het Maaspoort College stelt in de "
              "vo-fase een docent bouwkunde voor acht uur per week beschikbaar, die in het rooster van het "
              "Roerdal College wordt opgenomen; de docenten van beide partijen vormen één docententeam dat voor "
              "de vakoverstijgende bouwprojecten gebruikmaakt van de teambevoegdheid. Het onderwijsprogramma en "
              "de examinering per leerjaar worden beschreven in het gezamenlijke PTA/OER."),
        ("h", A6),
        ("p", "Het verlaten van de route leidt niet tot verlies van het diplomaperspectief: in de vo-fase wordt "
              "de leerling geplaatst in de reguliere gemengde of kaderberoepsgerichte leerweg van het Roerdal "
              "College, in het eigen of een ander profiel, en in de mbo-fase staat uitstroom naar een andere "
              "opleiding op niveau 4, of zo dat beter past op niveau 3, binnen het domein Bouw en infra of een "
              "ander domein van het Maaspoort College open, zonder toepassing van de vooropleidingseisen. De "
              "keuze wordt gemaakt door de sectordirecteur en de onderwijsmanager gezamenlijk, na een gesprek "
              "met de leerling en diens ouders, met inachtneming van het bereikte onderwijsniveau en de "
              "leeftijd van de leerling."),
        ("h", A7),
        ("p", "Geschillen tussen partijen over de uitvoering van deze overeenkomst worden, nadat de stuurgroep "
              "en vervolgens de colleges van bestuur zonder resultaat overleg hebben gevoerd, voorgelegd aan een "
              "door partijen gezamenlijk aan te wijzen mediator; is het geschil drie maanden na de aanvang van "
              "de mediation niet opgelost, dan wordt het beslecht door de bevoegde rechter van de Rechtbank "
              "Limburg."),
        ("h", A8),
        ("p", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze "
              "overeenkomst toetreden door medeondertekening, met schriftelijke instemming van beide partijen en "
              "met ingang van een nieuw schooljaar. Opzegging geschiedt schriftelijk tegen 1 augustus, met "
              "inachtneming van een termijn van ten minste twaalf maanden, met dien verstande dat leerlingen die "
              "vóór de opzegging in de route zijn ingestroomd, de route bij partijen afronden. Wijziging "
              "geschiedt schriftelijk, na overleg in de stuurgroep, en gaat niet eerder in dan bij het begin van "
              "een schooljaar, zodat zittende leerlingen niet tussentijds met een ander programma worden "
              "geconfronteerd."),
        ("h", "Artikel 9 Inwerkingtreding"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025."),
        ("sp", 8),
        ("sig", "Aldus overeengekomen en in tweevoud ondertekend te Roermond op 19 mei 2025.\n\n"
                "Stichting Scholengroep Maas en Roer, drs. P.W.M. Janssen\n"
                "Stichting Beroepsonderwijs Midden-Limburg, ir. C.A. Hermans-Vossen"),
    ]
    build_pdf(os.path.join(HERE, stem + ".pdf"), blocks,
              {"title": "Overeenkomst doorlopende leerroute BWI gl – Middenkaderfunctionaris bouw",
               "author": "Roerdal College / Maaspoort College"},
              base="Times-Roman", bold="Times-Bold", size=11, footer="– {n} –")
    write_expected(
        stem,
        "PDF (Times), notarial style with a long considerans (a-k) that mentions every item, including "
        "bedrijfsleven, bekostiging and medezeggenschap; Midden-Limburg (Roermond), BWI gl -> "
        "Middenkaderfunctionaris bouw 4; 'Artikel 3 Werkveld' only restates the statute; no operative text "
        "on finances (the considerans g does not count); no medezeggenschap article; nominal phrasing "
        "('met de leiding wordt belast', 'rekenschap af'); mediation then Rechtbank Limburg",
        st("p w p p p p m na p p"),
        {"a": A1, "c": A2, "d": A4, "e": A5, "f": A6, "i": A7, "j": A8},
    )


# ---------------------------------------------------------------------------------------------
# 56  DOCX  four parties (two vmbo schools, two mbo instellingen); compliant
# ---------------------------------------------------------------------------------------------

def build_56():
    stem = "56_vier_partijen"
    d = docx_new("Samenwerkingsovereenkomst doorlopende leerroutes Techniek West-Brabant",
                 "Regiegroep Techniek West-Brabant")
    d.add_heading("Samenwerkingsovereenkomst doorlopende leerroutes Techniek West-Brabant", level=0)
    d.add_paragraph("tussen twee scholen voor vmbo en twee instellingen voor beroepsonderwijs")
    d.add_paragraph("Partijen bij deze overeenkomst zijn:")
    for t in [
        "Stichting Katholiek Onderwijs Oosterhout, bevoegd gezag van Scholengroep Het Kompas, school voor "
        "vmbo te Oosterhout, vertegenwoordigd door de heer J.C. van Gils, voorzitter van het college van "
        "bestuur, hierna: Het Kompas;",
        "Stichting Openbaar Voortgezet Onderwijs Breda-Noord, bevoegd gezag van Vakcollege De Mark, school "
        "voor vmbo te Breda, vertegenwoordigd door mevrouw A. Verschuren, bestuurder, hierna: De Mark;",
        "Stichting Regionaal Opleidingencentrum Baronie, instelling voor beroepsonderwijs te Breda, "
        "vertegenwoordigd door de heer dr. T. Oomen, voorzitter van het college van bestuur, hierna: ROC "
        "Baronie;",
        "Stichting Opleidingscentrum Procesindustrie Moerdijk, instelling voor beroepsonderwijs "
        "(vakinstelling) te Moerdijk, vertegenwoordigd door mevrouw ing. L. Dekkers, directeur-bestuurder, "
        "hierna: OPM.",
    ]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph(
        "Het Kompas en De Mark heten hierna samen ook de scholen, ROC Baronie en OPM de instellingen. Het "
        "Kompas, De Mark, ROC Baronie en OPM spreken het volgende af, ieder als bevoegd gezag en ieder "
        "gebonden jegens alle andere partijen.")

    H = {
        1: "1 — Routes en opleidingen",
        2: "2 — Werkgevers in de route",
        3: "3 — Regiegroep",
        4: "4 — Rekenschap aan de vier besturen",
        5: "5 — Waar, door wie en waarmee",
        6: "6 — Overstappen zonder diplomaverlies",
        7: "7 — Bekostiging",
        8: "8 — Routeplatform",
        9: "9 — Verschillen van inzicht",
        10: "10 — Toetreden, uittreden en wijzigen",
    }
    d.add_heading(H[1], level=1)
    d.add_paragraph(
        "Partijen verzorgen samen twee doorlopende leerroutes. Beide beginnen in leerjaar 3 van de "
        "kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie, op Het Kompas en op De "
        "Mark, en duren vijf schooljaren:")
    docx_table(d, [
        ["Route", "vmbo (beide scholen)", "mbo-opleiding", "Niveau", "Instelling"],
        ["A", "kader, Produceren, installeren en energie",
         "Eerste monteur utiliteit (domein Installatie- en energietechniek)", "3", "ROC Baronie"],
        ["B", "kader, Produceren, installeren en energie", "Operator B (domein Procestechniek)", "3", "OPM"],
    ], widths_cm=[1.3, 4.2, 6.0, 1.4, 2.6])
    d.add_paragraph(
        "Elke school en elke instelling meldt iedere route waaraan zij deelneemt afzonderlijk aan in RIO.")

    d.add_heading(H[2], level=1)
    d.add_paragraph(
        "Installatiebedrijven uit de regio en de procesbedrijven op het industrieterrein Moerdijk, verenigd "
        "in de werkgeversvereniging Industriekring Moerdijk, nemen op vier manieren deel. Zij leveren vanaf "
        "leerjaar 4 de leerbedrijfplaatsen voor de beroepspraktijkvorming (alle door SBB erkend); zij "
        "stellen vakmensen beschikbaar die als examinator of assessor optreden bij de proeven van "
        "bekwaamheid; zij ontvangen in leerjaar 3 iedere klas voor een bedrijfsbezoek en een doe-dag; en "
        "twee door de Industriekring aangewezen vertegenwoordigers hebben zitting in de klankbordgroep die "
        "het programma van beide routes jaarlijks in mei doorlicht.")

    d.add_heading(H[3], level=1)
    d.add_paragraph(
        "Over beide routes waakt een regiegroep van vier leden: per partij één leidinggevende op "
        "directie- of teamleidersniveau. Elk bestuur wijst zijn lid aan bij schriftelijk besluit en doet "
        "daarvan mededeling aan de andere besturen; het voorzitterschap wisselt per schooljaar. De "
        "regiegroep wordt belast met de voorbereiding van het PTA/OER per route, de instroom en plaatsing "
        "van deelnemers over de twee routes, de verdeling van de docenteninzet, het overleg met de "
        "klankbordgroep en het toezicht op de overstapbeslissingen bedoeld in onderdeel 6. De regiegroep "
        "beslist bij meerderheid; voor een besluit met financiële gevolgen voor een partij is de instemming "
        "van het bestuur van die partij vereist.")

    d.add_heading(H[4], level=1)
    d.add_paragraph(
        "De regiegroep verantwoordt zich jaarlijks vóór 15 november in een schriftelijk verslag aan de vier "
        "besturen, met cijfers per route en per school over instroom, uitval en diploma's en over de "
        "besteding van de overgedragen middelen. In april ontvangen de besturen een beknopte "
        "tussenrapportage. Het jaarverslag wordt in december besproken in een bestuurlijk overleg, waarin elk "
        "bestuur zich laat vertegenwoordigen door een lid van het college van bestuur of de bestuurder.")

    d.add_heading(H[5], level=1)
    d.add_paragraph(
        "Leerjaar 3 en 4 worden gegeven op de eigen school. Vanaf leerjaar 5 volgen de deelnemers van route "
        "A het onderwijs op de techniekcampus van ROC Baronie in Breda en die van route B in het "
        "opleidingscentrum van OPM in Moerdijk. Deelnemers in leerjaar 4 werken twee middagen per week in de "
        "installatiewerkplaats van ROC Baronie of in de trainingsfabriek van OPM, die de instellingen daartoe "
        "openstellen; de scholen stellen hun praktijklokalen elektrotechniek en metaal open voor de lessen "
        "die mbo-docenten in leerjaar 4 verzorgen.")
    d.add_paragraph(
        "ROC Baronie detacheert voor de vo-fase bij elk van de scholen een docent installatietechniek voor 0,4 "
        "fte, OPM een docent procestechniek voor 0,2 fte; zij worden ingeroosterd in het routeteam van die "
        "school. vmbo- en mbo-docenten werken per school als één team met teambevoegdheid, waarbij voor ieder "
        "onderdeel een bevoegde docent verantwoordelijk is. Het programma en de examinering per leerjaar "
        "liggen per route vast in het PTA/OER.")

    d.add_heading(H[6], level=1)
    d.add_paragraph(
        "Een deelnemer die zijn route niet voortzet, stapt over naar de andere route als die beter past, "
        "naar de reguliere kaderberoepsgerichte leerweg van zijn school (vo-fase) of naar een andere "
        "opleiding op niveau 3 bij de instelling waar hij al onderwijs volgt (mbo-fase); de "
        "vooropleidingseisen gelden dan niet. Wie verhuist, wordt met een warme overdracht naar een "
        "vergelijkbare opleiding in zijn nieuwe woonplaats begeleid. De school waar de deelnemer is of was "
        "ingeschreven en de instelling van zijn route beslissen gezamenlijk, na een gesprek met de deelnemer "
        "en diens ouders, op grond van het bereikte niveau en de leeftijd; de regiegroep ziet erop toe dat "
        "dit binnen vier weken gebeurt.")

    d.add_heading(H[7], level=1)
    d.add_paragraph(
        "Elke school draagt per deelnemer in leerjaar 4 € 750 over aan de instelling bij welke die "
        "deelnemer de route volgt, ten behoeve van de gedetacheerde docent en het gebruik van de werkplaats "
        "of de trainingsfabriek. Peildatum is 1 oktober; betaling vóór 1 februari. Andere overdrachten van "
        "bekostiging vinden tussen partijen niet plaats.")

    d.add_heading(H[8], level=1)
    d.add_paragraph(
        "De medezeggenschapsraden van beide scholen en de studentenraden van beide instellingen vaardigen "
        "elk twee leden af naar een routeplatform. De raden komen in die vorm jaarlijks in oktober bijeen; "
        "het platform bespreekt het verslag van de regiegroep en brengt gevraagd en ongevraagd advies uit "
        "aan de vier besturen. Een wijziging van deze overeenkomst wordt niet vastgesteld dan nadat het "
        "routeplatform in de gelegenheid is gesteld daarover advies uit te brengen. De wettelijke "
        "bevoegdheden van de afzonderlijke raden blijven onverlet.")

    d.add_heading(H[9], level=1)
    d.add_paragraph(
        "Een geschil tussen twee of meer partijen over de uitvoering van deze overeenkomst wordt eerst "
        "besproken in de regiegroep en daarna in het bestuurlijk overleg. Leidt dat binnen acht weken niet "
        "tot een oplossing, dan schakelen de betrokken partijen een mediator in. Blijft het geschil daarna "
        "bestaan, dan leggen zij het voor aan een onafhankelijke derde die zij gezamenlijk aanwijzen en die "
        "bindend beslist.")

    d.add_heading(H[10], level=1)
    d.add_paragraph(
        "Een andere school voor vmbo of instelling voor beroepsonderwijs treedt toe met instemming van alle "
        "besturen, door ondertekening van een toetredingsverklaring en met ingang van 1 augustus; de "
        "toetreder meldt de route aan in RIO. Een partij zegt op bij aangetekende brief, ten minste een jaar "
        "vóór 1 augustus; de overeenkomst blijft tussen de overige partijen van kracht. Nieuwe instroom via "
        "de uittredende partij stopt, maar de lopende groepen maken het traject af bij de partijen waar zij "
        "het onderwijs volgen. Wijziging vereist een schriftelijk besluit van alle besturen, na advies van "
        "het routeplatform, en geldt alleen voor nieuwe cohorten wanneer zittende deelnemers er anders "
        "nadeel van zouden ondervinden.")

    d.add_heading("11 — Ondertekening", level=1)
    d.add_paragraph("Aldus in viervoud opgemaakt en ondertekend te Breda op 23 juni 2025.")
    docx_table(d, [
        ["Partij", "Naam en functie"],
        ["Het Kompas", "J.C. van Gils, voorzitter college van bestuur"],
        ["De Mark", "A. Verschuren, bestuurder"],
        ["ROC Baronie", "dr. T. Oomen, voorzitter college van bestuur"],
        ["OPM", "ing. L. Dekkers, directeur-bestuurder"],
    ], widths_cm=[4.0, 11.0])
    docx_save(d, os.path.join(HERE, stem + ".docx"))
    write_expected(
        stem,
        "DOCX, multi-party: two vmbo boards and two mbo boards (a ROC and a vakinstelling), two routes in a "
        "Word table; Heading 1 titles '1 — ...'; West-Brabant (Oosterhout/Breda/Moerdijk), PIE kb -> Eerste "
        "monteur utiliteit 3 / Operator B 3; regiegroep with one lid per bestuur; detachering; € 750 per "
        "deelnemer with bestemming; routeplatform of the four raden; mediator then bindende beslissing by an "
        "onafhankelijke derde; toetreding needs all besturen; fully compliant",
        st("p p p p p p p p p p"),
        {"a": H[1], "b": H[2], "c": H[3], "d": H[4], "e": H[5], "f": H[6], "g": H[7], "h": H[8], "i": H[9],
         "j": H[10]},
    )


# ---------------------------------------------------------------------------------------------
# 57  TXT  interne regeling of an AOC ("Regeling", "Artikel N"), geïntegreerde route; e, f weak
# ---------------------------------------------------------------------------------------------

def build_57():
    stem = "57_regeling_aoc"
    A = {
        1: "Artikel 1 Begrippen",
        2: "Artikel 2 Reikwijdte",
        3: "Artikel 3 Praktijkbedrijven",
        4: "Artikel 4 Routeleiding",
        5: "Artikel 5 Verslag",
        6: "Artikel 6 Inrichting",
        7: "Artikel 7 Uitstappen",
        8: "Artikel 8 Middelen",
        9: "Artikel 9 Slotbepalingen",
    }
    body = {
        1: ["In deze regeling wordt verstaan onder:",
            "- AOC: de Stichting Agrarisch Opleidingscentrum De Kempen;",
            "- vmbo-afdeling: de school voor vmbo van het AOC, afdeling Groen, locatie Reusel;",
            "- mbo-afdeling: de instelling voor beroepsonderwijs van het AOC, afdeling Dier, locatie Eersel;",
            "- route: de geïntegreerde route bedoeld in artikel 2;",
            "- leerling: een leerling of student die aan de route deelneemt."],
        2: ["2.1 Deze regeling betreft de geïntegreerde route van de basisberoepsgerichte leerweg, profiel "
            "Groen, naar de opleiding Medewerker dierverzorging, niveau 2 (basisberoepsopleiding, BOL), in het "
            "opleidingsdomein Voedsel, natuur en leefomgeving.",
            "2.2 De route begint in leerjaar 3, duurt vier schooljaren en leidt tot het mbo-diploma. Een "
            "vmbo-examen wordt in de route niet afgenomen.",
            "2.3 Een leerling wordt tot de route toegelaten in overleg met de leerling en diens ouders."],
        3: ["3.1 Dierenpensions, kinderboerderijen, een dierenartsenpraktijk en dierenspeciaalzaken in de "
            "Kempen die door SBB als leerbedrijf zijn erkend, bieden vanaf leerjaar 3 snuffelstages en vanaf "
            "leerjaar 4 plaatsen voor de beroepspraktijkvorming aan.",
            "3.2 Hun praktijkopleiders beoordelen de praktijkopdrachten van de leerlingen mee.",
            "3.3 De werkveldcommissie Dier van het AOC, waarin vijf van deze bedrijven zitting hebben, brengt "
            "jaarlijks in het voorjaar advies uit over het programma van het volgende schooljaar."],
        4: ["4.1 De leiding van de route berust bij de teamleider vmbo Groen en de teamleider mbo Dier "
            "gezamenlijk.",
            "4.2 Zij worden als routeleiding aangewezen door het college van bestuur, dat ook in hun "
            "vervanging voorziet.",
            "4.3 De routeleiding draagt zorg voor de toelating van leerlingen, het rooster, de onderwijs- en "
            "examenregeling van de route en de inzet van het routeteam. Zij beslist over toelating en rooster "
            "en doet het college van bestuur jaarlijks een voorstel voor formatie en budget van de route."],
        5: ["De routeleiding brengt jaarlijks vóór 1 december schriftelijk verslag uit aan het college van "
            "bestuur over het voorafgaande schooljaar, met cijfers over instroom, doorstroom en uitval, en "
            "bespreekt dat verslag in het eerstvolgende directieoverleg met het college."],
        6: ["6.1 Leerjaar 3 en 4 worden gegeven op de locatie Reusel, leerjaar 5 en 6 op de locatie Eersel.",
            "6.2 Docenten van de vmbo-afdeling en van de mbo-afdeling vormen één routeteam. Zij worden op "
            "beide locaties ingeroosterd en maken gebruik van de teambevoegdheid; voor ieder "
            "programmaonderdeel is een bevoegde docent in het team.",
            "6.3 Het programma en de examinering per leerjaar staan in de onderwijs- en examenregeling van "
            "de route."],
        7: ["Een leerling die de geïntegreerde route verlaat, stroomt automatisch door naar de Entree-opleiding "
            "van het AOC op de locatie Eersel en wordt daarvoor door de routeleiding ingeschreven."],
        8: ["Omdat de vmbo-afdeling en de mbo-afdeling deel uitmaken van één rechtspersoon, vindt geen "
            "overdracht van bekostiging plaats als bedoeld in artikel 5.42a van de Wet voortgezet onderwijs "
            "2020 of artikel 9.1.15 van de Wet educatie en beroepsonderwijs. De middelen voor de route worden "
            "via de jaarbegroting van het AOC toegewezen."],
        9: ["9.1 Deze regeling treedt in werking op 1 augustus 2025.",
            "9.2 Zij wordt aangehaald als: Regeling geïntegreerde route Dierverzorging."],
    }
    out = [
        "REGELING GEÏNTEGREERDE ROUTE GROEN – DIERVERZORGING",
        "Stichting Agrarisch Opleidingscentrum De Kempen",
        "",
        wrap("Het college van bestuur van de Stichting Agrarisch Opleidingscentrum De Kempen, bevoegd gezag "
             "van zowel de school voor vmbo (afdeling Groen, locatie Reusel) als de instelling voor "
             "beroepsonderwijs (afdeling Dier, locatie Eersel);"),
        "",
        wrap("gelet op artikel 2.107b, derde lid, en artikel 2.107l van de Wet voortgezet onderwijs 2020 en op "
             "artikel 9.1.3, derde lid, en artikel 9.1.17 van de Wet educatie en beroepsonderwijs;"),
        "",
        wrap("overwegende dat de route geheel binnen één rechtspersoon wordt verzorgd en dat daarom in plaats van "
             "een samenwerkingsovereenkomst een interne regeling wordt vastgesteld;"),
        "",
        "besluit vast te stellen de volgende regeling.",
        "",
    ]
    for n in range(1, 10):
        out.append("")
        out.append(A[n])
        out.append("")
        for par in body[n]:
            out.append(wrap(par, indent="") if not par.startswith("- ") else
                       textwrap.fill(par, width=92, subsequent_indent="  "))
    out += ["", "",
            "Aldus vastgesteld door het college van bestuur op 16 juni 2025.",
            "",
            "Drs. W.J.M. van de Ven, voorzitter college van bestuur"]
    write_text(os.path.join(HERE, stem + ".txt"), "\n".join(out))
    write_expected(
        stem,
        "TXT, interne regeling of an AOC ('Regeling', considerans 'gelet op', 'besluit vast te stellen', "
        "'Artikel N Titel'); De Kempen (Reusel/Eersel), geïntegreerde route Groen bb -> Medewerker "
        "dierverzorging 2; 'Artikel 6 Inrichting' arranges locations, team and teambevoegdheid but no "
        "faciliteiten; 'Artikel 7 Uitstappen' sends pupils automatically to Entree; explicitly no transfer "
        "inside one rechtspersoon; h, i, j not applicable",
        st("p p p p w w p na na na"),
        {"a": A[2], "b": A[3], "c": A[4], "d": A[5], "g": A[8]},
    )


# ---------------------------------------------------------------------------------------------
# 58  MD  geïntegreerde route with a guaranteed passende plek; compliant
# ---------------------------------------------------------------------------------------------

def build_58():
    stem = "58_geintegreerde_route_passende_plek"
    H = {
        1: "1. Het traject in het kort",
        2: "2. Bedrijven aan boord",
        3: "3. Wie trekt de kar",
        4: "4. Rekenschap",
        5: "5. Rooster, ruimte en mensen",
        6: "6. Passende plek gegarandeerd",
        7: "7. Geld",
        8: "8. Stem van leerlingen, ouders en personeel",
        9: "9. Als partijen het oneens zijn",
        10: "10. Aansluiten, aanpassen, afscheid",
    }
    md = f"""# Samenwerkingsovereenkomst geïntegreerde route

*Produceren, installeren en energie (basis) – Monteur mechatronica, niveau 2*

**Partijen:** Stichting Christelijk Voortgezet Onderwijs IJssel-Vecht, bevoegd gezag van Vakcollege De
Buitenwacht te Kampen (*De Buitenwacht*), en Stichting Beroepsonderwijs IJsseldelta, bevoegd gezag van het
IJsseldelta College te Kampen en Zwolle (*het IJsseldelta College*), ieder vertegenwoordigd door de
voorzitter van het college van bestuur.

Partijen bieden samen een geïntegreerde route vmbo-basisberoepsopleiding aan (artikel 2.107l WVO 2020,
artikel 9.1.17 WEB) en spreken daarover het volgende af.

## {H[1]}

Leerlingen van de basisberoepsgerichte leerweg, profiel **Produceren, installeren en energie**, die daar na
overleg met hun ouders en met het IJsseldelta College voor kiezen, volgen vanaf leerjaar 3 één programma dat
leidt tot het diploma **Monteur mechatronica, niveau 2** (basisberoepsopleiding, BOL), opleidingsdomein
Techniek en procesindustrie. Een vmbo-examen wordt niet afgenomen, tenzij de leerling daarvoor kiest (zie 6).
Het traject duurt vier schooljaren.

## {H[2]}

- Vijf maakbedrijven uit Kampen en Zwolle, onder wie Machinebouw Brunnepe en Kampen Tech Automation, bieden
  vanaf leerjaar 3 leerwerkplekken en vanaf leerjaar 4 bpv-plaatsen; alle vijf zijn door SBB erkend.
- Elk jaar nemen twee praktijkopleiders uit deze bedrijven als examinator deel aan de examens in de
  beroepspraktijk.
- De bedrijven leveren ieder schooljaar twee levensechte opdrachten, zoals het ombouwen van een
  sorteerlijn, voor de projectweken.
- In juni kijkt een bedrijvenpanel van drie vakmensen mee naar het programma van het volgende jaar.

## {H[3]}

De regie ligt bij een **kernteam** van drie: de afdelingsleider bovenbouw basis van De Buitenwacht, de
teamleider Mechatronica van het IJsseldelta College en een routecoördinator. De eerste twee worden door hun
eigen college van bestuur aangewezen; de routecoördinator wordt door beide colleges samen benoemd, voor twee
jaar. Het kernteam:

- stelt het jaarrooster en het gezamenlijke examenplan op;
- beslist over de toelating van leerlingen, na overleg met de ouders;
- zet het docententeam in binnen de formatie die beide colleges ter beschikking stellen;
- onderhoudt het contact met de bedrijven.

Wat meer kost dan de jaarbegroting van de route, legt het kernteam eerst aan beide colleges voor.

## {H[4]}

Het kernteam stuurt beide colleges ieder kwartaal een beknopte voortgangsrapportage (aantallen, verzuim,
uitval, stand van de examens). Elk jaar in oktober legt het in het bestuurlijk overleg verantwoording af
over het afgelopen schooljaar aan de hand van een jaarverslag.

## {H[5]}

| Onderwerp | Afspraak |
|---|---|
| Plek | Leerjaar 3 op De Buitenwacht; vanaf leerjaar 4 drie dagen per week op de techniekcampus van het IJsseldelta College in Kampen. |
| Ruimtes | Het IJsseldelta College stelt de mechatronicawerkplaats en het pneumatieklab ter beschikking; De Buitenwacht het praktijklokaal metaal en het leerplein. |
| Mensen | Het IJsseldelta College roostert in leerjaar 3 een docent mechatronica twaalf uur per week in op De Buitenwacht. vmbo- en mbo-docenten vormen één team met teambevoegdheid; iedere docent blijft in dienst van zijn eigen werkgever. |
| Programma | Programma en examinering per leerjaar staan in de gezamenlijke OER van de route. |

## {H[6]}

Een leerling die de geïntegreerde route verlaat, is verzekerd van een passende plek. Dat betekent
uitdrukkelijk **geen** automatische doorstroom naar de Entree-opleiding.

- *In leerjaar 3 en 4:* terug naar de basisberoepsgerichte leerweg van De Buitenwacht, in hetzelfde of een
  ander profiel, met een volledig vmbo-examen; of het vmbo-examen alsnog afleggen en daarna een andere
  mbo-opleiding kiezen.
- *In leerjaar 5 en 6:* de route afmaken en daarna kiezen voor een andere opleiding op niveau 2 of 3; of
  overstappen naar een andere opleiding op niveau 2 van het IJsseldelta College, zonder
  vooropleidingseisen; of naar een opleiding elders, na een geschiktheidsonderzoek daar.
- Alleen wanneer een startkwalificatie echt niet haalbaar blijkt, begeleiden partijen de leerling via
  Entree naar werk.

**Wie beslist:** de afdelingsleider van De Buitenwacht en de teamleider van het IJsseldelta College, in
onderling overleg met de leerling en diens ouders en op grond van het bereikte niveau en de leeftijd. De
uitwerking staat in de schoolgids.

## {H[7]}

De Buitenwacht draagt voor elke deelnemer in leerjaar 4 dertig procent van de rijksbijdrage die zij voor die
leerling ontvangt over aan het IJsseldelta College, ten behoeve van de inzet van mbo-docenten en het
materiaalverbruik in de mechatronicawerkplaats. Peildatum is 1 oktober, betaling vóór 1 maart.

## {H[8]}

- De medezeggenschapsraad van De Buitenwacht en de studentenraad van het IJsseldelta College komen
  jaarlijks samen bijeen over de route; het kernteam licht daar het jaarverslag toe.
- Routeleerlingen mogen al vanaf leerjaar 4 deelnemen aan de studentenraad van het IJsseldelta College,
  met dezelfde rechten als mbo-studenten.
- Over een wijziging van deze overeenkomst brengen beide raden vooraf advies uit.

## {H[9]}

Een meningsverschil over de uitvoering gaat eerst naar het kernteam en daarna naar beide colleges. Is het
na zes weken niet opgelost, dan schakelen partijen samen een mediator in; lukt ook dat niet, dan beslist de
bevoegde rechter van de Rechtbank Overijssel.

## {H[10]}

- **Aansluiten:** een andere school voor vmbo of een andere instelling treedt toe met schriftelijke
  instemming van beide colleges, met ingang van een nieuw schooljaar, en meldt de route aan bij DUO.
- **Aanpassen:** wijzigingen alleen schriftelijk en door beide colleges ondertekend; zittende leerlingen
  mogen er niet op achteruitgaan.
- **Afscheid:** een partij zegt op tegen 1 augustus met een termijn van twaalf maanden; de lopende groepen
  maken het traject af en nieuwe leerlingen worden niet meer toegelaten.

---

Getekend te Kampen op 26 mei 2025.

Voor De Buitenwacht: mr. E. Hoekstra, voorzitter college van bestuur
Voor het IJsseldelta College: drs. K. Timmerman, voorzitter college van bestuur
"""
    write_text(os.path.join(HERE, stem + ".md"), md)
    write_expected(
        stem,
        "Markdown, '## N. Titel' headings, bullet lists and a Markdown table for staff and facilities; "
        "geïntegreerde route, Kampen, PIE bb -> Monteur mechatronica 2; overstap guarantees a passende plek "
        "and says explicitly that Entree is not automatic; kernteam ('de regie ligt bij'); 30 % of the "
        "rijksbijdrage per deelnemer with bestemming; joint meeting of the raden and vo-pupils in the "
        "studentenraad; mediator then Rechtbank Overijssel; fully compliant",
        st("p p p p p p p p p p"),
        {k: H[i] for k, i in zip(LETTERS, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])},
    )


# ---------------------------------------------------------------------------------------------
# 59  DOCX  Word heading styles, auto-numbered sub-clauses (List Number, restarted per article);
#           d without form, f without who decides, "Geschillen" about pupils' complaints only
# ---------------------------------------------------------------------------------------------

def build_59():
    stem = "59_kopstijlen_nummering"
    d = docx_new("Samenwerkingsovereenkomst DLR Economie en ondernemen – Medewerker marketing en communicatie",
                 "Oude Rijn College / ROC Hollandse Waterlinie")
    d.add_heading("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo", level=0)
    d.add_paragraph("Economie en ondernemen (gemengde leerweg) – Medewerker marketing en communicatie (niveau 4)")
    d.add_paragraph(
        "Stichting Scholengroep Oude Rijn, bevoegd gezag van het Oude Rijn College te Woerden (vmbo), en "
        "Stichting ROC Hollandse Waterlinie, bevoegd gezag van de gelijknamige instelling voor "
        "beroepsonderwijs, beide rechtsgeldig vertegenwoordigd door de voorzitter van hun college van "
        "bestuur, leggen hun samenwerking als volgt vast.")
    arts = [
        ("Artikel 1 Opleidingsroute", [
            "De route is bestemd voor leerlingen van de gemengde leerweg met het profiel Economie en "
            "ondernemen van het Oude Rijn College, locatie Woerden.",
            "Zij leidt in vijf schooljaren naar het diploma van de middenkaderopleiding Medewerker marketing "
            "en communicatie, niveau 4 (BOL), van ROC Hollandse Waterlinie.",
            "Het vmbo-examen wordt in leerjaar 4 afgelegd."]),
        ("Artikel 2 Samenwerking met bedrijven", [
            "Zes bedrijven en organisaties uit Woerden en omgeving, waaronder de regionale omroep, twee "
            "communicatiebureaus en de ondernemersvereniging Woerden Onderneemt, leveren vanaf leerjaar 4 "
            "stageplaatsen; zij zijn door SBB als leerbedrijf erkend.",
            "Zij brengen elk schooljaar ten minste drie opdrachten in voor de praktijkprojecten en beoordelen "
            "de eindpresentaties daarvan mee.",
            "Een vertegenwoordiger van de ondernemersvereniging neemt tweemaal per jaar deel aan het "
            "programmaoverleg van het docententeam."]),
        ("Artikel 3 Aansturing van de route", [
            "De route wordt aangestuurd door een routeleiding, bestaande uit de teamleider bovenbouw gemengde "
            "leerweg van het Oude Rijn College en de opleidingsmanager Commercie van ROC Hollandse Waterlinie.",
            "Ieder college van bestuur benoemt het eigen lid van de routeleiding.",
            "De routeleiding is bevoegd te beslissen over het rooster, de toelating van leerlingen en de "
            "inzet van het docententeam, en stelt jaarlijks het gezamenlijke PTA/OER op ter vaststelling door "
            "beide colleges."]),
        ("Artikel 4 Informatieplicht", [
            "De routeleiding verantwoordt zich ieder kwartaal tegenover beide colleges van bestuur.",
            "Op welke wijze zij dat doet, bepaalt de routeleiding zelf."]),
        ("Artikel 5 Onderwijs, personeel en voorzieningen", [
            "Leerjaar 3 en 4 worden verzorgd in het gebouw van het Oude Rijn College; vanaf leerjaar 5 volgen "
            "de deelnemers het onderwijs op de locatie Woerden van ROC Hollandse Waterlinie.",
            "Het ROC stelt in leerjaar 4 zijn mediastudio en de leerwinkel één dag per week ter beschikking; "
            "het Oude Rijn College stelt zijn computerlokalen open voor lessen van mbo-docenten.",
            "Het ROC roostert in leerjaar 4 een docent marketing voor zes uur per week in op het Oude Rijn "
            "College; vmbo- en mbo-docenten vormen één team en maken voor de vakoverstijgende projecten "
            "gebruik van de teambevoegdheid.",
            "Programma en examinering per leerjaar liggen vast in het gezamenlijke PTA/OER."]),
        ("Artikel 6 Overstap", [
            "Voor een deelnemer die de route verlaat, staan de volgende wegen open.",
            "In leerjaar 3 en 4: de reguliere gemengde leerweg van het Oude Rijn College, in hetzelfde of een "
            "ander profiel.",
            "Vanaf leerjaar 5: een andere opleiding op niveau 4 van ROC Hollandse Waterlinie, zonder toepassing "
            "van vooropleidingseisen.",
            "Bij het niet behalen van het vmbo-examen: een herkansing in het volgende schooljaar naast de "
            "mbo-opleiding.",
            "De deelnemer en diens ouders worden over deze mogelijkheden geïnformeerd bij de start van de "
            "route."]),
        ("Artikel 7 Financiën", [
            "Het Oude Rijn College draagt voor de route jaarlijks een vast bedrag van € 18.000 over aan ROC "
            "Hollandse Waterlinie, ten behoeve van de inzet van de docent marketing en het gebruik van de "
            "mediastudio en de leerwinkel in leerjaar 4.",
            "Betaling vindt plaats vóór 1 april van het lopende schooljaar."]),
        ("Artikel 8 Medezeggenschap", [
            "Routeleerlingen van leerjaar 3 en 4 kunnen zich verkiesbaar stellen voor één zetel in de "
            "studentenraad van ROC Hollandse Waterlinie, met stemrecht in aangelegenheden die de route "
            "betreffen.",
            "De medezeggenschapsraad van het Oude Rijn College en de studentenraad komen jaarlijks in een "
            "gezamenlijke vergadering bijeen om de route te bespreken."]),
        ("Artikel 9 Geschillen", [
            "Een klacht van een leerling of ouder over een medewerker van de andere partij wordt behandeld "
            "volgens de klachtenregeling van de partij waar de leerling is ingeschreven.",
            "De voorzitter van de klachtencommissie is niet in dienst van de andere partij."]),
        ("Artikel 10 Looptijd, toetreding en wijziging", [
            "Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor vijf jaar; zij wordt daarna telkens "
            "stilzwijgend met vijf jaar verlengd.",
            "Een andere school of instelling kan toetreden met schriftelijke instemming van beide colleges, "
            "met ingang van 1 augustus.",
            "Opzegging geschiedt schriftelijk met een termijn van twaalf maanden tegen het einde van een "
            "schooljaar; deelnemers die op dat moment in de route zitten, ronden haar af.",
            "Wijziging geschiedt schriftelijk, met instemming van beide colleges, en gaat in bij de start van "
            "een schooljaar."]),
    ]
    for head, clauses in arts:
        d.add_heading(head, level=1)
        num_id = restart_list_number(d)
        for c in clauses:
            numbered(d, c, num_id)
    d.add_heading("Ondertekening", level=1)
    d.add_paragraph("Woerden, 30 juni 2025")
    d.add_paragraph("Stichting Scholengroep Oude Rijn — mw. drs. I. Boele, voorzitter college van bestuur")
    d.add_paragraph("Stichting ROC Hollandse Waterlinie — dhr. R. van Vliet MBA, voorzitter college van bestuur")
    docx_save(d, os.path.join(HERE, stem + ".docx"))
    ev = {"a": "Artikel 1 Opleidingsroute", "b": "Artikel 2 Samenwerking met bedrijven",
          "c": "Artikel 3 Aansturing van de route", "e": "Artikel 5 Onderwijs, personeel en voorzieningen",
          "g": "Artikel 7 Financiën", "h": "Artikel 8 Medezeggenschap",
          "j": "Artikel 10 Looptijd, toetreding en wijziging"}
    write_expected(
        stem,
        "DOCX, Word Heading 1 articles with auto-numbered sub-clauses (List Number style, a new w:num with "
        "startOverride per article, so no clause number is in the text); Woerden, E&O gl -> Medewerker "
        "marketing en communicatie 4; verantwoording 'ieder kwartaal' but the form is left to the "
        "routeleiding; overstap lists options but nobody decides; 'Artikel 9 Geschillen' only deals with "
        "pupils' complaints; € 18.000 per year with bestemming; a seat in the studentenraad",
        st("p p p w p w p p w p"),
        ev,
    )


# ---------------------------------------------------------------------------------------------
# 60  PDF  running header, "blad N van M", two-column tables; compliant, h only the law
# ---------------------------------------------------------------------------------------------

def build_60():
    stem = "60_lopende_kop_tabel"
    r = _rl()
    mm = r["mm"]
    H = {
        1: "1. Het traject",
        2: "2. Werkgevers en vakmanschap",
        3: "3. Regie",
        4: "4. Rapporteren en verantwoorden",
        5: "5. Gebouwen, werkplaatsen en docenten",
        6: "6. Een andere weg",
        7: "7. Bekostiging",
        8: "8. Medezeggenschap",
        9: "9. Onenigheid tussen partijen",
        10: "10. Duur, toetreding, opzegging en wijziging",
    }
    W2 = [38 * mm, 128 * mm]
    blocks = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute"),
        ("sub", "Bouwen, wonen en interieur (kader) – Allround meubelmaker/(scheeps)interieurbouwer"),
        ("p", "Stichting Christelijk Voortgezet Onderwijs Noordoostpolder-Urk, bevoegd gezag van het Polderwerf "
              "Vakcollege te Emmeloord (hierna: het Vakcollege), en Stichting Regionaal Opleidingencentrum "
              "Polderland, bevoegd gezag van ROC Polderland te Emmeloord en Lelystad (hierna: het ROC), beide "
              "vertegenwoordigd door de voorzitter van hun college van bestuur, komen het volgende overeen."),
        ("h", H[1]),
        ("p", "De route verbindt de kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, van het "
              "Vakcollege met de vakopleiding Allround meubelmaker/(scheeps)interieurbouwer, niveau 3 (BOL), "
              "van het ROC. Zij duurt vier schooljaren en is als volgt opgebouwd:"),
        ("table", [
            ["Leerjaar", "Waar en wat"],
            ["3", "Vakcollege; vmbo-programma BWI met de module interieurbouw."],
            ["4", "Vakcollege, twee dagen per week meubelwerkplaats van het ROC; vmbo-examen aan het einde "
                  "van het jaar."],
            ["5", "ROC; acht weken beroepspraktijkvorming bij een leerbedrijf."],
            ["6", "ROC; twintig weken beroepspraktijkvorming en proeve van bekwaamheid."],
        ], W2),
        ("h", H[2]),
        ("p", "De jachtbouwers en interieurbouwers van Urk en Emmeloord die samenwerken in het "
              "Interieurbouwplatform Noordoostpolder, zijn op vier manieren bij de route betrokken: acht door "
              "SBB erkende leerbedrijven bieden vanaf leerjaar 4 een snuffelstage en vanaf leerjaar 5 "
              "bpv-plaatsen; het bedrijfsleven levert per examenronde twee vakmensen die als examinator "
              "optreden; het platform stelt elk jaar de meesterstukopdracht voor leerjaar 6 op; en een "
              "afgevaardigde van het platform schuift tweemaal per jaar aan bij het teamoverleg over het "
              "programma."),
        ("h", H[3]),
        ("p", "De regie over het traject ligt bij een routecoördinator, die wordt bijgestaan door een "
              "routeberaad van de afdelingsleider kader van het Vakcollege en de teamleider Hout en interieur "
              "van het ROC. De routecoördinator wordt na een gezamenlijke selectieprocedure door beide colleges "
              "van bestuur benoemd; de leden van het routeberaad worden door hun eigen college aangewezen. De "
              "taken en bevoegdheden zijn als volgt verdeeld:"),
        ("table", [
            ["Wie", "Wat"],
            ["Routecoördinator", "Dagelijkse aansturing; rooster; intake en toelating; contact met de "
                                 "leerbedrijven; eerste aanspreekpunt voor ouders."],
            ["Routeberaad", "Vaststellen van het jaarplan en van het voorstel voor het PTA/OER; beslissen over "
                            "overstap (onderdeel 6); verdeling van docenturen binnen de formatie die de "
                            "colleges toekennen."],
            ["Colleges van bestuur", "Vaststellen van het PTA/OER; formatie en begroting; alle besluiten met "
                                     "gevolgen buiten de route."],
        ], W2),
        ("h", H[4]),
        ("p", "De routecoördinator rapporteert tweemaal per jaar, in januari en in juli, schriftelijk aan beide "
              "colleges over deelnemers, uitval, verzuim, examenresultaten en de stand van de leerbedrijven. "
              "Eenmaal per jaar, in september, verantwoordt het routeberaad zich in een bestuursgesprek met "
              "beide colleges over het afgelopen schooljaar."),
        ("h", H[5]),
        ("p", "Leerjaar 3 wordt gegeven in het lesgebouw van het Vakcollege, leerjaar 4 grotendeels ook; "
              "leerjaar 5 en 6 bij het ROC. Het ROC stelt zijn machinale houtbewerkingsruimte en de "
              "CNC-freesmachine onder begeleiding van een instructeur ter beschikking; het Vakcollege stelt "
              "zijn praktijklokaal BWI en het tekenlokaal open voor mbo-lessen in leerjaar 4. Twee mbo-docenten "
              "meubelmaken worden in leerjaar 4 elk zes uur per week op het Vakcollege ingeroosterd; "
              "vmbo-docenten verzorgen in leerjaar 5 de lessen Nederlands en rekenen bij het ROC. Samen vormen "
              "zij één team met teambevoegdheid. Programma en examinering per leerjaar staan in het "
              "gezamenlijke PTA/OER."),
        ("h", H[6]),
        ("p", "Wie de route verlaat, houdt zicht op een diploma:"),
        ("table", [
            ["Moment", "Wat openstaat"],
            ["Leerjaar 3 of 4", "De reguliere kaderberoepsgerichte leerweg van het Vakcollege, in BWI of een "
                                "ander profiel, met het vmbo-diploma als doel."],
            ["vmbo-examen niet gehaald", "Het examenjaar overdoen, of zonder vmbo-diploma door in de "
                                         "mbo-opleiding."],
            ["Leerjaar 5 of 6", "Een andere opleiding op niveau 3 van het ROC in de bouw of de techniek, "
                                "zonder vooropleidingseisen; elders na een geschiktheidsonderzoek."],
            ["Verhuizing", "Een vergelijkbare opleiding in de nieuwe regio, met een warme overdracht."],
        ], W2),
        ("p", "Het routeberaad beslist in onderling overleg met de leerling en diens ouders welke weg wordt "
              "gevolgd, op basis van het bereikte onderwijsniveau en de leeftijd."),
        ("h", H[7]),
        ("p", "Geld gaat er tussen partijen niet over en weer: geen van beide draagt bekostiging aan de andere "
              "over. Iedere partij betaalt haar eigen personeel en voorzieningen."),
        ("h", H[8]),
        ("p", "Voor leerlingen die bij het Vakcollege zijn ingeschreven, hun ouders en het personeel van het "
              "Vakcollege geldt de Wet medezeggenschap op scholen; voor studenten van het ROC geldt de Wet "
              "educatie en beroepsonderwijs en voor het personeel van het ROC de Wet op de ondernemingsraden. "
              "Partijen kunnen aanvullende afspraken over de medezeggenschap maken."),
        ("h", H[9]),
        ("p", "Onenigheid over de uitvoering wordt eerst in het routeberaad besproken en daarna door de "
              "voorzitters van beide colleges. Komen zij er binnen twee maanden niet uit, dan leggen zij het "
              "geschil voor bindend advies voor aan een commissie van drie: elk van partijen wijst een lid aan "
              "en die twee kiezen een onafhankelijke voorzitter."),
        ("h", H[10]),
        ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere school of "
              "instelling treedt toe door medeondertekening, mits beide colleges daarmee instemmen, met ingang "
              "van 1 augustus. Een partij zegt op met een termijn van twaalf maanden tegen het einde van een "
              "schooljaar; wie dan in de route zit, maakt het traject af en nieuwe instroom vindt niet meer "
              "plaats. Wijzigingen worden schriftelijk overeengekomen en gelden niet ten nadele van deelnemers "
              "die al in de route zitten."),
        ("sp", 10),
        ("sig", "Emmeloord, 4 juni 2025\n\n"
                "Voor het Vakcollege: mevrouw J. de Boer, voorzitter college van bestuur\n"
                "Voor het ROC: de heer H. Post, voorzitter college van bestuur"),
    ]
    build_pdf(os.path.join(HERE, stem + ".pdf"), blocks,
              {"title": "SOK DLR BWI kader – Allround meubelmaker/(scheeps)interieurbouwer",
               "author": "Polderwerf Vakcollege / ROC Polderland"},
              header="SOK doorlopende leerroute BWI – interieurbouw  |  Polderwerf Vakcollege – ROC Polderland  |"
                     "  versie 1.2, 4 juni 2025",
              footer="blad {n} van {total}", total_pages=True)
    ev = {k: H[i] for k, i in zip(LETTERS, range(1, 11)) if k != "h"}
    write_expected(
        stem,
        "PDF with a running header (title, parties, version) and 'blad N van M' footer; numbered '1. Titel' "
        "headings and three two-column tables (leerjaren, taken en bevoegdheden, overstap per moment); "
        "Noordoostpolder (Emmeloord/Urk), BWI kb -> Allround meubelmaker/(scheeps)interieurbouwer 3; "
        "'het bedrijfsleven levert ... examinator'; explicitly no transfer ('Geld gaat er tussen partijen "
        "niet over en weer'); medezeggenschap only describes the law and says arrangements 'kunnen'; "
        "bindend advies by a commissie van drie",
        st("p p p p p p p na p p"),
        ev,
    )


# ---------------------------------------------------------------------------------------------
# main and --check
# ---------------------------------------------------------------------------------------------

BUILDERS = {
    "53": (build_53, "53_gecombineerde_artikelen.pdf"),
    "54": (build_54, "54_bijlage_uitwerking.docx"),
    "55": (build_55, "55_lange_considerans.pdf"),
    "56": (build_56, "56_vier_partijen.docx"),
    "57": (build_57, "57_regeling_aoc.txt"),
    "58": (build_58, "58_geintegreerde_route_passende_plek.md"),
    "59": (build_59, "59_kopstijlen_nummering.docx"),
    "60": (build_60, "60_lopende_kop_tabel.pdf"),
}


def extract(path):
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages), len(pdf.pages)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts), None
    with open(path, encoding="utf-8") as fh:
        return fh.read(), None


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for num, (_, fname) in sorted(BUILDERS.items()):
        path = os.path.join(HERE, fname)
        stem = os.path.splitext(fname)[0]
        problems = []
        if not os.path.exists(path):
            print(f"{fname}: MISSING")
            ok = False
            continue
        size = os.path.getsize(path)
        if size >= MAX_BYTES:
            problems.append(f"too large ({size} bytes)")
        with open(os.path.join(HERE, stem + ".expected.json"), encoding="utf-8") as fh:
            exp = json.load(fh)
        if exp.get("split") != "train" or sorted(exp["statuses"]) != list(LETTERS):
            problems.append("bad expected.json")
        text, pages = extract(path)
        flat = norm(text)
        for k, v in exp.get("evidence", {}).items():
            if exp["statuses"][k] != "present":
                problems.append(f"evidence for non-present {k}")
            if norm(v) not in flat:
                problems.append(f"evidence {k} not found: {v!r}")
        if fname.endswith(".docx") and num == "59":
            import docx
            d = docx.Document(path)
            n_num = sum(1 for p in d.paragraphs if p.style.name == "List Number"
                        and p._p.pPr is not None and p._p.pPr.numPr is not None)
            if n_num < 25:
                problems.append(f"only {n_num} auto-numbered clauses")
            if re.search(r"^\s*\d+\.\s", "\n".join(p.text for p in d.paragraphs if p.style.name ==
                                                   "List Number"), re.M):
                problems.append("clause numbers typed in text")
        if num == "60" and "blad 1 van" not in text:
            problems.append("no 'blad N van M' footer")
        status = "OK" if not problems else "; ".join(problems)
        pg = f", {pages} p." if pages else ""
        print(f"{fname}: {size} bytes{pg}: {status}")
        ok = ok and not problems
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    wanted = [a for a in argv if not a.startswith("-")]
    for num, (fn, fname) in sorted(BUILDERS.items()):
        if wanted and not any(num.startswith(w) or fname.startswith(w) for w in wanted):
            continue
        fn()
        print("built", fname)


if __name__ == "__main__":
    main(sys.argv[1:])
