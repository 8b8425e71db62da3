#!/usr/bin/env python3
"""Build held-out sample agreements h441-h448 for leerroute-check.

Written by an independent helper session (set 29a). The texts were composed from the two official
guidance documents (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md
and sample_agreements/LABELS.md only, without looking at checker code, tests, models or the texts of any
other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout29a.py            build all samples
    python3 build_heldout29a.py 441 445    build only those numbers
    python3 build_heldout29a.py --check    open every produced file and verify it
"""
import io
import json
import os
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
SAMPLES = {}
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)


def register(num, name, fmt, description, statuses, evidence, content, **opts):
    assert set(statuses) == set("abcdefghij"), name
    for k in evidence:
        assert statuses[k] == "present", (name, k)
    SAMPLES[num] = dict(name=name, fmt=fmt, content=content, opts=opts,
                        expected={"description": description, "split": "heldout",
                                  "statuses": statuses, "evidence": evidence})


# --------------------------------------------------------------------------- PDF helpers

def _pdf_styles(base="Helvetica", size=10):
    from reportlab.lib.styles import ParagraphStyle
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[base]
    lead = size * 1.35
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.3,
                                spaceAfter=6, alignment=1),
        "sub": ParagraphStyle("sub", fontName=ital, fontSize=size + 1, leading=(size + 1) * 1.3,
                              spaceAfter=10, alignment=1),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                            spaceBefore=8, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=lead, spaceAfter=4),
        "i": ParagraphStyle("i", fontName=ital, fontSize=size, leading=lead, spaceAfter=4),
        "li": ParagraphStyle("li", fontName=base, fontSize=size, leading=lead, spaceAfter=2,
                             leftIndent=16, bulletIndent=4),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 0.5, leading=(size - 0.5) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 0.5, leading=(size - 0.5) * 1.3),
        "small": ParagraphStyle("small", fontName=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
    }


def write_pdf_flow(path, blocks, base="Helvetica", size=10, margins=(2.2, 2.2, 2.0, 2.0)):
    """Render simple blocks with platypus. Block kinds: title, sub, h, p, i, li, sp, pb,
    table (rows, widths_cm, header_rows), qa (question, [answers])."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    st = _pdf_styles(base, size)
    flow = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "p", "i", "small"):
            flow.append(Paragraph(escape(b[1]), st[kind]))
        elif kind == "li":
            flow.append(Paragraph(escape(b[1]), st["li"], bulletText="\u2022"))
        elif kind == "sp":
            flow.append(Spacer(1, b[1] * cm))
        elif kind == "pb":
            flow.append(PageBreak())
        elif kind == "table":
            rows, widths, header = b[1], b[2], b[3]
            data = []
            for r_i, row in enumerate(rows):
                sty = st["cellb"] if r_i < header else st["cell"]
                data.append([Paragraph(escape(c), sty) for c in row])
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=header)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, header - 1), colors.HexColor("#e6e6e6")),
            ] if header else [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 0.3 * cm))
        else:
            raise ValueError(kind)
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1,
                            leftMargin=margins[0] * cm, rightMargin=margins[1] * cm,
                            topMargin=margins[2] * cm, bottomMargin=margins[3] * cm,
                            title="Samenwerkingsovereenkomst", author="")
    doc.build(flow)


def write_pdf_lines(path, text, base="Courier", size=9.5, left=2.6, top=2.4, bottom=2.2):
    """Draw a text line by line exactly as given (keeps odd breaks and hyphenation).
    Lines starting with '##' are drawn bold (without the marker)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas
    bold = {"Courier": "Courier-Bold", "Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Samenwerkingsovereenkomst")
    w, h = A4
    lead = size * 1.45
    y = h - top * cm
    page = 1
    for line in text.split("\n"):
        if y < bottom * cm:
            c.setFont(base, 8)
            c.drawRightString(w - 2 * cm, 1.2 * cm, "- %d -" % page)
            c.showPage()
            page += 1
            y = h - top * cm
        if line.startswith("##"):
            c.setFont(bold, size)
            c.drawString(left * cm, y, line[2:].strip())
        else:
            c.setFont(base, size)
            c.drawString(left * cm, y, line)
        y -= lead
    c.setFont(base, 8)
    c.drawRightString(w - 2 * cm, 1.2 * cm, "- %d -" % page)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- DOCX helpers

def _normalise_docx(raw):
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    return out.getvalue()


def write_docx(path, blocks, font="Calibri", size=11):
    """Block kinds: title, sub, h, p, i (italic paragraph), li, num (numbered by hand),
    runs ([(text, 'b'|'i'|'bi'|'')]), table (rows, header_rows), pb."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 5)
        elif kind == "sub":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 1)
        elif kind == "hs":  # real Word heading style
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "i":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "runs":
            p = d.add_paragraph()
            for text, fmt in b[1]:
                r = p.add_run(text)
                r.bold = "b" in fmt
                r.italic = "i" in fmt
        elif kind == "table":
            rows, header = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, val in enumerate(row):
                    cell = t.cell(ri, ci)
                    cell.text = ""
                    r = cell.paragraphs[0].add_run(val)
                    r.bold = ri < header
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = "Samenwerkingsovereenkomst"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as fh:
        fh.write(_normalise_docx(buf.getvalue()))


# --------------------------------------------------------------------------- text extraction / check

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
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    return " ".join(s.split())


def build(num):
    s = SAMPLES[num]
    path = os.path.join(OUT, s["name"] + "." + s["fmt"])
    fmt = s["fmt"]
    if fmt == "pdf":
        if s["opts"].get("lines"):
            write_pdf_lines(path, s["content"], **s["opts"].get("pdfargs", {}))
        else:
            write_pdf_flow(path, s["content"], **s["opts"].get("pdfargs", {}))
    elif fmt == "docx":
        write_docx(path, s["content"], **s["opts"].get("docxargs", {}))
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(s["content"])
    with open(os.path.join(OUT, s["name"] + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(s["expected"], fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("built", os.path.basename(path))


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(OUT, s["name"] + "." + s["fmt"])
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract_text(path))
            except Exception as exc:  # noqa: BLE001
                errs.append("cannot open: %r" % exc)
                text = ""
            for k, ev in s["expected"]["evidence"].items():
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
            extra = ""
            if path.endswith(".pdf"):
                import pypdfium2 as pdfium
                extra = " pages=%d" % len(pdfium.PdfDocument(path))
            print("%-60s %7d bytes words=%d%s" % (os.path.basename(path), size, len(text.split()), extra))
        ej = os.path.join(OUT, s["name"] + ".expected.json")
        try:
            with open(ej, encoding="utf-8") as fh:
                if json.load(fh) != s["expected"]:
                    errs.append("expected.json differs from table")
        except Exception as exc:  # noqa: BLE001
            errs.append("expected.json: %r" % exc)
        for e in errs:
            ok = False
            print("   ERROR", e)
    print("CHECK", "PASSED" if ok else "FAILED")
    return ok


# =========================================================================== SAMPLES

ALL_PRESENT = {k: "present" for k in "abcdefghij"}


def st(**kw):
    d = dict(ALL_PRESENT)
    d.update(kw)
    return d


# --------------------------------------------------------------------------- h441
Q441 = [
    ("1. Over welke route gaat deze overeenkomst?", [
        "Over één doorlopende leerroute. Leerlingen van het Stadscollege die aan het eind van leerjaar 2 "
        "kiezen voor het profiel Media, vormgeving en ICT in de gemengde leerweg, volgen vanaf leerjaar 3 "
        "één samenhangend programma dat leidt tot het vmbo-diploma gemengde leerweg én tot het mbo-diploma "
        "Software developer, niveau 4 (middenkaderopleiding in het opleidingsdomein ICT en creatieve "
        "industrie, beroepsopleidende leerweg) van Flevopoort.",
        "De route duurt vijf jaar: twee jaar in de vo-fase (leerjaar 3 en 4 van het Stadscollege) en drie "
        "jaar in de mbo-fase. Per schooljaar starten ten hoogste 32 leerlingen. De route heet in "
        "communicatie met leerlingen en ouders ‘Code Almere’.",
    ]),
    ("2. Wat doen Almeerse bedrijven in de route?", [
        "Zes ICT-bedrijven uit Almere, verenigd in de werkgeversvereniging Digitaal Almere Werkt, en de "
        "afdeling Informatievoorziening van de gemeente Almere doen mee. Zij leveren elk schooljaar ten "
        "minste twee opdrachtgevers voor echte programmeeropdrachten in leerjaar 4 en in het eerste "
        "mbo-jaar, verzorgen per leerjaar ten minste vier gastlessen, bieden samen één bpv-plaats per twee "
        "studenten in het tweede en derde mbo-jaar en beoordelen als praktijkbeoordelaar de proeve van "
        "bekwaamheid mee.",
        "Twee vertegenwoordigers van deze bedrijven hebben zitting in de werkveldraad van de route. Die raad "
        "bespreekt ieder voorjaar het programma voor het volgende schooljaar en adviseert over aanpassing "
        "aan nieuwe technieken en talen. Alle bpv-bedrijven zijn door SBB erkend als leerbedrijf.",
    ]),
    ("3. Wie geeft leiding aan de route?", [
        "De dagelijkse leiding ligt bij het routeteam. Dat bestaat uit de teamleider bovenbouw van het "
        "Stadscollege, de opleidingsmanager Software development van Flevopoort en een routecoördinator.",
        "De rector van het Stadscollege wijst de teamleider aan; de directeur van het ICT-college van "
        "Flevopoort wijst de opleidingsmanager aan. De routecoördinator wordt, op voordracht van die twee, "
        "door beide colleges van bestuur samen benoemd voor telkens twee schooljaren.",
        "Het routeteam stelt de jaarplanning, het rooster en de verdeling van docenten over de "
        "programmaonderdelen vast, beslist over de plaatsing van leerlingen in de route, onderhoudt het "
        "contact met de bedrijven en beheert het routebudget. Uitgaven boven € 10.000 per post, wijziging "
        "van het aantal plaatsen en benoemingen van personeel blijven voorbehouden aan de colleges van "
        "bestuur.",
    ]),
    ("4. Hoe houdt het routeteam de besturen op de hoogte?", [
        "Tweemaal per schooljaar, uiterlijk 15 februari en uiterlijk 1 oktober, stuurt het routeteam beide "
        "colleges van bestuur een schriftelijke voortgangsrapportage over instroom, uitval en overstappers, "
        "examenresultaten, het aantal bpv-plaatsen en de besteding van het budget. De oktoberrapportage is "
        "ook de verantwoording over het afgelopen schooljaar; zij wordt in het bestuurlijk overleg van "
        "november besproken en door beide besturen vastgesteld.",
        "Gebeurt er iets dat de voortzetting van de route raakt, zoals het wegvallen van een groot "
        "leerbedrijf of een tekort aan docenten, dan meldt het routeteam dat binnen vijf werkdagen "
        "schriftelijk aan beide besturen.",
    ]),
    ("5. Wie geeft les, en met welke middelen?", [
        "Docenten van het Stadscollege en van Flevopoort vormen samen één docententeam. In de "
        "vakoverstijgende projecten Web & App (leerjaar 3) en Digitale vormgeving (leerjaar 4) werken zij "
        "met teambevoegdheid: voor ieder onderdeel zit ten minste één daartoe bevoegde docent in het team en "
        "iedere docent blijft verantwoordelijk voor het deel waarvoor hij bevoegd is. In leerjaar 4 geven "
        "twee docenten van Flevopoort elke week twee dagdelen les op het Stadscollege; zij blijven in dienst "
        "van Flevopoort.",
        "Het Stadscollege stelt zijn mediaruimte en de praktijklokalen aan de Kruidenlaan beschikbaar. "
        "Flevopoort stelt zijn serverlab, de ontwikkelsoftware met licenties en vanaf leerjaar 4 een laptop "
        "in bruikleen voor iedere leerling beschikbaar. Wij gebruiken elkaars ruimtes en middelen kosteloos, "
        "behalve wat bij vraag 7 staat.",
        "Het onderwijsprogramma, de examinering en de bpv zijn per leerjaar vastgelegd in het gezamenlijke "
        "PTA/OER (bijlage 1). In leerjaar 3 en 4 krijgt de leerling les op het Stadscollege, vanaf het "
        "derde routejaar op de ICT-campus van Flevopoort. De klachtenregeling van elk van ons geldt ook voor "
        "gedragingen van personeel van de ander binnen de route; de partij om wier personeel het gaat, "
        "werkt aan de afhandeling mee.",
    ]),
    ("6. Wat als een leerling niet verder kan of wil in de route?", [
        "Dan zorgen wij er samen voor dat de leerling toch een diploma kan halen. Wie in leerjaar 3 of 4 "
        "stopt, gaat verder in de reguliere gemengde of kaderberoepsgerichte leerweg van het Stadscollege, "
        "in hetzelfde of een ander profiel, en doet daar vmbo-examen. Wie het vmbo-diploma heeft maar "
        "Software developer niet wil of kan afmaken, kan bij Flevopoort overstappen naar een andere "
        "opleiding op niveau 4 of naar Allround medewerker IT systems and devices op niveau 3; "
        "vooropleidingseisen gelden daarbij niet. Wie aan het eind van het derde routejaar het vmbo-diploma "
        "nog niet heeft, kan zonder dat diploma doorgaan in een mbo-opleiding van vergelijkbaar niveau bij "
        "Flevopoort of het examenjaar op het Stadscollege overdoen.",
        "Welke mogelijkheid het wordt, bepalen de teamleider van het Stadscollege en de opleidingsmanager "
        "van Flevopoort samen, na een gesprek met de leerling en zijn ouders, op grond van het bereikte "
        "onderwijsniveau en de leeftijd van de leerling. Wil de leerling naar een andere instelling, "
        "bijvoorbeeld na een verhuizing, dan zorgen wij voor een warme overdracht en werken wij mee aan het "
        "geschiktheidsonderzoek van die instelling. De uitwerking staat in de schoolgids van het "
        "Stadscollege en in de studiewijzer van Flevopoort.",
    ]),
    ("7. Gaat er geld van de ene partij naar de andere?", [
        "Ja, in één richting. Voor iedere leerling die op 1 oktober in leerjaar 3 of 4 van de route staat "
        "ingeschreven, draagt het Stadscollege € 1.150 van zijn bekostiging over aan Flevopoort. Dat bedrag "
        "is bestemd voor de lesuren die docenten van Flevopoort in de vo-fase geven en voor het gebruik van "
        "het serverlab en de licenties. Betaling volgt vóór 1 december op factuur. Flevopoort draagt niets "
        "over aan het Stadscollege.",
    ]),
    ("8. Hebben leerlingen, ouders en personeel inspraak?", [
        "Ja. Bovenop de wettelijke medezeggenschap spreken wij af dat de leerlingen van de route die nog op "
        "het Stadscollege staan ingeschreven, vanaf leerjaar 4 één vertegenwoordiger kiezen in de "
        "studentenraad van het ICT-college van Flevopoort, met dezelfde rechten als de gekozen studenten.",
        "Verder vergaderen een afvaardiging van de medezeggenschapsraad van het Stadscollege en van de "
        "studentenraad en de ondernemingsraad van Flevopoort eenmaal per jaar samen als routeraad over de "
        "verantwoording van het routeteam. De routeraad kan beide besturen gevraagd en ongevraagd advies "
        "geven; de besturen reageren daar binnen zes weken schriftelijk op.",
    ]),
    ("9. Wat doen we als we het niet eens worden?", [
        "Een meningsverschil over de uitvoering van deze overeenkomst bespreken eerst de rector en de "
        "directeur van het ICT-college. Komen zij er niet binnen vier weken uit, dan leggen zij het voor "
        "aan de voorzitters van beide colleges van bestuur. Is er acht weken later nog geen oplossing, dan "
        "schakelen wij een onafhankelijke mediator in, die wij samen kiezen en samen betalen. Leidt ook dat "
        "niet tot overeenstemming, dan beslist de bevoegde rechter van de rechtbank Midden-Nederland.",
    ]),
    ("10. Kan er een school of instelling bij komen?", [
        "Ja. Een andere vmbo-school of mbo-instelling in Flevoland kan partij worden als zij de route "
        "volgens het gezamenlijke PTA/OER gaat aanbieden, beide huidige partijen schriftelijk instemmen en "
        "zij een toetredingsverklaring bij deze overeenkomst ondertekent. Toetreding gaat steeds in op "
        "1 augustus, zodat lopende klassen niet halverwege het jaar anders worden ingedeeld. De nieuwe "
        "partij meldt haar deelname zelf bij DUO.",
    ]),
    ("11. Hoe lang geldt deze overeenkomst en hoe kan zij eindigen?", [
        "De overeenkomst geldt vanaf 1 augustus 2025 voor vier schooljaren en wordt daarna telkens met vier "
        "jaar verlengd, tenzij een partij opzegt. Opzeggen kan alleen per aangetekende brief, met een termijn "
        "van ten minste twaalf maanden, en steeds tegen het einde van een schooljaar (31 juli). Een partij "
        "kan de overeenkomst ontbinden als de ander na een schriftelijke ingebrekestelling ernstig tekort "
        "blijft schieten.",
        "Eindigt de overeenkomst, om welke reden ook, dan worden vanaf dat moment geen nieuwe leerlingen meer "
        "toegelaten. Alle leerlingen die al in de route zitten, maken hun route af bij dezelfde partijen en "
        "onder dezelfde voorwaarden.",
    ]),
    ("12. Hoe passen we deze afspraken aan?", [
        "Elke wijziging wordt schriftelijk vastgelegd en door beide colleges van bestuur ondertekend, nadat "
        "de routeraad advies heeft kunnen geven. Een wijziging gaat in bij het begin van een schooljaar. "
        "Voor leerlingen die al in de route zitten, mag een wijziging het programma of het examen niet "
        "zwaarder maken.",
    ]),
]


def _qa_blocks():
    rows = [["Vraag", "Antwoord"]]
    for q, answers in Q441:
        for i, a in enumerate(answers):
            rows.append([q if i == 0 else "", a])
    return rows


register(
    441, "h441_vraag_antwoord_almere", "pdf",
    "Question|answer table (vraag | antwoord), PDF, Almere, ICT in the city: MVI gl -> Software developer "
    "niveau 4; plain 'wij' voice; fully compliant incl. one-way transfer and extra medezeggenschap.",
    st(),
    {"a": "1. Over welke route gaat deze overeenkomst?",
     "b": "2. Wat doen Almeerse bedrijven in de route?",
     "c": "3. Wie geeft leiding aan de route?",
     "d": "4. Hoe houdt het routeteam de besturen op de hoogte?",
     "e": "5. Wie geeft les, en met welke middelen?",
     "f": "6. Wat als een leerling niet verder kan of wil in de route?",
     "g": "7. Gaat er geld van de ene partij naar de andere?",
     "h": "8. Hebben leerlingen, ouders en personeel inspraak?",
     "i": "9. Wat doen we als we het niet eens worden?",
     "j": "10. Kan er een school of instelling bij komen?"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo ‘Code Almere’"),
        ("sub", "Media, vormgeving en ICT (gl) – Software developer niveau 4 · opgesteld in vragen en antwoorden"),
        ("h", "Wie sluiten deze overeenkomst?"),
        ("p", "1. Stichting Polderkwartier Onderwijs, gevestigd te Almere, bevoegd gezag van het Stadscollege "
              "Almere (vmbo, kaderberoepsgerichte en gemengde leerweg), rechtsgeldig vertegenwoordigd door "
              "mevrouw drs. E.J. van Wijland, voorzitter van het college van bestuur, hierna: het Stadscollege;"),
        ("p", "2. Stichting Flevo Vakonderwijs, gevestigd te Almere, bevoegd gezag van ROC Flevopoort, "
              "rechtsgeldig vertegenwoordigd door de heer R. Benali, lid van het college van bestuur, "
              "hierna: Flevopoort."),
        ("h", "Waarom in vragen en antwoorden?"),
        ("p", "Wij willen dat leerlingen, ouders en collega’s deze overeenkomst zelf kunnen lezen. Daarom staat "
              "zij hieronder als een reeks vragen met antwoorden. Ieder antwoord is een afspraak die ons bindt, "
              "net zo goed als een genummerd artikel. Met ‘wij’ en ‘ons’ worden beide partijen samen bedoeld. "
              "Wij melden de route samen bij de minister (via RIO bij DUO) voordat de eerste leerlingen starten."),
        ("table", _qa_blocks(), [4.3, 12.3], 1),
        ("h", "Ondertekening"),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Almere op 30 juni 2025."),
        ("table", [["Stichting Polderkwartier Onderwijs", "Stichting Flevo Vakonderwijs"],
                   ["drs. E.J. van Wijland, voorzitter college van bestuur",
                    "R. Benali, lid college van bestuur"],
                   ["handtekening: ........................", "handtekening: ........................"]],
         [8.3, 8.3], 1),
        ("small", "Bijlage 1: Gezamenlijk PTA/OER doorlopende leerroute Software developer, cohort 2025 "
                  "(afzonderlijk document, jaarlijks door het routeteam geactualiseerd)."),
    ],
)


# --------------------------------------------------------------------------- h442
register(
    442, "h442_sjabloonresten_cursief_noordoost_twente", "docx",
    "Filled-in official format with italic template instructions left in, DOCX, Noordoost-Twente, zorg en "
    "technologie: Z&W kb -> Verzorgende-IG niveau 3; geschil left as dotted template line (i weak), "
    "medezeggenschap only a bracketed placeholder (h weak); all other sections filled in.",
    st(h="weak", i="weak"),
    {"a": "1. De betreffende doorlopende leerroute vmbo-mbo",
     "b": "2. Betrokkenheid bedrijfsleven",
     "c": "3. Inzet leiding en verantwoording",
     "d": "De stuurgroep levert ieder jaar vóór 1 november een jaarverslag",
     "e": "4. Organisatorische en onderwijskundige inrichting",
     "f": "5. Overstapoptie",
     "g": "6. Financiën",
     "j": "9. Betrokkenheid andere partijen"},
    [
        ("i", "[Format samenwerkingsovereenkomst – vul de velden in en verwijder alle cursieve instructies "
              "vóór ondertekening]"),
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("sub", "Route ‘Zorg & Technologie’ Noordoost-Twente"),
        ("p", "Stichting Voortgezet Onderwijs Noordoost-Twente, gevestigd te Ootmarsum, bevoegd gezag van het "
              "Dinkelcollege, vertegenwoordigd door de heer J.H. Oude Kotte, bestuurder,"),
        ("i", "[Bevoegd gezag van de school]"),
        ("p", "en"),
        ("p", "Stichting ROC Twentevaart, gevestigd te Hengelo, bevoegd gezag van ROC Twentevaart, "
              "vertegenwoordigd door mevrouw A.M. Leferink-Stam, voorzitter van het college van bestuur,"),
        ("i", "[Bevoegd gezag van de instelling voor beroepsonderwijs]"),
        ("p", "verklaren te zijn overeengekomen:"),
        ("h", "Doel en wijze van samenwerking"),
        ("p", "1. Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende leerroute "
              "vmbo-mbo verzorgd door ondergetekenden."),
        ("p", "2. Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute."),
        ("p", "3. Ondergetekenden beschrijven voor de gehele doorlopende leerroute vmbo-mbo het "
              "onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per leerjaar en "
              "voeren dit in gezamenlijkheid uit."),
        ("p", "4. Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij een gezamenlijke "
              "doorlopende leerroute vmbo-mbo aanbieden."),
        ("h", "Afspraken"),
        ("h", "1. De betreffende doorlopende leerroute vmbo-mbo"),
        ("i", "Het volgende onderwijsprogramma wordt in deze doorlopende leerroute vmbo-mbo aangeboden: "
              "[Hier het profiel en het aanverwante opleidingsdomein of de aanverwante kwalificatie noemen "
              "waarin de doorlopende leerroute vmbo-mbo wordt aangeboden]"),
        ("p", "Leerlingen in het profiel Zorg en welzijn van de kaderberoepsgerichte leerweg van het "
              "Dinkelcollege stromen zonder knip door naar de opleiding Verzorgende-IG, niveau 3 "
              "(vakopleiding, opleidingsdomein Zorg en welzijn, BOL) van ROC Twentevaart. Binnen de route "
              "volgen zij vanaf leerjaar 4 de keuzedelen Zorgtechnologie en Domotica en e-health, zodat zij "
              "technologie in de thuiszorg en de ouderenzorg leren inzetten en uitleggen aan cliënten."),
        ("h", "2. Betrokkenheid bedrijfsleven"),
        ("i", "Het bedrijfsleven is/wordt als volgt betrokken bij de invulling van dit onderwijsprogramma:"),
        ("p", "Zorggroep Dinkelborgh (ouderenzorg, vier locaties), Thuis in Twente (wijkverpleging) en het "
              "Zorglab Oldenzaal, een praktijkcentrum voor zorgtechnologie van de regionale zorgaanbieders, "
              "zijn vaste partners van de route. Zij bieden in leerjaar 4 een oriënterende stage van twee "
              "weken, in de mbo-fase bpv-plaatsen als door SBB erkend leerbedrijf en jaarlijks vier "
              "Zorglabdagen waarop leerlingen in het demonstratieappartement hulpmiddelen testen. "
              "Zorgtechnologen van de partners verzorgen gastlessen in het keuzedeel Zorgtechnologie. Twee "
              "praktijkopleiders nemen deel aan de adviescommissie die elk voorjaar het programma van de "
              "keuzedelen beoordeelt en beoordelen de proeve van bekwaamheid mee."),
        ("h", "3. Inzet leiding en verantwoording"),
        ("i", "a. De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet van: "
              "[samenstelling leiding, wijze van benoeming, taken en bevoegdheden]"),
        ("p", "a. De leiding berust bij de stuurgroep Zorg & Technologie. Daarin hebben zitting de "
              "afdelingsleider bovenbouw van het Dinkelcollege, de teamleider Verzorgende-IG van ROC "
              "Twentevaart en, als adviserend lid zonder stem, de coördinator van het Zorglab. De "
              "afdelingsleider en de teamleider worden door het eigen bevoegd gezag aangewezen; de "
              "coördinator wordt door beide besturen gezamenlijk uitgenodigd. De stuurgroep besluit over het "
              "programma per leerjaar binnen het PTA/OER, over de inzet van de gezamenlijke formatie van "
              "2,4 fte, over de toelating tot de route en over uitgaven binnen de jaarbegroting van "
              "€ 40.000. Besluiten over uitbreiding van formatie of wijziging van de kwalificatie legt de "
              "stuurgroep ter besluitvorming voor aan beide besturen."),
        ("i", "b. Het verstrekken van inlichtingen en afleggen van verantwoording door deze leiding aan "
              "ondergetekenden wordt als volgt georganiseerd: [de wijze van het verstrekken van inlichtingen "
              "en verantwoording aan het bevoegd gezag van de school en het bevoegd gezag van de instelling "
              "voor beroepsonderwijs]"),
        ("p", "b. De stuurgroep levert ieder jaar vóór 1 november een jaarverslag met kengetallen (instroom, "
              "uitval, overstappers, diploma’s, tevredenheid van leerlingen en leerbedrijven) aan beide "
              "besturen en licht dat toe in het halfjaarlijkse bestuurlijk overleg in november en mei. "
              "Daarnaast stuurt de voorzitter van de stuurgroep elk kwartaal een korte schriftelijke "
              "voortgangsnotitie aan beide besturen."),
        ("h", "4. Organisatorische en onderwijskundige inrichting"),
        ("i", "a. De betreffende doorlopende leerroute wordt aangeboden op volgende locatie(s):"),
        ("p", "a. Leerjaar 3 en 4: Dinkelcollege, Ootmarsum, met in leerjaar 4 één dag per week in het "
              "Zorglab Oldenzaal. Vanaf het derde routejaar: ROC Twentevaart, locatie Oldenzaal, en de "
              "leerbedrijven."),
        ("i", "b. Er zijn afspraken gemaakt over het gebruik van verschillende faciliteiten zoals:"),
        ("p", "b. ROC Twentevaart stelt het skillslab voor verpleegtechnische vaardigheden en, via het "
              "Zorglab, het demonstratieappartement met domotica beschikbaar; het Dinkelcollege stelt het "
              "praktijklokaal zorg en welzijn en de mobiele zorg-ict-set beschikbaar voor gezamenlijke "
              "lessen. Gebruik is over en weer kosteloos en volgt het rooster dat de stuurgroep vaststelt."),
        ("i", "c. De inzet van personeel is als volgt georganiseerd:"),
        ("p", "c. Twee docenten verpleegkunde van ROC Twentevaart geven in leerjaar 4 vier uur per week les "
              "op het Dinkelcollege; twee docenten zorg en welzijn van het Dinkelcollege begeleiden in het "
              "eerste mbo-jaar de keuzedelen mee. In het vakoverstijgende onderdeel Zorg & Techniek "
              "(leerjaar 4) wordt gewerkt met teambevoegdheid. Iedere docent blijft in dienst van de eigen "
              "werkgever. Het onderwijsprogramma, de examinering en de bpv per leerjaar staan in het "
              "gezamenlijke PTA/OER dat als bijlage bij deze overeenkomst hoort."),
        ("h", "5. Overstapoptie"),
        ("i", "Deelnemers die deze doorlopende leerroute niet met succes afronden worden door ondergetekenden "
              "in staat gesteld om: [hier de inhoud van de overstapoptie(s) vermelden]"),
        ("li", "in de vo-fase over te stappen naar het reguliere programma van de kaderberoepsgerichte leerweg "
               "Zorg en welzijn, of naar een ander profiel, op het Dinkelcollege en daar het vmbo-diploma te "
               "behalen;"),
        ("li", "na het behalen van het vmbo-diploma bij ROC Twentevaart over te stappen naar Helpende zorg en "
               "welzijn (niveau 2) of naar een andere opleiding op niveau 3, zoals Medewerker maatschappelijke "
               "zorg, zonder dat de vooropleidingseisen van die opleiding gelden;"),
        ("li", "wanneer het vmbo-diploma na het derde routejaar niet is behaald, het vmbo-examen alsnog op het "
               "Dinkelcollege af te leggen of zonder vmbo-diploma in te stromen in een opleiding van "
               "vergelijkbaar niveau bij ROC Twentevaart."),
        ("p", "De afdelingsleider en de teamleider kiezen samen, na een gesprek met de leerling en diens "
              "ouders, de passende mogelijkheid; zij gaan daarbij uit van het bereikte onderwijsniveau en de "
              "leeftijd van de leerling."),
        ("h", "6. Financiën"),
        ("i", "[Verwijs naar de financiële overeenkomst of vermeld dat er geen middelen worden overgedragen]"),
        ("p", "Tussen ondergetekenden wordt geen bekostiging overgedragen. Ieder draagt de kosten van het "
              "eigen personeel en de eigen voorzieningen; een financiële bijlage is daarom niet opgesteld."),
        ("h", "7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime (optioneel)"),
        ("i", "[Indien gewenst: beschrijf hier de aanvullende afspraken op het geldende "
              "medezeggenschapsregime.]"),
        ("p", "[nog in te vullen na overleg met de MR en de studentenraad]"),
        ("h", "8. Geschilbeslechting"),
        ("i", "[De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de "
              "overeenkomst.]"),
        ("p", "…………………………………………………………………………………………………"),
        ("h", "9. Betrokkenheid andere partijen"),
        ("i", "[De voorwaarden waaronder een andere school of een andere instelling voor beroepsonderwijs "
              "partij kan worden bij de overeenkomst.]"),
        ("p", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze "
              "overeenkomst toetreden wanneer zij het profiel Zorg en welzijn respectievelijk de opleiding "
              "Verzorgende-IG aanbiedt, de stuurgroep positief adviseert en beide besturen schriftelijk "
              "instemmen. Toetreding geschiedt per 1 augustus door een aanvulling die door alle partijen "
              "wordt ondertekend en verandert niets aan het programma van de cohorten die dan al in de route "
              "zitten."),
        ("h", "10. Beëindiging overeenkomst"),
        ("i", "[De voorwaarden waaronder de overeenkomst kan worden opgezegd of ontbonden, alsmede de wijze "
              "waarop de overeenkomst in andere gevallen kan worden gewijzigd, telkens met het oog op het "
              "zoveel mogelijk beperken van de gevolgen voor de leerlingen en studenten.]"),
        ("p", "Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd. Ieder bestuur kan "
              "haar schriftelijk opzeggen tegen 1 augustus van enig jaar, met een opzegtermijn van ten minste "
              "één volledig schooljaar. Bij een ernstige tekortkoming die na schriftelijke aanmaning niet "
              "binnen drie maanden is hersteld, kan de andere partij de overeenkomst ontbinden. Wijzigingen "
              "worden alleen schriftelijk en met instemming van beide besturen aangebracht en gaan in bij de "
              "start van een schooljaar. Leerlingen en studenten die vóór de datum van beëindiging in de route "
              "zijn gestart, ronden die af; beide partijen blijven tot dat moment hun verplichtingen uit deze "
              "overeenkomst nakomen."),
        ("h", "Ondertekening"),
        ("p", "Ootmarsum / Hengelo, 30 juni 2025"),
        ("table", [["Namens Stichting Voortgezet Onderwijs Noordoost-Twente",
                    "Namens Stichting ROC Twentevaart"],
                   ["J.H. Oude Kotte, bestuurder", "A.M. Leferink-Stam, voorzitter college van bestuur"]], 1),
        ("i", "Bijlage: gezamenlijk PTA/OER Zorg & Technologie (per leerjaar)"),
    ],
)



# --------------------------------------------------------------------------- h443
T443 = """SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE GROEN - AGRARISCH LOONWERK

De ondergetekenden, de Stichting voor Christelijk Voortgezet Onderwijs Polderland, statutair gevestigd te Emmeloord, bevoegd gezag van de Zuiderzee Groenschool, school voor vmbo met het profiel Groen, te dezen rechtsgeldig vertegenwoordigd door haar bestuurder de heer ir. T.W. Hoekstra, hierna te noemen "de school", en de Stichting Agrarisch Opleidingscentrum Flevo-IJsselland, statutair gevestigd te Dronten, bevoegd gezag van het gelijknamige agrarisch opleidingscentrum, te dezen rechtsgeldig vertegenwoordigd door mevrouw M.C. de Graaf-Veenstra, voorzitter van het college van bestuur, hierna te noemen "het AOC", hierna samen te noemen "partijen",

overwegende dat partijen sinds het schooljaar 2019-2020 samenwerken in een vakmanschapsroute groen en die samenwerking willen voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a van de Wet voortgezet onderwijs 2020 en hoofdstuk 9, titel 1, van de Wet educatie en beroepsonderwijs, dat de loonwerk- en mechanisatiebedrijven in de Noordoostpolder en op Urk, verenigd in de regionale kring van de brancheorganisatie voor loonwerk en mechanisatie, partijen herhaaldelijk hebben laten weten dat zij dringend behoefte hebben aan vakmensen die met precisielandbouw en grote, dure machines verantwoord kunnen omgaan en dat zij bereid zijn een dergelijke route met machines, leerbanen en vakmensen te ondersteunen, en dat partijen met deze overeenkomst voldoen aan hun wettelijke verplichting de doorlopende leerroute op grond van een samenwerkingsovereenkomst te verzorgen,

komen het volgende overeen.

Artikel 1 - De route
De doorlopende leerroute waarop deze overeenkomst ziet, begint in het derde leerjaar van de kaderberoepsgerichte leerweg in het profiel Groen van de school, waarin de leerling naast de profielmodules de keuzevakken Werken in de groene ruimte en Mechanisatie en techniek volgt, en loopt zonder onderbreking door in de vakopleiding Vakbekwaam medewerker agrarisch loonwerk, niveau 3, in het opleidingsdomein Voedsel, natuur en leefomgeving, in de beroepsopleidende leerweg van het AOC, zodat de leerling zowel het diploma vmbo kaderberoepsgerichte leerweg als het mbo-diploma kan behalen, waarbij het onderwijs in de eerste twee routejaren grotendeels op de school en in de daaropvolgende twee routejaren op de locatie Emmeloord van het AOC wordt verzorgd, de totale cursusduur vier jaar bedraagt en er per cohort ten hoogste zestien leerlingen worden toegelaten.

Artikel 2 - Leiding
De leiding over de route berust bij een routecommissie die bestaat uit de teamleider bovenbouw van de school, de onderwijsmanager loonwerk en mechanisatie van het AOC en een door die twee gekozen docent uit het routeteam, waarbij de teamleider door de bestuurder van de school en de onderwijsmanager door het college van bestuur van het AOC in de commissie wordt aangewezen, de docent na die keuze door beide besturen gezamenlijk wordt benoemd voor de duur van drie schooljaren, en de routecommissie, aan wie partijen deze taken en bevoegdheden hierbij opdragen, bevoegd is het jaarprogramma en de examenplanning binnen het gezamenlijke PTA/OER vast te stellen, leerlingen tot de route toe te laten, docenten binnen de door de besturen toegekende formatie in te roosteren en de routebegroting uit te voeren, terwijl besluiten over de formatie, over investeringen boven een bedrag van EUR 15.000 en over het aantal plaatsen per cohort aan de besturen zijn voorbehouden.

Artikel 3 - Inlichtingen en verantwoording
De routecommissie zendt beide besturen ieder jaar vóór 15 oktober een schriftelijk verslag over het afgelopen schooljaar, waarin ten minste de instroom, de tussentijdse uitval en overstap, de examen- en diplomaresultaten, de inzet van personeel en de uitputting van de routebegroting zijn opgenomen, licht dat verslag toe in het bestuurlijk overleg dat partijen ieder jaar in november houden, waarna beide besturen de commissie voor het gevoerde beleid decharge verlenen, en informeert de besturen daarnaast onverwijld schriftelijk over iedere omstandigheid die de continuïteit van de route of de kwaliteit van de examinering in gevaar kan brengen.

Artikel 4 - Inrichting van het onderwijs
Het onderwijsprogramma en de examinering zijn per leerjaar vastgelegd in het gezamenlijke PTA/OER dat als bijlage deel uitmaakt van deze overeenkomst, waarbij het vmbo-examen uiterlijk aan het einde van het tweede routejaar wordt afgenomen, de school verantwoordelijk is voor het vo-deel en de vmbo-examinering en het AOC voor het mbo-deel en de mbo-examinering, de docenten van beide partijen één routeteam vormen waarin in de vakoverstijgende module Precisielandbouw met teambevoegdheid wordt gewerkt, in leerjaar 4 twee instructeurs mechanisatie van het AOC wekelijks een dag lesgeven op de school, de docenten groen van de school in het eerste mbo-jaar het onderdeel plant- en bodemkunde blijven verzorgen en iedere docent in dienst blijft van zijn eigen werkgever, en waarbij het AOC zijn werkplaats, de trekkers en werktuigen, de GPS-simulator en het proefveld aan de Marknesserweg ter beschikking stelt voor de lessen in leerjaar 3 en 4, de school haar kas en het schoolerf beschikbaar stelt voor de lessen plantenteelt in de mbo-fase, en de veiligheidsinstructie voor het werken met machines door het AOC wordt gegeven voordat een leerling voor het eerst een machine bedient.

Artikel 5 - Overstapoptie
Een leerling die de route in het eerste of tweede routejaar verlaat, vervolgt zijn opleiding in de reguliere kaderberoepsgerichte leerweg van de school in het profiel Groen of, als dat beter bij hem past, in een ander profiel of in de basisberoepsgerichte leerweg, met het oog op het behalen van het vmbo-diploma, een student die na het behalen van het vmbo-diploma de opleiding loonwerk niet wil of kan voortzetten, kan bij het AOC zonder toepassing van vooropleidingseisen overstappen naar een andere opleiding op niveau 2 of 3, zoals Medewerker dierverzorging of Vakbekwaam medewerker teelt, en een leerling die aan het einde van het tweede routejaar is afgewezen voor het vmbo-examen, kan ofwel het examenjaar op de school overdoen ofwel zonder vmbo-diploma doorgaan in de mbo-fase van de route of in een andere opleiding van het AOC op vergelijkbaar niveau, waarbij in alle gevallen de teamleider van de school en de onderwijsmanager van het AOC na overleg met de leerling en zijn ouders gezamenlijk beslissen welke voortzetting het meest kansrijk is, gelet op het bereikte onderwijsniveau en de leeftijd van de leerling, en waarbij partijen, als de leerling zijn opleiding buiten de polder wil voortzetten, zorgen voor een warme overdracht naar de ontvangende school of instelling.

Artikel 6 - Bekostiging
Gedurende de eerste twee routejaren draagt de school met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 een deel van de door haar ontvangen bekostiging over aan het AOC, te weten een bedrag van EUR 950 per leerling die op 1 oktober van het desbetreffende schooljaar in de route staat ingeschreven, welk bedrag jaarlijks wordt geïndexeerd met het percentage waarmee de bekostiging voortgezet onderwijs wordt aangepast en in twee gelijke termijnen vóór 1 december en vóór 1 mei wordt voldaan na ontvangst van een factuur van het AOC, terwijl in de mbo-fase geen bekostiging van het AOC naar de school wordt overgedragen.

Artikel 7 - Medezeggenschap
Onverminderd de bevoegdheden die de medezeggenschapsraad van de school op grond van de Wet medezeggenschap op scholen en de studentenraad, de ouderraad en de ondernemingsraad van het AOC op grond van de Wet educatie en beroepsonderwijs en de Wet op de ondernemingsraden hebben, spreken partijen af dat de medezeggenschapsraad van de school en de studentenraad van het AOC ieder twee leden aanwijzen in een gezamenlijke routeklankbordgroep, die ten minste tweemaal per jaar met de routecommissie overlegt, het verslag bedoeld in artikel 3 ontvangt en over voorgenomen wijzigingen van het PTA/OER advies uitbrengt voordat de besturen daarover besluiten, en dat leerlingen van de route in het tweede routejaar al als toehoorder de vergaderingen van de studentenraad van het AOC mogen bijwonen.

Artikel 8 - Geschillen
Geschillen tussen partijen over de uitleg of de uitvoering van deze overeenkomst worden eerst besproken in de routecommissie, daarna, als de commissie daar niet binnen vier weken uitkomt, door de bestuurder van de school en de voorzitter van het college van bestuur van het AOC in een bestuurlijk overleg dat binnen drie weken na het verzoek van een partij wordt gehouden, en, als ook dat overleg niet binnen zes weken tot een oplossing leidt, voorgelegd aan een commissie van drie personen die bij wege van bindend advies beslist, waarvan iedere partij één lid aanwijst en die twee leden samen de voorzitter aanwijzen, met dien verstande dat de kosten van deze commissie door partijen gelijkelijk worden gedragen.

Artikel 9 - Duur, opzegging en wijziging
Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd, kan door ieder der partijen slechts bij aangetekende brief worden opgezegd tegen het einde van een schooljaar met inachtneming van een opzegtermijn van ten minste vijftien maanden, kan door een partij worden ontbonden indien de andere partij na schriftelijke ingebrekestelling haar verplichtingen uit deze overeenkomst niet binnen een redelijke termijn nakomt, kan uitsluitend worden gewijzigd bij een schriftelijk stuk dat door beide besturen is ondertekend, waarbij wijzigingen van het PTA/OER voor een lopend cohort alleen mogelijk zijn als zij de positie van de leerlingen niet verslechteren, en blijft bij opzegging of ontbinding van kracht voor de leerlingen die op dat moment al aan de route deelnemen, zodat partijen hun verplichtingen jegens die leerlingen nakomen totdat zij de route hebben afgerond of met toepassing van artikel 5 zijn overgestapt, terwijl na de opzegging geen nieuwe leerlingen meer tot de route worden toegelaten.

Artikel 10 - Slot
Partijen melden de route gezamenlijk aan de minister door registratie in RIO, zijn ieder in het bezit van een door beide partijen ondertekend exemplaar van deze overeenkomst en hebben deze overeenkomst, waarop Nederlands recht van toepassing is, als volgt ondertekend.

Aldus overeengekomen en ondertekend te Emmeloord op 30 juni 2025.

Stichting voor Christelijk Voortgezet Onderwijs Polderland
ir. T.W. Hoekstra, bestuurder

Stichting Agrarisch Opleidingscentrum Flevo-IJsselland
M.C. de Graaf-Veenstra, voorzitter college van bestuur

Bijlage: gezamenlijk PTA/OER Groen - Agrarisch loonwerk, cohort 2025-2029
"""

register(
    443, "h443_lange_zinnen_loonwerk_noordoostpolder", "txt",
    "Plain text, every article one very long sentence, Noordoostpolder, agrarisch loonwerk: Groen kb -> "
    "AOC niveau 3; bedrijfsleven only in the considerans (b missing), transfer with amount but no purpose "
    "(g weak), duration/opzegging/wijziging/protection but no toetreding (j weak).",
    st(b="missing", g="weak", j="weak"),
    {"a": "Artikel 1 - De route",
     "c": "Artikel 2 - Leiding",
     "d": "Artikel 3 - Inlichtingen en verantwoording",
     "e": "Artikel 4 - Inrichting van het onderwijs",
     "f": "Artikel 5 - Overstapoptie",
     "h": "Artikel 7 - Medezeggenschap",
     "i": "Artikel 8 - Geschillen"},
    T443,
)


# --------------------------------------------------------------------------- h444

def odd_wrap(text, widths):
    """Wrap text to irregular widths, splitting long words with a hyphen at arbitrary points."""
    lines, cur, wi = [], "", 0
    words = text.split()
    i = 0
    while i < len(words):
        w = words[i]
        width = widths[wi % len(widths)]
        cand = w if not cur else cur + " " + w
        if len(cand) <= width:
            cur = cand
            i += 1
            continue
        room = width - len(cur) - (1 if cur else 0) - 1
        if len(w) >= 9 and room >= 4 and len(w) - room >= 3 and w[:room].isalpha():
            head = w[:room]
            lines.append((cur + " " if cur else "") + head + "-")
            words[i] = w[room:]
        else:
            lines.append(cur)
            if not cur:
                lines[-1] = w
                i += 1
        cur = ""
        wi += 1
    if cur:
        lines.append(cur)
    return lines


S444 = [
    ("##SAMENWERKINGSOVEREENKOMST", None),
    ("##DOORLOPENDE LEERROUTE BOUW PARKSTAD", None),
    ("(vmbo basis Bouwen, wonen en interieur / mbo-2 Timmerman)", None),
    ("", None),
    ("##1 PARTIJEN", "Stichting Onderwijsgroep Mijnstreek-Oost, gevestigd te Kerkrade, bevoegd gezag van het "
     "Vakcollege Schaesberg, school voor vmbo (basis- en kaderberoepsgerichte leerweg), vertegenwoordigd door "
     "mevrouw C.J.M. Huppertz, voorzitter van het college van bestuur (hierna: het Vakcollege), en Stichting "
     "Limburgs Vakonderwijs, gevestigd te Heerlen, bevoegd gezag van ROC Heuvelland, vertegenwoordigd door "
     "de heer P.A. Wetzels, voorzitter van het college van bestuur (hierna: het ROC), komen het volgende "
     "overeen. Waar wij of ons staat, zijn beide partijen samen bedoeld."),
    ("##2 DE ROUTE", "Vanaf leerjaar 3 volgen leerlingen van de basisberoepsgerichte leerweg in het profiel "
     "Bouwen, wonen en interieur een doorlopende leerroute naar de mbo-opleiding Timmerman, niveau 2 "
     "(basisberoepsopleiding in het opleidingsdomein Bouw en infra, BOL) van het ROC. De route duurt vier "
     "jaar en leidt tot het vmbo-diploma basisberoepsgerichte leerweg en tot het mbo-diploma Timmerman. Per "
     "jaar kunnen ten hoogste twintig leerlingen starten. Wij melden de route samen bij DUO via RIO."),
    ("##3 BOUWBEDRIJVEN IN DE ROUTE", "Het Opleidingsbedrijf Bouw Zuid-Limburg en de daarbij aangesloten "
     "aannemers, bij het sluiten van deze overeenkomst elf bedrijven uit Parkstad, zijn de praktijkpartners "
     "van de route. Zij ontvangen elke klas in leerjaar 3 en 4 twee keer per jaar op een bouwplaats; zij "
     "leveren in leerjaar 4 de opdracht en het materiaal voor het praktijkproject Tiny house en een "
     "uitvoerder die het eindresultaat mee beoordeelt; zij bieden in het derde en vierde routejaar iedere "
     "student een bpv-plaats bij een door SBB erkend leerbedrijf; en zij wijzen twee vakmensen aan voor de "
     "werkveldcommissie, die twee keer per jaar het programma met het kernteam doorloopt en advies geeft "
     "over werkvolgorde, gereedschap en veiligheid. Het ROC sluit met het opleidingsbedrijf ieder jaar de "
     "praktijkovereenkomsten af."),
    ("##4 WIE DE ROUTE LEIDT", "De route wordt geleid door een kernteam. Dat bestaat uit een routeleider, "
     "de teamleider bouw van het Vakcollege en de opleidingsmanager bouw van het ROC. De routeleider is een "
     "docent-coördinator die door beide colleges van bestuur samen wordt benoemd na een gezamenlijke "
     "selectieprocedure, voor drie jaar, met eenmaal de mogelijkheid van herbenoeming. De teamleider en de "
     "opleidingsmanager worden door hun eigen college van bestuur in het kernteam aangewezen. Het kernteam "
     "krijgt van beide besturen de volgende taken en bevoegdheden: het jaarrooster en de lessentabel "
     "vaststellen binnen het PTA/OER; beslissen over toelating van leerlingen tot de route; de uren "
     "verdelen over de docenten binnen de formatie die de besturen beschikbaar stellen; het materiaalbudget "
     "van 18.000 euro per jaar beheren; en het contact met de praktijkpartners onderhouden. Alles wat "
     "daarbuiten valt, zoals formatie, investeringen en wijziging van het PTA/OER op hoofdlijnen, beslissen "
     "de besturen zelf."),
    ("##5 VERSLAG AAN DE BESTUREN", "Het kernteam stuurt beide colleges van bestuur elk kwartaal een korte "
     "voortgangsnotitie over leerlingaantallen, verzuim, uitval en bijzonderheden, en vóór 1 oktober een "
     "jaarverslag over het afgelopen schooljaar met de examenresultaten, de stand van de bpv-plaatsen en de "
     "besteding van het materiaalbudget. Het jaarverslag wordt besproken in het bestuurlijk overleg dat de "
     "colleges van bestuur ieder jaar in oktober houden; de routeleider is daarbij aanwezig en legt "
     "verantwoording af over het gevoerde beleid."),
    ("##6 ONDERWIJS, MENSEN EN MIDDELEN", "Het onderwijs in leerjaar 3 en 4 wordt gegeven in de bouwhal van "
     "het Vakcollege in Schaesberg, vanaf het derde routejaar op de bouwlocatie van het ROC in Heerlen-Noord "
     "en op de bouwplaatsen van de leerbedrijven. Het programma en de examens per leerjaar, met de "
     "verdeling tussen vmbo- en mbo-onderdelen, staan in het PTA/OER van de route (bijlage A). De "
     "praktijkdocenten bouw van het Vakcollege en de instructeurs timmeren van het ROC werken als één team. "
     "In leerjaar 4 geeft een instructeur van het ROC zes uur per week les in de bouwhal van het Vakcollege; "
     "een docent bouw van het Vakcollege geeft in het derde routejaar vier uur per week les op het ROC. Voor "
     "het vakoverstijgende project Tiny house geldt teambevoegdheid. Iedere docent blijft in dienst van zijn "
     "eigen werkgever, die ook voor de scholing zorgt. Het Vakcollege stelt de bouwhal met "
     "houtbewerkingsmachines beschikbaar; het ROC stelt de CNC-zaag, de oefenbouwplaats met steigers en de "
     "licenties voor digitaal bouwkundig tekenen beschikbaar. Wij lenen elkaar ruimten en machines om niet; "
     "wie een machine beschadigt, betaalt de herstelkosten."),
    ("##7 ALS DE ROUTE NIET PAST", "Geen leerling valt tussen wal en schip. Stopt een leerling in leerjaar "
     "3 of 4, dan gaat hij door in de reguliere basis- of kaderberoepsgerichte leerweg van het Vakcollege, "
     "in bouw of een ander profiel, en haalt hij daar zijn vmbo-diploma. Past timmeren niet, maar de bouw "
     "wel, dan kan de student met zijn vmbo-diploma bij het ROC overstappen naar een andere opleiding op "
     "niveau 2, zoals Metselaar of Schilder, zonder dat daarvoor toelatingseisen gelden. Heeft de leerling "
     "aan het eind van het derde routejaar zijn vmbo-diploma niet, dan kan hij zonder dat diploma de "
     "opleiding Timmerman of een andere opleiding op niveau 2 van het ROC afmaken, of het vmbo-examen "
     "opnieuw doen op het Vakcollege. De teamleider bouw en de opleidingsmanager bouw besluiten samen, na "
     "een gesprek met de leerling en zijn ouders, en kijken daarbij naar het niveau dat de leerling heeft "
     "bereikt en naar zijn leeftijd. Entree komt alleen in beeld als een diploma op niveau 2 echt niet "
     "haalbaar is."),
    ("##8 GELD", "Over en weer wordt geen bekostiging overgedragen. Ieder bestuur betaalt zijn eigen "
     "personeel, ruimten en materialen."),
    ("##9 INSPRAAK", "Wat de wet over medezeggenschap regelt, blijft gelden. Daarnaast spreken wij af: "
     "leerlingen die in het derde routejaar bij het ROC staan ingeschreven en in de leerlingenraad van het "
     "Vakcollege zijn gekozen, blijven tot het einde van dat schooljaar lid van die raad; en de "
     "medezeggenschapsraad van het Vakcollege en de studentenraad van het ROC geven samen één advies over "
     "het jaarverslag van het kernteam, in een gezamenlijke vergadering die het kernteam ieder jaar in "
     "november organiseert."),
    ("##10 ONENIGHEID", "Verschillen van inzicht over de uitvoering van deze overeenkomst lost het kernteam "
     "zo mogelijk zelf op. Lukt dat niet binnen een maand, dan overleggen de voorzitters van beide colleges "
     "van bestuur. Lukt ook dat niet binnen twee maanden, dan vragen zij samen een mediator die is "
     "ingeschreven in het register van de Mediatorsfederatie Nederland. Blijft het geschil daarna bestaan, "
     "dan beslist de bevoegde rechter van de rechtbank Limburg."),
    ("##11 NIEUWE PARTNERS, WIJZIGEN EN STOPPEN", "Een andere vmbo-school of mbo-instelling kan aan deze "
     "overeenkomst deelnemen als zij in Parkstad een bouwopleiding verzorgt, het PTA/OER van de route "
     "overneemt en beide besturen daar schriftelijk mee instemmen; de toetreding wordt vastgelegd in een "
     "aanvulling op deze overeenkomst en gaat in op 1 augustus. Wijzigingen worden alleen schriftelijk "
     "gemaakt en door beide besturen ondertekend. De overeenkomst geldt voor onbepaalde tijd vanaf "
     "1 augustus 2025. Opzeggen kan schriftelijk, met een termijn van een volledig schooljaar, tegen "
     "31 juli. Schiet een partij ernstig tekort, dan kan de ander de overeenkomst ontbinden. In alle "
     "gevallen, dus bij toetreding, wijziging, opzegging en ontbinding, maken leerlingen die al in de "
     "route zitten de route af zoals zij die begonnen zijn; na een opzegging worden geen nieuwe "
     "leerlingen meer aangenomen."),
    ("##ONDERTEKENING", "Kerkrade en Heerlen, 30 juni 2025. Voor Stichting Onderwijsgroep Mijnstreek-Oost: "
     "C.J.M. Huppertz. Voor Stichting Limburgs Vakonderwijs: P.A. Wetzels."),
]


def _text444():
    widths_cycle = [[51, 46, 57, 43, 60, 49], [58, 44, 53, 62, 47], [45, 55, 50, 41, 59],
                    [60, 52, 46, 56, 44, 50]]
    out = []
    for n, (head, body) in enumerate(S444):
        out.append(head)
        if body:
            out.extend(odd_wrap(body, widths_cycle[n % len(widths_cycle)]))
            out.append("")
    return "\n".join(out)


register(
    444, "h444_afbrekingen_bouw_parkstad", "pdf",
    "Typewriter-like PDF with irregular line lengths and odd mid-word hyphenation, Parkstad Limburg, bouw: "
    "BWI bb -> Timmerman niveau 2; plain 'wij' voice, capitalised headings; fully compliant (geen overdracht).",
    st(),
    {"a": "2 DE ROUTE", "b": "3 BOUWBEDRIJVEN IN DE ROUTE", "c": "4 WIE DE ROUTE LEIDT",
     "d": "5 VERSLAG AAN DE BESTUREN", "e": "6 ONDERWIJS, MENSEN EN MIDDELEN", "f": "7 ALS DE ROUTE NIET PAST",
     "g": "8 GELD", "h": "9 INSPRAAK", "i": "10 ONENIGHEID", "j": "11 NIEUWE PARTNERS, WIJZIGEN EN STOPPEN"},
    _text444(), lines=True,
)



# --------------------------------------------------------------------------- h445

def _arts(*items):
    """Helper: ('Artikel N Titel', [paragraphs]) -> docx blocks with real Word headings."""
    out = []
    for head, paras in items:
        out.append(("hs", head, 2))
        for p in paras:
            if isinstance(p, tuple):
                out.append(p)
            else:
                out.append(("p", p))
    return out


B445 = [
    ("title", "SAMENWERKINGSOVEREENKOMST"),
    ("sub", "Doorlopende leerroutes vmbo-mbo Retail Zuidoost-Drenthe (route A ‘Retail Vakmanschap’ en "
            "route B ‘Retail Management’)"),
    ("hs", "Partijen", 2),
    ("p", "1. Stichting Veenkoloniaal Voortgezet Onderwijs, statutair gevestigd te Emmen, ingeschreven in het "
          "handelsregister onder nummer 41020377, bevoegd gezag van het Runde College, school voor vmbo "
          "(basis-, kaderberoepsgerichte, gemengde en theoretische leerweg) met locaties in Emmen en "
          "Klazienaveen, rechtsgeldig vertegenwoordigd door de heer drs. H.J. Lubbers, voorzitter van het "
          "college van bestuur, hierna te noemen: ‘het Runde College’;"),
    ("p", "2. Stichting ROC Hondsrug, statutair gevestigd te Emmen, ingeschreven in het handelsregister onder "
          "nummer 41019982, bevoegd gezag van ROC Hondsrug, rechtsgeldig vertegenwoordigd door mevrouw "
          "ir. G.A. Tiesinga-Bos, voorzitter van het college van bestuur, hierna te noemen: ‘het ROC’;"),
    ("p", "hierna gezamenlijk te noemen: ‘partijen’."),
    ("hs", "Overwegingen", 2),
    ("p", "A. Het Runde College biedt in Emmen het profiel Economie en ondernemen aan in de "
          "kaderberoepsgerichte en de gemengde leerweg."),
    ("p", "B. Het ROC verzorgt in Emmen, binnen zijn College Handel & Ondernemen, onder meer de opleidingen "
          "Verkoopspecialist (niveau 3) en Manager retail (niveau 4)."),
    ("p", "C. Het aantal winkels en publieksgerichte bedrijven in de binnenstad van Emmen groeit, terwijl "
          "retailers in Zuidoost-Drenthe moeilijk goed opgeleide medewerkers vinden."),
    ("p", "D. Partijen willen leerlingen vanaf leerjaar 3 een ononderbroken leerroute naar een mbo-diploma "
          "bieden en leggen hun afspraken daarover vast in deze samenwerkingsovereenkomst als bedoeld in "
          "artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en "
          "beroepsonderwijs."),
    ("p", "Partijen komen het volgende overeen."),
] + _arts(
    ("Artikel 1 Begripsbepalingen", [
        "In deze overeenkomst wordt verstaan onder:",
        ("li", "route: elk van de doorlopende leerroutes vmbo-mbo, bedoeld in artikel 2;"),
        ("li", "routejaar: een leerjaar van een route, te tellen vanaf leerjaar 3 van het vmbo;"),
        ("li", "vo-fase: routejaar 1 en 2; mbo-fase: routejaar 3 en volgende;"),
        ("li", "leerling: een deelnemer aan een route die als leerling van het Runde College is ingeschreven; "
               "student: een deelnemer die als student van het ROC is ingeschreven;"),
        ("li", "stuurgroep: de stuurgroep, bedoeld in artikel 5;"),
        ("li", "routecoördinator: de coördinator van een route, bedoeld in artikel 5;"),
        ("li", "PTA/OER: het per route gezamenlijk vastgestelde programma van toetsing en afsluiting en de "
               "onderwijs- en examenregeling;"),
        ("li", "Retailtafel: het overleg met ondernemers, bedoeld in artikel 4;"),
        ("li", "routeraad: het gezamenlijke adviesorgaan, bedoeld in artikel 15."),
    ]),
    ("Artikel 2 Routes", [
        "2.1 Partijen verzorgen gezamenlijk twee doorlopende leerroutes vmbo-mbo:",
        ("li", "Route A ‘Retail Vakmanschap’: het profiel Economie en ondernemen in de kaderberoepsgerichte "
               "leerweg, doorlopend in de vakopleiding Verkoopspecialist, niveau 3, in het opleidingsdomein "
               "Handel en ondernemerschap, beroepsopleidende leerweg; cursusduur vier jaar."),
        ("li", "Route B ‘Retail Management’: het profiel Economie en ondernemen in de gemengde leerweg, "
               "doorlopend in de middenkaderopleiding Manager retail, niveau 4, in hetzelfde opleidingsdomein, "
               "beroepsopleidende leerweg; cursusduur vijf jaar."),
        "2.2 Een leerling kiest aan het einde van leerjaar 2 voor een route. Het Runde College geeft daarbij "
        "een advies dat mede berust op het oordeel van de mentor en de decaan.",
        "2.3 Per route en per cohort worden ten hoogste 24 leerlingen toegelaten.",
        "2.4 De route leidt tot het vmbo-diploma van de betreffende leerweg en tot het mbo-diploma van de "
        "betreffende opleiding.",
    ]),
    ("Artikel 3 Melding en inschrijving", [
        "3.1 Partijen melden iedere route afzonderlijk en gezamenlijk aan de minister via RIO, voordat de "
        "eerste leerlingen starten.",
        "3.2 In de vo-fase is de deelnemer als leerling van het Runde College ingeschreven; met ingang van "
        "routejaar 3 wordt hij als student van het ROC ingeschreven. Een student die het vmbo-diploma nog "
        "niet heeft, blijft daarnaast bij het Runde College ingeschreven zolang hij daar nog vo-onderwijs "
        "volgt.",
    ]),
    ("Artikel 4 Ondernemers in de route", [
        "4.1 Partijen betrekken de ondernemers uit Zuidoost-Drenthe op de volgende wijze bij de invulling "
        "van de routes.",
        ("li", "Retailtafel. Ten minste driemaal per schooljaar overlegt de stuurgroep met vier tot zes "
               "ondernemers, voorgedragen door de Ondernemersvereniging Emmen Centraal, over de inhoud van het "
               "programma, de keuze van keuzedelen en ontwikkelingen in de branche. De Retailtafel adviseert "
               "over iedere wijziging van het PTA/OER."),
        ("li", "Leerwinkel. De Ondernemersvereniging Emmen Centraal stelt een winkelpand in de Hoofdstraat ter "
               "beschikking, waarin leerlingen in leerjaar 4 en studenten in routejaar 3 onder begeleiding van "
               "een ondernemer een pop-upwinkel runnen."),
        ("li", "Beroepspraktijkvorming. De bij de vereniging aangesloten ondernemers, waaronder "
               "Warenhuis Van der Veen, Supermarktgroep Buiter en Tuincentrum De Hondsrug, zeggen jaarlijks ten "
               "minste dertig bpv-plaatsen bij door SBB erkende leerbedrijven toe."),
        ("li", "Gastlessen en opdrachten. Per route en per schooljaar verzorgen ondernemers ten minste zes "
               "gastlessen en leveren zij mystery-shopopdrachten en praktijkcases."),
        ("li", "Beoordeling. Ondernemers treden op als praktijkbeoordelaar bij de proeve van bekwaamheid en "
               "beoordelen in route B het ondernemingsplan van routejaar 4 mee."),
        "4.2 De stuurgroep legt de toezeggingen van de ondernemers ieder jaar vast in een praktijkconvenant "
        "met de Ondernemersvereniging Emmen Centraal.",
    ]),
    ("Artikel 5 Stuurgroep en routecoördinatoren", [
        "5.1 De leiding over beide routes berust bij de stuurgroep.",
        "5.2 De stuurgroep bestaat uit de directeur onderwijs van het Runde College en de directeur van het "
        "College Handel & Ondernemen van het ROC, die beurtelings per schooljaar voorzitter zijn, en uit de "
        "twee routecoördinatoren als adviserende leden.",
        "5.3 De directeuren worden door het college van bestuur van de eigen partij als lid van de "
        "stuurgroep aangewezen. De routecoördinatoren worden op voordracht van de stuurgroep door beide "
        "colleges van bestuur gezamenlijk benoemd voor een periode van drie jaar; herbenoeming is mogelijk. "
        "Schorsing en ontslag als routecoördinator geschieden op dezelfde wijze.",
        "5.4 Beide colleges van bestuur dragen aan de stuurgroep de volgende taken op: de dagelijkse "
        "aansturing en de kwaliteitszorg van de routes; de jaarlijkse actualisering van het PTA/OER; de "
        "toelating van leerlingen; de planning van de inzet van personeel en faciliteiten; het onderhouden "
        "van de contacten met de ondernemers en het sluiten van het praktijkconvenant.",
        "5.5 De stuurgroep is bevoegd om binnen het jaarbudget van € 60.000 verplichtingen aan te gaan en om "
        "over de hiervoor genoemde onderwerpen zelfstandig te besluiten. Benoeming van personeel, uitbreiding "
        "van de formatie, investeringen boven € 20.000 en wijziging van deze overeenkomst blijven aan de "
        "colleges van bestuur voorbehouden.",
        "5.6 De routecoördinator is belast met de dagelijkse organisatie van zijn route: rooster, "
        "bpv-planning, contact met ouders en leerbedrijven en de voorbereiding van de vergaderingen van de "
        "stuurgroep.",
    ]),
    ("Artikel 6 Inlichtingen en verantwoording", [
        "6.1 De stuurgroep legt ieder jaar vóór 1 november aan beide colleges van bestuur een jaarverslag "
        "over het voorafgaande schooljaar voor, met ten minste: in-, door- en uitstroom per route, het aantal "
        "overstappers en hun bestemming, examen- en diplomaresultaten, de inzet van personeel, het gebruik "
        "van faciliteiten, de uitvoering van het praktijkconvenant en de financiële verantwoording.",
        "6.2 Vóór 1 maart zendt de stuurgroep beide colleges van bestuur een voortgangsbericht over het "
        "lopende schooljaar.",
        "6.3 De colleges van bestuur houden tweemaal per jaar, in november en in april, een bestuurlijk "
        "overleg waarin de stuurgroep verantwoording aflegt. In het novemberoverleg besluiten de colleges "
        "over goedkeuring van het jaarverslag.",
        "6.4 De stuurgroep informeert beide colleges van bestuur binnen drie werkdagen over ernstige "
        "incidenten en over omstandigheden die de continuïteit van een route bedreigen.",
        "6.5 Ieder college van bestuur kan de stuurgroep te allen tijde om aanvullende inlichtingen vragen.",
    ]),
    ("Artikel 7 Onderwijsprogramma en examinering", [
        "7.1 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn per route en per "
        "leerjaar beschreven in het PTA/OER, met aanduiding van de onderdelen die tot het vo-programma, tot "
        "het mbo-programma of tot beide behoren. Bijlage 1 geeft het routeschema op hoofdlijnen.",
        "7.2 In route A wordt het centraal examen vmbo afgenomen in routejaar 2. In route B kunnen één of twee "
        "vakken al in routejaar 1 worden afgesloten; de overige vakken worden in routejaar 2 afgesloten.",
        "7.3 Mbo-examinering is mogelijk vanaf routejaar 2, in ieder geval voor de keuzedelen Visual "
        "merchandising en Webwinkelen.",
        "7.4 Ieder van partijen behoudt zijn eigen examencommissie. De examencommissies stemmen ieder jaar "
        "vóór 1 juli de examenplanning voor beide routes met elkaar af.",
        "7.5 Partijen richten de onderwijstijd zo in dat de wettelijke normen voor de route als geheel worden "
        "gehaald.",
    ]),
    ("Artikel 8 Personeel en teambevoegdheid", [
        "8.1 Per route vormen de betrokken docenten van beide partijen één docententeam onder leiding van de "
        "routecoördinator.",
        "8.2 In de vakoverstijgende modules ‘Winkelformule en presentatie’ (route A, leerjaar 4) en "
        "‘Ondernemen in de binnenstad’ (route B, leerjaar 3 en 4) wordt gewerkt met teambevoegdheid; voor "
        "ieder programmaonderdeel is ten minste één bevoegde docent in het team en iedere docent is "
        "verantwoordelijk voor het onderdeel waarvoor hij bevoegd is.",
        "8.3 Docenten retail van het ROC verzorgen in routejaar 2 zes lesuren per week per route op het "
        "Runde College. Docenten Nederlands en Engels van het Runde College verzorgen in routejaar 3 het "
        "resterende vo-onderwijs op de campus van het ROC.",
        "8.4 Iedere docent blijft in dienst van zijn eigen werkgever, die ook het werkgeversgezag uitoefent. "
        "Wederzijdse inzet geschiedt zonder detacheringsvergoeding, behoudens het bepaalde in artikel 14.",
        "8.5 Partijen organiseren jaarlijks twee gezamenlijke studiedagen voor de docententeams.",
    ]),
    ("Artikel 9 Locaties en faciliteiten", [
        "9.1 In de vo-fase wordt het onderwijs verzorgd op het Runde College, locatie Emmen-Centrum, in de "
        "mbo-fase op de campus van het ROC in Emmen; de leerwinkel bevindt zich in de Hoofdstraat.",
        "9.2 Het ROC stelt zijn retail-leerlab met kassasystemen, de webwinkelomgeving en de studio voor "
        "visual merchandising beschikbaar voor de lessen in routejaar 2. Het Runde College stelt zijn "
        "praktijklokalen Economie en ondernemen en zijn mediatheek beschikbaar voor studenten die in "
        "routejaar 3 nog vo-onderwijs volgen.",
        "9.3 Het gebruik van elkaars faciliteiten wordt ieder jaar door de stuurgroep in het rooster "
        "vastgelegd. Voor zover daarvoor middelen worden overgedragen, staat dat in artikel 14.",
    ]),
    ("Artikel 10 Begeleiding en verzuim", [
        "10.1 Iedere deelnemer heeft een vaste loopbaanbegeleider; bij de overgang naar de mbo-fase vindt een "
        "warme overdracht plaats, inclusief een eventuele ondersteuningsbehoefte.",
        "10.2 Het verzuim wordt in de vo-fase door het Runde College en in de mbo-fase door het ROC "
        "geregistreerd en gemeld.",
    ]),
    ("Artikel 11 Klachten", [
        "11.1 De klachtenregeling van elk van partijen is mede van toepassing op gedragingen van het bestuur "
        "en het personeel van de andere partij in het kader van de routes. Partijen werken mee aan de "
        "behandeling van een klacht over hun personeel.",
    ]),
    ("Artikel 12 Gegevensuitwisseling", [
        "12.1 Partijen wisselen alleen de persoonsgegevens uit die voor de uitvoering van de routes nodig "
        "zijn en leggen dit vast in een gegevensuitwisselingsprotocol.",
    ]),
    ("Artikel 13 Overstapoptie", [
        "13.1 Uitgangspunt is dat iedere deelnemer die een route verlaat, een reële mogelijkheid houdt om een "
        "vmbo-diploma of een mbo-diploma te behalen.",
        "13.2 Wie in de vo-fase de route verlaat, vervolgt zijn opleiding in het reguliere programma van de "
        "eigen leerweg van het Runde College, in het profiel Economie en ondernemen of in een ander profiel. "
        "Overstap van route B naar route A of omgekeerd is mogelijk als het bereikte niveau dat toelaat.",
        "13.3 Wie na het behalen van het vmbo-diploma de mbo-opleiding van zijn route niet voortzet, kan bij "
        "het ROC zonder toepassing van vooropleidingseisen instromen in een andere opleiding op hetzelfde "
        "niveau, zoals Eerste verkoper (route A) of Junior accountmanager (route B), of in de "
        "opleiding Verkoopspecialist (vanuit route B).",
        "13.4 Wie aan het einde van routejaar 3 het vmbo-diploma niet heeft behaald, kan zonder dat diploma "
        "de mbo-opleiding van zijn route of een andere opleiding van vergelijkbaar niveau bij het ROC "
        "vervolgen, dan wel het examenjaar op het Runde College overdoen.",
        "13.5 Wil een deelnemer naar een andere school of instelling, dan zorgen partijen voor een warme "
        "overdracht en verstrekken zij de gegevens die voor een geschiktheidsonderzoek nodig zijn.",
        "13.6 Over de overstap beslissen de directeur onderwijs van het Runde College en de directeur van het "
        "College Handel & Ondernemen gezamenlijk, op advies van de routecoördinator en na de deelnemer en "
        "zijn ouders te hebben gehoord, met inachtneming van het bereikte onderwijsniveau en de leeftijd "
        "van de deelnemer.",
        "13.7 De uitwerking wordt opgenomen in de schoolgids van het Runde College en de studiegids van het "
        "ROC.",
    ]),
    ("Artikel 14 Financiën", []),
) + [
    ("table", [
        ["Onderwerp", "Route A (kb – Verkoopspecialist)", "Route B (gl – Manager retail)"],
        ["Richting overdracht", "Runde College → ROC", "Runde College → ROC"],
        ["Grondslag", "art. 5.42a WVO 2020", "art. 5.42a WVO 2020"],
        ["Omvang", "€ 850 per leerling per schooljaar, routejaar 1 en 2",
         "€ 1.200 per leerling per schooljaar, routejaar 1 en 2"],
        ["Telmoment", "leerlingen ingeschreven op 1 oktober", "leerlingen ingeschreven op 1 oktober"],
        ["Bestemming", "lesuren docenten retail ROC in routejaar 2; gebruik retail-leerlab",
         "lesuren docenten retail ROC in routejaar 1 en 2; licenties kassasysteem en webwinkelomgeving"],
        ["Betaling", "twee termijnen: vóór 1 december en vóór 1 mei, op factuur",
         "twee termijnen: vóór 1 december en vóór 1 mei, op factuur"],
        ["Overdracht ROC → Runde College", "geen", "geen"],
        ["Overige kosten", "ieder draagt de eigen kosten", "ieder draagt de eigen kosten"],
    ], 1),
] + _arts(
    ("Artikel 15 Medezeggenschap", [
        "15.1 De wettelijke medezeggenschap blijft onverkort van toepassing. Partijen maken daarnaast de "
        "volgende afspraken.",
        "15.2 Er is een routeraad, bestaande uit twee leden van de medezeggenschapsraad van het Runde College "
        "(een ouder en een leerling van een route), twee leden van de studentenraad van het ROC en één lid "
        "van de ondernemingsraad van het ROC. De leden worden door het eigen orgaan aangewezen.",
        "15.3 De routeraad vergadert ten minste tweemaal per jaar met de stuurgroep en heeft het recht advies "
        "uit te brengen over wijziging van het PTA/OER, over het jaarverslag en over toetreding en opzegging. "
        "De colleges van bestuur reageren binnen vier weken schriftelijk en gemotiveerd op een advies.",
        "15.4 Leerlingen van een route kunnen vanaf routejaar 2 worden gekozen in de studentenraad van het "
        "College Handel & Ondernemen, ook als zij nog bij het Runde College zijn ingeschreven.",
    ]),
    ("Artikel 16 Kwaliteitszorg en evaluatie", [
        "16.1 De stuurgroep evalueert iedere route na afloop van het eerste volledige cohort en daarna "
        "tweejaarlijks, mede op basis van de oordelen van leerlingen, studenten en ondernemers.",
    ]),
    ("Artikel 17 Geschillen", [
        "17.1 Een geschil tussen partijen over de uitleg of uitvoering van deze overeenkomst wordt eerst in "
        "de stuurgroep besproken.",
        "17.2 Leidt dat niet binnen vier weken tot een oplossing, dan wordt het geschil voorgelegd aan het "
        "bestuurlijk overleg, dat binnen vier weken bijeenkomt.",
        "17.3 Leidt ook het bestuurlijk overleg niet binnen acht weken tot een oplossing, dan beproeven "
        "partijen mediation door een gezamenlijk gekozen, onafhankelijke mediator. De kosten worden gelijk "
        "gedeeld.",
        "17.4 Is het geschil drie maanden na de start van de mediation niet opgelost, dan kan iedere partij "
        "het voorleggen aan de bevoegde rechter van de rechtbank Noord-Nederland.",
    ]),
    ("Artikel 18 Toetreding", [
        "18.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs in Zuidoost-Drenthe "
        "kan tot deze overeenkomst toetreden, mits zij het profiel Economie en ondernemen respectievelijk een "
        "opleiding in het domein Handel en ondernemerschap aanbiedt, zij het geldende PTA/OER aanvaardt, de "
        "routeraad advies heeft uitgebracht en alle partijen schriftelijk instemmen.",
        "18.2 Toetreding geschiedt door ondertekening van een toetredingsovereenkomst en gaat in op "
        "1 augustus. De toetredende partij meldt haar deelname zelf in RIO.",
        "18.3 Een toetreding brengt geen wijziging in het programma, de begeleiding of de examinering van "
        "deelnemers die op dat moment al in een route zijn gestart.",
    ]),
    ("Artikel 19 Duur, opzegging en ontbinding", [
        "19.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor vijf jaar. Zij wordt "
        "daarna telkens stilzwijgend met vijf jaar verlengd.",
        "19.2 Ieder van partijen kan de overeenkomst, geheel of voor één route, bij aangetekende brief "
        "opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van twaalf maanden.",
        "19.3 Ieder van partijen kan de overeenkomst met onmiddellijke ingang ontbinden als de andere partij "
        "in staat van faillissement wordt verklaard, de bekostiging voor de betreffende opleiding verliest, "
        "of na een schriftelijke ingebrekestelling een wezenlijke verplichting niet binnen drie maanden "
        "nakomt.",
        "19.4 Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten. Deelnemers die al in "
        "een route zijn gestart, ronden die af; partijen houden daartoe het benodigde personeel en de "
        "benodigde faciliteiten beschikbaar. Is dat onmogelijk, dan biedt het ROC de deelnemer een overstap "
        "als bedoeld in artikel 13, zonder kosten voor de deelnemer.",
    ]),
    ("Artikel 20 Wijziging", [
        "20.1 Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke, door beide colleges van "
        "bestuur ondertekende overeenkomst, op voorstel van de stuurgroep en na advies van de routeraad.",
        "20.2 Een wijziging die nadelig is voor deelnemers die al in een route zijn gestart, geldt niet voor "
        "hen.",
        "20.3 De stuurgroep kan bijlage 1 binnen de kaders van deze overeenkomst actualiseren.",
    ]),
    ("Artikel 21 Slotbepalingen", [
        "21.1 Op deze overeenkomst is Nederlands recht van toepassing.",
        "21.2 De bijlage maakt deel uit van deze overeenkomst.",
        "21.3 Is een bepaling nietig of vernietigbaar, dan blijven de overige bepalingen van kracht en "
        "vervangen partijen de bepaling door een geldige bepaling die zoveel mogelijk aansluit bij de "
        "bedoeling.",
    ]),
) + [
    ("hs", "Ondertekening", 2),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend te Emmen op 30 juni 2025."),
    ("table", [["Stichting Veenkoloniaal Voortgezet Onderwijs", "Stichting ROC Hondsrug"],
               ["drs. H.J. Lubbers, voorzitter college van bestuur",
                "ir. G.A. Tiesinga-Bos, voorzitter college van bestuur"]], 1),
    ("pb",),
    ("hs", "Bijlage 1 Routeschema op hoofdlijnen", 2),
    ("table", [
        ["Routejaar", "Route A – Verkoopspecialist (niveau 3)", "Route B – Manager retail (niveau 4)"],
        ["1 (vmbo leerjaar 3)", "Runde College; profielvakken E&O; oriëntatie leerwinkel",
         "Runde College; profielvakken E&O; module Ondernemen in de binnenstad; eventueel 1–2 vakken afgesloten"],
        ["2 (vmbo leerjaar 4)", "Runde College + retail-leerlab ROC; centraal examen vmbo; leerwinkel",
         "Runde College + retail-leerlab ROC; centraal examen vmbo; keuzedelen gestart"],
        ["3 (mbo jaar 1)", "ROC; bpv 2 dagen per week; leerwinkel", "ROC; bpv 8 weken; leerwinkel"],
        ["4 (mbo jaar 2)", "ROC; bpv; proeve van bekwaamheid; diploma",
         "ROC; ondernemingsplan; bpv 20 weken"],
        ["5 (mbo jaar 3)", "—", "ROC; bpv leidinggeven; proeve van bekwaamheid; diploma"],
    ], 1),
]

register(
    445, "h445_financientabel_twee_routes_zuidoost_drenthe", "docx",
    "Long formal contract with Word heading styles, DOCX, Zuidoost-Drenthe retail: two routes at once (E&O kb "
    "-> Verkoopspecialist 3, E&O gl -> Manager retail 4); finances only as a table (omvang + bestemming); "
    "fully compliant.",
    st(),
    {"a": "Artikel 2 Routes", "b": "Artikel 4 Ondernemers in de route",
     "c": "Artikel 5 Stuurgroep en routecoördinatoren", "d": "Artikel 6 Inlichtingen en verantwoording",
     "e": "Artikel 8 Personeel en teambevoegdheid", "f": "Artikel 13 Overstapoptie", "g": "Artikel 14 Financiën",
     "h": "Artikel 15 Medezeggenschap", "i": "Artikel 17 Geschillen", "j": "Artikel 18 Toetreding"},
    B445,
)


# --------------------------------------------------------------------------- h446
T446 = """# Samenwerkingsovereenkomst geïntegreerde route Horeca – Kok

*Afsprakenblad Vakcollege De Schorre (Hulst) en ROC Westerschelde (Terneuzen) · versie 1 · 30 juni 2025*

Partijen: **Stichting Scholengroep Zeeuws-Vlaanderen Oost**, bevoegd gezag van Vakcollege De Schorre, vertegenwoordigd door mw. L. de Kraker, bestuurder, en **Stichting ROC Westerschelde**, bevoegd gezag van ROC Westerschelde, vertegenwoordigd door dhr. F. Verstraeten, voorzitter van het college van bestuur. Zij spreken het volgende af.

1. **Route.** Vanaf leerjaar 3 bieden wij leerlingen van de basisberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, een geïntegreerde route naar de mbo-opleiding Kok, niveau 2 (opleidingsdomein Horeca en bakkerij, BOL). Er wordt geen vmbo-eindexamen afgenomen; de route eindigt met het mbo-diploma Kok. Wij melden de route samen in RIO.
2. **Horecabedrijven.** Vijf restaurants uit Hulst en Terneuzen en de keuken van zorgcentrum De Kreek, aangesloten bij de afdeling Oost Zeeuws-Vlaanderen van Koninklijke Horeca Nederland, bieden vanaf leerjaar 4 één dag per week een leerwerkplek, vanaf het derde routejaar bpv-plaatsen als door SBB erkend leerbedrijf, en laten een chef-kok de proeve van bekwaamheid mee beoordelen. Elk voorjaar organiseren zij met ons de menuwedstrijd van de route.
3. **Kernteam.** Het kernteam bestaat uit de afdelingsleider bovenbouw van De Schorre en de teamleider Horeca van ROC Westerschelde. Het stelt programma en rooster vast, regelt de bpv, beslist over toelating tot de route en beheert het routebudget van € 12.000 per jaar; over formatie en investeringen beslissen de besturen.
4. **Verantwoording.** Het kernteam stuurt beide besturen vóór 1 november een jaarverslag (instroom, uitval, diploma's, besteding van het budget) en licht het toe in het bestuurlijk overleg in november.
5. **Onderwijs, docenten en ruimten.** Leerjaar 3 en 4: leskeuken van De Schorre; vanaf het derde routejaar: restaurant De Kaai van het ROC. Een kok-instructeur van het ROC geeft vanaf leerjaar 3 acht uur per week les op De Schorre en blijft in dienst van het ROC; in de module Gastvrij koken werkt het gezamenlijke team met teambevoegdheid. De Schorre stelt haar leskeuken en bakkerijruimte beschikbaar, het ROC zijn restaurantkeuken en bedieningsruimte; over en weer kosteloos. Programma en examinering per leerjaar: gezamenlijke OER (bijlage).
6. **Stoppen met de route.** Een leerling die de geïntegreerde route verlaat, stroomt door naar de Entree-opleiding van ROC Westerschelde, zodat hij toch een mbo-diploma haalt. De mentor regelt de aanmelding.
7. **Geld.** Er wordt geen bekostiging overgedragen; ieder draagt zijn eigen kosten.
8. **Medezeggenschap.** In de vo-fase geldt de WMS, in de mbo-fase gelden de WEB en de WOR. Partijen kunnen hierover aanvullende afspraken maken.
9. **Geschillen.** Eerst bespreekt het kernteam het geschil; daarna overleggen de bestuurders binnen zes weken; komen zij er niet uit, dan beslist een door hen samen aangewezen onafhankelijke deskundige bij bindend advies.
10. **Toetreden, wijzigen, opzeggen.** Een andere school of instelling kan toetreden met schriftelijke instemming van beide besturen, per 1 augustus. Wijzigen kan alleen schriftelijk, door beide besturen ondertekend. Opzeggen kan schriftelijk tegen het einde van een schooljaar, met een termijn van twaalf maanden. Leerlingen die in de route zitten, maken die af; na opzegging is er geen nieuwe instroom.

Hulst / Terneuzen, 30 juni 2025 — L. de Kraker (Stichting Scholengroep Zeeuws-Vlaanderen Oost) · F. Verstraeten (Stichting ROC Westerschelde)
"""

register(
    446, "h446_zeer_kort_geintegreerd_zeeuws_vlaanderen", "md",
    "Very short Markdown afsprakenblad (numbered bold lead-ins), Zeeuws-Vlaanderen, geïntegreerde route HBR bb "
    "-> Kok niveau 2; leiding without appointment (c weak), leavers automatically to Entree (f weak), "
    "medezeggenschap only restates the law / 'kunnen' (h not_applicable).",
    st(c="weak", f="weak", h="not_applicable"),
    {"a": "Vanaf leerjaar 3 bieden wij leerlingen van de basisberoepsgerichte leerweg",
     "b": "Horecabedrijven.", "d": "Verantwoording.", "e": "Onderwijs, docenten en ruimten.",
     "g": "Geld.", "i": "Geschillen.", "j": "Toetreden, wijzigen, opzeggen."},
    T446,
)



# --------------------------------------------------------------------------- h447

def _par(head, items):
    out = [("h", head)]
    for it in items:
        out.append(("p", it))
    return out


B447 = [
    ("title", "OVEREENKOMST DOORLOPENDE LEERROUTE MARITIEM – BINNENVAART"),
    ("sub", "Ooijpoort College en Nautisch Vakcollege Waal en Rijn"),
    ("h", "DE ONDERGETEKENDEN:"),
    ("p", "1. Stichting Katholiek Voortgezet Onderwijs Rijk van Nijmegen, statutair gevestigd te Nijmegen, "
          "bevoegd gezag van het Ooijpoort College, school voor vmbo met onder meer het profiel Maritiem en "
          "techniek in de kaderberoepsgerichte leerweg, ten deze vertegenwoordigd door de heer mr. B.F.M. "
          "Arts, voorzitter van het college van bestuur, hierna: ‘de School’;"),
    ("p", "2. Stichting Nautisch Vakcollege Waal en Rijn, statutair gevestigd te Nijmegen, bevoegd gezag van "
          "het Nautisch Vakcollege Waal en Rijn, vakinstelling voor de binnenvaart en instelling voor "
          "beroepsonderwijs in de zin van de Wet educatie en beroepsonderwijs, ten deze vertegenwoordigd door "
          "mevrouw ing. I.M. van Dalen, bestuurder, hierna: ‘de Vakinstelling’;"),
    ("h", "IN AANMERKING NEMENDE DAT:"),
    ("p", "a. de binnenvaart op de Waal en het Maas-Waalkanaal een grote en groeiende vraag kent naar "
          "gekwalificeerde schippers;"),
    ("p", "b. leerlingen met belangstelling voor de binnenvaart erbij gebaat zijn zonder onderbreking van het "
          "vmbo naar de vakopleiding door te stromen;"),
    ("p", "c. partijen daartoe een doorlopende leerroute vmbo-mbo willen verzorgen en hun afspraken vastleggen "
          "overeenkomstig artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet "
          "educatie en beroepsonderwijs;"),
    ("h", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),
] + _par("§ 1 Begrippen", [
    "In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute, bedoeld in § 2; routejaar: "
    "een leerjaar van de route, te beginnen met leerjaar 3 van het vmbo; routeraad: het orgaan, bedoeld in "
    "§ 4; PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling "
    "van de route; varend leerbedrijf: een door SBB erkend binnenvaartbedrijf dat beroepspraktijkvorming aan "
    "boord aanbiedt.",
]) + _par("§ 2 Voorwerp van de overeenkomst", [
    "1. Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in leerjaar 3 van de "
    "kaderberoepsgerichte leerweg, profiel Maritiem en techniek, van de School en die leidt tot het "
    "vmbo-diploma kaderberoepsgerichte leerweg en tot het diploma van de vakopleiding Schipper binnenvaart, "
    "niveau 3, in het opleidingsdomein Mobiliteit, transport, logistiek en maritiem, beroepsopleidende "
    "leerweg, van de Vakinstelling.",
    "2. De route omvat vier routejaren. Per cohort worden ten hoogste achttien leerlingen toegelaten.",
    "3. Partijen melden de route gezamenlijk aan de minister door registratie in RIO.",
]) + _par("§ 3 Betrokkenheid van de binnenvaartsector", [
    "1. De Binnenvaartkring Rijk van Nijmegen, een vereniging van particuliere schippers en rederijen, en de "
    "daarbij aangesloten varende leerbedrijven worden als volgt bij de route betrokken:",
    "a. in leerjaar 4 varen leerlingen twee weken mee aan boord van een varend leerbedrijf;",
    "b. de beroepspraktijkvorming in routejaar 3 en 4 vindt plaats aan boord van varende leerbedrijven; de "
    "Binnenvaartkring staat er jaarlijks voor in dat iedere student een bpv-plaats krijgt;",
    "c. schippers van varende leerbedrijven treden op als praktijkbeoordelaar bij de proeve van bekwaamheid;",
    "d. de Binnenvaartkring wijst twee leden aan in de sectoradviesraad, die de routeraad ieder jaar "
    "adviseert over het programma, in het bijzonder over nieuwe eisen op het gebied van veiligheid, "
    "vaarbewijzen en emissiearm varen.",
]) + _par("§ 4 Routeraad", [
    "1. De leiding over de route berust bij de routeraad.",
    "2. De routeraad bestaat uit de sectordirecteur techniek van de School, de opleidingsmanager binnenvaart "
    "van de Vakinstelling en de routecoördinator.",
    "3. De sectordirecteur wordt door het college van bestuur van de School en de opleidingsmanager door de "
    "bestuurder van de Vakinstelling als lid van de routeraad aangewezen. De routecoördinator wordt door "
    "beide bevoegde gezagsorganen gezamenlijk benoemd, na een door de routeraad gevoerde selectieprocedure, "
    "voor een termijn van drie jaar.",
    "4. De bevoegde gezagsorganen dragen de routeraad op: de jaarlijkse vaststelling van het PTA/OER-deel "
    "van de route binnen de examenreglementen van partijen; de toelating van leerlingen tot de route; de "
    "vaststelling van de jaarlijkse inzet van personeel, bedoeld in § 7; het onderhouden van de contacten "
    "met de Binnenvaartkring; en de uitvoering van de routebegroting. De routeraad besluit bij meerderheid; "
    "de routecoördinator heeft een adviserende stem.",
    "5. Besluiten met gevolgen voor de formatie van een partij of met financiële gevolgen boven € 10.000 "
    "behoeven de voorafgaande goedkeuring van het betrokken bevoegd gezag.",
]) + _par("§ 5 Verantwoording", [
    "1. De routeraad brengt halfjaarlijks, vóór 1 maart en vóór 1 oktober, schriftelijk verslag uit aan "
    "beide bevoegde gezagsorganen over de voortgang van de route, de resultaten van leerlingen en studenten, "
    "de beroepspraktijkvorming en de uitputting van de begroting.",
    "2. Het verslag van 1 oktober omvat de jaarverantwoording over het afgelopen schooljaar. Zij wordt vóór "
    "1 december besproken in een bestuurlijk overleg van beide bevoegde gezagsorganen, waarin de routeraad "
    "verantwoording aflegt.",
    "3. De routeraad verstrekt de bevoegde gezagsorganen desgevraagd alle overige inlichtingen.",
]) + _par("§ 6 Onderwijskundige en organisatorische inrichting", [
    "1. Het onderwijsprogramma en de examinering worden per routejaar beschreven in het PTA/OER, met "
    "aanduiding van de vo-onderdelen, de mbo-onderdelen en de gecombineerde onderdelen.",
    "2. Het vmbo-examen wordt afgenomen in routejaar 2. De School blijft verantwoordelijk voor de "
    "vmbo-examinering en -diplomering, ook van een student die al bij de Vakinstelling is ingeschreven.",
    "3. In routejaar 1 en 2 wordt het onderwijs verzorgd op de locatie van de School te Nijmegen-Oost; vanaf "
    "routejaar 3 op de locatie van de Vakinstelling in de Waalhaven en aan boord van de varende "
    "leerbedrijven.",
    "4. In de vo-fase is de deelnemer leerling van de School; vanaf routejaar 3 is hij student van de "
    "Vakinstelling. Verzuim wordt gemeld door de partij waar de deelnemer is ingeschreven.",
    "5. De klachtenregeling van iedere partij geldt mede voor gedragingen van het personeel van de andere "
    "partij in het kader van de route.",
]) + _par("§ 7 Inzet van personeel", [
    "1. De docenten van beide partijen die in de route lesgeven, vormen één routeteam onder coördinatie van "
    "de routecoördinator.",
    "2. In leerjaar 4 verzorgen twee docenten nautische vakken van de Vakinstelling wekelijks zes lesuren op "
    "de locatie van de School. Docenten Nederlands, Engels en wiskunde van de School verzorgen in routejaar 3 "
    "het resterende vo-onderwijs voor studenten die het vmbo-diploma nog niet hebben behaald.",
    "3. In het vakoverstijgende onderdeel ‘Schip en techniek’ (leerjaar 3 en 4) wordt gewerkt met "
    "teambevoegdheid als bedoeld in artikel 7.13a van de Wet voortgezet onderwijs 2020; het PTA/OER vermeldt "
    "in welke onderdelen dat het geval is. Ieder teamlid is verantwoordelijk voor het onderdeel waarvoor hij "
    "bevoegd is.",
    "4. Iedere docent blijft in dienst van de eigen werkgever. De inzet bij de andere partij geschiedt op "
    "basis van een detacheringsafspraak die de routeraad jaarlijks opstelt; de werkgever blijft "
    "verantwoordelijk voor functioneren, beoordeling en professionalisering.",
    "5. Bij ziekte of vertrek van een docent zorgt de werkgever binnen vier weken voor vervanging; lukt dat "
    "niet, dan zoekt de routeraad met de andere partij naar een oplossing.",
    "6. De docenten van het routeteam volgen jaarlijks samen ten minste één scholingsdag; het routeteam neemt "
    "eens per twee jaar deel aan een meevaarweek bij een varend leerbedrijf.",
]) + _par("§ 8 Overstap", [
    "1. Een leerling die de route tijdens de vo-fase beëindigt, vervolgt zijn opleiding in het reguliere "
    "programma van de kaderberoepsgerichte leerweg van de School, in het profiel Maritiem en techniek of in "
    "een ander profiel, gericht op het behalen van het vmbo-diploma.",
    "2. Een student die na het behalen van het vmbo-diploma de opleiding Schipper binnenvaart niet voortzet, "
    "kan worden ingeschreven voor de opleiding Matroos binnenvaart (niveau 2) of voor een andere opleiding "
    "van de Vakinstelling.",
    "3. Een student die aan het einde van routejaar 3 het vmbo-diploma niet heeft behaald, kan slechts een "
    "andere opleiding van de Vakinstelling volgen indien hij voldoet aan de vooropleidingseisen die voor die "
    "opleiding gelden; zolang hij daaraan niet voldoet, vervolgt hij het vo-programma aan de School tot het "
    "behalen van het vmbo-diploma.",
    "4. De sectordirecteur van de School en de opleidingsmanager van de Vakinstelling beslissen gezamenlijk, "
    "na overleg met de deelnemer en zijn ouders, welke mogelijkheid wordt gevolgd, gelet op het bereikte "
    "onderwijsniveau en de leeftijd van de deelnemer.",
]) + _par("§ 9 Bekostiging", [
    "1. Met toepassing van artikel 9.1.15 van de Wet educatie en beroepsonderwijs draagt de Vakinstelling "
    "aan de School een deel van haar bekostiging over ten bedrage van € 600 voor iedere student die op "
    "1 oktober van routejaar 3 bij de Vakinstelling is ingeschreven en het vmbo-diploma nog niet heeft "
    "behaald.",
    "2. Dit bedrag is bestemd voor het vo-onderwijs en de vmbo-examinering die de School in routejaar 3 voor "
    "deze studenten verzorgt, als bedoeld in § 7, tweede lid.",
    "3. Betaling geschiedt vóór 1 februari. Overigens worden tussen partijen geen middelen overgedragen.",
]) + _par("§ 10 Medezeggenschap", [
    "1. Onverminderd de wettelijke regeling komen partijen overeen dat de personeelsgeleding van de "
    "medezeggenschapsraad van de School en de ondernemingsraad van de Vakinstelling ieder jaar, voordat de "
    "routeraad de inzet van personeel bedoeld in § 7 vaststelt, gezamenlijk over die inzet worden "
    "geraadpleegd.",
    "2. De studentenraad van de Vakinstelling wijst een lid aan dat de vergaderingen van de "
    "medezeggenschapsraad van de School als toehoorder mag bijwonen wanneer de route wordt besproken; "
    "omgekeerd wijst de leerlinggeleding van de medezeggenschapsraad van de School een lid aan dat de "
    "vergaderingen van de studentenraad op dezelfde voet kan bijwonen.",
]) + _par("§ 11 Geschillen", [
    "1. Partijen trachten geschillen over de uitvoering van deze overeenkomst eerst in de routeraad en "
    "vervolgens in een bestuurlijk overleg op te lossen.",
    "2. Is een geschil binnen acht weken na de schriftelijke melding ervan door een partij niet opgelost, dan "
    "wordt het beslecht door arbitrage overeenkomstig het Arbitragereglement van het Nederlands Arbitrage "
    "Instituut. Het scheidsgerecht bestaat uit één arbiter; de plaats van arbitrage is Nijmegen; de arbiter "
    "beslist naar de regelen des rechts.",
]) + _par("§ 12 Toetreding", [
    "1. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan als partij tot deze "
    "overeenkomst toetreden, indien zij de route volgens het geldende PTA/OER kan verzorgen en beide "
    "partijen daarmee schriftelijk instemmen.",
    "2. Toetreding gaat in bij de aanvang van een schooljaar en laat de rechten van leerlingen en studenten "
    "die al aan de route deelnemen onverlet.",
]) + _par("§ 13 Duur en beëindiging", [
    "1. Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd.",
    "2. Iedere partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met een "
    "opzegtermijn van achttien maanden.",
    "3. Iedere partij kan de overeenkomst ontbinden indien de andere partij, na schriftelijk in gebreke te "
    "zijn gesteld, toerekenbaar tekortschiet in de nakoming van wezenlijke verplichtingen.",
    "4. Bij beëindiging worden geen nieuwe leerlingen tot de route toegelaten; partijen stellen de leerlingen "
    "en studenten die aan de route deelnemen in staat de route bij hen af te ronden.",
]) + _par("§ 14 Wijziging", [
    "1. Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk, met instemming van beide bevoegde "
    "gezagsorganen.",
    "2. Een wijziging treedt in werking bij de aanvang van een schooljaar en geldt niet ten nadele van "
    "leerlingen en studenten die al aan de route deelnemen.",
]) + _par("§ 15 Slotbepaling", [
    "Op deze overeenkomst is Nederlands recht van toepassing.",
    "Aldus opgemaakt in tweevoud en ondertekend te Nijmegen op 30 juni 2025.",
]) + [
    ("table", [["Stichting Katholiek Voortgezet Onderwijs Rijk van Nijmegen", "Stichting Nautisch Vakcollege Waal en Rijn"],
               ["mr. B.F.M. Arts, voorzitter college van bestuur", "ing. I.M. van Dalen, bestuurder"],
               ["", ""]], [8.0, 8.0], 1),
]

register(
    447, "h447_paragrafen_vakinstelling_binnenvaart_rijk_van_nijmegen", "pdf",
    "Formal §-style contract in Times, PDF, Rijk van Nijmegen, vakinstelling binnenvaart: M&T kb -> Schipper "
    "binnenvaart niveau 3; personnel deployment written at length but no facilities anywhere (e weak); "
    "overstap imposes vooropleidingseisen within the same instelling (f weak); transfer instelling -> school.",
    st(e="weak", f="weak"),
    {"a": "§ 2 Voorwerp van de overeenkomst", "b": "§ 3 Betrokkenheid van de binnenvaartsector",
     "c": "§ 4 Routeraad", "d": "§ 5 Verantwoording", "g": "§ 9 Bekostiging", "h": "§ 10 Medezeggenschap",
     "i": "§ 11 Geschillen", "j": "§ 12 Toetreding"},
    B447, pdfargs={"base": "Times-Roman", "size": 10.5},
)


# --------------------------------------------------------------------------- h448

def _art(head, text):
    return ("runs", [(head + ". ", "b"), (text, "")])


B448 = [
    ("title", "Convenant doorlopende leerroute Installatietechniek Westfriesland"),
    ("sub", "Omringdijk College – ROC Westfriese Poort"),
    ("h", "Partijen"),
    ("p", "Stichting Onderwijs Westfriese Omringdijk, gevestigd te Hoorn, bevoegd gezag van het Omringdijk "
          "College (vmbo), vertegenwoordigd door de heer P.J. Kaan, voorzitter van het college van bestuur;"),
    ("p", "Stichting Regionaal Opleidingencentrum Westfriese Poort, gevestigd te Hoorn, bevoegd gezag van ROC "
          "Westfriese Poort, vertegenwoordigd door mevrouw S.E. Tromp, lid van het college van bestuur."),
    ("h", "Hoofdstuk 1 Algemeen"),
    _art("1.1 Strekking",
         "Dit convenant strekt tot vastlegging van de afspraken tussen partijen omtrent de gezamenlijke "
         "verzorging van een doorlopende leerroute vmbo-mbo en geldt als samenwerkingsovereenkomst in de zin "
         "van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Melding van de route aan de minister geschiedt "
         "gezamenlijk, door registratie in RIO."),
    _art("1.2 Reikwijdte",
         "Het convenant heeft betrekking op de in artikel 3.1 omschreven route. Uitbreiding van de kring van "
         "partijen met een andere school voor voortgezet onderwijs of een andere instelling voor "
         "beroepsonderwijs is mogelijk onder de voorwaarden dat (a) de toetredende partij de route in de regio "
         "Westfriesland verzorgt volgens het geldende gezamenlijke PTA/OER, (b) door de routedirectie een "
         "positief advies is uitgebracht en (c) de toetreding door alle partijen schriftelijk wordt aanvaard. "
         "Toetreding heeft werking met ingang van een nieuw schooljaar en heeft geen gevolgen voor de inrichting "
         "van het onderwijs aan leerlingen die de route reeds volgen."),
    ("h", "Hoofdstuk 2 Organisatie"),
    _art("2.1 Aansturing",
         "Ter zake van de aansturing van de route wordt een routedirectie ingesteld. De routedirectie is "
         "samengesteld uit de afdelingsdirecteur techniek van het Omringdijk College, de opleidingsmanager "
         "installatietechniek van ROC Westfriese Poort en een procesbegeleider. De aanwijzing van de "
         "afdelingsdirecteur en de opleidingsmanager als lid geschiedt door het eigen college van bestuur; de "
         "aanwijzing van de procesbegeleider geschiedt door beide colleges van bestuur in gezamenlijkheid, voor "
         "de duur van twee schooljaren, met eenmalige verlengingsmogelijkheid. Aan de routedirectie wordt "
         "opgedragen: vaststelling van de jaarplanning, de lessentabel en het examenrooster binnen het PTA/OER; "
         "beslissing over toelating tot de route; toedeling van docenturen binnen de door de colleges van "
         "bestuur beschikbaar gestelde formatie; beheer van het routebudget tot een bedrag van € 30.000 per "
         "schooljaar. Aangelegenheden van personele en financiële aard die deze kaders te buiten gaan, blijven "
         "aan de colleges van bestuur voorbehouden."),
    _art("2.2 Kwaliteitszorg",
         "Verslaglegging door de routedirectie aan beide colleges van bestuur vindt plaats door middel van een "
         "kwaliteitsrapportage, die jaarlijks vóór 15 november wordt uitgebracht en ten minste betrekking heeft "
         "op in-, door- en uitstroom, examenresultaten, tevredenheid van leerlingen en leerbedrijven, personele "
         "inzet en besteding van het routebudget. Bespreking van de rapportage vindt plaats in het bestuurlijk "
         "overleg van december, waarin door de routedirectie verantwoording wordt afgelegd. Daarnaast geschiedt "
         "in maart een tussentijdse terugkoppeling aan beide colleges van bestuur."),
    ("h", "Hoofdstuk 3 Onderwijs"),
    _art("3.1 Programma",
         "De route vangt aan in leerjaar 3 van de kaderberoepsgerichte leerweg in het profiel Produceren, "
         "installeren en energie van het Omringdijk College en voorziet in ononderbroken doorstroming naar de "
         "opleiding Eerste monteur elektrotechnische installaties in de gebouwde omgeving, niveau 3 "
         "(vakopleiding in het opleidingsdomein Installatie- en energietechniek, beroepsopleidende leerweg), "
         "van ROC Westfriese Poort. Afronding van de route geschiedt met het vmbo-diploma kaderberoepsgerichte "
         "leerweg en het mbo-diploma. De cursusduur beloopt vier jaar; de instroom is begrensd tot zestien "
         "leerlingen per cohort."),
    _art("3.2 Uitvoering",
         "Verzorging van het onderwijs in de leerjaren 3 en 4 geschiedt in de techniekvleugel van het "
         "Omringdijk College, vanaf het derde routejaar in het Installatiecentrum van ROC Westfriese Poort. "
         "Vastlegging van het onderwijsprogramma en de examinering per leerjaar vindt plaats in het "
         "gezamenlijke PTA/OER. Ten aanzien van de personele inzet geldt: vorming van één docententeam; inzet "
         "van twee instructeurs van het ROC gedurende acht lesuren per week in leerjaar 4 op het Omringdijk "
         "College; toepassing van teambevoegdheid in het vakoverstijgende onderdeel ‘Duurzame installaties’; "
         "voortzetting van het dienstverband bij de eigen werkgever. Ten aanzien van voorzieningen geldt: "
         "openstelling van de installatiewerkplaats, de oefenopstelling voor zonnepanelen en de "
         "warmtepomptestruimte van het ROC voor leerlingen in leerjaar 3 en 4; openstelling van de "
         "metaalwerkplaats en het CAD-lokaal van het Omringdijk College voor studenten in het derde routejaar; "
         "wederzijdse kosteloze ingebruikgeving volgens een door de routedirectie vastgesteld rooster."),
    _art("3.3 Praktijkleren",
         "Betrokkenheid van het bedrijfsleven krijgt vorm via het Installatiecollectief Westfriesland, een "
         "samenwerkingsverband van veertien installatiebedrijven, en de regionale afdeling van de "
         "brancheorganisatie Techniek Nederland. Hun bijdrage bestaat uit: beschikbaarstelling van "
         "bpv-plaatsen bij door SBB erkende leerbedrijven voor alle studenten in het derde en vierde "
         "routejaar; aanlevering van praktijkopdrachten voor het onderdeel ‘Duurzame installaties’; deelname "
         "van twee praktijkopleiders aan de beoordeling van de proeve van bekwaamheid; en deelname aan het "
         "tweemaal per jaar te houden werkveldoverleg, waarin advies wordt uitgebracht over actualisering van "
         "het programma."),
    _art("3.4 Begeleiding van leerlingen",
         "De begeleiding omvat loopbaanbegeleiding door een vaste coach gedurende de gehele route, warme "
         "overdracht bij de overgang naar de mbo-fase en, bij voortijdige beëindiging van de deelname, "
         "begeleiding naar een passend vervolg, waarbij het volgende geldt. Beëindiging in de vo-fase leidt "
         "tot voortzetting van de opleiding in de reguliere kaderberoepsgerichte leerweg van het Omringdijk "
         "College, in hetzelfde of een ander profiel, met het vmbo-diploma als doel. Beëindiging van de "
         "mbo-opleiding na een behaald vmbo-diploma kan leiden tot inschrijving in een andere opleiding van "
         "ROC Westfriese Poort op niveau 2 of 3, bijvoorbeeld Monteur elektrotechnische installaties (niveau 2), "
         "zonder toetsing aan vooropleidingseisen. Het ontbreken van het vmbo-diploma na afloop van het derde "
         "routejaar staat niet in de weg aan voortzetting van een mbo-opleiding van vergelijkbaar niveau bij het "
         "ROC; herhaling van het examenjaar aan het Omringdijk College behoort eveneens tot de mogelijkheden. "
         "Bepaling van het te volgen traject geschiedt in gezamenlijkheid door de afdelingsdirecteur en de "
         "opleidingsmanager, na overleg met leerling en ouders, op basis van het bereikte onderwijsniveau en de "
         "leeftijd van de leerling. Bij overstap naar een andere instelling wordt medewerking verleend aan het "
         "geschiktheidsonderzoek van die instelling."),
    ("h", "Hoofdstuk 4 Middelen"),
    _art("4.1 Rijksbijdrage",
         "Een verschuiving van rijksbekostiging tussen partijen vindt niet plaats. Ieder bevoegd gezag wendt de "
         "door hem ontvangen bekostiging aan voor het eigen aandeel in de route en draagt de kosten van het "
         "eigen personeel en de eigen voorzieningen."),
    ("h", "Hoofdstuk 5 Overige bepalingen"),
    _art("5.1 Betrokkenheid van vertegenwoordigende organen",
         "Ter aanvulling op de wettelijke regelingen wordt een gemeenschappelijke commissie ingesteld, waarin "
         "de medezeggenschapsraad van het Omringdijk College en de studentenraad en de ondernemingsraad van ROC "
         "Westfriese Poort elk twee leden afvaardigen. Aan deze commissie worden jaarlijks de "
         "kwaliteitsrapportage bedoeld in 2.2 en ieder voorgenomen besluit tot wijziging van het PTA/OER of tot "
         "wijziging of opzegging van dit convenant voorgelegd, waarover zij advies uitbrengt. Het advies wordt "
         "door de colleges van bestuur in hun besluitvorming betrokken en schriftelijk beantwoord."),
    _art("5.2 Verschillen van inzicht",
         "Bij verschil van inzicht tussen partijen over de uitvoering van dit convenant vindt eerst overleg "
         "plaats tussen de leden van de routedirectie en vervolgens tussen de voorzitters van de colleges van "
         "bestuur. Indien binnen zes weken na aanvang van het bestuurlijk overleg geen overeenstemming is "
         "bereikt, wordt het geschil ter beslissing bij bindend advies voorgelegd aan een door partijen "
         "gezamenlijk te benoemen onafhankelijke adviseur; bij gebreke van overeenstemming over diens persoon "
         "geschiedt de benoeming door de deken van de Orde van Advocaten in het arrondissement Noord-Holland."),
    _art("5.3 Beëindiging en aanpassing",
         "Het convenant wordt aangegaan voor onbepaalde tijd met ingang van 1 augustus 2025. Opzegging is "
         "mogelijk bij aangetekend schrijven, met inachtneming van een termijn van één jaar, uitsluitend tegen "
         "1 augustus. Ontbinding is mogelijk bij toerekenbare tekortkoming na ingebrekestelling. Aanpassing van "
         "het convenant geschiedt uitsluitend bij schriftelijke, door beide colleges van bestuur ondertekende "
         "overeenkomst, na advies van de commissie bedoeld in 5.1. Voor uitbreiding van de kring van partijen "
         "geldt 1.2. Bij opzegging, ontbinding en aanpassing wordt zorg gedragen voor beperking van de gevolgen "
         "voor leerlingen en studenten: de instroom wordt beëindigd, doch aan leerlingen en studenten die de "
         "route reeds volgen wordt afronding van de route onder ongewijzigde voorwaarden gegarandeerd."),
    _art("5.4 Slot",
         "Op dit convenant is Nederlands recht van toepassing. Het convenant is in tweevoud opgemaakt en "
         "ondertekend te Hoorn op 30 juni 2025."),
    ("table", [["Stichting Onderwijs Westfriese Omringdijk", "Stichting Regionaal Opleidingencentrum Westfriese Poort"],
               ["P.J. Kaan, voorzitter college van bestuur", "S.E. Tromp, lid college van bestuur"]], 1),
]

register(
    448, "h448_nominale_stijl_verspreide_kopjes_westfriesland", "docx",
    "Bureaucratic nominal/passive convenant with run-in bold article heads, DOCX, Westfriesland, PIE kb -> "
    "Eerste monteur elektrotechnische installaties niveau 3; items under unexpected headings (toetreding in "
    "'Reikwijdte', overstap in 'Begeleiding van leerlingen', medezeggenschap in 'vertegenwoordigende "
    "organen'); fully compliant (no transfer).",
    st(),
    {"a": "3.1 Programma", "b": "3.3 Praktijkleren", "c": "2.1 Aansturing", "d": "2.2 Kwaliteitszorg",
     "e": "3.2 Uitvoering", "f": "3.4 Begeleiding van leerlingen", "g": "4.1 Rijksbijdrage",
     "h": "5.1 Betrokkenheid van vertegenwoordigende organen", "i": "5.2 Verschillen van inzicht",
     "j": "5.3 Beëindiging en aanpassing"},
    B448, docxargs={"font": "Arial", "size": 10},
)


# =========================================================================== main

def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
