#!/usr/bin/env python3
"""Training samples 269-276 for leerroute-check (batch train18a: "terse but complete").

Written by an independent author-helper from the two official guidance documents in shared/seeds
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), shared/domain.md and
sample_agreements/LABELS.md only, without looking at checker code, models, tests, benchmarks or the
texts/build scripts of the other samples. All schools, instellingen, companies and people are made up.

Six agreements are fully compliant though very short or informal (tables, bullets, fragments,
abbreviations); two carry exactly one subtle defect each (271: transfer of bekostiging without
omvang -> g weak; 275: leiding without wijze van benoeming -> c weak).

Usage:
    python3 build_samples_train18a.py            build all
    python3 build_samples_train18a.py 269 270    build only those
    python3 build_samples_train18a.py --check    verify the produced files
"""
import io
import json
import os
import re
import sys
import zipfile
import datetime
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(num, name, fmt, description, statuses, evidence, content):
    SAMPLES[num] = dict(name=name, fmt=fmt, description=description, statuses=statuses,
                        evidence=evidence, content=content)


def st(s):
    """'p p w m na ...' -> statuses dict a..j"""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10, s
    return {k: m[v] for k, v in zip("abcdefghij", parts)}


# ---------------------------------------------------------------------------------------------
# writers
# blocks: ("title", t) ("sub", t) ("h", t) ("p", t) ("ul", [..]) ("table", rows, widths) ("sp",)
# ---------------------------------------------------------------------------------------------

def write_pdf(path, blocks, title):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    ListFlowable, ListItem)
    from xml.sax.saxutils import escape

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=13.5, spaceAfter=5)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
    h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                       spaceBefore=9, spaceAfter=4)
    tit = ParagraphStyle("tit", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20,
                         spaceAfter=6)
    sub = ParagraphStyle("sub", parent=body, fontName="Helvetica-Oblique", fontSize=10.5,
                         leading=14, spaceAfter=8)

    def para(t, style):
        t = escape(t)
        t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
        return Paragraph(t, style)

    story = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(para(b[1], tit))
        elif kind == "sub":
            story.append(para(b[1], sub))
        elif kind == "h":
            story.append(para(b[1], h))
        elif kind == "p":
            story.append(para(b[1], body))
        elif kind == "ul":
            items = [ListItem(para(x, body), leftIndent=14) for x in b[1]]
            story.append(ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=14,
                                      bulletFontSize=9))
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = []
            for i, r in enumerate(rows):
                data.append([para(c, cellb if (i == 0 or j == 0) else cell)
                             for j, c in enumerate(r)])
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sp":
            story.append(Spacer(1, 10))
        else:
            raise ValueError(kind)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=title,
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story)


def write_docx(path, blocks, title):
    import docx
    from docx.shared import Pt, Cm

    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = "Calibri"
    stl.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)

    def add_runs(p, t):
        for k, piece in enumerate(re.split(r"\*\*(.+?)\*\*", t)):
            if piece:
                r = p.add_run(piece)
                if k % 2 == 1:
                    r.bold = True

    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "sub":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            add_runs(d.add_paragraph(), b[1])
        elif kind == "ul":
            for x in b[1]:
                add_runs(d.add_paragraph(style="List Bullet"), x)
        elif kind == "table":
            rows, widths = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cellobj = t.cell(i, j)
                    cellobj.width = Cm(widths[j] / 10.0)
                    p = cellobj.paragraphs[0]
                    if i == 0 or j == 0:
                        rr = p.add_run(c.replace("**", ""))
                        rr.bold = True
                    else:
                        add_runs(p, c)
            d.add_paragraph()
        elif kind == "sp":
            d.add_paragraph()
        else:
            raise ValueError(kind)
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
    # rewrite the zip with fixed timestamps so the output is byte-identical on rebuild
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


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


def expected_of(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(num):
    s = SAMPLES[num]
    base = os.path.join(HERE, s["name"])
    path = base + "." + s["fmt"]
    title = s["name"]
    if s["fmt"] == "pdf":
        write_pdf(path, s["content"], title)
    elif s["fmt"] == "docx":
        write_docx(path, s["content"], title)
    else:
        write_text(path, s["content"])
    with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected_of(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


# ---------------------------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------------------------

def norm(t):
    t = t.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", t).strip()


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        out = []
        for i in range(len(pdf)):
            out.append(pdf[i].get_textpage().get_text_range())
        return "\n".join(out)
    if path.endswith(".docx"):
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(W + "p"):
            paras.append("".join(t.text or "" for t in p.iter(W + "t")))
        return "\n".join(paras)
    with open(path, encoding="utf-8") as f:
        return f.read()


def check():
    ok = True
    letters = set("abcdefghij")
    fmts = {}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        assert re.fullmatch(r"\d{3}_[a-z0-9_]+", s["name"]) and s["name"].startswith(str(num) + "_")
        base = os.path.join(HERE, s["name"])
        path = base + "." + s["fmt"]
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        errs = []
        if not os.path.exists(path):
            errs.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa
                text = ""
                errs.append("does not open: %r" % e)
            for k, v in s["evidence"].items():
                if s["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(v) not in text:
                    errs.append("evidence %s not found: %r" % (k, v))
        if set(s["statuses"]) != letters:
            errs.append("statuses incomplete")
        ej = base + ".expected.json"
        try:
            with open(ej, encoding="utf-8") as f:
                if json.load(f) != expected_of(s):
                    errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json: %r" % e)
        print("%s %s.%s %s" % ("OK  " if not errs else "FAIL", s["name"], s["fmt"],
                                "; ".join(errs)))
        ok = ok and not errs
    print("formats:", fmts)
    return ok


# =============================================================================================
# 269  team leader, DOCX, two-column table "onderwerp | afspraak", Twente, PIE kb -> mbo-3
# =============================================================================================

sample(
    269, "269_teamleider_tabel_onderwerp_afspraak_hengelo_mechatronica", "docx",
    "Zeer beknopte overeenkomst van een teamleider techniek, DOCX, vrijwel geheel een tweekoloms "
    "tabel 'onderwerp | afspraak' met zinsfragmenten en afkortingen (Hengelo/Twente, PIE kb -> "
    "Eerste monteur mechatronica niveau 3); geen overdracht bekostiging, aanvullende "
    "medezeggenschapsafspraken; volledig in orde.",
    st("p p p p p p p p p p"),
    {"a": "Route", "b": "Bedrijfsleven", "c": "Leiding", "d": "Info en verantwoording",
     "e": "Onderwijs en examens", "f": "Overstap", "g": "Geld",
     "h": "Medezeggenschap", "i": "Geschillen", "j": "Looptijd, wijzigen, toetreden, opzeggen"},
    [
        ("title", "DLR PIE-kader \u2192 Eerste monteur mechatronica (mbo-3)"),
        ("sub", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo \u2013 versie 1.0, "
                "juni 2025. Opgesteld door H. Nijhuis (teamleider techniek Vakcollege Oelerhoek) "
                "en M. Oude Wesselink (opleidingsmanager Techniek ROC Twentse Poort). Afspraken "
                "in tabelvorm; wat hier staat geldt als afgesproken tussen de besturen."),
        ("table", [
            ["Onderwerp", "Afspraak"],
            ["Partijen",
             "Stichting Scholengroep Twentekanaal, bevoegd gezag van Vakcollege Oelerhoek "
             "(Hengelo) \u2013 hierna: school. Stichting ROC Twentse Poort (Enschede) \u2013 hierna: "
             "ROC. Beide vertegenwoordigd door hun CvB."],
            ["Route",
             "vmbo kader, profiel Produceren, installeren en energie (PIE) \u2192 mbo-3 Eerste "
             "monteur mechatronica (BOL), domein Techniek en procesindustrie. Start in lj 3 vmbo. "
             "Jaar 1\u20132 route = vo-fase (lj 3\u20134 vmbo), jaar 3\u20134 = mbo-fase. Max. 16 "
             "leerlingen per cohort."],
            ["Melding",
             "School en ROC melden de route samen aan (RIO), elk voor het eigen deel, v\u00f3\u00f3r "
             "1 oktober 2025."],
            ["Bedrijfsleven",
             "Min. 8 erkende leerbedrijven uit de Metaalkring Hengelo-Borne (o.a. Bartels "
             "Machinebouw, Lansink Aandrijftechniek): snuffelstage 2 wk in lj 3, BPV-plaatsen in "
             "jaar 3\u20134 route, 2x per jaar gastles of bedrijfsbezoek, praktijkopleider "
             "beoordeelt proeve van bekwaamheid mee. Werkveldcommissie Mechatronica (3 bedrijven "
             "+ SBB-adviseur) toetst 1x per jaar het programma en adviseert routeteam."],
            ["Leiding",
             "Routeteam: teamleider techniek (school) + opleidingsmanager Techniek (ROC). "
             "Aangewezen door directeur school resp. CvB ROC, 2 jaar, herbenoembaar. Beslist over "
             "rooster, inzet docenten, BPV-planning, voorstel PTA/OER. Uitgaven alleen binnen "
             "budget dat CvB's jaarlijks vaststellen; daarbuiten beslissen de CvB's."],
            ["Info en verantwoording",
             "Routeteam stuurt beide CvB's 2x per jaar (feb. + sept.) een voortgangsnotitie: in-, "
             "door- en uitstroom, verzuim, examenresultaten, knelpunten. Jaarverslag route v\u00f3\u00f3r "
             "1 okt. Jaarlijks bestuurlijk overleg CvB's + routeteam. Calamiteiten direct melden."],
            ["Onderwijs en examens",
             "Programma + examinering per leerjaar in gezamenlijk PTA/OER (bijlage 1, jaarlijks "
             "v\u00f3\u00f3r 1 okt vastgesteld). vmbo-CE in lj 4; mbo-examens vanaf jaar 3 route. "
             "Lj 3\u20134 op locatie school (Oelerhoek), praktijk mechatronica 1 dag/week in "
             "ROC-werkplaats Hengelo. Mbo-fase op ROC."],
            ["Personeel",
             "E\u00e9n docententeam: 3 docenten school + 2 docenten ROC. Teambevoegdheid (art. "
             "7.13a WVO 2020 / 9.1.12 WEB) voor vakoverstijgend deel 'besturen en aandrijven'; per "
             "onderdeel min. 1 bevoegde docent. ROC-docenten 6 u/week op school in lj 4. Ieder "
             "blijft in dienst van eigen werkgever; geen detachering."],
            ["Faciliteiten",
             "School: PIE-praktijkhal + CNC-lokaal. ROC: mechatronicawerkplaats en PLC-lab "
             "(2 dagdelen/week voor de route). Leerlingen lenen vanaf lj 4 ROC-laptop. Geen huur of "
             "doorbelasting over en weer."],
            ["Klachten",
             "Klachtenregeling van elk geldt ook voor gedrag van personeel van de ander; ROC werkt "
             "mee aan afhandeling van een klacht over een ROC-docent die bij de school binnenkomt."],
            ["Overstap",
             "Stopt leerling in jaar 1\u20132: terug naar regulier kb PIE, vmbo-diploma blijft "
             "doel. Geen vmbo-diploma eind jaar 3: door in mbo-3 bij ROC (vooropleidingseisen "
             "gelden dan niet) of doubleren voor vmbo-diploma. Andere richting gewenst: andere "
             "mbo-3 opleiding ROC op zelfde niveau (bijv. Eerste monteur elektrotechnische "
             "installaties) of andere DLR. Besluit: school + ROC samen, o.b.v. bereikt niveau en "
             "leeftijd, na gesprek met leerling + ouders. Warme overdracht door mentor."],
            ["Geld",
             "Geen overdracht van bekostiging tussen school en ROC. Ieder draagt eigen kosten."],
            ["Medezeggenschap",
             "MR school adviseert over PTA/OER vo-fase, SR ROC over mbo-fase. Routeleerlingen "
             "lj 4 mogen 1 vertegenwoordiger als toehoorder naar SR-vergaderingen sturen. 1x per "
             "jaar gezamenlijk overleg MR-/SR-afvaardiging over de route."],
            ["Geschillen",
             "1. routeteam; 2. binnen 4 wk directeur school + directeur Techniek ROC; 3. binnen "
             "6 wk CvB's; 4. mediation (mediator samen gekozen). Daarna: bevoegde rechter "
             "Rechtbank Overijssel."],
            ["Looptijd, wijzigen, toetreden, opzeggen",
             "1-8-2025 t/m 31-7-2029; daarna steeds 2 jaar verlengd. Wijzigen: alleen schriftelijk, "
             "getekend door beide CvB's. Nieuwe vmbo-school of instelling kan toetreden als alle "
             "partijen schriftelijk instemmen en de nieuwe partij deze afspraken ondertekent "
             "(toetredingsverklaring) + eigen RIO-melding. Opzeggen: schriftelijk, 12 mnd termijn, "
             "alleen per 1 augustus. Na opzegging geen nieuwe instroom; wie al in de route zit "
             "maakt hem af."],
        ], [42, 128]),
        ("p", "Bijlage 1: PTA/OER route 2025\u20132026 (apart document)."),
        ("p", "Hengelo, 24 juni 2025"),
        ("p", "Voor Stichting Scholengroep Twentekanaal: drs. E.J. Kuipers, voorzitter CvB"),
        ("p", "Voor Stichting ROC Twentse Poort: ing. A. Rouwenhorst-Maat, lid CvB"),
    ])


# =============================================================================================
# 270  teacher-coordinator, TXT, very short bullet list, Walcheren, Z&W bb -> mbo-2 Helpende
# =============================================================================================

sample(
    270, "270_docentcoordinator_opsomming_zeer_kort_walcheren_helpende_zorg", "txt",
    "Zeer korte platte-tekstovereenkomst (1 pagina) van een docent-coordinator, genummerde "
    "regels met fragmenten en afkortingen (Walcheren, Zorg en welzijn bb -> Helpende zorg en "
    "welzijn niveau 2); zwijgt over medezeggenschap (h n.v.t.), verder volledig in orde.",
    st("p p p p p p p na p p"),
    {"a": "1. Route:", "b": "2. Werkveld:", "c": "3. Leiding:", "d": "4. Verantwoording:",
     "e": "5. Inrichting:", "f": "6. Overstap:", "g": "7. Geld:", "i": "8. Geschil:",
     "j": "9. Looptijd etc.:"},
    """
SAMENWERKINGSOVEREENKOMST DLR ZORG & WELZIJN (BB) -> HELPENDE ZORG EN WELZIJN (MBO-2)

Tussen: Stichting Voortgezet Onderwijs Walcheren (bevoegd gezag De Schelde Vakschool,
Vlissingen) en Stichting ROC Zeeuwse Delta (Middelburg). Beide CvB's tekenen.
Opgesteld door: A. de Visser, docent Z&W / coordinator DLR. Versie 2 juni 2025.

1. Route: vmbo basis, profiel Zorg en welzijn -> mbo-2 Helpende zorg en welzijn (BOL).
   Jaar 1-2 route = lj 3-4 De Schelde; jaar 3-4 = ROC, locatie Middelburg.
2. Werkveld: Zorgcentrum De Vierwinden, Kinderopvang Walcheren Samen en Thuiszorg
   Dichtbij leveren stageplekken (lj 4) en BPV-plaatsen (jaar 3-4); hun praktijkopleiders
   beoordelen de BPV mee; 1x per jaar praktijkraad met hen over het programma.
3. Leiding: coordinator DLR (school) + teamleider Zorg (ROC). Aangewezen door directeur
   school resp. CvB ROC, voor 3 jaar. Stellen rooster, BPV-planning en toetsplan vast;
   alles met financiele gevolgen gaat naar de CvB's.
4. Verantwoording: 2x per jaar (jan + juni) schriftelijke voortgangsrapportage aan
   beide CvB's (aantallen, uitval, resultaten); 1x per jaar mondeling in bestuurlijk
   overleg.
5. Inrichting: gezamenlijk PTA/OER per leerjaar (bijlage). ROC-docent 4 u/week in lj 4
   op De Schelde; docent school begeleidt BPV mee in jaar 3. Zorgpraktijklokaal school
   en skillslab ROC over en weer te gebruiken, zonder kosten.
6. Overstap: stopt in vo-fase -> regulier bb Z&W, vmbo-diploma. Stopt in mbo-fase ->
   andere mbo-2 opleiding ROC (bijv. Medewerker facilitaire dienstverlening) of BBL.
   Geen vmbo-diploma eind jaar 3 -> door in mbo-2 bij ROC zonder vooropleidingseis, of
   doubleren. School + ROC beslissen samen (bereikt niveau, leeftijd), met leerling en
   ouders.
7. Geld: geen overdracht van bekostiging.
8. Geschil: eerst coordinator + teamleider; dan directeur school + CvB ROC; lukt dat
   niet binnen 6 weken: bindend advies van een samen gekozen onafhankelijke deskundige.
9. Looptijd etc.: 4 jaar vanaf 1-8-2025. Wijzigen alleen via schriftelijk addendum van
   beide CvB's. Andere school/instelling kan toetreden met schriftelijke instemming van
   alle partijen. Opzeggen per 1 augustus, 1 jaar termijn; zittende leerlingen ronden
   de route af.

Getekend Vlissingen/Middelburg, 2 juni 2025
J. Dekker (CvB SVO Walcheren)          M. Verhulst-Boone (CvB ROC Zeeuwse Delta)
""")



# =============================================================================================
# 271  director of a small vakinstelling, PDF, short headed bullet lists, Amersfoort, BWI kb ->
#      mbo-3 Allround schilder. DEFECT: transfer of bekostiging without omvang -> g weak
# =============================================================================================

sample(
    271, "271_directeur_vakinstelling_bijdrage_zonder_bedrag_amersfoort_schilder", "pdf",
    "Korte PDF in de wij-vorm van de directeur van een kleine landelijke vakinstelling, korte koppen "
    "met opsommingen (Amersfoort/Eemland, BWI kb -> Allround schilder niveau 3); een subtiel "
    "gebrek: de school draagt een deel van de rijksbijdrage over met bestemming maar het bedrag "
    "wordt 'jaarlijks bij de begroting vastgesteld' (omvang ontbreekt -> g weak); verder in orde.",
    st("p p p p p p w p p p"),
    {"a": "1. Welke route", "b": "2. Wie uit de branche meedoet", "c": "3. Wie de route leidt",
     "d": "4. Hoe de routecommissie verantwoording aflegt",
     "e": "5. Hoe het onderwijs georganiseerd is", "f": "6. Als het anders loopt",
     "h": "8. Medezeggenschap", "i": "9. Als we het oneens zijn",
     "j": "10. Looptijd, aanpassen, aansluiten, stoppen"},
    [
        ("title", "Samen opleiden tot schilder"),
        ("sub", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo BWI-kader \u2013 Allround "
                "schilder (niveau 3). Opgesteld door ir. P. van Beek, directeur VAON."),
        ("p", "**Partijen.** Stichting Christelijk Voortgezet Onderwijs Eemland, bevoegd gezag van "
              "Vakcollege De Eemhof te Amersfoort (hierna: De Eemhof), en Stichting Vakopleiding "
              "Afbouw en Onderhoud Nederland, landelijke vakinstelling te Amersfoort (hierna: VAON). "
              "Beide rechtsgeldig vertegenwoordigd door hun bestuur."),
        ("p", "Wij \u2013 De Eemhof en VAON \u2013 leiden samen jongeren op van de kaderberoepsgerichte "
              "leerweg tot het vakdiploma schilder. Geen dik contract, wel duidelijke afspraken. Wat "
              "hieronder staat, spreken wij met elkaar af."),
        ("h", "1. Welke route"),
        ("ul", [
            "vmbo: kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur (BWI), met de "
            "keuzevakken Schilderen en decoratietechniek.",
            "mbo: Allround schilder, niveau 3 (BOL), opleidingsdomein Afbouw, hout en onderhoud.",
            "Duur 4 jaar: leerjaar 3 en 4 op De Eemhof (vo-fase), daarna 2 jaar bij VAON "
            "(mbo-fase), met 2 dagen per week in het leerbedrijf.",
            "Wij melden de route samen aan bij DUO (RIO), ieder voor het eigen deel.",
        ]),
        ("h", "2. Wie uit de branche meedoet"),
        ("ul", [
            "De 14 schildersbedrijven van Schildersvak Eemland (regionale afdeling van de "
            "werkgeversorganisatie) bieden meewerkdagen in leerjaar 3 en BPV-plaatsen in de "
            "mbo-fase; allemaal erkend leerbedrijf (SBB).",
            "2x per jaar een vakdag op een bouwplaats of in een bedrijf.",
            "Een schildersbaas beoordeelt de proeve van bekwaamheid mee als tweede beoordelaar.",
            "De regiocommissie van Schildersvak Eemland adviseert ons jaarlijks over de "
            "keuzedelen en de inhoud van de praktijkopdrachten.",
        ]),
        ("h", "3. Wie de route leidt"),
        ("ul", [
            "Routecommissie van 3: afdelingsleider BWI De Eemhof, hoofd opleidingen VAON, "
            "praktijkco\u00f6rdinator VAON.",
            "Ieder bestuur benoemt het eigen lid (of de eigen leden), voor 3 jaar.",
            "Taken: programma en rooster, toelating tot de route, inzet van docenten, contact "
            "met de leerbedrijven, begeleiding bij overstap.",
            "Mag zelf beslissen binnen het jaarplan dat beide besturen vaststellen. Wijziging "
            "van PTA/OER en alles wat buiten het jaarplan valt: naar beide besturen.",
        ]),
        ("h", "4. Hoe de routecommissie verantwoording aflegt"),
        ("ul", [
            "Elk kwartaal een korte cijferbrief aan beide besturen: aanmeldingen, verzuim, uitval.",
            "Jaarlijks v\u00f3\u00f3r 15 september een verantwoordingsverslag plus het jaarplan voor "
            "het nieuwe schooljaar.",
            "Dat verslag bespreken beide besturen met de routecommissie in een gezamenlijk "
            "bestuursoverleg in oktober.",
        ]),
        ("h", "5. Hoe het onderwijs georganiseerd is"),
        ("ul", [
            "Leerjaar 3 en 4: theorie en BWI-praktijk op De Eemhof; 1 dag per week "
            "schilderspraktijk in de leerwerkplaats van VAON (Amersfoort, Nijverheidsweg).",
            "Vakdocenten van VAON geven de schilderspraktijk, al vanaf leerjaar 3; docenten van "
            "De Eemhof geven de algemene vakken. Samen \u00e9\u00e9n team; voor de praktijkmodule "
            "Afwerken en onderhouden werken wij met teambevoegdheid (art. 7.13a WVO 2020), met "
            "per onderdeel een bevoegde docent.",
            "VAON stelt de leerwerkplaats, de spuitcabine en de materialen beschikbaar; De Eemhof "
            "het BWI-lokaal en de mediatheek.",
            "Programma en examens per leerjaar staan in \u00e9\u00e9n gezamenlijk PTA/OER, ieder jaar "
            "v\u00f3\u00f3r 1 oktober vastgesteld door beide besturen. vmbo-CE in leerjaar 4.",
            "Een klacht over een VAON-docent die bij De Eemhof binnenkomt, handelen wij samen af; "
            "de klachtenregeling van elk geldt ook voor het personeel van de ander.",
        ]),
        ("h", "6. Als het anders loopt (overstap)"),
        ("ul", [
            "Stopt een leerling v\u00f3\u00f3r 1 februari van leerjaar 4: terug naar de gewone "
            "kaderroute BWI op De Eemhof, op weg naar het vmbo-diploma.",
            "Geen vmbo-diploma aan het eind van jaar 3 van de route: verder in de mbo-opleiding "
            "bij VAON (de vooropleidingseisen gelden dan niet) en het vmbo-examen herkansen, of "
            "leerjaar 4 overdoen.",
            "Is niveau 3 te hoog: overstap naar Schilder (niveau 2) bij VAON.",
            "Wil de leerling iets anders of verhuist hij: een passende opleiding elders, ook bij een "
            "ROC; die instelling kan toelaten na een geschiktheidsonderzoek. Wij begeleiden de "
            "overstap en dragen warm over.",
            "De Eemhof en VAON beslissen samen, na overleg met leerling en ouders, en kijken naar "
            "het bereikte niveau en de leeftijd.",
        ]),
        ("h", "7. Geld"),
        ("ul", [
            "De Eemhof draagt over leerjaar 3 en 4 een deel van haar rijksbijdrage over aan VAON "
            "(art. 5.42a WVO 2020), voor de inzet van de vakdocenten en de materialen in de "
            "leerwerkplaats.",
            "Het bedrag stellen beide besturen jaarlijks bij de begroting vast.",
            "Verder draagt ieder de eigen kosten.",
        ]),
        ("h", "8. Medezeggenschap"),
        ("ul", [
            "De MR van De Eemhof en de studentenraad van VAON krijgen het jaarplan van de route "
            "ieder jaar voor advies.",
            "VAON houdt in de studentenraad een plaats vrij voor een routeleerling uit leerjaar 4 "
            "(met spreekrecht, zonder stemrecht).",
        ]),
        ("h", "9. Als we het oneens zijn"),
        ("ul", [
            "Eerst in de routecommissie.",
            "Lukt dat niet: binnen een maand overleg tussen beide bestuurders.",
            "Daarna mediation door een registermediator die wij samen kiezen.",
            "Blijft het geschil: de bevoegde rechter in de rechtbank Midden-Nederland.",
        ]),
        ("h", "10. Looptijd, aanpassen, aansluiten, stoppen"),
        ("ul", [
            "Ingang 1 augustus 2025, voor onbepaalde tijd.",
            "Aanpassen: alleen schriftelijk, getekend door beide besturen.",
            "Een andere vmbo-school of instelling kan aansluiten als zij deze afspraken "
            "overneemt, de routecommissie positief adviseert en beide besturen schriftelijk "
            "instemmen.",
            "Stoppen: opzeggen per brief, minstens een schooljaar van tevoren, alleen per "
            "1 augustus. Daarna geen nieuwe instroom; leerlingen die al in de route zitten, maken "
            "hem bij ons af, ook als dat langer duurt.",
        ]),
        ("sp",),
        ("p", "Amersfoort, 17 juni 2025"),
        ("p", "Stichting Christelijk Voortgezet Onderwijs Eemland \u2013 mr. H.W. de Bruijn, "
              "voorzitter college van bestuur"),
        ("p", "Stichting Vakopleiding Afbouw en Onderhoud Nederland \u2013 ir. P. van Beek, "
              "directeur-bestuurder"),
    ])



# =============================================================================================
# 272  regional project office, long PDF, three parties, Westfriesland, Maritiem en techniek kb ->
#      mbo-3 Stuurman binnenvaart; terse fragments in many short sections + annexes
# =============================================================================================

sample(
    272, "272_projectbureau_drie_partijen_lang_westfriesland_binnenvaart", "pdf",
    "Lange PDF (deel A afspraken, deel B bijlagen) van een regionaal projectbureau voor drie "
    "partijen (twee vmbo-besturen en een ROC), telegramstijl met afkortingenlijst, "
    "overstaptabel per moment en financiele bijlage (Westfriesland, Maritiem en techniek kb -> "
    "Stuurman binnenvaart niveau 3); overdracht bekostiging met bedrag per leerling en bestemming; "
    "volledig in orde.",
    st("p p p p p p p p p p"),
    {"a": "A1 Route en locaties", "b": "A3 Bedrijfsleven", "c": "A4 Leiding",
     "d": "A5 Informatie en verantwoording", "e": "A6 Onderwijs, personeel, faciliteiten",
     "f": "A7 Overstap", "g": "A8 Geld", "h": "A9 Medezeggenschap", "i": "A10 Geschillen",
     "j": "A11 Duur, wijziging, toetreding, uittreding"},
    [
        ("title", "Regionale samenwerkingsovereenkomst DLR Maritiem en techniek \u2013 Stuurman "
                  "binnenvaart"),
        ("sub", "Doorlopende leerroute vmbo-mbo, Westfriesland. Opgesteld door het Projectbureau "
                "Leerroutes Westfriesland in opdracht van de drie besturen. Versie 1.2, "
                "definitief, 19 juni 2025."),
        ("p", "**Leeswijzer.** Deel A = de afspraken; die binden de partijen. Deel B = bijlagen "
              "met uitwerking; B3 hoort bij de afspraken over geld en wijzigt alleen zoals in A11. "
              "Wij schrijven kort: een regel is een afspraak, tenzij er 'toelichting' boven staat."),
        ("h", "Afkortingen"),
        ("table", [
            ["Afkorting", "Betekenis"],
            ["DLR", "doorlopende leerroute vmbo-mbo (art. 2.107a e.v. WVO 2020; art. 9.1.2 e.v. WEB)"],
            ["CvB", "college van bestuur / bevoegd gezag van een partij"],
            ["vo-fase", "jaar 1 en 2 van de route = leerjaar 3 en 4 vmbo"],
            ["mbo-fase", "jaar 3 t/m 5 van de route (ingeschreven bij het ROC)"],
            ["MR / SR", "medezeggenschapsraad school / studentenraad ROC"],
            ["BPV", "beroepspraktijkvorming"],
            ["PTA / OER", "programma van toetsing en afsluiting / onderwijs- en examenregeling"],
            ["SBB", "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven"],
            ["MVE", "Maritieme Vakschool Enkhuizen (locatie van het ROC)"],
        ], [30, 140]),
        ("h", "Partijen"),
        ("table", [
            ["Partij", "Bevoegd gezag en school", "Hierna"],
            ["1", "Stichting Openbaar Voortgezet Onderwijs West-Friesland, bevoegd gezag van "
                  "Zuiderzee Vakcollege, Enkhuizen", "school 1"],
            ["2", "Stichting Katholiek Onderwijs Hoorn e.o., bevoegd gezag van Sint-Jozef "
                  "Scholengemeenschap, locatie Vakcollege Blokker", "school 2"],
            ["3", "Stichting ROC Kop-West, Den Helder, met de locatie Maritieme Vakschool "
                  "Enkhuizen", "ROC"],
        ], [14, 126, 30]),
        ("p", "Alle drie vertegenwoordigd door hun CvB. Samen: partijen. Toelichting: het "
              "projectbureau is geen partij; het ondersteunt de stuurgroep en wordt door de drie "
              "partijen gezamenlijk betaald (zie B3)."),
        ("h", "DEEL A \u2013 AFSPRAKEN"),
        ("h", "A1 Route en locaties"),
        ("ul", [
            "vmbo: kaderberoepsgerichte leerweg, profiel Maritiem en techniek (MaT), op school 1 "
            "en school 2.",
            "mbo: Stuurman binnenvaart, niveau 3 (BOL), opleidingsdomein Transport, scheepvaart en "
            "logistiek, bij het ROC (MVE).",
            "Route 5 jaar: vo-fase op school 1 resp. school 2 + 1 dag per week MVE; mbo-fase op MVE "
            "en aan boord van opleidingsschip Westfries.",
            "Instroom max. 24 per jaar (12 per school). Toelating: advies mentor + "
            "kennismakingsdag MVE in lj 2; besluit per school, na advies stuurgroep.",
        ]),
        ("h", "A2 Melding"),
        ("ul", [
            "Elke partij meldt de route in RIO, v\u00f3\u00f3r 1 oktober 2025; projectbureau "
            "co\u00f6rdineert en bewaart de bevestigingen.",
        ]),
        ("h", "A3 Bedrijfsleven"),
        ("ul", [
            "Leerbedrijven: de binnenvaartbedrijven van de Binnenvaartkring IJsselmeer, o.a. Rederij "
            "Zuiderzee Cargo, Tankvaart Broers BV en Sleepdienst Kaan; min. 10 erkende leerbedrijven "
            "(SBB).",
            "vo-fase: 3 meevaardagen per leerjaar; 1 beroepenmiddag per jaar op de kade.",
            "mbo-fase: BPV aan boord, 20 weken per jaar; praktijkopleider beoordeelt BPV en proeve "
            "van bekwaamheid mee.",
            "Branche levert 2 gastdocenten (schipper/kapitein) voor 4 dagdelen per jaar.",
            "Beroepenveldcommissie Binnenvaart (5 leden: 4 bedrijven + SBB-adviseur) adviseert de "
            "stuurgroep 2x per jaar over programma, keuzedelen en BPV-planning; advies en reactie "
            "stuurgroep komen in de jaarrapportage (A5).",
        ]),
        ("h", "A4 Leiding"),
        ("ul", [
            "Stuurgroep: afdelingsleider MaT school 1, afdelingsleider MaT school 2, "
            "sectordirecteur Maritiem ROC (voorzitter).",
            "Benoeming: elk CvB wijst het eigen lid aan, voor 4 jaar; herbenoeming mogelijk; "
            "vervanging bij vertrek binnen 2 maanden.",
            "Routeregisseur (dagelijkse leiding): aangesteld door de stuurgroep, op voordracht van "
            "het projectbureau; in dienst van het ROC.",
            "Taken stuurgroep: jaarplan en routebudget vaststellen binnen het kader van de CvB's; "
            "PTA/OER voorbereiden; toelating (advies, A1); inzet docenten per cohort; contracten "
            "met leerbedrijven; evaluatie.",
            "Bevoegdheden: beslist unaniem binnen het jaarplan. Geen besluit over personeel "
            "(blijft bij de werkgever), geen wijziging van deze overeenkomst, geen uitgaven boven "
            "het routebudget. Geen unanimiteit: punt gaat naar de CvB's.",
        ]),
        ("h", "A5 Informatie en verantwoording"),
        ("ul", [
            "Per kwartaal: dashboard aan de drie CvB's (in-, door- en uitstroom, verzuim, "
            "BPV-plaatsingen, examenresultaten).",
            "Jaarlijks v\u00f3\u00f3r 1 november: jaarrapportage + financi\u00eble verantwoording "
            "routebudget; besproken in het bestuurlijk overleg van de drie CvB's in november.",
            "Direct: incidenten met veiligheid aan boord of met een leerling; routeregisseur "
            "meldt aan alle CvB's binnen 2 werkdagen.",
            "Op verzoek van een CvB: elke andere informatie, binnen 10 werkdagen.",
        ]),
        ("h", "A6 Onderwijs, personeel, faciliteiten"),
        ("ul", [
            "Programma, examinering en BPV per leerjaar: \u00e9\u00e9n gezamenlijk PTA/OER; "
            "overzicht in B2. Vaststelling jaarlijks v\u00f3\u00f3r 1 oktober door de drie CvB's.",
            "vmbo-CE in jaar 2 van de route (lj 4); herkansing eventueel in jaar 3. mbo-examens "
            "vanaf jaar 2.",
            "Personeel: per cohort \u00e9\u00e9n docententeam \u2013 MaT-docenten van school 1 en 2 "
            "+ 3 nautische docenten ROC. Teambevoegdheid (art. 7.13a WVO 2020 / art. 9.1.12 WEB) "
            "voor het onderdeel Schip en lading in jaar 1\u20132; per onderdeel min. 1 bevoegde "
            "docent. ROC-docenten werken in de vo-fase 1 dag per week op MVE met de "
            "routeleerlingen.",
            "Werkgeverschap blijft bij de eigen partij; uitwisseling zonder detacheringsvergoeding.",
            "Faciliteiten ROC: stuurhuissimulator, werkplaats scheepsmotoren, opleidingsschip "
            "Westfries. Faciliteiten scholen: MaT-praktijklokalen, zwembadtijd voor de "
            "zwemvaardigheidstraining. Gebruik over en weer kosteloos, behalve wat B3 regelt.",
            "Vervoer leerlingen school 2 naar Enkhuizen: busvervoer, kosten ROC.",
            "Inschrijving: vo-fase bij de eigen school, mbo-fase bij het ROC. Verzuim: vo-fase "
            "school, mbo-fase ROC.",
            "Klachten: de klachtenregeling van elke partij geldt ook voor gedrag van personeel van "
            "een andere partij in de route; partijen werken mee aan de afhandeling.",
            "Gegevens: uitwisseling alleen voor de route; verwerkingsafspraken in een apart "
            "privacyprotocol.",
        ]),
        ("h", "A7 Overstap"),
        ("p", "Uitgangspunt: een leerling die stopt met de route, komt niet zonder plek te staan en "
              "houdt zicht op een diploma. Opties per moment:"),
        ("table", [
            ["Moment", "Optie(s)", "Diploma-doel"],
            ["jaar 1 (lj 3)", "terug naar de gewone kaderroute MaT of een ander profiel op de "
                              "eigen school", "vmbo-kb"],
            ["jaar 2 (lj 4)", "vmbo-kb afronden buiten de route; daarna vrije mbo-keuze", "vmbo-kb"],
            ["eind jaar 3 zonder vmbo-diploma", "door in de mbo-opleiding bij het ROC "
             "(vooropleidingseisen gelden niet) + vmbo-herkansing via de eigen school; of lj 4 "
             "overdoen", "mbo-3 resp. vmbo-kb"],
            ["mbo-fase, andere richting", "andere mbo-3 opleiding bij het ROC, bijv. Eerste monteur "
             "mechatronica", "mbo-3"],
            ["mbo-fase, niveau te hoog", "Matroos binnenvaart (niveau 2) bij het ROC", "mbo-2"],
            ["verhuizing / andere instelling", "opleiding bij een andere instelling; die kan "
             "toelaten na geschiktheidsonderzoek; ROC en school begeleiden", "mbo-2/3"],
        ], [42, 96, 32]),
        ("ul", [
            "Wie beslist: afdelingsleider van de school en opleidingsmanager ROC samen, binnen "
            "4 weken na het overstapgesprek (mentor + loopbaancoach ROC + leerling + ouders).",
            "Criteria: bereikt onderwijsniveau, leeftijd, wens van de leerling.",
            "De schoolgids van school 1 en 2 en de studiegids van het ROC werken dit uit.",
        ]),
        ("h", "A8 Geld"),
        ("ul", [
            "School 1 en school 2 dragen elk per routeleerling in jaar 1 en 2 \u20ac 1.150 per "
            "schooljaar van hun bekostiging over aan het ROC (art. 5.42a WVO 2020). Peildatum "
            "1 oktober; factuur in januari.",
            "Bestemming: inzet nautische docenten in de vo-fase, gebruik stuurhuissimulator en "
            "opleidingsschip (brandstof, bemanning).",
            "Geen overdracht van het ROC naar de scholen.",
            "Projectbureau: \u20ac 18.000 per jaar, ieder 1/3, uit eigen middelen. Uitwerking in B3.",
        ]),
        ("h", "A9 Medezeggenschap"),
        ("ul", [
            "MR school 1, MR school 2 en SR ROC krijgen het jaarplan van de route elk jaar voor "
            "advies (v\u00f3\u00f3r vaststelling).",
            "Routeraad: 1 ouder per school, 1 leerling uit de vo-fase, 1 student uit de mbo-fase, "
            "1 docent; vergadert 2x per jaar met de routeregisseur; adviseert de stuurgroep.",
            "Leerlingen in de vo-fase mogen 1 toehoorder (met spreekrecht) naar de SR van MVE "
            "sturen.",
        ]),
        ("h", "A10 Geschillen"),
        ("ul", [
            "Stap 1: stuurgroep, uiterlijk in de tweede vergadering na melding.",
            "Stap 2: bestuurlijk overleg van de betrokken CvB's, binnen 6 weken.",
            "Stap 3: mediation door een onafhankelijke mediator, samen aangewezen.",
            "Stap 4: de bevoegde rechter, rechtbank Noord-Holland (zittingsplaats Alkmaar).",
            "Tijdens een geschil loopt het onderwijs aan de routeleerlingen gewoon door.",
        ]),
        ("h", "A11 Duur, wijziging, toetreding, uittreding"),
        ("ul", [
            "Ingang 1 augustus 2025; looptijd 5 jaar; daarna stilzwijgend steeds 5 jaar verlengd.",
            "Wijziging: voorstel stuurgroep; schriftelijk; getekend door alle CvB's. De stuurgroep "
            "mag B1, B2, B4 en B5 zelf bijwerken; B3 alleen met de CvB's.",
            "Toetreding: andere vmbo-school met profiel MaT of andere instelling, op schriftelijk "
            "verzoek; positief advies stuurgroep; schriftelijke instemming alle CvB's; "
            "toetredingsverklaring; eigen RIO-melding; start alleen per 1 augustus.",
            "Uittreding: opzeggen per aangetekende brief, 12 maanden termijn, alleen per "
            "1 augustus. Tussen de overige partijen loopt de overeenkomst door.",
            "Ontbinding: alleen als de route niet meer kan worden gegeven (bijv. minder dan 6 "
            "aanmeldingen twee jaar op rij), bij besluit van alle CvB's, per 1 augustus.",
            "Leerlingen: na opzegging, uittreding of ontbinding geen nieuwe instroom; lopende "
            "cohorten ronden de route af bij dezelfde partijen; de uittredende partij blijft "
            "daarvoor docenten en faciliteiten leveren; A7 blijft gelden.",
        ]),
        ("h", "A12 Slot"),
        ("ul", [
            "Nederlands recht. Bijlagen B1\u2013B5 horen bij deze overeenkomst.",
            "Eerste evaluatie van de overeenkomst: voorjaar 2027, door de stuurgroep.",
        ]),
        ("p", "Getekend te Enkhuizen, 19 juni 2025"),
        ("table", [
            ["Partij", "Naam en functie"],
            ["Stichting Openbaar Voortgezet Onderwijs West-Friesland", "drs. G. Koning, voorzitter CvB"],
            ["Stichting Katholiek Onderwijs Hoorn e.o.", "A.M. Schouten-Pronk MEd, voorzitter CvB"],
            ["Stichting ROC Kop-West", "dr. R. Boersen, voorzitter CvB"],
        ], [100, 70]),
        ("h", "DEEL B \u2013 BIJLAGEN"),
        ("h", "B1 Jaarkalender"),
        ("table", [
            ["Wanneer", "Wat", "Wie"],
            ["september", "start cohort; kennismaking leerbedrijven", "routeregisseur"],
            ["v\u00f3\u00f3r 1 oktober", "PTA/OER vastgesteld; RIO-melding nieuwe cohort gecontroleerd",
             "CvB's / projectbureau"],
            ["oktober, januari, april, juli", "kwartaaldashboard", "routeregisseur"],
            ["v\u00f3\u00f3r 1 november", "jaarrapportage + financi\u00eble verantwoording", "stuurgroep"],
            ["november", "bestuurlijk overleg CvB's", "CvB's + stuurgroep"],
            ["december en juni", "beroepenveldcommissie; routeraad", "stuurgroep"],
            ["januari", "factuur overdracht (A8)", "ROC"],
            ["maart", "toelatingsadvies nieuwe instroom", "stuurgroep"],
            ["mei", "jaarplan volgend jaar, adviesronde MR/SR", "stuurgroep"],
        ], [42, 88, 40]),
        ("h", "B2 Programma en examens per leerjaar"),
        ("table", [
            ["Jaar route", "Waar", "Inhoud", "Examens / BPV"],
            ["1 (lj 3 vmbo)", "school 1/2 + 1 dag MVE", "MaT-profielmodules, AVO, Schip en "
             "lading (team)", "schoolexamens vmbo; 3 meevaardagen"],
            ["2 (lj 4 vmbo)", "school 1/2 + 1 dag MVE", "MaT-keuzevakken, AVO, Nautische basis",
             "vmbo-CE; eerste mbo-examen Veiligheid aan boord; 3 meevaardagen"],
            ["3 (mbo)", "MVE + opleidingsschip", "Navigatie, Scheepstechniek, keuzedelen",
             "BPV 20 wk; mbo-examens; vmbo-herkansing indien nodig"],
            ["4 (mbo)", "MVE + leerbedrijf", "Stuurmanstaken, Lading en stabiliteit", "BPV 20 wk"],
            ["5 (mbo)", "leerbedrijf + MVE", "Proeve van bekwaamheid, keuzedelen",
             "BPV 20 wk; diploma mbo-3"],
        ], [26, 40, 56, 48]),
        ("h", "B3 Financi\u00eble uitwerking"),
        ("table", [
            ["Post", "Bedrag", "Van \u2192 naar", "Waarvoor"],
            ["Overdracht bekostiging jaar 1", "\u20ac 1.150 per leerling", "school 1/2 \u2192 ROC",
             "nautische docenten vo-fase, simulator, opleidingsschip"],
            ["Overdracht bekostiging jaar 2", "\u20ac 1.150 per leerling", "school 1/2 \u2192 ROC",
             "idem"],
            ["Projectbureau", "\u20ac 18.000 per jaar", "ieder 1/3", "ondersteuning stuurgroep"],
            ["Busvervoer school 2", "ca. \u20ac 9.500 per jaar", "ROC (eigen kosten)",
             "vervoer Blokker \u2013 Enkhuizen"],
        ], [46, 36, 36, 52]),
        ("p", "Rekenvoorbeeld 2025\u20132026: 12 + 11 routeleerlingen in jaar 1 = 23 \u00d7 "
              "\u20ac 1.150 = \u20ac 26.450 van de scholen samen aan het ROC."),
        ("h", "B4 Leerbedrijven (stand juni 2025)"),
        ("ul", [
            "Rederij Zuiderzee Cargo, Enkhuizen \u2013 3 plaatsen",
            "Tankvaart Broers BV, Andijk \u2013 2 plaatsen",
            "Sleepdienst Kaan, Den Oever \u2013 2 plaatsen",
            "Beurtvaart Medemblik VOF \u2013 1 plaats",
            "Zandhandel Van Diepen, Hoorn \u2013 2 plaatsen",
            "Rondvaartbedrijf Westfriese Wateren \u2013 2 plaatsen (alleen vo-fase)",
        ]),
        ("h", "B5 Contact"),
        ("p", "Projectbureau Leerroutes Westfriesland, p/a Maritieme Vakschool Enkhuizen. "
              "Routeregisseur: L. Tensen. Secretariaat stuurgroep: projectbureau."),
    ])



# =============================================================================================
# 273  school's quality officer, DOCX, three-column "kwaliteitskaart" in STATUTE order (letters
#      differ from the bouwsteen letters), Haarlem, E&O gl -> mbo-4 Manager retail
# =============================================================================================

sample(
    273, "273_kwaliteitsfunctionaris_kwaliteitskaart_wetsvolgorde_haarlem_retail", "docx",
    "Beknopte 'kwaliteitskaart' van een kwaliteitsfunctionaris, DOCX, driekoloms tabel "
    "norm | afspraak | borging in de volgorde en lettering van art. 2.107b lid 2 WVO 2020 (dus "
    "andere letters dan de bouwsteen), fragmenten en afkortingen (Haarlem, E&O gl -> Manager "
    "retail niveau 4); overdracht bekostiging als percentage met bestemming; volledig in orde.",
    st("p p p p p p p p p p"),
    {"a": "onder a \u2013 route", "b": "onder g \u2013 bedrijfsleven", "c": "onder b \u2013 leiding",
     "d": "onder c \u2013 informatie en verantwoording", "e": "onder d \u2013 inrichting",
     "f": "onder f \u2013 overstap", "g": "onder e \u2013 bekostiging",
     "h": "onder j \u2013 medezeggenschap", "i": "onder h \u2013 geschillen",
     "j": "onder i \u2013 toetreding, opzegging, wijziging"},
    [
        ("title", "Kwaliteitskaart = samenwerkingsovereenkomst DLR E&O-gl \u2192 Manager retail"),
        ("sub", "Doorlopende leerroute vmbo-mbo, Haarlem. Opgesteld door drs. S. Bakker-Lie, "
                "kwaliteitsfunctionaris Mavo-Vakcollege Schalkwijk, met de afdeling Kwaliteit van "
                "ROC Kennemerpoort. Versie 2025-1."),
        ("p", "**Partijen:** Stichting Openbaar Voortgezet Onderwijs Zuid-Kennemerland (bevoegd gezag "
              "Mavo-Vakcollege Schalkwijk, Haarlem; hierna: school) en Stichting ROC Kennemerpoort "
              "(Haarlem; hierna: ROC). Door ondertekening gaan beide CvB's de afspraken in kolom 2 "
              "aan. Kolom 1 volgt art. 2.107b lid 2 WVO 2020 (= art. 9.1.3 WEB); kolom 3 zegt hoe "
              "wij laten zien dat de afspraak wordt nagekomen."),
        ("table", [
            ["Norm (lid 2)", "Afspraak", "Borging / bewijs"],
            ["onder a \u2013 route",
             "vmbo gemengde leerweg (gl), profiel Economie en ondernemen \u2192 mbo-4 Manager retail "
             "(BOL), domein Handel en ondernemerschap. Jaar 1\u20132 = lj 3\u20134 school; jaar "
             "3\u20135 = ROC, locatie Zijlweg. Max. 20 leerlingen/cohort.",
             "RIO-melding door beide v\u00f3\u00f3r 1-10-2025; bevestigingen in kwaliteitsdossier."],
            ["onder b \u2013 leiding",
             "Routeregie = afdelingsleider gl/tl (school) + opleidingsmanager Retail (ROC). "
             "Aangewezen door rector school resp. directeur college Economie ROC, elk namens het "
             "eigen CvB, voor 3 jaar. Taken: jaarplan, rooster, toelating, inzet docenten, "
             "BPV-plaatsing, voorstel PTA/OER. Bevoegd binnen jaarplan + budget; wijziging PTA/OER, "
             "budget of deze kaart: CvB's.",
             "Aanwijzingsbesluiten in dossier; besluitenlijst routeregie."],
            ["onder c \u2013 informatie en verantwoording",
             "Routeregie levert 2x per jaar (feb. + sept.) een halfjaarrapportage aan beide CvB's: "
             "in-/door-/uitstroom, verzuim, tevredenheid (JOB/leerlingenquete), examenresultaten, "
             "acties. Jaarlijks in nov. managementreview met beide CvB's. Afwijkingen >10% op "
             "uitval: binnen 1 maand melden.",
             "Rapportages + verslag managementreview; PDCA-cyclus kwaliteitszorg."],
            ["onder d \u2013 inrichting",
             "Programma, examens en BPV per leerjaar in gezamenlijk PTA/OER (bijlage). vmbo-CE in "
             "lj 4; mbo-examens vanaf jaar 2. Personeel: 1 team; ROC-docent retail 0,3 fte op "
             "school in lj 3\u20134; schooldocent economie 0,1 fte mee in jaar 3 (BPV-begeleiding); "
             "teambevoegdheid voor 'Ondernemen en verkopen' (art. 7.13a WVO 2020), elk onderdeel "
             "min. 1 bevoegde docent; werkgeverschap blijft. Faciliteiten: leerwinkel en "
             "kassasystemen ROC voor lj 4 (1 dagdeel/wk); E&O-lokaal met webshopomgeving school "
             "voor ROC-docent. Klachten: regeling van elk geldt ook voor personeel van de ander.",
             "PTA/OER jaarlijks v\u00f3\u00f3r 1-10 vastgesteld; inzetoverzicht docenten; "
             "bevoegdhedenmatrix."],
            ["onder e \u2013 bekostiging",
             "School draagt per routeleerling in lj 4 15% over van de rijksbijdrage die zij voor "
             "die leerling ontvangt (art. 5.42a WVO 2020), peildatum 1 okt. Bestemming: "
             "ROC-docent retail 0,3 fte en licenties kassasysteem. Verder geen overdracht.",
             "Factuur ROC in maart; accountantscontrole beide partijen."],
            ["onder f \u2013 overstap",
             "Stopt in lj 3\u20134: regulier gl E&O op school, vmbo-gl-diploma. Geen vmbo-diploma "
             "eind jaar 3: door in mbo bij ROC (geen vooropleidingseisen) + herkansing, of lj 4 "
             "overdoen. mbo-4 te zwaar: Verkoopspecialist (mbo-3) ROC. Andere richting: andere "
             "mbo-4 ROC (bijv. Junior accountmanager) of DLR elders. School + ROC beslissen samen "
             "(bereikt niveau, leeftijd), na gesprek met leerling en ouders; binnen 4 wk.",
             "Overstapformulier per leerling; aantallen in halfjaarrapportage."],
            ["onder g \u2013 bedrijfsleven",
             "Retailtafel Haarlem (Ondernemersvereniging Schalkwijk, Centrummanagement Haarlem, "
             "Modehuis Spaarnestad, Kennemer Vers supermarkten) levert BPV-plaatsen (jaar 3\u20135), "
             "4 praktijkopdrachten per jaar voor lj 3\u20134, gastlessen, jury bij de "
             "ondernemersweek; adviseert 2x per jaar over programma en keuzedelen.",
             "Convenant Retailtafel; verslag adviezen."],
            ["onder h \u2013 geschillen",
             "1. routeregie; 2. rector + directeur college (3 wk); 3. CvB's (6 wk); 4. bindend "
             "advies van een commissie van 3 (elk 1 lid + onafhankelijke voorzitter, samen "
             "gekozen). Kosten 50/50.",
             "Logboek geschillen (verwachting: leeg)."],
            ["onder i \u2013 toetreding, opzegging, wijziging",
             "Looptijd 1-8-2025 t/m 31-7-2030, daarna 5 jr verlengd tenzij opgezegd. Toetreding "
             "van andere school/instelling: schriftelijke instemming beide CvB's + ondertekening "
             "kaart + eigen RIO-melding. Opzegging: schriftelijk, 1 jaar termijn, per 1-8. "
             "Wijziging: schriftelijk, beide CvB's. Bij opzegging: instroomstop; lopende cohorten "
             "maken de route af; overstapafspraken blijven gelden.",
             "Jaarlijkse check in managementreview."],
            ["onder j \u2013 medezeggenschap",
             "MR school en SR ROC krijgen jaarplan route ter advisering. Routeklankbord (2 MR-, "
             "2 SR-leden) 1x per jaar met routeregie. Ouders van studenten in jaar 3 blijven "
             "uitgenodigd voor de ouderavonden van de school.",
             "Verslagen MR/SR; uitnodigingen ouderavond."],
        ], [34, 92, 44]),
        ("p", "Ondertekend te Haarlem, 20 juni 2025."),
        ("p", "Stichting Openbaar Voortgezet Onderwijs Zuid-Kennemerland \u2013 drs. W.F. "
              "Hoogendoorn, voorzitter CvB"),
        ("p", "Stichting ROC Kennemerpoort \u2013 mr. N. El Idrissi, lid CvB"),
    ])


# =============================================================================================
# 274  parent-facing brochure signed by both boards, PDF, Q&A in plain language, Parkstad
#      Limburg, HBR kb -> mbo-3 Zelfstandig werkend kok
# =============================================================================================

sample(
    274, "274_ouderbrochure_beide_besturen_tekenen_heerlen_kok", "pdf",
    "Ouderbrochure in vraag-en-antwoordvorm die tegelijk de samenwerkingsovereenkomst is en door "
    "beide besturen is getekend, PDF, spreektaal met 'u' en 'uw kind' en blokjes 'Wij spreken af' "
    "(Heerlen/Parkstad, HBR kb -> Zelfstandig werkend kok niveau 3); geen overdracht bekostiging; "
    "volledig in orde.",
    st("p p p p p p p p p p"),
    {"a": "Welke opleiding volgt mijn kind?", "b": "Wat doen restaurants en bedrijven?",
     "c": "Wie heeft de leiding over de route?", "d": "Hoe houden de besturen een vinger aan de pols?",
     "e": "Waar krijgt mijn kind les, en van wie?", "f": "Wat als het niet lukt of niet past?",
     "g": "Gaat er geld tussen school en ROC?", "h": "Mogen ouders en leerlingen meepraten?",
     "i": "Wat als school en ROC het oneens zijn?",
     "j": "Kan de route veranderen of stoppen?"},
    [
        ("title", "Van vmbo naar kok in \u00e9\u00e9n route"),
        ("sub", "Informatie voor ouders en leerlingen \u2013 en onze afspraken. Doorlopende leerroute "
                "vmbo-mbo Horeca, bakkerij en recreatie \u2192 Zelfstandig werkend kok. Schooljaar "
                "2025\u20132026 en verder."),
        ("p", "Beste ouder of verzorger, beste leerling,"),
        ("p", "Vakcollege Schaesberg en de Horeca Vakschool van ROC Heuvelland bieden samen \u00e9\u00e9n "
              "route aan: van het derde leerjaar vmbo tot en met het diploma kok. In dit boekje leest u "
              "hoe dat werkt. Het is meer dan informatie: dit boekje is ook de "
              "samenwerkingsovereenkomst tussen de twee besturen (art. 2.107b WVO 2020). Alles in de "
              "blokjes **Wij spreken af** geldt als afspraak tussen Stichting Onderwijs Parkstad-Oost "
              "(bestuur van Vakcollege Schaesberg, Landgraaf) en Stichting ROC Heuvelland (Heerlen). "
              "Beide besturen hebben het boekje ondertekend (achterin)."),
        ("h", "Welke opleiding volgt mijn kind?"),
        ("p", "**Wij spreken af:** de route loopt van de kaderberoepsgerichte leerweg, profiel Horeca, "
              "bakkerij en recreatie (HBR), naar de mbo-opleiding Zelfstandig werkend kok, niveau 3 "
              "(BOL), in het opleidingsdomein Horeca en bakkerij. Leerjaar 3 en 4 zijn vmbo-jaren op "
              "Vakcollege Schaesberg; daarna volgen 2 jaar op de Horeca Vakschool in Heerlen. Wij "
              "melden de route samen aan bij DUO."),
        ("h", "Wat doen restaurants en bedrijven?"),
        ("p", "**Wij spreken af:** twaalf horecabedrijven uit Parkstad doen mee, waaronder Brasserie "
              "De Oude Mijn (Kerkrade), Hotel Heidezicht (Brunssum) en Cateraar "
              "Parkstad Smaak (Heerlen). Zij zijn erkend leerbedrijf (SBB) en:"),
        ("ul", [
            "nemen uw kind in leerjaar 4 twee weken mee in de keuken (meeloopstage);",
            "bieden in de mbo-jaren de stageplaatsen (BPV);",
            "laten een chef 3x per jaar een gastles of kookworkshop geven;",
            "beoordelen de praktijkexamens mee;",
            "praten 1x per jaar in de werkveldtafel Horeca mee over wat er in het lesprogramma "
            "moet.",
        ]),
        ("h", "Wie heeft de leiding over de route?"),
        ("p", "**Wij spreken af:** een routeleiding van twee mensen: de teamleider HBR van het "
              "Vakcollege en de opleidingsmanager Koks van de Horeca Vakschool. Ieder bestuur wijst "
              "zijn eigen routeleider aan, voor 2 jaar. Samen maken zij het rooster, verdelen zij de "
              "docenten, beslissen zij wie tot de route wordt toegelaten en regelen zij de stages. "
              "Over geld en over de examenregels (PTA/OER) beslissen de besturen zelf."),
        ("h", "Hoe houden de besturen een vinger aan de pols?"),
        ("p", "**Wij spreken af:** de routeleiding stuurt beide besturen elk half jaar (januari en "
              "juli) een kort verslag: hoeveel leerlingen, wie is gestopt en waarom, "
              "examenresultaten, stages. Ieder jaar in september praten de besturen met de "
              "routeleiding over dat verslag en over het plan voor het nieuwe jaar."),
        ("h", "Waar krijgt mijn kind les, en van wie?"),
        ("ul", [
            "Leerjaar 3 en 4: op Vakcollege Schaesberg, plus elke woensdag in de leskeukens en het "
            "leerrestaurant van de Horeca Vakschool in Heerlen.",
            "E\u00e9n team docenten: de HBR-docenten van het Vakcollege en twee koksdocenten van het "
            "ROC. De koksdocenten geven al in leerjaar 3 les. Bij elk vak is minstens \u00e9\u00e9n "
            "docent bevoegd; voor de kookpraktijk werken wij met teambevoegdheid.",
            "Het ROC stelt de leskeukens, het leerrestaurant en de koksuitrusting beschikbaar; het "
            "Vakcollege zijn HBR-praktijklokaal en de aula voor de open dag.",
            "Alle lessen en toetsen per leerjaar staan in het PTA/OER van de route (te vinden op de "
            "website van beide scholen).",
            "Heeft u een klacht over een docent van het ROC? Dan kunt u die ook bij het Vakcollege "
            "indienen; beide scholen lossen hem samen op.",
        ]),
        ("p", "**Wij spreken af:** zo richten wij de route in, met deze inzet van docenten en dit "
              "gebruik van lokalen."),
        ("h", "Wat als het niet lukt of niet past?"),
        ("p", "**Wij spreken af:** geen leerling valt tussen wal en schip. Het Vakcollege en het ROC "
              "bekijken samen met u en uw kind wat het beste past, en kijken daarbij naar wat uw "
              "kind al heeft behaald en naar zijn leeftijd. De scholen nemen samen het besluit. "
              "Mogelijkheden:"),
        ("ul", [
            "stoppen in leerjaar 3 of 4: verder in de gewone kaderroute HBR, met het vmbo-diploma "
            "als doel;",
            "vmbo-diploma niet gehaald aan het eind van het eerste mbo-jaar: toch verder op de "
            "Horeca Vakschool (het ROC vraagt dan geen vmbo-diploma) en het vmbo-examen opnieuw "
            "doen, of leerjaar 4 overdoen;",
            "kok niveau 3 blijkt te zwaar: de opleiding Kok (niveau 2) op de Horeca Vakschool;",
            "liever iets anders, zoals bakker of gastheer/gastvrouw: een andere opleiding op "
            "hetzelfde niveau bij ROC Heuvelland, of elders in de regio.",
        ]),
        ("h", "Gaat er geld tussen school en ROC?"),
        ("p", "**Wij spreken af:** nee. Er wordt geen bekostiging van de school naar het ROC "
              "overgedragen of andersom. Iedere school betaalt de eigen docenten en lokalen. Voor u "
              "verandert er niets aan de ouderbijdrage."),
        ("h", "Mogen ouders en leerlingen meepraten?"),
        ("p", "**Wij spreken af:** ja. De MR van het Vakcollege en de studentenraad van het ROC "
              "geven elk jaar advies over het routeplan. Ouders van leerlingen die al op het ROC "
              "zitten, mogen lid blijven van de ouderraad van het Vakcollege tot hun kind 18 is. "
              "Leerlingen van leerjaar 4 kiezen \u00e9\u00e9n vertegenwoordiger die de vergaderingen "
              "van de studentenraad van de Horeca Vakschool mag bijwonen."),
        ("h", "Wat als school en ROC het oneens zijn?"),
        ("p", "Dit gaat over meningsverschillen tussen de twee besturen over deze afspraken, niet over "
              "klachten van u. **Wij spreken af:** eerst praten de routeleiders; lukt dat niet, dan "
              "de twee besturen, binnen vier weken. Komen zij er niet uit, dan schakelen zij samen een "
              "onafhankelijke mediator in. Helpt dat ook niet, dan beslist de rechter (rechtbank "
              "Limburg). Uw kind merkt daar in de lessen niets van."),
        ("h", "Kan de route veranderen of stoppen?"),
        ("p", "**Wij spreken af:** deze afspraken gelden vanaf 1 augustus 2025 voor 4 jaar en worden "
              "daarna steeds met 4 jaar verlengd."),
        ("ul", [
            "Veranderen kan alleen op papier, ondertekend door beide besturen. Wij laten u "
            "wijzigingen weten via de schoolgids.",
            "Een andere vmbo-school of een ander ROC mag meedoen als beide besturen daar schriftelijk "
            "mee instemmen en die school deze afspraken tekent en zelf bij DUO meldt.",
            "Stoppen kan alleen per 1 augustus, met een opzegtermijn van een jaar, per brief. Dan "
            "starten er geen nieuwe leerlingen meer, maar uw kind maakt de route gewoon af bij "
            "dezelfde scholen.",
        ]),
        ("h", "Ondertekening"),
        ("p", "Landgraaf/Heerlen, 23 juni 2025"),
        ("p", "Stichting Onderwijs Parkstad-Oost \u2013 drs. J.P.M. Erens, voorzitter college van "
              "bestuur"),
        ("p", "Stichting ROC Heuvelland \u2013 ir. C. Moonen-Hodzic, voorzitter college van bestuur"),
        ("p", "Vragen? Mail de routeleiding: kokroute@vakcollegeschaesberg.example of bel het ROC, "
              "Horeca Vakschool."),
    ])



# =============================================================================================
# 275  AOC education manager, Markdown, terse bullets, Achterhoek, Groen kb -> mbo-3 Vakbekwaam
#      medewerker groene ruimte. DEFECT: leiding without wijze van benoeming -> c weak
# =============================================================================================

sample(
    275, "275_aoc_onderwijsmanager_kernteam_zonder_benoeming_achterhoek_groene_ruimte", "md",
    "Beknopte Markdown-overeenkomst van de onderwijsmanager van een AOC met een externe vmbo-school, "
    "kopjes met korte opsommingen en afkortingen (Achterhoek, Groen kb -> Vakbekwaam medewerker "
    "groene ruimte niveau 3); een subtiel gebrek: het kernteam heeft samenstelling, taken en "
    "bevoegdheden maar nergens staat wie het aanwijst (c weak); overdracht bekostiging met bedrag "
    "en bestemming; verder in orde.",
    st("p p w p p p p p p p"),
    {"a": "1. Route", "b": "2. Werkveld", "d": "4. Rapportage aan de besturen",
     "e": "5. Onderwijs, mensen, middelen", "f": "6. Overstap", "g": "7. Financien",
     "h": "8. Medezeggenschap", "i": "9. Geschillen",
     "j": "10. Looptijd, toetreding, wijziging, opzegging"},
    """
# Samenwerkingsovereenkomst DLR Groen (kb) -> Vakbekwaam medewerker groene ruimte (mbo-3)

*Doorlopende leerroute vmbo-mbo, Oost-Achterhoek. Opgesteld door R. Wolters, onderwijsmanager
Groene Ruimte, AOC Oost-Gelderland. Vastgesteld 26 juni 2025.*

**Partijen**

- Stichting Christelijk Voortgezet Onderwijs Oost-Achterhoek, bevoegd gezag van Het Zandbergcollege
  (Winterswijk) - hierna: *school*;
- Stichting Agrarisch Opleidingscentrum Oost-Gelderland, instelling voor beroepsonderwijs
  (Doetinchem) - hierna: *AOC*;

beide vertegenwoordigd door hun CvB. Geen interne regeling: twee rechtspersonen, dus deze SOK.

Partijen spreken af:

## 1. Route

- vmbo: kaderberoepsgerichte leerweg, profiel **Groen** (Zandbergcollege).
- mbo: **Vakbekwaam medewerker groene ruimte**, niveau 3, BOL; domein Voedsel, natuur en
  leefomgeving (AOC, locatie Doetinchem + buitenlocatie Winterswijk).
- Jaar 1-2 route = lj 3-4 vmbo; jaar 3-4 = mbo. Instroom max. 14.
- Melding in RIO: beide partijen, voor 1-10-2025.

## 2. Werkveld

- Hoveniers- en groenbedrijven uit de Achterhoek (o.a. Groenvoorziening Te Brake, Hoveniersbedrijf
  Wissink & Zn., Landgoed Het Woold) + Waterschap Rijn en IJssel-Oost (afd. beheer):
  - BPV-plaatsen jaar 3-4, leerwerkdagen lj 4 (10 dagen);
  - 2x per jaar praktijkopdracht op eigen terrein (aanleg, maaibeheer, snoei);
  - vakmensen beoordelen praktijkexamens mee.
- Werkveldraad Groen (5 bedrijven + SBB) adviseert 1x per jaar over programma en keuzedelen.

## 3. Kernteam

- Samenstelling: teamleider Groen (school), onderwijsmanager Groene Ruimte (AOC),
  BPV-coordinator (AOC).
- Taken: jaarplanning, rooster, toelating tot de route, inzet docenten en instructeurs,
  BPV-plaatsing, overstapadvies, voorstel PTA/OER.
- Bevoegd: beslist zelf binnen jaarplan en routebudget. PTA/OER, budget en alles daarbuiten:
  beide CvB's.

## 4. Rapportage aan de besturen

- Na elke onderwijsperiode (3x per jaar: nov, maart, juli) voortgangsbericht aan beide CvB's:
  in-, door- en uitstroom, verzuim, resultaten, BPV.
- Jaarlijks voor 1 oktober: jaarverslag route + besteding overdracht (par. 7).
- Jaarlijks bestuurlijk overleg CvB's met kernteam (oktober).

## 5. Onderwijs, mensen, middelen

- Programma + examinering per leerjaar: gezamenlijk PTA/OER (bijlage, jaarlijks voor 1-10).
  vmbo-CE lj 4; mbo-examens vanaf jaar 2.
- Lj 3-4 op Zandbergcollege + 1 dag/week buitenlocatie AOC Winterswijk.
- Personeel: docenten Groen (school) + 2 AOC-instructeurs (0,4 fte samen) in lj 3-4;
  teambevoegdheid voor onderdeel 'Groen aanleggen en onderhouden'; per onderdeel min. 1
  bevoegde docent; ieder blijft in dienst van eigen werkgever.
- Faciliteiten: AOC levert buitenlocatie, machinepark (maaiers, minigraver) en
  veiligheidsinstructie; school levert kas, tuin en theorielokalen.
- Klachten: regeling van elk geldt ook voor gedrag van personeel van de ander.

## 6. Overstap

- Stopt in lj 3-4: regulier kb Groen op school -> vmbo-diploma.
- Geen vmbo-diploma eind jaar 3: door in mbo bij AOC (vooropleidingseisen vervallen) +
  herkansing, of lj 4 overdoen.
- mbo-3 te zwaar: Medewerker groene ruimte (niveau 2) bij AOC.
- Andere richting: andere mbo-3 opleiding AOC (bijv. Dierverzorger) of andere route/instelling
  in de regio (geschiktheidsonderzoek daar).
- Besluit: school + AOC samen, op basis van bereikt niveau en leeftijd, na gesprek met leerling
  en ouders. Warme overdracht.

## 7. Financien

- Overdracht: school -> AOC EUR 600 per routeleerling per jaar in lj 3 en 4 (art. 5.42a WVO 2020).
- Bestemming: AOC-instructeurs, gebruik buitenlocatie en machinepark.
- Verder geen overdracht; ieder draagt eigen kosten.

## 8. Medezeggenschap

- MR school + deelnemersraad AOC: jaarlijks advies over jaarplan route.
- Leerlingen lj 4 mogen 1 vertegenwoordiger als toehoorder naar de deelnemersraad sturen.
- Ouders mbo-fase blijven welkom bij ouderavonden school tot einde jaar 3.

## 9. Geschillen

- 1: kernteam. 2: directeur school + directeur AOC (4 wk). 3: CvB's (6 wk).
- 4: bindend advies van een onafhankelijke deskundige die partijen samen aanwijzen;
  kosten gedeeld.

## 10. Looptijd, toetreding, wijziging, opzegging

- Ingang 1-8-2025, 4 jaar; daarna telkens 1 jaar verlengd.
- Toetreding andere school/instelling: schriftelijke instemming beide CvB's; nieuwe partij
  tekent deze SOK en meldt zelf in RIO.
- Wijziging: alleen schriftelijk, beide CvB's.
- Opzegging: schriftelijk, 12 mnd termijn, per 1 augustus.
- Leerlingen: bij opzegging geen nieuwe instroom; lopende leerlingen ronden de route af.

---

Winterswijk/Doetinchem, 26 juni 2025

- Stichting CVO Oost-Achterhoek: ing. B.J. Hulshof, voorzitter CvB
- Stichting Agrarisch Opleidingscentrum Oost-Gelderland: drs. M. Ter Haar-Eppink, voorzitter CvB
""")


# =============================================================================================
# 276  municipality's youth-policy officer, DOCX, numbered "Afspraak N" fragments with a VSV lens,
#      Almere, D&P gl -> mbo-4 sport and bewegen
# =============================================================================================

sample(
    276, "276_gemeente_jeugdbeleid_afsprakenlijst_almere_sport_bewegen", "docx",
    "Afsprakenlijst opgesteld door een beleidsmedewerker jeugd/VSV van de gemeente (die geen partij "
    "is), DOCX, genummerde 'Afspraak N'-regels met fragmenten en een toelichtende inleiding "
    "(Almere, D&P gl -> Coordinator sport, bewegen en gezondheid niveau 4); gemeentesubsidie "
    "naast expliciet 'geen overdracht van bekostiging'; volledig in orde.",
    st("p p p p p p p p p p"),
    {"a": "Afspraak 1 \u2013 Welke route", "b": "Afspraak 2 \u2013 Sport- en beweegaanbieders",
     "c": "Afspraak 3 \u2013 Leiding", "d": "Afspraak 4 \u2013 Verantwoording",
     "e": "Afspraak 5 \u2013 Inrichting", "f": "Afspraak 6 \u2013 Overstap",
     "g": "Afspraak 7 \u2013 Geld", "h": "Afspraak 8 \u2013 Medezeggenschap",
     "i": "Afspraak 9 \u2013 Geschillen",
     "j": "Afspraak 10 \u2013 Looptijd, wijziging, toetreding, opzegging"},
    [
        ("title", "Afsprakenlijst doorlopende leerroute Sport en bewegen Almere"),
        ("sub", "Samenwerkingsovereenkomst DLR vmbo-mbo, D&P-gl \u2192 Co\u00f6rdinator sport, bewegen en "
                "gezondheid (mbo-4). Opgesteld door K. Nunes, beleidsmedewerker jeugd en voortijdig "
                "schoolverlaten, gemeente Almere, op verzoek van beide besturen. Juni 2025."),
        ("h", "Waarom deze lijst"),
        ("p", "Toelichting (geen afspraak): in Almere Buiten stoppen te veel jongeren tussen vmbo en "
              "mbo. Een route zonder knip helpt. De gemeente is geen partij bij deze overeenkomst; "
              "zij faciliteert en levert via Leerplicht/RMC mee aan de overstapafspraak (Afspraak 6). "
              "De afspraken hieronder gelden tussen de twee besturen."),
        ("p", "**Partijen:** Stichting Openbaar Voortgezet Onderwijs Almere-Noord, bevoegd gezag van "
              "Vakcollege Buitenvaart (hierna: school), en Stichting ROC Flevopoort, Almere (hierna: "
              "ROC), elk vertegenwoordigd door het CvB."),
        ("h", "Afspraak 1 \u2013 Welke route"),
        ("p", "vmbo gemengde leerweg, profiel Dienstverlening en producten (D&P), keuzevakken Sport "
              "en bewegen \u2192 mbo-4 Co\u00f6rdinator sport, bewegen en gezondheid (BOL), domein Veiligheid "
              "en sport. Jaar 1\u20132 route (lj 3\u20134) op Vakcollege Buitenvaart, jaar 3\u20135 op ROC "
              "Flevopoort, Sportcampus Almere. Start augustus 2025, max. 20 per cohort. Beide melden "
              "de route in RIO."),
        ("h", "Afspraak 2 \u2013 Sport- en beweegaanbieders"),
        ("p", "Stichting Sportservice Flevoland, fitnessketen FitVaart, voetbalvereniging AFC "
              "Buitenvaart en zwembad De Vaart Golfslag (erkende leerbedrijven): BPV-plaatsen in "
              "jaar 3\u20135; in lj 3\u20134 2 x per jaar een beweegproject in de wijk dat de leerlingen "
              "met hen uitvoeren; trainers/coaches geven gastlessen; praktijkbegeleider beoordeelt "
              "BPV mee. Adviesgroep Sport (4 aanbieders + SBB) bespreekt 1x per jaar het programma "
              "met de routeleiding."),
        ("h", "Afspraak 3 \u2013 Leiding"),
        ("p", "Routeleiding: afdelingsleider bovenbouw (school) + opleidingsmanager Sport (ROC). "
              "Aangewezen door de CvB's, elk het eigen lid, voor 3 schooljaren. Doet: rooster, "
              "toelating, inzet docenten, BPV, jaarplan, overstapgesprekken. Beslist binnen het "
              "jaarbudget; PTA/OER en geld: CvB's."),
        ("h", "Afspraak 4 \u2013 Verantwoording"),
        ("p", "Routeleiding stuurt beide CvB's 2x per jaar (februari, september) een monitor: "
              "aanmeldingen, verzuim, uitval en overstappen, examenresultaten. Jaarlijks in oktober "
              "bestuurlijk overleg CvB's + routeleiding over monitor en jaarplan. Kopie van de "
              "uitvalcijfers (zonder namen) aan de gemeente."),
        ("h", "Afspraak 5 \u2013 Inrichting"),
        ("ul", [
            "PTA/OER per leerjaar gezamenlijk vastgesteld (bijlage), v\u00f3\u00f3r 1 oktober. "
            "vmbo-CE in lj 4; mbo-examens vanaf jaar 2.",
            "Docenten: 1 team; 2 ROC-docenten sport (samen 0,4 fte) geven in lj 3\u20134 op de school "
            "les; LO-docenten van de school begeleiden in jaar 3 de BPV mee; teambevoegdheid voor "
            "'Sport- en beweegactiviteiten organiseren'; per onderdeel min. 1 bevoegde docent. "
            "Ieder blijft werkgever van eigen personeel.",
            "Faciliteiten: ROC stelt sporthal en beweeglab Sportcampus ter beschikking (2 dagdelen "
            "per week); school haar gymzalen en D&P-lokaal. Kosteloos over en weer.",
            "Klachten: regeling van elk geldt ook voor personeel van de ander.",
        ]),
        ("h", "Afspraak 6 \u2013 Overstap"),
        ("ul", [
            "Stopt in lj 3\u20134: regulier gl D&P op de school \u2192 vmbo-gl-diploma.",
            "Geen vmbo-diploma eind jaar 3: door in de mbo-4 opleiding (vooropleidingseisen gelden "
            "niet) + herkansing; of lj 4 overdoen.",
            "mbo-4 te zwaar: Sport- en bewegingsleider (mbo-3) bij ROC Flevopoort.",
            "Andere richting: andere mbo-opleiding op hetzelfde niveau bij het ROC of een "
            "andere instelling in Flevoland (via geschiktheidsonderzoek).",
            "Besluit: school + ROC samen, op basis van bereikt niveau en leeftijd, na gesprek met "
            "leerling en ouders. Niemand vertrekt zonder nieuwe inschrijving; bij dreigende uitval "
            "meldt de school/het ROC binnen 1 week bij Leerplicht/RMC.",
        ]),
        ("h", "Afspraak 7 \u2013 Geld"),
        ("p", "Tussen school en ROC wordt geen bekostiging overgedragen; ieder draagt eigen kosten. "
              "Los daarvan subsidieert de gemeente de beweegprojecten in de wijk (jeugdbudget, "
              "max. \u20ac 12.000 per jaar, aan de school)."),
        ("h", "Afspraak 8 \u2013 Medezeggenschap"),
        ("p", "MR school en studentenraad ROC: jaarlijks advies over jaarplan route. 1 routeleerling "
              "uit lj 4 mag de studentenraad bijwonen (spreekrecht). 1x per jaar gezamenlijke "
              "bijeenkomst MR/SR over de route."),
        ("h", "Afspraak 9 \u2013 Geschillen"),
        ("p", "Routeleiding \u2192 directeuren (4 wk) \u2192 CvB's (6 wk) \u2192 mediation; daarna de "
              "bevoegde rechter (rechtbank Midden-Nederland). De gemeente is geen bemiddelaar."),
        ("h", "Afspraak 10 \u2013 Looptijd, wijziging, toetreding, opzegging"),
        ("ul", [
            "1-8-2025 t/m 31-7-2030; daarna telkens 2 jaar verlengd.",
            "Wijzigen: schriftelijk, beide CvB's.",
            "Toetreding andere school/instelling: instemming beide CvB's, nieuwe partij tekent deze "
            "lijst en meldt zelf bij DUO.",
            "Opzeggen: 1 schooljaar vooraf, per 1 augustus, schriftelijk. Daarna geen instroom; "
            "lopende leerlingen maken de route af.",
        ]),
        ("p", "Almere, 27 juni 2025"),
        ("p", "Stichting Openbaar Voortgezet Onderwijs Almere-Noord \u2013 drs. F. Baldewsingh, "
              "voorzitter CvB"),
        ("p", "Stichting ROC Flevopoort \u2013 M.A. de Graaf-Yilmaz MBA, lid CvB"),
        ("p", "Gezien: gemeente Almere, namens deze K. Nunes (geen partij)"),
    ])


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--check"]:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in args] if args else sorted(SAMPLES)
    for n in nums:
        build(n)
