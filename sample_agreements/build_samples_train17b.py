#!/usr/bin/env python3
"""Build training sample agreements 261-268 (batch train17b) for leerroute-check.

Written by an independent helper session acting as author of labelled test data. The agreements,
their wording and their labels were composed from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and LABELS.md only,
without looking at the checker code, its models or tests, or at the texts of other samples.

Focus of this batch: cross-references and shared clauses (items arranged through references
between articles, one article arranging several items, arrangements in an annex declared part of
the agreement, a definition article that also arranges something, headings that name another item
than the text arranges). Four agreements are fully compliant; four carry one to three defects,
among them cross-references to annexes or articles that do not arrange what is referred to.

Usage:
    python3 build_samples_train17b.py            # build all samples
    python3 build_samples_train17b.py 261 264    # build only these numbers
    python3 build_samples_train17b.py --check    # verify all produced files
"""
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024

SAMPLES = {}


def sample(num, slug, fmt, description, statuses, evidence, text):
    SAMPLES[num] = dict(name="%d_%s" % (num, slug), fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, text=text)


def st(s):
    """'p p w ...' -> statuses dict a..j."""
    codes = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10, s
    return {k: codes[v] for k, v in zip("abcdefghij", parts)}


# ---------------------------------------------------------------------------------------------
# Light markup used for all agreements:
#   "# x"   title            "## x"  heading 1        "### x" heading 2
#   "- x"   bullet           "@page" page break       "@small x" small print line
#   any other non-empty line is one paragraph; **x** is bold.
# ---------------------------------------------------------------------------------------------

def parse(text):
    blocks = []
    for raw in textwrap.dedent(text).strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        line = line.strip()
        if line.startswith("### "):
            blocks.append(("h2", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h1", line[3:]))
        elif line.startswith("# "):
            blocks.append(("title", line[2:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        elif line == "@page":
            blocks.append(("page", ""))
        elif line.startswith("@small "):
            blocks.append(("small", line[7:]))
        else:
            blocks.append(("p", line))
    return blocks


def plain(s):
    return s.replace("**", "")


def render_txt(blocks):
    out = []
    for kind, s in blocks:
        # keep "artikel 7", "bijlage 3", "lid 2" etc. together when wrapping
        s = re.sub(r"(?i)\b(artikel|artikelen|bijlage|lid|leerjaar|niveau|art\.|nr\.) (\d)", "\\1\u00a0\\2",
                   plain(s))
        if kind == "title":
            out += [s, "=" * min(len(s), 78), ""]
        elif kind == "h1":
            out += ["", s, ""]
        elif kind == "h2":
            out += [s]
        elif kind == "li":
            out += textwrap.wrap(s, 78, initial_indent="  - ", subsequent_indent="    ",
                                 break_long_words=False, break_on_hyphens=False)
        elif kind == "page":
            out += ["", ""]
        else:
            out += textwrap.wrap(s, 80, break_long_words=False, break_on_hyphens=False) + [""]
    txt = "\n".join(out).replace("\u00a0", " ")
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    return txt.encode("utf-8")


def render_md(blocks):
    out = []
    for kind, s in blocks:
        if kind == "title":
            out += ["# " + s, ""]
        elif kind == "h1":
            out += ["## " + s, ""]
        elif kind == "h2":
            out += ["### " + s, ""]
        elif kind == "li":
            out += ["- " + s]
        elif kind == "page":
            out += ["---", ""]
        elif kind == "small":
            out += ["*" + s + "*", ""]
        else:
            if out and out[-1].startswith("- "):
                out.append("")
            out += [s, ""]
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    return txt.encode("utf-8")


def _pdf_inline(s):
    s = escape(s)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def render_pdf(blocks, opts):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak

    font = opts.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    size = opts.get("size", 10)
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.38,
                          spaceAfter=size * 0.55, alignment=opts.get("align", 0))
    title = ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                           spaceAfter=10, alignment=1 if opts.get("center_title") else 0)
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                        spaceBefore=size * 0.9, spaceAfter=size * 0.35, keepWithNext=1)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size * 1.3,
                        spaceBefore=size * 0.5, spaceAfter=size * 0.2, keepWithNext=1)
    li = ParagraphStyle("li", parent=body, leftIndent=16, bulletIndent=5, spaceAfter=size * 0.3)
    small = ParagraphStyle("small", parent=body, fontSize=size - 2, leading=(size - 2) * 1.35)
    story = []
    for kind, s in blocks:
        if kind == "title":
            story.append(Paragraph(_pdf_inline(s), title))
        elif kind == "h1":
            story.append(Paragraph(_pdf_inline(s), h1))
        elif kind == "h2":
            story.append(Paragraph(_pdf_inline(s), h2))
        elif kind == "li":
            story.append(Paragraph(_pdf_inline(s), li, bulletText="\u2022"))
        elif kind == "page":
            story.append(PageBreak())
        elif kind == "small":
            story.append(Paragraph(_pdf_inline(s), small))
        else:
            story.append(Paragraph(_pdf_inline(s), body))
    header = opts.get("header", "")
    footer = opts.get("footer", "")

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        if header:
            canvas.drawString(2.3 * cm, A4[1] - 1.3 * cm, header)
        canvas.drawRightString(A4[0] - 2.3 * cm, 1.2 * cm, "%s%d" % (footer, doc.page))
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.0 * cm, invariant=1,
                            title=opts.get("title", ""), author=opts.get("author", ""),
                            creator="", producer="", subject="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def _docx_runs(par, s, size=None):
    from docx.shared import Pt
    for i, piece in enumerate(re.split(r"\*\*", s)):
        if not piece:
            continue
        run = par.add_run(piece)
        if i % 2 == 1:
            run.bold = True
        if size:
            run.font.size = Pt(size)


def render_docx(blocks, opts):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(opts.get("size", 11))
    for kind, s in blocks:
        if kind == "title":
            h = d.add_heading(level=0)
            _docx_runs(h, s)
        elif kind == "h1":
            h = d.add_heading(level=1)
            _docx_runs(h, s)
        elif kind == "h2":
            h = d.add_heading(level=2)
            _docx_runs(h, s)
        elif kind == "li":
            _docx_runs(d.add_paragraph(style="List Bullet"), s)
        elif kind == "page":
            d.add_page_break()
        elif kind == "small":
            _docx_runs(d.add_paragraph(), s, size=8)
        else:
            _docx_runs(d.add_paragraph(), s)
    cp = d.core_properties
    cp.author = opts.get("author", "")
    cp.last_modified_by = opts.get("author", "")
    cp.title = opts.get("title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so that rebuilds are byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build(num):
    s = SAMPLES[num]
    blocks = parse(s["text"])
    fmt = s["fmt"]
    opts = s.get("opts", {})
    if fmt == "txt":
        data = render_txt(blocks)
    elif fmt == "md":
        data = render_md(blocks)
    elif fmt == "pdf":
        data = render_pdf(blocks, opts)
    elif fmt == "docx":
        data = render_docx(blocks, opts)
    else:
        raise ValueError(fmt)
    path = os.path.join(HERE, "%s.%s" % (s["name"], fmt))
    with open(path, "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        f.write(expected_json(num))
    print("wrote %s (%d bytes)" % (os.path.basename(path), len(data)))


def expected_obj(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def expected_json(num):
    return json.dumps(expected_obj(num), ensure_ascii=False, indent=2) + "\n"


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
        xml = re.sub(r"</w:p>", "\n", xml)
        texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n)", xml)
        s = "".join(a or b for a, b in texts)
        return (s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", '"').replace("&apos;", "'"))
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    nums = sorted(SAMPLES)
    fmts = [SAMPLES[n]["fmt"] for n in nums]
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(HERE, "%s.%s" % (s["name"], s["fmt"]))
        problems = []
        if not os.path.exists(path):
            problems.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= MAX_BYTES:
                problems.append("too large: %d" % size)
            try:
                if path.endswith(".docx"):
                    import docx
                    docx.Document(path)
                text = norm(extract(path))
            except Exception as e:  # noqa: BLE001
                problems.append("does not open: %r" % e)
                text = ""
            if len(text) < 400:
                problems.append("extracted text too short")
            for k, ev in s["evidence"].items():
                if s["statuses"][k] != "present":
                    problems.append("evidence for non-present item %s" % k)
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (k, ev))
        ej = os.path.join(HERE, s["name"] + ".expected.json")
        if not os.path.exists(ej):
            problems.append("expected.json missing")
        else:
            with open(ej, encoding="utf-8") as f:
                if json.load(f) != expected_obj(n):
                    problems.append("expected.json differs from table")
        st_set = set(s["statuses"].values())
        if not st_set <= {"present", "weak", "missing", "not_applicable"}:
            problems.append("bad status")
        print("%-70s %s" % (os.path.basename(path), "OK" if not problems else "; ".join(problems)))
        ok = ok and not problems
    if len(nums) == 8:
        if fmts.count("pdf") != 3 or fmts.count("docx") != 3 or \
                fmts.count("txt") + fmts.count("md") != 2:
            print("format mix wrong: %s" % fmts)
            ok = False
        compliant = [n for n in nums
                     if set(SAMPLES[n]["statuses"].values()) <= {"present", "not_applicable"}]
        if len(compliant) != 4:
            print("expected 4 compliant samples, got %s" % compliant)
            ok = False
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


# =============================================================================================
# 261 - small christelijke vmbo with a vakinstelling (meubel), Neder-Betuwe, PDF, compliant.
# Definition article arranges the leiding's samenstelling and benoeming; article 4 refers back;
# geschillen, toetreding, wijziging and opzegging sit together in "Slotbepalingen".
# =============================================================================================
sample(
    261, "christelijk_vmbo_vakinstelling_begripsartikel_neder_betuwe_meubel", "pdf",
    "Formele artikelen, PDF, kleine christelijke vmbo-school met een vakinstelling (Neder-Betuwe, "
    "BWI kb -> Allround meubelmaker niveau 3); samenstelling en benoeming van de leiding staan in "
    "het begripsartikel, taken in art. 4 met terugverwijzing; geschillen, toetreding, wijziging en "
    "opzegging samen in 'Slotbepalingen'; volledig in orde.",
    st("p p p p p p p p p p"),
    {"a": "Artikel 2 – De route",
     "b": "Artikel 3 – Meubelmakers en interieurbouwers in de regio",
     "c": "Artikel 4 – Taken en bevoegdheden van het routeoverleg",
     "d": "Artikel 5 – Informatie aan en verantwoording tegenover de besturen",
     "e": "Artikel 6 – Onderwijs, docenten en voorzieningen",
     "f": "Artikel 7 – Als de route niet past",
     "g": "Artikel 8 – Bekostiging",
     "h": "Artikel 9 – Medezeggenschap",
     "i": "Artikel 10 – Slotbepalingen",
     "j": "Artikel 10 – Slotbepalingen"},
    """
    # Samenwerkingsovereenkomst doorlopende leerroute Interieur & Meubel
    Christelijk Vmbo De Wingerd (Kesteren) – Meubelvakschool Oost-Nederland (Tiel/Arnhem)
    **De ondergetekenden:**
    1. de Stichting voor Christelijk Voortgezet Onderwijs Betuwe-West, gevestigd te Kesteren, bevoegd gezag van Christelijk Vmbo De Wingerd, rechtsgeldig vertegenwoordigd door mevrouw drs. H.J. van Wijngaarden-Bos, bestuurder, hierna te noemen: "de school";
    2. de Stichting Meubelvakschool Oost-Nederland, gevestigd te Arnhem, instelling voor beroepsonderwijs in de zin van de Wet educatie en beroepsonderwijs, rechtsgeldig vertegenwoordigd door de heer ing. W.F. Huibers, voorzitter van het college van bestuur, hierna te noemen: "de vakschool";
    **Overwegende dat:**
    - de school een kleine christelijke school voor vmbo is met circa 380 leerlingen, die in de kaderberoepsgerichte leerweg onder meer het profiel Bouwen, wonen en interieur aanbiedt;
    - de vakschool een landelijk werkende vakinstelling is voor het meubelmakers- en interieurbouwvak, met een leerwerkplaats aan de Kellenseweg te Tiel;
    - beide partijen hun onderwijs vanuit een christelijke levensovertuiging vormgeven en vakmanschap en vorming in één ononderbroken leerweg willen samenbrengen;
    - partijen met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende leerroute vmbo-mbo willen verzorgen als bedoeld in artikel 2.107b van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.3 van de Wet educatie en beroepsonderwijs (WEB);
    verklaren te zijn overeengekomen als volgt.
    ## Artikel 1 – Begripsbepalingen
    In deze overeenkomst wordt verstaan onder:
    a. route: de doorlopende leerroute vmbo-mbo die partijen op grond van deze overeenkomst gezamenlijk verzorgen en die in artikel 2 is omschreven;
    b. leerling: een leerling van de school die aan de route deelneemt; student: een deelnemer aan de route die bij de vakschool is ingeschreven;
    c. vo-fase: het eerste en tweede leerjaar van de route (leerjaar 3 en 4 van de school); mbo-fase: het derde en vierde leerjaar van de route;
    d. routeoverleg: het overleg dat namens beide besturen de leiding over de route voert. Het routeoverleg bestaat uit de afdelingsleider bovenbouw van de school, de opleidingsmanager Interieurbouw van de vakschool en de routecoördinator. De afdelingsleider en de opleidingsmanager worden elk door het eigen bevoegd gezag schriftelijk als lid aangewezen. De routecoördinator wordt door de bestuurder van de school en het college van bestuur van de vakschool gezamenlijk benoemd voor een periode van drie schooljaren, op voordracht van de beide andere leden; herbenoeming is mogelijk. Ontstaat een vacature, dan voorziet het bevoegd gezag dat het lid aanwees of benoemde binnen acht weken in de opvolging;
    e. routebeschrijving: het document waarin partijen het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar van de route beschrijven, als bedoeld in artikel 6, derde lid;
    f. besturen: het bevoegd gezag van de school en het college van bestuur van de vakschool.
    ## Artikel 2 – De route
    1. De route verbindt het profiel Bouwen, wonen en interieur in de kaderberoepsgerichte leerweg van de school met de vakopleiding Allround meubelmaker/(scheeps)interieurbouwer, niveau 3, in de beroepsopleidende leerweg van de vakschool.
    2. De route duurt vier jaar. De leerling behaalt het vmbo-diploma kaderberoepsgerichte leerweg in de regel aan het einde van het tweede routejaar en uiterlijk in het derde routejaar; het mbo-diploma wordt behaald aan het einde van het vierde routejaar.
    3. Per schooljaar starten ten hoogste zestien leerlingen in de route. Een leerling wordt aan het einde van leerjaar 2 tot de route toegelaten na een keuzegesprek met de leerling en zijn ouders.
    ## Artikel 3 – Meubelmakers en interieurbouwers in de regio
    1. Partijen betrekken het regionale meubel- en interieurbouwbedrijfsleven als volgt bij de invulling van de route:
    a. een werkveldtafel, waarin in elk geval Interieurbouw Van Rhenen B.V. te Ochten, Meubelmakerij Gebroeders Verhoef te Opheusden en Scheepsinterieurs Waalkant te Tiel zitting hebben, komt twee keer per schooljaar bijeen en adviseert het routeoverleg over de praktijkopdrachten en de keuze van keuzedelen;
    b. de aan de werkveldtafel deelnemende bedrijven en andere door SBB erkende leerbedrijven stellen vanaf het tweede routejaar snuffelstages en bpv-plaatsen beschikbaar; de vakschool zorgt voor de erkenning en de begeleiding van de leerbedrijven;
    c. vakmensen uit deze bedrijven verzorgen per schooljaar ten minste vier gastlessen of werkplaatsdemonstraties en beoordelen in de mbo-fase als tweede beoordelaar de proeve van bekwaamheid mee.
    2. Het routeoverleg legt de adviezen van de werkveldtafel en wat daarmee is gedaan vast in de in artikel 5 bedoelde rapportage.
    ## Artikel 4 – Taken en bevoegdheden van het routeoverleg
    1. Het in artikel 1, onder d, omschreven routeoverleg voert de dagelijkse leiding over de route. Het is in het bijzonder belast met:
    a. het jaarlijks vaststellen en bijstellen van de routebeschrijving, binnen de kaders van deze overeenkomst;
    b. de jaarplanning, het rooster van de gezamenlijke praktijkdagen en de verdeling van de docenten over de programmaonderdelen;
    c. de toelating van leerlingen tot de route en het besluit over een overstap als bedoeld in artikel 7;
    d. het contact met de werkveldtafel en de leerbedrijven.
    2. Het routeoverleg is bevoegd om binnen het jaarlijks door de besturen vastgestelde routebudget verplichtingen aan te gaan tot € 7.500 per afzonderlijke uitgave. Besluiten die de formatie van een partij, de huisvesting of de inhoud van deze overeenkomst raken, legt het routeoverleg ter besluitvorming voor aan de besturen.
    3. Het routeoverleg besluit bij consensus. Wordt geen overeenstemming bereikt, dan wordt gehandeld overeenkomstig artikel 10, vierde lid.
    ## Artikel 5 – Informatie aan en verantwoording tegenover de besturen
    1. Het routeoverleg brengt twee keer per schooljaar, uiterlijk op 1 februari en op 15 juli, een schriftelijke voortgangsrapportage uit aan beide besturen. De rapportage bevat ten minste de aantallen instromende, doorstromende en uitgevallen leerlingen, de examenresultaten, de overstappen als bedoeld in artikel 7 en de besteding van het routebudget.
    2. Eenmaal per jaar, in oktober, legt het routeoverleg in een gezamenlijke bijeenkomst met de bestuurder van de school en een lid van het college van bestuur van de vakschool verantwoording af over het afgelopen schooljaar. De routecoördinator maakt daarvan een verslag, dat door beide besturen wordt vastgesteld.
    3. Het routeoverleg informeert beide besturen onverwijld over elke gebeurtenis die de continuïteit van de route in gevaar kan brengen.
    ## Artikel 6 – Onderwijs, docenten en voorzieningen
    1. De vo-fase wordt verzorgd in het gebouw van de school te Kesteren, met uitzondering van één praktijkdag per week in de leerwerkplaats van de vakschool te Tiel. De mbo-fase wordt verzorgd in de leerwerkplaats te Tiel en bij de leerbedrijven.
    2. De praktijkvakken in de vo-fase worden gegeven door één team, bestaande uit twee docenten van de school en een praktijkdocent van de vakschool die voor ten minste 0,4 fte aan de route is verbonden. Partijen maken voor het programmaonderdeel "Werkplaats en ontwerp" in beide leerjaren van de vo-fase gebruik van de teambevoegdheid, bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; in het team is voor elk vak en programmaonderdeel ten minste één bevoegde docent opgenomen. De docenten blijven in dienst van hun eigen werkgever en worden voor hun werk in de route aangestuurd door het routeoverleg.
    3. Partijen leggen het onderwijsprogramma, de examinering (PTA voor de vo-fase, OER voor de mbo-fase) en de beroepspraktijkvorming per leerjaar vast in de routebeschrijving, die het routeoverleg uiterlijk op 1 juni voorafgaand aan elk schooljaar vaststelt. De school blijft verantwoordelijk voor de vmbo-examinering en -diplomering, de vakschool voor de mbo-examinering en -diplomering.
    4. De vakschool stelt haar leerwerkplaats te Tiel, met machinepark, CNC-freesbank en spuitcabine, op de praktijkdagen ter beschikking aan de leerlingen in de vo-fase. De school stelt haar techniekpraktijklokaal en haar mediatheek open voor de docenten en studenten van de vakschool. Leerlingen werken alleen onder toezicht van een docent met een geldig certificaat machineveiligheid aan machines. De school regelt en betaalt het vervoer van de leerlingen tussen Kesteren en Tiel.
    5. In de eerste twee routejaren is de deelnemer ingeschreven als leerling van de school, vanaf het derde routejaar als student van de vakschool. Een klacht van een leerling of ouder van de school over een gedraging van een medewerker van de vakschool wordt behandeld volgens de klachtenregeling van de school; de vakschool verleent daaraan medewerking en informeert de school over de genomen maatregelen.
    ## Artikel 7 – Als de route niet past
    1. Een leerling of student die de route niet kan of wil voortzetten, wordt door partijen gezamenlijk in staat gesteld om via een passend alternatief een vmbo- of mbo-diploma te behalen. Daarbij geldt:
    a. bij vertrek in de vo-fase zet de leerling zijn opleiding voort in de reguliere kaderberoepsgerichte leerweg van het profiel Bouwen, wonen en interieur of, als dat beter bij hem past, in een ander profiel of in de basisberoepsgerichte leerweg van de school, gericht op het behalen van het vmbo-diploma;
    b. heeft de leerling aan het einde van het tweede routejaar het vmbo-diploma niet behaald, dan behoudt hij de gelegenheid het diploma in het derde routejaar alsnog te behalen; lukt dat niet, dan kan hij zijn opleiding bij de vakschool zonder vmbo-diploma voortzetten of instromen in de opleiding Meubelmaker/(scheeps)interieurbouwer op niveau 2;
    c. bij uitval in de mbo-fase stapt de student over naar een andere opleiding van de vakschool op niveau 2 of 3, of naar een opleiding op hetzelfde niveau bij een andere instelling in de regio, bijvoorbeeld in de bouw of het schildersvak.
    2. Bij een overstap binnen de vakschool gelden de vooropleidingseisen niet. Bij een overstap naar een andere instelling werkt de vakschool mee aan het geschiktheidsonderzoek van die instelling.
    3. Het routeoverleg besluit over de overstap op basis van het bereikte onderwijsniveau en de leeftijd van de leerling of student, na een gesprek met hem en zijn ouders. De mentor en de loopbaanbegeleider van de vakschool zorgen voor een warme overdracht. De werkwijze wordt beschreven in de schoolgids van de school en de studiegids van de vakschool.
    ## Artikel 8 – Bekostiging
    Partijen dragen geen bekostiging aan elkaar over als bedoeld in artikel 5.42a WVO 2020 en artikel 9.1.15 WEB. Elke partij draagt de kosten van haar eigen personeel en voorzieningen; de in artikel 6 bedoelde inzet van docenten en het gebruik van voorzieningen worden over en weer niet verrekend. Elk bestuur neemt zijn deel van het in artikel 4, tweede lid, bedoelde routebudget op in de eigen begroting.
    ## Artikel 9 – Medezeggenschap
    1. Leerlingen van de route in de vo-fase kunnen met één vertegenwoordiger deelnemen aan de vergaderingen van de studentenraad van de vakschool, met spreekrecht over onderwerpen die de route betreffen.
    2. Een voorgenomen besluit van de besturen tot wijziging of opzegging van deze overeenkomst wordt ter advisering voorgelegd aan de medezeggenschapsraad van de school en aan de studentenraad en de ondernemingsraad van de vakschool.
    3. Jaarlijks in november overleggen een delegatie van de medezeggenschapsraad van de school en van de studentenraad van de vakschool gezamenlijk over de route; de routecoördinator licht daarbij de in artikel 5 bedoelde rapportages toe.
    4. Voor het overige gelden de Wet medezeggenschap op scholen voor de vo-fase en de WEB en de Wet op de ondernemingsraden voor de vakschool.
    ## Artikel 10 – Slotbepalingen
    1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.
    2. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien zij de kaderberoepsgerichte leerweg in het profiel Bouwen, wonen en interieur respectievelijk een verwante meubel- of interieuropleiding aanbiedt, de grondslag en de doelstelling van de route onderschrijft en beide besturen schriftelijk instemmen. Toetreding geschiedt door ondertekening van een toetredingsakte en gaat in bij het begin van een schooljaar; de betrokken partijen melden de toetreding aan DUO. Toetreding laat de rechten van leerlingen die al aan de route deelnemen onverlet.
    3. Deze overeenkomst kan alleen worden gewijzigd bij een schriftelijke, door beide besturen ondertekende overeenkomst, na advies als bedoeld in artikel 9, tweede lid. Een wijziging die het programma van zittende leerlingen raakt, geldt pas voor het eerstvolgende instromende cohort, tenzij de leerlingen daardoor niet worden benadeeld.
    4. Komt het routeoverleg niet tot overeenstemming, of ontstaat tussen partijen een geschil over de uitvoering van deze overeenkomst, dan wordt de kwestie binnen vier weken voorgelegd aan een bestuurlijk overleg van de bestuurder van de school en de voorzitter van het college van bestuur van de vakschool. Is het geschil niet binnen zes weken daarna opgelost, dan schakelen partijen een onafhankelijke mediator in die zij gezamenlijk aanwijzen. Leidt mediation niet binnen drie maanden tot een oplossing, dan kan elke partij het geschil voorleggen aan de bevoegde rechter in het arrondissement Gelderland.
    5. Elke partij kan deze overeenkomst schriftelijk opzeggen vóór 1 februari, tegen 1 augustus daaropvolgend. Na opzegging worden geen nieuwe leerlingen meer toegelaten. Leerlingen en studenten die op de datum van beëindiging aan de route deelnemen, ronden de route af onder de voorwaarden van deze overeenkomst; partijen blijven de daarvoor nodige verplichtingen nakomen. Hetzelfde geldt bij ontbinding van de overeenkomst wegens een tekortkoming van een partij.
    6. Deze overeenkomst is in tweevoud opgemaakt en ondertekend.
    Kesteren, 30 juni 2025
    Namens de Stichting voor Christelijk Voortgezet Onderwijs Betuwe-West: mevrouw drs. H.J. van Wijngaarden-Bos, bestuurder
    Namens de Stichting Meubelvakschool Oost-Nederland: de heer ing. W.F. Huibers, voorzitter college van bestuur
    """)
SAMPLES[261]["opts"] = {"title": "Samenwerkingsovereenkomst doorlopende leerroute Interieur & Meubel",
                        "author": "De Wingerd / Meubelvakschool", "font": "Times-Roman",
                        "size": 10.5, "align": 4,
                        "header": "Samenwerkingsovereenkomst De Wingerd – Meubelvakschool Oost-Nederland",
                        "footer": "pagina "}


# =============================================================================================
# 262 - large urban ROC with three vmbo schools (two boards), Utrecht, installatietechniek, DOCX,
# long, compliant. Leiding in one article (samenstelling, benoeming, mandaat); verantwoording under
# the heading "Kwaliteitszorg en evaluatie"; funding transfer arranged in Bijlage 2 that is declared
# part of the agreement; toetreding, wijziging and opzegging in one article.
# =============================================================================================
sample(
    262, "groot_roc_drie_vmbo_scholen_lang_bijlage_financien_utrecht_installatie", "docx",
    "Lange overeenkomst met hoofdstukken, DOCX, groot stedelijk ROC met drie vmbo-scholen van twee "
    "besturen (Utrecht, PIE kb -> Eerste monteur elektrotechnische installaties niveau 3 en PIE gl -> "
    "Technicus werktuigkundige installaties niveau 4); verantwoording staat onder de kop "
    "'Kwaliteitszorg en evaluatie', overdracht bekostiging met omvang en bestemming in bijlage 2 die "
    "deel uitmaakt van de overeenkomst, toetreding/wijziging/opzegging in één artikel; volledig in orde.",
    st("p p p p p p p p p p"),
    {"a": "Artikel 3 De installatieroutes",
     "b": "Artikel 12 Samenwerking met de installatiebranche",
     "c": "Artikel 4 Routeraad: samenstelling, benoeming en mandaat",
     "d": "Artikel 5 Kwaliteitszorg en evaluatie",
     "e": "Hoofdstuk 3 Inrichting van het onderwijs",
     "f": "Artikel 11 Overstapmogelijkheden",
     "g": "Bijlage 2 Financiële afspraken",
     "h": "Artikel 14 Medezeggenschap",
     "i": "Artikel 16 Geschillen",
     "j": "Artikel 15 Duur, toetreding, wijziging en opzegging"},
    """
    # Samenwerkingsovereenkomst Utrechtse Installatieroutes vmbo-mbo 2025–2030
    Doorlopende leerroutes Produceren, installeren en energie – installatietechniek
    **Partijen**
    1. Stichting Domstad Scholengroep, statutair gevestigd te Utrecht, bevoegd gezag van het Merwede Vakcollege (Kanaleneiland) en van Vechtzoom Vmbo (Overvecht), ten dezen rechtsgeldig vertegenwoordigd door drs. A. El Idrissi, voorzitter van het college van bestuur, hierna: "Domstad";
    2. Stichting Katholiek Voortgezet Onderwijs Leidsche Rijn, statutair gevestigd te Utrecht, bevoegd gezag van het Parkwijk College (vmbo, Leidsche Rijn), ten dezen rechtsgeldig vertegenwoordigd door J.P.M. Rijnders, bestuurder, hierna: "KVO Leidsche Rijn";
    3. Stichting ROC Domstreek, statutair gevestigd te Utrecht, instelling voor beroepsonderwijs, ten dezen rechtsgeldig vertegenwoordigd door ir. S. Boukhari, voorzitter van het college van bestuur, hierna: "het ROC";
    Domstad en KVO Leidsche Rijn worden samen ook "de schoolbesturen" genoemd, het Merwede Vakcollege, Vechtzoom Vmbo en het Parkwijk College samen "de scholen", en alle partijen samen "partijen".
    **Overwegingen**
    A. De Utrechtse installatiebranche kampt met een structureel tekort aan vakmensen, terwijl de energietransitie in de stad de vraag naar elektrotechnische en werktuigkundige monteurs en technici de komende jaren verder doet stijgen.
    B. De scholen en het ROC werken sinds 2019 samen in het Techniekpact Utrecht en willen de overgang van vmbo naar mbo voor leerlingen in de installatietechniek zonder knip laten verlopen.
    C. Partijen willen daartoe gezamenlijk doorlopende leerroutes vmbo-mbo verzorgen als bedoeld in artikel 2.107a en volgende van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.2 en volgende van de Wet educatie en beroepsonderwijs (WEB), en leggen de afspraken daarover vast in deze overeenkomst.
    D. Het voorgenomen besluit tot deze samenwerking is voor advies voorgelegd aan de medezeggenschapsraden van de scholen en aan de studentenraad en de ondernemingsraad van het ROC.
    **Komen overeen als volgt:**
    ## Hoofdstuk 1 Algemene bepalingen
    ### Artikel 1 Begrippen
    In deze overeenkomst en de bijlagen wordt verstaan onder:
    - route: een doorlopende leerroute vmbo-mbo als bedoeld in artikel 3;
    - routejaar: een leerjaar van de route; routejaar 1 en 2 vormen de vo-fase (leerjaar 3 en 4 van de school), routejaar 3 en volgende de mbo-fase;
    - deelnemer: een leerling of student die aan een route deelneemt;
    - routeraad: het orgaan bedoeld in artikel 4;
    - routecoördinator: de functionaris bedoeld in artikel 6;
    - routeplan: de gezamenlijke beschrijving van onderwijsprogramma, examinering en beroepspraktijkvorming per routejaar, bedoeld in artikel 7;
    - Techniekcampus: de vestiging van het ROC aan de Cartesiusweg te Utrecht, met de installatiehal en de leerwerkplaatsen Elektro en Klimaat.
    ### Artikel 2 Voorwerp en reikwijdte
    1. Partijen verzorgen gezamenlijk de in artikel 3 genoemde routes. Elk schoolbestuur is partij voor de routes van zijn eigen school of scholen; het ROC is partij voor alle routes.
    2. Elke school meldt, samen met het ROC, de routes waaraan zij deelneemt in het Register Instellingen en Opleidingen (RIO) vóór de aanvang van het eerste schooljaar waarin leerlingen instromen.
    3. Bijlage 1 (Routeoverzicht) en bijlage 2 (Financiële afspraken) maken deel uit van deze overeenkomst. Bij strijd tussen de tekst van de artikelen en een bijlage gaan de artikelen voor.
    ### Artikel 3 De installatieroutes
    1. **Route A – Elektro en energie (niveau 3).** Het profiel Produceren, installeren en energie in de kaderberoepsgerichte leerweg van het Merwede Vakcollege en van Vechtzoom Vmbo sluit aan op de vakopleiding Eerste monteur elektrotechnische installaties woning en utiliteit, niveau 3, beroepsopleidende leerweg, van het ROC, in het opleidingsdomein Installatie- en energietechniek. De route duurt vier jaar.
    2. **Route B – Klimaat en installatie (niveau 4).** Het profiel Produceren, installeren en energie in de gemengde leerweg van het Parkwijk College sluit aan op de middenkaderopleiding Technicus werktuigkundige installaties, niveau 4, beroepsopleidende leerweg, van het ROC, in hetzelfde opleidingsdomein. De route duurt vijf jaar.
    3. De instroomcapaciteit bedraagt per schooljaar ten hoogste 24 leerlingen per school voor route A en 20 leerlingen voor route B. De verdeling van de routejaren over de locaties is opgenomen in bijlage 1.
    ## Hoofdstuk 2 Sturing van de samenwerking
    ### Artikel 4 Routeraad: samenstelling, benoeming en mandaat
    1. De leiding over de routes berust bij de routeraad. De routeraad bestaat uit:
    - de directeur van het College Techniek & Installatie van het ROC, die de routeraad voorzit;
    - de afdelingsleider bovenbouw techniek van elk van de drie scholen;
    - de twee routecoördinatoren, als adviserende leden zonder stemrecht.
    2. Het college van bestuur van het ROC wijst de voorzitter aan. Elk schoolbestuur wijst schriftelijk de afdelingsleider of afdelingsleiders aan die namens zijn school of scholen zitting nemen, en voorziet binnen zes weken in een vacature. Een lid kan door het bestuur dat hem aanwees worden vervangen na overleg in de routeraad.
    3. De routeraad is belast met:
    - het jaarlijks vaststellen van het routeplan (artikel 7) en van de jaarplanning en de roosterkaders;
    - de verdeling van de inzet van docenten over de routes binnen de door de besturen beschikbaar gestelde formatie (artikel 8);
    - de afspraken over het gebruik van de Techniekcampus en de praktijklokalen van de scholen (artikel 9);
    - het toelatingsbeleid voor de routes en de besluiten over overstap in de zin van artikel 11;
    - het beheer van het routebudget en de inzet van de overgedragen middelen (artikel 13 en bijlage 2);
    - het overleg met de installatiebranche (artikel 12).
    4. De routeraad is bevoegd zelfstandig te besluiten over de onderwerpen genoemd in het derde lid, met uitzondering van besluiten met gevolgen voor de formatie of de begroting van een partij boven € 25.000 per schooljaar, besluiten over de instroomcapaciteit en voorstellen tot wijziging van deze overeenkomst; die legt hij met een advies voor aan de besturen.
    5. De routeraad besluit bij gewone meerderheid van stemmen, mits de voorzitter en ten minste één lid namens elk schoolbestuur hebben ingestemd. Over een route die slechts één school betreft, beslist de routeraad niet tegen de stem van de afdelingsleider van die school.
    ### Artikel 5 Kwaliteitszorg en evaluatie
    1. De routeraad zendt na elk kwartaal aan de colleges van bestuur van alle partijen een beknopte voortgangsnotitie met de kengetallen van instroom, verzuim, tussentijdse uitval en overstap per route en per school.
    2. Vóór 1 november van elk jaar brengt de routeraad aan de drie colleges van bestuur een schriftelijk verantwoordingsverslag uit over het afgelopen schooljaar. Het verslag bevat in elk geval de resultaten per route (doorstroom, examens, diplomering), de uitvoering van de afspraken met de installatiebranche, de besteding van de overgedragen middelen volgens bijlage 2 en de stand van de personele inzet.
    3. In de tweede helft van november vindt een bestuurlijk overleg plaats tussen de voorzitters van de drie colleges van bestuur, waarin de routeraad het verantwoordingsverslag toelicht en daarover verantwoording aflegt. De besturen stellen het verslag in dat overleg vast of geven de routeraad opdracht tot aanpassing.
    4. De routeraad verstrekt een college van bestuur desgevraagd binnen twee weken alle inlichtingen die dat college voor zijn taak nodig heeft.
    5. Eens in de twee jaar, voor het eerst in het voorjaar van 2027, evalueren partijen de samenwerking op basis van de verantwoordingsverslagen en een enquête onder deelnemers, ouders en leerbedrijven.
    ### Artikel 6 Routecoördinatoren
    1. Elke route heeft een routecoördinator die de dagelijkse gang van zaken coördineert, de contacten met deelnemers, ouders en leerbedrijven onderhoudt en de vergaderingen van de routeraad voorbereidt.
    2. De routecoördinatoren worden op voordracht van de routeraad benoemd door het college van bestuur van het ROC, na instemming van het schoolbestuur of de schoolbesturen van de betrokken route. Zij verantwoorden hun werk aan de routeraad.
    ## Hoofdstuk 3 Inrichting van het onderwijs
    ### Artikel 7 Programma en examinering
    1. Partijen beschrijven voor elke route het onderwijsprogramma, de examinering en de beroepspraktijkvorming per routejaar in het routeplan, dat tevens geldt als gezamenlijk PTA/OER. In het routeplan is per programmaonderdeel aangegeven of het tot het vo-programma, het mbo-programma of tot beide behoort.
    2. Mbo-onderdelen en beroepspraktijkvorming zijn mogelijk vanaf routejaar 1. De vmbo-examens worden afgenomen in routejaar 1 en 2; de school blijft verantwoordelijk voor de vmbo-examinering en -diplomering, ook voor een deelnemer die al bij het ROC is ingeschreven. Het ROC is verantwoordelijk voor de mbo-examinering en -diplomering.
    3. De routeraad stelt het routeplan vast vóór 1 april voorafgaand aan het schooljaar waarop het betrekking heeft, nadat de examencommissies van de scholen en het ROC zijn gehoord.
    ### Artikel 8 Personeel en teambevoegdheid
    1. Per route wordt één docententeam gevormd, bestaande uit de praktijkdocenten PIE en de docenten Nederlands, wiskunde en natuurkunde van de betrokken school of scholen en ten minste twee docenten installatietechniek van het ROC.
    2. Docenten van het ROC verzorgen in routejaar 1 en 2 op de scholen en op de Techniekcampus per week ten minste één dagdeel per klas elektrotechniek of werktuigbouwkunde. Docenten van de scholen kunnen in routejaar 3 lessen rekenen, Nederlands en burgerschap op de Techniekcampus verzorgen.
    3. Voor de vakoverstijgende programmaonderdelen "Installeren in de praktijk" en "Duurzame energie" maken partijen gebruik van de teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB). In elk team is voor ieder betrokken vak en programmaonderdeel ten minste één bevoegde docent aanwezig, die verantwoordelijk blijft voor het deel waarvoor hij bevoegd is.
    4. Docenten blijven in dienst van hun eigen werkgever, die de werkgeversverantwoordelijkheid houdt. De inzet in de routes wordt vastgelegd in de taakbeleidsplannen. Partijen organiseren jaarlijks ten minste twee gezamenlijke studiedagen voor de docententeams.
    ### Artikel 9 Huisvesting en voorzieningen
    1. Routejaar 1 en 2 worden verzorgd op de eigen school, met één dag per week op de Techniekcampus. Vanaf routejaar 3 wordt het onderwijs verzorgd op de Techniekcampus en bij de leerbedrijven. Bijlage 1 geeft het overzicht per route en routejaar.
    2. Het ROC stelt de installatiehal, de leerwerkplaatsen Elektro en Klimaat en de digitale leeromgeving van het College Techniek & Installatie ter beschikking aan de deelnemers in de vo-fase. De scholen stellen hun praktijklokalen PIE, inclusief gereedschap en meetapparatuur, beschikbaar voor lessen die docenten van het ROC daar verzorgen.
    3. Persoonlijke beschermingsmiddelen en werkkleding worden aan de deelnemers verstrekt door de school in de vo-fase en door het ROC in de mbo-fase. Voor het gebruik van de voorzieningen gelden de veiligheidsvoorschriften van de partij die ze beschikbaar stelt.
    ### Artikel 10 Inschrijving, begeleiding, verzuim en klachten
    1. Een deelnemer is in routejaar 1 en 2 ingeschreven bij zijn school en vanaf routejaar 3 bij het ROC. Heeft hij dan nog geen vmbo-diploma, dan blijft hij daarnaast voor de vo-activiteiten bij de school ingeschreven.
    2. De mentor van de school is in de vo-fase het eerste aanspreekpunt, de studieloopbaanbegeleider van het ROC in de mbo-fase. Zij dragen elke deelnemer bij de overgang naar de mbo-fase warm aan elkaar over.
    3. Verzuim wordt in de vo-fase gemeld door de school en in de mbo-fase door het ROC.
    4. Een klacht van een deelnemer of ouder over een gedraging van een medewerker van een andere partij wordt behandeld volgens de klachtenregeling van de partij waar de deelnemer is ingeschreven; de andere partij verleent volledige medewerking.
    ### Artikel 11 Overstapmogelijkheden
    1. Partijen zorgen er gezamenlijk voor dat een deelnemer die een route voortijdig verlaat een passend vervolg krijgt waarmee hij een vmbo-diploma of een mbo-diploma kan behalen. Het besluit over het vervolg wordt genomen door de routeraad, op voorstel van de mentor en de studieloopbaanbegeleider, na overleg met de deelnemer en zijn ouders, en mede op grond van het bereikte onderwijsniveau en de leeftijd van de deelnemer.
    2. Daarbij gelden de volgende kaders:
    - verlaat een deelnemer de route in routejaar 1 of 2, dan zet hij zijn opleiding voort in de reguliere leerweg en het profiel van zijn school, of in een andere route of ander profiel van een van de scholen, met als doel het vmbo-diploma;
    - heeft een deelnemer aan het einde van routejaar 2 het vmbo-diploma niet behaald, dan kan hij het examen in routejaar 3 opnieuw afleggen terwijl hij het mbo-programma voortzet, of, als dat beter past, het examenjaar op de school overdoen;
    - blijkt in de mbo-fase dat het niveau niet past, dan stapt de deelnemer van route B over naar route A of naar een andere opleiding van het ROC op niveau 3, en van route A naar de opleiding Monteur elektrotechnische installaties, niveau 2;
    - wil een deelnemer een andere richting kiezen, dan zoeken partijen een opleiding op hetzelfde niveau in een ander opleidingsdomein, bij het ROC of bij een andere instelling in de regio.
    3. Bij een overstap naar een andere opleiding van het ROC worden geen vooropleidingseisen gesteld. Bij een overstap naar een andere instelling verstrekt het ROC de gegevens die voor het geschiktheidsonderzoek van die instelling nodig zijn, met toestemming van de deelnemer of zijn ouders.
    4. De scholen en het ROC beschrijven de uitwerking van deze kaders in hun schoolgids respectievelijk studiegids.
    ### Artikel 12 Samenwerking met de installatiebranche
    1. Partijen betrekken de installatiebranche bij de invulling van de routes via de werkveldcommissie Installatie Utrecht, waarin in elk geval Van Vliet Installatietechniek B.V., Klimaatservice Domstad B.V., Utrechtse Elektrotechniek Groep en de regionale afdeling van de werkgeversorganisatie in de installatiebranche zitting hebben. De werkveldcommissie komt twee keer per jaar bijeen en geeft de routeraad advies over het routeplan, de keuzedelen en de aansluiting op de energietransitie.
    2. De bedrijven in de werkveldcommissie zeggen toe dat elke deelnemer in routejaar 2 een snuffelstage van twee weken kan lopen en dat er voor elke deelnemer in de mbo-fase een bpv-plaats bij een door SBB erkend leerbedrijf beschikbaar is.
    3. In elk routejaar voeren de deelnemers ten minste één praktijkopdracht uit die door een leerbedrijf is aangedragen en samen met een praktijkopleider wordt beoordeeld. Bij de proeve van bekwaamheid is een beoordelaar uit de branche betrokken.
    ## Hoofdstuk 4 Financiën
    ### Artikel 13 Overdracht van middelen
    1. De schoolbesturen dragen voor de deelnemers in routejaar 1 en 2 een deel van hun bekostiging over aan het ROC, met toepassing van artikel 5.42a WVO 2020. De omvang en de bestemming van de over te dragen middelen en de wijze van verrekening zijn vastgelegd in bijlage 2.
    2. Het ROC draagt geen bekostiging over aan de schoolbesturen. Overige kosten draagt elke partij zelf.
    ## Hoofdstuk 5 Medezeggenschap
    ### Artikel 14 Medezeggenschap
    1. In de vo-fase zijn de medezeggenschapsraden van de scholen bevoegd, in de mbo-fase de studentenraad en de ondernemingsraad van het ROC, ieder volgens de eigen wettelijke regeling.
    2. Aanvullend spreken partijen af dat:
    - deelnemers in de vo-fase twee vertegenwoordigers kunnen afvaardigen naar de deelraad van de studentenraad van het College Techniek & Installatie, met dezelfde rechten als de andere leden van die deelraad voor zover het de routes betreft;
    - de medezeggenschapsraden van de drie scholen en de deelraad van het College Techniek & Installatie eens per jaar een gezamenlijke vergadering over de routes houden, waarin het verantwoordingsverslag uit artikel 5 wordt besproken;
    - voorgenomen wijzigingen van het routeplan die de onderwijstijd of de examinering betreffen, vooraf voor advies worden voorgelegd aan de medezeggenschapsraad van de betrokken school en aan de genoemde deelraad.
    ## Hoofdstuk 6 Duur, wijziging en geschillen
    ### Artikel 15 Duur, toetreding, wijziging en opzegging
    1. Deze overeenkomst treedt in werking op 1 augustus 2025 en loopt tot 1 augustus 2030. Zij wordt daarna telkens stilzwijgend met vijf jaar verlengd, tenzij een partij uiterlijk twaalf maanden voor het einde van de looptijd heeft opgezegd.
    2. Een ander bevoegd gezag van een school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden als het profiel Produceren, installeren en energie (of een aanverwante opleiding) wordt aangeboden, de toetreder de verplichtingen uit deze overeenkomst en de bijlagen aanvaardt en alle partijen schriftelijk instemmen. De toetreding wordt vastgelegd in een door alle partijen ondertekende toetredingsverklaring, gaat in op 1 augustus van een schooljaar en wordt door de toetreder en het ROC in RIO gemeld.
    3. Wijziging van deze overeenkomst of van een bijlage is alleen geldig als zij schriftelijk is overeengekomen en door alle partijen is ondertekend. Wijzigingen van het routeplan binnen de kaders van artikel 7 zijn geen wijziging van deze overeenkomst.
    4. Tussentijdse opzegging door een partij is mogelijk met een opzegtermijn van ten minste twaalf maanden, uitsluitend tegen 1 augustus. Zegt een schoolbestuur op, dan loopt de overeenkomst tussen de overige partijen door.
    5. Bij beëindiging of opzegging geldt voor de betrokken route een instroomstop vanaf het eerstvolgende schooljaar. Deelnemers die op dat moment al in de route zitten, kunnen de route afmaken onder de voorwaarden van deze overeenkomst; de partijen houden daarvoor personeel en voorzieningen beschikbaar, en de financiële afspraken van bijlage 2 blijven voor hen gelden. Kan een route desondanks niet worden voortgezet, dan is artikel 11 van overeenkomstige toepassing. Dit lid geldt ook bij ontbinding van de overeenkomst.
    ### Artikel 16 Geschillen
    1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de routeraad besproken.
    2. Komt de routeraad niet binnen vier weken tot een oplossing, dan legt de voorzitter het geschil voor aan het bestuurlijk overleg van de colleges van bestuur van de betrokken partijen, dat binnen vier weken bijeenkomt.
    3. Wordt het geschil ook daar niet binnen zes weken opgelost, dan proberen partijen het op te lossen door mediation onder leiding van een door hen gezamenlijk gekozen MfN-registermediator. Blijft mediation zonder resultaat, dan wordt het geschil beslecht door de bevoegde rechter van de rechtbank Midden-Nederland.
    ### Artikel 17 Slotbepalingen
    1. Op deze overeenkomst is Nederlands recht van toepassing.
    2. Deze overeenkomst is in drievoud opgemaakt en ondertekend te Utrecht op 30 juni 2025.
    Stichting Domstad Scholengroep – drs. A. El Idrissi, voorzitter college van bestuur
    Stichting Katholiek Voortgezet Onderwijs Leidsche Rijn – J.P.M. Rijnders, bestuurder
    Stichting ROC Domstreek – ir. S. Boukhari, voorzitter college van bestuur
    @page
    ## Bijlage 1 Routeoverzicht
    Deze bijlage maakt deel uit van de samenwerkingsovereenkomst (artikel 2, derde lid).
    **Route A – Elektro en energie (Merwede Vakcollege, Vechtzoom Vmbo → ROC, niveau 3)**
    - Routejaar 1 (vmbo leerjaar 3): vier dagen eigen school, één dag Techniekcampus; start mbo-onderdeel "Basis elektrotechniek"; vmbo-schoolexamens PIE.
    - Routejaar 2 (vmbo leerjaar 4): vier dagen eigen school, één dag Techniekcampus; centraal examen vmbo kb; snuffelstage twee weken.
    - Routejaar 3: Techniekcampus drie dagen, bpv twee dagen; keuzedeel "Zonnestroom".
    - Routejaar 4: bpv drie dagen, Techniekcampus twee dagen; proeve van bekwaamheid en diplomering niveau 3.
    **Route B – Klimaat en installatie (Parkwijk College → ROC, niveau 4)**
    - Routejaar 1 en 2: Parkwijk College, één dag per week Techniekcampus; vmbo gl-examen in routejaar 2.
    - Routejaar 3 tot en met 5: Techniekcampus en bpv, met een uitbreidende bpv-periode van twintig weken in routejaar 4; diplomering niveau 4 aan het einde van routejaar 5.
    ## Bijlage 2 Financiële afspraken
    Deze bijlage maakt integraal deel uit van de samenwerkingsovereenkomst (artikel 2, derde lid, en artikel 13).
    1. **Omvang.** Elk schoolbestuur draagt per deelnemer in routejaar 1 en per deelnemer in routejaar 2 een bedrag van € 1.240 per schooljaar over aan het ROC. Het aantal deelnemers wordt vastgesteld op 1 oktober van het betreffende schooljaar. Het bedrag wordt jaarlijks per 1 januari geïndexeerd met het percentage waarmee de personele lumpsum vo is aangepast.
    2. **Bestemming.** De overgedragen middelen zijn bestemd voor (a) de inzet van docenten installatietechniek van het ROC in de vo-fase, bedoeld in artikel 8, tweede lid (ongeveer 80%), en (b) het gebruik van de installatiehal en de leerwerkplaatsen en de daarbij verbruikte materialen, bedoeld in artikel 9, tweede lid (ongeveer 20%). Het ROC verantwoordt de besteding in het verantwoordingsverslag van artikel 5.
    3. **Verrekening.** Het ROC factureert in november (60%) en in april (40%) aan elk schoolbestuur. Betaling vindt plaats binnen dertig dagen.
    4. **Geen overige overdracht.** Buiten deze bijlage vinden tussen partijen geen overdrachten van bekostiging plaats.
    """)
SAMPLES[262]["opts"] = {"title": "Samenwerkingsovereenkomst Utrechtse Installatieroutes vmbo-mbo 2025-2030",
                        "author": "ROC Domstreek, afdeling Bestuurszaken", "font": "Calibri", "size": 10.5}


# =============================================================================================
# 263 - AOC interne regeling, Drenthe, Groen kb -> Vakbekwaam hovenier niveau 3, TXT, defective.
# Defects: verantwoording "op de wijze en met de frequentie die in artikel 7 zijn bepaald" while
# article 7 (personeel en voorzieningen) says nothing about it -> d weak; overstap only "volgens de
# overstapregeling die als bijlage 3 is gevoegd" while the regeling has two annexes -> f weak.
# Interne regeling: h, i, j not applicable.
# =============================================================================================
sample(
    263, "interne_regeling_aoc_verwijzing_naar_niets_drenthe_hovenier", "txt",
    "Interne regeling van een AOC, platte tekst met decimale nummering en toelichting (Drenthe, "
    "Groen kb -> Vakbekwaam hovenier niveau 3); gebreken: verantwoording verwijst naar 'de wijze en "
    "frequentie in artikel 7' terwijl artikel 7 over personeel en voorzieningen gaat (d zwak), "
    "overstap alleen 'volgens bijlage 3' terwijl er maar twee bijlagen zijn (f zwak); h, i, j n.v.t.",
    st("p p p w p w p na na na"),
    {"a": "2. De route",
     "b": "3. Hoveniers en groenbedrijven",
     "c": "4. Leiding van de route",
     "e": "7. Personeel en voorzieningen",
     "g": "9. Bekostiging"},
    """
    # REGELING DOORLOPENDE LEERROUTE GROENE RUIMTE VMBO-MBO
    Interne regeling als bedoeld in artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs
    Stichting Agrarisch Opleidingscentrum Hunzedal – kenmerk CvB/2025/041
    Het college van bestuur van de Stichting Agrarisch Opleidingscentrum Hunzedal, bevoegd gezag van Hunzedal Vmbo Groen te Borger en van Hunzedal Mbo te Assen;
    overwegende dat de stichting de opleidingen vmbo groen en mbo groen binnen één rechtspersoon verzorgt en dat daarom voor de doorlopende leerroute vmbo-mbo een interne regeling in de plaats treedt van een samenwerkingsovereenkomst;
    gelet op het advies van de gemeenschappelijke medezeggenschapsraad van 12 mei 2025 en van de ondernemingsraad en de studentenraad van 20 mei 2025;
    besluit vast te stellen de volgende regeling.
    ## 1. Begrippen
    1.1 Route: de doorlopende leerroute vmbo-mbo Groene Ruimte, bedoeld in artikel 2.
    1.2 Vmbo-afdeling: Hunzedal Vmbo Groen, Hoofdstraat 84 te Borger. Mbo-afdeling: Hunzedal Mbo, opleidingscluster Groene Ruimte, Industrieweg 7 te Assen.
    1.3 Routeleider en routeteam: de functionaris en het team bedoeld in artikel 4.
    1.4 Bijlagen: bij deze regeling horen twee bijlagen, te weten bijlage 1 (lessentabel en examenplan per leerjaar) en bijlage 2 (overzicht van de leerbedrijven).
    ## 2. De route
    2.1 De route verbindt het profiel Groen in de kaderberoepsgerichte leerweg van de vmbo-afdeling met de vakopleiding Vakbekwaam hovenier, niveau 3, beroepsopleidende leerweg, van de mbo-afdeling, in het opleidingsdomein Voedsel, natuur en leefomgeving.
    2.2 De route duurt vier leerjaren. De leerling doet in het tweede leerjaar van de route eindexamen vmbo kaderberoepsgerichte leerweg en vervolgt de route daarna als student van de mbo-afdeling.
    2.3 Jaarlijks worden ten hoogste achttien leerlingen toegelaten. De vmbo-afdeling beslist over de toelating na een intakegesprek met de leerling en zijn ouders.
    ## 3. Hoveniers en groenbedrijven
    3.1 De route wordt ingevuld samen met de Groenkring Drenthe, een samenwerkingsverband van twaalf hoveniers- en groenvoorzieningsbedrijven, waaronder Hoveniersbedrijf Mulder & Zn. te Gieten, Groenbedrijf Aa en Hunze B.V. te Gasselte en Tuinen van Drenthe te Rolde.
    3.2 De bedrijven van de Groenkring bieden de leerlingen in het tweede leerjaar van de route een oriënterende stage van vijf dagen en de studenten in de mbo-fase een bpv-plaats bij een door SBB erkend leerbedrijf.
    3.3 Elk schooljaar voeren de leerlingen een aanlegproject uit in opdracht van een van de bedrijven; een hovenier van het opdrachtgevende bedrijf beoordeelt het eindresultaat mee.
    3.4 Twee keer per jaar bespreekt het routeteam met een afvaardiging van de Groenkring het programma van de route en de keuzedelen; het routeteam neemt de adviezen van de Groenkring mee bij de jaarlijkse bijstelling van bijlage 1.
    ## 4. Leiding van de route
    4.1 De leiding over de route berust bij de routeleider, bijgestaan door het routeteam. Routeleider is de teamleider Groene Ruimte van de mbo-afdeling. Het routeteam bestaat verder uit de afdelingsleider bovenbouw van de vmbo-afdeling, een praktijkdocent groen van elke afdeling en de decaan van de vmbo-afdeling.
    4.2 De routeleider en de leden van het routeteam worden door het college van bestuur benoemd voor een periode van vier jaar, op voordracht van de locatiedirecteur van de afdeling waartoe zij behoren.
    4.3 De routeleider is belast met de dagelijkse leiding van de route, de roostering van de gezamenlijke praktijkdagen, de verdeling van de docenten over de programmaonderdelen en de contacten met de Groenkring. Hij is bevoegd om binnen de door het college van bestuur vastgestelde formatie en het routebudget van € 12.000 per schooljaar zelfstandig te besluiten; besluiten die de begroting of de formatie van een afdeling wijzigen, legt hij voor aan het college van bestuur.
    ## 5. Verantwoording
    5.1 De routeleider informeert het college van bestuur over de gang van zaken in de route en legt over zijn beleid verantwoording af op de wijze en met de frequentie die in artikel 7 van deze regeling zijn bepaald.
    ## 6. Onderwijsprogramma en examinering
    6.1 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar van de route zijn vastgelegd in bijlage 1, die tevens dient als gezamenlijk PTA/OER. Daarin is aangegeven welke onderdelen tot het vmbo-programma en welke tot het mbo-programma behoren.
    6.2 In het eerste en tweede leerjaar volgen de leerlingen één dag per week praktijkonderwijs op de mbo-afdeling in Assen, in het derde en vierde leerjaar volgen zij onderwijs op de mbo-afdeling en bij het leerbedrijf.
    6.3 De vmbo-afdeling blijft verantwoordelijk voor de vmbo-examinering en -diplomering, de mbo-afdeling voor de mbo-examinering en -diplomering.
    ## 7. Personeel en voorzieningen
    7.1 De praktijkdocenten groen van beide afdelingen vormen samen één team dat de praktijkvakken van het eerste en tweede leerjaar verzorgt. Voor het programmaonderdeel "Ontwerp en aanleg" wordt gebruikgemaakt van de teambevoegdheid, bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; in het team is voor elk vak ten minste één bevoegde docent aanwezig.
    7.2 Docenten van de mbo-afdeling geven in het eerste en tweede leerjaar ten minste vier lesuren per week in Borger.
    7.3 De leerlingen maken op de praktijkdagen gebruik van de kassen, de machineloods met minigraver en trilplaat en de oefentuinen van de mbo-afdeling. De vmbo-afdeling stelt haar schooltuin en haar practicumlokaal ter beschikking voor lessen van docenten van de mbo-afdeling.
    7.4 Het vervoer tussen Borger en Assen op de praktijkdagen wordt door de vmbo-afdeling geregeld.
    ## 8. Overstap
    8.1 Een leerling of student die de route niet afmaakt, wordt begeleid naar een passend vervolg volgens de overstapregeling die als bijlage 3 bij deze regeling is gevoegd.
    8.2 De mentor bespreekt het voornemen om te stoppen tijdig met de leerling en zijn ouders.
    ## 9. Bekostiging
    9.1 Er vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de inzet van docenten van de mbo-afdeling in Borger komen ten laste van de begroting van de mbo-afdeling; het routebudget wordt opgenomen in de begroting van de vmbo-afdeling.
    ## 10. Slotbepalingen
    10.1 Deze regeling treedt in werking op 1 augustus 2025 en kan worden aangehaald als "Regeling DLR Groene Ruimte".
    10.2 Het college van bestuur kan deze regeling wijzigen of intrekken na advies van de gemeenschappelijke medezeggenschapsraad. Leerlingen die de route zijn begonnen, kunnen haar afmaken.
    Aldus vastgesteld door het college van bestuur op 30 juni 2025.
    drs. G.A. Bakker-Oosting, voorzitter college van bestuur
    ## Toelichting
    Algemeen. De stichting verzorgt vmbo en mbo binnen één rechtspersoon. Daarom is geen samenwerkingsovereenkomst nodig maar een interne regeling, waarin de onderwerpen uit artikel 2.107b, tweede lid, WVO 2020 op overeenkomstige wijze worden geregeld, met uitzondering van geschilbeslechting, toetreding en opzegging en medezeggenschap.
    Artikel 4. De routeleider is de teamleider van de mbo-afdeling, omdat de leerlingen vanaf het derde leerjaar daar staan ingeschreven.
    Artikel 8. Voor de uitwerking van de overstap wordt verwezen naar de overstapregeling.
    ## Bijlage 1 Lessentabel en examenplan per leerjaar
    Leerjaar 1 (vmbo 3): algemene vakken volgens de lessentabel vmbo kb; profielvak Groen (12 uur); praktijkdag Assen; schoolexamens profielvak.
    Leerjaar 2 (vmbo 4): algemene vakken; profielvak Groen en keuzevak "Hovenier in de praktijk"; oriënterende stage vijf dagen; centraal examen vmbo kb.
    Leerjaar 3 (mbo 1): mbo-programma Vakbekwaam hovenier; bpv twee dagen per week; keuzedeel "Beplantingsplannen".
    Leerjaar 4 (mbo 2): bpv drie dagen per week; proeve van bekwaamheid; diplomering niveau 3.
    ## Bijlage 2 Overzicht leerbedrijven
    Hoveniersbedrijf Mulder & Zn., Gieten – Groenbedrijf Aa en Hunze B.V., Gasselte – Tuinen van Drenthe, Rolde – Boomkwekerij Hondsrug, Exloo – Groenservice Borger-Odoorn, Borger – en zeven andere bedrijven van de Groenkring Drenthe.
    """)


# =============================================================================================
# 264 - school leader's very short note signed by both boards, 's-Hertogenbosch, Mobiliteit en
# transport kb -> Eerste autotechnicus niveau 3, MD, compliant. Question headings; one heading
# ("Wie stuurt de route en hoe horen de besturen ervan?") arranges leiding and verantwoording.
# =============================================================================================
sample(
    264, "schoolleider_notitie_zeer_kort_den_bosch_autotechniek", "md",
    "Zeer korte afsprakennotitie van een schoolleider, door beide besturen ondertekend, Markdown met "
    "vraagkoppen ('s-Hertogenbosch, M&T kb -> Eerste autotechnicus niveau 3); leiding en "
    "verantwoording onder één kop, geschil en toetreding/opzegging in korte eigen woorden; volledig "
    "in orde.",
    st("p p p p p p p p p p"),
    {"a": "1. Welke route?",
     "b": "3. Welke garages doen mee?",
     "c": "2. Wie stuurt de route en hoe horen de besturen ervan?",
     "d": "2. Wie stuurt de route en hoe horen de besturen ervan?",
     "e": "4. Waar, met wie en met welke spullen?",
     "f": "5. Wat als de route niet lukt?",
     "g": "6. Geld",
     "h": "7. Inspraak",
     "i": "8. Als we het niet eens worden",
     "j": "9. Aansluiten, aanpassen, stoppen"},
    """
    # Afsprakennotitie doorlopende leerroute Autotechniek
    **Van:** Ria Hoogstraten, directeur Vmbo De Dommel, 's-Hertogenbosch. **Voor:** het bestuur van Stichting Onderwijsgroep Dommeldal (bevoegd gezag van Vmbo De Dommel) en het college van bestuur van Stichting ROC Maasmeierij. **Datum:** 30 juni 2025.
    In deze notitie staat kort wat wij met het Automotive College van ROC Maasmeierij hebben afgesproken. Door te tekenen maken beide besturen deze notitie tot hun samenwerkingsovereenkomst voor de doorlopende leerroute, met ingang van 1 augustus 2025.
    ## 1. Welke route?
    Het profiel Mobiliteit en transport in de kaderberoepsgerichte leerweg van De Dommel loopt door in de opleiding Eerste autotechnicus, niveau 3 (bol), van het Automotive College. De route duurt vier jaar; het vmbo-diploma halen de leerlingen in het tweede jaar van de route.
    ## 2. Wie stuurt de route en hoe horen de besturen ervan?
    Het routeduo: onze teamleider Mobiliteit en de opleidingsmanager Automotive van het ROC. Elk bestuur wijst zijn eigen lid schriftelijk aan. Het duo stelt het programma en het rooster vast, verdeelt de docenten, beslist over toelating en overstap (punt 5) en mag uit het routebudget uitgaven doen tot € 5.000 per keer; al het andere gaat naar de besturen. Na elk semester, vóór 15 februari en vóór 15 juli, stuurt het duo beide besturen een verslag van één A4 met cijfers over instroom, uitval en examens. Elk jaar in september legt het duo in het bestuurlijk overleg mondeling verantwoording af over het afgelopen schooljaar.
    ## 3. Welke garages doen mee?
    Autobedrijf Van Lith (Rosmalen), Garage De Meierij (Vught) en Bandenservice Empel zijn onze vaste leerbedrijven (SBB-erkend). Zij bieden in jaar 2 een snuffelstage van een week en vanaf jaar 3 bpv-plaatsen, hun monteurs geven vier gastlessen per jaar en beoordelen de proeve van bekwaamheid mee. Eén keer per jaar bespreekt het routeduo het programma met deze garages.
    ## 4. Waar, met wie en met welke spullen?
    Jaar 1 en 2: De Dommel, met elke woensdag les in de werkplaats van het Automotive College (hefbruggen, diagnose- en uitleesapparatuur, elektrische voertuigen). Jaar 3 en 4: Automotive College en leerbedrijf. Twee docenten van het ROC geven wekelijks in ons praktijklokaal les, onze praktijkdocent geeft op woensdag mee in de werkplaats van het ROC; zij vormen één team en blijven in dienst van hun eigen werkgever. Wij stellen ons techniekpraktijklokaal open voor het ROC. Programma, examens en bpv per leerjaar staan in het gezamenlijke PTA/OER dat het routeduo elk jaar vóór 1 juni vaststelt.
    ## 5. Wat als de route niet lukt?
    Wie in jaar 1 of 2 stopt, maakt het vmbo af bij ons, in de gewone kaderberoepsgerichte leerweg of de basisberoepsgerichte leerweg. Wie het vmbo-diploma in jaar 2 niet haalt, mag het in jaar 3 opnieuw proberen of stroomt zonder dat diploma in bij de opleiding Autotechnicus op niveau 2 van het ROC. Wie in jaar 3 of 4 stopt of van richting wil veranderen, stapt over naar een andere opleiding op niveau 2 of 3 bij het ROC, zonder vooropleidingseisen, of bij een andere school in de regio. Het routeduo besluit samen met de leerling en zijn ouders, en kijkt daarbij naar wat de leerling al gehaald heeft en naar zijn leeftijd.
    ## 6. Geld
    Er gaat geen bekostiging van de ene school naar de andere. Ieder betaalt zijn eigen docenten en ruimtes.
    ## 7. Inspraak
    Routeleerlingen uit jaar 1 en 2 mogen met één vertegenwoordiger meepraten in de studentenraad van het Automotive College. Onze MR en de studentenraad van het ROC krijgen elk jaar het septemberverslag en worden vooraf om advies gevraagd als de besturen de afspraken willen wijzigen of opzeggen.
    ## 8. Als we het niet eens worden
    Komt het routeduo er niet uit, dan gaat de kwestie naar de twee bestuurders, die binnen vier weken praten. Lukt het daarna binnen zes weken nog niet, dan vragen we samen een mediator. Zonder uitkomst beslist de rechtbank Oost-Brabant.
    ## 9. Aansluiten, aanpassen, stoppen
    Een andere vmbo-school of mbo-instelling kan meedoen als beide besturen schriftelijk instemmen en zij deze afspraken overneemt; aansluiten kan per 1 augustus en wordt aan DUO gemeld. Aanpassen gaat alleen schriftelijk, getekend door beide besturen. Opzeggen kan schriftelijk vóór 1 februari, tegen het einde van het schooljaar; daarna starten er geen nieuwe leerlingen meer en maken alle leerlingen die al in de route zitten haar volgens deze afspraken af.
    **Voor akkoord:**
    - namens Stichting Onderwijsgroep Dommeldal: drs. P. van Rooij, voorzitter college van bestuur
    - namens Stichting ROC Maasmeierij: mr. C.M. Bekkers, lid college van bestuur
    """)


# =============================================================================================
# 265 - drafted by a municipality's education office, Alkmaar, Zorg en welzijn bb -> Helpende
# zorg en welzijn niveau 2, PDF, defective. Stuurgroep referenced from several articles.
# Defects: funding transfer with bestemming but omvang only "in bijlage B" (the agreement has only
# bijlage A) -> g weak; geschillen "voorgelegd aan de in artikel 9 genoemde geschillencommissie"
# while artikel 9 (evaluatie en monitoring) has no such commission -> i weak.
# =============================================================================================
sample(
    265, "gemeente_opgesteld_stuurgroepverwijzingen_alkmaar_helpende_zorg", "pdf",
    "Door de afdeling onderwijs van een gemeente opgestelde overeenkomst, PDF met leeswijzer "
    "(Alkmaar, Z&W bb -> Helpende zorg en welzijn niveau 2); artikelen verwijzen steeds naar de "
    "stuurgroep van art. 4; gebreken: overdracht bekostiging met bestemming maar omvang alleen in een "
    "niet bestaande 'bijlage B' (g zwak), geschillen naar 'de in artikel 9 genoemde "
    "geschillencommissie' terwijl artikel 9 over evaluatie gaat (i zwak).",
    st("p p p p p p w p w p"),
    {"a": "Artikel 3 De Zorgroute",
     "b": "Artikel 6 Werkgevers in zorg en welzijn",
     "c": "Artikel 4 Stuurgroep",
     "d": "Artikel 5 Rapportage aan de besturen",
     "e": "Artikel 7 Uitvoering",
     "f": "Artikel 8 Overstap",
     "h": "Artikel 11 Medezeggenschap",
     "j": "Artikel 13 Duur, toetreding, wijziging en beëindiging"},
    """
    # Samenwerkingsovereenkomst Zorgroute Alkmaar
    Doorlopende leerroute vmbo-mbo Zorg en welzijn (basisberoepsgerichte leerweg) – Helpende zorg en welzijn, niveau 2
    @small Opgesteld door de gemeente Alkmaar, afdeling Onderwijs, Jeugd en Arbeidsmarkt, in opdracht van partijen en in het kader van de Lokale Educatieve Agenda. Versie 3.0 (definitief), 30 juni 2025. Contactpersoon: M. Zwart, beleidsadviseur onderwijs.
    **Leeswijzer.** Deze overeenkomst is zo kort mogelijk gehouden. Waar een onderwerp elders al is geregeld, wordt naar het betreffende artikel verwezen. Met "de stuurgroep" wordt steeds de in artikel 4 bedoelde stuurgroep bedoeld.
    **Partijen**
    1. Stichting Voortgezet Onderwijs Alkmaar en Omstreken, gevestigd te Alkmaar, bevoegd gezag van Vmbo De Hoef, vertegenwoordigd door drs. L.T. Kramer, bestuurder (hierna: de school);
    2. Stichting ROC Noordkwartier, gevestigd te Alkmaar, instelling voor beroepsonderwijs, vertegenwoordigd door mevrouw E. Sedney MBA, lid van het college van bestuur (hierna: het ROC).
    De gemeente Alkmaar is geen partij bij deze overeenkomst, maar ondersteunt de samenwerking zoals beschreven in artikel 2.
    **Partijen komen het volgende overeen.**
    ## Artikel 1 Doel
    Partijen bieden jongeren in Alkmaar met belangstelling voor zorg en welzijn een ononderbroken route van het vmbo naar een mbo-diploma, verminderen daarmee het voortijdig schoolverlaten op de overgang vmbo-mbo en dragen bij aan voldoende helpenden voor de zorg, de kinderopvang en het welzijnswerk in de regio.
    ## Artikel 2 Rol van de gemeente
    De gemeente Alkmaar levert de secretaris van de stuurgroep, stelt de gegevens van de Regionale Meld- en Coördinatiefunctie (RMC) over uitval beschikbaar voor de evaluatie in artikel 9 en agendeert de route jaarlijks in het LEA-overleg. De gemeente heeft geen zeggenschap over de inhoud van het onderwijs en gaat geen financiële verplichtingen aan.
    ## Artikel 3 De Zorgroute
    3.1 De route verbindt het profiel Zorg en welzijn in de basisberoepsgerichte leerweg van Vmbo De Hoef met de basisberoepsopleiding Helpende zorg en welzijn, niveau 2, beroepsopleidende leerweg, in het opleidingsdomein Zorg en welzijn van het ROC.
    3.2 De route duurt drie jaar. Het vmbo-diploma wordt behaald aan het einde van het tweede jaar van de route, het mbo-diploma aan het einde van het derde jaar.
    3.3 Per schooljaar starten ten hoogste twintig leerlingen. De stuurgroep besluit over de toelating.
    ## Artikel 4 Stuurgroep
    4.1 De leiding over de route berust bij een stuurgroep, bestaande uit de teamleider bovenbouw Zorg en welzijn van De Hoef, de onderwijsmanager Zorg & Welzijn van het ROC, die de stuurgroep voorzit, en de routecoördinator. De beleidsadviseur onderwijs van de gemeente is secretaris van de stuurgroep en heeft geen stem.
    4.2 De teamleider wordt door het bestuur van de school aangewezen en de onderwijsmanager door het college van bestuur van het ROC. De routecoördinator wordt door beide besturen gezamenlijk benoemd, na een sollicitatieprocedure waarin de beide andere leden van de stuurgroep adviseren.
    4.3 De stuurgroep stelt jaarlijks het routeplan (artikel 7.2) vast, verdeelt de inzet van docenten, besluit over toelating (artikel 3.3) en overstap (artikel 8) en onderhoudt het contact met de werkgevers (artikel 6). De stuurgroep is bevoegd daartoe namens beide besturen afspraken te maken met leerbedrijven en uitgaven te doen binnen het jaarlijks door de besturen vastgestelde routebudget. Besluiten over personeel in dienst van een partij en over wijziging van deze overeenkomst zijn voorbehouden aan de besturen.
    ## Artikel 5 Rapportage aan de besturen
    5.1 De stuurgroep rapporteert twee keer per jaar schriftelijk aan het bestuur van de school en het college van bestuur van het ROC: in februari over het lopende schooljaar en in september over het afgelopen schooljaar.
    5.2 De septemberrapportage geldt als jaarverantwoording. Zij bevat de aantallen leerlingen per jaar van de route, de uitval en overstap, de examenresultaten en de besteding van het routebudget. De besturen bespreken haar in hun bestuurlijk overleg in oktober, waar de voorzitter van de stuurgroep verantwoording aflegt.
    ## Artikel 6 Werkgevers in zorg en welzijn
    6.1 Het bedrijfsleven wordt bij de route betrokken via de Werkgeverstafel Zorgroute, die het Werkgeversservicepunt Noord-Holland Noord organiseert en waaraan in elk geval Zorgcentrum De Lindenhof, Thuiszorg Noord-Kennemerland en Kinderopvang Het Speelhuis deelnemen. De Werkgeverstafel adviseert de stuurgroep eenmaal per jaar over het routeplan.
    6.2 De deelnemende werkgevers bieden in het eerste jaar van de route meeloopdagen en in het tweede en derde jaar bpv-plaatsen bij een door SBB erkend leerbedrijf; zij leveren ervaringsdeskundigen voor gastlessen en een praktijkbeoordelaar voor de beroepsgerichte examens.
    ## Artikel 7 Uitvoering
    7.1 Het eerste en tweede jaar van de route worden verzorgd in het gebouw van De Hoef, met twee dagdelen per week in het Zorgleerhuis van het ROC; het derde jaar in het Zorgleerhuis en bij het leerbedrijf.
    7.2 Partijen beschrijven het onderwijsprogramma, de examinering en de bpv per jaar van de route in een gezamenlijk routeplan, dat tevens dient als PTA/OER. De school is verantwoordelijk voor de vmbo-examinering, het ROC voor de mbo-examinering.
    7.3 Twee docenten van het ROC verzorgen in het eerste en tweede jaar de mbo-onderdelen op De Hoef en in het Zorgleerhuis; de docenten zorg en welzijn van De Hoef begeleiden de leerlingen in het derde jaar in de loopbaanlessen. Zij vormen samen één docententeam en blijven in dienst van hun eigen werkgever.
    7.4 Het ROC stelt het Zorgleerhuis, met oefenzorgkamers, de simulatiepoppen en de demonstratiekeuken, ter beschikking; de school stelt haar praktijklokaal zorg en welzijn beschikbaar voor de lessen van docenten van het ROC.
    7.5 In de eerste twee jaren staat de leerling ingeschreven bij de school en in het derde jaar als student bij het ROC.
    ## Artikel 8 Overstap
    8.1 Een leerling die de route verlaat, wordt door de school en het ROC samen naar een opleiding geleid waarmee hij een diploma kan halen. Vertrekt hij in het eerste of tweede jaar, dan maakt hij het vmbo af in de reguliere basisberoepsgerichte leerweg van De Hoef, in het profiel Zorg en welzijn of in een ander profiel. Heeft hij aan het einde van het tweede jaar geen vmbo-diploma, dan kan hij het examen in het derde jaar herkansen of zonder vmbo-diploma doorgaan in de opleiding Helpende zorg en welzijn of een andere opleiding op niveau 2 van het ROC. Valt hij in het derde jaar uit, dan stapt hij over naar een andere opleiding op niveau 2 bij het ROC of, na een geschiktheidsonderzoek, bij een andere instelling.
    8.2 Bij een overstap binnen het ROC gelden geen vooropleidingseisen.
    8.3 De stuurgroep neemt het besluit over de overstap na een gesprek met de leerling en zijn ouders, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling. De Entree-opleiding komt alleen in beeld als een diploma op niveau 2 ook met extra begeleiding niet haalbaar blijkt.
    ## Artikel 9 Evaluatie en monitoring
    9.1 De stuurgroep evalueert de route jaarlijks aan de hand van de rapportages bedoeld in artikel 5 en de RMC-gegevens bedoeld in artikel 2.
    9.2 In het voorjaar van 2028 laat de gemeente, in overleg met partijen, de route extern evalueren. De uitkomsten worden besproken in het LEA-overleg.
    ## Artikel 10 Financiële afspraken
    10.1 De school draagt voor iedere leerling in het eerste en tweede jaar van de route een deel van de door haar ontvangen bekostiging over aan het ROC, met toepassing van artikel 5.42a WVO 2020.
    10.2 De overgedragen middelen zijn bestemd voor de inzet van de docenten van het ROC bedoeld in artikel 7.3 en voor het gebruik van het Zorgleerhuis bedoeld in artikel 7.4.
    10.3 De omvang van de over te dragen middelen per leerling en het tijdstip van betaling zijn vastgelegd in bijlage B.
    ## Artikel 11 Medezeggenschap
    11.1 De medezeggenschapsraad van de school en de studentenraad van het ROC wijzen elk één lid aan voor de Klankbordgroep Zorgroute. De klankbordgroep overlegt twee keer per jaar met de stuurgroep en kan de stuurgroep en de besturen gevraagd en ongevraagd adviseren over de route.
    11.2 Een voorgenomen besluit tot wijziging of beëindiging van deze overeenkomst wordt voor advies voorgelegd aan de medezeggenschapsraad van de school en aan de studentenraad van het ROC.
    ## Artikel 12 Geschillen
    12.1 Partijen streven ernaar verschillen van inzicht over de uitvoering van deze overeenkomst in goed overleg op te lossen.
    12.2 Lukt dat niet binnen zes weken, dan wordt het geschil voorgelegd aan de in artikel 9 genoemde geschillencommissie, die overeenkomstig het daar bepaalde een bindende uitspraak doet.
    ## Artikel 13 Duur, toetreding, wijziging en beëindiging
    13.1 Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2029 en wordt daarna telkens met vier jaar verlengd, tenzij een partij uiterlijk op 1 februari van het laatste schooljaar schriftelijk opzegt.
    13.2 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs in de regio Alkmaar kan partij worden als zij een aanverwante zorgopleiding aanbiedt, de afspraken in deze overeenkomst aanvaardt en beide partijen schriftelijk instemmen. De toetreding gaat in op 1 augustus en wordt bij DUO gemeld.
    13.3 Wijziging van deze overeenkomst gebeurt schriftelijk, na advies als bedoeld in artikel 11.2, en gaat in bij het begin van een schooljaar.
    13.4 Tussentijdse opzegging is mogelijk tegen 1 augustus, met een opzegtermijn van ten minste zes maanden.
    13.5 Bij opzegging of beëindiging stromen geen nieuwe leerlingen meer in. Leerlingen die al in de route zitten, maken haar af; partijen blijven de daarvoor nodige docenten en voorzieningen inzetten, en artikel 8 blijft op hen van toepassing.
    ## Artikel 14 Slotbepaling
    Bijlage A maakt deel uit van deze overeenkomst. Deze overeenkomst is in tweevoud ondertekend te Alkmaar op 30 juni 2025.
    Voor Stichting Voortgezet Onderwijs Alkmaar en Omstreken: drs. L.T. Kramer, bestuurder
    Voor Stichting ROC Noordkwartier: E. Sedney MBA, lid college van bestuur
    Voor gezien, namens het college van burgemeester en wethouders van Alkmaar: de wethouder Onderwijs
    ## Bijlage A Jaarrooster Zorgroute
    - Jaar 1 (vmbo 3): profielvak Zorg en welzijn, twee dagdelen Zorgleerhuis, meeloopdagen bij werkgevers.
    - Jaar 2 (vmbo 4): centraal examen vmbo bb, start bpv (één dag per week).
    - Jaar 3 (mbo): bpv drie dagen per week, Zorgleerhuis twee dagen, examens Helpende zorg en welzijn niveau 2.
    """)
SAMPLES[265]["opts"] = {"title": "Samenwerkingsovereenkomst Zorgroute Alkmaar",
                        "author": "Gemeente Alkmaar, afdeling Onderwijs, Jeugd en Arbeidsmarkt",
                        "font": "Helvetica", "size": 9.5,
                        "header": "Zorgroute Alkmaar – versie 3.0 definitief", "footer": "Pagina "}


# =============================================================================================
# 266 - lawyer's contract, Zwolle, Economie en ondernemen kb -> Financieel administratief
# medewerker niveau 3, DOCX, defective. Definitions, capitalised terms, leden numbered N.N.
# Defects: leden van het Routeteam "benoemd ... met inachtneming van de procedure als bedoeld in
# artikel 6.3" while 6.3 is about teambevoegdheid -> c weak; article headed "Toetreding en
# wijziging" only arranges wijziging, no toetreding anywhere (and art. 1.2 says headings carry no
# meaning) -> j weak.
# =============================================================================================
sample(
    266, "advocatencontract_benoeming_verwijst_mis_zwolle_financiele_administratie", "docx",
    "Advocatencontract met definities en leden, DOCX (Zwolle, E&O kb -> Financieel administratief "
    "medewerker niveau 3, overdracht ROC -> school met omvang en bestemming); gebreken: benoeming "
    "van het routeteam verwijst naar 'de procedure in artikel 6.3' terwijl 6.3 over teambevoegdheid "
    "gaat (c zwak), artikel 'Toetreding en wijziging' regelt alleen wijziging, toetreding ontbreekt "
    "(j zwak).",
    st("p p w p p p p p p w"),
    {"a": "Artikel 2 Onderwerp van de Overeenkomst",
     "b": "Artikel 3 Betrokkenheid van het bedrijfsleven",
     "d": "Artikel 7 Informatieverstrekking en verantwoording",
     "e": "Artikel 4 Organisatorische en onderwijskundige inrichting",
     "f": "Artikel 8 Overstapoptie",
     "g": "Artikel 9 Financiële bepalingen",
     "h": "Artikel 10 Medezeggenschap",
     "i": "Artikel 15 Geschillen"},
    """
    @small Hoogeveen Ten Brink Advocaten N.V. – definitieve versie d.d. 30 juni 2025 – ref. 2025.0412/MvdB – vertrouwelijk
    # SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO FINANCIËLE BEROEPEN
    **DE ONDERGETEKENDEN:**
    1. de stichting Stichting Openbaar Voortgezet Onderwijs IJsselland, statutair gevestigd te Zwolle, kantoorhoudende aan het Ter Pelkwijkpark 12, 8011 SB Zwolle, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41023877, bevoegd gezag van het IJsselcollege Vmbo te Zwolle, te dezen rechtsgeldig vertegenwoordigd door haar bestuurder, de heer drs. R.J. Slot, hierna te noemen: de "**School**";
    2. de stichting Stichting Regionaal Opleidingencentrum IJssel-Vecht, statutair gevestigd te Zwolle, kantoorhoudende aan de Campusweg 4, 8017 CA Zwolle, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41025563, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van haar college van bestuur, mevrouw mr. drs. J.C. Hazenberg, hierna te noemen: het "**ROC**";
    School en ROC hierna gezamenlijk ook te noemen: "**Partijen**" en ieder afzonderlijk: een "**Partij**";
    **OVERWEGENDE DAT:**
    (A) de School in de kaderberoepsgerichte leerweg het profiel Economie en ondernemen aanbiedt en het ROC, binnen zijn College Economie & Business, beroepsopleidingen in het opleidingsdomein Economie en administratie verzorgt;
    (B) Partijen sinds het schooljaar 2022-2023 op informele basis samenwerken in een zogeheten "administratieklas";
    (C) Partijen deze samenwerking wensen om te zetten in een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a e.v. van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 e.v. van de Wet educatie en beroepsonderwijs;
    (D) de wet voorschrijft dat een doorlopende leerroute op grond van een samenwerkingsovereenkomst wordt verzorgd en dat daarin over een aantal onderwerpen afspraken worden gemaakt;
    (E) Partijen hun afspraken daarom in deze Overeenkomst wensen vast te leggen;
    **VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:**
    ## Artikel 1 Definities en interpretatie
    1.1 In deze Overeenkomst hebben de volgende met een hoofdletter geschreven begrippen de daarachter vermelde betekenis:
    - **Bijlage**: een bijlage bij deze Overeenkomst, die daarvan deel uitmaakt;
    - **Deelnemer**: een leerling van de School of student van het ROC die aan de Route deelneemt;
    - **Overeenkomst**: deze samenwerkingsovereenkomst inclusief Bijlagen;
    - **Route**: de doorlopende leerroute vmbo-mbo bedoeld in artikel 2;
    - **Routejaar**: een leerjaar van de Route, waarbij Routejaar 1 en 2 samenvallen met leerjaar 3 en 4 van de School;
    - **Routeteam**: het in artikel 5 bedoelde orgaan;
    - **Schooljaar**: de periode van 1 augustus van enig jaar tot en met 31 juli van het daaropvolgende jaar.
    1.2 De koppen boven de artikelen zijn uitsluitend opgenomen ter vergemakkelijking van de verwijzing en hebben geen betekenis voor de uitleg van de Overeenkomst.
    1.3 Een verwijzing naar een artikel of lid is een verwijzing naar een artikel of lid van deze Overeenkomst, tenzij uitdrukkelijk anders vermeld.
    ## Artikel 2 Onderwerp van de Overeenkomst
    2.1 Partijen verzorgen met ingang van het Schooljaar 2025-2026 gezamenlijk de Route, die het profiel Economie en ondernemen in de kaderberoepsgerichte leerweg van de School verbindt met de vakopleiding Financieel administratief medewerker, niveau 3, beroepsopleidende leerweg, in het opleidingsdomein Economie en administratie van het ROC.
    2.2 De Route omvat vier Routejaren. De Deelnemer legt in Routejaar 2 het eindexamen vmbo kaderberoepsgerichte leerweg af en vervolgt de Route vanaf Routejaar 3 als student van het ROC.
    2.3 Partijen melden de Route gezamenlijk aan de minister van Onderwijs, Cultuur en Wetenschap door registratie in het Register Instellingen en Opleidingen.
    ## Artikel 3 Betrokkenheid van het bedrijfsleven
    3.1 Partijen betrekken bij de invulling van de Route in ieder geval Dekker & Veldhuis Accountants en Adviseurs B.V. te Zwolle, Administratiekantoor Stadshagen V.O.F. te Zwolle en Transportbedrijf Van der Wal Zwolle B.V. (afdeling financiën), hierna: de "Praktijkpartners".
    3.2 De Praktijkpartners nemen zitting in een adviesraad die ten minste twee maal per Schooljaar bijeenkomt en het Routeteam adviseert over het onderwijsprogramma, de keuzedelen en de digitale administratieve vaardigheden die in de beroepspraktijk worden gevraagd.
    3.3 De Praktijkpartners stellen geanonimiseerde praktijkcasussen uit hun eigen administratie beschikbaar, verzorgen per Schooljaar ten minste drie gastcolleges, bieden vanaf Routejaar 3 bpv-plaatsen aan en leveren een praktijkbeoordelaar voor de beroepsgerichte examens.
    ## Artikel 4 Organisatorische en onderwijskundige inrichting
    4.1 Routejaar 1 en 2 worden verzorgd in het gebouw van de School aan de Hortensiastraat te Zwolle, met één dag per week in het Praktijkkantoor van het ROC op de Campusweg. Vanaf Routejaar 3 wordt de Route verzorgd op de Campusweg en bij de leerbedrijven.
    4.2 Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per Routejaar in een routeplan, dat geldt als gezamenlijk PTA/OER en dat het Routeteam jaarlijks vóór 1 juni voor het volgende Schooljaar vaststelt.
    4.3 Het ROC stelt het Praktijkkantoor, met veertig werkplekken en licenties voor de in de beroepspraktijk gangbare boekhoud- en salarissoftware, op de praktijkdagen ter beschikking aan de Deelnemers in Routejaar 1 en 2. De School stelt haar computerlokaal en haar mediatheek ter beschikking voor lessen van docenten van het ROC.
    4.4 De School is verantwoordelijk voor de vmbo-examinering en -diplomering, het ROC voor de mbo-examinering en -diplomering.
    4.5 Een klacht over een gedraging van een medewerker van de ene Partij, ingediend bij de andere Partij, wordt behandeld volgens de klachtenregeling van de Partij waar de klacht is ingediend; de andere Partij verleent haar volledige medewerking.
    ## Artikel 5 Leiding
    5.1 De leiding over de Route berust bij het Routeteam.
    5.2 Het Routeteam bestaat uit de teamleider Economie van de School, de opleidingsmanager Financiële Beroepen van het ROC en een routecoördinator.
    5.3 De leden van het Routeteam worden benoemd, geschorst en ontslagen met inachtneming van de procedure als bedoeld in artikel 6.3.
    5.4 Het Routeteam is belast met de uitvoering van de Route, waaronder het jaarlijks vaststellen van het routeplan, de roostering, de verdeling van de docenten over de programmaonderdelen, de toelating van Deelnemers en de besluitvorming over een overstap als bedoeld in artikel 8.
    5.5 Partijen mandateren het Routeteam om namens hen overeenkomsten met leerbedrijven te sluiten en om binnen het door Partijen jaarlijks vastgestelde routebudget uitgaven te doen tot een bedrag van € 10.000 per uitgave. Voor het overige vertegenwoordigt het Routeteam Partijen niet.
    ## Artikel 6 Personeel
    6.1 Docenten die in de Route werkzaam zijn, blijven in dienst van de Partij die hen heeft aangesteld. Die Partij blijft werkgever en is verantwoordelijk voor hun rechtspositie.
    6.2 Twee docenten van het ROC verzorgen in Routejaar 1 en 2 samen ten minste acht lesuren per week de mbo-onderdelen; de docenten Nederlands en rekenen van de School verzorgen in Routejaar 3 de generieke vakken voor de Deelnemers zonder vmbo-diploma.
    6.3 Voor het vakoverstijgende programmaonderdeel "Administratie in de praktijk" maken Partijen gebruik van de teambevoegdheid als bedoeld in artikel 7.13a van de Wet voortgezet onderwijs 2020 en artikel 9.1.12 van de Wet educatie en beroepsonderwijs. In het team is voor elk betrokken vak ten minste één bevoegde docent opgenomen.
    6.4 Partijen organiseren jaarlijks ten minste één gezamenlijke scholingsdag voor de docenten van de Route.
    ## Artikel 7 Informatieverstrekking en verantwoording
    7.1 Het Routeteam verstrekt Partijen na afloop van ieder kwartaal een schriftelijk overzicht van in-, door- en uitstroom, verzuim en de voortgang van de Deelnemers.
    7.2 Het Routeteam stelt vóór 1 oktober van ieder jaar een jaarverslag over het voorafgaande Schooljaar op en legt daarover in de jaarlijkse bestuurlijke vergadering van Partijen in oktober verantwoording af aan de bestuurder van de School en het college van bestuur van het ROC.
    7.3 Het Routeteam verstrekt iedere Partij op haar verzoek onverwijld alle overige inlichtingen die zij redelijkerwijs nodig heeft.
    ## Artikel 8 Overstapoptie
    8.1 Partijen stellen een Deelnemer die de Route niet voltooit gezamenlijk in staat om een vmbo-diploma of een mbo-diploma te behalen dat past bij het door hem bereikte onderwijsniveau en zijn leeftijd, naar het gezamenlijk oordeel van Partijen.
    8.2 In ieder geval geldt: (a) een Deelnemer die de Route verlaat in Routejaar 1 of 2 vervolgt zijn opleiding in de reguliere kaderberoepsgerichte of basisberoepsgerichte leerweg van de School; (b) een Deelnemer die in Routejaar 2 het vmbo-diploma niet behaalt, kan het eindexamen in Routejaar 3 opnieuw afleggen en intussen de mbo-opleiding voortzetten; (c) een Deelnemer die in Routejaar 3 of 4 uitvalt of een andere richting wil kiezen, kan zonder toepassing van vooropleidingseisen overstappen naar een andere opleiding van het ROC op niveau 2 of 3, waaronder de opleiding Medewerker secretariaat en receptie, niveau 2.
    8.3 Het Routeteam neemt het besluit na overleg met de Deelnemer en, indien hij minderjarig is, zijn ouders.
    ## Artikel 9 Financiële bepalingen
    9.1 Het ROC draagt met toepassing van artikel 9.1.15 van de Wet educatie en beroepsonderwijs jaarlijks een bedrag van € 650 per Deelnemer in Routejaar 3 over aan de School, op basis van het aantal Deelnemers op 1 oktober.
    9.2 Het in 9.1 bedoelde bedrag is bestemd voor de inzet van de docenten van de School bedoeld in artikel 6.2 en voor de afname van herkansingen van het vmbo-eindexamen in Routejaar 3.
    9.3 Betaling vindt plaats vóór 1 december van het betreffende Schooljaar. Overige kosten draagt iedere Partij zelf.
    ## Artikel 10 Medezeggenschap
    10.1 Partijen komen overeen dat Deelnemers in Routejaar 1 en 2 één vertegenwoordiger kunnen afvaardigen naar de studentenraad van het College Economie & Business, met spreekrecht over onderwerpen die de Route betreffen.
    10.2 Een voorgenomen besluit tot wijziging of opzegging van de Overeenkomst wordt door Partijen voor advies voorgelegd aan de medezeggenschapsraad van de School en aan de studentenraad van het ROC.
    ## Artikel 11 Persoonsgegevens
    11.1 Partijen verwerken persoonsgegevens van Deelnemers uitsluitend voor de uitvoering van de Overeenkomst en met inachtneming van de Algemene verordening gegevensbescherming. Iedere Partij is zelfstandig verwerkingsverantwoordelijke.
    ## Artikel 12 Aansprakelijkheid
    12.1 Iedere Partij is aansprakelijk voor schade die het gevolg is van een toerekenbare tekortkoming in de nakoming van haar verplichtingen. Iedere Partij zorgt voor een adequate aansprakelijkheidsverzekering, die ook activiteiten van Deelnemers op haar locatie dekt.
    ## Artikel 13 Duur en beëindiging
    13.1 De Overeenkomst treedt in werking op 1 augustus 2025 en is aangegaan voor onbepaalde tijd.
    13.2 Iedere Partij kan de Overeenkomst bij aangetekende brief opzeggen tegen het einde van een Schooljaar, met inachtneming van een opzegtermijn van twaalf maanden.
    13.3 Iedere Partij kan de Overeenkomst ontbinden indien de andere Partij, na deugdelijke ingebrekestelling met een redelijke termijn voor herstel, tekortschiet in de nakoming van een wezenlijke verplichting.
    13.4 Na opzegging of ontbinding worden geen nieuwe Deelnemers meer toegelaten. Deelnemers die op het moment van beëindiging aan de Route deelnemen, kunnen de Route voltooien; de bepalingen van de Overeenkomst blijven tot dat moment op hen van toepassing.
    ## Artikel 14 Toetreding en wijziging
    14.1 Wijzigingen van en aanvullingen op de Overeenkomst zijn slechts geldig indien zij schriftelijk zijn overeengekomen en door beide Partijen rechtsgeldig zijn ondertekend.
    14.2 Een wijziging die gevolgen heeft voor het programma of de examinering van Deelnemers, geldt niet voor Deelnemers die de Route al zijn begonnen, tenzij de wijziging voor hen uitsluitend gunstig is.
    14.3 Indien wet- of regelgeving wijzigt op een wijze die de uitvoering van de Overeenkomst raakt, treden Partijen in overleg over aanpassing van de Overeenkomst.
    ## Artikel 15 Geschillen
    15.1 Partijen zullen een geschil over de uitvoering van de Overeenkomst eerst binnen veertien dagen na schriftelijke kennisgeving voorleggen aan een overleg tussen de bestuurder van de School en de voorzitter van het college van bestuur van het ROC.
    15.2 Indien het geschil niet binnen dertig dagen na die kennisgeving is opgelost, zullen Partijen een mediationtraject starten onder leiding van een door hen gezamenlijk aan te wijzen MfN-registermediator.
    15.3 Leidt de mediation niet binnen drie maanden tot een oplossing, dan wordt het geschil bij uitsluiting beslecht door de bevoegde rechter van de Rechtbank Overijssel, locatie Zwolle.
    ## Artikel 16 Overige bepalingen
    16.1 De Overeenkomst bevat de volledige afspraken tussen Partijen over de Route en treedt in de plaats van alle eerdere afspraken daarover.
    16.2 Indien een bepaling van de Overeenkomst nietig is of wordt vernietigd, blijven de overige bepalingen van kracht. Partijen vervangen de nietige bepaling door een geldige bepaling die zoveel mogelijk aansluit bij de strekking daarvan.
    16.3 Op de Overeenkomst is uitsluitend Nederlands recht van toepassing.
    **ALDUS OVEREENGEKOMEN** en in tweevoud ondertekend te Zwolle op 30 juni 2025.
    Stichting Openbaar Voortgezet Onderwijs IJsselland, de heer drs. R.J. Slot, bestuurder
    Stichting Regionaal Opleidingencentrum IJssel-Vecht, mevrouw mr. drs. J.C. Hazenberg, voorzitter college van bestuur
    """)
SAMPLES[266]["opts"] = {"title": "Samenwerkingsovereenkomst DLR Financiële Beroepen",
                        "author": "Hoogeveen Ten Brink Advocaten", "font": "Georgia", "size": 10}


# =============================================================================================
# 267 - geïntegreerde route in a praktijkgerichte setting (leerrestaurant), Bergen op Zoom,
# Horeca, bakkerij en recreatie bb -> Gastheer/gastvrouw niveau 2, PDF, compliant. The overstap
# arrangement sits in Bijlage 1, declared part of the agreement, referred to from a paragraph
# headed "Begeleiding en loopbaan"; the kernteam of § 3 is referred to from § 4 and the annex.
# =============================================================================================
sample(
    267, "geintegreerde_route_leerrestaurant_overstap_in_bijlage_bergen_op_zoom_gastvrijheid", "pdf",
    "Geïntegreerde route in een praktijkgerichte setting met leerrestaurant, PDF met §-koppen "
    "(Bergen op Zoom, HBR bb -> Gastheer/gastvrouw niveau 2); overstapregeling (passende plek, niet "
    "automatisch Entree) staat in bijlage 1 die deel uitmaakt van de overeenkomst en waarnaar de "
    "paragraaf 'Begeleiding en loopbaan' verwijst; overdracht bekostiging met omvang en bestemming; "
    "volledig in orde.",
    st("p p p p p p p p p p"),
    {"a": "§ 1 De geïntegreerde route",
     "b": "§ 5 Horecabedrijven in de route",
     "c": "§ 3 Het kernteam",
     "d": "§ 4 Verslag en verantwoording",
     "e": "§ 6 Praktijk, docenten en ruimtes",
     "f": "Bijlage 1 Overstapregeling geïntegreerde route Gastvrijheid",
     "g": "§ 8 Geld",
     "h": "§ 9 Medezeggenschap",
     "i": "§ 10 Geschillen",
     "j": "§ 11 Looptijd, nieuwe partners, wijziging en opzegging"},
    """
    # Samenwerkingsovereenkomst Geïntegreerde Route Gastvrijheid
    Vakcollege Zoomland en ROC Scheldezoom – leren in het leerrestaurant De Zoom
    **Partijen:**
    1. Stichting Praktijkgericht Voortgezet Onderwijs Brabantse Wal, gevestigd te Bergen op Zoom, bevoegd gezag van Vakcollege Zoomland, vertegenwoordigd door mevrouw A.M. Verschuren, bestuurder (hierna: het Vakcollege);
    2. Stichting ROC Scheldezoom, gevestigd te Bergen op Zoom, instelling voor beroepsonderwijs, vertegenwoordigd door de heer T. de Kok, voorzitter van het college van bestuur (hierna: het ROC).
    **Achtergrond.** Veel leerlingen van de basisberoepsgerichte leerweg leren het best door te doen. Het Vakcollege en het ROC werken al jaren samen in het leerrestaurant De Zoom, waar leerlingen en studenten voor echte gasten koken en bedienen. Partijen willen deze praktijk nu benutten voor een geïntegreerde route vmbo-basisberoepsopleiding als bedoeld in artikel 2.107l van de Wet voortgezet onderwijs 2020 en artikel 9.1.17 van de Wet educatie en beroepsonderwijs.
    **Partijen spreken het volgende af.**
    ## § 1 De geïntegreerde route
    1. De route verbindt het profiel Horeca, bakkerij en recreatie in de basisberoepsgerichte leerweg van het Vakcollege met de basisberoepsopleiding Gastheer/gastvrouw, niveau 2, beroepsopleidende leerweg, in het opleidingsdomein Horeca en bakkerij van het ROC.
    2. De route duurt drie jaar: leerjaar 3 en 4 van het Vakcollege en één mbo-jaar. Het Vakcollege neemt in deze route geen eindexamen vmbo af, behalve in de gevallen die in bijlage 1 zijn genoemd. De route leidt tot het mbo-diploma Gastheer/gastvrouw.
    3. Ongeveer drie vijfde van de onderwijstijd wordt besteed aan leren in de praktijk: in het leerrestaurant De Zoom en bij de leerbedrijven.
    ## § 2 Deelname
    Een leerling neemt deel aan de route als hij daar baat bij heeft. Het Vakcollege beslist daarover aan het einde van leerjaar 2 in overleg met de leerling en zijn ouders en na overleg met het ROC. Per jaar starten ten hoogste veertien leerlingen.
    ## § 3 Het kernteam
    1. De route wordt geleid door een kernteam van drie personen: de teamleider basisberoepsgerichte leerweg van het Vakcollege, de onderwijsmanager Gastvrijheid van het ROC en de chef-instructeur van het leerrestaurant De Zoom.
    2. De teamleider wordt aangewezen door het bestuur van het Vakcollege, de onderwijsmanager door het college van bestuur van het ROC. De chef-instructeur, die in dienst is van het ROC, wordt aangewezen door het college van bestuur van het ROC nadat het bestuur van het Vakcollege heeft ingestemd.
    3. Het kernteam maakt het routeboek (§ 6, lid 3), het rooster van het leerrestaurant en de verdeling van de docenten, beslist over de plaatsing van leerlingen bij leerbedrijven en over een overstap volgens bijlage 1, en houdt contact met de horecabedrijven (§ 5). Het kernteam mag daarvoor namens beide partijen afspraken maken met leerbedrijven en uitgaven doen tot € 4.000 per keer binnen het routebudget. Over personeel, begroting en deze overeenkomst beslissen de besturen.
    ## § 4 Verslag en verantwoording
    1. Het in § 3 bedoelde kernteam stuurt na elk trimester een kort schriftelijk verslag aan de bestuurder van het Vakcollege en het college van bestuur van het ROC, met de aantallen leerlingen, de aanwezigheid, de resultaten en de overstappen volgens bijlage 1.
    2. Vóór 1 oktober maakt het kernteam een jaarverslag over het afgelopen schooljaar, inclusief de besteding van het bedrag uit § 8. In de bestuurlijke bijeenkomst van oktober legt het kernteam daarover verantwoording af aan beide besturen, die het jaarverslag vaststellen.
    ## § 5 Horecabedrijven in de route
    1. Partijen betrekken de horeca van de Brabantse Wal bij de route via een praktijkraad, waarin in elk geval Hotel-Restaurant De Gouden Leeuw, Brasserie Het Havenhoofd en Partycentrum Zoomvliet zitting hebben, samen met de plaatselijke afdeling van de horecaondernemersvereniging. De praktijkraad komt twee keer per jaar samen en adviseert het kernteam over het routeboek en de menukaart van het leerrestaurant.
    2. De bedrijven van de praktijkraad bieden vanaf het tweede routejaar leerwerkplekken en bpv-plaatsen aan (erkend door SBB), sturen elk jaar een chef of gastheer voor vier gastlessen in het leerrestaurant en beoordelen de praktijkexamens mee.
    ## § 6 Praktijk, docenten en ruimtes
    1. Leerjaar 3 en 4 vinden plaats op het Vakcollege en drie dagdelen per week in het leerrestaurant De Zoom op het Gastvrijheidsplein van het ROC. Het mbo-jaar vindt plaats in het leerrestaurant en bij het leerbedrijf.
    2. Het ROC stelt het leerrestaurant, de instructiekeuken en de barruimte ter beschikking, inclusief de chef-instructeur. Het Vakcollege stelt zijn praktijkkeuken en de schoolkantine, die leerlingen zelf runnen, beschikbaar voor lessen van docenten van het ROC.
    3. Docenten horeca van het Vakcollege en het ROC vormen samen één team. Voor de programmaonderdelen in het leerrestaurant maken partijen gebruik van de teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB); voor elk vak is ten minste één bevoegde docent in het team. Iedere docent blijft in dienst van zijn eigen werkgever.
    4. Het programma, de examinering en de bpv per leerjaar staan in het routeboek, dat tevens het PTA/OER van de route is en dat het kernteam elk jaar vóór 1 juni vaststelt.
    5. In leerjaar 3 en 4 staat de leerling ingeschreven bij het Vakcollege, in het mbo-jaar bij het ROC.
    ## § 7 Begeleiding en loopbaan
    1. Iedere leerling heeft in leerjaar 3 en 4 een mentor van het Vakcollege en in het mbo-jaar een studieloopbaanbegeleider van het ROC. De mentor draagt de leerling aan het einde van leerjaar 4 persoonlijk over.
    2. Verlaat een leerling de route, dan is de overstapregeling van bijlage 1 van toepassing. Bijlage 1 maakt deel uit van deze overeenkomst.
    ## § 8 Geld
    1. Het Vakcollege draagt met toepassing van artikel 5.42a WVO 2020 voor iedere leerling van de route in leerjaar 3 en 4 € 900 per schooljaar aan bekostiging over aan het ROC, op basis van de telling van 1 oktober.
    2. Dit bedrag is bestemd voor de inzet van de chef-instructeur en de docenten van het ROC in leerjaar 3 en 4 en voor de ingrediënten en het verbruiksmateriaal van het leerrestaurant. Het ROC factureert in januari.
    3. Verder draagt ieder zijn eigen kosten.
    ## § 9 Medezeggenschap
    1. Leerlingen van de route in leerjaar 3 en 4 kunnen één vertegenwoordiger kiezen die meedoet aan de studentenraad van het ROC voor de onderwerpen die de route aangaan.
    2. Eens per jaar, in het voorjaar, bespreken de medezeggenschapsraad van het Vakcollege en de studentenraad van het ROC samen het jaarverslag van § 4. Een voorgenomen besluit tot wijziging of opzegging van deze overeenkomst wordt aan beide raden voor advies voorgelegd.
    ## § 10 Geschillen
    1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken door de bestuurder van het Vakcollege en de voorzitter van het college van bestuur van het ROC.
    2. Lukt het hun niet binnen vier weken om tot een oplossing te komen, dan leggen zij het geschil voor aan een onafhankelijke deskundige die zij samen kiezen en die binnen zes weken bindend advies uitbrengt.
    3. Worden partijen het binnen twee weken niet eens over de keuze van de deskundige, dan kan ieder van hen het geschil voorleggen aan de bevoegde rechter van de rechtbank Zeeland-West-Brabant.
    ## § 11 Looptijd, nieuwe partners, wijziging en opzegging
    1. Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
    2. Een andere school met een basisberoepsgerichte leerweg of een andere instelling voor beroepsonderwijs kan partner worden als beide partijen dat schriftelijk goedvinden, de nieuwe partner deze overeenkomst ondertekent en de route bij DUO wordt aangemeld. Dit kan alleen per 1 augustus.
    3. Wijzigen kan alleen schriftelijk en met de handtekening van beide besturen. Een wijziging van het programma geldt niet voor leerlingen die al in de route zitten, tenzij het voor hen gunstig is.
    4. Elke partij kan opzeggen met een termijn van ten minste een jaar, tegen 1 augustus. Vanaf de opzegging starten geen nieuwe leerlingen meer. Leerlingen die al in de route zitten, maken haar af; kan dat niet, dan zorgen partijen volgens bijlage 1 samen voor een passende plek.
    Bergen op Zoom, 30 juni 2025
    Stichting Praktijkgericht Voortgezet Onderwijs Brabantse Wal – A.M. Verschuren, bestuurder
    Stichting ROC Scheldezoom – T. de Kok, voorzitter college van bestuur
    @page
    ## Bijlage 1 Overstapregeling geïntegreerde route Gastvrijheid
    Deze bijlage hoort bij § 7 en maakt deel uit van de samenwerkingsovereenkomst.
    1. **Uitgangspunt.** Een leerling die uit de geïntegreerde route stapt, krijgt van het Vakcollege en het ROC samen altijd een passende plek waar hij een diploma kan halen. Hij gaat niet automatisch naar de Entree-opleiding.
    2. **Stoppen in leerjaar 3.** De leerling gaat verder in de basisberoepsgerichte leerweg van het Vakcollege, in hetzelfde of een ander profiel, en doet daar eindexamen vmbo.
    3. **Stoppen in leerjaar 4.** De leerling doet alsnog (een deel van) het eindexamen vmbo basisberoepsgerichte leerweg, zodat hij met een vmbo-diploma een andere mbo-opleiding op niveau 2 kan kiezen, bijvoorbeeld Kok of Medewerker sport en recreatie. Past dat beter, dan stapt hij over naar een andere route of een ander profiel van het Vakcollege.
    4. **Stoppen in het mbo-jaar.** De student stapt over naar een andere opleiding op niveau 2 van het ROC, zonder vooropleidingseisen, of maakt de route af en kiest daarna een opleiding op niveau 2 of 3 in een ander domein. Wil hij naar een andere instelling, dan helpt het ROC bij het geschiktheidsonderzoek van die instelling.
    5. **Entree.** Alleen als een diploma op niveau 2 ook met extra begeleiding echt niet haalbaar is, begeleiden partijen de leerling via de Entree-opleiding zo snel mogelijk naar werk.
    6. **Wie beslist.** Het kernteam (§ 3) beslist samen met de leerling en zijn ouders. Het kijkt naar wat de leerling al heeft bereikt, naar zijn leeftijd en naar wat hij zelf wil. De mentor of studieloopbaanbegeleider zorgt voor een warme overdracht naar de nieuwe opleiding.
    """)
SAMPLES[267]["opts"] = {"title": "Samenwerkingsovereenkomst Geïntegreerde Route Gastvrijheid",
                        "author": "Vakcollege Zoomland / ROC Scheldezoom", "font": "Helvetica",
                        "size": 10, "header": "Geïntegreerde Route Gastvrijheid – De Zoom",
                        "footer": ""}


# =============================================================================================
# 268 - renewal of a 2021 agreement, Gouda, Media, vormgeving en ICT gl -> Mediavormgever
# niveau 4, DOCX, defective. Opens with a list of changes and a transitional article.
# Defects: medezeggenschap only restates the regimes and says the aanvullende afspraken "zijn
# opgenomen in bijlage 3" while the agreement has only bijlagen 1 and 2 -> h weak; geschillen only
# "in onderling overleg" inside the general article "Slotbepalingen" -> i weak.
# =============================================================================================
sample(
    268, "vernieuwing_2021_slotbepalingen_bijlage_ontbreekt_gouda_mediavormgever", "docx",
    "Vernieuwde overeenkomst die een overeenkomst uit 2021 vervangt, DOCX met wijzigingsoverzicht en "
    "overgangsartikel (Gouda, MVI gl -> Mediavormgever niveau 4, geen overdracht meer); gebreken: "
    "medezeggenschap beschrijft de wet en verwijst voor aanvullende afspraken naar een niet "
    "bestaande bijlage 3 (h zwak), geschillen alleen 'in onderling overleg' binnen de "
    "'Slotbepalingen' (i zwak).",
    st("p p p p p p p w w p"),
    {"a": "Artikel 2 De route Media & Vormgeving",
     "b": "Artikel 5 Werkveld",
     "c": "Artikel 3 Routeregisseur en kernteam",
     "d": "Artikel 4 Verantwoording aan de besturen",
     "e": "Artikel 6 Inrichting van het onderwijs",
     "f": "Artikel 7 Overstap",
     "g": "Artikel 8 Bekostiging",
     "j": "Artikel 10 Duur, toetreding, wijziging en opzegging"},
    """
    # Vernieuwde samenwerkingsovereenkomst doorlopende leerroute Media & Vormgeving 2025–2029
    Verlenging en herziening van de samenwerkingsovereenkomst van 14 mei 2021
    **Partijen**
    - Stichting Voortgezet Onderwijs Gouwe en IJssel, gevestigd te Gouda, bevoegd gezag van Vmbo Het Bolwerk, vertegenwoordigd door de heer ir. K. Oudshoorn, voorzitter van het college van bestuur, hierna: de school;
    - Stichting ROC Hollands Hart, gevestigd te Gouda, instelling voor beroepsonderwijs, vertegenwoordigd door mevrouw drs. N. Baghdadi, lid van het college van bestuur, hierna: het ROC.
    **Overwegingen**
    - Partijen verzorgen sinds 1 augustus 2021 gezamenlijk een doorlopende leerroute vmbo-mbo Media & Vormgeving op grond van de samenwerkingsovereenkomst van 14 mei 2021 (hierna: de overeenkomst 2021), die eindigt op 31 juli 2025.
    - Uit de evaluatie van het voorjaar van 2024 blijkt dat de route goed loopt, maar dat de leiding slagvaardiger moet, de overstapmogelijkheden ruimer moeten en de overdracht van bekostiging meer administratie kost dan zij oplevert.
    - Partijen willen de samenwerking daarom met ingang van 1 augustus 2025 voortzetten op grond van deze vernieuwde overeenkomst.
    **Wat is er veranderd ten opzichte van de overeenkomst 2021?**
    - De stuurgroep is vervangen door een routeregisseur met een kernteam (artikel 3).
    - Er wordt geen bekostiging meer overgedragen (artikel 8).
    - De overstapmogelijkheden zijn uitgebreid met opleidingen op niveau 3 (artikel 7).
    - Er zijn nieuwe afspraken over de medezeggenschap gemaakt (artikel 9).
    - De opzegtermijn is verlengd van zes naar twaalf maanden (artikel 10).
    **Partijen komen het volgende overeen:**
    ## Artikel 1 Verhouding tot de overeenkomst 2021
    1. Deze overeenkomst vervangt met ingang van 1 augustus 2025 de overeenkomst 2021 in haar geheel.
    2. Leerlingen en studenten die onder de overeenkomst 2021 met de route zijn begonnen, zetten haar voort onder deze overeenkomst. Zij behouden de onderwijs- en examenafspraken die bij hun start golden, tenzij de nieuwe afspraken voor hen gunstiger zijn.
    ## Artikel 2 De route Media & Vormgeving
    1. De route verbindt het profiel Media, vormgeving en ICT in de gemengde leerweg van Vmbo Het Bolwerk met de middenkaderopleiding Mediavormgever, niveau 4, beroepsopleidende leerweg, van het College Creatief & ICT van het ROC.
    2. De route duurt vijf jaar. De leerling legt in het tweede routejaar het eindexamen vmbo gemengde leerweg af en is vanaf het derde routejaar student van het ROC.
    3. Per schooljaar worden ten hoogste 22 leerlingen toegelaten; het kernteam beslist over de toelating na een portfoliogesprek.
    ## Artikel 3 Routeregisseur en kernteam
    1. De leiding over de route berust bij de routeregisseur, die wordt bijgestaan door het kernteam. Het kernteam bestaat uit de routeregisseur, de teamleider MVI van de school en twee docenten, één van elke partij.
    2. De routeregisseur wordt door beide colleges van bestuur gezamenlijk benoemd voor vier jaar. De teamleider en de docenten worden aangewezen door het college van bestuur van de partij waarbij zij in dienst zijn.
    3. De routeregisseur stelt met het kernteam het routeplan (bijlage 1) en de jaarkalender (bijlage 2) vast, verdeelt de docenten over de programmaonderdelen, beslist over toelating en overstap (artikel 7) en onderhoudt de contacten met het werkveld (artikel 5). Hij is bevoegd namens beide partijen stage- en projectafspraken met bedrijven te maken en uitgaven te doen tot € 6.000 per keer binnen het routebudget. Besluiten over formatie, huisvesting en deze overeenkomst nemen de colleges van bestuur.
    ## Artikel 4 Verantwoording aan de besturen
    1. De in artikel 3 bedoelde routeregisseur zendt beide colleges van bestuur in januari en in juli een schriftelijke voortgangsrapportage over instroom, doorstroom, uitval en overstap, de examenresultaten en de besteding van het routebudget.
    2. Eenmaal per jaar, in september, legt de routeregisseur in een gezamenlijke vergadering van beide colleges van bestuur verantwoording af over het afgelopen schooljaar. Daarvan wordt een besluitenlijst gemaakt.
    ## Artikel 5 Werkveld
    1. Partijen betrekken de creatieve bedrijven uit Midden-Holland bij de route, in elk geval Studio Goudkust (grafisch ontwerp), Drukkerij Van Eck & Zn. en Mediabureau Groene Hart.
    2. Deze bedrijven zijn opdrachtgever voor ten minste twee echte projecten per schooljaar, bieden stageplaatsen aan vanaf het derde routejaar (erkend door SBB), zitten in de jury van de jaarlijkse eindpresentatie en adviseren de routeregisseur twee keer per jaar over het routeplan.
    ## Artikel 6 Inrichting van het onderwijs
    1. Routejaar 1 en 2 worden verzorgd op Het Bolwerk, met elke vrijdag les in de studio's van het College Creatief & ICT aan de Goudse Poort; vanaf routejaar 3 op het ROC en bij de stagebedrijven.
    2. Het onderwijsprogramma, de examinering en de stages per routejaar staan in het routeplan (bijlage 1), dat geldt als gezamenlijk PTA/OER.
    3. Twee docenten van het ROC geven in routejaar 1 en 2 de mbo-onderdelen vormgeving en fotografie, in een team met de docenten MVI van de school; ieder blijft in dienst van zijn eigen werkgever. Het kernteam stelt elk jaar vast wie waar lesgeeft.
    4. Het ROC stelt zijn foto- en filmstudio, het Mac-lokaal met ontwerpsoftware en de printwerkplaats ter beschikking; de school stelt haar mediatheek en haar ICT-lokaal open voor lessen van het ROC.
    ## Artikel 7 Overstap
    1. Wie de route niet afmaakt, krijgt van de school en het ROC samen een passend vervolg waarmee een vmbo- of mbo-diploma haalbaar is. Vertrek in routejaar 1 of 2: voortzetting in de reguliere gemengde of kaderberoepsgerichte leerweg van Het Bolwerk. Geen vmbo-diploma na routejaar 2: herkansing in routejaar 3 naast het mbo-programma. Vertrek of ander niveau in de mbo-fase: overstap naar een andere opleiding van het College Creatief & ICT op niveau 3 of 4, zonder vooropleidingseisen, of naar een andere instelling in de regio.
    2. De routeregisseur besluit in overleg met de leerling en zijn ouders, op grond van het bereikte onderwijsniveau en de leeftijd van de leerling.
    ## Artikel 8 Bekostiging
    Anders dan onder de overeenkomst 2021 draagt met ingang van 1 augustus 2025 geen van partijen nog bekostiging aan de andere over. Elke partij draagt de kosten van haar eigen docenten en voorzieningen.
    ## Artikel 9 Medezeggenschap
    1. In de eerste twee routejaren geldt de Wet medezeggenschap op scholen, daarna gelden de WEB en de Wet op de ondernemingsraden.
    2. Partijen maken aanvullende afspraken over de betrokkenheid van de medezeggenschapsraad van Het Bolwerk en de studentenraad van het ROC bij de route. Deze afspraken zijn opgenomen in bijlage 3.
    ## Artikel 10 Duur, toetreding, wijziging en opzegging
    1. Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2029 en wordt daarna stilzwijgend verlengd met telkens vier jaar.
    2. Een andere vmbo-school of mbo-instelling kan toetreden als zij een aanverwante opleiding aanbiedt en beide partijen schriftelijk instemmen. Toetreding gaat in op 1 augustus en wordt bij DUO gemeld; de afspraken voor zittende leerlingen veranderen daardoor niet.
    3. Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend; zij gelden voor zittende leerlingen alleen als deze er niet door worden benadeeld.
    4. Elke partij kan de overeenkomst schriftelijk opzeggen met een opzegtermijn van twaalf maanden, tegen 1 augustus. Na de opzegging worden geen leerlingen meer toegelaten; wie al in de route zit, maakt haar af onder de voorwaarden van deze overeenkomst.
    ## Artikel 11 Slotbepalingen
    1. Op deze overeenkomst is Nederlands recht van toepassing.
    2. Geschillen tussen partijen over de uitvoering van deze overeenkomst worden in onderling overleg opgelost.
    3. Bijlage 1 (routeplan) en bijlage 2 (jaarkalender) maken deel uit van deze overeenkomst.
    4. Aldus overeengekomen en in tweevoud ondertekend te Gouda op 30 juni 2025.
    Stichting Voortgezet Onderwijs Gouwe en IJssel – ir. K. Oudshoorn, voorzitter college van bestuur
    Stichting ROC Hollands Hart – drs. N. Baghdadi, lid college van bestuur
    @page
    ## Bijlage 1 Routeplan (samenvatting)
    - Routejaar 1 (vmbo 3 gl): profielvak MVI, keuzevakken Fotografie en Vormgeving (mbo-onderdeel), vrijdag studio ROC.
    - Routejaar 2 (vmbo 4 gl): centraal examen gl, project voor een werkveldopdrachtgever, start mbo-onderdeel Typografie.
    - Routejaar 3 tot en met 5: opleiding Mediavormgever, stage van 20 weken in routejaar 4, examenproject en diplomering in routejaar 5.
    ## Bijlage 2 Jaarkalender
    - September: startdag met werkveld; kernteam stelt jaarplanning vast.
    - Januari: voortgangsrapportage (artikel 4); tweede werkveldproject.
    - Juni: eindpresentatie met jury uit het werkveld.
    - Juli: voortgangsrapportage (artikel 4).
    """)
SAMPLES[268]["opts"] = {"title": "Vernieuwde samenwerkingsovereenkomst DLR Media & Vormgeving 2025-2029",
                        "author": "Vmbo Het Bolwerk", "font": "Arial", "size": 10.5}


# === further samples are appended below ===


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv if a.isdigit()] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
