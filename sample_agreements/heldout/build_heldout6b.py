#!/usr/bin/env python3
"""Build held-out sample agreements h81-h88 for leerroute-check.

Written by an independent helper session (author of set "heldout6b").  The texts were
composed from the two official guidance documents in /work/shared/seeds (bouwsteen
samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
/work/main/sample_agreements/LABELS.md only, without looking at the checker code,
its models, tests or benchmarks, or at any other sample text or build script.
All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout6b.py            build all samples
    python3 build_heldout6b.py h81 h83    build only these
    python3 build_heldout6b.py --check    open every produced file and verify it
"""

import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}  # key -> dict(name, ext, description, statuses, evidence, build)


def sample(key, name, ext, description, statuses, evidence):
    def deco(fn):
        assert set(statuses) == set("abcdefghij"), key
        SAMPLES[key] = dict(name=name, ext=ext, description=description,
                            statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


# ----------------------------------------------------------------------------------------
# PDF helpers (reportlab, deterministic)
# ----------------------------------------------------------------------------------------

def build_pdf(path, blocks, font="Helvetica", size=10, title="", footer="",
              justify=True, heading_color="#000000", margins=(2.3, 2.3, 2.2, 2.2)):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, PageBreak,
                                    Table, TableStyle, KeepTogether)

    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}[font]
    italic = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
              "Courier": "Courier-Oblique"}[font]
    al = TA_JUSTIFY if justify else TA_LEFT
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35,
                          alignment=al, spaceAfter=size * 0.5, bulletFontName=font,
                          bulletFontSize=size)
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                                alignment=TA_CENTER, spaceAfter=size * 0.6),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=size + 1,
                                   leading=(size + 1) * 1.3, alignment=TA_CENTER,
                                   spaceAfter=size * 1.2),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                            spaceBefore=size * 0.9, spaceAfter=size * 0.35,
                            textColor=colors.HexColor(heading_color), alignment=TA_LEFT,
                            keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size * 1.3,
                             spaceBefore=size * 0.5, spaceAfter=size * 0.25, alignment=TA_LEFT,
                             keepWithNext=1),
        "p": body,
        "i": ParagraphStyle("i", parent=body, fontName=italic),
        "c": ParagraphStyle("c", parent=body, alignment=TA_CENTER),
        "lid": ParagraphStyle("lid", parent=body, leftIndent=size * 2.6, bulletIndent=0),
        "sub": ParagraphStyle("sub", parent=body, leftIndent=size * 4.4, bulletIndent=size * 2.6),
        "bul": ParagraphStyle("bul", parent=body, leftIndent=size * 1.8, bulletIndent=size * 0.5),
        "small": ParagraphStyle("small", parent=body, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25,
                               alignment=TA_LEFT),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.25, alignment=TA_LEFT),
    }

    story = []
    for b in blocks:
        kind = b[0]
        if kind == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else size))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "lid":
            story.append(Paragraph(escape(b[2]), st["lid"], bulletText=b[1]))
        elif kind == "sub":
            story.append(Paragraph(escape(b[2]), st["sub"], bulletText=b[1]))
        elif kind == "bul":
            story.append(Paragraph(escape(b[1]), st["bul"], bulletText="\u2022"))
        elif kind == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            data = []
            for ri, row in enumerate(rows):
                data.append([Paragraph(escape(c).replace("\n", "<br/>"), st["cellb" if ri == 0 else "cell"])
                             for c in row])
            t = Table(data, colWidths=[w * cm for w in widths] if widths else None, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, size * 0.6))
        elif kind == "keep":
            story.append(KeepTogether([Paragraph(escape(x), st["p"]) for x in b[1]]))
        else:
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), st[kind]))

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        txt = (footer + " \u2013 " if footer else "") + "pagina %d" % doc.page
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, txt)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margins[0] * cm,
                            rightMargin=margins[1] * cm, topMargin=margins[2] * cm,
                            bottomMargin=margins[3] * cm, title=title, author="",
                            subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ----------------------------------------------------------------------------------------
# DOCX helpers (python-docx, deterministic zip)
# ----------------------------------------------------------------------------------------

def new_docx(title, author):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    return d


def save_docx(d, path):
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def docx_add_numbering(d, levels, abstract_id, num_id):
    """Add a multi-level auto-numbering definition. levels: list of (fmt, lvlText, indent_twips)."""
    from docx.oxml import parse_xml
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    lv = ""
    for i, (fmt, text, ind) in enumerate(levels):
        lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
               '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
               % (i, fmt, text, ind, min(ind, 567) if ind else 0))
    absxml = ('<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="%08X"/>'
              '<w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
              % (W, abstract_id, 0x6B000000 + abstract_id, lv))
    numxml = '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (W, num_id, abstract_id)
    numbering = d.part.numbering_part.element
    first_num = numbering.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    a = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    numbering.append(parse_xml(numxml))


def docx_set_num(paragraph, num_id, ilvl):
    from docx.oxml import parse_xml
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    pPr = paragraph._p.get_or_add_pPr()
    pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                            % (W, ilvl, num_id)))
    # keep numPr right after pStyle, as the schema wants
    ps = pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pStyle")
    if ps is not None:
        np_ = pPr[0]
        pPr.remove(np_)
        ps.addnext(np_)


def docx_add_toc(d, entries, heading="Inhoudsopgave"):
    """Insert a TOC field with cached entries (what Word shows before an update)."""
    from docx.oxml import parse_xml
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d.add_paragraph(heading, style="TOC Heading" if "TOC Heading" in [s.name for s in d.styles]
                    else "Heading 1")
    for i, (lvl, text, page) in enumerate(entries):
        p = d.add_paragraph()
        p.style = d.styles["Normal"]
        xml = ""
        if i == 0:
            xml += ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r %s><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                    '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % (W, W, W))
        xml += '<w:r %s><w:t xml:space="preserve">%s</w:t></w:r>' % (W, escape(text))
        xml += '<w:r %s><w:tab/></w:r><w:r %s><w:t>%s</w:t></w:r>' % (W, W, page)
        if i == len(entries) - 1:
            xml += '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W
        for el in parse_xml('<w:root %s>%s</w:root>' % (W, xml)):
            p._p.append(el)
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml('<w:tabs %s><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs>'
                             % W))
        pPr.append(parse_xml('<w:ind %s w:left="%d"/>' % (W, 0 if lvl == 1 else 360)))


def docx_table(d, rows, widths_cm=None, style="Table Grid"):
    from docx.shared import Cm
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    if widths_cm:
        t.autofit = False
        for ci, w in enumerate(widths_cm):
            t.columns[ci].width = Cm(w)
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            cell = t.cell(ri, ci)
            cell.text = ""
            parts = val.split("\n")
            cell.paragraphs[0].add_run(parts[0]).bold = (ri == 0)
            for extra in parts[1:]:
                cell.add_paragraph(extra)
            if widths_cm:
                cell.width = Cm(widths_cm[ci])
    return t


def render_docx(d, blocks, num_id=None):
    """Render simple blocks into a python-docx Document.

    ("title", t) ("subtitle", t) ("h1", t) ("h2", t) ("h1n", t) auto-numbered heading level 0,
    ("cl", t) auto-numbered clause level 1, ("cl2", t) level 2, ("p", t) ("pi", t) italic,
    ("bul", t) ("num", t) Word "List Number", ("table", rows, widths) ("pb",) ("toc", entries)
    """
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    state = {"cur": None, "next": 90}
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h1n", "title"):
            state["cur"] = None
        if k == "lid":
            # auto-numbered "1." list that restarts after every heading
            if not getattr(d, "_lid_abstract", False):
                docx_add_numbering(d, [("decimal", "%1.", 426)], abstract_id=89, num_id=89)
                d._lid_abstract = True
            if state["cur"] is None:
                state["next"] += 1
                state["cur"] = state["next"]
                d.part.numbering_part.element.append(parse_xml(
                    '<w:num %s w:numId="%d"><w:abstractNumId w:val="89"/><w:lvlOverride w:ilvl="0">'
                    '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (W, state["cur"])))
            p = d.add_paragraph(b[1])
            docx_set_num(p, state["cur"], 0)
            continue
        if k == "title":
            p = d.add_paragraph(style="Title")
            p.add_run(b[1])
        elif k == "subtitle":
            p = d.add_paragraph(style="Subtitle")
            p.add_run(b[1])
        elif k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "h1n":
            p = d.add_heading(b[1], level=1)
            docx_set_num(p, num_id, 0)
        elif k == "cl":
            p = d.add_paragraph(b[1])
            docx_set_num(p, num_id, 1)
        elif k == "cl2":
            p = d.add_paragraph(b[1])
            docx_set_num(p, num_id, 2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "pb_":
            d.add_paragraph(b[1]).runs[0].bold = True
        elif k == "pi":
            d.add_paragraph().add_run(b[1]).italic = True
        elif k == "pc":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "bul":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "num":
            d.add_paragraph(b[1], style="List Number")
        elif k == "table":
            docx_table(d, b[1], b[2] if len(b) > 2 else None)
            d.add_paragraph()
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "toc":
            docx_add_toc(d, b[1])
        else:
            raise ValueError(k)


# ----------------------------------------------------------------------------------------
# text extraction for --check
# ----------------------------------------------------------------------------------------

def extract_text(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        out = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            out.append(tp.get_text_range())
        return "\n".join(out)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]

        def walk_tables(tables):
            for t in tables:
                for row in t.rows:
                    for cell in row.cells:
                        out.extend(p.text for p in cell.paragraphs)
                        walk_tables(cell.tables)
        walk_tables(d.tables)
        # raw XML text as a second source (field results, text boxes)
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf8")
        out.append(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)))
        return "\n".join(out)
    with open(path, encoding="utf8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


def write_text(path, text):
    with open(path, "w", encoding="utf8", newline="\n") as f:
        f.write(text.lstrip("\n"))


def expected_json(s):
    return {"description": s["description"], "split": "heldout",
            "statuses": s["statuses"], "evidence": s["evidence"]}


# ========================================================================================
# SAMPLES
# ========================================================================================

# ----------------------------------------------------------------------------------------
# h81 - advocatenstuk met considerans en leden, PDF, Eemland, Mobiliteit en transport
# ----------------------------------------------------------------------------------------

@sample("h81", "h81_advocatenakte_leden_eemland", "pdf",
        "Advocatenstijl met comparitie, considerans (A)-(E) en artikelen met genummerde leden; PDF (Times); "
        "Eemland, Mobiliteit en transport kb naar Eerste autotechnicus niveau 3; overdracht bekostiging met "
        "bedrag en bestemming; aanvullende medezeggenschapsafspraak; volledig.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Artikel 2 Voorwerp van deze overeenkomst",
         "b": "Artikel 3 Inbreng van de autobranche",
         "c": "Artikel 4 Stuurgroep en routeleider",
         "d": "Artikel 5 Informatieplicht en rekenschap",
         "e": "Artikel 6 Vormgeving van het onderwijs",
         "f": "Artikel 7 Voortijdig verlaten van de Route",
         "g": "Artikel 8 Financiële bepalingen",
         "h": "Artikel 9 Medezeggenschap",
         "i": "Artikel 10 Geschillen",
         "j": "Artikel 12 Looptijd, wijziging en beëindiging"})
def build_h81(path):
    B = []
    a = B.append
    a(("title", "SAMENWERKINGSOVEREENKOMST"))
    a(("subtitle", "doorlopende leerroute vmbo-mbo Mobiliteit en transport \u2013 Eerste autotechnicus"))
    a(("p", "DE ONDERGETEKENDEN:"))
    a(("lid", "1.", "de stichting Stichting Eemvallei Onderwijs, statutair gevestigd te Amersfoort, "
       "kantoorhoudende aan de Hogeweg 212, 3814 CE Amersfoort, ingeschreven in het handelsregister van de "
       "Kamer van Koophandel onder nummer 41187702, te dezen rechtsgeldig vertegenwoordigd door de voorzitter "
       "van het college van bestuur, mevrouw drs. J.A.M. Ruijgrok-Verhoef, bevoegd gezag van het Eemvallei "
       "College, school voor voorbereidend beroepsonderwijs en middelbaar algemeen voortgezet onderwijs, "
       "locatie Vathorst, hierna te noemen: \u201cde School\u201d;"))
    a(("lid", "2.", "de stichting Stichting Regionaal Opleidingencentrum Midden-Eemland, statutair gevestigd "
       "te Amersfoort, kantoorhoudende aan het Leusderkwartier 40, 3818 EZ Amersfoort, ingeschreven in het "
       "handelsregister onder nummer 41190355, te dezen rechtsgeldig vertegenwoordigd door de heer ir. "
       "P.H. van der Staaij, lid van het college van bestuur, bevoegd gezag van ROC Midden-Eemland, hierna te "
       "noemen: \u201cde Instelling\u201d;"))
    a(("p", "de School en de Instelling hierna gezamenlijk te noemen: \u201cPartijen\u201d en ieder afzonderlijk: "
       "\u201cPartij\u201d,"))
    a(("p", "OVERWEGENDE DAT:"))
    a(("lid", "(A)", "Partijen sinds het schooljaar 2019-2020 in het kader van een vakmanschapsroute samenwerken "
       "en deze samenwerking willen voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a "
       "van de Wet voortgezet onderwijs 2020 (hierna: WVO 2020) en artikel 9.1.2 van de Wet educatie en "
       "beroepsonderwijs (hierna: WEB);"))
    a(("lid", "(B)", "artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat een doorlopende leerroute "
       "wordt verzorgd op grond van een samenwerkingsovereenkomst die ten minste de in die artikelen genoemde "
       "onderwerpen regelt;"))
    a(("lid", "(C)", "de garagebedrijven in de regio Amersfoort, Leusden en Soest een structureel tekort aan "
       "goed opgeleide technici ervaren en Partijen met de Route een bijdrage willen leveren aan het opleiden "
       "van vakmensen voor deze sector;"))
    a(("lid", "(D)", "de medezeggenschapsraad van de School en de studentenraad van de Instelling over het "
       "voornemen tot het aangaan van deze overeenkomst advies hebben uitgebracht, welke adviezen Partijen "
       "bij de totstandkoming van deze overeenkomst hebben betrokken;"))
    a(("lid", "(E)", "Partijen hun afspraken in deze overeenkomst schriftelijk wensen vast te leggen;"))
    a(("p", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"))

    a(("h", "Artikel 1 Begrippen"))
    a(("p", "In deze overeenkomst wordt verstaan onder:"))
    a(("sub", "a.", "Route: de doorlopende leerroute vmbo-mbo als bedoeld in artikel 2 van deze overeenkomst;"))
    a(("sub", "b.", "vo-fase: de eerste twee leerjaren van de Route, waarin de deelnemer als leerling is "
       "ingeschreven bij de School;"))
    a(("sub", "c.", "mbo-fase: het derde en vierde leerjaar van de Route, waarin de deelnemer als student is "
       "ingeschreven bij de Instelling;"))
    a(("sub", "d.", "Stuurgroep: het orgaan bedoeld in artikel 4;"))
    a(("sub", "e.", "Routeleider: de functionaris bedoeld in artikel 4, derde lid;"))
    a(("sub", "f.", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
       "examenregeling van de Route;"))
    a(("sub", "g.", "Werkveldraad: de raad bedoeld in artikel 3, eerste lid."))

    a(("h", "Artikel 2 Voorwerp van deze overeenkomst"))
    a(("lid", "2.1", "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die aansluit op het "
       "profiel Mobiliteit en transport in de kaderberoepsgerichte leerweg van de School en die leidt tot het "
       "diploma van de vakopleiding Eerste autotechnicus (niveau 3, BOL), kwalificatiedossier Autotechniek, "
       "binnen het opleidingsdomein Mobiliteit en voertuigen van de Instelling."))
    a(("lid", "2.2", "De Route omvat vier leerjaren en vangt aan in het derde leerjaar van de School. De "
       "deelnemer behaalt in de Route zowel het diploma vmbo kaderberoepsgerichte leerweg als het mbo-diploma "
       "bedoeld in het eerste lid."))
    a(("lid", "2.3", "Binnen de Route worden de keuzedelen Hybride en elektrische voertuigen en Voorbereiding "
       "APK-keurmeester aangeboden. Partijen kunnen in onderling overleg andere keuzedelen toevoegen, mits de "
       "Werkveldraad daarover vooraf is gehoord."))
    a(("lid", "2.4", "Partijen melden de Route gezamenlijk aan de minister van Onderwijs, Cultuur en Wetenschap "
       "door registratie in het Registratie Instellingen en Opleidingen (RIO)."))

    a(("h", "Artikel 3 Inbreng van de autobranche"))
    a(("lid", "3.1", "Partijen stellen een Werkveldraad Autotechniek Eemland in. Daarin hebben zitting ten minste "
       "drie erkende leerbedrijven uit de motorvoertuigenbranche, waaronder in elk geval een merkdealer en een "
       "universeel garagebedrijf, een vertegenwoordiger van de regionale afdeling van de BOVAG en een adviseur "
       "praktijkleren van de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB)."))
    a(("lid", "3.2", "De Werkveldraad adviseert de Stuurgroep jaarlijks over de inhoud van het "
       "onderwijsprogramma, de keuze van keuzedelen en de aansluiting van de Route op de technologische "
       "ontwikkelingen in de branche."))
    a(("lid", "3.3", "De in de Werkveldraad vertegenwoordigde bedrijven verzorgen in de vo-fase gastlessen en "
       "ten minste twee bedrijfsbezoeken per leerjaar, leveren praktijkopdrachten aan en bieden in de mbo-fase "
       "plaatsen voor de beroepspraktijkvorming. Praktijkopleiders van deze bedrijven beoordelen mee bij de "
       "proeven van bekwaamheid."))
    a(("lid", "3.4", "De Werkveldraad komt ten minste tweemaal per schooljaar bijeen. De Routeleider verzorgt het "
       "secretariaat."))

    a(("h", "Artikel 4 Stuurgroep en routeleider"))
    a(("lid", "4.1", "De leiding over de Route berust bij een Stuurgroep, bestaande uit de directeur van de "
       "afdeling techniek van de School en de onderwijsmanager Mobiliteit van de Instelling. De Routeleider "
       "woont de vergaderingen van de Stuurgroep bij met een adviserende stem."))
    a(("lid", "4.2", "Ieder lid van de Stuurgroep wordt door het college van bestuur van de Partij die hij of zij "
       "vertegenwoordigt schriftelijk aangewezen. Een Partij die een ander lid aanwijst, deelt dat de andere "
       "Partij onverwijld schriftelijk mee."))
    a(("lid", "4.3", "De colleges van bestuur van beide Partijen benoemen gezamenlijk, op voordracht van de "
       "Stuurgroep, een Routeleider uit het personeel van een der Partijen, voor een termijn van drie "
       "schooljaren. Herbenoeming is mogelijk."))
    a(("lid", "4.4", "De Stuurgroep is belast met de dagelijkse aansturing van de Route, waaronder: het "
       "vaststellen van de jaarplanning en het rooster, de verdeling van de lessen over de docenten van beide "
       "Partijen binnen de door de colleges van bestuur vastgestelde formatie, het voorbereiden van het "
       "PTA/OER, de werving en toelating van leerlingen tot de Route en de kwaliteitszorg."))
    a(("lid", "4.5", "De Stuurgroep besluit namens beide Partijen over de onderwerpen genoemd in het vierde lid. "
       "Besluiten over het aangaan van financiële verplichtingen van meer dan \u20ac 10.000, over personele "
       "aangelegenheden en over wijziging van deze overeenkomst zijn voorbehouden aan de colleges van bestuur."))
    a(("lid", "4.6", "De Routeleider coördineert de uitvoering, is aanspreekpunt voor leerlingen, ouders en "
       "leerbedrijven en bereidt de vergaderingen van de Stuurgroep voor."))

    a(("h", "Artikel 5 Informatieplicht en rekenschap"))
    a(("lid", "5.1", "De Stuurgroep brengt jaarlijks vóór 1 november een schriftelijk verslag uit aan de colleges "
       "van bestuur van beide Partijen over het afgelopen schooljaar. Het verslag bevat ten minste de "
       "aantallen leerlingen en studenten per leerjaar, de in-, door- en uitstroom, de examenresultaten, de "
       "uitkomsten van de tevredenheidsmetingen en de besteding van de middelen bedoeld in artikel 8."))
    a(("lid", "5.2", "Vóór 1 april brengt de Stuurgroep aan beide colleges van bestuur een beknopte "
       "tussenrapportage uit over de voortgang in het lopende schooljaar."))
    a(("lid", "5.3", "Het jaarverslag wordt besproken in een bestuurlijk overleg tussen de colleges van bestuur "
       "en de Stuurgroep, dat ten minste eenmaal per jaar plaatsvindt. De Stuurgroep legt in dat overleg "
       "rekenschap af van het gevoerde beleid."))
    a(("lid", "5.4", "Doen zich omstandigheden voor die de continuïteit of de kwaliteit van de Route in gevaar "
       "kunnen brengen, dan meldt de Stuurgroep dat onverwijld aan beide colleges van bestuur."))

    a(("h", "Artikel 6 Vormgeving van het onderwijs"))
    a(("lid", "6.1", "In de vo-fase wordt het onderwijs verzorgd op de locatie Vathorst van de School. Vanaf het "
       "tweede leerjaar van de Route volgen de leerlingen één dag per week praktijkonderwijs in het "
       "Mobiliteitscentrum van de Instelling aan de Nijverheidsweg te Amersfoort. De mbo-fase wordt verzorgd "
       "in het Mobiliteitscentrum."))
    a(("lid", "6.2", "Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming "
       "per leerjaar in het PTA/OER, waarin is aangegeven welke onderdelen tot het vmbo-programma en welke tot "
       "het mbo-programma behoren. Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de "
       "Route. De School blijft verantwoordelijk voor de vmbo-examinering en -diplomering, de Instelling voor "
       "de mbo-examinering en -diplomering."))
    a(("lid", "6.3", "De docenten van beide Partijen vormen samen één routeteam. Voor de vakoverstijgende "
       "programmaonderdelen Werkplaats en Techniek in de vo-fase maken Partijen gebruik van de teambevoegdheid, "
       "met inachtneming van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; in het PTA/OER wordt aangegeven in "
       "welke onderdelen teams worden ingezet. Ieder teamlid blijft in dienst van de eigen werkgever. De "
       "Instelling stelt in de vo-fase ten minste 0,4 fte docent autotechniek beschikbaar; de School stelt "
       "een docent Nederlands en een docent rekenen/wiskunde beschikbaar voor het generieke deel van het "
       "eerste leerjaar van de mbo-fase."))
    a(("lid", "6.4", "Partijen stellen over en weer hun voorzieningen ter beschikking voor zover de Route dat "
       "vraagt. De School stelt haar werkplaats motorvoertuigentechniek en haar ICT-lokaal beschikbaar; de "
       "Instelling stelt de werkplaats, de APK-keuringshal, de diagnoseapparatuur en de lesvoertuigen van het "
       "Mobiliteitscentrum beschikbaar. Het gebruik is kosteloos, behoudens het bepaalde in artikel 8."))
    a(("lid", "6.5", "Een klacht die bij een Partij wordt ingediend over een gedraging van een personeelslid van "
       "de andere Partij wordt behandeld volgens de klachtenregeling van de Partij waar de klacht is "
       "ingediend; de andere Partij verleent daaraan haar medewerking."))

    a(("h", "Artikel 7 Voortijdig verlaten van de Route"))
    a(("lid", "7.1", "Wordt de deelname aan de Route beëindigd voordat de deelnemer haar met goed gevolg heeft "
       "afgerond, dan stellen Partijen de deelnemer in staat alsnog een vmbo-diploma of een mbo-diploma te "
       "behalen langs een weg die past bij het door hem of haar bereikte onderwijsniveau en de leeftijd."))
    a(("lid", "7.2", "Welke weg passend is, wordt beoordeeld door de Routeleider en de mentor of "
       "studieloopbaanbegeleider namens beide Partijen gezamenlijk, na een gesprek met de deelnemer en, bij "
       "minderjarigheid, diens ouders. Het gezamenlijke oordeel wordt schriftelijk aan de deelnemer meegedeeld."))
    a(("lid", "7.3", "Daarbij gelden in elk geval de volgende mogelijkheden:"))
    a(("sub", "a.", "verlaat de leerling de Route in de vo-fase, dan vervolgt hij of zij het onderwijs in de "
       "reguliere kaderberoepsgerichte leerweg van de School, in het profiel Mobiliteit en transport of, indien "
       "dat beter past, in een ander profiel, met het oog op het behalen van het vmbo-diploma;"))
    a(("sub", "b.", "heeft de deelnemer het vmbo-diploma aan het einde van het derde leerjaar van de Route niet "
       "behaald, dan kan hij of zij zonder dat diploma de opleiding Eerste autotechnicus of een andere "
       "opleiding op niveau 3 bij de Instelling voortzetten; de deelnemer kan er ook voor kiezen het "
       "examenjaar vmbo over te doen;"))
    a(("sub", "c.", "blijkt de richting niet passend, dan wordt de deelnemer een plaats geboden in een andere "
       "opleiding van de Instelling op hetzelfde niveau, bijvoorbeeld in het domein Techniek en procesindustrie "
       "of het domein Transport, scheepvaart en logistiek;"))
    a(("sub", "d.", "wenst de deelnemer over te stappen naar een andere instelling, bijvoorbeeld na een "
       "verhuizing, dan zorgen Partijen voor een warme overdracht en leveren zij de gegevens die deze "
       "instelling nodig heeft voor een eventueel geschiktheidsonderzoek."))
    a(("lid", "7.4", "Bij een overstap binnen de Instelling worden geen vooropleidingseisen gesteld. Verwijzing "
       "naar de Entreeopleiding komt slechts aan de orde wanneer een startkwalificatie redelijkerwijs niet "
       "haalbaar is."))
    a(("lid", "7.5", "Partijen nemen de werkwijze bij een overstap op in de schoolgids van de School en in de "
       "studiegids van de Instelling."))

    a(("h", "Artikel 8 Financiële bepalingen"))
    a(("lid", "8.1", "De School draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks een deel van haar "
       "bekostiging over aan de Instelling ter hoogte van \u20ac 950 per leerling die op de teldatum 1 oktober in "
       "het tweede leerjaar van de Route staat ingeschreven."))
    a(("lid", "8.2", "Het over te dragen bedrag is bestemd voor de inzet van docenten autotechniek van de "
       "Instelling in de vo-fase en voor het gebruik van de werkplaats, de keuringshal en de lesvoertuigen van "
       "het Mobiliteitscentrum, bedoeld in artikel 6."))
    a(("lid", "8.3", "De Instelling factureert het bedrag in twee gelijke termijnen, per 1 december en per 1 mei. "
       "Het bedrag wordt jaarlijks per 1 augustus geïndexeerd met het percentage van de loon- en "
       "prijsbijstelling van de rijksbijdrage voortgezet onderwijs."))
    a(("lid", "8.4", "Buiten het bepaalde in dit artikel vindt geen overdracht van bekostiging plaats. Iedere "
       "Partij draagt overigens haar eigen kosten."))

    a(("h", "Artikel 9 Medezeggenschap"))
    a(("lid", "9.1", "Op de leerlingen in de vo-fase, hun ouders en het personeel van de School is de Wet "
       "medezeggenschap op scholen van toepassing; op de studenten in de mbo-fase en hun ouders is hoofdstuk 8a "
       "WEB van toepassing en op het personeel van de Instelling de Wet op de ondernemingsraden."))
    a(("lid", "9.2", "In aanvulling daarop spreken Partijen af dat een door de leerlingen in het tweede leerjaar "
       "van de Route gekozen vertegenwoordiger als toehoorder met spreekrecht de vergaderingen van de "
       "studentenraad van het Mobiliteitscentrum bijwoont waarin onderwerpen aan de orde zijn die de Route "
       "raken."))
    a(("lid", "9.3", "Eenmaal per schooljaar belegt de Stuurgroep een gezamenlijke bijeenkomst met een "
       "delegatie van de medezeggenschapsraad van de School en van de studentenraad en de ondernemingsraad van "
       "de Instelling, waarin het jaarverslag bedoeld in artikel 5 wordt besproken. Voorgenomen besluiten over "
       "de Route die aan advies of instemming zijn onderworpen, worden tegelijk aan de betrokken organen van "
       "beide Partijen voorgelegd."))

    a(("h", "Artikel 10 Geschillen"))
    a(("lid", "10.1", "Een geschil tussen Partijen over de uitleg of de uitvoering van deze overeenkomst wordt in "
       "eerste instantie binnen vier weken na schriftelijke melding besproken in de Stuurgroep."))
    a(("lid", "10.2", "Leidt dat niet tot een oplossing, dan wordt het geschil voorgelegd aan een bestuurlijk "
       "overleg van de colleges van bestuur, dat binnen zes weken na de voorlegging plaatsvindt."))
    a(("lid", "10.3", "Blijft het geschil bestaan, dan zullen Partijen het voorleggen aan een mediator die is "
       "ingeschreven in het register van de Mediatorsfederatie Nederland, door Partijen gezamenlijk aan te "
       "wijzen. De kosten van de mediation worden door Partijen bij helfte gedragen."))
    a(("lid", "10.4", "Is het geschil drie maanden na aanvang van de mediation niet opgelost, dan is ieder der "
       "Partijen bevoegd het geschil voor te leggen aan de bevoegde rechter in het arrondissement "
       "Midden-Nederland."))

    a(("h", "Artikel 11 Toetreding"))
    a(("lid", "11.1", "Een andere school voor voorbereidend beroepsonderwijs of een andere instelling voor "
       "beroepsonderwijs kan tot deze overeenkomst toetreden, indien zij de Route in het profiel Mobiliteit en "
       "transport of een daaraan verwante opleiding kan verzorgen en zich schriftelijk verbindt tot naleving "
       "van deze overeenkomst."))
    a(("lid", "11.2", "Een verzoek tot toetreding wordt schriftelijk gericht aan de Stuurgroep, die de colleges van "
       "bestuur binnen twee maanden adviseert. Toetreding vereist de schriftelijke instemming van alle "
       "Partijen en wordt vastgelegd in een door alle Partijen ondertekend addendum."))
    a(("lid", "11.3", "Toetreding gaat in per 1 augustus van een schooljaar. De toetredende partij wordt door "
       "Partijen gezamenlijk gemeld bij DUO. Toetreding mag er niet toe leiden dat de leerlingen en studenten "
       "die de Route op dat moment volgen hun onderwijs op een andere locatie of onder andere voorwaarden "
       "moeten voortzetten, tenzij zij daarmee instemmen."))

    a(("h", "Artikel 12 Looptijd, wijziging en beëindiging"))
    a(("lid", "12.1", "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde "
       "tijd."))
    a(("lid", "12.2", "Wijziging van deze overeenkomst is slechts mogelijk bij schriftelijke, door de colleges van "
       "bestuur van alle Partijen ondertekende akte. De Stuurgroep kan daartoe voorstellen doen. Bij iedere "
       "wijziging wordt aangegeven vanaf welk cohort zij geldt; een wijziging die lopende cohorten nadeel "
       "berokkent, geldt slechts voor cohorten die na de wijziging instromen."))
    a(("lid", "12.3", "Iedere Partij kan deze overeenkomst opzeggen bij aangetekende brief, met inachtneming van "
       "een opzegtermijn van twaalf maanden en uitsluitend tegen 31 juli van een schooljaar."))
    a(("lid", "12.4", "Iedere Partij kan de overeenkomst met onmiddellijke ingang ontbinden indien de andere "
       "Partij ondanks schriftelijke ingebrekestelling met een redelijke termijn toerekenbaar tekortschiet in de "
       "nakoming, of indien de bekostiging van de andere Partij door de minister wordt beëindigd."))
    a(("lid", "12.5", "Na een opzegging of ontbinding worden geen nieuwe leerlingen tot de Route toegelaten. "
       "Leerlingen en studenten die vóór het tijdstip van beëindiging met de Route zijn begonnen, krijgen de "
       "gelegenheid deze bij Partijen af te ronden; de artikelen 3 tot en met 8 en 10 blijven te dien einde van "
       "kracht zolang nog een deelnemer de Route volgt. Kan de Route voor een deelnemer onverhoopt niet worden "
       "afgerond, dan is artikel 7 van overeenkomstige toepassing."))

    a(("h", "Artikel 13 Slotbepalingen"))
    a(("lid", "13.1", "Op deze overeenkomst is Nederlands recht van toepassing."))
    a(("lid", "13.2", "Het PTA/OER en de jaarlijkse formatieafspraken maken als uitwerking deel uit van deze "
       "overeenkomst. Bij strijdigheid gaat de tekst van deze overeenkomst voor."))
    a(("sp", 14))
    a(("p", "Aldus overeengekomen en in tweevoud ondertekend te Amersfoort op 30 juni 2025."))
    a(("sp", 10))
    a(("table", [["Stichting Eemvallei Onderwijs", "Stichting Regionaal Opleidingencentrum Midden-Eemland"],
                 ["\n\n\ndrs. J.A.M. Ruijgrok-Verhoef\nvoorzitter college van bestuur",
                  "\n\n\nir. P.H. van der Staaij\nlid college van bestuur"]], [8.0, 8.4]))
    build_pdf(path, B, font="Times-Roman", size=10.5, title="Samenwerkingsovereenkomst DLR Eemland",
              footer="Samenwerkingsovereenkomst DLR Mobiliteit \u2013 Eemvallei College / ROC Midden-Eemland")

# ----------------------------------------------------------------------------------------
# h83 - zeer kort, platte tekst, Hoeksche Waard, Horeca bakkerij en recreatie bb -> Bakker 2
# ----------------------------------------------------------------------------------------

H83 = """
SAMENWERKINGSAFSPRAAK DOORLOPENDE LEERROUTE BAKKER
Hoeksche Waard - versie 1.0, juni 2025

Partijen
- Stichting Openbaar Voortgezet Onderwijs Hoeksche Waard, bevoegd gezag van het Binnenmaas College
  te Oud-Beijerland (vmbo), vertegenwoordigd door de bestuurder, de heer R. Kooijman;
- Stichting ROC Drechtwaard, bevoegd gezag van ROC Drechtwaard te Dordrecht, vertegenwoordigd door
  mevrouw A. El Idrissi, lid college van bestuur.

Het Binnenmaas College en ROC Drechtwaard bieden samen een doorlopende leerroute vmbo-mbo aan en
spreken daarover het volgende af.

1. Welke route
Leerlingen van het profiel Horeca, bakkerij en recreatie in de basisberoepsgerichte leerweg kunnen
vanaf leerjaar 3 kiezen voor de route naar de mbo-opleiding Bakker (niveau 2, kwalificatiedossier
Brood en banket) van ROC Drechtwaard. De route duurt vier jaar en eindigt met het vmbo-diploma en
het mbo-diploma Bakker.

2. Bakkers uit de Waard
Bakkerij Van Wijk in Strijen, Warme Bakker De Korenschoof in Oud-Beijerland en Banketbakkerij
Hoogvliet-Schenk in 's-Gravendeel doen mee. Zij ontvangen de leerlingen in leerjaar 3 voor een
snuffelstage van twee weken, bieden in het mbo-deel de bpv-plaatsen aan, geven elk jaar een gastles
en beoordelen samen met de docent de praktijkexamens. Twee keer per jaar bespreken wij met hen of
het programma nog past bij wat er in de bakkerij gevraagd wordt.

3. Leiding
De teamleider bovenbouw van het Binnenmaas College en de opleidingsmanager Brood en banket van ROC
Drechtwaard vormen samen de leiding van de route. Hoe zij worden aangewezen en wat zij zelf mogen
beslissen, leggen de besturen later vast in een apart reglement.

4. Verslag aan de besturen
De leiding stuurt beide besturen twee keer per jaar, in februari en in september, een korte
voortgangsnotitie met het aantal leerlingen per leerjaar, de uitval en de examenresultaten. De
septembernotitie wordt besproken in het jaarlijkse bestuurlijk overleg.

5. Lessen, docenten en lokalen
- Leerjaar 3 en 4 (vo-deel): op het Binnenmaas College, in de eigen praktijkkeuken. Vanaf leerjaar
  4 één dag per week in de leerbakkerij van ROC Drechtwaard in Dordrecht.
- Een docent brood en banket van het ROC geeft in leerjaar 4 vier uur per week les op het
  Binnenmaas College; de eigen docent horeca blijft mentor. Het vo-team en het mbo-team werken als
  één team.
- De school mag de leerbakkerij en de ovens van het ROC gebruiken, het ROC de praktijkkeuken van de
  school voor open dagen en proeverijen.
- Welke examens in welk leerjaar worden afgenomen, staat in het gezamenlijke PTA/OER van de route.

6. Als een leerling stopt
Stopt een leerling met de route, dan zoeken het Binnenmaas College en ROC Drechtwaard samen met de
leerling en zijn ouders een plek waarmee hij toch een diploma haalt. In het vo-deel is dat de gewone
basisberoepsgerichte leerweg op school, zo nodig in een ander profiel. In het mbo-deel is dat een
andere opleiding op niveau 2 bij ROC Drechtwaard, zonder extra toelatingseisen. Wij kijken daarbij
naar wat de leerling al gehaald heeft en naar zijn leeftijd.

7. Verschil van mening
Komen de school en het ROC er samen niet uit, dan lossen de besturen dit in goed overleg op.

8. Looptijd, aansluiten, wijzigen en stoppen
- Deze afspraak geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
- Een andere vmbo-school of mbo-instelling kan aansluiten als beide besturen daar schriftelijk mee
  instemmen; de afspraak wordt dan aangevuld en de nieuwe partner wordt bij DUO gemeld.
- Wijzigen kan alleen schriftelijk, met handtekening van beide besturen.
- Opzeggen kan met een termijn van één jaar, alleen tegen het einde van een schooljaar. Leerlingen
  die al in de route zitten, maken die gewoon af; na de opzegging starten er geen nieuwe leerlingen.

Oud-Beijerland, 30 juni 2025

R. Kooijman                              A. El Idrissi
bestuurder                               lid college van bestuur
Stichting Openbaar Voortgezet Onderwijs  Stichting ROC Drechtwaard
Hoeksche Waard
"""


@sample("h83", "h83_zeer_kort_directeur_hoeksche_waard", "txt",
        "Zeer korte platte tekst (een blad) in directeurstaal met genummerde kopjes en streepjes; Hoeksche "
        "Waard, Horeca bakkerij en recreatie bb naar Bakker niveau 2; leiding: aanwijzing en bevoegdheden "
        "uitgesteld naar later reglement; niets over financien; geschillen alleen in goed overleg; "
        "medezeggenschap niet genoemd.",
        {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
         "f": "present", "g": "missing", "h": "not_applicable", "i": "weak", "j": "present"},
        {"a": "1. Welke route", "b": "2. Bakkers uit de Waard", "d": "4. Verslag aan de besturen",
         "e": "5. Lessen, docenten en lokalen", "f": "6. Als een leerling stopt",
         "j": "8. Looptijd, aansluiten, wijzigen en stoppen"})
def build_h83(path):
    write_text(path, H83)


# ----------------------------------------------------------------------------------------
# h82 - beleidsstuk met Word-autonummering en inhoudsopgave, DOCX, Kempen, Economie en
#       ondernemen kb -> Logistiek teamleider niveau 3
# ----------------------------------------------------------------------------------------

@sample("h82", "h82_beleidsstuk_autonummering_kempen", "docx",
        "Beleidsstuk in managementtaal (governance, dashboard, PDCA, escalatieladder) met Word-autonummering "
        "van koppen en clausules en een inhoudsopgaveveld; DOCX; Kempen, Economie en ondernemen kb naar "
        "Logistiek teamleider niveau 3; expliciet geen overdracht van bekostiging; medezeggenschap alleen "
        "wettelijk kader en 'kunnen'; verder volledig.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
        {"a": "Het leerrouteaanbod",
         "b": "Werkveldpartners en hun rol",
         "c": "Governance: regieteam en mandaat",
         "d": "Sturingsinformatie en verantwoording",
         "e": "Onderwijslogistiek: locaties, teams en voorzieningen",
         "f": "Maatwerk bij uitstap",
         "g": "Financieel kader",
         "i": "Escalatie en geschilbeslechting",
         "j": "Instroom nieuwe partners, herijking en exit"})
def build_h82(path):
    from docx.shared import Pt, RGBColor
    d = new_docx("Samenwerkingsovereenkomst DLR Logistiek Kempen", "Bestuursbureau ROC De Dommel")
    d.styles["Heading 1"].font.size = Pt(13)
    d.styles["Heading 1"].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    docx_add_numbering(d, [("decimal", "%1.", 432), ("decimal", "%1.%2", 720),
                           ("lowerLetter", "%3.", 1080)], abstract_id=40, num_id=40)
    heads = ["Aanleiding en strategische context", "Partijen en scope", "Het leerrouteaanbod",
             "Werkveldpartners en hun rol", "Governance: regieteam en mandaat",
             "Sturingsinformatie en verantwoording",
             "Onderwijslogistiek: locaties, teams en voorzieningen", "Maatwerk bij uitstap",
             "Financieel kader", "Medezeggenschap", "Escalatie en geschilbeslechting",
             "Instroom nieuwe partners, herijking en exit", "Vaststelling en ondertekening"]
    pages = [2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7]
    toc = [(1, "%d.  %s" % (i + 1, h), str(pg)) for i, (h, pg) in enumerate(zip(heads, pages))]
    B = [
        ("title", "Samenwerkingsovereenkomst Doorlopende Leerroute Logistiek Kempen"),
        ("subtitle", "DLR-LK \u2013 Kempenland Vakcollege \u00d7 ROC De Dommel"),
        ("table", [["Documentstatus", "Definitief"],
                   ["Versie", "2.0"],
                   ["Vastgesteld", "Bestuurlijk overleg 30 juni 2025"],
                   ["Eigenaar", "Regieteam DLR-LK"],
                   ["Portefeuillehouders", "drs. M.C. Heesakkers-van Gorp (Stichting Kempenland Onderwijs) en "
                    "J.W. Brouwers MBA (Stichting ROC De Dommel)"]], [4.5, 11.0]),
        ("toc", toc),
        ("pb",),
        ("h1n", heads[0]),
        ("p", "De logistieke sector in de Kempen en de regio Eindhoven groeit sterk, met name rond de "
              "bedrijventerreinen De Hoof en Ekkersrijt. Tegelijk kampen werkgevers met een structurele "
              "krapte aan medewerkers met leidinggevende capaciteiten op de werkvloer. Kempenland Vakcollege "
              "en ROC De Dommel willen met een doorlopende leerroute (DLR) vmbo-mbo een herkenbare, "
              "ononderbroken leerlijn bieden, overlap tussen vmbo- en mbo-programma's wegnemen en jongeren "
              "eerder in contact brengen met de beroepspraktijk."),
        ("p", "Dit document legt de bestuurlijke afspraken vast die nodig zijn om de DLR-LK conform artikel "
              "2.107b WVO 2020 en artikel 9.1.3 WEB te verzorgen. Operationele uitwerking vindt plaats in het "
              "jaarlijkse routeplan en in het gezamenlijke PTA/OER; die documenten opereren binnen de kaders "
              "van deze overeenkomst."),
        ("h1n", heads[1]),
        ("cl", "Partijen bij deze overeenkomst zijn Stichting Kempenland Onderwijs, gevestigd te Eersel, "
               "bevoegd gezag van het Kempenland Vakcollege (vmbo basis, kader en gemengd), hierna: het "
               "Vakcollege, en Stichting ROC De Dommel, gevestigd te Eindhoven, bevoegd gezag van ROC De Dommel, "
               "hierna: het ROC. Partijen worden vertegenwoordigd door hun bestuurders."),
        ("cl", "De overeenkomst heeft uitsluitend betrekking op de DLR-LK zoals beschreven in hoofdstuk 3. "
               "Overige samenwerking tussen Partijen, zoals de keuzedelen voor vmbo-leerlingen in het kader "
               "van Sterk Techniekonderwijs, valt buiten de scope."),
        ("cl", "Partijen melden de DLR-LK gezamenlijk bij DUO via RIO; ieder registreert de route voor het "
               "eigen onderwijsaanbod."),
        ("h1n", heads[2]),
        ("cl", "De DLR-LK verbindt het profiel Economie en ondernemen in de kaderberoepsgerichte leerweg van "
               "het Vakcollege met de vakopleiding Logistiek teamleider (niveau 3, BOL) van het ROC, "
               "onderdeel van het opleidingsdomein Transport, scheepvaart en logistiek."),
        ("cl", "De route start in leerjaar 3 van het vmbo en omvat vier leerjaren: leerjaar 1 en 2 van de route "
               "vormen de vo-fase, leerjaar 3 en 4 de mbo-fase. De deelnemer sluit af met het diploma vmbo "
               "kaderberoepsgerichte leerweg en het mbo-diploma Logistiek teamleider."),
        ("cl", "In de vo-fase worden binnen het profielvak de mbo-keuzedelen Voorraadbeheer en Heftruck "
               "rijden aangeboden, zodat de deelnemer deze aan het begin van de mbo-fase al heeft afgerond."),
        ("h1n", heads[3]),
        ("cl", "Het werkveld is structureel aan de DLR-LK verbonden via de Logistieke Tafel Kempen. In de "
               "Tafel participeren in ieder geval DistriPark Kempen BV, Van Gorp Transport & Warehousing, "
               "Bergeijkse Koel- en Vrieshuizen en Kempen Fulfilment, aangevuld met een adviseur van SBB."),
        ("cl", "De werkveldpartners leveren een concrete bijdrage aan de route:"),
        ("cl2", "zij brengen per semester ten minste één levensechte praktijkopdracht (\u2018challenge\u2019) "
                "in, die deelnemers in de vo-fase in teams uitwerken en op locatie presenteren;"),
        ("cl2", "zij verzorgen jaarlijks gastcolleges en bedrijfsbezoeken in leerjaar 1 en 2 van de route;"),
        ("cl2", "zij stellen voor alle deelnemers in de mbo-fase bpv-plaatsen beschikbaar bij door SBB "
                "erkende leerbedrijven;"),
        ("cl2", "hun praktijkopleiders beoordelen mee bij de examens in de beroepspraktijk."),
        ("cl", "De Logistieke Tafel komt ieder kwartaal bijeen met het regieteam en adviseert jaarlijks over "
               "actualisering van het programma, de keuzedelen en de examenopdrachten."),
        ("h1n", heads[4]),
        ("cl", "De sturing van de DLR-LK is belegd bij een regieteam van drie personen: de teamleider "
               "bovenbouw economie van het Vakcollege, de teamleider Logistiek van het ROC en een "
               "ketenregisseur die de dagelijkse coördinatie verzorgt."),
        ("cl", "De teamleiders worden als lid van het regieteam aangewezen door de bestuurder van de Partij "
               "waar zij werkzaam zijn. De ketenregisseur wordt na een gezamenlijke selectieprocedure "
               "aangesteld door het ROC, met schriftelijke instemming van de bestuurder van Stichting "
               "Kempenland Onderwijs."),
        ("cl", "Het regieteam is eigenaar van de uitvoering en draagt zorg voor: het jaarlijkse routeplan, de "
               "roostering en inzet van docenten uit de gezamenlijke docentenpool, de werving en intake van "
               "deelnemers, het concept-PTA/OER en de kwaliteitscyclus."),
        ("cl", "Het regieteam heeft mandaat om binnen het door de bestuurders vastgestelde routeplan en "
               "budget zelfstandig besluiten te nemen over programma, rooster, inzet van docenten en "
               "toelating. Besluiten met structurele financiële gevolgen, wijzigingen in de formatie en "
               "afwijkingen van het routeplan worden ter besluitvorming voorgelegd aan het bestuurlijk overleg."),
        ("h1n", heads[5]),
        ("cl", "Het regieteam levert elk kwartaal een dashboard aan beide bestuurders met de kengetallen "
               "instroom, doorstroom, uitval, verzuim, bpv-plaatsing en studenttevredenheid."),
        ("cl", "Jaarlijks vóór 15 oktober stelt het regieteam een integrale jaarrapportage op over het "
               "afgelopen schooljaar, met een analyse volgens de PDCA-cyclus en verbetervoorstellen. De "
               "rapportage wordt in november besproken in het bestuurlijk overleg, waarin het regieteam "
               "verantwoording aflegt over de realisatie van het routeplan."),
        ("cl", "Bij signalen die de continuïteit of kwaliteit van de route raken, informeert het regieteam "
               "beide bestuurders direct, buiten de reguliere cyclus om."),
        ("h1n", heads[6]),
        ("cl", "De vo-fase wordt verzorgd op de locatie van het Vakcollege in Eersel; de deelnemers volgen "
               "vanaf leerjaar 2 van de route wekelijks één dag onderwijs in het Logistiek Leercentrum van het "
               "ROC in Veldhoven. De mbo-fase vindt plaats in het Logistiek Leercentrum en bij de leerbedrijven."),
        ("cl", "Docenten van beide Partijen vormen samen een hybride docentenpool. Voor de "
               "vakoverstijgende programmaonderdelen van het profiel in de vo-fase wordt gebruikgemaakt van "
               "teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB). Het ROC zet in de vo-fase "
               "jaarlijks 0,3 fte docent logistiek in op het Vakcollege; het Vakcollege levert 0,2 fte docent "
               "economie voor het generieke programma in leerjaar 3 van de route. Medewerkers blijven in dienst "
               "van hun eigen werkgever en vallen onder hun eigen cao."),
        ("cl", "Partijen stellen wederzijds voorzieningen beschikbaar: het ROC het warehouse-simulatielab "
               "met WMS-software, de heftrucksimulator en de oefenhal; het Vakcollege de praktijkwinkel en de "
               "ICT-lokalen. Roosters en reserveringen worden afgestemd door de ketenregisseur."),
        ("cl", "Het onderwijsprogramma, de examinering en de bpv worden per leerjaar vastgelegd in het "
               "gezamenlijke PTA/OER, met aanduiding van vmbo- en mbo-onderdelen en van de onderdelen waarin "
               "teams worden ingezet. Het centraal examen vmbo wordt in leerjaar 2 van de route afgenomen."),
        ("cl", "Klachten over medewerkers van de andere Partij worden afgehandeld via de klachtenregeling "
               "van de Partij waar de klacht binnenkomt; de andere Partij werkt daaraan mee."),
        ("h1n", heads[7]),
        ("cl", "Uitgangspunt is dat iedere deelnemer die de route voortijdig verlaat een passend vervolg "
               "krijgt dat leidt tot een vmbo- of mbo-diploma. Het Vakcollege en het ROC bepalen samen welk "
               "vervolg past, in een uitstapgesprek met de deelnemer en diens ouders of verzorgers; zij "
               "betrekken daarbij wat de deelnemer al heeft behaald en zijn of haar leeftijd."),
        ("cl", "De volgende uitstapscenario's zijn vooraf afgesproken:"),
        ("cl2", "uitstap in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg Economie "
                "en ondernemen, of in een ander profiel of een andere leerweg van het Vakcollege, gericht op "
                "het vmbo-diploma;"),
        ("cl2", "geen vmbo-diploma aan het einde van leerjaar 3 van de route: voortzetting van de "
                "mbo-opleiding bij het ROC zonder vmbo-diploma, of doubleren in het vmbo-examenjaar;"),
        ("cl2", "de richting past niet: overstap naar een andere niveau 3-opleiding van het ROC, bijvoorbeeld "
                "in het domein Handel of Mobiliteit en voertuigen, zonder aanvullende vooropleidingseisen;"),
        ("cl2", "verhuizing of voorkeur voor een andere instelling: warme overdracht en ondersteuning bij een "
                "geschiktheidsonderzoek van die instelling."),
        ("cl", "De uitwerking van het uitstapproces wordt opgenomen in de schoolgids van het Vakcollege en "
               "de studiegids van het ROC."),
        ("h1n", heads[8]),
        ("cl", "Er vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of "
               "artikel 9.1.15 WEB. Het Vakcollege ontvangt de bekostiging voor de vo-fase, het ROC voor de "
               "mbo-fase."),
        ("cl", "Iedere Partij financiert haar eigen inzet van personeel en middelen uit de eigen lumpsum. Het "
               "wederzijdse gebruik van voorzieningen, bedoeld in hoofdstuk 7, wordt niet verrekend."),
        ("h1n", heads[9]),
        ("p", "Op de medezeggenschap zijn de wettelijke regimes van toepassing: de Wet medezeggenschap op "
              "scholen voor deelnemers in de vo-fase, hun ouders en het personeel van het Vakcollege, en de "
              "WEB respectievelijk de Wet op de ondernemingsraden voor studenten in de mbo-fase, hun ouders en "
              "het personeel van het ROC. Partijen kunnen, wanneer daaraan in de praktijk behoefte blijkt, "
              "aanvullende afspraken over medezeggenschap maken."),
        ("h1n", heads[10]),
        ("cl", "Partijen hanteren bij verschillen van inzicht over de uitvoering van deze overeenkomst een "
               "escalatieladder:"),
        ("cl2", "het regieteam zoekt binnen drie weken na signalering een oplossing;"),
        ("cl2", "lukt dat niet, dan agendeert het regieteam het onderwerp voor het bestuurlijk overleg, dat "
                "binnen vier weken een besluit neemt;"),
        ("cl2", "komen de bestuurders niet tot overeenstemming, dan leggen zij het geschil voor aan een "
                "onafhankelijke deskundige die zij gezamenlijk aanwijzen, of bij gebrek aan overeenstemming "
                "daarover die wordt aangewezen door de voorzitter van de Raad van Toezicht van Stichting ROC "
                "De Dommel na instemming van de voorzitter van de Raad van Toezicht van Stichting Kempenland "
                "Onderwijs. Diens uitspraak geldt als bindend advies."),
        ("cl", "De kosten van het bindend advies worden door Partijen bij helfte gedragen."),
        ("h1n", heads[11]),
        ("cl", "Instroom van een nieuwe partner. Andere scholen voor vmbo in de Kempen en andere instellingen "
               "voor beroepsonderwijs kunnen als partner toetreden indien zij het profiel Economie en "
               "ondernemen of een verwant profiel respectievelijk een logistieke opleiding aanbieden, de "
               "governance van hoofdstuk 5 onderschrijven en beide bestuurders schriftelijk instemmen. "
               "Toetreding wordt vastgelegd in een addendum, gaat in per 1 augustus en wordt bij DUO gemeld."),
        ("cl", "Herijking. Partijen evalueren deze overeenkomst elke twee jaar. Aanpassingen worden alleen "
               "van kracht na schriftelijke vastlegging en ondertekening door beide bestuurders."),
        ("cl", "Exit. De overeenkomst loopt vanaf 1 augustus 2025 voor onbepaalde tijd. Iedere Partij kan de "
               "overeenkomst schriftelijk opzeggen met een termijn van ten minste één schooljaar, met ingang "
               "van 1 augustus. Bij ernstige tekortkoming na ingebrekestelling kan de overeenkomst worden "
               "ontbonden."),
        ("cl", "Borging van zittende deelnemers. Na opzegging of ontbinding stopt de instroom van nieuwe "
               "deelnemers. Deelnemers die op dat moment in de route zitten, ronden de route af onder de "
               "afspraken van deze overeenkomst; Partijen garanderen daartoe de benodigde inzet van personeel "
               "en voorzieningen. Bij toetreding of herijking blijven de afspraken voor lopende cohorten "
               "ongewijzigd, tenzij dat voor de deelnemers gunstiger is."),
        ("h1n", heads[12]),
        ("p", "Aldus vastgesteld in het bestuurlijk overleg van 30 juni 2025 en ondertekend te Eindhoven."),
        ("table", [["Stichting Kempenland Onderwijs", "Stichting ROC De Dommel"],
                   ["drs. M.C. Heesakkers-van Gorp\nbestuurder\n\nhandtekening:",
                    "J.W. Brouwers MBA\nlid college van bestuur\n\nhandtekening:"]], [7.7, 7.7]),
    ]
    render_docx(d, B, num_id=40)
    save_docx(d, path)


# ----------------------------------------------------------------------------------------
# h84 - lange consortiumovereenkomst met bijlagen, PDF, Waterland, Zorg en welzijn kb ->
#       Verzorgende-IG niveau 3; twee vmbo-scholen en een ROC
# ----------------------------------------------------------------------------------------

@sample("h84", "h84_consortium_lang_bijlagen_waterland", "pdf",
        "Lange consortiumovereenkomst (twee vmbo-besturen en een ROC) met hoofdstukken, artikelen en drie "
        "bijlagen (leerjarenschema, financiele afspraken in tabel, overstapprotocol); PDF; Waterland, Zorg en "
        "welzijn kb naar Verzorgende-IG niveau 3; overdracht in beide richtingen met bedragen en bestemming; "
        "uittreding van een partij met bescherming leerlingen; volledig.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Artikel 3 Het onderwijsaanbod van de Route",
         "b": "Artikel 9 Zorgaanbieders in de Route",
         "c": "Artikel 5 De Routeraad",
         "d": "Artikel 6 Rapportage aan de besturen",
         "e": "HOOFDSTUK 3 INRICHTING VAN HET ONDERWIJS",
         "f": "Artikel 10 Overstapoptie",
         "g": "Artikel 11 Bekostiging en overdracht van middelen",
         "h": "Artikel 12 Medezeggenschap",
         "i": "Artikel 14 Geschillen",
         "j": "Artikel 16 Duur, wijziging, opzegging en uittreding"})
def build_h84(path):
    B = []
    a = B.append
    a(("title", "Consortiumovereenkomst"))
    a(("subtitle", "Doorlopende leerroute vmbo-mbo Zorg Waterland\nZorg en welzijn (kader) \u2013 Verzorgende-IG "
       "(niveau 3)"))
    a(("c", "Purmerend, 30 juni 2025 \u2013 definitieve tekst na bespreking in het bestuurlijk overleg van "
       "12 juni 2025"))
    a(("sp", 6))
    a(("h", "Partijen"))
    a(("lid", "1.", "Stichting Openbaar Voortgezet Onderwijs Waterland, gevestigd te Purmerend, bevoegd gezag "
       "van Het Purmer College, school voor vmbo, vertegenwoordigd door de voorzitter van het college van "
       "bestuur, de heer drs. K. Schouten;"))
    a(("lid", "2.", "Stichting Katholiek Onderwijs Gouwzee, gevestigd te Monnickendam, bevoegd gezag van het "
       "Gouwzee College, school voor vmbo en mavo, vertegenwoordigd door de bestuurder, mevrouw M.L. "
       "Tjoe-Awie;"))
    a(("lid", "3.", "Stichting ROC Noordkant, gevestigd te Zaandam, bevoegd gezag van ROC Noordkant, "
       "vertegenwoordigd door de voorzitter van het college van bestuur, de heer mr. E.J. Blokker;"))
    a(("p", "hierna samen: de Partijen; de partijen onder 1 en 2 samen ook: de Scholen; de partij onder 3 "
       "ook: het ROC."))
    a(("h", "Overwegingen"))
    a(("p", "Partijen werken sinds 2021 samen in het regionale Zorgpact Waterland. Zij constateren dat de vraag "
       "naar verzorgenden in de ouderenzorg en de wijkverpleging in Purmerend, Edam-Volendam, Waterland en "
       "Landsmeer de komende jaren verder toeneemt. Met een gezamenlijke doorlopende leerroute willen zij "
       "jongeren vanaf het derde leerjaar van het vmbo een samenhangende opleiding bieden die zonder breuk "
       "leidt naar een diploma op niveau 3. Zij leggen hun afspraken vast in deze overeenkomst, die geldt als "
       "samenwerkingsovereenkomst als bedoeld in artikel 2.107b van de Wet voortgezet onderwijs 2020 en "
       "artikel 9.1.3 van de Wet educatie en beroepsonderwijs."))

    a(("h", "HOOFDSTUK 1 ALGEMEEN"))
    a(("h2", "Artikel 1 Begripsbepalingen"))
    a(("p", "In deze overeenkomst en de bijlagen wordt verstaan onder:"))
    for l, t in [("a.", "Route: de doorlopende leerroute vmbo-mbo Zorg Waterland, bedoeld in artikel 3;"),
                 ("b.", "deelnemer: een leerling of student die in de Route is ingeschreven;"),
                 ("c.", "vo-fase: leerjaar 1 en 2 van de Route (leerjaar 3 en 4 van het vmbo);"),
                 ("d.", "mbo-fase: leerjaar 3 en 4 van de Route;"),
                 ("e.", "Routeraad: het orgaan bedoeld in artikel 5;"),
                 ("f.", "routecoördinator: de functionaris bedoeld in artikel 5, vijfde lid;"),
                 ("g.", "bestuurlijk overleg: het overleg van de bestuurders van de Partijen, bedoeld in "
                        "artikel 6;"),
                 ("h.", "Zorgpact Waterland: het samenwerkingsverband van onderwijs- en zorgorganisaties in de "
                        "regio Waterland.")]:
        a(("sub", l, t))
    a(("h2", "Artikel 2 Doel van de samenwerking"))
    a(("lid", "1.", "Partijen verzorgen gezamenlijk de Route. Iedere School verzorgt de vo-fase voor de eigen "
       "leerlingen; het ROC verzorgt de mbo-fase voor de deelnemers van beide Scholen en levert in de vo-fase "
       "de bijdragen die in deze overeenkomst zijn beschreven."))
    a(("lid", "2.", "Partijen melden de Route gezamenlijk aan de minister door registratie in RIO; iedere "
       "School registreert de Route voor de eigen vestiging."))

    a(("h", "HOOFDSTUK 2 ROUTE, LEIDING EN VERANTWOORDING"))
    a(("h2", "Artikel 3 Het onderwijsaanbod van de Route"))
    a(("lid", "1.", "De Route sluit aan op het profiel Zorg en welzijn in de kaderberoepsgerichte leerweg van "
       "beide Scholen en leidt op tot de vakopleiding Verzorgende-IG, niveau 3, in het opleidingsdomein Zorg "
       "en welzijn van het ROC. In de mbo-fase kan de opleiding in de beroepsopleidende leerweg of, vanaf "
       "leerjaar 4 van de Route, in de beroepsbegeleidende leerweg worden gevolgd."))
    a(("lid", "2.", "De deelnemer behaalt het diploma vmbo kaderberoepsgerichte leerweg en het mbo-diploma "
       "Verzorgende-IG. De Route omvat vier leerjaren; een verkorting is niet voorzien."))
    a(("lid", "3.", "In de vo-fase volgen de deelnemers de keuzevakken Mens en gezondheid, Assisteren in de "
       "gezondheidszorg en Welzijn kind en jongere, alsmede het mbo-keuzedeel Dementie en "
       "mantelzorgondersteuning. Bijlage 1 bevat het leerjarenschema."))
    a(("h2", "Artikel 4 Toelating tot de Route"))
    a(("lid", "1.", "Een leerling kan aan het einde van het tweede leerjaar van het vmbo voor de Route kiezen. "
       "Toelating vindt plaats na een intakegesprek door de School, waarbij een docent van het ROC aanwezig is."))
    a(("lid", "2.", "Er geldt geen numerus fixus. Bij meer dan 32 aanmeldingen per School overleggen de "
       "Routeraad en de betrokken School over een tweede groep."))
    a(("h2", "Artikel 5 De Routeraad"))
    a(("lid", "1.", "De leiding over de Route is opgedragen aan de Routeraad. De Routeraad bestaat uit de "
       "afdelingsleider bovenbouw kader van Het Purmer College, de afdelingsleider vmbo van het Gouwzee "
       "College en de teamleider Verzorgende-IG van het ROC. De teamleider van het ROC is voorzitter."))
    a(("lid", "2.", "Het bevoegd gezag van iedere Partij wijst het lid uit de eigen organisatie aan en kan die "
       "aanwijzing intrekken. De aanwijzing geldt voor onbepaalde tijd; zij wordt schriftelijk aan de andere "
       "Partijen bekendgemaakt."))
    a(("lid", "3.", "De Routeraad is belast met de dagelijkse leiding en de organisatie van de Route: het "
       "opstellen van het jaarplan, de roostering, de verdeling van de inzet van docenten over de locaties, "
       "het jaarlijks actualiseren van het PTA/OER, de toelating van deelnemers, de contacten met de "
       "zorgaanbieders en de kwaliteitszorg."))
    a(("lid", "4.", "De Routeraad beslist zelfstandig over de onderwerpen bedoeld in het derde lid, binnen het "
       "door het bestuurlijk overleg vastgestelde jaarplan en de begroting van de Route. Besluiten die daarvan "
       "afwijken of die gevolgen hebben voor de formatie van een Partij, behoeven de instemming van het "
       "bestuurlijk overleg. De Routeraad besluit bij unanimiteit; kan geen unanimiteit worden bereikt, dan "
       "wordt het onderwerp aan het bestuurlijk overleg voorgelegd."))
    a(("lid", "5.", "De Routeraad wordt ondersteund door een routecoördinator, die op voordracht van de "
       "Routeraad door het ROC wordt aangesteld na instemming van de bestuurders van beide Scholen. De "
       "routecoördinator bereidt de vergaderingen voor, bewaakt de uitvoering van het jaarplan en is het "
       "aanspreekpunt voor deelnemers, ouders en leerbedrijven."))
    a(("h2", "Artikel 6 Rapportage aan de besturen"))
    a(("lid", "1.", "De bestuurders van de Partijen vormen samen het bestuurlijk overleg. Het bestuurlijk overleg "
       "komt ten minste tweemaal per jaar bijeen, in november en in juni."))
    a(("lid", "2.", "De Routeraad zendt uiterlijk drie weken voor iedere vergadering van het bestuurlijk "
       "overleg een schriftelijke voortgangsrapportage aan alle bestuurders. De rapportage van november is "
       "tevens het jaarverslag over het afgelopen schooljaar en bevat ten minste de instroom per School, de "
       "doorstroom en uitval per leerjaar, de resultaten van de examens, de inzet van docenten per Partij, "
       "de besteding van de middelen bedoeld in artikel 11 en de uitkomsten van de evaluatie met "
       "deelnemers en zorgaanbieders."))
    a(("lid", "3.", "In de vergadering van juni legt de Routeraad het jaarplan en de begroting voor het "
       "volgende schooljaar ter vaststelling voor."))
    a(("lid", "4.", "Iedere bestuurder kan de Routeraad te allen tijde om aanvullende inlichtingen vragen; de "
       "Routeraad verstrekt die binnen twee weken aan alle bestuurders tegelijk."))

    a(("h", "HOOFDSTUK 3 INRICHTING VAN HET ONDERWIJS"))
    a(("h2", "Artikel 7 Locaties en programma"))
    a(("lid", "1.", "De vo-fase wordt verzorgd op de locaties van de Scholen in Purmerend en Monnickendam. In "
       "leerjaar 2 van de Route volgen de deelnemers van beide Scholen gezamenlijk één dag per week onderwijs "
       "in het Zorgleerhuis van het ROC aan de Wijnkoopsbaan in Purmerend. De mbo-fase vindt plaats in het "
       "Zorgleerhuis en bij de zorgaanbieders bedoeld in artikel 9."))
    a(("lid", "2.", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar "
       "beschreven in een gezamenlijk PTA/OER, dat de Routeraad jaarlijks vóór 1 oktober opstelt en dat door "
       "het bevoegd gezag van iedere Partij wordt vastgesteld voor het eigen deel. Het PTA/OER geeft aan welke "
       "onderdelen tot het vmbo-programma en welke tot het mbo-programma behoren en in welke onderdelen "
       "teams van docenten worden ingezet."))
    a(("lid", "3.", "Het centraal examen vmbo wordt afgenomen in leerjaar 2 van de Route. Beide Scholen blijven "
       "verantwoordelijk voor de vmbo-examinering en -diplomering van hun leerlingen, ook wanneer een "
       "deelnemer in leerjaar 3 als student van het ROC nog een onderdeel van het vmbo-examen aflegt. Het ROC "
       "is verantwoordelijk voor de mbo-examinering en -diplomering."))
    a(("lid", "4.", "In de vo-fase is de School verantwoordelijk voor verzuim, leerlingbegeleiding en passend "
       "onderwijs; in de mbo-fase het ROC. Bij de overgang naar de mbo-fase vindt een warme overdracht plaats "
       "tussen mentor en studieloopbaanbegeleider."))
    a(("h2", "Artikel 8 Personeel en voorzieningen"))
    a(("lid", "1.", "Het ROC zet in de vo-fase docenten verpleegtechnische vaardigheden en zorg in, ten minste "
       "0,6 fte over beide Scholen samen. De Scholen zetten in de mbo-fase elk een docent Nederlands in voor "
       "het generieke programma van leerjaar 3, samen 0,2 fte."))
    a(("lid", "2.", "De docenten van de Partijen die in de Route werkzaam zijn, vormen één routeteam. Voor de "
       "vakoverstijgende onderdelen Zorg en welzijn in leerjaar 2 van de Route wordt gebruikgemaakt van de "
       "teambevoegdheid bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het PTA/OER vermeldt welke "
       "docent voor welk programmaonderdeel verantwoordelijk en bevoegd is."))
    a(("lid", "3.", "Personeelsleden blijven in dienst van hun eigen werkgever; de inzet bij een andere Partij "
       "geschiedt op basis van een detacheringsafspraak zonder doorbelasting, behoudens artikel 11."))
    a(("lid", "4.", "Het ROC stelt het skillslab, de demonstratieruimte met hoog-laagbedden en tilliften en de "
       "leermiddelen van het Zorgleerhuis ter beschikking. De Scholen stellen hun praktijklokalen zorg en "
       "welzijn en hun mediatheek ter beschikking, onder meer voor de voorlichting en intake."))
    a(("lid", "5.", "Een klacht die bij een Partij wordt ingediend over een gedraging van een personeelslid van "
       "een andere Partij, wordt behandeld volgens de klachtenregeling van de ontvangende Partij. De "
       "betrokken Partijen verlenen daaraan hun medewerking."))
    a(("h2", "Artikel 9 Zorgaanbieders in de Route"))
    a(("lid", "1.", "Zorggroep Waterland, Stichting Wonen & Zorg Beemster en Thuiszorg De Purmer zijn als "
       "praktijkpartners aan de Route verbonden. Zij zijn erkend leerbedrijf bij SBB."))
    a(("lid", "2.", "De praktijkpartners bieden de deelnemers in de vo-fase maatschappelijke stages en "
       "meeloopdagen, verzorgen door wijkverpleegkundigen en praktijkopleiders gastlessen in het Zorgleerhuis, "
       "bieden in de mbo-fase bpv-plaatsen en in leerjaar 4 leerbanen voor de beroepsbegeleidende leerweg, en "
       "beoordelen mee bij de proeves van bekwaamheid."))
    a(("lid", "3.", "Eenmaal per jaar houdt de Routeraad een werkveldoverleg met de praktijkpartners over de "
       "inhoud van het programma, de keuzedelen en de kwaliteit van de begeleiding in de praktijk. Het "
       "verslag daarvan wordt bij het jaarverslag gevoegd."))
    a(("lid", "4.", "Partijen kunnen in overleg met de Routeraad andere zorgaanbieders als praktijkpartner "
       "toevoegen."))

    a(("h", "HOOFDSTUK 4 OVERSTAP EN FINANCIËN"))
    a(("h2", "Artikel 10 Overstapoptie"))
    a(("lid", "1.", "Iedere deelnemer die de Route niet met succes voltooit, wordt in staat gesteld een vmbo- of "
       "mbo-diploma te behalen op een niveau dat past bij wat hij of zij heeft bereikt en bij de leeftijd."))
    a(("lid", "2.", "De betrokken School en het ROC stellen gezamenlijk vast welk vervolg passend is. Zij doen dat "
       "in een overstapgesprek met de deelnemer en, indien de deelnemer minderjarig is, diens ouders of "
       "verzorgers, en leggen de uitkomst vast in een overstapplan."))
    a(("lid", "3.", "Partijen onderscheiden in elk geval:"))
    a(("sub", "a.", "overstap in de vo-fase naar de reguliere kaderberoepsgerichte leerweg Zorg en welzijn of "
       "een ander profiel of een andere leerweg van dezelfde School, met het vmbo-diploma als doel;"))
    a(("sub", "b.", "het niet behalen van het vmbo-diploma uiterlijk aan het einde van leerjaar 3 van de Route: "
       "de deelnemer kan zonder vmbo-diploma verder in een opleiding op niveau 2 of 3 van het ROC, of het "
       "vmbo-examenjaar herhalen;"))
    a(("sub", "c.", "een andere richting: een andere opleiding van het ROC op hetzelfde niveau, bijvoorbeeld "
       "Maatschappelijke zorg of Apothekersassistent, dan wel een andere doorlopende leerroute;"))
    a(("sub", "d.", "overstap naar een andere instelling, waarbij het ROC en de School de deelnemer helpen bij de "
       "aanmelding en het geschiktheidsonderzoek."))
    a(("lid", "4.", "Bij een overstap binnen het ROC gelden geen vooropleidingseisen. De Entreeopleiding komt pas "
       "in beeld wanneer een startkwalificatie ook op termijn niet haalbaar wordt geacht."))
    a(("lid", "5.", "Bijlage 3 beschrijft de stappen en termijnen van het overstapproces. De Scholen en het ROC "
       "nemen de werkwijze op in hun schoolgids respectievelijk studiegids."))
    a(("h2", "Artikel 11 Bekostiging en overdracht van middelen"))
    a(("lid", "1.", "Iedere School draagt op grond van artikel 5.42a WVO 2020 een deel van de ontvangen "
       "bekostiging over aan het ROC. Het ROC draagt op grond van artikel 9.1.15 WEB een deel van de ontvangen "
       "bekostiging over aan de Scholen. De bedragen en de bestemming staan in bijlage 2."))
    a(("lid", "2.", "De overdracht wordt berekend op basis van het aantal deelnemers op de teldatum 1 oktober "
       "en vindt plaats in twee termijnen, vóór 1 januari en vóór 1 juli van het schooljaar."))
    a(("lid", "3.", "Bedragen worden jaarlijks door het bestuurlijk overleg bij de vaststelling van de begroting "
       "herzien; zolang geen nieuw bedrag is vastgesteld, geldt het laatst vastgestelde bedrag."))
    a(("lid", "4.", "Overige kosten komen voor rekening van de Partij die ze maakt."))

    a(("h", "HOOFDSTUK 5 MEDEZEGGENSCHAP, GESCHILLEN EN SLOT"))
    a(("h2", "Artikel 12 Medezeggenschap"))
    a(("lid", "1.", "In de vo-fase is de medezeggenschapsraad van de betrokken School bevoegd, in de mbo-fase de "
       "studentenraad en de ondernemingsraad van het ROC, overeenkomstig de Wet medezeggenschap op scholen, "
       "de WEB en de Wet op de ondernemingsraden."))
    a(("lid", "2.", "Partijen stellen daarnaast een Klankbordgroep Route in, bestaande uit twee deelnemers en "
       "één ouder per School en twee studenten uit de mbo-fase, aangewezen door de medezeggenschapsraden "
       "respectievelijk de studentenraad. De Routeraad vraagt de Klankbordgroep ten minste tweemaal per jaar "
       "om advies over het jaarplan, het PTA/OER en de organisatie van de Route, en stuurt de adviezen mee "
       "met de voortgangsrapportage aan het bestuurlijk overleg."))
    a(("lid", "3.", "Voorstellen tot wijziging van deze overeenkomst worden voor advies voorgelegd aan de "
       "medezeggenschapsraden van de Scholen en aan de studentenraad van het ROC."))
    a(("h2", "Artikel 13 Privacy"))
    a(("p", "Partijen wisselen uitsluitend de persoonsgegevens van deelnemers uit die nodig zijn voor de "
       "uitvoering van de Route en leggen dit vast in een gegevensuitwisselingsprotocol."))
    a(("h2", "Artikel 14 Geschillen"))
    a(("lid", "1.", "Geschillen tussen Partijen over de uitvoering van deze overeenkomst worden eerst besproken "
       "in de Routeraad en, als dat binnen een maand niet tot een oplossing leidt, in een extra vergadering "
       "van het bestuurlijk overleg."))
    a(("lid", "2.", "Komt het bestuurlijk overleg binnen zes weken niet tot een oplossing, dan beproeven de "
       "betrokken Partijen mediation onder leiding van een door hen gezamenlijk te kiezen mediator."))
    a(("lid", "3.", "Slaagt de mediation niet, dan wordt het geschil beslecht door arbitrage overeenkomstig "
       "het Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één "
       "arbiter; de plaats van arbitrage is Amsterdam."))
    a(("lid", "4.", "Gedurende een geschil zetten Partijen de uitvoering van de Route voor de deelnemers "
       "onverminderd voort."))
    a(("h2", "Artikel 15 Toetreding"))
    a(("lid", "1.", "Een andere school voor vmbo in de regio Waterland-Zaanstreek die het profiel Zorg en welzijn "
       "aanbiedt, of een andere instelling voor beroepsonderwijs, kan tot deze overeenkomst toetreden."))
    a(("lid", "2.", "Toetreding is mogelijk indien de toetredende partij de bepalingen van deze overeenkomst "
       "aanvaardt, een lid voor de Routeraad aanwijst en alle Partijen schriftelijk instemmen. Toetreding "
       "wordt vastgelegd in een toetredingsverklaring die door alle Partijen wordt ondertekend, gaat in per "
       "1 augustus en wordt door de betrokken partijen bij DUO gemeld."))
    a(("lid", "3.", "Bij toetreding blijven de afspraken over locaties en programma voor de deelnemers die al "
       "in de Route zijn gestart ongewijzigd."))
    a(("h2", "Artikel 16 Duur, wijziging, opzegging en uittreding"))
    a(("lid", "1.", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor een periode van vijf "
       "jaar. Zij wordt daarna telkens stilzwijgend met vijf jaar verlengd."))
    a(("lid", "2.", "Wijziging van deze overeenkomst en van de bijlagen 1 en 3 geschiedt schriftelijk met "
       "instemming van alle Partijen, na advies als bedoeld in artikel 12, derde lid. Bijlage 2 wordt jaarlijks "
       "door het bestuurlijk overleg vastgesteld."))
    a(("lid", "3.", "Iedere Partij kan de overeenkomst voor zichzelf opzeggen met een opzegtermijn van ten "
       "minste twaalf maanden, tegen het einde van een schooljaar (31 juli). De opzegging geschiedt bij "
       "aangetekende brief aan de andere Partijen."))
    a(("lid", "4.", "Zegt één School op, dan wordt de overeenkomst tussen de overige Partijen voortgezet. Zegt "
       "het ROC op, dan eindigt de overeenkomst voor alle Partijen."))
    a(("lid", "5.", "Met ingang van de dag van opzegging worden bij de opzeggende Partij geen nieuwe deelnemers "
       "meer tot de Route toegelaten. De deelnemers die op dat moment in de Route zijn ingeschreven, "
       "ronden haar af onder de voorwaarden van deze overeenkomst; de verplichtingen van alle Partijen jegens "
       "deze deelnemers, waaronder die uit de artikelen 7 tot en met 11, blijven daartoe van kracht. Een "
       "Partij kan de overeenkomst voorts ontbinden indien een andere Partij na ingebrekestelling ernstig "
       "tekortschiet; ook dan geldt de vorige zin."))
    a(("h2", "Artikel 17 Bijlagen"))
    a(("p", "De volgende bijlagen maken deel uit van deze overeenkomst: Bijlage 1 Leerjarenschema; Bijlage 2 "
       "Financiële afspraken; Bijlage 3 Overstapprotocol."))
    a(("sp", 8))
    a(("p", "Aldus overeengekomen en in drievoud ondertekend."))
    a(("table", [["Stichting Openbaar Voortgezet Onderwijs Waterland", "Stichting Katholiek Onderwijs Gouwzee",
                  "Stichting ROC Noordkant"],
                 ["\n\n\ndrs. K. Schouten\nvoorzitter college van bestuur\nPurmerend, 30 juni 2025",
                  "\n\n\nM.L. Tjoe-Awie\nbestuurder\nMonnickendam, 30 juni 2025",
                  "\n\n\nmr. E.J. Blokker\nvoorzitter college van bestuur\nZaandam, 30 juni 2025"]],
       [5.4, 5.3, 5.3]))

    a(("pb",))
    a(("h", "Bijlage 1 Leerjarenschema"))
    a(("p", "Het schema geeft de hoofdlijnen; de uitwerking per periode staat in het PTA/OER."))
    a(("table", [["Leerjaar Route", "Inschrijving", "Programma", "Examinering", "Praktijk"],
                 ["1 (vmbo 3)", "School", "profielvak Zorg en welzijn; keuzevakken Mens en gezondheid en "
                  "Welzijn kind en jongere; generieke vakken", "schoolexamens vmbo volgens PTA",
                  "meeloopdagen bij praktijkpartners"],
                 ["2 (vmbo 4)", "School", "afronding vmbo; keuzevak Assisteren in de gezondheidszorg; één dag "
                  "per week Zorgleerhuis (teamonderwijs); keuzedeel Dementie en mantelzorgondersteuning",
                  "centraal examen vmbo; examen keuzedeel", "maatschappelijke stage 40 uur"],
                 ["3 (mbo 1)", "ROC", "kerntaken Verzorgende-IG; generiek Nederlands, rekenen, "
                  "loopbaan en burgerschap", "examens beroepsgericht deel 1",
                  "bpv 16 uur per week vanaf periode 2"],
                 ["4 (mbo 2)", "ROC", "verdieping, keuzedelen, eventueel BBL", "proeves van bekwaamheid; "
                  "centrale examens Nederlands en rekenen", "bpv of leerbaan"]],
       [2.2, 2.0, 5.2, 3.6, 3.4]))

    a(("h", "Bijlage 2 Financiële afspraken"))
    a(("p", "Vastgesteld in het bestuurlijk overleg van 12 juni 2025 voor het schooljaar 2025-2026."))
    a(("table", [["Overdracht", "Grondslag", "Bedrag", "Bestemming"],
                 ["Iedere School aan het ROC (art. 5.42a WVO 2020)",
                  "per deelnemer in leerjaar 2 van de Route op 1 oktober", "\u20ac 1.250",
                  "inzet docenten zorg van het ROC in de vo-fase (artikel 8, eerste lid) en gebruik van "
                  "skillslab en leermiddelen van het Zorgleerhuis"],
                 ["Het ROC aan iedere School (art. 9.1.15 WEB)",
                  "per deelnemer van die School in leerjaar 3 van de Route op 1 oktober", "\u20ac 300",
                  "inzet docent Nederlands van de School in het generieke programma van leerjaar 3 en "
                  "afname van resterende vmbo-examenonderdelen"]],
       [4.2, 4.3, 2.0, 5.9]))
    a(("p", "Rekenvoorbeeld: bij 24 deelnemers in leerjaar 2 bij Het Purmer College draagt deze School "
       "24 \u00d7 \u20ac 1.250 = \u20ac 30.000 over aan het ROC, in twee termijnen van \u20ac 15.000."))

    a(("h", "Bijlage 3 Overstapprotocol"))
    a(("p", "Stap 1 \u2013 Signalering. Mentor of studieloopbaanbegeleider signaleert dat de Route voor de "
       "deelnemer niet (meer) passend lijkt en meldt dit bij de routecoördinator."))
    a(("p", "Stap 2 \u2013 Verkenning. Binnen twee weken verkennen mentor, decaan en een docent van het ROC met "
       "de deelnemer de mogelijkheden; de ouders worden uitgenodigd."))
    a(("p", "Stap 3 \u2013 Overstapgesprek en besluit. De School en het ROC stellen in een gezamenlijk gesprek "
       "met deelnemer en ouders het overstapplan vast, met het beoogde diploma, de nieuwe opleiding of "
       "leerweg en de ingangsdatum."))
    a(("p", "Stap 4 \u2013 Overdracht. De ontvangende afdeling of instelling ontvangt het dossier (met toestemming) "
       "en voert binnen vier weken na de overstap een evaluatiegesprek."))
    a(("p", "Stap 5 \u2013 Registratie. De routecoördinator legt de overstap vast ten behoeve van de rapportage "
       "bedoeld in artikel 6."))
    build_pdf(path, B, font="Helvetica", size=10.5, title="Consortiumovereenkomst DLR Zorg Waterland",
              footer="Consortiumovereenkomst DLR Zorg Waterland", heading_color="#7a1f3d")


# ----------------------------------------------------------------------------------------
# h85 - interne regeling verticale scholengemeenschap, DOCX, Krimpenerwaard, Bouwen wonen en
#       interieur kb -> Allround timmerman niveau 3
# ----------------------------------------------------------------------------------------

@sample("h85", "h85_interne_regeling_vsg_krimpenerwaard", "docx",
        "Interne regeling van een verticale scholengemeenschap vmbo-mbo (besluit college van bestuur met "
        "artikelen en toelichting, Word-kopstijlen); DOCX; Krimpenerwaard, Bouwen wonen en interieur kb naar "
        "Allround timmerman niveau 3; overstapregeling legt binnen dezelfde instelling wel vooropleidingseisen "
        "op (vmbo-diploma vereist); geen overdracht van bekostiging.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "not_applicable", "i": "not_applicable",
         "j": "not_applicable"},
        {"a": "Artikel 2 \u2013 De leerroute",
         "b": "Artikel 3 \u2013 Inbreng van de bouwbedrijven",
         "c": "Artikel 4 \u2013 Routeleiding",
         "d": "Artikel 5 \u2013 Verantwoording aan het college van bestuur",
         "e": "Artikel 6 \u2013 Onderwijs, personeel en voorzieningen",
         "g": "Artikel 8 \u2013 Middelen"})
def build_h85(path):
    from docx.shared import Pt
    d = new_docx("Interne regeling doorlopende leerroute Bouw", "Onderwijsgroep Krimpenerwaard")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = ("Interne regeling DLR Bouw \u2013 Stichting Onderwijsgroep Krimpenerwaard "
                                     "\u2013 CvB-besluit 2025-041")
    dash = "\u2013"
    B = [
        ("title", "Interne regeling doorlopende leerroute Bouw"),
        ("subtitle", "Krimpenerwaard Vakcollege \u2013 verticale scholengemeenschap vmbo-mbo"),
        ("pi", "Besluit van het college van bestuur van Stichting Onderwijsgroep Krimpenerwaard van 30 juni "
               "2025, nr. CvB-2025-041"),
        ("p", "Het college van bestuur van Stichting Onderwijsgroep Krimpenerwaard, bevoegd gezag van het "
              "Krimpenerwaard Vakcollege te Schoonhoven, een verticale scholengemeenschap die een school voor "
              "voorbereidend beroepsonderwijs en een instelling voor beroepsonderwijs omvat;"),
        ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde "
              "lid, van de Wet educatie en beroepsonderwijs;"),
        ("p", "gehoord de directeuren van de vmbo-afdeling en de mbo-afdeling en na advies van de "
              "deelraad vmbo en de studentenraad;"),
        ("p", "besluit vast te stellen de volgende regeling."),
        ("h1", "Hoofdstuk I Algemeen"),
        ("h2", "Artikel 1 %s Begrippen en reikwijdte" % dash),
        ("lid", "In deze regeling wordt verstaan onder vmbo-afdeling: de afdeling voor voorbereidend "
                "beroepsonderwijs van het Krimpenerwaard Vakcollege; mbo-afdeling: de afdeling Bouw & Techniek "
                "van het Krimpenerwaard Vakcollege die beroepsopleidingen verzorgt; route: de doorlopende "
                "leerroute bedoeld in artikel 2."),
        ("lid", "De route wordt geheel binnen de verticale scholengemeenschap verzorgd. Deze regeling treedt "
                "daarom in de plaats van een samenwerkingsovereenkomst."),
        ("h2", "Artikel 2 %s De leerroute" % dash),
        ("p", "De route sluit aan op het profiel Bouwen, wonen en interieur van de kaderberoepsgerichte leerweg "
              "en leidt naar de vakopleiding Allround timmerman (niveau 3) in het opleidingsdomein Bouw en "
              "infra. De route start in leerjaar 3 van de vmbo-afdeling, duurt vier jaar en wordt afgesloten "
              "met het diploma vmbo kaderberoepsgerichte leerweg en het mbo-diploma Allround timmerman. In "
              "het laatste jaar kan de opleiding in de beroepsbegeleidende leerweg worden gevolgd."),
        ("h2", "Artikel 3 %s Inbreng van de bouwbedrijven" % dash),
        ("p", "Bouwbedrijf Verwoerd & Zn. (Lekkerkerk), Timmerfabriek De Waard (Schoonhoven), Aannemersbedrijf "
              "Kortland (Bergambacht) en het Opleidingsbedrijf Bouw Midden-Holland nemen deel aan de "
              "Adviesraad Bouwroute. Deze bedrijven:"),
        ("bul", "richten in leerjaar 2 van de route samen met de docenten een leerwerkplaats in op een van "
                "hun bouwplaatsen, waar de leerlingen zes weken lang één dag per week meewerken;"),
        ("bul", "verzorgen per leerjaar ten minste twee gastlessen en een bedrijfsexcursie;"),
        ("bul", "bieden in leerjaar 3 en 4 bpv-plaatsen en leerbanen bij erkende leerbedrijven;"),
        ("bul", "leveren een gecommitteerde voor de beoordeling van de proeve van bekwaamheid."),
        ("p", "De Adviesraad komt twee keer per schooljaar bijeen en adviseert de routeleiding over het "
              "programma, de keuzedelen en de aansluiting op de praktijk van de bouw in de regio."),
        ("h2", "Artikel 4 %s Routeleiding" % dash),
        ("lid", "De leiding over de route wordt gevormd door de routeteamleider samen met de directeur van de "
                "vmbo-afdeling en de directeur van de mbo-afdeling."),
        ("lid", "Het college van bestuur benoemt de routeteamleider, na een voordracht van beide "
                "afdelingsdirecteuren, voor een periode van vier jaar. De afdelingsdirecteuren maken uit "
                "hoofde van hun functie deel uit van de routeleiding; het college van bestuur wijst hen "
                "daartoe aan in het managementstatuut."),
        ("lid", "De routeteamleider stuurt het routeteam aan, stelt het rooster vast, verdeelt de lessen, "
                "bereidt het PTA/OER voor en beslist over toelating tot de route. De afdelingsdirecteuren stellen "
                "jaarlijks de formatie en het budget van de route vast. Besluiten buiten het budget of met "
                "gevolgen voor de huisvesting neemt het college van bestuur."),
        ("h2", "Artikel 5 %s Verantwoording aan het college van bestuur" % dash),
        ("p", "De routeleiding rapporteert twee keer per jaar, in januari en in juli, schriftelijk aan het "
              "college van bestuur als onderdeel van de managementrapportage van de afdelingen. De "
              "rapportage bevat de instroom, de doorstroom, de uitval, de examenresultaten en de besteding "
              "van het budget. De rapportage van juli wordt besproken in het periodiek overleg tussen het "
              "college van bestuur en de afdelingsdirecteuren."),
        ("h2", "Artikel 6 %s Onderwijs, personeel en voorzieningen" % dash),
        ("lid", "In leerjaar 1 en 2 van de route volgt de leerling de lessen in het vmbo-gebouw aan de "
                "Wilhelminastraat; de praktijklessen vinden vanaf leerjaar 2 plaats in de bouwhal van de "
                "mbo-afdeling aan de Lekdijk. Leerjaar 3 en 4 worden verzorgd in de bouwhal en bij de "
                "leerbedrijven."),
        ("lid", "Docenten van beide afdelingen vormen één routeteam. Voor de vakoverstijgende onderdelen van het "
                "profielvak wordt de teambevoegdheid toegepast; het PTA/OER vermeldt in welke onderdelen. Twee "
                "docenten bouwkunde van de mbo-afdeling geven in leerjaar 2 samen acht uur per week les in de "
                "route."),
        ("lid", "De route maakt gebruik van de bouwhal, de timmerwerkplaats met CNC-bovenfrees en de "
                "ICT-lokalen met tekensoftware van de mbo-afdeling en van de praktijklokalen van de "
                "vmbo-afdeling."),
        ("lid", "Het onderwijsprogramma, de examens en de bpv zijn per leerjaar uitgewerkt in het PTA/OER van "
                "de route. Het centraal examen vmbo wordt in leerjaar 2 van de route afgenomen."),
        ("h2", "Artikel 7 %s Overstap" % dash),
        ("lid", "Als een leerling of student de route verlaat, zoekt de routeleiding samen met de leerling en "
                "diens ouders naar een passend vervolg waarmee een diploma kan worden behaald. Daarbij wordt "
                "gekeken naar de behaalde resultaten en de leeftijd."),
        ("lid", "Een leerling die de route in leerjaar 1 of 2 verlaat, gaat verder in de reguliere "
                "kaderberoepsgerichte leerweg van de vmbo-afdeling, in hetzelfde of een ander profiel."),
        ("lid", "Toelating tot een andere opleiding van de mbo-afdeling, of tot voortzetting van de opleiding "
                "Allround timmerman in leerjaar 3 en 4, is alleen mogelijk als de leerling het diploma vmbo "
                "kaderberoepsgerichte leerweg heeft behaald. De toelatingseisen van de mbo-afdeling gelden "
                "onverkort. Wie het vmbo-diploma niet behaalt, doet het examenjaar vmbo opnieuw."),
        ("lid", "Een student die in leerjaar 3 of 4 wil overstappen naar een andere opleiding op niveau 3 van "
                "de mbo-afdeling, bijvoorbeeld Allround schilder of Eerste monteur installatietechniek, kan dat "
                "na een intakegesprek, mits de toelatingseisen van die opleiding zijn vervuld."),
        ("h2", "Artikel 8 %s Middelen" % dash),
        ("p", "De rijksbijdrage voortgezet onderwijs en de rijksbijdrage beroepsonderwijs worden binnen de "
              "begroting van de stichting aan de vmbo-afdeling respectievelijk de mbo-afdeling toegerekend. "
              "Een overdracht van bekostiging als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB "
              "vindt niet plaats; de inzet van mbo-docenten in de vo-fase wordt niet intern verrekend."),
        ("h1", "Hoofdstuk II Slotbepalingen"),
        ("h2", "Artikel 9 %s Evaluatie" % dash),
        ("p", "De routeleiding evalueert deze regeling elke twee jaar en doet zo nodig een voorstel tot wijziging "
              "aan het college van bestuur."),
        ("h2", "Artikel 10 %s Inwerkingtreding en citeertitel" % dash),
        ("p", "Deze regeling treedt in werking met ingang van 1 augustus 2025 en wordt aangehaald als: Interne "
              "regeling DLR Bouw Krimpenerwaard Vakcollege."),
        ("p", "Schoonhoven, 30 juni 2025"),
        ("p", "Het college van bestuur van Stichting Onderwijsgroep Krimpenerwaard,"),
        ("p", "ing. H.A. de Gier, voorzitter                    drs. S. Bakker-Oudshoorn, lid"),
        ("h1", "Toelichting"),
        ("h2", "Algemeen"),
        ("p", "Omdat de vmbo-afdeling en de mbo-afdeling onder één bevoegd gezag vallen, sluit het Krimpenerwaard "
              "Vakcollege geen samenwerkingsovereenkomst. De wet verlangt in dat geval een interne regeling "
              "over dezelfde onderwerpen, met uitzondering van geschilbeslechting, toetreding en beëindiging en "
              "medezeggenschap. Voor de medezeggenschap gelden de bestaande reglementen van de deelraad vmbo "
              "en de studentenraad."),
        ("h2", "Artikel 7"),
        ("p", "Het college van bestuur hecht eraan dat iedere student in de mbo-afdeling beschikt over een "
              "vmbo-diploma. Daarom is in het derde lid vastgelegd dat de gewone toelatingseisen ook binnen de "
              "route van toepassing blijven."),
    ]
    render_docx(d, B)
    save_docx(d, path)


# ----------------------------------------------------------------------------------------
# h86 - eenvoudige taal met opsommingen, Markdown, Vijfheerenlanden, Media vormgeving en ICT
#       gl -> Software developer niveau 4
# ----------------------------------------------------------------------------------------

H86 = """
# Samenwerkingsovereenkomst: de ICT-route van het Glaspoort College en ROC Lek en Linge

*Doorlopende leerroute vmbo-mbo \u2013 Vijfheerenlanden \u2013 geldig vanaf 1 augustus 2025*

> Wij hebben deze overeenkomst in gewone taal geschreven, zodat leerlingen, ouders en collega's hem ook
> kunnen lezen. Het blijft wel een echte overeenkomst: beide besturen hebben hem ondertekend en houden
> zich eraan. Waar "wij" staat, bedoelen we de school en het ROC samen.

## Wie sluiten deze overeenkomst?

- **Stichting Voortgezet Onderwijs Vijfheerenlanden** in Leerdam, het bestuur van het Glaspoort College
  (vmbo). Hierna: *de school*. Zij wordt vertegenwoordigd door mevrouw L. Verbeek, bestuurder.
- **Stichting ROC Lek en Linge** in Vianen, het bestuur van ROC Lek en Linge. Hierna: *het ROC*. Zij wordt
  vertegenwoordigd door de heer T. Nooitgedagt, voorzitter van het college van bestuur.

## Om welke route gaat het?

- Aan de vmbo-kant: het profiel **Media, vormgeving en ICT** in de **gemengde leerweg**.
- Aan de mbo-kant: de opleiding **Software developer, niveau 4** (middenkaderopleiding) in het domein ICT
  en creatieve industrie.
- De route begint in leerjaar 3 van het vmbo en duurt vijf jaar: twee jaar vmbo en drie jaar mbo.
- Aan het eind heb je twee diploma's: het vmbo-diploma gemengde leerweg en het mbo-diploma Software
  developer.
- We melden de route samen aan bij DUO.

## Wie doen er mee uit het bedrijfsleven?

De ICT-bedrijven van het netwerk **Digitaal Vijfheerenlanden** doen mee, in elk geval Lingesoft BV
(Leerdam), Datapunt Vianen, AppHaven (Gorinchem) en de IT-afdeling van Glasfabriek Leerdam BV. Zij:

- geven elk schooljaar een echte klantopdracht, waaraan leerlingen in teams werken;
- komen gastlessen geven, bijvoorbeeld over cybersecurity en over werken in een scrumteam;
- bieden stageplaatsen (bpv) in het mbo-deel van de route; het zijn erkende leerbedrijven;
- beoordelen samen met de docenten het examenproject aan het eind van de opleiding;
- praten twee keer per jaar met het routeteam over de vraag of het programma nog aansluit bij het werk.

## Wie leidt de route?

- Het **routeteam** leidt de route. Daarin zitten: de teamleider gemengde en theoretische leerweg van de
  school, de opleidingsmanager ICT van het ROC en de routecoördinator.
- Het bestuur van de school wijst de teamleider aan, het bestuur van het ROC de opleidingsmanager. De
  routecoördinator wordt door beide besturen samen benoemd, voor drie jaar.
- Het routeteam **mag zelf beslissen** over: het rooster, de verdeling van de lessen over de docenten
  (binnen de uren die de besturen hebben afgesproken), de toelating van leerlingen en het programma
  binnen het PTA/OER.
- Het routeteam **mag niet zelf beslissen** over: uitgaven boven het jaarbudget, het aannemen of
  ontslaan van personeel en het veranderen van deze overeenkomst. Dat doen de besturen.
- De routecoördinator regelt de dagelijkse dingen en is het aanspreekpunt voor leerlingen, ouders en
  bedrijven.

## Hoe houdt het routeteam de besturen op de hoogte?

- Elk jaar vóór 1 november stuurt het routeteam beide besturen een **jaarverslag**. Daarin staan: hoeveel
  leerlingen zijn begonnen, hoeveel er zijn gestopt of overgestapt, de examenuitslagen, wat leerlingen en
  bedrijven van de route vinden en waar het geld aan is uitgegeven.
- In maart stuurt het routeteam een korte **tussenstand**.
- Eén keer per jaar, in november, praten beide besturen samen met het routeteam over het jaarverslag. Het
  routeteam legt dan uit wat goed ging en wat beter moet.
- Gaat er iets mis dat de route in gevaar brengt, dan meldt het routeteam dat meteen aan beide besturen.

## Waar, door wie en met welke spullen?

- **Waar:** vmbo-leerjaar 3 en 4 op het Glaspoort College in Leerdam. In leerjaar 4 ga je één dag per
  week naar het ICT-lab van het ROC in Vianen. Het mbo-deel is helemaal op het ROC en bij de bedrijven.
- **Wie:** een docent programmeren van het ROC geeft in vmbo-leerjaar 4 zes uur per week les op de
  school. De docenten van de school en het ROC werken als één team en gebruiken daarbij de
  teambevoegdheid: in het PTA/OER staat bij welke onderdelen. Iedere docent blijft in dienst van zijn
  eigen school.
- **Spullen:** de school stelt haar medialokaal, de 3D-printers en de laptops beschikbaar. Het ROC stelt
  het ICT-lab met servers, de netwerkopstelling en de softwarelicenties beschikbaar.
- **Programma en examens:** wat je per leerjaar leert en welke examens je doet, staat in het gezamenlijke
  PTA/OER. Het centrale vmbo-examen doe je aan het eind van vmbo-leerjaar 4.
- **Klachten:** heb je een klacht over iemand van het ROC terwijl je nog op de school zit (of andersom),
  dan kun je die gewoon indienen bij je eigen school; die handelt hem af samen met de ander.

## Wat als de route niet bij je past?

Stoppen met de route betekent niet stoppen met leren. Wij zorgen er samen voor dat je toch een diploma
kunt halen dat past bij wat je al kunt en bij je leeftijd.

- **De school en het ROC beslissen samen** welke plek het beste past, nadat ze met jou en je ouders
  hebben gepraat. Je krijgt de afspraak op papier.
- Stop je **in het vmbo-deel**, dan ga je verder in de gewone gemengde leerweg van de school, in hetzelfde
  of een ander profiel, en haal je daar je vmbo-diploma.
- Haal je je vmbo-diploma **niet vóór het eind van het eerste mbo-jaar** (leerjaar 3 van de route), dan
  mag je toch doorgaan op het ROC, in de opleiding Software developer of in een andere opleiding op
  niveau 3 of 4. Je kunt er ook voor kiezen het vmbo-examenjaar over te doen.
- Past **ICT toch niet bij je**, dan kun je overstappen naar een andere opleiding van het ROC op hetzelfde
  niveau, bijvoorbeeld Mediavormgever of Medewerker marketing en communicatie.
- Bij een overstap binnen het ROC gelden **geen extra toelatingseisen**.
- Wil je naar een andere school of ander ROC, bijvoorbeeld omdat je verhuist, dan helpen we je met de
  aanmelding en geven we (met jouw toestemming) de informatie door die die school nodig heeft.

## Wie betaalt wat?

- De school betaalt het ROC **\u20ac 700 per leerling per jaar** voor iedere leerling in vmbo-leerjaar 4 van
  de route. Dit is een overdracht van bekostiging volgens artikel 5.42a van de Wet voortgezet onderwijs
  2020.
- Dat geld is **voor** de lessen van de ROC-docent op de school en voor het gebruik van het ICT-lab van het
  ROC.
- Het ROC stuurt de rekening in december, op basis van het aantal leerlingen op 1 oktober.
- Verder betalen de school en het ROC elkaar niets.

## Inspraak (medezeggenschap)

- Zit je in het vmbo-deel, dan is de medezeggenschapsraad van de school er voor jou en je ouders. Zit je in
  het mbo-deel, dan is dat de studentenraad van het ROC.
- **Extra afspraak:** de route krijgt een eigen **leerlingenpanel**. Elk leerjaar kiest twee
  vertegenwoordigers. Het panel praat twee keer per jaar met het routeteam en geeft advies over het
  rooster, de opdrachten en de stages. Het advies gaat ook naar de medezeggenschapsraad en de
  studentenraad.
- Willen we de route of deze overeenkomst veranderen, dan vragen we eerst advies aan de
  medezeggenschapsraad van de school **en** aan de studentenraad van het ROC.

## Als we het niet eens zijn

1. Eerst praat het routeteam erover.
2. Lukt dat niet binnen vier weken, dan gaan de twee besturen met elkaar om tafel.
3. Komen de besturen er binnen zes weken niet uit, dan vragen we samen een onafhankelijke
   bemiddelaar (mediator).
4. Helpt ook dat niet, dan mag ieder van ons de zaak voorleggen aan de rechter in Utrecht (rechtbank
   Midden-Nederland).

## Meedoen, veranderen en stoppen

- **Looptijd:** deze overeenkomst geldt vanaf 1 augustus 2025 voor vier jaar. Daarna wordt hij steeds
  met een jaar verlengd, behalve als iemand opzegt.
- **Meedoen:** een andere vmbo-school of mbo-instelling kan meedoen als zij het profiel of de opleiding
  kan aanbieden, zich aan deze afspraken houdt en beide besturen daar schriftelijk mee instemmen. Dat
  gaat in op 1 augustus en we melden het samen bij DUO.
- **Veranderen:** alleen op papier, met de handtekening van beide besturen. Midden in een schooljaar
  verandert er voor leerlingen die al in de route zitten niets.
- **Stoppen:** opzeggen kan met een brief, minstens een jaar van tevoren en alleen per 1 augustus. Na een
  opzegging komen er geen nieuwe leerlingen meer bij. Wie al in de route zit, maakt die af: de school en
  het ROC blijven daar samen voor zorgen, ook na het einde van de overeenkomst.

## Ondertekening

Leerdam, 30 juni 2025

| Stichting Voortgezet Onderwijs Vijfheerenlanden | Stichting ROC Lek en Linge |
|---|---|
| L. Verbeek, bestuurder | T. Nooitgedagt, voorzitter college van bestuur |
"""


@sample("h86", "h86_eenvoudige_taal_opsommingen_vijfheerenlanden", "md",
        "Overeenkomst in eenvoudige taal (wij/jij-vorm) met vraagkoppen en opsommingen; Markdown; "
        "Vijfheerenlanden, Media vormgeving en ICT gl naar Software developer niveau 4; overdracht met bedrag "
        "per leerling en bestemming; leerlingenpanel als extra medezeggenschap; volledig.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Om welke route gaat het?",
         "b": "Wie doen er mee uit het bedrijfsleven?",
         "c": "Wie leidt de route?",
         "d": "Hoe houdt het routeteam de besturen op de hoogte?",
         "e": "Waar, door wie en met welke spullen?",
         "f": "Wat als de route niet bij je past?",
         "g": "Wie betaalt wat?",
         "h": "Inspraak (medezeggenschap)",
         "i": "Als we het niet eens zijn",
         "j": "Meedoen, veranderen en stoppen"})
def build_h86(path):
    write_text(path, H86)


# ----------------------------------------------------------------------------------------
# h87 - geintegreerde route met afsprakentabel, DOCX, Peelland, Dienstverlening en producten bb
#       -> Medewerker facilitaire dienstverlening niveau 2
# ----------------------------------------------------------------------------------------

@sample("h87", "h87_geintegreerde_route_afsprakentabel_peelland", "docx",
        "Samenwerkingsovereenkomst geintegreerde route met korte artikelen en een afsprakentabel "
        "(onderwerp/afspraak); DOCX; Peelland, Dienstverlening en producten bb naar Medewerker facilitaire "
        "dienstverlening niveau 2; uitstroom automatisch naar Entree; overdracht met bedrag maar zonder "
        "bestemming; medezeggenschapsrij alleen stippellijn uit het format.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "weak", "h": "weak", "i": "present", "j": "present"},
        {"a": "Route en kwalificatie",
         "b": "Werkveld",
         "c": "Kernteam (leiding)",
         "d": "Informatie en verantwoording",
         "e": "Uitvoering: locaties, docenten en faciliteiten",
         "i": "Geschillen",
         "j": "Nieuwe partners, looptijd, wijziging en opzegging"})
def build_h87(path):
    from docx.shared import Pt, Cm
    d = new_docx("SOK geintegreerde route Facilitair Peelland", "ROC De Peelpoort - afdeling Onderwijs")
    d.styles["Normal"].font.name = "Verdana"
    d.styles["Normal"].font.size = Pt(9)
    for sec in d.sections:
        sec.left_margin = Cm(2.0)
        sec.right_margin = Cm(2.0)
    B = [
        ("title", "Samenwerkingsovereenkomst geïntegreerde route vmbo-basisberoepsopleiding Facilitair"),
        ("subtitle", "Peellandcollege Deurne \u2013 ROC De Peelpoort Helmond"),
        ("p", "De ondergetekenden:"),
        ("bul", "Stichting Peelland Onderwijs, gevestigd te Deurne, bevoegd gezag van het Peellandcollege, school "
                "voor voorbereidend beroepsonderwijs, te dezen vertegenwoordigd door de heer drs. G.P.M. "
                "Verhoeven, voorzitter van het college van bestuur (hierna: de school);"),
        ("bul", "Stichting ROC De Peelpoort, gevestigd te Helmond, bevoegd gezag van ROC De Peelpoort, te dezen "
                "vertegenwoordigd door mevrouw ir. A.C. van den Heuvel-Swinkels, lid van het college van bestuur "
                "(hierna: het ROC);"),
        ("p", "komen het volgende overeen."),
        ("h2", "Artikel 1 Onderwerp"),
        ("p", "De school en het ROC verzorgen samen een geïntegreerde route vmbo-basisberoepsopleiding als "
              "bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB. Leerlingen voor wie dat passend is, "
              "kunnen in overleg met henzelf en hun ouders vanaf leerjaar 3 van het vmbo aan de route "
              "deelnemen. De school neemt bij deze leerlingen geen eindexamen basisberoepsgerichte leerweg af; "
              "de route leidt rechtstreeks naar een mbo-diploma op niveau 2."),
        ("h2", "Artikel 2 Afsprakenkader"),
        ("p", "Partijen maken de volgende afspraken. De tabel maakt integraal deel uit van deze overeenkomst."),
        ("table", [
            ["Onderwerp", "Afspraak"],
            ["Route en kwalificatie",
             "De route sluit aan op het profiel Dienstverlening en producten (basisberoepsgerichte leerweg) en "
             "leidt naar de opleiding Medewerker facilitaire dienstverlening, niveau 2 (kwalificatiedossier "
             "Facilitaire dienstverlening), BOL. De route duurt drie leerjaren: leerjaar 1 en 2 met "
             "inschrijving bij de school, leerjaar 3 met inschrijving bij het ROC."],
            ["Werkveld",
             "Het Facilitair Bedrijf van het Peelziekenhuis, Hotel-Restaurant De Peelhorst in Deurne, "
             "CleanTeam Helmond BV en de afdeling facilitaire zaken van de gemeente Deurne bieden "
             "leerwerkplekken in leerjaar 2 en bpv-plaatsen in leerjaar 3. Hun praktijkopleiders beoordelen "
             "de praktijkexamens mee. Eenmaal per jaar, in maart, organiseert het kernteam een "
             "werkveldbijeenkomst waarin deze organisaties adviseren over het programma."],
            ["Kernteam (leiding)",
             "De route wordt geleid door een kernteam, bestaande uit de afdelingsleider basis van de school, "
             "de teamleider Facilitair van het ROC en een trajectbegeleider.\n"
             "De afdelingsleider en de teamleider worden door hun eigen bevoegd gezag aangewezen; de "
             "trajectbegeleider wordt aangesteld door het college van bestuur van het ROC na overleg met de "
             "school.\n"
             "Het kernteam stelt het rooster en het PTA/OER op, beslist over de plaatsing van leerlingen in "
             "de route, organiseert de begeleiding en onderhoudt de contacten met het werkveld. Het kernteam "
             "beslist zelfstandig binnen de jaarbegroting van de route; daarbuiten beslissen de besturen."],
            ["Informatie en verantwoording",
             "Het kernteam brengt in februari en in augustus een schriftelijke semesterrapportage uit aan "
             "beide colleges van bestuur (aantallen, voortgang, uitval, examenresultaten, begroting). De "
             "augustusrapportage wordt in september besproken in het bestuurlijk overleg, waarin het "
             "kernteam verantwoording aflegt."],
            ["Uitvoering: locaties, docenten en faciliteiten",
             "Leerjaar 1: Peellandcollege Deurne, met vier uur per week les door een docent facilitair van "
             "het ROC. Leerjaar 2: drie dagen school, twee dagen in het facilitair leerbedrijf van het ROC "
             "in Helmond. Leerjaar 3: ROC en bpv.\n"
             "Docenten van school en ROC werken als één team; voor de vakoverstijgende onderdelen wordt "
             "teambevoegdheid toegepast, zoals aangegeven in het PTA/OER.\n"
             "Het ROC stelt het facilitair leerbedrijf (schoonmaaklab, linnenkamer, receptie- en "
             "cateringbalie) beschikbaar; de school haar praktijklokaal D&P en de schoolkantine als "
             "leerwerkplek.\n"
             "Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER."],
            ["Uitstroom uit de route",
             "Leerlingen die de geïntegreerde route voortijdig verlaten, worden ingeschreven bij de "
             "Entreeopleiding (niveau 1) van het ROC. Het ROC verzorgt de inschrijving en de overdracht "
             "van het leerlingdossier."],
            ["Financiën",
             "De school draagt voor iedere leerling die op 1 oktober in leerjaar 2 van de route staat "
             "ingeschreven \u20ac 1.100 over aan het ROC (artikel 5.42a WVO 2020). Betaling vindt plaats "
             "vóór 1 maart."],
            ["Aanvullende afspraken medezeggenschap (optioneel)",
             "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
             "\u2026\u2026\u2026\u2026"],
            ["Geschillen",
             "Geschillen over de uitvoering van deze overeenkomst worden eerst in het kernteam en daarna "
             "in het bestuurlijk overleg besproken. Blijft het geschil langer dan zes weken bestaan, dan "
             "wordt het voorgelegd aan een geschillencommissie van drie leden: ieder bestuur wijst één lid "
             "aan en deze twee kiezen samen een onafhankelijke voorzitter. De commissie brengt binnen twee "
             "maanden een bindend advies uit."],
            ["Nieuwe partners, looptijd, wijziging en opzegging",
             "Een andere vbo-school of mbo-instelling kan toetreden als beide partijen schriftelijk "
             "instemmen en de nieuwe partner deze overeenkomst ondertekent; toetreding gaat in per 1 "
             "augustus en wordt gemeld bij DUO.\n"
             "De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Wijzigingen worden "
             "schriftelijk vastgelegd en door beide besturen ondertekend.\n"
             "Opzegging is mogelijk met een termijn van twaalf maanden, tegen 1 augustus. Na opzegging "
             "stroomt niemand meer in; leerlingen die al in de route zitten, ronden haar af bij school en "
             "ROC. Wijzigingen gelden niet ten nadele van leerlingen die al in de route zitten."],
        ], [4.2, 12.8]),
        ("h2", "Artikel 3 Slot"),
        ("p", "Op deze overeenkomst is Nederlands recht van toepassing. Partijen melden de route gezamenlijk bij "
              "DUO."),
        ("p", "Deurne/Helmond, 30 juni 2025"),
        ("table", [["Stichting Peelland Onderwijs", "Stichting ROC De Peelpoort"],
                   ["drs. G.P.M. Verhoeven\nvoorzitter college van bestuur",
                    "ir. A.C. van den Heuvel-Swinkels\nlid college van bestuur"]], [8.5, 8.5]),
    ]
    render_docx(d, B)
    save_docx(d, path)


# ----------------------------------------------------------------------------------------
# h88 - twee kolommen met paragraaftekens, PDF, Westelijke Mijnstreek, Produceren installeren en
#       energie kb -> Operator B niveau 3
# ----------------------------------------------------------------------------------------

def build_pdf_2col(path, head, blocks, size=9.5, footer=""):
    """Two-column PDF: 'head' blocks full width on page 1, 'blocks' flow through two columns."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                    FrameBreak, NextPageTemplate)
    W_, H_ = A4
    m = 1.8 * cm
    gap = 0.7 * cm
    colw = (W_ - 2 * m - gap) / 2
    headh = 7.6 * cm
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=size, leading=size * 1.32,
                          alignment=TA_LEFT, spaceAfter=size * 0.45, bulletFontName="Helvetica")
    st = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19,
                                alignment=TA_LEFT, textColor=colors.HexColor("#0b5d4b")),
        "subtitle": ParagraphStyle("s", fontName="Helvetica", fontSize=11, leading=14, spaceBefore=4,
                                   spaceAfter=8, textColor=colors.HexColor("#0b5d4b")),
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=size + 0.5, leading=(size + 0.5) * 1.3,
                            spaceBefore=size * 0.8, spaceAfter=size * 0.3, keepWithNext=1,
                            textColor=colors.HexColor("#0b5d4b")),
        "p": body,
        "small": ParagraphStyle("sm", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3),
        "lid": ParagraphStyle("l", parent=body, leftIndent=size * 1.9, bulletIndent=0),
    }

    def conv(bl):
        out = []
        for b in bl:
            if b[0] == "sp":
                out.append(Spacer(1, b[1]))
            elif b[0] == "lid":
                out.append(Paragraph(escape(b[2]), st["lid"], bulletText=b[1]))
            else:
                out.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), st[b[0]]))
        return out

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#0b5d4b"))
        canvas.line(m, 1.5 * cm, W_ - m, 1.5 * cm)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(m, 1.1 * cm, footer)
        canvas.drawRightString(W_ - m, 1.1 * cm, "%d" % doc.page)
        canvas.restoreState()

    first = PageTemplate(id="first", onPage=on_page, frames=[
        Frame(m, H_ - m - headh, W_ - 2 * m, headh, id="head", showBoundary=0),
        Frame(m, 1.9 * cm, colw, H_ - m - headh - 1.9 * cm, id="c1"),
        Frame(m + colw + gap, 1.9 * cm, colw, H_ - m - headh - 1.9 * cm, id="c2")])
    later = PageTemplate(id="later", onPage=on_page, frames=[
        Frame(m, 1.9 * cm, colw, H_ - m - 1.9 * cm, id="l1"),
        Frame(m + colw + gap, 1.9 * cm, colw, H_ - m - 1.9 * cm, id="l2")])
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, pageTemplates=[first, later], title="", author="",
                          subject="", creator="", producer="", invariant=1)
    story = conv(head) + [NextPageTemplate("later"), FrameBreak()] + conv(blocks)
    doc.build(story)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


@sample("h88", "h88_twee_kolommen_paragrafen_westelijke_mijnstreek", "pdf",
        "Zakelijke overeenkomst in twee kolommen met paragraaftekens, considerans en begripsbepalingen; PDF; "
        "Westelijke Mijnstreek, Produceren installeren en energie kb naar Operator B niveau 3; bedrijfsleven "
        "alleen in considerans/begrippen en als herhaling van de wettekst; toetreding, opzegging en wijziging "
        "zonder bescherming van leerlingen; gezamenlijke medezeggenschapscommissie.",
        {"a": "present", "b": "weak", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "weak"},
        {"a": "§ 2 De leerroute",
         "c": "§ 4 Routeleiding",
         "d": "§ 5 Informatie aan de besturen",
         "e": "§ 6 Organisatie van het onderwijs",
         "f": "§ 7 Uitstroom en overstap",
         "g": "§ 8 Financiën",
         "h": "§ 9 Medezeggenschap",
         "i": "§ 10 Geschillen"})
def build_h88(path):
    head = [
        ("title", "Samenwerkingsovereenkomst Procesoperatorroute"),
        ("subtitle", "Doorlopende leerroute vmbo-mbo Westelijke Mijnstreek \u2013 Het Urmonder Vakcollege en "
                     "ROC Maasgouw"),
        ("small", "Partijen: (1) Stichting Voortgezet Onderwijs Westelijke Mijnstreek, gevestigd te Sittard, "
                  "bevoegd gezag van Het Urmonder Vakcollege te Geleen, school voor vmbo, vertegenwoordigd door "
                  "de heer J.M.H. Dassen, voorzitter college van bestuur, hierna: de school; en (2) Stichting ROC "
                  "Maasgouw, gevestigd te Sittard, bevoegd gezag van ROC Maasgouw, vertegenwoordigd door "
                  "mevrouw dr. E.A.G. Pluijmen, voorzitter college van bestuur, hierna: het ROC."),
        ("small", "Overwegende dat de procesindustrie op het Industriepark Middenmaas een groeiende behoefte "
                  "heeft aan operators en nauw betrokken wil zijn bij het beroepsonderwijs in de regio; dat "
                  "partijen jongeren een ononderbroken leerweg naar het beroep van operator willen bieden; en "
                  "dat partijen daartoe een doorlopende leerroute vmbo-mbo willen verzorgen als bedoeld in "
                  "artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;"),
        ("small", "komen partijen het volgende overeen."),
    ]
    B = [
        ("h", "§ 1 Begripsbepalingen"),
        ("p", "In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute bedoeld in § 2; vo-fase: "
              "de eerste twee leerjaren van de route; mbo-fase: het derde en vierde leerjaar van de route; "
              "bedrijfsleven: de ondernemingen in de procesindustrie die zijn gevestigd op of rond het "
              "Industriepark Middenmaas; routeleiding: de leiding bedoeld in § 4; PTA/OER: het gezamenlijke "
              "programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route."),
        ("h", "§ 2 De leerroute"),
        ("lid", "2.1", "De route gaat uit van het profiel Produceren, installeren en energie in de "
                       "kaderberoepsgerichte leerweg van de school en leidt tot de vakopleiding Operator B "
                       "(niveau 3, kwalificatiedossier Procestechniek) in het domein Techniek en procesindustrie "
                       "van het ROC."),
        ("lid", "2.2", "De route begint in het derde leerjaar van de school en omvat vier leerjaren. Deelnemers "
                       "behalen het diploma vmbo kaderberoepsgerichte leerweg en het mbo-diploma Operator B."),
        ("lid", "2.3", "Partijen melden de route gezamenlijk bij DUO via RIO."),
        ("h", "§ 3 Bedrijfsleven"),
        ("p", "Het bedrijfsleven wordt betrokken bij de invulling van de route. Partijen streven naar een "
              "goede verbinding tussen de route en de beroepspraktijk in de regio."),
        ("h", "§ 4 Routeleiding"),
        ("lid", "4.1", "De routeleiding bestaat uit de teamleider techniek van de school, de teamleider "
                       "Procestechniek van het ROC en een routemanager."),
        ("lid", "4.2", "De teamleiders worden door het college van bestuur van hun eigen instelling als lid van "
                       "de routeleiding aangewezen. De routemanager wordt door beide colleges van bestuur "
                       "gezamenlijk benoemd voor een termijn van drie jaar en is in dienst van het ROC."),
        ("lid", "4.3", "De routeleiding is verantwoordelijk voor de planning en roostering, de inzet van de "
                       "docenten van beide partijen binnen de toegekende formatie, de toelating van leerlingen, "
                       "het opstellen van het PTA/OER en de kwaliteitszorg. Zij neemt daarover zelfstandig "
                       "besluiten binnen de jaarbegroting. Besluiten met gevolgen voor personeel of begroting van "
                       "een partij zijn voorbehouden aan het college van bestuur van die partij."),
        ("h", "§ 5 Informatie aan de besturen"),
        ("lid", "5.1", "De routeleiding stelt elk jaar vóór 1 december een jaarrapportage op voor beide colleges "
                       "van bestuur met de aantallen deelnemers, de doorstroom en uitval, de examenresultaten en "
                       "de inzet van personeel en voorzieningen."),
        ("lid", "5.2", "Halverwege het schooljaar, vóór 1 maart, verstrekt de routeleiding beide colleges van "
                       "bestuur een beknopt voortgangsverslag."),
        ("lid", "5.3", "De jaarrapportage wordt besproken in het bestuurlijk overleg van de colleges van "
                       "bestuur, waarin de routeleiding verantwoording aflegt over het afgelopen schooljaar."),
        ("h", "§ 6 Organisatie van het onderwijs"),
        ("lid", "6.1", "De vo-fase wordt verzorgd in het gebouw van de school in Geleen; de deelnemers volgen "
                       "vanaf het tweede leerjaar van de route een dagdeel per week in het Procestechnisch "
                       "Leercentrum van het ROC in Sittard. De mbo-fase vindt plaats in het Procestechnisch "
                       "Leercentrum."),
        ("lid", "6.2", "Het ROC zet in de vo-fase twee instructeurs procestechniek in, samen 0,5 fte. De docenten "
                       "van beide partijen vormen één team; voor de vakoverstijgende onderdelen van het profielvak "
                       "wordt de teambevoegdheid benut. Het PTA/OER vermeldt in welke onderdelen."),
        ("lid", "6.3", "Het ROC stelt de oefenfabriek met destillatie- en pompopstellingen, het "
                       "procesbesturingslab en het laboratorium beschikbaar; de school haar techniekhal en de "
                       "practicumlokalen natuurkunde en scheikunde."),
        ("lid", "6.4", "Het onderwijsprogramma en de examinering per leerjaar worden vastgelegd in het PTA/OER. "
                       "Het centraal examen vmbo vindt plaats in het tweede leerjaar van de route."),
        ("h", "§ 7 Uitstroom en overstap"),
        ("lid", "7.1", "Verlaat een deelnemer de route voordat hij of zij die heeft voltooid, dan bepalen de "
                       "school en het ROC samen, na overleg met de deelnemer en de ouders, welk alternatief "
                       "passend is gelet op het bereikte niveau en de leeftijd. Het alternatief leidt tot een "
                       "vmbo- of mbo-diploma."),
        ("lid", "7.2", "In de vo-fase is dat in de regel voortzetting in de reguliere kaderberoepsgerichte "
                       "leerweg van de school, eventueel in een ander profiel. In de mbo-fase is dat een andere "
                       "opleiding op niveau 3 van het ROC, bijvoorbeeld Eerste monteur mechatronica of "
                       "Laborant, waarvoor geen vooropleidingseisen gelden."),
        ("lid", "7.3", "Is het vmbo-diploma aan het einde van het derde leerjaar van de route niet behaald, dan "
                       "kan de deelnemer de mbo-opleiding zonder dat diploma voortzetten of het examenjaar vmbo "
                       "herhalen."),
        ("lid", "7.4", "Bij een overstap naar een andere instelling verzorgen partijen een warme overdracht."),
        ("h", "§ 8 Financiën"),
        ("p", "Partijen dragen geen bekostiging aan elkaar over. Het gebruik van het Procestechnisch "
              "Leercentrum door leerlingen in de vo-fase en de inzet van de instructeurs van het ROC in de "
              "vo-fase komen voor rekening van het ROC; de school draagt de kosten van haar eigen inzet."),
        ("h", "§ 9 Medezeggenschap"),
        ("lid", "9.1", "Voor de route wordt een gezamenlijke routecommissie ingesteld, bestaande uit twee leden "
                       "van de medezeggenschapsraad van de school, aangewezen door die raad, en twee leden van de "
                       "studentenraad van het ROC, aangewezen door die raad."),
        ("lid", "9.2", "De routeleiding legt het concept-PTA/OER en voorgenomen wijzigingen in de organisatie van "
                       "de route vooraf voor advies voor aan de routecommissie. De bevoegdheden van de "
                       "medezeggenschapsraad, de studentenraad en de ondernemingsraad blijven onverlet."),
        ("h", "§ 10 Geschillen"),
        ("lid", "10.1", "Geschillen over de uitvoering van deze overeenkomst worden eerst besproken in de "
                        "routeleiding en, als dat niet binnen een maand tot overeenstemming leidt, in het "
                        "bestuurlijk overleg."),
        ("lid", "10.2", "Is het geschil binnen twee maanden na bespreking in het bestuurlijk overleg niet "
                        "opgelost, dan kan iedere partij het voorleggen aan de bevoegde rechter van de rechtbank "
                        "Limburg, zittingsplaats Maastricht."),
        ("h", "§ 11 Toetreding, wijziging en opzegging"),
        ("lid", "11.1", "Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze "
                        "overeenkomst toetreden met schriftelijke toestemming van beide partijen. De "
                        "toetreding wordt vastgelegd in een door alle partijen ondertekend addendum."),
        ("lid", "11.2", "Deze overeenkomst kan uitsluitend schriftelijk worden gewijzigd, met instemming van "
                        "beide colleges van bestuur."),
        ("lid", "11.3", "Iedere partij kan deze overeenkomst schriftelijk opzeggen met inachtneming van een "
                        "opzegtermijn van zes maanden."),
        ("h", "§ 12 Inwerkingtreding"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("sp", 10),
        ("p", "Aldus opgemaakt en ondertekend te Sittard op 30 juni 2025."),
        ("sp", 18),
        ("p", "J.M.H. Dassen\nvoorzitter college van bestuur\nStichting Voortgezet Onderwijs Westelijke Mijnstreek"),
        ("sp", 18),
        ("p", "dr. E.A.G. Pluijmen\nvoorzitter college van bestuur\nStichting ROC Maasgouw"),
    ]
    build_pdf_2col(path, head, B, size=9.5,
                   footer="Samenwerkingsovereenkomst Procesoperatorroute \u2013 Westelijke Mijnstreek")


# ========================================================================================
# main
# ========================================================================================

def out_paths(s):
    base = os.path.join(HERE, s["name"])
    return base + "." + s["ext"], base + ".expected.json"


def build(keys):
    for k in keys:
        s = SAMPLES[k]
        doc, js = out_paths(s)
        s["build"](doc)
        with open(js, "w", encoding="utf8", newline="\n") as f:
            f.write(json.dumps(expected_json(s), ensure_ascii=False, indent=2) + "\n")
        print("built", os.path.basename(doc))


def check(keys):
    ok = True
    for k in keys:
        s = SAMPLES[k]
        doc, js = out_paths(s)
        errs = []
        if not os.path.exists(doc):
            errs.append("document missing")
        else:
            size = os.path.getsize(doc)
            if size >= 200 * 1024:
                errs.append("too large: %d bytes" % size)
            try:
                text = norm(extract_text(doc))
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            if len(text) < 500:
                errs.append("extracted text suspiciously short (%d chars)" % len(text))
            for item, ev in s["evidence"].items():
                if s["statuses"][item] != "present":
                    errs.append("evidence for non-present item %s" % item)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (item, ev))
        if not os.path.exists(js):
            errs.append("expected.json missing")
        else:
            with open(js, encoding="utf8") as f:
                got = json.load(f)
            if got != expected_json(s):
                errs.append("expected.json differs from table")
        if not s["name"].startswith(k + "_"):
            errs.append("name does not start with key")
        print(("OK   " if not errs else "FAIL ") + s["name"] + "." + s["ext"]
              + ("" if not errs else ": " + "; ".join(errs)))
        ok = ok and not errs
    return ok


def main(argv):
    check_mode = "--check" in argv
    keys = [a for a in argv if not a.startswith("--")]
    for k in keys:
        if k not in SAMPLES:
            sys.exit("unknown sample %s" % k)
    keys = keys or sorted(SAMPLES)
    if check_mode:
        sys.exit(0 if check(keys) else 1)
    build(keys)


if __name__ == "__main__":
    main(sys.argv[1:])
