#!/usr/bin/env python3
"""Build held-out sample agreements h393-h400 for leerroute-check.

Written by an independent helper session acting as author of labelled test data.
The texts were composed from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
/work/main/sample_agreements/LABELS.md only, without looking at checker code,
models, tests, benchmarks or any other sample's text. All schools, instellingen,
companies and people are made up.

Usage:
    python3 build_heldout26a.py            build all
    python3 build_heldout26a.py 393 397    build only those numbers
    python3 build_heldout26a.py --check    open every produced file and verify it
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
AGREEMENTS = {}


def add(num, slug, fmt, text, description, statuses, evidence):
    assert fmt in ("pdf", "docx", "txt", "md")
    assert set(statuses) == set("abcdefghij")
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    AGREEMENTS[num] = dict(name="h%d_%s" % (num, slug), fmt=fmt, text=text,
                           description=description, statuses=statuses,
                           evidence=evidence)


# --------------------------------------------------------------------------
# A tiny markup used for the PDF and DOCX agreements
#   # title        ## heading      ### subheading     - bullet
#   ~ italic note  | a | b |  table row (first row = header)
#   == page break  any other non-blank line = paragraph of its own
# --------------------------------------------------------------------------

def parse(text):
    blocks = []
    table = None
    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line.strip():
            continue
        if line.startswith("### "):
            blocks.append(("h3", line[4:].strip()))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:].strip()))
        elif line.startswith("# "):
            blocks.append(("title", line[2:].strip()))
        elif line.startswith("- "):
            blocks.append(("bullet", line[2:].strip()))
        elif line.startswith("~ "):
            blocks.append(("note", line[2:].strip()))
        elif line.strip() == "==":
            blocks.append(("pagebreak", ""))
        else:
            blocks.append(("p", line.strip()))
    return blocks


def _rl(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def _plain(s):
    return s.replace("**", "")


def build_pdf(path, text, title):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5,
                          spaceAfter=4)
    st = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19,
                                alignment=TA_CENTER, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                             spaceBefore=9, spaceAfter=4),
        "h3": ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10.2, leading=13.5,
                             spaceBefore=5, spaceAfter=2),
        "p": body,
        "bullet": ParagraphStyle("b", parent=body, leftIndent=16, bulletIndent=5),
        "note": ParagraphStyle("n", parent=body, fontName="Helvetica-Oblique", fontSize=9.2,
                               leading=12.5),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=8.3, leading=10.2),
        "cellh": ParagraphStyle("ch", fontName="Helvetica-Bold", fontSize=8.3, leading=10.2),
    }
    story = []
    for kind, val in parse(text):
        if kind == "table":
            ncol = max(len(r) for r in val)
            rows = []
            for i, r in enumerate(val):
                r = r + [""] * (ncol - len(r))
                rows.append([Paragraph(_rl(c), st["cellh" if i == 0 else "cell"]) for c in r])
            width = A4[0] - 4.4 * cm
            # column widths proportional to the longest cell, within bounds
            wts, mins = [], []
            for j in range(ncol):
                cells = [_plain(r[j]) for r in val if j < len(r)]
                longest = max(len(c) for c in cells)
                word = max(len(w) for c in cells for w in (c.split() or [""]))
                wts.append(max(min(longest, 48), 4))
                mins.append(word * 5.3 + 10)
            spare = max(width - sum(mins), 0)
            cw = [m + spare * w / sum(wts) for m, w in zip(mins, wts)]
            cw = [c * width / sum(cw) for c in cw]
            t = Table(rows, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "bullet":
            story.append(Paragraph(_rl(val), st["bullet"], bulletText="\u2022"))
        else:
            story.append(Paragraph(_rl(val), st[kind]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title,
                            author="", subject="", creator="", producer="",
                            invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def build_docx(path, text, title):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    for kind, val in parse(text):
        if kind == "title":
            h = d.add_heading(_plain(val), level=0)
            h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h2":
            d.add_heading(_plain(val), level=1)
        elif kind == "h3":
            d.add_heading(_plain(val), level=2)
        elif kind == "bullet":
            _add_runs(d.add_paragraph(style="List Bullet"), val)
        elif kind == "note":
            r = d.add_paragraph().add_run(_plain(val))
            r.italic = True
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(val):
                cells = t.add_row().cells
                for j in range(ncol):
                    c = r[j] if j < len(r) else ""
                    para = cells[j].paragraphs[0]
                    run = para.add_run(_plain(c))
                    run.bold = (i == 0)
            d.add_paragraph()
        else:
            _add_runs(d.add_paragraph(), val)
    cp = d.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so that rebuilds are byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _add_runs(par, val):
    parts = re.split(r"(\*\*.+?\*\*)", val)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            par.add_run(part[2:-2]).bold = True
        else:
            par.add_run(part)


def build(num):
    a = AGREEMENTS[num]
    path = os.path.join(OUT, a["name"] + "." + a["fmt"])
    title = a["name"]
    if a["fmt"] == "pdf":
        build_pdf(path, a["text"], title)
    elif a["fmt"] == "docx":
        build_docx(path, a["text"], title)
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(a["text"].strip("\n") + "\n")
    with open(os.path.join(OUT, a["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(expected(a), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


def expected(a):
    return {"description": a["description"], "split": "heldout",
            "statuses": {k: a["statuses"][k] for k in "abcdefghij"},
            "evidence": dict(sorted(a["evidence"].items()))}


def extract(path):
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
        import docx
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    out.append(c.text)
        return "\n".join(out)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", s).strip()


def check(nums):
    ok = True
    valid = {"present", "weak", "missing", "not_applicable"}
    for num in nums:
        a = AGREEMENTS[num]
        path = os.path.join(OUT, a["name"] + "." + a["fmt"])
        jpath = os.path.join(OUT, a["name"] + ".expected.json")
        probs = []
        if not os.path.exists(path):
            probs.append("document missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                probs.append("too large: %d" % size)
            try:
                txt = norm(extract(path))
            except Exception as e:  # noqa
                txt = ""
                probs.append("does not open: %r" % e)
            if len(txt) < 400:
                probs.append("too little text extracted")
            for k, ev in a["evidence"].items():
                if norm(ev) not in txt:
                    probs.append("evidence %s not found: %r" % (k, ev))
        if not os.path.exists(jpath):
            probs.append("expected.json missing")
        else:
            with open(jpath, encoding="utf-8") as f:
                j = json.load(f)
            if j != expected(a):
                probs.append("expected.json differs from table")
            if j.get("split") != "heldout":
                probs.append("split not heldout")
            if set(j["statuses"].values()) - valid:
                probs.append("invalid status value")
        print("%s: %s" % (a["name"], "OK" if not probs else "; ".join(probs)))
        ok = ok and not probs
    return ok


# ==========================================================================
# The agreements
# ==========================================================================

# --------------------------------------------------------------------------
# h393 - verantwoordelijkheidsmatrix (RACI-achtig), PDF, Zeeuws-Vlaanderen,
#        techniek in een krimpregio
# --------------------------------------------------------------------------
T393 = r"""
# Samenwerkingsovereenkomst doorlopende leerroute Techniek Kanaalzone
~ Route vmbo kader Produceren, installeren en energie – mbo niveau 3 Installatie- en energietechniek
## Partijen
1. Stichting Openbaar Voortgezet Onderwijs De Westerschelde, gevestigd te Terneuzen, bevoegd gezag van Campus Braakman (vmbo), hierna: de school, rechtsgeldig vertegenwoordigd door mevrouw drs. A.M. de Kraker, bestuurder;
2. Stichting Regionaal Opleidingencentrum Deltaweide, gevestigd te Vlissingen, hierna: Deltaweide, rechtsgeldig vertegenwoordigd door de heer ing. P.J. Verstraete, voorzitter van het college van bestuur.
## Waarom deze route
Het aantal jongeren in Zeeuws-Vlaanderen loopt de komende tien jaar met ongeveer een kwart terug. Tegelijk zoeken de installatiebedrijven en de procesindustrie langs het kanaal Gent-Terneuzen dringend vakmensen. Geen van beide partijen kan in deze regio op eigen kracht een volwaardige techniekopleiding met eigen werkplaatsen overeind houden. Daarom bundelen zij docenten, ruimtes en bedrijfscontacten in één leerroute die in Terneuzen begint en daar ook eindigt. Partijen leggen hun afspraken hieronder vast.
## 1. Welke route
1.1 Leerlingen van Campus Braakman die de kaderberoepsgerichte leerweg met het profiel Produceren, installeren en energie (PIE) volgen, kunnen aan het eind van leerjaar 2 voor deze route kiezen. Routejaar 1 is leerjaar 3 van het vmbo.
1.2 De route leidt in vier routejaren naar het vmbo-diploma kaderberoepsgerichte leerweg PIE en naar een diploma van een vakopleiding op niveau 3 in het opleidingsdomein Installatie- en energietechniek van Deltaweide, naar keuze:
- Eerste monteur elektrotechnische installaties (BOL, niveau 3);
- Eerste monteur werktuigkundige installaties (BOL, niveau 3).
1.3 De leerling kiest tussen beide opleidingen uiterlijk op 1 april van routejaar 2, na een gesprek met de loopbaanbegeleider.
1.4 Partijen melden de route gezamenlijk bij DUO door registratie in RIO, elk voor het eigen deel.
## 2. Wie doet wat
Onderstaande matrix maakt deel uit van deze overeenkomst. Per onderwerp staat wie het werk doet (U = uitvoerend), wie de knoop doorhakt en erop aanspreekbaar is (E = eindverantwoordelijk), wie vooraf om zijn mening wordt gevraagd (G = geraadpleegd) en wie achteraf op de hoogte wordt gebracht (I = geïnformeerd).
| Onderwerp | Bestuur school | CvB Deltaweide | Routeregie | Werkveldraad |
| Programma en PTA/OER per leerjaar opstellen | I | I | E + U | G |
| Rooster, lesplaatsen en groepsindeling | – | – | E + U | – |
| Verdeling lesuren over docenten binnen de formatie | G | G | E + U | – |
| Aanstelling en ontslag van personeel | E (eigen personeel) | E (eigen personeel) | G | – |
| Werving van leerbedrijven en bpv-plaatsen | – | I | E | U |
| Praktijkopdrachten en gastlessen | – | – | E | U |
| Besluit over de overstap van een leerling | I | I | E + U | – |
| Voortgangsnotities (artikel 4) | E (vaststellen) | E (vaststellen) | U | I |
| Begroting en routebudget | E | E | U | – |
| Wijziging of opzegging van deze overeenkomst | E | E | G | G |
## 3. De routeregie
3.1 De dagelijkse aansturing van de route is in handen van de routeregie. Die bestaat uit drie mensen:
- de teamleider techniek van Campus Braakman;
- de opleidingsmanager Installatie- en energietechniek van Deltaweide;
- een routecoördinator, afkomstig uit het personeel van een van beide partijen.
3.2 Het bestuur van de school en het college van bestuur van Deltaweide stellen ieder hun eigen lid van de routeregie schriftelijk aan. De routecoördinator wordt door beide besturen samen gekozen, op voordracht van de twee andere leden, voor twee schooljaren; een tweede termijn is mogelijk.
3.3 De besturen dragen aan de routeregie de taken op die in de matrix van artikel 2 bij de routeregie met E of U zijn gemarkeerd. Binnen die taken besluit de routeregie zelfstandig over het programma, het rooster, de verdeling van lesuren over de docenten van beide partijen en over uitgaven uit het routebudget tot € 15.000 per schooljaar.
3.4 Alles daarbuiten – personeel, huisvesting, de begroting en deze overeenkomst zelf – legt de routeregie met een voorstel aan beide besturen voor. De routeregie besluit bij consensus; lukt dat niet, dan geldt artikel 10.
## 4. Wat de besturen te horen krijgen
4.1 De routeregie stuurt beide besturen twee keer per jaar een schriftelijke voortgangsnotitie: uiterlijk 15 februari over het lopende halfjaar en uiterlijk 1 oktober over het afgesloten schooljaar.
4.2 Een notitie bevat ten minste het aantal leerlingen per routejaar, de uitval en de overstappen, de examenresultaten, de besteding van het routebudget en de knelpunten in de bpv.
4.3 Met de oktobernotitie legt de routeregie rekenschap af over het gevoerde beleid. Zij licht die notitie toe in een bestuurlijk gesprek met de bestuurder van de school en de voorzitter van het college van bestuur van Deltaweide, waarna beide besturen de notitie vaststellen.
4.4 Tussentijds meldt de routeregie aan beide besturen onverwijld alles wat de continuïteit van de route raakt.
## 5. Hoe het onderwijs is georganiseerd
5.1 In routejaar 1 en 2 staan de leerlingen ingeschreven bij Campus Braakman. Het onderwijs vindt plaats op Campus Braakman te Terneuzen, met één vaste praktijkdag per week op de Vakcampus Kanaalzone van Deltaweide, eveneens te Terneuzen.
5.2 In routejaar 3 en 4 staan de studenten ingeschreven bij Deltaweide en volgen zij hun opleiding op de Vakcampus Kanaalzone en bij hun leerbedrijf.
5.3 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn per leerjaar beschreven in één gezamenlijk PTA/OER, dat de routeregie jaarlijks vóór 1 oktober opstelt en dat beide partijen vaststellen. Het centraal examen vmbo valt in routejaar 2; mbo-examens kunnen vanaf routejaar 2 worden afgenomen.
5.4 Ruimtes en middelen: de leerlingen werken op de praktijkdag in de elektrotechniek- en installatiewerkplaats van Deltaweide; studenten van Deltaweide maken gebruik van het lasatelier en de 3D-printruimte van Campus Braakman. Partijen stellen elkaar deze ruimtes met gereedschap kosteloos ter beschikking; persoonlijke beschermingsmiddelen verstrekt de partij waar de leerling staat ingeschreven.
5.5 Docenten: de lessen worden gegeven door één routeteam met docenten van beide partijen. Twee docenten van Deltaweide verzorgen samen acht lesuren per week op Campus Braakman; één docent PIE van Campus Braakman werkt 0,2 fte op de Vakcampus. In de beroepsgerichte programmaonderdelen van routejaar 1 en 2 wordt gewerkt met teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; in het PTA/OER staat welke onderdelen dat zijn. Iedere docent blijft in dienst van de eigen werkgever, die ook zorgt voor diens bekwaamheid en scholing.
5.6 Een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de leerling staat ingeschreven; de andere partij werkt daaraan mee.
## 6. De bedrijven erbij
6.1 Partijen richten met de werkgevers in de Kanaalzone een Werkveldraad Kanaalzone in. Daarin hebben bij de start zitting: Verbrugge Installatietechniek B.V., Havenfront Onderhoud B.V., Elektro De Moor en Kanaalzone Utilities, aangevuld met een adviseur praktijkleren van SBB.
6.2 Partijen hebben met deze bedrijven afgesproken dat zij samen jaarlijks ten minste twintig bpv-plaatsen voor routejaar 3 en 4 beschikbaar stellen, in routejaar 1 en 2 vier praktijkopdrachten per jaar aanleveren, groepen ontvangen voor een bedrijfsbezoek en als tweede beoordelaar meekijken bij de proeve van bekwaamheid.
6.3 De werkveldraad vergadert twee keer per jaar met de routeregie en adviseert over de inhoud van het programma en de keuze van keuzedelen.
## 7. Als de route niet past
7.1 Geen leerling verlaat de route zonder een plek waar hij of zij een diploma kan halen. Welke plek dat wordt, besluiten de teamleider techniek van Campus Braakman en de opleidingsmanager van Deltaweide samen, nadat zij met de leerling en de ouders hebben gesproken. Zij kijken daarbij naar wat de leerling al heeft behaald en naar diens leeftijd.
7.2 In elk geval staan deze wegen open:
- stopt de leerling in routejaar 1 of 2, dan maakt hij of zij het vmbo af in de gewone kaderberoepsgerichte leerweg PIE of in een ander profiel van Campus Braakman, met het vmbo-diploma als doel;
- wil de leerling na het vmbo-diploma een andere richting op, dan kan hij of zij doorstromen naar een andere opleiding op niveau 3 van Deltaweide; vooropleidingseisen spelen daarbij geen rol;
- heeft de leerling aan het eind van routejaar 3 het vmbo-diploma niet, dan zet hij of zij de mbo-opleiding voort op niveau 3 of, als dat beter past, op niveau 2 bij Deltaweide, terwijl Campus Braakman de ontbrekende examenonderdelen opnieuw aanbiedt;
- verhuist de leerling, dan zoeken partijen samen een plek bij een school of instelling in de nieuwe woonplaats en dragen zij het dossier warm over.
7.3 Campus Braakman beschrijft de uitwerking van deze afspraken in de schoolgids.
## 8. Geld
8.1 In routejaar 1 en 2 ontvangt de school de rijksbekostiging, terwijl Deltaweide een deel van het onderwijs verzorgt. De school draagt daarom met toepassing van artikel 5.42a WVO 2020 per leerling in routejaar 1 en 2 een bedrag van € 640 per schooljaar aan Deltaweide over.
8.2 Dat bedrag dekt de lesuren van de Deltaweide-docenten op Campus Braakman en het gebruik van de werkplaats op de Vakcampus, inclusief verbruiksmateriaal.
8.3 Vanaf routejaar 3 gaat er geen geld van de ene naar de andere partij.
8.4 Deltaweide factureert het bedrag in twee gelijke delen, op 1 november en op 1 april, op basis van de telling van 1 oktober.
## 9. Inspraak
9.1 Leerlingen in routejaar 1 en 2 en hun ouders vallen onder de medezeggenschapsraad van Campus Braakman; vanaf routejaar 3 is de studentenraad van Deltaweide hun aanspreekpunt. Bovenop die regels spreken partijen het volgende af:
- een leerling uit routejaar 1 of 2 mag namens de route als toehoorder met spreekrecht aanschuiven bij de vergaderingen van de studentenraad van Deltaweide;
- de medezeggenschapsraad van Campus Braakman en de studentenraad van Deltaweide ontvangen elk jaar de oktobernotitie en bespreken die in één gezamenlijke vergadering, waarvoor de routeregie uitnodigt;
- een voorgenomen besluit tot wijziging of opzegging van deze overeenkomst leggen beide besturen eerst voor advies aan beide raden voor.
## 10. Verschil van mening
10.1 Ontstaat tussen partijen verschil over de uitvoering van deze overeenkomst, dan probeert de routeregie dat binnen vier weken op te lossen.
10.2 Lukt dat niet, dan voeren de bestuurder van de school en de voorzitter van het college van bestuur van Deltaweide binnen vier weken daarna een gesprek.
10.3 Blijft het verschil bestaan, dan schakelen partijen een mediator in die zij samen kiezen; de kosten delen zij bij helften.
10.4 Levert de mediation binnen drie maanden geen oplossing op, dan kan elk van partijen het geschil voorleggen aan de rechtbank Zeeland-West-Brabant.
## 11. Erbij komen, aanpassen en stoppen
11.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij worden als beide besturen daar schriftelijk mee instemmen en de nieuwe partner alle afspraken aanvaardt in een toetredingsverklaring die alle partijen ondertekenen. De toetreding gaat in op 1 augustus; de nieuwe partner registreert zijn deelname in RIO.
11.2 Deze overeenkomst verandert alleen door een schriftelijk stuk dat beide besturen ondertekenen, na advies van de routeregie en van de raden (artikel 9). Een wijziging gaat niet in tijdens een lopend schooljaar als zij nadelig is voor leerlingen die al in de route zitten.
11.3 De overeenkomst geldt voor onbepaalde tijd. Elk van partijen kan haar bij aangetekende brief opzeggen met een termijn van ten minste twaalf maanden, telkens tegen 1 augustus. Bij een ernstige tekortkoming die na schriftelijke ingebrekestelling niet binnen drie maanden is hersteld, kan de andere partij de overeenkomst ontbinden, eveneens tegen het einde van het schooljaar.
11.4 Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen die al in de route zitten, maken haar af onder de afspraken van deze overeenkomst; partijen blijven daaraan gebonden totdat de laatste van hen de route heeft afgerond of een overstap als bedoeld in artikel 7 heeft gemaakt.
## Ondertekening
Terneuzen, 3 juli 2025
Stichting Openbaar Voortgezet Onderwijs De Westerschelde – drs. A.M. de Kraker, bestuurder
Stichting Regionaal Opleidingencentrum Deltaweide – ing. P.J. Verstraete, voorzitter college van bestuur
"""

add(393, "raci_matrix_zeeuwsvlaanderen", "pdf", T393,
    "Verantwoordelijkheidsmatrix (U/E/G/I) met korte artikelen in spreektaal, PDF, "
    "Zeeuws-Vlaanderen, techniek in een krimpregio (PIE kader -> Installatie- en "
    "energietechniek niveau 3); volledig compliant, bijzondere woorden (routeregie, "
    "rekenschap, inspraak, erbij komen).",
    dict(a="present", b="present", c="present", d="present", e="present", f="present",
         g="present", h="present", i="present", j="present"),
    dict(a="1. Welke route", b="6. De bedrijven erbij", c="3. De routeregie",
         d="4. Wat de besturen te horen krijgen", e="5. Hoe het onderwijs is georganiseerd",
         f="7. Als de route niet past", g="8. Geld", h="9. Inspraak",
         i="10. Verschil van mening", j="11. Erbij komen, aanpassen en stoppen"))

# --------------------------------------------------------------------------
# h394 - notariele akte, DOCX, Lauwersland (Noord-Groningen), bakkerij
# --------------------------------------------------------------------------
T394 = r"""
# AKTE VAN SAMENWERKING DOORLOPENDE LEERROUTE BAKKERIJ
~ Kenmerk: 2025.0417/JHD
Heden, tweeëntwintig mei tweeduizend vijfentwintig, verschenen voor mij, meester Jelle Harm Dijkstra, notaris met plaats van vestiging Winsum, gemeente Het Hogeland:
1. de heer doctorandus Roelof Jan Bosscher, geboren te Groningen op zeventien maart negentienhonderd zeventig, te dezen handelend als enig lid van het college van bestuur van de stichting Stichting Christelijk Voortgezet Onderwijs Lauwersland, statutair gevestigd te Zoutkamp, ingeschreven in het handelsregister onder nummer 41087312, welke stichting het bevoegd gezag is van De Wierde, school voor voorbereidend middelbaar beroepsonderwijs te Ulrum, hierna te noemen: "de Stichting VO";
2. mevrouw meester Geertje Alkema-de Vries, geboren te Dokkum op negen november negentienhonderd vijfenzeventig, te dezen handelend als voorzitter van het college van bestuur van de stichting Stichting Regionaal Opleidingencentrum Lauwersland, statutair gevestigd te Dokkum, ingeschreven in het handelsregister onder nummer 01093455, hierna te noemen: "het ROC".
De Stichting VO en het ROC worden hierna gezamenlijk aangeduid als "partijen".
De comparanten, handelend als gemeld, verklaarden:
A. dat partijen het voornemen hebben om, met gebruikmaking van de mogelijkheden van de Wet doorlopende leerroutes vmbo-mbo, jongeren uit het noorden van de provincie Groningen een ononderbroken opleiding tot bakker te bieden;
B. dat het college van bestuur van elk van partijen daartoe op de voet van zijn statuten heeft besloten, na advies van de onderscheiden medezeggenschapsorganen;
C. dat partijen hun afspraken ten behoeve van de rechtszekerheid bij notariële akte wensen vast te leggen;
en verklaarden vervolgens te zijn overeengekomen als volgt:
## Artikel 1. Onderwerp van de samenwerking
1.1 Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs, hierna: "de leerroute".
1.2 De leerroute vangt aan in het derde leerjaar van de kaderberoepsgerichte leerweg van De Wierde, profiel Horeca, bakkerij en recreatie, en leidt, naast het diploma van die leerweg, tot het diploma van de vakopleiding Zelfstandig werkend bakker, niveau 3, in het opleidingsdomein Horeca en bakkerij, welke opleiding door het ROC in de beroepsopleidende leerweg wordt verzorgd.
1.3 De leerroute omvat vier leerjaren. Het eerste en tweede leerjaar van de leerroute zijn het derde en vierde leerjaar van De Wierde.
## Artikel 2. Betrokkenheid van het bakkersvak
2.1 Partijen betrekken de bakkerijbranche bij de leerroute door middel van een klankbordgroep, waarin zitting hebben een vertegenwoordiger van de Vereniging Noordelijke Warme Bakkers en de praktijkopleiders van ten minste drie erkende leerbedrijven, bij de aanvang van deze akte zijnde Bakkerij Hoekstra te Kloosterburen, Warme Bakker Postma te Dokkum en Broodfabriek Noorderzijl B.V. te Zoutkamp.
2.2 De klankbordgroep komt jaarlijks in de maand maart bijeen en brengt aan de routecommissie advies uit over de inhoud van het praktijkprogramma en over de keuze van de keuzedelen.
2.3 De in lid 1 genoemde bedrijven stellen gezamenlijk jaarlijks ten minste tien plaatsen voor de beroepspraktijkvorming beschikbaar aan studenten in het derde en vierde leerjaar van de leerroute, verzorgen in het eerste en tweede leerjaar twee demonstratiedagen per jaar en treden op als praktijkbeoordelaar bij de proeve van bekwaamheid.
## Artikel 3. De routecommissie
3.1 De leiding over de leerroute berust bij een routecommissie, bestaande uit:
a. de afdelingsleider bovenbouw beroepsgericht van De Wierde;
b. de teamleider Horeca en bakkerij van het ROC;
c. een routecoördinator, tevens secretaris.
3.2 Het lid sub a wordt aangewezen door het college van bestuur van de Stichting VO, het lid sub b door het college van bestuur van het ROC. De routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd voor de duur van drie schooljaren en is herbenoembaar.
3.3 Aan de routecommissie worden door partijen opgedragen: het opstellen van het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de leerroute, het vaststellen van het rooster, de plaatsing van studenten bij leerbedrijven, het voorbereiden van besluiten over overstap als bedoeld in artikel 6, en het beheer van het budget van de leerroute.
3.4 De routecommissie is bevoegd zelfstandig te besluiten binnen het door partijen jaarlijks vastgestelde jaarplan en budget. Zij is niet bevoegd tot het aangaan van verplichtingen van meer dan vijfduizend euro (€ 5.000,00), tot het doen van toezeggingen over personeel of tot het vertegenwoordigen van partijen in rechte.
## Artikel 4. Informatieplicht en verantwoording
4.1 De routecommissie brengt jaarlijks vóór één juli aan de colleges van bestuur van beide partijen een schriftelijk jaarverslag uit over het afgelopen schooljaar, met daarin ten minste de in-, door- en uitstroom, de examenresultaten en de besteding van het budget van de leerroute.
4.2 Het jaarverslag wordt besproken in een bestuurlijk overleg dat jaarlijks in de maand september plaatsvindt tussen de colleges van bestuur en de routecommissie; in dat overleg verleent elk college van bestuur de routecommissie al dan niet décharge voor het gevoerde beheer.
4.3 De routecommissie verschaft de colleges van bestuur voorts desgevraagd binnen twee weken alle inlichtingen over de leerroute.
## Artikel 5. Inrichting van het onderwijs
5.1 Het onderwijs in het eerste en tweede leerjaar van de leerroute wordt gegeven in de gebouwen van De Wierde te Ulrum, met uitzondering van één praktijkdag per week, die plaatsvindt in de leerbakkerij van het ROC te Dokkum. Het onderwijs in het derde en vierde leerjaar wordt gegeven in de gebouwen van het ROC te Dokkum en bij de leerbedrijven.
5.2 Het ROC stelt zijn leerbakkerij met ovens, deegverwerkingsmachines en koelcellen ter beschikking voor de praktijkdag; de Stichting VO stelt haar keukenlokaal en het daarbij behorende winkeltje open voor de praktijklessen verkoop van het ROC. De Stichting VO organiseert en bekostigt het busvervoer van de leerlingen naar Dokkum.
5.3 Twee bakkersdocenten van het ROC verzorgen wekelijks zes lesuren in het eerste en tweede leerjaar van de leerroute; de docent Horeca, bakkerij en recreatie van De Wierde neemt deel aan het docententeam van het ROC voor het derde leerjaar. In de beroepsgerichte programmaonderdelen van het eerste en tweede leerjaar werken de docenten als team als bedoeld in artikel 7.13a WVO 2020. Iedere docent blijft in dienst van zijn eigen werkgever.
5.4 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar beschreven in een gezamenlijk programma van toetsing en afsluiting en onderwijs- en examenregeling, jaarlijks vóór één oktober vast te stellen door beide colleges van bestuur.
5.5 De eerste twee leerjaren van de leerroute zijn de leerlingen ingeschreven bij De Wierde, daarna bij het ROC.
## Artikel 6. Overstapmogelijkheden
6.1 Beëindigt een leerling of student zijn deelname aan de leerroute voordat hij deze met goed gevolg heeft doorlopen, dan stellen partijen hem in staat een diploma te behalen dat past bij het door hem bereikte onderwijsniveau en bij zijn leeftijd. Het oordeel daarover wordt door de afdelingsleider van De Wierde en de teamleider van het ROC gezamenlijk gegeven, na overleg met de leerling en diens ouders of verzorgers.
6.2 Als mogelijkheden komen in elk geval in aanmerking:
a. bij beëindiging in het eerste of tweede leerjaar: voortzetting in de reguliere kaderberoepsgerichte leerweg van De Wierde, in hetzelfde of een ander profiel, gericht op het behalen van het vmbo-diploma;
b. bij beëindiging nadat het vmbo-diploma is behaald: instroom in een andere opleiding van het ROC op niveau 2 of 3 in het opleidingsdomein Horeca en bakkerij of in een ander domein, waarbij de vooropleidingseisen niet worden tegengeworpen;
c. indien het vmbo-diploma aan het einde van het derde leerjaar niet is behaald: voortzetting van de mbo-opleiding bij het ROC met de gelegenheid om het ontbrekende deel van het eindexamen bij De Wierde opnieuw af te leggen, dan wel instroom in de opleiding Bakker op niveau 2.
6.3 Wenst de student zijn opleiding bij een andere instelling voort te zetten, dan verlenen partijen medewerking aan een onderzoek naar zijn geschiktheid bij die instelling en dragen zij de relevante gegevens over.
## Artikel 7. Financiële bepalingen
7.1 Met toepassing van artikel 5.42a WVO 2020 draagt de Stichting VO aan het ROC jaarlijks een bedrag over van elfhonderdvijftig euro (€ 1.150,00) per leerling die op één oktober van het desbetreffende schooljaar in het eerste of tweede leerjaar van de leerroute bij De Wierde staat ingeschreven.
7.2 Betaling geschiedt in twee gelijke termijnen, op één december en op één april, binnen dertig dagen na ontvangst van de factuur.
7.3 Iedere partij draagt overigens haar eigen kosten.
## Artikel 8. Medezeggenschap
8.1 Onverminderd de Wet medezeggenschap op scholen en de regels van de Wet educatie en beroepsonderwijs en de Wet op de ondernemingsraden komen partijen overeen dat de medezeggenschapsraad van De Wierde en de studentenraad van het ROC elk twee leden aanwijzen in een gezamenlijke routeraad.
8.2 De routeraad ontvangt het jaarverslag bedoeld in artikel 4, vergadert ten minste eenmaal per jaar met de routecommissie en heeft het recht de colleges van bestuur gevraagd en ongevraagd advies uit te brengen over alle aangelegenheden van de leerroute.
## Artikel 9. Geschillen
9.1 Een geschil tussen partijen over de uitvoering van deze akte wordt eerst in de routecommissie besproken. Leidt dat binnen vier weken niet tot overeenstemming, dan wordt het geschil voorgelegd aan een bestuurlijk overleg van beide colleges van bestuur.
9.2 Wordt ook in dat overleg binnen zes weken geen oplossing bereikt, dan wordt het geschil beslecht door arbitrage overeenkomstig het arbitragereglement van het Nederlands Arbitrage Instituut; het scheidsgerecht bestaat uit één arbiter, de plaats van arbitrage is Groningen.
## Artikel 10. Toetreding
10.1 Een ander bevoegd gezag van een school voor voorbereidend middelbaar beroepsonderwijs, of van een instelling voor beroepsonderwijs, kan tot deze overeenkomst toetreden indien alle partijen daarmee schriftelijk instemmen en het toetredende bevoegd gezag schriftelijk verklaart alle rechten en verplichtingen uit deze akte te aanvaarden.
10.2 De toetreding wordt vastgelegd in een door alle partijen ondertekende toetredingsverklaring, die aan deze akte wordt gehecht.
## Artikel 11. Wijziging
11.1 Deze overeenkomst kan slechts worden gewijzigd bij een door alle partijen ondertekend geschrift, dat aan deze akte wordt gehecht.
## Artikel 12. Duur en beëindiging
12.1 Deze overeenkomst treedt in werking op één augustus tweeduizend vijfentwintig en is aangegaan voor onbepaalde tijd.
12.2 Iedere partij is bevoegd deze overeenkomst bij aangetekend schrijven op te zeggen met inachtneming van een opzegtermijn van zes maanden.
12.3 Iedere partij is bevoegd deze overeenkomst met onmiddellijke ingang te ontbinden indien de andere partij in staat van faillissement wordt verklaard, surseance van betaling aanvraagt of haar bekostiging geheel of gedeeltelijk verliest.
12.4 Na het einde van deze overeenkomst zijn partijen jegens elkaar tot niets meer gehouden, behoudens de afwikkeling van de betalingen bedoeld in artikel 7.
## Artikel 13. Slotbepalingen
13.1 Op deze overeenkomst is Nederlands recht van toepassing.
13.2 Partijen melden de leerroute gezamenlijk aan bij Dienst Uitvoering Onderwijs.
## Slot akte
Waarvan akte, in minuut verleden te Winsum op de datum in het hoofd van deze akte vermeld.
De comparanten zijn mij, notaris, bekend. De zakelijke inhoud van deze akte is aan de comparanten opgegeven en toegelicht. De comparanten hebben verklaard tijdig vóór het verlijden van de inhoud van de akte te hebben kennisgenomen, daarmee in te stemmen en op volledige voorlezing daarvan geen prijs te stellen.
Onmiddellijk na beperkte voorlezing is deze akte eerst door de comparanten en vervolgens door mij, notaris, ondertekend.
(volgen handtekeningen)
"""

add(394, "notariele_akte_lauwersland", "docx", T394,
    "Notariele akte met comparitie en artikelen, DOCX, Lauwersland (Noord-Groningen), "
    "HBR kader -> Zelfstandig werkend bakker niveau 3; overdracht bekostiging met bedrag "
    "maar zonder bestemming, opzegging zonder enige bescherming van leerlingen.",
    dict(a="present", b="present", c="present", d="present", e="present", f="present",
         g="weak", h="present", i="present", j="weak"),
    dict(a="Artikel 1. Onderwerp van de samenwerking", b="Artikel 2. Betrokkenheid van het bakkersvak",
         c="Artikel 3. De routecommissie", d="Artikel 4. Informatieplicht en verantwoording",
         e="Artikel 5. Inrichting van het onderwijs", f="Artikel 6. Overstapmogelijkheden",
         h="Artikel 8. Medezeggenschap", i="Artikel 9. Geschillen"))

# --------------------------------------------------------------------------
# h395 - vraag-en-antwoord, TXT, Rivierenland, sport en bewegen
# --------------------------------------------------------------------------
T395 = r"""
SAMENWERKINGSOVEREENKOMST IN VRAAG EN ANTWOORD
Doorlopende leerroute Sport & Beweging Rivierenland
Waalkade College (vmbo) en ROC Waal & Linge

Waarom in deze vorm?
Wij hebben gemerkt dat leerlingen, ouders en collega's een overeenkomst in artikelen zelden lezen.
Daarom staan onze afspraken hieronder als vragen met antwoorden. Dat maakt ze niet minder bindend:
elk antwoord is een afspraak waaraan beide besturen zich met hun handtekening verbinden. Waar
"wij" staat, worden beide partijen samen bedoeld.

Wie sluiten deze overeenkomst?
- Stichting Openbaar Voortgezet Onderwijs Rivierenland te Tiel, bevoegd gezag van het Waalkade
  College, vertegenwoordigd door de heer M. (Maarten) van Wijk, voorzitter van het college van
  bestuur. Hierna: het Waalkade College.
- Stichting ROC Waal & Linge te Culemborg, vertegenwoordigd door mevrouw dr. I. (Ineke)
  Brouwer-Smits, voorzitter van het college van bestuur. Hierna: het ROC.


Vraag 1. Om welke route gaat het?
Leerlingen van het Waalkade College in de gemengde leerweg met het profiel Dienstverlening en
producten, die de keuzevakken Sport en bewegen en Voorkomen van ongevallen hebben gekozen, kunnen
vanaf leerjaar 3 instromen. Zij halen het vmbo-diploma gemengde leerweg en gaan zonder onderbreking
door naar de middenkaderopleiding Coördinator sport, bewegen en gezondheid (niveau 4, BOL) in het
opleidingsdomein Sport en bewegen van het ROC. De hele route duurt zes jaar: twee jaar vmbo-fase en
vier jaar mbo-fase, waarbij in de vmbo-fase al onderdelen van het eerste mbo-jaar worden gedaan.

Vraag 2. Wat doen sportclubs en bedrijven in de route?
Zij zijn vanaf het begin mee-opleider. Concreet:
- De Sportraad Rivierenland, de buurtsportcoaches van de gemeenten Tiel en West Betuwe en de
  fitnessketen VitaalPlus leveren samen per jaar ten minste vijfentwintig stageplaatsen voor de
  mbo-fase;
- sportverenigingen uit de regio (onder meer AV De Waalrenners en korfbalvereniging Linge '58)
  laten leerlingen in de vmbo-fase jaarlijks twee clinics voor jeugdleden geven, onder begeleiding
  van een trainer van de vereniging;
- een beroepenveldcommissie met vier vertegenwoordigers uit deze organisaties beoordeelt elk jaar
  in mei het programma en adviseert over de keuzedelen, en levert assessoren voor de proeve van
  bekwaamheid.

Vraag 3. Wie is de baas over de route?
Een kernteam van drie mensen: de afdelingsleider bovenbouw van het Waalkade College, de teamleider
Sport en bewegen van het ROC, en een trajectbegeleider die voor de leerlingen het vaste
aanspreekpunt is. De afdelingsleider wordt aangewezen door de rector van het Waalkade College
namens het bestuur, de teamleider door het college van bestuur van het ROC; de trajectbegeleider
kiezen beide besturen samen, voor steeds twee jaar.
Het kernteam stelt het programma en het rooster op, verdeelt de lessen over de docenten, regelt de
stages met de partners uit vraag 2 en bereidt overstapbesluiten voor (vraag 7). Het kernteam mag
daarover zelf beslissen zolang het binnen het jaarplan en het budget blijft dat de besturen elk
voorjaar goedkeuren. Voor alles wat geld kost boven dat budget, of wat personeel of gebouwen raakt,
is toestemming van beide besturen nodig.

Vraag 4. Hoe weten de besturen wat er gebeurt?
Het kernteam stuurt beide besturen elk kwartaal een dashboard met de aantallen leerlingen, het
verzuim, de uitval en de stageplaatsen. Vóór 1 juli van elk jaar volgt een evaluatieverslag over
het schooljaar, dat het kernteam in een gezamenlijk gesprek met de beide bestuursvoorzitters
toelicht en verdedigt. Daarmee legt het kernteam verantwoording af over zijn werk.

Vraag 5. Waar krijgen de leerlingen les, en van wie?
- Leerjaar 3 en 4 (vmbo-fase): in het gebouw van het Waalkade College in Tiel. Twee middagen per
  week zijn de leerlingen op de Sportcampus van het ROC in Tiel, waar zij de sporthal, de
  fitnessruimte en het bewegingslab van het ROC gebruiken. Het Waalkade College stelt op zijn beurt
  zijn gymzalen en het dojo-lokaal beschikbaar voor lessen van het ROC.
- Vanaf de mbo-fase staan de leerlingen als student ingeschreven bij het ROC en krijgen zij les op
  de Sportcampus en bij hun stagebedrijf.
- Docenten van beide scholen vormen één routeteam. Drie docenten lichamelijke opvoeding van het
  Waalkade College en twee docenten sport en bewegen van het ROC geven samen les in de
  beroepsgerichte vakken van de vmbo-fase; daarvoor gebruiken we de teambevoegdheid die de wet
  toestaat. Iedere docent blijft in dienst van de eigen school, die ook de scholing betaalt.
- Wat er per leerjaar wordt geleerd en getoetst, staat in één gezamenlijk PTA/OER dat elk jaar vóór
  1 oktober door beide besturen wordt vastgesteld.

Vraag 6. Hoe zit het met de examens en de inschrijving?
Het centraal examen vmbo wordt in leerjaar 4 afgelegd. De mbo-examens starten in het eerste jaar van
de mbo-fase. Het Waalkade College is verantwoordelijk voor het vmbo-examen, het ROC voor de
mbo-examens en de stages. We melden de route samen aan bij DUO.

Vraag 7. Wat als de route niet bij een leerling past?
Dan zoeken we samen een andere weg naar een diploma. De afdelingsleider van het Waalkade College en
de teamleider van het ROC beslissen daar samen over, na een gesprek met de leerling en de ouders, en
kijken naar wat de leerling al heeft gehaald en naar zijn of haar leeftijd. De mogelijkheden:
- Stopt de leerling in de vmbo-fase, dan maakt hij of zij het vmbo af in de gemengde leerweg of de
  kaderberoepsgerichte leerweg van het Waalkade College en haalt daar het vmbo-diploma.
- Past sport na het vmbo niet meer, dan kan de leerling zich aanmelden voor een andere opleiding.
  Een overstap naar een andere opleiding op niveau 4 van het ROC staat alleen open voor wie het
  vmbo-diploma gemengde leerweg al op zak heeft: zonder dat diploma gelden de gewone
  toelatingseisen van de gekozen opleiding, ook binnen het ROC.
- Wie het niveau 4 niet aankan, kan in de mbo-fase overstappen naar de opleiding Sport- en
  bewegingsleider op niveau 3 van het ROC.
- Bij een verhuizing helpen we de leerling aan een plek bij een school of instelling in de nieuwe
  regio en geven we het dossier mee.

Vraag 8. Gaat er geld van de ene school naar de andere?
Nee. Elke school houdt het geld dat zij van het Rijk krijgt en betaalt daarvan haar eigen docenten
en ruimtes. Er wordt geen bekostiging aan de andere partij overgedragen; ook het gebruik van
elkaars sportaccommodaties wordt niet in rekening gebracht.

Vraag 9. Hebben leerlingen, ouders en personeel inspraak?
Ja, via de gewone wettelijke weg. Zolang een leerling bij het Waalkade College staat ingeschreven,
geldt voor hem of haar en de ouders de Wet medezeggenschap op scholen, en dus de
medezeggenschapsraad van het Waalkade College. Zodra de leerling als student bij het ROC is
ingeschreven, gelden de regels van de WEB en de studentenraad van het ROC; voor het personeel van
het ROC geldt de Wet op de ondernemingsraden. De wet biedt de mogelijkheid om daarbovenop iets
extra's te regelen, bijvoorbeeld dat routeleerlingen al in de vmbo-fase meepraten in de
studentenraad. Dat kan later nog worden afgesproken als de raden daarom vragen.

Vraag 10. Wat als de scholen het niet met elkaar eens zijn?
Meningsverschillen over de uitvoering van deze afspraken lossen we in onderling overleg op. Daarbij
zoeken we altijd naar een oplossing die recht doet aan de belangen van de leerlingen.

Vraag 11. Kan er een school bij komen, kunnen de afspraken veranderen, en kan iemand stoppen?
- Erbij komen: een andere vmbo-school of mbo-instelling uit Rivierenland kan meedoen als beide
  besturen daar schriftelijk mee akkoord gaan en de nieuwe partner deze overeenkomst ondertekent
  zoals zij is. Een nieuwe partner doet mee vanaf het begin van een schooljaar en meldt zich bij
  DUO.
- Veranderen: alleen op papier, ondertekend door beide besturen. Veranderingen die leerlingen
  nadeel geven, gaan pas in bij een nieuw cohort.
- Stoppen: elk bestuur kan de overeenkomst schriftelijk opzeggen, met een opzegtermijn van een jaar
  en alleen tegen 1 augustus. Na een opzegging nemen we geen nieuwe leerlingen meer aan; leerlingen
  die al in de route zitten, maken haar bij ons af.

Vraag 12. Vanaf wanneer geldt dit?
Vanaf 1 augustus 2025, voor onbepaalde tijd.

Ondertekend in Tiel op 24 juni 2025

Stichting Openbaar Voortgezet Onderwijs Rivierenland      Stichting ROC Waal & Linge
M. van Wijk, voorzitter college van bestuur               dr. I. Brouwer-Smits, voorzitter college van bestuur
"""

add(395, "vraag_antwoord_rivierenland", "txt", T395,
    "Vraag-en-antwoorddocument in jij/wij-taal, TXT, Rivierenland, sport en bewegen "
    "(D&P gemengde leerweg -> Coordinator sport, bewegen en gezondheid niveau 4); "
    "overstap legt binnen hetzelfde ROC vooropleidingseisen op, geschillen alleen in "
    "onderling overleg, medezeggenschap alleen wettelijke beschrijving met 'kan later'.",
    dict(a="present", b="present", c="present", d="present", e="present", f="weak",
         g="present", h="not_applicable", i="weak", j="present"),
    dict(a="Vraag 1. Om welke route gaat het?",
         b="Vraag 2. Wat doen sportclubs en bedrijven in de route?",
         c="Vraag 3. Wie is de baas over de route?",
         d="Vraag 4. Hoe weten de besturen wat er gebeurt?",
         e="Vraag 5. Waar krijgen de leerlingen les, en van wie?",
         g="Vraag 8. Gaat er geld van de ene school naar de andere?",
         j="Vraag 11. Kan er een school bij komen, kunnen de afspraken veranderen, en kan iemand stoppen?"))

# --------------------------------------------------------------------------
# h396 - standaardmodel van een bestuur, ingevuld, PDF, Kempenland,
#        economie/logistiek en retail (dienstverlening)
# --------------------------------------------------------------------------
T396 = r"""
# Model-samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo
~ Standaardmodel Stichting Kempenland Onderwijs (SKO), versie 3.1, vastgesteld door het college van bestuur op 12 maart 2024. Cursieve tekst is toelichting bij het model en maakt geen deel uit van de afspraken.
~ Ingevulde versie voor de route Logistiek & Retail Dommeldal College – ROC Peel en Kempen, definitief 2 juni 2025.
## Onderdeel 0 – Partijen
Stichting Kempenland Onderwijs, gevestigd te Eersel, bevoegd gezag van het Dommeldal College te Valkenswaard, vertegenwoordigd door de heer drs. H.W.M. (Huub) van den Heuvel, voorzitter college van bestuur, hierna: SKO;
en
Stichting Regionaal Opleidingencentrum Peel en Kempen, gevestigd te Helmond, vertegenwoordigd door mevrouw A.C. (Anouk) Smulders MBA, lid college van bestuur, hierna: het ROC;
verklaren te zijn overeengekomen als volgt.
## Onderdeel A – De route
~ Toelichting model: noem het vmbo-profiel en de leerweg, en de mbo-opleiding(en) met niveau en opleidingsdomein.
A.1 De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Economie en ondernemen, van het Dommeldal College.
A.2 De route leidt tot het vmbo-diploma basisberoepsgerichte leerweg en tot een diploma op niveau 2 van het ROC in een van de volgende basisberoepsopleidingen:
- Logistiek medewerker (niveau 2, opleidingsdomein Transport, scheepvaart en logistiek);
- Verkoopmedewerker (niveau 2, opleidingsdomein Handel en ondernemerschap).
A.3 De route duurt drie jaar. Het vmbo-examen wordt in het tweede routejaar afgerond; het mbo-diploma wordt aan het einde van het derde routejaar behaald. Partijen melden de route gezamenlijk bij DUO.
## Onderdeel B – Betrokkenheid werkveld
~ Toelichting model: beschrijf welke bedrijven of organisaties meedoen en wat hun rol is.
B.1 Partijen werken voor deze route samen met het Logistiek Platform Kempen, waarin onder meer DistriPark Veldhoven B.V., Transportbedrijf Ooms en Zn. en de Supermarktgroep Van Gorp zijn vertegenwoordigd, en met SBB.
B.2 De aangesloten bedrijven bieden in routejaar 2 en 3 de bpv-plaatsen aan (bij de start ten minste vijftien), verzorgen in routejaar 1 per periode een praktijkopdracht uit hun eigen magazijn of winkel en leveren de praktijkbeoordelaar bij de proeve van bekwaamheid.
B.3 Eén keer per jaar, in februari, bespreekt het routeteam met het platform de inhoud van het programma; de adviezen van het platform worden in het PTA/OER verwerkt of gemotiveerd terzijde gelegd.
## Onderdeel C – Leiding
~ Toelichting model: beschrijf de samenstelling van de leiding, de wijze van benoeming en de taken en bevoegdheden die de besturen aan de leiding opdragen.
C.1 De leiding over de route berust bij een routeteam van drie leden: twee leden uit het personeel van het Dommeldal College en één lid uit het personeel van het ROC. Ten minste één lid is teamleider; één lid vervult de rol van routecoördinator en is voor de leerlingen, ouders en bedrijven het vaste aanspreekpunt.
C.2 Het routeteam heeft tot taak:
- het opstellen van het gezamenlijke PTA/OER per routejaar;
- het roosteren en de verdeling van de lessen over de docenten van beide partijen;
- het werven en toewijzen van bpv-plaatsen in samenspraak met het Logistiek Platform Kempen;
- de begeleiding van leerlingen bij de overgang van de vmbo-fase naar de mbo-fase;
- het voorbereiden van overstapbesluiten (onderdeel F);
- het beheer van het routebudget.
C.3 Het routeteam is gemachtigd om binnen het door beide besturen vastgestelde jaarplan zelfstandig besluiten te nemen over programma, rooster, inzet van docenten en uitgaven tot € 10.000 per schooljaar. Besluiten over personeel, huisvesting, hogere uitgaven en wijziging van deze overeenkomst zijn voorbehouden aan de besturen.
C.4 Het routeteam vergadert ten minste eenmaal per maand en legt zijn besluiten vast in een besluitenlijst.
## Onderdeel D – Informatie en verantwoording
~ Toelichting model: hoe, hoe vaak en aan wie rapporteert de leiding?
D.1 Het routeteam stuurt de colleges van bestuur van SKO en het ROC in januari en in juli een managementrapportage met de kengetallen in-, door- en uitstroom, verzuim, examenresultaten en de stand van het routebudget.
D.2 Over het afgelopen schooljaar legt het routeteam jaarlijks in oktober verantwoording af in een bestuurlijk overleg met beide colleges van bestuur; de julirapportage dient daarvoor als basis.
## Onderdeel E – Organisatie en onderwijs
~ Toelichting model: locatie(s), gebruik van faciliteiten en inzet van personeel.
E.1 Routejaar 1 en 2 worden verzorgd op het Dommeldal College te Valkenswaard; routejaar 3 op de ROC-locatie Eindhoven-Zuid en bij het leerbedrijf.
E.2 Het ROC stelt zijn oefenmagazijn met heftruck-simulator en zijn praktijkwinkel twee dagdelen per week beschikbaar voor leerlingen uit routejaar 1 en 2. Het Dommeldal College stelt zijn praktijklokaal Economie en ondernemen ter beschikking voor mbo-lessen in routejaar 2.
E.3 Een docent logistiek van het ROC geeft in routejaar 1 en 2 zes lesuren per week op het Dommeldal College; de docenten Economie en ondernemen van het Dommeldal College verzorgen in routejaar 2 en 3 de lessen Nederlands en rekenen. In de beroepsgerichte programmaonderdelen wordt met teambevoegdheid gewerkt. Ieder blijft in dienst van de eigen werkgever.
E.4 Programma, examinering en bpv zijn per routejaar vastgelegd in het gezamenlijke PTA/OER.
## Onderdeel F – Overstapoptie
~ Toelichting model: welke mogelijkheden heeft een leerling die de route verlaat, en wie besluit?
F.1 Een leerling die de route verlaat, krijgt altijd een vervolg dat leidt naar een diploma. Het routeteam doet een voorstel; de directeur van het Dommeldal College en de opleidingsmanager van het ROC besluiten daarover samen, na een gesprek met de leerling en de ouders, op basis van het bereikte niveau en de leeftijd van de leerling.
F.2 Mogelijkheden zijn in elk geval:
- in routejaar 1 of 2: voortzetting in de reguliere basisberoepsgerichte leerweg van het Dommeldal College, in hetzelfde of een ander profiel, gericht op het vmbo-diploma;
- na het vmbo-diploma: overstap naar een andere niveau 2-opleiding van het ROC, waarbij geen vooropleidingseisen worden gesteld;
- zonder vmbo-diploma aan het eind van routejaar 2: voortzetting van de gekozen niveau 2-opleiding bij het ROC, waarbij het Dommeldal College het ontbrekende examendeel opnieuw aanbiedt.
F.3 De uitwerking staat in de schoolgids van het Dommeldal College en in de studiegids van het ROC.
## Onderdeel G – Financiën
~ Toelichting model: vermeld of bekostiging wordt overgedragen; zo ja, de omvang en de bestemming.
G.1 Met toepassing van artikel 9.1.15 WEB draagt het ROC voor iedere student in routejaar 3 een bedrag van € 450 per studiejaar over aan SKO.
G.2 Dit bedrag wordt besteed aan de uren die docenten van het Dommeldal College in routejaar 3 verzorgen en aan het onderhoud van het praktijklokaal Economie en ondernemen.
G.3 Verder draagt iedere partij haar eigen kosten.
## Onderdeel H – Aanvullende afspraken medezeggenschap (optioneel)
~ Toelichting model: vermeld hier de afspraken die partijen aanvullend op WMS, WEB en WOR maken over de medezeggenschap in de route.
Aanvullende afspraken: [nader in te vullen na overleg met de MR en de studentenraad] ……………………………………………………………………
## Onderdeel I – Geschilbeslechting
~ Toelichting model: beschrijf de wijze waarop geschillen tussen partijen worden beslecht.
I.1 De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de overeenkomst is conform de wettelijke bepalingen.
## Onderdeel J – Toetreding, wijziging en beëindiging
~ Toelichting model: voorwaarden voor toetreding, opzegging en wijziging, met het oog op de gevolgen voor leerlingen en studenten.
J.1 Een andere school voor vmbo of instelling voor beroepsonderwijs kan toetreden met schriftelijke toestemming van beide besturen, door ondertekening van een toetredingsverklaring waarin zij alle afspraken uit deze overeenkomst aanvaardt. Toetreding gaat in bij het begin van een schooljaar.
J.2 Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend; zij gaan in bij het begin van een schooljaar en gelden niet ten nadele van leerlingen die al in de route zitten.
J.3 Deze overeenkomst loopt voor onbepaalde tijd en kan door elk van partijen schriftelijk worden opgezegd met een termijn van ten minste één jaar, tegen 31 juli. Na opzegging starten geen nieuwe leerlingen meer; de leerlingen die al in de route zitten, ronden haar af onder de bestaande afspraken.
## Ondertekening
Valkenswaard, 2 juni 2025
Stichting Kempenland Onderwijs – drs. H.W.M. van den Heuvel
Stichting Regionaal Opleidingencentrum Peel en Kempen – A.C. Smulders MBA
"""

add(396, "bestuursmodel_ingevuld_kempenland", "pdf", T396,
    "Standaardmodel van een schoolbestuur met cursieve invulinstructies, ingevuld, PDF, "
    "Kempenland, economie en ondernemen basis -> Logistiek medewerker/Verkoopmedewerker "
    "niveau 2; leiding uitvoerig maar zonder wijze van aanwijzing, medezeggenschap "
    "placeholder, geschilbeslechting alleen wettekst.",
    dict(a="present", b="present", c="weak", d="present", e="present", f="present",
         g="present", h="weak", i="weak", j="present"),
    dict(a="Onderdeel A – De route", b="Onderdeel B – Betrokkenheid werkveld",
         d="Onderdeel D – Informatie en verantwoording", e="Onderdeel E – Organisatie en onderwijs",
         f="Onderdeel F – Overstapoptie", g="Onderdeel G – Financiën",
         j="Onderdeel J – Toetreding, wijziging en beëindiging"))

# --------------------------------------------------------------------------
# h397 - bijna alleen opsommingen, DOCX, Veenkolonien, geintegreerde route bouw
# --------------------------------------------------------------------------
T397 = r"""
# Samenwerkingsafspraken geïntegreerde route Bouw Veenkoloniën
~ Kanaalstreek College (vmbo) en ROC Hunzedal – afspraken in opsommingsvorm, vastgesteld juni 2025
## Wie tekenen
- Stichting Openbaar Voortgezet Onderwijs Veenkoloniën, Stadskanaal – bevoegd gezag van het Kanaalstreek College; namens de stichting: mevrouw J. (Jantina) Koops, bestuurder. Hierna: OVO.
- Stichting ROC Hunzedal, Emmen – namens de stichting: de heer R. (Rutger) Hilbolling, voorzitter college van bestuur. Hierna: Hunzedal.
- Beide tekenen als bevoegd gezag; deze afspraken vormen de samenwerkingsovereenkomst voor een geïntegreerde route als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB.
## 1. Om welke route het gaat
- Vmbo-kant: basisberoepsgerichte leerweg, profiel Bouwen, wonen en interieur (BWI), Kanaalstreek College, locatie Stadskanaal.
- Mbo-kant: opleidingsdomein Bouw en infra van Hunzedal, basisberoepsopleidingen op niveau 2:
- Timmerman (niveau 2, BBL vanaf routejaar 3);
- Metselaar (niveau 2, BBL vanaf routejaar 3).
- Vorm: geïntegreerde route vanaf leerjaar 3; de leerling sluit af met het mbo-diploma niveau 2; het Kanaalstreek College neemt geen vmbo-eindexamen af, tenzij de leerling daar zelf om vraagt of een overstap dat nodig maakt (zie 7).
- Toelating tot de route: na overleg met leerling en ouders en na overleg tussen mentor en intaker van Hunzedal.
- Melding: beide partijen registreren de route in RIO.
## 2. Wat de bouwbedrijven doen
- Deelnemers bij de start: Bouwbedrijf Wubs & Zonen (Musselkanaal), Timmerfabriek Oosterveen (Vlagtwedde), Aannemersbedrijf Bos Ter Apel en het leerwerkbedrijf Bouwvak Oost.
- Leerbanen: de bedrijven bieden samen ten minste twaalf BBL-leerbanen per jaar voor routejaar 3 en 4.
- Bouwproject: elk schooljaar één echt bouwproject (bij de start: een schuur voor de dierenweide in Stadskanaal) waarvoor een bedrijf opdrachtgever is en de leerlingen van routejaar 1 en 2 het werk uitvoeren.
- Beoordelen: een vakman van een deelnemend bedrijf beoordeelt mee bij elke proeve van bekwaamheid.
- Meedenken: de bedrijven vormen met SBB een praktijkraad die twee keer per jaar het programma bekijkt en advies geeft aan het kernduo.
## 3. Wie de route leidt
- Het kernduo leidt de route: de sectieleider BWI van het Kanaalstreek College en de teamleider Bouw en infra van Hunzedal.
- Aanwijzing: de bestuurder van OVO wijst de sectieleider aan, het college van bestuur van Hunzedal de teamleider; elk bestuur bevestigt dit per brief aan het andere bestuur. Bij vertrek wijst hetzelfde bestuur binnen zes weken een opvolger aan.
- Taken van het kernduo:
- programma, PTA/OER en rooster van de route;
- verdeling van de lessen over de docenten van beide partijen;
- werving en plaatsing bij leerbedrijven, samen met de praktijkraad;
- voorbereiden van overstapbesluiten (zie 7);
- beheer van het routebudget.
- Bevoegdheden: het kernduo besluit zelf over programma, rooster, inzet van docenten binnen de afgesproken uren en uitgaven tot € 7.500 per jaar; alles daarboven, en alles over personeel en gebouwen, gaat naar de besturen.
## 4. Hoe de besturen op de hoogte blijven
- Januari: tussenstand per brief aan beide besturen (aantallen leerlingen, uitval, verzuim, leerbanen).
- Vóór 15 juli: routeverslag over het schooljaar aan beide besturen, met resultaten, besteding van het budget en voorstellen voor het volgende jaar.
- September: bestuurlijk gesprek van beide besturen met het kernduo over het routeverslag; daarin legt het kernduo rekenschap af.
- Tussendoor: het kernduo meldt direct aan beide besturen als de route in gevaar komt (te weinig leerlingen, geen leerbanen, uitval van docenten).
## 5. Waar, met wie en met welke spullen
- Routejaar 1 en 2: les in het Kanaalstreek College; één dag per week in de bouwhal van Hunzedal in Stadskanaal.
- Routejaar 3 en 4: BBL – vier dagen leerbedrijf, één dag Hunzedal.
- Ruimtes: Hunzedal stelt de bouwhal met steigers en metselstraat beschikbaar; het Kanaalstreek College stelt zijn houtwerkplaats met machines beschikbaar voor de lessen van Hunzedal. Er wordt niets voor in rekening gebracht.
- Gereedschap en werkkleding: geleverd door de partij waar de leerling staat ingeschreven.
- Docenten: twee docenten BWI van het Kanaalstreek College en twee bouwdocenten van Hunzedal vormen één team; zij geven samen de beroepsgerichte lessen in routejaar 1 en 2 op basis van teambevoegdheid. Avo-vakken blijven bij de vmbo-docenten.
- Werkgeverschap: iedereen blijft in dienst van de eigen werkgever; die regelt ook de scholing.
- Programma en toetsing per leerjaar: in één PTA/OER, vóór 1 oktober vastgesteld door beide besturen.
- Inschrijving: routejaar 1 en 2 bij het Kanaalstreek College, daarna bij Hunzedal.
- Klachten: afgehandeld volgens de regeling van de partij waar de leerling staat ingeschreven; de andere partij werkt mee.
## 6. Geld
- Er gaat geen geld over en weer: de bekostiging blijft bij de partij die haar van het Rijk ontvangt.
- Ieder betaalt zijn eigen docenten, ruimtes en materiaal.
- Geen overdracht van bekostiging als bedoeld in artikel 5.42a WVO 2020 of 9.1.15 WEB.
## 7. Als de route niet lukt
- Uitgangspunt: wie stopt, krijgt altijd een passende plek waar een diploma binnen bereik ligt. Niemand gaat automatisch naar Entree.
- Wie beslist: de sectieleider BWI en de teamleider Bouw en infra samen, na een gesprek met de leerling en de ouders; zij wegen wat de leerling al heeft gehaald en hoe oud hij of zij is.
- Stoppen in routejaar 1: overstap naar een ander profiel of de gewone basisberoepsgerichte leerweg BWI van het Kanaalstreek College, met het vmbo-diploma als doel.
- Stoppen in routejaar 2: de leerling legt alsnog het vmbo-examen basis af, zodat hij of zij met dat diploma naar een andere mbo-opleiding kan.
- Stoppen in routejaar 3 of 4: overstap naar een andere niveau 2-opleiding van Hunzedal, ook in een ander domein, zonder dat vooropleidingseisen in de weg staan.
- Verhuizing of andere instelling: partijen zoeken mee en dragen het dossier over; de nieuwe instelling kan een geschiktheidsonderzoek doen.
- Entree: alleen als een diploma op niveau 2 echt niet haalbaar blijkt, en dan samen met de leerling en ouders gekozen, met begeleiding naar werk.
- Details staan in de schoolgids van het Kanaalstreek College.
## 8. Medezeggenschap
- Wettelijke basis: medezeggenschapsraad van het Kanaalstreek College voor routejaar 1 en 2, studentenraad en ondernemingsraad van Hunzedal daarna.
- Extra afgesproken:
- de leerlinggeleding van de MR en de studentenraad van Hunzedal houden elk jaar in het voorjaar een gezamenlijke bijeenkomst over de route, met het kernduo erbij;
- een leerling uit routejaar 1 of 2 mag de vergaderingen van de studentenraad bijwonen en daar het woord voeren;
- beide raden krijgen het routeverslag en geven advies voordat deze afspraken worden gewijzigd.
## 9. Als we het oneens zijn
- Stap 1: het kernduo zoekt binnen drie weken een oplossing.
- Stap 2: de directeur van het Kanaalstreek College en een lid van het college van bestuur van Hunzedal praten het uit, binnen vier weken.
- Stap 3: lukt dat niet, dan vragen partijen bindend advies aan een onafhankelijke deskundige die zij samen kiezen; komen zij niet tot een keuze, dan wijst de voorzitter van de Stichting Onderwijsgeschillen iemand aan. Het advies bindt beide partijen; de kosten worden gedeeld.
## 10. Erbij komen, wijzigen, stoppen
- Erbij komen: een andere vmbo-school of mbo-instelling uit de regio kan partij worden met schriftelijke instemming van beide besturen en door ondertekening van een toetredingsverklaring; start altijd op 1 augustus; melding in RIO door de nieuwe partij.
- Wijzigen: schriftelijk, ondertekend door beide besturen, na advies van beide raden; ingangsdatum bij een nieuw schooljaar; geen verslechtering voor leerlingen die al in de route zitten.
- Looptijd: vanaf 1 augustus 2025 voor onbepaalde tijd.
- Stoppen: opzeggen per aangetekende brief, opzegtermijn twaalf maanden, alleen tegen 1 augustus.
- Bescherming van leerlingen: na opzegging geen nieuwe instroom; wie al in de route zit, maakt haar af bij dezelfde partijen en onder dezelfde afspraken.
## Handtekeningen
- Stadskanaal, 19 juni 2025 – J. Koops, bestuurder OVO Veenkoloniën
- Emmen, 20 juni 2025 – R. Hilbolling, voorzitter college van bestuur ROC Hunzedal
"""

add(397, "opsommingen_veenkolonien", "docx", T397,
    "Vrijwel alleen opsommingstekens, telegramstijl, DOCX, Veenkolonien, geintegreerde "
    "route BWI basis -> Timmerman/Metselaar niveau 2 (BBL); volledig compliant, "
    "passende plek zonder automatische Entree, geen overdracht in gewone woorden.",
    dict(a="present", b="present", c="present", d="present", e="present", f="present",
         g="present", h="present", i="present", j="present"),
    dict(a="1. Om welke route het gaat", b="2. Wat de bouwbedrijven doen",
         c="3. Wie de route leidt", d="4. Hoe de besturen op de hoogte blijven",
         e="5. Waar, met wie en met welke spullen", f="7. Als de route niet lukt",
         g="6. Geld", h="8. Medezeggenschap", i="9. Als we het oneens zijn",
         j="10. Erbij komen, wijzigen, stoppen"))

# --------------------------------------------------------------------------
# h398 - artikelen met begrippen in een bijlage, Markdown, Noordkop,
#        mobiliteit en transport
# --------------------------------------------------------------------------
T398 = r"""
# Samenwerkingsovereenkomst Doorlopende Leerroute Mobiliteit Noordkop

**Partijen**

1. **Stichting Openbaar Voortgezet Onderwijs Noordkop**, statutair gevestigd te Den Helder, bevoegd gezag van het Zeestad Vakcollege, rechtsgeldig vertegenwoordigd door de heer ir. C.J. (Kees) Blaauboer, voorzitter van het college van bestuur, hierna: "OVO Noordkop";
2. **Stichting Regionaal Opleidingencentrum Kop van Holland**, statutair gevestigd te Schagen, rechtsgeldig vertegenwoordigd door mevrouw drs. L. (Lotte) Zwaan, voorzitter van het college van bestuur, hierna: "ROC Kop van Holland";

hierna samen: "Partijen".

**Overwegende dat**

- a. in de Kop van Noord-Holland grote behoefte bestaat aan vakbekwame autotechnici en bedrijfsautotechnici;
- b. Partijen jongeren een ononderbroken leerweg willen bieden van het vmbo naar een diploma op niveau 3;
- c. Partijen het belang onderschrijven dat iedere jongere, ook wanneer de Route voor hem of haar niet blijkt te passen, een passend vervolg krijgt;
- d. de Wet voortgezet onderwijs 2020 en de Wet educatie en beroepsonderwijs voorschrijven dat een doorlopende leerroute op grond van een samenwerkingsovereenkomst wordt verzorgd;

**komen het volgende overeen.**

## Artikel 1 – Begrippen

1.1 De in deze overeenkomst met een hoofdletter geschreven begrippen hebben de betekenis die daaraan is toegekend in Bijlage A.

1.2 Bijlage A en Bijlage B maken deel uit van deze overeenkomst.

## Artikel 2 – De Route

2.1 Partijen verzorgen gezamenlijk de Route. De Route begint in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, van het Zeestad Vakcollege.

2.2 De Route leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en tot het diploma van een van de volgende vakopleidingen van ROC Kop van Holland in het opleidingsdomein Mobiliteit en voertuigen:

- Eerste autotechnicus (niveau 3, BOL);
- Eerste bedrijfsautotechnicus (niveau 3, BOL).

2.3 De indeling van de Routejaren is weergegeven in Bijlage B.

2.4 Partijen melden de Route gezamenlijk aan bij DUO door registratie in RIO.

## Artikel 3 – Routeleiding

3.1 De Routeleiding bestaat uit twee Routeleiders: de afdelingsleider techniek van het Zeestad Vakcollege en de opleidingsmanager Mobiliteit van ROC Kop van Holland.

3.2 Iedere Routeleider wordt voor de duur van deze overeenkomst aangewezen door het Bestuur van de Partij bij wie hij of zij in dienst is. Vervanging geschiedt op dezelfde wijze.

3.3 De Besturen dragen aan de Routeleiding op: het opstellen van het PTA/OER, het vaststellen van het rooster, de toedeling van docenten aan de onderdelen van het programma, het contact met de Leerbedrijven en het beheer van het materiaalbudget van de Route.

3.4 De Routeleiding beslist binnen deze taken zelfstandig, met dien verstande dat besluiten met financiële gevolgen boven € 5.000 en besluiten over personeel of huisvesting de voorafgaande instemming van beide Besturen behoeven.

## Artikel 4 – Verantwoording

4.1 De Routeleiders houden de Besturen op de hoogte van de gang van zaken binnen de Route en zijn over hun functioneren verantwoording verschuldigd aan de Besturen.

## Artikel 5 – Inrichting van het onderwijs

5.1 In de Routejaren 1 en 2 wordt het onderwijs verzorgd in het gebouw van het Zeestad Vakcollege te Den Helder; één dag per week volgen de leerlingen praktijkonderwijs in de autowerkplaats van ROC Kop van Holland, locatie Den Helder. In de Routejaren 3, 4 en 5 wordt het onderwijs verzorgd door ROC Kop van Holland en bij de Leerbedrijven.

5.2 ROC Kop van Holland stelt zijn autowerkplaats, de diagnoseapparatuur en de lesvoertuigen beschikbaar; het Zeestad Vakcollege stelt zijn motorenlokaal en de lasruimte beschikbaar voor lessen van ROC Kop van Holland. Partijen brengen elkaar voor dit gebruik niets in rekening.

5.3 Het onderwijs wordt verzorgd door een Routeteam van docenten van beide Partijen. In de beroepsgerichte onderdelen van de Routejaren 1 en 2 wordt gebruikgemaakt van teambevoegdheid overeenkomstig artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Twee docenten van ROC Kop van Holland verzorgen ieder vier lesuren per week op het Zeestad Vakcollege. Iedere docent blijft in dienst van de eigen Partij.

5.4 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar beschreven in het PTA/OER, dat jaarlijks vóór 1 oktober door beide Besturen wordt vastgesteld. Het centraal examen vmbo wordt afgelegd in Routejaar 2.

5.5 Klachten over gedragingen van medewerkers van de ene Partij jegens leerlingen of studenten van de andere Partij worden behandeld volgens de klachtenregeling van de Partij waar de leerling of student is ingeschreven.

## Artikel 6 – Werkveld

6.1 Partijen betrekken het werkveld bij de Route via een Werkveldcommissie waarin de Leerbedrijven Autobedrijf Zijlstra (Den Helder), Garage Kaan (Schagen), Noordkop Truck Service (Anna Paulowna) en de regionale afdeling van de brancheorganisatie voor de mobiliteitsbranche zijn vertegenwoordigd.

6.2 De Leerbedrijven bieden stageplaatsen voor de Routejaren 3 tot en met 5, stellen voor de Routejaren 1 en 2 jaarlijks drie praktijkopdrachten beschikbaar en leveren de beoordelaars voor de proeven van bekwaamheid. De Werkveldcommissie adviseert jaarlijks over de inhoud van het programma en de keuzedelen.

## Artikel 7 – Financiële verhouding

7.1 Tussen Partijen vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Iedere Partij bekostigt de eigen inzet uit de eigen rijksbijdrage.

## Artikel 8 – Medezeggenschap

8.1 Partijen spreken af dat de medezeggenschapsraad van het Zeestad Vakcollege en de studentenraad van ROC Kop van Holland ieder één lid afvaardigen naar een Routeoverleg, dat ten minste tweemaal per jaar met de Routeleiders bijeenkomt.

8.2 Het Routeoverleg wordt gehoord over het PTA/OER en over ieder voorstel tot wijziging of beëindiging van deze overeenkomst, voordat de Besturen daarover besluiten. De wettelijke bevoegdheden van de afzonderlijke raden blijven onverlet.

## Artikel 9 – Geschillen

9.1 Partijen trachten een geschil over de uitvoering van deze overeenkomst eerst op te lossen in een overleg tussen de Routeleiders en vervolgens in een overleg tussen de Besturen.

9.2 Is het geschil niet binnen acht weken na aanvang van het overleg tussen de Besturen opgelost, dan wordt het voorgelegd aan een mediator. Leidt de mediation niet tot een oplossing, dan is de rechtbank Noord-Holland bevoegd.

## Artikel 10 – Toetreding en wijziging

10.1 Een ander bevoegd gezag van een school voor vmbo of van een instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden indien beide Besturen daarmee schriftelijk instemmen en het toetredende bevoegd gezag zich schriftelijk aan deze overeenkomst bindt. Toetreding gaat in bij het begin van een schooljaar.

10.2 Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk en met instemming van alle Partijen. Een wijziging treedt in werking bij het begin van een schooljaar en doet geen afbreuk aan het programma van leerlingen en studenten die op dat moment aan de Route deelnemen.

## Artikel 11 – Duur en beëindiging

11.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

11.2 Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden.

11.3 Na opzegging worden geen nieuwe leerlingen tot de Route toegelaten. Leerlingen en studenten die op het moment van beëindiging aan de Route deelnemen, ronden deze af volgens de bepalingen van deze overeenkomst, die voor hen van kracht blijven.

## Artikel 12 – Slotbepaling

12.1 Op deze overeenkomst is Nederlands recht van toepassing.

Aldus overeengekomen en in tweevoud ondertekend te Den Helder op 26 juni 2025.

| Stichting Openbaar Voortgezet Onderwijs Noordkop | Stichting Regionaal Opleidingencentrum Kop van Holland |
|---|---|
| ir. C.J. Blaauboer, voorzitter college van bestuur | drs. L. Zwaan, voorzitter college van bestuur |

---

# Bijlage A – Begrippen

| Begrip | Betekenis |
|---|---|
| Besturen | de colleges van bestuur van OVO Noordkop en van ROC Kop van Holland |
| Leerbedrijf | een door SBB erkend leerbedrijf in de mobiliteitsbranche dat met Partijen samenwerkt in de Route |
| Overstapoptie | de mogelijkheid, bedoeld in artikel 2.107k WVO 2020 en artikel 9.1.14 WEB, voor een leerling of student wiens deelname aan de Route voortijdig eindigt, om een diploma te behalen dat past bij het bereikte onderwijsniveau en de leeftijd |
| PTA/OER | het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de Route |
| Route | de doorlopende leerroute vmbo-mbo Mobiliteit Noordkop, bedoeld in artikel 2 |
| Routejaar | een leerjaar van de Route; Routejaar 1 is het derde leerjaar van het vmbo |
| Routeleiding | de Routeleiders gezamenlijk, bedoeld in artikel 3 |
| Routeteam | de docenten van beide Partijen die onderwijs in de Route verzorgen |
| Werkveldcommissie | de commissie bedoeld in artikel 6 |

# Bijlage B – Indeling van de Routejaren

| Routejaar | Leerjaar | Ingeschreven bij | Hoofdlocatie |
|---|---|---|---|
| 1 | vmbo 3 | Zeestad Vakcollege | Zeestad Vakcollege, één dag ROC |
| 2 | vmbo 4 | Zeestad Vakcollege | Zeestad Vakcollege, één dag ROC |
| 3 | mbo 1 | ROC Kop van Holland | ROC, locatie Den Helder |
| 4 | mbo 2 | ROC Kop van Holland | ROC en Leerbedrijf |
| 5 | mbo 3 | ROC Kop van Holland | Leerbedrijf en ROC |
"""

add(398, "definities_bijlage_noordkop", "md", T398,
    "Klassieke artikelen met hoofdlettergebruik en begrippenlijst in een bijlage, Markdown, "
    "Noordkop, mobiliteit en transport kader -> Eerste (bedrijfs)autotechnicus niveau 3; "
    "overstapoptie alleen in considerans en begrippenlijst, verantwoording zonder vorm "
    "of moment.",
    dict(a="present", b="present", c="present", d="weak", e="present", f="missing",
         g="present", h="present", i="present", j="present"),
    dict(a="Artikel 2 – De Route", b="Artikel 6 – Werkveld", c="Artikel 3 – Routeleiding",
         e="Artikel 5 – Inrichting van het onderwijs", g="Artikel 7 – Financiële verhouding",
         h="Artikel 8 – Medezeggenschap", i="Artikel 9 – Geschillen",
         j="Artikel 10 – Toetreding en wijziging"))

# --------------------------------------------------------------------------
# h399 - uitgebreid meerpartijenconvenant, PDF (lang), Parkstad, zorg en welzijn
# --------------------------------------------------------------------------
T399 = r"""
# Samenwerkingsovereenkomst Zorgroutes Parkstad
~ Doorlopende leerroutes vmbo-mbo Zorg en welzijn – Anstelvallei College, Schinveldse Bossen College, Caumerdal Vakcollege en ROC Mergelland
~ Versie 1.0 – definitief – 30 juni 2025
## Inhoud
Partijen en considerans
Artikel 1 Begrippen
Artikel 2 Doel en reikwijdte
Artikel 3 Routes en opleidingen
Artikel 4 Betrokkenheid van zorg- en welzijnsorganisaties
Artikel 5 Stuurgroep Zorgroutes
Artikel 6 Routecoördinatie
Artikel 7 Informatievoorziening en verantwoording
Artikel 8 Locaties en voorzieningen
Artikel 9 Personeel en teambevoegdheid
Artikel 10 Programma, examinering en diplomering
Artikel 11 Inschrijving, verzuim en begeleiding
Artikel 12 Klachten
Artikel 13 Overstap
Artikel 14 Bekostiging
Artikel 15 Medezeggenschap
Artikel 16 Gegevensuitwisseling en privacy
Artikel 17 Kwaliteitszorg en evaluatie
Artikel 18 Geschillen
Artikel 19 Toetreding en uittreding
Artikel 20 Wijziging
Artikel 21 Duur, opzegging en ontbinding
Artikel 22 Slotbepalingen
Bijlage 1 Routeoverzicht
Bijlage 2 Financiële uitwerking
==
## Partijen
1. Stichting Katholiek Voortgezet Onderwijs Parkstad, statutair gevestigd te Kerkrade, bevoegd gezag van het Anstelvallei College te Kerkrade en het Schinveldse Bossen College te Brunssum, rechtsgeldig vertegenwoordigd door mevrouw drs. M.J.G. (Marie-José) Hermans, voorzitter van het college van bestuur, hierna: SKVOP;
2. Stichting Openbaar Voortgezet Onderwijs Heerlen, statutair gevestigd te Heerlen, bevoegd gezag van het Caumerdal Vakcollege te Heerlen, rechtsgeldig vertegenwoordigd door de heer J.P. (Jean-Paul) Wetzels MSc, bestuurder, hierna: OVO Heerlen;
3. Stichting Regionaal Opleidingencentrum Mergelland, statutair gevestigd te Heerlen, rechtsgeldig vertegenwoordigd door mevrouw dr. E.A. (Esther) Ramakers, voorzitter van het college van bestuur, hierna: ROC Mergelland.
SKVOP en OVO Heerlen worden hierna ook aangeduid als de vo-besturen; de drie stichtingen samen als partijen.
## Considerans
Partijen overwegen het volgende:
a. In Parkstad Limburg daalt het aantal jongeren sterk, terwijl de vraag naar verzorgenden en verpleegkundigen blijft stijgen. De zorgorganisaties in de regio kampen nu al met onvervulde vacatures.
b. De drie vmbo-scholen bieden elk het profiel Zorg en welzijn aan, maar geen van hen heeft voldoende leerlingen om alleen een doorlopende leerroute met een eigen skills lab in stand te houden.
c. Partijen hebben in de schooljaren 2023-2024 en 2024-2025 een pilot uitgevoerd met twee groepen leerlingen, die positief is geëvalueerd door leerlingen, ouders, docenten en zorgorganisaties.
d. De medezeggenschapsorganen van partijen zijn over het voornemen tot deze samenwerking om advies gevraagd en hebben positief geadviseerd.
e. Partijen willen de samenwerking vastleggen in één overeenkomst als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB.
Partijen komen daarom het volgende overeen.
## Artikel 1 Begrippen
In deze overeenkomst wordt verstaan onder:
- routes: de doorlopende leerroutes vmbo-mbo, bedoeld in artikel 3;
- routejaar: een leerjaar van een route, waarbij routejaar 1 het derde leerjaar van het vmbo is;
- vo-fase: de routejaren waarin de leerling bij een van de vmbo-scholen staat ingeschreven;
- mbo-fase: de routejaren waarin de leerling als student bij ROC Mergelland staat ingeschreven;
- vmbo-scholen: het Anstelvallei College, het Schinveldse Bossen College en het Caumerdal Vakcollege;
- zorgpartners: de zorg- en welzijnsorganisaties, bedoeld in artikel 4;
- stuurgroep: de Stuurgroep Zorgroutes, bedoeld in artikel 5;
- PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling per route.
## Artikel 2 Doel en reikwijdte
2.1 Partijen verzorgen gezamenlijk de routes. Zij beogen daarmee dat jongeren in Parkstad zonder onderbreking en zonder dubbelingen in de leerstof een diploma op niveau 3 of 4 in de zorg behalen.
2.2 Deze overeenkomst regelt de samenwerking tussen partijen. Zij regelt niet de rechtsverhouding tussen partijen en individuele leerlingen of studenten; die blijft beheerst door de wet, de schoolgids, de onderwijsovereenkomst en de praktijkovereenkomst.
2.3 Partijen melden iedere route gezamenlijk aan de minister door registratie in RIO; iedere vmbo-school registreert de routes die zij aanbiedt.
## Artikel 3 Routes en opleidingen
3.1 Route Zorg 3 begint in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Zorg en welzijn, en leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en het diploma van een van de vakopleidingen Verzorgende-IG (niveau 3) of Medewerker maatschappelijke zorg (niveau 3) in het opleidingsdomein Zorg en welzijn van ROC Mergelland. Route Zorg 3 wordt aangeboden door alle drie de vmbo-scholen.
3.2 Route Zorg 4 begint in het derde leerjaar van de gemengde leerweg, profiel Zorg en welzijn, en leidt tot het vmbo-diploma gemengde leerweg en het diploma van de middenkaderopleiding Mbo-verpleegkundige (niveau 4) in het opleidingsdomein Zorg en welzijn van ROC Mergelland. Route Zorg 4 wordt aangeboden door het Caumerdal Vakcollege.
3.3 Beide routes worden in de mbo-fase in de beroepsopleidende leerweg verzorgd. Een student van Route Zorg 3 kan in de mbo-fase met instemming van ROC Mergelland overstappen naar de beroepsbegeleidende leerweg, indien een zorgpartner een leerbaan aanbiedt.
3.4 Bijlage 1 geeft per route de routejaren, de locaties en de momenten van examinering weer.
## Artikel 4 Betrokkenheid van zorg- en welzijnsorganisaties
4.1 Partijen betrekken de zorg- en welzijnssector bij de routes via de Zorgtafel Parkstad, waaraan bij de aanvang van deze overeenkomst deelnemen: Zorgcentra Parkstad (woonzorgcentra), Thuiszorg Heuvelland, Medisch Centrum Parkstad, de welzijnsorganisatie Samen Sterk Kerkrade en Kinderopvang De Mijnlamp, alsmede een adviseur van SBB.
4.2 De Zorgtafel komt ten minste driemaal per jaar met de routecoördinatoren bijeen en adviseert de stuurgroep over de inhoud van het programma, de keuzedelen en de aansluiting op de vraag van de regionale arbeidsmarkt. De stuurgroep motiveert het schriftelijk wanneer zij een advies niet overneemt.
4.3 Partijen hebben met de zorgpartners afgesproken dat deze:
- voor elke leerling in routejaar 1 een snuffelstage van twee weken aanbieden;
- in routejaar 2 samen met ROC Mergelland een leerafdeling in woonzorgcentrum De Schacht te Kerkrade openstellen, waar groepjes leerlingen onder begeleiding van een werkbegeleider één dagdeel per week meewerken;
- in de mbo-fase de bpv-plaatsen en leerbanen aanbieden die voor beide routes nodig zijn;
- verpleegkundigen als gastdocent inzetten in het skills lab;
- praktijkbeoordelaars leveren voor de proeven van bekwaamheid.
4.4 De afspraken met de afzonderlijke zorgpartners worden vastgelegd in praktijkovereenkomsten en in een jaarlijks stageplanningsoverzicht, dat de routecoördinatoren vóór 1 juni opstellen.
## Artikel 5 Stuurgroep Zorgroutes
5.1 De leiding over de routes berust bij de Stuurgroep Zorgroutes. De stuurgroep bestaat uit vier leden:
- één directeur of afdelingsleider namens de vmbo-scholen van SKVOP;
- één directeur of afdelingsleider namens het Caumerdal Vakcollege;
- twee leden namens ROC Mergelland, van wie ten minste één de opleidingsmanager Zorg en welzijn.
5.2 De leden worden benoemd door het college van bestuur onderscheidenlijk de bestuurder van de partij namens wie zij zitting hebben, voor een termijn van drie jaar, met de mogelijkheid van herbenoeming. Het benoemende bestuur kan een lid tussentijds ontslaan en voorziet binnen twee maanden in de vacature. De stuurgroep kiest uit haar midden een voorzitter, afwisselend uit een vo-bestuur en uit ROC Mergelland.
5.3 De besturen dragen aan de stuurgroep de volgende taken op:
- het vaststellen van het jaarplan en de routebegroting, binnen de kaders van artikel 14 en Bijlage 2;
- het vaststellen van het PTA/OER ter goedkeuring door de besturen;
- het bewaken van de kwaliteit, het rendement en de continuïteit van de routes;
- het besluiten over de verdeling van de inzet van personeel tussen de locaties, op voorstel van de routecoördinatoren;
- het onderhouden van de contacten met de Zorgtafel en de gemeenten in Parkstad;
- het nemen van besluiten over de overstap van leerlingen in de gevallen, bedoeld in artikel 13.5.
5.4 De stuurgroep is bevoegd binnen de vastgestelde routebegroting verplichtingen aan te gaan tot een bedrag van € 25.000 per geval. Zij is niet bevoegd tot het aangaan van arbeidsovereenkomsten, het huren of verhuren van ruimten of het wijzigen van deze overeenkomst; daarover beslissen de besturen.
5.5 De stuurgroep besluit bij meerderheid van stemmen, met dien verstande dat een besluit ten minste de steun heeft van één lid namens een vo-bestuur en één lid namens ROC Mergelland. Staken de stemmen, dan wordt het voorstel aan de besturen voorgelegd.
## Artikel 6 Routecoördinatie
6.1 Iedere vmbo-school en ROC Mergelland wijzen een routecoördinator aan, die onder verantwoordelijkheid van de stuurgroep de dagelijkse uitvoering verzorgt, het rooster afstemt en het aanspreekpunt is voor leerlingen, ouders en zorgpartners.
6.2 De routecoördinatoren overleggen ten minste eenmaal per maand en rapporteren aan de stuurgroep.
## Artikel 7 Informatievoorziening en verantwoording
7.1 De stuurgroep legt over haar beleid en beheer verantwoording af aan de besturen van alle partijen door middel van een jaarverslag, dat uiterlijk 1 november wordt toegezonden en betrekking heeft op het voorafgaande schooljaar. Het jaarverslag bevat ten minste: het aantal leerlingen en studenten per route en per routejaar, de in-, door- en uitstroom, het aantal overstappen en de bestemming daarvan, de examenresultaten, het oordeel van leerlingen en zorgpartners en de financiële verantwoording over de routebegroting.
7.2 Daarnaast zendt de stuurgroep de besturen in maart en in juni een beknopte voortgangsrapportage met de actuele kengetallen en de belangrijkste risico's.
7.3 De besturen bespreken het jaarverslag jaarlijks in december in een bestuurlijk overleg met de stuurgroep. In dat overleg worden de jaarplannen en de begroting voor het volgende kalenderjaar vastgesteld.
7.4 De stuurgroep verstrekt ieder bestuur op diens verzoek binnen drie weken alle inlichtingen die het voor de uitoefening van zijn taken nodig heeft en informeert de besturen onverwijld over ontwikkelingen die de continuïteit van een route in gevaar brengen.
## Artikel 8 Locaties en voorzieningen
8.1 De vo-fase wordt verzorgd op de eigen vmbo-school. In routejaar 1 en 2 volgen de leerlingen één dag per week onderwijs op de zorglocatie van ROC Mergelland te Heerlen.
8.2 De mbo-fase wordt verzorgd op de zorglocatie van ROC Mergelland te Heerlen, op de leerafdeling, bedoeld in artikel 4.3, en bij de zorgpartners.
8.3 ROC Mergelland stelt zijn skills lab, met simulatieruimte, oefenbedden en tilliften, beschikbaar aan de leerlingen in de vo-fase. Het Caumerdal Vakcollege stelt zijn praktijklokaal zorg en zijn keuken beschikbaar aan ROC Mergelland voor het onderwijs aan studenten van Route Zorg 3 in de mbo-fase.
8.4 SKVOP organiseert en bekostigt het vervoer van de leerlingen van het Anstelvallei College en het Schinveldse Bossen College naar Heerlen.
8.5 Partijen verzekeren ieder de eigen gebouwen en inventaris. Schade die een leerling of student toebrengt aan voorzieningen van een andere partij, wordt afgehandeld volgens de regels van de partij waar de schade is ontstaan.
## Artikel 9 Personeel en teambevoegdheid
9.1 Het onderwijs in de routes wordt verzorgd door één docententeam per route, samengesteld uit docenten van de vmbo-scholen en van ROC Mergelland.
9.2 In de beroepsgerichte programmaonderdelen van routejaar 1 en 2 maken partijen gebruik van teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Het PTA/OER vermeldt in welke onderdelen met teams wordt gewerkt. Ieder programmaonderdeel wordt verzorgd door een team waarin ten minste één daarvoor bevoegde docent zit.
9.3 ROC Mergelland zet in de vo-fase per route en per routejaar ten minste 0,4 fte docent verpleegkunde of verzorging in. De vmbo-scholen zetten in de vo-fase hun docenten zorg en welzijn en de docenten van de algemene vakken in; een docent biologie van het Caumerdal Vakcollege verzorgt in de mbo-fase van Route Zorg 4 de lessen anatomie en fysiologie.
9.4 Iedere docent blijft in dienst van de eigen werkgever. Die werkgever blijft verantwoordelijk voor de bekwaamheid, de professionalisering en het personeelsbeleid. Partijen verzorgen jaarlijks twee gezamenlijke studiedagen voor het docententeam.
## Artikel 10 Programma, examinering en diplomering
10.1 De stuurgroep stelt per route jaarlijks vóór 1 oktober het PTA/OER op, waarin per leerjaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn beschreven, met aanduiding van de vo-onderdelen, de mbo-onderdelen en de gecombineerde onderdelen. Het PTA/OER wordt vastgesteld door de besturen.
10.2 Het centraal examen vmbo wordt afgelegd in routejaar 2. De vmbo-school blijft verantwoordelijk voor het eindexamen en de diplomering vmbo, ook voor een leerling die in de mbo-fase een onderdeel van het vmbo-examen afrondt.
10.3 ROC Mergelland is verantwoordelijk voor de mbo-examinering, de diplomering en de bpv. Mbo-examens kunnen vanaf routejaar 1 worden afgenomen.
## Artikel 11 Inschrijving, verzuim en begeleiding
11.1 In de vo-fase staat de leerling ingeschreven bij de vmbo-school, die ook verantwoordelijk is voor het verzuimbeleid en de melding bij de leerplichtambtenaar. In de mbo-fase staat de leerling als student ingeschreven bij ROC Mergelland, dat die verantwoordelijkheid overneemt.
11.2 Iedere leerling heeft in de vo-fase een mentor van de vmbo-school en een loopbaanbegeleider van ROC Mergelland. Bij de overgang naar de mbo-fase vindt een warme overdracht plaats, waarbij het ontwikkelingsperspectief en de ondersteuningsbehoefte van de leerling worden overgedragen.
## Artikel 12 Klachten
12.1 De klachtenregeling van de partij waar de leerling of student staat ingeschreven, is ook van toepassing op gedragingen van bestuurders en medewerkers van de andere partijen in het kader van de routes. De andere partijen verlenen volledige medewerking aan de behandeling.
12.2 De voorzitter van de klachtencommissie die een klacht behandelt, is niet werkzaam voor of bij de partij tegen wier medewerker de klacht is gericht.
## Artikel 13 Overstap
13.1 Partijen waarborgen dat een leerling of student die de route niet met goed gevolg doorloopt, altijd een passende plek krijgt waar hij of zij een vmbo-diploma of een mbo-diploma kan behalen. Wat passend is, beoordelen de betrokken vmbo-school en ROC Mergelland gezamenlijk, aan de hand van het onderwijsniveau dat de leerling heeft bereikt en diens leeftijd, en na een gesprek met de leerling en de ouders of verzorgers.
13.2 Verlaat een leerling de route in de vo-fase, dan zet hij of zij het onderwijs voort in de reguliere leerweg van de eigen vmbo-school, in het profiel Zorg en welzijn of in een ander profiel, gericht op het behalen van het vmbo-diploma. Waar dat beter past, kan de leerling in overleg overstappen naar de andere route van deze overeenkomst.
13.3 Heeft een leerling aan het einde van routejaar 3 het vmbo-diploma niet behaald, dan zet hij of zij de mbo-opleiding voort bij ROC Mergelland, of stroomt hij of zij in een andere opleiding van ROC Mergelland op een vergelijkbaar niveau in. De vmbo-school biedt de gelegenheid de ontbrekende onderdelen van het eindexamen alsnog af te leggen. Wanneer dat in het belang van de leerling is, kan ook worden gekozen voor het opnieuw doorlopen van het examenjaar vmbo.
13.4 Wil een student in de mbo-fase een andere richting kiezen, dan kan hij of zij overstappen naar een andere opleiding van ROC Mergelland op hetzelfde of een lager niveau, ook in een ander opleidingsdomein. De vooropleidingseisen zijn daarbij niet van toepassing. Wil de student naar een andere instelling, dan verlenen partijen hun medewerking aan het onderzoek naar de geschiktheid van de student dat die instelling kan instellen.
13.5 Komen de vmbo-school en ROC Mergelland niet tot een gezamenlijk oordeel, dan beslist de stuurgroep binnen twee weken.
13.6 De vmbo-scholen beschrijven de werkwijze bij een overstap in hun schoolgids; ROC Mergelland in zijn studiegids.
## Artikel 14 Bekostiging
14.1 De vo-besturen dragen met toepassing van artikel 5.42a WVO 2020 voor iedere leerling die op 1 oktober in routejaar 1 of 2 van een route staat ingeschreven, een deel van hun bekostiging aan ROC Mergelland over. Het bedrag is € 525 per leerling per schooljaar voor Route Zorg 3 en € 700 per leerling per schooljaar voor Route Zorg 4.
14.2 ROC Mergelland besteedt deze middelen aan de inzet van zijn docenten in de vo-fase (artikel 9.3) en aan het gebruik en onderhoud van het skills lab, inclusief verbruiksmaterialen (artikel 8.3).
14.3 ROC Mergelland draagt met toepassing van artikel 9.1.15 WEB aan OVO Heerlen een bedrag van € 6.000 per schooljaar over voor de inzet van de docent biologie in de mbo-fase van Route Zorg 4, bedoeld in artikel 9.3.
14.4 Voor het overige draagt iedere partij haar eigen kosten. Bijlage 2 bevat de betalingstermijnen, de indexering en de wijze van afrekening.
## Artikel 15 Medezeggenschap
15.1 Op de medezeggenschap in de routes zijn de Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de ondernemingsraden van toepassing, al naar gelang de fase waarin de leerling zich bevindt en de werkgever van de medewerker. Partijen maken daarnaast de volgende afspraken.
15.2 Partijen stellen een Routeraad Zorg in, bestaande uit twee leerlingen of ouders uit de vo-fase, aangewezen door de medezeggenschapsraden van de vmbo-scholen, twee studenten, aangewezen door de studentenraad van ROC Mergelland, en twee medewerkers, aangewezen door de personeelsgeledingen van de medezeggenschapsraden en de ondernemingsraad van ROC Mergelland.
15.3 De Routeraad Zorg vergadert ten minste tweemaal per jaar met de stuurgroep, ontvangt het jaarverslag en de voortgangsrapportages, en brengt advies uit over het PTA/OER, over het jaarplan en over ieder voorstel tot wijziging, toetreding, uittreding of beëindiging.
15.4 Leerlingen in de vo-fase kunnen zich kandidaat stellen voor de studentenraad van ROC Mergelland en hebben daarin, als zij gekozen worden, dezelfde rechten als studenten.
15.5 De bevoegdheden van de medezeggenschapsraden, de studentenraad, de ondernemingsraad en de ouderraad van partijen blijven onverlet.
## Artikel 16 Gegevensuitwisseling en privacy
16.1 Partijen wisselen persoonsgegevens van leerlingen en studenten uit voor zover dat noodzakelijk is voor de uitvoering van de routes, met inachtneming van de Algemene verordening gegevensbescherming. Zij leggen de afspraken daarover vast in een gegevensuitwisselingsprotocol.
16.2 Iedere partij is verwerkingsverantwoordelijke voor de gegevens van de leerlingen of studenten die bij haar staan ingeschreven.
## Artikel 17 Kwaliteitszorg en evaluatie
17.1 De routes maken deel uit van het kwaliteitszorgsysteem van iedere partij. De stuurgroep voert jaarlijks een tevredenheidsonderzoek uit onder leerlingen, ouders en zorgpartners.
17.2 In het schooljaar 2027-2028 laten partijen de routes en deze overeenkomst extern evalueren.
## Artikel 18 Geschillen
18.1 Onder een geschil wordt verstaan ieder verschil van mening tussen twee of meer partijen over de uitleg of de uitvoering van deze overeenkomst dat door een van hen schriftelijk als geschil is aangemerkt.
18.2 Een geschil wordt eerst in de stuurgroep besproken. Wordt het niet binnen vier weken opgelost, dan wordt het voorgelegd aan een bestuurlijk overleg van de voorzitters van de besturen van partijen.
18.3 Wordt het geschil ook daar niet binnen zes weken opgelost, dan wordt het voorgelegd aan een geschillencommissie van drie leden. Iedere bij het geschil betrokken zijde wijst één lid aan; de twee aldus aangewezen leden wijzen samen de voorzitter aan, die jurist is en niet werkzaam is voor een van partijen.
18.4 De geschillencommissie hoort partijen en brengt binnen drie maanden een bindend advies uit. Partijen verbinden zich dat advies uit te voeren. De kosten worden gelijkelijk gedragen door de bij het geschil betrokken partijen.
18.5 Lopende een geschil blijven partijen hun verplichtingen tegenover leerlingen en studenten volledig nakomen.
## Artikel 19 Toetreding en uittreding
19.1 Het bevoegd gezag van een andere school voor vmbo in Parkstad die het profiel Zorg en welzijn aanbiedt, of van een andere instelling voor beroepsonderwijs, kan tot deze overeenkomst toetreden, indien:
- alle partijen daarmee schriftelijk instemmen, na advies van de Routeraad Zorg;
- het toetredende bevoegd gezag schriftelijk verklaart deze overeenkomst en haar bijlagen te aanvaarden;
- is vastgesteld welke routes de toetredende partij aanbiedt en welke financiële afspraken voor haar gelden.
19.2 De toetreding gaat in op 1 augustus van het schooljaar waarin de toetredende partij voor het eerst leerlingen in een route laat instromen. De toetredende partij registreert de route in RIO.
19.3 Een partij kan uit deze overeenkomst treden door opzegging overeenkomstig artikel 21. De overeenkomst blijft tussen de overige partijen van kracht, tenzij daardoor geen vmbo-school of geen instelling voor beroepsonderwijs meer partij is.
## Artikel 20 Wijziging
20.1 Deze overeenkomst en haar bijlagen kunnen uitsluitend worden gewijzigd bij schriftelijke overeenkomst die door alle partijen is ondertekend, na advies van de Routeraad Zorg. Bijlage 2 kan door de stuurgroep worden aangepast voor zover het de indexering betreft.
20.2 Een wijziging treedt in werking op 1 augustus. Een wijziging die het programma, de locatie of de diplomamogelijkheden van leerlingen en studenten raakt, geldt niet voor leerlingen en studenten die op dat moment al aan een route deelnemen, tenzij zij daardoor niet worden benadeeld.
## Artikel 21 Duur, opzegging en ontbinding
21.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.
21.2 Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste achttien maanden.
21.3 Iedere partij kan deze overeenkomst ontbinden indien een andere partij ernstig tekortschiet in de nakoming en die tekortkoming niet binnen drie maanden na een schriftelijke ingebrekestelling heeft hersteld. Ontbinding werkt alleen ten aanzien van de tekortschietende partij en gaat in op het eerstvolgende 1 augustus.
21.4 Na opzegging of ontbinding laat de betrokken partij geen nieuwe leerlingen meer in een route instromen. Leerlingen en studenten die op dat moment aan een route deelnemen, ronden de route af bij dezelfde scholen en onder dezelfde voorwaarden; de bepalingen van deze overeenkomst blijven voor hen van kracht totdat de laatste van hen de route heeft afgerond of met toepassing van artikel 13 is overgestapt. Partijen stellen zo nodig gezamenlijk een afbouwplan op.
## Artikel 22 Slotbepalingen
22.1 Op deze overeenkomst is Nederlands recht van toepassing.
22.2 Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige bepalingen van kracht en vervangen partijen de nietige bepaling door een geldige bepaling die zoveel mogelijk aansluit bij de bedoeling van partijen.
22.3 Deze overeenkomst is opgemaakt in drievoud.
## Ondertekening
Heerlen, 30 juni 2025
Stichting Katholiek Voortgezet Onderwijs Parkstad – drs. M.J.G. Hermans, voorzitter college van bestuur
Stichting Openbaar Voortgezet Onderwijs Heerlen – J.P. Wetzels MSc, bestuurder
Stichting Regionaal Opleidingencentrum Mergelland – dr. E.A. Ramakers, voorzitter college van bestuur
==
## Bijlage 1 Routeoverzicht
| Route | vmbo (leerweg, profiel) | Aanbiedende vmbo-school | mbo-opleiding en niveau | Centraal examen vmbo | Duur |
| Zorg 3 | kaderberoepsgericht, Zorg en welzijn | Anstelvallei College, Schinveldse Bossen College, Caumerdal Vakcollege | Verzorgende-IG of Medewerker maatschappelijke zorg, niveau 3 | routejaar 2 | 4 jaar |
| Zorg 4 | gemengd, Zorg en welzijn | Caumerdal Vakcollege | Mbo-verpleegkundige, niveau 4 | routejaar 2 | 5 jaar |
## Bijlage 2 Financiële uitwerking
1. Omvang van de overdracht aan ROC Mergelland (artikel 14.1): het aantal leerlingen in routejaar 1 en 2 per 1 oktober, vermenigvuldigd met € 525 (Zorg 3) of € 700 (Zorg 4).
2. Omvang van de overdracht aan OVO Heerlen (artikel 14.3): € 6.000 per schooljaar.
3. Indexering: de bedragen worden jaarlijks per 1 augustus geïndexeerd met de prijsbijstelling van de rijksbijdrage voortgezet onderwijs.
4. Betaling: ROC Mergelland factureert de vo-besturen in december en april ieder de helft; OVO Heerlen factureert ROC Mergelland in juni.
5. Afrekening: de stuurgroep neemt de besteding van de overgedragen middelen op in de financiële verantwoording in het jaarverslag (artikel 7.1).
| Post | Betaler | Ontvanger | Bedrag | Bestemming |
| Overdracht Zorg 3 | SKVOP, OVO Heerlen | ROC Mergelland | € 525 per leerling per schooljaar | docenten ROC in vo-fase, skills lab |
| Overdracht Zorg 4 | OVO Heerlen | ROC Mergelland | € 700 per leerling per schooljaar | docenten ROC in vo-fase, skills lab |
| Overdracht docent biologie | ROC Mergelland | OVO Heerlen | € 6.000 per schooljaar | lessen anatomie en fysiologie mbo-fase Zorg 4 |
"""

add(399, "convenant_uitgebreid_parkstad", "pdf", T399,
    "Lange meerpartijenovereenkomst (twee vo-besturen, drie vmbo-scholen, een ROC) met "
    "inhoudsopgave, considerans en bijlagen, PDF, Parkstad, Zorg en welzijn kader/gemengd -> "
    "Verzorgende-IG/MMZ niveau 3 en Mbo-verpleegkundige niveau 4; volledig compliant, "
    "overdracht in twee richtingen met bedrag en bestemming.",
    dict(a="present", b="present", c="present", d="present", e="present", f="present",
         g="present", h="present", i="present", j="present"),
    dict(a="Artikel 3 Routes en opleidingen",
         b="Artikel 4 Betrokkenheid van zorg- en welzijnsorganisaties",
         c="Artikel 5 Stuurgroep Zorgroutes",
         d="Artikel 7 Informatievoorziening en verantwoording",
         e="Artikel 9 Personeel en teambevoegdheid", f="Artikel 13 Overstap",
         g="Artikel 14 Bekostiging", h="Artikel 15 Medezeggenschap",
         i="Artikel 18 Geschillen", j="Artikel 21 Duur, opzegging en ontbinding"))

# --------------------------------------------------------------------------
# h400 - zeer kort akkoord, DOCX, Bommelerwaard, groen
# --------------------------------------------------------------------------
T400 = r"""
# Samenwerkingsovereenkomst doorlopende leerroute Hovenier Bommelerwaard
Stichting Christelijk Voortgezet Onderwijs Bommelerwaard (Zaltbommel), bevoegd gezag van het Maasdijk College, en Stichting Groenonderwijs Rivierengebied (Zaltbommel), bevoegd gezag van het Groencollege Maas en Waal, spreken het volgende af.
**Art. 1 Route.** Leerlingen uit de kaderberoepsgerichte leerweg, profiel Groen, van het Maasdijk College volgen vanaf leerjaar 3 één route naar het vmbo-diploma en het diploma Vakbekwaam hovenier (niveau 3, BOL, opleidingsdomein Voedsel, natuur en leefomgeving) van het Groencollege. De route duurt vier jaar en wordt door beide partijen bij DUO gemeld.
**Art. 2 Bedrijven.** Van Dalen Tuinen (Brakel), De Groene Kamer (Zaltbommel) en Boomkwekerij Kerkdriel bieden de stageplaatsen, leveren elke periode een praktijkopdracht, beoordelen de proeve van bekwaamheid mee en geven elk jaar in juni advies over het programma.
**Art. 3 Routeduo.** De route wordt geleid door de teamleider groen van het Maasdijk College en de opleidingsmanager hovenier van het Groencollege, ieder aangewezen door het eigen bestuur. Het duo maakt het programma, het rooster en het PTA/OER, verdeelt de docenten en plaatst leerlingen bij de bedrijven, en beslist daarover zelf binnen de jaarbegroting; personeel, gebouwen en deze overeenkomst blijven bij de besturen.
**Art. 4 Verslag.** Het duo stuurt beide besturen vóór 1 juli een routeverslag (leerlingaantallen, uitval, resultaten, uitgaven) en licht dat in september toe aan beide bestuurders.
**Art. 5 Onderwijs.** Jaar 1 en 2: op het Maasdijk College, met één dag per week in de praktijktuin en de machinehal van het Groencollege. Jaar 3 en 4: op het Groencollege en bij het leerbedrijf. Twee hoveniersdocenten van het Groencollege geven zes uur per week les op het Maasdijk College; in de beroepsgerichte vakken werkt het gezamenlijke team met teambevoegdheid. Ieder blijft in dienst van de eigen werkgever. Programma en toetsing per leerjaar staan in het gezamenlijke PTA/OER.
**Art. 6 Uitstappen.** Wie de route verlaat, houdt een weg naar een diploma: in jaar 1 of 2 de gewone kaderberoepsgerichte leerweg (Groen of een ander profiel) voor het vmbo-diploma; daarna een andere opleiding op niveau 2 of 3 van het Groencollege, zonder vooropleidingseisen; zonder vmbo-diploma na jaar 3 verder in het mbo met herkansing van het ontbrekende examendeel. De teamleider en de opleidingsmanager besluiten samen, na een gesprek met leerling en ouders, op grond van het bereikte niveau en de leeftijd.
**Art. 7 Geld.** Er wordt geen bekostiging overgedragen; ieder draagt de eigen kosten.
**Art. 8 Onenigheid.** Onenigheid tussen partijen over de uitvoering gaat eerst naar het duo, dan naar de twee bestuurders, daarna naar een mediator. Lukt ook dat niet, dan beslist de rechtbank Gelderland.
**Art. 9 Nieuwe partner, wijziging, einde.** Een andere school of instelling kan meedoen als beide besturen schriftelijk instemmen en zij deze overeenkomst mede ondertekent. Wijzigen kan alleen schriftelijk, door beide besturen. Opzeggen kan met twaalf maanden termijn, per 1 augustus; daarna geen nieuwe instroom, en wie al in de route zit, maakt haar af.
Zaltbommel, 27 juni 2025 – namens beide besturen: ir. W. (Wim) van Gent, bestuurder CVO Bommelerwaard; mevrouw P. (Petra) Versteeg, voorzitter college van bestuur Groenonderwijs Rivierengebied.
"""

add(400, "kort_akkoord_bommelerwaard", "docx", T400,
    "Zeer kort akkoord van een pagina met vetgedrukte artikelkoppen in de lopende tekst, DOCX, "
    "Bommelerwaard, Groen kader -> Vakbekwaam hovenier niveau 3; alles in een of twee zinnen "
    "geregeld, zwijgt over medezeggenschap.",
    dict(a="present", b="present", c="present", d="present", e="present", f="present",
         g="present", h="not_applicable", i="present", j="present"),
    dict(a="Art. 1 Route.", b="Art. 2 Bedrijven.", c="Art. 3 Routeduo.", d="Art. 4 Verslag.",
         e="Art. 5 Onderwijs.", f="Art. 6 Uitstappen.", g="Art. 7 Geld.",
         i="Art. 8 Onenigheid.", j="Art. 9 Nieuwe partner, wijziging, einde."))

# ==== END OF AGREEMENTS ====


def main(argv):
    if argv and argv[0] == "--check":
        ok = check(sorted(AGREEMENTS))
        print("CHECK PASSED" if ok else "CHECK FAILED")
        return 0 if ok else 1
    nums = [int(x.lstrip("h")) for x in argv] if argv else sorted(AGREEMENTS)
    for n in nums:
        build(n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
