#!/usr/bin/env python3
"""Build training samples 485-492 for leerroute-check (batch train31b).

Written by an independent author (a helper session) from the two official guidance
documents in shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie),
shared/domain.md and sample_agreements/LABELS.md only, without looking at the checker's
code, its models or tests, or at the texts or build scripts of the other samples.
All schools, instellingen, companies and people are made up.

Usage:
    python3 build_samples_train31b.py            build all samples
    python3 build_samples_train31b.py 485 490    build only those numbers
    python3 build_samples_train31b.py --check    verify the produced files
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

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)


# --------------------------------------------------------------------------------------
# Block helpers: every agreement is a list of (kind, payload) blocks.
# --------------------------------------------------------------------------------------
def TITLE(t):
    return ("title", t)


def SUB(t):
    return ("sub", t)


def H(t):
    return ("h", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def L(*items):
    return ("li", [" ".join(i.split()) for i in items])


def T(rows, widths=None):
    """rows[0] is the header row; widths are fractions of the text width."""
    return ("table", (rows, widths))


def SIG(*cols):
    """Signature block: each col is a list of lines."""
    return ("sig", cols)


def SMALL(t):
    return ("small", " ".join(t.split()))


def PB():
    return ("pb", None)


# --------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------
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
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}[font]
    size = opt.get("size", 10)
    lead = size * 1.35
    accent = colors.HexColor(opt.get("accent", "#000000"))
    align = TA_JUSTIFY if opt.get("justify") else TA_LEFT
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 6, leading=size + 10,
                                alignment=TA_CENTER, spaceAfter=6, textColor=accent),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=size + 1, leading=size + 4,
                              alignment=TA_CENTER, spaceAfter=10),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 2, leading=size + 5,
                            spaceBefore=10, spaceAfter=4, textColor=accent,
                            keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=lead,
                            spaceAfter=4, alignment=align),
        "li": ParagraphStyle("li", fontName=font, fontSize=size, leading=lead,
                             leftIndent=14, bulletIndent=4, spaceAfter=2, alignment=align),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=size,
                                spaceAfter=3, textColor=colors.HexColor("#444444")),
        "sig": ParagraphStyle("sig", fontName=font, fontSize=size, leading=lead,
                              alignment=TA_LEFT),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=size + 0.5),
        "cellh": ParagraphStyle("cellh", fontName=bold, fontSize=size - 1.5, leading=size + 0.5),
    }
    buf = io.BytesIO()
    lm = opt.get("margin", 2.3) * cm
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=lm, rightMargin=lm,
                            topMargin=2.4 * cm, bottomMargin=2.2 * cm,
                            title=opt.get("title", ""), author=opt.get("author", ""),
                            subject="", creator="", producer="", invariant=1)
    width = A4[0] - 2 * lm
    story = []
    bullet = opt.get("bullet", "\u2022")
    for kind, val in blocks:
        if kind in ("title", "sub", "h", "h2", "p", "small"):
            story.append(Paragraph(escape(val), st[kind]))
        elif kind == "li":
            for item in val:
                if bullet:
                    story.append(Paragraph(escape(item), st["li"], bulletText=bullet))
                else:
                    story.append(Paragraph(escape(item), st["li"]))
            story.append(Spacer(1, 3))
        elif kind == "table":
            rows, widths = val
            ncol = len(rows[0])
            widths = widths or [1.0 / ncol] * ncol
            data = []
            for r, row in enumerate(rows):
                data.append([Paragraph(escape(c), st["cellh" if r == 0 else "cell"])
                             for c in row])
            tbl = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
            tbl.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opt.get("thead", "#e6e6e6"))),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(Spacer(1, 4))
            story.append(tbl)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            cols = val
            data = [[Paragraph("<br/>".join(escape(x) for x in col), st["sig"]) for col in cols]]
            tbl = Table(data, colWidths=[width / len(cols)] * len(cols))
            tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 10))
            story.append(tbl)
        elif kind == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(kind)

    header = opt.get("header", "")
    footer = opt.get("footer", "")

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont(font, size - 2)
        if header:
            canvas.drawString(lm, A4[1] - 1.4 * cm, header)
        txt = (footer + "  |  " if footer else "") + "pagina %d" % d.page
        canvas.drawRightString(A4[0] - lm, 1.2 * cm, txt)
        canvas.restoreState()

    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def render_docx(path, blocks, opt):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = opt.get("font", "Calibri")
    normal.font.size = Pt(opt.get("size", 11))
    accent = opt.get("accent")
    for name in ("Heading 1", "Heading 2", "Title"):
        s = d.styles[name]
        s.font.name = opt.get("hfont", opt.get("font", "Calibri"))
        if accent:
            s.font.color.rgb = RGBColor.from_string(accent)
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "sub":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        elif kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.font.size = Pt(opt.get("size", 11) - 2)
        elif kind == "li":
            for item in val:
                d.add_paragraph(item, style=opt.get("list_style", "List Bullet"))
        elif kind == "table":
            rows, widths = val
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(text)
                    if r == 0:
                        run.bold = True
            d.add_paragraph("")
        elif kind == "sig":
            cols = val
            t = d.add_table(rows=1, cols=len(cols))
            for c, col in enumerate(cols):
                cell = t.cell(0, c)
                cell.text = ""
                for i, line in enumerate(col):
                    par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    par.add_run(line)
        elif kind == "pb":
            d.add_page_break()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = opt.get("author", "")
    cp.title = opt.get("title", "")
    cp.last_modified_by = opt.get("author", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so rebuilds are byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _wrap(text, indent="", first=None, width=78):
    return textwrap.fill(text, width=width, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def render_text(path, blocks, opt, md=False):
    out = []
    width = opt.get("width", 78)
    for kind, val in blocks:
        if kind == "title":
            out += ["# " + val if md else val.upper(), ""] if md else [val, "=" * len(val), ""]
        elif kind == "sub":
            out += [("_" + val + "_") if md else val, ""]
        elif kind == "h":
            out += ["## " + val, ""] if md else ["", val, "-" * len(val), ""]
        elif kind == "h2":
            out += ["### " + val, ""] if md else [val, ""]
        elif kind in ("p", "small"):
            out += [val if md else _wrap(val, width=width), ""]
        elif kind == "li":
            for item in val:
                out.append(("- " + item) if md else _wrap(item, indent="    ", first="  - ",
                                                          width=width))
            out.append("")
        elif kind == "table":
            rows, _ = val
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "|".join("---" for _ in rows[0]) + "|")
                for row in rows[1:]:
                    out.append("| " + " | ".join(row) + " |")
                out.append("")
            else:
                for row in rows[1:]:
                    out.append(_wrap(row[0], width=width))
                    for head, cell in zip(rows[0][1:], row[1:]):
                        out.append(_wrap(head + ": " + cell, indent="      ", first="    ",
                                         width=width))
                    out.append("")
        elif kind == "sig":
            for col in val:
                for line in col:
                    out.append(line + ("  " if md else ""))
                out.append("")
        elif kind == "pb":
            out += ["", "---", ""] if md else ["", "", ""]
        else:
            raise ValueError(kind)
    text = "\n".join(out).rstrip() + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text) if md else re.sub(r"\n{4,}", "\n\n\n", text)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def render(path, fmt, blocks, opt):
    if fmt == "pdf":
        render_pdf(path, blocks, opt)
    elif fmt == "docx":
        render_docx(path, blocks, opt)
    elif fmt == "txt":
        render_text(path, blocks, opt, md=False)
    elif fmt == "md":
        render_text(path, blocks, opt, md=True)
    else:
        raise ValueError(fmt)


# --------------------------------------------------------------------------------------
# The agreements
# --------------------------------------------------------------------------------------
DOCS = {}


def register(num, name, fmt, opt, description, statuses, evidence):
    def deco(fn):
        DOCS[num] = dict(name=name, fmt=fmt, opt=opt, blocks=fn, description=description,
                         statuses=statuses, evidence=evidence)
        return fn
    return deco


def st(s):
    """'ppppppppnp' -> statuses dict (p present, w weak, m missing, n not_applicable)."""
    m = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    assert len(s) == 10
    return {k: m[c] for k, c in zip("abcdefghij", s)}


# ---- 485 ---------------------------------------------------------------------------
@register(
    485, "485_wij_spreken_af_zeeuws_vlaanderen_transport", "docx",
    dict(font="Calibri", size=11, accent="1F4E79", author="Reynaert Scholen",
         title="Samen de weg op - afspraken doorlopende leerroute chauffeur"),
    "DOCX, plain-language 'Wij spreken af dat ...' sentences under themed headings, "
    "Zeeuws-Vlaanderen, bb Mobiliteit en transport -> mbo-2 Chauffeur goederenvervoer; "
    "fully compliant (explicit no transfer of bekostiging, studentenraad guest seats).",
    st("pppppppppp"),
    {"a": "Welke route het is", "b": "Samen met de vervoerders", "c": "Wie de route trekt",
     "d": "Hoe wij op de hoogte blijven", "e": "Hoe het onderwijs loopt",
     "f": "Als het anders loopt", "g": "Geld", "h": "Inspraak",
     "i": "Als wij het oneens zijn", "j": "Erbij komen, veranderen en stoppen"},
)
def doc485():
    return [
        TITLE("Samen de weg op"),
        SUB("Afspraken over de doorlopende leerroute Mobiliteit en transport - Chauffeur "
            "goederenvervoer in Oost-Zeeuws-Vlaanderen"),
        P("Tussen Stichting Reynaert Scholen voor Voortgezet Onderwijs, gevestigd te Hulst, "
          "bevoegd gezag van het Reynaert Vakcollege te Hulst, hier vertegenwoordigd door "
          "mevrouw drs. A.M. Verstraete, voorzitter van het college van bestuur (hierna: "
          "Reynaert),"),
        P("en Stichting Deltavak Zeeland, gevestigd te Terneuzen, bevoegd gezag van de "
          "instelling voor beroepsonderwijs Deltavak Zeeland, hier vertegenwoordigd door de "
          "heer ing. P.J. de Kraker, voorzitter van het college van bestuur (hierna: Deltavak)."),
        H("Waarom dit stuk"),
        P("Jongeren uit Hulst, Axel en omstreken die chauffeur willen worden, begonnen na het "
          "vmbo tot nu toe opnieuw in Terneuzen. Met deze afspraken maken wij, de twee "
          "besturen, er één route van. Wij schrijven in de wij-vorm, zodat leerlingen, ouders, "
          "collega's en vervoerders kunnen lezen wat wij beloven. Tussen ons gelden deze "
          "afspraken als de samenwerkingsovereenkomst bedoeld in artikel 2.107b WVO 2020 en "
          "artikel 9.1.3 WEB. Waar 'wij' staat, bedoelen wij Reynaert en Deltavak samen."),
        H("Welke route het is"),
        P("Wij spreken af dat wij samen één doorlopende leerroute verzorgen die begint in het "
          "derde leerjaar van de basisberoepsgerichte leerweg met het profiel Mobiliteit en "
          "transport, en die eindigt met het mbo-diploma Chauffeur goederenvervoer op niveau 2 "
          "(opleidingsdomein Transport, scheepvaart en logistiek, beroepsopleidende leerweg)."),
        P("Wij spreken af dat de route vier leerjaren duurt: leerjaar 1 en 2 vallen samen met "
          "vmbo-3 en vmbo-4 bij Reynaert, leerjaar 3 en 4 zijn de mbo-jaren bij Deltavak. De "
          "leerling haalt onderweg het vmbo-diploma basisberoepsgerichte leerweg (Mobiliteit en "
          "transport) en aan het eind het mbo-diploma."),
        P("Wij spreken af dat ieder van ons de route vóór 1 oktober 2025 in RIO registreert, "
          "zodat de melding aan de minister gezamenlijk en tijdig gebeurt."),
        H("Samen met de vervoerders"),
        P("Wij spreken af dat de vervoerders uit de regio op vier manieren aan de route "
          "meewerken:"),
        L("de Transportkring Zeeuws-Vlaanderen, de vereniging van vervoerders in de regio, "
          "levert twee leden voor de werkveldtafel; die tafel komt twee keer per jaar bijeen met "
          "de routeregie, bekijkt het programma en adviseert over de keuzedelen;",
          "Van Hecke Transport (Axel), Kanaalzone Bulk (Sluiskil) en De Schelde Koeltransport "
          "(Hulst) ontvangen elke leerling in leerjaar 1 en 2 twee keer per jaar voor een "
          "meerijdag en een dag op een distributiecentrum;",
          "diezelfde bedrijven en andere door SBB erkende leerbedrijven bieden de bpv-plaatsen "
          "in leerjaar 3 en 4; Deltavak zorgt dat iedere student vóór 1 juli een plek heeft "
          "voor het volgende leerjaar;",
          "bij de proeve van bekwaamheid 'Rijden en laden' beoordeelt een praktijkopleider van "
          "een leerbedrijf mee."),
        H("Wie de route trekt"),
        P("Wij spreken af dat de dagelijkse leiding van de route ligt bij een routeregie van "
          "drie mensen: de teamleider basisberoepsgerichte leerweg van Reynaert, de "
          "opleidingsmanager Transport en logistiek van Deltavak en een routecoördinator."),
        P("Wij spreken af dat ieder college van bestuur zijn eigen leidinggevende in de "
          "routeregie aanwijst, en dat wij de routecoördinator samen aanwijzen voor twee "
          "schooljaren, op voordracht van de twee leidinggevenden. Opnieuw aanwijzen mag."),
        P("Wij spreken af dat de routeregie namens ons beslist over de jaarplanning en het "
          "rooster, over de verdeling van de docenten over de leerjaren, over de keuze van "
          "bpv-bedrijven en over de overstap van individuele leerlingen. Zij stelt het "
          "gezamenlijke PTA/OER op, dat wij daarna vaststellen, en zij beheert het routebudget "
          "dat wij elk jaar in mei vastleggen."),
        P("Wij spreken af dat de routeregie niet beslist over het aannemen of ontslaan van "
          "personeel, over uitgaven boven het routebudget en over veranderingen in deze "
          "afspraken; die beslissingen houden wij zelf."),
        H("Hoe wij op de hoogte blijven"),
        P("Wij spreken af dat de routeregie ons beiden elk jaar vóór 1 november een schriftelijk "
          "jaarverslag stuurt over het afgelopen schooljaar, met in elk geval het aantal "
          "leerlingen per leerjaar, de instroom, doorstroom en uitval, de examenresultaten, het "
          "aantal overstappen, de klachten en de besteding van het routebudget."),
        P("Wij spreken af dat de routeregie in maart in ons bestuurlijk overleg een mondelinge "
          "tussenstand geeft en daar uitlegt en verantwoordt welke keuzes zij namens ons heeft "
          "gemaakt."),
        P("Wij spreken af dat de routeregie ons binnen twee werkdagen inlicht als er iets "
          "ernstigs gebeurt, zoals een ongeval tijdens een meerijdag."),
        H("Hoe het onderwijs loopt"),
        P("Wij spreken af dat leerjaar 1 en 2 plaatsvinden bij Reynaert in Hulst, met één dag "
          "per week op het Transportplein van Deltavak in Terneuzen, en dat leerjaar 3 en 4 "
          "plaatsvinden op het Transportplein en bij de leerbedrijven."),
        P("Wij spreken af dat de docenten van beide scholen één routeteam vormen. Voor de "
          "onderdelen 'Rijden en laden' en 'Veilig werken in de keten' in leerjaar 1 en 2 zetten "
          "wij dat team in als team van leraren en docenten zoals bedoeld in artikel 7.13a WVO "
          "2020 en artikel 9.1.12 WEB; bij elk onderdeel is ten minste één daarvoor bevoegde "
          "docent betrokken. Ieder blijft werkgever van zijn eigen mensen."),
        P("Wij spreken af dat Deltavak in leerjaar 1 en 2 een rijinstructeur en een docent "
          "logistiek samen zes uur per week in de route laat werken, en dat Reynaert in leerjaar "
          "3 een docent Nederlands en rekenen twee uur per week beschikbaar stelt voor leerlingen "
          "die nog vmbo-onderdelen moeten afronden."),
        P("Wij spreken af dat de leerlingen van Reynaert de rijsimulator, het oefenterrein en de "
          "trekker-opleggercombinatie van Deltavak gebruiken, en dat studenten van Deltavak op "
          "woensdag de werkplaats voertuigtechniek van Reynaert gebruiken. Wij brengen elkaar "
          "daarvoor niets in rekening; wie iets kapot maakt, meldt het en herstelt het."),
        P("Wij spreken af dat wij samen, per leerjaar, het onderwijsprogramma, de examens en de "
          "bpv beschrijven in één PTA/OER, dat wij elk jaar vóór 1 oktober vaststellen. Het "
          "centraal examen vmbo wordt afgerond in leerjaar 2; mbo-examens zijn mogelijk vanaf "
          "leerjaar 2. Rijbewijs C en de vakbekwaamheid (code 95) volgen in leerjaar 4, zodra de "
          "student de vereiste leeftijd heeft."),
        P("Wij spreken af dat een klacht die bij de een binnenkomt over een medewerker van de "
          "ander, wordt behandeld volgens de klachtenregeling van de school waar de klacht is "
          "ingediend, en dat de ander daaraan meewerkt en de nodige informatie geeft."),
        H("Als het anders loopt"),
        P("Wij spreken af dat geen leerling de route verlaat zonder een plek waar hij verder kan "
          "werken aan een diploma. Daarbij geldt:"),
        L("wie in leerjaar 1 of 2 stopt, gaat bij Reynaert verder in de gewone "
          "basisberoepsgerichte leerweg, in Mobiliteit en transport of in een ander profiel, en "
          "haalt daar het vmbo-diploma;",
          "wie aan het eind van leerjaar 3 het vmbo-diploma nog niet heeft, gaat bij Deltavak "
          "zonder vooropleidingseisen verder in Chauffeur goederenvervoer of in een andere "
          "opleiding op niveau 2, en krijgt daarnaast de kans de ontbrekende vmbo-onderdelen "
          "alsnog af te ronden;",
          "wie merkt dat rijden niet bij hem past, of na de medische keuring niet mag rijden, "
          "stapt over naar een andere opleiding op niveau 2 van Deltavak, zoals Logistiek "
          "medewerker, en houdt wat hij al heeft behaald;",
          "wie verhuist of naar een andere instelling wil, melden wij daar samen met hem aan; "
          "wij geven de ontvangende instelling wat zij nodig heeft om te onderzoeken of de "
          "opleiding bij hem past."),
        P("Wij spreken af dat de mentor of loopbaanbegeleider en de routeregie samen, na een "
          "gesprek met de leerling en zijn ouders, besluiten welke plek het wordt. Zij kijken "
          "daarbij naar wat de leerling al heeft gehaald en naar zijn leeftijd. Het besluit "
          "wordt op papier gezet en de leerling heeft binnen vier weken een nieuwe plek."),
        P("Wij spreken af dat wij deze werkwijze opnemen in de schoolgids van Reynaert en in de "
          "studiegids van Deltavak."),
        H("Geld"),
        P("Wij spreken af dat wij geen bekostiging aan elkaar overdragen. De rijksbijdrage "
          "blijft bij wie hem ontvangt, en ieder betaalt zijn eigen personeel, gebouwen en "
          "materiaal. Artikel 5.42a WVO 2020 en artikel 9.1.15 WEB passen wij dus niet toe. "
          "Willen wij dat later anders, dan leggen wij het bedrag en waar het voor is vast in "
          "een schriftelijke aanvulling op deze afspraken."),
        H("Inspraak"),
        P("Wij spreken af dat de medezeggenschapsraad van Reynaert en de studentenraad van "
          "Deltavak elk jaar in november één gezamenlijke vergadering over de route houden, "
          "waarin de routeregie het jaarverslag toelicht."),
        P("Wij spreken af dat twee leerlingen uit leerjaar 1 of 2 van de route, ook al staan zij "
          "nog bij Reynaert ingeschreven, als vaste gast met spreekrecht meedoen aan de "
          "vergaderingen van de studentenraad van Deltavak."),
        P("Wij spreken af dat wij een voorgenomen verandering van deze afspraken eerst voor "
          "advies voorleggen aan de medezeggenschapsraad van Reynaert en de studentenraad van "
          "Deltavak."),
        H("Als wij het oneens zijn"),
        P("Wij spreken af dat een meningsverschil over de uitvoering van deze afspraken eerst in "
          "de routeregie wordt besproken. Lukt het daar niet binnen vier weken, dan gaat het naar "
          "ons bestuurlijk overleg. Komen wij er daar binnen zes weken niet uit, dan vragen wij "
          "samen een mediator die bij de Mediatorsfederatie Nederland is ingeschreven en die wij "
          "samen kiezen. Leidt de mediation binnen drie maanden niet tot een oplossing, dan kan "
          "ieder van ons het geschil voorleggen aan de bevoegde rechter in het arrondissement "
          "Zeeland-West-Brabant."),
        H("Erbij komen, veranderen en stoppen"),
        P("Wij spreken af dat een andere vmbo-school of mbo-instelling kan aansluiten als zij de "
          "route in dezelfde vorm kan aanbieden, deze afspraken onderschrijft en wij allebei "
          "schriftelijk instemmen. Aansluiten kan alleen per 1 augustus; de nieuwe partner "
          "meldt zich zelf bij DUO. Voor leerlingen die al in de route zitten verandert er "
          "daardoor niets."),
        P("Wij spreken af dat wij deze afspraken alleen veranderen op papier, ondertekend door "
          "ons allebei. Een verandering die leerlingen raakt, gaat pas in bij het begin van een "
          "nieuw schooljaar."),
        P("Wij spreken af dat ieder van ons de samenwerking per brief kan opzeggen, met een "
          "opzegtermijn van ten minste twaalf maanden en alleen tegen 31 juli. Na een opzegging "
          "nemen wij geen nieuwe leerlingen meer in de route op; wie al begonnen is, maakt de "
          "route bij ons af."),
        P("Wij spreken af dat ieder van ons de afspraken kan ontbinden als de ander ernstig "
          "tekortschiet en dat na een schriftelijke aanmaning met een termijn van twee maanden "
          "blijft doen. Ook dan maken de leerlingen die in de route zitten hun route af, zo nodig "
          "bij de partij die overblijft."),
        P("Wij spreken af dat deze afspraken gelden vanaf 1 augustus 2025, voor onbepaalde tijd."),
        P("Zo afgesproken en ondertekend in tweevoud."),
        SIG(["Hulst, 30 juni 2025", "Stichting Reynaert Scholen voor Voortgezet Onderwijs",
             "", "", "drs. A.M. Verstraete", "voorzitter college van bestuur"],
            ["Terneuzen, 30 juni 2025", "Stichting Deltavak Zeeland", "", "",
             "ing. P.J. de Kraker", "voorzitter college van bestuur"]),
    ]


# ---- 486 ---------------------------------------------------------------------------
@register(
    486, "486_leerjaarmatrix_westelijke_mijnstreek_onderwijsassistent", "pdf",
    dict(font="Helvetica", size=9.5, accent="#7a1f3d", thead="#f1dde5",
         header="Samenwerkingsovereenkomst doorlopende leerroute Klas naar Klas",
         footer="Geleenbeek College / ROC Westelijk Zuid-Limburg",
         author="ROC Westelijk Zuid-Limburg", title="SOK Klas naar Klas"),
    "PDF, sober paragraph-numbered agreement (§) whose core is a matrix per leerjaar (waar / "
    "wie geeft les / examen / bpv), Westelijke Mijnstreek, gl Zorg en welzijn -> mbo-4 "
    "Onderwijsassistent; fully compliant, transfer per leerling with omvang and bestemming, "
    "bindend advies by a three-member commission.",
    st("pppppppppp"),
    {"a": "§ 1 De route en de diploma's", "b": "§ 2 Scholen en kinderopvang als leerplek",
     "c": "§ 3 Kernteam: samenstelling, aanwijzing en mandaat",
     "d": "§ 5 Rapportage aan de besturen", "e": "§ 4 Leerjaarmatrix",
     "f": "§ 7 Als de route niet (meer) past", "g": "§ 6 Geld tussen de partijen",
     "h": "§ 8 Stem van leerlingen, studenten en ouders", "i": "§ 9 Verschil van inzicht",
     "j": "§ 10 Looptijd, nieuwe partners, wijziging en einde"},
)
def doc486():
    M = [["Leerjaar", "Waar", "Wie geeft les", "Examen", "Bpv"],
         ["1 (vmbo-3)",
          "Geleenbeek College, locatie Born; woensdagochtend Praktijkleerplein ROC WZL Sittard",
          "vmbo-docenten (algemene vakken, profielvak Z&W); mbo-docent pedagogiek 3 uur per week "
          "binnen het routeteam",
          "vmbo-schoolexamen profielvak en twee keuzevakken volgens PTA; geen mbo-examen",
          "oriënterende stage: 10 ochtenden in een groep van een partnerbasisschool"],
         ["2 (vmbo-4)",
          "Born; elke woensdag de hele dag Praktijkleerplein Sittard",
          "vmbo-docenten; mbo-docenten 6 uur per week (pedagogiek, ontwikkelingspsychologie, "
          "didactiek) binnen het routeteam",
          "centraal examen vmbo (alle vakken); eerste mbo-examen kerntaak 'ondersteunt bij "
          "onderwijsleerproces', deel 1",
          "1 dag per week gedurende 20 weken op een partnerbasisschool"],
         ["3 (mbo-1)",
          "ROC WZL, college Mens & Educatie, Sittard; 2 dagen partnerschool",
          "mbo-docenten; vmbo-docent Engels 2 uur per week voor wie het vmbo-diploma nog mist",
          "mbo-examens kerntaken; herkansing centraal examen vmbo voor wie dat nodig heeft",
          "2 dagen per week op een partnerbasisschool of in de kinderopvang"],
         ["4 (mbo-2)",
          "ROC WZL Sittard; 3 dagen partnerschool",
          "mbo-docenten; werkplekbegeleider van de partnerschool",
          "proeve van bekwaamheid, keuzedelen, centrale examens Nederlands, rekenen en Engels",
          "3 dagen per week, afsluitende bpv met beoordeling door de partnerschool"]]
    return [
        TITLE("Samenwerkingsovereenkomst doorlopende leerroute 'Klas naar Klas'"),
        SUB("vmbo gemengde leerweg Zorg en welzijn - mbo niveau 4 Onderwijsassistent"),
        H2("Partijen"),
        L("Stichting Onderwijsgroep Maas-Geleenbeek, gevestigd te Born, bevoegd gezag van het "
          "Geleenbeek College (vmbo gemengde en theoretische leerweg), vertegenwoordigd door "
          "de heer mr. L.H.M. Coumans, voorzitter van het college van bestuur, hierna: de "
          "School;",
          "Stichting Regionaal Opleidingencentrum Westelijk Zuid-Limburg, gevestigd te Sittard, "
          "vertegenwoordigd door mevrouw dr. E.J. Lenssen-Hermans, voorzitter van het college van "
          "bestuur, hierna: ROC WZL."),
        H2("Vooraf"),
        P("In de Westelijke Mijnstreek is een tekort aan onderwijsassistenten. Partijen willen "
          "leerlingen die in het vmbo voor Zorg en welzijn kiezen en met kinderen willen werken, "
          "een ononderbroken weg bieden naar het mbo-diploma. Onderstaande afspraken zijn "
          "gemaakt op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. De matrix in § 4 "
          "maakt deel uit van deze overeenkomst."),
        H("§ 1 De route en de diploma's"),
        L("Instroom: leerlingen van de gemengde leerweg met het profiel Zorg en welzijn, na "
          "leerjaar 2 van het vmbo, na een intakegesprek in het voorjaar van leerjaar 2.",
          "Uitstroom: het vmbo-diploma gemengde leerweg, profiel Zorg en welzijn, en het "
          "mbo-diploma Onderwijsassistent, niveau 4 (middenkaderopleiding), opleidingsdomein "
          "Zorg en welzijn, beroepsopleidende leerweg.",
          "Duur: vier leerjaren. Doordat overlap tussen vmbo-3/4 en het eerste mbo-jaar "
          "vervalt, is het mbo-deel één jaar korter dan de reguliere opleiding.",
          "Het vmbo-diploma wordt behaald in leerjaar 2 en uiterlijk in leerjaar 3."),
        H("§ 2 Scholen en kinderopvang als leerplek"),
        P("De route wordt gedragen door het werkveld. Concreet:"),
        L("Stichting Basisonderwijs Sittard-Geleen-Born levert met twaalf partnerbasisscholen "
          "alle stageplaatsen uit de matrix (§ 4), vanaf de oriënterende stage in leerjaar 1 "
          "tot en met de afsluitende bpv in leerjaar 4; iedere partnerschool wijst een "
          "werkplekbegeleider aan die door ROC WZL wordt geschoold.",
          "Kinderopvang Het Zonnehuis biedt in leerjaar 3 bpv-plaatsen op de buitenschoolse "
          "opvang en verzorgt per schooljaar twee gastlessen over samenwerking tussen school en "
          "opvang.",
          "De werkplekbegeleiders beoordelen de praktijkexamens en de proeve van bekwaamheid mee "
          "(tweede beoordelaar naast een mbo-docent).",
          "Een beroepenveldcommissie (twee schooldirecteuren, één leidinggevende kinderopvang, "
          "één onderwijsassistent in functie) komt drie keer per jaar met het kernteam bijeen en "
          "adviseert over programma, keuzedelen en de matrix."),
        H("§ 3 Kernteam: samenstelling, aanwijzing en mandaat"),
        P("3.1 De route wordt geleid door een kernteam, bestaande uit de afdelingsleider "
          "bovenbouw gemengde en theoretische leerweg van de School, de teamleider Pedagogisch "
          "werk van ROC WZL en een routecoördinator. De decaan van de School woont de "
          "vergaderingen bij als adviseur zonder stem."),
        P("3.2 De afdelingsleider en de teamleider maken deel uit van het kernteam uit hoofde "
          "van hun functie; het college van bestuur van de eigen partij wijst hen daartoe "
          "schriftelijk aan. De routecoördinator wordt na een interne sollicitatieronde door "
          "beide colleges van bestuur gezamenlijk benoemd voor drie jaar en kan eenmaal worden "
          "herbenoemd."),
        P("3.3 Het kernteam heeft van beide colleges van bestuur de opdracht en de bevoegdheid "
          "om: de matrix en het gezamenlijke PTA/OER jaarlijks op te stellen en ter vaststelling "
          "voor te leggen; het rooster en de bpv-planning vast te stellen; leerlingen tot de "
          "route toe te laten na de intake; over overstap te beslissen (§ 7); en het "
          "routebudget van ten hoogste € 15.000 per schooljaar te besteden. Besluiten over "
          "formatie, arbeidsvoorwaarden, huisvesting en contracten met derden blijven bij de "
          "colleges van bestuur."),
        H("§ 4 Leerjaarmatrix"),
        P("4.1 Waar de leerling les heeft, wie lesgeeft, welke examens worden afgenomen en waar "
          "de beroepspraktijkvorming plaatsvindt, ligt per leerjaar als volgt vast:"),
        T(M, [0.11, 0.21, 0.25, 0.23, 0.20]),
        P("4.2 De mbo-docenten en vmbo-docenten uit de matrix vormen samen één routeteam. Voor "
          "het vakoverstijgende onderdeel 'Pedagogiek en ontwikkeling' in leerjaar 1 en 2 maken "
          "partijen gebruik van de teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB): "
          "het team is als geheel bevoegd, ieder teamlid is verantwoordelijk voor het deel "
          "waarvoor hij bevoegd is en het PTA/OER vermeldt welk deel in teamverband wordt "
          "gegeven. ROC WZL levert hiervoor 0,3 fte in leerjaar 1 en 2; de School levert 0,1 fte "
          "in leerjaar 3. Iedere partij blijft werkgever van haar eigen personeel."),
        P("4.3 Faciliteiten: de leerlingen uit leerjaar 1 en 2 gebruiken het Praktijkleerplein "
          "van ROC WZL (oefenklaslokaal, speellokaal, digibordruimte); de studenten uit leerjaar "
          "3 kunnen voor herkansingen en examentraining de lokalen van de School in Born "
          "gebruiken. Beide teams krijgen toegang tot elkaars elektronische leeromgeving en "
          "leerlingvolgsysteem, voor zover nodig voor de route en binnen de afspraken in de "
          "verwerkersparagraaf van het PTA/OER."),
        P("4.4 Een klacht bij de ene partij over gedrag van een medewerker van de andere partij "
          "wordt afgehandeld volgens de klachtenregeling van de partij waar de klacht is "
          "ingediend; de andere partij verleent medewerking en wordt over de uitkomst "
          "geïnformeerd."),
        H("§ 5 Rapportage aan de besturen"),
        P("5.1 Het kernteam brengt twee keer per jaar, uiterlijk op 15 februari en op 15 "
          "september, een schriftelijke voortgangsrapportage uit aan de colleges van bestuur "
          "van beide partijen, met in elk geval: instroom, doorstroom en uitval per leerjaar, "
          "examenresultaten, bpv-plaatsen, overstappen, klachten en de besteding van het "
          "routebudget."),
        P("5.2 In oktober bespreekt het kernteam de septemberrapportage in het bestuurlijk "
          "overleg van beide colleges van bestuur en legt daar verantwoording af over de "
          "uitvoering van het mandaat uit § 3. Op verzoek van een college van bestuur verstrekt "
          "het kernteam binnen twee weken aanvullende inlichtingen."),
        H("§ 6 Geld tussen de partijen"),
        P("6.1 Voor de inzet van mbo-docenten en het gebruik van het Praktijkleerplein in "
          "leerjaar 1 en 2 draagt Stichting Onderwijsgroep Maas-Geleenbeek op grond van artikel "
          "5.42a WVO 2020 een deel van haar bekostiging over aan ROC WZL: € 1.240 per leerling "
          "per leerjaar in leerjaar 1 en 2, op basis van het aantal routeleerlingen op 1 oktober, "
          "te betalen in twee termijnen (1 december en 1 mei). Het bedrag wordt jaarlijks per 1 "
          "augustus geïndexeerd met de loonkostenindex van het ministerie van OCW."),
        P("6.2 In leerjaar 3 en 4 vindt geen overdracht van bekostiging plaats; de inzet van de "
          "vmbo-docent in leerjaar 3 is om niet. Overige kosten draagt iedere partij zelf."),
        H("§ 7 Als de route niet (meer) past"),
        P("7.1 Een leerling die de route verlaat, krijgt altijd een vervolg dat leidt naar een "
          "diploma. Partijen hanteren de volgende uitgangspunten:"),
        L("Vertrek in leerjaar 1 of 2: de leerling vervolgt de gemengde leerweg bij de School, "
          "in Zorg en welzijn of een ander profiel, en doet gewoon examen voor het vmbo-diploma.",
          "Geen vmbo-diploma aan het einde van leerjaar 3: de leerling kan binnen ROC WZL "
          "doorgaan in de opleiding Onderwijsassistent of instromen in een andere opleiding op "
          "vergelijkbaar niveau (bijvoorbeeld Pedagogisch medewerker kinderopvang niveau 3 of "
          "4); de vooropleidingseisen gelden daarbij niet. Ook herkansen of een jaar overdoen "
          "om het vmbo-diploma te halen is mogelijk.",
          "Andere richting of ander niveau: de leerling stapt over naar een andere opleiding "
          "of doorlopende leerroute, bij ROC WZL of elders in de regio; bij een andere instelling "
          "ondersteunen partijen het geschiktheidsonderzoek met een overdrachtsdossier.",
          "Verhuizing: partijen zoeken samen met de leerling een passende plek bij een school of "
          "instelling in de nieuwe woonplaats en dragen warm over."),
        P("7.2 Welk vervolg passend is, wordt na een gesprek met de leerling en de ouders "
          "gezamenlijk vastgesteld door de School en ROC WZL, in het kernteam. Het niveau dat de "
          "leerling heeft bereikt en zijn leeftijd zijn daarbij bepalend; de wensen van de "
          "leerling wegen mee. Het besluit wordt binnen drie weken schriftelijk aan leerling en "
          "ouders meegedeeld. De uitwerking staat in de schoolgids en de studiegids."),
        H("§ 8 Stem van leerlingen, studenten en ouders"),
        P("8.1 Routeleerlingen in leerjaar 1 en 2 kunnen, naast hun plaats in de leerlingenraad "
          "van de School, zitting nemen in de studentenraad van het college Mens & Educatie van "
          "ROC WZL, met dezelfde rechten als de overige leden wanneer zaken van de route aan de "
          "orde zijn."),
        P("8.2 De oudergeleding van de medezeggenschapsraad van de School en de ouderraad van "
          "ROC WZL ontvangen de rapportages uit § 5 en worden één keer per jaar samen door het "
          "kernteam bijgepraat. De medezeggenschapsraad van de School wordt om advies gevraagd "
          "over de matrix voor leerjaar 1 en 2 voordat deze wordt vastgesteld."),
        H("§ 9 Verschil van inzicht"),
        P("9.1 Ontstaat tussen partijen verschil van inzicht over de uitvoering van deze "
          "overeenkomst, dan bespreekt het kernteam dit binnen twee weken. Lukt een oplossing "
          "niet, dan legt ieder van beide partijen de kwestie voor aan het bestuurlijk overleg, "
          "dat binnen dertig dagen bijeenkomt."),
        P("9.2 Blijft het verschil daarna bestaan, dan wordt het voorgelegd aan een commissie "
          "van drie personen: ieder college van bestuur wijst één lid aan en deze twee kiezen "
          "samen een voorzitter die bij geen van beide partijen werkzaam is. De commissie brengt "
          "binnen zestig dagen een bindend advies uit. De kosten worden gelijk gedeeld."),
        H("§ 10 Looptijd, nieuwe partners, wijziging en einde"),
        P("10.1 De overeenkomst geldt vanaf 1 augustus 2025 voor vier schooljaren en wordt "
          "daarna telkens met vier schooljaren verlengd, tenzij zij is opgezegd."),
        P("10.2 Een andere vmbo-school of mbo-instelling kan partij worden als zij de route in "
          "de vorm van deze overeenkomst kan verzorgen, beide partijen schriftelijk instemmen en "
          "zij een toetredingsverklaring tekent. Toetreding gaat in per 1 augustus; de "
          "toetreder doet zelf melding bij DUO. Leerlingen die al in de route zitten, houden "
          "hun matrix."),
        P("10.3 Wijziging geschiedt schriftelijk en met handtekening van beide colleges van "
          "bestuur, na advies van het kernteam. Wijzigingen van de matrix gelden alleen voor "
          "leerlingen die na de wijziging instromen, tenzij de wijziging voor de zittende "
          "leerlingen gunstig is."),
        P("10.4 Opzegging kan schriftelijk tegen het einde van een schooljaar met een termijn "
          "van ten minste twaalf maanden. Ontbinding is mogelijk bij een ernstige tekortkoming "
          "die na schriftelijke ingebrekestelling niet binnen drie maanden is hersteld. Na "
          "opzegging of ontbinding stromen geen nieuwe leerlingen meer in; de leerlingen die in "
          "de route zijn begonnen, maken haar af volgens de matrix en deze overeenkomst blijft "
          "voor hen van kracht."),
        H("§ 11 Melding"),
        P("Partijen melden de route gezamenlijk aan de minister door registratie in RIO, ieder "
          "voor de eigen school of instelling, vóór de start van het schooljaar 2025-2026."),
        H2("Ondertekening"),
        SIG(["Born, 26 juni 2025", "Stichting Onderwijsgroep Maas-Geleenbeek", "", "",
             "mr. L.H.M. Coumans", "voorzitter college van bestuur"],
            ["Sittard, 26 juni 2025", "Stichting ROC Westelijk Zuid-Limburg", "", "",
             "dr. E.J. Lenssen-Hermans", "voorzitter college van bestuur"]),
    ]


# ---- 487 ---------------------------------------------------------------------------
@register(
    487, "487_juridisch_onverminderd_behoudens_haarlem_retail", "pdf",
    dict(font="Times-Roman", size=10.5, justify=True, accent="#000000", thead="#eeeeee", bullet="",
         header="Samenwerkingsovereenkomst Retailroute Zuid-Kennemerland - definitieve versie",
         footer="Paraaf partijen: ______ / ______", margin=2.6,
         author="Advocatenkantoor Spaarnestad (concept) / partijen",
         title="Samenwerkingsovereenkomst doorlopende leerroute Retail"),
    "PDF, lawyer's text with definitions, leden and many 'onverminderd'/'behoudens' provisos, "
    "Zuid-Kennemerland, kb Economie en ondernemen -> mbo-3 Eerste verkoper; defects: f weak "
    "(a 'behoudens' proviso re-imposes vooropleidingseisen even for overstap within the same "
    "instelling, taking back the options), g weak (transfer with bestemming but its omvang "
    "deferred to a later financial regeling inside one long sentence).",
    st("pppppwwppp"),
    {"a": "Artikel 2 Onderwerp van de Overeenkomst",
     "b": "Artikel 3 Medewerking van het bedrijfsleven", "c": "Artikel 4 De Regiegroep",
     "d": "Artikel 5 Inlichtingen en verantwoording", "e": "Artikel 6 Inrichting van de Route",
     "h": "Artikel 9 Medezeggenschap", "i": "Artikel 10 Geschillen",
     "j": "Artikel 11 Toetreding, wijziging en beëindiging"},
)
def doc487():
    return [
        TITLE("SAMENWERKINGSOVEREENKOMST"),
        SUB("inzake de doorlopende leerroute vmbo-mbo 'Retailroute Zuid-Kennemerland'"),
        H2("DE ONDERGETEKENDEN:"),
        P("1. Stichting voor Christelijk Voortgezet Onderwijs Zuid-Kennemerland, statutair "
          "gevestigd te Haarlem, ingeschreven in het handelsregister van de Kamer van Koophandel "
          "onder nummer 41190627, bevoegd gezag van het Duinrand Vakcollege te Haarlem, school "
          "voor vbo met de basis- en kaderberoepsgerichte leerweg, te dezen rechtsgeldig "
          "vertegenwoordigd door de heer drs. R.F. van der Meulen, voorzitter van het college van "
          "bestuur, hierna te noemen: 'de School';"),
        P("2. Stichting Regionaal Opleidingencentrum Kennemerland-Amstel, statutair gevestigd "
          "te Haarlem, ingeschreven in het handelsregister van de Kamer van Koophandel onder "
          "nummer 41207733, bevoegd gezag van een instelling voor beroepsonderwijs, te dezen "
          "rechtsgeldig vertegenwoordigd door mevrouw mr. C.A.M. Brouwer-Zegers, voorzitter van "
          "het college van bestuur, hierna te noemen: 'de Instelling';"),
        P("hierna gezamenlijk te noemen: 'Partijen' en ieder afzonderlijk: 'Partij';"),
        H2("IN AANMERKING NEMENDE DAT:"),
        L("A. Partijen reeds sinds 2019 samenwerken in een vakmanschapsroute handel en die "
          "samenwerking wensen voort te zetten als doorlopende leerroute vmbo-mbo in de zin van "
          "artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;",
          "B. een doorlopende leerroute op grond van artikel 2.107b, eerste lid, WVO 2020 en "
          "artikel 9.1.3 WEB slechts kan worden verzorgd op grond van een "
          "samenwerkingsovereenkomst die ten minste de in die artikelen genoemde onderwerpen "
          "regelt;",
          "C. Partijen hun rechten en verplichtingen ter zake in deze overeenkomst wensen vast te "
          "leggen;"),
        H2("KOMEN OVEREEN ALS VOLGT:"),
        H("Artikel 1 Begripsbepalingen"),
        P("1.1 In deze overeenkomst, hierna: 'de Overeenkomst', wordt verstaan onder:"),
        L("a. Route: de doorlopende leerroute bedoeld in artikel 2;",
          "b. Leerling: een leerling van de School die aan de Route deelneemt;",
          "c. Student: een deelnemer aan de Route die bij de Instelling als student is "
          "ingeschreven;",
          "d. Leerjaar: een leerjaar van de Route, waarbij Leerjaar 1 en 2 overeenkomen met het "
          "derde en vierde leerjaar van de School;",
          "e. Regiegroep: de leiding over de Route bedoeld in artikel 4;",
          "f. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
          "examenregeling van de Route;",
          "g. Overstapoptie: de overstapoptie bedoeld in artikel 2.107k WVO 2020 en artikel "
          "9.1.14 WEB."),
        P("1.2 Begrippen in enkelvoud omvatten het meervoud en omgekeerd."),
        H("Artikel 2 Onderwerp van de Overeenkomst"),
        P("2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het "
          "derde leerjaar van de kaderberoepsgerichte leerweg met het profiel Economie en "
          "ondernemen en die leidt tot het diploma van de vakopleiding Eerste verkoper (niveau "
          "3), behorend tot het opleidingsdomein Handel en ondernemerschap, in de "
          "beroepsopleidende leerweg."),
        P("2.2 De Route omvat vier Leerjaren. De Leerling behaalt het diploma vmbo "
          "kaderberoepsgerichte leerweg, profiel Economie en ondernemen, uiterlijk in Leerjaar 3 "
          "en het mbo-diploma aan het einde van Leerjaar 4."),
        P("2.3 Onverminderd de verantwoordelijkheid van de School voor het vmbo-deel van de "
          "Route, de examinering en de diplomering daarvan, en onverminderd de "
          "verantwoordelijkheid van de Instelling voor het mbo-deel, de beroepspraktijkvorming, "
          "de examinering en de diplomering daarvan, dragen Partijen gezamenlijk zorg voor de "
          "Route als geheel."),
        P("2.4 Partijen melden de Route gezamenlijk aan de minister door registratie in het "
          "Register Instellingen en Opleidingen, ieder voor zover het de eigen school of "
          "instelling betreft."),
        H("Artikel 3 Medewerking van het bedrijfsleven"),
        P("3.1 Bij de invulling van de Route worden betrokken: (a) de Ondernemersvereniging "
          "Winkelcentrum Schalkwijk, (b) de Stichting Retailplatform Haarlem e.o., waarin de "
          "regionale detailhandel is verenigd, en (c) de door de Samenwerkingsorganisatie "
          "Beroepsonderwijs Bedrijfsleven erkende leerbedrijven die zijn opgenomen in Bijlage 1, "
          "zoals die lijst door de Regiegroep wordt bijgehouden."),
        P("3.2 De sub 3.1 genoemde partners verlenen in elk geval de volgende medewerking: (i) "
          "in Leerjaar 1 en 2 ontvangen de leerbedrijven iedere Leerling op acht praktijkdagen "
          "per schooljaar; (ii) in Leerjaar 3 en 4 bieden de leerbedrijven de plaatsen voor de "
          "beroepspraktijkvorming; (iii) de Ondernemersvereniging verstrekt jaarlijks een "
          "praktijkopdracht voor de inrichting en exploitatie van een pop-upwinkel in het "
          "winkelcentrum; (iv) praktijkopleiders treden op als tweede beoordelaar bij de proeve "
          "van bekwaamheid; (v) het Retailplatform vaardigt twee leden af in de Adviesraad "
          "Retail, die tweemaal per schooljaar de Regiegroep adviseert over het programma en de "
          "keuzedelen."),
        P("3.3 Onverminderd de eigen verantwoordelijkheid van de Instelling voor de "
          "beroepspraktijkvorming, draagt de Instelling ervoor zorg dat iedere Student uiterlijk "
          "op 1 juli voorafgaand aan Leerjaar 3 over een bpv-plaats beschikt."),
        H("Artikel 4 De Regiegroep"),
        P("4.1 De leiding over de Route berust bij de Regiegroep, die bestaat uit: (a) de "
          "afdelingsleider kaderberoepsgerichte leerweg van de School, (b) de opleidingsmanager "
          "Retail van de Instelling en (c) een routecoördinator."),
        P("4.2 De leden sub a en b worden aangewezen door het college van bestuur van de Partij "
          "bij wie zij in dienst zijn. De routecoördinator wordt benoemd door de colleges van "
          "bestuur van beide Partijen gezamenlijk, voor een termijn van twee jaren, die telkens "
          "met twee jaren kan worden verlengd. Schorsing en ontslag van de routecoördinator als "
          "zodanig geschieden eveneens bij gezamenlijk besluit."),
        P("4.3 De Regiegroep is belast met: (a) de dagelijkse aansturing van de Route; (b) het "
          "opstellen van het PTA/OER, ter vaststelling door de bevoegde organen van Partijen; (c) "
          "het vaststellen van rooster en jaarplanning; (d) de toelating van Leerlingen tot de "
          "Route; (e) het onderhouden van de contacten met de partners bedoeld in artikel 3; (f) "
          "het voorbereiden van besluiten in het kader van artikel 8."),
        P("4.4 De colleges van bestuur verlenen de Regiegroep mandaat tot het nemen van "
          "besluiten ter uitvoering van de in het derde lid genoemde taken. Behoudens "
          "voorafgaande schriftelijke toestemming van beide colleges van bestuur is de "
          "Regiegroep niet bevoegd tot het aangaan van financiële verplichtingen boven € 5.000 "
          "per geval, tot het nemen van personele besluiten en tot het wijzigen van de "
          "Overeenkomst."),
        H("Artikel 5 Inlichtingen en verantwoording"),
        P("5.1 De Regiegroep legt jaarlijks, uiterlijk op 1 december, aan de colleges van "
          "bestuur van beide Partijen een schriftelijke verantwoordingsrapportage over het "
          "voorafgaande schooljaar voor, die ten minste inzicht geeft in de instroom, doorstroom "
          "en uitstroom per Leerjaar, de examenresultaten, de toepassing van de Overstapoptie, "
          "de ontvangen klachten, de uitvoering van het mandaat en de besteding van de middelen."),
        P("5.2 De Regiegroep verstrekt daarnaast na afloop van ieder kwartaal een beknopt "
          "overzicht van de kengetallen aan beide colleges van bestuur."),
        P("5.3 De verantwoordingsrapportage wordt in januari besproken in het bestuurlijk "
          "overleg van Partijen, waarna de colleges van bestuur bij gezamenlijk besluit decharge "
          "verlenen. Onverminderd het voorgaande verstrekt de Regiegroep op verzoek van een "
          "college van bestuur binnen tien werkdagen alle inlichtingen die dat college "
          "redelijkerwijs verlangt."),
        H("Artikel 6 Inrichting van de Route"),
        P("6.1 Leerjaar 1 en 2 worden verzorgd op de locatie van de School te Haarlem-Schalkwijk, "
          "met één dagdeel per week in de leerwinkel 'Het Retailhuis' van de Instelling te "
          "Haarlem; Leerjaar 3 en 4 worden verzorgd in Het Retailhuis en bij de leerbedrijven."),
        P("6.2 Partijen beschrijven het onderwijsprogramma, de examinering en de "
          "beroepspraktijkvorming per Leerjaar in het PTA/OER, dat jaarlijks vóór 1 oktober wordt "
          "vastgesteld. Het centraal examen vmbo wordt afgenomen in Leerjaar 2, met de "
          "mogelijkheid van herkansing in Leerjaar 3; examinering van mbo-onderdelen vangt aan "
          "in Leerjaar 2."),
        P("6.3 Docenten van beide Partijen vormen één routeteam. Voor het vakoverstijgende "
          "programmaonderdeel 'Ondernemen en verkopen' in Leerjaar 1 en 2 wordt het routeteam "
          "ingezet als team in de zin van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. De "
          "Instelling stelt in Leerjaar 1 en 2 0,4 fte docentcapaciteit ter beschikking; de "
          "School stelt in Leerjaar 3 vier lesuren per week van een docent economie ter "
          "beschikking. Iedere Partij blijft werkgever van haar personeel."),
        P("6.4 De Leerlingen maken gebruik van de leerwinkel, de kassasystemen en de "
          "webwinkelomgeving van Het Retailhuis; de Studenten maken voor de pop-upwinkel gebruik "
          "van het praktijklokaal Economie en ondernemen van de School. Het gebruik geschiedt om "
          "niet, behoudens vergoeding van schade die door opzet of grove schuld is veroorzaakt."),
        P("6.5 Onverminderd artikel 2.107f, derde lid, WVO 2020 en artikel 9.1.7, derde lid, WEB "
          "wordt een klacht die bij de ene Partij wordt ingediend over een gedraging van een "
          "medewerker van de andere Partij behandeld volgens de klachtenregeling van de Partij "
          "waar de klacht is ingediend, met medewerking van de andere Partij."),
        H("Artikel 7 Financiële bepalingen"),
        P("7.1 Onverminderd het bepaalde in artikel 6.4 en behoudens het geval dat Partijen voor "
          "een bepaald schooljaar schriftelijk anders overeenkomen, draagt de School met "
          "toepassing van artikel 5.42a WVO 2020 jaarlijks een deel van de door haar voor de "
          "Leerlingen in Leerjaar 1 en 2 ontvangen bekostiging over aan de Instelling, welk deel "
          "uitsluitend is bestemd voor de inzet van docenten van de Instelling in Leerjaar 1 en 2 "
          "en voor het gebruik van Het Retailhuis, en waarvan de hoogte, met inachtneming van de "
          "begroting van de Route en van het aantal op 1 oktober van het betreffende schooljaar "
          "ingeschreven Leerlingen, door Partijen zal worden bepaald in een afzonderlijke, "
          "jaarlijks vóór 1 november vast te stellen financiële regeling."),
        P("7.2 Overige kosten die verband houden met de uitvoering van de Overeenkomst komen "
          "voor rekening van de Partij die ze maakt."),
        H("Artikel 8 Overstapoptie"),
        P("8.1 Indien de deelname van een Leerling of Student aan de Route wordt beëindigd "
          "voordat hij de Route met goed gevolg heeft doorlopen, stellen Partijen hem in staat "
          "een vmbo-diploma of een mbo-diploma te behalen dat past bij het door hem bereikte "
          "onderwijsniveau en zijn leeftijd, zulks naar het gezamenlijk oordeel van Partijen, "
          "vast te stellen door de Regiegroep na overleg met de Leerling of Student en diens "
          "ouders."),
        P("8.2 Daartoe staan in elk geval de volgende mogelijkheden open: (a) bij beëindiging in "
          "Leerjaar 1 of 2: voortzetting van de opleiding in de reguliere kaderberoepsgerichte "
          "leerweg bij de School; (b) bij het niet behalen van het vmbo-diploma uiterlijk in "
          "Leerjaar 3: instroom in de opleiding Verkoopmedewerker (niveau 2) of in een andere "
          "opleiding van de Instelling op vergelijkbaar niveau, dan wel doubleren; (c) bij een "
          "gewijzigde studiekeuze: overstap naar een opleiding in een andere richting bij de "
          "Instelling."),
        P("8.3 Het bepaalde in het tweede lid, onder b en c, geldt behoudens de toepassing door "
          "de Instelling van de vooropleidingseisen en de toelatingsprocedure die ingevolge haar "
          "onderwijs- en examenregeling voor de desbetreffende opleiding gelden, ook indien de "
          "Leerling of Student binnen de Instelling overstapt; voldoet hij daaraan niet, dan is "
          "de Instelling niet gehouden hem tot die opleiding toe te laten."),
        H("Artikel 9 Medezeggenschap"),
        P("9.1 Onverminderd de Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de "
          "ondernemingsraden komen Partijen het volgende overeen:"),
        L("a. Leerlingen in Leerjaar 1 en 2 zijn, naast hun rechten bij de School, verkiesbaar "
          "voor en stemgerechtigd bij de verkiezing van de studentenraad van het college "
          "Economie van de Instelling;",
          "b. er is een Routeraad, bestaande uit twee ouders, twee Leerlingen of Studenten en "
          "twee docenten uit het routeteam, die gevraagd en ongevraagd advies uitbrengt aan de "
          "medezeggenschapsraad van de School en de studentenraad van de Instelling over "
          "wijzigingen van het PTA/OER;",
          "c. een voorgenomen besluit tot wijziging of beëindiging van de Overeenkomst wordt "
          "voor advies voorgelegd aan de medezeggenschapsraad van de School en de studentenraad "
          "van de Instelling."),
        H("Artikel 10 Geschillen"),
        P("10.1 Een geschil tussen Partijen over de uitvoering van de Overeenkomst wordt eerst "
          "besproken in de Regiegroep en, indien het daar niet binnen dertig dagen wordt "
          "opgelost, in het bestuurlijk overleg van Partijen."),
        P("10.2 Is het geschil binnen zestig dagen na de schriftelijke kennisgeving daarvan door "
          "een Partij niet opgelost, dan beproeven Partijen mediation door een door hen "
          "gezamenlijk aan te wijzen MfN-registermediator. Leidt de mediation niet binnen "
          "negentig dagen tot een oplossing, dan wordt het geschil beslecht door de bevoegde "
          "rechter van de rechtbank Noord-Holland, locatie Haarlem."),
        P("10.3 Behoudens spoedeisende gevallen, waarin een voorziening bij voorraad kan worden "
          "gevorderd, vangen Partijen geen gerechtelijke procedure aan voordat de in het eerste "
          "en tweede lid bedoelde stappen zijn doorlopen."),
        H("Artikel 11 Toetreding, wijziging en beëindiging"),
        P("11.1 Een andere school voor vbo of instelling voor beroepsonderwijs kan tot de "
          "Overeenkomst toetreden, indien zij de Route in overeenstemming met de Overeenkomst kan "
          "verzorgen, beide Partijen daarmee schriftelijk instemmen en zij een door alle partijen "
          "ondertekende toetredingsakte aangaat. Toetreding heeft werking met ingang van 1 "
          "augustus; de toetreder draagt zorg voor de melding aan de minister."),
        P("11.2 De Overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door beide "
          "Partijen ondertekende akte, na advies van de Regiegroep en met inachtneming van "
          "artikel 9.1, onder c."),
        P("11.3 De Overeenkomst wordt aangegaan voor onbepaalde tijd met ingang van 1 augustus "
          "2025. Iedere Partij kan de Overeenkomst bij aangetekende brief opzeggen tegen 31 juli "
          "van enig schooljaar, met inachtneming van een opzegtermijn van ten minste achttien "
          "maanden. Iedere Partij kan de Overeenkomst ontbinden indien de andere Partij, na "
          "deugdelijke ingebrekestelling met een redelijke termijn van ten minste twee maanden, "
          "toerekenbaar tekortschiet in de nakoming van wezenlijke verplichtingen."),
        P("11.4 Ter beperking van de gevolgen voor Leerlingen en Studenten geldt bij toetreding, "
          "wijziging, opzegging en ontbinding dat: (a) een wijziging die het onderwijsprogramma "
          "raakt niet eerder in werking treedt dan bij de aanvang van het volgende schooljaar; (b) "
          "na opzegging of ontbinding geen nieuwe Leerlingen tot de Route worden toegelaten; (c) "
          "Leerlingen en Studenten die de Route zijn begonnen, deze overeenkomstig de "
          "Overeenkomst kunnen voltooien, die voor dat doel van kracht blijft."),
        H("Artikel 12 Slotbepalingen"),
        P("12.1 Op de Overeenkomst is Nederlands recht van toepassing."),
        P("12.2 Bijlage 1 maakt deel uit van de Overeenkomst. Indien een bepaling van de "
          "Overeenkomst nietig blijkt, blijven de overige bepalingen van kracht en treden "
          "Partijen in overleg over een vervangende bepaling die de strekking van de nietige "
          "bepaling zoveel mogelijk benadert."),
        P("Aldus overeengekomen en in tweevoud ondertekend te Haarlem op 27 juni 2025."),
        SIG(["Stichting voor Christelijk Voortgezet Onderwijs Zuid-Kennemerland", "", "",
             "drs. R.F. van der Meulen", "voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum Kennemerland-Amstel", "", "",
             "mr. C.A.M. Brouwer-Zegers", "voorzitter college van bestuur"]),
        PB(),
        H("Bijlage 1 Leerbedrijven (stand per 1 juni 2025)"),
        T([["Leerbedrijf", "Plaats", "Leerjaar", "Aantal plaatsen"],
           ["Modehuis Van Tol", "Haarlem", "1-4", "4"],
           ["Bouwmarkt Schalkwijk", "Haarlem", "2-4", "3"],
           ["Boekhandel De Kennemer", "Heemstede", "3-4", "2"],
           ["Supermarkt Duinoord", "Zandvoort", "1-4", "5"],
           ["Fietsenhuis Spaarndam", "Haarlem", "3-4", "2"],
           ["Drogisterij Ter Hagen", "Bloemendaal", "2-4", "2"]],
          [0.4, 0.22, 0.18, 0.2]),
        SMALL("De Regiegroep houdt deze lijst bij; wijziging van de lijst is geen wijziging van "
              "de Overeenkomst in de zin van artikel 11.2."),
    ]


# ---- 488 ---------------------------------------------------------------------------
@register(
    488, "488_stappenplan_overstap_land_van_cuijk_timmerman", "txt",
    dict(width=78),
    "TXT, plain numbered sections with the overstap written as a flowchart turned into text "
    "(Stap 1 ... Stap 6), Land van Cuijk, geïntegreerde route bb Bouwen, wonen en interieur -> "
    "mbo-2 Timmerman; fully compliant (no automatic Entree, explicit no transfer of "
    "bekostiging, arbitrage); silent on medezeggenschap, so h not_applicable.",
    st("pppppppnpp"),
    {"a": "2. WAT WIJ SAMEN AANBIEDEN", "b": "3. DE BOUWBEDRIJVEN IN DE ROUTE",
     "c": "4. ROUTELEIDING", "d": "5. VERSLAG AAN DE BESTUREN",
     "e": "6. INRICHTING VAN DE ROUTE", "f": "7. OVERSTAPPEN: HET STAPPENPLAN",
     "g": "8. FINANCIEN", "i": "9. ALS PARTIJEN HET NIET EENS WORDEN",
     "j": "10. AANSLUITEN, WIJZIGEN EN OPZEGGEN"},
)
def doc488():
    return [
        TITLE("SAMENWERKINGSOVEREENKOMST GEINTEGREERDE ROUTE BOUW LAND VAN CUIJK"),
        P("Versie 1.0 - vastgesteld in het bestuurlijk overleg van 24 juni 2025"),
        H("1. PARTIJEN"),
        P("Stichting Maasheggen Onderwijs, gevestigd te Boxmeer, bevoegd gezag van het "
          "Maasheggen College (school voor vbo, locatie Boxmeer), vertegenwoordigd door de heer "
          "J.W.M. Hermsen, voorzitter college van bestuur, hierna: het Maasheggen College."),
        P("Stichting Regionaal Opleidingencentrum Brabant Noordoost, gevestigd te Oss, bevoegd "
          "gezag van ROC Brabant Noordoost, vertegenwoordigd door mevrouw ir. M.C. van Dinther, "
          "lid college van bestuur, hierna: ROC BNO."),
        H("2. WAT WIJ SAMEN AANBIEDEN"),
        P("2.1 Het Maasheggen College en ROC BNO verzorgen samen een geintegreerde route als "
          "bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB. De route start in het derde "
          "leerjaar van de basisberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, en "
          "leidt naar het diploma van de basisberoepsopleiding Timmerman (niveau 2) in het "
          "opleidingsdomein Bouw en infra."),
        P("2.2 De route duurt vier leerjaren. Leerjaar 1 en 2 vallen samen met bb-3 en bb-4; in "
          "leerjaar 3 volgt de student de beroepsopleidende leerweg, in leerjaar 4 kan hij, als "
          "een leerbedrijf hem een arbeidsovereenkomst aanbiedt, overstappen naar de "
          "beroepsbegeleidende leerweg."),
        P("2.3 Het Maasheggen College neemt in deze route geen eindexamen basisberoepsgerichte "
          "leerweg af. De leerling kiest in overleg met zijn ouders voor de route na een "
          "adviesgesprek in leerjaar 2 van het vmbo, en pas nadat het Maasheggen College "
          "daarover met ROC BNO heeft overlegd."),
        P("2.4 Ieder van beide partijen registreert de route in RIO voor 1 september 2025."),
        H("3. DE BOUWBEDRIJVEN IN DE ROUTE"),
        P("3.1 De route wordt samen met Bouwend Land van Cuijk, de vereniging van aannemers en "
          "timmerbedrijven in de regio, opgezet en uitgevoerd. Bouwend Land van Cuijk levert "
          "twee vakmensen voor de klankbordgroep die twee keer per jaar met de routeleiding het "
          "programma en de gereedschappen en werkwijzen uit de praktijk bespreekt."),
        P("3.2 Aannemersbedrijf Hendriks-Verstegen (Sint Anthonis), Timmerfabriek Van de Ven "
          "(Cuijk) en Bouwbedrijf Peters & Zn. (Gennep) bieden vanaf leerjaar 2 iedere leerling "
          "een dag per week een leerwerkplek op de bouwplaats of in de fabriek, en in leerjaar 3 "
          "en 4 de bpv-plaatsen. Zij zijn of worden erkend leerbedrijf bij SBB."),
        P("3.3 Iedere zomer levert een van de bedrijven een echte bouwopdracht (in 2025-2026: "
          "een tiny house voor de gemeente Land van Cuijk) die leerlingen in leerjaar 2 en 3 "
          "onder begeleiding van een uitvoerder van dat bedrijf bouwen."),
        P("3.4 Een vakman van een leerbedrijf beoordeelt als tweede beoordelaar mee bij de "
          "praktijkexamens in leerjaar 3 en 4."),
        H("4. ROUTELEIDING"),
        P("4.1 De route heeft een routeleider en een adjunct-routeleider. De routeleider is in "
          "dienst van het Maasheggen College, de adjunct is de teamleider Bouw van ROC BNO."),
        P("4.2 De routeleider wordt benoemd door de colleges van bestuur van beide partijen "
          "samen, na advies van de afdelingsleider bb van het Maasheggen College en de "
          "teamleider Bouw. Het college van bestuur van ROC BNO wijst de adjunct aan. Beide "
          "aanwijzingen gelden tot wederopzegging en worden schriftelijk vastgelegd."),
        P("4.3 De routeleider en de adjunct hebben samen de volgende taken en bevoegdheden, die "
          "de colleges van bestuur hun hierbij opdragen:"),
        L("het opstellen van het gezamenlijke PTA/OER en de leerjaarplanning, ter vaststelling "
          "door de colleges van bestuur;",
          "het roosteren en het verdelen van de lesuren over de docenten van het routeteam;",
          "het aangaan en beeindigen van afspraken met leerbedrijven over leerwerkplekken en "
          "bpv;",
          "het besluiten over de toelating tot de route en over overstappen volgens het "
          "stappenplan in artikel 7;",
          "het uitgeven van het jaarlijkse routebudget van EUR 12.000 voor materiaal en "
          "excursies.",
          ),
        P("4.4 Over personeel (aanstelling, ontslag, beoordeling), huisvesting en uitgaven boven "
          "het routebudget besluiten de colleges van bestuur zelf."),
        H("5. VERSLAG AAN DE BESTUREN"),
        P("5.1 De routeleiding stuurt beide colleges van bestuur elk kwartaal een dashboard met "
          "het aantal leerlingen per leerjaar, verzuim, voortgang in de examens, overstappen en "
          "uitputting van het routebudget."),
        P("5.2 Voor 15 september stuurt de routeleiding een jaarverslag over het afgelopen "
          "schooljaar aan beide colleges van bestuur. Het jaarverslag wordt besproken in het "
          "bestuurlijk overleg in oktober; daar legt de routeleiding verantwoording af over hoe "
          "zij haar taken en bevoegdheden heeft gebruikt."),
        P("5.3 Gebeurt er op de bouwplaats of in de werkplaats een ongeval met een leerling, dan "
          "meldt de routeleiding dit dezelfde dag aan beide colleges van bestuur."),
        H("6. INRICHTING VAN DE ROUTE"),
        P("6.1 Waar: leerjaar 1 en 2 op de locatie van het Maasheggen College in Boxmeer, met "
          "een dag per week in de bouwhal van ROC BNO in Cuijk en vanaf leerjaar 2 een dag per "
          "week bij een leerbedrijf; leerjaar 3 en 4 in de bouwhal in Cuijk en bij de "
          "leerbedrijven."),
        P("6.2 Programma en examens: partijen beschrijven het programma en de examinering per "
          "leerjaar in een gezamenlijk PTA/OER, waarin staat welke onderdelen vmbo-onderdelen "
          "zijn, welke mbo-onderdelen en welke gecombineerd. Examinering van mbo-onderdelen "
          "begint in leerjaar 2. Nederlands en rekenen worden op mbo-2-niveau afgesloten."),
        P("6.3 Personeel: de docenten bouwtechniek van beide partijen vormen met de docenten "
          "Nederlands en rekenen van het Maasheggen College een routeteam. In leerjaar 1 en 2 "
          "wordt dit team als team in de zin van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB "
          "ingezet voor het onderdeel 'Bouwen in de praktijk'; het PTA/OER vermeldt dit. ROC BNO "
          "zet in leerjaar 1 en 2 een docent timmeren in voor acht lesuren per week; het "
          "Maasheggen College zet in leerjaar 3 een docent Nederlands in voor twee lesuren per "
          "week. Ieder blijft werkgever van de eigen docenten."),
        P("6.4 Faciliteiten: de leerlingen gebruiken de bouwhal, de CNC-houtbewerkingsmachine en "
          "de steigeroefenplaats van ROC BNO; studenten van ROC BNO gebruiken voor "
          "interieurbouw de houtwerkplaats van het Maasheggen College. Persoonlijke "
          "beschermingsmiddelen worden verstrekt door de partij op wiens terrein gewerkt wordt. "
          "Alle leerlingen halen in leerjaar 2 het diploma Basisveiligheid VCA."),
        P("6.5 Klachten: een klacht over een medewerker van de andere partij wordt behandeld "
          "volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere "
          "partij werkt daaraan mee."),
        H("7. OVERSTAPPEN: HET STAPPENPLAN"),
        P("Past de route niet meer bij een leerling, dan volgen partijen altijd de stappen "
          "hieronder. Doel is steeds dat de leerling een diploma haalt: bij voorkeur een "
          "startkwalificatie."),
        P("Stap 1 - Signaal. De mentor, de leerling zelf, zijn ouders of het leerbedrijf "
          "meldt bij de routeleiding dat de route niet (meer) past, bijvoorbeeld door een andere "
          "interesse, een te hoog of te laag niveau, of een verhuizing."),
        P("Stap 2 - Gesprek. Binnen twee weken voert de routeleiding een gesprek met de "
          "leerling en zijn ouders. Daarin wordt besproken wat de leerling wil en wat hij al "
          "heeft behaald."),
        P("Stap 3 - Beoordeling. De routeleider (namens het Maasheggen College) en de adjunct "
          "(namens ROC BNO) stellen samen vast welk onderwijsniveau de leerling heeft bereikt, "
          "rekening houdend met zijn leeftijd. Zij nemen daarbij het advies van de mentor en "
          "de loopbaanbegeleider mee."),
        P("Stap 4 - Keuze uit de mogelijkheden. Afhankelijk van het moment gaat het om:"),
        L("4a. vertrek in leerjaar 1 of 2: een ander profiel of een andere route binnen de "
          "basisberoepsgerichte leerweg van het Maasheggen College, waarbij de leerling alsnog "
          "het eindexamen basisberoepsgerichte leerweg aflegt;",
          "4b. vertrek in leerjaar 2, als de leerling dat wil: het eindexamen "
          "basisberoepsgerichte leerweg afleggen, zodat hij daarna vrij een andere "
          "mbo-opleiding kan kiezen;",
          "4c. vertrek in leerjaar 3 of 4: een andere opleiding op niveau 2 bij ROC BNO, "
          "bijvoorbeeld Schilder, Metselaar of Medewerker installatietechniek; voor overstappen "
          "binnen ROC BNO gelden geen vooropleidingseisen, en wat de leerling al heeft behaald "
          "telt mee;",
          "4d. een opleiding bij een andere instelling in de regio; partijen leveren een "
          "overdrachtsdossier aan voor het onderzoek naar geschiktheid dat die instelling mag "
          "doen;",
          "4e. de Entree-opleiding alleen als na stap 3 vaststaat dat een startkwalificatie "
          "echt niet haalbaar is; een leerling gaat nooit automatisch naar Entree."),
        P("Stap 5 - Besluit. Het Maasheggen College en ROC BNO besluiten samen, via de "
          "routeleider en de adjunct, welke mogelijkheid het wordt, na instemming van de "
          "leerling en, als hij jonger is dan 18, zijn ouders. Het besluit wordt binnen vier "
          "weken na stap 1 schriftelijk vastgelegd."),
        P("Stap 6 - Overdracht en nazorg. De mentor draagt warm over aan de nieuwe opleiding. Na "
          "drie maanden vraagt de routeleiding na hoe het gaat en rapporteert dit in het "
          "kwartaaldashboard."),
        P("Partijen nemen dit stappenplan op in de schoolgids en de studiegids."),
        H("8. FINANCIEN"),
        P("Tussen partijen gaat geen bekostiging over. Iedere partij houdt haar eigen "
          "rijksbijdrage en draagt de eigen kosten van personeel en voorzieningen. Het "
          "routebudget uit 4.3 wordt door beide partijen voor de helft gevuld uit eigen middelen; "
          "dit is geen overdracht van bekostiging als bedoeld in artikel 5.42a WVO 2020 of "
          "artikel 9.1.15 WEB."),
        H("9. ALS PARTIJEN HET NIET EENS WORDEN"),
        P("9.1 Verschillen van mening over de uitvoering van deze overeenkomst worden eerst door "
          "de routeleiding besproken met de afdelingsleider bb en de directeur van het college "
          "Techniek van ROC BNO. Is er na een maand geen oplossing, dan komt het op de agenda "
          "van het bestuurlijk overleg."),
        P("9.2 Lukt het daar binnen twee maanden niet, dan legt de meest gerede partij het "
          "geschil voor aan arbitrage volgens het Arbitragereglement van het Nederlands "
          "Arbitrage Instituut. Het scheidsgerecht bestaat uit een arbiter; de plaats van "
          "arbitrage is 's-Hertogenbosch. De uitspraak is voor beide partijen bindend."),
        H("10. AANSLUITEN, WIJZIGEN EN OPZEGGEN"),
        P("10.1 Een andere vmbo-school of mbo-instelling kan partij worden als zij de "
          "geintegreerde route Bouw in dezelfde opzet kan verzorgen en beide partijen dat "
          "schriftelijk goedkeuren. De nieuwe partij tekent deze overeenkomst mee met ingang van "
          "een 1 augustus en doet zelf de registratie in RIO."),
        P("10.2 Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met handtekening "
          "van beide colleges van bestuur. Wijzigingen in het programma gaan in bij het begin "
          "van een schooljaar en gelden niet ten nadele van leerlingen die al in de route "
          "zitten."),
        P("10.3 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met "
          "een opzegtermijn van een jaar. Bij ernstige tekortkoming van een partij die na "
          "schriftelijke aanmaning niet binnen twee maanden wordt hersteld, kan de andere partij "
          "de overeenkomst ontbinden."),
        P("10.4 Na opzegging of ontbinding starten geen nieuwe leerlingen meer in de route. "
          "Leerlingen die al begonnen zijn, maken de route af bij de partijen, zo nodig met "
          "toepassing van het stappenplan in artikel 7, en partijen blijven daarvoor aan deze "
          "overeenkomst gebonden."),
        H("11. INWERKINGTREDING"),
        P("Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        P("Boxmeer / Oss, 24 juni 2025"),
        SIG(["Stichting Maasheggen Onderwijs", "J.W.M. Hermsen, voorzitter college van bestuur",
             "handtekening: (getekend)"],
            ["Stichting Regionaal Opleidingencentrum Brabant Noordoost",
             "ir. M.C. van Dinther, lid college van bestuur", "handtekening: (getekend)"]),
    ]


# ---- 489 ---------------------------------------------------------------------------
@register(
    489, "489_memo_directeuren_mandaat_harderwijk_bakker", "md",
    dict(),
    "MD, very short memo-style agreement signed by two directors on mandate of their boards, "
    "Noord-Veluwe, kb Horeca, bakkerij en recreatie -> mbo-3 Zelfstandig werkend bakker; "
    "defects: b weak (intention only, 'willen graag' + later), j weak (opzegging, wijziging "
    "and pupil protection but no toetreding of a new party); silent on medezeggenschap.",
    st("pwpppppnpw"),
    {"a": "1. Route", "c": "3. Routeleiding", "d": "4. Verantwoording",
     "e": "5. Onderwijs, mensen en ruimtes", "f": "6. Stoppen of overstappen",
     "g": "7. Geld", "i": "8. Onenigheid"},
)
def doc489():
    return [
        TITLE("Memo - afspraken doorlopende leerroute Bakkerij"),
        L("**Van:** J. (Jolanda) Brouwer, directeur Het Veluws College vmbo Harderwijk, en "
          "H.A. (Henk) ten Brinke, directeur Vakcollege Voeding Noord-Veluwe",
          "**Aan:** routeteam Bakkerij; ter kennisname de colleges van bestuur",
          "**Datum:** 1 juli 2025",
          "**Status:** samenwerkingsovereenkomst (art. 2.107b WVO 2020 / art. 9.1.3 WEB), "
          "ondertekend op mandaat"),
        P("Wij tekenen deze afspraken namens Stichting Openbaar Onderwijs Noord-Veluwe (bevoegd "
          "gezag van Het Veluws College) en namens Stichting Beroepsonderwijs Noord-Veluwe "
          "(bevoegd gezag van het Vakcollege Voeding), op grond van het mandaat dat ieder "
          "college van bestuur ons daarvoor bij besluit van juni 2025 heeft gegeven."),
        H("1. Route"),
        P("Kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie (vanaf leerjaar "
          "3 vmbo) -> Zelfstandig werkend bakker, niveau 3, opleidingsdomein Voedsel, natuur en "
          "leefomgeving, bol. Vier leerjaren; vmbo-diploma in leerjaar 2, mbo-diploma in "
          "leerjaar 4. Beide scholen registreren de route in RIO."),
        H("2. Bedrijfsleven"),
        P("We willen de bakkers in de regio graag bij de route betrekken. Hoe we dat doen, "
          "bekijken we in de loop van het eerste schooljaar."),
        H("3. Routeleiding"),
        P("Het Veluws College wijst de afdelingsleider kader aan, het Vakcollege de teamleider "
          "Bakkerij; samen zijn zij de routeleiding. Zij beslissen over rooster, inzet van "
          "docenten, het PTA/OER-voorstel, toelating, overstap (punt 6) en het routebudget van "
          "EUR 8.000 per jaar. Personeel, gebouwen en alles boven het budget blijft bij ons."),
        H("4. Verantwoording"),
        P("De routeleiding stuurt elk jaar voor 1 juli een korte verantwoordingsnotitie "
          "(aantallen, voortgang, uitval, examens, budget) aan beide colleges van bestuur en "
          "bespreekt die in september met ons beiden in het halfjaarlijkse directieoverleg. In "
          "februari volgt een mondelinge tussenstand in hetzelfde overleg."),
        H("5. Onderwijs, mensen en ruimtes"),
        P("Leerjaar 1-2 in Harderwijk op Het Veluws College, met elke donderdag les in de "
          "leerbakkerij van het Vakcollege; leerjaar 3-4 op het Vakcollege. Programma en "
          "examens per leerjaar staan in één PTA/OER, vastgesteld voor 1 oktober. Twee "
          "bakkerijdocenten van het Vakcollege geven samen 6 uur per week les in leerjaar 1-2, "
          "als team met de vmbo-docent HBR (teambevoegdheid voor 'Brood en banket', art. 7.13a "
          "WVO 2020); een docent Nederlands van het Veluws College ondersteunt in leerjaar 3. "
          "Leerlingen gebruiken de leerbakkerij en de ovens van het Vakcollege; studenten mogen "
          "de demonstratiekeuken van het Veluws College gebruiken. Iedere school blijft "
          "werkgever van de eigen mensen; klachten gaan via de regeling van de school waar ze "
          "binnenkomen."),
        H("6. Stoppen of overstappen"),
        P("Stopt een leerling in leerjaar 1-2, dan gaat hij verder in de gewone kaderberoepsgerichte "
          "leerweg en haalt hij zijn vmbo-diploma. Heeft hij na leerjaar 3 nog geen vmbo-diploma, "
          "dan kan hij op het Vakcollege zonder vooropleidingseisen door in Bakker (niveau 2) of "
          "Zelfstandig werkend bakker, of een jaar overdoen. Wil hij iets anders, dan kan hij "
          "naar een andere opleiding op het Vakcollege (bijvoorbeeld Zelfstandig werkend kok) of "
          "elders. Welke plek past, beslissen de twee scholen samen met de leerling en zijn "
          "ouders, op basis van wat hij al heeft gehaald en zijn leeftijd."),
        H("7. Geld"),
        P("Er gaat geen bekostiging tussen de besturen over; het routebudget betalen we ieder "
          "voor de helft uit eigen middelen."),
        H("8. Onenigheid"),
        P("Komen wij er samen niet uit, dan leggen wij het voor aan beide colleges van bestuur. "
          "Lukt het daar binnen zes weken niet, dan vragen wij bindend advies aan een "
          "onafhankelijke deskundige die beide besturen samen aanwijzen."),
        H("9. Looptijd, wijzigen en stoppen"),
        P("Deze afspraken gelden vanaf 1 augustus 2025. Wijzigen kan alleen schriftelijk en met "
          "onze beider handtekening. Ieder van ons kan opzeggen tegen 1 augustus met een jaar "
          "opzegtermijn; leerlingen die al in de route zitten, maken hun route af en er stromen "
          "na opzegging geen nieuwe leerlingen in."),
        SIG(["Harderwijk, 1 juli 2025", "J. Brouwer, directeur Het Veluws College vmbo",
             "namens Stichting Openbaar Onderwijs Noord-Veluwe, op mandaat"],
            ["H.A. ten Brinke, directeur Vakcollege Voeding Noord-Veluwe",
             "namens Stichting Beroepsonderwijs Noord-Veluwe, op mandaat"]),
    ]


# ---- 490 ---------------------------------------------------------------------------
@register(
    490, "490_lang_drie_partijen_leiden_laboratorium", "pdf",
    dict(font="Helvetica", size=10, justify=True, accent="#0b5563", thead="#d9eef0", bullet="-",
         header="Labroute Rijnland - samenwerkingsovereenkomst doorlopende leerroute",
         footer="Rijnlands Vakcollege / Duinzoom College / ROC Rijn en Duin",
         author="Bestuurssecretariaat ROC Rijn en Duin", title="Samenwerkingsovereenkomst Labroute Rijnland"),
    "PDF, long three-party agreement in chapters and articles with three annexes "
    "(programme per leerjaar, financial table, lab safety), Leiden region, gl/kb Produceren, "
    "installeren en energie -> mbo-4 Analist (laboratoriumtechniek); fully compliant: transfers "
    "both ways with amounts and purposes, joint medezeggenschap committee, escalation to "
    "bemiddeling and rechter, toetreding clause for a third school.",
    st("pppppppppp"),
    {"a": "Artikel 2 De Labroute", "b": "Artikel 12 Het Bio Science Park als leeromgeving",
     "c": "Artikel 4 Stuurgroep: samenstelling, benoeming en mandaat",
     "d": "Artikel 5 Informatie aan en verantwoording tegenover de besturen",
     "e": "HOOFDSTUK III INRICHTING VAN DE ROUTE",
     "f": "Artikel 13 Wanneer een leerling de Labroute verlaat",
     "g": "Artikel 14 Overdracht van middelen",
     "h": "Artikel 15 Gemeenschappelijke medezeggenschapscommissie",
     "i": "Artikel 16 Geschillen tussen partijen",
     "j": "HOOFDSTUK IX DUUR, TOETREDING, WIJZIGING EN BEËINDIGING"},
)
def doc490():
    prog = [["Leerjaar", "Programma", "Examinering", "Beroepspraktijk"],
            ["1 (vmbo-3)",
             "algemene vakken vmbo; profielvak PIE; keuzevakken 'Laboratoriumtechniek "
             "basis' en 'Duurzame energie'; mbo-module 'Veilig werken in het lab' (teamonderwijs)",
             "schoolexamens volgens PTA; mbo-certificaat laboratoriumveiligheid",
             "zes labdagen bij partners op het Bio Science Park"],
            ["2 (vmbo-4)",
             "algemene vakken vmbo; mbo-modules 'Analysetechnieken 1' en 'Microbiologie "
             "basis' (teamonderwijs)",
             "centraal examen vmbo; eerste mbo-examens analysetechnieken",
             "projectweek en tien labdagen bij partners"],
            ["3 (mbo-1)",
             "mbo-programma Analist, kerntaak voorbereiden en uitvoeren van analyses; "
             "vmbo-herkansing voor wie dat nodig heeft",
             "mbo-examens kerntaak 1; eventueel herkansing centraal examen vmbo",
             "bpv 12 weken bij een partner"],
            ["4 (mbo-2)",
             "mbo-programma Analist, kerntaken 2 en 3; keuzedelen",
             "mbo-examens kerntaak 2 en 3; Nederlands en Engels",
             "bpv 20 weken"],
            ["5 (mbo-3)",
             "afstudeerproject, keuzedelen, voorbereiding hbo of werk",
             "proeve van bekwaamheid; rekenen",
             "bpv 20 weken, afstudeeropdracht bij partner"]]
    fin = [["Stroom", "Van", "Naar", "Omvang", "Bestemming"],
           ["A", "Rijnland Scholengroep en Duinzoom (ieder voor eigen leerlingen)", "Rijn en Duin",
            "EUR 1.650 per routeleerling per leerjaar, leerjaar 1 en 2 (peildatum 1 oktober)",
            "inzet docenten laboratoriumtechniek en technisch onderwijsassistenten; "
            "verbruiksmaterialen en chemicaliën; onderhoud labapparatuur"],
           ["B", "Rijn en Duin", "de school van herkomst",
            "EUR 400 per student in leerjaar 3 die het vmbo-diploma nog niet heeft",
            "herkansingsonderwijs en examenbegeleiding vmbo in leerjaar 3"],
           ["C", "alle partijen", "routebudget (beheer Rijn en Duin)",
            "EUR 5.000 per partij per schooljaar uit eigen middelen (geen bekostiging "
            "in de zin van art. 5.42a WVO 2020 / 9.1.15 WEB)",
            "excursies, labjassen en veiligheidsbrillen, kosten werkveldcommissie"]]
    return [
        TITLE("SAMENWERKINGSOVEREENKOMST LABROUTE RIJNLAND"),
        SUB("doorlopende leerroute vmbo - mbo laboratoriumtechniek (Analist, niveau 4)"),
        P("Kenmerk: RD/BV/2025-114 | versie na behandeling in de medezeggenschapsorganen | "
          "ondertekend op 3 juli 2025"),
        H2("De partijen"),
        P("1. Stichting Rijnland Scholengroep, statutair gevestigd te Leiden, bevoegd gezag van "
          "het Rijnlands Vakcollege (school voor mavo en vbo, gemengde en theoretische leerweg) "
          "te Leiden, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw "
          "drs. H.C. Wassenaar, hierna: 'Rijnland Scholengroep';"),
        P("2. Vereniging voor Christelijk Voortgezet Onderwijs Katwijk-Noordwijk, statutair "
          "gevestigd te Katwijk, bevoegd gezag van het Duinzoom College (school voor vbo, kader- "
          "en gemengde leerweg) te Katwijk, vertegenwoordigd door de voorzitter van het bestuur, "
          "de heer K. van der Plas, hierna: 'Duinzoom';"),
        P("3. Stichting Regionaal Opleidingencentrum Rijn en Duin, statutair gevestigd te "
          "Leiden, bevoegd gezag van een instelling voor beroepsonderwijs, vertegenwoordigd door "
          "de voorzitter van het college van bestuur, de heer dr. ir. B.J. Verhoef, hierna: "
          "'Rijn en Duin';"),
        P("Rijnland Scholengroep en Duinzoom worden hierna samen ook 'de scholen' genoemd; alle "
          "drie samen 'partijen'."),
        H2("Overwegingen"),
        L("a. Op en rond het Leiden Bio Science Park werken ruim honderd bedrijven en "
          "kennisinstellingen met laboratoria, die structureel analisten tekortkomen.",
          "b. Leerlingen die in het vmbo kiezen voor Produceren, installeren en energie en "
          "belangstelling hebben voor laboratoriumwerk, stromen nu vaak uit naar andere "
          "techniekopleidingen; partijen willen hun een herkenbare weg naar het laboratorium "
          "bieden.",
          "c. Partijen werken sinds 2021 samen in de pilot 'Labklas'; de ervaringen daarmee zijn "
          "verwerkt in deze overeenkomst.",
          "d. Deze overeenkomst is de samenwerkingsovereenkomst bedoeld in artikel 2.107b WVO "
          "2020 en artikel 9.1.3 WEB."),
        P("Partijen komen het volgende overeen."),
        H("HOOFDSTUK I ALGEMEEN"),
        H2("Artikel 1 Begrippen"),
        P("In deze overeenkomst betekent: Labroute: de doorlopende leerroute bedoeld in artikel "
          "2; leerling: een deelnemer aan de Labroute die staat ingeschreven bij een van de "
          "scholen; student: een deelnemer aan de Labroute die staat ingeschreven bij Rijn en "
          "Duin; leerjaar: een leerjaar van de Labroute (leerjaar 1 en 2 zijn het derde en "
          "vierde leerjaar van het vmbo); stuurgroep: de leiding over de Labroute (artikel 4); "
          "routemanager: de persoon bedoeld in artikel 4.5; PTA/OER: het gezamenlijke programma "
          "van toetsing en afsluiting en de onderwijs- en examenregeling van de Labroute; "
          "partnerbedrijf: een bedrijf of kennisinstelling dat deelneemt aan het netwerk bedoeld "
          "in artikel 12."),
        H2("Artikel 2 De Labroute"),
        P("2.1 Partijen verzorgen gezamenlijk de doorlopende leerroute 'Labroute Rijnland'. De "
          "Labroute begint in het derde leerjaar van de gemengde leerweg (Rijnlands Vakcollege "
          "en Duinzoom College) of de kaderberoepsgerichte leerweg (Duinzoom College), in beide "
          "gevallen met het profiel Produceren, installeren en energie."),
        P("2.2 De Labroute leidt tot het vmbo-diploma van de gevolgde leerweg met dat profiel en "
          "tot het mbo-diploma Analist, niveau 4 (middenkaderopleiding), kwalificatiedossier "
          "Laboratoriumtechniek, opleidingsdomein Techniek en procesindustrie, in de "
          "beroepsopleidende leerweg."),
        P("2.3 De Labroute duurt vijf leerjaren. Het vmbo-diploma wordt behaald in leerjaar 2, "
          "uiterlijk in leerjaar 3. Een overzicht van programma, examinering en "
          "beroepspraktijkvorming per leerjaar is opgenomen in Bijlage 1."),
        P("2.4 Per schooljaar stromen ten hoogste 32 leerlingen in, verdeeld over de scholen naar "
          "rato van de aanmeldingen."),
        H2("Artikel 3 Melding en registratie"),
        P("Partijen melden de Labroute gezamenlijk aan de minister. Iedere partij registreert de "
          "Labroute voor de eigen school of instelling in RIO vóór 1 oktober 2025 en informeert "
          "de andere partijen daarover. Bij toetreding van een nieuwe partij (artikel 18) doet "
          "die partij hetzelfde."),
        H("HOOFDSTUK II LEIDING EN VERANTWOORDING"),
        H2("Artikel 4 Stuurgroep: samenstelling, benoeming en mandaat"),
        P("4.1 De leiding over de Labroute berust bij een stuurgroep van vier leden: de "
          "teamleider bovenbouw van het Rijnlands Vakcollege, de afdelingsleider techniek van "
          "het Duinzoom College, de onderwijsmanager Laboratoriumtechniek van Rijn en Duin en de "
          "routemanager, die de stuurgroep voorzit."),
        P("4.2 Ieder bevoegd gezag wijst zijn vertegenwoordiger in de stuurgroep schriftelijk "
          "aan en kan die aanwijzing intrekken. De aanwijzing wordt meegedeeld aan de andere "
          "partijen."),
        P("4.3 De stuurgroep is, in opdracht van de bevoegde gezagsorganen, belast met: het "
          "bewaken van de kwaliteit en samenhang van de Labroute; het jaarlijks opstellen van "
          "het PTA/OER en van Bijlage 1, ter vaststelling door de bevoegde organen van partijen; "
          "het vaststellen van de jaarplanning en het rooster; de toewijzing van docenten uit "
          "het routeteam aan leerjaren en onderdelen; de toelating tot de Labroute; het nemen "
          "van overstapbesluiten (artikel 13); het onderhouden van het partnernetwerk (artikel "
          "12); en het beheer van het routebudget (Bijlage 2, stroom C)."),
        P("4.4 De stuurgroep neemt besluiten bij meerderheid van stemmen, mits de "
          "vertegenwoordiger van Rijn en Duin en ten minste één vertegenwoordiger van de "
          "scholen voor hebben gestemd. De stuurgroep is niet bevoegd tot het aangaan van "
          "verplichtingen boven het routebudget, tot personele besluiten en tot het wijzigen van "
          "deze overeenkomst; die bevoegdheden blijven bij de bevoegde gezagsorganen."),
        P("4.5 De routemanager wordt na een openbare sollicitatieprocedure door de drie "
          "bevoegde gezagsorganen gezamenlijk benoemd voor vier jaar, met de mogelijkheid van "
          "herbenoeming. De routemanager is in dienst van Rijn en Duin en werkt voor 0,6 fte "
          "voor de Labroute. Hij voert de besluiten van de stuurgroep uit, is aanspreekpunt voor "
          "leerlingen, ouders en partnerbedrijven, en bereidt de rapportages voor."),
        H2("Artikel 5 Informatie aan en verantwoording tegenover de besturen"),
        P("5.1 De stuurgroep stelt jaarlijks vóór 1 november een verantwoordingsverslag over het "
          "voorafgaande schooljaar op en zendt dat aan de drie bevoegde gezagsorganen. Het "
          "verslag bevat ten minste: instroom, doorstroom, uitval en overstappen per leerjaar "
          "en per school van herkomst; examenresultaten vmbo en mbo; verzuimcijfers; "
          "ongevallen en bijna-ongevallen in de laboratoria; klachten; de uitkomsten van de "
          "tevredenheidspeiling onder leerlingen, studenten en partnerbedrijven; en de "
          "besteding van de middelen uit Bijlage 2."),
        P("5.2 Na afloop van het eerste halfjaar (uiterlijk 15 maart) stuurt de routemanager "
          "namens de stuurgroep een beknopte tussenrapportage met de kengetallen aan de "
          "bevoegde gezagsorganen."),
        P("5.3 Het verantwoordingsverslag wordt besproken in het bestuurlijk overleg Labroute, "
          "waarin de drie voorzitters zitting hebben en dat ten minste tweemaal per jaar (in "
          "november en in april) bijeenkomt. De stuurgroep legt daar verantwoording af over de "
          "uitvoering van haar taken en het gebruik van haar mandaat."),
        P("5.4 Ieder bevoegd gezag kan de stuurgroep op elk moment om inlichtingen vragen; de "
          "stuurgroep verstrekt die binnen tien werkdagen. Ernstige incidenten in een "
          "laboratorium meldt de routemanager binnen 24 uur aan alle bevoegde gezagsorganen."),
        H("HOOFDSTUK III INRICHTING VAN DE ROUTE"),
        H2("Artikel 6 Locaties en leerjaren"),
        P("6.1 Leerjaar 1 en 2 worden verzorgd op de eigen school van de leerling, met twee "
          "dagdelen per week in het Practicumcentrum van Rijn en Duin aan de Zernikedreef te "
          "Leiden. Leerjaar 3 tot en met 5 worden verzorgd in het Practicumcentrum en bij de "
          "partnerbedrijven."),
        P("6.2 Het vervoer van leerlingen van het Duinzoom College naar het Practicumcentrum "
          "wordt door Duinzoom geregeld; de reistijd telt niet mee als onderwijstijd."),
        H2("Artikel 7 Laboratoria en veiligheid"),
        P("7.1 Rijn en Duin stelt voor de leerlingen van leerjaar 1 en 2 twee practicumlokalen "
          "chemie en een microbiologisch lab (ML-I) beschikbaar, met de bijbehorende "
          "apparatuur, zuurkasten, chemicaliën en persoonlijke beschermingsmiddelen. De scholen "
          "stellen hun natuurkundelokalen en de werkplaats PIE beschikbaar voor de "
          "mbo-onderdelen meet- en regeltechniek in leerjaar 3."),
        P("7.2 In alle laboratoria geldt het Laboratoriumreglement Labroute (Bijlage 3). Een "
          "leerling mag pas zelfstandig in een laboratorium werken na het behalen van het "
          "certificaat laboratoriumveiligheid in leerjaar 1. Leerlingen jonger dan 16 jaar "
          "werken niet met stoffen die volgens de Arbeidsomstandighedenregeling voor jeugdigen "
          "verboden zijn."),
        P("7.3 De partij die eigenaar is van een laboratorium is verantwoordelijk voor de "
          "veiligheid daarvan, de risico-inventarisatie en de verzekering; de partij bij wie een "
          "leerling staat ingeschreven, verzekert de leerling voor ongevallen."),
        H2("Artikel 8 Personeel en teambevoegdheid"),
        P("8.1 De docenten van de drie partijen die in de Labroute lesgeven, vormen één "
          "routeteam. Rijn en Duin zet in leerjaar 1 en 2 per groep van 16 leerlingen 0,3 fte "
          "docent laboratoriumtechniek en 0,2 fte technisch onderwijsassistent in. De scholen "
          "zetten in leerjaar 3 ieder een docent natuurkunde/scheikunde in voor in totaal vier "
          "lesuren per week ten behoeve van herkansingen."),
        P("8.2 Voor de vakoverstijgende programmaonderdelen 'Veilig werken in het lab', "
          "'Analysetechnieken 1' en 'Microbiologie basis' in leerjaar 1 en 2 wordt het "
          "routeteam ingezet als team van leraren en docenten in de zin van artikel 7.13a WVO "
          "2020 en artikel 9.1.12 WEB. Ieder teamlid beschikt over een onderwijsbevoegdheid voor "
          "ten minste één vak of voldoet aan artikel 4.2.1 WEB; het team als geheel dekt alle "
          "onderdelen; ieder lid is verantwoordelijk voor het deel waarvoor hij bevoegd is. Het "
          "PTA/OER geeft aan welke onderdelen in teamverband worden verzorgd."),
        P("8.3 Iedere partij blijft werkgever van haar eigen personeel. Docenten die bij een "
          "andere partij werken, volgen de huisregels en het laboratoriumreglement van die "
          "partij. Partijen organiseren jaarlijks twee gezamenlijke studiedagen voor het "
          "routeteam."),
        H2("Artikel 9 Examinering en diplomering"),
        P("9.1 Partijen beschrijven gezamenlijk, voor de gehele Labroute, het "
          "onderwijsprogramma en de examinering per leerjaar in het PTA/OER, waarin is "
          "aangegeven welke onderdelen vmbo-onderdelen, mbo-onderdelen of gecombineerde "
          "onderdelen zijn. Het PTA/OER wordt jaarlijks vóór 1 oktober vastgesteld."),
        P("9.2 De scholen zijn verantwoordelijk voor de examinering en diplomering van het "
          "vmbo-deel, ook voor leerlingen die al bij Rijn en Duin staan ingeschreven; Rijn en "
          "Duin is verantwoordelijk voor de examinering en diplomering van het mbo-deel. De "
          "examencommissies van partijen overleggen ten minste eenmaal per jaar."),
        H2("Artikel 10 Begeleiding, verzuim en klachten"),
        P("10.1 In leerjaar 1 en 2 is de school van herkomst verantwoordelijk voor mentoraat, "
          "zorg en verzuim; vanaf leerjaar 3 is dat Rijn en Duin. Bij de overgang vindt een "
          "warme overdracht plaats tussen mentor en studieloopbaanbegeleider."),
        P("10.2 Een klacht die bij een partij wordt ingediend over een gedraging van een "
          "medewerker of het bevoegd gezag van een andere partij, wordt behandeld volgens de "
          "klachtenregeling van de partij waar de klacht is ingediend. De andere partij verleent "
          "medewerking; de voorzitter van de klachtencommissie is niet werkzaam voor die andere "
          "partij."),
        H2("Artikel 11 Persoonsgegevens"),
        P("Partijen wisselen alleen de persoonsgegevens uit die nodig zijn voor de uitvoering van "
          "de Labroute. Zij zijn ieder zelfstandig verwerkingsverantwoordelijke en leggen de "
          "afspraken over de uitwisseling vast in een protocol dat de stuurgroep opstelt."),
        H("HOOFDSTUK IV WERKVELD"),
        H2("Artikel 12 Het Bio Science Park als leeromgeving"),
        P("12.1 De Labroute wordt uitgevoerd samen met Stichting Lab Talent Leiden, het "
          "samenwerkingsverband van bedrijven en kennisinstellingen op het Leiden Bio Science "
          "Park, en met de partnerbedrijven die zich daarbij hebben aangesloten, waaronder "
          "Galenix Pharma B.V., Bioreactor Solutions Leiden B.V. en het waterlaboratorium van "
          "Hoogheemraadschap Oude Rijn."),
        P("12.2 De partnerbedrijven: (a) ontvangen leerlingen in leerjaar 1 en 2 voor labdagen "
          "en projectweken volgens Bijlage 1; (b) leveren per schooljaar ten minste vier "
          "gastdocenten voor het onderdeel 'Analysetechnieken'; (c) bieden de bpv-plaatsen en "
          "afstudeeropdrachten in leerjaar 3 tot en met 5 en zorgen dat hun praktijkopleiders "
          "door SBB zijn erkend; (d) leveren beoordelaars voor de proeve van bekwaamheid; (e) "
          "koppelen iedere leerling in leerjaar 2 aan een 'labcoach' uit het bedrijf."),
        P("12.3 Lab Talent Leiden vaardigt drie leden af in de werkveldcommissie van de Labroute. "
          "Deze commissie vergadert driemaal per schooljaar met de stuurgroep, adviseert over "
          "het programma, de keuzedelen en de aansluiting op nieuwe analysetechnieken, en "
          "brengt jaarlijks vóór 1 mei een schriftelijk advies uit over het PTA/OER voor het "
          "volgende schooljaar."),
        H("HOOFDSTUK V OVERSTAP"),
        H2("Artikel 13 Wanneer een leerling de Labroute verlaat"),
        P("13.1 Partijen zorgen ervoor dat iedere leerling of student wiens deelname aan de "
          "Labroute eindigt voordat hij haar heeft afgerond, op een passende plek verder kan "
          "leren voor een vmbo-diploma of een mbo-diploma."),
        P("13.2 Als uitgangspunten gelden:"),
        L("a. eindigt de deelname in leerjaar 1 of 2, dan zet de leerling zijn opleiding voort "
          "in de reguliere gemengde of kaderberoepsgerichte leerweg van zijn school, in het "
          "profiel Produceren, installeren en energie of een ander profiel, gericht op het "
          "vmbo-diploma;",
          "b. heeft de leerling aan het einde van leerjaar 3 het vmbo-diploma niet behaald, dan "
          "kan hij bij Rijn en Duin, zonder dat de vooropleidingseisen gelden, de opleiding "
          "Analist voortzetten of instromen in een andere opleiding op een niveau dat past bij "
          "wat hij heeft bereikt, bijvoorbeeld Laborant (niveau 3); de school biedt hem "
          "gelegenheid het vmbo-diploma alsnog te behalen;",
          "c. blijkt niveau 4 te hoog gegrepen, dan stroomt de student over naar Laborant "
          "(niveau 3) of een andere vakopleiding, met behoud van behaalde onderdelen;",
          "d. wil de leerling een andere richting kiezen, dan wordt gezocht naar een opleiding "
          "die leidt tot een vergelijkbaar diploma in die richting, bij Rijn en Duin of bij een "
          "andere school of instelling in de regio; partijen verstrekken die andere instelling "
          "de gegevens die zij nodig heeft voor een onderzoek naar de geschiktheid van de "
          "leerling."),
        P("13.3 Het besluit over het vervolg wordt genomen door de stuurgroep namens de school "
          "van herkomst en Rijn en Duin gezamenlijk, na een gesprek met de leerling en, als hij "
          "minderjarig is, zijn ouders. Maatstaf is het bereikte onderwijsniveau, bezien in "
          "samenhang met de leeftijd van de leerling; zijn voorkeur weegt zwaar. Het besluit "
          "wordt binnen vier weken na het eerste gesprek schriftelijk meegedeeld, met de "
          "mogelijkheid van bezwaar bij het bevoegd gezag van de school van inschrijving."),
        P("13.4 De uitwerking van deze uitgangspunten wordt opgenomen in de schoolgidsen van de "
          "scholen en in de studiegids van Rijn en Duin."),
        H("HOOFDSTUK VI FINANCIËN"),
        H2("Artikel 14 Overdracht van middelen"),
        P("14.1 De scholen dragen ieder voor hun eigen leerlingen op grond van artikel 5.42a WVO "
          "2020 een deel van hun bekostiging over aan Rijn en Duin: EUR 1.650 per routeleerling "
          "per leerjaar in leerjaar 1 en 2, op basis van de telling op 1 oktober, bestemd voor "
          "de inzet van docenten laboratoriumtechniek en technisch onderwijsassistenten, "
          "verbruiksmaterialen en chemicaliën en het onderhoud van labapparatuur."),
        P("14.2 Rijn en Duin draagt op grond van artikel 9.1.15 WEB aan de school van herkomst "
          "EUR 400 over per student in leerjaar 3 die op 1 oktober het vmbo-diploma nog niet "
          "heeft behaald, bestemd voor herkansingsonderwijs en examenbegeleiding vmbo."),
        P("14.3 De bedragen worden jaarlijks per 1 januari geïndexeerd met de prijsbijstelling "
          "die het ministerie van OCW op de lumpsum toepast. Betaling vindt plaats in twee "
          "termijnen, op 1 december en 1 juni. Bijlage 2 geeft een overzicht; bij strijdigheid "
          "gaat dit artikel voor."),
        P("14.4 Overige kosten komen voor rekening van de partij die ze maakt, met uitzondering "
          "van het routebudget (Bijlage 2, stroom C)."),
        H("HOOFDSTUK VII MEDEZEGGENSCHAP"),
        H2("Artikel 15 Gemeenschappelijke medezeggenschapscommissie"),
        P("15.1 De bestaande medezeggenschap blijft ongewijzigd: voor leerlingen die bij een "
          "school staan ingeschreven, hun ouders en het personeel van de scholen geldt de WMS; "
          "voor studenten van Rijn en Duin en hun ouders hoofdstuk 8a WEB; voor het personeel "
          "van Rijn en Duin de WOR."),
        P("15.2 In aanvulling daarop stellen partijen een gemeenschappelijke "
          "medezeggenschapscommissie Labroute in. Daarin hebben zitting: één lid uit de "
          "medezeggenschapsraad van iedere school (bij voorkeur uit de ouder- of "
          "leerlinggeleding), twee leden uit de studentenraad van Rijn en Duin en één lid uit de "
          "ondernemingsraad van Rijn en Duin."),
        P("15.3 De commissie ontvangt het verantwoordingsverslag (artikel 5) en het ontwerp van "
          "het PTA/OER, en brengt daarover advies uit aan de stuurgroep en aan de "
          "medezeggenschapsorganen van partijen. De rechten van die organen blijven onverlet. "
          "Partijen faciliteren de commissie met vergaderruimte, secretariële ondersteuning en "
          "een scholingsbudget van EUR 1.000 per jaar ten laste van het routebudget."),
        P("15.4 Leerlingen in leerjaar 2 mogen als toehoorder deelnemen aan de vergaderingen van "
          "de studentenraad van Rijn en Duin."),
        H("HOOFDSTUK VIII GESCHILLEN"),
        H2("Artikel 16 Geschillen tussen partijen"),
        P("16.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt door "
          "de partij die het aan de orde stelt schriftelijk en met redenen aan de andere partijen "
          "gemeld. De stuurgroep bespreekt het geschil binnen drie weken."),
        P("16.2 Wordt het geschil niet binnen zes weken na de melding door de stuurgroep "
          "opgelost, dan wordt het geagendeerd in het bestuurlijk overleg Labroute. De "
          "voorzitters kunnen gezamenlijk een onafhankelijke bemiddelaar inschakelen, die "
          "binnen acht weken een bemiddelingsvoorstel doet."),
        P("16.3 Leidt ook dat niet tot een oplossing, dan kan iedere partij het geschil "
          "voorleggen aan de bevoegde rechter van de rechtbank Den Haag. Tijdens een geschil "
          "zetten partijen de uitvoering van de Labroute voor de leerlingen en studenten "
          "onverkort voort."),
        H("HOOFDSTUK IX DUUR, TOETREDING, WIJZIGING EN BEËINDIGING"),
        H2("Artikel 17 Duur en evaluatie"),
        P("17.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde "
          "tijd."),
        P("17.2 Partijen evalueren de overeenkomst in het schooljaar 2027-2028 en daarna iedere "
          "vier jaar, op basis van de verantwoordingsverslagen en het advies van de "
          "werkveldcommissie en de gemeenschappelijke medezeggenschapscommissie."),
        H2("Artikel 18 Toetreding"),
        P("18.1 Een andere school voor vmbo in de regio Holland Rijnland die het profiel "
          "Produceren, installeren en energie aanbiedt, of een andere instelling voor "
          "beroepsonderwijs, kan tot deze overeenkomst toetreden, mits: (a) alle partijen "
          "schriftelijk instemmen; (b) de toetreder zich in een toetredingsovereenkomst aan "
          "alle bepalingen van deze overeenkomst bindt; (c) de toetreder een vertegenwoordiger "
          "in de stuurgroep aanwijst; en (d) de toetreding ingaat per 1 augustus van een "
          "schooljaar."),
        P("18.2 Toetreding mag niet leiden tot vermindering van het aantal plaatsen voor "
          "leerlingen van de bestaande partijen in het lopende of het eerstvolgende schooljaar."),
        H2("Artikel 19 Wijziging"),
        P("19.1 Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke "
          "overeenkomst tussen alle partijen. De bijlagen 1 en 3 kunnen op voorstel van de "
          "stuurgroep door de bevoegde gezagsorganen gezamenlijk bij schriftelijk besluit worden "
          "aangepast."),
        P("19.2 Een voorstel tot wijziging wordt voor advies voorgelegd aan de "
          "gemeenschappelijke medezeggenschapscommissie. Wijzigingen die gevolgen hebben voor "
          "het programma gaan niet eerder in dan bij de aanvang van het volgende schooljaar."),
        H2("Artikel 20 Opzegging, uittreding en ontbinding"),
        P("20.1 Iedere partij kan haar deelname aan deze overeenkomst schriftelijk opzeggen "
          "tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste "
          "achttien maanden. Na opzegging door één school blijft de overeenkomst tussen de "
          "overige partijen van kracht."),
        P("20.2 Partijen kunnen de overeenkomst met onmiddellijke ingang ontbinden indien een "
          "partij haar verplichtingen ernstig niet nakomt en ook na schriftelijke "
          "ingebrekestelling met een termijn van drie maanden in gebreke blijft, of indien de "
          "bekostiging van een partij wordt beëindigd."),
        H2("Artikel 21 Bescherming van leerlingen en studenten"),
        P("21.1 Bij toetreding, wijziging, opzegging, uittreding en ontbinding wegen partijen "
          "steeds de gevolgen voor leerlingen en studenten zwaar en beperken zij die zoveel als "
          "mogelijk."),
        P("21.2 In elk geval geldt dat: (a) na opzegging door of uittreding van een school geen "
          "nieuwe leerlingen van die school meer instromen; (b) leerlingen en studenten die de "
          "Labroute zijn begonnen, deze kunnen afronden volgens het PTA/OER dat bij hun start "
          "gold, en partijen daartoe aan deze overeenkomst gebonden blijven tot de laatste van "
          "hen de Labroute heeft verlaten; (c) als afronden niet mogelijk is, artikel 13 "
          "overeenkomstig wordt toegepast."),
        H("HOOFDSTUK X SLOT"),
        H2("Artikel 22 Slotbepalingen"),
        P("22.1 De bijlagen maken deel uit van deze overeenkomst. Op deze overeenkomst is "
          "Nederlands recht van toepassing."),
        P("22.2 Deze overeenkomst vervangt de samenwerkingsafspraken 'Labklas' van 12 mei 2021."),
        P("Aldus overeengekomen en in drievoud ondertekend."),
        SIG(["Leiden, 3 juli 2025", "Stichting Rijnland Scholengroep", "", "",
             "drs. H.C. Wassenaar", "voorzitter college van bestuur"],
            ["Katwijk, 3 juli 2025", "Vereniging voor Christelijk Voortgezet Onderwijs "
             "Katwijk-Noordwijk", "", "", "K. van der Plas", "voorzitter bestuur"],
            ["Leiden, 3 juli 2025", "Stichting Regionaal Opleidingencentrum Rijn en Duin", "",
             "", "dr. ir. B.J. Verhoef", "voorzitter college van bestuur"]),
        PB(),
        H("Bijlage 1 Programma, examinering en beroepspraktijk per leerjaar"),
        P("Dit overzicht geeft de hoofdlijn; het PTA/OER bevat de uitwerking per periode."),
        T(prog, [0.12, 0.36, 0.28, 0.24]),
        H("Bijlage 2 Financieel overzicht"),
        T(fin, [0.07, 0.23, 0.15, 0.27, 0.28]),
        SMALL("Rekenvoorbeeld schooljaar 2025-2026: 28 leerlingen in leerjaar 1 (18 Rijnlands "
              "Vakcollege, 10 Duinzoom College) leidt tot een overdracht van EUR 29.700 door "
              "Rijnland Scholengroep en EUR 16.500 door Duinzoom aan Rijn en Duin."),
        H("Bijlage 3 Laboratoriumreglement Labroute (hoofdpunten)"),
        L("Labjas, veiligheidsbril en dichte schoenen zijn in elk laboratorium verplicht; "
          "handschoenen volgens de werkinstructie.",
          "Werken met gevaarlijke stoffen alleen onder toezicht van een docent of technisch "
          "onderwijsassistent en uitsluitend in de zuurkast als de werkinstructie dat "
          "voorschrijft.",
          "Eten, drinken en het gebruik van telefoons zijn in het laboratorium niet toegestaan.",
          "Elk incident, ook zonder letsel, wordt direct gemeld bij de docent en binnen 24 uur "
          "geregistreerd in het incidentenregister van de eigenaar van het laboratorium.",
          "Leerlingen volgen in leerjaar 1 een ontruimingsoefening in het Practicumcentrum.",
          "Afval wordt gescheiden volgens de afvalwijzer van het laboratorium; chemisch afval "
          "wordt nooit via de gootsteen afgevoerd."),
    ]


# ---- 491 ---------------------------------------------------------------------------
@register(
    491, "491_format_ingevuld_nijmegen_beveiliging", "docx",
    dict(font="Arial", size=10, accent="C00000", author="Waalkade College",
         title="Samenwerkingsovereenkomst doorlopende leerroute Veiligheid"),
    "DOCX, the official format filled in (Doel en wijze van samenwerking + Afspraken 1-10), "
    "Rijk van Nijmegen, kb Dienstverlening en producten -> mbo-3 Coördinator beveiliging "
    "(route veiligheid); defects: h weak (format's optional medezeggenschap section left with "
    "the bracketed instruction and dotted lines), i weak (geschilbeslechting only repeats the "
    "statutory phrase).",
    st("pppppppwwp"),
    {"a": "1. De betreffende doorlopende leerroute vmbo-mbo",
     "b": "2. Betrokkenheid bedrijfsleven", "c": "3a. Leiding", "d": "3b. Verantwoording",
     "e": "4. Organisatorische en onderwijskundige inrichting", "f": "5. Overstapoptie",
     "g": "6. Financiën", "j": "10. Beëindiging en wijziging van de overeenkomst"},
)
def doc491():
    dots = "\u2026" * 60
    return [
        TITLE("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        SUB("Veiligheidsroute Rijk van Nijmegen - vmbo kader Dienstverlening en producten / mbo "
            "niveau 3 Coördinator beveiliging"),
        P("Stichting Voortgezet Onderwijs Nijmegen-Noord, gevestigd te Nijmegen, bevoegd gezag "
          "van het Waalkade College (vmbo basis- en kaderberoepsgerichte leerweg), "
          "vertegenwoordigd door de heer M.A. Jansen, voorzitter college van bestuur,"),
        P("en"),
        P("Stichting ROC Gelderse Poort, gevestigd te Nijmegen, bevoegd gezag van de gelijknamige "
          "instelling voor beroepsonderwijs, vertegenwoordigd door mevrouw S. Yilmaz MBA, "
          "voorzitter college van bestuur,"),
        P("verklaren te zijn overeengekomen:"),
        H("Doel en wijze van samenwerking"),
        P("1. Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende "
          "leerroute vmbo-mbo verzorgd door ondergetekenden."),
        P("2. Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute "
          "(zie Afspraken, onder 2)."),
        P("3. Ondergetekenden beschrijven voor de gehele doorlopende leerroute vmbo-mbo het "
          "onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per "
          "leerjaar en voeren dit in gezamenlijkheid uit."),
        P("4. Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij een "
          "gezamenlijke doorlopende leerroute vmbo-mbo aanbieden; het Waalkade College en ROC "
          "Gelderse Poort registreren de route ieder in RIO vóór 1 oktober 2025."),
        H("Afspraken"),
        H2("1. De betreffende doorlopende leerroute vmbo-mbo"),
        P("Het volgende onderwijsprogramma wordt in deze doorlopende leerroute vmbo-mbo "
          "aangeboden: kaderberoepsgerichte leerweg, profiel Dienstverlening en producten, met "
          "de keuzevakken 'Veiligheid en handhaving' en 'Publieke dienstverlening', aansluitend "
          "op de mbo-opleiding Coördinator beveiliging, niveau 3 (vakopleiding), in het "
          "opleidingsdomein Veiligheid en sport, bol. De route duurt vier leerjaren; het "
          "vmbo-diploma wordt in leerjaar 2 behaald, het mbo-diploma in leerjaar 4."),
        H2("2. Betrokkenheid bedrijfsleven"),
        P("Het bedrijfsleven is als volgt betrokken bij de invulling van dit "
          "onderwijsprogramma:"),
        L("Waalwacht Beveiliging B.V., Event Safety Gelderland B.V. en de afdeling "
          "toezicht en handhaving van de gemeente Nijmegen bieden vanaf leerjaar 3 de "
          "bpv-plaatsen; zij zijn erkend leerbedrijf bij SBB;",
          "in leerjaar 1 en 2 lopen leerlingen per jaar drie dagen mee met een "
          "objectbeveiliger of een boa, en één dag met de evenementenbeveiliging (alleen "
          "overdag, onder begeleiding van een leidinggevende van het bedrijf);",
          "de genoemde bedrijven verzorgen samen vier gastlessen per jaar (o.a. "
          "conflicthantering en brandveiligheid) en leveren de casus voor de praktijkopdracht "
          "'Veilig evenement' in leerjaar 2;",
          "een leidinggevende van een leerbedrijf beoordeelt mee bij de proeve van bekwaamheid;",
          "de werkveldcommissie Veiligheid van ROC Gelderse Poort, met daarin drie werkgevers "
          "uit de branche, bespreekt het programma van de route twee keer per jaar en adviseert "
          "over de keuzedelen."),
        H2("3. Inzet leiding en verantwoording"),
        H2("3a. Leiding"),
        P("De leiding over de doorlopende leerroute vmbo-mbo wordt gevormd door een "
          "routeduo: de teamleider kader van het Waalkade College en de opleidingsmanager "
          "Veiligheid van ROC Gelderse Poort. Ieder college van bestuur benoemt het eigen lid "
          "van het routeduo bij schriftelijk besluit en meldt dat aan de andere partij. Het "
          "routeduo stelt het gezamenlijke PTA/OER op ter vaststelling door beide besturen, "
          "stelt rooster en bpv-planning vast, verdeelt de lesuren over de docenten van het "
          "routeteam, besluit over toelating en overstap (zie 5) en beheert het routebudget van "
          "EUR 10.000 per schooljaar. Besluiten over personeel, huisvesting en uitgaven boven dat "
          "budget nemen de besturen zelf."),
        H2("3b. Verantwoording"),
        P("Het routeduo stuurt beide colleges van bestuur ieder jaar vóór 1 november een "
          "schriftelijk verslag over het afgelopen schooljaar (aantallen leerlingen, in-, door- "
          "en uitstroom, examenresultaten, overstappen, incidenten tijdens bpv, klachten, "
          "besteding routebudget). Het verslag wordt in het bestuurlijk overleg van november "
          "besproken, waar het routeduo verantwoording aflegt. In mei geeft het routeduo in "
          "hetzelfde overleg een tussentijdse stand van zaken."),
        H2("4. Organisatorische en onderwijskundige inrichting"),
        P("a. Locaties: leerjaar 1 en 2 op het Waalkade College, met één dag per week op het "
          "Veiligheidsplein van ROC Gelderse Poort aan de Kerkenbos; leerjaar 3 en 4 op het "
          "Veiligheidsplein en bij de leerbedrijven."),
        P("b. Faciliteiten: de leerlingen gebruiken de meldkamer-oefenruimte, de "
          "camerabewakingsruimte en de oefenruimte voor brandbestrijding en EHBO van ROC "
          "Gelderse Poort; studenten kunnen voor herkansingen de lokalen van het Waalkade "
          "College gebruiken. Gebruik over en weer is kosteloos."),
        P("c. Personeel: docenten van beide partijen vormen één routeteam. Voor het "
          "vakoverstijgende onderdeel 'Veilig en sociaal handelen' in leerjaar 1 en 2 wordt het "
          "team ingezet op basis van de teambevoegdheid (art. 7.13a WVO 2020, art. 9.1.12 WEB); "
          "het PTA/OER vermeldt dit. ROC Gelderse Poort zet in leerjaar 1 en 2 twee docenten "
          "veiligheid in voor samen acht lesuren per week; het Waalkade College zet in leerjaar "
          "3 een docent Nederlands in voor twee uur per week. Ieder blijft werkgever."),
        P("d. Klachten over een medewerker van de andere partij worden behandeld volgens de "
          "klachtenregeling van de partij waar de klacht is ingediend."),
        H2("5. Overstapoptie"),
        P("Deelnemers die deze doorlopende leerroute niet met succes afronden worden door "
          "ondergetekenden in staat gesteld om:"),
        L("bij vertrek in leerjaar 1 of 2: het vmbo-diploma kaderberoepsgerichte leerweg te "
          "halen in de reguliere afdeling van het Waalkade College, in Dienstverlening en "
          "producten of een ander profiel;",
          "zonder vmbo-diploma aan het eind van leerjaar 3: bij ROC Gelderse Poort verder te "
          "gaan in Coördinator beveiliging of Beveiliger (niveau 2), zonder toepassing van de "
          "vooropleidingseisen, of het vmbo-diploma alsnog te halen door te doubleren;",
          "als de screening door Justis die voor het werken in de beveiliging nodig is niet "
          "positief uitvalt, of als de leerling een andere richting wil: over te stappen naar "
          "een andere opleiding op niveau 3 van ROC Gelderse Poort, zoals Sport- en "
          "bewegingsleider of Medewerker evenementenorganisatie, met behoud van wat al is "
          "behaald;",
          "bij verhuizing: een passende opleiding bij een instelling in de nieuwe regio te "
          "volgen, waarvoor partijen een overdrachtsdossier leveren."),
        P("Het Waalkade College en ROC Gelderse Poort stellen samen, via het routeduo en na een "
          "gesprek met de leerling en zijn ouders, vast welke overstap past bij het niveau dat "
          "de leerling heeft bereikt en bij zijn leeftijd. Het besluit wordt binnen vier weken "
          "schriftelijk meegedeeld."),
        H2("6. Financiën"),
        P("Er vindt tussen ondergetekenden geen overdracht van bekostiging plaats. Iedere "
          "partij draagt de eigen kosten; het routebudget uit 3a wordt door beide partijen voor "
          "de helft uit eigen middelen gevuld."),
        H2("7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime (optioneel)"),
        P("Voor de doorlopende leerroutes geldt de WMS voor leerlingen die ingeschreven staan op "
          "het vmbo en hun ouders en leraren die in dienst zijn van de vmbo-school. De WEB en WOR "
          "gelden voor studenten die ingeschreven staan op het mbo en hun ouders en docenten die "
          "in dienst zijn van de mbo-school."),
        P("[Hier eventuele aanvullende afspraken over de medezeggenschap vermelden]"),
        P(dots),
        P(dots),
        H2("8. Geschilbeslechting"),
        P("De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van "
          "de overeenkomst is conform artikel 2.107b, tweede lid, WVO 2020."),
        H2("9. Betrokkenheid andere partijen"),
        P("Een andere vmbo-school of mbo-instelling in het Rijk van Nijmegen kan partij worden "
          "bij deze overeenkomst als zij de Veiligheidsroute in dezelfde opzet kan verzorgen, "
          "beide colleges van bestuur daarmee schriftelijk instemmen en zij deze overeenkomst "
          "met ingang van 1 augustus van een schooljaar medeondertekent. De nieuwe partij "
          "registreert de route zelf in RIO."),
        H2("10. Beëindiging en wijziging van de overeenkomst"),
        P("Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Iedere partij kan "
          "haar schriftelijk opzeggen tegen 1 augustus met een opzegtermijn van ten minste "
          "twaalf maanden. Wijziging gebeurt alleen schriftelijk, met handtekening van beide "
          "colleges van bestuur, en gaat in bij de start van een schooljaar. Na opzegging "
          "stromen geen nieuwe leerlingen meer in; leerlingen die al in de route zitten, ronden "
          "de route af bij ondergetekenden, en een wijziging geldt niet ten nadele van "
          "leerlingen die de route al volgen."),
        P("Aldus overeengekomen en ondertekend te Nijmegen op 30 juni 2025."),
        SIG(["Stichting Voortgezet Onderwijs Nijmegen-Noord", "", "M.A. Jansen",
             "voorzitter college van bestuur"],
            ["Stichting ROC Gelderse Poort", "", "S. Yilmaz MBA",
             "voorzitter college van bestuur"]),
    ]


# ---- 492 ---------------------------------------------------------------------------
@register(
    492, "492_interne_regeling_aoc_westfriesland_teelt", "docx",
    dict(font="Cambria", size=11, accent="385623", author="Bestuursbureau Tuinderscollege",
         title="Interne regeling doorlopende leerroute Groen - Teelt"),
    "DOCX, interne regeling of an AOC (one bevoegd gezag) in the form of a board decision "
    "with articles, West-Friesland, kb Groen -> mbo-3 Vakbekwaam medewerker teelt; fully "
    "compliant for the variant (a-g present, no transfer because one legal person; h, i and j "
    "not_applicable).",
    st("pppppppnnn"),
    {"a": "Artikel 2 De route", "b": "Artikel 6 Kwekers en veredelaars",
     "c": "Artikel 3 Routeregie", "d": "Artikel 4 Rapportage aan het college van bestuur",
     "e": "Artikel 5 Inrichting", "f": "Artikel 7 Overstap", "g": "Artikel 8 Middelen"},
)
def doc492():
    return [
        TITLE("Interne regeling doorlopende leerroute Groen - Teelt"),
        SUB("Besluit van het college van bestuur van Stichting Agrarisch Opleidingscentrum Kop "
            "en West-Friesland, nr. CvB 2025/071"),
        P("Het college van bestuur van Stichting Agrarisch Opleidingscentrum Kop en "
          "West-Friesland, die onder de naam Tuinderscollege zowel een school voor vbo (locatie "
          "Hoorn) als een agrarisch opleidingscentrum voor mbo (locatie Andijk) in stand houdt;"),
        P("gelet op artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB;"),
        P("overwegende dat de doorlopende leerroute Groen - Teelt geheel binnen de stichting "
          "wordt verzorgd, zodat in plaats van een samenwerkingsovereenkomst een interne "
          "regeling wordt vastgesteld, en dat de onderwerpen geschilbeslechting, toetreding en "
          "beëindiging en medezeggenschap uit artikel 2.107b, tweede lid, daarin niet hoeven te "
          "worden geregeld;"),
        P("besluit vast te stellen de volgende regeling."),
        H("Artikel 1 Begrippen"),
        P("In deze regeling wordt verstaan onder: vmbo-locatie: het Tuinderscollege vmbo te "
          "Hoorn; mbo-locatie: het Tuinderscollege mbo te Andijk; route: de doorlopende leerroute "
          "bedoeld in artikel 2; routeregie: de leiding bedoeld in artikel 3; leerjaar: een "
          "leerjaar van de route."),
        H("Artikel 2 De route"),
        P("1. De route begint in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel "
          "Groen, op de vmbo-locatie, en leidt naar het diploma vmbo kaderberoepsgerichte "
          "leerweg Groen en het mbo-diploma Vakbekwaam medewerker teelt, niveau 3, "
          "opleidingsdomein Voedsel, natuur en leefomgeving."),
        P("2. De route duurt vier leerjaren. In leerjaar 3 en 4 volgt de student de "
          "beroepsopleidende leerweg of, als hij bij een leerbedrijf in dienst treedt, de "
          "beroepsbegeleidende leerweg."),
        P("3. Het college van bestuur registreert de route in RIO, zowel voor de school als "
          "voor de instelling."),
        H("Artikel 3 Routeregie"),
        P("1. De route wordt aangestuurd door een routeregie, waarin zitting hebben: de "
          "locatiedirecteur van de vmbo-locatie, de teamleider Teelt van de mbo-locatie en de "
          "routecoördinator."),
        P("2. De locatiedirecteur en de teamleider zijn lid ambtshalve. De routecoördinator "
          "wordt door het college van bestuur aangewezen voor drie schooljaren, op voordracht "
          "van de beide andere leden; opnieuw aanwijzen is mogelijk."),
        P("3. Het college van bestuur draagt de routeregie op: het opstellen van het "
          "gezamenlijke PTA/OER; het vaststellen van rooster, stageplanning en de verdeling van "
          "docenten over de leerjaren; het beslissen over toelating en over overstap (artikel 7); "
          "het onderhouden van de contacten met de bedrijven (artikel 6); en het besteden van het "
          "routebudget dat jaarlijks in de begroting van de stichting wordt opgenomen. Het "
          "PTA/OER wordt vastgesteld door het college van bestuur; beslissingen over personeel en "
          "investeringen blijven voorbehouden aan het college van bestuur volgens het "
          "managementstatuut van de stichting."),
        H("Artikel 4 Rapportage aan het college van bestuur"),
        P("1. De routeregie rapporteert elk kwartaal in de reguliere managementrapportage van de "
          "stichting over de route: leerlingaantallen, verzuim, voortgang, overstappen en "
          "budgetuitputting."),
        P("2. Jaarlijks vóór 1 november legt de routeregie een jaarverslag over het afgelopen "
          "schooljaar voor aan het college van bestuur, met daarin ook de examenresultaten, "
          "klachten en de bevindingen van de bedrijven. Het verslag wordt besproken in het "
          "jaarlijkse voortgangsgesprek tussen het college van bestuur en de routeregie, waarin "
          "de routeregie verantwoording aflegt over de uitvoering van de aan haar opgedragen "
          "taken."),
        H("Artikel 5 Inrichting"),
        P("1. Leerjaar 1 en 2 worden gegeven op de vmbo-locatie in Hoorn, met één dag per week "
          "op de mbo-locatie in Andijk; leerjaar 3 en 4 op de mbo-locatie en bij de "
          "leerbedrijven. Het programma, de examinering en de beroepspraktijkvorming per "
          "leerjaar worden beschreven in het gezamenlijke PTA/OER."),
        P("2. Docenten van beide locaties vormen één team. Voor het onderdeel 'Teelt en "
          "gewasbescherming' in leerjaar 1 en 2 wordt gebruikgemaakt van de teambevoegdheid "
          "(artikel 7.13a WVO 2020 en artikel 9.1.12 WEB). Twee docenten teelt van de "
          "mbo-locatie geven in leerjaar 1 en 2 samen acht lesuren per week; een docent "
          "biologie van de vmbo-locatie ondersteunt in leerjaar 3 bij herkansingen."),
        P("3. De leerlingen gebruiken de lesskassen, de teeltcel en de proeftuin van de "
          "mbo-locatie; studenten gebruiken voor de keuzedelen bloemschikken en "
          "plantenverkoop het groenlokaal en de schoolwinkel van de vmbo-locatie."),
        P("4. Klachten over medewerkers van de andere locatie worden behandeld volgens de "
          "klachtenregeling van de stichting."),
        H("Artikel 6 Kwekers en veredelaars"),
        P("1. De route wordt uitgevoerd samen met de Tuinbouwcoöperatie West-Friesland en de "
          "leerbedrijven die daarbij zijn aangesloten, waaronder Kwekerij De Lange Tuinen "
          "(Andijk), Zaadveredeling Westfriesland B.V. (Enkhuizen) en Tulpenkwekerij Schouten "
          "(Hem)."),
        P("2. De bedrijven bieden leerlingen in leerjaar 1 en 2 per seizoen een "
          "teeltproject in hun kassen, leveren de bpv-plaatsen in leerjaar 3 en 4, stellen "
          "praktijkbeoordelaars voor de proeve van bekwaamheid en verzorgen jaarlijks een open "
          "kassendag voor de route. Twee kwekers hebben zitting in de beroepenveldcommissie "
          "Teelt, die de routeregie twee keer per jaar adviseert over programma en "
          "keuzedelen."),
        H("Artikel 7 Overstap"),
        P("1. Een leerling die de route verlaat, krijgt binnen de stichting of elders een plek "
          "waar hij een vmbo- of mbo-diploma kan halen. In het bijzonder:"),
        L("a. wie in leerjaar 1 of 2 stopt, vervolgt de kaderberoepsgerichte leerweg Groen, of "
          "een ander profiel, op de vmbo-locatie en doet daar eindexamen;",
          "b. wie aan het einde van leerjaar 3 geen vmbo-diploma heeft, vervolgt zonder "
          "vooropleidingseisen de opleiding Vakbekwaam medewerker teelt of stroomt in bij "
          "Medewerker teelt (niveau 2) op de mbo-locatie, en kan de ontbrekende vmbo-vakken "
          "herkansen;",
          "c. wie een andere richting wil, kan overstappen naar een andere groene opleiding van "
          "de stichting op niveau 3, zoals Vakbekwaam hovenier of Dierverzorger, of naar een "
          "opleiding bij een andere instelling, die een geschiktheidsonderzoek kan doen."),
        P("2. Welke overstap passend is, bepalen de locatiedirecteur van de vmbo-locatie en de "
          "teamleider Teelt samen, op advies van de mentor en na een gesprek met de leerling en "
          "zijn ouders, op grond van het bereikte onderwijsniveau en de leeftijd van de "
          "leerling. De schoolgids en de studiegids beschrijven de procedure."),
        H("Artikel 8 Middelen"),
        P("Omdat de vmbo-locatie en de mbo-locatie onder hetzelfde bevoegd gezag vallen, wordt "
          "geen bekostiging overgedragen als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 "
          "WEB. De kosten van de route worden gedragen binnen de begroting van de stichting."),
        H("Artikel 9 Slotbepalingen"),
        P("1. Deze regeling treedt in werking op 1 augustus 2025."),
        P("2. Zij kan worden aangehaald als: Interne regeling DLR Groen - Teelt."),
        P("Aldus vastgesteld door het college van bestuur op 25 juni 2025."),
        SIG(["Stichting Agrarisch Opleidingscentrum Kop en West-Friesland",
             "het college van bestuur,", "", "ing. G.J. Kos, voorzitter",
             "drs. M. Bakker-Dekker, lid"]),
    ]


# ==== MAIN (agreements are added above this line) ====
def expected(num):
    d = DOCS[num]
    return {"description": d["description"], "split": "train", "statuses": d["statuses"],
            "evidence": d["evidence"]}


def build(num):
    d = DOCS[num]
    path = os.path.join(OUT, d["name"] + "." + d["fmt"])
    render(path, d["fmt"], d["blocks"](), d["opt"])
    with open(os.path.join(OUT, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(expected(num), ensure_ascii=False, indent=2) + "\n")
    print("wrote", os.path.basename(path))


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
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
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def check():
    ok = True
    fmts = {}
    for num in sorted(DOCS):
        d = DOCS[num]
        path = os.path.join(OUT, d["name"] + "." + d["fmt"])
        fmts[d["fmt"]] = fmts.get(d["fmt"], 0) + 1
        problems = []
        if not re.fullmatch(r"(48[5-9]|49[0-2])_[a-z0-9_]+", d["name"]):
            problems.append("bad name")
        if not os.path.exists(path):
            print("MISSING", path)
            ok = False
            continue
        size = os.path.getsize(path)
        if size >= 200 * 1024:
            problems.append("too large: %d" % size)
        try:
            text = norm(extract(path))
        except Exception as e:  # noqa: BLE001
            problems.append("does not open: %r" % e)
            text = ""
        if d["fmt"] == "docx":
            with zipfile.ZipFile(path) as z:
                if z.testzip() is not None:
                    problems.append("bad zip")
        for item, ev in d["evidence"].items():
            if d["statuses"][item] != "present":
                problems.append("evidence for non-present item %s" % item)
            if norm(ev) not in text:
                problems.append("evidence %s not found: %r" % (item, ev))
        for item, s in d["statuses"].items():
            if s == "present" and item not in d["evidence"]:
                problems.append("no evidence for present item %s" % item)
        jpath = os.path.join(OUT, d["name"] + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != expected(num):
                    problems.append("expected.json differs from table")
        except Exception as e:  # noqa: BLE001
            problems.append("expected.json unreadable: %r" % e)
        words = len(text.split())
        status = "OK " if not problems else "BAD"
        print("%s %s (%s, %d bytes, %d words)" % (status, d["name"], d["fmt"], size, words))
        for p in problems:
            print("    -", p)
        ok = ok and not problems
    print("formats:", fmts)
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(DOCS)
    for n in nums:
        if n not in DOCS:
            sys.exit("unknown sample %s" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
