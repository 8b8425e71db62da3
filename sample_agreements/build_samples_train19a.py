#!/usr/bin/env python3
"""Build training samples 285-292 (batch train19a) for leerroute-check.

Written by an independent sample author (a helper session), from the two official guidance
documents in shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie),
shared/domain.md and sample_agreements/LABELS.md only -- without looking at the checker code,
the models, the tests, the benchmarks, the heldout set or the texts/build scripts of other samples.

Focus of this batch: agreements that are compliant in words nobody expects (nominal and passive
style, jargon, synonyms instead of the checklist words, arrangements spread over two articles that
refer to each other, items arranged in an annex that is included). Seven are fully compliant;
292 has exactly one subtle defect (a transfer of bekostiging whose omvang is left to a yearly
decision -> g weak).

Usage:
    python3 build_samples_train19a.py            # build all
    python3 build_samples_train19a.py 285 290    # build only these
    python3 build_samples_train19a.py --check    # verify every produced file
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

SAMPLES = {}


def sample(num, slug, fmt, description, statuses, evidence, text):
    assert 285 <= num <= 292
    SAMPLES[num] = dict(num=num, slug=slug, fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, text=text)


def st(s):
    """'p p w ...' (a..j) -> statuses dict."""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10, s
    return {k: m[v] for k, v in zip("abcdefghij", parts)}


# --------------------------------------------------------------------------------------------
# Mini markup: one block per line.
#   "# "  title            "## " heading          "### " subheading
#   "- "  bullet           "| a | b |" table row (first row of a run is the header)
#   "= "  centred line     anything else: a paragraph.  Empty lines are ignored.
# --------------------------------------------------------------------------------------------

def parse(text):
    blocks = []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        elif line.startswith("= "):
            blocks.append(("c", line[2:]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        else:
            blocks.append(("p", line))
    return blocks


def render_txt(blocks, md=False):
    out = []
    for kind, val in blocks:
        if kind == "h1":
            out.append(("# " + val) if md else val)
            if not md:
                out.append("=" * min(len(val), 78))
        elif kind == "h2":
            out.append(("## " + val) if md else val)
            if not md:
                out.append("-" * min(len(val), 78))
        elif kind == "h3":
            out.append(("### " + val) if md else val)
        elif kind == "li":
            out.append("- " + val)
        elif kind == "c":
            out.append(val)
        elif kind == "table":
            rows = val
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "|".join("---" for _ in rows[0]) + "|")
                for r in rows[1:]:
                    out.append("| " + " | ".join(r) + " |")
            else:
                for r in rows:
                    out.append("  " + " | ".join(r))
        else:
            out.append(val)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(blocks, path, title):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10,
                          leading=13.5, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=14,
                        leading=18, spaceAfter=10)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11,
                        leading=14, spaceBefore=8, spaceAfter=4)
    h3 = ParagraphStyle("h3", parent=ss["Heading3"], fontName="Helvetica-BoldOblique",
                        fontSize=10, leading=13, spaceBefore=4, spaceAfter=3)
    cen = ParagraphStyle("cen", parent=body, alignment=TA_CENTER)
    li = ParagraphStyle("li", parent=body, leftIndent=14, bulletIndent=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0)
    story = []
    for kind, val in blocks:
        if kind == "h1":
            story.append(Paragraph(_esc(val), h1))
        elif kind == "h2":
            story.append(Paragraph(_esc(val), h2))
        elif kind == "h3":
            story.append(Paragraph(_esc(val), h3))
        elif kind == "li":
            story.append(Paragraph(_esc(val), li, bulletText="\u2022"))
        elif kind == "c":
            story.append(Paragraph(_esc(val), cen))
        elif kind == "table":
            ncol = max(len(r) for r in val)
            data = [[Paragraph(_esc(c), cell) for c in r] + [""] * (ncol - len(r)) for r in val]
            width = 16.0 * cm
            t = Table(data, colWidths=[width / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(_esc(val), body))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, title=title,
                            author="", subject="", creator="", invariant=1)
    doc.build(story)


def render_docx(blocks, path, title):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    for kind, val in blocks:
        if kind == "h1":
            d.add_heading(val, level=0)
        elif kind == "h2":
            d.add_heading(val, level=1)
        elif kind == "h3":
            d.add_heading(val, level=2)
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "c":
            p = d.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
        else:
            d.add_paragraph(val)
    cp = d.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the output is byte-identical on rebuild
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))


def base(s):
    return "%d_%s" % (s["num"], s["slug"])


def build(s):
    blocks = parse(s["text"])
    title = next((v for k, v in blocks if k == "h1"), base(s))
    name = base(s)
    path = os.path.join(OUT, name + "." + s["fmt"])
    if s["fmt"] == "pdf":
        render_pdf(blocks, path, title)
    elif s["fmt"] == "docx":
        render_docx(blocks, path, title)
    elif s["fmt"] in ("txt", "md"):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(render_txt(blocks, md=(s["fmt"] == "md")))
    else:
        raise ValueError(s["fmt"])
    exp = expected(s)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", name + "." + s["fmt"])


def expected(s):
    return {"description": s["description"], "split": "train",
            "statuses": s["statuses"], "evidence": s["evidence"]}


def extract(path):
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
        import docx
        zipfile.ZipFile(path).testzip()
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
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def check():
    ok = True
    fmts = {}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        name = base(s)
        path = os.path.join(OUT, name + "." + s["fmt"])
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        if not os.path.exists(path):
            print("MISSING", path)
            ok = False
            continue
        size = os.path.getsize(path)
        if size >= 200 * 1024:
            print("TOO BIG", path, size)
            ok = False
        text = norm(extract(path))
        for item, ev in s["evidence"].items():
            if norm(ev) not in text:
                print("EVIDENCE NOT FOUND", name, item, repr(ev))
                ok = False
            if s["statuses"][item] != "present":
                print("EVIDENCE FOR NON-PRESENT ITEM", name, item)
                ok = False
        for item, v in s["statuses"].items():
            if v == "present" and item not in s["evidence"]:
                print("NO EVIDENCE FOR PRESENT ITEM", name, item)
                ok = False
        jpath = os.path.join(OUT, name + ".expected.json")
        with open(jpath, encoding="utf-8") as f:
            got = json.load(f)
        if got != expected(s):
            print("EXPECTED.JSON MISMATCH", jpath)
            ok = False
        # template remnants must not slip into compliant samples by accident
        if "……" in text or "[Hier" in text:
            print("TEMPLATE REMNANT", name)
            ok = False
        print("%-70s %6d bytes %5d words  %s" % (name + "." + s["fmt"], size, len(text.split()),
                                                 " ".join(s["statuses"][k][0] if s["statuses"][k] != "not_applicable" else "n" for k in "abcdefghij")))
    print("formats:", fmts)
    for fn in os.listdir(OUT):
        m = re.match(r"^(\d{3})_", fn)
        if m and 285 <= int(m.group(1)) <= 292:
            stem = fn.split(".")[0]
            if int(m.group(1)) not in SAMPLES or stem != base(SAMPLES[int(m.group(1))]):
                print("STRAY FILE", fn)
                ok = False
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


# ============================================================================================
# The agreements
# ============================================================================================

# --------------------------------------------------------------------------------------------
# 285 -- notarial deed, long, Den Helder, maritiem en techniek (kb) -> mbo-3 scheepsbouw
# --------------------------------------------------------------------------------------------
T285 = """
= Kenmerk: GAH/2025.0417/MvD
= Doorlopende leerroute Maritiem en techniek – Scheepsbouw
# AKTE HOUDENDE SAMENWERKINGSOVEREENKOMST
Heden, dertig juni tweeduizend vijfentwintig, verschenen voor mij, mr. Geertruida Anna Hoogeveen, notaris gevestigd te Den Helder:
1. de heer Pieter Jan Kooiman, geboren te Anna Paulowna op zeventien maart negentienhonderd achtenzestig, zich legitimerende met zijn paspoort, ten deze handelend als enig lid van het college van bestuur van de stichting: Stichting Openbaar Voortgezet Onderwijs Kop van Noord-Holland, statutair gevestigd te Den Helder, kantoorhoudende te 1781 AB Den Helder, Marsdiepstraat 120, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41239876, en als zodanig deze stichting rechtsgeldig vertegenwoordigende, welke stichting het bevoegd gezag vormt van Scholengemeenschap Het Marsdiep, school voor voorbereidend middelbaar beroepsonderwijs, hierna te noemen: "de Stichting VO";
2. mevrouw Hendrika Maria Zeeman, geboren te Schagen op negen november negentienhonderd vijfenzeventig, zich legitimerende met haar rijbewijs, ten deze handelend als voorzitter van de raad van bestuur van de stichting: Stichting Regionaal Opleidingencentrum Kop van Noord-Holland, statutair gevestigd te Den Helder, kantoorhoudende te 1781 CA Den Helder, Weststraat 3, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41240011, handelende onder de naam "Noordkop College", en als zodanig deze stichting rechtsgeldig vertegenwoordigende, hierna te noemen: "het ROC".
De Stichting VO en het ROC worden hierna gezamenlijk aangeduid als "partijen" en ieder afzonderlijk als "partij".
De comparanten, handelend als gemeld, verklaarden:
## OVERWEGINGEN
A. Partijen werken sinds het schooljaar tweeduizend negentien/tweeduizend twintig samen bij de opleiding van jongeren voor de scheepsbouw en de maritieme toelevering in de Kop van Noord-Holland.
B. Partijen wensen die samenwerking te bestendigen in een doorlopende leerroute als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs.
C. De wet vereist dat een dergelijke leerroute wordt verzorgd op grond van een samenwerkingsovereenkomst waarin de in artikel 2.107b, tweede lid, van de Wet voortgezet onderwijs 2020 genoemde onderwerpen zijn geregeld.
D. Partijen hebben ervoor gekozen hun afspraken bij notariële akte vast te leggen, teneinde de bestendigheid daarvan ook bij wisseling van personen te waarborgen.
E. De medezeggenschapsraad van Scholengemeenschap Het Marsdiep en de studentenraad en de ondernemingsraad van het ROC hebben over het voornemen tot deze samenwerking advies uitgebracht.
Vervolgens verklaarden de comparanten, handelend als gemeld, dat partijen zijn overeengekomen als volgt:
## Artikel 1 – Begripsbepalingen
In deze akte en de daaraan gehechte bijlagen wordt verstaan onder:
- de route: de doorlopende leerroute als omschreven in artikel 2;
- de school: Scholengemeenschap Het Marsdiep te Den Helder;
- het college: het Noordkop College, onderdeel van het ROC;
- leerling: een jongere die deelneemt aan de route en staat ingeschreven bij de school;
- student: een jongere die deelneemt aan de route en staat ingeschreven bij het ROC;
- het Coördinatiecollege: het orgaan, bedoeld in artikel 3;
- de Bestuurders: het college van bestuur van de Stichting VO en de raad van bestuur van het ROC;
- het leerjarenoverzicht: de beschrijving van het onderwijsprogramma en de examinering per leerjaar, gehecht aan deze akte als Bijlage 3;
- de werkplaats: de scheepsbouwwerkplaats van het college op het terrein Willemsoord te Den Helder.
## Artikel 2 – Voorwerp van de overeenkomst
2.1. Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde leerjaar van de kaderberoepsgerichte leerweg van de school, profiel Maritiem en techniek, en die leidt tot het diploma van de vakopleiding Allround medewerker scheepsbouw, niveau 3, beroepsopleidende leerweg, van het college, behorend tot het opleidingsdomein Mobiliteit, transport, logistiek en maritiem.
2.2. De route omvat vier routejaren. De routejaren 1 en 2 vormen de vo-fase; de routejaren 3 en 4 vormen de mbo-fase.
2.3. Partijen doen gezamenlijk de melding, bedoeld in artikel 2.107c van de Wet voortgezet onderwijs 2020 en artikel 9.1.4 van de Wet educatie en beroepsonderwijs, door registratie van de route in het Registratie Instellingen en Opleidingen, ieder voor zover het de eigen instelling betreft, vóór de aanvang van het eerste schooljaar waarin leerlingen tot de route worden toegelaten.
## Artikel 3 – Het Coördinatiecollege
3.1. De dagelijkse aansturing van de route berust bij een Coördinatiecollege, bestaande uit drie leden, te weten:
- de afdelingsleider bovenbouw kaderberoepsgerichte leerweg van de school;
- de opleidingsmanager Maritiem en Techniek van het college;
- de routecoördinator, die tevens als secretaris van het Coördinatiecollege fungeert.
3.2. De leden worden aangewezen bij gezamenlijk schriftelijk besluit van de Bestuurders, voor een termijn van drie schooljaren, met de mogelijkheid van wederaanwijzing. De routecoördinator wordt aangewezen op gezamenlijke voordracht van de beide andere leden. De Bestuurders kunnen een aanwijzing te allen tijde gezamenlijk intrekken.
3.3. Het Coördinatiecollege besluit bij meerderheid van stemmen; een besluit dat uitsluitend de vo-fase betreft, wordt niet genomen tegen de stem van het lid afkomstig van de school, en een besluit dat uitsluitend de mbo-fase betreft niet tegen de stem van het lid afkomstig van het college.
3.4. De taken die de Bestuurders aan het Coördinatiecollege opdragen en de daarbij behorende bevoegdheden zijn opgenomen in het mandaatbesluit dat als Bijlage 2 aan deze akte is gehecht en daarvan onlosmakelijk deel uitmaakt. Hetgeen niet bij dat mandaatbesluit is opgedragen, blijft voorbehouden aan de Bestuurders.
## Artikel 4 – Rekenschap en inlichtingen
4.1. Het Coördinatiecollege doet jaarlijks, uiterlijk op één november, aan ieder der Bestuurders schriftelijk rekenschap van het gevoerde beleid en de uitvoering van de route in het afgelopen schooljaar, door middel van een verslag dat ten minste vermeldt: de instroom, doorstroom en uitstroom per cohort, de resultaten van de examinering, de inzet van personeel en faciliteiten, de ontvangen klachten en de toepassing van artikel 10.
4.2. In de maand februari brengt het Coördinatiecollege aan de Bestuurders een beknopt tussentijds bericht uit over de voortgang in het lopende schooljaar.
4.3. Het Coördinatiecollege verschijnt tweemaal per schooljaar in het bestuurlijk overleg van de Bestuurders ter bespreking van het verslag onderscheidenlijk het tussentijdse bericht, en verstrekt ieder der Bestuurders binnen tien werkdagen na een daartoe strekkend verzoek alle inlichtingen die deze verlangt.
## Artikel 5 – Inrichting van het onderwijs
5.1. De vo-fase wordt verzorgd in het gebouw van de school, met dien verstande dat de leerlingen vanaf routejaar 1 één dag per week onderwijs ontvangen in de werkplaats. De mbo-fase wordt verzorgd in de werkplaats en in het hoofdgebouw van het college.
5.2. Het onderwijsprogramma en de examinering per leerjaar, met aanduiding van de onderdelen die tot het voortgezet onderwijs en de onderdelen die tot het beroepsonderwijs behoren, zijn beschreven in het leerjarenoverzicht (Bijlage 3). Het centraal examen van de kaderberoepsgerichte leerweg wordt afgenomen in routejaar 2. De examinering van het beroepsonderwijs vangt aan in routejaar 1.
5.3. Gedurende de vo-fase berust de verantwoordelijkheid voor het onderwijs, de examinering en de diplomering van het voortgezet onderwijs bij de Stichting VO; het ROC draagt gedurende de gehele route de verantwoordelijkheid voor het beroepsonderwijs, daaronder begrepen de beroepspraktijkvorming en de examinering en diplomering daarvan.
5.4. Het Coördinatiecollege stelt jaarlijks vóór één juli het rooster van het volgende schooljaar vast, binnen de kaders van het leerjarenoverzicht.
## Artikel 6 – Inzet van leraren en instructeurs
6.1. Het onderwijs in de route wordt verzorgd door één team, bestaande uit leraren in dienst van de Stichting VO en docenten en instructeurs in dienst van het ROC. De arbeidsrechtelijke positie van ieder teamlid blijft ongewijzigd; ieder teamlid blijft in dienst van zijn eigen werkgever.
6.2. De programmaonderdelen "Scheepsbouwpraktijk" en "Technisch tekenen en werkvoorbereiding" worden verzorgd door een team van leraren en docenten als bedoeld in artikel 7.13a van de Wet voortgezet onderwijs 2020 en artikel 9.1.12 van de Wet educatie en beroepsonderwijs. Het leerjarenoverzicht vermeldt bij ieder onderdeel of een dergelijk team wordt ingezet en welk teamlid voor welk deel verantwoordelijk is.
6.3. Het ROC stelt voor de vo-fase ten minste twee instructeurs scheepsbouw beschikbaar, gezamenlijk ten minste zestien lesuren per week; de Stichting VO stelt voor de mbo-fase een leraar Nederlands en een leraar wiskunde beschikbaar voor in totaal zes lesuren per week.
6.4. Partijen dragen zorg voor gezamenlijke scholing van het team gedurende ten minste twee studiedagen per schooljaar.
## Artikel 7 – Gebouwen, werkplaats en leermiddelen
7.1. Het ROC stelt de werkplaats, met inbegrip van de lasboxen, de plaatbewerkingsmachines en de scheepsbouwsimulator, gedurende de in het rooster opgenomen uren ter beschikking aan de leerlingen in de vo-fase.
7.2. De Stichting VO stelt het technieklokaal en het tekenlokaal van de school ter beschikking voor de onderdelen van de mbo-fase die daar worden verzorgd.
7.3. Persoonlijke beschermingsmiddelen worden voor de leerlingen verstrekt door de Stichting VO en voor de studenten door het ROC. Ieder der partijen blijft verantwoordelijk voor onderhoud en verzekering van de eigen gebouwen en inventaris.
## Artikel 8 – Medewerking van de beroepspraktijk
8.1. De werven en toeleveranciers vermeld in Bijlage 4 hebben zich jegens partijen verbonden tot medewerking aan de route. Zij verzorgen voor iedere leerling in routejaar 1 en 2 ten minste vier bedrijfsbezoeken en één snuffelstage van een week, bieden in de mbo-fase de plaatsen voor de beroepspraktijkvorming aan en leveren voor de proeve van bekwaamheid een praktijkopleider die meebeoordeelt.
8.2. Een afvaardiging van die werven vormt met de opleidingsmanager de Adviesraad Maritiem, die tweemaal per jaar bijeenkomt en het leerjarenoverzicht toetst aan de ontwikkelingen in de scheepsbouw. Het Coördinatiecollege beslist gemotiveerd over de adviezen van de Adviesraad.
8.3. De Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven draagt zorg voor de erkenning van de leerbedrijven; partijen plaatsen uitsluitend studenten bij erkende leerbedrijven.
## Artikel 9 – Klachten
Een klacht van een leerling of student of diens ouders over een gedraging van een personeelslid of van het bevoegd gezag van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere partij verleent daaraan alle medewerking en draagt de verantwoordelijkheid voor de afhandeling van het deel van de klacht dat haar eigen personeel betreft.
## Artikel 10 – Voortzetting van de schoolloopbaan
10.1. Indien de deelname van een leerling of student aan de route eindigt voordat de route met goed gevolg is doorlopen, wordt hem de gelegenheid geboden zijn schoolloopbaan voort te zetten en een diploma te behalen, als volgt:
- bij het einde van de deelname in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg van de school, in het profiel Maritiem en techniek of, zo de leerling dat wenst, in een ander door de school aangeboden profiel, gericht op het behalen van het diploma vmbo;
- indien het diploma vmbo aan het einde van routejaar 3 niet is behaald: instroom in een andere opleiding van het college op niveau 2 of 3 die aansluit bij de reeds behaalde onderdelen, dan wel het opnieuw afleggen van het examen vmbo, zulks naar keuze van de student;
- bij het einde van de deelname in de mbo-fase: voortzetting in een andere opleiding van het college op hetzelfde niveau, eventueel in een andere richting, of in de beroepsbegeleidende leerweg bij een van de in Bijlage 4 vermelde werven.
10.2. Welke voortzetting passend is, wordt bepaald bij gezamenlijk oordeel van de afdelingsleider van de school en de opleidingsmanager van het college, op grond van het door de leerling bereikte onderwijsniveau en diens leeftijd, na overleg met de leerling of student en diens ouders. Het oordeel wordt schriftelijk en gemotiveerd aan hen medegedeeld.
10.3. Voor een voortzetting binnen het college gelden de vooropleidingseisen niet. Wenst de jongere zijn opleiding voort te zetten bij een andere instelling, dan begeleidt het college de overgang en verstrekt het, met toestemming van de jongere of diens ouders, de gegevens die de ontvangende instelling nodig heeft voor een onderzoek naar de geschiktheid.
10.4. De nadere uitwerking van dit artikel, met voorbeelden per routejaar, wordt jaarlijks in de schoolgids van de school en in de studiegids van het college opgenomen.
## Artikel 11 – Geldelijke bepalingen
11.1. De Stichting VO draagt met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 aan het ROC over een bedrag van één duizend één honderd vijftig euro (EUR 1.150,00) per leerling per schooljaar van de vo-fase, berekend naar het aantal leerlingen dat op één oktober van het betreffende schooljaar in de route staat ingeschreven.
11.2. Het overgedragen bedrag is uitsluitend bestemd voor de bekostiging van de inzet van de instructeurs, bedoeld in artikel 6.3, en van het gebruik van de werkplaats en de daarbij behorende materialen, bedoeld in artikel 7.1.
11.3. Betaling geschiedt in twee gelijke termijnen, op één december en op één mei. Het ROC legt in het verslag, bedoeld in artikel 4.1, verantwoording af over de besteding.
11.4. Het ROC draagt geen bekostiging over aan de Stichting VO. De inzet van leraren van de Stichting VO in de mbo-fase, bedoeld in artikel 6.3, geschiedt over en weer zonder vergoeding.
## Artikel 12 – Inspraak
12.1. Leerlingen in routejaar 2, die nog bij de school staan ingeschreven en het grootste deel van hun onderwijs in de werkplaats ontvangen, zijn gerechtigd uit hun midden één waarnemer aan te wijzen die de vergaderingen van de studentenraad van het college bijwoont en daar spreekrecht heeft over onderwerpen die de route betreffen.
12.2. De medezeggenschapsraad van de school en de studentenraad van het college worden eenmaal per schooljaar gezamenlijk bijeengeroepen door het Coördinatiecollege, ter bespreking van het verslag, bedoeld in artikel 4.1. Een voorgenomen besluit van de Bestuurders tot wijziging van artikel 10 wordt aan beide raden voor advies voorgelegd.
## Artikel 13 – Beslechting van meningsverschillen
13.1. Rijzen tussen partijen verschillen van inzicht omtrent de uitleg of de uitvoering van deze akte, dan stelt de meest gerede partij de andere partij daarvan schriftelijk in kennis, waarna de Bestuurders binnen vier weken in persoon overleg plegen.
13.2. Heeft dat overleg binnen acht weken na de kennisgeving niet tot overeenstemming geleid, dan leggen partijen het meningsverschil voor aan een door hen gezamenlijk aan te zoeken mediator. Komen partijen binnen vier weken niet tot overeenstemming over de persoon van de mediator, dan wordt deze op verzoek van de meest gerede partij aangewezen door de deken van de Orde van Advocaten in het arrondissement Noord-Holland.
13.3. Is het meningsverschil binnen drie maanden na de aanvang van de mediation niet beslecht, dan wordt het uitsluitend voorgelegd aan de bevoegde rechter van de Rechtbank Noord-Holland, locatie Alkmaar.
## Artikel 14 – Aansluiting van derden
14.1. Het bevoegd gezag van een andere school voor voorbereidend middelbaar beroepsonderwijs die het profiel Maritiem en techniek aanbiedt, of van een andere instelling voor beroepsonderwijs, kan tot deze overeenkomst toetreden, mits:
- de Bestuurders daarmee ieder schriftelijk instemmen;
- de toetredende partij bij onderhandse akte, mede-ondertekend door partijen, verklaart alle rechten en verplichtingen uit deze akte te aanvaarden;
- de toetreding ingaat op één augustus van enig jaar, zodat geen leerling of student gedurende een schooljaar met een wijziging van de route wordt geconfronteerd.
14.2. De toetredende partij verricht de melding, bedoeld in artikel 2.3, voor zover het haar betreft. De aansluiting laat de rechten van de op dat moment reeds deelnemende leerlingen en studenten onverlet.
## Artikel 15 – Duur en einde
15.1. Deze overeenkomst treedt in werking op één augustus tweeduizend vijfentwintig en is aangegaan voor onbepaalde tijd.
15.2. Iedere partij kan de overeenkomst beëindigen door opzegging bij aangetekende brief tegen één augustus van enig jaar, met inachtneming van een opzeggingstermijn van ten minste twaalf maanden.
15.3. Iedere partij is bevoegd de overeenkomst buitengerechtelijk te ontbinden indien de andere partij, na een schriftelijke ingebrekestelling met een termijn van ten minste drie maanden, in de nakoming van een wezenlijke verplichting uit deze akte tekort blijft schieten, of indien de andere partij haar bevoegdheid tot het verzorgen van het betrokken onderwijs verliest.
15.4. Na een opzegging of ontbinding worden geen nieuwe leerlingen meer tot de route toegelaten. Partijen blijven, ook na het einde van de overeenkomst, jegens elkaar gehouden de route te verzorgen voor alle leerlingen en studenten die op de dag van de opzegging of ontbinding reeds aan de route deelnemen, totdat zij de route hebben voltooid; is dat in geval van ontbinding redelijkerwijs niet mogelijk, dan wordt ten behoeve van iedere betrokken jongere artikel 10 toegepast.
## Artikel 16 – Aanpassing van de akte
16.1. Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke overeenkomst, ondertekend door alle partijen; een notariële akte is daarvoor niet vereist. Het Coördinatiecollege kan de Bijlagen 3 en 4 aanpassen binnen de grenzen van het mandaatbesluit.
16.2. Een wijziging die het onderwijsprogramma of de examinering van een lopend cohort betreft, treedt niet eerder in werking dan met ingang van het volgende schooljaar en mag de betrokken leerlingen en studenten niet in een nadeliger positie brengen.
16.3. Partijen evalueren deze overeenkomst in het voorjaar van tweeduizend achtentwintig en vervolgens iedere drie jaren.
## Artikel 17 – Slotbepalingen
17.1. Op deze overeenkomst is Nederlands recht van toepassing.
17.2. De kosten van deze akte worden door partijen ieder voor de helft gedragen.
17.3. Aan deze akte zijn gehecht: Bijlage 1 (besluiten van de Bestuurders tot het aangaan van deze overeenkomst), Bijlage 2 (mandaatbesluit Coördinatiecollege), Bijlage 3 (leerjarenoverzicht) en Bijlage 4 (medewerkende werven en toeleveranciers).
## SLOT AKTE
De comparanten zijn mij, notaris, bekend. Zakelijke inhoud van deze akte is aan de comparanten opgegeven en toegelicht. Zij hebben verklaard op volledige voorlezing van de akte geen prijs te stellen, van de inhoud daarvan tijdig voor het verlijden te hebben kennisgenomen en met de inhoud in te stemmen.
WAARVAN AKTE, in minuut verleden te Den Helder op de datum in het hoofd van deze akte vermeld. Onmiddellijk na beperkte voorlezing is deze akte door de comparanten en mij, notaris, ondertekend.
(getekend) P.J. Kooiman – H.M. Zeeman – G.A. Hoogeveen, notaris
## Bijlage 1 – Bestuursbesluiten
Besluit van het college van bestuur van de Stichting VO d.d. 12 mei 2025 en besluit van de raad van bestuur van het ROC d.d. 14 mei 2025 tot het aangaan van deze samenwerkingsovereenkomst, na ontvangen advies van de medezeggenschapsorganen (overweging E). Afschriften berusten ten kantore van de notaris.
## Bijlage 2 – Mandaatbesluit Coördinatiecollege
De Bestuurders dragen aan het Coördinatiecollege de volgende taken op en verlenen daartoe de volgende bevoegdheden:
- het vaststellen van het rooster en de verdeling van lesuren over de leerjaren, binnen het leerjarenoverzicht;
- het toelaten van leerlingen tot de route, na advies van de mentor en de decaan van de school;
- het inroosteren en aansturen van de teamleden, bedoeld in artikel 6, met dien verstande dat beslissingen over aanstelling, beoordeling en ontslag bij de werkgever blijven;
- het aangaan van afspraken met de in Bijlage 4 vermelde werven, zonder dat daaruit financiële verplichtingen voor partijen voortvloeien;
- het vaststellen van de jaarlijkse onderwijs- en examenplanning, onder voorbehoud van de wettelijke bevoegdheden van de examencommissie van het college en de examensecretaris van de school;
- het beheren van een budget voor leermiddelen en excursies van ten hoogste EUR 15.000 per schooljaar;
- het voorbereiden van de toepassing van artikel 10 in individuele gevallen.
Niet opgedragen en derhalve voorbehouden aan de Bestuurders zijn: wijziging van de akte, aanvaarding van toetreding, opzegging en ontbinding, en iedere verplichting met een financieel belang boven EUR 15.000.
## Bijlage 3 – Leerjarenoverzicht
| Routejaar | Fase en locatie | Onderwijs | Examinering |
| 1 (leerjaar 3 kb) | vo-fase; school, één dag werkplaats | algemene vakken, profielvak Maritiem en techniek, keuzevak Plaatbewerking | schoolexamen vmbo; eerste mbo-vakbekwaamheidsopdracht |
| 2 (leerjaar 4 kb) | vo-fase; school, één dag werkplaats | algemene vakken, profielvak, beroepsgerichte module Scheepsbouw I (team, artikel 6.2) | centraal examen vmbo; mbo-examen basisvaardigheden |
| 3 (mbo 1) | mbo-fase; college en werkplaats | Scheepsbouwpraktijk, Technisch tekenen en werkvoorbereiding (team), Nederlands, rekenen | mbo-examens kerntaak 1; bpv 10 weken |
| 4 (mbo 2) | mbo-fase; college en leerbedrijf | verdieping, keuzedelen | proeve van bekwaamheid; bpv 20 weken |
## Bijlage 4 – Medewerkende werven en toeleveranciers
- Helderse Jachtbouw B.V., Den Helder;
- Koopmans Marine Services B.V., Den Oever;
- Scheepswerf De Kaag B.V., Den Helder;
- Noordkop Staalconstructies V.O.F., Schagen.
"""

sample(285, "notariele_akte_den_helder_scheepsbouw", "pdf",
       "Notarial deed (akte with comparanten, overwegingen, slot akte), long PDF; Den Helder, "
       "maritiem en techniek kb -> mbo-3 scheepsbouw; fully compliant in notarial wording "
       "(Coördinatiecollege with tasks in an included mandaatbesluit annex, 'rekenschap', "
       "'voortzetting van de schoolloopbaan', 'meningsverschillen', 'aansluiting van derden').",
       st("p p p p p p p p p p"),
       {"a": "Artikel 2 – Voorwerp van de overeenkomst",
        "b": "Artikel 8 – Medewerking van de beroepspraktijk",
        "c": "Artikel 3 – Het Coördinatiecollege",
        "d": "Artikel 4 – Rekenschap en inlichtingen",
        "e": "Artikel 6 – Inzet van leraren en instructeurs",
        "f": "Artikel 10 – Voortzetting van de schoolloopbaan",
        "g": "Artikel 11 – Geldelijke bepalingen",
        "h": "Artikel 12 – Inspraak",
        "i": "Artikel 13 – Beslechting van meningsverschillen",
        "j": "Artikel 15 – Duur en einde"},
       T285)

# --------------------------------------------------------------------------------------------
# 286 -- school board's legal adviser, DOCX, Dordrecht, mobiliteit en transport (kb) -> mbo-3
# --------------------------------------------------------------------------------------------
T286 = """
= Bestuursbureau Stichting Christelijk Voortgezet Onderwijs Drechtsteden – juridische zaken
= Definitieve versie 3.0, vastgesteld 16 juni 2025 (opgesteld door mr. S.A. Verbeek, juridisch adviseur)
# Samenwerkingsovereenkomst doorlopende leerroute Logistiek Drechtsteden
## Partijen
1. Stichting Christelijk Voortgezet Onderwijs Drechtsteden, gevestigd te Dordrecht, bevoegd gezag van het Oudelandse College (vmbo), te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, drs. M.J. (Marieke) van Wingerden, hierna: "de Stichting";
2. Stichting Regionaal Opleidingencentrum Drechtwaard, gevestigd te Dordrecht, handelend onder de naam Drechtwaard College, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, ing. R. (Ruud) Bakhuizen MBA, hierna: "Drechtwaard".
Partijen komen het volgende overeen.
## Artikel 1 Definities
In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute, bedoeld in artikel 2; de besturen: het college van bestuur van de Stichting en het college van bestuur van Drechtwaard; het directieoverleg: het overleg, bedoeld in artikel 4; het routeplan: het document in bijlage 1, dat deel uitmaakt van deze overeenkomst.
## Artikel 2 Reikwijdte
2.1 Partijen bieden met ingang van 1 augustus 2025 gezamenlijk een doorlopende leerroute vmbo-mbo aan. De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, van het Oudelandse College en wordt afgesloten met het diploma van de mbo-opleiding Logistiek teamleider (niveau 3, BOL) van Drechtwaard.
2.2 De route duurt vier jaar: twee jaar vo-fase en twee jaar mbo-fase. Partijen melden de route ieder voor zich tijdig aan in RIO.
## Artikel 3 Uitgangspunten
Partijen beogen met de route overlap tussen het vmbo- en het mbo-programma te voorkomen, leerlingen eerder in aanraking te brengen met de logistieke praktijk in de regio en de uitval op het overgangsmoment vmbo-mbo terug te dringen.
## Artikel 4 Directieoverleg
4.1 Er is een directieoverleg dat de route aanstuurt. Daarin hebben zitting de afdelingsdirecteur vmbo van het Oudelandse College en de teamleider Logistiek van het Drechtwaard College. De routecoördinator woont de vergaderingen bij met een adviserende stem.
4.2 De wijze waarop de leden worden aangewezen en het mandaat van het directieoverleg zijn geregeld in artikel 5.
Toelichting. Bewust is niet gekozen voor een aparte stuurgroep naast het bestaande directieoverleg; de route wordt ingebed in de reguliere lijn van beide organisaties.
## Artikel 5 Aanwijzing en mandaat van het directieoverleg
5.1 De leden van het directieoverleg, bedoeld in artikel 4.1, worden aangewezen door het bestuur van de partij in wier dienst zij zijn: de afdelingsdirecteur vmbo door het college van bestuur van de Stichting, de teamleider Logistiek door het college van bestuur van Drechtwaard. Het aanwijzende bestuur stelt het andere bestuur daarvan schriftelijk op de hoogte en wijst bij vacature of langdurige afwezigheid op dezelfde wijze een vervanger aan. De routecoördinator wordt door de besturen gezamenlijk aangewezen, na voordracht door het directieoverleg.
5.2 Het directieoverleg is belast met en bevoegd tot:
- het vaststellen en jaarlijks actualiseren van het routeplan, met uitzondering van de onderdelen die de examinering betreffen, waarover de examencommissies beslissen;
- de toelating van leerlingen tot de route;
- het vaststellen van de jaarplanning en de roosters;
- het verdelen van de inzet van het docententeam binnen de formatie die de besturen daarvoor beschikbaar stellen;
- het sluiten van afspraken met leerbedrijven over stage, bedrijfsbezoeken en praktijkopdrachten;
- de beslissingen in individuele gevallen, bedoeld in artikel 9.
5.3 Besluiten met financiële gevolgen buiten de vastgestelde begroting, besluiten over personele formatie en besluiten over wijziging of beëindiging van deze overeenkomst blijven voorbehouden aan de besturen.
## Artikel 6 Informatievoorziening en rekenschap
6.1 Het directieoverleg stelt twee keer per jaar, vóór 1 februari en vóór 1 september, een voortgangsnotitie op die aan beide besturen wordt toegezonden. De notitie bevat in elk geval de aantallen leerlingen en studenten per leerjaar, de voortijdige uitstroom en de redenen daarvan, de examenresultaten en de knelpunten in de uitvoering.
6.2 De septembernotitie wordt besproken in een jaarlijks bestuurlijk gesprek in oktober, waarin het directieoverleg zich tegenover beide besturen verantwoordt over de uitvoering van het routeplan in het afgelopen schooljaar.
6.3 Bij incidenten die de continuïteit van de route raken, informeert het directieoverleg beide besturen onverwijld.
## Artikel 7 Uitvoering
7.1 De vo-fase vindt plaats op het Oudelandse College; de leerlingen volgen vanaf leerjaar 3 één dagdeel per week les in het logistiek leerbedrijf van Drechtwaard aan de Mijlweg. De mbo-fase vindt plaats op het Drechtwaard College.
7.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar zijn uitgewerkt in het routeplan (bijlage 1). Daarin is per programmaonderdeel aangegeven of het tot het vmbo, het mbo of tot beide behoort.
7.3 Het onderwijs wordt verzorgd door één docententeam van leraren van het Oudelandse College en docenten van Drechtwaard, die over en weer worden ingezet. Voor de vak- en sectoroverstijgende modules "Magazijn en voorraad" en "Planning en transport" maken partijen gebruik van de mogelijkheid tot inzet van een team als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het routeplan vermeldt per module de samenstelling van het team. Iedere docent blijft in dienst van zijn eigen werkgever.
7.4 Drechtwaard stelt het logistiek leerbedrijf, de heftruck- en reachtruckbaan en de planningssoftware kosteloos ter beschikking voor de vo-fase. Het Oudelandse College stelt in de mbo-fase, voor de lessen Nederlands en rekenen, zijn lokalen en Chromebooks ter beschikking.
7.5 Klachten over een medewerker van de andere partij worden behandeld volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere partij werkt mee.
## Artikel 8 Inbreng van het werkveld
8.1 Partijen betrekken de logistieke bedrijven in de Drechtsteden bij de inhoud en uitvoering van de route via de Logistieke Kring Drechtsteden, waarvan de leden als leerbedrijf door SBB zijn erkend.
8.2 De deelnemende bedrijven (in 2025: Van der Staay Transport B.V., Distributiecentrum Zeehaven B.V. en Merwe Warehousing B.V.) leveren per schooljaar ten minste twee praktijkopdrachten voor de vo-fase, ontvangen iedere leerling voor een bedrijfsbezoek en een meeloopdag, bieden de stageplaatsen in de mbo-fase en wijzen een praktijkbeoordelaar aan voor de proeve van bekwaamheid.
8.3 Eenmaal per jaar, in maart, bespreekt het directieoverleg het routeplan met de Logistieke Kring; de adviezen van de Kring worden in de voortgangsnotitie van 1 september vermeld, met de reactie van het directieoverleg.
## Artikel 9 Voortijdig verlaten van de route
9.1 Stopt een leerling tijdens de vo-fase met de route, dan zet hij zijn opleiding voort in de reguliere kaderberoepsgerichte leerweg van het Oudelandse College, in het profiel Mobiliteit en transport of in een ander profiel van de school, met het vmbo-diploma als doel.
9.2 Heeft een leerling aan het einde van het eerste jaar van de mbo-fase zijn vmbo-diploma niet behaald, dan kan hij zonder dat diploma doorstromen naar een andere opleiding van Drechtwaard op niveau 2 of 3 die aansluit bij wat hij al heeft behaald, of het vmbo-examen opnieuw afleggen.
9.3 Stopt een student tijdens de mbo-fase, dan krijgt hij een plaats in een andere opleiding op niveau 3 van Drechtwaard, in hetzelfde of een ander opleidingsdomein, of in de BBL-variant van de opleiding Logistiek teamleider.
9.4 Over de vraag welke vervolgstap passend is, beslist het directieoverleg gezamenlijk, na een gesprek met de leerling en zijn ouders, waarbij het bereikte onderwijsniveau en de leeftijd van de jongere de doorslag geven. Vooropleidingseisen worden bij een overstap binnen Drechtwaard niet gesteld.
Toelichting. De afdelingsdirecteur en de teamleider beslissen dus samen; geen van beide partijen beslist alleen over de vervolgplek van een leerling.
## Artikel 10 Middelen
10.1 Partijen zien af van overheveling van (een deel van) hun rijksbijdrage als bedoeld in artikel 5.42a WVO 2020 en artikel 9.1.15 WEB. Iedere partij draagt de kosten van haar eigen personeel, gebouwen en leermiddelen.
10.2 Het over en weer beschikbaar stellen van docenten en voorzieningen op grond van artikel 7 geschiedt zonder vergoeding; partijen brengen elkaar daarvoor niets in rekening.
## Artikel 11 Inspraak en advies
11.1 De medezeggenschapsraad van het Oudelandse College en de studentenraad van het Drechtwaard College wijzen ieder twee leden aan voor een gezamenlijke routecommissie, die jaarlijks in november met het directieoverleg de voortgangsnotitie bespreekt.
11.2 Leerlingen van de route die nog op het Oudelandse College staan ingeschreven, mogen deelnemen aan de verkiezingen en de vergaderingen van de studentenraad van het Drechtwaard College, met stemrecht over onderwerpen die de route betreffen.
11.3 Voorgenomen besluiten van de besturen over wijziging of beëindiging van deze overeenkomst worden voorafgaand aan beide medezeggenschapsorganen voor advies voorgelegd.
## Artikel 12 Verschil van inzicht
12.1 Een verschil van inzicht tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken in het directieoverleg. Leidt dat binnen vier weken niet tot een oplossing, dan wordt het voorgelegd aan de voorzitters van beide besturen.
12.2 Komen de bestuursvoorzitters niet binnen zes weken tot overeenstemming, dan vragen partijen bindend advies aan een onafhankelijke deskundige die zij samen aanwijzen. Worden zij het over die persoon niet eens, dan wordt hij op verzoek van een van beide partijen aangewezen door de voorzitter van de Stichting Onderwijsgeschillen. De kosten van het bindend advies worden door partijen gelijk gedeeld.
Toelichting. Het bindend advies is het eindpunt; een gang naar de rechter is alleen aan de orde voor de vraag of het advies rechtsgeldig tot stand is gekomen.
## Artikel 13 Nieuwe partners
13.1 Een andere vmbo-school of mbo-instelling uit de Drechtsteden kan partij worden bij deze overeenkomst als beide besturen daarmee schriftelijk instemmen en de nieuwe partij de overeenkomst in een aanvullende overeenkomst integraal aanvaardt.
13.2 Een nieuwe partij neemt deel met ingang van het schooljaar dat volgt op de ondertekening van de aanvullende overeenkomst, zodat lopende groepen niet tijdens het schooljaar worden gesplitst of samengevoegd. De nieuwe partij meldt haar deelname zelf aan in RIO.
## Artikel 14 Looptijd en beëindiging
14.1 Deze overeenkomst geldt voor onbepaalde tijd.
14.2 Elke partij kan de overeenkomst beëindigen met een schriftelijke kennisgeving aan de andere partij, uiterlijk op 1 augustus, met ingang van 1 augustus van het daaropvolgende jaar.
14.3 Partijen kunnen de overeenkomst met onmiddellijke ingang ontbinden als een van hen de bevoegdheid verliest om het vmbo- of mbo-onderwijs te verzorgen, of als de andere partij ondanks een schriftelijke aanmaning haar verplichtingen ernstig blijft verzaken; artikel 14.4 blijft ook dan van toepassing.
14.4 Na een kennisgeving van beëindiging stromen geen nieuwe leerlingen meer in. Leerlingen en studenten die al in de route zitten, maken de route bij partijen af onder de voorwaarden van deze overeenkomst. Waar dat niet mogelijk is, wordt artikel 9 toegepast.
## Artikel 15 Aanpassing
Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met handtekening van beide besturen en na advies als bedoeld in artikel 11.3. Een aanpassing van het routeplan door het directieoverleg is geen wijziging van deze overeenkomst. Wijzigingen die een lopend leerjaar raken, gaan pas in bij de start van het volgende schooljaar.
## Ondertekening
Dordrecht, 30 juni 2025
Stichting Christelijk Voortgezet Onderwijs Drechtsteden – drs. M.J. van Wingerden, voorzitter college van bestuur
Stichting Regionaal Opleidingencentrum Drechtwaard – ing. R. Bakhuizen MBA, voorzitter college van bestuur
## Bijlage 1 Routeplan (samenvatting)
| Leerjaar | Waar | Programma | Examinering en bpv |
| Route 1 (kb 3) | Oudelandse College; 1 dagdeel logistiek leerbedrijf | AVO-vakken, profielvak M&T, module Magazijn en voorraad (team) | PTA vmbo; mbo-opdracht heftruckcertificaat |
| Route 2 (kb 4) | Oudelandse College; 1 dagdeel logistiek leerbedrijf | AVO-vakken, profielvak M&T, module Planning en transport (team) | CE vmbo; mbo-examen kerntaak 1 deel A |
| Route 3 (mbo 1) | Drechtwaard College | beroepsgerichte onderdelen niveau 3, Nederlands, rekenen | mbo-examens; bpv 8 weken |
| Route 4 (mbo 2) | Drechtwaard College en leerbedrijf | leidinggeven, keuzedelen | proeve van bekwaamheid; bpv 16 weken |
"""

sample(286, "bestuursjurist_dordrecht_logistiek", "docx",
       "Board's legal adviser (bestuursjurist) with 'Toelichting' notes, DOCX; Dordrecht, "
       "mobiliteit en transport kb -> mbo-3 Logistiek teamleider; fully compliant, leiding spread "
       "over two articles (directieoverleg + 'aanwijzing en mandaat'), 'verschil van inzicht' "
       "with bindend advies, 'zien af van overheveling', 'nieuwe partners'.",
       st("p p p p p p p p p p"),
       {"a": "Artikel 2 Reikwijdte",
        "b": "Artikel 8 Inbreng van het werkveld",
        "c": "Artikel 5 Aanwijzing en mandaat van het directieoverleg",
        "d": "Artikel 6 Informatievoorziening en rekenschap",
        "e": "Artikel 7 Uitvoering",
        "f": "Artikel 9 Voortijdig verlaten van de route",
        "g": "Artikel 10 Middelen",
        "h": "Artikel 11 Inspraak en advies",
        "i": "Artikel 12 Verschil van inzicht",
        "j": "Artikel 14 Looptijd en beëindiging"},
       T286)

# --------------------------------------------------------------------------------------------
# 287 -- a teacher who writes plainly, very short TXT, Emmeloord, HBR (bb) -> mbo-2 Bakker
# --------------------------------------------------------------------------------------------
T287 = """
# Afspraken bakkersroute Polderhof – Polderland
Opgeschreven door Jeroen Postma, docent bakkerij op het Polderhof College, namens het routeteam. Beide besturen hebben deze afspraken getekend (zie onderaan). Wat hier staat, geldt.
## Wie doen mee
Stichting Openbaar Voortgezet Onderwijs Noordoostpolder, het bestuur van het Polderhof College (vmbo) in Emmeloord, en Stichting ROC Polderland, het bestuur van het Polderland College (mbo) in Emmeloord.
## Wat we samen doen
Leerlingen uit de basisberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, gaan vanaf leerjaar 3 in één doorlopende route naar de mbo-opleiding Bakker, niveau 2. Ze halen eerst hun vmbo-diploma (uiterlijk in het derde jaar van de route) en daarna hun mbo-diploma. Beide scholen zetten de route in RIO.
## Wie de route trekt
Het routeteam: de teamleider bovenbouw van het Polderhof, de opleidingsmanager Food van Polderland en ik als routecoördinator. De twee besturen wijzen ons samen aan, elk jaar in juni, voor één schooljaar. Het routeteam maakt het rooster, verdeelt de lessen, laat leerlingen toe, regelt de stages en beslist over overstappen (zie "Als het niet lukt"). Uitgaven boven 5.000 euro en alles over aannemen of ontslaan van personeel blijven bij de besturen.
## Hoe de besturen het horen
Twee keer per jaar, in januari en in juni, sturen we beide besturen een kort verslag: hoeveel leerlingen er zijn, wie gestopt is en waarom, de examenuitslagen en wat goed en slecht ging. Het juniverslag bespreken we met beide bestuurders samen; daar leggen we uit wat we gedaan hebben en waarom.
## Waar en door wie
Jaar 1 en 2 zitten de leerlingen op het Polderhof. Elke donderdag bakken ze in de bakkerij van Polderland (ovens, deegmachines, winkeltje), die Polderland daarvoor beschikbaar stelt. Jaar 3 en 4 zijn bij Polderland en in het leerbedrijf. Twee bakkersdocenten van Polderland geven les op het Polderhof; onze docent Nederlands geeft les aan de mbo-groep. We werken als één team; voor het vak Brood en banket gebruiken we de teambevoegdheid. Iedereen blijft in dienst van zijn eigen school. Wat er per jaar gegeven en getoetst wordt, staat in het gezamenlijke PTA/OER van de route.
## Leerbedrijven
Bakkerij Wiersma (Emmeloord), Warme Bakker De Korenschoof (Marknesse) en Banketbakkerij Hoekstra (Urk) doen mee. Zij geven gastlessen, nemen onze leerlingen aan voor stage en beoordelen mee bij de proeve van bekwaamheid. Eén avond per jaar kijken ze met ons team het programma door en zeggen wat er beter moet.
## Als het niet lukt
Stopt een leerling in jaar 1 of 2, dan gaat hij verder in de gewone basisberoepsgerichte leerweg op het Polderhof (een ander profiel mag ook) en haalt hij daar zijn vmbo-diploma. Lukt het vmbo-diploma niet in jaar 3, dan mag hij toch door naar een andere opleiding op niveau 2 bij Polderland, of hij doet het examen opnieuw. Stopt hij in het mbo-deel, dan krijgt hij een plek in een andere opleiding op niveau 2 bij Polderland, bijvoorbeeld Medewerker horeca. Welke plek het wordt, kiest het routeteam samen met de leerling en zijn ouders; we kijken naar wat hij al kan en hoe oud hij is. Bij Polderland vragen we dan geen vooropleiding.
## Geld
Er gaat geen geld van de ene school naar de andere. Elke school betaalt zijn eigen mensen en spullen.
## Meepraten
Leerlingen uit jaar 1 en 2 mogen meedoen in de studentenraad van Polderland. De MR van het Polderhof en de studentenraad krijgen het juniverslag en mogen daar samen advies over geven; wij reageren daar schriftelijk op.
## Als we het oneens zijn
Eerst praat het routeteam het uit. Lukt dat niet binnen vier weken, dan gaan de twee bestuurders om tafel. Komen die er ook niet uit, dan halen ze een mediator erbij. Helpt dat niet, dan beslist de rechter (Rechtbank Midden-Nederland, locatie Lelystad).
## Erbij komen, stoppen, veranderen
Een andere school mag meedoen als beide besturen ja zeggen en die school deze afspraken ook tekent; instappen kan alleen per 1 augustus. Een bestuur dat wil stoppen, stuurt een brief, minstens een jaar van tevoren, en stoppen kan alleen per 1 augustus. Na die brief nemen we geen nieuwe leerlingen meer aan; wie al in de route zit, maakt hem af. Iets veranderen kan alleen op papier, getekend door beide besturen, en nooit midden in een schooljaar.
## Getekend
Deze afspraken gelden vanaf 1 augustus 2025. Emmeloord, 24 juni 2025.
Voor Stichting Openbaar Voortgezet Onderwijs Noordoostpolder: A. de Boer, bestuurder.
Voor Stichting ROC Polderland: mr. L. Kuipers-Visser, voorzitter college van bestuur.
"""

sample(287, "docent_gewone_taal_emmeloord_bakker", "txt",
       "Very short plain-language text written by a teacher (TXT); Emmeloord/Noordoostpolder, "
       "horeca, bakkerij en recreatie bb -> mbo-2 Bakker; fully compliant in everyday words "
       "('wie de route trekt', 'hoe de besturen het horen', 'als we het oneens zijn', "
       "'erbij komen, stoppen, veranderen').",
       st("p p p p p p p p p p"),
       {"a": "Wat we samen doen",
        "b": "Leerbedrijven",
        "c": "Wie de route trekt",
        "d": "Hoe de besturen het horen",
        "e": "Waar en door wie",
        "f": "Als het niet lukt",
        "g": "Er gaat geen geld van de ene school naar de andere",
        "h": "Meepraten",
        "i": "Als we het oneens zijn",
        "j": "Erbij komen, stoppen, veranderen"},
       T287)


# --------------------------------------------------------------------------------------------
# 288 -- education consultant fond of jargon, DOCX, Kempen, D&P (gl) -> mbo-4 Onderwijsassistent
# --------------------------------------------------------------------------------------------
T288 = """
= Opgesteld in co-creatie met Leerlijn & Co Onderwijsadvies – versie 1.4 (definitief)
# Samenwerkingsovereenkomst doorlopende leerroute Pedagogisch Talent Kempen
## 0. Partners
Stichting Kempenland Voortgezet Onderwijs, gevestigd te Veldhoven, bevoegd gezag van De Rozenhorst (vmbo), vertegenwoordigd door de heer drs. T. (Tim) Aarts, voorzitter college van bestuur (hierna: De Rozenhorst);
Stichting ROC Dommeldal, gevestigd te Eindhoven, bevoegd gezag van het Dommeldal College, vertegenwoordigd door mevrouw dr. E. (Esther) Leenders, lid college van bestuur (hierna: Dommeldal).
De partners spreken het volgende af.
## 1. Ambitie en context
Met deze route willen de partners talentontwikkeling centraal zetten, eigenaarschap bij de leerling leggen en een naadloze leerloopbaan realiseren zonder knip tussen vmbo en mbo. De partners borgen dat de route duurzaam wordt verankerd in beide organisaties en niet afhankelijk is van personen.
## 2. Scope van de route
De route start in leerjaar 3 van de gemengde leerweg van De Rozenhorst, profiel Dienstverlening en producten, en leidt naar het diploma van de mbo-opleiding Onderwijsassistent (niveau 4, BOL) van Dommeldal, opleidingsdomein Zorg en welzijn. De nominale doorlooptijd is vijf jaar: twee jaar vo-fase en drie jaar mbo-fase. Beide partners registreren de route ieder voor zich in RIO.
## 3. Governance: stuurgroep en kernteam
3.1 De stuurgroep borgt de strategische koers van de route. De stuurgroep bestaat uit de directeur vmbo van De Rozenhorst en de directeur van het College Pedagogiek van Dommeldal. Zij worden als zodanig aangewezen door het college van bestuur van hun eigen organisatie, dat de aanwijzing schriftelijk aan de andere partner meldt.
3.2 Het kernteam heeft de regie op de dagelijkse uitvoering. Het kernteam bestaat uit de routeleider, de teamleider bovenbouw gl van De Rozenhorst en de teamleider Onderwijsassistent van Dommeldal. De stuurgroep benoemt de leden van het kernteam en kan hen ontslaan uit die rol; de routeleider wordt benoemd voor twee schooljaren.
3.3 Rollen, taken en mandaten van stuurgroep en kernteam zijn belegd in de RACI-matrix van Bijlage A. Bijlage A maakt integraal onderdeel uit van deze overeenkomst. Wat daar niet is belegd, blijft bij de colleges van bestuur.
## 4. Sturings- en verantwoordingscyclus (PDCA)
4.1 De route wordt gestuurd volgens een PDCA-cyclus. Het kernteam levert ieder kwartaal een dashboard aan de stuurgroep met de kernindicatoren in-, door- en uitstroom, verzuim, studenttevredenheid en bpv-resultaten.
4.2 De stuurgroep legt jaarlijks vóór 1 december verantwoording af aan beide colleges van bestuur door middel van een verantwoordingsrapportage over het afgelopen schooljaar, inclusief de besteding van de middelen uit paragraaf 8. De rapportage wordt besproken in een bestuurlijke dialoog in december, waarin de colleges van bestuur de stuurgroep bevragen en de ambities voor het volgende jaar vaststellen (Act).
4.3 Halverwege het schooljaar, in maart, ontvangen beide colleges van bestuur een beknopte managementrapportage. Op verzoek van een college van bestuur verstrekt de stuurgroep binnen twee weken iedere gewenste informatie.
## 5. Inrichting: leren, organiseren, faciliteren
5.1 Leren. Het curriculum is vormgegeven als één doorlopende leerlijn met zes thema's. Het onderwijsprogramma en de examinering per leerjaar zijn vastgelegd in het gezamenlijke PTA/OER Pedagogisch Talent, dat jaarlijks vóór 1 oktober door het kernteam wordt geactualiseerd en door de examencommissies wordt vastgesteld. Het vmbo-examen wordt in route-jaar 2 afgerond.
5.2 Organiseren. De vo-fase vindt plaats op De Rozenhorst, met één dag per week op het leerplein van Dommeldal in Eindhoven. De mbo-fase vindt plaats bij Dommeldal en op de praktijklocaties.
5.3 Mensen. De route wordt gedragen door één hybride docententeam. Dommeldal zet in de vo-fase twee docenten pedagogiek in (samen 0,6 fte); De Rozenhorst zet in de mbo-fase een docent Nederlands en een docent rekenen in (samen 0,3 fte). Voor het vakoverstijgende thema "Ontwikkelingsgericht werken" wordt gewerkt met teambevoegdheid conform artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het PTA/OER maakt zichtbaar welk teamlid voor welk onderdeel bevoegd is. Medewerkers blijven in dienst van hun eigen werkgever.
5.4 Faciliteren. Dommeldal stelt het oefenklaslokaal, het leerplein en de licenties voor het digitale portfolio beschikbaar; De Rozenhorst stelt het praktijklokaal Dienstverlening en producten en de mediatheek beschikbaar. Roosters worden op elkaar afgestemd door het kernteam.
5.5 Klachten over medewerkers van de ene partner die bij de andere partner binnenkomen, worden volgens de klachtenregeling van de ontvangende partner afgehandeld, met medewerking van de andere partner.
## 6. Werkveldpartnerschap
6.1 De route wordt in co-creatie met het werkveld vormgegeven. Stichting Kempenkind (twaalf basisscholen in de Kempen) en Kinderopvang Kempenhof zijn als erkende leerbedrijven (SBB) praktijkpartner van de route.
6.2 De praktijkpartners bieden iedere leerling in de vo-fase een oriëntatiestage van tien dagdelen, verzorgen in de mbo-fase de bpv-plaatsen met een praktijkopleider, beoordelen mee bij de beroepsproeven en leveren jaarlijks ten minste drie levensechte opdrachten.
6.3 Drie keer per jaar komt de werkveldtafel bijeen: de praktijkpartners, de routeleider en twee docenten toetsen daar het curriculum aan de praktijk van het primair onderwijs. Het kernteam koppelt terug wat met de input is gedaan.
## 7. Doorstroom en overstap: altijd een passende plek
De partners zorgen ervoor dat iedere jongere die de route verlaat een passend vervolg krijgt op weg naar een diploma. Het kernteam heeft de regie op iedere overstap; de beslissing wordt samen door de teamleider van De Rozenhorst en de teamleider van Dommeldal genomen. De kaders zijn uitgewerkt in Bijlage B (Overstapkader), die integraal onderdeel uitmaakt van deze overeenkomst. De uitwerking voor ouders en leerlingen wordt opgenomen in de schoolgids van De Rozenhorst.
## 8. Financieel kader
8.1 De Rozenhorst hevelt op grond van artikel 5.42a WVO 2020 per leerling in de vo-fase een bedrag van EUR 1.050 per schooljaar over aan Dommeldal (peildatum 1 oktober).
8.2 Dit bedrag is bestemd voor de inzet van de docenten pedagogiek in de vo-fase (paragraaf 5.3) en voor de licenties van het digitale portfolio (paragraaf 5.4). Overige kosten worden door iedere partner zelf gedragen; Dommeldal hevelt geen middelen over aan De Rozenhorst.
8.3 Facturatie vindt plaats in november; verantwoording over de besteding loopt via de rapportage van paragraaf 4.2.
## 9. Stem van leerling, ouder en medewerker
9.1 De partners borgen dat de stem van leerlingen, ouders en medewerkers in de route wordt gehoord. Leerlingen in de vo-fase kiezen uit hun midden één vertegenwoordiger die als toehoorder met spreekrecht deelneemt aan de vergaderingen van de studentenraad van het College Pedagogiek.
9.2 De MR van De Rozenhorst en de studentenraad van Dommeldal hebben tweemaal per jaar een gezamenlijke routeklankbordsessie met de stuurgroep. De verantwoordingsrapportage van paragraaf 4.2 wordt vooraf aan beide raden toegezonden.
9.3 Voorgenomen besluiten over de wijziging of de beëindiging van deze overeenkomst worden aan de MR en aan de studentenraad voor advies voorgelegd.
## 10. Escalatiemodel
10.1 Een meningsverschil of conflict tussen de partners over de uitvoering van deze overeenkomst wordt eerst op kernteamniveau opgepakt. Is het niet binnen tien werkdagen opgelost, dan escaleert het naar de stuurgroep, en vervolgens, als ook de stuurgroep er binnen vier weken niet uitkomt, naar beide colleges van bestuur.
10.2 Lukt het de colleges van bestuur niet om binnen zes weken tot een oplossing te komen, dan schakelen zij een onafhankelijke mediator in. Leidt de mediation niet binnen drie maanden tot een oplossing, dan is uitsluitend de bevoegde rechter van de Rechtbank Oost-Brabant bevoegd.
## 11. Onboarding, exit en change
11.1 Onboarding. Een andere vmbo-school of mbo-instelling kan als partner aansluiten, mits zij bevoegd gezag is van een school of instelling die een aansluitend programma aanbiedt, de stuurgroep positief adviseert, beide colleges van bestuur schriftelijk instemmen en de nieuwe partner deze overeenkomst via een ondertekend addendum volledig onderschrijft. Aansluiting gaat in per 1 augustus; de lopende cohorten merken daarvan in hun programma niets.
11.2 Exit. De overeenkomst loopt voor onbepaalde tijd. Iedere partner kan uittreden door een schriftelijke mededeling aan de andere partner, uiterlijk op 1 augustus, met ingang van 1 augustus van het jaar daarna. Bij ernstige en aanhoudende niet-nakoming na schriftelijke aanmaning kan de andere partner de overeenkomst ontbinden.
11.3 Exit-garantie. Na een mededeling van uittreden of een ontbinding start geen nieuw cohort meer. Leerlingen en studenten die al in de route zitten, ronden de route af onder de voorwaarden van deze overeenkomst; waar dat onmogelijk blijkt, wordt Bijlage B toegepast.
11.4 Change. Wijzigingen van deze overeenkomst worden voorbereid door de stuurgroep, voor advies voorgelegd conform paragraaf 9.3 en schriftelijk vastgelegd in een addendum dat door beide colleges van bestuur wordt ondertekend. Wijzigingen gaan niet in tijdens een lopend schooljaar en gaan niet ten koste van de positie van zittende leerlingen en studenten.
## 12. Ondertekening
Veldhoven/Eindhoven, 27 juni 2025
Stichting Kempenland Voortgezet Onderwijs – drs. T. Aarts
Stichting ROC Dommeldal – dr. E. Leenders
## Bijlage A – RACI-matrix governance
Legenda: R = uitvoerend (responsible), A = eindverantwoordelijk en beslissend (accountable), C = geconsulteerd, I = geïnformeerd.
| Taak / bevoegdheid | Stuurgroep | Kernteam | Colleges van bestuur |
| Vaststellen jaarplan en jaarbegroting van de route (binnen 8.1) | A | R | I |
| Toelating van leerlingen tot de route | I | A/R | – |
| Roostering en inzet van het docententeam | I | A/R | – |
| Aangaan van afspraken met praktijkpartners | A | R | I |
| Besluit over individuele overstap (Bijlage B) | I | A/R | – |
| Actualisatie PTA/OER (vaststelling door examencommissies) | C | R | I |
| Kwartaaldashboard en verantwoordingsrapportage | A (rapportage) | R (dashboard) | I |
| Personele besluiten, wijziging en beëindiging overeenkomst | C | – | A |
## Bijlage B – Overstapkader
B1. Verlaat een leerling de route in de vo-fase, dan zet hij zijn leerloopbaan voort in de reguliere gemengde leerweg van De Rozenhorst, in hetzelfde of een ander profiel, gericht op het vmbo-diploma; ook instroom in een andere doorlopende route van De Rozenhorst is mogelijk.
B2. Heeft de leerling aan het einde van route-jaar 3 het vmbo-diploma niet behaald, dan kan hij zonder dat diploma instromen in een andere mbo-opleiding van Dommeldal op niveau 3 of 4 die past bij de behaalde onderdelen, of het vmbo-examen opnieuw afleggen.
B3. Verlaat een student de route in de mbo-fase, dan biedt Dommeldal een plaats in een andere opleiding op niveau 4 (bijvoorbeeld Pedagogisch medewerker kinderopvang) of, als dat beter past, op niveau 3, binnen of buiten het domein Zorg en welzijn.
B4. Het kernteam bepaalt in gezamenlijkheid – de teamleider van De Rozenhorst en de teamleider van Dommeldal beslissen samen – welk vervolg passend is, na een loopbaangesprek met de jongere en zijn ouders, op basis van het bereikte onderwijsniveau en de leeftijd van de jongere.
B5. Bij een overstap binnen Dommeldal gelden geen vooropleidingseisen. Kiest de jongere voor een andere instelling, dan zorgt het kernteam voor een warme overdracht, met toestemming van de jongere of zijn ouders.
"""

sample(288, "onderwijsadviseur_jargon_kempen_onderwijsassistent", "docx",
       "Education consultant's jargon (eigenaarschap, borgen, regie, PDCA, RACI, onboarding/exit/"
       "change), DOCX; Kempen, dienstverlening en producten gl -> mbo-4 Onderwijsassistent; fully "
       "compliant, taken en bevoegdheden in an included RACI annex and the overstapoptie in an "
       "included 'Overstapkader' annex; transfer of EUR 1.050 per leerling with bestemming.",
       st("p p p p p p p p p p"),
       {"a": "2. Scope van de route",
        "b": "6. Werkveldpartnerschap",
        "c": "3. Governance: stuurgroep en kernteam",
        "d": "4. Sturings- en verantwoordingscyclus (PDCA)",
        "e": "5. Inrichting: leren, organiseren, faciliteren",
        "f": "Bijlage B – Overstapkader",
        "g": "8. Financieel kader",
        "h": "9. Stem van leerling, ouder en medewerker",
        "i": "10. Escalatiemodel",
        "j": "11. Onboarding, exit en change"},
       T288)

# --------------------------------------------------------------------------------------------
# 289 -- Frisian regional partnership (three parties), PDF, Drachten/Burgum, BWI (kb) -> mbo-3
# --------------------------------------------------------------------------------------------
T289 = """
= Bouwalliantie Eastlik Fryslân
# Gearwurkingsoerienkomst Bouwrûte – Samenwerkingsovereenkomst doorlopende leerroute Bouwen, wonen en interieur – Allround timmerman
= Drachten, 3 juli 2025
## De partners / De partners
1. Stichting Christelijk Voortgezet Onderwijs De Wâlden, gevestigd te Drachten, bevoegd gezag van CSG De Wâlden, school voor vmbo, vertegenwoordigd door haar bestuurder, mevrouw G. (Geartsje) Hoekstra-Dijkstra;
2. Stichting Openbaar Voortgezet Onderwijs De Swâdde, gevestigd te Burgum, bevoegd gezag van OSG De Swâdde, school voor vmbo, vertegenwoordigd door haar bestuurder, de heer J. (Jelle) van der Meer;
3. Stichting Regionaal Opleidingencentrum Fryslân-East, gevestigd te Drachten, bevoegd gezag van het Fryslân-East College, vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. S. (Sjoerd) Wijnia.
De partners maken deel uit van de Bouwalliantie Eastlik Fryslân, waarin zij samen met de bouwsector en de gemeenten Smallingerland en Tytsjerksteradiel werken aan voldoende vakmensen voor de regio. Deze overeenkomst regelt de doorlopende leerroute die de partners binnen die alliantie samen verzorgen.
## Artikel 1 – Wat wij samen willen / Wat wy meiinoar wolle
Jongeren uit de Wâlden en uit Tytsjerksteradiel moeten dicht bij huis een volledige opleiding tot timmerman kunnen volgen, zonder dubbel werk en zonder breuk tussen vmbo en mbo. De partners verzorgen daarom samen één doorlopende route, die zij hierna "de Bouwrûte" noemen.
## Artikel 2 – De Bouwrûte / De Bourûte
2.1 De Bouwrûte begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, van CSG De Wâlden en van OSG De Swâdde, en leidt tot het diploma van de opleiding Allround timmerman, niveau 3, van het Fryslân-East College (opleidingsdomein Bouw en infra), in de BOL-variant of, vanaf het tweede mbo-jaar, de BBL-variant.
2.2 De Bouwrûte duurt vier jaar: twee jaar vo-fase op de eigen school en twee jaar mbo-fase op het Fryslân-East College.
2.3 Iedere school en het Fryslân-East College registreren de Bouwrûte elk voor zich in RIO, zodat de melding aan de minister tijdig is gedaan.
## Artikel 3 – De regiegroep / De regygroep
3.1 De Bouwrûte staat onder regie van een regiegroep, waarin zitting hebben: de directeur vmbo van CSG De Wâlden, de locatiedirecteur van OSG De Swâdde en de directeur Bouw en Techniek van het Fryslân-East College. Het voorzitterschap wisselt ieder schooljaar.
3.2 Iedere partner wijst zijn lid van de regiegroep aan bij schriftelijk besluit van zijn bestuur, en meldt de aanwijzing aan de andere partners. De regiegroep stelt, met instemming van de drie besturen, een routecoördinator aan die het dagelijks werk doet en als secretaris van de regiegroep optreedt.
3.3 De regiegroep is door de besturen belast met, en heeft de zeggenschap over: de toelating van leerlingen, de jaarplanning en de roosters op het Bouwplein, de verdeling van de lessen tussen de docenten van de drie partners, de afspraken met de bouwbedrijven, de vaststelling van de routebeschrijving per leerjaar (bijlage 1) en de beslissingen over overstap, bedoeld in artikel 7. De regiegroep beslist bij eenparigheid van stemmen.
3.4 Het aannemen en ontslaan van personeel, uitgaven buiten de jaarbegroting van de Bouwrûte en besluiten over deze overeenkomst zelf behoren niet tot de taak van de regiegroep; daarover beslissen de besturen.
## Artikel 4 – Verslag aan de besturen / Ferantwurding oan de bestjoeren
4.1 De regiegroep stelt jaarlijks vóór 15 oktober een jaarverslag over de Bouwrûte op en zendt dat aan de drie besturen. Het jaarverslag beschrijft per school de instroom, de doorstroom naar het mbo, de uitval met de redenen daarvan, de examenresultaten en het gebruik van het Bouwplein.
4.2 In april brengt de regiegroep een korte voorjaarsnotitie uit over het lopende schooljaar.
4.3 De drie besturen komen tweemaal per jaar, in november en in mei, bijeen in het bestuurlijk overleg van de Bouwalliantie; de regiegroep legt daar rekenschap af over het jaarverslag onderscheidenlijk de voorjaarsnotitie en beantwoordt de vragen van de besturen.
## Artikel 5 – Onderwijs, mensen en gebouwen / Ûnderwiis, minsken en gebouwen
5.1 In de vo-fase volgen de leerlingen hun lessen op de eigen school en gaan zij één dag per week naar het Bouwplein Drachten van het Fryslân-East College. De mbo-fase vindt plaats op het Bouwplein Drachten en bij het leerbedrijf. Het onderwijsprogramma en de examinering per leerjaar, met de verdeling tussen vmbo- en mbo-onderdelen, staan in de routebeschrijving (bijlage 1), die deel uitmaakt van deze overeenkomst.
5.2 Het Fryslân-East College stelt de machinewerkplaats, de timmerhal en de bouwplaats op het Bouwplein ter beschikking voor de vo-fase; de scholen stellen hun praktijklokalen Bouwen, wonen en interieur ter beschikking voor de theorielessen van de mbo-fase die daar worden gegeven. OSG De Swâdde regelt het busvervoer tussen Burgum en Drachten voor haar leerlingen.
5.3 Twee timmerdocenten van het Fryslân-East College geven in de vo-fase les op het Bouwplein en op beide scholen; de docenten BWI van de scholen geven in de mbo-fase de lessen bouwkundig tekenen. Voor de vakoverstijgende module "Bouwen in de praktijk" werken zij als team van leraren en docenten zoals bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Iedere docent blijft in dienst van zijn eigen werkgever.
5.4 Klachten over een medewerker van een andere partner worden behandeld door de partner waar de klacht binnenkomt, volgens diens klachtenregeling, met medewerking van de andere partner.
## Artikel 6 – De bouwbedrijven / De boubedriuwen
6.1 De vereniging Bouwend Fryslân, waarbij de aannemers en timmerbedrijven uit de regio zijn aangesloten, heeft zich tegenover de partners verbonden de Bouwrûte te ondersteunen. De aangesloten erkende leerbedrijven, waaronder Bouwbedrijf Tjalsma (Drachten), Timmerfabriek De Feart (Burgum) en Aannemersbedrijf Postma en Zn. (Gytsjerk), bieden:
- per leerling in de vo-fase twee bouwplaatsbezoeken en een meeloopweek;
- de stage- en BBL-plaatsen in de mbo-fase, met een praktijkopleider;
- een beoordelaar uit de praktijk bij de proeve van bekwaamheid;
- jaarlijks een echte bouwopdracht (bijvoorbeeld een tuinhuis voor een dorpshuis) die de leerlingen op het Bouwplein uitvoeren.
6.2 Twee afgevaardigden van Bouwend Fryslân nemen deel aan een jaarlijkse programmabespreking met de regiegroep in februari en geven advies over de routebeschrijving.
## Artikel 7 – Een andere weg / In oar paad
7.1 Past de Bouwrûte een leerling niet meer, dan zorgen de partners er samen voor dat hij toch een diploma kan halen:
- stopt hij in de vo-fase, dan gaat hij verder in de reguliere kaderberoepsgerichte leerweg van zijn eigen school, in hetzelfde of een ander profiel, met het vmbo-diploma als doel;
- heeft hij na het eerste mbo-jaar zijn vmbo-diploma nog niet, dan kan hij zonder dat diploma verder in een andere opleiding van het Fryslân-East College op niveau 2 of 3, of hij legt het vmbo-examen opnieuw af;
- stopt hij in de mbo-fase, dan biedt het Fryslân-East College een plaats in een andere opleiding op niveau 3 (bijvoorbeeld Allround schilder of Interieurbouwer) of, als dat beter past, op niveau 2.
7.2 De directeur van de school van herkomst en de directeur Bouw en Techniek van het Fryslân-East College beslissen samen over de nieuwe plek, na een gesprek met de leerling en zijn ouders, en kijken daarbij naar het niveau dat de leerling al heeft bereikt en naar zijn leeftijd. Voor een plek binnen het Fryslân-East College worden geen vooropleidingseisen gesteld.
7.3 De scholen nemen deze afspraken op in hun schoolgids.
## Artikel 8 – Geld / Jild
Er vindt tussen de partners geen overdracht van bekostiging plaats. Iedere partner draagt de kosten van zijn eigen personeel, gebouwen en materialen. Het gebruik van het Bouwplein door de scholen is kosteloos; de scholen rekenen het Fryslân-East College niets voor het gebruik van hun lokalen.
## Artikel 9 – Stem van leerlingen, ouders en personeel / Mei-inoar prate
9.1 De medezeggenschapsraden van CSG De Wâlden en OSG De Swâdde en de studentenraad van het Fryslân-East College vormen samen de Rûteried: een gezamenlijke commissie met twee leden uit iedere raad, die jaarlijks het jaarverslag van de regiegroep bespreekt en daarover advies geeft aan de besturen.
9.2 Leerlingen van de Bouwrûte die nog op hun vmbo-school staan ingeschreven, mogen meedoen aan de verkiezingen voor de studentenraad van het Fryslân-East College.
9.3 Een voorgenomen besluit van de besturen tot wijziging of beëindiging van deze overeenkomst wordt voor advies voorgelegd aan de Rûteried.
## Artikel 10 – Als de meningen uiteenlopen / Ferskil fan miening
10.1 Lopen de meningen van partners over de uitvoering van deze overeenkomst uiteen, dan bespreekt de regiegroep dat eerst. Komt de regiegroep er binnen een maand niet uit, dan leggen de betrokken bestuurders het samen op tafel in een extra bestuurlijk overleg.
10.2 Is ook dan binnen zes weken geen oplossing gevonden, dan wordt het verschil voor bindend advies voorgelegd aan een commissie van drie: iedere betrokken partner wijst één lid aan, en die leden kiezen samen een onafhankelijke voorzitter. Het bindend advies is voor de partners verplichtend.
## Artikel 11 – Aansluiten, uittreden en aanpassen / Oanslute, útstappe en oanpasse
11.1 Een andere school voor vmbo met het profiel Bouwen, wonen en interieur, of een andere mbo-instelling, kan zich bij deze overeenkomst aansluiten als de drie besturen daarmee schriftelijk instemmen en de nieuwe partner een aansluitingsverklaring tekent waarin hij alle afspraken aanvaardt. Aansluiting gaat in op 1 augustus en de nieuwe partner meldt zich zelf in RIO.
11.2 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Iedere partner kan uit de overeenkomst stappen door een aangetekende brief aan de andere partners, met een termijn van ten minste twaalf maanden en met ingang van 1 augustus. De overeenkomst blijft tussen de overige partners gelden; stapt het Fryslân-East College uit, dan eindigt de overeenkomst voor alle partners.
11.3 De leerlingen en studenten die op het moment van uitstappen of beëindiging al in de Bouwrûte zitten, maken de route af; de uittredende partner blijft voor hen zijn verplichtingen nakomen. Vanaf de brief stromen bij die partner geen nieuwe leerlingen meer in.
11.4 Aanpassing van deze overeenkomst kan alleen schriftelijk, met instemming en handtekening van alle besturen, na advies van de Rûteried. Aanpassingen gaan in op 1 augustus en raken geen onderdelen die een lopend cohort al heeft afgerond of waarmee het op dat moment bezig is.
## Ondertekening / Undertekening
Drachten, 3 juli 2025
Stichting Christelijk Voortgezet Onderwijs De Wâlden – G. Hoekstra-Dijkstra, bestuurder
Stichting Openbaar Voortgezet Onderwijs De Swâdde – J. van der Meer, bestuurder
Stichting Regionaal Opleidingencentrum Fryslân-East – drs. S. Wijnia, voorzitter college van bestuur
## Bijlage 1 – Routebeschrijving per leerjaar
| Jaar | Plaats | Inhoud | Examinering en praktijk |
| 1 (kb 3) | eigen school; 1 dag Bouwplein | AVO-vakken, profielvak BWI, module Bouwen in de praktijk (team) | PTA vmbo; mbo-werkstuk houtverbindingen |
| 2 (kb 4) | eigen school; 1 dag Bouwplein | AVO-vakken, profielvak BWI, keuzevak Interieurbouw | CE vmbo; mbo-examen basis timmeren |
| 3 (mbo 1) | Bouwplein Drachten | kerntaken Allround timmerman, Nederlands, rekenen | mbo-examens; stage 10 weken |
| 4 (mbo 2) | Bouwplein en leerbedrijf (BOL of BBL) | werkvoorbereiding, keuzedelen | proeve van bekwaamheid; praktijk 20 weken |
"""

sample(289, "fries_streekverband_drachten_timmerman", "pdf",
       "Frisian regional partnership (Bouwalliantie, three parties) with bilingual Dutch/Frisian "
       "headings, PDF; Drachten/Burgum, bouwen, wonen en interieur kb -> mbo-3 Allround timmerman; "
       "fully compliant in unexpected words ('regiegroep', 'Rûteried', 'een andere weg', 'als de "
       "meningen uiteenlopen', 'aansluiten, uittreden en aanpassen', explicit no transfer).",
       st("p p p p p p p p p p"),
       {"a": "Artikel 2 – De Bouwrûte / De Bourûte",
        "b": "Artikel 6 – De bouwbedrijven / De boubedriuwen",
        "c": "Artikel 3 – De regiegroep / De regygroep",
        "d": "Artikel 4 – Verslag aan de besturen / Ferantwurding oan de bestjoeren",
        "e": "Artikel 5 – Onderwijs, mensen en gebouwen / Ûnderwiis, minsken en gebouwen",
        "f": "Artikel 7 – Een andere weg / In oar paad",
        "g": "Artikel 8 – Geld / Jild",
        "h": "Artikel 9 – Stem van leerlingen, ouders en personeel / Mei-inoar prate",
        "i": "Artikel 10 – Als de meningen uiteenlopen / Ferskil fan miening",
        "j": "Artikel 11 – Aansluiten, uittreden en aanpassen / Oanslute, útstappe en oanpasse"},
       T289)


# --------------------------------------------------------------------------------------------
# 290 -- green AOC, geïntegreerde route, MD, Zeeuws-Vlaanderen, groen (bb) -> mbo-2 dierverzorging
# --------------------------------------------------------------------------------------------
T290 = """
# Samenwerkingsovereenkomst geïntegreerde route Groen – Dierverzorging Zeeuws-Vlaanderen
Opgesteld door de opleidingsmanager Dier van AOC Scheldeland en de afdelingsleider basis van het Zwinland College; vastgesteld door beide besturen op 20 juni 2025.
## 1. Wie tekenen
Stichting Katholiek Voortgezet Onderwijs West-Zeeuws-Vlaanderen, gevestigd te Oostburg, bevoegd gezag van het Zwinland College, school voor vmbo (hierna: het Zwinland), vertegenwoordigd door de heer P. (Paul) de Kraker, voorzitter college van bestuur.
Stichting Agrarisch Opleidingscentrum Scheldeland, gevestigd te Terneuzen, bevoegd gezag van AOC Scheldeland, instelling voor beroepsonderwijs (hierna: het AOC), vertegenwoordigd door mevrouw ir. M. (Marloes) Verstraeten, bestuurder.
Het gaat om twee afzonderlijke rechtspersonen; daarom leggen zij hun afspraken vast in deze samenwerkingsovereenkomst (en niet in een interne regeling).
## 2. Welke route
Het Zwinland en het AOC verzorgen samen een geïntegreerde route vmbo-basisberoepsopleiding als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB. De route begint in leerjaar 3 van de basisberoepsgerichte leerweg van het Zwinland, profiel Groen, en leidt naar het diploma van de mbo-opleiding Medewerker dierverzorging, niveau 2 (BOL), van het AOC, opleidingsdomein Voedsel, natuur en leefomgeving. De route duurt vier jaar. Een leerling neemt pas deel na overleg met hem en zijn ouders. Beide partijen registreren de route in RIO.
In deze route doet de leerling in principe geen eindexamen vmbo; de uitzonderingen staan in paragraaf 7.
## 3. Het trajectoverleg
De route wordt geleid door het trajectoverleg. Daarin zitten de afdelingsleider basis van het Zwinland, de opleidingsmanager Dier van het AOC en de praktijkcoördinator van de leerboerderij De Zwinhoeve. Het college van bestuur van het Zwinland wijst de afdelingsleider aan, de bestuurder van het AOC de opleidingsmanager en de praktijkcoördinator; ieder bestuur meldt de aanwijzing schriftelijk aan het andere. De opleidingsmanager zit het trajectoverleg voor.
Wie beslist wat:
| Onderwerp | Trajectoverleg | Besturen |
| Toelating van leerlingen tot de route (na overleg met leerling en ouders) | beslist | – |
| Jaarplanning, rooster en inzet van docenten en instructeurs | beslist | – |
| Opleidingsplan per leerjaar (paragraaf 5) | stelt vast | worden geïnformeerd |
| Afspraken met leerbedrijven | beslist | – |
| Vervolgplek bij uitstappen (paragraaf 7) | beslist | – |
| Uitgaven boven EUR 10.000, personeelsbesluiten, wijziging of beëindiging van deze overeenkomst | adviseert | beslissen |
## 4. Terugkoppeling naar de besturen
Na elke onderwijsperiode (vier keer per jaar) stuurt het trajectoverleg aan beide besturen een voortgangsbericht met het aantal leerlingen per leerjaar, verzuim, uitstappers en bijzonderheden op de leerboerderij. Eén keer per jaar, in september, stelt het trajectoverleg een jaarverslag op over het afgelopen schooljaar, met de resultaten van de mbo-examens en de besteding van het bedrag uit paragraaf 8. Het jaarverslag wordt in oktober besproken in het bestuurlijk overleg van beide besturen, waarin het trajectoverleg verantwoording aflegt.
## 5. Stal, klas en docenten
- Leerjaar 1 en 2 van de route (leerjaar 3 en 4 bb): drie dagen op het Zwinland, twee dagen op leerboerderij De Zwinhoeve van het AOC in Sluis. Leerjaar 3 en 4 van de route: op het AOC in Terneuzen, op De Zwinhoeve en bij het leerbedrijf.
- Het AOC stelt De Zwinhoeve (stallen, hondenkennel, kleindierenverblijf, quarantaineruimte) en het dierverzorgingslokaal in Terneuzen beschikbaar; het Zwinland stelt zijn groenpraktijklokaal en de kas beschikbaar.
- Het AOC zet twee praktijkinstructeurs dier in voor de lessen op De Zwinhoeve; het Zwinland zet zijn docenten Nederlands, rekenen en groen in, ook in leerjaar 3 van de route. Samen vormen zij één team; voor de module "Dier en omgeving" wordt de teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB) gebruikt. Iedereen blijft in dienst van de eigen werkgever.
- Het onderwijs en de examinering per leerjaar staan in het opleidingsplan hieronder; het opleidingsplan is onderdeel van deze overeenkomst en wordt jaarlijks door het trajectoverleg geactualiseerd.
| Routejaar | Onderwijs | Examinering |
| 1 | Nederlands, rekenen, LOB, profielmodules Groen, dierverzorging op De Zwinhoeve | schoolonderdelen Zwinland; mbo-opdrachten dierverzorging |
| 2 | idem, met bpv-oriëntatie en module Dier en omgeving (team) | mbo-examen verzorgen van dieren (deel 1) |
| 3 | mbo-programma Medewerker dierverzorging | mbo-examens; bpv 12 weken |
| 4 | mbo-programma, keuzedelen | proeve van bekwaamheid; bpv 16 weken |
- Klachten over een medewerker van de andere partij worden behandeld volgens de klachtenregeling van de partij waar de klacht binnenkomt; de andere partij werkt mee.
## 6. Leerbedrijven en de groene sector
Het Agrarisch Netwerk Zeeuws-Vlaanderen (de vereniging van veehouders en dierenhouderijen in de regio) doet mee aan de route. Dat betekent concreet:
- de aangesloten leerbedrijven (onder meer Melkveebedrijf Van Houcke in Hulst, Dierenpension De Vlasakker in Axel, Kinderboerderij De Griffioen in Terneuzen) bieden in routejaar 2 snuffelstages en in routejaar 3 en 4 bpv-plaatsen met een erkende praktijkopleider;
- een dierenarts van Dierenkliniek Zeeuws-Vlaanderen geeft elk jaar vier gastlessen over diergezondheid;
- de praktijkopleiders beoordelen mee bij de proeve van bekwaamheid;
- twee keer per jaar bespreekt het trajectoverleg met een afvaardiging van het Netwerk of het opleidingsplan nog aansluit bij het werk op de bedrijven.
## 7. Uitstappen zonder vast te lopen
Wie uit de route stapt, krijgt altijd een passende plek en gaat niet automatisch naar de Entreeopleiding. Afhankelijk van het moment:
- in routejaar 1 of 2: verder in de basisberoepsgerichte leerweg van het Zwinland, in het profiel Groen of een ander profiel, met het eindexamen vmbo als doel; het Zwinland zorgt dat de leerling de ontbrekende examenonderdelen kan afleggen;
- op verzoek van de leerling in routejaar 2: toch het eindexamen vmbo afleggen, zodat hij daarna een andere mbo-opleiding kan kiezen;
- in routejaar 3 of 4: een andere opleiding op niveau 2 van het AOC, bijvoorbeeld Medewerker paardenhouderij of Medewerker groene ruimte, of eerst de huidige route afmaken en daarna een andere opleiding op niveau 2 of 3 kiezen.
De Entreeopleiding komt alleen in beeld als een diploma op niveau 2 echt niet haalbaar blijkt en de leerling en zijn ouders daarmee instemmen.
Welke plek passend is, beslissen de afdelingsleider van het Zwinland en de opleidingsmanager van het AOC samen in het trajectoverleg, na een gesprek met de leerling en zijn ouders, op grond van het onderwijsniveau dat de leerling heeft bereikt en zijn leeftijd. Binnen het AOC gelden daarbij geen vooropleidingseisen.
## 8. Doorberekening
Het Zwinland draagt met toepassing van artikel 5.42a WVO 2020 voor iedere leerling in routejaar 1 en 2 een bedrag van EUR 2.400 per schooljaar over aan het AOC. Dit bedrag is bestemd voor de inzet van de praktijkinstructeurs dier op De Zwinhoeve en voor voer, strooisel en dierenartskosten van de lesdieren. Het AOC factureert op 1 november op basis van het aantal leerlingen op 1 oktober. Verder draagt iedere partij haar eigen kosten; het AOC draagt geen bekostiging over aan het Zwinland.
## 9. Inspraak
- Leerlingen van de route die nog op het Zwinland staan ingeschreven, kunnen zich kandidaat stellen voor de studentenraad van het AOC en hebben daar stemrecht over zaken die De Zwinhoeve en de route betreffen.
- De leerlinggeleding van de medezeggenschapsraad van het Zwinland en de studentenraad van het AOC hebben ieder jaar in november een gezamenlijk overleg met het trajectoverleg over het jaarverslag.
- Een voorgenomen wijziging van paragraaf 7 wordt eerst voor advies voorgelegd aan de medezeggenschapsraad van het Zwinland en aan de studentenraad van het AOC.
## 10. Als partijen er samen niet uitkomen
Ontstaat er tussen de partijen onenigheid over de uitvoering van deze overeenkomst, dan bespreekt het trajectoverleg dat eerst. Is het na vier weken niet opgelost, dan overleggen de voorzitter van het college van bestuur van het Zwinland en de bestuurder van het AOC. Komen ook zij binnen zes weken niet tot een oplossing, dan wordt de kwestie beslecht door arbitrage volgens het arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, met Middelburg als plaats van arbitrage.
## 11. Meedoen, stoppen en aanpassen
- Meedoen: een andere vmbo-school met het profiel Groen kan zich bij deze route aansluiten als beide besturen dat schriftelijk goedkeuren en de nieuwe school deze overeenkomst ondertekent in een aanvullende overeenkomst. Aansluiten kan alleen per 1 augustus, zodat groepen niet midden in het jaar veranderen.
- Stoppen: de overeenkomst loopt voor onbepaalde tijd. Iedere partij kan haar beëindigen met een aangetekende brief, met een termijn van minstens een jaar en alleen per 1 augustus. Bij ernstige tekortkoming van de andere partij, na schriftelijke aanmaning met een termijn van twee maanden, kan zij de overeenkomst ontbinden.
- Na een beëindiging of ontbinding stromen er geen nieuwe leerlingen meer in. Leerlingen die al in de route zitten, maken de route af bij het Zwinland en het AOC; als dat niet kan, geldt paragraaf 7.
- Aanpassen: wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend, na advies volgens paragraaf 9. Ze gaan in bij de start van een nieuw schooljaar en mogen zittende leerlingen niet benadelen.
## 12. Ondertekening
Oostburg en Terneuzen, 20 juni 2025. Deze overeenkomst geldt vanaf 1 augustus 2025.
Stichting Katholiek Voortgezet Onderwijs West-Zeeuws-Vlaanderen – P. de Kraker
Stichting Agrarisch Opleidingscentrum Scheldeland – ir. M. Verstraeten
"""

sample(290, "groen_aoc_geintegreerd_zeeuws_vlaanderen_dierverzorging", "md",
       "Green AOC opleidingsmanager, Markdown with 'wie beslist wat' table; Zeeuws-Vlaanderen, "
       "geïntegreerde route groen bb -> mbo-2 Medewerker dierverzorging (two legal persons, so an "
       "SOK); fully compliant: 'trajectoverleg', 'terugkoppeling', 'uitstappen zonder vast te "
       "lopen' (explicitly not automatically Entree), 'doorberekening' EUR 2.400, NAI arbitrage.",
       st("p p p p p p p p p p"),
       {"a": "2. Welke route",
        "b": "6. Leerbedrijven en de groene sector",
        "c": "3. Het trajectoverleg",
        "d": "4. Terugkoppeling naar de besturen",
        "e": "5. Stal, klas en docenten",
        "f": "7. Uitstappen zonder vast te lopen",
        "g": "8. Doorberekening",
        "h": "9. Inspraak",
        "i": "10. Als partijen er samen niet uitkomen",
        "j": "11. Meedoen, stoppen en aanpassen"},
       T290)

# --------------------------------------------------------------------------------------------
# 291 -- technical vakinstelling, spec-like DOCX, Zaanstreek, PIE (kb) -> mbo-3 elektrotechniek
# --------------------------------------------------------------------------------------------
T291 = """
# Samenwerkingsovereenkomst doorlopende leerroute Elektrotechniek Zaanstreek (DLR-E3)
| Documentcode | Revisie | Status | Datum |
| SOK-DLR-E3 | 2 | vastgesteld door beide bestuurders | 2025-06-23 |
## § 0 Partijen
0.1 Stichting Openbaar Voortgezet Onderwijs Zaanstad, gevestigd te Zaandam, bevoegd gezag van het Zaanwerk College, school voor vmbo, vertegenwoordigd door haar bestuurder, ir. H. (Hans) Schermerhorn (hierna: ZW).
0.2 Stichting Vakinstelling Elektrotechniek en Installatie Noord-Holland, gevestigd te Wormerveer, bevoegd gezag van de vakinstelling ElektroVak, instelling voor beroepsonderwijs, vertegenwoordigd door de voorzitter van het college van bestuur, ing. C. (Carla) Dekker-Boon (hierna: EV).
0.3 ZW en EV spreken af wat in de §§ 1 tot en met 12 en in Bijlage 1 is vastgelegd.
## § 1 Toepassingsgebied
1.1 Deze overeenkomst is van toepassing op de doorlopende leerroute DLR-E3. Instroomprofiel: vmbo, kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie (PIE), vanaf leerjaar 3. Uitstroomkwalificatie: Eerste monteur elektrotechnische installaties woning en utiliteit, niveau 3, kwalificatiedossier Elektrotechnische installaties in de gebouwde omgeving, leerweg BOL; vanaf routejaar 3 ook BBL.
1.2 Doorlooptijd: 4 routejaren (RJ1 en RJ2 = vo-fase; RJ3 en RJ4 = mbo-fase).
1.3 Registratie: ZW en EV registreren DLR-E3 elk voor hun eigen deel in RIO vóór de start van RJ1.
## § 2 Begrippen en afkortingen
| Term | Betekenis |
| KT | kernteam DLR-E3 (§ 3) |
| RC | routecoördinator DLR-E3 |
| SR | statusrapport (§ 4) |
| IZW | Installatiewerk Zaanstreek-Waterland, vereniging van installatiebedrijven |
| Routematrix | overzicht programma en toetsing per routejaar (Bijlage 1, onderdeel van deze overeenkomst) |
## § 3 Organisatie
3.1 Het technisch-didactisch beheer van DLR-E3 ligt bij het kernteam (KT). Bezetting en aanwijzing:
| Rol in KT | Bezetting | Aangewezen door |
| voorzitter | teamleider Elektrotechniek EV | college van bestuur EV |
| lid | afdelingsleider techniek bovenbouw ZW | bestuurder ZW |
| lid, secretaris | routecoördinator (RC) | bestuurder ZW en college van bestuur EV gezamenlijk, voor 2 schooljaren |
3.2 Aan het KT zijn door beide bestuurders de volgende taken opgedragen, met de daarbij genoemde beslisruimte:
- B1 toelating van leerlingen tot DLR-E3 – beslist;
- B2 routematrix (Bijlage 1) actualiseren – beslist, met uitzondering van examenregelingen (examencommissie EV, examensecretaris ZW);
- B3 roostering en inzetmatrix personeel (§ 5.3) – beslist binnen de door de bestuurders toegekende formatie;
- B4 afspraken met leerbedrijven en IZW (§ 6) – beslist, zonder financiële verplichtingen;
- B5 omleiding bij uitval (§ 7) – beslist;
- B6 rapportage (§ 4) – stelt op;
- B7 beheer werkplaatsplanning installatiehal – beslist.
3.3 Buiten de beslisruimte van het KT en voorbehouden aan de bestuurders: formatie, aanstelling en ontslag, investeringen, wijziging (§ 11.4) en beëindiging (§ 11.2) van deze overeenkomst.
## § 4 Rapportage
4.1 Het KT levert per trimester een statusrapport (SR) aan de bestuurder van ZW en het college van bestuur van EV: SR-T1 uiterlijk 15 december, SR-T2 uiterlijk 15 april, SR-T3 uiterlijk 15 juli.
4.2 Inhoud SR: aantallen per RJ, instroom, uitval en omleidingen (§ 7), toetsresultaten, inzet personeel volgens inzetmatrix, beschikbaarheid installatiehal, veiligheidsincidenten, openstaande acties.
4.3 Jaarlijks in september houden beide bestuurders met het KT een routereview over het afgelopen schooljaar, op basis van SR-T3. Het KT legt daarin verantwoording af over de uitvoering van B1–B7 (§ 3.2). Besluiten uit de routereview worden vastgelegd in een besluitenlijst.
4.4 Afwijkingen met impact op veiligheid of examinering meldt het KT binnen 2 werkdagen aan beide bestuurders.
## § 5 Uitvoering
5.1 Locaties: RJ1–RJ2 op het Zaanwerk College (Zaandam), met 1 dag per week in de installatiehal van EV (Wormerveer). RJ3–RJ4 bij EV en bij het leerbedrijf.
5.2 Programma en toetsing per routejaar: zie routematrix (Bijlage 1). De routematrix geeft per onderdeel aan of het tot het vmbo-programma, het mbo-programma of beide behoort en of een team wordt ingezet. Centraal examen vmbo in RJ2.
5.3 Personeel (inzetmatrix): EV levert in RJ1–RJ2 twee instructeurs elektrotechniek, 12 lesuren per week; ZW levert in RJ3 een docent Nederlands en een docent wiskunde, 4 lesuren per week. Het onderdeel "Installeren en meten" wordt verzorgd door een team van leraren en docenten volgens artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; ieder teamlid verzorgt het deel waarvoor hij bevoegd of bekwaam is. Dienstverband: ieder blijft in dienst van de eigen werkgever.
5.4 Faciliteiten: EV stelt ter beschikking de installatiehal met NEN 3140-praktijkopstellingen, meetapparatuur, de laadpaal-trainingsopstelling en de digitale leeromgeving; ZW stelt ter beschikking het PIE-praktijklokaal en de theorielokalen voor RJ3-lessen Nederlands en wiskunde.
5.5 Veiligheid: leerlingen volgen in RJ1 de VCA-basistraining bij EV voordat zij in de installatiehal werken.
5.6 Klachten: een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere partij werkt mee en draagt zorg voor de afhandeling voor zover het haar medewerker betreft.
## § 6 Branchebetrokkenheid
6.1 De installatiebranche is via IZW aan DLR-E3 verbonden. IZW-leden die erkend leerbedrijf zijn, waaronder Installatiebedrijf Kaptein (Zaandam), Elektro Stokman (Wormerveer) en Zaanse Installatiegroep (Krommenie), leveren:
- RJ1–RJ2: per leerling 3 bedrijfsbezoeken en 1 praktijkopdracht op een echte installatie;
- RJ3–RJ4: bpv- en BBL-plaatsen met praktijkopleider;
- een praktijkbeoordelaar bij de proeve van bekwaamheid;
- 2 gastlessen per schooljaar over actuele technieken (warmtepompen, zonnestroom, laadinfrastructuur).
6.2 IZW neemt deel aan de jaarlijkse routereview (§ 4.3) als adviseur over de routematrix; het KT legt vast wat met het advies is gedaan.
## § 7 Uitval en omleiding
7.1 Bij uitval uit DLR-E3 wordt de leerling of student omgeleid naar een passend alternatief dat tot een diploma leidt:
- uitval in RJ1–RJ2: voortzetting in de reguliere kaderberoepsgerichte leerweg van ZW, profiel PIE of een ander profiel, gericht op het vmbo-diploma;
- geen vmbo-diploma aan het einde van RJ3: instroom zonder vmbo-diploma in een andere opleiding van EV op niveau 2 of 3 die aansluit bij de behaalde onderdelen, of herkansing van het vmbo-examen;
- uitval in RJ3–RJ4: voortzetting in een andere opleiding van EV op niveau 3 (bijvoorbeeld Eerste monteur werktuigkundige installaties) of op niveau 2, of in de BBL-variant bij een IZW-leerbedrijf.
7.2 Het omleidingsbesluit (B5) wordt gezamenlijk genomen door de afdelingsleider van ZW en de teamleider van EV, na een gesprek met de leerling of student en de ouders, op basis van het bereikte onderwijsniveau en de leeftijd. Vooropleidingseisen worden bij omleiding binnen EV niet gesteld. Bij overstap naar een andere instelling verzorgt het KT de overdracht van gegevens, met toestemming van leerling of ouders.
## § 8 Financiële stromen
8.1 Tussen ZW en EV lopen geen financiële stromen. De rijksbijdragen blijven bij de rechtspersoon die ze ontvangt; overdracht of verrekening van bekostiging als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB vindt niet plaats.
8.2 Inzet van personeel (§ 5.3) en faciliteiten (§ 5.4) over en weer is om niet.
## § 9 Zeggenschap
9.1 De ondernemingsraad van EV en de personeelsgeleding van de medezeggenschapsraad van ZW ontvangen jaarlijks het verslag van de routereview en worden gezamenlijk door het KT gehoord over de inzetmatrix (§ 5.3) voordat die voor het nieuwe schooljaar wordt vastgesteld.
9.2 Leerlingen in RJ1–RJ2 wijzen één vertegenwoordiger aan die als waarnemer met spreekrecht deelneemt aan de vergaderingen van de studentenraad van EV.
9.3 De leerlinggeleding en de oudergeleding van de medezeggenschapsraad van ZW en de studentenraad van EV worden voor advies gehoord over een voorgenomen revisie van § 7.
## § 10 Conflicthantering
10.1 Stap 1: een conflict tussen ZW en EV over de uitvoering van deze overeenkomst wordt gemeld bij het KT, dat binnen 10 werkdagen een oplossing voorstelt.
10.2 Stap 2: geen oplossing na stap 1 → overleg tussen de bestuurder van ZW en de voorzitter van het college van bestuur van EV, binnen 30 dagen.
10.3 Stap 3: geen oplossing na stap 2 → mediation door een onafhankelijke mediator die partijen samen kiezen, binnen 60 dagen af te ronden.
10.4 Stap 4: geen oplossing na stap 3 → het conflict wordt voorgelegd aan de bevoegde rechter van de Rechtbank Noord-Holland, locatie Haarlem.
## § 11 Instap, uitstap en revisie
11.1 Instap: een ander bevoegd gezag van een school voor vmbo met het profiel PIE, of van een instelling voor beroepsonderwijs, kan partij worden bij deze overeenkomst, mits beide bestuurders schriftelijk instemmen, de nieuwe partij deze overeenkomst ongewijzigd aanvaardt in een ondertekende instapverklaring en de instap ingaat per 1 augustus. De nieuwe partij registreert zich in RIO (§ 1.3).
11.2 Uitstap: de overeenkomst geldt voor onbepaalde tijd. Een partij kan haar beëindigen per 1 augustus met een schriftelijke opzegtermijn van ten minste 12 maanden. Bij ernstige en voortdurende tekortkoming van een partij, na een schriftelijke ingebrekestelling met een hersteltermijn van 3 maanden, kan de andere partij de overeenkomst ontbinden.
11.3 Uitloopgarantie: vanaf de datum van opzegging of ontbinding stromen geen nieuwe leerlingen in RJ1 in. Leerlingen en studenten die op die datum al in DLR-E3 zitten, ronden de route af volgens de op dat moment geldende routematrix; als afronding niet mogelijk is, wordt § 7 toegepast.
11.4 Revisie: iedere partij kan een wijzigingsverzoek indienen bij het KT. Het KT beschrijft de gevolgen voor lopende cohorten. Een nieuwe revisie van deze overeenkomst geldt pas na ondertekening door beide bestuurders, gaat in per 1 augustus en mag lopende cohorten niet benadelen. Aanpassing van de routematrix door het KT binnen B2 is geen revisie.
## § 12 Inwerkingtreding
Deze overeenkomst (revisie 2) treedt in werking op 1 augustus 2025 en vervangt revisie 1 van 14 maart 2024.
## Ondertekening
Zaandam / Wormerveer, 23 juni 2025
Stichting Openbaar Voortgezet Onderwijs Zaanstad – ir. H. Schermerhorn, bestuurder
Stichting Vakinstelling Elektrotechniek en Installatie Noord-Holland – ing. C. Dekker-Boon, voorzitter college van bestuur
## Bijlage 1 – Routematrix DLR-E3
| RJ | Locatie | Onderdelen | Team | Toetsing |
| 1 | ZW + 1 dag installatiehal EV | AVO, profielvak PIE, Installeren en meten I | ja (Installeren en meten) | PTA vmbo; mbo-praktijktoets schakelingen |
| 2 | ZW + 1 dag installatiehal EV | AVO, profielvak PIE, Installeren en meten II, keuzevak Domotica | ja (Installeren en meten) | CE vmbo; mbo-examen basis installeren |
| 3 | EV | kerntaken niveau 3, Nederlands, wiskunde | nee | mbo-examens; bpv 10 weken |
| 4 | EV + leerbedrijf | storingzoeken, keuzedelen | nee | proeve van bekwaamheid; bpv 20 weken |
"""

sample(291, "vakinstelling_technisch_zaanstreek_elektrotechniek", "docx",
       "Technical vakinstelling writing a spec-like document (document control table, §-numbering, "
       "B1-B7 mandate list, abbreviations), DOCX; Zaanstreek, PIE kb -> mbo-3 Eerste monteur "
       "elektrotechnische installaties; fully compliant: 'kernteam', 'statusrapport per trimester', "
       "'uitval en omleiding', 'geen financiële stromen', 'conflicthantering', 'instap, uitstap en "
       "revisie' with 'uitloopgarantie'.",
       st("p p p p p p p p p p"),
       {"a": "§ 1 Toepassingsgebied",
        "b": "§ 6 Branchebetrokkenheid",
        "c": "§ 3 Organisatie",
        "d": "§ 4 Rapportage",
        "e": "§ 5 Uitvoering",
        "f": "§ 7 Uitval en omleiding",
        "g": "§ 8 Financiële stromen",
        "h": "§ 9 Zeggenschap",
        "i": "§ 10 Conflicthantering",
        "j": "§ 11 Instap, uitstap en revisie"},
       T291)


# --------------------------------------------------------------------------------------------
# 292 -- care-and-welfare route, PDF, Venlo, Z&W (kb) -> mbo-3 Verzorgende-IG.
#        One subtle defect: bekostiging is transferred with a bestemming, but its omvang is left
#        to a yearly decision -> g weak.  Everything else present.
# --------------------------------------------------------------------------------------------
T292 = """
# Samenwerkingsovereenkomst Zorgroute Venlo – doorlopende leerroute Zorg en welzijn – Verzorgende-IG
= Maasveld College en Zorgcollege Venlo, in samenwerking met de zorgpartners in Noord-Limburg
## 1. Met wie
Stichting Voortgezet Onderwijs Venlo en Omstreken, gevestigd te Venlo, bevoegd gezag van het Maasveld College, school voor vmbo, vertegenwoordigd door mevrouw drs. A. (Anja) Peeters, voorzitter college van bestuur (hierna: het Maasveld);
Stichting Regionaal Opleidingencentrum Maas en Peel, gevestigd te Venlo, bevoegd gezag van het Zorgcollege Venlo, vertegenwoordigd door de heer R. (Rob) Janssen, lid college van bestuur (hierna: het Zorgcollege).
## 2. Waarom deze route
In Noord-Limburg is grote behoefte aan goed opgeleide verzorgenden. Veel jongeren met hart voor de zorg haken af bij de overgang van vmbo naar mbo. Met deze route bieden het Maasveld en het Zorgcollege hen één ononderbroken leerweg waarin de jongere centraal staat, hij vanaf het begin leert in de echte zorgpraktijk en niemand tussen wal en schip valt.
## 3. De route in het kort
3.1 De Zorgroute begint in leerjaar 3 van de kaderberoepsgerichte leerweg van het Maasveld, profiel Zorg en welzijn, en leidt naar het diploma van de mbo-opleiding Verzorgende-IG, niveau 3 (BOL, vanaf het tweede mbo-jaar ook BBL), van het Zorgcollege, opleidingsdomein Zorg en welzijn.
3.2 De route duurt vier jaar: twee jaar vo-fase (routejaar 1 en 2) en twee jaar mbo-fase (routejaar 3 en 4). Het vmbo-diploma wordt in routejaar 2 behaald.
3.3 Het Maasveld en het Zorgcollege melden de route ieder voor zich aan in RIO.
## 4. Routeregie
4.1 Het regieteam geeft leiding aan de Zorgroute. Het regieteam bestaat uit de teamleider bovenbouw Zorg en welzijn van het Maasveld, de opleidingsmanager Verzorging van het Zorgcollege en de routebegeleider, die de dagelijkse coördinatie doet en het contact met jongeren, ouders en zorgpartners onderhoudt.
4.2 De teamleider wordt voor het regieteam aangewezen door het college van bestuur van het Maasveld, de opleidingsmanager door het college van bestuur van het Zorgcollege. De routebegeleider wordt door beide colleges van bestuur samen benoemd, op voordracht van de teamleider en de opleidingsmanager, voor drie schooljaren.
4.3 Het regieteam heeft van beide colleges van bestuur de opdracht en het mandaat om: leerlingen tot de route toe te laten; het routeplan per leerjaar op te stellen en bij te stellen (met respect voor de bevoegdheden van de examencommissie en de examensecretaris); de roosters vast te stellen en de inzet van docenten te verdelen binnen de beschikbare formatie; afspraken te maken met de zorgpartners; en te beslissen over de vervolgplek van jongeren voor wie de route niet (meer) past (artikel 8).
4.4 Besluiten over personeel, over de begroting en over deze overeenkomst zelf blijven bij de colleges van bestuur.
## 5. Zicht houden: verslaglegging aan de besturen
5.1 Het regieteam stuurt beide colleges van bestuur halfjaarlijks, in februari en in juli, een voortgangsverslag over de Zorgroute, met de instroom, het welbevinden en de uitval van jongeren, de resultaten in de praktijk en op de examens en de inzet van docenten en praktijkruimtes.
5.2 Het juliverslag wordt jaarlijks in september besproken in een gezamenlijk bestuurlijk overleg, waarin het regieteam zich verantwoordt over het afgelopen schooljaar en de colleges van bestuur de koers voor het volgende schooljaar bepalen.
5.3 Daarnaast verstrekt het regieteam iedere informatie waar een college van bestuur om vraagt, binnen tien werkdagen.
## 6. Leren op drie plekken
6.1 De jongeren leren op het Maasveld, in het skillslab van het Zorgcollege en op de leerafdeling van Zorggroep De Maasoever in Tegelen. In de vo-fase zijn zij vier dagen op het Maasveld en één dag in het skillslab of op de leerafdeling; in de mbo-fase zijn zij op het Zorgcollege en in de bpv.
6.2 Het routeplan beschrijft per leerjaar het onderwijs, de examinering en de beroepspraktijkvorming, en welke onderdelen tot het vmbo en welke tot het mbo behoren. Het routeplan is als bijlage bij deze overeenkomst gevoegd en wordt jaarlijks vóór 1 juli door het regieteam bijgewerkt.
6.3 Het onderwijs wordt gegeven door één team. Het Zorgcollege zet in de vo-fase twee praktijkdocenten verpleging en verzorging in; het Maasveld zet in de mbo-fase zijn docent biologie en een docent Nederlands in. Voor het vakoverstijgende onderdeel "Zorgen voor de cliënt" wordt gewerkt met teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB). Iedere docent blijft in dienst van zijn eigen werkgever.
6.4 Het Zorgcollege stelt het skillslab met zijn oefenbedden, tilliften en simulatiepoppen beschikbaar; het Maasveld stelt zijn praktijklokaal Zorg en welzijn en de keuken beschikbaar voor de lessen die daar worden gegeven.
6.5 Klachten over een medewerker van de andere partij worden behandeld volgens de klachtenregeling van de partij waar de klacht binnenkomt; de andere partij werkt daaraan mee.
## 7. Samen met de zorgpraktijk
7.1 Zorggroep De Maasoever, Thuiszorg Venlo-Tegelen en Hospice De Lindeboom zijn zorgpartner van de Zorgroute. Zij zijn erkend leerbedrijf.
7.2 De zorgpartners bieden de leerafdeling in Tegelen, waar jongeren in de vo-fase onder begeleiding meewerken; zij bieden de stage- en BBL-plaatsen in de mbo-fase met een werkbegeleider; hun verpleegkundigen geven gastlessen en beoordelen mee bij de proeve van bekwaamheid.
7.3 Twee keer per jaar bespreekt het regieteam met de zorgpartners of het routeplan nog aansluit bij de zorg van nu; wat met hun inbreng gebeurt, staat in het voortgangsverslag.
## 8. Wanneer de route niet (meer) past
8.1 Soms blijkt de zorg toch niet de juiste plek, of lukt het niveau niet. Dan zorgen het Maasveld en het Zorgcollege er samen voor dat de jongere op een andere manier een diploma kan halen:
- stopt de jongere in de vo-fase, dan gaat hij verder in de reguliere kaderberoepsgerichte leerweg van het Maasveld, in het profiel Zorg en welzijn of een ander profiel, met het vmbo-diploma als doel;
- is het vmbo-diploma aan het einde van routejaar 3 nog niet behaald, dan kan hij zonder dat diploma instromen in een andere opleiding van het Zorgcollege op niveau 2 of 3, of het vmbo-examen opnieuw doen;
- stopt de jongere in de mbo-fase, dan krijgt hij een plek in een andere opleiding op niveau 3 (bijvoorbeeld Medewerker maatschappelijke zorg) of, als dat beter past, op niveau 2 (Helpende zorg en welzijn).
8.2 De teamleider van het Maasveld en de opleidingsmanager van het Zorgcollege beslissen samen over de vervolgplek, na een gesprek met de jongere en zijn ouders, waarbij zij kijken naar het onderwijsniveau dat de jongere heeft bereikt en naar zijn leeftijd. Voor een plek binnen het Zorgcollege gelden geen vooropleidingseisen.
8.3 Een uitgebreide beschrijving voor ouders staat in de schoolgids van het Maasveld.
## 9. Middelen
9.1 Het Maasveld draagt een deel van de bekostiging die het voor de jongeren in routejaar 1 en 2 ontvangt over aan het Zorgcollege, met toepassing van artikel 5.42a WVO 2020.
9.2 De overgedragen middelen zijn bestemd voor de inzet van de praktijkdocenten verpleging en verzorging in de vo-fase (artikel 6.3) en voor het gebruik van het skillslab (artikel 6.4).
9.3 Het deel dat wordt overgedragen, wordt ieder jaar bij het opstellen van de routebegroting in het voorjaar door het regieteam voorgesteld en door beide colleges van bestuur vastgesteld.
9.4 Overige kosten draagt iedere partij zelf.
## 10. Meedenken en meebeslissen
10.1 Jongeren in de vo-fase mogen een vertegenwoordiger kiezen die als toehoorder met spreekrecht deelneemt aan de vergaderingen van de studentenraad van het Zorgcollege.
10.2 De medezeggenschapsraad van het Maasveld en de studentenraad van het Zorgcollege ontvangen ieder jaar het juliverslag en bespreken dat in oktober samen met het regieteam.
10.3 Een voorgenomen wijziging van artikel 8 wordt eerst aan beide raden voor advies voorgelegd.
## 11. Bij onenigheid
11.1 Zijn het Maasveld en het Zorgcollege het oneens over de uitvoering van deze overeenkomst, dan probeert het regieteam dat eerst binnen vier weken op te lossen. Lukt dat niet, dan overleggen de beide colleges van bestuur.
11.2 Komen de colleges van bestuur binnen zes weken niet tot een oplossing, dan schakelen zij samen een onafhankelijke mediator in. Brengt de mediation binnen drie maanden geen oplossing, dan wordt de zaak voorgelegd aan de bevoegde rechter van de Rechtbank Limburg.
## 12. Nieuwe partners, beëindiging en bijstelling
12.1 Een andere vmbo-school of mbo-instelling kan partij worden als beide colleges van bestuur daarmee schriftelijk instemmen en de nieuwe partner deze overeenkomst in een ondertekende aanvulling aanvaardt. Dat kan alleen met ingang van 1 augustus; de nieuwe partner meldt zich zelf aan in RIO.
12.2 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Iedere partij kan haar beëindigen met een aangetekende brief, met een termijn van ten minste twaalf maanden, met ingang van 1 augustus. Bij ernstige tekortkoming na schriftelijke aanmaning kan de andere partij de overeenkomst ontbinden.
12.3 Na een beëindiging of ontbinding starten geen nieuwe jongeren meer in de route. Jongeren die al in de route zitten, maken die af bij het Maasveld en het Zorgcollege; als dat niet kan, geldt artikel 8.
12.4 Bijstelling van deze overeenkomst gebeurt schriftelijk en wordt door beide colleges van bestuur ondertekend, na advies volgens artikel 10.3 als artikel 8 wordt gewijzigd. Bijstellingen gaan in bij de start van een schooljaar en mogen jongeren die al in de route zitten niet benadelen.
## 13. Ondertekening
Venlo, 26 juni 2025
Stichting Voortgezet Onderwijs Venlo en Omstreken – drs. A. Peeters, voorzitter college van bestuur
Stichting Regionaal Opleidingencentrum Maas en Peel – R. Janssen, lid college van bestuur
## Bijlage – Routeplan Zorgroute (samenvatting)
| Routejaar | Waar | Onderwijs | Examinering en praktijk |
| 1 (kb 3) | Maasveld; 1 dag skillslab of leerafdeling | AVO-vakken, profielvak Z&W, Zorgen voor de cliënt (team) | PTA vmbo; mbo-vaardigheidstoetsen basiszorg |
| 2 (kb 4) | Maasveld; 1 dag skillslab of leerafdeling | AVO-vakken, profielvak Z&W, keuzevak Welzijn kind en jongere | CE vmbo; mbo-examen basiszorg |
| 3 (mbo 1) | Zorgcollege en bpv | kerntaken Verzorgende-IG, Nederlands, rekenen | mbo-examens; bpv 12 weken |
| 4 (mbo 2) | Zorgcollege en bpv (BOL of BBL) | verdieping, keuzedelen | proeve van bekwaamheid; bpv 20 weken |
"""

sample(292, "zorgroute_venlo_verzorgende_ig", "pdf",
       "Care-and-welfare route in warm person-centred style ('de jongere centraal', 'zorgpartners', "
       "'routeregie', 'zicht houden'), PDF; Venlo/Noord-Limburg, zorg en welzijn kb -> mbo-3 "
       "Verzorgende-IG; one subtle defect: bekostiging is transferred with a bestemming, but the "
       "omvang is left to a yearly budget decision (g weak); all else present.",
       st("p p p p p p w p p p"),
       {"a": "3. De route in het kort",
        "b": "7. Samen met de zorgpraktijk",
        "c": "4. Routeregie",
        "d": "5. Zicht houden: verslaglegging aan de besturen",
        "e": "6. Leren op drie plekken",
        "f": "8. Wanneer de route niet (meer) past",
        "h": "10. Meedenken en meebeslissen",
        "i": "11. Bij onenigheid",
        "j": "12. Nieuwe partners, beëindiging en bijstelling"},
       T292)

# === END OF SAMPLES ===


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv if a.isdigit()]
    for num in sorted(SAMPLES):
        if nums and num not in nums:
            continue
        build(SAMPLES[num])


if __name__ == "__main__":
    main(sys.argv[1:])
