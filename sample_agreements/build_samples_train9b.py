#!/usr/bin/env python3
"""Training samples 133-140 for leerroute-check (batch 9b).

Written by an independent helper author (a language model session started for this batch) from the
two official bouwstenen (seeds 000 'Altijd een passend vervolg' and 002 'Samenwerkingsovereenkomst'),
/work/shared/domain.md and LABELS.md only, without looking at the checker code, its tests or models,
or the texts and build scripts of the other samples. All schools, instellingen, companies and people
are invented.

Voice of this batch: boards and their staff offices (bestuurssecretarissen, beleidsadviseurs,
controllers, a regional RPO platform, a consortium) writing management and policy Dutch. Five
agreements are fully compliant with every core element in the author's own words (often in an
unexpected place); three carry 1-3 subtle defects of different kinds.

Usage:
    python3 build_samples_train9b.py            build all samples 133-140
    python3 build_samples_train9b.py 133 137    build only these
    python3 build_samples_train9b.py --check    open every produced file and verify it
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(num, slug, fmt, description, statuses, evidence):
    """Register a sample; the decorated function returns its blocks (or text)."""
    def deco(fn):
        SAMPLES[num] = dict(num=num, slug=slug, fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def st(s):
    """'p p p p w p p na p p' -> statuses dict a..j."""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    vals = s.split()
    assert len(vals) == 10, s
    return {k: m[v] for k, v in zip("abcdefghij", vals)}


# --------------------------------------------------------------------------------------------
# PDF helper
# --------------------------------------------------------------------------------------------

def build_pdf(path, blocks, meta_title, header=None, footer=None, base_size=10, margins=None):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    lead = base_size * 1.35
    S = {
        "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=base_size + 6,
                                leading=base_size + 10, alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", fontName="Helvetica", fontSize=base_size + 1,
                                   leading=base_size + 5, alignment=TA_CENTER, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=base_size + 2,
                             leading=base_size + 6, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=base_size,
                             leading=lead, spaceBefore=6, spaceAfter=2),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=base_size, leading=lead,
                            spaceAfter=4),
        "pi": ParagraphStyle("pi", fontName="Helvetica", fontSize=base_size, leading=lead,
                             leftIndent=18, firstLineIndent=-18, spaceAfter=3),
        "pii": ParagraphStyle("pii", fontName="Helvetica", fontSize=base_size, leading=lead,
                              leftIndent=36, firstLineIndent=-18, spaceAfter=2),
        "small": ParagraphStyle("small", fontName="Helvetica-Oblique", fontSize=base_size - 1.5,
                                leading=base_size + 1.5, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=base_size - 1,
                               leading=base_size + 2),
        "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=base_size - 1,
                                leading=base_size + 2),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in S and kind not in ("cell", "cellb"):
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), S[kind]))
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths = b[1], b[2]
            head = b[3] if len(b) > 3 else True
            data = []
            for ri, row in enumerate(rows):
                sty = S["cellb"] if (head and ri == 0) else S["cell"]
                data.append([Paragraph(escape(c).replace("\n", "<br/>"), sty) for c in row])
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1 if head else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if head:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "plain_table":
            rows, widths = b[1], b[2]
            data = [[Paragraph(escape(c).replace("\n", "<br/>"), S["p"]) for c in row] for row in rows]
            t = Table(data, colWidths=[w * cm for w in widths])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        else:
            raise ValueError(kind)

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        w, h = A4
        if header:
            canvas.drawString(2.2 * cm, h - 1.3 * cm, header)
            canvas.line(2.2 * cm, h - 1.45 * cm, w - 2.2 * cm, h - 1.45 * cm)
        if footer:
            canvas.line(2.2 * cm, 1.55 * cm, w - 2.2 * cm, 1.55 * cm)
            canvas.drawString(2.2 * cm, 1.2 * cm, footer)
            canvas.drawRightString(w - 2.2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    m = margins or (2.2, 2.2, 2.3, 2.3)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=m[0] * cm, rightMargin=m[1] * cm,
                            topMargin=m[2] * cm, bottomMargin=m[3] * cm, title=meta_title,
                            author="", subject="", creator="", producer="", invariant=1)
    if header or footer:
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    else:
        doc.build(story)


# --------------------------------------------------------------------------------------------
# DOCX helper
# --------------------------------------------------------------------------------------------

def build_docx(path, blocks, meta_title, author="Bestuursbureau"):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_heading(b[1], level=0)
        elif kind == "subtitle":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs:
                r.italic = True
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "pb_text":  # bold lead-in + text
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            p.add_run(b[2])
        elif kind == "pi":
            p = d.add_paragraph(b[1])
            p.paragraph_format.left_indent = Cm(0.8)
        elif kind == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(9)
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            rows, widths = b[1], b[2]
            head = b[3] if len(b) > 3 else True
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, txt in enumerate(row):
                    cell = t.cell(ri, ci)
                    cell.width = Cm(widths[ci])
                    lines = txt.split("\n")
                    cell.paragraphs[0].text = ""
                    run = cell.paragraphs[0].add_run(lines[0])
                    if head and ri == 0:
                        run.bold = True
                    for extra in lines[1:]:
                        cell.add_paragraph(extra)
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.title = meta_title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite zip with fixed timestamps so output is byte-identical on rebuild
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def write_text(path, text):
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
        parts = []
        names = ["word/document.xml"] + sorted(n for n in z.namelist()
                                               if re.match(r"word/(header|footer)\d*\.xml", n))
        for n in names:
            xml = z.read(n).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)
                parts.append("".join(texts))
        import html
        return html.unescape("\n".join(parts))
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00a0", " ").replace("\r", "")
    return re.sub(r"\s+", " ", s).strip()


# ============================================================================================
# SAMPLES
# ============================================================================================

# --------------------------------------------------------------------------------------------
# 133 - considerans with many overwegingen, articles with headings that do not name the topic
# --------------------------------------------------------------------------------------------

@sample(133, "considerans_eigen_koppen_installatie", "pdf",
        "PDF, bestuurssecretariaat-stijl, Flevoland, PIE kader -> mbo 3 Eerste monteur elektrotechnische "
        "installaties; lange considerans (12 overwegingen) en artikelkoppen die het onderwerp niet "
        "noemen (Sturing, Geld, Als het schuurt, Samen verder); volledig compliant, overdracht beide "
        "richtingen met bedragen per leerling, aanvullende medezeggenschapsafspraken",
        st("p p p p p p p p p p"),
        {"a": "Artikel 1 Waar het om gaat", "b": "Artikel 2 Met de praktijk",
         "c": "Artikel 3 Sturing", "d": "Artikel 4 Rekenschap",
         "e": "Artikel 5 Mensen, ruimtes en programma", "f": "Artikel 6 Als het anders loopt",
         "g": "Artikel 7 Geld", "h": "Artikel 8 Stem en inspraak", "i": "Artikel 9 Als het schuurt",
         "j": "Artikel 10 Samen verder"})
def s133():
    B = []
    B += [("title", "Samenwerkingsovereenkomst"),
          ("subtitle", "Doorlopende leerroute Elektrotechniek Flevoland\n"
                       "vmbo PIE kader  >  mbo Eerste monteur elektrotechnische installaties"),
          ("small", "Kenmerk BS/2025/0417  -  vastgesteld in het bestuurlijk overleg van 30 juni 2025"),
          ("h1", "Partijen"),
          ("pi", "1.  Stichting Scholengroep Flevomeer, statutair gevestigd te Lelystad, bevoegd gezag "
                 "van Vaartland Vakcollege te Lelystad, rechtsgeldig vertegenwoordigd door de voorzitter "
                 "van het college van bestuur, mevrouw drs. H.J. Dekker-Hofstra, hierna: 'Vaartland';"),
          ("pi", "2.  Stichting Regionaal Opleidingencentrum Zuiderzeeland, statutair gevestigd te "
                 "Almere, rechtsgeldig vertegenwoordigd door de heer ir. B.W.M. Brouwer, lid van het "
                 "college van bestuur, hierna: 'Zuiderzeeland';"),
          ("p", "hierna samen te noemen: 'partijen'."),
          ("h1", "Overwegingen"),
          ("p", "Partijen nemen het volgende in aanmerking:"),
          ("pi", "a.  de Wet doorlopende leerroutes vmbo-mbo (Stb. 2020, 157) biedt scholen en "
                 "instellingen de ruimte om vmbo- en mbo-onderwijs als een samenhangend traject aan te "
                 "bieden, mits daaraan een samenwerkingsovereenkomst ten grondslag ligt;"),
          ("pi", "b.  de installatiebranche in Flevoland kampt met een structureel tekort aan vakmensen, in "
                 "het bijzonder eerste monteurs in de elektrotechniek, mede als gevolg van de "
                 "energietransitie en de verduurzaming van de woningvoorraad;"),
          ("pi", "c.  partijen sinds schooljaar 2021-2022 binnen het Techniekpact Flevoland ervaring hebben "
                 "opgedaan met gezamenlijke praktijkmodules voor leerlingen van het derde en vierde "
                 "leerjaar;"),
          ("pi", "d.  uit de evaluatie van die pilot (rapportage 'Stroomlijnen', maart 2024) blijkt dat "
                 "dubbelingen in de leerstof en een harde knip bij de overgang naar het mbo tot "
                 "onnodige uitval leiden;"),
          ("pi", "e.  het regionaal plan onderwijsvoorzieningen (RPO) Flevoland 2024-2028 de doorlopende "
                 "leerroute elektrotechniek als prioriteit benoemt;"),
          ("pi", "f.  partijen de samenwerking niet afhankelijk willen laten zijn van personen en daarom "
                 "kiezen voor heldere governance met een herkenbare regiehouder;"),
          ("pi", "g.  partijen de PDCA-cyclus van beide organisaties op elkaar willen laten aansluiten, "
                 "zodat de route in de gewone planning-en-controlcyclus meeloopt;"),
          ("pi", "h.  partijen de installatiebedrijven in de regio een structurele rol willen geven in "
                 "de invulling van de route;"),
          ("pi", "i.  iedere leerling, ook als de route onverhoopt niet blijkt te passen, verzekerd moet "
                 "zijn van een passend vervolg richting een diploma;"),
          ("pi", "j.  de medezeggenschapsraad van Vaartland op 3 juni 2025 en de studentenraad van "
                 "Zuiderzeeland op 14 mei 2025 positief hebben geadviseerd over het voornemen tot deze "
                 "samenwerking;"),
          ("pi", "k.  partijen de financiële verhouding transparant en proportioneel willen inrichten, "
                 "zonder dat de route voor een van beide partijen een verliespost wordt;"),
          ("pi", "l.  partijen deze overeenkomst mede zien als kaderstellend voor een mogelijke "
                 "uitbreiding naar andere profielen en andere scholen in de regio;"),
          ("p", "en verklaren als volgt te zijn overeengekomen."),
          ]
    B += [("h1", "Artikel 1 Waar het om gaat"),
          ("p", "1.1  Partijen verzorgen met ingang van 1 augustus 2025 samen een doorlopende leerroute "
                "waarin het vmbo-profiel Produceren, installeren en energie in de kaderberoepsgerichte "
                "leerweg van Vaartland zonder knip overgaat in de mbo-opleiding Eerste monteur "
                "elektrotechnische installaties in de woning en utiliteit (niveau 3, "
                "beroepsopleidende leerweg) van Zuiderzeeland. De opleiding hoort bij het "
                "opleidingsdomein Installatie- en energietechniek."),
          ("p", "1.2  De route beslaat vijf leerjaren: routejaar 1 en 2 vallen samen met leerjaar 3 en 4 "
                "van het vmbo, routejaar 3 tot en met 5 met de mbo-opleiding. Leerlingen kiezen aan het "
                "einde van leerjaar 2 voor de route; de instroom is begrensd op 24 leerlingen per cohort."),
          ("p", "1.3  Partijen melden de route voor 1 oktober 2025 gezamenlijk aan bij DUO via het "
                "Register Instellingen en Opleidingen."),
          ("h1", "Artikel 2 Met de praktijk"),
          ("p", "2.1  Rond de route staat een werkveldtafel van ten minste vier installatiebedrijven uit "
                "de regio. Bij de start nemen Polderlicht Installatietechniek B.V. (Lelystad), Elektrobedrijf "
                "Visscher & Zn. (Dronten), Energiewerk Flevoland B.V. (Almere) en Domotica Noordoostpolder "
                "(Emmeloord) deel, aangevuld met een vertegenwoordiger van de regionale afdeling van de "
                "branchevereniging en de adviseur praktijkleren van SBB."),
          ("p", "2.2  De aangesloten bedrijven verbinden zich tot: (a) een oriënterende meeloopperiode "
                "van tien dagen per leerling in routejaar 2; (b) plaatsen voor beroepspraktijkvorming "
                "als erkend leerbedrijf in routejaar 3 tot en met 5; (c) ten minste twee levensechte "
                "opdrachten per schooljaar, bijvoorbeeld het ontwerpen van een groepenkast of het "
                "aansluiten van een laadpaal; (d) een vakman die bij de proeve van bekwaamheid als "
                "tweede beoordelaar optreedt."),
          ("p", "2.3  De werkveldtafel vergadert twee keer per jaar. Zij adviseert de regiegroep gevraagd "
                "en ongevraagd over de actualiteit van het programma en krijgt het concept van het "
                "gezamenlijke PTA/OER ieder voorjaar ter advisering voorgelegd."),
          ("h1", "Artikel 3 Sturing"),
          ("p", "3.1  De dagelijkse regie over de route ligt bij een regiegroep van drie personen: de "
                "afdelingsdirecteur bovenbouw van Vaartland, de onderwijsmanager Installatietechniek "
                "van Zuiderzeeland en de routecoördinator, die optreedt als regiehouder en voorzitter."),
          ("p", "3.2  De afdelingsdirecteur en de onderwijsmanager hebben zitting uit hoofde van hun "
                "functie; ieder college van bestuur wijst bij wisseling van functionaris de opvolger "
                "aan. De routecoördinator wordt na gezamenlijke werving door beide colleges van bestuur "
                "gezamenlijk aangesteld voor drie schooljaren; herbenoeming is mogelijk. Totdat die "
                "aanstelling rond is, vervult mevrouw ing. R. Veldkamp, thans kwartiermaker, die rol."),
          ("p", "3.3  De colleges van bestuur dragen de regiegroep op en geven haar het mandaat om: (a) "
                "het onderwijs- en examenprogramma per leerjaar uit te werken en jaarlijks vast te "
                "stellen binnen de kaders van PTA en OER; (b) docenten en instructeurs van beide partijen "
                "voor de route in te roosteren; (c) te beslissen over toelating tot de route; (d) te "
                "beschikken over het routebudget tot een bedrag van EUR 40.000 per schooljaar. "
                "Aanstelling en ontslag van personeel, uitgaven boven dat bedrag, wijziging van de "
                "route en uitbreiding naar andere profielen blijven voorbehouden aan de colleges."),
          ("h1", "Artikel 4 Rekenschap"),
          ("p", "4.1  De regiegroep houdt beide colleges van bestuur langs de lijn van de PDCA-cyclus op "
                "de hoogte. Zij stuurt hun uiterlijk 15 februari en 15 juli een voortgangsnotitie met de "
                "cijfers over in-, door- en uitstroom, de examenresultaten, de uitputting van het "
                "routebudget en de knelpunten."),
          ("p", "4.2  Ieder jaar in oktober legt de regiegroep in het bestuurlijk overleg van beide "
                "colleges rekenschap af over het afgelopen schooljaar en legt zij het jaarplan voor het "
                "lopende schooljaar ter goedkeuring voor. De colleges verwerken de route in hun eigen "
                "jaarverslag."),
          ("p", "4.3  Voorvallen die de continuïteit van de route of de veiligheid van leerlingen raken, "
                "meldt de regiehouder dezelfde werkdag aan beide colleges."),
          ("h1", "Artikel 5 Mensen, ruimtes en programma"),
          ("p", "5.1  Routejaar 1 en 2 worden verzorgd op de locatie van Vaartland in Lelystad; de "
                "leerlingen werken daarnaast een dag per week in de installatiehal van Zuiderzeeland "
                "op de Technocampus in Almere-Poort. Routejaar 3 tot en met 5 worden verzorgd "
                "door Zuiderzeeland in Almere en bij de leerbedrijven."),
          ("p", "5.2  Docenten en instructeurs van beide partijen vormen samen één routeteam onder "
                "leiding van de regiehouder. Voor de vakoverstijgende praktijkmodules in routejaar 1 "
                "en 2 zetten partijen het team in op grond van de teambevoegdheid (artikel 7.13a WVO "
                "2020 en artikel 9.1.12 WEB); voor ieder programmaonderdeel is ten minste één daartoe "
                "bevoegde docent betrokken. Zuiderzeeland stelt in routejaar 1 en 2 twee instructeurs "
                "elektrotechniek beschikbaar voor samen 0,6 fte; Vaartland zet in routejaar 3 een "
                "docent Nederlands en rekenen in voor 0,2 fte ten behoeve van studenten die hun "
                "vmbo-diploma nog moeten behalen. Iedere medewerker blijft in dienst van de eigen "
                "werkgever, die ook de rechtspositionele zaken regelt."),
          ("p", "5.3  Over en weer mogen de routeleerlingen en het routeteam om niet gebruikmaken van "
                "elkaars voorzieningen: bij Vaartland het praktijklokaal elektro en het "
                "ICT-leerplein, bij Zuiderzeeland de installatiehal, het domotica-lab en de "
                "zonnepanelenopstelling. Schade die buiten normaal gebruik ontstaat, komt voor rekening "
                "van de gebruikende partij."),
          ("p", "5.4  Het programma en de examinering per leerjaar liggen vast in het gezamenlijke "
                "PTA/OER (bijlage 1), waarin per onderdeel staat of het tot het vmbo- of het "
                "mbo-deel behoort. Het centraal examen vmbo wordt afgenomen in routejaar 2; mbo-examens "
                "en beroepspraktijkvorming kunnen vanaf routejaar 1 plaatsvinden."),
          ("p", "5.5  Een klacht over een medewerker van de andere partij wordt behandeld volgens de "
                "klachtenregeling van de partij waar de leerling op dat moment is ingeschreven; de "
                "andere partij verleent daaraan volledige medewerking."),
          ("h1", "Artikel 6 Als het anders loopt"),
          ("p", "6.1  Een leerling voor wie de route niet meer de juiste weg is, houdt altijd zicht op "
                "een diploma. Zodra uitstappen aan de orde is, voeren de mentor van Vaartland en de "
                "loopbaanbegeleider van Zuiderzeeland samen een gesprek met de leerling en diens "
                "ouders. Daarna stellen de afdelingsdirecteur en de onderwijsmanager gezamenlijk vast "
                "welk vervolg past bij wat de leerling al heeft behaald en bij diens leeftijd; het "
                "besluit wordt binnen vier weken schriftelijk aan leerling en ouders bevestigd."),
          ("p", "6.2  Daarbij gelden de volgende kaders:"),
          ("pi", "a.  wie in routejaar 1 of 2 uitstapt, vervolgt de kaderberoepsgerichte leerweg bij "
                 "Vaartland in hetzelfde of een ander profiel, met behoud van de behaalde "
                 "resultaten, en werkt toe naar het vmbo-diploma;"),
          ("pi", "b.  wie vanaf routejaar 3 uitstapt, kan bij Zuiderzeeland doorstappen naar een "
                 "andere opleiding op niveau 3, zoals Eerste monteur werktuigkundige installaties, of, "
                 "als dat beter past, naar Monteur elektrotechnische installaties op niveau 2; "
                 "vooropleidingseisen worden daarbij niet gesteld;"),
          ("pi", "c.  wie aan het einde van routejaar 3 het vmbo-diploma nog niet heeft, kan de "
                 "mbo-opleiding voortzetten terwijl Vaartland een herkansingsmogelijkheid biedt, of "
                 "een jaar overdoen om het diploma alsnog te halen;"),
          ("pi", "d.  wie verhuist of een andere richting wil, wordt warm overgedragen aan een school of "
                 "instelling in de nieuwe regio; Zuiderzeeland levert daarvoor de informatie die "
                 "een eventueel geschiktheidsonderzoek vergemakkelijkt."),
          ("p", "6.3  De werkwijze wordt voor leerlingen en ouders beschreven in de schoolgids van "
                "Vaartland en de studiegids van Zuiderzeeland."),
          ]
    B += [("h1", "Artikel 7 Geld"),
          ("p", "7.1  Met toepassing van artikel 5.42a WVO 2020 draagt Vaartland een deel van zijn "
                "bekostiging over aan Zuiderzeeland: EUR 1.250 per routeleerling per schooljaar in "
                "routejaar 1 en 2, vast te stellen op basis van de telling op 1 oktober. Het bedrag is "
                "bestemd voor de inzet van de twee instructeurs (artikel 5.2) en het verbruiksmateriaal "
                "in de installatiehal."),
          ("p", "7.2  Met toepassing van artikel 9.1.15 WEB draagt Zuiderzeeland EUR 450 per student "
                "in routejaar 3 zonder vmbo-diploma over aan Vaartland, bestemd voor de inzet van de "
                "docent Nederlands en rekenen en de afname van de vmbo-examens."),
          ("p", "7.3  Ter indicatie, bij een volledig cohort van 24 leerlingen:"),
          ("table", [["Stroom", "Grondslag", "Per leerling", "Indicatief totaal", "Bestemming"],
                     ["Vaartland > Zuiderzeeland", "routejaar 1 en 2, telling 1 oktober",
                      "EUR 1.250", "EUR 60.000 (2 cohorten)", "instructeurs 0,6 fte, materiaal"],
                     ["Zuiderzeeland > Vaartland", "routejaar 3, zonder vmbo-diploma",
                      "EUR 450", "EUR 2.700 (bij 6 studenten)", "docent Nederlands/rekenen, examens"]],
           [3.6, 3.6, 2.2, 3.2, 4.0]),
          ("p", "7.4  Partijen factureren uiterlijk 1 december over het lopende schooljaar. Overige "
                "kosten draagt iedere partij zelf."),
          ("h1", "Artikel 8 Stem en inspraak"),
          ("p", "8.1  Voor routeleerlingen die bij Vaartland staan ingeschreven, hun ouders en het "
                "personeel van Vaartland loopt de medezeggenschap via de medezeggenschapsraad van "
                "Vaartland; voor studenten van Zuiderzeeland en hun ouders via de studentenraad en de "
                "ouderraad en voor het personeel van Zuiderzeeland via de ondernemingsraad. Bovenop "
                "die regels spreken partijen het volgende af:"),
          ("pi", "a.  een routeleerling uit routejaar 2 mag als adviserend lid aanschuiven bij de "
                 "studentenraad van het college Techniek van Zuiderzeeland;"),
          ("pi", "b.  de medezeggenschapsraad van Vaartland en de studentenraad van Zuiderzeeland "
                 "komen eenmaal per jaar samen in een routeraadpleging, waarin de regiegroep de "
                 "voortgangsnotitie van juli toelicht;"),
          ("pi", "c.  een voorgenomen besluit tot wezenlijke wijziging of beëindiging van de route wordt "
                 "aan beide organen voor advies voorgelegd."),
          ("h1", "Artikel 9 Als het schuurt"),
          ("p", "9.1  Lopen partijen bij de uitvoering van deze overeenkomst tegen een verschil van "
                "inzicht aan, dan doorlopen zij de volgende escalatieladder:"),
          ("pi", "1.  de regiegroep zoekt binnen twee weken een oplossing;"),
          ("pi", "2.  lukt dat niet, dan agenderen de portefeuillehouders van beide colleges van "
                 "bestuur het punt binnen vier weken in een extra bestuurlijk overleg;"),
          ("pi", "3.  blijft een oplossing uit, dan schakelen partijen een gezamenlijk gekozen "
                 "MfN-geregistreerde mediator in;"),
          ("pi", "4.  is er drie maanden na de start van de mediation geen overeenstemming, dan kan "
                 "ieder van partijen het geschil voorleggen aan de bevoegde rechter van de rechtbank "
                 "Midden-Nederland."),
          ("p", "9.2  Zolang een geschil loopt, zetten partijen de route voor de ingeschreven leerlingen "
                "ongewijzigd voort."),
          ("h1", "Artikel 10 Samen verder"),
          ("p", "10.1  Deze overeenkomst geldt voor onbepaalde tijd. De regiegroep evalueert haar iedere "
                "drie jaar, voor het eerst in het voorjaar van 2028."),
          ("p", "10.2  Een andere vmbo-school of mbo-instelling kan zich bij de route aansluiten, mits "
                "zij het profiel Produceren, installeren en energie respectievelijk een verwante "
                "installatietechnische opleiding aanbiedt, deze overeenkomst integraal onderschrijft "
                "door middel van een toetredingsverklaring en beide colleges van bestuur daarmee "
                "schriftelijk instemmen. Aansluiting gaat in bij de start van een schooljaar, na "
                "gezamenlijke melding bij DUO."),
          ("p", "10.3  Ieder van partijen kan de overeenkomst schriftelijk en met redenen omkleed "
                "beëindigen tegen 1 augustus van enig jaar, met inachtneming van een termijn van ten "
                "minste twaalf maanden. Bij een ernstige tekortkoming kan de andere partij de "
                "overeenkomst na schriftelijke ingebrekestelling en een hersteltermijn van drie "
                "maanden ontbinden."),
          ("p", "10.4  Na een opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen "
                "die al in de route zitten, maken haar af onder de voorwaarden van deze overeenkomst, "
                "met inbegrip van de financiële afspraken. De regiegroep stelt binnen twee maanden een "
                "exitstrategie op met per leerling het afbouwtraject."),
          ("p", "10.5  Wijziging van deze overeenkomst gebeurt uitsluitend schriftelijk, ondertekend door "
                "beide colleges van bestuur, nadat de organen uit artikel 8 om advies is gevraagd. Een "
                "wijziging van het programma geldt alleen voor cohorten die daarna instromen, tenzij zij "
                "zittende leerlingen uitsluitend voordeel brengt."),
          ("h1", "Ondertekening"),
          ("p", "Aldus overeengekomen en in tweevoud ondertekend te Lelystad op 30 juni 2025."),
          ("plain_table", [["Stichting Scholengroep Flevomeer\n\n\n\ndrs. H.J. Dekker-Hofstra\n"
                            "voorzitter college van bestuur",
                            "Stichting ROC Zuiderzeeland\n\n\n\nir. B.W.M. Brouwer\n"
                            "lid college van bestuur"]], [8.2, 8.2]),
          ("sp", 10),
          ("small", "Bijlagen: 1. Gezamenlijk PTA/OER routejaar 1-5 (versie 2025-2026); "
                    "2. Samenstelling werkveldtafel 2025-2026."),
          ]
    return B


# --------------------------------------------------------------------------------------------
# 134 - raamovereenkomst with per-route bijlagen holding the concrete arrangements
# --------------------------------------------------------------------------------------------

@sample(134, "raamovereenkomst_routebijlagen_zeeland", "docx",
        "DOCX, raamovereenkomst in bestuursbureau-taal, Zeeland, twee routes (Zorg en welzijn kader -> "
        "Verzorgende-IG niveau 3; Maritiem en techniek basis -> Matroos binnenvaart niveau 2); "
        "algemene kaders in de artikelen, concrete afspraken (profiel/kwalificatie, leerbedrijven, "
        "personeel, voorzieningen, bedragen) in routebijlagen als tabel; volledig compliant",
        st("p p p p p p p p p p"),
        {"a": "Routebijlage A: Zorg en welzijn naar Verzorgende-IG", "b": "Artikel 5 Werkveld",
         "c": "Artikel 3 Governance", "d": "Artikel 4 Informatie en verantwoording",
         "e": "Artikel 6 Uitvoering", "f": "Artikel 7 Uitstappen en doorstappen",
         "g": "Artikel 8 Financiële verhouding", "h": "Artikel 9 Inspraak",
         "i": "Artikel 10 Verschillen van inzicht",
         "j": "Artikel 11 Looptijd, nieuwe partners en einde"})
def s134():
    B = [("opts", {"author": "Bestuurssecretariaat De Zeeuwse Stromen"})]
    B += [("title", "Raamovereenkomst doorlopende leerroutes vmbo-mbo Zeeland 2025-2030"),
          ("subtitle", "Kaderovereenkomst met routebijlagen - definitieve versie na bestuurlijk overleg "
                       "van 24 juni 2025"),
          ("h1", "De ondergetekenden"),
          ("p", "1. Stichting Scholengroep De Zeeuwse Stromen, gevestigd te Goes, bevoegd gezag van het "
                "Oosterschelde Vakcollege te Goes en het Scheldekust College te Vlissingen, te dezen "
                "vertegenwoordigd door de voorzitter van het college van bestuur, de heer mr. P.A. "
                "Verhulst, hierna: 'De Zeeuwse Stromen';"),
          ("p", "2. Stichting ROC Zeeuwse Delta, gevestigd te Vlissingen, te dezen vertegenwoordigd door "
                "de voorzitter van het college van bestuur, mevrouw dr. L.M. de Kam-Boone, hierna: "
                "'Zeeuwse Delta';"),
          ("h1", "Preambule"),
          ("p", "Partijen werken al jaren samen in de aansluiting vmbo-mbo in Zeeland. Met deze "
                "raamovereenkomst leggen zij een gezamenlijk kader vast voor de doorlopende leerroutes "
                "die zij nu en in de komende jaren aanbieden. De raamovereenkomst regelt wat voor "
                "iedere route gelijk is; wat per route verschilt, staat in een routebijlage. Zo "
                "kunnen routes worden toegevoegd of aangepast zonder dat het kader telkens opnieuw ter "
                "discussie staat."),
          ("p", "Partijen komen het volgende overeen."),
          ("h1", "Artikel 1 Begrippen"),
          ("li", "Route: een doorlopende leerroute vmbo-mbo die partijen op grond van deze "
                 "raamovereenkomst gezamenlijk verzorgen."),
          ("li", "Routebijlage: een bijlage bij deze raamovereenkomst die voor een route de concrete "
                 "afspraken bevat en met de raamovereenkomst een geheel vormt."),
          ("li", "Stuurgroep: het orgaan bedoeld in artikel 3.2."),
          ("li", "Routeregisseur: de functionaris bedoeld in artikel 3.3."),
          ("li", "Werkveldcommissie: de commissie van leerbedrijven bedoeld in artikel 5."),
          ("h1", "Artikel 2 Strekking en rangorde"),
          ("p", "2.1 Partijen verzorgen samen de routes die in de routebijlagen zijn beschreven. Bij de "
                "inwerkingtreding zijn dat route A (routebijlage A) en route B (routebijlage B)."),
          ("p", "2.2 Iedere routebijlage legt ten minste vast: het vmbo-profiel en de leerweg, de "
                "mbo-kwalificatie met niveau en opleidingsdomein, de leerbedrijven in de "
                "werkveldcommissie en hun bijdrage, de locaties, de inzet van personeel en "
                "voorzieningen, de routespecifieke uitstapmogelijkheden en de financiële afspraken."),
          ("p", "2.3 Bij strijdigheid gaat deze raamovereenkomst voor, tenzij een routebijlage er "
                "uitdrukkelijk en gemotiveerd van afwijkt."),
          ("h1", "Artikel 3 Governance"),
          ("p", "3.1 De sturing op de routes kent twee lagen: een stuurgroep die kaderstellend werkt "
                "voor alle routes en per route een routeregisseur die de uitvoering regisseert."),
          ("p", "3.2 De stuurgroep bestaat uit de sectordirecteur vmbo van De Zeeuwse Stromen en de "
                "directeuren van de colleges Zorg & Welzijn en Techniek & Maritiem van Zeeuwse Delta. "
                "Ieder college van bestuur wijst de eigen leden aan en voorziet in vervanging. De "
                "bestuurssecretarissen van beide partijen voeren het secretariaat, zonder stemrecht. "
                "Het voorzitterschap wisselt ieder schooljaar tussen partijen."),
          ("p", "3.3 De stuurgroep benoemt per route een routeregisseur op gezamenlijke voordracht van "
                "de directeuren die de route aangaat, voor twee schooljaren; herbenoeming is mogelijk."),
          ("p", "3.4 De colleges van bestuur leggen bij de stuurgroep de volgende taken en "
                "beslissingsbevoegdheden: het jaarplan en de routebegroting vaststellen binnen de "
                "financiële kaders van de routebijlagen; het gezamenlijke PTA/OER per route goedkeuren; "
                "de instroomcapaciteit bepalen; routeregisseurs benoemen en ontheffen; en knopen "
                "doorhakken over een overstap wanneer de uitvoerders het niet eens worden. De "
                "routeregisseur is belast met de dagelijkse uitvoering: roostering, functionele "
                "aansturing van het routeteam, contact met de werkveldcommissie en het voeren van "
                "overstapgesprekken."),
          ("p", "3.5 Aan de colleges van bestuur blijven voorbehouden: het toevoegen of beëindigen van "
                "een route, wijziging van financiële afspraken, werkgeversbesluiten en besluiten met "
                "financiële gevolgen boven € 25.000."),
          ("h1", "Artikel 4 Informatie en verantwoording"),
          ("p", "4.1 De stuurgroep informeert beide colleges van bestuur via de bestuurssecretarissen "
                "en legt aan hen verantwoording af door middel van:"),
          ("li", "een routedashboard per kwartaal met aanmeldingen, uitval, overstappen, verzuim en "
                 "bezetting van bpv-plaatsen;"),
          ("li", "een routejaarverslag, jaarlijks vóór 1 november, met de evaluatie van het afgelopen "
                 "schooljaar volgens de PDCA-cyclus en de financiële verantwoording per route;"),
          ("li", "een bestuurlijk overleg van beide colleges in november en mei, waarin de voorzitter "
                 "van de stuurgroep het verslag en het dashboard toelicht."),
          ("p", "4.2 Ieder college kan tussentijds aanvullende informatie vragen; de stuurgroep levert "
                "die binnen tien werkdagen."),
          ("h1", "Artikel 5 Werkveld"),
          ("p", "5.1 Voor iedere route is er een werkveldcommissie van ten minste drie leerbedrijven uit "
                "de betrokken branche en de adviseur praktijkleren van SBB. De namen staan in de "
                "routebijlage."),
          ("p", "5.2 De leerbedrijven in de werkveldcommissie stellen plaatsen voor "
                "beroepspraktijkvorming beschikbaar, leveren gastdocenten, beoordelen mee bij de "
                "beroepsgerichte examens en geven ieder jaar vóór 1 april advies over het concept-PTA/OER "
                "van de route."),
          ("p", "5.3 De werkveldcommissie komt ten minste twee keer per jaar met de routeregisseur bijeen."),
          ("h1", "Artikel 6 Uitvoering"),
          ("p", "6.1 De routebijlage noemt waar de route wordt gegeven. Onderwijs en examinering per "
                "leerjaar staan in het gezamenlijke PTA/OER per route, dat de stuurgroep jaarlijks vóór "
                "1 oktober goedkeurt; daarin is per onderdeel aangegeven of het vmbo- of mbo-onderwijs "
                "betreft."),
          ("p", "6.2 Per route vormen docenten van beide partijen een routeteam. Voor de onderdelen die "
                "in het PTA/OER als teamonderdeel zijn gemarkeerd, wordt het team ingezet op grond van "
                "de teambevoegdheid; ieder onderdeel heeft ten minste een bevoegde docent. Medewerkers "
                "blijven in dienst van hun eigen werkgever. De omvang van de inzet over en weer staat in "
                "de routebijlage."),
          ("p", "6.3 Partijen stellen elkaar hun praktijkruimten, leermiddelen en ICT-voorzieningen ter "
                "beschikking zoals de routebijlage aangeeft; dat gebruik is kosteloos, tenzij de "
                "routebijlage anders bepaalt."),
          ("p", "6.4 In de vo-fase verzorgt De Zeeuwse Stromen de leerlingadministratie en het "
                "verzuimbeleid, in de mbo-fase Zeeuwse Delta."),
          ("h1", "Artikel 7 Uitstappen en doorstappen"),
          ("p", "7.1 Iedere leerling die een route voortijdig verlaat, krijgt een vervolg aangeboden "
                "dat leidt naar een vmbo- of mbo-diploma."),
          ("p", "7.2 De routeregisseur en de mentor of studieloopbaanbegeleider stellen samen met de "
                "leerling en de ouders een overstapplan op. Beide partijen stellen dat plan gezamenlijk "
                "vast, met het oog op wat de leerling al heeft behaald en op diens leeftijd. Komen zij er "
                "niet uit, dan beslist de stuurgroep binnen twee weken."),
          ("p", "7.3 Voor alle routes geldt:"),
          ("li", "in de vo-fase stroomt de leerling door naar het reguliere vmbo-programma van De Zeeuwse "
                 "Stromen in dezelfde leerweg, in hetzelfde of een ander profiel, of naar een andere "
                 "route;"),
          ("li", "in de mbo-fase kan de leerling zonder vooropleidingseisen overstappen naar een andere "
                 "opleiding van Zeeuwse Delta op hetzelfde niveau of, als dat beter aansluit, een niveau "
                 "lager;"),
          ("li", "wie het vmbo-diploma aan het eind van routejaar 3 nog niet heeft, zet de mbo-opleiding "
                 "voort en krijgt van De Zeeuwse Stromen een herkansing, of doubleert;"),
          ("li", "wie naar een andere instelling wil, wordt actief begeleid; Zeeuwse Delta stelt "
                 "daarvoor een overdrachtsdossier op dat een geschiktheidsonderzoek ondersteunt."),
          ("p", "7.4 Routespecifieke alternatieven staan in de routebijlage; de werkwijze wordt in de "
                "schoolgids beschreven."),
          ("h1", "Artikel 8 Financiële verhouding"),
          ("p", "8.1 Overdracht van bekostiging met toepassing van artikel 5.42a WVO 2020 of artikel "
                "9.1.15 WEB vindt uitsluitend plaats voor zover een routebijlage dat bepaalt, met "
                "vermelding van het bedrag per leerling, de grondslag en de bestemming. Zegt een "
                "routebijlage daarover niets, dan wordt voor die route niets overgedragen."),
          ("p", "8.2 Verrekening vindt jaarlijks plaats op basis van de telling van 1 oktober; de "
                "factuur wordt in januari verstuurd."),
          ("h1", "Artikel 9 Inspraak"),
          ("p", "9.1 In de vo-fase geldt voor leerlingen, ouders en personeel van De Zeeuwse Stromen de "
                "Wet medezeggenschap op scholen; in de mbo-fase gelden voor studenten en ouders de "
                "regels van de WEB en voor het personeel van Zeeuwse Delta de Wet op de "
                "ondernemingsraden."),
          ("p", "9.2 Aanvullend richten partijen een klankbordgroep medezeggenschap routes in, bestaande "
                "uit twee leden van de MR van De Zeeuwse Stromen (van wie ten minste één leerling of "
                "ouder), twee leden van de studentenraad en één lid van de ondernemingsraad van Zeeuwse "
                "Delta. De klankbordgroep bespreekt jaarlijks het routejaarverslag en brengt haar "
                "advies uit aan beide colleges."),
          ("p", "9.3 Een voorstel om een route toe te voegen of te beëindigen wordt, voordat de colleges "
                "besluiten, voor advies voorgelegd aan de MR van De Zeeuwse Stromen en de studentenraad "
                "van Zeeuwse Delta."),
          ("h1", "Artikel 10 Verschillen van inzicht"),
          ("p", "10.1 Een geschil over de uitvoering van deze raamovereenkomst of een routebijlage wordt "
                "eerst binnen drie weken in de stuurgroep besproken. Lukt het daar niet, dan bespreken "
                "de colleges van bestuur het binnen zes weken in bestuurlijk overleg."),
          ("p", "10.2 Leidt dat overleg niet tot een oplossing, dan leggen partijen het geschil voor aan "
                "een mediator die zij samen kiezen. Na een mislukte mediation kan ieder van partijen "
                "het geschil voorleggen aan de bevoegde rechter van de rechtbank Zeeland-West-Brabant."),
          ("h1", "Artikel 11 Looptijd, nieuwe partners en einde"),
          ("p", "11.1 Deze raamovereenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt "
                "daarna telkens met vijf jaar verlengd, tenzij een van partijen uiterlijk twaalf maanden "
                "voor het einde van de looptijd schriftelijk laat weten dat zij niet wil verlengen."),
          ("p", "11.2 Een andere Zeeuwse vmbo-school of mbo-instelling kan toetreden door ondertekening "
                "van een toetredingsaddendum, als zij een verwant profiel of een verwante opleiding "
                "aanbiedt, de raamovereenkomst volledig aanvaardt en beide colleges van bestuur "
                "schriftelijk instemmen. Toetreding gaat in bij de start van een schooljaar en wordt "
                "gezamenlijk bij DUO gemeld."),
          ("p", "11.3 De raamovereenkomst wordt alleen schriftelijk en door beide colleges van bestuur "
                "gewijzigd. Een routebijlage wordt gewijzigd door de colleges op voorstel van de "
                "stuurgroep. Wijzigingen gaan in bij het volgende schooljaar en mogen de positie van al "
                "ingeschreven leerlingen niet verslechteren."),
          ("p", "11.4 Ieder van partijen kan de raamovereenkomst in haar geheel of voor een enkele route "
                "schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van ten minste twaalf "
                "maanden. Schiet een partij ernstig tekort en herstelt zij dat niet binnen twee maanden "
                "na schriftelijke ingebrekestelling, dan kan de andere partij de overeenkomst ontbinden."),
          ("p", "11.5 Na opzegging of ontbinding stroomt in de betrokken route niemand meer in. "
                "Leerlingen die al in de route zitten, ronden haar af onder de bestaande afspraken, "
                "met inbegrip van de financiële. De stuurgroep stelt binnen drie maanden een "
                "afbouwplan op en informeert leerlingen en ouders daarover."),
          ("h1", "Artikel 12 Slotbepalingen"),
          ("p", "12.1 De routebijlagen A en B maken deel uit van deze raamovereenkomst."),
          ("p", "12.2 Op deze raamovereenkomst is Nederlands recht van toepassing."),
          ("p", "Aldus in tweevoud getekend te Goes op 30 juni 2025."),
          ("table", [["Namens De Zeeuwse Stromen", "Namens Zeeuwse Delta"],
                     ["mr. P.A. Verhulst\nvoorzitter college van bestuur\n\n\n",
                      "dr. L.M. de Kam-Boone\nvoorzitter college van bestuur\n\n\n"]], [8, 8]),
          ("pb",),
          ("h1", "Routebijlage A: Zorg en welzijn naar Verzorgende-IG"),
          ("p", "Deze routebijlage hoort bij de Raamovereenkomst doorlopende leerroutes vmbo-mbo Zeeland "
                "2025-2030 en bevat de concrete afspraken voor route A."),
          ("table", [["Onderdeel", "Afspraak"],
                     ["vmbo-deel", "Profiel Zorg en welzijn, kaderberoepsgerichte leerweg, Oosterschelde "
                                   "Vakcollege, Goes."],
                     ["mbo-deel", "Verzorgende-IG (niveau 3, beroepsopleidende leerweg), "
                                  "opleidingsdomein Zorg en welzijn, Zeeuwse Delta, college Zorg & "
                                  "Welzijn, Goes."],
                     ["Opbouw", "Routejaar 1 en 2 vmbo (leerjaar 3 en 4), routejaar 3 tot en met 5 mbo. "
                                "Maximaal 20 leerlingen per cohort."],
                     ["Werkveldcommissie", "Zorggroep Oosterschelde, Thuiszorg De Bevelanden, "
                                           "Woonzorgcentrum Het Zeepaardje (Kapelle) en de adviseur "
                                           "praktijkleren van SBB."],
                     ["Bijdrage werkveld", "Meeloopdagen in routejaar 1; gastlessen door "
                                           "wijkverpleegkundigen; bpv-plaatsen in routejaar 3 tot en met "
                                           "5; een praktijkbeoordelaar bij de proeven van bekwaamheid."],
                     ["Locaties en voorzieningen", "Routejaar 1 en 2 bij het Oosterschelde Vakcollege, met "
                                                   "een dagdeel per week in het skillslab van Zeeuwse "
                                                   "Delta in Goes; routejaar 3 tot en met 5 bij Zeeuwse "
                                                   "Delta en in de bpv."],
                     ["Personeel", "Zeeuwse Delta: twee docenten verpleegkunde, samen 0,4 fte in routejaar "
                                   "2. Oosterschelde Vakcollege: docent biologie/verzorging, 0,2 fte in "
                                   "routejaar 3 voor studenten zonder vmbo-diploma."],
                     ["Uitstappen (specifiek)", "In de mbo-fase: Helpende Zorg en Welzijn (niveau 2), "
                                                "Medewerker maatschappelijke zorg (niveau 3) of "
                                                "Pedagogisch medewerker kinderopvang (niveau 3)."],
                     ["Financiën", "De Zeeuwse Stromen draagt aan Zeeuwse Delta € 900 per routeleerling "
                                   "in routejaar 2 over (art. 5.42a WVO 2020), bestemd voor de inzet van "
                                   "de docenten verpleegkunde en het verbruiksmateriaal in het "
                                   "skillslab. Verder geen overdracht."]],
           [4.5, 11.5]),
          ("h1", "Routebijlage B: Maritiem en techniek naar Matroos binnenvaart"),
          ("p", "Deze routebijlage hoort bij de Raamovereenkomst doorlopende leerroutes vmbo-mbo Zeeland "
                "2025-2030 en bevat de concrete afspraken voor route B."),
          ("table", [["Onderdeel", "Afspraak"],
                     ["vmbo-deel", "Profiel Maritiem en techniek, basisberoepsgerichte leerweg, "
                                   "Scheldekust College, Vlissingen."],
                     ["mbo-deel", "Matroos binnenvaart (niveau 2, beroepsopleidende leerweg), "
                                  "opleidingsdomein Transport, scheepvaart en logistiek, Zeeuwse Delta, "
                                  "college Techniek & Maritiem, Vlissingen."],
                     ["Opbouw", "Routejaar 1 en 2 vmbo, routejaar 3 en 4 mbo. Maximaal 16 leerlingen per "
                                "cohort."],
                     ["Werkveldcommissie", "Rederij Scheldevaart B.V., Sleepdienst Westerschelde, "
                                           "Binnenvaartbedrijf Gebr. Rijkaart, een vertegenwoordiger van "
                                           "de branchevereniging Binnenvaart Zuidwest en de adviseur "
                                           "praktijkleren van SBB."],
                     ["Bijdrage werkveld", "Meevaardagen in routejaar 2; bpv aan boord in routejaar 3 en "
                                           "4; een praktijkbeoordelaar bij het examen matroos."],
                     ["Locaties en voorzieningen", "Scheldekust College (metaalwerkplaats, ter beschikking "
                                                   "van het routeteam); van Zeeuwse Delta het "
                                                   "opleidingsschip 'Walcheren' en de "
                                                   "vaarsimulator, een dag per week vanaf routejaar 1."],
                     ["Personeel", "Zeeuwse Delta: instructeur nautische vakken, 0,3 fte in routejaar 1 "
                                   "en 2. Scheldekust College: docent Nederlands en rekenen, 0,1 fte in "
                                   "routejaar 3."],
                     ["Uitstappen (specifiek)", "In de mbo-fase: Logistiek medewerker (niveau 2) of "
                                                "Medewerker haven en vervoer (niveau 2) bij Zeeuwse "
                                                "Delta."],
                     ["Financiën", "Voor route B wordt geen bekostiging overgedragen; iedere partij "
                                   "draagt de kosten van haar eigen inzet."]],
           [4.5, 11.5]),
          ]
    return B


# --------------------------------------------------------------------------------------------
# 135 - PDF with table of contents and running headers/footers; stale ToC entry (defects)
# --------------------------------------------------------------------------------------------

@sample(135, "inhoudsopgave_lopende_koppen_ict", "pdf",
        "PDF met voorblad, inhoudsopgave en lopende kop- en voetregels, bureau bestuurszaken, Utrecht, "
        "MVI gemengde leerweg -> mbo 4 Software developer; gebreken: bedrijfsleven alleen in de "
        "(verouderde) inhoudsopgave, een definitie en de considerans (b missing), verantwoording "
        "doorgeschoven naar een later kwaliteitskader zonder vorm of frequentie (d weak); expliciet "
        "geen overdracht van bekostiging",
        st("p m p w p p p p p p"),
        {"a": "Artikel 2 Onderwerp van de overeenkomst", "c": "Artikel 3 Routeleiding",
         "e": "Artikel 5 Onderwijs, examinering en personeel", "f": "Artikel 6 Overstapmogelijkheden",
         "g": "Artikel 7 Financiën", "h": "Artikel 8 Medezeggenschap", "i": "Artikel 9 Geschillen",
         "j": "Artikel 10 Duur, toetreding, wijziging en beëindiging"})
def s135():
    B = [("opts", {"header": "Samenwerkingsovereenkomst DLR MVI - Software developer  |  Rijnhof / "
                             "ROC Vecht en Eem",
                   "footer": "Bureau Bestuurszaken  -  definitief v1.0  -  27 juni 2025",
                   "margins": (2.2, 2.2, 2.4, 2.4)})]
    B += [("sp", 40),
          ("title", "Samenwerkingsovereenkomst\nDoorlopende leerroute vmbo-mbo"),
          ("subtitle", "Media, vormgeving en ICT (gemengde leerweg)  -  Software developer (mbo niveau 4)"),
          ("sp", 12),
          ("p", "Stichting Onderwijsgroep Kromme Rijn, bevoegd gezag van Rijnhof Mavo & Vmbo te Houten"),
          ("p", "Stichting Regionaal Opleidingencentrum Vecht en Eem te Utrecht"),
          ("sp", 12),
          ("table", [["Versie", "Datum", "Status", "Opgesteld door"],
                     ["0.3", "14 maart 2025", "concept voor werkgroep", "beleidsadviseur onderwijs"],
                     ["0.7", "22 mei 2025", "concept voor medezeggenschap", "Bureau Bestuurszaken"],
                     ["1.0", "27 juni 2025", "definitief, ter ondertekening", "Bureau Bestuurszaken"]],
           [2.0, 3.2, 5.6, 5.6]),
          ("sp", 12),
          ("h1", "Inhoud"),
          ("table", [["Considerans", "2"],
                     ["Artikel 1 Begripsbepalingen", "2"],
                     ["Artikel 2 Onderwerp van de overeenkomst", "2"],
                     ["Artikel 3 Werkveld en leerbedrijven", "3"],
                     ["Artikel 4 Routeleiding", "3"],
                     ["Artikel 5 Informatie en verantwoording", "3"],
                     ["Artikel 6 Onderwijs, examinering en personeel", "3"],
                     ["Artikel 7 Overstapmogelijkheden", "4"],
                     ["Artikel 8 Financiën", "4"],
                     ["Artikel 9 Medezeggenschap", "4"],
                     ["Artikel 10 Geschillen", "5"],
                     ["Artikel 11 Duur, toetreding, wijziging en beëindiging", "5"],
                     ["Artikel 12 Slotbepaling", "5"],
                     ["Ondertekening", "5"]], [13.6, 2.0], False),
          ("pb",)]
    B += [("h1", "Partijen"),
          ("pi", "1.  Stichting Onderwijsgroep Kromme Rijn, gevestigd te Houten, bevoegd gezag "
                 "van Rijnhof Mavo & Vmbo, rechtsgeldig vertegenwoordigd door mevrouw ir. A.C. "
                 "Schoonderwoerd, voorzitter van het college van bestuur, hierna: 'Rijnhof';"),
          ("pi", "2.  Stichting Regionaal Opleidingencentrum Vecht en Eem, gevestigd te "
                 "Utrecht, rechtsgeldig vertegenwoordigd door de heer drs. M.J. Baaijens, voorzitter van "
                 "het college van bestuur, hierna: 'Vecht en Eem';"),
          ("h1", "Considerans"),
          ("p", "Overwegende dat:"),
          ("pi", "a.  partijen hun leerlingen een ononderbroken leerweg willen bieden van de gemengde "
                 "leerweg met het profiel Media, vormgeving en ICT naar een ICT-opleiding op niveau 4;"),
          ("pi", "b.  het regionale ICT-bedrijfsleven, verenigd in het netwerk Utrecht Digitaal Werkt, de "
                 "totstandkoming van de route actief heeft ondersteund en bereid is stageplaatsen en "
                 "praktijkopdrachten te leveren;"),
          ("pi", "c.  partijen met deze route willen bijdragen aan de doelen van het regionale "
                 "investeringsplan digitale vaardigheden 2024-2027;"),
          ("pi", "d.  de wet voor het aanbieden van een doorlopende leerroute een "
                 "samenwerkingsovereenkomst voorschrijft;"),
          ("p", "komen als volgt overeen:"),
          ("h1", "Artikel 1 Begripsbepalingen"),
          ("p", "In deze overeenkomst wordt verstaan onder:"),
          ("pi", "a.  route: de doorlopende leerroute bedoeld in artikel 2;"),
          ("pi", "b.  routeleiding: de leiding bedoeld in artikel 3;"),
          ("pi", "c.  PTA/OER: het gezamenlijke programma van toetsing en afsluiting en onderwijs- en "
                 "examenregeling van de route;"),
          ("pi", "d.  werkveld: de bedrijven en organisaties in de ICT-sector in de regio Utrecht die bij "
                 "de route betrokken zijn;"),
          ("pi", "e.  vo-fase en mbo-fase: de eerste twee routejaren respectievelijk de routejaren daarna."),
          ("h1", "Artikel 2 Onderwerp van de overeenkomst"),
          ("p", "2.1  Partijen bieden met ingang van schooljaar 2025-2026 gezamenlijk een doorlopende "
                "leerroute aan die begint in het profiel Media, vormgeving en ICT van de gemengde leerweg "
                "bij Rijnhof en leidt tot het diploma van de middenkaderopleiding Software developer "
                "(niveau 4, beroepsopleidende leerweg) van Vecht en Eem, in het opleidingsdomein ICT en "
                "creatieve industrie."),
          ("p", "2.2  De route duurt vijf jaar: twee jaar vo-fase (leerjaar 3 en 4) en drie jaar "
                "mbo-fase. Partijen melden de route gezamenlijk aan bij DUO."),
          ("h1", "Artikel 3 Routeleiding"),
          ("p", "3.1  De route wordt geleid door een duo: de teamleider bovenbouw MVI van Rijnhof en de "
                "opleidingsmanager Software development van Vecht en Eem."),
          ("p", "3.2  Ieder college van bestuur wijst zijn lid van de routeleiding aan bij schriftelijk "
                "aanwijzingsbesluit en zendt een afschrift daarvan aan het andere college. Bij vertrek of "
                "langdurige afwezigheid wijst hetzelfde college binnen een maand een opvolger of "
                "waarnemer aan."),
          ("p", "3.3  De colleges van bestuur dragen aan de routeleiding op: het opstellen en jaarlijks "
                "actualiseren van het PTA/OER; de samenstelling en aansturing van het routeteam; de "
                "toelating van leerlingen tot de route; het voeren van het overstapoverleg bedoeld in "
                "artikel 6; en het beheer van het routebudget dat de colleges jaarlijks beschikbaar "
                "stellen. De routeleiding besluit zelfstandig over roostering, inzet van docenten binnen "
                "de afgesproken formatie en de toelating. Besluiten over formatie, investeringen en "
                "wijziging van deze overeenkomst nemen de colleges van bestuur."),
          ("h1", "Artikel 4 Informatie en verantwoording"),
          ("p", "4.1  De routeleiding verstrekt beide colleges van bestuur de inlichtingen die zij voor "
                "hun sturing nodig hebben en legt verantwoording af over de uitvoering van de route."),
          ("p", "4.2  Vorm, frequentie en indicatoren van de informatievoorziening en verantwoording "
                "worden uitgewerkt in een kwaliteitskader doorlopende leerroute, dat de routeleiding "
                "uiterlijk 1 maart 2026 ter vaststelling aan beide colleges voorlegt."),
          ("p", "4.3  Tot de vaststelling van dat kwaliteitskader informeert de routeleiding de colleges "
                "wanneer daartoe aanleiding bestaat."),
          ("h1", "Artikel 5 Onderwijs, examinering en personeel"),
          ("p", "5.1  De vo-fase wordt verzorgd in het gebouw van Rijnhof in Houten; op woensdag volgen "
                "de leerlingen les in het ICT-lab van Vecht en Eem op de campus Utrecht-Zuid. De "
                "mbo-fase wordt verzorgd door Vecht en Eem."),
          ("p", "5.2  Het onderwijsprogramma en de examinering per leerjaar zijn vastgelegd in het "
                "PTA/OER, waarin voor ieder onderdeel is aangegeven of het tot het vmbo- of het "
                "mbo-programma behoort. De vmbo-examens worden in het tweede routejaar afgerond; "
                "onderdelen van het mbo-examen kunnen al in het eerste routejaar worden afgenomen."),
          ("p", "5.3  Vecht en Eem zet in de vo-fase twee docenten programmeren in voor samen 0,5 fte; "
                "Rijnhof zet in het derde routejaar een docent Engels en wiskunde in voor 0,1 fte. De "
                "docenten van beide partijen vormen samen het routeteam en worden voor de "
                "vakoverstijgende projecten ingezet op grond van de teambevoegdheid; voor ieder "
                "onderdeel is een bevoegde docent aanwezig. De docenten blijven in dienst van hun eigen "
                "werkgever."),
          ("p", "5.4  Rijnhof stelt zijn mediawerkplaats en de laptopkarren beschikbaar, Vecht en Eem zijn "
                "ICT-lab, de serveromgeving voor studenten en de licenties voor ontwikkelsoftware. Het "
                "gebruik is voor beide partijen kosteloos."),
          ("p", "5.5  Klachten over een medewerker van de andere partij worden behandeld volgens de "
                "klachtenregeling van de partij waar de leerling is ingeschreven."),
          ("h1", "Artikel 6 Overstapmogelijkheden"),
          ("p", "6.1  Wanneer een leerling de route voortijdig verlaat, bepalen de beide leden van de "
                "routeleiding gezamenlijk, na een gesprek met de leerling en de ouders, welk vervolg "
                "het best past bij het bereikte onderwijsniveau en de leeftijd van de leerling. Het "
                "vervolg leidt altijd naar een vmbo- of mbo-diploma."),
          ("p", "6.2  In de vo-fase gaat de leerling verder in de gemengde leerweg van Rijnhof, in "
                "hetzelfde of een ander profiel, en doet hij daar eindexamen. In de mbo-fase kan hij bij "
                "Vecht en Eem zonder aanvullende toelatingseisen overstappen naar een andere opleiding op "
                "niveau 4, bijvoorbeeld Expert IT systems and devices of Mediavormgever, of naar een "
                "opleiding op niveau 3, zoals Medewerker ICT support."),
          ("p", "6.3  Heeft de leerling aan het einde van het derde routejaar het vmbo-diploma niet "
                "behaald, dan zet hij de mbo-opleiding voort; Rijnhof biedt een herkansing van de "
                "ontbrekende onderdelen. Wil de leerling naar een andere instelling, dan draagt de "
                "routeleiding zorg voor een warme overdracht."),
          ("h1", "Artikel 7 Financiën"),
          ("p", "7.1  Partijen dragen geen bekostiging aan elkaar over als bedoeld in artikel 5.42a WVO "
                "2020 of artikel 9.1.15 WEB."),
          ("p", "7.2  Iedere partij draagt de kosten van de eigen inzet. De inzet van personeel over en "
                "weer wordt niet verrekend."),
          ("h1", "Artikel 8 Medezeggenschap"),
          ("p", "8.1  Voor leerlingen in de vo-fase, hun ouders en het personeel van Rijnhof geldt de "
                "medezeggenschapsraad van Rijnhof; voor studenten in de mbo-fase de studentenraad en "
                "voor het personeel van Vecht en Eem de ondernemingsraad."),
          ("p", "8.2  Partijen spreken daarnaast af dat leerlingen in het tweede routejaar zich "
                "verkiesbaar mogen stellen voor de deelraad van het College ICT van Vecht en Eem, en "
                "dat het jaarlijks geactualiseerde PTA/OER voor advies wordt voorgelegd aan zowel de "
                "medezeggenschapsraad van Rijnhof als de deelraad van het College ICT."),
          ("h1", "Artikel 9 Geschillen"),
          ("p", "9.1  Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
                "besproken in de routeleiding en, als dat binnen drie weken geen oplossing geeft, "
                "tussen de colleges van bestuur."),
          ("p", "9.2  Komen de colleges binnen zes weken niet tot overeenstemming, dan wordt het geschil "
                "voorgelegd aan een commissie van drie personen voor bindend advies. Iedere partij "
                "benoemt een lid; die twee leden kiezen samen een onafhankelijke voorzitter. Partijen "
                "dragen de kosten van de commissie ieder voor de helft."),
          ("h1", "Artikel 10 Duur, toetreding, wijziging en beëindiging"),
          ("p", "10.1  Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde "
                "tijd."),
          ("p", "10.2  Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot "
                "deze overeenkomst toetreden als zij een verwant profiel of een verwante opleiding "
                "aanbiedt, de overeenkomst zonder voorbehoud aanvaardt en beide colleges van bestuur "
                "schriftelijk instemmen. De toetreding wordt vastgelegd in een door alle partijen "
                "ondertekend addendum en gaat in per 1 augustus."),
          ("p", "10.3  Wijzigingen van deze overeenkomst zijn alleen geldig als zij schriftelijk zijn "
                "overeengekomen en door beide colleges van bestuur zijn ondertekend; zij gelden niet ten "
                "nadele van leerlingen die de route al volgen."),
          ("p", "10.4  Opzegging is mogelijk per 1 augustus van enig jaar met een opzegtermijn van een "
                "jaar. Bij een toerekenbare tekortkoming die na ingebrekestelling voortduurt, kan de "
                "overeenkomst worden ontbonden. Na opzegging of ontbinding worden geen leerlingen meer "
                "toegelaten; leerlingen die de route al volgen, kunnen haar bij partijen afmaken."),
          ("h1", "Artikel 11 Slotbepaling"),
          ("p", "Op deze overeenkomst is Nederlands recht van toepassing."),
          ("h1", "Ondertekening"),
          ("p", "Aldus overeengekomen en ondertekend te Houten op 30 juni 2025."),
          ("plain_table", [["Stichting Onderwijsgroep Kromme Rijn\n\n\n\nir. A.C. Schoonderwoerd\n"
                            "voorzitter college van bestuur",
                            "Stichting ROC Vecht en Eem\n\n\n\ndrs. M.J. Baaijens\n"
                            "voorzitter college van bestuur"]], [8.2, 8.2]),
          ]
    return B


# --------------------------------------------------------------------------------------------
# 136 - DOCX where part of the clauses sit in a Word table of articles
# --------------------------------------------------------------------------------------------

@sample(136, "afsprakentabel_word_horeca_brabant", "docx",
        "DOCX, beleidsadviseur-stijl, Midden-Brabant, HBR kader -> mbo 3 Zelfstandig werkend kok; route, "
        "horecapartners, inrichting, overstap en geld staan in een Word-tabel van artikelen, sturing, "
        "verantwoording, geschillen en looptijd in gewone tekst; geen overdracht van bekostiging in "
        "eigen woorden; medezeggenschap alleen wettelijke beschrijving + 'kunnen' (h n.v.t.); verder "
        "compliant",
        st("p p p p p p p na p p"),
        {"a": "Route en opleiding", "b": "Partners uit de horeca", "c": "3.1 Kernteam en routetrekker",
         "d": "3.2 Verantwoording aan de besturen", "e": "Docenten en teambevoegdheid",
         "f": "Andere weg naar een diploma", "g": "Geld en middelen", "i": "5. Verschil van mening",
         "j": "6. Looptijd, aansluiten en stoppen"})
def s136():
    B = [("opts", {"author": "Beleidsadvies Onderwijs & Kwaliteit"})]
    B += [("title", "Samenwerkingsovereenkomst doorlopende leerroute Horeca Hart van Brabant"),
          ("subtitle", "Lindeveld Vakcollege - Horecavakschool Tilburg (ROC Leijstroom)"),
          ("h1", "Partijen"),
          ("p", "Stichting Onderwijsgroep Midden-Brabant, gevestigd te Tilburg, bevoegd gezag van Lindeveld "
                "Vakcollege, vertegenwoordigd door de heer drs. J.W.M. van Iersel, voorzitter van het "
                "college van bestuur (hierna: 'Lindeveld'),"),
          ("p", "en"),
          ("p", "Stichting Regionaal Opleidingencentrum Leijstroom, gevestigd te Tilburg, waarvan de "
                "Horecavakschool Tilburg deel uitmaakt, vertegenwoordigd door mevrouw M.A. Smulders-Ooms "
                "MBA, lid van het college van bestuur (hierna: 'Leijstroom'),"),
          ("p", "komen het volgende overeen."),
          ("h1", "1. Inleiding en doel"),
          ("p", "De horeca in Hart van Brabant zoekt vakkrachten die meer kunnen dan een bestelling "
                "afwerken. Lindeveld en Leijstroom bundelen daarom het vmbo- en mbo-onderwijs in één "
                "doorlopende leerroute die leerlingen in vijf jaar naar een vmbo-diploma en een "
                "mbo-diploma op niveau 3 brengt. Dubbel werk tussen vmbo en mbo verdwijnt; de tijd die "
                "vrijkomt, gaat naar verdieping en praktijk. Deze overeenkomst legt de afspraken vast. "
                "De afspraken over route, partners, inrichting, overstap en geld staan in de tabel onder "
                "2; de overige afspraken in de artikelen 3 tot en met 6."),
          ("h1", "2. Afsprakentabel"),
          ("table", [["Art.", "Onderwerp", "Afspraak"],
                     ["2.1", "Route en opleiding",
                      "Leerlingen van Lindeveld in het profiel Horeca, bakkerij en recreatie, "
                      "kaderberoepsgerichte leerweg, stromen zonder onderbreking door naar de opleiding "
                      "Zelfstandig werkend kok (niveau 3, bol) van de Horecavakschool Tilburg, "
                      "opleidingsdomein Horeca en bakkerij. Routejaar 1 en 2 = leerjaar 3 en 4 vmbo; "
                      "routejaar 3 tot en met 5 = mbo. Per cohort starten maximaal 18 leerlingen."],
                     ["2.2", "Partners uit de horeca",
                      "Vaste partners zijn Restaurant De Smaakmakerij (Tilburg), Grand Café Piushaven, "
                      "Cateringbedrijf Brabants Bord (Goirle) en Hotel Het Wandelbos, samen met de "
                      "afdeling Midden-Brabant van de horecabranchevereniging en de SBB-adviseur. Zij "
                      "bieden leerwerkplekken in routejaar 2 en bpv-plaatsen in de mbo-fase, verzorgen "
                      "per schooljaar drie masterclasses door een chef, beoordelen mee bij de "
                      "eindproeverij en bespreken ieder voorjaar met het kernteam de inhoud van het "
                      "programma."],
                     ["2.3", "Keukens, locaties en rooster",
                      "Routejaar 1 en 2 vinden plaats bij Lindeveld; op dinsdag en donderdag koken de "
                      "leerlingen in de leerkeukens en het leerrestaurant 'Het Proeflokaal' van de "
                      "Horecavakschool. Lindeveld stelt zijn bakkerijlokaal en theorielokalen open voor "
                      "mbo-lessen. Gebruik over en weer is kosteloos; verbruiksartikelen koopt ieder voor "
                      "eigen lessen in."],
                     ["2.4", "Docenten en teambevoegdheid",
                      "Docenten van beide scholen vormen één keukenteam. De Horecavakschool levert in "
                      "routejaar 1 en 2 een praktijkdocent koken (0,4 fte); Lindeveld levert in routejaar "
                      "3 een docent Nederlands (0,1 fte) voor de vmbo-examenvakken. Voor de "
                      "vakoverstijgende praktijkopdrachten wordt het team ingezet met gebruik van de "
                      "teambevoegdheid; voor elk onderdeel is een bevoegde docent verantwoordelijk. "
                      "Iedere docent blijft in dienst van de eigen school."],
                     ["2.5", "Programma en examens",
                      "Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER "
                      "(bijlage 1). Het vmbo-examen wordt in routejaar 2 afgerond; de eerste mbo-examens "
                      "kunnen in routejaar 1 plaatsvinden."],
                     ["2.6", "Andere weg naar een diploma",
                      "Wie de route verlaat, krijgt altijd een vervolg dat naar een diploma leidt. In "
                      "routejaar 1 en 2: doorgaan in de kaderberoepsgerichte leerweg bij Lindeveld, in "
                      "HBR of een ander profiel. Vanaf routejaar 3: overstappen binnen Leijstroom naar een "
                      "andere opleiding op niveau 3 (bijv. Gastheer/gastvrouw of Zelfstandig werkend "
                      "medewerker bakkerij) of naar Kok op niveau 2, zonder extra toelatingseisen. Het "
                      "vmbo-diploma niet gehaald aan het eind van routejaar 3: door in het mbo met "
                      "herkansing bij Lindeveld, of een jaar overdoen. Welk vervolg het wordt, beslissen "
                      "de twee teamleiders samen, na een gesprek met leerling en ouders, op basis van wat "
                      "de leerling al heeft gehaald en zijn leeftijd."],
                     ["2.7", "Geld en middelen",
                      "Geen van beide partijen draagt rijksbijdrage aan de ander over. Iedere partij "
                      "betaalt de eigen inzet van docenten en de eigen voorzieningen; verrekening vindt "
                      "niet plaats."]],
           [1.2, 3.6, 11.2]),
          ("h1", "3. Organisatie en verantwoording"),
          ("h2", "3.1 Kernteam en routetrekker"),
          ("p", "De route wordt aangestuurd door een kernteam van drie personen: de teamleider HBR van "
                "Lindeveld, de teamleider Horeca van de Horecavakschool en een routetrekker. De "
                "teamleiders maken vanwege hun functie deel uit van het kernteam. De routetrekker wordt "
                "door de directeuren van Lindeveld en de Horecavakschool gezamenlijk voorgedragen en "
                "door beide colleges van bestuur voor twee schooljaren aangesteld."),
          ("p", "De besturen geven het kernteam de opdracht om het programma en het rooster te maken, "
                "leerlingen tot de route toe te laten, het keukenteam in te zetten, de contacten met de "
                "horecapartners te onderhouden en de overstapgesprekken te voeren. Het kernteam mag "
                "daarover zelf beslissen zolang het binnen de jaarbegroting en de afgesproken formatie "
                "blijft. Wat daarbuiten valt, en alles wat deze overeenkomst wijzigt, beslissen de "
                "besturen."),
          ("h2", "3.2 Verantwoording aan de besturen"),
          ("p", "Het kernteam stuurt de colleges van bestuur na iedere onderwijsperiode, dus vier keer "
                "per jaar, een voortgangsbericht met de aantallen leerlingen, verzuim, uitval en "
                "overstappen. Uiterlijk 1 juli levert het kernteam een jaarverslag met de resultaten "
                "en een evaluatie van het afgelopen jaar, en in september licht de routetrekker dat "
                "verslag toe in het bestuurlijk overleg van beide colleges. De colleges kunnen het "
                "kernteam daarbij nieuwe opdrachten meegeven."),
          ("h1", "4. Medezeggenschap"),
          ("p", "Zolang de leerling staat ingeschreven bij Lindeveld, vallen hij, zijn ouders en het "
                "personeel van Lindeveld onder de Wet medezeggenschap op scholen. Na de overgang naar "
                "Leijstroom gelden voor studenten en ouders de bepalingen van de WEB en voor het "
                "personeel van Leijstroom de Wet op de ondernemingsraden. Partijen kunnen aanvullende "
                "afspraken maken als daar behoefte aan ontstaat."),
          ("h1", "5. Verschil van mening"),
          ("p", "Verschillen van mening over de uitvoering van deze overeenkomst bespreekt eerst het "
                "kernteam. Lukt het daar niet binnen een maand, dan voeren de portefeuillehouders van "
                "beide colleges van bestuur bestuurlijk overleg. Blijft het geschil daarna bestaan, dan "
                "wordt het beslecht door arbitrage volgens het reglement van het Nederlands Arbitrage "
                "Instituut, door één arbiter, met Tilburg als plaats van arbitrage."),
          ("h1", "6. Looptijd, aansluiten en stoppen"),
          ("p", "6.1 De overeenkomst loopt vanaf 1 augustus 2025 voor onbepaalde tijd."),
          ("p", "6.2 Wil een andere vmbo-school of mbo-instelling uit de regio zich aansluiten, dan kan "
                "dat als zij een passend profiel of een verwante horecaopleiding aanbiedt, deze "
                "afspraken overneemt en beide besturen schriftelijk akkoord geven. Aansluiten kan per "
                "nieuw schooljaar en wordt vastgelegd in een aanvulling op deze overeenkomst die alle "
                "partijen tekenen."),
          ("p", "6.3 De overeenkomst wordt alleen gewijzigd met een schriftelijk stuk dat beide besturen "
                "tekenen. Een wijziging in het programma geldt vanaf het volgende cohort."),
          ("p", "6.4 Stoppen kan per 1 augustus, met een opzegtermijn van minimaal twaalf maanden. Als "
                "een partij haar afspraken ernstig niet nakomt en dat na een schriftelijke waarschuwing "
                "niet herstelt, kan de ander de overeenkomst ontbinden. In beide gevallen stopt de "
                "instroom, maar maken de leerlingen die al begonnen zijn de route af, met de inzet en "
                "voorzieningen zoals in deze overeenkomst afgesproken."),
          ("h1", "Ondertekening"),
          ("p", "Tilburg, 30 juni 2025"),
          ("table", [["Stichting Onderwijsgroep Midden-Brabant", "Stichting ROC Leijstroom"],
                     ["drs. J.W.M. van Iersel\nvoorzitter college van bestuur\n\n",
                      "M.A. Smulders-Ooms MBA\nlid college van bestuur\n\n"]], [8, 8]),
          ("small", "Bijlage 1: gezamenlijk PTA/OER doorlopende leerroute Horeca, versie 2025-2026."),
          ]
    return B


# --------------------------------------------------------------------------------------------
# 137 - multi-party: three vmbo schools and one ROC, RPO platform, consortium language (defects)
# --------------------------------------------------------------------------------------------

@sample(137, "consortium_drie_vmbo_een_roc_bouw", "docx",
        "DOCX, consortiumovereenkomst vanuit het RPO-platform Oost-Groningen, drie vmbo-scholen en een "
        "ROC, BWI basis/kader -> Timmerman niveau 2 en Allround timmerman niveau 3; begrotingstabel "
        "per leerling, routeraad; gebreken: geschilbeslechting herhaalt alleen de wettekst (i weak), "
        "toetreding/uittreding/wijziging zonder enige bescherming van leerlingen (j weak)",
        st("p p p p p p p p w w"),
        {"a": "Artikel 2 De routes", "b": "Artikel 7 Rol van de bouwsector",
         "c": "Artikel 3 Governance van het consortium",
         "d": "Artikel 4 Informatievoorziening en verantwoording",
         "e": "Artikel 5 Onderwijs, locaties en personeel",
         "f": "Artikel 6 Instroom- en doorstroomgaranties", "g": "Artikel 8 Financiële afspraken",
         "h": "Artikel 9 Routeraad"})
def s137():
    B = [("opts", {"author": "Programmabureau RPO Oost-Groningen"})]
    B += [("title", "Consortiumovereenkomst Bouwroute Oost-Groningen"),
          ("subtitle", "Samenwerkingsovereenkomst doorlopende leerroutes vmbo-mbo Bouwen, wonen en "
                       "interieur - opgesteld door het programmabureau RPO Oost-Groningen in opdracht "
                       "van de vier besturen"),
          ("h1", "Partijen"),
          ("p", "1. Stichting Scholengroep Eemsdelta, gevestigd te Delfzijl, bevoegd gezag van het Wadden "
                "Vakcollege te Delfzijl, vertegenwoordigd door de heer A. Hazenberg, bestuurder "
                "(hierna: 'Eemsdelta');"),
          ("p", "2. Stichting Christelijk Voortgezet Onderwijs Oldambt, gevestigd te Winschoten, bevoegd "
                "gezag van het Reiderland College te Winschoten, vertegenwoordigd door mevrouw drs. "
                "G.J. Bouwman-Tuin, voorzitter van het college van bestuur (hierna: 'CVO Oldambt');"),
          ("p", "3. Stichting Openbaar Onderwijs Westerwolde, gevestigd te Ter Apel, bevoegd gezag van de "
                "Vakschool Westerwolde te Ter Apel, vertegenwoordigd door de heer H.R. Smid, bestuurder "
                "(hierna: 'OO Westerwolde');"),
          ("p", "4. Stichting Regionaal Opleidingencentrum Eems en Dollard, gevestigd te Veendam, "
                "vertegenwoordigd door mevrouw ir. T. Wiersema, voorzitter van het college van bestuur "
                "(hierna: 'Eems en Dollard');"),
          ("p", "partijen 1 tot en met 3 hierna ook: 'de vmbo-scholen'; alle partijen samen: 'het "
                "consortium'."),
          ("h1", "Overwegingen"),
          ("p", "Het regionaal plan onderwijsvoorzieningen (RPO) Oost-Groningen 2024-2029 constateert dat "
                "leerlingenaantallen in de regio dalen en dat alleen samenwerking een dekkend aanbod in "
                "de bouwtechniek kan behouden. In 2024 heeft het RPO-platform een kwartiermaker "
                "aangesteld om een gezamenlijke doorlopende leerroute bouw voor te bereiden. Deze "
                "overeenkomst is het resultaat van die kwartiermakersfase. Partijen kiezen voor één "
                "overeenkomst met vier partijen, zodat leerlingen uit Delfzijl, Winschoten en Ter Apel "
                "dezelfde route en dezelfde garanties krijgen."),
          ("h1", "Artikel 1 Definities"),
          ("li", "Bouwroute: de doorlopende leerroutes bedoeld in artikel 2."),
          ("li", "Stuurgroep: de stuurgroep Bouwroute bedoeld in artikel 3."),
          ("li", "Programmaleider: de regiehouder van de Bouwroute bedoeld in artikel 3.3."),
          ("li", "Bouwplaats Oost: het praktijkcentrum bouw van Eems en Dollard te Winschoten."),
          ("h1", "Artikel 2 De routes"),
          ("p", "2.1 Het consortium verzorgt met ingang van 1 augustus 2025 twee doorlopende leerroutes:"),
          ("li", "route Basis: van het profiel Bouwen, wonen en interieur in de basisberoepsgerichte "
                 "leerweg naar de opleiding Timmerman (niveau 2, bol) in het opleidingsdomein Bouw en "
                 "infra;"),
          ("li", "route Kader: van het profiel Bouwen, wonen en interieur in de kaderberoepsgerichte "
                 "leerweg naar de opleiding Allround timmerman (niveau 3, bol) in hetzelfde "
                 "opleidingsdomein."),
          ("p", "2.2 De vo-fase (routejaar 1 en 2) wordt verzorgd door ieder van de vmbo-scholen voor de "
                "eigen leerlingen; de mbo-fase door Eems en Dollard. Iedere vmbo-school meldt samen met "
                "Eems en Dollard de routes voor de eigen school bij DUO aan."),
          ("h1", "Artikel 3 Governance van het consortium"),
          ("p", "3.1 De uitvoering van de Bouwroute is in handen van de stuurgroep Bouwroute. De stuurgroep "
                "bestaat uit de drie locatiedirecteuren van de vmbo-scholen, de directeur Techniek van "
                "Eems en Dollard en de programmaleider, die de stuurgroep voorzit maar geen stem heeft."),
          ("p", "3.2 Iedere partij wijst het eigen stuurgroeplid aan en kan dat lid vervangen; zij meldt dat "
                "schriftelijk aan de andere partijen."),
          ("p", "3.3 De programmaleider is regiehouder van de Bouwroute. Hij of zij wordt op voordracht van "
                "de stuurgroep door de vier besturen gezamenlijk benoemd voor vier jaar en is in dienst "
                "van Eems en Dollard. De huidige kwartiermaker van het RPO-platform, de heer ing. K. "
                "Dijkhuis, vervult de functie tot de eerste benoeming."),
          ("p", "3.4 De besturen mandateren de stuurgroep om: het gezamenlijke PTA/OER per route en het "
                "jaarrooster voor Bouwplaats Oost vast te stellen; de inzet van instructeurs over de "
                "drie scholen te verdelen; de toelatingsprocedure en de instroomcapaciteit per school te "
                "bepalen; de consortiumbegroting binnen de bedragen van artikel 8 uit te voeren. De "
                "programmaleider bereidt de besluiten voor, bewaakt de uitvoering en is aanspreekpunt "
                "voor bedrijven, ouders en gemeenten. De stuurgroep besluit bij meerderheid; besluiten "
                "over de mbo-fase vergen de instemming van het lid van Eems en Dollard."),
          ("p", "3.5 Blijven voorbehouden aan de besturen: wijziging van de routes, vaststelling en "
                "wijziging van de bedragen in artikel 8, personele besluiten en besluiten over "
                "huisvesting."),
          ("h1", "Artikel 4 Informatievoorziening en verantwoording"),
          ("p", "4.1 De programmaleider stuurt namens de stuurgroep uiterlijk 15 maart en 15 oktober een "
                "halfjaarrapportage aan de vier besturen, met instroom per school, doorstroom naar de "
                "mbo-fase, uitval en overstappen, examenresultaten en de financiële stand."),
          ("p", "4.2 Vóór 1 december legt de stuurgroep een consortiumjaarverslag voor aan de besturen, "
                "dat in hun gezamenlijke bestuursvergadering van december wordt besproken en vastgesteld. "
                "Het verslag volgt de PDCA-cyclus: doelen, resultaten, analyse en verbeteracties."),
          ("p", "4.3 De kerncijfers worden ook gedeeld met het RPO-platform Oost-Groningen ten behoeve van "
                "de regionale monitor."),
          ("h1", "Artikel 5 Onderwijs, locaties en personeel"),
          ("p", "5.1 In de vo-fase krijgen leerlingen het grootste deel van de week les op de eigen "
                "vmbo-school en werken zij één dag per week op Bouwplaats Oost in Winschoten. De "
                "vmbo-scholen regelen en betalen het vervoer van hun leerlingen naar Bouwplaats Oost. "
                "Vanaf routejaar 3 volgen de studenten het onderwijs bij Eems en Dollard en in de bpv."),
          ("p", "5.2 Eems en Dollard stelt voor de vo-fase instructeurs bouw beschikbaar voor in totaal "
                "1,0 fte, die de stuurgroep over de drie scholen verdeelt. De vmbo-scholen leveren "
                "samen 0,3 fte voor Nederlands en rekenen in routejaar 3. Instructeurs en docenten van "
                "alle partijen vormen per route één docententeam en worden voor de vakoverstijgende "
                "bouwprojecten ingezet op basis van de teambevoegdheid; voor elk programmaonderdeel is "
                "ten minste één bevoegde docent betrokken. Ieder blijft in dienst van de eigen werkgever."),
          ("p", "5.3 Bouwplaats Oost, met de timmerwerkplaats, de machinehal en het buitenterrein, is "
                "voor de leerlingen van alle vmbo-scholen beschikbaar. De vmbo-scholen stellen hun "
                "BWI-werkplaatsen op de dagen dat zij niet in gebruik zijn beschikbaar voor mbo-lessen en "
                "bijscholing van instructeurs."),
          ("p", "5.4 Het onderwijsprogramma en de examinering per leerjaar zijn per route vastgelegd in "
                "een gezamenlijk PTA/OER, dat voor alle drie de vmbo-scholen gelijk is."),
          ("h1", "Artikel 6 Instroom- en doorstroomgaranties"),
          ("p", "6.1 Iedere leerling die de vo-fase met een vmbo-diploma afrondt, stroomt zonder "
                "aanvullende intake door naar de mbo-fase van de eigen route bij Eems en Dollard."),
          ("p", "6.2 Stopt een leerling met de route, dan bespreken de teamleider van zijn vmbo-school en "
                "de opleidingsmanager Bouw van Eems en Dollard met de leerling en de ouders welke weg "
                "het beste aansluit bij wat hij heeft bereikt en bij zijn leeftijd. Zij stellen het "
                "vervolg samen vast en bevestigen dat schriftelijk. Het consortium garandeert een van "
                "de volgende plekken:"),
          ("li", "in de vo-fase: een plek in de reguliere basis- of kaderberoepsgerichte leerweg van de "
                 "eigen school, in BWI of een ander profiel, met het vmbo-diploma als doel;"),
          ("li", "in de mbo-fase: een plek in een andere opleiding van Eems en Dollard op hetzelfde "
                 "niveau, of in route Basis voor een leerling uit route Kader, zonder "
                 "vooropleidingseisen;"),
          ("li", "zonder vmbo-diploma aan het eind van routejaar 3: voortzetting van de mbo-opleiding met "
                 "een herkansing op de eigen vmbo-school, of een extra jaar om het diploma te halen."),
          ("p", "6.3 Een leerling die naar een andere instelling wil, krijgt een overdrachtsdossier mee en "
                "wordt door de programmaleider geholpen bij het vinden van een plek."),
          ("h1", "Artikel 7 Rol van de bouwsector"),
          ("p", "7.1 Bouwbedrijven Nijdam Bouw (Delfzijl), Timmerfabriek Oldambt (Winschoten), "
                "Bouwbedrijf Gebr. Lubbers (Ter Apel) en woningcorporatie Woonzorg Eemsdelta vormen "
                "samen met de adviseur van SBB de werkveldraad van de Bouwroute."),
          ("p", "7.2 De werkveldraad levert bouwopdrachten voor het praktijkdeel in routejaar 1 en 2, "
                "zoals het renoveren van een schuur of het bouwen van tiny houses voor de corporatie; "
                "de deelnemende bedrijven bieden bpv-plaatsen in de mbo-fase en leveren vakmensen die "
                "meebeoordelen bij de proeve van bekwaamheid. De werkveldraad vergadert twee keer per "
                "jaar met de stuurgroep en adviseert dan over het PTA/OER."),
          ("h1", "Artikel 8 Financiële afspraken"),
          ("p", "8.1 Iedere vmbo-school draagt per leerling in routejaar 1 en 2 een deel van de eigen "
                "bekostiging over aan Eems en Dollard (artikel 5.42a WVO 2020). Eems en Dollard draagt "
                "per student in routejaar 3 zonder vmbo-diploma een bedrag over aan de vmbo-school van "
                "herkomst (artikel 9.1.15 WEB). Daarnaast dragen alle partijen bij in de kosten van de "
                "programmaleider."),
          ("table", [["Stroom", "Grondslag", "Bedrag", "Bestemming", "Raming 2025-2026"],
                     ["vmbo-school > Eems en Dollard", "per routeleerling in routejaar 1 en 2, telling "
                      "1 oktober", "€ 1.100", "instructeurs bouw (1,0 fte) en materiaal Bouwplaats Oost",
                      "€ 74.800 (68 lln.)"],
                     ["Eems en Dollard > vmbo-school", "per student in routejaar 3 zonder vmbo-diploma",
                      "€ 350", "docent Nederlands/rekenen, afname vmbo-examens", "€ 2.800 (8 stud.)"],
                     ["alle partijen > Eems en Dollard", "vaste bijdrage per partij per jaar",
                      "€ 9.500", "loonkosten programmaleider (0,6 fte)", "€ 38.000"]],
           [3.2, 3.6, 1.8, 4.6, 2.8]),
          ("p", "8.2 Eems en Dollard factureert jaarlijks in november; bedragen worden jaarlijks "
                "geïndexeerd met de loon- en prijsbijstelling van OCW. Overige kosten draagt ieder zelf."),
          ("h1", "Artikel 9 Routeraad"),
          ("p", "9.1 De wettelijke medezeggenschap blijft bij de medezeggenschapsraden van de vmbo-scholen "
                "en bij de studentenraad en ondernemingsraad van Eems en Dollard."),
          ("p", "9.2 Partijen stellen daarnaast een routeraad in met uit iedere medezeggenschapsraad van "
                "de vmbo-scholen één ouder of leerling en twee leden van de studentenraad van Eems en "
                "Dollard. De routeraad wordt jaarlijks door de stuurgroep geraadpleegd over het "
                "consortiumjaarverslag en de begroting, en brengt gevraagd en ongevraagd advies uit aan "
                "de besturen. Leerlingen in routejaar 2 mogen de vergaderingen van de studentenraad van "
                "Eems en Dollard als toehoorder bijwonen."),
          ("h1", "Artikel 10 Geschilbeslechting"),
          ("p", "Partijen regelen de wijze van geschilbeslechting tussen de deelnemende partijen over de "
                "uitvoering van deze overeenkomst overeenkomstig artikel 2.107b, tweede lid, onderdeel "
                "h, van de WVO 2020 en artikel 9.1.3 van de WEB."),
          ("h1", "Artikel 11 Toetreding, uittreding en wijziging"),
          ("p", "11.1 Een andere school voor vmbo in de RPO-regio Oost-Groningen kan tot het consortium "
                "toetreden als zij het profiel Bouwen, wonen en interieur aanbiedt, de overeenkomst in "
                "haar geheel aanvaardt en alle besturen schriftelijk instemmen. Toetreding gaat in per "
                "1 augustus en wordt gemeld bij DUO."),
          ("p", "11.2 Iedere partij kan uit het consortium treden met een opzegtermijn van zes maanden, "
                "per de eerste dag van een kalendermaand. De uittredende partij betaalt haar bijdrage "
                "in de kosten van de programmaleider tot de datum van uittreding. Bij uittreding van "
                "Eems en Dollard eindigt de overeenkomst voor alle partijen."),
          ("p", "11.3 Wijziging van deze overeenkomst vereist een schriftelijk besluit van alle besturen."),
          ("h1", "Artikel 12 Slot"),
          ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
                "onbepaalde tijd. Zij wordt in viervoud ondertekend."),
          ("p", "Winschoten, 30 juni 2025"),
          ("table", [["Eemsdelta", "CVO Oldambt", "OO Westerwolde", "Eems en Dollard"],
                     ["A. Hazenberg\nbestuurder\n\n", "drs. G.J. Bouwman-Tuin\nvoorzitter cvb\n\n",
                      "H.R. Smid\nbestuurder\n\n", "ir. T. Wiersema\nvoorzitter cvb\n\n"]],
           [4, 4, 4, 4]),
          ]
    return B


# --------------------------------------------------------------------------------------------
# 138 - interne regeling of an AOC, very short, markdown (h, i, j not applicable)
# --------------------------------------------------------------------------------------------

@sample(138, "interne_regeling_aoc_hovenier_kort", "md",
        "Markdown, zeer korte interne regeling (CvB-besluit) van een AOC in de Achterhoek, Groen kader "
        "-> mbo 3 Vakbekwaam hovenier; korte eigen koppen (Wat, Wie stuurt, Rekenschap, Mensen en "
        "middelen, Het werkveld, Ander pad, Geld); a-g compliant in compacte bewoordingen, h/i/j "
        "niet van toepassing (interne regeling)",
        st("p p p p p p p na na na"),
        {"a": "1 Wat", "b": "5 Het werkveld", "c": "2 Wie stuurt", "d": "3 Rekenschap",
         "e": "4 Mensen en middelen", "f": "6 Ander pad", "g": "7 Geld"})
def s138():
    return """
# Regeling doorlopende leerroute Groen - Vakbekwaam hovenier

*Besluit van het college van bestuur van Stichting Agrarisch Opleidingscentrum Berkel en Slinge,
kenmerk CvB/2025/031, 30 juni 2025. Opgesteld door het bestuurssecretariaat.*

Het college van bestuur, gelet op artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid,
WEB, en overwegende dat vmbo en mbo binnen de stichting onder een bevoegd gezag vallen, zodat een
interne regeling volstaat, stelt de volgende regeling vast.

## 1 Wat

Vanaf 1 augustus 2025 loopt het profiel Groen in de kaderberoepsgerichte leerweg (locatie Lochem)
door in de opleiding Vakbekwaam hovenier, niveau 3, bol, opleidingsdomein Voedsel, natuur en
leefomgeving (locatie Doetinchem). Duur: twee jaar vo-fase en drie jaar mbo-fase.

## 2 Wie stuurt

De teamleider vmbo Groen Lochem en de teamleider mbo Hovenier Doetinchem leiden de route samen.
Het college wijst hen aan bij besluit en kan die aanwijzing intrekken. Zij stellen jaarlijks het
PTA/OER en het rooster vast, delen de docenten in, beslissen over toelating en beheren het
routebudget van € 15.000 per jaar. Investeringen daarboven en formatiebesluiten blijven bij het
college.

## 3 Rekenschap

De teamleiders rapporteren per kwartaal in de managementrapportage aan het college over instroom,
uitval, overstappen, examenresultaten en budget. Jaarlijks vóór 1 oktober leggen zij een evaluatie
van het afgelopen schooljaar voor, die het college bespreekt in het kwaliteitsgesprek.

## 4 Mensen en middelen

Docenten van beide locaties werken als één team. Een instructeur hovenieren van Doetinchem geeft
in de vo-fase 0,3 fte les in Lochem; voor vakoverstijgende projecten wordt de teambevoegdheid
benut, met voor elk onderdeel een bevoegde docent. De leerlingen gebruiken vanaf routejaar 1 de
schoolkwekerij, het machinepark en de praktijktuinen in Doetinchem; de mbo-studenten gebruiken de
plantenkas in Lochem. Het programma en de examinering per leerjaar staan in het gezamenlijke
PTA/OER.

## 5 Het werkveld

Hoveniersbedrijf Groot Wassink (Eibergen), Tuin & Terras Te Lintelo (Ruurlo) en de afdeling
groenbeheer van de gemeente Lochem verzorgen ieder jaar praktijkopdrachten en gastlessen, bieden
bpv-plaatsen in de mbo-fase en leveren een praktijkbeoordelaar bij de proeve van bekwaamheid. Twee
keer per jaar overleggen zij met de teamleiders over het programma.

## 6 Ander pad

Wie uit de route stapt, krijgt een vervolg richting diploma. De twee teamleiders bepalen samen, na
overleg met leerling en ouders, wat past bij het bereikte niveau en de leeftijd: in de vo-fase de
reguliere kaderberoepsgerichte leerweg Groen met vmbo-eindexamen; in de mbo-fase een andere
opleiding van het AOC op niveau 3 of 2 (bijvoorbeeld Medewerker groene ruimte), zonder
vooropleidingseisen; zonder vmbo-diploma na routejaar 3 doorgaan in het mbo met herkansing in
Lochem.

## 7 Geld

Vo en mbo vallen binnen dezelfde stichting; er wordt geen bekostiging overgedragen als bedoeld in
artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Het routebudget wordt in de begroting van de
stichting toegerekend aan de locatie Doetinchem.

## 8 Slot

Deze regeling treedt in werking op 1 augustus 2025 en heet: Regeling DLR Hovenier.
"""


# --------------------------------------------------------------------------------------------
# 139 - geintegreerde route vmbo basis -> mbo 2, plain text (defects)
# --------------------------------------------------------------------------------------------

@sample(139, "geintegreerde_route_logistiek_rijnmond", "txt",
        "TXT, regiehouder/beleidsadviseur-stijl, Rotterdam-Rijnmond, geïntegreerde route Mobiliteit en "
        "transport basis -> mbo 2 Logistiek medewerker; gebreken: bedrijfsleven alleen als ambitie en "
        "streven (b weak), uitstappers gaan automatisch naar Entree (f weak); overdracht met bedrag en "
        "bestemming, medezeggenschap niet genoemd (h n.v.t.)",
        st("p w p p p w p na p p"),
        {"a": "1. WELKE ROUTE", "c": "3. REGIE", "d": "4. VERANTWOORDING EN MONITORING",
         "e": "5. UITVOERING", "g": "7. BEKOSTIGING", "i": "8. ESCALATIELADDER",
         "j": "9. DUUR, AANSLUITING, WIJZIGING EN EXIT"})
def s139():
    return """
SAMENWERKINGSOVEREENKOMST GEINTEGREERDE ROUTE LOGISTIEK WATERWEG
vmbo basisberoepsgerichte leerweg Mobiliteit en transport -> mbo niveau 2 Logistiek medewerker

Versie: definitief, 27 juni 2025
Opgesteld door: regiehouder aansluiting vo-mbo, Onderwijsbureau Waterweg

PARTIJEN

1. Stichting Openbaar Voortgezet Onderwijs Waterweg, gevestigd te Vlaardingen, bevoegd gezag van
   het Maasmond Vakcollege, vertegenwoordigd door mevrouw R. el Khatib MEd, voorzitter van het
   college van bestuur, hierna: Maasmond;
2. Stichting ROC Nieuwe Maas, gevestigd te Rotterdam, vertegenwoordigd door de heer J.P. van
   Dorp, lid van het college van bestuur, hierna: Nieuwe Maas.

Partijen spreken het volgende af.

1. WELKE ROUTE

1.1 Partijen verzorgen vanaf 1 augustus 2025 een geïntegreerde route als bedoeld in artikel
    2.107l WVO 2020 en artikel 9.1.17 WEB. Leerlingen van Maasmond in de basisberoepsgerichte
    leerweg, profiel Mobiliteit en transport, volgen vanaf leerjaar 3 een geïntegreerd programma
    dat leidt tot het diploma van de opleiding Logistiek medewerker (niveau 2, bol) van Nieuwe
    Maas, opleidingsdomein Transport, scheepvaart en logistiek.
1.2 Een vmbo-eindexamen maakt geen deel uit van de route. Deelname gebeurt alleen in overleg met
    leerling en ouders en na een positief advies van het mentoraat in leerjaar 2.
1.3 De route duurt vier jaar: routejaar 1 en 2 (ingeschreven bij Maasmond) en routejaar 3 en 4
    (ingeschreven bij Nieuwe Maas).

2. BEDRIJFSLEVEN

2.1 Partijen hebben de ambitie om logistieke bedrijven in de Waalhaven, de Botlek en het
    distributiecentrum-cluster Vlaardingen-Schiedam bij de route te betrekken.
2.2 Zij streven ernaar om in de loop van het eerste schooljaar een netwerk van leerbedrijven op
    te bouwen dat, waar mogelijk, gastlessen en bedrijfsbezoeken verzorgt. De regiehouder
    verkent daarvoor de mogelijkheden met de regionale werkgeversvereniging.

3. REGIE

3.1 De route wordt aangestuurd door een stuurgroep van drie: de afdelingsleider bovenbouw van
    Maasmond, de teamleider Logistiek van Nieuwe Maas en de regiehouder aansluiting vo-mbo.
3.2 De afdelingsleider en de teamleider worden door hun eigen college van bestuur aangewezen.
    De regiehouder wordt door beide colleges samen benoemd voor een periode van drie jaar en is
    gedetacheerd vanuit Nieuwe Maas.
3.3 De colleges dragen de stuurgroep de volgende taken op, met de daarbij behorende
    beslisbevoegdheid: het programma en de examenplanning per leerjaar vaststellen, het
    gezamenlijke docententeam inroosteren, beslissen over plaatsing in de route en het
    routebudget besteden tot EUR 30.000 per jaar. Uitgaven daarboven, personele besluiten en
    wijziging van deze overeenkomst blijven bij de colleges.

4. VERANTWOORDING EN MONITORING

4.1 De stuurgroep stuurt beide colleges na ieder kwartaal een monitor met instroom, verzuim,
    uitval, studievoortgang en budget.
4.2 Ieder jaar in juni evalueert de stuurgroep de route volgens de PDCA-cyclus en bespreekt zij de
    uitkomsten met de portefeuillehouders van beide colleges; het verslag daarvan stellen de
    colleges vast vóór 1 oktober.

5. UITVOERING

5.1 Routejaar 1 en 2 worden gegeven bij Maasmond in Vlaardingen, met twee dagen per week in het
    logistiek leercentrum van Nieuwe Maas in Schiedam. Routejaar 3 en 4 worden gegeven bij Nieuwe
    Maas en in de beroepspraktijkvorming.
5.2 Nieuwe Maas zet in routejaar 1 en 2 twee docenten logistiek in (samen 0,6 fte). Maasmond zet
    in routejaar 3 een docent Nederlands en rekenen in (0,1 fte). De docenten vormen één
    routeteam; voor de vakoverstijgende praktijkmodules geldt de teambevoegdheid, met voor ieder
    onderdeel een bevoegde docent. Ieder blijft in dienst van de eigen werkgever.
5.3 Nieuwe Maas stelt het leermagazijn, de heftruck- en reachtruck-simulatoren en het
    scannerlab beschikbaar; Maasmond zijn praktijklokaal mobiliteit en de ICT-lokalen.
5.4 Het programma en de examinering per leerjaar staan in de gezamenlijke OER (bijlage 1).

6. UITSTROOM UIT DE ROUTE

6.1 Leerlingen die de geïntegreerde route voortijdig verlaten, worden ingeschreven in de
    Entree-opleiding van Nieuwe Maas, zodat zij hun schoolloopbaan zonder onderbreking kunnen
    voortzetten.
6.2 De regiehouder draagt zorg voor de inschrijving en informeert leerling en ouders schriftelijk.

7. BEKOSTIGING

7.1 Maasmond draagt met toepassing van artikel 5.42a WVO 2020 per leerling in routejaar 1 en 2
    EUR 1.400 per schooljaar over aan Nieuwe Maas, vast te stellen naar de telling van
    1 oktober.
7.2 Het bedrag is bestemd voor de inzet van de twee docenten logistiek (artikel 5.2) en het
    gebruik en onderhoud van het logistiek leercentrum.
7.3 Raming schooljaar 2025-2026 (16 leerlingen in routejaar 1): EUR 22.400. Nieuwe Maas draagt
    geen middelen over aan Maasmond.

8. ESCALATIELADDER

8.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden in deze volgorde
    behandeld:
    a. de stuurgroep, binnen drie weken;
    b. een bestuurlijk overleg tussen de portefeuillehouders van beide colleges, binnen zes weken;
    c. mediation door een onafhankelijke mediator die partijen samen kiezen;
    d. als laatste stap de bevoegde rechter van de rechtbank Rotterdam.
8.2 Tijdens een geschil loopt het onderwijs aan de leerlingen gewoon door.

9. DUUR, AANSLUITING, WIJZIGING EN EXIT

9.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor vier jaar en wordt daarna stilzwijgend
    telkens met vier jaar verlengd.
9.2 Een andere vmbo-school in Rijnmond met de basisberoepsgerichte leerweg Mobiliteit en
    transport, of een andere mbo-instelling met een verwante opleiding op niveau 2, kan zich bij
    deze overeenkomst aansluiten als beide colleges schriftelijk instemmen en de nieuwe partij de
    overeenkomst ongewijzigd ondertekent; aansluiting gaat in per 1 augustus.
9.3 Wijzigingen worden schriftelijk vastgelegd en door beide colleges getekend; een wijziging van
    het programma geldt pas voor het volgende cohort.
9.4 Ieder van partijen kan de overeenkomst opzeggen tegen 1 augustus, met inachtneming van een
    termijn van twaalf maanden. Ontbinding is mogelijk als een partij na schriftelijke
    ingebrekestelling tekort blijft schieten.
9.5 Exitstrategie: na opzegging of ontbinding start er geen nieuw cohort meer. Leerlingen die al
    in de route zitten, ronden haar af bij partijen onder de voorwaarden van deze overeenkomst,
    inclusief de bekostigingsafspraak van artikel 7.

ONDERTEKENING

Vlaardingen, 30 juni 2025

Namens Maasmond:                       Namens Nieuwe Maas:
R. el Khatib MEd                       J.P. van Dorp
voorzitter college van bestuur         lid college van bestuur

Bijlage 1: gezamenlijke OER geïntegreerde route Logistiek, cohort 2025.
"""


# --------------------------------------------------------------------------------------------
# 140 - long agreement, controller + bestuurssecretaris voice, chapters and annexes
# --------------------------------------------------------------------------------------------

@sample(140, "lang_hoofdstukken_bijlagen_zorg_educatie_limburg", "pdf",
        "PDF, lange overeenkomst (hoofdstukken, 27 artikelen, vier bijlagen) in controllers- en "
        "bestuurssecretariaatstaal, Parkstad Limburg, Zorg en welzijn kader -> Medewerker "
        "maatschappelijke zorg niveau 3 en gemengde leerweg -> Onderwijsassistent niveau 4; "
        "begrotingsbijlage met bedragen per leerling, PDCA-kalender, overstapmatrix; volledig compliant",
        st("p p p p p p p p p p"),
        {"a": "Artikel 3 De routes", "b": "Artikel 13 Werkveld en beroepspraktijk",
         "c": "Artikel 6 Stuurgroep", "d": "Artikel 8 Informatievoorziening, verantwoording en PDCA-cyclus",
         "e": "Artikel 10 Inzet van personeel", "f": "Artikel 15 Maatwerk bij uitstap",
         "g": "Artikel 17 Overdracht van bekostiging", "h": "Artikel 19 Medezeggenschap",
         "i": "Artikel 22 Escalatieladder en geschilbeslechting",
         "j": "Artikel 26 Opzegging, ontbinding en exitstrategie"})
def s140():
    B = [("opts", {"footer": "Samenwerkingsovereenkomst DLR Zorg & Educatie Parkstad  -  kenmerk "
                             "BSC/2025/112", "base_size": 9.5})]
    B += [("title", "Samenwerkingsovereenkomst\nDoorlopende leerroutes Zorg & Educatie Parkstad"),
          ("subtitle", "Geleendal College  -  ROC Maas en Geul\n"
                       "Zorg en welzijn (kader en gemengde leerweg)  >  Medewerker maatschappelijke zorg "
                       "(niveau 3) en Onderwijsassistent (niveau 4)"),
          ("small", "Voorbereid door het bestuurssecretariaat en de afdeling Planning & Control van beide "
                    "partijen; besproken in het bestuurlijk overleg van 19 juni 2025; advies "
                    "medezeggenschapsraad Geleendal 10 juni 2025, advies studentenraad Maas en Geul "
                    "12 juni 2025."),
          ("h1", "Partijen"),
          ("pi", "1.  Stichting Onderwijsgroep Heuvelland-Parkstad, statutair gevestigd te Heerlen, "
                 "bevoegd gezag van het Geleendal College (vmbo) te Heerlen, te dezen rechtsgeldig "
                 "vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. "
                 "W.H.J. Coenen, hierna: 'Geleendal';"),
          ("pi", "2.  Stichting ROC Maas en Geul, statutair gevestigd te Maastricht, te dezen "
                 "rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw "
                 "mr. drs. S.M.L. Vencken, hierna: 'Maas en Geul';"),
          ("p", "hierna gezamenlijk: 'partijen' en ieder afzonderlijk: 'partij'."),
          ("h1", "Considerans"),
          ("p", "Partijen overwegen dat:"),
          ("pi", "a.  de zorg, het welzijn en het onderwijs in Parkstad Limburg te maken hebben met "
                 "krimp van de beroepsbevolking en oplopende personeelstekorten, terwijl de vraag naar "
                 "zorg en ondersteuning stijgt;"),
          ("pi", "b.  partijen sinds 2019 samenwerken in een vakmanschapsroute zorg en de ervaringen "
                 "daarmee willen omzetten in doorlopende leerroutes onder de Wet doorlopende "
                 "leerroutes vmbo-mbo;"),
          ("pi", "c.  partijen de samenwerking op een bestuurlijk robuuste wijze willen inrichten, met "
                 "een heldere scheiding tussen kaderstellende en uitvoerende taken en een "
                 "verantwoording die aansluit bij de planning-en-controlcyclus van beide organisaties;"),
          ("pi", "d.  partijen de financiële stromen tussen hen transparant willen maken, in het "
                 "bijzonder met het oog op de rechtmatigheid van de besteding van rijksbijdragen;"),
          ("pi", "e.  iedere leerling, ook bij een voortijdig einde van de route, zicht moet houden op een "
                 "diploma en een startkwalificatie;"),
          ("pi", "f.  partijen met deze overeenkomst ook voldoen aan de verplichting om de in artikel "
                 "2.107b WVO 2020 en artikel 9.1.3 WEB genoemde onderwerpen vast te leggen;"),
          ("p", "en komen als volgt overeen."),
          ]
    B += [("h1", "Hoofdstuk 1  Algemeen"),
          ("h2", "Artikel 1 Begripsbepalingen"),
          ("p", "In deze overeenkomst en de bijlagen wordt verstaan onder:"),
          ("pi", "a.  route: een van de doorlopende leerroutes bedoeld in artikel 3;"),
          ("pi", "b.  routejaar: een leerjaar van de route; routejaar 1 en 2 vallen samen met leerjaar "
                 "3 en 4 van het vmbo (vo-fase), de routejaren daarna vormen de mbo-fase;"),
          ("pi", "c.  stuurgroep: de stuurgroep bedoeld in artikel 6;"),
          ("pi", "d.  routecoördinator: de coördinator per route bedoeld in artikel 7, derde lid;"),
          ("pi", "e.  bestuurlijk overleg: het overleg tussen de colleges van bestuur van partijen, "
                 "bedoeld in artikel 5;"),
          ("pi", "f.  PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
                 "examenregeling per route;"),
          ("pi", "g.  werkveldcommissie: de commissie bedoeld in artikel 13;"),
          ("pi", "h.  peildatum: 1 oktober van het betreffende schooljaar."),
          ("h2", "Artikel 2 Doel en reikwijdte"),
          ("p", "2.1  Deze overeenkomst regelt de gezamenlijke verzorging van de routes, de governance "
                "daarvan en de rechten en verplichtingen van partijen over en weer."),
          ("p", "2.2  De overeenkomst vervangt met ingang van 1 augustus 2025 de samenwerkingsafspraken "
                "vakmanschapsroute zorg van 4 juli 2019. Leerlingen die onder die afspraken zijn "
                "gestart, ronden hun traject af onder de afspraken die voor hen golden."),
          ("h2", "Artikel 3 De routes"),
          ("p", "3.1  Partijen verzorgen met ingang van schooljaar 2025-2026 gezamenlijk de volgende "
                "doorlopende leerroutes:"),
          ("table", [["Route", "vmbo (Geleendal)", "mbo (Maas en Geul)", "Duur", "Instroom"],
                     ["Route Zorg", "profiel Zorg en welzijn, kaderberoepsgerichte leerweg",
                      "Medewerker maatschappelijke zorg, niveau 3, bol; opleidingsdomein Zorg en welzijn; "
                      "College Zorg Heerlen", "5 jaar", "max. 20 per cohort"],
                     ["Route Educatie", "profiel Zorg en welzijn, gemengde leerweg",
                      "Onderwijsassistent, niveau 4, bol; opleidingsdomein Zorg en welzijn; College "
                      "Educatie Heerlen", "5 jaar", "max. 16 per cohort"]],
           [2.4, 4.0, 5.6, 1.6, 2.4]),
          ("p", "3.2  Partijen melden iedere route afzonderlijk en gezamenlijk bij DUO via het Register "
                "Instellingen en Opleidingen, uiterlijk op 1 oktober 2025."),
          ("h2", "Artikel 4 Bijlagen"),
          ("p", "4.1  De volgende bijlagen maken deel uit van deze overeenkomst: Bijlage A Begroting en "
                "bedragen per leerling; Bijlage B Jaarkalender planning en control; Bijlage C "
                "Overstapmatrix; Bijlage D Samenstelling werkveldcommissie."),
          ("p", "4.2  Bij strijd tussen de tekst van de artikelen en een bijlage gaan de artikelen voor. "
                "Bijlage B en D kunnen door de stuurgroep worden geactualiseerd; de bijlagen A en C "
                "alleen door het bestuurlijk overleg."),
          ("h1", "Hoofdstuk 2  Governance"),
          ("h2", "Artikel 5 Bestuurlijk kader"),
          ("p", "5.1  De colleges van bestuur van partijen blijven ieder eindverantwoordelijk voor het "
                "onderwijs dat onder hun bevoegd gezag wordt verzorgd: Geleendal voor het vmbo-deel en "
                "de vmbo-examinering en -diplomering, Maas en Geul voor het mbo-deel, de "
                "beroepspraktijkvorming en de mbo-examinering en -diplomering."),
          ("p", "5.2  De colleges van bestuur voeren ten minste twee keer per jaar bestuurlijk overleg "
                "over de routes. Het bestuurlijk overleg is kaderstellend: het stelt de strategische "
                "doelen, het jaarplan en de routebegroting vast en neemt de besluiten die op grond van "
                "artikel 7, vierde lid, aan de colleges zijn voorbehouden."),
          ("h2", "Artikel 6 Stuurgroep"),
          ("p", "6.1  Voor de dagelijkse leiding over de routes is er een stuurgroep. De stuurgroep "
                "bestaat uit vier leden: de directeur onderbouw en bovenbouw vmbo van Geleendal, de "
                "teamleider Zorg en welzijn van Geleendal, de directeur College Zorg en de directeur "
                "College Educatie van Maas en Geul. De twee routecoördinatoren wonen de vergaderingen "
                "bij als adviseur."),
          ("p", "6.2  Ieder college van bestuur wijst voor de eigen partij de stuurgroepleden aan, voor "
                "de duur van de vervulling van de genoemde functie, en maakt de aanwijzing schriftelijk "
                "bekend aan het andere college. Bij een vacature wijst het betrokken college binnen zes "
                "weken een tijdelijke vervanger aan."),
          ("p", "6.3  Het voorzitterschap van de stuurgroep rouleert per schooljaar tussen een lid van "
                "Geleendal en een lid van Maas en Geul. De stuurgroep vergadert ten minste zes keer per "
                "schooljaar en besluit bij consensus; lukt dat niet, dan legt de voorzitter het punt "
                "voor aan het bestuurlijk overleg."),
          ("h2", "Artikel 7 Taken en bevoegdheden van de stuurgroep en de routecoördinatoren"),
          ("p", "7.1  De colleges van bestuur dragen aan de stuurgroep op:"),
          ("pii", "a.  het opstellen van het jaarplan en de routebegroting ter vaststelling door het "
                  "bestuurlijk overleg;"),
          ("pii", "b.  het vaststellen van het PTA/OER per route, na advies van de werkveldcommissie en "
                  "met inachtneming van de bevoegdheden van de examencommissies;"),
          ("pii", "c.  het vaststellen van de inzet van personeel over en weer binnen de formatie die de "
                  "colleges beschikbaar stellen;"),
          ("pii", "d.  het besluiten over toelating tot de routes en het vaststellen van de "
                  "overstapplannen bedoeld in artikel 15;"),
          ("pii", "e.  het beheer van de routebegroting, met de bevoegdheid tot het aangaan van "
                  "verplichtingen tot EUR 20.000 per afzonderlijke uitgave;"),
          ("pii", "f.  het onderhouden van de relatie met de werkveldcommissie en de gemeenten in "
                  "Parkstad."),
          ("p", "7.2  De stuurgroep is bevoegd de onder a tot en met f genoemde besluiten te nemen "
                "zonder voorafgaande goedkeuring van de colleges, met uitzondering van het jaarplan en "
                "de routebegroting."),
          ("p", "7.3  Per route is er een routecoördinator, die de uitvoering regisseert, het routeteam "
                "functioneel aanstuurt en aanspreekpunt is voor leerlingen, ouders en leerbedrijven. "
                "De stuurgroep benoemt de routecoördinatoren uit het personeel van partijen, na een "
                "gezamenlijke interne sollicitatieprocedure, voor drie schooljaren."),
          ("p", "7.4  Voorbehouden aan de colleges van bestuur zijn: besluiten over aanstelling, "
                "ontslag en bezoldiging van personeel; uitgaven boven de routebegroting of boven EUR "
                "20.000 per uitgave; het starten of beëindigen van een route; wijziging van de "
                "bijlagen A en C; en wijziging van deze overeenkomst."),
          ("h2", "Artikel 8 Informatievoorziening, verantwoording en PDCA-cyclus"),
          ("p", "8.1  De stuurgroep draagt zorg voor een tijdige en volledige informatievoorziening aan "
                "beide colleges van bestuur en legt over de uitvoering van haar taken en de besteding "
                "van de routebegroting rekening en verantwoording af aan beide colleges, volgens de "
                "jaarkalender in bijlage B."),
          ("p", "8.2  De informatievoorziening bestaat ten minste uit:"),
          ("pii", "a.  een kwartaalrapportage, uiterlijk zes weken na afloop van ieder kwartaal, met de "
                  "kengetallen instroom, doorstroom, uitval, overstappen, verzuim, examenresultaten en "
                  "de budgetuitputting ten opzichte van de routebegroting;"),
          ("pii", "b.  een jaarverslag per route, uiterlijk 1 oktober, met een evaluatie van het "
                  "afgelopen schooljaar, de financiële verantwoording en de verbeteracties voor het "
                  "nieuwe jaar;"),
          ("pii", "c.  een mondelinge toelichting van de voorzitter van de stuurgroep in ieder "
                  "bestuurlijk overleg."),
          ("p", "8.3  De uitkomsten worden meegenomen in de PDCA-cyclus van beide partijen: de colleges "
                "verwerken de routes in hun jaarverslag en bestuursverslag, de controllers van beide "
                "partijen toetsen jaarlijks de financiële verantwoording."),
          ("p", "8.4  Signalen die de continuïteit van een route of de veiligheid van leerlingen "
                "raken, meldt de voorzitter van de stuurgroep onverwijld aan beide colleges."),
          ]
    B += _s140_rest()
    return B

def _s140_rest():
    B = []
    B += [("h1", "Hoofdstuk 3  Onderwijs en uitvoering"),
          ("h2", "Artikel 9 Onderwijsprogramma en examinering"),
          ("p", "9.1  Partijen beschrijven voor iedere route het volledige onderwijsprogramma, de "
                "examinering per leerjaar en de beroepspraktijkvorming per leerjaar in het PTA/OER. "
                "Daarin is per onderdeel aangegeven of het tot het vmbo-programma, het mbo-programma of "
                "beide behoort en welke onderdelen door een team worden verzorgd."),
          ("p", "9.2  De vo-fase wordt verzorgd in het gebouw van Geleendal aan de Valkenburgerweg te "
                "Heerlen; op twee dagdelen per week volgen de leerlingen praktijkonderwijs in het "
                "zorgleerhuis en het educatielab van Maas en Geul op de Campus Parkstad te Heerlen. De "
                "mbo-fase wordt verzorgd door Maas en Geul op de Campus Parkstad en bij de leerbedrijven."),
          ("p", "9.3  Het centraal examen vmbo wordt afgenomen in routejaar 2. Mbo-examenonderdelen en "
                "beroepspraktijkvorming kunnen vanaf routejaar 1 plaatsvinden. Het PTA/OER wordt voor "
                "ieder cohort uiterlijk 1 oktober voorafgaand aan de start van het cohort vastgesteld."),
          ("h2", "Artikel 10 Inzet van personeel"),
          ("p", "10.1  Per route werken docenten, instructeurs en begeleiders van beide partijen als één "
                "routeteam. Voor de vak- en sectoroverstijgende programmaonderdelen die in het PTA/OER "
                "als teamonderdeel zijn aangeduid, maken partijen gebruik van de teambevoegdheid van "
                "artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Ieder teamlid is bevoegd voor ten minste "
                "één vak of voldoet aan de eisen van artikel 4.2.1 WEB, het team als geheel dekt alle "
                "programmaonderdelen af en ieder teamlid is verantwoordelijk voor het onderdeel waarvoor "
                "hij of zij bevoegd is."),
          ("p", "10.2  Maas en Geul stelt in de vo-fase docenten beschikbaar voor 0,5 fte (route Zorg) en "
                "0,3 fte (route Educatie). Geleendal stelt in routejaar 3 docenten beschikbaar voor 0,2 "
                "fte voor de afronding van vmbo-onderdelen door studenten zonder vmbo-diploma. De "
                "stuurgroep legt de verdeling jaarlijks vast in het formatieoverzicht bij het jaarplan."),
          ("p", "10.3  Personeel dat voor de andere partij werkzaam is, blijft in dienst van de eigen "
                "werkgever, die verantwoordelijk blijft voor de arbeidsvoorwaarden, de gesprekscyclus en "
                "de professionalisering. Het routeteam volgt jaarlijks ten minste twee gezamenlijke "
                "studiedagen."),
          ("h2", "Artikel 11 Faciliteiten en huisvesting"),
          ("p", "11.1  Maas en Geul stelt het zorgleerhuis (gesimuleerde woon- en zorgomgeving), het "
                "educatielab en de bijbehorende leermiddelen beschikbaar aan de routeleerlingen in de "
                "vo-fase. Geleendal stelt zijn praktijklokalen Zorg en welzijn en zijn keuken "
                "beschikbaar voor mbo-lessen in de routes."),
          ("p", "11.2  Het gebruik van elkaars faciliteiten is verdisconteerd in de bedragen van "
                "artikel 17 en wordt niet afzonderlijk in rekening gebracht. Iedere partij draagt zorg "
                "voor de verzekering van de eigen gebouwen en inventaris; schade door onzorgvuldig "
                "gebruik komt voor rekening van de gebruikende partij."),
          ("p", "11.3  Leerlingen en personeel van de ene partij houden zich bij de andere partij aan de "
                "daar geldende huisregels en veiligheidsvoorschriften."),
          ("h2", "Artikel 12 Leerlingzaken"),
          ("p", "12.1  In de vo-fase staan de leerlingen ingeschreven bij Geleendal; met ingang van "
                "routejaar 3 bij Maas en Geul. Een student zonder vmbo-diploma blijft daarnaast bij "
                "Geleendal ingeschreven tot de vo-activiteiten zijn afgerond."),
          ("p", "12.2  De verzuimregistratie en -melding liggen in de vo-fase bij Geleendal en in de "
                "mbo-fase bij Maas en Geul. Ondersteuning in het kader van passend onderwijs wordt "
                "geboden volgens het ondersteuningsplan van de partij waar de leerling is ingeschreven; "
                "bij de overgang naar de mbo-fase vindt een warme overdracht plaats."),
          ("p", "12.3  De klachtenregeling van ieder van partijen is ook van toepassing op gedragingen "
                "van bestuur en personeel van de andere partij in het kader van de route. Partijen "
                "verlenen elkaar medewerking bij de behandeling van een klacht."),
          ("h2", "Artikel 13 Werkveld en beroepspraktijk"),
          ("p", "13.1  Bij de routes is een werkveldcommissie betrokken, waarin ten minste zitting "
                "hebben: twee zorg- en welzijnsorganisaties, een kinderopvangorganisatie, een "
                "schoolbestuur primair onderwijs, het sociaal domein van de gemeente Heerlen en de "
                "adviseur van SBB. De samenstelling bij de start staat in bijlage D."),
          ("p", "13.2  De organisaties in de werkveldcommissie verplichten zich tot: het aanbieden van "
                "een maatschappelijke stage en meeloopdagen in routejaar 1 en 2; het beschikbaar stellen "
                "van bpv-plaatsen als erkend leerbedrijf in de mbo-fase; het leveren van "
                "praktijkopdrachten uit de eigen organisatie; en deelname van een praktijkbeoordelaar "
                "aan de beroepsgerichte examens."),
          ("p", "13.3  De werkveldcommissie vergadert drie keer per schooljaar met de stuurgroep. Zij "
                "brengt jaarlijks vóór 1 april advies uit over het PTA/OER en over de aansluiting van de "
                "routes op de regionale arbeidsmarkt, en kan ongevraagd adviseren."),
          ("h1", "Hoofdstuk 4  Loopbaan en overstap"),
          ("h2", "Artikel 14 Toelating en instroomgarantie"),
          ("p", "14.1  Leerlingen melden zich in leerjaar 2 aan voor een route. De stuurgroep besluit "
                "over toelating op basis van het advies van de mentor en een loopbaangesprek."),
          ("p", "14.2  Een leerling die de vo-fase met een vmbo-diploma afrondt, stroomt zonder "
                "aanvullende intake of toelatingseisen door naar de mbo-fase van de eigen route."),
          ("h2", "Artikel 15 Maatwerk bij uitstap"),
          ("p", "15.1  Wanneer een leerling de route voortijdig beëindigt of dreigt te beëindigen, stelt "
                "de routecoördinator binnen twee weken een overstapplan op, na een gesprek met de "
                "leerling, de ouders, de mentor en de studieloopbaanbegeleider. Het plan wordt "
                "vastgesteld door het stuurgroeplid van Geleendal en het stuurgroeplid van Maas en Geul "
                "dat de route aangaat, gezamenlijk. Zij wegen daarbij het onderwijsniveau dat de "
                "leerling heeft bereikt, de leeftijd van de leerling en diens wensen."),
          ("p", "15.2  Het overstapplan voorziet altijd in een vervolg dat leidt tot een vmbo-diploma of "
                "een mbo-diploma. De mogelijke vervolgtrajecten per moment en situatie zijn opgenomen in "
                "de overstapmatrix van bijlage C. In hoofdlijnen:"),
          ("pii", "a.  bij uitstap in de vo-fase: voortzetting in de kaderberoepsgerichte of gemengde "
                  "leerweg bij Geleendal, in hetzelfde of een ander profiel, of overstap naar de andere "
                  "route;"),
          ("pii", "b.  bij uitstap in de mbo-fase: overstap naar een andere opleiding van Maas en Geul "
                  "op hetzelfde niveau, of naar een opleiding een niveau lager, waarbij geen "
                  "vooropleidingseisen worden gesteld;"),
          ("pii", "c.  bij het ontbreken van het vmbo-diploma aan het einde van routejaar 3: "
                  "voortzetting van de mbo-opleiding met herkansing van de vmbo-onderdelen bij "
                  "Geleendal, of doubleren om het vmbo-diploma alsnog te behalen;"),
          ("pii", "d.  bij een wens tot overstap naar een andere school of instelling, bijvoorbeeld na "
                  "verhuizing: een warme overdracht met een overdrachtsdossier dat een "
                  "geschiktheidsonderzoek bij de ontvangende instelling ondersteunt."),
          ("p", "15.3  Partijen beschrijven de werkwijze voor leerlingen en ouders in de schoolgids van "
                "Geleendal en de studiewijzer van Maas en Geul."),
          ]
    B += [("h1", "Hoofdstuk 5  Financiën"),
          ("h2", "Artikel 16 Financiële uitgangspunten"),
          ("p", "16.1  De routes worden bekostigd uit de reguliere rijksbijdragen van partijen; in de "
                "vo-fase ontvangt Geleendal de bekostiging, in de mbo-fase Maas en Geul. Er is geen "
                "aanvullende bekostiging."),
          ("p", "16.2  Financiële stromen tussen partijen zijn kostendekkend, niet winstgevend en "
                "herleidbaar tot de inzet die ervoor wordt geleverd."),
          ("h2", "Artikel 17 Overdracht van bekostiging"),
          ("p", "17.1  Geleendal draagt met toepassing van artikel 5.42a WVO 2020 een deel van zijn "
                "bekostiging over aan Maas en Geul ter hoogte van EUR 1.050 per routeleerling per "
                "schooljaar in routejaar 1 en 2, op basis van het aantal routeleerlingen op de "
                "peildatum. Deze middelen zijn bestemd voor de inzet van docenten van Maas en Geul in de "
                "vo-fase (artikel 10.2) en voor het gebruik van het zorgleerhuis en het educatielab, "
                "inclusief verbruiksmaterialen (artikel 11.1)."),
          ("p", "17.2  Maas en Geul draagt met toepassing van artikel 9.1.15 WEB een deel van zijn "
                "bekostiging over aan Geleendal ter hoogte van EUR 500 per student in routejaar 3 die op "
                "de peildatum nog geen vmbo-diploma heeft. Deze middelen zijn bestemd voor de inzet van "
                "docenten van Geleendal voor de afronding van vmbo-onderdelen en voor de afname van de "
                "vmbo-examens."),
          ("p", "17.3  De bedragen, ramingen en indexering zijn uitgewerkt in bijlage A."),
          ("h2", "Artikel 18 Facturatie, verrekening en risico"),
          ("p", "18.1  Partijen factureren elkaar jaarlijks vóór 15 november op basis van de aantallen "
                "op de peildatum; betaling vindt plaats binnen dertig dagen."),
          ("p", "18.2  De controllers van partijen stemmen de verrekening jaarlijks vóór 1 maart af. "
                "Verschillen van meer dan 5 procent ten opzichte van de raming worden gemeld in de "
                "eerstvolgende kwartaalrapportage."),
          ("p", "18.3  Tekorten op de routebegroting worden in de verhouding van de feitelijke inzet "
                "gedragen, tenzij het bestuurlijk overleg anders besluit."),
          ("h1", "Hoofdstuk 6  Medezeggenschap, kwaliteit en gegevens"),
          ("h2", "Artikel 19 Medezeggenschap"),
          ("p", "19.1  Voor leerlingen in de vo-fase, hun ouders en het personeel van Geleendal geldt de "
                "medezeggenschap via de medezeggenschapsraad van Geleendal. Voor studenten in de "
                "mbo-fase en hun ouders gelden de studentenraad en de ouderraad van Maas en Geul, voor "
                "het personeel van Maas en Geul de ondernemingsraad."),
          ("p", "19.2  Aanvullend op de wettelijke regels spreken partijen af dat:"),
          ("pii", "a.  een gezamenlijke commissie doorlopende leerroutes wordt ingesteld, bestaande uit "
                  "twee leden van de medezeggenschapsraad van Geleendal (een ouder en een leerling uit "
                  "een route), twee leden van de studentenraad en een lid van de ondernemingsraad van "
                  "Maas en Geul;"),
          ("pii", "b.  deze commissie jaarlijks het jaarverslag per route en het concept-jaarplan "
                  "ontvangt en daarover advies uitbrengt aan het bestuurlijk overleg;"),
          ("pii", "c.  routeleerlingen in routejaar 2 kandidaat mogen zijn voor de studentenraad van "
                  "Maas en Geul met ingang van hun overgang naar de mbo-fase, en de vergaderingen als "
                  "toehoorder mogen bijwonen zolang zij nog bij Geleendal zijn ingeschreven."),
          ("p", "19.3  De bevoegdheden van de wettelijke medezeggenschapsorganen blijven onverlet."),
          ("h2", "Artikel 20 Kwaliteitszorg en inspectie"),
          ("p", "20.1  De routes maken deel uit van het kwaliteitszorgsysteem van beide partijen. "
                "Partijen verlenen elkaar en de Inspectie van het Onderwijs alle medewerking bij "
                "onderzoek naar de routes."),
          ("p", "20.2  Partijen laten in 2028 een externe evaluatie van de routes uitvoeren."),
          ("h2", "Artikel 21 Privacy en gegevensuitwisseling"),
          ("p", "21.1  Partijen wisselen alleen de persoonsgegevens van routeleerlingen uit die voor de "
                "uitvoering van de route noodzakelijk zijn. Zij leggen de afspraken daarover vast in een "
                "afzonderlijk gegevensdelingsprotocol dat voldoet aan de AVG."),
          ("h1", "Hoofdstuk 7  Geschillen, duur en beëindiging"),
          ("h2", "Artikel 22 Escalatieladder en geschilbeslechting"),
          ("p", "22.1  Geschillen tussen partijen over de uitleg of de uitvoering van deze overeenkomst "
                "worden langs de volgende escalatieladder behandeld:"),
          ("pii", "a.  trede 1: de stuurgroep bespreekt het geschil binnen drie weken nadat een partij "
                  "het schriftelijk heeft aangekaart;"),
          ("pii", "b.  trede 2: leidt dat niet tot een oplossing, dan wordt het geschil binnen vier "
                  "weken geagendeerd in het bestuurlijk overleg;"),
          ("pii", "c.  trede 3: blijft het geschil bestaan, dan vragen partijen gezamenlijk bindend "
                  "advies aan een onafhankelijke deskundige die zij in onderling overleg aanwijzen; "
                  "komen zij binnen twee weken niet tot overeenstemming over de persoon, dan wijst "
                  "ieder een deskundige aan en wijzen die twee samen de adviseur aan."),
          ("p", "22.2  Het bindend advies wordt binnen acht weken uitgebracht. De kosten worden door "
                "partijen ieder voor de helft gedragen. Voor geschillen die zich niet voor bindend "
                "advies lenen, is de rechtbank Limburg bevoegd."),
          ("p", "22.3  Tijdens een geschil voeren partijen de routes ongewijzigd uit; leerlingen mogen "
                "van een geschil geen nadeel ondervinden."),
          ("h2", "Artikel 23 Duur en evaluatie"),
          ("p", "23.1  Deze overeenkomst wordt aangegaan voor onbepaalde tijd en treedt in werking op 1 "
                "augustus 2025."),
          ("p", "23.2  Het bestuurlijk overleg evalueert de overeenkomst iedere vier jaar, voor het "
                "eerst in 2029, mede op basis van de externe evaluatie van artikel 20."),
          ("h2", "Artikel 24 Toetreding van nieuwe partners"),
          ("p", "24.1  Een andere school voor vmbo of een andere instelling voor beroepsonderwijs in "
                "Zuid-Limburg kan partij worden bij deze overeenkomst, mits:"),
          ("pii", "a.  zij een profiel of opleiding aanbiedt die aansluit op een van de routes of op een "
                  "nieuw toe te voegen route in het domein Zorg en welzijn;"),
          ("pii", "b.  zij deze overeenkomst met bijlagen zonder voorbehoud aanvaardt, behoudens de "
                  "aanvullingen die voor haar deelname nodig zijn;"),
          ("pii", "c.  de colleges van bestuur van alle partijen schriftelijk met de toetreding "
                  "instemmen, na advies van de commissie bedoeld in artikel 19.2."),
          ("p", "24.2  Toetreding wordt vastgelegd in een toetredingsovereenkomst die door alle partijen "
                "wordt ondertekend, gaat in op 1 augustus van een schooljaar en wordt door de betrokken "
                "partijen gezamenlijk bij DUO gemeld. Toetreding laat de rechten van leerlingen die de "
                "routes al volgen onverlet."),
          ("h2", "Artikel 25 Wijziging"),
          ("p", "25.1  Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke, door beide "
                "colleges van bestuur ondertekende overeenkomst, na advies van de commissie bedoeld in "
                "artikel 19.2. Voor de bijlagen geldt artikel 4.2."),
          ("p", "25.2  Een wijziging die het onderwijsprogramma of de examinering raakt, geldt alleen "
                "voor cohorten die na de inwerkingtreding van de wijziging instromen, tenzij zij "
                "zittende leerlingen uitsluitend voordeel brengt."),
          ("h2", "Artikel 26 Opzegging, ontbinding en exitstrategie"),
          ("p", "26.1  Ieder van partijen kan deze overeenkomst, in haar geheel of voor een afzonderlijke "
                "route, schriftelijk opzeggen tegen 1 augustus van enig jaar, met een opzegtermijn van "
                "ten minste vijftien maanden."),
          ("p", "26.2  Ieder van partijen kan de overeenkomst ontbinden indien de andere partij "
                "toerekenbaar tekortschiet en dat tekortschieten niet binnen drie maanden na "
                "schriftelijke ingebrekestelling heeft hersteld, of indien de andere partij haar "
                "bekostiging voor het betrokken onderwijs verliest."),
          ("p", "26.3  Bij opzegging of ontbinding geldt de volgende exitstrategie:"),
          ("pii", "a.  vanaf het moment van opzegging of ontbinding worden in de betrokken route geen "
                  "nieuwe leerlingen meer toegelaten;"),
          ("pii", "b.  leerlingen die de route al volgen, ronden haar bij partijen af onder de "
                  "voorwaarden van deze overeenkomst; de verplichtingen van partijen, waaronder de "
                  "financiële afspraken van artikel 17, blijven voor hen gelden tot de laatste "
                  "leerling de route heeft verlaten;"),
          ("pii", "c.  de stuurgroep stelt binnen drie maanden een afbouwplan op met voor iedere "
                  "leerling het resterende traject, en informeert leerlingen en ouders schriftelijk;"),
          ("pii", "d.  is afronding bij partijen onverhoopt niet mogelijk, dan zorgen partijen samen voor "
                  "een gelijkwaardig vervolg volgens artikel 15."),
          ("h2", "Artikel 27 Slotbepalingen"),
          ("p", "27.1  Op deze overeenkomst is Nederlands recht van toepassing."),
          ("p", "27.2  Indien een bepaling nietig blijkt, blijven de overige bepalingen van kracht en "
                "vervangen partijen de nietige bepaling door een bepaling die zoveel mogelijk aansluit "
                "bij wat zij beoogden."),
          ("h1", "Ondertekening"),
          ("p", "Aldus overeengekomen en in tweevoud ondertekend te Heerlen op 30 juni 2025."),
          ("plain_table", [["Stichting Onderwijsgroep Heuvelland-Parkstad\n\n\n\ndrs. W.H.J. Coenen\n"
                            "voorzitter college van bestuur",
                            "Stichting ROC Maas en Geul\n\n\n\nmr. drs. S.M.L. Vencken\n"
                            "voorzitter college van bestuur"]], [8.2, 8.2]),
          ("pb",),
          ("h1", "Bijlage A  Begroting en bedragen per leerling"),
          ("p", "A.1  Bedragen per leerling (prijspeil 2025, jaarlijks geïndexeerd met de "
                "loon- en prijsbijstelling van OCW):"),
          ("table", [["Stroom", "Grondslag", "Bedrag", "Bestemming"],
                     ["Geleendal > Maas en Geul (art. 5.42a WVO 2020)",
                      "per routeleerling in routejaar 1 en 2, peildatum 1 oktober", "EUR 1.050",
                      "docenten Maas en Geul in de vo-fase; zorgleerhuis en educatielab, verbruik"],
                     ["Maas en Geul > Geleendal (art. 9.1.15 WEB)",
                      "per student in routejaar 3 zonder vmbo-diploma, peildatum 1 oktober", "EUR 500",
                      "docenten Geleendal voor vmbo-onderdelen; afname vmbo-examens"]],
           [4.4, 4.6, 2.0, 5.6]),
          ("p", "A.2  Meerjarenraming (bij volledige instroom van 20 en 16 leerlingen per cohort):"),
          ("table", [["Schooljaar", "Routeleerlingen vo-fase", "Overdracht naar Maas en Geul",
                      "Studenten rj 3 zonder diploma (raming)", "Overdracht naar Geleendal"],
                     ["2025-2026", "36", "EUR 37.800", "-", "-"],
                     ["2026-2027", "72", "EUR 75.600", "-", "-"],
                     ["2027-2028", "72", "EUR 75.600", "6", "EUR 3.000"],
                     ["2028-2029", "72", "EUR 75.600", "6", "EUR 3.000"]],
           [2.4, 3.2, 3.6, 4.0, 3.4]),
          ("h1", "Bijlage B  Jaarkalender planning en control"),
          ("table", [["Moment", "Product", "Van", "Aan"],
                     ["september", "jaarplan en routebegroting", "stuurgroep", "bestuurlijk overleg"],
                     ["medio november", "kwartaalrapportage Q1", "stuurgroep", "beide colleges"],
                     ["medio februari", "kwartaalrapportage Q2", "stuurgroep", "beide colleges"],
                     ["1 maart", "afstemming verrekening", "controllers", "stuurgroep"],
                     ["medio mei", "kwartaalrapportage Q3", "stuurgroep", "beide colleges"],
                     ["medio augustus", "kwartaalrapportage Q4", "stuurgroep", "beide colleges"],
                     ["1 oktober", "jaarverslag per route", "stuurgroep", "beide colleges, commissie art. 19"],
                     ["oktober", "bestuurlijk overleg verantwoording", "voorzitter stuurgroep",
                      "beide colleges"]],
           [3.0, 5.4, 3.4, 4.8]),
          ("h1", "Bijlage C  Overstapmatrix"),
          ("table", [["Moment", "Situatie", "Vervolg (richting diploma)", "Vaststelling"],
                     ["routejaar 1-2", "route past niet", "kader- of gemengde leerweg Geleendal, zelfde of "
                      "ander profiel; of andere route", "stuurgroepleden beide partijen samen"],
                     ["routejaar 3-5", "andere richting gewenst", "andere opleiding Maas en Geul op "
                      "hetzelfde niveau (bijv. Verzorgende-IG, Pedagogisch medewerker)",
                      "stuurgroepleden beide partijen samen"],
                     ["routejaar 3-5", "niveau te hoog", "opleiding een niveau lager (bijv. Helpende "
                      "zorg en welzijn niveau 2, Pedagogisch medewerker niveau 3)",
                      "stuurgroepleden beide partijen samen"],
                     ["einde routejaar 3", "vmbo-diploma niet behaald", "mbo voortzetten met "
                      "herkansing bij Geleendal, of doubleren", "stuurgroepleden beide partijen samen"],
                     ["elk moment", "verhuizing / andere instelling", "warme overdracht, "
                      "overdrachtsdossier voor geschiktheidsonderzoek", "routecoördinator, na "
                      "vaststelling plan"]],
           [2.6, 3.2, 6.4, 4.4]),
          ("h1", "Bijlage D  Samenstelling werkveldcommissie (bij de start)"),
          ("table", [["Organisatie", "Sector", "Bijdrage"],
                     ["Zorggroep Heuvelland", "ouderenzorg", "bpv, praktijkbeoordelaar, gastlessen"],
                     ["Welzijn Parkstad", "welzijn en jeugd", "maatschappelijke stage, praktijkopdrachten"],
                     ["Kinderopvang Parkstad", "kinderopvang", "meeloopdagen, bpv"],
                     ["Stichting Primair Onderwijs Brunssum-Landgraaf", "primair onderwijs",
                      "bpv onderwijsassistent, praktijkbeoordelaar"],
                     ["Gemeente Heerlen, sociaal domein", "overheid", "advies arbeidsmarkt, projecten"],
                     ["SBB, regio Limburg", "samenwerkingsorganisatie", "erkenning leerbedrijven, advies"]],
           [6.0, 3.8, 6.8]),
          ]
    return B


# ==== MAIN (keep at end) ====

def file_name(s):
    return "%d_%s.%s" % (s["num"], s["slug"], s["fmt"])


def expected_of(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(num):
    s = SAMPLES[num]
    path = os.path.join(OUT, file_name(s))
    content = s["build"]()
    title = "Samenwerkingsovereenkomst %d" % num
    if s["fmt"] == "pdf":
        opts = content.pop(0) if content and content[0][0] == "opts" else ("opts", {})
        build_pdf(path, content, title, **opts[1])
    elif s["fmt"] == "docx":
        opts = content.pop(0) if content and content[0][0] == "opts" else ("opts", {})
        build_docx(path, content, title, **opts[1])
    else:
        write_text(path, content)
    with open(os.path.join(OUT, "%d_%s.expected.json" % (num, s["slug"])), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(expected_of(s), ensure_ascii=False, indent=2) + "\n")
    print("wrote", file_name(s))


def check():
    ok = True
    fmts = {}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        assert 133 <= num <= 140
        path = os.path.join(OUT, file_name(s))
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            for k, ev in s["evidence"].items():
                if s["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
            for k, v in s["statuses"].items():
                if v == "present" and k not in s["evidence"]:
                    errs.append("no evidence for present item %s" % k)
        jpath = os.path.join(OUT, "%d_%s.expected.json" % (num, s["slug"]))
        try:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != expected_of(s):
                    errs.append("expected.json differs from table")
        except FileNotFoundError:
            errs.append("missing expected.json")
        print("%s %s %s" % ("OK  " if not errs else "FAIL", file_name(s),
                            "" if not errs else "; ".join(errs)))
        ok = ok and not errs
    print("formats:", fmts)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
