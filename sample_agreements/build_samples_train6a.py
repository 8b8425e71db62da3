#!/usr/bin/env python3
"""Training samples 77-84 for leerroute-check (batch train6a).

Written by an independent author-helper (a language-model session started by the project) that
had read only the two official bouwstenen (seeds 000 and 002), shared/domain.md and LABELS.md; it
did not look at the checker, its models or tests, or the texts of other samples. The voice is that
of lawyers, notaries and legal advisers of school boards. Six agreements (77, 78, 79, 80, 81, 82)
are fully compliant and phrase every core element in the author's own words; 83 and 84 each carry
two subtle defects. Labels are the author's judgement under LABELS.md.

Usage:
    python3 build_samples_train6a.py            build all samples
    python3 build_samples_train6a.py 77 80      build only those numbers
    python3 build_samples_train6a.py --check    verify the produced files
"""
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}  # number -> dict(name, fmt, description, statuses, evidence, blocks)


def sample(num, name, fmt, description, statuses, evidence, blocks):
    assert 77 <= num <= 84 and name.startswith("%02d_" % num)
    assert set(statuses) == set("abcdefghij")
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    SAMPLES[num] = dict(name=name, fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, blocks=blocks)


def st(s):
    """'p p w m na ...' -> statuses dict a..j"""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10
    return {k: m[v] for k, v in zip("abcdefghij", parts)}


# Block helpers ---------------------------------------------------------------------------
def T(t): return ("title", t)
def S(t): return ("sub", t)
def H(t): return ("h", t)
def P(t): return ("p", t)
def L(t): return ("li", t)
def TAB(rows, widths=(0.3, 0.7), header=True): return ("table", rows, widths, header)
def PB(): return ("pb",)


# Renderers -------------------------------------------------------------------------------
def render_pdf(blocks, path, title):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)
    from reportlab.lib import colors

    base = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=13,
                          alignment=TA_JUSTIFY, spaceAfter=4)
    sty = {
        "title": ParagraphStyle("t", parent=base, fontName="Times-Bold", fontSize=14, leading=18,
                                alignment=TA_CENTER, spaceAfter=4),
        "sub": ParagraphStyle("s", parent=base, fontName="Times-Italic", alignment=TA_CENTER,
                              spaceAfter=10),
        "h": ParagraphStyle("h", parent=base, fontName="Times-Bold", fontSize=11, spaceBefore=8,
                            spaceAfter=3, alignment=0),
        "p": base,
        "li": ParagraphStyle("l", parent=base, leftIndent=18, firstLineIndent=-18),
        "cell": ParagraphStyle("c", parent=base, fontSize=9.5, leading=12, alignment=0,
                               spaceAfter=0),
    }

    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story = []
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths, header = b[1], b[2], b[3]
            full = A4[0] - 5 * cm
            data = [[Paragraph(esc(c), sty["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=[w * full for w in widths], repeatRows=1 if header else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(esc(b[1]), sty[kind]))

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Times-Roman", 8.5)
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, "pagina %d" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.0 * cm, invariant=1,
                            title=title, author="", creator="", producer="", subject="")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def render_docx(blocks, path, title):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from docx.shared import Cm
    d = docx.Document()
    for sec in d.sections:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(3)
    normal.paragraph_format.line_spacing = 1.0
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            d.add_page_break()
        elif kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(15)
        elif kind == "sub":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1]); r.italic = True
        elif kind == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(11.5)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "li":
            p = d.add_paragraph(b[1])
            p.paragraph_format.left_indent = Pt(22)
            p.paragraph_format.first_line_indent = Pt(-22)
        elif kind == "table":
            rows, widths, header = b[1], b[2], b[3]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(16.4 * w)
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.width = Cm(16.4 * widths[j])
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(c)
                    if header and i == 0:
                        run.bold = True
    cp = d.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


def render_txt(blocks, path, title):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            out.append("")
        elif kind == "title":
            out.append(b[1].upper())
        elif kind == "sub":
            out.append(b[1])
            out.append("")
        elif kind == "h":
            out.append("")
            out.append(b[1])
        elif kind == "p":
            if out and out[-1] != "":
                out.append("")
            out.append(textwrap.fill(b[1], 92))
            out.append("")
        elif kind == "li":
            m = re.match(r"^(\S+)\s+(.*)$", b[1])
            lab, rest = m.group(1), m.group(2)
            ind = " " * (len(lab) + 1)
            out.append(textwrap.fill(rest, 92, initial_indent=lab + " ", subsequent_indent=ind))
        elif kind == "table":
            rows, header = b[1], b[3]
            body = rows[1:] if header else rows
            for r in body:
                out.append("")
                out.append("* " + r[0])
                for c in r[1:]:
                    out.append(textwrap.fill(c, 92, initial_indent="  ", subsequent_indent="  "))
            out.append("")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def render_md(blocks, path, title):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            out.append("\n---\n")
        elif kind == "title":
            out.append("# " + b[1] + "\n")
        elif kind == "sub":
            out.append("*" + b[1] + "*\n")
        elif kind == "h":
            out.append("## " + b[1] + "\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "li":
            out.append(b[1] + "  ")
        elif kind == "table":
            rows, header = b[1], b[3]
            out.append("")
            hdr = rows[0] if header else [""] * len(rows[0])
            out.append("| " + " | ".join(hdr) + " |")
            out.append("|" + "|".join("---" for _ in hdr) + "|")
            for r in (rows[1:] if header else rows):
                out.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
            out.append("")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


RENDER = {"pdf": render_pdf, "docx": render_docx, "txt": render_txt, "md": render_md}


def expected(s):
    return {"description": s["description"], "split": "train",
            "statuses": s["statuses"], "evidence": s["evidence"]}


def build(num):
    s = SAMPLES[num]
    path = os.path.join(HERE, s["name"] + "." + s["fmt"])
    title = next(b[1] for b in s["blocks"] if b[0] == "title")
    RENDER[s["fmt"]](s["blocks"], path, title)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


# Check -----------------------------------------------------------------------------------
def extract(path, fmt):
    if fmt == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
        pdf.close()
        return "\n".join(parts), len(parts)
    if fmt == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(t):
    t = t.replace("\u00ad", "").replace("\ufffe", "").replace("\u0002", "")
    return re.sub(r"\s+", " ", t).strip()


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        if not os.path.exists(path) or not os.path.exists(jpath):
            print("MISSING", s["name"]); ok = False; continue
        size = os.path.getsize(path)
        if size >= 200 * 1024:
            print("TOO BIG", path, size); ok = False
        text, pages = extract(path, s["fmt"])
        nt = norm(text)
        for k, ev in s["evidence"].items():
            if norm(ev) not in nt:
                print("EVIDENCE NOT FOUND", s["name"], k, repr(ev)); ok = False
        with open(jpath, encoding="utf-8") as f:
            if json.load(f) != expected(s):
                print("JSON MISMATCH", jpath); ok = False
        words = len(nt.split())
        print("%-45s %5d bytes %s %5d words" % (os.path.basename(path), size,
              ("%d pages" % pages) if pages else "", words))
    print("CHECK", "OK" if ok else "FAILED")
    return ok


# =========================================================================================
# 77  Classic article-and-leden agreement, Zeeland, PIE kb -> mbo-3 elektrotechniek (PDF)
# =========================================================================================
sample(
    77, "77_akte_artikelen_leden", "pdf",
    "Advocatenstijl: considerans, begripsbepalingen, artikelen met leden en een bijlage (PDF); "
    "Zeeland, Produceren installeren en energie kb naar mbo-3 elektrotechniek; volledig, alle "
    "kernelementen in eigen bewoordingen (routeberaad, rekenschap, voortijdig vertrek), geen "
    "medezeggenschapsbepaling.",
    st("p p p p p p p na p p"),
    {"a": "Artikel 2 Voorwerp van de overeenkomst",
     "b": "Artikel 3 Inbreng van de installatiebranche",
     "c": "Artikel 4 Het routeberaad",
     "d": "Artikel 5 Rekenschap aan de colleges",
     "e": "Artikel 6 Uitvoering",
     "f": "Artikel 7 Voortijdig vertrek van een Deelnemer",
     "g": "Artikel 8 Financiële verhouding",
     "i": "Artikel 9 Verschil van inzicht",
     "j": "Artikel 10 Looptijd en bestendigheid"},
    [
        T("SAMENWERKINGSOVEREENKOMST"),
        S("doorlopende leerroute Produceren, installeren en energie – Eerste monteur "
          "elektrotechnische installaties"),
        P("DE ONDERGETEKENDEN:"),
        L("1. de stichting Stichting voor Openbaar Voortgezet Onderwijs Walcheren-Oost, statutair "
          "gevestigd te Vlissingen, ten deze rechtsgeldig vertegenwoordigd door de voorzitter van "
          "haar college van bestuur, mr. drs. H.J. Verhulst, in haar hoedanigheid van bevoegd gezag "
          "van het Kustlijn College, locatie Bloemenlaan te Vlissingen, hierna te noemen: \u201cde "
          "School\u201d;"),
        L("2. de stichting Stichting Regionaal Opleidingencentrum Zeeuwse Delta, statutair gevestigd "
          "te Middelburg, ten deze rechtsgeldig vertegenwoordigd door de voorzitter van haar college "
          "van bestuur, drs. M.C. de Kraker-Joosse, in haar hoedanigheid van bevoegd gezag van een "
          "instelling voor beroepsonderwijs, hierna te noemen: \u201cde Instelling\u201d;"),
        P("hierna gezamenlijk te noemen: \u201cPartijen\u201d en ieder afzonderlijk: "
          "\u201cPartij\u201d;"),
        P("OVERWEGENDE DAT:"),
        L("A. Partijen sedert het schooljaar 2019-2020 op projectbasis samenwerken in een "
          "techniekroute voor leerlingen van de kaderberoepsgerichte leerweg;"),
        L("B. Partijen deze samenwerking met ingang van het schooljaar 2025-2026 wensen te bestendigen "
          "als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a van de Wet voortgezet "
          "onderwijs 2020 (hierna: WVO 2020) en artikel 9.1.2 van de Wet educatie en "
          "beroepsonderwijs (hierna: WEB);"),
        L("C. de elektrotechnische installatiebranche in Zeeland kampt met een structureel tekort aan "
          "vakkrachten en Partijen met deze route beogen meer jongeren zonder onnodige drempels naar "
          "een beroepskwalificatie te leiden;"),
        L("D. Partijen hun onderlinge rechten en verplichtingen schriftelijk wensen vast te leggen;"),
        P("VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),

        H("Artikel 1 Begripsbepalingen"),
        P("In deze overeenkomst en de daarbij behorende bijlage wordt verstaan onder:"),
        L("a. Route: de doorlopende leerroute, omschreven in artikel 2;"),
        L("b. Deelnemer: de leerling die aan de Route deelneemt en, na zijn inschrijving bij de "
          "Instelling, de student;"),
        L("c. vo-fase: de eerste twee leerjaren van de Route, samenvallend met het derde en vierde "
          "leerjaar van de School;"),
        L("d. mbo-fase: het derde en vierde leerjaar van de Route;"),
        L("e. Routeberaad: het orgaan, bedoeld in artikel 4;"),
        L("f. Routeplan: het door het Routeberaad vastgestelde document waarin het onderwijsprogramma, "
          "de examinering en de beroepspraktijkvorming per leerjaar van de Route zijn beschreven, "
          "waarvan de hoofdlijnen zijn opgenomen in Bijlage 1;"),
        L("g. Colleges: de colleges van bestuur van Partijen."),

        H("Artikel 2 Voorwerp van de overeenkomst"),
        L("1. Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde "
          "leerjaar van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie, "
          "en leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het diploma van de "
          "vakopleiding Eerste monteur elektrotechnische installaties in de woning en utiliteit "
          "(niveau 3, beroepsopleidende leerweg), behorende tot het opleidingsdomein Techniek en "
          "procesindustrie."),
        L("2. De nominale duur van de Route bedraagt vier leerjaren. Het vmbo-examen wordt afgelegd "
          "in het tweede leerjaar van de Route; voor de vakken Nederlands en wiskunde kan het "
          "Routeberaad bepalen dat het examen in het derde leerjaar wordt afgelegd."),
        L("3. Partijen doen gezamenlijk melding van de Route als bedoeld in artikel 2.107c WVO 2020 "
          "en artikel 9.1.4 WEB; de School draagt zorg voor de registratie in RIO."),

        H("Artikel 3 Inbreng van de installatiebranche"),
        L("1. Partijen hebben zich verzekerd van de medewerking van de installatiebedrijven die zijn "
          "aangesloten bij de Zeeuwse afdeling van de brancheorganisatie Techniek Nederland en van "
          "Kenniscentrum Installatietechniek Zeeland."),
        L("2. De in het eerste lid bedoelde bedrijven stellen vanaf het tweede leerjaar van de Route "
          "snuffelstages en vanaf het derde leerjaar plaatsen voor de beroepspraktijkvorming "
          "beschikbaar; de Instelling draagt zorg dat elke Deelnemer tijdig over een door SBB "
          "erkende plaats beschikt."),
        L("3. Vakmensen uit de aangesloten bedrijven verzorgen per leerjaar ten minste vier "
          "praktijkmiddagen in de werkplaats, beoordelen als tweede beoordelaar de proeve van "
          "bekwaamheid mede en worden jaarlijks in mei door het Routeberaad gehoord over de "
          "actualiteit van het Routeplan."),

        H("Artikel 4 Het routeberaad"),
        L("1. Met de dagelijkse aansturing van de Route is belast een Routeberaad."),
        L("2. Het Routeberaad telt drie leden: de teamleider techniek van de School, de "
          "opleidingsmanager elektrotechniek van de Instelling en een docent uit het routeteam, "
          "bedoeld in artikel 6, tweede lid. De opleidingsmanager zit het Routeberaad voor."),
        L("3. Het lid afkomstig van de School wordt door het college van bestuur van de School en het "
          "lid afkomstig van de Instelling door het college van bestuur van de Instelling aangewezen. "
          "De docent wordt door de beide andere leden voorgedragen en door de Colleges gezamenlijk "
          "aangewezen, telkens voor een termijn van drie schooljaren, welke termijn eenmaal kan "
          "worden verlengd."),
        L("4. Aan het Routeberaad is opgedragen: het jaarlijks vaststellen van het Routeplan, het "
          "opstellen van het gezamenlijke PTA/OER, het vaststellen van rooster en lessentabel, het "
          "beslissen over de toelating van leerlingen tot de Route en het verdelen van de "
          "werkzaamheden binnen het routeteam binnen de door de Colleges toegekende formatie."),
        L("5. Besluiten die leiden tot overschrijding van de formatie of van de in artikel 8 bedoelde "
          "middelen, alsmede besluiten tot beëindiging van de deelname van een Deelnemer, zijn "
          "voorbehouden aan de Colleges."),

        H("Artikel 5 Rekenschap aan de colleges"),
        L("1. Het Routeberaad doet beide Colleges jaarlijks vóór 15 november een schriftelijk verslag "
          "toekomen over het voorafgaande schooljaar, waarin ten minste de in-, door- en uitstroom "
          "van Deelnemers, de examenresultaten en de besteding van de middelen, bedoeld in artikel 8, "
          "worden verantwoord."),
        L("2. Tweemaal per schooljaar, in oktober en in maart, voert het Routeberaad overleg met een "
          "lid van ieder College over de uitvoering van de Route; van dat overleg wordt een "
          "besluitenlijst opgemaakt."),
        L("3. Doet zich een omstandigheid voor die de voortgang van de Route in gevaar brengt, dan "
          "stelt het Routeberaad de Colleges daarvan onverwijld in kennis."),

        H("Artikel 6 Uitvoering"),
        L("1. De vo-fase wordt verzorgd in het gebouw van de School aan de Bloemenlaan te Vlissingen, "
          "de mbo-fase in de vestiging van de Instelling aan de Edisonweg te Vlissingen. Vanaf het "
          "tweede leerjaar van de Route volgen Deelnemers één dag per week praktijkonderwijs in de "
          "vestiging van de Instelling."),
        L("2. Het onderwijs wordt verzorgd door één routeteam, samengesteld uit docenten van beide "
          "Partijen. De Instelling stelt voor de vo-fase twee praktijkdocenten elektrotechniek "
          "beschikbaar voor gezamenlijk acht lesuren per week; de School stelt voor de mbo-fase haar "
          "docenten Nederlands en wiskunde beschikbaar voor ten hoogste vier lesuren per week. Het "
          "personeel blijft in dienst van de Partij die het heeft aangesteld."),
        L("3. Partijen maken voor de vakoverstijgende praktijkopdrachten in het tweede en derde "
          "leerjaar van de Route gebruik van de ruimte die artikel 7.13a WVO 2020 en artikel 9.1.12 "
          "WEB bieden; het Routeplan vermeldt welke programmaonderdelen dit betreft en welke docent "
          "voor welk onderdeel bevoegd is."),
        L("4. De School stelt haar technieklokaal met PLC-opstellingen open voor Deelnemers in de "
          "mbo-fase; de Instelling stelt haar installatiewerkplaats, de meetapparatuur en de "
          "oefenopstellingen voor veilig werken aan installaties ter beschikking aan Deelnemers in de "
          "vo-fase. Het gebruik geschiedt volgens een jaarlijks door het Routeberaad vastgesteld "
          "rooster."),
        L("5. De School draagt zorg voor de vmbo-examinering en -diplomering, de Instelling voor de "
          "mbo-examinering, de beroepspraktijkvorming en de diplomering in het mbo. Een klacht over "
          "een medewerker van de andere Partij wordt door de ontvangende Partij onverwijld aan die "
          "andere Partij doorgeleid, die de klacht overeenkomstig haar eigen klachtenregeling "
          "afhandelt."),

        H("Artikel 7 Voortijdig vertrek van een Deelnemer"),
        L("1. Eindigt de deelname aan de Route voordat de Deelnemer deze met goed gevolg heeft "
          "afgerond, dan bieden Partijen hem een vervolg dat hem in staat stelt een diploma te "
          "behalen dat past bij het door hem bereikte niveau en bij zijn leeftijd."),
        L("2. Gedurende de vo-fase bestaat dat vervolg in beginsel uit voortzetting van de "
          "kaderberoepsgerichte of de basisberoepsgerichte leerweg aan de School, in hetzelfde of een "
          "ander profiel, gericht op het vmbo-diploma."),
        L("3. Heeft de Deelnemer aan het einde van het derde leerjaar van de Route het vmbo-diploma "
          "niet behaald, dan kan hij zijn opleiding voortzetten in de vakopleiding, bedoeld in "
          "artikel 2, of in een andere opleiding van niveau 2 of 3 bij de Instelling; de "
          "vooropleidingseisen staan daaraan niet in de weg. Hij kan er ook voor kiezen het "
          "examenjaar aan de School over te doen."),
        L("4. Blijkt de gekozen richting niet bij de Deelnemer te passen, dan wordt hem een plaats "
          "geboden in een opleiding van gelijk niveau in een andere richting bij de Instelling, of, "
          "door bemiddeling van de Instelling, bij een andere instelling in de regio."),
        L("5. Welk vervolg passend is, wordt beoordeeld door de School en de Instelling gezamenlijk, "
          "na een gesprek met de Deelnemer en, zolang hij minderjarig is, zijn ouders of verzorgers. "
          "Het Routeberaad legt de uitkomst schriftelijk vast en de mentor draagt zorg voor een "
          "warme overdracht."),

        H("Artikel 8 Financiële verhouding"),
        L("1. Met toepassing van artikel 5.42a WVO 2020 draagt de School voor iedere Deelnemer in de "
          "vo-fase een bedrag van \u20ac 1.450 per schooljaar over aan de Instelling, berekend naar "
          "het aantal Deelnemers op 1 oktober van dat schooljaar."),
        L("2. Dit bedrag strekt uitsluitend tot vergoeding van de inzet van de praktijkdocenten en "
          "het gebruik van de installatiewerkplaats, bedoeld in artikel 6, tweede en vierde lid."),
        L("3. Betaling geschiedt in twee gelijke termijnen, vóór 1 december en vóór 1 mei. In de "
          "mbo-fase vindt geen overdracht van middelen plaats; iedere Partij draagt dan de kosten van "
          "haar eigen personeel."),

        H("Artikel 9 Verschil van inzicht"),
        L("1. Ontstaat tussen Partijen verschil van mening over de uitleg of de uitvoering van deze "
          "overeenkomst, dan wordt dit eerst in het Routeberaad besproken."),
        L("2. Leidt dat niet binnen vier weken tot overeenstemming, dan wordt de kwestie voorgelegd "
          "aan de voorzitters van de Colleges, die binnen zes weken daarna in een bestuurlijk "
          "overleg naar een oplossing zoeken."),
        L("3. Blijft overeenstemming uit, dan leggen Partijen de kwestie voor aan een mediator die zij "
          "gezamenlijk aanwijzen. Leidt ook mediation niet binnen drie maanden tot een oplossing, dan "
          "is uitsluitend de bevoegde rechter in het arrondissement Zeeland-West-Brabant bevoegd "
          "daarvan kennis te nemen."),

        H("Artikel 10 Looptijd en bestendigheid"),
        L("1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        L("2. Een andere school voor voorbereidend beroepsonderwijs of een andere instelling voor "
          "beroepsonderwijs kan zich bij deze overeenkomst aansluiten, mits zij de Route in dezelfde "
          "of een aanverwante richting gaat verzorgen, alle Partijen daarmee schriftelijk instemmen "
          "en zij door ondertekening van een verklaring van aansluiting de bepalingen van deze "
          "overeenkomst aanvaardt. Aansluiting geschiedt met ingang van een nieuw schooljaar en laat "
          "de positie van reeds ingestroomde Deelnemers onverlet."),
        L("3. Iedere Partij kan deze overeenkomst bij aangetekende brief beëindigen tegen 1 augustus "
          "van enig jaar, met inachtneming van een termijn van ten minste twaalf maanden. Schiet een "
          "Partij ernstig tekort in de nakoming en herstelt zij dit niet binnen drie maanden na "
          "schriftelijke ingebrekestelling, dan kan de andere Partij de overeenkomst ontbinden, doch "
          "niet eerder dan tegen het einde van het lopende schooljaar."),
        L("4. Na een opzegging of ontbinding worden geen nieuwe Deelnemers meer toegelaten. "
          "Deelnemers die op dat moment aan de Route deelnemen, worden in staat gesteld de Route bij "
          "Partijen af te ronden; zo nodig blijven de artikelen 6 tot en met 8 voor hen van kracht "
          "totdat de laatste Deelnemer de Route heeft verlaten."),
        L("5. Aanvulling of aanpassing van deze overeenkomst geschiedt uitsluitend bij schriftelijke "
          "akte, ondertekend door alle Partijen. Een aanpassing die het programma raakt, gaat niet "
          "eerder in dan bij de aanvang van een nieuw leerjaar en wordt niet toegepast ten nadele van "
          "Deelnemers die de Route al volgen."),

        H("Artikel 11 Slotbepalingen"),
        L("1. Partijen verwerken persoonsgegevens van Deelnemers uitsluitend voor zover dat voor de "
          "uitvoering van deze overeenkomst noodzakelijk is, met inachtneming van de Algemene "
          "verordening gegevensbescherming."),
        L("2. Op deze overeenkomst is Nederlands recht van toepassing. Bijlage 1 maakt deel uit van "
          "deze overeenkomst; bij strijd gaat de tekst van de overeenkomst voor."),
        P("Aldus overeengekomen en in tweevoud ondertekend te Vlissingen op 24 juni 2025."),
        P("Namens de School: mr. drs. H.J. Verhulst, voorzitter college van bestuur"),
        P("Namens de Instelling: drs. M.C. de Kraker-Joosse, voorzitter college van bestuur"),

        H("Bijlage 1 Hoofdlijnen van het Routeplan"),
        TAB([["Leerjaar Route", "Plaats en inhoud"],
             ["1 (vmbo 3)", "School; beroepsgericht profielprogramma PIE en keuzevakken "
              "elektrotechniek; oriëntatie op de branche via praktijkmiddagen."],
             ["2 (vmbo 4)", "School en één dag per week Instelling; centraal examen vmbo; eerste "
              "mbo-onderdelen installeren in de woning; snuffelstage."],
             ["3 (mbo 1)", "Instelling; mbo-programma niveau 3; beroepspraktijkvorming 40 "
              "procent; examens Nederlands en wiskunde voor zover uitgesteld."],
             ["4 (mbo 2)", "Instelling en leerbedrijf; utiliteitsinstallaties; proeve van "
              "bekwaamheid en diplomering niveau 3."]],
            widths=(0.25, 0.75)),
    ])


# =========================================================================================
# 78  Unnumbered headings that do not name the statutory topic, Twente, zorg (DOCX)
# =========================================================================================
sample(
    78, "78_ongenummerde_koppen_zorg", "docx",
    "Juridisch adviseur bestuursbureau: ongenummerde koppen die het wettelijke onderwerp niet "
    "noemen (Strekking, Aansturing, Rekenschap, Inspraak, Onenigheid), doorlopende volzinnen "
    "(DOCX); Twente, Zorg en welzijn kb naar Verzorgende-IG niveau 3; volledig, geen overdracht "
    "van middelen, aanvullende afspraken over inspraak.",
    st("p p p p p p p p p p"),
    {"a": "Strekking",
     "b": "Partners uit de zorg",
     "c": "Aansturing",
     "d": "Rekenschap",
     "e": "Vormgeving van het onderwijs",
     "f": "Wanneer de route niet langer past",
     "g": "Geldelijke verhouding",
     "h": "Inspraak",
     "i": "Onenigheid",
     "j": "Bestendigheid en einde"},
    [
        T("Overeenkomst tot samenwerking"),
        S("Zorgroute Hof van Twente – vmbo Zorg en welzijn en mbo Verzorgende-IG"),
        P("Partijen bij deze overeenkomst zijn:"),
        L("1. Stichting Voortgezet Onderwijs Hof van Twente, gevestigd te Goor, bevoegd gezag van "
          "het Twickelo College te Hengelo, vertegenwoordigd door de voorzitter van het college van "
          "bestuur, de heer drs. R.B.J. Oude Luttikhuis, hierna: de school;"),
        L("2. Stichting Regionaal Opleidingencentrum Twente-Oost, gevestigd te Almelo, "
          "vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw mr. A.H. "
          "Nijhuis-Reimink, hierna: het ROC."),
        P("Waar in deze overeenkomst gesproken wordt van de route, is bedoeld de doorlopende "
          "leerroute vmbo-mbo die hieronder onder Strekking wordt omschreven; met deelnemer wordt "
          "bedoeld de jongere die de route volgt, ongeacht of hij op dat moment als leerling van de "
          "school of als student van het ROC staat ingeschreven."),

        H("Strekking"),
        P("De school en het ROC verzorgen met ingang van 1 augustus 2025 gezamenlijk een "
          "doorlopende leerroute voor leerlingen die in het derde leerjaar van de "
          "kaderberoepsgerichte leerweg het profiel Zorg en welzijn volgen. De route voert, na het "
          "vmbo-diploma, naar de beroepsopleidende leerweg van de opleiding Verzorgende-IG op "
          "niveau 3 in het opleidingsdomein Zorg en welzijn en wordt nominaal in vier jaar "
          "doorlopen. De school en het ROC doen hiervan gezamenlijk melding bij de Minister via "
          "het Registratie Instellingen en Opleidingen."),

        H("Partners uit de zorg"),
        P("De route wordt mede gedragen door de zorgorganisaties ZorgAccent Hengelo, Stichting "
          "Woonzorg Twickel en Thuiszorg Midden-Twente, die als erkend leerbedrijf bij SBB zijn "
          "geregistreerd en daartoe een schriftelijke samenwerkingsverklaring met het ROC hebben "
          "ondertekend. Deze organisaties stellen per cohort ten minste twintig plaatsen voor de "
          "beroepspraktijkvorming beschikbaar, laten hun praktijkopleiders bij de beroepsproeven "
          "als medebeoordelaar optreden en ontvangen de deelnemers in de vo-fase voor "
          "meeloopdagen. Zij vaardigen ieder één vertegenwoordiger af naar het werkveldberaad, dat "
          "tweemaal per jaar bijeenkomt en de routedirectie adviseert over de inhoud van het "
          "programma en de keuzedelen."),

        H("Aansturing"),
        P("De route staat onder een tweehoofdige routedirectie, gevormd door de afdelingsleider "
          "bovenbouw van de school en de teamleider Zorg van het ROC. Ieder college van bestuur "
          "stelt de eigen functionaris in die hoedanigheid aan, nadat het andere college in de "
          "gelegenheid is gesteld zijn zienswijze te geven; bij een vacature deelt het betrokken "
          "college de opvolger binnen acht weken schriftelijk aan de andere partij mede. De "
          "routedirectie beslist zelfstandig over de jaarplanning, de samenstelling van de "
          "lesgroepen, het rooster, de verdeling van de lessen over de docenten binnen de door de "
          "colleges toegekende formatie, de plaatsing in de beroepspraktijkvorming en de "
          "uitvoering van het gezamenlijke PTA/OER. Zij is niet gerechtigd namens de partijen "
          "verplichtingen jegens derden aan te gaan of personele besluiten te nemen; die blijven "
          "voorbehouden aan het college van bestuur van de werkgever."),

        H("Rekenschap"),
        P("De routedirectie stelt over ieder schooljaar een jaarverslag op dat uiterlijk 1 oktober "
          "daaropvolgend aan beide colleges van bestuur wordt gezonden en dat in elk geval "
          "inzicht geeft in de aantallen deelnemers, het verloop, de examen- en "
          "diplomaresultaten, de ervaringen van deelnemers en leerbedrijven en de inzet van "
          "personeel. Na afloop van het eerste semester ontvangt ieder college bovendien een "
          "beknopte voortgangsnotitie. Eenmaal per jaar, in november, bespreken de colleges het "
          "jaarverslag met de routedirectie in een gezamenlijke vergadering, waarin zij zo nodig "
          "aanwijzingen voor het volgende schooljaar geven."),

        H("Vormgeving van het onderwijs"),
        P("In de eerste twee routejaren wordt het onderwijs gegeven in het gebouw van de school "
          "aan de Tuindorpstraat te Hengelo, aangevuld met één lesdag per week in het skillslab "
          "van het ROC te Almelo; de laatste twee routejaren worden bij het ROC en in de "
          "leerbedrijven doorlopen. Het programma en de examinering per leerjaar, met "
          "onderscheid tussen vo-onderdelen, mbo-onderdelen en gecombineerde onderdelen, zijn "
          "beschreven in het gezamenlijke PTA/OER dat de routedirectie jaarlijks vóór 1 juli "
          "vaststelt. Docenten van beide partijen vormen één team: twee verpleegkundig docenten "
          "van het ROC verzorgen vanaf het eerste routejaar de lessen verpleegtechnische "
          "handelingen en zorgethiek, terwijl de docenten biologie en zorg en welzijn van de "
          "school ook in het derde routejaar lesgeven in anatomie en fysiologie. Partijen maken "
          "voor de praktijkmodules gebruik van de teambevoegdheid, waarbij voor ieder onderdeel "
          "ten minste één bevoegde docent verantwoordelijk blijft. Deelnemers maken gebruik van "
          "het skillslab en de oefenpoppen van het ROC en van de praktijkwoning met "
          "tilvoorzieningen van de school; de ICT-omgeving van het ROC is vanaf het eerste "
          "routejaar voor hen toegankelijk. Iedere partij blijft werkgever van het eigen "
          "personeel."),

        H("Wanneer de route niet langer past"),
        P("Een deelnemer die de route niet kan of wil voltooien, behoudt recht op een vervolg "
          "waarmee hij een diploma kan behalen. Zolang hij in de vo-fase verkeert, is dat vervolg "
          "in de regel de reguliere kaderberoepsgerichte of basisberoepsgerichte leerweg van de "
          "school, zo nodig in een ander profiel. Heeft hij na het derde routejaar nog geen "
          "vmbo-diploma, dan kan hij de opleiding Verzorgende-IG voortzetten of overstappen naar "
          "de opleiding Helpende zorg en welzijn (niveau 2) of een andere opleiding van het ROC "
          "op vergelijkbaar niveau, zonder dat de vooropleidingseisen hem worden tegengeworpen. "
          "Past de zorg hem niet, dan zoeken school en ROC met hem naar een opleiding van gelijk "
          "niveau in een andere richting, bij het ROC of elders in Twente. Welke mogelijkheid "
          "passend is, stellen de school en het ROC samen vast op grond van wat de deelnemer "
          "heeft bereikt en van zijn leeftijd, nadat zij met hem en zijn ouders hebben gesproken. "
          "De schoolgids en de studiegids beschrijven de werkwijze nader."),

        H("Geldelijke verhouding"),
        P("Er gaan tussen de school en het ROC geen middelen over en weer. Iedere partij draagt "
          "de lasten van het eigen personeel en de eigen voorzieningen; het gebruik van elkaars "
          "lokalen en materialen wordt niet in rekening gebracht."),

        H("Inspraak"),
        P("Naast hetgeen de wet de medezeggenschapsraad van de school, de studentenraad en de "
          "ondernemingsraad van het ROC toekent, komen partijen het volgende overeen. Een "
          "voorgenomen wijziging van deze overeenkomst wordt, voordat daarover wordt besloten, "
          "voor advies voorgelegd aan zowel de medezeggenschapsraad van de school als de "
          "studentenraad van het ROC. Deelnemers die in de vo-fase nog als leerling van de school "
          "staan ingeschreven, mogen een vertegenwoordiger met raadgevende stem afvaardigen naar "
          "de studentenraad van het ROC. Eenmaal per jaar ontmoeten een afvaardiging van de "
          "medezeggenschapsraad en van de studentenraad elkaar met de routedirectie om de gang "
          "van zaken in de route te bespreken."),

        H("Onenigheid"),
        P("Een meningsverschil tussen partijen over de uitvoering van deze overeenkomst wordt "
          "eerst door de routedirectie besproken en, wanneer dat binnen een maand geen oplossing "
          "brengt, door de colleges van bestuur in een bestuurlijk overleg. Slaagt ook dat "
          "overleg niet binnen twee maanden, dan leggen partijen het geschil voor aan een "
          "onafhankelijke deskundige die zij samen kiezen; komen zij niet tot overeenstemming over "
          "de persoon, dan wordt deze op verzoek van de meest gerede partij aangewezen door de "
          "deken van de Orde van Advocaten in het arrondissement Overijssel. Het oordeel van de "
          "deskundige geldt tussen partijen als bindend advies."),

        H("Bestendigheid en einde"),
        P("Deze overeenkomst geldt voor vier schooljaren, te rekenen vanaf 1 augustus 2025, en "
          "wordt daarna telkens stilzwijgend met vier schooljaren verlengd. Een andere school "
          "voor vmbo of een andere instelling voor beroepsonderwijs kan zich bij de route "
          "aansluiten wanneer beide partijen daarmee schriftelijk instemmen, de nieuwe partner de "
          "verplichtingen uit deze overeenkomst onverkort op zich neemt en de aansluiting ingaat "
          "bij het begin van een schooljaar; partijen doen dan gezamenlijk melding van de "
          "gewijzigde samenwerking. Iedere partij kan de overeenkomst schriftelijk beëindigen "
          "tegen het einde van een schooljaar, met een termijn van ten minste één jaar. Van dat "
          "moment af stromen geen nieuwe leerlingen meer in, terwijl deelnemers die al in de route "
          "zitten, haar onder dezelfde voorwaarden kunnen afronden. Aanpassingen van de "
          "overeenkomst worden schriftelijk vastgelegd en door beide colleges ondertekend; zij "
          "gelden niet ten nadele van deelnemers die de route al zijn begonnen."),

        P("Aldus opgemaakt en in tweevoud ondertekend te Hengelo op 19 juni 2025."),
        P("Voor de school: drs. R.B.J. Oude Luttikhuis, voorzitter college van bestuur"),
        P("Voor het ROC: mr. A.H. Nijhuis-Reimink, voorzitter college van bestuur"),
    ])


# =========================================================================================
# 79  Table of arrangements, Friesland, Groen bb -> mbo-2 hovenier at an AOC (MD)
# =========================================================================================
sample(
    79, "79_afsprakentabel_groen", "md",
    "Overeenkomst met korte considerans en een tabel van afspraken in plaats van artikelen "
    "(Markdown); Friesland, Groen bb naar Medewerker hovenier niveau 2 bij een aoc (aparte "
    "rechtspersonen); volledig, koppen als Regie over de route en Rekenschap, per-leerlingbedrag "
    "met bestemming, geen medezeggenschapsafspraken.",
    st("p p p p p p p na p p"),
    {"a": "Route en diploma's",
     "b": "Groene ondernemers",
     "c": "Regie over de route",
     "d": "Rekenschap aan de besturen",
     "e": "Mensen, lokalen en terreinen",
     "f": "Als de route niet wordt afgemaakt",
     "g": "Geldstroom",
     "i": "Verschil van inzicht",
     "j": "Nieuwe partners, einde en aanpassing"},
    [
        T("Samenwerkingsovereenkomst Groene Route Zuidwest-Fryslân"),
        S("doorlopende leerroute vmbo basisberoepsgerichte leerweg Groen – mbo Medewerker hovenier"),
        P("**Partijen**"),
        P("1. Stichting Christelijk Voortgezet Onderwijs Zuidwest-Fryslân, gevestigd te Sneek, "
          "bevoegd gezag van CSG Sudergoa, hierna: *de school*, vertegenwoordigd door de heer "
          "ir. J.T. Hoekstra, voorzitter van het college van bestuur;"),
        P("2. Stichting Agrarisch Opleidingscentrum Fryslân Grien, gevestigd te Leeuwarden, "
          "hierna: *het aoc*, vertegenwoordigd door mevrouw drs. W. Wiersma-de Vries, "
          "voorzitter van het college van bestuur."),
        P("**Overwegingen.** De school en het aoc zijn afzonderlijke rechtspersonen die sinds 2021 "
          "samenwerken in een groene leerlijn. Zij willen die leerlijn met ingang van 1 augustus "
          "2025 voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a WVO "
          "2020 en artikel 9.1.2 WEB en leggen de afspraken daarover hieronder vast. De tabel "
          "maakt deel uit van de overeenkomst; elke rij bevat een afspraak die partijen over en "
          "weer bindt."),
        TAB([
            ["Onderwerp", "Wat partijen overeenkomen"],
            ["Route en diploma's",
             "De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Groen, "
             "en leidt via het vmbo-diploma naar het diploma Medewerker hovenier (niveau 2, "
             "bbl of bol) in het opleidingsdomein Voedsel, natuur en leefomgeving. De route duurt "
             "drie jaar: twee jaar op de school, één jaar bij het aoc. Beide partijen melden de "
             "route aan in RIO."],
            ["Groene ondernemers",
             "De bij Branchevereniging VHG, regio Friesland, aangesloten hoveniersbedrijven "
             "verlenen hun medewerking aldus, dat zij de deelnemers vanaf routejaar 1 twee "
             "praktijkweken per jaar bieden en in routejaar 3 een bbl- of stageplaats bij een "
             "door SBB erkend leerbedrijf beschikbaar stellen, dat zij ieder schooljaar drie "
             "opdrachten uit de praktijk aanreiken (ontwerp en aanleg van een tuin in Sneek of "
             "omgeving) en dat twee vakmensen de praktijkexamens mede beoordelen. Het regiobestuur "
             "van de VHG wordt ieder voorjaar door de routecoördinatoren gehoord over de inhoud "
             "van het programma."],
            ["Regie over de route",
             "De regie berust bij twee routecoördinatoren, van wie één werkzaam is bij de school en "
             "één bij het aoc. Ieder college van bestuur wijst de eigen coördinator aan voor een "
             "termijn van twee schooljaren en doet van die aanwijzing schriftelijk mededeling aan "
             "het andere college. De coördinatoren zijn gezamenlijk bevoegd het jaarrooster en het "
             "gezamenlijke PTA/OER vast te stellen, over de toelating tot de route te beslissen, "
             "de lessen binnen de door de besturen toegekende formatie over de docenten te "
             "verdelen en de praktijkweken te regelen. Besluiten over de begroting, de aanstelling "
             "van personeel en de verwijdering van een deelnemer blijven aan de besturen "
             "voorbehouden."],
            ["Rekenschap aan de besturen",
             "De coördinatoren doen beide besturen jaarlijks vóór 1 november een schriftelijk "
             "verslag over het verstreken schooljaar toekomen, dat ten minste de aantallen "
             "deelnemers, de uitval en de redenen daarvan, de examenresultaten en de besteding "
             "van de in de rij Geldstroom bedoelde middelen bevat. In februari geven zij in een "
             "overleg met beide besturen mondeling rekenschap van de stand van zaken."],
            ["Mensen, lokalen en terreinen",
             "In routejaar 1 en 2 geschiedt het onderwijs in het gebouw van de school te Sneek, met "
             "wekelijks een praktijkdag op de buitenlocatie van het aoc te Joure; routejaar 3 "
             "wordt bij het aoc en in het leerbedrijf doorlopen. Een praktijkdocent hovenieren "
             "van het aoc verzorgt in routejaar 1 en 2 zes lesuren per week op de school; de "
             "mentor van de school blijft in routejaar 3 als aanspreekpunt aan de groep verbonden. "
             "De school stelt haar kas en schooltuin ter beschikking, het aoc de oefenterreinen, "
             "het klein materieel en de trekkeropstelling te Joure. Het programma en de "
             "examinering per leerjaar zijn neergelegd in het gezamenlijke PTA/OER. Iedere partij "
             "blijft werkgever van de eigen docenten."],
            ["Als de route niet wordt afgemaakt",
             "Aan een deelnemer wiens deelname voortijdig eindigt, wordt steeds een vervolg geboden "
             "dat tot een diploma leidt. In routejaar 1 en 2 is dat de basisberoepsgerichte "
             "leerweg van de school, in hetzelfde of een ander profiel. Is in routejaar 3 het "
             "vmbo-diploma niet behaald, dan kan de deelnemer bij het aoc de hoveniersopleiding of "
             "een andere groene opleiding op niveau 2 vervolgen; de vooropleidingseisen worden hem "
             "daarbij niet tegengeworpen. Verkiest hij een andere richting, dan draagt het aoc "
             "zorg voor bemiddeling naar een opleiding van gelijk niveau, bij het aoc zelf of bij "
             "een andere instelling in Friesland. Het vervolg wordt door de school en het aoc "
             "gezamenlijk bepaald, na overleg met de deelnemer en zijn ouders, met inachtneming "
             "van het bereikte niveau en de leeftijd. Verwijzing naar Entree geschiedt slechts "
             "indien een diploma op niveau 2 aantoonbaar niet haalbaar is."],
            ["Geldstroom",
             "De school draagt met toepassing van artikel 5.42a WVO 2020 voor iedere deelnemer in "
             "routejaar 1 en 2 jaarlijks \u20ac 900 over aan het aoc, naar de telling van 1 "
             "oktober. Dit bedrag is bestemd voor de lesuren van de praktijkdocent en het gebruik "
             "van de oefenterreinen en het materieel te Joure. Overigens vinden tussen partijen "
             "geen betalingen plaats."],
            ["Verschil van inzicht",
             "Een meningsverschil over de uitvoering van deze overeenkomst wordt eerst tussen de "
             "coördinatoren besproken. Is het binnen een maand niet opgelost, dan wordt het aan de "
             "beide voorzitters van de colleges van bestuur voorgelegd. Blijft het verschil "
             "daarna bestaan, dan vragen partijen gezamenlijk bindend advies aan een "
             "onafhankelijke deskundige; de kosten daarvan worden bij helfte gedragen."],
            ["Nieuwe partners, einde en aanpassing",
             "De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere "
             "vmbo-school of mbo-instelling kan als partij worden aanvaard indien beide partijen "
             "daarmee schriftelijk instemmen en de nieuwe partij deze overeenkomst mede "
             "ondertekent; haar deelname vangt aan bij het begin van een schooljaar. Iedere "
             "partij kan de overeenkomst vóór 1 augustus schriftelijk beëindigen tegen 1 augustus "
             "van het daaropvolgende jaar. Na zodanige mededeling worden geen nieuwe deelnemers "
             "toegelaten; deelnemers die de route reeds volgen, worden in staat gesteld haar af "
             "te ronden. Wijzigingen behoeven de handtekening van beide besturen en worden niet "
             "toegepast ten nadele van deelnemers die al zijn begonnen."],
        ], widths=(0.25, 0.75)),
        P("Ondertekend te Sneek op 26 juni 2025."),
        P("Voor de school: ir. J.T. Hoekstra  \nVoor het aoc: drs. W. Wiersma-de Vries"),
    ])


# =========================================================================================
# 80  Very short agreement, one page, numbered clauses without headings, Limburg (PDF)
# =========================================================================================
sample(
    80, "80_zeer_kort_een_blad", "pdf",
    "Zeer korte overeenkomst van één blad, genummerde bepalingen zonder kopjes, compacte "
    "juridische zinnen (PDF); Parkstad Limburg, Economie en ondernemen gl naar Manager/ondernemer "
    "retail niveau 4; volledig ondanks de beknoptheid, geen overdracht van middelen, geen "
    "medezeggenschapsbepaling.",
    st("p p p p p p p na p p"),
    {"a": "Partijen verzorgen gezamenlijk een doorlopende leerroute",
     "b": "Acht detailhandelsbedrijven",
     "c": "De route wordt geleid door een coördinator",
     "d": "De coördinator brengt in januari en in juni",
     "e": "De eerste twee routejaren worden gegeven",
     "f": "Wie de route niet voltooit",
     "g": "Tussen Partijen wordt geen bekostiging overgedragen",
     "i": "Verschillen van mening over de uitvoering",
     "j": "Deze overeenkomst geldt voor onbepaalde tijd"},
    [
        T("Samenwerkingsovereenkomst doorlopende leerroute Retail Parkstad"),
        P("Stichting Onderwijsgroep Heuvelland te Heerlen, bevoegd gezag van het Mergelland "
          "College (\u201cde School\u201d), en Stichting ROC Maas en Heuvel te Heerlen (\u201cde "
          "Instelling\u201d), ieder vertegenwoordigd door de voorzitter van het college van "
          "bestuur, komen het volgende overeen."),
        L("1. Partijen verzorgen gezamenlijk een doorlopende leerroute van de gemengde leerweg, "
          "profiel Economie en ondernemen, naar de opleiding Manager/ondernemer retail (niveau 4, "
          "bol) in het opleidingsdomein Handel en ondernemerschap, en melden deze gezamenlijk aan."),
        L("2. Acht detailhandelsbedrijven uit Heerlen en Kerkrade, verenigd in de "
          "Ondernemersvereniging Parkstad Centrum, bieden de deelnemers vanaf het tweede routejaar "
          "werkplekken voor de beroepspraktijkvorming, leveren jaarlijks twee opdrachten voor het "
          "ondernemersproject en treden eenmaal per jaar met de coördinator in overleg over de "
          "actualiteit van het programma."),
        L("3. De route wordt geleid door een coördinator, bijgestaan door de opleidingsmanager "
          "retail van de Instelling en de afdelingsleider vmbo van de School. De coördinator wordt "
          "op voordracht van de School door beide colleges gezamenlijk voor twee jaar aangewezen. "
          "Hij stelt rooster en lesverdeling vast, beslist over plaatsing en bevordering binnen de "
          "route en beheert het routebudget; besluiten over personeel en over verwijdering van "
          "een deelnemer blijven aan de colleges voorbehouden."),
        L("4. De coördinator brengt in januari en in juni schriftelijk verslag uit aan beide "
          "colleges over voortgang, resultaten, uitval en uitgaven; het verslag van juni wordt "
          "mondeling toegelicht in het bestuurlijk overleg van juli."),
        L("5. De eerste twee routejaren worden gegeven in het gebouw van de School, de laatste twee "
          "bij de Instelling, beide te Heerlen. Twee docenten retail van de Instelling geven in de "
          "vo-fase elk vier lesuren per week; de docenten Nederlands en Engels van de School "
          "blijven in de mbo-fase aan de groep verbonden. De leerwinkel van de Instelling en het "
          "praktijklokaal met kassasystemen van de School staan over en weer ter beschikking. "
          "Programma en examinering per leerjaar liggen vast in het gezamenlijke PTA/OER."),
        L("6. Wie de route niet voltooit, vervolgt zijn opleiding, zolang hij zich in de vo-fase "
          "bevindt, in de gemengde of kaderberoepsgerichte leerweg van de School, gericht op het "
          "vmbo-diploma, en daarna in "
          "een opleiding van niveau 3 of 4 bij de Instelling, zonder toepassing van de "
          "vooropleidingseisen, of door bemiddeling elders. School en Instelling bepalen het "
          "vervolg gezamenlijk, na overleg met de deelnemer en zijn ouders, naar het bereikte "
          "niveau en de leeftijd."),
        L("7. Tussen Partijen wordt geen bekostiging overgedragen; ieder draagt de lasten van het "
          "eigen personeel en de eigen voorzieningen."),
        L("8. Verschillen van mening over de uitvoering worden voorgelegd aan het bestuurlijk "
          "overleg; leidt dit niet binnen zes weken tot een oplossing, dan beslist een door "
          "Partijen gezamenlijk aangewezen deskundige bij wege van bindend advies."),
        L("9. Deze overeenkomst geldt voor onbepaalde tijd. Een andere school of instelling kan "
          "met schriftelijke instemming van beide Partijen toetreden per 1 augustus. Opzegging "
          "geschiedt schriftelijk tegen 1 augustus met een termijn van een jaar; wijziging "
          "uitsluitend schriftelijk door beide Partijen. Deelnemers die zijn ingestroomd, ronden "
          "de route in elk geval bij Partijen af; na opzegging stroomt niemand meer in."),
        P("Heerlen, 27 juni 2025. Voor de School: drs. P.M.J. Vranken. Voor de Instelling: "
          "mr. L.A.H. Coenen-Smeets."),
    ])


# =========================================================================================
# 81  Long three-party agreement with recitals and annexes; overstap under an unrelated
#     heading (Begeleiding van leerlingen en studenten), Eemland, bouw (DOCX)
# =========================================================================================
sample(
    81, "81_lang_drie_partijen_bijlagen", "docx",
    "Lange driepartijenovereenkomst van een advocatenkantoor met considerans, begripsbepalingen, "
    "artikelen met leden en twee bijlagen (DOCX); Amersfoort/Eemland, Bouwen wonen en interieur "
    "bb en kb naar Timmerman niveau 2 en Allround timmerman niveau 3; volledig, de overstapregeling "
    "staat onder de kop Begeleiding van leerlingen en studenten, arbitrage, overdracht in twee "
    "richtingen, gemeenschappelijke klankbordcommissie voor inspraak.",
    st("p p p p p p p p p p"),
    {"a": "Artikel 2 Onderwerp",
     "b": "Artikel 4 Betrokkenheid van de bouwsector",
     "c": "Artikel 5 Regiegroep en routemanager",
     "d": "Artikel 6 Informatie en verantwoording",
     "e": "Artikel 7 Onderwijs, personeel en voorzieningen",
     "f": "Artikel 9 Begeleiding van leerlingen en studenten",
     "g": "Artikel 10 Middelen",
     "h": "Artikel 11 Stem van leerlingen, ouders en personeel",
     "i": "Artikel 12 Beslechting van meningsverschillen",
     "j": "Artikel 13 Kring van partijen, looptijd en aanpassing"},
    [
        T("SAMENWERKINGSOVEREENKOMST BOUWROUTE EEMLAND"),
        S("inzake de doorlopende leerroutes vmbo-mbo Bouwen, wonen en interieur – Timmerman en "
          "Allround timmerman"),
        P("DE ONDERGETEKENDEN:"),
        L("1. Stichting Openbaar Voortgezet Onderwijs Eemland, gevestigd te Amersfoort, ten deze "
          "rechtsgeldig vertegenwoordigd door haar bestuurder, de heer drs. K.W. van Brummelen, "
          "handelend in haar hoedanigheid van bevoegd gezag van het Vathorst Vakcollege te "
          "Amersfoort, hierna te noemen: \u201cSchool A\u201d;"),
        L("2. Vereniging voor Christelijk Voortgezet Onderwijs Gelderse Vallei, gevestigd te "
          "Barneveld, ten deze rechtsgeldig vertegenwoordigd door de voorzitter van het college "
          "van bestuur, mevrouw ir. G.J. Hazeleger, handelend in haar hoedanigheid van bevoegd "
          "gezag van het Johannes Calvijn Vakcollege te Barneveld, hierna te noemen: "
          "\u201cSchool B\u201d;"),
        L("3. Stichting Regionaal Opleidingencentrum Eem en Vallei, gevestigd te Amersfoort, ten "
          "deze rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de "
          "heer mr. F.P. Zwanikken, hierna te noemen: \u201cde Instelling\u201d;"),
        P("School A en School B hierna ieder ook te noemen: \u201cde School\u201d en tezamen "
          "\u201cde Scholen\u201d; de Scholen en de Instelling hierna tezamen te noemen: "
          "\u201cPartijen\u201d;"),
        P("IN AANMERKING NEMENDE DAT:"),
        L("a. de bouw- en afbouwsector in de regio Amersfoort en de Gelderse Vallei een "
          "aanhoudende vraag naar vakkrachten kent en Partijen daarop gezamenlijk willen "
          "inspelen;"),
        L("b. Partijen sinds 2018 samenwerken in het kader van een vakmanschapsroute en die "
          "samenwerking wensen om te zetten in doorlopende leerroutes als bedoeld in artikel "
          "2.107a WVO 2020 en artikel 9.1.2 WEB;"),
        L("c. de samenwerking niet afhankelijk mag zijn van de personen die haar thans dragen en "
          "Partijen daarom hun afspraken volledig en schriftelijk wensen vast te leggen;"),
        P("KOMEN OVEREEN ALS VOLGT:"),

        H("Artikel 1 Definities"),
        L("1. Route: elk van de doorlopende leerroutes, omschreven in artikel 2."),
        L("2. Deelnemer: de leerling of student die aan een Route deelneemt."),
        L("3. vo-fase en mbo-fase: onderscheidenlijk de eerste twee en de daaropvolgende "
          "routejaren."),
        L("4. Regiegroep, Routemanager: de organen bedoeld in artikel 5."),
        L("5. Colleges: de colleges van bestuur van Partijen, voor School A ook de bestuurder."),

        H("Artikel 2 Onderwerp"),
        L("1. Partijen verzorgen gezamenlijk de volgende Routes:"),
        L("a. vanuit de basisberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, naar de "
          "basisberoepsopleiding Timmerman (niveau 2) in het opleidingsdomein Bouw en infra;"),
        L("b. vanuit de kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, naar de "
          "vakopleiding Allround timmerman (niveau 3) in hetzelfde opleidingsdomein."),
        L("2. Beide Routes vangen aan in het derde leerjaar van de School en worden in de "
          "mbo-fase zowel in de beroepsopleidende als in de beroepsbegeleidende leerweg "
          "aangeboden."),

        H("Artikel 3 Melding en registratie"),
        L("1. Iedere School meldt de Routes afzonderlijk met de Instelling aan de Minister via "
          "RIO; de Instelling draagt zorg voor haar eigen registratie."),

        H("Artikel 4 Betrokkenheid van de bouwsector"),
        L("1. Bouwend Nederland, afdeling Eemland, Stichting Bouwopleidingen Midden-Nederland als "
          "praktijkopleider en woningcorporatie Eemwoning hebben bij afzonderlijke verklaring "
          "toegezegd aan de Routes mee te werken."),
        L("2. Deze partners stellen in het tweede routejaar ten minste vijftien "
          "snuffelplaatsen en in de mbo-fase leerwerkplaatsen bij erkende leerbedrijven "
          "beschikbaar, stellen jaarlijks een renovatieproject van Eemwoning open als "
          "praktijkopdracht voor het tweede en derde routejaar en leveren praktijkbeoordelaars "
          "voor de proeven van bekwaamheid."),
        L("3. De Regiegroep vormt met de in het eerste lid genoemde partners een adviescommissie "
          "bouw, die tweemaal per jaar bijeenkomt en gevraagd en ongevraagd adviseert over de "
          "inhoud van het programma, de keuzedelen en de aansluiting op de arbeidsmarkt."),

        H("Artikel 5 Regiegroep en routemanager"),
        L("1. De Routes staan onder leiding van een Regiegroep, bestaande uit de directeuren van de "
          "Scholen en de directeur van het college Bouw en Techniek van de Instelling. De leden "
          "worden door het College van de Partij waaruit zij afkomstig zijn aangewezen; een "
          "plaatsvervanger wordt op dezelfde wijze aangewezen."),
        L("2. De Regiegroep stelt, na instemming van de Colleges, een Routemanager aan, die met "
          "de dagelijkse uitvoering is belast. De Routemanager is in dienst van de Instelling en "
          "woont de vergaderingen van de Regiegroep met raadgevende stem bij."),
        L("3. De Colleges dragen aan de Regiegroep op: de vaststelling van het jaarplan en van het "
          "gezamenlijke PTA/OER per Route, het besluit over de omvang van de instroom, de verdeling "
          "van de formatie over de Partijen binnen de door de Colleges vastgestelde kaders en de "
          "vaststelling van de bijdragen, bedoeld in artikel 10, binnen de daar genoemde bedragen. "
          "De Routemanager beslist over roosters, groepsindeling en plaatsing in de praktijk."),
        L("4. Besluiten met gevolgen voor de rechtspositie van personeel, het aangaan van "
          "verplichtingen jegens derden boven \u20ac 25.000 en besluiten over de beëindiging van "
          "de deelname van een Deelnemer zijn voorbehouden aan het bevoegde College."),

        H("Artikel 6 Informatie en verantwoording"),
        L("1. De Routemanager zendt de Colleges na afloop van ieder kwartaal een beknopte "
          "voortgangsrapportage met de kengetallen over instroom, verzuim en voortijdig vertrek."),
        L("2. De Regiegroep legt jaarlijks vóór 1 december een inhoudelijk en financieel "
          "jaarverslag over het verstreken schooljaar aan de Colleges over. De Colleges bespreken "
          "het jaarverslag in het bestuurlijk overleg van december en verlenen de Regiegroep, "
          "indien daartoe grond bestaat, décharge."),

        H("Artikel 7 Onderwijs, personeel en voorzieningen"),
        L("1. De vo-fase wordt verzorgd op de locaties van de Scholen te Amersfoort en Barneveld; "
          "vanaf het tweede routejaar volgen Deelnemers twee dagen per week onderwijs in het "
          "bouwpraktijkcentrum van de Instelling aan de Nijverheidsweg te Amersfoort. De mbo-fase "
          "wordt verzorgd door de Instelling en in de leerbedrijven. Bijlage 1 geeft per leerjaar "
          "aan welke onderdelen vo-, mbo- of gecombineerde onderdelen zijn en waar zij worden "
          "geëxamineerd."),
        L("2. Het onderwijs wordt per Route verzorgd door één docententeam. De Instelling zet "
          "instructeurs timmeren en een docent bouwkunde in voor de praktijkdagen in de vo-fase; "
          "de Scholen zetten hun docenten Nederlands, rekenen en loopbaanoriëntatie in voor de "
          "Deelnemers in de mbo-fase die het vmbo-examen nog niet hebben afgerond. Partijen "
          "maken voor de vakoverstijgende projecten gebruik van de teambevoegdheid; het PTA/OER "
          "vermeldt per project de verantwoordelijke bevoegde docent."),
        L("3. Het bouwpraktijkcentrum met zijn machinale houtbewerking en het steigerterrein van "
          "de Instelling zijn op de praktijkdagen voor Deelnemers uit de vo-fase beschikbaar; de "
          "techniekwerkplaatsen van de Scholen staan open voor herkansingen en bijlessen van "
          "Deelnemers in de mbo-fase. Veiligheidsinstructies en persoonlijke beschermingsmiddelen "
          "worden door de Instelling verzorgd."),
        L("4. Personeel blijft in dienst van de Partij die het heeft aangesteld."),

        H("Artikel 8 Examinering en klachten"),
        L("1. De School draagt de verantwoordelijkheid voor de vmbo-examinering en -diplomering, "
          "ook ten aanzien van een oud-leerling die reeds bij de Instelling is ingeschreven; de "
          "Instelling voor de mbo-examinering en -diplomering."),
        L("2. Een klacht over de gedraging van een medewerker van een andere Partij wordt door de "
          "Partij die haar ontvangt onverwijld doorgezonden aan die andere Partij, die haar "
          "overeenkomstig de eigen klachtenregeling behandelt."),

        H("Artikel 9 Begeleiding van leerlingen en studenten"),
        L("1. Iedere Deelnemer heeft een vaste mentor van de School, die in het derde routejaar "
          "samen met de studieloopbaanbegeleider van de Instelling de begeleiding voortzet."),
        L("2. Eindigt de deelname aan een Route voordat de Deelnemer haar met goed gevolg heeft "
          "afgerond, dan stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te "
          "behalen dat aansluit bij het bereikte onderwijsniveau en zijn leeftijd. Daartoe staan "
          "in ieder geval de volgende wegen open:"),
        L("a. in de vo-fase: voortzetting van de basis- of kaderberoepsgerichte leerweg aan de "
          "School, in hetzelfde of een ander profiel, dan wel plaatsing in de andere Route;"),
        L("b. na het derde routejaar zonder vmbo-diploma: voortzetting van de mbo-opleiding of "
          "instroom in een andere opleiding van de Instelling op niveau 2 of 3, zonder toepassing "
          "van de vooropleidingseisen, dan wel herhaling van het examenjaar aan de School;"),
        L("c. bij een andere beroepskeuze: een opleiding van gelijk niveau in een ander "
          "opleidingsdomein bij de Instelling of, na geschiktheidsonderzoek, bij een andere "
          "instelling."),
        L("3. Welke weg wordt gevolgd, wordt door de School en de Instelling gezamenlijk vastgesteld "
          "nadat de mentor en de studieloopbaanbegeleider een gesprek hebben gevoerd met de "
          "Deelnemer en diens ouders. De uitkomst wordt schriftelijk aan de Deelnemer "
          "bevestigd; de School en de Instelling dragen zorg voor een warme overdracht."),
        L("4. De Scholen nemen de werkwijze van dit artikel op in hun schoolgids, de Instelling in "
          "haar studiegids."),

        H("Artikel 10 Middelen"),
        L("1. Iedere School draagt met toepassing van artikel 5.42a WVO 2020 voor iedere "
          "Deelnemer in het tweede routejaar \u20ac 1.150 over aan de Instelling, ter dekking van "
          "de inzet van de instructeurs en de docent bouwkunde, het gebruik van het "
          "bouwpraktijkcentrum en de verbruiksmaterialen."),
        L("2. De Instelling draagt met toepassing van artikel 9.1.15 WEB voor iedere student die "
          "bij aanvang van het derde routejaar het vmbo-diploma nog niet heeft behaald "
          "\u20ac 450 over aan de School waar hij het eindexamen aflegt, ter dekking van "
          "examenbegeleiding en herkansingen."),
        L("3. De aantallen worden bepaald naar de stand op 1 oktober. Bijlage 2 bevat het "
          "betalingsschema. Overige kosten komen voor rekening van de Partij die ze maakt."),

        H("Artikel 11 Stem van leerlingen, ouders en personeel"),
        L("1. De wettelijke bevoegdheden van de medezeggenschapsraden van de Scholen en van de "
          "studentenraad, de ondernemingsraad en de ouderraad van de Instelling blijven "
          "onverminderd van kracht."),
        L("2. Partijen stellen daarnaast een gemeenschappelijke klankbordcommissie in, waarin elk "
          "van de in het eerste lid genoemde raden twee leden afvaardigt. Voorgenomen besluiten "
          "van de Regiegroep over de inrichting of de omvang van de Routes worden aan deze "
          "commissie voor advies voorgelegd."),
        L("3. Deelnemers die in de vo-fase als leerling staan ingeschreven, zijn verkiesbaar voor "
          "de studentenraad van de Instelling, met dien verstande dat zij daarin slechts adviseren "
          "over aangelegenheden die de Routes betreffen."),


        H("Artikel 12 Beslechting van meningsverschillen"),
        L("1. Een meningsverschil tussen Partijen over de uitvoering van deze overeenkomst wordt "
          "eerst in de Regiegroep besproken. Bereikt de Regiegroep binnen zes weken geen "
          "overeenstemming, dan schrijft de meest gerede Partij een bestuurlijk overleg van de "
          "Colleges uit, dat binnen vier weken plaatsvindt."),
        L("2. Indien ook het bestuurlijk overleg niet binnen acht weken tot een oplossing leidt, "
          "wordt het geschil beslecht door arbitrage overeenkomstig het Arbitragereglement van het "
          "Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit drie arbiters, de plaats "
          "van arbitrage is Utrecht en de arbiters beslissen als goede personen naar billijkheid."),
        L("3. Hangende het geschil zetten Partijen de uitvoering van de Routes voort."),

        H("Artikel 13 Kring van partijen, looptijd en aanpassing"),
        L("1. Deze overeenkomst vangt aan op 1 augustus 2025 en wordt aangegaan voor onbepaalde "
          "tijd."),
        L("2. Een andere school voor vbo of mavo dan wel een andere instelling kan tot deze "
          "overeenkomst toetreden indien zij het profiel Bouwen, wonen en interieur onderscheidenlijk "
          "de opleidingen, bedoeld in artikel 2, verzorgt, zij het jaarverslag van het laatste "
          "schooljaar heeft ontvangen en alle Partijen schriftelijk instemmen. De toetreding wordt "
          "vastgelegd in een door alle Partijen ondertekende akte en gaat in per 1 augustus."),
        L("3. Iedere Partij kan haar deelneming tegen 1 augustus van enig jaar opzeggen met een "
          "termijn van ten minste vijftien maanden. De overeenkomst wordt dan tussen de overige "
          "Partijen voortgezet, tenzij daardoor geen school en instelling meer resteren."),
        L("4. Een Partij kan de overeenkomst ontbinden indien een andere Partij, na schriftelijke "
          "ingebrekestelling met een termijn van drie maanden, in de nakoming van een wezenlijke "
          "verplichting tekortschiet; de ontbinding werkt niet eerder dan tegen het einde van het "
          "lopende schooljaar."),
        L("5. Bij opzegging of ontbinding vindt voor de betrokken Partij geen nieuwe instroom meer "
          "plaats. Deelnemers die de Route reeds volgen, ronden haar af onder de voorwaarden die "
          "bij hun instroom golden; de uittredende Partij blijft daaraan meewerken en de bijdragen, "
          "bedoeld in artikel 10, voor hen voldoen."),
        L("6. Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke overeenkomst tussen "
          "alle Partijen, na advies van de klankbordcommissie. Wijzigingen die het programma "
          "betreffen, treden in werking bij het begin van een schooljaar en gelden niet voor "
          "Deelnemers die al zijn ingestroomd, tenzij zij daardoor niet worden benadeeld."),

        H("Artikel 14 Slotbepalingen"),
        L("De bijlagen maken deel uit van deze overeenkomst; bij strijdigheid prevaleert de "
          "overeenkomst. Op deze overeenkomst is Nederlands recht van toepassing."),
        P("Aldus overeengekomen en in drievoud ondertekend te Amersfoort op 30 juni 2025."),
        P("School A: drs. K.W. van Brummelen — School B: ir. G.J. Hazeleger — Instelling: "
          "mr. F.P. Zwanikken"),

        H("Bijlage 1 Programma per routejaar"),
        TAB([["Routejaar", "Route a (bb – Timmerman niveau 2)", "Route b (kb – Allround timmerman niveau 3)"],
             ["1", "School: profielvakken BWI, keuzevakken timmeren; vo-onderdelen",
              "School: profielvakken BWI, keuzevak bouwkunde; vo-onderdelen"],
             ["2", "School en twee dagen bouwpraktijkcentrum; centraal examen; eerste "
              "mbo-onderdelen (gecombineerd)",
              "School en twee dagen bouwpraktijkcentrum; centraal examen; mbo-onderdelen "
              "maatvoering (gecombineerd)"],
             ["3", "Instelling en leerbedrijf; proeve van bekwaamheid niveau 2",
              "Instelling en leerbedrijf; mbo-onderdelen niveau 3"],
             ["4", "—", "Instelling en leerbedrijf; proeve van bekwaamheid niveau 3"]],
            widths=(0.14, 0.43, 0.43)),
        H("Bijlage 2 Betalingsschema"),
        TAB([["Overdracht", "Bedrag", "Peildatum", "Betaling"],
             ["School A en School B aan Instelling (art. 10 lid 1)", "\u20ac 1.150 per Deelnemer "
              "in routejaar 2", "1 oktober", "50% vóór 1 december, 50% vóór 1 april"],
             ["Instelling aan School (art. 10 lid 2)", "\u20ac 450 per student zonder vmbo-diploma "
              "bij aanvang routejaar 3", "1 oktober", "in één termijn vóór 1 januari"]],
            widths=(0.30, 0.28, 0.14, 0.28)),
    ])


# =========================================================================================
# 82  Paragraph (§) structure, vakinstelling, Haaglanden, horeca (TXT)
# =========================================================================================
sample(
    82, "82_paragrafen_vakinstelling", "txt",
    "Overeenkomst met een vakinstelling in paragraafvorm (§ en leden tussen haakjes), platte "
    "tekst (TXT); Haaglanden, Horeca bakkerij en recreatie kb naar Zelfstandig werkend kok "
    "niveau 3; volledig, routedirecteur met benoemingsadviescommissie, overdracht als percentage "
    "van de bekostiging, extra vertegenwoordiging van leerlingen.",
    st("p p p p p p p p p p"),
    {"a": "§ 2 De opleiding",
     "b": "§ 3 Gastronomie in de regio",
     "c": "§ 4 Gezag over de route",
     "d": "§ 5 Verslaglegging",
     "e": "§ 6 Keuken, bediening en docenten",
     "f": "§ 7 Een andere weg naar een diploma",
     "g": "§ 8 Vergoedingen",
     "h": "§ 9 Vertegenwoordiging van leerlingen en studenten",
     "i": "§ 10 Conflictregeling",
     "j": "§ 11 Uitbreiding, beëindiging en herziening"},
    [
        T("Samenwerkingsovereenkomst Koksroute Haaglanden"),
        S("doorlopende leerroute vmbo-mbo – versie vastgesteld 23 juni 2025"),
        P("Ondergetekenden:"),
        L("(1) Stichting Openbaar Voortgezet Onderwijs Haaglanden-West, gevestigd te "
          "'s-Gravenhage, bevoegd gezag van het Vakcollege Zuiderpark, te dezen vertegenwoordigd "
          "door de voorzitter van het college van bestuur, mevrouw mr. S.E. Bakker-Ramdin, "
          "hierna: de School;"),
        L("(2) Stichting Vakinstelling Gastvrijheid Haaglanden, gevestigd te 's-Gravenhage, "
          "instelling voor beroepsonderwijs in de zin van artikel 1.1.1 WEB, te dezen "
          "vertegenwoordigd door haar bestuurder, de heer drs. E.J. van der Kooij, hierna: de "
          "Vakinstelling;"),
        P("overwegende dat de School en de Vakinstelling sedert 2020 samenwerken in een "
          "horecaklas en deze samenwerking willen voortzetten als doorlopende leerroute vmbo-mbo "
          "in de zin van de WVO 2020 en de WEB, zijn het volgende overeengekomen."),

        H("§ 1 Begrippen"),
        P("Route: de doorlopende leerroute, omschreven in § 2. Deelnemer: de leerling of student "
          "die de Route volgt. Routedirecteur: de functionaris bedoeld in § 4. Besturen: de "
          "colleges van bestuur onderscheidenlijk de bestuurder van partijen."),

        H("§ 2 De opleiding"),
        L("(1) De Route vangt aan in het derde leerjaar van de kaderberoepsgerichte leerweg, "
          "profiel Horeca, bakkerij en recreatie, en voert tot het vmbo-diploma en het diploma van "
          "de vakopleiding Zelfstandig werkend kok (niveau 3, bol) in het opleidingsdomein Horeca "
          "en bakkerij."),
        L("(2) De Route omvat vier leerjaren. Het centraal examen vmbo wordt in het tweede "
          "routejaar afgelegd. Partijen melden de Route gezamenlijk aan de Minister."),

        H("§ 3 Gastronomie in de regio"),
        L("(1) Het programma wordt mede vormgegeven met de restaurants en hotels die zijn "
          "aangesloten bij Koninklijke Horeca Nederland, afdeling Den Haag, en met de cateraar "
          "Hofstad Catering, die daartoe een convenant met de Vakinstelling hebben gesloten."),
        L("(2) Deze bedrijven ontvangen de Deelnemers in het eerste en tweede routejaar voor "
          "meewerkdagen, stellen in het derde en vierde routejaar plaatsen voor de "
          "beroepspraktijkvorming beschikbaar bij door SBB erkende leerbedrijven, verzorgen per "
          "schooljaar ten minste zes masterclasses door chef-koks en leveren de externe "
          "beoordelaars voor de proeve van bekwaamheid."),
        L("(3) Een uit hun midden gekozen klankbordgroep van drie chefs wordt elk voorjaar door de "
          "Routedirecteur geraadpleegd over de inhoud van het programma en de keuzedelen."),

        H("§ 4 Gezag over de route"),
        L("(1) De Route staat onder het gezag van een Routedirecteur, bijgestaan door een "
          "plaatsvervanger die werkzaam is bij de partij waarbij de Routedirecteur niet in dienst "
          "is. Zij vormen tezamen de routeleiding."),
        L("(2) De Routedirecteur en de plaatsvervanger worden door de Besturen gezamenlijk "
          "benoemd, op voordracht van een benoemingsadviescommissie bestaande uit twee "
          "vertegenwoordigers van ieder der partijen, voor een periode van vier jaar. Schorsing "
          "en ontslag uit de functie geschieden eveneens door de Besturen gezamenlijk."),
        L("(3) De Routedirecteur is, met inachtneming van de jaarlijks door de Besturen "
          "vastgestelde begroting en formatie, bevoegd tot: het vaststellen van het jaarrooster en "
          "van het gezamenlijke PTA/OER; het toelaten van leerlingen tot de Route; het "
          "toewijzen van docenten aan de onderdelen van het programma; het aangaan van "
          "afspraken met leerbedrijven; en het doen van uitgaven tot \u20ac 10.000 per geval."),
        L("(4) Personele besluiten, besluiten tot verwijdering en besluiten die de begroting te "
          "boven gaan, behoeven een besluit van het Bestuur dat het aangaat."),

        H("§ 5 Verslaglegging"),
        L("(1) Na ieder trimester zendt de Routedirecteur aan beide Besturen een schriftelijke "
          "rapportage over het aantal Deelnemers, de aanwezigheid, de studievoortgang, het "
          "voortijdig vertrek en de uitputting van de begroting."),
        L("(2) Jaarlijks vóór 1 oktober legt de Routedirecteur een jaarverslag over het "
          "afgelopen schooljaar over, dat in een gezamenlijke vergadering van de Besturen in "
          "oktober wordt besproken; de Routedirecteur legt daarin verantwoording af over het "
          "gevoerde beheer."),

        H("§ 6 Keuken, bediening en docenten"),
        L("(1) Het eerste routejaar wordt verzorgd in het gebouw van de School aan de "
          "Mozartlaan; vanaf het tweede routejaar volgen Deelnemers drie dagen per week onderwijs "
          "in het opleidingsgebouw van de Vakinstelling aan de Fruitweg, waar ook de mbo-fase "
          "plaatsvindt. Het programma en de examinering per leerjaar zijn beschreven in het "
          "PTA/OER."),
        L("(2) De Vakinstelling zet voor de praktijklessen koken en gastheerschap haar "
          "chef-docenten in, ook in het eerste routejaar; de School zet voor de algemene vakken "
          "in de eerste twee routejaren haar eigen leraren in en laat haar mentor de Deelnemers "
          "tot aan het vmbo-diploma begeleiden. Partijen werken in de vakoverstijgende "
          "projecten Eigen restaurant en Streekproducten met één team; het PTA/OER wijst per "
          "project de bevoegde docent aan."),
        L("(3) Deelnemers gebruiken de leerkeukens, het leerrestaurant De Fruitschaal en de "
          "banketbakkerij van de Vakinstelling; de Vakinstelling kan voor examens beschikken over "
          "de praktijkkeuken van de School. Ieder blijft werkgever van het eigen personeel."),

        H("§ 7 Een andere weg naar een diploma"),
        L("(1) Verlaat een Deelnemer de Route voortijdig, dan stellen partijen hem in staat een "
          "diploma te behalen dat past bij het bereikte onderwijsniveau en bij zijn leeftijd."),
        L("(2) In de eerste twee routejaren kan hij de kaderberoepsgerichte of de "
          "basisberoepsgerichte leerweg aan de School voortzetten of overstappen naar een ander "
          "profiel. Na het tweede routejaar kan hij, ook zonder vmbo-diploma, bij de Vakinstelling "
          "de opleiding Kok (niveau 2) of een andere opleiding van niveau 2 of 3 volgen; de "
          "vooropleidingseisen worden daarbij buiten toepassing gelaten. Wenst hij een andere "
          "richting, dan bemiddelt de Vakinstelling naar een opleiding van gelijk niveau bij een "
          "regionaal opleidingencentrum in Haaglanden."),
        L("(3) De keuze wordt gemaakt in een gesprek tussen de Deelnemer, zijn ouders, de mentor "
          "van de School en de loopbaanbegeleider van de Vakinstelling; School en Vakinstelling "
          "stellen het vervolg daarna gezamenlijk vast. De werkwijze wordt in de schoolgids "
          "beschreven."),

        H("§ 8 Vergoedingen"),
        L("(1) De School draagt met toepassing van artikel 5.42a WVO 2020 voor iedere Deelnemer "
          "die op 1 oktober in het tweede routejaar staat ingeschreven twaalf procent van het "
          "bedrag over dat zij voor die leerling als personele en materiële bekostiging ontvangt."),
        L("(2) De overgedragen middelen worden door de Vakinstelling uitsluitend besteed aan de "
          "inzet van chef-docenten in de vo-fase, de ingrediënten voor de praktijklessen en het "
          "gebruik van de leerkeukens. De Vakinstelling legt over de besteding rekenschap af in "
          "het jaarverslag bedoeld in § 5."),

        H("§ 9 Vertegenwoordiging van leerlingen en studenten"),
        L("(1) Deelnemers die nog als leerling van de School staan ingeschreven en meer dan de "
          "helft van hun onderwijs bij de Vakinstelling volgen, kiezen uit hun midden een "
          "vertegenwoordiger die met raadgevende stem deelneemt aan de studentenraad van de "
          "Vakinstelling."),
        L("(2) Het jaarverslag bedoeld in § 5 wordt ter bespreking gezonden aan de "
          "medezeggenschapsraad van de School en de studentenraad van de Vakinstelling."),

        H("§ 10 Conflictregeling"),
        L("(1) Verschillen van inzicht tussen partijen over de uitvoering van deze overeenkomst "
          "worden in eerste instantie door de Routedirecteur met de directeuren van de School en "
          "de Vakinstelling besproken, daarna door de Besturen."),
        L("(2) Leidt bestuurlijk overleg niet binnen zes weken tot overeenstemming, dan wordt het "
          "geschil onderworpen aan mediation door een mediator die is ingeschreven in het register "
          "van de Mediatorsfederatie Nederland. Mislukt de mediation, dan is de rechtbank Den Haag "
          "bevoegd."),

        H("§ 11 Uitbreiding, beëindiging en herziening"),
        L("(1) Deze overeenkomst geldt voor onbepaalde tijd vanaf 1 augustus 2025."),
        L("(2) Een andere school of instelling kan als partij aansluiten indien zij een "
          "verwante opleiding verzorgt, beide partijen schriftelijk instemmen en de "
          "aansluitende partij deze overeenkomst medeondertekent. Aansluiting geschiedt per 1 "
          "augustus."),
        L("(3) Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 31 juli van enig "
          "schooljaar met een opzegtermijn van ten minste twaalf maanden. Na opzegging worden "
          "geen nieuwe Deelnemers toegelaten; wie de Route al volgt, kan deze bij partijen "
          "afronden, en §§ 6 tot en met 8 blijven voor hen van kracht."),
        L("(4) Herziening van deze overeenkomst geschiedt schriftelijk, na bespreking in de "
          "gezamenlijke vergadering van de Besturen; een herziening gaat in bij het begin van een "
          "schooljaar en doet geen afbreuk aan de positie van Deelnemers die de Route al volgen."),

        P("Aldus overeengekomen en ondertekend te 's-Gravenhage op 23 juni 2025."),
        P("Voor de School: mr. S.E. Bakker-Ramdin        Voor de Vakinstelling: drs. E.J. van der Kooij"),
    ])


# =========================================================================================
# 83  DEFECTIVE: articles with headings that do not name the topic, Zaanstreek, mobiliteit
#     (PDF). b weak (intention + deferral), g missing (nothing about money at all).
# =========================================================================================
sample(
    83, "83_koppen_zonder_onderwerp_gebreken", "pdf",
    "Artikelen met koppen die het onderwerp niet noemen (Grondslag, Sturing, Informatieplicht, "
    "Vervolgtraject) (PDF); Zaanstreek, Mobiliteit en transport kb naar Eerste autotechnicus "
    "niveau 3; gebreken: bedrijfsleven alleen als streven met uitgestelde invulling (b zwak), over "
    "geld en overdracht van bekostiging wordt niets gezegd (g ontbreekt).",
    st("p w p p p p m p p p"),
    {"a": "Artikel 2 Reikwijdte",
     "c": "Artikel 4 Sturing",
     "d": "Artikel 5 Informatieplicht",
     "e": "Artikel 6 Uitvoering",
     "f": "Artikel 7 Vervolgtraject",
     "h": "Artikel 8 Zeggenschap van betrokkenen",
     "i": "Artikel 9 Onenigheid",
     "j": "Artikel 10 Duur en einde"},
    [
        T("OVEREENKOMST"),
        S("tot het gezamenlijk verzorgen van de Autoroute Zaanstreek"),
        P("Partijen:"),
        L("1. Stichting Openbaar Voortgezet Onderwijs Zaanstad, gevestigd te Zaandam, bevoegd "
          "gezag van het Zaan Vakcollege, vertegenwoordigd door de voorzitter van het college van "
          "bestuur, de heer drs. T. Kaya, hierna: \u201cde School\u201d;"),
        L("2. Stichting Regionaal Opleidingencentrum Zaan en IJ, gevestigd te Zaandam, "
          "vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw dr. I.M. "
          "Schermer, hierna: \u201cde Instelling\u201d;"),
        P("nemen het volgende in aanmerking: de School en de Instelling willen leerlingen met "
          "belangstelling voor de autotechniek een ononderbroken leerweg naar een vakdiploma "
          "bieden en leggen daartoe hun afspraken vast in deze overeenkomst, die strekt tot "
          "uitvoering van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB."),

        H("Artikel 1 Grondslag"),
        L("1. Deze overeenkomst regelt de samenwerking van Partijen bij het verzorgen van de "
          "Autoroute Zaanstreek, hierna: de Route."),
        L("2. Onder Deelnemer wordt verstaan de leerling of student die de Route volgt; onder "
          "Kernteam het orgaan, bedoeld in artikel 4."),

        H("Artikel 2 Reikwijdte"),
        L("1. De Route is een doorlopende leerroute die aanvangt in het derde leerjaar van de "
          "kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, en leidt tot het "
          "vmbo-diploma en het diploma van de vakopleiding Eerste autotechnicus (niveau 3, bol) "
          "in het opleidingsdomein Mobiliteit en voertuigen."),
        L("2. Partijen melden de Route gezamenlijk aan de Minister via RIO."),

        H("Artikel 3 Maatschappelijke inbedding"),
        L("1. Partijen onderkennen het belang van een goede aansluiting van de Route op de "
          "praktijk van de autobranche in de Zaanstreek."),
        L("2. Zij streven ernaar regionale autobedrijven en de branche bij de invulling van de "
          "Route te betrekken en zullen in de loop van het eerste routejaar bezien in welke vorm "
          "dat het beste kan geschieden."),

        H("Artikel 4 Sturing"),
        L("1. De Route wordt aangestuurd door een Kernteam, bestaande uit de teamleider "
          "Mobiliteit van de School, de opleidingsmanager Autotechniek van de Instelling en een "
          "trajectbegeleider."),
        L("2. De teamleider en de opleidingsmanager worden voor hun taak in het Kernteam "
          "aangewezen door het college van bestuur van de Partij waarbij zij in dienst zijn. De "
          "trajectbegeleider wordt door de colleges van bestuur van beide Partijen gezamenlijk "
          "aangewezen, voor een termijn van twee schooljaren."),
        L("3. Het Kernteam stelt het gezamenlijke PTA/OER en het jaarrooster vast, beslist over "
          "de toelating van leerlingen tot de Route, deelt de docenten binnen de door de colleges "
          "van bestuur vastgestelde formatie in en regelt de uitwisseling van lokalen en "
          "apparatuur. Besluiten over de aanstelling van personeel en over de verwijdering van "
          "een Deelnemer worden door het bevoegde college van bestuur genomen."),

        H("Artikel 5 Informatieplicht"),
        L("1. Het Kernteam zendt beide colleges van bestuur vóór 1 februari en vóór 1 september "
          "een schriftelijke voortgangsbrief, waarin in elk geval de in-, door- en uitstroom, de "
          "examenresultaten en de knelpunten in de uitvoering worden vermeld."),
        L("2. Eenmaal per jaar, in oktober, legt het Kernteam in een evaluatiegesprek met beide "
          "colleges van bestuur verantwoording af over het afgelopen schooljaar."),

        H("Artikel 6 Uitvoering"),
        L("1. De eerste twee routejaren worden verzorgd in het gebouw van de School aan de "
          "Westzijde te Zaandam, met vanaf het tweede routejaar één dag per week onderwijs in "
          "de autowerkplaats van de Instelling aan de Hoogtij te Zaandam; het derde en vierde "
          "routejaar worden door de Instelling verzorgd."),
        L("2. Twee praktijkdocenten autotechniek van de Instelling verzorgen de werkplaatslessen "
          "in het tweede routejaar; de docenten Nederlands en wiskunde van de School geven in "
          "het derde routejaar les aan Deelnemers die het vmbo-examen nog moeten afronden. "
          "Docenten blijven in dienst van hun eigen werkgever."),
        L("3. De School stelt haar motorenlokaal met demontageopstellingen ter beschikking van de "
          "Route; de Instelling stelt haar autowerkplaats met hefbruggen, diagnoseapparatuur en "
          "de EV-opstelling beschikbaar aan Deelnemers in de vo-fase."),
        L("4. Het programma en de examinering per leerjaar zijn beschreven in het gezamenlijke "
          "PTA/OER. De School is verantwoordelijk voor de vmbo-examinering, de Instelling voor de "
          "mbo-examinering en diplomering."),

        H("Artikel 7 Vervolgtraject"),
        L("1. Een Deelnemer die de Route niet kan of wil afmaken, wordt door Partijen in staat "
          "gesteld een diploma te behalen dat past bij het door hem bereikte onderwijsniveau en "
          "zijn leeftijd."),
        L("2. In de eerste twee routejaren is dat in beginsel de kader- of basisberoepsgerichte "
          "leerweg aan de School; na het tweede routejaar een opleiding van niveau 2 of 3 bij de "
          "Instelling, zoals Autotechnicus (niveau 2) of een opleiding in een andere richting, "
          "zonder dat de vooropleidingseisen worden tegengeworpen. De Deelnemer kan er ook voor "
          "kiezen het examenjaar aan de School over te doen."),
        L("3. De School en de Instelling bepalen gezamenlijk welk vervolg passend is, nadat de "
          "mentor en de loopbaanbegeleider met de Deelnemer en zijn ouders hebben gesproken."),

        H("Artikel 8 Zeggenschap van betrokkenen"),
        L("1. Voorgenomen besluiten van Partijen over de inrichting of voortzetting van de Route "
          "worden voor advies voorgelegd aan een gezamenlijke commissie van de "
          "medezeggenschapsraad van de School en de studentenraad van de Instelling, waarin elk "
          "van beide raden drie leden aanwijst."),
        L("2. Deelnemers in de vo-fase mogen vergaderingen van de studentenraad van de Instelling "
          "bijwonen en daarin het woord voeren over aangelegenheden van de Route."),

        H("Artikel 9 Onenigheid"),
        L("1. Partijen leggen een verschil van mening over de uitvoering van deze overeenkomst "
          "eerst voor aan het Kernteam en, indien dat niet binnen vier weken tot een oplossing "
          "leidt, aan de colleges van bestuur."),
        L("2. Komen de colleges van bestuur niet binnen zes weken tot overeenstemming, dan vragen "
          "zij bindend advies aan een commissie van drie deskundigen, van wie ieder college er "
          "één aanwijst en de beide aldus aangewezen deskundigen de voorzitter."),

        H("Artikel 10 Duur en einde"),
        L("1. Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd."),
        L("2. Een andere school of instelling kan tot deze overeenkomst toetreden met "
          "schriftelijke instemming van beide Partijen, per 1 augustus, mits zij zich aan alle "
          "bepalingen van deze overeenkomst verbindt."),
        L("3. Iedere Partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een "
          "schooljaar, met inachtneming van een termijn van twaalf maanden. Na opzegging worden "
          "geen leerlingen meer tot de Route toegelaten; Deelnemers die de Route al volgen, "
          "ronden haar bij Partijen af."),
        L("4. Deze overeenkomst wordt slechts gewijzigd bij schriftelijke overeenkomst van beide "
          "Partijen. Een wijziging treedt in werking bij het begin van een schooljaar en gaat niet "
          "ten koste van Deelnemers die de Route al volgen."),
        P("Aldus in tweevoud opgemaakt en ondertekend te Zaandam op 25 juni 2025."),
        P("Voor de School: drs. T. Kaya        Voor de Instelling: dr. I.M. Schermer"),
    ])


# =========================================================================================
# 84  DEFECTIVE: decimal-numbered clauses with an annex, Achterhoek, ICT (DOCX).
#     c weak (no rule on how the leiding is appointed), j weak (joining deferred).
# =========================================================================================
sample(
    84, "84_decimaal_genummerd_gebreken", "docx",
    "Decimaal genummerde bepalingen met financiële bijlage (DOCX); Achterhoek, Media vormgeving "
    "en ICT gl naar Software developer niveau 4; gebreken: samenstelling en bevoegdheden van de "
    "routeleiding wel, maar niet hoe zij wordt aangewezen (c zwak), toetreding uitgesteld naar "
    "later overleg (j zwak); geen medezeggenschapsbepaling.",
    st("p p w p p p p na p w"),
    {"a": "2. De leerroute",
     "b": "3. Werkveld",
     "d": "5. Verantwoording",
     "e": "6. Organisatie van het onderwijs",
     "f": "7. Overstap",
     "g": "8. Financiële afspraken",
     "i": "9. Geschillen"},
    [
        T("Samenwerkingsovereenkomst doorlopende leerroute ICT Achterhoek"),
        S("gemengde leerweg Media, vormgeving en ICT – Software developer niveau 4"),
        P("De ondergetekenden:"),
        L("I. Stichting Voortgezet Onderwijs Oost-Gelre en Doetinchem, gevestigd te Doetinchem, "
          "bevoegd gezag van het IJsseldijk College, rechtsgeldig vertegenwoordigd door de "
          "voorzitter van het college van bestuur, de heer ing. B.H.M. Wolters, hierna: de School;"),
        L("II. Stichting Regionaal Opleidingencentrum Achterhoek-Liemers, gevestigd te "
          "Doetinchem, rechtsgeldig vertegenwoordigd door de voorzitter van het college van "
          "bestuur, mevrouw drs. J.A. te Winkel, hierna: de Instelling;"),
        P("overwegende dat Partijen in het kader van het regionale programma Digitaal Vakmanschap "
          "Achterhoek een doorlopende leerroute vmbo-mbo willen verzorgen en dat zij hun afspraken "
          "daarover in deze overeenkomst vastleggen, komen overeen als volgt."),

        H("1. Definities"),
        L("1.1 Leerroute: de doorlopende leerroute, omschreven in artikel 2."),
        L("1.2 Deelnemer: de leerling of student die de Leerroute volgt."),
        L("1.3 Routeleiding: de leiding, bedoeld in artikel 4."),

        H("2. De leerroute"),
        L("2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute vanaf het derde leerjaar "
          "van de gemengde leerweg, profiel Media, vormgeving en ICT, naar het vmbo-diploma en het "
          "diploma van de middenkaderopleiding Software developer (niveau 4, bol) in het "
          "opleidingsdomein ICT."),
        L("2.2 De Leerroute duurt vijf jaar. Partijen melden de Leerroute gezamenlijk aan de "
          "Minister."),

        H("3. Werkveld"),
        L("3.1 Partijen werken samen met de Stichting ICT-Bedrijven Achterhoek en de daarbij "
          "aangesloten softwarebedrijven."),
        L("3.2 Deze bedrijven stellen vanaf het derde routejaar plaatsen voor de "
          "beroepspraktijkvorming beschikbaar, leveren per schooljaar ten minste twee "
          "opdrachten van echte klanten voor de projectweken, organiseren jaarlijks een "
          "hackathon voor alle Deelnemers en leveren beoordelaars voor de proeve van bekwaamheid. "
          "Twee vertegenwoordigers van de stichting nemen deel aan de jaarlijkse herziening van "
          "het programma."),

        H("4. Routeleiding"),
        L("4.1 De Routeleiding bestaat uit twee routecoördinatoren, van wie één afkomstig is van "
          "de School en één van de Instelling."),
        L("4.2 De Routeleiding is belast met de dagelijkse gang van zaken in de Leerroute. Zij "
          "stelt het jaarrooster en het gezamenlijke PTA/OER vast, beslist over de toelating van "
          "leerlingen, verdeelt de lessen binnen de toegekende formatie en beheert het budget dat "
          "uit de in artikel 8 bedoelde middelen voor de Leerroute beschikbaar is."),
        L("4.3 Besluiten over personeel, over verwijdering van Deelnemers en over uitgaven "
          "buiten het budget blijven voorbehouden aan de colleges van bestuur."),

        H("5. Verantwoording"),
        L("5.1 De Routeleiding brengt jaarlijks vóór 1 november schriftelijk verslag uit aan "
          "beide colleges van bestuur over de resultaten, de in-, door- en uitstroom en de "
          "besteding van het budget in het voorafgaande schooljaar."),
        L("5.2 Halverwege het schooljaar, in februari, bespreekt de Routeleiding de voortgang met "
          "de portefeuillehouders van beide colleges van bestuur."),

        H("6. Organisatie van het onderwijs"),
        L("6.1 Routejaar 1 en 2 worden verzorgd in het gebouw van de School aan de Keppelseweg te "
          "Doetinchem; vanaf routejaar 2 volgen Deelnemers één dag per week onderwijs op de "
          "ICT-campus van de Instelling. Routejaar 3 tot en met 5 worden door de Instelling "
          "verzorgd. Programma en examinering per leerjaar zijn vastgelegd in het gezamenlijke "
          "PTA/OER."),
        L("6.2 Een docent software development van de Instelling geeft in routejaar 1 en 2 "
          "wekelijks vier lesuren programmeren op de School; de docenten Engels en wiskunde van de "
          "School blijven in routejaar 3 aan de groep verbonden totdat het vmbo-diploma is "
          "behaald. Ieder blijft werkgever van het eigen personeel."),
        L("6.3 Deelnemers maken gebruik van de ontwikkelservers, het testlab en de "
          "ontwikkelomgeving van de Instelling; de School stelt haar medialokaal en de "
          "laptopkarren beschikbaar voor de projectweken."),

        H("7. Overstap"),
        L("7.1 Een Deelnemer die de Leerroute verlaat voordat hij haar heeft voltooid, wordt in "
          "staat gesteld een diploma te behalen dat past bij zijn bereikte niveau en leeftijd."),
        L("7.2 In routejaar 1 en 2 kan hij de gemengde of theoretische leerweg aan de School "
          "vervolgen, gericht op het vmbo-diploma. Daarna kan hij bij de Instelling overstappen "
          "naar de opleiding Allround medewerker IT systems and devices (niveau 3) of een andere "
          "opleiding van niveau 3 of 4, zonder dat de vooropleidingseisen hem worden "
          "tegengeworpen, of met hulp van de Instelling een opleiding elders zoeken."),
        L("7.3 Het vervolg wordt door de School en de Instelling samen vastgesteld, na een gesprek "
          "met de Deelnemer en zijn ouders."),

        H("8. Financiële afspraken"),
        L("8.1 De School draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks een vast "
          "bedrag van \u20ac 18.000 over aan de Instelling, ter bekostiging van de inzet van de "
          "docent software development op de School en van de licenties van de "
          "ontwikkelomgeving voor Deelnemers in de vo-fase."),
        L("8.2 Betaling en indexering zijn uitgewerkt in Bijlage A. Verder vindt geen overdracht "
          "van middelen plaats."),

        H("9. Geschillen"),
        L("9.1 Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst "
          "door de Routeleiding en vervolgens door de colleges van bestuur in een bestuurlijk "
          "overleg besproken."),
        L("9.2 Leidt het bestuurlijk overleg niet binnen acht weken tot een oplossing, dan wordt "
          "het geschil voorgelegd aan de bevoegde rechter te Arnhem."),

        H("10. Duur, toetreding, opzegging en wijziging"),
        L("10.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        L("10.2 Indien een andere school of instelling te kennen geeft aan de Leerroute te willen "
          "deelnemen, treden Partijen met elkaar in overleg over de voorwaarden waaronder dat "
          "kan geschieden."),
        L("10.3 Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van "
          "enig jaar met een termijn van ten minste twaalf maanden. Na opzegging worden geen "
          "nieuwe leerlingen toegelaten; Deelnemers die al zijn begonnen, ronden de Leerroute "
          "bij Partijen af."),
        L("10.4 Wijziging van deze overeenkomst geschiedt schriftelijk en met instemming van "
          "beide Partijen, met ingang van een nieuw schooljaar en zonder nadeel voor Deelnemers "
          "die de Leerroute al volgen."),
        P("Aldus opgemaakt en ondertekend te Doetinchem op 20 juni 2025."),
        P("Voor de School: ing. B.H.M. Wolters        Voor de Instelling: drs. J.A. te Winkel"),

        H("Bijlage A Betaling en indexering"),
        TAB([["Onderdeel", "Afspraak"],
             ["Bedrag", "\u20ac 18.000 per schooljaar, voor het eerst over schooljaar 2025-2026"],
             ["Bestemming", "inzet docent software development (vier lesuren per week, "
              "routejaar 1 en 2) en licenties ontwikkelomgeving vo-fase"],
             ["Betaling", "in twee termijnen: vóór 1 december en vóór 1 juni"],
             ["Indexering", "jaarlijks per 1 augustus met het percentage waarmee de "
              "personele lumpsum van de School wordt aangepast"]],
            widths=(0.25, 0.75)),
    ])


# =========================================================================================
def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
