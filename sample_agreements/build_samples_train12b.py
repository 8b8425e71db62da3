#!/usr/bin/env python3
"""Training samples 181-188 for leerroute-check (batch "train12b").

Written by an independent helper session. The agreements were composed from the two official
guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen overstapoptie), the project's
domain notes (shared/domain.md) and sample_agreements/LABELS.md, without looking at checker code,
models, tests, benchmarks or the texts/build scripts of other samples. All schools, instellingen,
companies and people are made up.

Focus of this batch: items that look present because a similar word occurs somewhere else
("benoemd" only about a mediator, "jaarlijks" only about the budget, "lokalen" only in the
considerans), deferrals, intentions, restated statute, automatic Entree, vooropleidingseisen on a
switch within the same instelling, a medezeggenschap placeholder, disputes only "in overleg" and an
opzegging without protection of running pupils. Three agreements (182, 184, 188) are compliant.

Usage:
    python3 build_samples_train12b.py            # build all samples 181-188
    python3 build_samples_train12b.py 183 186    # build only these
    python3 build_samples_train12b.py --check    # open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime

OUT = os.path.dirname(os.path.abspath(__file__))
SAMPLES = []  # list of dicts: name, fmt, blocks|text, meta, expected


def add(name, fmt, description, statuses, evidence, blocks=None, text=None, meta=None):
    assert re.fullmatch(r"18[1-8]_[a-z0-9_]+", name), name
    SAMPLES.append(dict(name=name, fmt=fmt, blocks=blocks, text=text, meta=meta or {},
                        expected={"description": description, "split": "train",
                                  "statuses": statuses, "evidence": evidence}))


def st(codes):
    """'p p w na ...' -> statuses dict a..j"""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = codes.split()
    assert len(parts) == 10, codes
    return {k: m[v] for k, v in zip("abcdefghij", parts)}


# --------------------------------------------------------------------------------------------
# Block model: ("title", t) ("sub", t) ("h", t) ("h2", t) ("p", t) ("li", t) ("dots",)
#              ("table", rows, widths) first row is header; ("sig", [[lines], [lines]]) ("pb",)
# --------------------------------------------------------------------------------------------

def build_pdf(path, blocks, meta):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)
    from xml.sax.saxutils import escape

    font = meta.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    size = meta.get("size", 10)
    align = TA_JUSTIFY if meta.get("justify") else 0
    s_body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35,
                            spaceAfter=5, alignment=align)
    s_li = ParagraphStyle("li", parent=s_body, leftIndent=18, firstLineIndent=-12, spaceAfter=3)
    s_title = ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                             alignment=TA_CENTER, spaceAfter=6)
    s_sub = ParagraphStyle("s", fontName=font, fontSize=size + 1, leading=(size + 1) * 1.3,
                           alignment=TA_CENTER, spaceAfter=10)
    s_h = ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                         spaceBefore=9, spaceAfter=4)
    s_h2 = ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size * 1.3,
                          spaceBefore=5, spaceAfter=3)
    s_cell = ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3)
    s_cellb = ParagraphStyle("cb", parent=s_cell, fontName=bold)

    def P(t, s):
        return Paragraph(escape(t), s)

    story = []
    width = A4[0] - 5 * cm
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(P(b[1], s_title))
        elif kind == "sub":
            story.append(P(b[1], s_sub))
        elif kind == "h":
            story.append(P(b[1], s_h))
        elif kind == "h2":
            story.append(P(b[1], s_h2))
        elif kind == "p":
            story.append(P(b[1], s_body))
        elif kind == "li":
            story.append(P(b[1], s_li))
        elif kind == "dots":
            story.append(P("." * 110, s_body))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = [[P(c, s_cellb if i == 0 else s_cell) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            cols = b[1]
            data = [["\n".join(c) for c in cols]]
            data = [[[P(line, s_body) for line in c] for c in cols]]
            t = Table(data, colWidths=[width / len(cols)] * len(cols))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 10))
            story.append(KeepTogether([t]))
        else:
            raise ValueError(kind)

    header = meta.get("header")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        if header:
            canvas.drawString(2.5 * cm, A4[1] - 1.4 * cm, header)
        canvas.drawRightString(A4[0] - 2.5 * cm, 1.3 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, invariant=1,
                            title=meta.get("title", ""), author=meta.get("author", ""),
                            subject="", creator="", producer="ReportLab")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def build_docx(path, blocks, meta):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = meta.get("font", "Calibri")
    normal.font.size = Pt(meta.get("size", 10.5))
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.3)
        if meta.get("header"):
            sec.header.paragraphs[0].text = meta["header"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph(b[1], style="Title")
        elif kind == "sub":
            p = d.add_paragraph(b[1], style="Subtitle")
        elif kind == "h":
            d.add_paragraph(b[1], style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(b[1], style="Heading 2")
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "li":
            p = d.add_paragraph(b[1])
            p.paragraph_format.left_indent = Cm(0.9)
            p.paragraph_format.first_line_indent = Cm(-0.5)
        elif kind == "dots":
            d.add_paragraph("\u2026" * 60)
        elif kind == "pb":
            d.add_page_break()
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
            for j, c in enumerate(cols):
                t.cell(0, j).text = "\n".join(c)
        else:
            raise ValueError(kind)
    cp = d.core_properties
    fixed = datetime(2025, 6, 30, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("author", "")
    cp.title = meta.get("title", "")
    cp.revision = 1
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build_one(s):
    path = os.path.join(OUT, s["name"] + "." + s["fmt"])
    if s["fmt"] == "pdf":
        build_pdf(path, s["blocks"], s["meta"])
    elif s["fmt"] == "docx":
        build_docx(path, s["blocks"], s["meta"])
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(s["text"].lstrip("\n"))
    with open(os.path.join(OUT, s["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(s["expected"], f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", path)


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
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
            names = z.namelist()
            assert "docProps/core.xml" in names
        paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        out = []
        for p in paras:
            ts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)
            out.append("".join(ts))
        txt = "\n".join(out)
        for a, b in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
            txt = txt.replace(a, b)
        return txt
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def check(selected):
    ok = True
    for s in selected:
        path = os.path.join(OUT, s["name"] + "." + s["fmt"])
        jpath = os.path.join(OUT, s["name"] + ".expected.json")
        problems = []
        if not os.path.exists(path):
            problems.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa
                problems.append("cannot open: %r" % e)
                text = ""
            if len(text) < 500:
                problems.append("too little text (%d chars)" % len(text))
            exp = s["expected"]
            for k, v in exp["evidence"].items():
                if norm(v) not in text:
                    problems.append("evidence %s not found: %r" % (k, v))
                if exp["statuses"][k] != "present":
                    problems.append("evidence for non-present item %s" % k)
            for k, v in exp["statuses"].items():
                if v == "present" and k not in exp["evidence"]:
                    problems.append("no evidence for present item %s" % k)
            s["_words"] = len(text.split())
        try:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != s["expected"]:
                    problems.append("expected.json differs from table")
        except Exception as e:  # noqa
            problems.append("expected.json: %r" % e)
        print("%-60s %s %s" % (s["name"] + "." + s["fmt"], "OK" if not problems else "FAIL",
                              "(%s words)" % s.get("_words", "?")))
        for p in problems:
            print("    -", p)
        ok = ok and not problems
    fmts = [s["fmt"] for s in SAMPLES]
    if len(selected) == len(SAMPLES) == 8:
        if not (fmts.count("pdf") == 3 and fmts.count("docx") == 3
                and fmts.count("txt") + fmts.count("md") == 2):
            print("format mix wrong:", fmts)
            ok = False
    return ok


# ============================================================================================
# Agreements
# ============================================================================================

# --------------------------------------------------------------------------------------------
# 181  Official format copied and filled in only partly (DOCX). Haarlemmermeer, logistiek.
# --------------------------------------------------------------------------------------------
B181 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
    ("sub", "Route Logistiek Haarlemmermeer \u2013 versie 0.9 (ter ondertekening)"),
    ("p", "Stichting Openbaar Voortgezet Onderwijs Haarlemmermeer, bevoegd gezag van Het Polderlicht "
          "College (vmbo, brinnummer 18XK), gevestigd aan de Bosweg 40 te Hoofddorp, rechtsgeldig "
          "vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. A.M. Kerkhoven,"),
    ("p", "[Bevoegd gezag van de school]"),
    ("p", "en"),
    ("p", "Stichting Regionaal Opleidingencentrum Spaarne-Meer (ROC Spaarne-Meer), gevestigd aan de "
          "Spoorlaan 2 te Haarlem, rechtsgeldig vertegenwoordigd door de voorzitter van het college van "
          "bestuur, de heer ing. R.J. Tuinman MBA,"),
    ("p", "[Bevoegd gezag van de instelling voor beroepsonderwijs]"),
    ("p", "verklaren te zijn overeengekomen:"),
    ("h", "Doel en wijze van samenwerking:"),
    ("li", "1. Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende leerroute "
           "vmbo-mbo, dan wel een geïntegreerd onderwijsprogramma verzorgd door ondergetekenden."),
    ("li", "2. Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute."),
    ("li", "3. Ondergetekenden beschrijven voor de gehele doorlopende leerroute vmbo-mbo het "
           "onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per leerjaar en "
           "voeren dit in gezamenlijkheid uit."),
    ("li", "4. Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij een gezamenlijke "
           "doorlopende leerroute vmbo-mbo aanbieden."),
    ("h", "Afspraken"),
    ("h2", "1. De betreffende doorlopende leerroute vmbo-mbo"),
    ("p", "Het volgende onderwijsprogramma wordt in deze doorlopende leerroute vmbo-mbo aangeboden:"),
    ("p", "Het Polderlicht College biedt in leerjaar 3 en 4 het profiel Mobiliteit en transport in de "
          "kaderberoepsgerichte leerweg aan, met de profielmodules Transport en logistiek. De route "
          "sluit aan op de mbo-opleiding Logistiek teamleider, niveau 3 (BOL, opleidingsdomein "
          "Transport, scheepvaart en logistiek) van ROC Spaarne-Meer, Logistiek College Hoofddorp. De "
          "route omvat vier leerjaren: twee jaar vo-fase en twee jaar mbo-fase. In de vo-fase volgen de "
          "leerlingen het keuzevak Logistiek op mbo-2-niveau en het keuzedeel Heftruck rijden."),
    ("h2", "2. Betrokkenheid bedrijfsleven"),
    ("p", "Het bedrijfsleven is/wordt als volgt betrokken bij de invulling van dit onderwijsprogramma:"),
    ("li", "a. Het Logistiek Platform Schiphol Zuid (vereniging van 23 logistieke bedrijven rond "
           "Schiphol) neemt met twee vertegenwoordigers deel aan de werkveldtafel van de route. De "
           "werkveldtafel komt twee keer per schooljaar bijeen en adviseert over de keuzedelen, de "
           "praktijkopdrachten en de actualiteit van het programma."),
    ("li", "b. Kuijpers Airfreight Handling B.V. en Meerwijk Distributie B.V. stellen samen ten minste "
           "twintig bpv-plaatsen per cohort beschikbaar voor de mbo-fase en ontvangen de leerlingen in "
           "leerjaar 2 van de route voor een snuffelstage van een week."),
    ("li", "c. Praktijkopleiders van de leerbedrijven beoordelen de proeve van bekwaamheid "
           "\u2018Werkplanning magazijn\u2019 mee; SBB erkent de leerbedrijven."),
    ("h2", "3. Inzet leiding en verantwoording"),
    ("p", "a. De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet van:"),
    ("p", "een routeteam, bestaande uit de afdelingsleider bovenbouw kader van Het Polderlicht College, "
          "de opleidingsmanager Logistiek van ROC Spaarne-Meer en een routecoördinator. De "
          "afdelingsleider wordt in het routeteam benoemd door de directeur van Het Polderlicht College; "
          "de opleidingsmanager wordt benoemd door de collegedirecteur van het Logistiek College. De "
          "routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd, op voordracht van "
          "de beide andere leden, voor een periode van drie schooljaren."),
    ("p", "Het routeteam is belast met de dagelijkse leiding van de route: het opstellen van het "
          "gezamenlijke PTA/OER per leerjaar, het rooster, de inzet van docenten binnen de daarvoor "
          "vastgestelde formatie, de contacten met de leerbedrijven en de toelating tot de route. Het "
          "routeteam is bevoegd binnen de jaarbegroting van de route zelfstandig uitgaven te doen. "
          "Besluiten over formatie-uitbreiding, wijziging van de route en deze overeenkomst blijven "
          "voorbehouden aan de colleges van bestuur."),
    ("p", "b. Het verstrekken van inlichtingen en afleggen van verantwoording door deze leiding aan "
          "ondergetekenden wordt als volgt georganiseerd:"),
    ("p", "Het routeteam stuurt beide colleges van bestuur twee keer per jaar, uiterlijk 1 februari en "
          "1 juli, een voortgangsrapportage met de in-, door- en uitstroomcijfers, de "
          "examenresultaten, de stand van de begroting en de knelpunten. Eenmaal per jaar, in oktober, "
          "legt het routeteam in het bestuurlijk overleg van beide colleges mondeling verantwoording af "
          "over het afgelopen schooljaar. Calamiteiten worden direct gemeld."),
    ("h2", "4. Organisatorische en onderwijskundige inrichting"),
    ("p", "a. De betreffende doorlopende leerroute wordt aangeboden op volgende locatie(s):"),
    ("p", "leerjaar 1 en 2: Het Polderlicht College, Bosweg 40 Hoofddorp, met één dag per week in het "
          "Logistiek Praktijkcentrum van ROC Spaarne-Meer, Kruisweg 1100 Hoofddorp; leerjaar 3 en 4: "
          "Logistiek College Hoofddorp en de leerbedrijven."),
    ("p", "b. Er zijn afspraken gemaakt over het gebruik van verschillende faciliteiten zoals:"),
    ("p", "het Logistiek Praktijkcentrum met magazijnsimulatie en heftrucks (om niet, op de dinsdag), "
          "de theorielokalen van Het Polderlicht College voor de mbo-docenten, en het "
          "warehouse-managementsysteem WMS-Leren, waarvoor het ROC de licenties voor de leerlingen "
          "van de vo-fase verzorgt."),
    ("p", "c. De inzet van personeel is als volgt georganiseerd:"),
    ("p", "Twee docenten van Het Polderlicht College en twee docenten Logistiek van ROC Spaarne-Meer "
          "vormen één docententeam. Voor de vakoverstijgende projecten in leerjaar 2 en 3 zetten "
          "partijen de teambevoegdheid in; voor elk programmaonderdeel is ten minste één bevoegde "
          "docent betrokken. De mbo-docenten verzorgen in de vo-fase vier lesuren per week en blijven in "
          "dienst van ROC Spaarne-Meer. Het gezamenlijke PTA/OER legt per leerjaar vast welke "
          "onderdelen vo, mbo of gecombineerd zijn; het centraal examen vmbo wordt in leerjaar 2 van de "
          "route afgenomen."),
    ("h2", "5. Overstapoptie"),
    ("p", "Deelnemers die deze doorlopende leerroute niet met succes afronden worden door "
          "ondergetekenden in staat gesteld om:"),
    ("li", "\u2013 tijdens de vo-fase: over te stappen naar de reguliere kaderberoepsgerichte leerweg "
           "Mobiliteit en transport van Het Polderlicht College en daar het vmbo-diploma te behalen;"),
    ("li", "\u2013 tijdens de mbo-fase: in te stromen in een andere opleiding van ROC Spaarne-Meer op "
           "niveau 2 of 3, mits de deelnemer voldoet aan de vooropleidingseisen van artikel 8.2.1 WEB "
           "voor die opleiding, dat wil zeggen in het bezit is van een vmbo-diploma "
           "kaderberoepsgerichte leerweg of hoger. Over de toelating beslist de toelatingscommissie van "
           "ROC Spaarne-Meer."),
    ("h2", "6. Financiën"),
    ("p", "In de financiële overeenkomst, die als bijlage bij deze overeenkomst kan worden toegevoegd, "
          "is door ondergetekenden vastgelegd welke afspraken zijn gemaakt over de kosten van de "
          "doorlopende leerlijn. Er zijn afspraken gemaakt over eventuele overdracht van de bekostiging "
          "tussen ondergetekende partijen, de omvang en bestemming van evt. over te dragen middelen."),
    ("p", "Ingevuld: Stichting Openbaar Voortgezet Onderwijs Haarlemmermeer draagt op grond van artikel "
          "5.42a WVO 2020 voor iedere leerling in leerjaar 1 en 2 van de route € 640 per schooljaar "
          "over aan ROC Spaarne-Meer. Dit bedrag is bestemd voor de vier lesuren per week die de "
          "mbo-docenten in de vo-fase verzorgen en voor het gebruik van het Logistiek Praktijkcentrum "
          "en de WMS-licenties. Betaling in twee termijnen (1 november en 1 april). Verder draagt ieder "
          "de eigen kosten."),
    ("h2", "7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime (optioneel)"),
    ("p", "Voor de doorlopende leerroutes geldt de WMS voor leerlingen die ingeschreven staan op het vmbo "
          "en hun ouders (de eerste 2 jaar van de doorlopende leerroute) en leraren die in dienst zijn "
          "van de vmbo-school. De WEB en WOR gelden voor studenten die ingeschreven staan op het mbo en "
          "hun ouders (na de eerste 2 jaar van de route) en docenten die in dienst zijn van de "
          "mbo-school. Indien gewenst kunnen er voor een doorlopende leerroute aanvullende afspraken "
          "worden gemaakt op het toepasselijke medezeggenschapsregime, dit kunnen alleen aanvullingen "
          "zijn op het geldende regime."),
    ("p", "Aanvullende afspraken: p.m. \u2013 tekst volgt na het advies van de MR van Het Polderlicht "
          "College en de studentenraad van ROC Spaarne-Meer."),
    ("h2", "8. Geschilbeslechting"),
    ("p", "De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de "
          "overeenkomst."),
    ("dots",),
    ("dots",),
    ("h2", "9. Betrokkenheid andere partijen"),
    ("p", "Een andere vmbo-school of mbo-instelling kan partij worden bij deze overeenkomst als beide "
          "colleges van bestuur daarmee schriftelijk instemmen en de nieuwe partij een "
          "toetredingsverklaring ondertekent waarin zij alle afspraken van deze overeenkomst "
          "aanvaardt. Toetreding gaat steeds in op 1 augustus, zodat er geen wijzigingen midden in een "
          "schooljaar zijn. De toetredende partij meldt haar deelname zelf in RIO. Toetreding mag de "
          "route van de leerlingen die al zijn ingestroomd niet veranderen."),
    ("h2", "10. Beëindiging overeenkomst"),
    ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Ieder van de partijen kan "
          "de overeenkomst schriftelijk opzeggen, uiterlijk op 1 februari met ingang van 1 augustus "
          "daaropvolgend. Na een opzegging worden geen nieuwe leerlingen meer tot de route toegelaten; "
          "leerlingen en studenten die op dat moment in de route zitten, ronden hun route onder deze "
          "afspraken af, ook als dat langer duurt dan de opzegtermijn. Partijen kunnen de overeenkomst "
          "ontbinden als een van hen de bekostiging of de erkenning voor de betrokken opleiding verliest; "
          "ook dan ronden de zittende leerlingen de route af bij de partij die daartoe nog in staat is, "
          "of stappen zij over volgens afspraak 5."),
    ("p", "Wijzigingen van deze overeenkomst worden schriftelijk vastgelegd en door beide colleges van "
          "bestuur ondertekend. Een wijziging die voor zittende leerlingen nadelig is, gaat pas in bij "
          "het begin van het volgende schooljaar en geldt alleen voor nieuwe cohorten."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend te Hoofddorp op ........................ 2025."),
    ("sig", [["Stichting Openbaar Voortgezet Onderwijs Haarlemmermeer", "", "drs. A.M. Kerkhoven",
              "voorzitter college van bestuur"],
             ["Stichting ROC Spaarne-Meer", "", "ing. R.J. Tuinman MBA",
              "voorzitter college van bestuur"]]),
]
add("181_format_deels_ingevuld_logistiek", "docx",
    "Official bouwsteen format copied into Word with its bracketed instructions left in and filled in "
    "only partly; Haarlemmermeer, mobiliteit en transport kb -> Logistiek teamleider 3. Overstap "
    "imposes vooropleidingseisen on a switch within the same ROC and lets the ROC decide alone; "
    "medezeggenschap section is the format text plus 'p.m.'; geschilbeslechting only the format's "
    "statutory sentence with dotted lines.",
    st("p p p p p w p w w p"),
    {"a": "1. De betreffende doorlopende leerroute vmbo-mbo",
     "b": "2. Betrokkenheid bedrijfsleven",
     "c": "3. Inzet leiding en verantwoording",
     "d": "3. Inzet leiding en verantwoording",
     "e": "4. Organisatorische en onderwijskundige inrichting",
     "g": "6. Financiën",
     "j": "10. Beëindiging overeenkomst"},
    blocks=B181,
    meta={"author": "Het Polderlicht College", "title": "SOK DLR Logistiek Haarlemmermeer",
          "font": "Calibri", "size": 10.5})


# --------------------------------------------------------------------------------------------
# 182  Verlengingsovereenkomst after five years, restating the 2020 arrangements (PDF).
#      Helmond, PIE kb -> Eerste monteur elektrotechnische installaties 3. Compliant.
# --------------------------------------------------------------------------------------------
B182 = [
    ("title", "VERLENGINGSOVEREENKOMST"),
    ("sub", "bij de samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo \u2018Techniekroute "
            "Helmond\u2019 van 14 juli 2020 \u2013 tweede periode 2025\u20132030"),
    ("h2", "Partijen"),
    ("li", "1. Stichting Katholiek Voortgezet Onderwijs De Peel, statutair gevestigd te Helmond, bevoegd "
           "gezag van het Carolus Vakcollege (school voor vbo en mavo), te dezen rechtsgeldig "
           "vertegenwoordigd door de heer drs. P.J.M. van Bree, rector-bestuurder, hierna: \u2018de "
           "school\u2019;"),
    ("li", "2. Stichting Regionaal Opleidingencentrum Kempen en Peel, statutair gevestigd te Eindhoven, "
           "te dezen rechtsgeldig vertegenwoordigd door mevrouw mr. H.C. Swinkels, voorzitter van het "
           "college van bestuur, hierna: \u2018ROC Kempen-Peel\u2019 of \u2018de instelling\u2019;"),
    ("p", "hierna gezamenlijk: \u2018partijen\u2019."),
    ("h2", "Overwegende dat"),
    ("li", "A. partijen op 14 juli 2020 een samenwerkingsovereenkomst hebben gesloten voor de "
           "doorlopende leerroute Techniekroute Helmond (hierna: de Overeenkomst 2020), aangegaan voor "
           "vijf schooljaren en eindigend op 31 juli 2025;"),
    ("li", "B. de route in het schooljaar 2024\u20132025 is geëvalueerd (rapport \u2018Vijf jaar "
           "Techniekroute Helmond\u2019, maart 2025) en partijen op grond van die evaluatie de "
           "samenwerking willen voortzetten;"),
    ("li", "C. partijen de afspraken van 2020 in deze verlengingsovereenkomst volledig opnieuw willen "
           "vastleggen, met de wijzigingen die uit de evaluatie voortvloeien, zodat voor de tweede "
           "periode één kenbare tekst geldt en niemand de Overeenkomst 2020 ernaast hoeft te lezen;"),
    ("li", "D. de medezeggenschapsraad van het Carolus Vakcollege en de studentenraad van ROC "
           "Kempen-Peel over het voornemen tot verlenging hebben geadviseerd;"),
    ("p", "komen als volgt overeen."),
    ("h", "Artikel 1 \u2013 Verlenging en plaats van deze tekst"),
    ("p", "1.1 De Overeenkomst 2020 wordt verlengd met ingang van 1 augustus 2025 tot en met 31 juli 2030."),
    ("p", "1.2 Met ingang van 1 augustus 2025 luiden de afspraken tussen partijen zoals bepaald in de "
          "artikelen 2 tot en met 12. Deze artikelen treden in de plaats van de Overeenkomst 2020. Waar "
          "bij een artikel [ongewijzigd] staat, is de afspraak inhoudelijk gelijk aan die van 2020; waar "
          "[gewijzigd] staat, is kort aangegeven wat er anders is."),
    ("p", "1.3 Wijzigingen ten opzichte van 2020 gelden voor leerlingen en studenten die vóór 1 augustus "
          "2025 in de route zijn ingestroomd alleen voor zover zij daardoor niet in een nadeliger "
          "positie komen."),
    ("h", "Artikel 2 \u2013 De leerroute [ongewijzigd]"),
    ("p", "2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die begint in leerjaar 3 "
          "van het Carolus Vakcollege. Het vo-deel is het profiel Produceren, installeren en energie "
          "(PIE) in de kaderberoepsgerichte leerweg, met de profielmodules Elektrotechniek en "
          "Installatietechniek. Het mbo-deel is de vakopleiding Eerste monteur elektrotechnische "
          "installaties, niveau 3, BOL, uit het kwalificatiedossier Elektrotechnische installaties in de "
          "gebouwde omgeving, verzorgd door ROC Kempen-Peel op de Techniekcampus Helmond."),
    ("p", "2.2 De route duurt vier jaar: route-jaar 1 en 2 vallen samen met vmbo-leerjaar 3 en 4 "
          "(vo-fase), route-jaar 3 en 4 zijn mbo-jaren (mbo-fase). De leerling behaalt het vmbo-diploma "
          "kaderberoepsgerichte leerweg en het mbo-diploma niveau 3."),
    ("p", "2.3 De route is in 2020 door beide partijen gemeld; ieder van hen houdt de registratie in RIO "
          "actueel."),
    ("h", "Artikel 3 \u2013 Betrokkenheid van het bedrijfsleven [gewijzigd: werkveldcommissie uitgebreid]"),
    ("p", "3.1 Partijen houden de werkveldcommissie Techniekroute in stand. Daarin hebben zitting: twee "
          "vertegenwoordigers van Techniek Nederland, afdeling Zuidoost-Brabant; Van Heugten "
          "Installatietechniek B.V. te Helmond; Elektrotechniek Rooijakkers B.V. te Deurne; en, vanaf "
          "2025, woningcorporatie Peelrand Wonen, in verband met de verduurzaming van haar woningbezit. "
          "De commissie komt drie keer per schooljaar bijeen."),
    ("p", "3.2 De werkveldcommissie adviseert partijen over het programma en de keuzedelen (waaronder "
          "het keuzedeel Warmtepompen). De leerbedrijven in de commissie leveren per cohort ten minste "
          "achttien bpv-plaatsen voor route-jaar 3 en 4, verzorgen jaarlijks ten minste vier "
          "gastlessen in de vo-fase en leveren in route-jaar 2 levensechte opdrachten aan. Hun "
          "praktijkopleiders beoordelen de proeven van bekwaamheid mee."),
    ("h", "Artikel 4 \u2013 Leiding over de route [ongewijzigd, behalve het budgetmandaat]"),
    ("p", "4.1 De leiding over de route berust bij het kernteam. Het kernteam bestaat uit de teamleider "
          "techniek van het Carolus Vakcollege, de opleidingsmanager Elektrotechniek van ROC "
          "Kempen-Peel en de routecoördinator, die het kernteam voorzit."),
    ("p", "4.2 De teamleider wordt in het kernteam aangewezen door de rector-bestuurder van de school; de "
          "opleidingsmanager door het college van bestuur van de instelling. De routecoördinator wordt "
          "na een interne vacature door beide besturen gezamenlijk benoemd voor drie schooljaren en kan "
          "eenmaal worden herbenoemd. Wie een lid heeft aangewezen of benoemd, kan hem ook weer "
          "terugroepen."),
    ("p", "4.3 Het kernteam heeft tot taak de route dagelijks te leiden: het bereidt het gezamenlijke "
          "PTA/OER voor, stelt het rooster vast, verdeelt de lessen over de docenten, onderhoudt de "
          "contacten met de werkveldcommissie en beslist over toelating tot de route binnen de "
          "toelatingscriteria die partijen hebben vastgesteld."),
    ("p", "4.4 Beide besturen dragen aan het kernteam de bevoegdheid op om het routebudget te besteden "
          "tot een bedrag van € 20.000 per schooljaar (was € 15.000). Het kernteam is niet bevoegd "
          "personeel aan te stellen of te ontslaan, verplichtingen boven dat bedrag aan te gaan of deze "
          "overeenkomst te wijzigen; die besluiten blijven bij de besturen."),
    ("h", "Artikel 5 \u2013 Inlichtingen en verantwoording [gewijzigd: halfjaarlijkse notitie toegevoegd]"),
    ("p", "5.1 Het kernteam zendt beide besturen jaarlijks vóór 1 oktober een jaarverslag over het "
          "afgelopen schooljaar, met de kengetallen instroom, doorstroom, uitval en overstap, de "
          "examenresultaten, de besteding van het routebudget en het oordeel van de werkveldcommissie."),
    ("p", "5.2 Vóór 15 maart zendt het kernteam beide besturen een korte tussentijdse notitie over de "
          "voortgang van het lopende schooljaar."),
    ("p", "5.3 In het bestuurlijk overleg van november legt het kernteam over het jaarverslag "
          "verantwoording af aan beide besturen. Het kernteam meldt ernstige incidenten en dreigende "
          "tekorten onmiddellijk aan beide besturen en geeft hun desgevraagd alle inlichtingen."),
    ("h", "Artikel 6 \u2013 Organisatorische en onderwijskundige inrichting [ongewijzigd]"),
    ("p", "6.1 Locaties. Route-jaar 1 en 2 worden gegeven in het gebouw van het Carolus Vakcollege, met "
          "één praktijkdag per week op de Techniekcampus; route-jaar 3 en 4 op de Techniekcampus en bij "
          "de leerbedrijven."),
    ("p", "6.2 Programma en examinering. Partijen beschrijven in één PTA/OER per leerjaar welke "
          "onderdelen vo, mbo of gecombineerd zijn. Het centraal examen vmbo vindt plaats in route-jaar "
          "2; mbo-examens zijn mogelijk vanaf route-jaar 2; de bpv valt in route-jaar 3 en 4. De school "
          "blijft verantwoordelijk voor het vmbo-examen, de instelling voor de mbo-examinering en de bpv."),
    ("p", "6.3 Personeel. Het docententeam bestaat uit docenten van beide partijen. ROC Kempen-Peel zet in "
          "de vo-fase twee docenten elektrotechniek in voor gezamenlijk zes lesuren per week; zij blijven "
          "in dienst van de instelling, die werkgever blijft. Voor het vakoverstijgende project \u2018Slim "
          "en duurzaam wonen\u2019 in route-jaar 2 werken partijen met teambevoegdheid; voor elk "
          "onderdeel is ten minste één bevoegde docent verantwoordelijk. Professionalisering gebeurt "
          "gezamenlijk op twee studiedagen per jaar."),
    ("p", "6.4 Faciliteiten. De school stelt haar techniekhal beschikbaar voor route-jaar 1 en 2; de "
          "instelling de installatiehal en het e-lab op de Techniekcampus, inclusief meetapparatuur en "
          "gereedschap, op de praktijkdag. Over en weer worden geen huurkosten berekend; "
          "verbruiksmaterialen vallen onder artikel 8."),
    ("p", "6.5 Overig. Verzuim wordt in de vo-fase door de school en in de mbo-fase door de instelling "
          "gemeld. De klachtenregeling van beide partijen is ook van toepassing op gedragingen van "
          "personeel van de andere partij in het kader van de route; de partij waar de klacht "
          "binnenkomt, betrekt de andere partij bij de afhandeling."),
    ("h", "Artikel 7 \u2013 Overstapoptie [gewijzigd: overstap naar andere instelling toegevoegd]"),
    ("p", "7.1 Een leerling of student die de route niet afmaakt, krijgt van partijen altijd een passend "
          "alternatief dat leidt tot een vmbo-diploma of een mbo-diploma. De teamleider en de "
          "opleidingsmanager beoordelen gezamenlijk, met de leerling en zijn ouders, welk alternatief "
          "past bij het bereikte onderwijsniveau en de leeftijd."),
    ("p", "7.2 Tijdens de vo-fase stapt de leerling over naar de reguliere kaderberoepsgerichte leerweg "
          "PIE of een ander profiel van de school, of naar een andere doorlopende leerroute, met behoud "
          "van de behaalde resultaten."),
    ("p", "7.3 Heeft de leerling aan het eind van route-jaar 3 het vmbo-diploma niet behaald, dan kan "
          "hij in overleg doubleren of zonder vmbo-diploma doorgaan in een andere mbo-opleiding van "
          "ROC Kempen-Peel op niveau 2 of 3; voor een overstap binnen ROC Kempen-Peel gelden de "
          "vooropleidingseisen niet."),
    ("p", "7.4 Wil de student in de mbo-fase een andere richting of een ander niveau, dan stapt hij "
          "over naar een andere opleiding van ROC Kempen-Peel op hetzelfde of een passend niveau. Wil "
          "hij naar een andere instelling in de regio, dan begeleiden partijen de overstap en vragen zij "
          "die instelling om een geschiktheidsonderzoek als de student niet aan de vooropleidingseisen "
          "voldoet. De uitwerking staat in de schoolgids en de studentengids."),
    ("h", "Artikel 8 \u2013 Financiën [gewijzigd: bedrag per leerling]"),
    ("p", "8.1 De school draagt op grond van artikel 5.42a WVO 2020 voor iedere leerling in route-jaar 1 "
          "en 2 € 725 per schooljaar (was € 600) over aan ROC Kempen-Peel. Het bedrag is bestemd voor de "
          "inzet van de docenten elektrotechniek van de instelling in de vo-fase en voor de "
          "verbruiksmaterialen op de praktijkdag."),
    ("p", "8.2 In route-jaar 3 en 4 wordt geen bekostiging overgedragen. De instelling factureert in "
          "november op basis van de teldatum 1 oktober. Overige kosten draagt iedere partij zelf."),
    ("h", "Artikel 9 \u2013 Geschillen [ongewijzigd]"),
    ("p", "9.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in het "
          "kernteam besproken. Lukt het kernteam niet binnen vier weken een oplossing te vinden, dan "
          "legt ieder van de partijen het geschil voor aan het bestuurlijk overleg, dat binnen vier weken "
          "bijeenkomt."),
    ("p", "9.2 Blijft het geschil daarna bestaan, dan schakelen partijen een door hen samen gekozen "
          "mediator in die is ingeschreven in het register van de Mediatorsfederatie Nederland. Leidt de "
          "mediation binnen drie maanden niet tot overeenstemming, dan kan ieder van de partijen het "
          "geschil voorleggen aan de bevoegde rechter van de rechtbank Oost-Brabant."),
    ("h", "Artikel 10 \u2013 Toetreding [ongewijzigd]"),
    ("p", "10.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze "
          "overeenkomst toetreden als beide partijen daarmee schriftelijk instemmen, de toetreder de "
          "afspraken in deze overeenkomst aanvaardt in een door alle partijen ondertekend addendum en hij "
          "zijn deelname meldt in RIO. Toetreding gaat in op 1 augustus."),
    ("p", "10.2 Toetreding verandert niets aan het programma en de begeleiding van leerlingen die al in "
          "de route zitten."),
    ("h", "Artikel 11 \u2013 Duur, opzegging en ontbinding [gewijzigd: nieuwe looptijd]"),
    ("p", "11.1 Deze overeenkomst loopt tot en met 31 juli 2030. Partijen besluiten uiterlijk 1 maart "
          "2030 of zij opnieuw verlengen."),
    ("p", "11.2 Ieder van de partijen kan de overeenkomst tussentijds schriftelijk opzeggen met ingang "
          "van 1 augustus, met een opzegtermijn van ten minste twaalf maanden. Ontbinding is mogelijk "
          "als de andere partij haar verplichtingen ernstig en, na schriftelijke ingebrekestelling, "
          "blijvend niet nakomt."),
    ("p", "11.3 Na opzegging, ontbinding of afloop stroomt er geen nieuw cohort meer in. Leerlingen en "
          "studenten die op dat moment in de route zitten, ronden hun route af volgens deze "
          "overeenkomst; partijen blijven daarvoor tot het einde van hun route aan de artikelen 4 tot "
          "en met 9 gebonden. Lukt afronden echt niet, dan geldt artikel 7."),
    ("h", "Artikel 12 \u2013 Wijziging en evaluatie [ongewijzigd]"),
    ("p", "12.1 Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met handtekening van beide "
          "besturen. Een wijziging gaat in op 1 augustus, tenzij partijen anders afspreken, en mag "
          "leerlingen die al in de route zitten niet benadelen."),
    ("p", "12.2 Partijen evalueren de route in het schooljaar 2028\u20132029, mede aan de hand van de "
          "jaarverslagen van het kernteam."),
    ("p", "Aldus overeengekomen en in tweevoud getekend te Helmond op 2 juli 2025."),
    ("sig", [["Stichting Katholiek Voortgezet Onderwijs De Peel", "", "drs. P.J.M. van Bree",
              "rector-bestuurder"],
             ["Stichting Regionaal Opleidingencentrum Kempen en Peel", "", "mr. H.C. Swinkels",
              "voorzitter college van bestuur"]]),
]
add("182_verlengingsovereenkomst_installatie_helmond", "pdf",
    "Verlengingsovereenkomst after five years that restates every 2020 arrangement in full with "
    "[ongewijzigd]/[gewijzigd] markers; Helmond, PIE kb -> Eerste monteur elektrotechnische "
    "installaties 3, Times, articles with leden. Compliant; medezeggenschap only mentioned in the "
    "considerans (MR/studentenraad advised on the extension), so h not_applicable.",
    st("p p p p p p p na p p"),
    {"a": "Artikel 2 \u2013 De leerroute [ongewijzigd]",
     "b": "Artikel 3 \u2013 Betrokkenheid van het bedrijfsleven [gewijzigd: werkveldcommissie uitgebreid]",
     "c": "Artikel 4 \u2013 Leiding over de route [ongewijzigd, behalve het budgetmandaat]",
     "d": "Artikel 5 \u2013 Inlichtingen en verantwoording [gewijzigd: halfjaarlijkse notitie toegevoegd]",
     "e": "Artikel 6 \u2013 Organisatorische en onderwijskundige inrichting [ongewijzigd]",
     "f": "Artikel 7 \u2013 Overstapoptie [gewijzigd: overstap naar andere instelling toegevoegd]",
     "g": "Artikel 8 \u2013 Financiën [gewijzigd: bedrag per leerling]",
     "i": "Artikel 9 \u2013 Geschillen [ongewijzigd]",
     "j": "Artikel 11 \u2013 Duur, opzegging en ontbinding [gewijzigd: nieuwe looptijd]"},
    blocks=B182,
    meta={"author": "Stichting KVO De Peel", "title": "Verlengingsovereenkomst Techniekroute Helmond",
          "font": "Times-Roman", "size": 10.5, "justify": True,
          "header": "Verlengingsovereenkomst Techniekroute Helmond 2025\u20132030"})


# --------------------------------------------------------------------------------------------
# 183  Escalation table and budget table (DOCX). West-Brabant, kb -> Verzorgende-IG 3.
#      Defects: vmbo profiel never named (only "beroepsprofiel"/"leerlingprofiel"); reporting by
#      the routeleider has no form or frequency ("jaarlijks" only about the budget).
# --------------------------------------------------------------------------------------------
B183 = [
    ("title", "Samenwerkingsovereenkomst Zorgroute West-Brabant"),
    ("sub", "doorlopende leerroute vmbo-mbo \u2013 Vakcollege De Wouwse Poort en ROC Brabantse Wal"),
    ("h", "1 Partijen"),
    ("p", "Stichting Voortgezet Onderwijs West-Brabant Zuid, gevestigd te Roosendaal, bevoegd gezag van "
          "Vakcollege De Wouwse Poort, vertegenwoordigd door de heer J.A.M. Raaijmakers, voorzitter van "
          "het college van bestuur (hierna: de school), en"),
    ("p", "Stichting Regionaal Opleidingencentrum Brabantse Wal, gevestigd te Bergen op Zoom, "
          "vertegenwoordigd door mevrouw drs. E.L. Hopmans, lid van het college van bestuur (hierna: het "
          "ROC),"),
    ("p", "spreken het volgende af over de doorlopende leerroute die zij vanaf 1 augustus 2025 samen "
          "verzorgen (hierna: de route)."),
    ("h", "2 Begrippen"),
    ("table", [["Begrip", "Betekenis in deze overeenkomst"],
               ["route", "de doorlopende leerroute vmbo-mbo, bedoeld in artikel 3"],
               ["vo-fase", "route-jaar 1 en 2 (leerjaar 3 en 4 van de school)"],
               ["mbo-fase", "route-jaar 3 en 4 (leerjaar 1 en 2 van de mbo-opleiding)"],
               ["routeleider", "de leidinggevende van de route, bedoeld in artikel 5"],
               ["bestuurders", "de colleges van bestuur van de school en het ROC"]],
     [0.25, 0.75]),
    ("h", "3 De route"),
    ("p", "3.1 De route is bedoeld voor leerlingen van de kaderberoepsgerichte leerweg van De Wouwse "
          "Poort die aan het eind van leerjaar 2 kiezen voor een beroep in de zorg. Zij leidt naar het "
          "vmbo-diploma en het diploma van de mbo-opleiding Verzorgende-IG, niveau 3 (BOL), van het ROC, "
          "locatie Roosendaal."),
    ("p", "3.2 Het beroepsprofiel van de verzorgende-IG uit het kwalificatiedossier is leidend voor de "
          "inhoud van de praktijkvakken in de hele route. Leerlingen worden toegelaten op basis van een "
          "leerlingprofiel (motivatie, advies van de mentor, resultaten leerjaar 2)."),
    ("p", "3.3 Beide partijen melden de route in RIO vóór 1 oktober 2025."),
    ("h", "4 Bedrijfsleven"),
    ("p", "4.1 Zorggroep Vrijhof (ouderenzorg, Roosendaal) en Thuiszorg De Wallen (wijkverpleging, "
          "Bergen op Zoom) zijn de vaste leerbedrijven van de route. Zij bieden elke leerling in de "
          "vo-fase een meeloopstage van twee weken en stellen in de mbo-fase samen ten minste "
          "vijfentwintig bpv-plaatsen per cohort beschikbaar."),
    ("p", "4.2 Hun praktijkopleiders verzorgen in de vo-fase zes gastlessen per jaar en beoordelen in de "
          "mbo-fase de praktijkexamens mee. De twee leerbedrijven hebben elk een zetel in de adviesraad "
          "van de route, die twee keer per jaar adviseert over het programma en de keuzedelen."),
    ("h", "5 Leiding van de route"),
    ("p", "5.1 De route wordt geleid door een routeleider, bijgestaan door een routeteam van twee "
          "coördinatoren: één docent-coördinator van de school en één van het ROC."),
    ("p", "5.2 De bestuurders benoemen de routeleider gezamenlijk, voor vier jaar. De coördinatoren "
          "worden aangewezen door de directeur van de school respectievelijk de directeur van ROC "
          "Brabantse Wal, college Gezondheidszorg Roosendaal."),
    ("p", "5.3 De bestuurders dragen de routeleider de volgende taken en bevoegdheden op:"),
    ("table", [["Taak of bevoegdheid", "Toelichting"],
               ["programma", "stelt het gezamenlijke PTA/OER per leerjaar op ter vaststelling door de bestuurders"],
               ["toelating", "beslist over toelating tot de route op basis van het leerlingprofiel"],
               ["rooster en inzet", "maakt het rooster en verdeelt de lessen binnen de formatie uit artikel 9"],
               ["budget", "besteedt het routebudget uit artikel 9 zelfstandig; hogere uitgaven met toestemming van beide bestuurders"],
               ["externe contacten", "onderhoudt de contacten met de leerbedrijven en de adviesraad"],
               ["niet", "personeelsbesluiten, wijziging van deze overeenkomst, uitbreiding van de route"]],
     [0.28, 0.72]),
    ("h", "6 Informatie aan de bestuurders"),
    ("p", "De routeleider houdt beide bestuurders op de hoogte van wat er in de route speelt en legt over "
          "zijn beleid verantwoording af aan de bestuurders. Vragen van een bestuurder beantwoordt hij "
          "binnen een redelijke termijn."),
    ("h", "7 Inrichting van het onderwijs"),
    ("p", "7.1 Locaties: de vo-fase vindt plaats op De Wouwse Poort, met één dag per week in het "
          "skillslab van het ROC aan de Bovendonk in Roosendaal; de mbo-fase op de ROC-locatie en bij de "
          "leerbedrijven."),
    ("p", "7.2 Programma en examens staan per leerjaar in het gezamenlijke PTA/OER. Het centraal "
          "examen vmbo wordt afgenomen aan het eind van route-jaar 2. Vanaf route-jaar 2 volgen leerlingen "
          "mbo-onderdelen, die met mbo-examens worden afgesloten."),
    ("p", "7.3 Personeel: de school zet drie docenten in, het ROC twee docenten verpleegkunde die in de "
          "vo-fase vier lesuren per week op De Wouwse Poort en de skillsdag verzorgen. Samen vormen zij "
          "één team dat bij het vakoverstijgende project \u2018Zorgen voor een ander\u2019 de "
          "teambevoegdheid gebruikt; voor elk onderdeel is een bevoegde docent verantwoordelijk. Ieder "
          "blijft in dienst van de eigen werkgever."),
    ("p", "7.4 Faciliteiten: het ROC stelt het skillslab met hoog-laagbedden, tilliften en oefenpoppen "
          "op de skillsdag beschikbaar; de school stelt haar verzorgingslokaal beschikbaar voor de "
          "ROC-docenten. Over en weer worden geen huurkosten gerekend."),
    ("p", "7.5 De school is verantwoordelijk voor verzuim, begeleiding en klachten in de vo-fase, het ROC "
          "in de mbo-fase. Een klacht over een docent van de andere partij wordt samen afgehandeld."),
    ("h", "8 Als de route niet past: overstap"),
    ("p", "8.1 Een leerling die de route verlaat, krijgt een passend vervolg dat leidt tot een diploma. "
          "De mentor van de school, de studieloopbaanbegeleider van het ROC en de routeleider bepalen "
          "samen met de leerling en zijn ouders welk vervolg dat is, op grond van het bereikte niveau en "
          "de leeftijd."),
    ("p", "8.2 In de vo-fase stapt de leerling over naar het reguliere programma van de "
          "kaderberoepsgerichte leerweg van de school en haalt hij daar zijn vmbo-diploma. Is de "
          "leerling afgewezen voor het vmbo-examen, dan kan hij de route vervolgen in een andere "
          "mbo-opleiding van het ROC op niveau 2 of 3 of het vmbo-jaar overdoen. In de mbo-fase kan de "
          "student overstappen naar een andere opleiding van het ROC op hetzelfde niveau, zoals "
          "Maatschappelijke zorg of Helpende; vooropleidingseisen gelden daarbij niet. Wie naar een "
          "andere instelling gaat, wordt door de routeleider warm overgedragen."),
    ("h", "9 Budget en bekostiging"),
    ("p", "9.1 De school draagt op grond van artikel 5.42a WVO 2020 voor elke leerling in de vo-fase een "
          "deel van haar bekostiging over aan het ROC. De omvang en de bestemming staan in de tabel "
          "hieronder. In de mbo-fase wordt niets overgedragen."),
    ("table", [["Post", "Bedrag", "Betaald door", "Bestemming"],
               ["Overdracht vo-fase", "€ 1.100 per leerling per schooljaar", "school aan ROC",
                "lesuren ROC-docenten op De Wouwse Poort en de skillsdag"],
               ["Materialen skillslab", "€ 95 per leerling per schooljaar", "school aan ROC",
                "verbruiksmaterialen en hygiënemiddelen"],
               ["Routebudget", "€ 12.000 per schooljaar", "ieder de helft",
                "gastlessen, excursies, meeloopstages, adviesraad"],
               ["Coördinatie", "0,2 fte per coördinator", "ieder de eigen coördinator",
                "routeteam"]],
     [0.22, 0.24, 0.2, 0.34]),
    ("p", "9.2 Het budget wordt jaarlijks vóór 1 juni door de bestuurders vastgesteld op voorstel van de "
          "routeleider. Het ROC factureert de overdracht in december, op basis van het aantal leerlingen "
          "op 1 oktober."),
    ("h", "10 Medezeggenschap"),
    ("p", "10.1 Leerlingen in de vo-fase mogen, naast hun rechten via de MR van de school, met twee "
          "vertegenwoordigers als toehoorder met spreekrecht deelnemen aan de vergaderingen van de "
          "studentenraad van het ROC."),
    ("p", "10.2 Eén keer per schooljaar overleggen een delegatie van de MR van de school en de "
          "studentenraad van het ROC samen met de routeleider over de route. Voorstellen over de route "
          "worden aan beide raden voor advies voorgelegd."),
    ("h", "11 Geschillen en escalatie"),
    ("p", "11.1 Verschillen van inzicht tussen partijen over de uitvoering van deze overeenkomst worden "
          "volgens de onderstaande escalatieladder behandeld. Elke stap duurt niet langer dan de "
          "aangegeven termijn; daarna kan elke partij de volgende stap zetten."),
    ("table", [["Stap", "Wie", "Termijn", "Uitkomst"],
               ["1", "routeleider en beide coördinatoren", "2 weken", "oplossing in het routeteam"],
               ["2", "directeur school en directeur ROC-locatie", "4 weken", "schriftelijke afspraak"],
               ["3", "bestuurders in bestuurlijk overleg", "6 weken", "bestuursbesluit"],
               ["4", "Geschillencommissie Beroepsonderwijs en Bedrijfsleven of, als partijen dat samen "
                     "kiezen, een mediator", "3 maanden", "bindend advies / vaststellingsovereenkomst"],
               ["5", "bevoegde rechter rechtbank Zeeland-West-Brabant", "\u2013",
                "uitspraak (alleen als stap 4 zonder resultaat bleef)"]],
     [0.08, 0.42, 0.15, 0.35]),
    ("h", "12 Nieuwe partners, wijziging en einde"),
    ("p", "12.1 Een andere vmbo-school of mbo-instelling kan partij worden als beide bestuurders daarmee "
          "schriftelijk instemmen, de nieuwe partij alle afspraken van deze overeenkomst aanvaardt en "
          "haar deelname meldt in RIO. Dat gebeurt per 1 augustus, zonder gevolgen voor zittende "
          "leerlingen."),
    ("p", "12.2 Deze overeenkomst wordt alleen schriftelijk en met handtekening van beide bestuurders "
          "gewijzigd. Wijzigingen gaan in bij het begin van een schooljaar."),
    ("p", "12.3 De overeenkomst geldt voor onbepaalde tijd en kan door elke partij schriftelijk worden "
          "opgezegd vóór 1 januari, met ingang van 1 augustus daarna. Na opzegging begint er geen nieuw "
          "cohort meer; wie al in de route zit, maakt de route af en partijen blijven daarvoor aan deze "
          "overeenkomst gebonden."),
    ("p", "Roosendaal, 24 juni 2025"),
    ("sig", [["Stichting Voortgezet Onderwijs West-Brabant Zuid", "", "J.A.M. Raaijmakers",
              "voorzitter college van bestuur"],
             ["Stichting ROC Brabantse Wal", "", "drs. E.L. Hopmans", "lid college van bestuur"]]),
]
add("183_escalatietabel_budgettabel_verzorgende", "docx",
    "Agreement with Word tables (begrippen, taken/bevoegdheden, budget table, escalation ladder); "
    "West-Brabant, kb -> Verzorgende-IG 3. The vmbo profiel is never named (only 'beroepsprofiel' and "
    "'leerlingprofiel'); the routeleider's information/verantwoording has no form or frequency "
    "('jaarlijks' only about setting the budget).",
    st("w p p w p p p p p p"),
    {"b": "4 Bedrijfsleven",
     "c": "5 Leiding van de route",
     "e": "7 Inrichting van het onderwijs",
     "f": "8 Als de route niet past: overstap",
     "g": "9 Budget en bekostiging",
     "h": "10 Medezeggenschap",
     "i": "11 Geschillen en escalatie",
     "j": "12 Nieuwe partners, wijziging en einde"},
    blocks=B183,
    meta={"author": "Vakcollege De Wouwse Poort", "title": "SOK Zorgroute West-Brabant",
          "font": "Arial", "size": 10})


# --------------------------------------------------------------------------------------------
# 184  Interne regeling of a verticale scholengemeenschap (Markdown). Steenwijk, MVI gl ->
#      Software developer 4. Compliant; h, i, j not applicable; explicitly no overdracht.
# --------------------------------------------------------------------------------------------
T184 = """
# Regeling doorlopende leerroute Software & Media

**Interne regeling als bedoeld in artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB**

*Stichting Onderwijsgemeenschap Noordwest-Overijssel – Lindecollege Steenwijk (vmbo) en Linde Vakschool (mbo)*

Het college van bestuur van de Stichting Onderwijsgemeenschap Noordwest-Overijssel, bevoegd gezag van de
verticale scholengemeenschap Lindecollege, die een school voor mavo en vbo (Lindecollege Steenwijk) en een
instelling voor beroepsonderwijs (Linde Vakschool) omvat;

- gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, van de
  Wet educatie en beroepsonderwijs;
- overwegende dat de doorlopende leerroute Software & Media volledig binnen de scholengemeenschap wordt
  verzorgd, zodat in plaats van een samenwerkingsovereenkomst een interne regeling volstaat;
- gehoord de gemeenschappelijke medezeggenschapsraad;

**besluit** vast te stellen de volgende regeling.

## Artikel 1 Begrippen

In deze regeling wordt verstaan onder:

- **college**: het college van bestuur van de Stichting Onderwijsgemeenschap Noordwest-Overijssel;
- **vmbo-afdeling**: Lindecollege Steenwijk, school voor mavo en vbo;
- **mbo-afdeling**: Linde Vakschool, instelling voor beroepsonderwijs;
- **route**: de doorlopende leerroute Software & Media, bedoeld in artikel 2;
- **routemanager**: de functionaris bedoeld in artikel 4.

## Artikel 2 De route

1. De route verbindt het profiel Media, vormgeving en ICT in de gemengde leerweg van de vmbo-afdeling
   met de middenkaderopleiding Software developer, niveau 4 (BOL), opleidingsdomein ICT en creatieve
   industrie, van de mbo-afdeling.
2. De route begint in leerjaar 3 van de vmbo-afdeling en duurt vijf jaar: twee jaar vo-fase (leerjaar 3
   en 4) en drie jaar mbo-fase.
3. De vmbo-afdeling en de mbo-afdeling melden de route ieder in RIO.

## Artikel 3 Bedrijfsleven

1. De route heeft een werkveldraad waarin zitting hebben: Datapolder B.V. (softwareontwikkeling,
   Steenwijk), Noordwest Hosting B.V. (Meppel), de afdeling Informatievoorziening van de gemeente
   Steenwijkerland en een vertegenwoordiger van de Bedrijvenkring Kop van Overijssel.
2. De werkveldraad komt twee keer per schooljaar bijeen en adviseert het college over het programma,
   de keuze van keuzedelen en de aansluiting op de regionale vraag naar ICT'ers.
3. De bedrijven in de werkveldraad leveren elk schooljaar voor leerjaar 4 ten minste drie opdrachten
   voor de \u2018echte klant\u2019-projecten, bieden in de mbo-fase ten minste vijftien bpv-plaatsen per cohort
   en beoordelen de eindpresentaties van de projecten mee.

## Artikel 4 Leiding

1. De leiding over de route berust bij de routemanager, die wordt bijgestaan door het routeoverleg. Het
   routeoverleg bestaat uit de routemanager, de afdelingsleider bovenbouw van de vmbo-afdeling en de
   teamleider ICT van de mbo-afdeling.
2. Het college benoemt de routemanager voor een periode van vier jaar, na advies van de directeuren van
   beide afdelingen. De afdelingsleider en de teamleider maken uit hoofde van hun functie deel uit van
   het routeoverleg.
3. Het college draagt de routemanager op:
   a. de dagelijkse leiding over de route en de coördinatie tussen beide afdelingen;
   b. het opstellen van het gezamenlijke PTA/OER per leerjaar, ter vaststelling door het college;
   c. het vaststellen van het rooster en de toedeling van lessen binnen de formatie die het college
      jaarlijks toekent;
   d. het besteden van het routebudget, bedoeld in artikel 7, tot het toegekende bedrag;
   e. het beslissen over toelating tot de route en over overstappen als bedoeld in artikel 6.
4. Besluiten over formatie, benoeming van personeel, uitbreiding of beëindiging van de route neemt het
   college.

## Artikel 5 Inlichtingen en verantwoording

1. De routemanager rapporteert elk kwartaal schriftelijk aan het college over de voortgang, het verzuim,
   de uitval en de uitputting van het budget. De directeuren van beide afdelingen ontvangen een afschrift.
2. Vóór 1 november legt de routemanager in een jaarverslag over het voorgaande schooljaar
   verantwoording af aan het college, met de resultaten van de examens, de in-, door- en uitstroom en
   het advies van de werkveldraad. Het college bespreekt het jaarverslag met de routemanager.

## Artikel 6 Overstap

1. Een leerling of student die de route niet kan of wil afmaken, krijgt altijd een passend vervolg dat
   leidt tot een vmbo-diploma of een mbo-diploma. De routemanager beslist daarover samen met de
   afdelingsleider van de vmbo-afdeling en de teamleider ICT, na overleg met de leerling en zijn ouders,
   op grond van het bereikte onderwijsniveau en de leeftijd.
2. In de vo-fase kan de leerling overstappen naar de gemengde of de kaderberoepsgerichte leerweg in het
   profiel Media, vormgeving en ICT of in een ander profiel van de vmbo-afdeling.
3. In de mbo-fase kan de student overstappen naar een andere opleiding van de mbo-afdeling, op niveau 4
   of, als dat beter past, op niveau 3 (bijvoorbeeld Allround medewerker IT systems and devices). Omdat
   de mbo-afdeling dezelfde instelling is, gelden daarbij de vooropleidingseisen niet; ook een student
   zonder vmbo-diploma kan zo doorgaan.
4. Wie de route verlaat voor een opleiding elders, wordt warm overgedragen. De uitwerking staat in de
   schoolgids en het studentenstatuut.

## Artikel 7 Inrichting, personeel en faciliteiten

1. De vo-fase wordt gegeven in het gebouw van de vmbo-afdeling aan de Gagelsweg, met elke week twee
   dagdelen in het ICT-lab van de mbo-afdeling aan de Oostermeent. De mbo-fase wordt gegeven op de
   Oostermeent en bij de leerbedrijven.
2. Programma en examinering worden voor elk leerjaar vastgelegd in het PTA/OER. Het centraal examen
   vmbo wordt afgenomen in leerjaar 4; mbo-onderdelen worden vanaf leerjaar 4 geëxamineerd.
3. Het docententeam bestaat uit twee docenten informatica en één docent Nederlands van de
   vmbo-afdeling en drie docenten software development van de mbo-afdeling. Het team werkt met
   teambevoegdheid in de projecten \u2018echte klant\u2019 in leerjaar 4 en 5; voor elk onderdeel is een
   bevoegde docent verantwoordelijk. De mbo-docenten geven in de vo-fase zes lesuren per week.
4. De vmbo-afdeling gebruikt het ICT-lab, de serverruimte en de licenties van de mbo-afdeling; de
   mbo-afdeling gebruikt voor de taal- en rekenlessen van de route de lokalen van de vmbo-afdeling.
5. Een overdracht van bekostiging als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB vindt
   niet plaats; vmbo- en mbo-afdeling maken deel uit van hetzelfde bevoegd gezag. Het college kent de
   route jaarlijks een routebudget toe en verdeelt de kosten van het ICT-lab in de begroting van de
   scholengemeenschap.
6. Verzuim wordt in de vo-fase door de vmbo-afdeling en in de mbo-fase door de mbo-afdeling
   behandeld. De klachtenregeling van de scholengemeenschap geldt voor de hele route.

## Artikel 8 Slotbepalingen

1. Deze regeling treedt in werking op 1 augustus 2025 en kan worden aangehaald als \u2018Regeling route
   Software & Media\u2019.
2. Het college evalueert de regeling in het schooljaar 2027–2028.

Aldus vastgesteld door het college van bestuur op 17 juni 2025.

drs. M.H. Bosscher, voorzitter college van bestuur

ir. J. Wolters-Dijkstra, lid college van bestuur
"""
add("184_interne_regeling_vsg_software", "md",
    "Interne regeling (besluit of one college van bestuur) of a verticale scholengemeenschap with a "
    "vmbo and an mbo department, Markdown; Steenwijk, MVI gl -> Software developer 4. Compliant: "
    "a-g arranged, explicitly no overdracht of bekostiging inside one bevoegd gezag; h, i and j not "
    "applicable (GMR only 'gehoord' in the aanhef).",
    st("p p p p p p p na na na"),
    {"a": "Artikel 2 De route",
     "b": "Artikel 3 Bedrijfsleven",
     "c": "Artikel 4 Leiding",
     "d": "Artikel 5 Inlichtingen en verantwoording",
     "e": "Artikel 7 Inrichting, personeel en faciliteiten",
     "f": "Artikel 6 Overstap",
     "g": "5. Een overdracht van bekostiging als bedoeld in artikel 5.42a WVO 2020"},
    text=T184)


# --------------------------------------------------------------------------------------------
# 185  Geïntegreerde route vmbo-bb -> mbo-2 (PDF, "§" headings). Venlo, horeca -> Kok 2.
#      Defects: bedrijfsleven only "streven ernaar"; leaving the route means automatic Entree.
#      Medezeggenschap only describes the law ("kunnen") -> not applicable.
# --------------------------------------------------------------------------------------------
B185 = [
    ("title", "Samenwerkingsovereenkomst geïntegreerde route vmbo-basisberoepsopleiding"),
    ("sub", "Route Keuken & Gastvrijheid Venlo \u2013 Vakcollege Maaswaard en ROC Horizon"),
    ("p", "De ondergetekenden:"),
    ("li", "1. Stichting Openbaar Voortgezet Onderwijs Venlo en Omstreken, bevoegd gezag van Vakcollege "
           "Maaswaard te Venlo, vertegenwoordigd door mevrouw M.G.H. Janssen-Peters, bestuurder, hierna: "
           "de school;"),
    ("li", "2. Stichting Regionaal Opleidingencentrum Horizon Noord-Limburg, gevestigd te Venlo, "
           "vertegenwoordigd door de heer drs. W.F. Hendrix, voorzitter van het college van bestuur, "
           "hierna: het ROC;"),
    ("p", "overwegende dat de school en het ROC voor leerlingen van de basisberoepsgerichte leerweg die "
          "beter leren in de praktijk dan in een examenklas, een geïntegreerde route willen aanbieden als "
          "bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB, waarin de leerling zonder "
          "vmbo-eindexamen basisberoepsgerichte leerweg in één doorgaande lijn een mbo-diploma niveau 2 "
          "behaalt;"),
    ("p", "komen het volgende overeen."),
    ("h", "§ 1 Onderwerp: de geïntegreerde route"),
    ("p", "1.1 Partijen verzorgen gezamenlijk de geïntegreerde route Keuken & Gastvrijheid. Het vo-deel "
          "is het profiel Horeca, bakkerij en recreatie in de basisberoepsgerichte leerweg van de school. "
          "De route leidt tot het diploma van de basisberoepsopleiding Kok, niveau 2 (BOL), "
          "opleidingsdomein Horeca en bakkerij, van het ROC, Horeca Academie Venlo."),
    ("p", "1.2 De route duurt drie jaar: route-jaar 1 en 2 vallen samen met leerjaar 3 en 4 van de school; "
          "route-jaar 3 is een mbo-jaar. In route-jaar 1 en 2 staat de leerling ingeschreven bij de "
          "school, in route-jaar 3 bij het ROC."),
    ("p", "1.3 De school neemt voor deze leerlingen geen eindexamen basisberoepsgerichte leerweg af. De "
          "leerling sluit de route af met de mbo-examens van de opleiding Kok. Deelname gebeurt alleen in "
          "overleg met de leerling en zijn ouders en na overleg tussen de school en het ROC."),
    ("p", "1.4 Partijen melden de route ieder in RIO vóór aanvang van het schooljaar 2025\u20132026."),
    ("h", "§ 2 Routegroep"),
    ("p", "2.1 De leiding over de route ligt bij de routegroep. De routegroep bestaat uit de teamleider "
          "bovenbouw basis van de school, de teamleider Horeca Academie van het ROC en een "
          "routecoördinator, die tevens mentor is van de routeklas."),
    ("p", "2.2 De teamleiders worden door hun eigen bestuurder in de routegroep benoemd. De "
          "routecoördinator wordt door de bestuurder van de school en het college van bestuur van het ROC "
          "gezamenlijk benoemd, na een voordracht van de twee teamleiders."),
    ("p", "2.3 De routegroep leidt de route. Zij stelt het gezamenlijke programma en het examenplan per "
          "leerjaar op, beslist over de toelating van leerlingen tot de route, maakt het rooster en zet "
          "de docenten in binnen de uren die de bestuurders daarvoor beschikbaar stellen. De routegroep "
          "mag geen verplichtingen aangaan buiten het materiaalbudget van § 7 en beslist niet over "
          "personeel."),
    ("h", "§ 3 Bedrijfsleven"),
    ("p", "Partijen streven ernaar het horecabedrijfsleven in de regio Venlo in de loop van de route "
          "nauwer bij de invulling van de route te betrekken, bijvoorbeeld door gastlessen of "
          "bedrijfsbezoeken, zodra de eerste routeklas van start is gegaan."),
    ("h", "§ 4 Verantwoording aan de bestuurders"),
    ("p", "4.1 De routegroep brengt twee keer per jaar, in januari en in juli, een schriftelijke "
          "rapportage uit aan de bestuurder van de school en het college van bestuur van het ROC. Daarin "
          "staan de aantallen leerlingen, de voortgang en resultaten, het verzuim, de uitval en de "
          "besteding van het materiaalbudget."),
    ("p", "4.2 De routecoördinator licht de rapportage van juli toe in het bestuurlijk overleg van "
          "september en legt daar verantwoording af over het afgelopen schooljaar."),
    ("h", "§ 5 Inrichting van de route"),
    ("p", "5.1 Route-jaar 1 en 2 worden gegeven in Vakcollege Maaswaard, met elke week twee dagen in de "
          "leerkeuken en het leerrestaurant van de Horeca Academie. Route-jaar 3 wordt gegeven in de "
          "Horeca Academie."),
    ("p", "5.2 Het gezamenlijke programma en examenplan beschrijft per leerjaar welke onderdelen door de "
          "school en welke door het ROC worden verzorgd en hoe die worden afgesloten. De mbo-examens "
          "kunnen vanaf route-jaar 1 worden afgenomen. De beroepspraktijkvorming valt onder de "
          "verantwoordelijkheid van het ROC."),
    ("p", "5.3 De school zet de mentor, een docent Nederlands/rekenen en een docent horeca in; het ROC "
          "twee praktijkdocenten koken, die op de keukendagen lesgeven aan de routeklas. Zij werken als "
          "één team en gebruiken de teambevoegdheid voor het project \u2018Eigen restaurantdag\u2019. Iedere "
          "docent blijft in dienst van de eigen werkgever."),
    ("p", "5.4 Het ROC stelt de leerkeuken, het leerrestaurant en de koelcellen op de keukendagen ter "
          "beschikking, inclusief koksbuizen en messensets in bruikleen. De school stelt haar "
          "praktijklokaal horeca beschikbaar voor de theorielessen van de ROC-docenten."),
    ("p", "5.5 Verzuim en klachten worden in route-jaar 1 en 2 door de school en in route-jaar 3 door het "
          "ROC behandeld; bij een klacht over een docent van de andere partij werken partijen samen."),
    ("h", "§ 6 Voortijdig verlaten van de route"),
    ("p", "Een leerling die de geïntegreerde route voortijdig beëindigt, wordt ingeschreven in de "
          "Entree-opleiding van het ROC, zodat hij alsnog een diploma op niveau 1 kan behalen. De "
          "routecoördinator zorgt voor een goede overdracht naar de Entree-opleiding."),
    ("h", "§ 7 Kosten"),
    ("p", "Er vindt geen overdracht van bekostiging tussen partijen plaats. Iedere partij draagt de kosten "
          "van haar eigen personeel. De ingrediënten voor de keukendagen komen ten laste van het "
          "materiaalbudget van het ROC; de school draagt de kosten van de eigen lessen."),
    ("h", "§ 8 Medezeggenschap"),
    ("p", "Voor leerlingen die bij de school staan ingeschreven en hun ouders geldt de Wet "
          "medezeggenschap op scholen, voor studenten van het ROC de medezeggenschapsregels van de WEB. "
          "Voor het personeel gelden de WMS respectievelijk de Wet op de ondernemingsraden. Partijen "
          "kunnen daarop aanvullende afspraken maken."),
    ("h", "§ 9 Geschillen"),
    ("p", "9.1 Een geschil over de uitvoering van deze overeenkomst wordt eerst besproken in de "
          "routegroep en, als dat binnen drie weken niets oplevert, in het bestuurlijk overleg van de "
          "bestuurder van de school en het college van bestuur van het ROC."),
    ("p", "9.2 Komen de bestuurders binnen zes weken niet tot een oplossing, dan leggen zij het geschil "
          "voor aan een bindend adviseur die zij samen aanwijzen; het advies bindt beide partijen. Kunnen "
          "zij het niet eens worden over de persoon van de adviseur, dan beslist de bevoegde rechter "
          "van de rechtbank Limburg over het geschil."),
    ("h", "§ 10 Toetreding, wijziging en opzegging"),
    ("p", "10.1 Een andere vbo-school of instelling kan tot deze overeenkomst toetreden met schriftelijke "
          "instemming van beide partijen en door ondertekening van een toetredingsverklaring. De "
          "toetreding gaat in op 1 augustus en verandert niets voor leerlingen die al in de route zitten."),
    ("p", "10.2 Wijzigingen worden schriftelijk overeengekomen en gaan in bij het begin van een "
          "schooljaar. Zij gelden niet ten nadele van leerlingen die al in de route zitten."),
    ("p", "10.3 Deze overeenkomst geldt voor onbepaalde tijd. Opzegging gebeurt schriftelijk, uiterlijk "
          "1 februari met ingang van 1 augustus. Na opzegging stroomt geen nieuwe routeklas meer in; "
          "leerlingen die al in de route zitten, maken de route af bij partijen."),
    ("p", "Aldus overeengekomen te Venlo op 20 juni 2025."),
    ("sig", [["Stichting Openbaar Voortgezet Onderwijs Venlo en Omstreken", "",
              "M.G.H. Janssen-Peters", "bestuurder"],
             ["Stichting ROC Horizon Noord-Limburg", "", "drs. W.F. Hendrix",
              "voorzitter college van bestuur"]]),
]
add("185_geintegreerde_route_kok_venlo", "pdf",
    "Geïntegreerde route vmbo-bb -> mbo-2 with '§ N' headings, PDF; Venlo, horeca, bakkerij en "
    "recreatie bb -> Kok 2. Bedrijfsleven only 'Partijen streven ernaar ... bijvoorbeeld'; a pupil who "
    "leaves the route is automatically enrolled in Entree (no passende plek on level 2); medezeggenschap "
    "only describes the law and says parties 'kunnen' add to it; explicitly no overdracht.",
    st("p w p p p w p na p p"),
    {"a": "§ 1 Onderwerp: de geïntegreerde route",
     "c": "§ 2 Routegroep",
     "d": "§ 4 Verantwoording aan de bestuurders",
     "e": "§ 5 Inrichting van de route",
     "g": "§ 7 Kosten",
     "i": "§ 9 Geschillen",
     "j": "§ 10 Toetreding, wijziging en opzegging"},
    blocks=B185,
    meta={"author": "ROC Horizon", "title": "SOK geïntegreerde route Keuken & Gastvrijheid",
          "font": "Helvetica", "size": 10})


# --------------------------------------------------------------------------------------------
# 186  Three parties: two vmbo schools and one ROC (DOCX). Midden-Holland, BWI bb/kb ->
#      Timmerman 2 / Allround timmerman 3. Defects: "benoemd" only about the mediator, not the
#      leiding; "lokalen" only in the considerans, no operative faciliteiten; opzegging without
#      any protection of running pupils.
# --------------------------------------------------------------------------------------------
B186 = [
    ("title", "Samenwerkingsovereenkomst"),
    ("sub", "Bouwroute Midden-Holland \u2013 doorlopende leerroutes vmbo-mbo Timmeren"),
    ("h2", "De ondergetekenden"),
    ("li", "1. Stichting Scholengroep Gouwe en IJssel, gevestigd te Gouda, bevoegd gezag van De Voorpoort, "
           "vakcollege voor vmbo, hierbij vertegenwoordigd door de heer ir. C.J. Verboom, voorzitter "
           "van het college van bestuur, hierna: \u2018De Voorpoort\u2019;"),
    ("li", "2. Vereniging voor Christelijk Voortgezet Onderwijs Waddinxveen, gevestigd te Waddinxveen, "
           "bevoegd gezag van het Gouwe-Erf College, hierbij vertegenwoordigd door mevrouw A. de "
           "Ronde-Baars, directeur-bestuurder, hierna: \u2018Gouwe-Erf\u2019;"),
    ("li", "3. Stichting Regionaal Opleidingencentrum Hollandse IJssel, gevestigd te Gouda, hierbij "
           "vertegenwoordigd door de heer drs. T.H. Brouwer, voorzitter van het college van bestuur, "
           "hierna: \u2018het ROC\u2019;"),
    ("p", "De Voorpoort en Gouwe-Erf samen hierna ook: \u2018de scholen\u2019; alle ondergetekenden samen: "
          "\u2018partijen\u2019."),
    ("h2", "Overwegende dat"),
    ("li", "a. in Midden-Holland een groot tekort is aan timmerlieden en de bouwbedrijven in de regio "
           "jongeren sneller en beter voorbereid willen zien instromen;"),
    ("li", "b. de scholen en het ROC beschikken over goed toegeruste praktijklokalen en een bouwhal, die "
           "samen een volwaardige leeromgeving voor een doorlopende leerroute kunnen vormen;"),
    ("li", "c. partijen de doorlopende leerroutes timmeren willen vastleggen in één overeenkomst, zoals "
           "artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven;"),
    ("p", "komen het volgende overeen:"),
    ("h", "Artikel 1. De routes"),
    ("p", "1.1 Partijen verzorgen samen twee doorlopende leerroutes vmbo-mbo binnen het profiel Bouwen, "
          "wonen en interieur (BWI) van de scholen en het opleidingsdomein Bouw en infra van het ROC:"),
    ("li", "a. route Timmerman: basisberoepsgerichte leerweg BWI, aansluitend op de basisberoepsopleiding "
           "Timmerman, niveau 2 (BBL vanaf het tweede mbo-jaar);"),
    ("li", "b. route Allround timmerman: kaderberoepsgerichte leerweg BWI, aansluitend op de vakopleiding "
           "Allround timmerman, niveau 3 (BOL)."),
    ("p", "1.2 Beide routes beginnen in leerjaar 3 van de scholen. De eerste twee route-jaren zijn "
          "vo-jaren; daarna staat de leerling als student bij het ROC ingeschreven."),
    ("p", "1.3 Iedere school meldt haar deelname aan de routes zelf in RIO; het ROC meldt beide routes."),
    ("h", "Artikel 2. Bouwbedrijven"),
    ("p", "2.1 Bouwend Nederland, afdeling Midden-Holland, en de bouwbedrijven Van der Wiel Bouw B.V. "
          "(Gouda), Bouwbedrijf Hoogendoorn en Zonen (Waddinxveen) en Timmerfabriek De Gouwe B.V. vormen "
          "de bedrijvenkring van de routes."),
    ("p", "2.2 De bedrijvenkring levert elk schooljaar voor iedere routeklas een bouwproject voor de "
          "praktijkopdracht van route-jaar 2, stelt voor de BBL-fase van route a en de stages van "
          "route b samen ten minste dertig leerbanen en stageplaatsen beschikbaar en laat de "
          "praktijkopleiders de proeven van bekwaamheid meebeoordelen. De bedrijvenkring adviseert "
          "partijen jaarlijks in juni over de inhoud van het programma."),
    ("h", "Artikel 3. Stuurgroep"),
    ("p", "3.1 De leiding over de routes berust bij de stuurgroep. De stuurgroep bestaat uit de "
          "teamleider techniek van De Voorpoort, de teamleider bouw van Gouwe-Erf, de opleidingsmanager "
          "Bouw en infra van het ROC en een routecoördinator. De opleidingsmanager is voorzitter."),
    ("p", "3.2 De stuurgroep heeft tot taak: het opstellen van het gezamenlijke PTA/OER per route en per "
          "leerjaar; het maken van het gezamenlijke jaarrooster; de verdeling van de ROC-docenten over "
          "de scholen; het onderhouden van de contacten met de bedrijvenkring; het bewaken van de "
          "kwaliteit en de aantallen leerlingen."),
    ("p", "3.3 De besturen dragen de stuurgroep de bevoegdheid op om te beslissen over toelating tot de "
          "routes, over het rooster en over de besteding van het routebudget uit artikel 7. Besluiten "
          "over het aantal routeklassen, over personeel en over deze overeenkomst blijven bij de "
          "besturen."),
    ("h", "Artikel 4. Rapportage aan de besturen"),
    ("p", "4.1 De stuurgroep stuurt de drie besturen jaarlijks vóór 1 november een schriftelijke "
          "rapportage over het afgelopen schooljaar, met de aantallen leerlingen per school en per "
          "route, de examenresultaten, de uitval en overstappen en de besteding van het routebudget."),
    ("p", "4.2 In maart stuurt de stuurgroep de besturen een kort voortgangsbericht. Eenmaal per jaar, in "
          "het bestuurlijk overleg van november, legt de voorzitter van de stuurgroep mondeling "
          "verantwoording af aan de drie besturen."),
    ("h", "Artikel 5. Onderwijs en personeel"),
    ("p", "5.1 Route-jaar 1 en 2 worden gegeven op de eigen school van de leerling, route-jaar 3 en "
          "verder bij het ROC, locatie Gouda-Noord, en bij de leerbedrijven."),
    ("p", "5.2 Het gezamenlijke PTA/OER legt per route en per leerjaar vast welke onderdelen vo, mbo of "
          "gecombineerd zijn. Het centraal examen vmbo wordt afgenomen in route-jaar 2; mbo-onderdelen "
          "worden vanaf route-jaar 2 geëxamineerd."),
    ("p", "5.3 Het ROC zet twee docenten bouwtechniek in die in de vo-fase elk vijf lesuren per week op "
          "De Voorpoort en op Gouwe-Erf lesgeven. Met de docenten BWI van de scholen vormen zij per "
          "school één team dat voor de praktijkopdracht van route-jaar 2 de teambevoegdheid gebruikt; "
          "voor elk onderdeel is een bevoegde docent verantwoordelijk. Iedere docent blijft in dienst "
          "van zijn eigen werkgever. Eén keer per jaar organiseren partijen een gezamenlijke studiedag."),
    ("p", "5.4 De school is in de vo-fase verantwoordelijk voor verzuim, begeleiding en het vmbo-examen, "
          "het ROC in de mbo-fase voor begeleiding, bpv en de mbo-examens. Klachten over een docent van "
          "een andere partij worden afgehandeld volgens de klachtenregeling van de partij waar de klacht "
          "is ingediend, met medewerking van de andere partij."),
    ("h", "Artikel 6. Overstap"),
    ("p", "6.1 Voor een leerling die de route niet afmaakt, zoeken de eigen school en het ROC samen, met "
          "de leerling en zijn ouders, naar de plek die het best past bij zijn bereikte niveau en zijn "
          "leeftijd, zodat hij een diploma kan halen."),
    ("p", "6.2 In de vo-fase gaat de leerling verder in de reguliere basis- of kaderberoepsgerichte "
          "leerweg BWI van zijn school of stapt hij over naar een ander profiel. In de mbo-fase kan hij "
          "overstappen naar de andere route van deze overeenkomst of naar een andere opleiding van het "
          "ROC op niveau 2 of 3, bijvoorbeeld Metselaar of Medewerker interieurbouw, zonder dat de "
          "vooropleidingseisen gelden. Wie geen vmbo-diploma heeft gehaald, kan zo toch doorgaan in het "
          "mbo of het examenjaar overdoen."),
    ("h", "Artikel 7. Financiën"),
    ("p", "7.1 Iedere school draagt op grond van artikel 5.42a WVO 2020 voor elke leerling in route-jaar "
          "1 en 2 € 540 per schooljaar over aan het ROC, ter bekostiging van de inzet van de "
          "ROC-docenten op de scholen."),
    ("p", "7.2 De drie partijen stellen daarnaast elk € 2.500 per schooljaar beschikbaar als "
          "routebudget, bestemd voor excursies naar bouwplaatsen, gastsprekers uit de bedrijvenkring en "
          "de gezamenlijke studiedag. Het ROC beheert het routebudget."),
    ("h", "Artikel 8. Medezeggenschap"),
    ("p", "8.1 Voorgenomen besluiten van de besturen over de routes worden voor advies voorgelegd aan de "
          "medezeggenschapsraden van beide scholen en aan de studentenraad van het ROC."),
    ("p", "8.2 De leerlingen van route-jaar 2 kiezen elk schooljaar per school een vertegenwoordiger, die "
          "de vergaderingen van de studentenraad van het ROC over de routes als toehoorder mag bijwonen."),
    ("h", "Artikel 9. Geschillen"),
    ("p", "9.1 Partijen proberen een geschil over de uitvoering van deze overeenkomst eerst in de "
          "stuurgroep en daarna in het bestuurlijk overleg op te lossen."),
    ("p", "9.2 Lukt dat niet binnen acht weken, dan leggen zij het geschil voor aan een mediator. De "
          "mediator wordt op verzoek van een van de partijen benoemd door het bestuur van de "
          "Mediatorsfederatie Nederland. Levert de mediation binnen drie maanden geen oplossing op, dan "
          "is de rechtbank Den Haag bevoegd."),
    ("h", "Artikel 10. Toetreding, wijziging, duur en opzegging"),
    ("p", "10.1 Een andere school voor vmbo of een andere instelling kan tot deze overeenkomst toetreden "
          "als alle partijen daar schriftelijk mee instemmen en de toetreder de overeenkomst mede "
          "ondertekent. De toetreder meldt zijn deelname in RIO."),
    ("p", "10.2 Deze overeenkomst kan alleen schriftelijk en met instemming van alle partijen worden "
          "gewijzigd."),
    ("p", "10.3 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Iedere partij kan "
          "de overeenkomst schriftelijk opzeggen met een opzegtermijn van zes maanden. Na afloop van de "
          "opzegtermijn eindigt de samenwerking voor de opzeggende partij; tussen de overige partijen "
          "loopt de overeenkomst door."),
    ("p", "Aldus opgemaakt in drievoud en ondertekend te Gouda op 1 juli 2025."),
    ("sig", [["Stichting Scholengroep Gouwe en IJssel", "ir. C.J. Verboom"],
             ["Vereniging voor Chr. VO Waddinxveen", "A. de Ronde-Baars"],
             ["Stichting ROC Hollandse IJssel", "drs. T.H. Brouwer"]]),
]
add("186_drie_partijen_twee_vmbo_timmeren", "docx",
    "Three parties (two vmbo boards, one ROC) in 'Artikel N.' style, DOCX; Midden-Holland, BWI bb/kb "
    "-> Timmerman 2 / Allround timmerman 3. The leiding has samenstelling and taken but nobody appoints "
    "the routecoördinator ('benoemd' occurs only for the mediator); praktijklokalen/bouwhal only in "
    "the considerans, no operative arrangement on faciliteiten; opzegging at six months without any "
    "protection of running pupils.",
    st("p p w p w p p p p w"),
    {"a": "Artikel 1. De routes",
     "b": "Artikel 2. Bouwbedrijven",
     "d": "Artikel 4. Rapportage aan de besturen",
     "f": "Artikel 6. Overstap",
     "g": "Artikel 7. Financiën",
     "h": "Artikel 8. Medezeggenschap",
     "i": "Artikel 9. Geschillen"},
    blocks=B186,
    meta={"author": "ROC Hollandse IJssel", "title": "SOK Bouwroute Midden-Holland",
          "font": "Cambria", "size": 10.5})


# --------------------------------------------------------------------------------------------
# 187  Very short agreement written by a school director (TXT). Goeree-Overflakkee, groen bb ->
#      Medewerker teelt 2. Defects: overstap deferred to the routeplan; transfer of € 850 per
#      pupil without bestemming; disputes only "in goed overleg". No medezeggenschap text.
# --------------------------------------------------------------------------------------------
T187 = """
AFSPRAKEN DOORLOPENDE LEERROUTE GROEN FLAKKEE
Samenwerkingsovereenkomst CSG Oostflakkee - AOC Delta-Groen, vanaf schooljaar 2025-2026

Tussen Stichting Christelijk Voortgezet Onderwijs Goeree-Overflakkee, bevoegd gezag van CSG
Oostflakkee in Middelharnis, en Stichting Agrarisch Opleidingscentrum Delta-Groen in Dirksland.

Ik heb deze afspraken op papier gezet na ons overleg van 3 juni. Ik heb ze bewust kort gehouden:
wat hieronder staat, spreken we met elkaar af, en de besturen tekenen ervoor.
- Jan Koppelaar, directeur CSG Oostflakkee


1. Welke route?
Leerlingen van de basisberoepsgerichte leerweg met het profiel Groen kunnen na leerjaar 2 kiezen
voor de route. Zij halen bij ons hun vmbo-diploma en daarna bij Delta-Groen het diploma
Medewerker teelt, niveau 2 (BOL), uit het domein Voedsel, natuur en leefomgeving.

2. Bedrijven
LTO Goeree-Overflakkee, akkerbouwbedrijf Van Dam in Stad aan 't Haringvliet en Kwekerij
Flakkee Plant B.V. doen mee. Zij geven in leerjaar 3 en 4 samen vier gastlessen per jaar, nemen
elke leerling een week mee in het seizoenswerk en bieden in de mbo-fase de stageplaatsen. Hun
praktijkopleiders beoordelen de proeve van bekwaamheid mee.

3. Wie leidt de route?
Het routeteam: de teamleider bovenbouw van CSG Oostflakkee en de opleidingscoordinator teelt van
Delta-Groen. De teamleider wordt aangewezen door mij als directeur, de opleidingscoordinator door
de locatiedirecteur van Delta-Groen. Het routeteam maakt het programma per leerjaar, het rooster
en de planning van de stages, en beslist zelf over het rooster en over welke leerlingen in de
route mogen. Over geld en personeel beslissen de besturen.

4. Hoe houden we de besturen op de hoogte?
Het routeteam schrijft elk jaar in juli een kort verslag voor beide besturen: hoeveel leerlingen,
de resultaten, wie is uitgevallen en waarom. In het bestuurlijk overleg van september legt het
routeteam daarover verantwoording af.

5. Lessen, docenten en gebouwen
Leerjaar 3 en 4 zijn bij ons in Middelharnis; elke donderdag werken de leerlingen in de kas en op
het proefveld van Delta-Groen in Dirksland. Daarna gaan ze naar Delta-Groen en de stagebedrijven.
Een docent teelt van Delta-Groen geeft vier uur per week les bij ons en vormt met onze docent
groen en onze mentor een team; bij het project Van zaadje tot oogst gebruiken zij de
teambevoegdheid. Iedereen blijft in dienst van zijn eigen school. Wij gebruiken op donderdag de
kas, de trekker en het gereedschap van Delta-Groen; Delta-Groen mag ons biologielokaal gebruiken
voor de theorie. Het examenprogramma per leerjaar staat in het gezamenlijke PTA/OER.

6. Als het niet lukt
Als een leerling de route niet afmaakt, zorgen we samen voor een goed vervolg. Welke
mogelijkheden er precies zijn, wordt nader uitgewerkt in het routeplan dat het routeteam voor
1 oktober 2025 klaar heeft.

7. Geld
CSG Oostflakkee maakt voor elke leerling in leerjaar 3 en 4 van de route 850 euro per jaar over
aan Delta-Groen.

8. Als we het niet eens zijn
Dan lossen we dat in goed overleg met elkaar op.

9. Nieuwe partners, wijzigingen en stoppen
Wil een andere school of AOC meedoen, dan kan dat als beide besturen schriftelijk instemmen en de
nieuwe partner deze afspraken mee ondertekent; dat gaat in op 1 augustus. Veranderingen in deze
afspraken leggen we schriftelijk vast en laten we door beide besturen tekenen. Stoppen kan per
1 augustus, als we dat voor 1 januari schriftelijk laten weten; er begint dan geen nieuwe groep
meer. Bij toetreding, wijziging of stoppen maken leerlingen die al in de route zitten hun route
af zoals hier is afgesproken.


Middelharnis, 12 juni 2025

Voor Stichting CVO Goeree-Overflakkee:         Voor Stichting AOC Delta-Groen:
A.P. Tanis, voorzitter college van bestuur      M. van Es-Mijnders, bestuurder
"""
add("187_directeur_zeer_kort_teelt", "txt",
    "Very short plain-text agreement written by a school director in 'ik/wij' voice with question "
    "headings; Goeree-Overflakkee, groen bb -> Medewerker teelt 2 at an AOC. The overstap is "
    "deferred to a later routeplan; 850 euro per pupil is transferred without any bestemming; "
    "disputes only 'in goed overleg'; no medezeggenschap text.",
    st("p p p p p w w na w p"),
    {"a": "1. Welke route?",
     "b": "2. Bedrijven",
     "c": "3. Wie leidt de route?",
     "d": "4. Hoe houden we de besturen op de hoogte?",
     "e": "5. Lessen, docenten en gebouwen",
     "j": "9. Nieuwe partners, wijzigingen en stoppen"},
    text=T187)


# --------------------------------------------------------------------------------------------
# 188  Long agreement drafted by a law firm (PDF, Times, defined terms, 20 articles, 2 annexes).
#      Leeuwarden, economie en ondernemen kb/gl -> Junior accountmanager 4. Fully compliant.
# --------------------------------------------------------------------------------------------
B188 = [
    ("title", "SAMENWERKINGSOVEREENKOMST"),
    ("sub", "inzake de doorlopende leerroute vmbo-mbo \u2018Commercie Leeuwarden\u2019"),
    ("p", "Versie 1.0 (definitief) d.d. 16 juni 2025 \u2013 opgesteld door Wijnbergen Hoekstra "
          "Advocaten, Leeuwarden, in opdracht van beide partijen, kenmerk 2025/0412/JH."),
    ("h2", "DE ONDERGETEKENDEN:"),
    ("li", "1. de stichting Stichting Openbaar Voortgezet Onderwijs Leeuwarden en Omstreken, statutair "
           "gevestigd te Leeuwarden, kantoorhoudende aan de Julianalaan 12, 8931 AH Leeuwarden, "
           "ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41000870, bevoegd "
           "gezag van Vakcollege Wielenpôlle (school voor vbo en mavo), te dezen rechtsgeldig "
           "vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. S.J. "
           "Hoekstra, hierna te noemen: de \u2018School\u2019;"),
    ("li", "2. de stichting Stichting Regionaal Opleidingencentrum Noordlân, statutair gevestigd te "
           "Leeuwarden, kantoorhoudende aan de Rengerslaan 40, 8917 DD Leeuwarden, ingeschreven in het "
           "handelsregister van de Kamer van Koophandel onder nummer 41003311, te dezen rechtsgeldig "
           "vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw mr. drs. I.M. "
           "Zwart-Postma, hierna te noemen: de \u2018Instelling\u2019;"),
    ("p", "de School en de Instelling hierna gezamenlijk ook te noemen: \u2018Partijen\u2019 en ieder "
          "afzonderlijk: \u2018Partij\u2019;"),
    ("h2", "NEMEN IN AANMERKING DAT:"),
    ("li", "(A) Partijen sinds het schooljaar 2021\u20132022 samenwerken in een pilot \u2018Ondernemend "
           "leren\u2019, waarin leerlingen van de School lessen volgen op het Ondernemersplein van de "
           "Instelling;"),
    ("li", "(B) Partijen deze samenwerking willen omzetten in een doorlopende leerroute vmbo-mbo als bedoeld "
           "in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;"),
    ("li", "(C) een doorlopende leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB "
           "uitsluitend kan worden verzorgd op grond van een samenwerkingsovereenkomst die ten minste de in "
           "artikel 2.107b, tweede lid, WVO 2020 genoemde onderwerpen regelt;"),
    ("li", "(D) de medezeggenschapsraad van de School en de studentenraad en de ondernemingsraad van de "
           "Instelling over het voorgenomen besluit tot samenwerking hebben geadviseerd;"),
    ("p", "KOMEN OVEREEN ALS VOLGT:"),
    ("h", "Artikel 1 Definities"),
    ("p", "In deze Overeenkomst hebben de met een hoofdletter geschreven begrippen de volgende betekenis:"),
    ("li", "a. Bestuurlijk Overleg: het overleg van de colleges van bestuur van Partijen, bedoeld in "
           "artikel 6.4;"),
    ("li", "b. Bedrijvenraad: de raad van vertegenwoordigers van het bedrijfsleven, bedoeld in artikel 4;"),
    ("li", "c. Leerling: een leerling van de School die aan de Route deelneemt en in de Vo-fase is;"),
    ("li", "d. Student: een deelnemer aan de Route die is ingeschreven bij de Instelling;"),
    ("li", "e. Route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2;"),
    ("li", "f. Routedirectie: het orgaan dat met de leiding over de Route is belast, bedoeld in artikel 5;"),
    ("li", "g. Vo-fase: de eerste twee leerjaren van de Route; Mbo-fase: de daarop volgende leerjaren;"),
    ("li", "h. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en onderwijs- en "
           "examenregeling van de Route, bedoeld in artikel 7.2."),
    ("h", "Artikel 2 Onderwerp en omschrijving van de Route"),
    ("p", "2.1 Partijen verzorgen met ingang van 1 augustus 2025 gezamenlijk de Route. De Route verbindt het "
          "profiel Economie en ondernemen van de School, in de kaderberoepsgerichte leerweg en in de "
          "gemengde leerweg, met de middenkaderopleiding Junior accountmanager, niveau 4, BOL, uit het "
          "kwalificatiedossier Commercie, opleidingsdomein Handel en ondernemerschap, van de Instelling."),
    ("p", "2.2 De Route begint in leerjaar 3 van de School en heeft een nominale duur van vijf leerjaren, "
          "waarvan twee leerjaren Vo-fase en drie leerjaren Mbo-fase. De Route leidt tot het diploma vmbo "
          "in de gevolgde leerweg en het diploma van de in lid 1 genoemde opleiding."),
    ("p", "2.3 Partijen kunnen binnen het kader van lid 1 keuzedelen aanbieden die aansluiten bij de "
          "regionale arbeidsmarkt, waaronder in ieder geval het keuzedeel Ondernemerschap mbo."),
    ("h", "Artikel 3 Melding, inschrijving en verdeling van verantwoordelijkheden"),
    ("p", "3.1 Partijen melden de Route ieder voor zich in het Register Instellingen en Opleidingen (RIO), "
          "uiterlijk vóór 1 oktober 2025, en houden die registratie actueel."),
    ("p", "3.2 Gedurende de Vo-fase staat de Leerling ingeschreven bij de School. Met ingang van het derde "
          "leerjaar van de Route wordt de Leerling als Student ingeschreven bij de Instelling, onverminderd "
          "het bepaalde in artikel 2.107j WVO 2020 ten aanzien van het eindexamen vmbo."),
    ("p", "3.3 De School is verantwoordelijk voor het vmbo-deel van de Route en voor de examinering en "
          "diplomering vmbo gedurende de gehele cursusduur. De Instelling is verantwoordelijk voor het "
          "mbo-deel van de Route, de beroepspraktijkvorming en de examinering en diplomering mbo."),
    ("h", "Artikel 4 Betrokkenheid van het bedrijfsleven"),
    ("p", "4.1 Partijen stellen een Bedrijvenraad in. In de Bedrijvenraad hebben ten minste zitting: een "
          "vertegenwoordiger van Ondernemersvereniging Leeuwarden Binnenstad, een vertegenwoordiger van "
          "de regionale vestiging van SBB, en vertegenwoordigers van de leerbedrijven Noordlicht "
          "Groothandel B.V., Tromp & De Vries Bedrijfswagens B.V. en Fries Vakhuis Installatiebenodigdheden "
          "B.V."),
    ("p", "4.2 De Bedrijvenraad vergadert ten minste twee maal per schooljaar met de Routedirectie en heeft "
          "tot taak Partijen te adviseren over de inhoud van het programma, de keuze van keuzedelen en de "
          "aansluiting van de Route op de arbeidsmarkt in Noord-Nederland."),
    ("p", "4.3 Partijen hebben met de leerbedrijven in de Bedrijvenraad het volgende afgesproken, hetgeen "
          "deze leerbedrijven bij brieven van 2 juni 2025 hebben bevestigd. De leerbedrijven verbinden "
          "zich jegens Partijen: (a) per cohort "
          "ten minste twaalf bpv-plaatsen in de Mbo-fase beschikbaar te stellen; (b) in de Vo-fase per "
          "schooljaar ten minste twee praktijkopdrachten \u2018klant en verkoop\u2019 aan te leveren; (c) "
          "praktijkopleiders beschikbaar te stellen voor het mede beoordelen van de proeven van "
          "bekwaamheid; en (d) jaarlijks een bedrijvendag voor de Leerlingen te organiseren."),
    ("h", "Artikel 5 Routedirectie: samenstelling, benoeming, taken en bevoegdheden"),
    ("p", "5.1 De leiding over de Route berust bij de Routedirectie. De Routedirectie bestaat uit drie "
          "leden: de afdelingsdirecteur bovenbouw van de School, de opleidingsdirecteur Commercie van de "
          "Instelling en de routemanager. De routemanager is secretaris; het voorzitterschap wisselt per "
          "schooljaar tussen de beide directeuren."),
    ("p", "5.2 De afdelingsdirecteur wordt als lid van de Routedirectie benoemd door het college van "
          "bestuur van de School; de opleidingsdirecteur door het college van bestuur van de Instelling. "
          "De routemanager wordt benoemd door de colleges van bestuur van beide Partijen gezamenlijk, na "
          "een openbare selectieprocedure waarin een lid van de Bedrijvenraad adviseert, voor een "
          "termijn van vier jaar, met de mogelijkheid van eenmalige herbenoeming. Schorsing en ontslag "
          "als lid van de Routedirectie geschieden door het orgaan dat heeft benoemd."),
    ("p", "5.3 De Routedirectie heeft tot taak: (a) de dagelijkse leiding en de kwaliteitszorg van de Route; "
          "(b) het opstellen van het PTA/OER; (c) het vaststellen van de jaarplanning en het rooster; (d) "
          "de inzet van het personeel dat Partijen voor de Route beschikbaar stellen; (e) de toelating van "
          "Leerlingen tot de Route; (f) het voorbereiden van beslissingen over overstap als bedoeld in "
          "artikel 11; en (g) het onderhouden van de contacten met de Bedrijvenraad."),
    ("p", "5.4 De colleges van bestuur van Partijen dragen aan de Routedirectie de volgende bevoegdheden "
          "op: (a) het nemen van besluiten over toelating tot de Route; (b) het vaststellen van het rooster "
          "en de jaarplanning; (c) het aangaan van verplichtingen ten laste van het routebudget tot een "
          "bedrag van € 25.000 per schooljaar; en (d) het namens Partijen sluiten van "
          "praktijkovereenkomsten met leerbedrijven, binnen de modellen van de Instelling. Het PTA/OER "
          "wordt op voorstel van de Routedirectie door beide colleges van bestuur vastgesteld."),
    ("p", "5.5 De Routedirectie is niet bevoegd tot het benoemen, schorsen of ontslaan van personeel, tot "
          "het aangaan van verplichtingen boven het in lid 4 genoemde bedrag, tot het wijzigen van deze "
          "Overeenkomst of tot het vertegenwoordigen van Partijen in rechte."),
    ("h", "Artikel 6 Inlichtingen en verantwoording"),
    ("p", "6.1 De Routedirectie verstrekt de colleges van bestuur van beide Partijen elk kwartaal een "
          "schriftelijke managementrapportage met ten minste de aantallen Leerlingen en Studenten, het "
          "verzuim, de uitval en de overstappen, de uitputting van het routebudget en de voornaamste "
          "risico\u2019s."),
    ("p", "6.2 De Routedirectie legt jaarlijks vóór 1 oktober in een jaarverslag verantwoording af over "
          "het afgelopen schooljaar, waarin ten minste zijn opgenomen: de in-, door- en uitstroom, de "
          "examenresultaten vmbo en mbo, de uitkomsten van de tevredenheidsonderzoeken, het advies van de "
          "Bedrijvenraad en de financiële verantwoording van het routebudget."),
    ("p", "6.3 De Routedirectie informeert de colleges van bestuur onverwijld over ieder feit of "
          "omstandigheid die de continuïteit of de kwaliteit van de Route wezenlijk kan raken, en verstrekt "
          "ieder college van bestuur desgevraagd alle inlichtingen die het voor de uitoefening van zijn "
          "taak nodig heeft."),
    ("p", "6.4 Het Bestuurlijk Overleg komt ten minste twee maal per jaar bijeen, in november en in mei. In "
          "de vergadering van november wordt het jaarverslag met de Routedirectie besproken. De jaarlijkse "
          "cyclus is weergegeven in Bijlage 2."),
    ("h", "Artikel 7 Onderwijskundige en organisatorische inrichting"),
    ("p", "7.1 Partijen beschrijven voor de gehele Route het onderwijsprogramma, de examinering per "
          "leerjaar en de beroepspraktijkvorming per leerjaar in het PTA/OER. Het PTA/OER geeft per "
          "programmaonderdeel aan of het tot het vo-deel, het mbo-deel of tot beide behoort, en in welke "
          "onderdelen teams als bedoeld in artikel 8.3 worden ingezet."),
    ("p", "7.2 Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de Route; Partijen "
          "kunnen besluiten een of meer vakken in het eerste leerjaar van de Route af te sluiten. Examens "
          "van het mbo-deel kunnen vanaf het eerste leerjaar van de Route worden afgenomen. De "
          "beroepspraktijkvorming vangt aan in het derde leerjaar van de Route."),
    ("p", "7.3 Partijen dragen er zorg voor dat de Route voldoet aan de eisen inzake onderwijstijd en "
          "studieduur van de artikelen 2.107g tot en met 2.107i WVO 2020 en de artikelen 9.1.9 tot en met "
          "9.1.11 WEB."),
    ("h", "Artikel 8 Inzet van personeel"),
    ("p", "8.1 De School stelt voor de Vo-fase ten minste 2,4 fte onderwijsgevend personeel beschikbaar, "
          "onder wie de docenten economie en ondernemen en de mentoren. De Instelling stelt voor de Vo-fase "
          "0,6 fte docenten commercie beschikbaar, die op de locatie van de School en op het "
          "Ondernemersplein lesgeven."),
    ("p", "8.2 Personeel dat door de ene Partij in de Route wordt ingezet, blijft in dienst van die Partij, "
          "die het werkgeverschap blijft uitoefenen. De Routedirectie geeft binnen de Route werkinstructies; "
          "arbeidsrechtelijke besluiten blijven voorbehouden aan de werkgever."),
    ("p", "8.3 Voor de vakoverstijgende onderdelen \u2018Eigen onderneming\u2019 en \u2018Klant en verkoop\u2019 "
          "zetten Partijen teams van leraren en docenten in als bedoeld in artikel 7.13a WVO 2020 en artikel "
          "9.1.12 WEB. Ieder teamlid beschikt over een bevoegdheid voor ten minste één vak of voldoet aan "
          "artikel 4.2.1 WEB, het team dekt gezamenlijk alle betrokken programmaonderdelen en ieder teamlid "
          "is verantwoordelijk voor het onderdeel waarvoor hij bevoegd is."),
    ("p", "8.4 Partijen organiseren jaarlijks ten minste twee gezamenlijke professionaliseringsdagen voor "
          "het routeteam."),
    ("h", "Artikel 9 Locaties en gebruik van faciliteiten"),
    ("p", "9.1 De Vo-fase wordt verzorgd op de locatie van de School aan de Wielenpôlle 3 te Leeuwarden, "
          "met één dag per week op het Ondernemersplein van de Instelling aan de Rengerslaan. De Mbo-fase "
          "wordt verzorgd op de locatie Rengerslaan van de Instelling en bij de leerbedrijven."),
    ("p", "9.2 De Instelling stelt het Ondernemersplein (oefenwinkel, klantcontactcentrum en "
          "vergaderruimten), het kassasysteem, het CRM-pakket voor onderwijs en de bijbehorende licenties "
          "kosteloos ter beschikking aan de Leerlingen en het routeteam. De School stelt haar "
          "praktijklokaal economie en ondernemen en haar aula ter beschikking voor de lessen van de "
          "docenten van de Instelling en voor de jaarlijkse bedrijvendag."),
    ("p", "9.3 Iedere Partij blijft verantwoordelijk voor onderhoud en verzekering van haar eigen gebouwen "
          "en voorzieningen. Bij het gebruik van elkaars faciliteiten volgen Leerlingen, Studenten en "
          "personeel de huisregels van de gastheer."),
    ("h", "Artikel 10 Begeleiding, verzuim, klachten en gegevensuitwisseling"),
    ("p", "10.1 In de Vo-fase is de School verantwoordelijk voor de begeleiding, de ondersteuning en de "
          "verzuimregistratie en -melding; in de Mbo-fase de Instelling. Bij de overgang naar de Mbo-fase "
          "vindt een warme overdracht plaats."),
    ("p", "10.2 De klachtenregeling van iedere Partij is mede van toepassing op gedragingen in het kader van "
          "de Route van het personeel en het bevoegd gezag van de andere Partij. De voorzitter van de "
          "klachtencommissie mag niet werkzaam zijn voor of onder verantwoordelijkheid van de andere "
          "Partij. De Partij tegen wier personeel een klacht zich richt, verleent volledige medewerking aan "
          "de behandeling."),
    ("p", "10.3 Partijen wisselen alleen die persoonsgegevens uit die voor de uitvoering van de Route nodig "
          "zijn, met inachtneming van de AVG; zij sluiten daartoe een gegevensuitwisselingsprotocol."),
    ("h", "Artikel 11 Overstapoptie"),
    ("p", "11.1 Een Leerling of Student wiens deelname aan de Route eindigt voordat hij de Route met succes "
          "heeft afgerond, wordt door Partijen in staat gesteld een vmbo-diploma of het diploma van een "
          "beroepsopleiding te behalen dat past bij het onderwijsniveau dat hij naar het gezamenlijk "
          "oordeel van beide colleges van bestuur \u2013 in de praktijk: de Routedirectie namens hen \u2013 "
          "heeft bereikt, en bij zijn leeftijd. De Leerling of Student en, bij minderjarigheid, zijn ouders "
          "worden gehoord voordat over het vervolg wordt beslist."),
    ("p", "11.2 Partijen onderscheiden in ieder geval de volgende situaties: (a) beëindiging in de Vo-fase: "
          "de Leerling vervolgt zijn opleiding in de reguliere kaderberoepsgerichte of gemengde leerweg "
          "van de School, in hetzelfde of een ander profiel, of in een andere doorlopende leerroute; (b) de "
          "Leerling is aan het einde van het derde leerjaar van de Route niet in het bezit van het "
          "vmbo-diploma of is afgewezen voor het eindexamen: hij kan het examenjaar overdoen of zonder "
          "vmbo-diploma instromen in een mbo-opleiding van de Instelling op niveau 3 of 4; (c) de Student "
          "wil in de Mbo-fase een andere richting of een ander niveau: hij stapt over naar een andere "
          "opleiding van de Instelling op hetzelfde of een passend lager niveau, bijvoorbeeld Commercieel "
          "medewerker of Verkoopspecialist."),
    ("p", "11.3 Bij een overstap naar een opleiding van de Instelling gelden de vooropleidingseisen niet. "
          "Kiest de Leerling of Student voor een andere instelling, dan begeleiden Partijen de overstap en "
          "bevelen zij bij die instelling een geschiktheidsonderzoek aan als hij niet aan de "
          "vooropleidingseisen voldoet."),
    ("p", "11.4 Dit artikel is niet van toepassing bij definitieve verwijdering. De nadere werkwijze wordt "
          "opgenomen in de schoolgids van de School en de studiegids van de Instelling."),
    ("h", "Artikel 12 Overdracht van bekostiging"),
    ("p", "12.1 De School draagt met toepassing van artikel 5.42a WVO 2020 voor iedere Leerling in de "
          "Vo-fase een bedrag van € 980 per schooljaar over aan de Instelling. Deze middelen zijn bestemd "
          "voor de inzet van de docenten commercie van de Instelling in de Vo-fase (artikel 8.1) en voor "
          "het gebruik van het Ondernemersplein en de licenties (artikel 9.2)."),
    ("p", "12.2 De Instelling draagt met toepassing van artikel 9.1.15 WEB voor iedere Student die bij "
          "aanvang van het derde leerjaar van de Route nog geen vmbo-diploma heeft behaald een bedrag van "
          "€ 310 over aan de School. Deze middelen zijn bestemd voor de begeleiding en de examinering van "
          "die Student door de School met het oog op het vmbo-diploma."),
    ("p", "12.3 De bedragen worden jaarlijks per 1 januari geïndexeerd overeenkomstig de "
          "loon- en prijsbijstelling van de rijksbijdrage. De wijze van facturering en betaling is "
          "uitgewerkt in Bijlage 1. Voor het overige draagt iedere Partij haar eigen kosten."),
    ("h", "Artikel 13 Medezeggenschap"),
    ("p", "13.1 Onverminderd de Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de "
          "ondernemingsraden komen Partijen het volgende aanvullend overeen."),
    ("p", "13.2 Leerlingen in het tweede leerjaar van de Route zijn verkiesbaar voor en stemgerechtigd bij "
          "de verkiezing van de deelraad van de studentenraad van de Instelling voor het domein Handel en "
          "ondernemerschap, en kunnen daarin zitting nemen met dezelfde rechten als Studenten."),
    ("p", "13.3 Partijen stellen een Routeberaad in, bestaande uit twee leden van de "
          "medezeggenschapsraad van de School en twee leden van de studentenraad van de Instelling. Het "
          "Routeberaad komt twee maal per schooljaar bijeen met de Routedirectie. Voorstellen tot "
          "wijziging van het PTA/OER en tot wijziging van deze Overeenkomst worden vooraf aan het "
          "Routeberaad voor advies voorgelegd; een afwijkend besluit wordt schriftelijk gemotiveerd."),
    ("h", "Artikel 14 Geschillen"),
    ("p", "14.1 Onder een geschil wordt verstaan: ieder verschil van mening tussen Partijen over de "
          "uitleg of de uitvoering van deze Overeenkomst, dat een Partij schriftelijk als geschil aan de "
          "andere Partij heeft gemeld."),
    ("p", "14.2 Een geschil wordt eerst voorgelegd aan de Routedirectie en, indien het daar niet binnen "
          "vier weken is opgelost, aan het Bestuurlijk Overleg, dat binnen vier weken na de melding "
          "bijeenkomt."),
    ("p", "14.3 Indien het Bestuurlijk Overleg het geschil niet binnen zes weken oplost, zullen Partijen "
          "het geschil voorleggen aan mediation volgens het reglement van de Mediatorsfederatie Nederland. "
          "Indien de mediation niet binnen drie maanden tot een oplossing leidt, wordt het geschil "
          "beslecht door de bevoegde rechter van de rechtbank Noord-Nederland, locatie Leeuwarden."),
    ("p", "14.4 Hangende een geschil voeren Partijen deze Overeenkomst onverkort uit, in het bijzonder "
          "voor zover het Leerlingen en Studenten betreft."),
    ("h", "Artikel 15 Toetreding van andere scholen of instellingen"),
    ("p", "15.1 Een andere school voor mavo of vbo of een andere instelling voor beroepsonderwijs kan "
          "partij worden bij deze Overeenkomst, indien: (a) beide colleges van bestuur daarmee schriftelijk "
          "instemmen; (b) de toetredende partij in een toetredingsovereenkomst alle rechten en "
          "verplichtingen uit deze Overeenkomst aanvaardt; en (c) de toetredende partij haar deelname aan "
          "de Route meldt in RIO."),
    ("p", "15.2 Toetreding gaat in op 1 augustus van een schooljaar en laat de rechten van Leerlingen en "
          "Studenten die op dat moment al aan de Route deelnemen onverlet."),
    ("h", "Artikel 16 Duur, opzegging en ontbinding"),
    ("p", "16.1 Deze Overeenkomst wordt aangegaan voor onbepaalde tijd en treedt in werking op 1 augustus "
          "2025."),
    ("p", "16.2 Iedere Partij kan deze Overeenkomst bij aangetekend schrijven opzeggen tegen 1 augustus "
          "van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden."),
    ("p", "16.3 Iedere Partij kan deze Overeenkomst buitengerechtelijk ontbinden, indien de andere Partij "
          "na een schriftelijke ingebrekestelling met een redelijke termijn van ten minste dertig dagen "
          "tekortschiet in de nakoming van een wezenlijke verplichting, of indien de andere Partij de "
          "bekostiging of de bevoegdheid tot het verzorgen van het betrokken onderwijs verliest."),
    ("h", "Artikel 17 Wijziging"),
    ("p", "17.1 Deze Overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke overeenkomst die door "
          "beide colleges van bestuur is ondertekend, na advies van het Routeberaad als bedoeld in "
          "artikel 13.3."),
    ("p", "17.2 Partijen evalueren deze Overeenkomst in het schooljaar 2027\u20132028 en vervolgens iedere "
          "drie jaar. Indien wetswijziging daartoe noodzaakt, treden Partijen onverwijld in overleg over "
          "aanpassing."),
    ("h", "Artikel 18 Bescherming van Leerlingen en Studenten"),
    ("p", "18.1 Bij toetreding, wijziging, opzegging en ontbinding beperken Partijen de gevolgen voor "
          "Leerlingen en Studenten zoveel mogelijk. Daartoe geldt in ieder geval het volgende:"),
    ("li", "a. na een opzegging of ontbinding worden geen nieuwe Leerlingen meer tot de Route toegelaten;"),
    ("li", "b. Leerlingen en Studenten die op de datum van beëindiging aan de Route deelnemen, ronden de "
           "Route af onder de voorwaarden van deze Overeenkomst; Partijen blijven voor hen tot het einde van "
           "hun Route aan de artikelen 3 tot en met 13 gebonden;"),
    ("li", "c. kan de Route door een ontbinding voor een Leerling of Student redelijkerwijs niet worden "
           "voortgezet, dan is artikel 11 van toepassing;"),
    ("li", "d. een wijziging die nadelig is voor Leerlingen of Studenten die al aan de Route deelnemen, "
           "geldt alleen voor cohorten die na de wijziging instromen."),
    ("h", "Artikel 19 Aansprakelijkheid en verzekering"),
    ("p", "19.1 Iedere Partij is aansprakelijk voor schade die het gevolg is van een aan haar toerekenbare "
          "tekortkoming. De aansprakelijkheid is beperkt tot het bedrag dat in het betreffende geval onder "
          "de aansprakelijkheidsverzekering van die Partij wordt uitgekeerd."),
    ("p", "19.2 Iedere Partij draagt zorg voor een adequate verzekering van Leerlingen, Studenten en "
          "personeel gedurende hun aanwezigheid op haar locatie."),
    ("h", "Artikel 20 Slotbepalingen"),
    ("p", "20.1 Op deze Overeenkomst is Nederlands recht van toepassing."),
    ("p", "20.2 Indien een bepaling van deze Overeenkomst nietig of vernietigbaar blijkt, blijven de overige "
          "bepalingen van kracht en vervangen Partijen de betreffende bepaling door een bepaling die zoveel "
          "mogelijk aansluit bij de strekking ervan."),
    ("p", "20.3 De bijlagen maken deel uit van deze Overeenkomst. Bij strijd tussen de Overeenkomst en een "
          "bijlage prevaleert de Overeenkomst."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend te Leeuwarden op 23 juni 2025."),
    ("sig", [["Stichting Openbaar Voortgezet Onderwijs Leeuwarden en Omstreken", "", "",
              "drs. S.J. Hoekstra", "voorzitter college van bestuur"],
             ["Stichting Regionaal Opleidingencentrum Noordlân", "", "",
              "mr. drs. I.M. Zwart-Postma", "voorzitter college van bestuur"]]),
    ("pb",),
    ("h", "Bijlage 1 Financiële uitwerking (behorend bij artikel 12)"),
    ("table", [["Overdracht", "Van \u2192 naar", "Omvang (prijspeil 2025)", "Bestemming", "Facturering"],
               ["Vo-fase", "School \u2192 Instelling", "€ 980 per Leerling per schooljaar",
                "docenten commercie (0,6 fte), Ondernemersplein, licenties",
                "in twee termijnen: 1 december en 1 mei, telling 1 oktober"],
               ["Mbo-fase zonder vmbo-diploma", "Instelling \u2192 School", "€ 310 per Student, eenmalig",
                "begeleiding en examinering vmbo", "1 december, telling 1 oktober"],
               ["Routebudget", "beide Partijen, elk 50%", "€ 25.000 per schooljaar",
                "bedrijvendag, praktijkopdrachten, Bedrijvenraad, professionaliseringsdagen",
                "verrekening na jaarverslag"]],
     [0.17, 0.17, 0.2, 0.26, 0.2]),
    ("h", "Bijlage 2 Jaarcyclus Routedirectie en Bestuurlijk Overleg"),
    ("table", [["Moment", "Wat", "Wie"],
               ["vóór 1 oktober", "jaarverslag over het afgelopen schooljaar (artikel 6.2)", "Routedirectie"],
               ["oktober, januari, april, juli", "kwartaalrapportage (artikel 6.1)", "Routedirectie"],
               ["november", "Bestuurlijk Overleg: bespreking jaarverslag", "colleges van bestuur"],
               ["december en mei", "Bedrijvenraad", "Routedirectie en Bedrijvenraad"],
               ["februari en juni", "Routeberaad (artikel 13.3)", "Routedirectie en Routeberaad"],
               ["mei", "Bestuurlijk Overleg: begroting en formatie volgend schooljaar",
                "colleges van bestuur"]],
     [0.28, 0.47, 0.25]),
]
add("188_advocaat_lang_commercie_leeuwarden", "pdf",
    "Long agreement drafted by a law firm (draft header, 'DE ONDERGETEKENDEN', 'NEMEN IN AANMERKING', "
    "capitalised defined terms, 20 articles with leden, two annex tables), PDF in Times; Leeuwarden, "
    "economie en ondernemen kb/gl -> Junior accountmanager 4. Fully compliant, including transfers in "
    "both directions with omvang and bestemming, a Routeberaad with advice rights, mediation then "
    "rechtbank, and a separate article protecting running pupils.",
    st("p p p p p p p p p p"),
    {"a": "Artikel 2 Onderwerp en omschrijving van de Route",
     "b": "Artikel 4 Betrokkenheid van het bedrijfsleven",
     "c": "Artikel 5 Routedirectie: samenstelling, benoeming, taken en bevoegdheden",
     "d": "Artikel 6 Inlichtingen en verantwoording",
     "e": "Artikel 7 Onderwijskundige en organisatorische inrichting",
     "f": "Artikel 11 Overstapoptie",
     "g": "Artikel 12 Overdracht van bekostiging",
     "h": "Artikel 13 Medezeggenschap",
     "i": "Artikel 14 Geschillen",
     "j": "Artikel 16 Duur, opzegging en ontbinding"},
    blocks=B188,
    meta={"author": "Wijnbergen Hoekstra Advocaten", "title": "SOK DLR Commercie Leeuwarden",
          "font": "Times-Roman", "size": 10.5, "justify": True,
          "header": "Wijnbergen Hoekstra Advocaten \u2013 kenmerk 2025/0412/JH \u2013 versie 1.0 definitief"})


# ==== MAIN ====

def main(argv):
    if argv and argv[0] == "--check":
        nums = argv[1:]
        sel = [s for s in SAMPLES if not nums or s["name"][:3] in nums]
        sys.exit(0 if check(sel) else 1)
    sel = [s for s in SAMPLES if not argv or s["name"][:3] in argv]
    for s in sel:
        build_one(s)


if __name__ == "__main__":
    main(sys.argv[1:])
