#!/usr/bin/env python3
"""Held-out sample agreements h105-h112 for leerroute-check.

Written by an independent helper session, working only from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md. No checker code, tests, benchmarks or other samples (texts, build
scripts, labels) were read. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout8a.py              build all samples
    python3 build_heldout8a.py h105 h107    build only these
    python3 build_heldout8a.py --check      verify the produced files
"""
import io
import json
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent
FIXED = datetime(2025, 6, 30, 9, 0, 0)
FIXED_ISO = "2025-06-30T09:00:00Z"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

SAMPLES = {}


def sample(key, name, ext, description, statuses, evidence):
    def deco(fn):
        SAMPLES[key] = dict(name=name, ext=ext, description=description,
                            statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def expected_of(s):
    return {"description": s["description"], "split": "heldout",
            "statuses": s["statuses"], "evidence": s["evidence"]}


# --------------------------------------------------------------------------- PDF helpers

def _md(text):
    """Escape for reportlab and turn **x** into bold."""
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = t.replace("\n", "<br/>")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


def build_pdf(path, blocks, base=10.0, margins=(2.2, 2.2, 2.0, 2.0), header=None,
              font="Helvetica", pagenum=True):
    """blocks: list of (kind, payload). kinds: title, sub, h, h3, p, li, lli, sp, table, sig, small."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    KeepTogether)
    bold = font + "-Bold" if font == "Helvetica" else "Times-Bold"
    lead = base * 1.28
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=base + 4, leading=base + 7,
                                alignment=1, spaceAfter=base * 0.6),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=base, leading=lead, alignment=1,
                              spaceAfter=base * 0.8),
        "h": ParagraphStyle("h", fontName=bold, fontSize=base + 1, leading=lead + 1,
                            spaceBefore=base * 0.9, spaceAfter=base * 0.3, keepWithNext=1),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=base, leading=lead,
                             spaceBefore=base * 0.5, spaceAfter=base * 0.2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=base, leading=lead,
                            spaceAfter=base * 0.35, alignment=4),
        "li": ParagraphStyle("li", fontName=font, fontSize=base, leading=lead, leftIndent=base * 1.8,
                             firstLineIndent=-base * 1.2, spaceAfter=base * 0.2, alignment=0),
        "lli": ParagraphStyle("lli", fontName=font, fontSize=base, leading=lead,
                              leftIndent=base * 3.4, firstLineIndent=-base * 1.2,
                              spaceAfter=base * 0.15, alignment=0),
        "small": ParagraphStyle("small", fontName=font, fontSize=base - 1.5, leading=(base - 1.5) * 1.25,
                                spaceAfter=base * 0.2),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=base - 0.5, leading=(base - 0.5) * 1.25),
    }
    story = []
    for kind, payload in blocks:
        if kind == "sp":
            story.append(Spacer(1, payload))
        elif kind == "table":
            rows, widths = payload
            data = [[Paragraph(_md(c), st["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, base * 0.5))
        elif kind == "sig":
            data = [[Paragraph(_md(c), st["small" if base > 8 else "cell"]) for c in r] for r in payload]
            t = Table(data, colWidths=[8 * cm, 8 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([Spacer(1, base), t]))
        else:
            story.append(Paragraph(_md(payload), st[kind]))

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        if header:
            canvas.drawString(margins[2] * cm, A4[1] - 1.2 * cm, header)
        if pagenum:
            canvas.drawRightString(A4[0] - margins[3] * cm, 1.1 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=margins[0] * cm,
                            bottomMargin=margins[1] * cm, leftMargin=margins[2] * cm,
                            rightMargin=margins[3] * cm, invariant=1,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# --------------------------------------------------------------------------- DOCX helpers

def new_docx(title_prop):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = title_prop
    cp.author = "Onderwijsbureau"
    cp.last_modified_by = "Onderwijsbureau"
    cp.comments = ""
    return d


def _w(tag):
    return "{%s}%s" % (W_NS, tag)


_REV = {"n": 500}


def tracked(paragraph, segments, author="Juridische Zaken", bold=False):
    """segments: list of (kind, text); kind in t / ins / del. Adds tracked revisions."""
    from docx.oxml import OxmlElement
    for kind, text in segments:
        if kind == "t":
            r = paragraph.add_run(text)
            r.bold = bold or None
            continue
        _REV["n"] += 1
        wrap = OxmlElement("w:ins" if kind == "ins" else "w:del")
        wrap.set(_w("id"), str(_REV["n"]))
        wrap.set(_w("author"), author)
        wrap.set(_w("date"), FIXED_ISO)
        r = OxmlElement("w:r")
        te = OxmlElement("w:t" if kind == "ins" else "w:delText")
        te.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        te.text = text
        r.append(te)
        wrap.append(r)
        paragraph._p.append(wrap)
    return paragraph


def save_docx(d, path):
    # fix comment dates (python-docx stamps the current time)
    try:
        part = d.part._comments_part
    except Exception:
        part = None
    if part is not None:
        for c in part.element.iter(_w("comment")):
            c.set(_w("date"), FIXED_ISO)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              lambda m: b"<dcterms:" + m.group(1) + m.group(2) + b">"
                              + FIXED_ISO.encode() + b"<", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())


def dpara(d, text, style=None, bold_lead=None):
    p = d.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


# --------------------------------------------------------------------------- text extraction

def norm(s):
    return " ".join(s.split())


def extract_pdf(path):
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


def extract_docx_xml(path):
    """Accepted-view text: w:t (also inside w:ins), never w:delText."""
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(_w("p")):
        out.append("".join(t.text or "" for t in p.iter(_w("t"))))
    return "\n".join(out)


def extract_docx_pd(path):
    """python-docx view: paragraph.text of body paragraphs and table cells."""
    import docx
    d = docx.Document(str(path))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                out.extend(p.text for p in cell.paragraphs)
    return "\n".join(out)


def extract(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        text, _ = extract_pdf(path)
        return [text]
    if ext == ".docx":
        return [extract_docx_xml(path), extract_docx_pd(path)]
    return [path.read_text(encoding="utf-8")]


# =========================================================================== SAMPLES

# --------------------------------------------------------------------------- h105
H105_EV = {
    "a": "Artikel 2 – Route en opleiding",
    "b": "Artikel 3 – Rol van het werkveld",
    "d": "Artikel 5 – Rapportage aan de besturen",
    "e": "Artikel 6 – Onderwijs, personeel en voorzieningen",
    "f": "Artikel 7 – Als de route niet past",
    "h": "Artikel 9 – Medezeggenschap",
    "i": "Artikel 10 – Geschillen",
    "j": "Artikel 11 – Looptijd, toetreding, wijziging en opzegging",
}


@sample("h105", "h105_concept_met_revisies_rijk_van_nijmegen", "docx",
        "Word concept v0.4 with reviewer comments and tracked changes, articles with dashes, "
        "Rijk van Nijmegen, PIE kb -> Eerste monteur elektrotechnische installaties niveau 3; "
        "routeteam without any appointment rule (a comment asks for it) and a funding transfer "
        "whose amount is left to a yearly budget decision",
        {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
         "f": "present", "g": "weak", "h": "present", "i": "present", "j": "present"},
        H105_EV)
def build_h105(path):
    from docx.shared import Pt
    d = new_docx("Samenwerkingsovereenkomst doorlopende leerroute Elektrotechniek")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = ("CONCEPT 0.4 – juridische review 24 juni 2025 – "
                                     "wijzigingen zichtbaar, niet ter ondertekening")

    def art(title):
        return d.add_heading(title, level=2)

    def lid(text):
        return d.add_paragraph(text)

    d.add_heading("Samenwerkingsovereenkomst doorlopende leerroute Elektrotechniek", level=1)
    lid("Vakcollege De Oversteek – ROC Rijk van Nijmegen, Techniekcollege Heyendaal")
    lid("De ondergetekenden:")
    lid("1. Stichting Onderwijsgroep Waalsprong, bevoegd gezag van Vakcollege De Oversteek te "
        "Nijmegen, statutair gevestigd te Nijmegen, te dezen rechtsgeldig vertegenwoordigd door "
        "mevrouw drs. H.C. Verstegen, voorzitter van het college van bestuur, hierna: de school;")
    lid("2. Stichting Regionaal Opleidingencentrum Rijk van Nijmegen, statutair gevestigd te "
        "Nijmegen, te dezen rechtsgeldig vertegenwoordigd door de heer ir. M.J. Albers, lid van het "
        "college van bestuur, hierna: het ROC;")
    lid("hierna gezamenlijk: partijen;")
    lid("overwegende dat:")
    lid("a. partijen sinds 2019 samenwerken in de techniekroute Nijmegen-Noord en die samenwerking "
        "willen voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a WVO 2020 "
        "en artikel 9.1.2 WEB;")
    lid("b. in de regio een groot tekort bestaat aan elektromonteurs, onder meer door de "
        "energietransitie en de woningbouwopgave in de Waalsprong;")
    lid("c. partijen hun afspraken willen vastleggen zoals artikel 2.107b WVO 2020 en artikel 9.1.3 "
        "WEB voorschrijven;")
    lid("komen het volgende overeen.")

    art("Artikel 1 – Begrippen")
    lid("In deze overeenkomst wordt verstaan onder:")
    for t in ["a. route: de doorlopende leerroute, bedoeld in artikel 2;",
              "b. vo-fase: de eerste twee leerjaren van de route (leerjaar 3 en 4 van de school);",
              "c. mbo-fase: het derde en de volgende leerjaren van de route;",
              "d. Techniekcollege: het Techniekcollege Heyendaal, onderdeel van het ROC;",
              "e. routeteam: het team, bedoeld in artikel 4;",
              "f. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
              "examenregeling van de route."]:
        lid(t)

    art("Artikel 2 – Route en opleiding")
    lid("1. Partijen verzorgen samen een doorlopende leerroute die begint in het derde leerjaar van "
        "de kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie (PIE), en leidt "
        "tot het vmbo-diploma en het mbo-diploma Eerste monteur elektrotechnische installaties in de "
        "woning en utiliteit (niveau 3, beroepsopleidende leerweg), binnen het opleidingsdomein "
        "Installatie- en energietechniek.")
    lid("2. De route omvat in beginsel vijf leerjaren: twee in de vo-fase en drie in de mbo-fase.")
    lid("3. De eerste leerlingen stromen in op 1 augustus 2025. Per cohort worden ten hoogste 24 "
        "leerlingen toegelaten.")

    art("Artikel 3 – Rol van het werkveld")
    lid("1. Het werkveld is in de route vertegenwoordigd door de regioafdeling Gelderland-Zuid van de "
        "werkgeversvereniging in de installatiebranche en door de leerbedrijven die met partijen een "
        "stageconvenant hebben gesloten, waaronder Van Heumen Elektrotechniek B.V. te Wijchen en "
        "Installatiebedrijf Kersten & Zonen te Beuningen.")
    lid("2. De leerbedrijven bieden vanaf het tweede leerjaar van de route snuffelstages en vanaf het "
        "derde leerjaar bpv-plaatsen aan; voor iedere leerling wijzen zij een praktijkopleider aan.")
    lid("3. Het werkveld levert per schooljaar ten minste twee levensechte praktijkopdrachten, "
        "bijvoorbeeld de aanleg van een laadpleinvoorziening, en verzorgt gastlessen in de vo-fase.")
    lid("4. Een werkveldcommissie van drie vertegenwoordigers van leerbedrijven adviseert het "
        "routeteam twee keer per jaar over de inhoud van het programma en de keuze van keuzedelen, "
        "en beoordeelt mee bij de proeve van bekwaamheid in de mbo-fase.")
    p = d.add_paragraph()
    tracked(p, [("del", "5. Partijen streven ernaar jaarlijks een beroepenavond voor ouders te "
                        "organiseren.")])

    art("Artikel 4 – Routeteam")
    p = lid("1. De dagelijkse leiding over de route berust bij een routeteam. Het routeteam bestaat "
            "uit een routecoördinator en twee medewerkers van elk van beide partijen.")
    d.add_comment(p.runs, text="Wie wijst de leden en de coördinator aan – het college van bestuur "
                  "of de directeur? Dat staat nergens. Graag aanvullen vóór ondertekening.",
                  author="Juridische Zaken", initials="JZ")
    lid("2. Het routeteam is belast met:")
    for t in ["a. het opstellen van het jaarrooster en de lessentabel per leerjaar;",
              "b. het voorbereiden van het PTA/OER;",
              "c. de toelating van leerlingen tot de route;",
              "d. de afstemming met de werkveldcommissie en de leerbedrijven;",
              "e. de begeleiding van leerlingen die de route verlaten (artikel 7)."]:
        lid(t)
    lid("3. Het routeteam beslist zelfstandig over de onderwerpen, genoemd in lid 2 onder a, c en d, "
        "en over uitgaven tot € 10.000 per schooljaar binnen de routebegroting. Het PTA/OER, de "
        "routebegroting en besluiten over personeel bereidt het routeteam voor; zij worden door de "
        "besturen vastgesteld.")

    art("Artikel 5 – Rapportage aan de besturen")
    lid("1. Het routeteam stelt twee keer per jaar een voortgangsrapportage op met daarin ten minste "
        "de in-, door- en uitstroom per cohort, de examenresultaten, de stand van de bpv en de "
        "besteding van de routebegroting. De rapportages gaan vóór 1 februari en vóór 1 juli naar "
        "het college van bestuur van de school en het college van bestuur van het ROC.")
    lid("2. Eenmaal per jaar, in september, legt het routeteam in een bestuurlijk overleg met beide "
        "colleges van bestuur verantwoording af over het afgelopen schooljaar.")
    lid("3. Het routeteam informeert beide besturen onverwijld over alles wat de continuïteit van de "
        "route raakt.")

    art("Artikel 6 – Onderwijs, personeel en voorzieningen")
    p = d.add_paragraph()
    tracked(p, [("t", "1. De vo-fase wordt verzorgd in het gebouw van de school aan de Lentse "
                      "Vlakte; vanaf het tweede leerjaar volgen de leerlingen "),
                ("del", "twee"), ("ins", "drie"),
                ("t", " dagdelen per week les in het Techniekcollege. De mbo-fase wordt verzorgd "
                      "in het Techniekcollege.")])
    lid("2. Het onderwijsprogramma, de examinering en de bpv zijn per leerjaar beschreven in het "
        "PTA/OER, dat jaarlijks vóór 1 juli door beide besturen wordt vastgesteld. Daarin staat welke "
        "onderdelen tot het vmbo-programma, welke tot het mbo-programma en welke tot beide behoren. "
        "Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de route.")
    lid("3. Docenten van beide partijen vormen samen één docententeam. Het ROC zet in de vo-fase ten "
        "minste 0,6 fte docenten elektrotechniek in; de school zet in de mbo-fase een docent "
        "Nederlands en een docent rekenen voor de generieke onderdelen in. Docenten blijven in dienst "
        "van hun eigen werkgever.")
    lid("4. Partijen maken gebruik van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 "
        "WEB) voor de vakoverstijgende praktijkmodules Woning en installatie en Duurzame energie; "
        "voor elk onderdeel van die modules is ten minste één bevoegde docent betrokken.")
    lid("5. De school stelt haar installatielokaal en het techniekplein ter beschikking; het ROC stelt "
        "het E-lab met de zonnepanelen- en laadpaalopstelling en de gereedschapsuitgifte ter "
        "beschikking. Leerlingen gebruiken de ICT-omgeving van de partij waar zij staan ingeschreven.")

    art("Artikel 7 – Als de route niet past")
    lid("1. Stopt een leerling met de route, dan bieden partijen hem een passend vervolg dat leidt tot "
        "een diploma. Welk vervolg passend is, stellen de afdelingsleider van de school en de "
        "teamleider van het Techniekcollege samen vast, na een gesprek met de leerling en zijn ouders, "
        "op grond van het niveau dat de leerling heeft bereikt en zijn leeftijd.")
    lid("2. In de vo-fase kan de leerling overstappen naar de reguliere kaderberoepsgerichte leerweg "
        "van de school, in hetzelfde of een ander profiel, en daar het vmbo-diploma halen.")
    lid("3. Wie uiterlijk in het derde leerjaar van de route het vmbo-diploma niet heeft behaald, kan "
        "zonder dat diploma worden ingeschreven in de opleiding Monteur elektrotechnische installaties "
        "(niveau 2) of in een andere opleiding van het ROC op niveau 2 of 3; vooropleidingseisen "
        "staan daaraan niet in de weg. Ook kan de leerling een jaar overdoen om het vmbo-diploma "
        "alsnog te behalen.")
    lid("4. Wil een leerling in de mbo-fase een andere richting op, dan kan hij binnen het ROC "
        "overstappen naar een opleiding op hetzelfde niveau in een ander domein. Kiest de leerling "
        "voor een andere instelling, dan begeleiden partijen hem bij de aanmelding en het "
        "geschiktheidsonderzoek.")
    lid("5. De werkwijze is nader beschreven in de schoolgids en in de studiegids van het "
        "Techniekcollege.")

    art("Artikel 8 – Financiën")
    lid("1. Met ingang van het schooljaar 2025-2026 draagt de school, met toepassing van artikel "
        "5.42a WVO 2020, een deel van de voor de leerlingen in de vo-fase ontvangen bekostiging over "
        "aan het ROC, ter dekking van de inzet van ROC-docenten in de vo-fase en het gebruik van het "
        "E-lab (artikel 6, leden 3 en 5).")
    p = lid("2. De hoogte van het over te dragen bedrag wordt jaarlijks op voorstel van het "
            "routeteam in de begroting van de school opgenomen.")
    d.add_comment(p.runs, text="Bedrag per leerling ontbreekt nog; afdeling Financiën levert na de "
                  "begrotingsronde een voorstel aan.", author="R. van Dalen", initials="RvD")
    lid("3. Overige kosten draagt ieder zelf.")

    art("Artikel 9 – Medezeggenschap")
    lid("1. Voor leerlingen en personeel gelden de medezeggenschapsregels van de partij waar zij zijn "
        "ingeschreven of in dienst zijn.")
    lid("2. Daarnaast spreken partijen af dat twee leerlingen uit de vo-fase van de route, aangewezen "
        "door de leerlingenraad van de school, met spreekrecht deelnemen aan de vergaderingen van de "
        "studentenraad van het Techniekcollege waarin de route aan de orde komt.")
    lid("3. De medezeggenschapsraad van de school en de studentenraad van het Techniekcollege "
        "ontvangen jaarlijks de verantwoording van september (artikel 5, lid 2) en kunnen daarover "
        "gezamenlijk advies uitbrengen aan beide besturen.")

    art("Artikel 10 – Geschillen")
    lid("1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in het "
        "routeteam besproken.")
    p = d.add_paragraph()
    tracked(p, [("t", "2. Komt het routeteam binnen "), ("del", "vier"), ("ins", "zes"),
                ("t", " weken niet tot een oplossing, dan wordt het geschil voorgelegd aan de "
                      "colleges van bestuur, die er binnen zes weken in een bestuurlijk overleg over "
                      "beslissen.")])
    p = lid("3. Blijft het geschil bestaan, dan schakelen partijen een MfN-registermediator in. De "
            "kosten van de mediation dragen partijen ieder voor de helft.")
    d.add_comment(p.runs, text="Akkoord met mediation; graag nog bevestigen in het bestuurlijk "
                  "overleg.", author="M. Albers", initials="MA")
    lid("4. Leidt de mediation niet binnen drie maanden tot overeenstemming, dan kan elke partij het "
        "geschil voorleggen aan de bevoegde rechter in het arrondissement Gelderland.")

    art("Artikel 11 – Looptijd, toetreding, wijziging en opzegging")
    lid("1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.")
    lid("2. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze "
        "overeenkomst toetreden als beide partijen daarmee schriftelijk instemmen en de toetredende "
        "partij alle verplichtingen uit deze overeenkomst aanvaardt. Toetreding gaat in bij het begin "
        "van een schooljaar; de partijen melden de toetreding samen bij DUO.")
    lid("3. Deze overeenkomst wordt alleen schriftelijk gewijzigd, met instemming van beide besturen. "
        "Een wijziging van het programma gaat niet in tijdens een lopend schooljaar.")
    p = d.add_paragraph()
    tracked(p, [("t", "4. Elke partij kan de overeenkomst schriftelijk opzeggen met ingang van "
                      "1 augustus, met een opzegtermijn van ten minste "),
                ("del", "twaalf"), ("ins", "achttien"),
                ("t", " maanden. Na opzegging stromen geen nieuwe leerlingen meer in.")])
    lid("5. Leerlingen die bij het einde van de overeenkomst in de route staan ingeschreven, kunnen de "
        "route bij partijen afmaken; partijen blijven daartoe gebonden aan de artikelen 4 tot en met "
        "8 zolang dat nodig is.")
    lid("6. Bij ontbinding wegens een tekortkoming is lid 5 van overeenkomstige toepassing.")

    art("Artikel 12 – Slotbepalingen")
    lid("1. Partijen melden de route samen aan de minister door registratie in RIO.")
    lid("2. De klachtenregeling van elke partij is ook van toepassing op gedragingen van medewerkers "
        "van de andere partij in het kader van de route.")
    lid("3. Op deze overeenkomst is Nederlands recht van toepassing.")
    lid("Aldus overeengekomen en in tweevoud ondertekend te Nijmegen op ……… 2025.")
    lid("Stichting Onderwijsgroep Waalsprong – drs. H.C. Verstegen, voorzitter college van bestuur")
    lid("Stichting Regionaal Opleidingencentrum Rijk van Nijmegen – ir. M.J. Albers, lid college van "
        "bestuur")
    save_docx(d, path)

# --------------------------------------------------------------------------- h106
H106_EV = {
    "a": "1. Route.",
    "b": "2. Werkgevers en leerbedrijven.",
    "c": "3. Routeregie.",
    "d": "4. Verslag en verantwoording.",
    "e": "5. Uitvoering.",
    "f": "6. Uitstappen en overstappen.",
    "g": "7. Geld.",
    "h": "8. Inspraak.",
    "i": "9. Verschil van mening.",
    "j": "10. Duur, nieuwe partners, wijziging en einde.",
}

H106_TEXT = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Economie & Ondernemen – Verkoopspecialist"),
    ("sub", "Altena Vakcollege (Sleeuwijk) en ROC Biesbosch-Altena (Werkendam) – route-overeenkomst 2025"),
    ("p", "**Partijen.** Stichting Openbaar Voortgezet Onderwijs Land van Heusden en Altena, bevoegd gezag "
          "van het Altena Vakcollege, vertegenwoordigd door R.J. Hoogendoorn, bestuurder (**school**), en "
          "Stichting ROC Biesbosch-Altena, vertegenwoordigd door drs. A.M. Koenraads-de Wit, voorzitter van "
          "het college van bestuur (**ROC**), sluiten deze overeenkomst op grond van art. 2.107b WVO 2020 en "
          "art. 9.1.3 WEB. Waar 'partijen' staat, zijn beide bedoeld; 'de route' is de hieronder omschreven "
          "doorlopende leerroute vmbo-mbo; 'vo-fase' zijn de route-jaren 1 en 2, 'mbo-fase' de jaren daarna."),
    ("p", "**1. Route.** De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Economie en "
          "ondernemen, en leidt tot het vmbo-kaderdiploma en het mbo-diploma Verkoopspecialist (niveau 3, "
          "BOL, opleidingsdomein Handel) van het ROC. Eerste instroom 1 augustus 2025, maximaal 20 leerlingen "
          "per cohort; de route duurt vier jaar."),
    ("p", "**2. Werkgevers en leerbedrijven.** De Ondernemersvereniging Altena en vijf erkende leerbedrijven "
          "(o.a. Bouwmarkt Van Dongen en Modehuis Verhoeven, Werkendam) leveren de stageplaatsen: snuffelstage "
          "in route-jaar 2, bpv van 12 weken in jaar 3 en 20 weken in jaar 4, met een praktijkopleider per "
          "leerling. Zij verzorgen jaarlijks de 'winkelweek' (levensechte verkoopopdracht in hun winkels), "
          "beoordelen die mee en zitten met twee leden in de werkveldcommissie, die ieder voorjaar advies "
          "geeft over keuzedelen en actualiteit van het programma."),
    ("p", "**3. Routeregie.** De route wordt geleid door een regieduo: de afdelingsleider bovenbouw van de "
          "school en de teamleider Commercie van het ROC. De directeur van de school en het college van "
          "bestuur van het ROC wijzen ieder hun lid schriftelijk aan, voor drie schooljaren. Het duo stelt "
          "het jaarrooster vast, plaatst leerlingen en stageplaatsen, bereidt het gezamenlijke PTA/OER voor, "
          "beslist over toelating tot de route en beheert het routebudget tot € 7.500 per jaar; het PTA/OER, "
          "personele inzet en alles daarboven stellen de besturen vast."),
    ("p", "**4. Verslag en verantwoording.** Het regieduo zendt beide besturen vóór 1 oktober een schriftelijk "
          "jaarverslag (instroom, uitval, examenresultaten, bpv, uitgaven) en bespreekt dat in een "
          "bestuurlijk overleg in oktober; knelpunten meldt het direct aan beide besturen."),
    ("p", "**5. Uitvoering.** Route-jaar 1 en 2 op de school in Sleeuwijk, vanaf jaar 2 één dag per week in de "
          "leerwinkel van het ROC in Werkendam; jaar 3 en 4 bij het ROC en de leerbedrijven. Programma, "
          "examinering en bpv staan per leerjaar in het PTA/OER, door beide besturen vóór 1 juli vastgesteld; "
          "het centraal examen vmbo valt in route-jaar 2. Docenten economie van de school en docenten "
          "commercie van het ROC werken als één team; voor de module 'Ondernemen en presenteren' geldt "
          "teambevoegdheid (art. 7.13a WVO 2020 / 9.1.12 WEB), met voor elk onderdeel een bevoegde docent. "
          "Het ROC leent 4 uur per week een docent uit aan de school; de school zet haar mentor in jaar 3 "
          "twee uur per week in. De school stelt het praktijklokaal Winkel & Balie beschikbaar, het ROC de "
          "leerwinkel, het kassasysteem en de webshopomgeving."),
    ("p", "**6. Uitstappen en overstappen.** Wie de route verlaat, krijgt altijd een weg naar een diploma. "
          "In de vo-fase: de reguliere kaderberoepsgerichte leerweg van de school (zelfde of ander profiel). "
          "Geen vmbo-diploma aan het einde van route-jaar 3: inschrijving in een mbo-2- of mbo-3-opleiding van "
          "het ROC zonder dat diploma (vooropleidingseisen gelden dan niet) of een herkansingsjaar voor het "
          "vmbo-diploma. Andere richting: een opleiding op hetzelfde niveau in een ander domein, bij het ROC of "
          "elders in de regio. School en ROC besluiten samen, na gesprek met leerling en ouders, op basis van "
          "het bereikte niveau en de leeftijd; uitwerking in de schoolgids."),
    ("p", "**7. Geld.** Er wordt geen bekostiging overgedragen; de uitgeleende ROC-docent (punt 5) wordt tegen de "
          "inzet van de mentor van de school weggestreept en ieder draagt verder zijn eigen kosten."),
    ("p", "**8. Inspraak.** Routeleerlingen in de vo-fase mogen met één afgevaardigde als toehoorder met "
          "spreekrecht aan de studentenraad van het ROC deelnemen. De MR van de school en de studentenraad "
          "bespreken het jaarverslag (punt 4) elk najaar samen."),
    ("p", "**9. Verschil van mening.** Een geschil over de uitvoering gaat eerst naar het regieduo, dan binnen vier "
          "weken naar het bestuurlijk overleg; lukt het daar niet binnen zes weken, dan vragen partijen "
          "bindend advies aan een door hen samen aangewezen onafhankelijke deskundige. Komen zij niet tot die "
          "aanwijzing, dan beslist de bevoegde rechter te Breda."),
    ("p", "**10. Duur, nieuwe partners, wijziging en einde.** De overeenkomst geldt voor onbepaalde tijd. Een andere "
          "vmbo-school of mbo-instelling kan toetreden met schriftelijke instemming van beide partijen, per 1 "
          "augustus en na gezamenlijke melding bij DUO; zij aanvaardt deze overeenkomst volledig. Wijzigen kan "
          "alleen schriftelijk, met handtekening van beide besturen, en niet tijdens een lopend schooljaar. "
          "Opzeggen kan schriftelijk vóór 1 januari, met ingang van 1 augustus van het volgende kalenderjaar; "
          "ontbinding alleen bij ernstige tekortkoming na ingebrekestelling. Na opzegging of ontbinding stromen "
          "geen nieuwe leerlingen in; wie al in de route zit, maakt die bij partijen af."),
    ("p", "**11. Overig.** Partijen melden de route samen via RIO. De klachtenregeling van elke partij geldt ook "
          "voor gedragingen van medewerkers van de andere partij binnen de route."),
    ("sig", [["Werkendam, 30 juni 2025\nR.J. Hoogendoorn, bestuurder\nSt. Openbaar VO Land van Heusden en Altena",
              "Werkendam, 30 juni 2025\ndrs. A.M. Koenraads-de Wit, voorzitter cvb\nStichting ROC Biesbosch-Altena"]]),
]


@sample("h106", "h106_dicht_een_pagina_altena", "pdf",
        "Very dense one-page PDF with bold run-in numbered headings in plain wording, Land van Heusden en "
        "Altena, Economie en ondernemen kb -> Verkoopspecialist niveau 3; fully compliant in few words",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        H106_EV)
def build_h106(path):
    build_pdf(path, H106_TEXT, base=8.3, margins=(1.4, 1.3, 1.5, 1.5), pagenum=False)


# --------------------------------------------------------------------------- h107
H107_EV = {
    "a": "Artikel 3. De route (artikel 2.107b, tweede lid, onder a, WVO 2020)",
    "c": "Artikel 5. De routeraad (artikel 2.107b, tweede lid, onder b, WVO 2020)",
    "d": "Artikel 8. Inlichtingen en verantwoording (artikel 2.107b, tweede lid, onder c, WVO 2020)",
    "e": "Hoofdstuk 3. Inrichting van de route (artikel 2.107b, tweede lid, onder d, WVO 2020)",
    "g": "Artikel 15. Overdracht van bekostiging (artikel 5.42a WVO 2020; artikel 9.1.15 WEB)",
    "i": "Artikel 17. Geschillen (artikel 2.107b, tweede lid, onder h, WVO 2020)",
    "j": "Hoofdstuk 6. Duur, toetreding, wijziging en beëindiging (artikel 2.107b, tweede lid, onder i, WVO 2020)",
}

H107_TEXT = [
    ("title", "SAMENWERKINGSOVEREENKOMST"),
    ("sub", "doorlopende leerroute vmbo-mbo Zorg en welzijn (gemengde leerweg) – Onderwijsassistent en "
            "Pedagogisch educatief professional (niveau 4)\nWinschoterdiep College – ROC Hunze\nMidden-Groningen, 2025"),
    ("h", "De ondergetekenden"),
    ("li", "1.\u00a0\u00a0Stichting Openbaar Voortgezet Onderwijs Midden-Groningen, statutair gevestigd te "
           "Hoogezand, bevoegd gezag van het Winschoterdiep College, school voor mavo en vbo, te dezen "
           "rechtsgeldig vertegenwoordigd door dr. E.J. Mulder, voorzitter van het college van bestuur, "
           "hierna te noemen: **de school**;"),
    ("li", "2.\u00a0\u00a0Stichting Regionaal Opleidingencentrum Hunze, statutair gevestigd te Hoogezand, "
           "bevoegd gezag van ROC Hunze, te dezen rechtsgeldig vertegenwoordigd door mr. drs. K. "
           "Bakker-Tiddens, voorzitter van het college van bestuur, hierna te noemen: **het ROC**;"),
    ("p", "hierna gezamenlijk te noemen: partijen, en ieder afzonderlijk: partij;"),
    ("h", "Overwegende dat"),
    ("li", "A.\u00a0\u00a0partijen sinds het schooljaar 2021-2022 samenwerken in een pilot 'Zorg en Educatie' "
           "voor leerlingen van de gemengde leerweg, en deze samenwerking willen omzetten in een "
           "doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;"),
    ("li", "B.\u00a0\u00a0in de regio een blijvend tekort bestaat aan onderwijsassistenten en pedagogisch "
           "medewerkers in kinderopvang en primair onderwijs;"),
    ("li", "C.\u00a0\u00a0het werkveld van kinderopvang en primair onderwijs in Midden-Groningen bij de "
           "voorbereiding van de route is geraadpleegd en het belang van de route onderschrijft;"),
    ("li", "D.\u00a0\u00a0de wet voorschrijft dat een doorlopende leerroute wordt verzorgd op grond van een "
           "samenwerkingsovereenkomst die ten minste de in artikel 2.107b, tweede lid, WVO 2020 genoemde "
           "onderwerpen regelt, en partijen daarom de opschriften van deze overeenkomst voorzien van een "
           "verwijzing naar de wettelijke grondslag;"),
    ("p", "verklaren te zijn overeengekomen als volgt."),

    ("h", "Hoofdstuk 1. Algemene bepalingen"),
    ("h3", "Artikel 1. Begripsbepalingen"),
    ("p", "In deze overeenkomst en de bijlagen wordt verstaan onder:"),
    ("li", "a.\u00a0\u00a0WVO 2020: de Wet voortgezet onderwijs 2020;"),
    ("li", "b.\u00a0\u00a0WEB: de Wet educatie en beroepsonderwijs;"),
    ("li", "c.\u00a0\u00a0route: de doorlopende leerroute, bedoeld in artikel 3;"),
    ("li", "d.\u00a0\u00a0vo-fase: het eerste en het tweede leerjaar van de route, waarin de deelnemer als "
           "leerling bij de school is ingeschreven;"),
    ("li", "e.\u00a0\u00a0mbo-fase: het derde en de volgende leerjaren van de route, waarin de deelnemer als "
           "student bij het ROC is ingeschreven;"),
    ("li", "f.\u00a0\u00a0deelnemer: een leerling of student die de route volgt;"),
    ("li", "g.\u00a0\u00a0routeraad: het orgaan, bedoeld in artikel 5;"),
    ("li", "h.\u00a0\u00a0PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
           "examenregeling van de route;"),
    ("li", "i.\u00a0\u00a0colleges van bestuur: het college van bestuur van de school en het college van "
           "bestuur van het ROC."),
    ("h3", "Artikel 2. Onderwerp en reikwijdte"),
    ("li", "1.\u00a0\u00a0Deze overeenkomst regelt de samenwerking van partijen bij het gezamenlijk verzorgen "
           "van de route en geldt als samenwerkingsovereenkomst in de zin van artikel 2.107b WVO 2020 en "
           "artikel 9.1.3 WEB."),
    ("li", "2.\u00a0\u00a0De bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de "
           "overeenkomst voor."),
    ("h3", "Artikel 3. De route (artikel 2.107b, tweede lid, onder a, WVO 2020)"),
    ("li", "1.\u00a0\u00a0De route begint in het derde leerjaar van de gemengde leerweg van de school, "
           "beroepsgericht profiel Zorg en welzijn, en leidt tot het vmbo-diploma gemengde leerweg en tot "
           "een mbo-diploma op niveau 4 (middenkaderopleiding) binnen het opleidingsdomein Zorg en "
           "welzijn."),
    ("li", "2.\u00a0\u00a0Binnen de route kiest de deelnemer uiterlijk aan het einde van het eerste leerjaar "
           "een van de volgende opleidingen van het ROC, beide in de beroepsopleidende leerweg:"),
    ("lli", "a.\u00a0\u00a0Onderwijsassistent (niveau 4);"),
    ("lli", "b.\u00a0\u00a0Pedagogisch educatief professional (niveau 4)."),
    ("li", "3.\u00a0\u00a0De route omvat vijf leerjaren. De eerste deelnemers stromen in op 1 augustus 2025; "
           "per cohort stromen ten hoogste 32 deelnemers in."),
    ("h3", "Artikel 4. Melding en registratie (artikel 2.107c WVO 2020; artikel 9.1.4 WEB)"),
    ("p", "Partijen melden de route gezamenlijk aan de minister door registratie in het Register "
          "Instellingen en Opleidingen, ieder voor zijn eigen deel, vóór 1 oktober 2025."),

    ("h", "Hoofdstuk 2. Leiding en verantwoording"),
    ("h3", "Artikel 5. De routeraad (artikel 2.107b, tweede lid, onder b, WVO 2020)"),
    ("li", "1.\u00a0\u00a0De leiding over de route berust bij de routeraad."),
    ("li", "2.\u00a0\u00a0De routeraad bestaat uit vier leden: de directeur onderwijs van de school, de "
           "teamleider bovenbouw gemengde leerweg van de school, de onderwijsmanager Pedagogiek en "
           "Onderwijs van het ROC en een opleidingscoördinator van het ROC. De routeraad wordt "
           "ondersteund door een ambtelijk secretaris van het ROC, die geen lid is."),
    ("li", "3.\u00a0\u00a0De routeraad is belast met de dagelijkse aansturing van de route, waaronder de "
           "jaarplanning, de roosters, de toelating van deelnemers, de inzet van het docententeam, de "
           "voorbereiding van het PTA/OER, de uitvoering van de overstapoptie (artikel 14) en de kwaliteitszorg."),
    ("li", "4.\u00a0\u00a0De routeraad vergadert ten minste zes keer per schooljaar en besluit bij "
           "meerderheid; bij staking van stemmen beslist de voorzitter."),
    ("h3", "Artikel 6. Benoeming, zittingsduur en ontslag van de leden"),
    ("li", "1.\u00a0\u00a0Het college van bestuur van de school benoemt de leden die in dienst zijn van de "
           "school; het college van bestuur van het ROC benoemt de leden die in dienst zijn van het ROC. "
           "Een benoeming geschiedt schriftelijk en wordt aan de andere partij meegedeeld."),
    ("li", "2.\u00a0\u00a0De leden worden benoemd voor drie schooljaren en zijn terstond herbenoembaar."),
    ("li", "3.\u00a0\u00a0Het voorzitterschap rouleert per schooljaar tussen de directeur onderwijs van de "
           "school en de onderwijsmanager van het ROC."),
    ("li", "4.\u00a0\u00a0Een lid kan door het college van bestuur dat hem heeft benoemd worden ontslagen; "
           "het college voorziet binnen acht weken in de vacature."),
    ("h3", "Artikel 7. Bevoegdheden van de routeraad en voorbehouden besluiten"),
    ("li", "1.\u00a0\u00a0De colleges van bestuur dragen aan de routeraad de bevoegdheid op om namens beide "
           "partijen te besluiten over de onderwerpen, genoemd in artikel 5, derde lid, voor zover de "
           "besluiten passen binnen de vastgestelde routebegroting."),
    ("li", "2.\u00a0\u00a0De routeraad mag verplichtingen aangaan tot een bedrag van € 15.000 per geval."),
    ("li", "3.\u00a0\u00a0Voorbehouden aan de colleges van bestuur, ieder voor zover het zijn instelling "
           "betreft, zijn: de vaststelling van het PTA/OER, de vaststelling van de routebegroting, besluiten "
           "over benoeming en ontslag van personeel, het aangaan van verplichtingen boven het in het tweede "
           "lid genoemde bedrag en besluiten tot wijziging of beëindiging van deze overeenkomst."),
    ("h3", "Artikel 8. Inlichtingen en verantwoording (artikel 2.107b, tweede lid, onder c, WVO 2020)"),
    ("li", "1.\u00a0\u00a0De routeraad zendt de colleges van bestuur na afloop van elk kwartaal een "
           "voortgangsbericht met de aantallen deelnemers per leerjaar, het verzuim, de uitval en de "
           "uitputting van de routebegroting."),
    ("li", "2.\u00a0\u00a0Uiterlijk op 1 november legt de routeraad over het afgelopen schooljaar schriftelijk "
           "verantwoording af aan beide colleges van bestuur in een jaarverslag, dat ten minste bevat: de in-, "
           "door- en uitstroom per cohort, de examenresultaten vmbo en mbo, de toepassing van de "
           "overstapoptie, de besteding van de middelen, bedoeld in artikel 15, en de uitkomsten van de "
           "evaluatie, bedoeld in artikel 22."),
    ("li", "3.\u00a0\u00a0Het jaarverslag wordt besproken in het bestuurlijk overleg, dat ten minste twee keer "
           "per jaar plaatsvindt tussen de colleges van bestuur en de voorzitter van de routeraad."),
    ("li", "4.\u00a0\u00a0De routeraad verstrekt de colleges van bestuur desgevraagd alle inlichtingen die "
           "zij voor de uitoefening van hun taak nodig hebben."),

    ("h", "Hoofdstuk 3. Inrichting van de route (artikel 2.107b, tweede lid, onder d, WVO 2020)"),
    ("h3", "Artikel 9. Opbouw, locaties en inschrijving (artikelen 2.107d en 2.107e WVO 2020)"),
    ("li", "1.\u00a0\u00a0De vo-fase wordt verzorgd op de locatie Hoogezand van de school. Vanaf het tweede "
           "leerjaar volgen de deelnemers twee dagen per week onderwijs op de locatie Zorg en Educatie van "
           "het ROC aan het Hoofddiep te Hoogezand."),
    ("li", "2.\u00a0\u00a0De mbo-fase wordt verzorgd op de locatie Zorg en Educatie van het ROC."),
    ("li", "3.\u00a0\u00a0In de vo-fase is de deelnemer als leerling ingeschreven bij de school; met ingang "
           "van het derde leerjaar wordt hij als student ingeschreven bij het ROC. Een student die het "
           "vmbo-diploma nog niet heeft behaald, blijft voor de afronding daarvan tevens bij de school "
           "ingeschreven."),
    ("h3", "Artikel 10. Onderwijsprogramma en examinering"),
    ("li", "1.\u00a0\u00a0Partijen beschrijven het onderwijsprogramma en de examinering voor de gehele route "
           "per leerjaar in het PTA/OER en geven daarin aan welke onderdelen tot het vmbo-programma, welke "
           "tot het mbo-programma en welke tot beide behoren."),
    ("li", "2.\u00a0\u00a0Het PTA/OER wordt jaarlijks vóór 1 juli door beide colleges van bestuur vastgesteld."),
    ("li", "3.\u00a0\u00a0Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de route; een "
           "herkansing of herexamen is mogelijk in het derde leerjaar. De mbo-examinering kan beginnen in "
           "het eerste leerjaar van de route."),
    ("li", "4.\u00a0\u00a0De examencommissie van de school is verantwoordelijk voor de vmbo-examinering, de "
           "examencommissie van het ROC voor de mbo-examinering."),
    ("h3", "Artikel 11. Inzet van personeel en teambevoegdheid (artikel 7.13a WVO 2020; artikel 9.1.12 WEB)"),
    ("li", "1.\u00a0\u00a0Het onderwijs in de route wordt verzorgd door één docententeam, bestaande uit "
           "leraren van de school en docenten van het ROC. Ieder blijft in dienst van zijn eigen werkgever."),
    ("li", "2.\u00a0\u00a0Het team wordt ingezet voor de vakoverstijgende programmaonderdelen 'Spel en "
           "ontwikkeling' en 'Begeleiden in de groep', zoals aangegeven in het PTA/OER. Voor ieder vak of "
           "programmaonderdeel is ten minste één bevoegde leraar of docent betrokken, die verantwoordelijk "
           "is voor het deel waarvoor hij bevoegd is."),
    ("li", "3.\u00a0\u00a0Het ROC zet in de vo-fase jaarlijks ten minste 0,8 fte docenten in; de school zet in "
           "het derde leerjaar de mentor en een leraar Nederlands in voor de afronding van het vmbo-programma."),
    ("li", "4.\u00a0\u00a0Partijen scholen het team gezamenlijk, met ten minste twee studiedagen per jaar."),
    ("h3", "Artikel 12. Gebruik van faciliteiten"),
    ("li", "1.\u00a0\u00a0De school stelt het praktijklokaal Zorg en welzijn en het leerplein beschikbaar; het "
           "ROC stelt de simulatieruimte Kindcentrum, het speel- en ontwikkellab en de mediatheek "
           "beschikbaar."),
    ("li", "2.\u00a0\u00a0Deelnemers gebruiken de digitale leeromgeving van de partij waarbij zij staan "
           "ingeschreven; docenten krijgen toegang tot beide omgevingen."),
    ("li", "3.\u00a0\u00a0Roosters worden zo op elkaar afgestemd dat de faciliteiten van beide partijen "
           "zonder aanvullende kosten kunnen worden gebruikt."),
    ("h3", "Artikel 13. Begeleiding, verzuim en klachten (artikel 2.107f WVO 2020; artikel 9.1.7 WEB)"),
    ("li", "1.\u00a0\u00a0Iedere deelnemer heeft een mentor van de partij waarbij hij staat ingeschreven."),
    ("li", "2.\u00a0\u00a0De verzuimregistratie en -melding berusten in de vo-fase bij de school en in de "
           "mbo-fase bij het ROC."),
    ("li", "3.\u00a0\u00a0De klachtenregeling van elke partij geldt ook voor gedragingen van het bevoegd gezag "
           "en het personeel van de andere partij binnen de route."),

    ("h", "Hoofdstuk 4. Overstap en financiën"),
    ("h3", "Artikel 14. Overstapoptie (artikel 2.107k WVO 2020; artikel 9.1.14 WEB)"),
    ("li", "1.\u00a0\u00a0Dit artikel is van toepassing wanneer de deelname aan de route eindigt voordat de "
           "deelnemer deze met succes heeft afgerond, en wanneer de deelnemer is afgewezen voor het "
           "eindexamen vmbo."),
    ("li", "2.\u00a0\u00a0De routeraad stelt, namens beide partijen en na een gesprek met de deelnemer en zijn "
           "ouders, vast welk vervolg passend is, met inachtneming van het bereikte onderwijsniveau en de "
           "leeftijd van de deelnemer."),
    ("li", "3.\u00a0\u00a0Een deelnemer die de route in de vo-fase verlaat, vervolgt zijn opleiding in de "
           "reguliere gemengde leerweg of kaderberoepsgerichte leerweg van de school, in hetzelfde of een "
           "ander profiel, en behaalt daar het vmbo-diploma."),
    ("li", "4.\u00a0\u00a0Een deelnemer die aan het einde van het derde leerjaar van de route het vmbo-diploma "
           "niet heeft behaald, wordt niet in een andere opleiding van het ROC ingeschreven voordat hij dat "
           "diploma alsnog heeft behaald; de vooropleidingseisen van de WEB blijven op hem onverkort van "
           "toepassing. De school biedt hem de gelegenheid het examenjaar over te doen."),
    ("li", "5.\u00a0\u00a0Een student die in de mbo-fase een opleiding in een andere richting wil volgen, kan "
           "bij het ROC worden ingeschreven als hij voldoet aan de vooropleidingseisen van die opleiding."),
    ("li", "6.\u00a0\u00a0Wil de deelnemer een opleiding volgen bij een andere instelling, dan ondersteunt "
           "het ROC hem bij de aanmelding en het onderzoek naar zijn geschiktheid."),
    ("h3", "Artikel 15. Overdracht van bekostiging (artikel 5.42a WVO 2020; artikel 9.1.15 WEB)"),
    ("li", "1.\u00a0\u00a0De school draagt voor iedere deelnemer in het tweede leerjaar van de route een "
           "bedrag van € 1.250 per schooljaar over aan het ROC, bestemd voor de inzet van docenten van het "
           "ROC in de vo-fase (artikel 11, derde lid) en het gebruik van de simulatieruimte Kindcentrum en "
           "het speel- en ontwikkellab."),
    ("li", "2.\u00a0\u00a0Het ROC draagt voor iedere student in het derde leerjaar van de route die het "
           "vmbo-diploma nog niet heeft behaald een bedrag van € 400 over aan de school, bestemd voor de "
           "begeleiding door de mentor en de afname van de resterende vmbo-examenonderdelen."),
    ("li", "3.\u00a0\u00a0Peildatum voor het aantal deelnemers is 1 oktober van het betreffende schooljaar. "
           "Betaling vindt plaats in twee termijnen, op 1 december en 1 mei. De bedragen worden jaarlijks "
           "geïndexeerd volgens bijlage 1."),

    ("h", "Hoofdstuk 5. Medezeggenschap en geschillen"),
    ("h3", "Artikel 16. Medezeggenschap (artikel 2.107b, tweede lid, onder j, WVO 2020)"),
    ("p", "Dit artikel geeft het wettelijk kader weer. Volgens de Wet medezeggenschap op scholen hebben "
          "leerlingen in de vo-fase, hun ouders en het personeel van de school medezeggenschap via de "
          "medezeggenschapsraad van de school. Volgens hoofdstuk 8a WEB en de Wet op de ondernemingsraden "
          "hebben studenten in de mbo-fase, hun ouders en het personeel van het ROC medezeggenschap via de "
          "studentenraad, de ouderraad en de ondernemingsraad van het ROC. De wet biedt partijen de "
          "mogelijkheid daarnaast aanvullende afspraken over de medezeggenschap te maken."),
    ("h3", "Artikel 17. Geschillen (artikel 2.107b, tweede lid, onder h, WVO 2020)"),
    ("li", "1.\u00a0\u00a0Een geschil tussen partijen over de uitleg of uitvoering van deze overeenkomst wordt "
           "door de meest gerede partij schriftelijk aan de routeraad voorgelegd."),
    ("li", "2.\u00a0\u00a0Leidt overleg in de routeraad niet binnen vier weken tot een oplossing, dan wordt "
           "het geschil voorgelegd aan het bestuurlijk overleg van de colleges van bestuur."),
    ("li", "3.\u00a0\u00a0Lossen de colleges van bestuur het geschil niet binnen zes weken op, dan trachten "
           "partijen het door mediation op te lossen, met een mediator die zij samen kiezen."),
    ("li", "4.\u00a0\u00a0Is het geschil drie maanden na aanvang van de mediation niet opgelost, dan wordt het "
           "beslecht door de bevoegde rechter van de rechtbank Noord-Nederland, locatie Groningen."),

    ("h", "Hoofdstuk 6. Duur, toetreding, wijziging en beëindiging (artikel 2.107b, tweede lid, onder i, WVO 2020)"),
    ("h3", "Artikel 18. Inwerkingtreding en duur"),
    ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor vijf schooljaren. "
          "Zij wordt daarna telkens stilzwijgend verlengd met vijf schooljaren, tenzij zij is opgezegd "
          "volgens artikel 21."),
    ("h3", "Artikel 19. Toetreding"),
    ("li", "1.\u00a0\u00a0Een ander bevoegd gezag van een school voor vmbo of van een instelling voor "
           "beroepsonderwijs kan tot deze overeenkomst toetreden, indien beide partijen daarmee schriftelijk "
           "instemmen en de toetredende partij zich in een toetredingsverklaring aan alle bepalingen van "
           "deze overeenkomst verbindt."),
    ("li", "2.\u00a0\u00a0Toetreding gaat in op 1 augustus van een schooljaar. De routeraad wordt dan met een "
           "lid van de toetredende partij uitgebreid. Partijen en de toetredende partij melden de wijziging "
           "gezamenlijk in het Register Instellingen en Opleidingen."),
    ("li", "3.\u00a0\u00a0Toetreding heeft geen gevolgen voor het programma van deelnemers die op dat moment "
           "al in de route zijn ingestroomd."),
    ("h3", "Artikel 20. Wijziging"),
    ("li", "1.\u00a0\u00a0Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke overeenkomst, "
           "ondertekend door de colleges van bestuur van alle partijen."),
    ("li", "2.\u00a0\u00a0Een wijziging die het programma of de examinering raakt, treedt niet eerder in "
           "werking dan bij het begin van het volgende schooljaar en geldt niet voor deelnemers in het "
           "laatste leerjaar van de vo-fase of de mbo-fase."),
    ("h3", "Artikel 21. Opzegging en ontbinding"),
    ("li", "1.\u00a0\u00a0Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus, met "
           "inachtneming van een opzegtermijn van ten minste twaalf maanden."),
    ("li", "2.\u00a0\u00a0Iedere partij kan deze overeenkomst ontbinden indien de andere partij, na "
           "schriftelijke ingebrekestelling met een redelijke termijn, toerekenbaar tekortschiet in de "
           "nakoming van wezenlijke verplichtingen."),
    ("li", "3.\u00a0\u00a0Na opzegging of ontbinding worden geen nieuwe deelnemers meer toegelaten. Partijen "
           "blijven gehouden de route te verzorgen voor deelnemers die op dat moment zijn ingestroomd, "
           "totdat zij de route hebben afgerond of op grond van artikel 14 een passend vervolg hebben "
           "gevonden."),
    ("h3", "Artikel 22. Evaluatie"),
    ("li", "1.\u00a0\u00a0De routeraad evalueert de route jaarlijks in juni met docenten, deelnemers en "
           "ouders; de uitkomsten worden opgenomen in het jaarverslag, bedoeld in artikel 8."),
    ("li", "2.\u00a0\u00a0In het derde schooljaar na inwerkingtreding laten partijen een externe evaluatie "
           "uitvoeren, waarvan het rapport aan beide colleges van bestuur wordt aangeboden."),

    ("h", "Hoofdstuk 7. Slotbepalingen"),
    ("h3", "Artikel 23. Gegevensuitwisseling"),
    ("p", "Partijen wisselen persoonsgegevens van deelnemers uitsluitend uit voor zover dat voor de "
          "uitvoering van deze overeenkomst nodig is, met inachtneming van de Algemene verordening "
          "gegevensbescherming. Zij sluiten daartoe een gegevensuitwisselingsovereenkomst."),
    ("h3", "Artikel 24. Aansprakelijkheid en verzekering"),
    ("p", "Iedere partij is aansprakelijk voor schade die voortvloeit uit handelen of nalaten van haar "
          "eigen personeel en draagt zorg voor een passende aansprakelijkheidsverzekering, die ook "
          "deelnemers dekt tijdens onderwijs op de locatie van de andere partij."),
    ("h3", "Artikel 25. Toepasselijk recht en citeertitel"),
    ("p", "Op deze overeenkomst is Nederlands recht van toepassing. Zij kan worden aangehaald als "
          "'Samenwerkingsovereenkomst DLR Zorg en Educatie Midden-Groningen'."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend."),
    ("sig", [["Hoogezand, 27 juni 2025\nStichting Openbaar Voortgezet Onderwijs Midden-Groningen\n\n\n"
              "dr. E.J. Mulder, voorzitter college van bestuur",
              "Hoogezand, 27 juni 2025\nStichting Regionaal Opleidingencentrum Hunze\n\n\n"
              "mr. drs. K. Bakker-Tiddens, voorzitter college van bestuur"]]),
    ("h", "Bijlage 1. Financiële uitwerking bij artikel 15"),
    ("table", ([["Stroom", "Omvang", "Bestemming", "Peildatum / betaling"],
                ["School → ROC", "€ 1.250 per deelnemer in leerjaar 2 van de route",
                 "docenten ROC in de vo-fase; simulatieruimte Kindcentrum en speel- en ontwikkellab",
                 "1 oktober / 1 december en 1 mei"],
                ["ROC → school", "€ 400 per student in leerjaar 3 zonder vmbo-diploma",
                 "mentorbegeleiding en resterende vmbo-examenonderdelen",
                 "1 oktober / 1 december en 1 mei"]],
               [2.6, 4.2, 5.6, 3.8])),
    ("p", "Indexering: de bedragen worden per 1 augustus aangepast met het percentage waarmee de "
          "personele lumpsum van de school voor het betreffende jaar is gewijzigd."),
]


@sample("h107", "h107_lang_wetsartikelen_in_koppen_midden_groningen", "pdf",
        "Long formal Times PDF in chapters whose headings cite the statute (WVO 2020 letters, not "
        "bouwsteen letters), leiding and verantwoording spread over several articles, Midden-Groningen, "
        "Zorg en welzijn gl -> Onderwijsassistent / Pedagogisch educatief professional niveau 4; "
        "bedrijfsleven only in the considerans, overstap keeps vooropleidingseisen within the same ROC, "
        "medezeggenschap article only describes the law",
        {"a": "present", "b": "missing", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
        H107_EV)
def build_h107(path):
    build_pdf(path, H107_TEXT, base=10.5, font="Times-Roman",
              header="Samenwerkingsovereenkomst DLR Zorg en Educatie Midden-Groningen – definitief")


# --------------------------------------------------------------------------- h108
H108_EV = {
    "a": "A.2 De twee routes",
    "b": "A.5 Samenwerking met het werkveld",
    "c": "A.3 Stuurgroep en routecoördinatoren",
    "d": "A.4 Verantwoording aan de besturen",
    "e": "A.6 Inrichting, personeel en voorzieningen",
    "f": "A.7 Overstappen binnen, tussen en uit de routes",
    "g": "A.8 Bekostiging",
    "h": "A.9 Medezeggenschap en klankbordgroep",
    "i": "A.10 Geschillen",
    "j": "A.11 Duur, toetreding, wijziging en beëindiging",
}


@sample("h108", "h108_twee_routes_routebladen_nieuwe_waterweg", "docx",
        "Word agreement for two routes at once: common part A with decimal headings plus one route table "
        "per route, Nieuwe Waterweg, Zorg en welzijn kb -> Verzorgende-IG niveau 3 and PIE kb -> "
        "Operator B niveau 3; funding transfer for one route only, no transfer for the other; fully compliant",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        H108_EV)
def build_h108(path):
    from docx.shared import Pt, Cm
    from docx.oxml import OxmlElement
    d = new_docx("Samenwerkingsovereenkomst doorlopende leerroutes Zorg en Procestechniek")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)

    def h(t, lvl=2):
        return d.add_heading(t, level=lvl)

    def p(t, bold_lead=None):
        return dpara(d, t, bold_lead=bold_lead)

    def shade(cell, color="D9E2F3"):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(_w("val"), "clear")
        shd.set(_w("color"), "auto")
        shd.set(_w("fill"), color)
        tcPr.append(shd)

    def routeblad(title, rows):
        h(title, 2)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            cells = t.add_row().cells
            cells[0].text = k
            cells[0].paragraphs[0].runs[0].bold = True
            shade(cells[0])
            cells[1].text = v
        t.autofit = False
        t.columns[0].width = Cm(4.2)
        t.columns[1].width = Cm(12.0)
        for row in t.rows:
            row.cells[0].width = Cm(4.2)
            row.cells[1].width = Cm(12.0)
        d.add_paragraph()

    d.add_heading("Samenwerkingsovereenkomst doorlopende leerroutes vmbo-mbo", level=0)
    p("Route Zorg (Verzorgende-IG) en route Procestechniek (Operator B)")
    p("Maasoever Vakcollege, Vlaardingen – ROC Delta-Rijnmond, Schiedam")
    h("Partijen", 1)
    p("Stichting voor Openbaar Voortgezet Onderwijs Waterweg, gevestigd te Vlaardingen, bevoegd gezag van "
      "het Maasoever Vakcollege, vertegenwoordigd door mevrouw J.A. Nieuwenhuis MEd, voorzitter van het "
      "college van bestuur (hierna: Maasoever);", bold_lead="1. ")
    p("Stichting Regionaal Opleidingencentrum Delta-Rijnmond, gevestigd te Schiedam, vertegenwoordigd door "
      "de heer drs. P.L. Ouwehand, voorzitter van het college van bestuur (hierna: Delta-Rijnmond);",
      bold_lead="2. ")
    p("Partijen sluiten deze overeenkomst op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. "
      "Deel A bevat de afspraken die voor beide routes gelden; deel B bevat per route een routeblad. "
      "Bij verschil gaat het routeblad voor, behalve waar deel A uitdrukkelijk anders bepaalt.")

    h("Deel A – Gemeenschappelijke bepalingen", 1)
    h("A.1 Begrippen")
    p("Route: elk van de twee doorlopende leerroutes van A.2. Vo-fase: de eerste twee leerjaren van een "
      "route (leerjaar 3 en 4 van Maasoever). Mbo-fase: de leerjaren daarna. Stuurgroep en "
      "routecoördinator: zie A.3. Routeblad: de tabel per route in deel B.")
    h("A.2 De twee routes")
    p("Partijen verzorgen samen de volgende doorlopende leerroutes, die beide in leerjaar 3 van de "
      "kaderberoepsgerichte leerweg beginnen en leiden tot het vmbo-diploma en een mbo-diploma op niveau 3 "
      "(beroepsopleidende leerweg):")
    p("route Zorg: profiel Zorg en welzijn → Verzorgende-IG (niveau 3), opleidingsdomein Zorg en welzijn;",
      bold_lead="a. ")
    p("route Procestechniek: profiel Produceren, installeren en energie → Operator B (niveau 3), "
      "opleidingsdomein Procestechniek.", bold_lead="b. ")
    p("Beide routes duren vijf leerjaren. De routebladen vermelden de instroomcapaciteit en de locaties.")

    h("A.3 Stuurgroep en routecoördinatoren")
    p("1. De leiding over beide routes berust bij een stuurgroep, bestaande uit de sectordirecteur "
      "beroepsgericht van Maasoever en de directeur van het college Zorg & Techniek van Delta-Rijnmond. "
      "Ieder college van bestuur wijst zijn eigen stuurgroeplid schriftelijk aan en kan die aanwijzing "
      "intrekken.")
    p("2. Per route is er een routecoördinator, die door de stuurgroep wordt aangewezen uit het personeel "
      "van een van beide partijen; het routeblad vermeldt van welke partij de coördinator afkomstig is.")
    p("3. De stuurgroep stelt de jaarplanning en de routebegroting voor beide routes op, beslist over "
      "toelating en capaciteit, over de verdeling van personeel en ruimten tussen de routes en over "
      "overstappen (A.7), en bereidt het PTA/OER voor. Binnen de vastgestelde begroting besluit zij "
      "zelfstandig; het PTA/OER, de begroting en afwijkingen daarvan van meer dan 10% worden door beide "
      "colleges van bestuur vastgesteld.")
    p("4. De routecoördinator voert de dagelijkse organisatie van zijn route uit: roosters, plaatsing bij "
      "leerbedrijven, contact met ouders en het docententeam. Hij legt verantwoording af aan de stuurgroep.")
    h("A.4 Verantwoording aan de besturen")
    p("1. De stuurgroep zendt beide colleges van bestuur elk jaar vóór 15 oktober een verantwoordingsverslag "
      "per route over het afgelopen schooljaar, met in-, door- en uitstroom, examenresultaten, "
      "toepassing van A.7, inzet van personeel en besteding van de middelen.")
    p("2. Halverwege het schooljaar, in februari, brengt de stuurgroep een korte tussenrapportage uit; "
      "beide rapportages worden besproken in het bestuurlijk overleg dat daarop volgt.")
    h("A.5 Samenwerking met het werkveld")
    p("1. Per route is een werkveldtafel ingericht met vertegenwoordigers van leerbedrijven; het "
      "routeblad noemt de deelnemende organisaties. De werkveldtafel komt twee keer per jaar bijeen en "
      "adviseert over de inhoud van het programma, de keuzedelen en de aansluiting op de arbeidsmarkt.")
    p("2. De leerbedrijven bieden bpv-plaatsen aan (vanaf het derde leerjaar van de route), verzorgen "
      "gastlessen en bedrijfsbezoeken in de vo-fase, leveren praktijkopdrachten en beoordelen mee bij "
      "de beroepsgerichte examens. SBB wordt betrokken bij de erkenning van nieuwe leerbedrijven.")
    h("A.6 Inrichting, personeel en voorzieningen")
    p("1. De vo-fase vindt plaats bij Maasoever, met vanaf het tweede leerjaar een vaste praktijkdag bij "
      "Delta-Rijnmond; de mbo-fase vindt plaats bij Delta-Rijnmond en de leerbedrijven. Programma, "
      "examinering en bpv zijn per leerjaar en per route beschreven in het PTA/OER, dat beide besturen "
      "jaarlijks vóór 1 juli vaststellen. Het centraal examen vmbo valt in het tweede leerjaar van de route.")
    p("2. Per route werkt één docententeam van leraren van Maasoever en docenten van Delta-Rijnmond. "
      "Teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB) wordt toegepast voor de "
      "programmaonderdelen die het routeblad noemt; voor elk onderdeel is ten minste één bevoegde leraar "
      "of docent betrokken. Iedereen blijft in dienst van de eigen werkgever; de omvang van de inzet staat "
      "in het routeblad.")
    p("3. De praktijkruimten die in de routebladen zijn genoemd, worden over en weer kosteloos ter "
      "beschikking gesteld, met uitzondering van de leerfabriek (A.8). Leerlingen gebruiken de "
      "ICT-voorzieningen van de partij waar zij staan ingeschreven.")
    h("A.7 Overstappen binnen, tussen en uit de routes")
    p("1. Een leerling die een route verlaat, krijgt een alternatief dat leidt tot een vmbo- of mbo-diploma. "
      "De stuurgroep besluit daarover namens beide partijen, na overleg met de leerling en de ouders, en "
      "kijkt daarbij naar het niveau dat de leerling heeft bereikt en naar zijn leeftijd.")
    p("2. In de vo-fase kan de leerling overstappen naar de andere route, als dat in het rooster past, of "
      "naar de reguliere kaderberoepsgerichte leerweg van Maasoever.")
    p("3. Heeft de leerling aan het einde van het derde leerjaar van de route geen vmbo-diploma, dan kan hij "
      "zonder dat diploma doorgaan in een opleiding van Delta-Rijnmond op niveau 2 of 3; de "
      "vooropleidingseisen zijn daarbij niet van toepassing. Hij kan ook het examenjaar bij Maasoever "
      "overdoen.")
    p("4. In de mbo-fase kan de student overstappen naar een andere opleiding van Delta-Rijnmond op "
      "hetzelfde niveau; voor een opleiding bij een andere instelling helpen partijen bij aanmelding en "
      "geschiktheidsonderzoek. Het routeblad noemt de voor die route meest voor de hand liggende "
      "alternatieven.")
    h("A.8 Bekostiging")
    p("1. Voor de route Zorg wordt geen bekostiging overgedragen.")
    p("2. Voor de route Procestechniek draagt Maasoever, op grond van artikel 5.42a WVO 2020, voor iedere "
      "leerling in het tweede leerjaar van de route € 900 per schooljaar over aan Delta-Rijnmond, bestemd "
      "voor het gebruik van de leerfabriek (procesinstallatie) en de inzet van de instructeurs daarvan. "
      "Telling op 1 oktober, betaling vóór 1 januari.")
    h("A.9 Medezeggenschap en klankbordgroep")
    p("1. Partijen stellen een gezamenlijke klankbordgroep in voor beide routes, bestaande uit twee ouders "
      "en twee leerlingen uit de vo-fase, twee studenten uit de mbo-fase, een lid van de "
      "medezeggenschapsraad van Maasoever en een lid van de studentenraad van Delta-Rijnmond. De "
      "klankbordgroep komt twee keer per jaar bijeen met de stuurgroep.")
    p("2. Voorstellen tot wijziging van een routeblad worden, voordat de stuurgroep besluit, voor advies "
      "voorgelegd aan de medezeggenschapsraad van Maasoever en de studentenraad van Delta-Rijnmond.")
    h("A.10 Geschillen")
    p("1. Partijen leggen een geschil over de uitvoering van deze overeenkomst eerst voor aan de "
      "stuurgroep en daarna aan de colleges van bestuur.")
    p("2. Is het geschil zes weken na het eerste bestuurlijke gesprek niet opgelost, dan wordt het "
      "voorgelegd aan een geschillencommissie van drie leden: elke partij wijst één lid aan en die twee "
      "kiezen samen een onafhankelijke voorzitter. De commissie geeft binnen acht weken een bindend advies.")
    h("A.11 Duur, toetreding, wijziging en beëindiging")
    p("1. Deze overeenkomst gaat in op 1 augustus 2025 en loopt voor onbepaalde tijd.")
    p("2. Een andere vmbo-school of instelling voor beroepsonderwijs kan tot een of beide routes "
      "toetreden als beide partijen schriftelijk instemmen en de nieuwe partij deze overeenkomst "
      "aanvaardt; toetreding gaat in op 1 augustus en wordt door alle partijen bij DUO gemeld.")
    p("3. Wijzigingen van deel A of van een routeblad worden schriftelijk vastgelegd en door beide colleges "
      "van bestuur ondertekend; zij gaan niet in tijdens een lopend schooljaar.")
    p("4. Elke partij kan de overeenkomst in haar geheel of voor één route schriftelijk opzeggen vóór "
      "1 februari, met ingang van 1 augustus van het daaropvolgende jaar. Ontbinding is mogelijk bij een "
      "ernstige tekortkoming die na schriftelijke ingebrekestelling niet binnen twee maanden is hersteld.")
    p("5. Na opzegging of ontbinding stopt de instroom in de betrokken route. Leerlingen die al zijn "
      "ingestroomd, ronden de route bij partijen af; A.7 blijft op hen van toepassing.")
    h("A.12 Slotbepalingen")
    p("Partijen melden elke route afzonderlijk in RIO. De klachtenregeling van elke partij geldt ook voor "
      "medewerkers van de andere partij die in de route werken. Nederlands recht is van toepassing.")

    h("Deel B – Routebladen", 1)
    routeblad("Routeblad 1 – Route Zorg", [
        ("Profiel en leerweg", "Zorg en welzijn, kaderberoepsgerichte leerweg"),
        ("mbo-opleiding", "Verzorgende-IG, niveau 3, BOL; domein Zorg en welzijn"),
        ("Capaciteit", "maximaal 24 leerlingen per cohort"),
        ("Locaties", "vo-fase: Maasoever, Vlaardingen; praktijkdag en mbo-fase: Delta-Rijnmond, "
                     "zorgplein Schiedam"),
        ("Werkveldtafel", "Zorggroep Vliet & Maas, Thuiszorg Waterweg, Stichting Gehandicaptenzorg "
                          "Maassluis; bpv in verpleeghuis, thuiszorg en gehandicaptenzorg"),
        ("Routecoördinator", "afkomstig van Delta-Rijnmond"),
        ("Personeel", "Delta-Rijnmond 0,5 fte in de vo-fase; Maasoever 0,2 fte (Nederlands, rekenen) in "
                      "leerjaar 3; teambevoegdheid voor 'Zorg in de wijk'"),
        ("Faciliteiten", "Maasoever: zorglokaal en keuken; Delta-Rijnmond: skillslab met "
                         "hoog-laagbedden en tilliften"),
        ("Alternatieven", "Maatschappelijke zorg niveau 3, Helpende zorg en welzijn niveau 2"),
    ])
    routeblad("Routeblad 2 – Route Procestechniek", [
        ("Profiel en leerweg", "Produceren, installeren en energie, kaderberoepsgerichte leerweg"),
        ("mbo-opleiding", "Operator B, niveau 3, BOL; domein Procestechniek"),
        ("Capaciteit", "maximaal 16 leerlingen per cohort"),
        ("Locaties", "vo-fase: Maasoever, Vlaardingen; praktijkdag en mbo-fase: Delta-Rijnmond, "
                     "Procescampus Botlek"),
        ("Werkveldtafel", "Werkgeverskring Procesindustrie Nieuwe Waterweg, Opleidingscentrum Procesbedrijven "
                          "Botlek en vier erkende leerbedrijven in de haven; bpv, bedrijfsbezoeken, "
                          "veiligheidstraining VCA"),
        ("Routecoördinator", "afkomstig van Maasoever"),
        ("Personeel", "Delta-Rijnmond 0,4 fte plus instructeurs leerfabriek; Maasoever 0,3 fte "
                      "(natuurkunde, wiskunde); teambevoegdheid voor 'Meten en regelen'"),
        ("Faciliteiten", "Maasoever: techniekhal; Delta-Rijnmond: leerfabriek (zie A.8) en "
                         "procesbedieningsimulator"),
        ("Alternatieven", "Operator A niveau 2, Monteur mechatronica niveau 2"),
    ])
    p("Aldus overeengekomen te Vlaardingen op 26 juni 2025.")
    p("Voor Maasoever: J.A. Nieuwenhuis MEd, voorzitter college van bestuur")
    p("Voor Delta-Rijnmond: drs. P.L. Ouwehand, voorzitter college van bestuur")
    save_docx(d, path)


# --------------------------------------------------------------------------- h109
H109_EV = {
    "a": "1. Welke route bieden wij aan?",
    "b": "2. Wie uit het werkveld doen mee?",
    "c": "3. Wie leidt de route?",
    "d": "4. Hoe houden wij onze besturen op de hoogte?",
    "e": "5. Waar, door wie en met welke spullen?",
    "g": "7. Geld",
}

H109_TEXT = """\
AFSPRAKEN OVER ONZE DOORLOPENDE LEERROUTE ZORG
De Wegwijzer (Staphorst) en ROC Reestdal (Meppel)
================================================================

Dit is de samenwerkingsovereenkomst voor de doorlopende leerroute vmbo-mbo
van onze school. Wij hebben hem in gewone taal geschreven, zodat leerlingen,
ouders en collega's hem ook kunnen lezen.

Wie zijn "wij"?
---------------
- De Vereniging voor Christelijk Voortgezet Onderwijs Staphorst en omstreken.
  Dat is het bestuur van De Wegwijzer, een kleine school voor vmbo met ongeveer
  280 leerlingen. In deze tekst noemen wij onszelf "wij" of "De Wegwijzer".
- De Stichting ROC Reestdal in Meppel. In deze tekst: "het ROC".

Samen spreken wij dit af, op grond van artikel 2.107b WVO 2020 en artikel 9.1.3
WEB.


1. Welke route bieden wij aan?
------------------------------
Leerlingen van de basisberoepsgerichte leerweg met het profiel Zorg en welzijn
kunnen aan het eind van klas 2 kiezen voor onze route. De route begint in klas 3.
Aan het eind hebben zij twee diploma's: het vmbo-diploma (basis) en het
mbo-diploma Helpende zorg en welzijn (niveau 2, BOL) van het ROC, uit het
opleidingsdomein Zorg en welzijn. De route duurt vier jaar: twee jaar bij ons,
twee jaar bij het ROC. Elk jaar kunnen er hoogstens 12 leerlingen beginnen. De
eerste groep start op 1 augustus 2025.


2. Wie uit het werkveld doen mee?
---------------------------------
Drie zorgorganisaties uit de buurt doen mee: Zorgcentrum Het Reestdal,
Thuiszorg IJsselvecht en de kinderopvang Hummelhoek. Zij:
- geven in klas 3 en 4 elk jaar een paar gastlessen en laten de leerlingen een
  dag meelopen;
- bieden vanaf het derde jaar van de route stageplekken (bpv) aan, met een
  vaste praktijkbegeleider;
- beoordelen samen met de docent de praktijkexamens;
- praten twee keer per jaar met het routeteam over wat er in het programma moet
  veranderen.


3. Wie leidt de route?
----------------------
De route wordt geleid door een routeteam van twee mensen: onze teamleider
bovenbouw en de opleidingsmanager Zorg en welzijn van het ROC.
- Onze directeur wijst onze teamleider aan. Het college van bestuur van het ROC
  wijst de opleidingsmanager aan.
- Het routeteam maakt het rooster, beslist welke leerlingen in de route mogen,
  regelt de stages, verdeelt het werk over de docenten en bereidt het PTA/OER
  voor.
- Het routeteam mag zelf beslissen over uitgaven tot 3.000 euro per jaar.
  Grotere uitgaven, het PTA/OER en beslissingen over personeel zijn voor het
  bestuur van de vereniging en het college van bestuur van het ROC.


4. Hoe houden wij onze besturen op de hoogte?
---------------------------------------------
Het routeteam schrijft twee keer per jaar, in januari en in juni, een kort
verslag voor het bestuur van de vereniging en voor het college van bestuur van
het ROC. Daarin staat hoeveel leerlingen er in de route zitten, wie er gestopt
zijn, hoe de examens gingen en wat er is uitgegeven. In september bespreken
de twee besturen het verslag van juni samen met het routeteam. Gaat er iets
mis, dan belt het routeteam meteen de besturen.


5. Waar, door wie en met welke spullen?
---------------------------------------
- Klas 3 en 4 zijn bij ons in Staphorst. Vanaf klas 4 gaan de leerlingen elke
  woensdag naar het ROC in Meppel. Het derde en vierde jaar van de route zijn bij
  het ROC en op de stageplek.
- Wat de leerlingen elk jaar leren en welke examens zij doen, staat in het
  PTA/OER. Dat maken wij samen met het ROC en het wordt elk jaar voor 1 juli door
  beide besturen vastgesteld. Het vmbo-examen doen de leerlingen in klas 4.
- Onze docenten zorg en welzijn en twee docenten van het ROC vormen samen één
  team. Een docent van het ROC geeft in klas 4 vier uur per week les bij ons. Onze
  mentor gaat in het derde jaar mee naar het ROC, twee uur per week. Iedereen
  blijft in dienst van zijn eigen school.
- Wij gebruiken ons praktijklokaal met de keuken en de verzorgingshoek. Het ROC
  laat onze leerlingen op woensdag het skillslab gebruiken, met de bedden en de
  tillift. Leerlingen gebruiken de laptops van de school waar ze ingeschreven
  staan.


6. Als de route niet past
-------------------------
Het kan gebeuren dat de route toch niet goed past. Dan gaan wij, samen met het
ROC, in gesprek met de leerling en de ouders. Wij kijken wat de leerling al kan
en hoe oud hij of zij is. De leerling kan dan de Entree-opleiding bij het ROC
gaan volgen. Wij zorgen voor een goede overdracht naar de Entree-opleiding.


7. Geld
-------
Er gaat geen geld van de ene school naar de andere. Wij dragen geen bekostiging
over aan het ROC, en het ROC niet aan ons. Iedere school betaalt zijn eigen
docenten, lokalen en spullen.


8. Als wij het niet eens zijn
-----------------------------
Zijn wij als school en ROC het ergens niet over eens, dan lossen wij dat samen
op in goed overleg. Wij vertrouwen erop dat dat lukt.


9. Hoe lang gelden deze afspraken?
----------------------------------
Deze afspraken gelden vanaf 1 augustus 2025 voor vijf jaar. Daarna kijken wij
samen of wij verder gaan.
- Willen wij iets veranderen, dan schrijven wij dat op en tekenen allebei
  besturen. Een verandering gaat nooit midden in een schooljaar in.
- Wil een van ons stoppen, dan zegt hij dat schriftelijk voor 1 januari. Vanaf
  1 augustus daarna beginnen er geen nieuwe leerlingen meer in de route.
- Leerlingen die al in de route zitten, mogen hem altijd afmaken.


10. Verder
----------
Wij melden de route samen bij DUO (in RIO). Heeft een leerling of ouder een
klacht over iemand van het ROC, dan kan hij die ook bij ons indienen; wij
zorgen dan samen met het ROC voor een oplossing.


Staphorst, 1 juli 2025

Voor de Vereniging voor Christelijk Voortgezet Onderwijs Staphorst e.o.:
A. (Albert) Prins, voorzitter bestuur

Voor de Stichting ROC Reestdal:
mw. H. Schuiling-Kok, voorzitter college van bestuur
"""


@sample("h109", "h109_eenvoudige_taal_wij_kleine_school_staphorst", "txt",
        "Plain-language 'wij' agreement of a small school as TXT with question headings, Staphorst/Meppel, "
        "Zorg en welzijn bb -> Helpende zorg en welzijn niveau 2; overstap only to Entree, disputes only "
        "'in goed overleg', no toetreding; silent on medezeggenschap",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "not_applicable", "i": "weak", "j": "weak"},
        H109_EV)
def build_h109(path):
    Path(path).write_text(H109_TEXT, encoding="utf-8")


# --------------------------------------------------------------------------- h110
H110_EV = {
    "a": "Artikel 2. De route",
    "b": "Artikel 3. Inbreng van hoveniersbedrijven",
    "c": "Artikel 4. Routeleiding",
    "d": "Artikel 5. Informatie en verantwoording aan het college",
    "e": "§ 3 Organisatorische en onderwijskundige inrichting",
    "f": "Artikel 9. Overstappen",
    "g": "Artikel 10. Verdeling van middelen",
}


@sample("h110", "h110_interne_regeling_aoc_besluit_kromme_rijn", "docx",
        "AOC interne regeling in the form of a board decision (gelet op / besluit, paragraphs, phase table, "
        "bullets), Kromme Rijn, Groen kb -> Vakbekwaam hovenier niveau 3; internal budget shift with amount "
        "and purpose; a-g arranged, h-j not required for an interne regeling",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "not_applicable",
         "j": "not_applicable"},
        H110_EV)
def build_h110(path):
    from docx.shared import Pt
    d = new_docx("Interne regeling doorlopende leerroute Groen")
    d.styles["Normal"].font.name = "Cambria"
    d.styles["Normal"].font.size = Pt(10.5)

    def p(t, style=None):
        return d.add_paragraph(t, style=style)

    def b(t):
        return d.add_paragraph(t, style="List Bullet")

    d.add_heading("Interne regeling doorlopende leerroute vmbo-mbo Groen – Vakbekwaam hovenier", level=0)
    p("Besluit van het college van bestuur van de Stichting Agrarisch Opleidingscentrum Kromme Rijn van "
      "24 juni 2025, kenmerk CvB/2025-041, tot vaststelling van de interne regeling voor de doorlopende "
      "leerroute Groen tussen de vmbo-locatie Wijk bij Duurstede en de mbo-locatie Houten.")
    p("Het college van bestuur van de Stichting Agrarisch Opleidingscentrum Kromme Rijn (hierna: AOC "
      "Kromme Rijn),")
    p("gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde "
      "lid, van de Wet educatie en beroepsonderwijs;")
    p("overwegende dat de vmbo-opleidingen en de mbo-opleidingen van AOC Kromme Rijn onder één bevoegd "
      "gezag vallen, zodat de doorlopende leerroute niet bij samenwerkingsovereenkomst maar bij interne "
      "regeling wordt vastgelegd;")
    p("gehoord de locatiedirecteuren van Groen College Wijk bij Duurstede en Groen College Houten;")
    p("BESLUIT vast te stellen de volgende regeling.")

    d.add_heading("§ 1 Algemeen", level=1)
    d.add_heading("Artikel 1. Begrippen", level=2)
    p("In deze regeling wordt verstaan onder:")
    for t in ["college: het college van bestuur van AOC Kromme Rijn;",
              "vmbo-locatie: Groen College Wijk bij Duurstede, school voor vbo;",
              "mbo-locatie: Groen College Houten, onderdeel van de instelling voor beroepsonderwijs;",
              "route: de doorlopende leerroute, bedoeld in artikel 2;",
              "routeleiding: de routeleiding, bedoeld in artikel 4;",
              "PTA/OER: het programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route."]:
        b(t)
    d.add_heading("Artikel 2. De route", level=2)
    p("1. AOC Kromme Rijn biedt een doorlopende leerroute aan die begint in leerjaar 3 van de "
      "kaderberoepsgerichte leerweg, profiel Groen, en leidt tot het vmbo-diploma en het mbo-diploma "
      "Vakbekwaam hovenier (niveau 3, beroepsopleidende leerweg), opleidingsdomein Voedsel, natuur en "
      "leefomgeving.")
    p("2. De route omvat vijf leerjaren. Jaarlijks worden ten hoogste 18 leerlingen toegelaten; de eerste "
      "instroom is op 1 augustus 2025.")

    d.add_heading("§ 2 Werkveld, leiding en verantwoording", level=1)
    d.add_heading("Artikel 3. Inbreng van hoveniersbedrijven", level=2)
    p("1. De route wordt uitgevoerd met een vaste kring van leerbedrijven, waaronder Hoveniersbedrijf "
      "Van Rossum te Cothen, Groenvoorziening Kromme Rijn B.V. te Bunnik en de buitendienst van de "
      "gemeente Houten, en met de regionale afdeling van de branchevereniging van hoveniers en "
      "groenvoorzieners.")
    p("2. Deze leerbedrijven:")
    for t in ["ontvangen leerlingen uit leerjaar 2 van de route voor een oriënterende stage van twee weken;",
              "bieden vanaf leerjaar 3 van de route bpv-plaatsen met een erkende praktijkopleider;",
              "stellen elk schooljaar een aanlegproject beschikbaar (een tuin of openbaar groen) dat leerlingen "
              "onder begeleiding uitvoeren;",
              "nemen met twee leden deel aan het beroepenveldoverleg, dat het college twee keer per jaar "
              "adviseert over de inhoud van het programma, de keuzedelen en de proeven van bekwaamheid."]:
        b(t)
    d.add_heading("Artikel 4. Routeleiding", level=2)
    p("1. De leiding over de route berust bij een routeleiding, bestaande uit de teamleider bovenbouw van "
      "de vmbo-locatie en de opleidingsmanager Groene ruimte van de mbo-locatie.")
    p("2. Het college wijst de leden van de routeleiding aan, op voordracht van de locatiedirecteur van "
      "hun locatie, voor de duur van drie schooljaren.")
    p("3. De routeleiding is belast met de organisatie van de route: jaarplanning en roosters, toelating "
      "van leerlingen, inzet van docenten binnen het vastgestelde formatieplan, plaatsing op bpv-plaatsen, "
      "het opstellen van het PTA/OER en de uitvoering van artikel 9.")
    p("4. De routeleiding besluit zelfstandig binnen het vastgestelde routebudget. Het PTA/OER, het "
      "routebudget en het formatieplan worden door het college vastgesteld.")
    d.add_heading("Artikel 5. Informatie en verantwoording aan het college", level=2)
    p("1. De routeleiding rapporteert drie keer per jaar, in de tertiaalrapportages van de planning- en "
      "controlcyclus, aan het college over deelnemersaantallen, verzuim, uitval, examenresultaten en "
      "uitputting van het routebudget.")
    p("2. Jaarlijks vóór 1 oktober legt de routeleiding in een routejaarverslag verantwoording af aan het "
      "college over het afgelopen schooljaar; het college bespreekt dat verslag met de routeleiding en "
      "beide locatiedirecteuren.")

    d.add_heading("§ 3 Organisatorische en onderwijskundige inrichting", level=1)
    d.add_heading("Artikel 6. Opbouw en locaties", level=2)
    p("1. De route is als volgt opgebouwd:")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Fase", "Leerjaar route", "Locatie", "Inschrijving en examinering"]
    for i, v in enumerate(hdr):
        t.rows[0].cells[i].text = v
    for r in [["vo-fase", "1", "vmbo-locatie; één dag per week praktijk op de mbo-locatie",
               "leerling vmbo; schoolexamens vmbo, eerste mbo-onderdelen"],
              ["vo-fase", "2", "vmbo-locatie; twee dagen per week op de mbo-locatie",
               "leerling vmbo; centraal examen vmbo"],
              ["mbo-fase", "3 t/m 5", "mbo-locatie en leerbedrijven",
               "student mbo; examinering Vakbekwaam hovenier"]]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    p("")
    p("2. Het onderwijsprogramma en de examinering zijn per leerjaar beschreven in het PTA/OER, waarin "
      "is aangegeven welke onderdelen tot het vmbo-programma, welke tot het mbo-programma en welke tot "
      "beide behoren. Het college stelt het PTA/OER jaarlijks vóór 1 juli vast.")
    d.add_heading("Artikel 7. Docenten", level=2)
    p("1. De route wordt verzorgd door één team van docenten van beide locaties. De mbo-locatie zet in "
      "de vo-fase ten minste 0,5 fte docenten hovenierstechniek in; de vmbo-locatie zet in leerjaar 3 "
      "van de route een docent Nederlands en een docent rekenen in.")
    p("2. Voor het vakoverstijgende onderdeel 'Ontwerpen en aanleggen' wordt gebruikgemaakt van de "
      "teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB); voor elk vak en programmaonderdeel "
      "is ten minste één bevoegde docent betrokken.")
    d.add_heading("Artikel 8. Voorzieningen", level=2)
    p("De route gebruikt de schooltuin en de kas van de vmbo-locatie en het oefenterrein voor "
      "tuinaanleg, het machinepark en de ontwerpstudio van de mbo-locatie. Het rooster wordt zo "
      "opgesteld dat leerlingen uit de vo-fase deze voorzieningen op hun praktijkdagen kunnen gebruiken.")

    d.add_heading("§ 4 Overstap en middelen", level=1)
    d.add_heading("Artikel 9. Overstappen", level=2)
    p("1. Verlaat een leerling de route voordat hij haar met succes heeft afgerond, dan stellen de "
      "routeleiding en de locatiedirecteur van de vmbo-locatie gezamenlijk vast welke opleiding voor "
      "hem passend is, na een gesprek met de leerling en zijn ouders en rekening houdend met het "
      "bereikte onderwijsniveau en zijn leeftijd.")
    p("2. De mogelijkheden zijn in elk geval:")
    for t in ["in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte of basisberoepsgerichte "
              "leerweg, profiel Groen, van de vmbo-locatie, gericht op het vmbo-diploma;",
              "zonder vmbo-diploma na leerjaar 3 van de route: inschrijving in een mbo-opleiding van AOC "
              "Kromme Rijn op niveau 2 of 3, zoals Hovenier (niveau 2) of Medewerker groene ruimte "
              "(niveau 2); vooropleidingseisen gelden daarbij niet, of een extra jaar om het vmbo-diploma "
              "te behalen;",
              "in de mbo-fase: overstap naar een andere opleiding van AOC Kromme Rijn op hetzelfde niveau, "
              "of begeleiding naar een opleiding bij een andere instelling, waar toelating kan volgen na "
              "een geschiktheidsonderzoek."]:
        b(t)
    p("3. De werkwijze wordt beschreven in de schoolgids van de vmbo-locatie.")
    d.add_heading("Artikel 10. Verdeling van middelen", level=2)
    p("1. Omdat vmbo en mbo onder één bevoegd gezag vallen, vindt geen overdracht van bekostiging "
      "tussen bevoegde gezagsorganen plaats.")
    p("2. Intern wordt voor iedere leerling in leerjaar 2 van de route € 700 per schooljaar van de "
      "begroting van de vmbo-locatie overgeboekt naar de begroting van de mbo-locatie, ter dekking van "
      "de inzet van mbo-docenten in de vo-fase en het gebruik van het machinepark. Peildatum is "
      "1 oktober.")

    d.add_heading("§ 5 Slotbepalingen", level=1)
    d.add_heading("Artikel 11. Betrokkenheid deelraden", level=2)
    p("De deelraden van beide locaties ontvangen het routejaarverslag en worden gehoord over "
      "wijzigingen van deze regeling.")
    d.add_heading("Artikel 12. Melding, wijziging en inwerkingtreding", level=2)
    p("1. Het college meldt de route in RIO.")
    p("2. Het college kan deze regeling wijzigen; een wijziging gaat in bij het begin van een schooljaar "
      "en laat de afronding van de route door zittende leerlingen onverlet.")
    p("3. Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als 'Interne regeling "
      "DLR Groen Kromme Rijn'.")
    p("Houten, 24 juni 2025")
    p("Het college van bestuur van de Stichting Agrarisch Opleidingscentrum Kromme Rijn,")
    p("ir. W.F. Scheepbouwer, voorzitter                    drs. L. Dijkhuizen-Amrani, lid")
    save_docx(d, path)


# --------------------------------------------------------------------------- h111
H111_EV = {
    "a": "II. De geïntegreerde route",
    "b": "III. Autobedrijven in de route",
    "c": "IV. Regiegroep",
    "d": "V. Rapportage en verantwoording",
    "e": "VI. Inrichting, docenten en werkplaatsen",
    "g": "VIII. Financiële afspraken",
    "j": "XI. Looptijd, toetreding, wijziging en opzegging",
}

H111_TEXT = [
    ("title", "Samenwerkingsovereenkomst geïntegreerde route vmbo-mbo"),
    ("sub", "Mobiliteit en transport (basisberoepsgerichte leerweg) – Autotechnicus niveau 2\n"
            "Vecht College Maarssen en ROC Midden-Vecht"),
    ("h", "I. Partijen en grondslag"),
    ("p", "1.1 Stichting Voortgezet Onderwijs Vechtstreek, statutair gevestigd te Maarssen, bevoegd gezag van "
          "het Vecht College, school voor vbo, vertegenwoordigd door de heer G.H. Ramdin, voorzitter van het "
          "college van bestuur (hierna: het Vecht College), en Stichting ROC Midden-Vecht, statutair "
          "gevestigd te Breukelen, vertegenwoordigd door mevrouw ir. S. de Leeuw-Hartog, voorzitter van het "
          "college van bestuur (hierna: ROC Midden-Vecht), komen het volgende overeen."),
    ("p", "1.2 Deze overeenkomst is de samenwerkingsovereenkomst voor een geïntegreerde route als bedoeld in "
          "artikel 2.107l WVO 2020 en artikel 9.1.17 WEB. Artikel 2.107b WVO 2020 is van overeenkomstige "
          "toepassing."),
    ("h", "II. De geïntegreerde route"),
    ("p", "2.1 De route is bestemd voor leerlingen van de basisberoepsgerichte leerweg, profiel Mobiliteit en "
          "transport, van het Vecht College, die daarvan naar het oordeel van de school baat hebben. De "
          "toelating geschiedt in overleg met de leerling en zijn ouders en na overleg met ROC Midden-Vecht."),
    ("p", "2.2 De route begint in leerjaar 3 en leidt tot het mbo-diploma Autotechnicus (niveau 2, "
          "basisberoepsopleiding, BOL) in het opleidingsdomein Mobiliteit en voertuigen. Het Vecht College "
          "neemt in de route geen eindexamen basisberoepsgerichte leerweg af."),
    ("p", "2.3 De route duurt vier leerjaren; per cohort worden ten hoogste 14 leerlingen toegelaten. De "
          "eerste leerlingen starten op 1 augustus 2025."),
    ("h", "III. Autobedrijven in de route"),
    ("p", "3.1 Autobedrijf Kooijman (Maarssen), Garage De Vecht (Breukelen) en vier andere erkende leerbedrijven "
          "uit de Vechtstreek, verenigd in het Leerbedrijvennetwerk Mobiliteit Vecht, werken in de route mee."),
    ("p", "3.2 Zij bieden leerlingen vanaf leerjaar 1 van de route werkplekleren van één dag per twee weken, "
          "vanaf leerjaar 3 bpv-plaatsen, verzorgen jaarlijks een technische dag in hun werkplaats en stellen "
          "praktijkbeoordelaars beschikbaar voor de proeve van bekwaamheid."),
    ("p", "3.3 Het leerbedrijvennetwerk bespreekt elk voorjaar met de regiegroep de inhoud van het programma en "
          "de keuzedelen; de regiegroep legt uit wat zij met dat advies doet."),
    ("h", "IV. Regiegroep"),
    ("p", "4.1 De route wordt geleid door een regiegroep van drie personen: de afdelingsleider "
          "basisberoepsgerichte leerweg van het Vecht College, de teamleider Mobiliteit van ROC Midden-Vecht "
          "en een routecoördinator."),
    ("p", "4.2 De colleges van bestuur benoemen ieder hun eigen vertegenwoordiger in de regiegroep. De "
          "routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd, voor twee jaar."),
    ("p", "4.3 De regiegroep stelt het jaarprogramma en het rooster vast, beslist over toelating van "
          "leerlingen (2.1), zet docenten in binnen de door de besturen vastgestelde formatie, onderhoudt de "
          "contacten met de leerbedrijven en bereidt het PTA/OER voor. Zij kan verplichtingen aangaan tot "
          "€ 5.000; grotere verplichtingen, het PTA/OER en de begroting stellen de colleges van bestuur vast."),
    ("h", "V. Rapportage en verantwoording"),
    ("p", "5.1 De regiegroep stuurt beide colleges van bestuur ieder kwartaal een voortgangsoverzicht "
          "(deelnemers, verzuim, uitval, financiën) en jaarlijks vóór 15 september een jaarverslag met de "
          "examenresultaten en een evaluatie van de route."),
    ("p", "5.2 Het jaarverslag wordt besproken in het bestuurlijk overleg van oktober, waarin de regiegroep "
          "verantwoording aflegt."),
    ("h", "VI. Inrichting, docenten en werkplaatsen"),
    ("p", "6.1 Leerjaar 1 en 2 van de route worden verzorgd op het Vecht College te Maarssen, met twee dagen per "
          "week in de autowerkplaats van ROC Midden-Vecht te Breukelen; leerjaar 3 en 4 bij ROC Midden-Vecht "
          "en de leerbedrijven. In de eerste twee leerjaren staat de leerling ingeschreven bij het Vecht "
          "College, daarna bij ROC Midden-Vecht."),
    ("p", "6.2 Het onderwijsprogramma en de examinering zijn per leerjaar beschreven in het gezamenlijke "
          "PTA/OER, dat beide colleges van bestuur vóór 1 juli vaststellen. De mbo-examinering begint in "
          "leerjaar 1 van de route."),
    ("p", "6.3 Docenten van beide partijen vormen één team. ROC Midden-Vecht zet in leerjaar 1 en 2 twee "
          "instructeurs autotechniek in (samen 0,6 fte); het Vecht College levert de mentor en de docenten "
          "Nederlands en rekenen, ook in leerjaar 3. Voor het onderdeel 'Onderhoud en APK-voorbereiding' geldt "
          "teambevoegdheid (artikel 7.13a WVO 2020); voor elk onderdeel is een bevoegde docent betrokken."),
    ("p", "6.4 Het Vecht College stelt zijn techniekhal en theorielokalen beschikbaar; ROC Midden-Vecht de "
          "autowerkplaats met hefbruggen, diagnoseapparatuur en het elektrisch-rijdenlab."),
    ("h", "VII. Uitstroom"),
    ("p", "7.1 Een leerling die de geïntegreerde route tussentijds verlaat, wordt ingeschreven in de "
          "Entree-opleiding (niveau 1) van ROC Midden-Vecht. Dit geldt ongeacht het leerjaar waarin de "
          "leerling de route verlaat."),
    ("p", "7.2 Voorafgaand aan de uitschrijving voert de mentor een uitstroomgesprek met de leerling en zijn "
          "ouders en zorgt hij voor een warme overdracht aan de Entree-opleiding."),
    ("h", "VIII. Financiële afspraken"),
    ("p", "8.1 Het Vecht College draagt op grond van artikel 5.42a WVO 2020 voor elke leerling in leerjaar 1 en "
          "2 van de route € 1.100 per schooljaar over aan ROC Midden-Vecht, bestemd voor de inzet van de "
          "instructeurs autotechniek (6.3) en het gebruik van de autowerkplaats en het elektrisch-rijdenlab "
          "(6.4). De telling vindt plaats op 1 oktober; betaling volgt vóór 1 december."),
    ("p", "8.2 Verder vindt geen overdracht van bekostiging plaats."),
    ("h", "IX. Aanvullende afspraken medezeggenschap (optioneel)"),
    ("p", "[In te vullen indien partijen aanvullende afspraken maken over de medezeggenschap.]"),
    ("h", "X. Geschilbeslechting"),
    ("p", "Geschillen tussen partijen over de uitvoering van deze overeenkomst worden beslecht door "
          "……………………………………………………………"),
    ("h", "XI. Looptijd, toetreding, wijziging en opzegging"),
    ("p", "11.1 Deze overeenkomst geldt van 1 augustus 2025 tot 1 augustus 2030 en wordt daarna telkens met "
          "vijf jaar verlengd, tenzij een partij uiterlijk 1 januari van het laatste jaar schriftelijk laat "
          "weten dat zij niet wil verlengen."),
    ("p", "11.2 Een andere school voor vbo of instelling voor beroepsonderwijs kan toetreden met schriftelijke "
          "instemming van beide partijen; de toetreding gaat in op 1 augustus, nadat de nieuwe partij zich "
          "schriftelijk aan deze overeenkomst heeft verbonden en de route bij DUO is gemeld."),
    ("p", "11.3 Wijzigingen worden schriftelijk overeengekomen door beide colleges van bestuur en gaan in bij "
          "het begin van een schooljaar."),
    ("p", "11.4 Tussentijdse opzegging is mogelijk met een termijn van twaalf maanden, tegen 1 augustus. "
          "Ontbinding kan bij een ernstige tekortkoming die na ingebrekestelling niet binnen twee maanden is "
          "hersteld."),
    ("p", "11.5 Na opzegging, niet-verlenging of ontbinding worden geen leerlingen meer toegelaten; leerlingen "
          "die al in de route zitten, kunnen de route bij partijen voltooien."),
    ("h", "XII. Ondertekening"),
    ("sig", [["Maarssen, 23 juni 2025\nStichting Voortgezet Onderwijs Vechtstreek\nG.H. Ramdin",
              "Breukelen, 23 juni 2025\nStichting ROC Midden-Vecht\nir. S. de Leeuw-Hartog"]]),
]


@sample("h111", "h111_geintegreerde_route_romeinse_koppen_vechtstreek", "pdf",
        "PDF for a geïntegreerde route with Roman-numeral sections and decimal points, Vechtstreek, "
        "Mobiliteit en transport bb -> Autotechnicus niveau 2; every leaver goes to Entree automatically, "
        "medezeggenschap left as a bracketed template line, geschilbeslechting ends in dotted lines",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "weak", "i": "weak", "j": "present"},
        H111_EV)
def build_h111(path):
    build_pdf(path, H111_TEXT, base=10.0, margins=(2.4, 2.2, 2.4, 2.4),
              header="Vecht College / ROC Midden-Vecht – SOK geïntegreerde route Autotechniek")


# --------------------------------------------------------------------------- h112
H112_EV = {
    "a": "1. Om welke route gaat het?",
    "b": "2. Scheepsinterieurbouwers en leerbedrijven",
    "c": "3. Routeleiding",
    "d": "4. Verantwoording",
    "e": "5. Organisatie van het onderwijs",
    "f": "6. Overstap",
    "g": "7. Financiën",
    "i": "8. Geschillen",
    "j": "9. Looptijd, toetreding, wijziging en beëindiging",
}

H112_TEXT = """\
# Samenwerkingsovereenkomst doorlopende leerroute Interieurbouw

**Merwede Vakcollege** (Sliedrecht) × **Vakopleidingen Interieurbouw Drechtsteden** (Dordrecht)

*Versie 1.0 – vastgesteld 2 juli 2025*

---

## Partijen

1. **Stichting Christelijk Voortgezet Onderwijs Drechtsteden**, statutair gevestigd te Dordrecht,
   bevoegd gezag van het Merwede Vakcollege, school voor vbo en mavo te Sliedrecht, vertegenwoordigd
   door mevrouw M.E. (Marjolein) de Kruijff, voorzitter van het college van bestuur – hierna **de school**.
2. **Stichting Vakopleidingen Interieurbouw Drechtsteden**, statutair gevestigd te Dordrecht, instelling
   voor beroepsonderwijs (vakinstelling), vertegenwoordigd door de heer T. (Ton) Verschoor, bestuurder –
   hierna **VID**.

Partijen leggen in deze overeenkomst hun afspraken vast over de doorlopende leerroute vmbo-mbo
die zij samen verzorgen, zoals bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB.

---

## 1. Om welke route gaat het?

| Onderdeel | Afspraak |
|---|---|
| vmbo-profiel | Bouwen, wonen en interieur (BWI) |
| Leerweg | kaderberoepsgerichte leerweg |
| mbo-opleiding | Allround meubelmaker/(scheeps)interieurbouwer, niveau 3, BOL |
| Opleidingsdomein | Afbouw, hout en onderhoud |
| Diploma's | vmbo-diploma kader (BWI) en mbo-diploma niveau 3 |
| Duur | 5 leerjaren: 2 in de vo-fase, 3 in de mbo-fase |
| Start en omvang | eerste instroom 1 augustus 2025; max. 16 leerlingen per cohort |

## 2. Scheepsinterieurbouwers en leerbedrijven

- De route wordt gedragen door het **Werkgeversplatform Interieurbouw Drechtsteden**, waarin onder meer
  Van der Giessen Scheepsinterieurs (Hardinxveld-Giessendam), Interieurbouw Kinderdijk B.V. en
  Meubelmakerij Boogaard (Papendrecht) samenwerken.
- Deze bedrijven:
  - leveren elk schooljaar twee **echte opdrachten** (bijvoorbeeld een kajuitbetimmering of een
    balie) die leerlingen in de werkplaats van VID uitvoeren;
  - nemen leerlingen van de vo-fase mee op **werkbezoek** naar de werf en geven gastlessen;
  - bieden vanaf het derde leerjaar van de route **bpv-plaatsen** met een praktijkopleider;
  - leveren **beoordelaars** voor de proeve van bekwaamheid;
  - bespreken twee keer per jaar in het platform met de routeleiding de inhoud van het programma en
    de keuzedelen; het platform adviseert ook over de aanschaf van machines.

## 3. Routeleiding

| Wie | Aangewezen door | Taken | Bevoegdheden |
|---|---|---|---|
| Routemanager (medewerker van VID) | bestuurder van VID, na instemming van het college van bestuur van de school | dagelijkse aansturing, rooster, contact met het platform, opstellen PTA/OER | beslist over toelating, plaatsing, rooster en uitgaven tot € 5.000 binnen de routebegroting |
| Teamleider BWI (medewerker van de school) | college van bestuur van de school | begeleiding leerlingen vo-fase, examinering vmbo, mentoraat | beslist over de vo-fase binnen het vastgestelde PTA |

Routemanager en teamleider vormen samen de **routeleiding** en worden aangewezen voor drie jaar. Het
PTA/OER, de routebegroting en de inzet van personeel worden op voorstel van de routeleiding door beide
besturen vastgesteld.

## 4. Verantwoording

| Wat | Wanneer | Aan wie |
|---|---|---|
| Voortgangsnotitie (leerlingaantallen, uitval, begroting) | eind januari en eind juni | college van bestuur van de school en bestuurder van VID |
| Jaarverantwoording (examenresultaten, in-, door- en uitstroom, besteding middelen) | vóór 1 oktober | idem, met bespreking in het bestuurlijk overleg in oktober |
| Melding van ernstige knelpunten | direct | beide besturen |

## 5. Organisatie van het onderwijs

- **Locaties.** De vo-fase vindt plaats op het Merwede Vakcollege; vanaf het tweede leerjaar werken de
  leerlingen elke donderdag in de werkplaats van VID aan de Zeehavenweg in Dordrecht. De mbo-fase
  vindt plaats bij VID en bij de leerbedrijven.
- **Programma en examens.** Programma, examinering en bpv staan per leerjaar in het gezamenlijke
  PTA/OER, dat beide besturen vóór 1 juli vaststellen. Het centraal examen vmbo ligt in het tweede
  leerjaar van de route; mbo-examens kunnen vanaf het eerste leerjaar.
- **Personeel.** Eén team: de docenten BWI van de school en de vakdocenten meubelmaken van VID. VID zet
  in de vo-fase 0,4 fte vakdocent in; de school levert in het derde leerjaar de mentor en een docent
  Nederlands. Voor de module *Ontwerpen en maken* gebruiken partijen de teambevoegdheid (art. 7.13a
  WVO 2020, art. 9.1.12 WEB), met voor ieder onderdeel een bevoegde docent.
- **Faciliteiten.** De school stelt het BWI-lokaal en de CAD-lokalen beschikbaar; VID de
  machinewerkplaats, de CNC-freesmachine, de spuitcabine en de materiaalopslag.

## 6. Overstap

| Situatie | Mogelijkheid | Wie beslist |
|---|---|---|
| Leerling stopt in de vo-fase | verder in de reguliere kader- of basisberoepsgerichte leerweg van de school, BWI of ander profiel, op weg naar het vmbo-diploma | school en VID samen, na gesprek met leerling en ouders |
| Geen vmbo-diploma aan het eind van leerjaar 3 van de route | doorgaan bij VID in Meubelmaker/(scheeps)interieurbouwer niveau 2 of het niveau 3-programma zonder vmbo-diploma (vooropleidingseisen gelden niet), of een extra jaar om het vmbo-diploma te halen | school en VID samen |
| Andere richting in de mbo-fase | opleiding op hetzelfde niveau bij een ROC in de regio; VID begeleidt bij aanmelding en geschiktheidsonderzoek | VID en school samen, met de student |

Bij elke keuze kijken school en VID naar het onderwijsniveau dat de leerling heeft bereikt en naar
zijn leeftijd. De uitwerking staat in de schoolgids.

## 7. Financiën

De school draagt op grond van artikel 5.42a WVO 2020 voor elke leerling in het tweede leerjaar van de
route **€ 1.400 per schooljaar** over aan VID. Dit bedrag is bestemd voor het hout- en plaatmateriaal,
het gebruik van de machinewerkplaats en de inzet van de vakdocent in de vo-fase. Telling op 1 oktober,
betaling in twee delen (december en april). Verder draagt ieder zijn eigen kosten.

## 8. Geschillen

1. Een geschil over de uitvoering van deze overeenkomst wordt eerst besproken door de routeleiding.
2. Lukt dat niet binnen vier weken, dan overleggen het college van bestuur van de school en de
   bestuurder van VID.
3. Is het geschil twee maanden na dat overleg niet opgelost, dan wordt het beslecht door arbitrage
   volgens het arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, met
   Rotterdam als plaats van arbitrage.

## 9. Looptijd, toetreding, wijziging en beëindiging

- Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
- **Toetreding**: een andere vmbo-school of mbo-instelling kan meedoen als beide partijen schriftelijk
  instemmen en de nieuwe partij deze overeenkomst ondertekent; toetreding gaat in op 1 augustus en
  wordt gezamenlijk aan DUO gemeld.
- **Wijziging**: alleen schriftelijk, ondertekend door beide besturen, en met ingang van een nieuw
  schooljaar.
- **Opzegging**: schriftelijk, uiterlijk 1 februari, met ingang van 1 augustus van het jaar daarna.
  **Ontbinding** bij een ernstige tekortkoming die na een schriftelijke ingebrekestelling niet binnen
  twee maanden is hersteld.
- **Leerlingen gaan voor**: na opzegging of ontbinding stopt de instroom, maar leerlingen die al in de
  route zitten, ronden haar bij partijen af of krijgen een plek volgens paragraaf 6.

## 10. Overige afspraken

- Partijen melden de route samen aan via RIO.
- De klachtenregeling van elke partij geldt ook voor medewerkers van de andere partij in de route.
- Persoonsgegevens worden alleen uitgewisseld voor zover nodig voor de route.

---

**Ondertekening** – Dordrecht, 2 juli 2025

| Stichting Christelijk VO Drechtsteden | Stichting Vakopleidingen Interieurbouw Drechtsteden |
|---|---|
| M.E. de Kruijff, voorzitter college van bestuur | T. Verschoor, bestuurder |
"""


@sample("h112", "h112_markdown_tabellen_vakinstelling_drechtsteden", "md",
        "Markdown agreement with a vakinstelling, mixing tables (route, leiding, verantwoording, overstap "
        "per situation) and bullets, Drechtsteden, BWI kb -> Allround meubelmaker/(scheeps)interieurbouwer "
        "niveau 3; arbitrage as final step; fully compliant, silent on medezeggenschap",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
        H112_EV)
def build_h112(path):
    Path(path).write_text(H112_TEXT, encoding="utf-8")


# =========================================================================== main

def build(keys):
    for k in keys:
        s = SAMPLES[k]
        path = OUT / (s["name"] + "." + s["ext"])
        s["build"](path)
        (OUT / (s["name"] + ".expected.json")).write_text(
            json.dumps(expected_of(s), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("wrote", path.name)


def check():
    ok = True
    for k, s in SAMPLES.items():
        path = OUT / (s["name"] + "." + s["ext"])
        probs = []
        if not path.exists():
            print("MISSING", path.name)
            ok = False
            continue
        size = path.stat().st_size
        if size >= 200 * 1024:
            probs.append("too large: %d" % size)
        try:
            texts = extract(path)
        except Exception as e:  # noqa
            probs.append("does not open: %r" % e)
            texts = []
        extra = ""
        if s["ext"] == "pdf":
            _, n = extract_pdf(path)
            extra = " pages=%d" % n
        for letter, ev in s["evidence"].items():
            if s["statuses"].get(letter) != "present":
                probs.append("evidence for non-present item %s" % letter)
            for t in texts:
                if norm(ev) not in norm(t):
                    probs.append("evidence %s not found: %r" % (letter, ev))
        jp = OUT / (s["name"] + ".expected.json")
        if not jp.exists():
            probs.append("no expected.json")
        else:
            if json.loads(jp.read_text(encoding="utf-8")) != expected_of(s):
                probs.append("expected.json differs from table")
        if set(s["statuses"]) != set("abcdefghij"):
            probs.append("statuses incomplete")
        words = len(norm(texts[0]).split()) if texts else 0
        print("%-60s %s size=%6d words=%5d%s" % (path.name, "OK " if not probs else "BAD",
                                                 size, words, extra))
        for p in probs:
            print("    ", p)
        ok = ok and not probs
    print("ALL OK" if ok else "PROBLEMS FOUND")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    keys = [a for a in argv if not a.startswith("-")] or sorted(SAMPLES, key=lambda x: int(x[1:]))
    for k in keys:
        if k not in SAMPLES:
            sys.exit("unknown sample %s" % k)
    build(keys)


if __name__ == "__main__":
    main(sys.argv[1:])
