#!/usr/bin/env python3
"""Build held-out sample agreements h353-h360 for leerroute-check.

Written by an independent helper session, from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst and bouwsteen overstapoptie, in /work/shared/seeds),
/work/shared/domain.md and sample_agreements/LABELS.md only, without looking at the checker
code, its models or tests, or at the texts of any other sample. All schools, instellingen,
companies and people are made up.

Usage:
    python3 build_heldout23b.py            build all samples
    python3 build_heldout23b.py 353 357    build only those numbers
    python3 build_heldout23b.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(num, name, ext, description, statuses, evidence):
    def deco(fn):
        SAMPLES[num] = dict(name=name, ext=ext, description=description,
                            statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def st(**kw):
    keys = "abcdefghij"
    assert set(kw) == set(keys), kw
    return {k: kw[k] for k in keys}


# ---------------------------------------------------------------- PDF helpers
def build_pdf(path, blocks, columns=1, title="", landscape_page=False, header=None):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle, KeepTogether)

    pagesize = landscape(A4) if landscape_page else A4
    W, H = pagesize
    base = ParagraphStyle("base", fontName="Helvetica", fontSize=9.5 if columns == 1 else 8.6,
                          leading=12.6 if columns == 1 else 11)
    styles = {
        "title": ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=14,
                                leading=18, spaceAfter=6, alignment=1),
        "sub": ParagraphStyle("sub", parent=base, fontName="Helvetica-Oblique", alignment=1,
                              spaceAfter=8),
        "h": ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", spaceBefore=7,
                            spaceAfter=3, fontSize=base.fontSize + 0.8, keepWithNext=1),
        "hn": ParagraphStyle("hn", parent=base, fontName="Helvetica-Bold", spaceBefore=7,
                             spaceAfter=3, fontSize=base.fontSize + 0.8),
        "p": ParagraphStyle("p", parent=base, spaceAfter=4,
                            alignment=4 if columns == 1 else 0),
        "li": ParagraphStyle("li", parent=base, leftIndent=16, firstLineIndent=-12, spaceAfter=2),
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.2, leading=10),
        "cellb": ParagraphStyle("cellb", parent=base, fontSize=8.2, leading=10,
                                fontName="Helvetica-Bold"),
    }
    lm = rm = 2.2 * cm
    tm, bm = 2.2 * cm, 2.0 * cm
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=lm, rightMargin=rm,
                          topMargin=tm, bottomMargin=bm, invariant=1, title=title,
                          author="", creator="", producer="", subject="")
    fw = W - lm - rm
    fh = H - tm - bm
    if columns == 2:
        gap = 0.7 * cm
        cw = (fw - gap) / 2
        frames = [Frame(lm, bm, cw, fh, id="c1", leftPadding=0, rightPadding=0),
                  Frame(lm + cw + gap, bm, cw, fh, id="c2", leftPadding=0, rightPadding=0)]
    else:
        frames = [Frame(lm, bm, fw, fh, id="f", leftPadding=0, rightPadding=0)]

    def on_page(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        if header:
            canv.drawString(lm, H - 1.3 * cm, header)
        canv.drawRightString(W - rm, 1.1 * cm, "pagina %d" % d.page)
        if columns == 2:
            canv.setStrokeColor(colors.grey)
            canv.setLineWidth(0.3)
            x = lm + (fw) / 2
            canv.line(x, bm, x, H - tm)
        canv.restoreState()

    doc.addPageTemplates([PageTemplate(id="pt", frames=frames, onPage=on_page)])
    story = []
    colw = frames[0]._width
    for b in blocks:
        kind = b[0]
        if kind == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 6))
        elif kind == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            head = b[3] if len(b) > 3 else True
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(c, styles["cellb" if (head and i == 0) else "cell"])
                             for c in r])
            if widths:
                widths = [w * colw for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if head:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            data = [[Paragraph(l, styles["p"]), Paragraph(r, styles["p"])] for l, r in b[1]]
            t = Table(data, colWidths=[colw / 2, colw / 2])
            story.append(KeepTogether([Spacer(1, 10), t]))
        else:
            story.append(Paragraph(b[1], styles[kind]))
    doc.build(story)


# ---------------------------------------------------------------- DOCX helpers
def _fix_docx(path):
    """Rewrite the zip with fixed timestamps and order so rebuilds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def new_docx():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st_ = d.styles["Normal"]
    st_.font.name = "Calibri"
    st_.font.size = Pt(10.5)
    return d


def save_docx(d, path, title):
    import datetime
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.last_printed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    d.save(path)
    _fix_docx(path)


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def add_sdt_field(d, label, value, tag, sdt_id, multiline=False):
    """A paragraph with a bold label followed by a filled-in plain-text content control."""
    from docx.oxml import parse_xml
    p = d.add_paragraph()
    if label:
        r = p.add_run(label + " ")
        r.bold = True
    runs = []
    parts = value.split("\n")
    for i, part in enumerate(parts):
        if i:
            runs.append("<w:r><w:br/></w:r>")
        runs.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % _esc(part))
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
           '<w:text%s/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
           % (W_NS, _esc(label.rstrip(":") if label else tag), _esc(tag), sdt_id,
              ' w:multiLine="1"' if multiline else "", "".join(runs)))
    p._p.append(parse_xml(xml))
    return p


def add_block_sdt(d, tag, sdt_id, paragraphs):
    """A block-level rich-text content control holding several paragraphs."""
    from docx.oxml import parse_xml
    ps = []
    for t in paragraphs:
        ps.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _esc(t))
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
           '</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
           % (W_NS, _esc(tag), _esc(tag), sdt_id, "".join(ps)))
    body = d.element.body
    body.insert(len(body) - 1, parse_xml(xml))


SHAPETYPE = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
             'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
             '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def add_textbox(d, paragraphs, width_pt=430, height_pt=120, shape_id=1, bold_first=True):
    """A paragraph anchoring a VML text box (w:pict / v:textbox / w:txbxContent)."""
    from docx.oxml import parse_xml
    ps = []
    for i, t in enumerate(paragraphs):
        rpr = "<w:rPr><w:b/></w:rPr>" if (bold_first and i == 0) else ""
        ps.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _esc(t)))
    xml = ('<w:p %s xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
           '%s<v:shape id="Tekstvak %d" o:spid="_x0000_s%d" type="#_x0000_t202" '
           'style="width:%dpt;height:%dpt;mso-wrap-style:square" fillcolor="#f2f5f9" '
           'strokecolor="#5b7190"><v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s'
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
           % (W_NS, SHAPETYPE if shape_id == 1 else "", shape_id, 1024 + shape_id,
              width_pt, height_pt, "".join(ps)))
    body = d.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def docx_table(d, rows, widths_cm=None, style="Table Grid", bold_head=True):
    from docx.shared import Cm
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            par = cell.paragraphs[0]
            run = par.add_run(c)
            if bold_head and i == 0:
                run.bold = True
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


# ---------------------------------------------------------------- text extraction (check)
def extract_text(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        out = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            out.append(tp.get_text_range())
        pdf.close()
        return "\n".join(out)
    if path.endswith(".docx"):
        from xml.etree import ElementTree as ET
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(w + "p"):
            txt = []
            for el in p.iter():
                if el.tag == w + "t" and el.text:
                    txt.append(el.text)
                elif el.tag in (w + "tab", w + "br"):
                    txt.append(" ")
                elif el.tag == w + "p" and el is not p:
                    pass
            paras.append("".join(txt))
        # python-docx as a second opinion that the file opens
        import docx
        docx.Document(path)
        return "\n".join(paras)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u2002", " ")
    return re.sub(r"\s+", " ", s).strip()


def expected_json(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "heldout",
            "statuses": s["statuses"], "evidence": s["evidence"]}


def build(num):
    s = SAMPLES[num]
    path = os.path.join(HERE, s["name"] + "." + s["ext"])
    s["build"](path)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected_json(num), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(HERE, s["name"] + "." + s["ext"])
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
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
                probs.append("does not open: %r" % e)
                text = ""
            for k, v in s["evidence"].items():
                if s["statuses"][k] != "present":
                    probs.append("evidence for non-present item %s" % k)
                if norm(v) not in text:
                    probs.append("evidence %s not found: %r" % (k, v))
            for k, v in s["statuses"].items():
                if v == "present" and k not in s["evidence"]:
                    probs.append("no evidence for present item %s" % k)
                if v not in ("present", "weak", "missing", "not_applicable"):
                    probs.append("bad status %s" % v)
        if not os.path.exists(jpath):
            probs.append("missing expected.json")
        else:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != expected_json(num):
                    probs.append("expected.json differs from table")
        words = len(text.split()) if not probs or text else 0
        print("h%d %-60s %s  (%d words)" % (num, s["name"][:60], "OK" if not probs else "FAIL", words))
        for p in probs:
            print("     -", p)
        ok = ok and not probs
    print("ALL OK" if ok else "PROBLEMS FOUND")
    return ok


# =====================================================================================
# h353 - advocatencontract met voorbehouden (PDF), Rijswijk, E&O kb -> mbo-3
# =====================================================================================
@sample(353, "h353_advocatencontract_voorbehouden_rijswijk_administratie", "pdf",
        "Lawyer-drafted contract with many provisos ('met dien verstande', 'onverminderd'), PDF, "
        "Rijswijk, Economie en ondernemen kb -> mbo-3 Financieel administratief medewerker; "
        "leiding described at length but without any appointment rule; termination clause lacks "
        "protection of pupils.",
        st(a="present", b="present", c="weak", d="present", e="present", f="present",
           g="present", h="present", i="present", j="weak"),
        {"a": "Artikel 2 Voorwerp; de Route", "b": "Artikel 3 Werkveld en beroepspraktijk",
         "d": "Artikel 5 Informatieplicht en rekenschap", "e": "Artikel 6 Inrichting van de Route",
         "f": "Artikel 7 Voortijdige beëindiging van de deelname; overstap",
         "g": "Artikel 8 Financiële bepalingen",
         "h": "Artikel 9 Medezeggenschap", "i": "Artikel 10 Geschillen"})
def h353(path):
    B = []
    a = B.append
    a(("title", "SAMENWERKINGSOVEREENKOMST<br/>doorlopende leerroute vmbo-mbo "
                "Economie en ondernemen / Financieel administratief medewerker"))
    a(("sub", "Versie 3 (definitief) - kenmerk VH/JZ/2025-0117"))
    a(("h", "DE ONDERGETEKENDEN:"))
    a(("li", "1. de stichting <b>Stichting voor Protestants-Christelijk Voortgezet Onderwijs "
             "Rijswijk en Omstreken</b>, statutair gevestigd te Rijswijk, kantoorhoudende aan de "
             "Van Vredenburchweg 214, 2283 TD Rijswijk, ingeschreven in het handelsregister onder "
             "nummer 41158302, bevoegd gezag van het Huygensland College, school voor vmbo, "
             "te dezen rechtsgeldig vertegenwoordigd door mr. drs. A.C. van Wieringen-Blom, "
             "voorzitter van het college van bestuur, hierna te noemen: <b>de School</b>;"))
    a(("li", "2. de stichting <b>Stichting Regionaal Opleidingencentrum Vliet en Hofland</b>, "
             "statutair gevestigd te Delft, kantoorhoudende aan de Schoemakerstraat 61, 2628 VK "
             "Delft, ingeschreven in het handelsregister onder nummer 27170955, bevoegd gezag van "
             "een instelling voor beroepsonderwijs als bedoeld in de Wet educatie en "
             "beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door drs. R. Ouwerkerk MBA, "
             "lid van het college van bestuur, hierna te noemen: <b>het ROC</b>;"))
    a(("p", "de School en het ROC hierna gezamenlijk ook te noemen: <b>Partijen</b>, en ieder "
            "afzonderlijk: <b>Partij</b>;"))
    a(("h", "NEMEN IN AANMERKING DAT:"))
    for t in [
        "A. Partijen sinds het schooljaar 2021-2022 op basis van een intentieverklaring "
        "samenwerken bij de voorbereiding van leerlingen van de School op een administratieve "
        "opleiding van het ROC;",
        "B. Partijen die samenwerking wensen om te zetten in een doorlopende leerroute vmbo-mbo "
        "als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 (WVO 2020) en "
        "artikel 9.1.2 van de Wet educatie en beroepsonderwijs (WEB);",
        "C. artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat een zodanige route "
        "wordt verzorgd op grond van een samenwerkingsovereenkomst waarin in elk geval afspraken "
        "zijn opgenomen over de in het tweede lid van die artikelen genoemde onderwerpen;",
        "D. Partijen de afspraken daarover in deze overeenkomst wensen vast te leggen;"]:
        a(("li", t))
    a(("h", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"))

    a(("h", "Artikel 1 Begrippen"))
    a(("p", "In deze overeenkomst wordt, tenzij uitdrukkelijk anders bepaald, verstaan onder:"))
    for t in [
        "a. <i>de Route</i>: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2;",
        "b. <i>Deelnemer</i>: de leerling of mbo-student die is toegelaten tot de Route, zowel "
        "gedurende de vo-fase als gedurende de mbo-fase;",
        "c. <i>vo-fase</i>: het eerste en tweede leerjaar van de Route, overeenkomend met het "
        "derde en vierde leerjaar van de School, gedurende welke de Deelnemer bij de School is "
        "ingeschreven;",
        "d. <i>mbo-fase</i>: het derde en volgende leerjaren van de Route, gedurende welke de "
        "Deelnemer bij het ROC is ingeschreven;",
        "e. <i>Routedirectie</i>: het in artikel 4 bedoelde orgaan;",
        "f. <i>PTA/OER</i>: het gezamenlijk door Partijen vastgestelde programma van toetsing en "
        "afsluiting en onderwijs- en examenregeling voor de gehele Route."]:
        a(("li", t))

    a(("h", "Artikel 2 Voorwerp; de Route"))
    a(("p", "2.1 Partijen verzorgen met ingang van 1 augustus 2025 gezamenlijk een doorlopende "
            "leerroute die aanvangt in het derde leerjaar van de kaderberoepsgerichte leerweg "
            "van de School, profiel <b>Economie en ondernemen</b>, en leidt tot het diploma van "
            "de vakopleiding <b>Financieel administratief medewerker (niveau 3)</b>, "
            "opleidingsdomein Economie en administratie, in de beroepsopleidende leerweg (BOL) "
            "van het ROC."))
    a(("p", "2.2 Het beroepsgerichte keuzevak Ondernemen en het keuzevak Financieel "
            "administratieve beroepen worden in de vo-fase zodanig ingevuld dat zij aansluiten op "
            "de kerntaken van het kwalificatiedossier, met dien verstande dat het examenprogramma "
            "van het profiel onverkort wordt afgesloten."))
    a(("p", "2.3 Onverminderd het bepaalde in lid 1 staat het Partijen vrij de Route ook open te "
            "stellen voor leerlingen van de gemengde leerweg, mits dat bij addendum als bedoeld in "
            "artikel 11 wordt overeengekomen."))

    a(("h", "Artikel 3 Werkveld en beroepspraktijk"))
    a(("p", "3.1 Partijen betrekken bij de invulling van de Route de volgende vertegenwoordigers "
            "van het bedrijfsleven, die zich daartoe schriftelijk bereid hebben verklaard: "
            "Administratie- en Adviesbureau Hoogh &amp; Verbeek B.V. te Rijswijk, Vlietland "
            "Accountants te Leidschendam, de afdeling Financiën en Control van de gemeente "
            "Rijswijk en de Ondernemersvereniging Rijswijk Plaspoelpolder."))
    a(("p", "3.2 Deze organisaties (a) stellen voor iedere Deelnemer in het tweede leerjaar van de "
            "Route een snuffelstage van vijf dagen en vanaf het derde leerjaar plaatsen voor de "
            "beroepspraktijkvorming beschikbaar, met dien verstande dat het ROC verantwoordelijk "
            "blijft voor de erkenning van het leerbedrijf door SBB; (b) leveren per leerjaar ten "
            "minste twee levensechte praktijkopdrachten aan, die in het oefenkantoor worden "
            "uitgevoerd; (c) nemen deel aan de beoordeling van de proeve van bekwaamheid in de "
            "mbo-fase; en (d) adviseren tweemaal per jaar, in een werkveldtafel die het ROC "
            "bijeenroept, over de actualiteit van het programma."))
    a(("p", "3.3 Het wegvallen van een van de in lid 1 genoemde organisaties laat de geldigheid "
            "van deze overeenkomst onverlet; Partijen voorzien alsdan binnen drie maanden in "
            "vervanging door een vergelijkbare organisatie."))

    a(("h", "Artikel 4 Routedirectie"))
    a(("p", "4.1 De leiding over de Route berust bij de Routedirectie. De Routedirectie telt vier "
            "leden: twee leden uit de School, te weten een leidinggevende van de bovenbouw en een "
            "docent van het profiel Economie en ondernemen, en twee leden uit het ROC, te weten "
            "een opleidingsmanager van het cluster Economie en administratie en een docent van de "
            "opleiding Financieel administratief medewerker. De Routedirectie kiest uit haar "
            "midden een voorzitter."))
    a(("p", "4.2 De Routedirectie is belast met: (a) het opstellen van het ontwerp-PTA/OER en de "
            "jaarplanning; (b) de roostering en de verdeling van lesuren over de locaties; (c) de "
            "toelating van leerlingen tot de Route; (d) het begeleiden van overstap als bedoeld in "
            "artikel 7; (e) het onderhouden van de contacten met het werkveld als bedoeld in "
            "artikel 3; en (f) de kwaliteitszorg van de Route."))
    a(("p", "4.3 De Routedirectie is bevoegd binnen de door Partijen jaarlijks vastgestelde "
            "begroting van de Route verplichtingen aan te gaan tot een bedrag van EUR 7.500 per "
            "geval, alsmede personeel van beide Partijen binnen de door ieder van hen beschikbaar "
            "gestelde formatie in te roosteren, met dien verstande dat besluiten over uitbreiding "
            "van de formatie, huisvesting, de vaststelling van het PTA/OER en de beëindiging van "
            "de Route aan de colleges van bestuur zijn voorbehouden."))
    a(("p", "4.4 De Routedirectie besluit bij meerderheid van stemmen; bij staken van stemmen "
            "beslist de voorzitter, behoudens in de gevallen waarin een besluit de inzet van "
            "personeel van een Partij raakt, in welk geval de instemming van het lid of de leden "
            "uit die Partij vereist is."))

    a(("h", "Artikel 5 Informatieplicht en rekenschap"))
    a(("p", "5.1 De Routedirectie legt over ieder schooljaar rekenschap af aan de colleges van "
            "bestuur van beide Partijen door middel van een schriftelijk jaarverslag, dat uiterlijk "
            "op 1 november van het daaropvolgende schooljaar aan beide colleges wordt toegezonden "
            "en ten minste bevat: de instroom, doorstroom, uitval en overstap van Deelnemers, de "
            "examenresultaten, de besteding van de begroting en de bevindingen van het werkveld."))
    a(("p", "5.2 De Routedirectie bespreekt het jaarverslag in het bestuurlijk overleg van "
            "Partijen, dat ten minste tweemaal per jaar, in november en in mei, plaatsvindt. In het "
            "bestuurlijk overleg van mei legt de Routedirectie tevens een tussenrapportage en de "
            "ontwerpbegroting voor het komende schooljaar voor."))
    a(("p", "5.3 Onverminderd de leden 1 en 2 informeert de Routedirectie beide colleges "
            "onverwijld over voorvallen die de continuïteit of de kwaliteit van de Route in gevaar "
            "kunnen brengen."))

    a(("h", "Artikel 6 Inrichting van de Route"))
    a(("p", "6.1 <i>Locaties.</i> De vo-fase wordt verzorgd in het gebouw van de School aan de "
            "Van Vredenburchweg te Rijswijk, met dien verstande dat Deelnemers in het tweede "
            "leerjaar van de Route één dag per week onderwijs volgen op de locatie Rijswijk-"
            "Haagweg van het ROC. De mbo-fase wordt verzorgd op de locatie Rijswijk-Haagweg."))
    a(("p", "6.2 <i>Programma en examinering.</i> Partijen beschrijven het onderwijsprogramma, de "
            "examinering en de beroepspraktijkvorming per leerjaar in het PTA/OER, dat jaarlijks "
            "vóór 1 oktober door beide colleges van bestuur wordt vastgesteld. Het centraal "
            "examen vmbo wordt afgelegd in het tweede leerjaar van de Route. Mbo-onderdelen kunnen "
            "vanaf het eerste leerjaar van de Route worden geëxamineerd."))
    a(("p", "6.3 <i>Personeel.</i> Het onderwijs wordt verzorgd door één docententeam van docenten "
            "van beide Partijen. Partijen maken gebruik van de mogelijkheid tot inzet van een team "
            "als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB voor de in het PTA/OER als "
            "vakoverstijgend aangeduide onderdelen, met dien verstande dat voor ieder "
            "programmaonderdeel ten minste één bevoegde docent bij het team betrokken is. Het ROC "
            "stelt in de vo-fase 0,4 fte docentcapaciteit beschikbaar; de School stelt in het "
            "derde leerjaar van de Route 0,2 fte docentcapaciteit beschikbaar voor het onderdeel "
            "Nederlands. Ieder personeelslid blijft in dienst van zijn werkgever en valt onder "
            "diens rechtspositieregeling."))
    a(("p", "6.4 <i>Faciliteiten.</i> Het ROC stelt zijn oefenkantoor 'De Boekhouderij', inclusief "
            "de licenties voor het gebruikte boekhoudpakket, ter beschikking aan Deelnemers en "
            "docenten in de vo-fase, met dien verstande dat gebruik buiten de roostertijden van "
            "het ROC slechts geschiedt na voorafgaande toestemming van de locatiedirecteur. De "
            "School stelt haar computerlokalen en haar mediatheek ter beschikking aan Deelnemers "
            "in de mbo-fase die hun vmbo-examen nog moeten afronden."))
    a(("p", "6.5 <i>Klachten.</i> Een klacht over een gedraging van een personeelslid van de ene "
            "Partij die is ingediend bij de andere Partij, wordt afgehandeld volgens de "
            "klachtenregeling van de Partij waar de klacht is ingediend, met dien verstande dat de "
            "Partij bij wie het personeelslid in dienst is onverwijld wordt geïnformeerd en aan de "
            "afhandeling meewerkt."))

    a(("h", "Artikel 7 Voortijdige beëindiging van de deelname; overstap"))
    a(("p", "7.1 Indien de deelname van een Deelnemer aan de Route eindigt voordat hij deze met "
            "succes heeft afgerond, stellen Partijen hem in staat een vmbo-diploma of het diploma "
            "van een beroepsopleiding te behalen dat past bij het door hem bereikte "
            "onderwijsniveau en zijn leeftijd. Welk vervolg passend is, bepalen de School en het "
            "ROC gezamenlijk, nadat zij de Deelnemer en, indien hij minderjarig is, zijn ouders "
            "hebben gehoord."))
    a(("p", "7.2 Daarbij gelden in elk geval de volgende kaders:"))
    for t in [
        "(a) bij beëindiging in de vo-fase vervolgt de Deelnemer zijn opleiding in de reguliere "
        "kaderberoepsgerichte leerweg van de School, in het profiel Economie en ondernemen of, "
        "indien hij dat wenst, in een ander door de School aangeboden profiel, gericht op het "
        "behalen van het vmbo-diploma;",
        "(b) heeft de Deelnemer aan het einde van het derde leerjaar van de Route het "
        "vmbo-diploma niet behaald, dan kan hij, naar keuze, de mbo-opleiding bij het ROC "
        "voortzetten zonder dat de vooropleidingseisen op hem worden toegepast, of het vmbo-"
        "examen in het daaropvolgende jaar opnieuw afleggen;",
        "(c) blijkt de richting niet bij de Deelnemer te passen, dan kan hij overstappen naar een "
        "andere opleiding van het ROC op niveau 2 of 3, dan wel, met ondersteuning van Partijen, "
        "naar een opleiding bij een andere instelling, die hem kan toelaten na een "
        "geschiktheidsonderzoek;",
        "(d) bij verhuizing begeleiden Partijen de Deelnemer naar een vergelijkbare route of "
        "opleiding in zijn nieuwe woonomgeving, onder warme overdracht."]:
        a(("li", t))
    a(("p", "7.3 De uitwerking van deze kaders wordt opgenomen in de schoolgids van de School en de "
            "studiegids van het ROC."))

    a(("h", "Artikel 8 Financiële bepalingen"))
    a(("p", "8.1 De School draagt met toepassing van artikel 5.42a WVO 2020 aan het ROC een deel "
            "van haar bekostiging over ten bedrage van EUR 1.480 per Deelnemer per leerjaar van de "
            "vo-fase, vast te stellen aan de hand van het aantal Deelnemers op 1 oktober."))
    a(("p", "8.2 Het overgedragen bedrag is bestemd voor (i) de in artikel 6.3 bedoelde inzet van "
            "docenten van het ROC in de vo-fase en (ii) het gebruik van het oefenkantoor en de "
            "licenties als bedoeld in artikel 6.4, en mag niet voor andere doeleinden worden "
            "aangewend."))
    a(("p", "8.3 Het ROC factureert in twee termijnen, op 1 december en 1 april; betaling geschiedt "
            "binnen dertig dagen na factuurdatum, met dien verstande dat de School de tweede "
            "termijn mag verrekenen met een eventuele onderbesteding blijkens het jaarverslag. "
            "Een bekostigingsoverdracht van het ROC aan de School vindt niet plaats. Overigens "
            "draagt iedere Partij haar eigen kosten."))

    a(("h", "Artikel 9 Medezeggenschap"))
    a(("p", "9.1 Onverminderd de Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de "
            "ondernemingsraden komen Partijen overeen dat een door de Deelnemers in de vo-fase "
            "gekozen Deelnemer als toehoorder met spreekrecht deelneemt aan de vergaderingen van de "
            "studentenraad van het ROC waarin onderwerpen aan de orde komen die de Route betreffen."))
    a(("p", "9.2 Voorgenomen besluiten van de colleges van bestuur over het PTA/OER van de Route "
            "worden gelijktijdig voorgelegd aan de medezeggenschapsraad van de School en de "
            "studentenraad van het ROC, die elkaar over hun standpunt informeren."))

    a(("h", "Artikel 10 Geschillen"))
    a(("p", "10.1 Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst "
            "in de Routedirectie besproken. Komt de Routedirectie binnen vier weken niet tot een "
            "oplossing, dan legt de meest gerede Partij het geschil schriftelijk voor aan het "
            "bestuurlijk overleg, dat binnen zes weken na ontvangst een oplossing beproeft."))
    a(("p", "10.2 Leidt het bestuurlijk overleg niet tot een oplossing, dan zullen Partijen "
            "trachten het geschil door mediation op te lossen onder leiding van een door hen "
            "gezamenlijk aangewezen MfN-registermediator. Blijft ook mediation binnen drie "
            "maanden zonder resultaat, dan wordt het geschil uitsluitend voorgelegd aan de "
            "bevoegde rechter van de rechtbank Den Haag."))

    a(("h", "Artikel 11 Duur, toetreding, wijziging en beëindiging"))
    a(("p", "11.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
            "onbepaalde tijd."))
    a(("p", "11.2 Een andere school voor vbo of mavo of een andere instelling voor "
            "beroepsonderwijs kan tot deze overeenkomst toetreden, mits (a) alle Partijen daarmee "
            "schriftelijk instemmen, (b) de toetredende partij de verplichtingen uit deze "
            "overeenkomst aanvaardt door ondertekening van een toetredingsverklaring en (c) de "
            "toetreding gezamenlijk bij DUO wordt gemeld."))
    a(("p", "11.3 Wijziging van of aanvulling op deze overeenkomst is slechts geldig indien zij "
            "schriftelijk is overeengekomen en door alle Partijen is ondertekend, bij voorkeur in "
            "de vorm van een genummerd addendum."))
    a(("p", "11.4 Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen met "
            "inachtneming van een opzegtermijn van zes maanden, tegen het einde van een "
            "kalendermaand."))
    a(("p", "11.5 Iedere Partij is bevoegd deze overeenkomst met onmiddellijke ingang te ontbinden "
            "indien de andere Partij haar bekostiging geheel of gedeeltelijk verliest, dan wel "
            "indien de andere Partij na schriftelijke ingebrekestelling tekortschiet in de "
            "nakoming van een wezenlijke verplichting, behoudens overmacht."))

    a(("h", "Artikel 12 Slotbepalingen"))
    a(("p", "12.1 Op deze overeenkomst is Nederlands recht van toepassing."))
    a(("p", "12.2 Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige "
            "bepalingen onverminderd van kracht; Partijen vervangen de nietige bepaling door een "
            "geldige bepaling die zoveel mogelijk aansluit bij doel en strekking van de nietige."))
    a(("p", "12.3 Partijen melden de Route binnen vier weken na ondertekening gezamenlijk bij de "
            "minister van OCW via het Register Instellingen en Opleidingen."))
    a(("p", "Aldus overeengekomen en in tweevoud ondertekend,"))
    a(("sig", [("Rijswijk, 12 juni 2025", "Delft, 16 juni 2025"),
               ("Stichting voor Protestants-Christelijk Voortgezet Onderwijs Rijswijk en "
                "Omstreken", "Stichting Regionaal Opleidingencentrum Vliet en Hofland"),
               ("<br/><br/>mr. drs. A.C. van Wieringen-Blom<br/>voorzitter college van bestuur",
                "<br/><br/>drs. R. Ouwerkerk MBA<br/>lid college van bestuur")]))
    build_pdf(path, B, title="Samenwerkingsovereenkomst doorlopende leerroute",
              header="Samenwerkingsovereenkomst DLR Huygensland College - ROC Vliet en Hofland")


# =====================================================================================
# h354 - ROC-model met invulvelden (content controls), DOCX, Nieuwegein, Z&W -> mbo-4
# =====================================================================================
@sample(354, "h354_invulvelden_modelformulier_nieuwegein_begeleider", "docx",
        "ROC model form whose answers sit in Word content controls (sdt), DOCX, Nieuwegein, "
        "Zorg en welzijn gl/kb -> mbo-4 Begeleider specifieke doelgroepen; fully compliant, "
        "explicit no funding transfer, extra medezeggenschap arrangement.",
        st(a="present", b="present", c="present", d="present", e="present", f="present",
           g="present", h="present", i="present", j="present"),
        {"a": "Onderdeel 1 - Welke route bieden wij aan?",
         "b": "Onderdeel 2 - Rol van het werkveld",
         "c": "Onderdeel 3A - Wie heeft de leiding?",
         "d": "Onderdeel 3B - Hoe legt de leiding verantwoording af?",
         "e": "Onderdeel 4 - Onderwijs, personeel en voorzieningen",
         "f": "Onderdeel 5 - Als de route niet (meer) past",
         "g": "Onderdeel 6 - Geld",
         "h": "Onderdeel 7 - Medezeggenschap",
         "i": "Onderdeel 8 - Verschil van mening tussen de partners",
         "j": "Onderdeel 9 - Nieuwe partners, wijzigen en stoppen"})
def h354(path):
    from docx.shared import Pt
    d = new_docx()
    d.add_heading("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo", level=0)
    p = d.add_paragraph("Modelformulier ROC Zuid-Utrecht, versie 2024-2. Grijze velden zijn "
                        "invulvelden; de tekst buiten de velden is vast.")
    p.runs[0].italic = True
    n = [100]

    def f(label, value, multiline=False):
        n[0] += 1
        add_sdt_field(d, label, value, "veld%d" % n[0], n[0], multiline)

    d.add_heading("Partijen", level=1)
    f("Bevoegd gezag school:", "Stichting Voortgezet Onderwijs Lekdal, Nieuwegein, in stand "
      "houdend Het Lekdal College (vmbo), vertegenwoordigd door mevrouw drs. H.J. Kamsteeg, "
      "voorzitter college van bestuur")
    f("Bevoegd gezag instelling:", "Stichting Regionaal Opleidingencentrum Zuid-Utrecht, "
      "Nieuwegein, vertegenwoordigd door de heer ing. P.W. Oudshoorn, voorzitter college van "
      "bestuur")
    d.add_paragraph("De partijen verklaren te zijn overeengekomen dat zij op grond van deze "
                    "overeenkomst gezamenlijk de hieronder beschreven doorlopende leerroute "
                    "vmbo-mbo verzorgen. Waar hieronder 'wij' staat, zijn beide partijen bedoeld.")

    d.add_heading("Onderdeel 1 - Welke route bieden wij aan?", level=1)
    f("Profiel vmbo:", "Zorg en welzijn")
    f("Leerweg(en):", "gemengde leerweg en kaderberoepsgerichte leerweg")
    f("Opleiding mbo:", "Begeleider specifieke doelgroepen, niveau 4 (middenkaderopleiding), "
      "domein Zorg en welzijn, kwalificatiedossier Maatschappelijke zorg, BOL")
    f("Start eerste cohort:", "1 augustus 2025, leerjaar 3 van Het Lekdal College")
    f("Locaties:", "Het Lekdal College, Zuidstedeweg 4 Nieuwegein (route-jaar 1 en 2); "
      "ROC Zuid-Utrecht, Zorgcampus Galecop, Nieuwegein (route-jaar 3 tot en met 5)")

    d.add_heading("Onderdeel 2 - Rol van het werkveld", level=1)
    d.add_paragraph("Welke organisaties doen mee en wat doen zij?")
    f("", "Drie zorgorganisaties uit de regio doen mee: Stichting Lekzicht (gehandicaptenzorg), "
      "Woonzorg De Wiers (ouderenzorg) en jeugdhulpaanbieder Kompasgroep Utrecht-Zuid. Zij "
      "zijn erkend leerbedrijf. Elke organisatie levert een praktijkbegeleider die in route-jaar "
      "1 en 2 per periode een gastles of een 'dag meelopen' verzorgt, en die vanaf route-jaar 3 "
      "bpv-plaatsen biedt voor alle deelnemers van de route. De drie organisaties zitten met "
      "één afgevaardigde in de beroepenveldcommissie Maatschappelijke zorg van het ROC; die "
      "commissie beoordeelt ieder voorjaar het routeprogramma en doet voorstellen voor "
      "praktijkopdrachten. De praktijkbegeleiders beoordelen mee bij de examens in de "
      "beroepspraktijk.", multiline=True)

    d.add_heading("Onderdeel 3A - Wie heeft de leiding?", level=1)
    f("Samenstelling:", "Een routeteamleider van het ROC (teamleider Maatschappelijke zorg) en "
      "een routeteamleider van de school (afdelingsleider bovenbouw zorg), samen het "
      "duo-leiderschap van de route.")
    f("Benoeming:", "Het college van bestuur van elke partij wijst de eigen routeteamleider aan "
      "en meldt dit schriftelijk aan de andere partij. Bij vervanging gebeurt hetzelfde binnen "
      "vier weken.")
    f("Taken en bevoegdheden:", "Het duo stelt het gezamenlijke PTA/OER op ter vaststelling door "
      "beide besturen, maakt het rooster en de jaarplanning, verdeelt de lessen over de "
      "docenten van het team, beslist over toelating tot de route en over de overstap van "
      "individuele deelnemers (zie onderdeel 5), en onderhoudt het contact met het werkveld. "
      "Het duo beheert het routebudget dat de besturen jaarlijks vaststellen. Het mag geen "
      "personeel aannemen en geen verplichtingen aangaan buiten dat budget; dat blijft bij de "
      "besturen.", multiline=True)

    d.add_heading("Onderdeel 3B - Hoe legt de leiding verantwoording af?", level=1)
    f("Vorm en moment:", "Het duo levert elk jaar vóór 1 oktober een routeverslag aan beide "
      "colleges van bestuur, met cijfers over instroom, uitval, overstap en examens, de "
      "tevredenheid van deelnemers en werkveld en de besteding van het routebudget. Daarnaast "
      "sluit het duo drie keer per jaar aan bij het portefeuillehoudersoverleg van beide "
      "besturen en geeft daar een mondelinge voortgangsrapportage.", multiline=True)

    d.add_heading("Onderdeel 4 - Onderwijs, personeel en voorzieningen", level=1)
    f("Programma en examens:", "Het onderwijsprogramma, de examinering en de bpv staan per "
      "leerjaar in het gezamenlijke PTA/OER van de route. Het vmbo-examen wordt afgerond in "
      "route-jaar 2; mbo-onderdelen starten al in route-jaar 1.", multiline=True)
    f("Personeel:", "Eén routeteam van docenten van beide partijen. In route-jaar 1 en 2 geven "
      "twee docenten van het ROC samen 8 lesuren per week op Het Lekdal College; in route-jaar 3 "
      "geeft een docent van de school 2 uur per week Nederlands en rekenen op het ROC. Voor de "
      "vakoverstijgende praktijkvakken werken wij met teambevoegdheid (art. 7.13a WVO 2020 / "
      "art. 9.1.12 WEB); welke onderdelen dat zijn, staat in het PTA/OER. Iedere docent blijft in "
      "dienst van de eigen werkgever.", multiline=True)
    f("Faciliteiten:", "Het ROC stelt het skillslab (verpleeg- en woonkamersimulatie) en de "
      "digitale leeromgeving open voor deelnemers in route-jaar 1 en 2. De school stelt haar "
      "praktijklokaal Zorg en welzijn en de keuken ter beschikking voor gezamenlijke "
      "projectweken. Gebruik wordt ingepland via het duo; er worden geen huurkosten "
      "doorberekend.", multiline=True)

    d.add_heading("Onderdeel 5 - Als de route niet (meer) past", level=1)
    f("Afspraken overstap:", "Stopt een deelnemer met de route, dan zoeken wij samen met de "
      "deelnemer en zijn ouders naar een vervolg waarmee hij toch een diploma haalt. Het duo "
      "beslist namens beide partijen, op basis van het niveau dat de deelnemer heeft bereikt "
      "en zijn leeftijd. De mogelijkheden zijn in ieder geval:\n"
      "- in route-jaar 1 of 2: verder in de gewone gemengde of kaderberoepsgerichte leerweg Zorg "
      "en welzijn van de school, en het vmbo-diploma halen;\n"
      "- heeft de deelnemer aan het eind van route-jaar 3 geen vmbo-diploma: verder in een "
      "mbo-opleiding van het ROC op niveau 3 of 4 zonder vooropleidingseisen, of het vmbo-examen "
      "opnieuw doen;\n"
      "- past de richting niet: een andere opleiding van het ROC op hetzelfde niveau, of een "
      "opleiding bij een andere instelling na een geschiktheidsonderzoek;\n"
      "- past niveau 4 niet: de opleiding Persoonlijk begeleider gehandicaptenzorg (niveau 3) of "
      "Helpende zorg en welzijn (niveau 2) bij het ROC.\n"
      "De uitwerking staat in de schoolgids en de studiegids.", multiline=True)

    d.add_heading("Onderdeel 6 - Geld", level=1)
    f("Overdracht van bekostiging:", "Nee. De partijen dragen geen bekostiging aan elkaar over "
      "(geen toepassing van art. 5.42a WVO 2020 of art. 9.1.15 WEB). Iedere partij draagt de "
      "kosten van het eigen personeel en de eigen voorzieningen.", multiline=True)

    d.add_heading("Onderdeel 7 - Medezeggenschap", level=1)
    f("Aanvullende afspraken:", "Ja. Deelnemers in route-jaar 1 en 2 mogen met één "
      "vertegenwoordiger meepraten in de studentenraad van het ROC-college Zorg en welzijn, met "
      "dezelfde rechten als een studentlid, naast hun rechten in de leerlingenraad van de school. "
      "De MR van de school en de ondernemingsraad van het ROC krijgen het routeverslag (onderdeel "
      "3B) ter informatie.", multiline=True)

    d.add_heading("Onderdeel 8 - Verschil van mening tussen de partners", level=1)
    f("Werkwijze:", "Een geschil over de uitvoering van deze overeenkomst bespreekt het duo "
      "eerst onderling. Lukt dat niet binnen drie weken, dan gaat het naar het "
      "portefeuillehoudersoverleg van beide besturen. Komen de besturen er binnen zes weken niet "
      "uit, dan vragen zij bindend advies aan een onafhankelijke deskundige die zij samen kiezen; "
      "lukt het niet om samen iemand te kiezen, dan wijst de voorzitter van de Stichting "
      "Onderwijsgeschillen een deskundige aan.", multiline=True)

    d.add_heading("Onderdeel 9 - Nieuwe partners, wijzigen en stoppen", level=1)
    f("Toetreding:", "Een andere vmbo-school of mbo-instelling kan meedoen als beide besturen "
      "schriftelijk instemmen en de nieuwe partner deze overeenkomst mede ondertekent. De "
      "nieuwe partner meldt zich gezamenlijk met de andere partijen aan bij DUO.", multiline=True)
    f("Wijzigen:", "Alleen schriftelijk, met handtekening van beide besturen, na advies van het "
      "duo. Een wijziging geldt niet voor een lopend schooljaar, tenzij beide besturen dat "
      "nadrukkelijk afspreken.", multiline=True)
    f("Opzeggen:", "Opzeggen kan schriftelijk tegen 1 augustus, met ten minste een jaar "
      "opzegtermijn. Na opzegging stromen er geen nieuwe leerlingen meer in, maar iedere "
      "deelnemer die al in de route zit, kan de route bij beide partijen afmaken. Loopt dat niet "
      "meer, dan geldt onderdeel 5.", multiline=True)
    f("Looptijd:", "Vijf jaar, van 1 augustus 2025 tot 1 augustus 2030; daarna telkens "
      "stilzwijgend verlengd met vijf jaar.")

    d.add_heading("Ondertekening", level=1)
    f("Plaats en datum:", "Nieuwegein, 24 juni 2025")
    f("Namens de school:", "drs. H.J. Kamsteeg")
    f("Namens de instelling:", "ing. P.W. Oudshoorn")
    save_docx(d, path, "Samenwerkingsovereenkomst DLR Zorg en welzijn")


# =====================================================================================
# h355 - zeer kort, geintegreerde route (TXT), Goes, Groen bb -> mbo-2 teelt
# =====================================================================================
H355 = """\
AFSPRAKEN GEINTEGREERDE ROUTE GROEN - MEDEWERKER TEELT (NIVEAU 2)
Samenwerkingsovereenkomst

Partijen: Stichting Christelijk Voortgezet Onderwijs De Bevelanden, bevoegd gezag van
Ostrea Vmbo te Goes (hierna: de school), en Stichting ROC Zeeland-Midden te Goes
(hierna: het ROC). Zij verzorgen samen de hieronder beschreven geintegreerde route en
spreken het volgende af.

1. DE ROUTE
Vmbo-profiel Groen, basisberoepsgerichte leerweg, leerjaar 3 en 4 van Ostrea Vmbo,
geintegreerd met de mbo-opleiding Medewerker teelt, niveau 2 (basisberoepsopleiding,
domein Voedsel, natuur en leefomgeving), BOL, van het ROC. Er wordt geen vmbo-eindexamen
afgenomen; de route eindigt met het mbo-2-diploma.

2. FRUITTELERS
De Fruittelersvereniging Zuid-Beveland levert via zes aangesloten bedrijven vanaf leerjaar 3
stageplaatsen voor iedere leerling, verzorgt per seizoen (snoei, bloei, pluk) een
praktijkdag op een bedrijf en levert assessoren voor het praktijkexamen.

3. LEIDING
De route wordt geleid door een coordinatorenduo: de teamleider Groen van de school en de
opleidingsmanager Groen van het ROC. Ieder bestuur wijst zijn eigen coordinator aan. Het duo
maakt de planning, het rooster en het gezamenlijke PTA/OER, beslist over toelating en
verdeelt de lessen; het mag namens beide besturen afspraken maken met de
fruitteeltbedrijven over stageplaatsen. Over personeel en gebouwen beslissen de besturen zelf.

4. VERANTWOORDING
Het duo stuurt in januari en juli een schriftelijk voortgangsbericht (aantallen, uitval,
resultaten, stageplaatsen) aan beide besturen en bespreekt het bericht van juli met hen.

5. ONDERWIJS EN ORGANISATIE
Leerjaar 3: op de school, met de schoolkas en de praktijktuin. Leerjaar 4 en verder: twee
dagen per week op de proeftuin van het ROC in Kapelle, die ook voor de school openstaat.
Een ROC-docent teelt geeft 6 uur per week les op de school; docenten van beide partijen
vormen een team met teambevoegdheid voor de praktijkvakken. Programma en examens per
leerjaar staan in het PTA/OER.

6. STOPPEN MET DE ROUTE
Wie stopt met de geintegreerde route, gaat door naar de Entree-opleiding van het ROC.
De coordinatoren regelen de inschrijving.

7. ONENIGHEID
Verschillen van inzicht lossen partijen samen in goed overleg op.

8. DUUR, WIJZIGING, NIEUWE PARTNERS EN OPZEGGING
Deze afspraken gelden vanaf 1 augustus 2025 voor vier jaar en worden daarna steeds met een
jaar verlengd. Wijzigen kan alleen schriftelijk, met handtekening van beide besturen. Een
andere vmbo-school of mbo-instelling kan meedoen als beide besturen dat schriftelijk
goedkeuren en de nieuwe partner deze afspraken ondertekent. Opzeggen kan schriftelijk per
1 augustus met een jaar opzegtermijn; leerlingen die al in de route zitten, maken de
route gewoon af.

Goes, 19 juni 2025

Voor de school:                         Voor het ROC:
W.A. Koene, bestuurder                  ir. M. de Visser-Dieleman, voorzitter cvb
"""


@sample(355, "h355_zeer_kort_geintegreerd_goes_teelt", "txt",
        "Very short plain-text agreement (no diacritics), TXT, Goes, geintegreerde route Groen "
        "bb -> mbo-2 Medewerker teelt; leavers go automatically to Entree, disputes only 'in "
        "goed overleg', nothing at all on finances, no medezeggenschap.",
        st(a="present", b="present", c="present", d="present", e="present", f="weak",
           g="missing", h="not_applicable", i="weak", j="present"),
        {"a": "1. DE ROUTE", "b": "2. FRUITTELERS", "c": "3. LEIDING",
         "d": "4. VERANTWOORDING", "e": "5. ONDERWIJS EN ORGANISATIE",
         "j": "8. DUUR, WIJZIGING, NIEUWE PARTNERS EN OPZEGGING"})
def h355(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(H355)


# =====================================================================================
# h356 - consortium van vier, twee kolommen (PDF), Etten-Leur, PIE kb -> mbo-3
# =====================================================================================
@sample(356, "h356_twee_kolommen_vier_partijen_etten_leur_installatie", "pdf",
        "Consortium of four (three vmbo boards + one ROC) set in two columns with paragraph "
        "signs, PDF, Etten-Leur/West-Brabant, PIE kb -> mbo-3 Eerste monteur installaties; "
        "fully compliant, funding transfer with amount and purpose, joint medezeggenschap body.",
        st(a="present", b="present", c="present", d="present", e="present", f="present",
           g="present", h="present", i="present", j="present"),
        {"a": "§ 2 Welke route", "b": "§ 3 Installatiebranche",
         "c": "§ 4 Routeraad", "d": "§ 5 Rapportage aan de besturen",
         "e": "§ 6 Onderwijs, locaties, docenten en voorzieningen",
         "f": "§ 7 Overstap", "g": "§ 8 Bekostiging",
         "h": "§ 9 Medezeggenschap", "i": "§ 10 Geschillenregeling",
         "j": "§ 11 Toe- en uittreden, wijziging, opzegging"})
def h356(path):
    B = []
    a = B.append
    a(("title", "Consortiumovereenkomst<br/>Installatieroute West-Brabant"))
    a(("sub", "doorlopende leerroute vmbo-mbo Produceren, installeren en energie"))
    a(("h", "Partijen"))
    for t in [
        "(1) <b>Stichting Voortgezet Onderwijs Leur en Donk</b>, Etten-Leur, bevoegd gezag van "
        "vmbo De Leurse Haven, vertegenwoordigd door J.M. Vermunt, bestuurder;",
        "(2) <b>Stichting Openbaar Voortgezet Onderwijs Moerdijk-Noord</b>, Zevenbergen, bevoegd "
        "gezag van het Mark- en Vlietcollege (vmbo), vertegenwoordigd door drs. E. Hollebrand, "
        "voorzitter college van bestuur;",
        "(3) <b>Stichting Christelijk Onderwijs Rucphen</b>, Rucphen, bevoegd gezag van vmbo De "
        "Brede Akker, vertegenwoordigd door A.P.M. Koenraadt, bestuurder;",
        "(4) <b>Stichting Regionaal Opleidingencentrum Baronie-West</b>, Breda, bevoegd gezag "
        "van ROC Baronie-West, vertegenwoordigd door mr. L. Schrauwen, voorzitter college van "
        "bestuur;"]:
        a(("li", t))
    a(("p", "Partijen (1) tot en met (3) heten samen <i>de scholen</i>, partij (4) heet "
            "<i>het ROC</i>; alle vier samen <i>het consortium</i>."))
    a(("h", "§ 1 Grondslag"))
    a(("p", "1.1 Het consortium verzorgt op grond van deze overeenkomst gezamenlijk een "
            "doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107b WVO 2020 en artikel "
            "9.1.3 WEB. Iedere school meldt de route voor haar eigen locatie, gezamenlijk met het "
            "ROC, bij DUO."))
    a(("p", "1.2 Waar in deze overeenkomst 'de besturen' staat, zijn de colleges van bestuur of "
            "bestuurders van alle vier partijen bedoeld."))
    a(("h", "§ 2 Welke route"))
    a(("p", "2.1 De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel "
            "<b>Produceren, installeren en energie</b>, op elk van de drie scholen."))
    a(("p", "2.2 De route leidt tot een van de volgende vakopleidingen (niveau 3) van het ROC, "
            "naar keuze van de deelnemer aan het einde van het eerste routejaar:"))
    a(("li", "a. <b>Eerste monteur elektrotechnische installaties</b> (BOL en BBL);"))
    a(("li", "b. <b>Eerste monteur werktuigkundige installaties</b> (BOL en BBL)."))
    a(("p", "2.3 Het keuzevak Duurzame installatietechniek wordt door alle drie scholen in "
            "routejaar 1 aangeboden."))
    a(("h", "§ 3 Installatiebranche"))
    a(("p", "3.1 De installatiebranche is via de volgende organisaties bij de route betrokken: "
            "de regio West-Brabant van de werkgeversvereniging voor installatiebedrijven, "
            "Opleidingsbedrijf Installatie West-Brabant, Van Gils Installatietechniek B.V. "
            "(Etten-Leur), Kemperman Elektro B.V. (Zevenbergen) en woningcorporatie Leurse Hoven "
            "als opdrachtgever."))
    a(("p", "3.2 Hun rol: (a) de genoemde bedrijven ontvangen iedere deelnemer in routejaar 1 "
            "voor een meeloopweek en vanaf routejaar 2 voor de bpv; het opleidingsbedrijf zorgt "
            "voor BBL-plaatsen in de mbo-fase; (b) Leurse Hoven levert jaarlijks een "
            "renovatieproject als levensechte opdracht; (c) vakmensen uit de bedrijven verzorgen "
            "per periode een gastles op iedere school en zitten als assessor in de "
            "examencommissie voor de proeve van bekwaamheid; (d) de werkgeversvereniging "
            "adviseert in het jaarlijkse routeberaad (§ 5.3) over de aansluiting van het "
            "programma op nieuwe technieken, zoals warmtepompen."))
    a(("h", "§ 4 Routeraad"))
    a(("p", "4.1 De leiding over de route ligt bij de routeraad. De routeraad bestaat uit de "
            "afdelingsleider techniek van elk van de drie scholen en de opleidingsmanager "
            "Installatietechniek van het ROC, die de raad voorzit."))
    a(("p", "4.2 Ieder bestuur benoemt zijn eigen lid van de routeraad en een vaste "
            "plaatsvervanger, en deelt de benoeming schriftelijk mee aan de andere besturen. "
            "Een bestuur kan zijn lid ontslaan en vervangen."))
    a(("p", "4.3 Aan de routeraad zijn door de besturen opgedragen: het opstellen van het "
            "gezamenlijke PTA/OER; de afstemming van roosters tussen de vier locaties; de "
            "toelating van leerlingen tot de route; de beslissing over overstap (§ 7); de "
            "contacten met de branche (§ 3); het beheer van het routebudget."))
    a(("p", "4.4 De routeraad beslist bij meerderheid, met dien verstande dat een besluit dat "
            "één school raakt de instemming van het lid van die school nodig heeft. De routeraad "
            "mag geen personeel in dienst nemen, geen huurverplichtingen aangaan en het "
            "PTA/OER niet zelf vaststellen; dat doen de besturen."))
    a(("h", "§ 5 Rapportage aan de besturen"))
    a(("p", "5.1 De voorzitter van de routeraad zendt de besturen ieder kwartaal een beknopt "
            "kwartaalbericht met de deelnemersaantallen per school, uitval en overstap, en de "
            "uitputting van het routebudget."))
    a(("p", "5.2 Vóór 1 december zendt de routeraad de besturen een jaarrapportage over het "
            "afgelopen schooljaar, met examenresultaten, bevindingen van de branche en een "
            "voorstel voor het budget van het volgende jaar."))
    a(("p", "5.3 De besturen bespreken de jaarrapportage met de routeraad in het jaarlijkse "
            "routeberaad in januari. De routeraad geeft de besturen daarnaast op verzoek alle "
            "inlichtingen die zij nodig hebben."))
    a(("h", "§ 6 Onderwijs, locaties, docenten en voorzieningen"))
    a(("p", "6.1 Routejaar 1 en 2 (vo-fase) worden op de eigen school gegeven; iedere deelnemer "
            "gaat één dag per week naar het Installatieplein van het ROC in Etten-Leur. Vanaf "
            "routejaar 3 is het onderwijs bij het ROC en bij de leerbedrijven."))
    a(("p", "6.2 Programma, examinering en bpv per leerjaar staan in het gezamenlijke PTA/OER, "
            "dat de besturen jaarlijks vóór 1 september vaststellen. Het vmbo-examen wordt in "
            "routejaar 2 afgerond."))
    a(("p", "6.3 Het ROC zet twee ambulante docenten installatietechniek in, die elk een dag "
            "per week op ieder van de drie scholen lesgeven. De scholen zetten ieder een docent "
            "PIE in die op het Installatieplein meedraait. De docenten vormen per school een team "
            "met teambevoegdheid (art. 7.13a WVO 2020, art. 9.1.12 WEB) voor de in het PTA/OER "
            "aangewezen praktijkonderdelen. Ieder blijft in dienst van zijn eigen werkgever."))
    a(("p", "6.4 Het ROC stelt het Installatieplein (leslokalen, oefenwoningen, "
            "gereedschapsuitgifte) en de digitale leeromgeving beschikbaar; de scholen stellen "
            "hun PIE-werkplaatsen beschikbaar voor de ambulante docenten en voor "
            "gezamenlijke projectdagen."))
    a(("h", "§ 7 Overstap"))
    a(("p", "7.1 Eindigt de deelname aan de route voordat de deelnemer haar heeft afgerond, dan "
            "zorgt het consortium ervoor dat hij alsnog een vmbo-diploma of een mbo-diploma "
            "kan halen dat past bij zijn bereikte niveau en zijn leeftijd."))
    a(("p", "7.2 De routeraad beslist namens de school van de deelnemer en het ROC samen, na "
            "een gesprek met de deelnemer en diens ouders, welke van de volgende mogelijkheden "
            "wordt gekozen: (a) in de vo-fase: verder in de reguliere kaderberoepsgerichte of "
            "basisberoepsgerichte leerweg op de eigen school, of op een andere school van het "
            "consortium; (b) geen vmbo-diploma aan het eind van routejaar 3: verder bij het ROC "
            "zonder vooropleidingseisen, of opnieuw vmbo-examen doen; (c) andere richting: een "
            "andere opleiding op niveau 2 of 3 bij het ROC, of elders na een "
            "geschiktheidsonderzoek; (d) verhuizing: warme overdracht naar een route of "
            "opleiding in de nieuwe regio."))
    a(("h", "§ 8 Bekostiging"))
    a(("p", "8.1 Iedere school draagt met toepassing van artikel 5.42a WVO 2020 per deelnemer "
            "per jaar van de vo-fase EUR 950 van haar bekostiging over aan het ROC, op basis "
            "van de telling op 1 oktober."))
    a(("p", "8.2 Het ROC besteedt deze middelen aan de inzet van de ambulante docenten "
            "(§ 6.3) en aan materiaal en gebruik van het Installatieplein (§ 6.4). Het ROC "
            "draagt geen bekostiging over aan de scholen."))
    a(("h", "§ 9 Medezeggenschap"))
    a(("p", "9.1 Naast de wettelijke medezeggenschap (WMS bij de scholen, WEB en WOR bij het "
            "ROC) stelt het consortium een gezamenlijk medezeggenschapsberaad in, waarin de MR "
            "van iedere school en de studentenraad van het ROC elk twee leden afvaardigen, "
            "onder wie ten minste één leerling of student uit de route."))
    a(("p", "9.2 Het beraad komt tweemaal per jaar bijeen; de routeraad legt het concept-"
            "PTA/OER en de jaarrapportage aan het beraad voor, dat daarover een gezamenlijk "
            "advies aan de besturen kan uitbrengen."))
    a(("h", "§ 10 Geschillenregeling"))
    a(("p", "10.1 Partijen die het oneens zijn over de uitvoering van deze overeenkomst leggen "
            "het geschil eerst voor aan de routeraad en vervolgens aan een overleg van de "
            "betrokken bestuurders."))
    a(("p", "10.2 Is het geschil acht weken na de eerste melding niet opgelost, dan legt iedere "
            "betrokken partij het voor aan een geschillencommissie van drie leden: ieder "
            "betrokken bestuur wijst een lid aan, die leden wijzen samen een onafhankelijke "
            "voorzitter aan. De commissie brengt binnen acht weken een bindend advies uit."))
    a(("h", "§ 11 Toe- en uittreden, wijziging, opzegging"))
    a(("p", "11.1 Een andere vmbo-school of mbo-instelling kan toetreden als alle partijen "
            "schriftelijk instemmen, de toetreder deze overeenkomst met een "
            "toetredingsverklaring aanvaardt en de route gezamenlijk bij DUO wordt gemeld. "
            "Toetreding gaat in op 1 augustus."))
    a(("p", "11.2 Deze overeenkomst wordt alleen gewijzigd bij schriftelijk besluit van alle "
            "besturen; wijzigingen in het programma gaan niet in tijdens een lopend schooljaar."))
    a(("p", "11.3 Iedere partij kan haar deelname opzeggen per 1 augustus, met een "
            "opzegtermijn van ten minste twaalf maanden. Voor de overige partijen loopt de "
            "overeenkomst door. Zegt een school op, dan is er op die school geen nieuwe "
            "instroom meer, maar ronden de deelnemers die al in de route zitten haar af; het "
            "ROC blijft daarvoor het mbo-deel verzorgen. Zegt het ROC op, dan verzorgt het de "
            "route voor de lopende cohorten tot hun diploma."))
    a(("h", "§ 12 Looptijd"))
    a(("p", "Deze overeenkomst loopt van 1 augustus 2025 tot 1 augustus 2031 en wordt daarna "
            "stilzwijgend met telkens drie jaar verlengd."))
    a(("p", "Ondertekend te Etten-Leur op 3 juli 2025 door:"))
    a(("p", "J.M. Vermunt (Leur en Donk) - drs. E. Hollebrand (Moerdijk-Noord) - "
            "A.P.M. Koenraadt (CO Rucphen) - mr. L. Schrauwen (ROC Baronie-West)"))
    build_pdf(path, B, columns=2, title="Consortiumovereenkomst Installatieroute West-Brabant",
              header="Installatieroute West-Brabant - consortiumovereenkomst 2025")


# =====================================================================================
# h357 - interne regeling AOC met tekstvakken (DOCX), Veldhoven, Groen kb -> mbo-3 bloem
# =====================================================================================
@sample(357, "h357_interne_regeling_aoc_tekstvakken_veldhoven_bloem", "docx",
        "AOC interne regeling in the form of a board decision, with the overstap kader and "
        "explanations inside Word text boxes, DOCX, Veldhoven, Groen kb/gl -> mbo-3 Vakbekwaam "
        "medewerker bloem, groen en styling; compliant, explicit no funding transfer; h/i/j "
        "not applicable (one legal person).",
        st(a="present", b="present", c="present", d="present", e="present", f="present",
           g="present", h="not_applicable", i="not_applicable", j="not_applicable"),
        {"a": "Artikel 2 - Reikwijdte en route",
         "b": "Artikel 3 - Inbreng van de bloemen- en groenbranche",
         "c": "Artikel 4 - Routeleiding",
         "d": "Artikel 5 - Rapportage aan het college",
         "e": "Artikel 6 - Onderwijs, inzet van medewerkers en voorzieningen",
         "f": "Kader overstap",
         "g": "Artikel 8 - Middelen"})
def h357(path):
    d = new_docx()
    d.add_heading("Interne regeling doorlopende leerroute vmbo groen - mbo bloem, groen en "
                  "styling", level=0)
    d.add_paragraph("Besluit van het college van bestuur van Stichting Agrarisch "
                    "Opleidingscentrum De Kempen-Dommeldal, nummer CvB 2025/041")
    d.add_paragraph("Het college van bestuur van Stichting Agrarisch Opleidingscentrum De "
                    "Kempen-Dommeldal, gevestigd te Veldhoven, bevoegd gezag van zowel de "
                    "vmbo-scholen als de mbo-opleidingen van Groencollege De Kempen;")
    d.add_paragraph("gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 "
                    "en artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;")
    d.add_paragraph("overwegende dat de doorlopende leerroute geheel binnen de stichting wordt "
                    "verzorgd en dat daarom in plaats van een samenwerkingsovereenkomst een "
                    "interne regeling wordt vastgesteld;")
    d.add_paragraph("gehoord de deelraden van de vmbo-locatie Veldhoven en de mbo-locatie "
                    "Eindhoven;")
    p = d.add_paragraph()
    p.add_run("besluit vast te stellen de volgende regeling:").bold = True

    d.add_heading("Artikel 1 - Begrippen", level=2)
    d.add_paragraph("In deze regeling wordt verstaan onder: de route: de doorlopende leerroute "
                    "van artikel 2; de vmbo-locatie: Groencollege De Kempen vmbo, Sint "
                    "Jorislaan 30, Veldhoven; de mbo-locatie: Groencollege De Kempen mbo, "
                    "Kastanjelaan 112, Eindhoven; het college: het college van bestuur van de "
                    "stichting.")

    d.add_heading("Artikel 2 - Reikwijdte en route", level=2)
    d.add_paragraph("1. Deze regeling betreft de route die begint in het derde leerjaar van het "
                    "vmbo-profiel Groen, kaderberoepsgerichte en gemengde leerweg, op de "
                    "vmbo-locatie, en leidt tot het diploma van de mbo-opleiding Vakbekwaam "
                    "medewerker bloem, groen en styling (niveau 3, opleidingsdomein Voedsel, "
                    "natuur en leefomgeving), BOL, op de mbo-locatie.")
    d.add_paragraph("2. Binnen het profiel Groen kiezen de deelnemers in leerjaar 3 de "
                    "keuzevakken Bloemwerk en Groene vormgeving en styling.")
    add_textbox(d, ["Toelichting bij artikel 2",
                    "De route is de opvolger van het groene vakmanschapstraject dat de "
                    "stichting sinds 2018 aanbiedt. Omdat vmbo en mbo onder één bevoegd gezag "
                    "vallen, gelden de onderwerpen geschilbeslechting, toetreding en "
                    "medezeggenschap van de wet niet voor deze regeling."],
                height_pt=70, shape_id=1)

    d.add_heading("Artikel 3 - Inbreng van de bloemen- en groenbranche", level=2)
    d.add_paragraph("1. Bij de route zijn betrokken: Kwekerij De Run (snijbloemen en "
                    "potplanten), Bloemsierkunst Van Kemenade in Veldhoven, Tuincentrum "
                    "Dommeldal in Waalre en de regionale afdeling van de vakvereniging van "
                    "bloemisten.")
    d.add_paragraph("2. De bloemisterijen en het tuincentrum bieden stage- en bpv-plaatsen "
                    "vanaf routejaar 2. Kwekerij De Run verzorgt jaarlijks een teeltproject "
                    "(van stek tot verkoop) voor routejaar 1. De vakvereniging levert twee "
                    "juryleden voor de interne vakwedstrijd en beoordeelt mee bij de proeve "
                    "van bekwaamheid. Eén keer per jaar komen de betrokken bedrijven bijeen "
                    "in de adviesraad van de route, die het college adviseert over de inhoud "
                    "van het programma en de actuele trends in styling.")

    d.add_heading("Artikel 4 - Routeleiding", level=2)
    d.add_paragraph("1. De leiding van de route berust bij het routeduo, gevormd door de "
                    "teamleider bovenbouw van de vmbo-locatie en de teamleider bloem, groen "
                    "en styling van de mbo-locatie.")
    d.add_paragraph("2. Het college wijst de leden van het routeduo aan bij afzonderlijk "
                    "besluit, voor een termijn van drie jaar, die kan worden verlengd.")
    d.add_paragraph("3. Het college mandateert het routeduo om: het gezamenlijke PTA/OER "
                    "voor te bereiden; de jaarplanning en het rooster van beide locaties op "
                    "elkaar af te stemmen; leerlingen tot de route toe te laten; te beslissen "
                    "over overstap volgens het kader van artikel 7; en uitgaven te doen "
                    "binnen het budget van de route. Besluiten over formatie en huisvesting "
                    "blijven aan het college.")

    d.add_heading("Artikel 5 - Rapportage aan het college", level=2)
    d.add_paragraph("Het routeduo rapporteert aan het college via de trimesterrapportage in "
                    "de planning-en-controlcyclus (december, april, augustus), met de "
                    "aantallen deelnemers, uitval, overstap, examenresultaten en de "
                    "budgetuitputting. Vóór 15 juli legt het routeduo een evaluatie van het "
                    "schooljaar voor, die het college in een gesprek met het routeduo "
                    "bespreekt.")

    d.add_heading("Artikel 6 - Onderwijs, inzet van medewerkers en voorzieningen", level=2)
    d.add_paragraph("1. Routejaar 1 en 2 worden gegeven op de vmbo-locatie, met één dag per "
                    "week in het praktijkcentrum van de mbo-locatie; vanaf routejaar 3 op de "
                    "mbo-locatie en in de bpv.")
    d.add_paragraph("2. Het programma, de examinering en de bpv worden per leerjaar "
                    "beschreven in het gezamenlijke PTA/OER, dat het college jaarlijks vóór "
                    "1 oktober vaststelt.")
    d.add_paragraph("3. Docenten van beide locaties vormen één docententeam. Twee mbo-docenten "
                    "bloem en styling geven samen tien lesuren per week op de vmbo-locatie; "
                    "een vmbo-docent Nederlands begeleidt in routejaar 3 de deelnemers die het "
                    "vmbo-examen nog moeten afronden. Het team werkt met teambevoegdheid voor "
                    "de in het PTA/OER aangewezen vakoverstijgende onderdelen.")
    d.add_paragraph("4. De deelnemers gebruiken in routejaar 1 en 2 de binderij, de koelcel en "
                    "de kas van het praktijkcentrum van de mbo-locatie; de vmbo-locatie stelt "
                    "haar schooltuin en expositieruimte beschikbaar voor de eindpresentaties "
                    "van de route.")

    d.add_heading("Artikel 7 - Overstap", level=2)
    d.add_paragraph("Het kader voor de overstapoptie is opgenomen in het onderstaande kader en "
                    "maakt deel uit van deze regeling.")
    add_textbox(d, ["Kader overstap",
                    "a. Houdt de deelname aan de route op voordat de deelnemer haar heeft "
                    "voltooid, dan bepalen de teamleider bovenbouw van de vmbo-locatie en de "
                    "teamleider bloem, groen en styling gezamenlijk, na een gesprek met de "
                    "deelnemer en zijn ouders en op grond van het bereikte niveau en de "
                    "leeftijd, welk vervolg de deelnemer krijgt om alsnog een diploma te "
                    "behalen.",
                    "b. In routejaar 1 en 2 is dat in de regel het reguliere vmbo-programma "
                    "Groen in de kaderberoepsgerichte of gemengde leerweg, met het "
                    "vmbo-diploma als doel.",
                    "c. Is aan het eind van routejaar 3 geen vmbo-diploma behaald, dan kan de "
                    "deelnemer de mbo-opleiding vervolgen; vooropleidingseisen worden binnen "
                    "de stichting niet gesteld. De deelnemer kan ook het vmbo-examen opnieuw "
                    "afleggen.",
                    "d. Past de richting niet, dan volgt een overstap naar een andere "
                    "opleiding van de stichting op niveau 2 of 3 (bijvoorbeeld Vakbekwaam "
                    "hovenier of Dierverzorging), of begeleiding naar een opleiding bij een "
                    "andere instelling.",
                    "e. De werkwijze wordt beschreven in de schoolgids en de studiegids."],
                height_pt=230, shape_id=2)

    d.add_heading("Artikel 8 - Middelen", level=2)
    d.add_paragraph("De rijksbijdragen voor het voortgezet onderwijs en het mbo komen beide "
                    "toe aan de stichting; er is geen sprake van overdracht van bekostiging "
                    "als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Het college "
                    "verdeelt de lasten van de route in de jaarlijkse begroting over beide "
                    "locaties.")

    d.add_heading("Artikel 9 - Slotbepalingen", level=2)
    d.add_paragraph("1. Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald "
                    "als 'Interne regeling DLR bloem, groen en styling'.")
    d.add_paragraph("2. Het college evalueert de regeling in het schooljaar 2027-2028.")
    d.add_paragraph("Aldus vastgesteld door het college van bestuur op 1 juli 2025.")
    d.add_paragraph("drs. M.C.J. Swinkels, voorzitter - ing. T. van Asseldonk, lid")
    save_docx(d, path, "Interne regeling DLR bloem, groen en styling")


# =====================================================================================
# h358 - vernieuwde overeenkomst (MD), Nijverdal, M&T kb -> mbo-3 autotechnicus
# =====================================================================================
H358 = """\
# Vernieuwde samenwerkingsovereenkomst doorlopende leerroute Mobiliteit

**Het Noetsele College (vmbo) - ROC Twente-West | looptijd 2025-2029**

Deze overeenkomst vervangt de samenwerkingsovereenkomst van 4 juli 2021, die op
31 juli 2025 afloopt. De afspraken hieronder zijn volledig; voor de uitvoering hoeft niet
meer op de oude overeenkomst te worden teruggevallen.

| | Wat is er veranderd ten opzichte van 2021? |
|---|---|
| 1 | Ook BBL in de mbo-fase mogelijk |
| 2 | Twee extra garagebedrijven in de route |
| 3 | Hogere bijdrage per deelnemer (was EUR 900) |
| 4 | Medezeggenschap: nog uit te werken (zie artikel 9) |

## Partijen

1. **Stichting Voortgezet Onderwijs Hellendoorn-Twenterand**, Nijverdal, bevoegd gezag van
   Het Noetsele College, school voor vmbo, vertegenwoordigd door mevrouw G.H. Nijhof-Bruins,
   bestuurder (hierna: *de school*);
2. **Stichting ROC Twente-West**, Almelo, vertegenwoordigd door de heer drs. B.J. Wolters,
   voorzitter college van bestuur (hierna: *het ROC*).

## Artikel 1 - De route

Partijen verzorgen samen de doorlopende leerroute van het vmbo-profiel **Mobiliteit en
transport**, kaderberoepsgerichte leerweg (leerjaar 3 en 4 van de school), naar de
mbo-opleiding **Eerste autotechnicus**, niveau 3, opleidingsdomein Mobiliteit en voertuigen,
in BOL of - vanaf het derde routejaar - BBL.

## Artikel 2 - Garagebedrijven en branche

1. Vijf garagebedrijven doen mee: Autobedrijf Oosterhof (Nijverdal), Garage Dijkhuis
   (Hellendoorn), Autoservice Regge (Nijverdal), Bedrijfswagens Hulsen (Rijssen) en
   Bandencentrum Salland (Raalte). Allen zijn door SBB erkend leerbedrijf.
2. Deze bedrijven:
   - geven iedere deelnemer in routejaar 2 een snuffelstage van twee weken en bieden vanaf
     routejaar 3 bpv- of BBL-plaatsen;
   - stellen om de twee maanden een auto of onderdeel met een echte storing beschikbaar voor
     het diagnoseprogramma in de werkplaats van de school;
   - leveren een werkplaatschef die meebeoordeelt bij de proeve van bekwaamheid;
   - bespreken twee keer per jaar in de *routetafel mobiliteit* met de routecoordinator wat er
     in het programma moet veranderen (bijvoorbeeld elektrische aandrijving en ADAS).

## Artikel 3 - Stuurgroep en routecoordinator

1. De leiding over de route ligt bij een stuurgroep van twee personen: de locatiedirecteur
   van de school en de sectordirecteur Techniek van het ROC. De stuurgroep wordt bijgestaan
   door een routecoordinator.
2. Het bestuur van de school benoemt de locatiedirecteur als lid, het college van bestuur
   van het ROC de sectordirecteur. De stuurgroep benoemt de routecoordinator uit de docenten
   van beide partijen, voor twee schooljaren.
3. De stuurgroep bepaalt de jaarplanning, stelt het ontwerp-PTA/OER op, beslist over
   toelating en overstap van deelnemers en verdeelt het routebudget. De routecoordinator
   voert de dagelijkse organisatie uit (rooster, contact met bedrijven, leerlingbegeleiding).
   De stuurgroep mag geen verplichtingen aangaan boven EUR 10.000 zonder toestemming van
   beide besturen.

## Artikel 4 - Verantwoording

De stuurgroep stuurt beide besturen **halfjaarlijks** (februari en september) een
voortgangsrapportage met deelnemersaantallen, uitval, overstap, examenresultaten en
besteding van de bijdrage uit artikel 7. De rapportage van september wordt besproken in het
jaarlijkse bestuurlijk overleg in oktober.

## Artikel 5 - Onderwijs, docenten en werkplaatsen

1. Routejaar 1 en 2 worden gegeven op de school; de deelnemers werken in routejaar 2 één dag
   per week in de autowerkplaats van het ROC in Almelo. Vanaf routejaar 3 volgen zij het
   onderwijs bij het ROC en in de bpv.
2. Programma, examens en bpv staan per leerjaar in het gezamenlijke PTA/OER. Het vmbo-examen
   wordt in routejaar 2 afgerond.
3. Een docent autotechniek van het ROC geeft in routejaar 1 en 2 acht uur per week les op de
   school; de docenten van beide partijen vormen één team met teambevoegdheid voor de
   praktijkvakken. Iedere docent blijft in dienst van zijn eigen werkgever.
4. De school stelt haar werkplaats Mobiliteit en transport (vier bruggen, diagnoseapparatuur)
   beschikbaar; het ROC zijn autowerkplaats, het hoogvoltlab voor elektrische voertuigen en
   de licenties voor de technische databank.

## Artikel 6 - Overstap

1. Als een deelnemer de route niet afmaakt, bepalen de school en het ROC samen, na overleg
   met de deelnemer en zijn ouders, welk vervolg past bij zijn bereikte niveau en leeftijd,
   zodat hij een vmbo- of mbo-diploma kan halen.
2. Mogelijke vervolgen: verder in de reguliere kaderberoepsgerichte leerweg van de school;
   bij het ROC verder zonder vooropleidingseisen als het vmbo-diploma aan het eind van
   routejaar 3 ontbreekt, of het vmbo-examen opnieuw doen; een andere technische opleiding
   op niveau 2 of 3 bij het ROC (bijvoorbeeld Monteur mobiele werktuigen); of een opleiding
   bij een andere instelling na een geschiktheidsonderzoek.

## Artikel 7 - Bijdrage van de school

De school draagt op grond van artikel 5.42a WVO 2020 **EUR 1.150 per deelnemer per
routejaar** in de vo-fase over aan het ROC, voor de inzet van de ROC-docent (artikel 5.3) en
het gebruik van de autowerkplaats en het hoogvoltlab (artikel 5.4). Betaling in november op
basis van de telling van 1 oktober.

## Artikel 8 - Geschillen

Geschillen over de uitvoering van deze overeenkomst worden eerst in de stuurgroep en daarna
in het bestuurlijk overleg besproken. Is er na twee maanden geen oplossing, dan schakelen
partijen een mediator in. Lukt ook dat niet, dan beslist de bevoegde rechter van de
rechtbank Overijssel.

## Artikel 9 - Medezeggenschap

[Aanvullende afspraken over medezeggenschap - nog in te vullen na advies van de MR van de
school en de studentenraad van het ROC; zie actiepunt 4.]

## Artikel 10 - Looptijd, wijziging en opzegging

1. Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2029. Partijen bespreken
   uiterlijk in het bestuurlijk overleg van oktober 2028 of zij haar vernieuwen.
2. Wijzigingen worden schriftelijk vastgelegd in een door beide besturen ondertekend
   addendum.
3. Iedere partij kan de overeenkomst tussentijds schriftelijk opzeggen tegen het einde van
   een schooljaar, met een opzegtermijn van een jaar. Deelnemers die op dat moment al in de
   route zitten, maken de route af; de andere partij werkt daaraan mee tot zij hun diploma
   hebben of zijn overgestapt volgens artikel 6.

## Ondertekening

Nijverdal, 30 juni 2025

| Voor de school | Voor het ROC |
|---|---|
| G.H. Nijhof-Bruins, bestuurder | drs. B.J. Wolters, voorzitter cvb |
"""


@sample(358, "h358_vernieuwing_markdown_nijverdal_autotechniek", "md",
        "Renewal agreement replacing a 2021 agreement, Markdown with change table, Nijverdal, "
        "Mobiliteit en transport kb -> mbo-3 Eerste autotechnicus; medezeggenschap article is a "
        "bracketed placeholder, and nothing on how another school/instelling can join.",
        st(a="present", b="present", c="present", d="present", e="present", f="present",
           g="present", h="weak", i="present", j="weak"),
        {"a": "Artikel 1 - De route", "b": "Artikel 2 - Garagebedrijven en branche",
         "c": "Artikel 3 - Stuurgroep en routecoordinator", "d": "Artikel 4 - Verantwoording",
         "e": "Artikel 5 - Onderwijs, docenten en werkplaatsen", "f": "Artikel 6 - Overstap",
         "g": "Artikel 7 - Bijdrage van de school", "i": "Artikel 8 - Geschillen"})
def h358(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(H358)


# =====================================================================================
# h359 - lang, 'Overige bepalingen' met meerdere onderwerpen (DOCX), Delfzijl, maritiem
# =====================================================================================
@sample(359, "h359_overige_bepalingen_lang_delfzijl_maritiem", "docx",
        "Long formal agreement whose 'Overige bepalingen' article bundles geschillen, toetreding, "
        "wijziging, opzegging and a medezeggenschap paragraph, with a year-plan annex table, "
        "DOCX, Delfzijl, Maritiem en techniek kb/gl -> mbo-4 Maritiem officier at a vakinstelling; "
        "compliant; explicit no funding transfer; medezeggenschap only describes the law.",
        st(a="present", b="present", c="present", d="present", e="present", f="present",
           g="present", h="not_applicable", i="present", j="present"),
        {"a": "Artikel 2 Doel en inhoud van de leerroute",
         "b": "Artikel 3 Inbreng van de maritieme sector",
         "c": "Artikel 4 Routecommissie",
         "d": "Artikel 5 Informatie en verantwoording",
         "e": "Artikel 6 Onderwijskundige inrichting",
         "f": "Artikel 10 Overstapoptie",
         "g": "Artikel 11 Financiën",
         "i": "12.4 Geschillen",
         "j": "12.5 Toetreding van een nieuwe partij"})
def h359(path):
    d = new_docx()
    H = lambda t: d.add_heading(t, level=2)
    P = d.add_paragraph
    d.add_heading("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Maritiem", level=0)
    P("Damsterdiep College - Noordelijk Maritiem Instituut").runs[0].bold = True
    P("Kenmerk: SOK-MAR-2025/02. Versie vastgesteld in het bestuurlijk overleg van 10 juni 2025.")

    d.add_heading("Partijen", level=1)
    P("1. Stichting Voortgezet Onderwijs Fivel-Eems, gevestigd te Delfzijl, bevoegd gezag van "
      "het Damsterdiep College, scholengemeenschap voor vmbo, te dezen vertegenwoordigd door "
      "de heer drs. K.R. Bolhuis, voorzitter van het college van bestuur, hierna te noemen "
      "'de school';")
    P("2. Stichting Noordelijk Maritiem Instituut, gevestigd te Delfzijl, bevoegd gezag van "
      "een vakinstelling voor maritiem beroepsonderwijs in de zin van de Wet educatie en "
      "beroepsonderwijs, te dezen vertegenwoordigd door mevrouw ir. A.M. Tuinstra-Oosting, "
      "bestuurder, hierna te noemen 'het instituut';")
    P("hierna samen te noemen 'partijen'.")

    d.add_heading("Overwegingen", level=1)
    for t in [
        "A. De school en het instituut werken sinds 2019 samen in het maritieme "
        "oriëntatieprogramma 'Zeebenen' voor leerlingen van de bovenbouw.",
        "B. De havens in de Eemsdelta en de koopvaardij kampen met een structureel tekort aan "
        "goed opgeleide officieren; een doorlopende leerroute verkort de weg naar het beroep en "
        "vermindert uitval bij de overgang van vmbo naar mbo.",
        "C. Partijen wensen een doorlopende leerroute vmbo-mbo te verzorgen als bedoeld in "
        "artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet "
        "educatie en beroepsonderwijs, en leggen hun afspraken daarover vast in deze "
        "overeenkomst, die voldoet aan artikel 2.107b van de Wet voortgezet onderwijs 2020 en "
        "artikel 9.1.3 van de Wet educatie en beroepsonderwijs.",
        "D. Partijen zijn zich ervan bewust dat leerlingen in een maritieme opleiding te maken "
        "krijgen met bijzondere eisen, waaronder medische keuring en internationale "
        "certificering, en willen leerlingen voor wie dat een beletsel blijkt een kansrijk "
        "alternatief bieden."]:
        P(t)
    P("komen overeen als volgt:")

    H("Artikel 1 Begripsbepalingen")
    for t in [
        "1.1 Leerroute: de doorlopende leerroute vmbo-mbo Maritiem, omschreven in artikel 2.",
        "1.2 Deelnemer: een leerling van de school of student van het instituut die de "
        "leerroute volgt.",
        "1.3 Routejaar: een leerjaar van de leerroute; routejaar 1 en 2 vallen samen met "
        "leerjaar 3 en 4 van de school (vo-fase), routejaar 3 en volgende met de leerjaren van "
        "het instituut (mbo-fase).",
        "1.4 Routecommissie: de commissie bedoeld in artikel 4.",
        "1.5 PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
        "examenregeling van de leerroute.",
        "1.6 Opstapreis: een meerdaagse reis aan boord van een koopvaardijschip van een van de "
        "in artikel 3 genoemde rederijen, als onderdeel van het onderwijsprogramma.",
        "1.7 STCW: het Internationaal Verdrag betreffende de normen voor zeevarenden inzake "
        "opleiding, diplomering en wachtdienst."]:
        P(t)

    H("Artikel 2 Doel en inhoud van de leerroute")
    P("2.1 Partijen verzorgen gezamenlijk een leerroute die begint in leerjaar 3 van het "
      "vmbo-profiel Maritiem en techniek van de school, in de kaderberoepsgerichte en de "
      "gemengde leerweg, en die leidt tot het vmbo-diploma en het diploma van de "
      "middenkaderopleiding Maritiem officier (niveau 4), opleidingsdomein Transport, "
      "scheepvaart en logistiek, van het instituut.")
    P("2.2 De leerroute wordt aangeboden in de beroepsopleidende leerweg. In de mbo-fase "
      "kiest de deelnemer tussen de uitstroomrichting koopvaardij en de uitstroomrichting "
      "waterbouw en offshore.")
    P("2.3 In de vo-fase volgen deelnemers de profielmodules van Maritiem en techniek, "
      "aangevuld met de keuzevakken Navigatie en Scheepvaartkunde, waarin onderdelen van de "
      "mbo-opleiding zijn ondergebracht. Overlap tussen vmbo- en mbo-stof wordt in het "
      "PTA/OER weggenomen.")
    P("2.4 De leerroute heeft een nominale duur van vijf routejaren; deelnemers die de "
      "vmbo-stof versneld afronden, kunnen in vier routejaren en een half het mbo-diploma "
      "behalen.")

    H("Artikel 3 Inbreng van de maritieme sector")
    P("3.1 Bij de invulling van de leerroute zijn de volgende bedrijven en organisaties "
      "betrokken, met wie het instituut afzonderlijke bpv-overeenkomsten heeft gesloten: "
      "Rederij Fivelboorden B.V. (kustvaart), Scheepswerf Termunterzijl B.V. (nieuwbouw en "
      "reparatie), Havenbedrijf Eemsmond N.V. en Sleepdienst Dollard B.V.")
    P("3.2 De rederij en de sleepdienst bieden iedere deelnemer in routejaar 2 een opstapreis "
      "van drie tot vijf dagen aan en verzorgen in de mbo-fase de stageplaatsen aan boord "
      "die de STCW-opleiding vereist. De scheepswerf ontvangt de deelnemers in routejaar 1 "
      "voor een projectweek 'van staal tot schip' en levert begeleiders voor de "
      "praktijkopdrachten in de werkplaats van de school. Het havenbedrijf verzorgt "
      "jaarlijks twee gastcolleges over havenveiligheid en stelt zijn verkeerspost "
      "beschikbaar voor excursies.")
    P("3.3 De betrokken bedrijven zijn met ten minste twee vertegenwoordigers lid van de "
      "sectorraad van de leerroute, die ieder najaar bijeenkomt en de routecommissie "
      "adviseert over de inhoud van het programma, de ontwikkelingen in de sector "
      "(verduurzaming van de vloot, walstroom, offshore wind) en de examinering. Een "
      "vertegenwoordiger van de sector neemt als assessor deel aan de beoordeling van de "
      "beroepsgerichte examenonderdelen in de mbo-fase.")

    H("Artikel 4 Routecommissie")
    P("4.1 De leiding over de leerroute berust bij de routecommissie. Zij bestaat uit drie "
      "leden: de sectordirecteur techniek van de school, de onderwijsmanager nautisch van het "
      "instituut en een routecoördinator.")
    P("4.2 Het college van bestuur van de school benoemt de sectordirecteur en het bestuur "
      "van het instituut de onderwijsmanager als lid. De routecoördinator wordt op "
      "gezamenlijke voordracht van die twee leden door beide besturen samen benoemd, voor "
      "een periode van drie schooljaren; herbenoeming is mogelijk. Ieder bestuur kan het door "
      "hem benoemde lid te allen tijde vervangen en meldt dit schriftelijk aan de andere partij.")
    P("4.3 De routecommissie heeft de volgende taken: a. het opstellen van het ontwerp-PTA/OER "
      "en de jaarplanning; b. de afstemming van roosters en de planning van opstapreizen; "
      "c. de toelating van leerlingen tot de leerroute; d. het nemen van beslissingen over "
      "overstap als bedoeld in artikel 10; e. het onderhouden van de contacten met de sector; "
      "f. de kwaliteitszorg; g. het voorbereiden van de begroting van de leerroute.")
    P("4.4 De besturen dragen de routecommissie de bevoegdheid op om binnen de vastgestelde "
      "begroting uitgaven te doen en om het personeel dat de partijen voor de leerroute "
      "beschikbaar stellen in te roosteren. De vaststelling van het PTA/OER, de benoeming en "
      "het ontslag van personeel en het aangaan van verplichtingen buiten de begroting "
      "blijven voorbehouden aan de besturen.")
    P("4.5 De routecommissie vergadert ten minste eenmaal per maand en legt haar besluiten "
      "vast in een besluitenlijst die aan beide besturen wordt gezonden.")

    H("Artikel 5 Informatie en verantwoording")
    P("5.1 De routecommissie stelt de besturen van beide partijen op de hoogte door middel "
      "van: a. de maandelijkse besluitenlijst (artikel 4.5); b. een voortgangsrapportage per "
      "semester, in februari en in september, met gegevens over instroom, doorstroom, uitval "
      "en overstap, de voortgang in het programma en de uitputting van de begroting; c. een "
      "jaarverslag dat vóór 1 november aan beide besturen wordt aangeboden.")
    P("5.2 De routecommissie legt over het jaarverslag verantwoording af in het bestuurlijk "
      "overleg van partijen, dat tweemaal per jaar plaatsvindt. Het bestuurlijk overleg kan "
      "de routecommissie opdragen maatregelen te treffen.")
    P("5.3 Iedere partij verstrekt de routecommissie de gegevens die zij voor de rapportages "
      "nodig heeft, met inachtneming van artikel 12.2.")

    H("Artikel 6 Onderwijskundige inrichting")
    P("6.1 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per "
      "leerjaar beschreven in het PTA/OER, dat de besturen jaarlijks vóór 1 oktober "
      "vaststellen. Het PTA/OER vermeldt welke onderdelen tot het vmbo-programma, welke tot "
      "het mbo-programma en welke tot beide behoren. Bijlage 1 geeft het jaarschema op "
      "hoofdlijnen.")
    P("6.2 Het centraal examen vmbo wordt afgenomen in routejaar 2. De school blijft "
      "verantwoordelijk voor het vmbo-examen, ook voor deelnemers die al bij het instituut "
      "zijn ingeschreven. Het instituut is verantwoordelijk voor de mbo-examinering, die "
      "vanaf routejaar 1 kan plaatsvinden.")
    P("6.3 Deelnemers zijn in routejaar 1 en 2 ingeschreven bij de school en vanaf routejaar "
      "3 bij het instituut. Verzuim wordt in de vo-fase door de school en in de mbo-fase door "
      "het instituut gemeld.")
    P("6.4 De vo-fase wordt gegeven in het gebouw van de school aan de Oosterhornweg en, "
      "twee dagdelen per week, bij het instituut aan de Havenstraat te Delfzijl; de mbo-fase "
      "bij het instituut, aan boord van schepen en bij de bedrijven uit artikel 3.")

    H("Artikel 7 Personeel")
    P("7.1 Het onderwijs in de leerroute wordt verzorgd door een gezamenlijk docententeam. "
      "Het instituut stelt voor de vo-fase jaarlijks ten minste 0,6 fte aan nautische en "
      "scheepstechnische docenten beschikbaar; de school stelt 0,3 fte beschikbaar voor "
      "Nederlands, Engels en wiskunde in routejaar 3.")
    P("7.2 Voor de in het PTA/OER aangewezen vak- en sectoroverstijgende onderdelen zet het "
      "team zijn leden in met toepassing van artikel 7.13a van de Wet voortgezet onderwijs "
      "2020 en artikel 9.1.12 van de Wet educatie en beroepsonderwijs. Voor ieder onderdeel "
      "is een daartoe bevoegde docent verantwoordelijk.")
    P("7.3 De docenten blijven in dienst van hun eigen werkgever; de werkgever draagt zorg "
      "voor hun professionalisering. Partijen organiseren jaarlijks twee gezamenlijke "
      "studiedagen voor het team.")

    H("Artikel 8 Faciliteiten")
    P("8.1 Het instituut stelt zijn brugsimulator, zijn machinekamersimulator en het lesschip "
      "'Eemshaven' beschikbaar voor deelnemers in de vo-fase, volgens een jaarlijks door de "
      "routecommissie vastgesteld gebruiksschema.")
    P("8.2 De school stelt haar werkplaats Maritiem en techniek (las- en "
      "constructiewerkplaats, motorenlokaal) beschikbaar voor de praktijkopdrachten uit "
      "artikel 3.2 en voor deelnemers in de mbo-fase die het vmbo-examen nog moeten afronden.")
    P("8.3 Iedere partij blijft verantwoordelijk voor het onderhoud en de verzekering van de "
      "eigen faciliteiten; de gebruikende partij ziet toe op naleving van de huisregels en "
      "de veiligheidsvoorschriften.")

    H("Artikel 9 Begeleiding, keuring en klachten")
    P("9.1 Deelnemers worden vóór de eerste opstapreis medisch gekeurd volgens de eisen voor "
      "zeevarenden. Blijkt een deelnemer medisch ongeschikt voor de zeevaart, dan is "
      "artikel 10 van toepassing.")
    P("9.2 Iedere deelnemer heeft gedurende de hele leerroute één vaste loopbaanbegeleider, "
      "die in de vo-fase door de school en in de mbo-fase door het instituut wordt geleverd; "
      "bij de overgang vindt een warme overdracht plaats.")
    P("9.3 Klachten over gedragingen van personeel van de ene partij, ingediend bij de "
      "andere partij, worden behandeld volgens de klachtenregeling van de partij waar de "
      "klacht is ingediend; de partij bij wie het personeelslid werkzaam is, werkt aan de "
      "behandeling mee. De voorzitter van de klachtencommissie is niet werkzaam bij de "
      "andere partij.")

    H("Artikel 10 Overstapoptie")
    P("10.1 Eindigt de deelname van een deelnemer aan de leerroute voordat hij haar met "
      "succes heeft afgerond, dan stellen partijen hem in staat een vmbo-diploma of een "
      "mbo-diploma te behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd.")
    P("10.2 De routecommissie beoordeelt namens beide partijen, na een gesprek met de "
      "deelnemer en, als hij minderjarig is, zijn ouders, welk vervolg het meest kansrijk "
      "is. De sectordirecteur van de school en de onderwijsmanager van het instituut "
      "moeten met de beslissing beide instemmen.")
    P("10.3 Partijen hanteren daarbij de volgende kaders:")
    for t in [
        "a. stopt de deelnemer in routejaar 1 of 2, dan vervolgt hij het reguliere programma "
        "Maritiem en techniek of, als hij dat wil, een ander profiel van de school, in "
        "dezelfde leerweg, gericht op het vmbo-diploma;",
        "b. heeft de deelnemer aan het einde van routejaar 3 het vmbo-diploma niet behaald, dan "
        "kan hij zijn opleiding bij het instituut voortzetten zonder dat de "
        "vooropleidingseisen worden toegepast, of het vmbo-examen opnieuw afleggen;",
        "c. blijkt de deelnemer medisch ongeschikt voor de zeevaart of past de richting niet, "
        "dan kan hij overstappen naar een technische opleiding op niveau 3 of 4 aan wal, bij "
        "het instituut of - met een geschiktheidsonderzoek - bij een andere instelling in de "
        "regio, zoals de opleidingen in de procestechniek of de werktuigbouwkunde;",
        "d. blijkt niveau 4 niet haalbaar, dan kan hij overstappen naar de opleiding Matroos "
        "(niveau 2) of een vergelijkbare opleiding op niveau 2 of 3.",
    ]:
        P(t)
    P("10.4 De school en het instituut beschrijven de werkwijze in hun schoolgids "
      "respectievelijk studiegids.")

    H("Artikel 11 Financiën")
    P("11.1 Partijen dragen geen bekostiging aan elkaar over in de zin van artikel 5.42a van "
      "de Wet voortgezet onderwijs 2020 of artikel 9.1.15 van de Wet educatie en "
      "beroepsonderwijs.")
    P("11.2 Iedere partij draagt de kosten van haar eigen personeel en faciliteiten. De "
      "kosten van de opstapreizen worden gedragen door de betrokken rederijen.")

    H("Artikel 12 Overige bepalingen")
    P("12.1 Geheimhouding. Partijen behandelen vertrouwelijke informatie die zij in het kader "
      "van deze overeenkomst van elkaar ontvangen vertrouwelijk en gebruiken die alleen voor "
      "de uitvoering van deze overeenkomst.")
    P("12.2 Persoonsgegevens. Partijen verwerken persoonsgegevens van deelnemers alleen voor "
      "zover nodig voor de uitvoering van de leerroute en leggen de afspraken daarover vast in "
      "een gegevensdelingsovereenkomst.")
    P("12.3 Medezeggenschap. De medezeggenschap is bij wet geregeld. Voor leerlingen in de "
      "vo-fase, hun ouders en het personeel van de school geldt de Wet medezeggenschap op "
      "scholen. Voor studenten in de mbo-fase en hun ouders geldt hoofdstuk 8a van de Wet "
      "educatie en beroepsonderwijs en voor het personeel van het instituut de Wet op de "
      "ondernemingsraden.")
    P("12.4 Geschillen. Een geschil tussen partijen over de uitvoering van deze overeenkomst "
      "wordt eerst voorgelegd aan de routecommissie en, als die het niet binnen vier weken "
      "oplost, aan het bestuurlijk overleg. Leidt ook dat binnen acht weken niet tot "
      "overeenstemming, dan wordt het geschil beslecht door arbitrage volgens het "
      "Arbitragereglement van het Nederlands Arbitrage Instituut; het scheidsgerecht bestaat "
      "uit één arbiter en de plaats van arbitrage is Groningen.")
    P("12.5 Toetreding van een nieuwe partij. Een andere school voor vbo of mavo of een andere "
      "instelling voor beroepsonderwijs kan partij worden bij deze overeenkomst, als beide "
      "partijen daarmee schriftelijk instemmen, de nieuwe partij een toetredingsverklaring "
      "ondertekent waarin zij alle rechten en verplichtingen uit deze overeenkomst aanvaardt, "
      "en de nieuwe partij gezamenlijk met de andere partijen de leerroute bij DUO meldt. "
      "Toetreding gaat in bij het begin van een schooljaar, zodat lopende groepen deelnemers "
      "niet halverwege met een nieuwe partner te maken krijgen.")
    P("12.6 Wijziging. Deze overeenkomst kan alleen worden gewijzigd bij een door beide "
      "besturen ondertekend schriftelijk stuk. Een wijziging die het programma of de "
      "examinering raakt, gaat niet eerder in dan bij het begin van het volgende schooljaar en "
      "geldt niet voor een cohort in het laatste jaar van de vo-fase.")
    P("12.7 Opzegging en ontbinding. Iedere partij kan deze overeenkomst schriftelijk "
      "opzeggen tegen 1 augustus, met een opzegtermijn van ten minste achttien maanden. Een "
      "partij kan de overeenkomst ontbinden als de andere partij haar verplichtingen ernstig "
      "en herhaald niet nakomt, na een schriftelijke ingebrekestelling met een termijn van "
      "drie maanden. Na opzegging of ontbinding worden geen nieuwe deelnemers meer "
      "toegelaten; deelnemers die op dat moment de leerroute volgen, ronden haar af bij "
      "partijen, die daartoe de bepalingen van deze overeenkomst voor hen blijven toepassen "
      "tot de laatste deelnemer is uitgestroomd of volgens artikel 10 is overgestapt.")
    P("12.8 Kennisgevingen. Kennisgevingen op grond van deze overeenkomst geschieden "
      "schriftelijk aan het college van bestuur of het bestuur van de andere partij.")
    P("12.9 Toepasselijk recht. Op deze overeenkomst is Nederlands recht van toepassing.")

    H("Artikel 13 Duur en inwerkingtreding")
    P("13.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde "
      "tijd.")
    P("13.2 Partijen evalueren deze overeenkomst in het bestuurlijk overleg van het voorjaar "
      "van 2028 aan de hand van de jaarverslagen van de routecommissie.")
    P("13.3 Partijen melden de leerroute vóór 1 oktober 2025 gezamenlijk bij de minister via "
      "DUO.")
    P("Aldus overeengekomen en in tweevoud ondertekend te Delfzijl op 26 juni 2025.")
    docx_table(d, [["Stichting Voortgezet Onderwijs Fivel-Eems",
                    "Stichting Noordelijk Maritiem Instituut"],
                   ["drs. K.R. Bolhuis, voorzitter college van bestuur",
                    "ir. A.M. Tuinstra-Oosting, bestuurder"]], bold_head=False)

    d.add_page_break()
    d.add_heading("Bijlage 1 Jaarschema op hoofdlijnen", level=1)
    P("Deze bijlage geeft een overzicht; de volledige beschrijving staat in het PTA/OER.")
    docx_table(d, [
        ["Routejaar", "Plaats", "Hoofdinhoud", "Examinering", "Praktijk"],
        ["1 (vmbo 3)", "School; 2 dagdelen instituut", "Profielmodules M&T, keuzevak Navigatie, "
         "basisveiligheid", "Schoolexamen vmbo; mbo-onderdeel Basisveiligheid",
         "Projectweek scheepswerf"],
        ["2 (vmbo 4)", "School; 2 dagdelen instituut", "Keuzevak Scheepvaartkunde, "
         "simulatortraining", "Centraal examen vmbo", "Opstapreis 3-5 dagen"],
        ["3 (mbo 1)", "Instituut", "Nautische en technische basis, Engels maritiem",
         "Mbo-examens kerntaak 1", "Lesschip, excursies haven"],
        ["4 (mbo 2)", "Instituut, aan boord", "Uitstroomrichting koopvaardij of waterbouw/offshore",
         "Mbo-examens kerntaak 2", "Stage aan boord (STCW)"],
        ["5 (mbo 3)", "Instituut, aan boord", "Wachtloopen, afstudeerproject",
         "Proeve van bekwaamheid", "Stage aan boord (STCW)"],
    ])
    d.add_page_break()
    d.add_heading("Bijlage 2 Toelichting per artikel", level=1)
    P("Deze toelichting is opgesteld door de werkgroep die de overeenkomst heeft voorbereid. "
      "Zij maakt geen deel uit van de afspraken, maar licht de keuzes van partijen toe.")
    for head, txt in [
        ("Bij artikel 1", "De begrippen sluiten aan bij de wet. Gekozen is voor 'routejaar' in "
         "plaats van 'leerjaar', omdat de leerjaren van de school en van het instituut anders "
         "worden geteld en dat in het verleden tot verwarring leidde bij ouders en in de "
         "leerlingadministratie. De opstapreis is apart gedefinieerd omdat zij voor de "
         "leerroute kenmerkend is en in meerdere artikelen terugkomt."),
        ("Bij artikel 2", "De keuze voor niveau 4 is ingegeven door de vraag van de sector naar "
         "officieren. Leerlingen uit de kaderberoepsgerichte leerweg kunnen in de leerroute "
         "doorstromen naar een middenkaderopleiding; de ervaring in het oriëntatieprogramma "
         "laat zien dat een deel van hen dat met extra begeleiding aankan. Voor wie het niveau "
         "te hoog blijkt, biedt artikel 10 een uitweg. De twee uitstroomrichtingen zijn "
         "gekozen omdat de regionale werkgelegenheid zowel in de kustvaart als in de "
         "offshore-windsector groeit. In de vo-fase is bewust geen aparte maritieme klas "
         "gevormd: de deelnemers blijven deel uitmaken van hun stamgroep op de school, zodat "
         "een overstap naar het reguliere programma zonder sociale breuk kan plaatsvinden."),
        ("Bij artikel 3", "De betrokkenheid van de sector is niet vrijblijvend: de genoemde "
         "bedrijven hebben zich in een intentieverklaring aan de taken in artikel 3.2 "
         "verbonden. De sectorraad is klein gehouden zodat hij werkbaar blijft. Als een bedrijf "
         "afhaakt, zoekt het instituut in overleg met de routecommissie een vervanger; het "
         "instituut heeft daarvoor een netwerk van ruim veertig erkende leerbedrijven in de "
         "Eemsdelta en de Noordelijke havens. De opstapreizen zijn in de pilotjaren de "
         "belangrijkste motivator gebleken voor leerlingen om voor de route te kiezen."),
        ("Bij artikel 4", "Partijen hebben gekozen voor een kleine commissie met een eigen "
         "coördinator, omdat de ervaring leert dat een doorlopende leerroute anders afhankelijk "
         "wordt van de inzet van één of twee enthousiaste docenten. De coördinator wordt door "
         "beide besturen samen benoemd om te voorkomen dat hij als vertegenwoordiger van één "
         "partij wordt gezien. De verdeling tussen wat de commissie zelf mag en wat bij de "
         "besturen blijft, volgt de mandaatregelingen van beide partijen. In de praktijk neemt "
         "de commissie vrijwel alle dagelijkse beslissingen; de besturen komen pas in beeld bij "
         "het PTA/OER, de begroting en personele besluiten."),
        ("Bij artikel 5", "De rapportages zijn zo ingericht dat zij aansluiten op de "
         "planning-en-controlcyclus van beide partijen: de semesterrapportage van februari "
         "kan worden gebruikt voor de voorjaarsrapportage van de school, die van september voor "
         "de begrotingsvoorbereiding van het instituut. De kengetallen zijn dezelfde als die "
         "de inspectie bij het toezicht op doorlopende leerroutes gebruikt."),
        ("Bij artikel 6", "Het jaarschema in bijlage 1 is indicatief. De wet laat toe dat "
         "mbo-onderdelen al vanaf het eerste routejaar worden geëxamineerd en dat het "
         "vmbo-examen over de eerste drie routejaren wordt gespreid; partijen maken van de "
         "eerste mogelijkheid gebruik, niet van de tweede, omdat het centraal examen in "
         "routejaar 2 de deelnemers een duidelijk ijkpunt biedt voordat zij in het mbo "
         "beginnen. De lessen op de locatie van het instituut vinden plaats op dinsdag- en "
         "donderdagmiddag, zodat de reistijd vanaf de school beperkt blijft."),
        ("Bij artikel 7", "Met de teambevoegdheid kunnen nautische docenten van het instituut "
         "ook lessen verzorgen in de keuzevakken van het vmbo-programma, mits de in het "
         "PTA/OER aangewezen docent met de vereiste bevoegdheid verantwoordelijk blijft. De "
         "gezamenlijke studiedagen zijn bedoeld om de didactiek van de vo- en mbo-docenten op "
         "elkaar af te stemmen, bijvoorbeeld bij het werken met simulatoren."),
        ("Bij artikel 8", "De simulatoren van het instituut zijn de duurste voorzieningen in de "
         "leerroute. Door ze al in de vo-fase te gebruiken, maken deelnemers vroeg kennis met "
         "de beroepspraktijk. Het gebruiksschema houdt rekening met de examenperiodes van "
         "het instituut. Het lesschip wordt alleen gebruikt onder begeleiding van een "
         "gediplomeerde schipper van het instituut."),
        ("Bij artikel 9", "De medische keuring is een bijzonder aandachtspunt. Een deelnemer "
         "die in routejaar 2 wordt afgekeurd, moet niet het gevoel krijgen dat hij heeft "
         "'gefaald'; daarom verwijst het artikel direct naar de overstapoptie. De vaste "
         "loopbaanbegeleider volgt de deelnemer ook bij een overstap, tot hij in zijn nieuwe "
         "opleiding is gestart."),
        ("Bij artikel 10", "De kaders in artikel 10.3 zijn niet uitputtend. Zij geven de meest "
         "voorkomende situaties weer; in andere gevallen zoeken partijen naar het meest "
         "kansrijke alternatief volgens de maatstaf van artikel 10.1. De instemming van beide "
         "leidinggevenden in artikel 10.2 waarborgt dat de beslissing echt gezamenlijk wordt "
         "genomen, zoals de wet vereist."),
        ("Bij artikel 11", "Partijen hebben overwogen een deel van de bekostiging van de school "
         "aan het instituut over te dragen voor de inzet van docenten in de vo-fase, maar "
         "hebben daarvan afgezien omdat de school in routejaar 3 op vergelijkbare schaal "
         "docenten inzet bij het instituut. De verhouding wordt bij de evaluatie in 2028 "
         "opnieuw bekeken; een eventuele overdracht wordt dan bij wijziging van deze "
         "overeenkomst geregeld, met vermelding van omvang en bestemming."),
        ("Bij artikel 12", "In dit artikel zijn de bepalingen samengebracht die niet bij een "
         "ander onderwerp passen. Voor de geschillenregeling is gekozen voor arbitrage met één "
         "arbiter, omdat dit sneller en minder openbaar is dan een procedure bij de rechter. "
         "Bij toetreding en opzegging staat de bescherming van de deelnemers voorop: geen "
         "partner die halverwege een schooljaar in- of uitstapt, en altijd de garantie dat "
         "lopende cohorten de leerroute kunnen afmaken."),
        ("Bij artikel 13", "De evaluatie in 2028 valt samen met het moment waarop het eerste "
         "cohort de vo-fase en het eerste jaar van de mbo-fase heeft doorlopen, zodat de "
         "doorstroomcijfers bekend zijn."),
    ]:
        p = P()
        p.add_run(head + ". ").bold = True
        p.add_run(txt)
    save_docx(d, path, "Samenwerkingsovereenkomst DLR Maritiem")


# =====================================================================================
# h360 - afsprakenkader met tabel (PDF), Houten, BWI kb -> mbo-3 Allround schilder
# =====================================================================================
@sample(360, "h360_afsprakenkader_tabel_houten_schilder", "pdf",
        "Director-style afsprakenkader with a two-column topic/agreement table, PDF, Houten, "
        "Bouwen, wonen en interieur kb -> mbo-3 Allround schilder; bedrijfsleven only in the "
        "considerans, overstap options without saying who decides, funding transfer without "
        "an amount; medezeggenschap only 'kunnen'.",
        st(a="present", b="missing", c="present", d="present", e="present", f="weak",
           g="weak", h="not_applicable", i="present", j="present"),
        {"a": "1. Route", "c": "3. Leiding", "d": "4. Verantwoording",
         "e": "5. Organisatie en onderwijs", "i": "9. Geschillen",
         "j": "10. Looptijd en wijzigingen"})
def h360(path):
    B = []
    a = B.append
    a(("title", "Afsprakenkader doorlopende leerroute Schilderen"))
    a(("sub", "vmbo De Schaft (Houten) en ROC Stichtse Rivieren - schooljaren 2025-2026 en "
              "verder"))
    a(("p", "Dit afsprakenkader is de samenwerkingsovereenkomst tussen <b>Stichting "
            "Voortgezet Onderwijs Houten-Bunnik</b>, bevoegd gezag van vmbo De Schaft, en "
            "<b>Stichting ROC Stichtse Rivieren</b>, gevestigd te Nieuwegein. Het is opgesteld "
            "door de directeur van De Schaft en de directeur van het college Bouw en Afbouw van "
            "het ROC, en vastgesteld door beide besturen."))
    a(("h", "Waarom deze route"))
    a(("p", "Overwegende dat het schilders- en afbouwbedrijfsleven in Houten, Nieuwegein en "
            "omgeving grote behoefte heeft aan vakmensen en de komst van een doorlopende route "
            "actief steunt; dat leerlingen van De Schaft die voor de schildersrichting kiezen "
            "nu vaak afhaken bij de overstap naar het mbo; en dat beide scholen de "
            "mogelijkheden van de wet doorlopende leerroutes vmbo-mbo willen benutten, spreken "
            "de besturen het volgende af."))
    a(("hn", "De afspraken"))
    rows = [["Onderwerp", "Afspraak"]]
    rows += [
        ["1. Route",
         "De route begint in leerjaar 3 van het profiel Bouwen, wonen en interieur, "
         "kaderberoepsgerichte leerweg, van De Schaft, en leidt tot het diploma Allround "
         "schilder, niveau 3 (opleidingsdomein Afbouw, hout en onderhoud), BOL, van het ROC. "
         "In leerjaar 3 kiezen de leerlingen de keuzevakken Schilderen van een object en "
         "Decoratieve technieken."],
        ["2. Start en melding",
         "Eerste instroom op 1 augustus 2025. De besturen melden de route samen bij DUO vóór "
         "1 oktober 2025."],
        ["3. Leiding",
         "De route wordt geleid door een routeteam van twee personen: de teamleider bouw van De "
         "Schaft en de opleidingsmanager afbouw van het ROC. Elk bestuur wijst zijn eigen lid "
         "aan. Het routeteam maakt de jaarplanning en het rooster, stelt het gezamenlijke "
         "PTA/OER op ter vaststelling door de besturen, regelt de inzet van docenten en "
         "beslist over de toelating tot de route. Het mag uitgaven doen binnen het budget dat "
         "de besturen jaarlijks toekennen; over personeel en huisvesting besluiten de "
         "besturen zelf."],
        ["4. Verantwoording",
         "Het routeteam stuurt na elk semester (februari en juli) een schriftelijke "
         "voortgangsnotitie aan beide besturen met aantallen, uitval, resultaten en "
         "uitgaven. De notitie van juli is tevens het jaarverslag en wordt in september in "
         "een gezamenlijk overleg met beide besturen besproken."],
        ["5. Organisatie en onderwijs",
         "Leerjaar 3 en 4 (routejaar 1 en 2) op De Schaft; in routejaar 2 één dag per week in "
         "de schilderswerkplaats van het ROC in Nieuwegein. Vanaf routejaar 3 op het ROC. "
         "Programma en examens per leerjaar staan in het gezamenlijke PTA/OER; het "
         "vmbo-examen wordt in routejaar 2 afgerond. Een schilderdocent van het ROC geeft in "
         "routejaar 1 en 2 zes uur per week les op De Schaft; de docenten van beide scholen "
         "vormen één team met teambevoegdheid voor de praktijkonderdelen. De Schaft stelt "
         "haar BWI-praktijklokaal en spuitcabine beschikbaar, het ROC zijn "
         "schilderswerkplaats en materiaalmagazijn."],
        ["6. Als de route niet past",
         "Leerlingen die in routejaar 1 of 2 met de route stoppen, gaan verder in de reguliere "
         "kaderberoepsgerichte leerweg Bouwen, wonen en interieur van De Schaft en halen "
         "daar hun vmbo-diploma. Wie aan het eind van routejaar 3 geen vmbo-diploma heeft, "
         "vervolgt de opleiding Allround schilder of stapt over naar Schilder (niveau 2) bij "
         "het ROC, zonder dat vooropleidingseisen gelden. Past de richting niet, dan volgt "
         "een andere opleiding op niveau 2 of 3 bij het ROC of een opleiding bij een andere "
         "instelling."],
        ["7. Geld",
         "De Schaft draagt een deel van haar bekostiging over aan het ROC (art. 5.42a WVO "
         "2020). Dit bedrag is bestemd voor de inzet van de ROC-docent op De Schaft en voor "
         "het gebruik van de schilderswerkplaats en materialen. De hoogte wordt elk jaar in "
         "de begroting van de route bepaald."],
        ["8. Medezeggenschap",
         "Voor de leerlingen in de vo-fase en hun ouders geldt de WMS, voor de studenten in de "
         "mbo-fase de WEB; voor het personeel de WMS respectievelijk de WOR. De besturen "
         "kunnen daarnaast aanvullende afspraken maken."],
        ["9. Geschillen",
         "Komen de scholen er samen niet uit, dan bespreekt eerst het routeteam het geschil, "
         "daarna de beide besturen. Is er na zes weken geen oplossing, dan schakelen de "
         "besturen samen een mediator in; blijft een oplossing uit, dan beslist de bevoegde "
         "rechter in de rechtbank Midden-Nederland."],
        ["10. Looptijd en wijzigingen",
         "Dit kader geldt voor vijf jaar vanaf 1 augustus 2025 en wordt daarna steeds met een "
         "jaar verlengd. Wijzigen kan alleen schriftelijk met instemming van beide besturen. "
         "Een andere vmbo-school of mbo-instelling kan aansluiten als beide besturen "
         "schriftelijk instemmen en de nieuwe partner het kader ondertekent; samen melden zij "
         "dat bij DUO. Opzeggen kan schriftelijk per 1 augustus met een termijn van een "
         "jaar; leerlingen die al in de route zitten, maken die bij beide scholen af."],
    ]
    a(("table", rows, [0.27, 0.73]))
    a(("h", "Vaststelling"))
    a(("p", "Vastgesteld door het bestuur van Stichting Voortgezet Onderwijs Houten-Bunnik op "
            "17 juni 2025 en door het college van bestuur van Stichting ROC Stichtse Rivieren "
            "op 24 juni 2025."))
    a(("sig", [("Voor Stichting Voortgezet Onderwijs Houten-Bunnik<br/><br/><br/>"
                "drs. F.E. van Dijk-Mulder, bestuurder",
                "Voor Stichting ROC Stichtse Rivieren<br/><br/><br/>"
                "ing. S. Bouwhuis, voorzitter college van bestuur")]))
    build_pdf(path, B, title="Afsprakenkader doorlopende leerroute Schilderen",
              header="Afsprakenkader DLR Schilderen - De Schaft / ROC Stichtse Rivieren")


# =====================================================================================
def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv if a.isdigit()]
    for num in sorted(SAMPLES):
        if not nums or num in nums:
            build(num)


if __name__ == "__main__":
    main(sys.argv[1:])
