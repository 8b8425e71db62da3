#!/usr/bin/env python3
"""Build training samples 165-172 (batch 11b) for leerroute-check.

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at checker code, models, tests, benchmarks or
the texts/build scripts of other samples.

Theme of the batch: extremes of density. Three very dense agreements (one to two pages, each item
in one or two committing sentences, no headings or one-word headings), two long agreements in
which the arrangements for one item are spread over several articles and an annex, one agreement
that cites the statute's article numbers in its headings, one agreement for two routes with shared
arrangements, and one "wij"-agreement written by the director of a small vmbo with a vakinstelling.
Five are fully compliant with the core elements written in the author's own words; three carry
one to three subtle defects (see each sample's description).

Usage:
    python3 build_samples_train11b.py            build all samples
    python3 build_samples_train11b.py 165 170    build only those numbers
    python3 build_samples_train11b.py --check    open every produced file and verify it
"""

import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)

SAMPLES = []  # filled below: dicts with num, name, fmt, description, statuses, evidence, blocks


def sample(num, name, fmt, description, statuses, evidence, blocks, **opts):
    assert 165 <= num <= 172
    assert name.startswith("%d_" % num)
    assert set(statuses) == set("abcdefghij")
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    SAMPLES.append(dict(num=num, name=name, fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, blocks=blocks, opts=opts))


def st(code):
    """'p p w ...' -> statuses dict a..j."""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = code.split()
    assert len(parts) == 10
    return {k: m[v] for k, v in zip("abcdefghij", parts)}


# ----------------------------------------------------------------------------------------------
# Block model.  ("title", t) ("sub", t) ("h", t) ("h2", t) ("p", t) ("li", t) ("np", label, t)
# ("sig", [left lines], [right lines]) ("pb",) ("table", [rows], header_bool)
# ----------------------------------------------------------------------------------------------

def render_text(blocks, md=False):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            if md:
                out.append("# " + b[1])
            else:
                out.append(b[1].upper())
                out.append("=" * min(len(b[1]), 90))
        elif kind == "sub":
            out.append(("*%s*" % b[1]) if md else b[1])
        elif kind == "h":
            if md:
                out.append("## " + b[1])
            else:
                out.append(b[1])
                out.append("-" * min(len(b[1]), 90))
        elif kind == "h2":
            out.append(("### " + b[1]) if md else b[1])
        elif kind == "p":
            out.append(b[1])
        elif kind == "li":
            out.append("- " + b[1])
        elif kind == "np":
            out.append("%s %s" % (b[1], b[2]))
        elif kind == "sig":
            left, right = b[1], b[2]
            if md:
                out.append("| %s | %s |" % (left[0], right[0]))
                out.append("|---|---|")
                for l, r in zip(left[1:], right[1:]):
                    out.append("| %s | %s |" % (l, r))
            else:
                w = max(len(x) for x in left) + 4
                for l, r in zip(left, right):
                    out.append(l.ljust(w) + r)
        elif kind == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                for r in rows[1:]:
                    out.append("| " + " | ".join(r) + " |")
            else:
                for r in rows:
                    out.append(" | ".join(r))
        elif kind == "pb":
            continue
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(blocks, path, opts):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)
    from reportlab.lib import colors

    size = opts.get("font_size", 10)
    font = opts.get("font", "Helvetica")
    bold = opts.get("bold", "Helvetica-Bold")
    lead = size * 1.3
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.5,
                          alignment=TA_JUSTIFY if opts.get("justify") else 0)
    title = ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                           alignment=TA_CENTER, spaceAfter=size * 0.6)
    sub = ParagraphStyle("sub", fontName=font, fontSize=size, leading=lead, alignment=TA_CENTER,
                         spaceAfter=size)
    h = ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                       spaceBefore=size * 0.8, spaceAfter=size * 0.3, keepWithNext=1)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead,
                        spaceBefore=size * 0.4, spaceAfter=size * 0.2, keepWithNext=1)
    li = ParagraphStyle("li", parent=body, leftIndent=5 * mm, bulletIndent=1 * mm)
    npst = ParagraphStyle("np", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm)
    cell = ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25)
    cellb = ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25)

    story = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(esc(b[1]), title))
        elif kind == "sub":
            story.append(Paragraph(esc(b[1]), sub))
        elif kind == "h":
            story.append(Paragraph(esc(b[1]), h))
        elif kind == "h2":
            story.append(Paragraph(esc(b[1]), h2))
        elif kind == "p":
            story.append(Paragraph(esc(b[1]), body))
        elif kind == "li":
            story.append(Paragraph(esc(b[1]), li, bulletText="\u2022"))
        elif kind == "np":
            story.append(Paragraph("%s&nbsp;&nbsp;%s" % (esc(b[1]), esc(b[2])), npst))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sig":
            left, right = b[1], b[2]
            data = [[Paragraph(esc(l), cell), Paragraph(esc(r), cell)] for l, r in zip(left, right)]
            t = Table(data, colWidths=[80 * mm, 80 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, size))
            story.append(t)
        elif kind == "table":
            rows = b[1]
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(esc(c), cellb if i == 0 else cell) for c in r])
            widths = opts.get("col_widths")
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
            story.append(t)
            story.append(Spacer(1, size * 0.6))

    footer = opts.get("footer")

    def on_page(canvas, doc):
        if footer:
            canvas.saveState()
            canvas.setFont(font, 7.5)
            canvas.drawString(20 * mm, 10 * mm, footer)
            canvas.drawRightString(190 * mm, 10 * mm, "pagina %d" % doc.page)
            canvas.restoreState()

    margin = opts.get("margin", 20) * mm
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, invariant=1,
                            title=opts.get("pdf_title", ""), author=opts.get("pdf_author", ""),
                            creator="build_samples_train11b", producer="ReportLab")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_docx(blocks, path, opts):
    import datetime
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from docx.shared import Cm
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    mg = Cm(opts.get("docx_margin_cm", 2.5))
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = mg
    for sname in ("Title", "Heading 1", "Heading 2"):
        d.styles[sname].font.name = opts.get("docx_font", "Arial")
    normal = d.styles["Normal"]
    normal.font.name = opts.get("docx_font", "Arial")
    normal.font.size = Pt(opts.get("docx_size", 11))
    cp = d.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = opts.get("docx_author", "")
    cp.last_modified_by = opts.get("docx_author", "")
    cp.title = opts.get("pdf_title", "")
    cp.revision = 1

    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "sub":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            if opts.get("bold_headings"):
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
            else:
                d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "np":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Pt(22)
            p.paragraph_format.first_line_indent = Pt(-22)
            r = p.add_run(b[1] + "\t")
            r.bold = bool(opts.get("bold_labels"))
            p.add_run(b[2])
        elif kind == "pb":
            d.add_page_break()
        elif kind == "sig":
            left, right = b[1], b[2]
            t = d.add_table(rows=len(left), cols=2)
            for i, (l, r) in enumerate(zip(left, right)):
                t.cell(i, 0).text = l
                t.cell(i, 1).text = r
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")

    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def file_name(s):
    return "%s.%s" % (s["name"], s["fmt"])


def expected(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(s):
    path = os.path.join(HERE, file_name(s))
    if s["fmt"] == "pdf":
        render_pdf(s["blocks"], path, s["opts"])
    elif s["fmt"] == "docx":
        render_docx(s["blocks"], path, s["opts"])
    elif s["fmt"] in ("txt", "md"):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(render_text(s["blocks"], md=(s["fmt"] == "md")))
    else:
        raise ValueError(s["fmt"])
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(expected(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", file_name(s))


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        texts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            texts.append(tp.get_text_range())
        n = len(pdf)
        pdf.close()
        return "\n".join(texts), n
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u00ad", "")).strip()


def check(selected):
    ok = True
    for s in selected:
        path = os.path.join(HERE, file_name(s))
        if not os.path.exists(path):
            print("MISSING FILE", path)
            ok = False
            continue
        size = os.path.getsize(path)
        if size >= 200 * 1024:
            print("TOO BIG", path, size)
            ok = False
        text, pages = extract(path)
        nt = norm(text)
        for k, ev in s["evidence"].items():
            for alt in ev.split(";"):
                alt = norm(alt)
                if alt and alt not in nt:
                    print("EVIDENCE NOT FOUND", s["name"], k, repr(alt))
                    ok = False
        with open(os.path.join(HERE, s["name"] + ".expected.json"), encoding="utf-8") as f:
            if json.load(f) != expected(s):
                print("EXPECTED JSON DIFFERS", s["name"])
                ok = False
        words = len(nt.split())
        print("ok " if ok else "?? ", file_name(s), "%d bytes" % size,
              ("%d pages" % pages) if pages else "", "%d words" % words)
    return ok


# ==============================================================================================
# 165  very dense, no headings at all, TXT  (Drechtsteden, maritiem)  -- compliant
# ==============================================================================================

sample(
    165, "165_zeer_dicht_zonder_koppen_maritiem", "txt",
    "Very dense plain-text agreement without any headings or numbering: each item is one or two "
    "committing sentences in a single paragraph. Drechtsteden, Maritiem en techniek kb -> Schipper "
    "binnenvaart 3. Leiding (duo, aanwijzing, mandate) in one sentence; explicitly no transfer of "
    "bekostiging; nothing on medezeggenschap; bindend advies. Fully compliant.",
    st("p p p p p p p na p p"),
    {"a": "Partijen bieden vanaf leerjaar 3",
     "b": "Zeven binnenvaartrederijen en sleepdiensten",
     "c": "De dagelijkse leiding ligt bij een routeduo",
     "d": "Uiterlijk 1 oktober van elk jaar",
     "e": "Routejaar 1 en 2 worden verzorgd",
     "f": "Wie de route niet afmaakt",
     "g": "Geen van beide partijen draagt bekostiging",
     "i": "Verschillen van inzicht over de uitvoering",
     "j": "Een andere vmbo-school of mbo-instelling kan toetreden"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Maritiem en techniek – Schipper binnenvaart"),
        ("p", "Stichting Openbaar Voortgezet Onderwijs Drechtsteden te Papendrecht, bevoegd gezag van "
              "het Rivierlandcollege, school voor vmbo, vertegenwoordigd door mevrouw drs. E.M. "
              "Verhoef, voorzitter van het college van bestuur (hierna: de school), en Stichting "
              "Regionaal Opleidingencentrum Merwestroom te Dordrecht, vertegenwoordigd door de heer "
              "ir. J.A. Kortleve, voorzitter van het college van bestuur (hierna: het ROC), leggen "
              "hieronder vast wat zij over hun doorlopende leerroute afspreken; iedere zin bindt "
              "beide partijen."),
        ("p", "Partijen bieden vanaf leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Maritiem "
              "en techniek, één ononderbroken route aan die in vier jaar leidt tot het vmbo-diploma "
              "van de school en het diploma Schipper binnenvaart, niveau 3 (bol), in het "
              "opleidingsdomein Transport, scheepvaart en logistiek van het ROC; in de eerste twee "
              "routejaren staan de leerlingen ingeschreven bij de school, in de laatste twee bij het "
              "ROC, en beide partijen melden de route samen aan bij DUO."),
        ("p", "Zeven binnenvaartrederijen en sleepdiensten uit Dordrecht, Zwijndrecht en Alblasserdam, "
              "verenigd in het Maritiem Leerbedrijvennetwerk Drechtsteden, stellen vanaf het tweede "
              "routejaar de varende stageplaatsen beschikbaar, toetsen elk voorjaar op een "
              "werkveldavond het lesprogramma en nemen als tweede beoordelaar deel aan de "
              "praktijkexamens aan boord."),
        ("p", "De dagelijkse leiding ligt bij een routeduo, te weten de afdelingsleider bovenbouw van "
              "de school en de teamleider maritiem van het ROC, die elk door het eigen college van "
              "bestuur voor drie schooljaren worden aangewezen; het duo stelt rooster, groepsindeling "
              "en docentinzet vast, beslist over plaatsing van leerlingen in de route en mag binnen "
              "de goedgekeurde routebegroting uitgaven doen tot € 10.000 per keer, terwijl de "
              "begroting, het PTA/OER en benoemingen van personeel aan de besturen voorbehouden "
              "blijven."),
        ("p", "Uiterlijk 1 oktober van elk jaar stuurt het duo beide colleges van bestuur een "
              "schriftelijk jaarverslag over instroom, doorstroom, uitval, examenuitslagen en "
              "uitgaven, dat het in februari mondeling toelicht in het bestuurlijk overleg van beide "
              "voorzitters; wat tussentijds de route raakt, meldt het duo binnen een week aan beide "
              "besturen."),
        ("p", "Routejaar 1 en 2 worden verzorgd in het gebouw van de school en op de maritieme campus "
              "van het ROC aan de Zeehavenweg, routejaar 3 en 4 geheel op die campus; de leerlingen "
              "gebruiken vanaf het begin de vaarsimulator, het lesschip Merwede IV en de "
              "motorenwerkplaats van het ROC, de docenten van beide partijen vormen één team dat met "
              "gebruikmaking van de teambevoegdheid ook in elkaars programmaonderdelen lesgeeft, en "
              "het door beide besturen vastgestelde PTA/OER geeft per routejaar aan welke vmbo- en "
              "mbo-onderdelen worden gegeven en geëxamineerd."),
        ("p", "Wie de route niet afmaakt, houdt uitzicht op een diploma: tot en met routejaar 2 rondt "
              "de leerling het gewone kaderprogramma Maritiem en techniek of een ander profiel van de "
              "school af, en wie later stopt of na routejaar 3 nog geen vmbo-diploma heeft, stroomt "
              "zonder vooropleidingseisen door naar een andere opleiding op niveau 3 in de techniek "
              "of logistiek van het ROC of doubleert om het vmbo-diploma alsnog te halen; school en "
              "ROC kiezen dat alternatief samen, na een gesprek met leerling en ouders, uitgaande van "
              "wat de leerling al heeft behaald en van zijn leeftijd."),
        ("p", "Geen van beide partijen draagt bekostiging aan de ander over; ieder betaalt de eigen "
              "kosten, ook die van het gebruik van elkaars ruimten en materiaal."),
        ("p", "Verschillen van inzicht over de uitvoering gaan eerst naar het routeduo en daarna naar "
              "beide bestuursvoorzitters; is er zes weken later geen oplossing, dan vragen de "
              "besturen bindend advies aan een onafhankelijke deskundige die zij samen kiezen en "
              "wier uitspraak zij beiden volgen."),
        ("p", "Een andere vmbo-school of mbo-instelling kan toetreden als beide besturen daar "
              "schriftelijk mee instemmen en de toetreder deze tekst onverkort aanvaardt; iedere "
              "partij kan met een termijn van twaalf maanden opzeggen tegen 1 augustus, en een "
              "wijziging geldt pas als beide besturen haar hebben ondertekend. Leerlingen die vóór "
              "een opzegging of wijziging aan de route zijn begonnen, maken haar af op de voorwaarden "
              "van hun instroomjaar, en na een opzegging neemt de route geen nieuwe leerlingen meer "
              "op."),
        ("p", "Deze overeenkomst geldt voor onbepaalde tijd vanaf 1 augustus 2025."),
        ("p", "Dordrecht, 30 juni 2025"),
        ("sig", ["Stichting Openbaar Voortgezet Onderwijs Drechtsteden",
                 "drs. E.M. Verhoef, voorzitter college van bestuur"],
                ["Stichting Regionaal Opleidingencentrum Merwestroom",
                 "ir. J.A. Kortleve, voorzitter college van bestuur"]),
    ])


# ==============================================================================================
# 166  very dense, one-word headings, PDF  (Zuid-Kennemerland, horeca)  -- defective: c, i
# ==============================================================================================

sample(
    166, "166_zeer_dicht_eenwoordkoppen_horeca", "pdf",
    "Very dense PDF (under two pages) with one-word headings (Route, Werkveld, Leiding, ...), each "
    "item in one or two sentences. Zuid-Kennemerland, HBR kb -> Zelfstandig werkend kok 3. Defects: "
    "the routeteam's composition (three persons, one school, two ROC) and mandate are there but "
    "nothing says who appoints or designates them (c weak); 'Geschillen' "
    "only 'in goed onderling overleg' (i weak). € 650 per pupil with bestemming; a pupil seat in "
    "the studentenraad.",
    st("p p w p p p p p w p"),
    {"a": "Route", "b": "Werkveld", "d": "Verantwoording", "e": "Inrichting", "f": "Overstap",
     "g": "Bekostiging", "h": "Medezeggenschap", "j": "Looptijd"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute HBR – Zelfstandig werkend kok"),
        ("sub", "Duinzoom College  |  ROC Spaarne-Kennemerland"),
        ("h", "Partijen"),
        ("p", "Stichting Voortgezet Onderwijs Kennemerkust, bevoegd gezag van het Duinzoom College "
              "(vmbo) te Haarlem, en Stichting ROC Spaarne-Kennemerland, bevoegd gezag van het Horeca "
              "& Gastvrijheid College te Haarlem, elk vertegenwoordigd door de voorzitter van het "
              "college van bestuur, komen het volgende overeen."),
        ("h", "Route"),
        ("p", "Leerlingen van de kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, "
              "volgen vanaf vmbo-leerjaar 3 een ononderbroken programma dat in vier jaar leidt tot het "
              "vmbo-diploma en tot het mbo-diploma Zelfstandig werkend kok, niveau 3 (bol, "
              "opleidingsdomein Horeca en bakkerij); partijen melden de route samen aan."),
        ("h", "Werkveld"),
        ("p", "Zes erkende leerbedrijven uit Haarlem, Bloemendaal en Zandvoort, waaronder "
              "Strandpaviljoen Noordpier, Grand Café De Waag en Hotel Kennemerduin, bieden vanaf "
              "routejaar 2 de bpv-plaatsen, verzorgen ieder semester een masterclass in de "
              "schoolkeuken en beoordelen als gecommitteerde mee bij de proeve van bekwaamheid."),
        ("h", "Leiding"),
        ("p", "Een routeteam van drie personen, één uit de horecasectie van de school en twee uit "
              "het ROC, onder wie iemand met ervaring in de bpv, voert de leiding. Het stelt rooster, "
              "groepsgrootte en docentinzet vast, plant de bpv en beslist over uitgaven uit het "
              "routebudget tot € 15.000 per schooljaar; personele benoemingen en de jaarbegroting "
              "blijven bij de besturen."),
        ("h", "Verantwoording"),
        ("p", "In januari en in juni stuurt het routeteam beide colleges van bestuur een rapportage "
              "over aanmeldingen, uitval, examenresultaten en routebudget, die het toelicht in het "
              "eerstvolgende bestuurlijk overleg."),
        ("h", "Inrichting"),
        ("p", "Routejaar 1 en 2 vinden plaats in de praktijkkeuken van de school, routejaar 3 en 4 in "
              "leerrestaurant Het Spaarne van het ROC; koks van het ROC geven vanaf routejaar 1 les "
              "in de schoolkeuken en leerlingen gebruiken vanaf routejaar 2 de bakkerij en het "
              "leerrestaurant van het ROC. Docenten van beide kanten werken als één team onder de "
              "teambevoegdheid, en het gezamenlijke PTA/OER legt per routejaar de onderdelen en "
              "examens vast."),
        ("h", "Overstap"),
        ("p", "Verlaat een leerling de route in routejaar 1 of 2, dan rondt hij het gewone "
              "kaderprogramma HBR van de school af; wie later uitvalt of na routejaar 3 geen "
              "vmbo-diploma heeft, gaat zonder vooropleidingseisen verder in een andere opleiding op "
              "niveau 3 in horeca, bakkerij of facilitaire dienstverlening van het ROC, of doubleert "
              "voor het vmbo-diploma. School en ROC kiezen het alternatief samen met leerling en "
              "ouders, passend bij het bereikte niveau en de leeftijd."),
        ("h", "Bekostiging"),
        ("p", "De school draagt voor iedere leerling in routejaar 2 € 650 over aan het ROC als "
              "vergoeding voor de lessen van ROC-koks en het gebruik van bakkerij en leerrestaurant; "
              "verder blijft de bekostiging bij de partij die haar ontvangt."),
        ("h", "Medezeggenschap"),
        ("p", "De leerlingen van routejaar 2 kiezen uit hun midden een lid dat met spreekrecht "
              "deelneemt aan de studentenraad van het ROC; de MR van de school en de studentenraad "
              "ontvangen beide de routerapportages."),
        ("h", "Geschillen"),
        ("p", "Meningsverschillen over de uitvoering van deze overeenkomst lossen partijen in goed "
              "onderling overleg op."),
        ("h", "Looptijd"),
        ("p", "Deze overeenkomst geldt vijf schooljaren vanaf 1 augustus 2025 en wordt daarna telkens "
              "met drie jaar verlengd; opzeggen kan schriftelijk met een termijn van een jaar tegen "
              "1 augustus. Een andere school of instelling treedt toe als beide besturen schriftelijk "
              "instemmen en zij deze tekst onderschrijft, en iedere wijziging wordt schriftelijk door "
              "beide besturen vastgesteld. Leerlingen die al in de route zitten, ronden haar in alle "
              "gevallen af volgens het PTA/OER van hun instroomjaar."),
        ("p", "Haarlem, 30 juni 2025"),
        ("sig", ["Stichting Voortgezet Onderwijs Kennemerkust", "M.C. de Wit-Brouwer, voorzitter CvB"],
                ["Stichting ROC Spaarne-Kennemerland", "drs. R. Oudshoorn, voorzitter CvB"]),
    ],
    font_size=9.5, margin=18, pdf_title="SOK DLR HBR - Zelfstandig werkend kok")


# ==============================================================================================
# 167  very dense, numbered clauses with lead-in words, nominal style, DOCX  (Twente, ICT)
#      -- compliant, medezeggenschap silent (h not_applicable)
# ==============================================================================================

sample(
    167, "167_zeer_dicht_nominale_stijl_ict", "docx",
    "Very dense DOCX (about one and a half pages) in clipped nominal style: eleven numbered clauses "
    "without headings, each opening with a lead-in word ('Voorwerp:', 'Aansturing:', 'Uitstap:'). "
    "Twente, MVI gl -> Software developer 4. The leiding's samenstelling, aanwijzing and mandate are "
    "compressed into one clause; 8 % of the rijksbijdrage for routejaar 3 goes to the school for "
    "named staff; mediation then Rechtbank Overijssel. No text on medezeggenschap. Fully compliant.",
    st("p p p p p p p na p p"),
    {"a": "Voorwerp: gezamenlijke verzorging",
     "b": "Werkveldinbreng via de Stichting ICT Werkplaats Twente",
     "c": "Aansturing: één routeleider",
     "d": "Informatie en verantwoording: per kwartaal",
     "e": "Onderwijs en organisatie:",
     "f": "Uitstap:",
     "g": "Bekostiging: overdracht door het ROC",
     "i": "Geschillen: trapsgewijze behandeling",
     "j": "Toetreding, opzegging, wijziging:"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute MVI – Software developer"),
        ("sub", "Oelerveld College Hengelo en ROC Twentepoort Enschede"),
        ("p", "Partijen: Stichting Openbaar Voortgezet Onderwijs Hengelo-Borne, bevoegd gezag van het "
              "Oelerveld College, school voor vmbo (gemengde en theoretische leerweg) te Hengelo, "
              "vertegenwoordigd door de heer drs. B.H. ter Horst, bestuurder (hierna: de school); en "
              "Stichting Regionaal Opleidingencentrum Twentepoort te Enschede, vertegenwoordigd door "
              "mevrouw ir. A.G. Lammerink-Nijhuis, voorzitter van het college van bestuur (hierna: "
              "het ROC)."),
        ("p", "Overeengekomen wordt:"),
        ("np", "1.", "Voorwerp: gezamenlijke verzorging van een doorlopende leerroute van de gemengde "
                     "leerweg, profiel Media, vormgeving en ICT, naar de middenkaderopleiding Software "
                     "developer, niveau 4 (opleidingsdomein ICT en creatieve industrie, bol), met "
                     "afronding van het vmbo-diploma in routejaar 2 en van het mbo-diploma in "
                     "routejaar 5; gezamenlijke melding bij DUO vóór de eerste instroom."),
        ("np", "2.", "Werkveldinbreng via de Stichting ICT Werkplaats Twente (veertien software- en "
                     "hostingbedrijven uit Enschede, Hengelo en Almelo): levering van één opdrachtgever "
                     "per semester voor een klantproject, bpv-plaatsen vanaf routejaar 3, deelname van "
                     "twee bedrijfsvertegenwoordigers aan het jaarlijkse curriculumoverleg met advies "
                     "over de keuze van keuzedelen, en medebeoordeling van de examenprojecten."),
        ("np", "3.", "Aansturing: één routeleider (de teamleider ICT van het ROC) en één plaatsvervanger "
                     "(de afdelingsleider gl/tl van de school); aanwijzing bij gezamenlijk besluit van "
                     "beide colleges van bestuur, op voordracht van de directeuren, voor vier jaar; "
                     "bevoegdheid tot vaststelling van jaarplanning en rooster, toedeling van docenten "
                     "uit beide teams, plaatsing en overplaatsing van leerlingen binnen de route en "
                     "besteding van het routebudget; geen bevoegdheid tot het aangaan van "
                     "arbeidsovereenkomsten, tot vaststelling van het PTA/OER of tot wijziging van deze "
                     "overeenkomst."),
        ("np", "4.", "Informatie en verantwoording: per kwartaal een beknopt cijferoverzicht "
                     "(aanmeldingen, verzuim, studievoortgang, uitval) van de routeleider aan beide "
                     "colleges van bestuur; jaarlijks vóór 15 november een inhoudelijk en financieel "
                     "jaarverslag, besproken in het bestuurlijk overleg van december; onverwijlde "
                     "melding van voorvallen met gevolgen voor leerlingen."),
        ("np", "5.", "Onderwijs en organisatie: routejaren 1 en 2 in het gebouw van de school, "
                     "routejaren 3 tot en met 5 op de ICT-campus van het ROC; wederzijds gebruik, "
                     "zonder verrekening, van het netwerklab en de makerspace van het ROC en de "
                     "mediastudio van de school; één docententeam van docenten van beide partijen, met "
                     "inzet op grond van de teambevoegdheid in de vakoverstijgende projecten; "
                     "vastlegging van programma, examinering en bpv per routejaar in een gezamenlijk "
                     "PTA/OER, jaarlijks vóór 1 juli vastgesteld door beide besturen."),
        ("np", "6.", "Uitstap: bij beëindiging van de deelname in routejaar 1 of 2 voortzetting in de "
                     "reguliere gemengde of theoretische leerweg van de school met het oog op het "
                     "vmbo-diploma; bij beëindiging in of na routejaar 3, ook zonder vmbo-diploma, "
                     "plaatsing in een andere opleiding op niveau 4 of, als dat beter past, niveau 3 van "
                     "het ROC, zonder toepassing van vooropleidingseisen; bij vertrek naar een andere "
                     "instelling begeleiding bij het geschiktheidsonderzoek aldaar. Keuze van het "
                     "alternatief bij gezamenlijk oordeel van school en ROC, op grond van het bereikte "
                     "onderwijsniveau en de leeftijd, na gesprek met leerling en ouders."),
        ("np", "7.", "Bekostiging: overdracht door het ROC aan de school van 8 % van de rijksbijdrage "
                     "die het ROC ontvangt voor de studenten in routejaar 3, ter dekking van de inzet "
                     "van twee docenten van de school in de vakoverstijgende projecten van dat "
                     "routejaar; betaling in één termijn vóór 1 maart; verder geen overdracht."),
        ("np", "8.", "Geschillen: trapsgewijze behandeling door routeleider en plaatsvervanger, "
                     "vervolgens de beide directeuren, vervolgens beide colleges van bestuur; bij "
                     "voortduren na acht weken voorlegging aan een gezamenlijk gekozen mediator en, "
                     "zonder resultaat binnen drie maanden, aan de bevoegde rechter van de Rechtbank "
                     "Overijssel."),
        ("np", "9.", "Toetreding, opzegging, wijziging: toetreding van een andere school of instelling na "
                     "schriftelijke instemming van beide colleges en ondertekening van een "
                     "toetredingsverklaring, met ingang van een nieuw schooljaar; opzegging schriftelijk "
                     "met een termijn van ten minste twaalf maanden tegen 1 augustus; wijziging "
                     "uitsluitend schriftelijk met handtekening van beide colleges. In al die gevallen "
                     "afronding van de route door reeds ingeschreven leerlingen en studenten volgens het "
                     "programma van hun instroomcohort en, na opzegging, geen nieuwe instroom."),
        ("np", "10.", "Duur: onbepaalde tijd, met ingang van 1 augustus 2025; tweejaarlijkse evaluatie "
                      "van de route door beide besturen."),
        ("np", "11.", "Toepasselijk recht: Nederlands recht."),
        ("p", "Hengelo/Enschede, 30 juni 2025"),
        ("sig", ["Stichting Openbaar Voortgezet Onderwijs Hengelo-Borne",
                 "drs. B.H. ter Horst, bestuurder"],
                ["Stichting Regionaal Opleidingencentrum Twentepoort",
                 "ir. A.G. Lammerink-Nijhuis, voorzitter college van bestuur"]),
    ],
    bold_labels=True, docx_size=10, docx_margin_cm=2.0, docx_author="Oelerveld College", pdf_title="SOK DLR MVI – Software developer")


# ==============================================================================================
# 168  long (7-9 pages) PDF, arrangements scattered over several articles and a printed mandate
#      annex  (Westland, tuinbouw / AOC)  -- compliant
# ==============================================================================================

_168_blocks = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Groen – Vakbekwaam medewerker teelt"),
    ("sub", "Hoflandcollege Naaldwijk en AOC Groene Kust  ·  Westland  ·  vanaf schooljaar 2025–2026"),
    ("h", "Partijen"),
    ("np", "1.", "Stichting Christelijk Voortgezet Onderwijs Westland-Midden, statutair gevestigd te "
                 "Naaldwijk, bevoegd gezag van het Hoflandcollege, school voor voorbereidend "
                 "middelbaar beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door de heer "
                 "mr. P.J. Zwinkels, voorzitter van het college van bestuur, hierna te noemen: het "
                 "Hoflandcollege;"),
    ("np", "2.", "Stichting Groene Kust Onderwijs, statutair gevestigd te Honselersdijk, bevoegd gezag "
                 "van AOC Groene Kust, agrarisch opleidingscentrum en instelling voor beroepsonderwijs, "
                 "te dezen rechtsgeldig vertegenwoordigd door mevrouw drs. H.M. van Geest, voorzitter "
                 "van het college van bestuur, hierna te noemen: Groene Kust;"),
    ("p", "hierna samen te noemen: partijen."),
    ("h", "Overwegingen"),
    ("np", "A.", "De glastuinbouw in het Westland vraagt om vakmensen die teelt, klimaatbeheersing en "
                 "data uit de kas met elkaar kunnen verbinden, en leerlingen van het Hoflandcollege die "
                 "voor het profiel Groen kiezen, stromen nu voor het grootste deel door naar Groene "
                 "Kust."),
    ("np", "B.", "Partijen werken sinds 2019 samen in een praktijkgerichte leerlijn Teelt en willen die "
                 "samenwerking omzetten in een doorlopende leerroute vmbo-mbo in de zin van artikel "
                 "2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en "
                 "beroepsonderwijs."),
    ("np", "C.", "Partijen willen dat de afspraken over deze route niet afhangen van personen en dat zij "
                 "ook bij personele wisselingen houvast bieden; zij leggen die afspraken daarom in deze "
                 "overeenkomst en de bijlagen vast."),
    ("p", "Partijen komen het volgende overeen."),

    ("h", "Artikel 1 De route"),
    ("np", "1.1", "Partijen verzorgen samen een doorlopende leerroute die begint in leerjaar 3 van de "
                  "kaderberoepsgerichte leerweg, profiel Groen, van het Hoflandcollege en die leidt tot "
                  "het vmbo-diploma van de kaderberoepsgerichte leerweg en tot het diploma van de "
                  "vakopleiding Vakbekwaam medewerker teelt, niveau 3, in het opleidingsdomein Voedsel, "
                  "natuur en leefomgeving van Groene Kust, in de beroepsopleidende leerweg."),
    ("np", "1.2", "De route duurt vier routejaren. De routejaren 1 en 2 vallen samen met leerjaar 3 en 4 "
                  "van het vmbo; de leerling staat dan ingeschreven bij het Hoflandcollege. Met ingang "
                  "van routejaar 3 staat hij als student ingeschreven bij Groene Kust, ook als hij het "
                  "vmbo-diploma dan nog niet heeft behaald; in dat geval blijft hij voor de resterende "
                  "vmbo-onderdelen tevens leerling van het Hoflandcollege."),
    ("np", "1.3", "Leerlingen die in leerjaar 2 voor het profiel Groen kiezen, kunnen zich voor de route "
                  "aanmelden. Het Hoflandcollege voert met iedere aanmelder en zijn ouders een "
                  "kennismakingsgesprek waarbij een docent van Groene Kust aanwezig is."),
    ("np", "1.4", "Partijen melden de route gezamenlijk aan bij de minister via het Register Instellingen "
                  "en Opleidingen en houden die registratie actueel."),

    ("h", "Artikel 2 Uitgangspunten"),
    ("np", "2.1", "Vmbo- en mbo-stof worden als één programma aangeboden. Onderdelen die in het vmbo al "
                  "aan bod komen, worden in het mbo-deel niet herhaald; de tijd die dat oplevert, "
                  "besteden partijen aan verdieping in de kas en aan extra begeleiding."),
    ("np", "2.2", "Het Hoflandcollege blijft verantwoordelijk voor het vmbo-deel en voor de examinering "
                  "en diplomering daarvan, ook wanneer een leerling al bij Groene Kust staat "
                  "ingeschreven. Groene Kust is verantwoordelijk voor het mbo-deel, de "
                  "beroepspraktijkvorming en de mbo-examinering en -diplomering."),
    ("np", "2.3", "Partijen streven naar een route waarin ten minste tachtig procent van de instromers "
                  "binnen vier jaar beide diploma's behaalt."),

    ("h", "Artikel 3 Tuinbouwbedrijven en ketenpartners"),
    ("np", "3.1", "Partijen voeren de route uit samen met het Tuinbouw Leerwerknetwerk Westland, een "
                  "samenwerkingsverband van op dit moment drieëntwintig erkende leerbedrijven uit de "
                  "glasgroente, de sierteelt en de toelevering, onder wie Kwekerij Van der Lans Paprika "
                  "B.V., Orchideeën De Vlietzoom en Kassenbouw Hoogendijk."),
    ("np", "3.2", "De bedrijven uit het netwerk bieden in routejaar 1 snuffelstages van twee weken en "
                  "vanaf routejaar 2 bpv-plaatsen aan; zij leveren elk schooljaar ten minste vier "
                  "praktijkopdrachten die aan de eigen bedrijfsvoering zijn ontleend; en hun "
                  "praktijkopleiders beoordelen samen met de docenten de proeven van bekwaamheid die in "
                  "het bedrijf worden afgelegd."),
    ("np", "3.3", "Twee door het netwerk voorgedragen ondernemers nemen zitting in de werkveldtafel, "
                  "bedoeld in artikel 5.5, en adviseren over de inhoud van het programma en de keuze "
                  "van keuzedelen. Groene Kust zorgt voor de erkenning van nieuwe leerbedrijven door "
                  "SBB."),

    ("h", "Artikel 4 Routeraad"),
    ("np", "4.1", "De leiding over de route berust bij de routeraad."),
    ("np", "4.2", "De routeraad bestaat uit vier leden: de afdelingsdirecteur vmbo en de teamleider "
                  "bovenbouw Groen van het Hoflandcollege, en de opleidingsmanager Teelt en de "
                  "praktijkcoördinator van Groene Kust."),
    ("np", "4.3", "De routeraad kiest uit zijn midden een voorzitter. Het voorzitterschap gaat om de twee "
                  "schooljaren over naar een lid van de andere partij. De routeraad wordt ondersteund "
                  "door een secretaris die Groene Kust beschikbaar stelt; de secretaris is geen lid."),
    ("np", "4.4", "De routeraad handelt binnen het mandaat dat de colleges van bestuur hem hebben "
                  "verleend; dat mandaat is opgenomen in bijlage 1 en maakt deel uit van deze "
                  "overeenkomst."),

    ("h", "Artikel 5 Organisatie"),
    ("np", "5.1", "Het college van bestuur van het Hoflandcollege wijst de twee leden van de routeraad "
                  "aan die uit het Hoflandcollege afkomstig zijn; het college van bestuur van Groene "
                  "Kust wijst de twee leden aan die uit Groene Kust afkomstig zijn. De aanwijzing geldt "
                  "voor drie schooljaren en kan worden herhaald. Voordat een college een lid aanwijst, "
                  "hoort het het andere college."),
    ("np", "5.2", "Ontstaat er een vacature, dan wijst het college dat het vertrokken lid had "
                  "aangewezen binnen twee maanden een opvolger aan. Een college kan een door hem "
                  "aangewezen lid na overleg met het andere college tussentijds terugroepen."),
    ("np", "5.3", "De routeraad vergadert ten minste zes keer per schooljaar en besluit bij voorkeur "
                  "unaniem. Lukt dat niet, dan beslist de meerderheid, mits van beide partijen ten "
                  "minste één lid voor het besluit stemt; anders volgt de regeling van artikel 16."),
    ("np", "5.4", "Onder de routeraad werkt het routeteam: de docenten, instructeurs en mentoren van "
                  "beide partijen die in de route lesgeven. Het routeteam komt eens per maand bijeen "
                  "en wordt voorgezeten door de teamleider bovenbouw Groen."),
    ("np", "5.5", "Twee keer per schooljaar komt de werkveldtafel bijeen: de routeraad, twee "
                  "ondernemers uit het Tuinbouw Leerwerknetwerk Westland en een vertegenwoordiger van "
                  "SBB. De planning van routeraad, routeteam en werkveldtafel staat in de jaarkalender "
                  "van bijlage 2."),

    ("h", "Artikel 6 Onderwijsprogramma en examinering"),
    ("np", "6.1", "Partijen beschrijven het onderwijsprogramma, de examinering en de "
                  "beroepspraktijkvorming voor de gehele route per routejaar in één PTA/OER. Daarin "
                  "staat per onderdeel of het tot het vmbo-deel, het mbo-deel of beide behoort en welke "
                  "onderdelen door een team van docenten worden verzorgd."),
    ("np", "6.2", "De colleges van bestuur stellen het PTA/OER op voorstel van de routeraad vóór 1 juli "
                  "voor het volgende schooljaar vast. Een gewijzigd PTA/OER geldt alleen voor "
                  "leerlingen die na de wijziging instromen, tenzij de wijziging in hun voordeel is."),
    ("np", "6.3", "Het centraal examen van het vmbo wordt in routejaar 2 afgelegd. Mbo-examens kunnen "
                  "vanaf routejaar 2 worden afgenomen. De examencommissie van elk der partijen blijft "
                  "bevoegd voor de eigen examens; de voorzitters van beide commissies overleggen ten "
                  "minste twee keer per jaar over de examenplanning."),

    ("h", "Artikel 7 Personeel"),
    ("np", "7.1", "Het Hoflandcollege zet voor de route zijn docenten Groen, Nederlands, Engels, "
                  "wiskunde en biologie in; Groene Kust zet docenten teelt en klimaattechniek en "
                  "instructeurs van de Kenniskas in. De routeraad deelt hen jaarlijks in op grond van "
                  "de formatie die elke partij voor de route beschikbaar stelt, zoals vastgelegd in "
                  "bijlage 2."),
    ("np", "7.2", "Voor de vakoverstijgende onderdelen Teelt in de praktijk en Kas en klimaat werken "
                  "docenten van beide partijen in één team met gebruikmaking van de teambevoegdheid, "
                  "bedoeld in artikel 7.13a van de Wet voortgezet onderwijs 2020 en artikel 9.1.12 van "
                  "de Wet educatie en beroepsonderwijs. Ieder teamlid is verantwoordelijk voor het deel "
                  "waarvoor hij bevoegd is, en voor elk onderdeel is ten minste één bevoegde docent "
                  "betrokken."),
    ("np", "7.3", "Elke partij blijft werkgever van het eigen personeel. Medewerkers die bij de andere "
                  "partij werken, volgen de daar geldende huisregels en veiligheidsvoorschriften."),
    ("np", "7.4", "Het routeteam volgt elk schooljaar twee gezamenlijke studiedagen, waarvan één bij "
                  "een leerbedrijf uit het netwerk."),

    ("h", "Artikel 8 Locaties en voorzieningen"),
    ("np", "8.1", "Routejaar 1 wordt gegeven in het gebouw van het Hoflandcollege aan de Havenstraat te "
                  "Naaldwijk en in de practicumkas op het schoolterrein. In routejaar 2 volgen de "
                  "leerlingen daarnaast één dag per week les in de Kenniskas van Groene Kust te "
                  "Honselersdijk. Routejaar 3 en 4 worden gegeven bij Groene Kust en bij de "
                  "leerbedrijven."),
    ("np", "8.2", "Groene Kust stelt de Kenniskas, het klimaatlab met teeltcomputers en de "
                  "sorteerruimte voor de route beschikbaar; het Hoflandcollege stelt zijn "
                  "practicumkas en zijn biologielokalen beschikbaar aan docenten en studenten van Groene "
                  "Kust. Het gebruik wordt vooraf in het rooster opgenomen."),
    ("np", "8.3", "Leerlingen en studenten gebruiken de digitale leeromgeving van de partij waar zij "
                  "staan ingeschreven; docenten van de andere partij krijgen daarin een eigen "
                  "gebruikersaccount. De kosten van vervoer tussen Naaldwijk en Honselersdijk in "
                  "routejaar 2 komen voor rekening van het Hoflandcollege."),

    ("h", "Artikel 9 Leerlingen en studenten"),
    ("np", "9.1", "Iedere leerling heeft gedurende de hele route één vaste mentor. In routejaar 1 en 2 "
                  "is dat een docent van het Hoflandcollege, vanaf routejaar 3 een docent van Groene "
                  "Kust; bij de overgang draagt de mentor het leerlingdossier met toestemming van de "
                  "ouders over in een overdrachtsgesprek."),
    ("np", "9.2", "Verzuim wordt in routejaar 1 en 2 gemeld door het Hoflandcollege en daarna door Groene "
                  "Kust, ook als het verzuim zich voordoet op een locatie van de andere partij."),
    ("np", "9.3", "De klachtenregeling van elke partij is ook van toepassing op gedragingen van het "
                  "personeel en het bestuur van de andere partij voor zover die met de route "
                  "samenhangen. De voorzitter van een klachtencommissie is niet werkzaam bij de andere "
                  "partij. Een klacht die bij de verkeerde partij binnenkomt, wordt binnen vijf "
                  "werkdagen doorgezonden."),
    ("np", "9.4", "Partijen wisselen persoonsgegevens van leerlingen alleen uit voor zover dat voor de "
                  "route nodig is en leggen de afspraken daarover vast in een "
                  "gegevensuitwisselingsprotocol."),

    ("h", "Artikel 10 Informatievoorziening"),
    ("np", "10.1", "De routeraad zendt binnen tien werkdagen na elke vergadering de besluitenlijst aan "
                   "beide colleges van bestuur."),
    ("np", "10.2", "Uiterlijk 15 oktober en 15 maart zendt de routeraad beide colleges een "
                   "voortgangsnotitie met de kengetallen over aanmelding, instroom, doorstroom, uitval, "
                   "verzuim en examenresultaten en met de stand van de uitgaven uit het routebudget."),
    ("np", "10.3", "Feiten die de continuïteit van de route of de veiligheid van leerlingen raken, "
                   "meldt de voorzitter van de routeraad onverwijld aan beide colleges."),

    ("h", "Artikel 11 Verantwoording en evaluatie"),
    ("np", "11.1", "Vóór 1 december van elk jaar legt de routeraad over het afgelopen schooljaar "
                   "verantwoording af aan beide colleges van bestuur met een routejaarverslag. Het "
                   "verslag beschrijft de uitvoering van het programma, de resultaten, de besteding van "
                   "het routebudget en de gebruikmaking van het mandaat van bijlage 1."),
    ("np", "11.2", "De colleges bespreken het routejaarverslag met de voltallige routeraad in het "
                   "bestuurlijk overleg van december en stellen het daarna vast. Met de vaststelling "
                   "aanvaarden zij de verantwoording; zij kunnen daarbij opdrachten voor het volgende "
                   "schooljaar geven."),
    ("np", "11.3", "Om de drie jaar laten partijen de route door een externe deskundige evalueren. De "
                   "eerste evaluatie vindt plaats in het schooljaar 2027–2028."),

    ("h", "Artikel 12 Als de route niet past"),
    ("np", "12.1", "Partijen zorgen ervoor dat een leerling die de route niet afmaakt, een passend "
                   "vervolg krijgt dat hem naar een diploma leidt."),
    ("np", "12.2", "Stopt de leerling in routejaar 1 of 2, dan volgt hij de reguliere "
                   "kaderberoepsgerichte leerweg Groen of, als hij dat wil, een ander profiel van het "
                   "Hoflandcollege en haalt hij daar het vmbo-diploma. Behaalde resultaten blijven "
                   "voor zover mogelijk staan."),
    ("np", "12.3", "Heeft de leerling aan het eind van routejaar 3 het vmbo-diploma niet, dan kan hij "
                   "het ontbrekende vmbo-examen opnieuw afleggen en de route daarna vervolgen, of "
                   "zonder vmbo-diploma doorgaan in een opleiding van Groene Kust op niveau 2 of 3, "
                   "zoals Medewerker teelt of Vakbekwaam medewerker groene ruimte."),
    ("np", "12.4", "Blijkt de teelt in routejaar 3 of 4 niet bij de student te passen, dan stapt hij "
                   "over naar een andere opleiding op niveau 3 van Groene Kust, bijvoorbeeld in de "
                   "bloem- en sierteelt of de dierverzorging. Bij een overstap binnen Groene Kust gelden "
                   "de vooropleidingseisen niet. Wil of moet de student naar een andere instelling, "
                   "bijvoorbeeld na een verhuizing, dan helpt Groene Kust bij de aanmelding en het "
                   "geschiktheidsonderzoek van die instelling en zorgt het voor een warme overdracht."),
    ("np", "12.5", "Welk vervolg een leerling krijgt, stellen het Hoflandcollege en Groene Kust samen "
                   "vast, na een gesprek met de leerling en zijn ouders. Zij kijken daarbij naar het "
                   "onderwijsniveau dat de leerling heeft bereikt en naar zijn leeftijd. De werkwijze "
                   "staat in de schoolgids van het Hoflandcollege en in de studiegids van Groene Kust."),

    ("h", "Artikel 13 Geldstromen"),
    ("np", "13.1", "Het Hoflandcollege draagt voor iedere leerling die op 1 oktober in routejaar 2 staat "
                   "ingeschreven een bedrag van € 1.275 van zijn bekostiging over aan Groene Kust, met "
                   "toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020."),
    ("np", "13.2", "Het overgedragen bedrag is bestemd voor de lesuren die docenten en instructeurs van "
                   "Groene Kust in routejaar 2 verzorgen en voor het gebruik van de Kenniskas en het "
                   "klimaatlab door leerlingen van het Hoflandcollege."),
    ("np", "13.3", "Groene Kust draagt geen bekostiging over aan het Hoflandcollege. Groene Kust "
                   "factureert het bedrag van artikel 13.1 na 1 november; het Hoflandcollege betaalt "
                   "binnen dertig dagen. De berekening staat in bijlage 2."),

    ("h", "Artikel 14 Inspraak"),
    ("np", "14.1", "Partijen stellen voor de route een routeklankbord in, bestaande uit een ouder en een "
                   "leerling uit de medezeggenschapsraad van het Hoflandcollege en twee leden van de "
                   "studentenraad van Groene Kust."),
    ("np", "14.2", "De routeraad vraagt het routeklankbord om advies voordat hij de colleges een "
                   "wijziging van het PTA/OER of van de locaties voorstelt, en stuurt het routeklankbord "
                   "het routejaarverslag. De rechten van de medezeggenschapsraad en de studentenraad "
                   "blijven onverlet."),
    ("np", "14.3", "Leerlingen in routejaar 2 mogen de vergaderingen van de studentenraad van Groene "
                   "Kust als toehoorder bijwonen."),

    ("h", "Artikel 15 Aansprakelijkheid en verzekering"),
    ("np", "15.1", "Iedere partij is aansprakelijk voor schade die haar personeel in het kader van de "
                   "route toebrengt en houdt daarvoor een passende verzekering aan. Leerlingen zijn "
                   "tijdens activiteiten op een locatie van de andere partij verzekerd via de "
                   "collectieve ongevallenverzekering van de partij waar zij staan ingeschreven."),

    ("h", "Artikel 16 Meningsverschillen"),
    ("np", "16.1", "Een meningsverschil over de uitvoering van deze overeenkomst wordt eerst in de "
                   "routeraad besproken."),
    ("np", "16.2", "Komt de routeraad er binnen vier weken niet uit, dan legt de voorzitter het "
                   "meningsverschil voor aan het bestuurlijk overleg van beide colleges van bestuur, "
                   "dat binnen zes weken een besluit neemt."),
    ("np", "16.3", "Leidt ook dat niet tot overeenstemming, dan schakelen partijen een mediator in die "
                   "zij samen kiezen. Blijft het geschil daarna bestaan, dan kan elke partij het "
                   "voorleggen aan de bevoegde rechter van de Rechtbank Den Haag."),
    ("np", "16.4", "Zolang een meningsverschil loopt, zetten partijen de route voor de ingeschreven "
                   "leerlingen ongewijzigd voort."),

    ("h", "Artikel 17 Nieuwe partners"),
    ("np", "17.1", "Een andere school voor vmbo die het profiel Groen aanbiedt, of een andere "
                   "instelling voor beroepsonderwijs, kan tot deze overeenkomst toetreden als beide "
                   "colleges van bestuur daarmee schriftelijk instemmen."),
    ("np", "17.2", "De toetreder ondertekent een toetredingsverklaring waarin hij deze overeenkomst met "
                   "haar bijlagen aanvaardt. De toetreding gaat in op 1 augustus van een schooljaar, "
                   "zodat leerlingen aan het begin van een schooljaar weten waar zij aan toe zijn."),
    ("np", "17.3", "Partijen en de toetreder melden de wijziging gezamenlijk bij DUO. Voor leerlingen "
                   "die al in de route zitten verandert door de toetreding niets aan programma, locatie "
                   "of begeleiding, tenzij zij en hun ouders daarmee instemmen."),

    ("h", "Artikel 18 Duur en beëindiging"),
    ("np", "18.1", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor vijf "
                   "schooljaren. Zij wordt daarna telkens stilzwijgend verlengd met vijf schooljaren."),
    ("np", "18.2", "Elke partij kan de overeenkomst bij aangetekende brief opzeggen tegen 1 augustus, "
                   "met inachtneming van een termijn van ten minste twaalf maanden."),
    ("np", "18.3", "Elke partij kan de overeenkomst ontbinden als de andere partij, na een schriftelijke "
                   "ingebrekestelling met een redelijke termijn, haar verplichtingen ernstig blijft "
                   "schenden, of als de andere partij de bevoegdheid verliest om het vmbo-deel "
                   "onderscheidenlijk het mbo-deel te verzorgen."),
    ("np", "18.4", "Na opzegging of ontbinding nemen partijen geen nieuwe leerlingen in de route op. "
                   "Leerlingen en studenten die op dat moment al in de route zitten, ronden haar af "
                   "volgens hun PTA/OER; partijen blijven daartoe alle verplichtingen uit deze "
                   "overeenkomst nakomen totdat het laatste cohort de route heeft verlaten. Lukt "
                   "afronding niet, dan is artikel 12 van toepassing."),

    ("h", "Artikel 19 Wijziging"),
    ("np", "19.1", "Deze overeenkomst en haar bijlagen kunnen alleen worden gewijzigd bij een "
                   "schriftelijk stuk dat door beide colleges van bestuur is ondertekend. Een wijziging "
                   "van bijlage 2 kan ook bij besluit in het bestuurlijk overleg, mits dat besluit "
                   "schriftelijk wordt vastgelegd."),
    ("np", "19.2", "Voordat partijen een wijziging aangaan die het onderwijs raakt, vragen zij het "
                   "advies van het routeklankbord. Een wijziging die het programma of de locatie van de "
                   "route raakt, gaat pas in voor leerlingen die na de wijziging instromen, tenzij "
                   "zittende leerlingen er beter van worden."),

    ("h", "Artikel 20 Slotbepalingen"),
    ("np", "20.1", "Op deze overeenkomst is Nederlands recht van toepassing."),
    ("np", "20.2", "De bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de "
                   "artikelen voor."),
    ("np", "20.3", "Deze overeenkomst is in tweevoud opgemaakt en ondertekend."),
    ("p", "Naaldwijk, 30 juni 2025"),
    ("sig", ["Stichting Christelijk Voortgezet Onderwijs Westland-Midden",
             "mr. P.J. Zwinkels, voorzitter college van bestuur"],
            ["Stichting Groene Kust Onderwijs",
             "drs. H.M. van Geest, voorzitter college van bestuur"]),
    ("pb",),

    ("h", "Bijlage 1 Mandaatregeling routeraad"),
    ("p", "De colleges van bestuur van het Hoflandcollege en van Groene Kust besluiten, ieder voor zover "
          "het de eigen organisatie betreft, tot het volgende mandaat aan de routeraad, bedoeld in "
          "artikel 4 van de samenwerkingsovereenkomst."),
    ("np", "1.", "Aan de routeraad wordt opgedragen: a. de dagelijkse uitvoering en bewaking van de "
                 "route; b. het opstellen van het voorstel voor het PTA/OER, het routeprogramma en de "
                 "jaarkalender; c. het opstellen van de voortgangsnotities en het routejaarverslag; d. "
                 "het onderhouden van de contacten met het Tuinbouw Leerwerknetwerk Westland."),
    ("np", "2.", "De routeraad is bevoegd om namens beide colleges: a. het lesrooster en de "
                 "jaarplanning van de route vast te stellen; b. docenten en instructeurs binnen de door "
                 "de partijen beschikbaar gestelde formatie aan de onderdelen van de route toe te delen; "
                 "c. te beslissen over de toelating van aanmelders tot de route en over hun plaatsing in "
                 "groepen; d. afspraken te maken met leerbedrijven over snuffelstages, bpv-plaatsen en "
                 "praktijkopdrachten; e. uitgaven te doen ten laste van het routebudget tot een totaal "
                 "van € 25.000 per schooljaar en € 5.000 per afzonderlijke uitgave."),
    ("np", "3.", "Niet gemandateerd zijn: de vaststelling van het PTA/OER; besluiten over benoeming, "
                 "schorsing en ontslag van personeel; uitgaven boven de bedragen van onderdeel 2e; het "
                 "aangaan van overeenkomsten met een looptijd van meer dan één jaar; de toelating van "
                 "nieuwe partijen; en de wijziging, opzegging of ontbinding van de "
                 "samenwerkingsovereenkomst."),
    ("np", "4.", "Een besluit op grond van dit mandaat wordt ondertekend door de voorzitter van de "
                 "routeraad met vermelding van de woorden 'namens de colleges van bestuur'. Elk college "
                 "kan het mandaat voor zijn deel met onmiddellijke ingang intrekken; het andere college "
                 "wordt daarvan direct schriftelijk op de hoogte gesteld."),
    ("pb",),

    ("h", "Bijlage 2 Jaarkalender, formatie en berekening overdracht"),
    ("table", [["Moment", "Wat", "Wie"],
               ["september", "startbijeenkomst routeteam; eerste vergadering routeraad", "routeraad, routeteam"],
               ["1 oktober", "teldatum leerlingen routejaar 2 (grondslag overdracht)", "Hoflandcollege"],
               ["15 oktober", "voortgangsnotitie 1 aan beide colleges", "routeraad"],
               ["november", "werkveldtafel 1; factuur overdracht", "routeraad, netwerk, SBB; Groene Kust"],
               ["1 december", "routejaarverslag vorig schooljaar", "routeraad"],
               ["december", "bestuurlijk overleg, vaststelling routejaarverslag", "beide colleges"],
               ["15 maart", "voortgangsnotitie 2 aan beide colleges", "routeraad"],
               ["april", "werkveldtafel 2; advies routeklankbord over PTA/OER", "routeraad, netwerk"],
               ["vóór 1 juli", "vaststelling PTA/OER volgend schooljaar", "beide colleges"]], True),
    ("p", "Formatie voor de route in het schooljaar 2025–2026: Hoflandcollege 2,4 fte docenten, Groene "
          "Kust 1,6 fte docenten en instructeurs. Partijen stellen de formatie jaarlijks in het "
          "bestuurlijk overleg van december voor het volgende schooljaar vast."),
    ("p", "Berekening overdracht: aantal leerlingen in routejaar 2 op 1 oktober × € 1.275. Het bedrag "
          "is gebaseerd op gemiddeld 120 lesuren per leerling per jaar door personeel van Groene Kust "
          "en een vaste opslag voor het gebruik van de Kenniskas en het klimaatlab. Partijen indexeren "
          "het bedrag niet; zij bezien het bij de evaluatie van artikel 11.3."),
]

sample(
    168, "168_lang_verspreid_mandaatbijlage_tuinbouw", "pdf",
    "Long (9 pages) article-style PDF in which items are spread over several places: the routeraad's "
    "composition is in 'Artikel 4 Routeraad', its appointment in the definitions-free 'Artikel 5 "
    "Organisatie', its tasks and powers in a printed 'Bijlage 1 Mandaatregeling routeraad'; "
    "information and accountability in two separate articles; inrichting over three articles; "
    "toetreding, opzegging and wijziging in three. Westland, Groen kb -> Vakbekwaam medewerker teelt "
    "3 at an AOC. EUR 1.275 per pupil with bestemming; routeklankbord; mediation then rechtbank. "
    "Fully compliant.",
    st("p p p p p p p p p p"),
    {"a": "Artikel 1 De route",
     "b": "Artikel 3 Tuinbouwbedrijven en ketenpartners",
     "c": "Artikel 4 Routeraad;Artikel 5 Organisatie;Bijlage 1 Mandaatregeling routeraad",
     "d": "Artikel 10 Informatievoorziening;Artikel 11 Verantwoording en evaluatie",
     "e": "Artikel 6 Onderwijsprogramma en examinering;Artikel 7 Personeel;"
          "Artikel 8 Locaties en voorzieningen",
     "f": "Artikel 12 Als de route niet past",
     "g": "Artikel 13 Geldstromen",
     "h": "Artikel 14 Inspraak",
     "i": "Artikel 16 Meningsverschillen",
     "j": "Artikel 17 Nieuwe partners;Artikel 18 Duur en beëindiging;Artikel 19 Wijziging"},
    _168_blocks,
    font_size=11, margin=25, justify=True, col_widths=[30, 85, 45],
    footer="Samenwerkingsovereenkomst DLR Groen – Hoflandcollege / Groene Kust",
    pdf_title="Samenwerkingsovereenkomst DLR Groen – Vakbekwaam medewerker teelt")


# ==============================================================================================
# 169  long (about 8 pages) DOCX, chapters + articles, arrangements scattered  (Noord-Limburg,
#      zorg)  -- defective: b intention only, d deferred, g transfer without bestemming
# ==============================================================================================

_169_blocks = [
    ("title", "Overeenkomst inzake de doorlopende leerroute Zorg en welzijn – Verzorgende-IG"),
    ("sub", "Kloosterhof College Venray  –  ROC Maasgouw, college Zorg en Welzijn Venlo"),
    ("h", "De ondergetekenden"),
    ("np", "1.", "De Stichting Katholiek Voortgezet Onderwijs Noord-Limburg, statutair gevestigd te "
                 "Venray, ingeschreven in het handelsregister onder nummer 41068832, bevoegd gezag van "
                 "het Kloosterhof College, school voor voorbereidend middelbaar beroepsonderwijs met de "
                 "basis- en kaderberoepsgerichte leerweg, te dezen vertegenwoordigd door mevrouw drs. "
                 "M.J.H. Verstappen, voorzitter van het college van bestuur, hierna te noemen: 'de "
                 "school';"),
    ("np", "2.", "De Stichting Regionaal Opleidingencentrum Maasgouw, statutair gevestigd te Venlo, "
                 "ingeschreven in het handelsregister onder nummer 12049977, bevoegd gezag van ROC "
                 "Maasgouw, instelling voor beroepsonderwijs, te dezen vertegenwoordigd door de heer "
                 "dr. L.W.G. Janssen, voorzitter van het college van bestuur, hierna te noemen: 'het "
                 "ROC';"),
    ("p", "hierna gezamenlijk te noemen: 'partijen' en ieder afzonderlijk: 'partij';"),
    ("h", "In aanmerking nemende dat"),
    ("np", "a.", "in Noord-Limburg een groeiend tekort bestaat aan verzorgenden in de ouderenzorg, de "
                 "thuiszorg en de gehandicaptenzorg, terwijl een aanzienlijk deel van de leerlingen "
                 "van het profiel Zorg en welzijn van de school na het vmbo niet in de zorg blijft;"),
    ("np", "b.", "partijen van oordeel zijn dat een ononderbroken leerroute, waarin vmbo- en mbo-stof "
                 "als één geheel worden aangeboden, de overgang tussen vmbo en mbo vergemakkelijkt en "
                 "uitval rond die overgang vermindert;"),
    ("np", "c.", "de Wet voortgezet onderwijs 2020 en de Wet educatie en beroepsonderwijs voorschrijven "
                 "dat een doorlopende leerroute vmbo-mbo wordt verzorgd op grond van een "
                 "samenwerkingsovereenkomst en dat partijen de route gezamenlijk melden;"),
    ("np", "d.", "partijen hun afspraken over deze route in deze overeenkomst wensen vast te leggen;"),
    ("p", "verklaren te zijn overeengekomen als volgt."),

    ("h", "Hoofdstuk I  Algemeen"),
    ("h2", "Artikel 1  Begripsbepalingen"),
    ("p", "In deze overeenkomst wordt verstaan onder:"),
    ("np", "a.", "route: de doorlopende leerroute, bedoeld in artikel 2;"),
    ("np", "b.", "routejaar: een schooljaar van de route, te tellen vanaf het derde leerjaar van het "
                 "vmbo;"),
    ("np", "c.", "leerling: een deelnemer aan de route die bij de school staat ingeschreven;"),
    ("np", "d.", "student: een deelnemer aan de route die bij het ROC staat ingeschreven;"),
    ("np", "e.", "stuurgroep: het orgaan, bedoeld in artikel 5;"),
    ("np", "f.", "routecoördinatoren: de functionarissen, bedoeld in artikel 6;"),
    ("np", "g.", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
                 "examenregeling van de route;"),
    ("np", "h.", "deelnemer: een leerling of student;"),
    ("np", "i.", "routeteam: het team, bedoeld in artikel 3.4;"),
    ("np", "j.", "skillslab: de praktijkruimte van het ROC waarin zorgsituaties worden nagebootst."),

    ("h2", "Artikel 2  Onderwerp"),
    ("np", "2.1", "Partijen verzorgen gezamenlijk een doorlopende leerroute voor leerlingen van de "
                  "kaderberoepsgerichte leerweg, profiel Zorg en welzijn, van de school. De route leidt "
                  "tot het diploma vmbo kaderberoepsgerichte leerweg en tot het diploma van de "
                  "vakopleiding Verzorgende-IG, niveau 3, in het opleidingsdomein Zorg en welzijn van "
                  "het ROC, in de beroepsopleidende leerweg."),
    ("np", "2.2", "De route omvat vier routejaren. In routejaar 1 en 2 is de deelnemer leerling van de "
                  "school; met ingang van routejaar 3 wordt hij als student bij het ROC ingeschreven."),
    ("np", "2.3", "Partijen melden de route gezamenlijk bij de minister door registratie in het "
                  "Register Instellingen en Opleidingen, vóór de eerste instroom op 1 augustus 2025."),
    ("np", "2.4", "Het eerste cohort start in het schooljaar 2025–2026 en telt ten hoogste 24 leerlingen. "
                  "Vanaf het schooljaar 2026–2027 kan de stuurgroep het aantal plaatsen per cohort "
                  "verhogen tot 48, mits de beschikbare ruimte in het skillslab dat toelaat."),
    ("np", "2.5", "Een deelnemer die de route met goed gevolg afrondt, ontvangt het diploma van de "
                  "school en het diploma van het ROC afzonderlijk. Beide partijen reiken de diploma's "
                  "zo mogelijk tijdens één gezamenlijke bijeenkomst uit."),

    ("h2", "Artikel 3  Organisatie"),
    ("np", "3.1", "De leden van de stuurgroep worden benoemd door het college van bestuur van de partij "
                  "waarvan zij deel uitmaken, voor een termijn van vier jaar; herbenoeming is één keer "
                  "mogelijk. Een benoeming wordt schriftelijk aan de andere partij meegedeeld."),
    ("np", "3.2", "De routecoördinatoren worden door de stuurgroep aangewezen, ieder uit het personeel "
                  "van de partij die hem voordraagt. Zij blijven in dienst van die partij."),
    ("np", "3.3", "De stuurgroep vergadert ten minste vier keer per schooljaar. De routecoördinatoren "
                  "wonen de vergaderingen bij en voeren het secretariaat."),
    ("np", "3.4", "Het routeteam bestaat uit alle docenten en praktijkbegeleiders van beide partijen die "
                  "in de route lesgeven. Het routeteam komt ten minste zes keer per schooljaar bijeen "
                  "onder voorzitterschap van een routecoördinator."),
    ("np", "3.5", "De stuurgroep stelt elk jaar vóór 1 mei de jaarplanning van het volgende schooljaar "
                  "vast. De jaarplanning bevat in ieder geval de data van de open dagen, de "
                  "intakegesprekken, de overgangsgesprekken tussen routejaar 2 en 3, de examenperioden "
                  "en de studiedagen van het routeteam."),

    ("h", "Hoofdstuk II  Leiding en werkveld"),
    ("h2", "Artikel 4  Werkveld"),
    ("np", "4.1", "Partijen hechten grote waarde aan een goede verbinding tussen de route en de zorg- en "
                  "welzijnsorganisaties in Noord-Limburg."),
    ("np", "4.2", "Zij streven ernaar het werkveld in de loop van de route actief bij de invulling van "
                  "het onderwijs te betrekken. In het eerste jaar van de samenwerking bespreken "
                  "partijen met elkaar welke vorm daarvoor het meest geschikt is."),

    ("h2", "Artikel 5  Stuurgroep"),
    ("np", "5.1", "De leiding over de route berust bij een stuurgroep van vier leden."),
    ("np", "5.2", "Namens de school hebben de directeur en de afdelingsleider bovenbouw zitting in de "
                  "stuurgroep; namens het ROC de directeur van het college Zorg en Welzijn en de "
                  "opleidingsmanager Verzorgende-IG."),
    ("np", "5.3", "Het voorzitterschap berust in de even kalenderjaren bij een lid namens de school en "
                  "in de oneven kalenderjaren bij een lid namens het ROC."),

    ("h2", "Artikel 6  Routecoördinatoren"),
    ("np", "6.1", "De dagelijkse leiding over de route wordt gevoerd door twee routecoördinatoren: één "
                  "docent Zorg en welzijn van de school en één docent verpleging en verzorging van het "
                  "ROC."),
    ("np", "6.2", "Voor hun taak krijgen de routecoördinatoren ieder ten minste 200 uur per schooljaar "
                  "in hun normjaartaak."),

    ("h2", "Artikel 7  Taken en bevoegdheden"),
    ("np", "7.1", "De colleges van bestuur dragen aan de stuurgroep op: het vaststellen van de "
                  "jaarplanning en de groepsgrootte, het toedelen van docenten van beide partijen aan de "
                  "onderdelen van de route, het beslissen over toelating tot de route, het voorbereiden "
                  "van het PTA/OER en het beheer van het routebudget."),
    ("np", "7.2", "De stuurgroep is bevoegd om binnen het door de colleges goedgekeurde routebudget "
                  "verplichtingen aan te gaan tot € 7.500 per geval. Voor verplichtingen boven dat "
                  "bedrag, voor de vaststelling van het PTA/OER en voor personele besluiten blijven de "
                  "colleges bevoegd."),
    ("np", "7.3", "De routecoördinatoren zijn belast met het rooster, de contacten met leerlingen en "
                  "ouders, de organisatie van de overgang naar het ROC en de uitvoering van de besluiten "
                  "van de stuurgroep. Zij mogen in spoedeisende gevallen een voorlopige beslissing "
                  "nemen, die de stuurgroep in haar volgende vergadering bekrachtigt of herroept."),

    ("h2", "Artikel 8  Rapportage"),
    ("np", "8.1", "De stuurgroep houdt beide colleges van bestuur op de hoogte van de gang van zaken in "
                  "de route en legt aan hen verantwoording af over de uitvoering van haar taken."),
    ("np", "8.2", "De vorm, de inhoud en de momenten van deze informatie en verantwoording worden "
                  "uitgewerkt in een rapportageprotocol dat de stuurgroep in de loop van het eerste "
                  "routejaar opstelt en aan de colleges ter vaststelling voorlegt."),

    ("h", "Hoofdstuk III  Onderwijs"),
    ("h2", "Artikel 9  Programma en onderwijstijd"),
    ("np", "9.1", "Partijen beschrijven het onderwijsprogramma, de examinering en de "
                  "beroepspraktijkvorming van de route per routejaar in het PTA/OER. Daarin wordt "
                  "aangegeven welke onderdelen tot het vmbo-deel en welke tot het mbo-deel behoren en "
                  "welke onderdelen door een team van docenten worden verzorgd. Bijlage A geeft een "
                  "overzicht op hoofdlijnen."),
    ("np", "9.2", "Het PTA/OER wordt jaarlijks vóór 1 juni door beide colleges van bestuur vastgesteld. "
                  "Wijzigingen gelden voor het eerstvolgende cohort."),
    ("np", "9.3", "Partijen houden zich aan de normen voor onderwijstijd en studieduur die voor de "
                  "route gelden. De beroepspraktijkvorming valt onder de verantwoordelijkheid van het "
                  "ROC en wordt in de OER geregeld."),
    ("np", "9.4", "In routejaar 1 en 2 volgt de leerling ten minste 1.000 klokuren onderwijs per "
                  "schooljaar. Het aantal begeleide onderwijsuren in routejaar 3 en 4 wordt zo "
                  "vastgesteld dat de route als geheel voldoet aan de eisen die de wet aan de "
                  "studieduur stelt."),
    ("np", "9.5", "Onderdelen van de kwalificatie Verzorgende-IG die in routejaar 1 en 2 al zijn "
                  "afgerond en beoordeeld, worden in routejaar 3 en 4 niet opnieuw aangeboden. De "
                  "vrijgekomen tijd wordt besteed aan verdieping in het skillslab en aan keuzedelen."),
    ("np", "9.6", "Het vakoverstijgende karakter van de route komt in elk routejaar tot uiting in ten "
                  "minste één project waarin algemene vakken en beroepsgerichte onderdelen samenkomen, "
                  "zoals een project over voeding en gezondheid bij ouderen."),

    ("h2", "Artikel 10  Locaties en ruimten"),
    ("np", "10.1", "Routejaar 1 wordt verzorgd in het gebouw van de school aan de Kloosterhof te Venray. "
                   "In routejaar 2 volgen de leerlingen twee dagdelen per week les in het skillslab "
                   "van het ROC op de locatie Venray-Oost. Routejaar 3 en 4 worden verzorgd op de "
                   "locaties van het ROC in Venray en Venlo."),
    ("np", "10.2", "Het ROC stelt zijn skillslab, de oefenwoning en de simulatiepoppen kosteloos ter "
                   "beschikking voor lessen van de route, ook in routejaar 1 en 2. De school stelt haar "
                   "verzorgingslokaal en keuken beschikbaar voor lessen van docenten van het ROC."),
    ("np", "10.3", "Bij het gebruik van elkaars ruimten gelden de huisregels van de partij die de ruimte "
                   "beschikbaar stelt."),
    ("np", "10.4", "De school draagt de kosten van het vervoer van leerlingen tussen de Kloosterhof en de "
                   "locatie Venray-Oost in routejaar 2. Leerlingen reizen in groepen onder begeleiding "
                   "van een docent, tenzij de ouders schriftelijk toestemming geven voor zelfstandig "
                   "reizen."),
    ("np", "10.5", "Docenten van de ene partij krijgen toegang tot de elektronische leeromgeving en het "
                   "leerlingvolgsysteem van de andere partij voor zover dat voor hun lessen in de route "
                   "nodig is."),
    ("h2", "Artikel 11  Toelating en plaatsing"),
    ("np", "11.1", "Een leerling die aan het eind van leerjaar 2 is bevorderd naar de "
                   "kaderberoepsgerichte leerweg en voor het profiel Zorg en welzijn heeft gekozen, "
                   "kan tot de route worden toegelaten na een intakegesprek met een routecoördinator."),
    ("np", "11.2", "Een deelnemer die bij het ROC een andere opleiding wil volgen omdat de route niet "
                   "bij hem past, wordt tot die opleiding toegelaten zonder dat de vooropleidingseisen "
                   "op hem worden toegepast, ook als hij het vmbo-diploma (nog) niet heeft behaald."),

    ("h2", "Artikel 12  Docenten"),
    ("np", "12.1", "De school zet voor de route docenten Zorg en welzijn, Nederlands, Engels, "
                   "maatschappijleer en lichamelijke opvoeding in. Het ROC zet docenten verpleging en "
                   "verzorging en praktijkdocenten van het skillslab in. Iedere partij blijft werkgever "
                   "van het eigen personeel."),
    ("np", "12.2", "Voor de vakoverstijgende onderdelen Zorg in de wijk en Persoonlijke verzorging "
                   "werken docenten van beide partijen als één team met toepassing van de "
                   "teambevoegdheid. Voor elk onderdeel is ten minste één daarvoor bevoegde docent "
                   "betrokken."),
    ("np", "12.3", "Nieuwe docenten van de route lopen in hun eerste jaar ten minste drie dagdelen mee "
                   "bij de andere partij."),
    ("np", "12.4", "Partijen organiseren elk schooljaar ten minste twee gezamenlijke studiedagen voor het "
                   "routeteam, gericht op afstemming van het programma en op didactiek voor de "
                   "doelgroep."),
    ("np", "12.5", "Bij ziekte of afwezigheid van een docent zorgt de partij bij wie hij in dienst is "
                   "voor vervanging. Lukt dat niet, dan overleggen de routecoördinatoren of een docent "
                   "van de andere partij de lessen tijdelijk kan overnemen."),

    ("h2", "Artikel 13  Examinering"),
    ("np", "13.1", "De school is verantwoordelijk voor de vmbo-examinering en -diplomering, ook voor een "
                   "deelnemer die al als student bij het ROC staat ingeschreven. Het ROC is "
                   "verantwoordelijk voor de mbo-examinering en -diplomering."),
    ("np", "13.2", "Het centraal examen wordt in routejaar 2 afgelegd. Een deelnemer die daarvoor is "
                   "afgewezen, kan het examen in routejaar 3 opnieuw afleggen terwijl hij het "
                   "mbo-programma vervolgt. Slaagt hij ook dan niet, dan kan hij zonder vmbo-diploma "
                   "doorgaan in de opleiding Verzorgende-IG of in een andere opleiding van het ROC op "
                   "niveau 2 of 3, zoals Helpende zorg en welzijn of Maatschappelijke zorg; artikel 14.3 "
                   "is van toepassing."),

    ("h2", "Artikel 14  Begeleiding en overstap"),
    ("np", "14.1", "Iedere deelnemer heeft een mentor. De mentor volgt de voortgang en bespreekt die "
                   "ten minste drie keer per schooljaar met de deelnemer en, zolang hij leerling is, met "
                   "zijn ouders."),
    ("np", "14.2", "Een deelnemer die de route in routejaar 1 of 2 verlaat, vervolgt zijn opleiding in "
                   "de reguliere kaderberoepsgerichte leerweg van de school, in het profiel Zorg en "
                   "welzijn of een ander profiel, en sluit die af met het vmbo-diploma. Een deelnemer "
                   "die de route in routejaar 3 of 4 verlaat, kan overstappen naar een andere opleiding "
                   "van het ROC op hetzelfde niveau of, als dat beter bij hem past, op niveau 2. Bij een "
                   "verhuizing of een keuze voor een andere instelling helpen partijen bij de aanmelding "
                   "en het geschiktheidsonderzoek aldaar."),
    ("np", "14.3", "Welk vervolg passend is, beoordelen de school en het ROC gezamenlijk, na overleg "
                   "met de deelnemer en, bij een minderjarige, zijn ouders. Zij nemen daarbij het "
                   "bereikte onderwijsniveau en de leeftijd van de deelnemer als uitgangspunt. De "
                   "mentoren van beide partijen zorgen voor een warme overdracht."),
    ("np", "14.4", "De werkwijze bij een overstap wordt opgenomen in de schoolgids van de school en de "
                   "studiegids van het ROC."),
    ("np", "14.5", "Loopbaanoriëntatie en -begeleiding maken in elk routejaar deel uit van het "
                   "programma. In routejaar 2 voert de mentor met iedere leerling en zijn ouders een "
                   "gesprek over de voortzetting van de route in het mbo-deel."),
    ("np", "14.6", "Een deelnemer die extra ondersteuning nodig heeft, ontvangt die van de partij waar hij "
                   "staat ingeschreven. Bij de overgang naar het ROC dragen de zorgcoördinator van de "
                   "school en de studentbegeleider van het ROC het ondersteuningsplan over, met "
                   "toestemming van de deelnemer en, bij een minderjarige, zijn ouders."),

    ("h2", "Artikel 15  Klachten, verzuim en privacy"),
    ("np", "15.1", "De klachtenregeling van elke partij geldt ook voor gedragingen van het personeel van "
                   "de andere partij die met de route samenhangen. De voorzitter van een "
                   "klachtencommissie is niet werkzaam voor de andere partij."),
    ("np", "15.2", "Verzuim wordt gemeld door de partij waar de deelnemer staat ingeschreven. De "
                   "routecoördinatoren informeren elkaar binnen twee werkdagen over verzuim op hun "
                   "locatie."),
    ("np", "15.3", "Partijen wisselen alleen de persoonsgegevens uit die voor de uitvoering van de route "
                   "nodig zijn en treffen passende beveiligingsmaatregelen."),
    ("np", "15.4", "Ouders van leerlingen worden ten minste twee keer per schooljaar uitgenodigd voor "
                   "een ouderavond van de route, die door de routecoördinatoren gezamenlijk wordt "
                   "voorbereid."),
    ("np", "15.5", "Het ROC zorgt ervoor dat deelnemers die in het skillslab of elders met "
                   "zorgvragers in aanraking komen, beschikken over de daarvoor vereiste verklaringen "
                   "en instructies, waaronder een instructie over hygiëne en tillen."),

    ("h", "Hoofdstuk IV  Financiën en medezeggenschap"),
    ("h2", "Artikel 16  Financiële afspraken"),
    ("np", "16.1", "Iedere partij draagt in beginsel haar eigen kosten van de route."),
    ("np", "16.2", "In afwijking van het eerste lid draagt de school, met toepassing van artikel 5.42a "
                   "van de Wet voortgezet onderwijs 2020, voor iedere leerling die op 1 oktober in "
                   "routejaar 2 bij haar staat ingeschreven een bedrag van € 1.150 over aan het ROC."),
    ("np", "16.3", "Het bedrag wordt voldaan in twee gelijke termijnen, op 1 december en op 1 mei van "
                   "het schooljaar waarop het betrekking heeft."),
    ("np", "16.4", "Partijen bespreken de hoogte van het bedrag opnieuw in het voorjaar van 2027."),

    ("h2", "Artikel 17  Medezeggenschap"),
    ("np", "17.1", "Voor leerlingen die bij de school staan ingeschreven, hun ouders en het personeel "
                   "van de school geldt de Wet medezeggenschap op scholen. Voor studenten van het ROC "
                   "en hun ouders geldt de Wet educatie en beroepsonderwijs en voor het personeel van "
                   "het ROC de Wet op de ondernemingsraden."),
    ("np", "17.2", "Partijen kunnen in aanvulling daarop afspraken maken over de medezeggenschap in de "
                   "route."),

    ("h", "Hoofdstuk V  Geschillen, toetreding, duur en wijziging"),
    ("h2", "Artikel 18  Geschillenregeling"),
    ("np", "18.1", "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
                   "besproken in de stuurgroep."),
    ("np", "18.2", "Wordt het geschil niet binnen een maand in de stuurgroep opgelost, dan voeren de "
                   "voorzitters van beide colleges van bestuur daarover overleg."),
    ("np", "18.3", "Leidt dat overleg niet binnen zes weken tot een oplossing, dan wordt het geschil "
                   "voorgelegd aan een commissie van drie personen: ieder college wijst één lid aan en "
                   "die twee leden kiezen samen een voorzitter die bij geen van beide partijen werkzaam "
                   "is. De commissie geeft binnen twee maanden een bindend advies."),

    ("h2", "Artikel 19  Toetreding"),
    ("np", "19.1", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan "
                   "partij worden bij deze overeenkomst, mits zij de route of een deel daarvan kan "
                   "verzorgen en beide colleges van bestuur schriftelijk met de toetreding instemmen."),
    ("np", "19.2", "Toetreding geschiedt door ondertekening van een akte van toetreding en gaat in op "
                   "1 augustus van het eerstvolgende schooljaar. De toetreding wordt gezamenlijk bij DUO "
                   "gemeld."),

    ("h2", "Artikel 20  Duur en opzegging"),
    ("np", "20.1", "Deze overeenkomst wordt aangegaan voor onbepaalde tijd en treedt in werking op "
                   "1 augustus 2025."),
    ("np", "20.2", "Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig "
                   "jaar, met een opzegtermijn van ten minste achttien maanden."),
    ("np", "20.3", "Iedere partij kan de overeenkomst met onmiddellijke ingang ontbinden wanneer de "
                   "andere partij in staat van faillissement raakt of haar bevoegdheid verliest om "
                   "haar deel van de route te verzorgen."),

    ("h2", "Artikel 21  Gevolgen voor deelnemers"),
    ("np", "21.1", "Na een opzegging of ontbinding worden geen nieuwe leerlingen tot de route "
                   "toegelaten."),
    ("np", "21.2", "Deelnemers die op het moment van opzegging of ontbinding al in de route zitten, "
                   "kunnen de route afmaken. Partijen blijven de daarvoor nodige inspanningen leveren "
                   "totdat de laatste deelnemer de route heeft afgerond of heeft verlaten; als afronding "
                   "niet mogelijk is, biedt de partij die de route voortzet of het ROC een passende "
                   "plaats als bedoeld in artikel 14."),

    ("h2", "Artikel 22  Wijziging"),
    ("np", "22.1", "Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst tussen "
                   "beide colleges van bestuur."),
    ("np", "22.2", "Een wijziging die gevolgen heeft voor het onderwijs aan deelnemers die al in de route "
                   "zitten, treedt voor hen niet eerder in werking dan bij het begin van het volgende "
                   "schooljaar en wordt hun en hun ouders ten minste drie maanden tevoren meegedeeld."),

    ("h", "Hoofdstuk VI  Slot"),
    ("h2", "Artikel 23  Slotbepalingen"),
    ("np", "23.1", "Op deze overeenkomst is Nederlands recht van toepassing."),
    ("np", "23.2", "Bijlage A maakt deel uit van deze overeenkomst. Bij strijdigheid tussen de bijlage en "
                   "de artikelen gaan de artikelen voor."),
    ("np", "23.3", "Mocht een bepaling van deze overeenkomst nietig blijken, dan blijven de overige "
                   "bepalingen van kracht. Partijen vervangen de nietige bepaling door een bepaling die "
                   "haar zoveel mogelijk benadert."),
    ("np", "23.4", "Kennisgevingen op grond van deze overeenkomst geschieden schriftelijk aan het "
                   "college van bestuur van de andere partij."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend te Venray op 30 juni 2025."),
    ("sig", ["Stichting Katholiek Voortgezet Onderwijs Noord-Limburg",
             "drs. M.J.H. Verstappen, voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum Maasgouw",
             "dr. L.W.G. Janssen, voorzitter college van bestuur"]),
    ("pb",),
    ("h", "Bijlage A  Overzicht routejaren"),
    ("table", [["Routejaar", "Inschrijving", "Locatie", "Hoofdlijn programma", "Examens"],
               ["1 (vmbo 3)", "school", "Kloosterhof Venray", "beroepsgericht profiel Z&W, algemene vakken, "
                "kennismaking met zorgtaken", "schoolexamens vmbo"],
               ["2 (vmbo 4)", "school", "Kloosterhof en skillslab ROC", "afronding vmbo, start "
                "mbo-onderdelen persoonlijke verzorging", "centraal examen vmbo; eerste mbo-toetsen"],
               ["3 (mbo 1)", "ROC", "ROC Venray", "mbo-programma Verzorgende-IG, bpv", "mbo-examens, "
                "zo nodig herkansing vmbo"],
               ["4 (mbo 2)", "ROC", "ROC Venray en Venlo", "verdieping, keuzedelen, bpv", "proeven van "
                "bekwaamheid, diplomering mbo"]], True),
]

sample(
    169, "169_lang_hoofdstukken_verspreid_zorg", "docx",
    "Long (about 9 pages) DOCX in notarial style with 'Hoofdstuk' Heading 1 and 'Artikel' Heading 2, "
    "in which items are spread: the stuurgroep's appointment is in 'Artikel 3 Organisatie', its "
    "composition in 'Artikel 5 Stuurgroep', its powers in 'Artikel 7 Taken en bevoegdheden'; the "
    "overstap is spread over Artikel 11, 13 and 14; toetreding/opzegging/wijziging over four "
    "articles. Noord-Limburg, Z&W kb -> Verzorgende-IG 3. Defects: the werkveld article is an "
    "intention plus a promise to discuss the form later (b weak); reporting form and moments are "
    "deferred to a later protocol (d weak); EUR 1.150 per pupil is transferred without any "
    "bestemming (g weak). Medezeggenschap only describes the law and says arrangements 'kunnen' be "
    "made (h not_applicable).",
    st("p w p w p p w na p p"),
    {"a": "Artikel 2 Onderwerp",
     "c": "Artikel 3 Organisatie;Artikel 5 Stuurgroep;Artikel 6 Routecoördinatoren;"
          "Artikel 7 Taken en bevoegdheden",
     "e": "Artikel 9 Programma en onderwijstijd;Artikel 10 Locaties en ruimten;Artikel 12 Docenten",
     "f": "Artikel 11 Toelating en plaatsing;Artikel 13 Examinering;Artikel 14 Begeleiding en overstap",
     "i": "Artikel 18 Geschillenregeling",
     "j": "Artikel 19 Toetreding;Artikel 20 Duur en opzegging;Artikel 21 Gevolgen voor deelnemers;"
          "Artikel 22 Wijziging"},
    _169_blocks,
    docx_size=10.5, docx_margin_cm=2.2, docx_author="Kloosterhof College", pdf_title="Overeenkomst DLR Zorg en welzijn – Verzorgende-IG")


# ==============================================================================================
# 170  statute article numbers in the headings, DOCX  (Delfland, bouw)
#      -- defective: f imposes vooropleidingseisen within the same ROC; j only restates the statute
# ==============================================================================================

_170_blocks = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo BWI – Allround timmerman"),
    ("sub", "ex artikel 2.107b Wet voortgezet onderwijs 2020 en artikel 9.1.3 Wet educatie en "
            "beroepsonderwijs"),
    ("p", "DE ONDERGETEKENDEN"),
    ("np", "I.", "Stichting Voortgezet Onderwijs Delfland, gevestigd te Delft, bevoegd gezag van het "
                 "Vakcollege Hof van Delfland, school voor vmbo, vertegenwoordigd door de heer drs. "
                 "W.F. van Leeuwen, voorzitter van het college van bestuur, hierna: 'het Vakcollege';"),
    ("np", "II.", "Stichting Regionaal Opleidingencentrum Vliet en Schie, gevestigd te Delft, bevoegd "
                  "gezag van ROC Vliet en Schie, instelling voor beroepsonderwijs, vertegenwoordigd door "
                  "mevrouw mr. K.S. Ramdin, lid van het college van bestuur, hierna: 'het ROC';"),
    ("p", "OVERWEGEN dat zij sinds het schooljaar 2022–2023 samenwerken in een bouwtechnische leerlijn "
          "en die samenwerking met ingang van het schooljaar 2025–2026 willen voortzetten als "
          "doorlopende leerroute vmbo-mbo, en dat zij de in de wet opgesomde onderwerpen daartoe "
          "hieronder in de volgorde van de wet regelen;"),
    ("p", "KOMEN OVEREEN als volgt."),

    ("h", "Artikel 1 (art. 2.107b lid 1 WVO 2020, art. 9.1.3 lid 1 WEB)"),
    ("np", "1.1", "Het Vakcollege en het ROC verzorgen gezamenlijk de doorlopende leerroute, bedoeld in "
                  "artikel 2, op grond van deze overeenkomst."),
    ("np", "1.2", "Het Vakcollege is verantwoordelijk voor het vmbo-deel van de route en de examinering "
                  "en diplomering daarvan; het ROC voor het mbo-deel, de beroepspraktijkvorming en de "
                  "mbo-examinering en -diplomering."),

    ("h", "Artikel 2 (art. 2.107b lid 2 onder a WVO 2020)"),
    ("np", "2.1", "De route wordt aangeboden aan leerlingen van de kaderberoepsgerichte leerweg in het "
                  "profiel Bouwen, wonen en interieur van het Vakcollege en leidt tot het vmbo-diploma "
                  "van die leerweg en tot het diploma van de vakopleiding Allround timmerman, niveau 3, "
                  "in het opleidingsdomein Bouw en infra van het ROC (bol)."),
    ("np", "2.2", "De route omvat vier routejaren. In routejaar 1 en 2 staat de deelnemer ingeschreven "
                  "bij het Vakcollege, vanaf routejaar 3 bij het ROC."),

    ("h", "Artikel 3 (art. 2.107b lid 2 onder b WVO 2020)"),
    ("np", "3.1", "De leiding over de route berust bij een routedirectie, bestaande uit de teamleider "
                  "Bouw van het Vakcollege en de opleidingsmanager Bouw en infra van het ROC."),
    ("np", "3.2", "Ieder lid wordt benoemd door het college van bestuur van de partij bij wie hij in "
                  "dienst is, nadat het college van bestuur van de andere partij met de benoeming heeft "
                  "ingestemd. De benoeming geldt zolang het lid zijn functie vervult, tenzij het "
                  "benoemende college haar eerder intrekt."),
    ("np", "3.3", "De colleges van bestuur dragen aan de routedirectie op: de voorbereiding van het "
                  "PTA/OER, de roostering, de toedeling van docenten en instructeurs aan de "
                  "programmaonderdelen, de toelating van leerlingen tot de route, het onderhouden van de "
                  "contacten met de bouwbedrijven en het beheer van het routebudget."),
    ("np", "3.4", "De routedirectie beslist zelfstandig over de onderwerpen van het vorige lid, met "
                  "uitzondering van de vaststelling van het PTA/OER en van uitgaven boven € 5.000 per "
                  "geval; daarover beslissen de colleges van bestuur gezamenlijk."),

    ("h", "Artikel 4 (art. 2.107b lid 2 onder c WVO 2020)"),
    ("np", "4.1", "De routedirectie zendt vóór 1 februari en vóór 1 september een schriftelijke "
                  "voortgangsrapportage aan beide colleges van bestuur over de instroom, het verzuim, "
                  "de studievoortgang, de uitval en de examenresultaten en over de besteding van het "
                  "routebudget."),
    ("np", "4.2", "In het bestuurlijk overleg van oktober legt de routedirectie mondeling verantwoording "
                  "af over het afgelopen schooljaar. De colleges kunnen de routedirectie te allen tijde "
                  "om aanvullende inlichtingen vragen; die worden binnen twee weken verstrekt."),

    ("h", "Artikel 5 (art. 2.107b lid 2 onder d WVO 2020)"),
    ("np", "5.1", "Routejaar 1 en 2 worden verzorgd in het gebouw van het Vakcollege aan de "
                  "Papsouwselaan te Delft; in routejaar 2 volgen de leerlingen daarnaast één dag per "
                  "week les in de bouwhal van het ROC. Routejaar 3 en 4 worden verzorgd in de bouwhal "
                  "van het ROC en bij de leerbedrijven."),
    ("np", "5.2", "Het ROC stelt de bouwhal, de machinale houtbewerkingsruimte en de CNC-freesmachine "
                  "voor lessen van de route ter beschikking; het Vakcollege stelt zijn "
                  "praktijklokaal hout en zijn tekenlokaal beschikbaar voor docenten van het ROC."),
    ("np", "5.3", "Docenten bouwtechniek en algemene vakken van het Vakcollege en docenten en "
                  "instructeurs van het ROC vormen één docententeam. In de vakoverstijgende "
                  "onderdelen Bouwproject en Werkvoorbereiding geven zij les op grond van de "
                  "teambevoegdheid, met voor elk onderdeel ten minste één daartoe bevoegde docent. "
                  "Iedere partij blijft werkgever van het eigen personeel."),
    ("np", "5.4", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per "
                  "routejaar beschreven in één PTA/OER, dat jaarlijks vóór 1 juli door beide colleges "
                  "van bestuur wordt vastgesteld. Het centraal examen vmbo wordt in routejaar 2 "
                  "afgelegd."),
    ("np", "5.5", "De klachtenregeling van elke partij is mede van toepassing op gedragingen van "
                  "personeel van de andere partij in het kader van de route."),

    ("h", "Artikel 6 (art. 2.107b lid 2 onder e jo. art. 5.42a WVO 2020)"),
    ("np", "6.1", "Tussen partijen vindt geen overdracht van bekostiging plaats. Iedere partij draagt de "
                  "kosten van haar eigen personeel en voorzieningen; het gebruik van elkaars ruimten "
                  "wordt niet verrekend."),

    ("h", "Artikel 7 (art. 2.107b lid 2 onder f jo. art. 2.107k WVO 2020)"),
    ("np", "7.1", "Een deelnemer die de route beëindigt voordat hij haar met goed gevolg heeft "
                  "afgerond, krijgt van partijen een alternatief aangeboden."),
    ("np", "7.2", "Beëindigt de deelnemer de route in routejaar 1 of 2, dan vervolgt hij de reguliere "
                  "kaderberoepsgerichte leerweg Bouwen, wonen en interieur van het Vakcollege en sluit "
                  "hij die af met het vmbo-diploma."),
    ("np", "7.3", "Beëindigt de deelnemer de route in of na routejaar 3, dan kan hij worden geplaatst in "
                  "de opleiding Timmerman, niveau 2, of in een andere opleiding in de bouw van het ROC, "
                  "mits hij voldoet aan de vooropleidingseisen die het ROC voor die opleiding hanteert, "
                  "waaronder het bezit van het vmbo-diploma van de kaderberoepsgerichte leerweg."),
    ("np", "7.4", "Het Vakcollege en het ROC bepalen in overleg met de deelnemer en zijn ouders "
                  "gezamenlijk welk alternatief passend is, met inachtneming van het bereikte "
                  "onderwijsniveau en de leeftijd van de deelnemer."),

    ("h", "Artikel 8 (art. 2.107b lid 2 onder g WVO 2020)"),
    ("np", "8.1", "Partijen werken voor de route samen met de Bouwkring Delfland, een vereniging van "
                  "elf aannemers, onderhoudsbedrijven en timmerfabrieken uit Delft, Rijswijk en "
                  "Pijnacker-Nootdorp."),
    ("np", "8.2", "De leden van de Bouwkring bieden vanaf routejaar 2 bpv-plaatsen aan, leveren in "
                  "iedere onderwijsperiode een gastdocent uit de eigen bouwpraktijk, organiseren "
                  "jaarlijks een bouwplaatsweek voor de leerlingen van routejaar 1 en nemen met twee "
                  "vertegenwoordigers deel aan de werkveldcommissie van de route, die twee keer per jaar "
                  "advies geeft over de inhoud van het programma en de keuzedelen."),

    ("h", "Artikel 9 (art. 2.107b lid 2 onder h WVO 2020)"),
    ("np", "9.1", "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst door "
                  "de routedirectie besproken en, als dat binnen vier weken geen oplossing oplevert, "
                  "voorgelegd aan het bestuurlijk overleg van beide colleges van bestuur."),
    ("np", "9.2", "Bereiken de colleges binnen zes weken geen overeenstemming, dan wordt het geschil "
                  "beslecht door arbitrage overeenkomstig het Arbitragereglement van het Nederlands "
                  "Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter en houdt zitting te "
                  "Den Haag."),

    ("h", "Artikel 10 (art. 2.107b lid 2 onder i WVO 2020)"),
    ("np", "10.1", "De voorwaarden waaronder een andere school of een andere instelling voor "
                   "beroepsonderwijs partij kan worden bij deze overeenkomst, de voorwaarden waaronder "
                   "deze overeenkomst kan worden opgezegd of ontbonden en de wijze waarop zij in andere "
                   "gevallen kan worden gewijzigd, worden door partijen zodanig bepaald dat de gevolgen "
                   "voor de leerlingen en mbo-studenten zoveel mogelijk worden beperkt."),
    ("np", "10.2", "Deze overeenkomst wordt aangegaan voor onbepaalde tijd."),

    ("h", "Artikel 11 (art. 2.107b lid 2 onder j WVO 2020)"),
    ("np", "11.1", "De medezeggenschapsraad van het Vakcollege en de studentenraad van het ROC wijzen "
                   "ieder twee leden aan voor het routeoverleg medezeggenschap. Het routeoverleg spreekt "
                   "ten minste twee keer per schooljaar met de routedirectie en brengt advies uit over "
                   "het ontwerp-PTA/OER en over voorgenomen wijzigingen van de route."),
    ("np", "11.2", "Leerlingen in routejaar 2 kunnen zich kandidaat stellen voor de studentenraad van het "
                   "ROC en hebben in dat geval dezelfde rechten als de andere leden."),

    ("h", "Artikel 12 (art. 2.107c WVO 2020, art. 9.1.4 WEB)"),
    ("np", "12.1", "Partijen melden de route gezamenlijk aan de minister door registratie in het Register "
                   "Instellingen en Opleidingen, uiterlijk vier weken voor de eerste instroom."),

    ("h", "Artikel 13 Slotbepaling"),
    ("np", "13.1", "Op deze overeenkomst is Nederlands recht van toepassing. Zij treedt in werking op "
                   "1 augustus 2025."),
    ("p", "Aldus overeengekomen en ondertekend te Delft op 30 juni 2025."),
    ("sig", ["Stichting Voortgezet Onderwijs Delfland", "drs. W.F. van Leeuwen, voorzitter CvB"],
            ["Stichting Regionaal Opleidingencentrum Vliet en Schie", "mr. K.S. Ramdin, lid CvB"]),
]

sample(
    170, "170_wetsartikelen_in_koppen_bouw", "docx",
    "Lawyer-style DOCX whose article headings carry only the statutory reference, in the statute's "
    "own letter order ('Artikel 7 (art. 2.107b lid 2 onder f jo. art. 2.107k WVO 2020)'), "
    "so heading letters differ from the bouwsteen letters. Delfland, BWI kb -> Allround timmerman 3. "
    "Defects: the overstap article makes transfer to another opleiding of the same ROC conditional "
    "on its vooropleidingseisen including the vmbo-diploma (f weak); the toetreding/opzegging/"
    "wijziging article only restates the statute plus 'onbepaalde tijd' (j weak). Explicitly no "
    "transfer of bekostiging; routeoverleg medezeggenschap; NAI arbitrage.",
    st("p p p p p w p p p w"),
    {"a": "Artikel 2 (art. 2.107b lid 2 onder a WVO 2020)",
     "b": "Artikel 8 (art. 2.107b lid 2 onder g WVO 2020)",
     "c": "Artikel 3 (art. 2.107b lid 2 onder b WVO 2020)",
     "d": "Artikel 4 (art. 2.107b lid 2 onder c WVO 2020)",
     "e": "Artikel 5 (art. 2.107b lid 2 onder d WVO 2020)",
     "g": "Artikel 6 (art. 2.107b lid 2 onder e jo. art. 5.42a WVO 2020)",
     "h": "Artikel 11 (art. 2.107b lid 2 onder j WVO 2020)",
     "i": "Artikel 9 (art. 2.107b lid 2 onder h WVO 2020)"},
    _170_blocks,
    docx_size=10.5, docx_margin_cm=2.5, docx_author="Vakcollege Hof van Delfland",
    pdf_title="SOK DLR BWI – Allround timmerman")


# ==============================================================================================
# 171  two routes in one agreement with shared arrangements, Markdown  (Midden-Holland, techniek:
#      elektrotechniek and autotechniek)  -- compliant
# ==============================================================================================

_171_blocks = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroutes techniek Gouda"),
    ("sub", "Route Elektrotechniek en route Autotechniek – Goudse Waarden College en ROC Hollandse IJssel"),
    ("h", "Partijen"),
    ("li", "**Stichting Openbaar Voortgezet Onderwijs Midden-Holland**, gevestigd te Gouda, bevoegd "
           "gezag van het Goudse Waarden College, school voor vmbo met de basis- en "
           "kaderberoepsgerichte leerweg, vertegenwoordigd door mevrouw A.L. Hoogendoorn MBA, "
           "voorzitter van het college van bestuur (hierna: **de school**);"),
    ("li", "**Stichting ROC Hollandse IJssel**, gevestigd te Gouda, bevoegd gezag van ROC Hollandse "
           "IJssel met het Techniekcollege Gouda, vertegenwoordigd door de heer ing. D.C. van Vliet, "
           "voorzitter van het college van bestuur (hierna: **het ROC**)."),
    ("p", "Partijen bieden twee doorlopende leerroutes aan die veel met elkaar gemeen hebben. Deel A "
          "van deze overeenkomst bevat de afspraken die voor beide routes gelden; deel B bevat wat per "
          "route verschilt. Waar deel B niets regelt, geldt deel A."),

    ("h", "Deel A – Gedeelde afspraken"),
    ("h2", "A1 Twee routes, één overeenkomst"),
    ("p", "Partijen verzorgen samen de volgende doorlopende leerroutes, die beginnen in leerjaar 3 van "
          "de kaderberoepsgerichte leerweg van de school en leiden tot het vmbo-diploma en een "
          "mbo-diploma op niveau 3 (bol):"),
    ("table", [["Route", "Vmbo-profiel (leerweg)", "Mbo-opleiding", "Niveau", "Opleidingsdomein"],
               ["Elektrotechniek", "Produceren, installeren en energie (kb)",
                "Eerste monteur elektrotechnische installaties woning en utiliteit", "3",
                "Installatie- en energietechniek"],
               ["Autotechniek", "Mobiliteit en transport (kb)", "Eerste autotechnicus", "3",
                "Mobiliteit en voertuigen"]], True),
    ("p", "Beide routes duren vier routejaren: in routejaar 1 en 2 is de deelnemer leerling van de "
          "school, vanaf routejaar 3 student van het ROC. Elke route wordt afzonderlijk gemeld in het "
          "Register Instellingen en Opleidingen; partijen doen die melding samen."),

    ("h2", "A2 Techniekroute-overleg"),
    ("p", "De leiding over beide routes ligt bij het techniekroute-overleg. Daarin zitten:"),
    ("li", "de afdelingsleider techniek van de school;"),
    ("li", "de opleidingsmanager installatietechniek en de opleidingsmanager mobiliteit van het ROC;"),
    ("li", "de twee routecoördinatoren, één per route, die door het overleg uit de docenten van beide "
           "partijen worden gekozen."),
    ("p", "De afdelingsleider en de opleidingsmanagers krijgen hun plaats in het overleg doordat hun "
          "eigen college van bestuur hen daarvoor schriftelijk aanwijst; dat college kan de aanwijzing "
          "ook weer intrekken. De keuze van een routecoördinator behoeft de bevestiging van beide "
          "colleges van bestuur."),
    ("p", "Het techniekroute-overleg mag zonder tussenkomst van de besturen beslissen over het rooster, "
          "de verdeling van docenten en instructeurs over de routes, de toelating van leerlingen, een "
          "wisseling van route (A5) en uitgaven tot € 8.000 per keer binnen de jaarbegroting van de "
          "routes. Voor al het andere – de jaarbegroting zelf, het PTA/OER, personeelszaken en deze "
          "overeenkomst – beslissen de colleges van bestuur."),

    ("h2", "A3 Verslag aan de besturen"),
    ("p", "Het techniekroute-overleg stuurt beide colleges van bestuur na afloop van elk trimester een "
          "kort verslag per route (aantallen, voortgang, uitval, bijzonderheden). Elk jaar in november "
          "bespreekt het overleg met beide colleges samen het jaarverslag over beide routes, inclusief "
          "de besteding van het geld uit A6; de colleges stellen dat verslag vast of vragen om "
          "aanvulling."),

    ("h2", "A4 Onderwijs, mensen en middelen"),
    ("li", "**Waar:** routejaar 1 op de school aan de Burgemeester Jamessingel, routejaar 2 drie dagen "
           "op de school en twee dagen in het Techniekcollege, routejaar 3 en 4 in het Techniekcollege "
           "en bij leerbedrijven (zie deel B)."),
    ("li", "**Programma:** per route één PTA/OER met per routejaar de onderdelen, de examens en de "
           "bpv, jaarlijks vóór 1 juli vastgesteld door beide colleges. Het centraal examen vmbo valt "
           "in routejaar 2."),
    ("li", "**Mensen:** docenten van de school (algemene vakken en de beroepsgerichte profielvakken) "
           "en docenten en instructeurs van het ROC vormen per route één team. In de gezamenlijke "
           "projecten werken zij met teambevoegdheid; elk onderdeel heeft ten minste één bevoegde "
           "docent. Iedereen blijft in dienst van de eigen werkgever."),
    ("li", "**Middelen:** de school stelt haar techniekwerkplaats en het lokaal voor technisch "
           "tekenen open voor de routes; het ROC stelt de installatiehal, het elektrolab, de "
           "autowerkplaats met diagnoseapparatuur en de hefbruggen beschikbaar. Deel B noemt per "
           "route wat daarbij hoort."),
    ("li", "**Klachten:** de klachtenregeling van elke partij geldt ook voor gedragingen van "
           "personeel van de andere partij in de routes."),

    ("h2", "A5 Uitstappen en overstappen"),
    ("p", "Geen leerling raakt door de route zijn kans op een diploma kwijt. Daarom geldt:"),
    ("li", "Wie in routejaar 1 of 2 stopt, gaat verder in de gewone kaderberoepsgerichte leerweg van "
           "hetzelfde profiel, of een ander profiel, en haalt daar het vmbo-diploma."),
    ("li", "Wie beter past in de andere route, kan tot het einde van routejaar 2 van route wisselen; "
           "wat al is behaald in de algemene vakken, blijft staan."),
    ("li", "Wie in routejaar 3 of 4 stopt of na routejaar 3 nog geen vmbo-diploma heeft, kan door in "
           "een andere opleiding van het ROC op niveau 3, of zo nodig niveau 2, zonder dat het ROC "
           "vooropleidingseisen stelt; wie liever naar een andere instelling gaat, krijgt hulp bij "
           "aanmelding en het geschiktheidsonderzoek daar."),
    ("p", "Welke plek het wordt, beslissen school en ROC samen na een gesprek met de leerling en zijn "
          "ouders; het bereikte onderwijsniveau en de leeftijd van de leerling zijn daarbij leidend. De "
          "werkwijze staat ook in de schoolgids."),

    ("h2", "A6 Geld"),
    ("p", "De school draagt per leerling die op 1 oktober in routejaar 2 staat ingeschreven een deel "
          "van haar bekostiging over aan het ROC: € 900 voor de route Elektrotechniek en € 1.100 voor de "
          "route Autotechniek. Het geld is bedoeld voor de lessen die instructeurs van het ROC in "
          "routejaar 2 geven en voor het gebruik van de installatiehal, het elektrolab en de "
          "autowerkplaats; het verschil tussen de routes komt door de hogere materiaalkosten in de "
          "autowerkplaats. Andere bekostiging gaat niet over."),

    ("h2", "A7 Stem van leerlingen, ouders en personeel"),
    ("p", "De MR van de school en de studentenraad van het ROC vormen samen een routecommissie van vier "
          "leden (twee uit elke raad). Het techniekroute-overleg legt wijzigingen in een PTA/OER en "
          "het jaarverslag eerst aan de routecommissie voor, die binnen vier weken advies geeft. "
          "Leerlingen van routejaar 2 mogen een vertegenwoordiger naar de studentenraad sturen."),

    ("h2", "A8 Als partijen het oneens zijn"),
    ("p", "Een meningsverschil over de uitvoering van deze overeenkomst gaat eerst naar het "
          "techniekroute-overleg en daarna naar de twee bestuursvoorzitters. Komen die er binnen twee "
          "maanden niet uit, dan vragen zij een mediator; lukt ook dat niet, dan beslist de bevoegde "
          "rechter in de rechtbank Den Haag."),

    ("h2", "A9 Nieuwe partners, einde en wijziging"),
    ("li", "**Nieuwe partner:** een andere vmbo-school of mbo-instelling kan voor één of beide routes "
           "meedoen als beide colleges van bestuur dat schriftelijk goedvinden en de nieuwe partner "
           "deze overeenkomst ondertekent; dat gaat in bij het begin van een schooljaar en wordt "
           "samen bij DUO gemeld."),
    ("li", "**Einde:** de overeenkomst geldt zonder einddatum. Iedere partij kan haar – voor beide "
           "routes of voor één route – opzeggen tegen 1 augustus, met een jaar opzegtermijn. Na "
           "opzegging stromen geen nieuwe leerlingen meer in; wie al in de route zit, maakt haar af "
           "en partijen houden zich daarvoor aan deze afspraken tot de laatste leerling klaar is."),
    ("li", "**Wijziging:** wijzigen kan alleen schriftelijk, met handtekening van beide colleges. Een "
           "wijziging die het programma raakt, geldt pas voor het eerstvolgende cohort, tenzij zij de "
           "leerlingen voordeel brengt."),

    ("h", "Deel B – Per route"),
    ("h2", "B1 Route Elektrotechniek"),
    ("li", "**Bedrijven:** acht installatiebedrijven uit Gouda, Waddinxveen en Bodegraven, "
           "waaronder Installatietechniek Gouwe B.V. en Elektro Reeuwijk, bieden vanaf routejaar 2 "
           "meewerkstages en bpv-plaatsen, geven per jaar twee gastlessen over zonne-energie en "
           "warmtepompen en beoordelen samen met de docenten de praktijkopdrachten in het laatste "
           "routejaar."),
    ("li", "**Ruimtes:** installatiehal en elektrolab van het ROC; techniekwerkplaats van de school."),
    ("li", "**Team:** twee docenten PIE van de school, twee docenten elektrotechniek en een instructeur "
           "van het ROC."),
    ("h2", "B2 Route Autotechniek"),
    ("li", "**Bedrijven:** zes autobedrijven en een bandenservice uit de regio, verenigd in het "
           "Mobiliteitsplatform Midden-Holland, stellen vanaf routejaar 2 werkplekken voor de bpv "
           "beschikbaar, lenen de routes jaarlijks actuele voertuigen voor diagnoseles en hebben twee "
           "zetels in de werkveldraad die elk voorjaar advies geeft over de keuzedelen."),
    ("li", "**Ruimtes:** autowerkplaats met hefbruggen en diagnoseapparatuur van het ROC; "
           "techniekwerkplaats van de school."),
    ("li", "**Team:** twee docenten M&T van de school, twee docenten autotechniek en een instructeur "
           "van het ROC."),

    ("h", "Ondertekening"),
    ("p", "Gouda, 30 juni 2025"),
    ("sig", ["Stichting Openbaar Voortgezet Onderwijs Midden-Holland",
             "A.L. Hoogendoorn MBA, voorzitter college van bestuur"],
            ["Stichting ROC Hollandse IJssel",
             "ing. D.C. van Vliet, voorzitter college van bestuur"]),
]

sample(
    171, "171_twee_routes_gedeelde_afspraken_techniek", "md",
    "Markdown agreement for two routes at once (Deel A shared arrangements, Deel B per route; a "
    "Markdown table names both routes). Midden-Holland, PIE kb -> Eerste monteur elektrotechnische "
    "installaties woning en utiliteit 3 and M&T kb -> Eerste autotechnicus 3. One leiding for both "
    "routes; bedrijfsleven only in the two route sections; pupils may switch routes; different "
    "per-pupil transfers per route with bestemming; joint routecommissie of MR and studentenraad. "
    "Fully compliant.",
    st("p p p p p p p p p p"),
    {"a": "A1 Twee routes, één overeenkomst",
     "b": "B1 Route Elektrotechniek;B2 Route Autotechniek",
     "c": "A2 Techniekroute-overleg",
     "d": "A3 Verslag aan de besturen",
     "e": "A4 Onderwijs, mensen en middelen",
     "f": "A5 Uitstappen en overstappen",
     "g": "A6 Geld",
     "h": "A7 Stem van leerlingen, ouders en personeel",
     "i": "A8 Als partijen het oneens zijn",
     "j": "A9 Nieuwe partners, einde en wijziging"},
    _171_blocks)


# ==============================================================================================
# 172  "wij"-form written by the director-bestuurder of a small vmbo with a vakinstelling, PDF
#      (Hoeksche Waard, afbouw / schilder)  -- compliant
# ==============================================================================================

_172_blocks = [
    ("title", "Onze doorlopende leerroute Schilder"),
    ("sub", "Samenwerkingsovereenkomst tussen het Binnenwaard College (Oud-Beijerland) en Vakschool "
            "AfbouwWerk"),
    ("p", "Ik ben Joke van der Giessen, directeur-bestuurder van de Stichting Binnenwaard College in "
          "Oud-Beijerland. Het Binnenwaard College is een kleine vmbo-school met zo'n 330 leerlingen in "
          "de basis- en kaderberoepsgerichte leerweg. Als bestuurder ben ik het bevoegd gezag van de "
          "school. Samen met de Stichting Nationale Vakschool Afbouw en Onderhoud (Vakschool "
          "AfbouwWerk), een vakinstelling voor schilders, stukadoors en glaszetters met een "
          "leerwerkplaats in Dordrecht, starten wij een doorlopende leerroute. In deze overeenkomst "
          "staat 'wij' voor onze school en de Vakschool samen. Waar maar één van ons iets doet, noem "
          "ik die bij naam. Wat hieronder staat, is wat wij afspreken en waar wij elkaar aan houden."),

    ("h", "1. Welke route wij aanbieden"),
    ("p", "Wij bieden vanaf het schooljaar 2025–2026 één route aan: van de basisberoepsgerichte "
          "leerweg, profiel Bouwen, wonen en interieur, van het Binnenwaard College naar de "
          "basisberoepsopleiding Schilder, niveau 2 (bol), in het opleidingsdomein Afbouw, hout en "
          "onderhoud van de Vakschool. De route duurt drie jaar. In routejaar 1 en 2 zijn de "
          "leerlingen van ons, en in routejaar 2 halen zij hun vmbo-diploma; in routejaar 3 staan zij "
          "ingeschreven bij de Vakschool en ronden zij de opleiding Schilder af. Wij melden de route "
          "samen bij DUO."),

    ("h", "2. Hoe schildersbedrijven meedoen"),
    ("p", "In de Hoeksche Waard zitten veel kleine schildersbedrijven. Vijf daarvan – Schildersbedrijf "
          "Van Strien in Puttershoek, Kleurwerk Korendijk, Schilders- en Glasbedrijf De Kil, Verfwerk "
          "Strijen en Onderhoudsbedrijf Mookhoek – doen mee. Zij ontvangen in routejaar 1 iedere "
          "leerling een week op hun werk, nemen leerlingen in routejaar 2 en 3 op voor de "
          "beroepspraktijkvorming en beoordelen samen met de vakdocent de proeve van bekwaamheid. Eén "
          "van hen komt om de week een praktijkles geven in onze werkplaats. Verder bespreken wij het "
          "programma elk voorjaar met de afdeling Zuid-Holland van de schildersbranche, en nemen wij "
          "hun adviezen over de keuzedelen mee."),

    ("h", "3. Wie de route leidt"),
    ("p", "De route wordt geleid door een kerngroep van drie mensen: ikzelf, onze praktijkdocent BWI en "
          "de regiomanager Zuid-Holland van de Vakschool. Ik wijs als bestuurder onze praktijkdocent "
          "aan; het college van bestuur van de Vakschool wijst de regiomanager aan. Wie wordt "
          "aangewezen, blijft lid totdat degene die hem heeft aangewezen iemand anders aanwijst."),
    ("p", "De kerngroep beslist over het rooster, over welke docent welk deel geeft, over de toelating "
          "van leerlingen tot de route, over de plaatsing bij de schildersbedrijven en over uitgaven "
          "voor de route tot € 3.000 per keer. Wat de kerngroep niet mag: personeel aannemen of "
          "ontslaan, het PTA/OER vaststellen of deze overeenkomst veranderen. Dat doen de besturen "
          "zelf."),

    ("h", "4. Hoe de kerngroep ons op de hoogte houdt"),
    ("p", "In februari en in juli schrijft de kerngroep een kort verslag voor mij als bestuurder en "
          "voor het college van bestuur van de Vakschool: hoeveel leerlingen er zijn, hoe zij ervoor "
          "staan, wie is uitgevallen, hoe het met de stages gaat en wat er is uitgegeven. In september "
          "houden ik en een lid van het college van bestuur van de Vakschool een bestuursgesprek over "
          "het afgelopen jaar, waarin de kerngroep verantwoording aflegt over wat zij heeft gedaan en "
          "besloten."),

    ("h", "5. Waar en door wie er les wordt gegeven"),
    ("p", "Routejaar 1 is bij ons op school, in ons praktijklokaal en de werkplaats achter het gebouw. "
          "In routejaar 2 gaan de leerlingen één dag per week naar de leerwerkplaats van de Vakschool "
          "in Dordrecht; het Binnenwaard College regelt en betaalt het busvervoer. Routejaar 3 is bij "
          "de Vakschool en bij de bedrijven. De Vakschool leent ons voor routejaar 1 oefenwanden, "
          "rolsteigers en een spuitcabine; wij stellen ons praktijklokaal open voor de vakdocent van de "
          "Vakschool."),
    ("p", "Onze praktijkdocent BWI en onze docenten Nederlands, rekenen/wiskunde en Engels vormen samen "
          "met een vakdocent schilderen en een praktijkopleider van de Vakschool één team. De "
          "vakdocent van de Vakschool geeft vanaf routejaar 1 een dag per week bij ons les. In het "
          "project Kleur en onderhoud werken zij met teambevoegdheid; voor elk onderdeel is er altijd "
          "een bevoegde docent. Iedereen blijft in dienst van de eigen werkgever."),
    ("p", "Wat er per routejaar wordt gegeven en getoetst, staat in het PTA/OER van de route, dat onze "
          "beide besturen elk jaar vóór 1 juli vaststellen."),

    ("h", "6. Als een leerling wil of moet overstappen"),
    ("p", "Niet iedere leerling maakt de route af, en dat hoeft ook niet. Stopt een leerling in "
          "routejaar 1 of 2, dan maakt hij bij ons de gewone basisberoepsgerichte leerweg af, in BWI "
          "of in een ander profiel dat wij aanbieden, en haalt hij daar zijn vmbo-diploma. Haalt hij in "
          "routejaar 2 zijn vmbo-diploma niet, dan mag hij het examen een jaar later opnieuw doen en "
          "intussen bij de Vakschool beginnen; hij kan ook zonder vmbo-diploma door in de opleiding "
          "Schilder of een andere opleiding op niveau 2 van de Vakschool, zoals Stukadoor, want de "
          "Vakschool stelt dan geen vooropleidingseisen. Wil hij iets heel anders, dan helpen wij hem "
          "bij de aanmelding en het geschiktheidsonderzoek bij een ROC in de regio. De "
          "Entree-opleiding is geen automatische uitweg."),
    ("p", "Welke plek het wordt, beslissen het Binnenwaard College en de Vakschool samen, nadat wij "
          "met de leerling en zijn ouders hebben gesproken. Wij kijken daarbij naar wat hij al heeft "
          "gehaald en naar zijn leeftijd."),

    ("h", "7. Geld"),
    ("p", "Wij dragen geen bekostiging aan elkaar over. De Vakschool betaalt zelf haar vakdocent die bij "
          "ons lesgeeft en de materialen die zij uitleent; het Binnenwaard College betaalt het vervoer "
          "naar Dordrecht."),

    ("h", "8. Inspraak"),
    ("p", "Onze medezeggenschapsraad krijgt elk jaar het verslag van de kerngroep en geeft vooraf advies "
          "als wij iets willen veranderen aan de route. De studentenraad van de Vakschool houdt een "
          "plaats vrij voor een leerling uit routejaar 2, die gewoon mag meepraten en meestemmen."),

    ("h", "9. Als wij het niet eens zijn"),
    ("p", "Zijn wij het over de uitvoering van deze afspraken oneens, dan praat eerst de kerngroep "
          "erover. Lukt dat niet, dan gaan ik en de voorzitter van het college van bestuur van de "
          "Vakschool om tafel. Komen wij er binnen een maand niet uit, dan vragen wij bindend advies "
          "aan een onafhankelijke jurist die wij samen kiezen. Worden wij het over die persoon niet "
          "eens, dan legt één van ons het geschil voor aan de rechtbank Rotterdam."),

    ("h", "10. Nieuwe partners, stoppen en wijzigen"),
    ("p", "Wil een andere vmbo-school uit de Hoeksche Waard of een andere mbo-instelling meedoen, dan "
          "kan dat als wij allebei schriftelijk ja zeggen en de nieuwe partner deze overeenkomst mee "
          "ondertekent. Een nieuwe partner begint altijd op 1 augustus, en wij melden dat samen bij "
          "DUO."),
    ("p", "Ieder van ons kan deze overeenkomst opzeggen, maar alleen schriftelijk, tegen 1 augustus en "
          "met een jaar opzegtermijn. Daarna nemen wij geen nieuwe leerlingen meer aan, en leerlingen "
          "die al in de route zitten maken haar bij ons af, zo nodig tot en met het laatste routejaar."),
    ("p", "Deze afspraken veranderen alleen als wij allebei een gewijzigde tekst ondertekenen. Een "
          "verandering die de lessen raakt, gaat niet midden in een schooljaar in en geldt voor "
          "leerlingen die al in de route zitten alleen als het voor hen beter is."),

    ("h", "11. Ingang"),
    ("p", "Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd."),
    ("p", "Oud-Beijerland, 30 juni 2025"),
    ("sig", ["Stichting Binnenwaard College", "J. van der Giessen, directeur-bestuurder"],
            ["Stichting Nationale Vakschool Afbouw en Onderhoud",
             "drs. F.T. Bouwmeester, voorzitter college van bestuur"]),
]

sample(
    172, "172_directeur_wij_vorm_vakinstelling_schilder", "pdf",
    "Director-bestuurder of a small vmbo writes in the first person and 'wij' (school and "
    "vakinstelling together), plain numbered headings ('3. Wie de route leidt', '6. Als een leerling "
    "wil of moet overstappen'). Hoeksche Waard, BWI bb -> Schilder 2 at a vakinstelling (domein "
    "Afbouw, hout en onderhoud). The director is herself in the kerngroep and appoints the school "
    "member; no transfer of bekostiging; MR advice and a pupil seat in the studentenraad; bindend "
    "advies then rechtbank. Fully compliant.",
    st("p p p p p p p p p p"),
    {"a": "1. Welke route wij aanbieden",
     "b": "2. Hoe schildersbedrijven meedoen",
     "c": "3. Wie de route leidt",
     "d": "4. Hoe de kerngroep ons op de hoogte houdt",
     "e": "5. Waar en door wie er les wordt gegeven",
     "f": "6. Als een leerling wil of moet overstappen",
     "g": "7. Geld",
     "h": "8. Inspraak",
     "i": "9. Als wij het niet eens zijn",
     "j": "10. Nieuwe partners, stoppen en wijzigen"},
    _172_blocks,
    font="Times-Roman", bold="Times-Bold", font_size=11, margin=24,
    pdf_title="Onze doorlopende leerroute Schilder", pdf_author="J. van der Giessen")


# ---- END OF SAMPLES ----

# ==============================================================================================

def main(argv):
    if "--check" in argv:
        nums = [a for a in argv if a != "--check"]
        sel = [s for s in SAMPLES if not nums or str(s["num"]) in nums]
        ok = check(sel)
        print("CHECK PASSED" if ok else "CHECK FAILED")
        return 0 if ok else 1
    sel = [s for s in SAMPLES if not argv or str(s["num"]) in argv]
    for s in sel:
        build(s)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
