#!/usr/bin/env python3
"""Build held-out sample agreements h113-h120 for leerroute-check.

Written by an independent helper session (author of set "8b"). The agreements and their labels were
written from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie), /work/shared/domain.md and sample_agreements/LABELS.md only, without looking at the
checker code, its tests or models, or at any other sample agreement, build script or label file.
All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout8b.py            build all samples
    python3 build_heldout8b.py h113 h115  build only these
    python3 build_heldout8b.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024
ITEMS = "abcdefghij"

SAMPLES = {}


def sample(key, name, fmt, description, statuses, evidence):
    """Register a sample; the decorated function returns the document content."""
    assert set(statuses) == set(ITEMS), key
    for k in evidence:
        assert statuses[k] == "present", (key, k)

    def deco(fn):
        SAMPLES[key] = dict(name=name, fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, content=fn)
        return fn
    return deco


def expected_json(s):
    data = {
        "description": s["description"],
        "split": "heldout",
        "statuses": {k: s["statuses"][k] for k in ITEMS},
        "evidence": s["evidence"],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------------
# PDF helper (reportlab, invariant)
# Blocks: ("title", t) ("subtitle", t) ("h1", t) ("h2", t) ("p", t) ("pi", t) indented paragraph
#         ("li", t) bulleted ("small", t) ("table", rows, widths) ("space", pts) ("pagebreak",)
#         ("sign", [(left, right), ...])
# --------------------------------------------------------------------------------------------

def build_pdf(path, blocks, meta):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)

    base = meta.get("font", "Times-Roman")
    bold = meta.get("bold", "Times-Bold")
    italic = meta.get("italic", "Times-Italic")
    size = meta.get("size", 10.5)
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=size + 9,
                                alignment=1, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", fontName=italic, fontSize=size + 0.5,
                                   leading=size + 4, alignment=1, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 1.5, leading=size + 5,
                             spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size + 3,
                             spaceBefore=6, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=size + 3.5,
                            spaceAfter=4, alignment=meta.get("align", 4)),
        "pi": ParagraphStyle("pi", fontName=base, fontSize=size, leading=size + 3.5,
                             spaceAfter=3, leftIndent=18, alignment=meta.get("align", 4)),
        "li": ParagraphStyle("li", fontName=base, fontSize=size, leading=size + 3.5,
                             spaceAfter=2, leftIndent=18, bulletIndent=6),
        "small": ParagraphStyle("small", fontName=italic, fontSize=size - 1.5,
                                leading=size + 1.5, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 1.5, leading=size + 1),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1.5, leading=size + 1),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "subtitle", "h1", "h2", "p", "pi", "small"):
            story.append(Paragraph(escape(b[1]), st[kind]))
        elif kind == "li":
            story.append(Paragraph(escape(b[1]), st["li"], bulletText="\u2022"))
        elif kind == "space":
            story.append(Spacer(1, b[1]))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            rows = [[Paragraph(escape(c), st["cellb" if i == 0 else "cell"]) for c in r]
                    for i, r in enumerate(b[1])]
            t = Table(rows, colWidths=[w * mm for w in b[2]], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sign":
            rows = [[Paragraph(escape(l), st["cell"]), Paragraph(escape(r), st["cell"])]
                    for l, r in b[1]]
            t = Table(rows, colWidths=[80 * mm, 80 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 8)]))
            story.append(KeepTogether([t]))
        else:
            raise ValueError(kind)

    header = meta.get("header")
    footer = meta.get("footer")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(base, 8)
        if header:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
            canvas.setLineWidth(0.3)
            canvas.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        text = (footer + "  |  " if footer else "") + "pagina %d" % doc.page
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, text)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1,
                            title=meta.get("title", ""), author=meta.get("author", ""),
                            subject="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------------------------
# DOCX helper (python-docx; fixed core properties; zip rewritten with fixed timestamps)
# Blocks: ("title", t) ("h1", t) ("h2", t) ("h3", t) ("p", t) ("b", t) bold paragraph
#         ("i", t) italic ("bullet", t) ("num", t) ("table", rows) ("pagebreak",)
# --------------------------------------------------------------------------------------------

def build_docx(path, blocks, meta):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = meta.get("font", "Calibri")
    normal.font.size = Pt(meta.get("size", 11))
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "b":
            d.add_paragraph().add_run(b[1]).bold = True
        elif kind == "i":
            d.add_paragraph().add_run(b[1]).italic = True
        elif kind == "bullet":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "num":
            d.add_paragraph(b[1], style="List Number")
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    parts = c.split("\n")
                    cell.text = parts[0]
                    for extra in parts[1:]:
                        cell.add_paragraph(extra)
                    if i == 0 or (j == 0 and meta.get("bold_first_col")):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    sec = d.sections[0]
    if meta.get("header"):
        sec.header.paragraphs[0].text = meta["header"]
    if meta.get("footer"):
        sec.footer.paragraphs[0].text = meta["footer"]
    cp = d.core_properties
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("author", "")
    cp.title = meta.get("title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so that rebuilds are byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


# --------------------------------------------------------------------------------------------
# Text extraction for --check
# --------------------------------------------------------------------------------------------

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
        z = zipfile.ZipFile(path)
        texts = []
        for n in sorted(z.namelist()):
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                xml = z.read(n).decode("utf-8")
                for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                    texts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
        from xml.sax.saxutils import unescape
        return unescape("\n".join(texts), {"&quot;": '"', "&apos;": "'"})
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return " ".join(s.split())


# ============================================================================================
# SAMPLES
# ============================================================================================

# --------------------------------------------------------------------------------------------
# h113 - advocatenovereenkomst met considerans, PDF, Dukenburg-Wijchen, E&O kb -> Eerste verkoper 3
# --------------------------------------------------------------------------------------------

@sample(
    "h113", "h113_advocatenovereenkomst_considerans_dukenburg_wijchen", "pdf",
    "Advocatenstijl met comparitie, considerans A-F en begripsbepalingen, PDF; Dukenburg-Wijchen (Nijmegen), "
    "Economie en ondernemen kb -> Eerste verkoper niveau 3; volledig, medezeggenschap met extra zetel "
    "in studentenraad, expliciet geen overdracht van bekostiging.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 2 – Onderwerp en reikwijdte",
     "b": "Artikel 3 – Inbreng van de ondernemingen in de regio",
     "c": "Artikel 4 – Het Routecollege",
     "d": "Artikel 5 – Informatieverschaffing en rekenschap",
     "e": "Artikel 6 – Inrichting van onderwijs en organisatie",
     "f": "Artikel 7 – Voortzetting van de opleiding na het verlaten van de Leerroute",
     "g": "Artikel 8 – Financiële verhouding",
     "h": "Artikel 9 – Inspraak van leerlingen, studenten en personeel",
     "i": "Artikel 10 – Beslechting van geschillen",
     "j": "Artikel 11 – Toetreding van derden"},
)
def h113():
    B = []
    B += [("title", "SAMENWERKINGSOVEREENKOMST"),
          ("subtitle", "inzake de doorlopende leerroute vmbo-mbo Retail Dukenburg-Wijchen"),
          ("h2", "DE ONDERGETEKENDEN:"),
          ("p", "1. De stichting Stichting Openbaar Voortgezet Onderwijs Waalzicht, statutair gevestigd "
                "te Nijmegen, kantoorhoudende aan de Waalbandijk 14 te (6541 AJ) Nijmegen, ingeschreven "
                "in het handelsregister onder nummer 41055873, bevoegd gezag van de school voor "
                "voorbereidend middelbaar beroepsonderwijs Waalzicht College, ten deze rechtsgeldig "
                "vertegenwoordigd door mevrouw mr. drs. H.J.M. Verstegen, voorzitter van het college van "
                "bestuur, hierna te noemen: “de School”;"),
          ("p", "2. De stichting Stichting Regionaal Opleidingencentrum Nijmeegse Poort, statutair "
                "gevestigd te Nijmegen, kantoorhoudende aan de Heyendaalseweg 301 te (6525 AJ) Nijmegen, "
                "ingeschreven in het handelsregister onder nummer 41058120, bevoegd gezag van de "
                "instelling voor beroepsonderwijs ROC Nijmeegse Poort, ten deze rechtsgeldig "
                "vertegenwoordigd door de heer drs. P.A. Oudshoorn, voorzitter van het college van "
                "bestuur, hierna te noemen: “het ROC”;"),
          ("p", "de School en het ROC hierna gezamenlijk te noemen: “Partijen” en ieder afzonderlijk: "
                "“Partij”;"),
          ("h2", "OVERWEGENDE DAT:"),
          ("pi", "A. de School het profiel Economie en ondernemen aanbiedt in onder meer de "
                 "kaderberoepsgerichte leerweg;"),
          ("pi", "B. het ROC opleidingen verzorgt in het opleidingsdomein Handel, waaronder de "
                 "vakopleiding Eerste verkoper;"),
          ("pi", "C. Partijen het voornemen hebben om leerlingen een ononderbroken en efficiënte "
                 "leerweg naar een mbo-diploma te bieden, waarin overlap tussen vmbo- en mbo-stof wordt "
                 "vermeden;"),
          ("pi", "D. een doorlopende leerroute vmbo-mbo ingevolge artikel 2.107b van de Wet voortgezet "
                 "onderwijs 2020 (WVO 2020) en artikel 9.1.3 van de Wet educatie en beroepsonderwijs "
                 "(WEB) slechts kan worden verzorgd op grond van een samenwerkingsovereenkomst die in "
                 "elk geval de in die bepalingen genoemde onderwerpen regelt;"),
          ("pi", "E. de medezeggenschapsraad van de School en de ondernemingsraad en de studentenraad van "
                 "het ROC over het voorgenomen besluit tot deze samenwerking advies hebben uitgebracht;"),
          ("pi", "F. Partijen hun rechten en verplichtingen over en weer in deze overeenkomst wensen vast "
                 "te leggen;"),
          ("h2", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),

          ("h1", "Artikel 1 – Begripsbepalingen"),
          ("p", "1.1 In deze overeenkomst wordt verstaan onder:"),
          ("pi", "a. Leerroute: de doorlopende leerroute bedoeld in artikel 2;"),
          ("pi", "b. Deelnemer: een leerling of student die aan de Leerroute deelneemt, ongeacht of hij "
                 "op dat moment bij de School dan wel bij het ROC staat ingeschreven;"),
          ("pi", "c. vo-fase: de eerste twee leerjaren van de Leerroute, waarin de Deelnemer bij de "
                 "School is ingeschreven; mbo-fase: de daarop volgende leerjaren;"),
          ("pi", "d. Routecollege: het orgaan bedoeld in artikel 4;"),
          ("pi", "e. Besturen: de colleges van bestuur van Partijen;"),
          ("pi", "f. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
                 "examenregeling van de Leerroute."),
          ("p", "1.2 Waar in deze overeenkomst de mannelijke vorm wordt gebruikt, is tevens de "
                "vrouwelijke vorm bedoeld."),

          ("h1", "Artikel 2 – Onderwerp en reikwijdte"),
          ("p", "2.1 Partijen verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk een "
                "doorlopende leerroute vmbo-mbo die aanvangt in het derde leerjaar van de "
                "kaderberoepsgerichte leerweg, profiel Economie en ondernemen, van de School, en die "
                "leidt tot het vmbo-diploma en tot het diploma van de vakopleiding Eerste verkoper "
                "(niveau 3, kwalificatiedossier Retail, opleidingsdomein Handel) van het ROC, in de "
                "beroepsopleidende leerweg."),
          ("p", "2.2 De nominale duur van de Leerroute bedraagt vier jaar. Het eindexamen vmbo wordt "
                "uiterlijk in het derde leerjaar van de Leerroute afgerond."),
          ("p", "2.3 Partijen melden de Leerroute gezamenlijk bij de minister van Onderwijs, Cultuur en "
                "Wetenschap door registratie in het Register Instellingen en Opleidingen (RIO)."),

          ("h1", "Artikel 3 – Inbreng van de ondernemingen in de regio"),
          ("p", "3.1 De volgende ondernemingen hebben zich jegens Partijen schriftelijk verbonden aan de "
                "Leerroute bij te dragen: Modehuis Verweij B.V. te Nijmegen, Bouwmarkt Hoogenboom te "
                "Wijchen, Supermarktgroep Van Lieshout te Beuningen en de Stichting Binnenstadsmanagement "
                "Nijmegen namens de bij haar aangesloten detaillisten."),
          ("p", "3.2 Deze ondernemingen:"),
          ("pi", "a. stellen vanaf het derde leerjaar van de Leerroute leerwerkplekken ter beschikking "
                 "voor de beroepspraktijkvorming, in de omvang die jaarlijks in de bpv-planning wordt "
                 "vastgelegd;"),
          ("pi", "b. leveren per schooljaar ten minste vier praktijkopdrachten aan, die de Deelnemers in "
                 "de vo-fase in de Leerwinkel van het ROC uitwerken en aan de opdrachtgever "
                 "presenteren;"),
          ("pi", "c. stellen praktijkbeoordelaars beschikbaar voor de proeve van bekwaamheid in de "
                 "mbo-fase;"),
          ("pi", "d. nemen zitting in de werkveldtafel, die tweemaal per jaar het onderwijsprogramma "
                 "toetst aan de ontwikkelingen in de detailhandel en het Routecollege daarover "
                 "schriftelijk adviseert."),
          ("p", "3.3 Het ROC draagt zorg voor de erkenning van de leerwerkplekken door de Stichting "
                "Samenwerking Beroepsonderwijs Bedrijfsleven (SBB). Toetreding van nieuwe ondernemingen "
                "tot de werkveldtafel behoeft de instemming van het Routecollege."),

          ("h1", "Artikel 4 – Het Routecollege"),
          ("p", "4.1 De leiding over de Leerroute berust bij een Routecollege, bestaande uit:"),
          ("pi", "(i) de teamleider bovenbouw kaderberoepsgerichte leerweg van de School;"),
          ("pi", "(ii) de onderwijsmanager Retail van het ROC;"),
          ("pi", "(iii) een onafhankelijk voorzitter, die niet in dienst is van een der Partijen."),
          ("p", "4.2 Het lid bedoeld onder (i) wordt aangewezen door het college van bestuur van de "
                "School; het lid bedoeld onder (ii) door het college van bestuur van het ROC. De "
                "voorzitter wordt door de Besturen bij gezamenlijk besluit benoemd voor een termijn van "
                "twee jaar en is eenmaal herbenoembaar. Aanwijzing, benoeming en ontslag geschieden "
                "schriftelijk."),
          ("p", "4.3 De Besturen dragen aan het Routecollege de volgende taken op:"),
          ("pi", "a. het opstellen en jaarlijks actualiseren van het PTA/OER, ter vaststelling door de "
                 "Besturen ieder voor het eigen deel;"),
          ("pi", "b. de dagelijkse coördinatie van de Leerroute, waaronder het rooster en de verdeling "
                 "van de lessen binnen de door de Besturen beschikbaar gestelde formatie;"),
          ("pi", "c. de toelating van leerlingen tot de Leerroute met inachtneming van de in de "
                 "schoolgids gepubliceerde toelatingscriteria;"),
          ("pi", "d. het onderhouden van de contacten met de ondernemingen bedoeld in artikel 3;"),
          ("pi", "e. het voorbereiden van besluiten over voortzetting als bedoeld in artikel 7."),
          ("p", "4.4 Het Routecollege is bevoegd om binnen het door de Besturen goedgekeurde "
                "activiteitenplan verplichtingen aan te gaan tot een bedrag van € 5.000 per geval. "
                "Besluiten over personeel in dienst van een Partij, verplichtingen boven genoemd bedrag "
                "en wijzigingen van deze overeenkomst blijven voorbehouden aan de Besturen."),

          ("h1", "Artikel 5 – Informatieverschaffing en rekenschap"),
          ("p", "5.1 Het Routecollege verstrekt de Besturen gevraagd en ongevraagd alle inlichtingen die "
                "zij voor de uitoefening van hun taak redelijkerwijs behoeven."),
          ("p", "5.2 Het Routecollege brengt vóór 1 november van ieder jaar aan beide Besturen een "
                "schriftelijk jaarverslag uit over het afgelopen schooljaar. Het verslag bevat ten "
                "minste gegevens over instroom, doorstroom en uitval van Deelnemers, de "
                "examenresultaten, de beroepspraktijkvorming en de besteding van de middelen uit het "
                "activiteitenplan."),
          ("p", "5.3 Het Routecollege legt over het gevoerde beleid rekenschap af in het bestuurlijk "
                "overleg, dat ten minste tweemaal per jaar, in november en in april, plaatsvindt tussen "
                "de voorzitters van de Besturen en het Routecollege. Van ieder overleg wordt een "
                "besluitenlijst gemaakt."),
          ("p", "5.4 Incidenten die de continuïteit van de Leerroute of de veiligheid van Deelnemers "
                "raken, meldt het Routecollege onverwijld aan beide Besturen."),

          ("h1", "Artikel 6 – Inrichting van onderwijs en organisatie"),
          ("p", "6.1 In de vo-fase wordt het onderwijs verzorgd op de locatie van de School aan de "
                "Waalbandijk te Nijmegen, met één dag per week op de campus Heyendaal van het ROC. In de "
                "mbo-fase wordt het onderwijs verzorgd op de campus Heyendaal en bij de leerbedrijven."),
          ("p", "6.2 Partijen beschrijven gezamenlijk voor de gehele Leerroute het onderwijsprogramma, "
                "de examinering en de beroepspraktijkvorming per leerjaar in het PTA/OER, dat als "
                "Bijlage 1 deel uitmaakt van deze overeenkomst. Daarin wordt aangegeven welke onderdelen "
                "tot het vmbo-programma, welke tot het mbo-programma en welke tot beide behoren."),
          ("p", "6.3 Partijen vormen één docententeam. De School zet docenten in voor de algemene vakken "
                "en het beroepsgerichte programma; het ROC zet twee docenten retail in, die in de vo-fase "
                "één dag per week op de School lesgeven, alsmede een bpv-begeleider in de mbo-fase. Voor "
                "het vakoverstijgende programmaonderdeel “Ondernemend verkopen” werken Partijen met "
                "teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; ieder "
                "teamlid blijft verantwoordelijk voor het deel waarvoor hij bevoegd is. Iedere Partij "
                "blijft werkgever van het eigen personeel."),
          ("p", "6.4 Het ROC stelt de Leerwinkel (een ingerichte praktijkwinkel met kassasystemen en "
                "magazijn) en het studiecentrum ter beschikking aan Deelnemers in de vo-fase. De School "
                "stelt het praktijklokaal Economie en haar ICT-voorzieningen ter beschikking aan de "
                "docenten van het ROC. Het gebruik geschiedt over en weer om niet."),
          ("p", "6.5 De School is verantwoordelijk voor het vmbo-deel en de vmbo-examinering en "
                "-diplomering; het ROC voor het mbo-deel, de beroepspraktijkvorming en de "
                "mbo-examinering en -diplomering."),
          ("p", "6.6 De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van "
                "bestuur en personeel van de andere Partij in het kader van de Leerroute. Betreft een bij "
                "de School ingediende klacht een gedraging van een docent van het ROC, dan betrekt de "
                "School het ROC bij de afhandeling."),

          ("h1", "Artikel 7 – Voortzetting van de opleiding na het verlaten van de Leerroute"),
          ("p", "7.1 Beëindigt een Deelnemer de Leerroute voordat hij deze met goed gevolg heeft "
                "doorlopen, dan stellen Partijen hem in staat een vmbo-diploma of het diploma van een "
                "beroepsopleiding te behalen dat aansluit bij het door hem bereikte onderwijsniveau en "
                "zijn leeftijd."),
          ("p", "7.2 Daarbij gelden de volgende uitgangspunten:"),
          ("pi", "a. bij vertrek in de vo-fase zet de Deelnemer zijn opleiding voort in de reguliere "
                 "kaderberoepsgerichte leerweg van de School, in hetzelfde of een ander profiel, met "
                 "behoud van de behaalde resultaten en gericht op het vmbo-diploma;"),
          ("pi", "b. heeft de Deelnemer uiterlijk aan het einde van het derde leerjaar het vmbo-diploma "
                 "niet behaald, dan kan hij het examenjaar op de School overdoen of zonder vmbo-diploma "
                 "instromen in een opleiding op niveau 2 of 3 van het ROC; het ROC stelt in dat geval "
                 "geen vooropleidingseisen;"),
          ("pi", "c. wenst de Deelnemer een andere richting, dan wordt hem een opleiding van "
                 "vergelijkbaar niveau binnen het ROC aangeboden of begeleiden Partijen hem naar een "
                 "andere instelling in de regio, die hem na een geschiktheidsonderzoek kan toelaten;"),
          ("pi", "d. bij uitval in de mbo-fase wordt de Deelnemer een andere opleiding op niveau 3 van "
                 "het ROC aangeboden of, als dat niveau niet haalbaar blijkt, een opleiding op niveau 2."),
          ("p", "7.3 Over de voortzetting beslissen de School en het ROC gezamenlijk, op voorstel van het "
                "Routecollege en na een gesprek met de Deelnemer en, zo hij minderjarig is, zijn ouders of "
                "verzorgers. Het oordeel over het bereikte onderwijsniveau is een gezamenlijk oordeel van "
                "de Besturen."),
          ("p", "7.4 De School neemt de uitwerking van dit artikel op in haar schoolgids. Dit artikel is "
                "niet van toepassing bij definitieve verwijdering."),

          ("h1", "Artikel 8 – Financiële verhouding"),
          ("p", "8.1 Iedere Partij behoudt de rijksbijdrage die zij ontvangt voor de bij haar "
                "ingeschreven Deelnemers. Tussen Partijen vindt geen overdracht van bekostiging plaats "
                "als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB."),
          ("p", "8.2 Iedere Partij draagt de kosten van het eigen personeel en de eigen voorzieningen. "
                "Gezamenlijke activiteiten uit het activiteitenplan worden bij helfte gedragen."),

          ("h1", "Artikel 9 – Inspraak van leerlingen, studenten en personeel"),
          ("p", "9.1 In aanvulling op de Wet medezeggenschap op scholen en hoofdstuk 8a WEB komen "
                "Partijen overeen dat de studentenraad van het ROC één zetel met raadgevende stem "
                "toekent aan een Deelnemer in de vo-fase. Deze Deelnemer wordt jaarlijks gekozen door de "
                "Deelnemers in de vo-fase."),
          ("p", "9.2 Het Routecollege legt het ontwerp van het PTA/OER vóór 1 juni van ieder jaar voor "
                "advies voor aan de medezeggenschapsraad van de School en aan de studentenraad van het "
                "ROC."),
          ("p", "9.3 Voor het overige gelden in de vo-fase de regels van de Wet medezeggenschap op "
                "scholen en in de mbo-fase die van de WEB en, voor het personeel van het ROC, de Wet op "
                "de ondernemingsraden."),

          ("h1", "Artikel 10 – Beslechting van geschillen"),
          ("p", "10.1 Een Partij die meent dat tussen Partijen een geschil bestaat over de uitvoering "
                "van deze overeenkomst, deelt dit de andere Partij schriftelijk en gemotiveerd mede. De "
                "voorzitters van de Besturen treden binnen vier weken na die mededeling met elkaar in "
                "overleg."),
          ("p", "10.2 Leidt dat overleg niet binnen zes weken tot een oplossing, dan leggen Partijen het "
                "geschil voor aan een mediator die is ingeschreven in het register van de "
                "Mediatorsfederatie Nederland en die zij gezamenlijk aanwijzen."),
          ("p", "10.3 Is het geschil niet binnen drie maanden na aanvang van de mediation opgelost, dan "
                "is uitsluitend de bevoegde rechter van de Rechtbank Gelderland bevoegd. Op deze "
                "overeenkomst is Nederlands recht van toepassing."),

          ("h1", "Artikel 11 – Toetreding van derden"),
          ("p", "11.1 Het bevoegd gezag van een andere school voor vmbo of van een andere instelling voor "
                "beroepsonderwijs kan tot deze overeenkomst toetreden, indien:"),
          ("pi", "a. beide Besturen daarmee schriftelijk instemmen;"),
          ("pi", "b. de toetredende partij zich schriftelijk verbindt tot naleving van alle bepalingen "
                 "van deze overeenkomst;"),
          ("pi", "c. de toetreding ingaat per 1 augustus van een schooljaar en het onderwijsprogramma "
                 "van Deelnemers die de Leerroute reeds volgen daardoor niet wijzigt."),
          ("p", "11.2 De toetreding wordt vastgelegd in een door alle partijen ondertekend addendum en "
                "door de toetredende partij gemeld in RIO."),

          ("h1", "Artikel 12 – Duur, opzegging en ontbinding"),
          ("p", "12.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
                "onbepaalde tijd."),
          ("p", "12.2 Iedere Partij kan de overeenkomst schriftelijk opzeggen tegen 31 juli van enig jaar, "
                "met inachtneming van een opzegtermijn van ten minste twaalf maanden."),
          ("p", "12.3 Iedere Partij kan de overeenkomst buitengerechtelijk ontbinden indien de andere "
                "Partij tekortschiet in de nakoming van een wezenlijke verplichting en die tekortkoming "
                "niet binnen twee maanden na een schriftelijke ingebrekestelling heeft hersteld, of "
                "indien de andere Partij de bekostiging voor de betrokken opleiding verliest."),
          ("p", "12.4 Na opzegging of ontbinding worden geen nieuwe Deelnemers meer toegelaten. "
                "Deelnemers die op dat moment aan de Leerroute deelnemen, ronden deze onder de "
                "voorwaarden van deze overeenkomst af; de artikelen 6, 7 en 10 blijven tot dat moment "
                "van kracht."),

          ("h1", "Artikel 13 – Wijziging"),
          ("p", "13.1 Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke, door beide "
                "Besturen ondertekende overeenkomst, na advies van het Routecollege."),
          ("p", "13.2 Een wijziging die het onderwijsprogramma raakt, treedt niet eerder in werking dan "
                "met ingang van het eerstvolgende schooljaar en geldt niet ten nadele van Deelnemers die "
                "de Leerroute op dat moment al volgen."),

          ("h1", "Artikel 14 – Slotbepalingen"),
          ("p", "14.1 De bijlagen maken deel uit van deze overeenkomst. Bij strijdigheid gaat de tekst "
                "van de overeenkomst voor."),
          ("p", "14.2 Bijlage 1: PTA/OER Leerroute Retail 2025-2026. Bijlage 2: lijst van ondernemingen "
                "en contactpersonen werkveldtafel."),
          ("space", 8),
          ("p", "Aldus overeengekomen en in tweevoud ondertekend te Nijmegen op 30 juni 2025."),
          ("sign", [("Stichting Openbaar Voortgezet Onderwijs Waalzicht",
                     "Stichting Regionaal Opleidingencentrum Nijmeegse Poort"),
                    ("mr. drs. H.J.M. Verstegen, voorzitter college van bestuur",
                     "drs. P.A. Oudshoorn, voorzitter college van bestuur"),
                    ("handtekening: ______________________", "handtekening: ______________________")]),
          ]
    return B, {"title": "Samenwerkingsovereenkomst doorlopende leerroute Retail Dukenburg-Wijchen",
               "author": "Brinkhuis & Terlouw Advocaten (mr. E. Brinkhuis)",
               "footer": "Samenwerkingsovereenkomst Waalzicht – ROC Nijmeegse Poort"}


# --------------------------------------------------------------------------------------------
# h114 - beleidsdocument bestuurssecretaris, DOCX, Groene Hart, Z&W kb -> Verzorgende-IG 3
# --------------------------------------------------------------------------------------------

@sample(
    "h114", "h114_bestuurssecretaris_beleidskader_groene_hart", "docx",
    "Beleidsdocument van een bestuurssecretaris met toelichtend deel A en bindend deel B, DOCX; "
    "Groene Hart, Zorg en welzijn kb -> Verzorgende-IG niveau 3; volledig, overdracht met bedrag per "
    "leerling en bestemming; medezeggenschap alleen beschreven in de toelichting.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "B1. Welke leerroute wij samen verzorgen",
     "b": "B2. Zorgaanbieders als mede-opleiders",
     "c": "B3. Het kernteam",
     "d": "B4. Rekenschap door het kernteam",
     "e": "B5. Onderwijs, mensen en middelen",
     "f": "B6. Als de route niet past",
     "g": "B7. Geldstromen tussen de besturen",
     "i": "B8. Meningsverschillen tussen de besturen",
     "j": "B9. Nieuwe partners, wijzigen en beëindigen"},
)
def h114():
    B = [
        ("title", "Zorgroute Groene Hart"),
        ("p", "Beleidskader en samenwerkingsafspraken doorlopende leerroute vmbo-mbo 2025-2029"),
        ("table", [["Documentgegevens", ""],
                   ["Kenmerk", "BB/2025/0417"],
                   ["Opgesteld door", "mr. L. Koster-van Wijk, bestuurssecretaris SVO Groene Hart, in "
                                      "samenwerking met het bestuursbureau van ROC Rijn en Gouwe"],
                   ["Status", "Vastgesteld in het bestuurlijk overleg van 24 juni 2025"],
                   ["Vervangt", "Notitie ‘Pilot zorgroute De Venen’ van 12 september 2022"],
                   ["Evaluatie", "Voorjaar 2027"]]),
        ("h1", "Leeswijzer"),
        ("p", "Dit document bestaat uit twee delen. Deel A schetst waarom de besturen deze route willen, "
              "welke doelen zij stellen en binnen welk wettelijk kader de route valt; deel A is "
              "toelichtend en bindt de besturen niet. Deel B bevat de afspraken die de besturen met "
              "elkaar maken. Deel B geldt als samenwerkingsovereenkomst als bedoeld in artikel 2.107b "
              "van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en "
              "beroepsonderwijs."),

        ("h1", "Deel A – Beleidskader (toelichting)"),
        ("h2", "A1. Aanleiding"),
        ("p", "De regio Groene Hart kampt met een structureel tekort aan verzorgenden. Zorgaanbieders "
              "melden dat vacatures voor verzorgenden-IG gemiddeld langer dan vier maanden openstaan. "
              "Tegelijk kiest een groeiende groep leerlingen van Vmbo De Venen voor het profiel Zorg en "
              "welzijn, maar haakt een deel van hen af in de overgang naar het mbo. Sinds 2022 loopt op "
              "De Venen een kleinschalige pilot met lessen van ROC-docenten. De evaluatie daarvan "
              "(bijlage bij de notitie van 2022) laat zien dat leerlingen gemotiveerder zijn en minder "
              "dubbel leren. De besturen willen de pilot daarom omzetten in een doorlopende leerroute."),
        ("h2", "A2. Doelen"),
        ("bullet", "Leerlingen behalen binnen vier jaar na de start van de route zowel het vmbo-diploma "
                   "als het mbo-diploma."),
        ("bullet", "De uitval in de overgang vmbo-mbo daalt tot onder de 10 procent."),
        ("bullet", "Overlap tussen vmbo- en mbo-stof verdwijnt; de tijd die vrijkomt, gaat naar "
                   "verdieping en praktijk."),
        ("h2", "A3. Wettelijk kader"),
        ("p", "De doorlopende leerroute is geregeld in de artikelen 2.107a tot en met 2.107k WVO 2020 en "
              "in hoofdstuk 9, titel 1, WEB. De route begint in het derde leerjaar van het vmbo; de "
              "eerste twee leerjaren van de route staat de leerling bij de vo-school ingeschreven, "
              "daarna bij de mbo-instelling. Het vmbo-examen moet uiterlijk in het derde leerjaar van de "
              "route zijn afgerond."),
        ("h2", "A4. Medezeggenschap (ter informatie)"),
        ("p", "Voor leerlingen die bij de vo-school staan ingeschreven, hun ouders en het personeel van "
              "de vo-school geldt de Wet medezeggenschap op scholen. Voor studenten die bij het ROC staan "
              "ingeschreven gelden de regels van hoofdstuk 8a WEB, en voor personeel van het ROC de Wet "
              "op de ondernemingsraden. De wet biedt de besturen de ruimte om daarnaast aanvullende "
              "afspraken over de medezeggenschap te maken; besturen kunnen bijvoorbeeld leerlingen in "
              "de vo-fase toegang geven tot de studentenraad."),
        ("h2", "A5. Risico’s"),
        ("p", "De belangrijkste risico’s zijn een te kleine instroom (minder dan twaalf leerlingen per "
              "cohort), het wegvallen van stageplaatsen bij een reorganisatie in de ouderenzorg en het "
              "vertrek van sleutelpersonen. Deel B bevat afspraken die deze risico’s beperken."),

        ("pagebreak",),
        ("h1", "Deel B – Samenwerkingsafspraken"),
        ("p", "De ondergetekenden:"),
        ("bullet", "Stichting Voortgezet Onderwijs Groene Hart (SVO Groene Hart), bevoegd gezag van "
                   "Vmbo De Venen te Alphen aan den Rijn, vertegenwoordigd door drs. M. de Graaf, "
                   "directeur-bestuurder;"),
        ("bullet", "Stichting ROC Rijn en Gouwe, bevoegd gezag van ROC Rijn en Gouwe te Gouda, "
                   "vertegenwoordigd door ir. T. El Amrani, lid van het college van bestuur;"),
        ("p", "hierna samen ‘de besturen’, spreken het volgende af."),

        ("h2", "B1. Welke leerroute wij samen verzorgen"),
        ("p", "B1.1 De besturen verzorgen samen de doorlopende leerroute vmbo-mbo ‘Zorgroute Groene "
              "Hart’. De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg van Vmbo De "
              "Venen, profiel Zorg en welzijn, en leidt naar het vmbo-diploma en naar het mbo-diploma "
              "Verzorgende-IG (niveau 3, opleidingsdomein Zorg en welzijn) van ROC Rijn en Gouwe, in "
              "de beroepsopleidende leerweg."),
        ("p", "B1.2 In route-jaar 1 en 2 staat de leerling ingeschreven bij Vmbo De Venen, vanaf "
              "route-jaar 3 bij ROC Rijn en Gouwe. Het centraal examen vmbo wordt in route-jaar 2 "
              "afgenomen; een herkansing of uitgesteld examen kan in route-jaar 3."),
        ("p", "B1.3 Beide besturen registreren de route in het Register Instellingen en Opleidingen."),

        ("h2", "B2. Zorgaanbieders als mede-opleiders"),
        ("p", "B2.1 Zorggroep Rijnhoven (ouderenzorg), Thuiszorg Hollandse Plassen en Stichting Het "
              "Weidehuis (gehandicaptenzorg) doen mee in de route op grond van een praktijkovereenkomst "
              "met ROC Rijn en Gouwe. Zij:"),
        ("bullet", "ontvangen iedere leerling in route-jaar 1 en 2 voor twee meeloopweken per jaar;"),
        ("bullet", "bieden vanaf route-jaar 3 plaatsen voor de beroepspraktijkvorming als erkend "
                   "leerbedrijf;"),
        ("bullet", "leveren praktijkopleiders die samen met de docenten de praktijkexamens beoordelen;"),
        ("bullet", "vaardigen elk één vertegenwoordiger af in de werkveldraad Zorgroute, die tweemaal per "
                   "jaar bijeenkomt, het programma naast de actuele zorgpraktijk legt en het kernteam "
                   "schriftelijk adviseert over aanpassingen."),
        ("p", "B2.2 ROC Rijn en Gouwe zorgt voor de erkenning van de leerbedrijven door SBB en nodigt "
              "nieuwe zorgaanbieders in de regio uit om aan te sluiten."),

        ("h2", "B3. Het kernteam"),
        ("p", "B3.1 De route wordt geleid door een kernteam van drie personen: de afdelingsleider "
              "bovenbouw van Vmbo De Venen, de teamleider Verzorgende-IG van ROC Rijn en Gouwe en een "
              "routecoördinator (0,4 fte)."),
        ("p", "B3.2 De directeur-bestuurder van SVO Groene Hart wijst de afdelingsleider aan, het college "
              "van bestuur van ROC Rijn en Gouwe de teamleider. De routecoördinator wordt door beide "
              "besturen samen benoemd voor drie schooljaren, na een voordracht van de andere twee "
              "kernteamleden. Een aanwijzing of benoeming wordt schriftelijk bevestigd."),
        ("p", "B3.3 De besturen belasten het kernteam met: het opstellen van het routeplan per leerjaar "
              "(zie B5.2); het rooster en de afstemming tussen beide locaties; de intake en plaatsing van "
              "leerlingen; de contacten met de zorgaanbieders en de werkveldraad; het voeren van de "
              "overstapgesprekken (zie B6)."),
        ("p", "B3.4 Het kernteam beslist zelfstandig over roostering, de inzet van de beschikbare "
              "docenturen binnen de route, de toelating van leerlingen en uitgaven tot € 2.500 per "
              "post binnen het routebudget. Over personeelsbeleid, het routebudget zelf en wijziging "
              "van deze afspraken beslissen de besturen."),

        ("h2", "B4. Rekenschap door het kernteam"),
        ("p", "B4.1 Elk kwartaal stuurt het kernteam beide besturen een voortgangsnotitie van ten "
              "hoogste twee pagina’s met de leerlingaantallen, verzuim, uitval en bijzonderheden."),
        ("p", "B4.2 Vóór 1 juli van elk jaar legt het kernteam een jaarverantwoording voor over "
              "onderwijs, resultaten en de besteding van het routebudget. Die jaarverantwoording wordt "
              "besproken in het bestuurlijk overleg van juli, waarin de besturen het kernteam decharge "
              "verlenen."),
        ("p", "B4.3 Vraagt een bestuur tussentijds om informatie, dan levert het kernteam die binnen twee "
              "weken."),

        ("h2", "B5. Onderwijs, mensen en middelen"),
        ("p", "B5.1 In route-jaar 1 en 2 krijgen de leerlingen les op Vmbo De Venen in Alphen aan den "
              "Rijn en twee dagdelen per week in het skills lab van ROC Rijn en Gouwe, locatie Alphen. "
              "Vanaf route-jaar 3 volgen zij het onderwijs op de ROC-locatie Gouda en bij de "
              "leerbedrijven."),
        ("p", "B5.2 Het kernteam beschrijft voor de hele route in een routeplan per leerjaar welke "
              "onderdelen vmbo, mbo of gecombineerd zijn, hoe en wanneer er wordt getoetst en wanneer de "
              "beroepspraktijkvorming plaatsvindt. Het routeplan omvat het PTA van De Venen en de OER "
              "van het ROC en wordt jaarlijks vóór 1 juni door beide besturen, elk voor het eigen deel, "
              "vastgesteld."),
        ("p", "B5.3 Vmbo De Venen zet drie docenten in (Nederlands, biologie/zorg en praktijk Zorg en "
              "welzijn). ROC Rijn en Gouwe zet twee verpleegkundig docenten in, die in route-jaar 1 en 2 "
              "elk vier lesuren per week op De Venen verzorgen. Samen vormen zij één routeteam. Voor het "
              "praktijkonderdeel ‘Zorg in de wijk’ werkt het routeteam met teambevoegdheid; voor elk "
              "programmaonderdeel is ten minste één bevoegde docent betrokken. Iedere docent blijft in "
              "dienst van het eigen bestuur."),
        ("p", "B5.4 ROC Rijn en Gouwe stelt het skills lab (bedden, tilliften, oefenpoppen en "
              "verpleegmateriaal) en de mediatheek open voor de leerlingen in de vo-fase; zij krijgen "
              "daarvoor een ROC-pas. Vmbo De Venen stelt het praktijklokaal Zorg en welzijn en de "
              "leskeuken beschikbaar voor lessen van ROC-docenten."),
        ("p", "B5.5 De Venen is verantwoordelijk voor het vmbo-deel en het vmbo-examen, het ROC voor het "
              "mbo-deel, de beroepspraktijkvorming en de mbo-examinering. De klachtenregeling van elk "
              "bestuur geldt ook voor gedragingen van medewerkers van het andere bestuur binnen de "
              "route."),

        ("h2", "B6. Als de route niet past"),
        ("p", "B6.1 Een leerling die stopt met de route, krijgt altijd een vervolg dat leidt naar een "
              "diploma:"),
        ("bullet", "stopt de leerling in route-jaar 1 of 2, dan gaat hij verder in de reguliere "
                   "kaderberoepsgerichte leerweg van De Venen, in Zorg en welzijn of een ander profiel, "
                   "op weg naar het vmbo-diploma;"),
        ("bullet", "heeft de leerling aan het eind van route-jaar 3 geen vmbo-diploma, dan kan hij het "
                   "examen op De Venen opnieuw doen, of zonder vmbo-diploma instromen in de opleiding "
                   "Helpende Zorg en welzijn (niveau 2) of, als de behaalde mbo-onderdelen dat "
                   "toelaten, doorgaan in Verzorgende-IG; het ROC stelt dan geen vooropleidingseisen;"),
        ("bullet", "wil de leerling een andere richting, dan biedt het ROC een opleiding op hetzelfde "
                   "niveau aan, bijvoorbeeld Pedagogisch medewerker of Sport en bewegen, of helpt het "
                   "kernteam bij een overstap naar een andere instelling, die na een "
                   "geschiktheidsonderzoek kan toelaten."),
        ("p", "B6.2 Welke weg past, bepalen Vmbo De Venen en ROC Rijn en Gouwe samen in een "
              "overstapgesprek met de leerling en zijn ouders. Zij kijken daarbij naar wat de leerling "
              "al heeft bereikt en naar zijn leeftijd. Het kernteam legt dit gezamenlijke oordeel vast "
              "in een overstapplan."),
        ("p", "B6.3 De schoolgids van De Venen en de studiegids van het ROC beschrijven deze werkwijze."),

        ("h2", "B7. Geldstromen tussen de besturen"),
        ("p", "B7.1 SVO Groene Hart draagt op grond van artikel 5.42a WVO 2020 voor iedere leerling in "
              "route-jaar 1 en 2 jaarlijks € 950 over aan ROC Rijn en Gouwe. Het bedrag is uitsluitend "
              "bestemd voor de inzet van de ROC-docenten in de vo-fase en het gebruik van het skills "
              "lab."),
        ("p", "B7.2 Het aantal leerlingen op 1 oktober is bepalend. Betaling vindt plaats in twee "
              "termijnen, op 1 december en op 1 mei. ROC Rijn en Gouwe draagt geen bekostiging over aan "
              "SVO Groene Hart."),

        ("h2", "B8. Meningsverschillen tussen de besturen"),
        ("p", "B8.1 Verschillen van inzicht over de uitvoering van deze afspraken bespreekt eerst het "
              "kernteam. Lukt het daar niet, dan legt het kernteam de kwestie binnen twee weken voor aan "
              "de directeur-bestuurder van SVO Groene Hart en het lid van het college van bestuur van ROC "
              "Rijn en Gouwe."),
        ("p", "B8.2 Zijn die het na zes weken nog niet eens, dan vragen zij bindend advies aan een "
              "onafhankelijke deskundige die zij samen kiezen en wiens kosten zij delen. Kunnen zij het "
              "over die deskundige niet eens worden, dan staat de weg naar de bevoegde rechter open."),

        ("h2", "B9. Nieuwe partners, wijzigen en beëindigen"),
        ("p", "B9.1 Een ander schoolbestuur of een andere mbo-instelling kan zich bij deze afspraken "
              "aansluiten als beide besturen daar schriftelijk mee instemmen en de nieuwe partner alle "
              "afspraken in deel B aanvaardt. Aansluiting gaat in op 1 augustus, zodat leerlingen die al "
              "in de route zitten er geen nadeel van ondervinden."),
        ("p", "B9.2 Deze afspraken worden alleen gewijzigd met schriftelijke instemming van beide "
              "besturen. Een wijziging geldt vanaf het volgende schooljaar; leerlingen die al in de route "
              "zitten, houden het programma waarmee zij zijn begonnen."),
        ("p", "B9.3 Elk bestuur kan de samenwerking opzeggen tegen het einde van een schooljaar, met een "
              "opzegtermijn van een jaar. Bij een ernstige tekortkoming die na schriftelijke aanmaning "
              "niet binnen twee maanden is verholpen, kan een bestuur de samenwerking ontbinden. Na "
              "opzegging of ontbinding stromen geen nieuwe leerlingen meer in; leerlingen die al "
              "begonnen zijn, maken de route af en de afspraken in B5 en B6 blijven voor hen gelden."),

        ("h2", "B10. Looptijd en ondertekening"),
        ("p", "Deel B geldt van 1 augustus 2025 tot en met 31 juli 2029 en wordt daarna telkens "
              "stilzwijgend met vier jaar verlengd, tenzij een bestuur volgens B9.3 opzegt."),
        ("p", "Alphen aan den Rijn / Gouda, 30 juni 2025"),
        ("table", [["SVO Groene Hart", "ROC Rijn en Gouwe"],
                   ["drs. M. de Graaf, directeur-bestuurder", "ir. T. El Amrani, lid college van bestuur"],
                   ["", ""]]),
    ]
    return B, {"title": "Beleidskader en samenwerkingsafspraken Zorgroute Groene Hart",
               "author": "L. Koster-van Wijk",
               "header": "SVO Groene Hart – ROC Rijn en Gouwe | Zorgroute Groene Hart | BB/2025/0417"}


# --------------------------------------------------------------------------------------------
# h115 - routeboekje docent-coordinator, TXT, Kop van Overijssel, PIE bb -> Monteur elektro 2
# --------------------------------------------------------------------------------------------

@sample(
    "h115", "h115_routeboekje_coordinator_kop_van_overijssel", "txt",
    "Routeboekje in de jij-vorm van een docent-routecoördinator, dat tevens als overeenkomst is "
    "vastgesteld, TXT; Kop van Overijssel, PIE bb -> Monteur elektrotechnische installaties niveau 2; "
    "leiding zonder wijze van aanwijzing, verantwoording alleen 'op de hoogte houden', over geld niets.",
    {"a": "present", "b": "present", "c": "weak", "d": "weak", "e": "present",
     "f": "present", "g": "missing", "h": "present", "i": "present", "j": "present"},
    {"a": "3. Welke route is het precies?",
     "b": "5. Wat doen de installatiebedrijven?",
     "e": "6. Hoe ziet het onderwijs eruit?",
     "f": "7. En als het niet lukt of je wilt iets anders?",
     "h": "8. Meepraten",
     "i": "9. Als de scholen het oneens zijn",
     "j": "10. Een nieuwe school erbij, iets veranderen of stoppen"},
)
def h115():
    return """
ROUTEBOEKJE INSTALLATIEROUTE KOP VAN OVERIJSSEL
Vakcollege De Aa-Kolk (Steenwijk) en ROC Zwartewater (Meppel)
Schooljaar 2025-2026 en verder

Geschreven door Jeroen Mulder, docent PIE en routecoördinator, met hulp van Anouk Dijkstra (ROC
Zwartewater). Vastgesteld door beide besturen als samenwerkingsovereenkomst; zie de laatste bladzijde.

------------------------------------------------------------------------------------------------
1. Waarom dit boekje?
------------------------------------------------------------------------------------------------

Dit boekje is voor iedereen die met de installatieroute te maken heeft: collega's van beide scholen,
leerlingen, ouders en de bedrijven die meedoen. We hebben geprobeerd alles zo op te schrijven dat
je het in één keer snapt. Waar "je" staat, bedoelen we de leerling. Waar "we" staat, bedoelen we de
twee scholen samen.

De besturen van beide scholen hebben afgesproken dat dit boekje ook de samenwerkingsovereenkomst is
die de wet voor een doorlopende leerroute vmbo-mbo vraagt. Wat hier staat, geldt dus echt.

------------------------------------------------------------------------------------------------
2. Wie doen er mee?
------------------------------------------------------------------------------------------------

- Stichting VO Kop van Overijssel, het bestuur van Vakcollege De Aa-Kolk in Steenwijk (hieronder
  "De Aa-Kolk");
- Stichting ROC Zwartewater, het bestuur van ROC Zwartewater in Meppel (hieronder "het ROC");
- en een groep installatiebedrijven uit de regio (zie hoofdstuk 5).

------------------------------------------------------------------------------------------------
3. Welke route is het precies?
------------------------------------------------------------------------------------------------

Je start in leerjaar 3 van de basisberoepsgerichte leerweg van De Aa-Kolk, in het profiel
Produceren, installeren en energie (PIE). Vanaf dat moment zit je in de route. Na vier jaar heb je
twee diploma's:

- het vmbo-diploma basisberoepsgerichte leerweg, profiel PIE;
- het mbo-diploma Monteur elektrotechnische installaties in de gebouwde omgeving, niveau 2, van
  het ROC (opleidingsdomein Installatie en energie, beroepsopleidende leerweg).

Route-jaar 1 en 2 ben je leerling van De Aa-Kolk. Route-jaar 3 en 4 ben je student van het ROC.
Je vmbo-examen doe je aan het eind van route-jaar 2. Lukt dat niet helemaal, dan mag je in
route-jaar 3 herkansen. Beide scholen melden de route bij DUO aan (RIO).

------------------------------------------------------------------------------------------------
4. Wie regelt wat?
------------------------------------------------------------------------------------------------

Het routeteam bestaat uit twee mensen: ik, Jeroen Mulder (routecoördinator bij De Aa-Kolk), en
Anouk Dijkstra (opleidingscoördinator installatietechniek bij het ROC).

Wij zorgen samen voor:
- het rooster en de afstemming tussen de twee scholen;
- de routekaart per leerjaar (het gezamenlijke PTA en OER);
- de intakegesprekken in leerjaar 2 en de plaatsing in de route;
- het contact met de installatiebedrijven;
- de gesprekken als een leerling wil stoppen of overstappen (hoofdstuk 7).

Wij mogen zelf beslissen over de indeling van de praktijkdagen, over welke leerling bij welk bedrijf
zijn beroepspraktijkvorming doet en over de verdeling van de zes ROC-lesuren per week in route-jaar
1 en 2. Beslissingen over personeel en over de afspraken in dit boekje zelf leggen we voor aan de
directeuren van beide scholen.

We houden de directies van beide scholen op de hoogte van hoe het gaat met de route en met de
leerlingen.

------------------------------------------------------------------------------------------------
5. Wat doen de installatiebedrijven?
------------------------------------------------------------------------------------------------

Deze bedrijven doen mee: Installatiebedrijf Kuiper & Zn. (Steenwijk), Elektro Bakker (Giethoorn),
Klimaattechniek Oosterveld (Wolvega) en Lokhorst Installatiegroep (Meppel). De regionale afdeling
van Techniek Nederland helpt ons nieuwe bedrijven te vinden.

Wat ze doen:
- In route-jaar 1 ga je met je klas op bezoek bij elk van de vier bedrijven.
- Elk bedrijf bedenkt per jaar één praktijkopdracht, bijvoorbeeld het aanleggen van een
  groepenkast of een zonnepaneelinstallatie op het dak van de techniekhal. Iemand van het bedrijf
  komt de opdracht uitleggen en beoordeelt mee.
- Vanaf route-jaar 3 doe je je beroepspraktijkvorming (twee dagen per week) bij een van de
  bedrijven. Ze zijn allemaal erkend leerbedrijf bij SBB.
- Een monteur van het bedrijf zit bij je praktijkexamen als beoordelaar.
- Eén keer per jaar, op de Tech-avond in maart, praten de bedrijven met het routeteam over het
  programma. Wat daar naar voren komt, verwerken we in de routekaart van het jaar daarna.

------------------------------------------------------------------------------------------------
6. Hoe ziet het onderwijs eruit?
------------------------------------------------------------------------------------------------

Waar krijg je les?
- Route-jaar 1 en 2: vier dagen op De Aa-Kolk in Steenwijk, één dag (woensdag) in de installatiehal
  van het ROC in Meppel.
- Route-jaar 3 en 4: drie dagen op het ROC, twee dagen bij je leerbedrijf.

Wat leer je wanneer?
  Route-jaar 1  PIE-profielvakken, Nederlands, Engels, rekenen; eerste mbo-onderdeel
                "Veilig werken in de installatietechniek" (met VCA-basis).
  Route-jaar 2  vmbo-examen (CE en praktijkexamen PIE); mbo-onderdelen
                "Installeren in de woning" en "Meten en storing zoeken".
  Route-jaar 3  mbo-programma Monteur, start beroepspraktijkvorming.
  Route-jaar 4  mbo-programma, proeve van bekwaamheid, diploma.
De precieze toetsen en examens staan in de routekaart (gezamenlijk PTA en OER), die de besturen elk
jaar vóór 1 juni vaststellen. Daarin staat per onderdeel of het vmbo, mbo of allebei is.

Wie geeft er les?
- De Aa-Kolk zet twee PIE-docenten in en de docenten voor de algemene vakken.
- Het ROC zet een docent elektrotechniek in die in route-jaar 1 en 2 zes lesuren per week op De
  Aa-Kolk lesgeeft, en een instructeur in de installatiehal op woensdag.
- Voor het onderdeel "Installeren in de woning" werken de docenten van beide scholen als één team
  (teambevoegdheid). Voor elk onderdeel is er altijd een bevoegde docent bij.
- Iedereen blijft in dienst van zijn eigen school.

Welke ruimtes en spullen?
- Het ROC laat de leerlingen op woensdag werken in de installatiehal met de drie proefwoningen en
  het gereedschap dat daar staat.
- De Aa-Kolk stelt haar techniekhal en de lasruimte open voor de ROC-docent.
- Leerlingen in route-jaar 1 en 2 mogen de mediatheek en de werkplekken van het ROC gebruiken.

Wie is waarvoor verantwoordelijk?
De Aa-Kolk is verantwoordelijk voor het vmbo-deel en het vmbo-examen, het ROC voor het mbo-deel, de
beroepspraktijkvorming en het mbo-examen. Heb je een klacht over een docent van de andere school,
dan kun je die gewoon bij je eigen school indienen; de scholen handelen de klacht samen af.

------------------------------------------------------------------------------------------------
7. En als het niet lukt of je wilt iets anders?
------------------------------------------------------------------------------------------------

Iedereen die uit de route stapt, krijgt een plek waar hij een diploma kan halen. Dat hebben we zo
afgesproken:

- Stop je in route-jaar 1 of 2? Dan ga je verder in de gewone basisberoepsgerichte leerweg van De
  Aa-Kolk, in PIE of een ander profiel, en haal je daar je vmbo-diploma. Wat je al hebt gehaald,
  blijft staan.
- Heb je aan het eind van route-jaar 3 je vmbo-diploma nog niet? Dan kun je zonder vmbo-diploma
  verder met een andere opleiding op niveau 2 bij het ROC, of doorgaan als Monteur als je
  mbo-resultaten goed genoeg zijn. Het ROC stelt dan geen vooropleidingseisen. Je kunt ook een jaar
  extra nemen om het vmbo-examen te halen.
- Past installatietechniek toch niet bij je? Dan kijken we naar een andere niveau 2-opleiding,
  bijvoorbeeld Medewerker fietstechniek of Logistiek medewerker bij het ROC, of naar een opleiding
  bij een andere school in de buurt. Die school mag je dan toelaten na een onderzoek of de
  opleiding bij je past.

Wie beslist? Dat beslissen De Aa-Kolk en het ROC samen, na een gesprek met jou en je ouders. We
kijken naar wat je al kunt en hebt gehaald en naar je leeftijd. De afspraken schrijven we op in
een overstapplan. In de schoolgids van De Aa-Kolk staat dit ook.

------------------------------------------------------------------------------------------------
8. Meepraten
------------------------------------------------------------------------------------------------

De besturen spreken af dat de leerlingen van de route elk jaar één klasgenoot kiezen die namens
de route meedoet aan de vergaderingen van de studentenraad van het ROC, ook als hij nog bij De
Aa-Kolk staat ingeschreven. Die leerling heeft daar een adviserende stem. Daarnaast krijgen de
medezeggenschapsraad van De Aa-Kolk en de studentenraad van het ROC elk jaar de nieuwe routekaart
te zien voordat die wordt vastgesteld, zodat ze er advies over kunnen geven.

------------------------------------------------------------------------------------------------
9. Als de scholen het oneens zijn
------------------------------------------------------------------------------------------------

Soms zijn de scholen het niet eens over hoe de afspraken in dit boekje moeten worden uitgevoerd.
Dan gaat het zo:
  stap 1  het routeteam probeert het op te lossen;
  stap 2  lukt dat niet binnen twee weken, dan praten de twee directeuren erover;
  stap 3  lukt dat niet binnen vier weken, dan gaat het naar de besturen;
  stap 4  komen de besturen er in zes weken niet uit, dan schakelen ze samen een mediator in;
  stap 5  helpt ook dat niet, dan beslist de rechtbank Overijssel.

------------------------------------------------------------------------------------------------
10. Een nieuwe school erbij, iets veranderen of stoppen
------------------------------------------------------------------------------------------------

Een nieuwe school erbij: een andere vmbo-school of mbo-school uit de regio kan meedoen als beide
besturen dat schriftelijk goedvinden en de nieuwe school alle afspraken in dit boekje overneemt.
Een nieuwe school kan alleen instappen aan het begin van een schooljaar. Voor leerlingen die al in
de route zitten, verandert er dan niets.

Iets veranderen: de afspraken in dit boekje veranderen alleen als beide besturen daar schriftelijk
mee instemmen. Een verandering gaat in bij het begin van het volgende schooljaar. Leerlingen die al
in de route zitten, maken hun route af zoals die was toen ze begonnen, tenzij de verandering
voor hen gunstig is.

Stoppen: een bestuur kan de samenwerking opzeggen tegen 1 augustus, met een opzegtermijn van een
vol schooljaar. Houdt een school zich ernstig niet aan de afspraken en herstelt ze dat niet binnen
twee maanden nadat de andere school haar daarop schriftelijk heeft gewezen, dan mag de andere
school de samenwerking beëindigen. Na opzeggen of beëindigen starten er geen nieuwe leerlingen
meer. Wie al in de route zit, maakt die af; de scholen blijven daarvoor samenwerken volgens dit
boekje.

------------------------------------------------------------------------------------------------
Vastgesteld
------------------------------------------------------------------------------------------------

De besturen van Stichting VO Kop van Overijssel en Stichting ROC Zwartewater stellen dit routeboekje
vast als hun samenwerkingsovereenkomst voor de doorlopende leerroute vmbo-mbo installatietechniek.
Het geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

Steenwijk, 30 juni 2025

Stichting VO Kop van Overijssel              Stichting ROC Zwartewater
G.J. Hoekstra, bestuurder                    drs. R. Veldkamp, voorzitter college van bestuur
"""


# --------------------------------------------------------------------------------------------
# h116 - afsprakenmatrix School doet | ROC doet | Samen, DOCX, Weerterland, HBR kb -> kok 3
# --------------------------------------------------------------------------------------------

@sample(
    "h116", "h116_afsprakenmatrix_weerterland", "docx",
    "Afsprakenmatrix met kolommen 'School doet | ROC doet | Samen' als kern van de overeenkomst, DOCX; "
    "Weerterland, HBR kb -> Zelfstandig werkend kok niveau 3; volledig, overdracht met bedrag en "
    "bestemming, extra plaats in studentenraad.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Route, profiel en diploma",
     "b": "Horecaondernemers en leerbedrijven",
     "c": "Routeleiding",
     "d": "Informatie en verantwoording aan de besturen",
     "e": "Locatie, programma en examens",
     "f": "Overstappen uit de route",
     "g": "Geld tussen de besturen",
     "h": "Medezeggenschap",
     "i": "Als we het oneens zijn",
     "j": "Instappen, aanpassen, stoppen"},
)
def h116():
    H = ["Onderwerp", "School doet", "ROC doet", "Samen"]
    rows = [
        H,
        ["Route, profiel en diploma",
         "Biedt vanaf leerjaar 3 de kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie "
         "(HBR), aan als doorlopende route. Neemt het vmbo-examen af; het centraal examen valt in "
         "route-jaar 2.",
         "Leidt op tot het diploma Zelfstandig werkend kok (niveau 3, opleidingsdomein Horeca en "
         "bakkerij), BOL. Schrijft de leerling in vanaf route-jaar 3.",
         "De route duurt vier jaar. Beide besturen melden de route in RIO."],
        ["Horecaondernemers en leerbedrijven",
         "Organiseert in route-jaar 1 drie snuffeldagen bij de deelnemende bedrijven.",
         "Sluit de bpv-overeenkomsten met de erkende leerbedrijven Hotel-Restaurant De Kempenpoort "
         "(Weert), Brasserie Bocholterhof (Bocholt) en Partycentrum Hoeven (Nederweert) en zoekt via "
         "SBB extra plaatsen.",
         "Vormen met vier koks/ondernemers van deze bedrijven en de afdeling Weert van Koninklijke "
         "Horeca Nederland het Horecapanel. Het panel komt drie keer per jaar bijeen, proeft en "
         "beoordeelt de menukaart van het leerrestaurant, adviseert over het programma en levert "
         "juryleden voor de proeve van bekwaamheid."],
        ["Routeleiding",
         "Het college van bestuur wijst de teamleider kader aan als lid van de routeleiding.",
         "Het college van bestuur wijst de opleidingsmanager Horeca aan als lid van de routeleiding.",
         "Beide besturen benoemen samen, op voordracht van de twee leden, een routecoördinator voor "
         "twee schooljaren; die is het derde lid. De routeleiding stelt het routeplan op, regelt rooster "
         "en toelating, verdeelt de lesuren binnen de route en beslist over uitgaven uit het routebudget "
         "tot € 3.000. Personeelsbesluiten en wijziging van deze matrix blijven bij de besturen."],
        ["Informatie en verantwoording aan de besturen",
         "Levert vóór 1 juli de cijfers over de vo-fase aan de routeleiding.",
         "Levert vóór 1 juli de cijfers over de mbo-fase aan de routeleiding.",
         "De routeleiding stuurt in januari een tussenrapportage en in september een jaarrapportage "
         "(in-, door- en uitstroom, examenresultaten, besteding routebudget) aan beide besturen en "
         "verantwoordt zich daarover in het bestuurlijk overleg van oktober. Bijzonderheden meldt zij "
         "direct."],
        ["Locatie, programma en examens",
         "Vo-fase (route-jaar 1 en 2): onderwijs in het schoolgebouw aan de Beekstraat in Weert, "
         "met één dag per week op de horecacampus van het ROC.",
         "Mbo-fase (route-jaar 3 en 4): onderwijs op de horecacampus en in de leerbedrijven.",
         "Het routeplan beschrijft per leerjaar het programma, de toetsen en examens en de bpv, met per "
         "onderdeel of het vmbo, mbo of beide is (gezamenlijk PTA/OER). Beide besturen stellen het "
         "vóór 1 juni vast."],
        ["Docenten en instructeurs",
         "Zet twee HBR-docenten en de docenten algemene vakken in. Een HBR-docent geeft in route-jaar 2 "
         "ook les in het leerrestaurant.",
         "Zet twee koksdocenten in, die in de vo-fase acht lesuren per week op de school lesgeven, en "
         "een praktijkinstructeur.",
         "Eén docententeam; voor het onderdeel ‘Bereiden van gerechten’ wordt gewerkt met "
         "teambevoegdheid, met steeds een bevoegde docent per onderdeel. Iedere docent blijft in dienst "
         "van de eigen werkgever."],
        ["Ruimtes en materiaal",
         "Stelt de praktijkkeuken en de bedieningsruimte beschikbaar voor lessen van ROC-docenten.",
         "Stelt het leerrestaurant ‘Smaakmakers’, de banketbakkerij en de koelcel open voor "
         "route-leerlingen; geeft in route-jaar 1 een koksbuis en messenset in bruikleen.",
         "Plannen het gebruik van de ruimtes per semester in één rooster."],
        ["Overstappen uit de route",
         "Laat een leerling die in route-jaar 1 of 2 stopt, verdergaan in de reguliere "
         "kaderberoepsgerichte leerweg, in HBR of een ander profiel, op weg naar het vmbo-diploma.",
         "Laat een leerling zonder vmbo-diploma zonder vooropleidingseisen toe tot een andere "
         "opleiding op niveau 2 of 3, zoals Gastheer/gastvrouw of Zelfstandig werkend gastheer/"
         "gastvrouw; helpt bij een overstap naar een andere instelling, die na een "
         "geschiktheidsonderzoek kan toelaten.",
         "Beslissen samen, in een overstapgesprek met de leerling en zijn ouders, welk vervolg past bij "
         "het bereikte niveau en de leeftijd van de leerling. Het besluit staat in een overstapplan; "
         "de werkwijze staat in de schoolgids."],
        ["Geld tussen de besturen",
         "Draagt op grond van artikel 5.42a WVO 2020 per leerling in route-jaar 1 en 2 € 1.200 per "
         "schooljaar over aan het ROC (peildatum 1 oktober, betaling vóór 1 december).",
         "Besteedt dit bedrag aan de inzet van de koksdocenten in de vo-fase en aan grondstoffen voor "
         "de praktijklessen in het leerrestaurant; verantwoordt de besteding in de jaarrapportage.",
         "Verder geen overdracht van bekostiging; ieder draagt de eigen kosten."],
        ["Medezeggenschap",
         "Legt het vo-deel van het routeplan jaarlijks voor advies voor aan de medezeggenschapsraad.",
         "De studentenraad houdt één plaats met adviserende stem vrij voor een route-leerling uit de "
         "vo-fase.",
         "Organiseren elk voorjaar een gezamenlijke bijeenkomst van de leerlinggeleding van de MR en "
         "de studentenraad over de route."],
        ["Als we het oneens zijn",
         "Brengt een meningsverschil over de uitvoering van deze afspraken in bij de routeleiding.",
         "Idem.",
         "Lost de routeleiding het niet binnen vier weken op, dan overleggen de besturen. Lukt dat "
         "binnen zes weken niet, dan volgt mediation door een gezamenlijk gekozen mediator. Blijft het "
         "geschil bestaan, dan beslist de rechtbank Limburg."],
        ["Instappen, aanpassen, stoppen",
         "Meldt een wijziging van de route in RIO.",
         "Meldt een wijziging van de route in RIO.",
         "Een andere school of mbo-instelling kan aansluiten met schriftelijk akkoord van beide "
         "besturen, als zij deze matrix onderschrijft, per 1 augustus. Wijzigen gebeurt schriftelijk "
         "door beide besturen en gaat in per het volgende schooljaar, niet ten nadele van leerlingen "
         "die al in de route zitten. Opzeggen kan per 31 juli met twaalf maanden opzegtermijn; bij een "
         "ernstige tekortkoming die na schriftelijke aanmaning niet binnen twee maanden is hersteld, "
         "kan een bestuur de samenwerking ontbinden. Daarna geen nieuwe instroom; lopende leerlingen "
         "maken de route af."],
    ]
    B = [
        ("title", "Afsprakenmatrix doorlopende leerroute Horeca Weerterland"),
        ("p", "Samenwerkingsovereenkomst tussen Stichting Voortgezet Onderwijs Weerterland, bevoegd "
              "gezag van Het Kwartiercollege (vmbo) te Weert, hierna ‘School’, en Stichting ROC "
              "Limburg-West, bevoegd gezag van ROC Limburg-West te Weert, hierna ‘ROC’."),
        ("p", "Wij hebben onze afspraken bewust in één tabel gezet: per onderwerp staat wat de school "
              "doet, wat het ROC doet en wat we samen doen. Alles wat in de tabel staat, is een "
              "afspraak tussen de besturen."),
        ("table", rows),
        ("h2", "Looptijd"),
        ("p", "Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("h2", "Ondertekening"),
        ("p", "Weert, 30 juni 2025"),
        ("p", "Namens Stichting Voortgezet Onderwijs Weerterland: drs. W.M. Coenen, voorzitter college "
              "van bestuur"),
        ("p", "Namens Stichting ROC Limburg-West: E. Smeets MBA, voorzitter college van bestuur"),
    ]
    return B, {"title": "Afsprakenmatrix doorlopende leerroute Horeca Weerterland",
               "author": "Routeleiding Horeca Weerterland", "bold_first_col": True,
               "footer": "Afsprakenmatrix Horecaroute – versie juni 2025"}


# --------------------------------------------------------------------------------------------
# h117 - PDF met versietabel en kopregels, Drentsche Aa, M&T kb -> Eerste autotechnicus 3
# --------------------------------------------------------------------------------------------

@sample(
    "h117", "h117_versietabel_kopregels_drentsche_aa", "pdf",
    "Projectmatig document met versietabel, verspreidingslijst, inhoudsopgave en lopende kopregels, "
    "PDF; Drentsche Aa, Mobiliteit en transport kb -> Eerste autotechnicus niveau 3; overstapopties "
    "zonder wie beslist, medezeggenschap als PM-placeholder.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "weak", "g": "present", "h": "weak", "i": "present", "j": "present"},
    {"a": "2. De route",
     "b": "3. Samenwerking met het werkveld",
     "c": "4. Stuurgroep en routemanager",
     "d": "5. Rapportage aan de besturen",
     "e": "6. Onderwijskundige en organisatorische inrichting",
     "g": "9. Financiële afspraken",
     "i": "10. Geschillen",
     "j": "11. Toetreding, wijziging en beëindiging"},
)
def h117():
    B = [
        ("title", "Samenwerkingsovereenkomst Autoroute Drentsche Aa"),
        ("subtitle", "doorlopende leerroute vmbo-mbo Mobiliteit en transport – Eerste autotechnicus"),
        ("h2", "Versiebeheer"),
        ("table", [["Versie", "Datum", "Auteur", "Wijziging"],
                   ["0.1", "14-01-2025", "P. Huisman (projectleider)", "Eerste opzet op basis van het "
                    "landelijke format"],
                   ["0.4", "03-03-2025", "P. Huisman, K. Bos", "Reacties werkgroep verwerkt; hoofdstuk 7 "
                    "toegevoegd"],
                   ["1.0", "15-04-2025", "Stuurgroep", "Versie voor advies MR en studentenraad"],
                   ["1.2", "02-06-2025", "P. Huisman", "Hoofdstuk 9 aangepast; hoofdstuk 8 aangehouden"],
                   ["1.3", "30-06-2025", "Besturen", "Vastgestelde versie"]],
         [16, 24, 42, 84]),
        ("h2", "Verspreiding"),
        ("p", "College van bestuur Stichting Voortgezet Onderwijs Drentsche Aa; college van bestuur "
              "Stichting ROC Hondsrug; stuurgroep Autoroute; routemanager; werkveldtafel Mobiliteit."),
        ("h2", "Inhoud"),
        ("p", "1. Partijen en doel"), ("p", "2. De route"), ("p", "3. Samenwerking met het werkveld"),
        ("p", "4. Stuurgroep en routemanager"), ("p", "5. Rapportage aan de besturen"),
        ("p", "6. Onderwijskundige en organisatorische inrichting"), ("p", "7. Overstapmogelijkheden"),
        ("p", "8. Medezeggenschap"), ("p", "9. Financiële afspraken"), ("p", "10. Geschillen"),
        ("p", "11. Toetreding, wijziging en beëindiging"), ("p", "12. Ondertekening"),
        ("pagebreak",),

        ("h1", "1. Partijen en doel"),
        ("p", "1.1 Deze overeenkomst wordt gesloten tussen Stichting Voortgezet Onderwijs Drentsche Aa, "
              "bevoegd gezag van Vmbo Het Loon te Assen (hierna: Het Loon), en Stichting ROC Hondsrug, "
              "bevoegd gezag van ROC Hondsrug te Assen en Emmen (hierna: het ROC), samen: partijen."),
        ("p", "1.2 Partijen verzorgen op grond van deze overeenkomst gezamenlijk een doorlopende "
              "leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB, met als "
              "doel meer jongeren in kortere tijd en zonder breuk naar een diploma in de autotechniek te "
              "brengen."),

        ("h1", "2. De route"),
        ("p", "2.1 De route start in leerjaar 3 van de kaderberoepsgerichte leerweg van Het Loon, "
              "profiel Mobiliteit en transport, en leidt naar het vmbo-diploma kaderberoepsgerichte "
              "leerweg en het mbo-diploma Eerste autotechnicus (niveau 3, opleidingsdomein Mobiliteit en "
              "voertuigen) van het ROC, beroepsopleidende leerweg."),
        ("p", "2.2 Route-jaar 1 en 2 vormen de vo-fase, route-jaar 3 en 4 de mbo-fase. Het centraal "
              "examen vmbo vindt plaats in route-jaar 2; één vak kan in route-jaar 1 worden "
              "afgesloten."),
        ("p", "2.3 Partijen melden de route ieder voor zich in RIO vóór de start van het schooljaar "
              "2025-2026."),

        ("h1", "3. Samenwerking met het werkveld"),
        ("p", "3.1 Autobedrijf Vos Assen, Garage Mulder Rolde, Truckservice Drenthe en de regio Noord "
              "van BOVAG vormen met de routemanager de werkveldtafel Mobiliteit."),
        ("p", "3.2 De werkveldtafel komt viermaal per jaar bijeen en heeft de volgende rollen:"),
        ("li", "de bedrijven leveren per route-jaar twee praktijkcases (storingsdiagnose, APK-keuring, "
               "elektrisch rijden) die in de lessen worden uitgewerkt;"),
        ("li", "de bedrijven bieden vanaf route-jaar 3 bpv-plaatsen en leveren werkbegeleiders die "
               "meebeoordelen bij de proeve van bekwaamheid;"),
        ("li", "BOVAG adviseert jaarlijks schriftelijk over de aansluiting van het programma op nieuwe "
               "technieken, waaronder hoogvoltsystemen;"),
        ("li", "in route-jaar 1 loopt iedere leerling een week mee in een van de bedrijven."),

        ("h1", "4. Stuurgroep en routemanager"),
        ("p", "4.1 De stuurgroep bestaat uit de directeur van Het Loon, de directeur van het college "
              "Techniek van het ROC en de routemanager, die tevens secretaris is."),
        ("p", "4.2 Iedere directeur wordt door het eigen college van bestuur als stuurgroeplid "
              "aangewezen. De routemanager wordt door beide colleges van bestuur gezamenlijk benoemd, "
              "na een openbare interne werving, voor een periode van drie jaar."),
        ("p", "4.3 De colleges van bestuur dragen aan de stuurgroep op: de vaststelling van het "
              "jaarplan van de route, de verdeling van de formatie die beide partijen voor de route "
              "beschikbaar stellen, de afstemming van de onderwijsprogramma’s en het beheer van de "
              "contacten met het werkveld. De stuurgroep beslist zelfstandig over het rooster, de "
              "inzet van lokalen en werkplaatsen en over uitgaven tot € 7.500 binnen het jaarplan."),
        ("p", "4.4 De routemanager voert de besluiten van de stuurgroep uit en is aanspreekpunt voor "
              "leerlingen, ouders en bedrijven. Personeelsbeslissingen en besluiten die de begroting van "
              "een partij raken, blijven voorbehouden aan de colleges van bestuur."),

        ("h1", "5. Rapportage aan de besturen"),
        ("p", "5.1 De stuurgroep rapporteert per kwartaal aan beide colleges van bestuur met een "
              "managementrapportage volgens een vast format: leerlingaantallen, verzuim, uitval, "
              "voortgang van het jaarplan en financiële uitputting."),
        ("p", "5.2 Vóór 15 oktober legt de stuurgroep een jaarverslag over het afgelopen schooljaar "
              "voor, dat in het bestuurlijk overleg van november wordt besproken en vastgesteld. De "
              "colleges kunnen de stuurgroep te allen tijde om aanvullende informatie vragen."),

        ("h1", "6. Onderwijskundige en organisatorische inrichting"),
        ("p", "6.1 Locaties. De vo-fase wordt gegeven op Het Loon; twee dagdelen per week volgen de "
              "leerlingen praktijkonderwijs in de autowerkplaats van het ROC aan de Industrieweg in "
              "Assen. De mbo-fase wordt gegeven op het ROC en bij de leerbedrijven."),
        ("p", "6.2 Programma. Partijen leggen het onderwijsprogramma, de examinering en de bpv per "
              "leerjaar vast in één routedocument (PTA/OER), met per onderdeel de vermelding vmbo, mbo of "
              "gecombineerd. Het routedocument wordt jaarlijks vóór 1 juni door beide colleges "
              "vastgesteld, ieder voor het eigen deel."),
        ("p", "6.3 Personeel. Het Loon zet twee docenten Mobiliteit en transport en de docenten "
              "algemene vakken in; het ROC zet twee docenten autotechniek en een technisch "
              "onderwijsassistent in, waarvan één docent in de vo-fase zes lesuren per week op Het Loon "
              "lesgeeft. Voor het vakoverstijgende onderdeel ‘Diagnose en onderhoud’ wordt gewerkt met "
              "teambevoegdheid. Medewerkers blijven in dienst van hun eigen werkgever."),
        ("p", "6.4 Faciliteiten. Het ROC stelt de autowerkplaats met hefbruggen, diagnoseapparatuur en "
              "het hoogvoltlab beschikbaar; Het Loon stelt het motorenlokaal en de theorielokalen "
              "beschikbaar voor lessen van ROC-docenten. Gebruik is wederzijds kosteloos."),
        ("p", "6.5 Verantwoordelijkheden. Het Loon is verantwoordelijk voor het vmbo-deel en de "
              "vmbo-examinering, het ROC voor het mbo-deel, de bpv en de mbo-examinering. De "
              "klachtenregelingen van beide partijen zijn ook van toepassing op gedragingen van "
              "medewerkers van de andere partij binnen de route."),

        ("h1", "7. Overstapmogelijkheden"),
        ("p", "7.1 Een leerling die de route in route-jaar 1 of 2 verlaat, vervolgt zijn opleiding in "
              "de reguliere kaderberoepsgerichte leerweg van Het Loon, in het profiel Mobiliteit en "
              "transport of een ander profiel, en kan daar het vmbo-diploma behalen."),
        ("p", "7.2 Een leerling die aan het einde van route-jaar 3 het vmbo-diploma niet heeft "
              "behaald, kan zonder dat diploma instromen in een opleiding op niveau 2 of 3 van het ROC "
              "binnen het domein Mobiliteit en voertuigen, zoals Autotechnicus (niveau 2). De "
              "vooropleidingseisen zijn dan niet van toepassing."),
        ("p", "7.3 Een student die in de mbo-fase uitvalt of een andere richting wil, kan overstappen "
              "naar een andere opleiding op hetzelfde niveau van het ROC of naar een opleiding van een "
              "andere instelling, die hem na een geschiktheidsonderzoek kan toelaten."),
        ("p", "7.4 De overstapmogelijkheden worden beschreven in de schoolgids van Het Loon."),

        ("h1", "8. Medezeggenschap"),
        ("p", "[PM – tekst volgt na advies van de medezeggenschapsraad van Het Loon en de studentenraad "
              "van ROC Hondsrug; zie versietabel]"),

        ("h1", "9. Financiële afspraken"),
        ("p", "9.1 Partijen dragen geen deel van de door hen ontvangen rijksbekostiging aan elkaar over. "
              "De bekostiging volgt de inschrijving van de leerling."),
        ("p", "9.2 Iedere partij draagt de kosten van het eigen personeel en de eigen voorzieningen. "
              "Gezamenlijke kosten uit het jaarplan (werkveldtafel, voorlichting) worden gelijk "
              "verdeeld."),

        ("h1", "10. Geschillen"),
        ("p", "10.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in "
              "de stuurgroep besproken en, als dat binnen een maand geen oplossing geeft, door de "
              "colleges van bestuur in een bestuurlijk overleg."),
        ("p", "10.2 Blijft het geschil daarna bestaan, dan wordt het voorgelegd aan drie bindend "
              "adviseurs: iedere partij wijst er één aan en deze twee wijzen samen de derde aan. Het "
              "bindend advies wordt binnen acht weken uitgebracht; de kosten worden gelijk gedeeld."),

        ("h1", "11. Toetreding, wijziging en beëindiging"),
        ("p", "11.1 Een andere vmbo-school of mbo-instelling kan tot deze overeenkomst toetreden met "
              "schriftelijke instemming van beide partijen, door ondertekening van een "
              "toetredingsverklaring waarin zij alle bepalingen aanvaardt. Toetreding gaat in per 1 "
              "augustus en verandert niets aan het programma van leerlingen die de route al volgen."),
        ("p", "11.2 Wijziging van deze overeenkomst geschiedt schriftelijk en met instemming van beide "
              "colleges van bestuur, met ingang van een nieuw schooljaar. Een wijziging mag niet ten "
              "nadele gaan van leerlingen die de route al volgen."),
        ("p", "11.3 Iedere partij kan de overeenkomst met een termijn van twaalf maanden opzeggen tegen "
              "het einde van een schooljaar. Bij een ernstige tekortkoming die na schriftelijke "
              "ingebrekestelling niet binnen twee maanden is hersteld, kan de andere partij de "
              "overeenkomst ontbinden. In beide gevallen worden geen nieuwe leerlingen meer toegelaten en "
              "ronden leerlingen die in de route zitten, hun route af onder de voorwaarden van deze "
              "overeenkomst."),

        ("h1", "12. Ondertekening"),
        ("p", "Vastgesteld te Assen op 30 juni 2025; in werking per 1 augustus 2025 voor onbepaalde tijd."),
        ("sign", [("Stichting Voortgezet Onderwijs Drentsche Aa", "Stichting ROC Hondsrug"),
                  ("A.H. Wiersma, voorzitter college van bestuur", "dr. J. Lanting, voorzitter college "
                   "van bestuur")]),
    ]
    return B, {"title": "Samenwerkingsovereenkomst Autoroute Drentsche Aa v1.3",
               "author": "P. Huisman", "font": "Helvetica", "bold": "Helvetica-Bold",
               "italic": "Helvetica-Oblique", "size": 9.5, "align": 0,
               "header": "Samenwerkingsovereenkomst Autoroute Drentsche Aa  |  versie 1.3  |  30-06-2025",
               "footer": "Het Loon – ROC Hondsrug"}


# --------------------------------------------------------------------------------------------
# h118 - consortium drie vmbo-besturen + ROC, lang, DOCX, Zuidwest-Drenthe, BWI bb/kb -> timmerman 2/3
# --------------------------------------------------------------------------------------------

@sample(
    "h118", "h118_consortium_drie_scholen_zuidwest_drenthe", "docx",
    "Lange consortiumovereenkomst van drie vmbo-besturen en een ROC met inhoudsopgave, begrippen, "
    "hoofdstukken en twee bijlagen, DOCX; Zuidwest-Drenthe, BWI bb/kb -> Timmerman 2 en Allround "
    "timmerman 3; overdracht zonder omvang, geschillen alleen in onderling overleg, zwijgt over "
    "medezeggenschap.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "weak", "h": "not_applicable", "i": "weak", "j": "present"},
    {"a": "Hoofdstuk 2 – De routes",
     "b": "Hoofdstuk 3 – Inbreng van de bouwsector",
     "c": "Hoofdstuk 4 – Sturing van het consortium",
     "d": "Hoofdstuk 5 – Verslaglegging en verantwoording",
     "e": "Hoofdstuk 6 – Inrichting van het onderwijs",
     "f": "Hoofdstuk 7 – Voortzetting na het verlaten van een route",
     "j": "Hoofdstuk 10 – Toetreding van nieuwe partners"},
)
def h118():
    B = [
        ("title", "Consortiumovereenkomst Bouwroutes Zuidwest-Drenthe"),
        ("p", "Samenwerkingsovereenkomst doorlopende leerroutes vmbo-mbo Bouwen, wonen en interieur – "
              "Timmerman en Allround timmerman"),
        ("p", "Definitieve tekst, vastgesteld 30 juni 2025"),
        ("h1", "Inhoudsopgave"),
        ("p", "Considerans"),
        ("p", "Hoofdstuk 1 – Algemene bepalingen"),
        ("p", "Hoofdstuk 2 – De routes"),
        ("p", "Hoofdstuk 3 – Inbreng van de bouwsector"),
        ("p", "Hoofdstuk 4 – Sturing van het consortium"),
        ("p", "Hoofdstuk 5 – Verslaglegging en verantwoording"),
        ("p", "Hoofdstuk 6 – Inrichting van het onderwijs"),
        ("p", "Hoofdstuk 7 – Voortzetting na het verlaten van een route"),
        ("p", "Hoofdstuk 8 – Middelen"),
        ("p", "Hoofdstuk 9 – Verschillen van inzicht"),
        ("p", "Hoofdstuk 10 – Toetreding van nieuwe partners"),
        ("p", "Hoofdstuk 11 – Looptijd, opzegging en ontbinding"),
        ("p", "Hoofdstuk 12 – Wijziging en slotbepalingen"),
        ("p", "Bijlage A – Routeschema per leerjaar"),
        ("p", "Bijlage B – Contactpersonen"),
        ("pagebreak",),

        ("h1", "Partijen"),
        ("num", "Stichting Christelijk Voortgezet Onderwijs Hoogeveen, bevoegd gezag van Vmbo De "
                "Schutting te Hoogeveen, vertegenwoordigd door mevrouw drs. A. Lubbers, voorzitter "
                "college van bestuur;"),
        ("num", "Stichting Openbaar Voortgezet Onderwijs Meppel, bevoegd gezag van Vmbo Het Kolkje te "
                "Meppel, vertegenwoordigd door de heer H. Schuring, bestuurder;"),
        ("num", "Vereniging Katholiek Onderwijs De Wolden, bevoegd gezag van Vmbo Sint Jozef te "
                "Zuidwolde, vertegenwoordigd door de heer ing. B. Dekker, voorzitter;"),
        ("num", "Stichting ROC Reestdal, bevoegd gezag van ROC Reestdal te Meppel en Hoogeveen, "
                "vertegenwoordigd door mevrouw dr. S. Bakker-Oosting, voorzitter college van bestuur;"),
        ("p", "partijen 1 tot en met 3 hierna samen ‘de scholen’ en ieder afzonderlijk ‘een school’, "
              "partij 4 hierna ‘ROC Reestdal’, alle partijen samen ‘het consortium’."),

        ("h1", "Considerans"),
        ("p", "Partijen overwegen het volgende. In Zuidwest-Drenthe is de vraag naar timmerlieden groot "
              "en de instroom in de bouwopleidingen laag. De scholen bieden elk het profiel Bouwen, "
              "wonen en interieur aan, maar het aantal leerlingen per school is te klein om alleen een "
              "doorlopende leerroute te organiseren. Partijen willen daarom als consortium twee "
              "doorlopende leerroutes verzorgen, waarbij de leerlingen zo lang mogelijk op de eigen "
              "school blijven en de praktijkvoorzieningen van ROC Reestdal gezamenlijk worden benut. "
              "Partijen willen daarbij de wettelijke ruimte gebruiken die de artikelen 2.107a tot en "
              "met 2.107k WVO 2020 en hoofdstuk 9, titel 1, WEB bieden."),

        ("h1", "Hoofdstuk 1 – Algemene bepalingen"),
        ("h3", "Artikel 1.1 Begrippen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("bullet", "route: elk van de twee doorlopende leerroutes bedoeld in hoofdstuk 2;"),
        ("bullet", "leerling: een leerling of student die aan een route deelneemt;"),
        ("bullet", "route-jaar: een leerjaar van de route, te beginnen met leerjaar 3 van het vmbo;"),
        ("bullet", "stuurgroep: de stuurgroep bedoeld in artikel 4.1;"),
        ("bullet", "routeregisseur: de functionaris bedoeld in artikel 4.4;"),
        ("bullet", "bouwtafel: het overleg met de bouwsector bedoeld in artikel 3.2;"),
        ("bullet", "routeschema: het schema per leerjaar in bijlage A;"),
        ("bullet", "routebegroting: de jaarlijkse begroting van het consortium bedoeld in artikel 8.3."),
        ("h3", "Artikel 1.2 Doel"),
        ("p", "Het consortium verzorgt gezamenlijk de routes, met als doel dat leerlingen zonder "
              "onderbreking en zonder dubbel programma een vmbo-diploma en een mbo-diploma in de "
              "timmerbranche behalen."),
        ("h3", "Artikel 1.3 Rechtskarakter"),
        ("p", "Deze overeenkomst is de samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 "
              "en artikel 9.1.3 WEB. Het consortium is geen rechtspersoon; iedere partij blijft "
              "verantwoordelijk voor het eigen onderwijs en de eigen leerlingen."),

        ("h1", "Hoofdstuk 2 – De routes"),
        ("h3", "Artikel 2.1 Route Timmerman"),
        ("p", "Route 1 begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Bouwen, wonen "
              "en interieur, van elk van de scholen en leidt naar het vmbo-diploma basisberoepsgerichte "
              "leerweg en naar het mbo-diploma Timmerman (niveau 2, opleidingsdomein Bouw en infra) van "
              "ROC Reestdal, beroepsopleidende leerweg. De route duurt drie jaar."),
        ("h3", "Artikel 2.2 Route Allround timmerman"),
        ("p", "Route 2 begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Bouwen, wonen en "
              "interieur, van elk van de scholen en leidt naar het vmbo-diploma kaderberoepsgerichte "
              "leerweg en naar het mbo-diploma Allround timmerman (niveau 3, opleidingsdomein Bouw en "
              "infra) van ROC Reestdal, beroepsopleidende leerweg. De route duurt vier jaar."),
        ("h3", "Artikel 2.3 Inschrijving en melding"),
        ("p", "In route-jaar 1 en 2 staat de leerling ingeschreven bij de eigen school, daarna bij ROC "
              "Reestdal. Iedere school meldt iedere route afzonderlijk in RIO; ROC Reestdal doet "
              "hetzelfde."),

        ("h1", "Hoofdstuk 3 – Inbreng van de bouwsector"),
        ("h3", "Artikel 3.1 Deelnemende bedrijven"),
        ("p", "Aan de routes nemen deel: Bouwbedrijf Jansen te Hoogeveen, Timmerfabriek Zwiers te "
              "Meppel, Aannemersbedrijf Kuik te Zuidwolde, het leerwerkbedrijf Bouwopleidingen "
              "Zuidwest-Drenthe en de afdeling Drenthe van Bouwend Nederland."),
        ("h3", "Artikel 3.2 Bouwtafel"),
        ("p", "De bedrijven vormen met de routeregisseur en één docent per school de bouwtafel. De "
              "bouwtafel komt driemaal per jaar bijeen en brengt advies uit aan de stuurgroep over de "
              "inhoud van het routeschema, de volgorde van de praktijkonderdelen en de aansluiting op "
              "nieuwe bouwmethoden zoals prefab en circulair bouwen."),
        ("h3", "Artikel 3.3 Bijdragen van de bedrijven"),
        ("bullet", "Iedere leerling werkt in route-jaar 1 twee weken mee op een bouwplaats van een van de "
                   "bedrijven."),
        ("bullet", "Timmerfabriek Zwiers en Bouwbedrijf Jansen leveren jaarlijks een praktijkproject (een "
                   "tuinhuis of dakkapel) dat leerlingen van de drie scholen gezamenlijk uitvoeren."),
        ("bullet", "Vanaf route-jaar 3 leveren de bedrijven en Bouwopleidingen Zuidwest-Drenthe de "
                   "bpv-plaatsen; zij zijn erkend door SBB."),
        ("bullet", "Vakmensen uit de bedrijven treden op als praktijkbeoordelaar bij de proeve van "
                   "bekwaamheid."),

        ("h1", "Hoofdstuk 4 – Sturing van het consortium"),
        ("h3", "Artikel 4.1 Stuurgroep"),
        ("p", "De leiding over de routes berust bij de stuurgroep. De stuurgroep bestaat uit de "
              "locatiedirecteuren van de drie scholen, de directeur van het college Bouw en Infra van ROC "
              "Reestdal en, als adviserend lid, de routeregisseur."),
        ("h3", "Artikel 4.2 Aanwijzing"),
        ("p", "Ieder bevoegd gezag wijst zijn lid van de stuurgroep schriftelijk aan en kan die "
              "aanwijzing intrekken. Het voorzitterschap rouleert per schooljaar; het lid van ROC "
              "Reestdal is vaste vicevoorzitter."),
        ("h3", "Artikel 4.3 Taken en bevoegdheden van de stuurgroep"),
        ("p", "De besturen dragen aan de stuurgroep op:"),
        ("bullet", "het vaststellen van het routeschema ter goedkeuring door de besturen;"),
        ("bullet", "het verdelen van de leerlingen over de praktijkdagen en locaties;"),
        ("bullet", "het opstellen van de routebegroting en het beheer van de daarin opgenomen middelen;"),
        ("bullet", "het onderhouden van de contacten met de bouwtafel;"),
        ("bullet", "het vaststellen van het jaarlijkse activiteitenplan."),
        ("p", "De stuurgroep besluit bij meerderheid; ROC Reestdal heeft een vetorecht voor besluiten "
              "die het mbo-deel raken en iedere school voor besluiten die haar eigen vmbo-deel raken. "
              "Benoeming en ontslag van personeel en verplichtingen buiten de routebegroting zijn "
              "voorbehouden aan de besturen."),
        ("h3", "Artikel 4.4 Routeregisseur"),
        ("p", "De besturen benoemen gezamenlijk een routeregisseur, op voordracht van de stuurgroep, "
              "voor een termijn van drie jaar. De routeregisseur is in dienst van ROC Reestdal, bereidt "
              "de besluiten van de stuurgroep voor, voert ze uit en coördineert de dagelijkse gang van "
              "zaken in de routes."),
        ("h3", "Artikel 4.5 Locatiecoördinatoren"),
        ("p", "Iedere school wijst een locatiecoördinator aan die op de eigen locatie het aanspreekpunt "
              "is voor leerlingen, ouders en docenten en die de routeregisseur informeert."),

        ("h1", "Hoofdstuk 5 – Verslaglegging en verantwoording"),
        ("h3", "Artikel 5.1 Halfjaarrapportage"),
        ("p", "De stuurgroep zendt in februari en in september aan alle besturen een schriftelijke "
              "halfjaarrapportage met de aantallen leerlingen per route en per school, verzuim, uitval, "
              "voortgang in het routeschema en de uitputting van de routebegroting."),
        ("h3", "Artikel 5.2 Jaarverslag"),
        ("p", "Vóór 1 december legt de stuurgroep aan de besturen een jaarverslag voor over het "
              "afgelopen schooljaar, met de examenresultaten en een inhoudelijke en financiële "
              "verantwoording. Het jaarverslag wordt besproken in het jaarlijkse bestuurdersoverleg, "
              "waarin de besturen de stuurgroep décharge verlenen."),
        ("h3", "Artikel 5.3 Informatie op verzoek"),
        ("p", "Ieder bestuur kan de stuurgroep om aanvullende informatie vragen; de stuurgroep verstrekt "
              "die binnen drie weken aan alle besturen."),

        ("h1", "Hoofdstuk 6 – Inrichting van het onderwijs"),
        ("h3", "Artikel 6.1 Locaties"),
        ("p", "In route-jaar 1 en 2 volgen de leerlingen het onderwijs op hun eigen school, met één dag "
              "per week praktijkonderwijs in de bouwhal van ROC Reestdal in Hoogeveen. Vanaf route-jaar 3 "
              "volgen zij het onderwijs op ROC Reestdal in Hoogeveen of Meppel en bij de leerbedrijven. "
              "In route-jaar 3 van route 2 verzorgen docenten van de scholen nog een deel van het "
              "algemene programma op de eigen locatie."),
        ("h3", "Artikel 6.2 Programma en examinering"),
        ("p", "Het routeschema (bijlage A) beschrijft voor iedere route het onderwijsprogramma, de "
              "examinering en de bpv per leerjaar en vermeldt per onderdeel of het tot het vmbo, tot het "
              "mbo of tot beide behoort. De scholen nemen het vmbo-deel op in hun PTA, ROC Reestdal het "
              "mbo-deel in de OER. Het centraal examen vmbo wordt afgenomen in route-jaar 2."),
        ("h3", "Artikel 6.3 Inzet van personeel"),
        ("p", "Iedere school zet voor de routes ten minste één docent BWI en de docenten algemene vakken "
              "in. ROC Reestdal zet twee docenten timmeren en een praktijkinstructeur in, die in route-jaar "
              "1 en 2 de praktijkdag in de bouwhal verzorgen en per school één lesdag per maand op de "
              "eigen locatie meedraaien. Voor het onderdeel ‘Houtbewerking en constructie’ werken de "
              "docenten van de school en van ROC Reestdal als team (teambevoegdheid), waarbij voor elk "
              "onderdeel een bevoegde docent verantwoordelijk is. Iedere partij blijft werkgever van het "
              "eigen personeel."),
        ("h3", "Artikel 6.4 Faciliteiten"),
        ("p", "ROC Reestdal stelt de bouwhal met machinale houtbewerking, de CNC-freesmachine en de "
              "digitale tekenlokalen beschikbaar aan leerlingen in route-jaar 1 en 2. De scholen stellen "
              "hun BWI-praktijklokalen beschikbaar voor de lesdagen van de ROC-docenten. Vervoer tussen "
              "de scholen en de bouwhal wordt door iedere school voor de eigen leerlingen geregeld."),
        ("h3", "Artikel 6.5 Verantwoordelijkheden, verzuim en klachten"),
        ("p", "De scholen zijn verantwoordelijk voor het vmbo-deel, de vmbo-examinering en het "
              "verzuimbeleid in route-jaar 1 en 2; ROC Reestdal voor het mbo-deel, de bpv, de "
              "mbo-examinering en het verzuimbeleid vanaf route-jaar 3. De klachtenregeling van iedere "
              "partij is mede van toepassing op gedragingen van medewerkers van een andere partij "
              "binnen de routes."),
        ("h3", "Artikel 6.6 Gegevensuitwisseling"),
        ("p", "Partijen wisselen uitsluitend de leerlinggegevens uit die nodig zijn voor de uitvoering van "
              "de routes, met inachtneming van de AVG en een afzonderlijke "
              "gegevensuitwisselingsafspraak."),

        ("h1", "Hoofdstuk 7 – Voortzetting na het verlaten van een route"),
        ("h3", "Artikel 7.1 Uitgangspunt"),
        ("p", "Een leerling die een route verlaat voordat hij die met goed gevolg heeft doorlopen, wordt "
              "door partijen in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij "
              "het bereikte onderwijsniveau en zijn leeftijd."),
        ("h3", "Artikel 7.2 Vervolgmogelijkheden"),
        ("bullet", "Bij vertrek in route-jaar 1 of 2 gaat de leerling verder in de reguliere leerweg van de "
                   "eigen school, in BWI of een ander profiel, gericht op het vmbo-diploma."),
        ("bullet", "Heeft een leerling aan het eind van route-jaar 3 geen vmbo-diploma, dan kan hij het "
                   "vmbo-examen herkansen of zonder vmbo-diploma doorgaan in een opleiding van ROC "
                   "Reestdal op niveau 2 (route 1) of niveau 2 of 3 (route 2); vooropleidingseisen worden "
                   "dan niet gesteld."),
        ("bullet", "Blijkt niveau 3 te hoog, dan kan een leerling van route 2 overstappen naar route 1 "
                   "met behoud van behaalde resultaten."),
        ("bullet", "Wil de leerling een andere richting, dan wordt hem een opleiding van hetzelfde niveau "
                   "bij ROC Reestdal of, via een geschiktheidsonderzoek, bij een andere instelling "
                   "aangeboden."),
        ("h3", "Artikel 7.3 Besluitvorming"),
        ("p", "De school van herkomst en ROC Reestdal besluiten samen over de voortzetting, na een gesprek "
              "met de leerling en zijn ouders. De routeregisseur legt het besluit vast in een "
              "overstapdocument. De scholen nemen de werkwijze op in hun schoolgids."),

        ("h1", "Hoofdstuk 8 – Middelen"),
        ("h3", "Artikel 8.1 Eigen kosten"),
        ("p", "Iedere partij draagt de kosten van het eigen personeel, de eigen huisvesting en het vervoer "
              "van de eigen leerlingen."),
        ("h3", "Artikel 8.2 Overdracht"),
        ("p", "ROC Reestdal draagt met toepassing van artikel 9.1.15 WEB een deel van de bekostiging die "
              "zij ontvangt voor studenten in route-jaar 3 van route 2 over aan de scholen, ter dekking "
              "van de inzet van hun docenten in dat route-jaar."),
        ("h3", "Artikel 8.3 Routebegroting"),
        ("p", "De hoogte van de over te dragen middelen wordt jaarlijks door de stuurgroep bepaald en "
              "opgenomen in de routebegroting, die de besturen vóór 1 juli vaststellen."),

        ("h1", "Hoofdstuk 9 – Verschillen van inzicht"),
        ("p", "Partijen zullen verschillen van inzicht over de uitvoering van deze overeenkomst in goed "
              "onderling overleg oplossen. Zij spannen zich in om daarbij binnen een redelijke termijn tot "
              "overeenstemming te komen."),

        ("h1", "Hoofdstuk 10 – Toetreding van nieuwe partners"),
        ("h3", "Artikel 10.1 Voorwaarden"),
        ("p", "Het bevoegd gezag van een andere school met het profiel Bouwen, wonen en interieur of van "
              "een andere instelling voor beroepsonderwijs kan toetreden tot het consortium, indien:"),
        ("bullet", "alle besturen schriftelijk met de toetreding instemmen;"),
        ("bullet", "de toetredende partij alle rechten en verplichtingen uit deze overeenkomst aanvaardt "
                   "en een locatiecoördinator aanwijst;"),
        ("bullet", "de toetreding ingaat per 1 augustus van een schooljaar."),
        ("h3", "Artikel 10.2 Bescherming van leerlingen"),
        ("p", "Een toetreding heeft geen gevolgen voor het programma van leerlingen die op dat moment al "
              "in een route zitten. De toetredende partij meldt haar deelname in RIO."),

        ("h1", "Hoofdstuk 11 – Looptijd, opzegging en ontbinding"),
        ("h3", "Artikel 11.1 Looptijd"),
        ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("h3", "Artikel 11.2 Opzegging"),
        ("p", "Iedere partij kan haar deelname schriftelijk opzeggen tegen 31 juli van enig jaar met een "
              "opzegtermijn van ten minste twaalf maanden. Na opzegging door een school zet het "
              "consortium de routes voort met de overige partijen; na opzegging door ROC Reestdal eindigt "
              "de overeenkomst voor alle partijen."),
        ("h3", "Artikel 11.3 Ontbinding"),
        ("p", "Schiet een partij ernstig tekort en herstelt zij dat niet binnen twee maanden na "
              "schriftelijke ingebrekestelling, dan kunnen de overige partijen gezamenlijk haar deelname "
              "beëindigen."),
        ("h3", "Artikel 11.4 Gevolgen voor leerlingen"),
        ("p", "Na opzegging of beëindiging nemen de betrokken partijen geen nieuwe leerlingen meer op in "
              "de routes. Leerlingen die op dat moment in een route zitten, maken die af onder de "
              "voorwaarden van deze overeenkomst; de hoofdstukken 6 en 7 blijven voor hen van kracht."),

        ("h1", "Hoofdstuk 12 – Wijziging en slotbepalingen"),
        ("h3", "Artikel 12.1 Wijziging"),
        ("p", "Deze overeenkomst kan alleen worden gewijzigd bij schriftelijk besluit van alle besturen. "
              "Een wijziging van het programma gaat in per het volgende schooljaar en geldt niet ten "
              "nadele van leerlingen die al in een route zitten. Bijlage A kan door de stuurgroep worden "
              "gewijzigd met goedkeuring van de besturen."),
        ("h3", "Artikel 12.2 Toepasselijk recht"),
        ("p", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("h3", "Artikel 12.3 Ondertekening"),
        ("p", "Aldus overeengekomen en in viervoud ondertekend te Hoogeveen op 30 juni 2025."),
        ("table", [["Partij", "Naam en functie", "Handtekening"],
                   ["Stichting Christelijk VO Hoogeveen", "drs. A. Lubbers, voorzitter CvB", ""],
                   ["Stichting Openbaar VO Meppel", "H. Schuring, bestuurder", ""],
                   ["Vereniging Katholiek Onderwijs De Wolden", "ing. B. Dekker, voorzitter", ""],
                   ["Stichting ROC Reestdal", "dr. S. Bakker-Oosting, voorzitter CvB", ""]]),
        ("pagebreak",),

        ("h1", "Bijlage A – Routeschema per leerjaar"),
        ("table", [["Route-jaar", "Route 1 Timmerman (bb → niveau 2)", "Route 2 Allround timmerman "
                    "(kb → niveau 3)"],
                   ["1 (leerjaar 3 vmbo)", "Profielvakken BWI, keuzevakken Meubelmaken en Timmeren; "
                    "mbo-onderdeel Veilig werken op de bouwplaats (VCA); meewerkweken", "Profielvakken BWI, "
                    "keuzevakken Timmeren en Bouwkundig tekenen; mbo-onderdeel Veilig werken (VCA); "
                    "meewerkweken"],
                   ["2 (leerjaar 4 vmbo)", "CE vmbo; mbo-onderdelen Kozijnen en deuren, Houtverbindingen",
                    "CE vmbo; mbo-onderdelen Kozijnen en deuren, Trappen, Houtverbindingen"],
                   ["3 (mbo-jaar 1)", "mbo Timmerman, bpv 2 dagen per week, proeve van bekwaamheid; "
                    "diploma", "mbo Allround timmerman, bpv 2 dagen per week; algemene vakken deels op "
                    "eigen school"],
                   ["4 (mbo-jaar 2)", "—", "mbo Allround timmerman, werkvoorbereiding, proeve van "
                    "bekwaamheid; diploma"]]),
        ("h1", "Bijlage B – Contactpersonen"),
        ("table", [["Rol", "Naam", "Organisatie"],
                   ["Routeregisseur", "M. Wolters", "ROC Reestdal"],
                   ["Locatiecoördinator", "R. Kamphuis", "Vmbo De Schutting"],
                   ["Locatiecoördinator", "E. Prins", "Vmbo Het Kolkje"],
                   ["Locatiecoördinator", "T. Brinkman", "Vmbo Sint Jozef"],
                   ["Voorzitter bouwtafel", "G. Zwiers", "Timmerfabriek Zwiers"]]),
    ]
    return B, {"title": "Consortiumovereenkomst Bouwroutes Zuidwest-Drenthe",
               "author": "Consortium Bouwroutes Zuidwest-Drenthe", "font": "Cambria", "size": 10.5,
               "header": "Consortiumovereenkomst Bouwroutes Zuidwest-Drenthe – definitief 30-06-2025"}


# --------------------------------------------------------------------------------------------
# h119 - interne regeling verticale scholengemeenschap, PDF, Kromme Rijn, MVI gl -> Software developer 4
# --------------------------------------------------------------------------------------------

@sample(
    "h119", "h119_interne_regeling_vsg_kromme_rijn", "pdf",
    "Interne regeling van het college van bestuur van een verticale scholengemeenschap vmbo-mbo "
    "(besluitvorm met 'gelet op' en 'besluit'), PDF; Kromme Rijn, Media, vormgeving en ICT gl -> "
    "Software developer niveau 4; volledig voor een interne regeling, expliciet geen overdracht.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "not_applicable",
     "j": "not_applicable"},
    {"a": "Artikel 2 De leerroute",
     "b": "Artikel 3 Opdrachtgevers en leerbedrijven",
     "c": "Artikel 4 Routeleiding",
     "d": "Artikel 5 Rapportage aan het college",
     "e": "Artikel 6 Onderwijs, personeel en voorzieningen",
     "f": "Artikel 7 Voortzetting bij beëindiging van de deelname",
     "g": "Artikel 8 Bekostiging"},
)
def h119():
    B = [
        ("title", "Regeling doorlopende leerroute ICT Vakcollege Kromme Rijn"),
        ("subtitle", "Besluit van het college van bestuur van Stichting Kromme Rijn Onderwijsgroep van "
                     "30 juni 2025, kenmerk CvB/2025/061"),
        ("p", "Het college van bestuur van Stichting Kromme Rijn Onderwijsgroep, bevoegd gezag van "
              "Vakcollege Kromme Rijn te Zeist en Bunnik,"),
        ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, "
              "derde lid, van de Wet educatie en beroepsonderwijs;"),
        ("p", "overwegende dat Vakcollege Kromme Rijn een verticale scholengemeenschap is die zowel een "
              "afdeling voor voorbereidend middelbaar beroepsonderwijs als een afdeling voor middelbaar "
              "beroepsonderwijs omvat, zodat de doorlopende leerroute geheel binnen één bevoegd gezag "
              "wordt verzorgd en de onderwerpen van de samenwerkingsovereenkomst bij interne regeling "
              "worden vastgelegd;"),
        ("p", "gehoord de ondernemingsraad, de deelraad van de vmbo-afdeling en de studentenraad;"),
        ("h2", "BESLUIT vast te stellen de volgende regeling:"),

        ("h1", "Artikel 1 Begrippen"),
        ("p", "In deze regeling wordt verstaan onder:"),
        ("pi", "a. college: het college van bestuur van Stichting Kromme Rijn Onderwijsgroep;"),
        ("pi", "b. vmbo-afdeling: de afdeling vmbo van Vakcollege Kromme Rijn, locatie Zeist;"),
        ("pi", "c. mbo-afdeling: de afdeling mbo van Vakcollege Kromme Rijn, locatie Bunnik;"),
        ("pi", "d. leerroute: de doorlopende leerroute bedoeld in artikel 2;"),
        ("pi", "e. deelnemer: een leerling of student die aan de leerroute deelneemt."),

        ("h1", "Artikel 2 De leerroute"),
        ("p", "1. Vakcollege Kromme Rijn verzorgt een doorlopende leerroute die begint in het derde "
              "leerjaar van de gemengde leerweg, profiel Media, vormgeving en ICT, van de vmbo-afdeling en "
              "leidt naar het vmbo-diploma gemengde leerweg en het diploma van de middenkaderopleiding "
              "Software developer (niveau 4, opleidingsdomein ICT en creatieve industrie) van de "
              "mbo-afdeling, beroepsopleidende leerweg."),
        ("p", "2. De leerroute omvat vijf leerjaren. De deelnemer is in de eerste twee leerjaren "
              "ingeschreven bij de vmbo-afdeling en daarna bij de mbo-afdeling. Het centraal examen vmbo "
              "wordt in het tweede leerjaar van de leerroute afgenomen."),
        ("p", "3. Het college meldt de leerroute aan de minister door registratie in RIO."),

        ("h1", "Artikel 3 Opdrachtgevers en leerbedrijven"),
        ("p", "1. De volgende organisaties zijn aan de leerroute verbonden: Bunnik Digital B.V., "
              "Dataplein Zeist B.V., de afdeling Informatievoorziening van de gemeente Zeist en de "
              "Stichting ICT-Werkgevers Kromme Rijn."),
        ("p", "2. Deze organisaties:"),
        ("pi", "a. treden in ieder leerjaar op als opdrachtgever voor ten minste twee projecten, die "
               "deelnemers in teams uitvoeren en aan de opdrachtgever opleveren;"),
        ("pi", "b. organiseren jaarlijks in het derde leerjaar van de leerroute een hackathon van twee "
               "dagen;"),
        ("pi", "c. bieden vanaf het derde leerjaar stageplaatsen voor de beroepspraktijkvorming als door "
               "SBB erkend leerbedrijf;"),
        ("pi", "d. leveren beoordelaars voor de praktijkexamens in het mbo-deel;"),
        ("pi", "e. vaardigen elk een vertegenwoordiger af in de klankbordgroep ICT, die tweemaal per jaar "
               "het curriculum bespreekt en de routeleiding schriftelijk adviseert over de aansluiting op "
               "de beroepspraktijk."),

        ("h1", "Artikel 4 Routeleiding"),
        ("p", "1. De leerroute wordt geleid door de routeleiding, bestaande uit de teamleider ICT van de "
              "mbo-afdeling als voorzitter, de afdelingsleider bovenbouw van de vmbo-afdeling en de "
              "examensecretaris van de vmbo-afdeling."),
        ("p", "2. Het college benoemt de leden van de routeleiding bij afzonderlijk besluit voor de duur "
              "van hun functie, op voordracht van de directeuren van beide afdelingen."),
        ("p", "3. Het college mandateert aan de routeleiding:"),
        ("pi", "a. de vaststelling van het jaarrooster en de verdeling van de lessen over de docenten "
               "die voor de leerroute zijn ingeroosterd;"),
        ("pi", "b. de toelating van leerlingen tot de leerroute;"),
        ("pi", "c. het opstellen van het routeprogramma bedoeld in artikel 6, tweede lid;"),
        ("pi", "d. het sluiten van afspraken met de organisaties bedoeld in artikel 3 over projecten en "
               "stages;"),
        ("pi", "e. uitgaven binnen het routebudget tot € 10.000 per boekjaar."),
        ("p", "4. Besluiten over personeel, over het routebudget zelf en over wijziging van deze regeling "
              "blijven bij het college."),

        ("h1", "Artikel 5 Rapportage aan het college"),
        ("p", "1. De routeleiding rapporteert driemaal per jaar, in de tertiaalrapportages van januari, mei "
              "en september, aan het college over deelnemersaantallen, verzuim, uitval, studievoortgang "
              "en uitputting van het routebudget."),
        ("p", "2. Vóór 1 oktober legt de routeleiding een jaarverslag over het afgelopen schooljaar "
              "voor aan het college, dat dit bespreekt in het bestuurlijk overleg met de directeuren van "
              "beide afdelingen."),
        ("p", "3. De routeleiding verstrekt het college op verzoek alle overige inlichtingen."),

        ("h1", "Artikel 6 Onderwijs, personeel en voorzieningen"),
        ("p", "1. In de eerste twee leerjaren wordt het onderwijs gegeven op de locatie Zeist, met één "
              "dag per week op de locatie Bunnik. Vanaf het derde leerjaar wordt het onderwijs gegeven "
              "op de locatie Bunnik en bij de leerbedrijven."),
        ("p", "2. De routeleiding beschrijft voor de gehele leerroute in één routeprogramma per leerjaar "
              "het onderwijsprogramma, de examinering en de beroepspraktijkvorming, met per onderdeel de "
              "aanduiding vmbo, mbo of gecombineerd. Het routeprogramma maakt deel uit van het PTA van de "
              "vmbo-afdeling en van de OER van de mbo-afdeling en wordt jaarlijks vóór 1 juli door het "
              "college vastgesteld."),
        ("p", "3. Docenten van de vmbo-afdeling en van de mbo-afdeling vormen samen één routeteam. Twee "
              "docenten software development van de mbo-afdeling geven in de eerste twee leerjaren elk "
              "vier lesuren per week op de locatie Zeist. Voor het vakoverstijgende onderdeel ‘Web en "
              "apps’ wordt gewerkt met teambevoegdheid; voor elk programmaonderdeel is een bevoegde "
              "docent verantwoordelijk."),
        ("p", "4. Deelnemers in de eerste twee leerjaren maken gebruik van het serverlab, de "
              "ontwikkelwerkplekken en de leerbibliotheek van de locatie Bunnik. De mediastudio van de "
              "locatie Zeist is beschikbaar voor het onderwijs in alle leerjaren van de leerroute."),
        ("p", "5. De klachtenregeling van Stichting Kromme Rijn Onderwijsgroep is op de gehele leerroute "
              "van toepassing."),

        ("h1", "Artikel 7 Voortzetting bij beëindiging van de deelname"),
        ("p", "1. Een deelnemer wiens deelname aan de leerroute eindigt voordat hij deze met goed gevolg "
              "heeft doorlopen, wordt in staat gesteld een vmbo-diploma of het diploma van een "
              "beroepsopleiding te behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd."),
        ("p", "2. Daarbij gelden de volgende mogelijkheden:"),
        ("pi", "a. eindigt de deelname in de eerste twee leerjaren, dan vervolgt de deelnemer zijn "
               "opleiding in de reguliere gemengde of kaderberoepsgerichte leerweg van de vmbo-afdeling, "
               "gericht op het vmbo-diploma;"),
        ("pi", "b. heeft de deelnemer aan het einde van het derde leerjaar geen vmbo-diploma, dan kan hij "
               "het examen herkansen of zonder vmbo-diploma doorgaan in een opleiding op niveau 3 of 4 van "
               "de mbo-afdeling, zoals Medewerker ICT-support (niveau 3); vooropleidingseisen worden dan "
               "niet gesteld;"),
        ("pi", "c. kiest de deelnemer een andere richting, dan kan hij overstappen naar een andere "
               "opleiding van vergelijkbaar niveau binnen de mbo-afdeling, zoals Mediavormgever, of naar "
               "een andere instelling, die hem na een geschiktheidsonderzoek kan toelaten."),
        ("p", "3. De directeuren van de vmbo-afdeling en de mbo-afdeling beslissen gezamenlijk namens het "
              "college over de voortzetting, na een gesprek met de deelnemer en zijn ouders of "
              "verzorgers. Het besluit wordt schriftelijk aan de deelnemer bevestigd."),
        ("p", "4. De schoolgids beschrijft deze werkwijze."),

        ("h1", "Artikel 8 Bekostiging"),
        ("p", "1. Omdat de vmbo-afdeling en de mbo-afdeling onder hetzelfde bevoegd gezag vallen, vindt "
              "geen overdracht van bekostiging plaats in de zin van artikel 5.42a WVO 2020 of artikel "
              "9.1.15 WEB."),
        ("p", "2. De kosten van de leerroute worden in de interne begroting ten laste gebracht van de "
              "afdeling waar de deelnemer staat ingeschreven."),

        ("h1", "Artikel 9 Slotbepalingen"),
        ("p", "1. Het college evalueert deze regeling in het schooljaar 2027-2028, mede op basis van de "
              "jaarverslagen van de routeleiding."),
        ("p", "2. Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: Regeling "
              "doorlopende leerroute ICT Vakcollege Kromme Rijn."),
        ("space", 10),
        ("p", "Zeist, 30 juni 2025"),
        ("p", "Het college van bestuur van Stichting Kromme Rijn Onderwijsgroep,"),
        ("p", "drs. F.C. van Beek, voorzitter                    mr. I. Yilmaz, lid"),
    ]
    return B, {"title": "Regeling doorlopende leerroute ICT Vakcollege Kromme Rijn",
               "author": "College van bestuur Stichting Kromme Rijn Onderwijsgroep",
               "footer": "CvB/2025/061 – Regeling doorlopende leerroute ICT"}


# --------------------------------------------------------------------------------------------
# h120 - zeer korte Markdown-overeenkomst, geintegreerde route, Noardwest-Fryslan, M&T bb -> Matroos 2
# --------------------------------------------------------------------------------------------

@sample(
    "h120", "h120_kort_markdown_geintegreerd_noardwest_fryslan", "md",
    "Zeer korte Markdown-overeenkomst voor een geïntegreerde route met een vakinstelling; "
    "Noardwest-Fryslân, Maritiem en techniek bb -> Matroos niveau 2; bedrijfsleven alleen in de "
    "aanhef, verantwoording als formatrest met stippellijn, uitstappen automatisch naar Entree.",
    {"a": "present", "b": "missing", "c": "present", "d": "weak", "e": "present",
     "f": "weak", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "1. De route",
     "c": "2. Routeteam",
     "e": "4. Onderwijs en organisatie",
     "g": "6. Geld",
     "i": "7. Geschillen",
     "j": "8. Toetreden, wijzigen en opzeggen"},
)
def h120():
    return """
# Samenwerkingsovereenkomst geïntegreerde route Maritiem Harlingen

**Partijen**

- Stichting Voortgezet Onderwijs Waddenkust, bevoegd gezag van het Waddencollege (vmbo) te Harlingen;
- Stichting Maritieme Vakschool Noord, bevoegd gezag van de Maritieme Vakschool Noord (MVN) te Harlingen.

*Overwegende dat de binnenvaart en de kustvaart in Noardwest-Fryslân dringend vakmensen zoeken en
partijen de maritieme sector bij deze route willen betrekken, komen partijen het volgende overeen.*

## 1. De route

Partijen verzorgen samen een geïntegreerde route vanaf leerjaar 3 van de basisberoepsgerichte leerweg,
profiel Maritiem en techniek, van het Waddencollege naar het mbo-diploma Matroos (niveau 2,
opleidingsdomein Transport, scheepvaart en logistiek) van MVN, beroepsopleidende leerweg. Er wordt geen
eindexamen basisberoepsgerichte leerweg afgenomen. De route duurt drie jaar en wordt door beide partijen
in RIO gemeld.

## 2. Routeteam

De route wordt geleid door een routeteam van twee personen: de teamleider bovenbouw van het Waddencollege,
aangewezen door het bestuur van Waddenkust, en de opleidingsmanager Matroos, aangewezen door het bestuur
van MVN. Het routeteam stelt het programma op, maakt het rooster, beslist over toelating en begeleidt de
leerlingen. Het beslist zelf over rooster en groepsindeling; al het andere beslissen de besturen.

## 3. Verantwoording

Het routeteam legt verantwoording af aan de besturen op de volgende wijze:
……………………………………………………………………………………

## 4. Onderwijs en organisatie

- Leerjaar 1 (leerjaar 3 vmbo): drie dagen op het Waddencollege, twee dagen bij MVN.
- Leerjaar 2 en 3: volledig bij MVN, met vaarweken op het schoolschip *Noorderzijl*.
- Het programma en de examens per leerjaar staan in één OER, die beide besturen vóór 1 juni vaststellen.
- Het Waddencollege zet twee docenten Maritiem en techniek en de docenten Nederlands en rekenen in; MVN
  twee nautische docenten en een schipper-instructeur. In leerjaar 1 werken zij als één team
  (teambevoegdheid).
- MVN stelt het schoolschip, de vaarsimulator en de motorenwerkplaats beschikbaar; het Waddencollege zijn
  techniekwerkplaats.

## 5. Uitstappen

Een leerling die de geïntegreerde route verlaat, stroomt door naar de Entree-opleiding van MVN.

## 6. Geld

Partijen dragen geen bekostiging aan elkaar over. Ieder draagt de eigen kosten.

## 7. Geschillen

Een geschil over de uitvoering van deze overeenkomst bespreken de besturen eerst samen. Is het na zes
weken niet opgelost, dan schakelen zij een mediator in. Blijft het geschil bestaan, dan beslist de
rechtbank Noord-Nederland.

## 8. Toetreden, wijzigen en opzeggen

Een andere school of instelling kan meedoen als beide besturen schriftelijk instemmen; dat gaat in per
1 augustus. Wijzigingen worden schriftelijk door beide besturen vastgesteld en gaan in per het volgende
schooljaar, niet ten nadele van leerlingen die al in de route zitten. Opzeggen kan per 31 juli met een
termijn van twaalf maanden. Na opzegging stromen geen nieuwe leerlingen meer in; wie al in de route zit,
maakt die af.

---

Harlingen, 30 juni 2025

| Stichting VO Waddenkust | Stichting Maritieme Vakschool Noord |
|---|---|
| S. de Boer, bestuurder | kapt. H. Visser, directeur-bestuurder |
"""


# === END OF SAMPLES ===


def out_path(s):
    return os.path.join(HERE, s["name"] + "." + s["fmt"])


def build(key):
    s = SAMPLES[key]
    path = out_path(s)
    content = s["content"]()
    if s["fmt"] == "pdf":
        blocks, meta = content
        build_pdf(path, blocks, meta)
    elif s["fmt"] == "docx":
        blocks, meta = content
        build_docx(path, blocks, meta)
    else:
        build_text(path, content)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(expected_json(s))
    print("built", os.path.basename(path))


def check():
    ok = True
    counts = {}
    for key in sorted(SAMPLES):
        s = SAMPLES[key]
        path = out_path(s)
        counts[s["fmt"]] = counts.get(s["fmt"], 0) + 1
        problems = []
        if not os.path.exists(path):
            problems.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= MAX_BYTES:
                problems.append("too large: %d bytes" % size)
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa: BLE001
                problems.append("cannot open: %r" % e)
                text = ""
            if len(text) < 500:
                problems.append("too little text extracted (%d chars)" % len(text))
            for item, ev in s["evidence"].items():
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (item, ev))
        ej = os.path.join(HERE, s["name"] + ".expected.json")
        if not os.path.exists(ej):
            problems.append("missing expected.json")
        else:
            with open(ej, encoding="utf-8") as f:
                raw = f.read()
            if raw != expected_json(s):
                problems.append("expected.json differs from table")
            data = json.loads(raw)
            if data.get("split") != "heldout":
                problems.append("split is not heldout")
        status = "OK" if not problems else "FAIL"
        print("%-4s %s.%s %s" % (status, s["name"], s["fmt"], "; ".join(problems)))
        ok = ok and not problems
    print("formats:", counts)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    keys = [a for a in argv if not a.startswith("-")] or sorted(SAMPLES)
    for k in keys:
        if k not in SAMPLES:
            sys.exit("unknown sample %s" % k)
        build(k)


if __name__ == "__main__":
    main(sys.argv[1:])
