#!/usr/bin/env python3
"""Held-out sample agreements h33-h40 for leerroute-check.

Written by an independent author (a helper session) AFTER the checker's decision rules were fixed.
Sources used: the two official guidance documents (seeds 000 "bouwsteen overstapoptie" and 002
"bouwsteen samenwerkingsovereenkomst"), /work/shared/domain.md and sample_agreements/LABELS.md.
The author did NOT read any checker code, models, tests or benchmarks, did not run the checker,
and did not read the texts, label files or build scripts of any other sample. Every school,
instelling, company and person is made up; qualification names and opleidingsdomeinen are meant
to be realistic but were not checked against the kwalificatiestructuur.

Usage:
    python3 build_heldout3a.py              # build h33-h40
    python3 build_heldout3a.py h33 h36      # build only these
    python3 build_heldout3a.py --check      # open every file and verify it

Output is deterministic: reportlab runs with invariant=1; DOCX files get fixed core properties
(2025-06-30 09:00) and are rewritten with fixed zip timestamps.
"""

import datetime
import html
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
ITEMS = "abcdefghij"

SAMPLES = {}


def sample(sid, name, ext, description, statuses, evidence):
    """Register a sample; the decorated function returns its content."""
    assert len(statuses) == 10
    st = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    statuses = {k: st[v] for k, v in zip(ITEMS, statuses)}
    for k in evidence:
        assert statuses[k] == "present", (sid, k)

    def deco(fn):
        SAMPLES[sid] = dict(name=name, ext=ext, fn=fn, expected={
            "description": description,
            "split": "heldout",
            "statuses": statuses,
            "evidence": evidence,
        })
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
# Renderers. A document for PDF/DOCX is a list of blocks:
#   ("title", t) ("sub", t) ("h", t) ("h2", t) ("p", t) ("small", t)
#   ("np", label, t)            numbered paragraph, hanging label
#   ("li", label, t)            sub-item (deeper indent); label "•" for bullets
#   ("table", rows, widths_cm)  first row is the header
#   ("sig", [[line, ...], ...]) signature blocks side by side (two per row)
#   ("sp", points) ("pb",)
# **bold** is allowed inline.
# ---------------------------------------------------------------------------------------------

def _pdf_markup(t):
    t = html.escape(t, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


def render_pdf(path, blocks, opt):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    font = opt.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[font]
    size = opt.get("size", 10)
    lead = size * 1.35
    hcol = colors.HexColor(opt.get("hcolor", "#000000"))
    align = TA_JUSTIFY if opt.get("justify") else TA_LEFT
    S = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 6, leading=size + 10,
                                alignment=TA_CENTER if opt.get("center_title", True) else TA_LEFT,
                                textColor=hcol, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName=ital, fontSize=size + 0.5, leading=lead + 1,
                              alignment=TA_CENTER if opt.get("center_title", True) else TA_LEFT,
                              spaceAfter=10),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=size + 5,
                            textColor=hcol, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=lead, alignment=align,
                            spaceAfter=4),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3, spaceAfter=4),
        "np": ParagraphStyle("np", fontName=font, fontSize=size, leading=lead, alignment=align,
                             leftIndent=1.0 * cm, bulletIndent=0, spaceAfter=3),
        "li": ParagraphStyle("li", fontName=font, fontSize=size, leading=lead, alignment=align,
                             leftIndent=1.7 * cm, bulletIndent=1.0 * cm, spaceAfter=2),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.25),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p", "small"):
            story.append(Paragraph(_pdf_markup(b[1]), S[kind]))
        elif kind in ("np", "li"):
            story.append(Paragraph(_pdf_markup(b[2]), S[kind], bulletText=b[1]))
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = [[Paragraph(_pdf_markup(c), S["cellb"] if i == 0 else S["cell"]) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opt.get("thead", "#E6E6E6"))),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            blocks_ = b[1]
            cells = [Paragraph("<br/>".join(_pdf_markup(x) for x in lines), S["p"])
                     for lines in blocks_]
            rows = [cells[i:i + 2] + ([""] if len(cells[i:i + 2]) == 1 else [])
                    for i in range(0, len(cells), 2)]
            t = Table(rows, colWidths=[8 * cm, 8 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
            story.append(t)
        else:
            raise ValueError(kind)

    footer = opt.get("footer", "")

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        if footer:
            canvas.drawString(2.3 * cm, 1.2 * cm, footer)
        canvas.drawRightString(A4[0] - 2.3 * cm, 1.2 * cm, "- %d -" % doc.page)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.0 * cm, invariant=1,
                            title=opt.get("title", ""), author=opt.get("author", ""),
                            subject="", creator="", producer="ReportLab")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _docx_runs(par, text, bold=False, size=None):
    from docx.shared import Pt
    for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
        if not part:
            continue
        r = par.add_run(part)
        r.bold = bold or (i % 2 == 1)
        if size:
            r.font.size = Pt(size)


def render_docx(path, blocks, opt):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = opt.get("font", "Calibri")
    st.element.rPr.rFonts.set(qn("w:eastAsia"), opt.get("font", "Calibri"))
    st.font.size = Pt(opt.get("size", 11))
    st.paragraph_format.space_after = Pt(opt.get("after", 6))
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(opt.get("margin", 2.5)))
    sec.top_margin = Cm(opt.get("top", 2.2))
    sec.bottom_margin = Cm(2.0)

    hmode = opt.get("headings", "styles")  # "styles" (Heading 1/2) or "bold"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            if hmode == "styles":
                d.add_heading(b[1], 0)
            else:
                p = d.add_paragraph()
                _docx_runs(p, b[1], bold=True, size=opt.get("size", 11) + 4)
        elif kind == "sub":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif kind in ("h", "h2"):
            if hmode == "styles":
                d.add_heading(b[1], 1 if kind == "h" else 2)
            else:
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.space_after = Pt(1)
                p.paragraph_format.keep_with_next = True
                _docx_runs(p, b[1], bold=True)
        elif kind in ("p", "small"):
            p = d.add_paragraph()
            _docx_runs(p, b[1], size=(opt.get("size", 11) - 1.5) if kind == "small" else None)
        elif kind in ("np", "li"):
            p = d.add_paragraph()
            ind = 1.0 if kind == "np" else 1.7
            p.paragraph_format.left_indent = Cm(ind)
            p.paragraph_format.first_line_indent = Cm(-0.8)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(ind))
            p.paragraph_format.space_after = Pt(3)
            _docx_runs(p, b[1] + "\t" + b[2])
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            rows, widths = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = d.styles["Table Grid"]
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    c.width = Cm(widths[j])
                    c.paragraphs[0].paragraph_format.space_after = Pt(0)
                    _docx_runs(c.paragraphs[0], val, bold=(i == 0), size=opt.get("size", 11) - 1)
            d.add_paragraph()
        elif kind == "sig":
            blocks_ = b[1]
            nrows = (len(blocks_) + 1) // 2
            t = d.add_table(rows=nrows, cols=2)
            for i, lines in enumerate(blocks_):
                c = t.cell(i // 2, i % 2)
                c.paragraphs[0].paragraph_format.space_after = Pt(0)
                for k, line in enumerate(lines):
                    p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    p.paragraph_format.space_after = Pt(0)
                    _docx_runs(p, line)
        else:
            raise ValueError(kind)

    cp = d.core_properties
    cp.author = opt.get("author", "")
    cp.last_modified_by = opt.get("author", "")
    cp.title = opt.get("title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    _rewrite_zip(buf.getvalue(), path)


def _rewrite_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


# =============================================================================================
# h33 - long lawyer-drafted agreement, three parties, considerans, definitions, annexes (PDF)
# =============================================================================================

@sample("h33", "h33_advocatenstuk_drie_partijen_dordrecht", "pdf",
        "Lang advocatenstuk (PDF, Times) met comparitie, considerans, begripsbepalingen, 15 artikelen en "
        "drie bijlagen (tabellen, model toetredingsverklaring met stippellijnen); twee vmbo-scholen en een ROC "
        "in Zuid-Holland Zuid; PIE kb -> Eerste monteur elektrotechnische installaties niveau 3; volledig, met "
        "overdracht per leerling en aanvullende medezeggenschap.",
        ["p"] * 10,
        {"a": "Artikel 2 – De Route",
         "b": "Artikel 4 – Betrokkenheid van het bedrijfsleven",
         "c": "Artikel 5 – Leiding over de Route",
         "d": "Artikel 6 – Inlichtingen en verantwoording",
         "e": "Artikel 8 – Personeel, faciliteiten en klachten",
         "f": "Artikel 9 – Overstapoptie",
         "g": "Artikel 10 – Bekostiging en overdracht van middelen",
         "h": "Artikel 11 – Medezeggenschap",
         "i": "Artikel 13 – Geschillen",
         "j": "Artikel 14 – Toetreding, wijziging en beëindiging"})
def h33():
    B = []
    a = B.append
    a(("title", "SAMENWERKINGSOVEREENKOMST"))
    a(("sub", "doorlopende leerroute vmbo-mbo Elektrotechniek Drechtsteden"))
    a(("sub", "kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie – "
              "mbo-vakopleiding Eerste monteur elektrotechnische installaties woning en utiliteit"))
    a(("small", "Kenmerk: HvdL/2025.0417 – definitieve versie d.d. 23 juni 2025"))
    a(("h2", "DE ONDERGETEKENDEN:"))
    a(("np", "1.", "de stichting **Stichting voor Openbaar Voortgezet Onderwijs Merwestroom**, statutair "
                   "gevestigd te Dordrecht, kantoorhoudende aan de Wantijkade 14 te Dordrecht, in haar "
                   "hoedanigheid van bevoegd gezag van het Merwestroom Vakcollege te Dordrecht, te dezen "
                   "rechtsgeldig vertegenwoordigd door mevrouw drs. A.J. van Wijngaarden, voorzitter van het "
                   "college van bestuur, hierna te noemen: \"Merwestroom\";"))
    a(("np", "2.", "de vereniging **Vereniging voor Christelijk Voortgezet Onderwijs Alblasserwaard-Zuid**, "
                   "statutair gevestigd te Sliedrecht, in haar hoedanigheid van bevoegd gezag van De Ketting, "
                   "school voor vmbo te Sliedrecht, te dezen rechtsgeldig vertegenwoordigd door de heer ing. "
                   "R.C. Kraaijeveld, voorzitter van het bestuur, hierna te noemen: \"De Ketting\";"))
    a(("np", "3.", "de stichting **Stichting Regionaal Opleidingencentrum Drechtwaard**, statutair gevestigd "
                   "te Dordrecht, in haar hoedanigheid van bevoegd gezag van ROC Drechtwaard, te dezen "
                   "rechtsgeldig vertegenwoordigd door de heer mr. H.P. Verschoor, voorzitter van het college "
                   "van bestuur, hierna te noemen: \"het ROC\";"))
    a(("p", "Merwestroom en De Ketting hierna gezamenlijk ook te noemen: \"de Scholen\"; de Scholen en het "
            "ROC hierna gezamenlijk te noemen: \"Partijen\" en ieder afzonderlijk: \"Partij\";"))
    a(("h2", "NEMEN HET VOLGENDE IN AANMERKING:"))
    a(("np", "A.", "De Scholen en het ROC werken sinds het schooljaar 2019-2020 samen in de Techniekroute "
                   "Drechtsteden, waarin leerlingen van de kaderberoepsgerichte leerweg in de bovenbouw al "
                   "onderdelen van de mbo-opleiding elektrotechniek volgen."))
    a(("np", "B.", "Partijen wensen deze samenwerking met ingang van het schooljaar 2025-2026 voort te zetten "
                   "als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a van de Wet voortgezet "
                   "onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs."))
    a(("np", "C.", "Ingevolge artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet "
                   "educatie en beroepsonderwijs wordt een doorlopende leerroute verzorgd op grond van een "
                   "samenwerkingsovereenkomst waarin in elk geval de in het tweede lid van die artikelen "
                   "genoemde onderwerpen worden geregeld."))
    a(("np", "D.", "De medezeggenschapsraden van de Scholen en de studentenraad en de ondernemingsraad van het "
                   "ROC hebben over het voornemen tot het aangaan van deze overeenkomst advies uitgebracht; met "
                   "die adviezen is rekening gehouden."))
    a(("np", "E.", "Partijen wensen hun rechten en verplichtingen met betrekking tot de route in deze "
                   "overeenkomst vast te leggen."))
    a(("h2", "EN VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"))

    a(("h", "Artikel 1 – Begripsbepalingen"))
    a(("np", "1.1", "In deze overeenkomst en de daarbij behorende bijlagen wordt verstaan onder:"))
    for lab, t in [
        ("a.", "WVO 2020: de Wet voortgezet onderwijs 2020;"),
        ("b.", "WEB: de Wet educatie en beroepsonderwijs;"),
        ("c.", "Route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2;"),
        ("d.", "Leerling: een leerling van een van de Scholen die aan de Route deelneemt en nog niet bij "
               "het ROC is ingeschreven;"),
        ("e.", "Student: een deelnemer aan de Route die bij het ROC is ingeschreven;"),
        ("f.", "vo-fase: de eerste twee leerjaren van de Route, samenvallend met leerjaar 3 en 4 van het vmbo;"),
        ("g.", "mbo-fase: het derde en de volgende leerjaren van de Route;"),
        ("h.", "Routeraad: het orgaan dat op grond van artikel 5 met de leiding over de Route is belast;"),
        ("i.", "Routecoördinator: de functionaris bedoeld in artikel 5.1 onder d;"),
        ("j.", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
               "examenregeling van de Route, bedoeld in artikel 7;"),
        ("k.", "Schooljaar: de periode van 1 augustus tot en met 31 juli daaropvolgend."),
    ]:
        a(("li", lab, t))
    a(("np", "1.2", "Waar in deze overeenkomst wordt gesproken van \"schriftelijk\", is daaronder mede "
                    "begrepen per e-mail, mits de identiteit van de afzender voldoende vaststaat."))

    a(("h", "Artikel 2 – De Route"))
    a(("np", "2.1", "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die aanvangt in "
                    "leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en "
                    "energie, en leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het mbo-diploma van "
                    "de vakopleiding Eerste monteur elektrotechnische installaties woning en utiliteit "
                    "(niveau 3, beroepsopleidende leerweg), behorend tot het opleidingsdomein Installatie- en "
                    "energietechniek."))
    a(("np", "2.2", "De Route wordt aangeboden op de locaties van de Scholen te Dordrecht en Sliedrecht en op "
                    "de Leerparkcampus van het ROC te Dordrecht, zoals nader aangegeven in Bijlage 1."))
    a(("np", "2.3", "De cursusduur van de Route bedraagt vijf jaar. Een Leerling kan, op advies van de "
                    "Routeraad, de Route in vier en een half jaar afronden indien zijn studievoortgang dat "
                    "toelaat."))
    a(("np", "2.4", "Toelating tot de Route geschiedt op aanmelding van de leerling en diens ouders aan het "
                    "eind van leerjaar 2, op advies van de mentor en na een intakegesprek waaraan een docent "
                    "van het ROC deelneemt."))

    a(("h", "Artikel 3 – Melding"))
    a(("p", "Partijen melden de Route gezamenlijk aan de Minister van Onderwijs, Cultuur en Wetenschap door "
            "registratie in het Register Instellingen en Opleidingen (RIO), waarbij iedere Partij zorg draagt "
            "voor de registratie van haar eigen deel. De Routecoördinator bewaakt dat de melding vóór aanvang "
            "van het schooljaar 2025-2026 is gedaan."))

    a(("h", "Artikel 4 – Betrokkenheid van het bedrijfsleven"))
    a(("np", "4.1", "Partijen betrekken het elektrotechnische en installatietechnische bedrijfsleven in de "
                    "regio Zuid-Holland Zuid bij de invulling van de Route via de Werkveldcommissie Elektro "
                    "Drechtsteden. In deze commissie hebben ten minste vier door SBB erkende leerbedrijven "
                    "zitting, alsmede een vertegenwoordiger van de regionale afdeling van de brancheorganisatie "
                    "voor installatiebedrijven."))
    a(("np", "4.2", "De Werkveldcommissie komt ten minste tweemaal per schooljaar bijeen en brengt jaarlijks "
                    "vóór 1 maart aan de Routeraad advies uit over de inhoud van het programma, de keuze van de "
                    "keuzedelen en de aansluiting van de Route op de regionale arbeidsmarkt."))
    a(("np", "4.3", "De bij de Werkveldcommissie aangesloten leerbedrijven:"))
    a(("li", "a.", "bieden Leerlingen in de vo-fase ten minste tien dagen werkplekleren per leerjaar;"))
    a(("li", "b.", "stellen voor de mbo-fase plaatsen voor beroepspraktijkvorming beschikbaar;"))
    a(("li", "c.", "verzorgen per schooljaar ten minste twee gastlessen en per leerjaar één praktijkopdracht;"))
    a(("li", "d.", "leveren praktijkbeoordelaars die deelnemen aan de beoordeling van de proeven van "
                   "bekwaamheid in de beroepspraktijk."))
    a(("np", "4.4", "De Routecoördinator onderhoudt namens Partijen het contact met de Werkveldcommissie en "
                    "de leerbedrijven."))

    a(("h", "Artikel 5 – Leiding over de Route"))
    a(("np", "5.1", "De leiding over de Route berust bij de Routeraad. De Routeraad bestaat uit:"))
    a(("li", "a.", "de teamleider techniek van het Merwestroom Vakcollege;"))
    a(("li", "b.", "de afdelingsleider bovenbouw vmbo van De Ketting;"))
    a(("li", "c.", "de opleidingsmanager Elektrotechniek van het ROC;"))
    a(("li", "d.", "de Routecoördinator, die tevens als secretaris optreedt."))
    a(("np", "5.2", "De leden bedoeld in artikel 5.1 onder a tot en met c worden aangewezen door het bevoegd "
                    "gezag van de Partij bij wie zij in dienst zijn. De Routecoördinator wordt, op eenparige "
                    "voordracht van de overige leden van de Routeraad, door de bevoegde gezagsorganen van "
                    "Partijen gezamenlijk benoemd voor een termijn van drie jaar, die eenmaal kan worden "
                    "verlengd."))
    a(("np", "5.3", "De bevoegde gezagsorganen van Partijen dragen aan de Routeraad de volgende taken op:"))
    a(("li", "a.", "de dagelijkse aansturing en coördinatie van de Route;"))
    a(("li", "b.", "het voorbereiden van het PTA/OER en de jaarplanning, ter vaststelling door de bevoegde "
                   "gezagsorganen;"))
    a(("li", "c.", "het afstemmen van de inzet van het personeel, bedoeld in artikel 8;"))
    a(("li", "d.", "het beslissen over de toelating tot de Route en het adviseren over een overstap, bedoeld "
                   "in artikel 9;"))
    a(("li", "e.", "de kwaliteitszorg, waaronder de jaarlijkse evaluatie met Leerlingen, Studenten en "
                   "leerbedrijven."))
    a(("np", "5.4", "De Routeraad is bevoegd om binnen de door Partijen vastgestelde begroting van de Route "
                    "verplichtingen aan te gaan tot een bedrag van € 15.000 per geval, de roosters vast te "
                    "stellen en docenten in te zetten binnen de door Partijen ter beschikking gestelde "
                    "formatie. Besluiten met arbeidsrechtelijke gevolgen, besluiten over de formatie en "
                    "besluiten tot wijziging van deze overeenkomst zijn voorbehouden aan de bevoegde "
                    "gezagsorganen."))
    a(("np", "5.5", "De Routeraad besluit bij consensus. Wordt geen consensus bereikt, dan legt de "
                    "Routecoördinator het punt voor aan het bestuurlijk overleg bedoeld in artikel 6.2."))

    a(("h", "Artikel 6 – Inlichtingen en verantwoording"))
    a(("np", "6.1", "De Routeraad brengt jaarlijks vóór 1 november aan de bevoegde gezagsorganen van alle "
                    "Partijen een schriftelijke verantwoordingsrapportage uit over het afgelopen schooljaar. "
                    "Deze rapportage bevat ten minste gegevens over de in-, door- en uitstroom, de "
                    "examenresultaten, de overstappen als bedoeld in artikel 9, de besteding van de "
                    "overgedragen middelen als bedoeld in artikel 10, de ontvangen klachten en de adviezen van "
                    "de Werkveldcommissie."))
    a(("np", "6.2", "Tweemaal per schooljaar, in februari en in september, vindt een bestuurlijk overleg "
                    "plaats tussen de bevoegde gezagsorganen van Partijen, waarin de Routecoördinator een "
                    "voortgangsrapportage toelicht."))
    a(("np", "6.3", "Ieder bevoegd gezag kan te allen tijde inlichtingen over de Route verlangen. De Routeraad "
                    "verstrekt deze binnen tien werkdagen."))
    a(("np", "6.4", "De Routeraad meldt incidenten die de continuïteit of de kwaliteit van de Route ernstig "
                    "raken onverwijld aan alle bevoegde gezagsorganen."))

    a(("h", "Artikel 7 – Onderwijskundige inrichting en examinering"))
    a(("np", "7.1", "Partijen beschrijven voor de gehele Route het onderwijsprogramma, de examinering per "
                    "leerjaar en de beroepspraktijkvorming per leerjaar in één PTA/OER, waarin is aangegeven "
                    "welke onderdelen tot het vmbo-deel, welke tot het mbo-deel en welke tot beide behoren. Het "
                    "PTA/OER wordt jaarlijks vóór 1 oktober door de bevoegde gezagsorganen vastgesteld."))
    a(("np", "7.2", "Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de Route. De Scholen "
                    "blijven verantwoordelijk voor de examinering en diplomering van het vmbo-deel; het ROC is "
                    "verantwoordelijk voor de examinering en diplomering van het mbo-deel, die reeds in het "
                    "eerste leerjaar van de Route kan aanvangen."))
    a(("np", "7.3", "Een Leerling staat gedurende de vo-fase ingeschreven bij de School; met ingang van de "
                    "mbo-fase wordt hij als Student ingeschreven bij het ROC."))
    a(("np", "7.4", "Een globaal overzicht van het programma per leerjaar is opgenomen in Bijlage 1."))

    a(("h", "Artikel 8 – Personeel, faciliteiten en klachten"))
    a(("np", "8.1", "Het onderwijs in de Route wordt verzorgd door een gezamenlijk docententeam van Partijen. "
                    "Voor de vak- en sectoroverstijgende programmaonderdelen \"Installeren en monteren\" en "
                    "\"Loopbaan en burgerschap\" maken Partijen gebruik van de teambevoegdheid als bedoeld in "
                    "artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; voor ieder programmaonderdeel is ten minste "
                    "één daartoe bevoegde docent in het team opgenomen."))
    a(("np", "8.2", "Het ROC zet in de vo-fase per groep Leerlingen een docent elektrotechniek in voor acht "
                    "lesuren per week. De Scholen zetten in het eerste jaar van de mbo-fase een docent "
                    "Nederlands en een docent rekenen in voor zover het vmbo-deel van het programma in dat jaar "
                    "wordt afgerond. Personeel blijft in dienst van de eigen werkgever en wordt over en weer "
                    "ter beschikking gesteld onder de arbeidsvoorwaarden die voor die werkgever gelden."))
    a(("np", "8.3", "Leerlingen in de vo-fase maken eenmaal per week gebruik van het installatielab en de "
                    "E-werkplaats van het ROC op de Leerparkcampus. Studenten en docenten van het ROC kunnen de "
                    "praktijkhal van De Ketting te Sliedrecht gebruiken voor de onderdelen domotica en "
                    "zonnestroominstallaties. Iedere Partij verleent de Leerlingen, de Studenten en het "
                    "docententeam toegang tot haar elektronische leeromgeving."))
    a(("np", "8.4", "De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van het "
                    "bevoegd gezag en het personeel van een andere Partij in het kader van de Route. Een Partij "
                    "die een klacht ontvangt over een medewerker van een andere Partij, stelt die Partij "
                    "binnen vijf werkdagen in kennis; de andere Partij verleent haar medewerking aan de "
                    "afhandeling."))

    a(("h", "Artikel 9 – Overstapoptie"))
    a(("np", "9.1", "Wanneer de deelname van een Leerling of Student aan de Route eindigt voordat hij deze "
                    "met goed gevolg heeft afgerond, of wanneer hij voor het eindexamen vmbo is afgewezen, "
                    "stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te behalen dat past bij "
                    "het door hem bereikte onderwijsniveau en zijn leeftijd."))
    a(("np", "9.2", "Het bevoegd gezag van de betrokken School en het ROC bepalen gezamenlijk welk "
                    "alternatief passend is. Het besluit wordt namens hen genomen door de directeur van de "
                    "School en de opleidingsmanager Elektrotechniek van het ROC, op advies van de Routeraad en "
                    "na een gesprek met de Leerling of Student en, indien deze minderjarig is, diens ouders."))
    a(("np", "9.3", "Partijen hanteren daarbij in ieder geval de volgende kaders:"))
    a(("li", "a.", "in de vo-fase: voortzetting van de opleiding in de reguliere kaderberoepsgerichte "
                   "leerweg, in hetzelfde of een ander profiel, gericht op het behalen van het vmbo-diploma;"))
    a(("li", "b.", "na het behalen van het vmbo-diploma: overstap naar een andere mbo-opleiding op niveau 2 "
                   "of 3, binnen of buiten het opleidingsdomein Installatie- en energietechniek, bij het ROC;"))
    a(("li", "c.", "indien het vmbo-diploma aan het einde van het derde leerjaar van de Route niet is behaald: "
                   "instroom in een mbo-opleiding op vergelijkbaar niveau bij het ROC zonder vmbo-diploma, "
                   "waarbij de vooropleidingseisen op grond van artikel 9.1.14 WEB niet gelden, dan wel het "
                   "overdoen van het examenjaar om het vmbo-diploma alsnog te behalen;"))
    a(("li", "d.", "bij een overstap naar een andere instelling: begeleiding door het ROC bij de aanmelding "
                   "en, zo nodig, bij het geschiktheidsonderzoek bedoeld in artikel 8.2.1, zesde lid, WEB."))
    a(("np", "9.4", "Partijen zorgen voor een warme overdracht. De uitwerking van deze kaders wordt opgenomen "
                    "in de schoolgids van de Scholen en in de studiegids van het ROC."))

    a(("h", "Artikel 10 – Bekostiging en overdracht van middelen"))
    a(("np", "10.1", "Gedurende de vo-fase ontvangen de Scholen en gedurende de mbo-fase ontvangt het ROC de "
                     "rijksbekostiging voor de Leerlingen onderscheidenlijk Studenten."))
    a(("np", "10.2", "De Scholen dragen met toepassing van artikel 5.42a WVO 2020 jaarlijks een bedrag van "
                     "€ 1.250 per Leerling in de vo-fase over aan het ROC. Dit bedrag is bestemd voor de inzet "
                     "van docenten van het ROC in de vo-fase, bedoeld in artikel 8.2, en voor het gebruik van het "
                     "installatielab en de E-werkplaats, bedoeld in artikel 8.3."))
    a(("np", "10.3", "Het ROC draagt geen bekostiging over aan de Scholen als bedoeld in artikel 9.1.15 WEB."))
    a(("np", "10.4", "Het aantal Leerlingen wordt vastgesteld op de teldatum 1 oktober. Het ROC factureert in "
                     "twee gelijke termijnen, in november en in april. De nadere uitwerking is opgenomen in "
                     "Bijlage 2."))

    a(("h", "Artikel 11 – Medezeggenschap"))
    a(("np", "11.1", "Gedurende de vo-fase is op Leerlingen, hun ouders en het personeel van de Scholen de "
                     "Wet medezeggenschap op scholen van toepassing; gedurende de mbo-fase gelden voor "
                     "Studenten en hun ouders de bepalingen van hoofdstuk 8a WEB en voor het personeel van het "
                     "ROC de Wet op de ondernemingsraden."))
    a(("np", "11.2", "In aanvulling daarop komen Partijen overeen dat:"))
    a(("li", "a.", "Leerlingen in het tweede leerjaar van de Route een vertegenwoordiger aanwijzen die met "
                   "raadgevende stem deelneemt aan de vergaderingen van de studentenraad van het ROC, voor zover "
                   "onderwerpen betreffende de Route aan de orde zijn;"))
    a(("li", "b.", "tweemaal per schooljaar een routeoverleg medezeggenschap plaatsvindt, waarin een "
                   "afvaardiging van de medezeggenschapsraden van de Scholen en van de studentenraad en de "
                   "ondernemingsraad van het ROC met de Routeraad spreekt over de gang van zaken in de Route;"))
    a(("li", "c.", "voorgenomen besluiten tot wijziging van het PTA/OER, voor zover deze de Route betreffen, "
                   "voorafgaand aan de besluitvorming in dit routeoverleg worden besproken."))

    a(("h", "Artikel 12 – Duur en evaluatie"))
    a(("np", "12.1", "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
                     "onbepaalde tijd."))
    a(("np", "12.2", "Partijen evalueren de Route en deze overeenkomst eenmaal per drie jaar, voor het eerst "
                     "vóór 1 juni 2028, mede aan de hand van de rapportages bedoeld in artikel 6."))

    a(("h", "Artikel 13 – Geschillen"))
    a(("np", "13.1", "Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst in de "
                     "Routeraad besproken."))
    a(("np", "13.2", "Leidt dat binnen vier weken niet tot een oplossing, dan legt iedere Partij het geschil "
                     "schriftelijk voor aan het bestuurlijk overleg, dat zich inspant het binnen vier weken na "
                     "de voorlegging op te lossen."))
    a(("np", "13.3", "Komt het bestuurlijk overleg niet tot een oplossing, dan trachten Partijen het geschil "
                     "door mediation op te lossen, onder begeleiding van een door hen gezamenlijk aan te wijzen "
                     "MfN-registermediator. De kosten van de mediator worden door de betrokken Partijen "
                     "gelijkelijk gedragen."))
    a(("np", "13.4", "Is het geschil niet binnen drie maanden na aanvang van de mediation opgelost, dan kan "
                     "iedere Partij het voorleggen aan de bevoegde rechter van de Rechtbank Rotterdam."))
    a(("np", "13.5", "Gedurende een geschil zetten Partijen de uitvoering van de Route voor de zittende "
                     "Leerlingen en Studenten onverkort voort."))

    a(("h", "Artikel 14 – Toetreding, wijziging en beëindiging"))
    a(("np", "14.1", "Een ander bevoegd gezag van een school voor vmbo of van een instelling voor "
                     "beroepsonderwijs kan tot deze overeenkomst toetreden, indien:"))
    a(("li", "a.", "alle Partijen daarmee schriftelijk instemmen;"))
    a(("li", "b.", "de toetredende partij de Route in dezelfde leerweg en hetzelfde profiel aanbiedt, het "
                   "geldende PTA/OER aanvaardt en de melding bedoeld in artikel 3 verzorgt; en"))
    a(("li", "c.", "de toetredende partij een toetredingsverklaring overeenkomstig het model in Bijlage 3 "
                   "ondertekent."))
    a(("p", "Toetreding gaat in per 1 augustus van een schooljaar en heeft geen gevolgen voor Leerlingen en "
            "Studenten die op dat moment reeds in de Route zijn ingestroomd."))
    a(("np", "14.2", "Deze overeenkomst kan uitsluitend schriftelijk en met instemming van alle Partijen worden "
                     "gewijzigd. Een wijziging die het programma van de Route betreft, gaat in voor het "
                     "eerstvolgende cohort, tenzij zij uitsluitend ten gunste van de zittende Leerlingen en "
                     "Studenten werkt."))
    a(("np", "14.3", "Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van "
                     "enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden."))
    a(("np", "14.4", "Iedere Partij kan de overeenkomst ontbinden indien een andere Partij, na schriftelijke "
                     "ingebrekestelling met een redelijke termijn voor nakoming, toerekenbaar tekortschiet in de "
                     "nakoming van wezenlijke verplichtingen, of indien de bevoegdheid tot het verzorgen van de "
                     "opleiding bedoeld in artikel 2.1 vervalt."))
    a(("np", "14.5", "Na opzegging of ontbinding stromen geen nieuwe Leerlingen meer in. Leerlingen en "
                     "Studenten die op dat moment aan de Route deelnemen, worden in staat gesteld de Route bij "
                     "Partijen af te ronden; de bepalingen van deze overeenkomst blijven voor hen van kracht "
                     "totdat de laatste Student de Route heeft afgerond of met toepassing van artikel 9 is "
                     "overgestapt."))
    a(("np", "14.6", "Opzegging door één Partij laat de overeenkomst tussen de overige Partijen onverlet."))

    a(("h", "Artikel 15 – Slotbepalingen"))
    a(("np", "15.1", "Op deze overeenkomst is Nederlands recht van toepassing."))
    a(("np", "15.2", "De bijlagen maken deel uit van deze overeenkomst. Bij strijdigheid gaat de tekst van de "
                     "artikelen voor."))
    a(("np", "15.3", "Deze overeenkomst is in drievoud opgemaakt; iedere Partij ontvangt een getekend "
                     "exemplaar."))
    a(("sp", 8))
    a(("p", "Aldus overeengekomen en in drievoud getekend,"))
    a(("sig", [
        ["Dordrecht, 30 juni 2025", "Stichting voor Openbaar Voortgezet Onderwijs Merwestroom", "", "",
         "drs. A.J. van Wijngaarden, voorzitter college van bestuur"],
        ["Sliedrecht, 30 juni 2025", "Vereniging voor Christelijk Voortgezet Onderwijs Alblasserwaard-Zuid",
         "", "", "ing. R.C. Kraaijeveld, voorzitter bestuur"],
        ["Dordrecht, 30 juni 2025", "Stichting Regionaal Opleidingencentrum Drechtwaard", "", "",
         "mr. H.P. Verschoor, voorzitter college van bestuur"],
    ]))

    a(("pb",))
    a(("h", "Bijlage 1 – Programma per leerjaar (globaal)"))
    a(("table", [
        ["Leerjaar Route", "Fase en locatie", "Hoofdlijnen programma", "Examinering", "Werkplekleren / bpv"],
        ["1 (vmbo 3)", "vo-fase; School, één dag per week ROC", "profielvak PIE, keuzevakken "
         "elektrotechniek, algemene vakken", "schoolexamens volgens PTA", "10 dagen werkplekleren"],
        ["2 (vmbo 4)", "vo-fase; School, één dag per week ROC", "afronding profielvak, start mbo-kerntaak "
         "installeren", "centraal examen vmbo; eerste mbo-examen", "10 dagen werkplekleren"],
        ["3", "mbo-fase; ROC en leerbedrijf", "kerntaken monteur, veilig werken (VCA)", "mbo-examens "
         "kerntaak 1", "bpv 12 weken"],
        ["4", "mbo-fase; ROC en leerbedrijf", "kerntaken eerste monteur, keuzedelen", "mbo-examens "
         "kerntaak 2", "bpv 20 weken"],
        ["5", "mbo-fase; leerbedrijf en ROC", "afstuderen, keuzedelen", "proeve van bekwaamheid",
         "bpv 20 weken"],
    ], [2.4, 3.6, 4.2, 3.0, 3.0]))

    a(("h", "Bijlage 2 – Financiële afspraken"))
    a(("table", [
        ["Omschrijving", "Grondslag", "Bedrag", "Bestemming"],
        ["Overdracht Scholen aan ROC (art. 5.42a WVO 2020)", "Leerlingen in de vo-fase op teldatum "
         "1 oktober", "€ 1.250 per Leerling per schooljaar", "inzet ROC-docent elektrotechniek (8 lesuren per "
         "week per groep) en gebruik installatielab en E-werkplaats"],
        ["Overdracht ROC aan Scholen (art. 9.1.15 WEB)", "n.v.t.", "geen", "n.v.t."],
        ["Overige kosten", "-", "ieder draagt de eigen kosten", "-"],
    ], [4.0, 3.8, 3.4, 5.0]))
    a(("p", "Ter indicatie: bij 32 Leerlingen in de vo-fase bedraagt de overdracht € 40.000 per schooljaar. "
            "De Scholen betalen ieder voor hun eigen Leerlingen; facturering in november en april (artikel 10.4)."))

    a(("h", "Bijlage 3 – Model toetredingsverklaring"))
    a(("p", "Ondergetekende, ........................................................ (bevoegd gezag), "
            "gevestigd te ...................., verklaart hierbij toe te treden tot de "
            "samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Elektrotechniek Drechtsteden van "
            "30 juni 2025, met ingang van 1 augustus ........, en de daarin opgenomen rechten en "
            "verplichtingen te aanvaarden."))
    a(("p", "Plaats en datum: ....................      Handtekening: ...................."))
    a(("p", "Voor akkoord, namens de zittende Partijen: ...................."))
    return B


H33_OPT = dict(font="Times-Roman", size=10.5, justify=True, hcolor="#1F1F1F",
               footer="Samenwerkingsovereenkomst DLR Elektrotechniek Drechtsteden – kenmerk HvdL/2025.0417",
               title="Samenwerkingsovereenkomst DLR Elektrotechniek Drechtsteden",
               author="Van der Linden Onderwijsadvocaten")


# =============================================================================================
# h34 - very short, written by a school director, bold unnumbered headings (DOCX)
# =============================================================================================

@sample("h34", "h34_zeer_kort_wieringerwerf", "docx",
        "Zeer korte overeenkomst (DOCX, één pagina) in eenvoudige directeurstaal met vetgedrukte "
        "ongenummerde kopjes; Hollands Kroon; Horeca, bakkerij en recreatie bb -> Kok niveau 2; "
        "volledig, geen overdracht, zwijgt over medezeggenschap.",
        ["p", "p", "p", "p", "p", "p", "p", "na", "p", "p"],
        {"a": "Welke route",
         "b": "Werkveld",
         "c": "Leiding",
         "d": "Verslag aan de besturen",
         "e": "Docenten en lokalen",
         "f": "Als de route niet past",
         "g": "Geld",
         "i": "Als we het niet eens zijn",
         "j": "Nieuwe partners, wijzigen en stoppen"})
def h34():
    B = []
    a = B.append
    a(("title", "Samenwerkingsovereenkomst doorlopende leerroute Horeca (vmbo bb – mbo Kok niveau 2)"))
    a(("p", "Stichting Voortgezet Onderwijs Wieringerland, bevoegd gezag van Vakcollege De Zuiderdijk in "
            "Wieringerwerf, vertegenwoordigd door Jolanda Bakker (bestuurder), en Stichting ROC Polderkust "
            "in Den Helder, vertegenwoordigd door Mark de Groot (lid college van bestuur), spreken het "
            "volgende af."))
    a(("h", "Welke route"))
    a(("p", "Met ingang van 1 augustus 2025 verzorgen wij samen een doorlopende leerroute voor leerlingen van "
            "de basisberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie. De route loopt door in de "
            "mbo-opleiding Kok (niveau 2, BOL) van ROC Polderkust, opleidingsdomein Horeca en bakkerij. De "
            "leerling haalt in leerjaar 4 zijn vmbo-diploma en na in totaal vier jaar zijn mbo-diploma."))
    a(("h", "Werkveld"))
    a(("p", "Hotel-restaurant Het Veerhuis (Den Oever), Strandpaviljoen De Kreek (Callantsoog) en Kroonmaal "
            "Catering (Middenmeer) zijn onze vaste leerbedrijven. Zij bieden vanaf leerjaar 3 stageplekken, "
            "geven elk jaar samen twee gastlessen, beoordelen mee bij de proeve van bekwaamheid en praten eens "
            "per jaar in het werkveldoverleg mee over het programma."))
    a(("h", "Leiding"))
    a(("p", "De route wordt geleid door een routeteam: de teamleider bb van De Zuiderdijk en de "
            "opleidingsmanager Horeca van ROC Polderkust. Ieder bestuur wijst zijn eigen lid aan. Het "
            "routeteam maakt het rooster, stelt het gezamenlijke PTA/OER op (de besturen stellen het vast), "
            "regelt de stages en beslist over toelating tot de route. Beslissingen over geld en personeel "
            "blijven bij de besturen."))
    a(("h", "Verslag aan de besturen"))
    a(("p", "Elk jaar vóór 1 oktober stuurt het routeteam beide besturen een kort verslag over instroom, "
            "uitval, diploma's en knelpunten. Het verslag wordt besproken in het bestuurlijk overleg in "
            "oktober."))
    a(("h", "Docenten en lokalen"))
    a(("p", "De kooklessen in leerjaar 3 en 4 worden gegeven door een docent van het ROC (8 uur per week) samen "
            "met onze eigen praktijkdocent; de algemene vakken blijven bij De Zuiderdijk. Leerlingen werken in "
            "de leerkeuken van De Zuiderdijk en gebruiken in leerjaar 4 op vrijdag het leerrestaurant van het "
            "ROC in Den Helder."))
    a(("h", "Als de route niet past"))
    a(("p", "Past de route niet, dan kiezen de teamleider en de opleidingsmanager samen met de leerling en "
            "zijn ouders een ander passend vervolg, op grond van het bereikte niveau en de leeftijd van de "
            "leerling. In het vmbo-deel is dat de gewone bb-opleiding in hetzelfde of een ander profiel, "
            "gericht op het vmbo-diploma. In het mbo-deel is dat een andere opleiding op niveau 2 bij het ROC, "
            "ook als het vmbo-diploma nog niet is gehaald."))
    a(("h", "Geld"))
    a(("p", "Er wordt geen bekostiging overgedragen. Iedere partij draagt haar eigen kosten; het gebruik van "
            "elkaars lokalen is kosteloos."))
    a(("h", "Als we het niet eens zijn"))
    a(("p", "Een geschil over deze afspraken bespreken eerst de twee bestuurders. Komen zij er binnen zes "
            "weken niet uit, dan schakelen zij een onafhankelijke mediator in. Lukt ook dat niet, dan beslist "
            "de rechtbank Noord-Holland."))
    a(("h", "Nieuwe partners, wijzigen en stoppen"))
    a(("p", "Een andere school of mbo-instelling kan aansluiten als beide besturen daar schriftelijk mee "
            "instemmen en de nieuwe partner deze overeenkomst ondertekent. Wijzigingen gelden alleen als beide "
            "besturen ze schriftelijk vastleggen. Opzeggen kan schriftelijk per 1 augustus, met een "
            "opzegtermijn van een jaar. Leerlingen die op dat moment al in de route zitten, maken de route af."))
    a(("p", "Wieringerwerf, 30 juni 2025"))
    a(("sig", [["Jolanda Bakker", "Stichting Voortgezet Onderwijs Wieringerland"],
               ["Mark de Groot", "Stichting ROC Polderkust"]]))
    return B


H34_OPT = dict(font="Arial", size=9.5, after=2, headings="bold", margin=2.0, top=1.5,
               title="Samenwerkingsovereenkomst DLR Horeca", author="J. Bakker")


# =============================================================================================
# h35 - the official format, partly filled in (Markdown)
# =============================================================================================

H35_TEXT = """
# Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo

*Format samenwerkingsovereenkomst – ingevuld door het Duinvak College en ROC Spaarnestad, concept 3 (mei 2025)*

**Stichting Openbaar Voortgezet Onderwijs Kennemerduin**, statutair gevestigd te Beverwijk, bevoegd gezag van het Duinvak College (vmbo), vertegenwoordigd door de heer P.J. Ruijs, voorzitter college van bestuur

en

**Stichting ROC Spaarnestad**, statutair gevestigd te Haarlem, vertegenwoordigd door mevrouw dr. C. Lagerwey-Dekker, voorzitter college van bestuur

verklaren te zijn overeengekomen:

## Doel en wijze van samenwerking

1. Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende leerroute vmbo-mbo, dan wel een geïntegreerd onderwijsprogramma verzorgd door ondergetekenden.
2. Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute.
3. Ondergetekenden beschrijven voor de gehele doorlopende leerroute vmbo-mbo het onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per leerjaar en voeren dit in gezamenlijkheid uit.
4. Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij een gezamenlijke doorlopende leerroute vmbo-mbo aanbieden.

## Afspraken

### 1. De betreffende doorlopende leerroute vmbo-mbo

Het volgende onderwijsprogramma wordt in deze doorlopende leerroute vmbo-mbo aangeboden:
[Hier het profiel en het aanverwante opleidingsdomein of de aanverwante kwalificatie noemen waarin de doorlopende leerroute vmbo-mbo wordt aangeboden]

Leerlingen van het Duinvak College in de kaderberoepsgerichte leerweg, profiel Zorg en welzijn, stromen vanaf leerjaar 3 in de route naar de mbo-opleiding Verzorgende-IG (niveau 3, BOL) van ROC Spaarnestad, opleidingsdomein Zorg en welzijn. In leerjaar 3 en 4 volgen zij naast het vmbo-programma de eerste mbo-onderdelen (basiszorg en communicatie met cliënten); het vmbo-diploma wordt in leerjaar 4 behaald. De mbo-fase duurt daarna nog drie jaar, met een mogelijkheid tot verkorting met een half jaar.

### 2. Betrokkenheid bedrijfsleven

Het bedrijfsleven is/wordt als volgt betrokken bij de invulling van dit onderwijsprogramma:

Zorggroep Kennemer Oever (verpleeghuizen in Beverwijk en Heemskerk) en Thuiszorg IJmond-Duin zijn de vaste leerbedrijven van de route. Zij:

- bieden iedere leerling in leerjaar 3 en 4 een dagdeel per week werkplekleren op een afdeling, begeleid door een praktijkopleider;
- verzorgen per schooljaar ten minste drie gastlessen (onder meer over dementie en wondzorg);
- leveren de bpv-plaatsen in de mbo-fase en beoordelen mee bij de examens in de beroepspraktijk;
- nemen deel aan de Werkveldtafel Zorg IJmond, die tweemaal per jaar met het kernteam het programma bespreekt en daarover advies geeft.

### 3. Inzet leiding en verantwoording

a. De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet van:

Een kernteam, bestaande uit de afdelingsleider bovenbouw vmbo van het Duinvak College, de teamleider Zorg van ROC Spaarnestad en een routecoördinator. De afdelingsleider wordt aangewezen door het college van bestuur van Kennemerduin, de teamleider door het college van bestuur van ROC Spaarnestad; de routecoördinator wordt door beide colleges gezamenlijk benoemd voor twee schooljaren. Het kernteam is belast met de dagelijkse leiding, het opstellen van het gezamenlijke PTA/OER, de planning van werkplekleren en bpv, de toelating tot de route en de advisering over een overstap. Het kernteam beslist zelfstandig over het rooster, de toelating en de inzet van docenten binnen de afgesproken uren; besluiten over budget, formatie en wijziging van de route nemen de colleges van bestuur.

b. Het verstrekken van inlichtingen en afleggen van verantwoording door deze leiding aan ondergetekenden wordt als volgt georganiseerd:

Het kernteam stuurt beide colleges van bestuur tweemaal per jaar (in januari en in juli) een voortgangsnotitie met de cijfers over instroom, uitval, overstap en examenresultaten. De notitie van juli geldt als jaarverantwoording en wordt besproken in het bestuurlijk overleg van september.

### 4. Organisatorische en onderwijskundige inrichting

a. De betreffende doorlopende leerroute wordt aangeboden op volgende locatie(s):

Leerjaar 3 en 4: Duinvak College, Beverwijk (vier dagen per week) en ROC Spaarnestad, locatie Zorgplein Haarlem (één dag per week). Mbo-fase: ROC Spaarnestad, locatie Zorgplein Haarlem, en de leerbedrijven.

b. Er zijn afspraken gemaakt over het gebruik van verschillende faciliteiten zoals:

…………………………………………………………………………………………………………………
…………………………………………………………………………………………………………………

c. De inzet van personeel is als volgt georganiseerd:

Docenten van ROC Spaarnestad verzorgen in leerjaar 3 en 4 gemiddeld zes lesuren per week de mbo-onderdelen; de docenten van het Duinvak College verzorgen de algemene vakken en het profielvak. Samen vormen zij één docententeam. Voor het vakoverstijgende onderdeel "Zorg in de praktijk" maken partijen gebruik van de teambevoegdheid; voor elk programmaonderdeel is een bevoegde docent in het team aanwezig. Docenten blijven in dienst van hun eigen werkgever.

### 5. Overstapoptie

Deelnemers die deze doorlopende leerroute niet met succes afronden worden door ondergetekenden in staat gesteld om:

- tijdens leerjaar 3 en 4: de reguliere kaderberoepsgerichte leerweg (profiel Zorg en welzijn of een ander profiel) aan het Duinvak College te vervolgen en daar het vmbo-diploma te halen;
- in de mbo-fase: over te stappen naar een andere opleiding op niveau 2 of 3 bij ROC Spaarnestad, zoals Helpende zorg en welzijn (niveau 2) of Pedagogisch medewerker kinderopvang (niveau 3), ook als het vmbo-diploma nog niet is behaald;
- als het vmbo-diploma aan het eind van het derde jaar van de route niet is gehaald: het examen in het volgende schooljaar opnieuw te doen, of zonder vmbo-diploma verder te gaan in een mbo-opleiding op vergelijkbaar niveau bij ROC Spaarnestad.

Welk alternatief passend is, bepalen de afdelingsleider van het Duinvak College en de teamleider Zorg van ROC Spaarnestad samen, na een gesprek met de leerling en zijn ouders, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling.

### 6. Financiën

In de financiële overeenkomst, die als bijlage bij deze overeenkomst kan worden toegevoegd, is door ondergetekenden vastgelegd welke afspraken zijn gemaakt over de kosten van de doorlopende leerlijn. Er zijn afspraken gemaakt over eventuele overdracht van de bekostiging tussen ondergetekende partijen, de omvang en bestemming van evt. over te dragen middelen.

### 7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime (optioneel)

Voor de doorlopende leerroutes geldt de WMS voor leerlingen die ingeschreven staan op het vmbo en hun ouders (de eerste 2 jaar van de doorlopende leerroute) en leraren die in dienst zijn van de vmbo-school. De WEB en WOR gelden voor studenten die ingeschreven staan op het mbo en hun ouders (na de eerste 2 jaar van de route) en docenten die in dienst zijn van de mbo-school. Indien gewenst kunnen er voor een doorlopende leerroute aanvullende afspraken worden gemaakt op het toepasselijke medezeggenschapsregime, dit kunnen alleen aanvullingen zijn op het geldende regime.

### 8. Geschilbeslechting

De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de overeenkomst.

### 9. Betrokkenheid andere partijen

De voorwaarden waaronder een andere school of een andere instelling voor beroepsonderwijs partij kan worden bij de overeenkomst.

### 10. Beëindiging overeenkomst

Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Iedere partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met een opzegtermijn van twaalf maanden. Na opzegging worden geen nieuwe leerlingen meer toegelaten; leerlingen en studenten die al in de route zitten, ronden de route af volgens deze afspraken. Wijzigingen van deze overeenkomst worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend; zij gaan in bij het begin van een schooljaar.

---

Beverwijk, 27 juni 2025 – namens Stichting Openbaar Voortgezet Onderwijs Kennemerduin: P.J. Ruijs

Haarlem, 27 juni 2025 – namens Stichting ROC Spaarnestad: C. Lagerwey-Dekker
"""


@sample("h35", "h35_format_half_ingevuld_beverwijk", "md",
        "Officieel format half ingevuld (Markdown); Kennemerland; Zorg en welzijn kb -> Verzorgende-IG "
        "niveau 3; faciliteiten alleen stippellijnen, Financiën en geschil/toetreding letterlijk uit het "
        "format (wet herhaald), medezeggenschap alleen format-tekst ('kunnen').",
        ["p", "p", "p", "p", "w", "p", "w", "na", "w", "w"],
        {"a": "1. De betreffende doorlopende leerroute vmbo-mbo",
         "b": "2. Betrokkenheid bedrijfsleven",
         "c": "3. Inzet leiding en verantwoording",
         "d": "3. Inzet leiding en verantwoording",
         "f": "5. Overstapoptie"})
def h35():
    return H35_TEXT


# =============================================================================================
# h36 - geïntegreerde route, policy-officer style, numbered sections (PDF)
# =============================================================================================

@sample("h36", "h36_geintegreerde_route_culemborg", "pdf",
        "Geïntegreerde route in beleidsstijl (PDF, genummerde paragrafen); Rivierenland; Bouwen, wonen en "
        "interieur bb -> Timmerman niveau 2; benoeming routeteam uitgesteld ('nader bepaald'), uitstappers "
        "automatisch naar Entree, niets over geld; medezeggenschap wel aanvullend geregeld.",
        ["p", "p", "w", "p", "p", "w", "m", "p", "p", "p"],
        {"a": "2. De geïntegreerde route",
         "b": "3. Betrokkenheid van de bouwbedrijven",
         "d": "5. Verantwoording aan de besturen",
         "e": "6. Onderwijs en organisatie",
         "h": "8. Medezeggenschap",
         "i": "9. Geschillen",
         "j": "10. Looptijd, toetreding, wijziging en beëindiging"})
def h36():
    B = []
    a = B.append
    a(("title", "Samenwerkingsovereenkomst geïntegreerde route Bouw Rivierenland"))
    a(("sub", "vmbo basisberoepsgerichte leerweg Bouwen, wonen en interieur – mbo Timmerman (niveau 2)"))
    a(("p", "**De ondertekenden:**"))
    a(("np", "1.", "Stichting voor Christelijk Voortgezet Onderwijs Betuwe-Bommel, gevestigd te Culemborg, "
                   "bevoegd gezag van Vakcollege Lingezicht (school voor vbo), vertegenwoordigd door mevrouw "
                   "I. Hoogendoorn-van Dam, voorzitter van het college van bestuur, hierna: Lingezicht;"))
    a(("np", "2.", "Stichting ROC Linge en Waal, gevestigd te Tiel, vertegenwoordigd door de heer B. Scheffer, "
                   "lid van het college van bestuur, hierna: het ROC;"))
    a(("p", "hierna samen: partijen, komen het volgende overeen."))

    a(("h", "1. Aanleiding"))
    a(("p", "In Rivierenland is een structureel tekort aan vakmensen in de bouw. Een deel van de leerlingen in "
            "de basisberoepsgerichte leerweg heeft meer aan een praktijkgerichte route die direct naar een "
            "mbo-diploma leidt dan aan een afzonderlijk vmbo-examen. Partijen bieden daarom samen een "
            "geïntegreerde route aan. Deze overeenkomst is de samenwerkingsovereenkomst die daarvoor op grond "
            "van artikel 9.1.17 WEB is vereist."))

    a(("h", "2. De geïntegreerde route"))
    a(("np", "2.1", "Partijen verzorgen samen een geïntegreerde route als bedoeld in artikel 2.107l WVO 2020 en "
                    "artikel 9.1.17 WEB. De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, "
                    "profiel Bouwen, wonen en interieur, van Lingezicht en leidt tot het diploma van de "
                    "basisberoepsopleiding Timmerman (niveau 2, BOL) in het opleidingsdomein Bouw en infra van "
                    "het ROC."))
    a(("np", "2.2", "Lingezicht neemt in deze route geen eindexamen basisberoepsgerichte leerweg af. Een "
                    "leerling neemt alleen aan de route deel als de school, in overleg met de leerling en zijn "
                    "ouders en na overleg met het ROC, heeft vastgesteld dat de route voor hem meerwaarde "
                    "heeft."))
    a(("np", "2.3", "De route duurt drie jaar: twee routejaren waarin de leerling is ingeschreven bij "
                    "Lingezicht, gevolgd door een routejaar waarin hij als student is ingeschreven bij het ROC."))
    a(("np", "2.4", "Partijen melden de route gezamenlijk aan via het Register Instellingen en Opleidingen."))

    a(("h", "3. Betrokkenheid van de bouwbedrijven"))
    a(("p", "Partijen werken in de route samen met het Bouwleerbedrijf Betuwe, het regionale "
            "opleidingsbedrijf van de bouw, en met de aannemers die daarbij zijn aangesloten, waaronder "
            "Bouwbedrijf Van Kooten (Geldermalsen) en Aannemersbedrijf De Lange Lek (Culemborg). Deze "
            "bedrijven:"))
    a(("li", "a.", "bieden leerlingen vanaf het tweede routejaar twee dagen per week een leerwerkplek op de "
                   "bouwplaats;"))
    a(("li", "b.", "leveren vakmensen die in elk routejaar gastlessen en workshops verzorgen;"))
    a(("li", "c.", "beoordelen via hun praktijkopleiders mee bij de praktijkexamens;"))
    a(("li", "d.", "adviseren in de Klankbordgroep Bouw, die drie keer per jaar bijeenkomt, over de inhoud "
                   "van het programma."))

    a(("h", "4. Routeteam"))
    a(("np", "4.1", "De leiding over de route berust bij het routeteam. Het routeteam bestaat uit de "
                    "afdelingsleider basisberoepsgerichte leerweg van Lingezicht, de teamleider Bouw van het "
                    "ROC en, als adviserend lid, de praktijkcoördinator van het Bouwleerbedrijf Betuwe."))
    a(("np", "4.2", "Het routeteam heeft de volgende taken:"))
    a(("li", "a.", "het opstellen van de jaarplanning en het rooster;"))
    a(("li", "b.", "het voorbereiden van de gezamenlijke onderwijs- en examenregeling (OER);"))
    a(("li", "c.", "het organiseren van de leerwerkplekken;"))
    a(("li", "d.", "de toelating van leerlingen tot de route;"))
    a(("li", "e.", "de begeleiding van leerlingen en de overdracht van leerlinggegevens."))
    a(("np", "4.3", "Het routeteam is bevoegd te beslissen over de toelating van leerlingen, het rooster en de "
                    "verdeling van de leerwerkplekken. Besluiten over personeel en over wijziging van de route "
                    "nemen de colleges van bestuur."))
    a(("np", "4.4", "Op welke wijze de leden van het routeteam worden aangewezen en voor welke termijn, wordt "
                    "door de colleges van bestuur nader bepaald."))

    a(("h", "5. Verantwoording aan de besturen"))
    a(("p", "Het routeteam stelt ieder jaar vóór 15 september een jaarverslag op over het afgelopen schooljaar "
            "(instroom, uitval, diploma's, ervaringen van leerlingen en bedrijven) en zendt dit aan beide "
            "colleges van bestuur. Daarnaast geeft het routeteam in januari een mondelinge tussenstand in het "
            "bestuurlijk overleg tussen beide colleges, waarin ook het jaarverslag wordt besproken."))

    a(("h", "6. Onderwijs en organisatie"))
    a(("np", "6.1", "Het onderwijsprogramma en de examinering per leerjaar, met inbegrip van de "
                    "beroepspraktijkvorming, zijn beschreven in de gezamenlijke OER van de route, die de colleges "
                    "van bestuur jaarlijks vóór 1 oktober vaststellen."))
    a(("np", "6.2", "In de eerste twee routejaren is de leerling ingeschreven bij Lingezicht; daarna wordt hij "
                    "ingeschreven bij het ROC."))
    a(("np", "6.3", "Het onderwijs wordt verzorgd door één team van docenten van beide partijen. Een docent "
                    "timmeren van het ROC geeft in het eerste en tweede routejaar twee dagen per week les bij "
                    "Lingezicht; de docenten Nederlands, rekenen en burgerschap van Lingezicht blijven in het "
                    "derde routejaar betrokken. Voor het onderdeel \"Bouwen en timmeren\" wordt gewerkt met "
                    "teambevoegdheid; in het team is voor elk programmaonderdeel een bevoegde docent aanwezig. "
                    "Alle docenten blijven in dienst van hun eigen werkgever."))
    a(("np", "6.4", "In de eerste twee routejaren werken leerlingen in de houtwerkplaats van Lingezicht. In het "
                    "tweede en derde routejaar maken zij één dag per week gebruik van de bouwhal en de "
                    "machinale houtbewerking van het ROC in Tiel. Het ROC verzorgt voor alle leerlingen de "
                    "VCA-basistraining."))
    a(("np", "6.5", "De klachtenregeling van elke partij geldt ook voor gedragingen van medewerkers van de "
                    "andere partij in het kader van de route; partijen sturen zulke klachten binnen een week door."))

    a(("h", "7. Leerlingen die de route verlaten"))
    a(("np", "7.1", "Leerlingen die de geïntegreerde route niet afmaken, stromen door naar de Entreeopleiding "
                    "(niveau 1) van het ROC. Daar werken zij aan een Entreediploma en worden zij zo snel mogelijk "
                    "naar werk begeleid."))
    a(("np", "7.2", "De mentor van de leerling draagt het leerlingdossier binnen twee weken over aan de "
                    "Entreeopleiding."))

    a(("h", "8. Medezeggenschap"))
    a(("np", "8.1", "Voor leerlingen in de eerste twee routejaren en hun ouders geldt de Wet medezeggenschap op "
                    "scholen, voor studenten in het derde routejaar hoofdstuk 8a van de WEB; voor het personeel "
                    "gelden de WMS respectievelijk de WOR."))
    a(("np", "8.2", "Partijen spreken daarnaast af dat de medezeggenschapsraad van Lingezicht en de "
                    "studentenraad van het ROC ieder jaar in oktober een gezamenlijke vergadering over de route "
                    "houden, waarvoor het routeteam het jaarverslag aanlevert en waarin het routeteam vragen "
                    "beantwoordt. Een voorgenomen besluit tot wijziging van de OER van de route wordt vooraf aan "
                    "beide raden voor advies voorgelegd."))

    a(("h", "9. Geschillen"))
    a(("np", "9.1", "Een verschil van mening tussen partijen over de uitvoering van deze overeenkomst wordt "
                    "eerst in het routeteam besproken."))
    a(("np", "9.2", "Wordt het routeteam het niet binnen vier weken eens, dan leggen partijen het geschil voor "
                    "aan het bestuurlijk overleg."))
    a(("np", "9.3", "Leidt ook dat niet binnen zes weken tot een oplossing, dan vragen partijen bindend advies "
                    "aan een onafhankelijke deskundige op het gebied van onderwijsrecht, die zij samen "
                    "aanwijzen. Komen zij over de persoon van de deskundige niet tot overeenstemming, dan wordt "
                    "deze op verzoek van de meest gerede partij aangewezen door de deken van de Orde van "
                    "Advocaten in het arrondissement Gelderland. Het bindend advies is voor beide partijen "
                    "verbindend."))

    a(("h", "10. Looptijd, toetreding, wijziging en beëindiging"))
    a(("np", "10.1", "Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt daarna "
                     "steeds stilzwijgend met vijf jaar verlengd."))
    a(("np", "10.2", "Een andere school voor vbo in Rivierenland kan tot deze overeenkomst toetreden, mits "
                     "beide partijen daarmee schriftelijk instemmen, de school de basisberoepsgerichte leerweg "
                     "in het profiel Bouwen, wonen en interieur aanbiedt en de OER van de route overneemt. "
                     "Toetreding wordt vastgelegd in een door alle partijen ondertekend addendum en gaat in per "
                     "1 augustus."))
    a(("np", "10.3", "Wijziging van deze overeenkomst geschiedt schriftelijk en met instemming van beide "
                     "colleges van bestuur. Een wijziging gaat in bij het begin van een schooljaar en mag de "
                     "positie van leerlingen die al in de route zitten niet verslechteren."))
    a(("np", "10.4", "Elke partij kan de overeenkomst schriftelijk opzeggen per 1 augustus, met een opzegtermijn "
                     "van twaalf maanden. Elke partij kan de overeenkomst ontbinden als de andere partij "
                     "ernstig tekortschiet en dat na een schriftelijke aanmaning niet binnen redelijke termijn "
                     "herstelt."))
    a(("np", "10.5", "Bij beëindiging, om welke reden ook, stromen geen nieuwe leerlingen meer in. Leerlingen "
                     "die op dat moment aan de route deelnemen, kunnen de route bij partijen afmaken; partijen "
                     "blijven daartoe de afspraken in deze overeenkomst nakomen."))
    a(("sp", 10))
    a(("p", "Aldus overeengekomen en ondertekend te Culemborg op 30 juni 2025."))
    a(("sig", [["Stichting voor Christelijk Voortgezet Onderwijs Betuwe-Bommel", "", "",
                "I. Hoogendoorn-van Dam, voorzitter college van bestuur"],
               ["Stichting ROC Linge en Waal", "", "", "B. Scheffer, lid college van bestuur"]]))
    return B


H36_OPT = dict(font="Helvetica", size=9.8, justify=False, hcolor="#2E5E2E",
               footer="Samenwerkingsovereenkomst geïntegreerde route Bouw Rivierenland – versie 1.0",
               title="Samenwerkingsovereenkomst geïntegreerde route Bouw Rivierenland",
               author="Beleidsteam Onderwijs Lingezicht")


# =============================================================================================
# h37 - consortium of three, decimal sections, several tables (DOCX, Heading styles)
# =============================================================================================

@sample("h37", "h37_consortium_tabellen_uden", "docx",
        "Consortiumovereenkomst drie partijen (DOCX, Heading-stijlen, vier tabellen) opgesteld door een "
        "consortiumsecretaris; Oost-Brabant; twee routes: Economie en ondernemen kb -> Commercieel medewerker "
        "niveau 3 en Media, vormgeving en ICT gl -> Software developer niveau 4; volledig, leiding in tabel, "
        "overdracht in beide richtingen.",
        ["p"] * 10,
        {"a": "2 Routes van het consortium",
         "b": "3 Bedrijfsleven",
         "c": "4 Regie en leiding",
         "d": "5 Informatie en verantwoording",
         "e": "6 Onderwijs, personeel en voorzieningen",
         "f": "7 Overstap",
         "g": "8 Financiële afspraken",
         "h": "9 Medezeggenschap",
         "i": "10 Geschillen",
         "j": "11 Toetreding, wijziging en einde van de samenwerking"})
def h37():
    B = []
    a = B.append
    a(("title", "Samenwerkingsovereenkomst Doorlopende Leerroutes Maasland-Peel"))
    a(("sub", "Consortium Aa-College, Maasheggen College en ROC Brabant-Noordoost – versie 2025-1, "
              "vastgesteld in de consortiumraad van 17 juni 2025 (secretariaat: L. van Rooij)"))
    a(("h", "Partijen"))
    a(("np", "1.", "Stichting Voortgezet Onderwijs Peel en Aa, gevestigd te Veghel, bevoegd gezag van het "
                   "Aa-College (vmbo), rechtsgeldig vertegenwoordigd door de heer drs. F.M. van den Heuvel, "
                   "voorzitter college van bestuur;"))
    a(("np", "2.", "Stichting Katholiek Voortgezet Onderwijs Maasheggen, gevestigd te Uden, bevoegd gezag van "
                   "het Maasheggen College (vmbo), rechtsgeldig vertegenwoordigd door mevrouw E.A. Verhoeven, "
                   "bestuurder;"))
    a(("np", "3.", "Stichting ROC Brabant-Noordoost, gevestigd te 's-Hertogenbosch, rechtsgeldig "
                   "vertegenwoordigd door mevrouw mr. S. Biemans, voorzitter college van bestuur;"))
    a(("p", "hierna samen: de consortiumpartners; partijen 1 en 2 samen: de vo-scholen."))
    a(("p", "De consortiumpartners werken sinds 2022 samen in het Consortium Maasland-Peel om jongeren uit de "
            "regio zonder onnodige drempels van vmbo naar mbo te laten doorstromen. Met deze overeenkomst "
            "zetten zij twee doorlopende leerroutes vmbo-mbo op en voldoen zij aan artikel 2.107b WVO 2020 en "
            "artikel 9.1.3 WEB. Zij komen het volgende overeen."))

    a(("h", "1 Begrippen"))
    a(("np", "1.1", "Route: een doorlopende leerroute vmbo-mbo uit tabel 1."))
    a(("np", "1.2", "Vo-fase: de eerste twee leerjaren van een route (leerjaar 3 en 4 vmbo); mbo-fase: de "
                    "leerjaren daarna."))
    a(("np", "1.3", "Consortiumraad, routeleiding, routecoördinator en secretariaat: de organen en functies "
                    "uit tabel 3."))

    a(("h", "2 Routes van het consortium"))
    a(("np", "2.1", "De consortiumpartners verzorgen gezamenlijk de volgende routes:"))
    a(("table", [
        ["Route", "Vo-school", "Leerweg en profiel", "Mbo-opleiding", "Opleidingsdomein", "Eerste cohort"],
        ["Handel & Ondernemen", "Aa-College, Veghel", "kaderberoepsgerichte leerweg, Economie en ondernemen",
         "Commercieel medewerker (niveau 3, BOL)", "Handel", "2025-2026"],
        ["Software", "Maasheggen College, Uden", "gemengde leerweg, Media, vormgeving en ICT",
         "Software developer (niveau 4, BOL)", "ICT", "2025-2026"],
    ], [2.6, 2.6, 3.4, 3.2, 2.2, 1.8]))
    a(("p", "Tabel 1 – routes"))
    a(("np", "2.2", "Iedere vo-school meldt samen met het ROC haar route afzonderlijk aan de minister door "
                    "registratie in RIO."))
    a(("np", "2.3", "Het vmbo-diploma wordt in het tweede leerjaar van de route behaald; de cursusduur van de "
                    "route Handel & Ondernemen is vijf jaar, die van de route Software vijf en een half jaar."))

    a(("h", "3 Bedrijfsleven"))
    a(("np", "3.1", "Per route is er een routetafel bedrijfsleven. Aan de routetafel Handel & Ondernemen nemen "
                    "de Ondernemerskring Meierijstad en zes erkende leerbedrijven uit detailhandel en groothandel "
                    "deel, onder wie Van Dinther Foodservice en Modehuis Bergmans. Aan de routetafel Software "
                    "neemt het netwerk ICT-kring Maasland deel met ten minste vijf softwarebedrijven."))
    a(("np", "3.2", "De rol van het bedrijfsleven is per route als volgt vastgelegd:"))
    a(("table", [
        ["Rol", "Route Handel & Ondernemen", "Route Software"],
        ["Stage en bpv", "snuffelstages vo-fase (2 weken per jaar); bpv mbo-fase", "bedrijfsbezoeken vo-fase; "
         "bpv mbo-fase (2 x 20 weken)"],
        ["Gastlessen en opdrachten", "per leerjaar een klantcase van een leerbedrijf", "per leerjaar een "
         "hackathon met opdrachten van bedrijven"],
        ["Beoordeling", "praktijkopleiders beoordelen mee bij de proeve", "praktijkopleiders beoordelen mee "
         "bij de proeve"],
        ["Advies programma", "routetafel, tweemaal per jaar", "routetafel, tweemaal per jaar"],
    ], [3.4, 6.2, 6.2]))
    a(("p", "Tabel 2 – rol van het bedrijfsleven"))

    a(("h", "4 Regie en leiding"))
    a(("np", "4.1", "De leiding over iedere route berust bij de routeleiding van die route. De colleges van "
                    "bestuur dragen de in tabel 3 genoemde taken en bevoegdheden op aan de daar genoemde organen."))
    a(("table", [
        ["Orgaan", "Samenstelling", "Benoeming", "Taken", "Bevoegdheden"],
        ["Consortiumraad", "een lid van het college van bestuur van elke partner", "ieder bestuur wijst zijn "
         "eigen lid aan", "strategie, vaststellen PTA/OER en begroting, toezicht op de routeleiding",
         "neemt alle besluiten die niet aan de routeleiding zijn opgedragen"],
        ["Routeleiding (per route)", "afdelingsleider van de vo-school, opleidingsmanager van het ROC, "
         "routecoördinator", "afdelingsleider en opleidingsmanager door het eigen bestuur; routecoördinator "
         "door de consortiumraad op voordracht van de routeleiding", "dagelijkse leiding, voorstel PTA/OER, "
         "rooster, toelating, overstapadvies, contact routetafel", "beslist over rooster, toelating en inzet "
         "van docenten binnen de vastgestelde formatie; uitgaven tot € 10.000 binnen de routebegroting"],
        ["Secretariaat", "consortiumsecretaris (0,4 fte, in dienst van het ROC)", "benoemd door de "
         "consortiumraad", "agenda, verslaglegging, bundelen van rapportages", "geen besluitbevoegdheid"],
    ], [2.6, 3.2, 3.4, 3.6, 3.6]))
    a(("p", "Tabel 3 – organen, benoeming, taken en bevoegdheden"))
    a(("np", "4.2", "Besluiten over formatie, arbeidsvoorwaarden en wijziging van deze overeenkomst blijven "
                    "voorbehouden aan de colleges van bestuur."))

    a(("h", "5 Informatie en verantwoording"))
    a(("np", "5.1", "Iedere routeleiding levert per kwartaal via het secretariaat een beknopte monitor aan de "
                    "drie colleges van bestuur met in-, door- en uitstroom en verzuim."))
    a(("np", "5.2", "Jaarlijks vóór 15 oktober stelt iedere routeleiding een jaarverslag op met de "
                    "examenresultaten, de overstappen en de besteding van de overgedragen middelen. De "
                    "consortiumraad bespreekt de jaarverslagen in zijn vergadering van november en verleent de "
                    "routeleiding daarover decharge."))
    a(("np", "5.3", "Bij ernstige incidenten informeert de routeleiding de colleges van bestuur onverwijld."))

    a(("h", "6 Onderwijs, personeel en voorzieningen"))
    a(("np", "6.1", "Per route beschrijven de partners het onderwijsprogramma, de examinering en de bpv per "
                    "leerjaar in een gezamenlijk PTA/OER, dat de consortiumraad jaarlijks vóór 1 oktober "
                    "vaststelt."))
    a(("np", "6.2", "Personeel. Het ROC zet in de vo-fase docenten in: voor de route Handel & Ondernemen vier "
                    "lesuren per week commercie, voor de route Software zes lesuren per week programmeren. De "
                    "vo-scholen zetten in het eerste jaar van de mbo-fase docenten Nederlands, Engels en "
                    "rekenen/wiskunde in voor de afronding van het vmbo-deel. Voor de onderdelen \"Projectweken "
                    "Ondernemen\" en \"Programmeren en mediaproductie\" wordt gewerkt met teambevoegdheid. "
                    "Iedere docent blijft in dienst van zijn eigen werkgever. Tweemaal per jaar is er een "
                    "gezamenlijke studiedag voor alle docenten van de routes."))
    a(("np", "6.3", "Voorzieningen. Leerlingen van de route Handel & Ondernemen gebruiken de leerwinkel van het "
                    "ROC op de campus in Uden; leerlingen van de route Software gebruiken het softwarelab van "
                    "het ROC aldaar. ROC-studenten kunnen gebruikmaken van de mediaruimte en de makerspace van "
                    "het Maasheggen College. Laptops en licenties in de vo-fase worden door de vo-school "
                    "verstrekt."))
    a(("np", "6.4", "In de vo-fase staat de leerling ingeschreven bij de vo-school, daarna bij het ROC. Het "
                    "verzuim wordt in elke fase gemeld door de partner bij wie de leerling is ingeschreven. De "
                    "klachtenregeling van iedere partner geldt mede voor gedragingen van medewerkers van de "
                    "andere partners binnen de routes."))

    a(("h", "7 Overstap"))
    a(("np", "7.1", "Een leerling of student die een route verlaat voordat hij die met succes heeft afgerond, "
                    "krijgt altijd een passend alternatief dat leidt tot een vmbo-diploma of een mbo-diploma."))
    a(("np", "7.2", "Welk alternatief passend is, beslissen de afdelingsleider van de vo-school en de "
                    "opleidingsmanager van het ROC samen, na een overstapgesprek met de leerling, zijn ouders en "
                    "de mentor. Zij houden rekening met het bereikte onderwijsniveau, de leeftijd en de wensen "
                    "van de leerling."))
    a(("np", "7.3", "Daarbij gelden deze kaders:"))
    a(("table", [
        ["Moment", "Route Handel & Ondernemen", "Route Software"],
        ["Vertrek in de vo-fase", "reguliere kaderberoepsgerichte leerweg, Economie en ondernemen of ander "
         "profiel, tot het vmbo-diploma", "reguliere gemengde of theoretische leerweg tot het vmbo-diploma"],
        ["Vmbo-diploma behaald, vertrek in de mbo-fase", "andere mbo-opleiding op niveau 2 of 3 bij het ROC, "
         "binnen of buiten het domein Handel", "andere mbo-opleiding op niveau 3 of 4 bij het ROC, bijvoorbeeld "
         "Allround medewerker IT systems and devices"],
        ["Vmbo-diploma niet behaald na het derde routejaar", "herkansing of herhaling van het examenjaar, of "
         "instroom in een mbo-opleiding op vergelijkbaar niveau bij het ROC zonder vmbo-diploma; de "
         "vooropleidingseisen gelden dan niet", "idem"],
        ["Overstap naar een andere instelling", "begeleiding bij aanmelding en geschiktheidsonderzoek",
         "idem"],
    ], [4.0, 5.9, 5.9]))
    a(("p", "Tabel 4 – overstapkaders"))
    a(("np", "7.4", "De vo-scholen nemen de uitwerking op in hun schoolgids, het ROC in de studiegids."))

    a(("h", "8 Financiële afspraken"))
    a(("np", "8.1", "In de vo-fase ontvangen de vo-scholen de bekostiging, in de mbo-fase het ROC. Tussen de "
                    "partners worden de volgende middelen overgedragen:"))
    a(("table", [
        ["Richting", "Grondslag", "Omvang", "Bestemming"],
        ["Aa-College naar ROC (art. 5.42a WVO 2020)", "leerlingen route Handel & Ondernemen in de vo-fase, "
         "peildatum 1 oktober", "€ 900 per leerling per schooljaar", "inzet ROC-docent commercie en gebruik "
         "leerwinkel"],
        ["Maasheggen College naar ROC (art. 5.42a WVO 2020)", "leerlingen route Software in de vo-fase, "
         "peildatum 1 oktober", "€ 1.350 per leerling per schooljaar", "inzet ROC-docent programmeren, "
         "softwarelab en softwarelicenties"],
        ["ROC naar vo-scholen (art. 9.1.15 WEB)", "studenten in het eerste jaar van de mbo-fase, peildatum "
         "1 oktober", "€ 400 per student per schooljaar", "inzet vo-docenten Nederlands, Engels en "
         "rekenen/wiskunde (6.2)"],
    ], [3.8, 4.2, 3.4, 4.4]))
    a(("p", "Tabel 5 – overdracht van bekostiging"))
    a(("np", "8.2", "Het secretariaat stelt jaarlijks in november de verrekening op; betaling volgt binnen "
                    "dertig dagen. Overige kosten draagt iedere partner zelf."))

    a(("h", "9 Medezeggenschap"))
    a(("np", "9.1", "In de vo-fase geldt de WMS, in de mbo-fase gelden hoofdstuk 8a WEB en de WOR."))
    a(("np", "9.2", "Aanvullend stellen de partners een Medezeggenschapsoverleg Doorlopende Leerroutes in, met "
                    "twee leden uit de MR van elke vo-school, twee leden van de studentenraad en één lid van de "
                    "ondernemingsraad van het ROC. Het overleg komt tweemaal per jaar bijeen met de "
                    "consortiumraad en brengt advies uit over de jaarverslagen en over ieder voorgenomen besluit "
                    "om een route te wijzigen, uit te breiden of te beëindigen, voordat de colleges van bestuur "
                    "besluiten."))
    a(("np", "9.3", "Leerlingen in de vo-fase mogen als toehoorder met spreekrecht de vergaderingen van de "
                    "studentenraad van het ROC bijwonen."))

    a(("h", "10 Geschillen"))
    a(("np", "10.1", "Bij een geschil tussen partners over de uitvoering van deze overeenkomst geldt deze "
                     "volgorde: (1) bespreking in de routeleiding; (2) bespreking in de consortiumraad binnen vier "
                     "weken; (3) bindend advies door een geschillencommissie van drie leden, waarvan elke "
                     "betrokken partij er één aanwijst en die twee samen de voorzitter aanwijzen. De commissie "
                     "brengt binnen acht weken advies uit; haar kosten worden gelijk verdeeld."))
    a(("np", "10.2", "Dit laat onverlet dat een partner in spoedeisende gevallen een voorlopige voorziening kan "
                     "vragen bij de voorzieningenrechter van de Rechtbank Oost-Brabant."))

    a(("h", "11 Toetreding, wijziging en einde van de samenwerking"))
    a(("h2", "11.1 Toetreding"))
    a(("p", "Het bevoegd gezag van een vmbo-school of mbo-instelling in Oost-Brabant kan toetreden als de "
            "consortiumraad daarmee unaniem instemt en de toetreder deze overeenkomst en het PTA/OER van de "
            "betreffende route aanvaardt, een toetredingsverklaring ondertekent en de route registreert in RIO. "
            "Toetreding gaat in per 1 augustus en verandert niets aan de positie van leerlingen die al in een "
            "route zitten."))
    a(("h2", "11.2 Wijziging"))
    a(("p", "Een voorstel tot wijziging loopt via het secretariaat en wordt na advies van het "
            "Medezeggenschapsoverleg unaniem vastgesteld door de consortiumraad en vastgelegd in een addendum "
            "dat door alle partners wordt ondertekend. Een wijziging gaat in bij het begin van een schooljaar "
            "en mag de voorwaarden voor zittende leerlingen en studenten niet verslechteren."))
    a(("h2", "11.3 Duur, opzegging en ontbinding"))
    a(("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een partner kan haar "
            "deelname schriftelijk opzeggen per 1 augustus, met een opzegtermijn van achttien maanden. Bij "
            "ernstige tekortkoming die na schriftelijke ingebrekestelling niet binnen twee maanden wordt "
            "hersteld, kunnen de andere partners de overeenkomst met die partner ontbinden. De samenwerking "
            "tussen de overige partners loopt door."))
    a(("h2", "11.4 Bescherming van leerlingen"))
    a(("p", "Na opzegging of ontbinding neemt de betreffende route geen nieuwe leerlingen meer op. Leerlingen "
            "en studenten die al in de route zitten, ronden haar af; de uittredende partner blijft voor hen haar "
            "verplichtingen uit deze overeenkomst nakomen tot de laatste van hen de route heeft afgerond of met "
            "toepassing van artikel 7 is overgestapt."))

    a(("h", "Ondertekening"))
    a(("sig", [["Veghel, 30 juni 2025", "Stichting Voortgezet Onderwijs Peel en Aa",
                "drs. F.M. van den Heuvel"],
               ["Uden, 30 juni 2025", "Stichting Katholiek Voortgezet Onderwijs Maasheggen", "E.A. Verhoeven"],
               ["'s-Hertogenbosch, 30 juni 2025", "Stichting ROC Brabant-Noordoost", "mr. S. Biemans"]]))
    return B


H37_OPT = dict(font="Arial", size=10, after=4, headings="styles", margin=2.0,
               title="SOK Doorlopende Leerroutes Maasland-Peel", author="Consortiumsecretariaat Maasland-Peel")


# =============================================================================================
# h38 - interne regeling of an AOC, decree style (TXT)
# =============================================================================================

H38_TEXT = """
STICHTING AGRARISCH OPLEIDINGSCENTRUM PEEL EN MAAS

Besluit van het college van bestuur van 26 juni 2025, nr. CvB/2025/061, houdende vaststelling van de
Interne regeling doorlopende leerroute vmbo groen - Vakbekwaam hovenier


Het college van bestuur van Stichting Agrarisch Opleidingscentrum Peel en Maas, bevoegd gezag van het
Groencollege Peel en Maas, met een vmbo-afdeling te Horst en een mbo-afdeling te Venray;

gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid,
van de Wet educatie en beroepsonderwijs;

overwegende:
- dat het Groencollege binnen een en dezelfde rechtspersoon zowel vmbo groen als beroepsopleidingen in het
  groene domein verzorgt, zodat de doorlopende leerroute wordt geregeld bij interne regeling in plaats van
  bij samenwerkingsovereenkomst;
- dat de hoveniers- en groenvoorzieningsbedrijven in Noord-Limburg van oudsher nauw bij het groene
  onderwijs in de regio betrokken zijn en dat het college die betrokkenheid ook voor de doorlopende
  leerroute van grote waarde acht;
- dat de deelraad vmbo, de studentenraad en de ondernemingsraad over deze regeling advies hebben
  uitgebracht;

BESLUIT

vast te stellen de volgende regeling.


Artikel 1. Begrippen

In deze regeling wordt verstaan onder:
a. college: het college van bestuur van Stichting Agrarisch Opleidingscentrum Peel en Maas;
b. route: de doorlopende leerroute bedoeld in artikel 2;
c. vmbo-afdeling: de school voor vbo van het Groencollege te Horst;
d. mbo-afdeling: de beroepsopleidingen van het Groencollege te Venray;
e. routecoördinator: de functionaris bedoeld in artikel 3;
f. PTA/OER: het programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route.


Artikel 2. De route

1. Het Groencollege verzorgt een doorlopende leerroute vmbo-mbo die begint in leerjaar 3 van de
   kaderberoepsgerichte leerweg, profiel Groen, en leidt tot het vmbo-diploma en het diploma van de
   beroepsopleiding Vakbekwaam hovenier (niveau 3, BOL), opleidingsdomein Voedsel, natuur en
   leefomgeving.
2. De route duurt vijf jaar. Gedurende de eerste twee jaren is de deelnemer leerling van de
   vmbo-afdeling; daarna wordt hij als student ingeschreven bij de mbo-afdeling.
3. Het college meldt de route aan de minister door registratie in RIO.


Artikel 3. Leiding

1. De leiding over de route berust bij de routecoördinator. Hij wordt bijgestaan door het routeoverleg,
   waarin de teamleider bovenbouw groen van de vmbo-afdeling en de opleidingsmanager hoveniers van de
   mbo-afdeling zitting hebben.
2. Het college benoemt de routecoördinator, na advies van de directeur vmbo en de directeur mbo, voor een
   periode van drie jaar. De leden van het routeoverleg hebben daarin zitting uit hoofde van hun functie.
3. De routecoördinator heeft tot taak:
   a. de dagelijkse coördinatie van de route;
   b. het opstellen van het ontwerp-PTA/OER;
   c. het afstemmen van de roosters van beide afdelingen;
   d. de intake en de begeleiding van leerlingen bij een overstap.
4. De routecoördinator is bevoegd te beslissen over de toelating tot de route, stelt het lesrooster van
   de route vast en deelt docenten in binnen de formatie die de directeuren daarvoor beschikbaar stellen.
   Besluiten over begroting, formatie en personeel blijven bij de directeuren en het college.


Artikel 4. Informatie

De routecoördinator houdt de directeur vmbo, de directeur mbo en het college op de hoogte van de gang van
zaken in de route en verstrekt hun desgevraagd de gewenste inlichtingen.


Artikel 5. Onderwijsprogramma en examinering

1. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar zijn beschreven in
   het PTA/OER, dat het college jaarlijks vóór 1 oktober vaststelt.
2. Het centraal examen vmbo wordt afgenomen in het tweede jaar van de route. De mbo-examinering kan in het
   eerste jaar van de route beginnen.


Artikel 6. Personeel en voorzieningen

1. Het onderwijs wordt verzorgd door een team van docenten van beide afdelingen. Docenten hovenierij van
   de mbo-afdeling geven in de eerste twee jaren van de route zes lesuren per week les op de locatie
   Horst; de docenten biologie en rekenen van de vmbo-afdeling blijven in het derde jaar betrokken.
   Voor het onderdeel "Groene ruimte aanleggen en onderhouden" wordt gewerkt met teambevoegdheid.
2. Leerlingen gebruiken de schooltuin en de kassen in Horst en, vanaf het tweede jaar van de route, een
   dag per week het praktijkterrein en het machinepark (tuinaanleg, bestrating, maaimachines) in Venray.
   De vmbo-afdeling regelt het vervoer tussen beide locaties.


Artikel 7. Overstap

1. Beëindigt een leerling of student zijn deelname aan de route voordat hij haar met goed gevolg heeft
   afgerond, dan wordt hij in staat gesteld een vmbo-diploma of een mbo-diploma te behalen.
2. De directeur vmbo en de directeur mbo beslissen gezamenlijk, op voorstel van de routecoördinator en na
   een gesprek met de leerling en zijn ouders, welk vervolg passend is gezien het bereikte
   onderwijsniveau en de leeftijd van de leerling.
3. Daarbij staan ten minste de volgende mogelijkheden open:
   a. in de eerste twee jaren van de route: voortzetting in de reguliere kaderberoepsgerichte of
      basisberoepsgerichte leerweg van de vmbo-afdeling, gericht op het vmbo-diploma;
   b. daarna: overstap naar een andere beroepsopleiding van de mbo-afdeling op niveau 2 of 3, zoals
      Medewerker hovenier (niveau 2) of Vakbekwaam medewerker groene ruimte (niveau 3); de
      vooropleidingseisen gelden hierbij niet, ook niet wanneer het vmbo-diploma nog niet is behaald;
   c. bij een overstap naar een andere instelling: ondersteuning bij de aanmelding en een eventueel
      geschiktheidsonderzoek.


Artikel 8. Bekostiging

Nu het vo-deel en het mbo-deel van de route onder hetzelfde bevoegd gezag vallen, vindt geen overdracht
van bekostiging plaats als bedoeld in artikel 5.42a van de Wet voortgezet onderwijs 2020 of artikel
9.1.15 van de Wet educatie en beroepsonderwijs.


Artikel 9. Klachten

De klachtenregeling van de stichting is van toepassing op alle onderdelen van de route.


Artikel 10. Slotbepalingen

1. Deze regeling treedt in werking met ingang van 1 augustus 2025.
2. Een wijziging van deze regeling wordt niet eerder van kracht dan bij aanvang van het volgende
   schooljaar.
3. Deze regeling wordt aangehaald als: Interne regeling DLR Vakbekwaam hovenier.


Aldus vastgesteld door het college van bestuur te Venray, 26 juni 2025.

ir. M.J.G. Hendrix, voorzitter college van bestuur
"""


@sample("h38", "h38_interne_regeling_aoc_venray", "txt",
        "Interne regeling van een AOC in besluitvorm (TXT, 'gelet op/overwegende/besluit', artikelen); "
        "Noord-Limburg; Groen kb -> Vakbekwaam hovenier niveau 3; bedrijfsleven alleen in de considerans, "
        "informatie aan het college zonder vorm of frequentie; geen overdracht; h-j niet vereist.",
        ["p", "m", "p", "w", "p", "p", "p", "na", "na", "na"],
        {"a": "Artikel 2. De route",
         "c": "Artikel 3. Leiding",
         "e": "Artikel 6. Personeel en voorzieningen",
         "f": "Artikel 7. Overstap",
         "g": "Artikel 8. Bekostiging"})
def h38():
    return H38_TEXT


# =============================================================================================
# h39 - plain prose under unnumbered headings, with a definitions section (DOCX)
# =============================================================================================

@sample("h39", "h39_proza_kopjes_doetinchem", "docx",
        "Lopend proza in wij-vorm onder ongenummerde kopjes (DOCX, Heading 2, begrippenlijst, één tabel); "
        "Achterhoek; Mobiliteit en transport kb -> Eerste autotechnicus niveau 3; volledig, met overdracht "
        "per leerling en aanvullende medezeggenschap.",
        ["p"] * 10,
        {"a": "De route in het kort",
         "b": "Samen met de garagebedrijven",
         "c": "Wie de route leidt",
         "d": "Hoe de besturen op de hoogte blijven",
         "e": "Docenten, werkplaatsen en gebouwen",
         "f": "Als het anders loopt: de overstap",
         "g": "Geld",
         "h": "Medezeggenschap",
         "i": "Als we het niet eens worden",
         "j": "Aansluiten, wijzigen en beëindigen"})
def h39():
    B = []
    a = B.append
    a(("title", "Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit Achterhoek"))
    a(("sub", "Vakcollege Hooge Veld en ROC Oude IJssel – kaderberoepsgerichte leerweg Mobiliteit en transport, "
              "doorlopend naar Eerste autotechnicus (mbo niveau 3)"))
    a(("p", "Stichting Christelijk Voortgezet Onderwijs Achterhoek-Midden, gevestigd in Doetinchem, bevoegd "
            "gezag van Vakcollege Hooge Veld, in deze vertegenwoordigd door mevrouw H.W. Lensink, voorzitter "
            "van het college van bestuur (hierna: Hooge Veld),"))
    a(("p", "en"))
    a(("p", "Stichting Regionaal Opleidingencentrum Oude IJssel, gevestigd in Doetinchem, in deze "
            "vertegenwoordigd door de heer G.J. Wolterink, lid van het college van bestuur (hierna: het ROC),"))
    a(("p", "komen het volgende overeen."))

    a(("h2", "Waarom deze overeenkomst"))
    a(("p", "Hooge Veld en het ROC werken al jaren samen bij het opleiden van automonteurs voor de Achterhoek. "
            "Garagebedrijven in de regio komen moeilijk aan goed opgeleide technici, en te veel leerlingen haken "
            "af bij de overstap van vmbo naar mbo. Met een doorlopende leerroute willen wij die knip weghalen. "
            "In deze overeenkomst leggen wij vast hoe wij de route samen verzorgen; zij is tegelijk de "
            "samenwerkingsovereenkomst die de wet voor een doorlopende leerroute vmbo-mbo voorschrijft."))

    a(("h2", "Begrippen"))
    a(("p", "In deze overeenkomst bedoelen wij met:"))
    for lab, t in [
        ("•", "route: de doorlopende leerroute die in deze overeenkomst wordt beschreven;"),
        ("•", "vo-deel: de eerste twee jaar van de route, waarin de leerling ingeschreven staat bij Hooge Veld;"),
        ("•", "mbo-deel: de jaren daarna, waarin de leerling als student ingeschreven staat bij het ROC;"),
        ("•", "routeregisseur: de medewerker die de route dagelijks aanstuurt (zie 'Wie de route leidt');"),
        ("•", "overstapoptie: de mogelijkheid om na het verlaten van de route toch een diploma te halen (zie "
              "'Als het anders loopt: de overstap');"),
        ("•", "leerbedrijf: een door SBB erkend bedrijf waar leerlingen en studenten praktijkervaring opdoen."),
    ]:
        a(("li", lab, t))

    a(("h2", "De route in het kort"))
    a(("p", "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Mobiliteit en "
            "transport, van Hooge Veld. Zij loopt door in de mbo-opleiding Eerste autotechnicus (niveau 3, BOL) "
            "van het ROC, in het opleidingsdomein Mobiliteit en voertuigen. Leerlingen halen aan het eind van "
            "het tweede routejaar hun vmbo-diploma en ronden de route af met het mbo-diploma. De route duurt in "
            "totaal vijf jaar."))
    a(("table", [
        ["Routejaar", "Waar", "Wat"],
        ["1 (vmbo 3)", "Hooge Veld; één dag per week in de autowerkplaats van het ROC",
         "profielvak Mobiliteit en transport, eerste mbo-onderdelen onderhoud, oriënterende stage"],
        ["2 (vmbo 4)", "Hooge Veld en ROC", "centraal examen vmbo, basisonderhoud personenauto's, "
         "stage van vier weken"],
        ["3", "ROC en leerbedrijf", "onderhoud en reparatie, bpv"],
        ["4", "ROC en leerbedrijf", "diagnose, elektrische en hybride aandrijving, bpv"],
        ["5", "leerbedrijf en ROC", "keuzedelen, proeve van bekwaamheid"],
    ], [2.6, 6.0, 7.4]))
    a(("p", "Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER, dat beide besturen "
            "elk jaar vóór 1 oktober vaststellen. Wij melden de route samen bij DUO via RIO."))

    a(("h2", "Samen met de garagebedrijven"))
    a(("p", "Het bedrijfsleven doet in deze route niet alleen mee als stageplek. Wij werken samen met de "
            "Adviesraad Mobiliteit Achterhoek, waarin zes erkende leerbedrijven zitting hebben, waaronder "
            "Autobedrijf Ter Horst (Doetinchem), Garage Ooldersveld (Zelhem) en Bedrijfswagencentrum Oude IJssel "
            "(Gaanderen), en de regionale afdeling van de brancheorganisatie voor autobedrijven. Concreet "
            "spreken wij af dat:"))
    for t in [
        "de adviesraad twee keer per jaar met de stuurgroep het programma bespreekt en advies geeft over "
        "keuzedelen en nieuwe technieken, zoals elektrisch rijden;",
        "de leerbedrijven in routejaar 1 en 2 oriënterende stageplaatsen bieden en in het mbo-deel bpv-plaatsen;",
        "monteurs uit de leerbedrijven ieder schooljaar minstens drie gastlessen of werkplaatsdemonstraties "
        "verzorgen;",
        "praktijkopleiders van de leerbedrijven meebeoordelen bij de proeven van bekwaamheid.",
    ]:
        a(("li", "•", t))

    a(("h2", "Wie de route leidt"))
    a(("p", "De leiding over de route ligt bij een stuurgroep. Daarin zitten de directeur bovenbouw van Hooge "
            "Veld, de teamleider Automotive van het ROC en de routeregisseur. De directeur en de teamleider "
            "worden door hun eigen college van bestuur aangewezen. De routeregisseur wordt door de twee colleges "
            "van bestuur samen benoemd, na een gezamenlijke selectieprocedure, voor drie jaar; herbenoeming is "
            "mogelijk."))
    a(("p", "De besturen dragen de stuurgroep op de route dagelijks aan te sturen, het PTA/OER voor te "
            "bereiden, de inzet van docenten te plannen, de leerbedrijven te betrekken, te beslissen over "
            "toelating tot de route en de besturen te adviseren over overstappen. De stuurgroep mag zelfstandig "
            "het rooster vaststellen, leerlingen toelaten en docenten inzetten binnen de uren die de besturen "
            "beschikbaar stellen. Over de begroting, de formatie en wijziging van deze overeenkomst beslissen de "
            "besturen zelf."))

    a(("h2", "Hoe de besturen op de hoogte blijven"))
    a(("p", "De routeregisseur stuurt beide colleges van bestuur na ieder trimester een korte "
            "voortgangsrapportage met de cijfers over instroom, verzuim, uitval en overstap. Vóór 1 december "
            "stelt de stuurgroep een jaarverslag op over het afgelopen schooljaar, met de examenresultaten en "
            "een verantwoording van de besteding van het overgedragen geld. Dat jaarverslag wordt besproken in "
            "het bestuurlijk overleg, dat twee keer per jaar (december en juni) plaatsvindt. Een bestuur kan "
            "daarnaast altijd om informatie vragen."))

    a(("h2", "Docenten, werkplaatsen en gebouwen"))
    a(("p", "De route heeft één docententeam. Het ROC zet in het vo-deel een docent autotechniek in voor tien "
            "lesuren per week; Hooge Veld levert de docenten voor de algemene vakken en in routejaar 3 nog een "
            "docent Nederlands en rekenen voor leerlingen die daar extra steun bij nodig hebben. Voor het "
            "vakoverstijgende onderdeel 'Werkplaatspraktijk' gebruiken wij de teambevoegdheid; in dat team zit "
            "voor elk vak minstens één bevoegde docent. Docenten blijven in dienst van hun eigen werkgever."))
    a(("p", "Leerlingen in het vo-deel werken één dag per week in de autowerkplaats van het ROC, met de "
            "diagnoseapparatuur en de hoogvoltwerkplek voor elektrische auto's. Het ROC mag voor avondcursussen "
            "en examens gebruikmaken van de motorenwerkplaats van Hooge Veld. Beide partijen geven de leerlingen "
            "toegang tot hun elektronische leeromgeving. Een klacht over een medewerker van de andere partij "
            "wordt binnen vijf werkdagen doorgestuurd en samen afgehandeld."))

    a(("h2", "Als het anders loopt: de overstap"))
    a(("p", "Het kan gebeuren dat de route een leerling niet past: hij verhuist, het niveau blijkt te hoog, of "
            "hij wil iets anders. Ook dan zorgen wij er samen voor dat hij een diploma kan halen. Wat passend "
            "is, beslissen de directeur bovenbouw van Hooge Veld en de teamleider Automotive samen, na een "
            "gesprek met de leerling en zijn ouders. Zij kijken naar wat de leerling al heeft bereikt en naar "
            "zijn leeftijd. Wij houden ons aan de volgende uitgangspunten:"))
    for t in [
        "Stopt de leerling in het vo-deel, dan gaat hij verder in de gewone kaderberoepsgerichte leerweg van "
        "Hooge Veld, in hetzelfde of een ander profiel, en haalt hij daar zijn vmbo-diploma.",
        "Stopt de student in het mbo-deel, dan kan hij bij het ROC overstappen naar een andere opleiding op "
        "niveau 2 of 3, bijvoorbeeld Autotechnicus (niveau 2) of Eerste monteur mobiele werktuigen (niveau 3). "
        "Dat kan ook als hij zijn vmbo-diploma nog niet heeft; de vooropleidingseisen gelden dan niet.",
        "Heeft de leerling aan het eind van het derde routejaar zijn vmbo-diploma nog niet, dan kan hij het "
        "examen opnieuw doen of, als dat beter past, zonder vmbo-diploma verder in een mbo-opleiding op "
        "vergelijkbaar niveau bij het ROC.",
        "Wil hij naar een andere school of instelling, dan helpen wij bij de aanmelding en bij een eventueel "
        "geschiktheidsonderzoek.",
    ]:
        a(("li", "•", t))
    a(("p", "De uitwerking staat in de schoolgids van Hooge Veld en de studiegids van het ROC."))

    a(("h2", "Geld"))
    a(("p", "In het vo-deel ontvangt Hooge Veld de bekostiging, in het mbo-deel het ROC. Hooge Veld draagt op "
            "grond van artikel 5.42a WVO 2020 voor iedere leerling in het vo-deel € 1.100 per schooljaar over "
            "aan het ROC. Dit geld is bestemd voor de inzet van de docent autotechniek van het ROC en voor het "
            "gebruik van de autowerkplaats en de diagnoseapparatuur. Het aantal leerlingen op 1 oktober is "
            "bepalend; het ROC factureert in januari. Het ROC draagt geen bekostiging over aan Hooge Veld."))

    a(("h2", "Medezeggenschap"))
    a(("p", "In het vo-deel geldt voor leerlingen, ouders en personeel van Hooge Veld de Wet medezeggenschap "
            "op scholen, in het mbo-deel voor studenten de regels van de WEB en voor ROC-personeel de Wet op de "
            "ondernemingsraden. Daarnaast spreken wij af:"))
    for t in [
        "Leerlingen in het tweede routejaar kiezen uit hun midden één vertegenwoordiger, die als vaste gast met "
        "spreekrecht de vergaderingen van de studentenraad van het ROC bijwoont als de route op de agenda staat.",
        "De medezeggenschapsraad van Hooge Veld en de studentenraad van het ROC ontvangen het jaarverslag van de "
        "route en houden daarover ieder jaar in januari een gezamenlijke vergadering met de stuurgroep.",
        "Voorstellen om het programma of de organisatie van de route ingrijpend te veranderen, leggen de "
        "besturen eerst voor advies voor aan deze gezamenlijke vergadering.",
    ]:
        a(("li", "•", t))

    a(("h2", "Als we het niet eens worden"))
    a(("p", "Een meningsverschil over de uitvoering van deze overeenkomst bespreken we eerst in de stuurgroep. "
            "Komen we daar binnen een maand niet uit, dan gaat het naar het bestuurlijk overleg. Lukt het ook "
            "daar niet binnen zes weken, dan schakelen we samen een onafhankelijke mediator in. Blijft het "
            "geschil daarna bestaan, dan kan ieder van ons het voorleggen aan de bevoegde rechter van de "
            "Rechtbank Gelderland. Intussen loopt het onderwijs voor de leerlingen gewoon door."))

    a(("h2", "Aansluiten, wijzigen en beëindigen"))
    a(("p", "Een andere vmbo-school of mbo-instelling kan zich bij deze overeenkomst aansluiten als beide "
            "besturen daarmee schriftelijk instemmen, de nieuwe partner een route in hetzelfde profiel aanbiedt, "
            "het PTA/OER overneemt en deze overeenkomst meeondertekent. Aansluiten kan per 1 augustus en "
            "verandert niets voor leerlingen die al in de route zitten."))
    a(("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Wijzigen kan alleen "
            "schriftelijk, met handtekening van beide besturen; veranderingen in het programma gelden pas voor "
            "het volgende cohort, tenzij ze gunstig zijn voor de zittende leerlingen. Opzeggen kan per "
            "1 augustus, schriftelijk en met een opzegtermijn van twaalf maanden. Wij kunnen de overeenkomst "
            "ook beëindigen als een van ons ernstig tekortschiet en dat na een schriftelijke aanmaning niet "
            "herstelt. Na opzegging of beëindiging nemen wij geen nieuwe leerlingen meer aan; leerlingen en "
            "studenten die al in de route zitten, maken de route onder dezelfde voorwaarden af."))

    a(("h2", "Ondertekening"))
    a(("p", "Doetinchem, 30 juni 2025"))
    a(("sig", [["H.W. Lensink", "voorzitter college van bestuur",
                "Stichting Christelijk Voortgezet Onderwijs Achterhoek-Midden"],
               ["G.J. Wolterink", "lid college van bestuur", "Stichting Regionaal Opleidingencentrum Oude IJssel"]]))
    return B


H39_OPT = dict(font="Cambria", size=11, after=6, headings="styles", margin=2.5,
               title="Samenwerkingsovereenkomst DLR Mobiliteit Achterhoek", author="H.W. Lensink")


# =============================================================================================
# h40 - policy document with tables, version block (PDF)
# =============================================================================================

@sample("h40", "h40_beleidsdocument_tabellen_raalte", "pdf",
        "Beleidsdocument met versieblok en tabellen (PDF); Salland; Dienstverlening en producten gl -> Sport- "
        "en bewegingscoördinator niveau 4; bedrijfsleven alleen als streven, overstap in mbo-fase afhankelijk "
        "van vooropleidingseisen binnen hetzelfde ROC, medezeggenschap als PM-placeholder, geschillen alleen "
        "'in goed onderling overleg'.",
        ["p", "w", "p", "p", "p", "w", "p", "w", "w", "p"],
        {"a": "3 Route op hoofdlijnen",
         "c": "4 Governance",
         "d": "5 Monitoring en verantwoording",
         "e": "6 Inrichting van onderwijs, personeel en faciliteiten",
         "g": "9 Financiën",
         "j": "12 Looptijd, toetreding, wijziging en beëindiging"})
def h40():
    B = []
    a = B.append
    a(("title", "Samenwerkingsovereenkomst doorlopende leerroute Sport & Bewegen Salland"))
    a(("sub", "Sallands Vakcollege (Raalte) – ROC Sallandse Poort (Deventer)"))
    a(("table", [
        ["Documentgegevens", ""],
        ["Versie", "1.0 (vervangt concept 0.9 van 12 mei 2025)"],
        ["Status", "vastgesteld in het bestuurlijk overleg van 24 juni 2025"],
        ["Opgesteld door", "afdeling Onderwijs & Kwaliteit, ROC Sallandse Poort, in afstemming met de "
                           "beleidsadviseur onderwijs van het Sallands Vakcollege"],
        ["Ingangsdatum", "1 augustus 2025"],
    ], [4.0, 12.0]))

    a(("h", "1 Inleiding"))
    a(("p", "Het Sallands Vakcollege en ROC Sallandse Poort willen jongeren in Salland met belangstelling voor "
            "sport en bewegen een ononderbroken leerweg bieden van de gemengde leerweg naar mbo niveau 4. Dit "
            "document is de samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 "
            "WEB. De hoofdstukken 3 tot en met 12 bevatten de afspraken; de tabellen maken daarvan deel uit."))

    a(("h", "2 Partijen"))
    a(("np", "•", "Stichting Openbaar Voortgezet Onderwijs Salland-West, gevestigd te Raalte, bevoegd gezag van "
                  "het Sallands Vakcollege, vertegenwoordigd door de heer T.H. Nijenhuis, voorzitter college "
                  "van bestuur (hierna: SVC);"))
    a(("np", "•", "Stichting ROC Sallandse Poort, gevestigd te Deventer, vertegenwoordigd door mevrouw drs. "
                  "W.M. Kamphuis, lid college van bestuur (hierna: het ROC)."))

    a(("h", "3 Route op hoofdlijnen"))
    a(("table", [
        ["Onderdeel", "Afspraak"],
        ["Vmbo-school en leerweg", "Sallands Vakcollege, gemengde leerweg"],
        ["Profiel", "Dienstverlening en producten, met keuzevakken uit het aanbod sport en bewegen"],
        ["Mbo-opleiding", "Sport- en bewegingscoördinator (niveau 4, BOL)"],
        ["Opleidingsdomein", "Sport en bewegen"],
        ["Eerste cohort", "leerjaar 3 vmbo, schooljaar 2025-2026"],
        ["Cursusduur", "vijf jaar: twee jaar vo-fase, drie jaar mbo-fase"],
        ["Diploma's", "vmbo-diploma gemengde leerweg (einde routejaar 2); mbo-diploma niveau 4"],
        ["Melding", "gezamenlijk via RIO, vóór 1 oktober 2025"],
        ["Locaties", "SVC Raalte (vo-fase, vier dagen per week); ROC Sportcampus Deventer (vo-fase één dag per "
                     "week; mbo-fase)"],
    ], [4.0, 12.0]))
    a(("p", "Tabel 1 – de route op hoofdlijnen"))

    a(("h", "4 Governance"))
    a(("p", "De leiding over de route is belegd zoals in tabel 2 staat. De colleges van bestuur dragen de daar "
            "genoemde taken en bevoegdheden op aan de stuurgroep en de routecoördinator."))
    a(("table", [
        ["Rol", "Samenstelling", "Benoeming", "Taken", "Bevoegdheden"],
        ["Stuurgroep", "directeur SVC; directeur College Sport & Veiligheid van het ROC", "elk lid aangewezen "
         "door het eigen college van bestuur", "sturing op de route, vaststellen jaarplan, bewaken kwaliteit, "
         "voorbereiden PTA/OER ter vaststelling door de besturen", "besluit over jaarplan en inzet personeel "
         "binnen de formatie; geen bevoegdheid over begroting of wijziging van deze overeenkomst"],
        ["Routecoördinator", "één medewerker (0,3 fte, in dienst van het ROC)", "benoemd door de stuurgroep "
         "na instemming van beide colleges van bestuur", "dagelijkse coördinatie, rooster, intake, contact met "
         "ouders, overstapgesprekken, rapportages", "stelt het rooster vast; beslist over toelating tot de "
         "route"],
        ["Kernteam", "docenten van SVC en het ROC", "ingedeeld door de directeuren", "uitvoering van het "
         "onderwijs", "-"],
    ], [2.6, 3.2, 3.2, 3.6, 3.6]))
    a(("p", "Tabel 2 – rollen, benoeming, taken en bevoegdheden"))

    a(("h", "5 Monitoring en verantwoording"))
    a(("np", "5.1", "De routecoördinator levert per kwartaal een dashboard met in-, door- en uitstroom, verzuim "
                    "en studievoortgang aan beide colleges van bestuur."))
    a(("np", "5.2", "De stuurgroep stelt jaarlijks vóór 1 november een jaarrapportage op over het afgelopen "
                    "schooljaar, met de examenresultaten, de overstappen en de besteding van de overgedragen "
                    "middelen. De jaarrapportage wordt besproken in het bestuurlijk overleg van november."))
    a(("np", "5.3", "Beide colleges kunnen tussentijds aanvullende informatie opvragen."))

    a(("h", "6 Inrichting van onderwijs, personeel en faciliteiten"))
    a(("np", "6.1", "Het programma, de examinering en de beroepspraktijkvorming per leerjaar staan in het "
                    "gezamenlijke PTA/OER, dat beide colleges van bestuur jaarlijks vóór 1 oktober vaststellen. "
                    "Het centraal examen vmbo vindt plaats in routejaar 2; mbo-examens zijn mogelijk vanaf "
                    "routejaar 1."))
    a(("np", "6.2", "Personeel: het ROC zet in de vo-fase een docent sport en bewegen in voor zes lesuren per "
                    "week, aangevuld met een instructeur fitness. SVC verzorgt de algemene vakken en lichamelijke "
                    "opvoeding. Voor het onderdeel \"Sport, spel en begeleiden\" wordt gewerkt met "
                    "teambevoegdheid. Docenten blijven in dienst van hun eigen werkgever."))
    a(("np", "6.3", "Faciliteiten: de leerlingen gebruiken de sporthal en de buitensportvelden van SVC in "
                    "Raalte en, één dag per week, het beweeglab en de fitnessruimte van de ROC Sportcampus in "
                    "Deventer. SVC organiseert het busvervoer tussen Raalte en Deventer."))
    a(("np", "6.4", "In de vo-fase is de leerling ingeschreven bij SVC, daarna bij het ROC. De "
                    "klachtenregelingen van beide partijen gelden mede voor gedragingen van medewerkers van de "
                    "andere partij binnen de route."))

    a(("h", "7 Werkveld"))
    a(("p", "Partijen streven ernaar het regionale werkveld op het gebied van sport en bewegen, zoals "
            "sportverenigingen, fitnesscentra en buurtsportcoaches, waar mogelijk bij de route te betrekken. De "
            "stuurgroep bekijkt per schooljaar op welke wijze dat het beste kan gebeuren."))

    a(("h", "8 Overstap"))
    a(("np", "8.1", "Partijen bespreken met een leerling die de route wil of moet verlaten, en met diens "
                    "ouders, welk vervolg passend is. Het besluit wordt gezamenlijk genomen door de directeur van "
                    "SVC en de directeur College Sport & Veiligheid."))
    a(("np", "8.2", "Verlaat een leerling de route in de vo-fase, dan vervolgt hij de gemengde leerweg bij SVC, "
                    "in hetzelfde of een ander profiel, en doet hij daar eindexamen."))
    a(("np", "8.3", "Verlaat een student de route in de mbo-fase, dan kan hij bij het ROC instromen in een "
                    "andere mbo-opleiding, mits hij voldoet aan de reguliere vooropleidingseisen van die "
                    "opleiding. Een student die zijn vmbo-diploma nog niet heeft behaald, voldoet niet aan die "
                    "eisen en kan niet tot een andere mbo-opleiding van het ROC worden toegelaten."))

    a(("h", "9 Financiën"))
    a(("np", "9.1", "Gedurende de vo-fase ontvangt SVC de bekostiging, gedurende de mbo-fase het ROC."))
    a(("np", "9.2", "SVC draagt op grond van artikel 5.42a WVO 2020 middelen over aan het ROC volgens tabel 3. "
                    "Het ROC draagt geen middelen over aan SVC."))
    a(("table", [
        ["Richting", "Grondslag", "Omvang", "Bestemming", "Betaling"],
        ["SVC naar ROC", "leerlingen in de vo-fase op 1 oktober", "€ 1.050 per leerling per schooljaar",
         "inzet ROC-docent sport en bewegen en instructeur fitness (6.2); gebruik beweeglab en fitnessruimte "
         "(6.3)", "factuur in december"],
        ["ROC naar SVC", "-", "geen overdracht", "-", "-"],
    ], [2.4, 3.4, 3.2, 4.6, 2.6]))
    a(("p", "Tabel 3 – overdracht van middelen"))

    a(("h", "10 Medezeggenschap"))
    a(("p", "[PM – aanvullende afspraken over de medezeggenschap worden na advies van de MR van SVC en de "
            "studentenraad van het ROC in een volgende versie van deze overeenkomst opgenomen.]"))

    a(("h", "11 Geschillen"))
    a(("p", "Geschillen tussen partijen over de uitvoering van deze overeenkomst worden door partijen in goed "
            "onderling overleg opgelost."))

    a(("h", "12 Looptijd, toetreding, wijziging en beëindiging"))
    a(("np", "12.1", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor vier schooljaren en wordt daarna "
                     "telkens stilzwijgend met vier schooljaren verlengd."))
    a(("np", "12.2", "Een andere vmbo-school of mbo-instelling in Salland kan toetreden als beide partijen "
                     "daarmee schriftelijk instemmen, de toetreder de route ongewijzigd aanbiedt en een addendum "
                     "bij deze overeenkomst ondertekent. Toetreding gaat in per 1 augustus."))
    a(("np", "12.3", "Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend. "
                     "Wijzigingen in het programma gelden vanaf het eerstvolgende cohort."))
    a(("np", "12.4", "Iedere partij kan de overeenkomst bij aangetekende brief opzeggen tegen het einde van een "
                     "schooljaar, met een opzegtermijn van twaalf maanden."))
    a(("np", "12.5", "Na opzegging stromen geen nieuwe leerlingen meer in. Leerlingen en studenten die al in de "
                     "route zitten, maken de route af; partijen blijven daarvoor hun verplichtingen uit deze "
                     "overeenkomst nakomen."))

    a(("h", "Ondertekening"))
    a(("sig", [["Raalte, 30 juni 2025", "Stichting Openbaar Voortgezet Onderwijs Salland-West", "", "",
                "T.H. Nijenhuis, voorzitter college van bestuur"],
               ["Deventer, 30 juni 2025", "Stichting ROC Sallandse Poort", "", "",
                "drs. W.M. Kamphuis, lid college van bestuur"]]))
    return B


H40_OPT = dict(font="Helvetica", size=9.5, justify=False, hcolor="#1F4E79", thead="#DCE6F1",
               center_title=False,
               footer="SOK DLR Sport & Bewegen Salland – versie 1.0 – 24 juni 2025",
               title="SOK DLR Sport & Bewegen Salland", author="Onderwijs & Kwaliteit ROC Sallandse Poort")


OPTS = {"h33": H33_OPT, "h34": H34_OPT, "h36": H36_OPT, "h37": H37_OPT, "h39": H39_OPT, "h40": H40_OPT}


# ---------------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------------

def out_path(sid, suffix=None):
    s = SAMPLES[sid]
    return os.path.join(HERE, s["name"] + ("." + s["ext"] if suffix is None else suffix))


def build(sid):
    s = SAMPLES[sid]
    content = s["fn"]()
    path = out_path(sid)
    if s["ext"] == "pdf":
        render_pdf(path, content, OPTS[sid])
    elif s["ext"] == "docx":
        render_docx(path, content, OPTS[sid])
    else:
        render_text(path, content)
    with open(out_path(sid, ".expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(s["expected"], f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


def extract_text(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        pdf.close()
        return "\n".join(parts)
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = []
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            p = re.sub(r"<w:tab/>", " ", p)
            p = re.sub(r"<w:br/>", "\n", p)
            paras.append("".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, re.S)))
        return "\n".join(paras)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def check():
    ok = True
    exts = {}
    for sid in sorted(SAMPLES):
        s = SAMPLES[sid]
        path = out_path(sid)
        exts[s["ext"]] = exts.get(s["ext"], 0) + 1
        problems = []
        if not os.path.exists(path):
            problems.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d bytes" % size)
            try:
                text = extract_text(path)
            except Exception as e:  # noqa: BLE001
                problems.append("cannot open: %r" % e)
                text = ""
            if s["ext"] == "docx":
                import docx
                docx.Document(path)
            nt = norm(text)
            if len(nt) < 500:
                problems.append("too little text (%d chars)" % len(nt))
            for k, ev in s["expected"]["evidence"].items():
                if norm(ev) not in nt:
                    problems.append("evidence %s not found: %r" % (k, ev))
        jp = out_path(sid, ".expected.json")
        try:
            with open(jp, encoding="utf-8") as f:
                on_disk = json.load(f)
            if on_disk != s["expected"]:
                problems.append("expected.json differs from table")
        except Exception as e:  # noqa: BLE001
            problems.append("expected.json: %r" % e)
        if s["expected"]["split"] != "heldout":
            problems.append("split is not heldout")
        if problems:
            ok = False
            print("FAIL", sid, "; ".join(problems))
        else:
            pages = ""
            if s["ext"] == "pdf":
                import pypdfium2 as pdfium
                pdf = pdfium.PdfDocument(path)
                pages = " (%d pages)" % len(pdf)
                pdf.close()
            print("ok  ", sid, os.path.basename(path), "%d bytes%s" % (os.path.getsize(path), pages))
    want = {"pdf": 3, "docx": 3}
    if any(exts.get(k, 0) != v for k, v in want.items()) or exts.get("txt", 0) + exts.get("md", 0) != 2:
        ok = False
        print("FAIL format mix:", exts)
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    ids = [a for a in argv if not a.startswith("-")] or sorted(SAMPLES)
    for sid in ids:
        if sid not in SAMPLES:
            sys.exit("unknown sample %s (known: %s)" % (sid, ", ".join(sorted(SAMPLES))))
        build(sid)


if __name__ == "__main__":
    main(sys.argv[1:])
