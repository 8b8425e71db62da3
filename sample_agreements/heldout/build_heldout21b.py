#!/usr/bin/env python3
"""Build held-out sample agreements h321-h328 for leerroute-check.

Written by an independent helper session acting as author of labelled test data.
The agreements were composed from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie, in /work/shared/seeds),
/work/shared/domain.md and /work/main/sample_agreements/LABELS.md only, without
looking at checker code, models, tests, benchmarks or the texts of any other sample.
All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout21b.py            build all agreements
    python3 build_heldout21b.py 321 325    build only those numbers
    python3 build_heldout21b.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

DOCS = {}


def register(num, name, fmt, description, statuses, evidence, content, look=None):
    assert set(statuses) == set("abcdefghij"), num
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    DOCS[num] = dict(name=name, fmt=fmt, description=description, statuses=statuses,
                     evidence=evidence, content=content, look=look or {})


def S(spec):
    """'a=P b=W ...' -> statuses dict."""
    m = {"P": "present", "W": "weak", "M": "missing", "N": "not_applicable"}
    out = {}
    for part in spec.split():
        k, v = part.split("=")
        out[k] = m[v]
    return out


# ---------------------------------------------------------------- inline markup
def _pdf_inline(text):
    t = escape(text)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"__(.+?)__", r"<i>\1</i>", t)
    return t


def _runs(text):
    """split '**bold** rest __it__' into [(txt, bold, italic)]."""
    out = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|__(.+?)__", text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False, False))
        if m.group(1) is not None:
            out.append((m.group(1), True, False))
        else:
            out.append((m.group(2), False, True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False, False))
    return out


def plain(text):
    return re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)


# ---------------------------------------------------------------- PDF
def build_pdf(path, blocks, look, title):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, KeepTogether)

    font = look.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    size = look.get("size", 10)
    lead = size * 1.35
    align = TA_JUSTIFY if look.get("justify") else TA_LEFT
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                                alignment=TA_CENTER, spaceAfter=4 * mm),
        "sub": ParagraphStyle("s", fontName=font, fontSize=size, leading=lead,
                              alignment=TA_CENTER, spaceAfter=2 * mm),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                            spaceBefore=4 * mm, spaceAfter=1.5 * mm, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead,
                             spaceBefore=2.5 * mm, spaceAfter=1 * mm, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=lead, alignment=align,
                            spaceAfter=2 * mm),
        "li": ParagraphStyle("li", fontName=font, fontSize=size, leading=lead, alignment=align,
                             leftIndent=7 * mm, bulletIndent=2 * mm, spaceAfter=1 * mm),
        "ol": ParagraphStyle("ol", fontName=font, fontSize=size, leading=lead, alignment=align,
                             leftIndent=9 * mm, firstLineIndent=-7 * mm, spaceAfter=1.2 * mm),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.3),
        "small": ParagraphStyle("sm", fontName=font, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3, spaceAfter=1.5 * mm),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p", "small"):
            story.append(Paragraph(_pdf_inline(b[1]), st[kind]))
        elif kind == "li":
            story.append(Paragraph(_pdf_inline(b[1]), st["li"], bulletText="\u2022"))
        elif kind == "ol":
            story.append(Paragraph("%s&nbsp;&nbsp;%s" % (escape(b[1]), _pdf_inline(b[2])),
                                   st["ol"]))
        elif kind == "sp":
            story.append(Spacer(1, b[1] * mm if len(b) > 1 else 4 * mm))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths = b[1], b[2]
            head = b[3] if len(b) > 3 else True
            data = []
            for i, r in enumerate(rows):
                sty = st["cellb"] if (head and i == 0) else st["cell"]
                data.append([Paragraph(_pdf_inline(c), sty) for c in r])
            tw = 170 * mm
            t = Table(data, colWidths=[w * tw for w in widths], repeatRows=1 if head else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if head:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif kind == "sig":
            cols = b[1]
            data = [[Paragraph("<br/>".join(_pdf_inline(x) for x in col), st["cell"])
                     for col in cols]]
            t = Table(data, colWidths=[170 * mm / len(cols)] * len(cols))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([Spacer(1, 4 * mm), t]))
        else:
            raise ValueError(kind)

    footer = look.get("footer", "")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        canv.drawString(20 * mm, 12 * mm, footer)
        canv.drawRightString(190 * mm, 12 * mm, "pagina %d" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, title=title,
                            author=look.get("author", ""), subject="", creator="",
                            producer="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- DOCX
def build_docx(path, blocks, look, title):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = d.styles["Normal"]
    normal.font.name = look.get("font", "Calibri")
    normal.font.size = Pt(look.get("size", 10.5))

    def add_runs(par, text):
        for txt, b, it in _runs(text):
            r = par.add_run(txt)
            r.bold = b or None
            r.italic = it or None

    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_heading(level=0)
            add_runs(p, b[1])
        elif kind == "sub":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, b[1])
        elif kind == "h":
            p = d.add_heading(level=1)
            add_runs(p, b[1])
        elif kind == "h2":
            p = d.add_heading(level=2)
            add_runs(p, b[1])
        elif kind in ("p", "small"):
            p = d.add_paragraph()
            add_runs(p, b[1])
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet")
            add_runs(p, b[1])
        elif kind == "ol":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-0.8)
            add_runs(p, b[1] + "\t" + b[2])
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            rows, widths = b[1], b[2]
            head = b[3] if len(b) > 3 else True
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.width = Cm(16.4 * widths[j])
                    par = cell.paragraphs[0]
                    add_runs(par, ("**%s**" % c) if (head and i == 0) else c)
            d.add_paragraph()
        elif kind == "sig":
            cols = b[1]
            t = d.add_table(rows=1, cols=len(cols))
            for j, col in enumerate(cols):
                cell = t.cell(0, j)
                par = cell.paragraphs[0]
                for k, line in enumerate(col):
                    if k:
                        par = cell.add_paragraph()
                    add_runs(par, line)
        else:
            raise ValueError(kind)

    cp = d.core_properties
    cp.title = title
    cp.author = look.get("author", "")
    cp.last_modified_by = look.get("author", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------- build / check
def build(num):
    d = DOCS[num]
    base = os.path.join(OUT, d["name"])
    path = base + "." + d["fmt"]
    title = d["look"].get("title", d["name"])
    if d["fmt"] == "pdf":
        build_pdf(path, d["content"], d["look"], title)
    elif d["fmt"] == "docx":
        build_docx(path, d["content"], d["look"], title)
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(d["content"].strip("\n") + "\n")
    with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected(num), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


def expected(num):
    d = DOCS[num]
    return {"description": d["description"], "split": "heldout",
            "statuses": d["statuses"], "evidence": d["evidence"]}


def extract(path):
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
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"<w:tab/>", "\t", xml)
        xml = re.sub(r"</w:p>", "\n", xml)
        txt = re.sub(r"<[^>]+>", "", xml)
        import html
        return html.unescape(txt)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for num in sorted(DOCS):
        d = DOCS[num]
        base = os.path.join(OUT, d["name"])
        path = base + "." + d["fmt"]
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            for k, v in d["evidence"].items():
                if norm(v) not in text:
                    errs.append("evidence %s not found: %r" % (k, v))
            if d["fmt"] == "pdf":
                import pypdfium2 as pdfium
                npages = len(pdfium.PdfDocument(path))
            else:
                npages = None
        try:
            with open(base + ".expected.json", encoding="utf-8") as f:
                if json.load(f) != expected(num):
                    errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json: %r" % e)
        status = "OK" if not errs else "FAIL"
        ok = ok and not errs
        extra = (" pages=%d" % npages) if npages else ""
        print("%s h%d %s.%s words=%d%s" % (status, num, d["name"], d["fmt"],
                                             len(text.split()) if text else 0, extra))
        for e in errs:
            print("   ", e)
    print("ALL OK" if ok else "CHECK FAILED")
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a.lstrip("h")) for a in argv] if argv else sorted(DOCS)
    for n in nums:
        build(n)


# ====================================================================== agreements


# ---------------------------------------------------------------------- h322
H322 = [
    ("p", "**Stichting Openbaar Voortgezet Onderwijs Noordwest-Fryslân**"),
    ("p", "Vmbo De Zeehaven · Kanaalweg 14 · 8861 KN Harlingen"),
    ("sp",),
    ("p", "Aan het college van bestuur van de Stichting Maritiem Vakcollege Waddenkust"),
    ("p", "t.a.v. de heer drs. J. Hoekstra, voorzitter"),
    ("p", "Havenweg 2, 8861 XA Harlingen"),
    ("sp",),
    ("p", "Harlingen, 12 juni 2025"),
    ("p", "Ons kenmerk: BS/2025/0417"),
    ("p", "Onderwerp: samenwerking doorlopende leerroute Maritiem en techniek – Matroos binnenvaart"),
    ("sp",),
    ("p", "Geachte heer Hoekstra, beste Jelle,"),
    ("p", "Na ruim een jaar voorbereiding door onze beide teams is het zover: met ingang van het "
          "schooljaar 2025-2026 willen wij samen met u de doorlopende leerroute van start laten gaan "
          "waarover wij in het bestuurlijk overleg van 3 april jl. overeenstemming bereikten. In deze "
          "brief zetten wij de afspraken op een rij. Wij hebben bewust gekozen voor een brief en niet voor "
          "een dik contract: onze organisaties werken al jaren samen in de haven. Wel willen wij dat de "
          "afspraken even bindend zijn als in een overeenkomst. Wanneer u het tweede exemplaar van deze "
          "brief voor akkoord ondertekent en aan ons terugstuurt, geldt deze brief daarom als de "
          "samenwerkingsovereenkomst tussen onze stichting en uw stichting als bedoeld in artikel 2.107b "
          "van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs. "
          "Waar hierna ‘wij’ staat, bedoelen wij onze stichting als bevoegd gezag van Vmbo De Zeehaven; "
          "met ‘u’ bedoelen wij uw stichting als bevoegd gezag van het Maritiem Vakcollege Waddenkust."),
    ("p", "**1. Om welke route het gaat**"),
    ("p", "De route begint in leerjaar 3 van onze basisberoepsgerichte leerweg, profiel Maritiem en "
          "techniek, en loopt door tot het diploma Matroos binnenvaart op niveau 2 (beroepsopleidende "
          "leerweg) in het opleidingsdomein Transport, scheepvaart en logistiek van uw vakcollege. De route "
          "duurt vier jaar. De eerste twee routejaren zijn de leerlingen bij ons ingeschreven en halen zij "
          "het vmbo-diploma basisberoepsgerichte leerweg; dat examen ronden zij uiterlijk af in het tweede "
          "routejaar. In het derde en vierde routejaar staan zij als student bij u ingeschreven."),
    ("p", "**2. Wie er uit de scheepvaart meedoet**"),
    ("p", "Drie partners uit de binnenvaart hebben schriftelijk toegezegd mee te doen: Rederij Waddenveer "
          "B.V., Sleep- en Duwvaart Harlingen en de Binnenvaart Ondernemersvereniging Friesland namens haar "
          "leden. Met hen hebben wij het volgende afgesproken:"),
    ("li", "in leerjaar 4 vaart iedere leerling twee keer een week mee aan boord van een van de schepen "
           "van de partners (‘meevaarweken’);"),
    ("li", "in de mbo-fase leveren de partners en de andere bij SBB erkende leerbedrijven van de "
           "ondernemersvereniging de bpv-plaatsen aan boord;"),
    ("li", "ieder onderwijsblok verzorgt een schipper of stuurman van een van de partners een gastles of "
           "een praktijkopdracht;"),
    ("li", "praktijkopleiders van de partners beoordelen mee bij de proeve van bekwaamheid in het vierde "
           "routejaar;"),
    ("li", "elk najaar komen de partners, onze afdelingsleider en uw opleidingsmanager bijeen in een "
           "praktijkraad, die het programma van het komende jaar bespreekt en ons daarover adviseert."),
    ("p", "**3. Wie de route leidt**"),
    ("p", "De dagelijkse leiding leggen wij bij een duo: onze afdelingsleider Techniek en uw "
          "opleidingsmanager Nautisch. Ieder bestuur wijst zijn eigen lid van het duo schriftelijk aan; "
          "vertrekt een van beiden, dan wijst hetzelfde bestuur binnen zes weken een opvolger aan en laat "
          "het dat de ander weten. Wij geven het duo de volgende taken mee: het opstellen van het "
          "gezamenlijke onderwijsprogramma en het PTA/OER per leerjaar, het rooster voor de uitwisseling "
          "van docenten, de werving en plaatsing van leerlingen, de contacten met de partners uit paragraaf "
          "2 en de uitvoering van de overstapafspraken uit paragraaf 6. Over die onderwerpen beslist het "
          "duo zelfstandig, en binnen de jaarbegroting van de route mag het uitgaven doen tot € 7.500 per "
          "post. Besluiten over personeel, over de begroting zelf en over de inhoud van deze brief houden "
          "onze besturen aan zich."),
    ("p", "**4. Hoe het duo ons op de hoogte houdt**"),
    ("p", "Twee keer per jaar, in februari en in september, stuurt het duo aan uw college van bestuur en "
          "aan ons een korte voortgangsrapportage: aantallen leerlingen per routejaar, uitval en overstap, "
          "examenresultaten, de besteding van het routebudget en de knelpunten die het ziet. De "
          "septemberrapportage geldt tevens als verantwoording over het afgelopen schooljaar en wordt "
          "besproken in het bestuurlijk overleg van oktober, waarin het duo ook mondeling toelichting geeft. "
          "Zaken die niet kunnen wachten, zoals een ernstig incident aan boord, meldt het duo direct aan "
          "beide bestuurders."),
    ("p", "**5. Hoe de route wordt ingericht**"),
    ("p", "In de eerste twee routejaren krijgen de leerlingen les in ons gebouw aan de Kanaalweg. In "
          "leerjaar 4 zijn zij één dag per week op uw schoolschip ‘Vlieland’ in de Noorderhaven, waar de "
          "nautische praktijk en de veiligheidstraining worden gegeven. In de mbo-fase volgen zij het "
          "onderwijs op uw walschool en aan boord van het schoolschip."),
    ("p", "Twee van uw docenten nautische vakken geven in leerjaar 4 wekelijks samen zes lesuren bij ons. "
          "Omgekeerd geven onze docenten Nederlands en rekenen in het derde routejaar les op uw walschool "
          "aan routeleerlingen die nog een vmbo-onderdeel moeten afronden. Voor de praktijkmodules "
          "‘Varen en manoeuvreren’ en ‘Motoren en installaties’ werken onze docenten en de uwe als één team "
          "met gebruikmaking van de teambevoegdheid; in het PTA/OER staat per leerjaar welke onderdelen dat "
          "zijn en welke docent voor welk onderdeel bevoegd is. Iedere docent blijft in dienst van zijn "
          "eigen werkgever."),
    ("p", "Wij maken gebruik van uw schoolschip, de vaarsimulator en de motorenwerkplaats; u maakt voor "
          "de routeleerlingen gebruik van ons technieklokaal en onze mentorruimtes. Voor dat gebruik over en "
          "weer brengen wij elkaar geen huur in rekening. Het gezamenlijke onderwijsprogramma en de "
          "examinering per leerjaar leggen wij vast in het PTA/OER, dat het duo elk jaar vóór 1 juli aan "
          "beide besturen ter vaststelling voorlegt. Klachten over een docent van de andere partner worden "
          "behandeld volgens de klachtenregeling van de school waar de leerling op dat moment staat "
          "ingeschreven; de andere partner werkt daaraan mee."),
    ("p", "**6. Als het anders loopt dan gepland**"),
    ("p", "Niet iedere leerling zal de route tot het eind volgen. Verhuizing, een andere beroepskeuze of "
          "zeeziekte: het komt voor. Wij spreken af dat iedere leerling die de route verlaat een passend "
          "vervolg krijgt dat leidt tot een diploma, en wel als volgt:"),
    ("li", "wie in het eerste of tweede routejaar stopt, maakt bij ons de basisberoepsgerichte leerweg af, "
           "in Maritiem en techniek of in een ander profiel dat wij aanbieden, en haalt zo het "
           "vmbo-diploma;"),
    ("li", "wie in de mbo-fase niet verder wil of kan in de binnenvaart, stapt over naar een andere "
           "opleiding op niveau 2, bij u of elders; blijft de student bij u, dan gelden de "
           "vooropleidingseisen voor die opleiding niet; gaat de student naar een andere instelling, dan "
           "zorgen wij samen voor een warme overdracht en ondersteunen wij bij het geschiktheidsonderzoek "
           "van die instelling;"),
    ("li", "wie het vmbo-examen in het tweede routejaar niet haalt, mag het in het derde routejaar "
           "opnieuw doen terwijl de mbo-opleiding doorloopt, of kan zonder vmbo-diploma instromen in een "
           "andere opleiding op niveau 2 bij u."),
    ("p", "Welke mogelijkheid het wordt, bepalen onze afdelingsleider en uw opleidingsmanager namens beide "
          "besturen samen, na een gesprek met de leerling en de ouders, en op basis van wat de leerling al "
          "heeft behaald en zijn of haar leeftijd. Een nadere beschrijving voor ouders nemen wij op in de "
          "schoolgids."),
    ("p", "**7. Geld**"),
    ("p", "Voor de nautische lessen die uw docenten in leerjaar 4 bij ons geven en voor het gebruik van het "
          "schoolschip in dat leerjaar draagt onze stichting een deel van de ontvangen bekostiging aan uw "
          "stichting over, met toepassing van artikel 5.42a WVO 2020. Het bedrag is bestemd voor de "
          "loonkosten van uw docenten en de vaarkosten van het schoolschip. Over de hoogte van het bedrag "
          "maken wij ieder jaar in het bestuurlijk overleg van oktober afzonderlijke afspraken, afhankelijk "
          "van het aantal leerlingen. Voor het overige draagt ieder de eigen kosten."),
    ("p", "**8. Als wij het niet met elkaar eens zijn**"),
    ("p", "Wij gaan ervan uit dat wij er samen altijd uitkomen; dat is in de haven nooit anders geweest. "
          "Ontstaat er tussen onze organisaties toch verschil van mening over de uitvoering van deze "
          "afspraken, dan lossen wij dat op in goed onderling overleg tussen de bestuurders."),
    ("p", "**9. Looptijd, nieuwe partners, wijzigen en stoppen**"),
    ("p", "Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd."),
    ("li", "__Nieuwe partners.__ Een andere vmbo-school of mbo-instelling kan zich bij deze afspraken "
           "aansluiten als beide besturen daarmee schriftelijk instemmen, de nieuwe partner deze brief en "
           "eventuele aanvullingen mede ondertekent en alle betrokken scholen de deelname bij DUO melden. "
           "Aansluiten kan alleen per 1 augustus, zodat lopende klassen geen wisseling halverwege het jaar "
           "meemaken."),
    ("li", "__Wijzigen.__ Deze afspraken kunnen alleen worden gewijzigd met een aanvullende brief die door "
           "beide bestuurders is ondertekend. Een wijziging van het programma gaat in voor het eerstvolgende "
           "nieuwe cohort; voor leerlingen die al in de route zitten geldt zij alleen als dat voor hen geen "
           "nadeel oplevert."),
    ("li", "__Stoppen.__ Ieder van ons kan de samenwerking schriftelijk opzeggen tegen 1 augustus, met "
           "inachtneming van een termijn van ten minste twaalf maanden. Schiet een van ons ernstig tekort en "
           "is dat na een schriftelijke aanmaning niet binnen drie maanden hersteld, dan kan de ander de "
           "samenwerking ontbinden. In beide gevallen nemen wij geen nieuwe leerlingen meer in de route op, "
           "en maken alle leerlingen die op dat moment al in de route zitten haar volgens dit programma bij "
           "ons en bij u af."),
    ("p", "Wij kijken ernaar uit om in augustus met de eerste groep aan boord te gaan."),
    ("p", "Met vriendelijke groet,"),
    ("p", "namens het bestuur van de Stichting Openbaar Voortgezet Onderwijs Noordwest-Fryslân,"),
    ("p", "ir. T. Dijkstra-Bouma, bestuurder"),
    ("sp",),
    ("p", "**Voor akkoord** namens de Stichting Maritiem Vakcollege Waddenkust,"),
    ("p", "drs. J. Hoekstra, voorzitter college van bestuur"),
    ("p", "Harlingen, 19 juni 2025"),
]

register(
    322, "h322_brief_wij_u_harlingen_matroos", "docx",
    "Brief in wij/u-stijl van vmbo-bestuurder aan CvB vakinstelling, voor akkoord getekend, DOCX, "
    "Harlingen, Maritiem en techniek bb -> Matroos binnenvaart 2; overdracht bekostiging zonder omvang "
    "(bedrag jaarlijks later), geschillen alleen in goed overleg, niets over medezeggenschap",
    S("a=P b=P c=P d=P e=P f=P g=W h=N i=W j=P"),
    {"a": "1. Om welke route het gaat", "b": "2. Wie er uit de scheepvaart meedoet",
     "c": "3. Wie de route leidt", "d": "4. Hoe het duo ons op de hoogte houdt",
     "e": "5. Hoe de route wordt ingericht", "f": "6. Als het anders loopt dan gepland",
     "j": "9. Looptijd, nieuwe partners, wijzigen en stoppen"},
    H322, look={"font": "Cambria", "size": 10.5, "author": "Bestuursbureau SOVO Noordwest-Fryslân",
                "title": "Samenwerking doorlopende leerroute Maritiem en techniek - Matroos"})

# ---------------------------------------------------------------------- h323
H323 = """
AFSPRAKENLIJST DOORLOPENDE LEERROUTE HANDEL (VERKOOPSPECIALIST)
Vmbo Het Kwartier Oldenzaal  x  ROC Oost-Twente, college Handel & Ondernemen

Opgesteld door: Marieke Nijhuis (teamleider kader, Het Kwartier) en Erik ter Horst
(teamleider Handel, ROC Oost-Twente). Versie 1.0, 2 juni 2025.

Partijen: Stichting Katholiek Voortgezet Onderwijs Dinkelland-Oldenzaal (bevoegd gezag
van Het Kwartier) en Stichting ROC Oost-Twente (bevoegd gezag van het ROC). Met de
handtekeningen onderaan geldt deze lijst als onze samenwerkingsovereenkomst
(art. 2.107b WVO 2020 / art. 9.1.3 WEB).

1. ROUTE
   - vmbo kaderberoepsgerichte leerweg, profiel Economie en ondernemen
     -> mbo Verkoopspecialist, niveau 3 (BOL), domein Handel
   - 4 jaar: jr 1-2 op Het Kwartier (= vmbo 3 en 4, vmbo-examen in jr 2),
     jr 3-4 op het ROC, locatie Oldenzaal

2. BEDRIJVEN
   Ondernemersvereniging Oldenzaal Centrum + 6 winkels (namen in het PTA/OER):
   - leveren de stageplekken (jr 2: 2 x 2 weken snuffelstage; jr 3-4: bpv)
   - 2 gastlessen per jaar per klas
   - een winkelier beoordeelt mee bij de eindopdracht 'eigen pop-up-winkel' (jr 4)
   - de ondernemersvereniging loopt elk voorjaar met ons het programma door

3. WIE STUURT
   - kernteam = de twee teamleiders + 1 docent van Het Kwartier + 1 docent van het ROC
   - teamleiders: aangewezen door hun eigen bestuur (directeur-bestuurder Het Kwartier,
     CvB ROC); docenten: aangewezen door hun teamleider, voor 1 schooljaar
   - kernteam beslist over: rooster, voorstel PTA/OER, stages, toelating tot de route,
     uitgaven tot EUR 10.000 per jaar
   - NIET: personeel aannemen of ontslaan, deze lijst wijzigen, uitgaven daarboven
     -> dat doen de besturen

4. VERANTWOORDING
   - jaarverslag route (instroom, uitval, examens, geld) naar beide besturen voor 1 oktober
   - korte tussenstand per mail aan beide besturen in februari
   - incidenten: direct melden bij beide bestuurders

5. ORGANISATIE
   - jr 1-2 lessen in Het Kwartier; in jr 2 elke dinsdag in het retaillab van het ROC
   - 2 ROC-docenten geven in jr 2 samen 4 uur per week bij ons; 1 docent van ons geeft
     in jr 3 Nederlands en rekenen op het ROC
   - praktijkmodules: een gezamenlijk docententeam (teambevoegdheid, per module
     vastgelegd in het PTA/OER); iedereen blijft in dienst van de eigen werkgever
   - leerwinkel Het Kwartier en retaillab ROC (met kassasystemen): over en weer gratis
   - programma en examens per leerjaar: in het gezamenlijk PTA/OER, elk jaar
     vastgesteld voor 1 juli

6. OVERSTAP
   - stopt in jr 1-2 -> gewone kaderklas (E&O of ander profiel) op Het Kwartier,
     vmbo-diploma halen
   - stopt in jr 3-4 -> andere niveau-3-opleiding op het ROC (zonder
     vooropleidingseisen) of Verkoper niveau 2; liever naar een ander mbo -> wij
     regelen samen de intake en een warme overdracht
   - vmbo-examen niet gehaald -> herkansing in jr 3 naast de mbo-opleiding
   - wie beslist: beide teamleiders samen namens de besturen, na gesprek met leerling
     en ouders, op basis van wat al behaald is en de leeftijd

7. GELD
   Geen overdracht van bekostiging. Elke partij betaalt het eigen personeel en materiaal.

8. ONEENS?
   kernteam -> teamleiders -> directeur Het Kwartier + collegedirecteur ROC (binnen
   2 weken) -> beide bestuurders (binnen 4 weken) -> mediator die zij samen kiezen
   -> lukt het dan nog niet: rechtbank Overijssel

9. LOOPTIJD / NIEUWE SCHOOL / WIJZIGEN / STOPPEN
   - geldt vanaf 1 augustus 2025 voor 4 jaar; daarna telkens 4 jaar verlengd
   - andere school of mbo erbij: beide besturen akkoord + nieuwe partij tekent een
     aanvulling op deze lijst + melding bij DUO
   - wijzigen: alleen schriftelijk, getekend door beide besturen; geldt vanaf het
     volgende cohort
   - opzeggen: per 1 augustus, 12 maanden van tevoren, schriftelijk; daarna geen nieuwe
     instroom meer, zittende leerlingen maken de route af

Getekend te Oldenzaal, 16 juni 2025

Stichting Katholiek Voortgezet Onderwijs Dinkelland-Oldenzaal
R. Olde Hengel, directeur-bestuurder

Stichting ROC Oost-Twente
dr. A. Kamphuis, voorzitter college van bestuur
"""

register(
    323, "h323_teamleiderslijst_zeer_kort_oldenzaal_verkoop", "txt",
    "Zeer korte afsprakenlijst van twee teamleiders, door beide besturen getekend, TXT, Oldenzaal, "
    "Economie en ondernemen kb -> Verkoopspecialist 3; volledig in telegramstijl, niets over "
    "medezeggenschap",
    S("a=P b=P c=P d=P e=P f=P g=P h=N i=P j=P"),
    {"a": "1. ROUTE", "b": "2. BEDRIJVEN", "c": "3. WIE STUURT", "d": "4. VERANTWOORDING",
     "e": "5. ORGANISATIE", "f": "6. OVERSTAP", "g": "7. GELD", "i": "8. ONEENS?",
     "j": "9. LOOPTIJD / NIEUWE SCHOOL / WIJZIGEN / STOPPEN"},
    H323)


# ---------------------------------------------------------------------- h321
def art(title):
    return ("h", title)


def lid(n, text):
    return ("ol", n, text)


H321 = [
    ("title", "SAMENWERKINGSOVEREENKOMST"),
    ("sub", "inzake de doorlopende leerroute vmbo-mbo Mobiliteit en transport – Eerste bedrijfsautotechnicus"),
    ("sub", "Vakcollege De Vaart (Vlaardingen) en ROC Rijnmond Stad (Rotterdam)"),
    ("sp", 6),
    ("p", "**DE ONDERGETEKENDEN:**"),
    lid("1.", "de stichting **Stichting voor Christelijk Voortgezet Onderwijs Schie en Maas**, statutair "
              "gevestigd te Vlaardingen, kantoorhoudende aan de Westlandseweg 210, 3131 HX Vlaardingen, "
              "ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41128874, te "
              "dezen rechtsgeldig vertegenwoordigd door mevrouw mr. H.C. van der Linden, voorzitter van het "
              "college van bestuur, handelend in haar hoedanigheid van bevoegd gezag van Vakcollege De Vaart, "
              "een school voor voorbereidend middelbaar beroepsonderwijs met circa 390 leerlingen, "
              "hierna te noemen: ‘**de Stichting**’, en, waar het de school als zodanig betreft, ‘**de "
              "School**’;"),
    lid("2.", "de stichting **Stichting Regionaal Opleidingencentrum Rijnmond Stad**, statutair gevestigd te "
              "Rotterdam, kantoorhoudende aan de Lloydkade 40, 3024 ZZ Rotterdam, ingeschreven in het "
              "handelsregister van de Kamer van Koophandel onder nummer 24321987, te dezen rechtsgeldig "
              "vertegenwoordigd door de heer drs. M.A. El Khatib, voorzitter van het college van bestuur, "
              "handelend in zijn hoedanigheid van bevoegd gezag van ROC Rijnmond Stad, een regionaal "
              "opleidingencentrum met circa 26.000 studenten, waarvan het college Techniek & Mobiliteit de "
              "opleidingen in het domein Mobiliteit en voertuigen verzorgt, hierna te noemen: ‘**het "
              "ROC**’;"),
    ("p", "de Stichting en het ROC hierna gezamenlijk ook te noemen: ‘**Partijen**’ en ieder afzonderlijk: "
          "‘**Partij**’;"),
    ("p", "**IN AANMERKING NEMENDE DAT:**"),
    lid("A.", "de School in de kaderberoepsgerichte leerweg het profiel Mobiliteit en transport aanbiedt, maar "
              "als kleine school voor de duurdere praktijkonderdelen van dat profiel afhankelijk is van "
              "voorzieningen die zij zelf niet in stand kan houden;"),
    lid("B.", "het ROC op zijn Automotive Campus te Schiedam beschikt over een volledig uitgeruste "
              "bedrijfswagenwerkplaats en jaarlijks meer aanmeldingen van vmbo-leerlingen uit Schiedam en "
              "Vlaardingen zou wensen voor zijn opleidingen in de bedrijfsautotechniek;"),
    lid("C.", "Partijen sinds 2019 samenwerken in het Techniekpact Schiedam-Vlaardingen en die samenwerking "
              "willen verdiepen tot een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a van de "
              "Wet voortgezet onderwijs 2020 (hierna: ‘WVO 2020’) en artikel 9.1.2 van de Wet educatie en "
              "beroepsonderwijs (hierna: ‘WEB’);"),
    lid("D.", "een doorlopende leerroute ingevolge artikel 2.107b WVO 2020 en artikel 9.1.3 WEB slechts kan "
              "worden verzorgd op grond van een samenwerkingsovereenkomst tussen de bevoegde gezagsorganen "
              "van de school en de instelling;"),
    lid("E.", "de medezeggenschapsraad van de School en de studentenraad en de ondernemingsraad van het ROC "
              "over het voornemen tot deze samenwerking hebben geadviseerd;"),
    lid("F.", "Partijen hun afspraken in deze overeenkomst wensen vast te leggen;"),
    ("p", "**KOMEN OVEREEN ALS VOLGT:**"),

    art("Artikel 1 Begripsbepalingen"),
    lid("1.1", "In deze overeenkomst en de daarbij behorende bijlagen wordt verstaan onder:"),
    ("li", "__Route__: de doorlopende leerroute vmbo-mbo omschreven in artikel 2;"),
    ("li", "__Routejaar__: een leerjaar van de Route, waarbij leerjaar 3 van de kaderberoepsgerichte leerweg "
           "geldt als routejaar 1;"),
    ("li", "__Vo-fase__: routejaren 1 en 2; __Mbo-fase__: routejaar 3 en volgende;"),
    ("li", "__Deelnemer__: een leerling of student die aan de Route deelneemt;"),
    ("li", "__Routebestuur__: het orgaan bedoeld in artikel 3;"),
    ("li", "__Routecoördinator__: de functionaris bedoeld in artikel 3.2 onder c;"),
    ("li", "__Bestuurlijk Overleg__: het overleg tussen de voorzitters van de colleges van bestuur van "
           "Partijen, bijgestaan door hun bestuurssecretarissen;"),
    ("li", "__PTA/OER__: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
           "examenregeling van de Route, bedoeld in artikel 6;"),
    ("li", "__Praktijkraad__: de Praktijkraad Mobiliteit Rijnmond, bedoeld in artikel 5;"),
    ("li", "__Werkdag__: een dag niet zijnde een zaterdag, zondag, algemeen erkende feestdag of dag binnen "
           "een schoolvakantie van de School."),
    lid("1.2", "De opschriften boven de artikelen dienen uitsluitend de leesbaarheid en hebben geen "
               "zelfstandige betekenis bij de uitleg van deze overeenkomst."),

    art("Artikel 2 Onderwerp van de overeenkomst"),
    lid("2.1", "Partijen verzorgen met ingang van 1 augustus 2025 gezamenlijk een doorlopende leerroute die "
               "aanvangt in de kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, van de School "
               "en leidt tot het diploma van de vakopleiding Eerste bedrijfsautotechnicus, niveau 3, "
               "beroepsopleidende leerweg, in het opleidingsdomein Mobiliteit en voertuigen, zoals verzorgd "
               "door het college Techniek & Mobiliteit van het ROC."),
    lid("2.2", "Met instemming van het Routebestuur kan een Deelnemer bij de aanvang van de Mbo-fase kiezen "
               "voor de aanverwante kwalificatie Eerste autotechnicus, niveau 3, in hetzelfde "
               "opleidingsdomein. Deze overeenkomst is in dat geval onverkort van toepassing."),
    lid("2.3", "De Route omvat in beginsel vijf routejaren: twee routejaren in de Vo-fase en drie routejaren in "
               "de Mbo-fase. De Deelnemer legt het centraal examen van de kaderberoepsgerichte leerweg af in "
               "routejaar 2; het Routebestuur kan bepalen dat onderdelen van het examen reeds in routejaar 1 "
               "worden afgelegd."),
    lid("2.4", "In de Vo-fase staat de Deelnemer ingeschreven als leerling van de School; vanaf routejaar 3 "
               "staat hij ingeschreven als student van het ROC, onverminderd de verantwoordelijkheid van de "
               "School voor het eindexamen van een Deelnemer die het vmbo-diploma nog niet heeft behaald."),
    lid("2.5", "Partijen melden de Route gezamenlijk aan de Minister van Onderwijs, Cultuur en Wetenschap door "
               "registratie in het Register Instellingen en Opleidingen, uiterlijk op 1 oktober 2025."),

    art("Artikel 3 Routebestuur"),
    lid("3.1", "De leiding over de Route berust bij het Routebestuur."),
    lid("3.2", "Het Routebestuur bestaat uit: a. de locatiedirecteur van de School; b. de directeur van het "
               "college Techniek & Mobiliteit van het ROC; c. de Routecoördinator, met raadgevende stem. Het "
               "voorzitterschap wisselt per schooljaar tussen de leden onder a en b."),
    lid("3.3", "De leden onder a en b worden ieder door het college van bestuur van de Partij waarbij zij in "
               "dienst zijn bij schriftelijk besluit als lid van het Routebestuur aangewezen; een afschrift van "
               "het besluit wordt onverwijld aan de andere Partij gezonden. De Routecoördinator wordt door de "
               "colleges van bestuur van beide Partijen gezamenlijk benoemd, op voordracht van de leden onder a "
               "en b, voor een termijn van drie jaar; herbenoeming is mogelijk. Schorsing en ontslag als "
               "Routecoördinator geschieden eveneens door beide colleges van bestuur gezamenlijk."),
    lid("3.4", "Aan het Routebestuur worden de volgende taken opgedragen: a. het opstellen van het jaarlijkse "
               "routeplan en van het ontwerp-PTA/OER; b. de organisatie van het onderwijs en de roostering; "
               "c. het regelen van de inzet van het personeel overeenkomstig artikel 7; d. de toelating van "
               "leerlingen tot de Route; e. de toepassing van de overstapregeling van artikel 10; f. het "
               "onderhouden van de contacten met de Praktijkraad; g. het beheer van het routebudget; h. de "
               "kwaliteitszorg van de Route."),
    lid("3.5", "Het Routebestuur is namens beide colleges van bestuur bevoegd zelfstandig te besluiten over de "
               "roostering, de toelating tot de Route, de toewijzing van bpv-plaatsen, de uitvoering van de "
               "overstapregeling en het aangaan van verplichtingen tot een bedrag van € 25.000 per afzonderlijke "
               "verplichting binnen het vastgestelde routebudget. Niet aan het Routebestuur opgedragen zijn: de "
               "vaststelling van het PTA/OER en van het routebudget, het aangaan of beëindigen van "
               "arbeidsovereenkomsten en andere rechtspositionele besluiten, de wijziging of beëindiging van "
               "deze overeenkomst en de vertegenwoordiging van Partijen in en buiten rechte."),
    lid("3.6", "Het Routebestuur besluit bij overeenstemming tussen de leden onder a en b. Wordt geen "
               "overeenstemming bereikt, dan is artikel 18 van toepassing."),

    art("Artikel 4 Verstrekken van inlichtingen en afleggen van verantwoording"),
    lid("4.1", "Het Routebestuur legt over ieder schooljaar verantwoording af aan de colleges van bestuur van "
               "beide Partijen door middel van een schriftelijk routeverslag, dat uiterlijk op 1 november na "
               "afloop van het schooljaar aan beide colleges wordt toegezonden. Het routeverslag bevat ten "
               "minste gegevens over de in-, door- en uitstroom per routejaar, het gebruik van de "
               "overstapregeling, de examenresultaten vmbo en mbo, de inzet van personeel, de besteding van de "
               "middelen, waaronder de overdracht bedoeld in artikel 11, de ontvangen klachten en het advies van "
               "de Praktijkraad."),
    lid("4.2", "Daarnaast zendt het Routebestuur uiterlijk op 15 maart van ieder schooljaar een tussentijdse "
               "voortgangsnotitie aan beide colleges van bestuur."),
    lid("4.3", "Het Routebestuur licht het routeverslag en de voortgangsnotitie mondeling toe in het Bestuurlijk "
               "Overleg, dat daartoe ten minste tweemaal per jaar, in november en in april, bijeenkomt."),
    lid("4.4", "Ieder college van bestuur kan te allen tijde nadere inlichtingen verlangen; het Routebestuur "
               "verstrekt deze binnen tien Werkdagen."),
    lid("4.5", "Het Routebestuur meldt onverwijld aan beide colleges van bestuur: ernstige incidenten, signalen "
               "van de Inspectie van het Onderwijs die de Route betreffen en een dreigende overschrijding van "
               "het routebudget met meer dan tien procent."),

    art("Artikel 5 Betrokkenheid van het bedrijfsleven"),
    lid("5.1", "Partijen betrekken het bedrijfsleven bij de invulling van de Route via de Praktijkraad "
               "Mobiliteit Rijnmond. De Praktijkraad bestaat uit ten minste vier vertegenwoordigers van bij "
               "SBB erkende leerbedrijven in de bedrijfsauto- en transportsector in de regio Rijnmond – bij het "
               "aangaan van deze overeenkomst Van Dijk Bedrijfswagens Schiedam B.V., Truckcenter Botlek B.V., "
               "Vervoersbedrijf Maasland B.V. en Trailerservice Vlaardingen – en een adviseur praktijkleren "
               "van SBB. De Routecoördinator voert het secretariaat."),
    lid("5.2", "De Praktijkraad en de daarin vertegenwoordigde bedrijven vervullen de volgende rollen: a. "
               "advisering over het routeplan en het ontwerp-PTA/OER, jaarlijks vóór de vaststelling daarvan; "
               "b. het aanleveren van levensechte praktijkopdrachten voor de Vo-fase; c. het ontvangen van "
               "Deelnemers voor vijf meeloopdagen in routejaar 2; d. het beschikbaar stellen van bpv-plaatsen "
               "in de Mbo-fase; e. het leveren van praktijkbeoordelaars voor de proeven van bekwaamheid; f. het "
               "verzorgen van gastlessen en bedrijfsbezoeken, ten minste vier per routejaar."),
    lid("5.3", "De Praktijkraad komt ten minste tweemaal per jaar bijeen. Het Routebestuur neemt het advies van "
               "de Praktijkraad op in het routeverslag en motiveert waarom het daarvan eventueel afwijkt."),

    art("Artikel 6 Onderwijskundige inrichting en examinering"),
    lid("6.1", "Partijen beschrijven voor de gehele Route, per routejaar, het onderwijsprogramma, de "
               "examinering en de beroepspraktijkvorming in het PTA/OER. Daarin wordt aangegeven welke "
               "onderdelen tot het vmbo-programma, welke tot het mbo-programma en welke tot beide behoren, en "
               "in welke onderdelen een team als bedoeld in artikel 7.3 wordt ingezet. Het PTA/OER wordt op "
               "voorstel van het Routebestuur jaarlijks vóór 1 juli door beide colleges van bestuur vastgesteld."),
    lid("6.2", "De hoofdlijnen van het programma per routejaar zijn opgenomen in Bijlage 1."),
    lid("6.3", "De School is verantwoordelijk voor de examinering en diplomering van het vmbo-deel, ook voor een "
               "Deelnemer die reeds als student van het ROC staat ingeschreven. Het ROC is verantwoordelijk voor "
               "het mbo-deel, de beroepspraktijkvorming en de mbo-examinering en diplomering; de "
               "examencommissie van het college Techniek & Mobiliteit is voor de Route bevoegd."),
    lid("6.4", "De loopbaanbegeleiding en de ondersteuning van Deelnemers worden over de gehele Route verzorgd "
               "door een vaste mentor uit het routeteam. Bij de overgang naar de Mbo-fase vindt, met "
               "inachtneming van de privacywetgeving, een warme overdracht van het leerlingdossier plaats."),
    lid("6.5", "De verzuimregistratie en de melding aan de leerplichtambtenaar berusten in de Vo-fase bij de "
               "School en in de Mbo-fase bij het ROC."),

    art("Artikel 7 Inzet van personeel"),
    lid("7.1", "Voor de Route wordt een routeteam gevormd, bestaande uit ten minste drie docenten van de School "
               "(waaronder de docent mobiliteit en transport en de docenten Nederlands en wiskunde) en ten minste "
               "drie docenten en één instructeur van het college Techniek & Mobiliteit van het ROC."),
    lid("7.2", "Docenten van het ROC verzorgen in routejaar 1 twee lesuren en in routejaar 2 zes lesuren per "
               "week praktijkonderwijs voor de Deelnemers, in routejaar 1 in het praktijklokaal van de School en "
               "in routejaar 2 op de Automotive Campus. Docenten van de School verzorgen in routejaar 3 de nog "
               "af te ronden vmbo-onderdelen en het onderwijs in Nederlands en rekenen op de Automotive Campus."),
    lid("7.3", "Voor de vak- en sectoroverstijgende modules ‘Aandrijving en elektrificatie’ en ‘Onderhoud en "
               "diagnose’ maken Partijen gebruik van de mogelijkheid een team van leraren en docenten in te "
               "zetten als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Partijen dragen ervoor zorg "
               "dat ieder teamlid bevoegd is voor ten minste één vak of programmaonderdeel, dat het team "
               "gezamenlijk bevoegd is voor alle betrokken vakken en programmaonderdelen en dat ieder teamlid "
               "verantwoordelijk is voor het onderdeel waarvoor hij bevoegd is."),
    lid("7.4", "Ieder personeelslid blijft in dienst van de Partij die zijn werkgever is; er is geen sprake van "
               "detachering of terbeschikkingstelling tegen vergoeding, behoudens het bepaalde in artikel 11. "
               "Voor de werkzaamheden binnen de Route volgen de personeelsleden de aanwijzingen van het "
               "Routebestuur. Vervanging bij ziekte of verlof wordt geregeld door de werkgever."),
    lid("7.5", "Het routeteam volgt jaarlijks ten minste drie gezamenlijke studiedagen. Iedere Partij draagt de "
               "kosten van de professionalisering van haar eigen personeel."),

    art("Artikel 8 Locaties en faciliteiten"),
    lid("8.1", "De Route wordt verzorgd op de locatie van de School aan de Van Hogendorplaan te Vlaardingen en "
               "op de Automotive Campus van het ROC aan de Nieuwe Damlaan te Schiedam."),
    lid("8.2", "Het ROC stelt voor de Deelnemers in routejaar 2 gedurende één dag per week de "
               "bedrijfswagenwerkplaats, de diagnosestraat en de hefbruggen van de Automotive Campus ter "
               "beschikking. De School stelt het praktijklokaal motorvoertuigentechniek en een theorielokaal "
               "ter beschikking voor het onderwijs van ROC-docenten in routejaar 1 en voor de gezamenlijke "
               "studiedagen."),
    lid("8.3", "Het gebruik van elkaars voorzieningen geschiedt om niet, behoudens het bepaalde in artikel 11. "
               "Deelnemers en personeel houden zich aan de huisregels en veiligheidsvoorschriften van de Partij "
               "in wier gebouw zij verblijven. Iedere Partij draagt zorg voor een passende "
               "aansprakelijkheidsverzekering."),
    lid("8.4", "Deelnemers ontvangen vanaf routejaar 2 een account voor de digitale leeromgeving van het ROC. "
               "Partijen wisselen persoonsgegevens van Deelnemers uitsluitend uit voor zover dat voor de "
               "uitvoering van de Route noodzakelijk is; ieder is daarbij zelfstandig verwerkingsverantwoordelijke."),

    art("Artikel 9 Klachten"),
    lid("9.1", "Een klacht over een gedraging van een personeelslid van de ene Partij jegens een Deelnemer die "
               "bij de andere Partij staat ingeschreven, wordt behandeld volgens de klachtenregeling van de "
               "Partij waar de Deelnemer staat ingeschreven. De andere Partij verleent alle medewerking en "
               "neemt de uitkomst in acht."),
    lid("9.2", "De voorzitter van de klachtencommissie die een klacht als bedoeld in lid 1 behandelt, is niet "
               "werkzaam onder verantwoordelijkheid van de Partij over wier personeelslid wordt geklaagd."),

    art("Artikel 10 Voortijdige beëindiging van de deelname en overstap"),
    lid("10.1", "Eindigt de deelname van een Deelnemer aan de Route voordat hij haar met goed gevolg heeft "
                "afgerond, dan stellen Partijen hem in staat een vmbo-diploma of het diploma van een "
                "beroepsopleiding te behalen dat past bij het door hem bereikte onderwijsniveau en bij zijn "
                "leeftijd."),
    lid("10.2", "Welk vervolg passend is, wordt bepaald naar het gezamenlijk oordeel van de colleges van bestuur "
                "van beide Partijen, in dezen uitgeoefend door het Routebestuur, na een gesprek met de Deelnemer "
                "en, indien hij minderjarig is, zijn ouders of verzorgers. Het Routebestuur legt het gekozen "
                "vervolg binnen vier weken vast in een schriftelijk overstapplan."),
    lid("10.3", "Een Deelnemer die de Route in de Vo-fase verlaat, vervolgt zijn opleiding in de reguliere "
                "kaderberoepsgerichte leerweg van de School, in het profiel Mobiliteit en transport of in een "
                "ander door de School aangeboden profiel, met het oog op het behalen van het vmbo-diploma."),
    lid("10.4", "Een Deelnemer die aan het einde van routejaar 2 het vmbo-diploma niet heeft behaald, kan het "
                "examen in routejaar 3 opnieuw afleggen terwijl hij de mbo-opleiding vervolgt. Wordt hij ook dan "
                "afgewezen, dan kan hij naar keuze het laatste leerjaar van de kaderberoepsgerichte leerweg "
                "overdoen of zonder vmbo-diploma instromen in een aanverwante mbo-opleiding op niveau 2 of 3 van "
                "het ROC."),
    lid("10.5", "Een Deelnemer die in de Mbo-fase niet verder wil of kan in de bedrijfsautotechniek, kan "
                "overstappen naar een andere opleiding op hetzelfde niveau binnen het ROC, zoals Eerste "
                "autotechnicus of Eerste monteur mobiele werktuigen, of naar een opleiding in een ander domein, "
                "of, indien dat beter bij zijn mogelijkheden past, naar de opleiding Autotechnicus op niveau 2. "
                "Binnen het ROC worden de vooropleidingseisen daarbij niet tegengeworpen. Wenst de Deelnemer "
                "een opleiding bij een andere instelling, dan begeleiden Partijen hem bij de aanmelding en het "
                "geschiktheidsonderzoek van die instelling."),
    lid("10.6", "Bij verhuizing zorgen Partijen voor een warme overdracht naar een school of instelling in de "
                "nieuwe woonplaats."),
    lid("10.7", "Dit artikel is niet van toepassing op een Deelnemer die definitief van de School of het ROC is "
                "verwijderd."),
    lid("10.8", "Partijen nemen een beschrijving van de overstapmogelijkheden op in de schoolgids van de School "
                "en de studiegids van het ROC."),

    art("Artikel 11 Financiële bepalingen"),
    lid("11.1", "Iedere Partij ontvangt de rijksbekostiging voor de Deelnemers die bij haar staan ingeschreven "
                "en draagt haar eigen kosten, behoudens het bepaalde in dit artikel."),
    lid("11.2", "Met toepassing van artikel 5.42a WVO 2020 draagt de Stichting aan het ROC een bedrag over van "
                "€ 1.150 per Deelnemer die op 1 oktober van het betreffende schooljaar in routejaar 2 staat "
                "ingeschreven. Dit bedrag strekt uitsluitend tot dekking van de loonkosten van de docenten van "
                "het ROC voor de lesuren bedoeld in artikel 7.2 en van het gebruik van de voorzieningen bedoeld "
                "in artikel 8.2. Het bedrag wordt jaarlijks per 1 augustus geïndexeerd met de "
                "loonkostenontwikkeling in de sector voortgezet onderwijs."),
    lid("11.3", "Het ROC factureert het bedrag in twee gelijke termijnen, op 1 december en 1 mei; de Stichting "
                "betaalt binnen dertig dagen na factuurdatum."),
    lid("11.4", "Het ROC draagt geen bekostiging aan de Stichting over. De kosten van de inzet van docenten van "
                "de School in routejaar 3 komen voor rekening van de Stichting."),
    lid("11.5", "Het Routebestuur verantwoordt de besteding van het bedrag bedoeld in lid 2 in het routeverslag."),

    art("Artikel 12 Medezeggenschap"),
    lid("12.1", "Partijen stellen vast dat voor Deelnemers in de Vo-fase, hun ouders en het personeel van de "
                "School de Wet medezeggenschap op scholen geldt, en voor Deelnemers in de Mbo-fase, hun ouders "
                "en het personeel van het ROC de regeling in hoofdstuk 8a WEB en de Wet op de ondernemingsraden."),
    lid("12.2", "In aanvulling daarop komen Partijen het volgende overeen: a. de Deelnemers in routejaar 2 kiezen "
                "uit hun midden één vertegenwoordiger die met spreek- en stemrecht deelneemt aan de "
                "vergaderingen van de collegestudentenraad van het college Techniek & Mobiliteit over "
                "onderwerpen die de Route betreffen; b. een voorgenomen besluit tot wezenlijke wijziging van de "
                "Route, waaronder een wijziging van duur of locatie en een opzegging van deze overeenkomst, "
                "wordt zowel aan de medezeggenschapsraad van de School als aan de studentenraad van het ROC "
                "voor advies voorgelegd; c. eenmaal per jaar beleggen Partijen een gezamenlijke bijeenkomst van "
                "de medezeggenschapsraad van de School en de collegestudentenraad, waarin het Routebestuur het "
                "routeverslag toelicht."),

    art("Artikel 13 Duur"),
    lid("13.1", "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor de duur van vijf "
                "jaar, eindigend op 31 juli 2030. Zij wordt daarna telkens stilzwijgend verlengd met een periode "
                "van vijf jaar, tenzij zij overeenkomstig artikel 16 is opgezegd."),
    lid("13.2", "Partijen evalueren de overeenkomst in de loop van het vierde schooljaar van haar looptijd."),

    art("Artikel 14 Toetreding"),
    lid("14.1", "Een ander bevoegd gezag van een school voor voorbereidend middelbaar beroepsonderwijs of van "
                "een instelling voor beroepsonderwijs kan partij worden bij deze overeenkomst, indien: a. het "
                "daartoe een schriftelijk verzoek doet aan beide Partijen; b. het een profiel respectievelijk "
                "een opleiding aanbiedt die aansluit bij de Route; c. alle Partijen schriftelijk met de toetreding "
                "instemmen; d. het een toetredingsakte ondertekent waarin het alle rechten en verplichtingen uit "
                "deze overeenkomst aanvaardt; en e. de toetreding door alle betrokken Partijen aan de Minister "
                "wordt gemeld."),
    lid("14.2", "Toetreding geschiedt uitsluitend met ingang van 1 augustus en na een voorbereidingsperiode van "
                "ten minste zes maanden. Leerlingen van de toetredende partij stromen in met het eerstvolgende "
                "cohort; de toetreding laat het programma van Deelnemers die reeds in de Route zitten "
                "ongemoeid."),

    art("Artikel 15 Wijziging"),
    lid("15.1", "Deze overeenkomst kan uitsluitend worden gewijzigd of aangevuld bij schriftelijke, door alle "
                "Partijen rechtsgeldig ondertekende akte. Het Routebestuur kan daartoe voorstellen doen."),
    lid("15.2", "Een wijziging treedt in werking met ingang van 1 augustus en geldt voor Deelnemers die op dat "
                "moment reeds in de Route zitten alleen voor zover zij daardoor niet in een nadeliger positie "
                "komen of de wijzigingsakte een overgangsregeling voor hen bevat."),
    lid("15.3", "Wijzigt de wet- of regelgeving op een wijze die gevolgen heeft voor deze overeenkomst, dan "
                "treden Partijen binnen één maand in overleg en passen zij de overeenkomst binnen drie maanden "
                "aan."),

    art("Artikel 16 Opzegging en ontbinding"),
    lid("16.1", "Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van enig "
                "jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden."),
    lid("16.2", "Iedere Partij kan deze overeenkomst buitengerechtelijk ontbinden indien de andere Partij "
                "toerekenbaar tekortschiet in de nakoming van een wezenlijke verplichting en die tekortkoming niet "
                "binnen zestig dagen na een schriftelijke ingebrekestelling heeft hersteld, of indien de andere "
                "Partij de bekostiging voor het betrokken profiel of de betrokken opleiding verliest."),
    lid("16.3", "Na een opzegging of ontbinding nemen Partijen geen nieuwe Deelnemers meer in de Route op. "
                "Deelnemers die op de datum van beëindiging reeds in de Route zitten, ronden haar af onder de "
                "voorwaarden van deze overeenkomst; de artikelen 3 tot en met 12 blijven tot dat moment van "
                "kracht. Is afronding in een individueel geval niet mogelijk, dan passen Partijen artikel 10 toe, "
                "waarbij voorrang wordt gegeven aan een vergelijkbare route of opleiding zonder studievertraging."),
    lid("16.4", "Partijen informeren de Deelnemers en hun ouders binnen vier weken na de opzegging of ontbinding "
                "schriftelijk over de gevolgen daarvan voor hen."),

    art("Artikel 17 Aansprakelijkheid"),
    lid("17.1", "Iedere Partij is jegens de andere aansprakelijk voor schade die het gevolg is van een aan haar "
                "toerekenbare tekortkoming, met uitzondering van indirecte schade en tot ten hoogste het bedrag "
                "dat in het betreffende geval door haar aansprakelijkheidsverzekering wordt uitgekeerd."),

    art("Artikel 18 Geschillen"),
    lid("18.1", "Onder een geschil wordt verstaan ieder verschil van mening tussen Partijen over de uitleg of de "
                "uitvoering van deze overeenkomst, dat door een Partij schriftelijk als geschil is aangemerkt."),
    lid("18.2", "Een geschil wordt eerst in het Routebestuur besproken. Is het niet binnen twintig Werkdagen "
                "opgelost, dan wordt het voorgelegd aan het Bestuurlijk Overleg, dat binnen vijftien Werkdagen "
                "bijeenkomt."),
    lid("18.3", "Leidt het Bestuurlijk Overleg niet binnen dertig Werkdagen tot een oplossing, dan trachten "
                "Partijen het geschil op te lossen door mediation, onder leiding van een door hen gezamenlijk "
                "aangewezen mediator die is ingeschreven in het register van de Mediatorsfederatie Nederland. De "
                "kosten van de mediator worden gelijkelijk gedragen."),
    lid("18.4", "Is het geschil niet binnen drie maanden na de aanvang van de mediation opgelost, of weigert een "
                "Partij aan mediation mee te werken, dan wordt het geschil beslecht door de bevoegde rechter in "
                "het arrondissement Rotterdam."),
    lid("18.5", "Zolang een geschil aanhangig is, zetten Partijen de uitvoering van deze overeenkomst in het "
                "belang van de Deelnemers onverminderd voort."),

    art("Artikel 19 Slotbepalingen"),
    lid("19.1", "Op deze overeenkomst is Nederlands recht van toepassing."),
    lid("19.2", "Indien een bepaling van deze overeenkomst nietig blijkt of wordt vernietigd, blijven de overige "
                "bepalingen onverminderd van kracht en vervangen Partijen de betreffende bepaling door een "
                "geldige bepaling die de strekking daarvan zo dicht mogelijk benadert."),
    lid("19.3", "Bijlage 1 maakt deel uit van deze overeenkomst. Bij strijd tussen de bijlage en de artikelen "
                "van deze overeenkomst prevaleren de artikelen."),
    ("p", "Aldus overeengekomen en in tweevoud opgemaakt en ondertekend,"),
    ("sig", [["**Stichting voor Christelijk Voortgezet Onderwijs Schie en Maas**",
              "Vlaardingen, 24 juni 2025", "", "", "mr. H.C. van der Linden",
              "voorzitter college van bestuur"],
             ["**Stichting Regionaal Opleidingencentrum Rijnmond Stad**",
              "Rotterdam, 26 juni 2025", "", "", "drs. M.A. El Khatib",
              "voorzitter college van bestuur"]]),
    ("pagebreak",),
    ("h", "Bijlage 1 Routeschema per routejaar"),
    ("p", "Deze bijlage geeft de hoofdlijnen; de uitwerking staat in het PTA/OER (artikel 6)."),
    ("table", [
        ["Routejaar", "Locatie", "Programma", "Examinering", "Praktijk"],
        ["1 (vmbo 3 kb)", "School; 2 uur per week ROC-docent in praktijklokaal School",
         "Algemene vakken kb; profielmodules Mobiliteit en transport; start module Onderhoud en diagnose",
         "Schoolexamens vmbo; eventueel vervroegd CE", "Praktijkopdrachten Praktijkraad"],
        ["2 (vmbo 4 kb)", "School; één dag per week Automotive Campus",
         "Afronding vmbo; mbo-module Aandrijving en elektrificatie (team)",
         "Centraal examen kb; eerste mbo-werkprocesbeoordeling", "Vijf meeloopdagen bij leerbedrijf"],
        ["3 (mbo 1)", "Automotive Campus", "Kerntaak onderhoud bedrijfswagens; Nederlands en rekenen",
         "Mbo-examens kerntaak 1; eventueel herkansing vmbo", "Bpv 8 weken"],
        ["4 (mbo 2)", "Automotive Campus en leerbedrijf", "Diagnose en reparatie; keuzedelen",
         "Proeve van bekwaamheid kerntaak 2", "Bpv 16 weken"],
        ["5 (mbo 3)", "Leerbedrijf en Automotive Campus", "Specialisatie bedrijfsauto; keuzedelen",
         "Proeve van bekwaamheid; diploma niveau 3", "Bpv 20 weken"],
    ], [0.12, 0.23, 0.26, 0.2, 0.19]),
]

register(
    321, "h321_advocatencontract_lang_schiedam_vlaardingen_bedrijfsauto", "pdf",
    "Lange advocatenovereenkomst met comparitie, considerans, begripsbepalingen, artikelen met leden en "
    "routebijlage, PDF, Schiedam-Vlaardingen, groot stedelijk ROC met kleine vmbo-school, Mobiliteit en "
    "transport kb -> Eerste bedrijfsautotechnicus 3; volledig, met overdracht (bedrag en bestemming) en "
    "aanvullende medezeggenschap",
    S("a=P b=P c=P d=P e=P f=P g=P h=P i=P j=P"),
    {"a": "Artikel 2 Onderwerp van de overeenkomst", "b": "Artikel 5 Betrokkenheid van het bedrijfsleven",
     "c": "Artikel 3 Routebestuur",
     "d": "Artikel 4 Verstrekken van inlichtingen en afleggen van verantwoording",
     "e": "Artikel 7 Inzet van personeel",
     "f": "Artikel 10 Voortijdige beëindiging van de deelname en overstap",
     "g": "Artikel 11 Financiële bepalingen", "h": "Artikel 12 Medezeggenschap",
     "i": "Artikel 18 Geschillen", "j": "Artikel 16 Opzegging en ontbinding"},
    H321, look={"font": "Times-Roman", "size": 10.5, "justify": True,
                "author": "Van Rossum Onderwijsadvocaten",
                "footer": "Samenwerkingsovereenkomst DLR De Vaart – ROC Rijnmond Stad · definitief · juni 2025",
                "title": "Samenwerkingsovereenkomst doorlopende leerroute De Vaart - ROC Rijnmond Stad"})


# ---------------------------------------------------------------------- h324
H324 = [
    ("title", "Interne regeling doorlopende leerroutes Groen – Hovenier"),
    ("sub", "Besluit van het college van bestuur van de Stichting Groen College Maasvallei van 17 juni 2025, "
            "nr. CvB-2025-061"),
    ("sp", 4),
    ("p", "Het college van bestuur van de Stichting Groen College Maasvallei,"),
    ("p", "**Gelet op** artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde "
          "lid, van de Wet educatie en beroepsonderwijs;"),
    ("p", "**Overwegende**"),
    ("li", "dat de stichting als agrarisch opleidingscentrum zowel voorbereidend middelbaar beroepsonderwijs in "
           "het profiel Groen (locatie Gennep) als middelbaar beroepsonderwijs in de groene ruimte (locatie "
           "Venray) verzorgt, zodat de doorlopende leerroutes volledig binnen één bevoegd gezag worden verzorgd "
           "en deze regeling in de plaats treedt van een samenwerkingsovereenkomst;"),
    ("li", "dat de hoveniers- en groenvoorzieningsbedrijven in Noord-Limburg en het Land van Cuijk kampen met "
           "een tekort aan vakkrachten en dat het werkveld nauw betrokken wenst te blijven bij de opleiding van "
           "nieuwe vakmensen;"),
    ("li", "dat leerlingen die kiezen voor het hoveniersvak gebaat zijn bij een programma zonder overlap en "
           "zonder harde knip tussen vmbo en mbo;"),
    ("li", "dat de deelraden van beide locaties over het voornemen tot het instellen van de routes hebben "
           "geadviseerd;"),
    ("p", "**BESLUIT** vast te stellen de volgende regeling:"),

    ("h", "§ 1 Algemene bepalingen"),
    ("h2", "Artikel 1 Begrippen"),
    ("p", "In deze regeling wordt verstaan onder:"),
    ("li", "__stichting__: de Stichting Groen College Maasvallei, bevoegd gezag van het Groen College "
           "Maasvallei;"),
    ("li", "__route__: een doorlopende leerroute als bedoeld in artikel 2;"),
    ("li", "__vo-fase__: de eerste twee leerjaren van een route, waarin de deelnemer leerling is van de "
           "vmbo-afdeling van de stichting;"),
    ("li", "__mbo-fase__: de leerjaren van een route vanaf het derde leerjaar, waarin de deelnemer student is "
           "van de mbo-afdeling van de stichting;"),
    ("li", "__werkveld__: de hoveniers-, groenvoorzienings- en boomverzorgingsbedrijven in het werkgebied van "
           "de stichting, alsmede hun brancheorganisatie;"),
    ("li", "__routeteam__: het team bedoeld in artikel 3;"),
    ("li", "__sectordirecteur__: de directeur van de sector Groene ruimte van de stichting."),

    ("h2", "Artikel 2 Reikwijdte en routes"),
    ("p", "1. Deze regeling is van toepassing op de volgende routes:"),
    ("li", "route A: basisberoepsgerichte leerweg, profiel Groen, naar de opleiding Medewerker hovenier, "
           "niveau 2 (kwalificatiedossier Hovenier, opleidingsdomein Voedsel, natuur en leefomgeving), "
           "beroepsopleidende leerweg;"),
    ("li", "route B: kaderberoepsgerichte leerweg, profiel Groen, naar de opleiding Vakbekwaam hovenier, "
           "niveau 3, in hetzelfde kwalificatiedossier en opleidingsdomein, beroepsopleidende leerweg."),
    ("p", "2. De vo-fase wordt verzorgd op de locatie Gennep, de mbo-fase op de locatie Venray. Route A duurt "
          "vier jaar, route B vijf jaar."),
    ("p", "3. De deelnemer legt het eindexamen van de betrokken leerweg af in het tweede leerjaar van de route."),

    ("h", "§ 2 Leiding en verantwoording"),
    ("h2", "Artikel 3 Routeteam"),
    ("p", "1. De leiding over beide routes berust bij het routeteam. Het routeteam bestaat uit de teamleider "
          "bovenbouw van de locatie Gennep, de opleidingsmanager Groene ruimte van de locatie Venray en een "
          "routecoördinator uit het docentencorps van een van beide locaties."),
    ("p", "2. De leden van het routeteam worden door het college van bestuur benoemd, de teamleider en de "
          "opleidingsmanager op voordracht van de sectordirecteur en de routecoördinator op gezamenlijke "
          "voordracht van de teamleider en de opleidingsmanager. De benoeming geldt voor twee schooljaren en kan "
          "worden verlengd."),
    ("p", "3. Het college van bestuur draagt aan het routeteam op: het opstellen van het ontwerp-PTA/OER per "
          "route en per leerjaar, de planning en roostering van het onderwijs op beide locaties, de toelating "
          "van leerlingen tot een route, de toepassing van artikel 8 en het beheer van het routebudget."),
    ("p", "4. Het routeteam is bevoegd om binnen het vastgestelde routebudget zelfstandig verplichtingen aan "
          "te gaan tot € 15.000 per verplichting en om te besluiten over toelating, roostering en plaatsing. "
          "Voor besluiten die het budget te boven gaan of die de rechtspositie van personeel betreffen, is "
          "toestemming van de sectordirecteur respectievelijk het college van bestuur vereist."),

    ("h2", "Artikel 4 Informatievoorziening en rekenschap"),
    ("p", "1. Het routeteam rapporteert per kwartaal via de managementrapportage van de sector Groene ruimte "
          "aan het college van bestuur over de kengetallen van de routes: instroom, tussentijdse uitstroom, "
          "overstap en besteding van het routebudget."),
    ("p", "2. Het routeteam legt jaarlijks vóór 1 november in een routeverslag verantwoording af aan het "
          "college van bestuur over het afgelopen schooljaar, waaronder de examenresultaten in de vo-fase en de "
          "mbo-fase. Het routeverslag wordt besproken in het voortgangsgesprek van het college van bestuur met "
          "de sectordirecteur en het routeteam."),
    ("p", "3. Het routeteam verstrekt het college van bestuur op verzoek alle overige inlichtingen."),

    ("h", "§ 3 Inrichting van het onderwijs"),
    ("h2", "Artikel 5 Onderwijsprogramma en examinering"),
    ("p", "1. Voor elke route wordt één PTA/OER vastgesteld waarin per leerjaar het onderwijsprogramma en de "
          "examinering zijn beschreven, met aanduiding van de vmbo-onderdelen, de mbo-onderdelen en de "
          "gecombineerde onderdelen. Het college van bestuur stelt het PTA/OER jaarlijks vóór 1 juli vast op "
          "voorstel van het routeteam."),
    ("p", "2. Mbo-onderdelen, waaronder praktijkexamens op de schooltuin, kunnen vanaf het eerste leerjaar van "
          "de route worden aangeboden en geëxamineerd."),

    ("h2", "Artikel 6 Inzet van docenten"),
    ("p", "1. Docenten van de locatie Venray verzorgen in het tweede leerjaar van de route één dag per week de "
          "hoveniersmodules op de locatie Gennep. Docenten van de locatie Gennep verzorgen in het derde leerjaar "
          "het onderwijs in Nederlands en rekenen voor deelnemers die nog een onderdeel van het vmbo-examen "
          "moeten afronden."),
    ("p", "2. Voor de modules ‘Aanleg’ en ‘Onderhoud groene ruimte’ worden de docenten van beide locaties als "
          "één team ingezet met toepassing van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Het PTA/OER "
          "vermeldt per leerjaar in welke onderdelen het team wordt ingezet."),
    ("p", "3. De uren die docenten aan de routes besteden worden opgenomen in hun normjaartaak; de "
          "sectordirecteur draagt zorg voor de verdeling over de locaties."),

    ("h2", "Artikel 7 Locaties en voorzieningen"),
    ("p", "1. De deelnemers maken in de vo-fase gebruik van de schooltuin en de kas van de locatie Gennep en "
          "vanaf het tweede leerjaar één dag per week van het praktijkterrein, de machineloods en de "
          "tuinaanlegplaats van de locatie Venray."),
    ("p", "2. Het vervoer tussen de locaties wordt door de stichting georganiseerd en bekostigd. Werkkleding en "
          "persoonlijke beschermingsmiddelen worden door de stichting verstrekt."),

    ("h", "§ 4 Overstap, bekostiging en slotbepalingen"),
    ("h2", "Artikel 8 Overstap"),
    ("p", "1. Een leerling die in de vo-fase een route verlaat, vervolgt de basis- of kaderberoepsgerichte "
          "leerweg in het profiel Groen op de locatie Gennep en wordt in staat gesteld daar het vmbo-diploma te "
          "behalen."),
    ("p", "2. Een student die in de mbo-fase een route verlaat, kan worden geplaatst in een andere "
          "mbo-opleiding van de stichting op hetzelfde of een lager niveau, zoals Medewerker groene ruimte, "
          "Medewerker bos en natuur of Medewerker dierverzorging."),
    ("p", "3. Plaatsing in een andere mbo-opleiding van de stichting als bedoeld in het tweede lid is slechts "
          "mogelijk indien de student voldoet aan de vooropleidingseisen van die opleiding. Een student die nog "
          "niet in het bezit is van het vmbo-diploma wordt daartoe eerst in de gelegenheid gesteld het "
          "vmbo-examen af te ronden."),
    ("p", "4. Over het vervolg beslist het routeteam namens het college van bestuur, na een gesprek met de "
          "deelnemer en zijn ouders of verzorgers en met inachtneming van het bereikte onderwijsniveau en de "
          "leeftijd van de deelnemer."),
    ("p", "5. De werkwijze wordt beschreven in de schoolgids van de locatie Gennep en de studiegids van de "
          "locatie Venray."),

    ("h2", "Artikel 9 Bekostiging"),
    ("p", "Nu de vo-fase en de mbo-fase door hetzelfde bevoegd gezag worden verzorgd, vindt geen overdracht van "
          "bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de "
          "routes worden binnen de begroting van de sector Groene ruimte naar rato van de lesuren over de "
          "locaties verdeeld."),

    ("h2", "Artikel 10 Melding"),
    ("p", "Het college van bestuur meldt de routes aan de Minister door registratie in het Register "
          "Instellingen en Opleidingen."),

    ("h2", "Artikel 11 Evaluatie en wijziging"),
    ("p", "Het college van bestuur evalueert deze regeling om de twee jaar op basis van de routeverslagen en kan "
          "haar bij besluit wijzigen."),

    ("h2", "Artikel 12 Inwerkingtreding en citeertitel"),
    ("p", "1. Deze regeling treedt in werking met ingang van 1 augustus 2025."),
    ("p", "2. Zij wordt aangehaald als: Interne regeling DLR Groen – Hovenier."),
    ("sp", 4),
    ("p", "Aldus vastgesteld te Venray op 17 juni 2025."),
    ("sig", [["Het college van bestuur van de Stichting Groen College Maasvallei", "", "",
              "ir. P.J.M. Hendriks, voorzitter"],
             ["", "", "", "", "drs. L. Verstegen-Janssen, lid"]]),
]

register(
    324, "h324_interne_regeling_aoc_besluit_gennep_hovenier", "pdf",
    "CvB-besluit tot vaststelling van een interne regeling van een AOC (gelet op, overwegende, begrippen, "
    "paragrafen), PDF, Gennep/Venray, Groen bb/kb -> Medewerker hovenier 2 en Vakbekwaam hovenier 3; "
    "bedrijfsleven alleen in considerans en begripsbepaling, overstap eist vooropleidingseisen binnen "
    "dezelfde instelling",
    S("a=P b=M c=P d=P e=P f=W g=P h=N i=N j=N"),
    {"a": "Artikel 2 Reikwijdte en routes", "c": "Artikel 3 Routeteam",
     "d": "Artikel 4 Informatievoorziening en rekenschap", "e": "Artikel 6 Inzet van docenten",
     "g": "Artikel 9 Bekostiging"},
    H324, look={"font": "Helvetica", "size": 9.5, "author": "Bestuursbureau Groen College Maasvallei",
                "footer": "Interne regeling DLR Groen – Hovenier · CvB-2025-061",
                "title": "Interne regeling doorlopende leerroutes Groen - Hovenier"})

# ---------------------------------------------------------------------- h325
H325 = [
    ("title", "Samenwerkingsovereenkomst geïntegreerde route Elektrotechniek"),
    ("sub", "Het Vakhuis (Genemuiden) en ROC Vechtdelta (locatie Kampen)"),
    ("h", "1. Partijen, route en opleiding"),
    ("p", "1.1 Deze overeenkomst wordt gesloten tussen de Stichting Christelijk Voortgezet Onderwijs "
          "Zwartewaterland, bevoegd gezag van Het Vakhuis, school voor vmbo te Genemuiden, vertegenwoordigd "
          "door de heer H. Brinkman, bestuurder (hierna: Het Vakhuis), en de Stichting ROC Vechtdelta, bevoegd "
          "gezag van ROC Vechtdelta te Zwolle en Kampen, vertegenwoordigd door mevrouw dr. I. Schuurman, "
          "voorzitter van het college van bestuur (hierna: het ROC). Waar hierna ‘wij’ staat, worden beide "
          "partijen samen bedoeld."),
    ("p", "1.2 Wij verzorgen samen een geïntegreerde route als bedoeld in artikel 2.107l WVO 2020 en artikel "
          "9.1.17 WEB. De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Produceren, "
          "installeren en energie, en leidt rechtstreeks naar het diploma Monteur elektrotechnische "
          "installaties, niveau 2, beroepsopleidende leerweg, in het opleidingsdomein Installatie- en "
          "energietechniek."),
    ("p", "1.3 Leerlingen in de route doen geen eindexamen basisberoepsgerichte leerweg; zij sluiten de route af "
          "met het mbo-diploma. De route duurt drie jaar: leerjaar 3 en 4 bij Het Vakhuis, leerjaar 5 bij het "
          "ROC op de locatie Kampen."),
    ("p", "1.4 Of een leerling de route gaat volgen, beslist Het Vakhuis aan het eind van leerjaar 2 in overleg "
          "met de leerling en de ouders, na advies van de mentor en na overleg met het ROC."),
    ("p", "1.5 Wij melden de route gezamenlijk bij DUO via het Register Instellingen en Opleidingen."),

    ("h", "2. Werkgevers, leerbedrijven en de installatiebranche"),
    ("p", "2.1 De installatiebedrijven in Zwartewaterland en Kampen doen actief mee. Bij de start zijn dat "
          "Installatietechniek Genemuiden B.V., Elektro Van der Veen (Hasselt) en Kampen Energie Service, "
          "samen met het Opleidingsbedrijf Installatietechniek Noordoost, dat leerlingen kan detacheren bij "
          "kleinere bedrijven."),
    ("p", "2.2 Deze bedrijven bieden vanaf leerjaar 4 leerwerkplekken aan waar leerlingen één dag per week "
          "meewerken, leveren praktijkbeoordelaars voor de mbo-examens in leerjaar 5 en ontvangen elke klas "
          "twee keer per jaar voor een bedrijfsbezoek. Wij zorgen samen dat iedere leerling een erkend "
          "leerbedrijf heeft."),
    ("p", "2.3 Met de bedrijven en een adviseur van SBB vormen wij de adviesgroep ‘Vakmanschap "
          "Zwartewaterland’. Die komt drie keer per jaar bijeen en adviseert over het programma, de keuze van "
          "de keuzedelen en de praktijkopdrachten."),

    ("h", "3. Leiding, mandaat en verantwoording"),
    ("p", "3.1 De route wordt geleid door een routeteam van drie personen: de teamleider bovenbouw van Het "
          "Vakhuis (voorzitter), de opleidingsmanager Elektrotechniek van het ROC, locatie Kampen, en een "
          "trajectbegeleider."),
    ("p", "3.2 De teamleider wordt aangewezen door de bestuurder van Het Vakhuis, de opleidingsmanager door het "
          "college van bestuur van het ROC. De trajectbegeleider wordt door beide besturen samen aangewezen, op "
          "voordracht van de andere twee leden van het routeteam."),
    ("p", "3.3 Het routeteam stelt het programma en de jaarplanning op, zorgt voor het rooster en de inzet van "
          "docenten over en weer, adviseert Het Vakhuis over de toelating, past de overstapregeling van "
          "paragraaf 5 toe en onderhoudt de contacten met de bedrijven. Het mag daarover zelf beslissen en mag "
          "binnen het jaarbudget uitgaven doen tot € 5.000. Besluiten over personeel, grotere uitgaven en "
          "deze overeenkomst blijven bij de besturen."),
    ("p", "3.4 Het routeteam stuurt beide besturen elk jaar in januari en in juli een schriftelijke "
          "halfjaarrapportage over instroom, voortgang, uitval en overstap, examenresultaten en het budget. De "
          "julirapportage is tevens de verantwoording over het hele schooljaar en wordt in september besproken "
          "in het bestuurlijk overleg van beide besturen. Vraagt een bestuur tussendoor om informatie, dan "
          "levert het routeteam die binnen twee weken."),

    ("h", "4. Programma, personeel, lokalen en examinering"),
    ("p", "4.1 Het geïntegreerde programma en het examenplan per leerjaar staan in een gezamenlijke OER die "
          "beide besturen elk jaar vóór 1 juli vaststellen. Mbo-examens worden afgenomen vanaf leerjaar 3, "
          "onder verantwoordelijkheid van de examencommissie Techniek van het ROC."),
    ("p", "4.2 In leerjaar 4 geven twee docenten elektrotechniek van het ROC twee dagen per week les in "
          "Genemuiden. De docenten van Het Vakhuis blijven het onderwijs in Nederlands, rekenen en "
          "burgerschap verzorgen en leveren de mentor, ook in leerjaar 5. Voor de praktijkmodules werken de "
          "docenten van beide partijen als één team met teambevoegdheid (artikel 7.13a WVO 2020, artikel "
          "9.1.12 WEB); de OER geeft aan welke modules dat zijn. Iedereen blijft in dienst van de eigen "
          "werkgever."),
    ("p", "4.3 Het ROC richt het installatiepraktijklokaal van Het Vakhuis in met testopstellingen en "
          "meetapparatuur die het in bruikleen geeft. Leerlingen gebruiken in leerjaar 4 één dag per week en in "
          "leerjaar 5 volledig de installatiehal van het ROC in Kampen. Het ROC verzorgt het vervoer met de "
          "pendelbus."),
    ("p", "4.4 Klachten over een medewerker van de andere partij worden behandeld volgens de klachtenregeling "
          "van de partij waar de leerling is ingeschreven; de andere partij werkt mee."),

    ("h", "5. Stoppen, switchen en passende plek"),
    ("p", "5.1 Iedere leerling die de geïntegreerde route verlaat, krijgt van ons een gegarandeerde passende "
          "plek die leidt tot een diploma. Dat betekent uitdrukkelijk niet dat de leerling automatisch naar "
          "de Entree-opleiding gaat."),
    ("p", "5.2 Stopt een leerling in leerjaar 3, dan gaat hij verder in de gewone basisberoepsgerichte leerweg "
          "van Het Vakhuis, in Produceren, installeren en energie of in een ander profiel, en doet hij "
          "eindexamen."),
    ("p", "5.3 Stopt een leerling in leerjaar 4, dan kiest hij, afhankelijk van wat hij wil en kan, uit: alsnog "
          "het eindexamen basisberoepsgerichte leerweg doen, waarvoor Het Vakhuis hem inschrijft en "
          "voorbereidt, zodat hij daarna vrij een mbo-opleiding kan kiezen; of overstappen naar een andere "
          "opleiding op niveau 2 bij het ROC in een ander domein, bijvoorbeeld Monteur werktuigkundige "
          "installaties of Logistiek medewerker, zonder dat vooropleidingseisen gelden."),
    ("p", "5.4 Stopt een leerling in leerjaar 5, dan kan hij binnen het ROC overstappen naar een andere "
          "opleiding op niveau 2, of de route afmaken en daarna kiezen voor een opleiding op niveau 2 of 3 in "
          "een ander domein. Wil hij naar een andere instelling, dan begeleiden wij hem bij het "
          "geschiktheidsonderzoek van die instelling."),
    ("p", "5.5 Alleen als een diploma op niveau 2 echt niet haalbaar blijkt, kan de leerling met instemming van "
          "hem en zijn ouders via de Entree-opleiding worden begeleid naar werk."),
    ("p", "5.6 Welke plek passend is, beslissen beide besturen samen, bij mandaat uitgeoefend door het "
          "routeteam, na een gesprek met de leerling en zijn ouders en op basis van het bereikte niveau, de "
          "leeftijd en de wensen van de leerling. Het resultaat wordt vastgelegd in een overstapplan. De "
          "schoolgids van Het Vakhuis beschrijft de werkwijze."),

    ("h", "6. Geld en inschrijving"),
    ("p", "6.1 In leerjaar 3 en 4 staat de leerling ingeschreven bij Het Vakhuis, in leerjaar 5 bij het ROC. "
          "Ieder ontvangt de bekostiging voor de eigen ingeschreven leerlingen."),
    ("p", "6.2 Met toepassing van artikel 5.42a WVO 2020 draagt de Stichting Christelijk Voortgezet Onderwijs "
          "Zwartewaterland aan het ROC € 1.480 over voor iedere leerling die op 1 oktober in leerjaar 4 van de "
          "route staat ingeschreven. Het bedrag is bestemd voor de loonkosten van de twee ROC-docenten in "
          "Genemuiden (4.2) en het materiaalverbruik in het praktijklokaal. Het ROC factureert in januari."),
    ("p", "6.3 De bruikleen van apparatuur (4.3) en het vervoer komen voor rekening van het ROC. Verder draagt "
          "ieder de eigen kosten."),

    ("h", "7. Inspraak van leerlingen, ouders en personeel"),
    ("p", "7.1 In leerjaar 3 en 4 geldt voor leerlingen, ouders en personeel van Het Vakhuis de Wet "
          "medezeggenschap op scholen; in leerjaar 5 gelden voor studenten de regels van de WEB en voor het "
          "personeel van het ROC de Wet op de ondernemingsraden."),
    ("p", "7.2 Daarnaast spreken wij af: de medezeggenschapsraad van Het Vakhuis en de studentenraad van de "
          "ROC-locatie Kampen wijzen ieder twee leden aan voor een routeklankbord, dat elk jaar in oktober met "
          "het routeteam de julirapportage bespreekt; leerlingen van leerjaar 4 mogen als toehoorder de "
          "vergaderingen van de studentenraad bijwonen; en een voorstel om deze overeenkomst te wijzigen of op "
          "te zeggen, gaat eerst voor advies naar de medezeggenschapsraad en de studentenraad."),

    ("h", "8. Verschillen van inzicht, looptijd, toetreding en wijziging"),
    ("p", "8.1 Zijn wij het oneens over de uitvoering van deze overeenkomst, dan bespreekt het routeteam dat "
          "eerst. Lukt het daar niet, dan leggen wij de kwestie binnen drie weken voor aan de bestuurder van "
          "Het Vakhuis en de voorzitter van het college van bestuur van het ROC. Is er zes weken daarna nog "
          "geen oplossing, dan vragen wij bindend advies aan een onafhankelijke deskundige die wij samen "
          "aanwijzen. Worden wij het over de persoon niet eens, dan wijst ieder een deskundige aan en kiezen "
          "die twee samen degene die het bindend advies geeft. De kosten delen wij."),
    ("p", "8.2 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
    ("p", "8.3 Een andere vmbo-school met de basisberoepsgerichte leerweg in Produceren, installeren en energie "
          "kan aan deze overeenkomst deelnemen als beide partijen dat schriftelijk goedkeuren, de nieuwe "
          "school een toetredingsverklaring tekent en de deelname bij DUO wordt gemeld. Dat kan alleen met "
          "ingang van een nieuw schooljaar."),
    ("p", "8.4 Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend, na het advies "
          "bedoeld in 7.2. Zij gelden voor het volgende cohort, tenzij ze voor de leerlingen die al in de route "
          "zitten gunstiger zijn."),
    ("p", "8.5 Ieder van ons kan deze overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, "
          "met een opzegtermijn van één jaar. Na opzegging stromen er geen nieuwe leerlingen meer in. "
          "Leerlingen die op dat moment al in de route zitten, maken haar onder deze afspraken af."),

    ("h", "9. Ondertekening"),
    ("sig", [["Stichting Christelijk Voortgezet Onderwijs Zwartewaterland", "Genemuiden, 20 juni 2025",
              "", "H. Brinkman, bestuurder"],
             ["Stichting ROC Vechtdelta", "Zwolle, 23 juni 2025", "",
              "dr. I. Schuurman, voorzitter college van bestuur"]]),
]

register(
    325, "h325_geintegreerde_route_samengestelde_koppen_zwartewaterland_elektro", "docx",
    "Overeenkomst geïntegreerde route met koppen die meerdere onderwerpen combineren en wij-stem, DOCX, "
    "Zwartewaterland/Kampen, PIE bb -> Monteur elektrotechnische installaties 2 (zonder vmbo-examen); "
    "volledig, passende plek zonder automatische Entree, overdracht met bedrag en bestemming, routeklankbord",
    S("a=P b=P c=P d=P e=P f=P g=P h=P i=P j=P"),
    {"a": "1. Partijen, route en opleiding", "b": "2. Werkgevers, leerbedrijven en de installatiebranche",
     "c": "3. Leiding, mandaat en verantwoording", "d": "3. Leiding, mandaat en verantwoording",
     "e": "4. Programma, personeel, lokalen en examinering", "f": "5. Stoppen, switchen en passende plek",
     "g": "6. Geld en inschrijving", "h": "7. Inspraak van leerlingen, ouders en personeel",
     "i": "8. Verschillen van inzicht, looptijd, toetreding en wijziging",
     "j": "8. Verschillen van inzicht, looptijd, toetreding en wijziging"},
    H325, look={"font": "Calibri", "size": 10.5, "author": "Het Vakhuis / ROC Vechtdelta",
                "title": "Samenwerkingsovereenkomst geintegreerde route Elektrotechniek"})


# ---------------------------------------------------------------------- h326
H326 = """
# Samenwerkingsovereenkomst doorlopende leerroute ICT – Software developer

**Vmbo Het Baken (Waalwijk) en ROC De Maasmeierij, Academie ICT & Creatief**

Versie vastgesteld door beide besturen, juni 2025

---

## Samenvatting op één pagina

*Deze samenvatting is bedoeld voor ouders, leerlingen, docenten en bedrijven. Zij maakt geen deel uit van
de overeenkomst; bij verschil geldt de volledige tekst hieronder.*

| Onderwerp | In het kort |
|---|---|
| Route | Gemengde of theoretische leerweg, profiel Media, vormgeving en ICT, door naar Software developer (niveau 4). |
| Duur | Vijf jaar: twee jaar op Het Baken, drie jaar op de Academie ICT & Creatief. |
| Bedrijven | ICT-bedrijven uit de Langstraat geven opdrachten, stages en feedback via de Digitale Werkplaats. |
| Sturing | Een stuurgroep van vijf personen stuurt de route en legt elk jaar verantwoording af aan beide besturen. |
| Docenten | Docenten van beide scholen werken samen in één routeteam; lokalen en labs worden gedeeld. |
| Als het niet lukt | Wie stopt, krijgt altijd een ander passend traject richting een diploma. |
| Geld | Er gaat geen bekostiging van de ene school naar de andere. |
| Inspraak | Leerlingen uit de vmbo-jaren schuiven aan bij de studentenraad van de Academie. |
| Onenigheid | Eerst de stuurgroep, dan de besturen, dan een mediator, en als laatste de rechter. |
| Looptijd | Vier jaar, daarna steeds vier jaar verlengd. |

---

## Volledige tekst

### Artikel 1 – Partijen en doel

1. Partijen bij deze overeenkomst zijn:
   - de **Stichting Openbaar Voortgezet Onderwijs Langstraat**, bevoegd gezag van Vmbo Het Baken te
     Waalwijk, hierna: *de school*, vertegenwoordigd door de heer R. van Gils, voorzitter van het college
     van bestuur;
   - de **Stichting ROC De Maasmeierij**, bevoegd gezag van ROC De Maasmeierij te 's-Hertogenbosch en
     Waalwijk, hierna: *het ROC*, vertegenwoordigd door mevrouw drs. N. Aarts-Bakker, lid van het college
     van bestuur.
2. Partijen verzorgen samen een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en
   artikel 9.1.2 WEB en leggen daarvoor in deze overeenkomst hun afspraken vast. Zij melden de route
   gezamenlijk bij de Minister via het Register Instellingen en Opleidingen.

### Artikel 2 – De route

1. De route begint in leerjaar 3 van de gemengde of de theoretische leerweg van de school, profiel Media,
   vormgeving en ICT, en leidt naar het diploma van de middenkaderopleiding Software developer, niveau 4,
   beroepsopleidende leerweg, in het opleidingsdomein ICT en creatieve industrie.
2. De route duurt vijf jaar. In de eerste twee routejaren is de deelnemer leerling van de school en sluit
   hij het vmbo af met het centraal examen in routejaar 2. In routejaar 3 tot en met 5 is hij student van
   het ROC, locatie Waalwijk.
3. Deelnemers die het programma sneller doorlopen, kunnen de opleiding in vierenhalf jaar afronden; dat
   wordt per deelnemer in het PTA/OER vastgelegd.

### Artikel 3 – Samenwerking met het werkveld

1. Partijen betrekken het bedrijfsleven via de **Digitale Werkplaats Langstraat**, het netwerk van
   ICT-bedrijven in Waalwijk, Heusden en Loon op Zand waarin bij de start onder meer CodeKade B.V.,
   Weblab Langstraat en de automatiseringsafdeling van Schoenfabriek Van Hulten deelnemen.
2. De bedrijven uit de Digitale Werkplaats:
   - leveren per routejaar ten minste twee echte opdrachtgevers voor de projectweken;
   - bieden in routejaar 2 een oriënterende snuffelstage van een week en in de mbo-fase bpv-plaatsen aan,
     in samenwerking met SBB;
   - nemen met een developer deel aan de beoordeling van het eindproject in routejaar 5;
   - geven twee keer per jaar feedback op het programma in een werkveldsessie met het routeteam.

### Artikel 4 – Stuurgroep

1. Aan het hoofd van de route staat een stuurgroep van vijf leden: twee leden uit de schoolleiding van
   Het Baken, twee leden uit het management van de Academie ICT & Creatief en een voorzitter die afkomstig
   is uit het ICT-werkveld en bij geen van beide partijen in dienst is.
2. De stuurgroep heeft tot taak:
   - het vaststellen van de jaarplanning en de verdeling van de lesuren over beide locaties;
   - het opstellen van het ontwerp-PTA/OER, dat zij ter vaststelling voorlegt aan beide besturen;
   - het bewaken van de kwaliteit van het onderwijs en de doorstroom van deelnemers;
   - het beslissen over toelating tot de route en over individuele overstappen als bedoeld in artikel 8;
   - het beheren van het routebudget en het onderhouden van de contacten met de Digitale Werkplaats.
3. De stuurgroep mag namens beide besturen zelfstandig besluiten nemen over de onderwerpen in lid 2 en
   binnen het routebudget uitgaven doen tot € 20.000 per jaar. Besluiten over personeel, over investeringen
   boven dat bedrag en over deze overeenkomst zijn voorbehouden aan de besturen.
4. De stuurgroep besluit bij meerderheid van stemmen; de voorzitter heeft geen stem, behalve bij staking
   van stemmen.

### Artikel 5 – Verantwoording aan de besturen

1. De stuurgroep stuurt beide besturen jaarlijks vóór 1 december een routejaarverslag over het afgelopen
   schooljaar, met daarin de in-, door- en uitstroom per routejaar, het aantal overstappen, de
   examenresultaten, de besteding van het routebudget en de feedback van de Digitale Werkplaats.
2. In april voert de stuurgroep met beide besturen een voortgangsgesprek over het lopende schooljaar.
3. Besturen kunnen tussentijds schriftelijk om informatie vragen; de stuurgroep antwoordt binnen drie
   weken.

### Artikel 6 – Inrichting van onderwijs en examinering

1. Partijen leggen het onderwijsprogramma, de examinering en de beroepspraktijkvorming per routejaar vast
   in één PTA/OER, met aanduiding van vmbo-onderdelen, mbo-onderdelen en gecombineerde onderdelen. Beide
   besturen stellen dat document jaarlijks vóór 1 juli vast.
2. Vanaf routejaar 1 volgen deelnemers mbo-modules programmeren; de school blijft verantwoordelijk voor
   het vmbo-examen, het ROC voor de mbo-examinering.
3. Verzuim wordt in de vo-fase door de school en in de mbo-fase door het ROC geregistreerd en gemeld.

### Artikel 7 – Docenten en voorzieningen

1. Docenten van beide partijen vormen één routeteam. In routejaar 1 en 2 geven twee docenten software
   development van het ROC wekelijks vier lesuren op Het Baken; docenten van Het Baken verzorgen in
   routejaar 3 de begeleiding van deelnemers die nog een vmbo-vak moeten afronden.
2. Voor de vak- en sectoroverstijgende projectweken wordt het routeteam ingezet met toepassing van de
   teambevoegdheid uit artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het PTA/OER vermeldt welke
   onderdelen dat betreft. Docenten blijven in dienst van hun eigen werkgever.
3. Deelnemers in routejaar 2 gebruiken één middag per week het Innovation Lab van het ROC (met servers,
   VR-apparatuur en een makerspace). Het ROC-personeel gebruikt voor de lessen op Het Baken het
   mediavormgevingslokaal van de school. Beide partijen geven hun deelnemers toegang tot de eigen
   digitale leeromgeving.

### Artikel 8 – Als de route niet past

1. Een deelnemer die de route verlaat voordat hij haar heeft afgerond, wordt door partijen samen in staat
   gesteld een vmbo- of mbo-diploma te halen dat past bij het niveau dat hij heeft bereikt en bij zijn
   leeftijd.
2. Wie in routejaar 1 of 2 stopt, maakt de gemengde of theoretische leerweg op Het Baken af, in Media,
   vormgeving en ICT of in een ander profiel.
3. Wie in de mbo-fase stopt of het centraal examen niet haalt, kan binnen het ROC overstappen naar een
   andere opleiding op niveau 4 (bijvoorbeeld Mediavormgever of Expert IT systems and devices) of naar
   een opleiding op niveau 3, zonder dat de vooropleidingseisen gelden. Wie het vmbo-diploma nog niet
   heeft, kan het examen herkansen in routejaar 3.
4. Wie liever naar een andere instelling gaat, wordt door beide partijen begeleid bij de aanmelding en
   het geschiktheidsonderzoek daar.
5. De stuurgroep beslist namens beide besturen over het vervolg, na een gesprek met de deelnemer en zijn
   ouders. De schoolgids van Het Baken en de studiegids van de Academie beschrijven de werkwijze.

### Artikel 9 – Financiën

Een overdracht van bekostiging als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB vindt niet
plaats. Iedere partij draagt de kosten van haar eigen personeel, lokalen en materialen, ook wanneer die
voor deelnemers van de andere partij worden ingezet.

### Artikel 10 – Medezeggenschap

1. Voor deelnemers in de vo-fase, hun ouders en het personeel van de school geldt de Wet medezeggenschap
   op scholen; voor de mbo-fase gelden hoofdstuk 8a WEB en de Wet op de ondernemingsraden.
2. Aanvullend spreken partijen af dat de deelnemers in routejaar 1 en 2 jaarlijks uit hun midden een
   vertegenwoordiger kiezen die met spreekrecht deelneemt aan de vergaderingen van de studentenraad van
   de Academie ICT & Creatief, en dat de medezeggenschapsraad van de school het routejaarverslag ontvangt
   en eenmaal per jaar met de studentenraad over de route overlegt.

### Artikel 11 – Geschillen

1. Een geschil over de uitvoering van deze overeenkomst wordt eerst in de stuurgroep besproken.
2. Komt de stuurgroep er binnen vier weken niet uit, dan wordt het geschil voorgelegd aan de voorzitters
   van beide colleges van bestuur.
3. Leidt dat overleg niet binnen zes weken tot overeenstemming, dan schakelen partijen een mediator in die
   zij samen kiezen.
4. Levert ook mediation binnen drie maanden geen oplossing op, dan legt de meest gerede partij het geschil
   voor aan de bevoegde rechter te 's-Hertogenbosch.

### Artikel 12 – Looptijd, toetreding, wijziging en beëindiging

1. Deze overeenkomst geldt van 1 augustus 2025 tot 1 augustus 2029 en wordt daarna telkens met vier jaar
   verlengd.
2. Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden als
   beide partijen daarmee schriftelijk instemmen en de toetredende partij een addendum bij deze
   overeenkomst ondertekent. De toetreding wordt bij DUO gemeld.
3. Wijziging van deze overeenkomst is alleen mogelijk in een schriftelijk stuk dat door beide besturen is
   ondertekend.
4. Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 1 januari of 1 augustus, met een
   opzegtermijn van zes maanden. Bij een ernstige tekortkoming die niet binnen twee maanden na een
   schriftelijke aanmaning is hersteld, kan de andere partij de overeenkomst met onmiddellijke ingang
   ontbinden.

### Artikel 13 – Slot

Op deze overeenkomst is Nederlands recht van toepassing.

Aldus opgemaakt en ondertekend in tweevoud.

| Stichting Openbaar Voortgezet Onderwijs Langstraat | Stichting ROC De Maasmeierij |
|---|---|
| Waalwijk, 18 juni 2025 | 's-Hertogenbosch, 25 juni 2025 |
| R. van Gils, voorzitter college van bestuur | drs. N. Aarts-Bakker, lid college van bestuur |
"""

register(
    326, "h326_samenvatting_vooraf_markdown_waalwijk_software", "md",
    "Markdown-overeenkomst met eerst een samenvatting op één pagina (tabel) en dan de volledige tekst, "
    "Waalwijk, Media, vormgeving en ICT gl/tl -> Software developer 4; stuurgroep uitgebreid beschreven "
    "maar zonder wijze van benoeming, opzegging zonder bescherming van lopende leerlingen",
    S("a=P b=P c=W d=P e=P f=P g=P h=P i=P j=W"),
    {"a": "Artikel 2 – De route", "b": "Artikel 3 – Samenwerking met het werkveld",
     "d": "Artikel 5 – Verantwoording aan de besturen",
     "e": "Artikel 6 – Inrichting van onderwijs en examinering", "f": "Artikel 8 – Als de route niet past",
     "g": "Artikel 9 – Financiën", "h": "Artikel 10 – Medezeggenschap", "i": "Artikel 11 – Geschillen"},
    H326)


# ---------------------------------------------------------------------- h327
H327 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Bakkerij"),
    ("sub", "Vmbo Sint-Willibrord (Deurne) · Vmbo De Kruidenhof (Someren) · Vakschool Brood & Banket Zuid "
            "(Helmond)"),
    ("sp", 3),
    ("h", "§ 1 Partijen en grondslag"),
    ("p", "1.1 Deze overeenkomst is gesloten tussen:"),
    ("ol", "a.", "de Stichting Katholiek Voortgezet Onderwijs Deurne, bevoegd gezag van Vmbo Sint-Willibrord te "
                 "Deurne, vertegenwoordigd door mevrouw M. Hurkmans, voorzitter college van bestuur;"),
    ("ol", "b.", "de Stichting Voortgezet Onderwijs Asten-Someren, bevoegd gezag van Vmbo De Kruidenhof te "
                 "Someren, vertegenwoordigd door de heer A. van Bussel, directeur-bestuurder;"),
    ("ol", "c.", "de Stichting Vakopleiding Brood en Banket Zuid, bevoegd gezag van de Vakschool Brood & "
                 "Banket Zuid te Helmond, een vakinstelling voor beroepsonderwijs, vertegenwoordigd door de heer "
                 "ing. W. Coolen, bestuurder;"),
    ("p", "hierna: de scholen (a en b), de vakschool (c) en samen: partijen."),
    ("p", "1.2 Partijen verzorgen samen een doorlopende leerroute vmbo-mbo op grond van artikel 2.107b WVO 2020 "
          "en artikel 9.1.3 WEB. Iedere school meldt haar deelname aan de route afzonderlijk in het Register "
          "Instellingen en Opleidingen; de vakschool meldt de route voor beide scholen."),

    ("h", "§ 2 De route"),
    ("p", "2.1 De route sluit aan op de kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, van "
          "beide scholen en leidt naar het diploma Zelfstandig werkend bakker, niveau 3, beroepsopleidende "
          "leerweg, kwalificatiedossier Brood en banket, van de vakschool."),
    ("p", "2.2 De route duurt vijf jaar. De indeling per routejaar is als volgt:"),
    ("table", [
        ["Routejaar", "Ingeschreven bij", "Waar", "Examen"],
        ["1 (vmbo 3)", "eigen school", "eigen school; 3 uur per week les van een meesterbakker van de vakschool",
         "schoolexamen vmbo"],
        ["2 (vmbo 4)", "eigen school", "eigen school 3 dagen, leerbakkerij vakschool 2 dagen",
         "centraal examen kb; eerste mbo-proeve"],
        ["3 (mbo 1)", "vakschool", "leerbakkerij en bpv", "mbo-examens; eventueel herexamen vmbo"],
        ["4 (mbo 2)", "vakschool", "bpv en leerbakkerij", "mbo-examens"],
        ["5 (mbo 3)", "vakschool", "bpv", "proeve van bekwaamheid niveau 3"],
    ], [0.15, 0.2, 0.42, 0.23]),

    ("h", "§ 3 De bakkerijbranche"),
    ("p", "3.1 Partijen werken voor de route samen met het Bakkersgilde De Peel en met de ambachtelijke "
          "bakkerijen die daarbij zijn aangesloten, bij de start Bakkerij Van Lieshout (Deurne), Warme Bakker "
          "Verhoeven (Someren), Banketbakkerij Coppens (Helmond) en Bakkerij De Zeelandse Molen (Asten)."),
    ("p", "3.2 De bakkerijen stellen vanaf routejaar 3 bpv-plaatsen beschikbaar, erkend door SBB. In routejaar "
          "1 en 2 geven meesterbakkers van het gilde per periode een gastles of demonstratie, en iedere "
          "deelnemer loopt in routejaar 2 een week mee in een bakkerij. Twee bakkers uit het gilde nemen "
          "zitting in de beoordelingscommissie van de proeve van bekwaamheid."),
    ("p", "3.3 Het gilde wordt bij het opstellen van het PTA/OER om advies gevraagd over de keuze van "
          "keuzedelen en de inhoud van de praktijkopdrachten."),

    ("h", "§ 4 Regiegroep"),
    ("p", "4.1 De leiding over de route ligt bij een regiegroep, bestaande uit de afdelingsleider bovenbouw "
          "van Vmbo Sint-Willibrord, de afdelingsleider bovenbouw van Vmbo De Kruidenhof, de onderwijsmanager "
          "van de vakschool en een routecoördinator."),
    ("p", "4.2 Ieder bestuur wijst zijn eigen vertegenwoordiger in de regiegroep schriftelijk aan. De "
          "routecoördinator wordt door de drie besturen gezamenlijk aangewezen, op voordracht van de overige "
          "leden van de regiegroep."),
    ("p", "4.3 De regiegroep is belast met de organisatie van het onderwijs en de roostering op de drie "
          "locaties, het opstellen van het ontwerp-PTA/OER, de toelating tot de route, de uitvoering van "
          "§ 7, de contacten met het Bakkersgilde en het beheer van het routebudget."),
    ("p", "4.4 De regiegroep beslist zelfstandig over de onderwerpen in 4.3 en mag binnen het routebudget "
          "verplichtingen aangaan tot € 8.000 per geval. Over personeel, investeringen daarboven en wijziging "
          "van deze overeenkomst beslissen de besturen."),

    ("h", "§ 5 Rekenschap aan de besturen"),
    ("p", "5.1 De regiegroep verantwoordt zich tegenover de drie besturen door middel van een schriftelijke "
          "routerapportage. Daarin gaat zij in op de instroom uit beide scholen, de voortgang en de uitval per "
          "routejaar, de toepassing van § 7, de examenresultaten in het vmbo en het mbo, de inzet van "
          "personeel, de besteding van het routebudget en de overdracht bedoeld in § 8, en de ervaringen van "
          "het Bakkersgilde."),
    ("p", "5.2 De routerapportage wordt aan alle drie de besturen tegelijk toegezonden en in het bestuurlijk "
          "overleg van partijen besproken, waarbij de regiegroep een mondelinge toelichting geeft."),
    ("p", "5.3 Ieder bestuur kan daarnaast de inlichtingen vragen die het voor zijn verantwoordelijkheid nodig "
          "heeft; de regiegroep verstrekt die binnen een redelijke termijn."),

    ("h", "§ 6 Onderwijs, docenten en bakkerijlokalen"),
    ("p", "6.1 Partijen leggen het programma, de examinering en de bpv per routejaar vast in een gezamenlijk "
          "PTA/OER, met aanduiding van de vmbo-, mbo- en gecombineerde onderdelen. De besturen stellen het "
          "PTA/OER jaarlijks vóór 1 juli vast."),
    ("p", "6.2 Een meesterbakker van de vakschool geeft in routejaar 1 op elk van beide scholen drie uur per "
          "week praktijkles. In routejaar 2 verzorgen docenten van de vakschool op twee dagen per week het "
          "onderwijs in de leerbakkerij. Docenten Nederlands en rekenen van de scholen begeleiden in routejaar "
          "3 de deelnemers die nog een vmbo-onderdeel moeten afronden."),
    ("p", "6.3 Voor de modules ‘Brood’ en ‘Banket en patisserie’ worden docenten van de scholen en de vakschool "
          "als één team ingezet op grond van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Iedere docent "
          "blijft in dienst van zijn eigen werkgever."),
    ("p", "6.4 De scholen stellen hun bakkerijpraktijklokaal beschikbaar voor de lessen van de meesterbakker; "
          "de vakschool stelt haar leerbakkerij, met steenoven, rijskasten en banketafdeling, beschikbaar "
          "voor de deelnemers in routejaar 2. Hygiëne- en veiligheidsregels (HACCP) van de gastlocatie zijn "
          "van toepassing."),

    ("h", "§ 7 Overstappen"),
    ("p", "7.1 Verlaat een deelnemer de route, dan zorgen partijen samen dat hij een diploma kan halen dat past "
          "bij zijn bereikte onderwijsniveau en zijn leeftijd."),
    ("p", "7.2 Tijdens routejaar 1 en 2 keert de deelnemer terug naar de reguliere kaderberoepsgerichte "
          "leerweg van zijn eigen school, in Horeca, bakkerij en recreatie of een ander profiel."),
    ("p", "7.3 In de mbo-fase kan de deelnemer bij de vakschool overstappen naar Bakker (niveau 2) of naar "
          "een andere opleiding van de vakschool op niveau 3, zonder dat vooropleidingseisen worden gesteld. "
          "Een overstap naar een andere instelling, bijvoorbeeld voor een horecaopleiding, wordt door de "
          "vakschool en de eigen school samen voorbereid, inclusief het geschiktheidsonderzoek bij die "
          "instelling."),
    ("p", "7.4 Heeft de deelnemer het vmbo-diploma na routejaar 2 niet behaald, dan kan hij het examen in "
          "routejaar 3 herkansen terwijl hij de mbo-opleiding vervolgt."),
    ("p", "7.5 Het besluit over het vervolg wordt door de school van herkomst en de vakschool gezamenlijk "
          "genomen, na een gesprek met de deelnemer en zijn ouders. De werkwijze staat in de schoolgidsen."),

    ("h", "§ 8 Geldstromen"),
    ("p", "8.1 Met toepassing van artikel 5.42a WVO 2020 dragen de Stichting Katholiek Voortgezet Onderwijs "
          "Deurne en de Stichting Voortgezet Onderwijs Asten-Someren ieder aan de Stichting Vakopleiding Brood "
          "en Banket Zuid € 950 over voor iedere eigen leerling die op 1 oktober in routejaar 2 is "
          "ingeschreven."),
    ("p", "8.2 Het bedrag is bestemd voor de grondstoffen en de docenteninzet van de twee lesdagen in de "
          "leerbakkerij. De lessen van de meesterbakker in routejaar 1 komen voor rekening van de vakschool."),

    ("h", "§ 9 Medezeggenschap"),
    ("p", "Partijen maken de volgende aanvullende afspraken over de inrichting van de medezeggenschap: [PM – "
          "tekst volgt na advies van de medezeggenschapsraden van Sint-Willibrord en De Kruidenhof en van de "
          "studentenraad van de vakschool]"),

    ("h", "§ 10 Geschillen"),
    ("p", "10.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de "
          "regiegroep besproken en, als dat binnen vier weken niet tot een oplossing leidt, door de bestuurders "
          "van de betrokken partijen."),
    ("p", "10.2 Bereiken de bestuurders binnen zes weken geen overeenstemming, dan wordt het geschil "
          "voorgelegd aan een commissie van drie personen die bij geen van de partijen in dienst zijn. Iedere "
          "partij in het geschil wijst één lid aan; die leden kiezen samen de voorzitter. De commissie doet "
          "binnen acht weken een uitspraak, die als bindend advies geldt."),

    ("h", "§ 11 Toetreding, wijziging en opzegging"),
    ("p", "11.1 Een andere school met de kaderberoepsgerichte leerweg in Horeca, bakkerij en recreatie kan "
          "toetreden, indien alle partijen daarmee schriftelijk instemmen en de nieuwe partij een "
          "toetredingsverklaring ondertekent. De toetreding gaat in per 1 augustus en wordt door de nieuwe "
          "partij en de vakschool aan DUO gemeld."),
    ("p", "11.2 Wijziging van deze overeenkomst geschiedt schriftelijk met instemming van alle partijen en "
          "geldt voor deelnemers die al in de route zitten alleen als zij daardoor niet worden benadeeld."),
    ("p", "11.3 Iedere partij kan haar deelname schriftelijk opzeggen tegen 1 augustus, met een termijn van "
          "twaalf maanden. De overeenkomst blijft dan tussen de overige partijen van kracht. De opzeggende "
          "school laat na de opzegging geen nieuwe leerlingen meer tot de route toe; haar leerlingen die al in "
          "de route zitten, maken deze af. Zegt de vakschool op, dan eindigt de overeenkomst, maar rondt zij "
          "het onderwijs af voor alle deelnemers die op dat moment zijn ingeschreven."),

    ("h", "§ 12 Slotbepaling"),
    ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
    ("sig", [["Stichting Katholiek Voortgezet Onderwijs Deurne", "", "M. Hurkmans",
              "Deurne, 16 juni 2025"],
             ["Stichting Voortgezet Onderwijs Asten-Someren", "", "A. van Bussel",
              "Someren, 17 juni 2025"],
             ["Stichting Vakopleiding Brood en Banket Zuid", "", "ing. W. Coolen",
              "Helmond, 19 juni 2025"]]),
]

register(
    327, "h327_drie_partijen_paragrafen_vakschool_deurne_bakker", "pdf",
    "Drie partijen (twee vmbo-scholen en een vakinstelling) in §-stijl met routetabel, PDF, Deurne/Someren/"
    "Helmond, Horeca, bakkerij en recreatie kb -> Zelfstandig werkend bakker 3; verantwoording uitvoerig "
    "maar zonder frequentie of moment, medezeggenschap als PM-placeholder",
    S("a=P b=P c=P d=W e=P f=P g=P h=W i=P j=P"),
    {"a": "§ 2 De route", "b": "§ 3 De bakkerijbranche", "c": "§ 4 Regiegroep",
     "e": "§ 6 Onderwijs, docenten en bakkerijlokalen", "f": "§ 7 Overstappen", "g": "§ 8 Geldstromen",
     "i": "§ 10 Geschillen", "j": "§ 11 Toetreding, wijziging en opzegging"},
    H327, look={"font": "Helvetica", "size": 10, "author": "Regiegroep DLR Bakkerij",
                "footer": "SOK DLR Bakkerij – Sint-Willibrord / De Kruidenhof / Vakschool Brood & Banket Zuid",
                "title": "Samenwerkingsovereenkomst doorlopende leerroute Bakkerij"})


# ---------------------------------------------------------------------- h328
H328_TOC = ["1 Partijen", "2 Begripsbepalingen", "3 Voorwerp van de overeenkomst",
            "4 Betrokkenheid van het werkveld", "5 Routeleiding",
            "6 Informatieverstrekking en verantwoording",
            "7 Onderwijskundige en organisatorische inrichting", "8 Overstapvoorziening",
            "9 Financiële bepalingen", "10 Medezeggenschap", "11 Geschilbeslechting",
            "12 Duur, toetreding, wijziging en beëindiging", "13 Ondertekening"]

H328 = [
    ("title", "Bestuurlijke overeenkomst doorlopende leerroute Zorg en welzijn – Sociaal werker"),
    ("sub", "Schollevaar College (Capelle aan den IJssel) en ROC De Hoge Dijk, cluster Welzijn"),
    ("p", "**Inhoud**"),
] + [("p", t) for t in H328_TOC] + [
    ("pagebreak",),
    ("h", "1 Partijen"),
    ("p", "1.1 De Stichting Scholengroep Hollandsche IJssel, gevestigd te Capelle aan den IJssel, bevoegd gezag "
          "van het Schollevaar College, school voor mavo en vmbo, rechtsgeldig vertegenwoordigd door mevrouw "
          "drs. S. Öztürk, voorzitter van het college van bestuur (hierna: de Stichting);"),
    ("p", "1.2 De Stichting ROC De Hoge Dijk, gevestigd te Rotterdam, bevoegd gezag van ROC De Hoge Dijk, "
          "rechtsgeldig vertegenwoordigd door de heer mr. F. Wouters, voorzitter van het college van bestuur "
          "(hierna: het ROC)."),

    ("h", "2 Begripsbepalingen"),
    ("table", [
        ["Begrip", "Betekenis"],
        ["route", "de doorlopende leerroute bedoeld in onderdeel 3"],
        ["routejaar", "leerjaar van de route; routejaar 1 valt samen met leerjaar 3 van de gemengde leerweg"],
        ["deelnemer", "leerling of student die aan de route deelneemt"],
        ["routeleiding", "de routemanager en de plaatsvervangend routemanager bedoeld in onderdeel 5"],
        ["besturen", "het college van bestuur van de Stichting en het college van bestuur van het ROC"],
        ["werkveldcommissie", "de Werkveldcommissie Welzijn Capelle bedoeld in onderdeel 4"],
    ], [0.25, 0.75]),

    ("h", "3 Voorwerp van de overeenkomst"),
    ("p", "3.1 Voorwerp van deze overeenkomst is het gezamenlijk verzorgen van een doorlopende leerroute met "
          "aanvang in leerjaar 3 van de gemengde leerweg, profiel Zorg en welzijn, van het Schollevaar College "
          "en met afsluiting door het diploma van de middenkaderopleiding Sociaal werker, niveau 4, "
          "beroepsopleidende leerweg, opleidingsdomein Zorg en welzijn, van het ROC."),
    ("p", "3.2 De duur van de route bedraagt vijf routejaren. Afsluiting van het vmbo door middel van het "
          "centraal examen vindt plaats in routejaar 2. Inschrijving geschiedt in routejaar 1 en 2 bij het "
          "Schollevaar College en vanaf routejaar 3 bij het ROC, locatie Capelle-West."),
    ("p", "3.3 Melding van de route aan de Minister vindt gezamenlijk plaats via het Register Instellingen en "
          "Opleidingen, vóór aanvang van routejaar 1."),

    ("h", "4 Betrokkenheid van het werkveld"),
    ("p", "4.1 De inbreng van het werkveld in de route krijgt vorm via de Werkveldcommissie Welzijn Capelle, "
          "waarin bij de start zitting hebben: de Stichting Welzijn IJsselgemeenten, Jongerenwerk Schollevaar, "
          "Zorggroep De IJsseloever en het Sociaal Wijkteam Capelle-Oost, alsmede een adviseur van SBB."),
    ("p", "4.2 Van de organisaties in de werkveldcommissie worden de volgende bijdragen verwacht en door hen "
          "bij aanvang schriftelijk toegezegd:"),
    ("li", "plaatsing van deelnemers voor een maatschappelijke stage van veertig uur in routejaar 1;"),
    ("li", "begeleiding van de leerwerkplaats ‘Buurtkamer Schollevaar’ in routejaar 2, waarin deelnemers "
           "onder leiding van een jongerenwerker activiteiten voor buurtbewoners organiseren;"),
    ("li", "beschikbaarstelling van bpv-plaatsen in routejaar 3 tot en met 5;"),
    ("li", "medebeoordeling van het examenproject in routejaar 5 door een praktijkbeoordelaar;"),
    ("li", "advisering over programma en keuzedelen in de vergaderingen van de werkveldcommissie, tweemaal "
           "per jaar."),

    ("h", "5 Routeleiding"),
    ("p", "5.1 De routeleiding bestaat uit een routemanager, in dienst van het ROC, en een plaatsvervangend "
          "routemanager, in dienst van de Stichting."),
    ("p", "5.2 Benoeming van de routemanager geschiedt door het college van bestuur van het ROC, na verkregen "
          "instemming van het college van bestuur van de Stichting. Benoeming van de plaatsvervangend "
          "routemanager geschiedt door het college van bestuur van de Stichting, na verkregen instemming van het "
          "college van bestuur van het ROC. Ontheffing uit de functie geschiedt op dezelfde wijze."),
    ("p", "5.3 De opgedragen taken en de daarbij behorende bevoegdheden zijn de volgende:"),
    ("table", [
        ["Taak", "Bevoegdheid van de routeleiding"],
        ["opstelling jaarplanning en rooster", "vaststelling"],
        ["opstelling ontwerp-PTA/OER", "voorstel aan de besturen; vaststelling door de besturen"],
        ["toelating van leerlingen tot de route", "beslissing namens beide besturen"],
        ["toepassing overstapvoorziening (onderdeel 8)", "beslissing namens beide besturen"],
        ["beheer routebudget", "aangaan van verplichtingen tot € 12.500 per verplichting"],
        ["contacten werkveldcommissie", "zelfstandig"],
        ["inzet van personeel", "verdeling van de door de besturen beschikbaar gestelde formatie; "
                                "geen rechtspositionele besluiten"],
    ], [0.45, 0.55]),
    ("p", "5.4 Besluiten die niet in de tabel zijn genoemd, waaronder besluiten over wijziging van deze "
          "overeenkomst, blijven voorbehouden aan de besturen."),

    ("h", "6 Informatieverstrekking en verantwoording"),
    ("p", "6.1 Toezending door de routeleiding aan beide besturen van een kwartaalbericht met de kengetallen "
          "van de route (instroom, uitval, overstap, verzuim, besteding van het budget), binnen vier weken na "
          "afloop van elk kwartaal."),
    ("p", "6.2 Aflegging van verantwoording over het afgelopen schooljaar door middel van een jaarverslag van "
          "de route, uiterlijk op 1 oktober, met inbegrip van de examenresultaten en het advies van de "
          "werkveldcommissie."),
    ("p", "6.3 Bespreking van het jaarverslag en de kwartaalberichten in het halfjaarlijkse bestuurlijk "
          "overleg, in maart en in oktober, in aanwezigheid van de routeleiding."),

    ("h", "7 Onderwijskundige en organisatorische inrichting"),
    ("p", "7.1 Vastlegging van programma, examinering en beroepspraktijkvorming per routejaar in een "
          "gezamenlijk PTA/OER, met onderscheid tussen vo-onderdelen, mbo-onderdelen en gecombineerde "
          "onderdelen; vaststelling door beide besturen vóór 1 juli van elk jaar."),
    ("p", "7.2 Onderwijs in routejaar 1 en 2 op het Schollevaar College, met ingang van routejaar 2 aangevuld "
          "met één dag per week op het ROC, locatie Capelle-West; onderwijs in routejaar 3 tot en met 5 op "
          "het ROC en in de bpv."),
    ("p", "7.3 Inzet van twee docenten welzijn van het ROC in routejaar 1 en 2, gezamenlijk vier lesuren per "
          "week op het Schollevaar College; inzet van docenten van het Schollevaar College in routejaar 3 voor "
          "de begeleiding van deelnemers die nog een vo-onderdeel volgen."),
    ("p", "7.4 Inzet van een gezamenlijk team van leraren en docenten voor de projecten ‘Jeugd en gezin’ en "
          "‘Wijk en participatie’, met toepassing van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, zoals per "
          "routejaar vermeld in het PTA/OER. Het werkgeverschap blijft ongewijzigd."),
    ("p", "7.5 Gebruik door deelnemers van het praktijklokaal zorg en welzijn van het Schollevaar College en van "
          "het Skills Lab Welzijn van het ROC, over en weer om niet; gebruik door de routeleiding van "
          "vergaderruimte op beide locaties."),
    ("p", "7.6 Behandeling van klachten over medewerkers van de andere partij volgens de klachtenregeling van "
          "de partij van inschrijving, met medewerking van de andere partij; registratie en melding van verzuim "
          "door de partij van inschrijving."),

    ("h", "8 Overstapvoorziening"),
    ("p", "8.1 Bij beëindiging van de deelname aan de route vóór de succesvolle afronding daarvan: "
          "voortzetting van de opleiding zodanig dat de deelnemer een vmbo-diploma of een mbo-diploma kan "
          "behalen passend bij het bereikte onderwijsniveau en zijn leeftijd."),
    ("p", "8.2 Bij vertrek in routejaar 1 of 2: voortzetting in de reguliere gemengde leerweg van het "
          "Schollevaar College, profiel Zorg en welzijn of een ander profiel, gericht op het vmbo-diploma."),
    ("p", "8.3 Bij het niet behalen van het vmbo-diploma in routejaar 2: herkansing in routejaar 3 naast de "
          "mbo-opleiding, dan wel voortzetting in een mbo-opleiding op niveau 3 van het ROC zonder vmbo-diploma."),
    ("p", "8.4 Bij vertrek in de mbo-fase: overstap binnen het ROC naar een andere opleiding op niveau 4, "
          "zoals Pedagogisch educatief professional of Persoonlijk begeleider specifieke doelgroepen, of naar "
          "een opleiding op niveau 3, zonder toepassing van vooropleidingseisen; bij een overstap naar een "
          "andere instelling: ondersteuning bij aanmelding en geschiktheidsonderzoek."),
    ("p", "8.5 Besluitvorming over het vervolg naar gezamenlijk oordeel van beide besturen, namens hen door de "
          "routeleiding, na een gesprek met de deelnemer en diens ouders; vastlegging in een overstapplan; "
          "beschrijving van de werkwijze in de schoolgids."),

    ("h", "9 Financiële bepalingen"),
    ("p", "9.1 Overdracht door het ROC aan de Stichting, met toepassing van artikel 9.1.15 WEB, van € 640 per "
          "deelnemer die op 1 oktober in routejaar 3 staat ingeschreven en nog een vo-onderdeel volgt."),
    ("p", "9.2 Bestemming: vergoeding van de loonkosten van de docenten van het Schollevaar College bedoeld in "
          "7.3, tweede zinsdeel. Betaling vóór 1 februari van het betreffende schooljaar."),
    ("p", "9.3 Geen overdracht van bekostiging door de Stichting aan het ROC; de inzet van ROC-docenten in "
          "routejaar 1 en 2 komt voor rekening van het ROC."),

    ("h", "10 Medezeggenschap"),
    ("p", "Ter informatie: op grond van de wet is op deelnemers in de vo-fase, hun ouders en het personeel van "
          "de Stichting de Wet medezeggenschap op scholen van toepassing, en op deelnemers in de mbo-fase en "
          "het personeel van het ROC hoofdstuk 8a WEB respectievelijk de Wet op de ondernemingsraden. Partijen "
          "kunnen, indien daaraan in de praktijk behoefte blijkt, aanvullende afspraken maken over de "
          "medezeggenschap bij de route."),

    ("h", "11 Geschilbeslechting"),
    ("p", "11.1 Behandeling van een geschil tussen partijen over de uitvoering van deze overeenkomst in drie "
          "stappen: (1) bespreking in de routeleiding; (2) bij uitblijven van een oplossing binnen vier weken: "
          "bespreking in een bijzonder bestuurlijk overleg; (3) bij uitblijven van een oplossing binnen zes "
          "weken daarna: beslechting door arbitrage overeenkomstig het Arbitragereglement van het Nederlands "
          "Arbitrage Instituut, door één arbiter, met Rotterdam als plaats van arbitrage."),
    ("p", "11.2 Voortzetting van de uitvoering van de overeenkomst gedurende het geschil."),

    ("h", "12 Duur, toetreding, wijziging en beëindiging"),
    ("p", "12.1 Ingang: 1 augustus 2025; duur: onbepaalde tijd."),
    ("p", "12.2 Toetreding van een andere school voor vmbo of instelling voor beroepsonderwijs is mogelijk na "
          "schriftelijk verzoek, met schriftelijke instemming van beide besturen en door ondertekening van een "
          "toetredingsakte, met ingang van een nieuw schooljaar, onder gelijktijdige melding aan DUO. "
          "Toetreding leidt niet tot wijziging van het programma voor deelnemers die al aan de route "
          "deelnemen."),
    ("p", "12.3 Wijziging uitsluitend bij schriftelijke, door beide besturen ondertekende akte, met ingang van "
          "1 augustus; toepassing op zittende deelnemers alleen indien zij daardoor niet worden benadeeld."),
    ("p", "12.4 Opzegging door iedere partij schriftelijk tegen 1 augustus, met inachtneming van een termijn van "
          "ten minste twaalf maanden. Ontbinding bij ernstige tekortkoming na schriftelijke ingebrekestelling "
          "en een hersteltermijn van twee maanden."),
    ("p", "12.5 Na opzegging of ontbinding: geen nieuwe instroom; afronding van de route door alle deelnemers "
          "die op dat moment zijn ingeschreven, onder de voorwaarden van deze overeenkomst; schriftelijke "
          "informatie aan deelnemers en ouders binnen vier weken."),

    ("h", "13 Ondertekening"),
    ("sig", [["Stichting Scholengroep Hollandsche IJssel", "Capelle aan den IJssel, 23 juni 2025", "",
              "drs. S. Öztürk, voorzitter college van bestuur"],
             ["Stichting ROC De Hoge Dijk", "Rotterdam, 27 juni 2025", "",
              "mr. F. Wouters, voorzitter college van bestuur"]]),
]

register(
    328, "h328_nominale_stijl_inhoudsopgave_capelle_sociaal_werk", "docx",
    "Bestuurlijke overeenkomst in nominale stijl met inhoudsopgave, begrippentabel en taken/bevoegdheden-"
    "tabel, DOCX, Capelle aan den IJssel, Zorg en welzijn gl -> Sociaal werker 4; volledig, overdracht "
    "van ROC naar school met bedrag en bestemming, arbitrage, medezeggenschap alleen wettekst plus 'kunnen'",
    S("a=P b=P c=P d=P e=P f=P g=P h=N i=P j=P"),
    {"a": "3 Voorwerp van de overeenkomst", "b": "4 Betrokkenheid van het werkveld", "c": "5 Routeleiding",
     "d": "6 Informatieverstrekking en verantwoording",
     "e": "7 Onderwijskundige en organisatorische inrichting", "f": "8 Overstapvoorziening",
     "g": "9 Financiële bepalingen", "i": "11 Geschilbeslechting",
     "j": "12 Duur, toetreding, wijziging en beëindiging"},
    H328, look={"font": "Arial", "size": 10, "author": "Bestuursbureau Scholengroep Hollandsche IJssel",
                "title": "Bestuurlijke overeenkomst DLR Zorg en welzijn - Sociaal werker"})

# === END OF AGREEMENTS ===

if __name__ == "__main__":
    main(sys.argv[1:])
