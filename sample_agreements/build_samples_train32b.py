#!/usr/bin/env python3
"""Build training sample agreements 501-508 for leerroute-check.

Written by an independent author (a helper session) from the two official guidance
documents in shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie),
shared/domain.md and sample_agreements/LABELS.md only, without looking at the checker code,
its models/tests/benchmarks or the texts of the other samples. All schools, instellingen,
companies and people are made up.

Usage:
    python3 build_samples_train32b.py            # build all
    python3 build_samples_train32b.py 501 503    # build only these
    python3 build_samples_train32b.py --check    # verify produced files
"""
import io
import json
import os
import re
import sys
import zipfile
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)

# ---------------------------------------------------------------------------
# Block model
#   ("title", text) ("subtitle", text) ("h", text) ("h2", text)
#   ("p", text)  - paragraph; **bold** markup allowed
#   ("li", text) - bulleted item
#   ("table", rows, widths) - rows of strings, first row is header
#   ("sig", [left_lines, right_lines])
#   ("pb",) - page break (PDF/DOCX only)
# ---------------------------------------------------------------------------

BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def plain(text):
    return BOLD_RE.sub(r"\1", text)


# ----------------------------- PDF ----------------------------------------

def build_pdf(path, blocks, opts):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, KeepTogether)
    from reportlab.lib import colors
    from xml.sax.saxutils import escape

    font = opts.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    size = opts.get("size", 10)
    align = TA_JUSTIFY if opts.get("justify") else TA_LEFT
    st_body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35,
                             alignment=align, spaceAfter=size * 0.55)
    st_li = ParagraphStyle("li", parent=st_body, leftIndent=14, bulletIndent=4,
                           spaceAfter=size * 0.3)
    st_title = ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                              alignment=TA_CENTER, spaceAfter=size * 0.6)
    st_sub = ParagraphStyle("sub", fontName=font, fontSize=size + 1, leading=(size + 1) * 1.3,
                            alignment=TA_CENTER, spaceAfter=size * 1.2)
    st_h = ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                          spaceBefore=size * 0.9, spaceAfter=size * 0.4)
    st_h2 = ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size * 1.3,
                           spaceBefore=size * 0.5, spaceAfter=size * 0.25)
    st_sig = ParagraphStyle("sig", parent=st_body, alignment=TA_LEFT)
    st_cell = ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3)
    st_cellb = ParagraphStyle("cellb", parent=st_cell, fontName=bold)

    def mk(text):
        t = escape(text)
        return BOLD_RE.sub(r"<b>\1</b>", t)

    story = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(mk(b[1]), st_title))
        elif kind == "subtitle":
            story.append(Paragraph(mk(b[1]), st_sub))
        elif kind == "h":
            story.append(Paragraph(mk(b[1]), st_h))
        elif kind == "h2":
            story.append(Paragraph(mk(b[1]), st_h2))
        elif kind == "p":
            story.append(Paragraph(mk(b[1]), st_body))
        elif kind == "li":
            story.append(Paragraph(mk(b[1]), st_li, bulletText="\u2022"))
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(mk(c), st_cellb if i == 0 else st_cell) for c in r])
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "sig":
            left, right = b[1]
            data = [[Paragraph("<br/>".join(mk(x) for x in left), st_sig),
                     Paragraph("<br/>".join(mk(x) for x in right), st_sig)]]
            t = Table(data, colWidths=[80 * mm, 80 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 10))
            story.append(KeepTogether([t]))
        elif kind == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(kind)

    header = opts.get("header")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        if header:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1,
                            title=opts.get("pdf_title", ""), author=opts.get("pdf_author", ""),
                            subject="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ----------------------------- DOCX ---------------------------------------

def build_docx(path, blocks, opts):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    mode = opts.get("docx_headings", "styles")  # "styles" or "bold"
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = opts.get("docx_font", "Calibri")
    normal.font.size = Pt(opts.get("docx_size", 11))

    def add_runs(par, text, force_bold=False):
        pos = 0
        for m in BOLD_RE.finditer(text):
            if m.start() > pos:
                r = par.add_run(text[pos:m.start()])
                r.bold = force_bold or None
            r = par.add_run(m.group(1))
            r.bold = True
            pos = m.end()
        if pos < len(text):
            r = par.add_run(text[pos:])
            if force_bold:
                r.bold = True

    for b in blocks:
        kind = b[0]
        if kind == "title":
            if mode == "styles":
                d.add_heading(plain(b[1]), level=0)
            else:
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(plain(b[1]))
                r.bold = True
                r.font.size = Pt(15)
        elif kind == "subtitle":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, b[1])
        elif kind in ("h", "h2"):
            if mode == "styles":
                d.add_heading(plain(b[1]), level=1 if kind == "h" else 2)
            else:
                p = d.add_paragraph()
                r = p.add_run(plain(b[1]))
                r.bold = True
                if kind == "h":
                    r.font.size = Pt(12)
        elif kind == "p":
            p = d.add_paragraph()
            add_runs(p, b[1])
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet")
            add_runs(p, b[1])
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            if len(b) > 2 and b[2]:
                from docx.shared import Mm
                t.autofit = False
                for j, w in enumerate(b[2]):
                    t.columns[j].width = Mm(w)
                    for cell in t.columns[j].cells:
                        cell.width = Mm(w)
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    add_runs(cell.paragraphs[0], c, force_bold=(i == 0))
            d.add_paragraph()
        elif kind == "sig":
            left, right = b[1]
            t = d.add_table(rows=1, cols=2)
            for j, lines in enumerate((left, right)):
                cell = t.cell(0, j)
                cell.text = ""
                par = cell.paragraphs[0]
                for k, line in enumerate(lines):
                    if k:
                        par = cell.add_paragraph()
                    add_runs(par, line)
        elif kind == "pb":
            d.add_page_break()
        else:
            raise ValueError(kind)

    cp = d.core_properties
    cp.author = opts.get("docx_author", "")
    cp.last_modified_by = opts.get("docx_author", "")
    cp.title = opts.get("pdf_title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite zip with fixed timestamps and order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ----------------------------- TXT / MD -----------------------------------

def build_text(path, blocks, opts, md=False):
    lines = []
    width = opts.get("wrap", 0)

    def wrap(text, indent=""):
        if not width:
            return [indent + text]
        import textwrap
        return textwrap.wrap(text, width=width, initial_indent=indent,
                             subsequent_indent=" " * len(indent), break_on_hyphens=False) or [indent]

    for b in blocks:
        kind = b[0]
        txt = b[1] if len(b) > 1 else ""
        if not md and kind not in ("table", "sig", "pb"):
            txt = plain(txt)
        if kind == "title":
            lines += (["# " + plain(txt)] if md else [txt.upper()]) + [""]
        elif kind == "subtitle":
            lines += wrap(txt) + [""]
        elif kind == "h":
            lines += (["## " + plain(txt)] if md else [txt]) + [""]
        elif kind == "h2":
            lines += (["### " + plain(txt)] if md else [txt]) + [""]
        elif kind == "p":
            lines += wrap(txt) + [""]
        elif kind == "li":
            lines += wrap(txt, "- ") + ([""] if md else [])
        elif kind == "table":
            rows = b[1]
            if md:
                lines.append("| " + " | ".join(rows[0]) + " |")
                lines.append("|" + "---|" * len(rows[0]))
                for r in rows[1:]:
                    lines.append("| " + " | ".join(r) + " |")
            else:
                for r in rows:
                    lines.append(" | ".join(plain(c) for c in r))
            lines.append("")
        elif kind == "sig":
            left, right = b[1]
            for x in left:
                lines.append(plain(x) if not md else x)
            lines.append("")
            for x in right:
                lines.append(plain(x) if not md else x)
            lines.append("")
        elif kind == "pb":
            pass
        else:
            raise ValueError(kind)
    # md: collapse double blank lines after list items
    text = "\n".join(lines).rstrip() + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ----------------------------- extraction for --check ---------------------

def extract_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
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
    if ext == "docx":
        from xml.etree import ElementTree as ET
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(W + "p"):
            paras.append("".join(t.text or "" for t in p.iter(W + "t")))
        return "\n".join(paras), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(s):
    s = s.replace("\u00a0", " ").replace("\ufffe", "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# Samples
# ---------------------------------------------------------------------------

SAMPLES = {}


def sample(num, name, ext, description, statuses, evidence, opts=None):
    def deco(fn):
        SAMPLES[num] = dict(name="%03d_%s" % (num, name), ext=ext, description=description,
                            statuses=statuses, evidence=evidence, opts=opts or {}, blocks=fn)
        return fn
    return deco


def S(a, b, c, d, e, f, g, h, i, j):
    full = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    return {k: full[v] for k, v in zip("abcdefghij", (a, b, c, d, e, f, g, h, i, j))}


# ===========================================================================
# 501 - verlengingsovereenkomst, PDF, Westland, Groen -> teelt niveau 3
# ===========================================================================

@sample(501, "verlengingsovereenkomst_westland_teelt", "pdf",
        "Verlengingsovereenkomst (PDF, Times, artikelen 'vervangt artikel N'), Westland, Groen kb -> "
        "Vakbekwaam medewerker teelt niveau 3; herformuleert alleen wat wijzigt en laat de rest van de "
        "overeenkomst 2021 gelden: geschilregeling niet in deze tekst (i missing), nieuw slotartikel "
        "zonder toetredingsregeling (j weak); medezeggenschap niet genoemd",
        S("p", "p", "p", "p", "p", "p", "p", "na", "m", "w"),
        {"a": "Artikel 2 - De route (vervangt artikel 2)",
         "b": "Artikel 3 - Kwekers en leerbedrijven (vervangt artikel 4)",
         "c": "Artikel 4 - Routeleiding (vervangt artikel 5)",
         "d": "Artikel 5 - Rapporteren aan de besturen (vervangt artikel 6)",
         "e": "Artikel 6 - Uitvoering, mensen en middelen (vervangt artikel 7)",
         "f": "Artikel 7 - Wanneer de route niet past (vervangt artikel 8)",
         "g": "Artikel 8 - Geldstromen (vervangt artikel 9)"},
        {"font": "Times-Roman", "size": 10.5, "justify": True,
         "header": "Verlengingsovereenkomst DLR Groen-Teelt 2025-2029",
         "pdf_title": "Verlengingsovereenkomst doorlopende leerroute Groen - Teelt"})
def s501():
    return [
        ("title", "VERLENGINGSOVEREENKOMST 2025-2029"),
        ("subtitle", "bij de Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Groen - Teelt "
                     "van 14 juni 2021"),
        ("p", "**De ondergetekenden:**"),
        ("p", "1. Stichting Christelijk Voortgezet Onderwijs Delfland-Westland, statutair gevestigd te "
              "Naaldwijk, bevoegd gezag van Het Kasblad College (vmbo), Naaldwijk, te dezen rechtsgeldig "
              "vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. H.J. "
              "Verduijn-Brouwer, hierna: \"de School\";"),
        ("p", "2. Stichting Regionaal Opleidingencentrum Kustland, statutair gevestigd te Delft, bevoegd "
              "gezag van ROC Kustland, te dezen rechtsgeldig vertegenwoordigd door de heer ir. P.A. "
              "Boekestijn, lid van het college van bestuur, hierna: \"het ROC\";"),
        ("p", "hierna samen: \"Partijen\";"),
        ("p", "**in aanmerking nemende dat:**"),
        ("li", "Partijen op 14 juni 2021 een samenwerkingsovereenkomst hebben gesloten voor een doorlopende "
               "leerroute vmbo-mbo in de glastuinbouw (hierna: \"de Overeenkomst 2021\"), die afloopt op "
               "31 juli 2025;"),
        ("li", "de route in het voorjaar van 2025 is geëvalueerd met leerlingen, ouders, docenten en het "
               "werkveld en Partijen de samenwerking willen voortzetten;"),
        ("li", "de evaluatie aanleiding geeft tot een aantal wijzigingen, die in deze "
               "verlengingsovereenkomst zijn opgenomen;"),
        ("p", "**komen het volgende overeen:**"),

        ("h", "Artikel 1 - Verlenging en verhouding tot de Overeenkomst 2021"),
        ("p", "1.1 De looptijd van de Overeenkomst 2021 wordt verlengd met ingang van 1 augustus 2025 tot "
              "en met 31 juli 2029."),
        ("p", "1.2 De artikelen 2, 4, 5, 6, 7, 8, 9 en 11 van de Overeenkomst 2021 worden vervangen door de "
              "artikelen 2 tot en met 9 van deze verlengingsovereenkomst. Voor het overige blijft de "
              "Overeenkomst 2021 ongewijzigd van kracht."),
        ("p", "1.3 Begrippen die in de Overeenkomst 2021 met een hoofdletter zijn geschreven, hebben in "
              "deze verlengingsovereenkomst dezelfde betekenis."),

        ("h", "Artikel 2 - De route (vervangt artikel 2)"),
        ("p", "2.1 De doorlopende leerroute verbindt de bovenbouw van het profiel Groen in de "
              "kaderberoepsgerichte leerweg van de School met de mbo-opleiding Vakbekwaam medewerker teelt "
              "(niveau 3, vakopleiding) van het ROC, opleidingsdomein Voedsel, natuur en leefomgeving. "
              "Leerlingen kiezen binnen het profiel de keuzevakken Teelt in een kas en Technologie in de "
              "groene sector."),
        ("p", "2.2 Nieuw ten opzichte van de Overeenkomst 2021 is dat studenten vanaf het vierde leerjaar "
              "van de route kunnen kiezen tussen de beroepsopleidende leerweg en de beroepsbegeleidende "
              "leerweg van dezelfde opleiding. De route duurt vijf jaar: twee jaar vo-fase en drie jaar "
              "mbo-fase, waarbij het vmbo-diploma in het derde jaar van de route wordt behaald."),

        ("h", "Artikel 3 - Kwekers en leerbedrijven (vervangt artikel 4)"),
        ("p", "3.1 De kwekers die verenigd zijn in de Kwekersvereniging Westland Vooruit stellen elk "
              "schooljaar ten minste twaalf door SBB erkende leerbedrijven beschikbaar voor snuffelstages "
              "in de vo-fase en voor de beroepspraktijkvorming in de mbo-fase."),
        ("p", "3.2 Iedere leerling voert in het tweede jaar van de route een kasproject uit: een opdracht "
              "die door een leerbedrijf wordt aangeleverd en in de kas van dat bedrijf wordt afgerond. De "
              "kweker beoordeelt het eindproduct mee."),
        ("p", "3.3 Een werkveldpanel van vier kwekers en een adviseur van het Proeftuincentrum Westland "
              "komt twee keer per jaar bijeen met de routeleiding en geeft advies over de inhoud van het "
              "programma en de keuzedelen. De routeleiding legt in haar voortgangsnotitie vast wat met dat "
              "advies is gedaan."),

        ("h", "Artikel 4 - Routeleiding (vervangt artikel 5)"),
        ("p", "4.1 De leiding over de route berust bij een routeduo, bestaande uit de teamleider bovenbouw "
              "van de School en de opleidingsmanager Teelt van het ROC. Het duo wordt ondersteund door een "
              "routecoördinator zonder stemrecht."),
        ("p", "4.2 Het college van bestuur van de School wijst de teamleider aan; het college van bestuur "
              "van het ROC wijst de opleidingsmanager aan. De routecoördinator wordt door beide colleges "
              "gezamenlijk benoemd voor een periode van twee schooljaren, die eenmaal kan worden verlengd."),
        ("p", "4.3 Het routeduo is belast met het opstellen van het gezamenlijke PTA/OER, de rooster- en "
              "lokaalplanning, de inzet van docenten binnen de route, de intake van nieuwe leerlingen en "
              "de begeleiding van overstappers. Het duo beslist zelfstandig over uitgaven tot EUR 15.000 "
              "per schooljaar binnen de vastgestelde routebegroting. Besluiten over de omvang van de "
              "instroom, over personeel dat in dienst moet worden genomen en over uitgaven daarboven "
              "blijven voorbehouden aan beide colleges van bestuur."),

        ("h", "Artikel 5 - Rapporteren aan de besturen (vervangt artikel 6)"),
        ("p", "5.1 Het routeduo stuurt in februari en in september een voortgangsnotitie aan beide "
              "colleges van bestuur. Daarin staan in elk geval de aantallen instromers, doorstromers, "
              "overstappers en gediplomeerden, de resultaten van de tevredenheidspeiling onder leerlingen "
              "en de uitputting van de routebegroting."),
        ("p", "5.2 Eenmaal per jaar, in oktober, legt het routeduo in een bestuurlijk gesprek met beide "
              "colleges verantwoording af over het afgelopen schooljaar. Een college dat eerder of "
              "aanvullend informatie nodig heeft, kan die op elk moment opvragen; het duo levert die "
              "binnen tien werkdagen."),

        ("h", "Artikel 6 - Uitvoering, mensen en middelen (vervangt artikel 7)"),
        ("p", "6.1 De vo-fase wordt verzorgd in het gebouw van Het Kasblad College aan de Kwekerslaan te "
              "Naaldwijk. Vanaf het tweede jaar van de route volgen leerlingen één dag per week les in de "
              "praktijkkas en het teeltlab van het ROC in Honselersdijk. De mbo-fase wordt verzorgd op de "
              "locatie Honselersdijk van het ROC en bij de leerbedrijven."),
        ("p", "6.2 Het programma en de examinering per leerjaar, met de verdeling van de vmbo-examens over "
              "de eerste drie jaren van de route en de mbo-examens vanaf het eerste jaar, liggen vast in "
              "het gezamenlijke PTA/OER dat het routeduo jaarlijks vóór 1 juli aan beide colleges ter "
              "vaststelling voorlegt."),
        ("p", "6.3 Twee teeltdocenten van het ROC geven in het eerste en tweede jaar van de route elk zes "
              "uur per week les op de School; de School stelt voor de mbo-fase een docent biologie voor "
              "vier uur per week beschikbaar aan het ROC. De docenten vormen één team en maken gebruik van "
              "de teambevoegdheid voor de vakoverstijgende kasprojecten; voor ieder programmaonderdeel is "
              "ten minste één bevoegde docent verantwoordelijk. Iedere docent blijft in dienst van de "
              "eigen werkgever."),
        ("p", "6.4 De School stelt haar practicumlokaal en het schoolplein met de proeftuin kosteloos "
              "beschikbaar; het ROC stelt de praktijkkas, het teeltlab en de klimaatcomputer beschikbaar. "
              "Elke Partij blijft verantwoordelijk voor het onderhoud en de verzekering van de eigen "
              "voorzieningen."),

        ("h", "Artikel 7 - Wanneer de route niet past (vervangt artikel 8)"),
        ("p", "7.1 Een leerling die in de vo-fase stopt met de route, zet zijn opleiding voort in de "
              "reguliere kaderberoepsgerichte leerweg van het profiel Groen of, als dat beter past, in "
              "een ander profiel op de School, met als doel het vmbo-diploma."),
        ("p", "7.2 Een student die in de mbo-fase stopt, kan bij het ROC instromen in een andere "
              "opleiding op niveau 3 of, als het bereikte niveau daartoe aanleiding geeft, op niveau 2. "
              "Vooropleidingseisen worden daarbij niet gesteld. Heeft de student zijn vmbo-diploma nog niet "
              "behaald, dan blijft de School hem in de gelegenheid stellen het eindexamen af te ronden."),
        ("p", "7.3 Wil de jongere naar een andere instelling, bijvoorbeeld na een verhuizing, dan helpt het "
              "ROC bij de aanmelding en de overdracht van het dossier."),
        ("p", "7.4 Welk alternatief past, stellen de School en het ROC samen vast, na een gesprek met de "
              "jongere en zijn ouders, op basis van het bereikte onderwijsniveau en de leeftijd van de "
              "jongere. De uitkomst wordt binnen vier weken na het gesprek schriftelijk aan de jongere en "
              "zijn ouders meegedeeld."),

        ("h", "Artikel 8 - Geldstromen (vervangt artikel 9)"),
        ("p", "8.1 De School draagt voor elke leerling die in het eerste of tweede jaar van de route staat "
              "ingeschreven EUR 1.150 per schooljaar over aan het ROC. Dit bedrag is bestemd voor de inzet "
              "van de teeltdocenten van het ROC op de School (artikel 6.3) en voor het gebruik van de "
              "praktijkkas en het teeltlab (artikel 6.4)."),
        ("p", "8.2 Het ROC draagt geen middelen over aan de School. De inzet van de docent biologie in de "
              "mbo-fase wordt verrekend met de overdracht uit lid 1: het bedrag per leerling is daarop "
              "afgestemd."),
        ("p", "8.3 Het ROC factureert de overdracht jaarlijks op 1 november op basis van de telling van "
              "1 oktober."),

        ("h", "Artikel 9 - Duur en einde (vervangt artikel 11)"),
        ("p", "9.1 Deze verlengingsovereenkomst en de Overeenkomst 2021 gelden tot en met 31 juli 2029. "
              "Uiterlijk op 1 februari 2029 besluiten Partijen of zij een nieuwe overeenkomst sluiten."),
        ("p", "9.2 Elke Partij kan de samenwerking tussentijds schriftelijk opzeggen tegen 1 augustus van "
              "enig jaar, met een opzegtermijn van twaalf maanden. Na opzegging stromen geen nieuwe "
              "leerlingen meer in; leerlingen en studenten die al in de route zitten, maken de route bij "
              "Partijen af onder de voorwaarden van deze overeenkomst."),
        ("p", "9.3 Wijzigingen zijn alleen geldig als zij schriftelijk zijn vastgelegd en door beide "
              "colleges van bestuur zijn ondertekend. Een wijziging die het programma van een lopend "
              "cohort raakt, gaat niet eerder in dan bij de start van het volgende schooljaar."),

        ("p", "Aldus overeengekomen en in tweevoud getekend te Naaldwijk op 23 juni 2025."),
        ("sig", [["Stichting Christelijk Voortgezet Onderwijs Delfland-Westland", "", "",
                  "drs. H.J. Verduijn-Brouwer", "voorzitter college van bestuur"],
                 ["Stichting Regionaal Opleidingencentrum Kustland", "", "",
                  "ir. P.A. Boekestijn", "lid college van bestuur"]]),
    ]


# ===========================================================================
# 502 - werkwoordkoppen, DOCX (Word-kopstijlen), Regio Zwolle,
#       Dienstverlening en producten kb -> Handhaver toezicht en veiligheid 3
# ===========================================================================

@sample(502, "werkwoordkoppen_zwolle_toezicht_veiligheid", "docx",
        "DOCX met Word-kopstijlen, artikelen met werkwoorden als titel ('Samen leiden', 'Verantwoorden', "
        "'Overstappen'), eenvoudige actieve taal, Regio Zwolle, Dienstverlening en producten kb -> "
        "Handhaver toezicht en veiligheid niveau 3; volledig, geen overdracht van geld, leerlingen in "
        "studentenraad",
        S("p", "p", "p", "p", "p", "p", "p", "p", "p", "p"),
        {"a": "Kiezen", "b": "Betrekken", "c": "Samen leiden", "d": "Verantwoorden",
         "e": "Inrichten en lesgeven", "f": "Overstappen", "g": "Verrekenen", "h": "Meepraten",
         "i": "Oplossen", "j": "Aansluiten, wijzigen en stoppen"},
        {"docx_headings": "styles", "docx_author": "Het Stadsmeercollege",
         "pdf_title": "Samenwerkingsovereenkomst route Toezicht en veiligheid"})
def s502():
    return [
        ("title", "Samenwerkingsovereenkomst route Toezicht en veiligheid"),
        ("subtitle", "doorlopende leerroute vmbo-mbo  |  Het Stadsmeercollege en ROC Vechtstroom  |  "
                     "versie 1.0, juni 2025"),
        ("h", "Wie tekenen"),
        ("p", "Stichting Openbaar Voortgezet Onderwijs IJssel-Vecht in Zwolle, het bevoegd gezag van Het "
              "Stadsmeercollege, vertegenwoordigd door bestuurder Marloes Wiersma. In deze overeenkomst: "
              "de school."),
        ("p", "Stichting ROC Vechtstroom in Zwolle, het bevoegd gezag van ROC Vechtstroom, vertegenwoordigd "
              "door Anton Kruithof, voorzitter van het college van bestuur. In deze overeenkomst: het ROC."),
        ("p", "Samen bieden zij vanaf 1 augustus 2025 één doorlopende leerroute aan voor jongeren die later "
              "willen werken aan een veilige stad. Zij melden de route samen bij DUO aan en spreken het "
              "volgende af."),

        ("h", "Kiezen"),
        ("p", "Leerlingen kiezen aan het eind van het tweede leerjaar voor de route. Zij volgen in leerjaar 3 "
              "en 4 het profiel Dienstverlening en producten in de kaderberoepsgerichte leerweg, met de "
              "keuzevakken Mens en veiligheid en Voorkomen en handhaven. Daarna gaan zij zonder nieuwe "
              "intake door in de opleiding Handhaver toezicht en veiligheid, niveau 3, "
              "beroepsopleidende leerweg, in het domein Veiligheid en sport van het ROC."),
        ("p", "De route duurt vijf jaar. Het vmbo-examen wordt verdeeld over het eerste tot en met het "
              "derde jaar van de route; het mbo-diploma volgt aan het eind van het vijfde jaar."),

        ("h", "Betrekken"),
        ("p", "De afdeling Toezicht en handhaving van de gemeente Zwolle, de beveiligingsbedrijven Vechtdal "
              "Beveiliging en Wachtpost Oost en de Stichting Zwolse Evenementen zijn vaste partners van de "
              "route. Zij hebben dat bevestigd in een intentieverklaring, maar wat zij doen staat hier:"),
        ("li", "zij bieden samen elk jaar minimaal vijftien stageplaatsen aan voor de beroepspraktijkvorming "
               "in de mbo-fase, bij een door SBB erkend leerbedrijf;"),
        ("li", "leerlingen in de vo-fase lopen per jaar ten minste twee dagdelen mee met boa's of "
               "beveiligers, onder meer op Zwolse evenementen;"),
        ("li", "de partners leveren per schooljaar drie praktijkcasussen aan die in de lessen worden "
               "uitgewerkt, en een medewerker van de partner beoordeelt de uitwerking mee;"),
        ("li", "twee praktijkmensen nemen deel aan de beoordeling van de proeve van bekwaamheid;"),
        ("li", "drie keer per jaar komen de partners bijeen in de praktijkraad van de route. De praktijkraad "
               "adviseert het routeteam over de inhoud van het programma en over nieuwe ontwikkelingen in "
               "het vak."),

        ("h", "Samen leiden"),
        ("p", "De route heeft één routeteam. Daarin zitten de afdelingsleider bovenbouw van de school, de "
              "teamleider Veiligheid van het ROC en een routeregisseur. De afdelingsleider en de teamleider "
              "worden door hun eigen bestuur in het routeteam geplaatst. De routeregisseur is een docent die "
              "de twee bestuurders samen aanwijzen, na een voordracht van de afdelingsleider en de "
              "teamleider; de aanwijzing geldt voor drie jaar."),
        ("p", "Het routeteam maakt het programma, het rooster en het gezamenlijke PTA/OER, verdeelt de "
              "docenten over de lessen, beslist over de toelating tot de route en bewaakt de kwaliteit. Het "
              "routeteam mag zelf afspraken maken met de partners uit het werkveld en mag de routebegroting "
              "uitgeven. Over een hogere begroting, over nieuwe partijen en over het stoppen van de route "
              "beslissen de bestuurders zelf."),

        ("h", "Verantwoorden"),
        ("p", "Het routeteam stuurt elk kwartaal een korte stand van zaken naar beide bestuurders, met het "
              "aantal leerlingen, het verzuim, de stages en de uitgaven. Vóór 1 december maakt het "
              "routeteam een routeverslag over het vorige schooljaar, met de in-, door- en uitstroom, "
              "de examenresultaten en wat leerlingen en partners van de route vinden. Het verslag wordt "
              "besproken in het bestuurlijk overleg dat de bestuurders elk jaar in december houden. Daar "
              "licht het routeteam zijn keuzes toe."),

        ("h", "Inrichten en lesgeven"),
        ("p", "In leerjaar 3 en 4 krijgen de leerlingen les in het gebouw van de school aan de Hogeweg. Eén "
              "dag per week zijn zij op de campus Veiligheid en sport van het ROC. Vanaf het derde jaar van "
              "de route krijgen zij alle lessen op de campus van het ROC en lopen zij stage."),
        ("p", "Docenten van de school en het ROC vormen één docententeam. Twee docenten veiligheid van het "
              "ROC geven in de vo-fase samen acht uur per week les op de school. Een docent "
              "maatschappijleer van de school geeft in het derde jaar van de route vier uur per week les "
              "op de campus. Het team maakt gebruik van de teambevoegdheid voor de vakoverstijgende "
              "onderdelen Veilig organiseren en Burger en handhaving; in het PTA/OER staat welke onderdelen "
              "dat zijn en welke bevoegde docent per onderdeel verantwoordelijk is. Iedereen blijft in "
              "dienst van zijn eigen werkgever."),
        ("p", "De leerlingen gebruiken de meldkamer-oefenruimte, de camerawand en de sporthal van het ROC. "
              "Het ROC gebruikt de keuken en de verzorgingsruimte van de school voor het onderdeel EHBO en "
              "zorg. Rooster en ruimtes worden afgestemd door het routeteam."),
        ("p", "Het programma en de examinering per leerjaar, ook de beroepspraktijkvorming, staan in het "
              "gezamenlijke PTA/OER van de route. De school blijft verantwoordelijk voor het vmbo-examen, "
              "het ROC voor de mbo-examens. Een klacht over een docent van de andere partij wordt "
              "behandeld volgens de klachtenregeling van de partij waar de klacht binnenkomt; de partij van "
              "die docent werkt mee aan de afhandeling."),

        ("h", "Overstappen"),
        ("p", "Soms past de route niet meer. Dan zoeken de school en het ROC samen een plek waar de jongere "
              "toch een diploma haalt:"),
        ("li", "wie in leerjaar 3 of 4 uitstapt, blijft op de school en doet examen in de gewone "
               "kaderberoepsgerichte leerweg, in hetzelfde of een ander profiel;"),
        ("li", "wie het vmbo-examen in het derde jaar van de route niet haalt, mag bij het ROC doorgaan in "
               "een opleiding op niveau 2 of 3 en krijgt daarnaast de kans het examen over te doen;"),
        ("li", "wie later uitstapt of een ander vak wil, kan bij het ROC overstappen naar een andere "
               "opleiding op hetzelfde niveau, zonder de gewone toelatingseisen;"),
        ("li", "wie verhuist of naar een ander ROC wil, krijgt hulp bij de aanmelding en een warme "
               "overdracht."),
        ("p", "Welke plek het wordt, bepalen de afdelingsleider en de teamleider samen, na een gesprek met "
              "de jongere en zijn ouders. Zij kijken naar wat de jongere al heeft gehaald en naar zijn "
              "leeftijd. De uitwerking staat ook in de schoolgids."),

        ("h", "Verrekenen"),
        ("p", "Er gaat geen geld over en weer. De school en het ROC dragen geen deel van hun bekostiging aan "
              "elkaar over. De uren die docenten bij de andere partij lesgeven, wegen ongeveer tegen "
              "elkaar op; iedere partij betaalt haar eigen mensen en haar eigen gebouwen."),

        ("h", "Meepraten"),
        ("p", "De medezeggenschapsraad van de school en de studentenraad van het ROC krijgen allebei het "
              "routeverslag en praten er één keer per jaar samen over met het routeteam. Leerlingen uit "
              "leerjaar 4 van de route mogen al één vaste plaats innemen in de studentenraad van het ROC, "
              "met spreekrecht. Het ROC regelt dat in het reglement van de studentenraad."),

        ("h", "Oplossen"),
        ("p", "Zijn de school en het ROC het niet eens over de uitvoering van deze overeenkomst, dan "
              "bespreekt het routeteam dat eerst. Lukt het daar niet binnen vier weken, dan gaat het naar de "
              "twee bestuurders. Komen die er binnen zes weken niet uit, dan vragen zij samen een "
              "mediator. Blijft het dan nog drie maanden zonder oplossing, dan mag elke partij naar de "
              "Rechtbank Overijssel."),

        ("h", "Aansluiten, wijzigen en stoppen"),
        ("p", "Een andere vmbo-school of mbo-instelling kan meedoen als beide bestuurders dat schriftelijk "
              "goedvinden en de nieuwe partij deze overeenkomst met een toetredingsverklaring aanvaardt. "
              "Meedoen kan alleen vanaf het begin van een schooljaar; de nieuwe partij meldt zich ook bij "
              "DUO."),
        ("p", "Wijzigen kan alleen op papier, met de handtekening van beide bestuurders. Een wijziging die "
              "lopende klassen raakt, gaat pas in bij het volgende schooljaar."),
        ("p", "Deze overeenkomst loopt voor onbepaalde tijd. Stoppen kan per 1 augustus, als de andere "
              "partij dat een jaar van tevoren schriftelijk heeft gehoord. Houdt een partij zich ernstig en "
              "blijvend niet aan de afspraken, dan kan de andere de overeenkomst ontbinden. In beide gevallen "
              "komen er geen nieuwe leerlingen meer bij en maken de leerlingen en studenten die al "
              "begonnen zijn, de route af bij de school en het ROC."),

        ("h", "Ondertekenen"),
        ("p", "Zwolle, 26 juni 2025"),
        ("sig", [["Voor de school", "", "Marloes Wiersma, bestuurder"],
                 ["Voor het ROC", "", "Anton Kruithof, voorzitter college van bestuur"]]),
    ]


# ===========================================================================
# 503 - genummerde besluiten van de bestuurlijke routeraad, PDF, Heuvelland,
#       Horeca, bakkerij en recreatie kb -> Zelfstandig medewerker leisure & hospitality 3
# ===========================================================================

@sample(503, "routeraad_besluiten_heuvelland_toerisme", "pdf",
        "PDF in de vorm van genummerde besluiten van een bestuurlijke routeraad, door beide besturen "
        "bekrachtigd, Heuvelland (Zuid-Limburg), Horeca, bakkerij en recreatie kb -> Zelfstandig "
        "medewerker leisure & hospitality niveau 3 (toerisme); defecten: werkveld alleen als voornemen "
        "(b weak), financienbesluit herhaalt alleen de wettekst (g weak)",
        S("p", "w", "p", "p", "p", "p", "w", "p", "p", "p"),
        {"a": "Besluit 1 - Instelling van de route",
         "c": "Besluit 3 - Samenstelling, aanwijzing en mandaat van de routeraad",
         "d": "Besluit 4 - Verslag aan de besturen",
         "e": "Besluit 5 - Waar en hoe het onderwijs wordt gegeven",
         "f": "Besluit 8 - Als de route niet wordt afgemaakt",
         "h": "Besluit 10 - Commissie route",
         "i": "Besluit 11 - Meningsverschillen tussen de besturen",
         "j": "Besluit 12 - Nieuwe deelnemers"},
        {"font": "Helvetica", "size": 9.5, "justify": False,
         "header": "Bestuurlijke routeraad Leisure Heuvelland - besluitenlijst constituerende vergadering",
         "pdf_title": "Besluitenlijst bestuurlijke routeraad Leisure Heuvelland"})
def s503():
    return [
        ("title", "Bestuurlijke routeraad Leisure Heuvelland"),
        ("subtitle", "Besluitenlijst van de constituerende vergadering van 12 mei 2025, "
                     "bekrachtigd als samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("h2", "Aanwezig"),
        ("p", "Namens Stichting Voortgezet Onderwijs Heuvelland-Maas, bevoegd gezag van het Geulvallei "
              "College te Valkenburg aan de Geul (hierna: het Geulvallei College): mevrouw M.C.H. "
              "Ramakers-Lemmens, voorzitter college van bestuur, en de heer R. Dassen, sectordirecteur vmbo."),
        ("p", "Namens Stichting ROC Zuidrand, bevoegd gezag van ROC Zuidrand te Heerlen (hierna: ROC "
              "Zuidrand): de heer dr. J.W. Offermans, lid college van bestuur, en mevrouw S. Lahaye, "
              "directeur van het college Toerisme en Gastvrijheid."),
        ("h2", "Vooraf"),
        ("p", "De besturen van het Geulvallei College en ROC Zuidrand hebben besloten hun samenwerking in de "
              "leisure-route vast te leggen in de vorm van de besluiten die de routeraad in deze vergadering "
              "heeft genomen. Beide voorzitters ondertekenen deze besluitenlijst namens hun bestuur; de "
              "besluiten binden daarmee beide besturen als een samenwerkingsovereenkomst in de zin van "
              "artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Afwijken van een besluit kan alleen op de "
              "wijze van besluit 13."),

        ("h", "Besluit 1 - Instelling van de route"),
        ("p", "Met ingang van het schooljaar 2025-2026 wordt de doorlopende leerroute Leisure Heuvelland "
              "ingesteld. De route begint in leerjaar 3 van het Geulvallei College in het profiel Horeca, "
              "bakkerij en recreatie, kaderberoepsgerichte leerweg, met de keuzevakken Recreatie: "
              "gastheerschap en Recreatie: activiteiten. Zij loopt door in de opleiding Zelfstandig "
              "medewerker leisure & hospitality, niveau 3, opleidingsdomein Toerisme en recreatie, van "
              "ROC Zuidrand (BOL). De route duurt vijf jaar. Het Geulvallei College en ROC Zuidrand melden "
              "de route vóór 1 juli 2025 gezamenlijk bij DUO."),

        ("h", "Besluit 2 - Ondernemers in de regio"),
        ("p", "De routeraad spreekt uit dat de toeristische ondernemers in het Heuvelland een belangrijke "
              "rol kunnen spelen in de route. De routeraad zal zich er in het eerste jaar van de route voor "
              "inspannen om met de VVV, de grotte- en attractieparken en de ondernemersvereniging "
              "Valkenburg Vitaal te verkennen op welke wijze zij zich aan de route kunnen verbinden."),

        ("h", "Besluit 3 - Samenstelling, aanwijzing en mandaat van de routeraad"),
        ("p", "3.1 De routeraad is de leiding van de route. Zij bestaat uit vier leden: de sectordirecteur "
              "vmbo en de teamleider bovenbouw HBR van het Geulvallei College, en de directeur van het "
              "college Toerisme en Gastvrijheid en de opleidingsmanager leisure van ROC Zuidrand."),
        ("p", "3.2 Elk college van bestuur wijst zijn twee leden bij schriftelijk besluit aan en kan die "
              "aanwijzing op dezelfde wijze intrekken. Het voorzitterschap wisselt per schooljaar tussen "
              "een lid van het Geulvallei College en een lid van ROC Zuidrand."),
        ("p", "3.3 De besturen dragen de routeraad op: het vaststellen van het gezamenlijke PTA/OER per "
              "leerjaar, het toelatingsbeleid van de route, de roosterafspraken, de verdeling van het "
              "docententeam over de programmaonderdelen, de kwaliteitszorg en de besluiten over individuele "
              "overstappers (besluit 8). De routeraad is bevoegd om binnen de door de besturen "
              "goedgekeurde jaarbegroting verplichtingen aan te gaan tot EUR 10.000 per geval."),
        ("p", "3.4 Niet gemandateerd zijn: besluiten over personeel in dienst van een van de besturen, over "
              "investeringen boven het bedrag van 3.3, over de instroomcapaciteit en over wijziging of "
              "beëindiging van deze overeenkomst."),
        ("p", "3.5 De routeraad besluit bij meerderheid, met dien verstande dat voor ieder besluit ten "
              "minste één lid van elk bestuur moet instemmen."),

        ("h", "Besluit 4 - Verslag aan de besturen"),
        ("p", "4.1 De besluitenlijst van elke vergadering van de routeraad gaat binnen twee weken naar beide "
              "colleges van bestuur."),
        ("p", "4.2 In maart brengt de routeraad een tussenrapportage uit over de voortgang van de lopende "
              "cohorten. Vóór 15 november legt de routeraad een jaarrapportage over aan beide besturen met "
              "de in-, door- en uitstroomcijfers, de examenresultaten, het aantal overstappers en de "
              "besteding van de routebegroting. De jaarrapportage wordt in december besproken in een "
              "gezamenlijke vergadering van de twee colleges van bestuur, waarin de routeraad "
              "verantwoording aflegt over het gevoerde beleid."),

        ("h", "Besluit 5 - Waar en hoe het onderwijs wordt gegeven"),
        ("p", "5.1 Leerjaar 3 en 4 van de route worden gegeven op de locatie van het Geulvallei College aan "
              "de Plenkertstraat te Valkenburg aan de Geul. Vanaf leerjaar 4 volgen leerlingen op "
              "woensdag het praktijkprogramma in het leerhotel van ROC Zuidrand in Valkenburg. De mbo-fase "
              "wordt gegeven in het leerhotel en op de hoofdlocatie van het college Toerisme en "
              "Gastvrijheid in Heerlen."),
        ("p", "5.2 Het programma, de examinering per leerjaar en de beroepspraktijkvorming per leerjaar "
              "worden beschreven in het gezamenlijke PTA/OER. Daarin staat welke onderdelen tot het vmbo "
              "behoren, welke tot het mbo en welke gecombineerd worden getoetst. De vmbo-examens worden "
              "afgerond in het derde jaar van de route."),

        ("h", "Besluit 6 - Het docententeam"),
        ("p", "6.1 Voor de route wordt één docententeam gevormd van docenten van beide besturen. ROC "
              "Zuidrand zet in de vo-fase een docent leisure en een praktijkinstructeur in voor samen tien "
              "lesuren per week op het Geulvallei College; het Geulvallei College zet een docent Engels en "
              "een docent Duits in voor samen vier uur per week in de mbo-fase."),
        ("p", "6.2 Het team maakt gebruik van de teambevoegdheid voor de vakoverstijgende onderdelen Gast "
              "en streek en Evenementen in het Heuvelland, zoals aangegeven in het PTA/OER. Elk teamlid "
              "blijft verantwoordelijk voor het deel waarvoor hij bevoegd is en blijft in dienst van zijn "
              "eigen bestuur."),

        ("h", "Besluit 7 - Ruimten en middelen"),
        ("p", "Het leerhotel van ROC Zuidrand, met receptie, keuken en zalen, staat op woensdag ter "
              "beschikking van de vo-fase. Het Geulvallei College stelt zijn praktijklokaal HBR en zijn "
              "ICT-lokaal met reserveringssoftware open voor de mbo-studenten van de route. Elk bestuur "
              "verzekert en onderhoudt zijn eigen voorzieningen."),

        ("h", "Besluit 8 - Als de route niet wordt afgemaakt"),
        ("p", "8.1 Een leerling die in leerjaar 3 of 4 de route verlaat, volgt verder het reguliere "
              "programma van het profiel Horeca, bakkerij en recreatie of een ander profiel van het "
              "Geulvallei College, en doet vmbo-examen."),
        ("p", "8.2 Wie de vmbo-examens in het derde jaar van de route niet heeft gehaald, wordt niet "
              "uitgeschreven zonder alternatief: hij kan bij ROC Zuidrand verder in een opleiding op niveau 2 "
              "of 3 in het domein Toerisme en recreatie of Horeca en bakkerij, of hij blijft een jaar op "
              "het Geulvallei College om het vmbo-diploma alsnog te halen."),
        ("p", "8.3 Een student die in de mbo-fase de route verlaat, kan bij ROC Zuidrand overstappen naar "
              "een andere opleiding op hetzelfde niveau; vooropleidingseisen gelden daarvoor niet. Voor een "
              "opleiding bij een andere instelling vraagt ROC Zuidrand een geschiktheidsonderzoek aan en "
              "verzorgt het de overdracht."),
        ("p", "8.4 De keuze wordt gemaakt door de routeraad, op voorstel van de mentor, nadat de jongere en "
              "zijn ouders zijn gehoord, met inachtneming van het bereikte onderwijsniveau en de leeftijd "
              "van de jongere."),

        ("h", "Besluit 9 - Middelen"),
        ("p", "Voor zover een deel van de door het Geulvallei College of ROC Zuidrand ontvangen "
              "bekostiging wordt overgedragen met toepassing van artikel 5.42a WVO 2020 respectievelijk "
              "artikel 9.1.15 WEB, worden de omvang en de bestemming van de over te dragen middelen "
              "aangegeven."),

        ("h", "Besluit 10 - Commissie route"),
        ("p", "De medezeggenschapsraad van het Geulvallei College en de studentenraad van het college "
              "Toerisme en Gastvrijheid wijzen elk twee leden aan voor een gezamenlijke commissie route. De "
              "commissie wordt door de routeraad gehoord voordat het PTA/OER of het toelatingsbeleid wordt "
              "gewijzigd, en kan de routeraad ongevraagd adviseren. De bevoegdheden van de raden zelf blijven "
              "onverlet."),

        ("h", "Besluit 11 - Meningsverschillen tussen de besturen"),
        ("p", "11.1 Een verschil van mening over de uitvoering van deze besluiten wordt eerst in de "
              "routeraad besproken. Leidt dat binnen een maand niet tot overeenstemming, dan leggen de "
              "voorzitters van de colleges van bestuur het verschil in een gezamenlijk gesprek op tafel."),
        ("p", "11.2 Is het verschil zes weken na dat gesprek niet opgelost, dan wordt het voorgelegd aan "
              "een onafhankelijke deskundige die de besturen samen aanwijzen, of bij gebreke van "
              "overeenstemming binnen twee weken een deskundige die door de voorzitter van de rechtbank "
              "Limburg op verzoek van het meest gerede bestuur wordt aangewezen. De deskundige brengt "
              "bindend advies uit; de kosten worden gelijk gedeeld."),

        ("h", "Besluit 12 - Nieuwe deelnemers"),
        ("p", "Een andere school voor vmbo of een andere mbo-instelling kan deelnemer worden als beide "
              "besturen daarmee schriftelijk instemmen, de nieuwe deelnemer deze besluitenlijst "
              "onvoorwaardelijk aanvaardt en zich bij DUO meldt. Toetreding gaat in op 1 augustus, zodat "
              "lopende cohorten geen wijziging midden in het schooljaar ondervinden."),

        ("h", "Besluit 13 - Wijzigen van deze besluiten"),
        ("p", "Een besluit uit deze lijst kan alleen worden gewijzigd door een nieuw besluit van de "
              "routeraad dat door beide voorzitters van de colleges van bestuur is ondertekend. Wijzigingen "
              "die het programma van leerlingen in de route raken, gaan pas in bij de start van een nieuw "
              "schooljaar."),

        ("h", "Besluit 14 - Duur en beëindiging"),
        ("p", "14.1 De samenwerking geldt voor onbepaalde tijd. Elk bestuur kan haar schriftelijk opzeggen "
              "per 1 augustus, met inachtneming van een termijn van ten minste vijftien maanden."),
        ("p", "14.2 Bij een ernstige tekortkoming die na schriftelijke ingebrekestelling niet binnen drie "
              "maanden is hersteld, kan het andere bestuur de samenwerking ontbinden per het einde van het "
              "lopende schooljaar."),
        ("p", "14.3 Na opzegging of ontbinding worden geen leerlingen meer toegelaten. Leerlingen en "
              "studenten die op dat moment in de route zitten, ronden haar af volgens het PTA/OER dat voor "
              "hun cohort geldt; beide besturen houden de daarvoor nodige docenten en voorzieningen "
              "beschikbaar."),

        ("h", "Besluit 15 - Inwerkingtreding"),
        ("p", "Deze besluiten treden in werking op de dag van ondertekening door beide voorzitters."),
        ("p", "Bekrachtigd te Valkenburg aan de Geul op 12 mei 2025."),
        ("sig", [["Stichting Voortgezet Onderwijs Heuvelland-Maas", "", "",
                  "M.C.H. Ramakers-Lemmens", "voorzitter college van bestuur"],
                 ["Stichting ROC Zuidrand", "", "", "dr. J.W. Offermans", "lid college van bestuur"]]),
    ]


# ===========================================================================
# 504 - vetgedrukte inloopkoppen in alinea's, MD, Kop van Noord-Holland,
#       Bouwen, wonen en interieur bb -> Schilder niveau 2 (schilderen en afbouw)
# ===========================================================================

@sample(504, "inloopkoppen_kop_van_noord_holland_schilder", "md",
        "Markdown zonder kopjes: elke alinea begint met een vetgedrukte inlooptitel, zakelijke "
        "ambtelijke stijl, Kop van Noord-Holland, Bouwen, wonen en interieur bb -> Schilder niveau 2 "
        "(schilderen en afbouw); volledig, overdracht als percentage met bestemming, medezeggenschap "
        "alleen als beschrijving van de wet (h not_applicable)",
        S("p", "p", "p", "p", "p", "p", "p", "na", "p", "p"),
        {"a": "Wat de route inhoudt.", "b": "De schildersbedrijven.", "c": "Wie de route aanstuurt.",
         "d": "Rekenschap.", "e": "Waar, door wie en waarmee.", "f": "Een andere weg naar een diploma.",
         "g": "Geld.", "i": "Als het schuurt.", "j": "Erbij komen, bijstellen en uit elkaar gaan."},
        {})
def s504():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Schilderen en afbouw Noordkop"),
        ("p", "*Vakcollege Marsdiep en ROC Noordkop, vastgesteld op 19 juni 2025*"),
        ("p", "**Partijen.** Stichting Scholengroep Den Helder Noord, gevestigd te Den Helder, bevoegd gezag "
              "van het Vakcollege Marsdiep, hierbij vertegenwoordigd door de voorzitter van het college van "
              "bestuur, de heer K. Bakker (hierna: het Vakcollege), en Stichting Regionaal Opleidingencentrum "
              "Noordkop, gevestigd te Schagen, hierbij vertegenwoordigd door de voorzitter van het college "
              "van bestuur, mevrouw E.M. de Wit-Zijp (hierna: ROC Noordkop), verklaren dat zij de hierna "
              "volgende afspraken maken over de doorlopende leerroute vmbo-mbo die zij samen verzorgen."),
        ("p", "**Aanleiding.** In de Kop van Noord-Holland is een groot tekort aan schilders en "
              "afbouwvakmensen, terwijl veel jongeren uit de basisberoepsgerichte leerweg na het vmbo "
              "afhaken. De route moet de overgang van vmbo naar mbo laten verdwijnen en de jongere in één "
              "doorgaande lijn naar een vakdiploma brengen."),
        ("p", "**Wat de route inhoudt.** De route omvat de bovenbouw van het profiel Bouwen, wonen en "
              "interieur in de basisberoepsgerichte leerweg van het Vakcollege, met de keuzevakken "
              "Schilderen en behangen en Decoratieve technieken, en de aansluitende opleiding Schilder "
              "(niveau 2, basisberoepsopleiding) in het opleidingsdomein Afbouw, hout en onderhoud van ROC "
              "Noordkop. De route duurt vier jaar. De eerste twee jaar staat de jongere ingeschreven bij het "
              "Vakcollege, daarna bij ROC Noordkop. In het laatste jaar kan de student overstappen van de "
              "beroepsopleidende naar de beroepsbegeleidende leerweg als hij een leerbaan heeft."),
        ("p", "**De schildersbedrijven.** Negen schilders- en afbouwbedrijven uit Den Helder, Schagen en "
              "Texel, waaronder Schildersbedrijf Kooiman & Zn., Helderse Afbouw Groep en Schildersbedrijf "
              "De Bolder, hebben zich voor de duur van deze overeenkomst aan de route verbonden. Zij nemen "
              "ieder per schooljaar ten minste twee leerlingen op voor een snuffelstage van vijf dagen in "
              "de vo-fase en leveren ieder ten minste één bbl-leerbaan of bpv-plaats in de mbo-fase, als "
              "door SBB erkend leerbedrijf. Eén keer per periode verzorgt een van de bedrijven een "
              "werkplaatsdag op school, waarin leerlingen onder leiding van een gezel een echte klus "
              "uitvoeren. Een vakman van de bedrijven is tweede beoordelaar bij de praktijkexamens Schilder. "
              "De bedrijven kiezen samen een vertegenwoordiger in het routeoverleg (zie hierna), die daar "
              "een adviserende stem heeft over de inhoud van het programma."),
        ("p", "**Wie de route aanstuurt.** De route wordt aangestuurd door een routeoverleg van drie "
              "personen: de afdelingsleider basis van het Vakcollege, de teamleider Afbouw van ROC Noordkop "
              "en een routecoördinator. De afdelingsleider en de teamleider hebben zitting op grond van "
              "hun functie en worden daartoe door hun eigen college van bestuur schriftelijk aangewezen. De "
              "routecoördinator wordt door de twee colleges van bestuur in gezamenlijk overleg voor vier jaar "
              "benoemd en is bij voorkeur een docent met ervaring in beide schoolsoorten. Het routeoverleg "
              "is namens beide besturen bevoegd tot het opstellen van het PTA/OER, het indelen van de "
              "docenten, het vaststellen van het rooster en de toelating van leerlingen tot de route, en "
              "beheert het routebudget. Het routeoverleg kan geen verplichtingen aangaan buiten dat budget "
              "en geen afspraken maken die personeel van een van beide partijen in een andere functie "
              "plaatsen; die beslissingen nemen de colleges van bestuur."),
        ("p", "**Rekenschap.** Het routeoverleg brengt na elk halfjaar, in februari en in augustus, een "
              "beknopt schriftelijk verslag uit aan beide colleges van bestuur over het aantal leerlingen, "
              "de voortgang, het verzuim, de stages en de uitgaven. Jaarlijks in september vindt een "
              "bestuurlijk overleg plaats tussen beide colleges en het routeoverleg, waarin het routeoverleg "
              "verantwoording aflegt over het afgelopen schooljaar en de colleges de plannen voor het "
              "nieuwe schooljaar bespreken. Het routeoverleg meldt zaken die niet kunnen wachten direct aan "
              "beide colleges."),
        ("p", "**Waar, door wie en waarmee.** De lessen in de vo-fase worden gegeven in het gebouw van het "
              "Vakcollege aan de Jan Verfailleweg in Den Helder; de mbo-fase vindt plaats in het "
              "Bouwcentrum van ROC Noordkop in Schagen en bij de leerbedrijven. Eén schilderdocent van ROC "
              "Noordkop werkt twee dagen per week in de schilderwerkplaats van het Vakcollege en vormt met "
              "de docenten BWI van het Vakcollege één team; zij verzorgen samen de vakoverstijgende "
              "projecten, met gebruikmaking van de teambevoegdheid en met per onderdeel een bevoegde "
              "docent als eindverantwoordelijke. De mentor van het Vakcollege gaat in het eerste mbo-jaar "
              "mee als coach. Iedere docent blijft in dienst van de eigen werkgever. Het Vakcollege stelt "
              "de schilderwerkplaats met spuitcabine ter beschikking; ROC Noordkop stelt de "
              "oefenwanden, de steigerbouwplaats en het behanglokaal in Schagen open voor de leerlingen "
              "van de vo-fase op de vrijdagmiddagen. Het programma, de vmbo- en mbo-examens per leerjaar en "
              "de stages per leerjaar staan in het gezamenlijke PTA/OER."),
        ("p", "**Een andere weg naar een diploma.** Als een leerling de route niet kan of wil afmaken, "
              "zorgen het Vakcollege en ROC Noordkop samen dat hij op een andere manier een diploma haalt. "
              "Tot het vmbo-diploma betekent dat: doorgaan in de gewone basisberoepsgerichte leerweg van "
              "het profiel Bouwen, wonen en interieur, of van een ander profiel op het Vakcollege. Na het "
              "vmbo-deel kan de student bij ROC Noordkop verder in een andere opleiding op niveau 2, zonder "
              "dat hem de normale toelatingseisen worden tegengeworpen; heeft hij het vmbo-examen nog niet "
              "gehaald, dan kan hij dat bij het Vakcollege alsnog afronden. Voor een opleiding elders wordt "
              "een geschiktheidsonderzoek aangevraagd. De afdelingsleider en de teamleider beslissen samen, "
              "nadat de leerling en zijn ouders zijn gehoord, en houden rekening met het niveau dat de "
              "leerling al heeft bereikt en met zijn leeftijd."),
        ("p", "**Geld.** Het Vakcollege draagt jaarlijks 12 procent van de lumpsumbekostiging die het voor "
              "een leerling in de vo-fase van de route ontvangt, over aan ROC Noordkop. Dat bedrag is "
              "bestemd voor de twee werkdagen van de schilderdocent van ROC Noordkop op het Vakcollege en "
              "voor de verbruiksmaterialen (verf, behang, gereedschap) in de schilderwerkplaats. ROC Noordkop "
              "draagt niets over. De overdracht vindt plaats vóór 1 december van het lopende schooljaar."),
        ("p", "**Medezeggenschap.** Voor leerlingen die bij het Vakcollege staan ingeschreven, hun ouders en "
              "de leraren van het Vakcollege geldt de Wet medezeggenschap op scholen. Voor studenten van ROC "
              "Noordkop en hun ouders gelden de regels van de WEB en voor het personeel van ROC Noordkop de "
              "Wet op de ondernemingsraden. Partijen kunnen hierop aanvullende afspraken maken."),
        ("p", "**Als het schuurt.** Lopen de meningen van partijen over de uitvoering van deze overeenkomst "
              "uiteen, dan probeert het routeoverleg eerst een oplossing te vinden. Lukt dat niet binnen een "
              "maand, dan spreken de voorzitters van beide colleges van bestuur met elkaar. Is er twee "
              "maanden daarna nog geen oplossing, dan schakelen partijen een mediator in die zij samen "
              "kiezen. Leidt ook de mediation niet tot een oplossing, dan is de rechtbank Noord-Holland "
              "bevoegd."),
        ("p", "**Erbij komen, bijstellen en uit elkaar gaan.** Een andere vmbo-school of mbo-instelling "
              "kan tot deze overeenkomst toetreden met instemming van beide colleges van bestuur, door een "
              "door alle partijen ondertekende toetredingsakte; de toetreder meldt de route bij DUO en "
              "neemt leerlingen op vanaf het eerstvolgende schooljaar. Bijstellen van deze overeenkomst "
              "gebeurt schriftelijk en met handtekening van beide colleges; een bijstelling die het "
              "programma van een lopend leerjaar raakt, geldt pas vanaf het volgende schooljaar. De "
              "overeenkomst geldt voor onbepaalde tijd en kan door elk van partijen schriftelijk worden "
              "opgezegd tegen 1 augustus, met inachtneming van een termijn van een jaar; ontbinding wegens "
              "tekortkoming is mogelijk na een schriftelijke ingebrekestelling met een hersteltermijn van "
              "twee maanden. Na opzegging of ontbinding stopt de instroom; leerlingen die al in de route "
              "zitten, maken haar af zoals afgesproken."),
        ("p", "**Ondertekening.** Den Helder, 19 juni 2025."),
        ("sig", [["Stichting Scholengroep Den Helder Noord", "K. Bakker, voorzitter college van bestuur"],
                 ["Stichting Regionaal Opleidingencentrum Noordkop",
                  "E.M. de Wit-Zijp, voorzitter college van bestuur"]]),
    ]


# ===========================================================================
# 505 - DOCX met koppen als gewone vette alinea's (geen Word-stijlen),
#       Zuidwest-Drenthe, Zorg en welzijn kb -> Begeleider specifieke doelgroepen 3
# ===========================================================================

@sample(505, "vette_alineakoppen_zuidwest_drenthe_zorg", "docx",
        "DOCX waarin de artikelkoppen gewone vetgedrukte alinea's zijn (geen Word-kopstijlen), formele "
        "juridische stijl met considerans, Zuidwest-Drenthe, Zorg en welzijn kb -> Begeleider specifieke "
        "doelgroepen niveau 3; defecten: overstapkaders in een lange zin doorgeschoven naar de stuurgroep "
        "(f weak), rapportageplicht met een 'tenzij' die haar terugneemt (d weak), medezeggenschapsartikel "
        "als open sjabloon met vierkante haken en puntjes (h weak)",
        S("p", "p", "p", "w", "p", "w", "p", "w", "p", "p"),
        {"a": "Artikel 2 Onderwerp van de samenwerking",
         "b": "Artikel 4 Inbreng van zorg- en welzijnsorganisaties",
         "c": "Artikel 5 De stuurgroep",
         "e": "Artikel 6 Organisatie en inhoud van het onderwijs",
         "g": "Artikel 8 Financiële afspraken",
         "i": "Artikel 11 Geschillen",
         "j": "Artikel 12 Toetreding, wijziging en beëindiging"},
        {"docx_headings": "bold", "docx_font": "Arial", "docx_size": 10,
         "docx_author": "Bestuursbureau SOVO Zuidwest-Drenthe",
         "pdf_title": "Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn"})
def s505():
    return [
        ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE ZORG EN WELZIJN"),
        ("subtitle", "RSG De Reestoever - ROC Drentse Zand"),
        ("p", "**De ondergetekenden:**"),
        ("p", "1. de Stichting Openbaar Voortgezet Onderwijs Zuidwest-Drenthe, gevestigd te Hoogeveen, "
              "bevoegd gezag van RSG De Reestoever, ten deze rechtsgeldig vertegenwoordigd door de heer "
              "drs. A.G. Mulder, voorzitter van het college van bestuur, hierna te noemen: \"De Reestoever\";"),
        ("p", "2. de Stichting ROC Drentse Zand, gevestigd te Assen, bevoegd gezag van ROC Drentse Zand, ten "
              "deze rechtsgeldig vertegenwoordigd door mevrouw J. Hoekstra-Pol MBA, lid van het college van "
              "bestuur, hierna te noemen: \"Drentse Zand\";"),
        ("p", "gezamenlijk te noemen: \"partijen\","),
        ("p", "**Overwegende dat:**"),
        ("p", "a. partijen sinds 2019 samenwerken in een vakmanschapsroute zorg en welzijn en deze "
              "samenwerking willen voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel "
              "2.107a WVO 2020 en artikel 9.1.2 WEB;"),
        ("p", "b. de vraag naar begeleiders in de gehandicaptenzorg en de maatschappelijke opvang in "
              "Zuidwest-Drenthe de komende jaren sterk toeneemt;"),
        ("p", "c. partijen hun afspraken in deze overeenkomst willen vastleggen;"),
        ("p", "**Verklaren te zijn overeengekomen als volgt:**"),

        ("h", "Artikel 1 Begrippen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("li", "route: de doorlopende leerroute als bedoeld in artikel 2;"),
        ("li", "vo-fase: de eerste twee leerjaren van de route, waarin de leerling bij De Reestoever is "
               "ingeschreven;"),
        ("li", "mbo-fase: het derde en volgende leerjaren van de route, waarin de student bij Drentse Zand "
               "is ingeschreven;"),
        ("li", "stuurgroep: de leiding van de route als bedoeld in artikel 5."),

        ("h", "Artikel 2 Onderwerp van de samenwerking"),
        ("p", "2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die bestaat uit het profiel Zorg "
              "en welzijn in de kaderberoepsgerichte leerweg van De Reestoever en de opleiding Begeleider "
              "specifieke doelgroepen, niveau 3 (vakopleiding), in het opleidingsdomein Zorg en welzijn van "
              "Drentse Zand, in de beroepsopleidende leerweg."),
        ("p", "2.2 Binnen het profiel volgen de leerlingen de keuzevakken Welzijn kind en jongere, Welzijn "
              "volwassenen en ouderen en Mens en activiteit. De route duurt vijf jaar."),
        ("p", "2.3 Partijen melden de route gezamenlijk bij de minister door registratie in RIO."),

        ("h", "Artikel 3 Toelating"),
        ("p", "3.1 Tot de route worden toegelaten leerlingen van leerjaar 2 van De Reestoever die de "
              "kaderberoepsgerichte leerweg volgen en een positief advies van de mentor en de decaan hebben. "
              "Een kennismakingsgesprek met een docent van Drentse Zand maakt deel uit van de toelating."),
        ("p", "3.2 Per schooljaar worden ten hoogste vierentwintig leerlingen toegelaten."),

        ("h", "Artikel 4 Inbreng van zorg- en welzijnsorganisaties"),
        ("p", "4.1 De zorgorganisaties Stichting Reestdal Zorg, Stichting Woonvormen De Wolden en de "
              "Stichting Opvang Zuidwest-Drenthe zijn als praktijkpartner aan de route verbonden. Zij "
              "verzorgen in de vo-fase per leerjaar twee maatschappelijke stages van elk vier dagen en "
              "stellen in de mbo-fase jaarlijks samen ten minste twintig bpv-plaatsen ter beschikking in "
              "door SBB erkende leerbedrijven."),
        ("p", "4.2 Ervaringsdeskundigen en begeleiders van de praktijkpartners verzorgen per leerjaar ten "
              "minste vier gastlessen. Een praktijkbegeleider van een praktijkpartner is beoordelaar bij de "
              "proeve van bekwaamheid in het laatste jaar."),
        ("p", "4.3 Twee keer per jaar overlegt de stuurgroep met de praktijkpartners in een werkveldtafel "
              "over de inhoud van het programma, de keuzedelen en de ontwikkelingen in de zorg. De "
              "werkveldtafel brengt daarover advies uit aan de stuurgroep."),

        ("h", "Artikel 5 De stuurgroep"),
        ("p", "5.1 De leiding over de route berust bij een stuurgroep, bestaande uit de teamleider "
              "bovenbouw kader van De Reestoever, de opleidingsmanager Zorg en welzijn van Drentse Zand en "
              "een door beide partijen gezamenlijk aangewezen routecoördinator."),
        ("p", "5.2 De teamleider en de opleidingsmanager worden door het college van bestuur van de eigen "
              "partij in de stuurgroep benoemd. De routecoördinator wordt door beide colleges van bestuur "
              "gezamenlijk benoemd en ontslagen."),
        ("p", "5.3 De stuurgroep is verantwoordelijk voor de dagelijkse gang van zaken in de route, het "
              "opstellen en bijstellen van het gezamenlijke PTA/OER, de toelating van leerlingen, de "
              "inzet van het docententeam en de kwaliteitszorg. De stuurgroep is bevoegd om binnen het "
              "vastgestelde routebudget uitgaven te doen. Voor besluiten met gevolgen voor de formatie of "
              "de huisvesting van een partij is de voorafgaande instemming van het college van bestuur van "
              "die partij vereist."),
        ("p", "5.4 De stuurgroep brengt jaarlijks vóór 1 november een schriftelijke rapportage uit aan "
              "beide colleges van bestuur over de voortgang van de route, tenzij de stuurgroep van oordeel "
              "is dat de ontwikkelingen in het afgelopen schooljaar daartoe geen aanleiding geven."),

        ("h", "Artikel 6 Organisatie en inhoud van het onderwijs"),
        ("p", "6.1 Het onderwijs in de vo-fase wordt verzorgd in het gebouw van De Reestoever aan de "
              "Alteveerstraat te Hoogeveen. Het onderwijs in de mbo-fase wordt verzorgd op de locatie "
              "Hoogeveen van Drentse Zand en bij de praktijkpartners."),
        ("p", "6.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar worden "
              "beschreven in het gezamenlijke PTA/OER, dat jaarlijks vóór 1 juli door beide colleges van "
              "bestuur wordt vastgesteld. De vmbo-examens worden afgenomen in het eerste tot en met het "
              "derde jaar van de route; mbo-examens kunnen vanaf het eerste jaar worden afgenomen."),
        ("p", "6.3 Drentse Zand zet in de vo-fase een docent zorg en welzijn in voor acht lesuren per week "
              "op De Reestoever. De Reestoever zet in het derde jaar van de route een docent Nederlands en "
              "een docent rekenen in voor samen zes uur per week bij Drentse Zand. De docenten vormen een "
              "team dat voor de vakoverstijgende onderdelen gebruikmaakt van de teambevoegdheid; per "
              "onderdeel is een bevoegde docent eindverantwoordelijk. De docenten blijven in dienst van "
              "hun werkgever."),
        ("p", "6.4 De leerlingen maken in de vo-fase een dagdeel per week gebruik van het skillslab en het "
              "oefenappartement van Drentse Zand. De Reestoever stelt de keuken en de verzorgingsruimte "
              "beschikbaar voor lessen van Drentse Zand. Afspraken over het gebruik worden in het rooster "
              "vastgelegd."),
        ("p", "6.5 Klachten over een medewerker van de ene partij die bij de andere partij binnenkomen, "
              "worden behandeld volgens de klachtenregeling van de ontvangende partij, met medewerking van "
              "de partij waarbij de medewerker in dienst is."),

        ("h", "Artikel 7 Overstap"),
        ("p", "Partijen onderschrijven het uitgangspunt dat iedere leerling die de route voortijdig verlaat "
              "een passend vervolg moet krijgen dat zo goed mogelijk aansluit bij zijn talenten en bij het "
              "onderwijsniveau dat hij heeft bereikt, waarbij de mentor en de zorgcoördinator de leerling "
              "en zijn ouders gedurende het gehele traject begeleiden en waarbij de concrete "
              "overstapmogelijkheden, de momenten waarop een overstap kan plaatsvinden en de wijze waarop "
              "daarover wordt beslist door de stuurgroep in de loop van het eerste jaar van de route worden "
              "uitgewerkt en na vaststelling in de schoolgids worden opgenomen."),

        ("h", "Artikel 8 Financiële afspraken"),
        ("p", "8.1 De Reestoever draagt jaarlijks een bedrag van EUR 24.000 over aan Drentse Zand, met "
              "toepassing van artikel 5.42a WVO 2020. Dit bedrag is bestemd voor de inzet van de docent "
              "zorg en welzijn van Drentse Zand in de vo-fase (artikel 6.3) en voor het gebruik van het "
              "skillslab en het oefenappartement (artikel 6.4)."),
        ("p", "8.2 Drentse Zand draagt geen bekostiging over aan De Reestoever. De inzet van de docenten "
              "Nederlands en rekenen van De Reestoever in de mbo-fase is in het bedrag van lid 1 verdisconteerd."),
        ("p", "8.3 Betaling vindt plaats in twee gelijke termijnen, op 1 oktober en 1 maart."),

        ("h", "Artikel 9 Begeleiding en verzuim"),
        ("p", "In de vo-fase is De Reestoever verantwoordelijk voor de leerlingbegeleiding en het "
              "verzuim; in de mbo-fase is Drentse Zand verantwoordelijk. Bij de overgang naar de mbo-fase "
              "vindt een warme overdracht plaats tussen de mentor en de studieloopbaanbegeleider."),

        ("h", "Artikel 10 Aanvullende afspraken medezeggenschap"),
        ("p", "[Hier eventuele aanvullende afspraken over de medezeggenschap in de route opnemen]"),
        ("p", "......................................................................................"),

        ("h", "Artikel 11 Geschillen"),
        ("p", "11.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
              "besproken in de stuurgroep en daarna, indien nodig, tussen de colleges van bestuur."),
        ("p", "11.2 Is het geschil binnen acht weken na de eerste schriftelijke melding niet opgelost, dan "
              "wordt het beslecht door een geschillencommissie van drie leden. Iedere partij benoemt één "
              "lid; de twee aldus benoemde leden kiezen samen een voorzitter, die geen band heeft met een "
              "van beide partijen. De commissie beslist bij wege van bindend advies binnen drie maanden. "
              "De kosten worden door partijen gelijk gedragen."),

        ("h", "Artikel 12 Toetreding, wijziging en beëindiging"),
        ("p", "12.1 Een andere school voor voortgezet onderwijs of een andere instelling voor "
              "beroepsonderwijs kan tot deze overeenkomst toetreden, indien beide partijen daarmee "
              "schriftelijk instemmen en de toetreder alle rechten en verplichtingen uit deze overeenkomst "
              "aanvaardt. Toetreding gaat in bij de aanvang van een schooljaar; de toetreder verzorgt de "
              "melding in RIO."),
        ("p", "12.2 Wijziging van deze overeenkomst is slechts mogelijk bij schriftelijke overeenkomst "
              "tussen partijen. Wijzigingen worden zo ingevoerd dat leerlingen hun lopende leerjaar kunnen "
              "afmaken volgens het programma waarmee zij zijn begonnen."),
        ("p", "12.3 Deze overeenkomst wordt aangegaan voor onbepaalde tijd. Iedere partij kan de "
              "overeenkomst bij aangetekende brief opzeggen tegen het einde van een schooljaar, met "
              "inachtneming van een opzegtermijn van ten minste twaalf maanden. Iedere partij kan de "
              "overeenkomst ontbinden indien de andere partij tekortschiet en die tekortkoming niet binnen "
              "twee maanden na een schriftelijke ingebrekestelling heeft hersteld."),
        ("p", "12.4 Na opzegging of ontbinding worden geen nieuwe leerlingen tot de route toegelaten. "
              "Partijen blijven gehouden de leerlingen en studenten die op dat moment aan de route "
              "deelnemen in staat te stellen de route bij partijen af te ronden."),

        ("h", "Artikel 13 Slotbepaling"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025. Op deze overeenkomst is Nederlands "
              "recht van toepassing."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend,"),
        ("sig", [["Hoogeveen, 24 juni 2025", "Stichting Openbaar Voortgezet Onderwijs Zuidwest-Drenthe",
                  "", "", "drs. A.G. Mulder", "voorzitter college van bestuur"],
                 ["Assen, 27 juni 2025", "Stichting ROC Drentse Zand", "", "",
                  "J. Hoekstra-Pol MBA", "lid college van bestuur"]]),
    ]


# ===========================================================================
# 506 - lang, drie partijen, PDF, Noord-Limburg,
#       Economie en ondernemen kb -> Logistiek teamleider niveau 3
# ===========================================================================

@sample(506, "lang_drie_partijen_noord_limburg_logistiek", "pdf",
        "Lange formele overeenkomst (PDF, ca. 9 pagina's, 24 artikelen met leden, definities en twee "
        "bijlagen met tabellen), drie partijen (twee vmbo-besturen en een ROC), Noord-Limburg, Economie "
        "en ondernemen kb -> Logistiek teamleider niveau 3; volledig, overdracht per student in "
        "bijlage, arbitrage, gezamenlijk leerlingenpanel",
        S("p", "p", "p", "p", "p", "p", "p", "p", "p", "p"),
        {"a": "Artikel 3 Inhoud van de route",
         "b": "Artikel 10 Logistieke ondernemingen",
         "c": "Artikel 11 Routeregie",
         "d": "Artikel 12 Informatie en verantwoording",
         "e": "Artikel 7 Docenten en instructeurs",
         "f": "Artikel 14 Andere leerweg, ander vervolg",
         "g": "Artikel 15 Financiën",
         "h": "Artikel 16 Inspraak van leerlingen, ouders en personeel",
         "i": "Artikel 19 Beslechting van geschillen",
         "j": "Artikel 20 Toetreding"},
        {"font": "Helvetica", "size": 10, "justify": True,
         "header": "Samenwerkingsovereenkomst Logistieke leerroute Noord-Limburg - definitieve versie 2.0",
         "pdf_title": "Samenwerkingsovereenkomst Logistieke leerroute Noord-Limburg"})
def s506():
    B = []
    add = B.append
    add(("title", "SAMENWERKINGSOVEREENKOMST"))
    add(("subtitle", "Logistieke leerroute Noord-Limburg - doorlopende leerroute vmbo-mbo Economie en "
                     "ondernemen - Logistiek teamleider - definitieve versie 2.0, 2 juli 2025"))
    add(("h2", "Inhoud"))
    add(("p", "Partijen en considerans - Hoofdstuk 1 Algemeen (art. 1-2) - Hoofdstuk 2 De route (art. 3-9) - "
              "Hoofdstuk 3 Werkveld, regie en verantwoording (art. 10-13) - Hoofdstuk 4 Overstap en "
              "financiën (art. 14-15) - Hoofdstuk 5 Medezeggenschap, privacy en aansprakelijkheid "
              "(art. 16-18) - Hoofdstuk 6 Geschillen, toetreding, wijziging en einde (art. 19-24) - "
              "Bijlage 1 Financiële afspraken - Bijlage 2 Jaarkalender routeregie"))
    add(("h", "Partijen"))
    add(("p", "1. Stichting Voortgezet Onderwijs Noord-Limburg, gevestigd te Venray, bevoegd gezag van het "
              "Maasdal College, locatie vmbo, te Venray, ten deze vertegenwoordigd door de heer mr. "
              "L.J.M. Hendrix, voorzitter van het college van bestuur, hierna: \"Maasdal\";"))
    add(("p", "2. Stichting Katholiek Voortgezet Onderwijs Peel en Maas, gevestigd te Panningen, bevoegd "
              "gezag van het Sint-Theobaldus vmbo te Panningen, ten deze vertegenwoordigd door mevrouw "
              "drs. W.A.G. Peeters, bestuurder, hierna: \"Sint-Theobaldus\";"))
    add(("p", "3. Stichting Regionaal Opleidingencentrum Maas en Peel, gevestigd te Venlo, bevoegd gezag "
              "van ROC Maas en Peel, ten deze vertegenwoordigd door de heer drs. H.P. Janssen, voorzitter "
              "van het college van bestuur, hierna: \"het ROC\";"))
    add(("p", "Maasdal en Sint-Theobaldus hierna samen ook: \"de scholen\"; de scholen en het ROC hierna "
              "samen: \"partijen\" en ieder afzonderlijk: \"partij\"."))
    add(("h", "Considerans"))
    add(("p", "Partijen nemen in aanmerking dat:"))
    add(("li", "de logistieke sector in de regio Venlo-Venray een van de grootste werkgevers is en structureel "
               "behoefte heeft aan goed opgeleide medewerkers op niveau 3;"))
    add(("li", "de scholen en het ROC sinds 2021 in een projectgroep hebben onderzocht hoe zij leerlingen "
               "van de kaderberoepsgerichte leerweg in een ononderbroken lijn kunnen opleiden tot "
               "logistiek teamleider;"))
    add(("li", "de wet bepaalt dat een doorlopende leerroute vmbo-mbo wordt verzorgd op grond van een "
               "samenwerkingsovereenkomst waarin over een aantal onderwerpen afspraken worden gemaakt;"))
    add(("li", "de medezeggenschapsraden van de scholen en de studentenraad en ondernemingsraad van het "
               "ROC over het voornemen tot deze samenwerking advies hebben uitgebracht;"))
    add(("p", "en komen het volgende overeen."))

    add(("h", "Hoofdstuk 1 Algemeen"))
    add(("h2", "Artikel 1 Begripsbepalingen"))
    add(("p", "In deze overeenkomst en de bijlagen wordt verstaan onder:"))
    for t in ["route: de doorlopende leerroute vmbo-mbo als omschreven in artikel 3;",
              "leerling: een jongere die deelneemt aan de route en bij een van de scholen is ingeschreven;",
              "student: een jongere die deelneemt aan de route en bij het ROC is ingeschreven;",
              "vo-fase: de eerste twee leerjaren van de route (leerjaar 3 en 4 van het vmbo);",
              "mbo-fase: het derde en volgende leerjaren van de route;",
              "routeregiegroep: het orgaan bedoeld in artikel 11;",
              "routeregisseur: de functionaris bedoeld in artikel 11, vijfde lid;",
              "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
              "examenregeling van de route;",
              "werkveldkamer: het overleg met logistieke ondernemingen bedoeld in artikel 10;",
              "schooljaar: de periode van 1 augustus tot en met 31 juli."]:
        add(("li", t))
    add(("h2", "Artikel 2 Doel en reikwijdte"))
    add(("p", "2.1 Partijen verzorgen gezamenlijk de route en voeren het programma, de examinering en de "
              "beroepspraktijkvorming gezamenlijk uit."))
    add(("p", "2.2 Deze overeenkomst regelt de onderlinge verhouding tussen partijen. Zij laat de eigen "
              "verantwoordelijkheid van elke partij voor haar onderwijs, haar personeel en haar examens "
              "onverlet, behoudens voor zover in deze overeenkomst anders is bepaald."))
    add(("p", "2.3 Partijen melden de route gezamenlijk aan de minister; iedere school registreert de "
              "route afzonderlijk in RIO."))

    add(("h", "Hoofdstuk 2 De route"))
    add(("h2", "Artikel 3 Inhoud van de route"))
    add(("p", "3.1 De route verbindt het profiel Economie en ondernemen in de kaderberoepsgerichte leerweg "
              "van de scholen, met de keuzevakken Logistiek in de praktijk, Voorraadbeheer en Internationaal "
              "handelen, met de opleiding Logistiek teamleider, niveau 3, in het opleidingsdomein Transport, "
              "scheepvaart en logistiek van het ROC."))
    add(("p", "3.2 De mbo-fase wordt aangeboden in de beroepsopleidende leerweg. Studenten met een "
              "arbeidsovereenkomst bij een leerbedrijf kunnen in het laatste jaar overstappen naar de "
              "beroepsbegeleidende leerweg."))
    add(("p", "3.3 De route duurt vijf jaar. Het vmbo-diploma wordt uiterlijk in het derde jaar van de route "
              "behaald; de route wordt afgesloten met het mbo-diploma Logistiek teamleider."))
    add(("h2", "Artikel 4 Toelating en plaatsing"))
    add(("p", "4.1 Leerlingen van leerjaar 2 van de scholen kunnen zich vóór 1 april aanmelden voor de "
              "route. De school beslist over de toelating, na een adviesgesprek waaraan een docent van het "
              "ROC deelneemt."))
    add(("p", "4.2 Bij de overgang naar de mbo-fase wordt de leerling zonder aanvullende intake bij het ROC "
              "ingeschreven."))
    add(("h2", "Artikel 5 Programma en examinering"))
    add(("p", "5.1 Het programma, de examinering en de beroepspraktijkvorming per leerjaar worden "
              "beschreven in het PTA/OER. Daarin is aangegeven welke onderdelen tot het vmbo behoren, "
              "welke tot het mbo en welke gecombineerd worden getoetst, en voor welke onderdelen een team "
              "als bedoeld in artikel 7 wordt ingezet."))
    add(("p", "5.2 De routeregiegroep stelt het PTA/OER jaarlijks op. Het wordt vóór 1 juli vastgesteld "
              "door de besturen, ieder voor het deel waarvoor zij verantwoordelijk zijn."))
    add(("p", "5.3 De vmbo-examens worden afgenomen door de school waar de leerling is ingeschreven en "
              "zijn gespreid over het eerste tot en met het derde jaar van de route. De mbo-examinering "
              "is de verantwoordelijkheid van de examencommissie van het ROC."))
    add(("h2", "Artikel 6 Locaties en voorzieningen"))
    add(("p", "6.1 De vo-fase wordt verzorgd op de locaties van de scholen in Venray en Panningen. Leerlingen "
              "van beide scholen volgen op donderdag gezamenlijk het praktijkprogramma in het Logistiek "
              "Leerplein van het ROC op Trade Port Noord te Venlo."))
    add(("p", "6.2 De mbo-fase wordt verzorgd in het Logistiek Leerplein en bij de leerbedrijven."))
    add(("p", "6.3 Het ROC stelt het Logistiek Leerplein, met magazijnsimulatie, heftruck-oefenhal en "
              "WMS-software, op donderdag ter beschikking aan de leerlingen van de vo-fase. De scholen "
              "stellen hun computerlokalen met de bedrijfssimulatie Ondernemen open voor de studenten van "
              "de route in het eerste mbo-jaar. Het vervoer van leerlingen naar het Leerplein wordt door "
              "de scholen geregeld."))
    add(("p", "6.4 Iedere partij blijft eigenaar van en verantwoordelijk voor haar eigen voorzieningen."))
    add(("h2", "Artikel 7 Docenten en instructeurs"))
    add(("p", "7.1 Voor de route wordt één docententeam gevormd, bestaande uit docenten en instructeurs van "
              "alle partijen."))
    add(("p", "7.2 Het ROC zet in de vo-fase twee docenten logistiek en een praktijkinstructeur in, in totaal "
              "zestien lesuren per week, verdeeld over beide scholen en het Leerplein. Ieder van de scholen "
              "zet in de mbo-fase een docent economie in voor vier lesuren per week."))
    add(("p", "7.3 Het team maakt gebruik van de teambevoegdheid voor de vakoverstijgende onderdelen "
              "Goederenstroom en Ondernemend organiseren. Elk teamlid is bevoegd voor ten minste één vak "
              "of voldoet aan de eisen die de WEB aan docenten stelt, het team dekt gezamenlijk alle "
              "onderdelen en ieder teamlid is verantwoordelijk voor het onderdeel waarvoor hij bevoegd is."))
    add(("p", "7.4 Personeelsleden blijven in dienst van hun eigen werkgever en zijn in hun werk voor de "
              "route gebonden aan de aanwijzingen van de routeregiegroep. Iedere partij zorgt voor de "
              "scholing van haar eigen personeel; de routeregiegroep organiseert jaarlijks twee gezamenlijke "
              "studiedagen."))
    add(("h2", "Artikel 8 Begeleiding, verzuim en ondersteuning"))
    add(("p", "8.1 In de vo-fase is de school van inschrijving verantwoordelijk voor mentoraat, "
              "loopbaanoriëntatie, extra ondersteuning en verzuimregistratie; in de mbo-fase het ROC."))
    add(("p", "8.2 Bij de overgang naar de mbo-fase draagt de mentor de leerling warm over aan de "
              "studieloopbaanbegeleider van het ROC."))
    add(("h2", "Artikel 9 Klachten"))
    add(("p", "De klachtenregeling van iedere partij is ook van toepassing op gedragingen van bestuur en "
              "personeel van de andere partijen in verband met de route. Partijen verlenen elkaar "
              "medewerking bij de behandeling van een klacht."))

    add(("h", "Hoofdstuk 3 Werkveld, regie en verantwoording"))
    add(("h2", "Artikel 10 Logistieke ondernemingen"))
    add(("p", "10.1 De logistiek dienstverleners Maasport Logistics B.V., Peelland Distributie B.V. en "
              "Venray Cross-Dock B.V., verenigd in de Stichting Logistieke Werkgevers Noord-Limburg, zijn "
              "als werkveldpartners aan de route verbonden. Zij zijn door SBB erkend als leerbedrijf."))
    add(("p", "10.2 De werkveldpartners:"))
    add(("li", "ontvangen iedere leerling in de vo-fase tweemaal per jaar voor een bedrijfsbezoek en eenmaal "
               "voor een meeloopweek;"))
    add(("li", "stellen in de mbo-fase voor iedere student een bpv-plaats beschikbaar;"))
    add(("li", "leveren per periode een praktijkvraag aan die leerlingen in het Logistiek Leerplein "
               "uitwerken en presenteren bij het bedrijf;"))
    add(("li", "leveren voor de proeve van bekwaamheid Logistiek teamleider een tweede beoordelaar."))
    add(("p", "10.3 De routeregiegroep voert ten minste driemaal per schooljaar overleg met de werkveldpartners "
              "in de werkveldkamer. De werkveldkamer adviseert over de actualiteit van het programma, de "
              "keuze van keuzedelen en de invulling van de beroepspraktijkvorming. De routeregiegroep "
              "motiveert schriftelijk waarom zij een advies van de werkveldkamer niet volgt."))
    add(("h2", "Artikel 11 Routeregie"))
    add(("p", "11.1 De leiding over de route berust bij de routeregiegroep."))
    add(("p", "11.2 De routeregiegroep bestaat uit de afdelingsleider bovenbouw kader van Maasdal, de "
              "afdelingsleider vmbo van Sint-Theobaldus, de opleidingsmanager Logistiek van het ROC en de "
              "routeregisseur. De opleidingsmanager is voorzitter."))
    add(("p", "11.3 De afdelingsleiders en de opleidingsmanager worden door hun eigen bestuur als lid "
              "aangewezen. Een bestuur dat zijn lid vervangt, meldt dit schriftelijk aan de andere "
              "besturen."))
    add(("p", "11.4 De besturen dragen de routeregiegroep op: het opstellen van het PTA/OER, het vaststellen "
              "van het rooster en de lessentabel, de inzet van het docententeam binnen de door de besturen "
              "beschikbaar gestelde formatie, het besluiten over overstappen (artikel 14), het beheer van "
              "het routebudget en de contacten met de werkveldpartners. De routeregiegroep is bevoegd "
              "binnen het routebudget verplichtingen aan te gaan tot EUR 20.000 per geval; daarboven "
              "beslissen de besturen gezamenlijk."))
    add(("p", "11.5 De routeregisseur wordt door de besturen gezamenlijk benoemd voor een termijn van drie "
              "jaar, die eenmaal kan worden verlengd. Hij bereidt de vergaderingen van de routeregiegroep "
              "voor, bewaakt de jaarkalender (bijlage 2) en is aanspreekpunt voor ouders en werkveld."))
    add(("p", "11.6 De routeregiegroep besluit bij consensus. Lukt dat niet, dan legt de voorzitter de "
              "kwestie voor aan de besturen."))
    add(("h2", "Artikel 12 Informatie en verantwoording"))
    add(("p", "12.1 De routeregiegroep zendt na iedere vergadering de besluitenlijst aan de drie besturen."))
    add(("p", "12.2 De routeregiegroep brengt vóór 1 november een jaarverslag uit aan de drie besturen. Het "
              "jaarverslag bevat ten minste de instroom per school, de doorstroom naar de mbo-fase, het "
              "aantal overstappers en hun bestemming, de examenresultaten, het oordeel van leerlingen en "
              "werkveldpartners en de realisatie van het routebudget."))
    add(("p", "12.3 In november legt de routeregiegroep in het jaarlijkse bestuurlijk overleg met de drie "
              "besturen verantwoording af over het jaarverslag. Het bestuurlijk overleg stelt op voorstel "
              "van de routeregiegroep het routebudget voor het volgende kalenderjaar vast."))
    add(("p", "12.4 Ieder bestuur kan tussentijds inlichtingen vragen; de routeregiegroep verstrekt die "
              "binnen twee weken."))
    add(("h2", "Artikel 13 Kwaliteitszorg en evaluatie"))
    add(("p", "De route wordt opgenomen in de kwaliteitszorgcyclus van iedere partij. In het vierde jaar na "
              "inwerkingtreding laten partijen de route extern evalueren."))

    add(("h", "Hoofdstuk 4 Overstap en financiën"))
    add(("h2", "Artikel 14 Andere leerweg, ander vervolg"))
    add(("p", "14.1 Een jongere die de route niet voortzet, krijgt van partijen een alternatief dat leidt tot "
              "een vmbo-diploma of een mbo-diploma."))
    add(("p", "14.2 Stopt de leerling in de vo-fase, dan zet hij zijn opleiding voort in de reguliere "
              "kaderberoepsgerichte leerweg van zijn school, in het profiel Economie en ondernemen of, als "
              "dat beter aansluit, in een ander profiel, gericht op het vmbo-diploma."))
    add(("p", "14.3 Is het vmbo-diploma aan het eind van het derde jaar van de route niet behaald, dan kan "
              "de student zijn mbo-opleiding bij het ROC voortzetten of instromen in een andere opleiding op "
              "niveau 2 of 3, terwijl de school hem in de gelegenheid stelt het vmbo-examen opnieuw af te "
              "leggen. Ook kan hij ervoor kiezen het jaar op school over te doen."))
    add(("p", "14.4 Past de richting niet, dan kan de student bij het ROC overstappen naar een andere "
              "opleiding op hetzelfde niveau in een ander domein; het ROC stelt daarbij geen "
              "vooropleidingseisen. Wil de student naar een andere instelling, dan begeleidt het ROC de "
              "aanmelding en het geschiktheidsonderzoek."))
    add(("p", "14.5 Het alternatief wordt bepaald door de routeregiegroep op voorstel van de mentor of "
              "studieloopbaanbegeleider, na een gesprek met de jongere en zijn ouders, en met inachtneming "
              "van het bereikte onderwijsniveau, de leeftijd en de voorkeur van de jongere. Partijen nemen "
              "de uitwerking op in hun schoolgidsen en de studiegids van het ROC."))
    add(("h2", "Artikel 15 Financiën"))
    add(("p", "15.1 Iedere partij draagt de kosten van het eigen personeel en de eigen voorzieningen, "
              "behoudens het bepaalde in dit artikel."))
    add(("p", "15.2 Met toepassing van artikel 5.42a WVO 2020 draagt iedere school voor elke leerling in de "
              "vo-fase een deel van haar bekostiging over aan het ROC. Omvang, bestemming en betaling zijn "
              "geregeld in bijlage 1, die deel uitmaakt van deze overeenkomst."))
    add(("p", "15.3 Het ROC draagt met toepassing van artikel 9.1.15 WEB voor elke student in het eerste "
              "jaar van de mbo-fase een bedrag over aan de school waar de student de vo-fase heeft gevolgd, "
              "eveneens zoals geregeld in bijlage 1."))
    add(("p", "15.4 De bedragen in bijlage 1 worden jaarlijks per 1 augustus geïndexeerd met de "
              "loonkostenontwikkeling in de cao vo."))

    add(("h", "Hoofdstuk 5 Medezeggenschap, privacy en aansprakelijkheid"))
    add(("h2", "Artikel 16 Inspraak van leerlingen, ouders en personeel"))
    add(("p", "16.1 Naast de wettelijke regels die voor iedere partij gelden, spreken partijen het volgende "
              "af."))
    add(("p", "16.2 Er is een routepanel van leerlingen en studenten uit alle leerjaren van de route, met "
              "ten minste één vertegenwoordiger per school. Het panel vergadert ten minste tweemaal per "
              "jaar met de routeregiegroep en kan de medezeggenschapsraden en de studentenraad adviseren."))
    add(("p", "16.3 Leerlingen in het tweede jaar van de route mogen met één vertegenwoordiger als "
              "toehoorder met spreekrecht deelnemen aan de vergaderingen van de studentenraad van het ROC."))
    add(("p", "16.4 Voorgenomen besluiten tot wijziging of beëindiging van deze overeenkomst worden voor "
              "advies voorgelegd aan de medezeggenschapsraden van de scholen en aan de studentenraad en de "
              "ondernemingsraad van het ROC."))
    add(("h2", "Artikel 17 Privacy en gegevensuitwisseling"))
    add(("p", "Partijen wisselen alleen persoonsgegevens uit die nodig zijn voor de uitvoering van de route. "
              "Zij sluiten daartoe een gegevensdelingsovereenkomst die voldoet aan de AVG."))
    add(("h2", "Artikel 18 Aansprakelijkheid en verzekering"))
    add(("p", "Iedere partij is aansprakelijk voor schade die voortvloeit uit haar eigen handelen en "
              "verzekert zich daarvoor. Leerlingen zijn tijdens activiteiten bij een andere partij verzekerd "
              "via de collectieve ongevallenverzekering van de eigen school."))

    add(("h", "Hoofdstuk 6 Geschillen, toetreding, wijziging en einde"))
    add(("h2", "Artikel 19 Beslechting van geschillen"))
    add(("p", "19.1 Een partij die meent dat een andere partij deze overeenkomst niet juist uitvoert, maakt "
              "dit schriftelijk en gemotiveerd kenbaar. De routeregiegroep zoekt binnen vier weken naar een "
              "oplossing."))
    add(("p", "19.2 Blijft een oplossing uit, dan overleggen de bestuurders van de betrokken partijen binnen "
              "zes weken."))
    add(("p", "19.3 Geschillen die daarna resteren, worden beslecht door arbitrage overeenkomstig het "
              "Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één "
              "arbiter, de plaats van arbitrage is Venlo en er wordt naar de regelen des rechts beslist."))
    add(("h2", "Artikel 20 Toetreding"))
    add(("p", "20.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij "
              "worden bij deze overeenkomst indien alle partijen daarmee schriftelijk instemmen."))
    add(("p", "20.2 De toetreder ondertekent een toetredingsverklaring waarin hij alle rechten en "
              "verplichtingen uit deze overeenkomst aanvaardt, draagt zelf zorg voor de melding in RIO en "
              "laat zich vertegenwoordigen in de routeregiegroep."))
    add(("p", "20.3 Toetreding gaat in op 1 augustus van een schooljaar en heeft geen gevolgen voor de "
              "plaatsing of het programma van leerlingen die al in de route zitten."))
    add(("h2", "Artikel 21 Wijziging"))
    add(("p", "21.1 Deze overeenkomst en haar bijlagen kunnen alleen worden gewijzigd bij schriftelijke, door "
              "alle partijen ondertekende akte, na het advies bedoeld in artikel 16.4."))
    add(("p", "21.2 Een wijziging wordt zo ingevoerd dat leerlingen en studenten het leerjaar waarin zij "
              "zich bevinden kunnen afronden onder de voorwaarden waaronder zij zijn begonnen."))
    add(("h2", "Artikel 22 Duur, opzegging en ontbinding"))
    add(("p", "22.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."))
    add(("p", "22.2 Iedere partij kan de overeenkomst voor zichzelf opzeggen per 1 augustus van enig jaar, "
              "met inachtneming van een opzegtermijn van achttien maanden, bij aangetekende brief aan de "
              "andere partijen. Na opzegging door een school zetten de overige partijen de samenwerking "
              "voort."))
    add(("p", "22.3 Iedere partij kan de overeenkomst ten aanzien van een tekortschietende partij ontbinden "
              "als die partij een wezenlijke verplichting niet nakomt en dit na schriftelijke "
              "ingebrekestelling niet binnen drie maanden herstelt."))
    add(("h2", "Artikel 23 Gevolgen van beëindiging voor leerlingen"))
    add(("p", "23.1 Bij opzegging of ontbinding stopt de instroom in de route bij de vertrekkende partij "
              "met ingang van het schooljaar waarin de beëindiging ingaat."))
    add(("p", "23.2 Leerlingen en studenten die op het moment van beëindiging in de route zitten, ronden de "
              "route af. De vertrekkende partij blijft daartoe haar verplichtingen jegens deze leerlingen "
              "nakomen, in het bijzonder de afname van de vmbo-examens en de inzet van personeel, totdat "
              "de laatste van hen de vo-fase heeft afgerond."))
    add(("h2", "Artikel 24 Slotbepalingen"))
    add(("p", "24.1 Op deze overeenkomst is Nederlands recht van toepassing."))
    add(("p", "24.2 Bij strijdigheid tussen de overeenkomst en een bijlage gaat de overeenkomst voor."))
    add(("p", "Aldus overeengekomen en in drievoud ondertekend."))
    add(("sig", [["Venray, 2 juli 2025", "Stichting Voortgezet Onderwijs Noord-Limburg", "", "",
                  "mr. L.J.M. Hendrix, voorzitter college van bestuur", "", "",
                  "Panningen, 2 juli 2025", "Stichting Katholiek Voortgezet Onderwijs Peel en Maas", "", "",
                  "drs. W.A.G. Peeters, bestuurder"],
                 ["Venlo, 3 juli 2025", "Stichting Regionaal Opleidingencentrum Maas en Peel", "", "",
                  "drs. H.P. Janssen, voorzitter college van bestuur"]]))
    add(("pb",))
    add(("h", "Bijlage 1 Financiële afspraken"))
    add(("p", "Deze bijlage hoort bij artikel 15. Bedragen gelden voor het schooljaar 2025-2026 en worden "
              "daarna geïndexeerd."))
    add(("table", [["Richting", "Omvang", "Bestemming", "Moment"],
                   ["Maasdal en Sint-Theobaldus aan het ROC",
                    "EUR 1.450 per leerling in het eerste jaar van de route en EUR 1.250 per leerling in het "
                    "tweede jaar (telling 1 oktober)",
                    "Inzet van de docenten logistiek en de praktijkinstructeur van het ROC in de vo-fase "
                    "(art. 7.2) en gebruik van het Logistiek Leerplein (art. 6.3)",
                    "Factuur 1 november, betaling binnen 30 dagen"],
                   ["ROC aan de school van herkomst",
                    "EUR 600 per student in het eerste jaar van de mbo-fase (telling 1 oktober)",
                    "Inzet van de docent economie van de school in de mbo-fase (art. 7.2) en afname van "
                    "nog openstaande vmbo-examens",
                    "Betaling vóór 1 december"],
                   ["Routebudget (gezamenlijk)",
                    "EUR 12.000 per kalenderjaar, door de drie partijen ieder voor een derde gedragen",
                    "Werkveldactiviteiten, studiedagen, leermiddelen en vervoer naar leerbedrijven",
                    "Storting 15 januari"]],
         [32, 42, 58, 34]))
    add(("h", "Bijlage 2 Jaarkalender routeregie"))
    add(("table", [["Wanneer", "Wat", "Wie"],
                   ["september", "Werkveldkamer 1: terugblik bpv, praktijkvragen nieuw schooljaar",
                    "routeregiegroep, werkveldpartners"],
                   ["vóór 1 november", "Jaarverslag aan de drie besturen (art. 12.2)", "routeregiegroep"],
                   ["november", "Bestuurlijk overleg: verantwoording en routebudget (art. 12.3)",
                    "besturen, routeregiegroep"],
                   ["januari", "Werkveldkamer 2: keuzedelen en examens", "routeregiegroep, werkveldpartners"],
                   ["april", "Routepanel en advies over het PTA/OER", "routepanel, routeregiegroep"],
                   ["mei", "Werkveldkamer 3: actualiteit programma", "routeregiegroep, werkveldpartners"],
                   ["vóór 1 juli", "Vaststelling PTA/OER (art. 5.2)", "besturen"]],
         [30, 90, 46]))
    return B


# ===========================================================================
# 507 - zeer kort, TXT, Salland, Mobiliteit en transport bb -> Fietstechnicus 2
# ===========================================================================

@sample(507, "zeer_kort_salland_fietstechniek", "txt",
        "Zeer korte platte tekst (een pagina, negen genummerde punten in telegramstijl), Salland, "
        "Mobiliteit en transport bb -> Fietstechnicus niveau 2; volledig in weinig woorden, geen "
        "overdracht van bekostiging, medezeggenschap niet genoemd (h not_applicable)",
        S("p", "p", "p", "p", "p", "p", "p", "na", "p", "p"),
        {"a": "1. Route.", "b": "2. Fietsvakhandel.", "c": "3. Routeleiders.", "d": "4. Rekenschap.",
         "e": "5. Uitvoering.", "f": "6. Uitstappen.", "g": "7. Geld.", "i": "8. Onenigheid.",
         "j": "9. Toetreden, wijzigen, opzeggen."},
        {"wrap": 92})
def s507():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Fietstechniek Salland"),
        ("p", "Tussen Stichting Openbare Scholengroep Deventer-Salland, bevoegd gezag van Vakschool De "
              "Worp (vmbo), en Stichting ROC IJssel-Salland, beide gevestigd te Deventer, ieder "
              "vertegenwoordigd door de voorzitter van het college van bestuur. Ingang 1 augustus 2025."),
        ("p", "1. Route. Profiel Mobiliteit en transport, basisberoepsgerichte leerweg, keuzevak "
              "Fietstechniek (Vakschool De Worp) -> opleiding Fietstechnicus, niveau 2, domein Mobiliteit "
              "en voertuigen, bol (ROC IJssel-Salland). Vier jaar. Beide besturen melden de route samen "
              "bij DUO."),
        ("p", "2. Fietsvakhandel. De acht zaken van Fietsondernemers Salland leveren: twee "
              "werkplaatsdagen per leerling per jaar in de vo-fase, een stageplaats in een erkend "
              "leerbedrijf voor iedere student in de mbo-fase, een medebeoordelaar bij het praktijkexamen "
              "en eenmaal per jaar advies over het programma in het routeoverleg."),
        ("p", "3. Routeleiders. De route wordt geleid door de teamleider techniek van de school en de "
              "opleidingsmanager Mobiliteit van het ROC, elk door het eigen bestuur aangewezen. Zij stellen "
              "samen het PTA/OER, het rooster en de docentinzet vast, beslissen over toelating en overstap "
              "en besteden het routebudget. Besluiten daarbuiten nemen de besturen."),
        ("p", "4. Rekenschap. De routeleiders sturen elk jaar vóór 1 oktober een schriftelijk routeverslag "
              "(leerlingen, resultaten, overstappers, uitgaven) aan beide besturen en lichten het toe in "
              "het bestuurlijk overleg van oktober."),
        ("p", "5. Uitvoering. Vo-fase in het gebouw van De Worp, met één dag per week in de fietswerkplaats "
              "van het ROC; mbo-fase bij het ROC en de leerbedrijven. Een docent fietstechniek van het ROC "
              "geeft zes uur per week les op De Worp en vormt met de docenten M&T één team (teambevoegdheid "
              "voor het vakoverstijgende project Werkplaats; per onderdeel één bevoegde docent); ieder "
              "blijft in dienst van de eigen werkgever. De Worp stelt het praktijklokaal M&T open, het ROC "
              "de fietswerkplaats en de diagnoseapparatuur voor e-bikes. Programma en examens per leerjaar: "
              "gezamenlijk PTA/OER."),
        ("p", "6. Uitstappen. Wie in de vo-fase stopt, maakt het vmbo af in de gewone basisberoepsgerichte "
              "leerweg. Wie later stopt of het vmbo-examen niet haalt, kan bij het ROC door in een andere "
              "opleiding op niveau 2, zonder toelatingseisen; het vmbo-examen kan dan alsnog bij De Worp. "
              "Naar een ander ROC: hulp bij aanmelding en geschiktheidsonderzoek. De routeleiders kiezen "
              "samen met de jongere en zijn ouders, op grond van het bereikte niveau en de leeftijd."),
        ("p", "7. Geld. Geen overdracht van bekostiging tussen de besturen; ieder draagt de eigen kosten."),
        ("p", "8. Onenigheid. Eerst de routeleiders, dan binnen vier weken de voorzitters van de besturen, "
              "dan een samen gekozen mediator. Zonder uitkomst na drie maanden: rechtbank Overijssel."),
        ("p", "9. Toetreden, wijzigen, opzeggen. Een andere school of instelling kan meedoen met "
              "schriftelijke instemming van beide besturen, per 1 augustus, na melding bij DUO. Wijzigen "
              "alleen schriftelijk en ondertekend door beide besturen, niet midden in een schooljaar. "
              "Opzeggen schriftelijk per 1 augustus met een jaar opzegtermijn. Daarna geen nieuwe "
              "instroom; wie al in de route zit, maakt haar af."),
        ("p", "Deventer, 20 juni 2025"),
        ("sig", [["Stichting Openbare Scholengroep Deventer-Salland, G.H. Nijhuis, voorzitter cvb"],
                 ["Stichting ROC IJssel-Salland, mr. F. Altena-Wolters, voorzitter cvb"]]),
    ]


# ===========================================================================
# 508 - DOCX met een afsprakentabel (onderwerp | afspraak), De Kempen,
#       Produceren, installeren en energie bb -> Monteur elektrotechnische installaties 2
# ===========================================================================

@sample(508, "afsprakentabel_kempen_elektrotechniek", "docx",
        "DOCX waarvan de kern een tweekoloms Word-tabel is (onderwerp | wat wij afspreken), wij-vorm, "
        "De Kempen, Produceren, installeren en energie bb -> Monteur elektrotechnische installaties in de "
        "gebouwde omgeving niveau 2; volledig, overdracht in docenturen met uurtarief en bestemming, "
        "leerlingen met spreekrecht in de studentenraad, bindend advies van een deskundige",
        S("p", "p", "p", "p", "p", "p", "p", "p", "p", "p"),
        {"a": "Welke route", "b": "Installateurs in de Kempen", "c": "Regie over de route",
         "d": "Terugkoppeling aan de besturen", "e": "Lesplaatsen, docenten en werkplaatsen",
         "f": "Als de route voor een leerling niet werkt", "g": "Geldstroom",
         "h": "Stem van leerlingen, ouders en personeel", "i": "Bij onenigheid tussen ons",
         "j": "Nieuwe partners, aanpassen en beëindigen"},
        {"docx_headings": "styles", "docx_author": "ROC Dommeldal",
         "pdf_title": "Samenwerkingsovereenkomst Route Elektro Kempen"})
def s508():
    rows = [["Onderwerp", "Wat wij afspreken"]]
    rows.append(["Welke route",
                 "Wij verzorgen samen één doorlopende leerroute: de bovenbouw van het profiel Produceren, "
                 "installeren en energie in de basisberoepsgerichte leerweg van Vakschool De Beerze, met "
                 "de keuzevakken Elektrotechnische installaties in de woning en Domotica en automatisering, "
                 "gevolgd door de opleiding Monteur elektrotechnische installaties in de gebouwde omgeving, "
                 "niveau 2, in het opleidingsdomein Installatie- en energietechniek van ROC Dommeldal, in de bol en vanaf het "
                 "laatste jaar ook in de bbl. De route duurt vier jaar. Wij melden de route samen bij "
                 "DUO."])
    rows.append(["Installateurs in de Kempen",
                 "De installatiebedrijven Van Gils Elektro (Eersel), Installatiebedrijf Kempenlicht "
                 "(Veldhoven) en Technische Dienstverlening Bladel, alle drie erkend leerbedrijf, en de "
                 "Kempische Installateursvereniging zijn partner van de route. Zij: (1) nemen elke leerling "
                 "in het tweede routejaar een week mee op de bouwplaats; (2) houden per schooljaar in "
                 "totaal zes bpv-plaatsen of leerbanen open voor studenten van de route; (3) geven per "
                 "schooljaar drie gastlessen over nieuwe technieken (zonnepanelen, laadpalen, "
                 "warmtepompen); (4) leveren een praktijkbeoordelaar voor het examen Monteur; (5) zitten "
                 "twee keer per jaar aan tafel met het routeduo om het programma te toetsen aan de "
                 "praktijk."])
    rows.append(["Regie over de route",
                 "Het routeduo - de teamleider techniek van De Beerze en de opleidingsmanager installatie- "
                 "en energietechniek van ROC Dommeldal - leidt de route. Ieder bestuur wijst zijn eigen "
                 "lid van het duo schriftelijk aan en meldt een opvolger vooraf aan het andere bestuur. Het "
                 "duo stelt het gezamenlijke PTA/OER op, maakt het rooster, verdeelt het werk binnen het "
                 "docententeam, neemt leerlingen aan voor de route, beslist over overstappen en beheert "
                 "het routebudget van EUR 8.000 per jaar. Formatie, investeringen en de omvang van de "
                 "instroom blijven bij de besturen."])
    rows.append(["Terugkoppeling aan de besturen",
                 "Het routeduo stuurt ieder kwartaal een beknopte stand van zaken (leerlingaantallen, "
                 "verzuim, stages, uitgaven) aan beide besturen. Elk jaar in oktober volgt een schriftelijk "
                 "jaarbeeld met de in-, door- en uitstroom en de examenresultaten, dat het duo in november "
                 "in een gezamenlijk bestuursgesprek toelicht en verantwoordt."])
    rows.append(["Lesplaatsen, docenten en werkplaatsen",
                 "Het eerste en tweede routejaar vinden plaats op De Beerze aan de Kerkakkers in Eersel, met "
                 "één dag per week in het Installatiehuis van ROC Dommeldal in Veldhoven; het derde en "
                 "vierde routejaar bij ROC Dommeldal en de leerbedrijven. ROC Dommeldal zet een docent "
                 "elektrotechniek in voor acht uur per week op De Beerze; De Beerze zet een docent "
                 "wiskunde/rekenen in voor drie uur per week bij ROC Dommeldal. Samen vormen de docenten "
                 "één team met teambevoegdheid voor het vakoverstijgende project Slim wonen; voor elk "
                 "onderdeel is een bevoegde docent verantwoordelijk, en iedereen blijft in dienst van de "
                 "eigen werkgever. De Beerze stelt het installatielokaal en de 3D-printer beschikbaar, ROC "
                 "Dommeldal de oefenwoning, de meetapparatuur en de laadpaal-opstelling. Het programma en "
                 "de examens per leerjaar liggen vast in het PTA/OER."])
    rows.append(["Als de route voor een leerling niet werkt",
                 "Wie in het eerste of tweede routejaar uitstapt, maakt op De Beerze de gewone "
                 "basisberoepsgerichte leerweg af, in PIE of een ander profiel, en haalt het vmbo-diploma. "
                 "Wie het vmbo-examen niet haalt of in de mbo-fase een ander vak wil, kan bij ROC Dommeldal "
                 "verder in een andere opleiding op niveau 2 (zoals Monteur werktuigkundige installaties of "
                 "een opleiding in een ander domein) zonder de gewone toelatingseisen, terwijl De Beerze het "
                 "vmbo-examen alsnog afneemt. Bij een verhuizing of een andere instelling regelt ROC "
                 "Dommeldal de overdracht en het geschiktheidsonderzoek. Het routeduo kiest het alternatief "
                 "samen met de leerling en zijn ouders, kijkend naar wat de leerling al heeft behaald en "
                 "naar zijn leeftijd."])
    rows.append(["Geldstroom",
                 "De Beerze draagt jaarlijks de kosten van 320 docenturen over aan ROC Dommeldal, tegen "
                 "EUR 85 per uur (EUR 27.200 per schooljaar). Dat geld is bedoeld voor de docent "
                 "elektrotechniek op De Beerze en de leerlingdag in het Installatiehuis. ROC Dommeldal "
                 "draagt niets over; de uren van de docent wiskunde/rekenen zijn in het uurtal verrekend. "
                 "Betaling in twee termijnen: 1 november en 1 april."])
    rows.append(["Stem van leerlingen, ouders en personeel",
                 "Leerlingen van het tweede routejaar mogen met twee vertegenwoordigers aanschuiven bij de "
                 "studentenraad van ROC Dommeldal, met spreekrecht maar zonder stemrecht. De MR van De "
                 "Beerze en de studentenraad van ROC Dommeldal houden één keer per jaar een gezamenlijke "
                 "vergadering over de route en brengen samen advies uit over een voorgenomen wijziging of "
                 "beëindiging van deze overeenkomst."])
    rows.append(["Bij onenigheid tussen ons",
                 "Verschillen over de uitvoering bespreekt eerst het routeduo. Lost dat niets op binnen een "
                 "maand, dan praten de twee bestuurders met elkaar. Blijft het verschil daarna zes weken "
                 "bestaan, dan leggen wij het voor aan een onafhankelijke deskundige die wij samen kiezen; "
                 "zijn uitspraak is bindend voor ons beiden en de kosten delen wij."])
    rows.append(["Nieuwe partners, aanpassen en beëindigen",
                 "Een andere vmbo-school of mbo-instelling kan partner worden als beide besturen dat "
                 "schriftelijk goedkeuren, de nieuwe partner deze overeenkomst ondertekent en de route bij "
                 "DUO meldt; dat kan alleen per 1 augustus. Aanpassen gaat via een schriftelijk addendum, "
                 "getekend door beide besturen, en raakt een lopend schooljaar niet. Beëindigen kan per "
                 "1 augustus na schriftelijke opzegging met een termijn van een jaar, of direct bij "
                 "ontbinding wegens een ernstige tekortkoming die na een schriftelijke aanmaning drie "
                 "maanden blijft bestaan. In beide gevallen stopt de instroom, en iedere leerling die al "
                 "in de route zit, kan haar afmaken: De Beerze blijft de vmbo-examens afnemen en ROC "
                 "Dommeldal houdt de plaatsen open."])
    return [
        ("title", "Samenwerkingsovereenkomst Route Elektro Kempen"),
        ("p", "**Wij**, Stichting Voortgezet Onderwijs De Kempen te Eersel, bevoegd gezag van Vakschool De "
              "Beerze (hierna: De Beerze), vertegenwoordigd door bestuurder Ilse van Hoof, en Stichting ROC "
              "Dommeldal te Eindhoven, bevoegd gezag van ROC Dommeldal, vertegenwoordigd door Johan "
              "Roijakkers, voorzitter van het college van bestuur, leggen in deze overeenkomst vast hoe wij "
              "vanaf 1 augustus 2025 samen jongeren opleiden tot elektromonteur."),
        ("p", "De afspraken staan in de tabel hieronder. Elke regel is een afspraak die ons beiden bindt. "
              "Uitwerkingen in het PTA/OER en de schoolgids mogen de afspraken niet beperken."),
        ("h", "Afsprakentabel"),
        ("table", rows, [38, 128]),
        ("h", "Ondertekening"),
        ("p", "Eersel/Eindhoven, 25 juni 2025"),
        ("sig", [["Stichting Voortgezet Onderwijs De Kempen", "", "Ilse van Hoof, bestuurder"],
                 ["Stichting ROC Dommeldal", "", "Johan Roijakkers, voorzitter college van bestuur"]]),
    ]


# ===========================================================================
# driver
# ===========================================================================

def build_one(num):
    s = SAMPLES[num]
    blocks = s["blocks"]()
    path = os.path.join(HERE, s["name"] + "." + s["ext"])
    if s["ext"] == "pdf":
        build_pdf(path, blocks, s["opts"])
    elif s["ext"] == "docx":
        build_docx(path, blocks, s["opts"])
    elif s["ext"] in ("txt", "md"):
        build_text(path, blocks, s["opts"], md=(s["ext"] == "md"))
    else:
        raise ValueError(s["ext"])
    exp = expected_of(s)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(exp, ensure_ascii=False, indent=2) + "\n")
    print("built", os.path.basename(path))


def expected_of(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(HERE, s["name"] + "." + s["ext"])
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too big: %d" % size)
            try:
                text, pages = extract_text(path)
            except Exception as e:  # noqa
                errs.append("does not open: %s" % e)
                text, pages = "", None
            nt = norm(text)
            for k, ev in s["evidence"].items():
                if s["statuses"].get(k) != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(ev) not in nt:
                    errs.append("evidence %s not found: %r" % (k, ev))
            if set(s["statuses"]) != set("abcdefghij"):
                errs.append("statuses incomplete")
            info = "%s pages" % pages if pages else "%d words" % len(nt.split())
        ep = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(ep, encoding="utf-8") as f:
                if json.load(f) != expected_of(s):
                    errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json: %s" % e)
        if errs:
            ok = False
            print("FAIL", s["name"], "; ".join(errs))
        else:
            print("ok  ", s["name"], info, "%d KB" % (os.path.getsize(path) // 1024))
    print("check passed" if ok else "check FAILED")
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %s (known: %s)" % (n, sorted(SAMPLES)))
        build_one(n)


if __name__ == "__main__":
    main(sys.argv[1:])
