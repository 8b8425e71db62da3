#!/usr/bin/env python3
"""Build held-out sample agreements h369-h376 for leerroute-check.

Written by an independent helper author (a language-model session started by the project) from the two
official guidance documents in /work/shared/seeds (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie), /work/shared/domain.md and /work/main/sample_agreements/LABELS.md only, without looking
at checker code, models, tests, benchmarks or the texts of any other sample. All schools, instellingen,
companies and people are made up.

Usage:
    python3 build_heldout24b.py            build all samples
    python3 build_heldout24b.py 369 372    build only those numbers
    python3 build_heldout24b.py --check    open every produced file and verify it
"""

import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Tiny markup used for the PDF and DOCX documents (one line = one block):
#   "!title T"  title           "!sub T"  centred subtitle      "# T"  heading 1     "## T"  heading 2
#   "- T"       bullet          "| a | b" table row (first row of a table is its header row)
#   "!cols 0.3,0.7" widths of the next table    "!plain" next table has no grid and no header
#   "!pb" page break            "!small T" small print          any other line: a paragraph
# ---------------------------------------------------------------------------------------------


def parse_blocks(markup):
    """Parse with directives that apply only to the table that follows them."""
    blocks = []
    table = None
    cols = None
    plain = False
    for raw in markup.strip("\n").split("\n"):
        line = raw.strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if table is None:
                table = {"kind": "table", "rows": [], "cols": cols, "plain": plain}
                blocks.append(table)
                cols, plain = None, False
            table["rows"].append(cells)
            continue
        table = None
        if not line:
            continue
        if line.startswith("!cols "):
            cols = [float(x) for x in line[6:].split(",")]
        elif line == "!plain":
            plain = True
        elif line == "!pb":
            blocks.append({"kind": "pb"})
        elif line.startswith("!title "):
            blocks.append({"kind": "title", "text": line[7:]})
        elif line.startswith("!sub "):
            blocks.append({"kind": "sub", "text": line[5:]})
        elif line.startswith("!small "):
            blocks.append({"kind": "small", "text": line[7:]})
        elif line.startswith("## "):
            blocks.append({"kind": "h2", "text": line[3:]})
        elif line.startswith("# "):
            blocks.append({"kind": "h1", "text": line[2:]})
        elif line.startswith("- "):
            blocks.append({"kind": "li", "text": line[2:]})
        else:
            blocks.append({"kind": "p", "text": line})
    return blocks


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(path, markup, title, font="Helvetica", size=10, footer=None):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    from reportlab.lib import colors

    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}[font]
    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=size * 1.35,
                          alignment=TA_JUSTIFY if font == "Times-Roman" else TA_LEFT,
                          spaceAfter=size * 0.55)
    st = {
        "p": base,
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=size + 5,
                                leading=(size + 5) * 1.3, alignment=TA_CENTER, spaceAfter=8),
        "sub": ParagraphStyle("sub", parent=base, alignment=TA_CENTER, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size + 1.5,
                             leading=(size + 1.5) * 1.3, spaceBefore=8, spaceAfter=4,
                             alignment=TA_LEFT),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, spaceBefore=4, spaceAfter=3,
                             alignment=TA_LEFT),
        "li": ParagraphStyle("li", parent=base, leftIndent=16, bulletIndent=5),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 2,
                                leading=(size - 2) * 1.3),
        "cell": ParagraphStyle("cell", parent=base, alignment=TA_LEFT, spaceAfter=0,
                               fontSize=size - 0.5, leading=(size - 0.5) * 1.3),
        "cellb": ParagraphStyle("cellb", parent=base, alignment=TA_LEFT, spaceAfter=0,
                                fontName=bold, fontSize=size - 0.5, leading=(size - 0.5) * 1.3),
    }
    width = A4[0] - 5 * cm
    story = []
    for b in parse_blocks(markup):
        k = b["kind"]
        if k == "pb":
            story.append(PageBreak())
        elif k == "table":
            rows = b["rows"]
            n = max(len(r) for r in rows)
            fr = b["cols"] or ([0.3, 0.7] if n == 2 else [1.0 / n] * n)
            data = []
            for i, r in enumerate(rows):
                r = r + [""] * (n - len(r))
                hdr = (i == 0 and not b["plain"])
                data.append([Paragraph(esc(c), st["cellb"] if (hdr or (j == 0 and not b["plain"]))
                                       else st["cell"]) for j, c in enumerate(r)])
            t = Table(data, colWidths=[f * width for f in fr], repeatRows=0 if b["plain"] else 1)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                     ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
            if not b["plain"]:
                style += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == "li":
            story.append(Paragraph(esc(b["text"]), st["li"], bulletText="\u2022"))
        else:
            story.append(Paragraph(esc(b["text"]), st[k]))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 8)
        label = (footer + " \u2013 " if footer else "") + "pagina %d" % doc.page
        canv.drawRightString(A4[0] - 2.5 * cm, 1.5 * cm, label)
        canv.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, title=title,
                            author="", subject="", creator="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_docx(path, markup, title, font="Calibri", size=11):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    for b in parse_blocks(markup):
        k = b["kind"]
        if k == "pb":
            d.add_page_break()
        elif k == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b["text"])
            r.bold = True
            r.font.size = Pt(size + 5)
        elif k == "sub":
            p = d.add_paragraph(b["text"])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "h1":
            d.add_heading(b["text"], level=1)
        elif k == "h2":
            d.add_heading(b["text"], level=2)
        elif k == "li":
            d.add_paragraph(b["text"], style="List Bullet")
        elif k == "small":
            p = d.add_paragraph()
            r = p.add_run(b["text"])
            r.font.size = Pt(size - 2)
        elif k == "table":
            rows = b["rows"]
            n = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=n)
            if not b["plain"]:
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j in range(n):
                    txt = r[j] if j < len(r) else ""
                    cells[j].text = ""
                    run = cells[j].paragraphs[0].add_run(txt)
                    if not b["plain"] and (i == 0 or j == 0):
                        run.bold = True
            d.add_paragraph()
        else:
            d.add_paragraph(b["text"])
    cp = d.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps and order so that a rebuild is byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.strip("\n") + "\n")


# ---------------------------------------------------------------------------------------------
# Samples
# ---------------------------------------------------------------------------------------------

SAMPLES = {}


def sample(num, name, ext, description, statuses, evidence, **opts):
    def deco(fn):
        SAMPLES[num] = dict(name=name, ext=ext, description=description, statuses=statuses,
                            evidence=evidence, text=fn, opts=opts)
        return fn
    return deco


# === SAMPLES START ===
@sample(
    369, "h369_onderwerp_afspraak_tabel_steenwijkerland", "pdf",
    "PDF, afsprakentabel onderwerp | afspraak in twee kolommen, Steenwijkerland, horeca kb -> "
    "zelfstandig werkend kok niveau 3; volledig, met kleine overdracht per leerling",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "1. Welke route", "b": "2. Rol van restaurants en hotels", "c": "3. Wie heeft de regie",
     "d": "4. Rapporteren aan de besturen", "e": "5. Uitvoering: mensen, lokalen, programma",
     "f": "6. Als de route niet past", "g": "7. Geldstromen", "h": "8. Inspraak van leerlingen",
     "i": "9. Bij verschil van mening", "j": "10. Meedoen, aanpassen, stoppen"},
    title="Afsprakentabel doorlopende leerroute Keuken Steenwijkerland", footer="Afsprakentabel Keuken")
def h369():
    return """
!title Afsprakentabel doorlopende leerroute vmbo-mbo \u201cKeuken\u201d
!sub Steenwijk \u2013 Meppel, versie vastgesteld op 12 juni 2025
Deze afsprakentabel is de samenwerkingsovereenkomst tussen:
- Stichting Openbaar Voortgezet Onderwijs Steenwijkerland, bevoegd gezag van vmbo-school De Eese Vakschool te Steenwijk, vertegenwoordigd door mevrouw drs. H.J. Brinkman, voorzitter college van bestuur (hierna: de school);
- Stichting Regionaal Opleidingencentrum Kop van Overijssel, handelend onder de naam Kopcollege, gevestigd te Meppel, vertegenwoordigd door de heer R. Visscher MBA, voorzitter college van bestuur (hierna: het Kopcollege).
Partijen verzorgen samen een doorlopende leerroute vmbo-mbo en melden die gezamenlijk bij DUO via RIO. Waar hieronder \u201cwij\u201d staat, gaat het om beide partijen samen. Per onderwerp staat in de rechterkolom wat wij afspreken; die tekst bindt beide partijen.
!cols 0.27,0.73
| Onderwerp | Afspraak |
| 1. Welke route | De route verbindt het vmbo-profiel Horeca, bakkerij en recreatie in de kaderberoepsgerichte leerweg met de mbo-opleiding Zelfstandig werkend kok (niveau 3, beroepsopleidende leerweg), kwalificatiedossier Keuken, opleidingsdomein Horeca en bakkerij. De route start in leerjaar 3 van het vmbo en duurt in totaal vier jaar. Leerlingen leggen het vmbo-examen af uiterlijk in het tweede jaar van de route en sluiten in het vierde jaar af met het mbo-diploma. |
| 2. Rol van restaurants en hotels | Ongeveer twintig restaurants, hotels en partycateraars uit Steenwijkerland, Westerveld en Meppel, allemaal erkend leerbedrijf bij SBB, bieden de stageplaatsen voor de route. Koninklijke Horeca Nederland, afdeling Kop van Overijssel, wijst jaarlijks twee chef-koks aan die samen met de docenten de praktijkproeven van leerjaar 2 en 4 meebeoordelen. Leerbedrijven leveren elk schooljaar minstens vier levensechte opdrachten (bijvoorbeeld een diner voor de Stichting Giethoorn Live) en verzorgen gastlessen over seizoenswerk. Eenmaal per jaar, in maart, bespreekt het werkveld in de klankbordgroep Keuken het programma en geeft het schriftelijk advies over aanpassingen. |
| 3. Wie heeft de regie | De dagelijkse leiding ligt bij het routeduo: de afdelingsleider bovenbouw van De Eese Vakschool en de opleidingsmanager Horeca van het Kopcollege. Ieder lid wordt door de eigen bestuurder aangewezen, nadat de bestuurder van de andere partij heeft ingestemd; bij vertrek wijst dezelfde bestuurder binnen twee maanden een opvolger aan. Het routeduo stelt het jaarrooster en de verdeling van lesuren over het team vast, beslist over toelating van leerlingen tot de route, stelt het concept-PTA/OER op en beheert het routebudget binnen de door de besturen goedgekeurde begroting. Benoeming en ontslag van personeel en de vaststelling van de begroting zelf blijven voorbehouden aan de besturen. |
| 4. Rapporteren aan de besturen | Het routeduo stuurt beide colleges van bestuur na elke periode (vier keer per jaar) een voortgangsbrief van hooguit twee pagina\u2019s met instroom, verzuim, uitval en de resultaten van de praktijkproeven. Voor 1 oktober legt het routeduo in een jaarverslag verantwoording af over het afgelopen schooljaar, inclusief de besteding van het routebudget. Het jaarverslag is het eerste agendapunt van het bestuurlijk overleg in oktober, waarin de besturen het verslag goedkeuren of om aanvullingen vragen. |
| 5. Uitvoering: mensen, lokalen, programma | Leerjaar 1 en 2 van de route worden gegeven op de locatie van De Eese Vakschool in Steenwijk, met elke woensdag praktijk in de leerkeuken van het Kopcollege in Meppel; leerjaar 3 en 4 vinden plaats bij het Kopcollege en in de leerbedrijven. Docenten van beide partijen vormen \u00e9\u00e9n docententeam. Voor de vakoverstijgende praktijkmodule \u201cVan land tot bord\u201d in leerjaar 1 en 2 gebruiken wij de teambevoegdheid; voor ieder programmaonderdeel is ten minste \u00e9\u00e9n bevoegde docent betrokken. Elke partij blijft werkgever van het eigen personeel. Het Kopcollege stelt de leerkeukens en het leerrestaurant De Kopgang beschikbaar; de school stelt haar praktijklokaal, de bakkerij en het busvervoer op woensdag beschikbaar. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar staan in het gezamenlijke PTA/OER, dat wij elk jaar voor 1 oktober vaststellen. Klachten over medewerkers van de andere partij worden behandeld volgens de klachtenregeling van de partij waar de leerling staat ingeschreven, met medewerking van de andere partij. |
| 6. Als de route niet past | Iedere leerling die de route verlaat, houdt zicht op een diploma. Wie in de eerste twee jaar stopt, gaat verder in de reguliere kaderberoepsgerichte leerweg van hetzelfde profiel of stapt over naar een ander profiel van De Eese Vakschool en haalt daar het vmbo-diploma. Wie het vmbo-diploma aan het einde van het tweede jaar van de route niet heeft, kan het examenjaar overdoen of zonder vmbo-diploma doorstromen naar een opleiding op niveau 2 of 3 van het Kopcollege; vooropleidingseisen worden dan niet gesteld. Wie in het mbo-deel ontdekt dat koken niet past, kan binnen het Kopcollege overstappen naar een andere opleiding op niveau 3, zoals Zelfstandig werkend gastheer/gastvrouw, of na een geschiktheidsonderzoek naar een andere instelling in de regio. De mentor van de school en de loopbaanbegeleider van het Kopcollege bepalen samen welk vervolg past, op basis van wat de leerling al heeft bereikt en diens leeftijd, na een gesprek met de leerling en de ouders. De uitwerking staat in de schoolgids. |
| 7. Geldstromen | De school draagt voor iedere leerling in het eerste en tweede jaar van de route \u20ac 850 per schooljaar van haar bekostiging over aan het Kopcollege. Dit bedrag is bestemd voor de lessen in de leerkeuken, de inzet van koksdocenten van het Kopcollege en de ingredi\u00ebnten. Het Kopcollege factureert in november op basis van de telling van 1 oktober. Verder wordt geen bekostiging overgedragen. |
| 8. Inspraak van leerlingen | Leerlingen van de route die nog bij de school staan ingeschreven, mogen twee vertegenwoordigers naar de studentenraad van het Kopcollege sturen; zij hebben daar spreekrecht over alles wat de route raakt. De medezeggenschapsraad van de school en de studentenraad van het Kopcollege bespreken elk jaar in een gezamenlijke vergadering de evaluatie van de route en brengen daarover samen advies uit aan beide besturen. |
| 9. Bij verschil van mening | Komt het routeduo er samen niet uit, dan leggen de leden het verschil schriftelijk voor aan beide bestuurders. Lukt het de bestuurders niet binnen zes weken om het eens te worden, dan schakelen zij samen een mediator in. Leidt mediation niet binnen drie maanden tot een oplossing, dan beslist de bevoegde rechter van de rechtbank Overijssel. |
| 10. Meedoen, aanpassen, stoppen | Een andere vmbo-school of mbo-instelling kan aan deze afspraken deelnemen als beide partijen daar schriftelijk mee instemmen en de nieuwe partner een toetredingsverklaring tekent waarin zij alle afspraken aanvaardt; toetreding gaat in op 1 augustus. Deze tabel wordt alleen gewijzigd in een schriftelijk stuk dat beide besturen ondertekenen. Iedere partij kan de afspraken schriftelijk opzeggen tegen het einde van een schooljaar, met een opzegtermijn van twaalf maanden; ontbinding met onmiddellijke ingang is alleen mogelijk als een partij haar bevoegdheid verliest om het onderwijs te verzorgen. Na een opzegging stromen geen nieuwe leerlingen meer in, maar leerlingen die al in de route zitten ronden haar af onder dezelfde voorwaarden. Bij toetreding of wijziging houden wij de gevolgen voor de leerlingen zo klein mogelijk: een wijziging geldt pas voor het volgende cohort, tenzij alle leerlingen erop vooruitgaan. |
De afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd. Elk jaar in oktober bekijken wij in het bestuurlijk overleg of de tabel nog klopt.
!plain
| Voor Stichting Openbaar Voortgezet Onderwijs Steenwijkerland | Voor Stichting Regionaal Opleidingencentrum Kop van Overijssel |
| drs. H.J. Brinkman, voorzitter college van bestuur | R. Visscher MBA, voorzitter college van bestuur |
| Steenwijk, 12 juni 2025 | Meppel, 12 juni 2025 |
"""


@sample(
    370, "h370_addendum_herformulering_zuid_kennemerland", "docx",
    "DOCX, addendum dat een oude vakmanschapsroute-overeenkomst integraal opnieuw vaststelt, Zuid-Kennemerland, "
    "economie en ondernemen gl/kb -> manager retail niveau 4; bedrijfsleven alleen in de overwegingen en de "
    "begrippenlijst, overdracht met bestemming maar zonder omvang, medezeggenschap als PM-placeholder",
    {"a": "present", "b": "missing", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "weak", "h": "weak", "i": "present", "j": "present"},
    {"a": "Artikel 2 \u2013 De leerroute", "c": "Artikel 3 \u2013 Routeleiding",
     "d": "Artikel 4 \u2013 Informatie en verantwoording", "e": "Artikel 5 \u2013 Inrichting van de route",
     "f": "Artikel 6 \u2013 Alternatieven bij voortijdig vertrek", "i": "Artikel 9 \u2013 Geschillen",
     "j": "Artikel 10 \u2013 Toetreding, wijziging en be\u00ebindiging"},
    title="Addendum nr. 2 samenwerkingsovereenkomst Retailroute Zuid-Kennemerland")
def h370():
    return """
!title ADDENDUM NR. 2
!sub bij de Samenwerkingsovereenkomst Vakmanschapsroute Economie en Ondernemen van 14 maart 2017, thans: doorlopende leerroute vmbo-mbo Retail
# De ondergetekenden
1. Stichting Openbaar Voortgezet Onderwijs Zuid-Kennemerland, statutair gevestigd te Haarlem, bevoegd gezag van vmbo De Kennemer Poort (brinnummer 31XK), te dezen rechtsgeldig vertegenwoordigd door haar bestuurder, de heer mr. P.A. Kooiman, hierna te noemen: \u201cde Stichting\u201d;
2. Stichting Regionaal Opleidingencentrum Spaarnestad, statutair gevestigd te Haarlem, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw ir. L. de Waal-Tjin, hierna te noemen: \u201chet ROC\u201d;
hierna gezamenlijk te noemen: \u201cPartijen\u201d.
# Overwegende dat
A. Partijen op 14 maart 2017 een samenwerkingsovereenkomst hebben gesloten voor de vakmanschapsroute Economie en Ondernemen, gebaseerd op het Besluit experimenten doorlopende leerlijnen vmbo-mbo (hierna: \u201cde Overeenkomst\u201d), welke overeenkomst bij addendum nr. 1 van 2 juli 2020 is verlengd;
B. de experimentele grondslag is vervallen en de route sindsdien als doorlopende leerroute vmbo-mbo wordt verzorgd op grond van artikel 2.107b van de Wet voortgezet onderwijs 2020 en de overeenkomstige bepalingen van de Wet educatie en beroepsonderwijs;
C. de winkeliers in de Haarlemse binnenstad, verenigd in Ondernemersvereniging Haarlem Centraal, de route sinds 2017 steunen en de wens hebben uitgesproken daarbij betrokken te blijven;
D. Partijen de tekst van de Overeenkomst in overeenstemming willen brengen met de wet en om redenen van duidelijkheid de Overeenkomst in haar geheel opnieuw vaststellen;
# verklaren te zijn overeengekomen als volgt:
## Artikel I \u2013 Integrale herformulering
De Overeenkomst, zoals gewijzigd bij addendum nr. 1, wordt met ingang van 1 augustus 2025 vervangen door de tekst die is opgenomen in Artikel II van dit addendum. Die tekst treedt volledig in de plaats van alle eerdere bepalingen van de Overeenkomst en van addendum nr. 1; eerdere bijlagen vervallen, met uitzondering van het PTA/OER 2025-2026.
## Artikel II \u2013 Tekst van de Overeenkomst met ingang van 1 augustus 2025
## Artikel 1 \u2013 Begrippen
In deze overeenkomst wordt verstaan onder:
- route: de doorlopende leerroute vmbo-mbo Retail, bedoeld in artikel 2;
- leerling: een leerling of student die aan de route deelneemt, ongeacht de fase;
- routeleiding: de leiding over de route, bedoeld in artikel 3;
- leerbedrijf: een door SBB erkend bedrijf in de detailhandel waar een leerling beroepspraktijkvorming kan volgen;
- PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route.
## Artikel 2 \u2013 De leerroute
2.1 Partijen verzorgen samen een doorlopende leerroute die aansluit op het vmbo-profiel Economie en ondernemen in de gemengde leerweg en in de kaderberoepsgerichte leerweg, en die leidt tot het diploma van de middenkaderopleiding Manager retail (niveau 4, beroepsopleidende leerweg) in het opleidingsdomein Handel en ondernemerschap.
2.2 De route begint in het derde leerjaar van De Kennemer Poort en heeft een cursusduur van vijf jaar. Het vmbo-examen wordt afgelegd in het tweede jaar van de route; een deel van de vakken kan al in het eerste jaar worden afgesloten.
2.3 Partijen melden de route gezamenlijk aan de minister door registratie in RIO.
## Artikel 3 \u2013 Routeleiding
3.1 De routeleiding bestaat uit de teamleider bovenbouw Economie en ondernemen van De Kennemer Poort en de onderwijsmanager Commercie van het ROC. Zij worden bijgestaan door een routecoördinator, een docent met een aanstelling van 0,4 fte voor deze taak.
3.2 De bestuurder van de Stichting wijst de teamleider aan als lid van de routeleiding; het college van bestuur van het ROC wijst de onderwijsmanager aan. De routecoördinator wordt op voordracht van de routeleiding door beide besturen gezamenlijk benoemd voor een termijn van drie schooljaren, die eenmaal kan worden verlengd.
3.3 De besturen dragen aan de routeleiding op: het vaststellen van het jaarrooster en de groepsindeling, het verdelen van de lesuren over het docententeam, het beslissen over plaatsing van leerlingen in de route, het opstellen van het concept-PTA/OER en het besteden van het routebudget binnen de door de besturen vastgestelde begroting. De routeleiding is niet bevoegd tot het aangaan van verplichtingen boven \u20ac 5.000 per geval, tot personele besluiten of tot wijziging van deze overeenkomst.
## Artikel 4 \u2013 Informatie en verantwoording
4.1 De routeleiding brengt tweemaal per jaar, uiterlijk op 15 februari en 15 september, een schriftelijke rapportage uit aan de bestuurder van de Stichting en aan het college van bestuur van het ROC. De rapportage bevat ten minste de aantallen in-, door- en uitstromers, het verzuim, de examenresultaten en de uitputting van het routebudget.
4.2 Jaarlijks in november legt de routeleiding in het bestuurlijk overleg van Partijen mondeling verantwoording af over het afgelopen schooljaar aan de hand van de rapportage van 15 september. Van dit overleg wordt een besluitenlijst gemaakt die door beide besturen wordt vastgesteld.
4.3 De routeleiding meldt zaken die de continu\u00efteit van de route raken onverwijld aan beide besturen.
## Artikel 5 \u2013 Inrichting van de route
5.1 Het eerste en tweede jaar van de route worden verzorgd op de locatie van De Kennemer Poort aan de Schalkwijkerstraat te Haarlem; de leerlingen volgen daarnaast op \u00e9\u00e9n dag per week onderwijs in het Retaillab van het ROC aan de Europaweg. Vanaf het derde jaar vindt het onderwijs plaats op de locaties van het ROC.
5.2 Het onderwijsprogramma en de examinering per leerjaar, met aanduiding van de vo-onderdelen, de mbo-onderdelen en de gecombineerde onderdelen, zijn vastgelegd in het PTA/OER, dat door Partijen jaarlijks v\u00f3\u00f3r 1 oktober wordt vastgesteld.
5.3 Het ROC stelt gedurende het eerste en tweede jaar van de route twee docenten Commercie beschikbaar voor samen zes lesuur per week; zij blijven in dienst van het ROC. De docenten van beide Partijen werken als \u00e9\u00e9n team. Voor de vakoverstijgende programmaonderdelen \u201cEigen webwinkel\u201d en \u201cKlantreis\u201d wordt gebruikgemaakt van de teambevoegdheid, met dien verstande dat voor elk onderdeel ten minste \u00e9\u00e9n daartoe bevoegde docent verantwoordelijk is.
5.4 Het ROC stelt het Retaillab met kassasystemen en de webwinkelomgeving ter beschikking; de Stichting stelt haar schoolwinkel De Poortwinkel en het ICT-lokaal open voor gebruik door docenten van het ROC. Partijen brengen elkaar voor dit gebruik geen kosten in rekening.
5.5 Klachten van leerlingen of ouders over gedragingen van medewerkers van de andere Partij worden behandeld door de klachtencommissie van de Partij waar de leerling is ingeschreven; de andere Partij verleent haar medewerking.
## Artikel 6 \u2013 Alternatieven bij voortijdig vertrek
6.1 Een leerling die de route niet kan of wil voortzetten, wordt door Partijen in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij het niveau dat de leerling heeft bereikt en bij zijn leeftijd.
6.2 Bij vertrek in het eerste of tweede jaar van de route zet de leerling de opleiding voort in de reguliere gemengde of kaderberoepsgerichte leerweg van De Kennemer Poort, in hetzelfde of een ander profiel. Heeft de leerling aan het einde van het tweede jaar van de route het vmbo-diploma niet behaald, dan kan hij het examenjaar herhalen of zonder vmbo-diploma instromen in de opleiding Verkoopspecialist (niveau 3) of een andere passende opleiding van het ROC; de vooropleidingseisen zijn dan niet van toepassing.
6.3 Bij vertrek in het mbo-deel van de route kan de leerling overstappen naar een andere opleiding van het ROC op niveau 3 of 4, ook in een ander domein, of, na een geschiktheidsonderzoek, naar een opleiding van een andere instelling.
6.4 Welk alternatief passend is, wordt bepaald door de teamleider van De Kennemer Poort en de onderwijsmanager van het ROC gezamenlijk, na overleg met de leerling en diens ouders. De werkwijze wordt beschreven in de schoolgids van De Kennemer Poort en in de studiegids van het ROC.
## Artikel 7 \u2013 Financi\u00eble afspraken
7.1 Op grond van artikel 5.42a van de Wet voortgezet onderwijs 2020 draagt de Stichting een deel van de bekostiging die zij ontvangt voor leerlingen in het eerste en tweede jaar van de route over aan het ROC.
7.2 De over te dragen middelen zijn bestemd voor de inzet van de docenten Commercie, bedoeld in artikel 5.3, en voor het onderhoud van het Retaillab.
7.3 De hoogte van het over te dragen deel wordt jaarlijks bij de begroting van de route door de routeleiding voorgesteld en door de besturen vastgesteld.
## Artikel 8 \u2013 Medezeggenschap
[PM \u2013 aanvullende afspraken over de medezeggenschap worden in dit artikel opgenomen nadat de medezeggenschapsraad van De Kennemer Poort en de studentenraad van het ROC hun advies hebben uitgebracht.]
## Artikel 9 \u2013 Geschillen
9.1 Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst besproken in de routeleiding. Wordt het geschil daar niet binnen vier weken opgelost, dan legt ieder van de leden het schriftelijk voor aan het bestuurlijk overleg van Partijen.
9.2 Komen de besturen binnen zes weken na die voorlegging niet tot een oplossing, dan wordt het geschil voorgelegd aan een door Partijen gezamenlijk aangewezen onafhankelijke deskundige, die bindend advies uitbrengt. Kunnen Partijen het niet eens worden over de persoon van de deskundige, dan wordt het geschil beslecht door de bevoegde rechter in het arrondissement Noord-Holland.
## Artikel 10 \u2013 Toetreding, wijziging en be\u00ebindiging
10.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden als beide Partijen daarmee schriftelijk instemmen en de toetredende partij een verklaring ondertekent waarin zij de rechten en plichten uit deze overeenkomst aanvaardt. Toetreding gaat in bij de aanvang van een schooljaar. De toetreding wordt door alle betrokken scholen in RIO gemeld.
10.2 Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijk addendum, ondertekend door beide Partijen. Een wijziging die de inhoud van het programma raakt, geldt niet voor leerlingen die de route al zijn begonnen, tenzij zij daardoor niet in een nadeliger positie komen.
10.3 Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden. Na ontvangst van de opzegging worden geen nieuwe leerlingen meer toegelaten. Leerlingen die dan al aan de route deelnemen, ronden haar af volgens het programma waarmee zij zijn begonnen; de bepalingen van deze overeenkomst blijven voor hen van kracht totdat de laatste leerling de route heeft verlaten.
10.4 Ontbinding wegens een tekortkoming is slechts mogelijk nadat de tekortschietende Partij schriftelijk in gebreke is gesteld en een termijn van ten minste drie maanden heeft gekregen; ook dan geldt het bepaalde in 10.3 over lopende leerlingen.
## Artikel III \u2013 Slotbepaling
Dit addendum treedt in werking op 1 augustus 2025. Het wordt in tweevoud opgemaakt en door beide Partijen ondertekend.
!plain
| Haarlem, 23 juni 2025 | Haarlem, 23 juni 2025 |
| Stichting Openbaar Voortgezet Onderwijs Zuid-Kennemerland | Stichting Regionaal Opleidingencentrum Spaarnestad |
| mr. P.A. Kooiman, bestuurder | ir. L. de Waal-Tjin, voorzitter college van bestuur |
"""


@sample(
    371, "h371_advocatencontract_definities_midden_groningen", "pdf",
    "PDF, lang advocatencontract met definities en voorbehouden, Midden-Groningen, PIE kb -> eerste monteur "
    "elektrotechnische installaties niveau 3; overstap legt binnen dezelfde instelling vooropleidingseisen op, "
    "toetreding/opzegging/wijziging zonder enige bescherming van leerlingen",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "weak", "g": "present", "h": "present", "i": "present", "j": "weak"},
    {"a": "Artikel 2 Onderwerp en reikwijdte", "b": "Artikel 3 Inschakeling van het Werkveld",
     "c": "Artikel 4 De Routedirectie", "d": "Artikel 5 Informatieplicht en verantwoording",
     "e": "Artikel 6 Inrichting van de Route", "g": "Artikel 8 Financi\u00eble bepalingen",
     "h": "Artikel 9 Medezeggenschap", "i": "Artikel 12 Geschillenregeling"},
    title="Samenwerkingsovereenkomst Route Elektrotechniek Midden-Groningen", font="Times-Roman", size=10.5,
    footer="Samenwerkingsovereenkomst Route Elektrotechniek \u2013 definitieve versie")
def h371():
    return """
!title SAMENWERKINGSOVEREENKOMST
!sub inzake de doorlopende leerroute vmbo-mbo Elektrotechniek Midden-Groningen
!small Opgesteld door Van der Molen Bartels Advocaten N.V., Groningen. Definitieve versie d.d. 2 juni 2025. Kenmerk VMB/2025/0417.
# DE ONDERGETEKENDEN:
1. de stichting Stichting voor Christelijk Voortgezet Onderwijs Groningen-Oost, statutair gevestigd te Hoogezand, kantoorhoudende aan de Kerkstraat 88, 9601 AV Hoogezand, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41010203, bevoegd gezag van Vakcollege Borgstee, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. J.H. Wubbels, hierna te noemen: de \u201cSchool\u201d;
2. de stichting Stichting Regionaal Opleidingencentrum Hunzedal, statutair gevestigd te Veendam, kantoorhoudende aan de Boven Oosterdiep 20, 9641 JN Veendam, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 02080604, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw mr. A.M. Hovinga-Prins, hierna te noemen: de \u201cInstelling\u201d;
de School en de Instelling hierna gezamenlijk ook te noemen: \u201cPartijen\u201d en ieder afzonderlijk: \u201cPartij\u201d;
# IN AANMERKING NEMENDE DAT:
(a) de School in haar vestiging te Hoogezand onderwijs verzorgt in de kaderberoepsgerichte leerweg, onder meer in het profiel Produceren, installeren en energie;
(b) de Instelling beroepsopleidingen verzorgt in het opleidingsdomein Installatie- en energietechniek;
(c) Partijen sinds het schooljaar 2021-2022 op informele basis samenwerken en deze samenwerking thans wensen om te zetten in een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs;
(d) artikel 2.107b van de Wet voortgezet onderwijs 2020 voorschrijft dat een dergelijke route wordt verzorgd op grond van een samenwerkingsovereenkomst waarin ten minste over de daar genoemde onderwerpen afspraken zijn opgenomen;
(e) Partijen hun afspraken in deze overeenkomst wensen vast te leggen;
# KOMEN OVEREEN ALS VOLGT:
## Artikel 1 Definities
1.1 In deze Overeenkomst hebben de hierna met een hoofdletter geschreven begrippen de volgende betekenis, waarbij het enkelvoud het meervoud omvat en omgekeerd:
- Bevoegd Gezag: het college van bestuur van de School onderscheidenlijk het college van bestuur van de Instelling;
- Deelnemer: een leerling van de School of een student van de Instelling die staat ingeschreven voor de Route;
- Mbo-fase: het derde en volgende leerjaar van de Route, waarin de Deelnemer als student bij de Instelling is ingeschreven;
- Overeenkomst: deze samenwerkingsovereenkomst inclusief de bijlagen;
- PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de Route, waarin het onderwijsprogramma en de examinering per leerjaar zijn beschreven;
- Route: de doorlopende leerroute vmbo-mbo Elektrotechniek, nader omschreven in artikel 2;
- Routedirectie: het orgaan dat belast is met de leiding over de Route, bedoeld in artikel 4;
- Schooljaar: de periode van 1 augustus tot en met 31 juli daaropvolgend;
- Vo-fase: het eerste en tweede leerjaar van de Route, waarin de Deelnemer als leerling bij de School is ingeschreven;
- Werkveld: de in artikel 3 bedoelde ondernemingen en organisaties.
1.2 Opschriften van artikelen dienen uitsluitend de leesbaarheid en hebben geen zelfstandige betekenis voor de uitleg van de Overeenkomst.
## Artikel 2 Onderwerp en reikwijdte
2.1 Partijen verzorgen met ingang van het Schooljaar 2025-2026 gezamenlijk de Route. De Route sluit aan op het profiel Produceren, installeren en energie van de kaderberoepsgerichte leerweg van de School en leidt op tot de kwalificatie Eerste monteur elektrotechnische installaties (niveau 3) uit het kwalificatiedossier Elektrotechnische installaties in de gebouwde omgeving, opleidingsdomein Installatie- en energietechniek, in de beroepsopleidende leerweg.
2.2 De Route vangt aan in het derde leerjaar van de School. De cursusduur bedraagt vijf jaar, met dien verstande dat het vmbo-examen uiterlijk in het derde leerjaar van de Route wordt afgelegd.
2.3 Partijen melden de Route gezamenlijk aan de minister van Onderwijs, Cultuur en Wetenschap door registratie in het Register Instellingen en Opleidingen, ieder voor zover het haar eigen registratie betreft.
2.4 Deze Overeenkomst laat de wettelijke verantwoordelijkheid van de School voor het vmbo-deel en de vmbo-examinering en van de Instelling voor het mbo-deel, de beroepspraktijkvorming en de mbo-examinering onverlet.
## Artikel 3 Inschakeling van het Werkveld
3.1 Partijen betrekken bij de invulling van de Route de installatiebedrijven in de gemeenten Midden-Groningen, Veendam en Oldambt die door SBB zijn erkend als leerbedrijf, alsmede de Stichting Leerbedrijf Installatietechniek Oost-Groningen (LIOG), met welke stichting Partijen een afzonderlijke intentieverklaring hebben ondertekend.
3.2 Het Werkveld wordt in ieder geval als volgt ingeschakeld:
- (a) de LIOG en de aangesloten leerbedrijven stellen voor iedere Deelnemer in de Mbo-fase een plaats voor beroepspraktijkvorming beschikbaar en bieden in het tweede leerjaar van de Route ieder een snuffelstage van tien dagen aan;
- (b) een door de LIOG voorgedragen praktijkopleider beoordeelt als tweede beoordelaar de proeve van bekwaamheid in de Mbo-fase;
- (c) een werkveldcommissie, bestaande uit drie vertegenwoordigers van leerbedrijven en \u00e9\u00e9n vertegenwoordiger van de netbeheerder in de regio, komt tweemaal per Schooljaar bijeen en brengt aan de Routedirectie schriftelijk advies uit over de inhoud van het programma en de keuzedelen, waaronder in ieder geval over de onderdelen zonne-energie en warmtepompen.
3.3 De Routedirectie motiveert schriftelijk waarom zij een advies van de werkveldcommissie niet of niet geheel volgt.
## Artikel 4 De Routedirectie
4.1 De leiding over de Route berust bij de Routedirectie, die bestaat uit:
- (a) de sectordirecteur Techniek van de School;
- (b) de opleidingsmanager Installatietechniek van de Instelling; en
- (c) een routecoördinator, die de vergaderingen voorbereidt en geen stemrecht heeft.
4.2 Het lid bedoeld in 4.1 onder (a) wordt benoemd en ontslagen door het Bevoegd Gezag van de School, het lid bedoeld onder (b) door het Bevoegd Gezag van de Instelling. De routecoördinator wordt benoemd door beide Bevoegde Gezagen gezamenlijk, na een gezamenlijk voorstel van de leden onder (a) en (b). Elk Bevoegd Gezag stelt het andere ten minste vier weken voor een voorgenomen benoeming of ontslag in kennis.
4.3 De Bevoegde Gezagen dragen aan de Routedirectie de volgende taken op: (i) het vaststellen van het jaarrooster en de roosters per periode; (ii) het opstellen van het concept-PTA/OER; (iii) de beslissing over toelating tot de Route en de plaatsing van Deelnemers; (iv) de inzet van het personeel binnen de door de Bevoegde Gezagen vastgestelde formatie; (v) het beheer van het routebudget.
4.4 Behoudens voorafgaande schriftelijke toestemming van beide Bevoegde Gezagen is de Routedirectie niet bevoegd tot (i) het aangaan van verplichtingen met een waarde van meer dan \u20ac 10.000; (ii) het benoemen, schorsen of ontslaan van personeel; (iii) het vertegenwoordigen van een Partij in rechte.
4.5 De Routedirectie besluit bij consensus van de leden onder (a) en (b). Indien geen consensus wordt bereikt, wordt het onderwerp voorgelegd aan de Bevoegde Gezagen.
## Artikel 5 Informatieplicht en verantwoording
5.1 De Routedirectie verstrekt aan elk Bevoegd Gezag binnen vier weken na afloop van ieder kwartaal een schriftelijke managementrapportage, bevattende ten minste de aantallen Deelnemers per leerjaar, in-, door- en uitstroom, verzuim en examenresultaten en de uitputting van het routebudget.
5.2 Jaarlijks v\u00f3\u00f3r 1 november legt de Routedirectie verantwoording af over het voorafgaande Schooljaar door middel van een jaarverslag, dat in een gezamenlijke vergadering van de Bevoegde Gezagen wordt besproken en, al dan niet na aanpassing, wordt vastgesteld.
5.3 Ieder Bevoegd Gezag kan te allen tijde bij de Routedirectie aanvullende inlichtingen opvragen; de Routedirectie verstrekt die binnen tien werkdagen, onverminderd de toepasselijke regels inzake de bescherming van persoonsgegevens.
## Artikel 6 Inrichting van de Route
6.1 De Vo-fase wordt verzorgd in het gebouw van Vakcollege Borgstee te Hoogezand, met dien verstande dat de Deelnemers gedurende \u00e9\u00e9n dag per week praktijkonderwijs volgen in het Installatiecentrum van de Instelling te Veendam. De Mbo-fase wordt verzorgd door de Instelling op haar locatie te Veendam en bij de leerbedrijven.
6.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar, onder aanduiding van de onderdelen die tot het vmbo, respectievelijk het mbo behoren en van de vakoverstijgende onderdelen, worden beschreven in het PTA/OER, dat jaarlijks v\u00f3\u00f3r 1 oktober door beide Bevoegde Gezagen wordt vastgesteld.
6.3 Ten aanzien van de inzet van personeel geldt het volgende:
- (a) de Instelling stelt in de Vo-fase per groep van ten hoogste zestien Deelnemers een docent elektrotechniek beschikbaar voor acht lesuren per week; deze docent blijft in dienst van de Instelling en valt tijdens zijn werkzaamheden in de School onder de functionele aansturing van de sectordirecteur Techniek;
- (b) de School stelt in de Mbo-fase een docent Nederlands en rekenen beschikbaar voor vier lesuren per week ten behoeve van de generieke onderdelen;
- (c) voor de vakoverstijgende onderdelen Duurzame installaties en Werkplaats 4.0 wordt gebruikgemaakt van een team van leraren en docenten als bedoeld in artikel 7.13a van de Wet voortgezet onderwijs 2020 en artikel 9.1.12 van de Wet educatie en beroepsonderwijs; voor ieder programmaonderdeel is ten minste \u00e9\u00e9n daartoe bevoegde leraar of docent verantwoordelijk.
6.4 De Instelling stelt het Installatiecentrum, met inbegrip van de praktijkboxen, meetapparatuur en persoonlijke beschermingsmiddelen, om niet ter beschikking. De School stelt haar techniekwerkplaats en het theorielokaal beschikbaar voor de lessen van de docent bedoeld in 6.3 onder (a). Iedere Partij draagt zorg voor de verzekering van haar eigen gebouwen en inventaris.
6.5 De Deelnemer is gedurende de Vo-fase ingeschreven bij de School en gedurende de Mbo-fase bij de Instelling. De verzuimregistratie en -melding berusten bij de Partij waar de Deelnemer is ingeschreven.
6.6 Een klacht over een gedraging van een medewerker van de ene Partij die wordt ingediend bij de andere Partij, wordt afgehandeld volgens de klachtenregeling van de Partij bij wie de klacht is ingediend; de Partij wier medewerker het betreft verleent alle medewerking en wordt in de gelegenheid gesteld te worden gehoord.
## Artikel 7 Overstapvoorziening
7.1 Indien de deelname van een Deelnemer aan de Route wordt be\u00ebindigd voordat hij deze met goed gevolg heeft doorlopen, stellen Partijen hem in staat een vmbo-diploma dan wel een mbo-diploma te behalen dat naar het gezamenlijk oordeel van de School en de Instelling aansluit op het door hem bereikte onderwijsniveau en zijn leeftijd.
7.2 Een Deelnemer die de Route in de Vo-fase verlaat, zet zijn opleiding voort in de kaderberoepsgerichte leerweg van de School, in het profiel Produceren, installeren en energie of, indien hij dat verkiest, in een ander profiel dat de School aanbiedt.
7.3 Een Deelnemer die de Route in de Mbo-fase verlaat, kan overstappen naar een andere opleiding van de Instelling op niveau 2 of 3, waaronder Monteur elektrotechnische installaties (niveau 2) en Eerste monteur werktuigkundige installaties (niveau 3), dan wel, indien hij dat verkiest, naar een opleiding van een andere instelling in de regio.
7.4 Onverminderd het bepaalde in 7.3 vindt toelating tot een andere opleiding van de Instelling slechts plaats indien de Deelnemer voldoet aan de vooropleidingseisen die voor die opleiding gelden. Een Deelnemer die het vmbo-diploma niet heeft behaald, kan derhalve eerst tot een opleiding van de Instelling op niveau 2 of 3 worden toegelaten nadat hij dat diploma alsnog heeft behaald.
7.5 De School en de Instelling besluiten gezamenlijk, na een gesprek met de Deelnemer en, indien hij minderjarig is, diens ouders, welk vervolg wordt geboden. De nadere uitwerking wordt opgenomen in de schoolgids van de School en de studiegids van de Instelling.
## Artikel 8 Financi\u00eble bepalingen
8.1 Partijen dragen over en weer geen deel van de door hen ontvangen rijksbijdrage over als bedoeld in artikel 5.42a van de Wet voortgezet onderwijs 2020 of artikel 9.1.15 van de Wet educatie en beroepsonderwijs.
8.2 Iedere Partij draagt de kosten van haar eigen personeel, gebouwen en voorzieningen, ook voor zover die ten behoeve van de Route worden ingezet. Het routebudget, bedoeld in artikel 4.3, wordt door Partijen ieder voor de helft gevoed uit hun eigen middelen, tot een bedrag van ten hoogste \u20ac 6.000 per Partij per Schooljaar.
## Artikel 9 Medezeggenschap
9.1 Onverminderd de Wet medezeggenschap op scholen, de Wet educatie en beroepsonderwijs en de Wet op de ondernemingsraden richten Partijen voor de Route een Routeberaad in, waarin de medezeggenschapsraad van de School en de studentenraad van de Instelling ieder twee leden afvaardigen, van wie ten minste \u00e9\u00e9n Deelnemer.
9.2 Het Routeberaad wordt door de Routedirectie ten minste tweemaal per Schooljaar gehoord over het concept-PTA/OER en over iedere voorgenomen wijziging van de Route, en kan de Routedirectie gevraagd en ongevraagd adviseren. De Routedirectie reageert binnen vier weken schriftelijk op een advies.
9.3 Deelnemers die in de Vo-fase verkeren, zijn gerechtigd de vergaderingen van de studentenraad van de Instelling als toehoorder bij te wonen.
## Artikel 10 Aansprakelijkheid en verzekering
10.1 Iedere Partij is jegens de andere Partij uitsluitend aansprakelijk voor directe schade die het gevolg is van een toerekenbare tekortkoming in de nakoming van deze Overeenkomst, met dien verstande dat de aansprakelijkheid per gebeurtenis is beperkt tot het bedrag dat in het betreffende geval onder haar aansprakelijkheidsverzekering wordt uitgekeerd.
10.2 De beperking van 10.1 geldt niet in geval van opzet of bewuste roekeloosheid van de aansprakelijke Partij of haar leidinggevenden.
## Artikel 11 Persoonsgegevens
11.1 Partijen wisselen uitsluitend die persoonsgegevens van Deelnemers uit die noodzakelijk zijn voor de uitvoering van de Route. Ieder van hen is zelfstandig verwerkingsverantwoordelijke in de zin van de Algemene verordening gegevensbescherming.
## Artikel 12 Geschillenregeling
12.1 Indien zich tussen Partijen een geschil voordoet over de uitvoering van deze Overeenkomst, stelt de meest gerede Partij de andere Partij daarvan schriftelijk en gemotiveerd in kennis. De voorzitters van de Bevoegde Gezagen treden binnen drie weken na die kennisgeving in overleg.
12.2 Leidt het overleg niet binnen acht weken tot een oplossing, dan zullen Partijen het geschil voorleggen aan een mediator die is ingeschreven in het register van de Mediatorsfederatie Nederland, aangewezen in onderling overleg dan wel, bij gebreke van overeenstemming binnen twee weken, door de deken van de orde van advocaten in het arrondissement Noord-Nederland.
12.3 Indien het geschil niet binnen drie maanden na aanvang van de mediation is opgelost, is ieder van Partijen bevoegd het geschil voor te leggen aan de bevoegde rechter in het arrondissement Noord-Nederland, locatie Groningen.
12.4 Op deze Overeenkomst is Nederlands recht van toepassing.
## Artikel 13 Toetreding
13.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze Overeenkomst toetreden, mits (i) beide Partijen daarmee voorafgaand schriftelijk instemmen, (ii) de toetredende partij een akte van toetreding ondertekent waarin zij alle rechten en verplichtingen uit deze Overeenkomst aanvaardt, en (iii) de toetredende partij over een passende erkenning beschikt om het betreffende onderwijs te verzorgen.
13.2 Met de toetreding worden zo nodig de artikelen 2, 4 en 6 aangepast overeenkomstig artikel 15.
## Artikel 14 Duur, opzegging en ontbinding
14.1 Deze Overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.
14.2 Iedere Partij is bevoegd deze Overeenkomst bij aangetekend schrijven op te zeggen tegen het einde van een kalendermaand, met inachtneming van een opzegtermijn van zes maanden.
14.3 Iedere Partij is bevoegd deze Overeenkomst met onmiddellijke ingang geheel of gedeeltelijk te ontbinden, zonder dat ingebrekestelling is vereist, indien (i) de andere Partij in staat van faillissement wordt verklaard of surseance van betaling aanvraagt, (ii) de andere Partij niet langer bevoegd is het onderwijs te verzorgen waarop de Route betrekking heeft, of (iii) de andere Partij, na schriftelijke ingebrekestelling, ernstig tekortschiet in de nakoming van deze Overeenkomst.
14.4 Bij het einde van deze Overeenkomst eindigen alle verplichtingen van Partijen uit hoofde van deze Overeenkomst, behoudens die welke naar hun aard bestemd zijn om ook daarna voort te duren, zoals artikel 10, 11 en 12.
## Artikel 15 Wijziging
15.1 Wijzigingen van en aanvullingen op deze Overeenkomst zijn slechts geldig indien zij schriftelijk zijn overeengekomen en door beide Partijen rechtsgeldig zijn ondertekend.
15.2 Wijzigingen van het PTA/OER gelden niet als wijziging van deze Overeenkomst en worden vastgesteld overeenkomstig artikel 6.2.
## Artikel 16 Slotbepalingen
16.1 Indien een bepaling van deze Overeenkomst nietig blijkt of wordt vernietigd, blijven de overige bepalingen onverminderd van kracht. Partijen zullen de nietige of vernietigde bepaling vervangen door een geldige bepaling die de strekking van de oorspronkelijke bepaling zo dicht mogelijk benadert.
16.2 Geen van Partijen kan zijn rechten of verplichtingen uit deze Overeenkomst zonder schriftelijke toestemming van de andere Partij aan een derde overdragen.
16.3 Deze Overeenkomst vervangt alle eerdere mondelinge of schriftelijke afspraken tussen Partijen over de Route.
ALDUS OVEREENGEKOMEN en in tweevoud ondertekend:
!plain
| Stichting voor Christelijk Voortgezet Onderwijs Groningen-Oost | Stichting Regionaal Opleidingencentrum Hunzedal |
| drs. J.H. Wubbels, voorzitter college van bestuur | mr. A.M. Hovinga-Prins, voorzitter college van bestuur |
| Hoogezand, 16 juni 2025 | Veendam, 16 juni 2025 |
!pb
# BIJLAGE 1 – Opbouw van de Route per leerjaar
Deze bijlage geeft de hoofdlijnen weer van het PTA/OER 2025-2026. Bij strijdigheid tussen deze bijlage en het vastgestelde PTA/OER prevaleert het PTA/OER.
!cols 0.14,0.18,0.36,0.32
| Leerjaar Route | Ingeschreven bij | Onderwijs | Examinering en bpv |
| 1 (vmbo 3) | School | Profielvakken PIE, algemene vakken kb, één dag per week Installatiecentrum Veendam, module Duurzame installaties (team) | Schoolexamens PIE; eerste mbo-werkprocessen als oefenexamen; snuffelstage niet in dit jaar |
| 2 (vmbo 4) | School | Afronding vmbo-vakken, module Werkplaats 4.0 (team), keuzedeel Zonne-energie | Centraal examen vmbo; snuffelstage tien dagen bij een leerbedrijf |
| 3 (mbo 1) | Instelling | Beroepsgerichte vakken niveau 3, generieke vakken Nederlands en rekenen (docent School) | Eerste bpv-periode van twaalf weken; examens werkprocessen B1-K1 |
| 4 (mbo 2) | Instelling | Installeren en in bedrijf stellen, keuzedelen Warmtepompen en Domotica | Tweede bpv-periode van twintig weken; examens B1-K2 |
| 5 (mbo 3) | Instelling | Verdieping en afstudeerproject | Proeve van bekwaamheid bij het leerbedrijf met tweede beoordelaar uit het Werkveld; diplomering mbo |
Het aantal uren per onderwijsonderdeel, de weging van de examenonderdelen en de herkansingsregeling zijn opgenomen in het PTA/OER.
# BIJLAGE 2 – Model akte van toetreding
De ondergetekende, [naam rechtspersoon], statutair gevestigd te [plaats], bevoegd gezag van [naam school of instelling], te dezen rechtsgeldig vertegenwoordigd door [naam, functie], hierna: de “Toetredende Partij”,
verklaart hierbij, met instemming van de Stichting voor Christelijk Voortgezet Onderwijs Groningen-Oost en de Stichting Regionaal Opleidingencentrum Hunzedal, toe te treden tot de Samenwerkingsovereenkomst inzake de doorlopende leerroute vmbo-mbo Elektrotechniek Midden-Groningen van 16 juni 2025, en alle rechten en verplichtingen die daaruit voor een Partij voortvloeien te aanvaarden met ingang van [datum].
!plain
| Toetredende Partij | Voor akkoord: de School | Voor akkoord: de Instelling |
| ........................................ | ........................................ | ........................................ |
"""


@sample(
    372, "h372_een_pagina_ict_lochem_zutphen", "txt",
    "TXT, zeer korte one-pager met kapitale kopjes, Lochem-Zutphen, media vormgeving en ICT kb -> medewerker "
    "ICT support niveau 3; verder volledig, zwijgt over medezeggenschap",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "1 DE ROUTE", "b": "2 BEDRIJVEN", "c": "3 ROUTETEAM", "d": "4 VERSLAG AAN DE BESTUREN",
     "e": "5 UITVOERING", "f": "6 STOPPEN OF OVERSTAPPEN", "g": "7 GELD", "i": "8 ONENIGHEID",
     "j": "9 ERBIJ, ANDERS, ERUIT"})
def h372():
    return """
SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE ICT LOCHEM-ZUTPHEN

Stichting Voortgezet Onderwijs Lochem, bevoegd gezag van de Berkelschool (vmbo), en Stichting ROC IJssel-Berkel te Zutphen, elk vertegenwoordigd door de voorzitter van het college van bestuur, spreken het volgende af.

1 DE ROUTE
Vmbo-profiel Media, vormgeving en ICT, kaderberoepsgerichte leerweg, met doorstroom naar de mbo-opleiding Medewerker ICT support, niveau 3 (bol), domein ICT en creatieve industrie. Start in leerjaar 3; het vmbo-examen volgt in het tweede routejaar. Wij melden de route samen in RIO.

2 BEDRIJVEN
Vijf ICT-bedrijven van de IT-kring Zutphen (alle erkend leerbedrijf bij SBB) geven per schooljaar vier gastlessen, leveren de praktijkopdrachten voor routejaar 1 en 2, bieden de stageplaatsen in het mbo-deel en beoordelen met twee medewerkers de eindopdracht mee.

3 ROUTETEAM
De teamleider MVI van de Berkelschool en de teamleider ICT van het ROC vormen het routeteam; ieder college van bestuur wijst zijn eigen lid aan. Het routeteam maakt het rooster en de groepsindeling, beslist over toelating tot de route, zet de docenten in en stelt het concept-PTA/OER op. Het gaat geen financiële verplichtingen aan boven 2.500 euro; daarover beslissen de besturen.

4 VERSLAG AAN DE BESTUREN
Het routeteam stuurt beide colleges van bestuur elk half jaar (januari en juli) een voortgangsmemo en legt jaarlijks voor 1 november verantwoording af in een evaluatieverslag, dat in het bestuurlijk overleg wordt besproken.

5 UITVOERING
Routejaar 1 en 2: Berkelschool in Lochem, elke donderdag in de ICT-werkplaats van het ROC in Zutphen; routejaar 3 en 4: ROC. Twee ROC-docenten geven zes uur per week les op de Berkelschool en vormen met de MVI-docenten een team; voor het project Netwerk en beveiliging gebruiken wij de teambevoegdheid, met voor elk onderdeel een bevoegde docent. Het ROC leent de school dertig laptops en een serveropstelling; de school stelt haar mediaplein beschikbaar. Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER.

6 STOPPEN OF OVERSTAPPEN
Wie in routejaar 1 of 2 stopt, gaat verder in de gewone kaderberoepsgerichte leerweg MVI van de Berkelschool. Wie na routejaar 2 geen vmbo-diploma heeft, doet het examenjaar opnieuw of stroomt zonder vooropleidingseisen in bij een opleiding op niveau 2 of 3 van het ROC. Wie in het mbo-deel stopt, stapt over naar een andere niveau 3-opleiding van het ROC (bijvoorbeeld Mediamaker) of, na een geschiktheidsonderzoek, naar een andere instelling. De mentor en de studieloopbaanbegeleider kiezen samen met de leerling en de ouders het vervolg, passend bij het bereikte niveau en de leeftijd.

7 GELD
Er gaat geen bekostiging over en weer. Iedere partij betaalt haar eigen personeel en voorzieningen.

8 ONENIGHEID
Komen de partijen er over de uitvoering van deze afspraken in het routeteam niet uit, dan beslissen de twee bestuurders samen binnen vier weken. Lukt dat ook niet, dan volgt mediation en daarna zo nodig de rechtbank Gelderland.

9 ERBIJ, ANDERS, ERUIT
Een nieuwe school of instelling doet mee als beide partijen schriftelijk instemmen en zij deze afspraken mee ondertekent. Wijzigen gaat alleen schriftelijk, getekend door beide besturen, en geldt dan vanaf het volgende cohort. Opzeggen kan per 1 augustus met een jaar opzegtermijn; er stromen dan geen nieuwe leerlingen meer in en wie al begonnen is, maakt de route af.

Lochem/Zutphen, 19 juni 2025
M. Ter Haar, voorzitter CvB Stichting Voortgezet Onderwijs Lochem
drs. E. Hiddink, voorzitter CvB Stichting ROC IJssel-Berkel
"""


@sample(
    373, "h373_bouw_installatie_werkgeversvereniging_westland", "docx",
    "DOCX, driepartijenstuk met werkgeversvereniging in paragrafen, Westland, BWI bb en PIE bb -> timmerman en "
    "monteur werktuigkundige installaties niveau 2; routeleiding zonder wijze van benoeming, geschillen alleen "
    "in goed overleg",
    {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "weak", "j": "present"},
    {"a": "\u00a7 2 Twee sporen: bouw en installatie", "b": "\u00a7 3 Inbreng van de vereniging en haar leden",
     "d": "\u00a7 5 Rapportage aan de besturen", "e": "\u00a7 6 Waar, met wie en waarmee",
     "f": "\u00a7 7 Een ander spoor of een andere opleiding", "g": "\u00a7 8 Kosten",
     "h": "\u00a7 9 Inspraak", "j": "\u00a7 11 Aansluiten, aanpassen en opzeggen"},
    title="Samenwerkingsovereenkomst Bouw- en Installatieroute Westland")
def h373():
    return """
!title Samenwerkingsovereenkomst Bouw- en Installatieroute Westland
!sub doorlopende leerroute vmbo-mbo niveau 2 \u2013 met medewerking van de Werkgeversvereniging Bouw en Installatie Westland
# Partijen
1. Stichting Christelijk Voortgezet Onderwijs Westland, bevoegd gezag van Vakcollege De Lier, vertegenwoordigd door de heer ing. M.C. van Geest, voorzitter van het college van bestuur (hierna: de school);
2. Stichting Regionaal Opleidingencentrum Kustwest te Den Haag, vertegenwoordigd door mevrouw S. Boukhari MSc, lid van het college van bestuur (hierna: het ROC);
3. Vereniging Werkgeversvereniging Bouw en Installatie Westland te Naaldwijk, vertegenwoordigd door haar voorzitter, de heer J. Zwinkels (hierna: de vereniging). De vereniging is partij uitsluitend voor zover het \u00a7 3 en \u00a7 11 betreft.
# Waarom deze overeenkomst
In het Westland is een groot tekort aan timmerlieden en monteurs voor de kassenbouw, de woningbouw en de installatietechniek. De school en het ROC bieden daarom samen een doorlopende leerroute aan waarin leerlingen vanaf het derde leerjaar van het vmbo zonder knip doorleren tot een mbo-diploma op niveau 2. De vereniging, waarbij ruim zestig bouw- en installatiebedrijven zijn aangesloten, wil de route mee vormgeven.
## \u00a7 1 Doel
De school en het ROC verzorgen de route gezamenlijk op grond van deze overeenkomst en melden haar samen bij DUO. De school is verantwoordelijk voor het vmbo-deel en het vmbo-examen, het ROC voor het mbo-deel, de beroepspraktijkvorming en het mbo-examen.
## \u00a7 2 Twee sporen: bouw en installatie
De route kent twee sporen, beide in de basisberoepsgerichte leerweg:
- spoor Bouw: profiel Bouwen, wonen en interieur, doorlopend naar de basisberoepsopleiding Timmerman (niveau 2) in het opleidingsdomein Bouw en infra, beroepsbegeleidende leerweg vanaf het vierde routejaar;
- spoor Installatie: profiel Produceren, installeren en energie, doorlopend naar de basisberoepsopleiding Monteur werktuigkundige installaties (niveau 2) in het opleidingsdomein Installatie- en energietechniek.
Beide sporen beginnen in leerjaar 3 van de school. Het vmbo-examen wordt afgelegd in het tweede routejaar; het mbo-diploma wordt behaald aan het eind van het vierde routejaar.
## \u00a7 3 Inbreng van de vereniging en haar leden
De vereniging zorgt ervoor dat haar leden:
- elk jaar ten minste zestig leerwerkplekken beschikbaar stellen voor de beroepspraktijkvorming in het derde en vierde routejaar, bij bedrijven die door SBB zijn erkend;
- in het eerste en tweede routejaar per leerling twee bouwplaatsbezoeken en een meeloopweek mogelijk maken;
- per schooljaar drie projectopdrachten aanleveren die de leerlingen op de bouwplaats of in de kas uitvoeren, zoals het bouwen van een tuinhuis voor een zorginstelling;
- vakmensen leveren die als gastdocent optreden en die bij de proeve van bekwaamheid als praktijkbeoordelaar meebeoordelen.
De vereniging organiseert tweemaal per jaar een werkveldtafel waar bedrijven, docenten en de routeleiding het programma bespreken. De adviezen van de werkveldtafel worden vastgelegd en in de routeleiding behandeld.
## \u00a7 4 Routeleiding
De routeleiding bestaat uit de afdelingsleider Techniek van Vakcollege De Lier en de teamleider Bouw en Installatie van het ROC. De opleidingsadviseur van de vereniging neemt met een adviserende stem deel.
De routeleiding stelt jaarlijks het rooster en de verdeling over de sporen vast, beslist over de toelating van leerlingen tot de route en over de overstap tussen de sporen, verdeelt de inzet van docenten en instructeurs, stelt het concept-PTA/OER op en voert het overleg met de werkveldtafel. Zij beslist niet over personele zaken of over uitgaven buiten het jaarbudget; die blijven bij de besturen.
## \u00a7 5 Rapportage aan de besturen
De routeleiding rapporteert elk kwartaal schriftelijk aan de besturen van de school en het ROC over aantallen leerlingen per spoor, verzuim, uitval en het aantal beschikbare leerwerkplekken. Elk jaar v\u00f3\u00f3r 15 oktober stelt zij een jaarverslag op over het afgelopen schooljaar, waarin zij verantwoording aflegt over de resultaten en de besteding van het jaarbudget; het verslag wordt besproken in het halfjaarlijkse bestuurlijk overleg van november.
## \u00a7 6 Waar, met wie en waarmee
Het eerste en tweede routejaar worden gegeven op Vakcollege De Lier. Twee dagen per week werken de leerlingen in de bouwhal en het installatieplein van het ROC in Naaldwijk. Het derde en vierde routejaar worden gegeven door het ROC, grotendeels bij de leerbedrijven.
Personeel: het ROC detacheert voor elk spoor een praktijkinstructeur voor twaalf uur per week op de school. Docenten van de school en het ROC werken in \u00e9\u00e9n routeteam en maken gebruik van de teambevoegdheid voor de vakoverstijgende projectweken; voor elk onderdeel is een bevoegde docent verantwoordelijk. Beide besturen blijven werkgever van hun eigen mensen.
Faciliteiten: het ROC stelt de bouwhal, het installatieplein en het gereedschap kosteloos beschikbaar; de school stelt haar houtwerkplaats en de lokalen voor de algemene vakken beschikbaar. Elk bestuur verzekert zijn eigen gebouwen en materialen.
Programma: het onderwijsprogramma en de examinering per leerjaar zijn uitgewerkt in het gezamenlijke PTA/OER per spoor, dat de besturen elk jaar v\u00f3\u00f3r 1 oktober vaststellen.
## \u00a7 7 Een ander spoor of een andere opleiding
Een leerling voor wie de route niet het goede pad blijkt, krijgt altijd een passend vervolg dat tot een diploma leidt:
- binnen de route kan de leerling tot het einde van het eerste routejaar wisselen van spoor;
- wie in het eerste of tweede routejaar de route verlaat, volgt verder de reguliere basisberoepsgerichte leerweg in het eigen of een ander profiel op de school en haalt daar het vmbo-diploma;
- wie aan het eind van het tweede routejaar het vmbo-diploma niet heeft behaald, kan het examenjaar overdoen, of zonder dat diploma doorstromen naar een andere opleiding op niveau 2 van het ROC; vooropleidingseisen gelden daarbij niet;
- wie in het derde of vierde routejaar uitvalt, kan overstappen naar een andere opleiding op niveau 2 van het ROC, bijvoorbeeld Monteur elektrotechnische installaties, of na een geschiktheidsonderzoek naar een andere instelling.
De school en het ROC beslissen samen over het vervolg, na een gesprek met de leerling en de ouders, en kijken daarbij naar wat de leerling al heeft bereikt en naar zijn of haar leeftijd. Entree is alleen aan de orde als een diploma op niveau 2 echt niet haalbaar blijkt.
## \u00a7 8 Kosten
Tussen de school en het ROC wordt geen bekostiging overgedragen. Ieder bestuur betaalt de eigen mensen en middelen. De bijdrage van de vereniging aan gereedschapspakketten voor leerlingen (\u20ac 150 per leerling in het eerste routejaar) loopt buiten de bekostiging om.
## \u00a7 9 Inspraak
De school en het ROC leggen een voorgenomen besluit om de route wezenlijk te wijzigen of te be\u00ebindigen ter advies voor aan de medezeggenschapsraad van de school en aan de studentenraad van het ROC, ook als de wet dat niet voorschrijft. Routeleerlingen die nog op de school staan ingeschreven, mogen een vertegenwoordiger naar de studentenraad van het ROC afvaardigen met spreekrecht.
## \u00a7 10 Meningsverschillen
Bij meningsverschillen over de uitvoering van deze overeenkomst zoeken de school en het ROC in goed overleg naar een oplossing, waarbij het belang van de leerlingen voorop staat.
## \u00a7 11 Aansluiten, aanpassen en opzeggen
Een andere vmbo-school of mbo-instelling kan zich bij de route aansluiten als de school en het ROC daar schriftelijk mee instemmen, de nieuwe partner deze overeenkomst mede ondertekent en de aansluiting bij DUO wordt gemeld; aansluiting gaat in bij het begin van een schooljaar. De vereniging wordt over een aansluiting vooraf gehoord.
Wijzigingen worden schriftelijk vastgelegd en door alle partijen ondertekend; een wijziging van het programma geldt voor leerlingen die al in de route zitten alleen als zij er niet op achteruitgaan.
Ieder van de partijen kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van een jaar. Wordt opgezegd, dan laten de school en het ROC geen nieuwe leerlingen meer toe en maken zij het mogelijk dat alle leerlingen die al in de route zitten haar volgens plan afronden. Zegt de vereniging op, dan blijft de overeenkomst tussen de school en het ROC gewoon bestaan.
## \u00a7 12 Looptijd
Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. In het voorjaar van 2028 evalueren partijen de route.
# Ondertekening
!plain
| Vakcollege De Lier / Stichting CVO Westland | ROC Kustwest | Werkgeversvereniging Bouw en Installatie Westland |
| ing. M.C. van Geest | S. Boukhari MSc | J. Zwinkels |
| De Lier, 24 juni 2025 | Den Haag, 24 juni 2025 | Naaldwijk, 24 juni 2025 |
"""


@sample(
    374, "h374_zorgroute_kleine_praktijken_heuvelrug", "md",
    "MD, wij-stijl met vraagkoppen en opsommingen, Utrechtse Heuvelrug, zorg en welzijn gl/kb -> doktersassistent "
    "niveau 4 met kleine huisartsen- en fysiotherapiepraktijken; volledig, overdracht per groep",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "1. Welke route bieden we aan?", "b": "2. Wat doen de praktijken?",
     "c": "3. Wie stuurt de route?", "d": "4. Hoe houden de routeco\u00f6rdinatoren de besturen op de hoogte?",
     "e": "5. Hoe is het onderwijs georganiseerd?", "f": "6. Wat als een leerling van koers verandert?",
     "g": "7. Gaat er geld over en weer?", "h": "8. Hoe praten leerlingen, ouders en personeel mee?",
     "i": "9. Wat als wij het oneens zijn?",
     "j": "10. Hoe komen er partners bij, hoe passen we dit aan en hoe stoppen we?"})
def h374():
    return """
# Samenwerkingsovereenkomst Zorgroute Heuvelrug

**Doorlopende leerroute vmbo-mbo Zorg en welzijn \u2013 Doktersassistent**
Vastgesteld door beide besturen op 26 juni 2025

## Wie wij zijn

Deze overeenkomst is gesloten tussen:

- **Stichting Openbaar Voortgezet Onderwijs Heuvelrug**, bevoegd gezag van scholengemeenschap De Heuvelrand, locatie vmbo Doorn, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw A.C. Ravenhorst; en
- **Stichting ROC Kromme Rijn**, gevestigd te Zeist, vertegenwoordigd door de voorzitter van het college van bestuur, de heer dr. B. Overeem.

In deze tekst bedoelen wij met "wij" beide besturen samen, met "de school" De Heuvelrand en met "het ROC" ROC Kromme Rijn. Wij bieden deze route samen aan en melden haar gezamenlijk bij DUO.

Onze regio telt vooral kleine zorgpraktijken: huisartsen met \u00e9\u00e9n of twee assistenten, een paar fysiotherapeuten, twee apotheken. Die praktijken kunnen niet elk een grote stagegroep opvangen, maar willen wel graag meedoen. Daarom hebben wij de afspraken met hen zo eenvoudig mogelijk gehouden.

## 1. Welke route bieden we aan?

De route sluit aan op het vmbo-profiel **Zorg en welzijn** in de **gemengde leerweg** en de **kaderberoepsgerichte leerweg** en leidt naar de mbo-opleiding **Doktersassistent (niveau 4)** in het opleidingsdomein Zorg en welzijn, beroepsopleidende leerweg.

- De route begint in leerjaar 3 van de school en duurt vijf jaar.
- Het vmbo-examen leggen de leerlingen af in het tweede jaar van de route.
- Vanaf het derde routejaar staan de leerlingen als student ingeschreven bij het ROC.

## 2. Wat doen de praktijken?

Veertien huisartsenpraktijken, verenigd in de Huisartsencoöperatie Heuvelrug U.A., drie fysiotherapiepraktijken en twee apotheken doen mee. Alle praktijken die stagiairs begeleiden zijn door SBB erkend als leerbedrijf. Met de co\u00f6peratie hebben wij het volgende afgesproken:

- elke deelnemende praktijk neemt per jaar \u00e9\u00e9n of twee routeleerlingen op voor een snuffelstage van vijf dagen in het tweede routejaar en begeleidt een student in de beroepspraktijkvorming in het derde tot en met vijfde routejaar;
- de doktersassistenten die stagiairs begeleiden, volgen de korte praktijkopleiderstraining van het ROC (twee dagdelen, kosteloos);
- huisartsen en assistenten verzorgen per schooljaar zes gastlessen, bijvoorbeeld over triage aan de telefoon;
- een doktersassistent uit de co\u00f6peratie beoordeelt samen met de docent de praktijkexamens;
- twee keer per jaar praat een adviesgroep van drie praktijkhouders met de routeco\u00f6rdinatoren over de inhoud van het programma; hun advies wordt in de volgende versie van het PTA/OER meegewogen.

## 3. Wie stuurt de route?

De route wordt geleid door twee **routeco\u00f6rdinatoren**: \u00e9\u00e9n docent-co\u00f6rdinator van de school en \u00e9\u00e9n van het ROC.

- **Benoeming.** De schooldirecteur van De Heuvelrand en de onderwijsmanager Zorg van het ROC dragen elk een kandidaat voor. Het college van bestuur van de school benoemt de co\u00f6rdinator van de school, het college van bestuur van het ROC die van het ROC, telkens voor drie jaar.
- **Taken.** Samen maken zij het jaarrooster, verdelen zij de lessen over het team, regelen zij de stageplaatsen met de co\u00f6peratie, stellen zij het concept-PTA/OER op en voeren zij de intake- en overstapgesprekken.
- **Bevoegdheden.** Zij beslissen zelfstandig over toelating tot de route, over de indeling van leerlingen in groepen en over uitgaven uit het routebudget tot \u20ac 3.000. Alles wat daarboven gaat, en alles wat personeel in dienst raakt, leggen zij voor aan de besturen.

## 4. Hoe houden de routeco\u00f6rdinatoren de besturen op de hoogte?

- Elk half jaar (eind januari en eind juni) sturen zij beide colleges van bestuur een halfjaarrapportage: aantallen leerlingen, verzuim, resultaten, uitval en de stand van de stageplaatsen.
- V\u00f3\u00f3r 1 december leggen zij in een jaarverslag verantwoording af over het vorige schooljaar, inclusief de uitgaven uit het routebudget.
- Het jaarverslag bespreken wij in ons bestuurlijk overleg in december. Daar stellen wij het verslag vast of vragen wij om verbeteringen.

## 5. Hoe is het onderwijs georganiseerd?

- **Waar.** Routejaar 1 en 2 op de locatie vmbo Doorn, met op dinsdag praktijkonderwijs in het skillslab van het ROC in Zeist. Routejaar 3 tot en met 5 bij het ROC en in de praktijken.
- **Wie.** Een docent medische vakken van het ROC geeft in routejaar 1 en 2 vier uur per week les op de school; een biologiedocent van de school geeft in routejaar 3 twee uur per week les bij het ROC. Voor de vakoverstijgende module Lichaam en gezondheid werken beide docenten als team met gebruik van de teambevoegdheid; voor elk onderdeel is een bevoegde docent verantwoordelijk. Iedereen blijft in dienst van het eigen bestuur.
- **Waarmee.** Het ROC stelt het skillslab met de oefenpraktijk en de medische hulpmiddelen beschikbaar; de school stelt haar zorglokaal en de huishoudkundige ruimte beschikbaar.
- **Programma.** Het onderwijsprogramma en de examinering per leerjaar staan in het gezamenlijke PTA/OER, dat wij elk jaar v\u00f3\u00f3r 1 oktober vaststellen.
- **Klachten.** Een klacht over een medewerker van de andere partij behandelen wij via de klachtenregeling van de partij waar de leerling is ingeschreven; de andere partij werkt mee.

## 6. Wat als een leerling van koers verandert?

Elke leerling die de route verlaat, kan een diploma halen dat past bij wat hij of zij al kan en bij de leeftijd. Wij spreken deze mogelijkheden af:

| Moment | Mogelijkheden |
|---|---|
| Routejaar 1 of 2 | verder in de reguliere gemengde of kaderberoepsgerichte leerweg van de school, in Zorg en welzijn of een ander profiel, tot het vmbo-diploma |
| Geen vmbo-diploma na routejaar 2 | het examenjaar opnieuw doen, of zonder vmbo-diploma door naar een opleiding op niveau 3 of 4 bij het ROC, zonder vooropleidingseisen (bijvoorbeeld Verzorgende-IG niveau 3) |
| Routejaar 3 tot en met 5 | overstap naar een andere opleiding van het ROC op niveau 3 of 4, zoals Apothekersassistent, of na een geschiktheidsonderzoek naar een andere instelling |

De twee routeco\u00f6rdinatoren besluiten samen over het vervolg, na een gesprek met de leerling en de ouders. Zij zorgen voor een warme overdracht. De werkwijze staat ook in de schoolgids.

## 7. Gaat er geld over en weer?

Ja. De school draagt per groep in routejaar 1 en 2 \u20ac 9.400 per schooljaar (prijspeil 2025, jaarlijks ge\u00efndexeerd met de loonkostenontwikkeling) van haar bekostiging over aan het ROC. Dit geld is bestemd voor de vier lesuren van de ROC-docent op de school en voor het verbruiksmateriaal in het skillslab. Het ROC factureert in twee termijnen, in oktober en maart. Verder gaat er geen bekostiging over en weer.

## 8. Hoe praten leerlingen, ouders en personeel mee?

Naast wat de wet regelt, spreken wij af:

- voorgenomen besluiten over de inrichting of de be\u00ebindiging van de route leggen wij ter advies voor aan de medezeggenschapsraad van de school \u00e9n aan de studentenraad van het ROC;
- routeleerlingen die nog op de school zijn ingeschreven, mogen zich kandidaat stellen voor de studentenraad van het ROC en hebben daar, als zij gekozen worden, dezelfde rechten als andere leden;
- ouders van routeleerlingen worden door de ouderraad van de school ook na de overgang naar het ROC nog een jaar uitgenodigd voor de ouderavond over de route.

## 9. Wat als wij het oneens zijn?

1. Een verschil van mening over de uitvoering van deze overeenkomst bespreken eerst de routeco\u00f6rdinatoren.
2. Lukt het hen niet binnen vier weken, dan overleggen de twee voorzitters van de colleges van bestuur.
3. Komen zij er binnen zes weken niet uit, dan leggen wij het geschil voor aan een geschillencommissie van drie personen: elk bestuur wijst \u00e9\u00e9n lid aan en die twee kiezen samen een onafhankelijke voorzitter. De commissie geeft een bindend advies.

## 10. Hoe komen er partners bij, hoe passen we dit aan en hoe stoppen we?

- **Nieuwe partners.** Een andere vmbo-school of mbo-instelling kan meedoen als beide besturen daar schriftelijk mee instemmen en de nieuwe partner deze overeenkomst ondertekent. Meedoen kan per 1 augustus; de nieuwe partner meldt zich ook bij DUO.
- **Aanpassen.** Wijzigingen leggen wij schriftelijk vast en worden door beide besturen ondertekend. Een wijziging van het programma geldt voor leerlingen die al begonnen zijn alleen als zij daar geen nadeel van hebben.
- **Stoppen.** Elk bestuur kan de overeenkomst schriftelijk opzeggen, tegen 1 augustus en met een opzegtermijn van twaalf maanden. Na de opzegging starten er geen nieuwe leerlingen meer. Leerlingen die al in de route zitten, maken haar af zoals afgesproken; daarvoor blijft deze overeenkomst gelden tot de laatste leerling klaar is.

## Looptijd en ondertekening

Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Elk voorjaar evalueren wij de route met de co\u00f6peratie.

Doorn / Zeist, 26 juni 2025

A.C. Ravenhorst, voorzitter college van bestuur Stichting Openbaar Voortgezet Onderwijs Heuvelrug

dr. B. Overeem, voorzitter college van bestuur Stichting ROC Kromme Rijn
"""


@sample(
    375, "h375_veiligheid_sport_decimaal_drechtsteden", "pdf",
    "PDF, decimaal genummerd convenant sport/veiligheid, Drechtsteden, dienstverlening en producten bb/kb -> "
    "beveiliger niveau 2 en handhaver toezicht en veiligheid niveau 3; overstap alleen naar Entree, geen woord "
    "over financi\u00ebn, toetreding ontbreekt",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "weak", "g": "missing", "h": "present", "i": "present", "j": "weak"},
    {"a": "2. Routes en opleidingen", "b": "3. Partners uit de veiligheids- en sportwereld",
     "c": "4. Sturing", "d": "5. Terugkoppeling naar de besturen", "e": "6. Organisatie van het onderwijs",
     "h": "8. Stem van leerlingen en ouders", "i": "9. Oplossen van conflicten"},
    title="Convenant Veiligheidsroute Drechtsteden", footer="Convenant Veiligheidsroute Drechtsteden")
def h375():
    return """
!title Convenant Veiligheidsroute Drechtsteden
!sub Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Veiligheid en Sport
Kenmerk: VRD-2025-03 \u2013 versie 1.0 \u2013 Dordrecht, 20 juni 2025
# 1. Partijen en doel
1.1 Dit convenant is gesloten tussen Stichting Openbaar Voortgezet Onderwijs Drechtsteden, bevoegd gezag van Vakschool De Biesbosch te Dordrecht, vertegenwoordigd door de heer K. Oudijk, voorzitter college van bestuur, hierna \u201cDe Biesbosch\u201d, en Stichting ROC Drechtstad te Dordrecht, vertegenwoordigd door mevrouw dr. N. El Amrani, voorzitter college van bestuur, hierna \u201cROC Drechtstad\u201d.
1.2 Partijen verzorgen samen de Veiligheidsroute: een doorlopende leerroute vmbo-mbo voor jongeren die willen werken in de beveiliging, het toezicht en de handhaving, en die sport en bewegen als rode draad in hun opleiding willen.
1.3 Partijen melden de route gezamenlijk bij DUO (RIO). De Biesbosch is verantwoordelijk voor het vmbo-deel en de vmbo-examinering, ROC Drechtstad voor het mbo-deel, de beroepspraktijkvorming en de mbo-examinering.
# 2. Routes en opleidingen
2.1 De Veiligheidsroute kent twee varianten, beide vanuit het profiel Dienstverlening en producten van De Biesbosch, met het keuzevak Sport en bewegen en het keuzevak Veiligheid in de wijk:
- Variant A: basisberoepsgerichte leerweg, doorlopend naar de basisberoepsopleiding Beveiliger (niveau 2), opleidingsdomein Veiligheid en sport;
- Variant B: kaderberoepsgerichte leerweg, doorlopend naar de vakopleiding Handhaver toezicht en veiligheid (niveau 3), opleidingsdomein Veiligheid en sport.
2.2 Beide varianten starten in leerjaar 3 van het vmbo. Het vmbo-examen wordt in het tweede routejaar afgelegd. Variant A duurt vier jaar, variant B vijf jaar.
# 3. Partners uit de veiligheids- en sportwereld
3.1 De volgende organisaties hebben toegezegd aan de route mee te werken: Beveiligingsgroep Merwede B.V., SafeGuard Zuid-Holland B.V., de afdeling Toezicht en Handhaving van de gemeente Dordrecht en de Dordtse Sportraad namens vijf sportverenigingen. De beveiligingsbedrijven zijn door SBB erkend als leerbedrijf.
3.2 De beveiligingsbedrijven en de gemeente bieden de stageplaatsen voor de beroepspraktijkvorming in het mbo-deel en laten routeleerlingen in het tweede routejaar een dag meelopen met een beveiliger of een boa.
3.3 De sportverenigingen laten leerlingen van beide varianten onder begeleiding meewerken aan de beveiliging en de publieksbegeleiding van wedstrijden en toernooien; dit telt als praktijkopdracht in het PTA.
3.4 Een vertegenwoordiger van de beveiligingsbedrijven en een handhaver van de gemeente nemen als praktijkbeoordelaar deel aan de proeve van bekwaamheid. Eenmaal per jaar, in februari, adviseren alle partners gezamenlijk in de werkveldronde over de inhoud van de route; de routeraad reageert schriftelijk op dat advies.
# 4. Sturing
4.1 De route wordt aangestuurd door de routeraad. Deze bestaat uit de teamleider bovenbouw van De Biesbosch, de opleidingsmanager Veiligheid van ROC Drechtstad en een docent uit elk van beide scholen.
4.2 De leden worden benoemd door het college van bestuur van de school waarvoor zij werken, op voordracht van de directeur van die school. De benoeming geldt voor twee schooljaren en kan worden verlengd.
4.3 De routeraad heeft de volgende taken en bevoegdheden: het vaststellen van de lessentabel en het rooster, het indelen van leerlingen in variant A of B, het beslissen over toelating, het organiseren van de werkveldronde, het opstellen van het concept-PTA/OER en het inzetten van de docenten binnen de afgesproken uren. De routeraad neemt geen besluiten over de arbeidsvoorwaarden van personeel en gaat geen verplichtingen aan namens een bestuur.
# 5. Terugkoppeling naar de besturen
5.1 De routeraad informeert beide colleges van bestuur drie keer per jaar (na elke trimester) met een schriftelijke voortgangsrapportage over instroom, verzuim, uitval, stageplaatsen en incidenten.
5.2 Elk jaar in september legt de routeraad in een evaluatieverslag verantwoording af over het voorgaande schooljaar. Beide besturen bespreken het verslag in het bestuurlijk overleg van oktober en leggen hun conclusies vast in een besluitenlijst.
# 6. Organisatie van het onderwijs
6.1 Locaties. Routejaar 1 en 2 worden verzorgd in het gebouw van De Biesbosch aan de Spuiweg; op vrijdag volgen de leerlingen praktijkonderwijs op het Veiligheidsplein van ROC Drechtstad. Vanaf routejaar 3 volgen de leerlingen het onderwijs bij ROC Drechtstad en bij de leerbedrijven.
6.2 Personeel. ROC Drechtstad zet in routejaar 1 en 2 twee praktijkinstructeurs beveiliging in voor zes uur per week op De Biesbosch. De docent lichamelijke opvoeding van De Biesbosch verzorgt in routejaar 3 de sportlessen bij ROC Drechtstad. De docenten van beide partijen vormen \u00e9\u00e9n team en maken voor de vakoverstijgende module Veilig evenement gebruik van de teambevoegdheid; voor ieder onderdeel is een bevoegde docent verantwoordelijk. Iedere partij blijft werkgever van haar eigen personeel.
6.3 Faciliteiten. ROC Drechtstad stelt het Veiligheidsplein, de oefenmeldkamer en de portofoons beschikbaar. De Biesbosch stelt haar sporthal en het fitnesslokaal beschikbaar voor de sportlessen van variant A en B, ook in routejaar 3.
6.4 Programma en examinering. Het programma en de examinering per leerjaar, voor elke variant apart, staan in het gezamenlijke PTA/OER. Dit wordt jaarlijks voor 1 oktober door beide besturen vastgesteld.
6.5 Inschrijving en verzuim. In routejaar 1 en 2 staat de leerling ingeschreven bij De Biesbosch, daarna bij ROC Drechtstad. Verzuim wordt geregistreerd en gemeld door de partij waar de leerling op dat moment is ingeschreven.
# 7. Voortijdig verlaten van de route
7.1 Leerlingen die de Veiligheidsroute voortijdig verlaten, worden door De Biesbosch en ROC Drechtstad gezamenlijk begeleid naar de Entree-opleiding van ROC Drechtstad, zodat zij alsnog een diploma op niveau 1 kunnen behalen. Het besluit hierover nemen de teamleider en de opleidingsmanager samen, na een gesprek met de leerling en de ouders.
# 8. Stem van leerlingen en ouders
8.1 Partijen richten een routepanel in, waarin twee leerlingen van elke variant en twee ouders zitting hebben. Het panel wordt ten minste twee keer per jaar door de routeraad gehoord over het programma en de praktijkopdrachten.
8.2 De medezeggenschapsraad van De Biesbosch en de studentenraad van ROC Drechtstad ontvangen beide het evaluatieverslag bedoeld in 5.2. Voorgenomen besluiten tot wezenlijke wijziging of be\u00ebindiging van de route worden aan beide raden ter advies voorgelegd.
8.3 Leerlingen van de route die nog bij De Biesbosch zijn ingeschreven, mogen als toehoorder de vergaderingen van de studentenraad van ROC Drechtstad bijwonen.
# 9. Oplossen van conflicten
9.1 Een geschil tussen partijen over de uitvoering van dit convenant wordt eerst in de routeraad besproken. Leidt dat niet binnen een maand tot een oplossing, dan wordt het geschil voorgelegd aan beide voorzitters van de colleges van bestuur.
9.2 Komen zij niet binnen zes weken tot overeenstemming, dan schakelen partijen een gezamenlijk gekozen mediator in. Slaagt de mediation niet, dan is de rechtbank Rotterdam, locatie Dordrecht, bevoegd.
# 10. Looptijd, wijziging en opzegging
10.1 Dit convenant geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
10.2 Wijzigingen van dit convenant worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend. Een wijziging van het programma geldt niet voor leerlingen die al zijn begonnen, tenzij zij daar geen nadeel van ondervinden.
10.3 Ieder van de partijen kan het convenant schriftelijk opzeggen tegen het einde van een schooljaar, met een opzegtermijn van twaalf maanden. Na opzegging laten partijen geen nieuwe leerlingen meer toe; leerlingen die al in de route zitten, ronden haar af onder de afspraken van dit convenant.
# 11. Ondertekening
!plain
| Stichting Openbaar Voortgezet Onderwijs Drechtsteden | Stichting ROC Drechtstad |
| K. Oudijk, voorzitter college van bestuur | dr. N. El Amrani, voorzitter college van bestuur |
| Dordrecht, 20 juni 2025 | Dordrecht, 20 juni 2025 |
"""


@sample(
    376, "h376_geintegreerd_leerjaarbijlage_oldambt", "docx",
    "DOCX, compacte ge\u00efntegreerde route met bijlage leerjaaroverzicht, Oldambt, mobiliteit en transport bb -> "
    "monteur mobiele werktuigen niveau 2 bij een aoc als aparte partij; volledig, medezeggenschap alleen "
    "wettelijke beschrijving met 'kunnen'",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "Art. 1 Route en kwalificatie", "b": "Art. 3 Loonwerkers, dealers en boerenbedrijven",
     "c": "Art. 4 Routeleider en plaatsvervanger", "d": "Art. 5 Verantwoording",
     "e": "Art. 6 Uitvoering", "f": "Art. 7 Passende plek bij uitstappen",
     "g": "Art. 8 Overdracht van middelen", "i": "Art. 10 Geschillen",
     "j": "Art. 11 Nieuwe deelnemers, wijziging en opzegging"},
    title="Samenwerkingsovereenkomst geintegreerde route Mobiele werktuigen Oldambt")
def h376():
    return """
!title Samenwerkingsovereenkomst geïntegreerde route Mobiele werktuigen Oldambt
!sub geïntegreerde route vmbo-basisberoepsopleiding (art. 2.107l WVO 2020, art. 9.1.17 WEB)
# Partijen
Stichting Openbaar Voortgezet Onderwijs Oldambt, bevoegd gezag van Vakcollege Reiderland te Winschoten (hierna: Reiderland), vertegenwoordigd door de heer G. Ubbens, directeur-bestuurder;
en
Stichting Groen Onderwijs Eemsland-Dollard, bevoegd gezag van agrarisch opleidingscentrum Dollardgroen te Winschoten (hierna: Dollardgroen), vertegenwoordigd door mevrouw ing. T. Kuipers-Bakker, voorzitter college van bestuur;
komen het volgende overeen.
## Art. 1 Route en kwalificatie
1.1 Partijen verzorgen samen een geïntegreerde route voor leerlingen in het profiel Mobiliteit en transport van de basisberoepsgerichte leerweg van Reiderland. De route leidt op tot het diploma van de basisberoepsopleiding Monteur mobiele werktuigen (niveau 2), opleidingsdomein Mobiliteit, transport en logistiek, in de beroepsopleidende leerweg.
1.2 De route begint in leerjaar 3 van Reiderland en duurt drie jaar. Een eindexamen vmbo is niet vereist. Een leerling die dat wil, kan in het tweede routejaar het eindexamen basisberoepsgerichte leerweg afleggen; Reiderland biedt die mogelijkheid aan.
1.3 Een leerling wordt alleen tot de route toegelaten na overleg met de leerling en de ouders en na overleg tussen Reiderland en Dollardgroen.
1.4 De opbouw van de route per leerjaar is op hoofdlijnen weergegeven in bijlage 1.
## Art. 2 Melding
Partijen melden de route gezamenlijk bij de minister via RIO. De leerlingen worden in routejaar 1 en 2 ingeschreven bij Reiderland en vanaf routejaar 3 bij Dollardgroen.
## Art. 3 Loonwerkers, dealers en boerenbedrijven
3.1 Bij de route zijn betrokken: de landbouwmechanisatiebedrijven Dijkhuis Agri B.V. (Finsterwolde) en Mechanisatie Scheemda B.V., vijf loonbedrijven uit de regio, aangesloten bij Cumela Noord, en de akkerbouwbedrijven van de Studieclub Oldambt. Alle bedrijven die leerlingen opnemen zijn door SBB erkend als leerbedrijf.
3.2 De mechanisatiebedrijven leveren voor de werkplaats jaarlijks twee afgeschreven tractoren of machines als lesmateriaal en ontvangen de leerlingen van routejaar 1 voor een bedrijfsbezoek per kwartaal.
3.3 De loonbedrijven en akkerbouwbedrijven bieden de bpv-plaatsen in routejaar 2 (tien weken) en routejaar 3 (zestien weken) en laten leerlingen tijdens het oogstseizoen meedraaien.
3.4 Een monteur van een mechanisatiebedrijf beoordeelt samen met een docent van Dollardgroen de praktijkexamens. De bedrijven spreken tweemaal per jaar met de routeleider over de keuzedelen en nieuwe technieken, zoals GPS-besturing.
## Art. 4 Routeleider en plaatsvervanger
4.1 De route heeft een routeleider en een plaatsvervangend routeleider. De routeleider is de teamleider Techniek van Dollardgroen; de plaatsvervanger is de afdelingsleider basisberoepsgerichte leerweg van Reiderland.
4.2 Het college van bestuur van Dollardgroen benoemt de routeleider, de directeur-bestuurder van Reiderland benoemt de plaatsvervanger; beide benoemingen vinden plaats na instemming van het andere bestuur.
4.3 De routeleider heeft tot taak het rooster op te stellen, de docenten en instructeurs in te zetten, de bpv-plaatsen te verdelen, het concept-PTA/OER voor te bereiden en de overleggen met de bedrijven te voeren. Hij is bevoegd te beslissen over de toelating en plaatsing van leerlingen en over uitgaven uit het routebudget tot € 4.000. Besluiten over personeel en de begroting zijn voorbehouden aan de besturen. De plaatsvervanger vervangt bij afwezigheid en is het eerste aanspreekpunt voor routejaar 1 en 2.
## Art. 5 Verantwoording
De routeleider stuurt beide besturen na ieder semester een verslag van de voortgang, de in-, door- en uitstroom en het verzuim. In oktober legt hij in het jaarlijkse bestuurlijk overleg verantwoording af over het afgelopen schooljaar aan de hand van een jaarverslag, dat beide besturen vaststellen.
## Art. 6 Uitvoering
6.1 Routejaar 1 wordt gegeven op Reiderland, met twee dagen per week in de werkplaats mobiele werktuigen van Dollardgroen; routejaar 2 en 3 worden gegeven door Dollardgroen en bij de leerbedrijven.
6.2 Dollardgroen stelt in routejaar 1 een werkplaatsinstructeur beschikbaar voor acht uur per week op Reiderland. De docenten Nederlands en rekenen van Reiderland geven in routejaar 2 de generieke vakken bij Dollardgroen. Beide teams werken samen als één routeteam, met gebruik van de teambevoegdheid voor het vakoverstijgende project Van trekker tot oogst; voor ieder onderdeel is een bevoegde docent verantwoordelijk.
6.3 Dollardgroen stelt haar werkplaats, de machinehal en het oefenterrein beschikbaar; Reiderland stelt haar lokaal motorvoertuigentechniek en de computerlokalen beschikbaar.
6.4 Het onderwijsprogramma en de examinering per leerjaar worden beschreven in het gezamenlijke PTA/OER, dat jaarlijks vóór 1 oktober wordt vastgesteld; bijlage 1 geeft de opbouw op hoofdlijnen.
## Art. 7 Passende plek bij uitstappen
7.1 Een leerling die de route verlaat, krijgt altijd een passende plek waarmee hij een diploma kan halen. Uitstappen betekent niet dat de leerling naar Entree gaat.
7.2 Tijdens routejaar 1 stapt de leerling over naar de reguliere basisberoepsgerichte leerweg van Reiderland, in Mobiliteit en transport of een ander profiel, en haalt daar het vmbo-diploma.
7.3 In routejaar 2 kan de leerling het eindexamen basisberoepsgerichte leerweg afleggen, zodat hij met een vmbo-diploma een andere opleiding op niveau 2 kan kiezen, of direct overstappen naar een andere opleiding op niveau 2 van Dollardgroen, zoals Medewerker teelt, ook in een ander domein.
7.4 In routejaar 3 kan de leerling overstappen naar een andere opleiding op niveau 2 van Dollardgroen zonder dat vooropleidingseisen worden gesteld, of na een geschiktheidsonderzoek naar een opleiding op niveau 2 bij een andere instelling in de regio.
7.5 Reiderland en Dollardgroen beslissen gezamenlijk over de passende plek, na een gesprek met de leerling en de ouders, en kijken daarbij naar het bereikte niveau en de leeftijd van de leerling. Alleen als een diploma op niveau 2 werkelijk niet haalbaar blijkt, wordt de leerling via de Entree-opleiding naar werk begeleid.
## Art. 8 Overdracht van middelen
8.1 Reiderland draagt op grond van artikel 5.42a WVO 2020 voor iedere leerling in routejaar 2 een kwart (25%) van de voor die leerling ontvangen personele en materiële bekostiging over aan Dollardgroen.
8.2 Deze middelen zijn bestemd voor de inzet van de werkplaatsdocenten van Dollardgroen in routejaar 2 en voor het onderhoud en de brandstof van de machines in de werkplaats.
8.3 Verder vindt geen overdracht van bekostiging plaats.
## Art. 9 Medezeggenschap
Voor leerlingen die bij Reiderland staan ingeschreven, hun ouders en het personeel van Reiderland geldt de Wet medezeggenschap op scholen. Voor studenten van Dollardgroen en hun ouders gelden de regels van de Wet educatie en beroepsonderwijs en voor het personeel van Dollardgroen de Wet op de ondernemingsraden. Partijen kunnen aanvullende afspraken maken over de medezeggenschap, bijvoorbeeld over deelname van routeleerlingen aan de studentenraad van Dollardgroen.
## Art. 10 Geschillen
Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst besproken door de routeleider en de plaatsvervanger, daarna door de bestuurders. Zijn de bestuurders het na acht weken niet eens, dan vragen zij bindend advies aan een door hen samen gekozen onafhankelijke deskundige uit het onderwijsveld; komen zij niet tot die keuze, dan beslist de bevoegde rechter in het arrondissement Noord-Nederland.
## Art. 11 Nieuwe deelnemers, wijziging en opzegging
11.1 Een andere vmbo-school of een andere instelling voor beroepsonderwijs kan deelnemen als beide partijen schriftelijk instemmen en de nieuwe deelnemer deze overeenkomst mede ondertekent; deelname gaat in per 1 augustus en wordt bij DUO gemeld.
11.2 Wijzigingen worden schriftelijk vastgelegd en ondertekend door beide besturen; zij gelden niet ten nadele van leerlingen die de route al volgen.
11.3 Opzegging is mogelijk tegen 1 augustus, met een termijn van twaalf maanden. Na opzegging stromen geen leerlingen meer in; leerlingen die de route volgen, maken haar af.
## Art. 12 Looptijd
Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
!plain
| Winschoten, 25 juni 2025 | Winschoten, 25 juni 2025 |
| G. Ubbens, directeur-bestuurder Stichting Openbaar Voortgezet Onderwijs Oldambt | ing. T. Kuipers-Bakker, voorzitter college van bestuur Stichting Groen Onderwijs Eemsland-Dollard |
!pb
# Bijlage 1 – Leerjaaroverzicht geïntegreerde route Mobiele werktuigen
!cols 0.14,0.16,0.26,0.22,0.22
| Routejaar | Ingeschreven bij | Onderwijs | Examinering | Bpv |
| 1 (vmbo leerjaar 3) | Reiderland | profielmodules Mobiliteit en transport, Nederlands, rekenen, LOB; twee dagen werkplaats Dollardgroen | eerste mbo-werkprocessen (basisonderhoud tractor) als oefenexamen | bedrijfsbezoek per kwartaal |
| 2 (vmbo leerjaar 4) | Reiderland | mbo-kerntaken onderhoud en reparatie, project Van trekker tot oogst, generieke vakken | examens kerntaak 1; optioneel eindexamen vmbo bb | tien weken bij een loonbedrijf |
| 3 (mbo) | Dollardgroen | kerntaak 2 storingsanalyse, keuzedelen Precisielandbouw en Hydrauliek | examens kerntaak 2, proeve van bekwaamheid | zestien weken bij een leerbedrijf |
De verdeling van de uren en de weging van de examens staan in het PTA/OER.
"""


# === SAMPLES END ===


# ---------------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------------

def expected_of(s):
    return {"description": s["description"], "split": "heldout", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(num):
    s = SAMPLES[num]
    base = os.path.join(OUT, s["name"])
    path = base + "." + s["ext"]
    text = s["text"]()
    title = s["opts"].get("title", s["name"])
    if s["ext"] == "pdf":
        write_pdf(path, text, title, font=s["opts"].get("font", "Helvetica"),
                  size=s["opts"].get("size", 10), footer=s["opts"].get("footer"))
    elif s["ext"] == "docx":
        write_docx(path, text, title, font=s["opts"].get("font", "Calibri"),
                   size=s["opts"].get("size", 11))
    else:
        write_text(path, text)
    with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(expected_of(s), ensure_ascii=False, indent=2) + "\n")
    print("built", os.path.basename(path))


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
        pdf.close()
        return "\n".join(parts)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        # also make sure the raw XML is readable
        with zipfile.ZipFile(path) as z:
            z.read("word/document.xml")
        return "\n".join(parts)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u00ad", "")).strip()


def check():
    ok = True
    letters = list("abcdefghij")
    allowed = {"present", "weak", "missing", "not_applicable"}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        base = os.path.join(OUT, s["name"])
        path = base + "." + s["ext"]
        problems = []
        if not re.match(r"^h%d_[a-z0-9_]+$" % num, s["name"]):
            problems.append("bad name")
        if not os.path.exists(path):
            problems.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa: BLE001
                problems.append("does not open: %r" % e)
                text = ""
            for k, v in s["evidence"].items():
                if norm(v) not in text:
                    problems.append("evidence %s not found: %r" % (k, v))
                if s["statuses"].get(k) != "present":
                    problems.append("evidence for non-present item %s" % k)
        if sorted(s["statuses"]) != letters or not set(s["statuses"].values()) <= allowed:
            problems.append("bad statuses")
        ej = base + ".expected.json"
        if not os.path.exists(ej):
            problems.append("expected.json missing")
        else:
            with open(ej, encoding="utf-8") as fh:
                if json.load(fh) != expected_of(s):
                    problems.append("expected.json differs from table")
        print("%s %s%s" % ("OK  " if not problems else "FAIL", os.path.basename(path),
                            "" if not problems else ": " + "; ".join(problems)))
        ok = ok and not problems
    print("check passed" if ok else "check FAILED")
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a.lstrip("h")) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample number: %d (known: %s)" % (n, ", ".join(map(str, sorted(SAMPLES)))))
    for n in nums:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
