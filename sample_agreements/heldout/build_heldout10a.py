#!/usr/bin/env python3
"""Build held-out sample agreements h137-h144 for leerroute-check.

Written by an independent helper session acting as author of labelled test data. The texts were
composed from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie, /work/shared/seeds), /work/shared/domain.md and sample_agreements/LABELS.md only,
without looking at the checker code, its models, tests or benchmarks, or at the texts of any other
sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout10a.py            build all agreements
    python3 build_heldout10a.py 137 140    build only those numbers
    python3 build_heldout10a.py --check    verify every produced file
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

AGREEMENTS = {}


def agreement(num, name, fmt, description, statuses, evidence):
    """Register a builder function for one agreement."""
    assert set(statuses) == set("abcdefghij")
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    for k, v in statuses.items():
        assert v in ("present", "weak", "missing", "not_applicable")

    def deco(fn):
        AGREEMENTS[num] = dict(name=name, fmt=fmt, description=description,
                               statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def expected_json(meta):
    return {"description": meta["description"], "split": "heldout",
            "statuses": meta["statuses"], "evidence": meta["evidence"]}


# ----------------------------------------------------------------------------------------------
# Block model shared by the PDF and DOCX renderers
#   ("title", t) ("subtitle", t) ("h1", t) ("h2", t) ("p", t) ("pb", t) bold paragraph
#   ("num", level, t) Word auto-numbered item (DOCX) / literal text (PDF)
#   ("bullet", t) ("table", rows, widths_cm or None) ("sig", [lines_left], [lines_right])
#   ("space",) ("pagebreak",) ("framebreak",) ("small", t)
# ----------------------------------------------------------------------------------------------

def render_pdf(path, blocks, columns=1, font="Helvetica", size=10, header=None, first_frame_h=None):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                    Table, TableStyle, PageBreak, FrameBreak, NextPageTemplate)
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=size + 8,
                                alignment=1, spaceAfter=6),
        "subtitle": ParagraphStyle("s", fontName=font, fontSize=size + 1, leading=size + 4,
                                   alignment=1, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 1, leading=size + 4,
                             spaceBefore=9, spaceAfter=3, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size + 3,
                             spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size + 3, spaceAfter=4),
        "pb": ParagraphStyle("pb", fontName=bold, fontSize=size, leading=size + 3, spaceAfter=4),
        "small": ParagraphStyle("sm", fontName=font, fontSize=size - 2, leading=size, spaceAfter=3),
        "bullet": ParagraphStyle("b", fontName=font, fontSize=size, leading=size + 3,
                                 leftIndent=14, bulletIndent=4, spaceAfter=2),
        "num0": ParagraphStyle("n0", fontName=font, fontSize=size, leading=size + 3,
                               leftIndent=0, spaceAfter=3),
        "num1": ParagraphStyle("n1", fontName=font, fontSize=size, leading=size + 3,
                               leftIndent=18, spaceAfter=2),
        "num2": ParagraphStyle("n2", fontName=font, fontSize=size, leading=size + 3,
                               leftIndent=34, spaceAfter=2),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1.5, leading=size + 0.5),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1.5, leading=size + 0.5),
    }
    W, H = A4
    lm = rm = 2.2 * cm
    tm, bm = 2.3 * cm, 2.0 * cm
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "subtitle", "h1", "h2", "p", "pb", "small"):
            story.append(Paragraph(escape(b[1]), st[k]))
        elif k == "num":
            story.append(Paragraph(escape(b[2]), st["num%d" % b[1]]))
        elif k == "bullet":
            story.append(Paragraph(escape(b[1]), st["bullet"], bulletText="\u2022"))
        elif k == "space":
            story.append(Spacer(1, 8))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "framebreak":
            story.append(FrameBreak())
            story.append(NextPageTemplate("cols"))
        elif k == "table":
            rows = b[1]
            widths = [w * cm for w in b[2]] if b[2] else None
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(escape(c), st["cellb" if i == 0 else "cell"]) for c in r])
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E8EE")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "sig":
            left = [Paragraph(escape(x), st["p"]) for x in b[1]]
            right = [Paragraph(escape(x), st["p"]) for x in b[2]]
            t = Table([[left, right]], colWidths=[(W - lm - rm) / 2] * 2)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 10))
            story.append(t)
        else:
            raise ValueError(k)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        if header:
            canv.drawString(lm, H - 1.4 * cm, header)
        canv.drawRightString(W - rm, 1.2 * cm, "pagina %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, invariant=1, title="", author="", subject="",
                          creator="", producer="")
    fw, fh = W - lm - rm, H - tm - bm
    if columns == 1:
        frames = [Frame(lm, bm, fw, fh, id="f")]
        doc.addPageTemplates([PageTemplate("one", frames, onPage=on_page)])
    else:
        gap = 0.7 * cm
        cw = (fw - gap) / 2
        top_h = first_frame_h * cm
        first = [Frame(lm, H - tm - top_h, fw, top_h, id="top"),
                 Frame(lm, bm, cw, fh - top_h, id="c1"),
                 Frame(lm + cw + gap, bm, cw, fh - top_h, id="c2")]
        cols = [Frame(lm, bm, cw, fh, id="d1"), Frame(lm + cw + gap, bm, cw, fh, id="d2")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=on_page),
                              PageTemplate("cols", cols, onPage=on_page)])
    doc.build(story)


def _fix_docx_zip(buf):
    """Rewrite a DOCX zip with fixed timestamps so rebuilds are byte-identical."""
    zin = zipfile.ZipFile(io.BytesIO(buf))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    return out.getvalue()


def _add_multilevel_numbering(doc, formats):
    """Add an abstractNum; formats = [(numFmt, lvlText), ...], e.g. [("decimal", "%1.")]; return numId."""
    from docx.oxml import parse_xml
    npart = doc.part.numbering_part
    root = npart.element
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    existing_abs = [int(e.get('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}abstractNumId'))
                    for e in root.iterchildren('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}abstractNum')]
    existing_num = [int(e.get('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}numId'))
                    for e in root.iterchildren('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num')]
    abs_id = max(existing_abs + [0]) + 1
    num_id = max(existing_num + [0]) + 1
    lvls = []
    for i, (fmt, text) in enumerate(formats):
        ind = 420 * (i + 1)
        lvls.append(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>' % (i, fmt, text, ind, 420))
    absxml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s'
              '</w:abstractNum>' % (ns, abs_id, "".join(lvls)))
    numxml = '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (ns, num_id, abs_id)
    first_num = root.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num')
    abs_el = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(abs_el)
    else:
        root.append(abs_el)
    root.append(parse_xml(numxml))
    return num_id


def _set_numpr(paragraph, num_id, level):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()  # keeps the schema order of pPr children
    numPr.get_or_add_ilvl().val = level
    numPr.get_or_add_numId().val = num_id


def render_docx(path, blocks, title, numbering=None, heading_num_level=None, font="Calibri",
                size=10.5):
    """numbering: list of level formats for ("num", level, text) blocks and, when
    heading_num_level is set, for h1 headings (auto-numbered headings)."""
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    num_id = _add_multilevel_numbering(doc, numbering) if numbering else None
    for b in blocks:
        k = b[0]
        if k == "title":
            p = doc.add_paragraph(style="Title")
            p.add_run(b[1])
        elif k == "subtitle":
            p = doc.add_paragraph(style="Subtitle")
            p.add_run(b[1])
        elif k == "h1":
            p = doc.add_heading(b[1], level=1)
            if heading_num_level is not None and num_id:
                _set_numpr(p, num_id, heading_num_level)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "pb":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif k == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(size - 2)
        elif k == "num":
            p = doc.add_paragraph(b[2], style="List Paragraph")
            _set_numpr(p, num_id, b[1])
        elif k == "bullet":
            doc.add_paragraph(b[1], style="List Bullet")
        elif k == "space":
            doc.add_paragraph("")
        elif k in ("pagebreak", "framebreak"):
            doc.add_page_break()
        elif k == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(c)
                    run.font.size = Pt(size - 1.5)
                    if i == 0:
                        run.bold = True
            if b[2]:
                for j, w in enumerate(b[2]):
                    for r in t.rows:
                        r.cells[j].width = Cm(w)
            doc.add_paragraph("")
        elif k == "sig":
            t = doc.add_table(rows=1, cols=2)
            for j, lines in enumerate((b[1], b[2])):
                cell = t.cell(0, j)
                cell.text = "\n".join(lines)
        else:
            raise ValueError(k)
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as fh:
        fh.write(_fix_docx_zip(buf.getvalue()))


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.strip("\n") + "\n")


# ----------------------------------------------------------------------------------------------
# Text extraction for --check
# ----------------------------------------------------------------------------------------------

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
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u0002", "")
    return re.sub(r"\s+", " ", s).strip()


# ==============================================================================================
# AGREEMENTS
# ==============================================================================================

# ----------------------------------------------------------------------------------------------
# h137 - long, school board's lawyer, articles with leden, PDF, fully compliant
# ----------------------------------------------------------------------------------------------

@agreement(
    137, "h137_advocatenstijl_artikelen_leden_bouw_bevelanden", "pdf",
    "Long lawyer-drafted agreement with articles and numbered leden, considerans and definitions, "
    "financial annex table (PDF, Times); De Bevelanden, Bouwen wonen en interieur kb -> Allround "
    "timmerman niveau 3; fully compliant, separate articles for toetreding / opzegging / wijziging",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 2. Voorwerp van de overeenkomst",
     "b": "Artikel 7. Betrokkenheid van het bouwbedrijfsleven",
     "c": "Artikel 3. Routeregie: samenstelling, benoeming, taken en bevoegdheden",
     "d": "Artikel 4. Inlichtingen en verantwoording",
     "e": "Artikel 6. Inzet van personeel en gebruik van voorzieningen",
     "f": "Artikel 8. Voortijdige beëindiging van deelname; overstap",
     "g": "Artikel 9. Overdracht van bekostiging",
     "h": "Artikel 10. Medezeggenschap",
     "i": "Artikel 11. Geschillen",
     "j": "Artikel 13. Duur, opzegging en ontbinding"})
def build_137(path):
    B = []
    A = lambda t: B.append(("h1", t))
    P = lambda t: B.append(("p", t))
    N = lambda lvl, t: B.append(("num", lvl, t))
    B += [("title", "SAMENWERKINGSOVEREENKOMST"),
          ("subtitle", "doorlopende leerroute vmbo-mbo Bouwen, wonen en interieur (kaderberoepsgerichte "
                       "leerweg) - Allround timmerman (niveau 3)"),
          ("pb", "DE ONDERGETEKENDEN:")]
    N(0, "1. de stichting Stichting Openbaar Voortgezet Onderwijs De Bevelanden, statutair gevestigd te "
         "Goes, kantoorhoudende aan de Ringdijk 14, 4461 XB Goes, ingeschreven in het handelsregister van "
         "de Kamer van Koophandel onder nummer 41113876, in deze rechtsgeldig vertegenwoordigd door de "
         "voorzitter van het college van bestuur, mevrouw drs. A.M. Verhulst, handelend in haar "
         "hoedanigheid van bevoegd gezag van Het Zwinpoort College, school voor vbo en mavo te Kloetinge, "
         "hierna te noemen: \"de School\";")
    N(0, "2. de stichting Stichting Regionaal Opleidingencentrum Scheldeland, statutair gevestigd te "
         "Middelburg, kantoorhoudende aan de Kanaalweg 210, 4335 AH Middelburg, ingeschreven in het "
         "handelsregister onder nummer 41117702, in deze rechtsgeldig vertegenwoordigd door de voorzitter "
         "van het college van bestuur, de heer ir. J.P. de Kok, handelend in zijn hoedanigheid van bevoegd "
         "gezag van ROC Scheldeland, instelling voor beroepsonderwijs als bedoeld in de Wet educatie en "
         "beroepsonderwijs, hierna te noemen: \"de Instelling\";")
    P("de School en de Instelling hierna gezamenlijk te noemen: \"Partijen\" en ieder afzonderlijk: "
      "\"Partij\";")
    B.append(("pb", "OVERWEGENDE DAT:"))
    for t in [
        "A. Partijen sinds het schooljaar 2021-2022 samenwerken in het project Bouwroute Bevelanden, "
        "waarin leerlingen van de School oriënterende lessen volgen in de bouwhal van de Instelling;",
        "B. Partijen deze samenwerking willen bestendigen in een doorlopende leerroute vmbo-mbo als "
        "bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.2 van de "
        "Wet educatie en beroepsonderwijs (WEB);",
        "C. een doorlopende leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB slechts "
        "kan worden verzorgd op grond van een samenwerkingsovereenkomst waarin in elk geval afspraken zijn "
        "opgenomen over de onderwerpen die in die artikelen zijn genoemd;",
        "D. de regionale bouwsector in Zeeland een structureel tekort aan vakkrachten kent en de in de "
        "regio gevestigde bouwbedrijven bereid zijn aan de leerroute bij te dragen;",
        "E. Partijen het belang van de leerling en de student bij een ononderbroken en kansrijke "
        "schoolloopbaan vooropstellen;",
    ]:
        N(1, t)
    B.append(("pb", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"))

    A("Artikel 1. Begripsbepalingen")
    P("1.1 In deze overeenkomst en de daarbij behorende bijlage wordt verstaan onder:")
    for t in [
        "a. Route: de doorlopende leerroute vmbo-mbo die Partijen op grond van deze overeenkomst "
        "gezamenlijk verzorgen en die in artikel 2 is omschreven;",
        "b. leerling: een leerling die in het kader van de Route bij de School staat ingeschreven;",
        "c. student: een deelnemer aan de Route die bij de Instelling staat ingeschreven;",
        "d. vo-fase: het eerste en tweede leerjaar van de Route (leerjaar 3 en 4 van het vmbo);",
        "e. mbo-fase: het derde en volgende leerjaren van de Route;",
        "f. Routeregie: het orgaan dat op grond van artikel 3 met de leiding over de Route is belast;",
        "g. PTA/OER: het door Partijen gezamenlijk beschreven onderwijsprogramma en de examinering per "
        "leerjaar van de Route, vastgelegd in het programma van toetsing en afsluiting van de School en de "
        "onderwijs- en examenregeling van de Instelling;",
        "h. leerbedrijf: een door de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB) erkend "
        "leerbedrijf.",
    ]:
        N(1, t)

    A("Artikel 2. Voorwerp van de overeenkomst")
    P("2.1 Partijen verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende "
      "leerroute, waarin het profiel Bouwen, wonen en interieur van de kaderberoepsgerichte leerweg, zoals "
      "de School dat aanbiedt, is verbonden met de vakopleiding Allround timmerman (niveau 3) in het "
      "opleidingsdomein Bouw en infra, zoals de Instelling die aanbiedt in de beroepsopleidende leerweg.")
    P("2.2 De Route omvat vijf leerjaren: twee leerjaren in de vo-fase en drie leerjaren in de mbo-fase. "
      "De Route leidt tot het diploma vmbo kaderberoepsgerichte leerweg, profiel Bouwen, wonen en "
      "interieur, en tot het diploma van de beroepsopleiding Allround timmerman (niveau 3).")
    P("2.3 Leerlingen van de School kunnen aan het einde van het tweede leerjaar voor de Route kiezen. "
      "Per cohort worden ten hoogste 24 leerlingen toegelaten; de Routeregie beslist over de toelating.")
    P("2.4 Partijen melden de Route vóór de aanvang van het eerste schooljaar gezamenlijk aan de minister "
      "door registratie in het Registratie Instellingen en Opleidingen (RIO) van DUO.")

    A("Artikel 3. Routeregie: samenstelling, benoeming, taken en bevoegdheden")
    P("3.1 De leiding over de Route berust bij de Routeregie. De Routeregie bestaat uit:")
    for t in ["a. de afdelingsleider bovenbouw techniek van de School;",
              "b. de opleidingsmanager van het Vakcollege Bouw & Infra van de Instelling;",
              "c. een routecoördinator, die de Routeregie voorzit."]:
        N(1, t)
    P("3.2 Het lid onder a wordt aangewezen door het college van bestuur van de School en het lid onder b "
      "door het college van bestuur van de Instelling. De routecoördinator wordt op gezamenlijke voordracht "
      "van de leden onder a en b door beide colleges van bestuur gezamenlijk benoemd voor een termijn van "
      "drie schooljaren; herbenoeming is eenmaal mogelijk. Aanwijzing, benoeming, schorsing en ontslag "
      "geschieden bij schriftelijk besluit, waarvan een afschrift aan de andere Partij wordt gezonden.")
    P("3.3 De colleges van bestuur dragen aan de Routeregie de volgende taken op:")
    for t in [
        "a. de dagelijkse aansturing en uitvoering van de Route;",
        "b. het jaarlijks opstellen van het ontwerp-PTA/OER, ter vaststelling door de daartoe bevoegde "
        "organen van Partijen;",
        "c. de roostering en de inzet van het docententeam binnen de formatie die Partijen daarvoor "
        "beschikbaar stellen;",
        "d. het onderhouden van de contacten met de leerbedrijven en het secretariaat van de "
        "werkveldcommissie bedoeld in artikel 7;",
        "e. de toelating tot de Route en de voorbereiding van de beslissingen bedoeld in artikel 8;",
        "f. de kwaliteitszorg van de Route, waaronder de jaarlijkse leerlingen- en bedrijvenenquête.",
    ]:
        N(1, t)
    P("3.4 De Routeregie is bevoegd om binnen de begroting van de Route uitgaven te doen en verplichtingen "
      "aan te gaan tot een bedrag van EUR 7.500 per afzonderlijke verplichting. Besluiten over personele "
      "aangelegenheden, verplichtingen boven dat bedrag en wijzigingen van het PTA/OER na vaststelling "
      "blijven voorbehouden aan de colleges van bestuur.")
    P("3.5 De Routeregie besluit bij consensus. Wordt geen consensus bereikt, dan legt de voorzitter het "
      "onderwerp binnen twee weken voor aan het bestuurlijk overleg bedoeld in artikel 4.3.")

    A("Artikel 4. Inlichtingen en verantwoording")
    P("4.1 De Routeregie legt over de uitoefening van haar taken verantwoording af aan beide colleges van "
      "bestuur door middel van een schriftelijk jaarverslag over het afgelopen schooljaar, dat uiterlijk op "
      "1 november aan beide colleges wordt toegezonden. Het jaarverslag bevat ten minste de instroom, "
      "doorstroom, uitstroom en het diplomarendement per cohort, het gebruik van de overstapmogelijkheden "
      "van artikel 8, de besteding van de middelen van artikel 9, de adviezen van de werkveldcommissie en "
      "de ontvangen klachten.")
    P("4.2 Uiterlijk op 15 maart verstrekt de Routeregie beide colleges van bestuur een tussentijdse "
      "voortgangsrapportage over het lopende schooljaar.")
    P("4.3 Het jaarverslag en de voortgangsrapportage worden besproken in het bestuurlijk overleg, dat "
      "tweemaal per jaar, in november en in april, plaatsvindt tussen de voorzitters van beide colleges van "
      "bestuur in aanwezigheid van de Routeregie.")
    P("4.4 De Routeregie informeert beide colleges van bestuur onverwijld over voorvallen die de "
      "continuïteit of de kwaliteit van de Route in gevaar kunnen brengen.")

    A("Artikel 5. Onderwijskundige en organisatorische inrichting")
    P("5.1 Partijen beschrijven voor de gehele Route het onderwijsprogramma, de examinering en de "
      "beroepspraktijkvorming per leerjaar in het PTA/OER, waarin is aangegeven welke onderdelen tot het "
      "voortgezet onderwijs en welke tot het middelbaar beroepsonderwijs behoren. Het PTA/OER wordt "
      "jaarlijks vóór 1 oktober vastgesteld.")
    P("5.2 Het onderwijs in de vo-fase wordt verzorgd op de locatie van de School te Kloetinge, met "
      "uitzondering van één dag per week, waarop de leerlingen les krijgen in de bouwhal van de Instelling "
      "aan de Stationspark 3 te Goes. Het onderwijs in de mbo-fase wordt verzorgd op de locatie Goes van de "
      "Instelling en bij de leerbedrijven.")
    P("5.3 Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de Route. De School blijft "
      "verantwoordelijk voor de examinering en diplomering van het vmbo-deel, ook wanneer een leerling "
      "reeds als student bij de Instelling is ingeschreven. De Instelling is verantwoordelijk voor de "
      "examinering en diplomering van het mbo-deel; examinering van mbo-onderdelen is mogelijk vanaf het "
      "eerste leerjaar van de Route.")
    P("5.4 Een leerling wordt per 1 augustus van het derde leerjaar van de Route uitgeschreven bij de "
      "School en ingeschreven bij de Instelling. Partijen dragen zorg voor de tijdige uitwisseling van "
      "gegevens met DUO en sluiten daartoe een verwerkersovereenkomst.")
    P("5.5 Een klacht die bij de School wordt ingediend over een gedraging van een medewerker van de "
      "Instelling, of omgekeerd, wordt behandeld volgens de klachtenregeling van de Partij waar de klacht is "
      "ingediend; de andere Partij verleent daaraan alle medewerking. De voorzitter van de "
      "klachtencommissie is niet werkzaam bij of voor het bevoegd gezag van de andere Partij.")

    A("Artikel 6. Inzet van personeel en gebruik van voorzieningen")
    P("6.1 De Route wordt verzorgd door één docententeam, bestaande uit ten minste vier leraren van de "
      "School (Nederlands, wiskunde, het beroepsgerichte programma BWI en loopbaanoriëntatie) en drie "
      "docenten en instructeurs van de Instelling (timmeren, bouwkunde en werkvoorbereiding).")
    P("6.2 Voor het vakoverstijgende project Bouwen in de regio in het eerste en tweede leerjaar maken "
      "Partijen gebruik van de teambevoegdheid op grond van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. "
      "Het PTA/OER vermeldt in welke onderdelen het team wordt ingezet en welke bevoegde leraar of docent "
      "voor elk onderdeel verantwoordelijk is.")
    P("6.3 Iedere medewerker blijft in dienst van de eigen werkgever. De inzet van medewerkers bij de "
      "andere Partij geschiedt onder de verrekening bedoeld in artikel 9 en bijlage 1. Partijen organiseren "
      "jaarlijks twee gezamenlijke studiedagen voor het docententeam.")
    P("6.4 De School stelt het praktijklokaal BWI en de theorielokalen te Kloetinge ter beschikking. De "
      "Instelling stelt de bouwhal, de machinale houtbewerking met CNC-bank, de persoonlijke "
      "beschermingsmiddelen en de digitale leeromgeving ter beschikking aan leerlingen en docenten van de "
      "Route. Leerlingen werken in de bouwhal uitsluitend na veiligheidsinstructie en onder toezicht van "
      "een instructeur van de Instelling.")

    A("Artikel 7. Betrokkenheid van het bouwbedrijfsleven")
    P("7.1 Partijen stellen een werkveldcommissie voor de Route in, waarin ten minste drie in de "
      "Bevelanden gevestigde bouwbedrijven, de afdeling Zeeland van Bouwend Nederland en de adviseur "
      "praktijkleren van SBB zitting hebben. De werkveldcommissie komt ten minste tweemaal per schooljaar "
      "bijeen en adviseert over de inhoud van het programma, de keuze van keuzedelen en de aansluiting op "
      "de regionale arbeidsmarkt.")
    P("7.2 De leerbedrijven, waaronder Aannemersbedrijf Van Strien B.V. te Kapelle, Timmerfabriek De "
      "Zeeuwse Kust te 's-Heer Arendskerke en Bouwcombinatie Oosterschelde te Goes, bieden een "
      "snuffelstage van twee weken in het eerste leerjaar en plaatsen voor de beroepspraktijkvorming in de "
      "mbo-fase. Praktijkopleiders van de leerbedrijven beoordelen mee bij de proeve van bekwaamheid.")
    P("7.3 Bouwbedrijven verzorgen per schooljaar ten minste vier gastlessen of bouwplaatsbezoeken in de "
      "vo-fase.")

    A("Artikel 8. Voortijdige beëindiging van deelname; overstap")
    P("8.1 Eindigt de deelname van een leerling of student aan de Route voordat hij de Route met succes "
      "heeft doorlopen, dan bieden Partijen hem een passend vervolg dat leidt tot een vmbo-diploma of een "
      "mbo-diploma. Daarbij gelden in elk geval de volgende mogelijkheden:")
    for t in [
        "a. bij beëindiging in de vo-fase: voortzetting van de opleiding in de reguliere "
        "kaderberoepsgerichte leerweg van de School, in hetzelfde of een ander profiel, of, indien het "
        "niveau niet passend blijkt, in de basisberoepsgerichte leerweg, gericht op het behalen van een "
        "vmbo-diploma;",
        "b. indien de leerling aan het einde van het derde leerjaar van de Route het vmbo-diploma niet "
        "heeft behaald: het opnieuw afleggen van het examen of doubleren, dan wel instroom, met behoud van "
        "de behaalde mbo-onderdelen, in de opleiding Timmerman (niveau 2) of een andere opleiding op niveau "
        "2 of 3 bij de Instelling;",
        "c. indien de student in de mbo-fase tot de conclusie komt dat het bouwvak niet bij hem past: "
        "overstap naar een andere opleiding op niveau 3 bij de Instelling, binnen of buiten het "
        "opleidingsdomein Bouw en infra, met vrijstelling voor de reeds behaalde onderdelen;",
        "d. bij verhuizing: Partijen zoeken actief naar een plaats bij een school of instelling in de "
        "nieuwe woonregio en dragen de leerling of student warm over.",
    ]:
        N(1, t)
    P("8.2 Welke mogelijkheid het best past, wordt beoordeeld door de afdelingsleider van de School en de "
      "opleidingsmanager van de Instelling gezamenlijk, na een gesprek met de leerling of student en diens "
      "ouders of verzorgers, op basis van de behaalde vo- en mbo-onderdelen, het bereikte onderwijsniveau "
      "en de leeftijd van de betrokkene. De beslissing wordt binnen vier weken na het gesprek schriftelijk "
      "meegedeeld.")
    P("8.3 Wil de betrokkene een diploma behalen bij de Instelling, dan worden de vooropleidingseisen niet "
      "tegengeworpen. Kiest hij voor een andere instelling, dan verlenen Partijen medewerking aan een "
      "onderzoek naar zijn geschiktheid voor de gekozen opleiding.")
    P("8.4 Dit artikel is niet van toepassing bij definitieve verwijdering. Partijen beschrijven de "
      "werkwijze bij overstap nader in de schoolgids van de School en de studiegids van de Instelling.")

    A("Artikel 9. Overdracht van bekostiging")
    P("9.1 De School draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks aan de Instelling over een "
      "bedrag van EUR 1.240 per leerling die op 1 oktober in de vo-fase van de Route staat ingeschreven. "
      "Dit bedrag is bestemd voor de inzet van docenten en instructeurs van de Instelling in de vo-fase "
      "(EUR 910) en voor het gebruik van de bouwhal en de verbruiksmaterialen (EUR 330).")
    P("9.2 De Instelling draagt geen bekostiging over aan de School. Voor het overige draagt iedere Partij "
      "haar eigen kosten.")
    P("9.3 De overdracht geschiedt in twee termijnen, op 1 december en 1 mei, op basis van een door de "
      "School opgestelde opgave. De berekening en de betalingsvoorwaarden zijn uitgewerkt in bijlage 1.")

    A("Artikel 10. Medezeggenschap")
    P("10.1 Op leerlingen, ouders en personeel van de School is de Wet medezeggenschap op scholen van "
      "toepassing; op studenten en personeel van de Instelling de WEB en de Wet op de ondernemingsraden. "
      "In aanvulling daarop komen Partijen het volgende overeen:")
    for t in [
        "a. de leerlingen in de vo-fase kiezen jaarlijks uit hun midden één vertegenwoordiger, die de "
        "vergaderingen van de studentenraad van het Vakcollege Bouw & Infra bijwoont en daar spreekrecht "
        "heeft over onderwerpen die de Route betreffen;",
        "b. een voorgenomen besluit tot wijziging of beëindiging van deze overeenkomst wordt voor advies "
        "voorgelegd aan de medezeggenschapsraad van de School en aan de studentenraad van de Instelling;",
        "c. eenmaal per schooljaar, in maart, voert de Routeregie overleg met een gezamenlijke delegatie "
        "van de medezeggenschapsraad en de studentenraad over de uitvoering van de Route.",
    ]:
        N(1, t)

    A("Artikel 11. Geschillen")
    P("11.1 Een geschil tussen Partijen over de uitleg of de uitvoering van deze overeenkomst wordt door "
      "de meest gerede Partij schriftelijk en met redenen omkleed aan de andere Partij gemeld.")
    P("11.2 De Routeregie tracht het geschil binnen twee weken na de melding op te lossen. Lukt dat niet, "
      "dan wordt het geschil voorgelegd aan het bestuurlijk overleg, dat binnen vier weken bijeenkomt.")
    P("11.3 Is het geschil zes weken na de melding niet opgelost, dan schakelen Partijen een bij de "
      "Mediatorsfederatie Nederland geregistreerde mediator in. De kosten van de mediation dragen Partijen "
      "ieder voor de helft.")
    P("11.4 Leidt de mediation niet binnen drie maanden tot een oplossing, dan is elk van Partijen bevoegd "
      "het geschil voor te leggen aan de bevoegde rechter in het arrondissement Zeeland-West-Brabant. Op "
      "deze overeenkomst is Nederlands recht van toepassing.")
    P("11.5 Gedurende een geschil blijven Partijen hun verplichtingen jegens leerlingen en studenten "
      "onverkort nakomen.")

    A("Artikel 12. Toetreding")
    P("12.1 Een ander bevoegd gezag van een school voor vbo of mavo of van een instelling voor "
      "beroepsonderwijs kan tot deze overeenkomst toetreden indien:")
    for t in [
        "a. het daartoe een schriftelijk verzoek doet aan beide Partijen;",
        "b. Partijen beide schriftelijk met de toetreding instemmen;",
        "c. de capaciteit van de bouwhal en van de leerbedrijven toereikend is, ter beoordeling van de "
        "Routeregie;",
        "d. het alle bepalingen van deze overeenkomst aanvaardt door ondertekening van een "
        "toetredingsverklaring.",
    ]:
        N(1, t)
    P("12.2 Toetreding gaat in per 1 augustus van een schooljaar, na gezamenlijke melding via RIO. "
      "Toetreding laat het programma van de leerlingen en studenten die al aan de Route deelnemen "
      "ongewijzigd.")

    A("Artikel 13. Duur, opzegging en ontbinding")
    P("13.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en is aangegaan voor onbepaalde tijd.")
    P("13.2 Iedere Partij kan de overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van enig "
      "jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden.")
    P("13.3 Iedere Partij kan de overeenkomst met onmiddellijke ingang ontbinden indien de andere Partij "
      "niet langer bevoegd is het onderwijs te verzorgen, dan wel, na schriftelijke ingebrekestelling met "
      "een termijn van drie maanden, wezenlijk tekortschiet in de nakoming van deze overeenkomst.")
    P("13.4 Na opzegging of ontbinding vindt geen nieuwe instroom in de Route plaats. Leerlingen en "
      "studenten die op het moment van opzegging of ontbinding aan de Route deelnemen, ronden de Route bij "
      "Partijen af; voor hen blijft deze overeenkomst van kracht totdat de laatste van hen de Route heeft "
      "verlaten. Is dat onmogelijk, dan bieden Partijen hun een overstap als bedoeld in artikel 8 zonder "
      "studievertraging.")

    A("Artikel 14. Wijziging en evaluatie")
    P("14.1 Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke, door beide colleges van "
      "bestuur ondertekende overeenkomst, nadat de medezeggenschap overeenkomstig artikel 10 is gehoord. "
      "Een wijziging die het programma van de lopende cohorten raakt, geldt alleen voor nieuwe cohorten, "
      "tenzij de wijziging uitsluitend in het voordeel van leerlingen en studenten is.")
    P("14.2 Partijen evalueren de overeenkomst om de twee jaar, voor het eerst in het voorjaar van 2027.")

    A("Artikel 15. Slotbepalingen")
    P("15.1 Bijlage 1 maakt deel uit van deze overeenkomst. Bij strijd gaat de overeenkomst voor.")
    P("15.2 Partijen verwerken persoonsgegevens van leerlingen en studenten uitsluitend voor de uitvoering "
      "van de Route en met inachtneming van de Algemene verordening gegevensbescherming.")
    P("Aldus overeengekomen en in tweevoud ondertekend te Goes op 30 juni 2025.")
    B.append(("sig", ["Stichting Openbaar Voortgezet Onderwijs De Bevelanden", "", "",
                      "drs. A.M. Verhulst", "voorzitter college van bestuur"],
              ["Stichting Regionaal Opleidingencentrum Scheldeland", "", "",
               "ir. J.P. de Kok", "voorzitter college van bestuur"]))
    B.append(("pagebreak",))
    B.append(("h1", "Bijlage 1. Financiële uitwerking"))
    P("Deze bijlage werkt de overdracht van artikel 9 uit. Raming op basis van 22 leerlingen per cohort.")
    B.append(("table", [
        ["Post", "Grondslag", "Per leerling", "Raming (2 cohorten)"],
        ["Inzet docenten en instructeurs Instelling in de vo-fase", "6 lesuren per week, 38 weken",
         "EUR 910", "EUR 40.040"],
        ["Gebruik bouwhal en verbruiksmaterialen", "1 dag per week", "EUR 330", "EUR 14.520"],
        ["Totaal over te dragen door de School", "telling 1 oktober", "EUR 1.240", "EUR 54.560"],
    ], [6.5, 4.0, 2.5, 3.5]))
    P("Het bedrag per leerling wordt jaarlijks per 1 augustus geïndexeerd met de loon- en prijsbijstelling "
      "die de minister op de bekostiging van de School toepast.")
    render_pdf(path, B, font="Times-Roman", size=10.5,
               header="Samenwerkingsovereenkomst DLR Bouwen, wonen en interieur - Allround timmerman")

# ----------------------------------------------------------------------------------------------
# h138 - practitioner's plain list of afspraken, DOCX with Word auto-numbering (headings and items)
# defects: g transfer without omvang (weak), i only "in goed overleg" (weak)
# ----------------------------------------------------------------------------------------------

@agreement(
    138, "h138_afsprakenlijst_autonummering_zorg_noordenveld", "docx",
    "Practitioner's plain afsprakenlijst in we-form with Word multilevel auto-numbering (numbers not in "
    "the text), DOCX; Noordenveld, Zorg en welzijn bb -> Helpende Zorg en Welzijn niveau 2; defects: "
    "bijdrage without omvang (g weak), disputes only in goed overleg (i weak)",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "weak", "h": "present", "i": "weak", "j": "present"},
    {"a": "Om welke route gaat het?",
     "b": "Wat doen de zorgorganisaties?",
     "c": "Wie heeft de leiding?",
     "d": "Hoe houden we de besturen op de hoogte?",
     "e": "Waar en door wie wordt lesgegeven?",
     "f": "Als de route niet (meer) past",
     "h": "Inspraak van leerlingen, ouders en medewerkers",
     "j": "Nieuwe partners, wijzigen en stoppen"})
def build_138(path):
    B = []
    H = lambda t: B.append(("h1", t))
    I = lambda t: B.append(("num", 1, t))
    P = lambda t: B.append(("p", t))
    B += [("title", "Afsprakenlijst doorlopende leerroute Zorg en welzijn"),
          ("subtitle", "Vmbo De Hooge Veld (Roden) en Noorderzand College (Roden/Assen) - versie juni 2025")]
    P("Deze afsprakenlijst is onze samenwerkingsovereenkomst voor de doorlopende leerroute. Hij is "
      "opgesteld door de teamleiders van beide scholen en vastgesteld en ondertekend door de besturen:")
    B.append(("bullet", "Stichting Openbaar Voortgezet Onderwijs Noordenveld, bevoegd gezag van Vmbo De "
                        "Hooge Veld te Roden, vertegenwoordigd door de directeur-bestuurder, mevrouw "
                        "H. Bakker-Smit (hierna: De Hooge Veld);"))
    B.append(("bullet", "Stichting Noorderzand College, instelling voor beroepsonderwijs te Assen, "
                        "vertegenwoordigd door de voorzitter van het college van bestuur, de heer "
                        "R. Oosting (hierna: Noorderzand)."))
    P("Waar hieronder 'we' staat, bedoelen we beide scholen samen.")

    H("Om welke route gaat het?")
    I("Leerlingen van De Hooge Veld die in de basisberoepsgerichte leerweg het profiel Zorg en welzijn "
      "volgen, kunnen aan het eind van leerjaar 2 kiezen voor de route.")
    I("De route leidt naar het vmbo-diploma basis Zorg en welzijn en daarna naar het mbo-diploma Helpende "
      "Zorg en Welzijn, niveau 2 (opleidingsdomein Zorg en welzijn, bol), van Noorderzand.")
    I("De route duurt vier jaar: twee jaar vo-fase (vmbo 3 en 4) en twee jaar mbo-fase. Er starten per "
      "jaar hoogstens 16 leerlingen.")
    I("We melden de route samen aan bij DUO via RIO, zodat we de ruimte van de wet (één team, één "
      "programma) mogen gebruiken.")

    H("Wie heeft de leiding?")
    I("De route wordt geleid door een kernteam van drie mensen: de teamleider bovenbouw van De Hooge "
      "Veld (voorzitter), de teamleider Zorg niveau 2 van Noorderzand en een routecoördinator, een docent "
      "van De Hooge Veld met 0,2 fte voor deze taak.")
    I("De directeur-bestuurder van De Hooge Veld wijst de eigen teamleider aan, het college van bestuur "
      "van Noorderzand de teamleider van Noorderzand. De routecoördinator wordt door de directeur-"
      "bestuurder aangewezen nadat het college van bestuur van Noorderzand ermee heeft ingestemd.")
    I("Het kernteam beslist zelf over het rooster, de groepsindeling, de verdeling van de lesuren over de "
      "docenten binnen de afgesproken uren, de stageplaatsen en de toelating van leerlingen. Het "
      "kernteam maakt elk jaar het concept-PTA/OER voor de route.")
    I("Het kernteam beslist niet over geld buiten het jaarbudget van de route en niet over het aannemen "
      "of ontslaan van personeel; dat blijft bij de besturen.")

    H("Hoe houden we de besturen op de hoogte?")
    I("Het kernteam stuurt vóór 1 juli van elk jaar een routeverslag naar de directeur-bestuurder van De "
      "Hooge Veld en het college van bestuur van Noorderzand. Daarin staan in elk geval: aantallen "
      "leerlingen per leerjaar, uitval en overstap, examenresultaten, tevredenheid van leerlingen en "
      "stage-instellingen en de besteding van het routebudget.")
    I("In januari krijgen beide besturen een korte tussenstand per mail.")
    I("In september bespreken de directeur-bestuurder en een lid van het college van bestuur het "
      "routeverslag met het kernteam. Daar worden ook de plannen voor het nieuwe jaar vastgesteld.")

    H("Wat doen de zorgorganisaties?")
    I("Zorggroep Het Wold (verpleeghuizen in Roden en Peize), Kinderopvang Pluk en Thuiszorg Drenthe "
      "Noord doen mee als leerbedrijf. Zij bieden in leerjaar 2 een snuffelstage en in de mbo-fase "
      "bpv-plaatsen aan.")
    I("Hun praktijkopleiders geven ieder jaar gastlessen en beoordelen mee bij de praktijkexamens.")
    I("Twee keer per jaar is er een werkveldtafel met de zorgorganisaties en het kernteam. De "
      "werkveldtafel geeft advies over de inhoud van het programma en de keuzedelen.")

    H("Waar en door wie wordt lesgegeven?")
    I("Vo-fase: de lessen zijn op De Hooge Veld. Eén dag per week zijn de leerlingen op de locatie Roden "
      "van Noorderzand, in het skillslab zorg. Mbo-fase: de lessen zijn op Noorderzand, locatie Roden, en "
      "bij de leerbedrijven.")
    I("Wat de leerlingen per leerjaar leren en welke examens zij doen, staat in het gezamenlijke "
      "PTA/OER. Het centraal examen vmbo doen de leerlingen aan het eind van leerjaar 2 van de route.")
    I("Twee docenten van Noorderzand geven in de vo-fase vier lesuur per week op De Hooge Veld. De "
      "docent zorg en welzijn van De Hooge Veld geeft in het eerste mbo-jaar de loopbaanbegeleiding. Voor "
      "het project Zorgen voor elkaar werken we met één team en gebruiken we de teambevoegdheid; in het "
      "PTA/OER staat wie voor welk onderdeel bevoegd is.")
    I("De Hooge Veld stelt het verzorgingslokaal en de keuken beschikbaar, Noorderzand het skillslab, "
      "de oefenpoppen en de digitale leeromgeving. Leerlingen van de route mogen de mediatheek en kantine "
      "van Noorderzand gebruiken.")
    I("Medewerkers blijven in dienst van hun eigen school. Klachten over een medewerker van de andere "
      "school behandelen we samen volgens de klachtenregeling van de school waar de klacht binnenkomt.")

    H("Als de route niet (meer) past")
    I("Stopt een leerling in de vo-fase met de route, dan gaat hij verder in de gewone basisberoeps"
      "gerichte leerweg op De Hooge Veld, in Zorg en welzijn of een ander profiel, en haalt hij daar zijn "
      "vmbo-diploma.")
    I("Heeft een leerling aan het eind van het derde routejaar zijn vmbo-diploma niet, dan kan hij het "
      "examen overdoen of een jaar overdoen. Hij kan ook zonder vmbo-diploma bij Noorderzand een andere "
      "opleiding op niveau 2 volgen; de toelatingseisen gelden dan niet.")
    I("Past de zorg niet bij een student in de mbo-fase, dan kan hij overstappen naar een andere opleiding "
      "op niveau 2 bij Noorderzand, bijvoorbeeld Medewerker facilitaire dienstverlening of Verkoopmedewerker. "
      "Wat hij al gehaald heeft, nemen we mee.")
    I("Welke overstap past, bepalen de twee teamleiders samen, na een gesprek met de leerling en zijn "
      "ouders. Ze kijken naar wat de leerling al gehaald heeft, naar zijn niveau en naar zijn leeftijd. "
      "Entree is alleen aan de orde als een diploma op niveau 2 echt niet haalbaar is.")

    H("Geld")
    I("De eerste twee jaar van de route worden bekostigd via De Hooge Veld, daarna via Noorderzand.")
    I("Noorderzand ontvangt van De Hooge Veld een bijdrage voor de lessen die de docenten van Noorderzand "
      "in de vo-fase geven en voor het gebruik van het skillslab. Hoe hoog die bijdrage is, spreken de "
      "controllers van beide scholen ieder jaar in het voorjaar met elkaar af.")

    H("Inspraak van leerlingen, ouders en medewerkers")
    I("De leerlingen van de route kiezen elk jaar één vertegenwoordiger. Die mag, ook als hij nog op De "
      "Hooge Veld staat ingeschreven, aanschuiven bij de studentenraad van Noorderzand als het over de "
      "route gaat.")
    I("Voorstellen om de route wezenlijk te veranderen of te stoppen leggen we voor advies voor aan de "
      "medezeggenschapsraad van De Hooge Veld en aan de studentenraad en de ondernemingsraad van "
      "Noorderzand.")

    H("Als we het niet eens zijn")
    I("Zijn we het over de uitvoering van deze afspraken niet eens, dan bespreken we dat open met "
      "elkaar. We komen er in goed overleg samen uit.")

    H("Nieuwe partners, wijzigen en stoppen")
    I("Een andere vmbo-school of mbo-instelling kan meedoen als beide besturen daar schriftelijk mee "
      "instemmen, de nieuwe partner deze afsprakenlijst ondertekent en de route opnieuw bij DUO wordt "
      "gemeld. Een nieuwe partner doet mee vanaf 1 augustus.")
    I("Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd. Ieder bestuur kan ze schriftelijk "
      "opzeggen tegen 1 augustus, met een opzegtermijn van minstens twaalf maanden.")
    I("Wijzigen kan alleen schriftelijk, met handtekening van beide besturen.")
    I("Bij opzegging nemen we geen nieuwe leerlingen meer aan. Leerlingen die al in de route zitten, maken "
      "de route bij ons af; de afspraken blijven voor hen gelden tot zij klaar zijn.")

    P("Ondertekend te Roden op 30 juni 2025.")
    B.append(("sig", ["Stichting Openbaar Voortgezet Onderwijs Noordenveld", "H. Bakker-Smit, "
                      "directeur-bestuurder"],
              ["Stichting Noorderzand College", "R. Oosting, voorzitter college van bestuur"]))
    render_docx(path, B, "Afsprakenlijst doorlopende leerroute Zorg en welzijn",
                numbering=[("decimal", "%1."), ("decimal", "%1.%2")], heading_num_level=0)

# ----------------------------------------------------------------------------------------------
# h139 - two-column PDF, nominal/passive policy voice, § headings; fully compliant (explicit no transfer)
# ----------------------------------------------------------------------------------------------

@agreement(
    139, "h139_twee_kolommen_paragrafen_economie_dongemond", "pdf",
    "Two-column PDF layout with § headings, nominal and passive policy style; Dongemond (Oosterhout), "
    "Economie en ondernemen gl -> Manager retail niveau 4; fully compliant, explicit no transfer of "
    "bekostiging, NAI-arbitrage, routeklankbordgroep for medezeggenschap",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "§ 2 Afbakening van de route",
     "b": "§ 6 Rol van de retailondernemers",
     "c": "§ 3 Sturing van de route",
     "d": "§ 4 Informatie aan de besturen",
     "e": "§ 5 Uitvoering en middelen",
     "f": "§ 7 Uitstap en overstap",
     "g": "§ 8 Financiële verhouding",
     "h": "§ 9 Medezeggenschap",
     "i": "§ 10 Oplossing van geschillen",
     "j": "§ 11 Looptijd, toetreding, wijziging en einde"})
def build_139(path):
    B = []
    H = lambda t: B.append(("h1", t))
    P = lambda t: B.append(("p", t))
    B += [("title", "Samenwerkingsakkoord Retailroute Dongemond"),
          ("subtitle", "doorlopende leerroute vmbo-mbo Economie en ondernemen - Manager retail"),
          ("p", "Het bevoegd gezag van Dongecollege, school voor vmbo en mavo te Oosterhout, zijnde de "
                "Stichting Katholiek Voortgezet Onderwijs Dongemond, gevestigd te Oosterhout en "
                "vertegenwoordigd door de voorzitter van de raad van bestuur, mevrouw mr. E.C. van "
                "Gils (hierna: Dongecollege),"),
          ("p", "en het bevoegd gezag van Amerstreek College, regionaal opleidingencentrum, zijnde de "
                "Stichting ROC Amerstreek, gevestigd te Breda en vertegenwoordigd door de voorzitter van "
                "het college van bestuur, de heer drs. M.A. Lambregts (hierna: Amerstreek),"),
          ("p", "leggen in dit akkoord de afspraken vast op grond waarvan zij vanaf 1 augustus 2025 "
                "gezamenlijk een doorlopende leerroute verzorgen, en komen het volgende overeen."),
          ("framebreak",)]

    H("§ 1 Doel")
    P("Doel van de samenwerking is het bieden van een ononderbroken leerweg van de bovenbouw van het "
      "vmbo naar een diploma op niveau 4 in de detailhandel, met minder overlap in lesstof, vroege "
      "kennismaking met de winkelpraktijk en één aanspreekpunt voor leerling en ouders.")

    H("§ 2 Afbakening van de route")
    P("De route start in leerjaar 3 van de gemengde leerweg van Dongecollege, met het beroepsgerichte "
      "profielvak Economie en ondernemen, en sluit aan op de middenkaderopleiding Manager retail (niveau "
      "4, bol) in het opleidingsdomein Handel en ondernemerschap van Amerstreek. De route omvat vijf "
      "leerjaren, waarvan de eerste twee op het vmbo. Afronding leidt tot het diploma vmbo gemengde "
      "leerweg en het mbo-diploma Manager retail. Registratie van de route in RIO gebeurt gezamenlijk.")

    H("§ 3 Sturing van de route")
    P("Sturing van de route is belegd bij een routeteam van drie personen: de afdelingsleider "
      "bovenbouw van Dongecollege, de onderwijsmanager Retail van Amerstreek en een routecoördinator. "
      "Aanwijzing van de afdelingsleider geschiedt door de raad van bestuur van Dongecollege, van de "
      "onderwijsmanager door het college van bestuur van Amerstreek. Benoeming van de routecoördinator "
      "vindt plaats door beide bestuurders gezamenlijk, voor drie jaar.")
    P("Tot de taken van het routeteam behoren: opstelling van het gezamenlijke PTA/OER, planning en "
      "roostering, toelating van leerlingen, bewaking van de kwaliteit en het onderhoud van de contacten "
      "met het werkveld. Het routeteam is bevoegd tot besluitvorming over de inzet van de toegewezen "
      "docenturen en over uitgaven binnen het jaarlijkse routebudget van EUR 12.000. Besluiten over "
      "personeel, investeringen en wijziging van dit akkoord zijn voorbehouden aan de besturen.")

    H("§ 4 Informatie aan de besturen")
    P("Informatieverstrekking door het routeteam aan beide besturen vindt plaats via een "
      "kwartaalmonitor (aantallen, verzuim, voortgang per leerjaar, bijzonderheden), telkens binnen "
      "drie weken na afloop van het kwartaal. Verantwoording over het afgelopen schooljaar wordt "
      "afgelegd in een schriftelijke jaarevaluatie, uiterlijk 1 december aan beide besturen "
      "aangeboden en in december in een gezamenlijk bestuurlijk overleg besproken.")

    H("§ 5 Uitvoering en middelen")
    P("Het onderwijs in de eerste twee leerjaren wordt verzorgd in het gebouw van Dongecollege aan de "
      "Heuvel te Oosterhout; in leerjaar 2 is er daarnaast wekelijks een praktijkdag in het Retail "
      "Experience Center van Amerstreek te Breda. Vanaf leerjaar 3 vindt het onderwijs plaats bij "
      "Amerstreek en in de winkels van de leerbedrijven. Programma, examinering en beroepspraktijk"
      "vorming per leerjaar zijn vastgelegd in het gezamenlijke PTA/OER; het centraal examen vmbo wordt "
      "afgenomen in leerjaar 2 van de route.")
    P("Inzet van personeel: twee docenten retail van Amerstreek verzorgen samen 0,4 fte onderwijs op "
      "Dongecollege; de docenten economie en Nederlands van Dongecollege verzorgen in leerjaar 3 de "
      "taal- en rekenlessen bij Amerstreek. Voor de vakoverstijgende module Eigen webwinkel wordt met "
      "teambevoegdheid gewerkt; het PTA/OER vermeldt per onderdeel de verantwoordelijke bevoegde "
      "docent. Medewerkers blijven in dienst van hun eigen werkgever.")
    P("Gebruik van faciliteiten: het Retail Experience Center, de kassasystemen en de "
      "e-commerceomgeving van Amerstreek staan open voor leerlingen van de route; Dongecollege stelt "
      "het praktijklokaal economie en de schoolwinkel ter beschikking.")

    H("§ 6 Rol van de retailondernemers")
    P("Betrokkenheid van het werkveld is geregeld via de Ondernemersvereniging Binnenstad Oosterhout "
      "en een vaste kring van leerbedrijven, onder wie Bakker Mode, Tuincentrum De Donge en "
      "Supermarkt Van Aert. Deze bedrijven leveren leerwerkplekken in leerjaar 2 en bpv-plaatsen in "
      "de mbo-fase, verzorgen per schooljaar ten minste drie gastcolleges en stellen jaarlijks een "
      "echte opdracht beschikbaar voor de module Eigen webwinkel. Twee ondernemers nemen zitting in "
      "de examencommissie-werkveld en beoordelen de proeve van bekwaamheid mee. Het adviseurschap van "
      "SBB wordt benut voor erkenning en begeleiding van de leerbedrijven.")

    H("§ 7 Uitstap en overstap")
    P("Bij uitstap uit de route wordt aan elke leerling een alternatief geboden dat tot een diploma "
      "leidt. In de vo-fase betekent dat voortzetting in de reguliere gemengde of kaderberoepsgerichte "
      "leerweg van Dongecollege. Is het vmbo-diploma aan het eind van leerjaar 3 niet behaald, dan "
      "volgt herkansing of doublure, of plaatsing in een andere opleiding van Amerstreek op niveau 3 "
      "of 4, zonder toepassing van de vooropleidingseisen. Bij een verkeerde studiekeuze in de "
      "mbo-fase is overstap mogelijk naar een andere niveau 4-opleiding van Amerstreek, zoals Junior "
      "accountmanager, met behoud van behaalde onderdelen. Bij overstap naar een andere instelling "
      "wordt een geschiktheidsonderzoek ondersteund.")
    P("Beslissing over de passende overstap: door de afdelingsleider en de onderwijsmanager samen, "
      "na een gesprek met leerling en ouders, op basis van het bereikte onderwijsniveau en de leeftijd "
      "van de leerling. De uitwerking wordt opgenomen in schoolgids en studiegids.")

    H("§ 8 Financiële verhouding")
    P("Overdracht van bekostiging tussen partijen vindt niet plaats. Iedere partij draagt de kosten "
      "van het eigen personeel en de eigen voorzieningen; over en weer worden geen vergoedingen in "
      "rekening gebracht.")

    H("§ 9 Medezeggenschap")
    P("Ten aanzien van de route wordt een routeklankbordgroep ingesteld, samengesteld uit twee leden "
      "aangewezen door de medezeggenschapsraad van Dongecollege (een ouder en een leerling) en twee "
      "leden aangewezen door de studentenraad van Amerstreek. De klankbordgroep komt tweemaal per "
      "jaar bijeen met het routeteam en brengt advies uit over de jaarevaluatie. Voorgenomen "
      "wijzigingen van dit akkoord worden voor advies voorgelegd aan de medezeggenschapsraad en aan de "
      "studentenraad.")

    H("§ 10 Oplossing van geschillen")
    P("Geschillen over de uitvoering van dit akkoord worden eerst besproken in het routeteam en, bij "
      "uitblijven van een oplossing binnen een maand, in een bestuurlijk overleg. Geschillen die "
      "daarna resteren, worden beslecht door arbitrage volgens het Arbitragereglement van het "
      "Nederlands Arbitrage Instituut, door één arbiter, met Breda als plaats van arbitrage.")

    H("§ 11 Looptijd, toetreding, wijziging en einde")
    P("Looptijd: vanaf 1 augustus 2025 voor onbepaalde tijd. Toetreding van een andere vmbo-school of "
      "mbo-instelling is mogelijk met schriftelijke instemming van beide partijen, na ondertekening "
      "van een toetredingsverklaring en melding in RIO, steeds per 1 augustus. Wijziging van dit "
      "akkoord gebeurt uitsluitend schriftelijk en na ondertekening door beide bestuurders.")
    P("Opzegging is mogelijk per 1 augustus, met een termijn van ten minste één schooljaar en per "
      "aangetekende brief. Na opzegging wordt geen nieuw cohort meer toegelaten; leerlingen en "
      "studenten die al in de route zitten, ronden deze bij partijen af onder de voorwaarden van dit "
      "akkoord.")

    H("Ondertekening")
    P("Oosterhout, 30 juni 2025")
    P("Namens Stichting Katholiek Voortgezet Onderwijs Dongemond: mr. E.C. van Gils, voorzitter raad "
      "van bestuur")
    P("Namens Stichting ROC Amerstreek: drs. M.A. Lambregts, voorzitter college van bestuur")
    render_pdf(path, B, columns=2, font="Helvetica", size=9, first_frame_h=6.2,
               header="Samenwerkingsakkoord Retailroute Dongemond - definitief")


# ----------------------------------------------------------------------------------------------
# h140 - very short plain-text agreement, only unnumbered headings; fully compliant
# ----------------------------------------------------------------------------------------------

H140 = """
SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE MOBILITEIT EN TRANSPORT - AUTOTECHNICUS

Partijen
Stichting Christelijk Voortgezet Onderwijs Rijssen-Holten, bevoegd gezag van Reggesteyn Vmbo te Rijssen
(de school), en Stichting ROC Twentse Poort te Almelo (het ROC), beide vertegenwoordigd door de
voorzitter van hun college van bestuur, spreken het volgende af.

De route
Leerlingen van de basisberoepsgerichte leerweg, profiel Mobiliteit en transport, stromen vanaf leerjaar 3
in de route naar de opleiding Autotechnicus (niveau 2, bol, opleidingsdomein Mobiliteit en voertuigen)
van het ROC. De route duurt vier jaar; er starten per jaar maximaal twaalf leerlingen.

Leiding
Een routeduo leidt de route: de teamleider techniek van de school, aangewezen door het college van
bestuur van de school, en de teamleider autotechniek van het ROC, aangewezen door het college van bestuur
van het ROC. Het duo stelt het rooster en het concept-PTA/OER op, beslist over toelating en stageplaatsen
en verdeelt de docenturen binnen de toegekende formatie. Over geld en personeel beslissen de besturen.

Verantwoording
Het routeduo stuurt elk jaar vóór 1 oktober een schriftelijk verslag aan beide colleges van bestuur over
in-, door- en uitstroom, examenresultaten en knelpunten, en bespreekt dat verslag in oktober met beide
bestuurders.

Onderwijs, personeel en faciliteiten
De vo-fase wordt gegeven op de school; vanaf leerjaar 2 zijn de leerlingen elke donderdag in de
autowerkplaats van het ROC aan de Bouwstraat in Rijssen. De mbo-fase wordt gegeven op het ROC en bij het
leerbedrijf. Programma en examens per leerjaar staan in het gezamenlijke PTA/OER. Een docent autotechniek
van het ROC geeft vier uur per week praktijkles op de school; de docent Mobiliteit en transport van de
school begeleidt de donderdagen in de werkplaats mee. Het ROC stelt de werkplaats, de hefbruggen en de
diagnoseapparatuur beschikbaar, de school haar praktijklokaal. Iedereen blijft in dienst van de eigen
werkgever.

Bedrijfsleven
Autobedrijf Nijland (Rijssen), Garage Ter Horst (Holten) en de BOVAG-leden uit de regio bieden
stageplaatsen in leerjaar 2 tot en met 4, geven drie gastlessen per jaar en beoordelen mee bij het
praktijkexamen.

Overstap
Wie in de vo-fase stopt, maakt de gewone basisberoepsgerichte leerweg op de school af, in hetzelfde of een
ander profiel, en haalt daar het vmbo-diploma. Wie na leerjaar 3 geen vmbo-diploma heeft, kan het examen
overdoen of zonder toelatingseisen een andere niveau 2-opleiding bij het ROC volgen. In de mbo-fase kan
een student overstappen naar een andere opleiding op niveau 2, zoals Fietstechnicus. De beide teamleiders
beslissen samen, na een gesprek met leerling en ouders, op grond van het bereikte niveau en de leeftijd.

Geld
Er wordt geen bekostiging overgedragen; ieder draagt zijn eigen kosten.

Medezeggenschap
Eén leerling uit de vo-fase mag namens de route deelnemen aan de studentenraad van het ROC. Besluiten om
de route te wijzigen of te stoppen gaan voor advies naar de medezeggenschapsraad van de school en de
studentenraad van het ROC.

Geschillen
Eerst overlegt het routeduo, daarna de bestuurders. Lukt dat binnen zes weken niet, dan volgt mediation;
mislukt die, dan beslist de rechtbank Overijssel.

Duur, toetreding, wijziging en opzegging
Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere school of instelling kan
toetreden met schriftelijke instemming van beide besturen, door deze overeenkomst te ondertekenen.
Wijzigen gebeurt schriftelijk door beide besturen. Opzeggen kan per 1 augustus met een opzegtermijn van
een jaar. Leerlingen die dan al in de route zitten, maken haar af.

Rijssen, 30 juni 2025
Voor de school: G.J. Kamphuis, voorzitter college van bestuur
Voor het ROC: A. Wolters-Brink, voorzitter college van bestuur
"""


@agreement(
    140, "h140_zeer_kort_ongenummerde_koppen_rijssen_holten", "txt",
    "Very short plain-text agreement (one page), only unnumbered headings, terse sentences; "
    "Rijssen-Holten, Mobiliteit en transport bb -> Autotechnicus niveau 2; fully compliant in minimal words",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "De route", "b": "Bedrijfsleven", "c": "Leiding", "d": "Verantwoording",
     "e": "Onderwijs, personeel en faciliteiten", "f": "Overstap", "g": "Geld",
     "h": "Medezeggenschap", "i": "Geschillen", "j": "Duur, toetreding, wijziging en opzegging"})
def build_140(path):
    write_text(path, H140)


# ----------------------------------------------------------------------------------------------
# h141 - AOC interne regeling (one bevoegd gezag), besluit form with a large table per leerjaar, DOCX
# fully compliant; h, i, j not applicable
# ----------------------------------------------------------------------------------------------

@agreement(
    141, "h141_interne_regeling_aoc_teelt_tabel_hollands_kroon", "docx",
    "AOC interne regeling as a besluit of the college van bestuur with a large per-leerjaar table "
    "(DOCX); Hollands Kroon, Groen kb -> Vakbekwaam medewerker teelt niveau 3; fully compliant, "
    "explicit no transfer within one rechtspersoon, h/i/j not applicable",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "not_applicable",
     "j": "not_applicable"},
    {"a": "Artikel 2 Route",
     "b": "Artikel 6 Telers en toeleveranciers",
     "c": "Artikel 3 Routeleiding",
     "d": "Artikel 4 Rapportage aan het college van bestuur",
     "e": "Artikel 5 Inrichting per leerjaar, personeel en voorzieningen",
     "f": "Artikel 7 Overstapmogelijkheden",
     "g": "Artikel 8 Bekostiging"})
def build_141(path):
    B = []
    H = lambda t: B.append(("h1", t))
    P = lambda t: B.append(("p", t))
    B += [("title", "Interne regeling doorlopende leerroute Groen - Teelt"),
          ("subtitle", "Besluit van het college van bestuur van de Stichting Agrarisch Opleidingscentrum "
                       "Noordkop, 24 juni 2025, kenmerk CvB/2025/118")]
    P("Het college van bestuur van de Stichting Agrarisch Opleidingscentrum Noordkop, bevoegd gezag van "
      "zowel Groencollege Noordkop vmbo (locatie Middenmeer) als Groencollege Noordkop mbo (locatie "
      "Schagen), hierna: het AOC;")
    P("gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde "
      "lid, van de Wet educatie en beroepsonderwijs, op grond waarvan een doorlopende leerroute die geheel "
      "binnen één bevoegd gezag wordt verzorgd, op overeenkomstige wijze bij interne regeling wordt "
      "geregeld;")
    P("gehoord de deelraad vmbo en de studentenraad mbo, die over het voornemen positief hebben "
      "geadviseerd;")
    P("besluit vast te stellen de volgende interne regeling.")

    H("Artikel 1 Begrippen")
    P("In deze regeling wordt verstaan onder: route: de doorlopende leerroute bedoeld in artikel 2; "
      "afdeling vmbo: Groencollege Noordkop vmbo; afdeling mbo: Groencollege Noordkop mbo; routeleider: "
      "de functionaris bedoeld in artikel 3; PTA/OER: het gezamenlijke programma van toetsing en "
      "afsluiting en de onderwijs- en examenregeling van de route.")

    H("Artikel 2 Route")
    P("2.1 Het AOC verzorgt vanaf 1 augustus 2025 een doorlopende leerroute van het profiel Groen in de "
      "kaderberoepsgerichte leerweg naar de vakopleiding Vakbekwaam medewerker teelt (niveau 3, bol) in "
      "het opleidingsdomein Voedsel, natuur en leefomgeving.")
    P("2.2 De route duurt vijf jaar en leidt tot het vmbo-diploma kaderberoepsgerichte leerweg Groen en "
      "het mbo-diploma Vakbekwaam medewerker teelt. De afdelingen registreren de route in RIO.")

    H("Artikel 3 Routeleiding")
    P("3.1 De leiding over de route berust bij een routeleider, bijgestaan door een routeteam bestaande "
      "uit de teamleider bovenbouw van de afdeling vmbo, de opleidingscoördinator teelt van de afdeling "
      "mbo en de stagecoördinator.")
    P("3.2 Het college van bestuur benoemt de routeleider, op voordracht van de directeuren van beide "
      "afdelingen, voor een periode van vier jaar. De leden van het routeteam worden door de directeur "
      "van hun afdeling aangewezen.")
    P("3.3 De routeleider is belast met de dagelijkse leiding, het opstellen van het PTA/OER ter "
      "vaststelling door de directeuren, de roostering, de toelating tot de route en de afstemming met het "
      "werkveld. Hij is gemandateerd om binnen het routebudget verplichtingen aan te gaan tot EUR 5.000 en "
      "om over de inzet van docenten van beide afdelingen te beslissen binnen de jaarlijks vastgestelde "
      "formatie. Het aangaan van arbeidsovereenkomsten en investeringen blijven voorbehouden aan het "
      "college van bestuur.")

    H("Artikel 4 Rapportage aan het college van bestuur")
    P("4.1 De routeleider rapporteert tweemaal per jaar aan het college van bestuur door middel van een "
      "managementrapportage, in januari over de eerste helft en in juli over het gehele schooljaar.")
    P("4.2 De julirapportage bevat in elk geval instroom, uitval, overstap en diplomering per cohort, "
      "de uitkomsten van de leerlingenenquête, het gebruik van het routebudget en de adviezen van de "
      "werkveldkring. Het college van bestuur bespreekt de rapportage met de routeleider en de beide "
      "directeuren in het eerstvolgende managementoverleg.")

    H("Artikel 5 Inrichting per leerjaar, personeel en voorzieningen")
    P("5.1 De inrichting van de route per leerjaar is als volgt:")
    B.append(("table", [
        ["Leerjaar", "Fase / inschrijving", "Locatie", "Programma", "Examinering", "Praktijk",
         "Docenten"],
        ["1 (vmbo 3)", "vo-fase, afdeling vmbo", "Middenmeer; 1 dag per week kas Schagen",
         "beroepsgericht profielvak Groen, algemene vakken, mbo-module plantenteelt",
         "schoolexamens PTA; eerste mbo-module", "snuffelstage 1 week bij teler",
         "vmbo-team + 1 docent teelt mbo (4 uur/week)"],
        ["2 (vmbo 4)", "vo-fase, afdeling vmbo", "Middenmeer; 1 dag per week kas Schagen",
         "afronding vmbo Groen, keuzevakken teelt", "centraal examen vmbo; mbo-module gewasbescherming",
         "stage 4 weken", "vmbo-team + docent teelt mbo; teambevoegdheid module Van zaad tot schap"],
        ["3 (mbo 1)", "mbo-fase, afdeling mbo", "Schagen", "kerntaken teelt, Nederlands, rekenen, "
         "burgerschap", "mbo-examens kerntaak 1", "bpv 12 weken", "mbo-team; mentor vmbo blijft "
         "aanspreekpunt tot 1 december"],
        ["4 (mbo 2)", "mbo-fase, afdeling mbo", "Schagen en leerbedrijf", "kerntaken teelt en "
         "leidinggeven aan teelt", "mbo-examens kerntaak 2", "bpv 20 weken", "mbo-team"],
        ["5 (mbo 3)", "mbo-fase, afdeling mbo", "leerbedrijf; 1 dag Schagen", "keuzedelen, proeve",
         "proeve van bekwaamheid", "bpv 24 weken", "mbo-team, praktijkopleider"],
    ], [1.8, 2.2, 2.4, 3.0, 2.6, 1.9, 2.6]))
    P("5.2 Het programma en de examinering per leerjaar worden nader vastgelegd in het PTA/OER, dat de "
      "directeuren jaarlijks vóór 1 oktober vaststellen.")
    P("5.3 Docenten van beide afdelingen vormen één routeteam. Voor de vakoverstijgende module Van zaad "
      "tot schap wordt de teambevoegdheid toegepast; het PTA/OER vermeldt welke bevoegde docent voor welk "
      "onderdeel verantwoordelijk is. De formatie voor de route wordt jaarlijks in de formatieplannen van "
      "beide afdelingen opgenomen.")
    P("5.4 Leerlingen van de route gebruiken de teeltkas, de klimaatcomputer, de trekkerbaan en de "
      "leerbibliotheek van de locatie Schagen en de schooltuin en het practicumlokaal van de locatie "
      "Middenmeer. Het leerlingenvervoer op de praktijkdagen wordt door het AOC verzorgd.")

    H("Artikel 6 Telers en toeleveranciers")
    P("6.1 Voor de route is een werkveldkring ingesteld met vertegenwoordigers van ten minste vier "
      "glastuinbouw- en akkerbouwbedrijven in het Agriport-gebied en de Wieringermeer, LTO Noord afdeling "
      "Hollands Kroon en een adviseur van SBB. De werkveldkring komt in oktober en maart bijeen en "
      "adviseert over de actualiteit van het programma en de keuzedelen.")
    P("6.2 De bedrijven in de werkveldkring bieden stage- en bpv-plaatsen, stellen praktijkopdrachten "
      "beschikbaar voor de module Van zaad tot schap en leveren assessoren voor de proeve van bekwaamheid.")

    H("Artikel 7 Overstapmogelijkheden")
    P("7.1 Een leerling die de route in leerjaar 1 of 2 verlaat, vervolgt zijn opleiding in de reguliere "
      "kader- of basisberoepsgerichte leerweg Groen van de afdeling vmbo en wordt voorbereid op het "
      "vmbo-diploma.")
    P("7.2 Een leerling die het vmbo-diploma niet behaalt, kan het examen opnieuw afleggen of, zonder dat "
      "de vooropleidingseisen worden toegepast, instromen in de opleiding Medewerker teelt (niveau 2) of "
      "een andere opleiding van de afdeling mbo.")
    P("7.3 Een student die in de mbo-fase van richting wil veranderen, kan overstappen naar een andere "
      "opleiding op niveau 3 van de afdeling mbo, zoals Vakbekwaam medewerker dierverzorging of Vakbekwaam "
      "hovenier, met vrijstelling voor behaalde onderdelen.")
    P("7.4 Over de passende mogelijkheid beslissen de directeuren van beide afdelingen gezamenlijk, na een "
      "gesprek met de leerling en zijn ouders, op basis van het bereikte onderwijsniveau en de leeftijd. "
      "De schoolgids beschrijft de werkwijze.")

    H("Artikel 8 Bekostiging")
    P("Omdat de route geheel binnen één rechtspersoon wordt verzorgd, vindt geen overdracht van "
      "bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de "
      "route worden gedragen door de begrotingen van de afdelingen waar zij ontstaan.")

    H("Artikel 9 Slotbepalingen")
    P("9.1 Deze regeling treedt in werking op 1 augustus 2025 en wordt elke twee jaar door het college "
      "van bestuur geëvalueerd. Zij wordt gepubliceerd op het intranet en in de schoolgids.")
    P("9.2 Deze regeling wordt aangehaald als: Interne regeling doorlopende leerroute Groen - Teelt.")
    P("Aldus vastgesteld door het college van bestuur op 24 juni 2025.")
    P("drs. W.F. Bakker, voorzitter college van bestuur        ing. T. de Vries-Kooij, lid college van "
      "bestuur")
    render_docx(path, B, "Interne regeling doorlopende leerroute Groen - Teelt", font="Arial", size=10)


# ----------------------------------------------------------------------------------------------
# h142 - geïntegreerde route, three parties, Markdown "afspraakkaarten" with Wie/Wat/Wanneer fields
# defects: f automatic Entree (weak), h only describes the law (not_applicable),
#          j without protection of pupils (weak)
# ----------------------------------------------------------------------------------------------

H142 = """
# Samenwerkingsovereenkomst geïntegreerde route vmbo-mbo Maasduinen

**Produceren, installeren en energie (basis) -> Monteur elektrotechnische installaties (niveau 2)**

Versie 1.0 - vastgesteld 30 juni 2025

## Partijen

| Partij | Bevoegd gezag | Vertegenwoordigd door | Hierna |
|---|---|---|---|
| Niersdal College, school voor vbo en mavo, Gennep | Stichting Openbaar Voortgezet Onderwijs Maasduinen | mw. L. Hendrix, voorzitter college van bestuur | Niersdal |
| Vmbo De Kraal, Bergen (L.) | Stichting Katholiek Voortgezet Onderwijs Bergen-Well | dhr. P. Janssen, directeur-bestuurder | De Kraal |
| Techniekcollege Venray | Stichting ROC Maas en Peel | dhr. drs. F. Verstegen, voorzitter college van bestuur | het ROC |

Niersdal en De Kraal heten hieronder samen *de scholen*; alle drie samen *partijen*.

Partijen verzorgen samen een geïntegreerde route als bedoeld in artikel 2.107l WVO 2020 en artikel
9.1.17 WEB en leggen hun afspraken vast in de onderstaande afspraakkaarten. Elke kaart is bindend.

---

## Afspraak 1 - De route

- **Wat:** leerlingen van de basisberoepsgerichte leerweg met het profiel Produceren, installeren en
  energie (PIE) volgen vanaf leerjaar 3 één geïntegreerd programma dat leidt tot het mbo-diploma Monteur
  elektrotechnische installaties, niveau 2 (bbl-variant in het laatste jaar mogelijk), opleidingsdomein
  Installatie- en energietechniek. Een vmbo-eindexamen is in deze route niet verplicht.
- **Voor wie:** leerlingen voor wie de route naar het oordeel van de school, na overleg met leerling,
  ouders en het ROC, het meest kansrijk is.
- **Hoe lang:** drie jaar (vmbo 3, vmbo 4 en één mbo-jaar). Per school starten jaarlijks maximaal tien
  leerlingen.
- **Melding:** iedere school meldt de route zelf in RIO; het ROC ook.

## Afspraak 2 - Werkveld

- **Wie:** Installatiebedrijf Peters (Gennep), Elektro Van Dijk (Bergen), Technische Unie Venray en
  de regionale afdeling van Techniek Nederland; SBB adviseert.
- **Wat:** de bedrijven bieden vanaf vmbo 4 stageplaatsen en in het mbo-jaar bbl- of bpv-plaatsen,
  geven per jaar minstens twee praktijkdagen op de bouwplaats en beoordelen de proeve van bekwaamheid
  mee. Eenmaal per jaar toetst een werkveldpanel van deze bedrijven het programma.

## Afspraak 3 - Routeraad (leiding)

- **Wie:** een routeraad met de teamleider techniek van Niersdal, de teamleider techniek van De Kraal
  en de opleidingsmanager Elektrotechniek van het ROC (voorzitter).
- **Benoeming:** ieder bevoegd gezag wijst zijn eigen lid aan en meldt dat schriftelijk aan de anderen;
  het college van bestuur van het ROC wijst de voorzitter aan.
- **Taken:** programma en PTA/OER-opstelling, plaatsing van leerlingen, rooster, stageplaatsen,
  kwaliteitszorg.
- **Bevoegdheden:** de routeraad beslist over de verdeling van de docenturen binnen de afgesproken
  formatie en over uitgaven tot EUR 3.000; al het andere gaat naar de besturen.

## Afspraak 4 - Informatie en verantwoording

- **Wat:** de routeraad levert elk jaar vóór 15 september een routejaarverslag aan alle drie de
  besturen (instroom, uitval, diploma's, financiën, knelpunten), en in februari een korte
  voortgangsnotitie.
- **Wanneer besproken:** in het bestuurlijk overleg van de drie bestuurders in oktober.

## Afspraak 5 - Onderwijs, personeel en ruimtes

- **Waar:** vmbo 3 op de eigen school, met één dag per week in het Techniekcollege Venray; vmbo 4 twee
  dagen per week in Venray; het mbo-jaar in Venray en bij het leerbedrijf.
- **Programma:** het geïntegreerde programma en de examinering per leerjaar staan in het gezamenlijke
  PTA/OER, dat de routeraad jaarlijks vóór 1 oktober ter vaststelling aan de besturen voorlegt.
- **Personeel:** de docenten PIE van beide scholen en twee docenten elektrotechniek van het ROC vormen
  één team en passen de teambevoegdheid toe; het PTA/OER vermeldt wie voor welk onderdeel bevoegd is.
  Docenten blijven in dienst van hun eigen werkgever.
- **Ruimtes en materiaal:** het ROC stelt de installatiehal, de meetapparatuur en gereedschapskoffers
  beschikbaar; de scholen hun PIE-lokalen voor de theorielessen.

## Afspraak 6 - Als een leerling de route verlaat

- **Wat:** een leerling die de geïntegreerde route tussentijds verlaat, wordt ingeschreven bij de
  Entree-opleiding van het ROC (niveau 1) en vervolgt daar zijn opleiding.
- **Wie:** het ROC regelt de inschrijving bij Entree.

## Afspraak 7 - Geld

- **Wat:** voor iedere leerling in vmbo 3 en vmbo 4 draagt de school waar de leerling staat ingeschreven
  EUR 1.050 per schooljaar aan het ROC over, met toepassing van artikel 5.42a WVO 2020.
- **Waarvoor:** de inzet van de ROC-docenten in vmbo 3 en 4 (EUR 800) en het gebruik van de
  installatiehal en materialen (EUR 250).
- **Wanneer:** na de telling van 1 oktober, in één keer vóór 1 december.

## Afspraak 8 - Medezeggenschap

- Voor leerlingen die op een school staan ingeschreven, hun ouders en het personeel van de scholen geldt
  de Wet medezeggenschap op scholen; voor studenten en personeel van het ROC de WEB en de Wet op de
  ondernemingsraden. Partijen kunnen daarnaast aanvullende afspraken maken.

## Afspraak 9 - Geschillen

- **Stap 1:** de routeraad probeert een geschil over de uitvoering binnen drie weken op te lossen.
- **Stap 2:** lukt dat niet, dan overleggen de drie bestuurders binnen een maand.
- **Stap 3:** blijft het geschil bestaan, dan schakelen partijen samen een mediator in; de kosten
  delen zij in gelijke delen.
- **Stap 4:** leidt de mediation niet binnen drie maanden tot een oplossing, dan kan iedere partij het
  geschil voorleggen aan de bevoegde rechter van de rechtbank Limburg.

## Afspraak 10 - Nieuwe partners, wijzigen en opzeggen

- **Toetreding:** een andere school voor vbo of instelling voor beroepsonderwijs kan meedoen als alle
  partijen schriftelijk instemmen en de nieuwe partner deze overeenkomst ondertekent.
- **Wijzigen:** alleen schriftelijk, met handtekening van alle drie de besturen.
- **Opzeggen:** iedere partij kan op elk moment schriftelijk opzeggen met een opzegtermijn van drie
  maanden. De overeenkomst blijft dan tussen de overige partijen bestaan, als er ten minste één school
  en het ROC overblijven.
- **Looptijd:** vanaf 1 augustus 2025 voor onbepaalde tijd.

## Ondertekening

Gennep / Bergen / Venray, 30 juni 2025

- Stichting Openbaar Voortgezet Onderwijs Maasduinen - L. Hendrix
- Stichting Katholiek Voortgezet Onderwijs Bergen-Well - P. Janssen
- Stichting ROC Maas en Peel - F. Verstegen
"""


@agreement(
    142, "h142_geintegreerde_route_drie_partijen_kaarten_maasduinen", "md",
    "Markdown afspraakkaarten (Wie/Wat/Wanneer fields), geïntegreerde route with three parties (two "
    "vmbo boards + ROC); Maasduinen, PIE bb -> Monteur elektrotechnische installaties niveau 2; defects: "
    "leaver goes automatically to Entree (f weak), medezeggenschap only the law and 'kunnen' (h n/a), "
    "opzegging at any moment without pupil protection (j weak)",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "weak", "g": "present", "h": "not_applicable", "i": "present", "j": "weak"},
    {"a": "Afspraak 1 - De route", "b": "Afspraak 2 - Werkveld",
     "c": "Afspraak 3 - Routeraad (leiding)", "d": "Afspraak 4 - Informatie en verantwoording",
     "e": "Afspraak 5 - Onderwijs, personeel en ruimtes", "g": "Afspraak 7 - Geld",
     "i": "Afspraak 9 - Geschillen"})
def build_142(path):
    write_text(path, H142)


# ----------------------------------------------------------------------------------------------
# h143 - PDF whose operative part is one large afsprakentabel (Nr/Onderwerp/Afspraak/Wie/Wanneer)
# defects: f imposes vooropleidingseisen within the same instelling (weak), h placeholder (weak),
#          j no toetreding (weak)
# ----------------------------------------------------------------------------------------------

@agreement(
    143, "h143_grote_afsprakentabel_ict_barneveld", "pdf",
    "PDF whose operative part is one large afsprakentabel (Nr / Onderwerp / Afspraak / Wie / Wanneer); "
    "Barneveld, Media vormgeving en ICT gl -> Software developer niveau 4; defects: vmbo-diploma "
    "required before overstap within the same instelling (f weak), medezeggenschap PM-placeholder "
    "(h weak), no toetreding clause (j weak)",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "weak", "g": "present", "h": "weak", "i": "present", "j": "weak"},
    {"a": "Profiel en opleiding", "b": "Werkveld", "c": "Routeleiding", "d": "Verantwoording",
     "e": "Personeel en faciliteiten", "g": "Financiën", "i": "Geschillen"})
def build_143(path):
    B = [("title", "Samenwerkingsovereenkomst ICT-route Barneveld"),
         ("subtitle", "doorlopende leerroute vmbo gemengde leerweg Media, vormgeving en ICT - mbo Software "
                      "developer (niveau 4)")]
    P = lambda t: B.append(("p", t))
    P("Partijen:")
    B.append(("bullet", "Stichting Christelijk Voortgezet Onderwijs Barneveld en omstreken, bevoegd gezag "
                        "van De Valleipoort, school voor vmbo te Barneveld, vertegenwoordigd door de heer "
                        "K. van de Bunt, voorzitter van het college van bestuur (hierna: De Valleipoort);"))
    B.append(("bullet", "Stichting ROC Eemvallei, bevoegd gezag van ROC Eemvallei te Amersfoort en Ede, "
                        "vertegenwoordigd door mevrouw dr. S. Hoekstra, voorzitter van het college van "
                        "bestuur (hierna: Eemvallei)."))
    P("Partijen verzorgen vanaf het schooljaar 2025-2026 samen een doorlopende leerroute vmbo-mbo en leggen "
      "de afspraken daarover vast in de onderstaande afsprakentabel. De tabel is het bindende deel van deze "
      "overeenkomst; elke regel geldt als een afzonderlijke bepaling.")
    B.append(("h1", "Afsprakentabel"))
    rows = [["Nr", "Onderwerp", "Afspraak", "Wie", "Wanneer"]]
    rows += [
        ["1", "Profiel en opleiding",
         "De route verbindt de gemengde leerweg van De Valleipoort, met het beroepsgerichte profielvak "
         "Media, vormgeving en ICT, met de middenkaderopleiding Software developer (niveau 4, bol) in het "
         "opleidingsdomein ICT en creatieve industrie van Eemvallei. Duur vijf jaar: twee jaar vo-fase, "
         "drie jaar mbo-fase. Maximaal 20 leerlingen per cohort. Partijen melden de route gezamenlijk in "
         "RIO.", "beide besturen", "start 1 augustus 2025"],
        ["2", "Werkveld",
         "Veluwe Digital B.V., Software Atelier Voorthuizen, de ICT-afdeling van Pluimveebedrijf Hop & Zn. "
         "en de regionale tech-coöperatie FoodValley Tech bieden snuffelstages in leerjaar 2, "
         "bpv-plaatsen in de mbo-fase en een jaarlijkse hackathon met echte opdrachten. Twee developers "
         "van deze bedrijven beoordelen de proeve van bekwaamheid mee. De bedrijven en de SBB-adviseur "
         "bespreken tweemaal per jaar het programma met de routeleiding.",
         "routeleiding met bedrijven", "oktober en april"],
        ["3", "Routeleiding",
         "De routeleiding bestaat uit de teamleider gl van De Valleipoort, de opleidingsmanager ICT van "
         "Eemvallei en een routecoördinator. De teamleider wordt aangewezen door het college van bestuur "
         "van De Valleipoort, de opleidingsmanager door het college van bestuur van Eemvallei; de "
         "routecoördinator wordt door beide colleges samen benoemd. Taken: PTA/OER opstellen, rooster, "
         "toelating, stageplaatsen, kwaliteitszorg. De routeleiding beslist over de inzet van docenturen "
         "binnen de afgesproken formatie en over uitgaven tot EUR 4.000; personele en grotere financiële "
         "besluiten nemen de besturen.", "beide besturen", "doorlopend"],
        ["4", "Verantwoording",
         "De routeleiding levert beide colleges van bestuur een schriftelijke halfjaarrapportage "
         "(aantallen, uitval, resultaten, financiën, signalen van het werkveld) en bespreekt de "
         "augustusrapportage in het bestuurlijk overleg.", "routeleiding",
         "februari en augustus; overleg september"],
        ["5", "Locaties en programma",
         "Vo-fase op De Valleipoort in Barneveld, met elke woensdag lessen op de locatie Ede van "
         "Eemvallei; mbo-fase op de locatie Amersfoort van Eemvallei en bij de leerbedrijven. Programma en "
         "examinering per leerjaar staan in het gezamenlijke PTA/OER; het centraal examen vmbo wordt "
         "afgenomen in leerjaar 2 van de route.", "routeleiding", "PTA/OER vóór 1 oktober"],
        ["6", "Personeel en faciliteiten",
         "Twee docenten software development van Eemvallei geven in de vo-fase samen zes lesuren per week; "
         "de docent MVI van De Valleipoort verzorgt in leerjaar 3 het vak UX-design bij Eemvallei. Voor de "
         "projecten App voor de regio wordt met teambevoegdheid gewerkt. Eemvallei stelt het ICT-lab, de "
         "testservers en de softwarelicenties beschikbaar, De Valleipoort haar makerspace en laptops.",
         "teamleider en opleidingsmanager", "per schooljaar"],
        ["7", "Overstap",
         "Stopt een leerling in de vo-fase, dan maakt hij de gemengde of theoretische leerweg op De "
         "Valleipoort af en haalt hij daar zijn vmbo-diploma. Heeft een leerling na leerjaar 3 geen "
         "vmbo-diploma, dan behaalt hij dat eerst op De Valleipoort; de toelatingseisen van Eemvallei "
         "gelden ook voor routeleerlingen onverkort, zodat hij pas met een vmbo-diploma tot een (andere) "
         "opleiding van Eemvallei kan worden toegelaten. In de mbo-fase kan een student overstappen naar "
         "Expert IT systems and devices (niveau 4). De teamleider en de opleidingsmanager beslissen samen, "
         "na een gesprek met leerling en ouders, op basis van het bereikte niveau en de leeftijd.",
         "teamleider en opleidingsmanager", "binnen vier weken na melding"],
        ["8", "Financiën",
         "De Valleipoort draagt met toepassing van artikel 5.42a WVO 2020 per leerling in de vo-fase EUR "
         "700 per schooljaar over aan Eemvallei, bestemd voor de inzet van de docenten van Eemvallei in de "
         "vo-fase en het gebruik van het ICT-lab. Eemvallei draagt niets over aan De Valleipoort.",
         "controllers", "telling 1 oktober; betaling vóór 1 januari"],
        ["9", "Medezeggenschap",
         "[aanvullende afspraken invullen na advies MR en studentenraad - PM]", "PM", "PM"],
        ["10", "Geschillen",
         "Een geschil over de uitvoering wordt eerst in de routeleiding besproken, daarna door de beide "
         "bestuurders. Lukt het hun niet binnen zes weken, dan vragen partijen bindend advies aan een "
         "onafhankelijke deskundige die zij samen aanwijzen; diens advies is voor beide partijen bindend.",
         "routeleiding, besturen", "binnen zes weken"],
        ["11", "Looptijd en opzegging",
         "De overeenkomst geldt vijf jaar vanaf 1 augustus 2025 en wordt daarna steeds stilzwijgend met vijf "
         "jaar verlengd. Opzegging kan schriftelijk tegen 1 augustus, met een termijn van twaalf maanden. "
         "Na opzegging stroomt geen nieuw cohort meer in; leerlingen die al in de route zitten, ronden die "
         "bij partijen af.", "beide besturen", "tegen 1 augustus"],
        ["12", "Wijziging",
         "De overeenkomst wordt alleen schriftelijk gewijzigd, met handtekening van beide colleges van "
         "bestuur. Wijzigingen in het programma gelden alleen voor nieuwe cohorten.", "beide besturen",
         "bij de jaarlijkse evaluatie"],
    ]
    B.append(("table", rows, [0.7, 2.9, 7.9, 2.8, 2.3]))
    P("Bijlage: gezamenlijk PTA/OER ICT-route 2025-2026 (wordt jaarlijks vastgesteld).")
    P("Aldus overeengekomen en ondertekend te Barneveld op 30 juni 2025.")
    B.append(("sig", ["Stichting Christelijk Voortgezet Onderwijs Barneveld en omstreken",
                      "K. van de Bunt, voorzitter college van bestuur"],
              ["Stichting ROC Eemvallei", "dr. S. Hoekstra, voorzitter college van bestuur"]))
    render_pdf(path, B, font="Helvetica", size=9.5, header="ICT-route Barneveld - samenwerkingsovereenkomst")


# ----------------------------------------------------------------------------------------------
# h144 - convenant in DOCX with unnumbered Word heading styles, vakinstelling horeca
# defects: leiding written at length but without any appointment rule (c weak, subtle);
#          nothing at all about finances (g missing)
# ----------------------------------------------------------------------------------------------

@agreement(
    144, "h144_convenant_kopstijlen_vakinstelling_kok_leudal", "docx",
    "Convenant-style DOCX with unnumbered Word heading styles, vakinstelling for horeca; Leudal, Horeca "
    "bakkerij en recreatie kb -> Zelfstandig werkend kok niveau 3; defects: stuurgroep described at "
    "length (samenstelling, taken, bevoegdheden) but nobody appoints its members (c weak), nothing at "
    "all on finances (g missing)",
    {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
     "f": "present", "g": "missing", "h": "present", "i": "present", "j": "present"},
    {"a": "De kookroute",
     "b": "Gastronomie uit de regio",
     "d": "Verslag aan de besturen",
     "e": "Onderwijs in keuken en klas",
     "f": "Een andere weg naar een diploma",
     "h": "De stem van leerlingen, ouders en medewerkers",
     "i": "Wanneer wij van mening verschillen",
     "j": "Nieuwe deelnemers, aanpassing en beëindiging"})
def build_144(path):
    B = []
    H = lambda t: B.append(("h1", t))
    P = lambda t: B.append(("p", t))
    B += [("title", "Convenant Kookroute Leudal"),
          ("subtitle", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Horeca, bakkerij en "
                       "recreatie - Zelfstandig werkend kok")]
    H("Partijen")
    P("Stichting Scholengroep Leudal en Maasgouw, bevoegd gezag van Haelenhof Vmbo te Haelen, te dezen "
      "vertegenwoordigd door haar voorzitter college van bestuur, de heer drs. B.J.M. Cox, hierna: "
      "Haelenhof;")
    P("Stichting Vakcollege Gastronomie Limburg, vakinstelling voor middelbaar beroepsonderwijs in de horeca "
      "te Roermond, te dezen vertegenwoordigd door haar directeur-bestuurder, mevrouw C. Geurts-Beelen, "
      "hierna: het Vakcollege.")

    H("Aanleiding")
    P("Restaurants, hotels en recreatiebedrijven in Midden-Limburg zoeken dringend goed opgeleide koks. "
      "Tegelijk haken jongeren af bij de overgang van vmbo naar mbo. Haelenhof en het Vakcollege willen "
      "leerlingen daarom vanaf het derde leerjaar een ononderbroken leerroute bieden, met vroeg contact met "
      "de beroepspraktijk. Dit convenant legt vast wat partijen daarvoor van elkaar mogen verwachten. "
      "Partijen verbinden zich tot naleving van de hierna volgende afspraken.")

    H("De kookroute")
    P("Partijen verzorgen vanaf 1 augustus 2025 samen de Kookroute Leudal: een doorlopende leerroute die "
      "begint in de kaderberoepsgerichte leerweg van Haelenhof, profiel Horeca, bakkerij en recreatie, en "
      "doorloopt in de vakopleiding Zelfstandig werkend kok (niveau 3, bol) in het opleidingsdomein Horeca "
      "en bakkerij van het Vakcollege. De route duurt vijf jaar en leidt tot het vmbo-diploma "
      "kaderberoepsgerichte leerweg en het mbo-diploma Zelfstandig werkend kok. Per schooljaar starten "
      "ten hoogste achttien leerlingen. Partijen registreren de route gezamenlijk in RIO.")

    H("De stuurgroep")
    P("De leiding over de Kookroute ligt bij een stuurgroep van vier leden: twee medewerkers van Haelenhof en "
      "twee medewerkers van het Vakcollege, onder wie in elk geval iemand met ruime ervaring als chef in een "
      "professionele keuken. Het voorzitterschap wisselt ieder schooljaar tussen Haelenhof en het Vakcollege; "
      "het eerste jaar zit een medewerker van Haelenhof voor.")
    P("De stuurgroep heeft tot taak:")
    for t in [
        "het jaarlijks opstellen van het gezamenlijke PTA/OER van de route en het ter vaststelling "
        "voorleggen daarvan aan de besturen;",
        "het maken van het rooster en de verdeling van de lessen over de docenten en chef-docenten van "
        "beide partijen;",
        "de toelating van leerlingen tot de route en de begeleiding van leerlingen die de route verlaten;",
        "het onderhouden van de contacten met de leerbedrijven en de werkveldraad;",
        "de kwaliteitszorg, waaronder een jaarlijkse enquête onder leerlingen, ouders en leerbedrijven.",
    ]:
        B.append(("bullet", t))
    P("De stuurgroep is bevoegd zelfstandig te beslissen over de inzet van docenten binnen de uren die "
      "beide partijen jaarlijks voor de route vaststellen, over de plaatsing van leerlingen bij "
      "leerbedrijven en over de inrichting van het rooster. Zij is niet bevoegd tot het aangaan van "
      "verplichtingen namens een van de partijen of tot besluiten over personeel; die blijven voorbehouden "
      "aan de besturen. De stuurgroep vergadert ten minste zes keer per schooljaar en besluit bij "
      "meerderheid van stemmen, waarbij ten minste één lid van elke partij voor moet stemmen.")

    H("Verslag aan de besturen")
    P("De stuurgroep stelt elk jaar een schriftelijk verslag op over het afgelopen schooljaar en zendt dat "
      "vóór 1 november aan de beide besturen. Het verslag beschrijft in elk geval de in-, door- en "
      "uitstroom per cohort, de examenresultaten, de gebruikte overstapmogelijkheden, de uitkomsten van de "
      "enquête en de adviezen van de werkveldraad. In maart voert de stuurgroep daarnaast een "
      "voortgangsoverleg met beide bestuurders, waarin zij mondeling verslag doet van de lopende zaken.")

    H("Onderwijs in keuken en klas")
    P("In de eerste twee leerjaren krijgen de leerlingen les op Haelenhof. Eén dag per week koken zij in "
      "het leerrestaurant De Roerkeuken van het Vakcollege in Roermond; in het tweede leerjaar draaien zij "
      "daar ook avonddiensten mee. Vanaf het derde leerjaar volgen zij het onderwijs bij het Vakcollege en "
      "bij hun leerbedrijf. Het programma en de examinering per leerjaar zijn vastgelegd in het "
      "gezamenlijke PTA/OER; het centraal examen vmbo wordt in het tweede leerjaar afgenomen.")
    P("De vakdocenten horeca van Haelenhof en de chef-docenten van het Vakcollege vormen samen één team. "
      "Chef-docenten van het Vakcollege geven in de vo-fase wekelijks zes lesuren praktijk, de docent "
      "Nederlands van Haelenhof verzorgt in het derde leerjaar de taallessen bij het Vakcollege. Voor de "
      "vakoverstijgende module Van boer tot bord wordt de teambevoegdheid toegepast; het PTA/OER vermeldt "
      "wie voor welk onderdeel bevoegd is. Ieder blijft in dienst van de eigen werkgever.")
    P("Het Vakcollege stelt de professionele keukens, het leerrestaurant, de koel- en vriesruimten en de "
      "koksbuizen ter beschikking; Haelenhof het praktijklokaal horeca en de schoolkantine als "
      "oefenrestaurant.")

    H("Gastronomie uit de regio")
    P("Restaurant De Kempenhoeve (Heythuysen), Hotel Kasteel Exaten (Baexem), Recreatiepark De Leu "
      "(Roggel) en de afdeling Midden-Limburg van Koninklijke Horeca Nederland nemen deel aan de "
      "werkveldraad van de route. De werkveldraad komt twee keer per jaar bijeen en adviseert over het "
      "programma, de keuzedelen en de seizoensplanning van de stages. De deelnemende bedrijven bieden "
      "leerlingen in het tweede leerjaar een meeloopstage en in de mbo-fase bpv-plaatsen, hun chefs geven "
      "per schooljaar ten minste drie masterclasses en beoordelen de proeve van bekwaamheid mee. De SBB-"
      "adviseur ondersteunt de erkenning van nieuwe leerbedrijven.")

    H("Een andere weg naar een diploma")
    P("Niet iedere leerling maakt de route af. Partijen spreken af dat elke leerling die de route verlaat "
      "een vervolg krijgt dat tot een diploma leidt:")
    for t in [
        "wie in de vo-fase stopt, vervolgt de kaderberoepsgerichte of basisberoepsgerichte leerweg op "
        "Haelenhof, in hetzelfde of een ander profiel, en haalt daar het vmbo-diploma;",
        "wie aan het eind van het derde leerjaar het vmbo-diploma niet heeft, kan het examen opnieuw doen "
        "of instromen in de opleiding Kok (niveau 2) of een andere opleiding van het Vakcollege; de "
        "vooropleidingseisen gelden dan niet;",
        "wie in de mbo-fase merkt dat de keuken niet bij hem past, kan overstappen naar een andere "
        "opleiding op niveau 3, zoals Zelfstandig werkend gastheer/gastvrouw, met behoud van wat hij al "
        "heeft behaald.",
    ]:
        B.append(("bullet", t))
    P("De teamleider horeca van Haelenhof en de opleidingsmanager van het Vakcollege beslissen samen welke "
      "weg past, na een gesprek met de leerling en zijn ouders, en houden daarbij rekening met het bereikte "
      "onderwijsniveau en de leeftijd. Wil de leerling naar een andere school of instelling, dan helpen "
      "partijen bij de aanmelding en het geschiktheidsonderzoek.")

    H("De stem van leerlingen, ouders en medewerkers")
    P("Naast de wettelijke medezeggenschap spreken partijen af dat de leerlingen van de route ieder jaar "
      "uit hun midden een routevertegenwoordiger kiezen. Die neemt, ook tijdens de vo-fase, met spreekrecht "
      "deel aan de vergaderingen van de studentenraad van het Vakcollege wanneer de route aan de orde is. "
      "Een voornemen om de route ingrijpend te wijzigen of te beëindigen leggen partijen voor advies voor "
      "aan de medezeggenschapsraad van Haelenhof en aan de studentenraad en de personeelsvertegenwoordiging "
      "van het Vakcollege.")

    H("Wanneer wij van mening verschillen")
    P("Verschillen van mening over de uitvoering van dit convenant worden eerst in de stuurgroep besproken. "
      "Lukt het daar niet binnen vier weken, dan zoeken de bestuurders samen naar een oplossing. Komen ook "
      "zij er binnen zes weken niet uit, dan leggen partijen het geschil voor aan een mediator die zij samen "
      "kiezen. Blijft het geschil daarna bestaan, dan kan ieder van partijen het voorleggen aan de bevoegde "
      "rechter van de rechtbank Limburg.")

    H("Nieuwe deelnemers, aanpassing en beëindiging")
    P("Een andere vmbo-school of mbo-instelling kan tot dit convenant toetreden als beide partijen daar "
      "schriftelijk mee instemmen en de nieuwe deelnemer het convenant ondertekent; toetreding gaat in per "
      "1 augustus, na melding in RIO. Dit convenant wordt alleen schriftelijk aangepast, door beide "
      "besturen ondertekend. Het convenant geldt voor onbepaalde tijd; ieder van partijen kan het "
      "schriftelijk opzeggen tegen 1 augustus met een termijn van twaalf maanden. Na opzegging stromen geen "
      "nieuwe leerlingen meer in; leerlingen die al in de route zitten, ronden die bij partijen af volgens "
      "dit convenant.")

    H("Ondertekening")
    P("Aldus overeengekomen te Haelen op 30 juni 2025.")
    B.append(("sig", ["Stichting Scholengroep Leudal en Maasgouw", "drs. B.J.M. Cox",
                      "voorzitter college van bestuur"],
              ["Stichting Vakcollege Gastronomie Limburg", "C. Geurts-Beelen", "directeur-bestuurder"]))
    render_docx(path, B, "Convenant Kookroute Leudal", font="Cambria", size=11)


# ==== MAIN ====

def build(nums):
    for n in nums:
        meta = AGREEMENTS[n]
        path = os.path.join(OUT, meta["name"] + "." + meta["fmt"])
        meta["build"](path)
        with open(os.path.join(OUT, meta["name"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(expected_json(meta), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("built", os.path.basename(path))


def check():
    ok = True
    for n in sorted(AGREEMENTS):
        meta = AGREEMENTS[n]
        path = os.path.join(OUT, meta["name"] + "." + meta["fmt"])
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            if meta["fmt"] == "docx":
                with zipfile.ZipFile(path) as z:
                    if "word/document.xml" not in z.namelist():
                        errs.append("no word/document.xml")
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            for k, ev in meta["evidence"].items():
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
            if len(text) < 1500:
                errs.append("text suspiciously short (%d chars)" % len(text))
        ej = os.path.join(OUT, meta["name"] + ".expected.json")
        try:
            with open(ej, encoding="utf-8") as fh:
                if json.load(fh) != expected_json(meta):
                    errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        if errs:
            ok = False
            print("FAIL", meta["name"], *errs, sep="\n   ")
        else:
            print("ok  ", meta["name"], "(%d chars, %d bytes)" % (len(text), os.path.getsize(path)))
    stray = [f for f in os.listdir(OUT) if re.match(r"h1(3[7-9]|4[0-4])_", f)
             and f.rsplit(".", 1)[0].replace(".expected", "") not in
             {m["name"] for m in AGREEMENTS.values()}]
    if stray:
        ok = False
        print("stray files:", stray)
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--check"]:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in args] if args else sorted(AGREEMENTS)
    build(nums)
