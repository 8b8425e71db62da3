#!/usr/bin/env python3
"""Training sample agreements 141-148 (batch train10a).

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at checker code, models, tests, benchmarks or the
texts/build scripts of the other samples. All schools, instellingen, companies and people are made up.

Focus of the batch: core elements written in the voice of contract managers and secretaries of ROC's
and school boards (long conditional sentences, (i)/(ii)/(iii), defined terms), in words of their own
rather than the checklist words, and sometimes in an unexpected place. Six agreements are fully
compliant; 146 and 148 each carry two subtle defects.

Usage:
    python3 build_samples_train10a.py            # build all
    python3 build_samples_train10a.py 141 145    # build only these
    python3 build_samples_train10a.py --check    # open every produced file and verify it
"""
import io
import json
import os
import sys
import textwrap
import zipfile
import datetime
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Block markup shared by all renderers
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text) ("li", text)
#   ("small", text) ("table", rows, widths) -- rows[0] is the header row; a cell may hold "\n"
#   ("sig", [left lines], [right lines]) ("pb",) ("sp",)
# ---------------------------------------------------------------------------------------------


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(blocks, path, title, header=None, font="Helvetica"):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)
    bold = font + "-Bold" if font == "Helvetica" else "Times-Bold"
    base = ParagraphStyle("base", fontName=font, fontSize=9.8, leading=13.2, alignment=TA_JUSTIFY,
                          spaceAfter=4)
    st = {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=14, leading=18,
                                alignment=TA_CENTER, spaceAfter=6),
        "sub": ParagraphStyle("sub", parent=base, fontSize=9.5, alignment=TA_CENTER, spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=11.2, leading=15,
                             spaceBefore=9, spaceAfter=4, alignment=TA_LEFT),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=10, leading=13.5,
                             spaceBefore=6, spaceAfter=3, alignment=TA_LEFT),
        "p": base,
        "li": ParagraphStyle("li", parent=base, leftIndent=16, firstLineIndent=0),
        "small": ParagraphStyle("small", parent=base, fontSize=8.3, leading=10.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, alignment=TA_LEFT,
                               spaceAfter=2),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bold, fontSize=9, leading=11.5,
                                alignment=TA_LEFT, spaceAfter=2),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h1", "h2", "p", "li", "small"):
            story.append(Paragraph(_esc(b[1]), st[kind]))
        elif kind == "sp":
            story.append(Spacer(1, 8))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = []
            for ri, row in enumerate(rows):
                data.append([[Paragraph(_esc(x), st["cellb" if ri == 0 else "cell"])
                              for x in cell.split("\n")] for cell in row])
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            left, right = b[1], b[2]
            n = max(len(left), len(right))
            left = left + [""] * (n - len(left))
            right = right + [""] * (n - len(right))
            data = [[Paragraph(_esc(l), st["cell"]), Paragraph(_esc(r), st["cell"])]
                    for l, r in zip(left, right)]
            t = Table(data, colWidths=[82 * mm, 82 * mm])
            story.append(Spacer(1, 10))
            story.append(KeepTogether(t))
        else:
            raise ValueError(kind)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        if header:
            canv.drawString(20 * mm, A4[1] - 12 * mm, header)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, "pagina %d" % doc.page)
        canv.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=title,
                            author="", subject="", creator="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def _fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, zin.read(item.filename))
    zout.close()
    return out.getvalue()


def render_docx(blocks, path, title, header=None):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    sty = d.styles["Normal"]
    sty.font.name = "Calibri"
    sty.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = Cm(2.3)
        s.right_margin = Cm(2.3)
        if header:
            s.header.paragraphs[0].text = header
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph(b[1], style="Title")
        elif kind == "sub":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "li":
            p = d.add_paragraph(b[1])
            p.paragraph_format.left_indent = Cm(0.8)
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8.5)
        elif kind == "sp":
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            rows, widths = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    c = t.cell(ri, ci)
                    c.width = Cm(widths[ci] / 10.0)
                    parts = cell.split("\n")
                    c.paragraphs[0].text = ""
                    run = c.paragraphs[0].add_run(parts[0])
                    if ri == 0 or (ci == 0 and len(widths) == 2):
                        run.bold = True
                    for extra in parts[1:]:
                        p2 = c.add_paragraph()
                        r2 = p2.add_run(extra)
                        if ri == 0 or (ci == 0 and len(widths) == 2):
                            r2.bold = True
            d.add_paragraph("")
        elif kind == "sig":
            left, right = b[1], b[2]
            n = max(len(left), len(right))
            left = left + [""] * (n - len(left))
            right = right + [""] * (n - len(right))
            t = d.add_table(rows=n, cols=2)
            for i in range(n):
                t.cell(i, 0).text = left[i]
                t.cell(i, 1).text = right[i]
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as fh:
        fh.write(_fix_zip(buf.getvalue()))


def _wrap(text, width=92, indent=""):
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_on_hyphens=False, break_long_words=False)


def render_txt(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [b[1].upper(), "=" * min(len(b[1]), 92), ""]
        elif kind == "sub":
            out += [_wrap(b[1]), ""]
        elif kind == "h1":
            out += ["", b[1], "-" * min(len(b[1]), 92), ""]
        elif kind == "h2":
            out += [b[1], ""]
        elif kind in ("p", "small"):
            out += [_wrap(b[1]), ""]
        elif kind == "li":
            out += [_wrap(b[1], indent="    "), ""]
        elif kind == "sp":
            out += [""]
        elif kind == "pb":
            out += ["", "", "*" * 40, "", ""]
        elif kind == "table":
            for row in b[1]:
                out += [" | ".join(c.replace("\n", " ") for c in row)]
            out += [""]
        elif kind == "sig":
            out += [""] + b[1] + [""] + b[2] + [""]
        else:
            raise ValueError(kind)
    text = "\n".join(out).rstrip() + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text) if False else text
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def render_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += ["# " + b[1], ""]
        elif kind == "sub":
            out += ["_" + b[1] + "_", ""]
        elif kind == "h1":
            out += ["## " + b[1], ""]
        elif kind == "h2":
            out += ["### " + b[1], ""]
        elif kind in ("p", "small"):
            out += [b[1], ""]
        elif kind == "li":
            out += ["- " + b[1], ""]
        elif kind == "sp":
            pass
        elif kind == "pb":
            out += ["---", ""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for row in rows[1:]:
                out.append("| " + " | ".join(c.replace("\n", "<br>") for c in row) + " |")
            out.append("")
        elif kind == "sig":
            out += [""] + [l + "  " for l in b[1]] + [""] + [r + "  " for r in b[2]] + [""]
        else:
            raise ValueError(kind)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------------------------------------
# Text extraction for --check
# ---------------------------------------------------------------------------------------------

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
        xml = z.read("word/document.xml").decode("utf-8")
        paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        out = []
        for p in paras:
            out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
        import html
        return html.unescape("\n".join(out))
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split())


SAMPLES = []


def sample(num, slug, fmt, statuses, evidence, description, **opts):
    def deco(fn):
        SAMPLES.append(dict(num=num, name="%d_%s" % (num, slug), fmt=fmt, statuses=statuses,
                            evidence=evidence, description=description, blocks=fn, opts=opts))
        return fn
    return deco


def S(code):
    """Compact status string 'p p w na ...' -> dict a..j."""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    vals = code.split()
    assert len(vals) == 10, code
    return {k: m[v] for k, v in zip("abcdefghij", vals)}


# =============================================================================================
# 141  ROC standard model + sector annex, PDF, Rotterdam-Rijnmond, maritiem
# =============================================================================================

@sample(141, "standaardmodel_sectorbijlage_maritiem_rijnmond", "pdf",
        S("p p p p p p p p p p"),
        {"a": "B1 De Route in deze sector",
         "b": "B2 Rol van rederijen en werkgevers in de haven",
         "c": "Artikel A4 Regie over de Route",
         "d": "Artikel A5 Jaarbeeld en bestuurlijk gesprek",
         "e": "Artikel A6 Uitvoering: lesplaatsen, docenten en voorzieningen",
         "f": "Artikel A8 Leerlingen die de Route niet afmaken",
         "g": "B6 Bedragen en waarvoor zij dienen",
         "h": "Artikel A10 Inspraak van leerlingen, ouders en personeel",
         "i": "Artikel A11 Verschil van inzicht tussen Partijen",
         "j": "Artikel A12 Looptijd, aansluiting, aanpassing en einde"},
        "ROC standard model (Onderdeel A, general articles) plus a signed sector annex (Onderdeel B) "
        "that holds the route-specific arrangements; PDF; Rotterdam-Rijnmond, Maritiem en techniek kb "
        "-> Schipper-machinist beroepsvaart 3. Fully compliant, core elements in own words "
        "(Routeregie aangewezen door elk Bestuur, jaarbeeld vóór 1 november, € 1.150 per Leerling "
        "with bestemming in the annex, deelnemers of the studentenraad, mediation then rechtbank).",
        header="ROC Nieuwe Maas | Standaardmodel SOK-DLR versie 1.3 | Sectorbijlage Maritiem en Logistiek")
def s141():
    return [
        ("title", "Samenwerkingsovereenkomst Doorlopende Leerroute vmbo-mbo"),
        ("sub", "Standaardmodel ROC Nieuwe Maas, model DLR versie 1.3 (vastgesteld door het college "
                "van bestuur op 14 januari 2025), met Sectorbijlage Maritiem en Logistiek"),
        ("h1", "Onderdeel A. Algemene bepalingen"),
        ("p", "DE ONDERGETEKENDEN:"),
        ("li", "1. de Stichting Regionaal Opleidingencentrum Nieuwe Maas, statutair gevestigd te "
               "Rotterdam, te dezen rechtsgeldig vertegenwoordigd door mevrouw mr. drs. C.A. "
               "Veldhuijzen, voorzitter van het college van bestuur, hierna te noemen: \"het ROC\";"),
        ("li", "2. de Stichting voor Openbaar Voortgezet Onderwijs Maasmond, statutair gevestigd te "
               "Vlaardingen, bevoegd gezag van het Maasmond College, vestiging Havenkwartier "
               "(vmbo), te dezen rechtsgeldig vertegenwoordigd door de heer R.J. Koppejan, "
               "bestuurder, hierna te noemen: \"de School\";"),
        ("p", "hierna gezamenlijk te noemen: \"Partijen\" en ieder afzonderlijk: \"Partij\";"),
        ("p", "OVERWEGENDE DAT:"),
        ("li", "(A) Partijen sinds het schooljaar 2021-2022 in het kader van een techniekpact "
               "samenwerken op het gebied van havengerelateerd beroepsonderwijs;"),
        ("li", "(B) Partijen met ingang van het Schooljaar 2025-2026 een doorlopende leerroute "
               "vmbo-mbo in de zin van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB wensen aan te "
               "bieden en daartoe de onderhavige overeenkomst sluiten, waarbij zij gebruikmaken van "
               "het door het college van bestuur van het ROC vastgestelde standaardmodel en de "
               "routespecifieke afspraken hebben opgenomen in de Sectorbijlage;"),
        ("p", "KOMEN OVEREEN ALS VOLGT:"),

        ("h2", "Artikel A1 Begrippen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("li", "(i) de Route: de doorlopende leerroute vmbo-mbo die in paragraaf B1 van de "
               "Sectorbijlage is omschreven;"),
        ("li", "(ii) de Leerling: een jongere die aan de Route deelneemt en in de eerste twee "
               "leerjaren daarvan bij de School is ingeschreven; vanaf het derde leerjaar, wanneer "
               "hij als student bij het ROC is ingeschreven, wordt hij aangeduid als de Student;"),
        ("li", "(iii) de Besturen: het college van bestuur van het ROC en de bestuurder van de "
               "School;"),
        ("li", "(iv) de Routeregie: het in artikel A4 bedoelde gezamenlijke orgaan;"),
        ("li", "(v) de Sectorbijlage: Onderdeel B van deze overeenkomst;"),
        ("li", "(vi) Schooljaar: de periode van 1 augustus tot en met 31 juli."),

        ("h2", "Artikel A2 Voorwerp en rangorde"),
        ("p", "A2.1 Partijen verzorgen de Route gezamenlijk en dragen er zorg voor dat zij deze "
              "gezamenlijk melden bij DUO (RIO). A2.2 De Sectorbijlage maakt integraal deel uit van "
              "deze overeenkomst en wordt door beide Besturen ondertekend. Indien en voor zover "
              "Onderdeel A en de Sectorbijlage onderling strijdig zijn, gaat de Sectorbijlage voor, "
              "met dien verstande dat van de artikelen A8, A11 en A12 uitsluitend ten gunste van de "
              "Leerling of Student kan worden afgeweken."),

        ("h2", "Artikel A3 De Route"),
        ("p", "Het vmbo-profiel en de leerweg waarin de Route start, de mbo-opleiding en het niveau "
              "waartoe zij leidt en de omvang van de jaarlijkse instroom zijn opgenomen in paragraaf "
              "B1 van de Sectorbijlage."),

        ("h2", "Artikel A4 Regie over de Route"),
        ("p", "A4.1 De dagelijkse aansturing van de Route berust bij de Routeregie. De Routeregie "
              "telt vier leden, te weten: (i) de teamleider bovenbouw van de School onder wie de "
              "Route valt; (ii) de onderwijsmanager van het ROC-team dat de mbo-opleiding van de "
              "Route verzorgt; (iii) een docent van de School en (iv) een docent van het ROC, beiden "
              "met lesgevende taken in de Route."),
        ("p", "A4.2 Ieder Bestuur wijst de twee leden van zijn zijde schriftelijk aan, telkens voor "
              "twee Schooljaren, en kan die aanwijzing te allen tijde intrekken, onder gelijktijdige "
              "aanwijzing van een opvolger. De Routeregie kiest jaarlijks uit de leden bedoeld onder "
              "(i) en (ii) een voorzitter; het andere lid treedt op als diens plaatsvervanger. De "
              "personen die bij de aanvang als lid zijn aangewezen, staan vermeld in paragraaf B3."),
        ("p", "A4.3 De Besturen dragen aan de Routeregie op en machtigen haar, binnen de door de "
              "Besturen jaarlijks vastgestelde begroting van de Route: (i) de jaarplanning en het "
              "rooster van de Route vast te stellen; (ii) het gezamenlijke PTA/OER van de Route voor "
              "te bereiden en ter vaststelling aan de Besturen voor te leggen; (iii) te beslissen "
              "over de toelating van Leerlingen tot de Route; (iv) docenten van beide Partijen over "
              "de lesplaatsen in te roosteren overeenkomstig artikel A6; (v) namens Partijen de "
              "contacten te onderhouden met de in paragraaf B2 genoemde bedrijven; en (vi) de "
              "beslissingen te nemen bedoeld in artikel A8.3."),
        ("p", "A4.4 Onverminderd het bepaalde in A4.3 behoeft de Routeregie de voorafgaande "
              "schriftelijke instemming van beide Besturen voor besluiten die (i) uitgaven buiten de "
              "begroting meebrengen, (ii) het aantal instroomplaatsen wijzigen, of (iii) de "
              "arbeidsvoorwaarden of werkplek van personeel van een Partij raken."),

        ("h2", "Artikel A5 Jaarbeeld en bestuurlijk gesprek"),
        ("p", "A5.1 De Routeregie stelt na afloop van ieder Schooljaar een jaarbeeld op, waarin ten "
              "minste zijn opgenomen: (i) de in-, door- en uitstroom van Leerlingen en Studenten; "
              "(ii) de resultaten van de vmbo-examens en van de mbo-examinering; (iii) de besteding "
              "van de in paragraaf B6 genoemde bedragen; en (iv) de knelpunten en voorstellen voor "
              "het volgende Schooljaar. Het jaarbeeld wordt uiterlijk op 1 november aan beide "
              "Besturen toegezonden."),
        ("p", "A5.2 Tweemaal per Schooljaar, in februari en in oktober, schuiven de voorzitter en de "
              "plaatsvervangend voorzitter van de Routeregie aan bij het portefeuilleoverleg van de "
              "Besturen. Daar leggen zij rekenschap af van het gevoerde beleid en de besteding van de "
              "middelen; de Besturen kunnen daarbij aanwijzingen geven die de Routeregie opvolgt."),
        ("p", "A5.3 Doet zich een omstandigheid voor die de voortgang van de Route in gevaar brengt "
              "(waaronder het wegvallen van leerbedrijven of het uitvallen van docenten voor langer "
              "dan vier weken), dan meldt de Routeregie dit binnen vijf werkdagen schriftelijk aan "
              "beide Besturen."),

        ("h2", "Artikel A6 Uitvoering: lesplaatsen, docenten en voorzieningen"),
        ("p", "A6.1 Het onderwijs wordt verzorgd op de lesplaatsen die in paragraaf B4 zijn "
              "aangewezen. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
              "leerjaar worden beschreven in het gezamenlijke PTA/OER, dat de Besturen jaarlijks vóór "
              "1 juli voor het volgende Schooljaar vaststellen."),
        ("p", "A6.2 De docenten van beide Partijen die in de Route lesgeven, vormen één team. Zij "
              "blijven in dienst van hun eigen werkgever en worden over en weer ingezet in de "
              "omvang en op de onderdelen die in paragraaf B4 zijn vermeld. Voor de in B4 als "
              "vakoverstijgend aangemerkte onderdelen maken Partijen gebruik van artikel 7.13a WVO "
              "2020 en artikel 9.1.12 WEB, met dien verstande dat voor ieder onderdeel ten minste "
              "één daartoe bevoegde docent verantwoordelijk is."),
        ("p", "A6.3 Partijen stellen elkaar de in paragraaf B4 genoemde lokalen, werkplaatsen en "
              "apparatuur om niet ter beschikking, op de tijden die de Routeregie in het rooster "
              "vastlegt. De gebruikende Partij ziet toe op naleving van de huis- en "
              "veiligheidsregels van de ter beschikking stellende Partij en is aansprakelijk voor "
              "schade die door haar Leerlingen of personeel wordt veroorzaakt, voor zover niet "
              "gedekt door de verzekering van de ter beschikking stellende Partij."),
        ("p", "A6.4 Een klacht die bij de ene Partij wordt ingediend over een gedraging van "
              "personeel van de andere Partij, wordt door de ontvangende Partij binnen vijf "
              "werkdagen doorgeleid; beide Partijen verlenen medewerking aan de behandeling door de "
              "klachtencommissie van de Partij waar de Leerling of Student is ingeschreven."),

        ("h2", "Artikel A7 Werkveld"),
        ("p", "Partijen betrekken de leerbedrijven en de branche bij de inhoud en uitvoering van de "
              "Route op de wijze die in paragraaf B2 is beschreven. De Routeregie evalueert die "
              "betrokkenheid jaarlijks in het jaarbeeld."),

        ("h2", "Artikel A8 Leerlingen die de Route niet afmaken"),
        ("p", "A8.1 Houdt de deelname van een Leerling of Student aan de Route op voordat hij haar "
              "heeft voltooid, om welke reden ook (waaronder verhuizing, een niveau dat niet blijkt "
              "te passen of een andere beroepskeuze), dan zorgen Partijen ervoor dat hij zijn "
              "schoolloopbaan kan vervolgen richting een vmbo-diploma of een mbo-diploma dat past bij "
              "het onderwijsniveau dat hij heeft bereikt en bij zijn leeftijd."),
        ("p", "A8.2 Daartoe staan, afhankelijk van het moment van vertrek, in elk geval open: (i) in "
              "de eerste twee leerjaren van de Route: voortzetting in de reguliere kaderberoepsgerichte "
              "of basisberoepsgerichte leerweg van de School, in hetzelfde of een ander profiel, "
              "gericht op het vmbo-diploma, dan wel plaatsing in een andere doorlopende leerroute "
              "van de School; (ii) vanaf het derde leerjaar van de Route: een andere mbo-opleiding "
              "van het ROC op hetzelfde of een lager niveau, binnen of buiten het opleidingsdomein "
              "van de Route, waarbij het ROC geen vooropleidingseisen stelt; (iii) indien het "
              "vmbo-diploma aan het einde van het derde leerjaar van de Route niet is behaald: het "
              "vervolgen van het mbo-programma met een herkansing of een herhaald examenjaar bij de "
              "School, dan wel instroom in een andere mbo-opleiding van vergelijkbaar niveau zonder "
              "vmbo-diploma; en (iv) inschrijving bij een andere instelling, waarbij het ROC de "
              "Leerling of Student ondersteunt bij het toelatingsonderzoek van die instelling."),
        ("p", "A8.3 Welke van de wegen bedoeld in A8.2 wordt gevolgd, wordt door de School en het "
              "ROC gezamenlijk vastgesteld in de Routeregie, na een gesprek met de Leerling of "
              "Student en, indien hij minderjarig is, diens ouders of verzorgers, en uiterlijk zes "
              "weken nadat vaststaat dat de deelname ophoudt. Het besluit wordt schriftelijk aan de "
              "Leerling of Student en diens ouders bevestigd. Tot dat besluit is uitgevoerd, blijft "
              "de Leerling of Student het onderwijs van de Route volgen, tenzij dat naar het oordeel "
              "van de Routeregie niet in zijn belang is."),
        ("p", "A8.4 De voor de sector geldende uitwerking staat in paragraaf B5; de werkwijze wordt "
              "jaarlijks in de schoolgids van de School en in de studiegids van het ROC "
              "opgenomen."),

        ("h2", "Artikel A9 Geldstromen"),
        ("p", "Partijen verrekenen met elkaar uitsluitend de bedragen die in paragraaf B6 zijn "
              "opgenomen; B6 vermeldt bij ieder bedrag de grondslag, de hoogte, de wijze van betaling "
              "en waarvoor het wordt aangewend. Iedere andere kostenpost komt voor rekening van de "
              "Partij die haar maakt."),

        ("h2", "Artikel A10 Inspraak van leerlingen, ouders en personeel"),
        ("p", "A10.1 Voorgenomen besluiten van de Besturen over (i) uitbreiding, inkrimping of "
              "beëindiging van de Route en (ii) de vaststelling van het gezamenlijke PTA/OER worden "
              "zowel aan de medezeggenschapsraad van de School als aan de studentenraad en de "
              "ondernemingsraad van het ROC voor advies voorgelegd, ook indien de wet dit voor een "
              "van die organen niet voorschrijft."),
        ("p", "A10.2 Leerlingen in het tweede leerjaar van de Route kunnen, hoewel zij nog bij de "
              "School zijn ingeschreven, met ten hoogste twee vertegenwoordigers deelnemen aan de "
              "vergaderingen van de studentenraad van het cluster Maritiem en Logistiek van het ROC, "
              "met spreekrecht. De studentenraad neemt die bevoegdheid op in zijn huishoudelijk "
              "reglement."),

        ("h2", "Artikel A11 Verschil van inzicht tussen Partijen"),
        ("p", "A11.1 Een verschil van inzicht over de uitvoering van deze overeenkomst wordt eerst in "
              "de Routeregie besproken. A11.2 Wordt daar niet binnen vier weken overeenstemming "
              "bereikt, dan legt ieder van de leden het verschil schriftelijk voor aan de Besturen, "
              "die binnen zes weken daarna in persoon overleggen. A11.3 Blijft het verschil daarna "
              "bestaan, dan kan de meest gerede Partij voorstellen het aan een door beide Besturen "
              "gezamenlijk te kiezen mediator voor te leggen; wordt binnen drie maanden na dat "
              "voorstel geen oplossing bereikt of geen mediator gekozen, dan is uitsluitend de "
              "rechtbank Rotterdam bevoegd. Op deze overeenkomst is Nederlands recht van "
              "toepassing."),

        ("h2", "Artikel A12 Looptijd, aansluiting, aanpassing en einde"),
        ("p", "A12.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde "
              "tijd."),
        ("p", "A12.2 Een andere school voor voortgezet onderwijs of instelling voor "
              "beroepsonderwijs kan bij de Route aansluiten indien (i) beide Besturen daarmee "
              "schriftelijk instemmen, (ii) de aansluitende partij deze overeenkomst met de "
              "Sectorbijlage onverkort aanvaardt door ondertekening van een aansluitingsverklaring, "
              "en (iii) de aansluiting ingaat bij de aanvang van een Schooljaar, zodat de gezamenlijke "
              "melding bij DUO tijdig kan worden aangepast en lopende groepen niet midden in een "
              "Schooljaar worden gesplitst."),
        ("p", "A12.3 Onderdeel A kan uitsluitend worden aangepast bij een schriftelijke, door beide "
              "Besturen ondertekende akte. De Sectorbijlage kan jaarlijks op voorstel van de "
              "Routeregie worden bijgesteld; de bijgestelde Sectorbijlage geldt vanaf het volgende "
              "Schooljaar, mits door beide Besturen vóór 1 mei ondertekend."),
        ("p", "A12.4 Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen 31 juli van enig "
              "Schooljaar, met inachtneming van een termijn van ten minste twaalf maanden. Ontbinding "
              "wegens een toerekenbare tekortkoming is slechts mogelijk nadat de andere Partij "
              "schriftelijk in gebreke is gesteld en een termijn van ten minste twee maanden voor "
              "herstel heeft gekregen."),
        ("p", "A12.5 Na opzegging of ontbinding worden geen nieuwe Leerlingen meer tot de Route "
              "toegelaten. Leerlingen en Studenten die op dat moment aan de Route deelnemen, kunnen "
              "haar afronden onder de voorwaarden van deze overeenkomst, die daartoe voor hen van "
              "kracht blijft; indien dat redelijkerwijs niet mogelijk is, is artikel A8 op hen van "
              "toepassing. Een aanpassing als bedoeld in A12.3 werkt niet ten nadele van zittende "
              "Leerlingen en Studenten in het lopende Schooljaar."),

        ("h2", "Artikel A13 Slotbepalingen"),
        ("p", "Deze overeenkomst vervangt de intentieverklaring techniekpact van 2 september 2021, "
              "voor zover die op de Route betrekking heeft. Aldus in tweevoud opgemaakt en "
              "ondertekend."),
        ("sig", ["Stichting Regionaal Opleidingencentrum Nieuwe Maas", "Rotterdam, 23 juni 2025", "",
                 "mr. drs. C.A. Veldhuijzen", "voorzitter college van bestuur"],
         ["Stichting voor Openbaar Voortgezet Onderwijs Maasmond", "Vlaardingen, 24 juni 2025", "",
          "R.J. Koppejan", "bestuurder"]),
        ("pb",),

        ("h1", "Onderdeel B. Sectorbijlage Maritiem en Logistiek"),
        ("p", "Deze Sectorbijlage behoort bij de samenwerkingsovereenkomst tussen het ROC en de "
              "School en geldt vanaf het Schooljaar 2025-2026. De nummering volgt de verwijzingen in "
              "Onderdeel A."),

        ("h2", "B1 De Route in deze sector"),
        ("p", "De Route start in het derde leerjaar van de kaderberoepsgerichte leerweg van het "
              "Maasmond College, vestiging Havenkwartier, in het profiel Maritiem en techniek, en "
              "leidt naar de mbo-opleiding Schipper-machinist beroepsvaart, niveau 3 (vakopleiding, "
              "BOL), binnen het opleidingsdomein Transport, scheepvaart en logistiek, verzorgd door "
              "het ROC op de Maritieme Campus Waalhaven. De Leerling doet het vmbo-examen in het "
              "tweede leerjaar van de Route; vanaf het derde leerjaar volgt hij het mbo-deel. De "
              "Route omvat vijf leerjaren. De instroom bedraagt ten hoogste 24 Leerlingen per "
              "Schooljaar."),

        ("h2", "B2 Rol van rederijen en werkgevers in de haven"),
        ("p", "(i) Rederij Waalhaven Tankvaart B.V. en Sleepdienst Maasvlakte B.V. stellen samen "
              "jaarlijks ten minste twintig vaarstageplaatsen beschikbaar voor het derde tot en met "
              "vijfde leerjaar; zij zijn als leerbedrijf door SBB erkend en wijzen per Student een "
              "praktijkopleider aan. (ii) De Vereniging Binnenvaartondernemers Rijnmond organiseert "
              "tweemaal per Schooljaar een praktijkdag aan boord voor de Leerlingen in het eerste en "
              "tweede leerjaar en levert jaarlijks twee gastdocenten voor het onderdeel Veilig werken "
              "aan boord. (iii) Een werkveldpanel van drie schippers of praktijkopleiders, door de "
              "vereniging voorgedragen, beoordeelt mee bij de proeve van bekwaamheid en adviseert "
              "eenmaal per jaar, in maart, over de inhoud van het PTA/OER."),

        ("h2", "B3 Bezetting van de Routeregie bij aanvang"),
        ("p", "Aangewezen door de bestuurder van de School: mevrouw S. Bakkali, teamleider bovenbouw "
              "techniek (voorzitter 2025-2026), en de heer J. Hoogendijk, docent PIE/maritiem. "
              "Aangewezen door het college van bestuur van het ROC: de heer M. van der Graaf, "
              "onderwijsmanager team Binnenvaart, en mevrouw L. Osei, docent nautische vakken."),

        ("h2", "B4 Lesplaatsen, inzet van docenten en gedeelde voorzieningen"),
        ("p", "Lesplaatsen: leerjaar 1 en 2 van de Route aan het Maasmond College, vestiging "
              "Havenkwartier, met één dag per week op de Maritieme Campus Waalhaven van het ROC; "
              "leerjaar 3 tot en met 5 op de Maritieme Campus en aan boord van het schoolschip "
              "Nieuwe Maas III."),
        ("p", "Docenten: twee docenten nautische vakken van het ROC verzorgen in leerjaar 1 en 2 ieder "
              "vier lesuren per week bij de School; de docent Nederlands en rekenen van de School "
              "geeft in leerjaar 3 twee uur per week op de Maritieme Campus, zodat de Student die "
              "zijn vmbo-examen nog moet afronden door een bevoegde docent wordt begeleid. Het "
              "onderdeel Veilig werken aan boord is vakoverstijgend en wordt door het gezamenlijke "
              "team verzorgd."),
        ("p", "Gedeelde voorzieningen: de scheepssimulator, de motorenwerkplaats en het schoolschip "
              "van het ROC staan ook ter beschikking van de Leerlingen in leerjaar 1 en 2; de "
              "lasserij en het practicumlokaal elektrotechniek van de School worden in leerjaar 3 "
              "door het ROC gebruikt. Leerlingen ontvangen vanaf leerjaar 1 een toegangspas en een "
              "account voor de leeromgeving van het ROC."),

        ("h2", "B5 Uitwerking voor deze sector bij voortijdig vertrek"),
        ("p", "In aanvulling op artikel A8 geldt voor deze sector: een Leerling die in leerjaar 1 of 2 "
              "de Route verlaat, kan binnen de School in het profiel Produceren, installeren en "
              "energie verder; een Student die vanaf leerjaar 3 niet aan boord kan of wil werken, "
              "kan zonder nieuwe intake overstappen naar de opleiding Medewerker havenlogistiek, "
              "niveau 3, of Logistiek medewerker, niveau 2, van het ROC. De vaarstage die al is "
              "afgerond, wordt voor zover mogelijk meegenomen."),

        ("h2", "B6 Bedragen en waarvoor zij dienen"),
        ("p", "(i) Op grond van artikel 5.42a WVO 2020 betaalt de School aan het ROC een bedrag van "
              "€ 1.150 per Leerling die op 1 oktober in het eerste of tweede leerjaar van de Route "
              "bij de School staat ingeschreven. Dit bedrag dient uitsluitend ter dekking van (a) de "
              "inzet van ROC-docenten bij de School als bedoeld in B4, (b) het gebruik van de "
              "scheepssimulator en het schoolschip door Leerlingen in de vo-fase en (c) "
              "verbruiksmaterialen in de motorenwerkplaats. (ii) De betaling geschiedt in twee gelijke "
              "termijnen, op 1 december en 1 mei, op factuur van het ROC. (iii) Het ROC betaalt de "
              "School geen vergoeding voor de inzet van de docent Nederlands en rekenen in leerjaar "
              "3; die inzet wordt geacht te zijn verdisconteerd. (iv) Niet bestede middelen worden "
              "in het jaarbeeld verantwoord en bij de eerstvolgende termijn verrekend."),
        ("sp",),
        ("p", "Voor akkoord met de Sectorbijlage Maritiem en Logistiek, versie 2025-2026:"),
        ("sig", ["namens het ROC", "mr. drs. C.A. Veldhuijzen", "23 juni 2025"],
         ["namens de School", "R.J. Koppejan", "24 juni 2025"]),
    ]


# =============================================================================================
# 142  Word table "Artikel | Tekst", DOCX, Noord-Brabant (Helmond), zorg
# =============================================================================================

@sample(142, "artikel_tekst_tabel_zorg_peel", "docx",
        S("p p p p p p p na p p"),
        {"a": "De Route",
         "b": "Zorgaanbieders in de regio",
         "c": "Het Kernteam",
         "d": "Terugkoppeling aan de besturen",
         "e": "Onderwijs, mensen en ruimtes",
         "f": "Als de Route niet (meer) past",
         "g": "Geld",
         "i": "Onenigheid",
         "j": "Nieuwe partners, aanpassing en einde"},
        "Clauses in a two-column Word table 'Artikel | Tekst' (title in the left cell, text in the "
        "right); DOCX; Noord-Brabant (Helmond/Peel), Zorg en welzijn kb -> Verzorgende-IG 3. Fully "
        "compliant in own words: Kernteam aangesteld by the besturen, voortgangsnotitie three times a "
        "year, skillslab/demowoning, 'Als de Route niet (meer) past', no money moves at all, "
        "bindend advies. Nothing on medezeggenschap (h not_applicable).",
        header="Peelrand College / ROC Peelstad - SOK doorlopende leerroute Zorg - definitief")
def s142():
    rows = [
        ["Artikel", "Tekst"],
        ["1\nBegrippen",
         "In deze overeenkomst betekent: de Route: de doorlopende leerroute vmbo-mbo als bedoeld in "
         "artikel 2; de Leerling: de jongere die aan de Route deelneemt, ongeacht of hij op dat "
         "moment bij de School of bij het ROC staat ingeschreven; het Kernteam: het team bedoeld in "
         "artikel 4; de Besturen: het bestuur van de School en het college van bestuur van het ROC; "
         "leerjaar: een leerjaar van de Route, te tellen vanaf het derde leerjaar vmbo."],
        ["2\nDe Route",
         "Partijen bieden gezamenlijk een doorlopende leerroute aan die begint in het profiel Zorg "
         "en welzijn van de kaderberoepsgerichte leerweg van het Peelrand College, vestiging "
         "Helmond-Noord, en leidt tot het diploma van de vakopleiding Verzorgende-IG, niveau 3, "
         "opleidingsdomein Zorg en welzijn, die het ROC in de beroepsopleidende leerweg verzorgt "
         "op de locatie Europaweg te Helmond. In leerjaar 1 en 2 is de Leerling ingeschreven bij de "
         "School en doet hij daar zijn vmbo-examen; vanaf leerjaar 3 is hij student van het ROC. "
         "De Route omvat vier en een half leerjaar; er stromen jaarlijks ten hoogste twintig "
         "Leerlingen in."],
        ["3\nZorgaanbieders in de regio",
         "Zorggroep Aa en Peel, Thuiszorg De Vlinder en Woonzorgcentrum Sint-Lambertus, alle drie "
         "door SBB erkend als leerbedrijf, hebben zich schriftelijk verbonden om: (i) vanaf leerjaar "
         "1 per Leerling een snuffelstage van twee weken en vanaf leerjaar 3 bpv-plaatsen van "
         "voldoende omvang aan te bieden; (ii) in leerjaar 1 en 2 per periode één gastles te laten "
         "verzorgen door een praktijkopleider; en (iii) met twee praktijkopleiders zitting te nemen "
         "in de Zorgtafel Peel, die tweemaal per jaar het Kernteam adviseert over de inhoud van het "
         "programma en de keuzedelen. Praktijkopleiders van deze organisaties beoordelen mee bij de "
         "praktijkexamens in leerjaar 3 en 4."],
        ["4\nHet Kernteam",
         "4.1 De Route wordt aangestuurd door het Kernteam, bestaande uit: (i) de afdelingsleider "
         "bovenbouw zorg van de School; (ii) de opleidingsmanager Verzorging van het ROC; en (iii) "
         "een routecoördinator.\n"
         "4.2 Het bestuur van de School en het college van bestuur van het ROC stellen elk het "
         "onder (i) respectievelijk (ii) genoemde lid aan. De routecoördinator wordt door de "
         "Besturen gezamenlijk aangesteld, op voordracht van de andere twee leden, voor een periode "
         "van drie jaar, die eenmaal kan worden verlengd.\n"
         "4.3 Het Kernteam is namens de Besturen belast met, en beslist zelfstandig over: (i) het "
         "opstellen van het programma per leerjaar en van het ontwerp-PTA/OER; (ii) het vastleggen van "
         "de roosters en de inzet van docenten als bedoeld in artikel 6; (iii) de toelating van "
         "Leerlingen tot de Route; (iv) het vervolg van Leerlingen als bedoeld in artikel 7; en (v) "
         "uitgaven binnen het jaarlijks door de Besturen vastgestelde budget, tot "
         "€ 5.000 per post. Het PTA/OER, de jaarlijkse instroomcapaciteit en uitgaven boven dat "
         "bedrag worden door de Besturen vastgesteld."],
        ["5\nTerugkoppeling aan de besturen",
         "5.1 Het Kernteam zendt de Besturen drie keer per schooljaar, op 1 december, 1 april en "
         "1 juli, een voortgangsnotitie met de stand van zaken over instroom, aanwezigheid, "
         "studievoortgang en bpv.\n"
         "5.2 Jaarlijks in oktober vindt een bestuurlijk gesprek plaats tussen een lid van ieder "
         "Bestuur en het Kernteam, waarin het Kernteam aan de hand van een evaluatie van het "
         "afgelopen schooljaar (met cijfers over tussentijds vertrek en behaalde diploma's) toelicht "
         "wat het heeft gedaan en waarin de Besturen het Kernteam daarop kunnen aanspreken. Van dat "
         "gesprek wordt een verslag gemaakt dat door beide Besturen wordt vastgesteld."],
        ["6\nOnderwijs, mensen en ruimtes",
         "6.1 De vakdocenten Zorg en welzijn van de School en de docenten van het team Verzorging "
         "van het ROC vormen samen één Routeteam. In leerjaar 1 en 2 verzorgen twee docenten van het "
         "ROC gezamenlijk zes uur per week de lessen verpleegtechnische handelingen en "
         "beroepshouding op de School; de mentor van de School blijft in leerjaar 3 twee uur per "
         "week betrokken als coach op de locatie Europaweg. Het vakoverstijgende project Zorg in de "
         "wijk wordt door het Routeteam als team verzorgd op basis van artikel 7.13a WVO 2020 en "
         "artikel 9.1.12 WEB. Docenten blijven in dienst van hun eigen werkgever.\n"
         "6.2 Het skillslab van het ROC (met hoog-laagbedden, tilliften en oefenpoppen) is op "
         "dinsdag en donderdag beschikbaar voor de Leerlingen in leerjaar 1 en 2; de demowoning "
         "Huis van Morgen van de School wordt door het ROC gebruikt voor het onderdeel "
         "domotica en zelfredzaamheid. Leerlingen krijgen vanaf leerjaar 1 toegang tot de "
         "digitale leeromgeving en de mediatheek van het ROC.\n"
         "6.3 De lessen vinden plaats aan het Peelrand College, vestiging Helmond-Noord (leerjaar 1 "
         "en 2, met één dag per week op de locatie Europaweg) en op de locatie Europaweg van het "
         "ROC (leerjaar 3 tot en met 5). Het programma en de examinering per leerjaar staan in het "
         "PTA/OER van de Route."],
        ["7\nAls de Route niet (meer) past",
         "7.1 Blijkt dat de Route voor een Leerling niet (meer) past, bijvoorbeeld omdat het niveau "
         "te hoog is, hij een andere richting kiest of verhuist, dan wordt hem een vervolg geboden "
         "dat hem in staat stelt alsnog een diploma te halen.\n"
         "7.2 Dat vervolg is: (i) vóór het vmbo-examen: doorgaan in de reguliere kaderberoepsgerichte "
         "of basisberoepsgerichte leerweg van de School, in Zorg en welzijn of in een ander profiel, "
         "met het vmbo-diploma als doel; (ii) na het vmbo-diploma: een andere opleiding van het ROC "
         "op niveau 2 of 3, bijvoorbeeld Helpende zorg en welzijn of Medewerker maatschappelijke "
         "zorg, zonder aanvullende toelatingseisen; (iii) zonder vmbo-diploma aan het einde van "
         "leerjaar 3: doorgaan in de mbo-opleiding terwijl het vmbo-examen opnieuw wordt gedaan, dan "
         "wel overstap naar een mbo-opleiding van vergelijkbaar niveau binnen het ROC.\n"
         "7.3 De mentor van de School en de loopbaancoach van het ROC stellen samen met de Leerling "
         "en zijn ouders of verzorgers een vervolgplan op. Het Kernteam beslist namens beide "
         "Partijen over dat plan, uiterlijk zes weken nadat het signaal is gegeven, en houdt daarbij "
         "rekening met wat de Leerling al heeft bereikt en met zijn leeftijd. De Leerling kan bij "
         "de Besturen bezwaar maken tegen die beslissing."],
        ["8\nGeld",
         "Tussen Partijen gaat geen geld over. De School behoudt de rijksbijdrage voor de Leerlingen "
         "in leerjaar 1 en 2 en het ROC die voor de studenten vanaf leerjaar 3; ieder draagt de "
         "kosten van zijn eigen docenten, lokalen en materialen, ook wanneer die ten behoeve van de "
         "Route bij de andere Partij worden ingezet. Er wordt geen deel van de bekostiging aan de "
         "andere Partij doorgegeven."],
        ["9\nOnenigheid",
         "9.1 Zijn Partijen het oneens over de uitvoering van deze overeenkomst, dan bespreken eerst "
         "de leden van het Kernteam de kwestie. 9.2 Lukt het niet om binnen een maand tot een "
         "oplossing te komen, dan wordt de kwestie voorgelegd aan de directeur van de School en de "
         "collegedirecteur Zorg van het ROC, en daarna aan de Besturen. 9.3 Komen ook de Besturen er "
         "binnen twee maanden niet uit, dan vragen zij bindend advies aan een onafhankelijke "
         "deskundige die zij samen kiezen; kunnen zij het over die keuze niet eens worden, dan wijst "
         "de voorzitter van de Stichting Onderwijsgeschillen op verzoek van de meest gerede Partij "
         "een deskundige aan. De kosten worden gedeeld."],
        ["10\nNieuwe partners, aanpassing en einde",
         "10.1 Een andere vmbo-school of mbo-instelling kan meedoen als beide Besturen daarmee "
         "instemmen, de nieuwe partij deze overeenkomst ongewijzigd onderschrijft en de deelname "
         "ingaat op 1 augustus van een schooljaar.\n"
         "10.2 Deze overeenkomst wordt alleen aangepast met een schriftelijk stuk dat door beide "
         "Besturen is getekend; aanpassingen gaan in op 1 augustus en gelden niet voor Leerlingen "
         "voor zover die daardoor in hun lopende leerjaar worden benadeeld.\n"
         "10.3 Deze overeenkomst loopt voor onbepaalde tijd. Iedere Partij kan haar schriftelijk "
         "beëindigen per 1 augustus, met een termijn van ten minste een jaar. Vanaf het moment van "
         "beëindigen stromen geen nieuwe Leerlingen meer in; Leerlingen die al in de Route zitten, "
         "maken haar af bij dezelfde Partijen en onder dezelfde afspraken."],
        ["11\nSlot",
         "Partijen melden de Route en iedere wijziging in de deelnemende partijen bij DUO. Deze "
         "overeenkomst treedt in werking op 1 augustus 2025."],
    ]
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn - Verzorgende-IG"),
        ("p", "De ondergetekenden:"),
        ("li", "1. Stichting voor Christelijk Voortgezet Onderwijs Peel en Aa, bevoegd gezag van het "
               "Peelrand College te Helmond, vertegenwoordigd door drs. H.M.J. van Bussel, "
               "voorzitter van het bestuur (\"de School\");"),
        ("li", "2. Stichting Regionaal Opleidingencentrum Peelstad te Helmond, vertegenwoordigd door "
               "mevrouw A. Verhoeven-Smits MBA, lid van het college van bestuur (\"het ROC\");"),
        ("p", "samen \"Partijen\", komen het volgende overeen. De afspraken zijn in de tabel "
              "hieronder per artikel weergegeven; de linkerkolom geeft het nummer en het onderwerp, "
              "de rechterkolom de afspraak."),
        ("table", rows, [38, 132]),
        ("p", "Aldus overeengekomen en in tweevoud getekend te Helmond op 26 juni 2025."),
        ("sig", ["Stichting voor Christelijk Voortgezet Onderwijs Peel en Aa", "", "",
                 "drs. H.M.J. van Bussel"],
         ["Stichting Regionaal Opleidingencentrum Peelstad", "", "", "A. Verhoeven-Smits MBA"]),
    ]


# =============================================================================================
# 143  Stuurgroep besluitenlijst signed by both boards, DOCX, Gelderland Zuid (Tiel), economie
# =============================================================================================

@sample(143, "besluitenlijst_stuurgroep_commercie_rivierenland", "docx",
        S("p p p p p p p p p p"),
        {"a": "Besluit 1 Vaststelling van de Route",
         "b": "Besluit 4 Ondernemers in de Route",
         "c": "Besluit 2 Bezetting en mandaat van de Stuurgroep",
         "d": "Besluit 3 Wat de besturen van de Stuurgroep ontvangen",
         "e": "Besluit 5 Docenten, lesplekken en gedeelde ruimtes",
         "f": "Besluit 6 Leerlingen die afhaken of switchen",
         "g": "Besluit 7 Bijdrage van Waalweide aan het ROC",
         "h": "Besluit 8 Routeraad van leerlingen, studenten en ouders",
         "i": "Besluit 9 Als de Stuurgroep er niet uitkomt",
         "j": "Besluit 10 Looptijd, nieuwe deelnemers, wijzigen en stoppen"},
        "A stuurgroep's besluitenlijst (decision list of the meeting of 11 June 2025) that both "
        "bestuurders sign and declare to be their samenwerkingsovereenkomst; DOCX with 'Besluit N' "
        "Heading 2 paragraphs, a 'Besloten:' formula and an actielijst; Gelderland Zuid (Tiel), "
        "Economie en ondernemen gl -> Junior accountmanager 4. Fully compliant in meeting-minutes "
        "wording (€ 875 per leerling with bestemming, a Routeraad with advice rights, mediation then "
        "rechtbank Gelderland).",
        header="Besluitenlijst Stuurgroep DLR Commercie Rivierenland - 11 juni 2025 - vastgesteld")
def s143():
    return [
        ("title", "Besluitenlijst Stuurgroep Doorlopende Leerroute Commercie Rivierenland"),
        ("p", "Vergadering van woensdag 11 juni 2025, 15.30-17.30 uur, ROC Waal en Maas, locatie "
              "Tiel, zaal 2.14."),
        ("p", "Aanwezig: mevrouw drs. P. Claassen (voorzitter college van bestuur Stichting ROC Waal "
              "en Maas), de heer ing. T. Hermsen (bestuurder Stichting Openbaar Voortgezet Onderwijs "
              "Rivierenland), mevrouw K. de Wilde (directeur Economie en Handel, ROC), de heer "
              "B. Lagerwey (locatiedirecteur Waalweide College, Tiel), mevrouw N. Yilmaz "
              "(routecoördinator, verslag). Afwezig met bericht: de heer R. Bosman (controller ROC)."),
        ("h1", "Status van deze besluitenlijst"),
        ("p", "De Stichting Openbaar Voortgezet Onderwijs Rivierenland, bevoegd gezag van het "
              "Waalweide College te Tiel (hierna: Waalweide), en de Stichting ROC Waal en Maas te "
              "Nijmegen (hierna: het ROC) verklaren dat de besluiten 1 tot en met 10 hieronder, zoals "
              "op 11 juni 2025 genomen en door hun bestuurders ondertekend, tussen hen gelden als de "
              "samenwerkingsovereenkomst bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. "
              "Waar hieronder \"besloten\" staat, verbinden beide besturen zich daaraan. De "
              "intentieverklaring van 3 oktober 2024 vervalt hiermee."),
        ("h1", "Opening en mededelingen"),
        ("p", "De voorzitter opent om 15.30 uur. Mevrouw Yilmaz meldt dat 27 leerlingen uit leerjaar "
              "2 gl belangstelling hebben getoond; de voorlichtingsavond van 22 mei is goed bezocht. "
              "Het concept van de besluitenlijst is vooraf met beide juristen afgestemd."),

        ("h2", "Besluit 1 Vaststelling van de Route"),
        ("p", "Toelichting: de pilot met de module Sales in leerjaar 4 loopt sinds 2023 en wordt "
              "omgezet in een volwaardige doorlopende leerroute."),
        ("p", "Besloten: Waalweide en het ROC verzorgen met ingang van 1 augustus 2025 gezamenlijk de "
              "doorlopende leerroute Commercie (de Route). De Route begint in het derde leerjaar van "
              "de gemengde leerweg, profiel Economie en ondernemen, van Waalweide en leidt tot het "
              "diploma van de middenkaderopleiding Junior accountmanager, niveau 4, "
              "kwalificatiedossier Commercie, die het ROC in de beroepsopleidende leerweg verzorgt op "
              "de locatie Tiel. Het vmbo-examen wordt afgelegd in het tweede leerjaar van de Route. "
              "De Route telt vijf leerjaren; de instroom is ten hoogste 30 leerlingen per jaar."),

        ("h2", "Besluit 2 Bezetting en mandaat van de Stuurgroep"),
        ("p", "Toelichting: tot nu toe zaten beide bestuurders zelf in de stuurgroep. Afgesproken "
              "wordt de dagelijkse aansturing een niveau lager te leggen."),
        ("p", "Besloten: (i) De Stuurgroep stuurt de Route aan en bestaat vanaf 1 augustus 2025 uit "
              "de locatiedirecteur van Waalweide, de directeur Economie en Handel van het ROC en, "
              "zonder stem, de routecoördinator als secretaris. (ii) Elke bestuurder wijst het lid "
              "van eigen zijde schriftelijk aan en kan het vervangen; de routecoördinator wordt door "
              "beide bestuurders gezamenlijk aangesteld voor twee schooljaren. Met ingang van "
              "1 augustus 2025 zijn aangewezen de heer Lagerwey en mevrouw De Wilde en is mevrouw "
              "Yilmaz als routecoördinator aangesteld. (iii) De bestuurders laten aan de Stuurgroep "
              "over, en zij beslist zonder nadere toestemming over: het jaarrooster en de "
              "lessentabel; de toelating van leerlingen tot de Route; de inzet van docenten per "
              "periode; de besteding van de bijdrage uit besluit 7 binnen de jaarbegroting; en het "
              "vervolgtraject van leerlingen als bedoeld in besluit 6. (iv) Blijven voorbehouden aan "
              "de bestuurders: de vaststelling van het PTA/OER, de jaarbegroting, het aantal "
              "instroomplaatsen en iedere uitbreiding van de Route. (v) De Stuurgroep besluit bij "
              "eenstemmigheid van de twee directeuren."),

        ("h2", "Besluit 3 Wat de besturen van de Stuurgroep ontvangen"),
        ("p", "Besloten: (i) De Stuurgroep komt ten minste vier keer per schooljaar bijeen; binnen "
              "tien werkdagen na iedere vergadering gaat de besluitenlijst naar beide bestuurders. "
              "(ii) Uiterlijk op 15 oktober zendt de Stuurgroep beide bestuurders een jaaroverzicht "
              "over het afgelopen schooljaar, met ten minste instroom, tussentijds vertrek, "
              "examenresultaten, de bezetting van bpv-plaatsen en een overzicht van de besteding van "
              "de bijdrage uit besluit 7. (iii) In november bespreken de bestuurders het "
              "jaaroverzicht met de Stuurgroep; zij keuren het goed of geven de Stuurgroep "
              "schriftelijk op wat zij moet bijsturen. (iv) Bij dreigende overschrijding van de "
              "jaarbegroting of uitval van meer dan vijf leerlingen in één leerjaar stelt de "
              "routecoördinator de bestuurders direct per e-mail op de hoogte."),

        ("h2", "Besluit 4 Ondernemers in de Route"),
        ("p", "Besloten: (i) Ondernemersvereniging Tiel Centrum, Van Kessel Foodservice B.V. en "
              "Autobedrijf De Betuwe B.V. nemen deel aan een werkveldcommissie die twee keer per "
              "schooljaar met de Stuurgroep overlegt en adviseert over de keuzedelen en de "
              "praktijkopdrachten. (ii) Van Kessel Foodservice en Autobedrijf De Betuwe leveren in "
              "leerjaar 2 ieder een levensechte opdracht (business case) en zitten in de jury van de "
              "eindpitch. (iii) De leden van de ondernemersvereniging bieden vanaf leerjaar 3 ten "
              "minste vijftien bpv-plaatsen per jaar aan bij door SBB erkende leerbedrijven. "
              "(iv) Twee keer per jaar verzorgt een accountmanager uit de commissie een gastles."),

        ("h2", "Besluit 5 Docenten, lesplekken en gedeelde ruimtes"),
        ("p", "Besloten: (i) Leerjaar 1 en 2 worden gegeven op Waalweide, leerjaar 3 tot en met 5 op "
              "de ROC-locatie Tiel; het programma en de examinering per leerjaar staan in het "
              "PTA/OER Doorlopend programma Commercie 2025-2030, dat de bestuurders vóór 1 juli 2025 "
              "vaststellen en daarna jaarlijks vóór 1 juli. (ii) Twee docenten Commercie van het ROC "
              "geven in leerjaar 2 op Waalweide vier uur per week de module Sales en "
              "accountmanagement; de docent Engels van Waalweide geeft in leerjaar 3 twee uur per "
              "week op de ROC-locatie, zodat leerlingen die hun vmbo-examen Engels moeten herkansen "
              "les blijven krijgen van een bevoegde leraar. De docenten van beide scholen vormen één "
              "team; de module Ondernemen in de regio is vakoverstijgend en wordt met "
              "teambevoegdheid verzorgd (artikel 7.13a WVO 2020, artikel 9.1.12 WEB). Iedere docent "
              "blijft in dienst van de eigen werkgever. (iii) Het Ondernemersplein van het ROC (een "
              "leerwinkel met kassa en magazijn) en de videostudio zijn op vrijdag beschikbaar voor "
              "leerjaar 1 en 2; het ROC stelt zijn CRM-pakket met licenties beschikbaar aan "
              "Waalweide; het ICT-lokaal van Waalweide wordt in leerjaar 3 op maandag door het ROC "
              "gebruikt."),

        ("h2", "Besluit 6 Leerlingen die afhaken of switchen"),
        ("p", "Toelichting: de Stuurgroep wil voorkomen dat een leerling die de Route verlaat tussen "
              "wal en schip valt."),
        ("p", "Besloten: (i) Een leerling die vóór het vmbo-examen uit de Route stapt, gaat verder in "
              "de reguliere gemengde leerweg van Waalweide (zo nodig in een ander profiel) en haalt "
              "daar zijn vmbo-diploma. (ii) Een leerling die na het vmbo-diploma in de Route "
              "vastloopt of een andere richting wil, kan binnen het ROC verder in een andere "
              "opleiding op niveau 4 of, als het niveau te hoog blijkt, op niveau 3 (bijvoorbeeld "
              "Commercieel medewerker), zonder nieuwe toelatingseisen. (iii) Een leerling die zijn "
              "vmbo-diploma aan het einde van leerjaar 3 nog niet heeft, mag zijn mbo-opleiding "
              "voortzetten of overstappen naar een andere opleiding van vergelijkbaar niveau bij het "
              "ROC; Waalweide biedt hem de gelegenheid het examen opnieuw te doen. (iv) Het "
              "vervolgtraject wordt besproken in een gesprek met de leerling en zijn ouders of "
              "verzorgers, waarin de mentor van Waalweide en de studieloopbaanbegeleider van het ROC "
              "samen een voorstel doen op basis van wat de leerling al heeft gehaald en zijn "
              "leeftijd; de Stuurgroep neemt daarover namens beide scholen een besluit binnen vier "
              "weken na het eerste signaal. (v) De werkwijze komt in de schoolgids van Waalweide en "
              "de studiegids van het ROC."),

        ("h2", "Besluit 7 Bijdrage van Waalweide aan het ROC"),
        ("p", "Besloten: (i) Waalweide draagt met toepassing van artikel 5.42a WVO 2020 per leerling "
              "die op 1 oktober in leerjaar 2 van de Route staat ingeschreven € 875 over aan het "
              "ROC. (ii) Het bedrag is bestemd voor de inzet van de twee ROC-docenten in leerjaar 2 "
              "(besluit 5 onder ii) en voor de CRM-licenties; het ROC gebruikt het niet voor andere "
              "doelen. (iii) Betaling volgt vóór 1 december op factuur. (iv) Verder worden geen "
              "gelden verrekend; de inzet van de docent Engels van Waalweide in leerjaar 3 is om "
              "niet."),

        ("h2", "Besluit 8 Routeraad van leerlingen, studenten en ouders"),
        ("p", "Besloten: (i) De medezeggenschapsraad van Waalweide wijst twee leden aan (één uit de "
              "ouder- en één uit de leerlinggeleding) en de studentenraad van het ROC twee studenten "
              "uit de Route; zij vormen samen de Routeraad Commercie. (ii) De Routeraad spreekt "
              "ten minste eenmaal per schooljaar met de Stuurgroep en kan gevraagd en ongevraagd "
              "advies geven over het PTA/OER, de roosters en de spreiding van lessen over de twee "
              "locaties; de Stuurgroep reageert binnen vier weken schriftelijk en beargumenteerd. "
              "(iii) Dit laat de bevoegdheden van de medezeggenschapsraad en de studentenraad "
              "onverlet."),

        ("h2", "Besluit 9 Als de Stuurgroep er niet uitkomt"),
        ("p", "Besloten: (i) Een meningsverschil tussen Waalweide en het ROC over de uitvoering van "
              "deze afspraken wordt eerst in de Stuurgroep besproken. (ii) Komen de twee directeuren "
              "er niet binnen een maand uit, dan leggen zij het voor aan de bestuurders, die binnen "
              "vier weken overleggen. (iii) Lukt het ook hen niet, dan schakelen zij binnen een maand "
              "een door beiden gekozen MfN-registermediator in. (iv) Levert mediation binnen drie "
              "maanden geen oplossing op, dan kan elk van beiden het meningsverschil voorleggen aan "
              "de rechtbank Gelderland, locatie Arnhem."),

        ("h2", "Besluit 10 Looptijd, nieuwe deelnemers, wijzigen en stoppen"),
        ("p", "Besloten: (i) Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd. "
              "(ii) Een andere vmbo-school of mbo-instelling kan aan de Route gaan deelnemen als "
              "beide bestuurders daarmee schriftelijk instemmen, de nieuwe deelnemer deze "
              "besluitenlijst ongewijzigd als overeenkomst ondertekent en de deelname begint op "
              "1 augustus; de gezamenlijke melding bij DUO wordt dan aangepast. (iii) Deze afspraken "
              "worden alleen gewijzigd door een nieuw, door beide bestuurders ondertekend besluit; "
              "een wijziging gaat in bij het begin van een schooljaar en mag leerlingen die al in de "
              "Route zitten niet benadelen. (iv) Elke bestuurder kan de samenwerking schriftelijk "
              "opzeggen tegen 1 augustus, met een termijn van ten minste twaalf maanden. Na opzegging "
              "worden geen nieuwe leerlingen toegelaten; leerlingen die al in de Route zitten, "
              "ronden haar af bij Waalweide en het ROC onder deze afspraken."),

        ("h1", "Actielijst"),
        ("table", [["Nr.", "Actie", "Wie", "Wanneer"],
                   ["A1", "Melding van de Route in RIO", "routecoördinator", "vóór 1 oktober 2025"],
                   ["A2", "Jaarrooster 2025-2026 naar docenten", "De Wilde / Lagerwey",
                    "4 juli 2025"],
                   ["A3", "Uitnodiging werkveldcommissie eerste bijeenkomst", "routecoördinator",
                    "september 2025"],
                   ["A4", "Tekst schoolgids en studiegids aanpassen (besluit 6)",
                    "Lagerwey / De Wilde", "vóór 1 september 2025"]],
         [12, 86, 38, 34]),
        ("h1", "Rondvraag en sluiting"),
        ("p", "Geen vragen. De voorzitter sluit de vergadering om 17.25 uur. De besluitenlijst is ter "
              "vergadering vastgesteld."),
        ("p", "Voor vaststelling en als samenwerkingsovereenkomst ondertekend, Tiel, 11 juni 2025:"),
        ("sig", ["Stichting Openbaar Voortgezet Onderwijs Rivierenland", "", "ing. T. Hermsen",
                 "bestuurder"],
         ["Stichting ROC Waal en Maas", "", "drs. P. Claassen", "voorzitter college van bestuur"]),
    ]


# =============================================================================================
# 144  Exchange of two letters (offer + acceptance), TXT, Groningen, dienstverlening/veiligheid
# =============================================================================================

@sample(144, "briefwisseling_aanbod_aanvaarding_veiligheid_groningen", "txt",
        S("p p p p p p p na p p"),
        {"a": "1. Om welke route het gaat",
         "b": "2. Wie uit de praktijk meedoen",
         "c": "3. Het Routeteam",
         "d": "4. Hoe het Routeteam ons beiden bijpraat",
         "e": "5. Lessen, docenten en ruimtes",
         "f": "6. Als een leerling de route verlaat",
         "g": "7. Geld",
         "i": "8. Als wij het niet eens worden",
         "j": "9. Duur, nieuwe partners, wijzigen en stoppen"},
        "Exchange of two letters: an offer by the ROC's college van bestuur and the school board's "
        "unconditional acceptance, together the agreement; TXT; Groningen (Eemsdelta), Dienstverlening "
        "en producten kb -> Handhaver toezicht en veiligheid 3. Fully compliant; the board designates "
        "its two Routeteam members only in the acceptance letter; ROC pays € 600 per student with "
        "bestemming; nothing on medezeggenschap (h not_applicable).",
        title="Briefwisseling samenwerking doorlopende leerroute Veiligheid Eemsdelta")
def s144():
    return [
        ("p", "BRIEF 1 - AANBOD"),
        ("p", "ROC Hunzeland, college van bestuur, Postbus 3120, 9701 DC Groningen"),
        ("p", "Aan: Stichting Openbaar Voortgezet Onderwijs Eemsdelta, t.a.v. de heer drs. W. Wiersma, "
              "bestuurder, Molenstraat 40, 9902 AK Appingedam"),
        ("p", "Groningen, 2 juni 2025. Ons kenmerk: CvB/2025/118. Betreft: aanbod samenwerking "
              "doorlopende leerroute Dienstverlening en producten - Handhaver toezicht en veiligheid"),
        ("p", "Geachte heer Wiersma, beste Wim,"),
        ("p", "Naar aanleiding van ons overleg van 14 mei jl. doen wij u hierbij, namens het college "
              "van bestuur van de Stichting ROC Hunzeland (hierna: het ROC), het aanbod om met ingang "
              "van 1 augustus 2025 samen met uw stichting, als bevoegd gezag van het Eemsdelta College "
              "te Delfzijl (hierna: de school), een doorlopende leerroute vmbo-mbo te verzorgen, "
              "onder de hieronder beschreven voorwaarden. Dit aanbod is geldig tot en met 1 juli 2025. "
              "Aanvaardt u het door de bijgevoegde brief ondertekend aan ons terug te zenden, dan "
              "vormen deze brief en uw aanvaarding samen de samenwerkingsovereenkomst als bedoeld in "
              "artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Waar hieronder \"wij\" staat, bedoelen "
              "wij na aanvaarding het ROC en de school samen, tenzij uit de tekst anders blijkt."),

        ("h2", "1. Om welke route het gaat"),
        ("p", "De route begint in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel "
              "Dienstverlening en producten, van de school, en leidt tot het diploma van de "
              "vakopleiding Handhaver toezicht en veiligheid, niveau 3 (BOL), opleidingsdomein "
              "Veiligheid en sport, die het ROC verzorgt op de Veiligheidsacademie Appingedam. De "
              "leerling doet in het tweede leerjaar van de route zijn vmbo-examen en is vanaf het "
              "derde leerjaar student van het ROC. De route duurt vijf jaar; wij nemen per jaar ten "
              "hoogste 18 leerlingen op."),

        ("h2", "2. Wie uit de praktijk meedoen"),
        ("p", "Het team Toezicht en handhaving van de gemeente Eemsdelta, Noordster Security B.V. en "
              "Eemshaven Beveiliging B.V. hebben ons schriftelijk toegezegd dat zij: (i) in leerjaar 1 "
              "en 2 iedere periode een meeloopdag voor de leerlingen organiseren; (ii) vanaf leerjaar 3 "
              "samen ten minste twaalf stageplaatsen per jaar bieden, bij erkende leerbedrijven; "
              "(iii) een ervaren boa of beveiliger als rollenspeler en medebeoordelaar leveren bij de "
              "praktijkexamens; en (iv) eenmaal per jaar, in april, met het Routeteam het programma "
              "doorlopen en aangeven wat er in het werkveld verandert."),

        ("h2", "3. Het Routeteam"),
        ("p", "De route wordt aangestuurd door een Routeteam van vier personen: van de kant van de "
              "school de afdelingsleider bovenbouw en een docent Dienstverlening en producten, van "
              "de kant van het ROC de teamleider van de Veiligheidsacademie en een docent "
              "handhaving. Elk bestuur wijst zijn eigen twee leden schriftelijk aan en kan hen "
              "schriftelijk vervangen. Het ROC wijst hierbij aan: mevrouw J. Hovinga, teamleider "
              "Veiligheidsacademie, en de heer E. Zijlstra, docent handhaving. Wij verzoeken u in uw "
              "aanvaarding de twee leden van de school aan te wijzen. De teamleider van het ROC zit "
              "de vergaderingen voor."),
        ("p", "Het Routeteam mag namens beide besturen: (i) het jaarrooster en de verdeling van de "
              "lessen over de twee locaties bepalen; (ii) leerlingen tot de route toelaten; (iii) het "
              "gezamenlijke PTA/OER opstellen, dat daarna door beide besturen wordt vastgesteld; "
              "(iv) docenten van beide organisaties voor de route inroosteren; en (v) beslissen over "
              "het vervolg van een leerling als bedoeld in punt 6. Over het aantal plaatsen, de "
              "begroting en het beëindigen van de route beslissen de besturen zelf."),

        ("h2", "4. Hoe het Routeteam ons beiden bijpraat"),
        ("p", "Het Routeteam stuurt beide besturen in januari en in juli een schriftelijk "
              "tussenbericht over de instroom, de voortgang van de leerlingen en de stageplaatsen. In "
              "september presenteert het Routeteam in een gezamenlijk bestuursoverleg de cijfers van "
              "het afgelopen schooljaar (instroom, uitval, geslaagden, besteding van de bijdrage uit "
              "punt 7) en licht het zijn keuzes toe; de besturen stellen het verslag daarvan vast en "
              "kunnen het Routeteam opdragen zaken anders te doen."),

        ("h2", "5. Lessen, docenten en ruimtes"),
        ("p", "Leerjaar 1 en 2 worden gegeven op het Eemsdelta College te Delfzijl, met elke "
              "donderdag lessen op de Veiligheidsacademie; leerjaar 3 tot en met 5 op de "
              "Veiligheidsacademie Appingedam. Het programma en de examinering per leerjaar worden "
              "vastgelegd in het gezamenlijke PTA/OER. Twee docenten handhaving van het ROC geven in "
              "leerjaar 1 en 2 samen vijf uur per week les op de school; de docent lichamelijke "
              "opvoeding van de school verzorgt in leerjaar 3 de lessen fysieke weerbaarheid op de "
              "Veiligheidsacademie. De docenten vormen één team en blijven in dienst van hun eigen "
              "werkgever. De leerlingen maken vanaf leerjaar 1 gebruik van de oefenstraat met "
              "meldkamer en de dojo van de Veiligheidsacademie; het ROC gebruikt in leerjaar 3 de "
              "gymzaal en het EHBO-lokaal van de school. Bodycams, portofoons en oefenmateriaal "
              "worden door het ROC geleverd en blijven zijn eigendom."),

        ("h2", "6. Als een leerling de route verlaat"),
        ("p", "Stopt een leerling met de route voordat hij die heeft afgerond, dan zorgen wij er samen "
              "voor dat hij toch een diploma kan halen dat past bij wat hij al kan en bij zijn "
              "leeftijd: (i) vóór het vmbo-examen kan hij verder in de reguliere kaderberoepsgerichte "
              "of basisberoepsgerichte leerweg van de school; (ii) na het vmbo-diploma kan hij zonder "
              "nieuwe toelatingseisen verder in een andere opleiding van het ROC, bijvoorbeeld "
              "Beveiliger (niveau 2) of Medewerker evenementenbeveiliging, of in een opleiding in "
              "een andere richting op niveau 3; (iii) heeft hij aan het eind van leerjaar 3 zijn "
              "vmbo-diploma nog niet, dan mag hij zijn mbo-opleiding vervolgen of overstappen naar "
              "een andere ROC-opleiding van hetzelfde niveau, terwijl de school hem in staat stelt het "
              "vmbo-examen alsnog te halen. De mentor van de school en de loopbaancoach van het ROC "
              "bespreken de mogelijkheden met de leerling en zijn ouders of verzorgers; binnen vier "
              "weken na dat gesprek beslist het Routeteam namens ons beiden welke weg wordt gevolgd "
              "en bevestigt dat schriftelijk aan leerling en ouders."),

        ("h2", "7. Geld"),
        ("p", "Het ROC betaalt de school, met toepassing van artikel 9.1.15 WEB, per student die op "
              "1 oktober in leerjaar 3 van de route staat ingeschreven en bij de school nog "
              "vmbo-onderdelen volgt, een bedrag van € 600. Dit bedrag is bestemd voor de uren van de "
              "docenten Nederlands en Engels van de school die deze studenten begeleiden en voor de "
              "afname van hun vmbo-examen. Betaling vindt plaats vóór 15 december. Verder gaat er "
              "tussen ons geen geld over; ieder draagt zijn eigen kosten."),

        ("h2", "8. Als wij het niet eens worden"),
        ("p", "Verschillen van mening over de uitvoering van deze afspraken bespreekt eerst het "
              "Routeteam. Lost dat het niet binnen een maand op, dan overleggen wij als bestuurders. "
              "Komen ook wij er binnen zes weken niet uit, dan vragen wij samen een bindend advies "
              "aan een onafhankelijke deskundige die wij in gezamenlijk overleg aanwijzen, of, als "
              "wij het daarover niet eens worden, die door de voorzitter van de MBO Raad en de VO-raad "
              "gezamenlijk wordt voorgedragen. Aan dat advies houden wij ons beiden."),

        ("h2", "9. Duur, nieuwe partners, wijzigen en stoppen"),
        ("p", "Deze afspraken gelden voor onbepaalde tijd vanaf 1 augustus 2025. Een andere "
              "vmbo-school of mbo-instelling kan meedoen als wij beiden daarmee schriftelijk "
              "instemmen, de nieuwe partner deze afspraken ondertekent en de deelname begint bij de "
              "start van een schooljaar; wij passen dan samen de melding bij DUO aan. Wijzigen kan "
              "alleen schriftelijk, met handtekening van beide besturen, en niet ten nadele van "
              "leerlingen die al in de route zitten. Elk bestuur kan de samenwerking per 1 augustus "
              "opzeggen, met een termijn van ten minste twaalf maanden; daarna nemen wij geen nieuwe "
              "leerlingen meer op, en leerlingen die al zijn begonnen, maken de route bij ons af onder "
              "deze afspraken."),
        ("p", "Wij zien uw reactie met belangstelling tegemoet."),
        ("p", "Met vriendelijke groet, namens het college van bestuur van de Stichting ROC Hunzeland,"),
        ("p", "drs. A.J. Mulder, voorzitter college van bestuur"),
        ("p", "Bijlage: aanvaardingsbrief (in te vullen en te ondertekenen)"),
        ("pb",),

        ("p", "BRIEF 2 - AANVAARDING"),
        ("p", "Stichting Openbaar Voortgezet Onderwijs Eemsdelta, Molenstraat 40, 9902 AK Appingedam"),
        ("p", "Aan: het college van bestuur van de Stichting ROC Hunzeland, t.a.v. drs. A.J. Mulder, "
              "Postbus 3120, 9701 DC Groningen"),
        ("p", "Appingedam, 19 juni 2025. Uw kenmerk: CvB/2025/118. Betreft: aanvaarding aanbod "
              "samenwerking doorlopende leerroute Handhaver toezicht en veiligheid"),
        ("p", "Geachte mevrouw Mulder, beste Anneke,"),
        ("p", "Hierbij aanvaardt de Stichting Openbaar Voortgezet Onderwijs Eemsdelta, als bevoegd "
              "gezag van het Eemsdelta College, zonder voorbehoud uw aanbod van 2 juni 2025 met "
              "kenmerk CvB/2025/118. Wij bevestigen dat uw brief en deze brief samen de "
              "samenwerkingsovereenkomst tussen onze stichtingen vormen."),
        ("p", "Overeenkomstig punt 3 van uw brief wijzen wij als leden van het Routeteam aan: de heer "
              "P. Dijkhuis, afdelingsleider bovenbouw van het Eemsdelta College, en mevrouw "
              "S. Kuipers, docent Dienstverlening en producten."),
        ("p", "Wij zullen de route, samen met het ROC, vóór 1 oktober 2025 bij DUO melden."),
        ("p", "Met vriendelijke groet,"),
        ("p", "drs. W. Wiersma, bestuurder Stichting Openbaar Voortgezet Onderwijs Eemsdelta"),
    ]


# =============================================================================================
# 145  Many cross-references + one annex "Overstapregeling", PDF, Haaglanden, techniek (PIE)
# =============================================================================================

@sample(145, "kruisverwijzingen_bijlage_overstapregeling_installatie_haaglanden", "pdf",
        S("p p p p p p p p p p"),
        {"a": "Artikel 3 De Route",
         "b": "Artikel 8 Inbreng van installatiebedrijven",
         "c": "Artikel 4 Regiegroep",
         "d": "Artikel 5 Jaarstukken en voortgangsgesprekken",
         "e": "Artikel 6 Uitvoering",
         "f": "Artikel 7 Voortijdige beëindiging van de deelname",
         "g": "Artikel 9 Kosten",
         "h": "Artikel 10 Betrokkenheid van de raden",
         "i": "Artikel 11 Escalatie en arbitrage",
         "j": "Artikel 12 Looptijd, bijtreding, aanpassing en einde"},
        "Lawyerly 'Artikel N' with leden N.M and dense cross-references ('als bedoeld in artikel 4.1 "
        "onder (ii)', 'onverminderd artikel 12.5') plus one annex 'Overstapregeling' (a scenario "
        "table); PDF in Times; Haaglanden, PIE kb -> Eerste monteur elektrotechnische installaties 3. "
        "Fully compliant: article 7 itself holds the kaders (options, Trajectcommissie with pupil and "
        "ouders, six weeks), the annex the scenarios; explicit no transfer of rijksbijdrage; "
        "NAI-arbitrage.",
        header="SOK DLR Installatietechniek Haaglanden | VCL-ROCH/2025-07 | definitief",
        font="Times-Roman")
def s145():
    return [
        ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE INSTALLATIETECHNIEK HAAGLANDEN"),
        ("sub", "kenmerk VCL-ROCH/2025-07"),
        ("p", "DE ONDERGETEKENDEN:"),
        ("li", "1. Stichting voor Voortgezet Onderwijs Haaglanden-West, gevestigd te 's-Gravenhage, "
               "bevoegd gezag van het Vakcollege Loosduinen, te dezen vertegenwoordigd door haar "
               "voorzitter van het college van bestuur, de heer drs. F.W. Ramdin, hierna: \"de "
               "School\";"),
        ("li", "2. Stichting ROC Hofland, gevestigd te Delft, te dezen vertegenwoordigd door de "
               "voorzitter van haar college van bestuur, mevrouw ir. E.C. Brandsma-de Vries, hierna: "
               "\"het ROC\";"),
        ("p", "hierna gezamenlijk: \"Partijen\", en ieder voor zich: \"Partij\";"),
        ("p", "NEMEN IN AANMERKING dat Partijen een doorlopende leerroute vmbo-mbo wensen te verzorgen "
              "en daarvoor de samenwerking wensen vast te leggen als hierna bepaald;"),
        ("p", "EN KOMEN OVEREEN ALS VOLGT:"),

        ("h2", "Artikel 1 Definities"),
        ("p", "1.1 In deze overeenkomst wordt, tenzij uit de context anders blijkt, verstaan onder: "
              "(a) Route: de doorlopende leerroute als omschreven in artikel 3.1; (b) Leerling: "
              "degene die aan de Route deelneemt, ook na zijn inschrijving bij het ROC als bedoeld in "
              "artikel 3.3; (c) Bevoegde Gezagen: het college van bestuur van de School en het "
              "college van bestuur van het ROC; (d) Regiegroep: het orgaan bedoeld in artikel 4; "
              "(e) Trajectcommissie: de commissie bedoeld in artikel 4.6; (f) Overstapregeling: "
              "Bijlage 1 bij deze overeenkomst; (g) Schooljaar: de periode van 1 augustus tot en met "
              "31 juli; (h) Locaties: de locaties bedoeld in artikel 6.1."),
        ("p", "1.2 Verwijzingen naar artikelen en leden zijn verwijzingen naar artikelen en leden van "
              "deze overeenkomst, tenzij anders vermeld."),

        ("h2", "Artikel 2 Strekking en rangorde"),
        ("p", "2.1 Partijen verzorgen de Route gezamenlijk op grond van artikel 2.107b WVO 2020 en "
              "artikel 9.1.3 WEB en melden haar gezamenlijk aan DUO. 2.2 De Overstapregeling maakt "
              "deel uit van deze overeenkomst. Bij strijdigheid tussen de Overstapregeling en "
              "artikel 7 prevaleert artikel 7, onverminderd artikel 12.5."),

        ("h2", "Artikel 3 De Route"),
        ("p", "3.1 De Route vangt aan in het derde leerjaar van de kaderberoepsgerichte leerweg van "
              "de School in het profiel Produceren, installeren en energie en leidt tot het diploma "
              "van de vakopleiding Eerste monteur elektrotechnische installaties, niveau 3, "
              "opleidingsdomein Installatie- en energietechniek, van het ROC. 3.2 De Route omvat vijf "
              "leerjaren; het vmbo-examen wordt afgelegd in het tweede leerjaar van de Route, met "
              "dien verstande dat het eerste mbo-examenonderdeel al in dat leerjaar kan worden "
              "afgenomen. 3.3 Vanaf het derde leerjaar is de Leerling ingeschreven bij het ROC, in "
              "de beroepsopleidende leerweg; het vijfde leerjaar kan in de beroepsbegeleidende "
              "leerweg worden gevolgd indien een leerbedrijf als bedoeld in artikel 8.1 onder (i) "
              "daartoe een arbeidsovereenkomst aanbiedt. 3.4 Per Schooljaar stromen ten hoogste 32 "
              "Leerlingen in; over toelating beslist de Regiegroep als bedoeld in artikel 4.3 onder "
              "(iii)."),

        ("h2", "Artikel 4 Regiegroep"),
        ("p", "4.1 De Route staat onder aansturing van de Regiegroep, die bestaat uit: (i) de "
              "afdelingsleider bovenbouw techniek van de School; (ii) de opleidingsmanager "
              "Elektrotechniek van het ROC; (iii) een docent van de School die in de Route lesgeeft; "
              "en (iv) een loopbaanbegeleider van het ROC die in de Route werkzaam is."),
        ("p", "4.2 Het lid bedoeld in artikel 4.1 onder (i) en (iii) wordt aangewezen door het "
              "college van bestuur van de School, het lid bedoeld onder (ii) en (iv) door het "
              "college van bestuur van het ROC, telkens voor de duur van drie Schooljaren, met "
              "mogelijkheid van herbenoeming. Het Bevoegd Gezag dat een lid heeft aangewezen, kan "
              "dat lid tussentijds ontslaan en voorziet binnen zes weken in de vacature."),
        ("p", "4.3 De Bevoegde Gezagen laten het volgende aan de Regiegroep over, met dien verstande "
              "dat zij daarbij blijft binnen de door hen jaarlijks vóór 1 juni vastgestelde begroting: (i) het "
              "vaststellen van het rooster en de verdeling van het onderwijs over de Locaties; "
              "(ii) het inroosteren van personeel als bedoeld in artikel 6.2; (iii) het toelaten van "
              "Leerlingen als bedoeld in artikel 3.4; (iv) het voorbereiden van het PTA/OER als "
              "bedoeld in artikel 6.5; (v) het onderhouden van de contacten met de bedrijven als "
              "bedoeld in artikel 8; en (vi) het doen van voorstellen tot wijziging van de "
              "Overstapregeling als bedoeld in artikel 12.3."),
        ("p", "4.4 Voor zover een besluit van de Regiegroep (i) de begroting bedoeld in artikel 4.3 "
              "overschrijdt, (ii) het aantal instroomplaatsen bedoeld in artikel 3.4 wijzigt, of "
              "(iii) gevolgen heeft voor de rechtspositie van personeel, is het onderworpen aan de "
              "voorafgaande goedkeuring van beide Bevoegde Gezagen."),
        ("p", "4.5 De Regiegroep besluit bij meerderheid van stemmen, met dien verstande dat de "
              "leden bedoeld in artikel 4.1 onder (i) en (ii) beiden met het besluit moeten hebben "
              "ingestemd. Het voorzitterschap wisselt ieder Schooljaar tussen die twee leden."),
        ("p", "4.6 De leden bedoeld in artikel 4.1 onder (ii) en (iii) vormen samen de "
              "Trajectcommissie, die namens beide Partijen de beslissingen neemt bedoeld in "
              "artikel 7.3."),

        ("h2", "Artikel 5 Jaarstukken en voortgangsgesprekken"),
        ("p", "5.1 De Regiegroep brengt vóór 1 december van ieder jaar aan elk van de Bevoegde "
              "Gezagen een jaarverslag uit over het voorafgaande Schooljaar, dat ten minste bevat: "
              "(i) de uitvoering van de bevoegdheden bedoeld in artikel 4.3; (ii) de gegevens bedoeld "
              "in artikel 7.5; (iii) de examenresultaten per leerjaar; en (iv) de bezetting van de "
              "leerwerkplaatsen bedoeld in artikel 8.1 onder (i). Het jaarverslag wordt door beide "
              "Bevoegde Gezagen vastgesteld, waarmee de Regiegroep voor het betrokken Schooljaar "
              "is gedechargeerd."),
        ("p", "5.2 Onverminderd artikel 5.1 voert de voorzitter van de Regiegroep ten minste eenmaal "
              "per kwartaal een voortgangsgesprek met de leden van de Bevoegde Gezagen die de Route in "
              "portefeuille hebben. 5.3 Ieder Bevoegd Gezag kan te allen tijde schriftelijk om "
              "gegevens over de Route verzoeken; de Regiegroep verstrekt die binnen tien "
              "werkdagen."),

        ("h2", "Artikel 6 Uitvoering"),
        ("p", "6.1 Het onderwijs in het eerste en tweede leerjaar wordt verzorgd in het gebouw van "
              "het Vakcollege Loosduinen, met dien verstande dat de Leerlingen één dag per week "
              "praktijkonderwijs volgen op de ROC-locatie Ypenburg; vanaf het derde leerjaar op de "
              "ROC-locatie Ypenburg en bij de leerbedrijven bedoeld in artikel 8.1 (de Locaties)."),
        ("p", "6.2 Twee docenten elektrotechniek van het ROC verzorgen in het eerste en tweede "
              "leerjaar samen zes lesuren per week bij de School; de docent wiskunde van de School "
              "verzorgt in het derde leerjaar twee lesuren per week rekenen en wiskunde op de "
              "ROC-locatie Ypenburg ten behoeve van Leerlingen als bedoeld in artikel 3.2 die hun "
              "vmbo-examen nog afronden. Het personeel blijft in dienst van de Partij die het heeft "
              "aangesteld; de Regiegroep roostert het in overeenkomstig artikel 4.3 onder (ii)."),
        ("p", "6.3 De docenten van beide Partijen vormen één team. Het vakoverstijgende onderdeel "
              "Duurzame energie in de woning wordt verzorgd met toepassing van artikel 7.13a WVO 2020 "
              "en artikel 9.1.12 WEB; in het PTA/OER bedoeld in artikel 6.5 wordt aangegeven welke "
              "docent voor welk deel verantwoordelijk is."),
        ("p", "6.4 Het ROC stelt zijn elektrotechnisch practicum (installatiewanden, meetopstellingen "
              "en schakelkasten) en zijn gereedschapsuitgifte ter beschikking aan de Leerlingen in "
              "het eerste en tweede leerjaar; de School stelt haar Energielab (met zonnepaneel- en "
              "warmtepompopstelling) op woensdag ter beschikking aan het ROC. Persoonlijke "
              "beschermingsmiddelen worden verstrekt door de Partij waar de Leerling is "
              "ingeschreven."),
        ("p", "6.5 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar "
              "worden beschreven in het gezamenlijke PTA/OER, dat de Regiegroep voorbereidt "
              "(artikel 4.3 onder (iv)) en de Bevoegde Gezagen jaarlijks vóór 1 juli vaststellen. "
              "6.6 Een klacht over personeel van de ene Partij, ingediend bij de andere Partij, "
              "wordt behandeld met overeenkomstige toepassing van artikel 2.107f lid 3 WVO 2020 en "
              "artikel 9.1.7 lid 3 WEB."),

        ("h2", "Artikel 7 Voortijdige beëindiging van de deelname"),
        ("p", "7.1 Eindigt de deelname van een Leerling aan de Route voordat hij deze met succes "
              "heeft afgerond, dan stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma "
              "te behalen dat aansluit bij het door hem bereikte onderwijsniveau en bij zijn "
              "leeftijd, door hem ten minste één van de wegen bedoeld in artikel 7.2 aan te "
              "bieden."),
        ("p", "7.2 Partijen bieden, al naar gelang het moment van vertrek: (i) in het eerste of "
              "tweede leerjaar: voortzetting in de reguliere kaderberoepsgerichte of "
              "basisberoepsgerichte leerweg van de School, gericht op het vmbo-diploma; (ii) vanaf "
              "het derde leerjaar: een andere opleiding van het ROC op niveau 2 of 3, in of buiten "
              "het opleidingsdomein bedoeld in artikel 3.1, zonder toepassing van "
              "vooropleidingseisen; (iii) indien het vmbo-diploma aan het einde van het derde "
              "leerjaar niet is behaald: voortzetting van de mbo-opleiding of instroom in een andere "
              "opleiding van vergelijkbaar niveau, met de gelegenheid het vmbo-examen alsnog bij de "
              "School af te leggen; (iv) bij verhuizing of een andere beroepswens: begeleiding naar "
              "een opleiding elders, waarbij het ROC gegevens aanlevert voor het "
              "toelatingsonderzoek van de ontvangende instelling."),
        ("p", "7.3 Welke weg bedoeld in artikel 7.2 wordt gevolgd, beslist de Trajectcommissie "
              "bedoeld in artikel 4.6 namens beide Partijen, nadat zij de Leerling en, zo hij "
              "minderjarig is, zijn ouders of verzorgers heeft gehoord, en uiterlijk zes weken na "
              "de melding dat de deelname eindigt. 7.4 De Overstapregeling werkt de scenario's "
              "bedoeld in artikel 7.2 nader uit; zij wordt jaarlijks in de schoolgids van de School en "
              "de studiegids van het ROC opgenomen. 7.5 De Trajectcommissie houdt bij hoeveel "
              "Leerlingen welke weg hebben gevolgd, ten behoeve van het jaarverslag bedoeld in "
              "artikel 5.1."),

        ("h2", "Artikel 8 Inbreng van installatiebedrijven"),
        ("p", "8.1 Partijen hebben met Van Leeuwen Elektrotechniek B.V., Hoogendoorn "
              "Installatiegroep B.V. en het opleidingsbedrijf Installatiewerk Haaglanden vastgelegd "
              "dat deze: (i) vanaf het derde leerjaar leerwerkplaatsen en, in het vijfde leerjaar, "
              "BBL-arbeidsovereenkomsten aanbieden, als door SBB erkende leerbedrijven; (ii) in het "
              "eerste en tweede leerjaar twee praktijkopdrachten per jaar aanleveren en begeleiden; "
              "en (iii) ieder een praktijkbeoordelaar leveren voor de proeven van bekwaamheid. "
              "8.2 Een vertegenwoordiger van ieder van die bedrijven en van de regioafdeling van "
              "Techniek Nederland neemt zitting in de Adviesraad Installatietechniek, die tweemaal "
              "per Schooljaar de Regiegroep adviseert over de inhoud van het PTA/OER bedoeld in "
              "artikel 6.5 en de keuzedelen."),

        ("h2", "Artikel 9 Kosten"),
        ("p", "9.1 Geen van Partijen draagt enig deel van de haar toegekende rijksbijdrage aan de "
              "andere Partij af; evenmin worden vergoedingen voor de inzet bedoeld in artikel 6.2 "
              "en 6.4 in rekening gebracht. 9.2 Iedere Partij draagt de kosten van het personeel dat "
              "bij haar in dienst is en van de voorzieningen waarvan zij eigenaar is, ook voor zover "
              "die ten behoeve van de Route door de andere Partij worden gebruikt."),

        ("h2", "Artikel 10 Betrokkenheid van de raden"),
        ("p", "10.1 Een voorstel tot wijziging van de Overstapregeling als bedoeld in artikel 12.3 "
              "wordt, alvorens de Bevoegde Gezagen daarover besluiten, voor advies voorgelegd aan de "
              "medezeggenschapsraad van de School en aan de studentenraad van het ROC. 10.2 Leerlingen "
              "in het eerste en tweede leerjaar kunnen, hoewel nog bij de School ingeschreven, "
              "deelnemen aan het Studentenpanel Installatietechniek van het ROC, dat de studentenraad "
              "van het ROC over de Route raadpleegt; het ROC draagt zorg voor hun uitnodiging."),

        ("h2", "Artikel 11 Escalatie en arbitrage"),
        ("p", "11.1 Rijst tussen Partijen verschil over de uitlegging of uitvoering van deze "
              "overeenkomst, dan wordt dit eerst in de Regiegroep besproken. 11.2 Wordt binnen vier "
              "weken geen overeenstemming bereikt, dan wordt het verschil voorgelegd aan de "
              "portefeuillehouders bedoeld in artikel 5.2, die binnen zes weken trachten tot een "
              "oplossing te komen. 11.3 Slaagt dat niet, dan wordt het geschil beslecht door "
              "arbitrage overeenkomstig het Arbitragereglement van het Nederlands Arbitrage "
              "Instituut, door één arbiter, met Den Haag als plaats van arbitrage; de arbiter beslist "
              "naar de regelen des rechts."),

        ("h2", "Artikel 12 Looptijd, bijtreding, aanpassing en einde"),
        ("p", "12.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
              "onbepaalde tijd."),
        ("p", "12.2 Een andere school voor voortgezet onderwijs of instelling voor "
              "beroepsonderwijs kan tot deze overeenkomst bijtreden met schriftelijke instemming "
              "van beide Bevoegde Gezagen, door ondertekening van een akte van bijtreding waarin zij "
              "alle rechten en verplichtingen uit deze overeenkomst aanvaardt en waarin de Locaties "
              "bedoeld in artikel 6.1 en de samenstelling bedoeld in artikel 4.1 worden aangevuld; "
              "bijtreding gaat in bij het begin van een Schooljaar."),
        ("p", "12.3 Deze overeenkomst, met inbegrip van de Overstapregeling, kan slechts worden "
              "aangevuld of aangepast bij schriftelijke overeenkomst tussen de Bevoegde Gezagen, met "
              "inachtneming van artikel 10.1 voor zover het de Overstapregeling betreft."),
        ("p", "12.4 Iedere Partij kan deze overeenkomst opzeggen bij aangetekende brief, tegen het "
              "einde van een Schooljaar en met inachtneming van een opzegtermijn van ten minste "
              "twaalf maanden. Ontbinding op grond van artikel 6:265 BW is slechts mogelijk na "
              "ingebrekestelling met een hersteltermijn van ten minste drie maanden."),
        ("p", "12.5 In geval van opzegging of ontbinding (i) worden geen nieuwe Leerlingen meer "
              "toegelaten, (ii) blijft deze overeenkomst van kracht ten aanzien van Leerlingen die "
              "op dat moment aan de Route deelnemen, totdat zij deze hebben afgerond, en (iii) is, "
              "indien afronding redelijkerwijs niet mogelijk blijkt, artikel 7 op hen van "
              "toepassing. Een aanpassing als bedoeld in artikel 12.3 werkt niet ten nadele van "
              "Leerlingen in het lopende Schooljaar."),

        ("h2", "Artikel 13 Slotbepaling"),
        ("p", "Op deze overeenkomst is Nederlands recht van toepassing. Aldus in tweevoud opgemaakt "
              "en ondertekend te 's-Gravenhage op 20 juni 2025."),
        ("sig", ["Stichting voor Voortgezet Onderwijs Haaglanden-West", "", "drs. F.W. Ramdin",
                 "voorzitter college van bestuur"],
         ["Stichting ROC Hofland", "", "ir. E.C. Brandsma-de Vries",
          "voorzitter college van bestuur"]),
        ("pb",),
        ("h1", "BIJLAGE 1 OVERSTAPREGELING"),
        ("p", "behorend bij de samenwerkingsovereenkomst met kenmerk VCL-ROCH/2025-07, als bedoeld in "
              "artikel 7.4. De tabel werkt de wegen uit artikel 7.2 uit; de beslissing wordt steeds "
              "genomen door de Trajectcommissie (artikel 7.3)."),
        ("table", [["Moment of reden", "Weg die wordt geboden", "Aandachtspunten"],
                   ["Vertrek in leerjaar 1",
                    "Regulier PIE kader of basis, of ander profiel van de School (artikel 7.2 (i))",
                    "Behaalde onderdelen tellen mee in het PTA; mentor blijft dezelfde"],
                   ["Vertrek in leerjaar 2, voor het vmbo-examen",
                    "Afronden vmbo-examen regulier kader; daarna vrije keuze mbo",
                    "Het mbo-examenonderdeel dat al is behaald, wordt door het ROC erkend"],
                   ["Niveau 3 blijkt te hoog (leerjaar 3-5)",
                    "Monteur elektrotechnische installaties, niveau 2, bij het ROC "
                    "(artikel 7.2 (ii))",
                    "Geen nieuwe intake; vrijstellingen voor behaalde onderdelen"],
                   ["Andere richting binnen techniek (leerjaar 3-5)",
                    "Bijvoorbeeld Monteur werktuigkundige installaties 3 of Technicus "
                    "mechatronica 4, bij het ROC",
                    "Geen vooropleidingseisen; loopbaanbegeleider stelt vervolgplan op"],
                   ["vmbo-diploma niet behaald eind leerjaar 3",
                    "Doorgaan in de mbo-opleiding of een opleiding van vergelijkbaar niveau, met "
                    "herexamen bij de School (artikel 7.2 (iii))",
                    "School blijft verantwoordelijk voor het vmbo-examen"],
                   ["Verhuizing of opleiding elders",
                    "Opleiding bij een andere instelling (artikel 7.2 (iv))",
                    "ROC levert gegevens voor het toelatingsonderzoek; warme overdracht"]],
         [45, 68, 55]),
    ]


# =============================================================================================
# 146  Very short, Markdown, Zaanstreek, economie (defects: d weak, j weak)
# =============================================================================================

@sample(146, "zeer_kort_verkoop_zaanstreek", "md",
        S("p p p w p p p na p w"),
        {"a": "1. Route",
         "b": "2. Winkels en bedrijven",
         "c": "3. Coördinatie",
         "e": "4. Lessen, docenten en lokalen",
         "f": "5. Stoppen met de route",
         "g": "6. Geld",
         "i": "7. Onenigheid"},
        "Very short (one page) Markdown agreement with numbered topic headings; Zaanstreek, Economie "
        "en ondernemen bb -> Verkoopmedewerker 2. Two subtle defects: the coordinators only 'houden "
        "hun bestuurders op de hoogte' (no form, no frequency: d weak) and opzegging at three months "
        "with no protection of running pupils (j weak). Explicitly no money moves; nothing on "
        "medezeggenschap.",
        title="Samenwerkingsovereenkomst DLR Verkoop Zaanstreek")
def s146():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Verkoop (Zaanstreek)"),
        ("p", "Stichting VO Zaanoevers, bevoegd gezag van het Zaanoever College (vmbo) te "
              "Wormerveer, en Stichting ROC Zaan-IJ te Zaandam, beide vertegenwoordigd door hun "
              "bestuurder, spreken het volgende af."),
        ("h1", "1. Route"),
        ("p", "Profiel Economie en ondernemen, basisberoepsgerichte leerweg, Zaanoever College, naar "
              "de basisberoepsopleiding Verkoopmedewerker, niveau 2 (BOL), opleidingsdomein Handel, "
              "ROC Zaan-IJ locatie Zaandam. Vmbo-examen in leerjaar 2 van de route; daarna "
              "inschrijving bij het ROC. Maximaal 20 leerlingen per jaar."),
        ("h1", "2. Winkels en bedrijven"),
        ("p", "Supermarkt Zaanplein, Bouwmarkt De Zaan B.V. en de Winkeliersvereniging Rosmolenwijk "
              "bieden stageplaatsen vanaf leerjaar 1 (snuffelstage) en leerjaar 3 (bpv), verzorgen "
              "per jaar twee gastlessen en beoordelen mee bij het praktijkexamen."),
        ("h1", "3. Coördinatie"),
        ("p", "Er zijn twee routecoördinatoren, één van elke partij, aangewezen door de eigen "
              "bestuurder. Zij regelen samen rooster, toelating, stageplaatsen en het vervolg van "
              "leerlingen (punt 5). Over geld, het aantal plaatsen en het PTA/OER beslissen de "
              "bestuurders. De routecoördinatoren houden hun bestuurders op de hoogte van hoe het "
              "met de route gaat."),
        ("h1", "4. Lessen, docenten en lokalen"),
        ("p", "Leerjaar 1-2 op het Zaanoever College, leerjaar 3 en 4 op het ROC. Een docent retail van "
              "het ROC geeft in leerjaar 1-2 drie uur per week les op het Zaanoever College; de "
              "docenten van beide scholen vormen één team. Leerlingen oefenen vanaf leerjaar 1 in "
              "de oefenwinkel van het ROC; het ROC gebruikt het kassalokaal van het Zaanoever "
              "College. Programma en examens per leerjaar staan in het gezamenlijke PTA/OER."),
        ("h1", "5. Stoppen met de route"),
        ("p", "Wie vóór het vmbo-examen stopt, maakt het vmbo af in de reguliere basis- of "
              "kaderberoepsgerichte leerweg. Wie daarna stopt, kan zonder extra eisen naar een "
              "andere niveau 2-opleiding van het ROC (bijvoorbeeld Logistiek medewerker). De twee "
              "coördinatoren beslissen samen, na een gesprek met de leerling en ouders, binnen vier "
              "weken, op basis van wat de leerling al heeft gehaald en zijn leeftijd."),
        ("h1", "6. Geld"),
        ("p", "Er gaat geen geld of bekostiging tussen de partijen over; ieder betaalt zijn eigen "
              "docenten en lokalen."),
        ("h1", "7. Onenigheid"),
        ("p", "Eerst de coördinatoren, dan de bestuurders. Komen die er binnen een maand niet uit, "
              "dan schakelen zij samen een mediator in; daarna beslist de rechtbank Noord-Holland."),
        ("h1", "8. Duur en einde"),
        ("p", "Ingang 1 augustus 2025, voor onbepaalde tijd. Een andere school of mbo-instelling kan "
              "aansluiten als beide bestuurders dat schriftelijk goedkeuren. Wijzigen kan alleen "
              "schriftelijk, getekend door beide bestuurders. Elke partij kan schriftelijk opzeggen "
              "met een termijn van drie maanden."),
        ("p", "Zaandam, 27 juni 2025"),
        ("sig", ["Stichting VO Zaanoevers", "M. Kok, bestuurder"],
         ["Stichting ROC Zaan-IJ", "drs. H. Ouwehand, bestuurder"]),
    ]


# =============================================================================================
# 147  Long agreement (chapters, many articles, two annexes), PDF, Groene Hart, groen (AOC)
# =============================================================================================

@sample(147, "lang_hoofdstukken_hovenier_groene_hart", "pdf",
        S("p p p p p p p p p p"),
        {"a": "Artikel 2.1 Omschrijving van de Route",
         "b": "Artikel 6.1 Deelnemende bedrijven en hun inbreng",
         "c": "Hoofdstuk 3 Governance",
         "d": "Artikel 4.1 Jaardocument",
         "e": "Hoofdstuk 5 Onderwijs en organisatie",
         "f": "Hoofdstuk 7 Leerlingen die de Route verlaten",
         "g": "Artikel 8.2 Over en weer te betalen bedragen",
         "h": "Artikel 9.1 Gezamenlijke adviescommissie",
         "i": "Artikel 10.1 Trapsgewijze afhandeling",
         "j": "Hoofdstuk 11 Looptijd, nieuwe partners, aanpassing en einde"},
        "Long (eight pages) chapter-and-article agreement with a table of contents, English "
        "governance words (Routebestuur, lead, dashboard, sign-off) and two annexes; PDF; Groene Hart "
        "(Gouda), Groen kb -> Vakbekwaam hovenier 3 with an AOC. Fully compliant with every element in "
        "own words and spread over sub-articles: Routebestuur aangewezen per bestuur, jaardocument "
        "plus kwartaaldashboard, kassen/machineloods, vervolgmogelijkheden with a gezamenlijk "
        "vervolgbesluit, € 1.380 and € 300 per leerling with bestemming, joint adviescommissie of "
        "the raden, mediation then rechtbank Den Haag; aansluiting, aanpassing, einde and "
        "uitloop for running cohorts in separate sub-articles.",
        header="Samenwerkingsovereenkomst DLR Groen - Goudse Waard College / AOC Rijn-Gouwe - "
               "versie 1.0 definitief")
def s147():
    toc = [["Hoofdstuk", "Onderwerp"],
           ["1", "Algemene bepalingen"], ["2", "De Route"], ["3", "Governance"],
           ["4", "Informatie aan de besturen"], ["5", "Onderwijs en organisatie"],
           ["6", "Werkveld"], ["7", "Leerlingen die de Route verlaten"], ["8", "Financiën"],
           ["9", "Raden"], ["10", "Verschillen van inzicht"],
           ["11", "Looptijd, nieuwe partners, aanpassing en einde"], ["12", "Slotbepalingen"],
           ["Bijlage A", "Jaarkalender overleg"], ["Bijlage B", "Overzicht bedragen"]]
    return [
        ("title", "Samenwerkingsovereenkomst Doorlopende Leerroute Groen - Hovenier"),
        ("sub", "tussen Stichting Voortgezet Onderwijs Groene Hart en Stichting Agrarisch "
                "Opleidingscentrum Rijn-Gouwe - versie 1.0 definitief, juni 2025"),
        ("h1", "Inhoud"),
        ("table", toc, [30, 120]),
        ("h1", "Partijen"),
        ("p", "1. Stichting Voortgezet Onderwijs Groene Hart, statutair gevestigd te Gouda, "
              "bevoegd gezag van het Goudse Waard College, vmbo-locatie Bloemendaal, rechtsgeldig "
              "vertegenwoordigd door mevrouw drs. M.J. Terlouw, voorzitter van het college van "
              "bestuur, hierna: \"de School\";"),
        ("p", "2. Stichting Agrarisch Opleidingscentrum Rijn-Gouwe, statutair gevestigd te "
              "Boskoop, rechtsgeldig vertegenwoordigd door de heer ir. D.P. Verkerk, voorzitter van "
              "het college van bestuur, hierna: \"het AOC\";"),
        ("p", "Overwegende dat:"),
        ("li", "a. de School en het AOC sinds 2019 samenwerken in het Groen Pact Rijn-Gouwe en "
               "daarbij goede ervaringen hebben opgedaan met gezamenlijke praktijklessen;"),
        ("li", "b. in de regio een structureel tekort bestaat aan vakbekwame hoveniers en "
               "groenvoorzieners, en de gemeenten in de regio het aandeel klimaatadaptief groen "
               "de komende jaren sterk willen uitbreiden;"),
        ("li", "c. Partijen hun samenwerking met ingang van het schooljaar 2025-2026 willen "
               "omzetten in een doorlopende leerroute vmbo-mbo en daarvoor deze overeenkomst "
               "sluiten;"),
        ("p", "komen overeen als volgt."),

        ("h1", "Hoofdstuk 1 Algemene bepalingen"),
        ("h2", "Artikel 1.1 Begripsbepalingen"),
        ("p", "In deze overeenkomst wordt verstaan onder: (a) de Route: de doorlopende leerroute "
              "omschreven in artikel 2.1; (b) de Leerling: iedere jongere die aan de Route "
              "deelneemt, gedurende de gehele duur daarvan; (c) de vo-fase: de eerste twee "
              "leerjaren van de Route, waarin de Leerling bij de School is ingeschreven; (d) de "
              "mbo-fase: het derde en volgende leerjaar van de Route, waarin de Leerling als "
              "student bij het AOC is ingeschreven; (e) de Besturen: de colleges van bestuur van "
              "de School en het AOC; (f) het Routebestuur: het orgaan bedoeld in artikel 3.2; "
              "(g) het Routeteam: het team bedoeld in artikel 3.5; (h) het Werkveldpanel: het "
              "panel bedoeld in artikel 6.2; (i) het PTA/OER: het gezamenlijke programma van "
              "toetsing en afsluiting en de onderwijs- en examenregeling van de Route; (j) "
              "schooljaar: de periode van 1 augustus tot en met 31 juli."),
        ("h2", "Artikel 1.2 Doel"),
        ("p", "De samenwerking heeft tot doel Leerlingen in een ononderbroken leerroute, zonder "
              "overlap in de lesstof en met een vroege kennismaking met de beroepspraktijk, op te "
              "leiden tot vakbekwaam hovenier, en daarbij iedere Leerling een passend vervolg te "
              "bieden indien de Route voor hem niet blijkt te passen."),
        ("h2", "Artikel 1.3 Rangorde en bijlagen"),
        ("p", "De bijlagen A en B maken deel uit van deze overeenkomst. Bij strijdigheid gaat de "
              "tekst van de artikelen voor. Uitwerkingen in de schoolgids van de School en de "
              "studiegids van het AOC mogen niet ten nadele van de Leerling van deze overeenkomst "
              "afwijken."),

        ("h1", "Hoofdstuk 2 De Route"),
        ("h2", "Artikel 2.1 Omschrijving van de Route"),
        ("p", "1. De Route begint in het derde leerjaar van de kaderberoepsgerichte leerweg van "
              "het Goudse Waard College in het profiel Groen en leidt tot het diploma van de "
              "vakopleiding Vakbekwaam hovenier, niveau 3, opleidingsdomein Voedsel, natuur en "
              "leefomgeving, van het AOC. 2. De Route omvat vijf leerjaren. In het vierde en vijfde "
              "leerjaar kan de Leerling de opleiding in de beroepsbegeleidende leerweg volgen, indien "
              "een leerbedrijf als bedoeld in artikel 6.1 hem een arbeidsovereenkomst aanbiedt. 3. "
              "Per schooljaar stromen ten hoogste 24 Leerlingen in."),
        ("h2", "Artikel 2.2 Examens"),
        ("p", "1. De Leerling legt het centraal examen en het schoolexamen van de "
              "kaderberoepsgerichte leerweg af in het tweede leerjaar van de Route, met dien "
              "verstande dat het vak Engels in het derde leerjaar kan worden afgesloten. 2. De "
              "School blijft verantwoordelijk voor het vmbo-examen en de vmbo-diplomering, ook "
              "voor zover de Leerling al bij het AOC is ingeschreven; het AOC is verantwoordelijk "
              "voor de mbo-examinering en diplomering. 3. Examenonderdelen van het mbo kunnen vanaf "
              "het eerste leerjaar worden afgenomen; de verdeling staat in het PTA/OER."),
        ("h2", "Artikel 2.3 Melding en inschrijving"),
        ("p", "Partijen melden de Route gezamenlijk in RIO vóór 1 oktober 2025. De School schrijft "
              "de Leerling in de vo-fase in; het AOC schrijft hem in met ingang van de mbo-fase. "
              "Partijen wisselen de daarvoor benodigde gegevens uit overeenkomstig artikel 5.9."),

        ("h1", "Hoofdstuk 3 Governance"),
        ("h2", "Artikel 3.1 Uitgangspunt"),
        ("p", "De Besturen blijven ieder verantwoordelijk voor het onderwijs dat zij verzorgen. Zij "
              "beleggen de sturing op de Route als geheel bij het Routebestuur en de dagelijkse "
              "uitvoering bij het Routeteam, met inachtneming van dit hoofdstuk."),
        ("h2", "Artikel 3.2 Het Routebestuur"),
        ("p", "1. Het Routebestuur bestaat uit de directeur van de vmbo-locatie Bloemendaal van de "
              "School en de directeur onderwijs van het AOC. 2. Ieder van de Besturen wijst het lid "
              "van zijn zijde bij schriftelijk besluit aan en wijst bij ontstentenis of "
              "belet een plaatsvervanger aan; de aanwijzing geldt zolang het betrokken Bestuur "
              "haar niet intrekt. Het Routebestuur kiest uit zijn midden een lead, die het "
              "Routebestuur naar buiten vertegenwoordigt. 3. Het Routebestuur besluit bij "
              "unanimiteit."),
        ("h2", "Artikel 3.3 Wat het Routebestuur mag beslissen"),
        ("p", "1. De Besturen laten aan het Routebestuur de beslissingen over betreffende: (i) de "
              "jaarplanning en het lesrooster van de Route; (ii) de toelating van Leerlingen, met "
              "inachtneming van artikel 2.1 derde lid; (iii) de inzet van docenten en instructeurs "
              "als bedoeld in artikel 5.3, binnen de formatie die ieder Bestuur daarvoor beschikbaar "
              "stelt; (iv) het gebruik van de voorzieningen als bedoeld in artikel 5.5; (v) het "
              "vervolgbesluit als bedoeld in artikel 7.3; en (vi) de besteding van de bedragen "
              "bedoeld in artikel 8.2, binnen de jaarbegroting. 2. Het Routebestuur bereidt voor, "
              "maar besluit niet over: het PTA/OER, de jaarbegroting, het aantal instroomplaatsen en "
              "wijzigingen van deze overeenkomst; daarover beslissen de Besturen (sign-off) op "
              "voorstel van het Routebestuur."),
        ("h2", "Artikel 3.4 Werkwijze"),
        ("p", "Het Routebestuur vergadert ten minste zes keer per schooljaar volgens de kalender in "
              "bijlage A. Van iedere vergadering wordt een besluitenlijst gemaakt."),
        ("h2", "Artikel 3.5 Het Routeteam"),
        ("p", "1. Het Routeteam bestaat uit alle docenten en instructeurs die in de Route "
              "lesgeven, onder leiding van een routecoördinator. 2. De routecoördinator wordt door "
              "het Routebestuur aangesteld, na instemming van beide Besturen, voor twee schooljaren. "
              "3. Het Routeteam voert het onderwijs uit, houdt de voortgang van de Leerlingen bij en "
              "signaleert Leerlingen voor wie de Route niet (meer) lijkt te passen."),

        ("h1", "Hoofdstuk 4 Informatie aan de besturen"),
        ("h2", "Artikel 4.1 Jaardocument"),
        ("p", "1. Het Routebestuur stelt jaarlijks een jaardocument op over het afgelopen "
              "schooljaar en legt dit uiterlijk 1 november aan beide Besturen voor. 2. Het "
              "jaardocument bevat ten minste: (i) de instroom, doorstroom, uitstroom en "
              "diplomering, per leerjaar; (ii) de uitkomsten van de vervolgbesluiten als bedoeld in "
              "artikel 7.3; (iii) de besteding van de bedragen bedoeld in artikel 8.2; (iv) de "
              "adviezen van het Werkveldpanel en de adviescommissie bedoeld in artikel 9.1 en wat "
              "daarmee is gedaan; en (v) voorstellen voor het volgende schooljaar. 3. De Besturen "
              "bespreken het jaardocument met het Routebestuur in het bestuurlijk overleg van "
              "november en stellen het daarna vast; daarmee aanvaarden zij het gevoerde beleid."),
        ("h2", "Artikel 4.2 Kwartaaldashboard"),
        ("p", "Het Routebestuur levert beide Besturen ieder kwartaal een dashboard met de actuele "
              "aantallen Leerlingen, het verzuim, de bezetting van bpv-plaatsen en de uitputting van "
              "het budget."),
        ("h2", "Artikel 4.3 Bestuurlijke dialoog"),
        ("p", "Tweemaal per schooljaar, in november en in mei, vindt een bestuurlijk overleg plaats "
              "tussen de Besturen en het Routebestuur. Daarin legt het Routebestuur uit welke keuzes "
              "het heeft gemaakt; de Besturen kunnen het Routebestuur aanwijzingen geven."),
        ("h2", "Artikel 4.4 Bijzondere meldingen"),
        ("p", "Het Routebestuur meldt beide Besturen onverwijld (i) ernstige incidenten met "
              "Leerlingen op de locaties of bij leerbedrijven, (ii) een dreigend tekort aan "
              "bpv-plaatsen van meer dan een kwart en (iii) signalen van de Inspectie van het "
              "Onderwijs die de Route betreffen."),

        ("h1", "Hoofdstuk 5 Onderwijs en organisatie"),
        ("h2", "Artikel 5.1 Locaties"),
        ("p", "De vo-fase wordt verzorgd op de vmbo-locatie Bloemendaal van de School, met twee "
              "dagdelen per week op het praktijkterrein van het AOC te Boskoop. De mbo-fase wordt "
              "verzorgd op het praktijkterrein van het AOC en bij de leerbedrijven bedoeld in "
              "artikel 6.1."),
        ("h2", "Artikel 5.2 Programma"),
        ("p", "1. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar "
              "worden beschreven in het PTA/OER, dat de Besturen jaarlijks vóór 1 juli vaststellen "
              "voor het volgende schooljaar. 2. In het PTA/OER wordt per programmaonderdeel "
              "aangegeven of het tot het vmbo-programma, het mbo-programma of beide behoort, en "
              "welke onderdelen vakoverstijgend zijn. 3. Overlap tussen vmbo- en mbo-stof wordt "
              "geschrapt; de vrijgekomen tijd wordt besteed aan verdieping in plantenkennis en "
              "aan keuzedelen."),
        ("h2", "Artikel 5.3 Inzet van docenten en instructeurs"),
        ("p", "1. De docenten groen van de School en de docenten en praktijkinstructeurs hoveniers "
              "van het AOC vormen samen het Routeteam. 2. In de vo-fase verzorgen twee "
              "praktijkinstructeurs van het AOC op het praktijkterrein te Boskoop wekelijks de twee "
              "praktijkdagdelen (aanleg, onderhoud en machines), en geeft een docent plantenkennis "
              "van het AOC twee uur per week les op de School. 3. In de mbo-fase verzorgt de docent "
              "Nederlands van de School twee uur per week les op het AOC aan Leerlingen die hun "
              "vmbo-examen nog moeten afronden. 4. Voor het vakoverstijgende onderdeel "
              "Klimaatadaptief ontwerpen maken Partijen gebruik van de teambevoegdheid als bedoeld "
              "in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, met dien verstande dat voor elk "
              "vak ten minste één bevoegde docent verantwoordelijk is. 5. Ieder blijft in dienst "
              "van zijn eigen werkgever; de Partij bij wie de les wordt gegeven, geeft de "
              "functionele aanwijzingen die de orde en veiligheid op haar terrein betreffen."),
        ("h2", "Artikel 5.4 Professionalisering"),
        ("p", "Het Routeteam volgt jaarlijks twee gezamenlijke studiedagen; de kosten daarvan worden "
              "gedragen door de Partij die de betrokken docent in dienst heeft."),
        ("h2", "Artikel 5.5 Gedeelde voorzieningen"),
        ("p", "1. Het AOC stelt de Leerlingen in de vo-fase zijn kassen, de machineloods met "
              "minigravers, trilplaten en bosmaaiers, en het oefenterrein voor bestrating ter "
              "beschikking tijdens de praktijkdagdelen. 2. De School stelt haar schooltuin en "
              "het biologielokaal met microscopen op woensdagmiddag ter beschikking aan het AOC. "
              "3. Het werken met machines geschiedt uitsluitend onder toezicht van een "
              "praktijkinstructeur van het AOC en na de veiligheidsinstructie die het AOC "
              "verzorgt. 4. Persoonlijke beschermingsmiddelen (werkschoenen, handschoenen, "
              "gehoorbescherming) worden in de vo-fase door de School verstrekt."),
        ("h2", "Artikel 5.6 Loopbaanbegeleiding en ondersteuning"),
        ("p", "De mentor van de School begeleidt de Leerling in de vo-fase; vanaf het tweede "
              "leerjaar voert de studieloopbaanbegeleider van het AOC ten minste twee gesprekken "
              "per jaar met hem mee. Extra ondersteuning wordt geboden volgens het "
              "ondersteuningsprofiel van de Partij waar de Leerling is ingeschreven."),
        ("h2", "Artikel 5.7 Verzuim"),
        ("p", "Verzuim in de vo-fase wordt door de School geregistreerd en gemeld, ook voor lessen "
              "op het praktijkterrein van het AOC; het AOC geeft afwezigheid dezelfde dag door."),
        ("h2", "Artikel 5.8 Klachten"),
        ("p", "Een klacht over een gedraging van een medewerker van de andere Partij wordt binnen "
              "vijf werkdagen doorgestuurd en behandeld door de klachtencommissie van de Partij bij "
              "wie de Leerling is ingeschreven; de andere Partij werkt daaraan mee."),
        ("h2", "Artikel 5.9 Gegevens"),
        ("p", "Partijen wisselen alleen de persoonsgegevens uit die nodig zijn voor de uitvoering "
              "van de Route en sluiten daartoe een gegevensdelingsovereenkomst."),
        ("h2", "Artikel 5.10 Veiligheid en verzekering"),
        ("p", "Iedere Partij houdt een aansprakelijkheids- en ongevallenverzekering aan die ook "
              "geldt voor Leerlingen en medewerkers van de andere Partij tijdens activiteiten op "
              "haar terrein."),

        ("h1", "Hoofdstuk 6 Werkveld"),
        ("h2", "Artikel 6.1 Deelnemende bedrijven en hun inbreng"),
        ("p", "1. Hoveniersbedrijf Van Vliet Tuinen B.V., Groenvoorziening Rijn-Gouwe B.V. en de "
              "afdeling Buitenruimte van de gemeente Gouda hebben zich jegens Partijen verbonden om: "
              "(i) in de vo-fase per leerjaar een projectopdracht aan te leveren voor een echte "
              "tuin of openbare ruimte, die de Leerlingen onder begeleiding uitvoeren; (ii) vanaf "
              "het derde leerjaar samen ten minste achttien bpv-plaatsen per jaar aan te bieden, als "
              "door SBB erkend leerbedrijf; (iii) in het vierde en vijfde leerjaar BBL-plaatsen "
              "beschikbaar te stellen; en (iv) een praktijkopleider te leveren die meebeoordeelt "
              "bij de proeve van bekwaamheid. 2. Andere leerbedrijven kunnen zich aansluiten op "
              "voorstel van het Routebestuur."),
        ("h2", "Artikel 6.2 Werkveldpanel"),
        ("p", "Het Werkveldpanel bestaat uit een vertegenwoordiger van ieder van de bedrijven "
              "bedoeld in artikel 6.1 en van de regioafdeling van de branchevereniging voor "
              "hoveniers. Het panel komt tweemaal per jaar bijeen met het Routebestuur, adviseert "
              "over de inhoud van het PTA/OER en de keuzedelen, en verzorgt jaarlijks een "
              "inspiratiedag voor de Leerlingen in het eerste leerjaar."),

        ("h1", "Hoofdstuk 7 Leerlingen die de Route verlaten"),
        ("h2", "Artikel 7.1 Uitgangspunt"),
        ("p", "Een Leerling die de Route verlaat voordat hij haar heeft afgerond, om welke reden "
              "ook, moet altijd verder kunnen naar een diploma. Partijen staan daar samen voor in."),
        ("h2", "Artikel 7.2 Vervolgmogelijkheden"),
        ("p", "Afhankelijk van het moment en de reden van vertrek staan de Leerling in elk geval de "
              "volgende mogelijkheden open: (i) in de vo-fase: voortzetting in de reguliere "
              "kaderberoepsgerichte of basisberoepsgerichte leerweg van de School, in het profiel "
              "Groen of een ander profiel dat de School aanbiedt, gericht op het vmbo-diploma; "
              "(ii) in de mbo-fase, als het niveau te hoog blijkt: de opleiding Hovenier, niveau 2, "
              "van het AOC, met vrijstelling van de onderdelen die hij al heeft behaald; (iii) in de "
              "mbo-fase, als hij een andere richting wil: een andere opleiding van het AOC op "
              "niveau 2 of 3, zoals Vakbekwaam medewerker teelt of Medewerker dierverzorging, "
              "zonder dat het AOC daarvoor vooropleidingseisen stelt; (iv) als het vmbo-diploma aan "
              "het einde van het derde leerjaar van de Route niet is behaald: voortzetting van de "
              "mbo-opleiding dan wel instroom in een andere opleiding van vergelijkbaar niveau, "
              "waarbij de School hem in de gelegenheid stelt het vmbo-examen opnieuw af te leggen; "
              "en (v) bij verhuizing of een opleiding die het AOC niet aanbiedt: begeleiding naar "
              "een instelling elders, waarbij het AOC de informatie levert die die instelling voor "
              "haar toelatingsonderzoek nodig heeft."),
        ("h2", "Artikel 7.3 Vervolgbesluit"),
        ("p", "1. Zodra het Routeteam signaleert dat de Route voor een Leerling niet meer passend "
              "lijkt, of de Leerling of zijn ouders aangeven te willen stoppen, voeren de mentor en "
              "de studieloopbaanbegeleider binnen twee weken een gesprek met de Leerling en, zolang "
              "hij minderjarig is, zijn ouders of verzorgers. 2. Op basis van dat gesprek, het "
              "bereikte onderwijsniveau en de leeftijd van de Leerling neemt het Routebestuur "
              "namens beide Partijen binnen vier weken na het gesprek een vervolgbesluit, waarin "
              "wordt vastgelegd welke mogelijkheid van artikel 7.2 wordt gevolgd en per wanneer. "
              "3. Het vervolgbesluit wordt schriftelijk aan de Leerling en zijn ouders "
              "toegezonden, met vermelding van de mogelijkheid om binnen twee weken bij de Besturen "
              "bezwaar te maken."),
        ("h2", "Artikel 7.4 Warme overdracht"),
        ("p", "De Partij bij wie de Leerling zijn opleiding vervolgt, neemt de behaalde resultaten "
              "en het ondersteuningsdossier over; de mentor of studieloopbaanbegeleider blijft tot "
              "zes weken na de overgang aanspreekpunt."),

        ("h1", "Hoofdstuk 8 Financiën"),
        ("h2", "Artikel 8.1 Uitgangspunt"),
        ("p", "Iedere Partij ontvangt de rijksbijdrage voor de Leerlingen die bij haar zijn "
              "ingeschreven en draagt haar eigen kosten, behoudens artikel 8.2."),
        ("h2", "Artikel 8.2 Over en weer te betalen bedragen"),
        ("p", "1. De School betaalt het AOC met toepassing van artikel 5.42a WVO 2020 € 1.380 per "
              "Leerling die op 1 oktober in de vo-fase van de Route is ingeschreven. Dit bedrag is "
              "bestemd voor (i) de inzet van de praktijkinstructeurs en de docent plantenkennis "
              "bedoeld in artikel 5.3 tweede lid, (ii) het gebruik van de kassen, de machineloods "
              "en het oefenterrein bedoeld in artikel 5.5 eerste lid, inclusief brandstof en "
              "slijtage, en (iii) de VCA-basiscursus van de Leerling in het tweede leerjaar. "
              "2. Het AOC betaalt de School met toepassing van artikel 9.1.15 WEB € 300 per Leerling "
              "die op 1 oktober in de mbo-fase is ingeschreven en het vmbo-examen nog niet volledig "
              "heeft afgerond; dit bedrag is bestemd voor de lessen bedoeld in artikel 5.3 derde lid "
              "en de afname van het resterende vmbo-examen. 3. De betaling geschiedt jaarlijks vóór "
              "1 februari, na verrekening van de bedragen over en weer. Een overzicht staat in "
              "bijlage B. 4. De bedragen worden ieder jaar per 1 augustus geïndexeerd met het "
              "percentage van de prijsbijstelling van de rijksbijdrage voortgezet onderwijs."),
        ("h2", "Artikel 8.3 Controle"),
        ("p", "De besteding van de bedragen bedoeld in artikel 8.2 wordt verantwoord in het "
              "jaardocument bedoeld in artikel 4.1. Niet bestede bedragen worden in het volgende "
              "jaar verrekend."),

        ("h1", "Hoofdstuk 9 Raden"),
        ("h2", "Artikel 9.1 Gezamenlijke adviescommissie"),
        ("p", "1. De medezeggenschapsraad van de School en de studentenraad van het AOC wijzen ieder "
              "twee leden aan voor een gezamenlijke adviescommissie Route Groen; de ondernemingsraad "
              "van het AOC kan een toehoorder aanwijzen. 2. Het Routebestuur legt het ontwerp-PTA/OER "
              "en elk voorstel tot wijziging van hoofdstuk 7 vóór vaststelling voor advies aan de "
              "commissie voor; de commissie adviseert binnen vier weken. 3. De commissie heeft "
              "recht op het jaardocument bedoeld in artikel 4.1 en spreekt ten minste eenmaal per "
              "jaar met het Routebestuur."),
        ("h2", "Artikel 9.2 Verhouding tot de wettelijke regels"),
        ("p", "Artikel 9.1 laat de bevoegdheden van de medezeggenschapsraad, de studentenraad en de "
              "ondernemingsraad onverlet. Leerlingen in de vo-fase kunnen zich verkiesbaar stellen "
              "voor de studentenraad van het AOC vanaf het tweede leerjaar van de Route."),

        ("h1", "Hoofdstuk 10 Verschillen van inzicht"),
        ("h2", "Artikel 10.1 Trapsgewijze afhandeling"),
        ("p", "1. Verschillen van inzicht tussen Partijen over de uitvoering van deze overeenkomst "
              "worden eerst besproken in het Routebestuur. 2. Bereikt het Routebestuur binnen vier "
              "weken geen overeenstemming, dan legt de lead het verschil schriftelijk voor aan de "
              "Besturen, die binnen zes weken daarna overleggen. 3. Leidt ook dat overleg niet tot "
              "een oplossing, dan schakelen de Besturen binnen vier weken een door hen gezamenlijk "
              "gekozen mediator in. 4. Is het verschil drie maanden na de start van de mediation "
              "niet opgelost, dan kan iedere Partij het voorleggen aan de rechtbank Den Haag."),
        ("h2", "Artikel 10.2 Voortzetting tijdens een geschil"),
        ("p", "Zolang een verschil van inzicht niet is opgelost, zetten Partijen de uitvoering van de "
              "Route voort op de voet van de laatst vastgestelde jaarplanning."),

        ("h1", "Hoofdstuk 11 Looptijd, nieuwe partners, aanpassing en einde"),
        ("h2", "Artikel 11.1 Duur"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde "
              "tijd. Partijen evalueren haar in het schooljaar 2027-2028."),
        ("h2", "Artikel 11.2 Aansluiting van een nieuwe partner"),
        ("p", "1. Een andere school voor voortgezet onderwijs met het profiel Groen, of een andere "
              "instelling voor beroepsonderwijs, kan partij worden indien (i) beide Besturen daarmee "
              "schriftelijk instemmen, (ii) de nieuwe partner deze overeenkomst integraal "
              "aanvaardt in een door alle partijen ondertekende akte, waarin ook haar lid in het "
              "Routebestuur wordt geregeld, en (iii) de aansluiting ingaat op 1 augustus. "
              "2. De aansluiting mag er niet toe leiden dat Leerlingen die al in de Route zitten van "
              "locatie moeten wisselen zonder hun instemming. 3. Partijen passen na de aansluiting de "
              "melding bij DUO aan."),
        ("h2", "Artikel 11.3 Aanpassing van deze overeenkomst"),
        ("p", "Deze overeenkomst en haar bijlagen kunnen alleen worden gewijzigd bij een schriftelijk "
              "stuk dat door beide Besturen is ondertekend, na advies als bedoeld in artikel 9.1 voor "
              "zover het hoofdstuk 7 betreft. Een wijziging gaat in op 1 augustus en geldt niet ten "
              "nadele van Leerlingen in hun lopende schooljaar."),
        ("h2", "Artikel 11.4 Einde van de samenwerking"),
        ("p", "1. Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen "
              "1 augustus, met een termijn van ten minste vijftien maanden. 2. Een Partij kan de "
              "overeenkomst ontbinden indien de andere Partij na schriftelijke ingebrekestelling haar "
              "verplichtingen niet binnen drie maanden nakomt."),
        ("h2", "Artikel 11.5 Uitloop voor zittende Leerlingen"),
        ("p", "Na opzegging of ontbinding worden geen nieuwe Leerlingen meer toegelaten. Leerlingen "
              "die op dat moment in de Route zitten, maken haar af onder de voorwaarden van deze "
              "overeenkomst, die tot het einde van hun opleiding voor hen blijft gelden, tenzij zij "
              "zelf voor een mogelijkheid van artikel 7.2 kiezen."),

        ("h1", "Hoofdstuk 12 Slotbepalingen"),
        ("h2", "Artikel 12.1 Toepasselijk recht"),
        ("p", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("h2", "Artikel 12.2 Ondertekening"),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend."),
        ("sig", ["Stichting Voortgezet Onderwijs Groene Hart", "Gouda, 25 juni 2025", "",
                 "drs. M.J. Terlouw", "voorzitter college van bestuur"],
         ["Stichting Agrarisch Opleidingscentrum Rijn-Gouwe", "Boskoop, 25 juni 2025", "",
          "ir. D.P. Verkerk", "voorzitter college van bestuur"]),
        ("pb",),
        ("h1", "Bijlage A Jaarkalender overleg"),
        ("table", [["Maand", "Overleg", "Onderwerp"],
                   ["september", "Routebestuur", "start schooljaar, bezetting bpv-plaatsen"],
                   ["oktober", "Werkveldpanel + Routebestuur", "projectopdrachten, keuzedelen"],
                   ["november", "Bestuurlijk overleg", "vaststelling jaardocument (artikel 4.1)"],
                   ["januari", "Routebestuur", "kwartaaldashboard, instroom volgend jaar"],
                   ["maart", "Adviescommissie + Routebestuur", "ontwerp-PTA/OER (artikel 9.1)"],
                   ["april", "Werkveldpanel + Routebestuur", "evaluatie bpv, inspiratiedag"],
                   ["mei", "Bestuurlijk overleg", "voortgang, begroting, instroomplaatsen"],
                   ["juni", "Routebestuur", "jaarplanning en rooster volgend schooljaar"]],
         [28, 55, 85]),
        ("h1", "Bijlage B Overzicht bedragen"),
        ("table", [["Bedrag", "Van - naar", "Grondslag", "Waarvoor"],
                   ["€ 1.380", "School - AOC", "per Leerling in de vo-fase op 1 oktober",
                    "praktijkinstructeurs, docent plantenkennis, kassen en machines, VCA"],
                   ["€ 300", "AOC - School", "per Leerling in de mbo-fase zonder volledig vmbo-examen",
                    "lessen Nederlands, afname resterend vmbo-examen"]],
         [22, 30, 55, 61]),
    ]


# =============================================================================================
# 148  Three parties, articles with English words, DOCX, Stedendriehoek, techniek (mobiliteit)
#      Defects: c weak (what the Routeraad may decide deferred to a reglement),
#               f weak (alternatives without anyone who decides, no pupil/parents)
# =============================================================================================

@sample(148, "drie_partijen_routeraad_reglement_later_mobiliteit_stedendriehoek", "docx",
        S("p p w p p w p p p p"),
        {"a": "Artikel 3 De Route",
         "b": "Artikel 7 Partners uit de automotivebranche",
         "d": "Artikel 5 Dashboard en jaarrapport",
         "e": "Artikel 6 Onderwijs, personeel en faciliteiten",
         "g": "Artikel 9 Financiële afspraken",
         "h": "Artikel 10 Sounding board en raden",
         "i": "Artikel 11 Geschillen",
         "j": "Artikel 12 Duur, toetreding, wijziging en beëindiging"},
        "Three parties (two vmbo boards, one ROC), 'Artikel N' Heading 1 with English words (scope, "
        "chair, performance dashboard, sounding board); DOCX; Stedendriehoek (Apeldoorn/Zutphen), "
        "Mobiliteit en transport kb -> Eerste bedrijfsautotechnicus 3. Two subtle defects: the "
        "Routeraad's composition and appointment are arranged but what it may decide is deferred to "
        "a Routeraadreglement (c weak); the switch article lists alternatives but nobody decides "
        "and the pupil and parents play no part (f weak). € 950 per leerling with bestemming, "
        "sounding board of the raden, geschillencommissie with bindend advies.",
        header="SOK DLR Mobiliteit Stedendriehoek - getekende versie")
def s148():
    return [
        ("title", "Samenwerkingsovereenkomst Doorlopende Leerroute Mobiliteit Stedendriehoek"),
        ("p", "De ondergetekenden:"),
        ("li", "1. Stichting Onderwijsgroep IJsselvallei, gevestigd te Apeldoorn, bevoegd gezag van "
               "het Vakcollege Apeldoorn-Zuid, vertegenwoordigd door de heer J.H. Wolters MEd, "
               "voorzitter college van bestuur;"),
        ("li", "2. Stichting Christelijk Voortgezet Onderwijs Zutphen en omstreken, gevestigd te "
               "Zutphen, bevoegd gezag van het Walburg Vakcollege, vertegenwoordigd door mevrouw "
               "drs. I. Brinkman, bestuurder;"),
        ("li", "3. Stichting ROC Stedendriehoek, gevestigd te Deventer, vertegenwoordigd door de heer "
               "drs. K.L. Nijhof, lid college van bestuur;"),
        ("p", "partijen sub 1 en 2 hierna ieder: \"een School\" en samen: \"de Scholen\"; partij "
              "sub 3 hierna: \"het ROC\"; allen samen: \"Partijen\";"),
        ("p", "overwegende dat Partijen sinds 2022 samenwerken in het regionale Techniekakkoord "
              "Stedendriehoek en de kick-off van de doorlopende leerroute op 14 maart 2025 "
              "hebben gehouden;"),
        ("p", "komen het volgende overeen:"),

        ("h1", "Artikel 1 Definities"),
        ("p", "Route: de doorlopende leerroute bedoeld in artikel 3. Leerling: de deelnemer aan de "
              "Route, ook in de mbo-fase. Routeraad: het overleg bedoeld in artikel 4. Bevoegde "
              "Gezagen: de colleges van bestuur c.q. bestuurders van Partijen. Schooljaar: 1 augustus "
              "tot en met 31 juli."),

        ("h1", "Artikel 2 Scope van de samenwerking"),
        ("p", "Partijen verzorgen de Route gezamenlijk en melden haar gezamenlijk bij DUO; iedere "
              "School meldt de Route voor haar eigen vestiging. Deze overeenkomst geldt voor de "
              "Route als bedoeld in artikel 3 en niet voor andere vormen van samenwerking tussen "
              "Partijen."),

        ("h1", "Artikel 3 De Route"),
        ("p", "3.1 De Route start in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel "
              "Mobiliteit en transport, van het Vakcollege Apeldoorn-Zuid en van het Walburg "
              "Vakcollege, en leidt tot het diploma van de vakopleiding Eerste bedrijfsautotechnicus, "
              "niveau 3, opleidingsdomein Mobiliteit en voertuigen, van het ROC, verzorgd op de "
              "Mobiliteitscampus Apeldoorn. 3.2 De Route omvat vijf leerjaren; het vmbo-examen wordt "
              "in het tweede leerjaar afgelegd. Het vijfde leerjaar kan in de beroepsbegeleidende "
              "leerweg worden gevolgd. 3.3 Iedere School laat per Schooljaar ten hoogste 16 "
              "Leerlingen tot de Route toe."),

        ("h1", "Artikel 4 Routeraad"),
        ("p", "4.1 Voor de Route wordt een Routeraad ingesteld, bestaande uit de teamleider techniek "
              "van ieder van de Scholen en de opleidingsmanager Automotive van het ROC. "
              "4.2 Ieder lid wordt door het eigen bevoegd gezag aangewezen. De opleidingsmanager "
              "Automotive is chair van de Routeraad."),
        ("p", "4.3 De taken en bevoegdheden van de Routeraad, alsmede de afbakening daarvan ten "
              "opzichte van de Bevoegde Gezagen, worden vastgelegd in een Routeraadreglement, dat de "
              "Routeraad binnen zes maanden na ondertekening van deze overeenkomst ter goedkeuring "
              "aan de Bevoegde Gezagen voorlegt. Tot die goedkeuring handelt ieder lid binnen het "
              "mandaat dat hij van zijn eigen bevoegd gezag heeft."),

        ("h1", "Artikel 5 Dashboard en jaarrapport"),
        ("p", "5.1 De Routeraad verstrekt de Bevoegde Gezagen ieder kwartaal een performance "
              "dashboard met het aantal Leerlingen per leerjaar en per School, het verzuim, de "
              "studievoortgang en de bezetting van bpv-plaatsen. 5.2 Uiterlijk op 1 oktober legt de "
              "Routeraad aan alle Bevoegde Gezagen een jaarrapport over het afgelopen Schooljaar "
              "voor, dat in het jaarlijkse governance-overleg van Partijen in oktober wordt "
              "besproken en waarover de Bevoegde Gezagen de Routeraad bevragen. Het verslag van dat "
              "overleg wordt door alle Bevoegde Gezagen ondertekend."),

        ("h1", "Artikel 6 Onderwijs, personeel en faciliteiten"),
        ("p", "6.1 Leerjaar 1 en 2 worden gegeven op de vestigingen van de Scholen, met één dag per "
              "week op de Mobiliteitscampus Apeldoorn; leerjaar 3 tot en met 5 op de "
              "Mobiliteitscampus en bij de leerbedrijven bedoeld in artikel 7. Het programma, de "
              "examinering en de bpv per leerjaar staan in het gezamenlijke PTA/OER, dat de "
              "Bevoegde Gezagen jaarlijks vóór 1 juli vaststellen."),
        ("p", "6.2 Twee docenten Automotive van het ROC geven in leerjaar 1 en 2 op ieder van de "
              "Scholen vier uur per week les in motormanagement en elektrische aandrijving. De "
              "docenten wiskunde van de Scholen verzorgen, bij toerbeurt, in leerjaar 3 twee uur "
              "per week rekenen op de Mobiliteitscampus. De docenten vormen één team; het onderdeel "
              "Duurzame mobiliteit wordt met teambevoegdheid verzorgd (artikel 7.13a WVO 2020 en "
              "artikel 9.1.12 WEB). Ieder blijft in dienst van de eigen werkgever."),
        ("p", "6.3 Het ROC stelt zijn diagnoseapparatuur, hefbruggen en de EV-trainingsopstelling "
              "(met hoogvoltveiligheidstraining volgens NEN 9140) ter beschikking aan de Leerlingen "
              "in leerjaar 1 en 2. De Scholen stellen hun motorenwerkplaats en plaatwerkerij in "
              "leerjaar 3 op donderdag ter beschikking aan het ROC."),

        ("h1", "Artikel 7 Partners uit de automotivebranche"),
        ("p", "7.1 Autobedrijf Hendriksen Apeldoorn B.V., Dealergroep IJsselland B.V. en Truckservice "
              "Deventer B.V. bieden vanaf leerjaar 3 samen ten minste 25 bpv-plaatsen per jaar als "
              "door SBB erkend leerbedrijf en in leerjaar 5 BBL-plaatsen. 7.2 Zij verzorgen in "
              "leerjaar 1 en 2 per Schooljaar drie gastlessen en een bedrijfsbezoek, leveren "
              "assessoren voor de proeve van bekwaamheid en nemen deel aan een advisory board dat "
              "tweemaal per jaar met de Routeraad de inhoud van het programma en de keuzedelen "
              "bespreekt."),

        ("h1", "Artikel 8 Switchen"),
        ("p", "8.1 Partijen onderschrijven het belang dat een Leerling die de Route voortijdig "
              "verlaat alsnog een diploma kan behalen. 8.2 Een Leerling die in leerjaar 1 of 2 de "
              "Route verlaat, wordt geplaatst in de reguliere kaderberoepsgerichte of "
              "basisberoepsgerichte leerweg van de School waar hij is ingeschreven. Een Leerling "
              "die vanaf leerjaar 3 de Route verlaat, kan worden ingeschreven voor de opleiding "
              "Autotechnicus, niveau 2, of een andere mbo-opleiding van het ROC van vergelijkbaar "
              "niveau, zonder nadere vooropleidingseisen. 8.3 De praktische afhandeling wordt "
              "opgenomen in de schoolgidsen van de Scholen en de studiegids van het ROC."),

        ("h1", "Artikel 9 Financiële afspraken"),
        ("p", "9.1 Iedere School betaalt het ROC met toepassing van artikel 5.42a WVO 2020 € 950 per "
              "Leerling die op 1 oktober in leerjaar 2 van de Route bij haar is ingeschreven. 9.2 Dit "
              "bedrag is bestemd voor de lessen van de ROC-docenten op de School bedoeld in artikel "
              "6.2 en voor de hoogvoltveiligheidstraining en de verbruiksmaterialen bedoeld in "
              "artikel 6.3. 9.3 Het ROC factureert vóór 1 december. Verder worden tussen Partijen geen "
              "bedragen verrekend."),

        ("h1", "Artikel 10 Sounding board en raden"),
        ("p", "10.1 De medezeggenschapsraad van ieder van de Scholen en de studentenraad van het ROC "
              "wijzen ieder één lid aan voor een sounding board Route Mobiliteit, dat tweemaal per "
              "Schooljaar met de Routeraad overlegt. 10.2 Het ontwerp-PTA/OER wordt vóór vaststelling "
              "aan het sounding board voorgelegd; het sounding board kan daarover binnen drie weken "
              "advies uitbrengen aan de Bevoegde Gezagen, die gemotiveerd reageren indien zij het "
              "advies niet volgen."),

        ("h1", "Artikel 11 Geschillen"),
        ("p", "11.1 Geschillen tussen Partijen over de uitvoering van deze overeenkomst worden eerst "
              "in de Routeraad besproken en, indien daar binnen vier weken geen oplossing wordt "
              "bereikt, in een overleg van de Bevoegde Gezagen. 11.2 Blijft het geschil bestaan, "
              "dan wordt het voorgelegd aan een geschillencommissie van drie leden: ieder bij het "
              "geschil betrokken Bevoegd Gezag wijst één lid aan en deze leden wijzen samen een "
              "onafhankelijke voorzitter aan. De commissie brengt binnen acht weken bindend advies "
              "uit. De kosten worden door de betrokken Partijen gelijkelijk gedragen."),

        ("h1", "Artikel 12 Duur, toetreding, wijziging en beëindiging"),
        ("p", "12.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. 12.2 Een "
              "andere school met het profiel Mobiliteit en transport of een andere instelling voor "
              "beroepsonderwijs kan toetreden met schriftelijke instemming van alle Bevoegde "
              "Gezagen, door ondertekening van een toetredingsverklaring, met ingang van 1 augustus. "
              "12.3 Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk, met "
              "instemming van alle Partijen, en gaat in bij de aanvang van een Schooljaar. "
              "12.4 Iedere Partij kan haar deelname schriftelijk opzeggen tegen 1 augustus, met een "
              "termijn van ten minste twaalf maanden; de overeenkomst blijft dan tussen de overige "
              "Partijen van kracht, indien daaronder ten minste één School en het ROC. 12.5 Na "
              "opzegging laat de opzeggende School geen nieuwe Leerlingen meer toe tot de Route; "
              "Leerlingen die op dat moment aan de Route deelnemen, ronden haar af onder de "
              "voorwaarden van deze overeenkomst, die voor hen van kracht blijft. Zegt het ROC op, "
              "dan geldt hetzelfde voor alle Leerlingen die al zijn ingestroomd."),

        ("h1", "Artikel 13 Slotbepaling"),
        ("p", "Deze overeenkomst is in drievoud opgemaakt en ondertekend te Apeldoorn op 30 juni "
              "2025."),
        ("sig", ["Stichting Onderwijsgroep IJsselvallei", "J.H. Wolters MEd", "",
                 "Stichting ROC Stedendriehoek", "drs. K.L. Nijhof"],
         ["Stichting Christelijk Voortgezet Onderwijs Zutphen en omstreken", "drs. I. Brinkman",
          "", "", ""]),
    ]


# =============================================================================================
# Build / check driver
# =============================================================================================

EXT = {"pdf": ".pdf", "docx": ".docx", "txt": ".txt", "md": ".md"}


def expected_json(s):
    ev = {k: v for k, v in s["evidence"].items()}
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": ev}


def build(s):
    base = os.path.join(HERE, s["name"])
    path = base + EXT[s["fmt"]]
    blocks = s["blocks"]()
    title = s["opts"].get("title") or next(b[1] for b in blocks if b[0] == "title")
    if s["fmt"] == "pdf":
        render_pdf(blocks, path, title, header=s["opts"].get("header"),
                   font=s["opts"].get("font", "Helvetica"))
    elif s["fmt"] == "docx":
        render_docx(blocks, path, title, header=s["opts"].get("header"))
    elif s["fmt"] == "txt":
        render_txt(blocks, path)
    elif s["fmt"] == "md":
        render_md(blocks, path)
    with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as fh:
        json.dump(expected_json(s), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", os.path.basename(path))


def check():
    ok = True
    for s in SAMPLES:
        base = os.path.join(HERE, s["name"])
        path = base + EXT[s["fmt"]]
        probs = []
        if not os.path.exists(path):
            probs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                probs.append("too large: %d" % size)
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa
                probs.append("cannot open: %r" % e)
                text = ""
            for k, ev in s["evidence"].items():
                if norm(ev) not in text:
                    probs.append("evidence %s not found: %r" % (k, ev))
                if s["statuses"][k] != "present":
                    probs.append("evidence for non-present item %s" % k)
            for k, v in s["statuses"].items():
                if v == "present" and k not in s["evidence"]:
                    probs.append("no evidence for present item %s" % k)
        try:
            with open(base + ".expected.json", encoding="utf-8") as fh:
                if json.load(fh) != expected_json(s):
                    probs.append("expected.json differs from table")
        except Exception as e:  # noqa
            probs.append("expected.json: %r" % e)
        if not (141 <= s["num"] <= 148):
            probs.append("number out of range")
        print("%-60s %s" % (os.path.basename(path), "OK" if not probs else "FAIL"))
        for p in probs:
            print("    -", p)
        ok = ok and not probs
    fmts = [s["fmt"] for s in SAMPLES]
    print("formats:", {f: fmts.count(f) for f in set(fmts)})
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    wanted = set(a for a in argv if a.isdigit())
    for s in SAMPLES:
        if not wanted or str(s["num"]) in wanted:
            build(s)


if __name__ == "__main__":
    main(sys.argv[1:])
