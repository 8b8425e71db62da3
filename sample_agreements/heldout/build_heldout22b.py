#!/usr/bin/env python3
"""Build held-out sample agreements h337-h344 for leerroute-check.

Written by an independent helper session, working only from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst and bouwsteen overstapoptie, shared/seeds), shared/domain.md and
sample_agreements/LABELS.md, without looking at the checker's code, its models or tests, or at the
texts or build scripts of any other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout22b.py            build all agreements
    python3 build_heldout22b.py 337 340    build only these numbers
    python3 build_heldout22b.py --check    verify the produced files
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
MAX_BYTES = 200 * 1024

AGREEMENTS = {}


def register(num, name, fmt, content, description, statuses, evidence, footer=None):
    assert set(statuses) == set("abcdefghij"), name
    AGREEMENTS[num] = dict(name=name, fmt=fmt, content=content, footer=footer,
                           expected={"description": description, "split": "heldout",
                                     "statuses": statuses, "evidence": evidence})


# ---------------------------------------------------------------- PDF rendering
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(blocks, path, footer):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                    KeepTogether)

    ss = getSampleStyleSheet()
    base = ParagraphStyle("base", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=13.5, spaceAfter=5)
    st = {
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=15,
                                leading=19, alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("st", parent=base, fontSize=11, leading=14,
                                   alignment=TA_CENTER, spaceAfter=14),
        "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=11.5,
                             leading=15, spaceBefore=10, spaceAfter=5),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10,
                             leading=13, spaceBefore=6, spaceAfter=3),
        "p": base,
        "small": ParagraphStyle("sm", parent=base, fontSize=8.5, leading=11),
        "li": ParagraphStyle("li", parent=base, leftIndent=18, bulletIndent=6, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName="Helvetica-Bold", fontSize=8.5,
                                leading=10.5, spaceAfter=0),
    }

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        w, _h = canvas._pagesize
        canvas.drawString(2 * cm, 1.2 * cm, footer or "")
        canvas.drawRightString(w - 2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                          title=(footer or "").split("|")[0].strip(), author="", subject="",
                          creator="", producer="")
    pw, ph = A4
    fp = Frame(2.3 * cm, 2 * cm, pw - 4.6 * cm, ph - 4 * cm, id="fp")
    lw, lh = landscape(A4)
    fl = Frame(1.8 * cm, 1.8 * cm, lw - 3.6 * cm, lh - 3.6 * cm, id="fl")
    doc.addPageTemplates([PageTemplate(id="port", frames=[fp], onPage=on_page, pagesize=A4),
                          PageTemplate(id="land", frames=[fl], onPage=on_page,
                                       pagesize=landscape(A4))])
    story = []
    width = {"port": pw - 4.6 * cm, "land": lw - 3.6 * cm}
    cur = "port"
    for b in blocks:
        kind = b[0]
        if kind in ("title", "subtitle", "h1", "h2", "p", "small"):
            story.append(Paragraph(_esc(b[1]), st[kind]))
        elif kind == "ul":
            for it in b[1]:
                story.append(Paragraph(_esc(it), st["li"], bulletText="\u2022"))
        elif kind == "ol":
            for lab, it in b[1]:
                story.append(Paragraph(_esc(it), st["li"], bulletText=lab))
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind in ("landscape", "portrait"):
            cur = "land" if kind == "landscape" else "port"
            story.append(NextPageTemplate(cur))
            story.append(PageBreak())
        elif kind == "table":
            rows, fracs = b[1], b[2]
            header = b[3] if len(b) > 3 else True
            data = []
            for ri, row in enumerate(rows):
                sty = st["cellb"] if (header and ri == 0) else st["cell"]
                data.append([Paragraph(_esc(c), sty) for c in row])
            tw = width[cur]
            t = Table(data, colWidths=[f * tw for f in fracs], repeatRows=1 if header else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "sig":
            data = [[Paragraph(_esc(c), st["cell"]) for c in col] for col in b[1]]
            # b[1]: list of rows (each a list of cells)
            t = Table(data, colWidths=[width[cur] / len(b[1][0])] * len(b[1][0]))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6)]))
            story.append(KeepTogether([Spacer(1, 10), t]))
        else:
            raise ValueError(kind)
    doc.build(story)


# ---------------------------------------------------------------- DOCX rendering
def _fix_zip(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def render_docx(blocks, path, footer):
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph(style="Title")
            p.add_run(b[1])
        elif kind == "subtitle":
            p = d.add_paragraph(style="Subtitle")
            p.add_run(b[1])
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8.5)
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for lab, it in b[1]:
                p = d.add_paragraph(lab + "\t" + it)
                p.paragraph_format.left_indent = Cm(1.0)
                p.paragraph_format.first_line_indent = Cm(-0.8)
        elif kind == "sp":
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
        elif kind in ("landscape", "portrait"):
            ns = d.add_section(WD_SECTION.NEW_PAGE)
            if kind == "landscape":
                ns.orientation = WD_ORIENT.LANDSCAPE
                ns.page_width, ns.page_height = Cm(29.7), Cm(21.0)
            else:
                ns.orientation = WD_ORIENT.PORTRAIT
                ns.page_width, ns.page_height = Cm(21.0), Cm(29.7)
        elif kind in ("table", "sig"):
            rows = b[1]
            header = (b[3] if len(b) > 3 else True) if kind == "table" else False
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid" if kind == "table" else None
            for ri, row in enumerate(rows):
                for ci, c in enumerate(row):
                    cell = t.cell(ri, ci)
                    cell.text = c
                    if header and ri == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = "Bestuurssecretariaat"
    cp.last_modified_by = "Bestuurssecretariaat"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = (footer or "").split("|")[0].strip()
    d.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- text extraction / check
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
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts.extend(p.text for p in s.footer.paragraphs)
        # also make sure the zip/XML is sound
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
            z.read("word/document.xml")
        return "\n".join(parts)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def out_paths(num):
    a = AGREEMENTS[num]
    return (os.path.join(HERE, "%s.%s" % (a["name"], a["fmt"])),
            os.path.join(HERE, "%s.expected.json" % a["name"]))


def build(num):
    a = AGREEMENTS[num]
    doc_path, exp_path = out_paths(num)
    if a["fmt"] == "pdf":
        render_pdf(a["content"], doc_path, a["footer"])
    elif a["fmt"] == "docx":
        render_docx(a["content"], doc_path, a["footer"])
    else:
        with open(doc_path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(a["content"].lstrip("\n"))
    with open(exp_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(a["expected"], ensure_ascii=False, indent=2) + "\n")
    print("built", os.path.basename(doc_path))


def check():
    ok = True
    for num in sorted(AGREEMENTS):
        a = AGREEMENTS[num]
        doc_path, exp_path = out_paths(num)
        problems = []
        if not re.match(r"^h%d_[a-z0-9_]+$" % num, a["name"]):
            problems.append("bad name")
        if not os.path.exists(doc_path) or not os.path.exists(exp_path):
            problems.append("file missing")
        else:
            size = os.path.getsize(doc_path)
            if size >= MAX_BYTES:
                problems.append("too large: %d" % size)
            try:
                text = norm(extract_text(doc_path))
            except Exception as exc:  # noqa: BLE001
                problems.append("does not open: %r" % exc)
                text = ""
            with open(exp_path, encoding="utf-8") as fh:
                exp = json.load(fh)
            if exp != a["expected"]:
                problems.append("expected.json differs from table")
            if exp.get("split") != "heldout":
                problems.append("split not heldout")
            for item, ev in exp.get("evidence", {}).items():
                if exp["statuses"][item] != "present":
                    problems.append("evidence for non-present item %s" % item)
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (item, ev))
            for item, stv in exp["statuses"].items():
                if stv not in ("present", "weak", "missing", "not_applicable"):
                    problems.append("bad status %s" % item)
            words = len(text.split())
        print("%-75s %s" % (os.path.basename(doc_path),
                            "OK (%d words)" % words if not problems else "FAIL"))
        for p in problems:
            print("    -", p)
            ok = False
    print("check passed" if ok else "check FAILED")
    return ok


# ================================================================ AGREEMENTS
# ---------------------------------------------------------------- h337
# Long, formal prose with long subordinate clauses; PDF; Leidschendam-Voorburg; kb Zorg en welzijn
# -> Verzorgende-IG niveau 3.
H337 = [
    ("title", "SAMENWERKINGSOVEREENKOMST"),
    ("subtitle", "betreffende de doorlopende leerroute Zorg en welzijn \u2013 Verzorgende-IG, "
                 "verzorgd door het Vlietland Vakcollege en ROC Hofstad-Vliet"),
    ("h1", "De ondergetekenden"),
    ("ol", [
        ("1.", "De Stichting voor Christelijk Voortgezet Onderwijs Vliet en Veen, statutair gevestigd te "
               "Leidschendam-Voorburg, die als bevoegd gezag de school voor voorbereidend middelbaar "
               "beroepsonderwijs Vlietland Vakcollege in stand houdt, te dezen rechtsgeldig vertegenwoordigd "
               "door mevrouw drs. A.M. Verheul, voorzitter van het college van bestuur, hierna te noemen: "
               "\u201cde School\u201d;"),
        ("2.", "De Stichting Regionaal Opleidingencentrum Hofstad-Vliet, statutair gevestigd te Den Haag, "
               "die als bevoegd gezag het regionaal opleidingencentrum ROC Hofstad-Vliet in stand houdt, te "
               "dezen rechtsgeldig vertegenwoordigd door de heer ir. R.J. Kalkman, lid van het college van "
               "bestuur, hierna te noemen: \u201chet ROC\u201d;"),
    ]),
    ("p", "hierna gezamenlijk ook te noemen: \u201cPartijen\u201d."),
    ("h1", "Overwegende dat"),
    ("ol", [
        ("A.", "Partijen, die al sinds 2016 in de Vlietstreek samenwerken bij de voorlichting over "
               "zorgberoepen en bij de begeleiding van leerlingen die na het vmbo een zorgopleiding kiezen, "
               "het wenselijk achten dat jongeren die al vroeg weten dat zij in de verzorging willen werken, "
               "een ononderbroken leerweg kunnen volgen waarin de overgang van vmbo naar mbo niet langer een "
               "breuk vormt, maar een vanzelfsprekend moment binnen \u00e9\u00e9n programma;"),
        ("B.", "de Wet voortgezet onderwijs 2020 en de Wet educatie en beroepsonderwijs het mogelijk maken dat "
               "een school voor vmbo en een instelling voor beroepsonderwijs op grond van een "
               "samenwerkingsovereenkomst gezamenlijk een doorlopende leerroute vmbo-mbo verzorgen, mits die "
               "overeenkomst in elk geval de onderwerpen regelt die in artikel 2.107b, tweede lid, WVO 2020 en "
               "artikel 9.1.3 WEB zijn genoemd;"),
        ("C.", "Partijen, die zich ervan bewust zijn dat een samenwerking die op personen rust kwetsbaar is, "
               "hun afspraken daarom zo willen vastleggen dat ook bij wisselingen van personeel duidelijk "
               "blijft wie waarvoor verantwoordelijk is, en dat de belangen van de leerlingen en studenten "
               "daarbij steeds voorop staan;"),
    ]),
    ("p", "verklaren te zijn overeengekomen als volgt."),

    ("h1", "Artikel 1 \u2013 Begrippen"),
    ("p", "In deze overeenkomst wordt, tenzij uit de context anders blijkt, verstaan onder: de Route: de in "
          "artikel 2 omschreven doorlopende leerroute; routejaar: een van de vier opeenvolgende jaren van de "
          "Route, waarbij routejaar 1 en 2 samenvallen met leerjaar 3 en 4 van het vmbo (de vo-fase) en "
          "routejaar 3 en 4 met het eerste en tweede studiejaar in het mbo (de mbo-fase); Routeteam: het in "
          "artikel 4 bedoelde orgaan; Bestuurlijk overleg: het overleg tussen de colleges van bestuur van "
          "Partijen, waarin voor ieder van hen ten minste \u00e9\u00e9n lid van het college zitting heeft."),

    ("h1", "Artikel 2 \u2013 Onderwerp van de overeenkomst en de Route"),
    ("p", "2.1 Partijen verzorgen met ingang van het schooljaar 2025-2026, ten behoeve van leerlingen die aan "
          "het eind van het tweede leerjaar van de School daarvoor kiezen en die daartoe door de School, na "
          "advies van de mentor en een kennismakingsgesprek bij het ROC, geschikt worden geacht, gezamenlijk "
          "een doorlopende leerroute die begint in de kaderberoepsgerichte leerweg met het profiel Zorg en "
          "welzijn, waarin de leerling zijn vmbo-diploma behaalt, en die zonder onderbreking overgaat in de "
          "beroepsopleiding Verzorgende-IG op niveau 3 (vakopleiding), die behoort tot het opleidingsdomein "
          "Zorg en welzijn en die in de beroepsopleidende leerweg wordt gevolgd, zodat de leerling aan het "
          "eind van routejaar 4, mits hij aan alle eisen heeft voldaan, zowel een vmbo-diploma als een "
          "mbo-diploma heeft verworven."),
    ("p", "2.2 Omdat de aansluiting tussen beide fasen het sterkst is wanneer de leerling in de vo-fase al "
          "kennismaakt met de onderwerpen die in de mbo-fase centraal staan, kiest de leerling binnen het "
          "profiel Zorg en welzijn in elk geval de beroepsgerichte keuzevakken Mens en gezondheid en "
          "Assisteren in de gezondheidszorg, waarvan de inhoud door Partijen zodanig is afgestemd op de "
          "eerste werkprocessen van het kwalificatiedossier dat daarin geen onnodige herhaling optreedt."),
    ("p", "2.3 Een wijziging van het kwalificatiedossier of van de naam van de kwalificatie laat deze "
          "overeenkomst onverlet, zolang de opleiding die daarop volgt tot hetzelfde domein behoort en op "
          "hetzelfde niveau wordt aangeboden."),

    ("h1", "Artikel 3 \u2013 De zorgpraktijk als mede-opleider"),
    ("p", "3.1 Omdat Partijen van oordeel zijn dat een opleiding tot verzorgende die niet in de dagelijkse "
          "praktijk van de zorg wortelt weinig waarde heeft, betrekken zij bij de invulling van de Route "
          "Stichting Woonzorg Vlietoevers, Zorggroep Het Veenhof en de thuiszorgorganisatie Vliet Thuis, "
          "die ieder als erkend leerbedrijf zijn geregistreerd en die bij brieven van maart 2025 hebben "
          "toegezegd dat zij, zolang deze overeenkomst loopt:"),
    ("ol", [
        ("a.", "in routejaar 1 en 2 gezamenlijk per cohort ten minste vijftien plaatsen beschikbaar stellen "
               "voor de ori\u00ebnterende stage van twee weken en voor de maatschappelijke stage;"),
        ("b.", "vanaf routejaar 3 de plaatsen voor de beroepspraktijkvorming leveren, waarbij iedere student "
               "een vaste praktijkopleider krijgt die de voortgang in de werkprocessen bijhoudt;"),
        ("c.", "bij de beoordeling van de proeven van bekwaamheid een praktijkbeoordelaar leveren, die naast "
               "de examinator van het ROC een eigen oordeel geeft;"),
        ("d.", "ten minste drie keer per schooljaar een gastles of een praktijkopdracht verzorgen in de "
               "vo-fase, bij voorkeur over onderwerpen als ouderenzorg, dementie en zorgtechnologie."),
    ]),
    ("p", "3.2 Het Routeteam nodigt de genoemde organisaties, aangevuld met de regionale "
          "werkgeversvereniging Zorg Haaglanden-Vliet, twee keer per schooljaar uit voor de werkveldtafel "
          "Verzorgende-IG Vliet, waarin het programma, de planning van de beroepspraktijkvorming en de "
          "signalen uit de arbeidsmarkt worden besproken, en het Routeteam laat de werkveldtafel schriftelijk "
          "en met redenen weten wat het met de adviezen heeft gedaan, in het bijzonder wanneer het een advies "
          "niet overneemt."),

    ("h1", "Artikel 4 \u2013 De leiding over de Route"),
    ("p", "4.1 De dagelijkse leiding over de Route berust bij een Routeteam dat bestaat uit de afdelingsleider "
          "bovenbouw zorg en welzijn van de School, de opleidingsmanager Verzorgende-IG van het ROC en een "
          "routeco\u00f6rdinator, die een docent is van een van beide Partijen en die bij voorkeur zowel in de "
          "vo-fase als in de mbo-fase lesgeeft."),
    ("p", "4.2 De afdelingsleider wordt door het college van bestuur van de School en de opleidingsmanager door "
          "het college van bestuur van het ROC in het Routeteam aangewezen, terwijl de routeco\u00f6rdinator, "
          "nadat de beide andere leden van het Routeteam een gezamenlijke voordracht hebben gedaan, door de "
          "twee colleges van bestuur samen wordt benoemd voor een termijn van drie schooljaren, die eenmaal "
          "kan worden verlengd; bij een vacature voorziet het bestuur dat het betreffende lid heeft "
          "aangewezen binnen acht weken in de opvolging."),
    ("p", "4.3 Aan het Routeteam zijn door de beide besturen de volgende taken en bevoegdheden opgedragen: het "
          "vaststellen van het rooster en van de jaarplanning van de Route; het opstellen van het gezamenlijke "
          "programma van toetsing en afsluiting en van het voorstel voor de onderwijs- en examenregeling, die "
          "vervolgens door ieder bestuur voor zijn eigen deel worden vastgesteld; het besluiten over de "
          "toelating van leerlingen tot de Route; de verdeling van de docentinzet binnen de formatie die "
          "ieder bestuur daarvoor ter beschikking stelt; en het beheer van het in artikel 8.2 bedoelde "
          "routebudget, met dien verstande dat het Routeteam per afzonderlijke uitgave niet meer dan "
          "\u20ac 2.500 mag besteden."),
    ("p", "4.4 Besluiten die de begroting van een van Partijen overschrijden, die de formatie wijzigen, of "
          "die de inhoud van deze overeenkomst raken, blijven voorbehouden aan de besturen, die daarover in "
          "het Bestuurlijk overleg beslissen."),

    ("h1", "Artikel 5 \u2013 Inlichtingen en verantwoording aan de besturen"),
    ("p", "5.1 Het Routeteam legt ieder jaar vóór 1 november aan beide colleges van bestuur een schriftelijk "
          "jaarverslag voor over het afgelopen schooljaar, waarin ten minste de in-, door- en uitstroom per "
          "cohort, de examenresultaten in beide fasen, de besteding van het routebudget, de uitkomsten van de "
          "werkveldtafel en de ontvangen klachten zijn opgenomen, en licht dit verslag toe in het Bestuurlijk "
          "overleg, dat ieder jaar in november wordt gehouden."),
    ("p", "5.2 Daarnaast stuurt het Routeteam na afloop van iedere onderwijsperiode, te weten in februari en "
          "in juli, een beknopte voortgangsrapportage aan beide besturen, en informeert het hen onverwijld "
          "wanneer zich iets voordoet dat de voortgang van een cohort, de veiligheid van leerlingen of de "
          "goede naam van een van Partijen kan raken."),
    ("p", "5.3 Ieder bestuur kan te allen tijde aanvullende inlichtingen vragen, die het Routeteam binnen drie "
          "weken verstrekt, waarbij het Routeteam het andere bestuur een afschrift van het antwoord zendt."),

    ("h1", "Artikel 6 \u2013 Organisatorische en onderwijskundige inrichting"),
    ("p", "6.1 De lessen van routejaar 1 en 2 worden gegeven op de locatie van de School aan de Vlietweg te "
          "Leidschendam, met dien verstande dat de leerlingen in routejaar 2 \u00e9\u00e9n dag per week les "
          "krijgen in het skillslab van het ROC op de Campus Laakhaven te Den Haag; routejaar 3 en 4 worden "
          "verzorgd op de Campus Laakhaven en bij de leerbedrijven bedoeld in artikel 3."),
    ("p", "6.2 Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
          "routejaar in \u00e9\u00e9n gezamenlijk document (PTA/OER Route Verzorgende-IG), waarin voor ieder "
          "onderdeel is aangegeven of het tot het vo-deel, tot het mbo-deel of tot beide behoort; het centraal "
          "examen vmbo wordt afgenomen in routejaar 2, terwijl de eerste mbo-examens kunnen plaatsvinden vanaf "
          "routejaar 2, voor zover het PTA/OER dat bepaalt."),
    ("p", "6.3 Wat het personeel betreft, vormen de docenten die aan de Route lesgeven \u00e9\u00e9n "
          "docententeam, bestaande uit ten minste twee docenten zorg en welzijn en een docent Nederlands van de "
          "School en twee docenten verpleging en verzorging van het ROC; voor de vakoverstijgende "
          "programmaonderdelen \u2018zorgpraktijk\u2019 en \u2018communicatie met de cli\u00ebnt\u2019 wordt "
          "gebruikgemaakt van de teambevoegdheid, waarbij ieder teamlid verantwoordelijk blijft voor het deel "
          "waarvoor hij bevoegd is. Docenten van de ene partij kunnen in de fase van de andere partij "
          "lesgeven, blijven in dienst van hun eigen werkgever, en de uren die zij voor de andere partij maken "
          "worden in de jaarplanning vastgelegd; voor de inzet van docenten van het ROC in routejaar 2 geldt "
          "artikel 8.1."),
    ("p", "6.4 Wat de voorzieningen betreft, stelt het ROC zijn skillslab, het oefenappartement voor zorg aan "
          "huis en de bijbehorende materialen beschikbaar voor de lessen van routejaar 2, stelt de School haar "
          "praktijklokaal zorg en welzijn beschikbaar voor gezamenlijke projectweken, en maken beide Partijen "
          "voor de Route gebruik van de digitale leeromgeving van het ROC, waartoe de leerlingen vanaf het "
          "begin van routejaar 1 toegang krijgen."),
    ("p", "6.5 De leerling staat in routejaar 1 en 2 bij de School en vanaf routejaar 3 bij het ROC "
          "ingeschreven, tenzij hij het vmbo-diploma nog niet heeft behaald, in welk geval hij tot de afronding "
          "van zijn vo-examen ook bij de School ingeschreven blijft. De klachtenregeling van ieder van Partijen "
          "is ook van toepassing op gedragingen van het personeel van de andere partij in het kader van de "
          "Route, en een klacht die bij de School wordt ingediend over een docent van het ROC wordt door beide "
          "Partijen in overleg behandeld, waarbij het ROC de nodige medewerking verleent."),

    ("h1", "Artikel 7 \u2013 Wanneer de Route niet (meer) past"),
    ("p", "7.1 Wanneer een leerling de Route niet kan of wil voortzetten, hetzij omdat het niveau niet bij "
          "hem blijkt te passen, hetzij omdat hij een andere richting wil kiezen of verhuist, hetzij omdat hij "
          "aan het eind van routejaar 3 zijn vmbo-diploma nog niet heeft behaald, bepalen de School en het ROC "
          "samen, nadat zij met de leerling en, als hij minderjarig is, met zijn ouders hebben gesproken, welk "
          "vervolg het best past, en zij laten zich daarbij leiden door het onderwijsniveau dat de leerling "
          "heeft bereikt en door zijn leeftijd."),
    ("p", "7.2 Partijen bieden daarbij in elk geval de volgende mogelijkheden, die steeds tot een diploma "
          "leiden:"),
    ("ol", [
        ("a.", "stopt de leerling in de vo-fase, dan kan hij op de School de kaderberoepsgerichte leerweg met "
               "het profiel Zorg en welzijn of, als hij dat wil en het rooster het toelaat, een ander profiel "
               "van de School als reguliere leerling afronden en daarin het vmbo-diploma behalen;"),
        ("b.", "heeft de leerling aan het eind van routejaar 3 het vmbo-diploma niet behaald, dan kan hij "
               "het jaar overdoen om dat diploma alsnog te halen, of zonder vmbo-diploma doorgaan in de "
               "opleiding Verzorgende-IG of instromen in de opleiding Helpende zorg en welzijn op niveau 2 van "
               "het ROC;"),
        ("c.", "wil de student in de mbo-fase een andere richting kiezen, dan kan hij overstappen naar een "
               "andere opleiding op niveau 3 van het ROC, zoals Pedagogisch medewerker kinderopvang of "
               "Medewerker maatschappelijke zorg, of, als dat beter bij zijn niveau past, naar een opleiding op "
               "niveau 2;"),
        ("d.", "verhuist de leerling of wil hij naar een andere instelling, dan helpen Partijen hem een "
               "passende plaats te vinden, en gaat het ROC na of een instelling in de nieuwe woonplaats hem "
               "na een onderzoek naar zijn geschiktheid wil toelaten."),
    ]),
    ("p", "7.3 Bij een overstap naar een andere opleiding van het ROC gelden de vooropleidingseisen niet; de "
          "leerling kan dus ook zonder vmbo-diploma in een mbo-opleiding starten of verder gaan, als de "
          "combinatie van de vo- en mbo-onderdelen die hij heeft behaald dat naar het gezamenlijke oordeel van "
          "Partijen rechtvaardigt. Een overstap naar de Entree-opleiding wordt alleen overwogen wanneer een "
          "diploma op niveau 2 of hoger ook met extra begeleiding niet haalbaar blijkt."),
    ("p", "7.4 De mentor van de School en de loopbaanbegeleider van het ROC zorgen voor een warme overdracht "
          "en blijven de leerling volgen totdat hij in zijn nieuwe opleiding is gestart; de werkwijze wordt "
          "voor leerlingen en ouders beschreven in de schoolgids van de School en in de studiegids van het "
          "ROC."),

    ("h1", "Artikel 8 \u2013 De financi\u00eble verhouding"),
    ("p", "8.1 Met toepassing van artikel 5.42a WVO 2020 draagt de School voor iedere leerling die op "
          "1 oktober in routejaar 2 van de Route staat ingeschreven een bedrag van \u20ac 850 over aan het ROC, "
          "bestemd voor de lessen in het skillslab, het gebruik van het oefenappartement en de inzet van de "
          "docenten van het ROC in routejaar 2; het ROC factureert dit bedrag in januari van het betreffende "
          "schooljaar."),
    ("p", "8.2 Daarnaast stellen Partijen ieder jaarlijks \u20ac 2.000 beschikbaar als routebudget, dat door "
          "het Routeteam wordt beheerd en uitsluitend wordt besteed aan gezamenlijke excursies, de kosten van "
          "de werkveldtafel en de gezamenlijke scholing van het docententeam."),
    ("p", "8.3 Voor het overige draagt ieder van Partijen zijn eigen kosten, en vindt geen verdere overdracht "
          "van bekostiging plaats."),

    ("h1", "Artikel 9 \u2013 Medezeggenschap"),
    ("p", "9.1 Onverminderd de Wet medezeggenschap op scholen, die van toepassing blijft op de leerlingen en "
          "ouders van de School en op haar personeel, en de Wet educatie en beroepsonderwijs en de Wet op de "
          "ondernemingsraden, die gelden voor de studenten en het personeel van het ROC, spreken Partijen het "
          "volgende af:"),
    ("ol", [
        ("a.", "de leerlingen van de Route in de vo-fase kiezen uit hun midden \u00e9\u00e9n vertegenwoordiger, "
               "die als toehoorder met spreekrecht de vergaderingen van de studentenraad van het ROC kan "
               "bijwonen wanneer daar onderwerpen aan de orde zijn die de Route raken;"),
        ("b.", "een voorgenomen besluit tot wezenlijke wijziging of be\u00ebindiging van de Route wordt, "
               "voordat het Bestuurlijk overleg daarover beslist, voor advies voorgelegd aan zowel de "
               "medezeggenschapsraad van de School als de studentenraad en de ondernemingsraad van het ROC;"),
        ("c.", "ieder voorjaar vindt een gezamenlijke bijeenkomst plaats van de leerlinggeleding van de "
               "medezeggenschapsraad van de School en de studentenraad van het ROC, waarin het Routeteam "
               "het jaarverslag bedoeld in artikel 5.1 toelicht."),
    ]),

    ("h1", "Artikel 10 \u2013 Verschillen van mening tussen Partijen"),
    ("p", "10.1 Ontstaat tussen Partijen een geschil over de uitvoering van deze overeenkomst, dan wordt dit "
          "eerst in het Routeteam besproken; komt het Routeteam er binnen vier weken niet uit, dan legt ieder "
          "van Partijen het geschil voor aan het Bestuurlijk overleg, dat binnen vier weken na de schriftelijke "
          "melding bijeenkomt."),
    ("p", "10.2 Leidt ook het Bestuurlijk overleg niet binnen zes weken tot een oplossing, dan schakelen "
          "Partijen een door hen gezamenlijk aan te wijzen, bij de Mediatorsfederatie Nederland "
          "geregistreerde mediator in, waarvan de kosten door Partijen gelijk worden gedragen."),
    ("p", "10.3 Wanneer de mediation binnen drie maanden na de eerste bijeenkomst niet tot overeenstemming "
          "heeft geleid, kan ieder van Partijen het geschil voorleggen aan de bevoegde rechter van de "
          "rechtbank Den Haag. Op deze overeenkomst is Nederlands recht van toepassing."),

    ("h1", "Artikel 11 \u2013 Toetreding, wijziging, opzegging en ontbinding"),
    ("p", "11.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij worden "
          "bij deze overeenkomst, mits haar bevoegd gezag schriftelijk verklaart alle rechten en verplichtingen "
          "uit deze overeenkomst te aanvaarden, zij het profiel Zorg en welzijn respectievelijk de opleiding "
          "Verzorgende-IG aanbiedt, en beide Partijen daarmee schriftelijk hebben ingestemd; de toetreding gaat "
          "in bij het begin van een schooljaar, nadat de melding aan de minister is gedaan, en heeft geen "
          "gevolgen voor het programma van leerlingen die al in de Route zijn gestart."),
    ("p", "11.2 Deze overeenkomst kan uitsluitend worden gewijzigd bij een schriftelijk stuk dat door beide "
          "Partijen is ondertekend; een wijziging die het programma of de examinering raakt, geldt voor "
          "leerlingen die al in de Route zitten alleen als zij voor hen niet nadelig is, en gaat anders pas "
          "in voor het eerstvolgende cohort."),
    ("p", "11.3 Ieder van Partijen kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, "
          "met inachtneming van een opzegtermijn van ten minste twaalf maanden; ontbinding wegens een "
          "toerekenbare tekortkoming is slechts mogelijk nadat de andere partij schriftelijk in gebreke is "
          "gesteld en een redelijke termijn van ten minste twee maanden voor herstel heeft gekregen."),
    ("p", "11.4 Na een opzegging of ontbinding worden geen nieuwe leerlingen meer tot de Route toegelaten, "
          "terwijl Partijen ervoor instaan dat leerlingen die op dat moment in de Route zijn ingeschreven hun "
          "route onder dezelfde voorwaarden kunnen afronden, zodat de gevolgen voor hen zoveel mogelijk "
          "worden beperkt; de artikelen 6, 7 en 8 blijven voor hen van kracht totdat de laatste van hen de "
          "Route heeft verlaten."),

    ("h1", "Artikel 12 \u2013 Duur en slotbepalingen"),
    ("p", "12.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde "
          "tijd. Partijen evalueren haar uiterlijk in het schooljaar 2027-2028 aan de hand van de "
          "jaarverslagen."),
    ("p", "12.2 Partijen melden gezamenlijk aan de minister dat zij de Route aanbieden en registreren de Route "
          "in RIO; de bijlage \u2018PTA/OER Route Verzorgende-IG\u2019 wordt jaarlijks vóór 1 oktober door "
          "Partijen vastgesteld."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend te Leidschendam op 23 juni 2025."),
    ("sig", [["Stichting voor Christelijk Voortgezet Onderwijs Vliet en Veen",
              "Stichting Regionaal Opleidingencentrum Hofstad-Vliet"],
             ["drs. A.M. Verheul, voorzitter college van bestuur",
              "ir. R.J. Kalkman, lid college van bestuur"]]),
]
register(
    337, "h337_lange_volzinnen_leidschendam_voorburg_verzorgende_ig", "pdf", H337,
    "Formal PDF in long sentences with many subordinate clauses, twelve articles; Leidschendam-Voorburg, "
    "kb Zorg en welzijn -> Verzorgende-IG niveau 3; fully compliant incl. funding transfer with amount "
    "and purpose and extra medezeggenschap arrangements (long sample).",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 2 \u2013 Onderwerp van de overeenkomst en de Route",
     "b": "Artikel 3 \u2013 De zorgpraktijk als mede-opleider",
     "c": "Artikel 4 \u2013 De leiding over de Route",
     "d": "Artikel 5 \u2013 Inlichtingen en verantwoording aan de besturen",
     "e": "Artikel 6 \u2013 Organisatorische en onderwijskundige inrichting",
     "f": "Artikel 7 \u2013 Wanneer de Route niet (meer) past",
     "g": "Artikel 8 \u2013 De financi\u00eble verhouding",
     "h": "Artikel 9 \u2013 Medezeggenschap",
     "i": "Artikel 10 \u2013 Verschillen van mening tussen Partijen",
     "j": "Artikel 11 \u2013 Toetreding, wijziging, opzegging en ontbinding"},
    footer="Samenwerkingsovereenkomst DLR Verzorgende-IG | Vlietland Vakcollege \u2013 ROC Hofstad-Vliet")

# ---------------------------------------------------------------- h338
# Very short, terse bullet points; TXT; Hardenberg; bb Produceren, installeren en energie -> Lasser niveau 2.
H338 = """
AFSPRAKEN DOORLOPENDE LEERROUTE METAAL HARDENBERG
Samenwerkingsovereenkomst vmbo-mbo | versie 1.0 | juni 2025

Partijen
- Stichting Openbaar Voortgezet Onderwijs Vechtdal-Oost, bevoegd gezag van Het Vechtcollege
  (vmbo), Hardenberg. Getekend door: J. Wesselink, bestuurder. ("school")
- Stichting ROC Salland-Vecht, bevoegd gezag van ROC Salland-Vecht, Zwolle. Getekend door:
  mr. H.G. Brink, voorzitter CvB. ("ROC")

1. ROUTE
- vmbo: basisberoepsgerichte leerweg, profiel Produceren, installeren en energie.
- mbo: Lasser, niveau 2 (basisberoepsopleiding), domein Techniek en procesindustrie.
- Start na leerjaar 2. Routejaar 1-2 = vmbo leerjaar 3-4. Routejaar 3-4 = mbo, BBL.

2. WERKGEVERS
- Wie: metaalbedrijven in Hardenberg, Ommen en Dedemsvaart, verenigd in werkgroep
  "Vecht Metaal Talent" (nu 9 bedrijven, lijst bij het routeteam).
- Doen:
  * routejaar 1-2: elke leerling 1 dag/week meelopen in een bedrijf;
  * routejaar 3-4: BBL-werkplek + praktijkopleider;
  * lasopdrachten uit eigen productie als lesmateriaal;
  * praktijkopleider beoordeelt mee bij de proeve van bekwaamheid;
  * 1x per jaar (mei): programma bespreken met het routeteam.

3. ROUTETEAM (LEIDING)
- Leden: teamleider techniek school (voorzitter) + opleidingsmanager metaal ROC
  + routecoordinator (docent, 0,2 fte).
- Aanwijzing: teamleider door directeur school; opleidingsmanager door CvB ROC;
  coordinator door beiden samen, voor 2 jaar.
- Mag zelf beslissen over: rooster, toelating, verdeling docenturen, PTA/OER-voorstel,
  lesmateriaal tot EUR 1.000 per aanschaf.
- Niet zelf: geld boven die grens, formatie, inhoud van deze afspraken -> besturen.

4. VERANTWOORDING
- Voortgangsnotitie per semester (februari + september) aan school en CvB ROC.
- Jaarlijks in oktober: gesprek bestuurder school + CvB-lid ROC. Cijfers mee:
  in-, door- en uitstroom, diploma's, stage-uitval.

5. ORGANISATIE EN ONDERWIJS
- Plaats: routejaar 1-2 op Het Vechtcollege; routejaar 3-4 bij ROC-locatie Hardenberg
  (Handelstraat) en in het bedrijf.
- Programma + examens per routejaar: in gezamenlijk PTA/OER, jaarlijks vast voor 1 oktober.
  Centraal examen vmbo: routejaar 2.
- Personeel: 1 docententeam = 2 docenten PIE (school) + 1 lasinstructeur (ROC).
  Teambevoegdheid voor het vakoverstijgende onderdeel "Werkstuk en product".
  Ieder blijft in dienst bij eigen werkgever.
- Faciliteiten: laswerkplaats ROC (routejaar 2, dinsdag), praktijklokaal school,
  beschermingsmiddelen via ROC. Gebruik over en weer kosteloos.
- Klachten: regeling van school en ROC gelden ook voor gedrag van personeel van de ander.

6. STOPPEN OF SWITCHEN
- Besluit: school + ROC samen, na gesprek met leerling en ouders.
  Kijken naar: behaald niveau + leeftijd.
- Stopt in routejaar 1-2: vmbo bb PIE afmaken op school -> vmbo-diploma.
- Geen vmbo-diploma na routejaar 3: nog een jaar vmbo, of gewoon door in de mbo-opleiding.
- Ander vak in mbo: andere niveau 2-opleiding techniek van het ROC
  (bv. Monteur werktuigkundige installaties). Geen vooropleidingseisen binnen het ROC.
- Verhuizing / andere instelling: ROC regelt intake en geschiktheidsonderzoek daar.
- Entree alleen als niveau 2 echt niet lukt.

7. GELD
- Geen overdracht van bekostiging tussen school en ROC. Ieder betaalt eigen kosten.

8. MEDEZEGGENSCHAP
- MR school: geeft advies over deze afspraken en wijzigingen.
- Routeleerlingen in routejaar 1-2 mogen 2x per jaar aanschuiven bij de studentenraad ROC
  (spreekrecht).

9. RUZIE OVER DEZE AFSPRAKEN
- Stap 1: routeteam, binnen 2 weken.
- Stap 2: bestuurder school + CvB-lid ROC, binnen 4 weken.
- Stap 3: bindend advies van 1 onafhankelijke deskundige die beide kiezen. Kosten 50/50.

10. ERBIJ, ANDERS OF ERUIT
- Erbij: andere vmbo-school of mbo-instelling kan meedoen als school en ROC allebei
  schriftelijk akkoord geven; nieuwe partij tekent deze afspraken. Start 1 augustus.
- Anders: wijzigen alleen op papier, door beide besturen getekend.
- Eruit: opzeggen schriftelijk, per 1 augustus, 1 jaar vooraf.
- Leerlingen: wie al in de route zit, maakt de route af. Na opzegging geen nieuwe instroom.
  Wijzigingen nooit ten nadele van een lopend cohort.

Looptijd: 1 augustus 2025 - 31 juli 2030.

Hardenberg, 20 juni 2025
J. Wesselink                     mr. H.G. Brink
Stichting OVO Vechtdal-Oost       Stichting ROC Salland-Vecht
"""
register(
    338, "h338_zeer_kort_opsommingstekens_hardenberg_lasser", "txt", H338,
    "Very short plain-text agreement in terse bullet points and numbered caps headings; Hardenberg, bb "
    "Produceren, installeren en energie -> Lasser niveau 2 (BBL); fully compliant, no funding transfer.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "1. ROUTE", "b": "2. WERKGEVERS", "c": "3. ROUTETEAM (LEIDING)", "d": "4. VERANTWOORDING",
     "e": "5. ORGANISATIE EN ONDERWIJS", "f": "6. STOPPEN OF SWITCHEN", "g": "7. GELD",
     "h": "8. MEDEZEGGENSCHAP", "i": "9. RUZIE OVER DEZE AFSPRAKEN", "j": "10. ERBIJ, ANDERS OF ERUIT"})

# ---------------------------------------------------------------- h339
# Numbered questions with answers; DOCX; Overbetuwe; gemengde/theoretische leerweg Economie en
# ondernemen -> Junior accountmanager niveau 4.
H339 = [
    ("title", "Samenwerkingsovereenkomst in vraag en antwoord"),
    ("subtitle", "Doorlopende leerroute Economie en ondernemen (gl/tl) \u2013 Junior accountmanager (mbo 4)"),
    ("p", "Deze overeenkomst is opgesteld in de vorm van vragen die ouders, docenten en toezichthouders ons "
          "in de voorbereiding het vaakst hebben gesteld. De antwoorden zijn de afspraken: wat hieronder staat, "
          "is voor beide ondertekenaars bindend."),
    ("h1", "Wie sluiten deze overeenkomst?"),
    ("ol", [
        ("1.", "Stichting Voortgezet Onderwijs Midden-Betuwe, gevestigd te Elst (gemeente Overbetuwe), bevoegd "
               "gezag van scholengemeenschap De Linie, vertegenwoordigd door de heer M.P. van Hattem, "
               "voorzitter van het college van bestuur (hierna: De Linie);"),
        ("2.", "Stichting Regionaal Opleidingencentrum Over de Rijn, gevestigd te Arnhem, vertegenwoordigd door "
               "mevrouw dr. S. Oudshoorn, voorzitter van het college van bestuur (hierna: ROC Over de Rijn)."),
    ]),

    ("h1", "Vraag 1. Welke leerroute bieden we samen aan?"),
    ("p", "De Linie en ROC Over de Rijn verzorgen samen een doorlopende leerroute voor leerlingen van de "
          "gemengde leerweg met het profiel Economie en ondernemen, en voor leerlingen van de theoretische "
          "leerweg die Economie en ondernemen als beroepsgericht programma in hun vakkenpakket hebben. De "
          "route sluit aan op de middenkaderopleiding Junior accountmanager, niveau 4, in het opleidingsdomein "
          "Handel, die in de beroepsopleidende leerweg wordt gevolgd op de locatie Arnhem-Presikhaaf van het "
          "ROC."),
    ("p", "De route telt vijf routejaren: routejaar 1 en 2 zijn leerjaar 3 en 4 van de mavo-afdeling van De "
          "Linie, routejaar 3 tot en met 5 zijn de drie studiejaren in het mbo. Leerlingen die het "
          "vmbo-diploma hebben behaald en de eerste mbo-onderdelen al in de vo-fase hebben afgerond, kunnen "
          "de route in vier en een half jaar voltooien."),

    ("h1", "Vraag 2. Welke rol spelen de ondernemers uit de regio?"),
    ("p", "De route wordt ingevuld samen met de Ondernemerskring Overbetuwe en vijf vaste leerbedrijven, "
          "waaronder Betuwse Groothandel Van Elst B.V., Fruitcoöperatie Linge-Waal en het "
          "accountmanagementteam van Drukkerij Heteren. Zij hebben het volgende toegezegd:"),
    ("ul", [
        "elk semester levert een van de leerbedrijven een echte commerciële opdracht (de "
        "\u2018ondernemerscase\u2019), waaraan de leerlingen in routejaar 1 en 2 in groepjes werken;",
        "bij de afsluitende pitch van iedere ondernemerscase zitten twee ondernemers in de jury en geven "
        "zij een beoordeling die meetelt in het PTA;",
        "vanaf routejaar 3 bieden de leerbedrijven stageplaatsen voor de beroepspraktijkvorming, met een "
        "vaste begeleider per student;",
        "de Ondernemerskring vaardigt twee leden af naar de adviescommissie Handel van het ROC, die twee "
        "keer per jaar het programma van de route bespreekt en advies geeft over de keuzedelen.",
    ]),

    ("h1", "Vraag 3. Wie leidt de route, wie wijst die mensen aan en wat mogen zij beslissen?"),
    ("p", "De route wordt geleid door een kernteam van vier personen: de teamleider bovenbouw mavo van De "
          "Linie, de onderwijsmanager Handel van ROC Over de Rijn en twee routedocenten, \u00e9\u00e9n van "
          "elke partij. De teamleider en de onderwijsmanager worden door hun eigen college van bestuur in het "
          "kernteam aangewezen. De twee routedocenten worden op voordracht van de teamleider en de "
          "onderwijsmanager door beide colleges van bestuur gezamenlijk aangesteld, voor twee schooljaren."),
    ("p", "Het kernteam heeft van beide besturen de opdracht en de bevoegdheid om:"),
    ("ul", [
        "het jaarrooster en de lessentabel van de route vast te stellen;",
        "het gezamenlijke PTA/OER op te stellen en ter vaststelling aan beide besturen voor te leggen;",
        "te beslissen over de toelating van leerlingen tot de route, na advies van de mentor;",
        "de routedocenten en gastdocenten in te roosteren binnen de uren die de besturen toekennen;",
        "de contacten met de leerbedrijven en de Ondernemerskring te onderhouden.",
    ]),
    ("p", "Alles wat daarbuiten valt, zoals wijziging van de uren die de besturen toekennen of van deze "
          "overeenkomst, legt het kernteam voor aan de besturen."),

    ("h1", "Vraag 4. Hoe weten de besturen hoe het met de route gaat?"),
    ("p", "Het kernteam stuurt na afloop van ieder kwartaal een kort kwartaalbericht aan beide colleges van "
          "bestuur, met de aantallen leerlingen per routejaar, het verzuim en de bijzonderheden. Ieder jaar "
          "vóór 1 oktober volgt een jaarrapportage over het afgelopen schooljaar met de in-, door- en "
          "uitstroom, de examenresultaten en de uitkomsten van de tevredenheidsenquête onder leerlingen. Het "
          "kernteam licht die jaarrapportage toe in het bestuurlijk overleg, dat twee keer per jaar (oktober "
          "en maart) wordt gehouden en waarin het kernteam verantwoording aflegt over het gevoerde beleid."),

    ("h1", "Vraag 5. Waar en hoe wordt er lesgegeven?"),
    ("p", "Routejaar 1 en 2 worden gegeven op De Linie in Elst. In routejaar 2 volgen de leerlingen elke "
          "donderdag lessen op de locatie Arnhem-Presikhaaf van het ROC, waar zij al werken aan de eerste "
          "mbo-onderdelen (verkoopgesprekken en klantrelaties). Routejaar 3 tot en met 5 worden op die locatie "
          "en bij de leerbedrijven gegeven. Het programma, de toetsing en de beroepspraktijkvorming per "
          "routejaar staan in het gezamenlijke PTA/OER, dat jaarlijks vóór 1 september wordt vastgesteld. Het "
          "centraal examen van de gemengde of theoretische leerweg wordt afgenomen in routejaar 2."),

    ("h1", "Vraag 6. Wie geeft les en met welke middelen?"),
    ("p", "De docenten economie en Nederlands van De Linie en de docenten commercie van het ROC vormen samen "
          "\u00e9\u00e9n routeteam. Twee docenten commercie van het ROC geven in routejaar 2 les op De Linie; "
          "de docent economie van De Linie verzorgt in routejaar 3 het onderdeel bedrijfseconomie op het ROC. "
          "Voor het vakoverstijgende onderdeel \u2018ondernemerscase\u2019 wordt de teambevoegdheid gebruikt: "
          "de docenten werken dan als team, waarbij ieder verantwoordelijk is voor het deel waarvoor hij of "
          "zij bevoegd is. Alle docenten blijven in dienst van hun eigen werkgever."),
    ("p", "De Linie stelt haar praktijklokaal Economie en ondernemen met de leerwinkel ter beschikking; het "
          "ROC stelt zijn sales-lab met belstudio en CRM-software en zijn mediatheek open voor de "
          "routeleerlingen. Beide partijen zorgen ervoor dat de leerlingen vanaf routejaar 1 een account "
          "hebben in de elektronische leeromgeving van het ROC."),

    ("h1", "Vraag 7. Wat als de route voor een leerling niet lukt?"),
    ("p", "Wanneer een leerling de route niet kan of wil afmaken, bespreken De Linie en ROC Over de Rijn samen "
          "met de leerling en de ouders welke vervolgstap het beste past. Zij kijken daarbij naar het niveau "
          "dat de leerling heeft bereikt en naar zijn of haar leeftijd en wensen. De mogelijkheden zijn:"),
    ("ul", [
        "stopt de leerling in routejaar 1 of 2, dan maakt hij of zij de gemengde of theoretische leerweg "
        "als gewone leerling op De Linie af en haalt daar het vmbo-diploma;",
        "wil de leerling na het vmbo-diploma een andere opleiding volgen, dan meldt hij of zij zich aan "
        "voor een andere opleiding op niveau 3 of 4 van ROC Over de Rijn of van een andere instelling;",
        "een overstap naar een andere opleiding van ROC Over de Rijn is alleen mogelijk wanneer de leerling "
        "het vmbo-diploma heeft behaald en voldoet aan de toelatingseisen die voor die opleiding gelden; "
        "een leerling zonder vmbo-diploma moet dat diploma eerst op De Linie halen;",
        "bij een verhuizing helpt de mentor de leerling bij het vinden van een school of opleiding in de "
        "nieuwe woonplaats.",
    ]),
    ("p", "De mentor en de studieloopbaanbegeleider dragen de leerling warm over en blijven tot de start in "
          "de nieuwe opleiding aanspreekpunt."),

    ("h1", "Vraag 8. Wat als De Linie en het ROC het niet met elkaar eens worden?"),
    ("p", "Een verschil van mening over de uitvoering van deze overeenkomst wordt eerst in het kernteam "
          "besproken. Lukt het daar niet binnen een maand, dan gaat het naar het bestuurlijk overleg, dat "
          "binnen zes weken een besluit probeert te nemen. Komen ook de besturen er niet uit, dan wordt het "
          "geschil beslecht door arbitrage volgens het Arbitragereglement van het Nederlands Arbitrage "
          "Instituut, door \u00e9\u00e9n arbiter, met Arnhem als plaats van arbitrage."),

    ("h1", "Vraag 9. Hoe zit het met de medezeggenschap?"),
    ("p", "Ter informatie: zolang de leerlingen op De Linie staan ingeschreven, geldt voor hen en hun ouders "
          "de Wet medezeggenschap op scholen; zodra zij als student bij het ROC staan ingeschreven, gelden de "
          "regels van de Wet educatie en beroepsonderwijs. Voor het personeel gelden de regels van de eigen "
          "werkgever. De wet biedt scholen de ruimte om daarbovenop aanvullende afspraken te maken, "
          "bijvoorbeeld over deelname van routeleerlingen aan de studentenraad; daar kan in de toekomst "
          "gebruik van worden gemaakt als de raden dat wensen."),

    ("h1", "Vraag 10. Hoe lang geldt deze overeenkomst en hoe kan zij veranderen of eindigen?"),
    ("p", "De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Wijzigingen worden alleen "
          "doorgevoerd als beide colleges van bestuur daar schriftelijk mee instemmen; het kernteam kan een "
          "voorstel daartoe doen na de jaarlijkse evaluatie. Een wijziging die het programma van een lopend "
          "cohort verslechtert, gaat pas in voor het volgende cohort."),
    ("p", "Opzeggen kan door elk van beide partijen, schriftelijk, met een termijn van ten minste een jaar en "
          "steeds tegen het einde van een schooljaar (31 juli). Na een opzegging worden geen nieuwe leerlingen "
          "meer tot de route toegelaten; leerlingen die al in de route zitten, maken haar op de afgesproken "
          "manier af, zodat zij van de be\u00ebindiging zo weinig mogelijk merken."),

    ("h1", "Vraag 11. Wat moet er nog worden gemeld?"),
    ("p", "De Linie en ROC Over de Rijn melden de route gezamenlijk bij DUO (RIO) vóór 1 oktober 2025."),

    ("p", "Aldus overeengekomen te Elst op 26 juni 2025."),
    ("sig", [["Voor Stichting Voortgezet Onderwijs Midden-Betuwe", "Voor Stichting ROC Over de Rijn"],
             ["M.P. van Hattem, voorzitter college van bestuur",
              "dr. S. Oudshoorn, voorzitter college van bestuur"]]),
]
register(
    339, "h339_genummerde_vragen_gemengde_leerweg_overbetuwe_accountmanager", "docx", H339,
    "DOCX in numbered questions with answers; Overbetuwe, gemengde/theoretische leerweg Economie en "
    "ondernemen -> Junior accountmanager niveau 4; overstap imposes vooropleidingseisen within the same "
    "ROC, finances not addressed at all, no toetreding clause, medezeggenschap only informational.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "weak", "g": "missing", "h": "not_applicable", "i": "present", "j": "weak"},
    {"a": "Vraag 1. Welke leerroute bieden we samen aan?",
     "b": "Vraag 2. Welke rol spelen de ondernemers uit de regio?",
     "c": "Vraag 3. Wie leidt de route, wie wijst die mensen aan en wat mogen zij beslissen?",
     "d": "Vraag 4. Hoe weten de besturen hoe het met de route gaat?",
     "e": "Vraag 6. Wie geeft les en met welke middelen?",
     "i": "Vraag 8. Wat als De Linie en het ROC het niet met elkaar eens worden?"},
    footer="Samenwerkingsovereenkomst DLR Economie en ondernemen \u2013 Junior accountmanager | De Linie \u2013 ROC Over de Rijn")

# ---------------------------------------------------------------- h340
# Paragraph (§) style, portrait with a landscape table per routejaar in the middle; PDF; Dantumadiel;
# kb Groen -> Vakbekwaam medewerker veehouderij niveau 3 with an AOC.
H340 = [
    ("title", "Samenwerkingsovereenkomst Groene Route Dantumadiel"),
    ("subtitle", "doorlopende leerroute vmbo-mbo Groen (kb) \u2013 Vakbekwaam medewerker veehouderij (niveau 3)"),
    ("h1", "§ 1 Partijen"),
    ("p", "Stichting Christelijk Voortgezet Onderwijs Noordoost-Frysl\u00e2n, gevestigd te Dokkum, bevoegd gezag "
          "van It W\u00e2ldfinne Vakcollege te Damw\u00e2ld, hierbij vertegenwoordigd door mevrouw T. Hoekstra-de "
          "Vries, bestuurder, hierna: de school;"),
    ("p", "en"),
    ("p", "Stichting Agrarisch Opleidingscentrum Noord-Frysl\u00e2n, gevestigd te Leeuwarden, bevoegd gezag van "
          "AOC Noord-Frysl\u00e2n, hierbij vertegenwoordigd door de heer P.J. Dijkstra, voorzitter van het "
          "college van bestuur, hierna: het AOC;"),
    ("p", "komen het volgende overeen."),

    ("h1", "§ 2 De route"),
    ("p", "2.1 De school en het AOC bieden vanaf 1 augustus 2025 samen de Groene Route Dantumadiel aan: een "
          "doorlopende leerroute van het vmbo-profiel Groen in de kaderberoepsgerichte leerweg naar de "
          "vakopleiding Vakbekwaam medewerker veehouderij (niveau 3), kwalificatiedossier Veehouderij, "
          "opleidingsdomein Voedsel, natuur en leefomgeving."),
    ("p", "2.2 De route duurt vier routejaren. Routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van de "
          "school; routejaar 3 en 4 worden in de beroepsopleidende leerweg van het AOC gevolgd. Omdat de "
          "leerlingen in de vo-fase al onderdelen van de mbo-opleiding afronden, duurt de mbo-fase twee in "
          "plaats van drie jaar."),
    ("p", "2.3 Binnen het profiel Groen volgen de routeleerlingen de keuzevakken Veehouderij en "
          "Landbouwmechanisatie, die de school in overleg met het AOC heeft ingericht."),

    ("h1", "§ 3 Het agrarisch werkveld"),
    ("p", "3.1 De route wordt mede gedragen door het melkveehouderijbedrijf Maatschap Bouma te Broeksterw\u00e2ld, "
          "loonbedrijf Van der Meer Agro te Rinsumageast, de Noardlike Fryske W\u00e2lden (agrarisch "
          "natuurcollectief) en de regionale afdeling van LTO Noord. Deze partners:"),
    ("ul", [
        "ontvangen routeleerlingen in routejaar 1 en 2 voor een vaste praktijkdag per twee weken op het "
        "bedrijf, gekoppeld aan opdrachten uit het PTA;",
        "bieden in routejaar 3 en 4 de bpv-plaatsen, met een praktijkopleider die de werkprocessen aftekent;",
        "leveren een assessor uit de praktijk voor de proeve van bekwaamheid \u2018Verzorgen van melkvee\u2019;",
        "nemen met twee vertegenwoordigers deel aan het Praktijkberaad Groene Route, dat twee keer per jaar "
        "met de routeregie het programma en de keuzedelen bespreekt en daarover schriftelijk adviseert.",
    ]),
    ("p", "3.2 Nieuwe leerbedrijven worden toegelaten als zij door SBB zijn erkend. De routeregie houdt de "
          "lijst van leerbedrijven bij."),

    ("h1", "§ 4 Routeregie"),
    ("p", "4.1 De leiding over de route ligt bij de routeregie. Die bestaat uit de sectordirecteur vmbo van de "
          "school, de teamleider Veehouderij van het AOC en een routeco\u00f6rdinator."),
    ("p", "4.2 De sectordirecteur en de teamleider worden door hun eigen bestuur in de routeregie aangewezen "
          "en hebben daarin zitting zolang zij die functie vervullen; hun besturen wijzen bij langdurige "
          "afwezigheid een plaatsvervanger aan. De "
          "routeco\u00f6rdinator wordt door het college van bestuur van het AOC en de bestuurder van de school "
          "gezamenlijk aangewezen, na een gezamenlijke selectieprocedure, voor de duur van drie jaar."),
    ("p", "4.3 De besturen dragen aan de routeregie op: het opstellen van de jaarplanning en het rooster; het "
          "voorbereiden van het PTA/OER voor de route; het toelaten van leerlingen tot de route; het "
          "verdelen van de docentinzet; het beheren van de afspraken met de leerbedrijven; en het besteden "
          "van het routebudget uit § 8.3. De routeregie besluit bij meerderheid, met dien verstande dat over "
          "vo-zaken niet tegen de stem van de sectordirecteur en over mbo-zaken niet tegen de stem van de "
          "teamleider kan worden besloten."),

    ("h1", "§ 5 Rapportage aan de besturen"),
    ("p", "5.1 De routeregie zendt beide besturen ieder jaar uiterlijk 15 oktober een routeverslag over het "
          "voorgaande schooljaar, met de aantallen leerlingen per routejaar, uitval en overstappen, "
          "examenresultaten, de besteding van het routebudget en het advies van het Praktijkberaad."),
    ("p", "5.2 In december bespreken beide besturen het routeverslag met de routeregie in het halfjaarlijkse "
          "bestuursoverleg; het tweede bestuursoverleg, in juni, is bestemd voor de begroting en de plannen "
          "voor het nieuwe schooljaar. Bijzondere voorvallen meldt de routeregie direct."),

    ("h1", "§ 6 Inrichting per routejaar"),
    ("p", "6.1 Het onderwijsprogramma, de examinering en de bpv van de gehele route worden per routejaar "
          "beschreven in het gezamenlijke PTA/OER Groene Route, dat beide besturen jaarlijks vóór 1 oktober "
          "vaststellen. De hoofdlijnen staan in het schema hieronder."),
    ("p", "6.2 Docenten van de school en van het AOC vormen samen het routeteam. Voor het "
          "vakoverstijgende onderdeel \u2018Bedrijfsproject melkvee\u2019 wordt gebruikgemaakt van de "
          "teambevoegdheid. Iedere docent blijft in dienst van de eigen werkgever; uitwisseling wordt "
          "vastgelegd in de jaarplanning."),
    ("p", "6.3 Het AOC stelt de melkveestal, de werkplaats landbouwmechanisatie en de proefvelden van zijn "
          "praktijkcentrum te Dokkum beschikbaar; de school stelt haar groene praktijklokaal en de schooltuin "
          "beschikbaar. Vervoer van leerlingen naar het praktijkcentrum regelt de school."),
    ("landscape",),
    ("h2", "Schema 1 \u2013 De Groene Route per routejaar"),
    ("table", [
        ["Routejaar", "Inschrijving", "Onderwijsprogramma", "Examinering", "Beroepspraktijk", "Locatie en voorzieningen",
         "Docenten"],
        ["1 (leerjaar 3 vmbo)", "school", "profielvak Groen, keuzevak Veehouderij, algemene vakken; eerste "
         "mbo-onderdeel \u2018Dierverzorging basis\u2019", "schoolexamens volgens PTA; praktijktoets dierverzorging",
         "praktijkdag per twee weken bij een partnerbedrijf", "It W\u00e2ldfinne Vakcollege; groene praktijklokaal; "
         "1 dag per maand praktijkcentrum AOC", "docenten school; docent veehouderij AOC (4 uur/week)"],
        ["2 (leerjaar 4 vmbo)", "school", "afronding profiel Groen, keuzevak Landbouwmechanisatie; mbo-onderdelen "
         "\u2018Voeding en gezondheid\u2019 en \u2018Trekker en werktuigen\u2019", "centraal examen vmbo kb; "
         "eerste mbo-examens (kerntaak 1)", "praktijkdag per twee weken; snuffelweek loonbedrijf",
         "school en praktijkcentrum AOC (1 dag per week)", "gezamenlijk routeteam; teambevoegdheid bij "
         "\u2018Bedrijfsproject melkvee\u2019"],
        ["3 (mbo jaar 1)", "AOC (bij ontbreken vmbo-diploma ook school)", "kerntaken Veehouderij, keuzedelen; "
         "loopbaan en burgerschap", "mbo-examens kerntaak 2; herkansing vo-vakken bij de school",
         "bpv 2 dagen per week op erkend leerbedrijf", "AOC Dokkum; melkveestal, werkplaats, proefvelden",
         "docenten AOC; docent Nederlands school (2 uur/week)"],
        ["4 (mbo jaar 2)", "AOC", "afronding kwalificatie, keuzedelen, bedrijfsproject", "proeve van "
         "bekwaamheid met assessor uit de praktijk; diplomering mbo", "bpv 3 dagen per week",
         "AOC Dokkum en leerbedrijf", "docenten AOC; praktijkopleiders"],
    ], [0.09, 0.09, 0.2, 0.16, 0.15, 0.16, 0.15]),
    ("portrait",),

    ("h1", "§ 7 Overstappen"),
    ("p", "7.1 Een leerling die de route verlaat, krijgt altijd een passend vervolg dat tot een diploma "
          "leidt. De school en het AOC beslissen daarover gezamenlijk, nadat zij de leerling en zijn ouders "
          "hebben gehoord, en wegen daarbij het bereikte onderwijsniveau en de leeftijd van de leerling."),
    ("p", "7.2 Daarbij gelden de volgende kaders:"),
    ("ol", [
        ("a.", "wie in routejaar 1 of 2 stopt, vervolgt de kaderberoepsgerichte leerweg Groen of een ander "
               "profiel van de school en sluit af met het vmbo-diploma;"),
        ("b.", "wie aan het eind van routejaar 3 geen vmbo-diploma heeft, mag \u00e9\u00e9n keer het vo-examen "
               "herkansen bij de school en kan intussen de mbo-opleiding voortzetten, of stapt over naar "
               "Medewerker veehouderij (niveau 2) van het AOC;"),
        ("c.", "wie in de mbo-fase een andere richting wil, kan kiezen uit de andere niveau 3-opleidingen van "
               "het AOC, zoals Vakbekwaam medewerker teelt of Vakbekwaam hovenier; binnen het AOC gelden daarbij "
               "geen vooropleidingseisen;"),
        ("d.", "wie buiten het AOC verder wil, wordt geholpen bij de aanmelding; de ontvangende instelling "
               "kan een geschiktheidsonderzoek doen."),
    ]),
    ("p", "7.3 De uitwerking voor ouders en leerlingen staat in de schoolgids van de school en in de "
          "studiewijzer van het AOC."),

    ("h1", "§ 8 Middelen"),
    ("p", "8.1 Op grond van artikel 5.42a WVO 2020 draagt de school voor elke leerling die op 1 oktober in "
          "routejaar 1 of 2 staat ingeschreven \u20ac 1.100 per schooljaar over aan het AOC. Dit bedrag is "
          "bestemd voor de lessen van de docent veehouderij in de vo-fase en voor het gebruik van de "
          "melkveestal en de werkplaats door routeleerlingen."),
    ("p", "8.2 Het AOC vergoedt aan de school de inzet van de docent Nederlands in routejaar 3 tegen "
          "\u20ac 72 per gegeven lesuur."),
    ("p", "8.3 Beide partijen storten jaarlijks \u20ac 1.500 in een routebudget voor excursies, het "
          "Praktijkberaad en gezamenlijke scholing. Afrekening vindt plaats na het routeverslag."),

    ("h1", "§ 9 Medezeggenschap"),
    ("p", "9.1 De school en het AOC spreken af dat de medezeggenschapsraad van de school en de "
          "studentenraad van het AOC ieder jaar in het voorjaar een gezamenlijke vergadering houden over de "
          "route, waarin de routeregie het routeverslag toelicht. De raden kunnen daar gezamenlijk advies "
          "uitbrengen."),
    ("p", "9.2 Een routeleerling in de vo-fase kan zich verkiesbaar stellen voor een zetel als toehoorder "
          "in de studentenraad van het AOC. Voor het overige gelden de WMS (vo-fase) en de WEB en de WOR "
          "(mbo-fase)."),

    ("h1", "§ 10 Geschillen"),
    ("p", "10.1 Geschillen over de uitvoering van deze overeenkomst bespreken partijen eerst in de "
          "routeregie en daarna in het bestuursoverleg."),
    ("p", "10.2 Is het geschil acht weken na het eerste bestuursoverleg daarover niet opgelost, dan legt "
          "ieder van partijen het voor aan een adviescommissie van drie leden: ieder bestuur wijst \u00e9\u00e9n "
          "lid aan, die twee kiezen samen een onafhankelijke voorzitter. De commissie doet binnen twee maanden "
          "bindend advies."),

    ("h1", "§ 11 Duur, toetreding, wijziging en opzegging"),
    ("p", "11.1 Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt daarna telkens "
          "met vijf jaar verlengd, tenzij een partij uiterlijk 1 augustus van het laatste jaar schriftelijk "
          "laat weten dat zij dat niet wil."),
    ("p", "11.2 Een andere vmbo-school of mbo-instelling kan toetreden als beide besturen daarmee "
          "schriftelijk instemmen en de toetredende partij een verklaring tekent waarin zij deze overeenkomst "
          "aanvaardt. De toetreding wordt gemeld bij DUO en gaat in op 1 augustus."),
    ("p", "11.3 Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend."),
    ("p", "11.4 Tussentijdse opzegging is mogelijk per 1 augustus, met een opzegtermijn van twaalf maanden. "
          "Leerlingen en studenten die op dat moment in de route zitten, ronden haar af volgens het PTA/OER "
          "waarmee zij zijn begonnen; er is na de opzegging geen nieuwe instroom. Ook bij een wijziging of "
          "toetreding houden lopende cohorten hun programma."),

    ("h1", "§ 12 Ondertekening"),
    ("p", "Damw\u00e2ld, 19 juni 2025"),
    ("sig", [["Stichting Christelijk Voortgezet Onderwijs Noordoost-Frysl\u00e2n",
              "Stichting Agrarisch Opleidingscentrum Noord-Frysl\u00e2n"],
             ["T. Hoekstra-de Vries, bestuurder", "P.J. Dijkstra, voorzitter college van bestuur"]]),
]
register(
    340, "h340_routejaartabel_liggend_dantumadiel_veehouderij", "pdf", H340,
    "PDF in § paragraphs with a landscape table per routejaar in the middle; Dantumadiel, kb Groen -> "
    "Vakbekwaam medewerker veehouderij niveau 3 with an AOC; fully compliant, transfer with amounts and "
    "purpose, bindend advies.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "§ 2 De route", "b": "§ 3 Het agrarisch werkveld", "c": "§ 4 Routeregie",
     "d": "§ 5 Rapportage aan de besturen", "e": "§ 6 Inrichting per routejaar", "f": "§ 7 Overstappen",
     "g": "§ 8 Middelen", "h": "§ 9 Medezeggenschap", "i": "§ 10 Geschillen",
     "j": "§ 11 Duur, toetreding, wijziging en opzegging"},
    footer="Samenwerkingsovereenkomst Groene Route Dantumadiel | It W\u00e2ldfinne Vakcollege \u2013 AOC Noord-Frysl\u00e2n")

# ---------------------------------------------------------------- h341
# Interne regeling of a verticale scholengemeenschap; DOCX; Maassluis; kb Mobiliteit en transport ->
# Logistiek teamleider niveau 3.
H341 = [
    ("title", "Regeling doorlopende leerroute Logistiek Maasmond"),
    ("subtitle", "Interne regeling als bedoeld in artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, "
                 "derde lid, WEB"),
    ("p", "Het college van bestuur van de Stichting Scholengemeenschap Maasmond te Maassluis, bevoegd gezag "
          "van de verticale scholengemeenschap Maasmond, bestaande uit de vmbo-afdeling Maasmond Vakcollege en "
          "de mbo-afdeling Maasmond Havenvakschool,"),
    ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, "
          "van de Wet educatie en beroepsonderwijs;"),
    ("p", "overwegende dat de havenbedrijven en verladers in de Waterweg-regio al jaren nauw betrokken zijn bij "
          "de opleidingen van Maasmond en dat zij in de voorbereiding van deze route hebben aangegeven "
          "behoefte te hebben aan jonge logistieke vakmensen die al vroeg met de haven vertrouwd raken; dat "
          "de vmbo-afdeling en de mbo-afdeling van Maasmond onder \u00e9\u00e9n bevoegd gezag vallen, zodat "
          "geen samenwerkingsovereenkomst maar een interne regeling wordt vastgesteld;"),
    ("p", "besluit vast te stellen de volgende regeling."),

    ("h1", "Artikel 1 Begripsbepalingen"),
    ("p", "In deze regeling wordt verstaan onder: a. college: het college van bestuur van de stichting; "
          "b. vakcollege: de vmbo-afdeling Maasmond Vakcollege; c. havenvakschool: de mbo-afdeling Maasmond "
          "Havenvakschool; d. route: de doorlopende leerroute bedoeld in artikel 2; e. routedirectie: de "
          "leiding bedoeld in artikel 3."),

    ("h1", "Artikel 2 De route"),
    ("p", "1. Maasmond verzorgt met ingang van 1 augustus 2025 een doorlopende leerroute die loopt van de "
          "kaderberoepsgerichte leerweg met het profiel Mobiliteit en transport aan het vakcollege naar de "
          "opleiding Logistiek teamleider, niveau 3, opleidingsdomein Transport, scheepvaart en logistiek, aan "
          "de havenvakschool."),
    ("p", "2. De route omvat vijf routejaren. Routejaar 1 en 2 zijn leerjaar 3 en 4 van het vakcollege; "
          "routejaar 3 tot en met 5 zijn de studiejaren van de opleiding, die in de beroepsopleidende leerweg "
          "wordt gevolgd."),
    ("p", "3. Binnen het profiel volgen de leerlingen van de route de beroepsgerichte keuzevakken Logistiek "
          "en Havenbedrijf en goederenstromen."),

    ("h1", "Artikel 3 Routedirectie"),
    ("p", "1. De leiding over de route berust bij de routedirectie. De routedirectie bestaat uit de directeur "
          "van het vakcollege, de sectordirecteur Logistiek en Havens van de havenvakschool en de "
          "routeco\u00f6rdinator Logistiek. De routeco\u00f6rdinator is een docent die ten minste 0,4 fte voor "
          "de route beschikbaar is en zowel in de vo-fase als in de mbo-fase lesgeeft."),
    ("p", "2. De routedirectie is belast met de dagelijkse gang van zaken in de route en heeft in dat verband "
          "tot taak:"),
    ("ol", [
        ("a.", "het opstellen van de jaarplanning, het rooster en de lessentabel van de route;"),
        ("b.", "het voorbereiden van het programma van toetsing en afsluiting en van de onderwijs- en "
               "examenregeling voor de route, die door het college worden vastgesteld;"),
        ("c.", "het toelaten van leerlingen tot de route, op advies van de mentor en na een intakegesprek;"),
        ("d.", "het verdelen van de lessen over de docenten van het routeteam;"),
        ("e.", "het bewaken van de doorstroom van leerlingen en het tijdig signaleren van leerlingen voor wie "
               "artikel 6 toepassing moet vinden;"),
        ("f.", "het voeren van het routebudget dat het college jaarlijks in de begroting opneemt."),
    ]),
    ("p", "3. Het college mandateert aan de routedirectie de bevoegdheid om, binnen de begroting, "
          "verplichtingen aan te gaan tot een bedrag van \u20ac 5.000 per geval en om besluiten te nemen over "
          "de toelating van leerlingen tot de route. De routedirectie besluit bij consensus; wordt geen "
          "consensus bereikt, dan beslist het college."),
    ("p", "4. De routeco\u00f6rdinator bereidt de vergaderingen van de routedirectie voor, is eerste "
          "aanspreekpunt voor leerlingen, ouders en docenten, en voert namens de routedirectie het overleg "
          "met de examencommissies van het vakcollege en de havenvakschool."),
    ("p", "5. Besluiten over de formatie, over wijziging van deze regeling en over be\u00ebindiging van de "
          "route zijn voorbehouden aan het college."),

    ("h1", "Artikel 4 Informatie en verantwoording"),
    ("p", "1. De routedirectie brengt v\u00f3\u00f3r 1 december van elk jaar een jaarverslag uit aan het college "
          "over het voorgaande schooljaar. Het jaarverslag bevat in elk geval de in-, door- en uitstroom per "
          "cohort, de examenresultaten van het vmbo- en het mbo-deel, het gebruik van artikel 6 en de "
          "besteding van het routebudget."),
    ("p", "2. Daarnaast bespreekt de routedirectie ieder kwartaal de voortgang met het lid van het college "
          "dat onderwijs in portefeuille heeft, aan de hand van een kwartaaloverzicht met de kerncijfers."),

    ("h1", "Artikel 5 Inrichting van het onderwijs"),
    ("p", "1. Routejaar 1 en 2 worden gegeven in het gebouw van het vakcollege aan de Govert van Wijnkade; "
          "vanaf routejaar 2 volgen de leerlingen een dag per week les in het logistiek leercentrum van de "
          "havenvakschool aan de Westlandseweg, waar de magazijnsimulatie, de heftruckbaan en de "
          "planningssoftware staan. Routejaar 3 tot en met 5 worden gegeven bij de havenvakschool."),
    ("p", "2. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming van de gehele route worden "
          "per routejaar beschreven in \u00e9\u00e9n PTA/OER Logistiek. Het centraal examen vmbo vindt plaats in "
          "routejaar 2; de eerste mbo-examens vinden plaats in routejaar 2."),
    ("p", "3. De docenten van het vakcollege en de havenvakschool die aan de route lesgeven, vormen \u00e9\u00e9n "
          "routeteam. Docenten van de havenvakschool geven in routejaar 1 en 2 het keuzevak Logistiek; "
          "docenten van het vakcollege geven in routejaar 3 de vakken Nederlands en rekenen. Voor het "
          "vakoverstijgende programmaonderdeel \u2018Goederenstroom van schip tot schap\u2019 wordt de "
          "teambevoegdheid toegepast."),
    ("p", "4. De faciliteiten van beide afdelingen staan open voor alle leerlingen en studenten van de route; "
          "het logistiek leercentrum wordt in het rooster op dinsdag en donderdag voor de route gereserveerd."),
    ("p", "5. Een leerling is in routejaar 1 en 2 ingeschreven bij het vakcollege en vanaf routejaar 3 bij de "
          "havenvakschool. De klachtenregeling van de stichting is op de gehele route van toepassing."),

    ("h1", "Artikel 6 Overstapoptie"),
    ("p", "1. Als een leerling de route niet voortzet, stellen de directeur van het vakcollege en de "
          "sectordirecteur van de havenvakschool gezamenlijk, na overleg met de leerling en diens ouders, "
          "vast welk vervolg het best past bij het bereikte onderwijsniveau en de leeftijd van de leerling."),
    ("p", "2. Het vervolg leidt tot een diploma en bestaat in elk geval uit een van de volgende mogelijkheden:"),
    ("ol", [
        ("a.", "voortzetting van de kaderberoepsgerichte leerweg Mobiliteit en transport aan het vakcollege, "
               "of overstap naar de basisberoepsgerichte leerweg, met als doel het vmbo-diploma;"),
        ("b.", "bij het ontbreken van het vmbo-diploma na routejaar 3: herkansing of doubleren aan het "
               "vakcollege, of voortzetting van de mbo-opleiding zonder vmbo-diploma;"),
        ("c.", "overstap naar een andere opleiding van de havenvakschool op niveau 2 of 3, zoals Medewerker "
               "logistiek of Matroos binnenvaart, zonder dat de vooropleidingseisen gelden;"),
        ("d.", "begeleiding naar een opleiding bij een andere instelling, waar een geschiktheidsonderzoek "
               "kan worden gedaan."),
    ]),

    ("h1", "Artikel 7 Financi\u00eble bepalingen"),
    ("p", "Nu het vakcollege en de havenvakschool onder hetzelfde bevoegd gezag vallen, vindt geen overdracht "
          "van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de "
          "route worden in de begroting van de stichting opgenomen."),

    ("h1", "Artikel 8 Slotbepalingen"),
    ("p", "1. Deze regeling treedt in werking op 1 augustus 2025."),
    ("p", "2. De route wordt door het college aan de minister gemeld en in RIO geregistreerd."),
    ("p", "3. Deze regeling wordt aangehaald als: Regeling doorlopende leerroute Logistiek Maasmond."),
    ("p", "Aldus vastgesteld door het college van bestuur op 24 juni 2025."),
    ("sig", [["drs. K. Baggerman, voorzitter college van bestuur", "ing. L.E. Noordam, lid college van bestuur"]]),
]
register(
    341, "h341_interne_regeling_vsg_maassluis_logistiek", "docx", H341,
    "DOCX interne regeling of a verticale scholengemeenschap (h, i, j not applicable); Maassluis, kb "
    "Mobiliteit en transport -> Logistiek teamleider niveau 3; leiding described at length but nothing on "
    "how it is appointed, port business only in the considerans.",
    {"a": "present", "b": "missing", "c": "weak", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "not_applicable", "j": "not_applicable"},
    {"a": "Artikel 2 De route", "d": "Artikel 4 Informatie en verantwoording",
     "e": "Artikel 5 Inrichting van het onderwijs", "f": "Artikel 6 Overstapoptie",
     "g": "Artikel 7 Financi\u00eble bepalingen"},
    footer="Regeling doorlopende leerroute Logistiek Maasmond | Stichting Scholengemeenschap Maasmond")

# ---------------------------------------------------------------- h342
# Renewal (vervangende overeenkomst) with a Limburg flavour in the prose; DOCX; Brunssum;
# bb Bouwen, wonen en interieur -> Straatmaker niveau 2.
H342 = [
    ("title", "Vernieuwde samenwerkingsovereenkomst 2025\u20132029"),
    ("subtitle", "Doorlopende leerroute \u2018Stein op Stein\u2019 \u2013 Bouwen, wonen en interieur (bb) naar "
                 "Straatmaker (mbo 2)"),
    ("p", "\u2018Same geit \u2019t baeter\u2019 \u2013 met die gedachte begonnen De Schacht en het Bouw & Infra "
          "College in 2021 aan de route Stein op Stein. Vier jaar en drie cohorten later hebben beide scholen "
          "de route in het voorjaar van 2025 ge\u00ebvalueerd met leerlingen, ouders, docenten en "
          "leerbedrijven. Deze vernieuwde overeenkomst is daarvan de uitkomst."),
    ("h1", "Partijen"),
    ("ol", [
        ("1.", "Stichting Katholiek Voortgezet Onderwijs Parkstad-Noord, gevestigd te Brunssum, bevoegd gezag "
               "van Beroepscollege De Schacht (vmbo), vertegenwoordigd door de heer drs. F.J.M. Notermans, "
               "voorzitter van het college van bestuur, hierna: De Schacht;"),
        ("2.", "Stichting ROC Mijnstreek-Parkstad, gevestigd te Heerlen, bevoegd gezag van ROC "
               "Mijnstreek-Parkstad, waarvan het Bouw & Infra College deel uitmaakt, vertegenwoordigd door "
               "mevrouw ir. M.C. Schoonbrood-Habets, lid van het college van bestuur, hierna: het ROC."),
    ]),

    ("h1", "Artikel 0. Vervanging van de overeenkomst van 2021"),
    ("p", "Deze overeenkomst vervangt met ingang van 1 augustus 2025 de samenwerkingsovereenkomst die partijen "
          "op 14 juni 2021 sloten. De belangrijkste wijzigingen zijn: de route is ingekort van vijf naar vier "
          "routejaren; de oude \u2018terugvaloptie\u2019 is vervangen door de overstapregeling van artikel 6; "
          "de gemeente Brunssum is als leerbedrijf toegevoegd. Leerlingen die v\u00f3\u00f3r 1 augustus 2025 "
          "aan de route zijn begonnen, ronden haar af volgens het programma waarmee zij zijn gestart."),

    ("h1", "Artikel 1. De route"),
    ("p", "1.1 De Schacht en het ROC verzorgen gezamenlijk de doorlopende leerroute Stein op Stein. De route "
          "begint in de basisberoepsgerichte leerweg van De Schacht, profiel Bouwen, wonen en interieur, en "
          "loopt door in de basisberoepsopleiding Straatmaker (niveau 2) van het ROC, kwalificatiedossier "
          "Infra, opleidingsdomein Bouw en infra, die vanaf routejaar 3 in de beroepsbegeleidende leerweg "
          "wordt gevolgd."),
    ("p", "1.2 In het profiel kiezen de routeleerlingen het schooleigen keuzevak Straatwerk en het keuzevak "
          "Bouwen vanaf de tekening."),

    ("h1", "Artikel 2. De leerbedrijven"),
    ("p", "2.1 Bij de invulling van de route zijn betrokken: Wegenbouw Vaessen B.V. te Schinveld, "
          "Bestratingsbedrijf Brouns & Zn. te Merkelbeek, de buitendienst van de gemeente Brunssum en de "
          "afdeling Limburg van Bouwend Nederland."),
    ("p", "2.2 De leerbedrijven bieden de BBL-werkplekken in routejaar 3 en 4 en ontvangen leerlingen in "
          "routejaar 2 voor een snuffelstage van vier weken. Een vakman van de leerbedrijven geeft iedere "
          "maand een praktijkinstructie op de leerstraat van het ROC en beoordeelt de proeve van bekwaamheid "
          "mee. Bouwend Nederland Limburg organiseert jaarlijks de \u2018Dag van de Straat\u2019 voor de "
          "leerlingen van routejaar 1 en schuift eenmaal per jaar aan bij het werkveldoverleg van de "
          "routekern, waarin het programma wordt doorgelopen."),

    ("h1", "Artikel 3. De routekern"),
    ("p", "3.1 De route wordt geleid door de routekern, bestaande uit de afdelingsleider bovenbouw van De "
          "Schacht, de teamleider Infra van het Bouw & Infra College en een praktijkco\u00f6rdinator."),
    ("p", "3.2 De afdelingsleider en de teamleider worden door het eigen college van bestuur in de routekern "
          "benoemd. De praktijkco\u00f6rdinator wordt op gezamenlijke voordracht van de afdelingsleider en de "
          "teamleider door beide colleges van bestuur benoemd voor vier jaar."),
    ("p", "3.3 De routekern stelt het rooster en het gezamenlijke PTA/OER op, beslist over toelating van "
          "leerlingen tot de route, verdeelt de inzet van docenten en instructeurs, onderhoudt de contacten "
          "met de leerbedrijven en mag binnen het jaarlijks door beide besturen vastgestelde routeplan "
          "zelfstandig uitgaven doen tot \u20ac 1.500 per keer. Besluiten daarbuiten neemt zij niet zonder "
          "instemming van beide besturen."),

    ("h1", "Artikel 4. Verantwoording aan de besturen"),
    ("p", "De routekern stuurt beide colleges van bestuur twee keer per jaar, in januari en in juli, de "
          "routemonitor met de aantallen leerlingen, uitval, overstappen en examenresultaten. In september "
          "voert de routekern met een lid van elk college het jaargesprek, waarin zij verantwoording aflegt "
          "over het afgelopen schooljaar en het routeplan voor het nieuwe schooljaar voorlegt."),

    ("h1", "Artikel 5. Inrichting"),
    ("p", "5.1 Routejaar 1 en 2 vinden plaats in het gebouw van De Schacht aan de Rumpenerstraat; in "
          "routejaar 2 werken de leerlingen op donderdag op de leerstraat van het Bouw & Infra College in "
          "Heerlen. Routejaar 3 en 4 vinden plaats in het leerbedrijf (vier dagen) en op het ROC (\u00e9\u00e9n "
          "dag)."),
    ("p", "5.2 Het programma, de examens en de bpv per routejaar staan in het PTA/OER Stein op Stein, dat "
          "beide besturen jaarlijks v\u00f3\u00f3r 1 oktober vaststellen. Het centraal examen vmbo valt in "
          "routejaar 2."),
    ("p", "5.3 De docenten BWI van De Schacht en de instructeurs infra van het ROC vormen \u00e9\u00e9n team. "
          "Een instructeur van het ROC geeft in routejaar 2 het keuzevak Straatwerk op De Schacht; voor het "
          "project \u2018Ons plein\u2019 wordt de teambevoegdheid gebruikt. Ieder blijft in dienst van de eigen "
          "werkgever."),
    ("p", "5.4 Het ROC stelt de leerstraat, de minigraversimulator en het gereedschap beschikbaar; De Schacht "
          "stelt haar BWI-praktijklokaal en de buitenruimte achter het gebouw beschikbaar als oefenterrein. "
          "In de week van vastelaovend worden in beide fasen geen praktijkdagen ingeroosterd."),

    ("h1", "Artikel 6. Als het anders loopt"),
    ("p", "6.1 Een leerling die de route niet afmaakt, krijgt een passend vervolg dat tot een diploma leidt. "
          "De Schacht en het ROC bepalen samen, na een gesprek met de leerling en de ouders, welk vervolg dat "
          "is, en kijken daarbij naar het bereikte niveau en de leeftijd."),
    ("p", "6.2 Mogelijkheden zijn in elk geval: de basisberoepsgerichte leerweg Bouwen, wonen en interieur op "
          "De Schacht afmaken als gewone leerling; na routejaar 3 zonder vmbo-diploma toch doorgaan in de "
          "opleiding Straatmaker, of het vmbo-examen opnieuw doen; overstappen naar een andere niveau "
          "2-opleiding van het ROC, zoals Timmerman of Metselaar, zonder "
          "vooropleidingseisen; of met hulp van het ROC een plek zoeken bij een andere instelling. Alleen als "
          "een diploma op niveau 2 echt niet haalbaar is, wordt de Entree-opleiding besproken."),

    ("h1", "Artikel 7. Financi\u00ebn"),
    ("p", "7.1 De Schacht draagt met ingang van het schooljaar 2025-2026 jaarlijks een bedrag van \u20ac 1.250 "
          "per leerling in routejaar 2 over aan het ROC. Het ROC factureert in februari op basis van de "
          "telling van 1 oktober."),
    ("p", "7.2 Het bedrag wordt jaarlijks ge\u00efndexeerd met de loon- en prijsbijstelling die het ministerie "
          "van OCW voor het voortgezet onderwijs toepast."),

    ("h1", "Artikel 8. Aanvullende afspraken t.a.v. medezeggenschap (optioneel)"),
    ("p", "[in te vullen na advies van de GMR van De Schacht en de studentenraad van het ROC]"),
    ("p", "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
          "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"),

    ("h1", "Artikel 9. Geschillen"),
    ("p", "Partijen lossen meningsverschillen over de uitvoering van deze overeenkomst op in goed onderling "
          "overleg, in de geest van samenwerking die de Mijnstreek al generaties kenmerkt."),

    ("h1", "Artikel 10. Looptijd, nieuwe partners, wijziging en opzegging"),
    ("p", "10.1 Deze overeenkomst loopt van 1 augustus 2025 tot en met 31 juli 2029. Uiterlijk in het "
          "schooljaar 2027-2028 bespreken partijen of zij haar willen verlengen."),
    ("p", "10.2 Een andere vmbo-school of mbo-instelling uit Parkstad of de Westelijke Mijnstreek kan zich bij "
          "deze overeenkomst aansluiten als beide partijen daarmee schriftelijk instemmen en de nieuwe partij "
          "de overeenkomst door ondertekening van een aansluitingsverklaring aanvaardt. De aansluiting gaat in "
          "per 1 augustus en wordt aan DUO gemeld."),
    ("p", "10.3 De overeenkomst wordt alleen gewijzigd bij een schriftelijke aanvulling die door beide "
          "colleges van bestuur is ondertekend."),
    ("p", "10.4 Tussentijdse opzegging kan uitsluitend schriftelijk, tegen 1 augustus, met een termijn van "
          "twaalf maanden. Na opzegging stroomt geen nieuw cohort meer in; leerlingen die al in de route zitten "
          "ronden haar bij partijen af. Een wijziging of aansluiting heeft geen nadelige gevolgen voor het "
          "programma van leerlingen die al in de route zitten."),

    ("p", "Aldus opgemaakt en ondertekend te Brunssum op 27 juni 2025."),
    ("sig", [["Stichting Katholiek Voortgezet Onderwijs Parkstad-Noord", "Stichting ROC Mijnstreek-Parkstad"],
             ["drs. F.J.M. Notermans, voorzitter college van bestuur",
              "ir. M.C. Schoonbrood-Habets, lid college van bestuur"]]),
]
register(
    342, "h342_vernieuwing_limburgse_inslag_brunssum_straatmaker", "docx", H342,
    "DOCX renewal replacing a 2021 agreement, Limburg flavour in the prose; Brunssum, bb Bouwen, wonen en "
    "interieur -> Straatmaker niveau 2 (BBL); funding transfer with amount but no purpose, medezeggenschap "
    "article left as template placeholder, disputes only 'in goed onderling overleg'.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "weak", "h": "weak", "i": "weak", "j": "present"},
    {"a": "Artikel 1. De route", "b": "Artikel 2. De leerbedrijven", "c": "Artikel 3. De routekern",
     "d": "Artikel 4. Verantwoording aan de besturen", "e": "Artikel 5. Inrichting",
     "f": "Artikel 6. Als het anders loopt",
     "j": "Artikel 10. Looptijd, nieuwe partners, wijziging en opzegging"},
    footer="Vernieuwde samenwerkingsovereenkomst Stein op Stein 2025\u20132029 | De Schacht \u2013 ROC Mijnstreek-Parkstad")

# ---------------------------------------------------------------- h343
# Geintegreerde route in plain 'wij' language; Markdown; Aa en Hunze; bb Produceren, installeren en
# energie -> Operator A niveau 2.
H343 = """
# Samenwerkingsovereenkomst geïntegreerde route Procestechniek Aa en Hunze

*Hunzeloop Vakcollege Gieten en ROC Drenthe Noord-Oost — vastgesteld 18 juni 2025*

**Wie tekenen:**

- Stichting Openbaar Voortgezet Onderwijs Aa en Hunze, Gieten, bevoegd gezag van het Hunzeloop
  Vakcollege (vmbo). Namens de stichting tekent mevrouw G. Huizing, directeur-bestuurder. Hieronder
  noemen we haar: **de school**.
- Stichting ROC Drenthe Noord-Oost, Assen, bevoegd gezag van ROC Drenthe Noord-Oost. Namens de
  stichting tekent de heer A.R. Lubbers, voorzitter van het college van bestuur. Hieronder noemen we
  hem: **het ROC**.

Samen spreken wij het volgende af.

## 1. Wat we samen aanbieden

Wij bieden samen een geïntegreerde route aan voor leerlingen van de basisberoepsgerichte leerweg met
het profiel **Produceren, installeren en energie**. De route leidt in vier jaar naar het mbo-diploma
**Operator A (niveau 2)**, kwalificatiedossier Procestechniek, opleidingsdomein **Techniek en
procesindustrie**. In deze route doen de leerlingen geen vmbo-eindexamen: ze werken vanaf leerjaar 3
van de school direct aan het mbo-programma. Een leerling gaat pas in de route als de school dat met de
leerling en de ouders heeft besproken en het ROC daarover is geraadpleegd.

## 2. Samen met de fabrieken uit de buurt

Wij werken samen met Zetmeelfabriek Hunzedal B.V. in Gasselternijveen, Zuivelfabriek Drentse Aa in
Gieten en de afvalwaterzuivering van Waterbedrijf Noord-Drenthe in Assen. Deze bedrijven hebben met
ons afgesproken dat zij:

- in routejaar 1 en 2 elk kwartaal een bedrijfsbezoek en een gastles van een operator verzorgen;
- in routejaar 3 en 4 bpv-plaatsen beschikbaar stellen, met een vaste werkbegeleider;
- met een eigen beoordelaar meedoen bij de praktijkexamens;
- elk voorjaar met ons om tafel gaan om het programma te bespreken en te zeggen welke vaardigheden
  in de fabrieken belangrijker worden.

## 3. Wie de route leidt

De route wordt geleid door twee routeleiders: de teamleider techniek van de school en de
opleidingsmanager procestechniek van het ROC. Het college van bestuur van het ROC benoemt de
opleidingsmanager als routeleider; de directeur-bestuurder van de school benoemt de teamleider.

De routeleiders:

- maken samen het rooster en het gezamenlijke onderwijsprogramma;
- besluiten welke leerlingen in de route worden toegelaten;
- verdelen de lessen over de docenten en de instructeur;
- mogen samen uitgaven doen tot € 2.000 per keer, binnen de begroting die de besturen vaststellen.

Over geld boven dat bedrag, over personeel en over deze afspraken beslissen de besturen zelf.

## 4. Hoe we de besturen op de hoogte houden

De routeleiders houden beide besturen op de hoogte van hoe het met de route gaat. Hoe en hoe vaak zij
dat doen, werken wij in het eerste jaar van de route verder uit in een apart protocol.

## 5. Hoe het onderwijs is ingericht

- **Waar:** routejaar 1 en 2 op het Hunzeloop Vakcollege in Gieten; vanaf routejaar 2 één dag per
  week in het Procestechnisch Leercentrum van het ROC in Assen. Routejaar 3 en 4 op het ROC en in de
  fabriek.
- **Programma en examens:** het programma, de toetsen, de examens en de bpv per leerjaar staan in
  één gezamenlijke onderwijs- en examenregeling. Er is geen vmbo-examen; de mbo-examens beginnen in
  routejaar 2.
- **Docenten:** de docenten PIE van de school en een instructeur procestechniek van het ROC vormen één
  team. De instructeur geeft vanaf routejaar 1 twee dagdelen per week les op de school. Voor het
  project "Van knol tot zetmeel" gebruiken we de teambevoegdheid. Iedereen blijft in dienst bij de
  eigen werkgever.
- **Ruimtes en spullen:** het ROC stelt de procestrainer, het laboratorium en de pompenopstelling in
  Assen beschikbaar; de school haar praktijklokaal PIE en de elektrotechniekhoek. Werkkleding en
  veiligheidsschoenen krijgen de leerlingen van het ROC.
- **Inschrijving:** in routejaar 1 en 2 staat de leerling ingeschreven op de school, vanaf routejaar 3
  op het ROC.

## 6. Als een leerling stopt met de route

Stopt een leerling met de geïntegreerde route, dan stroomt hij of zij automatisch door naar de
Entree-opleiding van het ROC in Assen. Zo kan de leerling toch een mbo-diploma halen. De routeleider
regelt de inschrijving.

## 7. Geld

De school betaalt het ROC per leerling in routejaar 1 en 2 een bedrag van € 900 per schooljaar
(overdracht van bekostiging, artikel 5.42a WVO 2020). Dat geld is voor de lessen van de instructeur
procestechniek op de school en het gebruik van de procestrainer in Assen. Verder betaalt ieder zijn
eigen kosten.

## 8. Als we het oneens zijn

1. Een meningsverschil over deze afspraken bespreken eerst de routeleiders.
2. Lukt dat niet binnen drie weken, dan gaat het naar de directeur-bestuurder van de school en een
   lid van het college van bestuur van het ROC.
3. Komen zij er binnen zes weken niet uit, dan vragen wij samen een onafhankelijke mediator om te
   helpen.
4. Helpt ook dat niet, dan kan ieder van ons naar de rechtbank Noord-Nederland.

## 9. Nieuwe partners, veranderen en stoppen

- **Nieuwe partner:** een andere vmbo-school of mbo-instelling kan meedoen als wij allebei
  schriftelijk ja zeggen en de nieuwe partner deze afspraken ondertekent. Meedoen kan vanaf
  1 augustus en wordt aan DUO gemeld.
- **Veranderen:** deze afspraken veranderen alleen als beide besturen de wijziging ondertekenen.
- **Stoppen:** ieder van ons kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een
  termijn van één jaar.
- **Leerlingen eerst:** wie al in de route zit, kan haar bij ons afmaken, ook als we stoppen of iets
  veranderen. Na een opzegging nemen we geen nieuwe leerlingen meer aan.

Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

Gieten, 18 juni 2025

| Voor de school | Voor het ROC |
|---|---|
| G. Huizing, directeur-bestuurder | A.R. Lubbers, voorzitter college van bestuur |
"""
register(
    343, "h343_geintegreerde_route_wij_taal_aa_en_hunze_operator", "md", H343,
    "Markdown geintegreerde route in plain 'wij' language; Aa en Hunze, bb Produceren, installeren en "
    "energie -> Operator A niveau 2; pupils who stop go automatically to Entree, reporting to the boards "
    "deferred to a later protocol, silent on medezeggenschap.",
    {"a": "present", "b": "present", "c": "present", "d": "weak", "e": "present",
     "f": "weak", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "1. Wat we samen aanbieden", "b": "2. Samen met de fabrieken uit de buurt",
     "c": "3. Wie de route leidt", "e": "5. Hoe het onderwijs is ingericht", "g": "7. Geld",
     "i": "8. Als we het oneens zijn", "j": "9. Nieuwe partners, veranderen en stoppen"})

# ---------------------------------------------------------------- h344
# Lawyer-style deed with capitalised defined terms and decimal leden, three parties (two vmbo schools and
# one ROC), model toetredingsverklaring as annex; PDF; Baronie (Breda region); kb/gl Media, vormgeving en
# ICT -> Mediavormgever niveau 4.
H344 = [
    ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE MEDIAVORMGEVER BARONIE"),
    ("subtitle", "tussen Liesbos Vakcollege, Gilzerbaan Mavo & Vakcollege en ROC Markstad"),
    ("h2", "DE ONDERGETEKENDEN:"),
    ("ol", [
        ("1.", "Stichting Katholiek Voortgezet Onderwijs Baronie, een stichting, statutair gevestigd te Breda, "
               "kantoorhoudende aan de Liesboslaan 40 te Prinsenbeek, bevoegd gezag van de school voor vmbo "
               "Liesbos Vakcollege, rechtsgeldig vertegenwoordigd door haar voorzitter college van bestuur, "
               "mr. drs. C.A.M. van Gils, hierna: \u201cLiesbos\u201d;"),
        ("2.", "Stichting Interconfessioneel Voortgezet Onderwijs Rijen-Gilze, een stichting, statutair "
               "gevestigd te Gilze en Rijen, bevoegd gezag van de school voor vmbo Gilzerbaan Mavo & "
               "Vakcollege, rechtsgeldig vertegenwoordigd door haar bestuurder, drs. H.W. Verschuren, "
               "hierna: \u201cGilzerbaan\u201d;"),
        ("3.", "Stichting Regionaal Opleidingencentrum Markstad, een stichting, statutair gevestigd te Breda, "
               "bevoegd gezag van ROC Markstad, rechtsgeldig vertegenwoordigd door de voorzitter van haar "
               "college van bestuur, ir. J.P.L. Oomen, hierna: \u201cMarkstad\u201d;"),
    ]),
    ("p", "Liesbos en Gilzerbaan hierna samen ook: de \u201cScholen\u201d en ieder afzonderlijk: een "
          "\u201cSchool\u201d; de Scholen en Markstad samen: \u201cPartijen\u201d."),
    ("h2", "NEMEN IN AANMERKING:"),
    ("ol", [
        ("A.", "Partijen wensen jongeren in de Baronie die voor een creatief beroep kiezen een ononderbroken "
                "route naar het middenkader te bieden;"),
        ("B.", "artikel 2.107b WVO 2020 en artikel 9.1.3 WEB eisen dat een doorlopende leerroute vmbo-mbo "
                "wordt verzorgd op grond van een samenwerkingsovereenkomst met een wettelijk bepaalde "
                "minimuminhoud;"),
        ("C.", "Partijen wensen \u00e9\u00e9n overeenkomst te sluiten, waarbij beide Scholen met Markstad "
                "samenwerken en onderling dezelfde afspraken gelden;"),
    ]),
    ("h2", "EN KOMEN OVEREEN ALS VOLGT:"),

    ("h1", "ARTIKEL 1 DEFINITIES"),
    ("p", "1.1 In deze Overeenkomst hebben de volgende met een hoofdletter geschreven begrippen de daarachter "
          "vermelde betekenis: Overeenkomst: deze samenwerkingsovereenkomst met bijlagen; Route: de "
          "doorlopende leerroute bedoeld in artikel 2; Routejaar: een van de vijf jaren van de Route; "
          "Regiegroep: het orgaan bedoeld in artikel 4; Besturen: de colleges van bestuur c.q. bestuurders "
          "van Partijen; Leerling: een leerling of student die de Route volgt; Routeplan: het gezamenlijke "
          "PTA/OER bedoeld in artikel 6.2."),

    ("h1", "ARTIKEL 2 ONDERWERP; DE ROUTE"),
    ("p", "2.1 Partijen verzorgen met ingang van 1 augustus 2025 gezamenlijk de Route: een doorlopende "
          "leerroute die aanvangt in de kaderberoepsgerichte leerweg of de gemengde leerweg met het profiel "
          "Media, vormgeving en ICT aan een van de Scholen en aansluit op de middenkaderopleiding "
          "Mediavormgever, niveau 4, opleidingsdomein Media en vormgeving, van Markstad, beroepsopleidende "
          "leerweg."),
    ("p", "2.2 De Route omvat vijf Routejaren: Routejaar 1 en 2 zijn leerjaar 3 en 4 van de School waar de "
          "Leerling staat ingeschreven; Routejaar 3 tot en met 5 zijn de studiejaren bij Markstad. Binnen het "
          "profiel kiest de Leerling in elk geval de keuzevakken Podium en Mediavormgeving (of bij Gilzerbaan: "
          "Interactieve vormgeving)."),

    ("h1", "ARTIKEL 3 BEROEPENVELD"),
    ("p", "3.1 Partijen betrekken het creatieve bedrijfsleven in de Baronie bij de Route via de "
          "Beroepenveldcommissie Media & Design van Markstad, waarin onder meer Ontwerpbureau Stadskade "
          "(Breda), drukkerij en communicatiebureau De Mark Media (Rijen) en het Breda\u2019s "
          "evenementenbureau Chass\u00e9 Events zitting hebben."),
    ("p", "3.2 De leden van de Beroepenveldcommissie: (a) stellen per schooljaar ten minste vier "
          "opdrachten uit hun eigen praktijk beschikbaar die Leerlingen in Routejaar 1 en 2 uitvoeren; "
          "(b) leveren vanaf Routejaar 3 bpv-plaatsen; (c) zijn met een vertegenwoordiger aanwezig bij de "
          "presentatie van de examenproducten en geven daarover een oordeel dat het examenbureau betrekt bij "
          "de beoordeling; (d) adviseren jaarlijks in maart over het Routeplan en de keuzedelen. De "
          "Regiegroep legt schriftelijk vast hoe zij dat advies heeft verwerkt."),

    ("h1", "ARTIKEL 4 REGIEGROEP"),
    ("p", "4.1 De leiding over de Route berust bij de Regiegroep. De Regiegroep bestaat uit: de teamleider "
          "bovenbouw van Liesbos; de teamleider bovenbouw van Gilzerbaan; de opleidingsmanager Media & Design "
          "van Markstad, die de Regiegroep voorzit; en de Routeco\u00f6rdinator."),
    ("p", "4.2 Ieder Bestuur wijst zijn eigen lid of leden van de Regiegroep schriftelijk aan en kan die "
          "aanwijzing intrekken. De Routeco\u00f6rdinator wordt door de drie Besturen gezamenlijk benoemd, op "
          "voordracht van de overige leden van de Regiegroep, voor een periode van drie jaar."),
    ("p", "4.3 De Besturen dragen aan de Regiegroep op: (a) het vaststellen van het jaarrooster en de "
          "verdeling van de lesuren over de locaties; (b) het opstellen van het Routeplan, dat door ieder "
          "Bestuur voor zijn deel wordt vastgesteld; (c) het beslissen over toelating tot de Route; (d) het "
          "toewijzen van docenten aan de Route binnen de door de Besturen beschikbaar gestelde uren; (e) de "
          "contacten met de Beroepenveldcommissie. De Regiegroep is niet bevoegd Partijen financieel te "
          "verbinden, en besluiten over de formatie of over deze Overeenkomst blijven aan de Besturen."),

    ("h1", "ARTIKEL 5 INFORMATIE EN VERANTWOORDING"),
    ("p", "5.1 De Regiegroep verschaft de Besturen twee maal per jaar, uiterlijk 1 maart en 1 oktober, een "
          "schriftelijke rapportage over de voortgang van de Route, met per cohort de instroom, de doorstroom, "
          "de uitval en de examenresultaten, en de opvolging van de adviezen van de Beroepenveldcommissie."),
    ("p", "5.2 Jaarlijks in oktober legt de Regiegroep in een bijeenkomst met de drie Besturen verantwoording "
          "af over het afgelopen schooljaar. Ieder Bestuur kan tussentijds om nadere inlichtingen verzoeken; "
          "de Regiegroep verstrekt die binnen vier weken aan alle Besturen."),

    ("h1", "ARTIKEL 6 INRICHTING VAN DE ROUTE"),
    ("p", "6.1 Routejaar 1 en 2 worden verzorgd op de locatie van de School waar de Leerling staat "
          "ingeschreven; in Routejaar 2 volgen de Leerlingen van beide Scholen op vrijdag gezamenlijk les in "
          "de mediawerkplaats van Markstad aan de Claudius Prinsenlaan te Breda. Routejaar 3 tot en met 5 "
          "worden verzorgd door Markstad."),
    ("p", "6.2 Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
          "Routejaar in het Routeplan, dat uiterlijk 1 oktober voorafgaand aan het schooljaar wordt "
          "vastgesteld. Het centraal examen vmbo wordt afgenomen in Routejaar 2."),
    ("p", "6.3 Personeel. De docenten beeldende vorming en MVI van de Scholen en de docenten mediavormgeving "
          "van Markstad vormen \u00e9\u00e9n routeteam. Twee docenten van Markstad verzorgen in Routejaar 1 en 2 "
          "elk vier lesuren per week op de Scholen; een docent Nederlands van Liesbos verzorgt in Routejaar 3 "
          "het taalonderwijs bij Markstad. Voor het vakoverstijgende onderdeel \u2018Campagne\u2019 wordt "
          "teambevoegdheid toegepast. Iedere docent blijft in dienst van zijn eigen werkgever."),
    ("p", "6.4 Faciliteiten. Markstad stelt haar mediawerkplaats, fotostudio en licenties voor "
          "vormgevingssoftware ter beschikking aan Leerlingen van beide Scholen; de Scholen stellen hun "
          "MVI-lokalen en hun podiumruimte beschikbaar voor gezamenlijke projecten. Partijen dragen geen "
          "huur aan elkaar af."),
    ("p", "6.5 Inschrijving en klachten. De Leerling staat in Routejaar 1 en 2 ingeschreven bij zijn "
          "School en vanaf Routejaar 3 bij Markstad. De klachtenregeling van iedere Partij geldt mede voor "
          "gedragingen van medewerkers van de andere Partijen in het kader van de Route."),

    ("h1", "ARTIKEL 7 OVERSTAPOPTIE"),
    ("p", "7.1 Indien de deelname van een Leerling aan de Route eindigt voordat hij haar met goed gevolg "
          "heeft doorlopen, stellen de betrokken School en Markstad gezamenlijk, na overleg met de Leerling en "
          "zijn ouders, vast welk alternatief passend is, gelet op het door de Leerling bereikte "
          "onderwijsniveau en zijn leeftijd. Dat alternatief leidt tot een vmbo-diploma of een mbo-diploma."),
    ("p", "7.2 Als kader geldt: (a) in Routejaar 1 en 2 kan de Leerling bij zijn School de kader- of gemengde "
          "leerweg regulier afronden; (b) heeft de Leerling aan het eind van Routejaar 3 geen vmbo-diploma, "
          "dan kan hij het examen herkansen bij zijn School en intussen bij Markstad verder studeren, of "
          "overstappen naar de vakopleiding Medewerker ICT of Allround medewerker AV-productie (niveau 3) van "
          "Markstad; (c) bij een andere studiekeuze in de mbo-fase kan de Leerling overstappen naar een "
          "andere opleiding van Markstad op niveau 3 of 4, zonder dat vooropleidingseisen worden gesteld; "
          "(d) een overstap naar een andere instelling wordt door Markstad begeleid, waarbij die instelling "
          "een geschiktheidsonderzoek kan verrichten."),
    ("p", "7.3 De nadere uitwerking staat in de schoolgidsen van de Scholen en de studiegids van Markstad."),

    ("h1", "ARTIKEL 8 FINANCI\u00cbN"),
    ("p", "8.1 Tussen Partijen vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO "
          "2020 of artikel 9.1.15 WEB. De wederzijdse inzet van docenten (artikel 6.3) wordt in uren tegen "
          "elkaar weggestreept; een eventueel saldo wordt in het volgende schooljaar in uren gecompenseerd. "
          "Iedere Partij draagt haar eigen kosten."),

    ("h1", "ARTIKEL 9 MEDEZEGGENSCHAP"),
    ("p", "9.1 Partijen stellen een Routeklankbordgroep in, bestaande uit \u00e9\u00e9n leerling en \u00e9\u00e9n "
          "ouder van iedere School, twee studenten van Markstad en een lid van de personeelsgeleding van "
          "iedere medezeggenschapsraad. De klankbordgroep komt ten minste twee keer per schooljaar bijeen."),
    ("p", "9.2 Voordat een Bestuur een voorgenomen besluit over de Route voorlegt aan zijn eigen "
          "medezeggenschapsorgaan (de medezeggenschapsraad van de School, respectievelijk de studentenraad en "
          "de ondernemingsraad van Markstad), wint de Regiegroep het oordeel van de Routeklankbordgroep in en "
          "voegt dat bij het voorstel. De wettelijke bevoegdheden van de medezeggenschapsorganen blijven "
          "onverlet."),

    ("h1", "ARTIKEL 10 GESCHILLEN"),
    ("p", "10.1 Geschillen tussen Partijen over de uitvoering van deze Overeenkomst worden eerst voorgelegd "
          "aan de Regiegroep en, indien zij niet binnen vier weken zijn opgelost, aan de voltallige Besturen."),
    ("p", "10.2 Indien de Besturen het geschil niet binnen acht weken hebben opgelost, wordt het voorgelegd aan "
          "een geschillencommissie van drie leden, waarvan de voorzitter door Partijen gezamenlijk wordt "
          "gekozen en die binnen acht weken een bindend advies uitbrengt."),
    ("p", "10.3 Voor zover een geschil zich niet voor bindend advies leent, is uitsluitend de bevoegde rechter "
          "van de rechtbank Zeeland-West-Brabant, locatie Breda, bevoegd."),

    ("h1", "ARTIKEL 11 TOETREDING"),
    ("p", "11.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze "
          "Overeenkomst toetreden indien alle Partijen daarmee schriftelijk instemmen en het bevoegd gezag "
          "van de toetredende partij een toetredingsverklaring overeenkomstig Bijlage 2 ondertekent. De "
          "toetreding gaat in op 1 augustus volgend op de ondertekening; de melding aan DUO wordt gezamenlijk "
          "gedaan. Een toetreding heeft geen invloed op het Routeplan van de lopende cohorten."),

    ("h1", "ARTIKEL 12 DUUR, WIJZIGING, OPZEGGING EN ONTBINDING"),
    ("p", "12.1 Deze Overeenkomst wordt aangegaan voor onbepaalde tijd, met ingang van 1 augustus 2025."),
    ("p", "12.2 Wijziging van deze Overeenkomst geschiedt uitsluitend schriftelijk en met instemming van alle "
          "Partijen. Wijzigingen die de positie van Leerlingen raken, gelden niet voor lopende cohorten tenzij "
          "zij voor de Leerlingen gunstig zijn."),
    ("p", "12.3 Iedere Partij kan haar deelname aan deze Overeenkomst schriftelijk opzeggen per 1 augustus, "
          "met een opzegtermijn van ten minste \u00e9\u00e9n jaar. Zegt een School op, dan blijft de "
          "Overeenkomst tussen de overige Partijen van kracht."),
    ("p", "12.4 Iedere Partij kan de Overeenkomst ontbinden indien een andere Partij, na schriftelijke "
          "ingebrekestelling met een hersteltermijn van twee maanden, tekortschiet in de nakoming van "
          "wezenlijke verplichtingen."),
    ("p", "12.5 Bij opzegging of ontbinding zorgen Partijen ervoor dat de gevolgen voor de Leerlingen zoveel "
          "mogelijk worden beperkt: Leerlingen die de Route zijn begonnen, ronden haar af onder de "
          "voorwaarden van het Routeplan waaronder zij zijn begonnen, en er worden geen nieuwe Leerlingen "
          "meer toegelaten van de School die haar deelname heeft be\u00ebindigd."),

    ("h1", "ARTIKEL 13 SLOTBEPALINGEN"),
    ("p", "13.1 Partijen melden de Route gezamenlijk aan de minister via RIO. 13.2 Op deze Overeenkomst is "
          "Nederlands recht van toepassing. 13.3 Bijlagen: 1. Routeplan 2025-2026 (PTA/OER); 2. Model "
          "toetredingsverklaring."),
    ("p", "Aldus overeengekomen en in drievoud getekend te Breda op 30 juni 2025."),
    ("sig", [["Stichting Katholiek Voortgezet Onderwijs Baronie", "Stichting Interconfessioneel Voortgezet "
              "Onderwijs Rijen-Gilze", "Stichting Regionaal Opleidingencentrum Markstad"],
             ["mr. drs. C.A.M. van Gils", "drs. H.W. Verschuren", "ir. J.P.L. Oomen"]]),
    ("pb",),
    ("h1", "BIJLAGE 2 \u2013 MODEL TOETREDINGSVERKLARING"),
    ("p", "De ondergetekende, [naam stichting], bevoegd gezag van [naam school of instelling], verklaart toe "
          "te treden tot de Samenwerkingsovereenkomst doorlopende leerroute Mediavormgever Baronie van "
          "30 juni 2025 en alle daaruit voortvloeiende rechten en verplichtingen te aanvaarden met ingang van "
          "1 augustus [jaar]."),
    ("p", "Plaats en datum: [\u2026]          Handtekening: [\u2026]"),
    ("p", "Voor instemming, namens Partijen: [handtekeningen Liesbos, Gilzerbaan en Markstad]"),
]
register(
    344, "h344_akte_drie_partijen_bijlage_toetreding_baronie_mediavormgever", "pdf", H344,
    "Lawyer-style PDF with defined capitalised terms and decimal leden, three parties (two vmbo schools and "
    "a ROC) and a model toetredingsverklaring annex; Baronie, kb/gl Media, vormgeving en ICT -> "
    "Mediavormgever niveau 4; fully compliant, explicit no funding transfer.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "ARTIKEL 2 ONDERWERP; DE ROUTE", "b": "ARTIKEL 3 BEROEPENVELD", "c": "ARTIKEL 4 REGIEGROEP",
     "d": "ARTIKEL 5 INFORMATIE EN VERANTWOORDING", "e": "ARTIKEL 6 INRICHTING VAN DE ROUTE",
     "f": "ARTIKEL 7 OVERSTAPOPTIE", "g": "ARTIKEL 8 FINANCI\u00cbN", "h": "ARTIKEL 9 MEDEZEGGENSCHAP",
     "i": "ARTIKEL 10 GESCHILLEN", "j": "ARTIKEL 12 DUUR, WIJZIGING, OPZEGGING EN ONTBINDING"},
    footer="Samenwerkingsovereenkomst DLR Mediavormgever Baronie | Liesbos \u2013 Gilzerbaan \u2013 Markstad")

# ================================================================ MAIN
def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv if a.isdigit()]
    for num in sorted(AGREEMENTS):
        if nums and num not in nums and (num % 100) not in nums:
            continue
        build(num)


if __name__ == "__main__":
    main(sys.argv[1:])
