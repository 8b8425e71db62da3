#!/usr/bin/env python3
"""Held-out sample agreements h89-h96 for leerroute-check.

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at the checker code, its models or tests, or at
the text of any other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout7a.py            build all samples
    python3 build_heldout7a.py h89 h91    build only these
    python3 build_heldout7a.py --check    verify the produced files
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
ALL = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]

SAMPLES = {}


def sample(num, name, fmt, description, statuses, evidence):
    def deco(fn):
        assert set(statuses) == set(ALL), num
        SAMPLES[num] = dict(name=name, fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, content=fn)
        return fn
    return deco


# --------------------------------------------------------------------------------------------
# Block model shared by the PDF and DOCX writers.
#   ("title", text) ("sub", text) ("h", text) ("h2", text) ("p", text) ("li", text)
#   ("num", text)  numbered paragraph whose number is part of the text
#   ("table", rows, widths_fraction or None, header_bool)
#   ("sig", [left_lines, right_lines]) ("pb",) ("sp",) ("right", text) ("small", text)
# --------------------------------------------------------------------------------------------

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(path, blocks, landscape_mode=False, font_size=10, header=None):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)
    size = landscape(A4) if landscape_mode else A4
    base = ParagraphStyle("base", fontName="Helvetica", fontSize=font_size,
                          leading=font_size * 1.35, spaceAfter=4)
    st = {
        "title": ParagraphStyle("title", parent=base, fontName="Helvetica-Bold",
                                fontSize=font_size + 5, leading=(font_size + 5) * 1.25,
                                alignment=TA_CENTER, spaceAfter=6),
        "sub": ParagraphStyle("sub", parent=base, alignment=TA_CENTER, spaceAfter=10),
        "h": ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=font_size + 1.5,
                            leading=(font_size + 1.5) * 1.3, spaceBefore=8, spaceAfter=3),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-BoldOblique",
                             spaceBefore=4, spaceAfter=2),
        "p": base,
        "li": ParagraphStyle("li", parent=base, leftIndent=16, bulletIndent=5),
        "num": ParagraphStyle("num", parent=base, leftIndent=16, firstLineIndent=-16),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", parent=base, fontSize=font_size - 1.5,
                                leading=(font_size - 1.5) * 1.3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=font_size - 1,
                               leading=(font_size - 1) * 1.3, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName="Helvetica-Bold",
                                fontSize=font_size - 1, leading=(font_size - 1) * 1.3,
                                spaceAfter=0),
    }

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if header:
            canvas.drawString(2 * cm, size[1] - 1.2 * cm, header)
        canvas.drawRightString(size[0] - 2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    story = []
    width = size[0] - 4 * cm
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, 8))
        elif kind == "li":
            story.append(Paragraph(esc(b[1]), st["li"], bulletText="\u2022"))
        elif kind == "table":
            rows, widths, head = b[1], b[2], b[3]
            data = []
            for r, row in enumerate(rows):
                data.append([Paragraph(esc(c).replace("\n", "<br/>"),
                                       st["cellb"] if (head and r == 0) else st["cell"])
                             for c in row])
            cw = [width * w for w in widths] if widths else None
            t = Table(data, colWidths=cw, repeatRows=1 if head else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                     ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if head:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            cols = [Paragraph("<br/>".join(esc(x) for x in col), st["p"]) for col in b[1]]
            t = Table([cols], colWidths=[width / len(cols)] * len(cols))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([Spacer(1, 10), t]))
        else:
            story.append(Paragraph(esc(b[1]), st[kind]))
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title="", author="", subject="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _fix_docx(doc):
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""


def save_docx(doc, path):
    _fix_docx(doc)
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def write_docx(path, blocks, font_size=10.5):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    d = docx.Document()
    sty = d.styles["Normal"]
    sty.font.name = "Calibri"
    sty.font.size = Pt(font_size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_heading(b[1], level=0)
        elif kind == "sub":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p" or kind == "num":
            d.add_paragraph(b[1])
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(font_size - 1.5)
        elif kind == "right":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "sp":
            d.add_paragraph("")
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            rows, widths, head = b[1], b[2], b[3]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, txt in enumerate(row):
                    cell = t.cell(r, c)
                    lines = txt.split("\n")
                    cell.paragraphs[0].text = ""
                    run = cell.paragraphs[0].add_run(lines[0])
                    if head and r == 0:
                        run.bold = True
                    for extra in lines[1:]:
                        cell.add_paragraph(extra)
                    if widths:
                        cell.width = Cm(16.5 * widths[c])
            if widths:
                t.autofit = False
                for c, w in enumerate(widths):
                    t.columns[c].width = Cm(16.5 * w)
            d.add_paragraph("")
        elif kind == "sig":
            t = d.add_table(rows=1, cols=len(b[1]))
            for c, col in enumerate(b[1]):
                cell = t.cell(0, c)
                cell.paragraphs[0].text = col[0]
                for extra in col[1:]:
                    cell.add_paragraph(extra)
        else:
            raise ValueError(kind)
    save_docx(d, path)


# --------------------------------------------------------------------------------------------
# Text extraction for --check
# --------------------------------------------------------------------------------------------

def extract_text(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        out = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        pdf.close()
        return "\n".join(out)
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = []
        xml = re.sub(r"<w:br/>", "<w:t>\n</w:t>", xml)
        for m in re.finditer(r"<w:p[ >].*?</w:p>", xml, re.S):
            paras.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", m.group(0))))
        txt = "\n".join(paras)
        return (txt.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", '"').replace("&apos;", "'"))
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


# --------------------------------------------------------------------------------------------
# Build / check
# --------------------------------------------------------------------------------------------

def expected_of(s):
    return {"description": s["description"], "split": "heldout",
            "statuses": {k: s["statuses"][k] for k in ALL},
            "evidence": s["evidence"]}


def build(num):
    s = SAMPLES[num]
    path = os.path.join(HERE, s["name"] + "." + s["fmt"])
    content = s["content"]()
    if s["fmt"] == "pdf":
        blocks, opts = content
        write_pdf(path, blocks, **opts)
    elif s["fmt"] == "docx":
        blocks, opts = content
        write_docx(path, blocks, **opts)
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(expected_of(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", s["name"] + "." + s["fmt"])


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        errs = []
        if not os.path.exists(path):
            errs.append("file missing")
        else:
            if os.path.getsize(path) >= 200 * 1024:
                errs.append("too large: %d" % os.path.getsize(path))
            try:
                txt = norm(extract_text(path))
            except Exception as e:  # noqa
                txt = ""
                errs.append("does not open: %r" % e)
            for k, v in s["evidence"].items():
                if s["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(v) not in txt:
                    errs.append("evidence %s not found: %r" % (k, v))
        jp = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(jp, encoding="utf-8") as f:
                exp = json.load(f)
            if exp != expected_of(s):
                errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        if errs:
            ok = False
            print("FAIL", s["name"], *errs, sep="\n   ")
        else:
            print("ok  ", s["name"], "(%d bytes, %d words)" % (os.path.getsize(path), len(txt.split())))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


# ============================================================================================
# SAMPLES
# ============================================================================================

# --------------------------------------------------------------------------------------------
# h89  ROC standard model + route annex (PDF)
# --------------------------------------------------------------------------------------------
@sample("h89", "h89_roc_model_routebijlage_bommelerwaard", "pdf",
        "Standaardmodelovereenkomst van een ROC (versie 3.2) met routebijlage A; PDF; Bommelerwaard, "
        "Mobiliteit en transport kb naar Eerste autotechnicus niveau 3; volledig, kaders in het model en "
        "route-invulling (bedrijven, bedragen) in de bijlage; leerlingen in vo-fase in studentenraad.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "A1. De route in het kort",
         "b": "Artikel 6 Werkgevers aan tafel",
         "c": "Artikel 3 Routeregie",
         "d": "Artikel 4 Verslaglegging aan de besturen",
         "e": "Artikel 5 Onderwijs, personeel en voorzieningen",
         "f": "Artikel 7 Als de route stopt",
         "g": "A5. Overdracht van middelen",
         "h": "Artikel 9 Inspraak van leerlingen, ouders en personeel",
         "i": "Artikel 10 Verschil van inzicht",
         "j": "Artikel 11 Duur, nieuwe partners, wijziging en einde"})
def h89():
    B = [
        ("small", "ROC Heerewaarden | Modelovereenkomst doorlopende leerroutes vmbo-mbo | versie 3.2 | "
                  "vastgesteld door het college van bestuur op 12 februari 2024"),
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("sub", "op basis van het standaardmodel van ROC Heerewaarden, met routebijlage A "
                "(Mobiliteit en transport – Eerste autotechnicus)"),
        ("h", "Partijen"),
        ("num", "1. Stichting Openbaar Voortgezet Onderwijs Bommelerwaard, gevestigd te Zaltbommel, bevoegd "
                "gezag van het Waardlyceum (vmbo), te dezen rechtsgeldig vertegenwoordigd "
                "door mevrouw drs. E.M. (Eveline) Brandsma, voorzitter van het college van bestuur, hierna: "
                "de school;"),
        ("num", "2. Stichting Regionaal Opleidingencentrum Heerewaarden, gevestigd te Tiel, te dezen "
                "rechtsgeldig vertegenwoordigd door de heer ing. W.J. (Wouter) van Arkel, lid van het college "
                "van bestuur, hierna: het ROC;"),
        ("p", "hierna samen: partijen."),
        ("h", "Toelichting bij het gebruik van dit model"),
        ("p", "Dit model bevat de afspraken die voor iedere doorlopende leerroute van het ROC gelijk zijn. "
              "Wat per route verschilt, staat in de routebijlage. De routebijlage is onderdeel van deze "
              "overeenkomst en is door beide partijen geparafeerd. Gaan model en routebijlage op een punt "
              "uiteen, dan geldt de routebijlage."),
        ("h", "Artikel 1 Woordgebruik"),
        ("p", "In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute vmbo-mbo "
              "zoals beschreven in de routebijlage; vo-fase: de eerste twee leerjaren van de route, waarin "
              "de jongere als leerling van de school staat ingeschreven; mbo-fase: het derde en volgende "
              "leerjaar van de route, waarin de jongere als student van het ROC staat ingeschreven; "
              "routeplan: de beschrijving van onderwijsprogramma, examinering en beroepspraktijkvorming per "
              "leerjaar; besturen: het college van bestuur van de school en het college van bestuur van het ROC."),
        ("h", "Artikel 2 Onderwerp"),
        ("p", "2.1 Partijen verzorgen samen de route die in de routebijlage is beschreven en melden deze "
              "gezamenlijk aan de minister via het Register Instellingen en Opleidingen (RIO) van DUO."),
        ("p", "2.2 Het routeplan wordt jaarlijks vóór 1 juni voor het volgende schooljaar door beide "
              "besturen vastgesteld. Het routeplan geeft per leerjaar aan welke onderdelen tot het "
              "vmbo-programma en welke tot het mbo-programma behoren en welke geïntegreerd worden aangeboden."),
        ("h", "Artikel 3 Routeregie"),
        ("p", "3.1 De dagelijkse aansturing van de route ligt bij een routeregieteam van drie personen: de "
              "afdelingsleider bovenbouw beroepsgericht van de school, de teamleider van het mbo-team dat de "
              "route in de mbo-fase verzorgt, en een routecoördinator die het team voorzit."),
        ("p", "3.2 De afdelingsleider en de teamleider zitten in het routeregieteam uit hoofde van hun "
              "functie. De routecoördinator wordt voor een periode van drie schooljaren aangewezen door de "
              "beide besturen samen, op gezamenlijke voordracht van de afdelingsleider en de teamleider; "
              "herbenoeming is eenmaal mogelijk. Bij een vacature wijzen de besturen binnen acht weken een "
              "opvolger aan."),
        ("p", "3.3 Het routeregieteam is belast met de uitvoering van het routeplan, de intake en "
              "plaatsing van leerlingen, de roostering en de inzet van docenten, het contact met de "
              "leerbedrijven en de begeleiding van overstappen als bedoeld in artikel 7. Het team beslist "
              "zelfstandig over deze onderwerpen binnen het budget dat de besturen jaarlijks toekennen."),
        ("p", "3.4 Het routeregieteam is niet bevoegd tot het aangaan van verplichtingen boven € 10.000, "
              "tot wijziging van het routeplan na vaststelling of tot het aannemen of ontslaan van "
              "personeel; daarover beslissen de besturen."),
        ("h", "Artikel 4 Verslaglegging aan de besturen"),
        ("p", "4.1 Het routeregieteam stelt elk jaar vóór 1 november een routeverslag op over het afgelopen "
              "schooljaar en zendt dit aan beide besturen. Het verslag bevat ten minste de instroom, "
              "doorstroom, overstappen en uitval per cohort, de examenresultaten, de besteding van de "
              "middelen en de knelpunten in de uitvoering."),
        ("p", "4.2 Het verslag wordt besproken in het bestuurlijk overleg van de beide besturen dat "
              "jaarlijks in december plaatsvindt; het routeregieteam licht het verslag daar toe en legt "
              "verantwoording af over de uitvoering van zijn taken."),
        ("p", "4.3 Tussentijds meldt het routeregieteam aan beide besturen zonder uitstel elke "
              "ontwikkeling die de continuïteit van de route raakt, zoals het wegvallen van leerbedrijven "
              "of een dreigend tekort aan bevoegde docenten. Iedere bestuurder kan op elk moment "
              "inlichtingen vragen; het team antwoordt binnen tien werkdagen."),
        ("h", "Artikel 5 Onderwijs, personeel en voorzieningen"),
        ("p", "5.1 De route wordt gegeven op de locaties die in de routebijlage zijn genoemd. De school is "
              "verantwoordelijk voor het vmbo-deel en het vmbo-examen, het ROC voor het mbo-deel, de "
              "beroepspraktijkvorming en het mbo-examen."),
        ("p", "5.2 De lessen worden verzorgd door één docententeam waarin docenten van de school en van het "
              "ROC samenwerken. Partijen maken gebruik van de teambevoegdheid: voor ieder programmaonderdeel "
              "is ten minste één bevoegde docent in het team, die verantwoordelijk blijft voor het onderdeel "
              "waarvoor hij bevoegd is. Docenten blijven in dienst van hun eigen werkgever; uitwisseling "
              "gebeurt zonder detachering, op basis van de uren die in het routeplan zijn opgenomen."),
        ("p", "5.3 Partijen stellen hun praktijkruimten, gereedschappen, diagnoseapparatuur en "
              "leermiddelen voor de route over en weer ter beschikking, volgens het rooster dat het "
              "routeregieteam opstelt. Schade die buiten normaal gebruik ontstaat, komt voor rekening van de "
              "partij wier leerlingen of personeel de schade veroorzaakten."),
        ("p", "5.4 Klachten over gedragingen van personeel van de ene partij die bij de andere partij "
              "worden ingediend, worden door de ontvangende partij in behandeling genomen; de andere partij "
              "verleent alle medewerking en de voorzitter van de klachtencommissie is niet werkzaam bij de "
              "partij over wier personeel wordt geklaagd."),
        ("h", "Artikel 6 Werkgevers aan tafel"),
        ("p", "6.1 De opleidingsadviesraad Mobiliteit van het ROC, waarin regionale autobedrijven, een "
              "vertegenwoordiger van BOVAG en een adviseur van SBB zitting hebben, adviseert jaarlijks over "
              "het routeplan en over de keuzedelen die in de route worden aangeboden."),
        ("p", "6.2 De leerbedrijven die in routebijlage A zijn genoemd, bieden de leerlingen in de vo-fase "
              "snuffelstages en bedrijfsbezoeken en de studenten in de mbo-fase bpv-plaatsen; hun "
              "praktijkopleiders beoordelen de beroepspraktijkopdrachten mee. Het routeregieteam sluit met "
              "ieder leerbedrijf jaarlijks een afsprakenbrief over het aantal plaatsen."),
        ("h", "Artikel 7 Als de route stopt"),
        ("p", "7.1 Een jongere die de route niet afmaakt, krijgt altijd een passend vervolg dat leidt tot een "
              "vmbo-diploma of een mbo-diploma. Het routeregieteam bespreekt met de jongere en zijn ouders "
              "welk vervolg het beste past; de afdelingsleider van de school en de teamleider van het ROC "
              "nemen daarna samen het besluit, op basis van het bereikte onderwijsniveau en de leeftijd."),
        ("p", "7.2 Wie stopt in de vo-fase, gaat door in de reguliere kaderberoepsgerichte leerweg van de "
              "school, in hetzelfde of een ander profiel, of in een andere doorlopende leerroute van de school."),
        ("p", "7.3 Wie aan het eind van het derde leerjaar van de route het vmbo-diploma niet heeft, kan "
              "zonder vmbo-diploma verder in een mbo-opleiding van het ROC op niveau 2 of 3 in hetzelfde of "
              "een verwant domein, of het vmbo-examen opnieuw afleggen terwijl het mbo-programma doorloopt. "
              "Voor een overstap binnen het ROC gelden geen vooropleidingseisen."),
        ("p", "7.4 Wie in de mbo-fase van richting wil veranderen, kan overstappen naar een andere "
              "opleiding van het ROC op hetzelfde niveau. Wil de jongere naar een andere instelling, "
              "dan zorgt het ROC voor een warme overdracht en stelt het de gegevens beschikbaar die de "
              "ontvangende instelling voor een geschiktheidsonderzoek nodig heeft."),
        ("p", "7.5 De schoolgids van de school en de studiegids van het ROC beschrijven de werkwijze bij een "
              "overstap in begrijpelijke taal."),
        ("h", "Artikel 8 Middelen"),
        ("p", "8.1 Iedere partij ontvangt de bekostiging voor de jongeren die bij haar staan ingeschreven. "
              "Gaat een deel van die bekostiging naar de andere partij, dan staan het bedrag en de besteding "
              "daarvan in de routebijlage. Betaling geschiedt op factuur, in twee termijnen per schooljaar."),
        ("h", "Artikel 9 Inspraak van leerlingen, ouders en personeel"),
        ("p", "9.1 Leerlingen in de vo-fase die ten minste twee dagdelen per week onderwijs volgen op een "
              "locatie van het ROC, kunnen zitting nemen in de studentenraad van het ROC met dezelfde "
              "rechten als studenten. De studentenraad reserveert daarvoor één zetel."),
        ("p", "9.2 Het routeverslag van artikel 4 wordt elk jaar toegezonden aan de medezeggenschapsraad van "
              "de school, de studentenraad en de ondernemingsraad van het ROC. Een voorgenomen besluit tot "
              "beëindiging van de route wordt aan de medezeggenschapsraad van de school en aan de "
              "studentenraad en ondernemingsraad van het ROC voor advies voorgelegd."),
        ("h", "Artikel 10 Verschil van inzicht"),
        ("p", "10.1 Ontstaat tussen partijen onenigheid over de uitvoering van deze overeenkomst, dan "
              "brengt het routeregieteam die binnen twee weken op de agenda van een extra bestuurlijk overleg."),
        ("p", "10.2 Leidt dat overleg niet binnen vier weken tot een oplossing, dan schakelen partijen een "
              "mediator in die zij samen kiezen; de kosten delen zij gelijk."),
        ("p", "10.3 Slaagt de mediation niet binnen drie maanden, dan kan iedere partij het geschil "
              "voorleggen aan de bevoegde rechter van de rechtbank Gelderland. Op deze overeenkomst is "
              "Nederlands recht van toepassing."),
        ("h", "Artikel 11 Duur, nieuwe partners, wijziging en einde"),
        ("p", "11.1 Deze overeenkomst geldt vanaf 1 augustus 2024 voor onbepaalde tijd."),
        ("p", "11.2 Een andere vo-school of mbo-instelling kan tot de route toetreden als beide partijen "
              "daarmee schriftelijk instemmen en de nieuwe partner deze overeenkomst door ondertekening van "
              "een toetredingsverklaring aanvaardt. Toetreding gaat in op 1 augustus, zodat een lopend "
              "schooljaar niet wordt verstoord; de nieuwe partner meldt zich bij DUO."),
        ("p", "11.3 Wijziging van deze overeenkomst of van de routebijlage gebeurt alleen schriftelijk en "
              "met handtekening van beide besturen. Een wijziging gaat niet eerder in dan bij het begin van "
              "het volgende schooljaar en geldt niet ten nadele van jongeren die de route al volgen."),
        ("p", "11.4 Iedere partij kan de overeenkomst opzeggen met ingang van 1 augustus, met een "
              "opzegtermijn van ten minste twaalf maanden. Bij ernstige tekortkoming kan een partij de "
              "overeenkomst na ingebrekestelling ontbinden."),
        ("p", "11.5 Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Jongeren die op dat "
              "moment in de route zitten, maken die af onder de voorwaarden van deze overeenkomst; partijen "
              "blijven daarvoor gebonden tot de laatste van hen de route heeft afgerond of is overgestapt "
              "volgens artikel 7."),
        ("h", "Artikel 12 Slot"),
        ("p", "Deze overeenkomst is in tweevoud opgemaakt en getekend."),
        ("sig", [["Stichting Openbaar Voortgezet Onderwijs Bommelerwaard", "Zaltbommel, 4 juni 2024", "",
                  "E.M. Brandsma, voorzitter college van bestuur"],
                 ["Stichting Regionaal Opleidingencentrum Heerewaarden", "Tiel, 4 juni 2024", "",
                  "W.J. van Arkel, lid college van bestuur"]]),
        ("pb",),
        ("title", "Routebijlage A"),
        ("sub", "Mobiliteit en transport (kaderberoepsgerichte leerweg) – Eerste autotechnicus (niveau 3)"),
        ("h", "A1. De route in het kort"),
        ("p", "De route verbindt het vmbo-profiel Mobiliteit en transport in de kaderberoepsgerichte "
              "leerweg van het Waardlyceum met de vakopleiding Eerste autotechnicus, niveau 3, in het "
              "opleidingsdomein Mobiliteit en voertuigen, in de beroepsopleidende leerweg (BOL). De route "
              "duurt vijf leerjaren: vmbo-leerjaar 3 en 4 (vo-fase) en drie jaar mbo (mbo-fase), waarbij het "
              "vmbo-examen wordt afgerond in het derde leerjaar van de route. Na het eerste mbo-jaar wordt "
              "het keuzedeel Hybride en elektrische aandrijving aangeboden."),
        ("h", "A2. Opbouw per leerjaar"),
        ("table", [["Leerjaar route", "Inhoud", "Examinering"],
                   ["1 (vmbo 3)", "Profielvakken Mobiliteit en transport; één dag per week in de autowerkplaats van het ROC",
                    "Schoolexamens vmbo volgens PTA"],
                   ["2 (vmbo 4)", "Profiel afronden; start mbo-werkprocessen onderhoud; snuffelstage 2 weken",
                    "Centraal examen algemene vakken; eerste mbo-proeve"],
                   ["3 (mbo 1)", "Onderhoud en reparatie; bpv 12 weken",
                    "Afronding vmbo-diploma; mbo-examens basis"],
                   ["4 (mbo 2)", "Diagnose en storingsanalyse; bpv 20 weken", "Mbo-examens"],
                   ["5 (mbo 3)", "Keuzedelen; bpv 24 weken; proeve van bekwaamheid", "Diplomering mbo-3"]],
         [0.18, 0.52, 0.30], True),
        ("h", "A3. Locaties"),
        ("p", "Vo-fase: Waardlyceum, Oliestraat 4, Zaltbommel, en één dag per week het Mobiliteitshuis van "
              "het ROC, Industrieweg 21, Tiel. Mbo-fase: Mobiliteitshuis Tiel. Het ROC stelt de "
              "autowerkplaats met hefbruggen en diagnosecomputers beschikbaar; de school het technieklokaal "
              "en de theorielokalen in Zaltbommel."),
        ("h", "A4. Bedrijven in de route"),
        ("p", "Autobedrijf Van Wijk (Zaltbommel), Garage De Kreek (Kerkdriel), Bommelerwaard Trucks "
              "(Hedel) en Autoservice Haaften; gezamenlijk ten minste vijftien bpv-plaatsen per jaar."),
        ("h", "A5. Overdracht van middelen"),
        ("p", "De school draagt in leerjaar 1 en 2 van de route per leerling € 850 per schooljaar over aan "
              "het ROC, bestemd voor het gebruik van de autowerkplaats, de verbruiksmaterialen en de inzet "
              "van de mbo-werkplaatsdocent op de wekelijkse praktijkdag. Er gaat geen bekostiging van het "
              "ROC naar de school."),
        ("p", "Geparafeerd: EMB / WJvA"),
    ]
    return B, {"header": "Modelovereenkomst ROC Heerewaarden v3.2 – route Mobiliteit en transport / Eerste autotechnicus"}


# --------------------------------------------------------------------------------------------
# h90  exchange of letters: offer and acceptance (DOCX)
# --------------------------------------------------------------------------------------------
@sample("h90", "h90_briefwisseling_aanbod_aanvaarding_haarlemmermeer", "docx",
        "Briefwisseling (aanbodbrief van het vmbo-bestuur en aanvaardingsbrief van het ROC) die samen de "
        "overeenkomst vormen; DOCX; Haarlemmermeer, Economie en ondernemen gl/tl naar Ondernemer retail "
        "niveau 4; geschillen alleen 'samen oplossen in een goed gesprek'; niets over geld of overdracht "
        "van bekostiging; medezeggenschap alleen beschrijving van de wet.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "missing", "h": "not_applicable", "i": "weak", "j": "present"},
        {"a": "1. Om welke route het gaat",
         "b": "5. Ondernemers in de route",
         "c": "2. Wie de route leidt",
         "d": "3. Hoe het kernteam ons op de hoogte houdt",
         "e": "4. Lessen, docenten en lokalen",
         "f": "6. Als een leerling de route verlaat",
         "j": "9. Looptijd, nieuwe partners, wijzigen en opzeggen"})
def h90():
    B = [
        ("p", "Stichting Polderscholen Haarlemmermeer"),
        ("p", "College van bestuur – Kruisweg 880 – 2132 NG Hoofddorp"),
        ("sp",),
        ("p", "Aan het college van bestuur van Stichting ROC Meerlanden\nt.a.v. de heer drs. P. (Pieter) "
              "Oosterhuis, voorzitter\nTaksteeg 12\n2131 JA Hoofddorp"),
        ("right", "Hoofddorp, 14 maart 2025"),
        ("p", "Ons kenmerk: CvB/2025-041\nBetreft: aanbod samenwerkingsovereenkomst doorlopende leerroute "
              "Economie en ondernemen – Ondernemer retail"),
        ("p", "Geacht college,"),
        ("p", "Sinds 2022 werken het Ringvaart College en uw college Handel en Dienstverlening samen in een "
              "pilot waarin vmbo-leerlingen al in het derde leerjaar lessen volgen in uw oefenwinkel. De "
              "resultaten zijn goed en beide teams willen verder als doorlopende leerroute. Namens het "
              "bestuur van Stichting Polderscholen Haarlemmermeer, bevoegd gezag van het Ringvaart College, "
              "doe ik u daarom hierbij het aanbod om een samenwerkingsovereenkomst als bedoeld in artikel "
              "2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en "
              "beroepsonderwijs aan te gaan, op de voorwaarden die hieronder staan. Die voorwaarden zijn in "
              "januari en februari met uw opleidingsmanager Handel uitgewerkt."),
        ("h2", "1. Om welke route het gaat"),
        ("p", "De route koppelt het profiel Economie en ondernemen in de gemengde en de theoretische leerweg "
              "van het Ringvaart College aan de middenkaderopleiding Ondernemer retail (niveau 4, BOL) van "
              "ROC Meerlanden, in het opleidingsdomein Handel en ondernemerschap. Leerlingen kiezen aan het "
              "eind van leerjaar 2 voor de route; de eerste groep start op 1 augustus 2025. Het vmbo-examen "
              "wordt afgelegd aan het eind van het tweede routejaar; daarna volgen drie mbo-jaren."),
        ("h2", "2. Wie de route leidt"),
        ("p", "Een kernteam stuurt de route. Daarin zitten de afdelingsleider bovenbouw gl/tl van het "
              "Ringvaart College, de opleidingsmanager Handel van ROC Meerlanden en een routecoördinator. "
              "De afdelingsleider en de opleidingsmanager horen er vanwege hun functie bij. De "
              "routecoördinator wordt door onze beide besturen samen aangewezen, telkens voor twee "
              "schooljaren, nadat het docententeam van de route is gehoord."),
        ("p", "Het kernteam beslist over de toelating van leerlingen tot de route, het lesrooster, de "
              "verdeling van de lesuren over de docenten, de stageplaatsen en de contacten met de winkeliers. "
              "Besluiten over aanname en ontslag van personeel en over wijziging van het examenprogramma "
              "nemen de besturen zelf; het kernteam bereidt die voor."),
        ("h2", "3. Hoe het kernteam ons op de hoogte houdt"),
        ("p", "Het kernteam stuurt twee keer per jaar, in februari en in september, een korte "
              "voortgangsnotitie aan beide besturen met de aantallen leerlingen per leerjaar, de "
              "examenuitslagen, het aantal overstappers en de punten die aandacht vragen. In het "
              "bestuurlijk overleg van oktober legt het kernteam verantwoording af over het afgelopen "
              "schooljaar. Dreigt er iets mis te gaan met stageplaatsen of docenten, dan hoort u en horen wij "
              "dat meteen."),
        ("h2", "4. Lessen, docenten en lokalen"),
        ("p", "Het gezamenlijke PTA/OER van de route legt per leerjaar vast welke onderdelen vmbo zijn, "
              "welke mbo en welke we samen geven, en hoe en wanneer getoetst wordt. De eerste twee routejaren "
              "zijn de leerlingen ingeschreven bij het Ringvaart College en krijgen zij les in ons gebouw aan "
              "de Kruisweg, met één dag per week in uw oefenwinkel en uw e-commercelab. Vanaf routejaar 3 "
              "zijn zij student bij u en vindt het onderwijs plaats op uw locatie aan de Taksteeg."),
        ("p", "Docenten van beide scholen vormen één routeteam. Twee docenten economie van het Ringvaart "
              "College geven in de mbo-fase de lessen ondernemerschap mee; uw docenten retail verzorgen in "
              "de vo-fase de praktijkdag. Wij maken gebruik van de teambevoegdheid, met voor elk onderdeel "
              "ten minste één bevoegde docent. Uw oefenwinkel, het kassasysteem en het e-commercelab staan "
              "open voor onze leerlingen; onze computerlokalen en de aula zijn beschikbaar voor uw "
              "studenten op de momenten dat het kernteam afspreekt."),
        ("h2", "5. Ondernemers in de route"),
        ("p", "Ondernemersvereniging Hoofddorp Centrum, Sportzaak Van der Meer, Bouwmarkt Kruisweg en "
              "Boekhandel De Polder hebben toegezegd mee te doen. Zij leveren elk schooljaar echte "
              "opdrachten voor de leerlingen (een etalage, een actieweek, een webshopanalyse), bieden "
              "stageplaatsen in de mbo-fase en zitten in de jury van de ondernemersmarkt waarmee het tweede "
              "routejaar wordt afgesloten. Twee keer per jaar bespreekt het kernteam het programma met een "
              "klankbordgroep van deze ondernemers, en SBB helpt bij het erkennen van nieuwe leerbedrijven."),
        ("h2", "6. Als een leerling de route verlaat"),
        ("p", "Wie de route niet kan of wil afmaken, gaat niet zonder perspectief weg. Stopt een leerling "
              "in de eerste twee jaren, dan maakt hij het vmbo af in de gemengde of theoretische leerweg van "
              "het Ringvaart College, in hetzelfde of een ander profiel. Heeft een leerling aan het eind van "
              "routejaar 3 geen vmbo-diploma, dan kan hij bij u zonder vmbo-diploma verder in een opleiding "
              "op niveau 3 of 4 die past bij wat hij al heeft gehaald; vooropleidingseisen spelen daarbij "
              "geen rol. Past de richting niet, dan zoeken wij samen een opleiding op hetzelfde niveau in een "
              "ander domein, bij u of, via een geschiktheidsonderzoek, bij een andere instelling in de regio."),
        ("p", "Welk vervolg het wordt, bepalen de afdelingsleider en de opleidingsmanager samen, na een "
              "gesprek met de leerling en zijn ouders, waarbij zij letten op het niveau dat de leerling "
              "heeft bereikt en op zijn leeftijd. De werkwijze staat ook in onze schoolgids."),
        ("h2", "7. Medezeggenschap"),
        ("p", "Ter informatie: zolang de leerlingen bij ons staan ingeschreven, geldt voor hen, hun ouders en "
              "onze leraren de Wet medezeggenschap op scholen; daarna gelden voor de studenten de regels van "
              "de WEB en voor uw personeel de Wet op de ondernemingsraden. De wet laat ruimte voor aanvullende "
              "afspraken; scholen kunnen die maken als de raden daarom vragen."),
        ("h2", "8. Als we het niet eens zijn"),
        ("p", "Mochten wij het over de uitvoering van deze afspraken oneens worden, dan lossen wij dat samen "
              "op, in een goed gesprek tussen de besturen."),
        ("h2", "9. Looptijd, nieuwe partners, wijzigen en opzeggen"),
        ("p", "De overeenkomst geldt vanaf 1 augustus 2025 voor vijf schooljaren en wordt daarna telkens met "
              "vijf jaar verlengd, tenzij een van ons uiterlijk 1 augustus van het laatste jaar schriftelijk "
              "laat weten dat niet te willen. Tussentijds opzeggen kan alleen per 1 augustus, met een termijn "
              "van minstens een jaar."),
        ("p", "Een andere vmbo-school uit de regio kan aansluiten als beide besturen daar schriftelijk mee "
              "instemmen en de nieuwe school deze afspraken onverkort aanvaardt; de aansluiting gaat in bij "
              "het begin van een schooljaar en wordt gezamenlijk aan DUO gemeld."),
        ("p", "Wij wijzigen de afspraken alleen schriftelijk, met handtekening van beide besturen, en "
              "niet midden in een schooljaar."),
        ("p", "Bij opzegging of wijziging staan de leerlingen voorop: na opzegging starten er geen nieuwe "
              "groepen meer, maar wie al in de route zit maakt die af onder deze afspraken, en een wijziging "
              "mag een leerling die al is begonnen niet benadelen."),
        ("h2", "10. Hoe deze afspraken tot stand komen"),
        ("p", "Als u dit aanbod aanvaardt, vormen deze brief en uw schriftelijke aanvaarding samen de "
              "samenwerkingsovereenkomst tussen onze besturen. Wij zien uw reactie graag vóór 15 april 2025 "
              "tegemoet, zodat de melding bij DUO tijdig kan plaatsvinden."),
        ("p", "Met vriendelijke groet,"),
        ("p", "namens het college van bestuur van Stichting Polderscholen Haarlemmermeer,"),
        ("p", "mr. A.C. (Annelies) de Groot-Vermeulen\nvoorzitter college van bestuur"),
        ("pb",),
        ("p", "ROC Meerlanden"),
        ("p", "College van bestuur – Taksteeg 12 – 2131 JA Hoofddorp"),
        ("sp",),
        ("p", "Aan het college van bestuur van Stichting Polderscholen Haarlemmermeer\nt.a.v. mevrouw mr. "
              "A.C. de Groot-Vermeulen\nKruisweg 880\n2132 NG Hoofddorp"),
        ("right", "Hoofddorp, 2 april 2025"),
        ("p", "Uw kenmerk: CvB/2025-041\nBetreft: aanvaarding aanbod samenwerkingsovereenkomst doorlopende "
              "leerroute Economie en ondernemen – Ondernemer retail"),
        ("p", "Geachte mevrouw De Groot,"),
        ("p", "Dank voor uw brief van 14 maart 2025. Namens het college van bestuur van Stichting ROC "
              "Meerlanden aanvaard ik uw aanbod zonder voorbehoud. Met uw brief en deze brief is de "
              "samenwerkingsovereenkomst voor de doorlopende leerroute Economie en ondernemen – Ondernemer "
              "retail tussen onze besturen tot stand gekomen, met ingang van 1 augustus 2025."),
        ("p", "Zoals in uw brief onder 2 bepaald, wijzen wij samen met u mevrouw S. (Sanne) Kuipers, nu "
              "docent retail bij ons college Handel en Dienstverlening, aan als eerste routecoördinator voor "
              "de schooljaren 2025-2026 en 2026-2027. Onze opleidingsmanager neemt contact op met uw "
              "afdelingsleider over de gezamenlijke melding in RIO."),
        ("p", "Wij kijken uit naar de eerste groep leerlingen."),
        ("p", "Met vriendelijke groet,"),
        ("p", "namens het college van bestuur van Stichting ROC Meerlanden,"),
        ("p", "drs. P. Oosterhuis\nvoorzitter college van bestuur"),
        ("sp",),
        ("p", "Voor gezien en ingestemd met de aanwijzing van de routecoördinator:\nmr. A.C. de Groot-Vermeulen, "
              "Stichting Polderscholen Haarlemmermeer, 7 april 2025"),
    ]
    return B, {}


# --------------------------------------------------------------------------------------------
# h91  signed decision list of the bestuurlijk overleg / stuurgroep (TXT, very short)
# --------------------------------------------------------------------------------------------
@sample("h91", "h91_besluitenlijst_stuurgroep_schouwen_duiveland", "txt",
        "Zeer korte ondertekende besluitenlijst van het bestuurlijk overleg die als overeenkomst geldt, "
        "telegramstijl; TXT; Schouwen-Duiveland, Horeca, bakkerij en recreatie kb naar Zelfstandig werkend "
        "kok niveau 3; overdracht van een bedrag zonder bestemming; medezeggenschap aangehouden; opzegging "
        "en wijziging wel, toetreding niet geregeld.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "weak", "h": "weak", "i": "present", "j": "weak"},
        {"a": "B1. Route",
         "b": "B5. Werkveld",
         "c": "B2. Routeteam",
         "d": "B3. Rapportage",
         "e": "B4. Onderwijs, docenten, ruimten",
         "f": "B6. Overstap",
         "i": "B9. Geschillen"})
def h91():
    return """BESLUITENLIJST
Bestuurlijk overleg doorlopende leerroute Horeca Zierikzee
Vergadering 9 april 2025, 15.30-17.00 uur, Duinland College, Zierikzee

Aanwezig: mw. J. (Janneke) Verhage, bestuurder Stichting Christelijk Voortgezet Onderwijs
Schouwen-Duiveland (bevoegd gezag Duinland College, vmbo); dhr. R. (Rik) Boogaard, lid college van
bestuur Stichting ROC Deltawerk; dhr. M. Lous, teamleider bovenbouw Duinland College (notulist);
mw. F. Kodde, opleidingsmanager Horeca ROC Deltawerk.

Status van dit stuk: beide bestuurders hebben onderstaande besluiten genomen namens hun bevoegd
gezag. Deze besluitenlijst is door hen ondertekend en geldt als samenwerkingsovereenkomst in de zin
van art. 2.107b WVO 2020 en art. 9.1.3 WEB.

-----------------------------------------------------------------------------------------------
B1. Route
Besloten: vanaf 1 augustus 2025 bieden Duinland College en ROC Deltawerk samen de doorlopende
leerroute aan van het profiel Horeca, bakkerij en recreatie, kaderberoepsgerichte leerweg, naar de
opleiding Zelfstandig werkend kok, niveau 3, BOL (domein Horeca en bakkerij). Vmbo-examen in
routejaar 2; diplomering mbo in routejaar 5.

B2. Routeteam
Besloten: uitvoering ligt bij een routeteam: teamleider bovenbouw Duinland College,
opleidingsmanager Horeca ROC Deltawerk, praktijkcoordinator keuken (voorzitter). Leden worden benoemd en
ontslagen door dit bestuurlijk overleg; eerste benoeming: Lous, Kodde en chef-docent W. Padmos.
Routeteam beslist over: toelating, rooster, verdeling praktijkuren, bpv-plaatsing, examenplanning,
inkoop van keukenmateriaal tot EUR 5.000 per keer. Alles daarboven en alle personeelsbesluiten:
bestuurlijk overleg.

B3. Rapportage
Besloten: routeteam levert per kwartaal een schriftelijke stand van zaken (instroom, verzuim,
resultaten, uitval) aan beide bestuurders; jaarverslag uiterlijk 1 oktober, te bespreken en vast
te stellen in het bestuurlijk overleg van oktober. Incidenten: direct melden.

B4. Onderwijs, docenten, ruimten
Besloten: routejaar 1-2 op Duinland College, Zierikzee, met elke week een praktijkdag in het
leerrestaurant De Zeeuwse Tong van ROC Deltawerk (Middelburg); routejaar 3-5 bij ROC Deltawerk.
Eén gemengd docententeam; twee chef-docenten van ROC Deltawerk geven 6 uur per week praktijk in de
schoolkeuken van Duinland College; vmbo-docenten Nederlands en rekenen geven in routejaar 3 de
generieke vakken mee (teambevoegdheid, per onderdeel minstens één bevoegde). Leerrestaurant,
bakkerijlokaal en schoolkeuken over en weer beschikbaar volgens rooster routeteam. Programma en
toetsing per leerjaar: gezamenlijk PTA/OER, jaarlijks vast te stellen vóór 1 juli.

B5. Werkveld
Besloten: KHN afdeling Schouwen-Duiveland en de bedrijven Strandpaviljoen Zuidwest (Renesse),
Hotel De Vier Ambachten (Zierikzee) en Bakkerij Hanse (Brouwershaven) leveren seizoensstages in
routejaar 1-2, bpv-plaatsen in routejaar 3-5 en twee gastkoks per jaar; hun chefs beoordelen de
proeve "Zeeuws menu" mee. Jaarlijkse werkveldtafel in maart over programma en keuzedelen.

B6. Overstap
Besloten: leerling die de route verlaat krijgt altijd een vervolg richting diploma:
- in routejaar 1-2: verder in de reguliere kb-route van Duinland College (zelfde of ander profiel);
- geen vmbo-diploma eind routejaar 3: doorstroom naar een mbo-opleiding niveau 2 of 3 bij
  ROC Deltawerk zonder vooropleidingseisen, of herkansing vmbo-examen naast het mbo-programma;
- andere richting gewenst: opleiding op hetzelfde niveau in een ander domein, bij ROC Deltawerk of
  elders in Zeeland (geschiktheidsonderzoek, warme overdracht).
Keuze door teamleider en opleidingsmanager samen, na gesprek met leerling en ouders, op basis van
bereikt niveau en leeftijd.

B7. Geld
Besloten: Duinland College draagt met ingang van schooljaar 2025-2026 jaarlijks EUR 42.000 over aan
ROC Deltawerk. Betaling in twee termijnen (oktober en maart).

B8. Medezeggenschap
Aangehouden. MR Duinland College en studentenraad ROC Deltawerk worden eerst gehoord; voorstel
volgt in de vergadering van juni.

B9. Geschillen
Besloten: verschil van mening over de uitvoering van deze afspraken gaat eerst naar het
routeteam, dan naar het bestuurlijk overleg (binnen 3 weken). Geen oplossing binnen 6 weken:
voorleggen aan een onafhankelijke derde voor bindend advies; die wordt door beide bestuurders
samen aangewezen, bij geen overeenstemming door de voorzitter van de Zeeuwse onderwijstafel.

B10. Looptijd, opzegging, wijziging
Besloten: looptijd 4 schooljaren (tot 1 augustus 2029), daarna stilzwijgend telkens 1 jaar.
Opzeggen alleen per 1 augustus, schriftelijk, minimaal 12 maanden vooraf. Wijzigingen alleen via
een nieuw, door beide bestuurders ondertekend besluit van dit overleg, met ingang van een nieuw
schooljaar. Na opzegging geen nieuwe instroom; leerlingen die al in de route zitten ronden haar af
onder deze afspraken.

-----------------------------------------------------------------------------------------------
Actiepunten
A1. Melding route in RIO vóór 1 juni 2025 - Lous / Kodde
A2. Concept PTA/OER 2025-2026 naar bestuurlijk overleg - routeteam, vóór 15 juni 2025
A3. Overstapwerkwijze opnemen in schoolgids 2025-2026 - Lous

Vastgesteld en ondertekend, Zierikzee, 9 april 2025

J. Verhage                                      R. Boogaard
bestuurder Stichting CVO Schouwen-Duiveland     lid college van bestuur Stichting ROC Deltawerk
"""


# --------------------------------------------------------------------------------------------
# h92  routeplan per leerjaar with the arrangements woven in (PDF)
# --------------------------------------------------------------------------------------------
@sample("h92", "h92_routeplan_per_leerjaar_westerwolde", "pdf",
        "Routeplan per leerjaar dat tevens de overeenkomst is, afspraken verweven in de leerjaren; PDF; "
        "Westerwolde, Zorg en welzijn bb naar Helpende zorg en welzijn niveau 2; routeteam zonder regel voor "
        "aanwijzing (uitgesteld); geschilbeslechting alleen in de considerans; expliciet geen overdracht.",
        {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "missing", "j": "present"},
        {"a": "1. Welke route",
         "b": "Het werkveld in de route",
         "d": "3. Verslag aan de besturen",
         "e": "Docenten, ruimten en materialen",
         "f": "Een andere weg naar een diploma",
         "g": "Wie betaalt wat",
         "h": "Inspraak via de routecommissie",
         "j": "Looptijd, nieuwe deelnemers, aanpassing en beëindiging"})
def h92():
    B = [
        ("title", "Routeplan Zorg en welzijn Westerwolde 2025-2029"),
        ("sub", "doorlopende leerroute vmbo basisberoepsgerichte leerweg – mbo Helpende zorg en welzijn "
                "(niveau 2)\ntevens samenwerkingsovereenkomst tussen de ondergetekenden"),
        ("h", "Ondergetekenden"),
        ("p", "Stichting Voortgezet Onderwijs Westerwolde-Kanaalstreek te Vlagtwedde, bevoegd gezag van het "
              "Ter Apelerveen College, vertegenwoordigd door de heer H. (Harm) Mulder, voorzitter van het "
              "college van bestuur, en Stichting ROC Hunze & Eems te Winschoten, vertegenwoordigd door "
              "mevrouw dr. G.A. (Gerda) Smid-Tuin, voorzitter van het college van bestuur."),
        ("h", "Overwegingen"),
        ("p", "Overwegende dat het aantal jongeren in Westerwolde afneemt en de reisafstand naar het mbo "
              "groot is; dat de zorg- en welzijnsorganisaties in de regio om goed opgeleide helpenden "
              "vragen; dat een doorlopende route leerlingen sneller en met minder uitval naar een diploma "
              "brengt; en dat partijen eventuele meningsverschillen over de uitvoering van deze afspraken "
              "in goede harmonie zullen oplossen;"),
        ("p", "leggen ondergetekenden in dit routeplan vast hoe de route leerjaar voor leerjaar verloopt en "
              "welke afspraken daarbij gelden. Dit routeplan geldt als samenwerkingsovereenkomst in de zin "
              "van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB."),
        ("h", "1. Welke route"),
        ("p", "De route verbindt het profiel Zorg en welzijn in de basisberoepsgerichte leerweg van het Ter "
              "Apelerveen College met de basisberoepsopleiding Helpende zorg en welzijn, niveau 2, in het "
              "opleidingsdomein Zorg en welzijn, beroepsopleidende leerweg, van ROC Hunze & Eems. De route "
              "telt vier routejaren: vmbo-leerjaar 3 en 4 en twee mbo-jaren. De eerste groep van maximaal "
              "zestien leerlingen begint op 1 augustus 2025."),
        ("h", "2. Wie de route draagt"),
        ("p", "De route wordt gedragen door een routeteam, bestaande uit de teamleider Zorg van het Ter "
              "Apelerveen College, de opleidingsmanager Zorg en Welzijn van ROC Hunze & Eems en een "
              "stagecoördinator. Het routeteam bewaakt de uitvoering van dit routeplan, stelt het rooster "
              "op, beslist over de toelating van leerlingen en over de plaatsing in stages, en regelt de "
              "overstap van leerlingen die de route verlaten. Besluiten die geld of personeel van een van de "
              "partijen binden, legt het routeteam voor aan de besturen. Welke partij de stagecoördinator "
              "levert en op welke wijze de leden van het routeteam worden aangewezen, wordt in de loop van "
              "het eerste routejaar bepaald."),
        ("h", "3. Verslag aan de besturen"),
        ("p", "Het routeteam stuurt beide colleges van bestuur in januari een tussenrapportage en na afloop "
              "van elk schooljaar, uiterlijk 15 september, een jaarverslag over instroom, uitval, "
              "overstappen, examenresultaten en stages. Beide stukken worden besproken in het bestuurlijk "
              "overleg dat twee keer per jaar (februari en oktober) plaatsvindt; daar legt het routeteam "
              "verantwoording af en beantwoordt het de vragen van de besturen."),
        ("h", "4. Leerjaar voor leerjaar"),
        ("h2", "Routejaar 1 (vmbo-leerjaar 3)"),
        ("p", "De leerlingen staan ingeschreven bij het Ter Apelerveen College en krijgen les in het gebouw "
              "aan de Runde in Ter Apel. Op woensdagochtend zijn zij in het zorgleerhuis van ROC Hunze & Eems "
              "in Stadskanaal, waar zij onder leiding van een docent-verpleegkundige van het ROC oefenen met "
              "verzorgen, tillen en hygiëne. Het ROC zet daarvoor drie lesuren per week in. In de tweede helft "
              "van het jaar lopen de leerlingen vier meeloopdagen bij een zorg- of welzijnsorganisatie uit de "
              "werkveldgroep (zie hieronder)."),
        ("p", "Wie in dit jaar merkt dat zorg niet bij hem past, kan na de kerstvakantie of aan het eind van "
              "het jaar overstappen naar een ander profiel van de basisberoepsgerichte leerweg op het Ter "
              "Apelerveen College en daar het vmbo-diploma halen."),
        ("h2", "Routejaar 2 (vmbo-leerjaar 4)"),
        ("p", "De leerlingen ronden de profielvakken af en leggen het centraal examen af. Tegelijk starten "
              "zij met de eerste mbo-werkprocessen (ondersteunen bij dagelijkse activiteiten), die zij in "
              "het zorgleerhuis oefenen en in een oriënterende stage van twee weken in de praktijk brengen. "
              "Twee docenten van het Ter Apelerveen College (Nederlands en Zorg en welzijn) geven samen met "
              "de ROC-docent het vak burgerschap in zorg; partijen maken hierbij gebruik van de "
              "teambevoegdheid, met voor ieder onderdeel ten minste één bevoegde docent."),
        ("h2", "Routejaar 3 (mbo-jaar 1)"),
        ("p", "Vanaf dit jaar staan de jongeren als student ingeschreven bij ROC Hunze & Eems en volgen zij "
              "het onderwijs op de ROC-locatie in Stadskanaal. Zij lopen twaalf weken beroepspraktijkvorming "
              "bij een erkend leerbedrijf. Leerlingen die het vmbo-examen het jaar ervoor nog niet hebben "
              "gehaald, krijgen in dit jaar een herkansing; het Ter Apelerveen College blijft daarvoor "
              "verantwoordelijk en een vmbo-docent begeleidt hen twee uur per week op de ROC-locatie."),
        ("h2", "Routejaar 4 (mbo-jaar 2)"),
        ("p", "Twintig weken beroepspraktijkvorming, twee keuzedelen (Ouderenzorg en Kinderopvang verdiept) "
              "en de examens in de beroepspraktijk. De praktijkopleiders van de leerbedrijven beoordelen de "
              "praktijkexamens samen met de examinator van het ROC. Aan het eind van dit jaar volgt "
              "diplomering voor Helpende zorg en welzijn."),
        ("table", [["Routejaar", "Inschrijving", "Locatie", "Examen", "Praktijk"],
                   ["1", "Ter Apelerveen College", "Ter Apel + woensdag Stadskanaal", "schoolexamens vmbo", "4 meeloopdagen"],
                   ["2", "Ter Apelerveen College", "Ter Apel + woensdag Stadskanaal", "centraal examen vmbo", "2 weken oriënterende stage"],
                   ["3", "ROC Hunze & Eems", "Stadskanaal", "mbo-examens; evt. herkansing vmbo", "12 weken bpv"],
                   ["4", "ROC Hunze & Eems", "Stadskanaal", "mbo-examens, diplomering", "20 weken bpv"]],
         [0.1, 0.22, 0.26, 0.24, 0.18], True),
        ("h", "5. Afspraken die voor alle routejaren gelden"),
        ("h2", "Docenten, ruimten en materialen"),
        ("p", "De docenten van beide partijen vormen samen één docententeam; zij blijven in dienst van "
              "hun eigen werkgever. Het ROC levert in routejaar 1 en 2 drie lesuren per week aan "
              "docent-verpleegkundige; het Ter Apelerveen College levert in routejaar 3 twee lesuren per "
              "week aan vmbo-begeleiding. Het zorgleerhuis, de tilliften en het oefenmateriaal van het ROC "
              "zijn beschikbaar voor de leerlingen van de school; de school stelt haar praktijklokaal "
              "verzorging open voor gezamenlijke docentendagen. Het programma en de toetsing per leerjaar "
              "worden vastgelegd in het gezamenlijke PTA/OER dat beide besturen elk jaar vóór 1 juli vaststellen."),
        ("h2", "Het werkveld in de route"),
        ("p", "De werkveldgroep Zorg Westerwolde – Zorggroep Westerwolde, Thuiszorg Kanaalstreek, "
              "Kinderopvang 't Kwetternest en woonzorgcentrum De Vlasakker – komt twee keer per jaar met het "
              "routeteam bijeen en adviseert over de inhoud van het programma en de keuzedelen. Deze "
              "organisaties bieden de meeloopdagen en oriënterende stages in de vmbo-jaren en de "
              "bpv-plaatsen in de mbo-jaren aan, en hun praktijkopleiders beoordelen de praktijkexamens mee."),
        ("h2", "Een andere weg naar een diploma"),
        ("p", "Een leerling die de route verlaat, wordt naar een diploma begeleid. Naast de mogelijkheden die "
              "hierboven per routejaar zijn genoemd, geldt: wie aan het eind van routejaar 3 geen "
              "vmbo-diploma heeft, kan bij het ROC doorgaan in Helpende zorg en welzijn of in een andere "
              "opleiding op niveau 2 zonder dat vooropleidingseisen worden gesteld; wie een andere richting "
              "wil, kan naar een andere niveau-2-opleiding van het ROC of, na een geschiktheidsonderzoek, "
              "van een andere instelling. De teamleider Zorg en de opleidingsmanager beslissen samen, na "
              "overleg met de leerling en zijn ouders, en kijken daarbij naar het niveau dat de leerling "
              "heeft bereikt en naar zijn leeftijd. De schoolgids beschrijft deze werkwijze."),
        ("h2", "Wie betaalt wat"),
        ("p", "Er wordt geen bekostiging van de ene partij naar de andere overgedragen. Iedere partij draagt "
              "haar eigen kosten; het gebruik van het zorgleerhuis en van het praktijklokaal wordt niet "
              "doorberekend."),
        ("h2", "Inspraak via de routecommissie"),
        ("p", "De medezeggenschapsraad van het Ter Apelerveen College en de studentenraad van ROC Hunze & Eems "
              "vaardigen elk twee leden af naar een routecommissie. Die commissie bespreekt elk jaar het "
              "jaarverslag van het routeteam, kan de besturen gevraagd en ongevraagd adviseren, en wordt "
              "om advies gevraagd voordat dit routeplan wordt gewijzigd of beëindigd."),
        ("h2", "Looptijd, nieuwe deelnemers, aanpassing en beëindiging"),
        ("p", "Dit routeplan geldt van 1 augustus 2025 tot 1 augustus 2029 en wordt daarna telkens voor "
              "vier jaar verlengd, tenzij een partij uiterlijk twaalf maanden voor het einde schriftelijk "
              "opzegt. Een andere vo-school uit de regio kan zich bij de route aansluiten als beide besturen "
              "schriftelijk instemmen en de school zich door ondertekening aan dit routeplan bindt; "
              "aansluiting gaat in op 1 augustus. Aanpassing van het routeplan gebeurt schriftelijk, door "
              "beide besturen, na advies van de routecommissie, en gaat in bij het begin van een schooljaar. "
              "Wordt de route beëindigd, dan stromen geen nieuwe leerlingen meer in en maken de leerlingen en "
              "studenten die al in de route zitten haar af; een aanpassing geldt niet ten nadele van hen."),
        ("sp",),
        ("p", "Aldus vastgesteld en ondertekend te Stadskanaal op 23 mei 2025."),
        ("sig", [["Stichting Voortgezet Onderwijs Westerwolde-Kanaalstreek", "", "H. Mulder",
                  "voorzitter college van bestuur"],
                 ["Stichting ROC Hunze & Eems", "", "G.A. Smid-Tuin", "voorzitter college van bestuur"]]),
    ]
    return B, {"header": "Routeplan Zorg en welzijn Westerwolde 2025-2029"}


# --------------------------------------------------------------------------------------------
# h93  Word table "Artikel | Tekst" (DOCX)
# --------------------------------------------------------------------------------------------
@sample("h93", "h93_artikeltabel_word_salland", "docx",
        "Overeenkomst als Word-tabel met kolommen Artikel en Tekst, zakelijk-juridisch met jargon "
        "(mandaat, trimesterrapportage, NAI-arbitrage); DOCX; Salland, Bouwen, wonen en interieur kb naar "
        "Allround timmerman niveau 3; volledig, overdracht in twee richtingen met bedragen en bestemming, "
        "gezamenlijke vergadering van leerlingengeleding en studentenraad.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Artikel 2 – Route",
         "b": "Artikel 3 – Bouwbedrijven",
         "c": "Artikel 4 – Regiegroep",
         "d": "Artikel 5 – Informatie en verantwoording",
         "e": "Artikel 7 – Docenten, werkplaatsen en locatie",
         "f": "Artikel 8 – Overstapvoorziening",
         "g": "Artikel 9 – Over te dragen middelen",
         "h": "Artikel 10 – Medezeggenschap",
         "i": "Artikel 11 – Geschillen",
         "j": "Artikel 12 – Toetreding, wijziging en einde"})
def h93():
    rows = [["Artikel", "Tekst"],
        ["Artikel 1 – Begrippen",
         "In deze overeenkomst betekent: route: de doorlopende leerroute vmbo-mbo van artikel 2; regiegroep: "
         "het orgaan van artikel 4; routeboek: het gezamenlijke PTA/OER waarin het onderwijsprogramma, de "
         "examinering en de beroepspraktijkvorming per leerjaar zijn beschreven; bestuurders: de colleges van "
         "bestuur van partijen."],
        ["Artikel 2 – Route",
         "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo van het profiel Bouwen, wonen en "
         "interieur (kaderberoepsgerichte leerweg) van het Reggedal Vakcollege naar de vakopleiding Allround "
         "timmerman, niveau 3, opleidingsdomein Bouw en infra, van ROC Sallandstroom. De route omvat vijf "
         "routejaren; de mbo-fase wordt in de BOL aangeboden, met de mogelijkheid om vanaf routejaar 4 in de "
         "BBL verder te gaan bij een leerbedrijf als bedoeld in artikel 3. Partijen melden de route "
         "gezamenlijk in RIO."],
        ["Artikel 3 – Bouwbedrijven",
         "3.1 Timmerbedrijf Ter Horst (Nijverdal), Bouwbedrijf Wessels & Zn. (Hellendoorn), Houtbouw Salland "
         "B.V. (Raalte) en de afdeling Salland van Bouwend Nederland nemen deel aan de bouwtafel, die twee "
         "keer per schooljaar bijeenkomt en de regiegroep adviseert over het routeboek en de keuzedelen.\n"
         "3.2 De deelnemende bedrijven leveren per cohort één levensechte bouwopdracht (in 2025-2026: de "
         "bouw van een tiny house voor de gemeente Hellendoorn), stellen leer- en BBL-plaatsen beschikbaar en "
         "wijzen praktijkopleiders aan die de proeven van bekwaamheid mede beoordelen.\n"
         "3.3 Het ROC draagt met SBB zorg voor de erkenning van nieuwe leerbedrijven."],
        ["Artikel 4 – Regiegroep",
         "4.1 De regiegroep bestaat uit de sectordirecteur Techniek van het Reggedal Vakcollege, de teamleider "
         "Bouw van ROC Sallandstroom en de routeregisseur. Een vertegenwoordiger van de bouwtafel woont de "
         "vergaderingen bij zonder stemrecht.\n"
         "4.2 De leden worden bij gezamenlijk schriftelijk besluit van de bestuurders benoemd voor een termijn "
         "van vier jaar en kunnen door hen worden ontslagen. De routeregisseur wordt benoemd na een "
         "gezamenlijke selectieprocedure.\n"
         "4.3 De regiegroep is gemandateerd tot: vaststelling van het jaarrooster; toelating van leerlingen "
         "tot de route; inzet van de docenten binnen de formatie die iedere bestuurder beschikbaar stelt; "
         "afspraken met leerbedrijven; coördinatie van overstappen (artikel 8). Voorbehouden aan de "
         "bestuurders blijven: vaststelling van het routeboek, benoeming en ontslag van personeel, en "
         "uitgaven boven € 15.000."],
        ["Artikel 5 – Informatie en verantwoording",
         "5.1 De regiegroep verstrekt de bestuurders na ieder trimester (december, april, juli) een "
         "voortgangsrapportage met de kengetallen instroom, doorstroom, uitval, overstap en examenresultaat.\n"
         "5.2 Vóór 1 oktober legt de regiegroep schriftelijk verantwoording af over het voorgaande schooljaar "
         "in een jaarverantwoording, die in een bestuurlijk gesprek met beide bestuurders wordt besproken en "
         "door hen wordt vastgesteld.\n"
         "5.3 Op verzoek van een bestuurder verstrekt de regiegroep binnen tien werkdagen alle gevraagde "
         "inlichtingen."],
        ["Artikel 6 – Programma en examinering",
         "Het routeboek bepaalt per leerjaar welke onderdelen vmbo, mbo of geïntegreerd zijn. Het centraal "
         "examen vmbo wordt in routejaar 2 afgenomen, met herkansingsmogelijkheid in routejaar 3. Het Reggedal "
         "Vakcollege is verantwoordelijk voor de vmbo-examinering, ROC Sallandstroom voor de mbo-examinering "
         "en de beroepspraktijkvorming. De bestuurders stellen het routeboek jaarlijks vóór 1 juli vast."],
        ["Artikel 7 – Docenten, werkplaatsen en locatie",
         "7.1 Routejaar 1 en 2 vinden plaats op het Reggedal Vakcollege, Sallandsestraat 40, Nijverdal, met "
         "een praktijkdag per week in de bouwhal van ROC Sallandstroom, Hanzeweg 9, Deventer; routejaar 3 tot "
         "en met 5 op de ROC-locatie en bij leerbedrijven.\n"
         "7.2 De docenten van beide partijen vormen één docententeam; van de teambevoegdheid wordt gebruik "
         "gemaakt voor de praktijkvakken en het vak bouwkunde, met per programmaonderdeel ten minste één "
         "bevoegde docent. ROC Sallandstroom zet in de vo-fase 0,6 fte timmerdocent in; het Reggedal "
         "Vakcollege zet in de mbo-fase 4 lesuren per week van zijn docent BWI in. Het werkgeverschap "
         "blijft ongewijzigd. Jaarlijks volgen de docenten twee gezamenlijke scholingsdagen.\n"
         "7.3 De houtwerkplaats van de school en de bouwhal met CNC-machine, het BIM-lokaal en de "
         "softwarelicenties van het ROC staan ter beschikking van alle leerlingen en studenten van de route. "
         "Iedere partij draagt zorg voor de veiligheid (VCA-instructie) in haar eigen ruimten."],
        ["Artikel 8 – Overstapvoorziening",
         "8.1 Beëindigt een leerling of student de deelname aan de route voordat hij haar met succes heeft "
         "afgerond, dan stellen partijen hem in staat een vmbo-diploma of een mbo-diploma te behalen dat past "
         "bij het bereikte onderwijsniveau en zijn leeftijd.\n"
         "8.2 Voorzien wordt in ten minste: (a) voortzetting in de reguliere kaderberoepsgerichte leerweg "
         "van het Reggedal Vakcollege bij vertrek in routejaar 1 of 2; (b) instroom in een opleiding niveau 2 "
         "of 3 van ROC Sallandstroom zonder vmbo-diploma, indien dat diploma aan het eind van routejaar 3 niet "
         "is behaald, waarbij de vooropleidingseisen buiten toepassing blijven; (c) overstap naar een "
         "opleiding van gelijk niveau in een ander domein, binnen het ROC of bij een andere instelling na "
         "geschiktheidsonderzoek.\n"
         "8.3 De sectordirecteur Techniek en de teamleider Bouw stellen het alternatief vast na overleg met "
         "de leerling en diens ouders en leggen hun gezamenlijk oordeel schriftelijk vast."],
        ["Artikel 9 – Over te dragen middelen",
         "9.1 Het Reggedal Vakcollege draagt per leerling in routejaar 1 en 2 € 600 per schooljaar over aan "
         "ROC Sallandstroom, te besteden aan het gebruik van de bouwhal, het verbruiksmateriaal hout en de "
         "inzet van de timmerdocent (artikel 7.2).\n"
         "9.2 ROC Sallandstroom draagt voor iedere student die in routejaar 3 nog het vmbo-examen moet "
         "herkansen € 400 over aan het Reggedal Vakcollege, te besteden aan de vmbo-begeleiding en "
         "examenafname.\n"
         "9.3 Verrekening vindt jaarlijks op 1 december plaats op basis van de telling per 1 oktober."],
        ["Artikel 10 – Medezeggenschap",
         "In aanvulling op het wettelijke regime komen de leerlingengeleding van de medezeggenschapsraad van "
         "het Reggedal Vakcollege en de studentenraad van ROC Sallandstroom eenmaal per jaar gezamenlijk "
         "bijeen over de route. Hun gezamenlijke advies gaat naar de regiegroep en de bestuurders. Een besluit "
         "over de route waarvoor een van beide raden advies- of instemmingsrecht heeft, wordt aan beide "
         "raden voorgelegd."],
        ["Artikel 11 – Geschillen",
         "11.1 Een geschil over de uitvoering van deze overeenkomst wordt eerst in de regiegroep besproken en "
         "vervolgens, binnen vier weken, in een bestuurlijk gesprek van de bestuurders.\n"
         "11.2 Is het geschil daarna niet opgelost, dan wordt het beslecht door arbitrage overeenkomstig het "
         "Arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, met Zwolle als plaats "
         "van arbitrage. Nederlands recht is van toepassing."],
        ["Artikel 12 – Toetreding, wijziging en einde",
         "12.1 Een andere vo-school of instelling voor beroepsonderwijs kan partij worden indien de "
         "bestuurders daarmee schriftelijk instemmen, de toetreder een toetredingsakte tekent en de route bij "
         "haar kan worden verzorgd zonder dat het programma voor zittende leerlingen verandert. Toetreding "
         "geschiedt per 1 augustus.\n"
         "12.2 Wijziging van deze overeenkomst geschiedt bij schriftelijke, door beide bestuurders getekende "
         "akte, na advies van de regiegroep, en treedt in werking bij de aanvang van een schooljaar.\n"
         "12.3 De overeenkomst is aangegaan voor onbepaalde tijd en kan door iedere partij worden opgezegd "
         "tegen 1 augustus met een opzegtermijn van vijftien maanden. Ontbinding wegens tekortkoming is "
         "slechts mogelijk na schriftelijke ingebrekestelling en het doorlopen van artikel 11.\n"
         "12.4 Bij opzegging, ontbinding of wijziging worden de gevolgen voor leerlingen en studenten zoveel "
         "mogelijk beperkt: er vindt na de opzegging geen instroom meer plaats, de zittende cohorten "
         "voltooien de route volgens het routeboek dat bij hun start gold (afbouwregeling), en artikel 8 "
         "blijft van toepassing tot de laatste student de route heeft verlaten."],
        ["Artikel 13 – Slot",
         "Deze overeenkomst treedt in werking op 1 augustus 2025. Zij is in tweevoud opgemaakt."],
    ]
    B = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Bouw Salland"),
        ("p", "De ondergetekenden:"),
        ("p", "1. Stichting Sallandse Scholengroep, statutair gevestigd te Nijverdal, bevoegd gezag van het "
              "Reggedal Vakcollege, rechtsgeldig vertegenwoordigd door de heer drs. T.H. (Thijs) Leferink, "
              "voorzitter van het college van bestuur;"),
        ("p", "2. Stichting ROC Sallandstroom, statutair gevestigd te Deventer, rechtsgeldig vertegenwoordigd "
              "door mevrouw ir. M.P. (Marieke) Hulshof, lid van het college van bestuur;"),
        ("p", "komen het volgende overeen."),
        ("table", rows, [0.27, 0.73], True),
        ("p", "Getekend te Deventer op 16 juni 2025."),
        ("sig", [["Stichting Sallandse Scholengroep", "", "T.H. Leferink"],
                 ["Stichting ROC Sallandstroom", "", "M.P. Hulshof"]]),
    ]
    return B, {"font_size": 10}


# --------------------------------------------------------------------------------------------
# h94  plain language for parents (MD)
# --------------------------------------------------------------------------------------------
@sample("h94", "h94_eenvoudige_taal_ouders_meierij", "md",
        "Overeenkomst in eenvoudige taal voor ouders en leerlingen met vraagkoppen; Markdown; Meierij, "
        "Dienstverlening en producten kb naar Sport- en bewegingsleider niveau 3; volledig, alle kernelementen "
        "in alledaagse woorden (de baas over de route, papier met handtekening, bemiddelaar, rechter).",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Welke opleiding is het?",
         "b": "Wat doen sportclubs en bedrijven?",
         "c": "Wie is de baas over de route?",
         "d": "Hoe weten de besturen hoe het gaat?",
         "e": "Waar en van wie krijgt uw kind les?",
         "f": "Wat als het niet lukt, of uw kind iets anders wil?",
         "g": "Gaat er geld van de ene school naar de andere?",
         "h": "Mogen leerlingen en ouders meepraten?",
         "i": "Wat als de scholen het niet met elkaar eens zijn?",
         "j": "Kunnen de afspraken veranderen of stoppen?"})
def h94():
    return """# Samen naar een sportdiploma

**Samenwerkingsovereenkomst doorlopende leerroute Sport en bewegen – Vakcollege Aa en Dommel en ROC Maasmeierij**

> Deze afspraken zijn in eenvoudige taal geschreven. Zo kunnen ook ouders en leerlingen lezen wat de scholen
> hebben afgesproken. Het is wel een echte overeenkomst: de besturen van beide scholen hebben hem ondertekend.
> Waar staat "uw kind", bedoelen we de leerling of student in de route.

## Wie maken deze afspraken?

- **Stichting Onderwijs Meierijstad** in Veghel. Dit is het bestuur van het Vakcollege Aa en Dommel (vmbo).
  Namens het bestuur tekent mevrouw Ria van den Heuvel, voorzitter van het college van bestuur.
- **Stichting ROC Maasmeierij** in 's-Hertogenbosch. Namens het bestuur tekent de heer Koen Verhoeven,
  lid van het college van bestuur.

In deze tekst noemen we ze "het vmbo" en "het ROC". Samen heten ze "de scholen".

## Welke opleiding is het?

Het gaat om één route van vijf jaar. Uw kind begint in het vmbo, in het profiel **Dienstverlening en
producten** van de kaderberoepsgerichte leerweg, met de sportkeuzevakken. Daarna gaat uw kind zonder
knip door naar de mbo-opleiding **Sport- en bewegingsleider, niveau 3**, in het opleidingsdomein **Sport en
bewegen** van het ROC (dagopleiding, BOL).

- Jaar 1 en 2 van de route: vmbo (leerjaar 3 en 4). Uw kind haalt hier ook het vmbo-diploma.
- Jaar 3, 4 en 5 van de route: mbo. Aan het eind haalt uw kind het mbo-diploma.

## Wat doen sportclubs en bedrijven?

Deze organisaties doen mee: Sportservice Meierijstad (van de gemeente), voetbalvereniging VV Erp,
zwembad De Molenwiel, Fitland Veghel en BSO Sportief in Schijndel. Zij:

- geven uw kind een stageplek: korte snuffelstages in jaar 1 en 2, echte stages in jaar 3 tot en met 5;
- bedenken elk jaar samen met de leraren opdrachten uit het echte werk, zoals het organiseren van de
  Koningsspelen voor basisscholen in Veghel;
- kijken mee bij de examens in de praktijk en geven mee een oordeel;
- praten één keer per jaar (in mei) met het routeteam over wat er beter kan in het lesprogramma.

## Wie is de baas over de route?

Het **routeteam** zorgt dat de route goed loopt. In het routeteam zitten drie mensen: de teamleider van de
bovenbouw van het vmbo, de teamleider Sport van het ROC en een routecoach die de groepen kent.

**Hoe komt iemand in het routeteam?** De twee besturen kiezen de leden samen en leggen dat op papier vast.
Een lid zit er drie jaar; daarna kunnen de besturen hem of haar opnieuw kiezen.

**Wat mag het routeteam beslissen?** Wie in de route mag beginnen, hoe het rooster eruitziet, welke leraar
welke les geeft, bij welk bedrijf of welke club uw kind stage loopt, en wat er gebeurt als uw kind wil
overstappen (zie verderop).

**Wat mag het routeteam niet zelf beslissen?** Leraren aannemen of ontslaan, het lesprogramma voor een
nieuw jaar vaststellen en uitgaven van meer dan 5.000 euro. Dat doen de besturen zelf.

## Hoe weten de besturen hoe het gaat?

Het routeteam schrijft elk jaar in oktober een verslag voor beide besturen. Daarin staat hoeveel leerlingen
zijn begonnen, gestopt of overgestapt, hoe de examens gingen en wat er mis ging. In maart stuurt het
routeteam een korte tussenstand. Twee keer per jaar (in november en in april) praten de besturen met het
routeteam. Het routeteam moet dan uitleggen wat het heeft gedaan en waarom. Gebeurt er iets ernstigs,
dan vertelt het routeteam dat de besturen meteen.

## Waar en van wie krijgt uw kind les?

- **Waar?** In jaar 1 en 2 op het vmbo in Veghel, met elke week een sportdag in de sporthal van het ROC
  in Veghel-Noord. In jaar 3 tot en met 5 op het ROC en bij de stageplekken.
- **Van wie?** De leraren van het vmbo en het ROC vormen samen één team. Een leraar van het vmbo mag ook
  mbo-lessen geven, en andersom. Dat mag omdat er voor elk vak altijd iemand in het team is die daarvoor
  bevoegd is. Het ROC stuurt in jaar 1 en 2 elke week een sportdocent naar het vmbo voor 6 lesuren.
  Het vmbo levert in jaar 3 een leraar Nederlands voor 2 lesuren per week op het ROC.
- **Met welke spullen?** Uw kind mag de sporthal, de fitnessruimte en de klimwand van het ROC gebruiken.
  Het vmbo stelt zijn gymzalen en het keuzevaklokaal beschikbaar voor lessen van het ROC.
- **Wat leert uw kind per jaar?** Dat staat in de **routegids** (het gezamenlijke PTA/OER). Daarin staat per
  jaar welke lessen en toetsen bij het vmbo horen en welke bij het mbo. De besturen stellen de routegids elk
  jaar vóór 1 juli vast.

## Wat als het niet lukt, of uw kind iets anders wil?

Uw kind moet altijd een diploma kunnen halen, ook als de route niet goed past. Dit zijn de mogelijkheden:

1. **Stoppen in jaar 1 of 2:** uw kind maakt het vmbo af in de gewone kaderberoepsgerichte leerweg,
   in hetzelfde of een ander profiel.
2. **Geen vmbo-diploma aan het eind van jaar 3:** uw kind mag op het ROC toch doorgaan, in deze opleiding of
   in een andere opleiding op niveau 2 of 3. Het ROC vraagt dan niet om het vmbo-diploma. Uw kind mag het
   vmbo-examen ook nog een keer doen.
3. **Toch geen sport:** uw kind kan naar een andere opleiding op hetzelfde niveau, bij het ROC of bij een
   andere school in de regio. Die andere school mag eerst onderzoeken of de opleiding bij uw kind past.

**Wie beslist?** De teamleider van het vmbo en de teamleider Sport van het ROC kiezen samen de beste
oplossing. Zij praten eerst met uw kind en met u. Ze kijken naar wat uw kind al heeft gehaald en naar de
leeftijd van uw kind. Wat ze afspreken, krijgt u op papier. De schoolgids legt dit ook uit.

## Gaat er geld van de ene school naar de andere?

Ja. Het vmbo betaalt het ROC elk jaar **500 euro per leerling** in jaar 1 en 2 van de route. Dat geld is
voor het gebruik van de sporthal en de fitnessruimte van het ROC en voor de sportdocent die het ROC naar
het vmbo stuurt. Andersom gaat er geen geld van het ROC naar het vmbo.

## Mogen leerlingen en ouders meepraten?

Ja. Voor de leerlingen in jaar 1 en 2 geldt de medezeggenschapsraad (MR) van het vmbo. Voor studenten in
jaar 3 tot en met 5 geldt de studentenraad van het ROC. Daarnaast hebben de scholen afgesproken:

- Twee leerlingen uit jaar 2 van de route mogen de vergaderingen van de studentenraad van het ROC bijwonen
  en daar meepraten over de route.
- De MR van het vmbo en de studentenraad van het ROC praten één keer per jaar samen over de route. Wat ze
  samen adviseren, moeten de besturen schriftelijk beantwoorden.

## Wat als de scholen het niet met elkaar eens zijn?

1. Eerst praat het routeteam erover.
2. Lukt dat niet, dan praten de besturen erover, binnen vier weken.
3. Lukt het de besturen binnen zes weken niet, dan vragen ze samen een bemiddelaar (mediator) om te helpen.
4. Helpt ook dat niet, dan mag elk bestuur de zaak voorleggen aan de rechter in 's-Hertogenbosch.

Uw kind merkt hier zo min mogelijk van: de lessen gaan gewoon door.

## Kunnen de afspraken veranderen of stoppen?

- **Een andere school wil meedoen.** Dat kan als beide besturen ja zeggen en de nieuwe school deze
  afspraken ondertekent. De nieuwe school doet pas mee vanaf het begin van een schooljaar.
- **Afspraken veranderen.** Dat gaat alleen op papier, met de handtekening van beide besturen, en pas vanaf
  een nieuw schooljaar.
- **Een school wil stoppen.** Dat moet de school minstens een jaar van tevoren schriftelijk laten weten.
  De route stopt dan op 1 augustus. Doet een school echt niet wat is afgesproken, dan mag de andere school
  de overeenkomst beëindigen, maar pas na een schriftelijke waarschuwing.
- **Wat betekent dat voor uw kind?** Als de route stopt, beginnen er geen nieuwe leerlingen meer. Uw kind
  mag de route gewoon afmaken. Een verandering mag uw kind nooit benadelen als het al in de route zit.

## Hoe lang gelden de afspraken?

Vanaf 1 augustus 2025, zonder einddatum.

## Handtekeningen

Veghel, 3 juli 2025

| Stichting Onderwijs Meierijstad | Stichting ROC Maasmeierij |
|---|---|
| Ria van den Heuvel, voorzitter college van bestuur | Koen Verhoeven, lid college van bestuur |
"""


# --------------------------------------------------------------------------------------------
# h95  AOC interne regeling (DOCX)
# --------------------------------------------------------------------------------------------
@sample("h95", "h95_interne_regeling_aoc_vechtdal", "docx",
        "Interne regeling van een AOC (één bevoegd gezag), besluitvorm met paragrafen en artikelen; DOCX; "
        "Vechtdal, Groen kb naar Vakbekwaam medewerker bloem, groen en styling niveau 3; verslaglegging met "
        "achtergebleven invulinstructie tussen haken; overstap binnen hetzelfde AOC afhankelijk gemaakt van "
        "vooropleidingseisen.",
        {"a": "present", "b": "present", "c": "present", "d": "weak", "e": "present",
         "f": "weak", "g": "present", "h": "not_applicable", "i": "not_applicable",
         "j": "not_applicable"},
        {"a": "Artikel 2. De route",
         "b": "Artikel 6. Werkveld",
         "c": "Artikel 3. Routeoverleg en routeleider",
         "e": "Artikel 5. Inrichting van het onderwijs",
         "g": "Artikel 8. Bekostiging"})
def h95():
    B = [
        ("title", "Interne regeling doorlopende leerroute Groen – Bloem, groen en styling"),
        ("sub", "Stichting Agrarisch Opleidingscentrum Vechtdal"),
        ("p", "Het college van bestuur van Stichting Agrarisch Opleidingscentrum Vechtdal (AOC Vechtdal), "
              "bevoegd gezag van zowel de vmbo-afdeling Groen te Ommen als de mbo-opleidingen te Dalfsen;"),
        ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, "
              "derde lid, van de Wet educatie en beroepsonderwijs, op grond waarvan een doorlopende leerroute "
              "die geheel binnen één rechtspersoon wordt verzorgd, bij interne regeling wordt geregeld;"),
        ("p", "gehoord de directeur onderwijs en de teamleiders van beide locaties;"),
        ("p", "besluit vast te stellen de volgende regeling."),
        ("h", "§ 1 Algemeen"),
        ("h2", "Artikel 1. Begripsbepalingen"),
        ("p", "In deze regeling wordt verstaan onder: college: het college van bestuur van AOC Vechtdal; "
              "route: de doorlopende leerroute van artikel 2; locatie Ommen: de vmbo-afdeling Groen, "
              "Hammerweg 3, Ommen; locatie Dalfsen: de mbo-locatie, Oosterdalfsenweg 20, Dalfsen; "
              "routeoverleg: het overleg van artikel 3."),
        ("h2", "Artikel 2. De route"),
        ("p", "1. AOC Vechtdal verzorgt een doorlopende leerroute van het profiel Groen, "
              "kaderberoepsgerichte leerweg, met de keuzevakken Bloemwerk en Vormgeven, naar de vakopleiding "
              "Vakbekwaam medewerker bloem, groen en styling, niveau 3, BOL, binnen het opleidingsdomein "
              "Voedsel, natuur en leefomgeving."),
        ("p", "2. De route omvat vijf routejaren. In routejaar 1 en 2 is de leerling ingeschreven bij de "
              "vmbo-afdeling; vanaf routejaar 3 als student bij de mbo-opleiding. Het vmbo-examen wordt in "
              "routejaar 2 afgelegd, met de mogelijkheid van afronding in routejaar 3."),
        ("p", "3. Het college meldt de route aan de minister via RIO."),
        ("h", "§ 2 Leiding en verantwoording"),
        ("h2", "Artikel 3. Routeoverleg en routeleider"),
        ("p", "1. De leiding over de route berust bij het routeoverleg, bestaande uit de routeleider, de "
              "teamleider vmbo Groen van locatie Ommen en de teamleider Bloem en styling van locatie Dalfsen."),
        ("p", "2. De routeleider wordt door het college benoemd voor een periode van drie jaar, na advies "
              "van de directeur onderwijs. De teamleiders maken ambtshalve deel uit van het routeoverleg."),
        ("p", "3. Het routeoverleg is belast met de dagelijkse uitvoering van de route, waaronder de "
              "toelating, de roostering, de inzet van docenten, de afstemming met het werkveld en de "
              "begeleiding van leerlingen die de route verlaten. Het college draagt hiertoe aan het "
              "routeoverleg de bevoegdheid op om te beslissen over toelating en roostering en om binnen de "
              "toegekende formatie docenten in te zetten; besluiten over het onderwijsprogramma en over "
              "personeel blijven aan het college voorbehouden."),
        ("h2", "Artikel 4. Verslaglegging"),
        ("p", "De routeleider brengt namens het routeoverleg verslag uit aan het college over de uitvoering "
              "van de route. [wijze en frequentie van de rapportage invullen]"),
        ("h", "§ 3 Onderwijs en werkveld"),
        ("h2", "Artikel 5. Inrichting van het onderwijs"),
        ("p", "1. Routejaar 1 en 2 worden verzorgd op locatie Ommen; de leerlingen zijn daarnaast één dag "
              "per week op locatie Dalfsen, in het binderijlokaal en de kassen. Routejaar 3 tot en met 5 "
              "worden verzorgd op locatie Dalfsen en bij leerbedrijven."),
        ("p", "2. De docenten van beide locaties vormen één routeteam. Van de teambevoegdheid wordt gebruik "
              "gemaakt voor de praktijkvakken bloemwerk, groen en styling, met voor ieder onderdeel ten minste "
              "één bevoegde docent. Twee docenten van locatie Dalfsen verzorgen wekelijks de praktijkdag "
              "voor de leerlingen van locatie Ommen; een docent Nederlands van locatie Ommen geeft in "
              "routejaar 3 de taallessen op locatie Dalfsen."),
        ("p", "3. Het binderijlokaal, de koelcel, de kassen en de winkelruimte van locatie Dalfsen, en het "
              "praktijklokaal groen van locatie Ommen, worden gezamenlijk gebruikt volgens het rooster van het "
              "routeoverleg."),
        ("p", "4. Het programma, de examinering en de beroepspraktijkvorming per leerjaar worden beschreven "
              "in het routedocument (PTA/OER), dat het college jaarlijks vóór 1 juli vaststelt."),
        ("h2", "Artikel 6. Werkveld"),
        ("p", "1. De werkveldraad Groen van AOC Vechtdal, waarin onder anderen Bloembinderij De Vechtstroom "
              "(Ommen), Tuincentrum Hulsman (Dalfsen), Florist Atelier Zwartewater (Hasselt) en de "
              "Bloemistenvereniging Vechtdal zitting hebben, bespreekt eenmaal per jaar het routedocument en "
              "adviseert het college over de keuzedelen."),
        ("p", "2. De genoemde bedrijven bieden de leerlingen snuffeldagen in routejaar 1 en 2 en "
              "bpv-plaatsen vanaf routejaar 3, leveren praktijkopdrachten (bruidswerk, rouwwerk, "
              "seizoensdecoratie) en leveren juryleden voor de proeve van bekwaamheid."),
        ("h", "§ 4 Overstap en bekostiging"),
        ("h2", "Artikel 7. Overstap"),
        ("p", "1. Een leerling die de route in routejaar 1 of 2 verlaat, zet zijn opleiding voort in de "
              "reguliere kaderberoepsgerichte leerweg van locatie Ommen, in het profiel Groen of een ander "
              "profiel, gericht op het vmbo-diploma."),
        ("p", "2. Een leerling die aan het eind van routejaar 3 het vmbo-diploma niet heeft behaald, dient "
              "eerst het vmbo-diploma te behalen. Toelating tot een mbo-opleiding van AOC Vechtdal, ook tot "
              "de opleiding van deze route, is pas mogelijk wanneer de leerling aan de vooropleidingseisen "
              "voldoet."),
        ("p", "3. Een student die in de mbo-fase van richting wil veranderen, kan overstappen naar een andere "
              "opleiding van AOC Vechtdal op niveau 2 of 3, mits hij aan de vooropleidingseisen van die "
              "opleiding voldoet."),
        ("p", "4. Over de overstap beslissen de teamleiders van beide locaties gezamenlijk, na een gesprek "
              "met de leerling en zijn ouders, met inachtneming van het bereikte onderwijsniveau en de leeftijd."),
        ("h2", "Artikel 8. Bekostiging"),
        ("p", "Omdat de route geheel binnen AOC Vechtdal wordt verzorgd, vindt geen overdracht van "
              "bekostiging plaats. De vo- en mbo-bekostiging voor de leerlingen en studenten van de route "
              "worden in de interne begroting aan de route toegerekend."),
        ("h", "§ 5 Slotbepalingen"),
        ("h2", "Artikel 9. Inwerkingtreding en citeertitel"),
        ("p", "1. Deze regeling treedt in werking op 1 augustus 2025."),
        ("p", "2. Zij wordt aangehaald als: Regeling DLR Bloem, groen en styling AOC Vechtdal."),
        ("sp",),
        ("p", "Aldus vastgesteld door het college van bestuur van Stichting Agrarisch Opleidingscentrum "
              "Vechtdal op 10 juni 2025."),
        ("p", "drs. B.J. (Bert) Nijland, voorzitter college van bestuur\nir. L. (Lotte) Schuurman-Kamphuis, "
              "lid college van bestuur"),
    ]
    return B, {}


# --------------------------------------------------------------------------------------------
# h96  geïntegreerde route, long formal agreement with chapters and annexes (PDF)
# --------------------------------------------------------------------------------------------
@sample("h96", "h96_geintegreerde_route_lang_maas_en_waal", "pdf",
        "Lange formele overeenkomst voor een geïntegreerde route vmbo-bb naar mbo-2 met hoofdstukken, "
        "considerans en drie bijlagen; PDF; Land van Maas en Waal, Produceren, installeren en energie bb naar "
        "Monteur elektrotechnische installaties in de gebouwde omgeving niveau 2; volledig, passende plek "
        "zonder automatische Entree, financiële uitwerking in bijlage, ouderraad en studentenraad.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Artikel 4 Profiel en kwalificatie",
         "b": "Artikel 17 Betrokkenheid van de installatiebranche",
         "c": "Artikel 8 Stuurgroep",
         "d": "Artikel 10 Informatieverstrekking en verantwoording",
         "e": "Hoofdstuk 4 Uitvoering",
         "f": "Artikel 18 Overstap uit de geïntegreerde route",
         "g": "Artikel 19 Overdracht van bekostiging",
         "h": "Artikel 20 Medezeggenschap",
         "i": "Artikel 21 Geschillenregeling",
         "j": "Hoofdstuk 10 Duur, toetreding, wijziging en beëindiging"})
def h96():
    S = "Stichting Openbaar Voortgezet Onderwijs Maas en Waal"
    R = "Stichting ROC Waalpoort"
    B = [
        ("title", "Samenwerkingsovereenkomst geïntegreerde route vmbo-basisberoepsopleiding"),
        ("sub", "Produceren, installeren en energie (bb) – Monteur elektrotechnische installaties in de "
                "gebouwde omgeving (niveau 2)"),
        ("sub", "Vakschool De Waalkant, Beneden-Leeuwen – ROC Waalpoort, Wijchen"),
        ("h", "De ondergetekenden"),
        ("num", "1. " + S + ", statutair gevestigd te West Maas en Waal, bevoegd gezag van Vakschool De "
                "Waalkant, school voor voorbereidend beroepsonderwijs, rechtsgeldig vertegenwoordigd door de heer drs. J.C. (Jan) "
                "van Kessel, voorzitter van het college van bestuur, hierna te noemen: de school;"),
        ("num", "2. " + R + ", statutair gevestigd te Wijchen, rechtsgeldig vertegenwoordigd door mevrouw "
                "mr. drs. H. (Hanneke) Peters, voorzitter van het college van bestuur, hierna te noemen: "
                "het ROC;"),
        ("p", "hierna gezamenlijk te noemen: partijen, en ieder afzonderlijk: partij."),
        ("h", "Overwegende dat"),
        ("li", "de school in de basisberoepsgerichte leerweg het profiel Produceren, installeren en energie "
               "aanbiedt en het ROC de opleiding Monteur elektrotechnische installaties in de gebouwde "
               "omgeving verzorgt;"),
        ("li", "een deel van de leerlingen van de basisberoepsgerichte leerweg het meest gebaat is bij een "
               "ononderbroken programma vanaf leerjaar 3 dat rechtstreeks leidt tot een mbo-diploma op "
               "niveau 2, zonder dat daarvoor eerst een vmbo-eindexamen wordt afgelegd;"),
        ("li", "de wet daartoe in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB de geïntegreerde route "
               "mogelijk maakt, op grond van een samenwerkingsovereenkomst die voldoet aan artikel 2.107b WVO "
               "2020;"),
        ("li", "de VO-raad en de MBO Raad hebben afgesproken dat een leerling die zich uit een geïntegreerde "
               "route terugtrekt altijd verzekerd is van een passende plek, en dat dit niet betekent dat hij "
               "automatisch naar de Entreeopleiding doorstroomt;"),
        ("li", "de regionale installatiebranche met een tekort aan monteurs kampt en zich bereid heeft "
               "verklaard aan de route bij te dragen;"),
        ("p", "verklaren te zijn overeengekomen als volgt."),
        ("h", "Hoofdstuk 1 Algemene bepalingen"),
        ("h2", "Artikel 1 Begrippen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("li", "geïntegreerde route: het geïntegreerde onderwijsprogramma vmbo-basisberoepsopleiding, "
               "bedoeld in artikel 2.107l WVO 2020, zoals beschreven in deze overeenkomst;"),
        ("li", "leerling: een deelnemer aan de geïntegreerde route die bij de school is ingeschreven;"),
        ("li", "student: een deelnemer aan de geïntegreerde route die bij het ROC is ingeschreven;"),
        ("li", "routejaar: een leerjaar van de geïntegreerde route, te tellen vanaf leerjaar 3 van het vmbo;"),
        ("li", "stuurgroep: de stuurgroep, bedoeld in artikel 8;"),
        ("li", "routecoördinator: de functionaris, bedoeld in artikel 9;"),
        ("li", "routeprogramma: de gezamenlijke beschrijving van het onderwijsprogramma, de examinering en "
               "de beroepspraktijkvorming per routejaar (PTA/OER);"),
        ("li", "besturen: de colleges van bestuur van de school en van het ROC."),
        ("h2", "Artikel 2 Onderwerp en doel"),
        ("p", "2.1 Partijen verzorgen gezamenlijk de geïntegreerde route, zoals nader bepaald in hoofdstuk 2 "
              "en bijlage 1."),
        ("p", "2.2 Doel van de samenwerking is dat leerlingen zonder onnodige overgangen, in een voor hen "
              "herkenbare leeromgeving, een mbo-diploma op niveau 2 behalen en daarmee een startkwalificatie."),
        ("h2", "Artikel 3 Doelgroep en plaatsing"),
        ("p", "3.1 De geïntegreerde route staat open voor leerlingen van de basisberoepsgerichte leerweg van "
              "de school die naar het oordeel van de school het meest gebaat zijn bij dit programma."),
        ("p", "3.2 Over plaatsing beslist de school in overleg met de leerling en zijn ouders en na overleg "
              "met het ROC; het advies van de mentor en van de routecoördinator wordt daarbij betrokken. De "
              "plaatsing vindt plaats aan het eind van leerjaar 2."),
        ("h", "Hoofdstuk 2 De route"),
        ("h2", "Artikel 4 Profiel en kwalificatie"),
        ("p", "4.1 De geïntegreerde route verbindt het profiel Produceren, installeren en energie van de "
              "basisberoepsgerichte leerweg van de school met de basisberoepsopleiding Monteur "
              "elektrotechnische installaties in de gebouwde omgeving, niveau 2, in het opleidingsdomein "
              "Installatie- en energietechniek, van het ROC, in de beroepsopleidende leerweg."),
        ("p", "4.2 Binnen de route worden de keuzedelen Domotica en Zonne-energie aangeboden. Uitbreiding met "
              "een andere kwalificatie van niveau 2 in hetzelfde domein geschiedt uitsluitend door wijziging "
              "van deze overeenkomst."),
        ("h2", "Artikel 5 Routeprogramma en examinering"),
        ("p", "5.1 Partijen beschrijven het routeprogramma voor de gehele route en geven daarin per routejaar "
              "aan welke onderdelen tot het vmbo-programma, welke tot het mbo-programma en welke tot beide "
              "behoren. Bijlage 1 bevat het routeschema dat aan het routeprogramma ten grondslag ligt."),
        ("p", "5.2 De school neemt geen eindexamen basisberoepsgerichte leerweg af aan leerlingen die de "
              "route volgen, tenzij toepassing wordt gegeven aan artikel 18.4. Het ROC is verantwoordelijk voor "
              "de examinering en diplomering van de mbo-opleiding; examinering van mbo-onderdelen is mogelijk "
              "vanaf routejaar 1."),
        ("p", "5.3 Het routeprogramma wordt jaarlijks vóór 1 juni door beide besturen vastgesteld, na "
              "voorbereiding door de stuurgroep."),
        ("h2", "Artikel 6 Inschrijving en verantwoordelijkheden"),
        ("p", "6.1 In routejaar 1 en 2 is de deelnemer als leerling bij de school ingeschreven; vanaf "
              "routejaar 3 als student bij het ROC."),
        ("p", "6.2 De school is verantwoordelijk voor het onderwijs, de begeleiding en het verzuimbeleid in "
              "de fase waarin de deelnemer bij haar is ingeschreven; het ROC voor de fase daarna en voor de "
              "beroepspraktijkvorming gedurende de gehele route."),
        ("h2", "Artikel 7 Onderwijstijd"),
        ("p", "Partijen richten de route zo in dat de wettelijke normen voor onderwijstijd en begeleide "
              "onderwijsuren over de gehele route worden gehaald. De onderwijstijd per routejaar is opgenomen "
              "in bijlage 1."),
        ("h", "Hoofdstuk 3 Leiding en verantwoording"),
        ("h2", "Artikel 8 Stuurgroep"),
        ("p", "8.1 De leiding over de geïntegreerde route berust bij een stuurgroep, die bestaat uit:"),
        ("li", "de locatiedirecteur van Vakschool De Waalkant;"),
        ("li", "de directeur van het Techniekcollege van het ROC;"),
        ("li", "de routecoördinator, als secretaris, zonder stemrecht."),
        ("p", "8.2 De locatiedirecteur en de directeur Techniekcollege worden in de stuurgroep benoemd door "
              "het bestuur dat hen in dienst heeft; ieder bestuur kan een plaatsvervanger aanwijzen. De "
              "benoeming wordt schriftelijk aan het andere bestuur meegedeeld."),
        ("p", "8.3 De besturen dragen de stuurgroep op:"),
        ("li", "het voorbereiden van het routeprogramma en van de jaarbegroting van de route;"),
        ("li", "het bewaken van de kwaliteit van het onderwijs en de examinering;"),
        ("li", "het besluiten over de inzet van docenten uit beide organisaties binnen de formatie die de "
               "besturen daartoe beschikbaar stellen;"),
        ("li", "het aangaan van afspraken met leerbedrijven en brancheorganisaties;"),
        ("li", "het besluiten over overstappen, bedoeld in artikel 18, voor zover niet gedelegeerd aan de "
               "routecoördinator."),
        ("p", "8.4 De stuurgroep besluit bij unanimiteit van de stemgerechtigde leden. De stuurgroep is niet "
              "bevoegd partijen jegens derden te binden, arbeidsovereenkomsten aan te gaan of te beëindigen, "
              "of uitgaven te doen die niet in de vastgestelde jaarbegroting zijn voorzien."),
        ("h2", "Artikel 9 Routecoördinator"),
        ("p", "9.1 De routecoördinator wordt door de besturen gezamenlijk benoemd, op voordracht van de "
              "stuurgroep, voor een periode van twee schooljaren, die telkens kan worden verlengd."),
        ("p", "9.2 De routecoördinator is belast met de dagelijkse organisatie van de route, het rooster, het "
              "contact met leerlingen, ouders en leerbedrijven en de voorbereiding van overstapgesprekken. "
              "De stuurgroep kan de beslissing over een overstap in routejaar 1 aan de routecoördinator "
              "delegeren."),
        ("h2", "Artikel 10 Informatieverstrekking en verantwoording"),
        ("p", "10.1 De stuurgroep verstrekt beide besturen elk kwartaal een beknopte voortgangsrapportage over "
              "de deelname, het verzuim, de resultaten, de overstappen en de uitputting van de begroting."),
        ("p", "10.2 Jaarlijks vóór 1 november brengt de stuurgroep aan beide besturen een jaarverslag uit "
              "over het afgelopen schooljaar, met een evaluatie van het routeprogramma en een voorstel voor "
              "verbeteringen. De besturen bespreken het jaarverslag met de stuurgroep in het bestuurlijk "
              "overleg van november en stellen het vast; de stuurgroep legt daarbij verantwoording af over het "
              "gevoerde beleid."),
        ("p", "10.3 Ieder bestuur kan de stuurgroep te allen tijde om aanvullende inlichtingen verzoeken. "
              "De stuurgroep verstrekt die binnen tien werkdagen aan beide besturen."),
        ("h", "Hoofdstuk 4 Uitvoering"),
        ("h2", "Artikel 11 Locaties"),
        ("p", "Routejaar 1 en 2 worden verzorgd in het gebouw van Vakschool De Waalkant, Van Heemstraweg 62, "
              "Beneden-Leeuwen, met twee dagen per week in het Installatieplein van het ROC, Noord-Zuid 12, "
              "Wijchen. Routejaar 3 en 4 worden verzorgd in het Installatieplein en bij de leerbedrijven."),
        ("h2", "Artikel 12 Personeel en teambevoegdheid"),
        ("p", "12.1 Het onderwijs wordt verzorgd door één routeteam van docenten van beide partijen. Partijen "
              "maken gebruik van de mogelijkheid van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB om teams in "
              "te zetten voor de vakoverstijgende onderdelen installatietechniek, elektrotechniek en "
              "werkplaatspraktijk; ieder teamlid is verantwoordelijk voor het onderdeel waarvoor hij bevoegd "
              "of bekwaam is, en het team dekt gezamenlijk alle onderdelen."),
        ("p", "12.2 Het ROC zet in routejaar 1 en 2 gemiddeld 0,8 fte praktijkdocent elektrotechniek in; "
              "de school zet in routejaar 3 gemiddeld 0,2 fte docent Nederlands en rekenen in op de locatie "
              "Wijchen. Docenten blijven in dienst van hun eigen werkgever; de werkgever draagt zorg voor de "
              "inwerking van docenten van de andere partij in de eigen veiligheidsvoorschriften."),
        ("p", "12.3 Partijen organiseren jaarlijks ten minste drie gezamenlijke teamdagen voor het routeteam."),
        ("h2", "Artikel 13 Faciliteiten"),
        ("p", "13.1 Het ROC stelt het Installatieplein met de oefenwanden, meetapparatuur, de "
              "zonnepanelenopstelling en de bijbehorende gereedschappen ter beschikking voor alle routejaren."),
        ("p", "13.2 De school stelt haar praktijklokaal PIE, de theorielokalen en de ICT-voorzieningen ter "
              "beschikking voor lessen die docenten van het ROC op de locatie Beneden-Leeuwen verzorgen."),
        ("p", "13.3 Iedere partij blijft verantwoordelijk voor het onderhoud en de verzekering van haar eigen "
              "voorzieningen."),
        ("h2", "Artikel 14 Klachten"),
        ("p", "Een klacht over een gedraging van een medewerker of bestuurder van de ene partij die bij de "
              "andere partij wordt ingediend, wordt behandeld volgens de klachtenregeling van de ontvangende "
              "partij; de andere partij verleent medewerking. De voorzitter van de klachtencommissie is niet "
              "werkzaam voor het bestuur waarop de klacht betrekking heeft."),
        ("h2", "Artikel 15 Gegevensuitwisseling"),
        ("p", "Partijen wisselen de persoonsgegevens van leerlingen en studenten uit die nodig zijn voor "
              "begeleiding, overstap en examinering, met inachtneming van de AVG. Zij sluiten daartoe een "
              "gegevensdelingsovereenkomst."),
        ("h2", "Artikel 16 Begeleiding"),
        ("p", "Iedere leerling heeft gedurende de gehele route één vaste coach uit het routeteam. Extra "
              "ondersteuning wordt geboden volgens het schoolondersteuningsprofiel van de school respectievelijk "
              "het ondersteuningsbeleid van het ROC; bij de overgang naar het ROC vindt een warme overdracht "
              "plaats."),
        ("h", "Hoofdstuk 5 Werkveld"),
        ("h2", "Artikel 17 Betrokkenheid van de installatiebranche"),
        ("p", "17.1 De installatiebedrijven genoemd in bijlage 3 en de regioafdeling van Techniek Nederland "
              "vormen samen met de stuurgroep de praktijkraad Installatietechniek Maas en Waal. De "
              "praktijkraad komt ten minste twee keer per jaar bijeen en adviseert over het routeprogramma, "
              "de keuzedelen en de aansluiting op de arbeidsmarkt."),
        ("p", "17.2 De bedrijven verzorgen bedrijfsbezoeken en gastlessen in routejaar 1 en 2, bieden "
              "bpv-plaatsen in routejaar 2 tot en met 4 en stellen praktijkopleiders beschikbaar die "
              "meewerken aan de beoordeling van de praktijkexamens."),
        ("p", "17.3 Het ROC zorgt samen met SBB voor de erkenning en begeleiding van de leerbedrijven."),
        ("h", "Hoofdstuk 6 Overstap"),
        ("h2", "Artikel 18 Overstap uit de geïntegreerde route"),
        ("p", "18.1 Een leerling of student die zich uit de geïntegreerde route terugtrekt of wiens deelname "
              "wordt beëindigd voordat hij de route met succes heeft afgerond, krijgt altijd een passende plek "
              "in het onderwijs die hem in staat stelt een diploma te behalen. Dat leidt niet automatisch tot "
              "plaatsing in de Entreeopleiding."),
        ("p", "18.2 Afhankelijk van het moment van vertrek staan ten minste de volgende mogelijkheden open:"),
        ("li", "in routejaar 1 of 2: voortzetting in een ander profiel of in de reguliere route van de "
               "basisberoepsgerichte leerweg van de school, gericht op het vmbo-diploma;"),
        ("li", "in routejaar 2 of later: voortzetting in een andere opleiding op niveau 2 van het ROC, in "
               "hetzelfde of een ander opleidingsdomein, zonder dat vooropleidingseisen worden gesteld;"),
        ("li", "vertrek naar een andere instelling: het ROC draagt zorg voor een warme overdracht; de andere "
               "instelling kan de student na een geschiktheidsonderzoek toelaten."),
        ("p", "18.3 Waar dat voor de leerling gunstiger is, kan worden afgesproken dat hij de huidige route "
              "voltooit en daarna kiest voor een opleiding op niveau 2 of 3 in een ander domein."),
        ("p", "18.4 Op verzoek van de leerling en zijn ouders kan de school de leerling in routejaar 2 "
              "alsnog het eindexamen basisberoepsgerichte leerweg laten afleggen, zodat hij met een "
              "vmbo-diploma een andere mbo-opleiding kan kiezen."),
        ("p", "18.5 Alleen wanneer het behalen van een startkwalificatie ook via de mogelijkheden van lid 2 tot "
              "en met 4 redelijkerwijs niet haalbaar is, kan in gezamenlijk overleg met de leerling en zijn "
              "ouders worden gekozen voor de Entreeopleiding, met begeleiding naar werk."),
        ("p", "18.6 De keuze tussen deze mogelijkheden wordt gemaakt door de stuurgroep, op basis van het "
              "gezamenlijk oordeel van de school en het ROC over het bereikte onderwijsniveau en de leeftijd "
              "van de deelnemer, na een gesprek met de deelnemer en zijn ouders. De uitkomst wordt schriftelijk "
              "vastgelegd en met de deelnemer en zijn ouders besproken. De schoolgids van de school en de "
              "studiegids van het ROC beschrijven deze werkwijze."),
        ("h", "Hoofdstuk 7 Financiën"),
        ("h2", "Artikel 19 Overdracht van bekostiging"),
        ("p", "19.1 De school draagt met toepassing van artikel 5.42a WVO 2020 een deel van haar bekostiging "
              "over aan het ROC: € 1.250 per leerling per schooljaar in routejaar 1 en 2. Dit bedrag is "
              "bestemd voor de inzet van de praktijkdocent elektrotechniek (artikel 12.2) en voor het gebruik "
              "en de verbruiksmaterialen van het Installatieplein (artikel 13.1)."),
        ("p", "19.2 Het ROC draagt geen bekostiging over aan de school. De inzet van de docent Nederlands en "
              "rekenen van de school in routejaar 3 wordt verrekend met de bedragen van lid 1, zoals "
              "uitgewerkt in bijlage 2."),
        ("p", "19.3 Overdracht vindt plaats in twee termijnen, op 1 december en 1 mei, op basis van de "
              "leerlingtelling per 1 oktober."),
        ("h", "Hoofdstuk 8 Medezeggenschap"),
        ("h2", "Artikel 20 Medezeggenschap"),
        ("p", "20.1 Zolang de deelnemer bij de school staat ingeschreven, is de medezeggenschapsraad van de "
              "school het bevoegde orgaan; daarna de studentenraad en, voor zover ingesteld, de ouderraad van "
              "het ROC. Partijen spreken daarnaast het volgende af."),
        ("p", "20.2 Ouders van leerlingen in routejaar 1 en 2 kunnen als toehoorder met spreekrecht de "
              "vergaderingen van de ouderraad van het ROC bijwonen wanneer daar de geïntegreerde route wordt "
              "besproken."),
        ("p", "20.3 Leerlingen in routejaar 2 kunnen een vertegenwoordiger aanwijzen die met adviserende stem "
              "deelneemt aan de studentenraad van het Techniekcollege."),
        ("p", "20.4 Het jaarverslag van artikel 10.2 en elk voorstel tot wijziging of beëindiging van deze "
              "overeenkomst worden voor advies voorgelegd aan de medezeggenschapsraad van de school en aan de "
              "studentenraad en de ondernemingsraad van het ROC."),
        ("h", "Hoofdstuk 9 Geschillen"),
        ("h2", "Artikel 21 Geschillenregeling"),
        ("p", "21.1 Partijen trachten een geschil over de uitlegging of uitvoering van deze overeenkomst eerst "
              "op te lossen in de stuurgroep. Komt de stuurgroep binnen drie weken niet tot overeenstemming, "
              "dan wordt het geschil voorgelegd aan het bestuurlijk overleg."),
        ("p", "21.2 Leidt het bestuurlijk overleg binnen zes weken niet tot een oplossing, dan leggen partijen "
              "het geschil voor aan een door hen gezamenlijk aan te wijzen onafhankelijke deskundige, die "
              "binnen acht weken een bindend advies uitbrengt. Komen partijen over de persoon van de "
              "deskundige niet overeen, dan wordt deze op verzoek van de meest gerede partij aangewezen door "
              "de voorzitter van de Stichting Onderwijsgeschillen."),
        ("p", "21.3 Tijdens de behandeling van een geschil zetten partijen de uitvoering van de route "
              "onverminderd voort."),
        ("h", "Hoofdstuk 10 Duur, toetreding, wijziging en beëindiging"),
        ("h2", "Artikel 22 Duur"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en is aangegaan voor onbepaalde tijd."),
        ("h2", "Artikel 23 Toetreding"),
        ("p", "23.1 Een andere school voor voorbereidend beroepsonderwijs of een andere instelling voor "
              "beroepsonderwijs kan tot deze overeenkomst toetreden, indien (a) beide besturen daarmee "
              "schriftelijk instemmen, (b) de toetreder de overeenkomst onverkort aanvaardt door ondertekening "
              "van een toetredingsverklaring en (c) de toetreding het routeprogramma van de deelnemers die de "
              "route al volgen niet wijzigt."),
        ("p", "23.2 Toetreding gaat in op 1 augustus volgend op de ondertekening van de toetredingsverklaring. "
              "De toetreder draagt zorg voor de melding aan de minister via RIO."),
        ("h2", "Artikel 24 Wijziging"),
        ("p", "Deze overeenkomst en haar bijlagen kunnen uitsluitend worden gewijzigd bij schriftelijke, door "
              "beide besturen ondertekende overeenkomst, na advies van de stuurgroep en de organen genoemd in "
              "artikel 20.4. Een wijziging treedt in werking bij de aanvang van een schooljaar."),
        ("h2", "Artikel 25 Opzegging en ontbinding"),
        ("p", "25.1 Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, "
              "met inachtneming van een opzegtermijn van ten minste twaalf maanden."),
        ("p", "25.2 Iedere partij kan deze overeenkomst ontbinden indien de andere partij, na schriftelijke "
              "ingebrekestelling met een redelijke termijn, tekortschiet in de nakoming van een wezenlijke "
              "verplichting, en nadat artikel 21 is doorlopen."),
        ("h2", "Artikel 26 Bescherming van deelnemers"),
        ("p", "26.1 Na een opzegging of ontbinding vindt geen nieuwe plaatsing in de geïntegreerde route meer "
              "plaats. Deelnemers die op dat moment de route volgen, kunnen deze afronden onder de voorwaarden "
              "van deze overeenkomst; de verplichtingen van partijen blijven tot dat moment van kracht."),
        ("p", "26.2 Een wijziging of toetreding mag er niet toe leiden dat een deelnemer die de route al volgt "
              "in een nadeliger positie komt. Waar dat onvermijdelijk is, is artikel 18 van toepassing."),
        ("h", "Hoofdstuk 11 Slotbepalingen"),
        ("h2", "Artikel 27 Evaluatie"),
        ("p", "De besturen evalueren deze overeenkomst in het schooljaar 2027-2028 aan de hand van de "
              "jaarverslagen van de stuurgroep."),
        ("h2", "Artikel 28 Melding"),
        ("p", "Partijen melden de geïntegreerde route gezamenlijk aan de minister via RIO vóór de eerste "
              "plaatsing van leerlingen."),
        ("h2", "Artikel 29 Bijlagen en toepasselijk recht"),
        ("p", "29.1 De bijlagen maken deel uit van deze overeenkomst. Bij strijdigheid gaat de tekst van de "
              "overeenkomst voor."),
        ("p", "29.2 Op deze overeenkomst is Nederlands recht van toepassing."),
        ("sp",),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Wijchen op 26 juni 2025."),
        ("sig", [[S, "", "drs. J.C. van Kessel", "voorzitter college van bestuur"],
                 [R, "", "mr. drs. H. Peters", "voorzitter college van bestuur"]]),
        ("pb",),
        ("h", "Bijlage 1 Routeschema"),
        ("table", [["Routejaar", "Ingeschreven bij", "Programma", "Onderwijstijd", "Examinering / bpv"],
                   ["1 (leerjaar 3)", "school", "Profiel PIE geïntegreerd met mbo-werkprocessen aanleggen en "
                    "aansluiten; 2 dagen Installatieplein; Nederlands, rekenen, LOB", "1.000 uur",
                    "mbo-examen werkproces 1; bedrijfsbezoeken"],
                   ["2 (leerjaar 4)", "school", "Installatietechniek, elektrotechniek, werkplaatspraktijk; "
                    "keuzedeel Zonne-energie start", "1.000 uur", "mbo-examens werkproces 2-3; 4 weken bpv"],
                   ["3 (mbo 1)", "ROC", "Storingen verhelpen, domotica; generiek Nederlands en rekenen",
                    "900 uur (incl. bpv)", "16 weken bpv; mbo-examens"],
                   ["4 (mbo 2)", "ROC", "Keuzedelen afronden; proeve van bekwaamheid", "800 uur (incl. bpv)",
                    "20 weken bpv; diplomering niveau 2"]],
         [0.13, 0.14, 0.38, 0.15, 0.20], True),
        ("h", "Bijlage 2 Financiële uitwerking"),
        ("table", [["Post", "Richting", "Grondslag", "Bestemming"],
                   ["Overdracht routejaar 1-2", "school → ROC", "€ 1.250 per leerling per schooljaar",
                    "praktijkdocent elektrotechniek, Installatieplein, verbruiksmateriaal"],
                   ["Verrekening docent Nederlands/rekenen", "in mindering op bovenstaande",
                    "€ 95 per lesuur, max. 240 uur per jaar", "inzet docent school in routejaar 3"],
                   ["Teamdagen", "geen overdracht", "ieder draagt eigen kosten", "-"]],
         [0.28, 0.18, 0.27, 0.27], True),
        ("h", "Bijlage 3 Betrokken installatiebedrijven"),
        ("li", "Elektrotechniek Van Dalen B.V., Druten"),
        ("li", "Installatiebedrijf Gebr. Hermsen, Beneden-Leeuwen"),
        ("li", "Klimaat & Energie Wijchen B.V."),
        ("li", "ZonneWerk Maas en Waal, Dreumel"),
        ("li", "Techniek Nederland, regio Oost"),
    ]
    return B, {"header": "Samenwerkingsovereenkomst geïntegreerde route PIE – Monteur elektrotechnische "
                         "installaties | De Waalkant – ROC Waalpoort", "font_size": 9.5}


#@@SAMPLES@@


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [a for a in argv if not a.startswith("-")] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %s" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
