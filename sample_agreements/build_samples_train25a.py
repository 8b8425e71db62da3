#!/usr/bin/env python3
"""Build training sample agreements 381-388 for leerroute-check.

Written by an independent helper author (session "train25a") from the two official guidance
documents in shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie),
shared/domain.md and sample_agreements/LABELS.md only -- without looking at the checker code,
its models or tests, or the texts of the other sample agreements.  Every school, instelling,
company and person below is made up.

Usage:
    python3 build_samples_train25a.py            build all samples
    python3 build_samples_train25a.py 381 384    build only those numbers
    python3 build_samples_train25a.py --check    open every produced file and verify it
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


def sample(num, name, fmt, description, statuses, evidence, text):
    assert 381 <= num <= 388 and name.startswith("%d_" % num)
    assert set(statuses) == set("abcdefghij")
    SAMPLES[num] = dict(name=name, fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, text=text)


def st(s):
    """'p w m na ...' (a..j) -> statuses dict."""
    full = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10
    return {k: full[v] for k, v in zip("abcdefghij", parts)}


# ---------------------------------------------------------------------------------------------
# A tiny markup shared by the PDF and DOCX writers.
#   #T title   #S subtitle   #R right-aligned line   ## heading   ### subheading
#   - bullet   ~ indented paragraph   > note (small, italic)   === page break
#   #TABLE widths=0.3,0.7 header=1   followed by "| a | b |" rows (cell paragraphs split by ¶)
#   plain lines are joined into one paragraph until a blank line.  **bold** inline.
# ---------------------------------------------------------------------------------------------

def parse_blocks(text):
    blocks = []
    para = []
    table = None

    def flush():
        nonlocal para
        if para:
            blocks.append(("p", " ".join(para)))
            para = []

    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if table is not None:
            if line.startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
                table["rows"].append(cells)
                continue
            blocks.append(("table", table))
            table = None
        if not line:
            flush()
            continue
        if line.startswith("#TABLE"):
            flush()
            opts = dict(o.split("=") for o in line.split()[1:])
            table = dict(widths=[float(x) for x in opts.get("widths", "1").split(",")],
                         header=opts.get("header", "1") == "1", rows=[])
            continue
        for prefix, kind in (("#T ", "title"), ("#S ", "subtitle"), ("#R ", "right"),
                             ("### ", "h2"), ("## ", "h1"), ("- ", "bullet"),
                             ("~ ", "indent"), ("> ", "note")):
            if line.startswith(prefix):
                flush()
                blocks.append((kind, line[len(prefix):]))
                break
        else:
            if line == "===":
                flush()
                blocks.append(("pagebreak", ""))
            else:
                para.append(line)
    flush()
    if table is not None:
        blocks.append(("table", table))
    return blocks


def _xml_inline(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def write_pdf(path, text, title):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    ss = getSampleStyleSheet()
    base = ParagraphStyle("base", parent=ss["Normal"], fontName="Helvetica", fontSize=9.8,
                          leading=13.2, spaceAfter=5)
    styles = {
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=15,
                                leading=19, alignment=TA_CENTER, spaceAfter=8),
        "subtitle": ParagraphStyle("s", parent=base, fontSize=9, alignment=TA_CENTER,
                                   textColor=colors.HexColor("#333333")),
        "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT, fontSize=9),
        "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=11.5,
                             leading=15, spaceBefore=9, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10,
                             spaceBefore=5, spaceAfter=3),
        "p": base,
        "bullet": ParagraphStyle("b", parent=base, leftIndent=16, bulletIndent=5),
        "indent": ParagraphStyle("i", parent=base, leftIndent=22, firstLineIndent=-14),
        "note": ParagraphStyle("n", parent=base, fontName="Helvetica-Oblique", fontSize=8.6,
                               leading=11.5, textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.8, leading=11.6, spaceAfter=3),
    }
    width = A4[0] - 4.4 * cm
    story = []
    for kind, val in parse_blocks(text):
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "bullet":
            story.append(Paragraph(_xml_inline(val), styles["bullet"], bulletText="\u2022"))
        elif kind == "table":
            data = []
            for row in val["rows"]:
                data.append([[Paragraph(_xml_inline(p.strip()), styles["cell"])
                              for p in cell.split("\u00b6") if p.strip()] or ""
                             for cell in row])
            t = Table(data, colWidths=[w * width for w in val["widths"]], splitInRow=1,
                      repeatRows=1 if val["header"] else 0)
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if val["header"]:
                cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")))
            t.setStyle(TableStyle(cmds))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(_xml_inline(val), styles[kind]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.0 * cm, title=title,
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _docx_runs(par, s, bold=False, italic=False, size=None):
    from docx.shared import Pt
    for i, piece in enumerate(re.split(r"\*\*(.+?)\*\*", s)):
        if not piece:
            continue
        r = par.add_run(piece)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def write_docx(path, text, title):
    import datetime
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    for kind, val in parse_blocks(text):
        if kind == "title":
            p = d.add_paragraph(style="Title")
            _docx_runs(p, val)
        elif kind == "subtitle":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _docx_runs(p, val, size=9)
        elif kind == "right":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _docx_runs(p, val)
        elif kind == "h1":
            p = d.add_paragraph(style="Heading 1")
            _docx_runs(p, val)
        elif kind == "h2":
            p = d.add_paragraph(style="Heading 2")
            _docx_runs(p, val)
        elif kind == "bullet":
            p = d.add_paragraph(style="List Bullet")
            _docx_runs(p, val)
        elif kind == "indent":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            _docx_runs(p, val)
        elif kind == "note":
            p = d.add_paragraph()
            _docx_runs(p, val, italic=True, size=9)
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            rows = val["rows"]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    c = t.cell(ri, ci)
                    paras = [x.strip() for x in cell.split("\u00b6") if x.strip()]
                    c.paragraphs[0].text = ""
                    for pi, ptxt in enumerate(paras):
                        cp = c.paragraphs[0] if pi == 0 else c.add_paragraph()
                        _docx_runs(cp, ptxt, bold=(ri == 0 and val["header"]))
            d.add_paragraph()
        else:
            p = d.add_paragraph()
            _docx_runs(p, val)
    cp = d.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "onbekend"
    cp.last_modified_by = "onbekend"
    cp.title = title
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so that a rebuild is byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(item.filename))


def write_plain(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


def build(num):
    s = SAMPLES[num]
    path = os.path.join(HERE, s["name"] + "." + s["fmt"])
    title = s["name"]
    if s["fmt"] == "pdf":
        write_pdf(path, s["text"], title)
    elif s["fmt"] == "docx":
        write_docx(path, s["text"], title)
    else:
        write_plain(path, s["text"])
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(json.dumps(expected(num), ensure_ascii=False, indent=2) + "\n")
    print("built", os.path.basename(path))


def expected(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        try:
            return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        finally:
            pdf.close()
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return " ".join(s.replace("\u00ad", "").split())


def check():
    ok = True
    fmts = {}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        problems = []
        if not os.path.exists(path) or not os.path.exists(jpath):
            problems.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large (%d bytes)" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa: BLE001
                text = ""
                problems.append("does not open: %r" % e)
            for item, ev in s["evidence"].items():
                if s["statuses"][item] != "present":
                    problems.append("evidence for non-present item %s" % item)
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (item, ev))
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != expected(num):
                    problems.append("expected.json differs from the table")
            words = len(text.split())
        status = "OK" if not problems else "FAIL"
        ok = ok and not problems
        print("%s %s.%s (%s words) %s" % (status, s["name"], s["fmt"],
                                         words if not problems or text else "?",
                                         "; ".join(problems)))
    print("formats:", fmts)
    return ok


# =============================================================================================
# The agreements
# =============================================================================================

# ---------------------------------------------------------------------------------------------
# 381  PDF  adviser's text: Samenvatting up front, articles in a left column and a Toelichting
#           beside them; Twente; D&P kader -> Coördinator beveiliging niveau 3.  Fully compliant.
# ---------------------------------------------------------------------------------------------
T381 = """
#R Kanters & Wolbers Onderwijsadvies | versie 3.0 | 12 mei 2025 | definitieve tekst ter ondertekening
#T Samenwerkingsovereenkomst doorlopende leerroute Veiligheid
#S Esmarke College (vmbo, Enschede) en Dinkelland College (mbo, Hengelo) – vmbo kader Dienstverlening en producten naar mbo Coördinator beveiliging (niveau 3)

## Samenvatting

Deze samenvatting is geschreven voor bestuurders, teamleiders en medezeggenschapsraden die snel willen zien wat er is afgesproken. Zij bindt partijen niet; bij verschil gaat de tekst van de artikelen voor.

- Er komt één vierjarige route: twee jaar kader Dienstverlening en producten op het Esmarke College, daarna twee jaar de opleiding Coördinator beveiliging aan het Dinkelland College.
- Vijf beveiligingsbedrijven en de gemeentelijke handhaving denken mee over het programma, leveren stageplekken en beoordelen mee bij de proeven.
- Een routeteam van drie personen stuurt de route dagelijks aan; het rapporteert twee keer per jaar schriftelijk en legt één keer per jaar mondeling verantwoording af aan beide besturen.
- Wie uit de route stapt, krijgt altijd een gezamenlijk opgesteld overstapplan met een reëel diplomaperspectief.
- Er gaat geen geld tussen de scholen over en weer.
- Leerlingen uit de route mogen vanaf het tweede jaar aanschuiven bij de studentenraad van het Dinkelland College.
- Onenigheid gaat via een vaste escalatieladder, zo nodig naar mediation en uiteindelijk de rechter.

## Leeswijzer

In de linkerkolom staan de bepalingen waaraan partijen zich binden. In de rechterkolom licht de adviseur per bepaling toe waarom zij zo is geformuleerd. De toelichting is geen onderdeel van de overeenkomst.

## Partijen

1. **Stichting Voortgezet Onderwijs Enschede-Zuid**, gevestigd te Enschede, bevoegd gezag van het Esmarke College, school voor vbo, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. H.J. (Henk) Oldenhof, hierna: **de school**;

2. **Stichting Regionaal Opleidingencentrum Dinkelland**, gevestigd te Hengelo, bevoegd gezag van het Dinkelland College, rechtsgeldig vertegenwoordigd door mevrouw ir. C.M. (Carla) Wiggers-Bosman, lid van het college van bestuur, hierna: **de instelling**;

hierna samen: partijen.

#TABLE widths=0.63,0.37 header=1
| Bepaling | Toelichting van de adviseur |
| **Artikel 1 – Begrippen**¶In deze overeenkomst wordt verstaan onder:¶a. route: de doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB die partijen op grond van deze overeenkomst gezamenlijk verzorgen;¶b. vo-fase: de eerste twee leerjaren van de route (leerjaar 3 en 4 van het vmbo), waarin de jongere als leerling van de school staat ingeschreven;¶c. mbo-fase: het derde en vierde jaar van de route, waarin de jongere als student van de instelling staat ingeschreven;¶d. routeteam: de leiding over de route als bedoeld in artikel 4. | De begrippen volgen de wet. Wij hebben bewust geen lange begrippenlijst opgenomen; wat niet gedefinieerd is, heeft de betekenis uit de WVO 2020 en de WEB. |
| **Artikel 2 – Welke route partijen samen aanbieden**¶2.1 Partijen verzorgen met ingang van het schooljaar 2025-2026 één route die loopt van het profiel Dienstverlening en producten in de kaderberoepsgerichte leerweg van de school naar de opleiding Coördinator beveiliging, niveau 3, beroepsopleidende leerweg, van het kwalificatiedossier Particuliere beveiliging in het opleidingsdomein Veiligheid en sport van de instelling.¶2.2 Binnen het profiel kiezen de leerlingen van de route verplicht de keuzevakken Veiligheid en beveiliging en Mens en activiteit; daarnaast volgen zij vanaf leerjaar 4 het mbo-onderdeel Basis beveiliging.¶2.3 De route duurt vier schooljaren. De jongere behaalt eerst het vmbo-diploma kaderberoepsgerichte leerweg en vervolgens het mbo-diploma Coördinator beveiliging. | De keuze voor kader naar niveau 3 past bij de wettelijke koppeling van leerweg en niveau. Dat de keuzevakken verplicht zijn, is een bewuste keuze van de school: zo sluit het vmbo-deel inhoudelijk aan en kan overlap in lesstof worden geschrapt. |
| **Artikel 3 – Wie er vanuit de beveiligingsbranche meedoet**¶3.1 De praktijk is in de route vertegenwoordigd door de Branchetafel Veiligheid Twente, waarin in elk geval zitting hebben: Veiligheidsdiensten Ootmarsum B.V., TwenteGuard Security B.V., Securion Oost B.V., Evenementenbeveiliging Hof van Twente en Objectbewaking Noord-Oost B.V., alsmede de afdeling Toezicht en Handhaving van de gemeente Enschede. De deelnemers hebben hun medewerking schriftelijk bevestigd; de bevestigingen zijn als bijlage 1 bij deze overeenkomst gevoegd.¶3.2 Deze partners verzorgen in leerjaar 3 voor iedere leerling twee meeloopdagen, stellen vanaf leerjaar 4 per cohort ten minste veertien plaatsen voor beroepspraktijkvorming beschikbaar als erkend leerbedrijf, leveren per schooljaar ten minste drie levensechte casussen aan voor het profielvak en leveren een praktijkbeoordelaar bij de proeven van bekwaamheid.¶3.3 De Branchetafel komt twee keer per schooljaar bijeen met het routeteam en adviseert dan over de inhoud van het programma, de keuze van keuzedelen en de aansluiting op de arbeidsmarkt. Het routeteam zendt het advies met zijn reactie door aan beide besturen. | De wet vraagt niet óf maar hóe het bedrijfsleven betrokken wordt. Daarom staan de namen, de rollen en de aantallen in de tekst. Een nieuwe partner aan tafel is geen wijziging van de overeenkomst, zolang de verplichtingen uit 3.2 overeind blijven. |
| **Artikel 4 – Het routeteam: samenstelling, aanwijzing en mandaat**¶4.1 De route wordt geleid door een routeteam van drie personen: de afdelingsleider kaderberoepsgerichte leerweg van de school, de opleidingsmanager Veiligheid van de instelling en een routecoördinator. | Dit artikel regelt de drie dingen die de wet over de leiding vraagt: wie erin zit, hoe zij worden aangewezen en wat zij mogen. |
| 4.2 De afdelingsleider wordt voor het routeteam aangewezen bij schriftelijk besluit van het college van bestuur van de school, de opleidingsmanager bij schriftelijk besluit van het college van bestuur van de instelling. De routecoördinator wordt door beide colleges gezamenlijk benoemd, op voordracht van de twee andere leden, voor drie schooljaren; herbenoeming is eenmaal mogelijk. | Voor de routecoördinator is gekozen voor een gezamenlijke benoeming, zodat deze persoon niet als vertegenwoordiger van één partij wordt gezien. |
| 4.3 Het routeteam heeft tot taak: de dagelijkse uitvoering van de route; het opstellen van het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling voor de route (PTA/OER); de roostering van de gezamenlijke lesdagen; de intake en plaatsing van leerlingen; het contact met de Branchetafel; het opstellen van overstapplannen (artikel 7) en de kwaliteitszorg. |  |
| 4.4 De besturen dragen het routeteam de bevoegdheid op om zelfstandig te beslissen over de roosters, de plaatsing van leerlingen in de route, de verdeling van de in artikel 6 genoemde docenturen binnen de door de besturen vastgestelde formatie en over uitgaven tot € 15.000 per schooljaar uit de budgetten die partijen daarvoor ieder in hun begroting opnemen. Het vaststellen van het PTA/OER, het aangaan van verplichtingen boven dat bedrag en personele besluiten blijven voorbehouden aan de besturen en, voor de examinering, aan de examencommissies. | Het mandaat is bewust begrensd. Wat niet in 4.4 staat, ligt bij de besturen. |
| **Artikel 5 – Rapporteren aan de besturen**¶5.1 Het routeteam stuurt beide colleges van bestuur twee keer per jaar, vóór 1 maart en vóór 1 oktober, een schriftelijke voortgangsnotitie over instroom, tussentijdse uitstroom en overstappen, studievoortgang en examenresultaten, de beroepspraktijkvorming en de besteding van het budget uit artikel 4.4.¶5.2 Eenmaal per jaar, in november, legt het routeteam in een bestuurlijk overleg met beide colleges mondeling verantwoording af over het afgelopen schooljaar. Van dit overleg wordt een verslag gemaakt dat beide colleges vaststellen.¶5.3 Het routeteam informeert beide colleges onverwijld over incidenten die de veiligheid van leerlingen of de continuïteit van de route raken. | Twee vaste momenten en één jaargesprek: genoeg om de besturen in positie te houden zonder het routeteam met rapportages te overladen. |
| **Artikel 6 – Onderwijs, mensen en middelen**¶6.1 Leerjaar 3 wordt volledig gegeven in het gebouw van de school aan de Esmarkelaan te Enschede. In leerjaar 4 volgen de leerlingen één dag per week les op de locatie Veiligheidsplein van de instelling te Hengelo. Het derde en vierde jaar van de route worden op die locatie van de instelling gegeven.¶6.2 Het onderwijsprogramma en de examinering per leerjaar, met de beroepspraktijkvorming, worden beschreven in het gezamenlijke PTA/OER, dat jaarlijks vóór 1 oktober door beide besturen wordt vastgesteld. Daarin staat welke onderdelen vmbo zijn, welke mbo en welke gecombineerd.¶6.3 Voor de vakoverstijgende praktijkonderdelen werken docenten van beide partijen als één team met gebruikmaking van de teambevoegdheid; het PTA/OER vermeldt in welke onderdelen het team wordt ingezet. Twee instructeurs beveiliging van de instelling geven in leerjaar 4 wekelijks vier lesuren op de school; de docent Dienstverlening en producten van de school begeleidt in het derde jaar van de route de loopbaanlessen op de instelling. Iedere medewerker blijft in dienst van de eigen werkgever, die ook zorgt voor zijn scholing.¶6.4 De leerlingen maken gebruik van de oefenmeldkamer en de trainingshal van de instelling; de instelling gebruikt voor de route het praktijklokaal Dienstverlening en producten en de gymzaal van de school. Het routeteam legt het gebruik jaarlijks vast in het rooster; over en weer worden daarvoor geen kosten in rekening gebracht.¶6.5 Een klacht die bij de school wordt ingediend over een medewerker van de instelling, wordt door de school behandeld met medewerking van de instelling, die de betrokken medewerker aanspreekt; andersom geldt hetzelfde. | Artikel 6 bevat de organisatorische en onderwijskundige inrichting: waar, wat, met wie en met welke voorzieningen. De detailplanning staat in het PTA/OER en het rooster en hoeft daarom niet in de overeenkomst. |
| **Artikel 7 – Als de route niet (meer) past**¶7.1 Stopt een jongere met de route, of blijkt de route niet bij hem te passen, dan stellen de school en de instelling samen, binnen vier weken en na een gesprek met de jongere en zijn ouders, een overstapplan op. De keuze wordt gemaakt op basis van het niveau dat de jongere heeft bereikt, zijn leeftijd en zijn eigen wensen. | De wet vraagt een gezamenlijk oordeel over niveau en leeftijd. Dat is in 7.1 vertaald naar een vaste termijn en een overstapplan. |
| 7.2 In de vo-fase kan de jongere in elk geval het reguliere programma van de kaderberoepsgerichte leerweg, profiel Dienstverlening en producten, op de school voortzetten of overstappen naar een ander profiel van de school, met als doel het vmbo-diploma.¶7.3 Heeft de jongere het vmbo-diploma behaald, dan kan hij instromen in een andere opleiding van de instelling op niveau 3, ook in een ander domein, of in de opleiding Beveiliger op niveau 2.¶7.4 Heeft de jongere aan het einde van het derde jaar van de route het vmbo-diploma niet behaald, dan kan hij zijn mbo-opleiding bij de instelling voortzetten of overstappen naar een andere opleiding van vergelijkbaar niveau bij de instelling; de instelling stelt daarbij geen vooropleidingseisen. Hij kan er ook voor kiezen een jaar over te doen om het vmbo-diploma alsnog te halen.¶7.5 Wil de jongere naar een andere instelling, dan helpen partijen hem daarbij, onder meer met een warme overdracht; die instelling kan hem toelaten na een geschiktheidsonderzoek. De uitwerking van deze werkwijze staat in de schoolgids van de school en in de studiegids van de instelling. | Overstap binnen dezelfde instelling mag niet afhangen van vooropleidingseisen; dat is in 7.4 expliciet gemaakt. |
| **Artikel 8 – Geld**¶Partijen dragen geen bekostiging aan elkaar over. Iedere partij draagt de kosten van het eigen personeel en de eigen voorzieningen; de wederzijdse inzet uit artikel 6 wordt niet verrekend. | Omdat er niets wordt overgedragen, hoeven omvang en bestemming niet te worden vastgelegd. De zin maakt dat voor de accountant en de inspectie expliciet. |
| **Artikel 9 – Inspraak van leerlingen, ouders en personeel**¶9.1 Leerlingen van de route die in de vo-fase zitten, mogen vanaf leerjaar 4 met twee vertegenwoordigers als toehoorder met spreekrecht deelnemen aan de vergaderingen van de studentenraad van de instelling.¶9.2 Eenmaal per schooljaar overleggen een delegatie van de medezeggenschapsraad van de school en de studentenraad van de instelling samen met het routeteam over de route. Beide raden ontvangen het verslag uit artikel 5.2.¶9.3 Voorgenomen besluiten over een ingrijpende wijziging van de route worden vooraf voor advies voorgelegd aan zowel de medezeggenschapsraad van de school als de studentenraad en de ondernemingsraad van de instelling. | De wettelijke regimes (WMS voor de vo-fase, WEB en WOR voor de mbo-fase) blijven gelden. Artikel 9 voegt daar iets aan toe, zodat leerlingen in de vo-fase al een stem hebben in de instelling waar zij straks studeren. |
| **Artikel 10 – Als partijen het oneens zijn**¶10.1 Een verschil van mening over de uitvoering van deze overeenkomst wordt eerst binnen het routeteam besproken. Lukt het niet om binnen twee weken tot een oplossing te komen, dan legt het routeteam het voor aan de twee bestuursvoorzitters, die binnen vier weken samen een besluit nemen.¶10.2 Komen de bestuurders er niet uit, dan schakelen partijen een mediator in van het register van de Mediatorsfederatie Nederland; de kosten delen zij gelijk.¶10.3 Levert mediation binnen drie maanden geen oplossing op, dan kan iedere partij het geschil voorleggen aan de bevoegde rechter van de rechtbank Overijssel, locatie Almelo. | Een escalatieladder met termijnen voorkomt dat een geschil blijft hangen. Mediation is gekozen boven arbitrage vanwege de kosten. |
| **Artikel 11 – Looptijd, nieuwe deelnemers, opzegging en wijziging**¶11.1 Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd. | Het doel van dit artikel: wat er ook verandert, een leerling die in de route zit, moet haar kunnen afmaken. |
| 11.2 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs in Twente kan tot deze overeenkomst toetreden als beide partijen daar schriftelijk mee instemmen, de nieuwe partij alle verplichtingen uit deze overeenkomst aanvaardt en de toetreding ingaat bij de start van een schooljaar. De toetreding wordt vastgelegd in een door alle partijen ondertekende toetredingsverklaring; partijen melden de nieuwe deelname gezamenlijk bij DUO. |  |
| 11.3 Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 31 juli van een schooljaar, met een opzegtermijn van ten minste twaalf maanden. Na een opzegging stromen geen nieuwe leerlingen meer in. Leerlingen en studenten die op het moment van opzegging in de route zijn ingeschreven, ronden de route af onder de voorwaarden van deze overeenkomst, die voor hen van kracht blijft.¶11.4 Schiet een partij ernstig tekort en herstelt zij dat niet binnen twee maanden na een schriftelijke ingebrekestelling, dan kan de andere partij de overeenkomst ontbinden; ook dan geldt 11.3, tweede en derde zin. |  |
| 11.5 Wijzigingen zijn alleen geldig als zij schriftelijk zijn vastgelegd en door beide besturen zijn ondertekend, na advies van het routeteam. Een wijziging gaat niet in tijdens een lopend schooljaar, tenzij zij de positie van de leerlingen niet raakt. |  |
| **Artikel 12 – Slot**¶12.1 Partijen melden de route gezamenlijk aan de minister door registratie in RIO.¶12.2 Op deze overeenkomst is Nederlands recht van toepassing. | Registratie in RIO is nodig om de wettelijke ruimte (teambevoegdheid, gespreide examinering) te mogen gebruiken. |

Aldus overeengekomen en in tweevoud ondertekend te Hengelo op 12 mei 2025.

#TABLE widths=0.5,0.5 header=0
| Stichting Voortgezet Onderwijs Enschede-Zuid¶drs. H.J. Oldenhof, voorzitter college van bestuur¶¶handtekening: ______________________ | Stichting Regionaal Opleidingencentrum Dinkelland¶ir. C.M. Wiggers-Bosman, lid college van bestuur¶¶handtekening: ______________________ |

> Bijlage 1 (bevestigingen van de leden van de Branchetafel Veiligheid Twente) is niet in deze uitdraai opgenomen.
"""

sample(
    381, "381_adviseur_toelichting_twente_beveiliging", "pdf",
    "PDF written by an external adviser: Samenvatting, leeswijzer, articles in a left column with a "
    "non-binding Toelichting beside them; Twente, vmbo kader Dienstverlening en producten -> "
    "Coördinator beveiliging niveau 3; plain headings in question-free everyday words; fully "
    "compliant, explicit no transfer, extra medezeggenschap (vo-pupils in studentenraad).",
    st("p p p p p p p p p p"),
    {"a": "Artikel 2 – Welke route partijen samen aanbieden",
     "b": "Artikel 3 – Wie er vanuit de beveiligingsbranche meedoet",
     "c": "Artikel 4 – Het routeteam: samenstelling, aanwijzing en mandaat",
     "d": "Artikel 5 – Rapporteren aan de besturen",
     "e": "Artikel 6 – Onderwijs, mensen en middelen",
     "f": "Artikel 7 – Als de route niet (meer) past",
     "g": "Artikel 8 – Geld",
     "h": "Artikel 9 – Inspraak van leerlingen, ouders en personeel",
     "i": "Artikel 10 – Als partijen het oneens zijn",
     "j": "Artikel 11 – Looptijd, nieuwe deelnemers, opzegging en wijziging"},
    T381)


# ---------------------------------------------------------------------------------------------
# 382  DOCX  every article opens with "Doel" and then "Afspraak"; praktijkgerichte vmbo school and a
#            big ROC with many locations; Zuid-Limburg; D&P bb/kb -> sport niveau 2 and 3.
#            Defect: c weak -- the routeteam is described at length (samenstelling, taken,
#            bevoegdheden) but nothing says who appoints its members or how.
# ---------------------------------------------------------------------------------------------
T382 = """
#T Samenwerkingsovereenkomst doorlopende leerroutes Sport en bewegen Parkstad
#S tussen Vakschool Heuvelland (praktijkgericht vmbo, Heerlen) en het Maasheuvel College (ROC Maas en Heuvelland)

## Partijen

De ondertekenaars:

**Stichting Praktijkgericht Onderwijs Parkstad**, statutair gevestigd te Heerlen, bevoegd gezag van **Vakschool Heuvelland**, een praktijkgerichte school voor vbo met uitsluitend de basisberoepsgerichte en de kaderberoepsgerichte leerweg (brinnummer 99XA), te dezen vertegenwoordigd door haar bestuurder, mevrouw M.L.H. (Marij) Hermans-Cobben, hierna **Vakschool Heuvelland**;

en

**Stichting Regionaal Opleidingencentrum Maas en Heuvelland**, statutair gevestigd te Sittard, bevoegd gezag van het **Maasheuvel College**, een instelling voor beroepsonderwijs met ruim twintig locaties tussen Weert en Vaals, te dezen vertegenwoordigd door de voorzitter van het college van bestuur, de heer dr. P.G.J. (Pieter) Meulenberg, hierna **het Maasheuvel College**;

overwegen het volgende. Het Maasheuvel College verzorgt zijn sportopleidingen op vier locaties. Deze overeenkomst wordt op bestuursniveau gesloten en geldt voor de hele instelling; de uitvoering ligt bij de Sportcampus Heerlen, onderdeel van het cluster Sport, Veiligheid en Uiterlijke Verzorging. Partijen willen leerlingen uit Parkstad die van bewegen hun beroep willen maken, een ononderbroken leerweg bieden. Zij spreken daarom het volgende af. Elk artikel begint met het doel dat partijen ermee nastreven; daarna volgt wat zij afspreken.

## Artikel 1. De routes

**Doel.** Voor leerlingen en ouders moet vanaf de keuze in leerjaar 2 duidelijk zijn waar de route begint en op welk diploma zij uitkomt.

**Afspraak.** Partijen verzorgen samen twee doorlopende leerroutes vmbo-mbo:

~ a. vanuit het profiel Dienstverlening en producten, basisberoepsgerichte leerweg, naar de opleiding Medewerker sport en recreatie, niveau 2 (basisberoepsopleiding, BOL), in het opleidingsdomein Veiligheid en sport;

~ b. vanuit het profiel Dienstverlening en producten, kaderberoepsgerichte leerweg, naar de opleiding Sport- en bewegingsleider, niveau 3 (vakopleiding, BOL), in hetzelfde opleidingsdomein.

Beide routes beginnen in leerjaar 3 van Vakschool Heuvelland en leiden tot het vmbo-diploma van de betreffende leerweg en het mbo-diploma van de genoemde opleiding. In leerjaar 3 en 4 kiezen de leerlingen de keuzevakken Sport en bewegen en Voorbereiding op sportieve activiteiten.

## Artikel 2. Sportaanbieders in de route

**Doel.** Leerlingen leren het vak waar het beoefend wordt: bij verenigingen, in de buurt en in sportbedrijven. Het werkveld moet mee kunnen bepalen wat de leerlingen leren.

**Afspraak.** De volgende organisaties doen mee en hebben hun rol schriftelijk bevestigd: Sportbedrijf Parkstad (het gemeentelijke sportbedrijf van Heerlen, Kerkrade en Landgraaf), Stichting Heuvellandsport (werkgever van de buurtsportcoaches), Vitaal Limburg Fitness B.V., zwembad De Geleenbeek en Voetbalvereniging Schaesberg '28.

- Zij bieden samen ieder schooljaar ten minste één plaats voor beroepspraktijkvorming per student in het derde en vierde jaar van de route; Sportbedrijf Parkstad coördineert de plaatsing.
- Buurtsportcoaches van Stichting Heuvellandsport verzorgen in leerjaar 3 en 4 zes gastlessen per schooljaar en laten leerlingen meedraaien bij de naschoolse sportactiviteiten in de wijk.
- Leerlingen organiseren als praktijkopdracht jaarlijks de Parkstad Sportdag voor basisschoolleerlingen, met begeleiding door medewerkers van Sportbedrijf Parkstad.
- Praktijkopleiders van de deelnemende organisaties beoordelen mee bij de proeve van bekwaamheid.
- De werkveldcommissie Sport Parkstad, waarin elke organisatie één zetel heeft, komt twee keer per schooljaar samen met het routeteam en geeft advies over de keuzedelen, de opdrachten en de aansluiting op het werk. Het advies wordt in het jaarverslag (artikel 4) opgenomen.

## Artikel 3. Het routeteam

**Doel.** De route heeft één team dat haar dagelijks aanstuurt, zodat leerlingen, ouders, docenten en sportaanbieders weten bij wie zij terecht kunnen en beslissingen niet tussen twee organisaties blijven liggen.

**Afspraak.** De leiding over beide routes ligt bij het routeteam.

~ a. Het routeteam bestaat uit vier leden: twee medewerkers van Vakschool Heuvelland en twee medewerkers van het Maasheuvel College, onder wie in elk geval één medewerker met ervaring in de begeleiding van de beroepspraktijkvorming. Het voorzitterschap wisselt ieder schooljaar tussen Vakschool Heuvelland en het Maasheuvel College. De leden hebben hiervoor in hun taakbeleid ieder ten minste 120 uur per schooljaar.

~ b. Het routeteam is belast met: het samenstellen en bewaken van het programma over de vier jaren; het voorbereiden van het gezamenlijke PTA/OER; de roosters van de gezamenlijke lesdagen en de bpv-periodes; de intake en plaatsing van leerlingen in de routes; de afstemming met de sportaanbieders en de werkveldcommissie; het bespreken van de voortgang van iedere leerling ten minste drie keer per schooljaar; het opstellen van overstapplannen (artikel 6); en de jaarlijkse evaluatie.

~ c. Het routeteam beslist zelfstandig over de roosters, de toelating tot en plaatsing in de routes, de verdeling van de gezamenlijke lesuren over docenten van beide partijen binnen de formatie die elk bestuur daarvoor beschikbaar stelt, de planning van het gebruik van de sportvoorzieningen en de overstapplannen voor individuele leerlingen. Het routeteam mag voor de routes uitgaven doen tot € 10.000 per schooljaar ten laste van het leermiddelenbudget van de route.

~ d. Buiten de bevoegdheden van het routeteam vallen: het vaststellen van het PTA/OER, personele besluiten, het aangaan van overeenkomsten met derden en uitgaven boven het genoemde bedrag. Hierover beslissen de besturen, voor de examinering na advies van de examencommissies.

## Artikel 4. Verantwoording aan de besturen

**Doel.** Beide besturen blijven verantwoordelijk voor het onderwijs aan hun leerlingen en studenten en moeten daarom op tijd weten hoe de routes lopen.

**Afspraak.** Het routeteam stuurt beide besturen ieder kwartaal een overzicht van instroom, verzuim, tussentijdse uitstroom en overstappen per route. Vóór 15 juli stelt het routeteam een jaarverslag op over het afgelopen schooljaar, met de examenresultaten, de resultaten van de bpv, de besteding van het budget uit artikel 3 en het advies van de werkveldcommissie. In september bespreken beide bestuurders het jaarverslag met het routeteam in een bestuurlijk overleg, waarin het routeteam verantwoording aflegt. De besluiten uit dat overleg worden schriftelijk vastgelegd.

## Artikel 5. Het onderwijs: waar, door wie en met welke voorzieningen

**Doel.** Eén samenhangend programma zonder dubbelingen, gegeven door een vast team, met de beste voorzieningen van beide partijen.

**Afspraak.**

~ a. Leerjaar 3 wordt gegeven op Vakschool Heuvelland, Akerstraat te Heerlen. In leerjaar 4 volgen de leerlingen twee dagdelen per week les op de Sportcampus Heerlen van het Maasheuvel College. Het derde en vierde jaar van de route worden op de Sportcampus Heerlen gegeven. Tot en met het tweede jaar van de route staan de leerlingen ingeschreven bij Vakschool Heuvelland, daarna bij het Maasheuvel College.

~ b. Het onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming zijn beschreven in het gezamenlijke PTA/OER van de routes, dat de besturen ieder jaar vóór 1 oktober vaststellen. Het vmbo-examen wordt uiterlijk in het derde jaar van de route afgerond.

~ c. Twee docenten sport en bewegen van het Maasheuvel College geven in leerjaar 4 zes lesuren per week op Vakschool Heuvelland. De docent lichamelijke opvoeding en de docent Dienstverlening en producten van Vakschool Heuvelland geven in het derde jaar van de route samen vier lesuren per week op de Sportcampus. Voor de vakoverstijgende onderdelen sport, bewegen en begeleiden werken zij als één team met teambevoegdheid; het PTA/OER vermeldt welke onderdelen dat zijn. Iedere docent blijft in dienst van het eigen bestuur.

~ d. De leerlingen gebruiken de sporthal, de fitnessruimte en de klimwand van de Sportcampus; het Maasheuvel College gebruikt voor de routes de twee gymzalen en het praktijklokaal van Vakschool Heuvelland. Het routeteam legt de uren vast in het jaarrooster.

~ e. Een klacht bij Vakschool Heuvelland over een medewerker van het Maasheuvel College, of omgekeerd, wordt behandeld volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere partij werkt mee en hoort de betrokken medewerker.

## Artikel 6. Overstappen

**Doel.** Geen leerling verlaat de route zonder een plek waar hij een diploma kan halen.

**Afspraak.** Wil of moet een leerling de route verlaten, dan bespreekt het routeteam binnen drie weken met de leerling en zijn ouders wat het beste vervolg is. Vakschool Heuvelland en het Maasheuvel College beslissen daarover samen, op grond van het niveau dat de leerling heeft bereikt en zijn leeftijd, en leggen het besluit vast in een overstapplan.

- Tijdens de eerste twee jaar van de route kan de leerling in dezelfde leerweg verder in het reguliere programma van een ander profiel van Vakschool Heuvelland, of verder in de andere route uit artikel 1, met het vmbo-diploma als doel.
- Na het behalen van het vmbo-diploma kan de student overstappen naar een andere opleiding van het Maasheuvel College op hetzelfde niveau, op elke locatie van de instelling.
- Een leerling die aan het einde van het derde jaar van de route zijn vmbo-diploma niet heeft, kan bij het Maasheuvel College doorgaan in een opleiding van hetzelfde niveau; het Maasheuvel College stelt dan geen vooropleidingseisen. Hij kan ook het examenjaar overdoen op Vakschool Heuvelland.
- Een leerling die naar een andere instelling wil, wordt daarbij begeleid met een warme overdracht.

De werkwijze staat ook in de schoolgids van Vakschool Heuvelland.

## Artikel 7. Financiën

**Doel.** De kosten vallen waar het onderwijs gegeven wordt.

**Afspraak.** Met toepassing van artikel 5.42a WVO 2020 draagt Vakschool Heuvelland voor iedere leerling die op 1 oktober in leerjaar 4 van een route staat ingeschreven € 1.150 van de ontvangen bekostiging over aan het Maasheuvel College. Het bedrag is bestemd voor de inzet van de docenten van het Maasheuvel College op Vakschool Heuvelland (artikel 5, onder c) en het gebruik van de sportvoorzieningen van de Sportcampus. Betaling gebeurt in twee gelijke delen, op 1 december en 1 mei. Verder wordt er niets verrekend.

## Artikel 8. Medezeggenschap

**Doel.** Leerlingen, ouders en medewerkers praten mee over de route, ook als zij formeel nog bij de andere partij horen.

**Afspraak.** Naast de wettelijke regelingen (WMS voor Vakschool Heuvelland, WEB en WOR voor het Maasheuvel College) geldt het volgende:

- de studentenraad van de Sportcampus Heerlen nodigt twee leerlingen uit het tweede jaar van de route uit om als vaste gast met spreekrecht deel te nemen aan zijn vergaderingen;
- de medezeggenschapsraad van Vakschool Heuvelland en de studentenraad van de Sportcampus ontvangen beide het jaarverslag uit artikel 4 en houden daarover eenmaal per jaar een gezamenlijke vergadering met het routeteam;
- voorstellen tot wijziging van deze overeenkomst worden voor advies voorgelegd aan de medezeggenschapsraad van Vakschool Heuvelland en aan de studentenraad en de ondernemingsraad van het Maasheuvel College.

## Artikel 9. Geschillen

**Doel.** Een meningsverschil tussen partijen mag het onderwijs aan de leerlingen niet raken.

**Afspraak.** Partijen leggen een verschil van inzicht over de uitvoering van deze overeenkomst eerst voor aan het routeteam. Lukt het daar niet binnen drie weken, dan komen de directeur van Vakschool Heuvelland en de clusterdirecteur Sport, Veiligheid en Uiterlijke Verzorging bijeen; daarna de bestuurder en de voorzitter van het college van bestuur. Blijft het geschil bestaan, dan wordt het voorgelegd aan een commissie van drie personen: ieder bestuur wijst één lid aan en die twee kiezen samen een onafhankelijke voorzitter. De commissie geeft binnen zes weken een bindend advies.

## Artikel 10. Duur, toetreding, opzegging en wijziging

**Doel.** De routes moeten kunnen groeien en veranderen, maar een leerling die begonnen is, moet haar kunnen afmaken.

**Afspraak.**

~ a. Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd.

~ b. Een andere vmbo-school of instelling voor beroepsonderwijs kan toetreden met schriftelijke instemming van beide partijen, mits zij de afspraken in deze overeenkomst onderschrijft en de route op dezelfde wijze gaat verzorgen. Toetreding gaat in op 1 augustus van een schooljaar en wordt gezamenlijk gemeld bij DUO.

~ c. Opzegging gebeurt schriftelijk, met een termijn van ten minste één schooljaar, tegen 1 augustus. Na opzegging worden geen nieuwe leerlingen meer tot de routes toegelaten; leerlingen die al in een route zitten, maken die af volgens deze overeenkomst.

~ d. Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend. Een wijziging die leerlingen raakt, gaat pas in bij het begin van een volgend schooljaar en geldt alleen voor leerlingen die daarna instromen, tenzij zij voor de zittende leerlingen gunstig is.

## Ondertekening

Aldus overeengekomen te Heerlen op 2 juni 2025.

#TABLE widths=0.5,0.5 header=0
| Stichting Praktijkgericht Onderwijs Parkstad¶M.L.H. Hermans-Cobben, bestuurder | Stichting Regionaal Opleidingencentrum Maas en Heuvelland¶dr. P.G.J. Meulenberg, voorzitter college van bestuur |
"""

sample(
    382, "382_doel_dan_afspraak_parkstad_sport", "docx",
    "DOCX, every article opens with 'Doel.' and then 'Afspraak.'; praktijkgerichte vmbo school with a "
    "big many-location ROC; Zuid-Limburg, Dienstverlening en producten bb/kb -> Medewerker sport en "
    "recreatie niveau 2 and Sport- en bewegingsleider niveau 3; subtle defect: the routeteam article "
    "is long (composition, tasks, mandate) but never says who appoints its members -> c weak.",
    st("p p w p p p p p p p"),
    {"a": "Artikel 1. De routes",
     "b": "Artikel 2. Sportaanbieders in de route",
     "d": "Artikel 4. Verantwoording aan de besturen",
     "e": "Artikel 5. Het onderwijs: waar, door wie en met welke voorzieningen",
     "f": "Artikel 6. Overstappen",
     "g": "Artikel 7. Financiën",
     "h": "Artikel 8. Medezeggenschap",
     "i": "Artikel 9. Geschillen",
     "j": "Artikel 10. Duur, toetreding, opzegging en wijziging"},
    T382)


# ---------------------------------------------------------------------------------------------
# 383  TXT  very short, plain "wij"-language, numbered points without headings; Zeeland;
#           Zorg en welzijn bb -> Kapper niveau 2.  Fully compliant; silent on medezeggenschap.
# ---------------------------------------------------------------------------------------------
T383 = """
AFSPRAKEN DOORLOPENDE LEERROUTE KAPPER – GOES

Wij, Stichting Voortgezet Onderwijs De Bevelanden (bevoegd gezag van Vakcollege Goes-Oost, vmbo) en Stichting ROC Zeeuwse Stromen (bevoegd gezag van het mbo-college Zeeuwse Stromen), spreken het volgende met elkaar af.

1. Wat we aanbieden. Leerlingen van Vakcollege Goes-Oost met het profiel Zorg en welzijn in de basisberoepsgerichte leerweg kunnen vanaf leerjaar 3 kiezen voor de route naar de opleiding Kapper, niveau 2 (BOL), uit het kwalificatiedossier Haarverzorging van ROC Zeeuwse Stromen. Zij halen eerst het vmbo-diploma en daarna het mbo-diploma Kapper.

2. Met wie uit het vak. Kapsalon Lotte (Goes), Haarstudio Zeewind (Middelburg) en Salon Kopstuk (Kapelle) nemen iedere student op voor de stage, geven in leerjaar 4 elk twee demonstratielessen en zitten met een eigen kapper in de jury van de proeve van bekwaamheid. Eenmaal per jaar zeggen zij ons wat er in het lesprogramma beter kan.

3. Wie de leiding heeft. De afdelingsleider Zorg en welzijn van het vakcollege en de teamleider Uiterlijke verzorging van het ROC leiden de route samen. Zij worden daarvoor aangewezen door de directeur van het vakcollege en de collegedirecteur van het ROC. Zij maken het rooster, plaatsen leerlingen in de route, stellen het gezamenlijke PTA/OER op voor vaststelling door beide besturen en beslissen over uitgaven tot € 5.000 per jaar. Al het andere beslissen de besturen.

4. Hoe zij verantwoording afleggen. Elk jaar in februari en in juli sturen zij beide besturen een verslag van twee pagina's: hoeveel leerlingen instroomden, afhaakten of overstapten en hoe de examens gingen. Het juliverslag bespreken zij met beide besturen in het bestuurlijk overleg van september.

5. Waar en door wie. Leerjaar 3 is op het vakcollege. In leerjaar 4 gaan de leerlingen elke woensdag naar de leersalon van het ROC in Goes. Jaar 3 en 4 van de route zijn helemaal op het ROC. Een docent haarverzorging van het ROC geeft in leerjaar 4 vier uur per week les op het vakcollege; de docent Zorg en welzijn van het vakcollege blijft in jaar 3 mentor van de groep. Docenten blijven in dienst van hun eigen school. Het vakcollege mag de leersalon van het ROC gebruiken; het ROC mag het praktijklokaal verzorging van het vakcollege gebruiken. Het programma en de examens per leerjaar staan in het gezamenlijke PTA/OER.

6. Als het niet lukt. Stopt een leerling met de route, dan kijken het vakcollege en het ROC samen met de leerling en de ouders naar wat hij bereikt heeft en hoe oud hij is. In leerjaar 3 of 4 kan hij het gewone basisprogramma Zorg en welzijn van het vakcollege afmaken. Na het vmbo-diploma kan hij naar een andere niveau 2-opleiding van het ROC. Zonder vmbo-diploma aan het eind van jaar 3 kan hij toch verder in een niveau 2-opleiding van het ROC; het ROC stelt dan geen vooropleidingseisen.

7. Geld. Er gaat geen geld tussen ons over en weer; wij dragen geen bekostiging aan elkaar over.

8. Als we het oneens zijn. Komen de afdelingsleider en de teamleider er samen niet uit, dan praten de twee bestuurders erover. Lukt dat niet binnen een maand, dan vragen wij een mediator. Helpt ook dat niet, dan beslist de rechtbank Zeeland-West-Brabant.

9. Erbij komen, stoppen en veranderen. Een andere school of een ander ROC kan meedoen als wij allebei schriftelijk akkoord gaan; dat kan alleen vanaf 1 augustus en wordt gemeld bij DUO. Stoppen kan alleen schriftelijk tegen 1 augustus, met één jaar opzegtermijn; daarna nemen wij geen nieuwe leerlingen meer aan en maken leerlingen die al in de route zitten haar af. Wijzigingen schrijven we op en ondertekenen we allebei; ze gelden pas vanaf het volgende schooljaar, zodat leerlingen er midden in het jaar geen last van hebben.

Goes, 16 juni 2025

Namens Stichting Voortgezet Onderwijs De Bevelanden: J. de Kraker, bestuurder
Namens Stichting ROC Zeeuwse Stromen: drs. A.W. Dieleman-Poppe, voorzitter college van bestuur
"""

sample(
    383, "383_zeer_kort_wij_vorm_zeeland_kapper", "txt",
    "TXT, very short (one page) plain-language 'wij'-form with nine numbered points and no "
    "article headings; Zeeland, Zorg en welzijn bb -> Kapper niveau 2; fully compliant in "
    "everyday words; no transfer of funds; silent on medezeggenschap -> h not_applicable.",
    st("p p p p p p p na p p"),
    {"a": "1. Wat we aanbieden.",
     "b": "2. Met wie uit het vak.",
     "c": "3. Wie de leiding heeft.",
     "d": "4. Hoe zij verantwoording afleggen.",
     "e": "5. Waar en door wie.",
     "f": "6. Als het niet lukt.",
     "g": "7. Geld.",
     "i": "8. Als we het oneens zijn.",
     "j": "9. Erbij komen, stoppen en veranderen."},
    T383)


# ---------------------------------------------------------------------------------------------
# 384  PDF  articles whose lettered sub-items (a., b., c.) carry the elements; maritime vakinstelling;
#           Drechtsteden; Maritiem en techniek bb -> Matroos binnenvaart niveau 2; money flows both
#           ways (school -> instelling and instelling -> school), each with amount and purpose.
#           Fully compliant.
# ---------------------------------------------------------------------------------------------
T384 = """
#T OVEREENKOMST VAN SAMENWERKING
#S doorlopende leerroute vmbo-mbo Maritiem en techniek – Matroos binnenvaart (niveau 2) | Zwijndrecht / Dordrecht

**Ondergetekenden**

I. Stichting Christelijk Voortgezet Onderwijs Drechtsteden, gevestigd te Dordrecht, in haar hoedanigheid van bevoegd gezag van het Merwedecollege, school voor vbo, locatie Langeweg te Zwijndrecht, ten deze vertegenwoordigd door de heer ing. R.A. (Ruud) van Wijngaarden, voorzitter van het college van bestuur, hierna: "de school";

II. Stichting Binnenvaartopleidingen Merwede, gevestigd te Dordrecht, in haar hoedanigheid van bevoegd gezag van de vakinstelling voor de binnenvaart Merwede Vaarschool, een instelling voor beroepsonderwijs als bedoeld in de Wet educatie en beroepsonderwijs, ten deze vertegenwoordigd door mevrouw E.J. (Els) Boogaard-de Ruijter, directeur-bestuurder, hierna: "de vakinstelling";

in aanmerking nemende dat de binnenvaart in de Drechtsteden kampt met een tekort aan vakkrachten, dat de school het profiel Maritiem en techniek aanbiedt en de vakinstelling de enige opleider voor de binnenvaart in de regio is, en dat partijen een ononderbroken leerweg van vmbo naar mbo willen bieden;

komen overeen als volgt.

## Artikel 1 – Onderwerp

~ a. Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Maritiem en techniek, van de school.

~ b. De route leidt naar de opleiding Matroos binnenvaart, niveau 2, beroepsopleidende leerweg, van de vakinstelling, in het opleidingsdomein Transport, scheepvaart en logistiek.

~ c. De leerling behaalt in de route het diploma vmbo basisberoepsgerichte leerweg en het mbo-diploma Matroos binnenvaart, aangevuld met het certificaat Basisveiligheid dat de vakinstelling verzorgt.

~ d. Partijen melden de route gezamenlijk aan door registratie in RIO, vóór de eerste instroom.

## Artikel 2 – Schippers, rederijen en havens

~ a. **Wie.** Aan de route werken mee: Rederij Van Dongen Tankvaart B.V., Sleep- en Duwbedrijf Zwijndrecht B.V., Veerdienst Drechtsteden N.V., Jachthaven Wantij en de Binnenvaartvereniging Drechtsteden namens de particuliere schippers in de regio.

~ b. **Stage aan boord.** De rederijen en schippers stellen vanaf het derde jaar van de route voor iedere student een plaats voor beroepspraktijkvorming aan boord beschikbaar bij een door SBB erkend leerbedrijf; in leerjaar 4 lopen de leerlingen een snuffelstage van twee weken op een veerpont of duwboot.

~ c. **Lessen en opdrachten.** Schippers van de Binnenvaartvereniging verzorgen in leerjaar 3 en 4 vier varende gastlessen per schooljaar en leveren praktijkopdrachten aan, zoals het opstellen van een ladingplan of het onderhoudsplan van een motor.

~ d. **Beoordelen.** Bij de proeve van bekwaamheid beoordeelt een praktijkopleider van een leerbedrijf mee.

~ e. **Meedenken.** Eens per schooljaar bespreekt de Sectortafel Binnenvaart Drechtsteden, bestaande uit een vertegenwoordiger van ieder van de onder a genoemde organisaties en de routeleiding, het programma; haar aanbevelingen worden meegenomen in de herziening van het PTA/OER.

## Artikel 3 – Routeleiding

~ a. **Personen.** De routeleiding bestaat uit de teamleider techniek van de school en de opleidingsmanager dek en machinekamer van de vakinstelling. De teamleider is voorzitter.

~ b. **Aanwijzing.** Het college van bestuur van de school en de directeur-bestuurder van de vakinstelling wijzen ieder hun lid van de routeleiding schriftelijk aan voor een periode van twee schooljaren; aanwijzing kan worden herhaald. Bij vervanging wijst het betrokken bestuur binnen een maand een opvolger aan.

~ c. **Opdracht.** De routeleiding draagt zorg voor de samenhang en uitvoering van het programma over alle leerjaren, de gezamenlijke planning en roostering, de toelating tot de route, de begeleiding van leerlingen en studenten, de contacten met het bedrijfsleven uit artikel 2, de overstapplannen uit artikel 6 en de voorbereiding van het PTA/OER.

~ d. **Beslisruimte.** De besturen dragen aan de routeleiding op: het besluiten over toelating en plaatsing, het vaststellen van de roosters en de vaarplanning van het opleidingsschip voor de route, het verdelen van de lesuren uit artikel 5 onder c, en het besteden van het routebudget van € 8.000 per schooljaar.

~ e. **Voorbehouden.** Het vaststellen van het PTA/OER, besluiten over personeel en financiële verplichtingen boven het routebudget blijven bij de besturen.

## Artikel 4 – Informatie en verantwoording

~ a. De routeleiding stelt per semester, vóór 1 februari en vóór 1 augustus, een schriftelijke voortgangsrapportage op voor beide besturen met cijfers over in-, door- en uitstroom, verzuim, examenresultaten, bpv-plaatsingen en de besteding van het routebudget.

~ b. Jaarlijks in oktober legt de routeleiding in een gezamenlijk bestuurlijk overleg verantwoording af over het afgelopen schooljaar; de besturen stellen daar zo nodig bij.

~ c. Ongevallen en bijna-ongevallen aan boord waarbij een leerling of student betrokken is, meldt de routeleiding binnen 24 uur aan beide besturen.

## Artikel 5 – Inrichting van de route

~ a. **Plaats.** Leerjaar 3 wordt gegeven op de school in Zwijndrecht. In leerjaar 4 volgen de leerlingen elke donderdag het praktijkprogramma op de vakinstelling aan de Merwedekade te Dordrecht en aan boord van het opleidingsschip "Oude Maas II". Het derde en vierde jaar van de route zijn op de vakinstelling.

~ b. **Programma.** Het onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming staan in het gezamenlijke PTA/OER, dat beide besturen jaarlijks vóór 1 oktober vaststellen. De vmbo-examens worden afgerond in leerjaar 4; alleen bij herkansing in het derde jaar van de route.

~ c. **Docenten.** Twee instructeurs van de vakinstelling geven in leerjaar 4 samen zes uur per week praktijkles aan de leerlingen van de route; de docenten Nederlands en Engels van de school geven in het derde jaar van de route twee uur per week les op de vakinstelling, onder meer maritiem Engels. Voor het vakoverstijgende onderdeel scheepstechniek werken docenten van beide partijen met teambevoegdheid; het PTA/OER geeft aan waar. Ieder blijft in dienst van het eigen bestuur.

~ d. **Voorzieningen.** De leerlingen gebruiken het opleidingsschip, de stuurhuissimulator en de motorenwerkplaats van de vakinstelling; de vakinstelling gebruikt voor de route de metaalwerkplaats en het CAD-lokaal van de school. De routeleiding plant het gebruik in.

~ e. **Veiligheid.** Voordat een leerling aan boord gaat, controleert de vakinstelling zijn zwemvaardigheid en zorgt zij voor de medische keuring en de veiligheidsinstructie.

~ f. **Inschrijving en klachten.** Tot en met leerjaar 4 staan de jongeren als leerling bij de school ingeschreven, daarna als student bij de vakinstelling. Klachten over gedragingen van medewerkers van de ene partij die bij de andere partij worden ingediend, worden behandeld met medewerking van de partij in wier dienst de medewerker is.

## Artikel 6 – Overstap

~ a. **Uitgangspunt.** Een jongere die de route niet afmaakt, krijgt een alternatief waarmee hij een vmbo- of mbo-diploma kan halen. De school en de vakinstelling bepalen samen welk alternatief past, na een gesprek met de jongere en zijn ouders en aan de hand van het behaalde niveau en de leeftijd.

~ b. **In leerjaar 3 of 4.** De leerling kan overstappen naar het reguliere programma van de basisberoepsgerichte leerweg Maritiem en techniek of naar het profiel Produceren, installeren en energie van de school.

~ c. **Afkeuring voor het varen.** Wordt een jongere bij de medische keuring afgekeurd of blijkt het werk aan boord niet bij hem te passen, dan zoeken partijen samen een niveau 2-opleiding aan wal in een verwant domein, zoals Logistiek medewerker of Medewerker haven; de vakinstelling regelt de warme overdracht naar de instelling die deze opleiding aanbiedt, waar toelating kan plaatsvinden na een geschiktheidsonderzoek.

~ d. **Zonder vmbo-diploma.** Heeft een jongere na het derde jaar van de route het vmbo-diploma niet, dan kan hij zijn opleiding op de vakinstelling vervolgen; de vakinstelling stelt dan geen vooropleidingseisen. Ook het opnieuw doen van het vmbo-examen is mogelijk.

~ e. **Vastlegging.** Het gekozen alternatief wordt binnen vier weken vastgelegd in een overstapplan, ondertekend door beide partijen en de ouders.

## Artikel 7 – Financiële afspraken

~ a. **Van school naar vakinstelling.** Met toepassing van artikel 5.42a WVO 2020 draagt de school per leerling die op 1 oktober in leerjaar 4 van de route staat ingeschreven € 1.900 van haar bekostiging over aan de vakinstelling. Dit bedrag is bestemd voor de vaarpraktijk op het opleidingsschip (twee weken per jaar, inclusief verblijf aan boord) en de inzet van de instructeurs uit artikel 5 onder c.

~ b. **Van vakinstelling naar school.** Met toepassing van artikel 9.1.15 WEB draagt de vakinstelling per student die op 1 oktober in het derde jaar van de route staat ingeschreven € 700 van haar bekostiging over aan de school. Dit bedrag is bestemd voor de inzet van de docenten Nederlands en Engels uit artikel 5 onder c en het gebruik van de metaalwerkplaats en het CAD-lokaal.

~ c. **Betaling.** Beide bedragen worden afzonderlijk gefactureerd in november en betaald binnen dertig dagen; zij worden niet met elkaar verrekend. De bedragen worden jaarlijks per 1 augustus geïndexeerd met de loon- en prijsbijstelling van de rijksbijdrage.

## Artikel 8 – Medezeggenschap

~ a. De medezeggenschapsraad van de school en de studentenraad van de vakinstelling blijven ieder bevoegd volgens de WMS onderscheidenlijk de WEB; de ondernemingsraad van de vakinstelling volgens de WOR.

~ b. In aanvulling daarop kiezen de leerlingen van de route in leerjaar 4 uit hun midden één vertegenwoordiger, die als adviserend lid deelneemt aan de vergaderingen van de studentenraad van de vakinstelling.

~ c. De voortgangsrapportage uit artikel 4 onder a wordt ook aan de medezeggenschapsraad en de studentenraad gezonden; beide raden kunnen de routeleiding uitnodigen voor een toelichting.

## Artikel 9 – Geschillen

~ a. Partijen proberen een geschil over de uitvoering van deze overeenkomst eerst op te lossen in de routeleiding en, als dat niet binnen drie weken lukt, in een overleg tussen de twee bestuurders.

~ b. Leidt dat binnen zes weken niet tot overeenstemming, dan leggen zij het geschil voor aan een door hen samen gekozen mediator.

~ c. Slaagt de mediation niet, dan is de rechtbank Rotterdam, locatie Dordrecht, bevoegd.

## Artikel 10 – Looptijd, toetreding, opzegging en wijziging

~ a. **Looptijd.** Deze overeenkomst geldt van 1 augustus 2025 tot 1 augustus 2030 en wordt daarna telkens stilzwijgend met vijf jaar verlengd.

~ b. **Toetreding.** Een andere vmbo-school of instelling kan partij worden als alle partijen schriftelijk instemmen en de toetredende partij zich aan deze overeenkomst bindt; de toetreding gaat in bij de aanvang van een schooljaar en wordt bij DUO gemeld.

~ c. **Opzegging.** Iedere partij kan schriftelijk opzeggen tegen het einde van een schooljaar met inachtneming van een termijn van twaalf maanden. Bij een ernstige tekortkoming die na ingebrekestelling niet binnen twee maanden is hersteld, kan de overeenkomst worden ontbonden.

~ d. **Wijziging.** Wijzigingen worden schriftelijk overeengekomen en door beide besturen ondertekend, na advies van de routeleiding.

~ e. **Bescherming van leerlingen.** Bij opzegging, ontbinding of wijziging stopt hooguit de instroom van nieuwe leerlingen; leerlingen en studenten die al in de route zitten, kunnen haar onder de bestaande voorwaarden afmaken. Wijzigingen gaan niet midden in een schooljaar in.

Aldus opgemaakt en ondertekend in tweevoud te Dordrecht op 19 mei 2025.

#TABLE widths=0.5,0.5 header=0
| Stichting Christelijk Voortgezet Onderwijs Drechtsteden¶ing. R.A. van Wijngaarden | Stichting Binnenvaartopleidingen Merwede¶E.J. Boogaard-de Ruijter |
"""

sample(
    384, "384_letterleden_vakinstelling_binnenvaart", "pdf",
    "PDF, formal 'Ondergetekenden / in aanmerking nemende' contract whose articles consist of "
    "lettered sub-items (a., b., c.) with bold lead words carrying the elements; maritime "
    "vakinstelling, Drechtsteden, Maritiem en techniek bb -> Matroos binnenvaart niveau 2; money "
    "flows both ways, each direction with amount and purpose; fully compliant.",
    st("p p p p p p p p p p"),
    {"a": "Artikel 1 – Onderwerp",
     "b": "Artikel 2 – Schippers, rederijen en havens",
     "c": "Artikel 3 – Routeleiding",
     "d": "Artikel 4 – Informatie en verantwoording",
     "e": "Artikel 5 – Inrichting van de route",
     "f": "Artikel 6 – Overstap",
     "g": "Artikel 7 – Financiële afspraken",
     "h": "Artikel 8 – Medezeggenschap",
     "i": "Artikel 9 – Geschillen",
     "j": "Artikel 10 – Looptijd, toetreding, opzegging en wijziging"},
    T384)


# ---------------------------------------------------------------------------------------------
# 385  DOCX  long, three parties (two vmbo schools, one ROC), formal articles with numbered leden;
#            the leiding is a named routedirecteur with a named deputy; Leiden region; PIE gl/kb ->
#            Analist niveau 4 and Laborant niveau 3.  Fully compliant; transfer with omvang and
#            bestemming; a joint routeraad for medezeggenschap; arbitration.
# ---------------------------------------------------------------------------------------------
T385 = """
#T Samenwerkingsovereenkomst Laboratoriumroute Leiden
#S doorlopende leerroutes vmbo-mbo Produceren, installeren en energie – Laboratoriumtechniek (niveau 3 en 4)
#R Kenmerk BVO/LR/2025-014 – versie vastgesteld in het bestuurlijk overleg van 24 april 2025

## Partijen

1. **Stichting Openbaar Voortgezet Onderwijs Leiden-Noord**, statutair gevestigd te Leiden, bevoegd gezag van het **Morsch College**, school voor vmbo met de kaderberoepsgerichte en de gemengde leerweg, ingeschreven in het handelsregister onder nummer 41160001, rechtsgeldig vertegenwoordigd door mevrouw drs. J.C. (Jolanda) Vermeulen-Hooft, voorzitter van het college van bestuur, hierna te noemen: **het Morsch College**;

2. **Stichting Voortgezet Onderwijs Kust en Duin**, statutair gevestigd te Katwijk, bevoegd gezag van **Duinrand Vmbo**, school voor vmbo met de basis-, kader- en gemengde leerweg, ingeschreven in het handelsregister onder nummer 41160002, rechtsgeldig vertegenwoordigd door de heer W.P. (Willem) Guijt, bestuurder, hierna te noemen: **Duinrand**;

3. **Stichting Regionaal Opleidingencentrum Rijn- en Bollenland**, statutair gevestigd te Leiden, bevoegd gezag van het gelijknamige regionaal opleidingencentrum, ingeschreven in het handelsregister onder nummer 41160003, rechtsgeldig vertegenwoordigd door de heer prof. dr. ir. S. (Sander) Kloosterman, voorzitter van het college van bestuur, hierna te noemen: **het ROC**;

het Morsch College en Duinrand hierna samen ook te noemen: **de scholen**; alle partijen samen: **partijen**.

## Overwegingen

A. De Leidse regio heeft met het Bio Science Park en de laboratoria van ziekenhuizen en bedrijven in de Duin- en Bollenstreek een grote en groeiende vraag naar laboranten en analisten.

B. Partijen werken sinds 2019 samen in het project Techniek Leiden, waarin leerlingen van de scholen practica volgden op het ROC; zij willen die samenwerking omzetten in doorlopende leerroutes als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB.

C. De wet verplicht partijen de samenwerking vast te leggen in een samenwerkingsovereenkomst die in elk geval de onderwerpen van artikel 2.107b, tweede lid, WVO 2020 regelt. Deze overeenkomst voorziet daarin.

D. Partijen hebben het voornemen tot deze samenwerking voor advies voorgelegd aan de medezeggenschapsraden van de scholen en aan de studentenraad en de ondernemingsraad van het ROC; de adviezen zijn bij de vaststelling van deze tekst betrokken.

Partijen komen het volgende overeen.

## Artikel 1 Begripsbepalingen

In deze overeenkomst wordt verstaan onder:

~ a. route: elk van de doorlopende leerroutes vmbo-mbo, bedoeld in artikel 2;

~ b. leerling: een jongere die in de vo-fase van de route staat ingeschreven bij een van de scholen;

~ c. student: een jongere die in de mbo-fase van de route staat ingeschreven bij het ROC;

~ d. vo-fase: de eerste twee leerjaren van de route (leerjaar 3 en 4 van het vmbo);

~ e. mbo-fase: de leerjaren van de route na de vo-fase;

~ f. routedirecteur: de persoon die op grond van artikel 4 de leiding over de routes heeft;

~ g. bestuurlijk overleg: het overleg van de bestuurders van partijen, bedoeld in artikel 5;

~ h. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling waarin het onderwijsprogramma en de examinering per leerjaar van een route zijn beschreven;

~ i. routeraad: het overleg bedoeld in artikel 10.

## Artikel 2 Onderwerp: de routes

2.1 Partijen verzorgen gezamenlijk de volgende doorlopende leerroutes vmbo-mbo:

~ a. **Route Analist**: van het profiel Produceren, installeren en energie in de gemengde leerweg naar de middenkaderopleiding Analist, niveau 4, beroepsopleidende leerweg, kwalificatiedossier Laboratoriumtechniek, in het opleidingsdomein Procestechniek en laboratorium;

~ b. **Route Laborant**: van het profiel Produceren, installeren en energie in de kaderberoepsgerichte leerweg naar de vakopleiding Laborant, niveau 3, beroepsopleidende leerweg, in hetzelfde kwalificatiedossier en opleidingsdomein.

2.2 Het Morsch College biedt beide routes aan; Duinrand biedt alleen de Route Laborant aan.

2.3 Binnen het profiel volgen de leerlingen van beide routes het schoolspecifieke keuzevak Proces- en laboratoriumtechniek, dat partijen samen hebben ontwikkeld, en het keuzevak Duurzame energie.

2.4 De Route Analist duurt vijf jaar, de Route Laborant vier jaar, gerekend vanaf leerjaar 3 van het vmbo. Partijen kunnen voor individuele leerlingen een kortere duur afspreken als het PTA/OER dat toelaat.

2.5 De scholen en het ROC melden iedere route gezamenlijk aan de minister door registratie in RIO; iedere school registreert haar eigen deelname.

## Artikel 3 Het werkveld

3.1 Partijen betrekken de volgende organisaties bij de invulling van de routes, die hun deelname schriftelijk hebben toegezegd: Kwadraat Diagnostics B.V., Rijnland Biologics B.V., LabNoord Analyse B.V., het klinisch-chemisch laboratorium van het Rijnlands Ziekenhuis en het waterlaboratorium van Hoogheemraadschap Duin- en Rijnland, alsmede de regionale afdeling van de brancheorganisatie Stichting Laboratorium Werkt.

3.2 Deze organisaties vormen samen met de routedirecteur het Adviescollege Laboratoriumroute. Het adviescollege vergadert ten minste twee keer per schooljaar en adviseert over:

~ a. de keuze van keuzedelen en de actualiteit van het programma;

~ b. de praktijkopdrachten en practica in de vo-fase;

~ c. de kwaliteit en het aantal plaatsen voor beroepspraktijkvorming.

3.3 De organisaties uit 3.1 zeggen toe:

~ a. voor iedere leerling in leerjaar 4 een bedrijfsbezoek van een dag en een "analysevraag uit de praktijk" die de leerlingen in groepjes uitwerken en aan het bedrijf presenteren;

~ b. voor iedere student een plaats voor beroepspraktijkvorming als door SBB erkend leerbedrijf, in omvang afgestemd op de instroom die de routedirecteur vóór 1 maart opgeeft;

~ c. gastpractica door eigen analisten, ten minste vier per schooljaar per route;

~ d. deelname van praktijkopleiders aan de beoordeling van de proeven van bekwaamheid.

3.4 Het advies van het adviescollege wordt met de reactie van de routedirecteur opgenomen in de jaarverantwoording (artikel 6).

## Artikel 4 Leiding over de routes

4.1 De leiding over de routes berust bij één routedirecteur, bijgestaan door een plaatsvervangend routedirecteur. Bij het aangaan van deze overeenkomst is mevrouw drs. A.E. (Annelies) Verbrugge, thans sectordirecteur Techniek van het ROC, routedirecteur, en is de heer M. (Mourad) El Amrani, thans teamleider bovenbouw van het Morsch College, plaatsvervangend routedirecteur.

4.2 De routedirecteur en de plaatsvervanger worden benoemd door het bestuurlijk overleg bij unaniem besluit, voor een termijn van vier jaar, met de mogelijkheid van eenmalige herbenoeming. De plaatsvervanger wordt benoemd op voordracht van de routedirecteur. Routedirecteur en plaatsvervanger zijn niet in dienst van dezelfde partij. Bij tussentijds vertrek voorziet het bestuurlijk overleg binnen drie maanden in de vacature; tot dat moment neemt de plaatsvervanger de taken waar.

4.3 De routedirecteur is belast met:

~ a. de dagelijkse leiding en de uitvoering van de routes op alle locaties;

~ b. de samenhang van het programma over de vo-fase en de mbo-fase en het opstellen van het ontwerp-PTA/OER;

~ c. de toelating van leerlingen tot de routes en de verdeling van leerlingen over de groepen;

~ d. de inzet van de docenten in de routes, in overleg met hun leidinggevenden bij de eigen werkgever;

~ e. het contact met het werkveld en de organisatie van het adviescollege;

~ f. de kwaliteitszorg, waaronder de jaarlijkse evaluatie onder leerlingen, studenten, ouders en leerbedrijven;

~ g. het opstellen van overstapplannen als bedoeld in artikel 8.

4.4 Aan de routedirecteur worden door de besturen van partijen de volgende bevoegdheden opgedragen:

~ a. het vaststellen van de roosters en de jaarplanning van de routes;

~ b. het beslissen over toelating en plaatsing van leerlingen;

~ c. het verdelen van de door partijen beschikbaar gestelde formatie (artikel 7.4) over de onderdelen van het programma;

~ d. het aangaan van verplichtingen ten laste van het routebudget tot het bedrag dat het bestuurlijk overleg jaarlijks vaststelt, met een maximum van € 40.000 per verplichting;

~ e. het namens partijen voeren van overleg met leerbedrijven en het ondertekenen van praktijkovereenkomsten namens het ROC, voor zover het ROC daartoe volmacht heeft verleend.

4.5 Niet aan de routedirecteur opgedragen en dus voorbehouden aan de besturen zijn: het vaststellen van het PTA/OER, de vaststelling van het routebudget, besluiten over benoeming, ontslag en beoordeling van personeel, en het aangaan van verplichtingen boven het onder 4.4, sub d, genoemde bedrag. De examencommissies van de scholen en het ROC behouden hun wettelijke taken.

4.6 De plaatsvervanger neemt bij afwezigheid of verhindering van de routedirecteur alle taken en bevoegdheden waar. De routedirecteur kan de plaatsvervanger daarnaast schriftelijk belasten met onderdelen van de taken uit 4.3; zij blijft daarvoor verantwoordelijk.

## Artikel 5 Bestuurlijk overleg

5.1 Het bestuurlijk overleg bestaat uit de vertegenwoordigers van de besturen van partijen die deze overeenkomst hebben ondertekend, of hun plaatsvervangers.

5.2 Het bestuurlijk overleg komt ten minste twee keer per jaar bijeen, in april en in november, en verder zo vaak als een partij daarom verzoekt.

5.3 Het bestuurlijk overleg besluit bij unanimiteit.

## Artikel 6 Inlichtingen en verantwoording

6.1 De routedirecteur verstrekt het bestuurlijk overleg ieder kwartaal een schriftelijk routebericht met de stand van in-, door- en uitstroom, verzuim en bpv-plaatsingen per route en per school, en de uitputting van het routebudget.

6.2 De routedirecteur legt jaarlijks vóór 1 november verantwoording af over het voorgaande schooljaar door middel van een jaarverantwoording, die in elk geval bevat: de examenresultaten per route en per school, de resultaten van de evaluatie uit artikel 4.3, sub f, de overstappen en hun afloop, het advies van het adviescollege, de besteding van het routebudget en van de overgedragen middelen uit artikel 9. De jaarverantwoording wordt in de novembervergadering van het bestuurlijk overleg besproken; het bestuurlijk overleg verleent de routedirecteur al dan niet décharge.

6.3 Vóór 1 april legt de routedirecteur een ontwerp-routebegroting en een ontwerp-formatieplan voor het volgende schooljaar voor aan het bestuurlijk overleg.

6.4 Ieder bestuur kan de routedirecteur om aanvullende inlichtingen vragen; de routedirecteur verstrekt die binnen tien werkdagen aan het vragende bestuur en gelijktijdig aan de andere besturen.

## Artikel 7 Organisatorische en onderwijskundige inrichting

7.1 **Locaties.** De vo-fase wordt gegeven in de gebouwen van de scholen; in leerjaar 4 volgen de leerlingen van beide scholen anderhalve dag per week les in het laboratoriumcentrum van het ROC aan de Wassenaarseweg te Leiden. De mbo-fase wordt gegeven op die locatie van het ROC.

7.2 **Programma en examinering.** Het onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming worden voor iedere route beschreven in het PTA/OER. Daarin wordt aangegeven welke onderdelen tot het vmbo behoren, welke vakoverstijgend zijn, welke tot het mbo behoren en welke gecombineerd worden afgesloten. Het PTA/OER wordt jaarlijks vóór 1 oktober vastgesteld door de besturen. Het centraal examen vmbo wordt afgenomen in leerjaar 4, voor de Route Analist uiterlijk in het derde jaar van de route.

7.3 **Onderwijstijd.** De routes voldoen aan de normen voor onderwijstijd en studieduur uit de WVO 2020 en de WEB; de routedirecteur bewaakt dat in het rooster.

7.4 **Personeel.** Iedere partij stelt voor de routes de formatie beschikbaar die in het door het bestuurlijk overleg vastgestelde formatieplan is opgenomen. In elk geval geldt:

~ a. docenten laboratoriumtechniek en analisten-instructeurs van het ROC verzorgen in leerjaar 4 de practica in het laboratoriumcentrum en geven op de scholen twee uur per week theorie over laboratoriumtechniek;

~ b. de docenten scheikunde, biologie en wiskunde van de scholen verzorgen de algemene vakken in de vo-fase en geven in het eerste jaar van de mbo-fase in een gezamenlijk blok op het ROC ondersteuning bij rekenen en natuurwetenschappen;

~ c. voor de vakoverstijgende onderdelen practicum, veiligheid en kwaliteitssystemen wordt gebruikgemaakt van de teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; per onderdeel is ten minste één bevoegde docent verantwoordelijk; het PTA/OER vermeldt de onderdelen;

~ d. medewerkers blijven in dienst van hun eigen werkgever, die ook de arbeidsvoorwaarden en de professionalisering regelt; de routedirecteur organiseert twee keer per jaar een gezamenlijke studiedag voor het hele routeteam;

~ e. detachering tussen partijen vindt alleen plaats op grond van een afzonderlijke detacheringsovereenkomst.

7.5 **Faciliteiten.** Partijen stellen de volgende voorzieningen voor de routes ter beschikking:

~ a. het ROC: het laboratoriumcentrum met drie practicumlabs, de apparatuur (waaronder gaschromatograaf, spectrofotometers en een PCR-opstelling), laboratoriumjassen en veiligheidsmiddelen, en de mediatheek;

~ b. het Morsch College: het practicumlokaal scheikunde en het techniekatelier, dat op woensdagmiddag beschikbaar is voor de routeleerlingen van Duinrand;

~ c. Duinrand: het natuurkundelokaal en de digitale leeromgeving voor de vo-fase van zijn leerlingen.

Het gebruik wordt in het jaarrooster opgenomen. De kosten van verbruiksmaterialen in het laboratoriumcentrum worden gedekt uit de middelen bedoeld in artikel 9.

7.6 **Veiligheid.** In alle laboratoria gelden de veiligheidsvoorschriften van het ROC. Het ROC instrueert de leerlingen vóór hun eerste practicum en houdt een registratie van de instructie bij.

7.7 **Inschrijving, verzuim en gegevens.** In de vo-fase staan de leerlingen ingeschreven bij hun school, in de mbo-fase bij het ROC. Verzuim in de vo-fase wordt door de school gemeld, in de mbo-fase door het ROC; de partij bij wie een leerling op dat moment les heeft, registreert de aanwezigheid en geeft die dagelijks door. Partijen wisselen alleen de persoonsgegevens uit die nodig zijn voor de uitvoering van de routes en sluiten daartoe een gegevensuitwisselingsovereenkomst.

7.8 **Klachten.** De klachtenregelingen van partijen zijn ook van toepassing op gedragingen van het bestuur en het personeel van de andere partijen in het kader van de routes. De partij waar een klacht wordt ingediend, informeert de partij in wier dienst de betrokken medewerker is; die partij werkt mee aan de behandeling.

7.9 **Aansprakelijkheid.** Iedere partij is verzekerd voor de aansprakelijkheid van haar eigen personeel en voor de leerlingen en studenten die bij haar zijn ingeschreven, ook tijdens onderwijs op locaties van de andere partijen.

## Artikel 8 Overstapoptie

8.1 Een jongere die zijn deelname aan een route beëindigt voordat hij haar met succes heeft afgerond, wordt door partijen in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij het onderwijsniveau dat hij heeft bereikt en bij zijn leeftijd. Over wat passend is, oordelen de betrokken school en het ROC gezamenlijk, na een gesprek met de jongere en, zolang hij minderjarig is, zijn ouders.

8.2 In ieder geval staan de volgende mogelijkheden open:

#TABLE widths=0.32,0.68 header=1
| Moment of situatie | Wat partijen de jongere bieden |
| Vertrek in leerjaar 3 of 4 | Voortzetting van het reguliere programma van dezelfde leerweg, profiel Produceren, installeren en energie, op de eigen school, of overstap naar een ander profiel of een andere leerweg van die school, gericht op het vmbo-diploma. |
| Route Analist blijkt te zwaar | Overstap naar de Route Laborant (niveau 3), met behoud van de behaalde vmbo- en mbo-onderdelen. |
| Laboratoriumwerk past niet | Na het vmbo-diploma een andere opleiding van het ROC op hetzelfde niveau, ook in een ander opleidingsdomein; de routedirecteur regelt een intake binnen drie weken. |
| Geen vmbo-diploma na het derde jaar van de route | Voortzetting van de mbo-opleiding of instroom in een andere opleiding van het ROC op een vergelijkbaar niveau, zonder toepassing van vooropleidingseisen; of het examenjaar overdoen op de eigen school. |
| Verhuizing of keuze voor een andere instelling | Warme overdracht aan de nieuwe school of instelling; een andere instelling kan de jongere toelaten na een geschiktheidsonderzoek. |

8.3 De routedirecteur legt het gekozen alternatief binnen vier weken vast in een overstapplan dat door de betrokken school, het ROC en de jongere en zijn ouders wordt ondertekend. Het ROC weigert een jongere die binnen het ROC overstapt niet op grond van vooropleidingseisen.

8.4 De werkwijze bij overstap wordt beschreven in de schoolgidsen van de scholen en de studiegids van het ROC.

## Artikel 9 Overdracht van bekostiging

9.1 Met toepassing van artikel 5.42a WVO 2020 draagt iedere school aan het ROC over: € 2.100 per leerling die op 1 oktober van het betreffende schooljaar in leerjaar 4 van een route bij die school staat ingeschreven.

9.2 De overgedragen middelen zijn bestemd voor:

~ a. de inzet van docenten en analisten-instructeurs van het ROC in de vo-fase, bedoeld in artikel 7.4, sub a (ongeveer 70%);

~ b. de verbruiksmaterialen en het onderhoud van de apparatuur in het laboratoriumcentrum (ongeveer 30%).

9.3 Het ROC draagt geen bekostiging over aan de scholen. De inzet van docenten van de scholen in de mbo-fase (artikel 7.4, sub b) en het gebruik van de voorzieningen van de scholen worden niet verrekend.

9.4 Het ROC factureert de bedragen in december; de scholen betalen binnen dertig dagen. De berekening per schooljaar is opgenomen in bijlage 2 en wordt door de routedirecteur jaarlijks geactualiseerd aan de hand van de leerlingaantallen; het bedrag per leerling wordt alleen bij wijziging van deze overeenkomst aangepast.

## Artikel 10 Medezeggenschap

10.1 De wettelijke medezeggenschap blijft onverkort van toepassing: voor leerlingen in de vo-fase, hun ouders en het personeel van de scholen de medezeggenschapsraad van de betreffende school (WMS); voor studenten en hun ouders de studentenraad en de ouderraad van het ROC (WEB); voor het personeel van het ROC de ondernemingsraad (WOR).

10.2 In aanvulling daarop stellen partijen een routeraad in. De routeraad bestaat uit twee leerlingen uit de vo-fase (één per school), twee studenten uit de mbo-fase, twee ouders en twee personeelsleden (één van de scholen en één van het ROC). De leden worden aangewezen door de geledingen van de medezeggenschapsraden onderscheidenlijk door de studentenraad en de ondernemingsraad.

10.3 De routeraad vergadert ten minste drie keer per schooljaar met de routedirecteur. Hij ontvangt de jaarverantwoording en het ontwerp-PTA/OER en kan daarover en over alle andere aangelegenheden van de routes gevraagd en ongevraagd advies uitbrengen aan het bestuurlijk overleg. Het bestuurlijk overleg reageert binnen zes weken schriftelijk en motiveert afwijking van het advies.

10.4 De routeraad laat de wettelijke bevoegdheden van de medezeggenschapsorganen onverlet. Partijen stellen de leden van de routeraad in de gelegenheid de vergaderingen binnen de schooltijd bij te wonen.

## Artikel 11 Geschillen

11.1 Een geschil tussen partijen over de uitleg of de uitvoering van deze overeenkomst wordt eerst besproken in het bestuurlijk overleg, dat daartoe binnen vier weken na een schriftelijk verzoek van een partij bijeenkomt.

11.2 Hebben partijen het geschil niet binnen acht weken na dat verzoek opgelost, dan kan iedere partij het aanhangig maken bij het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter, doet uitspraak naar de regelen des rechts en zetelt in Leiden. De uitspraak is bindend.

11.3 Hangende het geschil zetten partijen de uitvoering van de routes voort, zodat leerlingen en studenten er geen nadeel van ondervinden.

## Artikel 12 Toetreding van een nieuwe partij

12.1 Een school voor vmbo of een instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden als:

~ a. alle partijen daarmee schriftelijk instemmen;

~ b. de toetredende partij een of meer routes uit artikel 2 gaat verzorgen of samen met partijen een nieuwe route toevoegt;

~ c. de toetredende partij alle rechten en verplichtingen uit deze overeenkomst aanvaardt door ondertekening van een toetredingsakte; en

~ d. de toetreding ingaat per 1 augustus van een schooljaar, zodat de positie van zittende leerlingen en studenten niet verandert.

12.2 Partijen en de toetredende partij melden de toetreding gezamenlijk bij DUO.

## Artikel 13 Looptijd, opzegging, uittreding en ontbinding

13.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en is aangegaan voor onbepaalde tijd.

13.2 Iedere partij kan haar deelname schriftelijk opzeggen tegen 1 augustus van enig jaar, met een opzegtermijn van ten minste achttien maanden. Bij opzegging door een van de scholen loopt de overeenkomst tussen de andere partijen door.

13.3 Iedere partij kan de overeenkomst ten aanzien van een andere partij ontbinden als die partij toerekenbaar tekortschiet en de tekortkoming niet binnen drie maanden na schriftelijke ingebrekestelling heeft hersteld, of als een partij haar bekostiging verliest.

13.4 Na opzegging, uittreding of ontbinding worden bij de betrokken partij geen nieuwe leerlingen meer tot de route toegelaten. Leerlingen en studenten die op dat moment in de route zitten, kunnen haar volgens deze overeenkomst afronden; partijen blijven daarvoor gebonden aan de artikelen 4 tot en met 10 (afbouwregeling). Is afronding redelijkerwijs niet mogelijk, dan geldt artikel 8.

## Artikel 14 Wijziging en evaluatie

14.1 Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst, ondertekend door alle partijen, na advies van de routeraad.

14.2 Een wijziging die gevolgen heeft voor het onderwijsprogramma of de examinering, gaat niet eerder in dan bij het begin van het schooljaar dat volgt op de vaststelling en geldt voor zittende leerlingen en studenten alleen als zij voor hen niet nadelig is.

14.3 Partijen evalueren de overeenkomst in het schooljaar 2027-2028 en daarna om de drie jaar, aan de hand van de jaarverantwoordingen en het advies van de routeraad.

## Artikel 15 Slotbepalingen

15.1 Op deze overeenkomst is Nederlands recht van toepassing.

15.2 De bijlagen maken deel uit van deze overeenkomst: bijlage 1 – formatieplan 2025-2026; bijlage 2 – berekening overdracht bekostiging 2025-2026; bijlage 3 – toezeggingen van de organisaties uit artikel 3.1.

15.3 Bij strijd tussen een bijlage en de tekst van de overeenkomst gaat de overeenkomst voor.

Aldus overeengekomen en in drievoud ondertekend te Leiden op 24 april 2025.

#TABLE widths=0.34,0.33,0.33 header=0
| Stichting Openbaar Voortgezet Onderwijs Leiden-Noord¶drs. J.C. Vermeulen-Hooft¶voorzitter college van bestuur | Stichting Voortgezet Onderwijs Kust en Duin¶W.P. Guijt¶bestuurder | Stichting Regionaal Opleidingencentrum Rijn- en Bollenland¶prof. dr. ir. S. Kloosterman¶voorzitter college van bestuur |

===

## Bijlage 2 – Berekening overdracht bekostiging 2025-2026

#TABLE widths=0.4,0.2,0.2,0.2 header=1
| School | Leerlingen leerjaar 4 (prognose) | Bedrag per leerling | Totaal |
| Morsch College – Route Analist | 14 | € 2.100 | € 29.400 |
| Morsch College – Route Laborant | 12 | € 2.100 | € 25.200 |
| Duinrand – Route Laborant | 10 | € 2.100 | € 21.000 |
| Totaal | 36 |  | € 75.600 |

De definitieve bedragen worden vastgesteld aan de hand van de inschrijving op 1 oktober 2025.
"""

sample(
    385, "385_lang_routedirecteur_plaatsvervanger_leiden_lab", "docx",
    "DOCX, long formal agreement between two vmbo schools and one ROC (overwegingen, begrips"
    "bepalingen, 15 articles with numbered leden, overstap table, financial annex); the leiding is a "
    "named routedirecteur with a named deputy, appointed by a bestuurlijk overleg; Leiden region, "
    "Produceren, installeren en energie gl/kb -> Analist niveau 4 and Laborant niveau 3; fully "
    "compliant, transfer with amount and purpose, routeraad, arbitration.",
    st("p p p p p p p p p p"),
    {"a": "Artikel 2 Onderwerp: de routes",
     "b": "Artikel 3 Het werkveld",
     "c": "Artikel 4 Leiding over de routes",
     "d": "Artikel 6 Inlichtingen en verantwoording",
     "e": "Artikel 7 Organisatorische en onderwijskundige inrichting",
     "f": "Artikel 8 Overstapoptie",
     "g": "Artikel 9 Overdracht van bekostiging",
     "h": "Artikel 10 Medezeggenschap",
     "i": "Artikel 11 Geschillen",
     "j": "Artikel 13 Looptijd, opzegging, uittreding en ontbinding"},
    T385)


# ---------------------------------------------------------------------------------------------
# 386  MD  markdown "afsprakenkaart" with bullets, bold lead-ins and a table; Noordoost-Friesland;
#          Horeca, bakkerij en recreatie kb -> Zelfstandig werkend kok niveau 3.
#          Defects: g weak (a transfer with a purpose, but its size is deferred to an annex that
#          does not exist yet); h weak (medezeggenschap section is a PM placeholder).
# ---------------------------------------------------------------------------------------------
T386 = """
# Samenwerkingsovereenkomst doorlopende leerroute Kok – Noardeast-Fryslân

*Lauwersmeer Vakcollege (Dokkum) × Waddenkust College, Hotelschool Leeuwarden*
*Versie 2 – vastgesteld 10 juni 2025*

---

**Partijen**

1. **Stichting Christelijk Voortgezet Onderwijs Noardeast-Fryslân**, gevestigd te Dokkum, bevoegd gezag van het Lauwersmeer Vakcollege (vmbo), vertegenwoordigd door mevrouw T. (Tjitske) Hoekstra-Wijbenga, bestuurder – hierna: *het vakcollege*;
2. **Stichting ROC Waddenkust**, gevestigd te Leeuwarden, bevoegd gezag van het Waddenkust College, vertegenwoordigd door de heer drs. J.S. (Jelle) Postma, voorzitter van het college van bestuur – hierna: *Waddenkust*.

Partijen leggen in deze afsprakenkaart vast hoe zij samen de doorlopende leerroute naar het koksvak verzorgen.

---

## Afspraak 1 – De route

- Leerlingen van het vakcollege met het profiel **Horeca, bakkerij en recreatie** in de **kaderberoepsgerichte leerweg** kunnen aan het eind van leerjaar 2 kiezen voor de route.
- De route leidt naar de opleiding **Zelfstandig werkend kok, niveau 3** (BOL), kwalificatiedossier Keuken, opleidingsdomein Horeca en bakkerij, van Waddenkust, locatie Hotelschool Leeuwarden.
- Looptijd: vier schooljaren. Leerlingen halen het vmbo-diploma kader en het mbo-diploma Zelfstandig werkend kok.

## Afspraak 2 – De horeca doet mee

- **Leerbedrijven:** Hotel-restaurant De Waddenpoort (Holwerd), Grand Café De Zijl (Dokkum), Strandpaviljoen Moddergat en Landgoedhotel Sionsberg Keuken B.V. bieden iedere student een bpv-plaats in het derde en vierde jaar van de route; alle vier zijn erkend leerbedrijf.
- **Gastkoks:** de chefs van deze bedrijven geven in leerjaar 3 en 4 samen acht kooklessen per jaar in de leerkeuken van het vakcollege.
- **Pop-uprestaurant:** in leerjaar 4 runnen de leerlingen twee weken lang een pop-uprestaurant in Grand Café De Zijl, onder begeleiding van de eigen keukenbrigade van het café.
- **Beoordelen en meedenken:** chefs van de leerbedrijven beoordelen mee bij de proeven van bekwaamheid. KHN afdeling Noordoost-Fryslân en de vier bedrijven vormen samen het werkveldpanel, dat in oktober en maart met het kernteam het programma bespreekt.

## Afspraak 3 – Het kernteam

- **Wie:** de teamleider Horeca, bakkerij en recreatie van het vakcollege, de opleidingsmanager Horeca van Waddenkust en de routecoördinator.
- **Aanwijzing:** de besturen wijzen ieder hun teamleider respectievelijk opleidingsmanager schriftelijk aan; de routecoördinator wordt door beide besturen samen aangewezen voor twee jaar, na een voordracht van de andere twee kernteamleden.
- **Taken:** samenhang van het programma over vier jaar; rooster en jaarplanning; intake en plaatsing; contact met het werkveldpanel; begeleiding bij overstap (afspraak 6); voorbereiding van het PTA/OER.
- **Bevoegdheden:** het kernteam beslist zelf over rooster, plaatsing, de verdeling van de docenturen uit afspraak 5 en het routebudget van € 6.000 per jaar. Het PTA/OER, personeelszaken en grotere uitgaven blijven bij de besturen.

## Afspraak 4 – Verantwoording

- Het kernteam stuurt beide besturen in **januari** en in **juni** een schriftelijk voortgangsoverzicht: in- en uitstroom, overstappen, verzuim, examenresultaten, bpv en de besteding van het routebudget.
- In **oktober** is er een **routegesprek** met beide bestuurders; daarin legt het kernteam verantwoording af over het vorige schooljaar en maken de besturen afspraken voor het nieuwe jaar. Het verslag wordt door beide besturen vastgesteld.

## Afspraak 5 – Waar, door wie en waarmee

| Leerjaar | Waar | Wie geeft les |
|---|---|---|
| vmbo 3 | Lauwersmeer Vakcollege, Dokkum | docenten vakcollege; 3 uur per week koksdocent Waddenkust |
| vmbo 4 | vakcollege + één dag per week Hotelschool Leeuwarden | docenten vakcollege en Waddenkust als één team |
| mbo 1 en 2 | Hotelschool Leeuwarden | docenten Waddenkust; mentor van het vakcollege blijft in jaar 3 één uur per week betrokken |

- **Personeel:** voor het vakoverstijgende praktijkdeel koken en gastheerschap werken de docenten van beide partijen als één team met teambevoegdheid; het PTA/OER geeft aan welke onderdelen dat zijn. Iedereen blijft in dienst van de eigen werkgever.
- **Voorzieningen:** het vakcollege stelt zijn leerkeuken en lesrestaurant beschikbaar voor de lessen van de koksdocent en de gastkoks; Waddenkust stelt de professionele keukens en het leerrestaurant De Kombuis van de Hotelschool beschikbaar voor de leerlingen in leerjaar 4.
- **Programma en examens:** het programma, de examinering per leerjaar en de bpv staan in het gezamenlijke PTA/OER, dat beide besturen ieder jaar vóór 1 oktober vaststellen.
- **Vervoer:** leerlingen reizen in leerjaar 4 met de bus naar Leeuwarden; het vakcollege vergoedt de reiskosten.

## Afspraak 6 – Als de route niet past

- Wil of moet een leerling stoppen, dan gaan de teamleider en de opleidingsmanager **binnen drie weken** met de leerling en zijn ouders in gesprek. Het vakcollege en Waddenkust besluiten **samen** welk vervolg past, op basis van wat de leerling al heeft bereikt en zijn leeftijd.
- **Tijdens vmbo 3 en 4:** verder in het gewone kaderprogramma Horeca, bakkerij en recreatie of in een ander profiel van het vakcollege, richting vmbo-diploma.
- **Na het vmbo-diploma:** een andere niveau 3-opleiding van Waddenkust, bijvoorbeeld Gastheer/gastvrouw of Zelfstandig werkend medewerker recreatie.
- **Zonder vmbo-diploma aan het eind van jaar 3:** doorgaan bij Waddenkust in een opleiding van vergelijkbaar niveau, zonder vooropleidingseisen; of het examenjaar overdoen.
- Het besluit wordt vastgelegd in een overstapplan; de werkwijze staat in de schoolgids van het vakcollege.

## Afspraak 7 – Geld

- Het vakcollege draagt in leerjaar 4 een deel van de ontvangen bekostiging over aan Waddenkust, bestemd voor de inzet van de koksdocent in leerjaar 3 en 4 en de grondstoffen die de leerlingen in de keukens van de Hotelschool gebruiken.
- De hoogte van de over te dragen bijdrage wordt vastgelegd in een financiële bijlage, die de controllers van beide partijen nog opstellen.
- Verder draagt iedere partij haar eigen kosten.

## Afspraak 8 – Medezeggenschap

> *PM – aanvullende afspraken over medezeggenschap (bijv. deelname van routeleerlingen aan de studentenraad) hier invullen na het overleg met MR en studentenraad.*

## Afspraak 9 – Als we het niet eens worden

1. Eerst bespreekt het kernteam het verschil van mening over de uitvoering van deze overeenkomst.
2. Lukt dat niet binnen drie weken, dan gaan de twee bestuurders met elkaar in gesprek.
3. Zijn zij het na zes weken nog niet eens, dan vragen zij samen een onafhankelijke bemiddelaar.
4. Levert ook dat niets op, dan legt de meest gerede partij het geschil voor aan de rechtbank Noord-Nederland, locatie Leeuwarden.

## Afspraak 10 – Aansluiten, stoppen en aanpassen

- **Looptijd:** vanaf 1 augustus 2025 voor onbepaalde tijd.
- **Aansluiten:** een andere vmbo-school of een ander ROC kan meedoen als beide partijen daar schriftelijk mee instemmen en de nieuwe partij deze afsprakenkaart ondertekent. Dat kan alleen met ingang van een nieuw schooljaar en wordt gemeld bij DUO.
- **Stoppen:** opzeggen kan schriftelijk tegen 1 augustus, met een termijn van één schooljaar. Na de opzegging komen er geen nieuwe leerlingen meer in de route; wie er al in zit, maakt de route af.
- **Aanpassen:** wijzigingen worden op papier gezet en door beide besturen ondertekend. Zij gaan pas in bij het begin van een nieuw schooljaar, zodat leerlingen niet halverwege het jaar met andere afspraken te maken krijgen.

---

*Voor akkoord, Dokkum, 10 juni 2025*

T. Hoekstra-Wijbenga – Stichting Christelijk Voortgezet Onderwijs Noardeast-Fryslân
drs. J.S. Postma – Stichting ROC Waddenkust
"""

sample(
    386, "386_afsprakenkaart_markdown_friesland_kok", "md",
    "Markdown 'afsprakenkaart' with bold lead-ins, bullets and a table; Noordoost-Friesland, Horeca, "
    "bakkerij en recreatie kb -> Zelfstandig werkend kok niveau 3; defects: g weak (transfer with "
    "purpose but the amount deferred to an annex still to be drafted), h weak (PM placeholder).",
    st("p p p p p p w w p p"),
    {"a": "Afspraak 1 – De route",
     "b": "Afspraak 2 – De horeca doet mee",
     "c": "Afspraak 3 – Het kernteam",
     "d": "Afspraak 4 – Verantwoording",
     "e": "Afspraak 5 – Waar, door wie en waarmee",
     "f": "Afspraak 6 – Als de route niet past",
     "i": "Afspraak 9 – Als we het niet eens worden",
     "j": "Afspraak 10 – Aansluiten, stoppen en aanpassen"},
    T386)


# ---------------------------------------------------------------------------------------------
# 387  PDF  the whole agreement is a three-column table (Nr | Onderwerp | Afspraak); vmbo school and
#           an AOC; West-Friesland; Groen kb -> Vakbekwaam hovenier / Vakbekwaam medewerker teelt
#           niveau 3.  Fully compliant; no transfer; medezeggenschap row only describes the law and
#           says parties "kunnen" add arrangements -> h not_applicable.
# ---------------------------------------------------------------------------------------------
T387 = """
#T Samenwerkingsovereenkomst Groene Route West-Friesland
#S doorlopende leerroute vmbo-mbo | Omringdijk College (Hoorn) – Groencollege Westfriesland | schooljaar 2025-2026 e.v.

De ondergetekenden, **Stichting Openbaar Voortgezet Onderwijs West-Friesland**, gevestigd te Hoorn, bevoegd gezag van het Omringdijk College, school voor vbo, vertegenwoordigd door de heer M.J. (Maarten) Schouten, voorzitter van het college van bestuur ("de school"), en **Stichting Agrarisch Opleidingscentrum Kop en West-Friesland**, gevestigd te Schagen, bevoegd gezag van het Groencollege Westfriesland, vertegenwoordigd door mevrouw ir. D. (Dieuwke) Bakker-Kuijpers, bestuurder ("het AOC"), leggen hun afspraken over de doorlopende leerroute hieronder vast. Iedere rij van de tabel is een bepaling van deze overeenkomst.

#TABLE widths=0.06,0.22,0.72 header=1
| Nr. | Onderwerp | Afspraak |
| 1 | Groene route en opleidingen | De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Groen, van de school en loopt door naar een van de volgende opleidingen van het AOC in het opleidingsdomein Voedsel, natuur en leefomgeving: Vakbekwaam hovenier, niveau 3, of Vakbekwaam medewerker teelt, niveau 3, beide in de beroepsopleidende leerweg. De leerling kiest aan het eind van leerjaar 3 een van beide uitstroomrichtingen; tot dat moment is het programma gelijk.¶De route duurt vier jaar en leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en het mbo-diploma van de gekozen opleiding. |
| 2 | Kwekers, hoveniers en gemeente | Aan de route nemen deel: Hoveniersbedrijf Kaag en Zonen (Wervershoof), Bloembollenkwekerij De Tulpenhoeve (Andijk), Kwekerij Sneeuwbal (Venhuizen) en de afdeling Groen van de gemeente Hoorn. Zij vormen met de routeregie de beroepenveldcommissie Groen, die in november en april bijeenkomt en het programma en de keuzedelen toetst aan wat het werk vraagt.¶De deelnemers bieden samen iedere student een bpv-plek als erkend leerbedrijf, ontvangen in leerjaar 3 en 4 iedere klas twee keer per jaar voor een werkbezoek, leveren jaarlijks een praktijkopdracht aan (bijvoorbeeld de herinrichting van een gemeentelijk plantsoen) en stellen een beoordelaar beschikbaar voor de proeven van bekwaamheid. |
| 3 | Routeregie | De route wordt geleid door de routeregie: de afdelingsleider Groen van de school en de coördinator vmbo-mbo van het AOC. Ieder bestuur wijst zijn lid van de routeregie schriftelijk aan en meldt dat aan het andere bestuur.¶De routeregie zorgt voor het doorlopende programma, het rooster, de intake, de leerlingbespreking, de contacten met de beroepenveldcommissie, de overstapbegeleiding (rij 6) en het ontwerp van het PTA/OER. Zij besluit zelfstandig over roosters, plaatsing, de inzet van de docenten uit rij 5 binnen de afgesproken uren en de planning van de praktijkvoorzieningen. Vaststelling van het PTA/OER, personele besluiten en financiële verplichtingen boven € 2.500 liggen bij de besturen. |
| 4 | Verslag aan de besturen | De routeregie levert in februari een tussenrapportage en vóór 1 oktober een routejaarverslag aan beide besturen, met de cijfers over in-, door- en uitstroom, overstappen, verzuim en examenresultaten en het advies van de beroepenveldcommissie. In oktober bespreken de besturen het jaarverslag met de routeregie in het bestuursoverleg; de routeregie beantwoordt daar de vragen van de besturen en legt verantwoording af. |
| 5 | Onderwijs, docenten en voorzieningen | Leerjaar 3 is op de school in Hoorn. In leerjaar 4 volgen de leerlingen iedere dinsdag praktijkonderwijs op de locatie Zwaag van het AOC; het derde en vierde jaar van de route zijn volledig bij het AOC.¶Een docent hovenierij en een docent teelt van het AOC geven in leerjaar 4 samen vijf uur per week les; de docent Groen van de school begeleidt de leerlingen in het derde jaar van de route bij hun loopbaandossier. Voor het vakoverstijgende praktijkdeel werken zij met teambevoegdheid als één team. Iedereen blijft in dienst van de eigen werkgever.¶De leerlingen gebruiken de proeftuin, de kassen en de machineloods van het AOC; het AOC gebruikt voor de route de schooltuin en het praktijklokaal Groen van de school.¶Het programma, de examinering per leerjaar en de bpv staan in het gezamenlijke PTA/OER, jaarlijks vóór 1 oktober vastgesteld door beide besturen. |
| 6 | Overstap | Stopt een jongere met de route, dan bepalen de school en het AOC samen, na overleg met de jongere en de ouders en gelet op het bereikte niveau en de leeftijd, welk vervolg passend is. In leerjaar 3 en 4 kan de leerling het reguliere kaderprogramma Groen of een ander profiel van de school volgen, met het vmbo-diploma als doel. Na het vmbo-diploma kan hij kiezen voor een andere niveau 3-opleiding van het AOC, bijvoorbeeld Vakbekwaam medewerker dierenzorg, of voor een opleiding elders via een geschiktheidsonderzoek. Is het vmbo-diploma aan het eind van het derde jaar van de route niet behaald, dan kan de jongere bij het AOC verder in een opleiding van vergelijkbaar niveau zonder vooropleidingseisen, of het examenjaar herhalen. De gemaakte keuze wordt in een overstapplan vastgelegd. |
| 7 | Bekostiging | Er wordt geen bekostiging overgedragen tussen de school en het AOC. De kosten worden gedragen door de partij bij wie zij opkomen. |
| 8 | Medezeggenschap | Voor leerlingen die bij de school staan ingeschreven, hun ouders en het personeel van de school geldt de Wet medezeggenschap op scholen; voor studenten van het AOC en hun ouders gelden de bepalingen van de WEB en voor het personeel van het AOC de Wet op de ondernemingsraden. Partijen kunnen, als daar aanleiding toe is, aanvullende afspraken maken over medezeggenschap bij de route. |
| 9 | Geschillen | Geschillen over de uitvoering van deze overeenkomst bespreekt de routeregie binnen twee weken; lukt een oplossing niet, dan volgt binnen vier weken een bestuursoverleg. Blijven partijen het oneens, dan vragen zij een door hen samen gekozen onafhankelijke deskundige om een bindend advies. Kunnen zij binnen twee weken geen deskundige kiezen, dan beslist de bevoegde rechter van de rechtbank Noord-Holland, locatie Alkmaar. |
| 10 | Duur, toetreding, opzegging en wijziging | Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.¶Een andere school of instelling voor beroepsonderwijs kan toetreden als beide partijen schriftelijk instemmen en de nieuwe partij deze overeenkomst medeondertekent; toetreding gaat in bij het begin van een schooljaar en wordt gemeld bij DUO.¶Opzegging is mogelijk per aangetekende brief tegen 1 augustus, met een opzegtermijn van twaalf maanden. Na opzegging start geen nieuw cohort; lopende cohorten ronden de route volgens deze overeenkomst af.¶Wijziging gebeurt schriftelijk en met handtekening van beide besturen; een wijziging gaat in bij het begin van een schooljaar en benadeelt leerlingen die al in de route zitten niet. |

Aldus overeengekomen en getekend te Hoorn op 26 mei 2025.

#TABLE widths=0.5,0.5 header=0
| Stichting Openbaar Voortgezet Onderwijs West-Friesland¶M.J. Schouten, voorzitter college van bestuur | Stichting Agrarisch Opleidingscentrum Kop en West-Friesland¶ir. D. Bakker-Kuijpers, bestuurder |
"""

sample(
    387, "387_tabelvorm_aoc_westfriesland_groen", "pdf",
    "PDF whose operative text is one three-column table (Nr | Onderwerp | Afspraak); vmbo school and "
    "an AOC, West-Friesland, Groen kb -> Vakbekwaam hovenier / Vakbekwaam medewerker teelt niveau 3; "
    "fully compliant, explicit no transfer; medezeggenschap row only describes the law and says "
    "parties 'kunnen' add arrangements -> h not_applicable.",
    st("p p p p p p p na p p"),
    {"a": "Groene route en opleidingen",
     "b": "Kwekers, hoveniers en gemeente",
     "c": "Routeregie",
     "d": "Verslag aan de besturen",
     "e": "Onderwijs, docenten en voorzieningen",
     "f": "Overstap",
     "g": "Bekostiging",
     "i": "Geschillen",
     "j": "Duur, toetreding, opzegging en wijziging"},
    T387)


# ---------------------------------------------------------------------------------------------
# 388  DOCX  convenant with §-sections and a long considerans; Zuidoost-Drenthe; geïntegreerde
#            route Zorg en welzijn bb -> Helpende zorg en welzijn niveau 2.
#            Defects: f weak (a pupil who leaves the geïntegreerde route goes automatically to
#            Entree, nothing else); i missing (dispute settlement appears only in the considerans).
# ---------------------------------------------------------------------------------------------
T388 = """
#T Convenant geïntegreerde leerroute Zorg en welzijn Zuidoost-Drenthe
#S samenwerkingsovereenkomst als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB

## Partijen

**Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe**, gevestigd te Emmen, bevoegd gezag van **Hondsrugschool Vmbo**, school voor vbo met de basis- en kaderberoepsgerichte leerweg, vertegenwoordigd door de heer A.H. (Albert) Lubbers, bestuurder, hierna: de school;

**Stichting Drents Beroepsonderwijs Veenkoloniën**, gevestigd te Emmen, bevoegd gezag van het **Veenkoloniaal College**, vertegenwoordigd door mevrouw drs. G.A. (Gea) Moes-Tiems, voorzitter van het college van bestuur, hierna: de instelling.

## Overwegingen

Partijen,

- overwegende dat veel leerlingen in de basisberoepsgerichte leerweg meer gebaat zijn bij een praktijkgerichte weg naar een mbo-diploma dan bij een afzonderlijk vmbo-examen;
- overwegende dat de zorg- en welzijnsorganisaties in Zuidoost-Drenthe dringend helpenden nodig hebben;
- overwegende dat partijen eventuele verschillen van inzicht over deze samenwerking in goed onderling overleg willen oplossen en daarbij het belang van de leerlingen voorop stellen;
- overwegende dat de medezeggenschapsraad van de school en de studentenraad van de instelling over het voornemen tot samenwerking positief hebben geadviseerd;

komen het volgende overeen.

## § 1 Geïntegreerde route

1.1 Partijen verzorgen samen een geïntegreerde route vmbo-basisberoepsopleiding: leerlingen van de school met het profiel Zorg en welzijn in de basisberoepsgerichte leerweg volgen vanaf leerjaar 3 een samenhangend programma dat leidt tot het mbo-diploma Helpende zorg en welzijn, niveau 2 (beroepsopleidende leerweg), van de instelling, in het opleidingsdomein Zorg en welzijn.

1.2 De school neemt bij deze leerlingen geen eindexamen basisberoepsgerichte leerweg af. Deelname aan de route gebeurt na een gesprek met de leerling en zijn ouders en na overleg van de school met de instelling.

1.3 De route duurt drie schooljaren en wordt gegeven vanaf leerjaar 3. Partijen melden de route gezamenlijk aan door registratie in RIO.

## § 2 Praktijkpartners

2.1 Zorggroep Hondsrug (thuiszorg en wijkverpleging), woonzorgcentrum De Hunzehof, Kinderopvang Drentse Doeltjes en Stichting Welzijn Emmen-Zuid zijn de vaste praktijkpartners van de route.

2.2 De praktijkpartners:

~ a. bieden iedere leerling vanaf het tweede jaar van de route een bpv-plaats als erkend leerbedrijf, met een vaste praktijkopleider;

~ b. laten leerlingen in leerjaar 3 één dagdeel per week meedraaien op een woongroep of in de kinderopvang (werkend leren);

~ c. verzorgen zes gastlessen per schooljaar, onder meer over dementie, hygiëne en het werken met jonge kinderen;

~ d. leveren een beoordelaar voor de praktijkexamens;

~ e. zitten met één vertegenwoordiger per organisatie in de praktijkraad, die twee keer per jaar met de routecoördinatoren het programma evalueert en aanbevelingen doet aan de besturen.

## § 3 Routecoördinatoren

3.1 De leiding over de route ligt bij twee routecoördinatoren: één medewerker van de school, aangewezen door de bestuurder van de school, en één medewerker van de instelling, aangewezen door het college van bestuur van de instelling. De aanwijzing geldt voor twee schooljaren en kan worden verlengd.

3.2 De routecoördinatoren zorgen samen voor de uitvoering van het programma, de roosters, de intake, de leerlingbegeleiding, de contacten met de praktijkpartners en de voorbereiding van het gezamenlijke PTA/OER.

3.3 Zij beslissen samen over toelating tot de route, plaatsing in groepen, de roosters en de inzet van de docenten uit § 5 binnen de uren die de besturen beschikbaar stellen, en over uitgaven tot € 4.000 per schooljaar. Over het PTA/OER, personeel en grotere uitgaven beslissen de besturen.

## § 4 Rapportage en verantwoording

4.1 De routecoördinatoren sturen beide besturen in maart en in september een schriftelijke rapportage over de in- en uitstroom, het verzuim, de studievoortgang, de bpv en de examenresultaten.

4.2 Eens per jaar, in oktober, leggen zij in een bestuurlijk overleg met beide bestuurders verantwoording af over het afgelopen schooljaar. De afspraken uit dat overleg worden in een verslag vastgelegd.

## § 5 Inrichting van het onderwijs

5.1 In leerjaar 3 volgen de leerlingen drie dagen per week les op de school en één dag per week op de locatie Zorgplein van de instelling in Emmen; vanaf leerjaar 4 is het onderwijs volledig bij de instelling en in de bpv.

5.2 Het programma en de examinering per leerjaar zijn beschreven in het gezamenlijke PTA/OER, dat de besturen jaarlijks vóór 1 oktober vaststellen.

5.3 Twee docenten zorg en welzijn van de instelling geven in leerjaar 3 elke week zes uur les op de school. De docent Zorg en welzijn van de school blijft in leerjaar 4 mentor van de groep en geeft op het Zorgplein twee uur per week rekenen en Nederlands. Voor het vakoverstijgende praktijkdeel werken de docenten als één team met teambevoegdheid, zoals aangegeven in het PTA/OER. Iedere docent blijft in dienst van zijn eigen werkgever.

5.4 De leerlingen gebruiken het zorgappartement, de simulatieruimte en de babypoppen van het Zorgplein; de instelling gebruikt in leerjaar 3 het praktijklokaal verzorging van de school.

5.5 Klachten over een medewerker van de andere partij worden behandeld door de partij waar de klacht binnenkomt, met medewerking van de andere partij.

## § 6 Voortijdige beëindiging van de route

6.1 Een leerling die de geïntegreerde route verlaat, of van wie de routecoördinatoren vaststellen dat hij het diploma Helpende zorg en welzijn niet zal halen, stroomt door naar de Entreeopleiding (niveau 1) van de instelling, locatie Zorgplein.

6.2 De mentor zorgt voor een warme overdracht naar het team Entree; de leerling begint binnen twee weken na het besluit in de Entreeopleiding.

## § 7 Financiën

7.1 Met toepassing van artikel 5.42a WVO 2020 draagt de school voor iedere leerling in leerjaar 3 van de route 22% van de vo-bekostiging die zij voor die leerling ontvangt over aan de instelling.

7.2 Dit bedrag is bestemd voor de inzet van de docenten van de instelling op de school (§ 5.3) en het gebruik van het Zorgplein door de leerlingen (§ 5.4).

7.3 De instelling draagt geen bekostiging over aan de school. De overdracht wordt in januari gefactureerd op basis van het aantal leerlingen op 1 oktober.

## § 8 Medezeggenschap

8.1 De leerlingen van de route mogen vanaf leerjaar 3 een vertegenwoordiger kiezen die als volwaardig lid deelneemt aan de studentenraad van de locatie Zorgplein van de instelling.

8.2 De oudergeleding van de medezeggenschapsraad van de school wordt tweemaal per jaar door de routecoördinatoren geïnformeerd over de route en kan daarover advies geven aan beide besturen.

## § 9 Duur, toetreding, opzegging en wijziging

9.1 Dit convenant geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

9.2 Een andere vbo-school uit Zuidoost-Drenthe kan toetreden als beide partijen dat schriftelijk goedkeuren en de nieuwe school dit convenant mede ondertekent. Toetreding gaat in per 1 augustus en wordt bij DUO gemeld.

9.3 Iedere partij kan het convenant schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van één jaar. Vanaf de opzegging worden geen nieuwe leerlingen meer toegelaten; leerlingen die al in de route zitten, maken haar af op de voet van dit convenant.

9.4 Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend; zij gaan in bij de start van een nieuw schooljaar en worden niet ten nadele van zittende leerlingen toegepast.

Getekend te Emmen op 23 juni 2025.

#TABLE widths=0.5,0.5 header=0
| Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe¶A.H. Lubbers, bestuurder | Stichting Drents Beroepsonderwijs Veenkoloniën¶drs. G.A. Moes-Tiems, voorzitter college van bestuur |
"""

sample(
    388, "388_convenant_paragrafen_drenthe_zorg", "docx",
    "DOCX convenant with a long considerans and §-sections; Zuidoost-Drenthe, geïntegreerde route "
    "Zorg en welzijn bb -> Helpende zorg en welzijn niveau 2; defects: f weak (leaving the "
    "geïntegreerde route means automatic transfer to Entree, nothing else), i missing (dispute "
    "settlement only in an 'overwegende dat' line).",
    st("p p p p p w p p m p"),
    {"a": "§ 1 Geïntegreerde route",
     "b": "§ 2 Praktijkpartners",
     "c": "§ 3 Routecoördinatoren",
     "d": "§ 4 Rapportage en verantwoording",
     "e": "§ 5 Inrichting van het onderwijs",
     "g": "§ 7 Financiën",
     "h": "§ 8 Medezeggenschap",
     "j": "§ 9 Duur, toetreding, opzegging en wijziging"},
    T388)


# ---------------------------------------------------------------------------------------------
# @@AGREEMENTS@@
# ---------------------------------------------------------------------------------------------


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
