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
add("181_format_deels_ingevuld_logistiek_haarlemmermeer", "docx",
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
