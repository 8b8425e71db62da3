#!/usr/bin/env python3
"""Build held-out sample agreements h297-h304 (set 20a).

Written by an independent helper session acting as author of test data. The texts were composed
from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie, in /work/shared/seeds), /work/shared/domain.md and sample_agreements/LABELS.md only,
without looking at checker code, tests, benchmarks or the text of any other sample. All schools,
instellingen, companies, people and addresses are made up.

Usage:
    python3 build_heldout20a.py            build all samples
    python3 build_heldout20a.py 297 301    build only those numbers
    python3 build_heldout20a.py --check    open every produced file and verify it
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
ITEMS = "abcdefghij"

DOCS = {}


def register(num, slug, fmt, description, statuses, evidence, blocks, **opts):
    assert num not in DOCS, num
    assert set(statuses) == set(ITEMS), statuses
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    DOCS[num] = dict(num=num, slug=slug, fmt=fmt, description=description, statuses=statuses,
                     evidence=evidence, blocks=blocks, opts=opts)


def st(s):
    """'a=p b=w g=m h=n' shorthand -> statuses dict (default present)."""
    m = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    out = {k: "present" for k in ITEMS}
    for part in s.split():
        k, v = part.split("=")
        out[k] = m[v]
    return out


def name_of(d):
    return "h%d_%s" % (d["num"], d["slug"])


def expected_of(d):
    return {"description": d["description"], "split": "heldout", "statuses": d["statuses"],
            "evidence": d["evidence"]}


# ---------------------------------------------------------------------------------------------
# Block types:
#   ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text) ("li", text)
#   ("note", text) ("table", rows, widths) ("sig", [lines_left], [lines_right]) ("pagebreak",)
# ---------------------------------------------------------------------------------------------

def render_pdf(d, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    serif = d["opts"].get("serif", False)
    reg, bold, ital = (("Times-Roman", "Times-Bold", "Times-Italic") if serif
                       else ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"))
    size = 10.5 if serif else 9.8
    body = ParagraphStyle("body", fontName=reg, fontSize=size, leading=size * 1.38,
                          alignment=TA_JUSTIFY, spaceAfter=4)
    styles = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=14, leading=18,
                                alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", fontName=reg, fontSize=10.5, leading=14,
                                   alignment=TA_CENTER, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=11.5, leading=15, spaceBefore=10,
                             spaceAfter=4, alignment=TA_LEFT, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size * 1.35,
                             spaceBefore=6, spaceAfter=2, alignment=TA_LEFT, keepWithNext=1),
        "p": body,
        "li": ParagraphStyle("li", parent=body, leftIndent=20, firstLineIndent=-14),
        "note": ParagraphStyle("note", parent=body, fontName=ital, fontSize=size - 1,
                               leading=(size - 1) * 1.35),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.3,
                               alignment=TA_LEFT),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.3, alignment=TA_LEFT),
    }

    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story = []
    width = A4[0] - 5 * cm
    for b in d["blocks"]:
        kind = b[0]
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = []
            for i, row in enumerate(rows):
                stl = styles["cellb"] if i == 0 else styles["cell"]
                data.append([Paragraph(esc(c).replace("\n", "<br/>"), stl) for c in row])
            t = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            left = "<br/>".join(esc(x) for x in b[1])
            right = "<br/>".join(esc(x) for x in b[2])
            t = Table([[Paragraph(left, styles["cell"]), Paragraph(right, styles["cell"])]],
                      colWidths=[width / 2, width / 2])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 14)]))
            story.append(t)
        else:
            story.append(Paragraph(esc(b[1]), styles[kind]))

    footer = d["opts"].get("footer", "")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(reg, 8)
        canvas.drawString(2.5 * cm, 1.4 * cm, footer)
        canvas.drawRightString(A4[0] - 2.5 * cm, 1.4 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.3 * cm, bottomMargin=2.3 * cm, invariant=1,
                            title=d["opts"].get("doc_title", name_of(d)), author="",
                            creator="", producer="", subject="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_docx(d, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = d["opts"].get("font", "Calibri")
    normal.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = d["opts"].get("author", "")
    cp.last_modified_by = d["opts"].get("author", "")
    cp.title = d["opts"].get("doc_title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT

    def no_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        for el in tblPr.findall(qn("w:tblBorders")):
            tblPr.remove(el)

    for b in d["blocks"]:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(15)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.font.size = Pt(11)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "li":
            p = doc.add_paragraph(b[1])
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-0.6)
        elif kind == "note":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(9.5)
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "table":
            rows, widths = b[1], b[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            total = 16.0
            for i, row in enumerate(rows):
                for j, text in enumerate(row):
                    cell = t.cell(i, j)
                    cell.width = Cm(total * widths[j])
                    lines = text.split("\n")
                    para = cell.paragraphs[0]
                    for k, line in enumerate(lines):
                        if k:
                            para = cell.add_paragraph()
                        run = para.add_run(line)
                        if i == 0:
                            run.bold = True
            doc.add_paragraph()
        elif kind == "sig":
            t = doc.add_table(rows=1, cols=2)
            no_borders(t)
            for j, lines in enumerate((b[1], b[2])):
                cell = t.cell(0, j)
                para = cell.paragraphs[0]
                for k, line in enumerate(lines):
                    if k:
                        para = cell.add_paragraph()
                    para.add_run(line)
        else:
            raise ValueError(kind)

    footer = d["opts"].get("footer")
    if footer:
        sec = doc.sections[0]
        sec.footer.paragraphs[0].text = footer

    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with fixed timestamps and a fixed member order, so rebuilds are identical.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render_text(d, path, md):
    out = []
    for b in d["blocks"]:
        kind = b[0]
        if kind == "title":
            out.append(("# " + b[1]) if md else b[1].upper())
            if not md:
                out.append("=" * min(len(b[1]), 90))
            out.append("")
        elif kind == "subtitle":
            out.append(("*" + b[1] + "*") if md else b[1])
            out.append("")
        elif kind == "h1":
            out.append(("## " + b[1]) if md else b[1])
            if not md:
                out.append("-" * min(len(b[1]), 90))
            out.append("")
        elif kind == "h2":
            out.append(("### " + b[1]) if md else b[1])
            out.append("")
        elif kind in ("p", "note"):
            t = b[1]
            if md and kind == "note":
                t = "_" + t + "_"
            out.append(t)
            out.append("")
        elif kind == "li":
            out.append(("- " + b[1]) if md else ("  " + b[1]))
            out.append("")
        elif kind == "pagebreak":
            out.append("" if md else "\f")
        elif kind == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(c.replace("\n", "<br>") for c in rows[0]) + " |")
                out.append("|" + "|".join("---" for _ in rows[0]) + "|")
                for row in rows[1:]:
                    out.append("| " + " | ".join(c.replace("\n", "<br>") for c in row) + " |")
            else:
                for row in rows[1:]:
                    for h, c in zip(rows[0], row):
                        out.append("%s: %s" % (h, c.replace("\n", " ")))
                    out.append("")
            out.append("")
        elif kind == "sig":
            for lines in (b[1], b[2]):
                out.extend(lines)
                out.append("")
        else:
            raise ValueError(kind)
    text = "\n".join(out).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def build(d):
    name = name_of(d)
    path = os.path.join(HERE, name + "." + d["fmt"])
    if d["fmt"] == "pdf":
        render_pdf(d, path)
    elif d["fmt"] == "docx":
        render_docx(d, path)
    elif d["fmt"] in ("txt", "md"):
        render_text(d, path, d["fmt"] == "md")
    else:
        raise ValueError(d["fmt"])
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(json.dumps(expected_of(d), ensure_ascii=False, indent=2) + "\n")
    print("built", os.path.basename(path))


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        pdf.close()
        return "\n".join(parts)
    if path.endswith(".docx"):
        import docx
        doc = docx.Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        for sec in doc.sections:
            parts.extend(p.text for p in sec.footer.paragraphs)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def check(nums):
    ok = True
    for num in nums:
        d = DOCS[num]
        name = name_of(d)
        path = os.path.join(HERE, name + "." + d["fmt"])
        errs = []
        if not os.path.exists(path):
            errs.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d bytes" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa: BLE001
                errs.append("does not open: %r" % e)
                text = ""
            if len(text) < 500:
                errs.append("extracted text too short (%d chars)" % len(text))
            for k, ev in d["evidence"].items():
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
        jpath = os.path.join(HERE, name + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as f:
                exp = json.load(f)
            if exp != expected_of(d):
                errs.append("expected.json differs from the script's table")
        except Exception as e:  # noqa: BLE001
            errs.append("expected.json unreadable: %r" % e)
        if errs:
            ok = False
            print("FAIL", name)
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", name, "(%d bytes)" % os.path.getsize(path))
    return ok


# =============================================================================================
# The agreements
# =============================================================================================

def T(t): return ("title", t)
def S(t): return ("subtitle", t)
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def LI(t): return ("li", t)
def NOTE(t): return ("note", t)
def TAB(rows, widths): return ("table", rows, widths)
def SIG(left, right): return ("sig", left, right)
PB = ("pagebreak",)


# ---------------------------------------------------------------------------------------------
# h297: lawyer's contract with articles and leden, PDF, Vught, bouw kb -> mbo-3 timmerman
# ---------------------------------------------------------------------------------------------
register(
    297, "advocatencontract_leden_vught_timmerman", "pdf",
    "Advocatencontract met comparitie, considerans en artikelen met genummerde leden (PDF, serif); "
    "Vught/'s-Hertogenbosch, Bouwen, wonen en interieur kb naar Allround timmerman niveau 3; "
    "overdracht bekostiging met bedrag en bestemming, aanvullende medezeggenschap; volledig",
    st(""),
    {"a": "Artikel 2. Voorwerp van de overeenkomst",
     "b": "Artikel 3. Het bouwbedrijfsleven",
     "c": "Artikel 4. De Routeraad",
     "d": "Artikel 5. Informatie en verantwoording",
     "e": "Artikel 6. Inrichting, personeel en voorzieningen",
     "f": "Artikel 7. Voortzetting van de opleiding buiten de Route",
     "g": "Artikel 8. Financiële bepalingen",
     "h": "Artikel 9. Medezeggenschap",
     "i": "Artikel 10. Geschillen",
     "j": "Artikel 11. Toetreding"},
    [
        T("SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE BOUW"),
        S("vmbo kaderberoepsgerichte leerweg Bouwen, wonen en interieur - mbo Allround timmerman "
          "(niveau 3)"),
        P("DE ONDERGETEKENDEN:"),
        LI("1. de stichting Stichting Onderwijsgroep Isselt, statutair gevestigd te Vught, "
           "kantoorhoudende aan de Kempenlaan 12 te (5262 AC) Vught, ingeschreven in het "
           "handelsregister van de Kamer van Koophandel onder nummer 41087733, bevoegd gezag van "
           "het Isselt College, school voor vbo en mavo, te dezen rechtsgeldig vertegenwoordigd "
           "door de voorzitter van het college van bestuur, mevrouw mr. A.C.M. van den Heuvel, "
           "hierna te noemen: \"de School\";"),
        LI("2. de stichting Stichting Regionaal Opleidingencentrum Maas en Aa, statutair gevestigd "
           "te 's-Hertogenbosch, kantoorhoudende aan de Onderwijsboulevard 310 te (5223 DE) "
           "'s-Hertogenbosch, ingeschreven in het handelsregister van de Kamer van Koophandel "
           "onder nummer 17265390, bevoegd gezag van de gelijknamige instelling voor "
           "beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het "
           "college van bestuur, de heer drs. J.P. Schellekens, hierna te noemen: \"het ROC\";"),
        P("de School en het ROC hierna gezamenlijk ook te noemen: \"Partijen\" en ieder "
          "afzonderlijk: \"Partij\";"),
        P("OVERWEGENDE DAT:"),
        LI("(A) Partijen sinds het schooljaar 2021-2022 bij wijze van pilot samenwerken in een "
           "gezamenlijk bouwprogramma voor leerlingen van de kaderberoepsgerichte leerweg;"),
        LI("(B) Partijen deze samenwerking wensen voort te zetten als doorlopende leerroute "
           "vmbo-mbo als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 (hierna: "
           "WVO 2020) en artikel 9.1.2 van de Wet educatie en beroepsonderwijs (hierna: WEB);"),
        LI("(C) een doorlopende leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB "
           "wordt verzorgd op grond van een samenwerkingsovereenkomst tussen de bevoegde gezagen "
           "van de school en de instelling;"),
        LI("(D) Partijen de gevolgen van hun samenwerking voor leerlingen en studenten zo beperkt "
           "mogelijk willen houden wanneer deze samenwerking wijzigt of eindigt;"),
        LI("(E) Partijen hun afspraken daarom in deze overeenkomst wensen vast te leggen;"),
        P("VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),

        H1("Artikel 1. Definities"),
        P("1.1 In deze overeenkomst wordt verstaan onder:"),
        LI("a. Route: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2;"),
        LI("b. Leerling: een jongere die in het kader van de Route staat ingeschreven bij de "
           "School;"),
        LI("c. Student: een jongere die in het kader van de Route staat ingeschreven bij het ROC;"),
        LI("d. Vo-fase: de eerste twee leerjaren van de Route, samenvallend met leerjaar 3 en 4 "
           "van de School;"),
        LI("e. Mbo-fase: het derde en volgende leerjaren van de Route;"),
        LI("f. Routeraad: het orgaan bedoeld in artikel 4;"),
        LI("g. Routeplan: de gezamenlijke beschrijving van onderwijsprogramma en examinering van "
           "de Route (PTA/OER) bedoeld in artikel 6 lid 2."),
        P("1.2 Waar in deze overeenkomst wordt gesproken van \"schriftelijk\", is daaronder "
          "begrepen per e-mail met een ondertekend document als bijlage."),

        H1("Artikel 2. Voorwerp van de overeenkomst"),
        P("2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute voor leerlingen van de "
          "kaderberoepsgerichte leerweg in het profiel Bouwen, wonen en interieur. De Route leidt "
          "tot het vmbo-diploma kaderberoepsgerichte leerweg en tot het mbo-diploma van de "
          "vakopleiding Allround timmerman (niveau 3, beroepsopleidende leerweg) binnen het "
          "kwalificatiedossier Timmerman in het opleidingsdomein Bouw en infra."),
        P("2.2 Leerlingen kiezen in de loop van leerjaar 2 van de School voor de Route. De Route "
          "begint in leerjaar 3 van de School en heeft een nominale duur van vijf jaar."),
        P("2.3 Partijen melden de Route gezamenlijk aan de Minister van Onderwijs, Cultuur en "
          "Wetenschap door registratie in het Register Instellingen en Opleidingen, uiterlijk "
          "vóór de eerste instroom van Leerlingen."),

        H1("Artikel 3. Het bouwbedrijfsleven"),
        P("3.1 Partijen hebben met de afdeling Meierij van de regionale vereniging van "
          "bouwondernemers en met de in bijlage 1 genoemde aannemers- en timmerbedrijven "
          "afgesproken dat deze bedrijven:"),
        LI("a. jaarlijks gezamenlijk ten minste veertien bpv-plaatsen beschikbaar stellen voor "
           "Studenten in de Mbo-fase, bij leerbedrijven die door SBB zijn erkend;"),
        LI("b. in ieder leerjaar van de Vo-fase twee praktijkopdrachten aanleveren die Leerlingen "
           "onder begeleiding op een bouwplaats in de regio uitvoeren;"),
        LI("c. bij iedere proeve van bekwaamheid een vakman afvaardigen die als tweede beoordelaar "
           "optreedt."),
        P("3.2 Een werkveldcommissie, bestaande uit drie door de in lid 1 genoemde bedrijven "
          "voorgedragen vertegenwoordigers, adviseert de Routeraad twee keer per jaar over de "
          "inhoud van het Routeplan en de aansluiting van de Route op de bouwpraktijk. De "
          "Routeraad motiveert schriftelijk wanneer hij van een advies afwijkt."),

        H1("Artikel 4. De Routeraad"),
        P("4.1 De leiding over de Route berust bij een Routeraad, bestaande uit de afdelingsleider "
          "bovenbouw kader van de School, de teamleider Bouw en Hout van het ROC en de "
          "routecoördinator."),
        P("4.2 Het college van bestuur van iedere Partij wijst zijn eigen lid van de Routeraad aan "
          "en kan die aanwijzing te allen tijde intrekken. De routecoördinator wordt door beide "
          "colleges van bestuur gezamenlijk benoemd voor een periode van drie schooljaren, na "
          "advies van de beide andere leden van de Routeraad; herbenoeming is mogelijk."),
        P("4.3 Aan de Routeraad zijn opgedragen de dagelijkse gang van zaken in de Route, de "
          "jaarlijkse vaststelling van het Routeplan, de beslissing over de toelating van "
          "leerlingen tot de Route, de roostering en de verdeling van de door Partijen "
          "beschikbaar gestelde formatie over de docenten van het routeteam."),
        P("4.4 De Routeraad is niet bevoegd tot besluiten met financiële gevolgen van meer dan "
          "EUR 10.000 per schooljaar, of die de personele formatie van een Partij structureel "
          "wijzigen, zonder voorafgaande schriftelijke instemming van beide colleges van bestuur."),

        H1("Artikel 5. Informatie en verantwoording"),
        P("5.1 De Routeraad legt jaarlijks vóór 1 november aan beide colleges van bestuur een "
          "schriftelijk jaarverslag over het afgelopen schooljaar voor. Daarin zijn ten minste "
          "opgenomen de instroom, doorstroom, uitval en diplomering per cohort, de besteding van "
          "de middelen bedoeld in artikel 8 en de uitkomsten van de evaluatie onder Leerlingen, "
          "Studenten en leerbedrijven."),
        P("5.2 In de maand maart brengt de routecoördinator in een bestuurlijk overleg met beide "
          "colleges van bestuur mondeling verslag uit over de voortgang van het lopende "
          "schooljaar."),
        P("5.3 De Routeraad meldt feiten en omstandigheden die de continuïteit van de Route raken "
          "onverwijld aan beide colleges van bestuur en verstrekt hun desgevraagd alle gegevens "
          "die zij voor hun eigen verantwoording nodig hebben."),

        H1("Artikel 6. Inrichting, personeel en voorzieningen"),
        P("6.1 In de Vo-fase wordt het onderwijs verzorgd in het gebouw van de School aan de "
          "Kempenlaan te Vught; vanaf het tweede leerjaar van de Route volgen Leerlingen één dag "
          "per week praktijkonderwijs op de bouwlocatie van het ROC aan de Hambakenweg te "
          "'s-Hertogenbosch. In de Mbo-fase wordt het onderwijs verzorgd door het ROC op die "
          "locatie en in de beroepspraktijkvorming."),
        P("6.2 Partijen stellen voor ieder cohort gezamenlijk een Routeplan vast waarin per "
          "leerjaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn "
          "beschreven en waarin is aangegeven welke onderdelen tot het voortgezet onderwijs en "
          "welke tot het beroepsonderwijs behoren. Het centraal examen vmbo wordt afgenomen aan het "
          "eind van het tweede leerjaar van de Route."),
        P("6.3 Docenten van beide Partijen vormen samen één routeteam. De School zet in de "
          "Vo-fase ten minste 0,6 fte docent bouwtechniek in, het ROC ten minste 0,4 fte "
          "praktijkdocent timmeren. Voor de vak- en sectoroverstijgende praktijkmodules maken "
          "Partijen gebruik van de teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en "
          "artikel 9.1.12 WEB; het Routeplan vermeldt in welke modules dat gebeurt. "
          "Personeelsleden blijven in dienst van de eigen werkgever, die ook zorgt voor hun "
          "scholing."),
        P("6.4 Het ROC stelt zijn bouwhal, de machinale houtbewerkingsruimte en het daarbij "
          "behorende gereedschap beschikbaar voor Leerlingen in de Vo-fase. De School stelt haar "
          "theorielokalen en ICT-voorzieningen open voor de lessen van het routeteam. Partijen "
          "brengen elkaar voor dit gebruik geen huur in rekening."),
        P("6.5 Een klacht die bij de School wordt ingediend over een gedraging van een medewerker "
          "van het ROC wordt volgens de klachtenregeling van de School behandeld; het ROC verleent "
          "daaraan zijn volledige medewerking."),

        H1("Artikel 7. Voortzetting van de opleiding buiten de Route"),
        P("7.1 Eindigt de deelname van een jongere aan de Route voordat hij die met succes heeft "
          "afgerond, dan bieden Partijen hem een alternatief waarmee hij alsnog een vmbo-diploma "
          "of een mbo-diploma kan behalen. Welk alternatief passend is, beoordelen de School en "
          "het ROC gezamenlijk, aan de hand van het bereikte onderwijsniveau en de leeftijd van "
          "de jongere en na een gesprek met de jongere en zijn ouders of verzorgers."),
        P("7.2 Partijen onderscheiden daarbij in elk geval de volgende situaties:"),
        LI("a. vertrek in de Vo-fase: de Leerling vervolgt de reguliere kaderberoepsgerichte "
           "leerweg bij de School, in hetzelfde of een ander profiel, en legt daar het eindexamen "
           "af;"),
        LI("b. het vmbo-diploma is aan het eind van het derde leerjaar van de Route niet behaald: "
           "de jongere stroomt zonder vmbo-diploma in of door in de opleiding Timmerman (niveau "
           "2) of een andere opleiding op niveau 2 of 3 van het ROC; vooropleidingseisen worden "
           "daarbij niet gesteld;"),
        LI("c. uitval of heroriëntatie in de Mbo-fase: de Student stapt over naar een andere "
           "opleiding op niveau 3 van het ROC, in dezelfde of een andere richting, dan wel naar "
           "een opleiding van een andere instelling in de regio; het ROC verzorgt in dat geval "
           "een warme overdracht."),
        P("7.3 De School neemt de werkwijze bij overstap op in haar schoolgids, het ROC in de "
          "studiegids van de opleiding."),

        H1("Artikel 8. Financiële bepalingen"),
        P("8.1 Iedere Partij ontvangt de rijksbekostiging voor de jongeren die bij haar staan "
          "ingeschreven."),
        P("8.2 Met toepassing van artikel 5.42a WVO 2020 draagt de School aan het ROC over een "
          "bedrag van EUR 1.850 per Leerling die op 1 oktober in het tweede leerjaar van de Route "
          "staat ingeschreven. Het ROC wendt dit bedrag uitsluitend aan voor de inzet van de "
          "praktijkdocent timmeren bedoeld in artikel 6 lid 3 en voor verbruiksmaterialen in de "
          "bouwhal ten behoeve van Leerlingen."),
        P("8.3 Het ROC brengt het bedrag in januari in rekening; de School betaalt binnen dertig "
          "dagen na ontvangst van de factuur. De besteding wordt verantwoord in het jaarverslag "
          "bedoeld in artikel 5 lid 1."),

        H1("Artikel 9. Medezeggenschap"),
        P("9.1 Op Leerlingen, hun ouders en het personeel van de School is de Wet medezeggenschap "
          "op scholen van toepassing; op Studenten en het personeel van het ROC zijn de WEB en de "
          "Wet op de ondernemingsraden van toepassing."),
        P("9.2 In aanvulling daarop komen Partijen overeen dat de Leerlingen van het tweede "
          "leerjaar van de Route, die hun praktijkonderwijs bij het ROC volgen, uit hun midden een "
          "vertegenwoordiger kiezen die als toehoorder met spreekrecht deelneemt aan de "
          "vergaderingen van de studentenraad van de bouwlocatie van het ROC."),
        P("9.3 Een voorgenomen besluit tot wijziging van het Routeplan wordt gelijktijdig voor "
          "advies voorgelegd aan de medezeggenschapsraad van de School en aan de studentenraad "
          "van het ROC."),

        H1("Artikel 10. Geschillen"),
        P("10.1 Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst "
          "in de Routeraad besproken. Leidt dat niet binnen vier weken tot een oplossing, dan "
          "legt de meest gerede Partij het geschil voor aan beide colleges van bestuur, die "
          "binnen zes weken in bestuurlijk overleg een oplossing beproeven."),
        P("10.2 Blijft het geschil daarna bestaan, dan wordt het voorgelegd aan een mediator die "
          "Partijen gezamenlijk aanwijzen. Slaagt de mediation niet, of wordt binnen vier weken "
          "geen mediator aangewezen, dan is de bevoegde rechter van de rechtbank Oost-Brabant "
          "bij uitsluiting bevoegd."),
        P("10.3 Op deze overeenkomst is Nederlands recht van toepassing."),

        H1("Artikel 11. Toetreding"),
        P("11.1 Een andere school voor vbo of mavo of een andere instelling voor "
          "beroepsonderwijs kan tot deze overeenkomst toetreden indien zij de Route volgens het "
          "geldende Routeplan wil verzorgen, alle verplichtingen uit deze overeenkomst aanvaardt "
          "en beide Partijen schriftelijk met de toetreding instemmen."),
        P("11.2 Toetreding geschiedt door ondertekening van een toetredingsakte door alle "
          "partijen en gaat in bij de aanvang van een schooljaar. De toetredende partij meldt "
          "haar deelname bij DUO. Toetreding mag de voortgang van Leerlingen en Studenten die al "
          "aan de Route deelnemen niet nadelig beïnvloeden."),

        H1("Artikel 12. Duur, opzegging en ontbinding"),
        P("12.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
          "onbepaalde tijd."),
        P("12.2 Iedere Partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van "
          "enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden."),
        P("12.3 Iedere Partij kan de overeenkomst buitengerechtelijk ontbinden indien de andere "
          "Partij, na schriftelijke ingebrekestelling met een redelijke termijn, haar "
          "verplichtingen niet nakomt, of indien de wettelijke grondslag voor de Route vervalt."),
        P("12.4 Na opzegging of ontbinding worden geen nieuwe Leerlingen meer tot de Route "
          "toegelaten. Partijen blijven gehouden de Route te verzorgen voor Leerlingen en "
          "Studenten die al zijn ingestroomd, totdat zij de Route hebben afgerond of met "
          "toepassing van artikel 7 een passend vervolg hebben gevonden."),

        H1("Artikel 13. Wijziging"),
        P("13.1 Wijzigingen van deze overeenkomst zijn slechts geldig indien zij schriftelijk "
          "zijn overeengekomen en door beide colleges van bestuur zijn ondertekend."),
        P("13.2 Een wijziging die het onderwijsprogramma raakt, gaat niet eerder in dan bij de "
          "aanvang van het volgende schooljaar en geldt niet voor cohorten die al in de Route "
          "zijn ingestroomd, tenzij de wijziging voor hen gunstiger is."),
        P("13.3 Partijen evalueren deze overeenkomst ten minste eens in de drie jaar."),

        H1("Artikel 14. Slotbepalingen"),
        P("14.1 Bijlage 1 maakt deel uit van deze overeenkomst. Bij strijd tussen de bijlage en "
          "deze overeenkomst gaat deze overeenkomst voor."),
        P("14.2 Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige "
          "bepalingen van kracht en vervangen Partijen de nietige bepaling door een bepaling die "
          "zoveel mogelijk aansluit bij doel en strekking daarvan."),
        P("Aldus overeengekomen en in tweevoud ondertekend te Vught op 24 juni 2025."),
        SIG(["Stichting Onderwijsgroep Isselt", "", "", "______________________________",
             "mevrouw mr. A.C.M. van den Heuvel", "voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum Maas en Aa", "", "",
             "______________________________", "de heer drs. J.P. Schellekens",
             "voorzitter college van bestuur"]),
        PB,
        H1("Bijlage 1. Leerbedrijven en werkveldcommissie"),
        P("De volgende bedrijven hebben zich tegenover Partijen verbonden tot de bijdragen "
          "bedoeld in artikel 3:"),
        TAB([["Bedrijf", "Vestiging", "Bijdrage"],
             ["Bouwbedrijf Van Dinther Vught B.V.", "Vught", "4 bpv-plaatsen; praktijkopdracht "
              "leerjaar 1; lid werkveldcommissie"],
             ["Timmerfabriek De Essche Stroom", "Esch", "3 bpv-plaatsen; beoordelaar proeve"],
             ["Renovatiebedrijf Hoogkamp", "Boxtel", "2 bpv-plaatsen; praktijkopdracht leerjaar 2"],
             ["Aannemersbedrijf Gebr. Van Gestel", "Haaren", "3 bpv-plaatsen; lid "
              "werkveldcommissie"],
             ["Bouwcombinatie Dommeldal", "Sint-Michielsgestel", "2 bpv-plaatsen; lid "
              "werkveldcommissie; beoordelaar proeve"]],
            [0.38, 0.2, 0.42]),
    ],
    serif=True, footer="Samenwerkingsovereenkomst doorlopende leerroute Bouw - Isselt College / ROC Maas en Aa",
    doc_title="Samenwerkingsovereenkomst doorlopende leerroute Bouw",
)

# ---------------------------------------------------------------------------------------------
# h298: afsprakenkaart in one table, DOCX, Zoetermeer, economie en ondernemen -> mbo-4 marketing
# ---------------------------------------------------------------------------------------------
register(
    298, "afsprakenkaart_tabel_zoetermeer_marketing", "docx",
    "Afsprakenkaart: korte inleiding en één grote tabel onderwerp/afspraak/wie (DOCX); Zoetermeer, "
    "Economie en ondernemen gl/kb naar Medewerker marketing en communicatie niveau 4; routeteam "
    "zonder regeling wie de leden aanwijst, geschillen alleen in goed overleg, medezeggenschap "
    "alleen wettelijk kader met 'kunnen'",
    st("c=w h=n i=w"),
    {"a": "1. Welke route",
     "b": "2. Bedrijven uit Zoetermeer",
     "d": "4. Besturen op de hoogte houden",
     "e": "5. Lessen, locaties en docenten",
     "f": "6. Als de route niet past",
     "g": "7. Geld",
     "j": "11. Looptijd, opzeggen en wijzigen"},
    [
        T("Afsprakenkaart doorlopende leerroute Commercie & Marketing Zoetermeer"),
        S("Samenwerkingsovereenkomst vmbo-mbo - versie 1.0, juni 2025"),
        P("Deze afsprakenkaart is de samenwerkingsovereenkomst voor de doorlopende leerroute "
          "vmbo-mbo (artikel 2.107b WVO 2020 en artikel 9.1.3 WEB) tussen:"),
        LI("- Stichting Openbaar Voortgezet Onderwijs Zoetermeer, bevoegd gezag van het Oranjepark "
           "College (vmbo), gevestigd aan de Meerzichtlaan 40 te Zoetermeer, vertegenwoordigd door "
           "de rector-bestuurder, drs. M. El Amrani, en"),
        LI("- Stichting Regionaal Opleidingencentrum Zuid-Holland Centraal, bevoegd gezag van het "
           "ROC Zuid-Holland Centraal, gevestigd aan het Stadsplein 5 te Zoetermeer, "
           "vertegenwoordigd door ir. K. de Wilde-Bos, lid van het college van bestuur."),
        P("We hebben bewust gekozen voor één overzichtelijke kaart in plaats van een lang "
          "contract. Wat in de kolom 'Afspraak' staat, geldt als afspraak tussen beide besturen. "
          "De kolom 'Wie' zegt wie ervoor zorgt dat de afspraak wordt uitgevoerd."),
        TAB([
            ["Onderwerp", "Afspraak", "Wie"],
            ["1. Welke route",
             "Leerlingen van de gemengde leerweg en van de kaderberoepsgerichte leerweg met het "
             "profiel Economie en ondernemen kunnen na leerjaar 2 kiezen voor de route naar de "
             "opleiding Medewerker marketing en communicatie (niveau 4, BOL), kwalificatiedossier "
             "Marketing, communicatie en evenementen.\nDe route duurt vijf jaar: twee jaar vo-fase "
             "(leerjaar 3 en 4 vmbo) en drie jaar mbo-fase. Leerlingen halen hun vmbo-diploma "
             "uiterlijk aan het eind van het tweede routejaar.\nBeide scholen melden de route samen "
             "aan bij de minister via RIO.",
             "Beide besturen"],
            ["2. Bedrijven uit Zoetermeer",
             "De Ondernemerskring Zoetermeer levert ieder jaar een echte opdrachtgever voor het "
             "'Stadsproject' in het tweede routejaar: leerlingen maken in groepjes een campagne voor "
             "een Zoetermeerse ondernemer en presenteren die aan hem of haar.\nTwaalf erkende "
             "leerbedrijven (winkels in het Stadshart, twee marketingbureaus, het "
             "evenementenbureau van de gemeente) bieden stageplaatsen in de mbo-fase.\nTwee "
             "ondernemers beoordelen mee bij de eindpresentatie in het laatste routejaar.\nEen "
             "klankbordgroep van vier bedrijven komt twee keer per jaar bij elkaar en geeft advies "
             "over de inhoud van het programma.",
             "Coördinator bedrijfscontacten ROC"],
            ["3. Routeteam",
             "De route wordt geleid door een routeteam van vier personen: twee afkomstig van het "
             "Oranjepark College en twee van het ROC, onder wie van beide kanten ten minste één "
             "docent die in de route lesgeeft.\nHet routeteam maakt de jaarplanning en het "
             "lesrooster van de route, beslist over de toelating van leerlingen tot de route en "
             "over de verdeling van de lesuren over de docenten, onderhoudt het contact met ouders "
             "en leerbedrijven en stelt ieder jaar het gezamenlijke PTA/OER op ter vaststelling "
             "door beide besturen.\nBesluiten met gevolgen voor de begroting of de "
             "personeelsformatie legt het routeteam vooraf voor aan beide besturen.",
             "Routeteam"],
            ["4. Besturen op de hoogte houden",
             "Na ieder halfjaar (uiterlijk 15 februari en 15 juli) stuurt het routeteam een "
             "voortgangsnotitie aan de rector-bestuurder van het Oranjepark College en aan het "
             "college van bestuur van het ROC, met cijfers over in-, door- en uitstroom, "
             "examenresultaten en knelpunten.\nIeder jaar in september legt het routeteam in een "
             "gezamenlijk gesprek met beide besturen verantwoording af over het afgelopen "
             "schooljaar en over de inzet van uren en middelen.",
             "Routeteam"],
            ["5. Lessen, locaties en docenten",
             "Vo-fase: lessen op het Oranjepark College; vanaf het tweede routejaar één dagdeel "
             "per week op de ROC-campus aan het Stadsplein. Mbo-fase: lessen op de ROC-campus en "
             "stage.\nHet programma en de examinering per leerjaar staan in het gezamenlijke "
             "PTA/OER, waarin ook staat welke onderdelen vmbo en welke mbo zijn.\nDocenten: twee "
             "ROC-docenten marketing en communicatie geven in de vo-fase vier lesuren per week op "
             "het Oranjepark College; de vmbo-docenten economie en Nederlands begeleiden in het "
             "derde routejaar leerlingen die nog vmbo-onderdelen moeten afronden. Samen vormen zij "
             "één docententeam dat iedere zes weken overlegt.\nRuimtes en materiaal: leerlingen in "
             "de vo-fase werken in het Marketinglab en de fotostudio van het ROC; het ROC gebruikt "
             "de praktijkwinkel 'De Oranjeboom' van het Oranjepark College voor opdrachten van "
             "eerstejaars. Over en weer wordt hiervoor niets in rekening gebracht.",
             "Teamleider vmbo en opleidingsmanager ROC"],
            ["6. Als de route niet past",
             "Wie de route verlaat, krijgt altijd een passend vervolg dat leidt naar een diploma:"
             "\n- in de vo-fase: terug naar de reguliere gemengde of kaderberoepsgerichte leerweg "
             "van het Oranjepark College, in hetzelfde of een ander profiel, met gewoon "
             "eindexamen;\n- vmbo-diploma niet gehaald na het derde routejaar: doorgaan in een "
             "opleiding op niveau 3 of 4 van het ROC, zonder dat vooropleidingseisen worden "
             "gesteld;\n- in de mbo-fase: een andere opleiding op niveau 4 (bijvoorbeeld Junior "
             "accountmanager of Manager retail) bij het ROC, of een opleiding bij een andere "
             "instelling, met een warme overdracht.\nHet Oranjepark College en het ROC besluiten "
             "samen, na een gesprek met de leerling en de ouders, welk vervolg past. Zij kijken "
             "daarbij naar het niveau dat de leerling heeft bereikt en naar zijn of haar leeftijd.",
             "Mentor en studieloopbaanbegeleider; besluit: Oranjepark College en ROC samen"],
            ["7. Geld",
             "Er wordt geen bekostiging van de ene naar de andere partij overgedragen. Iedere "
             "partij draagt zelf de kosten van de eigen docenten en voorzieningen.",
             "Beide besturen"],
            ["8. Medezeggenschap",
             "Voor leerlingen, ouders en personeel van het Oranjepark College geldt de Wet "
             "medezeggenschap op scholen; voor studenten en personeel van het ROC gelden de WEB "
             "en de Wet op de ondernemingsraden. Aanvullende afspraken over medezeggenschap kunnen "
             "worden gemaakt als de medezeggenschapsraad of de studentenraad daarom vraagt.",
             "Beide besturen"],
            ["9. Als we het niet eens zijn",
             "Zijn partijen het niet eens over de uitvoering van deze afsprakenkaart, dan zoeken "
             "zij in goed onderling overleg naar een oplossing waar beide partijen achter kunnen "
             "staan.",
             "Beide besturen"],
            ["10. Nieuwe partners",
             "Een andere vmbo-school of mbo-instelling uit de regio kan aansluiten als beide "
             "besturen daar schriftelijk mee instemmen, de nieuwe partner deze afsprakenkaart en "
             "het PTA/OER onderschrijft en zijn deelname zelf bij DUO meldt. Aansluiten kan alleen "
             "per 1 augustus, zodat groepen die al in de route zitten er niets van merken.",
             "Beide besturen"],
            ["11. Looptijd, opzeggen en wijzigen",
             "Deze kaart geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt daarna steeds "
             "met vijf jaar verlengd, tenzij een partij vóór 1 februari van het laatste schooljaar "
             "schriftelijk laat weten te willen stoppen.\nTussentijds opzeggen kan schriftelijk, "
             "met een termijn van ten minste een jaar, tegen het einde van een schooljaar. Na een "
             "opzegging start er geen nieuwe groep meer; leerlingen en studenten die al in de route "
             "zitten, maken die in alle gevallen af bij dezelfde partijen.\nWijzigen kan alleen "
             "schriftelijk, met de handtekening van beide besturen, en gaat in bij het begin van "
             "een nieuw schooljaar. Lopende groepen gaan er door een wijziging niet op achteruit.",
             "Beide besturen"],
        ], [0.2, 0.6, 0.2]),
        P("Zo afgesproken en ondertekend in Zoetermeer op 19 juni 2025."),
        SIG(["Namens Stichting Openbaar Voortgezet Onderwijs Zoetermeer", "", "",
             "drs. M. El Amrani, rector-bestuurder"],
            ["Namens Stichting Regionaal Opleidingencentrum Zuid-Holland Centraal", "", "",
             "ir. K. de Wilde-Bos, lid college van bestuur"]),
    ],
    author="Oranjepark College", doc_title="Afsprakenkaart DLR Commercie & Marketing",
    footer="Afsprakenkaart DLR Commercie & Marketing Zoetermeer - versie 1.0",
)

# ---------------------------------------------------------------------------------------------
# h299: green-sector route in Markdown, Boskoop, groen kb -> mbo-3 vakbekwaam medewerker teelt
# ---------------------------------------------------------------------------------------------
register(
    299, "groene_route_markdown_boskoop_teelt", "md",
    "Groene route in Markdown, geschreven door een projectleider, genummerde koppen en opsommingen; "
    "Boskoop, vmbo Groen kb met AOC naar Vakbekwaam medewerker teelt niveau 3; overdracht van "
    "bekostiging met bedrag maar zonder bestemming, looptijd/wijziging/opzegging uitgebreid maar "
    "niets over toetreding",
    st("g=w j=w"),
    {"a": "2. Waar de route over gaat",
     "b": "3. De kwekers doen mee",
     "c": "4. Kerngroep Groene Route",
     "d": "5. Rapporteren aan de besturen",
     "e": "6. Onderwijs, mensen en middelen",
     "f": "7. Overstappen",
     "h": "9. Stem van leerlingen, studenten en ouders",
     "i": "10. Verschil van mening"},
    [
        T("Samenwerkingsovereenkomst Groene Route Boskoop"),
        S("doorlopende leerroute vmbo Groen (kaderberoepsgerichte leerweg) - mbo Vakbekwaam "
          "medewerker teelt (niveau 3)"),
        NOTE("Opgesteld door de projectleider Groene Route in opdracht van beide besturen. "
             "Vastgesteld in het bestuurlijk overleg van 12 juni 2025."),
        H1("1. Partijen"),
        LI("**Stichting voor Voortgezet Onderwijs Midden-Gouwe**, bevoegd gezag van vmbo Het "
           "Reijerpark, school voor vbo en mavo te Boskoop, vertegenwoordigd door de bestuurder, "
           "mevrouw J. Kooistra (hierna: *de school*);"),
        LI("**Stichting Groen Onderwijs Holland Midden**, bevoegd gezag van AOC Holland Midden, "
           "instelling voor beroepsonderwijs, vertegenwoordigd door de voorzitter van het college "
           "van bestuur, de heer R.W. Verboom (hierna: *het AOC*)."),
        P("De school en het AOC werken al sinds 2019 samen in een praktijkprogramma voor "
          "groen-leerlingen. Met deze overeenkomst maken zij er een doorlopende leerroute vmbo-mbo "
          "van in de zin van artikel 2.107a en 2.107b WVO 2020 en artikel 9.1.3 WEB."),
        H1("2. Waar de route over gaat"),
        LI("De route is bedoeld voor leerlingen van de kaderberoepsgerichte leerweg in het "
           "vmbo-profiel **Groen**."),
        LI("Zij leidt tot het vmbo-diploma kader en het mbo-diploma **Vakbekwaam medewerker teelt** "
           "(niveau 3), kwalificatiedossier Teelt, met als uitstroomrichting de boomkwekerij. Het "
           "laatste jaar kan in de BOL of de BBL worden gevolgd."),
        LI("De route begint in leerjaar 3 van het vmbo; leerlingen kiezen ervoor in de tweede "
           "helft van leerjaar 2."),
        LI("De school en het AOC registreren de route ieder in RIO en melden haar zo samen bij de "
           "minister."),
        H1("3. De kwekers doen mee"),
        P("De route is samen met de kwekerijen in en rond Boskoop ontwikkeld. Kwekersvereniging "
          "De Gouwe Kweek heeft namens haar leden toegezegd, en partijen spreken af, dat:"),
        LI("ieder leerjaar van de vo-fase twee 'kweekweken' heeft waarin leerlingen in kleine "
           "groepen op een kwekerij meewerken aan oppotten, stekken en afleveren;"),
        LI("ten minste tien kwekerijen uit de vereniging als erkend leerbedrijf stageplaatsen "
           "(BOL) en leerbanen (BBL) bieden in de mbo-fase;"),
        LI("een vertegenwoordiger van de vereniging meebeoordeelt bij de afsluitende "
           "praktijkexamens van het laatste routejaar;"),
        LI("de vereniging jaarlijks in het voorjaar een open kwekersdag organiseert waar "
           "leerlingen van leerjaar 2 kennismaken met het vak, als onderdeel van de "
           "loopbaanoriëntatie."),
        P("Twee keer per jaar bespreekt de kerngroep (zie 4) met het bestuur van de vereniging "
          "of het programma nog aansluit bij wat de kwekerijen nodig hebben."),
        H1("4. Kerngroep Groene Route"),
        LI("**Samenstelling.** De kerngroep bestaat uit de teamleider bovenbouw van de school, de "
           "opleidingsmanager Teelt en Groene Ruimte van het AOC en de routecoördinator."),
        LI("**Benoeming.** De bestuurder van de school wijst de teamleider aan, het college van "
           "bestuur van het AOC de opleidingsmanager. De routecoördinator wordt door beide "
           "besturen samen benoemd, telkens voor twee schooljaren."),
        LI("**Taken.** De kerngroep leidt de route van dag tot dag: zij stelt het jaarprogramma en "
           "het rooster vast, beslist over plaatsing van leerlingen in de route, verdeelt de "
           "kweekweken en stages en houdt het contact met de kwekersvereniging en de ouders."),
        LI("**Bevoegdheden.** De kerngroep beslist zelfstandig binnen het jaarbudget dat de "
           "besturen vaststellen. Over personele aanstellingen en over alles wat het jaarbudget "
           "te boven gaat, beslissen de besturen."),
        H1("5. Rapporteren aan de besturen"),
        LI("Na ieder kwartaal stuurt de routecoördinator beide besturen een kwartaalbericht van "
           "hooguit twee pagina's: aantallen leerlingen en studenten, uitval, bijzonderheden."),
        LI("Jaarlijks vóór 1 december legt de kerngroep een jaarverslag voor, met de "
           "examenresultaten, de in-, door- en uitstroom per cohort, de besteding van het "
           "jaarbudget en de uitkomsten van de tevredenheidspeiling onder leerlingen en kwekers."),
        LI("Het jaarverslag wordt besproken in het bestuurlijk overleg van december; daar legt de "
           "kerngroep verantwoording af over het afgelopen schooljaar."),
        H1("6. Onderwijs, mensen en middelen"),
        LI("**Waar.** De vo-fase wordt gegeven in het gebouw van Het Reijerpark; de praktijkvakken "
           "vanaf het tweede routejaar op de vestiging Boskoop van het AOC. De mbo-fase vindt "
           "plaats bij het AOC en op de kwekerijen."),
        LI("**Programma.** Het programma en de examinering per leerjaar liggen vast in het "
           "gezamenlijke PTA/OER van de route. Daarin staat per onderdeel of het vmbo, mbo of "
           "gecombineerd is. Het centraal examen vmbo wordt in het tweede routejaar afgenomen."),
        LI("**Docenten.** De school zet haar docenten groen en de avo-docenten in voor de "
           "vo-fase; het AOC levert vanaf het eerste routejaar twee praktijkdocenten teelt die "
           "ook op Het Reijerpark lesgeven. Zij vormen samen het routeteam. Voor het "
           "vakoverstijgende 'kweekproject' wordt gewerkt met teambevoegdheid (artikel 7.13a WVO "
           "2020); het PTA/OER geeft aan welke onderdelen dat zijn. Iedere docent blijft in dienst "
           "van de eigen werkgever."),
        LI("**Voorzieningen.** Leerlingen van de route gebruiken de kassen, het proefveld en het "
           "machinepark van het AOC; routedocenten van het AOC gebruiken het practicumlokaal en de "
           "schooltuin van de school. De partij die een voorziening ter beschikking stelt, zorgt "
           "voor instructie en veiligheid en is verantwoordelijk voor de verzekering ervan."),
        H1("7. Overstappen"),
        P("Als een leerling of student de route niet afmaakt, zorgen de school en het AOC samen "
          "voor een alternatief waarmee hij of zij toch een diploma haalt:"),
        LI("vertrek in de vo-fase: verder in de reguliere kaderberoepsgerichte leerweg van de "
           "school, in Groen of in een ander profiel, met vmbo-eindexamen;"),
        LI("geen vmbo-diploma aan het eind van het derde routejaar: doorstromen naar Vakbekwaam "
           "medewerker teelt of een andere opleiding op niveau 2 of 3 van het AOC, zonder "
           "vooropleidingseisen;"),
        LI("vastlopen in de mbo-fase: overstap naar een andere groene opleiding op niveau 3 "
           "(bijvoorbeeld Vakbekwaam hovenier) van het AOC, of naar een passende opleiding bij "
           "een andere instelling, met warme overdracht."),
        P("Welk alternatief past, bepalen de teamleider van de school en de opleidingsmanager "
          "van het AOC samen, op basis van het bereikte onderwijsniveau en de leeftijd van de "
          "leerling, nadat zij met de leerling en de ouders hebben gesproken. De schoolgids "
          "beschrijft hoe dit in zijn werk gaat."),
        H1("8. Financiële afspraak"),
        P("Met toepassing van artikel 9.1.15 WEB maakt het AOC aan het bevoegd gezag van de school "
          "een bedrag over van € 1.400 per student die op 1 oktober in het derde routejaar staat "
          "ingeschreven. Het bedrag wordt in twee gelijke termijnen betaald, in november en in "
          "april. Over indexering beslissen de besturen jaarlijks bij de vaststelling van het "
          "jaarbudget."),
        H1("9. Stem van leerlingen, studenten en ouders"),
        P("Naast wat de Wet medezeggenschap op scholen en de WEB regelen, spreken partijen af:"),
        LI("leerlingen van het tweede routejaar kiezen een vertegenwoordiger die met spreekrecht "
           "de vergaderingen van de studentenraad van de vestiging Boskoop van het AOC bijwoont;"),
        LI("voorstellen om het routeprogramma te wijzigen worden voor advies voorgelegd aan zowel "
           "de medezeggenschapsraad van de school als de studentenraad van het AOC;"),
        LI("eens per jaar vergaderen de leerling- en oudergeleding van de medezeggenschapsraad en "
           "de studentenraad samen over de route; de kerngroep is daarbij aanwezig."),
        H1("10. Verschil van mening"),
        LI("Een geschil over de uitvoering van deze overeenkomst bespreken partijen eerst in de "
           "kerngroep."),
        LI("Is het na een maand niet opgelost, dan voeren de bestuurders van beide partijen "
           "overleg."),
        LI("Komen ook zij er binnen zes weken niet uit, dan leggen zij het geschil voor aan een "
           "onafhankelijke deskundige die zij samen aanwijzen en die bindend advies uitbrengt. "
           "Worden zij het over de deskundige niet eens, dan beslist de bevoegde rechter van de "
           "rechtbank Den Haag."),
        H1("11. Looptijd, wijzigen en stoppen"),
        LI("Deze overeenkomst geldt vanaf 1 augustus 2025 voor vijf schooljaren en wordt daarna "
           "telkens stilzwijgend met drie schooljaren verlengd."),
        LI("Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 31 juli van enig jaar, "
           "met een opzegtermijn van ten minste één schooljaar. Bij een ernstige tekortkoming die "
           "na schriftelijke ingebrekestelling niet binnen twee maanden is hersteld, kan de andere "
           "partij de overeenkomst ontbinden."),
        LI("Eindigt de overeenkomst, dan worden er geen nieuwe leerlingen meer toegelaten. "
           "Leerlingen en studenten die al in de route zitten, maken haar af; lukt dat niet, dan "
           "geldt voor hen paragraaf 7."),
        LI("Wijzigingen worden schriftelijk vastgelegd en door beide bestuurders ondertekend. Een "
           "wijziging van het programma gaat in bij een nieuw schooljaar en pakt voor lopende "
           "cohorten niet nadelig uit."),
        LI("Partijen evalueren de overeenkomst om de twee jaar aan de hand van de jaarverslagen."),
        H1("12. Ondertekening"),
        P("Boskoop, 12 juni 2025"),
        SIG(["Stichting voor Voortgezet Onderwijs Midden-Gouwe", "J. Kooistra, bestuurder"],
            ["Stichting Groen Onderwijs Holland Midden",
             "R.W. Verboom, voorzitter college van bestuur"]),
    ],
)


# ---------------------------------------------------------------------------------------------
# h300: technical route with an employers' platform as third signatory, PDF, Assen, PIE kb -> mbo-3
# ---------------------------------------------------------------------------------------------
register(
    300, "techniekroute_werkgeversplatform_assen_installatie", "pdf",
    "Techniekroute met regionaal werkgeversplatform als derde ondertekenaar, paragraaftekens en "
    "decimale nummering, tabel met toezeggingen van het platform (PDF); Assen, Produceren, "
    "installeren en energie kb naar Eerste monteur elektrotechnische en werktuigkundige "
    "installaties niveau 3; geen overdracht van bekostiging; volledig",
    st(""),
    {"a": "§ 2 De route",
     "b": "§ 3 Rol van het Werkgeversplatform",
     "c": "§ 4 Routedirectie",
     "d": "§ 5 Rapportage en verantwoording",
     "e": "§ 6 Onderwijs, personeel en voorzieningen",
     "f": "§ 7 Overstapmogelijkheden",
     "g": "§ 8 Kosten en bekostiging",
     "h": "§ 9 Medezeggenschap",
     "i": "§ 10 Geschillencommissie",
     "j": "§ 11 Toetreding, looptijd, opzegging en wijziging"},
    [
        T("Techniekroute Assen"),
        S("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Installatietechniek"),
        P("Partijen bij deze overeenkomst zijn:"),
        LI("1. Stichting Openbaar Voortgezet Onderwijs Assen-Midden, bevoegd gezag van Vakcollege "
           "De Vaart, school voor vbo en mavo, Vaartweg 77, Assen, vertegenwoordigd door de "
           "directeur-bestuurder, de heer H. Dijkstra (hierna: De Vaart);"),
        LI("2. Stichting Regionaal Opleidingencentrum Drentsche Poort, bevoegd gezag van ROC "
           "Drentsche Poort, instelling voor beroepsonderwijs, Stationsplein 3, Assen, "
           "vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. "
           "E.M. Bosscher (hierna: het ROC);"),
        LI("3. Stichting Werkgeversplatform Techniek Assen en omstreken, Industrieweg 14, Assen, "
           "vertegenwoordigd door haar voorzitter, de heer G. Lunenborg (hierna: het Platform)."),
        P("De Vaart en het ROC zijn de onderwijspartners in de zin van artikel 2.107b WVO 2020 "
          "en artikel 9.1.3 WEB. Het Platform is partij voor de verplichtingen die in § 3 aan "
          "het Platform zijn toegekend; de overige bepalingen binden alleen de "
          "onderwijspartners, tenzij anders vermeld."),
        H1("§ 1 Aanleiding en doel"),
        P("1.1 In de regio Assen is een groot tekort aan monteurs voor de energietransitie. De "
          "installatiebedrijven die zich in het Platform hebben verenigd, willen jongeren eerder "
          "en beter opleiden."),
        P("1.2 Doel van deze overeenkomst is een ononderbroken leerroute van vmbo naar mbo, "
          "zonder overlap in lesstof, met vanaf het begin een stevige plek voor de praktijk."),
        H1("§ 2 De route"),
        P("2.1 De onderwijspartners verzorgen gezamenlijk een doorlopende leerroute voor "
          "leerlingen van de kaderberoepsgerichte leerweg in het profiel Produceren, installeren "
          "en energie."),
        P("2.2 De route leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en tot een "
          "mbo-diploma op niveau 3 in het opleidingsdomein Installatie- en energietechniek, te "
          "weten een van de kwalificaties:"),
        LI("a. Eerste monteur elektrotechnische installaties in de woning en utiliteit (niveau 3);"),
        LI("b. Eerste monteur werktuigkundige installaties (niveau 3)."),
        P("2.3 De keuze tussen a en b maakt de leerling aan het eind van het tweede routejaar. "
          "De mbo-fase kan in de BOL of in de BBL worden gevolgd."),
        P("2.4 De onderwijspartners melden de route gezamenlijk aan de minister door registratie "
          "in RIO."),
        H1("§ 3 Rol van het Werkgeversplatform"),
        P("3.1 Het Platform vertegenwoordigt ruim veertig installatie- en energiebedrijven uit "
          "Assen, Tynaarlo en Aa en Hunze. Het Platform zegt het volgende toe:"),
        TAB([["Onderdeel", "Toezegging van het Platform", "Wanneer"],
             ["Oriëntatie", "Bedrijfsbezoeken voor alle leerlingen van leerjaar 2 vmbo die de "
              "route overwegen", "jaarlijks, februari"],
             ["Praktijkopdrachten", "Per routejaar in de vo-fase drie levensechte opdrachten "
              "(o.a. warmtepomp, laadpaal, zonnepanelen) met begeleiding door een monteur",
              "vo-fase, per periode"],
             ["Gastdocenten", "Inzet van vakmensen als gastdocent, ten minste 40 uur per "
              "schooljaar", "doorlopend"],
             ["Bpv en leerbanen", "Ten minste twintig bpv-plaatsen of BBL-leerbanen bij door SBB "
              "erkende leerbedrijven voor studenten in de mbo-fase", "mbo-fase"],
             ["Examinering", "Praktijkbeoordelaars voor de proeven van bekwaamheid",
              "mbo-fase"],
             ["Programma-advies", "Twee leden in de adviesraad van de route, die het routeplan "
              "ieder jaar toetst aan de praktijk", "twee keer per jaar"]],
            [0.2, 0.58, 0.22]),
        P("3.2 Het Platform wijst een contactpersoon aan die de bijdragen van de leden "
          "coördineert. De onderwijspartners informeren het Platform vóór 1 juni over het "
          "verwachte aantal leerlingen en studenten in het volgende schooljaar."),
        H1("§ 4 Routedirectie"),
        P("4.1 De leiding over de route ligt bij de routedirectie. Deze bestaat uit een lid van "
          "de directie van De Vaart, een lid van de directie van het College Techniek van het "
          "ROC en de routemanager."),
        P("4.2 Het bevoegd gezag van De Vaart en het college van bestuur van het ROC wijzen ieder "
          "uit hun directie het lid van de routedirectie aan. De routemanager wordt door beide "
          "besturen gezamenlijk benoemd, na advies van het Platform, en is in dienst van het ROC."),
        P("4.3 De routedirectie heeft de volgende taken: het opstellen en uitvoeren van het "
          "routeplan, de inzet en begeleiding van het routeteam, de toelating van leerlingen "
          "tot de route, de afstemming met het Platform en de kwaliteitszorg van de route."),
        P("4.4 De besturen mandateren de routedirectie om binnen de jaarlijks vastgestelde "
          "routebegroting verplichtingen aan te gaan en het rooster en de taakverdeling in het "
          "routeteam vast te stellen. Wijzigingen van de routebegroting, personele benoemingen en "
          "besluiten die een partij financieel binden buiten de routebegroting, blijven "
          "voorbehouden aan de besturen."),
        H1("§ 5 Rapportage en verantwoording"),
        P("5.1 De routedirectie rapporteert tweemaal per jaar schriftelijk aan beide besturen, "
          "uiterlijk op 1 maart en op 1 oktober. De voortgangsrapportage bevat in elk geval "
          "de aantallen leerlingen en studenten per routejaar, in-, door- en uitstroom, "
          "examenresultaten, de uitputting van de routebegroting en de inzet van het Platform."),
        P("5.2 Jaarlijks in november legt de routedirectie in een bestuurlijk "
          "verantwoordingsoverleg met beide besturen verantwoording af over het afgelopen "
          "schooljaar. Het Platform wordt voor het deel over § 3 uitgenodigd."),
        H1("§ 6 Onderwijs, personeel en voorzieningen"),
        P("6.1 In de vo-fase wordt het onderwijs verzorgd op De Vaart; de praktijkmodules "
          "installatietechniek worden vanaf het eerste routejaar één dag per week gegeven in het "
          "Energiehuis van het ROC. De mbo-fase vindt plaats op het ROC en bij de leerbedrijven."),
        P("6.2 Het routeplan (het gezamenlijke PTA/OER) beschrijft per routejaar het "
          "onderwijsprogramma, de examinering en de beroepspraktijkvorming, en geeft aan welke "
          "onderdelen vo, mbo of gecombineerd zijn. Het routeplan wordt jaarlijks vóór 1 juli "
          "door de routedirectie opgesteld en door beide besturen vastgesteld."),
        P("6.3 Het routeteam bestaat uit docenten PIE en avo-docenten van De Vaart en "
          "praktijkdocenten elektrotechniek en werktuigbouw van het ROC. In de vo-fase verzorgt "
          "het ROC ten minste 8 lesuren per week; in het derde routejaar geven docenten van De "
          "Vaart de lessen Nederlands en rekenen. Voor de praktijkmodules wordt gewerkt met "
          "teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het "
          "routeplan vermeldt welke modules dat zijn."),
        P("6.4 Het ROC stelt het Energiehuis (installatiewerkplaats met warmtepompopstellingen, "
          "laadpalen en een PV-dak) ter beschikking aan leerlingen van de route; De Vaart stelt "
          "haar techniekhal en computerlokalen beschikbaar voor gezamenlijke projecten. Het "
          "Platform leent via zijn leden materialen en meetapparatuur uit. Over het gebruik van "
          "elkaars voorzieningen wordt niet afgerekend."),
        P("6.5 Verzuim wordt in de vo-fase gemeld door De Vaart en in de mbo-fase door het ROC. "
          "Klachten over medewerkers van de andere onderwijspartner worden behandeld volgens de "
          "klachtenregeling van de partij waar de klacht wordt ingediend, met medewerking van de "
          "andere partij."),
        H1("§ 7 Overstapmogelijkheden"),
        P("7.1 Stopt een leerling of student met de route voordat hij die heeft afgerond, dan "
          "bepalen De Vaart en het ROC gezamenlijk welke vervolgopleiding passend is. Zij gaan "
          "daarbij uit van het bereikte onderwijsniveau en de leeftijd van de jongere en betrekken "
          "de jongere en zijn ouders bij het besluit."),
        P("7.2 Mogelijke vervolgroutes zijn in elk geval:"),
        LI("a. in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg van De "
           "Vaart, in PIE of een ander profiel, met afronding door het vmbo-examen;"),
        LI("b. als het vmbo-diploma aan het eind van het derde routejaar niet is behaald: "
           "instroom of voortzetting in een installatie- of elektrotechnische opleiding op "
           "niveau 2 of 3 van het ROC; vooropleidingseisen gelden daarbij niet;"),
        LI("c. in de mbo-fase: overstap naar de andere kwalificatie van § 2.2, naar een andere "
           "opleiding op niveau 3 van het ROC, of naar een opleiding elders in de regio; het ROC "
           "zorgt voor overdracht van het dossier."),
        P("7.3 De overstapregeling wordt opgenomen in de schoolgids van De Vaart en de "
          "studiegids van het ROC."),
        H1("§ 8 Kosten en bekostiging"),
        P("8.1 Er vindt geen overdracht van bekostiging plaats tussen De Vaart en het ROC, ook "
          "niet met toepassing van artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Iedere "
          "onderwijspartner draagt de kosten van het eigen personeel en de eigen voorzieningen."),
        P("8.2 Bijdragen van het Platform worden in natura geleverd en zijn geen bekostiging."),
        H1("§ 9 Medezeggenschap"),
        P("9.1 De medezeggenschap over de route is als volgt ingericht. Voor leerlingen in de "
          "vo-fase, hun ouders en het personeel van De Vaart is de medezeggenschapsraad van De "
          "Vaart bevoegd; voor studenten in de mbo-fase de studentenraad van het ROC en voor het "
          "personeel van het ROC de ondernemingsraad."),
        P("9.2 Daarnaast stellen de onderwijspartners een gemeenschappelijke adviescommissie "
          "Techniekroute in, bestaande uit twee leden van de medezeggenschapsraad van De Vaart "
          "(van wie één leerling) en twee leden van de studentenraad van het ROC. De commissie "
          "adviseert beide besturen over het routeplan en over de jaarlijkse evaluatie, en "
          "ontvangt daartoe de voortgangsrapportages bedoeld in § 5."),
        H1("§ 10 Geschillencommissie"),
        P("10.1 Ontstaat tussen partijen een geschil over de uitvoering van deze overeenkomst, "
          "dan overleggen eerst de routedirectie en daarna de besturen."),
        P("10.2 Is het geschil zes weken na de eerste schriftelijke melding niet opgelost, dan "
          "legt iedere partij het voor aan een geschillencommissie van drie leden. Iedere bij het "
          "geschil betrokken onderwijspartner wijst één lid aan; deze twee wijzen samen een "
          "voorzitter aan die niet bij een van de partijen werkzaam is. De commissie beslist bij "
          "wege van bindend advies, binnen acht weken."),
        P("10.3 De kosten van de commissie worden gelijk gedeeld tussen de bij het geschil "
          "betrokken partijen."),
        H1("§ 11 Toetreding, looptijd, opzegging en wijziging"),
        P("11.1 Een andere school voor vbo met het profiel Produceren, installeren en energie of "
          "een andere instelling voor beroepsonderwijs kan toetreden, mits De Vaart en het ROC "
          "daarmee schriftelijk instemmen, de toetreder het routeplan overneemt en de route bij "
          "DUO meldt. Toetreding gaat in per 1 augustus. Lopende cohorten blijven ingedeeld zoals "
          "zij waren."),
        P("11.2 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        P("11.3 De Vaart en het ROC kunnen de overeenkomst ieder opzeggen per 1 augustus, met een "
          "opzegtermijn van achttien maanden. Na opzegging start geen nieuw cohort meer; "
          "leerlingen en studenten die al in de route zitten, kunnen haar afmaken, zo nodig met "
          "toepassing van § 7. Het Platform kan zijn deelname met zes maanden opzeggen; de "
          "overeenkomst blijft dan tussen de onderwijspartners bestaan en zij zoeken samen "
          "vervangende bpv-plaatsen voor de lopende cohorten."),
        P("11.4 Wijzigingen worden schriftelijk overeengekomen door alle partijen. Een wijziging "
          "gaat in bij het begin van een schooljaar en mag er niet toe leiden dat leerlingen of "
          "studenten die al in de route zitten studievertraging oplopen."),
        P("Aldus getekend te Assen op 26 juni 2025."),
        SIG(["Stichting Openbaar Voortgezet Onderwijs Assen-Midden", "H. Dijkstra",
             "directeur-bestuurder", "", "Stichting Werkgeversplatform Techniek Assen e.o.",
             "G. Lunenborg", "voorzitter"],
            ["Stichting Regionaal Opleidingencentrum Drentsche Poort", "drs. E.M. Bosscher",
             "voorzitter college van bestuur"]),
    ],
    footer="Techniekroute Assen - samenwerkingsovereenkomst DLR Installatietechniek",
    doc_title="Techniekroute Assen",
)

# ---------------------------------------------------------------------------------------------
# h301: renewal that replaces the 2021 text, DOCX, Reimerswaal, zorg en welzijn kb -> mbo-3 PM
# ---------------------------------------------------------------------------------------------
register(
    301, "verlengingsovereenkomst_reimerswaal_kinderopvang", "docx",
    "Verlengings- en herzieningsovereenkomst die de tekst van 2021 integraal vervangt, decimale "
    "nummering met cursieve wijzigingsnotities (DOCX); Reimerswaal/Goes, Zorg en welzijn kb naar "
    "Pedagogisch medewerker kinderopvang niveau 3; overstapregeling uitgebreid maar zonder wie "
    "beslist, medezeggenschap als PM-placeholder",
    st("f=w h=w"),
    {"a": "2. De route",
     "b": "3. Kinderopvangorganisaties in de route",
     "c": "4. Stuurgroep en routecoördinator",
     "d": "5. Verantwoording aan de besturen",
     "e": "6. Organisatie en onderwijs",
     "g": "8. Financiën",
     "i": "10. Geschillen",
     "j": "12. Duur, opzegging en wijziging"},
    [
        T("Verlengings- en herzieningsovereenkomst"),
        S("Samenwerkingsovereenkomst doorlopende leerroute Pedagogisch werk Reimerswaal "
          "2025-2029"),
        P("De ondergetekenden:"),
        LI("1. Stichting Voortgezet Onderwijs Reimerswaal, bevoegd gezag van De Kreekrug, school "
           "voor vbo en mavo te Kruiningen, vertegenwoordigd door mevrouw A. Verhage-de Jonge, "
           "bestuurder (hierna: De Kreekrug);"),
        LI("2. Stichting Zeeuwse Vakopleidingen, bevoegd gezag van ROC ZeeVak te Goes, "
           "vertegenwoordigd door de heer P.J. Wisse, lid van het college van bestuur (hierna: "
           "ROC ZeeVak);"),
        P("overwegende dat:"),
        LI("a. partijen op 1 juli 2021 een samenwerkingsovereenkomst hebben gesloten voor de "
           "doorlopende leerroute Pedagogisch werk, met een looptijd tot en met 31 juli 2025;"),
        LI("b. de route in het voorjaar van 2025 door beide besturen is geëvalueerd, waarbij "
           "leerlingen, ouders, docenten en de betrokken kinderopvangorganisaties zijn gehoord;"),
        LI("c. partijen op grond van die evaluatie de samenwerking willen voortzetten en de "
           "afspraken op enkele punten willen aanpassen;"),
        P("komen overeen als volgt:"),
        H1("1. Verlenging en vervanging"),
        P("1.1 De samenwerking wordt verlengd met vier schooljaren, tot en met 31 juli 2029."),
        P("1.2 Deze overeenkomst vervangt met ingang van 1 augustus 2025 de overeenkomst van "
          "1 juli 2021 in haar geheel. Afspraken die hierna niet zijn opgenomen, vervallen."),
        H1("2. De route"),
        P("2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute voor leerlingen van de "
          "kaderberoepsgerichte leerweg met het profiel Zorg en welzijn."),
        P("2.2 De route leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en het mbo-diploma "
          "Pedagogisch medewerker kinderopvang (niveau 3), kwalificatiedossier Pedagogisch werk."),
        P("2.3 De mbo-fase wordt in de BOL gevolgd; het laatste jaar kan in overleg met een "
          "leerbedrijf in de BBL worden gevolgd."),
        NOTE("Gewijzigd ten opzichte van 2021: de BBL-variant in het laatste jaar is nieuw."),
        H1("3. Kinderopvangorganisaties in de route"),
        P("3.1 Kinderopvang Oosterschelde, Stichting Peuterwerk Reimerswaal en Kindcentrum "
          "De Zeester zijn als erkend leerbedrijf verbonden aan de route. Partijen hebben met deze "
          "organisaties afgesproken dat zij:"),
        LI("a. in beide jaren van de vo-fase iedere leerling een oriënterende stage van tien "
           "dagdelen bieden;"),
        LI("b. in de mbo-fase samen ten minste twaalf bpv-plaatsen per cohort beschikbaar stellen, "
           "met een praktijkopleider per student;"),
        LI("c. vier keer per schooljaar een pedagogisch coach als gastdocent laten optreden;"),
        LI("d. praktijkbeoordelaars leveren voor de examens in de beroepspraktijk."),
        P("3.2 Drie keer per schooljaar is er werkveldoverleg tussen de stuurgroep en de "
          "kinderopvangorganisaties, waarin het programma en de stages worden besproken."),
        NOTE("Gewijzigd ten opzichte van 2021: Kindcentrum De Zeester is toegevoegd."),
        H1("4. Stuurgroep en routecoördinator"),
        P("4.1 De leiding over de route berust bij een stuurgroep van drie leden: de teamleider "
          "onderbouw en bovenbouw kader van De Kreekrug, de onderwijsmanager Zorg, Welzijn en "
          "Kinderopvang van ROC ZeeVak en de routecoördinator."),
        P("4.2 Het bevoegd gezag van De Kreekrug en het college van bestuur van ROC ZeeVak wijzen "
          "ieder hun eigen lid aan. De routecoördinator wordt door beide besturen gezamenlijk "
          "benoemd en ontslagen."),
        P("4.3 De stuurgroep stelt het jaarprogramma en het rooster van de route vast, beslist "
          "over de toelating van leerlingen tot de route, verdeelt de taken binnen het routeteam en voert het "
          "werkveldoverleg. De routecoördinator voert de besluiten van de stuurgroep uit en is "
          "het aanspreekpunt voor ouders."),
        P("4.4 Voor uitgaven boven het jaarbudget van de route en voor besluiten over personeel "
          "heeft de stuurgroep vooraf de instemming van beide besturen nodig."),
        H1("5. Verantwoording aan de besturen"),
        P("5.1 De stuurgroep stuurt beide besturen in januari en in juli een schriftelijke "
          "voortgangsrapportage met de leerlingaantallen, de uitval, de examenresultaten en de "
          "besteding van het jaarbudget."),
        P("5.2 Eenmaal per jaar, in oktober, bespreken beide besturen met de stuurgroep het "
          "jaarverslag over het afgelopen schooljaar; de stuurgroep legt daarin verantwoording af."),
        H1("6. Organisatie en onderwijs"),
        P("6.1 De vo-fase wordt verzorgd op De Kreekrug te Kruiningen; vanaf het tweede routejaar "
          "volgen leerlingen één dag per week les op de locatie Zorg en Welzijn van ROC ZeeVak te "
          "Goes. De mbo-fase wordt verzorgd door ROC ZeeVak en bij de leerbedrijven."),
        P("6.2 Het programma en de examinering per leerjaar zijn beschreven in het gezamenlijke "
          "PTA/OER van de route, dat ook aangeeft welke onderdelen vmbo en welke mbo zijn."),
        P("6.3 Een docent van ROC ZeeVak (0,3 fte) geeft in de vo-fase de lessen pedagogiek en "
          "spel op De Kreekrug; de docenten Zorg en welzijn van De Kreekrug begeleiden in het "
          "eerste mbo-jaar de lessen op de ROC-locatie mee. De docenten vormen samen één "
          "routeteam en werken bij het gecombineerde praktijkvak met teambevoegdheid."),
        P("6.4 ROC ZeeVak stelt zijn praktijklokaal kinderopvang, met babyhoek en speellokaal, "
          "beschikbaar voor de lessen van de route; De Kreekrug stelt haar keuken en "
          "verzorgingslokaal open voor groepen van ROC ZeeVak op woensdagmiddag."),
        H1("7. Als de route niet verder gaat"),
        P("7.1 Het kan gebeuren dat een leerling de route niet afmaakt: door een verhuizing, omdat "
          "het niveau niet past of omdat hij of zij toch iets anders wil. Ook dan is er altijd "
          "een vervolg dat naar een diploma leidt."),
        P("7.2 Daarvoor zijn de volgende mogelijkheden:"),
        LI("a. vertrek in het eerste of tweede routejaar: de leerling gaat verder in de reguliere "
           "kaderberoepsgerichte leerweg van De Kreekrug, in Zorg en welzijn of een ander "
           "profiel, en doet daar eindexamen;"),
        LI("b. vmbo-diploma niet behaald aan het eind van het derde routejaar: instroom zonder "
           "vmbo-diploma in de opleiding Pedagogisch medewerker kinderopvang (niveau 3) of "
           "Helpende zorg en welzijn (niveau 2) van ROC ZeeVak; vooropleidingseisen zijn dan niet "
           "van toepassing;"),
        LI("c. uitval in de mbo-fase: overstap naar een andere opleiding op niveau 3 in zorg en "
           "welzijn van ROC ZeeVak, zoals Verzorgende-IG, of naar een opleiding van een andere "
           "instelling, waar een geschiktheidsonderzoek kan plaatsvinden."),
        P("7.3 Bij de keuze voor een van deze mogelijkheden wordt rekening gehouden met het "
          "bereikte onderwijsniveau, de leeftijd en de wensen van de leerling."),
        P("7.4 De mentor of studieloopbaanbegeleider begeleidt de leerling bij de overstap en "
          "zorgt voor een warme overdracht naar de nieuwe opleiding."),
        NOTE("Gewijzigd ten opzichte van 2021: mogelijkheid b is uitgebreid met Helpende zorg en "
             "welzijn (niveau 2)."),
        H1("8. Financiën"),
        P("8.1 De Kreekrug draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks € 21.600 "
          "over aan ROC ZeeVak. Dit bedrag is bestemd voor de inzet van de docent van ROC ZeeVak "
          "in de vo-fase, bedoeld in 6.3."),
        P("8.2 Het bedrag wordt in twee gelijke delen betaald, vóór 1 november en vóór 1 april."),
        NOTE("Gewijzigd ten opzichte van 2021: het bedrag was € 18.000; de verhoging volgt de "
             "uitbreiding van de inzet van 0,25 naar 0,3 fte."),
        H1("9. Medezeggenschap"),
        P("[PM - aanvullende afspraken over de medezeggenschap in de route; tekst volgt na advies "
          "van de medezeggenschapsraad van De Kreekrug en de studentenraad van ROC ZeeVak]"),
        NOTE("Nieuw artikel ten opzichte van 2021."),
        H1("10. Geschillen"),
        P("10.1 Een verschil van mening over de uitvoering van deze overeenkomst wordt eerst in "
          "de stuurgroep besproken en, als dat binnen een maand geen oplossing geeft, door de "
          "bestuurders van beide partijen."),
        P("10.2 Leidt ook dat overleg binnen zes weken niet tot overeenstemming, dan schakelen "
          "partijen een mediator in. Blijft het geschil na de mediation bestaan, dan wordt het "
          "voorgelegd aan de bevoegde rechter in het arrondissement Zeeland-West-Brabant."),
        H1("11. Toetreding"),
        P("11.1 Een andere vmbo-school met het profiel Zorg en welzijn of een andere instelling "
          "voor beroepsonderwijs kan tot deze overeenkomst toetreden als beide partijen daar "
          "schriftelijk mee instemmen en de nieuwe partij het PTA/OER van de route overneemt."),
        P("11.2 Toetreding gaat in bij de start van een schooljaar en wordt door de toetredende "
          "partij bij DUO gemeld. Voor leerlingen die al in de route zitten, verandert er door "
          "de toetreding niets."),
        H1("12. Duur, opzegging en wijziging"),
        P("12.1 Deze overeenkomst loopt van 1 augustus 2025 tot en met 31 juli 2029. Partijen "
          "evalueren de route in het schooljaar 2027-2028 en besluiten vóór 1 februari 2029 of "
          "zij de overeenkomst opnieuw verlengen."),
        P("12.2 Tussentijdse opzegging is mogelijk met een opzegtermijn van twaalf maanden, "
          "tegen 1 augustus van enig jaar. Na opzegging worden geen nieuwe leerlingen meer "
          "toegelaten; leerlingen en studenten die al in de route zitten, ronden haar af onder de "
          "voorwaarden van deze overeenkomst."),
        P("12.3 Wijziging van deze overeenkomst is alleen mogelijk schriftelijk en met "
          "ondertekening door beide besturen. Een wijziging mag niet ten nadele gaan van "
          "leerlingen en studenten die al in de route zitten."),
        H1("13. Ondertekening"),
        P("Opgemaakt in tweevoud en ondertekend te Goes op 27 juni 2025."),
        SIG(["Stichting Voortgezet Onderwijs Reimerswaal", "", "A. Verhage-de Jonge, bestuurder"],
            ["Stichting Zeeuwse Vakopleidingen", "",
             "P.J. Wisse, lid college van bestuur"]),
    ],
    author="Bestuursbureau SVO Reimerswaal", doc_title="Verlengingsovereenkomst DLR Pedagogisch werk",
    footer="Verlengings- en herzieningsovereenkomst DLR Pedagogisch werk 2025-2029",
)

# ---------------------------------------------------------------------------------------------
# h302: long agreement with a long considerans, PDF, Haaksbergen, mobiliteit en transport kb ->
#       mbo-3 technicus mobiele werktuigen
# ---------------------------------------------------------------------------------------------
register(
    302, "lange_considerans_haaksbergen_mobiele_werktuigen", "pdf",
    "Lange overeenkomst met uitgebreide considerans, hoofdstukken en artikelen, begripsbepalingen "
    "(PDF); Haaksbergen/Hengelo, Mobiliteit en transport kb naar Technicus mobiele werktuigen "
    "niveau 3; bedrijfsleven alleen in de considerans genoemd, inrichting regelt personeel "
    "uitvoerig maar schuift het gebruik van werkplaatsen en leermiddelen door naar latere "
    "afspraken; geschil via arbitrage",
    st("b=m e=w"),
    {"a": "Artikel 3 De route",
     "c": "Artikel 5 Routeleiding",
     "d": "Artikel 6 Informatie en verantwoording",
     "f": "Artikel 11 Overstapoptie",
     "g": "Artikel 12 Bekostiging en kosten",
     "h": "Artikel 13 Medezeggenschap",
     "i": "Artikel 14 Geschillen",
     "j": "Artikel 15 Toetreding"},
    [
        T("OVEREENKOMST TOT SAMENWERKING"),
        S("in de doorlopende leerroute vmbo-mbo Mobiliteit en Techniek Haaksbergen"),
        P("DE ONDERGETEKENDEN:"),
        LI("1. Stichting Katholiek Voortgezet Onderwijs Zuidoost-Twente, gevestigd te Haaksbergen, "
           "bevoegd gezag van Het Assinkdal College, school voor vbo en mavo, Assinklaan 9 te "
           "Haaksbergen, rechtsgeldig vertegenwoordigd door de voorzitter van het college van "
           "bestuur, de heer drs. B.H.J. Nijhuis, hierna te noemen \"de School\";"),
        LI("2. Stichting Twentse Beroepsopleidingen, gevestigd te Hengelo, bevoegd gezag van ROC "
           "Twentse Poort, instelling voor beroepsonderwijs, rechtsgeldig vertegenwoordigd door "
           "de voorzitter van het college van bestuur, mevrouw mr. I.A. Olthof-Kamphuis, hierna te "
           "noemen \"het ROC\";"),
        P("hierna gezamenlijk te noemen \"Partijen\","),
        P("IN AANMERKING NEMENDE DAT:"),
        LI("1. Haaksbergen en de omliggende kernen deel uitmaken van een landelijk gebied waarin "
           "de land- en tuinbouw, het loonwerk en de handel in en het onderhoud van landbouw-, "
           "grondverzet- en tuinmachines een belangrijke bron van werkgelegenheid vormen;"),
        LI("2. in deze sector al jaren een tekort bestaat aan goed opgeleide technici op niveau 3, "
           "terwijl een deel van de leerlingen van de kaderberoepsgerichte leerweg uit de regio na "
           "het behalen van het vmbo-diploma niet of met vertraging aan een passende "
           "mbo-opleiding begint;"),
        LI("3. de in Zuidoost-Twente gevestigde loonwerk- en mechanisatiebedrijven, verenigd in "
           "de regionale afdeling van hun brancheorganisatie, hebben aangegeven graag bij te "
           "dragen aan de opleiding van jongeren in de regio, onder meer door het aanbieden van "
           "stageplaatsen, gastlessen en praktijkopdrachten;"),
        LI("4. Partijen in de schooljaren 2022-2023 en 2023-2024 met een beperkte groep leerlingen "
           "een pilot hebben uitgevoerd waarin leerlingen van de School al in het derde leerjaar "
           "mbo-onderdelen volgden, en dat uit de evaluatie van die pilot (rapport \"Doorrijden "
           "zonder overschakelen\", juni 2024) is gebleken dat overlap in lesstof kan worden "
           "weggenomen en de motivatie van leerlingen toeneemt;"),
        LI("5. de Wet voortgezet onderwijs 2020 (WVO 2020) in artikel 2.107a en verder en de Wet "
           "educatie en beroepsonderwijs (WEB) in hoofdstuk 9, titel 1, de mogelijkheid bieden om "
           "vmbo en mbo als één doorlopende leerroute aan te bieden;"),
        LI("6. een doorlopende leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB "
           "wordt verzorgd op grond van een samenwerkingsovereenkomst tussen de bevoegde gezagen, "
           "waarin in elk geval afspraken zijn opgenomen over de onderwerpen die in die artikelen "
           "worden genoemd;"),
        LI("7. Partijen met de route beogen jongeren een ononderbroken, uitdagend en op de "
           "beroepspraktijk gericht leertraject te bieden dat leidt tot zowel een vmbo-diploma als "
           "een mbo-diploma op niveau 3, zonder dat de overgang van vmbo naar mbo een breuk in de "
           "schoolloopbaan vormt;"),
        LI("8. Partijen zich ervan bewust zijn dat niet iedere leerling de route met succes zal "
           "afronden, en dat zij op grond van artikel 2.107k WVO 2020 en artikel 9.1.14 WEB "
           "gehouden zijn een jongere die de route verlaat in staat te stellen alsnog een diploma "
           "te behalen;"),
        LI("9. de medezeggenschapsraad van de School en de studentenraad en de ondernemingsraad "
           "van het ROC in het voorjaar van 2025 positief hebben geadviseerd over het voorgenomen "
           "besluit tot samenwerking in de route;"),
        LI("10. Partijen in deze overeenkomst tevens wensen vast te leggen hoe zij de gevolgen "
           "voor leerlingen en studenten zoveel mogelijk beperken wanneer de samenwerking wijzigt, "
           "wordt uitgebreid of eindigt;"),
        LI("11. Partijen de route gezamenlijk zullen melden aan de Minister van Onderwijs, "
           "Cultuur en Wetenschap, zoals voorgeschreven in artikel 2.107c WVO 2020 en artikel "
           "9.1.4 WEB;"),
        LI("12. Partijen hun samenwerking daarom in deze overeenkomst wensen vast te leggen;"),
        P("KOMEN OVEREEN ALS VOLGT:"),

        H1("HOOFDSTUK 1 ALGEMENE BEPALINGEN"),
        H2("Artikel 1 Begripsbepalingen"),
        P("In deze overeenkomst en de daarop berustende bepalingen wordt verstaan onder:"),
        LI("a. route: de doorlopende leerroute vmbo-mbo bedoeld in artikel 3;"),
        LI("b. leerling: een jongere die voor de route is ingeschreven bij de School;"),
        LI("c. student: een jongere die voor de route is ingeschreven bij het ROC;"),
        LI("d. vo-fase: het eerste en het tweede leerjaar van de route;"),
        LI("e. mbo-fase: het derde leerjaar van de route en de daarop volgende leerjaren;"),
        LI("f. routeleiding: de leiding over de route bedoeld in artikel 5;"),
        LI("g. Bestuurlijk overleg: het overleg bedoeld in artikel 4;"),
        LI("h. routeplan: het gezamenlijke programma van toetsing en afsluiting en de "
           "onderwijs- en examenregeling van de route;"),
        LI("i. cohort: de groep leerlingen die in hetzelfde schooljaar met de route is begonnen;"),
        LI("j. schooljaar: de periode van 1 augustus tot en met 31 juli daaropvolgend."),
        H2("Artikel 2 Onderwerp en doel"),
        P("2.1 Deze overeenkomst regelt de samenwerking tussen Partijen bij het gezamenlijk "
          "verzorgen van de route en de rechten en verplichtingen die Partijen daarbij jegens "
          "elkaar hebben."),
        P("2.2 Partijen hebben tot doel dat ten minste 75 procent van de leerlingen van ieder "
          "cohort binnen vijf jaar na de start van de route zowel het vmbo-diploma als het "
          "mbo-diploma behaalt."),
        H2("Artikel 3 De route"),
        P("3.1 Partijen verzorgen gezamenlijk een doorlopende leerroute voor leerlingen van de "
          "kaderberoepsgerichte leerweg in het profiel Mobiliteit en transport."),
        P("3.2 De route leidt tot het vmbo-diploma van de kaderberoepsgerichte leerweg en tot het "
          "mbo-diploma van de vakopleiding Technicus mobiele werktuigen (niveau 3), "
          "kwalificatiedossier Mobiele werktuigen, in het opleidingsdomein Mobiliteit en "
          "voertuigen. De mbo-fase wordt in de beroepsopleidende leerweg gevolgd."),
        P("3.3 De route begint in het derde leerjaar van de School. Het vmbo-diploma wordt "
          "uiterlijk aan het eind van het tweede leerjaar van de route behaald; de route heeft "
          "een nominale duur van vijf schooljaren."),
        P("3.4 Partijen melden de route vóór de start van het eerste cohort gezamenlijk aan de "
          "minister door registratie in RIO. Ieder van hen draagt zorg voor de registratie van de "
          "eigen leerlingen en studenten bij DUO."),

        H1("HOOFDSTUK 2 BESTUUR EN LEIDING"),
        H2("Artikel 4 Bestuurlijk overleg"),
        P("4.1 Er is een Bestuurlijk overleg, bestaande uit een lid van het college van bestuur "
          "van de School en een lid van het college van bestuur van het ROC, ieder aangewezen "
          "door het eigen college van bestuur."),
        P("4.2 Het Bestuurlijk overleg komt ten minste driemaal per schooljaar bijeen. Het "
          "bewaakt de uitvoering van deze overeenkomst, stelt jaarlijks het routeplan en de "
          "jaarplanning vast en neemt besluiten die de bevoegdheid van de routeleiding te boven "
          "gaan. Besluiten worden met eenparigheid van stemmen genomen."),
        H2("Artikel 5 Routeleiding"),
        P("5.1 De dagelijkse leiding over de route berust bij twee co-routeleiders: een "
          "teamleider van de School en een opleidingsmanager van het ROC."),
        P("5.2 De co-routeleiders worden benoemd door het Bestuurlijk overleg, ieder op voordracht "
          "van het college van bestuur van de Partij bij wie hij of zij in dienst is. Het "
          "Bestuurlijk overleg kan een benoeming op dezelfde wijze intrekken."),
        P("5.3 Aan de routeleiding zijn opgedragen: de organisatie van het onderwijs in de route, "
          "het opstellen van het concept-routeplan, de roostering, de toelating van leerlingen tot "
          "de route, de aansturing van het routeteam bedoeld in artikel 7 en de bewaking van de "
          "kwaliteit van het onderwijs en de examinering."),
        P("5.4 De routeleiding is bevoegd om binnen het door het Bestuurlijk overleg vastgestelde "
          "jaarbudget uitgaven te doen en de werkzaamheden binnen het routeteam te verdelen. Zij "
          "is niet bevoegd om namens een Partij arbeidsovereenkomsten aan te gaan of te wijzigen."),
        H2("Artikel 6 Informatie en verantwoording"),
        P("6.1 De routeleiding verstrekt na afloop van ieder trimester een beknopte "
          "voortgangsrapportage aan beide colleges van bestuur, via het Bestuurlijk overleg."),
        P("6.2 Jaarlijks vóór 15 oktober legt de routeleiding aan beide colleges van bestuur een "
          "jaarrapportage voor over het afgelopen schooljaar, met ten minste de in-, door- en "
          "uitstroom per cohort, de examen- en diplomaresultaten, de realisatie van het "
          "jaarbudget en de resultaten van de tevredenheidsonderzoeken. De routeleiding licht de "
          "jaarrapportage toe in het eerstvolgende Bestuurlijk overleg en legt daar verantwoording "
          "af over het gevoerde beleid."),
        P("6.3 Ieder college van bestuur kan de routeleiding op elk moment om aanvullende "
          "inlichtingen vragen; de routeleiding verstrekt die binnen twee weken."),

        H1("HOOFDSTUK 3 ONDERWIJS"),
        H2("Artikel 7 Onderwijskundige en organisatorische inrichting"),
        P("7.1 Het onderwijs in de vo-fase wordt verzorgd in het gebouw van de School te "
          "Haaksbergen; het onderwijs in de mbo-fase wordt verzorgd door het ROC op zijn locatie "
          "te Hengelo."),
        P("7.2 De leerlingen van een cohort vormen in de vo-fase één klas. In de vo-fase zijn "
          "per week ten minste acht lesuren beschikbaar voor mbo-onderdelen."),
        P("7.3 De docenten die in de route lesgeven, vormen samen één routeteam onder leiding "
          "van de routeleiding. Het ROC zet in de vo-fase een docent motorentechniek en een docent "
          "hydrauliek en elektronica in, samen ten minste 0,5 fte, die op de School lesgeven. De "
          "School zet in het derde leerjaar van de route haar docenten Nederlands en wiskunde in "
          "voor leerlingen die nog vmbo-onderdelen moeten afronden."),
        P("7.4 Voor de praktijkmodules in de vo-fase wordt gewerkt met teambevoegdheid als "
          "bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Het routeplan vermeldt in "
          "welke modules dat het geval is en welke bevoegde docent voor welk onderdeel "
          "verantwoordelijk is."),
        P("7.5 Personeelsleden blijven in dienst van de eigen werkgever; die blijft "
          "verantwoordelijk voor hun beoordeling, scholing en arbeidsvoorwaarden. Partijen "
          "stemmen de jaartaak van de routedocenten jaarlijks vóór 1 juni met elkaar af."),
        P("7.6 Partijen maken in de loop van het eerste schooljaar van de route nadere afspraken "
          "over het gebruik van elkaars werkplaatsen, machines en leermiddelen."),
        H2("Artikel 8 Onderwijsprogramma en examinering"),
        P("8.1 Het routeplan beschrijft voor de gehele route per leerjaar het onderwijsprogramma "
          "en de examinering, en geeft aan welke onderdelen behoren tot het voortgezet onderwijs, "
          "welke tot het beroepsonderwijs en welke gecombineerd worden afgesloten."),
        P("8.2 Het centraal examen vmbo wordt afgenomen aan het eind van het tweede leerjaar van "
          "de route. De School blijft verantwoordelijk voor de vmbo-examinering en -diplomering, "
          "het ROC voor de mbo-examinering en -diplomering."),
        H2("Artikel 9 Toelating, inschrijving, verzuim en begeleiding"),
        P("9.1 Leerlingen van het tweede leerjaar van de School melden zich vóór 1 april aan "
          "voor de route. De routeleiding beslist vóór 1 juni over de toelating, op basis van "
          "het advies van de mentor, een motivatiegesprek met de leerling en zijn ouders en de "
          "studieresultaten in het tweede leerjaar. Een afwijzing wordt schriftelijk en met "
          "redenen omkleed meegedeeld; de leerling vervolgt dan de reguliere leerweg van de "
          "School."),
        P("9.2 In de vo-fase staat de jongere als leerling ingeschreven bij de School, in de "
          "mbo-fase als student bij het ROC. Een student die het vmbo-diploma nog niet heeft "
          "behaald, blijft voor de resterende vmbo-onderdelen tevens bij de School ingeschreven."),
        P("9.3 Verzuim wordt in de vo-fase door de School en in de mbo-fase door het ROC gemeld "
          "en opgevolgd."),
        P("9.4 Iedere leerling heeft in de vo-fase een mentor van de School en vanaf het tweede "
          "leerjaar van de route tevens een studieloopbaanbegeleider van het ROC."),
        H2("Artikel 10 Klachten"),
        P("Een klacht over een gedraging van een medewerker van de ene Partij die wordt ingediend "
          "bij de andere Partij, wordt behandeld volgens de klachtenregeling van de Partij waar "
          "de klacht is ingediend. De Partij van de betrokken medewerker verleent alle "
          "medewerking."),
        H2("Artikel 11 Overstapoptie"),
        P("11.1 Wordt de deelname van een jongere aan de route beëindigd voordat hij haar met "
          "succes heeft afgerond, dan stellen Partijen hem in staat een vmbo-diploma of een "
          "mbo-diploma te behalen. De School en het ROC stellen in gezamenlijk overleg met de "
          "jongere en zijn ouders vast welke opleiding past bij het bereikte onderwijsniveau en "
          "de leeftijd van de jongere; de beslissing wordt door beide Partijen gezamenlijk "
          "genomen."),
        P("11.2 Als alternatieven komen in elk geval in aanmerking:"),
        LI("a. bij beëindiging in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte "
           "leerweg van de School, in het profiel Mobiliteit en transport of een ander profiel;"),
        LI("b. indien het vmbo-diploma aan het eind van het derde leerjaar van de route niet is "
           "behaald: instroom in de opleiding Monteur mobiele werktuigen (niveau 2) of in een "
           "andere opleiding op niveau 2 of 3 van het ROC, zonder dat vooropleidingseisen worden "
           "gesteld;"),
        LI("c. bij beëindiging in de mbo-fase: overstap naar een andere opleiding op niveau 3 van "
           "het ROC in het domein Mobiliteit en voertuigen of in een ander domein, of naar een "
           "opleiding van een andere instelling in de regio, waarbij het ROC de overdracht "
           "verzorgt."),
        P("11.3 De School neemt de werkwijze op in de schoolgids."),

        H1("HOOFDSTUK 4 FINANCIËN"),
        H2("Artikel 12 Bekostiging en kosten"),
        P("12.1 Partijen dragen geen bekostiging aan elkaar over; artikel 5.42a WVO 2020 en "
          "artikel 9.1.15 WEB worden niet toegepast."),
        P("12.2 De inzet van docenten van het ROC in de vo-fase wordt verrekend met de inzet van "
          "docenten van de School in het derde leerjaar van de route; over en weer wordt niet "
          "gefactureerd. Iedere Partij draagt verder haar eigen kosten."),

        H1("HOOFDSTUK 5 MEDEZEGGENSCHAP"),
        H2("Artikel 13 Medezeggenschap"),
        P("13.1 Voor de leerlingen, hun ouders en het personeel van de School geldt de Wet "
          "medezeggenschap op scholen; voor de studenten, hun ouders en het personeel van het "
          "ROC gelden hoofdstuk 8a WEB en de Wet op de ondernemingsraden."),
        P("13.2 Partijen komen overeen dat de leerlingen in het tweede leerjaar van de route één "
          "leerling aanwijzen die als adviserend lid zitting neemt in de studentenraad van het "
          "ROC-college Techniek en Mobiliteit. Het ROC draagt zorg voor een aanpassing van het "
          "reglement van de studentenraad."),
        P("13.3 Voorgenomen wijzigingen van het routeplan worden voor advies voorgelegd aan de "
          "medezeggenschapsraad van de School én aan de studentenraad van het ROC, met een "
          "adviestermijn van vier weken."),

        H1("HOOFDSTUK 6 GESCHILLEN"),
        H2("Artikel 14 Geschillen"),
        P("14.1 Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst "
          "voorgelegd aan de routeleiding en, indien het daar niet binnen vier weken is "
          "opgelost, aan het Bestuurlijk overleg."),
        P("14.2 Is het geschil binnen acht weken na voorlegging aan het Bestuurlijk overleg niet "
          "opgelost, dan wordt het beslecht door arbitrage overeenkomstig het Arbitragereglement "
          "van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter, "
          "de plaats van arbitrage is Enschede en de arbitrage wordt in de Nederlandse taal "
          "gevoerd."),

        H1("HOOFDSTUK 7 TOETREDING, DUUR, WIJZIGING EN BEËINDIGING"),
        H2("Artikel 15 Toetreding"),
        P("15.1 Een andere school voor vbo of mavo met het profiel Mobiliteit en transport, of een "
          "andere instelling voor beroepsonderwijs, kan tot deze overeenkomst toetreden indien "
          "Partijen daarmee schriftelijk instemmen en de toetredende partij zich schriftelijk "
          "verbindt tot naleving van deze overeenkomst en het routeplan."),
        P("15.2 Toetreding gaat in op 1 augustus van een schooljaar. De toetredende partij draagt "
          "zorg voor haar eigen melding bij DUO. De toetreding heeft geen gevolgen voor de "
          "indeling en het programma van cohorten die al zijn gestart."),
        H2("Artikel 16 Duur en opzegging"),
        P("16.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
          "onbepaalde tijd."),
        P("16.2 Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 "
          "augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf "
          "maanden."),
        P("16.3 Na de opzegging worden geen nieuwe leerlingen meer in de route toegelaten. "
          "Partijen blijven gehouden hun verplichtingen uit deze overeenkomst na te komen "
          "jegens de cohorten die vóór het einde van de overeenkomst zijn gestart, totdat de "
          "laatste leerling of student de route heeft afgerond of met toepassing van artikel 11 "
          "een ander passend vervolg heeft gevonden."),
        H2("Artikel 17 Ontbinding"),
        P("17.1 Iedere Partij kan deze overeenkomst geheel of gedeeltelijk ontbinden indien de "
          "andere Partij tekortschiet in de nakoming van een wezenlijke verplichting en die "
          "tekortkoming niet binnen zestig dagen na een schriftelijke ingebrekestelling heeft "
          "hersteld, of indien de andere Partij haar bekostiging voor de betrokken opleiding "
          "verliest."),
        P("17.2 Artikel 16 lid 3 is bij ontbinding van overeenkomstige toepassing, tenzij dat "
          "redelijkerwijs niet van de ontbindende Partij kan worden verlangd; in dat geval "
          "zorgen Partijen gezamenlijk voor een passende voortzetting van de opleiding van de "
          "betrokken leerlingen en studenten."),
        H2("Artikel 18 Wijziging en evaluatie"),
        P("18.1 Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst "
          "tussen Partijen, ondertekend door beide colleges van bestuur."),
        P("18.2 Een wijziging treedt in werking bij de aanvang van een schooljaar, tenzij "
          "Partijen anders overeenkomen. Wijzigingen in het programma worden niet toegepast op "
          "cohorten die al zijn gestart, tenzij zij daardoor niet in een nadeliger positie "
          "komen."),
        P("18.3 Partijen evalueren de route en deze overeenkomst in het schooljaar 2027-2028 en "
          "vervolgens eens in de drie jaar."),

        H1("HOOFDSTUK 8 SLOTBEPALINGEN"),
        H2("Artikel 19 Persoonsgegevens"),
        P("Partijen wisselen persoonsgegevens van leerlingen en studenten uit voor zover dat "
          "nodig is voor de uitvoering van de route en met inachtneming van de Algemene "
          "verordening gegevensbescherming. Zij zijn ieder zelfstandig verwerkingsverantwoordelijke "
          "en leggen de uitwisseling vast in een gegevensdelingsprotocol."),
        H2("Artikel 20 Aansprakelijkheid en verzekering"),
        P("Iedere Partij is aansprakelijk voor schade die haar personeel bij de uitvoering van "
          "deze overeenkomst veroorzaakt, en is daartegen verzekerd. Leerlingen en studenten "
          "zijn verzekerd via de collectieve ongevallenverzekering van de Partij bij wie zij "
          "zijn ingeschreven."),
        H2("Artikel 21 Communicatie"),
        P("21.1 Partijen informeren leerlingen en ouders gezamenlijk over de route, onder meer "
          "via een voorlichtingsavond in het tweede leerjaar en een gezamenlijke folder."),
        P("21.2 Externe publiciteit over de route vindt plaats na afstemming tussen Partijen en "
          "vermeldt beide Partijen."),
        H2("Artikel 22 Overmacht"),
        P("Een Partij is niet aansprakelijk voor het niet nakomen van een verplichting uit deze "
          "overeenkomst indien dat het gevolg is van overmacht, waaronder begrepen "
          "overheidsmaatregelen, langdurige sluiting van een gebouw of een pandemie. Partijen "
          "treden in dat geval onverwijld in overleg over de wijze waarop het onderwijs aan de "
          "leerlingen en studenten zoveel mogelijk wordt voortgezet."),
        H2("Artikel 23 Bijlagen en toelichting"),
        P("Bijlage 1 (overzicht van de route per leerjaar) maakt deel uit van deze overeenkomst. "
          "De toelichting in bijlage 2 dient ter uitleg en schept geen zelfstandige "
          "verplichtingen. Bij strijd gaat de tekst van de artikelen voor."),
        H2("Artikel 24 Slotbepaling"),
        P("24.1 Op deze overeenkomst is Nederlands recht van toepassing."),
        P("24.2 Deze overeenkomst kan worden aangehaald als \"Samenwerkingsovereenkomst route "
          "Mobiliteit en Techniek Haaksbergen\"."),
        P("Aldus overeengekomen en in tweevoud getekend,"),
        SIG(["te Haaksbergen, 1 juli 2025", "Stichting Katholiek Voortgezet Onderwijs "
             "Zuidoost-Twente", "", "", "drs. B.H.J. Nijhuis",
             "voorzitter college van bestuur"],
            ["te Hengelo, 3 juli 2025", "Stichting Twentse Beroepsopleidingen", "", "",
             "mr. I.A. Olthof-Kamphuis", "voorzitter college van bestuur"]),
        PB,
        H1("BIJLAGE 1 OVERZICHT VAN DE ROUTE PER LEERJAAR"),
        TAB([["Leerjaar route", "Leerjaar school", "Ingeschreven bij", "Lesplaats",
              "Afsluiting"],
             ["1", "3 vmbo", "School", "Haaksbergen",
              "schoolexamens vmbo; eerste mbo-modules motorentechniek"],
             ["2", "4 vmbo", "School", "Haaksbergen",
              "centraal examen vmbo; mbo-modules hydrauliek en elektronica"],
             ["3", "1 mbo", "ROC (zo nodig ook School)", "Hengelo",
              "resterende vmbo-onderdelen; mbo-examens kerntaak 1"],
             ["4", "2 mbo", "ROC", "Hengelo", "mbo-examens kerntaak 2"],
             ["5", "3 mbo", "ROC", "Hengelo",
              "proeven van bekwaamheid; keuzedelen; mbo-diploma niveau 3"]],
            [0.14, 0.14, 0.2, 0.16, 0.36]),
        H1("BIJLAGE 2 TOELICHTING"),
        H2("Algemeen"),
        P("Deze overeenkomst is opgesteld aan de hand van de bouwsteen samenwerkingsovereenkomst "
          "en volgt op hoofdlijnen de indeling van de wet. Waar de wet partijen ruimte laat, "
          "hebben Partijen gekozen voor een nuchtere, op de uitvoering gerichte regeling. De "
          "ervaringen uit de pilot (considerans onder 4) zijn daarin verwerkt."),
        H2("Bij artikel 3"),
        P("Gekozen is voor één kwalificatie. De pilot liet zien dat een smalle route beter "
          "bestuurbaar is dan een brede route met meerdere uitstroommogelijkheden. Leerlingen die "
          "gaandeweg een andere richting kiezen, worden bediend via artikel 11."),
        H2("Bij artikelen 4 tot en met 6"),
        P("Het Bestuurlijk overleg is het gremium waarin beide besturen elkaar treffen; de "
          "routeleiding is het dagelijkse aanspreekpunt. Door de co-routeleiders te laten "
          "benoemen door het Bestuurlijk overleg, op voordracht van de eigen werkgever, is "
          "geborgd dat beide Partijen vertrouwen hebben in de personen die de route leiden. De "
          "rapportagemomenten in artikel 6 sluiten aan op de begrotingscyclus van beide "
          "Partijen."),
        H2("Bij artikel 7"),
        P("Omdat in de vo-fase alle lessen op de School plaatsvinden, reizen de docenten van het "
          "ROC naar Haaksbergen en niet de leerlingen naar Hengelo. Over de inrichting van de "
          "praktijklessen na de geplande verbouwing van de technieklokalen van de School was bij "
          "het sluiten van deze overeenkomst nog geen besluit genomen; artikel 7 lid 6 houdt "
          "daar rekening mee."),
        H2("Bij artikel 11"),
        P("De overstapoptie is wettelijk voorgeschreven. De in lid 2 genoemde alternatieven zijn "
          "niet limitatief; Partijen kunnen in een concreet geval ook een andere passende "
          "oplossing kiezen, mits die leidt tot een diploma. Dat de beslissing gezamenlijk wordt "
          "genomen, volgt uit artikel 2.107k WVO 2020 en artikel 9.1.14 WEB."),
        H2("Bij artikel 12"),
        P("De inzet van docenten over en weer is in de pilot ongeveer in evenwicht gebleken. "
          "Partijen hebben daarom afgezien van een overdracht van bekostiging. Blijkt het "
          "evenwicht bij de evaluatie (artikel 18 lid 3) niet langer te bestaan, dan kan deze "
          "keuze bij wijziging van de overeenkomst worden herzien."),
        H2("Bij artikel 13"),
        P("De wettelijke medezeggenschapsregimes blijven onverkort van kracht. Het adviserende "
          "lidmaatschap van een leerling in de studentenraad geeft leerlingen uit de vo-fase een "
          "stem in het gremium dat over het grootste deel van hun opleiding gaat."),
        H2("Bij artikelen 14 tot en met 18"),
        P("Voor arbitrage is gekozen omdat een geschil snel en deskundig moet kunnen worden "
          "beslecht, zonder openbaarheid. De regeling van opzegging, ontbinding en wijziging is "
          "erop gericht dat leerlingen en studenten die al in de route zitten daarvan zo min "
          "mogelijk merken."),
    ],
    footer="Samenwerkingsovereenkomst route Mobiliteit en Techniek Haaksbergen",
    doc_title="Overeenkomst tot samenwerking DLR Mobiliteit en Techniek Haaksbergen",
)

# ---------------------------------------------------------------------------------------------
# h303: very short plain-language agreement, TXT, Texel, HBR kb -> mbo-3 leisure & hospitality
# ---------------------------------------------------------------------------------------------
register(
    303, "zeer_kort_eenvoudige_taal_texel_leisure", "txt",
    "Zeer korte overeenkomst in eenvoudige taal met korte vraag- en kopregels (TXT, circa één "
    "pagina); Texel/Den Helder, Horeca, bakkerij en recreatie kb naar Zelfstandig medewerker "
    "leisure & hospitality niveau 3; alle onderwerpen kort maar volledig geregeld",
    st(""),
    {"a": "1. De route",
     "b": "2. Bedrijven op Texel",
     "c": "3. Wie leidt de route?",
     "d": "4. Hoe horen de besturen hoe het gaat?",
     "e": "5. Lessen, docenten en lokalen",
     "f": "6. Stoppen met de route",
     "g": "7. Geld",
     "h": "8. Inspraak",
     "i": "9. Ruzie?",
     "j": "10. Erbij komen, stoppen en veranderen"},
    [
        T("Afspraken doorlopende leerroute Gastvrij Texel"),
        P("Dit is de samenwerkingsovereenkomst voor de doorlopende leerroute vmbo-mbo tussen "
          "Stichting Openbaar Onderwijs Texel (bestuur van Scholengemeenschap Het Wad, Den Burg) "
          "en Stichting ROC Noorderkwartier-Wad (bestuur van het ROC in Den Helder). Hieronder "
          "heten zij: Het Wad en het ROC."),
        H1("1. De route"),
        P("Leerlingen van de kaderberoepsgerichte leerweg met het profiel Horeca, bakkerij en "
          "recreatie kunnen vanaf leerjaar 3 de route volgen. Ze halen eerst hun vmbo-diploma en "
          "daarna het mbo-diploma Zelfstandig medewerker leisure & hospitality (niveau 3). Het Wad "
          "en het ROC melden de route samen aan via RIO."),
        H1("2. Bedrijven op Texel"),
        P("Vijf recreatiebedrijven op het eiland (drie campings, een bungalowpark en het "
          "bezoekerscentrum) zijn erkend leerbedrijf voor de route. Zij bieden ieder jaar "
          "stageplaatsen, laten leerlingen in de vo-fase meelopen op vijf dagen in het "
          "voorseizoen en beoordelen mee bij de examens in de praktijk. Twee keer per jaar praten "
          "zij met de routeleiders over het programma."),
        H1("3. Wie leidt de route?"),
        P("Twee routeleiders: één van Het Wad en één van het ROC. Ieder bestuur benoemt zijn "
          "eigen routeleider. De routeleiders maken samen het rooster en het programma, beslissen "
          "wie in de route mag en verdelen de lessen. Over geld en personeel beslissen de "
          "besturen."),
        H1("4. Hoe horen de besturen hoe het gaat?"),
        P("De routeleiders schrijven twee keer per jaar (februari en juli) een kort verslag voor "
          "beide besturen: hoeveel leerlingen er zijn, wie is gestopt, de examenuitslagen en wat "
          "niet goed loopt. In september bespreken zij het afgelopen jaar met beide besturen en "
          "leggen zij verantwoording af."),
        H1("5. Lessen, docenten en lokalen"),
        P("Vo-fase: les op Het Wad in Den Burg. Een docent van het ROC komt elke week twee dagen "
          "naar Texel. Mbo-fase: theorie van het ROC, deels online en in blokweken in Den Helder; "
          "praktijk bij de leerbedrijven op Texel. Het programma en de examens per leerjaar staan "
          "in het gezamenlijke PTA/OER. De docenten van beide scholen vormen één team. Het ROC "
          "gebruikt voor lessen op Texel de praktijkkeuken en de receptieruimte van Het Wad; "
          "leerlingen van Het Wad gebruiken in blokweken het oefenhotel van het ROC."),
        H1("6. Stoppen met de route"),
        P("Stopt een leerling, dan zorgen Het Wad en het ROC samen voor een andere weg naar een "
          "diploma. In jaar 1 of 2 van de route: gewoon verder in de kaderberoepsgerichte leerweg "
          "op Het Wad. Geen vmbo-diploma na jaar 3: verder in een mbo-opleiding van het ROC op "
          "niveau 2 of 3, zonder vooropleidingseisen. In de mbo-fase: naar een andere opleiding "
          "op niveau 3, bij het ROC of ergens anders. Het Wad en het ROC beslissen samen, met de "
          "leerling en de ouders. Zij kijken naar het niveau dat de leerling heeft gehaald en "
          "naar de leeftijd."),
        H1("7. Geld"),
        P("Er gaat geen bekostiging van de ene school naar de andere. Het ROC betaalt zijn eigen "
          "docent, ook de overtocht naar Texel."),
        H1("8. Inspraak"),
        P("Eén leerling uit de route mag meepraten in de studentenraad van het ROC, ook als hij "
          "of zij nog op Het Wad ingeschreven staat. Plannen om de route te veranderen gaan eerst "
          "voor advies naar de MR van Het Wad en naar de studentenraad van het ROC."),
        H1("9. Ruzie?"),
        P("Komen de routeleiders er samen niet uit, dan praten de bestuurders erover. Lukt het "
          "niet binnen zes weken, dan vragen zij een onafhankelijke mediator. Helpt dat niet, dan "
          "beslist de rechtbank Noord-Holland."),
        H1("10. Erbij komen, stoppen en veranderen"),
        P("Een andere school of mbo-instelling mag meedoen als beide besturen dat schriftelijk "
          "goedvinden. De nieuwe partner neemt deze afspraken over en meldt zich bij DUO. Stoppen "
          "kan per 1 augustus, als een bestuur dat een jaar van tevoren schriftelijk laat weten. "
          "Na stoppen begint er geen nieuwe groep meer; leerlingen die al in de route zitten, "
          "mogen hem altijd afmaken. Veranderen kan alleen op papier, met de handtekening van "
          "beide besturen, en nooit ten nadele van leerlingen die al in de route zitten. Deze "
          "afspraken gelden vanaf 1 augustus 2025."),
        P("Den Burg, 20 juni 2025"),
        SIG(["Voor Stichting Openbaar Onderwijs Texel: W. Bakker, bestuurder"],
            ["Voor Stichting ROC Noorderkwartier-Wad: S. Kuijper, voorzitter college van "
             "bestuur"]),
    ],
)


# ---------------------------------------------------------------------------------------------
# h304: short main agreement + Bijlage A holding the arrangements, DOCX, Geldrop-Mierlo, MVI kb
#       -> mbo-3 allround medewerker IT systems and devices
# ---------------------------------------------------------------------------------------------
register(
    304, "hoofdovereenkomst_afsprakenbijlage_geldrop_mierlo_it", "docx",
    "Korte hoofdovereenkomst (onderwerp, geschillen, toetreding, duur, wijziging) met Bijlage A "
    "waarin de inhoudelijke routeafspraken staan (DOCX, Word-koppen); Geldrop-Mierlo, Media, "
    "vormgeving en ICT kb naar Allround medewerker IT systems and devices niveau 3; overdracht "
    "bekostiging per leerling met bestemming; volledig",
    st(""),
    {"a": "A1. Profiel en opleiding",
     "b": "A2. Het ICT-werkveld",
     "c": "A3. Routeleiding",
     "d": "A4. Rapportage aan de besturen",
     "e": "A5. Locaties, personeel en voorzieningen",
     "f": "A6. Overstap",
     "g": "A7. Financiële afspraken",
     "h": "A8. Medezeggenschap",
     "i": "Artikel 3 Geschillen",
     "j": "Artikel 4 Toetreding"},
    [
        T("Samenwerkingsovereenkomst doorlopende leerroute ICT Geldrop-Mierlo"),
        P("Partijen:"),
        LI("1. Stichting Onderwijsgroep Kleine Dommel, bevoegd gezag van het Coevering "
           "Vakcollege, school voor vbo en mavo te Geldrop, vertegenwoordigd door haar "
           "bestuurder, de heer F.A.M. Verhoeven (hierna: de School);"),
        LI("2. Stichting Brabants Beroepsonderwijs Zuidoost, bevoegd gezag van ROC "
           "Zuidoost-Brabant, vertegenwoordigd door mevrouw dr. L. Raaijmakers, voorzitter van "
           "het college van bestuur (hierna: het ROC);"),
        P("Overwegingen:"),
        LI("- Partijen willen leerlingen van het Coevering Vakcollege met belangstelling voor ICT "
           "een ononderbroken leerroute naar het mbo bieden;"),
        LI("- Partijen hebben ervoor gekozen de hoofdovereenkomst kort te houden en de "
           "inhoudelijke afspraken over de route op te nemen in een bijlage, zodat die bij de "
           "jaarlijkse evaluatie overzichtelijk kan worden bijgewerkt;"),
        P("Komen overeen:"),
        H1("Artikel 1 Onderwerp"),
        P("Partijen verzorgen gezamenlijk de doorlopende leerroute vmbo-mbo ICT Geldrop-Mierlo "
          "als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB, volgens de afspraken in "
          "Bijlage A."),
        H1("Artikel 2 Bijlage A"),
        P("Bijlage A (Routeafspraken) maakt integraal deel uit van deze overeenkomst en bindt "
          "Partijen op dezelfde wijze als deze hoofdtekst. Bij strijdigheid gaat de hoofdtekst "
          "voor."),
        H1("Artikel 3 Geschillen"),
        P("3.1 Partijen leggen een geschil over de uitvoering van deze overeenkomst eerst voor "
          "aan de routeleiding. Is het geschil na drie weken niet opgelost, dan wordt het "
          "besproken in een bestuurlijk overleg tussen de bestuurder van de School en een lid van "
          "het college van bestuur van het ROC."),
        P("3.2 Levert het bestuurlijk overleg binnen zes weken geen oplossing op, dan leggen "
          "Partijen het geschil voor aan een mediator van wie zij de keuze samen bepalen. Blijft "
          "een oplossing ook dan uit, dan kan iedere Partij het geschil voorleggen aan de "
          "bevoegde rechter in het arrondissement Oost-Brabant."),
        H1("Artikel 4 Toetreding"),
        P("4.1 Een andere school voor vbo of mavo, of een andere instelling voor "
          "beroepsonderwijs, kan als partij tot deze overeenkomst toetreden indien beide "
          "Partijen daarmee schriftelijk instemmen en de toetredende partij deze overeenkomst "
          "met Bijlage A onvoorwaardelijk aanvaardt. De toetreding wordt vastgelegd in een door "
          "alle partijen ondertekende akte van toetreding en door de toetredende partij bij DUO "
          "gemeld."),
        P("4.2 Een toetreding gaat in per 1 augustus en laat het programma en de begeleiding van "
          "de leerlingen die al in de route zitten ongemoeid."),
        H1("Artikel 5 Duur en beëindiging"),
        P("5.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde "
          "tijd."),
        P("5.2 Iedere Partij kan de overeenkomst schriftelijk opzeggen met een termijn van "
          "twaalf maanden, zodanig dat zij eindigt op 31 juli. Bij een ernstige tekortkoming die "
          "na schriftelijke ingebrekestelling niet binnen twee maanden is hersteld, kan de "
          "andere Partij de overeenkomst ontbinden."),
        P("5.3 Na opzegging of ontbinding worden geen nieuwe leerlingen tot de route toegelaten. "
          "Leerlingen en studenten die op dat moment in de route zitten, ronden die af volgens "
          "Bijlage A; Partijen blijven daartoe gebonden. Waar afronden niet mogelijk is, is "
          "onderdeel A6 van Bijlage A van toepassing."),
        H1("Artikel 6 Wijziging"),
        P("6.1 Deze hoofdtekst wordt alleen schriftelijk en met ondertekening door beide "
          "besturen gewijzigd."),
        P("6.2 Bijlage A wordt na de jaarlijkse evaluatie zo nodig bijgewerkt bij schriftelijk "
          "besluit van beide besturen, dat ingaat op 1 augustus daaropvolgend. Een wijziging "
          "geldt niet voor leerlingen die al in de route zitten als die daardoor in een "
          "nadeliger positie komen."),
        H1("Artikel 7 Slotbepaling"),
        P("Op deze overeenkomst is Nederlands recht van toepassing."),
        P("Geldrop, 25 juni 2025"),
        SIG(["Stichting Onderwijsgroep Kleine Dommel", "", "F.A.M. Verhoeven, bestuurder"],
            ["Stichting Brabants Beroepsonderwijs Zuidoost", "",
             "dr. L. Raaijmakers, voorzitter college van bestuur"]),
        PB,
        T("Bijlage A - Routeafspraken"),
        S("behorend bij de samenwerkingsovereenkomst doorlopende leerroute ICT Geldrop-Mierlo, "
          "versie 2025-2026"),
        H1("A1. Profiel en opleiding"),
        P("De route is bestemd voor leerlingen van de kaderberoepsgerichte leerweg in het profiel "
          "Media, vormgeving en ICT. Zij leidt tot het vmbo-diploma kader en het mbo-diploma "
          "Allround medewerker IT systems and devices (niveau 3), kwalificatiedossier IT systems "
          "and devices, opleidingsdomein ICT en creatieve industrie. De route start in leerjaar 3 "
          "van de School en duurt vijf jaar. Partijen registreren de route ieder in RIO."),
        H1("A2. Het ICT-werkveld"),
        P("Bij de route zijn de volgende organisaties betrokken, met de volgende taken:"),
        TAB([["Organisatie", "Rol in de route"],
             ["Systeembeheer Geldrop B.V.", "Erkend leerbedrijf: 4 bpv-plaatsen per jaar; levert "
              "de opdrachtgever voor het helpdeskproject in het tweede routejaar"],
             ["Gemeente Geldrop-Mierlo, team Informatievoorziening", "Erkend leerbedrijf: 2 "
              "bpv-plaatsen; gastles informatiebeveiliging per cohort"],
             ["Digitaal Wijkpunt Mierlo (stichting)", "Leerlingen in de vo-fase helpen wekelijks "
              "bewoners met laptops en telefoons, onder begeleiding van vrijwilligers en een "
              "docent"],
             ["ICT-servicedesk Anna Zorggroep", "Erkend leerbedrijf: 3 bpv-plaatsen; "
              "praktijkbeoordelaar bij het examen Beheren van systemen"],
             ["Werkveldcommissie ICT van het ROC", "Toetst jaarlijks het PTA/OER van de route en "
              "adviseert over keuzedelen"]],
            [0.38, 0.62]),
        H1("A3. Routeleiding"),
        P("De route wordt geleid door de routeleiding, bestaande uit de afdelingsleider "
          "bovenbouw van de School en de teamleider ICT van het ROC. De bestuurder van de School "
          "respectievelijk het college van bestuur van het ROC wijst deze personen aan; bij "
          "vervanging wordt de andere Partij vooraf geïnformeerd."),
        P("De routeleiding stelt het rooster en de jaarplanning vast, beslist over toelating tot "
          "de route, zet de docenten van het routeteam in, onderhoudt de contacten met de "
          "organisaties uit A2 en stelt het concept-PTA/OER op. Zij mag uitgaven doen tot het "
          "bedrag van het jaarlijkse routebudget; voor personele besluiten en uitgaven daarboven "
          "is een besluit van beide besturen nodig."),
        H1("A4. Rapportage aan de besturen"),
        P("De routeleiding brengt iedere vier maanden (december, april, augustus) een korte "
          "schriftelijke stand van zaken uit aan beide besturen. In oktober volgt een "
          "jaarrapportage met leerlingaantallen, uitval, examenresultaten en de besteding van de "
          "middelen uit A7, die de routeleiding in het bestuurlijk overleg toelicht en "
          "verantwoordt."),
        H1("A5. Locaties, personeel en voorzieningen"),
        P("De vo-fase vindt plaats op het Coevering Vakcollege; vanaf het tweede routejaar "
          "krijgen leerlingen op vrijdag les in het IT-lab van het ROC te Eindhoven. De mbo-fase "
          "vindt plaats bij het ROC en de leerbedrijven. Het gezamenlijke PTA/OER beschrijft per "
          "leerjaar het programma en de examinering en welke onderdelen vmbo of mbo zijn."),
        P("Het routeteam bestaat uit de docenten MVI van de School en twee docenten ICT van het "
          "ROC, van wie één in de vo-fase vier uur per week op de School lesgeeft. Voor het "
          "helpdeskproject wordt gewerkt met teambevoegdheid; het PTA/OER vermeldt dit. Iedere "
          "docent blijft in dienst van zijn eigen werkgever."),
        P("Het ROC stelt het IT-lab (serverrek, netwerkopstellingen en testapparatuur) "
          "beschikbaar; de School stelt haar mediawerkplaats open voor studenten die daar voor "
          "hun opdrachten gebruik van willen maken."),
        H1("A6. Overstap"),
        P("Verlaat een leerling de route voortijdig, dan beoordelen de School en het ROC samen "
          "welke vervolgopleiding bij hem of haar past, rekening houdend met het bereikte "
          "onderwijsniveau en de leeftijd en na een gesprek met leerling en ouders. Mogelijk "
          "zijn in elk geval:"),
        LI("a. in de vo-fase: verder in de reguliere kaderberoepsgerichte leerweg van de School;"),
        LI("b. zonder vmbo-diploma aan het eind van het derde routejaar: instroom in Medewerker "
           "ICT support (niveau 2) of een andere opleiding op niveau 2 of 3 van het ROC, zonder "
           "vooropleidingseisen;"),
        LI("c. in de mbo-fase: een andere opleiding op niveau 3 van het ROC, of een opleiding "
           "elders, met een warme overdracht."),
        P("De School beschrijft de werkwijze in de schoolgids."),
        H1("A7. Financiële afspraken"),
        P("De School draagt met toepassing van artikel 5.42a WVO 2020 aan het ROC € 650 over per "
          "leerling die op 1 oktober in het tweede routejaar staat ingeschreven. Het ROC besteedt "
          "dit bedrag aan de softwarelicenties en de vervanging van testapparatuur in het IT-lab "
          "die door leerlingen van de School worden gebruikt. Betaling volgt in januari op "
          "factuur."),
        H1("A8. Medezeggenschap"),
        P("Partijen spreken over de medezeggenschap het volgende af, in aanvulling op de WMS, "
          "de WEB en de WOR:"),
        LI("a. de medezeggenschapsraad van de School blijft voor leerlingen in de vo-fase en "
           "hun ouders het aanspreekpunt, ook voor de mbo-onderdelen die zij volgen; het ROC "
           "verstrekt de raad daarvoor de benodigde informatie;"),
        LI("b. de studentenraad van het ROC ontvangt de jaarrapportage uit A4 en kan over de "
           "vo-fase gevraagd en ongevraagd advies geven;"),
        LI("c. een voorstel tot wijziging van deze bijlage wordt vóór het besluit van de "
           "besturen voor advies voorgelegd aan de medezeggenschapsraad van de School en de "
           "studentenraad van het ROC."),
    ],
    author="Coevering Vakcollege", doc_title="Samenwerkingsovereenkomst DLR ICT Geldrop-Mierlo",
    footer="Samenwerkingsovereenkomst DLR ICT Geldrop-Mierlo",
)

# === AGREEMENTS END ===


def main(argv):
    if "--check" in argv:
        nums = sorted(DOCS)
        sys.exit(0 if check(nums) else 1)
    wanted = [int(a.lstrip("hH")) for a in argv] if argv else sorted(DOCS)
    for n in wanted:
        build(DOCS[n])


if __name__ == "__main__":
    main(sys.argv[1:])
