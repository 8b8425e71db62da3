#!/usr/bin/env python3
"""Build training samples 197-204 (batch train13b) for leerroute-check.

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst and bouwsteen overstapoptie, in /work/shared/seeds),
/work/shared/domain.md and sample_agreements/LABELS.md only, without looking at any checker code,
tests, models or the texts of other samples. The voice of this batch: regional consortia, a
kwartiermaker and samenwerkingsverbanden writing in policy Dutch (nominal style, English loanwords,
tables). Four agreements are fully compliant, four carry one to three mostly subtle defects.

Usage:
    python3 build_samples_train13b.py            # build all eight samples
    python3 build_samples_train13b.py 197 201    # build only those numbers
    python3 build_samples_train13b.py --check    # open every produced file and verify it

All schools, instellingen, companies and people are made up.
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

SAMPLES = {}


def st(codes):
    """'p w m na ...' (a..j) -> statuses dict."""
    full = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = codes.split()
    assert len(parts) == 10, codes
    return {k: full[v] for k, v in zip("abcdefghij", parts)}


def add(num, slug, fmt, description, statuses, evidence, builder, meta=None):
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    SAMPLES[num] = dict(name="%d_%s" % (num, slug), fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, builder=builder, meta=meta or {})


# ---------------------------------------------------------------------------------------------
# PDF helpers (reportlab platypus)
# ---------------------------------------------------------------------------------------------

def build_pdf(path, blocks, meta):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    ss = getSampleStyleSheet()
    base = ParagraphStyle("base", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=13.5, spaceAfter=5)
    small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, spaceAfter=2)
    title = ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=15,
                           leading=19, alignment=TA_CENTER, spaceAfter=6)
    sub = ParagraphStyle("sub", parent=base, fontSize=10.5, leading=14, alignment=TA_CENTER,
                         spaceAfter=10)
    h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                        spaceBefore=9, spaceAfter=4, keepWithNext=1)
    h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10, leading=13,
                        spaceBefore=5, spaceAfter=3, keepWithNext=1)
    item = ParagraphStyle("item", parent=base, leftIndent=18, firstLineIndent=-14, spaceAfter=3)
    sub_item = ParagraphStyle("subitem", parent=base, leftIndent=34, firstLineIndent=-14,
                              spaceAfter=2)
    cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")

    header = meta.get("header")
    footer = meta.get("footer")

    def on_page(canv, doc):
        canv.saveState()
        w, h = A4
        if header:
            canv.setFont("Helvetica", 8)
            canv.drawString(2.2 * cm, h - 1.3 * cm, header[0])
            canv.drawRightString(w - 2.2 * cm, h - 1.3 * cm, header[1])
            canv.setLineWidth(0.4)
            canv.line(2.2 * cm, h - 1.45 * cm, w - 2.2 * cm, h - 1.45 * cm)
        canv.setFont("Helvetica", 8)
        if footer:
            canv.line(2.2 * cm, 1.55 * cm, w - 2.2 * cm, 1.55 * cm)
            canv.drawString(2.2 * cm, 1.15 * cm, footer)
            canv.drawRightString(w - 2.2 * cm, 1.15 * cm, "pagina %d" % doc.page)
        elif meta.get("pagenum", True):
            canv.drawCentredString(w / 2, 1.15 * cm, "%d" % doc.page)
        canv.restoreState()

    story = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(escape(b[1]), title))
        elif kind == "sub":
            story.append(Paragraph(escape(b[1]), sub))
        elif kind == "h":
            story.append(Paragraph(escape(b[1]), h1))
        elif kind == "h2":
            story.append(Paragraph(escape(b[1]), h2))
        elif kind == "p":
            story.append(Paragraph(escape(b[1]), base))
        elif kind == "small":
            story.append(Paragraph(escape(b[1]), small))
        elif kind == "item":
            story.append(Paragraph(escape(b[1]), item))
        elif kind == "subitem":
            story.append(Paragraph(escape(b[1]), sub_item))
        elif kind == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            data = []
            for r_i, row in enumerate(rows):
                st_ = cellb if r_i == 0 else cell
                data.append([Paragraph(escape(c), st_) for c in row])
            avail = A4[0] - 4.4 * cm
            if widths:
                cw = [avail * x for x in widths]
            else:
                cw = [avail / len(rows[0])] * len(rows[0])
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6EE")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            data = [[Paragraph(escape(l), cell), Paragraph(escape(r), cell)] for l, r in b[1]]
            avail = A4[0] - 4.4 * cm
            t = Table(data, colWidths=[avail / 2, avail / 2])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6)]))
            story.append(KeepTogether([t]))
        elif kind == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 8))
        elif kind == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(kind)

    top = 2.2 * cm if header else 2.0 * cm
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=top, bottomMargin=2.2 * cm, invariant=1,
                            title=meta.get("title", ""), author=meta.get("author", ""),
                            subject=meta.get("subject", ""), creator="build_samples_train13b")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------------------------
# DOCX helpers (python-docx + raw XML for text boxes and tracked changes)
# ---------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"


def _xml_run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def _textbox_run(box_id, title_text, paras, fill="#F2F5F8"):
    from lxml import etree
    inner = '<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>%s</w:p>' % _xml_run(title_text, True)
    for p in paras:
        inner += '<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>%s</w:p>' % _xml_run(p)
    xml = (
        '<w:r xmlns:w="%s" xmlns:v="%s" xmlns:o="%s"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="%s" type="#_x0000_t202" style="width:452pt;height:60pt;'
        'mso-wrap-style:square" fillcolor="%s" strokecolor="#6B7F95" strokeweight="1pt">'
        '<v:textbox style="mso-fit-shape-to-text:t" inset="6pt,5pt,6pt,5pt">'
        '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    ) % (W_NS, V_NS, O_NS, box_id, fill, inner)
    return etree.fromstring(xml)


def _tracked_runs(segments, author, date):
    """segments: list of (kind, text); kind in t / ins / del."""
    from lxml import etree
    out = []
    rid = [100]
    for kind, text in segments:
        rid[0] += 1
        if kind == "t":
            xml = '<w:r xmlns:w="%s"><w:t xml:space="preserve">%s</w:t></w:r>' % (W_NS,
                                                                                 escape(text))
        elif kind == "ins":
            xml = ('<w:ins xmlns:w="%s" w:id="%d" w:author="%s" w:date="%s"><w:r>'
                   '<w:t xml:space="preserve">%s</w:t></w:r></w:ins>') % (
                W_NS, rid[0], escape(author), date, escape(text))
        elif kind == "del":
            xml = ('<w:del xmlns:w="%s" w:id="%d" w:author="%s" w:date="%s"><w:r>'
                   '<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>') % (
                W_NS, rid[0], escape(author), date, escape(text))
        else:
            raise ValueError(kind)
        out.append(etree.fromstring(xml))
    return out


def _set_cell_shading(cell, hexcolor):
    from docx.oxml import parse_xml
    cell._tc.get_or_add_tcPr().append(parse_xml(
        '<w:shd xmlns:w="%s" w:val="clear" w:color="auto" w:fill="%s"/>' % (W_NS, hexcolor)))


def _set_col_widths(table, widths_cm):
    from docx.shared import Cm
    table.autofit = False
    grid = table._tbl.tblGrid
    for j, gc in enumerate(grid.findall("{%s}gridCol" % W_NS)):
        gc.set("{%s}w" % W_NS, str(int(widths_cm[j] * 567)))
    for row in table.rows:
        for j, wcm in enumerate(widths_cm):
            row.cells[j].width = Cm(wcm)


def build_docx(path, blocks, meta):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = meta.get("font", "Calibri")
    normal.font.size = Pt(meta.get("size", 10.5))
    box_n = [0]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_paragraph(b[1], style="Title")
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "h":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bp":  # bold lead-in + text
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
            p.add_run(b[2])
        elif kind == "bullets":
            for t in b[1]:
                doc.add_paragraph(t, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, txt in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    run = c.paragraphs[0].add_run(txt)
                    if i == 0:
                        run.bold = True
                        _set_cell_shading(c, "D9E2EC")
            if len(b) > 2:
                _set_col_widths(t, b[2])
            doc.add_paragraph()
        elif kind == "textbox":
            box_n[0] += 1
            p = doc.add_paragraph()
            fill = b[3] if len(b) > 3 else "#F2F5F8"
            p._p.append(_textbox_run("Tekstvak%d" % box_n[0], b[1], b[2], fill))
        elif kind == "tracked":
            p = doc.add_paragraph()
            for el in _tracked_runs(b[1], meta.get("rev_author", "Auteur"),
                                    meta.get("rev_date", "2025-06-12T10:00:00Z")):
                p._p.append(el)
        elif kind == "sig":
            t = doc.add_table(rows=len(b[1]), cols=2)
            for i, (l, r) in enumerate(b[1]):
                t.cell(i, 0).text = l
                t.cell(i, 1).text = r
        elif kind == "pb":
            doc.add_page_break()
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.title = meta.get("title", "")
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("author", "")
    cp.subject = meta.get("subject", "")
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build_text(path, text, meta):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


# ---------------------------------------------------------------------------------------------
# text extraction for --check
# ---------------------------------------------------------------------------------------------

def extract_docx(path):
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    parts = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "{%s}t" % W_NS:
            parts.append(el.text or "")
        elif tag == "{%s}tab" % W_NS:
            parts.append(" ")
        for ch in el:
            walk(ch)
        if tag == "{%s}p" % W_NS:
            parts.append("\n")

    walk(root)
    return "".join(parts)


def extract_pdf(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    texts = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        texts.append(tp.get_text_range())
        tp.close()
        page.close()
    n = len(pdf)
    pdf.close()
    return "\n".join(texts), n


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


# =============================================================================================
# 197 - long PDF, running header and footer on every page, article split over a page break
#       Noord-Holland Noord, Mobiliteit en transport kb -> Eerste autotechnicus niveau 3
#       fully compliant
# =============================================================================================

def blocks_197():
    B = []
    B += [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit en voertuigen"),
        ("sub", "Regionaal programma doorlopende leerroutes Noord-Holland Noord - leerroute "
                "kaderberoepsgerichte leerweg Mobiliteit en transport / Eerste autotechnicus "
                "niveau 3. Versie 1.0 (definitief), vastgesteld in de stuurgroep van 17 juni 2025."),
        ("h", "Partijen"),
        ("item", "1. Stichting voor Openbaar Voortgezet Onderwijs Kop van Noord-Holland, statutair "
                 "gevestigd te Den Helder, bevoegd gezag van Vakcollege Dijkzicht te Schagen, "
                 "rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, "
                 "mevrouw drs. A.M. Visser-Bakker, hierna te noemen: de school;"),
        ("item", "2. Stichting Regionaal Opleidingencentrum Noordkwartier, statutair gevestigd te "
                 "Alkmaar, bevoegd gezag van ROC Noordkwartier, waaronder het College Techniek & "
                 "Mobiliteit te Alkmaar, rechtsgeldig vertegenwoordigd door de voorzitter van het "
                 "college van bestuur, de heer ir. J.P. de Boer, hierna te noemen: de instelling;"),
        ("p", "hierna gezamenlijk te noemen: partijen."),
        ("h", "Overwegende dat"),
        ("item", "a. partijen sinds 2021 in het kader van het Regionaal programma doorlopende "
                 "leerroutes Noord-Holland Noord werken aan de versterking van de aansluiting "
                 "vmbo-mbo in de mobiliteitssector;"),
        ("item", "b. de regionale arbeidsmarkt voor autotechnici in de Kop van Noord-Holland en "
                 "West-Friesland structureel krap is en werkgevers behoefte hebben aan vakmensen "
                 "die vertrouwd zijn met elektrische en hybride aandrijving;"),
        ("item", "c. partijen een doorlopende leerroute vmbo-mbo willen verzorgen als bedoeld in "
                 "artikel 2.107a van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.2 "
                 "van de Wet educatie en beroepsonderwijs (WEB) en daartoe een "
                 "samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en artikel "
                 "9.1.3 WEB dienen te sluiten;"),
        ("item", "d. partijen met deze overeenkomst de borging van de leerroute los van personen "
                 "beogen, ten behoeve van de continuïteit voor leerlingen en studenten;"),
        ("p", "komen als volgt overeen."),

        ("h", "Artikel 1 Begripsbepalingen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("item", "a. leerroute: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2;"),
        ("item", "b. vo-fase: de eerste twee leerjaren van de leerroute, waarin de deelnemer als "
                 "leerling bij de school staat ingeschreven;"),
        ("item", "c. mbo-fase: het derde en de volgende leerjaren van de leerroute, waarin de "
                 "deelnemer als student bij de instelling staat ingeschreven;"),
        ("item", "d. deelnemer: de leerling onderscheidenlijk de student die de leerroute volgt;"),
        ("item", "e. stuurgroep: het orgaan, bedoeld in artikel 4, dat met de leiding over de "
                 "leerroute is belast;"),
        ("item", "f. kernteam: het uitvoerend team, bedoeld in artikel 4, vierde lid;"),
        ("item", "g. programmaleider: de programmaleider van het Regionaal programma doorlopende "
                 "leerroutes Noord-Holland Noord;"),
        ("item", "h. routeplan: het door partijen gezamenlijk vastgestelde document waarin het "
                 "onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar "
                 "zijn beschreven (het PTA/OER-deel van de leerroute);"),
        ("item", "i. besturen: de colleges van bestuur van partijen."),

        ("h", "Artikel 2 Reikwijdte van de leerroute"),
        ("item", "1. De leerroute verbindt het beroepsgerichte profiel Mobiliteit en transport in de "
                 "kaderberoepsgerichte leerweg van de school met de mbo-opleiding Eerste "
                 "autotechnicus, niveau 3 (vakopleiding), kwalificatiedossier Autotechniek, "
                 "opleidingsdomein Mobiliteit en voertuigen, in de beroepsopleidende leerweg, van "
                 "de instelling."),
        ("item", "2. De leerroute start in het derde leerjaar van de kaderberoepsgerichte leerweg en "
                 "beslaat vijf leerjaren: twee leerjaren in de vo-fase en drie leerjaren in de "
                 "mbo-fase. Voor deelnemers die daartoe in staat zijn, kan het mbo-deel met ten "
                 "hoogste een half studiejaar worden verkort."),
        ("item", "3. De deelnemers volgen in de vo-fase de profielmodules van het profiel "
                 "Mobiliteit en transport en de in het routeplan aangewezen keuzevakken gericht "
                 "op voertuigtechniek. In de mbo-fase volgen zij ten minste de keuzedelen "
                 "Elektrisch rijden en Diagnosetechniek."),
        ("item", "4. Partijen melden de leerroute gezamenlijk aan de minister door registratie in "
                 "het Register Instellingen en Opleidingen (RIO), ieder voor het eigen deel, vóór "
                 "1 oktober 2025."),

        ("h", "Artikel 3 Uitgangspunten van de samenwerking"),
        ("item", "1. Partijen verzorgen de leerroute gezamenlijk. De school is verantwoordelijk "
                 "voor het vmbo-deel en voor de vmbo-examinering en -diplomering gedurende de "
                 "gehele cursusduur; de instelling is verantwoordelijk voor het mbo-deel, "
                 "waaronder de beroepspraktijkvorming, en voor de mbo-examinering en "
                 "-diplomering."),
        ("item", "2. De leerroute heeft tot doel dat deelnemers binnen één ononderbroken leerlijn "
                 "zowel het vmbo-diploma kaderberoepsgerichte leerweg als het mbo-diploma Eerste "
                 "autotechnicus behalen, zonder overlap in de leerstof."),
        ("item", "3. De programmaleider ondersteunt partijen namens het regionaal programma, maar "
                 "is geen partij bij deze overeenkomst."),
    ]
    B += [
        ("h", "Artikel 4 Inrichting van de governance"),
        ("item", "1. De leiding over de leerroute berust bij de stuurgroep doorlopende leerroute "
                 "Mobiliteit."),
        ("item", "2. De stuurgroep wordt bemensd door de directeur van Vakcollege Dijkzicht en de "
                 "directeur van het College Techniek & Mobiliteit van de instelling. De "
                 "programmaleider neemt als adviserend lid, zonder stem, aan de stuurgroep deel en "
                 "voert het secretariaat."),
        ("item", "3. De leden van de stuurgroep worden aangewezen door het college van bestuur van "
                 "de partij die zij vertegenwoordigen; aanwijzing en vervanging worden schriftelijk "
                 "aan het bestuur van de andere partij bevestigd. De programmaleider wordt door "
                 "beide besturen gezamenlijk benoemd voor een termijn van twee jaar, die eenmaal kan "
                 "worden verlengd. Het voorzitterschap van de stuurgroep rouleert per schooljaar."),
        ("item", "4. Onder de stuurgroep functioneert een kernteam, bemensd door de teamleider "
                 "Mobiliteit en transport van de school, de opleidingsmanager Autotechniek van de "
                 "instelling en de routecoördinator. De stuurgroep wijst de routecoördinator aan. "
                 "Het kernteam is belast met de dagelijkse uitvoering en legt daarover "
                 "maandelijks verantwoording af aan de stuurgroep."),
        ("item", "5. De besturen dragen aan de stuurgroep het mandaat op om:"),
        ("subitem", "a. het routeplan en de jaarplanning vast te stellen en jaarlijks vóór 1 juli te "
                    "actualiseren;"),
        ("subitem", "b. binnen de door de besturen vastgestelde begroting te besluiten over de inzet "
                    "van personeel en het gebruik van faciliteiten, bedoeld in artikel 7;"),
        ("subitem", "c. de toelatingsprocedure tot de leerroute en de voorlichting aan leerlingen en "
                    "ouders vast te stellen;"),
        ("subitem", "d. de werkveldtafel, bedoeld in artikel 6, in te richten en over de verwerking "
                    "van haar adviezen te besluiten;"),
        ("subitem", "e. als eerste escalatieniveau op te treden bij knelpunten in de uitvoering, "
                    "bedoeld in artikel 13."),
        ("item", "6. Buiten het mandaat van de stuurgroep vallen besluiten over de begroting, over "
                 "wijziging, toetreding en opzegging van deze overeenkomst en over de "
                 "rechtspositie van medewerkers; deze blijven voorbehouden aan de besturen."),
        ("item", "7. De stuurgroep besluit bij consensus en vergadert ten minste zes keer per "
                 "schooljaar."),

        ("h", "Artikel 5 Informatievoorziening en verantwoording"),
        ("item", "1. De stuurgroep rapporteert via de kwartaalrapportage aan beide besturen over de "
                 "voortgang van de leerroute. De kwartaalrapportage bevat ten minste de kengetallen "
                 "instroom, doorstroom, uitval en overstap, de stand van de bpv-plaatsen, de "
                 "realisatie van de begroting en de signalen uit de werkveldtafel."),
        ("item", "2. Jaarlijks vóór 1 november legt de stuurgroep in een jaarverantwoording "
                 "verantwoording af aan beide besturen over het afgelopen schooljaar, met inbegrip "
                 "van de besteding van de middelen, bedoeld in artikel 10."),
        ("item", "3. Tweemaal per schooljaar, in november en in mei, vindt een bestuurlijk overleg "
                 "plaats tussen de voorzitters van de colleges van bestuur en de stuurgroep. In het "
                 "overleg van november wordt de jaarverantwoording besproken en door de besturen "
                 "vastgesteld."),
        ("item", "4. De stuurgroep informeert de besturen onverwijld over ontwikkelingen die de "
                 "continuïteit van de leerroute of de positie van deelnemers raken."),

        ("h", "Artikel 6 Verbinding met het werkveld"),
        ("item", "1. Partijen betrekken het regionale mobiliteitswerkveld via de werkveldtafel "
                 "Mobiliteit. De werkveldtafel wordt bemensd door ten minste vier erkende "
                 "leerbedrijven, waaronder Autobedrijf Zeeman te Schagen, Dealergroep Kooiman Noord "
                 "te Heerhugowaard en Bandenservice West-Friesland te Hoorn, een vertegenwoordiger "
                 "van de BOVAG-ledenkring Noord-Holland Noord en de adviseur praktijkleren van SBB."),
        ("item", "2. De werkveldtafel komt tweemaal per schooljaar bijeen en adviseert de "
                 "stuurgroep over het routeplan, de keuze van keuzevakken en keuzedelen en de "
                 "actualiteit van het programma, in het bijzonder elektrisch rijden en kalibratie "
                 "van rijhulpsystemen."),
        ("item", "3. De deelnemende leerbedrijven verzorgen per schooljaar ten minste vier "
                 "gastlessen in de vo-fase, bieden in het tweede leerjaar van de leerroute "
                 "snuffelstages van één week aan en stellen in de mbo-fase bpv-plaatsen beschikbaar "
                 "voor alle deelnemers. Praktijkopleiders van de leerbedrijven beoordelen als "
                 "tweede beoordelaar mee bij de proeven van bekwaamheid."),
        ("item", "4. De instelling stemt met SBB de erkenning van nieuwe leerbedrijven af en "
                 "houdt de werkveldtafel op de hoogte van de beschikbaarheid van bpv-plaatsen."),
    ]
    B += [
        ("h", "Artikel 7 Onderwijskundige en organisatorische inrichting"),
        ("item", "1. De vo-fase wordt verzorgd op de locatie van Vakcollege Dijkzicht te Schagen. "
                 "Vanaf het tweede halfjaar van het tweede leerjaar van de leerroute volgen de "
                 "deelnemers wekelijks één dag praktijkonderwijs in de werkplaats van het College "
                 "Techniek & Mobiliteit te Alkmaar. De mbo-fase wordt verzorgd op de locatie van de "
                 "instelling te Alkmaar en bij de leerbedrijven."),
        ("item", "2. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per "
                 "leerjaar vastgelegd in het routeplan, dat het PTA van de school en de OER van de "
                 "instelling voor de leerroute verbindt. Het routeplan geeft aan welke onderdelen "
                 "vmbo-onderdelen, mbo-onderdelen of gecombineerde onderdelen zijn. Het centraal "
                 "examen vmbo wordt afgenomen in het tweede leerjaar van de leerroute; een "
                 "herkansing of gespreide afname is mogelijk tot en met het derde leerjaar."),
        ("item", "3. Partijen zetten voor de leerroute één routeteam in, bestaande uit docenten "
                 "van de school en van de instelling. Voor de vakoverstijgende praktijkmodule "
                 "Voertuigtechniek in de vo-fase maken partijen gebruik van de teambevoegdheid, "
                 "bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; voor ieder "
                 "programmaonderdeel is ten minste één bevoegde docent betrokken. De instelling zet "
                 "in de vo-fase 0,4 fte praktijkdocent autotechniek in op de locatie van de school; "
                 "de school zet in de mbo-fase 0,1 fte docent Nederlands in voor deelnemers die "
                 "het vmbo-examen herkansen. Medewerkers blijven in dienst van hun eigen werkgever "
                 "en vallen onder diens rechtspositie. Het routeteam volgt jaarlijks twee "
                 "gezamenlijke studiedagen."),
        ("item", "4. De school stelt haar praktijklokaal Mobiliteit en transport, inclusief de "
                 "motorenbank en de tweewielerwerkplaats, beschikbaar voor het gezamenlijke "
                 "onderwijs. De instelling stelt haar werkplaats autotechniek, met hefbruggen, "
                 "diagnoseapparatuur en de EV-werkplek met de vereiste veiligheidsvoorzieningen, "
                 "beschikbaar voor deelnemers in de vo-fase op de afgesproken praktijkdag. Het "
                 "rooster van het gebruik wordt jaarlijks in de jaarplanning vastgelegd; "
                 "persoonlijke beschermingsmiddelen worden in de vo-fase door de school verstrekt."),
        ("item", "5. De deelnemer staat in de eerste twee leerjaren van de leerroute als leerling "
                 "ingeschreven bij de school en wordt met ingang van het derde leerjaar als student "
                 "ingeschreven bij de instelling. Partijen wisselen de daarvoor noodzakelijke "
                 "gegevens uit op basis van een verwerkersovereenkomst."),
        ("item", "6. De mentor van de school begeleidt de deelnemer in de vo-fase, de "
                 "studieloopbaanbegeleider van de instelling in de mbo-fase. Aan het eind van de "
                 "vo-fase vindt een warme overdracht plaats, inclusief het ontwikkelingsperspectief "
                 "en de afspraken over extra ondersteuning."),
        ("item", "7. De klachtenregeling van iedere partij is mede van toepassing op gedragingen "
                 "van bestuur en personeel van de andere partij in het kader van de leerroute. Een "
                 "klacht die betrekking heeft op een medewerker van de andere partij wordt binnen "
                 "vijf werkdagen aan die partij doorgezonden; de andere partij verleent "
                 "medewerking aan de afhandeling."),
        ("item", "8. De verzuimregistratie en de melding van verzuim berusten in de vo-fase bij de "
                 "school en in de mbo-fase bij de instelling, ook voor onderwijs dat op de locatie "
                 "van de andere partij wordt gevolgd."),

        ("h", "Artikel 8 Toelating en voorlichting"),
        ("item", "1. Leerlingen kiezen in het tweede leerjaar van de school voor de leerroute. De "
                 "toelating geschiedt op basis van een intakegesprek en het advies van de mentor, "
                 "volgens de door de stuurgroep vastgestelde procedure."),
        ("item", "2. Partijen verzorgen gezamenlijk de voorlichting aan leerlingen en ouders; de "
                 "school neemt de leerroute en de overstapvoorziening op in haar schoolgids."),
    ]
    B += [
        ("h", "Artikel 9 Overstapvoorziening"),
        ("item", "1. Een deelnemer van wie de deelname aan de leerroute eindigt voordat hij deze met "
                 "goed gevolg heeft doorlopen, wordt door partijen in staat gesteld een vmbo-diploma "
                 "of een mbo-diploma te behalen dat past bij zijn bereikte onderwijsniveau en "
                 "leeftijd."),
        ("item", "2. Als kaders voor het passend alternatief gelden:"),
        ("subitem", "a. bij beëindiging in de vo-fase: voortzetting in de reguliere "
                    "kaderberoepsgerichte leerweg, profiel Mobiliteit en transport of een ander "
                    "profiel, van de school, gericht op het vmbo-diploma;"),
        ("subitem", "b. indien het vmbo-diploma aan het eind van het derde leerjaar van de leerroute "
                    "niet is behaald: voortzetting van de mbo-opleiding bij de instelling, waarbij "
                    "de vooropleidingseisen niet van toepassing zijn, dan wel een extra "
                    "examenkans bij de school, naar gelang van de combinatie van behaalde vo- en "
                    "mbo-onderdelen;"),
        ("subitem", "c. bij een verkeerde studiekeuze in de mbo-fase: overstap naar een andere "
                    "opleiding op niveau 3 bij de instelling, zoals Monteur mobiele werktuigen of "
                    "Eerste bedrijfsautotechnicus, dan wel naar de reguliere opleiding Eerste "
                    "autotechnicus in de beroepsbegeleidende leerweg, zonder toepassing van de "
                    "vooropleidingseisen;"),
        ("subitem", "d. indien niveau 3 te hoog gegrepen blijkt: overstap naar de opleiding "
                    "Autotechnicus, niveau 2, bij de instelling;"),
        ("subitem", "e. bij verhuizing of de wens om bij een andere instelling verder te gaan: "
                    "begeleiding naar een opleiding elders, waarbij die instelling kan toelaten na "
                    "een geschiktheidsonderzoek als bedoeld in artikel 8.2.1, zesde lid, WEB; "
                    "partijen verzorgen een warme overdracht."),
        ("item", "3. Het besluit over het passend alternatief wordt gezamenlijk genomen door de "
                 "teamleider van de school en de opleidingsmanager van de instelling, naar hun "
                 "gezamenlijk oordeel over het bereikte onderwijsniveau en de leeftijd van de "
                 "deelnemer, na een gesprek met de deelnemer en, bij minderjarigheid, zijn ouders. "
                 "De mentor of studieloopbaanbegeleider bereidt het gesprek voor."),
        ("item", "4. Doorverwijzing naar de Entree-opleiding vindt alleen plaats wanneer het behalen "
                 "van een startkwalificatie aantoonbaar niet haalbaar is en de deelnemer daarmee "
                 "instemt."),
        ("item", "5. De werkwijze wordt nader uitgewerkt in de schoolgids en de studiegids. Dit "
                 "artikel is niet van toepassing bij definitieve verwijdering."),

        ("h", "Artikel 10 Financiële arrangementen"),
        ("item", "1. Uitgangspunt is dat de middelen de leerling volgen: in de vo-fase ontvangt de "
                 "school de bekostiging, in de mbo-fase de instelling."),
        ("item", "2. Met toepassing van artikel 5.42a WVO 2020 draagt de school voor iedere "
                 "deelnemer in de vo-fase per schooljaar een bedrag van € 1.450 over aan de "
                 "instelling. Dit bedrag is bestemd voor de inzet van de praktijkdocent "
                 "autotechniek van de instelling in de vo-fase, bedoeld in artikel 7, derde lid, en "
                 "voor verbruiksmaterialen en het gebruik van de werkplaats van de instelling, "
                 "bedoeld in artikel 7, vierde lid."),
        ("item", "3. De instelling draagt geen bekostiging over aan de school; de inzet van de "
                 "docent Nederlands van de school in de mbo-fase wordt niet verrekend."),
        ("item", "4. De instelling factureert het bedrag jaarlijks per 1 december op basis van het "
                 "aantal deelnemers op de teldatum 1 oktober. Bijlage 2 bevat het financieel "
                 "overzicht; de besteding wordt verantwoord in de jaarverantwoording."),

        ("h", "Artikel 11 Medezeggenschap"),
        ("item", "1. In de vo-fase is de Wet medezeggenschap op scholen van toepassing, in de "
                 "mbo-fase hoofdstuk 8a WEB en, voor het personeel van de instelling, de Wet op "
                 "de ondernemingsraden."),
        ("item", "2. Aanvullend daarop spreken partijen af dat:"),
        ("subitem", "a. de deelnemers in de vo-fase uit hun midden één vertegenwoordiger kiezen die "
                    "als vaste toehoorder met spreekrecht deelneemt aan de studentenraad van het "
                    "College Techniek & Mobiliteit;"),
        ("subitem", "b. de medezeggenschapsraad van de school en de studentenraad van de instelling "
                    "jaarlijks de jaarverantwoording ontvangen en eenmaal per jaar gezamenlijk met "
                    "de stuurgroep overleggen in een routeberaad;"),
        ("subitem", "c. voorgenomen besluiten over wijziging of beëindiging van deze overeenkomst "
                    "vooraf voor advies worden voorgelegd aan de medezeggenschapsraad van de school "
                    "en de studentenraad van de instelling."),

        ("h", "Artikel 12 Kwaliteitszorg en evaluatie"),
        ("item", "1. De leerroute maakt deel uit van de kwaliteitszorg van beide partijen. "
                 "Jaarlijks worden de deelnemers en de leerbedrijven bevraagd over hun "
                 "tevredenheid."),
        ("item", "2. In het schooljaar 2027-2028 voeren partijen een externe evaluatie uit van de "
                 "leerroute en van deze overeenkomst."),
    ]
    B += [
        ("h", "Artikel 13 Escalatie en geschilbeslechting"),
        ("item", "1. Verschillen van inzicht tussen partijen over de uitvoering van deze "
                 "overeenkomst worden eerst in het kernteam besproken. Leidt dit niet binnen twee "
                 "weken tot een oplossing, dan legt het kernteam het verschil voor aan de "
                 "stuurgroep."),
        ("item", "2. Komt de stuurgroep niet binnen vier weken tot een oplossing, dan volgt "
                 "escalatie naar het bestuurlijk overleg van de voorzitters van de colleges van "
                 "bestuur, dat binnen zes weken bijeenkomt."),
        ("item", "3. Leidt het bestuurlijk overleg niet tot een oplossing, dan schakelen partijen "
                 "een door hen gezamenlijk aangewezen mediator in die is ingeschreven in het "
                 "register van de Mediatorsfederatie Nederland. De kosten worden gelijk gedeeld."),
        ("item", "4. Is het geschil niet binnen drie maanden na aanvang van de mediation opgelost, "
                 "dan wordt het voorgelegd aan de bevoegde rechter van de rechtbank Noord-Holland, "
                 "locatie Alkmaar."),
        ("item", "5. Gedurende een geschil zetten partijen de uitvoering van de leerroute "
                 "onverminderd voort."),

        ("h", "Artikel 14 Toetreding, wijziging en exit"),
        ("item", "1. Een andere school voor vmbo die het profiel Mobiliteit en transport in de "
                 "kaderberoepsgerichte leerweg aanbiedt, of een andere instelling voor "
                 "beroepsonderwijs, kan partij worden bij deze overeenkomst indien zij het routeplan "
                 "en deze overeenkomst onderschrijft, de stuurgroep positief adviseert en alle "
                 "besturen schriftelijk instemmen. De toetreding wordt vastgelegd in een "
                 "toetredingsaddendum dat door alle partijen wordt ondertekend, gaat in bij de "
                 "aanvang van een schooljaar en wordt gezamenlijk in RIO gemeld. De toetreding mag "
                 "het programma van de zittende deelnemers niet wijzigen."),
        ("item", "2. Deze overeenkomst kan alleen worden gewijzigd bij schriftelijk addendum dat "
                 "door de besturen van alle partijen is ondertekend, na advies van de stuurgroep en "
                 "van de medezeggenschapsorganen, bedoeld in artikel 11. Een wijziging die de "
                 "deelnemers nadeel berokkent, geldt alleen voor cohorten die na de wijziging "
                 "instromen."),
        ("item", "3. Iedere partij kan deze overeenkomst schriftelijk opzeggen met inachtneming van "
                 "een termijn van ten minste twaalf maanden, uitsluitend tegen 31 juli, het einde "
                 "van een schooljaar. Met ingang van de opzegging vindt geen nieuwe instroom meer "
                 "plaats. Deelnemers die vóór de opzegging zijn ingestroomd, ronden de leerroute af "
                 "onder de voorwaarden van deze overeenkomst; is dat onmogelijk, dan bieden partijen "
                 "hun een passend alternatief als bedoeld in artikel 9, zonder studievertraging."),
        ("item", "4. Een partij kan deze overeenkomst ontbinden indien de andere partij na "
                 "schriftelijke ingebrekestelling met een termijn van drie maanden toerekenbaar "
                 "tekortschiet in de nakoming van wezenlijke verplichtingen. De waarborgen voor "
                 "deelnemers van het derde lid zijn van overeenkomstige toepassing."),
        ("item", "5. Bij exit van een partij stelt de stuurgroep binnen twee maanden een "
                 "afbouwplan op dat de continuïteit voor de zittende deelnemers borgt; het "
                 "afbouwplan wordt door de besturen vastgesteld."),

        ("h", "Artikel 15 Looptijd en inwerkingtreding"),
        ("item", "1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor een "
                 "periode van vijf jaar. Zij wordt daarna telkens stilzwijgend verlengd met vijf "
                 "jaar, tenzij zij overeenkomstig artikel 14 is opgezegd."),
        ("item", "2. Uiterlijk een jaar voor het einde van de looptijd bespreken de besturen in "
                 "het bestuurlijk overleg de uitkomsten van de evaluatie, bedoeld in artikel 12."),

        ("h", "Artikel 16 Slotbepalingen"),
        ("item", "1. Op deze overeenkomst is Nederlands recht van toepassing."),
        ("item", "2. De bijlagen maken deel uit van deze overeenkomst. Bij strijdigheid gaat de "
                 "tekst van de overeenkomst voor."),
        ("item", "3. Deze overeenkomst is in tweevoud opgemaakt en ondertekend."),
        ("sp", 10),
        ("sig", [("Namens Stichting voor Openbaar Voortgezet Onderwijs Kop van Noord-Holland",
                  "Namens Stichting Regionaal Opleidingencentrum Noordkwartier"),
                 ("drs. A.M. Visser-Bakker, voorzitter college van bestuur",
                  "ir. J.P. de Boer, voorzitter college van bestuur"),
                 ("Schagen, 24 juni 2025", "Alkmaar, 24 juni 2025"),
                 ("handtekening: ______________________", "handtekening: ______________________")]),
        ("sp", 14),
        ("h", "Bijlage 1 Jaarcyclus governance"),
        ("table", [["Moment", "Activiteit", "Eigenaar"],
                   ["september", "Vaststelling jaarplanning en rooster faciliteiten", "stuurgroep"],
                   ["oktober", "Teldatum deelnemers; RIO-registratie gecontroleerd", "kernteam"],
                   ["november", "Jaarverantwoording; bestuurlijk overleg", "stuurgroep / besturen"],
                   ["december", "Facturatie overdracht middelen", "instelling"],
                   ["januari", "Kwartaalrapportage Q2; werkveldtafel", "stuurgroep"],
                   ["april", "Kwartaalrapportage Q3; routeberaad medezeggenschap", "stuurgroep"],
                   ["mei", "Bestuurlijk overleg; voorbereiding routeplan", "besturen"],
                   ["juni", "Actualisatie routeplan; kwartaalrapportage Q4", "stuurgroep"]],
         [0.18, 0.57, 0.25]),
        ("h", "Bijlage 2 Financieel overzicht"),
        ("table", [["Onderdeel", "Omvang", "Bestemming"],
                   ["Overdracht school aan instelling (art. 5.42a WVO 2020)",
                    "€ 1.450 per deelnemer per schooljaar in de vo-fase",
                    "0,4 fte praktijkdocent autotechniek in de vo-fase; verbruiksmaterialen en "
                    "gebruik werkplaats instelling"],
                   ["Overdracht instelling aan school (art. 9.1.15 WEB)", "geen", "n.v.t."],
                   ["Inzet docent Nederlands school in mbo-fase", "0,1 fte", "niet verrekend"]],
         [0.34, 0.3, 0.36]),
    ]
    return B


add(197, "lang_kop_voettekst_mobiliteit_noord_holland_noord", "pdf",
    "Long PDF (about 8 pages) by the regionaal programma doorlopende leerroutes in policy style, "
    "'Artikel N' headings, running header and footer with page number on every page, articles "
    "that run over a page break, two annex tables. Noord-Holland Noord, Mobiliteit en transport "
    "kb -> Eerste autotechnicus 3. Fully compliant in consortium wording (stuurgroep 'wordt "
    "bemensd door', mandaat, kwartaalrapportage, 'de middelen volgen de leerling' with a "
    "EUR 1.450 transfer and its bestemming, exit clause).",
    st("p p p p p p p p p p"),
    {"a": "Artikel 2 Reikwijdte van de leerroute",
     "b": "Artikel 6 Verbinding met het werkveld",
     "c": "Artikel 4 Inrichting van de governance",
     "d": "Artikel 5 Informatievoorziening en verantwoording",
     "e": "Artikel 7 Onderwijskundige en organisatorische inrichting",
     "f": "Artikel 9 Overstapvoorziening",
     "g": "Artikel 10 Financiële arrangementen",
     "h": "Artikel 11 Medezeggenschap",
     "i": "Artikel 13 Escalatie en geschilbeslechting",
     "j": "Artikel 14 Toetreding, wijziging en exit"},
    lambda path: build_pdf(path, blocks_197(), {
        "title": "Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit en voertuigen",
        "author": "Regionaal programma doorlopende leerroutes Noord-Holland Noord",
        "header": ("Regionaal programma doorlopende leerroutes Noord-Holland Noord",
                   "SOK DLR Mobiliteit | versie 1.0 definitief"),
        "footer": "Vakcollege Dijkzicht - ROC Noordkwartier, College Techniek & Mobiliteit"}))


# =============================================================================================
# 198 - DOCX, kwartiermaker memo style with a table "Thema | Afspraak | Eigenaar" and text boxes
#       Gelderse Vallei, Media, vormgeving en ICT gl -> Expert IT systems and devices niveau 4
#       defects: b only restated in the table, the concrete wijze sits in a "Toelichting" text
#       box that is explicitly not part of the agreement (weak); g transfer without bestemming
# =============================================================================================

def blocks_198():
    T = [["Thema", "Afspraak", "Eigenaar"],
         ["Route en kwalificatie",
          "De leerroute verbindt het profiel Media, vormgeving en ICT in de gemengde leerweg van de "
          "school met de mbo-opleiding Expert IT systems and devices, niveau 4 "
          "(middenkaderopleiding), opleidingsdomein ICT en creatieve industrie, bol, van de "
          "instelling. Instroom in leerjaar 3 van de gemengde leerweg; de route beslaat vijf "
          "leerjaren (twee jaar vo-fase, drie jaar mbo-fase). Gezamenlijke melding in RIO vóór "
          "1 oktober 2025.",
          "Stuurgroep"],
         ["Werkveld",
          "Het regionale ICT-werkveld wordt betrokken bij de invulling van de leerroute.",
          "Kwartiermaker"],
         ["Governance en mandaat",
          "De leiding over de route berust bij de stuurgroep DLR ICT. De stuurgroep wordt bemensd "
          "door de afdelingsleider bovenbouw vmbo van de school en de onderwijsmanager ICT van de "
          "instelling; de kwartiermaker zit de stuurgroep voor, zonder stemrecht. De afdelingsleider "
          "en de onderwijsmanager worden aangewezen door het college van bestuur van hun eigen "
          "partij; de kwartiermaker wordt door beide colleges gezamenlijk benoemd. Mandaat van de "
          "stuurgroep: vaststelling van het routeplan (programma, examinering en bpv per leerjaar), "
          "de jaarlijkse roostering en de inzet van docenten binnen de toegekende formatie, de "
          "intakeprocedure en de inrichting van het kernteam. Besluiten met financiële gevolgen "
          "boven € 10.000 en besluiten over deze overeenkomst zelf blijven bij de colleges van "
          "bestuur.",
          "Colleges van bestuur"],
         ["Verantwoording aan de colleges",
          "De stuurgroep rapporteert via de kwartaalrapportage (dashboard instroom, voortgang, "
          "uitval, overstap en bpv) aan beide colleges van bestuur en legt jaarlijks vóór "
          "15 oktober in een routejaarverslag verantwoording af over het afgelopen schooljaar. Het "
          "routejaarverslag wordt besproken in het halfjaarlijks bestuurlijk overleg (oktober en "
          "maart).",
          "Stuurgroep"],
         ["Inrichting en locaties",
          "De vo-fase wordt verzorgd op de locatie Veenendaal van de school; vanaf leerjaar 4 "
          "volgen de deelnemers wekelijks één dag onderwijs in het ICT-lab van de instelling in "
          "Ede. De mbo-fase wordt verzorgd bij de instelling en bij leerbedrijven. Het routeplan "
          "legt per leerjaar het programma, de examinering (PTA en OER) en de bpv vast; het "
          "centraal examen vmbo valt in het tweede leerjaar van de route.",
          "Kernteam"],
         ["Personeel",
          "Eén routeteam van vmbo- en mbo-docenten. In de vakoverstijgende projecten Netwerken & "
          "Security (leerjaar 3 en 4) wordt de teambevoegdheid toegepast (art. 7.13a WVO 2020 en "
          "art. 9.1.12 WEB); per programmaonderdeel is ten minste één bevoegde docent betrokken. De "
          "instelling zet 0,3 fte docent ICT in op de locatie van de school. Medewerkers blijven "
          "in dienst van hun eigen werkgever.",
          "Onderwijsmanager ICT"],
         ["Faciliteiten",
          "De school stelt haar ICT-lokaal en leerlinglaptops ter beschikking. De instelling stelt "
          "het ICT-lab (serverruimte, netwerkracks, cybersecurity-oefenomgeving) en de benodigde "
          "softwarelicenties beschikbaar voor deelnemers in de vo-fase.",
          "Afdelingsleider"],
         ["Overstap",
          "Zie het tekstvak 'Kader overstapoptie' onder deze tabel; dat kader is onderdeel van de "
          "afspraken.",
          "Stuurgroep"],
         ["Financiën",
          "Met toepassing van art. 5.42a WVO 2020 draagt de school voor iedere deelnemer in de "
          "vo-fase per schooljaar € 900 over aan de instelling. De instelling factureert jaarlijks "
          "in november op basis van het aantal deelnemers op de teldatum 1 oktober.",
          "Controllers"],
         ["Medezeggenschap (aanvullend)",
          "Aanvullend op de WMS en de WEB vormen de medezeggenschapsraad van de school en de "
          "studentenraad van de instelling voor de route een gezamenlijke routecommissie van vier "
          "leden (twee per raad). De routecommissie overlegt ten minste tweemaal per jaar met de "
          "stuurgroep en brengt advies uit over het routeplan. Leerlingen in de vo-fase zijn "
          "verkiesbaar voor de studentenraad van de instelling.",
          "Stuurgroep"],
         ["Geschillen en escalatie",
          "Verschillen over de uitvoering van deze overeenkomst gaan van het kernteam naar de "
          "stuurgroep (binnen drie weken) en vervolgens naar het bestuurlijk overleg van de "
          "colleges (binnen zes weken). Blijft het geschil bestaan, dan vragen partijen bindend "
          "advies aan een gezamenlijk aangewezen onafhankelijk deskundige; lukt die aanwijzing niet "
          "binnen vier weken, dan beslist de bevoegde rechter van de rechtbank Gelderland.",
          "Colleges van bestuur"],
         ["Toetreding, wijziging en exit",
          "Toetreding: een andere vmbo-school of mbo-instelling kan toetreden indien zij het profiel "
          "onderscheidenlijk de opleiding aanbiedt, het routeplan onderschrijft en alle colleges "
          "schriftelijk instemmen via een toetredingsaddendum, met ingang van een nieuw schooljaar; "
          "het programma van zittende deelnemers blijft ongewijzigd. Wijziging: alleen schriftelijk "
          "bij addendum, ondertekend door alle colleges; een wijziging die deelnemers benadeelt "
          "geldt alleen voor nieuwe cohorten. Exit: opzegging schriftelijk met een termijn van ten "
          "minste één schooljaar, tegen 1 augustus; na opzegging geen nieuwe instroom; deelnemers "
          "die zijn ingestroomd ronden de route bij partijen af. Ontbinding alleen bij een ernstige "
          "tekortkoming, met dezelfde waarborgen voor deelnemers.",
          "Colleges van bestuur"]]
    B = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute ICT Gelderse Vallei"),
        ("sub", "Vakroute gemengde leerweg Media, vormgeving en ICT - Expert IT systems and "
                "devices (niveau 4). Opgesteld door de kwartiermaker doorlopende leerroutes "
                "Gelderse Vallei in opdracht van de colleges van bestuur. Versie juni 2025."),
        ("h", "1. Partijen"),
        ("p", "Stichting Christelijk Voortgezet Onderwijs Gelderse Vallei, gevestigd te Ede, "
              "bevoegd gezag van het Valleivakcollege te Veenendaal, vertegenwoordigd door de heer "
              "M. van Beek, voorzitter van het college van bestuur (hierna: de school),"),
        ("p", "en"),
        ("p", "Stichting Regionaal Opleidingencentrum Vallei en Rijn, gevestigd te Ede, bevoegd "
              "gezag van het Vallei ICT-college, vertegenwoordigd door mevrouw dr. S. Hoekstra, "
              "lid van het college van bestuur (hierna: de instelling),"),
        ("p", "sluiten deze samenwerkingsovereenkomst op grond van artikel 2.107b WVO 2020 en "
              "artikel 9.1.3 WEB."),
        ("h", "2. Doel en leeswijzer"),
        ("p", "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo ICT ten behoeve "
              "van een ononderbroken leerlijn naar een diploma op niveau 4. De afspraken zijn "
              "opgenomen in de afsprakentabel in paragraaf 3 en in de tekstvakken met het opschrift "
              "'Kader'. Tekstvakken met het opschrift 'Toelichting' zijn uitsluitend bedoeld als "
              "leeshulp voor de uitvoerders en maken geen deel uit van de afspraken."),
        ("h", "3. Afsprakentabel"),
        ("table", T, [3.4, 9.6, 3.5]),
        ("textbox", "Kader overstapoptie",
         ["Dit kader maakt deel uit van de afspraken van partijen.",
          "Een deelnemer die de route voortijdig verlaat, krijgt altijd een passend alternatief "
          "dat leidt tot een vmbo-diploma of een mbo-diploma, afgestemd op het bereikte "
          "onderwijsniveau en de leeftijd.",
          "Vertrek in de vo-fase: voortzetting in de reguliere gemengde leerweg van de school, in "
          "het profiel Media, vormgeving en ICT of een ander profiel, gericht op het vmbo-diploma.",
          "Vmbo-diploma niet behaald aan het eind van het derde routejaar: voortzetting van de "
          "mbo-opleiding bij de instelling zonder toepassing van de vooropleidingseisen, of een "
          "extra examenjaar bij de school, afhankelijk van de behaalde onderdelen.",
          "Verkeerde richting of te hoog niveau: overstap naar een andere opleiding van de "
          "instelling, zoals Software developer (niveau 4) of Allround medewerker IT systems and "
          "devices (niveau 3), zonder toepassing van de vooropleidingseisen. Overstap naar een "
          "andere instelling verloopt via een geschiktheidsonderzoek (art. 8.2.1, zesde lid, WEB) "
          "met een warme overdracht.",
          "Het alternatief wordt gezamenlijk vastgesteld door de afdelingsleider van de school en "
          "de onderwijsmanager ICT van de instelling, op basis van het bereikte onderwijsniveau "
          "en de leeftijd, na een gesprek met de deelnemer en zijn ouders. De school neemt de "
          "werkwijze op in de schoolgids."]),
        ("textbox", "Toelichting",
         ["Geen onderdeel van de afspraken - leeshulp voor het kernteam.",
          "Ter inspiratie: in vergelijkbare ICT-routes elders in het land verzorgen leerbedrijven "
          "gastlessen, leveren zij praktijkopdrachten aan en bieden zij stageplaatsen en "
          "meeloopdagen. In de regio voert de kwartiermaker verkennende gesprekken met onder meer "
          "Vallei Netwerkbeheer B.V., Datacenter Ede-Oost en de ICT-kring Foodvalley over de rol "
          "die zij in de route zouden kunnen spelen. Concrete afspraken zijn daarover nog niet "
          "gemaakt."],
         "#FFF8E1"),
        ("h", "4. Looptijd"),
        ("p", "Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd. "
              "Partijen evalueren de overeenkomst in het voorjaar van 2028 in het bestuurlijk "
              "overleg."),
        ("h", "5. Ondertekening"),
        ("sig", [("Voor de school", "Voor de instelling"),
                 ("M. van Beek, voorzitter college van bestuur",
                  "dr. S. Hoekstra, lid college van bestuur"),
                 ("Ede, 30 juni 2025", "Ede, 30 juni 2025")]),
    ]
    return B


add(198, "afsprakentabel_tekstvakken_vallei_ict", "docx",
    "DOCX written by a kwartiermaker: arrangements in a Word table 'Thema | Afspraak | Eigenaar' "
    "plus two VML text boxes, one 'Kader overstapoptie' that is part of the agreement and one "
    "'Toelichting' that the leeswijzer declares non-binding. Gelderse Vallei, Media, vormgeving "
    "en ICT gl -> Expert IT systems and devices 4. Defects: bedrijfsleven only restated in the "
    "table (the concrete roles sit only in the Toelichting box, as inspiration, no afspraken "
    "yet); the EUR 900 per-pupil transfer has no bestemming.",
    st("p w p p p p w p p p"),
    {"a": "Route en kwalificatie",
     "c": "Governance en mandaat",
     "d": "Verantwoording aan de colleges",
     "e": "Inrichting en locaties",
     "f": "Kader overstapoptie",
     "h": "Medezeggenschap (aanvullend)",
     "i": "Geschillen en escalatie",
     "j": "Toetreding, wijziging en exit"},
    lambda path: build_docx(path, blocks_198(), {
        "title": "Samenwerkingsovereenkomst doorlopende leerroute ICT Gelderse Vallei",
        "author": "Kwartiermaker DLR Gelderse Vallei"}))


# =============================================================================================
# 199 - DOCX with tracked changes (one w:del, one w:ins), numbered clauses
#       Midden-Brabant, Economie en ondernemen kb -> Eerste verkoper niveau 3
#       defects: the tracked deletion removes the protection of pupils on opzegging (j weak);
#       the leiding reports to a regional table, not to the bevoegde gezagen (d weak)
# =============================================================================================

DEL_199 = (" Opzegging geschiedt uitsluitend tegen het einde van een schooljaar; vanaf de datum van "
           "opzegging stromen geen nieuwe leerlingen meer in en leerlingen die al in de leerroute "
           "zijn ingestroomd, ronden deze bij partijen af.")
INS_199 = (" Bij een overstap naar een andere instelling kan die instelling de deelnemer toelaten na "
           "een geschiktheidsonderzoek als bedoeld in artikel 8.2.1, zesde lid, WEB; partijen "
           "verzorgen in dat geval een warme overdracht.")


def blocks_199():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Economie en ondernemen"),
        ("sub", "Samenwerkingsverband vmbo-mbo Midden-Brabant - leerroute kader Economie en "
                "ondernemen / Eerste verkoper niveau 3. Versie 0.9 met bijgehouden wijzigingen, "
                "ter vaststelling in het bestuurlijk overleg van 1 juli 2025."),
        ("h", "Partijen"),
        ("p", "Stichting Katholiek Voortgezet Onderwijs Midden-Brabant, statutair gevestigd te "
              "Tilburg, bevoegd gezag van Vakcollege Reeshof te Tilburg, rechtsgeldig "
              "vertegenwoordigd door de heer drs. P.J.M. van der Heijden, voorzitter van het college "
              "van bestuur, hierna: de school;"),
        ("p", "Stichting Regionaal Opleidingencentrum Brabant Centraal, statutair gevestigd te "
              "Tilburg, bevoegd gezag van onder meer het College Handel & Ondernemen, rechtsgeldig "
              "vertegenwoordigd door mevrouw mr. L.A. Smulders, lid van het college van bestuur, "
              "hierna: de instelling;"),
        ("p", "komen, ter uitvoering van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB, het volgende "
              "overeen."),
        ("h", "1. Onderwerp en leerroute"),
        ("p", "1.1 Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die het "
              "beroepsgerichte profiel Economie en ondernemen in de kaderberoepsgerichte leerweg "
              "van de school verbindt met de opleiding Eerste verkoper, niveau 3, in het "
              "opleidingsdomein Handel en ondernemerschap, beroepsopleidende leerweg, van de "
              "instelling."),
        ("p", "1.2 De leerroute start in leerjaar 3 van de school en beslaat vier leerjaren: twee "
              "leerjaren in de vo-fase en twee leerjaren in de mbo-fase. Partijen melden de "
              "leerroute gezamenlijk aan de minister via RIO."),
        ("h", "2. Betrokkenheid van het bedrijfsleven"),
        ("p", "2.1 Het bedrijfsleven is vertegenwoordigd in de beroepenveldcommissie Retail "
              "Midden-Brabant, waarin onder meer Bouwmarkt Van Gils te Tilburg, Modehuis "
              "Timmermans te Waalwijk, Supermarkt Van den Boer te Oisterwijk en de "
              "Ondernemersvereniging Binnenstad Tilburg zitting hebben. De commissie adviseert "
              "jaarlijks in maart over het routeplan en de keuzedelen."),
        ("p", "2.2 De leerbedrijven in de commissie leveren per schooljaar ten minste twee "
              "praktijkopdrachten aan voor de projectweek Ondernemen, verzorgen gastlessen over "
              "klantbeleving en webwinkels en stellen bpv-plaatsen beschikbaar: een snuffelstage "
              "van twee weken in het tweede routejaar en een volledige bpv in de mbo-fase. "
              "Praktijkopleiders beoordelen mee bij de proeve van bekwaamheid."),
        ("h", "3. Leiding van de leerroute"),
        ("p", "3.1 De leiding over de leerroute berust bij een stuurgroep, gevormd door de "
              "teamleider Economie en ondernemen van de school en de opleidingsmanager Retail van de "
              "instelling. De kwartiermaker van het samenwerkingsverband ondersteunt de stuurgroep "
              "als secretaris, zonder stem."),
        ("p", "3.2 De leden van de stuurgroep worden aangewezen door het college van bestuur van de "
              "partij die zij vertegenwoordigen. Bij vervanging wijst het betrokken college binnen "
              "een maand een opvolger aan."),
        ("p", "3.3 De stuurgroep heeft mandaat voor de vaststelling van het routeplan, de "
              "jaarplanning en het rooster, de inzet van docenten binnen de door de colleges "
              "toegekende formatie, de toelating tot de leerroute en de besluiten over overstap, "
              "bedoeld in artikel 6. Besluiten over de begroting en over deze overeenkomst zijn "
              "voorbehouden aan de colleges van bestuur."),
        ("h", "4. Informatie en voortgang"),
        ("p", "4.1 De stuurgroep stelt per kwartaal een voortgangsnotitie op met de kengetallen "
              "instroom, doorstroom, uitval en overstap, en bespreekt die in de Regionale Tafel "
              "Doorlopende Leerroutes Midden-Brabant, waarin de gemeenten Tilburg, Waalwijk en "
              "Oisterwijk, het Regionaal Bureau Leerplicht en de werkgeversvereniging zitting "
              "hebben."),
        ("p", "4.2 Jaarlijks vóór 1 december presenteert de stuurgroep aan de Regionale Tafel een "
              "evaluatie van het afgelopen schooljaar, met voorstellen voor verbetering."),
        ("h", "5. Onderwijskundige en organisatorische inrichting"),
        ("p", "5.1 De vo-fase wordt verzorgd op de locatie van Vakcollege Reeshof; vanaf het tweede "
              "routejaar volgen de deelnemers één dagdeel per week onderwijs in het Retail-lab van "
              "de instelling. De mbo-fase wordt verzorgd op de locatie van de instelling en bij de "
              "leerbedrijven."),
        ("p", "5.2 Het onderwijsprogramma, de examinering en de bpv zijn per leerjaar beschreven in "
              "het routeplan, dat deel uitmaakt van het PTA van de school en van de OER van de "
              "instelling."),
        ("p", "5.3 Partijen vormen één docententeam. Een docent Retail van de instelling verzorgt "
              "in de vo-fase wekelijks vier lesuur op de school; de docent economie van de school "
              "verzorgt in het derde routejaar de begeleiding van deelnemers die het vmbo-examen "
              "herkansen. Voor de projectweek Ondernemen wordt de teambevoegdheid toegepast. "
              "Docenten blijven in dienst van hun eigen werkgever."),
        ("p", "5.4 De school stelt haar leerwinkel en het lokaal voor ondernemen beschikbaar; de "
              "instelling stelt het Retail-lab met kassasystemen, de webshopomgeving en de "
              "etaleerruimte beschikbaar. Het rooster voor het gebruik wordt in de jaarplanning "
              "vastgelegd."),
        ("p", "5.5 De deelnemer staat de eerste twee routejaren ingeschreven bij de school en daarna "
              "bij de instelling. Klachten over medewerkers van de andere partij worden binnen vijf "
              "werkdagen doorgezonden en met medewerking van die partij afgehandeld."),
        ("h", "6. Overstapmogelijkheden"),
        ("p", "6.1 Een deelnemer die de leerroute niet voltooit, wordt in staat gesteld een "
              "vmbo-diploma of een mbo-diploma te behalen. Bij vertrek in de vo-fase zet hij zijn "
              "opleiding voort in de reguliere kaderberoepsgerichte leerweg van de school. Heeft hij "
              "aan het eind van het derde routejaar het vmbo-diploma niet behaald, dan kan hij de "
              "mbo-opleiding bij de instelling voortzetten zonder dat de vooropleidingseisen gelden, "
              "of het vmbo-examen herkansen. Blijkt de richting niet te passen, dan kan hij "
              "overstappen naar een andere opleiding op niveau 3 van de instelling, zoals "
              "Medewerker evenementen of Allround medewerker logistiek, of bij een te hoog niveau "
              "naar Verkoopmedewerker, niveau 2."),
        ("tracked", [("t", "6.2 De teamleider van de school en de opleidingsmanager van de "
                           "instelling besluiten samen over het alternatief, op basis van het "
                           "bereikte onderwijsniveau en de leeftijd, na een gesprek met de "
                           "deelnemer en zijn ouders."),
                     ("ins", INS_199)]),
        ("h", "7. Financiën"),
        ("p", "7.1 Partijen dragen geen bekostiging aan elkaar over; er wordt geen toepassing "
              "gegeven aan artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Ieder draagt de kosten "
              "van het eigen personeel en de eigen faciliteiten; de wederzijdse inzet, bedoeld in "
              "artikel 5, wordt niet verrekend."),
        ("h", "8. Medezeggenschap"),
        ("p", "8.1 Naast de wettelijke medezeggenschap bij ieder van partijen spreken partijen af "
              "dat een vertegenwoordiger van de leerlingen in de vo-fase als adviserend lid "
              "deelneemt aan de studentenraad van het College Handel & Ondernemen, en dat de "
              "medezeggenschapsraad van de school en de studentenraad van de instelling ieder "
              "schooljaar gezamenlijk het routeplan bespreken en daarover advies kunnen uitbrengen "
              "aan de stuurgroep."),
        ("h", "9. Geschillen"),
        ("p", "9.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
              "in de stuurgroep besproken en, als het daar niet binnen vier weken is opgelost, "
              "voorgelegd aan de colleges van bestuur. Komen de colleges niet binnen zes weken tot "
              "overeenstemming, dan schakelen zij een mediator in. Slaagt de mediation niet, dan "
              "wordt het geschil voorgelegd aan de bevoegde rechter van de rechtbank "
              "Zeeland-West-Brabant, locatie Tilburg."),
        ("h", "10. Toetreding"),
        ("p", "10.1 Een andere school voor vmbo of een andere instelling kan tot deze overeenkomst "
              "toetreden indien zij het profiel onderscheidenlijk de opleiding aanbiedt en de "
              "colleges van bestuur van alle partijen schriftelijk instemmen. De toetreding wordt "
              "vastgelegd in een door alle partijen ondertekende toetredingsverklaring."),
        ("h", "11. Wijziging"),
        ("p", "11.1 Deze overeenkomst kan uitsluitend schriftelijk worden gewijzigd, bij een door "
              "de colleges van bestuur van alle partijen ondertekend addendum."),
        ("h", "12. Duur en opzegging"),
        ("tracked", [("t", "12.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt "
                           "aangegaan voor onbepaalde tijd. Iedere partij kan de overeenkomst "
                           "schriftelijk opzeggen met inachtneming van een termijn van zes "
                           "maanden."),
                     ("del", DEL_199)]),
        ("p", "12.2 Een partij kan de overeenkomst met onmiddellijke ingang ontbinden indien de "
              "andere partij de bevoegdheid verliest om het profiel onderscheidenlijk de opleiding "
              "aan te bieden."),
        ("h", "Ondertekening"),
        ("sig", [("Voor de school", "Voor de instelling"),
                 ("drs. P.J.M. van der Heijden", "mr. L.A. Smulders"),
                 ("Tilburg, 1 juli 2025", "Tilburg, 1 juli 2025")]),
    ]


add(199, "bijgehouden_wijzigingen_midden_brabant_economie", "docx",
    "DOCX with Word tracked changes (one w:ins, one w:del, author 'M. Verhoeven (kwartiermaker)'), "
    "numbered clauses by a samenwerkingsverband. Midden-Brabant, Economie en ondernemen kb -> "
    "Eerste verkoper 3; explicit 'geen overdracht'. Defects: the deleted sentence held the only "
    "protection of pupils on opzegging (deleted text does not count, so j is weak); the "
    "stuurgroep reports quarterly and yearly to a Regionale Tafel of gemeenten and employers, "
    "not to the bevoegde gezagen (d weak). The insertion adds a geschiktheidsonderzoek sentence "
    "to an overstap clause that is complete without it.",
    st("p p p w p p p p p w"),
    {"a": "1. Onderwerp en leerroute",
     "b": "2. Betrokkenheid van het bedrijfsleven",
     "c": "3. Leiding van de leerroute",
     "e": "5. Onderwijskundige en organisatorische inrichting",
     "f": "6. Overstapmogelijkheden",
     "g": "7. Financiën",
     "h": "8. Medezeggenschap",
     "i": "9. Geschillen"},
    lambda path: build_docx(path, blocks_199(), {
        "title": "Samenwerkingsovereenkomst DLR Economie en ondernemen Midden-Brabant",
        "author": "Samenwerkingsverband vmbo-mbo Midden-Brabant",
        "rev_author": "M. Verhoeven (kwartiermaker)", "rev_date": "2025-06-12T10:30:00Z"}),
    meta={"absent": {"deleted sentence": DEL_199.strip()}})


# =============================================================================================
# 200 - TXT, prose paragraphs without any headings, hard-wrapped
#       Zeeuws-Vlaanderen, Groen kb -> Vakbekwaam hovenier niveau 3
#       fully compliant
# =============================================================================================

PARAS_200 = [
    "Samenwerkingsovereenkomst doorlopende leerroute Groen Zeeuws-Vlaanderen",
    "De ondergetekenden, Stichting Openbaar Voortgezet Onderwijs Zeeuws-Vlaanderen, statutair "
    "gevestigd te Terneuzen, bevoegd gezag van Vakcollege Scheldeoever te Terneuzen, rechtsgeldig "
    "vertegenwoordigd door mevrouw E.C. de Kraker, bestuurder, hierna de school, en Stichting Groen "
    "Onderwijs Zuidwest-Nederland, statutair gevestigd te Goes, bevoegd gezag van Groencollege "
    "Hulst, rechtsgeldig vertegenwoordigd door de heer ing. R.F. Dhooghe, voorzitter van het "
    "college van bestuur, hierna het groencollege, leggen in deze overeenkomst vast hoe zij met "
    "ingang van het schooljaar 2025-2026 samen een doorlopende leerroute vmbo-mbo verzorgen, als "
    "bedoeld in artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet "
    "educatie en beroepsonderwijs. De overeenkomst is voorbereid door de projectleider "
    "doorlopende leerroutes Zeeuws-Vlaanderen, in opdracht van beide besturen, en komt voort uit "
    "de regionale agenda voor een sluitend aanbod voor jongeren in de Kanaalzone en het Land van "
    "Hulst, waar hoveniers- en groenvoorzieningsbedrijven al jaren moeilijk vakmensen vinden.",
    "De route die partijen samen aanbieden, verbindt het profiel Groen in de "
    "kaderberoepsgerichte leerweg van de school met de opleiding Vakbekwaam hovenier op niveau 3 "
    "van het groencollege, uit het opleidingsdomein Voedsel, natuur en leefomgeving, in de "
    "beroepsopleidende leerweg. De route begint in leerjaar 3 van de school en duurt vijf jaar: "
    "twee jaar vo-fase, waarin de jongere leerling van de school is, en drie jaar mbo-fase, "
    "waarin hij student van het groencollege is. Beide partijen registreren de route ieder voor "
    "zich in RIO, zodat de melding aan de minister gezamenlijk plaatsvindt vóór de eerste "
    "instroom.",
    "Het groene werkveld in de regio is vanaf de start bij de route betrokken. Hoveniersbedrijf "
    "De Vos te Axel, Tuincentrum Zwinstreek te Sluis, Groenvoorziening Van Damme te Hulst en de "
    "afdeling openbaar groen van de gemeente Terneuzen nemen, samen met de afdeling Zeeland van "
    "de branchevereniging voor hoveniers en de adviseur praktijkleren van SBB, deel aan een "
    "werkveldcommissie die tweemaal per jaar met de stuurgroep om tafel zit en advies geeft over "
    "het routeplan en de keuze van keuzedelen. De bedrijven leveren ieder schooljaar een "
    "levensechte aanlegopdracht voor de tweedejaars, verzorgen gastlessen over "
    "boomverzorging en klimaatadaptief groen, bieden in het tweede jaar van de route "
    "snuffelstages aan en stellen in de mbo-fase bpv-plaatsen beschikbaar voor alle deelnemers. "
    "Praktijkopleiders van de bedrijven beoordelen mee bij de proeven van bekwaamheid.",
    "De leiding over de route is belegd bij een stuurgroep, die wordt bemensd door de "
    "sectordirecteur vmbo van de school, de teamleider hoveniers van het groencollege en de "
    "projectleider doorlopende leerroutes Zeeuws-Vlaanderen, die de stuurgroep voorzit. De "
    "sectordirecteur en de teamleider worden door hun eigen bestuur aangewezen; de projectleider "
    "wordt door beide besturen samen benoemd, telkens voor twee schooljaren. De besturen geven "
    "de stuurgroep het mandaat om het routeplan en de jaarplanning vast te stellen, om binnen de "
    "begroting te beslissen over de inzet van personeel en het gebruik van de faciliteiten, om "
    "over toelating tot de route te besluiten en om de werkveldcommissie te laten functioneren. "
    "De begroting, de verdeling van de middelen en alles wat deze overeenkomst zelf betreft, "
    "blijven bij de besturen; de stuurgroep legt daarover voorstellen aan hen voor.",
    "Over de voortgang rapporteert de stuurgroep via de kwartaalrapportage aan beide besturen, "
    "met de cijfers over instroom, doorstroom, uitval en overstap en de stand van de bpv-plaatsen. "
    "Ieder jaar vóór 1 oktober legt de stuurgroep in een routejaarverslag verantwoording af over "
    "het afgelopen schooljaar, inclusief de besteding van het bedrag dat de school aan het "
    "groencollege overmaakt; dat verslag wordt in oktober besproken in een bestuurlijk gesprek "
    "tussen beide besturen en de stuurgroep. Doen zich tussentijds ontwikkelingen voor die de "
    "continuïteit van de route raken, dan meldt de voorzitter die direct aan beide besturen.",
    "Voor de inrichting van het onderwijs geldt dat de vo-fase plaatsvindt op de locatie van de "
    "school in Terneuzen en dat de deelnemers vanaf het tweede jaar van de route twee middagen "
    "per week praktijkonderwijs volgen op de praktijkterreinen van het groencollege in Hulst; de "
    "school regelt het vervoer. De mbo-fase vindt plaats in Hulst en bij de leerbedrijven. Het "
    "programma, de examinering en de bpv zijn per leerjaar beschreven in het routeplan, dat de "
    "school in haar PTA en het groencollege in de OER opneemt; het centraal examen vmbo valt in "
    "het tweede jaar van de route. De docenten van beide partijen vormen één routeteam: een "
    "docent hoveniers van het groencollege verzorgt de praktijkmiddagen en geeft daarnaast "
    "wekelijks twee lesuren op de school, de docent groen van de school begeleidt de "
    "deelnemers in de mbo-fase die nog een vmbo-onderdeel moeten afronden, en voor het project "
    "Ontwerp en aanleg in het tweede jaar werken zij met teambevoegdheid, met voor ieder onderdeel "
    "een bevoegde docent. Iedereen blijft in dienst van de eigen werkgever. De school stelt haar "
    "kas en schooltuin beschikbaar, het groencollege zijn machinepark met minigravers, "
    "trilplaten en bosmaaiers, de oefentuinen en het ontwerplokaal; het groencollege zorgt voor de "
    "veiligheidsinstructie voordat deelnemers met machines werken. De deelnemer is in de eerste "
    "twee jaar ingeschreven bij de school en daarna bij het groencollege. Een klacht over een "
    "medewerker van de andere partij wordt binnen vijf werkdagen doorgestuurd en in overleg met "
    "die partij afgehandeld volgens de klachtenregeling van de partij waar de klacht is "
    "ingediend.",
    "Wie de route niet afmaakt, houdt altijd zicht op een diploma. Stopt een leerling in de "
    "vo-fase, dan gaat hij verder in de reguliere kaderberoepsgerichte leerweg van de school, in "
    "het profiel Groen of een ander profiel, op weg naar het vmbo-diploma. Heeft een deelnemer "
    "aan het eind van het derde jaar van de route zijn vmbo-diploma niet, dan kan hij bij het "
    "groencollege verder in de mbo-opleiding, zonder dat de vooropleidingseisen gelden, of het "
    "vmbo-examen nog een keer doen. Past de richting niet, dan kan hij overstappen naar een "
    "andere niveau 3-opleiding van het groencollege, bijvoorbeeld Vakbekwaam medewerker "
    "teelt of Dierverzorger, en blijkt niveau 3 te hoog, dan naar Hovenier op niveau 2. Wil of "
    "moet hij naar een andere instelling, bijvoorbeeld na een verhuizing, dan helpen partijen "
    "hem daarbij; die instelling kan hem na een geschiktheidsonderzoek toelaten. Welk alternatief "
    "het wordt, bepalen de school en het groencollege samen, na een gesprek met de leerling en "
    "zijn ouders, op grond van het niveau dat hij heeft bereikt en zijn leeftijd. De school "
    "beschrijft deze werkwijze in de schoolgids.",
    "Over de bekostiging spreken partijen af dat de middelen de leerling volgen: de school "
    "ontvangt de bekostiging voor de vo-fase en het groencollege die voor de mbo-fase. Omdat het "
    "groencollege al in de vo-fase onderwijs verzorgt, maakt de school met toepassing van artikel "
    "5.42a WVO 2020 voor iedere deelnemer in het tweede jaar van de route € 750 per schooljaar "
    "over aan het groencollege. Dat bedrag is bestemd voor de inzet van de docent hoveniers op "
    "de praktijkmiddagen en voor het gebruik van het machinepark, inclusief brandstof en "
    "onderhoud. Het groencollege draagt niets over aan de school; de inzet van de docent groen "
    "van de school in de mbo-fase wordt niet verrekend. Het groencollege factureert in december "
    "op basis van het aantal deelnemers op 1 oktober.",
    "De medezeggenschap blijft bij de organen van ieder der partijen, met twee aanvullingen die "
    "partijen hierbij afspreken: de leerlingen in de vo-fase kiezen uit hun midden een "
    "vertegenwoordiger die als toehoorder met spreekrecht de vergaderingen van de studentenraad "
    "van het groencollege bijwoont, en de medezeggenschapsraad van de school en de "
    "studentenraad van het groencollege ontvangen ieder jaar het routejaarverslag en bespreken dat "
    "samen met de stuurgroep. Een voornemen om deze overeenkomst te wijzigen of te beëindigen, "
    "leggen de besturen eerst voor advies aan beide raden voor.",
    "Ontstaat er tussen partijen verschil van mening over de uitvoering van deze overeenkomst, "
    "dan bespreekt de stuurgroep dat eerst. Lukt het daar binnen vier weken niet, dan nemen de "
    "beide bestuurders het over. Komen ook zij er binnen zes weken niet uit, dan vragen zij "
    "samen een mediator om te bemiddelen, en als ook dat geen oplossing geeft, kan ieder van hen "
    "het geschil voorleggen aan de bevoegde rechter van de rechtbank Zeeland-West-Brabant, "
    "locatie Middelburg. Zolang het geschil loopt, gaat het onderwijs aan de deelnemers gewoon "
    "door.",
    "Een andere school of instelling kan zich bij deze overeenkomst aansluiten als zij het "
    "profiel Groen of een verwante groene opleiding aanbiedt, het routeplan overneemt en beide "
    "besturen daar schriftelijk mee instemmen; de aansluiting wordt in een door alle partijen "
    "getekende toetredingsverklaring vastgelegd, gaat in bij het begin van een schooljaar en "
    "verandert niets aan het programma van deelnemers die al in de route zitten. Wijzigen kan "
    "alleen schriftelijk, met een door alle besturen getekend addendum; een wijziging die "
    "deelnemers benadeelt, geldt alleen voor nieuwe instroom. Opzeggen kan iedere partij "
    "schriftelijk, met een opzegtermijn van ten minste een jaar en alleen tegen 1 augustus. Na "
    "een opzegging stromen er geen nieuwe leerlingen meer in, en de deelnemers die al begonnen "
    "zijn, maken de route bij partijen af; lukt dat niet, dan krijgen zij een passend alternatief "
    "zoals hierboven beschreven, zonder studievertraging. Voor ontbinding wegens een ernstige "
    "tekortkoming gelden dezelfde waarborgen.",
    "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd en wordt in het "
    "schooljaar 2027-2028 door de stuurgroep geëvalueerd. Aldus overeengekomen en in tweevoud "
    "ondertekend te Terneuzen op 26 juni 2025.",
    "Voor de school: E.C. de Kraker, bestuurder.",
    "Voor het groencollege: ing. R.F. Dhooghe, voorzitter college van bestuur.",
]


def text_200():
    import textwrap
    return "\n\n".join(textwrap.fill(p, width=92) for p in PARAS_200)


add(200, "proza_zonder_kopjes_zeeuws_vlaanderen_groen", "txt",
    "Plain-text agreement in prose paragraphs without any headings (hard-wrapped at 92 "
    "characters), written by a regional projectleider in plain policy Dutch. Zeeuws-Vlaanderen, "
    "Groen kb -> Vakbekwaam hovenier 3 (school and a separate groen instelling). Fully compliant: "
    "stuurgroep 'wordt bemensd door', mandaat, kwartaalrapportage, 'de middelen volgen de "
    "leerling' with a EUR 750 transfer and bestemming, every element in running text.",
    st("p p p p p p p p p p"),
    {"a": "De route die partijen samen aanbieden",
     "b": "Het groene werkveld in de regio",
     "c": "De leiding over de route is belegd bij een stuurgroep",
     "d": "Over de voortgang rapporteert de stuurgroep",
     "e": "Voor de inrichting van het onderwijs",
     "f": "Wie de route niet afmaakt",
     "g": "Over de bekostiging spreken partijen af",
     "h": "De medezeggenschap blijft bij de organen",
     "i": "Ontstaat er tussen partijen verschil van mening",
     "j": "Een andere school of instelling kan zich"},
    lambda path: build_text(path, text_200(), {}))


# =============================================================================================
# 201 - PDF, geïntegreerde route vmbo basis -> mbo 2, paragraph-sign headings
#       Veluwe, Horeca, bakkerij en recreatie bb -> Bakker niveau 2
#       defects: overstap written at length but nobody is said to decide (f weak); nothing at
#       all about finances (g missing); medezeggenschap only describes the law (h n/a)
# =============================================================================================

def blocks_201():
    return [
        ("title", "Samenwerkingsovereenkomst geïntegreerde route Bakkerij Veluwe"),
        ("sub", "Geïntegreerde route vmbo basisberoepsgerichte leerweg Horeca, bakkerij en recreatie "
                "- mbo Bakker niveau 2. Projectgroep Veluwse Vakroute Bakkerij, juni 2025."),
        ("h", "§ 1 Partijen en grondslag"),
        ("p", "Stichting Voortgezet Onderwijs Oost-Veluwe, statutair gevestigd te Epe, bevoegd "
              "gezag van Vakcollege De Wissel te Epe, vertegenwoordigd door de heer "
              "H.J. Brinkman, voorzitter van het college van bestuur (de school), en Stichting "
              "Regionaal Opleidingencentrum Veluwe en IJssel, statutair gevestigd te Apeldoorn, "
              "bevoegd gezag van de Vakschool Brood & Banket te Apeldoorn, vertegenwoordigd door "
              "mevrouw drs. G. Wolters, voorzitter van het college van bestuur (de instelling), "
              "sluiten deze overeenkomst op grond van artikel 2.107l WVO 2020 en artikel 9.1.17 WEB."),
        ("p", "Partijen willen jongeren in de basisberoepsgerichte leerweg die het meest gebaat zijn "
              "bij leren in de praktijk, via één geïntegreerd programma naar een diploma in het "
              "bakkersvak brengen. De Veluwse ambachtelijke bakkerijen hebben dringend behoefte aan "
              "instroom."),
        ("h", "§ 2 De route"),
        ("item", "2.1 De route verbindt het profiel Horeca, bakkerij en recreatie in de "
                 "basisberoepsgerichte leerweg van de school met de opleiding Bakker op niveau 2 "
                 "(basisberoepsopleiding), beroepsopleidende leerweg, van de instelling."),
        ("item", "2.2 Het betreft een geïntegreerde route: de school neemt geen eindexamen "
                 "basisberoepsgerichte leerweg af; de deelnemer sluit de route af met het "
                 "mbo-diploma Bakker niveau 2. Deelname vindt plaats in overleg met de leerling en "
                 "zijn ouders en na overleg met de instelling."),
        ("item", "2.3 De route start in leerjaar 3 en beslaat drie jaar: twee jaar waarin de "
                 "deelnemer als leerling bij de school staat ingeschreven en een derde jaar waarin "
                 "hij student van de instelling is. Partijen melden de route gezamenlijk in RIO."),
        ("h", "§ 3 Het bakkersvak in de route"),
        ("item", "3.1 Bakkerij Van der Wal te Heerde, Warme Bakker Hendriks te Epe, Banketbakkerij "
                 "Hulshorst te Nunspeet en Broodbakkerij De Veluwse Molen te Apeldoorn zijn als "
                 "erkende leerbedrijven aan de route verbonden. Zij bieden vanaf het tweede jaar "
                 "iedere deelnemer een vaste leerwerkdag per week en in het derde jaar de "
                 "beroepspraktijkvorming."),
        ("item", "3.2 De regionale afdeling van de bakkersondernemersvereniging en de adviseur "
                 "praktijkleren van SBB vormen met de leerbedrijven een werkveldkring die tweemaal "
                 "per jaar het routeplan bespreekt en advies geeft over de inhoud van het "
                 "programma. Praktijkopleiders beoordelen mee bij de examens in de praktijk."),
        ("h", "§ 4 Leiding van de route"),
        ("item", "4.1 De leiding over de route berust bij het routeteam, dat wordt bemensd door de "
                 "afdelingsleider basisberoepsgerichte leerweg van de school en de teamleider "
                 "Bakkerij van de instelling. Beiden worden aangewezen door het college van bestuur "
                 "van hun eigen partij."),
        ("item", "4.2 Het routeteam heeft het mandaat om het routeplan vast te stellen, de roosters "
                 "en de inzet van docenten af te stemmen, de deelnemers toe te laten en de "
                 "contacten met de leerbedrijven te onderhouden. Besluiten over deze overeenkomst "
                 "en over de personele formatie liggen bij de colleges van bestuur."),
        ("h", "§ 5 Verantwoording"),
        ("item", "5.1 Het routeteam stelt in januari en in juli een voortgangsrapportage op voor "
                 "beide colleges van bestuur, met de aantallen deelnemers, de voortgang, de uitval "
                 "en de ervaringen van de leerbedrijven."),
        ("item", "5.2 In september bespreken de colleges van bestuur met het routeteam in een "
                 "bestuurlijk overleg de jaarrapportage over het afgelopen schooljaar."),
        ("h", "§ 6 Inrichting van het onderwijs"),
        ("item", "6.1 De deelnemers volgen de algemene vakken op de locatie van de school in Epe. "
                 "Het praktijkonderwijs vindt plaats in het praktijklokaal horeca en bakkerij van de "
                 "school en, vanaf het tweede jaar, twee dagen per week in de leerbakkerij van de "
                 "Vakschool Brood & Banket in Apeldoorn. In het derde jaar volgt de deelnemer het "
                 "onderwijs bij de instelling en bij het leerbedrijf."),
        ("item", "6.2 Het routeplan beschrijft per leerjaar het programma, de examinering en de "
                 "beroepspraktijkvorming en geeft aan welke onderdelen tot het vo-deel en welke tot "
                 "het mbo-deel behoren. Het maakt deel uit van het PTA van de school en de OER van "
                 "de instelling."),
        ("item", "6.3 Een bakkerijdocent van de instelling geeft in het eerste jaar wekelijks één "
                 "dagdeel les in het praktijklokaal van de school. In het gecombineerde "
                 "praktijkprogramma werken de docenten van beide partijen met teambevoegdheid; voor "
                 "ieder onderdeel is een bevoegde docent betrokken. De docenten blijven in dienst van "
                 "hun eigen werkgever."),
        ("item", "6.4 De school stelt haar praktijklokaal horeca en bakkerij beschikbaar, de "
                 "instelling haar leerbakkerij met de steenoven, de rijskasten en de "
                 "banketafdeling. De instelling verstrekt de bakkerskleding en de hygiëne-instructie "
                 "volgens de HACCP-regels."),
        ("item", "6.5 De klachtenregeling van iedere partij geldt ook voor gedragingen van "
                 "medewerkers van de andere partij in de route."),
        ("h", "§ 7 Als de route niet past"),
        ("item", "7.1 Een leerling die de geïntegreerde route verlaat, is altijd verzekerd van een "
                 "passende plek. Dat betekent niet dat hij automatisch naar de Entree-opleiding "
                 "gaat; de Entree-opleiding komt alleen in beeld als een startkwalificatie echt niet "
                 "haalbaar is."),
        ("item", "7.2 Bij beëindiging in het eerste jaar stroomt de leerling in de reguliere "
                 "basisberoepsgerichte leerweg van de school in, in het profiel Horeca, bakkerij en "
                 "recreatie of een ander profiel, en doet hij eindexamen vmbo."),
        ("item", "7.3 Bij beëindiging in het tweede jaar wordt de leerling de gelegenheid geboden "
                 "het vmbo-examen basisberoepsgerichte leerweg af te leggen, zodat hij met een "
                 "vmbo-diploma een andere mbo-opleiding kan kiezen, of stroomt hij door naar een "
                 "andere opleiding op niveau 2 van de instelling, zoals Medewerker horeca of "
                 "Medewerker fastservice, zonder toepassing van de vooropleidingseisen."),
        ("item", "7.4 Bij beëindiging in het derde jaar wordt de deelnemer geplaatst in een andere "
                 "opleiding op niveau 2 bij de instelling of, als hij dat wil, bij een andere "
                 "instelling die hem na een geschiktheidsonderzoek kan toelaten."),
        ("item", "7.5 Voor de keuze van het alternatief zijn het bereikte onderwijsniveau, de "
                 "leeftijd en de wensen van de leerling richtinggevend. De mentor verzorgt een warme "
                 "overdracht en houdt contact tot de leerling op zijn nieuwe plek is gestart."),
        ("h", "§ 8 Medezeggenschap"),
        ("item", "8.1 Voor de medezeggenschap gelden de wettelijke regels: zolang de deelnemer bij de "
                 "school staat ingeschreven de Wet medezeggenschap op scholen, daarna hoofdstuk 8a "
                 "van de WEB. Partijen kunnen aanvullende afspraken maken als daaraan behoefte "
                 "blijkt."),
        ("h", "§ 9 Geschillen"),
        ("item", "9.1 Verschillen van inzicht over de uitvoering van deze overeenkomst legt het "
                 "routeteam voor aan de colleges van bestuur, die binnen zes weken overleggen. "
                 "Leidt dat overleg niet tot een oplossing, dan roepen partijen de hulp in van een "
                 "onafhankelijke mediator. Blijft het geschil daarna bestaan, dan beslist de "
                 "bevoegde rechter van de rechtbank Gelderland, locatie Zutphen."),
        ("h", "§ 10 Toetreding, wijziging en opzegging"),
        ("item", "10.1 Een andere school met de basisberoepsgerichte leerweg in het profiel Horeca, "
                 "bakkerij en recreatie kan tot deze overeenkomst toetreden, als zij het routeplan "
                 "overneemt en beide colleges van bestuur schriftelijk instemmen. Toetreding gaat in "
                 "bij het begin van een schooljaar en laat het programma van de zittende "
                 "deelnemers ongemoeid."),
        ("item", "10.2 Wijziging van deze overeenkomst gebeurt schriftelijk en wordt door beide "
                 "colleges van bestuur ondertekend. Wijzigingen die nadelig zijn voor deelnemers "
                 "gelden alleen voor nieuwe instroom."),
        ("item", "10.3 Opzegging is mogelijk met een termijn van twaalf maanden, tegen 1 augustus. "
                 "Na opzegging worden geen nieuwe deelnemers toegelaten; deelnemers die al in de "
                 "route zitten, ronden die bij partijen af."),
        ("h", "§ 11 Looptijd"),
        ("item", "11.1 Deze overeenkomst geldt met ingang van 1 augustus 2025 voor vier jaar en "
                 "wordt daarna stilzwijgend verlengd voor telkens vier jaar."),
        ("sp", 10),
        ("p", "Aldus overeengekomen te Epe op 27 juni 2025."),
        ("sig", [("Voor de school", "Voor de instelling"),
                 ("H.J. Brinkman, voorzitter college van bestuur",
                  "drs. G. Wolters, voorzitter college van bestuur")]),
    ]


add(201, "geintegreerde_route_veluwe_bakkerij", "pdf",
    "PDF with '§ N' headings by a projectgroep, geïntegreerde route vmbo basis -> mbo 2 (art. "
    "2.107l WVO 2020). Veluwe, Horeca, bakkerij en recreatie bb -> Bakker 2. Defects: the "
    "overstap section guarantees a passende plek (not automatically Entree) and lists options "
    "per year, but never says who decides on the alternative (f weak); nothing at all on "
    "finances (g missing). Medezeggenschap only describes the law and says arrangements 'kunnen' "
    "be made (h not_applicable).",
    st("p p p p p w m na p p"),
    {"a": "§ 2 De route",
     "b": "§ 3 Het bakkersvak in de route",
     "c": "§ 4 Leiding van de route",
     "d": "§ 5 Verantwoording",
     "e": "§ 6 Inrichting van het onderwijs",
     "i": "§ 9 Geschillen",
     "j": "§ 10 Toetreding, wijziging en opzegging"},
    lambda path: build_pdf(path, blocks_201(), {
        "title": "Samenwerkingsovereenkomst geïntegreerde route Bakkerij Veluwe",
        "author": "Projectgroep Veluwse Vakroute Bakkerij"}))


# =============================================================================================
# 202 - DOCX, four parties (three vmbo boards + one ROC), chapters with decimal numbering
#       Groningen-Oost, Media, vormgeving en ICT gl -> Mediavormgever niveau 4
#       defects: stuurgroep without any rule on how its members or chair are appointed (c weak);
#       no toetreding clause although exit, wijziging and protection are arranged (j weak)
# =============================================================================================

def blocks_202():
    return [
        ("title", "Samenwerkingsovereenkomst Vakroute Media Oost-Groningen"),
        ("sub", "Doorlopende leerroute gemengde leerweg Media, vormgeving en ICT - Mediavormgever "
                "niveau 4. Samenwerkingsverband van drie vmbo-scholen en één ROC. Vastgesteld "
                "in het bestuurlijk overleg van 19 juni 2025."),
        ("h", "Partijen"),
        ("bullets", [
            "Stichting Openbaar Voortgezet Onderwijs Oldambt, gevestigd te Winschoten, bevoegd "
            "gezag van het Dollard Vakcollege te Winschoten, vertegenwoordigd door de heer "
            "W. Huizinga, bestuurder;",
            "Stichting Christelijk Voortgezet Onderwijs Veenkoloniën, gevestigd te Stadskanaal, "
            "bevoegd gezag van het Hunzecollege te Stadskanaal, vertegenwoordigd door mevrouw "
            "drs. T. Mulder-Oosting, voorzitter van het college van bestuur;",
            "Stichting Scholengroep Westerwolde, gevestigd te Ter Apel, bevoegd gezag van "
            "Vakcollege Westerwolde te Ter Apel, vertegenwoordigd door de heer J. Kuipers, "
            "bestuurder;",
            "Stichting Regionaal Opleidingencentrum Eems-Dollard, gevestigd te Veendam, bevoegd "
            "gezag van het Mediacollege Veendam, vertegenwoordigd door mevrouw ir. F. de Vries, "
            "voorzitter van het college van bestuur;",
        ]),
        ("p", "hierna afzonderlijk 'partij' en gezamenlijk 'partijen'; de eerste drie partijen "
              "worden ook aangeduid als 'de vmbo-scholen', de vierde als 'het ROC'."),
        ("h", "Hoofdstuk 1 Doel en reikwijdte"),
        ("p", "1.1 Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo als bedoeld "
              "in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB, met als doel de borging van een "
              "ononderbroken leerlijn naar een mbo-diploma op niveau 4 voor jongeren in "
              "Oost-Groningen, en het tegengaan van uitval bij de overgang vmbo-mbo."),
        ("p", "1.2 De route verbindt het profiel Media, vormgeving en ICT in de gemengde leerweg "
              "van ieder van de vmbo-scholen met de opleiding Mediavormgever, niveau 4 "
              "(middenkaderopleiding), opleidingsdomein Media en vormgeving, beroepsopleidende "
              "leerweg, van het ROC. De route begint in leerjaar 3 en beslaat vijf leerjaren."),
        ("p", "1.3 Iedere vmbo-school meldt de route samen met het ROC in RIO; het ROC verzorgt de "
              "registratie van het mbo-deel."),
        ("h", "Hoofdstuk 2 Governance"),
        ("p", "2.1 De leiding over de route berust bij de stuurgroep Vakroute Media. De stuurgroep "
              "wordt bemensd door vier leden, één uit iedere partij, en een onafhankelijk "
              "voorzitter. Onder de stuurgroep werkt een kernteam van de routecoördinatoren van de "
              "vier locaties."),
        ("p", "2.2 De stuurgroep is belast met de inrichting van de governance van de route, de "
              "vaststelling van het routeplan en de jaarplanning, de afstemming van de roosters "
              "tussen de vier locaties, de toelating van leerlingen en de kwaliteitszorg. De "
              "besturen geven de stuurgroep mandaat om binnen de door hen vastgestelde "
              "routebegroting te besluiten over de inzet van docenten en faciliteiten. Besluiten "
              "over de routebegroting en over deze overeenkomst blijven voorbehouden aan de "
              "besturen."),
        ("p", "2.3 De stuurgroep rapporteert halfjaarlijks, in februari en september, via een "
              "voortgangsrapportage aan de besturen van alle partijen over instroom, voortgang, "
              "uitval en overstap per locatie. Jaarlijks vóór 1 november legt zij in een "
              "routejaarverslag verantwoording af over het afgelopen schooljaar en de besteding "
              "van de routebegroting. Het routejaarverslag wordt besproken in het bestuurlijk "
              "overleg, dat tweemaal per jaar bijeenkomt."),
        ("h", "Hoofdstuk 3 Werkveld"),
        ("p", "3.1 Partijen betrekken het regionale mediawerkveld via de werkveldraad Media "
              "Oost-Groningen, waarin Drukkerij & Mediahuis Veenkoloniën te Veendam, Studio "
              "Blauwestad te Winschoten, de regionale omroep RTV Dollard en Reclamebureau "
              "Westerwolde te Ter Apel zitting hebben, aangevuld met de adviseur praktijkleren van "
              "SBB."),
        ("p", "3.2 De werkveldraad adviseert jaarlijks over het routeplan. De bedrijven zijn "
              "opdrachtgever voor twee mediaweken per schooljaar, waarin deelnemers aan echte "
              "opdrachten werken, bieden in de mbo-fase bpv-plaatsen aan en leveren "
              "praktijkbeoordelaars voor de proeven van bekwaamheid."),
        ("h", "Hoofdstuk 4 Onderwijs en organisatie"),
        ("p", "4.1 De vo-fase wordt verzorgd op de locaties van de drie vmbo-scholen; vanaf het "
              "tweede routejaar volgen alle deelnemers één dag per week onderwijs op het "
              "Mediacollege Veendam. De mbo-fase wordt verzorgd door het ROC en bij de "
              "leerbedrijven. Het routeplan beschrijft per leerjaar het programma, de examinering "
              "en de bpv en maakt deel uit van de PTA's van de vmbo-scholen en de OER van het ROC."),
        ("p", "4.2 Het ROC stelt een flexpool van drie mbo-docenten vormgeving samen, die volgens "
              "een rooster lesgeven op de drie vmbo-locaties. De docenten van de vmbo-scholen en "
              "het ROC vormen samen het routeteam; in de vakoverstijgende mediaprojecten wordt de "
              "teambevoegdheid toegepast, met voor elk onderdeel ten minste één bevoegde docent. "
              "Iedere docent blijft in dienst van de eigen werkgever."),
        ("p", "4.3 Het ROC stelt de fotostudio, de videostudio, de drukwerkplaats en de "
              "softwarelicenties van het Mediacollege beschikbaar; de vmbo-scholen stellen hun "
              "MVI-lokalen beschikbaar voor de lessen van de flexpool. De vmbo-scholen verzorgen "
              "gezamenlijk het busvervoer naar Veendam."),
        ("p", "4.4 De deelnemer staat in de eerste twee routejaren ingeschreven bij zijn vmbo-school "
              "en daarna bij het ROC. Klachten over medewerkers van een andere partij worden binnen "
              "vijf werkdagen aan die partij doorgezonden."),
        ("h", "Hoofdstuk 5 Overstap"),
        ("p", "5.1 Een deelnemer die de route niet afrondt, krijgt een passend alternatief richting "
              "een vmbo- of mbo-diploma. Bij vertrek in de vo-fase zet hij de reguliere gemengde "
              "leerweg voort op zijn eigen vmbo-school. Zonder vmbo-diploma aan het eind van het "
              "derde routejaar kan hij de opleiding bij het ROC voortzetten zonder "
              "vooropleidingseisen, of het vmbo-examen herkansen. Past de richting of het niveau "
              "niet, dan stapt hij over naar een andere opleiding van het ROC, zoals Allround "
              "DTP-er (niveau 3) of Medewerker ICT (niveau 2), zonder vooropleidingseisen; een "
              "andere instelling kan hem na een geschiktheidsonderzoek toelaten."),
        ("p", "5.2 Het besluit over het alternatief nemen de routecoördinator van de betrokken "
              "vmbo-school en de opleidingsmanager van het Mediacollege samen, op basis van het "
              "bereikte onderwijsniveau en de leeftijd van de deelnemer en na een gesprek met de "
              "deelnemer en zijn ouders."),
        ("h", "Hoofdstuk 6 Financiën"),
        ("p", "6.1 Iedere vmbo-school draagt, met toepassing van artikel 5.42a WVO 2020, voor "
              "iedere eigen deelnemer in de vo-fase € 600 per schooljaar over aan het ROC. Dit "
              "bedrag is bestemd voor de inzet van de flexpool op de vmbo-locaties en voor het "
              "gebruik van de studio's en de drukwerkplaats van het Mediacollege. Het ROC draagt "
              "geen bekostiging over aan de vmbo-scholen."),
        ("p", "6.2 Het ROC factureert jaarlijks in december op basis van de teldatum 1 oktober."),
        ("h", "Hoofdstuk 7 Medezeggenschap"),
        ("p", "7.1 Partijen richten een routeraad in, waarin iedere medezeggenschapsraad van de "
              "vmbo-scholen één lid afvaardigt en de studentenraad van het ROC twee leden, van wie "
              "er één een deelnemer in de route is. De routeraad ontvangt het routejaarverslag, "
              "overlegt tweemaal per jaar met de stuurgroep en adviseert over het routeplan en over "
              "elk voorstel tot wijziging of beëindiging van deze overeenkomst."),
        ("h", "Hoofdstuk 8 Geschillen"),
        ("p", "8.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt "
              "eerst in de stuurgroep besproken en, zo nodig, binnen vier weken in het bestuurlijk "
              "overleg. Is het geschil niet binnen acht weken opgelost, dan leggen partijen het "
              "voor aan een geschillencommissie van drie leden: iedere partij in het geschil wijst "
              "één lid aan en deze leden wijzen samen de voorzitter aan. De commissie brengt "
              "binnen zes weken een bindend advies uit."),
        ("h", "Hoofdstuk 9 Looptijd, wijziging en beëindiging"),
        ("p", "9.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor vier jaar en wordt daarna "
              "telkens stilzwijgend met vier jaar verlengd."),
        ("p", "9.2 Wijziging van deze overeenkomst is alleen mogelijk bij een schriftelijk addendum "
              "dat door de besturen van alle partijen is ondertekend, na advies van de routeraad."),
        ("p", "9.3 Iedere partij kan haar deelname opzeggen met een termijn van twaalf maanden, "
              "tegen 1 augustus. Voor de overige partijen loopt de overeenkomst door. Na de "
              "opzegging stromen bij de opzeggende partij geen nieuwe leerlingen meer in; "
              "deelnemers die al in de route zitten, ronden die af volgens het routeplan, zo nodig "
              "met onderwijs op een van de andere locaties."),
        ("p", "9.4 Bij ernstige tekortkoming kan een partij na ingebrekestelling de overeenkomst "
              "ten aanzien van de tekortschietende partij ontbinden; de waarborgen van 9.3 gelden "
              "overeenkomstig."),
        ("h", "Ondertekening"),
        ("sig", [("Stichting Openbaar VO Oldambt", "Stichting Christelijk VO Veenkoloniën"),
                 ("W. Huizinga", "drs. T. Mulder-Oosting"),
                 ("Stichting Scholengroep Westerwolde", "Stichting ROC Eems-Dollard"),
                 ("J. Kuipers", "ir. F. de Vries"),
                 ("Veendam, 19 juni 2025", "Veendam, 19 juni 2025")]),
    ]


add(202, "vier_partijen_groningen_oost_media", "docx",
    "DOCX of a samenwerkingsverband with four parties (three vmbo boards and one ROC), "
    "'Hoofdstuk N' headings and decimal clause numbers. Groningen-Oost, Media, vormgeving en ICT "
    "gl -> Mediavormgever 4; EUR 600 transfer per pupil with bestemming; routeraad for "
    "medezeggenschap. Defects: the stuurgroep 'wordt bemensd door' one member per party and an "
    "independent chair, with tasks and mandaat, but nothing says who appoints them (c weak); "
    "wijziging, opzegging and protection of pupils are arranged but nothing on another school "
    "joining (j weak).",
    st("p p w p p p p p p w"),
    {"a": "Hoofdstuk 1 Doel en reikwijdte",
     "b": "Hoofdstuk 3 Werkveld",
     "d": "Hoofdstuk 2 Governance",
     "e": "Hoofdstuk 4 Onderwijs en organisatie",
     "f": "Hoofdstuk 5 Overstap",
     "g": "Hoofdstuk 6 Financiën",
     "h": "Hoofdstuk 7 Medezeggenschap",
     "i": "Hoofdstuk 8 Geschillen"},
    lambda path: build_docx(path, blocks_202(), {
        "title": "Samenwerkingsovereenkomst Vakroute Media Oost-Groningen",
        "author": "Samenwerkingsverband Vakroute Media Oost-Groningen"}))


# =============================================================================================
# 203 - Markdown, very short (one page), terse policy bullets
#       Eemland (Amersfoort), Zorg en welzijn kb -> Verzorgende-IG niveau 3
#       fully compliant; explicit "geen overdracht" (de middelen volgen de leerling)
# =============================================================================================

TEXT_203 = """
# Samenwerkingsovereenkomst DLR Zorg Eemland

Stichting Scholengroep Eemland (bevoegd gezag van Vakcollege De Eem, Amersfoort), vertegenwoordigd door mevrouw J. Verbeek, bestuurder, en Stichting Regionaal Opleidingencentrum Eemvallei (bevoegd gezag van het Zorgcollege Amersfoort), vertegenwoordigd door de heer dr. K. Schouten, voorzitter college van bestuur, leggen op grond van art. 2.107b WVO 2020 en art. 9.1.3 WEB het volgende vast.

## 1. Route
- Profiel Zorg en welzijn, kaderberoepsgerichte leerweg, naar de opleiding Verzorgende-IG, niveau 3, opleidingsdomein Zorg en welzijn, bol.
- Start leerjaar 3; vijf leerjaren (2 jaar vo-fase, 3 jaar mbo-fase). Gezamenlijke melding in RIO vóór 1 oktober 2025.

## 2. Werkveld
- Zorggroep Eemhof, Thuiszorg Eemland en Verpleeghuis De Birkhoven zijn als leerbedrijven verbonden: praktijkdagen vanaf routejaar 2, bpv in de mbo-fase, drie gastlessen per jaar en praktijkbeoordelaars bij de proeven van bekwaamheid.
- Zij adviseren tweemaal per jaar aan de werkveldtafel over het routeplan.

## 3. Governance
- Stuurgroep, bemensd door de teamleider Zorg en welzijn (school) en de opleidingsmanager VIG (instelling); ieder aangewezen door het eigen college van bestuur.
- Mandaat: vaststelling routeplan en rooster, inzet van docenten binnen de formatie, toelating en overstapbesluiten. Begroting en deze overeenkomst: voorbehouden aan de colleges.

## 4. Verantwoording
- Rapportage via de kwartaalrapportage (instroom, voortgang, uitval, overstap) aan beide colleges; jaarverantwoording vóór 1 november, besproken in het bestuurlijk overleg.

## 5. Inrichting
- Vo-fase op de locatie van de school; vanaf routejaar 2 één dag per week in het skillslab van het Zorgcollege; mbo-fase bij de instelling en de leerbedrijven. Programma, examinering en bpv per leerjaar in het routeplan (PTA/OER).
- Eén routeteam; 0,2 fte docent VIG van de instelling op de school; teambevoegdheid in het Zorgproject; iedere docent blijft in dienst van de eigen werkgever.
- Faciliteiten: praktijklokaal van de school; skillslab van de instelling (hoog-laagbedden, tilliften, oefenpoppen).

## 6. Overstap
- Vertrek in de vo-fase: reguliere kaderberoepsgerichte leerweg, gericht op het vmbo-diploma.
- Geen vmbo-diploma na routejaar 3: doorgaan in de mbo-opleiding zonder vooropleidingseisen, of herkansing vmbo-examen.
- Andere richting of niveau: Maatschappelijke zorg (niveau 3) of Helpende zorg en welzijn (niveau 2) bij de instelling; elders via geschiktheidsonderzoek.
- Besluit: teamleider en opleidingsmanager samen, op basis van bereikt niveau en leeftijd, na gesprek met leerling en ouders.

## 7. Financiën
- Geen overdracht van bekostiging: de middelen volgen de leerling (vo-fase school, mbo-fase instelling); wederzijdse inzet wordt niet verrekend.

## 8. Medezeggenschap
- Eén leerling uit de vo-fase neemt als toehoorder deel aan de studentenraad van het Zorgcollege; MR en studentenraad ontvangen de jaarverantwoording en adviseren vooraf over wijziging of beëindiging.

## 9. Geschillen
- Stuurgroep, daarna de colleges (binnen vier weken), daarna mediation; uiteindelijk de bevoegde rechter van de rechtbank Midden-Nederland.

## 10. Toetreding, wijziging en exit
- Toetreding van een andere school of instelling: bij addendum met instemming van alle colleges, per begin schooljaar, zonder gevolgen voor zittende deelnemers.
- Wijziging: alleen schriftelijk, bij door alle colleges getekend addendum.
- Opzegging: twaalf maanden, tegen 1 augustus; daarna geen instroom; zittende deelnemers ronden de route af.

Looptijd vanaf 1 augustus 2025, onbepaalde tijd. Amersfoort, 25 juni 2025 - J. Verbeek / dr. K. Schouten.
"""

add(203, "zeer_kort_een_pagina_eemland_zorg", "md",
    "Very short Markdown agreement (one page) in terse policy bullets under '## N.' headings. "
    "Eemland (Amersfoort), Zorg en welzijn kb -> Verzorgende-IG 3. Fully compliant in compact "
    "form: stuurgroep 'bemensd door' and 'aangewezen door', mandaat, kwartaalrapportage, "
    "explicit 'geen overdracht van bekostiging: de middelen volgen de leerling'.",
    st("p p p p p p p p p p"),
    {"a": "1. Route", "b": "2. Werkveld", "c": "3. Governance", "d": "4. Verantwoording",
     "e": "5. Inrichting", "f": "6. Overstap", "g": "7. Financiën", "h": "8. Medezeggenschap",
     "i": "9. Geschillen", "j": "10. Toetreding, wijziging en exit"},
    lambda path: build_text(path, TEXT_203, {}))


# =============================================================================================
# 204 - PDF, kwartiermaker's programme-style agreement with governance, overstap and finance
#       tables; Twente, Produceren, installeren en energie kb -> Eerste monteur
#       elektrotechnische installaties niveau 3; fully compliant (transfers both ways)
# =============================================================================================

def blocks_204():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Elektrotechniek Twente"),
        ("sub", "Techniekpact Twente - programmalijn doorlopende leerroutes. Route kaderberoepsgerichte "
                "leerweg Produceren, installeren en energie naar Eerste monteur elektrotechnische "
                "installaties (niveau 3). Opgesteld door de kwartiermaker, vastgesteld door de "
                "besturen op 20 juni 2025."),
        ("h", "0 Partijen"),
        ("item", "- Stichting Openbaar Voortgezet Onderwijs Twente-Noord, statutair gevestigd te "
                 "Almelo, bevoegd gezag van Vakcollege Tubantia te Almelo, vertegenwoordigd door "
                 "mevrouw mr. I. Nijhuis, voorzitter van het college van bestuur (de school);"),
        ("item", "- Stichting Regionaal Opleidingencentrum Twente-Oost, statutair gevestigd te "
                 "Hengelo, bevoegd gezag van het Techniekcollege Hengelo, vertegenwoordigd door de "
                 "heer ing. B. Wessels MBA, voorzitter van het college van bestuur (de instelling)."),
        ("p", "Partijen sluiten deze overeenkomst ten behoeve van de borging van een doorlopende "
              "leerroute vmbo-mbo als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB, in "
              "het kader van het Techniekpact Twente."),
        ("h", "1 Scope van de route"),
        ("item", "1.1 De route verbindt het profiel Produceren, installeren en energie in de "
                 "kaderberoepsgerichte leerweg van de school met de opleiding Eerste monteur "
                 "elektrotechnische installaties in de woning en utiliteit, niveau 3, "
                 "beroepsopleidende leerweg, van de instelling."),
        ("item", "1.2 Instroom in leerjaar 3 van de school; de route beslaat vijf leerjaren, waarvan "
                 "twee in de vo-fase en drie in de mbo-fase. Keuzedelen in de mbo-fase: "
                 "Zonnestroomsystemen en Domotica."),
        ("item", "1.3 Partijen melden de route gezamenlijk via RIO aan de minister, uiterlijk "
                 "1 oktober 2025."),
        ("h", "2 Werkveldparticipatie"),
        ("item", "2.1 De werkveldparticipatie is belegd bij het Installatieplatform Twente, waarin "
                 "Installatiebedrijf Oude Egbrink te Hengelo, Elektrotechniek Ter Haar te Almelo, "
                 "Energie-installateur SolarTwente te Enschede, de regionale afdeling van de "
                 "brancheorganisatie voor installateurs en de adviseur praktijkleren van SBB "
                 "participeren."),
        ("item", "2.2 De leden van het platform verzorgen per schooljaar twee bedrijfsexcursies en "
                 "vier gastlessen, leveren de casus voor het praktijkproject Energietransitie in "
                 "routejaar 2, stellen bpv-plaatsen beschikbaar voor alle deelnemers in de mbo-fase "
                 "en leveren praktijkbeoordelaars voor de proeven van bekwaamheid. Het platform "
                 "adviseert eenmaal per jaar over de actualisering van het routeplan."),
        ("h", "3 Governance"),
        ("p", "3.1 De leiding over de route is belegd volgens onderstaand overzicht. De besturen "
              "dragen de genoemde mandaten op; alle overige besluiten, waaronder de begroting en "
              "wijziging of beëindiging van deze overeenkomst, blijven bij de besturen."),
        ("table", [["Orgaan", "Bemensing", "Aanwijzing", "Mandaat"],
                   ["Stuurgroep (leiding)",
                    "directeur vmbo van de school; sectordirecteur "
                    "Techniek van de instelling; kwartiermaker (voorzitter, geen stem)",
                    "leden aangewezen door het college van bestuur van de eigen partij; "
                    "kwartiermaker gezamenlijk benoemd door beide besturen voor twee jaar",
                    "vaststelling routeplan en jaarplanning; inzet personeel en faciliteiten "
                    "binnen begroting; toelatingsprocedure; aansturing kernteam"],
                   ["Kernteam (uitvoering)",
                    "teamleider PIE van de school; opleidingsmanager Elektrotechniek van de "
                    "instelling; routecoördinator",
                    "aangewezen door de stuurgroep",
                    "dagelijkse uitvoering, rooster, overstapvoorstellen, contact leerbedrijven"]],
         [0.18, 0.3, 0.26, 0.26]),
        ("h", "4 Informatie- en verantwoordingscyclus"),
        ("item", "4.1 De stuurgroep rapporteert via de kwartaalrapportage aan beide besturen over "
                 "instroom, studievoortgang, uitval, overstap, bpv en begrotingsrealisatie."),
        ("item", "4.2 Jaarlijks vóór 15 oktober legt de stuurgroep in de routeverantwoording "
                 "verantwoording af aan beide besturen over het afgelopen schooljaar, inclusief de "
                 "besteding van de over te dragen middelen; de besturen bespreken deze in het "
                 "bestuurlijk overleg van november. In mei volgt een tweede bestuurlijk overleg."),
        ("h", "5 Onderwijslogistiek en inzet van mensen en middelen"),
        ("item", "5.1 De vo-fase vindt plaats op de locatie van de school in Almelo; vanaf routejaar "
                 "2 volgen deelnemers wekelijks één dag onderwijs in het installatielab van het "
                 "Techniekcollege in Hengelo. De mbo-fase vindt plaats bij de instelling en de "
                 "leerbedrijven. Het routeplan legt per leerjaar programma, examinering (PTA en OER) "
                 "en bpv vast; het centraal examen vmbo valt in routejaar 2, met een herkansing in "
                 "routejaar 3."),
        ("item", "5.2 Eén routeteam van docenten van beide partijen. De instelling zet 0,5 fte "
                 "praktijkdocent elektrotechniek in, van wie 0,2 fte op de locatie van de school; de "
                 "school zet in routejaar 3 een docent in voor de begeleiding van deelnemers die "
                 "het vmbo-examen herkansen. Teambevoegdheid wordt toegepast in het praktijkproject "
                 "Energietransitie, met voor ieder onderdeel ten minste één bevoegde docent. "
                 "Werkgeverschap blijft bij de eigen partij."),
        ("item", "5.3 De school stelt haar praktijklokaal PIE en de lasboxen beschikbaar; de "
                 "instelling het installatielab met de oefenwoning, het NEN 1010-meetpanel en de "
                 "zonnepanelenopstelling. De jaarplanning regelt het gebruik."),
        ("item", "5.4 Inschrijving: routejaar 1 en 2 bij de school, vanaf routejaar 3 bij de "
                 "instelling. De klachtenregelingen van beide partijen zijn mede van toepassing op "
                 "gedragingen van medewerkers van de andere partij in de route."),
        ("h", "6 Overstapmatrix"),
        ("p", "6.1 Iedere deelnemer die de route voortijdig verlaat, krijgt een passend alternatief "
              "dat leidt tot een vmbo- of mbo-diploma, passend bij het bereikte onderwijsniveau en "
              "de leeftijd. Het besluit wordt in alle gevallen gezamenlijk genomen door de "
              "teamleider PIE van de school en de opleidingsmanager Elektrotechniek van de "
              "instelling, na een gesprek met de deelnemer en zijn ouders."),
        ("table", [["Moment", "Passend alternatief"],
                   ["Exit in routejaar 1 of 2",
                    "reguliere kaderberoepsgerichte leerweg PIE of ander profiel bij de school, "
                    "gericht op het vmbo-diploma"],
                   ["Geen vmbo-diploma na routejaar 3",
                    "voortzetting mbo-opleiding bij de instelling zonder vooropleidingseisen, of "
                    "herkansing van het vmbo-examen"],
                   ["Andere richting (mbo-fase)",
                    "andere opleiding niveau 3 bij de instelling, zoals Eerste monteur "
                    "werktuigkundige installaties, zonder vooropleidingseisen"],
                   ["Niveau 3 te hoog",
                    "Monteur elektrotechnische installaties, niveau 2, bij de instelling"],
                   ["Verhuizing / andere instelling",
                    "toelating elders na geschiktheidsonderzoek (art. 8.2.1, zesde lid, WEB); "
                    "warme overdracht door partijen"]],
         [0.3, 0.7]),
        ("h", "7 Financieel arrangement"),
        ("p", "7.1 Uitgangspunt is dat de middelen de leerling volgen. Waar onderwijs door de andere "
              "partij wordt verzorgd, vindt overdracht plaats volgens onderstaande tabel, met "
              "toepassing van artikel 5.42a WVO 2020 en artikel 9.1.15 WEB. Facturatie jaarlijks "
              "in december op basis van de teldatum 1 oktober."),
        ("table", [["Richting", "Omvang", "Bestemming"],
                   ["school aan instelling", "€ 1.100 per deelnemer in routejaar 2",
                    "inzet praktijkdocent elektrotechniek op de locatie van de school en gebruik "
                    "van het installatielab"],
                   ["instelling aan school", "€ 400 per deelnemer in routejaar 3 die het "
                    "vmbo-examen nog moet behalen",
                    "begeleiding en afname van de herkansing vmbo-examen door de school"]],
         [0.24, 0.34, 0.42]),
        ("h", "8 Medezeggenschap"),
        ("item", "8.1 Aanvullend op de WMS en de WEB spreken partijen af dat de medezeggenschapsraad "
                 "van de school en de studentenraad van de instelling ieder één lid aanwijzen voor "
                 "een routeklankbord dat tweemaal per jaar met de stuurgroep overlegt. De "
                 "routeverantwoording wordt aan beide raden gezonden. Een voorgenomen wijziging of "
                 "beëindiging van deze overeenkomst wordt vooraf voor advies aan beide raden "
                 "voorgelegd."),
        ("h", "9 Escalatie"),
        ("item", "9.1 Geschillen over de uitvoering van deze overeenkomst volgen de escalatieladder: "
                 "kernteam, stuurgroep (binnen drie weken), bestuurlijk overleg (binnen zes weken). "
                 "Blijft een geschil bestaan, dan wordt het beslecht door arbitrage volgens het "
                 "arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, te "
                 "Enschede."),
        ("h", "10 Toetreding, wijziging en exit"),
        ("item", "10.1 Toetreding van een andere school voor vmbo of een andere instelling is "
                 "mogelijk als zij het profiel of de opleiding aanbiedt, het routeplan "
                 "onderschrijft en beide besturen schriftelijk instemmen; de toetreding wordt bij "
                 "addendum vastgelegd, gaat in per 1 augustus en laat het programma van zittende "
                 "deelnemers ongemoeid."),
        ("item", "10.2 Wijziging uitsluitend bij schriftelijk, door beide besturen ondertekend "
                 "addendum; nadelige wijzigingen gelden alleen voor nieuwe cohorten."),
        ("item", "10.3 Exit: opzegging schriftelijk met een termijn van ten minste twaalf maanden, "
                 "tegen 1 augustus. Vanaf de opzegging geen nieuwe instroom; deelnemers die zijn "
                 "ingestroomd ronden de route af, of krijgen een passend alternatief volgens de "
                 "overstapmatrix zonder studievertraging. Voor ontbinding wegens ernstige "
                 "tekortkoming gelden dezelfde waarborgen."),
        ("h", "11 Looptijd"),
        ("item", "11.1 Ingangsdatum 1 augustus 2025; looptijd zes jaar, daarna stilzwijgende "
                 "verlenging met telkens drie jaar. Evaluatie in schooljaar 2028-2029."),
        ("sp", 10),
        ("sig", [("Voor de school", "Voor de instelling"),
                 ("mr. I. Nijhuis", "ing. B. Wessels MBA"),
                 ("Almelo, 20 juni 2025", "Hengelo, 20 juni 2025")]),
    ]


add(204, "programmaplan_tabellen_twente_elektrotechniek", "pdf",
    "PDF in a kwartiermaker's programme-plan style (Techniekpact Twente): numbered sections, a "
    "governance table 'Orgaan | Bemensing | Aanwijzing | Mandaat', an overstapmatrix table and "
    "a financial table 'Richting | Omvang | Bestemming'. Twente, Produceren, installeren en "
    "energie kb -> Eerste monteur elektrotechnische installaties 3. Fully compliant; transfers "
    "in both directions with omvang and bestemming; arbitrage as final step.",
    st("p p p p p p p p p p"),
    {"a": "1 Scope van de route",
     "b": "2 Werkveldparticipatie",
     "c": "3 Governance",
     "d": "4 Informatie- en verantwoordingscyclus",
     "e": "5 Onderwijslogistiek en inzet van mensen en middelen",
     "f": "6 Overstapmatrix",
     "g": "7 Financieel arrangement",
     "h": "8 Medezeggenschap",
     "i": "9 Escalatie",
     "j": "10 Toetreding, wijziging en exit"},
    lambda path: build_pdf(path, blocks_204(), {
        "title": "Samenwerkingsovereenkomst doorlopende leerroute Elektrotechniek Twente",
        "author": "Kwartiermaker doorlopende leerroutes Techniekpact Twente"}))


# ==== MAIN ====

def out_paths(s):
    base = os.path.join(HERE, s["name"])
    return base + "." + s["fmt"], base + ".expected.json"


def expected_of(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(nums):
    for n in nums:
        s = SAMPLES[n]
        doc_path, exp_path = out_paths(s)
        s["builder"](doc_path)
        with open(exp_path, "w", encoding="utf-8", newline="\n") as f:
            json.dump(expected_of(s), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", os.path.basename(doc_path), os.path.getsize(doc_path), "bytes")


def check():
    ok = True
    fmts = {}
    for n in sorted(SAMPLES):
        s = SAMPLES[n]
        doc_path, exp_path = out_paths(s)
        errs = []
        pages = None
        if not os.path.exists(doc_path):
            errs.append("missing file")
        else:
            size = os.path.getsize(doc_path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                if s["fmt"] == "pdf":
                    text, pages = extract_pdf(doc_path)
                elif s["fmt"] == "docx":
                    text = extract_docx(doc_path)
                    import docx
                    docx.Document(doc_path)
                else:
                    with open(doc_path, encoding="utf-8") as f:
                        text = f.read()
            except Exception as e:  # noqa
                errs.append("does not open: %r" % e)
                text = ""
            nt = norm(text)
            for k, ev in s["evidence"].items():
                if norm(ev) not in nt:
                    errs.append("evidence %s not found: %r" % (k, ev))
            for k, ev in s["meta"].get("absent", {}).items():
                if norm(ev) in nt:
                    errs.append("text that must not be extracted found (%s): %r" % (k, ev))
        if not os.path.exists(exp_path):
            errs.append("missing expected.json")
        else:
            with open(exp_path, encoding="utf-8") as f:
                if json.load(f) != expected_of(s):
                    errs.append("expected.json differs from table")
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        print("%s %-60s %s%s" % ("OK  " if not errs else "FAIL", s["name"] + "." + s["fmt"],
                                 "" if pages is None else "%d p. " % pages, "; ".join(errs)))
        ok = ok and not errs
    print("formats:", fmts)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
