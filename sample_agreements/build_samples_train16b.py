#!/usr/bin/env python3
"""Build training sample agreements 245-252 for leerroute-check (batch train16b).

Written by an independent helper session. The texts were authored from the two official
guidance documents (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), from
shared/domain.md and from sample_agreements/LABELS.md only, without looking at checker code,
models, tests, benchmarks or the texts/build scripts of other samples.

Focus of this batch: text that LOOKS like an arrangement but is not (considerans restating each
item, definitions of leiding/overstapoptie, a reader's toelichting declared no part of the
agreement, tables of contents, a template instruction in an annex that is not part of the
agreement), mixed with real arrangements. Four agreements are fully compliant despite the
look-alikes; four have one to three defects where the ONLY text on an item is such a look-alike.

Usage:
    python3 build_samples_train16b.py            build all samples
    python3 build_samples_train16b.py 245 247    build only those numbers
    python3 build_samples_train16b.py --check    verify every produced file
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def register(num, slug, fmt, description, statuses, evidence, builder):
    assert 245 <= num <= 252
    assert set(statuses) == set("abcdefghij")
    SAMPLES[num] = dict(slug=slug, fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, builder=builder)


def st(s):
    """'p p w m na ...' -> statuses dict a..j"""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10, s
    return {k: m[v] for k, v in zip("abcdefghij", parts)}


# ---------------------------------------------------------------- PDF ---------------------
def write_pdf(path, blocks, title="Samenwerkingsovereenkomst", footer=None, base_size=10):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, KeepTogether)

    fs = base_size
    S = {
        "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=fs + 5,
                                leading=fs + 9, alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", fontName="Helvetica", fontSize=fs + 1,
                                   leading=fs + 5, alignment=TA_CENTER, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=fs + 2, leading=fs + 6,
                             spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=fs, leading=fs + 4,
                             spaceBefore=6, spaceAfter=2),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=fs, leading=fs + 4,
                            spaceAfter=4),
        "lid": ParagraphStyle("lid", fontName="Helvetica", fontSize=fs, leading=fs + 4,
                              leftIndent=7 * mm, firstLineIndent=-7 * mm, spaceAfter=3),
        "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=fs, leading=fs + 4,
                              leftIndent=14 * mm, firstLineIndent=-6 * mm, spaceAfter=2),
        "small": ParagraphStyle("small", fontName="Helvetica-Oblique", fontSize=fs - 1.5,
                                leading=fs + 2, spaceAfter=4, textColor=colors.HexColor("#333333")),
        "qh": ParagraphStyle("qh", fontName="Helvetica-Bold", fontSize=fs, leading=fs + 4,
                             leftIndent=10 * mm, spaceBefore=3, spaceAfter=2),
        "q": ParagraphStyle("q", fontName="Helvetica", fontSize=fs, leading=fs + 4,
                            leftIndent=17 * mm, firstLineIndent=-7 * mm, spaceAfter=2),
        "qs": ParagraphStyle("qs", fontName="Helvetica", fontSize=fs, leading=fs + 4,
                             leftIndent=23 * mm, firstLineIndent=-6 * mm, spaceAfter=2),
        "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=fs - 0.5, leading=fs + 3,
                              leftIndent=4 * mm),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=fs - 1, leading=fs + 2),
        "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=fs - 1,
                                leading=fs + 2),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "space":
            story.append(Spacer(1, b[1] * mm))
        elif kind == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(escape(c).replace("\n", "<br/>"),
                                       S["cellb"] if i == 0 else S["cell"]) for c in row])
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None,
                      repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif kind == "sign":
            left, right = b[1], b[2]
            data = [[Paragraph(escape(left).replace("\n", "<br/>"), S["p"]),
                     Paragraph(escape(right).replace("\n", "<br/>"), S["p"])]]
            t = Table(data, colWidths=[80 * mm, 80 * mm])
            story.append(KeepTogether([Spacer(1, 4 * mm), t]))
        else:
            if kind in ("lid", "sub", "q", "qs") and len(b) > 2:
                # (kind, label, text): label hangs in the margin
                text = escape(b[1]) + "&nbsp;&nbsp;" + escape(b[2]).replace("\n", "<br/>")
            else:
                text = escape(b[1]).replace("\n", "<br/>")
            story.append(Paragraph(text, S[kind]))

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if footer:
            canvas.drawString(20 * mm, 12 * mm, footer)
        canvas.drawRightString(190 * mm, 12 * mm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, title=title,
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- DOCX --------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _add_numbering(doc, levels, abstract_id, num_id):
    """Add a multilevel auto-numbering definition; levels = [(fmt, lvlText, left, hanging)]."""
    from docx.oxml import parse_xml
    numbering = doc.part.numbering_part.element
    lvls = ""
    for i, (fmt, text, left, hanging) in enumerate(levels):
        lvls += (
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
            % (i, fmt, text, left, hanging))
    absxml = ('<w:abstractNum xmlns:w="%s" w:abstractNumId="%d">'
              '<w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
              % (W_NS, abstract_id, lvls))
    abs_el = parse_xml(absxml)
    # abstractNum elements must precede num elements
    first_num = numbering.find("{%s}num" % W_NS)
    if first_num is not None:
        first_num.addprevious(abs_el)
    else:
        numbering.append(abs_el)
    num_el = parse_xml('<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                       % (W_NS, num_id, abstract_id))
    numbering.append(num_el)


def _set_num(paragraph, num_id, ilvl):
    from docx.oxml import parse_xml
    pPr = paragraph._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (W_NS, ilvl, num_id))
    pPr.append(numPr)


def write_docx(path, blocks, numbering_levels=None, font="Calibri", size=10.5, title=""):
    """blocks: (kind, text...) kinds: title, subtitle, h1, h2, h3, p, pb (bold para), small,
    bullet, num0/num1/num2 (auto-numbered at level), table (rows, widths_cm), pagebreak."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    NUM_ID = 90
    if numbering_levels:
        _add_numbering(doc, numbering_levels, 90, NUM_ID)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph(style="Title")
            p.add_run(b[1])
        elif kind == "subtitle":
            p = doc.add_paragraph(style="Subtitle")
            p.add_run(b[1])
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "pb":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(size - 1.5)
        elif kind == "center":
            p = doc.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "bullet":
            doc.add_paragraph(b[1], style="List Bullet")
        elif kind.startswith("num"):
            lvl = int(kind[3])
            if lvl == 0:
                p = doc.add_paragraph(style="Heading 2")
                p.add_run(b[1])
            else:
                p = doc.add_paragraph(b[1])
            _set_num(p, NUM_ID, lvl)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = doc.styles["Table Grid"]
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    lines = c.split("\n")
                    par = cell.paragraphs[0]
                    for k, line in enumerate(lines):
                        if k:
                            par = cell.add_paragraph()
                        run = par.add_run(line)
                        if i == 0:
                            run.bold = True
            if len(b) > 2:
                for j, w in enumerate(b[2]):
                    for cell in t.columns[j].cells:
                        cell.width = Cm(w)
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- TXT / MD ----------------
def write_text(path, text):
    text = text.strip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- extraction --------------
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
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        parts.append(re.sub(r"<[^>]+>", " ", xml))
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip().lower()


# ================================================================ SAMPLES ==================


# ----------------------------------------------------------------------------- 245 --------
# Lawyer's long contract, PDF, Langstraat, PIE kb -> Eerste monteur elektrotechnische
# installaties (niveau 3). Fully compliant. Look-alikes: table of contents, a considerans that
# restates every statutory item, definitions of "Leiding" and "Overstapoptie", an unfilled model
# toetredingsverklaring in an annex.
def build_245(path):
    B = []
    A = B.append

    def art(n, title):
        A(("h1", "Artikel %d %s" % (n, title)))

    def lid(label, text):
        A(("lid", label, text))

    def sub(label, text):
        A(("sub", label, text))

    A(("title", "SAMENWERKINGSOVEREENKOMST"))
    A(("subtitle", "inzake de doorlopende leerroute vmbo-mbo \"Installatieroute Langstraat\"\n"
        "tussen Stichting Christelijk Voortgezet Onderwijs Langstraat en "
        "Stichting Regionaal Opleidingencentrum Maas-Langstraat"))
    A(("small", "Opgesteld door Van Dongen Scheepens Advocaten, Tilburg, in opdracht van beide "
        "colleges van bestuur. Kenmerk 2025/0417/JvD. Definitieve tekst, 16 juni 2025."))
    A(("h2", "INHOUDSOPGAVE"))
    toc = ["Overwegingen", "Artikel 1 Definities", "Artikel 2 Voorwerp van de overeenkomst",
           "Artikel 3 Profiel en beroepsopleiding", "Artikel 4 Betrokkenheid van het werkveld",
           "Artikel 5 Het Routebestuur", "Artikel 6 Informatie en verantwoording aan de besturen",
           "Artikel 7 Onderwijskundige en organisatorische inrichting",
           "Artikel 8 Inzet van personeel", "Artikel 9 Gebruik van faciliteiten",
           "Artikel 10 Voortijdige beëindiging van de deelname; overstap",
           "Artikel 11 Financiële bepalingen", "Artikel 12 Medezeggenschap",
           "Artikel 13 Klachten en persoonsgegevens", "Artikel 14 Geschillen",
           "Artikel 15 Toetreding van andere scholen en instellingen",
           "Artikel 16 Duur, opzegging en ontbinding", "Artikel 17 Wijziging",
           "Artikel 18 Slotbepalingen", "Bijlage 1 Overzicht per leerjaar",
           "Bijlage 2 Model toetredingsverklaring"]
    for t in toc:
        A(("toc", t))
    A(("pagebreak",))

    A(("h2", "DE ONDERGETEKENDEN"))
    lid("1.", "de stichting Stichting Christelijk Voortgezet Onderwijs Langstraat, statutair "
        "gevestigd te Waalwijk, ingeschreven in het handelsregister onder nummer 41102387, bevoegd "
        "gezag van het Langstraat Vakcollege, school voor voorbereidend middelbaar beroepsonderwijs te "
        "Waalwijk, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van "
        "bestuur, mevrouw mr. drs. H.A. Verschoor-de Bruijn, hierna te noemen: \"de School\";")
    lid("2.", "de stichting Stichting Regionaal Opleidingencentrum Maas-Langstraat, statutair gevestigd "
        "te 's-Hertogenbosch, ingeschreven in het handelsregister onder nummer 18077312, bevoegd gezag "
        "van het regionaal opleidingencentrum ROC Maas-Langstraat, te dezen rechtsgeldig "
        "vertegenwoordigd door de voorzitter van het college van bestuur, de heer ing. P.J. "
        "Hoogendoorn MBA, hierna te noemen: \"de Instelling\";")
    A(("p", "hierna gezamenlijk te noemen: \"Partijen\" en ieder afzonderlijk: \"Partij\","))

    A(("h2", "OVERWEGENDE DAT:"))
    overw = [
        ("(A)", "de Wet doorlopende leerroutes vmbo-mbo (Stb. 2020, 157) het mogelijk maakt dat "
         "het bevoegd gezag van een school en het bevoegd gezag van een instelling voor "
         "beroepsonderwijs gezamenlijk een doorlopende leerroute vmbo-mbo verzorgen op grond van "
         "een samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 "
         "WEB;"),
        ("(B)", "in een zodanige samenwerkingsovereenkomst afspraken moeten worden opgenomen over "
         "het profiel en het aanverwante opleidingsdomein of de aanverwante kwalificatie waarin "
         "de doorlopende leerroute wordt aangeboden;"),
        ("(C)", "daarin tevens moet worden vastgelegd op welke wijze het bedrijfsleven zal worden "
         "betrokken bij de invulling van de doorlopende leerroute;"),
        ("(D)", "de vormgeving van de leiding over de doorlopende leerroute, waaronder de "
         "samenstelling en de wijze van benoeming van die leiding en de taken en bevoegdheden "
         "die door de bevoegde gezagsorganen aan die leiding worden opgedragen, eveneens in de "
         "overeenkomst moet worden geregeld, evenals de wijze waarop die leiding inlichtingen "
         "verstrekt en verantwoording aflegt aan de bevoegde gezagsorganen;"),
        ("(E)", "de overeenkomst voorts de organisatorische en onderwijskundige inrichting van de "
         "doorlopende leerroute dient te bevatten, waaronder de inzet van personeel en het "
         "gebruik van faciliteiten van Partijen;"),
        ("(F)", "de wet vereist dat een leerling wiens deelname aan de leerroute eindigt voordat "
         "hij deze met succes heeft afgerond, een overstapoptie wordt geboden, en dat de inhoud "
         "daarvan in de overeenkomst wordt opgenomen;"),
        ("(G)", "ingeval van overdracht van bekostiging de omvang en de bestemming van de over te "
         "dragen middelen in de overeenkomst moeten worden vermeld;"),
        ("(H)", "Partijen afspraken kunnen maken over de inrichting van de medezeggenschap;"),
        ("(I)", "de overeenkomst de wijze van geschilbeslechting tussen Partijen moet bevatten, "
         "alsmede de voorwaarden voor toetreding, opzegging, ontbinding en wijziging, telkens met "
         "het oog op het zoveel mogelijk beperken van de gevolgen voor leerlingen en studenten;"),
        ("(J)", "de medezeggenschapsraad van de School en de ondernemingsraad en de studentenraad "
         "van de Instelling over het voornemen tot het aangaan van deze samenwerking advies "
         "hebben uitgebracht, welke adviezen door Partijen zijn betrokken bij hun besluitvorming;"),
        ("(K)", "Partijen hun samenwerking thans in deze overeenkomst wensen vast te leggen;"),
    ]
    for lab, t in overw:
        lid(lab, t)
    A(("h2", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"))

    art(1, "Definities")
    lid("1.1", "In deze overeenkomst wordt, tenzij uitdrukkelijk anders bepaald, verstaan onder:")
    defs = [
        ("a.", "Leerroute: de doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO "
         "2020, zoals nader omschreven in artikel 3;"),
        ("b.", "Leiding: de leiding over de Leerroute als bedoeld in artikel 2.107b, tweede lid, "
         "onder b, WVO 2020;"),
        ("c.", "Routebestuur: het orgaan dat ingevolge artikel 5 de Leiding vormt;"),
        ("d.", "Overstapoptie: de overstapoptie als bedoeld in artikel 2.107k WVO 2020 en artikel "
         "9.1.14 WEB, te weten de mogelijkheid voor een leerling wiens deelname aan de Leerroute "
         "voortijdig eindigt om een diploma te behalen dat past bij het bereikte onderwijsniveau "
         "en zijn leeftijd;"),
        ("e.", "Leerling: een leerling van de School die aan de Leerroute deelneemt en, na "
         "inschrijving bij de Instelling, de student die aan de Leerroute deelneemt;"),
        ("f.", "Vo-fase: het eerste en tweede leerjaar van de Leerroute, samenvallend met het "
         "derde en vierde leerjaar van de kaderberoepsgerichte leerweg;"),
        ("g.", "Mbo-fase: het derde en volgende leerjaren van de Leerroute;"),
        ("h.", "Werkveldtafel: het overleg bedoeld in artikel 4.3;"),
        ("i.", "Techniekhuis: de locatie van de Instelling aan de Industrieweg te Kaatsheuvel;"),
        ("j.", "Schooljaar: de periode van 1 augustus tot en met 31 juli daaraanvolgend;"),
        ("k.", "Werkdag: iedere dag niet zijnde een zaterdag, zondag, algemeen erkende feestdag "
         "of een dag binnen een door een Partij vastgestelde vakantie;"),
        ("l.", "WVO 2020: de Wet voortgezet onderwijs 2020; WEB: de Wet educatie en "
         "beroepsonderwijs."),
    ]
    for lab, t in defs:
        sub(lab, t)
    lid("1.2", "Verwijzingen naar artikelen en bijlagen zijn, tenzij anders vermeld, verwijzingen "
        "naar artikelen van en bijlagen bij deze overeenkomst. Opschriften dienen uitsluitend "
        "het leesgemak en hebben geen zelfstandige betekenis voor de uitleg.")

    art(2, "Voorwerp van de overeenkomst")
    lid("2.1", "Partijen verzorgen met ingang van het Schooljaar 2025-2026 gezamenlijk de "
        "Leerroute, met inachtneming van het bepaalde in deze overeenkomst en in de "
        "toepasselijke wet- en regelgeving.")
    lid("2.2", "Partijen melden gezamenlijk aan de minister van Onderwijs, Cultuur en "
        "Wetenschap dat zij de Leerroute verzorgen, door registratie in het Register "
        "Instellingen en Opleidingen, uiterlijk op 1 oktober 2025. De School draagt zorg voor "
        "de feitelijke registratie en informeert de Instelling schriftelijk zodra deze is "
        "verricht.")
    lid("2.3", "Deze overeenkomst geldt als samenwerkingsovereenkomst als bedoeld in artikel "
        "2.107b WVO 2020 en artikel 9.1.3 WEB.")

    art(3, "Profiel en beroepsopleiding")
    lid("3.1", "De Leerroute verbindt het profiel Produceren, installeren en energie in de "
        "kaderberoepsgerichte leerweg van de School met de vakopleiding Eerste monteur "
        "elektrotechnische installaties woning en utiliteit, niveau 3, in de "
        "beroepsopleidende leerweg, van de Instelling.")
    lid("3.2", "In de Vo-fase volgen Leerlingen binnen het profiel in elk geval de "
        "beroepsgerichte keuzevakken Elektrotechnische installaties in de woning en Domotica "
        "en automatisering, die inhoudelijk voorsorteren op de kerntaken van de in het eerste "
        "lid genoemde kwalificatie.")
    lid("3.3", "De Leerroute leidt tot het diploma voor de kaderberoepsgerichte leerweg en tot "
        "het diploma van de in het eerste lid genoemde beroepsopleiding. De nominale duur van "
        "de Leerroute bedraagt vier Schooljaren.")
    lid("3.4", "Uitbreiding van de Leerroute met andere kwalificaties vindt uitsluitend plaats "
        "met inachtneming van artikel 17.")

    art(4, "Betrokkenheid van het werkveld")
    lid("4.1", "Partijen betrekken het installatiebedrijfsleven in de Langstraat en het "
        "aangrenzende deel van de Meierij bij de invulling van de Leerroute op de wijze die in dit artikel is "
        "beschreven.")
    lid("4.2", "De navolgende, door de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven "
        "(SBB) erkende leerbedrijven hebben zich jegens Partijen schriftelijk verbonden aan de "
        "Leerroute: Van der Linden Installatietechniek B.V. te Waalwijk, Elektrotechnisch Bureau "
        "Kooijman te Sprang-Capelle, Installatiegroep De Werken B.V. te Kaatsheuvel en de technische "
        "dienst van Woonzorg Langstraat te Drunen. Deze leerbedrijven stellen gezamenlijk "
        "per cohort ten minste veertien plaatsen voor beroepspraktijkvorming beschikbaar, "
        "verzorgen in de Vo-fase per Schooljaar ten minste vier gastlessen en twee "
        "bedrijfsbezoeken, en leveren jaarlijks ten minste drie praktijkopdrachten aan die in "
        "het programma van het tweede en derde leerjaar van de Leerroute worden opgenomen.")
    lid("4.3", "Er is een Werkveldtafel, bestaande uit een vertegenwoordiger van ieder in het "
        "tweede lid genoemd leerbedrijf, een vertegenwoordiger van de regionale afdeling van "
        "de brancheorganisatie Techniek Nederland en de adviseur praktijkleren van SBB. De "
        "Werkveldtafel komt ten minste tweemaal per Schooljaar bijeen, in oktober en in maart, "
        "en adviseert het Routebestuur over de inhoud van het programma, de keuze van "
        "keuzedelen en de actualiteit van de praktijkopdrachten.")
    lid("4.4", "Praktijkopleiders van de leerbedrijven beoordelen mee bij de praktijkopdrachten "
        "en bij de proeve van bekwaamheid, met inachtneming van het examenreglement van de "
        "Instelling en de aanwijzingen van haar examencommissie.")
    lid("4.5", "Het Routebestuur deelt de Werkveldtafel binnen zes weken na iedere bijeenkomst "
        "schriftelijk en gemotiveerd mee wat met haar adviezen is gedaan.")

    art(5, "Het Routebestuur")
    lid("5.1", "De Leiding berust bij het Routebestuur.")
    lid("5.2", "Het Routebestuur bestaat uit:")
    sub("a.", "de afdelingsleider bovenbouw techniek van de School;")
    sub("b.", "de teamleider Installatietechniek van de Instelling;")
    sub("c.", "de routecoördinator, die zonder stemrecht aan de vergaderingen deelneemt en als "
        "secretaris optreedt.")
    lid("5.3", "Het lid bedoeld in het tweede lid onder a wordt aangewezen door het college van "
        "bestuur van de School en het lid bedoeld onder b door het college van bestuur van de "
        "Instelling. De routecoördinator wordt op voordracht van de leden onder a en b door "
        "beide colleges van bestuur gezamenlijk benoemd voor een periode van twee Schooljaren "
        "en is aansluitend herbenoembaar. Schorsing en ontslag uit de functie van "
        "routecoördinator geschieden eveneens door beide colleges van bestuur gezamenlijk.")
    lid("5.4", "De colleges van bestuur dragen aan het Routebestuur de volgende taken op:")
    for lab, t in [
        ("a.", "de dagelijkse aansturing en coördinatie van de Leerroute;"),
        ("b.", "het opstellen van de jaarplanning, het lesrooster en de bpv-planning;"),
        ("c.", "het voorbereiden van het gezamenlijke programma van toetsing en afsluiting en de "
         "onderwijs- en examenregeling, ter vaststelling door de daartoe bevoegde organen;"),
        ("d.", "het onderhouden van de contacten met de Werkveldtafel en de leerbedrijven;"),
        ("e.", "het nemen van de beslissingen in individuele gevallen bedoeld in artikel 10.5;"),
        ("f.", "het bewaken van de kwaliteit van de Leerroute en het opstellen van de "
         "rapportages bedoeld in artikel 6."),
    ]:
        sub(lab, t)
    lid("5.5", "Het Routebestuur is bevoegd om, binnen de door de colleges van bestuur "
        "vastgestelde routebegroting, verplichtingen aan te gaan tot een bedrag van EUR 20.000 "
        "per Schooljaar, de door Partijen ter beschikking gestelde formatie over de "
        "onderwijsactiviteiten te verdelen en het jaarrooster vast te stellen. Niet aan het "
        "Routebestuur opgedragen zijn: de vaststelling van het programma van toetsing en "
        "afsluiting en van de onderwijs- en examenregeling, besluiten over benoeming, "
        "schorsing en ontslag van personeel, besluiten over toelating en verwijdering, "
        "wijziging van de routebegroting en het aangaan of beëindigen van overeenkomsten met "
        "derden; deze blijven voorbehouden aan de daartoe bevoegde organen van Partijen.")
    lid("5.6", "Het Routebestuur besluit bij eenparigheid van de leden bedoeld in het tweede lid "
        "onder a en b. Wordt geen overeenstemming bereikt, dan wordt het onderwerp voorgelegd "
        "aan het bestuurlijk overleg bedoeld in artikel 6.2.")

    art(6, "Informatie en verantwoording aan de besturen")
    lid("6.1", "Het Routebestuur verstrekt aan de colleges van bestuur van beide Partijen:")
    sub("a.", "jaarlijks voor 15 november een schriftelijk jaarverslag over het voorafgaande "
        "Schooljaar, waarin in elk geval de instroom, doorstroom en uitstroom per cohort, de "
        "examenresultaten, het aantal overstappen en hun bestemming, de beschikbaarheid van "
        "bpv-plaatsen, de besteding van de op grond van artikel 11 overgedragen middelen en de "
        "adviezen van de Werkveldtafel zijn opgenomen;")
    sub("b.", "jaarlijks voor 1 april een beknopte tussentijdse voortgangsrapportage;")
    sub("c.", "onverwijld en in elk geval binnen vijf Werkdagen: een melding van ernstige "
        "incidenten, van een dreigend tekort aan bpv-plaatsen of personeel en van "
        "omstandigheden die de continuïteit van de Leerroute in gevaar kunnen brengen.")
    lid("6.2", "Tweemaal per Schooljaar, in december en in juni, voeren de voorzitters van de "
        "colleges van bestuur bestuurlijk overleg, waarin het Routebestuur mondeling toelicht "
        "en verantwoording aflegt over het gevoerde beleid en de uitoefening van de aan hem "
        "opgedragen bevoegdheden. Van dit overleg wordt een verslag gemaakt dat door beide "
        "colleges wordt vastgesteld.")
    lid("6.3", "Ieder college van bestuur kan te allen tijde aanvullende inlichtingen vragen; "
        "het Routebestuur verstrekt deze binnen tien Werkdagen.")

    art(7, "Onderwijskundige en organisatorische inrichting")
    lid("7.1", "Het onderwijs in de Vo-fase wordt verzorgd op de locatie van de School te "
        "Waalwijk; in het tweede leerjaar van de Leerroute volgen Leerlingen bovendien een dag "
        "per week onderwijs in het Techniekhuis. Het onderwijs in de Mbo-fase wordt verzorgd "
        "in het Techniekhuis en bij de leerbedrijven.")
    lid("7.2", "Partijen beschrijven voor de gehele Leerroute gezamenlijk het "
        "onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per "
        "leerjaar, met aanduiding van de onderdelen die tot het voortgezet onderwijs, tot het "
        "beroepsonderwijs of tot beide behoren. Deze beschrijving wordt opgenomen in het "
        "programma van toetsing en afsluiting van de School en in de onderwijs- en "
        "examenregeling van de Instelling en wordt jaarlijks voor 1 oktober voorafgaand aan "
        "het Schooljaar waarop zij betrekking heeft vastgesteld. Een samenvatting is "
        "opgenomen in Bijlage 1.")
    lid("7.3", "Het centraal examen van de kaderberoepsgerichte leerweg wordt afgenomen in het "
        "tweede leerjaar van de Leerroute. Examinering van onderdelen van de beroepsopleiding "
        "vangt aan in het tweede leerjaar van de Leerroute.")
    lid("7.4", "Gedurende de Vo-fase staat de Leerling ingeschreven bij de School; met ingang "
        "van het derde leerjaar van de Leerroute wordt hij als student bij de Instelling "
        "ingeschreven. De School blijft verantwoordelijk voor het vmbo-deel van de Leerroute "
        "en voor de examinering en diplomering daarvan; de Instelling is verantwoordelijk voor "
        "het mbo-deel, de beroepspraktijkvorming en de examinering en diplomering van de "
        "beroepsopleiding.")
    lid("7.5", "De mentor van de School draagt het begeleidingsdossier bij de overgang naar de "
        "Mbo-fase in een persoonlijk overdrachtsgesprek over aan de studieloopbaanbegeleider "
        "van de Instelling.")

    art(8, "Inzet van personeel")
    lid("8.1", "Partijen vormen voor de Leerroute een gezamenlijk docententeam. Voor het "
        "vak- en sectoroverstijgende programmaonderdeel Installeren in de praktijk in het "
        "tweede en derde leerjaar van de Leerroute wordt gebruik gemaakt van de mogelijkheid "
        "tot inzet van een team van leraren en docenten als bedoeld in artikel 7.13a WVO 2020 "
        "en artikel 9.1.12 WEB; voor ieder onderdeel is ten minste een bevoegde leraar of "
        "docent verantwoordelijk.")
    lid("8.2", "De Instelling stelt per Schooljaar ten minste 0,6 fte docent elektrotechniek "
        "beschikbaar voor het onderwijs in de Vo-fase. De School stelt per Schooljaar ten "
        "minste 0,3 fte leraar Nederlands en rekenen-wiskunde beschikbaar voor het generieke "
        "onderwijs in het derde leerjaar van de Leerroute.")
    lid("8.3", "Personeelsleden blijven in dienst van de Partij die hen heeft aangesteld; die "
        "Partij blijft werkgever en draagt de loonkosten, behoudens het bepaalde in artikel "
        "11. Personeelsleden die werkzaamheden verrichten bij de andere Partij volgen de "
        "aanwijzingen van die Partij ten aanzien van orde, veiligheid en huisregels en "
        "beschikken over een verklaring omtrent het gedrag.")
    lid("8.4", "Het docententeam volgt jaarlijks ten minste twee gezamenlijke studiedagen.")

    art(9, "Gebruik van faciliteiten")
    lid("9.1", "De Instelling stelt de installatiewerkplaats, de meet- en testapparatuur en de "
        "domotica-opstelling van het Techniekhuis ter beschikking voor het onderwijs in het "
        "tweede leerjaar van de Leerroute, op de in het jaarrooster vastgelegde dag. De "
        "Instelling verstrekt daarbij de persoonlijke beschermingsmiddelen.")
    lid("9.2", "De School stelt haar praktijklokaal Produceren, installeren en energie en haar "
        "computerlokaal ter beschikking voor lessen die docenten van de Instelling in de "
        "Vo-fase op de locatie Waalwijk verzorgen.")
    lid("9.3", "Iedere Partij is verantwoordelijk voor de veiligheid en de verzekering van haar "
        "eigen gebouwen en voorzieningen.")

    art(10, "Voortijdige beëindiging van de deelname; overstap")
    lid("10.1", "Eindigt de deelname van een Leerling aan de Leerroute voordat hij deze met "
        "succes heeft afgerond, dan bieden Partijen hem een alternatief dat leidt tot een "
        "vmbo-diploma of een diploma van een beroepsopleiding, met inachtneming van de "
        "navolgende leden.")
    lid("10.2", "Een Leerling die de Leerroute in de Vo-fase verlaat, zet zijn opleiding voort in "
        "de reguliere kaderberoepsgerichte leerweg, profiel Produceren, installeren en "
        "energie, van de School, of, indien het bereikte niveau daartoe aanleiding geeft, in "
        "de basisberoepsgerichte leerweg of in een ander profiel van de School, gericht op "
        "het behalen van het vmbo-diploma.")
    lid("10.3", "Een Leerling die aan het einde van het derde leerjaar van de Leerroute het "
        "vmbo-diploma niet heeft behaald, kan de beroepsopleiding bij de Instelling voortzetten "
        "of overstappen naar een andere opleiding van de Instelling op niveau 3 of, indien dat "
        "beter aansluit, naar de opleiding Monteur elektrotechnische installaties op niveau 2. "
        "De vooropleidingseisen worden daarbij niet tegengeworpen. Hij kan er ook voor kiezen "
        "het vmbo-examen bij de School opnieuw af te leggen.")
    lid("10.4", "Een Leerling die in de Mbo-fase kiest voor een andere richting, krijgt bij de "
        "Instelling een plaats aangeboden in een andere beroepsopleiding op hetzelfde niveau. "
        "Wenst hij een opleiding bij een andere instelling, dan verzorgen Partijen een warme "
        "overdracht en ondersteunen zij hem bij het geschiktheidsonderzoek van die instelling.")
    lid("10.5", "Welk alternatief passend is, beslist het Routebestuur namens beide Partijen "
        "binnen vijftien Werkdagen na het signaal dat de deelname eindigt, na een gesprek met "
        "de Leerling en, indien hij minderjarig is, zijn ouders of verzorgers. Het "
        "Routebestuur weegt daarbij het bereikte onderwijsniveau, de leeftijd en de wensen "
        "van de Leerling en legt de uitkomst vast in een overstapplan. Plaatsing in de "
        "Entreeopleiding komt alleen aan de orde wanneer het behalen van een "
        "startkwalificatie redelijkerwijs niet haalbaar is.")
    lid("10.6", "Dit artikel is niet van toepassing bij definitieve verwijdering.")
    lid("10.7", "De School neemt de werkwijze bedoeld in dit artikel op in haar schoolgids.")

    art(11, "Financiële bepalingen")
    lid("11.1", "De School ontvangt de bekostiging voor de Leerlingen in de Vo-fase en de "
        "Instelling voor de studenten in de Mbo-fase.")
    lid("11.2", "Met toepassing van artikel 5.42a WVO 2020 draagt de School per Schooljaar aan de "
        "Instelling over een bedrag van EUR 1.350 per Leerling die op 1 oktober van dat "
        "Schooljaar in het tweede leerjaar van de Leerroute bij de School staat ingeschreven.")
    lid("11.3", "De overgedragen middelen zijn uitsluitend bestemd voor de inzet van docenten "
        "van de Instelling in de Vo-fase als bedoeld in artikel 8.2 en voor het gebruik van "
        "het Techniekhuis en de verbruiksmaterialen als bedoeld in artikel 9.1.")
    lid("11.4", "De Instelling factureert het bedrag in twee gelijke termijnen, voor 1 december "
        "en voor 1 mei. De besteding wordt verantwoord in het jaarverslag bedoeld in artikel "
        "6.1 onder a.")
    lid("11.5", "Behoudens het bepaalde in dit artikel vindt geen overdracht van bekostiging "
        "plaats en draagt iedere Partij haar eigen kosten.")

    art(12, "Medezeggenschap")
    lid("12.1", "Voor Leerlingen in de Vo-fase, hun ouders en het personeel van de School geldt "
        "de Wet medezeggenschap op scholen; voor studenten in de Mbo-fase en hun ouders geldt "
        "hoofdstuk 8a WEB en voor het personeel van de Instelling de Wet op de "
        "ondernemingsraden.")
    lid("12.2", "In aanvulling daarop komen Partijen overeen dat:")
    sub("a.", "Leerlingen in het tweede leerjaar van de Leerroute kunnen deelnemen aan de "
        "studentenraad van het Techniekhuis met dezelfde rechten als studenten van de "
        "Instelling;")
    sub("b.", "het jaarverslag bedoeld in artikel 6.1 onder a wordt toegezonden aan de "
        "medezeggenschapsraad van de School, de studentenraad en de ondernemingsraad van de "
        "Instelling;")
    sub("c.", "eenmaal per Schooljaar een gezamenlijke bijeenkomst plaatsvindt van een "
        "afvaardiging van de medezeggenschapsraad van de School en van de studentenraad, "
        "waarin het Routebestuur de gang van zaken in de Leerroute bespreekt;")
    sub("d.", "een voorgenomen wijziging of opzegging van deze overeenkomst vooraf ter advies "
        "wordt voorgelegd aan de medezeggenschapsraad van de School en de studentenraad van "
        "de Instelling.")

    art(13, "Klachten en persoonsgegevens")
    lid("13.1", "De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van "
        "het bestuur en het personeel van de andere Partij in het kader van de Leerroute. "
        "Ontvangt de School een klacht over een docent van de Instelling, dan stelt zij de "
        "Instelling binnen vijf Werkdagen in kennis; de Instelling verleent alle medewerking "
        "aan de afhandeling en neemt zo nodig maatregelen.")
    lid("13.2", "Partijen wisselen persoonsgegevens van Leerlingen uitsluitend uit voor zover "
        "dat voor de uitvoering van de Leerroute noodzakelijk is en met inachtneming van de "
        "Algemene verordening gegevensbescherming.")

    art(14, "Geschillen")
    lid("14.1", "Onder geschil wordt verstaan ieder verschil van mening tussen Partijen over de "
        "uitleg of de uitvoering van deze overeenkomst.")
    lid("14.2", "Een geschil wordt eerst binnen tien Werkdagen na melding besproken in het "
        "Routebestuur. Leidt dat niet tot een oplossing, dan wordt het geschil binnen vier "
        "weken besproken in een bestuurlijk overleg van de voorzitters van de colleges van "
        "bestuur.")
    lid("14.3", "Komen de voorzitters niet tot overeenstemming, dan leggen Partijen het geschil "
        "voor aan een door hen gezamenlijk aan te wijzen mediator die is ingeschreven in het "
        "register van de Mediatorsfederatie Nederland. De kosten van de mediation worden door "
        "Partijen gelijkelijk gedragen.")
    lid("14.4", "Is het geschil niet binnen drie maanden na aanvang van de mediation opgelost, dan "
        "kan iedere Partij het voorleggen aan de bevoegde rechter van de Rechtbank "
        "Zeeland-West-Brabant, locatie Tilburg.")
    lid("14.5", "Gedurende een geschil zetten Partijen de uitvoering van de Leerroute voor de "
        "Leerlingen onverminderd voort.")

    art(15, "Toetreding van andere scholen en instellingen")
    lid("15.1", "Een andere school voor voorbereidend middelbaar beroepsonderwijs die het "
        "profiel Produceren, installeren en energie aanbiedt, of een andere instelling voor "
        "beroepsonderwijs, kan tot deze overeenkomst toetreden indien:")
    sub("a.", "haar bevoegd gezag daartoe een schriftelijk verzoek richt aan de colleges van "
        "bestuur van Partijen;")
    sub("b.", "alle Partijen schriftelijk met de toetreding instemmen;")
    sub("c.", "de toetreder alle rechten en verplichtingen uit deze overeenkomst aanvaardt door "
        "ondertekening van een toetredingsverklaring naar het model van Bijlage 2;")
    sub("d.", "de toetreding ingaat op 1 augustus van een Schooljaar, zodat het programma van "
        "lopende cohorten niet tussentijds wijzigt; en")
    sub("e.", "de toetreder de deelname aan de Leerroute aan de minister meldt.")
    lid("15.2", "Na toetreding stellen Partijen de samenstelling van het Routebestuur in "
        "onderling overleg opnieuw vast.")

    art(16, "Duur, opzegging en ontbinding")
    lid("16.1", "Deze overeenkomst treedt in werking op 1 augustus 2025 en is aangegaan voor "
        "onbepaalde tijd.")
    lid("16.2", "Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen het "
        "einde van een Schooljaar, met inachtneming van een opzegtermijn van ten minste "
        "twaalf maanden. Na de opzegging worden geen nieuwe Leerlingen meer tot de Leerroute "
        "toegelaten. Partijen blijven hun verplichtingen nakomen ten aanzien van Leerlingen "
        "die voor de datum van opzegging aan de Leerroute zijn begonnen, totdat de laatste "
        "van hen de Leerroute heeft afgerond of overeenkomstig artikel 10 is overgestapt.")
    lid("16.3", "Iedere Partij kan deze overeenkomst ontbinden indien de andere Partij "
        "toerekenbaar tekortschiet en de tekortkoming niet binnen drie maanden na een "
        "schriftelijke ingebrekestelling heeft hersteld, of indien de andere Partij haar "
        "bekostiging voor het onderwijs in de Leerroute verliest. De ontbinding gaat zo "
        "mogelijk in aan het einde van een Schooljaar; het tweede lid, laatste twee volzinnen, "
        "is van overeenkomstige toepassing.")
    lid("16.4", "Binnen twee maanden na opzegging of ontbinding stellen Partijen gezamenlijk een "
        "afbouwplan vast waarin per Leerling is aangegeven op welke wijze hij zijn opleiding "
        "kan voltooien. Leerlingen en hun ouders worden hierover schriftelijk geïnformeerd.")

    art(17, "Wijziging")
    lid("17.1", "Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door alle "
        "Partijen ondertekende overeenkomst, na advies van de medezeggenschapsorganen "
        "overeenkomstig artikel 12.2 onder d.")
    lid("17.2", "Het Routebestuur en iedere Partij kunnen een voorstel tot wijziging doen. "
        "Partijen evalueren deze overeenkomst in elk geval eenmaal per twee Schooljaren.")
    lid("17.3", "Een wijziging die het programma raakt, treedt niet eerder in werking dan met "
        "ingang van het eerstvolgende Schooljaar en verslechtert de positie van Leerlingen die "
        "reeds aan de Leerroute deelnemen niet, tenzij zij, of hun ouders, daarmee instemmen.")
    lid("17.4", "Bijlage 1 kan door het Routebestuur worden aangepast na schriftelijke "
        "goedkeuring van beide colleges van bestuur.")

    art(18, "Slotbepalingen")
    lid("18.1", "Op deze overeenkomst is Nederlands recht van toepassing.")
    lid("18.2", "Indien een bepaling nietig blijkt, blijven de overige bepalingen van kracht en "
        "vervangen Partijen de nietige bepaling door een bepaling die zoveel mogelijk "
        "aansluit bij het doel daarvan.")
    lid("18.3", "Bijlage 1 maakt deel uit van deze overeenkomst. Bijlage 2 is een model en bindt "
        "Partijen slechts voor zover zij bij toetreding wordt ondertekend.")
    A(("p", "Aldus overeengekomen en in tweevoud ondertekend te Waalwijk op 23 juni 2025."))
    A(("sign", "Stichting Christelijk Voortgezet Onderwijs Langstraat\n\n\n"
        "mr. drs. H.A. Verschoor-de Bruijn\nvoorzitter college van bestuur",
        "Stichting Regionaal Opleidingencentrum Maas-Langstraat\n\n\n"
        "ing. P.J. Hoogendoorn MBA\nvoorzitter college van bestuur"))

    A(("pagebreak",))
    A(("h1", "Bijlage 1 Overzicht per leerjaar"))
    A(("table", [
        ["Leerjaar Leerroute", "Inschrijving", "Locatie", "Programma", "Examinering"],
        ["1 (3 vmbo)", "School", "Waalwijk", "Profiel PIE, keuzevak Elektrotechnische "
         "installaties in de woning, gastlessen", "Schoolexamen volgens PTA"],
        ["2 (4 vmbo)", "School", "Waalwijk; 1 dag Techniekhuis", "Keuzevak Domotica en "
         "automatisering, Installeren in de praktijk (team)", "Centraal examen kb; eerste "
         "mbo-onderdelen"],
        ["3 (1 mbo)", "Instelling", "Techniekhuis", "Beroepsopleiding, 8 weken bpv",
         "Mbo-examens volgens OER"],
        ["4 (2 mbo)", "Instelling", "Techniekhuis en leerbedrijf", "Beroepsopleiding, 20 weken "
         "bpv, keuzedelen", "Proeve van bekwaamheid, diplomering"],
    ], [28, 22, 32, 50, 34]))
    A(("h1", "Bijlage 2 Model toetredingsverklaring"))
    A(("small", "Model. Niet ingevuld; wordt uitsluitend gebruikt bij toetreding als bedoeld in "
        "artikel 15."))
    A(("p", "Ondergetekende, ......................................................, bevoegd "
        "gezag van ......................................................, gevestigd te "
        "..............................., verklaart met ingang van 1 augustus 20.... toe te "
        "treden tot de samenwerkingsovereenkomst Installatieroute Langstraat en alle daaruit "
        "voortvloeiende rechten en verplichtingen te aanvaarden."))
    A(("p", "Plaats en datum: .............................    Handtekening: "
        "............................."))
    write_pdf(path, B, title="Samenwerkingsovereenkomst Installatieroute Langstraat",
              footer="Van Dongen Scheepens Advocaten - kenmerk 2025/0417/JvD - definitief",
              base_size=9.5)


register(245, "advocatencontract_lang_langstraat_elektrotechniek", "pdf",
         "Lawyer's long contract (PDF, ~8 pages, articles with leden), Langstraat, PIE kb -> "
         "Eerste monteur elektrotechnische installaties niveau 3; fully compliant; look-alikes: "
         "table of contents, considerans restating every statutory item, definitions of Leiding "
         "and Overstapoptie, unfilled model toetredingsverklaring in an annex",
         st("p p p p p p p p p p"),
         {"a": "Artikel 3 Profiel en beroepsopleiding",
          "b": "Artikel 4 Betrokkenheid van het werkveld",
          "c": "Artikel 5 Het Routebestuur",
          "d": "Artikel 6 Informatie en verantwoording aan de besturen",
          "e": "Artikel 7 Onderwijskundige en organisatorische inrichting",
          "f": "Artikel 10 Voortijdige beëindiging van de deelname; overstap",
          "g": "Artikel 11 Financiële bepalingen",
          "h": "Artikel 12 Medezeggenschap",
          "i": "Artikel 14 Geschillen",
          "j": "Artikel 15 Toetreding van andere scholen en instellingen"},
         build_245)

# ----------------------------------------------------------------------------- 246 --------
# External consultant's draft with a long list of defined terms, DOCX with Word auto-numbering
# (Artikel %1 / %1.%2 / a.), Utrechtse Heuvelrug, Economie en ondernemen kb -> Verkoopspecialist niveau 3.
# Defects: f -> the overstapoptie appears ONLY as a defined term (missing); g -> transfer of
# bekostiging with a bestemming but the omvang left as a dotted template line (weak).
def build_246(path):
    B = []
    A = B.append

    def art(t):
        A(("num0", t))

    def lid(t):
        A(("num1", t))

    def sub(t):
        A(("num2", t))

    A(("title", "Samenwerkingsovereenkomst Doorlopende Leerroute Retail Heuvelrug"))
    A(("subtitle", "Heuvelrug Vakcollege (vmbo) en ROC Kromme Rijn, College Handel & Ondernemen"))
    A(("table", [
        ["Versie", "Datum", "Status", "Toelichting"],
        ["0.3", "14 maart 2025", "Concept", "Na werksessie kerngroep"],
        ["0.7", "22 april 2025", "Concept", "Verwerking juridische check ROC"],
        ["1.0", "2 juni 2025", "Vastgesteld", "Ter ondertekening"],
    ], [2.0, 3.2, 3.0, 7.5]))
    A(("small", "Procesbegeleiding en redactie: drs. M. Hoefnagels, Hoefnagels Onderwijsadvies, "
        "Utrecht, in opdracht van de stuurgroep. De adviseur is geen partij bij deze "
        "overeenkomst."))
    A(("h1", "Leeswijzer"))
    A(("p", "Dit document volgt de systematiek van het landelijke format. Artikel 1 bevat de "
        "begrippen; begrippen met een hoofdletter hebben in het hele document de daar gegeven "
        "betekenis. De artikelen 2 tot en met 13 bevatten de afspraken. De leeswijzer en het "
        "versiebeheer maken geen deel uit van de overeenkomst."))
    A(("h1", "Partijen"))
    A(("p", "1. Stichting Openbaar Voortgezet Onderwijs Heuvelrug, gevestigd te Zeist, bevoegd "
        "gezag van het Heuvelrug Vakcollege, vmbo met de basis- en kaderberoepsgerichte leerweg, "
        "vertegenwoordigd door de heer drs. J.W.M. Pankras, bestuurder, hierna: de School;"))
    A(("p", "2. Stichting ROC Kromme Rijn, gevestigd te Bunnik, bevoegd gezag van ROC "
        "Kromme Rijn, vertegenwoordigd door mevrouw E. Aartsen-Verhoef MSc, lid van het college "
        "van bestuur, hierna: de Instelling;"))
    A(("p", "hierna gezamenlijk: Partijen."))
    A(("p", "Partijen komen het volgende overeen."))

    art("Begripsbepalingen")
    lid("In deze overeenkomst wordt verstaan onder:")
    for t in [
        "Bedrijfspartners: de in artikel 4 genoemde ondernemingen en organisaties;",
        "Bevoegd Gezag: het bestuur van de School onderscheidenlijk het college van bestuur van "
        "de Instelling;",
        "BPV: beroepspraktijkvorming als bedoeld in artikel 7.2.8 WEB;",
        "Deelnemer: een leerling of student die aan de Leerroute deelneemt;",
        "Examenplan: het gezamenlijke programma van toetsing en afsluiting (PTA) van de School en "
        "de onderwijs- en examenregeling (OER) van de Instelling voor zover betrekking hebbend op "
        "de Leerroute;",
        "Faciliteiten: lokalen, praktijkruimten, leermiddelen en ICT-voorzieningen van Partijen;",
        "Kerngroep: de leiding over de Leerroute, samengesteld overeenkomstig artikel 5;",
        "Leerbedrijf: een door SBB erkend leerbedrijf;",
        "Leerroute: de doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en "
        "artikel 9.1.2 WEB die Partijen op grond van deze overeenkomst verzorgen;",
        "Overstapoptie: de overstapoptie als bedoeld in artikel 2.107k WVO 2020 en artikel 9.1.14 "
        "WEB, inhoudende dat een Deelnemer wiens deelname voortijdig eindigt in staat wordt "
        "gesteld een vmbo-diploma of een diploma van een beroepsopleiding te behalen dat past "
        "bij het bereikte onderwijsniveau en zijn leeftijd;",
        "Routecoördinator: de functionaris bedoeld in artikel 5.2;",
        "SBB: Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven;",
        "Schooljaar: de periode van 1 augustus tot en met 31 juli;",
        "Stuurgroep: het bestuurlijk overleg bedoeld in artikel 6.3;",
        "Werkveldpanel: het overleg bedoeld in artikel 4.2;",
        "WEB: Wet educatie en beroepsonderwijs;",
        "WVO 2020: Wet voortgezet onderwijs 2020.",
    ]:
        sub(t)

    art("Doel en reikwijdte")
    lid("Partijen verzorgen vanaf Schooljaar 2025-2026 gezamenlijk de Leerroute. Doel is een "
        "ononderbroken, versnelde leerweg naar een diploma op niveau 3 in de detailhandel, met "
        "minder overlap in lesstof en een sterke verankering in de regionale retail.")
    lid("Partijen melden de Leerroute gezamenlijk aan de minister via RIO; de School verzorgt de "
        "registratie vóór 1 oktober 2025.")

    art("Opleidingsaanbod")
    lid("De Leerroute start in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel "
        "Economie en ondernemen, en loopt door in de vakopleiding Verkoopspecialist, niveau 3, "
        "beroepsopleidende leerweg, van de Instelling.")
    lid("In het vmbo-deel kiezen Deelnemers de keuzevakken Webshop, Presentatie en styling en "
        "Mode en merk, die aansluiten op de kerntaken van de genoemde kwalificatie.")
    lid("De Leerroute leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en het mbo-diploma "
        "Verkoopspecialist. De nominale duur is vier Schooljaren.")

    art("Werkveldpanel en leerbedrijven")
    lid("De volgende Bedrijfspartners zijn aan de Leerroute verbonden: Modehuis Van Hout te "
        "Zeist, Bouwmarkt Heuvelrug B.V. te Driebergen, Tuincentrum De Wielewaal te Doorn, "
        "Drogisterij Smulders te Bunnik en de Ondernemersvereniging Slotlaan Zeist.")
    lid("Er is een Werkveldpanel, bestaande uit een vertegenwoordiger per Bedrijfspartner, de "
        "adviseur praktijkleren van SBB en twee docenten uit het routeteam. Het Werkveldpanel "
        "vergadert driemaal per Schooljaar en geeft advies over de actualiteit van het "
        "programma, de keuze van keuzedelen en de inhoud van de praktijkcases.")
    lid("De Bedrijfspartners leveren per Schooljaar:")
    sub("ten minste twaalf BPV-plaatsen voor Deelnemers in het derde en vierde leerjaar van de "
        "Leerroute;")
    sub("twee levensechte klantcases per leerjaar, waarvan de uitkomsten door de "
        "Bedrijfspartner worden gepresenteerd en beoordeeld;")
    sub("een ervaren verkoper die bij het praktijkexamen Verkoop als tweede beoordelaar optreedt.")

    art("Governance: Kerngroep")
    lid("De leiding over de Leerroute berust bij de Kerngroep. De Kerngroep bestaat uit de "
        "teamleider Economie en ondernemen van de School, de opleidingsmanager Handel van de "
        "Instelling en de Routecoördinator.")
    lid("De teamleider en de opleidingsmanager worden voor de duur van hun functie door het "
        "eigen Bevoegd Gezag in de Kerngroep benoemd. De Routecoördinator wordt, na een "
        "gezamenlijke selectieprocedure, door beide Bevoegde Gezagen gezamenlijk aangewezen.")
    lid("Aan de Kerngroep zijn opgedragen: de dagelijkse aansturing en roostering van de "
        "Leerroute, de voorbereiding van het Examenplan, de planning van de BPV in afstemming "
        "met de Bedrijfspartners, de kwaliteitszorg en de contacten met het Werkveldpanel.")
    lid("De Kerngroep is bevoegd om binnen het vastgestelde jaarbudget zelfstandig uitgaven te "
        "doen en de door Partijen ter beschikking gestelde formatie over de leerjaren te "
        "verdelen. Besluiten over personeel, de vaststelling van het Examenplan en wijziging "
        "van het jaarbudget blijven voorbehouden aan de Bevoegde Gezagen.")

    art("Rapportage en verantwoording")
    lid("De Kerngroep informeert beide Bevoegde Gezagen per kwartaal met een beknopt dashboard "
        "met de kerncijfers in-, door- en uitstroom, verzuim, BPV-bezetting en "
        "studenttevredenheid.")
    lid("Jaarlijks vóór 1 december legt de Kerngroep in een schriftelijke jaarrapportage "
        "verantwoording af over het afgelopen Schooljaar, inclusief de besteding van het "
        "jaarbudget en de adviezen van het Werkveldpanel.")
    lid("De jaarrapportage wordt besproken in de Stuurgroep, bestaande uit de bestuurder van "
        "de School en het verantwoordelijke lid van het college van bestuur van de Instelling, "
        "die daartoe ten minste tweemaal per Schooljaar bijeenkomt.")

    art("Onderwijsprogramma, examinering en locaties")
    lid("Het vmbo-deel wordt verzorgd op de locatie van de School te Zeist; vanaf het tweede "
        "leerjaar van de Leerroute volgen Deelnemers één dag per week onderwijs in het "
        "leerwinkellab van de Instelling te Bunnik. Het mbo-deel wordt verzorgd te Bunnik "
        "en bij de Leerbedrijven.")
    lid("Partijen leggen het onderwijsprogramma, de examinering en de BPV per leerjaar vast in "
        "het Examenplan, met aanduiding van de vo- en mbo-onderdelen. Het Examenplan wordt "
        "jaarlijks vóór 1 oktober door de bevoegde organen vastgesteld.")
    lid("Deelnemers staan in de eerste twee leerjaren van de Leerroute ingeschreven bij de "
        "School en vanaf het derde leerjaar bij de Instelling.")
    lid("Iedere Deelnemer heeft een mentor van de School; in het tweede leerjaar van de "
        "Leerroute is daarnaast een loopbaanbegeleider van de Instelling betrokken.")

    art("Personeel en faciliteiten")
    lid("Partijen werken met één routeteam. De Instelling zet per Schooljaar ten minste 0,4 "
        "fte docent retail in voor het vmbo-deel; de School zet 0,2 fte docent Engels en "
        "rekenen in voor het eerste mbo-jaar. Personeelsleden blijven in dienst van de eigen "
        "werkgever.")
    lid("Voor het vakoverstijgende onderdeel Klant en winkel wordt gewerkt met een team van "
        "leraren en docenten als bedoeld in artikel 7.13a WVO 2020, waarbij voor ieder "
        "programmaonderdeel een bevoegde leraar of docent verantwoordelijk is.")
    lid("De Instelling stelt het leerwinkellab met kassasystemen en de webshopomgeving ter "
        "beschikking; de School stelt haar presentatieruimte en de ICT-voorzieningen ter "
        "beschikking voor lessen van docenten van de Instelling in Zeist.")

    art("Financiële afspraken")
    lid("Partijen komen overeen dat de School met toepassing van artikel 5.42a WVO 2020 een deel "
        "van de door haar ontvangen bekostiging overdraagt aan de Instelling, ten behoeve van de "
        "inzet van docenten van de Instelling in het vmbo-deel en het gebruik van het "
        "leerwinkellab.")
    lid("De omvang van de over te dragen middelen bedraagt € …………… per Deelnemer per "
        "Schooljaar [bedrag in te vullen na vaststelling begroting 2025].")
    lid("De overdracht vindt plaats in één termijn vóór …………… op basis van een factuur van de "
        "Instelling.")

    art("Medezeggenschap")
    lid("De School legt het jaarlijkse Examenplan voor zover het de Leerroute betreft ter advies "
        "voor aan haar medezeggenschapsraad; de Instelling doet hetzelfde bij haar "
        "studentenraad.")
    lid("Deelnemers in het tweede leerjaar van de Leerroute mogen als toehoorder met "
        "spreekrecht deelnemen aan de vergaderingen van de studentenraad van het College Handel "
        "& Ondernemen.")
    lid("Eenmaal per Schooljaar vindt een gezamenlijk overleg plaats tussen een delegatie van de "
        "medezeggenschapsraad van de School en de studentenraad van de Instelling over de "
        "Leerroute; de Kerngroep verzorgt de agenda.")

    art("Geschillenregeling")
    lid("Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst "
        "besproken in de Kerngroep en vervolgens, indien het binnen vier weken niet is "
        "opgelost, in de Stuurgroep.")
    lid("Leidt bespreking in de Stuurgroep niet binnen zes weken tot een oplossing, dan leggen "
        "Partijen het geschil voor bindend advies voor aan een onafhankelijke deskundige die zij "
        "gezamenlijk aanwijzen. Komen zij over de aanwijzing niet binnen twee weken tot "
        "overeenstemming, dan wijst de voorzitter van de MBO Raad of de VO-raad, bij toerbeurt, "
        "de deskundige aan.")
    lid("De kosten van het bindend advies worden door Partijen gelijkelijk gedragen.")

    art("Toetreding, looptijd, opzegging en wijziging")
    lid("Een andere vmbo-school met het profiel Economie en ondernemen of een andere instelling "
        "voor beroepsonderwijs kan tot deze overeenkomst toetreden met schriftelijke instemming "
        "van beide Partijen, door ondertekening van een toetredingsovereenkomst. Toetreding gaat "
        "in per 1 augustus en laat de afspraken voor lopende cohorten ongemoeid.")
    lid("Deze overeenkomst geldt voor onbepaalde tijd. Opzegging is mogelijk per aangetekende "
        "brief tegen 1 augustus van enig jaar met een opzegtermijn van ten minste één "
        "Schooljaar. Vanaf de opzegging stroomt geen nieuw cohort meer in; Deelnemers die al "
        "zijn gestart, kunnen de Leerroute bij Partijen afronden.")
    lid("Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk en met instemming "
        "van beide Bevoegde Gezagen. Wijzigingen gaan in per het volgende Schooljaar en worden "
        "zo ingericht dat Deelnemers die al zijn gestart daarvan geen nadeel ondervinden.")

    art("Slotbepalingen")
    lid("Op deze overeenkomst is Nederlands recht van toepassing.")
    lid("Deze overeenkomst treedt in werking op 1 augustus 2025.")
    A(("p", "Ondertekend te Bunnik op 12 juni 2025."))
    A(("table", [
        ["Namens de School", "Namens de Instelling"],
        ["drs. J.W.M. Pankras\nbestuurder Stichting Openbaar Voortgezet Onderwijs Heuvelrug",
         "E. Aartsen-Verhoef MSc\nlid college van bestuur Stichting ROC Kromme Rijn"],
    ], [8.0, 8.0]))
    write_docx(path, B, numbering_levels=[
        ("decimal", "Artikel %1", 1418, 1418),
        ("decimal", "%1.%2", 567, 567),
        ("lowerLetter", "%3.", 1134, 567),
    ], title="Samenwerkingsovereenkomst DLR Retail Heuvelrug")


register(246, "adviesbureau_begrippen_heuvelrug_retail", "docx",
         "External consultant's draft with many defined terms (DOCX, Word auto-numbering, "
         "versiebeheer table, leeswijzer), Utrechtse Heuvelrug, Economie en ondernemen kb -> "
         "Verkoopspecialist niveau 3; defects: overstapoptie only as a defined term in the "
         "begrippenlijst (f missing), transfer of bekostiging with bestemming but omvang a dotted "
         "template line (g weak)",
         st("p p p p p m w p p p"),
         {"a": "Opleidingsaanbod",
          "b": "Werkveldpanel en leerbedrijven",
          "c": "Governance: Kerngroep",
          "d": "Rapportage en verantwoording",
          "e": "Personeel en faciliteiten",
          "h": "Medezeggenschap",
          "i": "Geschillenregeling",
          "j": "Toetreding, looptijd, opzegging en wijziging"},
         build_246)

# ----------------------------------------------------------------------------- 247 --------
# Very plain, very short agreement (TXT, under two pages), Harlingen, Maritiem en
# techniek bb -> Matroos binnenvaart niveau 2. Fully compliant. Look-alike: a reader's
# toelichting at the end, explicitly declared no part of the agreement, that restates what the
# law requires (including the overstapoptie and geschillen) in plain words.
TEXT_247 = """
AFSPRAKEN OVER DE VAARROUTE HARLINGEN
Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo

Wie tekenen

- Stichting Voortgezet Onderwijs Noordwest-Fryslân, bestuur van De Havenschool in Harlingen
  (hierna: de school), voor deze afspraken vertegenwoordigd door bestuurder A. Breeman.
- Stichting Maritiem Vakcollege Noord, bestuur van het Maritiem Vakcollege in Harlingen en
  Leeuwarden (hierna: het vakcollege), vertegenwoordigd door bestuurder R. de Waal-Tanis.

De school en het vakcollege spreken het volgende af.

1. De route
Leerlingen van de basisberoepsgerichte leerweg, profiel Maritiem en techniek, kunnen vanaf
leerjaar 3 kiezen voor de Vaarroute. De Vaarroute loopt door in de mbo-opleiding Matroos
binnenvaart, niveau 2 (BOL), van het vakcollege. Wie de route afmaakt, heeft een vmbo-diploma
en een mbo-diploma. De eerste Vaarroute-klas start op 1 augustus 2025.

2. Bedrijven
Rederij Waddentank, Sleepdienst Harlingen en Jachtwerf Makkum doen mee. Zij zorgen
samen elk jaar voor minstens acht stageplaatsen aan boord, geven in leerjaar 3 en 4 elk twee
gastlessen en beoordelen de stage mee. Eén keer per jaar, in maart, bespreken de bedrijven met
het routeteam wat er in het lesprogramma beter kan.

3. Leiding
De route wordt geleid door een routeteam van twee mensen: de teamleider techniek van de school
en de teamleider binnenvaart van het vakcollege. Elk bestuur wijst zijn eigen teamleider aan.
Het routeteam maakt het rooster en het lesprogramma, regelt de stages, houdt contact met de
bedrijven en beslist over overstappen (zie punt 6). Het routeteam mag zelf uitgaven doen tot
5.000 euro per schooljaar uit het routebudget. Over personeel, examens en alle andere
uitgaven beslissen de besturen zelf.

4. Verslag aan de besturen
Het routeteam stuurt elk jaar voor 1 november een kort verslag aan beide besturen: hoeveel
leerlingen zijn begonnen, doorgegaan, overgestapt en geslaagd, en hoe het budget is besteed.
Elk jaar in juni praat het routeteam met beide bestuurders over hoe het gaat.

5. Lessen, docenten en ruimtes
Leerjaar 3 en 4 zijn op de school in Harlingen. In leerjaar 4 gaan de leerlingen een dag
per week naar het opleidingsschip van het vakcollege in de haven. Vanaf leerjaar 5 (het
eerste mbo-jaar) zijn de lessen op het vakcollege en aan boord bij de bedrijven. Het lesprogramma
en de examens per leerjaar staan in het gezamenlijke PTA/OER van de Vaarroute.
Een docent nautiek van het vakcollege geeft in leerjaar 4 een dag per week les op de school.
Een docent Nederlands van de school geeft in leerjaar 5 twee uur per week les op het
vakcollege. Iedereen blijft in dienst van zijn eigen werkgever.
Het vakcollege stelt het opleidingsschip en de vaarsimulator beschikbaar; de school stelt haar
werkplaats motoren en het technieklokaal beschikbaar.

6. Stoppen of overstappen
Stopt een leerling in leerjaar 3 of 4 met de route, dan gaat hij verder in de gewone
basisberoepsgerichte leerweg van de school (hetzelfde of een ander profiel) en haalt hij daar
zijn vmbo-diploma. Stopt hij later, of haalt hij zijn vmbo-diploma niet, dan kan hij bij het
vakcollege verder in een andere mbo-opleiding op niveau 2, in de haven, de logistiek of de
techniek. Het vakcollege stelt dan geen extra toelatingseisen. Wil hij naar een andere school,
dan helpen we hem daarbij en dragen we zijn gegevens warm over. De school en het vakcollege
kiezen samen, in een gesprek met de leerling en zijn ouders, wat het beste past bij het niveau
dat hij al heeft en bij zijn leeftijd.

7. Geld
Er gaat geen bekostiging van de school naar het vakcollege of andersom. Iedereen betaalt zijn
eigen kosten. Het routebudget (punt 3) betalen school en vakcollege ieder voor de helft.

8. Inspraak
Leerlingen van de route mogen in leerjaar 4 al meedoen in de studentenraad van het
vakcollege. De medezeggenschapsraad van de school en de studentenraad krijgen het jaarverslag
(punt 4) en mogen er samen met het routeteam over praten.

9. Meningsverschillen
Lukt het routeteam niet om een meningsverschil tussen school en vakcollege op te lossen, dan
praten de twee bestuurders erover. Lukt dat binnen een maand niet, dan schakelen zij samen een
mediator in. Helpt dat niet, dan beslist de rechtbank Noord-Nederland.

10. Nieuwe partners, stoppen en wijzigen
- Een andere school of mbo-instelling mag meedoen als beide besturen dat schriftelijk goed
  vinden. Zij tekent dan deze afspraken mee. Meedoen kan alleen per 1 augustus.
- Stoppen kan alleen schriftelijk, per 1 augustus, met een jaar opzegtijd. Na de opzegging
  starten er geen nieuwe leerlingen meer. Leerlingen die al begonnen zijn, maken de route af.
- Deze afspraken veranderen alleen als beide besturen dat op papier zetten en tekenen. Een
  wijziging geldt vanaf het volgende schooljaar en mag leerlingen die al in de route zitten
  niet benadelen.

Getekend in Harlingen op 19 juni 2025

A. Breeman                                  R. de Waal-Tanis
Stichting Voortgezet Onderwijs              Stichting Maritiem Vakcollege Noord
Noordwest-Fryslân


----------------------------------------------------------------------------------------------
TOELICHTING VOOR LEERLINGEN EN OUDERS
Deze toelichting hoort niet bij de afspraken en is niet ondertekend. Er kunnen geen rechten aan
worden ontleend.

De wet zegt dat een school en een mbo-instelling die samen een doorlopende route aanbieden,
afspraken moeten maken over: de opleiding, de rol van bedrijven, wie de leiding heeft en hoe die
verantwoording aflegt, de lessen, de docenten en de ruimtes, wat er gebeurt als een leerling
stopt (de overstapoptie), geld, inspraak, hoe ruzies worden opgelost en hoe je kunt stoppen,
aansluiten of iets veranderen. Als een leerling stopt, moeten de school en het mbo hem volgens
de wet helpen om toch een diploma te halen dat past bij zijn niveau en leeftijd. Vragen? Bel de
mentor of kijk in de schoolgids.
"""


def build_247(path):
    write_text(path, TEXT_247)


register(247, "zeer_kort_platte_tekst_harlingen_matroos", "txt",
         "Very plain, very short agreement (TXT, under two pages, ten numbered plain-language "
         "points), Harlingen/Noordwest-Fryslân, Maritiem en techniek bb -> Matroos binnenvaart niveau 2; "
         "fully compliant; look-alike: a toelichting voor leerlingen en ouders declared no part "
         "of the agreement that restates the statutory list and the overstapoptie",
         st("p p p p p p p p p p"),
         {"a": "1. De route",
          "b": "2. Bedrijven",
          "c": "3. Leiding",
          "d": "4. Verslag aan de besturen",
          "e": "5. Lessen, docenten en ruimtes",
          "f": "6. Stoppen of overstappen",
          "g": "7. Geld",
          "h": "8. Inspraak",
          "i": "9. Meningsverschillen",
          "j": "10. Nieuwe partners, stoppen en wijzigen"},
         build_247)

# ----------------------------------------------------------------------------- 248 --------
# Amending agreement (PDF) that rewrites an earlier 2022 agreement article by article ("komt te
# luiden"), Meppel / Zuidwest-Drenthe, Horeca, bakkerij en recreatie bb -> Bakker niveau 2.
# Defects: b -> the new article 3 only restates the statutory duty (weak), backed by an
# intention in the considerans; i -> the new article 9 only defers ("Partijen maken nadere
# afspraken", weak), backed by "in goed overleg" in the considerans; h -> the new article 8 only
# describes the statutory regimes and that parties "kunnen" add arrangements (not_applicable).
def build_248(path):
    B = []
    A = B.append

    def q(label, text):
        A(("q", label, text))

    def qs(label, text):
        A(("qs", label, text))

    A(("title", "EERSTE WIJZIGINGSOVEREENKOMST"))
    A(("subtitle", "bij de Samenwerkingsovereenkomst Bakkersroute Meppel van 4 juli 2022"))
    A(("h2", "Partijen"))
    A(("lid", "1.", "Stichting Openbaar Voortgezet Onderwijs Reestdal, gevestigd te Meppel, "
        "bevoegd gezag van het Reestdal College, school voor voorbereidend middelbaar "
        "beroepsonderwijs, vertegenwoordigd door haar bestuurder, de heer G.H. Lubbers, "
        "hierna: de School;"))
    A(("lid", "2.", "Stichting ROC Reest en Wold, gevestigd te Hoogeveen, bevoegd gezag van ROC "
        "Reest en Wold, vertegenwoordigd door de voorzitter van het college van bestuur, "
        "mevrouw drs. W. Kloosterman-Eising, hierna: de Instelling;"))
    A(("h2", "Overwegende dat"))
    for lab, t in [
        ("a.", "Partijen op 4 juli 2022 de Samenwerkingsovereenkomst Bakkersroute Meppel hebben "
         "gesloten, hierna: de Overeenkomst, op grond waarvan zij gezamenlijk een doorlopende "
         "leerroute vmbo-mbo verzorgen;"),
        ("b.", "uit een interne toets door de afdeling Bestuurszaken van de Instelling is "
         "gebleken dat de Overeenkomst op een aantal onderdelen niet aansluit bij artikel 2.107b "
         "WVO 2020 en artikel 9.1.3 WEB, en Partijen de Overeenkomst daarom wensen te wijzigen;"),
        ("c.", "Partijen de ambachtelijke bakkerijen in Meppel en omstreken nadrukkelijk bij de "
         "leerroute willen betrekken;"),
        ("d.", "Partijen eventuele meningsverschillen over de samenwerking bij voorkeur in goed "
         "overleg oplossen;"),
        ("e.", "de medezeggenschapsraad van de School en de studentenraad van de Instelling in de "
         "gelegenheid zijn gesteld over deze wijziging advies uit te brengen;"),
    ]:
        A(("lid", lab, t))
    A(("p", "komen overeen als volgt:"))

    A(("h1", "ARTIKEL I"))
    A(("p", "De Overeenkomst wordt als volgt gewijzigd:"))

    A(("h2", "A"))
    A(("p", "Artikel 2 komt te luiden:"))
    A(("qh", "Artikel 2 Profiel en opleiding"))
    q("1.", "De leerroute verbindt het profiel Horeca, bakkerij en recreatie in de "
      "basisberoepsgerichte leerweg van de School met de basisberoepsopleiding Bakker, niveau "
      "2, beroepsopleidende leerweg, van de Instelling.")
    q("2.", "Leerlingen in de leerroute volgen binnen het profiel in elk geval het keuzevak "
      "Brood en banket.")
    q("3.", "De leerroute duurt vier schooljaren en leidt tot het diploma basisberoepsgerichte "
      "leerweg en het diploma Bakker.")

    A(("h2", "B"))
    A(("p", "Artikel 3 komt te luiden:"))
    A(("qh", "Artikel 3 Bedrijfsleven"))
    q("", "Het bedrijfsleven wordt betrokken bij de invulling van de doorlopende leerroute "
      "vmbo-mbo. Partijen dragen er zorg voor dat dit gebeurt op een wijze die past bij de "
      "aard van de leerroute.")

    A(("h2", "C"))
    A(("p", "Artikel 4 komt te luiden:"))
    A(("qh", "Artikel 4 Leiding"))
    q("1.", "De leiding over de leerroute berust bij de routeleider, bijgestaan door het "
      "routeoverleg.")
    q("2.", "De routeleider is een medewerker van de Instelling met ervaring in het "
      "bakkersonderwijs. Hij wordt, na overleg met de directeur van de School, door het college "
      "van bestuur van de Instelling benoemd voor een termijn van drie jaar. Het routeoverleg "
      "bestaat uit de routeleider, de afdelingsleider basis en kader van de School en de "
      "praktijkcoördinator bakkerij van de Instelling; de afdelingsleider wordt aangewezen door "
      "het bestuur van de School.")
    q("3.", "De besturen dragen aan de routeleider op:")
    qs("a.", "het opstellen van het jaarrooster en de verdeling van de praktijklessen over de "
       "schoolbakkerij en de bakkerij van de Instelling;")
    qs("b.", "het voorbereiden van het gezamenlijke PTA en de OER voor zover die de leerroute "
       "betreffen;")
    qs("c.", "het beslissen over een overstap als bedoeld in artikel 6a, vierde lid;")
    qs("d.", "het beheer van het routebudget, waarbinnen hij zelfstandig verplichtingen kan "
       "aangaan tot een bedrag van EUR 7.500 per schooljaar.")
    q("4.", "Besluiten over personeel, de vaststelling van het PTA en de OER en uitgaven boven "
      "het in het derde lid onder d genoemde bedrag blijven aan de besturen voorbehouden.")

    A(("h2", "D"))
    A(("p", "Artikel 5 komt te luiden:"))
    A(("qh", "Artikel 5 Verantwoording"))
    q("1.", "De routeleider brengt tweemaal per schooljaar, in februari en in september, een "
      "schriftelijke voortgangsrapportage uit aan het bestuur van de School en het college van "
      "bestuur van de Instelling, met daarin in elk geval de in- en uitstroom, de "
      "examenresultaten, de overstappen en de besteding van het routebudget.")
    q("2.", "Jaarlijks in juni legt de routeleider in een gezamenlijk overleg met beide "
      "besturen mondeling verantwoording af over het afgelopen schooljaar.")
    q("3.", "Bijzondere voorvallen meldt de routeleider onverwijld aan beide besturen.")

    A(("h2", "E"))
    A(("p", "Artikel 6 komt te luiden:"))
    A(("qh", "Artikel 6 Inrichting van de leerroute"))
    q("1.", "De eerste twee leerjaren van de leerroute worden verzorgd in het gebouw van de "
      "School aan de Stationsweg te Meppel; het derde en vierde leerjaar in de bakkerijafdeling "
      "van de Instelling te Hoogeveen en bij de leerbedrijven.")
    q("2.", "Partijen beschrijven het onderwijsprogramma, de examinering en de "
      "beroepspraktijkvorming per leerjaar in het gezamenlijke PTA en de OER.")
    q("3.", "In het tweede leerjaar van de leerroute verzorgt een docent bakkerij van de "
      "Instelling wekelijks vier lesuren in de schoolbakkerij van de School. In het derde "
      "leerjaar verzorgt de praktijkdocent bakken van de School wekelijks vier uur praktijkles "
      "voor de studenten van de leerroute. Ieder blijft in dienst van de eigen werkgever.")
    q("4.", "De School stelt haar schoolbakkerij, inclusief ovens en rijskasten, ter beschikking "
      "voor de in het derde lid bedoelde lessen; de Instelling stelt haar banketlab ter "
      "beschikking voor de gezamenlijke projectweken.")
    q("5.", "De leerling staat in de eerste twee leerjaren van de leerroute ingeschreven bij de "
      "School en vanaf het derde leerjaar bij de Instelling.")

    A(("h2", "F"))
    A(("p", "Na artikel 6 wordt een artikel ingevoegd, luidende:"))
    A(("qh", "Artikel 6a Overstap"))
    q("1.", "Een leerling die in de eerste twee leerjaren van de leerroute stopt, vervolgt zijn "
      "opleiding in de reguliere basisberoepsgerichte leerweg van de School, in hetzelfde of "
      "een ander profiel, en behaalt daar het vmbo-diploma.")
    q("2.", "Een leerling die aan het einde van het derde leerjaar van de leerroute het "
      "vmbo-diploma niet heeft behaald, kan zijn opleiding Bakker bij de Instelling "
      "voortzetten zonder dat de vooropleidingseisen worden toegepast, of overstappen naar een "
      "andere opleiding op niveau 2 van de Instelling, zoals Medewerker fastservice of "
      "Gastheer/gastvrouw.")
    q("3.", "Een student die in het vierde leerjaar voor een andere richting kiest, wordt "
      "geplaatst in een andere opleiding op niveau 2 van de Instelling; kiest hij voor een "
      "andere instelling, dan zorgen Partijen voor een warme overdracht.")
    q("4.", "De routeleider beslist, na overleg met de mentor van de School en de "
      "studieloopbaanbegeleider van de Instelling en na een gesprek met de leerling en zijn "
      "ouders, welke overstap passend is, gelet op het bereikte onderwijsniveau en de leeftijd "
      "van de leerling.")

    A(("h2", "G"))
    A(("p", "Artikel 7 komt te luiden:"))
    A(("qh", "Artikel 7 Bekostiging"))
    q("1.", "Met toepassing van artikel 9.1.15 WEB draagt de Instelling jaarlijks een bedrag "
      "van EUR 9.600 over aan de School.")
    q("2.", "Het bedrag is bestemd voor het gebruik van de schoolbakkerij en de inzet van de "
      "praktijkdocent bakken van de School in het derde leerjaar van de leerroute, bedoeld in "
      "artikel 6, derde en vierde lid.")
    q("3.", "De Instelling maakt het bedrag voor 1 maart van het desbetreffende schooljaar "
      "over. Overigens vindt geen overdracht van bekostiging plaats.")

    A(("h2", "H"))
    A(("p", "Artikel 8 komt te luiden:"))
    A(("qh", "Artikel 8 Medezeggenschap"))
    q("", "Op leerlingen die bij de School staan ingeschreven en hun ouders en op het personeel "
      "van de School is de Wet medezeggenschap op scholen van toepassing. Op studenten die bij "
      "de Instelling staan ingeschreven en hun ouders is hoofdstuk 8a van de WEB van toepassing "
      "en op het personeel van de Instelling de Wet op de ondernemingsraden. Partijen kunnen in "
      "aanvulling daarop afspraken maken over de medezeggenschap.")

    A(("h2", "I"))
    A(("p", "Artikel 9 komt te luiden:"))
    A(("qh", "Artikel 9 Geschillen"))
    q("", "Partijen maken nadere afspraken over de wijze waarop geschillen tussen hen over de "
      "uitvoering van deze overeenkomst worden beslecht.")

    A(("h2", "J"))
    A(("p", "Artikel 10 komt te luiden:"))
    A(("qh", "Artikel 10 Toetreding, opzegging en wijziging"))
    q("1.", "Een andere school of instelling voor beroepsonderwijs kan tot deze overeenkomst "
      "toetreden indien beide Partijen daarmee schriftelijk instemmen en de toetreder de "
      "overeenkomst medeondertekent. Toetreding gaat in bij het begin van een schooljaar.")
    q("2.", "Iedere Partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een "
      "opzegtermijn van ten minste een jaar. Na opzegging worden geen nieuwe leerlingen tot de "
      "leerroute toegelaten; leerlingen die de leerroute al volgen, kunnen deze bij Partijen "
      "afronden.")
    q("3.", "Iedere Partij kan de overeenkomst ontbinden indien de andere Partij haar "
      "verplichtingen ernstig en herhaaldelijk niet nakomt; het tweede lid, tweede volzin, is "
      "van overeenkomstige toepassing.")
    q("4.", "De overeenkomst kan alleen schriftelijk en met instemming van beide Partijen worden "
      "gewijzigd. Een wijziging treedt in werking bij het begin van een schooljaar en doet geen "
      "afbreuk aan de mogelijkheid van leerlingen die al in de leerroute zitten om deze af te "
      "ronden.")

    A(("h2", "K"))
    A(("p", "Artikel 11 (Looptijd) vervalt."))

    A(("h1", "ARTIKEL II"))
    A(("lid", "1.", "Artikel 1 (Begripsbepalingen) en artikel 12 (Ondertekening en "
        "inwerkingtreding) van de Overeenkomst blijven ongewijzigd."))
    A(("lid", "2.", "Deze wijzigingsovereenkomst treedt in werking op 1 augustus 2025."))
    A(("lid", "3.", "Binnen drie maanden na de inwerkingtreding stelt de routeleider ter "
        "informatie een doorlopende tekst van de Overeenkomst op."))
    A(("p", "Aldus overeengekomen en getekend te Meppel op 30 juni 2025."))
    A(("sign", "Stichting Openbaar Voortgezet Onderwijs Reestdal\n\n\nG.H. Lubbers, bestuurder",
        "Stichting ROC Reest en Wold\n\n\ndrs. W. Kloosterman-Eising,\nvoorzitter college van "
        "bestuur"))
    write_pdf(path, B, title="Eerste wijzigingsovereenkomst Bakkersroute Meppel",
              footer="Eerste wijzigingsovereenkomst Bakkersroute Meppel - 30 juni 2025")


register(248, "wijzigingsovereenkomst_per_artikel_meppel_bakker", "pdf",
         "Amending agreement that rewrites a 2022 agreement article by article (PDF, Artikel I "
         "onderdelen A-K with quoted new articles), Meppel, Horeca, bakkerij en recreatie bb -> "
         "Bakker niveau 2; defects: new article 3 only restates the statutory duty on the "
         "bedrijfsleven (b weak), new article 9 only defers geschillen to nadere afspraken (i "
         "weak), new article 8 only describes the statutory medezeggenschap regimes (h "
         "not_applicable); considerans holds look-alike intentions for b and i",
         st("p w p p p p p na w p"),
         {"a": "Artikel 2 Profiel en opleiding",
          "c": "Artikel 4 Leiding",
          "d": "Artikel 5 Verantwoording",
          "e": "Artikel 6 Inrichting van de leerroute",
          "f": "Artikel 6a Overstap",
          "g": "Artikel 7 Bekostiging",
          "j": "Artikel 10 Toetreding, opzegging en wijziging"},
         build_248)

# ----------------------------------------------------------------------------- 249 --------
# Interne regeling of a verticale scholengemeenschap (DOCX, unnumbered Word headings, a table
# per leerjaar), Weert / Midden-Limburg West, Bouwen, wonen en interieur kb -> Allround timmerman
# niveau 3. Fully compliant for an interne regeling (h, i, j not applicable). Look-alikes: a
# table of contents, and an annex "sjabloon overstapverslag" full of bracketed instructions that
# is declared no part of the regeling, while the real overstap rules are in the body.
def build_249(path):
    B = []
    A = B.append
    A(("title", "Regeling doorlopende leerroute Bouw & Hout"))
    A(("subtitle", "Interne regeling als bedoeld in artikel 2.107b, derde lid, WVO 2020 en "
        "artikel 9.1.3, derde lid, WEB - Kempenbroek Vakcollege, Weert"))
    A(("pb", "Inhoud"))
    for t in ["Vaststelling", "Welke route", "Samenwerking met de bouwbedrijven", "Routeleiding",
              "Verantwoording aan het college van bestuur", "Onderwijs, examinering en locaties",
              "Inzet van personeel en faciliteiten", "Als een leerling de route verlaat",
              "Middelen", "Inwerkingtreding en citeertitel",
              "Bijlage - Sjabloon overstapverslag (geen onderdeel van de regeling)"]:
        A(("p", t))
    A(("h2", "Vaststelling"))
    A(("p", "Het college van bestuur van de Stichting Onderwijs Weerterland, bevoegd gezag van "
        "het Kempenbroek Vakcollege, een verticale scholengemeenschap te Weert die zowel een "
        "school voor voorbereidend middelbaar beroepsonderwijs (afdeling vmbo) als een "
        "instelling voor beroepsonderwijs (afdeling mbo) omvat;"))
    A(("p", "gelet op artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB, op "
        "grond waarvan het bevoegd gezag van een verticale scholengemeenschap geen "
        "samenwerkingsovereenkomst sluit maar de onderwerpen daarvan bij interne regeling "
        "vastlegt;"))
    A(("p", "gehoord de gemeenschappelijke medezeggenschapsraad;"))
    A(("p", "stelt de volgende regeling vast."))

    A(("h2", "Welke route"))
    A(("p", "De doorlopende leerroute Bouw & Hout begint in leerjaar 3 van de "
        "kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, van de afdeling "
        "vmbo en loopt door in de vakopleiding Allround timmerman, niveau 3, van de afdeling "
        "mbo, in de beroepsopleidende leerweg met vanaf het vierde leerjaar van de route de "
        "mogelijkheid van de beroepsbegeleidende leerweg. In het vmbo volgen de leerlingen de "
        "keuzevakken Bouwkundige installaties, Meubelmaken en Werken in de bouw. De route "
        "leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en het mbo-diploma Allround "
        "timmerman."))

    A(("h2", "Samenwerking met de bouwbedrijven"))
    A(("p", "Het bouwbedrijfsleven in Weert en omgeving is als volgt bij de route betrokken. "
        "Bouwbedrijf Moonen & Zonen te Weert, Timmerfabriek De Zuid-Willemsvaart te Nederweert "
        "en Woningcorporatie Weerter Wonen leveren ieder jaar samen ten minste tien "
        "leerwerkplekken voor de stage in leerjaar 2 van de route en de "
        "beroepspraktijkvorming daarna, en stellen per jaar een bouwproject beschikbaar waarop "
        "de leerlingen van leerjaar 2 en 3 van de route een opdracht uitvoeren (in 2025-2026: "
        "de renovatie van een blokhut voor scouting Weert-Zuid). Een uitvoerder van een van deze "
        "bedrijven beoordeelt die opdracht mee. Het Bouwberaad Weert, het overleg van de "
        "aangesloten bedrijven en de adviseur van SBB, bespreekt tweemaal per jaar met de "
        "routeleiding de inhoud van het programma en de keuzedelen."))

    A(("h2", "Routeleiding"))
    A(("p", "De leiding over de route berust bij het routeteam. Het routeteam bestaat uit de "
        "teamleider techniek van de afdeling vmbo, de opleidingsmanager bouw van de afdeling "
        "mbo en een routecoördinator. Het college van bestuur wijst de leden aan; de "
        "routecoördinator wordt benoemd voor twee schooljaren, op voordracht van de beide "
        "andere leden."))
    A(("p", "Het routeteam heeft als taken: het opstellen van het jaarprogramma en het rooster, "
        "de voorbereiding van het PTA en de OER voor de route, de organisatie van de stages en "
        "de beroepspraktijkvorming, het contact met het Bouwberaad en de beslissingen over "
        "overstap als hierna bepaald. Het routeteam beslist zelfstandig over de verdeling van "
        "de lesuren binnen de formatie die het college van bestuur jaarlijks voor de route "
        "vaststelt en over uitgaven binnen het routebudget. Het college van bestuur behoudt de "
        "besluiten over personeel, de vaststelling van PTA en OER en de begroting."))

    A(("h2", "Verantwoording aan het college van bestuur"))
    A(("p", "Het routeteam rapporteert tweemaal per jaar, uiterlijk 1 februari en 1 juli, "
        "schriftelijk aan het college van bestuur over de in-, door- en uitstroom, de "
        "examenresultaten, de overstappen, de stages en de besteding van het routebudget. De "
        "rapportage van 1 juli wordt besproken in het directieoverleg waaraan het routeteam "
        "deelneemt. Het college van bestuur kan altijd nadere informatie opvragen."))

    A(("h2", "Onderwijs, examinering en locaties"))
    A(("p", "Leerjaar 1 en 2 van de route worden gegeven in het vmbo-gebouw aan de "
        "Ringbaan-Noord te Weert, leerjaar 3 en 4 in het mbo-gebouw Bouwhal Kempenbroek aan de "
        "Kanaalweg en bij de leerbedrijven. Het onderwijsprogramma, de examinering en de "
        "beroepspraktijkvorming per leerjaar worden beschreven in het PTA en de OER van de "
        "route. In hoofdlijnen:"))
    A(("table", [
        ["Leerjaar route", "Ingeschreven bij", "Programma", "Examinering"],
        ["1 (leerjaar 3 vmbo)", "afdeling vmbo", "Profiel BWI, keuzevak Werken in de bouw",
         "Schoolexamen"],
        ["2 (leerjaar 4 vmbo)", "afdeling vmbo", "Keuzevakken, 1 dag Bouwhal, stage 4 weken",
         "Centraal examen kb; eerste mbo-onderdelen"],
        ["3 (jaar 1 mbo)", "afdeling mbo", "Allround timmerman, bpv 10 weken",
         "Mbo-examens"],
        ["4 (jaar 2 mbo)", "afdeling mbo", "Bpv 20 weken of bbl, keuzedelen",
         "Proeve van bekwaamheid"],
    ], [3.5, 3.3, 5.5, 4.2]))

    A(("h2", "Inzet van personeel en faciliteiten"))
    A(("p", "Voor de route werkt één docententeam van leraren van de afdeling vmbo en docenten "
        "van de afdeling mbo. Voor het vak- en sectoroverstijgende onderdeel Bouwproject in "
        "leerjaar 2 en 3 van de route wordt gewerkt met een team als bedoeld in artikel 7.13a "
        "WVO 2020 en artikel 9.1.12 WEB; voor elk onderdeel is een bevoegde leraar of docent "
        "verantwoordelijk. Twee docenten timmeren van de afdeling mbo geven in leerjaar 2 van "
        "de route samen acht uur per week les in het vmbo; de leraar Nederlands van het vmbo "
        "verzorgt in leerjaar 3 de taallessen."))
    A(("p", "De leerlingen gebruiken in leerjaar 2 van de route een dag per week de Bouwhal "
        "met de machinale houtbewerking en de steigeropstelling; de mbo-studenten van de "
        "route maken gebruik van het vmbo-praktijklokaal BWI voor het project met de "
        "vmbo-leerlingen. Het roosterbureau plant de ruimten voor beide afdelingen samen."))

    A(("h2", "Als een leerling de route verlaat"))
    A(("p", "Verlaat een leerling de route in leerjaar 1 of 2, dan gaat hij verder in de "
        "reguliere kaderberoepsgerichte leerweg of, als dat beter past, de "
        "basisberoepsgerichte leerweg van de afdeling vmbo en haalt hij daar zijn "
        "vmbo-diploma. Heeft een leerling aan het eind van leerjaar 3 van de route zijn "
        "vmbo-diploma niet, dan mag hij zonder toelatingseisen verder in de opleiding "
        "Allround timmerman of overstappen naar de opleiding Timmerman op niveau 2, of naar "
        "een andere opleiding van de afdeling mbo op hetzelfde niveau, zoals Allround "
        "meubelmaker. Wil een leerling naar een opleiding buiten het Kempenbroek Vakcollege, "
        "dan begeleidt de afdeling mbo hem bij de aanmelding en het onderzoek naar "
        "geschiktheid bij de nieuwe instelling."))
    A(("p", "Welke overstap passend is, besluit het routeteam na een gesprek met de leerling en "
        "zijn ouders, op basis van het niveau dat de leerling heeft bereikt, zijn leeftijd en "
        "zijn voorkeur. Het besluit wordt binnen drie weken schriftelijk vastgelegd. Een "
        "verwijzing naar de Entreeopleiding komt alleen in beeld als een diploma op niveau 2 "
        "niet haalbaar is. De werkwijze staat ook in de schoolgids."))

    A(("h2", "Middelen"))
    A(("p", "Er vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO "
        "2020 of artikel 9.1.15 WEB. De afdeling vmbo en de afdeling mbo dragen elk de eigen "
        "kosten; de kosten van de Bouwhal worden via de interne kostenverdeling van de "
        "stichting verdeeld naar rato van de lesuren."))

    A(("h2", "Inwerkingtreding en citeertitel"))
    A(("p", "Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als "
        "Regeling doorlopende leerroute Bouw & Hout. Het college van bestuur meldt de route "
        "aan de minister via RIO."))
    A(("p", "Vastgesteld door het college van bestuur op 24 juni 2025."))
    A(("p", "ir. K.J. van der Veen, voorzitter college van bestuur"))

    A(("pagebreak",))
    A(("h2", "Bijlage - Sjabloon overstapverslag (geen onderdeel van de regeling)"))
    A(("small", "Dit sjabloon is een hulpmiddel voor mentoren. Het maakt geen deel uit van de "
        "regeling en kan door het routeteam worden aangepast."))
    A(("table", [
        ["Onderdeel", "In te vullen"],
        ["Naam leerling", "[naam]"],
        ["Leerjaar route", "[1 / 2 / 3 / 4]"],
        ["Reden vertrek uit de route", "[omschrijving]"],
        ["Bereikt niveau", "[behaalde vmbo-vakken en mbo-onderdelen invullen]"],
        ["Gekozen vervolg", "[Vul hier de gekozen vervolgopleiding en het niveau in]"],
        ["Besluit routeteam d.d.", "[datum] ........................"],
        ["Akkoord leerling/ouders", "[handtekening] ........................"],
    ], [6.0, 10.5]))
    write_docx(path, B, title="Regeling doorlopende leerroute Bouw & Hout")


register(249, "interne_regeling_vsg_weert_timmerman", "docx",
         "Interne regeling of a verticale scholengemeenschap (DOCX, unnumbered Word headings, "
         "table per leerjaar), Weert/Midden-Limburg West, Bouwen, wonen en interieur kb -> Allround "
         "timmerman niveau 3; fully compliant (h, i, j not applicable); look-alikes: table of "
         "contents and an annex sjabloon overstapverslag with bracketed instructions declared "
         "no part of the regeling",
         st("p p p p p p p na na na"),
         {"a": "Welke route",
          "b": "Samenwerking met de bouwbedrijven",
          "c": "Routeleiding",
          "d": "Verantwoording aan het college van bestuur",
          "e": "Inzet van personeel en faciliteiten",
          "f": "Als een leerling de route verlaat",
          "g": "Middelen"},
         build_249)

# ----------------------------------------------------------------------------- 250 --------
# Managers' memo turned agreement (MD, prose paragraphs without headings), Tilburg,
# Mobiliteit en transport kb -> Logistiek teamleider niveau 3.
# Defects: d -> the only text on reporting is a template sentence with bracketed blanks (weak);
# j -> toetreding, ending and change appear ONLY as wishes in the opening considerations, nothing
# operative (missing). h: silent (not_applicable).
TEXT_250 = """
# Samen naar de logistiek: afspraken over de doorlopende leerroute Mobiliteit en transport - Logistiek teamleider

*Deze tekst is ontstaan uit de memo "Samen naar de logistiek" van 3 februari 2025 van Sandra
Koelewijn (teamleider techniek, Reeshof College) en Ruud Bakkenes (opleidingsmanager
logistiek, Logistics College Tilburg) aan hun directies. Na bespreking is de memo omgezet in
afspraken die beide besturen hieronder ondertekenen en die hen binden.*

De ondertekenaars zijn Stichting Voortgezet Onderwijs Tilburg-West te Tilburg, bevoegd gezag
van het Reeshof College (vmbo), hierna "het Reeshof", en Stichting ROC Brabantse Poort te
Tilburg, bevoegd gezag van het ROC Brabantse Poort waarvan het Logistics College Tilburg
deel uitmaakt, hierna "het ROC".

Vooraf, als overweging en nog niet als afspraak: wij willen dat de route groeit. Wij vinden het
belangrijk dat andere vmbo-scholen in Tilburg en omgeving later kunnen aansluiten, dat de route
alleen met zorgvuldigheid zou worden beëindigd of gewijzigd, en dat leerlingen die al in de route
zitten daar nooit de dupe van worden. Ook willen wij het logistieke bedrijfsleven op de Tilburgse
bedrijventerreinen een echte stem geven. Met die overwegingen spreken wij het volgende af.

Het Reeshof en het ROC bieden vanaf 1 augustus 2025 samen een doorlopende leerroute aan die
begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, met de
keuzevakken op het gebied van logistiek en transport, en doorloopt in de vakopleiding Logistiek
teamleider, niveau 3, in de beroepsopleidende leerweg van het Logistics College Tilburg. De
route duurt vier jaar en eindigt met het vmbo-diploma en het mbo-diploma.

Drie bedrijven op de Tilburgse bedrijventerreinen hebben toegezegd mee te doen:
Containerterminal Loven B.V., distributiecentrum DC Vossenberg te Tilburg en Koel- en Vrieshuis Kraaiven. Zij bieden samen
elk jaar minstens vijftien stage- en bpv-plaatsen, ontvangen iedere klas van de route twee keer
per jaar voor een excursie, leveren per periode een gastdocent uit de praktijk en sturen een
praktijkopleider die bij de praktijkexamens meebeoordeelt. Eens per half jaar zitten zij samen
met de routeleiding in de adviesraad logistiek, die advies geeft over de inhoud van het programma.

De routeleiding bestaat uit de teamleider techniek van het Reeshof en de opleidingsmanager
logistiek van het ROC. Ieder van hen wordt door het eigen college van bestuur voor de route
aangewezen; bij vertrek wijst dat college een opvolger aan. De routeleiding stelt het
onderwijsprogramma en het rooster op, regelt de stages en de bpv, bereidt het gezamenlijke PTA en
de OER voor, onderhoudt het contact met de bedrijven en neemt de besluiten over overstap die
hieronder staan beschreven. De routeleiding mag zelf beslissen over de verdeling van lesuren en
over uitgaven binnen het jaarbudget van de route; besluiten over personeel, examenreglementen en
de begroting nemen de colleges van bestuur.

De routeleiding rapporteert [frequentie, bijv. twee keer per jaar] aan beide colleges van
bestuur via [vorm: schriftelijke rapportage / bestuurlijk overleg].

In leerjaar 3 en 4 volgen de leerlingen hun lessen op het Reeshof in Tilburg en gaan zij in
leerjaar 4 een dag per week naar het logistieke leerbedrijf van het ROC aan de Stappegoorweg. Vanaf het
derde jaar van de route, wanneer zij bij het ROC zijn ingeschreven, volgen zij het onderwijs op het
Logistics College Tilburg en bij de bedrijven. Het programma en de examens per leerjaar staan in
het gezamenlijke PTA en de OER. Twee docenten logistiek van het ROC geven in leerjaar 4 samen zes
uur per week les op het Reeshof; een leraar rekenen van het Reeshof geeft in het eerste
mbo-jaar twee uur per week les op het ROC. Iedereen blijft in dienst van de eigen werkgever. Het
ROC stelt zijn logistieke leerbedrijf met magazijnsimulatie, heftruck-oefenterrein en
scansystemen beschikbaar; het Reeshof stelt zijn techniekwerkplaats en computerlokaal
beschikbaar.

Als een leerling in leerjaar 3 of 4 met de route stopt, gaat hij verder in de gewone
kaderberoepsgerichte leerweg van het Reeshof, in hetzelfde of een ander profiel, en haalt hij
daar zijn vmbo-diploma. Haalt een leerling aan het eind van het derde jaar van de route zijn
vmbo-diploma niet, dan kan hij bij het ROC verder in de opleiding Logistiek teamleider of in een
andere opleiding op niveau 3, of kiezen voor Logistiek medewerker op niveau 2; het ROC past de
vooropleidingseisen dan niet toe. Wil hij naar een andere instelling, dan zorgen wij voor een
warme overdracht. De routeleiding besluit samen met de leerling en zijn ouders welke overstap
passend is, kijkend naar wat hij al heeft bereikt en naar zijn leeftijd.

Er gaat geen bekostiging van het Reeshof naar het ROC of omgekeerd. Ieder draagt zijn eigen
kosten; het jaarbudget van de route betalen beide partijen voor de helft.

Komen wij er bij een verschil van inzicht over de uitvoering van deze afspraken in de
routeleiding niet uit, dan gaat het naar de twee bestuurders die binnen vier weken overleggen.
Lukt het dan nog niet, dan vragen de besturen samen een bindend advies aan een onafhankelijke
deskundige die zij samen kiezen, en houden zij zich aan dat advies.

Getekend in Tilburg op 26 juni 2025.

Stichting Voortgezet Onderwijs Tilburg-West, M.A. Tjoa, voorzitter college van bestuur

Stichting ROC Brabantse Poort, drs. L. van Rijswijk-Olde, lid college van bestuur
"""


def build_250(path):
    write_text(path, TEXT_250)


register(250, "memo_omgezet_tilburg_logistiek", "md",
         "Managers' memo turned agreement (MD, prose paragraphs without headings), "
         "Tilburg, Mobiliteit en transport kb -> Logistiek teamleider niveau 3; defects: "
         "reporting to the boards only as a template sentence with bracketed blanks (d weak); "
         "toetreding, beëindiging and wijziging only as wishes in the opening considerations, "
         "nothing operative (j missing); medezeggenschap silent (h not_applicable)",
         st("p p p w p p p na p m"),
         {"a": "bieden vanaf 1 augustus 2025 samen een doorlopende leerroute aan",
          "b": "Drie bedrijven op de Tilburgse bedrijventerreinen hebben toegezegd mee te doen",
          "c": "De routeleiding bestaat uit de teamleider techniek",
          "e": "In leerjaar 3 en 4 volgen de leerlingen hun lessen op het Reeshof",
          "f": "Als een leerling in leerjaar 3 of 4 met de route stopt",
          "g": "Er gaat geen bekostiging van het Reeshof naar het ROC",
          "i": "Komen wij er bij een verschil van inzicht"},
         build_250)

# ----------------------------------------------------------------------------- 251 --------
# Zorg & welzijn route with many parties (PDF, articles carried largely by tables), Delfland:
# two vmbo boards, one ROC, three zorg/welzijn partners co-signing. Zorg en welzijn bb -> Helpende
# zorg en welzijn niveau 2 and kb -> Verzorgende-IG niveau 3. Fully compliant. Look-alikes: an
# "afsprakenoverzicht" checklist table that maps each statutory item to an article, a considerans
# restating the items, and a closing toelichting declared no part of the agreement.
def build_251(path):
    B = []
    A = B.append

    def art(n, t):
        A(("h1", "Artikel %d %s" % (n, t)))

    def lid(label, text):
        A(("lid", label, text))

    A(("title", "Samenwerkingsovereenkomst Zorgroute Delfland"))
    A(("subtitle", "Doorlopende leerroutes vmbo-mbo Zorg en welzijn\n"
        "Vakcollege Hof van Delfland - Maasdijk College - ROC Delflanden\n"
        "met Zorggroep Vlietland, Thuiszorg Westland en Kinderopvang De Speelhoeve als "
        "werkveldpartners"))
    A(("h2", "Afsprakenoverzicht"))
    A(("small", "Dit overzicht is een hulpmiddel voor de lezer. Het geeft aan waar de wettelijk "
        "vereiste onderwerpen zijn geregeld en bevat zelf geen afspraken."))
    A(("table", [
        ["Wettelijk onderwerp (art. 2.107b lid 2 WVO 2020)", "Geregeld in"],
        ["Profiel en aanverwant opleidingsdomein of kwalificatie", "Artikel 2"],
        ["Betrokkenheid bedrijfsleven", "Artikel 3"],
        ["Leiding: samenstelling, benoeming, taken en bevoegdheden", "Artikel 4"],
        ["Inlichtingen en verantwoording aan de besturen", "Artikel 5"],
        ["Organisatorische en onderwijskundige inrichting, personeel, faciliteiten", "Artikel 6"],
        ["Overstapoptie", "Artikel 7"],
        ["Overdracht van bekostiging: omvang en bestemming", "Artikel 8"],
        ["Medezeggenschap", "Artikel 9"],
        ["Geschilbeslechting", "Artikel 11"],
        ["Toetreding, opzegging, ontbinding en wijziging", "Artikelen 12 en 13"],
    ], [110, 45]))

    A(("h2", "Partijen"))
    lid("1.", "Stichting Voortgezet Onderwijs Delfland, gevestigd te Delft, bevoegd gezag van "
        "het Vakcollege Hof van Delfland (vmbo, basis- en kaderberoepsgerichte leerweg), "
        "vertegenwoordigd door mevrouw drs. I. Bouchrit, bestuurder;")
    lid("2.", "Stichting Christelijk Voortgezet Onderwijs Westland, gevestigd te Naaldwijk, "
        "bevoegd gezag van het Maasdijk College (vmbo), vertegenwoordigd door de heer A.C. "
        "van Geest, voorzitter college van bestuur;")
    lid("3.", "Stichting ROC Delflanden, gevestigd te Delft, bevoegd gezag van ROC Delflanden, "
        "waarvan het College Zorg & Welzijn deel uitmaakt, vertegenwoordigd door mevrouw "
        "M.J. Hoekstra-Nijhof MBA, voorzitter college van bestuur;")
    A(("p", "partijen 1 en 2 hierna samen \"de scholen\" en ieder \"een school\", partij 3 hierna "
        "\"het ROC\", alle drie samen \"partijen\";"))
    A(("p", "en, als werkveldpartners die de verklaring van betrokkenheid onder deze "
        "overeenkomst ondertekenen maar geen partij zijn in de zin van artikel 2.107b WVO "
        "2020: Zorggroep Vlietland te Delft (ouderenzorg), Stichting Thuiszorg Westland te "
        "Monster en Kinderopvang De Speelhoeve B.V. te Den Hoorn."))

    A(("h2", "Overwegingen"))
    for lab, t in [
        ("a.", "Partijen willen jongeren in Delft en het Westland een ononderbroken leerweg "
         "bieden van het vmbo-profiel Zorg en welzijn naar een mbo-diploma in de zorg of het "
         "welzijn, en daarbij het werkveld nauw betrekken;"),
        ("b.", "de wet voorschrijft dat deze overeenkomst regelt hoe de leiding over de routes "
         "is samengesteld en benoemd, welke taken en bevoegdheden zij heeft en hoe zij "
         "verantwoording aflegt;"),
        ("c.", "ieder leerling die de route niet afmaakt een passend vervolg met "
         "diplomaperspectief moet worden geboden;"),
        ("d.", "partijen geschillen zorgvuldig willen beslechten en de gevolgen voor leerlingen "
         "van toetreding, opzegging en wijziging zoveel mogelijk willen beperken;"),
    ]:
        lid(lab, t)
    A(("p", "komen het volgende overeen."))

    art(1, "Begrippen")
    A(("p", "In deze overeenkomst wordt verstaan onder route: een van de in artikel 2 genoemde "
        "doorlopende leerroutes vmbo-mbo; routejaar: een leerjaar van een route, waarbij "
        "routejaar 1 samenvalt met leerjaar 3 van het vmbo; deelnemer: een leerling of "
        "student die een route volgt; routeraad: het orgaan bedoeld in artikel 4."))

    art(2, "De routes")
    lid("2.1", "Partijen verzorgen gezamenlijk de volgende routes, met ingang van 1 augustus "
        "2025:")
    A(("table", [
        ["Route", "Vmbo: leerweg en profiel", "Mbo: opleiding en niveau", "Vmbo-locaties"],
        ["Route Helpende", "Basisberoepsgerichte leerweg, profiel Zorg en welzijn",
         "Helpende zorg en welzijn, niveau 2 (BOL)", "Hof van Delfland en Maasdijk College"],
        ["Route Verzorgende", "Kaderberoepsgerichte leerweg, profiel Zorg en welzijn",
         "Verzorgende-IG, niveau 3 (BOL, vanaf routejaar 4 ook BBL)",
         "Hof van Delfland en Maasdijk College"],
    ], [30, 45, 50, 40]))
    lid("2.2", "Iedere route leidt tot het vmbo-diploma van de genoemde leerweg en het "
        "mbo-diploma van de genoemde opleiding. Iedere school meldt iedere route afzonderlijk "
        "aan de minister via RIO.")

    art(3, "Inbreng van het werkveld")
    lid("3.1", "De werkveldpartners zijn als volgt bij de invulling van de routes betrokken:")
    A(("table", [
        ["Werkveldpartner", "Bijdrage per schooljaar"],
        ["Zorggroep Vlietland", "10 bpv-plaatsen Verzorgende-IG; snuffelstages routejaar 1; "
         "werkbegeleiders beoordelen mee bij de praktijkexamens"],
        ["Thuiszorg Westland", "6 bpv-plaatsen; twee gastlessen per routejaar; "
         "casusmateriaal voor de praktijkopdrachten"],
        ["Kinderopvang De Speelhoeve", "8 bpv-plaatsen Helpende zorg en welzijn; een "
         "praktijkopdracht in routejaar 2"],
    ], [50, 105]))
    lid("3.2", "De werkveldpartners nemen deel aan de werkveldkamer, die tweemaal per jaar "
        "bijeenkomt en de routeraad adviseert over de inhoud van het programma, de keuzedelen "
        "en de afstemming van de bpv op de praktijk.")

    art(4, "De routeraad")
    lid("4.1", "De leiding over de routes berust bij de routeraad, samengesteld als volgt:")
    A(("table", [
        ["Lid", "Namens", "Aangewezen door"],
        ["Afdelingsleider Zorg en welzijn", "Vakcollege Hof van Delfland",
         "bestuurder Stichting Voortgezet Onderwijs Delfland"],
        ["Teamleider bovenbouw", "Maasdijk College",
         "college van bestuur Stichting Christelijk VO Westland"],
        ["Opleidingsmanager Zorg", "ROC Delflanden", "college van bestuur ROC Delflanden"],
        ["Routecoördinator (voorzitter)", "alle partijen",
         "de drie besturen gezamenlijk, voor twee schooljaren, herbenoembaar"],
    ], [45, 50, 60]))
    lid("4.2", "De besturen dragen aan de routeraad op: het vaststellen van de jaarplanning en "
        "de roosters van de routes, het voorbereiden van het gezamenlijke PTA en de OER, de "
        "verdeling van de bpv-plaatsen over de deelnemers, het contact met de werkveldkamer, de "
        "besluiten over overstap op grond van artikel 7 en de kwaliteitszorg.")
    lid("4.3", "De routeraad is bevoegd binnen het vastgestelde routebudget uitgaven te doen "
        "tot EUR 10.000 per schooljaar en de door partijen ter beschikking gestelde uren te "
        "verdelen. Besluiten over personeel, de vaststelling van PTA en OER, toelating en "
        "verwijdering blijven bij de besturen. De routeraad besluit bij meerderheid van "
        "stemmen; staken de stemmen, dan gaat het voorstel naar het bestuurlijk overleg van de "
        "drie bestuurders.")

    art(5, "Informatie en verantwoording")
    lid("5.1", "De routeraad informeert de besturen en legt verantwoording af volgens dit "
        "schema:")
    A(("table", [
        ["Wat", "Wanneer", "Aan wie"],
        ["Jaarverslag (instroom, doorstroom, uitstroom, overstappen, examenresultaten, "
         "bpv, besteding overgedragen middelen)", "voor 1 november", "de drie besturen"],
        ["Tussenrapportage", "voor 1 april", "de drie besturen"],
        ["Bestuurlijk overleg met mondelinge verantwoording", "december en juni",
         "de drie bestuurders"],
        ["Melding van ernstige incidenten of tekort aan bpv-plaatsen", "binnen vijf werkdagen",
         "de betrokken besturen"],
    ], [75, 35, 45]))

    art(6, "Inrichting, personeel en faciliteiten")
    lid("6.1", "Routejaar 1 en 2 worden verzorgd op de eigen vmbo-locatie van iedere school; "
        "in routejaar 2 volgen de deelnemers van beide scholen samen een dag per week onderwijs "
        "in het skillslab van het ROC aan de Buitenhof te Delft. Routejaar 3 en 4 worden "
        "verzorgd bij het ROC en bij de werkveldpartners. Deelnemers staan in routejaar 1 en 2 "
        "ingeschreven bij hun school en vanaf routejaar 3 bij het ROC.")
    lid("6.2", "Het onderwijsprogramma, de examinering en de bpv per routejaar worden "
        "gezamenlijk beschreven in het PTA van iedere school en de OER van het ROC, die "
        "jaarlijks voor 1 oktober worden vastgesteld. Het centraal examen vmbo wordt in "
        "routejaar 2 afgenomen.")
    lid("6.3", "Inzet van personeel:")
    A(("table", [
        ["Wie", "Inzet", "Waar"],
        ["Docenten verpleegkunde ROC", "8 uur per week in routejaar 2", "skillslab ROC"],
        ["Docenten zorg en welzijn van de scholen", "4 uur per week in routejaar 2 "
         "(samen met ROC-docenten)", "skillslab ROC"],
        ["Leraar Nederlands Maasdijk College", "2 uur per week in routejaar 3", "ROC"],
    ], [55, 60, 40]))
    lid("6.4", "Voor het gezamenlijke onderdeel Zorg in de wijk in routejaar 2 en 3 wordt "
        "gewerkt met een team van leraren en docenten als bedoeld in artikel 7.13a WVO 2020 en "
        "artikel 9.1.12 WEB. Personeelsleden blijven in dienst van hun eigen werkgever.")
    lid("6.5", "Het ROC stelt het skillslab met oefenbedden, tilliften en simulatiepoppen ter "
        "beschikking; de scholen stellen hun praktijklokalen zorg en welzijn en hun "
        "keukenlokaal ter beschikking voor de gezamenlijke projectweken.")

    art(7, "Overstap")
    lid("7.1", "Een deelnemer die een route verlaat voordat hij deze met succes heeft "
        "afgerond, krijgt een alternatief aangeboden volgens dit schema:")
    A(("table", [
        ["Moment", "Alternatief", "Gericht op"],
        ["Routejaar 1 of 2", "Reguliere leerweg (zelfde of ander profiel) op de eigen school; "
         "of overstap tussen route Helpende en route Verzorgende", "vmbo-diploma"],
        ["Einde routejaar 3 zonder vmbo-diploma", "Voortzetting mbo-opleiding bij het ROC "
         "zonder toepassing van de vooropleidingseisen; of herkansing vmbo-examen op de school",
         "mbo-diploma niveau 2 of 3"],
        ["Routejaar 3 of 4, andere richting", "Andere opleiding van het ROC op hetzelfde "
         "niveau, bijvoorbeeld Pedagogisch medewerker kinderopvang (niveau 3) of een "
         "opleiding in de facilitaire dienstverlening (niveau 2)",
         "mbo-diploma zelfde niveau"],
        ["Wens om naar een andere instelling te gaan", "Warme overdracht en ondersteuning bij "
         "het geschiktheidsonderzoek", "diploma elders"],
    ], [40, 80, 35]))
    lid("7.2", "De routeraad beslist over het alternatief na een gesprek met de deelnemer en "
        "zijn ouders, met de school en het ROC beide aan tafel, op basis van het bereikte "
        "onderwijsniveau en de leeftijd van de deelnemer. De Entreeopleiding wordt alleen "
        "overwogen als een diploma op niveau 2 niet haalbaar is.")

    art(8, "Financiën")
    lid("8.1", "Met toepassing van artikel 5.42a WVO 2020 dragen de scholen bekostiging over aan "
        "het ROC:")
    A(("table", [
        ["Van", "Naar", "Omvang", "Bestemming", "Betaling"],
        ["Iedere school", "ROC", "EUR 800 per deelnemer in routejaar 2, telling 1 oktober",
         "Inzet ROC-docenten en gebruik skillslab in routejaar 2 (artikel 6.3 en 6.5)",
         "voor 1 februari"],
    ], [25, 18, 40, 50, 22]))
    lid("8.2", "Verder vindt geen overdracht van bekostiging plaats. De besteding wordt "
        "verantwoord in het jaarverslag (artikel 5).")

    art(9, "Medezeggenschap")
    lid("9.1", "Partijen richten een routeklankbord in, bestaande uit twee leden van de "
        "medezeggenschapsraad van iedere school en twee leden van de studentenraad van het "
        "ROC. Het routeklankbord komt eenmaal per jaar bijeen, bespreekt het jaarverslag en "
        "kan de routeraad gevraagd en ongevraagd advies geven.")
    lid("9.2", "Deelnemers in routejaar 2 mogen deelnemen aan de studentenraad van het College "
        "Zorg & Welzijn. Een voorgenomen wijziging of opzegging van deze overeenkomst wordt "
        "vooraf ter advies voorgelegd aan de medezeggenschapsraden van de scholen en de "
        "studentenraad van het ROC.")

    art(10, "Klachten")
    A(("p", "De klachtenregeling van iedere partij is ook van toepassing op gedragingen van "
        "personeel van een andere partij in het kader van de routes. De partij die de klacht "
        "ontvangt, informeert de andere partij binnen vijf werkdagen; die partij werkt mee aan "
        "de afhandeling."))

    art(11, "Geschillen")
    lid("11.1", "Geschillen tussen partijen over de uitvoering van deze overeenkomst worden "
        "eerst besproken in de routeraad en, als dat binnen vier weken niet tot een oplossing "
        "leidt, in het bestuurlijk overleg.")
    lid("11.2", "Komen de bestuurders binnen zes weken niet tot overeenstemming, dan leggen de "
        "bij het geschil betrokken partijen het voor aan een mediator die zij samen kiezen. "
        "Leidt mediation niet binnen drie maanden tot een oplossing, dan is de rechtbank Den "
        "Haag bevoegd.")

    art(12, "Toetreding")
    lid("12.1", "Een andere school voor vmbo met het profiel Zorg en welzijn of een andere "
        "instelling voor beroepsonderwijs kan partij worden als alle partijen daar "
        "schriftelijk mee instemmen en de toetreder deze overeenkomst ondertekent. De "
        "toetreder meldt zijn deelname aan de minister.")
    lid("12.2", "Toetreding gaat in per 1 augustus en verandert niets aan het programma van "
        "deelnemers die al in een route zitten. Een nieuwe werkveldpartner kan aansluiten door "
        "ondertekening van de verklaring van betrokkenheid.")

    art(13, "Duur, opzegging, ontbinding en wijziging")
    lid("13.1", "Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar "
        "deelname schriftelijk opzeggen per 1 augustus, met een opzegtermijn van twaalf "
        "maanden. De overeenkomst blijft tussen de overige partijen van kracht.")
    lid("13.2", "Een partij die opzegt of wier deelname wordt ontbonden, laat geen nieuwe "
        "deelnemers meer instromen en blijft haar verplichtingen nakomen tot de deelnemers "
        "die al zijn gestart hun route hebben afgerond of passend zijn overgestapt.")
    lid("13.3", "Bij ernstige en herhaalde niet-nakoming kunnen de overige partijen de "
        "deelname van de betrokken partij na schriftelijke ingebrekestelling en een "
        "hersteltermijn van drie maanden ontbinden, per het einde van het schooljaar; "
        "artikel 13.2 is van toepassing.")
    lid("13.4", "Wijziging van deze overeenkomst gebeurt schriftelijk met instemming van alle "
        "partijen, na advies bedoeld in artikel 9.2. Een wijziging gaat in per 1 augustus en "
        "mag de positie van deelnemers die al in een route zitten niet verslechteren.")

    art(14, "Slotbepaling")
    A(("p", "Deze overeenkomst treedt in werking op 1 augustus 2025. Op deze overeenkomst is "
        "Nederlands recht van toepassing."))
    A(("p", "Getekend te Delft op 25 juni 2025."))
    A(("table", [
        ["Partij", "Naam", "Handtekening"],
        ["Stichting Voortgezet Onderwijs Delfland", "drs. I. Bouchrit", ""],
        ["Stichting Christelijk Voortgezet Onderwijs Westland", "A.C. van Geest", ""],
        ["Stichting ROC Delflanden", "M.J. Hoekstra-Nijhof MBA", ""],
    ], [70, 50, 35]))
    A(("h2", "Verklaring van betrokkenheid werkveldpartners"))
    A(("p", "De ondergetekende werkveldpartners verklaren zich te verbinden aan de bijdrage "
        "die in artikel 3 van deze overeenkomst bij hun naam is vermeld."))
    A(("table", [
        ["Werkveldpartner", "Naam", "Handtekening"],
        ["Zorggroep Vlietland", "J. Prins, bestuurder", ""],
        ["Stichting Thuiszorg Westland", "H. Zwinkels-Duijvestijn, directeur", ""],
        ["Kinderopvang De Speelhoeve B.V.", "S. el Amrani, directeur", ""],
    ], [70, 50, 35]))
    A(("h2", "Toelichting (maakt geen deel uit van de overeenkomst)"))
    A(("small", "Deze toelichting is opgesteld door de routecoördinator voor nieuwe collega's. "
        "Zij bevat geen afspraken. De wet eist dat de overeenkomst afspraken bevat over het "
        "profiel, het bedrijfsleven, de leiding en haar verantwoording, de inrichting, de "
        "overstapoptie, de overdracht van bekostiging, de medezeggenschap, de "
        "geschilbeslechting en de toetreding, opzegging en wijziging. Partijen maken jaarlijks "
        "nadere werkafspraken in het routeplan; dat routeplan is een uitwerking en geen "
        "onderdeel van deze overeenkomst."))
    write_pdf(path, B, title="Samenwerkingsovereenkomst Zorgroute Delfland",
              footer="Samenwerkingsovereenkomst Zorgroute Delfland - versie 25 juni 2025")


register(251, "zorgroute_veel_partijen_tabellen_delfland", "pdf",
         "Zorg en welzijn route with many parties (PDF, articles carried by tables: two vmbo "
         "boards, one ROC, three zorg/welzijn werkveldpartners co-signing), Delfland, Zorg en "
         "welzijn bb -> Helpende zorg en welzijn niveau 2 and kb -> Verzorgende-IG niveau 3; "
         "fully compliant; look-alikes: afsprakenoverzicht checklist table mapping statutory "
         "items to articles, considerans restating items, toelichting declared no part of the "
         "agreement with a 'nadere werkafspraken' sentence",
         st("p p p p p p p p p p"),
         {"a": "Artikel 2 De routes",
          "b": "Artikel 3 Inbreng van het werkveld",
          "c": "Artikel 4 De routeraad",
          "d": "Artikel 5 Informatie en verantwoording",
          "e": "Artikel 6 Inrichting, personeel en faciliteiten",
          "f": "Artikel 7 Overstap",
          "g": "Artikel 8 Financiën",
          "h": "Artikel 9 Medezeggenschap",
          "i": "Artikel 11 Geschillen",
          "j": "Artikel 12 Toetreding"},
         build_251)

# ----------------------------------------------------------------------------- 252 --------
# Bilingual-flavoured tech-sector agreement (DOCX, typed-number headings plus tables, Dutch with
# English loanwords), Apeldoorn, Media, vormgeving en ICT gl -> Software developer niveau 4.
# Defects: c -> governance section only restates the statutory elements and defers them to a
# later governance-document (weak); h -> a [TBD] placeholder (weak); j -> opzegging and wijziging
# arranged, but toetreding only a dotted template line (weak).
def build_252(path):
    B = []
    A = B.append
    A(("title", "Samenwerkingsovereenkomst Tech Route Apeldoorn"))
    A(("subtitle", "Doorlopende leerroute vmbo-mbo Media, vormgeving en ICT - Software "
        "developer"))
    A(("small", "Versie 1.0 - final - na review door legal van ROC Veluwezoom. Owner document: "
        "programmamanager Tech Route."))
    A(("h1", "Partijen"))
    A(("p", "Stichting Voortgezet Onderwijs Apeldoorn-Noord, gevestigd te Apeldoorn, bevoegd gezag van "
        "het Kanaalzone College (vmbo gemengde en theoretische leerweg), vertegenwoordigd door "
        "de heer dr. B. Sahin, voorzitter college van bestuur (hierna: de school),"))
    A(("p", "en"))
    A(("p", "Stichting ROC Veluwezoom, gevestigd te Apeldoorn, bevoegd gezag van ROC Veluwezoom met "
        "de ICT Academy Apeldoorn, vertegenwoordigd door mevrouw ir. C. Wassenaar, lid college van "
        "bestuur (hierna: het ROC),"))
    A(("p", "spreken het volgende af."))

    A(("h1", "1. Scope & route"))
    A(("p", "De Tech Route is een doorlopende leerroute vmbo-mbo die start in leerjaar 3 van de "
        "gemengde leerweg, profiel Media, vormgeving en ICT, van de school en doorloopt in de "
        "middenkaderopleiding Software developer, niveau 4, BOL, van de ICT Academy Apeldoorn. "
        "Deelnemers behalen het vmbo-diploma gemengde leerweg en het mbo-diploma Software "
        "developer. Het eerste cohort start op 1 augustus 2025; nominale doorlooptijd vijf "
        "jaar (twee jaar vmbo, drie jaar mbo)."))

    A(("h1", "2. Tech partners"))
    A(("p", "De volgende tech partners committen zich aan de Tech Route. Hun bijdrage per "
        "schooljaar:"))
    A(("table", [
        ["Tech partner", "Commitment"],
        ["CodeHaven B.V., Ecofactorij Apeldoorn", "Zes bpv-plaatsen (internships) in mbo-jaar "
         "2 en 3; een hackathon per jaar voor vmbo-leerjaar 4"],
        ["Stekker Software, Ugchelen", "Vier bpv-plaatsen; een real-life opdracht "
         "(product backlog) per semester in mbo-jaar 1; senior developer als assessor bij de "
         "proeve van bekwaamheid"],
        ["Gemeente Apeldoorn, team Digitale Dienstverlening", "Drie bpv-plaatsen; gastlessen over "
         "privacy by design en open data"],
    ], [6.0, 10.5]))
    A(("p", "De tech partners vormen samen met twee docenten en de adviseur van SBB het "
        "Industry Board. Het Industry Board komt elk semester samen en geeft advies over de "
        "tech stack in het curriculum, de keuzedelen en de actualiteit van de opdrachten."))

    A(("h1", "3. Curriculum, locaties en examinering"))
    A(("p", "Vmbo-leerjaar 3 en 4 worden gegeven op de locatie van de school aan de "
        "Laan van Westenenk; vanaf leerjaar 4 volgen deelnemers elke woensdag lessen in het Dev "
        "Lab van de ICT Academy. Het mbo-deel wordt gegeven in de ICT Academy en bij de tech "
        "partners. Deelnemers staan de eerste twee jaar van de route ingeschreven bij de school "
        "en daarna bij het ROC. Het curriculum, de toetsing en de bpv per leerjaar worden "
        "vastgelegd in het gezamenlijke PTA/OER, jaarlijks vastgesteld vóór 1 oktober."))
    A(("table", [
        ["Routejaar", "Focus", "Examinering"],
        ["1 (vmbo 3)", "Basis programmeren, webdesign, keuzevak Interactieve media",
         "Schoolexamen"],
        ["2 (vmbo 4)", "Python en JavaScript in het Dev Lab, eerste scrum-sprints",
         "Centraal examen gl; eerste mbo-examen Programmeren"],
        ["3 (mbo 1)", "Back-end development, databases, Stekker-backlog", "Mbo-examens"],
        ["4-5 (mbo 2-3)", "Internships bij de tech partners, keuzedelen, proeve",
         "Proeve van bekwaamheid"],
    ], [3.0, 8.5, 5.0]))

    A(("h1", "4. Governance"))
    A(("p", "De vormgeving van de leiding over de Tech Route, waaronder de samenstelling en de "
        "wijze van benoeming van die leiding en de taken en bevoegdheden die de colleges van "
        "bestuur aan die leiding opdragen, wordt conform artikel 2.107b lid 2 onder b WVO 2020 "
        "vastgelegd in een apart governance-document dat partijen na de kick-off opstellen."))

    A(("h1", "5. Reporting"))
    A(("p", "Het routeteam informeert en verantwoordt zich als volgt aan beide colleges van "
        "bestuur:"))
    A(("table", [
        ["Output", "Cadence", "Inhoud"],
        ["Dashboard", "elk kwartaal", "instroom, doorstroom, uitstroom, verzuim, bezetting "
         "internships"],
        ["Jaarreview", "vóór 1 december, besproken in het bestuurlijk overleg",
         "resultaten, examens, overstappen, besteding routebudget, advies Industry Board"],
        ["Incident-melding", "binnen 5 werkdagen", "ernstige incidenten, risico's voor de "
         "continuïteit"],
    ], [3.5, 5.5, 7.5]))

    A(("h1", "6. People & facilities"))
    A(("p", "Het ROC zet in vmbo-leerjaar 4 twee docenten software development in voor samen "
        "acht uur per week, in het Dev Lab en op de school. De school zet in mbo-jaar 1 een "
        "docent wiskunde in voor drie uur per week op de ICT Academy. Voor het "
        "vakoverstijgende onderdeel Build & Ship in routejaar 2 en 3 wordt gewerkt met een team "
        "van leraren en docenten als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. "
        "Iedereen blijft in dienst van de eigen werkgever."))
    A(("p", "Het ROC stelt het Dev Lab (werkplekken, cloud-omgeving, licenties) ter beschikking; "
        "de school stelt haar maker space met 3D-printers en de laptopkarren ter beschikking "
        "voor de gezamenlijke projecten."))

    A(("h1", "7. Medezeggenschap"))
    A(("p", "[TBD: afspraken met de MR van de school en de studentenraad van het ROC nog "
        "uitwerken na het overleg van 9 september - owner: programmamanager]"))

    A(("h1", "8. Overstap en offboarding"))
    A(("p", "Stopt een deelnemer in vmbo-leerjaar 3 of 4 met de Tech Route, dan vervolgt hij de "
        "gemengde of theoretische leerweg op de school, in hetzelfde of een ander profiel, "
        "richting vmbo-diploma. Heeft hij aan het einde van routejaar 3 zijn vmbo-diploma niet, "
        "dan kan hij doorgaan in Software developer of switchen naar een andere opleiding van "
        "het ROC op niveau 4 of, als dat beter past, naar Medewerker ICT support op niveau 2 of "
        "Allround medewerker IT systems and devices op niveau 3; het ROC past de "
        "vooropleidingseisen dan niet toe. Kiest hij in het mbo-deel voor een andere richting, "
        "dan krijgt hij een plek in een andere ROC-opleiding op hetzelfde niveau. Bij een "
        "overstap naar een andere instelling regelen partijen een warme overdracht. De mentor "
        "van de school en de studieloopbaancoach van het ROC besluiten samen met de deelnemer "
        "en zijn ouders over het alternatief, op basis van het bereikte niveau en de leeftijd."))

    A(("h1", "9. Financiën"))
    A(("p", "Er vindt geen overdracht van bekostiging plaats tussen de school en het ROC. Elke "
        "partij draagt haar eigen kosten. De tech partners sponsoren de licenties van het Dev "
        "Lab; dit loopt buiten de bekostiging om."))

    A(("h1", "10. Toetreding, exit en wijzigingen"))
    A(("p", "Toetreding: ................................................................ "
        "[voorwaarden voor toetreding van een nieuwe school of instelling invullen]"))
    A(("p", "Exit: deze overeenkomst loopt voor onbepaalde tijd. Elke partij kan schriftelijk "
        "opzeggen tegen 1 augustus met een opzegtermijn van twaalf maanden. Na opzegging start "
        "er geen nieuw cohort meer; deelnemers die al gestart zijn, ronden de Tech Route bij "
        "partijen af."))
    A(("p", "Wijzigingen: alleen schriftelijk en getekend door beide colleges van bestuur. "
        "Wijzigingen gaan in per het volgende schooljaar en mogen deelnemers die al in de route "
        "zitten niet benadelen."))

    A(("h1", "11. Escalation path"))
    A(("p", "Geschillen tussen partijen over de uitvoering van deze overeenkomst doorlopen de "
        "volgende stappen:"))
    A(("table", [
        ["Stap", "Wie", "Termijn"],
        ["1", "Routeteam", "2 weken"],
        ["2", "Directeur school en directeur ICT Academy", "4 weken"],
        ["3", "Bestuurlijk overleg van beide colleges van bestuur", "6 weken"],
        ["4", "Mediation door een gezamenlijk gekozen MfN-registermediator", "3 maanden"],
        ["5", "Bevoegde rechter, rechtbank Gelderland", "-"],
    ], [1.5, 11.0, 4.0]))

    A(("h1", "12. Slot"))
    A(("p", "Deze overeenkomst treedt in werking op 1 augustus 2025. Nederlands recht is van "
        "toepassing. Getekend te Apeldoorn op 27 juni 2025."))
    A(("table", [
        ["Stichting Voortgezet Onderwijs Apeldoorn-Noord", "Stichting ROC Veluwezoom"],
        ["dr. B. Sahin, voorzitter college van bestuur",
         "ir. C. Wassenaar, lid college van bestuur"],
    ], [8.25, 8.25]))
    write_docx(path, B, font="Arial", size=10, title="Samenwerkingsovereenkomst Tech Route Apeldoorn")


register(252, "tech_route_anglicismen_apeldoorn_software", "docx",
         "Bilingual-flavoured tech-sector agreement (DOCX, typed-number headings with tables, "
         "Dutch with English loanwords), Apeldoorn, Media, vormgeving en ICT gl -> Software "
         "developer niveau 4; defects: governance section only restates the statutory elements "
         "of the leiding and defers them to a later governance-document (c weak), "
         "medezeggenschap a [TBD] placeholder (h weak), toetreding only a dotted template line "
         "while exit and wijzigingen are arranged (j weak)",
         st("p p w p p p p w p w"),
         {"a": "1. Scope & route",
          "b": "2. Tech partners",
          "d": "5. Reporting",
          "e": "6. People & facilities",
          "f": "8. Overstap en offboarding",
          "g": "9. Financiën",
          "i": "11. Escalation path"},
         build_252)

# === END OF SAMPLES ===


def out_paths(num):
    s = SAMPLES[num]
    base = os.path.join(HERE, "%03d_%s" % (num, s["slug"]))
    return base + "." + s["fmt"], base + ".expected.json"


def expected_json(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(num):
    doc_path, json_path = out_paths(num)
    SAMPLES[num]["builder"](doc_path)
    with open(json_path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected_json(num), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(doc_path))


def check():
    ok = True
    fmts = {}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        doc_path, json_path = out_paths(num)
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        probs = []
        if not os.path.exists(doc_path):
            probs.append("missing document")
        else:
            size = os.path.getsize(doc_path)
            if size >= 200 * 1024:
                probs.append("too large: %d bytes" % size)
            try:
                text = norm(extract_text(doc_path))
            except Exception as e:  # noqa
                probs.append("cannot open: %r" % e)
                text = ""
            for k, ev in s["evidence"].items():
                if s["statuses"][k] != "present":
                    probs.append("evidence for non-present item %s" % k)
                if norm(ev) not in text:
                    probs.append("evidence %s not found: %r" % (k, ev))
            for k, v in s["statuses"].items():
                if v == "present" and k not in s["evidence"]:
                    probs.append("no evidence for present item %s" % k)
        try:
            with open(json_path, encoding="utf-8") as f:
                data = json.load(f)
            if data != expected_json(num):
                probs.append("expected.json differs from the script's table")
        except Exception as e:  # noqa
            probs.append("expected.json: %r" % e)
        print("%d %-60s %s" % (num, os.path.basename(doc_path), "OK" if not probs else "FAIL"))
        for p in probs:
            print("    -", p)
            ok = False
    print("formats:", fmts)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv if a.isdigit()] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
