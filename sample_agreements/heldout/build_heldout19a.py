#!/usr/bin/env python3
"""Build held-out sample agreements h281-h288 for leerroute-check.

Written by an independent helper session acting as author of labelled test data.
The texts were composed from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie), /work/shared/domain.md and
/work/main/sample_agreements/LABELS.md only, without looking at the checker code, its
tests or models, or at the texts and build scripts of any other sample. All schools,
instellingen, companies and people are made up.

Usage:
    python3 build_heldout19a.py            build all samples
    python3 build_heldout19a.py 281 285    build only those numbers
    python3 build_heldout19a.py --check    verify every produced file
"""

import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(num, name, ext, description, statuses, evidence):
    def deco(fn):
        SAMPLES[num] = dict(name=name, ext=ext, description=description,
                            statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def st(a, b, c, d, e, f, g, h, i, j):
    return dict(zip("abcdefghij", (a, b, c, d, e, f, g, h, i, j)))


P, W, M, NA = "present", "weak", "missing", "not_applicable"

# ---------------------------------------------------------------------------
# Block model shared by the PDF and DOCX writers
#   ("title", s) ("subtitle", s) ("h1", s) ("h2", s) ("p", s) ("li", s)
#   ("small", s) ("table", rows, widths_in_cm or None) ("sig", [left_lines, right_lines])
#   ("pagebreak",) ("spacer",)
# Inline **bold** is supported in p / li / small.
# ---------------------------------------------------------------------------


def _xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rl_inline(s):
    s = _xml_escape(s).replace("\n", "<br/>")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def write_pdf(path, blocks, title, author, base_size=10, two_sig_cols=True):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, KeepTogether)

    lead = base_size * 1.35
    sty = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=base_size + 6,
                                leading=base_size + 9, spaceAfter=6, alignment=1),
        "subtitle": ParagraphStyle("st", fontName="Helvetica", fontSize=base_size + 1,
                                   leading=base_size + 4, spaceAfter=10, alignment=1),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=base_size + 1.5,
                             leading=base_size + 4, spaceBefore=9, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=base_size,
                             leading=lead, spaceBefore=5, spaceAfter=2),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=base_size, leading=lead,
                            spaceAfter=4, alignment=4),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=base_size, leading=lead,
                             leftIndent=16, bulletIndent=5, spaceAfter=2),
        "small": ParagraphStyle("sm", fontName="Helvetica", fontSize=base_size - 1.5,
                                leading=(base_size - 1.5) * 1.3, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=base_size - 1,
                               leading=(base_size - 1) * 1.3),
    }

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(2 * cm, 1.2 * cm, title)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "subtitle", "h1", "h2", "p", "small"):
            story.append(Paragraph(_rl_inline(b[1]), sty[kind]))
        elif kind == "li":
            story.append(Paragraph(_rl_inline(b[1]), sty["li"], bulletText="\u2022"))
        elif kind == "spacer":
            story.append(Spacer(1, 8))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            rows = [[Paragraph(_rl_inline(c), sty["cell"]) for c in r] for r in b[1]]
            widths = [w * cm for w in b[2]] if len(b) > 2 and b[2] else None
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            left, right = b[1]
            rows = [[Paragraph(_rl_inline(l), sty["p"]), Paragraph(_rl_inline(r), sty["p"])]
                    for l, r in zip(left, right)]
            t = Table(rows, colWidths=[8.2 * cm, 8.2 * cm])
            story.append(KeepTogether([Spacer(1, 10), t]))
        else:
            raise ValueError(kind)

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title,
                            author=author, subject="doorlopende leerroute vmbo-mbo",
                            creator="build_heldout19a", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _docx_add_inline(par, text, size=None):
    from docx.shared import Pt
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            run = par.add_run(part[2:-2])
            run.bold = True
        else:
            run = par.add_run(part)
        if size:
            run.font.size = Pt(size)


def write_docx(path, blocks, title, author, base_size=10.5, font="Calibri"):
    import datetime
    from docx import Document
    from docx.shared import Pt, Cm

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(base_size)
    for sec in doc.sections:
        sec.left_margin = Cm(2.3)
        sec.right_margin = Cm(2.3)
        sec.top_margin = Cm(2)
        sec.bottom_margin = Cm(2)

    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            _docx_add_inline(p, b[1])
            p.alignment = 1
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            p = doc.add_paragraph()
            _docx_add_inline(p, b[1])
        elif kind == "li":
            p = doc.add_paragraph(style="List Bullet")
            _docx_add_inline(p, b[1])
        elif kind == "small":
            p = doc.add_paragraph()
            _docx_add_inline(p, b[1], size=base_size - 2)
        elif kind == "spacer":
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = ""
                    _docx_add_inline(cell.paragraphs[0], ("**%s**" % val) if r == 0 else val,
                                     size=base_size - 1)
            doc.add_paragraph()
        elif kind == "sig":
            left, right = b[1]
            t = doc.add_table(rows=len(left), cols=2)
            for r, (l, rr) in enumerate(zip(left, right)):
                t.cell(r, 0).text = l
                t.cell(r, 1).text = rr
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "doorlopende leerroute"
    cp.subject = "samenwerking vmbo-mbo"

    buf = io.BytesIO()
    doc.save(buf)
    _rewrite_zip_fixed(buf.getvalue(), path)


def _rewrite_zip_fixed(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def write_text(path, text):
    text = text.strip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# ---------------------------------------------------------------------------
# Text extraction for --check
# ---------------------------------------------------------------------------


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
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        assert "<w:body>" in xml
        return "\n".join(parts)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# Samples
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------- h281 (TXT)
H281 = r"""
AFSPRAKENLIJST DOORLOPENDE LEERROUTE MATROOS - LEMMER
vmbo Lemsterhiem  x  Maritiem Vakcentrum Marrewei
versie 3 - definitief - 12 juni 2025

Opgesteld door: Sjoukje de Haan (teamleider bovenbouw basis/kader, Lemsterhiem)
en Arjen Wiersma (teamleider maritiem, Marrewei).

Waarom deze lijst?
Wij werken al een paar jaar samen rond de matrozen-klas. Met deze lijst zetten we de
afspraken op papier, zodat ze blijven staan als een van ons vertrekt. Deze lijst is de
samenwerkingsovereenkomst voor de doorlopende leerroute. Hij geldt pas als beide
besturen hem hebben getekend (zie onderaan).

Wie zijn "we"?
- Stichting Voortgezet Onderwijs Lemsterland, bevoegd gezag van Scholengemeenschap
  Lemsterhiem (vmbo), Lemmer - hierna: Lemsterhiem.
- Stichting Beroepsonderwijs Marrewei, bevoegd gezag van Maritiem Vakcentrum Marrewei
  (vakinstelling voor beroepsonderwijs), Lemmer - hierna: Marrewei.

------------------------------------------------------------------
1. WELKE ROUTE
------------------------------------------------------------------
- vmbo: basisberoepsgerichte leerweg, profiel Maritiem en techniek.
- mbo: niveau 2, kwalificatie Matroos binnenvaart (opleidingsdomein Transport,
  scheepvaart en logistiek), BOL; vanaf routejaar 3 mag het ook in de BBL.
- De route loopt 4 jaar: routejaar 1 en 2 = vmbo 3 en 4, routejaar 3 en 4 = mbo.
- Instroom: 1 groep per jaar, maximaal 16 leerlingen, keuze eind leerjaar 2.

------------------------------------------------------------------
2. WIE UIT DE BINNENVAART DOET MEE EN WAT DOEN ZE
------------------------------------------------------------------
- De Lemster Vrachtvaart Coöperatie (34 schepen) en Sleepdienst Tjongermond leveren
  samen minstens 12 plekken aan boord voor de bpv, vanaf routejaar 2 (snuffelweek)
  en in routejaar 3 en 4 (echte bpv). Zij zijn erkend leerbedrijf bij SBB.
- Drie keer per jaar komt een schipper of stuurman een gastles geven in de
  scheepswerkplaats.
- Twee schippers van de coöperatie zitten in het praktijkpanel dat samen met onze
  examinatoren de proeve van bekwaamheid aan boord beoordeelt.
- Twee keer per jaar (oktober en maart) houden we een werkveldoverleg met de
  coöperatie, de sleepdienst en de SBB-adviseur binnenvaart: wat mist er in het
  programma, welke opdrachten kunnen leerlingen aan boord doen.

------------------------------------------------------------------
3. WIE HEEFT DE LEIDING (ROUTETEAM)
------------------------------------------------------------------
Het routeteam bestaat uit drie mensen:
- de teamleider bovenbouw basis/kader van Lemsterhiem (voorzitter);
- de teamleider maritiem van Marrewei;
- de routecoördinator (een docent, 0,2 fte).
De twee teamleiders worden elk door hun eigen bestuur voor het routeteam aangewezen.
De routecoördinator wordt door de twee teamleiders samen voorgedragen en door beide
besturen benoemd, telkens voor twee schooljaren.

Wat mag het routeteam zelf beslissen:
- het jaarrooster en de verdeling van de lesdagen over de twee locaties;
- welke docenten uit het team welke lessen geven (binnen de formatie die de
  besturen hebben vastgesteld);
- het voorstel voor het gezamenlijke PTA/OER (vaststellen doen de besturen);
- plaatsing van leerlingen op de bpv-schepen;
- toelating van leerlingen tot de route na het intakegesprek.
Wat het routeteam NIET zelf beslist: aanstellen of ontslaan van personeel,
investeringen, en het wijzigen van deze lijst. Dat ligt bij de besturen.

------------------------------------------------------------------
4. HOE HOUDEN WE DE BESTUREN OP DE HOOGTE
------------------------------------------------------------------
- Na elke onderwijsperiode (4 keer per jaar) stuurt het routeteam een kort
  voortgangsbericht naar de directeur-bestuurder van Lemsterhiem en het college van
  bestuur van Marrewei: aantallen leerlingen, verzuim, wie is gestopt, stand bpv.
- Elk jaar in juni maakt het routeteam een jaarverslag. Dat wordt besproken in het
  bestuurlijk overleg van beide besturen eind juni; daar legt het routeteam
  verantwoording af over het afgelopen jaar en legt het de plannen voor het nieuwe
  jaar voor.

------------------------------------------------------------------
5. HOE ZIT DE ROUTE IN ELKAAR
------------------------------------------------------------------
Plek:
- Routejaar 1 en 2: op Lemsterhiem, plus elke woensdag bij Marrewei (scheepswerkplaats,
  simulator, haven).
- Routejaar 3 en 4: bij Marrewei en aan boord.
Programma en examens:
- Er is één PTA/OER voor de hele route, met per routejaar welke vmbo-vakken,
  welke mbo-onderdelen, welke examens en welke bpv. De besturen stellen hem elk jaar
  vóór 1 juni vast.
- Het vmbo-examen ronden we af in routejaar 2; de meeste mbo-onderdelen en de proeve
  van bekwaamheid in routejaar 3 en 4.
Docenten:
- Eén docententeam van zes: vier docenten van Lemsterhiem (Nederlands, wiskunde,
  techniek, mentor) en twee van Marrewei (nautisch, scheepstechniek).
- We gebruiken de teambevoegdheid voor de vakoverstijgende praktijkblokken
  "Varen en laden" en "Werken aan boord"; bij elk blok zit minstens één docent die voor
  dat onderdeel bevoegd is.
- Iedereen blijft in dienst van zijn eigen werkgever; de teamleiders regelen samen
  wie wanneer waar lesgeeft.
Spullen en gebouwen:
- Lemsterhiem zet de techniekwerkplaats, een theorielokaal en de laptops van de klas
  in.
- Marrewei zet het opleidingsschip De Lemsterbaak, de vaarsimulator, de
  scheepswerkplaats en de veiligheidstraining (brand en overboord) in.
- Leerlingen gebruiken in routejaar 1 en 2 de kantine en de kluisjes van Marrewei op
  woensdag.
Verder:
- Inschrijving: routejaar 1-2 bij Lemsterhiem, daarna bij Marrewei.
- Verzuim: in routejaar 1-2 meldt Lemsterhiem bij de leerplicht, daarna Marrewei.
- Een klacht over een docent van de andere school pakken we samen op; de
  klachtenregeling van de school waar de leerling staat ingeschreven geldt.

------------------------------------------------------------------
6. ALS HET NIET LUKT (OVERSTAP)
------------------------------------------------------------------
Niet iedereen wordt matroos. Wie uit de route stapt, krijgt altijd een plek waar hij
een diploma kan halen:
- Stopt een leerling in routejaar 1 of 2, dan gaat hij verder in de gewone bb-afdeling
  van Lemsterhiem (Maritiem en techniek of een ander profiel) en haalt hij daar zijn
  vmbo-diploma. Een andere doorlopende route binnen Lemsterhiem kan ook.
- Heeft een leerling aan het eind van routejaar 3 zijn vmbo-diploma niet, dan kan hij
  zonder vmbo-diploma instromen in een andere niveau 2-opleiding van Marrewei
  (bijvoorbeeld Medewerker haven of Logistiek medewerker). De vooropleidingseisen
  gelden dan bij Marrewei niet. Hij kan ook het vmbo-examen opnieuw doen of een jaar
  overdoen.
- Past de binnenvaart niet bij hem, dan zoeken we een opleiding op hetzelfde niveau
  in een andere richting, bij Marrewei of elders in de regio (dan met het
  toelatingsonderzoek van die school).
Wie beslist: de mentor en de twee teamleiders samen, met de leerling en zijn ouders
erbij. Ze kijken naar wat de leerling al gehaald heeft en hoe oud hij is. Daarna
volgt een warme overdracht naar de nieuwe opleiding.

------------------------------------------------------------------
7. ALS WE HET NIET EENS ZIJN
------------------------------------------------------------------
Als Lemsterhiem en Marrewei het over de uitvoering van deze afspraken niet eens zijn,
lossen we dat samen in goed overleg op.

------------------------------------------------------------------
8. HOE LANG, ERBIJ KOMEN, WIJZIGEN, STOPPEN
------------------------------------------------------------------
- Deze lijst geldt vanaf 1 augustus 2025, voor onbepaalde tijd.
- Wijzigen: alleen schriftelijk. Het routeteam doet een voorstel, beide besturen
  tekenen. Een wijziging gaat in bij de start van een schooljaar, zodat een lopend
  jaar voor de leerlingen niet verandert.
- Erbij komen: een andere vmbo-school of mbo-school (bijvoorbeeld uit Joure of
  Sneek) kan meedoen als beide besturen daar schriftelijk mee instemmen, de nieuwe
  school deze lijst ondertekent en de route bij DUO meldt. Leerlingen van de nieuwe
  school stromen pas in bij de start van een nieuw schooljaar; de groepen die al
  lopen blijven zoals ze zijn.
- Stoppen: elk bestuur kan opzeggen per 1 augustus, schriftelijk en met een
  opzegtermijn van twaalf maanden. Na de opzegging nemen we geen nieuwe leerlingen
  meer aan, maar wie al in de route zit, maakt die af volgens deze lijst. Kan dat bij
  een van de twee niet meer, dan geldt punt 6 en zorgen beide scholen samen voor een
  plek.

------------------------------------------------------------------
GETEKEND
------------------------------------------------------------------
Voor Stichting Voortgezet Onderwijs Lemsterland
H. Bouma, directeur-bestuurder          Lemmer, 24 juni 2025

Voor Stichting Beroepsonderwijs Marrewei
mr. T. Visser-Zijlstra, voorzitter college van bestuur   Lemmer, 24 juni 2025
"""


@sample(281, "h281_afsprakenlijst_teamleiders_lemsterland_matroos", "txt",
        "Teamleiders' afsprakenlijst in plain TXT, Lemmer, Maritiem en techniek bb -> mbo-2 Matroos "
        "binnenvaart; nothing at all about money/bekostiging (g missing), disputes only 'in goed "
        "overleg' (i weak), silent on medezeggenschap.",
        st(P, P, P, P, P, P, M, NA, W, P),
        {"a": "1. WELKE ROUTE",
         "b": "2. WIE UIT DE BINNENVAART DOET MEE EN WAT DOEN ZE",
         "c": "3. WIE HEEFT DE LEIDING (ROUTETEAM)",
         "d": "4. HOE HOUDEN WE DE BESTUREN OP DE HOOGTE",
         "e": "5. HOE ZIT DE ROUTE IN ELKAAR",
         "f": "6. ALS HET NIET LUKT (OVERSTAP)",
         "j": "8. HOE LANG, ERBIJ KOMEN, WIJZIGEN, STOPPEN"})
def build_281(path):
    write_text(path, H281)

# ---------------------------------------------------------------- h287 (DOCX)
H287 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Retail Woerden"),
    ("p", "**Partijen:** Stichting Voortgezet Onderwijs Groene Hart-West, bevoegd gezag van het "
          "Linschoten College (vmbo), Woerden (**de school**), en Stichting ROC Oude Rijn, Utrecht, "
          "bevoegd gezag van ROC Oude Rijn, locatie Woerden (**het ROC**), beide rechtsgeldig "
          "vertegenwoordigd door hun bestuurder, komen het volgende overeen."),
    ("p", "**1. Route.** Gemengde leerweg, profiel Economie en ondernemen, doorlopend naar de "
          "middenkaderopleiding Ondernemer retail (niveau 4, opleidingsdomein Handel), BOL, locatie "
          "Woerden; vier routejaren, instroom na leerjaar 2."),
    ("p", "**2. Werkveld.** De Winkeliersvereniging Woerden-Centrum en vijf erkende leerbedrijven "
          "(drie supermarkten en twee modezaken in Woerden) bieden vanaf routejaar 2 stageplaatsen, "
          "leveren per jaar twee praktijkcases aan en wijzen een ondernemer aan die bij het examen "
          "Ondernemingsplan meebeoordeelt. De werkveldcommissie Handel van het ROC adviseert jaarlijks "
          "over het programma."),
    ("p", "**3. Leiding.** De route wordt geleid door een stuurduo: de afdelingsleider gl van de "
          "school en de teamleider Handel van het ROC, elk door het eigen bestuur aangewezen. Het "
          "stuurduo beslist samen over programma, rooster, inzet van docenten binnen de vastgestelde "
          "formatie en toelating tot de route; overige besluiten blijven bij de besturen."),
    ("p", "**4. Rapportage.** Het stuurduo zendt beide besturen jaarlijks vóór 1 oktober een "
          "schriftelijke rapportage (in-, door- en uitstroom, examenresultaten, knelpunten) en licht "
          "die toe in het bestuurlijk overleg van oktober."),
    ("p", "**5. Uitvoering.** Routejaar 1-2 op de school, met één dagdeel per week in de leerwinkel "
          "van het ROC; routejaar 3-4 op het ROC. Programma en examinering per routejaar staan in één "
          "gezamenlijk PTA/OER. Eén docententeam van beide partijen, met teambevoegdheid voor de "
          "vakoverstijgende retailmodules; het ROC zet in routejaar 1-2 twee docenten in voor samen "
          "vier lesuren per week. Het ROC stelt de leerwinkel, kassasystemen en webshopomgeving "
          "beschikbaar, de school haar lokalen en ICT-voorzieningen."),
    ("p", "**6. Overstap.** Wie de route verlaat, vervolgt in routejaar 1-2 in de reguliere gl- of "
          "kb-afdeling richting vmbo-diploma; wie na routejaar 2 geen vmbo-diploma heeft, kan zonder "
          "vooropleidingseisen een opleiding op niveau 3 of 4 van het ROC volgen; wie een andere "
          "richting wil, stapt over naar een andere mbo-opleiding op hetzelfde niveau. School en ROC "
          "bepalen samen met leerling en ouders welke optie past, op grond van het bereikte niveau "
          "en de leeftijd."),
    ("p", "**7. Geld.** Er wordt geen bekostiging overgedragen; iedere partij draagt haar eigen kosten."),
    ("p", "**8. Medezeggenschap.** Eén leerling uit de vo-fase heeft een zetel met stemrecht in de "
          "studentenraad van het ROC. De MR van de school en de studentenraad ontvangen de "
          "rapportage (punt 4) en brengen advies uit over iedere wijziging van deze overeenkomst."),
    ("p", "**9. Geschillen.** Een geschil over de uitvoering gaat eerst naar het stuurduo, daarna "
          "binnen vier weken naar de bestuurders; lukt een oplossing niet, dan volgt mediation en "
          "daarna beslist de Rechtbank Midden-Nederland."),
    ("p", "**10. Toetreding, wijziging, opzegging.** Een andere school of instelling kan toetreden met "
          "schriftelijke instemming van beide partijen door ondertekening van een "
          "toetredingsverklaring, met ingang van een nieuw schooljaar. Wijziging alleen schriftelijk "
          "door beide besturen. Opzegging schriftelijk per 1 augustus met een termijn van één jaar. "
          "Bij toetreding, wijziging of opzegging ronden leerlingen die al in de route zitten haar "
          "af onder de afspraken waaronder zij zijn ingestroomd."),
    ("p", "Woerden, 1 juli 2025"),
    ("sig", [["Stichting VO Groene Hart-West", "drs. M. van Vliet, bestuurder"],
             ["Stichting ROC Oude Rijn", "ir. S. El Amrani, voorzitter CvB"]]),
]


@sample(287, "h287_zeer_kort_een_pagina_woerden_retail", "docx",
        "Very short one-page DOCX with bold run-in numbered points, Woerden, Economie en ondernemen gl "
        "-> mbo-4 Ondernemer retail; compact but every item arranged, explicit no transfer, "
        "studentenraad seat.",
        st(P, P, P, P, P, P, P, P, P, P),
        {"a": "1. Route.", "b": "2. Werkveld.", "c": "3. Leiding.", "d": "4. Rapportage.",
         "e": "5. Uitvoering.", "f": "6. Overstap.", "g": "7. Geld.", "h": "8. Medezeggenschap.",
         "i": "9. Geschillen.", "j": "10. Toetreding, wijziging, opzegging."})
def build_287(path):
    write_docx(path, H287, "Samenwerkingsovereenkomst doorlopende leerroute Retail Woerden",
               "Linschoten College", base_size=9.5)

# ---------------------------------------------------------------- h282 (PDF, long)
H282 = [
    ("title", "SAMENWERKINGSOVEREENKOMST"),
    ("subtitle", "Doorlopende leerroute vmbo-mbo Food & Hospitality Foodvalley\n"
                 "profiel Horeca, bakkerij en recreatie (kaderberoepsgerichte leerweg) \u2013 "
                 "vakopleidingen Kok en Bakker (niveau 3)"),
    ("small", "Definitieve tekst d.d. 16 mei 2025, opgesteld door Van Ommeren Dekker Onderwijsadvocaten "
              "te Arnhem in opdracht van partijen. Kenmerk VODO/2025/0412/LH."),
    ("h1", "DE ONDERGETEKENDEN"),
    ("p", "1. de stichting **Stichting voor Christelijk Voortgezet Onderwijs Gelderse Vallei-West**, "
          "statutair gevestigd te Barneveld, ingeschreven in het handelsregister onder nummer "
          "41055873, bevoegd gezag van het Valleicollege, vmbo-locatie Barneveld, te dezen "
          "rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer "
          "drs. J.W. van den Brink, hierna te noemen: **\u201cValleicollege\u201d**;"),
    ("p", "2. de stichting **Stichting Scholengroep Veluwepoort**, statutair gevestigd te Ede, "
          "ingeschreven in het handelsregister onder nummer 09182264, bevoegd gezag van Vakcollege "
          "De Schaapskooi te Ede, te dezen rechtsgeldig vertegenwoordigd door haar bestuurder, "
          "mevrouw M.A. Kortenhoeven MEd, hierna te noemen: **\u201cDe Schaapskooi\u201d**;"),
    ("p", "3. de stichting **Stichting Regionaal Opleidingencentrum Foodvalley**, statutair gevestigd "
          "te Ede, ingeschreven in het handelsregister onder nummer 09077321, bevoegd gezag van het "
          "regionaal opleidingencentrum ROC Foodvalley, te dezen rechtsgeldig vertegenwoordigd door "
          "de voorzitter van het college van bestuur, mevrouw ir. H.C. Lagerwey, hierna te noemen: "
          "**\u201cROC Foodvalley\u201d**;"),
    ("p", "Valleicollege en De Schaapskooi hierna gezamenlijk ook te noemen: de \u201cScholen\u201d "
          "en elk afzonderlijk een \u201cSchool\u201d; de Scholen en ROC Foodvalley hierna gezamenlijk "
          "te noemen: \u201cPartijen\u201d en elk afzonderlijk een \u201cPartij\u201d."),
    ("h1", "OVERWEGENDE DAT"),
    ("p", "A. Partijen sinds het schooljaar 2021-2022 in de regio Foodvalley samenwerken in een "
          "vakmanschapstraject voor leerlingen met belangstelling voor de keuken en de bakkerij, en "
          "deze samenwerking willen voortzetten als doorlopende leerroute vmbo-mbo in de zin van "
          "artikel 2.107a van de Wet voortgezet onderwijs 2020 (\u201cWVO 2020\u201d) en hoofdstuk 9, "
          "titel 1, paragraaf 1 van de Wet educatie en beroepsonderwijs (\u201cWEB\u201d);"),
    ("p", "B. een doorlopende leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB "
          "slechts kan worden verzorgd op grond van een samenwerkingsovereenkomst die in elk geval "
          "afspraken bevat over de in die artikelen genoemde onderwerpen;"),
    ("p", "C. Partijen de gevolgen van deze samenwerking voor de deelnemende leerlingen en "
          "studenten zo beperkt mogelijk wensen te houden, ook bij wijziging of beëindiging ervan;"),
    ("p", "D. de medezeggenschapsraden van de Scholen en de studentenraad en de ondernemingsraad van "
          "ROC Foodvalley over het voornemen tot het aangaan van deze overeenkomst advies hebben "
          "uitgebracht, welke adviezen Partijen hebben betrokken bij hun besluitvorming;"),
    ("p", "E. Partijen hun afspraken in deze overeenkomst wensen vast te leggen."),
    ("p", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),

    ("h1", "Artikel 1 Begripsbepalingen"),
    ("p", "In deze overeenkomst wordt verstaan onder:"),
    ("li", "**Route**: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2;"),
    ("li", "**Routejaar**: een leerjaar van de Route, waarbij routejaar 1 overeenkomt met leerjaar 3 "
           "van het vmbo;"),
    ("li", "**vo-fase**: routejaar 1 en 2, waarin de deelnemer als leerling is ingeschreven bij een "
           "School; **mbo-fase**: routejaar 3 en volgende, waarin de deelnemer als student is "
           "ingeschreven bij ROC Foodvalley;"),
    ("li", "**Deelnemer**: een leerling of student die aan de Route deelneemt;"),
    ("li", "**Routeregie**: het leidinggevend orgaan van de Route, bedoeld in artikel 4;"),
    ("li", "**Bestuurlijk Overleg**: het overleg van de voorzitters van de colleges van bestuur "
           "respectievelijk de bestuurders van Partijen;"),
    ("li", "**PTA/OER**: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
           "examenregeling van de Route;"),
    ("li", "**Werkveldraad**: het overleg met het bedrijfsleven bedoeld in artikel 3."),

    ("h1", "Artikel 2 Onderwerp: de Route"),
    ("p", "2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in leerjaar 3 "
          "van de kaderberoepsgerichte leerweg, profiel **Horeca, bakkerij en recreatie**, en leidt "
          "tot zowel het vmbo-diploma als een diploma van een vakopleiding (niveau 3) in het "
          "aanverwante opleidingsdomein Horeca en bakkerij, te weten:"),
    ("li", "a. de kwalificatie **Zelfstandig werkend kok** (niveau 3), BOL; en"),
    ("li", "b. de kwalificatie **Zelfstandig werkend bakker** (niveau 3), BOL."),
    ("p", "2.2 De Deelnemer kiest aan het einde van routejaar 1 tussen de uitstroom Kok en de "
          "uitstroom Bakker. De beoogde cursusduur van de Route bedraagt vier jaar."),
    ("p", "2.3 De Route wordt door Partijen ieder voor zich gemeld in het Register Instellingen en "
          "Opleidingen (RIO) conform artikel 2.107c WVO 2020 en artikel 9.1.4 WEB, uiterlijk vóór "
          "1 oktober 2025."),

    ("h1", "Artikel 3 Betrokkenheid van het bedrijfsleven"),
    ("p", "3.1 Partijen betrekken het regionale bedrijfsleven bij de invulling van de Route via een "
          "Werkveldraad, bestaande uit ten minste twee vertegenwoordigers van de Koninklijke "
          "Horeca Nederland afdeling Ede-Barneveld, twee vertegenwoordigers van ambachtelijke "
          "bakkerijen die lid zijn van de Nederlandse Bakkerij Vereniging, een vertegenwoordiger van "
          "een regionale levensmiddelenproducent en de adviseur van SBB voor de sector horeca en "
          "bakkerij."),
    ("p", "3.2 De Werkveldraad komt ten minste tweemaal per schooljaar bijeen en adviseert de "
          "Routeregie over de inhoud van het onderwijsprogramma, de keuze van de keuzedelen en de "
          "actualiteit van de praktijkopdrachten."),
    ("p", "3.3 Partijen spreken met ten minste twaalf erkende leerbedrijven uit de regio "
          "Foodvalley af dat deze (a) vanaf routejaar 2 snuffel- en stageplaatsen en vanaf "
          "routejaar 3 bpv-plaatsen beschikbaar stellen, (b) ieder schooljaar gezamenlijk ten minste "
          "zes gastlessen of demonstraties verzorgen in de praktijkkeukens van Partijen, en (c) "
          "praktijkopleiders leveren die bij de proeven van bekwaamheid als tweede beoordelaar "
          "optreden. De namen van de leerbedrijven worden jaarlijks in de schoolgids en de OER "
          "opgenomen."),

    ("h1", "Artikel 4 Leiding over de Route"),
    ("p", "4.1 De leiding over de Route berust bij de Routeregie. De Routeregie bestaat uit:"),
    ("li", "a. de teamleider bovenbouw kader van het Valleicollege;"),
    ("li", "b. de teamleider Horeca, bakkerij en recreatie van De Schaapskooi;"),
    ("li", "c. de opleidingsmanager Food & Hospitality van ROC Foodvalley, die de Routeregie "
           "voorzit."),
    ("p", "4.2 Ieder lid van de Routeregie wordt door het college van bestuur respectievelijk de "
          "bestuurder van de Partij bij wie hij in dienst is schriftelijk benoemd, na overleg in "
          "het Bestuurlijk Overleg, voor een periode van drie schooljaren, met de mogelijkheid van "
          "herbenoeming. De benoemende Partij kan een benoeming tussentijds intrekken; zij voorziet "
          "dan binnen zes weken in de vacature."),
    ("p", "4.3 De besturen dragen aan de Routeregie de volgende taken en bevoegdheden op:"),
    ("li", "a. het vaststellen van het jaarrooster en de verdeling van het onderwijs over de "
           "locaties;"),
    ("li", "b. het opstellen van het PTA/OER en het ter vaststelling voorleggen daarvan aan de "
           "besturen;"),
    ("li", "c. het toewijzen van docenten aan programmaonderdelen binnen de door de besturen "
           "vastgestelde formatie;"),
    ("li", "d. het beslissen over de toelating van leerlingen tot de Route;"),
    ("li", "e. het besteden van het routebudget tot het in de begroting vastgestelde bedrag;"),
    ("li", "f. het onderhouden van de contacten met de Werkveldraad en de leerbedrijven."),
    ("p", "4.4 De Routeregie besluit bij meerderheid van stemmen. Besluiten met gevolgen voor de "
          "rechtspositie van personeel, investeringen boven € 10.000 en besluiten die afwijken van "
          "deze overeenkomst zijn voorbehouden aan de besturen."),

    ("h1", "Artikel 5 Inlichtingen en verantwoording"),
    ("p", "5.1 De Routeregie verstrekt de besturen van alle Partijen per kwartaal een "
          "voortgangsrapportage met ten minste de aantallen Deelnemers per routejaar, verzuim, "
          "tussentijdse uitstroom en het gebruik van het routebudget."),
    ("p", "5.2 De Routeregie legt jaarlijks vóór 1 november verantwoording af over het voorgaande "
          "schooljaar door middel van een schriftelijk jaarverslag aan de besturen van Partijen, dat "
          "wordt besproken in het Bestuurlijk Overleg van november. Het jaarverslag bevat in elk "
          "geval de examenresultaten, het rendement per cohort, de bevindingen van de Werkveldraad "
          "en de financiële verantwoording van het routebudget."),
    ("p", "5.3 Ieder bestuur kan de Routeregie te allen tijde om aanvullende inlichtingen verzoeken; "
          "de Routeregie verstrekt deze binnen tien werkdagen aan alle besturen."),

    ("h1", "Artikel 6 Organisatorische en onderwijskundige inrichting"),
    ("p", "6.1 In de vo-fase volgen de Deelnemers het onderwijs op hun eigen School en gedurende "
          "twee dagen per week in het Foodlab van ROC Foodvalley aan de Horapark te Ede. In de "
          "mbo-fase wordt het onderwijs verzorgd op de locaties van ROC Foodvalley en bij de "
          "leerbedrijven."),
    ("p", "6.2 Partijen beschrijven in één PTA/OER voor de gehele Route per routejaar het "
          "onderwijsprogramma, de examinering en de beroepspraktijkvorming, met aanduiding van de "
          "onderdelen die tot het vmbo-programma, tot het mbo-programma of tot beide behoren. Het "
          "PTA/OER wordt jaarlijks vóór 1 juni door de besturen vastgesteld. Het vmbo-examen wordt "
          "in routejaar 2 afgerond; de centrale examens kunnen gedeeltelijk in routejaar 1 worden "
          "afgelegd."),
    ("p", "6.3 Inzet van personeel. Voor de Route wordt één docententeam gevormd, bestaande uit "
          "docenten van beide Scholen en van ROC Foodvalley. Partijen maken gebruik van de "
          "teambevoegdheid van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB voor de "
          "vakoverstijgende programmaonderdelen \u201cKeuken en ambacht\u201d en \u201cGastvrij "
          "ondernemen\u201d; het PTA/OER vermeldt bij welke onderdelen teams worden ingezet. ROC "
          "Foodvalley zet in de vo-fase per groep ten minste 0,6 fte praktijkdocent in; de Scholen "
          "zetten in de mbo-fase een docent Nederlands en een docent rekenen in voor de "
          "Deelnemers die het vmbo-examen nog moeten afronden. Personeelsleden blijven in dienst van "
          "hun eigen werkgever en werken onder diens rechtspositieregeling."),
    ("p", "6.4 Gebruik van faciliteiten. ROC Foodvalley stelt de praktijkkeukens, de bakkerij en "
          "het leerrestaurant van het Foodlab, inclusief gereedschap en hygiënevoorzieningen, "
          "beschikbaar. De Scholen stellen hun theorielokalen, ICT-voorzieningen en de "
          "schoolkeukens beschikbaar voor lessen van het docententeam. Deelnemers in de vo-fase "
          "hebben toegang tot de mediatheek en de kantine van ROC Foodvalley."),
    ("p", "6.5 Inschrijving, verzuim en zorg. In de vo-fase is de Deelnemer ingeschreven bij zijn "
          "School, die het verzuim registreert en de ondersteuning uit het samenwerkingsverband "
          "regelt; vanaf routejaar 3 is hij ingeschreven bij ROC Foodvalley. De School blijft "
          "verantwoordelijk voor het vmbo-examen van een Deelnemer die in de mbo-fase zijn "
          "vmbo-diploma nog niet heeft behaald."),
    ("p", "6.6 Klachten. Een klacht over gedragingen van een personeelslid van een andere Partij "
          "wordt behandeld volgens de klachtenregeling van de Partij waar de klager is "
          "ingeschreven; de Partij bij wie het personeelslid in dienst is, verleent daaraan haar "
          "volledige medewerking."),

    ("h1", "Artikel 7 Overstapoptie"),
    ("p", "7.1 Indien de deelname van een Deelnemer aan de Route eindigt voordat hij deze met succes "
          "heeft afgerond, stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te "
          "behalen dat past bij het door hem bereikte onderwijsniveau en zijn leeftijd."),
    ("p", "7.2 Daarbij gelden ten minste de volgende mogelijkheden:"),
    ("li", "a. bij beëindiging in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte "
           "leerweg van de eigen School, in hetzelfde of een ander profiel, of instroom in een "
           "andere doorlopende leerroute van een School;"),
    ("li", "b. indien het vmbo-diploma uiterlijk aan het einde van routejaar 3 niet is behaald: "
           "voortzetting in een opleiding van ROC Foodvalley op niveau 2 of 3, zonder dat de "
           "vooropleidingseisen van toepassing zijn, dan wel het opnieuw afleggen van (een deel van) "
           "het vmbo-examen;"),
    ("li", "c. indien de gekozen richting niet past: overstap naar een andere vakopleiding van "
           "ROC Foodvalley op hetzelfde niveau, of naar een opleiding bij een andere instelling in "
           "de regio, waarbij die instelling een geschiktheidsonderzoek kan verrichten;"),
    ("li", "d. bij verhuizing: bemiddeling naar een vergelijkbare route of opleiding in de nieuwe "
           "woonregio."),
    ("p", "7.3 Welke mogelijkheid wordt geboden, wordt bepaald naar het gezamenlijk oordeel van de "
          "betrokken School en ROC Foodvalley, na een gesprek met de Deelnemer en, indien hij "
          "minderjarig is, zijn ouders. De mentor en de studieloopbaanbegeleider zorgen voor een "
          "warme overdracht."),
    ("p", "7.4 Dit artikel is niet van toepassing bij definitieve verwijdering. De nadere werkwijze "
          "wordt opgenomen in de schoolgidsen van Partijen."),

    ("h1", "Artikel 8 Overdracht van bekostiging"),
    ("p", "8.1 Met toepassing van artikel 5.42a WVO 2020 dragen de Scholen aan ROC Foodvalley "
          "jaarlijks een bedrag over van € 1.150 per Deelnemer die op 1 oktober in de vo-fase bij "
          "hen is ingeschreven. Dit bedrag is bestemd voor de inzet van praktijkdocenten van ROC "
          "Foodvalley in de vo-fase en voor de verbruiksmaterialen (grondstoffen) in het Foodlab."),
    ("p", "8.2 Met toepassing van artikel 9.1.15 WEB draagt ROC Foodvalley aan de School jaarlijks "
          "een bedrag over van € 600 per student in de mbo-fase die op 1 oktober zijn vmbo-diploma "
          "nog niet heeft behaald. Dit bedrag is bestemd voor de inzet van docenten van de School "
          "bij de afronding van het vmbo-examen van die student."),
    ("p", "8.3 De bedragen worden jaarlijks met ingang van 1 januari geïndexeerd met het "
          "indexcijfer van de rijksbijdrage en worden in twee termijnen (november en april) "
          "gefactureerd. De uitwerking is opgenomen in Bijlage 1 bij deze overeenkomst, die daarvan "
          "deel uitmaakt. Overigens draagt iedere Partij haar eigen kosten."),

    ("h1", "Artikel 9 Medezeggenschap"),
    ("p", "9.1 Op de Deelnemers in de vo-fase, hun ouders en het personeel van de Scholen is de Wet "
          "medezeggenschap op scholen van toepassing; op de Deelnemers in de mbo-fase en hun ouders "
          "hoofdstuk 8a WEB en op het personeel van ROC Foodvalley de Wet op de ondernemingsraden."),
    ("p", "9.2 Aanvullend spreken Partijen af dat:"),
    ("li", "a. Deelnemers in de vo-fase twee vertegenwoordigers mogen aanwijzen die met spreekrecht "
           "de vergaderingen van de studentenraad van ROC Foodvalley bijwonen waarin de Route aan de "
           "orde is;"),
    ("li", "b. een routeklankbordgroep wordt ingesteld, bestaande uit twee ouders en twee Deelnemers "
           "uit de vo-fase en twee studenten uit de mbo-fase, die ten minste tweemaal per jaar met "
           "de Routeregie overlegt;"),
    ("li", "c. voorstellen tot wijziging van deze overeenkomst voor advies worden voorgelegd aan de "
           "medezeggenschapsraden van de Scholen en aan de studentenraad van ROC Foodvalley."),

    ("h1", "Artikel 10 Geschillen"),
    ("p", "10.1 Partijen spannen zich in geschillen over de uitvoering van deze overeenkomst eerst in "
          "de Routeregie op te lossen."),
    ("p", "10.2 Leidt dat niet binnen vier weken tot een oplossing, dan legt de meest gerede Partij "
          "het geschil schriftelijk voor aan het Bestuurlijk Overleg, dat binnen dertig dagen "
          "bijeenkomt."),
    ("p", "10.3 Is het geschil daarna niet opgelost, dan trachten Partijen het door mediation op te "
          "lossen onder leiding van een mediator die is ingeschreven in het register van de "
          "Mediatorsfederatie Nederland en door Partijen gezamenlijk wordt aangewezen."),
    ("p", "10.4 Indien mediation binnen drie maanden na aanwijzing van de mediator niet tot een "
          "oplossing leidt, wordt het geschil beslecht door de bevoegde rechter van de Rechtbank "
          "Gelderland. Op deze overeenkomst is Nederlands recht van toepassing."),

    ("h1", "Artikel 11 Toetreding van andere partijen"),
    ("p", "11.1 Een ander bevoegd gezag van een school voor vmbo of van een instelling voor "
          "beroepsonderwijs kan tot deze overeenkomst toetreden indien (a) alle Partijen daarmee "
          "schriftelijk instemmen, (b) de toetredende partij een toetredingsverklaring ondertekent "
          "waarin zij deze overeenkomst integraal aanvaardt, en (c) de toetredende partij de Route "
          "tijdig in RIO meldt."),
    ("p", "11.2 Toetreding heeft uitsluitend effect met ingang van 1 augustus van een schooljaar. "
          "De toetreding mag geen wijziging brengen in het programma of de locatie van Deelnemers "
          "die op dat moment al aan de Route deelnemen."),

    ("h1", "Artikel 12 Duur, opzegging en ontbinding"),
    ("p", "12.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
          "onbepaalde tijd."),
    ("p", "12.2 Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig "
          "jaar, met inachtneming van een opzegtermijn van ten minste achttien maanden. Opzegging "
          "door één Partij laat de overeenkomst tussen de overige Partijen in stand, tenzij ROC "
          "Foodvalley opzegt."),
    ("p", "12.3 Iedere Partij kan de overeenkomst buitengerechtelijk ontbinden indien een andere "
          "Partij, na schriftelijke ingebrekestelling met een redelijke termijn van ten minste "
          "drie maanden, in de nakoming van wezenlijke verplichtingen tekortschiet, of indien aan "
          "een Partij de bekostiging voor de Route wordt ontnomen."),
    ("p", "12.4 Na opzegging of ontbinding vindt geen nieuwe instroom in de Route meer plaats. "
          "Deelnemers die op de datum van beëindiging aan de Route deelnemen, worden in staat "
          "gesteld de Route volgens deze overeenkomst af te ronden; Partijen blijven daartoe "
          "gebonden aan de artikelen 4 tot en met 10. Is afronding niet mogelijk, dan is artikel 7 "
          "van toepassing."),

    ("h1", "Artikel 13 Wijziging"),
    ("p", "13.1 Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door alle "
          "Partijen ondertekende overeenkomst, na advies van de medezeggenschapsorganen bedoeld "
          "in artikel 9.2 onder c."),
    ("p", "13.2 Een wijziging die het programma, de examinering of de locatie van de Route raakt, "
          "treedt niet eerder in werking dan met ingang van het eerstvolgende schooljaar en geldt "
          "niet voor Deelnemers die al in de mbo-fase zijn, tenzij zij daar niet door worden "
          "benadeeld."),
    ("p", "13.3 Partijen evalueren deze overeenkomst eens per drie jaar, voor het eerst in het "
          "voorjaar van 2028."),

    ("h1", "Artikel 14 Slotbepalingen"),
    ("p", "14.1 Bijlage 1 maakt deel uit van deze overeenkomst. Bij strijdigheid gaat de tekst van "
          "de overeenkomst voor."),
    ("p", "14.2 Deze overeenkomst vervangt de samenwerkingsafspraken vakmanschapsroute van 2021."),
    ("p", "Aldus overeengekomen en in drievoud ondertekend te Ede op 2 juni 2025."),
    ("sig", [["Stichting voor Christelijk Voortgezet Onderwijs Gelderse Vallei-West",
              "drs. J.W. van den Brink, voorzitter college van bestuur", "", "Stichting Regionaal "
              "Opleidingencentrum Foodvalley", "ir. H.C. Lagerwey, voorzitter college van bestuur"],
             ["Stichting Scholengroep Veluwepoort", "M.A. Kortenhoeven MEd, bestuurder", "", "", ""]]),
    ("pagebreak",),
    ("h1", "Bijlage 1 Financiële afspraken (behorend bij artikel 8)"),
    ("table", [["Stroom", "Grondslag", "Bedrag 2025-2026", "Bestemming"],
               ["Scholen aan ROC Foodvalley", "per Deelnemer vo-fase op 1 oktober", "€ 1.150",
                "praktijkdocenten ROC in vo-fase; grondstoffen Foodlab"],
               ["ROC Foodvalley aan School", "per student mbo-fase zonder vmbo-diploma op 1 oktober",
                "€ 600", "docenten School voor afronding vmbo-examen"],
               ["Routebudget (iedere Partij)", "vaste bijdrage per Partij", "€ 4.000",
                "excursies, werkveldraad, klankbordgroep"]],
     [3.6, 4.4, 2.6, 6.0]),
    ("p", "Rekenvoorbeeld: bij 22 Deelnemers in de vo-fase van het Valleicollege bedraagt de "
          "overdracht van het Valleicollege aan ROC Foodvalley voor 2025-2026 22 x € 1.150 = "
          "€ 25.300, te voldoen in twee termijnen van € 12.650."),
    ("p", "Facturatie: ROC Foodvalley factureert vóór 15 november en vóór 15 april; de Scholen "
          "factureren hun deel onder 8.2 op dezelfde data. Betaling binnen dertig dagen."),
]


@sample(282, "h282_advocatencontract_consortium_lang_foodvalley_bakker_kok", "pdf",
        "Long lawyer-drafted three-party PDF contract (two vmbo schools + ROC), Foodvalley, Horeca, "
        "bakkerij en recreatie kb -> mbo-3 Zelfstandig werkend kok/bakker; fully arranged incl. "
        "two-way bekostiging transfer with amounts and purposes, extra medezeggenschap.",
        st(P, P, P, P, P, P, P, P, P, P),
        {"a": "Artikel 2 Onderwerp: de Route",
         "b": "Artikel 3 Betrokkenheid van het bedrijfsleven",
         "c": "Artikel 4 Leiding over de Route",
         "d": "Artikel 5 Inlichtingen en verantwoording",
         "e": "Artikel 6 Organisatorische en onderwijskundige inrichting",
         "f": "Artikel 7 Overstapoptie",
         "g": "Artikel 8 Overdracht van bekostiging",
         "h": "Artikel 9 Medezeggenschap",
         "i": "Artikel 10 Geschillen",
         "j": "Artikel 11 Toetreding van andere partijen"})
def build_282(path):
    write_pdf(path, H282, "SOK doorlopende leerroute Food & Hospitality Foodvalley",
              "Van Ommeren Dekker Onderwijsadvocaten", base_size=10)


# ---------------------------------------------------------------- h283 (DOCX)
H283 = [
    ("title", "Convenant Zorgroute Oldebroek 2025-2029"),
    ("subtitle", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Zorg en welzijn \u2013 "
                 "Verzorgende-IG, met ondersteuning van de gemeente Oldebroek"),
    ("h1", "Ondertekenaars"),
    ("li", "**De gemeente Oldebroek**, vertegenwoordigd door wethouder mevrouw A. Brouwer-Hoekman "
           "(onderwijs, jeugd en arbeidsmarkt), handelend ter uitvoering van het besluit van het "
           "college van burgemeester en wethouders van 20 mei 2025, hierna: de gemeente;"),
    ("li", "**Stichting Onderwijsgroep Eekhorst**, gevestigd te Wezep, bevoegd gezag van De Eekhorst, "
           "school voor vmbo (basis- en kaderberoepsgerichte leerweg), vertegenwoordigd door de "
           "bestuurder de heer R.J. Mulder, hierna: De Eekhorst;"),
    ("li", "**Stichting ROC IJsselvallei**, gevestigd te Zwolle, bevoegd gezag van het regionaal "
           "opleidingencentrum ROC IJsselvallei, vertegenwoordigd door mevrouw dr. C. Oosterhuis, lid "
           "van het college van bestuur, hierna: het ROC."),
    ("p", "De Eekhorst en het ROC zijn de partijen bij de samenwerkingsovereenkomst als bedoeld in "
          "artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. De gemeente ondertekent dit convenant als "
          "ondersteunende partij voor zover het haar eigen inzet betreft (Afspraak 10)."),
    ("h1", "Aanleiding"),
    ("p", "Overwegende dat:"),
    ("li", "de vraag naar verzorgenden in de gemeente Oldebroek en omliggende kernen de komende jaren "
           "sterk toeneemt en jongeren uit Wezep en Oldebroek nu vaak na het vmbo afhaken of ver "
           "moeten reizen;"),
    ("li", "de zorgorganisaties in de gemeente, waaronder Zorgcentrum De Bovenhof, "
           "Thuiszorg Noord-Veluwe en Woonzorg Hattemerbroek, hebben laten weten het "
           "initiatief te steunen en graag betrokken te willen zijn bij het opleiden van "
           "toekomstige collega\u2019s;"),
    ("li", "De Eekhorst en het ROC daarom met ingang van het schooljaar 2025-2026 een doorlopende "
           "leerroute in de zorg willen aanbieden, op de locatie Wezep;"),
    ("li", "de gemeente deze ontwikkeling vanuit haar Lokale Educatieve Agenda wil ondersteunen;"),
    ("p", "spreken de ondertekenaars het volgende af."),

    ("h1", "Afspraak 1 \u2013 Doel"),
    ("p", "Dit convenant regelt de samenwerking tussen De Eekhorst en het ROC bij het gezamenlijk "
          "verzorgen van de Zorgroute Oldebroek en de ondersteunende rol van de gemeente daarbij. "
          "Doel is dat jaarlijks ten minste vijftien jongeren uit de gemeente zonder onnodige "
          "overgangen een vmbo-diploma en een mbo-diploma in de zorg behalen."),

    ("h1", "Afspraak 2 \u2013 De Zorgroute"),
    ("p", "De Zorgroute begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Zorg en "
          "welzijn, en loopt door naar de vakopleiding Verzorgende-IG (niveau 3, opleidingsdomein "
          "Zorg en welzijn) van het ROC, in de beroepsopleidende leerweg. De route duurt vier jaar. "
          "Het vmbo-examen wordt afgerond in het tweede routejaar; het mbo-diploma wordt behaald aan "
          "het einde van het vierde routejaar."),

    ("h1", "Afspraak 3 \u2013 De regiegroep"),
    ("p", "Voor de Zorgroute is er één regiegroep. Daarin zitten:"),
    ("li", "de afdelingsleider Zorg en welzijn van De Eekhorst (voorzitter);"),
    ("li", "de opleidingsmanager Zorg van het ROC;"),
    ("li", "de routecoördinator, een ervaren docent zorg van De Eekhorst;"),
    ("li", "als adviserend lid zonder stemrecht: de beleidsmedewerker onderwijs van de gemeente."),
    ("p", "De regiegroep heeft de dagelijkse leiding over de Zorgroute. Zij heeft de volgende "
          "taken en bevoegdheden, die De Eekhorst en het ROC haar hierbij opdragen:"),
    ("li", "het opstellen van het gezamenlijke PTA/OER en het ter vaststelling aanbieden daarvan aan "
           "de besturen;"),
    ("li", "het vaststellen van het lesrooster en de verdeling van lessen over de twee locaties;"),
    ("li", "het beslissen over toelating van leerlingen tot de route na het intakegesprek;"),
    ("li", "het inzetten van de docenten van het routeteam binnen de door de besturen vastgestelde "
           "formatie;"),
    ("li", "het besteden van het jaarlijkse activiteitenbudget van de route;"),
    ("li", "het voeren van het overleg met ouders en met de gemeente over de route."),
    ("p", "Besluiten over personeel (aanstelling, ontslag), over investeringen en over afwijkingen "
          "van dit convenant neemt de regiegroep niet; die zijn aan de besturen. De regiegroep "
          "neemt besluiten bij consensus van de twee stemgerechtigde onderwijsleden; lukt dat niet, "
          "dan legt zij de kwestie voor aan de besturen."),

    ("h1", "Afspraak 4 \u2013 Informatie aan de besturen"),
    ("p", "De regiegroep stuurt de besturen van De Eekhorst en het ROC twee keer per jaar een "
          "schriftelijke voortgangsrapportage: in februari over het eerste halfjaar en in september "
          "over het afgelopen schooljaar. De rapportage gaat in op instroom, doorstroom, uitval, "
          "examenresultaten, tevredenheid van leerlingen en de besteding van het activiteitenbudget. "
          "De septemberrapportage wordt besproken in het jaarlijkse bestuurlijk overleg in oktober, "
          "waarin de regiegroep verantwoording aflegt over het gevoerde beleid. Een samenvatting gaat "
          "ter informatie naar de gemeente."),

    ("h1", "Afspraak 5 \u2013 Onderwijs, personeel en voorzieningen"),
    ("p", "**Locaties.** Routejaar 1 en 2 worden gegeven in het gebouw van De Eekhorst in Wezep. In "
          "routejaar 3 en 4 heeft het ROC twee lesdagen per week een dependance in hetzelfde gebouw; "
          "de overige dagen volgen de studenten onderwijs op de zorgcampus van het ROC in Zwolle."),
    ("p", "**Programma.** Programma en examinering zijn per routejaar vastgelegd in één PTA/OER dat "
          "jaarlijks vóór 1 juni door beide besturen wordt vastgesteld. Daarin staat welke "
          "onderdelen bij het vmbo en welke bij het mbo horen."),
    ("p", "**Personeel.** Het routeteam bestaat uit vier docenten van De Eekhorst en drie "
          "docenten van het ROC. In routejaar 1 en 2 geven docenten van het ROC "
          "wekelijks zes lesuren verpleegtechnische vaardigheden op de Eekhorst; in routejaar 3 en 4 "
          "verzorgen docenten van De Eekhorst nog de lessen Nederlands en rekenen voor studenten die "
          "dat nodig hebben. Voor het vakoverstijgende onderdeel \u201cZorgen voor jezelf en de "
          "ander\u201d wordt gewerkt met teambevoegdheid. Docenten blijven in dienst van hun eigen "
          "werkgever."),
    ("p", "**Voorzieningen.** De Eekhorst stelt twee lokalen, het zorglokaal met hoog-laagbedden en "
          "de aula beschikbaar, ook voor de ROC-dependance. Het ROC stelt het skillslab en de "
          "simulatiepoppen op de zorgcampus beschikbaar en leent een set oefenmaterialen uit aan De "
          "Eekhorst. Het gebruik van elkaars voorzieningen wordt niet doorbelast."),
    ("p", "**Inschrijving en klachten.** Leerlingen staan in routejaar 1 en 2 ingeschreven bij De "
          "Eekhorst en daarna bij het ROC. Klachten over personeel van de andere partij worden "
          "behandeld volgens de klachtenregeling van de partij waar de leerling of student is "
          "ingeschreven, met medewerking van de andere partij."),

    ("h1", "Afspraak 6 \u2013 Als de Zorgroute niet past"),
    ("p", "Een leerling die de Zorgroute verlaat, houdt een weg naar een diploma:"),
    ("li", "in routejaar 1 of 2 kan hij verder in de gewone kaderberoepsgerichte leerweg van De "
           "Eekhorst, in Zorg en welzijn of in een ander profiel, en daar het vmbo-diploma halen;"),
    ("li", "wie het vmbo-diploma aan het einde van routejaar 3 niet heeft, kan zonder "
           "vooropleidingseisen verder in een mbo-opleiding van het ROC op niveau 2 of 3 "
           "(bijvoorbeeld Helpende zorg en welzijn) of het vmbo-examen opnieuw doen;"),
    ("li", "wie merkt dat de zorg niet bij hem past, kan overstappen naar een andere opleiding op "
           "hetzelfde niveau bij het ROC of bij een andere instelling in de regio."),
    ("p", "De afdelingsleider van De Eekhorst en de opleidingsmanager van het ROC beslissen samen, na "
          "een gesprek met de leerling en zijn ouders, welke weg het beste past, gelet op wat de "
          "leerling al heeft behaald en zijn leeftijd. De leerplichtambtenaar van de gemeente wordt "
          "bij een leerplichtige leerling tijdig ingelicht."),

    ("h1", "Afspraak 7 \u2013 Geld"),
    ("p", "De Eekhorst en het ROC dragen geen bekostiging aan elkaar over. Iedere partij betaalt de "
          "inzet van het eigen personeel en de eigen voorzieningen. Het activiteitenbudget van de "
          "route (€ 3.000 per jaar) wordt door beide partijen voor de helft uit de eigen begroting "
          "gedragen."),

    ("h1", "Afspraak 8 \u2013 Medezeggenschap"),
    ("p", "De Eekhorst en het ROC maken de volgende aanvullende afspraken over medezeggenschap:"),
    ("li", "de medezeggenschapsraad van De Eekhorst en de studentenraad van het ROC vormen voor de "
           "Zorgroute samen een routeraad van vier leden (één ouder en één leerling vanuit de MR, "
           "twee studenten vanuit de studentenraad), die eenmaal per kwartaal met de regiegroep "
           "overlegt;"),
    ("li", "de routeraad brengt advies uit over het PTA/OER en over iedere voorgenomen wijziging of "
           "beëindiging van dit convenant, voordat de besturen daarover besluiten;"),
    ("li", "voor het overige gelden in de vo-fase de WMS en in de mbo-fase de WEB en de WOR."),

    ("h1", "Afspraak 9 \u2013 Verschil van mening"),
    ("p", "Ontstaat tussen De Eekhorst en het ROC een geschil over de uitvoering van dit convenant, "
          "dan bespreekt de regiegroep dit eerst. Komt zij er binnen een maand niet uit, dan "
          "overleggen de bestuurders van beide partijen. Leidt ook dat binnen zes weken niet tot "
          "overeenstemming, dan schakelen zij een onafhankelijke mediator in. Blijft het geschil "
          "bestaan, dan wordt het voorgelegd aan de bevoegde rechter van de Rechtbank Gelderland. De "
          "gemeente kan op verzoek van beide partijen een bemiddelende rol spelen, maar neemt geen "
          "beslissingen."),

    ("h1", "Afspraak 10 \u2013 Wat de gemeente doet"),
    ("p", "De gemeente stelt de leerplichtambtenaar en de jongerencoach beschikbaar voor overleg "
          "over leerlingen die dreigen uit te vallen, neemt de Zorgroute op in de Lokale Educatieve "
          "Agenda en organiseert eenmaal per jaar een bijeenkomst met ouders en inwoners over de "
          "route. De gemeente verstrekt in het kader van dit convenant geen financiële bijdrage."),

    ("h1", "Afspraak 11 \u2013 Looptijd, toetreding, wijziging en opzegging"),
    ("p", "**Looptijd.** Dit convenant geldt van 1 augustus 2025 tot en met 31 juli 2029 en wordt "
          "daarna steeds stilzwijgend met vier jaar verlengd."),
    ("p", "**Toetreding.** Een andere vmbo-school of mbo-instelling kan zich bij de Zorgroute "
          "aansluiten als De Eekhorst en het ROC daar schriftelijk mee instemmen en het nieuwe bevoegd "
          "gezag dit convenant ondertekent; de aansluiting gaat in bij het begin van een schooljaar "
          "en mag het programma van lopende groepen niet veranderen. De nieuwe partij meldt de route "
          "bij DUO."),
    ("p", "**Wijziging.** Wijzigingen worden schriftelijk vastgelegd en door De Eekhorst en het ROC "
          "ondertekend, na advies van de routeraad (Afspraak 8). Een wijziging gaat niet in tijdens "
          "een lopend schooljaar."),
    ("p", "**Opzegging.** De Eekhorst en het ROC kunnen dit convenant schriftelijk opzeggen tegen 1 "
          "augustus van enig jaar, met een opzegtermijn van een jaar. Na opzegging vindt geen nieuwe "
          "instroom meer plaats; leerlingen en studenten die al in de Zorgroute zitten, maken die af "
          "volgens dit convenant. De gemeente kan haar deelname opzeggen met een termijn van drie "
          "maanden; de samenwerking tussen De Eekhorst en het ROC loopt dan ongewijzigd door."),

    ("p", "Aldus overeengekomen te Wezep, 26 juni 2025."),
    ("sig", [["Gemeente Oldebroek", "A. Brouwer-Hoekman, wethouder", "",
              "Stichting ROC IJsselvallei", "dr. C. Oosterhuis, lid college van bestuur"],
             ["Stichting Onderwijsgroep Eekhorst", "R.J. Mulder, bestuurder", "", "", ""]]),
]


@sample(283, "h283_gemeentelijk_convenant_oldebroek_verzorgende_ig", "docx",
        "Municipality-backed covenant (gemeente + vmbo + ROC) in DOCX, Oldebroek/Wezep, Zorg en "
        "welzijn kb -> mbo-3 Verzorgende-IG; zorgorganisaties only named in the considerans (b "
        "missing), regiegroep described at length but without any appointment rule (c weak).",
        st(P, M, W, P, P, P, P, P, P, P),
        {"a": "Afspraak 2 \u2013 De Zorgroute",
         "d": "Afspraak 4 \u2013 Informatie aan de besturen",
         "e": "Afspraak 5 \u2013 Onderwijs, personeel en voorzieningen",
         "f": "Afspraak 6 \u2013 Als de Zorgroute niet past",
         "g": "Afspraak 7 \u2013 Geld",
         "h": "Afspraak 8 \u2013 Medezeggenschap",
         "i": "Afspraak 9 \u2013 Verschil van mening",
         "j": "Afspraak 11 \u2013 Looptijd, toetreding, wijziging en opzegging"})
def build_283(path):
    write_docx(path, H283, "Convenant Zorgroute Oldebroek 2025-2029", "Gemeente Oldebroek",
               base_size=10.5, font="Arial")


# ---------------------------------------------------------------- h284 (MD)
H284 = r"""
# Interne regeling doorlopende leerroute Groen – Hovenier

**Stichting AOC Veluwerand** – besluit van het college van bestuur van 3 juni 2025, nr. CvB/2025/117

*Vastgesteld op grond van artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB.
Deze regeling treedt in de plaats van een samenwerkingsovereenkomst, omdat het vmbo-deel en het
mbo-deel van de route binnen één rechtspersoon worden verzorgd.*

---

Het college van bestuur van Stichting AOC Veluwerand, bevoegd gezag van Veluwerand vmbo groen
(locatie Ermelo) en van Veluwerand mbo (locaties Ermelo en Barneveld),

gelet op het advies van de centrale medezeggenschapsraad vmbo en de centrale studentenraad mbo
van 14 mei 2025,

besluit vast te stellen de volgende regeling.

---

## § 1 Reikwijdte en route

1. Deze regeling geldt voor de doorlopende leerroute *Groen – Hovenier* (hierna: de route).
2. De route begint in leerjaar 3 van de **basisberoepsgerichte leerweg, profiel Groen**, van
   Veluwerand vmbo groen en loopt door naar de **basisberoepsopleiding Medewerker hovenier
   (niveau 2)** van Veluwerand mbo, in het opleidingsdomein Voedsel, natuur en leefomgeving, in
   de beroepsopleidende leerweg.
3. De route duurt drie jaar: routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van het vmbo,
   routejaar 3 is het mbo-jaar. Wie dat wil, kan in routejaar 3 in de BBL verder bij een
   hoveniersbedrijf.
4. Het college meldt de route in RIO en registreert de deelnemers als leerling in de route.

## § 2 Werkveld

1. Voor de route werkt Veluwerand samen met de regionale afdeling Noord-Veluwe van de branche
   Vereniging van Hoveniers en Groenvoorzieners en met ten minste acht erkende
   hoveniersleerbedrijven uit Ermelo, Putten en Harderwijk.
2. Deze bedrijven:
   - bieden in routejaar 2 elke leerling een snuffelstage van twee weken en in routejaar 3 een
     bpv-plaats aan;
   - leveren elk schooljaar ten minste vier echte aanlegopdrachten (tuinen van particulieren,
     openbaar groen) waaraan de leerlingen onder begeleiding werken;
   - leveren een praktijkbeoordelaar voor de proeve van bekwaamheid *Aanleg en onderhoud*.
3. Het routeteam vraagt eenmaal per jaar, in januari, het advies van de Groene
   Werkveldcommissie van Veluwerand over het programma en de keuzedelen, en legt in het
   jaarverslag vast wat met dat advies is gedaan.

## § 3 Leiding over de route

1. De leiding over de route berust bij het **routeteam**, dat bestaat uit:
   - de teamleider bovenbouw van Veluwerand vmbo groen (voorzitter),
   - de opleidingsmanager Groene ruimte van Veluwerand mbo, en
   - de trajectbegeleider hovenier (docent).
2. De leden worden door het college van bestuur benoemd voor een termijn van drie jaar, op
   voordracht van de directeur onderwijs. Herbenoeming is mogelijk.
3. Het college draagt aan het routeteam op:
   - het opstellen van het route-PTA/OER en het jaarrooster;
   - het plaatsen van leerlingen bij leerbedrijven en het onderhouden van de contacten met het
     werkveld;
   - het toelaten van leerlingen tot de route en het beslissen over een overstap (§ 6);
   - het verdelen van de lesuren over het docententeam binnen de vastgestelde formatie;
   - het beheer van het routebudget tot het in de begroting opgenomen bedrag.
4. Het routeteam is niet bevoegd tot het aangaan van verplichtingen boven het routebudget of tot
   personele besluiten; die blijven bij het college.

## § 4 Verantwoording

1. Het routeteam verstrekt het college en de directeur onderwijs elk kwartaal een korte
   rapportage met in-, door- en uitstroom, verzuim en bijzonderheden.
2. Vóór 1 juli legt het routeteam in een jaarverslag verantwoording af aan het college over het
   lopende schooljaar, met de examenresultaten en het rendement per cohort. Het college bespreekt
   het jaarverslag met het routeteam in de eerste week van juli.

## § 5 Inrichting van het onderwijs

1. **Waar.** Routejaar 1 en 2 vinden plaats op de vmbo-locatie Ermelo, met één dag per week in
   de praktijktuin en de werkplaats van de mbo-locatie Ermelo. Routejaar 3 vindt plaats op de
   mbo-locatie en bij het leerbedrijf.
2. **Wat.** Het programma, de examinering en de bpv zijn per routejaar vastgelegd in het
   route-PTA/OER, dat het college jaarlijks vóór 1 juni vaststelt. Het vmbo-examen wordt in
   routejaar 2 afgerond.
3. **Wie.** Het docententeam bestaat uit docenten van de vmbo- en de mbo-afdeling, samen
   ongeveer 2,4 fte. Voor de vakoverstijgende praktijkonderdelen *Groen aanleggen* en *Groen
   onderhouden* wordt gewerkt met teambevoegdheid; bij elk onderdeel is een daartoe bevoegde
   docent betrokken. De mbo-instructeur hovenier geeft vanaf routejaar 1 wekelijks zes uur les.
4. **Waarmee.** De leerlingen gebruiken vanaf routejaar 1 de praktijktuin, de kassen, de
   machineloods (inclusief kleine tuinmachines en een minigraver) en het klimaatlokaal van de
   mbo-locatie. De vmbo-locatie stelt haar theorielokalen en de schooltuin ter beschikking voor
   lessen van mbo-docenten.
5. **Inschrijving en verzuim.** In routejaar 1 en 2 staan de deelnemers als vmbo-leerling
   ingeschreven, daarna als mbo-student. De verzuimregistratie volgt de inschrijving.

## § 6 Overstap

1. Wie de route niet afmaakt, krijgt een andere weg naar een diploma:
   - tijdens routejaar 1 of 2: verder in de reguliere basisberoepsgerichte leerweg (Groen of een
     ander profiel) richting het vmbo-diploma;
   - zonder vmbo-diploma na routejaar 2: toch instromen in een niveau 2-opleiding van
     Veluwerand mbo (bijvoorbeeld Medewerker groen en natuur of Medewerker dierverzorging);
     de vooropleidingseisen gelden dan niet, omdat het om dezelfde instelling gaat; het
     vmbo-examen kan daarnaast worden herkanst;
   - bij een andere beroepswens: een opleiding op niveau 2 in een andere richting, binnen
     Veluwerand of bij een andere school in de regio.
2. Het routeteam besluit, na een gesprek met de leerling en diens ouders, welke overstap wordt
   geboden. Het vmbo-deel en het mbo-deel van het routeteam beslissen daarbij samen en kijken naar
   het bereikte onderwijsniveau en de leeftijd van de leerling.
3. De uitwerking staat in de schoolgids en de studentenwijzer.

## § 7 Bekostiging

Omdat het vmbo-deel en het mbo-deel van de route door hetzelfde bevoegd gezag worden verzorgd,
vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel
9.1.15 WEB. De kosten van de route worden gedragen uit de begroting van de stichting.

## § 8 Slotbepalingen

1. Deze regeling treedt in werking op 1 augustus 2025.
2. Het college evalueert de regeling in 2028.
3. Deze regeling wordt aangehaald als *Interne regeling DLR Groen – Hovenier*.

Ermelo, 3 juni 2025

Het college van bestuur van Stichting AOC Veluwerand,

ir. W.F. van Lohuizen, voorzitter  
drs. E. Jansen-Sloot, lid
"""


@sample(284, "h284_interne_regeling_aoc_ermelo_hovenier", "md",
        "AOC interne regeling (CvB-besluit) in Markdown, Ermelo, Groen bb -> mbo-2 Medewerker "
        "hovenier; items a-g arranged, explicit no bekostiging transfer within one rechtspersoon; "
        "h-j not applicable.",
        st(P, P, P, P, P, P, P, NA, NA, NA),
        {"a": "§ 1 Reikwijdte en route", "b": "§ 2 Werkveld", "c": "§ 3 Leiding over de route",
         "d": "§ 4 Verantwoording", "e": "§ 5 Inrichting van het onderwijs", "f": "§ 6 Overstap",
         "g": "§ 7 Bekostiging"})
def build_284(path):
    write_text(path, H284)


# ---------------------------------------------------------------- h285 (PDF)
H285 = [
    ("title", "Samenwerkingsovereenkomst geïntegreerde route"),
    ("subtitle", "vmbo basisberoepsgerichte leerweg Mobiliteit en transport \u2013 mbo-2 Logistiek "
                 "medewerker\nVakschool De Vlasakker (Rucphen) en ROC Markiezenland (Roosendaal)"),
    ("h1", "Partijen"),
    ("p", "1. **Stichting Onderwijsgroep De Vlasakker**, gevestigd te Rucphen, bevoegd gezag van "
          "Vakschool De Vlasakker, school voor vbo, vertegenwoordigd door de voorzitter van het "
          "college van bestuur, mevrouw drs. L. Raaijmakers, hierna: \u201cDe Vlasakker\u201d;"),
    ("p", "2. **Stichting ROC Markiezenland**, gevestigd te Roosendaal, bevoegd gezag van het "
          "regionaal opleidingencentrum ROC Markiezenland, vertegenwoordigd door de voorzitter van "
          "het college van bestuur, de heer P.J.M. Hendrickx MBA, hierna: \u201cMarkiezenland\u201d;"),
    ("p", "hierna samen: partijen."),
    ("h1", "Overwegingen"),
    ("p", "Partijen werken sinds 2022 samen in een techniek- en logistiekprogramma voor "
          "basisleerlingen. Zij willen voor leerlingen voor wie dat meerwaarde heeft een "
          "geïntegreerde route aanbieden als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 "
          "WEB, waarin de leerling zonder vmbo-eindexamen in één doorgaand programma het diploma "
          "Logistiek medewerker behaalt. Zij leggen hun afspraken vast in deze overeenkomst."),

    ("h1", "Artikel 1 De route"),
    ("p", "1.1 De geïntegreerde route start in leerjaar 3 van de basisberoepsgerichte leerweg, "
          "profiel Mobiliteit en transport, van De Vlasakker en leidt op tot de basisberoepsopleiding "
          "Logistiek medewerker (niveau 2) in het opleidingsdomein Transport, scheepvaart en "
          "logistiek van Markiezenland, in de BOL."),
    ("p", "1.2 De route duurt drie jaar. De Vlasakker neemt voor deelnemers aan de route geen "
          "vmbo-eindexamen af. Een leerling neemt alleen aan de route deel na overleg met hem en "
          "zijn ouders en na overleg tussen De Vlasakker en Markiezenland."),
    ("p", "1.3 Partijen melden de route ieder in RIO vóór aanvang van het schooljaar 2025-2026."),

    ("h1", "Artikel 2 Het logistieke werkveld"),
    ("p", "2.1 Partijen betrekken bij de route het Logistiek Platform West-Brabant en ten minste "
          "zes erkende leerbedrijven, waaronder Distributiecentrum Sprundel BV, Transportbedrijf Van "
          "Gastel BV en Koel- en Vrieshuis De Moerdijkse Poort."),
    ("p", "2.2 Deze bedrijven stellen vanaf routejaar 1 excursies en meeloopdagen en vanaf "
          "routejaar 2 bpv-plaatsen beschikbaar, leveren per semester een praktijkopdracht (orderpicken, "
          "voorraadtelling, laden en lossen) en nemen met een praktijkbeoordelaar deel aan de "
          "examens in de beroepspraktijk."),
    ("p", "2.3 Tweemaal per jaar bespreekt het kernteam (artikel 3) met het Logistiek Platform de "
          "actualiteit van het programma en de keuzedelen."),

    ("h1", "Artikel 3 Het kernteam"),
    ("p", "3.1 De leiding over de route ligt bij het kernteam, bestaande uit de teamleider "
          "basisberoepsgerichte leerweg van De Vlasakker, de teamleider Logistiek van Markiezenland "
          "en de routecoördinator."),
    ("p", "3.2 De teamleiders worden door het eigen college van bestuur aangewezen. De "
          "routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd op voordracht "
          "van de teamleiders, voor een periode van twee jaar."),
    ("p", "3.3 Het kernteam stelt het routeplan en het gezamenlijke PTA/OER op, stelt het rooster "
          "vast, beslist over de toelating tot de route, verdeelt de inzet van docenten binnen de "
          "vastgestelde formatie en onderhoudt de contacten met het werkveld. Besluiten over "
          "personeel, investeringen en afwijkingen van deze overeenkomst zijn voorbehouden aan de "
          "colleges van bestuur."),

    ("h1", "Artikel 4 Rapportage aan de besturen"),
    ("p", "4.1 Het kernteam stuurt beide colleges van bestuur halfjaarlijks, in januari en in juli, "
          "een schriftelijke rapportage over deelnemersaantallen, verzuim, voortgang, uitval en "
          "examenresultaten."),
    ("p", "4.2 De julirapportage wordt besproken in het jaarlijkse bestuurlijk overleg in "
          "september, waarin het kernteam verantwoording aflegt en het plan voor het volgende jaar "
          "toelicht."),

    ("h1", "Artikel 5 Onderwijs, docenten en voorzieningen"),
    ("p", "5.1 Routejaar 1 wordt gegeven op De Vlasakker in Rucphen, met één dag per week op de "
          "Logistieke Campus van Markiezenland in Roosendaal. In routejaar 2 en 3 volgen de "
          "deelnemers het onderwijs op de Logistieke Campus en in de bpv."),
    ("p", "5.2 Programma en examinering per routejaar staan in het gezamenlijke PTA/OER, dat "
          "jaarlijks vóór 1 juni door beide colleges van bestuur wordt vastgesteld. De deelnemer "
          "staat in routejaar 1 en 2 ingeschreven bij De Vlasakker en in routejaar 3 bij "
          "Markiezenland."),
    ("p", "5.3 Het docententeam bestaat uit de vakdocenten mobiliteit en de mentor van De Vlasakker "
          "en twee docenten logistiek van Markiezenland. Markiezenland zet in routejaar 1 acht "
          "lesuren per week in. Voor het onderdeel \u201cMagazijn en transport\u201d wordt gewerkt met "
          "teambevoegdheid."),
    ("p", "5.4 Markiezenland stelt de logistieke leerwerkplaats met magazijnstellingen, "
          "handscanners, een reachtruck-simulator en het lesmagazijn beschikbaar. De Vlasakker stelt "
          "haar werkplaats mobiliteit, een theorielokaal en de laptopkar beschikbaar."),
    ("p", "5.5 Klachten over personeel van de andere partij worden behandeld volgens de "
          "klachtenregeling van de partij waar de deelnemer is ingeschreven."),

    ("h1", "Artikel 6 Begeleiding"),
    ("p", "6.1 Iedere deelnemer heeft één mentor, die in routejaar 1 van De Vlasakker en vanaf "
          "routejaar 2 van Markiezenland is. De deelnemer en zijn ouders krijgen ten minste drie "
          "keer per jaar een voortgangsgesprek."),
    ("p", "6.2 Ondersteuning in het kader van passend onderwijs wordt in routejaar 1 en 2 door het "
          "samenwerkingsverband geboden en in routejaar 3 door het studentensteunpunt van "
          "Markiezenland."),

    ("h1", "Artikel 7 Beëindiging van de deelname"),
    ("p", "7.1 Een leerling die de geïntegreerde route voortijdig verlaat of deze niet kan "
          "voortzetten, stroomt door naar de Entreeopleiding (niveau 1) van Markiezenland, "
          "uitstroomrichting Logistiek."),
    ("p", "7.2 Hiervoor is geen nieuw toelatingsgesprek nodig; de inschrijving bij de "
          "Entreeopleiding volgt binnen twee weken na de beëindiging."),
    ("p", "7.3 De mentor draagt het leerlingdossier warm over aan de loopbaanbegeleider van de "
          "Entreeopleiding."),

    ("h1", "Artikel 8 Financiële afspraken"),
    ("p", "8.1 In routejaar 1 en 2 draagt De Vlasakker met toepassing van artikel 5.42a WVO 2020 een "
          "deel van de door haar ontvangen bekostiging over aan Markiezenland, ter dekking van de "
          "inzet van docenten logistiek van Markiezenland en het gebruik van de logistieke "
          "leerwerkplaats."),
    ("p", "8.2 De hoogte van het over te dragen deel wordt jaarlijks in het bestuurlijk overleg "
          "van september vastgesteld."),
    ("p", "8.3 Markiezenland factureert het vastgestelde bedrag in één termijn in januari."),

    ("h1", "Artikel 9 Medezeggenschap"),
    ("p", "Voor leerlingen die bij De Vlasakker staan ingeschreven, hun ouders en het personeel van "
          "De Vlasakker geldt de Wet medezeggenschap op scholen. Voor studenten van Markiezenland en "
          "hun ouders geldt de WEB en voor het personeel van Markiezenland de Wet op de "
          "ondernemingsraden. Partijen kunnen in onderling overleg aanvullende afspraken maken over "
          "de medezeggenschap bij de route."),

    ("h1", "Artikel 10 Geschillen"),
    ("p", "10.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in "
          "het kernteam besproken en, als dat binnen een maand niet tot een oplossing leidt, door de "
          "voorzitters van de colleges van bestuur."),
    ("p", "10.2 Komen de voorzitters binnen zes weken niet tot overeenstemming, dan wordt het "
          "geschil voorgelegd aan een commissie van drie personen voor bindend advies. Iedere partij "
          "wijst één lid aan; deze twee leden wijzen samen een onafhankelijke voorzitter aan. De "
          "commissie brengt binnen acht weken haar advies uit."),

    ("h1", "Artikel 11 Duur, toetreding, wijziging en beëindiging"),
    ("p", "11.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
    ("p", "11.2 Over de voorwaarden waaronder een andere school of een andere instelling voor "
          "beroepsonderwijs partij kan worden bij deze overeenkomst, maken partijen nadere afspraken "
          "zodra een verzoek daartoe wordt ontvangen."),
    ("p", "11.3 Deze overeenkomst kan alleen schriftelijk en met instemming van beide colleges van "
          "bestuur worden gewijzigd. Een wijziging gaat in bij het begin van een schooljaar."),
    ("p", "11.4 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met "
          "inachtneming van een opzegtermijn van twaalf maanden. Na opzegging worden geen nieuwe "
          "leerlingen meer toegelaten."),
    ("p", "11.5 Bij wijziging of beëindiging van de overeenkomst worden de gevolgen voor de "
          "deelnemers zo veel mogelijk beperkt: deelnemers die op dat moment in de route zitten, "
          "ronden deze af volgens het programma waarmee zij zijn begonnen."),

    ("p", "Aldus overeengekomen en ondertekend te Rucphen op 19 juni 2025."),
    ("sig", [["Stichting Onderwijsgroep De Vlasakker", "", "drs. L. Raaijmakers",
              "voorzitter college van bestuur"],
             ["Stichting ROC Markiezenland", "", "P.J.M. Hendrickx MBA",
              "voorzitter college van bestuur"]]),
]


@sample(285, "h285_geintegreerde_route_rucphen_logistiek", "pdf",
        "Geïntegreerde route PDF with numbered articles, Rucphen/Roosendaal, Mobiliteit en transport "
        "bb -> mbo-2 Logistiek medewerker; leavers go automatically to Entree (f weak), transfer "
        "with purpose but amount deferred (g weak), toetreding deferred (j weak), medezeggenschap "
        "only law + 'kunnen'.",
        st(P, P, P, P, P, W, W, NA, P, W),
        {"a": "Artikel 1 De route",
         "b": "Artikel 2 Het logistieke werkveld",
         "c": "Artikel 3 Het kernteam",
         "d": "Artikel 4 Rapportage aan de besturen",
         "e": "Artikel 5 Onderwijs, docenten en voorzieningen",
         "i": "Artikel 10 Geschillen"})
def build_285(path):
    write_pdf(path, H285, "Samenwerkingsovereenkomst geïntegreerde route De Vlasakker - Markiezenland",
              "ROC Markiezenland", base_size=10)


# ---------------------------------------------------------------- h286 (DOCX, renewal)
H286 = [
    ("title", "Verlenging en wijziging samenwerkingsovereenkomst Installatietraject Boxtel"),
    ("subtitle", "Dommeldal College \u2013 ROC Brabant-Centraal (Installatie Academie)\n"
                 "Deel A: verlengingsovereenkomst \u2013 Deel B: geconsolideerde tekst per 1 augustus 2025"),
    ("h1", "Deel A \u2013 Verlengingsovereenkomst"),
    ("p", "**De ondergetekenden:**"),
    ("li", "Stichting Voortgezet Onderwijs Dommeldal, gevestigd te Boxtel, bevoegd gezag van het "
           "Dommeldal College (vmbo-locatie Boxtel), vertegenwoordigd door de voorzitter van het "
           "college van bestuur, de heer ing. B.A.M. van der Heijden, hierna: **het Dommeldal "
           "College**;"),
    ("li", "Stichting ROC Brabant-Centraal, gevestigd te \u2019s-Hertogenbosch, bevoegd gezag van het "
           "regionaal opleidingencentrum ROC Brabant-Centraal, vertegenwoordigd door mevrouw mr. "
           "F. Aydın-de Wit, lid van het college van bestuur, hierna: **het ROC**;"),
    ("p", "**nemen in aanmerking:**"),
    ("li", "dat partijen op 9 juli 2021 de Samenwerkingsovereenkomst Installatietraject Boxtel "
           "hebben gesloten (hierna: de overeenkomst 2021), aangegaan tot en met 31 juli 2025;"),
    ("li", "dat de evaluatie van maart 2025 positief was en partijen de samenwerking willen "
           "voortzetten;"),
    ("li", "dat partijen de overeenkomst tegelijk willen actualiseren, onder meer omdat de "
           "overeenkomst 2021 geen regeling bevatte voor de aansluiting van een nieuwe partij en "
           "voor medezeggenschap;"),
    ("p", "**en komen overeen:**"),
    ("h2", "Artikel I \u2013 Verlenging"),
    ("p", "De overeenkomst 2021 wordt verlengd met ingang van 1 augustus 2025 tot en met 31 juli "
          "2030."),
    ("h2", "Artikel II \u2013 Wijzigingen"),
    ("p", "Met ingang van 1 augustus 2025 wordt de overeenkomst 2021 als volgt gewijzigd:"),
    ("li", "artikel 6 wordt aangevuld met de afspraken over teambevoegdheid (thans artikel 6.4);"),
    ("li", "het bedrag in artikel 8 wordt verhoogd van € 800 naar € 950 per leerling;"),
    ("li", "er wordt een nieuw artikel 9 over inspraak van leerlingen, ouders en personeel "
           "ingevoegd; de daaropvolgende artikelen worden vernummerd;"),
    ("li", "artikel 11 wordt aangevuld met een regeling voor nieuwe deelnemers (thans artikel 11.1)."),
    ("h2", "Artikel III \u2013 Geconsolideerde tekst"),
    ("p", "De tekst van de overeenkomst luidt na verlenging en wijziging zoals opgenomen in Deel B. "
          "Deel B maakt onderdeel uit van deze verlengingsovereenkomst en vervangt met ingang van 1 "
          "augustus 2025 de tekst van de overeenkomst 2021. Leerlingen en studenten die vóór die "
          "datum zijn ingestroomd, vallen vanaf die datum onder Deel B, voor zover dit hen niet "
          "benadeelt."),
    ("p", "Getekend te Boxtel op 27 juni 2025."),
    ("sig", [["Stichting Voortgezet Onderwijs Dommeldal", "ing. B.A.M. van der Heijden"],
             ["Stichting ROC Brabant-Centraal", "mr. F. Aydın-de Wit"]]),
    ("pagebreak",),

    ("h1", "Deel B \u2013 Geconsolideerde tekst Samenwerkingsovereenkomst Installatietraject Boxtel"),
    ("p", "(tekst zoals deze luidt met ingang van 1 augustus 2025)"),

    ("h2", "Artikel 1 Wat partijen samen aanbieden"),
    ("p", "1.1 Partijen verzorgen samen het Installatietraject Boxtel: een doorlopende leerroute "
          "vmbo-mbo die begint in leerjaar 3 van de kaderberoepsgerichte leerweg met het profiel "
          "Produceren, installeren en energie op het Dommeldal College en doorloopt naar de "
          "vakopleidingen Eerste monteur utiliteitsinstallaties en Eerste monteur woning installaties "
          "(niveau 3, opleidingsdomein Installatie- en energietechniek) van de Installatie Academie "
          "van het ROC."),
    ("p", "1.2 Het traject duurt vier jaar. De keuze tussen utiliteit en woning wordt in routejaar 2 "
          "gemaakt. Routejaar 3 en 4 kunnen in de BOL of de BBL worden gevolgd."),
    ("p", "1.3 Beide partijen houden de registratie van het traject in RIO actueel."),

    ("h2", "Artikel 2 Installatiebedrijven in het traject"),
    ("p", "2.1 De installatiebedrijven uit de Meierij zijn via de regionale afdeling van Techniek "
          "Nederland en het Opleidingsfonds Installatie Boxtel-Schijndel bij het traject betrokken."),
    ("p", "2.2 Tien installatiebedrijven, die als leerbedrijf zijn erkend, hebben zich verplicht om:"),
    ("li", "leerlingen in routejaar 2 een meewerkstage van vier weken te bieden en in routejaar 3 "
           "en 4 een bpv- of BBL-plaats;"),
    ("li", "per schooljaar ten minste vier projectopdrachten aan te leveren, zoals de installatie "
           "van een warmtepomp in een lesruimte of de aanleg van een groepenkast;"),
    ("li", "een monteur als gastdocent te laten optreden bij de lessenreeks \u201cWerken in de "
           "bouwput\u201d;"),
    ("li", "met een leermeester mee te beoordelen bij de proeve van bekwaamheid."),
    ("p", "2.3 Eenmaal per jaar, in februari, wordt met de bedrijven en Techniek Nederland het "
          "programma doorgelicht; de trajectleiding neemt de uitkomst op in het jaarverslag."),

    ("h2", "Artikel 3 Route-indeling"),
    ("p", "Routejaar 1 en 2 (leerjaar 3 en 4 vmbo): leerlingen staan ingeschreven bij het Dommeldal "
          "College; vmbo-examen in routejaar 2. Routejaar 3 en 4: studenten staan ingeschreven bij "
          "het ROC; examinering volgens de OER van de Installatie Academie. Het programma en de "
          "examinering per routejaar zijn uitgewerkt in het traject-PTA/OER, dat beide besturen "
          "jaarlijks vóór 15 mei vaststellen."),

    ("h2", "Artikel 4 Trajectleiding"),
    ("p", "4.1 Het traject wordt aangestuurd door een trajectleiding van drie personen: de "
          "afdelingsleider techniek van het Dommeldal College, de opleidingsmanager "
          "Installatietechniek van het ROC en een trajectcoördinator."),
    ("p", "4.2 De afdelingsleider en de opleidingsmanager maken deel uit van de trajectleiding "
          "uit hoofde van hun functie en worden daartoe door hun eigen college van bestuur "
          "schriftelijk aangewezen. De trajectcoördinator wordt, na een gezamenlijke "
          "selectieprocedure, door beide colleges van bestuur benoemd voor vier jaar."),
    ("p", "4.3 De besturen laten de trajectleiding beslissen over: de jaarplanning en het rooster, "
          "het aannemen van leerlingen in het traject, de verdeling van de docenten over de "
          "lesonderdelen, de plaatsing bij leerbedrijven en de besteding van het trajectbudget "
          "(maximaal € 12.500 per jaar). De trajectleiding stelt het traject-PTA/OER op; vaststelling "
          "gebeurt door de besturen."),
    ("p", "4.4 Voorbehouden aan de besturen blijven: personele besluiten, investeringen in "
          "gebouwen of installaties en alles wat afwijkt van deze overeenkomst."),

    ("h2", "Artikel 5 Rekenschap en informatie"),
    ("p", "5.1 Na elk van de vier onderwijsperiodes krijgen beide colleges van bestuur van de "
          "trajectleiding een beknopt overzicht van de instroom, het verzuim, de uitval en de "
          "studievoortgang."),
    ("p", "5.2 Elk jaar vóór 1 oktober legt de trajectleiding in een jaarverslag rekenschap af over "
          "het afgelopen schooljaar, waaronder de besteding van het trajectbudget en de "
          "examenresultaten. Het jaarverslag wordt in oktober in een gezamenlijke vergadering met "
          "beide colleges van bestuur besproken."),

    ("h2", "Artikel 6 Uitvoering"),
    ("p", "6.1 Waar: routejaar 1 en 2 op het Dommeldal College in Boxtel, met anderhalve dag per "
          "week in het praktijkcentrum van de Installatie Academie aan de Ladonkseweg; routejaar 3 "
          "en 4 op de Installatie Academie en bij het leerbedrijf."),
    ("p", "6.2 Praktijkruimten en materiaal: het ROC stelt het praktijkcentrum ter beschikking, met "
          "de installatiecabines, de warmtepomp- en zonnestroomopstellingen en het "
          "gereedschapsmagazijn. Het Dommeldal College stelt zijn techniekwerkplaats, de "
          "BIM-computerruimte en theorielokalen ter beschikking, ook voor lessen van ROC-docenten."),
    ("p", "6.3 Docenten: het traject wordt verzorgd door één docententeam. Het ROC zet in routejaar "
          "1 en 2 twee instructeurs in voor samen twaalf lesuren per week; het Dommeldal College zet "
          "in routejaar 3 en 4 een docent Nederlands/rekenen in voor studenten die het vmbo-examen "
          "nog moeten afronden. Docenten blijven in dienst van hun eigen werkgever."),
    ("p", "6.4 Teambevoegdheid: voor de vakoverstijgende onderdelen \u201cInstalleren in de "
          "woning\u201d en \u201cEnergietransitie\u201d werkt het docententeam met teambevoegdheid; het "
          "traject-PTA/OER vermeldt welke onderdelen dit zijn en welke docent voor welk deel bevoegd "
          "is."),
    ("p", "6.5 Klachten: een klacht over een medewerker van de andere partij wordt behandeld volgens "
          "de klachtenregeling van de partij waar de klager staat ingeschreven; beide partijen werken "
          "daaraan mee."),

    ("h2", "Artikel 7 Andere weg naar een diploma"),
    ("p", "7.1 Als een leerling het traject niet kan of wil afmaken, zorgen beide partijen ervoor dat "
          "hij toch een diploma kan halen dat past bij wat hij heeft bereikt en bij zijn leeftijd."),
    ("p", "7.2 Mogelijkheden zijn in ieder geval: (a) in routejaar 1 en 2 verder in de reguliere "
          "kaderberoepsgerichte leerweg of de basisberoepsgerichte leerweg van het Dommeldal "
          "College, met het oog op een vmbo-diploma; (b) zonder vmbo-diploma aan het einde van "
          "routejaar 3: verder in een opleiding van het ROC op niveau 2 of 3, zonder toepassing van "
          "de vooropleidingseisen, met de mogelijkheid het vmbo-examen alsnog af te ronden; (c) bij "
          "een andere beroepskeuze: een opleiding op hetzelfde niveau in een andere richting bij het "
          "ROC of, via een toelatingsonderzoek, bij een andere instelling."),
    ("p", "7.3 De mentor van het Dommeldal College en de loopbaanbegeleider van het ROC stellen, na "
          "een gesprek met de leerling en zijn ouders, samen vast welke mogelijkheid wordt geboden. "
          "Zijn zij het niet eens, dan beslist de trajectleiding."),

    ("h2", "Artikel 8 Bijdrage voor de vo-fase"),
    ("p", "8.1 Op grond van artikel 5.42a WVO 2020 maakt het Dommeldal College jaarlijks aan het "
          "ROC een deel van zijn rijksbekostiging over, ten bedrage van € 950 per leerling die op 1 "
          "oktober in routejaar 1 of 2 van het traject staat ingeschreven."),
    ("p", "8.2 Het ROC gebruikt dit bedrag voor de inzet van de instructeurs in het praktijkcentrum "
          "(artikel 6.3) en voor verbruiksmaterialen zoals buis, kabel, fittingen en panelen."),
    ("p", "8.3 Het ROC brengt het bedrag in december in rekening. Verder draagt iedere partij haar "
          "eigen kosten."),

    ("h2", "Artikel 9 Inspraak van leerlingen, ouders en personeel"),
    ("p", "9.1 Partijen spreken aanvullend op de WMS, de WEB en de WOR af dat twee leerlingen uit "
          "routejaar 2 met spreekrecht deelnemen aan de vergaderingen van de studentenraad van de "
          "Installatie Academie waarin het traject aan de orde is."),
    ("p", "9.2 De medezeggenschapsraad van het Dommeldal College en de studentenraad van het ROC "
          "vergaderen jaarlijks in november gezamenlijk over het traject, op basis van het "
          "jaarverslag. Voorstellen om deze overeenkomst te wijzigen of te beëindigen worden vooraf "
          "aan beide raden voor advies voorgelegd."),

    ("h2", "Artikel 10 Onenigheid"),
    ("p", "10.1 Zijn partijen het oneens over de uitvoering van deze overeenkomst, dan bespreekt "
          "eerst de trajectleiding het punt; daarna, binnen vier weken, de voorzitters van de "
          "colleges van bestuur."),
    ("p", "10.2 Blijft het verschil bestaan, dan wordt het beslecht door arbitrage volgens het "
          "Arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, met "
          "\u2019s-Hertogenbosch als plaats van arbitrage."),

    ("h2", "Artikel 11 Nieuwe deelnemers, aanpassing en einde"),
    ("p", "11.1 Een ander bevoegd gezag van een vmbo-school of mbo-instelling kan partij worden als "
          "beide partijen schriftelijk instemmen en de nieuwe partij een aansluitingsverklaring "
          "tekent waarin zij deze overeenkomst aanvaardt. De aansluiting gaat in op 1 augustus en "
          "verandert niets aan het programma van leerlingen die al in het traject zitten."),
    ("p", "11.2 Aanpassing van deze overeenkomst gebeurt schriftelijk, door beide colleges van "
          "bestuur, na advies als bedoeld in artikel 9.2; een aanpassing geldt vanaf het volgende "
          "schooljaar."),
    ("p", "11.3 Deze overeenkomst loopt tot en met 31 juli 2030. Iedere partij kan haar eerder "
          "beëindigen door schriftelijke opzegging tegen 1 augustus van enig jaar, met een termijn "
          "van twaalf maanden. Bij ernstige tekortkoming kan een partij de overeenkomst na "
          "ingebrekestelling ontbinden."),
    ("p", "11.4 Bij beëindiging, opzegging of aanpassing stromen geen nieuwe leerlingen meer in onder "
          "de oude afspraken, maar maken leerlingen en studenten die al in het traject zitten dit af "
          "zoals afgesproken; partijen blijven daarvoor tot de afronding van het laatste cohort aan "
          "deze overeenkomst gebonden."),
    ("p", "11.5 Uiterlijk in maart 2029 evalueren partijen de samenwerking en besluiten zij over "
          "verdere verlenging."),
]


@sample(286, "h286_verlenging_geconsolideerd_boxtel_installatietechniek", "docx",
        "Renewal DOCX (verlengingsovereenkomst + consolidated text), Boxtel, Produceren, installeren "
        "en energie kb -> mbo-3 Eerste monteur utiliteit/woning; fully arranged in plain synonyms "
        "(trajectleiding, rekenschap, onenigheid, bijdrage), transfer with amount and purpose.",
        st(P, P, P, P, P, P, P, P, P, P),
        {"a": "Artikel 1 Wat partijen samen aanbieden",
         "b": "Artikel 2 Installatiebedrijven in het traject",
         "c": "Artikel 4 Trajectleiding",
         "d": "Artikel 5 Rekenschap en informatie",
         "e": "Artikel 6 Uitvoering",
         "f": "Artikel 7 Andere weg naar een diploma",
         "g": "Artikel 8 Bijdrage voor de vo-fase",
         "h": "Artikel 9 Inspraak van leerlingen, ouders en personeel",
         "i": "Artikel 10 Onenigheid",
         "j": "Artikel 11 Nieuwe deelnemers, aanpassing en einde"})
def build_286(path):
    write_docx(path, H286, "Verlenging SOK Installatietraject Boxtel", "Dommeldal College",
               base_size=10.5, font="Cambria")


# ---------------------------------------------------------------- h288 (PDF, routeboekje)
H288 = [
    ("title", "Routeboekje IT-route Dongen"),
    ("subtitle", "Doorlopende leerroute Media, vormgeving en ICT (gl) \u2013 Expert IT systems and "
                 "devices (mbo niveau 4)\nDonge College en ROC Baronie-Noord \u2013 editie 2025-2026"),
    ("small", "Dit routeboekje is geschreven voor iedereen die met de IT-route werkt: docenten, "
              "mentoren, teamleiders, leerbedrijven, en ook leerlingen en ouders. De hoofdstukken 2 "
              "tot en met 11 bevatten de afspraken tussen de besturen en vormen samen de "
              "samenwerkingsovereenkomst voor de doorlopende leerroute. De besturen hebben het boekje "
              "op de laatste pagina ondertekend."),

    ("h1", "1. Waar gaat dit boekje over?"),
    ("p", "Sinds 2023 kunnen leerlingen van het Donge College in Dongen na leerjaar 2 kiezen voor de "
          "IT-route. Ze maken in vier jaar hun vmbo-diploma en hun mbo-diploma op niveau 4, zonder "
          "dubbel werk en zonder harde knip na het vmbo. Het boekje legt uit hoe de route loopt en "
          "wat de scholen met elkaar hebben afgesproken."),
    ("p", "De partners zijn Stichting Scholengroep Donge, gevestigd te Dongen, bevoegd gezag van "
          "het Donge College (vmbo gemengde en theoretische leerweg), en Stichting ROC Baronie-Noord, "
          "gevestigd te Breda, bevoegd gezag van het ROC Baronie-Noord met de ICT-school in "
          "Oosterhout."),

    ("h1", "2. De route in het kort"),
    ("p", "De IT-route begint in leerjaar 3 van de **gemengde leerweg, profiel Media, vormgeving en "
          "ICT**, en leidt naar de middenkaderopleiding **Expert IT systems and devices (niveau 4)** "
          "in het opleidingsdomein ICT van ROC Baronie-Noord, in de BOL."),
    ("table", [["Routejaar", "Waar", "Wat"],
               ["1 (vmbo 3)", "Donge College, elke dinsdag ICT-school Oosterhout",
                "vmbo-vakken, eerste mbo-modules netwerken en hardware"],
               ["2 (vmbo 4)", "Donge College, dinsdag en vrijdag ICT-school",
                "vmbo-examen, mbo-modules, snuffelstage"],
               ["3 (mbo 1)", "ICT-school Oosterhout", "mbo-programma, eerste bpv"],
               ["4 (mbo 2)", "ICT-school en leerbedrijf", "bpv, keuzedelen, proeve van bekwaamheid"]],
     [2.6, 6.0, 7.4]),
    ("p", "Routejaar 4 is het laatste jaar; wie extra tijd nodig heeft, kan een vijfde jaar op de "
          "ICT-school doen. Beide scholen registreren de route in RIO."),

    ("h1", "3. Wie doet wat: het routeteam"),
    ("p", "De route heeft één routeteam dat de leiding heeft. Daarin zitten de teamleider "
          "bovenbouw gl/tl van het Donge College, de onderwijsmanager ICT van ROC Baronie-Noord en "
          "de routecoördinator. De teamleider en de onderwijsmanager worden door hun eigen bestuur "
          "voor het routeteam aangewezen. De routecoördinator wordt door beide besturen samen benoemd, "
          "op voordracht van het routeteam, voor drie schooljaren."),
    ("p", "De besturen geven het routeteam de volgende opdrachten en bevoegdheden:"),
    ("li", "het maken van het jaarrooster en de verdeling van lesdagen over de twee gebouwen;"),
    ("li", "het opstellen van het route-PTA/OER, dat daarna door beide besturen wordt vastgesteld;"),
    ("li", "het indelen van docenten binnen de formatie die de besturen hebben toegekend;"),
    ("li", "het toelaten van leerlingen tot de route na het kennismakingsgesprek;"),
    ("li", "het onderhouden van contacten met de leerbedrijven en het organiseren van de stages."),
    ("p", "Over personeel aannemen of ontslaan, grote uitgaven en het veranderen van dit boekje beslist "
          "het routeteam niet; dat doen de besturen."),

    ("h1", "4. Rapporteren aan de besturen"),
    ("p", "Het routeteam schrijft twee keer per jaar, in januari en in juni, een voortgangsverslag "
          "voor de besturen van beide scholen. Daarin staat hoeveel leerlingen instromen, doorstromen "
          "en uitvallen, hoe de examens zijn gegaan, hoe het met de stages gaat en welke problemen er "
          "zijn. Het juniverslag wordt in het bestuurlijk overleg van juli besproken; het routeteam "
          "legt daar verantwoording af over het schooljaar."),

    ("h1", "5. Onderwijs, mensen en ruimtes"),
    ("p", "**Programma.** Er is één route-PTA/OER waarin per routejaar staat welke vakken en modules "
          "gegeven worden, welke examens er zijn en wanneer de bpv is. Het vmbo-examen is in "
          "routejaar 2; de mbo-examens beginnen in routejaar 1 met de module Netwerkbeheer basis."),
    ("p", "**Mensen.** Het docententeam bestaat uit vijf docenten van het Donge College en vier van "
          "de ICT-school. In routejaar 1 en 2 geven ROC-docenten op de dinsdag en vrijdag les; "
          "docenten van het Donge College begeleiden de leerlingen in routejaar 3 nog bij Nederlands "
          "en Engels. Voor het project \u201cBouw je eigen netwerk\u201d werkt het team met "
          "teambevoegdheid. Iedereen blijft bij de eigen werkgever in dienst."),
    ("p", "**Ruimtes en spullen.** De ICT-school stelt het serverlab, de hardwarewerkplaats, de "
          "netwerkkasten en licenties voor de leeromgeving ter beschikking. Het Donge College zorgt "
          "voor een vast route-lokaal met laptops en de 3D-printers van het technieklokaal."),
    ("p", "**Inschrijving en klachten.** In routejaar 1 en 2 staan leerlingen ingeschreven bij het "
          "Donge College, daarna bij het ROC. Klachten over iemand van de andere school worden "
          "behandeld volgens de klachtenregeling van de school waar de leerling is ingeschreven."),

    ("h1", "6. Het bedrijfsleven doet mee"),
    ("p", "De route werkt samen met zes IT-bedrijven uit de regio, waaronder Dongemond ICT Services, "
          "Netwerkhuis Oosterhout en de IT-afdeling van Koekjesfabriek Van der Linden in Dongen. Deze "
          "bedrijven:"),
    ("li", "bieden in routejaar 2 een snuffelstage en in routejaar 3 en 4 een bpv-plaats aan;"),
    ("li", "organiseren elk jaar samen met de route een hackathon van twee dagen;"),
    ("li", "leveren gastsprekers voor het vak Beroepsoriëntatie IT;"),
    ("li", "beoordelen als praktijkbeoordelaar mee bij de proeve van bekwaamheid."),
    ("p", "Eens per jaar, in maart, praat het routeteam met de bedrijven over wat er in het "
          "programma moet veranderen."),

    ("h1", "7. Als de route niet (meer) past"),
    ("p", "Het kan gebeuren dat de IT-route toch niet de goede keuze blijkt. Niemand verlaat de route "
          "zonder een weg naar een diploma. De mogelijkheden zijn:"),
    ("li", "**Stoppen in routejaar 1 of 2.** De leerling gaat verder in de gewone gemengde of "
           "theoretische leerweg van het Donge College en haalt daar zijn vmbo-diploma. Overstappen "
           "naar een andere doorlopende route van het Donge College kan ook."),
    ("li", "**Geen vmbo-diploma aan het eind van routejaar 3.** De leerling kan toch verder in een "
           "ICT-opleiding van ROC Baronie-Noord op niveau 3 of 4; de vooropleidingseisen gelden dan "
           "niet. Daarnaast kan hij het vmbo-examen opnieuw doen."),
    ("li", "**Andere interesse.** Een opleiding op hetzelfde niveau in een andere richting, bij het "
           "ROC of bij een andere mbo-school in de regio (na een toelatingsonderzoek daar)."),
    ("li", "**Verhuizing.** Een vergelijkbare route of opleiding in de nieuwe woonplaats."),
    ("p", "Een overstap gebeurt bij voorkeur aan het eind van een onderwijsperiode. Behaalde "
          "resultaten en het leerlingdossier gaan mee naar de nieuwe opleiding. De schoolgids van "
          "beide scholen beschrijft hoe een overstap praktisch verloopt."),

    ("h1", "8. Geld"),
    ("p", "De scholen dragen geen bekostiging aan elkaar over. Ieder betaalt de eigen docenten, "
          "gebouwen en materialen; dat geldt ook voor de lesdagen van ROC-docenten op het Donge "
          "College."),

    ("h1", "9. Medezeggenschap"),
    ("p", "Voor leerlingen in routejaar 1 en 2 en hun ouders geldt de WMS, daarna de WEB."),
    ("p", "Aanvullende afspraken over de medezeggenschap (optioneel): "
          "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
          "\u2026\u2026\u2026 [in te vullen na advies van de MR en de studentenraad]"),

    ("h1", "10. Als we het oneens zijn"),
    ("p", "Zijn de scholen het oneens over hoe de afspraken in dit boekje worden uitgevoerd, dan "
          "bespreekt het routeteam dat eerst. Lukt het niet binnen een maand, dan gaan de bestuurders "
          "met elkaar in gesprek. Komen ook zij er binnen zes weken niet uit, dan vragen zij een "
          "onafhankelijke mediator om te helpen. Als ook dat niet werkt, beslist de Rechtbank "
          "Zeeland-West-Brabant."),

    ("h1", "11. Nieuwe partners, wijzigen en stoppen"),
    ("li", "**Nieuwe partner.** Een andere vmbo-school of mbo-instelling kan meedoen als beide "
           "besturen daar schriftelijk mee instemmen en het bestuur van de nieuwe partner dit boekje "
           "ondertekent. De nieuwe partner meldt de route bij DUO. Meedoen gaat in bij de start van "
           "een schooljaar; voor leerlingen die al in de route zitten verandert er niets."),
    ("li", "**Wijzigen.** Dit boekje wordt alleen gewijzigd als beide besturen een nieuwe versie "
           "ondertekenen. Een wijziging gaat in bij de start van het volgende schooljaar, zodat "
           "leerlingen midden in een jaar niet met nieuwe regels te maken krijgen."),
    ("li", "**Stoppen.** Ieder bestuur kan de samenwerking schriftelijk opzeggen per 1 augustus, met "
           "een opzegtermijn van één jaar. Daarna starten er geen nieuwe leerlingen meer, maar "
           "leerlingen die al in de route zitten, kunnen hun route afmaken volgens dit boekje."),
    ("li", "**Looptijd.** De afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd."),

    ("h1", "Ondertekening"),
    ("p", "Dongen, 30 juni 2025"),
    ("sig", [["Stichting Scholengroep Donge", "", "drs. K. van Dongen-Wouters", "bestuurder"],
             ["Stichting ROC Baronie-Noord", "", "mr. J.C. Vermeulen", "voorzitter college van bestuur"]]),
]


@sample(288, "h288_routeboekje_dongen_it_systems", "pdf",
        "Routeboekje PDF for staff, pupils and parents that doubles as the SOK, Dongen/Oosterhout, "
        "Media, vormgeving en ICT gl -> mbo-4 Expert IT systems and devices; overstap options at "
        "length but nobody decides (f weak), medezeggenschap left as dotted template line (h weak).",
        st(P, P, P, P, P, W, P, W, P, P),
        {"a": "2. De route in het kort",
         "b": "6. Het bedrijfsleven doet mee",
         "c": "3. Wie doet wat: het routeteam",
         "d": "4. Rapporteren aan de besturen",
         "e": "5. Onderwijs, mensen en ruimtes",
         "g": "8. Geld",
         "i": "10. Als we het oneens zijn",
         "j": "11. Nieuwe partners, wijzigen en stoppen"})
def build_288(path):
    write_pdf(path, H288, "Routeboekje IT-route Dongen 2025-2026", "Donge College",
              base_size=10.5)


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------


def out_paths(num):
    s = SAMPLES[num]
    doc = os.path.join(HERE, "%s.%s" % (s["name"], s["ext"]))
    exp = os.path.join(HERE, "%s.expected.json" % s["name"])
    return doc, exp


def expected_dict(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "heldout",
            "statuses": s["statuses"], "evidence": s["evidence"]}


def build(nums):
    for num in nums:
        s = SAMPLES[num]
        doc, exp = out_paths(num)
        s["build"](doc)
        with open(exp, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(expected_dict(num), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.basename(doc))


def check(nums):
    ok = True
    for num in nums:
        s = SAMPLES[num]
        doc, exp = out_paths(num)
        errs = []
        if not os.path.exists(doc):
            errs.append("document missing")
        else:
            size = os.path.getsize(doc)
            if size >= 200 * 1024:
                errs.append("too large: %d bytes" % size)
            try:
                text = norm(extract_text(doc))
            except Exception as exc:  # noqa: BLE001
                errs.append("cannot open: %r" % exc)
                text = ""
            for k, ev in s["evidence"].items():
                if s["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
        if set(s["statuses"]) != set("abcdefghij"):
            errs.append("statuses incomplete")
        if not os.path.exists(exp):
            errs.append("expected.json missing")
        else:
            with open(exp, encoding="utf-8") as fh:
                if json.load(fh) != expected_dict(num):
                    errs.append("expected.json differs from table")
        if not s["name"].startswith("h%d_" % num):
            errs.append("bad name")
        print("h%d %s %s" % (num, "OK" if not errs else "FAIL", "; ".join(errs)))
        ok = ok and not errs
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        nums = [int(a) for a in argv[1:]] or sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = [int(a) for a in argv] or sorted(SAMPLES)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
