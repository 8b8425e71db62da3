#!/usr/bin/env python3
"""Build held-out sample agreements h457-h464 (set 30a) for leerroute-check.

Written by an independent helper session acting as author of test data. The texts were composed from
the two official guidance documents (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie),
shared/domain.md and sample_agreements/LABELS.md only, without looking at checker code, models,
tests, benchmarks or the texts of any other sample. All schools, instellingen, companies and people
are made up.

Usage:
    python3 build_heldout30a.py            build all
    python3 build_heldout30a.py 457 460    build only those numbers
    python3 build_heldout30a.py --check    verify the produced files
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

SAMPLES = {}  # number -> dict(name, ext, blocks|text, statuses, evidence, description)


def sample(num, name, ext, statuses, evidence, description, content, meta=None):
    SAMPLES[num] = dict(name=name, ext=ext, statuses=statuses, evidence=evidence,
                        description=description, content=content, meta=meta or {})


def st(s):
    """'a=p b=w ...' shorthand -> statuses dict."""
    m = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    out = {}
    for part in s.split():
        k, v = part.split("=")
        out[k] = m[v]
    return out


# ---------------------------------------------------------------------------------------------
# renderers.  Blocks: ("title", t) ("sub", t) ("h", t) ("h2", t) ("p", t) ("li", t) numbered list
# item, ("bl", t) bullet, ("table", [[...], ...]) first row header, ("pb",) page break,
# ("sp", pts) spacer, ("small", t) small print, ("center", t)
# ---------------------------------------------------------------------------------------------

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(blocks, path, meta):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table,
                                    TableStyle, ListFlowable, ListItem)
    ss = getSampleStyleSheet()
    font = meta.get("font", "Helvetica")
    bold = font + "-Bold" if font != "Times-Roman" else "Times-Bold"
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=font, fontSize=10, leading=13.5,
                          spaceAfter=5)
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=18, leading=23, spaceAfter=12,
                           alignment=meta.get("title_align", 0))
    sub = ParagraphStyle("s", parent=body, fontSize=12, leading=16, spaceAfter=8,
                         alignment=meta.get("title_align", 0))
    h = ParagraphStyle("h", parent=body, fontName=bold, fontSize=11.5, leading=15, spaceBefore=9,
                       spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=10, spaceBefore=5, spaceAfter=3)
    small = ParagraphStyle("sm", parent=body, fontSize=8, leading=10.5)
    center = ParagraphStyle("c", parent=body, alignment=1)
    story = []
    pending = []

    def flush():
        if pending:
            kind = pending[0][0]
            items = [ListItem(Paragraph(esc(t), body), leftIndent=14) for _, t in pending]
            if kind == "li":
                story.append(ListFlowable(items, bulletType="1", leftIndent=16, bulletFontName=font,
                                          bulletFontSize=10))
            else:
                story.append(ListFlowable(items, bulletType="bullet", start="-", leftIndent=16,
                                          bulletFontName=font, bulletFontSize=10))
            pending.clear()

    for b in blocks:
        k = b[0]
        if k in ("li", "bl"):
            if pending and pending[0][0] != k:
                flush()
            pending.append((k, b[1]))
            continue
        flush()
        if k == "title":
            story.append(Paragraph(esc(b[1]), title))
        elif k == "sub":
            story.append(Paragraph(esc(b[1]), sub))
        elif k == "h":
            story.append(Paragraph(esc(b[1]), h))
        elif k == "h2":
            story.append(Paragraph(esc(b[1]), h2))
        elif k == "p":
            story.append(Paragraph(esc(b[1]), body))
        elif k == "small":
            story.append(Paragraph(esc(b[1]), small))
        elif k == "center":
            story.append(Paragraph(esc(b[1]), center))
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "table":
            rows = [[Paragraph(esc(c), small) for c in r] for r in b[1]]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    flush()
    footer = meta.get("footer", "")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        if footer:
            canvas.drawString(2.2 * cm, 1.3 * cm, footer)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.3 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, invariant=1,
                            title=meta.get("pdf_title", ""), author=meta.get("pdf_author", ""),
                            creator="", producer="")
    doc.build(story, onFirstPage=on_page if meta.get("footer_first", True) else (lambda c, d: None),
              onLaterPages=on_page)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def render_docx(blocks, path, meta):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st_ = d.styles["Normal"]
    st_.font.name = meta.get("font", "Calibri")
    st_.font.size = Pt(10.5)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=0)
        elif k == "sub":
            p = d.add_paragraph(b[1])
            p.runs[0].italic = True
        elif k == "h":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "small":
            p = d.add_paragraph(b[1])
            p.runs[0].font.size = Pt(8.5)
        elif k == "center":
            p = d.add_paragraph(b[1])
            p.alignment = 1
        elif k == "li":
            d.add_paragraph(b[1], style="List Number")
        elif k == "bl":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "sp":
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
    cp = d.core_properties
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("author", "")
    cp.title = meta.get("doc_title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render_text(text, path, meta):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.lstrip("\n"))


def build(num):
    s = SAMPLES[num]
    base = os.path.join(HERE, s["name"])
    path = base + "." + s["ext"]
    if s["ext"] == "pdf":
        render_pdf(s["content"], path, s["meta"])
    elif s["ext"] == "docx":
        render_docx(s["content"], path, s["meta"])
    else:
        render_text(s["content"], path, s["meta"])
    exp = expected(s)
    with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


def expected(s):
    return {"description": s["description"], "split": "heldout", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
        pdf.close()
        return "\n".join(parts)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        base = os.path.join(HERE, s["name"])
        path = base + "." + s["ext"]
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            if s["ext"] == "docx":
                with zipfile.ZipFile(path) as z:
                    if "word/document.xml" not in z.namelist():
                        errs.append("no document.xml")
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            for k, v in s["evidence"].items():
                if norm(v) not in text:
                    errs.append("evidence %s not found: %r" % (k, v))
                if s["statuses"].get(k) != "present":
                    errs.append("evidence for non-present item %s" % k)
            if sorted(s["statuses"]) != list("abcdefghij"):
                errs.append("statuses keys wrong")
            try:
                with open(base + ".expected.json", encoding="utf-8") as f:
                    if json.load(f) != expected(s):
                        errs.append("expected.json differs from table")
            except Exception as e:  # noqa
                errs.append("expected.json: %r" % e)
        print("%s %s %s" % ("OK  " if not errs else "FAIL", s["name"], "; ".join(errs)))
        ok = ok and not errs
    print("ALL OK" if ok else "CHECK FAILED")
    return ok


# =============================================================================================
# h457  PDF, formal articles by a bestuurssecretaris, cover page, inhoud and colofon; bouw in a
#       shrinking region (Eemsdelta); long.
# =============================================================================================
B457 = [
    ("sp", 120),
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
    ("sub", "Bouwroute Eemsdelta: Bouwen, wonen en interieur (kaderberoepsgerichte leerweg) - Allround timmerman niveau 3"),
    ("sp", 30),
    ("p", "tussen"),
    ("p", "Stichting Openbaar Voortgezet Onderwijs Fivelingo, bevoegd gezag van het Wadwerd College te Appingedam"),
    ("p", "en"),
    ("p", "Stichting Regionaal Opleidingencentrum Eems en Dollard, bevoegd gezag van het Eems en Dollard College te Delfzijl"),
    ("sp", 40),
    ("p", "Definitieve versie 1.0, vastgesteld in het bestuurlijk overleg van 12 juni 2025"),
    ("p", "Kenmerk: BS/2025/0417"),
    ("pb",),
    ("h", "Inhoud"),
    ("small", "Considerans - Artikel 1 Begrippen - Artikel 2 Strekking - Artikel 3 Route en kwalificatie - Artikel 4 Inbreng van het bouwbedrijf - Artikel 5 Routeraad - Artikel 6 Jaarbericht en tussentijdse informatie - Artikel 7 Programma, personeel en voorzieningen - Artikel 8 Voortzetting elders of anders - Artikel 9 Geldstromen - Artikel 10 Inspraak van leerlingen, ouders en personeel - Artikel 11 Verschil van inzicht - Artikel 12 Nieuwe deelnemers - Artikel 13 Looptijd, wijziging en beëindiging - Artikel 14 Slotbepalingen - Ondertekening - Colofon"),
    ("h", "Considerans"),
    ("p", "De ondergetekenden:"),
    ("li", "Stichting Openbaar Voortgezet Onderwijs Fivelingo, statutair gevestigd te Appingedam, bevoegd gezag van het Wadwerd College (brinnummer 31KQ), rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. H.J. Bolhuis, hierna: de school;"),
    ("li", "Stichting Regionaal Opleidingencentrum Eems en Dollard, statutair gevestigd te Delfzijl, bevoegd gezag van het Eems en Dollard College, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer ir. K. Wiersema, hierna: de instelling;"),
    ("p", "hierna gezamenlijk: partijen,"),
    ("p", "in aanmerking nemende dat:"),
    ("bl", "het aantal jongeren in de gemeenten Eemsdelta en Het Hogeland de komende tien jaar met naar verwachting een vijfde afneemt, waardoor een afzonderlijk aanbod van vmbo-bouw en mbo-bouw op termijn niet houdbaar is;"),
    ("bl", "de versterkingsopgave en de verduurzaming van de woningvoorraad in Noordoost-Groningen de vraag naar vakmensen in de bouw juist doen toenemen;"),
    ("bl", "partijen hun bouwonderwijs daarom in één ononderbroken leerroute willen bundelen, met gebruikmaking van de ruimte die de Wet voortgezet onderwijs 2020 en de Wet educatie en beroepsonderwijs daartoe bieden;"),
    ("bl", "de medezeggenschapsraad van de school en de ondernemingsraad en de studentenraad van de instelling over het voornemen tot deze samenwerking advies hebben uitgebracht;"),
    ("p", "komen het volgende overeen."),
    ("h", "Artikel 1 Begrippen"),
    ("p", "In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute vmbo-mbo bedoeld in artikel 3; vo-fase: de eerste twee leerjaren van de route, waarin de deelnemer als leerling van de school staat ingeschreven; mbo-fase: het derde en volgende leerjaar van de route, waarin de deelnemer als student van de instelling staat ingeschreven; deelnemer: leerling of student in de route; routeraad: het orgaan bedoeld in artikel 5; besturen: de colleges van bestuur van partijen."),
    ("h", "Artikel 2 Strekking"),
    ("p", "2.1 Partijen verzorgen vanaf het schooljaar 2025-2026 gezamenlijk de route en melden dit gezamenlijk aan de minister door registratie in het Register Instellingen en Opleidingen."),
    ("p", "2.2 Partijen beschrijven voor de gehele route het onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per leerjaar in één gezamenlijk PTA/OER, dat jaarlijks vóór 1 oktober door beide besturen wordt vastgesteld."),
    ("h", "Artikel 3 Route en kwalificatie"),
    ("p", "3.1 De route begint in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, van de school en leidt naast het vmbo-diploma tot het diploma van de vakopleiding Allround timmerman (niveau 3) in het opleidingsdomein Bouw en infra van de instelling, in de beroepsopleidende leerweg."),
    ("p", "3.2 Deelnemers die in de mbo-fase een leerbaan hebben gevonden, kunnen na het vierde leerjaar van de route overstappen naar de beroepsbegeleidende leerweg van dezelfde kwalificatie; dit geldt niet als verlaten van de route."),
    ("p", "3.3 De route duurt vijf leerjaren. De deelnemer legt het centraal examen van de kaderberoepsgerichte leerweg af in het tweede leerjaar van de route; in het derde leerjaar kan ten hoogste één algemeen vak worden afgerond."),
    ("h", "Artikel 4 Inbreng van het bouwbedrijf"),
    ("p", "4.1 De afdeling Groningen van de brancheorganisatie voor bouw- en infrabedrijven, Woonstichting Marne en Dollard en een vaste kring van ten minste acht erkende leerbedrijven uit de regio (de praktijkkring) hebben zich schriftelijk verbonden aan de route. De samenstelling van de praktijkkring staat in bijlage 2 en wordt jaarlijks door de routeraad bijgewerkt."),
    ("p", "4.2 De leden van de praktijkkring stellen in de vo-fase per leerjaar ten minste twee meeloopdagen en één bouwplaatsopdracht beschikbaar, bieden in de mbo-fase leerplaatsen voor de beroepspraktijkvorming en leveren vakmensen die de proeve van bekwaamheid mee afnemen. Woonstichting Marne en Dollard stelt jaarlijks een of meer te renoveren woningen beschikbaar als leerwerkplaats."),
    ("p", "4.3 Twee keer per jaar bespreekt de routeraad het programma met de praktijkkring; het advies van de praktijkkring over de keuzedelen en de inhoud van de praktijkopdrachten wordt schriftelijk beantwoord. Het bureau van de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven wordt betrokken bij de erkenning van nieuwe leerbedrijven."),
    ("h", "Artikel 5 Routeraad"),
    ("p", "5.1 De leiding over de route berust bij de routeraad. De routeraad telt drie leden: de afdelingsleider bovenbouw beroepsgericht van de school, de teamleider Bouw en infra van de instelling en een routecoördinator die uit het docententeam van de route afkomstig is."),
    ("p", "5.2 De leden worden aangewezen bij gezamenlijk besluit van de besturen, de routecoördinator op voordracht van de beide andere leden en na raadpleging van het docententeam, telkens voor drie schooljaren; herbenoeming is eenmaal mogelijk. De besturen kunnen een aanwijzing gezamenlijk intrekken."),
    ("p", "5.3 De besturen dragen aan de routeraad op: het opstellen van het gezamenlijk PTA/OER ter vaststelling, het roosteren van personeel en lokalen binnen de door de besturen beschikbaar gestelde formatie, de plaatsing van deelnemers bij leerbedrijven, de toelating tot de route en de besluitvorming over de voortzetting bedoeld in artikel 8. De routeraad beheert het routebudget van artikel 9 en is bevoegd tot het aangaan van verplichtingen tot € 15.000 per geval. Besluiten over personele aanstellingen, huisvesting en de wijziging van deze overeenkomst blijven aan de besturen voorbehouden."),
    ("p", "5.4 De routeraad besluit bij meerderheid van stemmen; over de toelating tot en de voortzetting van de route wordt niet besloten tegen de stem van het lid dat de partij vertegenwoordigt waar de deelnemer op dat moment staat ingeschreven."),
    ("h", "Artikel 6 Jaarbericht en tussentijdse informatie"),
    ("p", "6.1 De routeraad zendt beide besturen jaarlijks vóór 1 november een jaarbericht over het afgelopen schooljaar, met ten minste de instroom, doorstroom en uitval per leerjaar, de examenresultaten, de besteding van het routebudget, de ervaringen van de praktijkkring en de uitkomsten van de tevredenheidspeiling onder deelnemers en ouders."),
    ("p", "6.2 Het jaarbericht wordt besproken in het bestuurlijk overleg van partijen dat ieder najaar plaatsvindt; de routeraad legt daar verantwoording af en de besturen stellen het jaarbericht vast."),
    ("p", "6.3 Daarnaast brengt de routeraad in maart een beknopte tussenstand uit en meldt hij beide besturen binnen vijf werkdagen ieder voorval dat de continuïteit van de route of de veiligheid van deelnemers raakt. De besturen kunnen op ieder moment inlichtingen vragen; de routeraad verstrekt die binnen tien werkdagen."),
    ("h", "Artikel 7 Programma, personeel en voorzieningen"),
    ("p", "7.1 In de vo-fase wordt het onderwijs gegeven in het gebouw van de school te Appingedam; de praktijkvakken worden vanaf het tweede leerjaar van de route voor twee dagdelen per week gegeven in de bouwhal van de instelling te Delfzijl. In de mbo-fase volgt de deelnemer het onderwijs bij de instelling en bij de leerbedrijven."),
    ("p", "7.2 De docenten van partijen die in de route lesgeven vormen één routeteam. Partijen maken gebruik van de teambevoegdheid voor de vakoverstijgende praktijkmodules Bouwen en Renoveren, zoals in het PTA/OER aangewezen; in dat team is voor elk vak en programmaonderdeel ten minste één bevoegde leraar of docent aanwezig, die verantwoordelijk is voor het deel waarvoor hij bevoegd is."),
    ("p", "7.3 Ieder personeelslid blijft in dienst van de eigen werkgever. De school stelt voor de route jaarlijks ten minste 1,4 fte aan leraren beschikbaar, de instelling ten minste 1,0 fte aan docenten en 0,4 fte aan instructeurs; verschuivingen worden in de routeraad afgesproken."),
    ("p", "7.4 Partijen stellen hun lokalen, de bouwhal, het machinepark en de digitale leeromgeving voor de route wederzijds om niet ter beschikking. De deelnemers in de vo-fase krijgen een account in de leeromgeving van de instelling. Veiligheidsinstructie en persoonlijke beschermingsmiddelen worden verzorgd door de partij in wier gebouw het onderwijs plaatsvindt."),
    ("p", "7.5 De klachtenregeling van iedere partij is mede van toepassing op gedragingen van bestuur en personeel van de andere partij in het kader van de route. Een klacht bij de school over een docent van de instelling wordt door de school behandeld, waarbij de instelling binnen tien werkdagen haar reactie geeft en de afhandeling mede draagt."),
    ("h", "Artikel 8 Voortzetting elders of anders"),
    ("p", "8.1 Iedere deelnemer die de route niet voltooit, houdt uitzicht op een diploma. Zodra blijkt dat de route voor een deelnemer niet langer passend is - door verhuizing, doordat het niveau niet aansluit, door een andere beroepskeuze of doordat het vmbo-diploma aan het einde van het derde leerjaar van de route niet is behaald - bepalen de school en de instelling samen, na een gesprek met de deelnemer en diens ouders, welk vervolg het meest kansrijk is. Daarbij wegen zij het bereikte onderwijsniveau en de leeftijd van de deelnemer."),
    ("p", "8.2 Tot de mogelijkheden behoren in ieder geval: in de vo-fase de voortzetting in de reguliere kaderberoepsgerichte leerweg of in een ander profiel van de school, met als doel het vmbo-diploma; in de mbo-fase de overstap naar een andere opleiding van de instelling op niveau 2 of 3, in de bouw of in een ander domein, ook als het vmbo-diploma nog niet is behaald; en na het derde leerjaar van de route zonder vmbo-diploma de keuze tussen het herkansen of opnieuw volgen van het examenjaar en het instromen in een mbo-opleiding op vergelijkbaar niveau."),
    ("p", "8.3 Bij voortzetting binnen de instelling worden geen vooropleidingseisen gesteld. Wil de deelnemer naar een andere mbo-instelling, dan verzorgt de instelling een warme overdracht en ondersteunt zij het geschiktheidsonderzoek van die andere instelling."),
    ("p", "8.4 De uitwerking van dit artikel staat in de schoolgids van de school en in de studiegids van de instelling."),
    ("h", "Artikel 9 Geldstromen"),
    ("p", "9.1 De school draagt voor iedere deelnemer in het tweede leerjaar van de route, met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020, een bedrag van € 1.350 van haar bekostiging over aan de instelling, ter dekking van de inzet van docenten en instructeurs van de instelling in de vo-fase en van het materiaalverbruik in de bouwhal. Peildatum is 1 oktober; betaling vindt plaats in twee termijnen, vóór 1 december en vóór 1 mei."),
    ("p", "9.2 Overigens draagt iedere partij haar eigen kosten. Er vindt geen overdracht van bekostiging van de instelling aan de school plaats."),
    ("h", "Artikel 10 Inspraak van leerlingen, ouders en personeel"),
    ("p", "10.1 Deelnemers in de vo-fase hebben het recht om, naast hun plaats in de leerlingenraad van de school, met één vertegenwoordiger deel te nemen aan de vergaderingen van de studentenraad van de instelling over onderwerpen die de route betreffen."),
    ("p", "10.2 Voorgenomen besluiten van de besturen over het PTA/OER van de route worden gelijktijdig voorgelegd aan de medezeggenschapsraad van de school en aan de studentenraad van de instelling; beide organen kunnen in één gezamenlijke vergadering met de routeraad hun advies voorbereiden. Deze afspraak laat de bevoegdheden van ieder orgaan onverlet."),
    ("h", "Artikel 11 Verschil van inzicht"),
    ("p", "11.1 Een verschil van mening tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de routeraad besproken. Komt de routeraad binnen vier weken niet tot een oplossing, dan legt elk lid het verschil voor aan de besturen, die binnen zes weken in een bijzonder bestuurlijk overleg een beslissing nemen."),
    ("p", "11.2 Lukt dat niet, dan schakelen partijen een door hen gezamenlijk gekozen mediator in. Levert mediation binnen drie maanden geen overeenstemming op, dan wordt het geschil voorgelegd aan de bevoegde rechter in het arrondissement Noord-Nederland."),
    ("h", "Artikel 12 Nieuwe deelnemers"),
    ("p", "12.1 Een ander bevoegd gezag van een school voor vmbo of een instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden als beide besturen daarmee schriftelijk instemmen, het toetredende bevoegd gezag een verklaring ondertekent waarin het alle rechten en plichten uit deze overeenkomst aanvaardt, en de toetreding ingaat bij de aanvang van een schooljaar."),
    ("p", "12.2 Toetreding mag niet leiden tot wijziging van het programma voor deelnemers die al in de route zitten; na toetreding melden de partijen de deelname van de nieuwe partij bij DUO."),
    ("h", "Artikel 13 Looptijd, wijziging en beëindiging"),
    ("p", "13.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Partijen evalueren haar in het schooljaar 2027-2028."),
    ("p", "13.2 Wijziging geschiedt uitsluitend schriftelijk, bij besluit van beide besturen en na advies van de routeraad. Een wijziging die het programma raakt, gaat in bij de aanvang van een schooljaar en geldt niet voor lopende leerjaren, tenzij zij voor de deelnemers gunstig is."),
    ("p", "13.3 Iedere partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus, met een opzegtermijn van ten minste achttien maanden. Na de opzegging stroomt geen nieuw cohort meer in; partijen blijven de route verzorgen totdat alle deelnemers die vóór de opzegging zijn gestart haar hebben voltooid of met toepassing van artikel 8 elders zijn geplaatst."),
    ("p", "13.4 Ontbinding wegens een tekortkoming is pas mogelijk nadat de tekortschietende partij schriftelijk in gebreke is gesteld en drie maanden de tijd heeft gehad om de tekortkoming te herstellen; ook dan geldt de afbouwregeling van het vorige lid."),
    ("h", "Artikel 14 Slotbepalingen"),
    ("p", "14.1 Op deze overeenkomst is Nederlands recht van toepassing. Bijlagen: 1 PTA/OER 2025-2026; 2 samenstelling praktijkkring; 3 jaarplanning routeraad."),
    ("h", "Ondertekening"),
    ("p", "Aldus opgemaakt in tweevoud en ondertekend te Appingedam op 16 juni 2025."),
    ("table", [["Voor de school", "Voor de instelling"],
               ["drs. H.J. Bolhuis, voorzitter college van bestuur Fivelingo",
                "ir. K. Wiersema, voorzitter college van bestuur Eems en Dollard"],
               ["(handtekening)", "(handtekening)"]]),
    ("pb",),
    ("h", "Colofon"),
    ("small", "Tekst: mr. A.E. Dijkhuis, bestuurssecretaris Stichting Openbaar Voortgezet Onderwijs Fivelingo, in samenwerking met het bestuurssecretariaat van ROC Eems en Dollard."),
    ("small", "Juridische toets: afdeling Juridische Zaken ROC Eems en Dollard, mei 2025."),
    ("small", "Opmaak: bestuursbureau Fivelingo, Appingedam. Versie 1.0 - juni 2025. Deze uitgave is uitsluitend bestemd voor intern gebruik en voor de Inspectie van het Onderwijs."),
]

sample(457, "h457_bestuursartikelen_eemsdelta", "pdf",
       st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
       {"a": "Artikel 3 Route en kwalificatie", "b": "Artikel 4 Inbreng van het bouwbedrijf",
        "c": "Artikel 5 Routeraad", "d": "Artikel 6 Jaarbericht en tussentijdse informatie",
        "e": "Artikel 7 Programma, personeel en voorzieningen",
        "f": "Artikel 8 Voortzetting elders of anders", "g": "Artikel 9 Geldstromen",
        "h": "Artikel 10 Inspraak van leerlingen, ouders en personeel",
        "i": "Artikel 11 Verschil van inzicht", "j": "Artikel 13 Looptijd, wijziging en beëindiging"},
       "Formal articles by a bestuurssecretaris, PDF with cover page, inhoud and colofon; bouw "
       "(BWI kb -> Allround timmerman 3) in shrinking Eemsdelta; long; all items arranged in "
       "non-checklist wording (routeraad, jaarbericht, geldstromen with per-pupil sum), toetreding "
       "in a separate article.",
       B457, meta={"footer": "Samenwerkingsovereenkomst Bouwroute Eemsdelta - versie 1.0",
                   "footer_first": False, "title_align": 1, "pdf_title": "Samenwerkingsovereenkomst Bouwroute Eemsdelta",
                   "pdf_author": "Bestuursbureau Fivelingo"})


# =============================================================================================
# h458  TXT, very short, plain language written for parents; zorg; Zuidwest-Friesland.
# =============================================================================================
T458 = """
AFSPRAKEN OVER DE ZORGROUTE SNEEK
Samenwerkingsovereenkomst in gewone taal

Deze afspraken maken:
- Stichting Christelijk Voortgezet Onderwijs Zuidwest-Friesland (het bestuur van De Waadkant, vmbo in Sneek)
- Stichting Friese Poort voor Beroepsonderwijs (het bestuur van het Marrekrite College, mbo in Sneek)

Wij hebben deze overeenkomst zo kort en duidelijk mogelijk geschreven, zodat ook ouders en leerlingen haar kunnen lezen. Wat hier staat, geldt.

1. Welke route?
Uw kind zit vanaf klas 3 op De Waadkant in de basisberoepsgerichte leerweg, profiel Zorg en welzijn. Daarna gaat uw kind zonder nieuwe aanmelding verder met de mbo-opleiding Helpende zorg en welzijn, niveau 2, in het domein Zorg en welzijn van het Marrekrite College. Zo haalt uw kind eerst het vmbo-diploma en daarna het mbo-diploma.

2. Wie uit de zorg doet mee?
Woonzorgcentrum It Haskerhûs, thuiszorgorganisatie Súdwest Thús en kinderopvang De Pleats doen mee. Zij geven in klas 3 en 4 gastlessen, laten leerlingen een dag meelopen, bieden stageplaatsen in het mbo en kijken bij de praktijkexamens mee als beoordelaar. Eens per jaar praten zij met de scholen over wat er in de lessen moet veranderen.

3. Wie is de baas over de route?
Een routeteam van twee mensen: de afdelingsleider basis van De Waadkant en de teamleider Zorg van het Marrekrite College. De twee besturen wijzen hen samen aan. Het routeteam regelt het rooster, de stages, de toetsen en wie er in de route mag beginnen. Grote besluiten, zoals geld en personeel, nemen de besturen zelf.

4. Hoe weten de besturen hoe het gaat?
Elk jaar in juni schrijft het routeteam een kort verslag voor beide besturen: hoeveel leerlingen er zijn, hoeveel er zijn gestopt en hoe de examens gingen. Daarna praten de besturen er samen met het routeteam over.

5. Waar en van wie krijgt uw kind les?
In klas 3 en 4 zit uw kind op De Waadkant. Eén dag per week is het praktijkles in het oefenlokaal (skillslab) van het Marrekrite College; dat lokaal mogen de leerlingen gratis gebruiken. Leraren van De Waadkant en docenten van het Marrekrite College geven samen les, als één team. Welke toetsen en stages er in elk leerjaar zijn, staat in het examenboekje dat beide scholen elk jaar samen maken.

6. Als het niet lukt
Soms past de route toch niet. Dan kijken beide scholen samen met u en uw kind wat het beste vervolg is. Dat kan zijn: terug naar een gewone basisklas om het vmbo-diploma te halen, of een andere mbo-opleiding op niveau 2, bijvoorbeeld in de dienstverlening. De twee scholen beslissen dit samen. Ze kijken naar wat uw kind al heeft gehaald en naar de leeftijd van uw kind. Het doel blijft altijd een diploma.

7. Geld
Er gaat geen geld van de ene school naar de andere. Elke school betaalt zelf haar eigen kosten.

8. Als de scholen het oneens zijn
Dan praten de besturen met elkaar tot ze het eens zijn.

9. Veranderen of stoppen
Deze afspraken veranderen alleen als beide besturen dat op papier zetten en tekenen. Een bestuur kan de overeenkomst opzeggen, minstens een jaar van tevoren en alleen per 1 augustus. Leerlingen die dan al in de route zitten, mogen haar gewoon afmaken.

Getekend in Sneek, 24 juni 2025

Voor Stichting Christelijk Voortgezet Onderwijs Zuidwest-Friesland: J. de Haan, bestuurder
Voor Stichting Friese Poort voor Beroepsonderwijs: mr. T. Hoekstra, voorzitter college van bestuur
"""

sample(458, "h458_ouderversie_zuidwestfriesland", "txt",
       st("a=p b=p c=p d=p e=p f=p g=p h=n i=w j=w"),
       {"a": "1. Welke route?", "b": "2. Wie uit de zorg doet mee?",
        "c": "3. Wie is de baas over de route?", "d": "4. Hoe weten de besturen hoe het gaat?",
        "e": "5. Waar en van wie krijgt uw kind les?", "f": "6. Als het niet lukt", "g": "7. Geld"},
       "Very short plain-language TXT written for parents' eyes; zorg (Z&W bb -> Helpende zorg en "
       "welzijn 2) in Zuidwest-Friesland; geschil only 'praten tot ze het eens zijn', no toetreding "
       "of other parties, medezeggenschap silent.",
       T458)


# =============================================================================================
# h459  DOCX with numbered Word lists and a bpv table per leerjaar; ICT; Eemland.
# =============================================================================================
B459 = [
    ("title", "Samenwerkingsovereenkomst doorlopende ICT-route Eemland"),
    ("sub", "Media, vormgeving en ICT (gemengde leerweg) naar Software developer, niveau 4"),
    ("p", "Partijen:"),
    ("li", "Stichting Scholengroep Eemland-Vallei, bevoegd gezag van het Vathorst Vakcollege te Amersfoort, vertegenwoordigd door de heer M.P. Verbeek, voorzitter van het college van bestuur (de scholengroep);"),
    ("li", "Stichting MBO Amersfoort-Eem, bevoegd gezag van het Eemcollege te Amersfoort, vertegenwoordigd door mevrouw S. Lamberts MBA, lid van het college van bestuur (het Eemcollege)."),
    ("p", "Partijen spreken het volgende af."),
    ("h", "1. Welke route wij samen aanbieden"),
    ("p", "Leerlingen van de gemengde leerweg met het profiel Media, vormgeving en ICT van het Vathorst Vakcollege kunnen vanaf leerjaar 3 kiezen voor de doorlopende ICT-route. Die leidt tot het vmbo-diploma gemengde leerweg en tot het mbo-diploma Software developer (niveau 4, middenkaderopleiding) in het opleidingsdomein ICT en creatieve industrie van het Eemcollege, beroepsopleidende leerweg. De route start op 1 augustus 2025 met één groep van maximaal 24 leerlingen."),
    ("h", "2. Het werkveld in de route"),
    ("p", "De stichting Eemland Digitaal, waarin ruim dertig ICT-bedrijven en de ICT-afdelingen van de gemeente Amersfoort en van Meander Zorggroep samenwerken, is vaste partner van de route. Afgesproken is:"),
    ("li", "Eemland Digitaal levert elk schooljaar vier opdrachtgevers voor de projectweken in de leerjaren 1 en 2 van de route; de opdrachtgever beoordeelt het opgeleverde product mee."),
    ("li", "De aangesloten bedrijven stellen jaarlijks ten minste twintig bpv-plaatsen beschikbaar voor de leerjaren 3 tot en met 5 (zie de tabel onder 5)."),
    ("li", "Twee vertegenwoordigers van Eemland Digitaal zitten in de adviesraad van de route, die twee keer per jaar het programma en de keuzedelen bespreekt."),
    ("li", "Software developers uit de bedrijven treden op als assessor bij het examenproject in leerjaar 5."),
    ("h", "3. Aansturing van de route"),
    ("p", "De dagelijkse aansturing van de route ligt bij het kernteam ICT-route. Het kernteam bestaat uit de teamleider bovenbouw MVI van het Vathorst Vakcollege, de opleidingsmanager ICT van het Eemcollege en een routecoördinator (0,3 fte) uit het docententeam. Het kernteam komt ten minste eens per twee weken bijeen."),
    ("p", "Het kernteam heeft de volgende taken:"),
    ("li", "het opstellen van het gezamenlijke PTA/OER met het programma en de examinering per leerjaar;"),
    ("li", "het maken van rooster en jaarplanning voor beide locaties;"),
    ("li", "de intake en plaatsing van leerlingen in de route;"),
    ("li", "het onderhouden van het contact met Eemland Digitaal en de adviesraad;"),
    ("li", "het voorbereiden van besluiten over overstap als bedoeld onder 6."),
    ("p", "Het kernteam mag zelfstandig beslissen over rooster, inzet van de docenten binnen de afgesproken formatie, toelating tot de route en uitgaven uit het routebudget tot € 10.000 per schooljaar. Alle andere beslissingen, waaronder die over formatie, huisvesting en investeringen, neemt het college van bestuur van de partij die het aangaat, na overleg met het andere college van bestuur."),
    ("h", "4. Rapporteren aan de besturen"),
    ("p", "Het kernteam stuurt beide colleges van bestuur na afloop van ieder kwartaal een korte voortgangsrapportage over aantallen leerlingen, verzuim, uitval en resultaten. Jaarlijks in september legt het kernteam in een evaluatieverslag verantwoording af over het afgelopen schooljaar; het verslag wordt besproken in het halfjaarlijkse bestuurlijk overleg van partijen. Signalen die de voortgang van de route bedreigen, meldt het kernteam direct."),
    ("h", "5. Inrichting: waar, door wie en met welke middelen"),
    ("li", "Leerjaar 1 en 2 van de route worden gegeven op het Vathorst Vakcollege, met één dag per week les in het ICT-lab van het Eemcollege. Leerjaar 3 tot en met 5 worden gegeven op het Eemcollege."),
    ("li", "Leraren van het Vathorst Vakcollege en docenten van het Eemcollege vormen samen het docententeam van de route. Het Eemcollege zet in de leerjaren 1 en 2 twee docenten programmeren in voor samen acht lesuren per week; de scholengroep zet een leraar Nederlands en een leraar wiskunde in de leerjaren 3 en 4 in voor de doorlopende taal- en rekenlijn. Ieder blijft in dienst van de eigen werkgever."),
    ("li", "Het ICT-lab, de testservers en de softwarelicenties van het Eemcollege zijn beschikbaar voor de leerlingen van de route; het Vathorst Vakcollege stelt zijn mediaklas en leenlaptops beschikbaar voor de projectweken."),
    ("li", "De beroepspraktijkvorming per leerjaar is als volgt geregeld:"),
    ("table", [["Leerjaar route", "Fase", "Beroepspraktijk", "Omvang", "Waar"],
               ["1 (vmbo 3)", "vo-fase", "bedrijfsbezoeken en projectweek met opdrachtgever", "2 x 1 week", "Eemland Digitaal"],
               ["2 (vmbo 4)", "vo-fase", "snuffelstage", "5 dagen", "ICT-bedrijf naar keuze"],
               ["3 (mbo 1)", "mbo-fase", "bpv 1", "8 weken", "erkend leerbedrijf"],
               ["4 (mbo 2)", "mbo-fase", "bpv 2", "16 weken", "erkend leerbedrijf"],
               ["5 (mbo 3)", "mbo-fase", "bpv 3 en examenproject", "20 weken", "erkend leerbedrijf"]]),
    ("h", "6. Uitstappen en omzwaaien"),
    ("p", "Niet iedere leerling zal de route afmaken. Wie uitstapt, krijgt van beide scholen samen een nieuw perspectief op een diploma. Het Vathorst Vakcollege en het Eemcollege beslissen gezamenlijk, na een gesprek met de leerling en de ouders, op grond van wat de leerling al heeft bereikt en zijn leeftijd. Mogelijkheden zijn:"),
    ("bl", "in leerjaar 1 of 2: verder in de gewone gemengde leerweg of kaderberoepsgerichte leerweg van het Vathorst Vakcollege, met het vmbo-diploma als doel;"),
    ("bl", "vanaf leerjaar 3: een andere opleiding van het Eemcollege op niveau 3 of 4, bijvoorbeeld Expert IT systems and devices of Mediavormgever, zonder dat daarvoor nieuwe toelatingseisen gelden;"),
    ("bl", "is het vmbo-diploma aan het einde van leerjaar 3 nog niet behaald: het overdoen van het examen bij het Vathorst Vakcollege naast de mbo-opleiding, of instroom in een mbo-opleiding op vergelijkbaar niveau."),
    ("h", "7. Financiële afspraken"),
    ("p", "Voor iedere leerling die op 1 oktober in leerjaar 1 of 2 van de route staat ingeschreven, betaalt de scholengroep aan het Eemcollege een bedrag van € 900 uit haar bekostiging. Het Eemcollege factureert dit bedrag jaarlijks in november."),
    ("h", "8. Medezeggenschap in de route"),
    ("p", "Partijen spreken af dat over zaken die de route als geheel betreffen, zoals het PTA/OER en de jaarplanning, zowel de medezeggenschapsraad van het Vathorst Vakcollege als de studentenraad van het Eemcollege om advies wordt gevraagd. Daarnaast richten partijen een klankbordgroep ICT-route op met twee ouders, twee leerlingen uit de vo-fase en twee studenten uit de mbo-fase, die het kernteam ten minste twee keer per jaar spreekt."),
    ("h", "9. Als wij het niet eens worden"),
    ("p", "Meningsverschillen over de uitvoering van deze overeenkomst worden eerst in het kernteam besproken en, als dat niet binnen een maand tot een oplossing leidt, in het bestuurlijk overleg. Komen de colleges van bestuur er binnen twee maanden niet uit, dan vragen zij bindend advies aan een onafhankelijke deskundige die zij samen kiezen; kunnen zij het niet eens worden over die deskundige, dan wijst de voorzitter van de Vereniging Rechtspraak in Onderwijszaken hem aan."),
    ("h", "10. Duur, toetreding, wijziging en opzegging"),
    ("li", "Deze overeenkomst gaat in op 1 augustus 2025 en loopt tot en met 31 juli 2030; zij wordt daarna steeds met vijf jaar verlengd, tenzij een partij uiterlijk 1 augustus van het voorafgaande jaar laat weten dat niet te willen."),
    ("li", "Een andere vmbo-school of mbo-instelling kan aan de route gaan deelnemen als beide colleges van bestuur daar schriftelijk mee instemmen en de nieuwe partij deze overeenkomst mede ondertekent; toetreding gaat in op 1 augustus en wordt door alle betrokken partijen bij DUO gemeld."),
    ("li", "Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend; zij gelden niet voor leerlingen die al in de route zitten als hun programma daardoor verandert, tenzij de leerling en ouders instemmen."),
    ("li", "Een partij kan de overeenkomst schriftelijk opzeggen met een termijn van twaalf maanden, tegen het einde van een schooljaar. Na opzegging start geen nieuwe groep meer; leerlingen en studenten die al in de route zitten, maken die bij partijen af."),
    ("p", "Amersfoort, 27 juni 2025"),
    ("table", [["Stichting Scholengroep Eemland-Vallei", "Stichting MBO Amersfoort-Eem"],
               ["M.P. Verbeek, voorzitter college van bestuur", "S. Lamberts MBA, lid college van bestuur"]]),
]

sample(459, "h459_wordlijsten_eemland", "docx",
       st("a=p b=p c=w d=p e=p f=p g=w h=p i=p j=p"),
       {"a": "1. Welke route wij samen aanbieden", "b": "2. Het werkveld in de route",
        "d": "4. Rapporteren aan de besturen", "e": "5. Inrichting: waar, door wie en met welke middelen",
        "f": "6. Uitstappen en omzwaaien", "h": "8. Medezeggenschap in de route",
        "i": "9. Als wij het niet eens worden", "j": "10. Duur, toetreding, wijziging en opzegging"},
       "DOCX with numbered Word lists and a bpv table per leerjaar; ICT (MVI gl -> Software developer 4) "
       "in Eemland; kernteam described at length (composition, tasks, mandate) but nobody appoints it; "
       "per-pupil payment with amount but no purpose.",
       B459, meta={"author": "Kernteam ICT-route", "doc_title": "SOK doorlopende ICT-route Eemland"})


# =============================================================================================
# h460  PDF, business memo style with paragraph signs; handel; De Kempen.  Compliant.
# =============================================================================================
B460 = [
    ("title", "Overeenkomst doorlopende leerroute Retail Kempen"),
    ("p", "Kenmerk DD-CZ/25-112 - behandeld door: Contractzaken ROC Dommeldal"),
    ("h", "Partijen"),
    ("p", "Stichting Voortgezet Onderwijs De Kempen te Bladel, bevoegd gezag van de Kempenland Vakschool (hierna: KVS), en Stichting ROC Dommeldal te Veldhoven, bevoegd gezag van het Dommeldal College (hierna: Dommeldal), beide vertegenwoordigd door hun college van bestuur, leggen in deze overeenkomst vast hoe zij samen de doorlopende leerroute Retail verzorgen."),
    ("h", "§ 1 Inhoud van de route"),
    ("p", "KVS biedt in de kaderberoepsgerichte leerweg het profiel Economie en ondernemen aan. Leerlingen die vanaf het derde leerjaar de route Retail kiezen, worden in vijf jaar opgeleid tot het vmbo-diploma kader en het mbo-diploma Eerste verkoper (vakopleiding, niveau 3) uit het opleidingsdomein Handel van Dommeldal, BOL of BBL. Keuzedelen in de vo-fase worden gekozen uit het aanbod dat op de kwalificatie Eerste verkoper aansluit."),
    ("h", "§ 2 Winkeliers en ketens aan tafel"),
    ("p", "De Ondernemersvereniging Kempen Centrum, de filialen in de Kempen van twee landelijke supermarktketens en de bouwmarkt Hoeks Doe-het-zelf zijn via een ondertekende intentieverklaring aan de route verbonden. Zij zorgen voor: een stageplek van vier weken in het tweede leerjaar van de route; leerbanen voor studenten die in de mbo-fase de BBL kiezen; medewerking aan de jaarlijkse Kempenkraam-markt, waar leerlingen een eigen verkooppunt runnen; en een winkelmanager die bij elk praktijkexamen als tweede beoordelaar optreedt. Eens per jaar toetsen de ondernemers in een werkveldavond of het programma nog aansluit op de winkelpraktijk; het verslag daarvan gaat naar beide besturen."),
    ("h", "§ 3 Routeregie"),
    ("p", "De route wordt geleid door twee routeregisseurs: de sectordirecteur beroepsgericht van KVS en de opleidingsmanager Handel van Dommeldal. Iedere regisseur wordt door het eigen college van bestuur in een aanstellingsbrief in deze rol aangewezen, nadat het andere college van bestuur heeft ingestemd met de persoon."),
    ("p", "De regisseurs zijn samen belast met het gezamenlijke programma en de examinering per leerjaar (vastgelegd in het routedocument PTA/OER), de roosters, de toelating, de plaatsing in stages en leerbanen en de begeleiding bij overstap. Zij zijn gemandateerd om namens beide besturen met leerbedrijven afspraken te maken en om het routebudget te besteden. Over personeel, geld boven het routebudget en huisvesting beslissen de besturen."),
    ("h", "§ 4 Voortgangsnotitie"),
    ("p", "De regisseurs schrijven twee keer per jaar, in februari en in september, een voortgangsnotitie voor beide colleges van bestuur met in-, door- en uitstroom, examenresultaten, tevredenheid van leerlingen en leerbedrijven en de besteding van het routebudget. De septembernotitie is tevens de jaarverantwoording en wordt besproken in een gesprek met beide colleges in oktober. Tussentijds verschaffen de regisseurs elke informatie waar een college om vraagt."),
    ("h", "§ 5 Lesplaatsen, docenten en voorzieningen"),
    ("p", "Leerjaar 1 en 2 van de route vinden plaats bij KVS in Bladel, leerjaar 3 tot en met 5 bij Dommeldal in Veldhoven. Docenten Handel van Dommeldal verzorgen in de vo-fase wekelijks vier lesuren bij KVS; leraren economie van KVS geven in het eerste jaar van de mbo-fase de module Ondernemend rekenen bij Dommeldal. Zij werken samen als één docententeam met gebruikmaking van de teambevoegdheid voor de vakoverstijgende module Winkelpraktijk; voor elk onderdeel is een bevoegde leraar of docent verantwoordelijk. De leerwinkel van KVS en het retail-simulatielab van Dommeldal worden door beide partijen gebruikt zonder verrekening; leerlingen van KVS kunnen gebruikmaken van de mediatheek van Dommeldal."),
    ("h", "§ 6 Wanneer een leerling afhaakt"),
    ("p", "KVS en Dommeldal zorgen er samen voor dat een leerling die met de route stopt een diploma kan halen dat past bij het niveau dat hij heeft bereikt en bij zijn leeftijd. Zij bepalen het vervolg gezamenlijk, na overleg met de leerling en zijn ouders. Stopt een leerling in de vo-fase, dan rondt hij de kaderberoepsgerichte leerweg bij KVS af in Economie en ondernemen of in een ander profiel. Stopt hij in de mbo-fase, dan kan hij bij Dommeldal overstappen naar een andere opleiding op niveau 2 of 3, binnen of buiten de handel, zonder toelatingseisen te hoeven vervullen. Heeft hij aan het einde van het derde routejaar geen vmbo-diploma, dan kan hij zijn opleiding bij Dommeldal voortzetten en bij KVS het examen opnieuw afleggen. Gaat een leerling naar een ander ROC, dan zorgt Dommeldal voor een warme overdracht."),
    ("h", "§ 7 Geld"),
    ("p", "Geen van beide partijen draagt bekostiging over aan de andere. De uren die docenten over en weer geven, worden in tijd gecompenseerd; ieder draagt de eigen kosten."),
    ("h", "§ 8 Routeplatform"),
    ("p", "Partijen richten een routeplatform op waarin twee leden van de medezeggenschapsraad van KVS en twee leden van de studentenraad van Dommeldal zitting hebben. Het platform heeft het recht om gevraagd en ongevraagd advies te geven over alle aangelegenheden van de route en wordt in ieder geval gehoord over wijziging van het routedocument. Leerlingen in de vo-fase mogen als toehoorder de vergaderingen van de studentenraad van Dommeldal bijwonen."),
    ("h", "§ 9 Meningsverschillen"),
    ("p", "Ontstaat tussen partijen een geschil over de uitvoering van deze overeenkomst, dan overleggen eerst de regisseurs, daarna de colleges van bestuur. Is het geschil zes weken na het eerste bestuurlijke gesprek niet opgelost, dan leggen partijen het voor aan een bemiddelaar van het Mediatorsfederatie-register. Faalt bemiddeling, dan beslist de rechtbank Oost-Brabant."),
    ("h", "§ 10 Nieuwe partners, wijzigen en stoppen"),
    ("p", "Een andere school voor vmbo of een andere mbo-instelling kan partij worden als zij het routedocument overneemt, beide colleges van bestuur schriftelijk akkoord gaan en de toetreding ingaat met het begin van een nieuw schooljaar. Wijziging van deze overeenkomst vraagt een schriftelijk besluit van alle partijen en gaat nooit in tijdens een lopend schooljaar. Opzeggen kan per 1 augustus met een termijn van ten minste een jaar; partijen laten dan geen nieuwe leerlingen meer toe en zorgen dat de zittende leerlingen hun route afmaken. Bij ontbinding om een andere reden geldt hetzelfde."),
    ("h", "Ondertekening"),
    ("p", "Bladel / Veldhoven, 19 juni 2025. Namens Stichting Voortgezet Onderwijs De Kempen: drs. L. van Hoof, bestuurder. Namens Stichting ROC Dommeldal: E.A.M. Peeters, voorzitter college van bestuur."),
]

sample(460, "h460_paragraafnotitie_kempen", "pdf",
       st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
       {"a": "§ 1 Inhoud van de route", "b": "§ 2 Winkeliers en ketens aan tafel", "c": "§ 3 Routeregie",
        "d": "§ 4 Voortgangsnotitie", "e": "§ 5 Lesplaatsen, docenten en voorzieningen",
        "f": "§ 6 Wanneer een leerling afhaakt", "g": "§ 7 Geld", "h": "§ 8 Routeplatform",
        "i": "§ 9 Meningsverschillen", "j": "§ 10 Nieuwe partners, wijzigen en stoppen"},
       "Business-memo PDF with paragraph signs by a ROC contract office; handel (E&O kb -> Eerste "
       "verkoper 3) in De Kempen; fully compliant in non-checklist words (routeregie, voortgangsnotitie, "
       "routeplatform, explicit no transfer).",
       B460, meta={"font": "Times-Roman", "footer": "ROC Dommeldal - Contractzaken - DD-CZ/25-112"})


# =============================================================================================
# h461  MD, geïntegreerde route groen in het Westland, written by a projectleider.
# =============================================================================================
T461 = """
# Samenwerkingsovereenkomst geïntegreerde route Groen Westland

*vmbo basisberoepsgerichte leerweg Groen → mbo-2 Medewerker hovenier*

**Ondergetekenden**

- **Stichting Protestants-Christelijk Voortgezet Onderwijs Westland**, bevoegd gezag van het Hoogeland College, locatie Naaldwijk, vertegenwoordigd door mevrouw A. Zwinkels, voorzitter college van bestuur — *de school*
- **Stichting AOC Delfland**, bevoegd gezag van het Delfland Groencollege, vertegenwoordigd door de heer R. Vreugdenhil, bestuurder — *het Groencollege*

sluiten deze overeenkomst voor een geïntegreerde route als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB.

---

## 1. De route

Leerlingen van de basisberoepsgerichte leerweg met het profiel **Groen** van het Hoogeland College volgen vanaf leerjaar 3 één programma dat leidt tot het diploma **Medewerker hovenier (niveau 2)** in het domein Voedsel, natuur en leefomgeving van het Groencollege. Een vmbo-examen wordt in deze route niet afgenomen. Deelname gebeurt alleen na overleg met leerling en ouders en op advies van het leerlingbespreekteam.

## 2. Hoveniers en kwekers doen mee

- De **Kring Westland van de branchevereniging voor hoveniers en groenvoorzieners** en vijf erkende leerbedrijven (lijst in bijlage A) leveren vanaf leerjaar 3 de praktijkplaatsen: eerst één dag per week, in het laatste jaar drie dagen.
- Gemeente Westland, afdeling Openbaar Groen, stelt jaarlijks een plantsoen of schoolplein beschikbaar als **buitenleslocatie** waar leerlingen een echt aanlegproject uitvoeren.
- Praktijkopleiders van de leerbedrijven **beoordelen mee** bij de proeve van bekwaamheid.
- Twee keer per jaar is er een **werkveldtafel** waar bedrijven en docenten het programma bijstellen.

## 3. Wie stuurt de route aan

Een **stuurduo** leidt de route: de locatiedirecteur van het Hoogeland College Naaldwijk en de opleidingsmanager Hoveniers van het Groencollege. Beide besturen benoemen het stuurduo gezamenlijk bij brief, voor onbepaalde tijd; zij kunnen de benoeming intrekken.

Het stuurduo:

1. stelt het gezamenlijke programma en de examinering per leerjaar vast (routeplan), na instemming van beide besturen;
2. beslist over plaatsing van leerlingen in de route en over het vervolg bij uitstappen;
3. verdeelt de lesuren over de docenten van beide partijen binnen de formatie die de besturen toekennen;
4. beheert het materiaalbudget van de route.

## 4. Verantwoording

Het stuurduo rapporteert **elk halfjaar (januari en juli)** schriftelijk aan beide besturen over deelname, uitval, resultaten en budget. In het **julioverleg** met beide besturen legt het stuurduo verantwoording af over het afgelopen jaar en worden de plannen voor het nieuwe jaar besproken.

## 5. Organisatie en onderwijs

- Leerjaar 1 (vmbo 3): lessen op het Hoogeland College, één dag per week op de tuinderij van het Groencollege in Honselersdijk.
- Leerjaar 2 en 3: onderwijs op het Groencollege en bij de leerbedrijven.
- De docenten van beide partijen werken als **één team**; voor het praktijkdeel Aanleg en onderhoud wordt de teambevoegdheid gebruikt. Iedere docent blijft in dienst van zijn eigen werkgever.
- **Voorzieningen:** de tuinderij, kassen en machineloods van het Groencollege en de praktijkruimte Groen van het Hoogeland College worden over en weer kosteloos gebruikt. Werkkleding en gereedschap worden door het Groencollege verstrekt.

## 6. Uitstappen

Leerlingen die de geïntegreerde route verlaten, stromen door naar de Entreeopleiding van het Delfland Groencollege. Het stuurduo zorgt dat dit zonder wachttijd gebeurt en dat de behaalde onderdelen zoveel mogelijk worden meegenomen.

## 7. Bekostiging

Er wordt geen bekostiging overgedragen. Wel betaalt de school het Groencollege voor de dag op de tuinderij in leerjaar 1 een vaste vergoeding van **€ 650 per leerling per jaar**, bestemd voor materialen, plantgoed en de inzet van de praktijkinstructeur.

## 8. Medezeggenschap

> [Aanvullende afspraken medezeggenschap: in te vullen na overleg met de MR en de studentenraad]

## 9. Geschillen

Partijen proberen een geschil over de uitvoering eerst op te lossen in het stuurduo en daarna in een overleg tussen de bestuurders. Lukt dat niet binnen acht weken, dan wordt het geschil voorgelegd aan **arbitrage** volgens het reglement van het Nederlands Arbitrage Instituut; de uitspraak is bindend.

## 10. Toetreding, wijziging, einde

1. **Toetreding**: een andere vbo-school of mbo-instelling kan meedoen als beide besturen schriftelijk instemmen; de toetreding gaat in op 1 augustus en de nieuwe partij neemt alle afspraken over.
2. **Wijziging**: alleen schriftelijk en door beide besturen getekend; een wijziging raakt leerlingen die al in de route zitten niet in hun programma.
3. **Opzegging**: schriftelijk, met een termijn van ten minste twaalf maanden, per het einde van een schooljaar. Lopende groepen maken de route af; er stromen geen nieuwe leerlingen in.
4. Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

---

Naaldwijk, 20 juni 2025

| Voor de school | Voor het Groencollege |
|---|---|
| A. Zwinkels, voorzitter college van bestuur | R. Vreugdenhil, bestuurder |
"""

sample(461, "h461_geintegreerd_westland", "md",
       st("a=p b=p c=p d=p e=p f=w g=p h=w i=p j=p"),
       {"a": "## 1. De route", "b": "## 2. Hoveniers en kwekers doen mee", "c": "## 3. Wie stuurt de route aan",
        "d": "## 4. Verantwoording", "e": "## 5. Organisatie en onderwijs", "g": "## 7. Bekostiging",
        "i": "## 9. Geschillen", "j": "## 10. Toetreding, wijziging, einde"},
       "Markdown by a projectleider; geïntegreerde route Groen bb -> Medewerker hovenier 2 in het "
       "Westland; leavers go automatically to Entree; medezeggenschap left as a bracketed placeholder; "
       "payment with amount and purpose next to 'no bekostiging transferred'.",
       T461)


# =============================================================================================
# h462  DOCX, 'wij spreken af' verb style; mobiliteit; Parkstad Limburg (krimp).  Compliant.
# =============================================================================================
B462 = [
    ("title", "Doorlopende leerroute Autotechniek Parkstad"),
    ("sub", "Samenwerkingsovereenkomst tussen Stichting Voortgezet Onderwijs Parkstad Zuid en Stichting Beroepsonderwijs Zuid-Limburg"),
    ("p", "Wij, Stichting Voortgezet Onderwijs Parkstad Zuid (bevoegd gezag van het Heerlerbaan Vakcollege te Heerlen; hierna: het Vakcollege) en Stichting Beroepsonderwijs Zuid-Limburg (bevoegd gezag van het Mijnlandcollege te Kerkrade; hierna: het Mijnlandcollege), elk rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, leggen hieronder vast wat wij met elkaar afspreken. Met dalende leerlingaantallen in Parkstad kunnen wij goed autotechniekonderwijs alleen samen in stand houden."),
    ("h", "A. Wat leerlingen bij ons leren"),
    ("p", "Wij bieden leerlingen van de kaderberoepsgerichte leerweg met het profiel Mobiliteit en transport een ononderbroken route aan naar het diploma Eerste autotechnicus (niveau 3) in het opleidingsdomein Mobiliteit en voertuigen, zowel BOL als BBL. Wie in de route start, haalt in het tweede routejaar het vmbo-diploma kader en stroomt daarna zonder toelatingsprocedure in bij het Mijnlandcollege."),
    ("h", "B. Wat garagebedrijven doen"),
    ("p", "Wij werken samen met de regioafdeling Limburg van de branchevereniging voor de mobiliteitsbranche en met zes autobedrijven en twee bedrijfswagendealers uit Parkstad, die de route ondersteunen door:"),
    ("bl", "per routejaar een werkplaatsweek te organiseren waarin leerlingen onder begeleiding van een monteur meedraaien;"),
    ("bl", "leerplaatsen en BBL-dienstverbanden te bieden vanaf het derde routejaar;"),
    ("bl", "ieder jaar een diagnose-opdracht aan te leveren die in de lessen als praktijkopdracht wordt gebruikt;"),
    ("bl", "met een werkplaatschef zitting te nemen in de examencommissie-adviesgroep die de praktijkexamens mee vaststelt."),
    ("p", "Eens per jaar bespreken wij met deze bedrijven in een werkveldoverleg of het programma nog bij de techniek in de werkplaats past."),
    ("h", "C. Wie de route leidt"),
    ("p", "De route wordt geleid door een routedirectie van twee personen: de teamleider Techniek van het Vakcollege en de opleidingsmanager Mobiliteit van het Mijnlandcollege. Onze beide colleges van bestuur benoemen hen gezamenlijk; bij een vacature draagt de partij waar de functie ligt een kandidaat voor. Wij dragen de routedirectie op om het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar in het gezamenlijke routeplan uit te werken, de lesroosters en de inzet van docenten te regelen, leerlingen toe te laten en te begeleiden, en het contact met de bedrijven te onderhouden. De routedirectie mag daarvoor zelfstandig beschikken over het routebudget en opdrachten geven aan het docententeam; zij beslist niet over aanstellingen en investeringen boven € 5.000."),
    ("h", "D. Hoe wij op de hoogte blijven"),
    ("p", "De routedirectie stuurt ons, beide colleges van bestuur, ieder jaar vóór 15 oktober een jaarverslag over in-, door- en uitstroom, examenresultaten, de bedrijfscontacten en de financiën, en verantwoordt zich daarover in ons gezamenlijk bestuursoverleg in november. In april ontvangen wij een tussentijdse stand van zaken. Bij ernstige problemen informeert de routedirectie ons meteen."),
    ("h", "E. Waar, met wie en waarmee"),
    ("p", "De eerste twee routejaren krijgen leerlingen les op het Vakcollege in Heerlen; vanaf het tweede routejaar twee middagen per week in de autowerkplaats van het Mijnlandcollege in Kerkrade. Het derde tot en met vijfde routejaar vinden plaats op het Mijnlandcollege en in de leerbedrijven. Docenten van beide partijen vormen één routeteam en maken gebruik van de teambevoegdheid voor het praktijkvak Voertuigtechniek zoals in het routeplan aangegeven. Het Mijnlandcollege stelt voor de vo-fase twee praktijkdocenten beschikbaar (samen 0,6 fte); het Vakcollege stelt een leraar Nederlands en een leraar wiskunde beschikbaar voor de taal- en rekenlessen in het derde routejaar. Wij gebruiken elkaars werkplaatsen, diagnoseapparatuur, het lesvoertuigenpark en de digitale leeromgeving zonder onderlinge verrekening, met uitzondering van de vergoeding onder G."),
    ("h", "F. Als een leerling wil of moet stoppen"),
    ("p", "Wij laten geen leerling zonder vervolg. Verlaat een leerling de route, dan beslissen het Vakcollege en het Mijnlandcollege samen over het vervolg, na een gesprek met de leerling en de ouders en met het oog op het bereikte onderwijsniveau en de leeftijd van de leerling. In de eerste twee routejaren kan de leerling zijn vmbo-opleiding in de kaderberoepsgerichte of basisberoepsgerichte leerweg afmaken, in Mobiliteit en transport of in een ander profiel. Daarna kan hij binnen het Mijnlandcollege overstappen naar een andere opleiding op niveau 2 of 3, zoals Medewerker fietstechniek of Monteur mobiele werktuigen, zonder dat vooropleidingseisen gelden. Wie aan het einde van het derde routejaar nog geen vmbo-diploma heeft, mag naast de mbo-opleiding het examen bij het Vakcollege opnieuw doen."),
    ("h", "G. Geld"),
    ("p", "Het Mijnlandcollege draagt voor iedere student in het derde routejaar die op 1 oktober nog geen vmbo-diploma heeft, met toepassing van artikel 9.1.15 WEB een bedrag van € 750 over aan het Vakcollege. Het Vakcollege gebruikt dit bedrag uitsluitend voor de herkansingslessen en de afname van het vmbo-examen voor deze studenten. Verder betalen wij elkaar niets en dragen wij ieder onze eigen kosten."),
    ("h", "H. Medezeggenschap"),
    ("p", "Voor leerlingen die bij het Vakcollege staan ingeschreven geldt de Wet medezeggenschap op scholen, voor studenten van het Mijnlandcollege de medezeggenschap van de Wet educatie en beroepsonderwijs. Wij kunnen in de toekomst aanvullende afspraken maken als de raden daarom vragen."),
    ("h", "I. Bij onenigheid"),
    ("p", "Zijn wij het over de uitvoering van deze afspraken oneens, dan bespreekt eerst de routedirectie het verschil en daarna ons bestuursoverleg. Komen wij er binnen twee maanden niet uit, dan vragen wij een mediator om te bemiddelen. Blijft het geschil bestaan, dan leggen wij het voor aan de rechtbank Limburg."),
    ("h", "J. Erbij komen, veranderen, ophouden"),
    ("p", "Een andere vmbo-school of mbo-instelling uit Zuid-Limburg kan zich bij deze route aansluiten. Dat kan alleen met schriftelijke instemming van ons beiden, per 1 augustus, en als de nieuwe partij het routeplan en deze overeenkomst onderschrijft. Veranderingen in deze overeenkomst leggen wij schriftelijk vast; voor leerlingen die al in de route zitten veranderen wij niets wat hun opleiding zwaarder of langer maakt. Deze overeenkomst loopt vanaf 1 augustus 2025 zonder einddatum. Ieder van ons kan haar schriftelijk opzeggen tegen 31 juli, met een opzegtermijn van een vol schooljaar. Na een opzegging of ontbinding nemen wij geen nieuwe leerlingen meer aan en maken de leerlingen die al begonnen zijn hun route bij ons af."),
    ("p", "Getekend in Heerlen op 25 juni 2025 door de voorzitters van de colleges van bestuur: drs. P.M. Huntjens (Stichting Voortgezet Onderwijs Parkstad Zuid) en ing. W.J.H. Dautzenberg (Stichting Beroepsonderwijs Zuid-Limburg)."),
]

sample(462, "h462_wijvorm_parkstad", "docx",
       st("a=p b=p c=p d=p e=p f=p g=p h=n i=p j=p"),
       {"a": "A. Wat leerlingen bij ons leren", "b": "B. Wat garagebedrijven doen", "c": "C. Wie de route leidt",
        "d": "D. Hoe wij op de hoogte blijven", "e": "E. Waar, met wie en waarmee",
        "f": "F. Als een leerling wil of moet stoppen", "g": "G. Geld", "i": "I. Bij onenigheid",
        "j": "J. Erbij komen, veranderen, ophouden"},
       "DOCX in 'wij'-form with verbs and letter headings; mobiliteit (M&T kb -> Eerste autotechnicus 3) "
       "in shrinking Parkstad; all required items arranged; transfer mbo->school with amount and purpose; "
       "medezeggenschap only describes the law and what 'kan'.",
       B462, meta={"author": "Routedirectie Autotechniek Parkstad", "doc_title": "SOK Autotechniek Parkstad"})


# =============================================================================================
# h463  PDF following the official format's numbering, partly filled in; horeca; Zeeuws-Vlaanderen.
# =============================================================================================
DOTS = "." * 110
B463 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Horeca Zeeuws-Vlaanderen"),
    ("p", "Stichting Openbaar Voortgezet Onderwijs Zeeuws-Vlaanderen, bevoegd gezag van de Zwinstede Scholengemeenschap te Oostburg, vertegenwoordigd door de heer B. de Kraker, bestuurder,"),
    ("p", "en"),
    ("p", "Stichting Scheldemond Onderwijs, bevoegd gezag van het Scheldemond College te Terneuzen, vertegenwoordigd door mevrouw C.J. Verstraete, voorzitter college van bestuur,"),
    ("p", "overwegende dat het horecabedrijfsleven in Zeeuws-Vlaanderen en de kustplaatsen grote behoefte heeft aan goed opgeleide koks en partijen het bedrijfsleven daarom nauw bij deze route willen betrekken;"),
    ("p", "verklaren te zijn overeengekomen:"),
    ("h", "Doel en wijze van samenwerking"),
    ("p", "Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende leerroute vmbo-mbo verzorgd door ondergetekenden. Ondergetekenden beschrijven voor de gehele route het onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per leerjaar en voeren dit gezamenlijk uit. Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij deze route aanbieden."),
    ("h", "Afspraken"),
    ("h2", "1. Kokroute Zwinstede-Scheldemond"),
    ("p", "Leerlingen van de kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, van de Zwinstede Scholengemeenschap volgen vanaf leerjaar 3 een ononderbroken programma naar het diploma Zelfstandig werkend kok (niveau 3) in het opleidingsdomein Horeca en bakkerij van het Scheldemond College. De eerste lichting start op 1 augustus 2025."),
    ("h2", "2. Dagelijkse leiding"),
    ("p", "De leiding berust bij een routeleider, die wordt bijgestaan door een vaste contactpersoon van iedere partij. De routeleider is een medewerker van het Scheldemond College en wordt na een gezamenlijke selectieprocedure benoemd door het college van bestuur van het Scheldemond College, in overeenstemming met de bestuurder van de Zwinstede Scholengemeenschap. De contactpersonen worden door hun eigen bestuur aangewezen. De routeleider is namens beide partijen verantwoordelijk voor roosters, de indeling van de keukens, de afstemming van toetsen en examens, de toelating van leerlingen en de uitgaven binnen het routebudget; hij beslist na overleg met de contactpersonen. Besluiten over personeel en investeringen neemt het bevoegd gezag dat het aangaat."),
    ("h2", "3. Inlichtingen en verantwoording"),
    ("p", "Het verstrekken van inlichtingen en afleggen van verantwoording door de routeleider aan ondergetekenden wordt als volgt georganiseerd:"),
    ("p", DOTS),
    ("p", DOTS),
    ("h2", "4. Organisatorische en onderwijskundige inrichting"),
    ("p", "a. Locaties. De leerjaren 1 en 2 van de route worden verzorgd op de Zwinstede Scholengemeenschap te Oostburg; de leerjaren 3 en 4 in het leerrestaurant Het Zwin van het Scheldemond College te Terneuzen. Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER."),
    ("p", "b. Faciliteiten. De leerlingen gebruiken vanaf leerjaar 2 één dag per week de opleidingskeukens en het leerrestaurant van het Scheldemond College. De Zwinstede stelt haar demonstratiekeuken beschikbaar voor de gezamenlijke kookwedstrijden."),
    ("p", "c. Personeel. Twee koks-docenten van het Scheldemond College geven in de leerjaren 1 en 2 samen acht uur per week praktijkles op de Zwinstede; de docenten van beide partijen vormen voor het praktijkdeel één team met gebruik van de teambevoegdheid. Eén leraar van de Zwinstede verzorgt in leerjaar 3 de lessen Nederlands en rekenen bij het Scheldemond College."),
    ("h2", "5. Overstapoptie"),
    ("p", "Deelnemers die deze doorlopende leerroute niet met succes afronden, worden door ondergetekenden in staat gesteld om over te stappen naar een andere opleiding van het Scheldemond College op niveau 2 of 3, zoals Medewerker bediening of Gastheer/gastvrouw, mits zij voldoen aan de vooropleidingseisen van die opleiding, dat wil zeggen in het bezit zijn van een vmbo-diploma kader- of gemengde leerweg. De routeleider en de mentor beslissen samen met de leerling en de ouders over het vervolg. Leerlingen die in leerjaar 1 of 2 uitvallen, kunnen op de Zwinstede de reguliere kaderberoepsgerichte leerweg afmaken."),
    ("h2", "6. Financiën"),
    ("p", "Er vindt geen overdracht van bekostiging tussen ondergetekenden plaats. De inzet van de docenten van het Scheldemond College in de vo-fase wordt verrekend tegen de uren die de leraar van de Zwinstede in leerjaar 3 levert; een eventueel verschil wordt niet in geld vereffend."),
    ("h2", "7. Medezeggenschap"),
    ("p", "Voor leerlingen die ingeschreven staan op de Zwinstede en hun ouders, en voor de leraren van de Zwinstede, geldt de WMS. Voor studenten van het Scheldemond College en hun ouders geldt de WEB, voor de docenten van het Scheldemond College de WOR. Indien gewenst kunnen partijen aanvullende afspraken maken."),
    ("h2", "8. Geschilbeslechting"),
    ("p", "Geschillen tussen ondergetekenden over de uitvoering van deze overeenkomst worden eerst besproken tussen de routeleider en de contactpersonen en vervolgens tussen de bestuurders. Leidt dat binnen zes weken niet tot overeenstemming, dan wijzen partijen samen een mediator aan. Komt ook dan geen oplossing tot stand, dan is de rechtbank Zeeland-West-Brabant bevoegd."),
    ("h2", "9. Betrokkenheid andere partijen"),
    ("p", "Een andere school of instelling voor beroepsonderwijs kan partij worden bij deze overeenkomst als beide ondergetekenden schriftelijk instemmen, de toetredende partij deze overeenkomst ondertekent en de toetreding ingaat aan het begin van een schooljaar; de lopende leerjaren worden daardoor niet gewijzigd."),
    ("h2", "10. Beëindiging en wijziging overeenkomst"),
    ("p", "Deze overeenkomst geldt voor onbepaalde tijd. Zij kan door ieder van partijen schriftelijk worden opgezegd tegen 1 augustus met een termijn van twaalf maanden. Vanaf de opzegging worden geen nieuwe leerlingen meer toegelaten; leerlingen die al in de route zitten, ronden de route bij partijen af. Wijzigingen worden schriftelijk overeengekomen en gaan in bij het begin van een schooljaar, zonder dat leerlingen in een lopend leerjaar daardoor nadeel ondervinden."),
    ("sp", 10),
    ("p", "Aldus overeengekomen en ondertekend te Terneuzen op 23 juni 2025."),
    ("p", "B. de Kraker, bestuurder Stichting Openbaar Voortgezet Onderwijs Zeeuws-Vlaanderen"),
    ("p", "C.J. Verstraete, voorzitter college van bestuur Stichting Scheldemond Onderwijs"),
]

sample(463, "h463_formatingevuld_zeeuwsvlaanderen", "pdf",
       st("a=p b=m c=p d=w e=p f=w g=p h=n i=p j=p"),
       {"a": "1. Kokroute Zwinstede-Scheldemond", "c": "2. Dagelijkse leiding",
        "e": "4. Organisatorische en onderwijskundige inrichting", "g": "6. Financiën",
        "i": "8. Geschilbeslechting", "j": "10. Beëindiging en wijziging overeenkomst"},
       "PDF that follows the official format's numbering and is partly filled in; horeca (HBR kb -> "
       "Zelfstandig werkend kok 3) in Zeeuws-Vlaanderen; bedrijfsleven only in the considerans and the "
       "format's Doel sentence left out; verantwoording left as dotted lines; overstap imposes "
       "vooropleidingseisen within the same instelling; medezeggenschap only restates the law.",
       B463, meta={"font": "Helvetica", "footer": "SOK Horeca Zeeuws-Vlaanderen - definitief"})


# =============================================================================================
# h464  DOCX, three parties (two vmbo schools, one ROC), tables; PIE -> mbo-4; Noordoostpolder.
# =============================================================================================
B464 = [
    ("title", "Samenwerkingsovereenkomst Techniekroute Noordoostpolder-Urk"),
    ("sub", "Doorlopende leerroute Produceren, installeren en energie naar Technicus elektrotechnische installaties in de gebouwde omgeving, niveau 4"),
    ("h", "Partijen"),
    ("table", [["Partij", "Bevoegd gezag van", "Vertegenwoordigd door", "Hierna"],
               ["Stichting Voortgezet Onderwijs Noordoostpolder", "Polderland College, Emmeloord", "mr. G. Schuurman, voorzitter college van bestuur", "Polderland"],
               ["Vereniging voor Christelijk Voortgezet Onderwijs Urk", "Zuyderzee Vakschool, Urk", "J. Kramer, bestuurder", "Zuyderzee"],
               ["Stichting Regionaal Opleidingencentrum Flevo-IJssel", "Flevo-IJssel College, Emmeloord en Zwolle", "drs. M.A. Kok, voorzitter college van bestuur", "het ROC"]]),
    ("p", "Polderland en Zuyderzee samen: de scholen. De scholen en het ROC samen: partijen."),
    ("h", "§ 1 Aanleiding en onderwerp"),
    ("p", "1.1 In de Noordoostpolder en op Urk is het tekort aan elektrotechnici groot, terwijl beide scholen ieder te weinig leerlingen hebben voor een eigen bovenbouwroute naar het mbo. Partijen bundelen daarom hun krachten in één route."),
    ("p", "1.2 De route staat open voor leerlingen van de gemengde leerweg van Polderland en van de kaderberoepsgerichte en gemengde leerweg van Zuyderzee die het profiel Produceren, installeren en energie volgen. Zij leidt, naast het vmbo-diploma, tot het diploma Technicus elektrotechnische installaties in de gebouwde omgeving (middenkaderopleiding, niveau 4, BOL) in het opleidingsdomein Installatie- en energietechniek van het ROC. Voor leerlingen van de kaderberoepsgerichte leerweg van Zuyderzee leidt de route tot het diploma Eerste monteur elektrotechnische installaties (vakopleiding, niveau 3) met de mogelijkheid van doorstroom naar niveau 4."),
    ("h", "§ 2 Rol van installatiebedrijven en netbeheerder"),
    ("p", "2.1 Installatiebedrijven uit de Noordoostpolder en Urk, verenigd in het Installatienetwerk NOP-Urk, de regionale netbeheerder en twee fabrikanten van laadinfrastructuur hebben met partijen een partnerverklaring getekend. Zij:"),
    ("bl", "leveren vanaf het eerste routejaar opdrachten uit lopende projecten (zonnepanelen, laadpalen, warmtepompen) die in de praktijklessen worden uitgevoerd;"),
    ("bl", "bieden in de mbo-fase per student twee bpv-periodes van samen ten minste 30 weken;"),
    ("bl", "vaardigen ieder jaar drie vakmensen af naar de beoordelingscommissie van de examenprojecten;"),
    ("bl", "hebben een vaste zetel in de adviescommissie van § 3.4."),
    ("h", "§ 3 Bestuur van de route"),
    ("p", "3.1 Partijen stellen een routeteam in dat de route leidt. Samenstelling en benoeming staan in de tabel."),
    ("table", [["Lid", "Afkomstig van", "Benoemd door"],
               ["Voorzitter: manager techniek", "het ROC", "de drie besturen gezamenlijk, op voordracht van het ROC"],
               ["Afdelingsleider bovenbouw", "Polderland", "de drie besturen gezamenlijk, op voordracht van Polderland"],
               ["Teamleider techniek", "Zuyderzee", "de drie besturen gezamenlijk, op voordracht van Zuyderzee"],
               ["Routecoördinator (secretaris)", "docententeam van de route", "het routeteam, met goedkeuring van de besturen"]]),
    ("p", "3.2 De benoeming geldt voor vier jaar en kan worden herhaald. Bij vertrek of ongeschiktheid voorzien de besturen binnen drie maanden in de vacature."),
    ("p", "3.3 De besturen dragen aan het routeteam op: het opstellen en jaarlijks bijstellen van het gezamenlijke onderwijs- en examenprogramma per leerjaar (het routereglement), de toelating en plaatsing van leerlingen, de inroostering van docenten en ruimten, de besluiten over overstap als bedoeld in § 5, het beheer van de bijdrage van § 6 en het onderhoud van de contacten met de partners van § 2. Het routeteam beslist daarover zelfstandig; besluiten met financiële gevolgen boven € 20.000 of met gevolgen voor de formatie van een partij behoeven de instemming van de betrokken besturen."),
    ("p", "3.4 Het routeteam wordt geadviseerd door een adviescommissie waarin de partners van § 2 zitting hebben en die ten minste twee keer per jaar vergadert."),
    ("h", "§ 4 Informatie aan en verantwoording tegenover de besturen"),
    ("p", "4.1 Het routeteam stelt jaarlijks vóór 1 december een routeverslag op over het voorafgaande schooljaar, met ten minste aantallen leerlingen per leerjaar en per school, slaagpercentages, uitval en overstap, de besteding van de bijdrage van § 6 en de bevindingen van de adviescommissie. Het verslag wordt aan de drie besturen gezonden en in hun gezamenlijke bestuursvergadering in januari besproken; de besturen verlenen het routeteam dan decharge voor het gevoerde beheer."),
    ("p", "4.2 Ieder bestuur kan op elk moment informatie opvragen bij het routeteam. Het routeteam meldt onverwijld aan alle besturen wanneer de uitvoering van de route in gevaar komt."),
    ("h", "§ 5 Uitvoering"),
    ("table", [["Routejaar", "Ingeschreven bij", "Waar", "Examen en bpv"],
               ["1 (vmbo 3)", "eigen school", "eigen school; een dag per week techniekhal ROC Emmeloord", "schoolexamens vmbo; projectopdrachten partners"],
               ["2 (vmbo 4)", "eigen school", "eigen school; twee dagen per week techniekhal ROC", "centraal examen vmbo; eerste mbo-onderdelen"],
               ["3 (mbo 1)", "het ROC", "ROC Emmeloord", "mbo-examens; bpv 1 (12 weken)"],
               ["4 (mbo 2)", "het ROC", "ROC Emmeloord en Zwolle", "bpv 2 (18 weken)"],
               ["5 (mbo 3)", "het ROC", "ROC Emmeloord", "examenproject en proeve van bekwaamheid"]]),
    ("p", "5.1 Het personeel dat in de route lesgeeft, vormt één team van leraren van de scholen en docenten van het ROC. Het team maakt gebruik van de teambevoegdheid voor de vakoverstijgende modules Elektrotechniek en Duurzame energie; het routereglement wijst die modules aan. Het ROC zet in de routejaren 1 en 2 twee docenten elektrotechniek in (samen 1,0 fte); iedere school zet een leraar natuurkunde en een leraar wiskunde in voor de doorlopende theorielijn in routejaar 3. Iedereen blijft in dienst van zijn eigen werkgever."),
    ("p", "5.2 De techniekhal van het ROC in Emmeloord, met de installatiewanden, meetapparatuur en de laadpleinen, is voor de leerlingen van beide scholen beschikbaar op vaste dagen. De scholen stellen hun technieklokalen beschikbaar voor de projectweken van het ROC. Het vervoer van leerlingen van Urk naar Emmeloord wordt door Zuyderzee geregeld."),
    ("h", "§ 6 Bijdrage aan de techniekhal"),
    ("p", "6.1 Iedere school draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks € 12.000 van haar bekostiging over aan het ROC, samen dus € 24.000, uitsluitend bestemd voor onderhoud, verbruiksmaterialen en vervanging van de installatiewanden en meetapparatuur in de techniekhal die de leerlingen van de route gebruiken. Het ROC stuurt de scholen jaarlijks een overzicht van de besteding."),
    ("p", "6.2 Het ROC draagt geen bekostiging over aan de scholen."),
    ("h", "§ 7 Overstap"),
    ("p", "7.1 Een leerling die de route niet afmaakt, behoudt zicht op een diploma. Over het vervolg beslissen de school waar hij vandaan komt en het ROC in onderling overleg, waarbij de leerling en zijn ouders worden gehoord en het bereikte onderwijsniveau en de leeftijd de doorslag geven."),
    ("p", "7.2 Stopt een leerling in routejaar 1 of 2, dan maakt hij bij zijn eigen school de gemengde of kaderberoepsgerichte leerweg af, in hetzelfde of een ander profiel. Stopt hij in een later routejaar, dan kan hij bij het ROC verder in een andere opleiding op niveau 3 of 4, ook in een ander domein, zonder dat het ROC hem aan vooropleidingseisen houdt. Een leerling die na routejaar 3 het vmbo-diploma mist, kan zijn mbo-opleiding voortzetten en het vmbo-examen in het volgende schooljaar afleggen, of kiezen voor een opleiding op niveau 3. Wil hij naar een andere instelling, dan ondersteunt het ROC het geschiktheidsonderzoek met een overdrachtsdossier."),
    ("h", "§ 8 Inspraak"),
    ("p", "8.1 Partijen stellen een routeraad in met één ouder en één leerling uit de medezeggenschapsraad van iedere school en twee studenten uit de studentenraad van het ROC. De routeraad adviseert de besturen vooraf over wijziging van het routereglement en van deze overeenkomst; een afwijzing van dat advies wordt schriftelijk gemotiveerd."),
    ("p", "8.2 Leerlingen in routejaar 2 worden bovendien uitgenodigd voor de studentenraad van het ROC als het onderwerp de route betreft."),
    ("h", "§ 9 Geschillen"),
    ("p", "9.1 Bij een verschil van mening tussen partijen over de uitvoering van deze overeenkomst zoeken eerst de leden van het routeteam en daarna de besturen een oplossing. Hebben de besturen binnen acht weken geen overeenstemming, dan leggen zij het geschil voor aan een geschillencommissie van drie leden: de scholen wijzen er gezamenlijk één aan, het ROC één, en die twee kiezen een onafhankelijke voorzitter. De commissie doet een bindende uitspraak binnen drie maanden."),
    ("h", "§ 10 Toetreding, wijziging en beëindiging"),
    ("p", "10.1 Een school voor vmbo of een instelling voor beroepsonderwijs uit de regio kan toetreden als alle besturen daarmee schriftelijk instemmen, de nieuwe partij deze overeenkomst en het routereglement ongewijzigd aanvaardt en de toetreding ingaat op 1 augustus. Partijen en de nieuwe partij melden de toetreding gezamenlijk bij DUO."),
    ("p", "10.2 Deze overeenkomst wordt alleen gewijzigd bij een schriftelijk stuk dat door alle besturen is ondertekend, na advies van de routeraad van § 8. Wijzigingen gelden vanaf het eerstvolgende schooljaar en niet voor lopende routejaren, tenzij de leerlingen er beter van worden."),
    ("p", "10.3 Iedere partij kan haar deelname opzeggen tegen 1 augustus, met inachtneming van een termijn van ten minste vijftien maanden. Trekt een school zich terug, dan blijft de overeenkomst tussen de andere partijen bestaan; leerlingen van de uittredende school die al in de route zitten, ronden die af. Trekt het ROC zich terug, dan eindigt de overeenkomst pas nadat de laatste lichting de route heeft voltooid; tot dan stromen geen nieuwe leerlingen in. Hetzelfde geldt bij ontbinding."),
    ("h", "Ondertekening"),
    ("p", "Emmeloord, 26 juni 2025"),
    ("table", [["Polderland", "Zuyderzee", "het ROC"],
               ["mr. G. Schuurman", "J. Kramer", "drs. M.A. Kok"]]),
]

sample(464, "h464_driescholen_noordoostpolder", "docx",
       st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
       {"a": "§ 1 Aanleiding en onderwerp", "b": "§ 2 Rol van installatiebedrijven en netbeheerder",
        "c": "§ 3 Bestuur van de route", "d": "§ 4 Informatie aan en verantwoording tegenover de besturen",
        "e": "§ 5 Uitvoering", "f": "§ 7 Overstap", "g": "§ 6 Bijdrage aan de techniekhal",
        "h": "§ 8 Inspraak", "i": "§ 9 Geschillen", "j": "§ 10 Toetreding, wijziging en beëindiging"},
       "Three-party DOCX (two vmbo schools, one ROC) with tables for parties, routeteam and years; PIE gl/kb "
       "-> elektrotechniek niveau 4/3 in Noordoostpolder-Urk; fully compliant; transfer of a fixed sum "
       "with purpose; routeraad for medezeggenschap; geschillencommissie.",
       B464, meta={"author": "Routeteam Techniekroute NOP-Urk", "doc_title": "SOK Techniekroute Noordoostpolder-Urk"})


# =============================================================================================
# main
# =============================================================================================
def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv if a.isdigit()]
    for n in sorted(nums or SAMPLES):
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
