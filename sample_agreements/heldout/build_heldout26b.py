#!/usr/bin/env python3
"""Build held-out sample agreements h401-h408 for leerroute-check.

Written by an independent helper session (set 26b). The texts were composed from the two
official guidance documents in /work/shared/seeds (bouwsteen samenwerkingsovereenkomst and
bouwsteen overstapoptie), /work/shared/domain.md and sample_agreements/LABELS.md only, without
looking at checker code, tests, models or the texts of any other sample. All schools, instellingen,
companies and people are made up.

Usage:
    python3 build_heldout26b.py            build all agreements
    python3 build_heldout26b.py 401 3      build only these (401 or 1 both mean h401)
    python3 build_heldout26b.py --check    open every produced file and verify it
"""
import html
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
MAX_BYTES = 200 * 1024
ITEMS = "abcdefghij"
VALID = {"present", "weak", "missing", "not_applicable"}


# --------------------------------------------------------------------------- blocks
def T(s):
    return ("title", s)


def S(s):
    return ("subtitle", s)


def H(s):
    return ("h1", s)


def H2(s):
    return ("h2", s)


def P(s):
    return ("p", s)


def B(*items):
    return ("bullets", list(items))


def TB(rows, widths=None, header=True):
    return ("table", rows, widths, header)


def SIG(*cols):
    return ("sig", list(cols))


def PB():
    return ("pagebreak",)


# --------------------------------------------------------------------------- PDF
def render_pdf(path, blocks, header=None, footer=None):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.6, spaceAfter=5)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=15,
                           leading=19, alignment=TA_CENTER, spaceAfter=6)
    subtitle = ParagraphStyle("subtitle", parent=body, fontSize=11, leading=15,
                              alignment=TA_CENTER, spaceAfter=12)
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                        spaceBefore=9, spaceAfter=4, keepWithNext=1)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=10, leading=13.6,
                        spaceBefore=4, spaceAfter=2, keepWithNext=1)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")

    def esc(s):
        return html.escape(s, quote=False).replace("\n", "<br/>")

    story = []
    width = A4[0] - 50 * mm
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            story.append(Paragraph(esc(blk[1]), title))
        elif kind == "subtitle":
            story.append(Paragraph(esc(blk[1]), subtitle))
        elif kind == "h1":
            story.append(Paragraph(esc(blk[1]), h1))
        elif kind == "h2":
            story.append(Paragraph(esc(blk[1]), h2))
        elif kind == "p":
            story.append(Paragraph(esc(blk[1]), body))
        elif kind == "bullets":
            for it in blk[1]:
                story.append(Paragraph(esc(it), ParagraphStyle(
                    "bl", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3),
                    bulletText="\u2022"))
        elif kind in ("table", "sig"):
            if kind == "table":
                rows, widths, hdr = blk[1], blk[2], blk[3]
            else:
                cols = blk[1]
                rows = [["\n".join(c) for c in cols]]
                widths, hdr = None, False
            data = []
            for r_i, row in enumerate(rows):
                st = cellb if (hdr and r_i == 0) else cell
                data.append([Paragraph(esc(c), st) for c in row])
            ncol = len(rows[0])
            if widths:
                cw = [width * w for w in widths]
            else:
                cw = [width / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1 if hdr else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 4),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if kind == "table":
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
                if hdr:
                    style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")))
            else:
                style.append(("TOPPADDING", (0, 0), (-1, -1), 18))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(kind)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        if header:
            canv.drawString(25 * mm, A4[1] - 14 * mm, header)
            canv.line(25 * mm, A4[1] - 15.5 * mm, A4[0] - 25 * mm, A4[1] - 15.5 * mm)
        ftxt = (footer + "  |  " if footer else "") + "pagina %d" % doc.page
        canv.drawRightString(A4[0] - 25 * mm, 12 * mm, ftxt)
        canv.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                            title="", author="", subject="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


# --------------------------------------------------------------------------- DOCX
def _add_page_field(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    for typ, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if typ:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), typ)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)


def render_docx(path, blocks, header=None, footer=None, title_prop=""):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
    if footer is not None:
        fp = sec.footer.paragraphs[0]
        fp.text = (footer + " \u2013 pagina ") if footer else "pagina "
        _add_page_field(fp)
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            p = d.add_paragraph(style="Title")
            p.add_run(blk[1])
        elif kind == "subtitle":
            p = d.add_paragraph(style="Subtitle")
            p.add_run(blk[1])
        elif kind == "h1":
            d.add_heading(blk[1], level=1)
        elif kind == "h2":
            d.add_heading(blk[1], level=2)
        elif kind == "p":
            d.add_paragraph(blk[1])
        elif kind == "bullets":
            for it in blk[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind in ("table", "sig"):
            if kind == "table":
                rows, widths, hdr = blk[1], blk[2], blk[3]
            else:
                rows, widths, hdr = [["\n".join(c) for c in blk[1]]], None, False
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            if widths:
                t.autofit = False
                for c_i, w in enumerate(widths):
                    for cell_ in t.columns[c_i].cells:
                        cell_.width = Cm(16.0 * w)
            for r_i, row in enumerate(rows):
                for c_i, txt in enumerate(row):
                    c = t.cell(r_i, c_i)
                    lines = txt.split("\n")
                    c.paragraphs[0].text = ""
                    run = c.paragraphs[0].add_run(lines[0])
                    if hdr and r_i == 0:
                        run.bold = True
                    for ln in lines[1:]:
                        c.add_paragraph(ln)
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title_prop
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
    # rewrite the zip with fixed timestamps so that rebuilds are byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# --------------------------------------------------------------------------- TXT / MD
def render_text(path, blocks, md=False, width=92):
    out = []

    def wrap(s, ind=""):
        res = []
        for para in s.split("\n"):
            res.extend(textwrap.wrap(para, width, initial_indent=ind,
                                     subsequent_indent=" " * len(ind)) or [""])
        return res

    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out += (["# " + blk[1]] if md else [blk[1].upper(), "=" * len(blk[1])]) + [""]
        elif kind == "subtitle":
            out += (["*" + blk[1] + "*"] if md else wrap(blk[1])) + [""]
        elif kind == "h1":
            out += (["## " + blk[1]] if md else [blk[1], "-" * len(blk[1])]) + [""]
        elif kind == "h2":
            out += (["### " + blk[1]] if md else [blk[1]]) + [""]
        elif kind == "p":
            out += (s for s in (blk[1].split("\n") if md else wrap(blk[1])))
            out.append("")
        elif kind == "bullets":
            for it in blk[1]:
                out += (["- " + it] if md else wrap(it, "- "))
            out.append("")
        elif kind == "table":
            rows = blk[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "|".join("---" for _ in rows[0]) + "|")
                for r in rows[1:]:
                    out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
            else:
                for r in rows:
                    out += wrap(" | ".join(c.replace("\n", " ") for c in r))
            out.append("")
        elif kind == "sig":
            for col in blk[1]:
                for ln in col:
                    out.append(ln + ("  " if md else ""))
                out.append("")
        elif kind == "pagebreak":
            out += ["", "---" if md else "-" * 40, ""]
        else:
            raise ValueError(kind)
    txt = "\n".join(out).rstrip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)


# --------------------------------------------------------------------------- agreements
DOCS = {}


def doc(num, slug, fmt, description, statuses, evidence, header=None, footer=None):
    def deco(fn):
        assert set(statuses) == set(ITEMS) and set(statuses.values()) <= VALID
        for k in evidence:
            assert statuses[k] == "present", (num, k)
        DOCS[num] = dict(num=num, name="h%d_%s" % (num, slug), fmt=fmt, description=description,
                         statuses=statuses, evidence=evidence, blocks=fn, header=header,
                         footer=footer)
        return fn
    return deco


def st(**kw):
    d = {k: "present" for k in ITEMS}
    d.update(kw)
    return d


# =========================================================================== h401
@doc(401, "besluitenverslag_oprichtingsvergadering_dommelvallei", "pdf",
     "Besluitenverslag van een oprichtingsvergadering dat zelf als overeenkomst geldt (agendapunten "
     "met genummerde besluiten), PDF, Dommelvallei, Economie en ondernemen kb naar mbo-3 Eerste "
     "verkoper; overdracht per leerling met bedrag maar besteding uitgesteld naar de controllers, "
     "meningsverschillen alleen in onderling overleg",
     st(g="weak", i="weak"),
     {"a": "Agendapunt 2 \u2013 Welke route we aanbieden",
      "b": "Agendapunt 3 \u2013 Rol van winkeliers en werkgevers",
      "c": "Agendapunt 4 \u2013 Wie de route aanstuurt",
      "d": "Agendapunt 5 \u2013 Rapportage aan de besturen",
      "e": "Agendapunt 6 \u2013 Onderwijs, docenten en ruimtes",
      "f": "Agendapunt 7 \u2013 Als de route niet past",
      "h": "Agendapunt 9 \u2013 Stem van leerlingen, ouders en personeel",
      "j": "Agendapunt 11 \u2013 Duur, nieuwe partners, wijzigen en stoppen"},
     header="Besluitenverslag oprichtingsvergadering DLR Retail Dommelvallei \u2013 14 mei 2025",
     footer="vastgesteld 2 juni 2025")
def h401():
    return [
        T("Besluitenverslag oprichtingsvergadering"),
        S("Doorlopende leerroute vmbo-mbo Retail Dommelvallei\n"
          "Kempenhof College en ROC Dommelland"),
        P("Datum en plaats: woensdag 14 mei 2025, 15.30 \u2013 17.45 uur, bestuurskamer Kempenhof "
          "College, Mierloseweg 40, Geldrop."),
        P("Aanwezig:"),
        B("de heer drs. R.A.M. van Gestel, voorzitter van het college van bestuur van Stichting "
          "Christelijk Voortgezet Onderwijs Dommelvallei, gevestigd te Geldrop, bevoegd gezag van "
          "het Kempenhof College, school voor vmbo (hierna: de school);",
          "mevrouw ir. J.C. Verhagen, lid van het college van bestuur van Stichting Regionaal "
          "Opleidingencentrum Dommelland, gevestigd te Eindhoven, krachtens besluit van dat college "
          "gemachtigd de stichting bij deze afspraken te vertegenwoordigen (hierna: het ROC);",
          "mevrouw A. Theunissen, teamleider Economie en ondernemen van het Kempenhof College;",
          "de heer M. El Idrissi, opleidingsmanager Retail en Ondernemerschap van het ROC;",
          "de heer P. Swinkels, voorzitter van Ondernemersvereniging Dommelcentrum (bij agendapunt 3);",
          "mevrouw L. Bosmans, bestuurssecretaris van het ROC (verslag)."),

        H("Agendapunt 1 \u2013 Opening en status van dit verslag"),
        P("De heer Van Gestel opent de vergadering en heet iedereen welkom. Hij memoreert dat de "
          "teams van beide scholen sinds het voorjaar van 2024 aan de route werken en dat de eerste "
          "groep leerlingen in augustus 2025 begint."),
        P("Besluit 1. De bestuurders stellen vast dat de besluiten in dit verslag, genummerd 1 tot en "
          "met 11, samen de samenwerkingsovereenkomst vormen als bedoeld in artikel 2.107b van de Wet "
          "voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs. Het "
          "verslag wordt na vaststelling door beide bestuurders ondertekend en bindt dan beide "
          "stichtingen. De tekst tussen de besluiten geeft de bespreking weer."),

        H("Agendapunt 2 \u2013 Welke route we aanbieden"),
        P("Mevrouw Theunissen licht toe dat de keuze voor retail voortkomt uit de loopbaangesprekken "
          "in leerjaar 2: ongeveer een kwart van de leerlingen met het profiel Economie en ondernemen "
          "wil na het vmbo in een winkel of groothandel werken. De heer El Idrissi bevestigt dat de "
          "opleiding in Eindhoven ruimte heeft voor een extra groep."),
        P("Besluit 2. Met ingang van het schooljaar 2025-2026 verzorgen de school en het ROC samen de "
          "doorlopende leerroute Retail Dommelvallei. De route begint in leerjaar 3 van de "
          "kaderberoepsgerichte leerweg, profiel Economie en ondernemen, van het Kempenhof College en "
          "leidt naar het vmbo-diploma kaderberoepsgerichte leerweg en het mbo-diploma Eerste "
          "verkoper, niveau 3 (kwalificatiedossier Retail, opleidingsdomein Handel, "
          "beroepsopleidende leerweg) van het ROC. De route duurt vijf jaar: routejaar 1 en 2 "
          "vallen samen met leerjaar 3 en 4 van het vmbo, routejaar 3 tot en met 5 vormen de "
          "mbo-fase. Het centraal examen vmbo wordt afgenomen in routejaar 2. Per jaar starten ten "
          "hoogste 24 leerlingen."),

        H("Agendapunt 3 \u2013 Rol van winkeliers en werkgevers"),
        P("De heer Swinkels geeft aan dat de aangesloten ondernemers leerlingen graag vroeg leren "
          "kennen; het personeelstekort in de detailhandel in de Dommelvallei is groot. Kleine zaken "
          "hebben weinig tijd voor overleg, dus de afspraken moeten concreet zijn."),
        P("Besluit 3. Ondernemersvereniging Dommelcentrum, supermarkt Van Gorp Versmarkt en "
          "Bouwmarkt Lemmens, alle drie door SBB erkend als leerbedrijf, nemen de volgende taken in "
          "de route op zich:"),
        B("zij stellen vanaf routejaar 2 ieder schooljaar samen ten minste twintig stage- en "
          "bpv-plaatsen beschikbaar;",
          "zij leveren ieder half jaar een praktijkopdracht (etalage en winkelpresentatie, "
          "voorraadbeheer, klantonderzoek) voor de groepen van routejaar 1 en 2 en beoordelen het "
          "resultaat samen met de docent;",
          "twee ondernemers nemen zitting in de werkveldcommissie Retail van het ROC, die ieder jaar "
          "v\u00f3\u00f3r 1 maart het routeteam adviseert over de inhoud van het programma en de keuze "
          "van de keuzedelen;",
          "praktijkopleiders van de leerbedrijven beoordelen mee bij de proeve van bekwaamheid in "
          "routejaar 5."),

        H("Agendapunt 4 \u2013 Wie de route aanstuurt"),
        P("Besluit 4. De dagelijkse aansturing van de route ligt bij een routeteam van drie personen: "
          "de teamleider Economie en ondernemen van de school, de opleidingsmanager Retail en "
          "Ondernemerschap van het ROC en een routecoördinator. De teamleider en de "
          "opleidingsmanager worden elk door het eigen college van bestuur schriftelijk aangewezen. De "
          "routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd, op voordracht "
          "van de teamleider en de opleidingsmanager, voor twee schooljaren; herbenoeming is mogelijk."),
        P("De colleges van bestuur dragen het routeteam op: het opstellen van het gezamenlijke "
          "PTA/OER, het jaarrooster, de inzet van docenten binnen de door de besturen vastgestelde "
          "formatie, de planning van stages en bpv en de begeleiding van leerlingen die de route "
          "willen verlaten. Het routeteam beslist zelfstandig over rooster, keuzedelen, groepsindeling "
          "en uitgaven uit het routebudget tot \u20ac 15.000 per schooljaar. Besluiten over de "
          "formatie, het toelatingsbeleid, hogere uitgaven en wijziging van de opbouw van de route "
          "legt het routeteam ter besluitvorming voor aan beide colleges van bestuur."),

        H("Agendapunt 5 \u2013 Rapportage aan de besturen"),
        P("Besluit 5. Het routeteam stuurt beide colleges van bestuur twee keer per schooljaar een "
          "schriftelijke voortgangsrapportage, uiterlijk op 1 februari en op 1 juli. Daarin staan de "
          "instroom, het aantal leerlingen dat de route verlaat en de reden daarvan, de resultaten "
          "van schoolexamens en examens, het aantal beschikbare bpv-plaatsen en de besteding van het "
          "routebudget. In oktober van ieder jaar bespreken de bestuurders met het routeteam het "
          "jaarverslag over het afgelopen schooljaar; het routeteam legt daarin rekenschap af over de "
          "uitvoering van de opgedragen taken. Ernstige incidenten meldt de routecoördinator nog "
          "dezelfde week aan beide bestuurders."),

        H("Agendapunt 6 \u2013 Onderwijs, docenten en ruimtes"),
        P("Besluit 6."),
        P("6.1 Routejaar 1 en 2 worden gegeven op het Kempenhof College in Geldrop; vanaf routejaar 2 "
          "volgen de leerlingen \u00e9\u00e9n dag per week les in de leerwinkel van het ROC aan de "
          "Boschdijk in Eindhoven. Routejaar 3 tot en met 5 worden op die ROC-locatie en bij de "
          "leerbedrijven gegeven."),
        P("6.2 Het onderwijsprogramma en de examinering per leerjaar, met de onderdelen die tot het "
          "vmbo, het mbo of beide behoren, staan in \u00e9\u00e9n gezamenlijk PTA/OER. Het routeteam "
          "legt dit ieder jaar v\u00f3\u00f3r 1 oktober ter vaststelling voor aan beide besturen."),
        P("6.3 De lessen worden verzorgd door \u00e9\u00e9n docententeam van drie leraren van de school "
          "en twee docenten van het ROC. Voor de vakoverstijgende onderdelen winkelpraktijk en "
          "ondernemen werken zij als team in de zin van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; "
          "iedere docent blijft verantwoordelijk voor het onderdeel waarvoor hij bevoegd is. "
          "Docenten blijven in dienst van hun eigen werkgever; de uren die ROC-docenten in routejaar "
          "2 op de school en in de leerwinkel maken, staan in het formatieplan van het routeteam."),
        P("6.4 De school stelt haar praktijklokaal economie met kassasysteem beschikbaar; het ROC de "
          "leerwinkel, het magazijnlokaal en de digitale leeromgeving. Beide partijen geven leerlingen "
          "en docenten van de ander toegang tot deze voorzieningen volgens het rooster."),
        P("6.5 Een klacht die bij de school binnenkomt over een docent van het ROC, of andersom, "
          "handelt de ontvangende partij af volgens haar eigen klachtenregeling; de andere partij "
          "verleent daaraan alle medewerking."),

        H("Agendapunt 7 \u2013 Als de route niet past"),
        P("Mevrouw Verhagen benadrukt dat geen leerling de route mag verlaten zonder zicht op een "
          "diploma. Dat is door alle aanwezigen onderschreven."),
        P("Besluit 7."),
        P("7.1 Een leerling die in routejaar 1 of 2 stopt met de route, maakt het vmbo af in de "
          "kaderberoepsgerichte leerweg op het Kempenhof College, in het profiel Economie en "
          "ondernemen of, als dat beter past, in een ander profiel, en doet daar eindexamen. Behaalde "
          "resultaten blijven gelden."),
        P("7.2 Een student die na het vmbo-diploma in de mbo-fase vastloopt in de opleiding Eerste "
          "verkoper, kan bij het ROC verder in een andere opleiding op niveau 3, in het domein Handel "
          "of daarbuiten, of \u2013 als niveau 3 te hoog blijkt \u2013 in de opleiding Verkoper op "
          "niveau 2."),
        P("7.3 Heeft een leerling aan het eind van routejaar 3 zijn vmbo-diploma nog niet, dan kan hij "
          "bij het ROC doorgaan in de opleiding Eerste verkoper of in een andere opleiding van "
          "vergelijkbaar niveau, zonder dat het ontbrekende vmbo-diploma daaraan in de weg staat. De "
          "school biedt hem daarnaast de gelegenheid het vmbo-examen opnieuw af te leggen."),
        P("7.4 Wil een leerling naar een andere mbo-instelling, bijvoorbeeld na een verhuizing, dan "
          "zorgt het ROC voor een warme overdracht en helpt het de leerling bij het onderzoek naar "
          "geschiktheid dat die instelling uitvoert."),
        P("7.5 Welke mogelijkheid wordt gekozen, bepalen de teamleider van de school en de "
          "opleidingsmanager van het ROC samen, na een gesprek met de leerling en diens ouders, op "
          "grond van het bereikte onderwijsniveau en de leeftijd van de leerling. De uitwerking wordt "
          "opgenomen in de schoolgids van de school en de studiegids van het ROC."),

        H("Agendapunt 8 \u2013 Geld"),
        P("De controllers van beide stichtingen hebben de geldstromen in routejaar 2 doorgerekend. Over "
          "de inzet van het bedrag hebben zij nog geen gezamenlijk voorstel kunnen doen."),
        P("Besluit 8. Met toepassing van artikel 5.42a WVO 2020 draagt de school voor iedere leerling "
          "die op 1 oktober in routejaar 2 van de route staat ingeschreven een bedrag van \u20ac 1.150 "
          "over aan het ROC. De school betaalt in twee gelijke termijnen, op 1 december en op 1 april. "
          "Waaraan het ROC dit bedrag besteedt, werken de controllers later uit; hun voorstel wordt "
          "aan de bestuurders voorgelegd."),

        H("Agendapunt 9 \u2013 Stem van leerlingen, ouders en personeel"),
        P("Besluit 9."),
        P("9.1 Leerlingen in routejaar 1 en 2 staan ingeschreven bij de school en vallen onder de "
          "medezeggenschapsraad van de school. In aanvulling daarop kiezen zij uit hun midden "
          "\u00e9\u00e9n leerling die als volwaardig lid deelneemt aan de studentenraad van het "
          "ROC-college Retail en Ondernemerschap."),
        P("9.2 Voordat het gezamenlijke PTA/OER wordt vastgesteld, vragen de bestuurders advies aan de "
          "medezeggenschapsraad van de school en aan de studentenraad van het ROC."),
        P("9.3 Eenmaal per jaar, in het voorjaar, overleggen een afvaardiging van de "
          "medezeggenschapsraad en een afvaardiging van de studentenraad samen met het routeteam over "
          "de gang van zaken in de route."),

        H("Agendapunt 10 \u2013 Als we het niet eens zijn"),
        P("Besluit 10. Ontstaat tussen de school en het ROC verschil van mening over de uitvoering van "
          "deze afspraken, dan lossen de bestuurders dat in onderling overleg op. Zij streven ernaar "
          "binnen een redelijke termijn tot overeenstemming te komen."),

        H("Agendapunt 11 \u2013 Duur, nieuwe partners, wijzigen en stoppen"),
        P("Besluit 11."),
        P("11.1 Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd."),
        P("11.2 Een andere school voor vmbo of een andere mbo-instelling kan aan de route deelnemen als "
          "zij het profiel en de opleiding van de route kan verzorgen, alle afspraken in dit verslag "
          "schriftelijk aanvaardt en beide huidige besturen daarmee instemmen. De deelname gaat in "
          "op de eerste 1 augustus na ondertekening van een toetredingsverklaring; de nieuwe partij "
          "meldt de route zelf aan bij DUO. Voor leerlingen die al in de route zitten verandert "
          "daardoor niets."),
        P("11.3 Wijzigingen worden alleen schriftelijk vastgelegd en door beide bestuurders "
          "ondertekend. Een wijziging van de opbouw van de route geldt alleen voor leerlingen die "
          "daarna instromen, tenzij zittende leerlingen er aantoonbaar niet door worden benadeeld."),
        P("11.4 Elke partij kan de samenwerking schriftelijk be\u00ebindigen met een termijn van ten "
          "minste twaalf maanden, uitsluitend tegen 1 augustus. Bij een ernstige tekortkoming kan een "
          "partij de afspraken ontbinden nadat zij de andere partij schriftelijk in gebreke heeft "
          "gesteld en deze drie maanden de tijd heeft gehad om de tekortkoming te herstellen."),
        P("11.5 Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen die al in "
          "de route zitten, maken die af onder dezelfde voorwaarden; school en ROC blijven daarvoor "
          "hun lessen, docenten en ruimtes inzetten totdat de laatste leerling de route heeft "
          "afgerond of volgens besluit 7 elders verder is gegaan."),

        H("Agendapunt 12 \u2013 Rondvraag en sluiting"),
        P("Er zijn geen vragen. De voorzitter sluit de vergadering om 17.45 uur."),
        H("Vaststelling en ondertekening"),
        P("Aldus vastgesteld en in tweevoud ondertekend te Geldrop op 2 juni 2025."),
        SIG(["Stichting Christelijk Voortgezet Onderwijs Dommelvallei", "", "",
             "drs. R.A.M. van Gestel", "voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum Dommelland", "", "",
             "ir. J.C. Verhagen", "lid college van bestuur"]),
    ]



# =========================================================================== h402
@doc(402, "juridische_nummering_kopvoet_zorg_maashorst", "docx",
     "Lange juridische overeenkomst met decimale nummering 1.1.1, kop- en voettekst, "
     "ondertekeningstabel en financiele bijlage, DOCX, Maashorst, Zorg en welzijn kb naar mbo-3 "
     "Verzorgende-IG; volledig, met overdracht (bedrag en bestemming) en aanvullende medezeggenschap",
     st(),
     {"a": "2. Onderwerp van de overeenkomst",
      "b": "3. Inbreng van zorgorganisaties",
      "c": "4. Routeregie",
      "d": "5. Informatievoorziening en rekenschap",
      "e": "6. Inrichting van het onderwijs",
      "f": "7. Voortijdig verlaten van de route",
      "g": "8. Financi\u00eble afspraken",
      "h": "9. Medezeggenschap",
      "i": "10. Verschillen van inzicht",
      "j": "11. Looptijd, toetreding, wijziging en be\u00ebindiging"},
     header="Samenwerkingsovereenkomst DLR Zorg en welzijn \u2013 Herpenduin College / "
            "Aa en Maas College",
     footer="Versie 1.0 definitief, 30 juni 2025")
def h402():
    return [
        T("Samenwerkingsovereenkomst"),
        S("Doorlopende leerroute vmbo-mbo Zorg en welzijn \u2013 Verzorgende-IG\nregio Maashorst"),
        H("Partijen"),
        P("1. Stichting Openbaar Voortgezet Onderwijs Maashorst, statutair gevestigd te Uden, "
          "bevoegd gezag van het Herpenduin College, school voor vmbo met de basis- en "
          "kaderberoepsgerichte leerweg, te dezen rechtsgeldig vertegenwoordigd door de voorzitter "
          "van het college van bestuur, mevrouw drs. H.M.J. van den Elsen,\nhierna te noemen: "
          "\u2018de School\u2019;"),
        P("2. Stichting Regionaal Opleidingencentrum Aa en Maas, statutair gevestigd te Oss, bevoegd "
          "gezag van het Aa en Maas College, te dezen rechtsgeldig vertegenwoordigd door de "
          "voorzitter van het college van bestuur, de heer dr. W.F. Hoogstraten,\nhierna te noemen: "
          "\u2018het ROC\u2019;"),
        P("gezamenlijk te noemen: \u2018Partijen\u2019."),
        H("Overwegingen"),
        P("Partijen overwegen dat:"),
        B("a. in de regio Maashorst een groot en groeiend tekort is aan verzorgenden in de ouderenzorg "
          "en de thuiszorg;",
          "b. leerlingen van het Herpenduin College die kiezen voor het profiel Zorg en welzijn nu "
          "vaak een deel van de vmbo-stof in het mbo herhaald zien, wat tot verveling en uitval leidt;",
          "c. Partijen sinds 2022 samenwerken in een pilot met een gezamenlijke praktijkmodule en die "
          "samenwerking willen omzetten in een doorlopende leerroute in de zin van titel 4, "
          "afdeling 4, van de Wet voortgezet onderwijs 2020 en hoofdstuk 9, titel 1, van de Wet "
          "educatie en beroepsonderwijs;",
          "d. Partijen hun afspraken daarom vastleggen in deze overeenkomst, die voldoet aan artikel "
          "2.107b WVO 2020 en artikel 9.1.3 WEB."),
        P("en komen het volgende overeen."),

        H("1. Begrippen"),
        P("1.1 In deze overeenkomst en de bijlage wordt verstaan onder:"),
        P("1.1.1 Route: de doorlopende leerroute vmbo-mbo bedoeld in artikel 2."),
        P("1.1.2 Routejaar: een jaar van de route, te tellen vanaf de start in leerjaar 3 van het vmbo; "
          "routejaar 1 en 2 vormen de vo-fase, routejaar 3 tot en met 5 de mbo-fase."),
        P("1.1.3 Leerling: een deelnemer aan de route die bij de School staat ingeschreven; student: "
          "een deelnemer die bij het ROC staat ingeschreven."),
        P("1.1.4 Routeregie: het gezamenlijke orgaan dat op grond van artikel 4 de route aanstuurt."),
        P("1.1.5 PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de "
          "onderwijs- en examenregeling van de route."),
        P("1.1.6 Zorgorganisatie: een organisatie voor ouderenzorg, thuiszorg of gehandicaptenzorg "
          "die door SBB is erkend als leerbedrijf."),

        H("2. Onderwerp van de overeenkomst"),
        H2("2.1 Het aanbod"),
        P("2.1.1 Partijen verzorgen met ingang van 1 augustus 2025 gezamenlijk een doorlopende "
          "leerroute vmbo-mbo. De route bouwt voort op het profiel Zorg en welzijn in de "
          "kaderberoepsgerichte leerweg van de School en leidt naar het diploma van de vakopleiding "
          "Verzorgende-IG, niveau 3, van het ROC, in het opleidingsdomein Zorg en welzijn."),
        P("2.1.2 In routejaar 3 volgen studenten de beroepsopleidende leerweg. In routejaar 4 en 5 "
          "kunnen zij, als een zorgorganisatie hen in dienst neemt, overstappen naar de "
          "beroepsbegeleidende leerweg van dezelfde opleiding."),
        P("2.1.3 Het centraal examen van de kaderberoepsgerichte leerweg wordt afgenomen aan het eind "
          "van routejaar 2. Partijen kunnen in het PTA/OER bepalen dat een of meer vakken al in "
          "routejaar 1 worden afgesloten."),
        P("2.1.4 Per cohort worden ten hoogste 30 leerlingen toegelaten. De School beslist over "
          "toelating tot de route na een loopbaangesprek in leerjaar 2 en na advies van het ROC."),
        H2("2.2 Melding"),
        P("2.2.1 Partijen melden de route gezamenlijk aan de minister door registratie in RIO, "
          "uiterlijk op 1 oktober 2025. Ieder van Partijen registreert de route voor de eigen "
          "instelling."),

        H("3. Inbreng van zorgorganisaties"),
        P("3.1 De volgende zorgorganisaties hebben zich schriftelijk verbonden aan de route: Zorggroep "
          "Maasheggen (ouderenzorg, vijf locaties), Stichting Thuiszorg Peelland-Noord en "
          "Woonzorgcentrum De Raam te Uden. Andere erkende leerbedrijven kunnen zich op uitnodiging "
          "van de routeregie aansluiten."),
        P("3.2 De zorgorganisaties leveren de volgende bijdragen aan het onderwijs:"),
        P("3.2.1 zij bieden in routejaar 2 iedere leerling een ori\u00ebnterende stage van twee weken "
          "en vanaf routejaar 3 per cohort gezamenlijk ten minste achttien plaatsen voor "
          "beroepspraktijkvorming;"),
        P("3.2.2 zij leveren ieder schooljaar twee praktijkopdrachten, gebaseerd op geanonimiseerde "
          "zorgplannen, en verzorgen per jaar ten minste vier gastlessen door wijkverpleegkundigen "
          "en verzorgenden-IG;"),
        P("3.2.3 zij vaardigen samen twee praktijkopleiders af naar de werkveldcommissie Zorg van het "
          "ROC; die commissie komt drie keer per jaar bijeen en adviseert de routeregie over de "
          "inhoud van het programma, de keuzedelen en de organisatie van de "
          "beroepspraktijkvorming;"),
        P("3.2.4 hun praktijkopleiders beoordelen de beroepspraktijkvorming en maken deel uit van de "
          "beoordelingscommissies van de praktijkexamens in de mbo-fase."),
        P("3.3 De afspraken per student worden vastgelegd in de praktijkovereenkomst volgens het "
          "model van SBB."),

        H("4. Routeregie"),
        H2("4.1 Samenstelling"),
        P("4.1.1 De leiding over de route berust bij de routeregie, bestaande uit:"),
        B("a. de afdelingsleider bovenbouw kaderberoepsgerichte leerweg van de School;",
          "b. de teammanager Zorg van het ROC;",
          "c. een routecoördinator, in dienst van een van Partijen."),
        P("4.1.2 De routeregie wordt ondersteund door een secretaris, beschikbaar gesteld door het ROC. "
          "De secretaris heeft geen stem."),
        H2("4.2 Benoeming en vervanging"),
        P("4.2.1 De afdelingsleider en de teammanager worden door het college van bestuur van de eigen "
          "stichting bij schriftelijk besluit aangewezen als lid van de routeregie."),
        P("4.2.2 De routecoördinator wordt door de colleges van bestuur van Partijen gezamenlijk "
          "benoemd, na een selectieprocedure die de afdelingsleider en de teammanager samen "
          "uitvoeren. De benoeming geldt voor drie schooljaren en kan worden verlengd."),
        P("4.2.3 Schorsing, ontslag als lid en vervanging bij langdurige afwezigheid geschieden door "
          "het orgaan dat het betrokken lid heeft aangewezen of benoemd."),
        H2("4.3 Taken"),
        P("4.3.1 De colleges van bestuur dragen de routeregie de volgende taken op:"),
        B("a. het opstellen van het PTA/OER en het jaarlijks voorleggen daarvan ter vaststelling;",
          "b. het maken van het jaarrooster en de verdeling van lessen over de locaties;",
          "c. het inzetten van de leraren en docenten die Partijen voor de route beschikbaar stellen;",
          "d. het onderhouden van de contacten met de zorgorganisaties en de werkveldcommissie;",
          "e. het voeren van de overstapgesprekken bedoeld in artikel 7;",
          "f. het bewaken van de kwaliteit van het onderwijs en het opstellen van verbeterplannen."),
        H2("4.4 Bevoegdheden"),
        P("4.4.1 Binnen de door de colleges van bestuur vastgestelde begroting en formatie is de "
          "routeregie bevoegd zelfstandig te beslissen over het rooster, de inzet van leraren en "
          "docenten, de plaatsing van studenten bij zorgorganisaties, de keuzedelen en het "
          "verlenen van vrijstellingen voor onderdelen die een leerling al heeft afgerond."),
        P("4.4.2 De routeregie besluit niet over de vaststelling van het PTA/OER, de begroting, de "
          "formatie, de benoeming van personeel en wijzigingen van deze overeenkomst. Die besluiten "
          "blijven voorbehouden aan de colleges van bestuur."),
        P("4.4.3 De routeregie besluit bij meerderheid; bij het staken van de stemmen beslissen de "
          "afdelingsleider en de teammanager samen, en komen zij er niet uit, dan leggen zij de "
          "kwestie voor aan de colleges van bestuur."),

        H("5. Informatievoorziening en rekenschap"),
        P("5.1 De routeregie zendt beide colleges van bestuur binnen drie weken na afloop van ieder "
          "kwartaal een kwartaaloverzicht met de aantallen leerlingen en studenten per routejaar, het "
          "verzuim, het aantal leerlingen dat de route heeft verlaten en de stand van de "
          "stageplaatsen."),
        P("5.2 V\u00f3\u00f3r 1 november van ieder jaar legt de routeregie aan beide colleges van "
          "bestuur een jaarverslag over het afgelopen schooljaar voor, met de examenresultaten, de "
          "doorstroom, de uitputting van het routebudget, een evaluatie van de inbreng van de "
          "zorgorganisaties en een verbeterplan. Het jaarverslag wordt besproken in het bestuurlijk "
          "overleg van november, waarin de colleges van bestuur het verslag vaststellen en de "
          "routeregie decharge verlenen."),
        P("5.3 Ieder college van bestuur kan tussentijds schriftelijk om inlichtingen vragen; de "
          "routeregie antwoordt binnen tien werkdagen en zendt het antwoord ook aan het andere "
          "college van bestuur."),

        H("6. Inrichting van het onderwijs"),
        H2("6.1 Locaties"),
        P("6.1.1 Routejaar 1 en 2 worden verzorgd op de locatie Uden van de School. Vanaf routejaar 2 "
          "volgen leerlingen \u00e9\u00e9n dag per week onderwijs op het Zorgplein van het ROC in "
          "Oss. Routejaar 3 tot en met 5 worden verzorgd op het Zorgplein en bij de "
          "zorgorganisaties."),
        H2("6.2 Programma en examinering"),
        P("6.2.1 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden voor "
          "ieder routejaar beschreven in het PTA/OER. Daarin is per onderdeel aangegeven of het tot "
          "het vo-programma, het mbo-programma of beide behoort en welke onderdelen vakoverstijgend "
          "worden aangeboden."),
        P("6.2.2 Het PTA/OER wordt per cohort v\u00f3\u00f3r 1 oktober vastgesteld: de vo-onderdelen "
          "door het college van bestuur van de School, de mbo-onderdelen door het college van bestuur "
          "van het ROC. De examencommissies van Partijen stemmen hun werkwijze op elkaar af."),
        H2("6.3 Personeel"),
        P("6.3.1 Het onderwijs wordt verzorgd door \u00e9\u00e9n team van leraren van de School en "
          "docenten van het ROC. Voor de vakoverstijgende onderdelen \u2018Zorg in de praktijk\u2019 en "
          "\u2018Gezondheid en welzijn\u2019 maken Partijen gebruik van de mogelijkheid bedoeld in "
          "artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Ieder teamlid is bevoegd voor ten minste "
          "\u00e9\u00e9n vak of voldoet aan de eisen van artikel 4.2.1 WEB, het team dekt samen alle "
          "onderdelen en ieder lid is verantwoordelijk voor het onderdeel waarvoor hij bevoegd is."),
        P("6.3.2 Docenten van het ROC verzorgen in routejaar 2 gemiddeld zes lesuren per week op de "
          "School of het Zorgplein. Zij blijven in dienst van het ROC; leraren van de School blijven "
          "in dienst van de School. Partijen zijn ieder werkgever van het eigen personeel."),
        P("6.3.3 Het team volgt jaarlijks twee gezamenlijke studiedagen; iedere partij draagt de "
          "kosten van de eigen medewerkers."),
        H2("6.4 Voorzieningen"),
        P("6.4.1 De School stelt het zorglokaal met hoog-laagbedden en de EHBO-ruimte beschikbaar; het "
          "ROC het skillslab en de simulatieruimtes op het Zorgplein en de digitale leeromgeving. "
          "Leerlingen, studenten en teamleden van beide Partijen mogen deze voorzieningen volgens "
          "het rooster gebruiken."),
        P("6.4.2 Iedere partij verzekert de eigen gebouwen en inventaris en heeft een "
          "aansprakelijkheidsverzekering die ook de deelnemers van de route dekt."),
        H2("6.5 Inschrijving, verzuim en begeleiding"),
        P("6.5.1 In routejaar 1 en 2 staan deelnemers ingeschreven bij de School, vanaf routejaar 3 bij "
          "het ROC. Verzuim wordt in de vo-fase gemeld door de School en in de mbo-fase door het ROC."),
        P("6.5.2 Iedere deelnemer heeft \u00e9\u00e9n mentor of studieloopbaanbegeleider. Bij de "
          "overgang naar routejaar 3 vindt een warme overdracht plaats."),
        H2("6.6 Klachten en privacy"),
        P("6.6.1 De klachtenregeling van de School is mede van toepassing op gedragingen van "
          "medewerkers van het ROC jegens leerlingen, en omgekeerd. De partij die de klacht ontvangt, "
          "informeert de andere partij direct en handelt de klacht samen met haar af."),
        P("6.6.2 Partijen wisselen alleen de persoonsgegevens uit die voor de route nodig zijn en "
          "sluiten daarover een afzonderlijke gegevensuitwisselingsovereenkomst."),

        H("7. Voortijdig verlaten van de route"),
        P("7.1 Uitgangspunt is dat iedere deelnemer die de route niet afmaakt, een passend vervolg "
          "krijgt dat leidt naar een vmbo-diploma of een mbo-diploma."),
        P("7.2 Verlaat een leerling de route in routejaar 1 of 2, dan zet hij zijn opleiding voort in "
          "de kaderberoepsgerichte leerweg van de School, in het profiel Zorg en welzijn of een ander "
          "profiel, en legt hij daar het eindexamen af."),
        P("7.3 Is een leerling aan het eind van routejaar 2 afgewezen voor het eindexamen, of heeft hij "
          "aan het eind van routejaar 3 nog geen vmbo-diploma, dan kan hij bij het ROC doorgaan in de "
          "opleiding Verzorgende-IG of een andere opleiding op niveau 3, zoals Pedagogisch "
          "medewerker kinderopvang, of in de opleiding Helpende zorg en welzijn op niveau 2. De "
          "vooropleidingseisen staan daaraan niet in de weg. De School stelt hem in staat het "
          "eindexamen opnieuw af te leggen."),
        P("7.4 Loopt een student in de mbo-fase vast in de opleiding Verzorgende-IG, dan kan hij bij het "
          "ROC overstappen naar een andere opleiding op niveau 3, ook in een ander domein."),
        P("7.5 Wil een deelnemer naar een andere school of instelling, dan draagt de partij waar hij op "
          "dat moment staat ingeschreven zorg voor een warme overdracht en verleent zij medewerking "
          "aan een toelatings- of geschiktheidsonderzoek van de ontvangende instelling."),
        P("7.6 Welk vervolg het beste past, bepalen de afdelingsleider en de teammanager in gezamenlijk "
          "oordeel, op basis van het bereikte onderwijsniveau en de leeftijd van de deelnemer en na "
          "een gesprek met de deelnemer en, als hij minderjarig is, zijn ouders. De afspraken worden "
          "binnen vier weken vastgelegd in een overstapplan."),
        P("7.7 Partijen nemen de werkwijze van dit artikel op in de schoolgids van de School en de "
          "studiegids van het ROC."),

        H("8. Financi\u00eble afspraken"),
        P("8.1 Met toepassing van artikel 5.42a WVO 2020 draagt de School voor iedere leerling die op 1 "
          "oktober in routejaar 2 staat ingeschreven een bedrag van \u20ac 1.275 over aan het ROC."),
        P("8.2 Het ROC besteedt dit bedrag aan de lesuren die docenten van het ROC in routejaar 2 "
          "verzorgen, aan het gebruik van het skillslab en de simulatieruimtes en aan "
          "verbruiksmaterialen voor de praktijklessen. De opbouw staat in bijlage 1."),
        P("8.3 De School betaalt in twee termijnen, op 1 december en 1 mei, na ontvangst van een "
          "factuur van het ROC. Andere bekostiging wordt niet overgedragen; overige kosten draagt "
          "iedere partij zelf."),

        H("9. Medezeggenschap"),
        P("9.1 Voor leerlingen in de vo-fase, hun ouders en het personeel van de School geldt de Wet "
          "medezeggenschap op scholen; voor studenten in de mbo-fase en hun ouders geldt hoofdstuk 8a "
          "WEB en voor het personeel van het ROC de Wet op de ondernemingsraden."),
        P("9.2 In aanvulling daarop stellen Partijen een klankbordgroep route in, bestaande uit twee "
          "leerlingen, twee studenten, twee ouders, een lid van de medezeggenschapsraad van de School "
          "en een lid van de studentenraad van het ROC. De klankbordgroep komt twee keer per jaar "
          "bijeen met de routeregie, kan de routeregie gevraagd en ongevraagd advies geven en krijgt "
          "binnen zes weken een schriftelijke reactie."),
        P("9.3 Leerlingen in de vo-fase kunnen met spreekrecht deelnemen aan de vergaderingen van de "
          "studentenraad van het ROC."),
        P("9.4 Een voorstel tot wijziging van deze overeenkomst dat gevolgen heeft voor deelnemers, "
          "wordt voor advies voorgelegd aan de medezeggenschapsraad van de School en de "
          "studentenraad van het ROC."),

        H("10. Verschillen van inzicht"),
        P("10.1 Een geschil in de zin van dit artikel is ieder verschil van inzicht tussen Partijen over "
          "de uitleg of de uitvoering van deze overeenkomst."),
        P("10.2 Partijen leggen een geschil eerst voor aan de routeregie, die binnen vier weken een "
          "oplossing voorstelt."),
        P("10.3 Lukt dat niet, dan bespreken de colleges van bestuur het geschil binnen zes weken in "
          "een bijzonder bestuurlijk overleg."),
        P("10.4 Leidt ook dat overleg niet tot een oplossing, dan schakelen Partijen een mediator in "
          "die is geregistreerd bij de Mediatorsfederatie Nederland en die zij samen kiezen. De kosten "
          "van de mediation worden gelijk gedeeld."),
        P("10.5 Blijft het geschil na de mediation bestaan, dan kan ieder van Partijen het voorleggen "
          "aan de bevoegde rechter van de Rechtbank Oost-Brabant."),
        P("10.6 Zolang een geschil loopt, zetten Partijen het onderwijs aan de deelnemers ongewijzigd "
          "voort."),

        H("11. Looptijd, toetreding, wijziging en be\u00ebindiging"),
        H2("11.1 Looptijd"),
        P("11.1.1 Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt daarna "
          "telkens verlengd met vijf jaar, tenzij een van Partijen haar volgens 11.4 opzegt."),
        H2("11.2 Toetreding"),
        P("11.2.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij "
          "worden als zij: a. het profiel Zorg en welzijn respectievelijk de opleiding Verzorgende-IG "
          "aanbiedt; b. alle bepalingen van deze overeenkomst schriftelijk aanvaardt; c. de "
          "schriftelijke instemming van beide colleges van bestuur heeft verkregen."),
        P("11.2.2 Toetreding gebeurt door ondertekening van een toetredingsovereenkomst door alle "
          "partijen en gaat in op 1 augustus daarna. De toetredende partij meldt haar deelname in RIO. "
          "De toetreding verandert niets aan het programma van deelnemers die al in de route zitten."),
        H2("11.3 Wijziging"),
        P("11.3.1 Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst, "
          "ondertekend door beide colleges van bestuur, na advies als bedoeld in 9.4."),
        P("11.3.2 Een wijziging van het programma geldt voor zittende cohorten alleen als zij voor de "
          "deelnemers gunstig is of als zij met de deelnemers en hun ouders is besproken."),
        H2("11.4 Opzegging en ontbinding"),
        P("11.4.1 Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig "
          "jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden."),
        P("11.4.2 Iedere partij kan deze overeenkomst ontbinden als de andere partij haar verplichtingen "
          "ernstig niet nakomt en dat ook niet doet binnen zestig dagen na een schriftelijke "
          "ingebrekestelling, of als de andere partij de bekostiging of de erkenning voor het profiel "
          "of de opleiding verliest."),
        H2("11.5 Bescherming van deelnemers"),
        P("11.5.1 Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten."),
        P("11.5.2 Deelnemers die op de datum van opzegging of ontbinding in de route zitten, ronden de "
          "route af volgens het PTA/OER van hun cohort. Partijen blijven daarvoor hun personeel en "
          "voorzieningen inzetten en blijven de financi\u00eble afspraken van artikel 8 nakomen."),
        P("11.5.3 Binnen drie maanden na opzegging stelt de routeregie een afbouwplan op dat beide "
          "colleges van bestuur vaststellen en dat aan de deelnemers en hun ouders wordt toegelicht."),

        H("12. Slotbepalingen"),
        P("12.1 Op deze overeenkomst is Nederlands recht van toepassing."),
        P("12.2 De bijlage maakt deel uit van deze overeenkomst. Bij strijd gaat de hoofdtekst voor."),
        P("12.3 Is een bepaling nietig of vernietigbaar, dan blijven de overige bepalingen van kracht "
          "en vervangen Partijen die bepaling door een geldige bepaling die zoveel mogelijk "
          "hetzelfde doel heeft."),
        H("Ondertekening"),
        P("Aldus overeengekomen en in tweevoud ondertekend."),
        TB([["Stichting Openbaar Voortgezet Onderwijs Maashorst",
             "Stichting Regionaal Opleidingencentrum Aa en Maas"],
            ["Naam: drs. H.M.J. van den Elsen\nFunctie: voorzitter college van bestuur",
             "Naam: dr. W.F. Hoogstraten\nFunctie: voorzitter college van bestuur"],
            ["Plaats: Uden\nDatum: 30 juni 2025", "Plaats: Oss\nDatum: 30 juni 2025"],
            ["Handtekening:\n\n", "Handtekening:\n\n"]], header=True),
        PB(),
        H("Bijlage 1 \u2013 Opbouw van het over te dragen bedrag per leerling in routejaar 2"),
        TB([["Onderdeel", "Toelichting", "Bedrag"],
            ["Lesuren ROC-docenten", "gemiddeld 6 lesuren per week, 38 weken, verdeeld over "
             "de groep", "\u20ac 980"],
            ["Skillslab en simulatieruimtes", "gebruik \u00e9\u00e9n dagdeel per week", "\u20ac 195"],
            ["Verbruiksmaterialen", "incontinentiemateriaal, verbandmiddelen, oefenmateriaal",
             "\u20ac 100"],
            ["Totaal per leerling", "", "\u20ac 1.275"]], widths=None, header=True),
        P("Het bedrag wordt jaarlijks met ingang van 1 augustus ge\u00efndexeerd met het percentage "
          "waarmee de rijksbijdrage voor het voortgezet onderwijs wordt aangepast."),
    ]



# =========================================================================== h403
@doc(403, "zeer_kort_wij_afspraken_media_zeeuwse_delta", "txt",
     "Zeer korte platte-tekst afsprakenlijst in wij-vorm (negen korte punten), TXT, Zeeuwse Delta, "
     "Media, vormgeving en ICT gl naar mbo-4 Mediavormgever; volledig, geen overdracht van "
     "bekostiging, zwijgt over medezeggenschap",
     st(h="not_applicable"),
     {"a": "1. De route",
      "b": "2. Het werkveld doet mee",
      "c": "3. Kernteam",
      "d": "4. Verslag aan de besturen",
      "e": "5. Lessen, docenten en lokalen",
      "f": "6. Uitstappen",
      "g": "7. Geld",
      "i": "8. Onenigheid",
      "j": "9. Nieuwe partner, wijzigen, stoppen"})
def h403():
    return [
        T("Afspraken doorlopende leerroute Mediavormgeving Zeeuwse Delta"),
        P("Stichting Delta Scholengroep te Vlissingen, bevoegd gezag van het Scheldemond College "
          "(vmbo), vertegenwoordigd door K. de Visser, bestuurder, en Stichting ROC Zeeuwse Delta te "
          "Middelburg, bevoegd gezag van het Deltapoort College, vertegenwoordigd door mr. S.E. "
          "Kodde, voorzitter college van bestuur, spreken als samenwerkingsovereenkomst voor de "
          "doorlopende leerroute het volgende af."),
        H2("1. De route"),
        P("Vanaf 1 augustus 2025 bieden wij samen een doorlopende leerroute aan van de gemengde "
          "leerweg, profiel Media, vormgeving en ICT, van het Scheldemond College naar de opleiding "
          "Mediavormgever, niveau 4 (middenkaderopleiding, BOL, domein Media en vormgeving), van het "
          "Deltapoort College. Het vmbo-examen valt in leerjaar 4."),
        H2("2. Het werkveld doet mee"),
        P("Ontwerpbureau Walcherse Wind, Drukkerij Boomsma en Omroep Schelde-Oost geven ieder "
          "schooljaar elk \u00e9\u00e9n echte opdracht aan de klas, nemen vanaf het eerste mbo-jaar "
          "stagiairs aan en hebben elk een zetel in de adviescommissie media, die ieder jaar in maart "
          "het programma doorloopt en de keuzedelen adviseert."),
        H2("3. Kernteam"),
        P("De route wordt geleid door een kernteam: de sectieleider MVI van het Scheldemond College "
          "en de teamleider Media van het Deltapoort College, elk door het eigen bestuur aangewezen. "
          "Het kernteam maakt het PTA/OER, het rooster en de stageplanning, zet de docenten in en mag "
          "uitgaven doen tot \u20ac 5.000 per jaar; al het andere beslissen de besturen."),
        H2("4. Verslag aan de besturen"),
        P("Het kernteam stuurt beide besturen elk jaar v\u00f3\u00f3r 15 juli een kort verslag over "
          "instroom, uitval, examenuitslagen, stages en uitgaven, en bespreekt dat in september met "
          "de twee bestuurders."),
        H2("5. Lessen, docenten en lokalen"),
        P("Leerjaar 3 en 4 worden gegeven in Vlissingen, met vanaf leerjaar 4 \u00e9\u00e9n middag "
          "per week in de mediastudio van het Deltapoort College; de mbo-jaren in Middelburg. Twee "
          "vmbo-docenten en twee mbo-docenten vormen \u00e9\u00e9n team; voor het vakoverstijgende "
          "onderdeel ontwerpen en produceren werken zij als team volgens artikel 7.13a WVO 2020. "
          "Iedereen blijft in dienst van de eigen werkgever. Het Scheldemond College stelt zijn "
          "Mac-lokaal beschikbaar, het Deltapoort College de studio, de drukwerkplaats en de "
          "softwarelicenties. Programma en toetsing per leerjaar staan in het gezamenlijke PTA/OER."),
        H2("6. Uitstappen"),
        P("Wie in leerjaar 3 of 4 de route verlaat, maakt de gemengde of theoretische leerweg af op "
          "het Scheldemond College en haalt daar het vmbo-diploma. Wie in de mbo-jaren stopt of zonder vmbo-diploma verder moet, kan "
          "bij het Deltapoort College naar een andere opleiding op niveau 4 of, als dat beter past, "
          "op niveau 3 in hetzelfde domein, zonder dat vooropleidingseisen in de weg staan. De "
          "sectieleider en de teamleider beslissen samen, na een gesprek met de leerling en zijn "
          "ouders, op basis van wat de leerling al heeft bereikt en zijn leeftijd."),
        H2("7. Geld"),
        P("Er gaat geen bekostiging van de ene naar de andere partij; ieder betaalt de eigen docenten "
          "en lokalen."),
        H2("8. Onenigheid"),
        P("Zijn wij het over de uitvoering van deze afspraken niet eens, dan praten eerst de "
          "bestuurders; lukt het hun niet binnen zes weken, dan vragen zij bindend advies aan een "
          "onafhankelijke deskundige die zij samen aanwijzen."),
        H2("9. Nieuwe partner, wijzigen, stoppen"),
        P("Deze afspraken gelden voor onbepaalde tijd. Een andere vmbo-school of mbo-instelling kan "
          "meedoen als beide besturen schriftelijk instemmen en de nieuwe partner deze afspraken "
          "ondertekent; de deelname begint op 1 augustus. Wijzigen kan alleen schriftelijk, door "
          "beide bestuurders ondertekend. Stoppen kan met een opzegtermijn van een jaar, per 1 "
          "augustus. Na opzegging start er geen nieuwe groep meer; wie al in de route zit, maakt "
          "die af."),
        P("Vlissingen en Middelburg, 27 juni 2025"),
        SIG(["Stichting Delta Scholengroep", "K. de Visser, bestuurder"],
            ["Stichting ROC Zeeuwse Delta", "mr. S.E. Kodde, voorzitter college van bestuur"]),
    ]



# =========================================================================== h404
@doc(404, "doel_en_afspraak_aoc_andere_stichting_fruitteelt_rivierenland", "pdf",
     "Overeenkomst met een Doel:-regel en een Afspraak:-blok per artikel tussen een vmbo-school en "
     "een AOC van een ander bestuur, PDF, Rivierenland, Groen kb naar mbo-3 Vakbekwaam medewerker "
     "teelt; telers alleen in de overwegingen genoemd, overstap eist vooropleidingseisen binnen het "
     "eigen AOC, slotartikel zonder toetreding",
     st(b="missing", f="weak", j="weak"),
     {"a": "Artikel 1 \u2013 De route",
      "c": "Artikel 2 \u2013 Stuurgroep",
      "d": "Artikel 3 \u2013 Terugkoppeling aan de besturen",
      "e": "Artikel 4 \u2013 Onderwijs, mensen en middelen",
      "g": "Artikel 6 \u2013 Bekostiging",
      "h": "Artikel 7 \u2013 Inspraak van leerlingen, studenten en ouders",
      "i": "Artikel 8 \u2013 Als partijen er samen niet uitkomen"},
     header="Samenwerkingsovereenkomst doorlopende leerroute Fruitteelt Rivierenland",
     footer="Waalkant College \u2013 Groenwaard College")
def h404():
    return [
        T("Samenwerkingsovereenkomst doorlopende leerroute Fruitteelt Rivierenland"),
        S("vmbo Groen (kaderberoepsgerichte leerweg) \u2013 mbo Vakbekwaam medewerker teelt (niveau 3)"),
        H("De ondergetekenden"),
        P("1. Stichting Openbaar Voortgezet Onderwijs Rivierenland, gevestigd te Tiel, bevoegd gezag "
          "van het Waalkant College, school voor vmbo, locatie Geldermalsen, vertegenwoordigd door de "
          "heer ing. T.J. Verwoerd, voorzitter van het college van bestuur, hierna: \u2018de "
          "school\u2019;"),
        P("2. Stichting Agrarisch Opleidingscentrum Betuwe, gevestigd te Culemborg, bevoegd gezag "
          "van het Groenwaard College, vertegenwoordigd door mevrouw drs. M.A. Kuijpers-van Wijk, "
          "voorzitter van het college van bestuur, hierna: \u2018het AOC\u2019."),
        P("Het AOC verzorgt in deze route alleen het mbo-deel; de eigen vmbo-afdeling van het AOC "
          "neemt niet deel. Omdat de route door twee verschillende besturen wordt verzorgd, leggen "
          "zij hun afspraken vast in deze overeenkomst."),
        H("Overwegingen"),
        B("De fruitteelt is de belangrijkste werkgever in het buitengebied van Rivierenland en kampt "
          "met een tekort aan vakkrachten.",
          "Fruittelers uit de regio hebben laten weten graag stagiairs te ontvangen en gastlessen te "
          "willen geven.",
          "Partijen willen leerlingen met belangstelling voor teelt een ononderbroken leerweg bieden "
          "van leerjaar 3 vmbo tot en met het mbo-diploma."),
        P("Partijen komen het volgende overeen."),

        H("Artikel 1 \u2013 De route"),
        P("Doel: vastleggen welke opleidingen op elkaar aansluiten."),
        P("Afspraak: Partijen verzorgen vanaf 1 augustus 2025 samen een doorlopende leerroute vmbo-mbo "
          "van het profiel Groen in de kaderberoepsgerichte leerweg van het Waalkant College naar de "
          "opleiding Vakbekwaam medewerker teelt, niveau 3, uitstroom fruitteelt, van het Groenwaard "
          "College, in het opleidingsdomein Voedsel, natuur en leefomgeving (BOL). Routejaar 1 en 2 "
          "zijn leerjaar 3 en 4 van het vmbo; routejaar 3 tot en met 5 vormen de mbo-fase. Het "
          "centraal examen vmbo wordt in routejaar 2 afgenomen."),

        H("Artikel 2 \u2013 Stuurgroep"),
        P("Doel: \u00e9\u00e9n aanspreekpunt en heldere beslissingen over de route."),
        P("Afspraak: De route wordt aangestuurd door een stuurgroep van drie leden: de "
          "locatiedirecteur Geldermalsen van de school, de opleidingsmanager Teelt en Techniek van "
          "het AOC en een trajectbegeleider. De locatiedirecteur en de opleidingsmanager worden door "
          "hun eigen college van bestuur aangewezen. De trajectbegeleider wordt door beide colleges "
          "van bestuur samen benoemd voor de duur van drie schooljaren."),
        P("De stuurgroep stelt jaarlijks het PTA/OER op, maakt het rooster, verdeelt de lessen over "
          "de docenten van beide partijen, regelt het gebruik van de ruimtes en begeleidt leerlingen "
          "die de route willen verlaten. Zij mag daarbij zelfstandig beslissen binnen de begroting "
          "die de besturen jaarlijks vaststellen. Over de formatie, de begroting, de toelating van "
          "leerlingen en het vaststellen van het PTA/OER beslissen de colleges van bestuur."),

        H("Artikel 3 \u2013 Terugkoppeling aan de besturen"),
        P("Doel: de besturen weten hoe het met de route gaat en kunnen bijsturen."),
        P("Afspraak: De stuurgroep stuurt beide colleges van bestuur in januari en in juni een "
          "schriftelijke voortgangsnotitie met de leerlingaantallen, de uitval, de resultaten en de "
          "uitgaven. In oktober legt de stuurgroep in een gezamenlijk bestuurlijk overleg "
          "verantwoording af over het afgelopen schooljaar aan de hand van een jaarevaluatie."),

        H("Artikel 4 \u2013 Onderwijs, mensen en middelen"),
        P("Doel: afspreken waar en door wie les wordt gegeven en welke voorzieningen worden gedeeld."),
        P("Afspraak:"),
        P("4.1 Routejaar 1 en 2 vinden plaats op het Waalkant College in Geldermalsen. In routejaar 2 "
          "volgen de leerlingen iedere week een dag praktijkonderwijs in de kassen en de "
          "proefboomgaard van het Groenwaard College in Culemborg. Routejaar 3 tot en met 5 vinden "
          "plaats op het Groenwaard College."),
        P("4.2 Het programma, de toetsing en de examens per leerjaar staan in een gezamenlijk "
          "PTA/OER, waarin per onderdeel is aangegeven of het tot het vmbo, het mbo of beide behoort."),
        P("4.3 Twee docenten teelt van het AOC geven in routejaar 2 samen acht lesuren per week in de "
          "route; de praktijkdocenten groen van de school begeleiden de leerlingen tijdens de "
          "praktijkdag op het AOC. Voor het vakoverstijgende onderdeel Teelt en bedrijfsvoering "
          "vormen zij \u00e9\u00e9n team als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. "
          "Alle docenten blijven in dienst van hun eigen werkgever."),
        P("4.4 Het AOC stelt zijn kassen, de proefboomgaard, de trekkers en de spuitlicentie-"
          "opleiding beschikbaar; de school haar practicumlokaal biologie en de groene werkplaats. "
          "Leerlingen en docenten van beide partijen mogen deze voorzieningen volgens het rooster "
          "gebruiken."),
        P("4.5 Klachten over een medewerker van de andere partij worden afgehandeld volgens de "
          "klachtenregeling van de partij waar de leerling staat ingeschreven; de andere partij werkt "
          "daaraan mee."),

        H("Artikel 5 \u2013 Verlaten van de route"),
        P("Doel: iedere leerling die uitvalt, houdt een weg naar een diploma."),
        P("Afspraak:"),
        P("5.1 Een leerling die in routejaar 1 of 2 de route verlaat, vervolgt het vmbo in de "
          "kaderberoepsgerichte leerweg van het Waalkant College, profiel Groen of een ander profiel, "
          "en doet daar eindexamen."),
        P("5.2 Een student die in de mbo-fase de opleiding Vakbekwaam medewerker teelt niet kan "
          "afmaken, kan bij het Groenwaard College overstappen naar een andere opleiding op niveau 3 "
          "of naar de opleiding Medewerker teelt op niveau 2."),
        P("5.3 Een leerling die de route verlaat zonder vmbo-diploma, wordt bij het Groenwaard College "
          "pas tot een andere mbo-opleiding toegelaten wanneer hij alsnog aan de "
          "vooropleidingseisen van die opleiding voldoet. Tot dat moment volgt hij het "
          "vmbo-programma op het Waalkant College."),
        P("5.4 Over het vervolg beslissen de locatiedirecteur en de opleidingsmanager samen, na een "
          "gesprek met de leerling en zijn ouders, waarbij zij het bereikte niveau en de leeftijd van "
          "de leerling betrekken."),

        H("Artikel 6 \u2013 Bekostiging"),
        P("Doel: een eerlijke verdeling van de kosten in de vo-fase."),
        P("Afspraak: Met toepassing van artikel 5.42a WVO 2020 draagt de school voor iedere leerling "
          "die op 1 oktober in routejaar 2 staat ingeschreven \u20ac 780 over aan het AOC. Het AOC zet "
          "dit bedrag in voor de lesuren van de twee docenten teelt in routejaar 2 en voor het "
          "gebruik van de kassen en de proefboomgaard. De school betaalt v\u00f3\u00f3r 1 maart. "
          "Verder draagt geen van beide partijen bekostiging over."),

        H("Artikel 7 \u2013 Inspraak van leerlingen, studenten en ouders"),
        P("Doel: leerlingen, studenten en ouders hebben een stem in de hele route, ook over de "
          "grens van school en AOC heen."),
        P("Afspraak: Naast de wettelijke medezeggenschapsorganen van beide partijen geldt het "
          "volgende. Een leerling uit routejaar 1 of 2 wordt als vast lid toegevoegd aan de "
          "deelnemersraad van het Groenwaard College. De medezeggenschapsraad van de school en de "
          "deelnemersraad van het AOC brengen beide advies uit over het PTA/OER voordat dit wordt "
          "vastgesteld. Eenmaal per jaar vergaderen de oudergeleding van de medezeggenschapsraad en "
          "de deelnemersraad gezamenlijk met de stuurgroep over de route."),

        H("Artikel 8 \u2013 Als partijen er samen niet uitkomen"),
        P("Doel: meningsverschillen snel en zonder schade voor leerlingen oplossen."),
        P("Afspraak: Een meningsverschil tussen partijen over de uitvoering van deze overeenkomst "
          "wordt eerst in de stuurgroep besproken. Is het na vier weken niet opgelost, dan komt het "
          "op de agenda van de beide colleges van bestuur. Komen ook zij binnen zes weken niet tot "
          "een oplossing, dan wordt het meningsverschil voorgelegd aan een commissie van drie "
          "personen: iedere partij wijst \u00e9\u00e9n lid aan en die twee kiezen samen een "
          "onafhankelijke voorzitter. De commissie doet een bindende uitspraak binnen acht weken."),

        H("Artikel 9 \u2013 Looptijd, wijziging en be\u00ebindiging"),
        P("Doel: zekerheid voor leerlingen, ook als de samenwerking verandert of stopt."),
        P("Afspraak:"),
        P("9.1 Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2031 en wordt daarna "
          "stilzwijgend verlengd met telkens drie jaar."),
        P("9.2 Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur "
          "ondertekend. Een wijziging die het programma van een lopend cohort raakt, gaat pas in "
          "voor het volgende cohort."),
        P("9.3 Iedere partij kan de overeenkomst met een opzegtermijn van twaalf maanden schriftelijk "
          "opzeggen tegen het einde van een schooljaar. Na opzegging worden geen nieuwe leerlingen "
          "meer toegelaten. Leerlingen die al in de route zitten, ronden die af bij beide partijen "
          "onder de voorwaarden die bij hun start golden."),

        H("Ondertekening"),
        P("Aldus overeengekomen en getekend te Geldermalsen op 24 juni 2025."),
        SIG(["Stichting Openbaar Voortgezet Onderwijs Rivierenland", "", "",
             "ing. T.J. Verwoerd", "voorzitter college van bestuur"],
            ["Stichting Agrarisch Opleidingscentrum Betuwe", "", "",
             "drs. M.A. Kuijpers-van Wijk", "voorzitter college van bestuur"]),
    ]



# =========================================================================== h405
@doc(405, "drie_kolommen_afsprakentabel_installatie_midden_twente", "docx",
     "Afsprakentabel met drie kolommen (onderwerp, afspraak, wie is aan zet) en korte omlijsting, "
     "DOCX, Midden-Twente, Produceren, installeren en energie bb naar mbo-2 Monteur "
     "elektrotechnische installaties; stuurgroep zonder regel over aanwijzing of benoeming, rij "
     "medezeggenschap met stippellijnen",
     st(c="weak", h="weak"),
     {"a": "1. Route en opleiding",
      "b": "2. Installatiebedrijven en werkgevers",
      "d": "5. Rapportage aan de besturen",
      "e": "6. Lesplaatsen en programma",
      "f": "10. Als de route niet past",
      "g": "11. Geld",
      "i": "13. Geschillen tussen partijen",
      "j": "14. Looptijd en nieuwe partners"},
     header="DLR Installatietechniek Midden-Twente \u2013 afsprakentabel",
     footer="Esch College / ROC Midden-Twente")
def h405():
    rows = [
        ["Onderwerp", "Wat we afspreken", "Wie is aan zet"],
        ["1. Route en opleiding",
         "Vanaf schooljaar 2025-2026 verzorgen partijen samen een doorlopende leerroute van de "
         "basisberoepsgerichte leerweg, profiel Produceren, installeren en energie (PIE), van het "
         "Esch College naar de basisberoepsopleiding Monteur elektrotechnische installaties, niveau 2, "
         "van ROC Midden-Twente (Techniekhuis Hengelo). Routejaar 1 en 2 = leerjaar 3 en 4 vmbo; "
         "routejaar 3 en 4 = mbo, in de beroepsbegeleidende leerweg of, als er geen leerwerkplek is, "
         "in de beroepsopleidende leerweg. Het vmbo-examen valt in routejaar 2. Maximaal 16 "
         "leerlingen per cohort.",
         "Beide besturen"],
        ["2. Installatiebedrijven en werkgevers",
         "Installatiegroep Ter Huurne, Elektrotechniek Nijhuis-Oude Wolbers en de afdeling Twente "
         "van Techniek Nederland doen mee als partners van de route. Zij (a) bieden in routejaar 2 "
         "iedere leerling een meeloopweek; (b) stellen voor routejaar 3 en 4 samen ten minste twaalf "
         "leerwerkplekken per jaar beschikbaar, als door SBB erkend leerbedrijf; (c) leveren ieder "
         "jaar twee praktijkprojecten (woningaansluiting, laadpaal en zonnepanelen); (d) leveren "
         "vakmensen die meebeoordelen bij de praktijkexamens; (e) nemen deel aan het "
         "werkgeversoverleg, dat twee keer per jaar bijeenkomt en de stuurgroep adviseert over "
         "programma en keuzedelen.",
         "Routeco\u00f6rdinator onderhoudt de contacten"],
        ["3. Stuurgroep: wie",
         "De stuurgroep bestaat uit de afdelingsleider techniek van het Esch College, de teamleider "
         "installatietechniek van het ROC en een routeco\u00f6rdinator.",
         "\u2014"],
        ["4. Stuurgroep: taken en mandaat",
         "De stuurgroep stelt het gezamenlijke PTA/OER op, maakt het rooster, zet de docenten in, "
         "onderhoudt de contacten met de bedrijven en voert de gesprekken over overstappen (rij "
         "10). Zij beslist zelf over rooster, groepsindeling, keuzedelen en het materiaalbudget tot "
         "\u20ac 8.000 per jaar. Over formatie, begroting, toelatingsbeleid en wijziging van deze "
         "afspraken beslissen de besturen.",
         "Stuurgroep"],
        ["5. Rapportage aan de besturen",
         "De stuurgroep stuurt beide besturen na ieder trimester een overzicht met aantallen, "
         "verzuim, uitval, resultaten en bezette leerwerkplekken. V\u00f3\u00f3r 1 december "
         "verschijnt een jaarrapport over het vorige schooljaar, dat de stuurgroep in het "
         "bestuurlijk overleg van december toelicht en waarover zij daar verantwoording aflegt.",
         "Stuurgroep \u2192 beide besturen"],
        ["6. Lesplaatsen en programma",
         "Routejaar 1 en 2 op het Esch College in Hengelo; vanaf routejaar 2 \u00e9\u00e9n dag per "
         "week in de installatiewerkplaats van het Techniekhuis. Routejaar 3 en 4 bij het ROC en "
         "het leerbedrijf. Programma, toetsing en examens per leerjaar staan in \u00e9\u00e9n "
         "PTA/OER, dat de besturen v\u00f3\u00f3r 1 oktober vaststellen.",
         "Stuurgroep stelt op, besturen stellen vast"],
        ["7. Docenten",
         "E\u00e9n team van twee PIE-docenten van het Esch College en twee docenten "
         "installatietechniek van het ROC. Voor het onderdeel Installeren en monteren werken zij als "
         "team volgens artikel 7.13a WVO 2020 en 9.1.12 WEB; ieder blijft verantwoordelijk voor het "
         "deel waarvoor hij bevoegd is. ROC-docenten geven in routejaar 2 zes lesuren per week op de "
         "school. Iedereen blijft in dienst van de eigen werkgever.",
         "Afdelingsleider en teamleider"],
        ["8. Werkplaatsen en materiaal",
         "Het ROC stelt de installatiewerkplaats, de meetapparatuur, de oefenpanelen en de "
         "VCA-training beschikbaar; het Esch College het PIE-lokaal en de lasruimte. Leerlingen en "
         "docenten van beide partijen gebruiken deze ruimtes volgens het rooster.",
         "Stuurgroep (rooster)"],
        ["9. Klachten",
         "Een klacht over een medewerker van de andere partij loopt via de klachtenregeling van de "
         "partij waar de leerling is ingeschreven; de andere partij werkt mee.",
         "Partij van inschrijving"],
        ["10. Als de route niet past",
         "Stopt een leerling in routejaar 1 of 2, dan maakt hij de basisberoepsgerichte leerweg af "
         "op het Esch College, in PIE of een ander profiel, en haalt hij daar het vmbo-diploma. "
         "Heeft een leerling aan het eind van routejaar 3 nog geen vmbo-diploma, dan gaat hij bij "
         "het ROC verder in zijn opleiding of een andere opleiding op niveau 2, bijvoorbeeld Monteur "
         "werktuigkundige installaties, zonder dat vooropleidingseisen in de weg staan; het Esch "
         "College biedt een herkansing van het examen. Stopt een student in routejaar 3 of 4, dan "
         "kan hij bij het ROC overstappen naar een andere opleiding op niveau 2. Verhuist een "
         "leerling, dan regelt de partij van inschrijving een warme overdracht naar de nieuwe "
         "school of instelling. De afdelingsleider en de teamleider beslissen samen welk vervolg "
         "het beste past, na een gesprek met leerling en ouders en op basis van het bereikte "
         "niveau en de leeftijd.",
         "Afdelingsleider en teamleider samen"],
        ["11. Geld",
         "Er wordt tussen partijen geen bekostiging overgedragen. Iedere partij draagt de kosten "
         "van het eigen personeel, de eigen ruimtes en het eigen materiaal.",
         "\u2014"],
        ["12. Medezeggenschap",
         "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
         "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026",
         "\u2026\u2026\u2026\u2026\u2026"],
        ["13. Geschillen tussen partijen",
         "Een geschil over de uitvoering van deze afspraken bespreekt eerst de stuurgroep (binnen "
         "drie weken), daarna de bestuurders (binnen zes weken). Komen zij er niet uit, dan "
         "schakelen zij samen een mediator in. Levert mediation binnen drie maanden geen oplossing "
         "op, dan beslist de bevoegde rechter van de Rechtbank Overijssel.",
         "Stuurgroep, daarna besturen"],
        ["14. Looptijd en nieuwe partners",
         "Deze afspraken gelden van 1 augustus 2025 voor onbepaalde tijd. Een andere vmbo-school of "
         "mbo-instelling kan zich aansluiten als zij de route kan verzorgen, deze afspraken "
         "schriftelijk aanvaardt en beide besturen instemmen; aansluiting gaat in op 1 augustus en "
         "de nieuwe partij meldt zich bij DUO.",
         "Beide besturen"],
        ["15. Wijzigen",
         "Alleen schriftelijk, ondertekend door beide besturen. Wijzigingen in het programma gelden "
         "niet voor een lopend cohort, tenzij dat voor de leerlingen gunstig is.",
         "Beide besturen"],
        ["16. Opzeggen en ontbinden",
         "Opzeggen kan schriftelijk, met een termijn van twaalf maanden, tegen 1 augustus. Bij "
         "ernstige tekortkoming kan een partij na schriftelijke ingebrekestelling en een "
         "hersteltermijn van twee maanden ontbinden. Na opzegging of ontbinding geen nieuwe "
         "instroom; leerlingen die al begonnen zijn, maken de route af bij beide partijen.",
         "Beide besturen"],
    ]
    return [
        T("Samenwerkingsovereenkomst doorlopende leerroute Installatietechniek Midden-Twente"),
        P("Partijen:"),
        B("Stichting Katholiek Voortgezet Onderwijs Midden-Twente, gevestigd te Hengelo, bevoegd "
          "gezag van het Esch College (vmbo), vertegenwoordigd door de heer E.G.M. Nijenhuis, "
          "voorzitter van het college van bestuur;",
          "Stichting Regionaal Opleidingencentrum Midden-Twente, gevestigd te Hengelo, "
          "vertegenwoordigd door mevrouw drs. P.L. Roerink, lid van het college van bestuur, "
          "daartoe gemachtigd bij besluit van het college van 3 juni 2025."),
        P("Partijen leggen hun afspraken over de doorlopende leerroute vast in de tabel hieronder. "
          "Iedere rij is een afspraak die partijen bindt; de derde kolom noemt wie voor de "
          "uitvoering verantwoordelijk is."),
        TB(rows, widths=(0.22, 0.58, 0.20), header=True),
        P("Aldus overeengekomen te Hengelo op 26 juni 2025."),
        SIG(["Stichting Katholiek Voortgezet Onderwijs Midden-Twente", "", "",
             "E.G.M. Nijenhuis, voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum Midden-Twente", "", "",
             "drs. P.L. Roerink, lid college van bestuur"]),
    ]



# =========================================================================== h406
@doc(406, "bevestigingsbrief_platform_met_overeenkomst_leisure_gelderse_poort", "md",
     "Bevestigingsbrief van een regionaal platform (geen partij) met de volledige overeenkomst als "
     "bijlage in paragrafen, Markdown, Gelderse Poort, Horeca, bakkerij en recreatie kb naar mbo-3 "
     "Zelfstandig medewerker leisure & hospitality; volledig, overdracht in twee richtingen met "
     "bedragen en bestemming, gezamenlijke routeraad",
     st(),
     {"a": "\u00a7 1 Aanbod en doelgroep",
      "b": "\u00a7 2 Werkgevers in de vrijetijdssector",
      "c": "\u00a7 3 Routeleiding",
      "d": "\u00a7 4 Rekenschap aan de besturen",
      "e": "\u00a7 5 Vorm en organisatie van het onderwijs",
      "f": "\u00a7 6 Een ander pad",
      "g": "\u00a7 7 Middelen",
      "h": "\u00a7 8 Routeraad en medezeggenschap",
      "i": "\u00a7 9 Conflicten tussen partijen",
      "j": "\u00a7 10 Duur, aansluiting van anderen, wijziging en einde"})
def h406():
    return [
        T("Platform Beroepsonderwijs Gelderse Poort"),
        P("Secretariaat: Postbus 1207, 6800 BE Arnhem\nsecretariaat@platformgelderse-poort.nl"),
        P("Aan: het college van bestuur van Stichting Voortgezet Onderwijs Rijn-Waal, Zevenaar\n"
          "en het college van bestuur van Stichting Regionaal Opleidingencentrum Gelderse Poort, "
          "Arnhem"),
        P("Arnhem, 3 juli 2025\nOnderwerp: ontvangst ondertekende samenwerkingsovereenkomst "
          "doorlopende leerroute Leisure & Hospitality"),
        P("Geachte bestuurders,"),
        P("Met deze brief bevestigt het Platform Beroepsonderwijs Gelderse Poort dat wij op 1 juli 2025 "
          "het door u beiden ondertekende exemplaar van de samenwerkingsovereenkomst voor de "
          "doorlopende leerroute Leisure & Hospitality hebben ontvangen. Wij feliciteren u met deze "
          "nieuwe route, de eerste in de vrijetijdssector in onze regio."),
        P("Het platform neemt de route op in het regionale routeoverzicht dat in september aan alle "
          "vmbo-scholen en ouders in de Gelderse Poort wordt verstuurd. Wij wijzen u er graag op dat "
          "de melding van de route in RIO door uw eigen organisaties moet gebeuren; het platform kan "
          "dat niet voor u doen."),
        P("Het platform is geen partij bij de overeenkomst. Voor uw dossier is de tekst zoals u die "
          "heeft ondertekend hieronder als bijlage opgenomen."),
        P("Met vriendelijke groet,\nF. Hendriks\nprogrammasecretaris Platform Beroepsonderwijs "
          "Gelderse Poort"),
        PB(),
        H("Bijlage \u2013 Samenwerkingsovereenkomst doorlopende leerroute Leisure & Hospitality "
          "Gelderse Poort"),
        P("De ondergetekenden:"),
        B("Stichting Voortgezet Onderwijs Rijn-Waal, gevestigd te Zevenaar, bevoegd gezag van het "
          "Poortcollege Duiven (vmbo), vertegenwoordigd door mevrouw A.W. Gerritsen MBA, voorzitter "
          "van het college van bestuur, hierna: het Poortcollege;",
          "Stichting Regionaal Opleidingencentrum Gelderse Poort, gevestigd te Arnhem, bevoegd gezag "
          "van het Rijnpoort College, vertegenwoordigd door de heer drs. B.J. Hakvoort, voorzitter van "
          "het college van bestuur, hierna: het Rijnpoort College;"),
        P("verklaren het volgende te zijn overeengekomen."),

        H("\u00a7 1 Aanbod en doelgroep"),
        P("1. Met ingang van 1 augustus 2025 bieden het Poortcollege en het Rijnpoort College samen een "
          "doorlopende leerroute vmbo-mbo aan voor leerlingen van de kaderberoepsgerichte leerweg met "
          "het profiel Horeca, bakkerij en recreatie. De route leidt naar het vmbo-diploma en het "
          "diploma Zelfstandig medewerker leisure & hospitality, niveau 3, in het opleidingsdomein "
          "Toerisme en recreatie, beroepsopleidende leerweg."),
        P("2. Routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van het vmbo; routejaar 3 tot en met 5 "
          "vormen de mbo-fase. Het centraal examen vmbo wordt afgenomen aan het eind van routejaar 2."),
        P("3. Leerlingen kiezen in leerjaar 2 voor de route, na een kennismakingsdag op het Rijnpoort "
          "College en een gesprek met hun mentor."),

        H("\u00a7 2 Werkgevers in de vrijetijdssector"),
        P("1. Vrijetijdscentrum De Rijnstrangen, Vakantiepark Het Liemerse Bos, Stadsstrand "
          "Arnhem-Zuid en de afdeling Arnhem-Nijmegen van Koninklijke Horeca Nederland hebben met "
          "partijen afgesproken dat zij:"),
        B("leerlingen in routejaar 1 en 2 laten meedraaien bij het organiseren van ten minste twee "
          "evenementen per jaar, als praktijkopdracht die de docent samen met de begeleider van het "
          "bedrijf beoordeelt;",
          "vanaf routejaar 3 stage- en bpv-plaatsen aanbieden, samen ten minste vijftien per cohort, "
          "als door SBB erkend leerbedrijf;",
          "met twee vertegenwoordigers zitting nemen in de adviesraad Leisure van het Rijnpoort "
          "College, die ieder voorjaar het programma en de keuzedelen van de route bespreekt en "
          "daarover advies geeft aan de routeleider;",
          "vakmensen leveren voor de beoordeling van de proeve van bekwaamheid in routejaar 5."),
        P("2. De routeleider nodigt nieuwe bedrijven uit als het aantal plaatsen tekortschiet."),

        H("\u00a7 3 Routeleiding"),
        P("1. De leiding over de route ligt bij een routeleider en een plaatsvervangend routeleider. "
          "De routeleider is de teamleider Leisure & Hospitality van het Rijnpoort College; de "
          "plaatsvervanger is de afdelingsleider bovenbouw van het Poortcollege."),
        P("2. De beide colleges van bestuur benoemen de routeleider en de plaatsvervanger gezamenlijk, "
          "bij schriftelijk besluit, op voordracht van de eigen directeur, voor vier jaar. Zij kunnen "
          "de benoeming op dezelfde wijze intrekken."),
        P("3. De colleges van bestuur dragen de routeleiding op: het opstellen van het PTA/OER, de "
          "jaarplanning en het rooster, het verdelen van het werk over de docenten die partijen "
          "beschikbaar stellen, het onderhouden van de contacten met de werkgevers uit \u00a7 2 en "
          "het begeleiden van leerlingen die van pad willen veranderen (\u00a7 6)."),
        P("4. De routeleiding mag zelfstandig verplichtingen aangaan tot \u20ac 10.000 per schooljaar "
          "binnen de vastgestelde begroting en beslist zelf over rooster, groepen, keuzedelen en "
          "stageplaatsing. Voor al het andere, waaronder personeelsformatie, toelatingsbeleid en "
          "vaststelling van het PTA/OER, is een besluit van beide colleges van bestuur nodig."),

        H("\u00a7 4 Rekenschap aan de besturen"),
        P("1. De routeleider informeert beide colleges van bestuur elk half jaar, in februari en in "
          "augustus, met een schriftelijke halfjaarrapportage over instroom, voortgang, uitval, "
          "examenresultaten, stageplaatsen en uitgaven."),
        P("2. Ieder jaar in september houden de colleges van bestuur met de routeleiding een "
          "evaluatiegesprek, waarin de routeleiding verantwoording aflegt over het afgelopen "
          "schooljaar en een jaarplan voor het nieuwe schooljaar voorlegt."),
        P("3. Bij problemen die de continu\u00efteit van de route raken, informeert de routeleider "
          "beide colleges van bestuur onmiddellijk."),

        H("\u00a7 5 Vorm en organisatie van het onderwijs"),
        P("1. Routejaar 1 en 2 worden gegeven op het Poortcollege Duiven. In routejaar 2 volgen de "
          "leerlingen twee dagdelen per week onderwijs in het leerhotel van het Rijnpoort College in "
          "Arnhem. De mbo-fase wordt gegeven op het Rijnpoort College en bij de leerbedrijven."),
        P("2. Het onderwijsprogramma en de examinering per leerjaar zijn beschreven in het gezamenlijke "
          "PTA/OER, waarin staat welke onderdelen tot het vmbo en welke tot het mbo behoren."),
        P("3. Het onderwijs wordt verzorgd door een vast team van drie HBR-docenten van het "
          "Poortcollege en twee docenten leisure van het Rijnpoort College. Voor het "
          "vakoverstijgende onderdeel Gastvrijheid en evenementen werkt dit team volgens artikel "
          "7.13a WVO 2020 en artikel 9.1.12 WEB. De docenten van het Rijnpoort College verzorgen in "
          "routejaar 2 de lessen in het leerhotel; de docenten blijven in dienst van hun eigen "
          "werkgever."),
        P("4. Het Rijnpoort College stelt het leerhotel, de evenementenzaal en de "
          "receptiesimulatie beschikbaar; het Poortcollege de praktijkkeuken en het leerrestaurant. "
          "Beide partijen stellen hun ruimtes en materialen aan elkaars leerlingen en docenten "
          "ter beschikking volgens het rooster."),
        P("5. Klachten over een medewerker van de andere partij worden behandeld volgens de "
          "klachtenregeling van de partij waar de leerling of student staat ingeschreven, met "
          "medewerking van de andere partij."),

        H("\u00a7 6 Een ander pad"),
        P("1. Verlaat een leerling de route in routejaar 1 of 2, dan vervolgt hij de "
          "kaderberoepsgerichte leerweg op het Poortcollege, in het profiel HBR of een ander profiel, "
          "en legt hij daar het eindexamen af."),
        P("2. Stopt een student in de mbo-fase, dan kan hij op het Rijnpoort College overstappen naar "
          "een andere opleiding op niveau 3, zoals Zelfstandig werkend kok of Zelfstandig werkend "
          "gastheer/gastvrouw, of, als dat beter bij hem past, naar een opleiding op niveau 2."),
        P("3. Is een leerling afgewezen voor het vmbo-examen of heeft hij aan het eind van routejaar 3 "
          "zijn vmbo-diploma niet, dan kan hij op het Rijnpoort College doorgaan in zijn opleiding of "
          "een andere opleiding van vergelijkbaar niveau, ook zonder vmbo-diploma. Het Poortcollege "
          "biedt hem de mogelijkheid het examen opnieuw te doen."),
        P("4. Wil de leerling naar een andere school of instelling, dan helpen partijen hem daarbij "
          "en dragen zij de gegevens over, met zijn toestemming en die van zijn ouders."),
        P("5. Routeleider en plaatsvervanger bepalen samen welk vervolg wordt geboden. Zij doen dat na "
          "een gesprek met de leerling en zijn ouders en kijken daarbij naar het niveau dat de "
          "leerling heeft bereikt en naar zijn leeftijd."),

        H("\u00a7 7 Middelen"),
        P("1. Het Poortcollege draagt op grond van artikel 5.42a WVO 2020 voor iedere leerling in "
          "routejaar 2 (teldatum 1 oktober) \u20ac 640 over aan het Rijnpoort College, bestemd voor de "
          "lessen van de docenten leisure in het leerhotel en het gebruik van het leerhotel en de "
          "evenementenzaal."),
        P("2. Het Rijnpoort College draagt op grond van artikel 9.1.15 WEB voor iedere student in de "
          "mbo-fase die nog een vmbo-examen aflegt \u20ac 250 over aan het Poortcollege, bestemd voor de "
          "afname en de begeleiding van dat examen."),
        P("3. Beide bedragen worden in januari verrekend. Verder worden geen middelen overgedragen."),

        H("\u00a7 8 Routeraad en medezeggenschap"),
        P("1. De medezeggenschapsraad van het Poortcollege en de studentenraad van het Rijnpoort "
          "College blijven ieder bevoegd voor hun eigen leerlingen en studenten."),
        P("2. Daarnaast stellen partijen een routeraad in, met twee leerlingen uit de vo-fase, twee "
          "studenten uit de mbo-fase, een ouder en een docent van iedere partij. De routeraad komt "
          "ten minste drie keer per jaar bijeen met de routeleider, heeft het recht gevraagd en "
          "ongevraagd advies te geven over alles wat de route betreft en krijgt op een advies binnen "
          "vier weken een schriftelijk antwoord."),
        P("3. Het PTA/OER wordt pas vastgesteld nadat de routeraad daarover advies heeft kunnen geven."),

        H("\u00a7 9 Conflicten tussen partijen"),
        P("1. Ontstaat tussen partijen een conflict over de uitvoering van deze overeenkomst, dan "
          "leggen zij dit eerst voor aan de routeleiding en, als die er binnen vier weken niet uitkomt, "
          "aan een overleg van beide colleges van bestuur."),
        P("2. Is het conflict acht weken na het eerste bestuurlijk overleg niet opgelost, dan kan ieder "
          "van partijen het voorleggen aan de Rechtbank Gelderland."),

        H("\u00a7 10 Duur, aansluiting van anderen, wijziging en einde"),
        P("1. Deze overeenkomst geldt voor onbepaalde tijd vanaf 1 augustus 2025."),
        P("2. Een andere school voor vmbo of een andere mbo-instelling kan zich bij de route aansluiten "
          "als zij het profiel of de opleiding kan verzorgen, de overeenkomst schriftelijk aanvaardt "
          "en beide partijen instemmen. De aansluiting gaat in op 1 augustus volgend op de "
          "ondertekening van een aansluitingsverklaring."),
        P("3. Deze overeenkomst wordt alleen gewijzigd bij een schriftelijk stuk dat door beide "
          "colleges van bestuur is ondertekend, nadat de routeraad advies heeft kunnen geven. "
          "Wijzigingen die nadelig zijn voor leerlingen gelden alleen voor nieuwe cohorten."),
        P("4. Iedere partij kan de overeenkomst schriftelijk opzeggen met een termijn van minimaal "
          "twaalf maanden, tegen 1 augustus. Bij een ernstige tekortkoming die na schriftelijke "
          "aanmaning niet binnen twee maanden is hersteld, kan een partij de overeenkomst ontbinden."),
        P("5. Na opzegging of ontbinding worden geen nieuwe leerlingen toegelaten. Leerlingen en "
          "studenten die de route al volgen, kunnen haar bij beide partijen afmaken; partijen blijven "
          "daarvoor docenten, ruimtes en de afspraken uit \u00a7 7 beschikbaar houden."),
        P("Aldus overeengekomen en ondertekend te Arnhem op 30 juni 2025."),
        SIG(["Stichting Voortgezet Onderwijs Rijn-Waal",
             "A.W. Gerritsen MBA, voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum Gelderse Poort",
             "drs. B.J. Hakvoort, voorzitter college van bestuur"]),
    ]



# =========================================================================== h407
@doc(407, "geintegreerde_route_artikelen_leden_autotechniek_noorderkwartier", "pdf",
     "Formele overeenkomst voor een geintegreerde route met artikelen en leden, kop- en "
     "voettekst en tekentabel, PDF, Noorderkwartier, Mobiliteit en transport bb naar mbo-2 "
     "Autotechnicus; uitstappers gaan automatisch naar Entree, verantwoording op nader te bepalen "
     "wijze, niets over geld",
     st(d="weak", f="weak", g="missing"),
     {"a": "Artikel 2. Inhoud van de ge\u00efntegreerde route",
      "b": "Artikel 3. Rol van de autobranche",
      "c": "Artikel 4. Leiding van de ge\u00efntegreerde route",
      "e": "Artikel 6. Onderwijs, examinering, personeel en voorzieningen",
      "h": "Artikel 8. Medezeggenschap",
      "i": "Artikel 9. Geschillen",
      "j": "Artikel 10. Duur, toetreding, wijziging en be\u00ebindiging"},
     header="Samenwerkingsovereenkomst ge\u00efntegreerde route Autotechniek \u2013 Noorderkwartier",
     footer="Vakcollege De Schermer / Noorderwerf College")
def h407():
    return [
        T("Samenwerkingsovereenkomst ge\u00efntegreerde route vmbo-basisberoepsopleiding "
          "Autotechniek"),
        S("Vakcollege De Schermer \u2013 Noorderwerf College, regio Noorderkwartier"),
        H("Partijen"),
        P("I. Stichting Openbaar Onderwijs Noorderkwartier, gevestigd te Heerhugowaard, bevoegd gezag "
          "van Vakcollege De Schermer, school voor voorbereidend beroepsonderwijs, rechtsgeldig "
          "vertegenwoordigd door de heer J.P. Schoorl, voorzitter van het college van bestuur, hierna "
          "te noemen: \u201cde school\u201d;"),
        P("II. Stichting Regionaal Opleidingencentrum Noorderkwartier, gevestigd te Alkmaar, bevoegd "
          "gezag van het Noorderwerf College, rechtsgeldig vertegenwoordigd door mevrouw mr. I.C. "
          "Dekker, voorzitter van het college van bestuur, hierna te noemen: \u201chet ROC\u201d."),
        H("Artikel 1. Begrippen"),
        P("1. Ge\u00efntegreerde route: het onderwijsprogramma bedoeld in artikel 2.107l WVO 2020 en "
          "artikel 9.1.17 WEB, dat begint in leerjaar 3 van de basisberoepsgerichte leerweg en leidt "
          "tot het diploma van een basisberoepsopleiding."),
        P("2. Routeleerling: een leerling of student die aan de ge\u00efntegreerde route deelneemt."),
        P("3. Stuurgroep: het orgaan bedoeld in artikel 4."),

        H("Artikel 2. Inhoud van de ge\u00efntegreerde route"),
        P("1. Partijen verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk een "
          "ge\u00efntegreerde route voor leerlingen van de basisberoepsgerichte leerweg van Vakcollege "
          "De Schermer met het profiel Mobiliteit en transport. De route leidt tot het diploma van de "
          "basisberoepsopleiding Autotechnicus, niveau 2, van het ROC (kwalificatiedossier "
          "Autotechniek, opleidingsdomein Mobiliteit en voertuigen)."),
        P("2. De route duurt vier jaar: leerjaar 3 en 4 van de school en twee jaar mbo. De school neemt "
          "geen eindexamen basisberoepsgerichte leerweg af; de leerling sluit de route af met het "
          "mbo-diploma."),
        P("3. Een leerling neemt alleen deel na overleg met de leerling en zijn ouders en na overleg "
          "tussen de mentor van de school en de opleidingsmanager van het ROC."),

        H("Artikel 3. Rol van de autobranche"),
        P("1. Autobedrijf Kaag te Heerhugowaard, Garage Van der Velden Schermerhorn, Truckservice "
          "Langedijk en de regio Noord-Holland Noord van BOVAG zijn bij de route betrokken."),
        P("2. Deze bedrijven stellen vanaf leerjaar 4 samen ten minste tien leerplaatsen per jaar "
          "beschikbaar als door SBB erkend leerbedrijf, leveren per schooljaar drie "
          "praktijkopdrachten (onderhoudsbeurt, bandenwissel en uitlijnen, diagnose met "
          "uitleesapparatuur) en laten hun werkplaatschefs meebeoordelen bij de "
          "praktijkexamens."),
        P("3. BOVAG Noord-Holland Noord neemt deel aan de werkveldcommissie Mobiliteit van het ROC, die "
          "twee keer per jaar adviseert over de inhoud van het programma en over nieuwe "
          "ontwikkelingen zoals elektrische aandrijving."),

        H("Artikel 4. Leiding van de ge\u00efntegreerde route"),
        P("1. De ge\u00efntegreerde route wordt geleid door een stuurgroep, bestaande uit de "
          "teamleider bovenbouw van de school, de opleidingsmanager Mobiliteit van het ROC en de "
          "routeco\u00f6rdinator."),
        P("2. De teamleider en de opleidingsmanager worden door het college van bestuur van hun eigen "
          "stichting aangewezen. De routeco\u00f6rdinator wordt door de colleges van bestuur van beide "
          "partijen gezamenlijk benoemd voor een periode van drie jaar."),
        P("3. De stuurgroep heeft tot taak het opstellen van het gezamenlijke onderwijs- en "
          "examenprogramma, het rooster, de inzet van het personeel binnen de formatie die de "
          "besturen beschikbaar stellen, het contact met de leerbedrijven en de begeleiding van "
          "routeleerlingen."),
        P("4. De stuurgroep is bevoegd zelfstandig te besluiten over het rooster, de groepsindeling, "
          "de plaatsing bij leerbedrijven en de keuzedelen. Besluiten over de formatie, de "
          "toelating van leerlingen en de vaststelling van het onderwijs- en examenprogramma zijn "
          "voorbehouden aan de colleges van bestuur."),

        H("Artikel 5. Verantwoording"),
        P("De stuurgroep informeert de colleges van bestuur over de gang van zaken in de route en legt "
          "aan hen verantwoording af op een wijze die de colleges van bestuur nader zullen bepalen."),

        H("Artikel 6. Onderwijs, examinering, personeel en voorzieningen"),
        P("1. Leerjaar 3 wordt gegeven op de locatie van de school in Heerhugowaard. In leerjaar 4 "
          "volgen de routeleerlingen twee dagen per week onderwijs in de autowerkplaats van het ROC "
          "in Alkmaar. Het mbo-deel wordt gegeven op het ROC en bij de leerbedrijven."),
        P("2. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar worden "
          "beschreven in een gezamenlijk onderwijs- en examenprogramma. Daarin staat welke "
          "onderdelen tot het vo-programma en welke tot het mbo-programma behoren."),
        P("3. Het onderwijs wordt verzorgd door \u00e9\u00e9n team van twee docenten "
          "mobiliteit en transport van de school en twee docenten autotechniek van het ROC. Voor "
          "de vakoverstijgende onderdelen werkt het team volgens artikel 7.13a WVO 2020 en artikel "
          "9.1.12 WEB. De docenten van het ROC verzorgen in leerjaar 4 de lessen in de autowerkplaats. "
          "Ieder blijft in dienst van de eigen werkgever."),
        P("4. Het ROC stelt de autowerkplaats, de hefbruggen, de diagnoseapparatuur en de "
          "oefenvoertuigen beschikbaar; de school het praktijklokaal mobiliteit en de "
          "fietswerkplaats. Routeleerlingen en docenten van beide partijen gebruiken deze "
          "voorzieningen volgens het rooster."),
        P("5. Tot en met leerjaar 4 staat de routeleerling ingeschreven bij de school, daarna bij "
          "het ROC. Klachten over een medewerker van de andere partij worden behandeld volgens de "
          "klachtenregeling van de partij waar de routeleerling is ingeschreven."),

        H("Artikel 7. Voortijdig verlaten van de route"),
        P("1. Een routeleerling die de ge\u00efntegreerde route voortijdig verlaat, wordt door het ROC "
          "ingeschreven in de Entree-opleiding en stroomt daar direct in."),
        P("2. De routeco\u00f6rdinator zorgt voor de inschrijving en voor een overdrachtsgesprek met "
          "de leerling en zijn ouders."),

        H("Artikel 8. Medezeggenschap"),
        P("1. Voor routeleerlingen die bij de school staan ingeschreven, geldt de "
          "medezeggenschapsraad van de school; voor routeleerlingen die bij het ROC staan "
          "ingeschreven de studentenraad van het ROC."),
        P("2. Partijen spreken daarnaast af dat ouders van routeleerlingen in het mbo-deel lid kunnen "
          "blijven van de ouderraad van de school tot het einde van de route, en dat de studentenraad "
          "van het ROC ieder jaar in het voorjaar een gezamenlijke vergadering houdt met de "
          "leerlingengeleding van de medezeggenschapsraad van de school over de route."),
        P("3. Een voorstel tot wijziging van het onderwijs- en examenprogramma wordt voor advies "
          "voorgelegd aan de medezeggenschapsraad van de school en de studentenraad van het ROC."),

        H("Artikel 9. Geschillen"),
        P("1. Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst in de "
          "stuurgroep besproken en, als zij daar binnen een maand niet zijn opgelost, in een overleg "
          "tussen de voorzitters van de colleges van bestuur."),
        P("2. Wordt het geschil niet binnen twee maanden na dat overleg opgelost, dan proberen "
          "partijen het met behulp van een mediator op te lossen."),
        P("3. Slaagt de mediation niet, dan wordt het geschil beslecht door arbitrage volgens het "
          "Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit "
          "\u00e9\u00e9n arbiter; de plaats van arbitrage is Alkmaar."),

        H("Artikel 10. Duur, toetreding, wijziging en be\u00ebindiging"),
        P("1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        P("2. Een andere school voor voorbereidend beroepsonderwijs of een andere instelling kan tot "
          "deze overeenkomst toetreden als zij het profiel Mobiliteit en transport respectievelijk "
          "de opleiding Autotechnicus aanbiedt, de overeenkomst schriftelijk aanvaardt en beide "
          "partijen schriftelijk instemmen. De toetreding gaat in bij het begin van een schooljaar."),
        P("3. Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk en met handtekening "
          "van beide partijen. Een wijziging van het programma geldt niet voor routeleerlingen die al "
          "zijn begonnen, tenzij de wijziging voor hen gunstig is."),
        P("4. Ieder van partijen kan deze overeenkomst schriftelijk opzeggen tegen het einde van een "
          "schooljaar, met een opzegtermijn van ten minste een jaar. Na opzegging worden geen "
          "leerlingen meer tot de route toegelaten; routeleerlingen die al zijn begonnen, maken de "
          "route bij beide partijen af."),
        P("5. Ieder van partijen kan de overeenkomst ontbinden als de andere partij ernstig tekortschiet "
          "en dat niet herstelt binnen zestig dagen na een schriftelijke aanmaning. Lid 4, tweede "
          "zin, is dan van overeenkomstige toepassing."),

        H("Ondertekening"),
        TB([["Stichting Openbaar Onderwijs Noorderkwartier",
             "Stichting Regionaal Opleidingencentrum Noorderkwartier"],
            ["J.P. Schoorl\nvoorzitter college van bestuur", "mr. I.C. Dekker\nvoorzitter college "
             "van bestuur"],
            ["Heerhugowaard, 25 juni 2025", "Alkmaar, 25 juni 2025"],
            ["handtekening:\n\n\n", "handtekening:\n\n\n"]], header=True),
    ]



# =========================================================================== h408
@doc(408, "nominale_stijl_romeinse_artikelen_inhoud_bouw_oostelijk_zuid_limburg", "docx",
     "Bestuurlijke overeenkomst in nominale, passieve stijl met inhoudsopgave, considerans, "
     "begripsbepalingen en Romeins genummerde artikelen, DOCX, Oostelijk Zuid-Limburg, Bouwen, "
     "wonen en interieur gl naar mbo-4 Middenkaderfunctionaris bouw; volledig, overdracht als "
     "percentage met bestemming, medezeggenschapsartikel beschrijft alleen de wet en wat partijen "
     "kunnen afspreken",
     st(h="not_applicable"),
     {"a": "Artikel II \u2013 Voorwerp van de overeenkomst",
      "b": "Artikel III \u2013 Inbreng van bouwbedrijven",
      "c": "Artikel IV \u2013 Aansturing",
      "d": "Artikel V \u2013 Informatievoorziening en rekenschap",
      "e": "Artikel VI \u2013 Onderwijskundige en organisatorische vormgeving",
      "f": "Artikel VII \u2013 Alternatieve leerwegen bij be\u00ebindiging van deelname",
      "g": "Artikel VIII \u2013 Financi\u00eble bepalingen",
      "i": "Artikel X \u2013 Beslechting van meningsverschillen",
      "j": "Artikel XI \u2013 Looptijd, toetreding, wijziging en opzegging"},
     header="Carboon College \u2013 Schachtpoort College | Overeenkomst doorlopende leerroute Bouw",
     footer="")
def h408():
    toc = ["Artikel I \u2013 Begripsbepalingen",
           "Artikel II \u2013 Voorwerp van de overeenkomst",
           "Artikel III \u2013 Inbreng van bouwbedrijven",
           "Artikel IV \u2013 Aansturing",
           "Artikel V \u2013 Informatievoorziening en rekenschap",
           "Artikel VI \u2013 Onderwijskundige en organisatorische vormgeving",
           "Artikel VII \u2013 Alternatieve leerwegen bij be\u00ebindiging van deelname",
           "Artikel VIII \u2013 Financi\u00eble bepalingen",
           "Artikel IX \u2013 Medezeggenschap",
           "Artikel X \u2013 Beslechting van meningsverschillen",
           "Artikel XI \u2013 Looptijd, toetreding, wijziging en opzegging",
           "Artikel XII \u2013 Slotbepaling"]
    return [
        T("Overeenkomst inzake de doorlopende leerroute vmbo-mbo Bouw Oostelijk Zuid-Limburg"),
        S("Carboon College (gemengde leerweg, Bouwen, wonen en interieur) \u2013 Schachtpoort "
          "College (Middenkaderfunctionaris bouw)"),
        P("Inhoud"),
        B(*toc),
        H("Partijen"),
        P("De Stichting voor Voortgezet Onderwijs Heuvelland-Oost, gevestigd te Kerkrade, bevoegd "
          "gezag van het Carboon College, school voor vmbo, ten deze vertegenwoordigd door de "
          "voorzitter van het college van bestuur, de heer drs. L.J.M. Offermans, hierna: de School;"),
        P("en"),
        P("de Stichting Regionaal Opleidingencentrum Oostelijk Zuid-Limburg, gevestigd te Heerlen, "
          "bevoegd gezag van het Schachtpoort College, ten deze vertegenwoordigd door de voorzitter "
          "van het college van bestuur, mevrouw dr. E.M.C. Brouns-Vliegen, hierna: het ROC;"),
        H("Considerans"),
        P("in aanmerking nemende dat:"),
        B("de vraag naar uitvoerders en werkvoorbereiders in de bouw in Oostelijk Zuid-Limburg de "
          "komende jaren door de verduurzamingsopgave van de woningvoorraad sterk zal toenemen;",
          "een aanzienlijk deel van de leerlingen van de gemengde leerweg van de School na het "
          "vmbo doorstroomt naar een bouwopleiding op niveau 4 van het ROC;",
          "partijen de overgang tussen vmbo en mbo willen wegnemen en de leerlingen een "
          "samenhangend programma willen bieden;"),
        P("komen het volgende overeen:"),

        H("Artikel I \u2013 Begripsbepalingen"),
        P("In deze overeenkomst wordt verstaan onder:"),
        B("route: de doorlopende leerroute bedoeld in artikel II;",
          "routejaar: een jaar van de route; routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van "
          "de gemengde leerweg, routejaar 3 tot en met 5 vormen de mbo-fase;",
          "routeoverleg: het orgaan bedoeld in artikel IV;",
          "PTA/OER: het programma van toetsing en afsluiting en de onderwijs- en examenregeling "
          "die voor de route gezamenlijk worden vastgesteld."),

        H("Artikel II \u2013 Voorwerp van de overeenkomst"),
        P("1. Voorwerp van deze overeenkomst is het gezamenlijk verzorgen, met ingang van het "
          "schooljaar 2025-2026, van een doorlopende leerroute vmbo-mbo, aansluitend op het "
          "beroepsgerichte profiel Bouwen, wonen en interieur in de gemengde leerweg van de School "
          "en leidend tot het diploma van de middenkaderopleiding Middenkaderfunctionaris bouw, "
          "niveau 4, beroepsopleidende leerweg, in het opleidingsdomein Bouw en infra van het ROC."),
        P("2. Afname van het centraal examen van de gemengde leerweg vindt plaats in routejaar 2."),
        P("3. De jaarlijkse instroom bedraagt ten hoogste twintig leerlingen."),

        H("Artikel III \u2013 Inbreng van bouwbedrijven"),
        P("1. Deelname aan de route is toegezegd door Bouwbedrijf Wetzels-Houben te Landgraaf, "
          "Aannemersbedrijf Coumans te Simpelveld en Bouwmensen Zuid-Limburg, opleidingsbedrijf van "
          "de bouwsector, alsmede door de afdeling Limburg van Bouwend Nederland."),
        P("2. De inbreng van deze bedrijven omvat: het jaarlijks ter beschikking stellen van twee "
          "bouwprojecten als praktijkopdracht voor routejaar 1 en 2; de ontvangst van leerlingen op "
          "de bouwplaats voor ten minste drie excursies per schooljaar; het aanbieden van ten "
          "minste twaalf plaatsen voor beroepspraktijkvorming per cohort vanaf routejaar 3; en de "
          "deelname van uitvoerders aan de beoordeling van de praktijkexamens."),
        P("3. Advisering over de inhoud van het programma en de keuzedelen geschiedt door de "
          "werkveldraad Bouw van het ROC, waarin twee vertegenwoordigers van genoemde bedrijven "
          "zitting hebben en die tweemaal per jaar bijeenkomt."),

        H("Artikel IV \u2013 Aansturing"),
        P("1. De aansturing van de route is belegd bij een routeoverleg, samengesteld uit de "
          "afdelingsleider bovenbouw gemengde leerweg van de School, de opleidingsmanager Bouw van "
          "het ROC en een routemanager."),
        P("2. Aanwijzing van de afdelingsleider en de opleidingsmanager als lid geschiedt door het "
          "college van bestuur van de eigen stichting. Benoeming van de routemanager geschiedt door "
          "beide colleges van bestuur gezamenlijk, voor een termijn van drie jaar, met de "
          "mogelijkheid van eenmalige herbenoeming."),
        P("3. Aan het routeoverleg zijn opgedragen: de opstelling van het PTA/OER, de jaarplanning, "
          "de roostering, de toedeling van lessen aan leraren en docenten, de onderhouding van de "
          "contacten met de bouwbedrijven, de begeleiding van leerlingen bij de beslissingen "
          "bedoeld in artikel VII en de kwaliteitszorg."),
        P("4. Het routeoverleg is bevoegd tot het nemen van besluiten over rooster, groepsindeling, "
          "keuzedelen en plaatsing in de beroepspraktijkvorming, alsmede tot het aangaan van "
          "uitgaven tot een bedrag van \u20ac 12.000 per schooljaar binnen de vastgestelde begroting. "
          "Besluitvorming over formatie, begroting, toelatingsbeleid en vaststelling van het PTA/OER "
          "blijft voorbehouden aan de colleges van bestuur."),

        H("Artikel V \u2013 Informatievoorziening en rekenschap"),
        P("1. Informatieverstrekking aan beide colleges van bestuur vindt driemaal per schooljaar "
          "plaats door middel van een managementrapportage, uiterlijk op 1 december, 1 april en 1 "
          "juli, met gegevens over instroom, voortgang, uitval, resultaten, beroepspraktijkvorming "
          "en uitputting van het budget."),
        P("2. Verantwoording over het afgelopen schooljaar wordt door het routeoverleg afgelegd in "
          "het bestuurlijk overleg dat jaarlijks v\u00f3\u00f3r 1 november plaatsvindt, op basis "
          "van een schriftelijk jaarverslag."),

        H("Artikel VI \u2013 Onderwijskundige en organisatorische vormgeving"),
        P("1. Verzorging van routejaar 1 en 2 vindt plaats op de locatie Kerkrade van de School, met "
          "in routejaar 2 \u00e9\u00e9n lesdag per week in de bouwhal van het ROC te Heerlen. De "
          "mbo-fase wordt verzorgd op de locatie Heerlen van het ROC en bij de leerbedrijven."),
        P("2. Beschrijving van het onderwijsprogramma en de examinering per leerjaar vindt plaats in "
          "het PTA/OER, met vermelding van de onderdelen die behoren tot het vo-programma, het "
          "mbo-programma of beide."),
        P("3. Inzet van personeel: het onderwijs wordt verzorgd door een docententeam, bestaande uit "
          "drie leraren BWI van de School en twee docenten bouwkunde van het ROC. Voor het "
          "vakoverstijgende onderdeel Ontwerpen en realiseren wordt gebruikgemaakt van artikel "
          "7.13a WVO 2020 en artikel 9.1.12 WEB. De docenten bouwkunde van het ROC verzorgen in "
          "routejaar 2 de lessen in de bouwhal en de lessen bouwkundig tekenen (BIM). Ieder blijft "
          "in dienst van de eigen werkgever."),
        P("4. Gebruik van faciliteiten: de bouwhal, de BIM-werkplekken en de meetapparatuur van het "
          "ROC en het houtbewerkingslokaal en de schilderwerkplaats van de School worden over en "
          "weer ter beschikking gesteld aan leerlingen en personeel van de route, volgens het "
          "rooster."),
        P("5. Klachten over gedragingen van personeel van de andere partij worden behandeld volgens "
          "de klachtenregeling van de partij bij wie de leerling is ingeschreven, met medewerking "
          "van de andere partij."),

        H("Artikel VII \u2013 Alternatieve leerwegen bij be\u00ebindiging van deelname"),
        P("1. Bij be\u00ebindiging van deelname in routejaar 1 of 2 wordt de opleiding voortgezet in "
          "de gemengde leerweg van de School, in het profiel Bouwen, wonen en interieur of een ander "
          "profiel, met afsluiting door het eindexamen."),
        P("2. Bij afwijzing voor het eindexamen, of bij het ontbreken van het vmbo-diploma aan het "
          "einde van routejaar 3, is voortzetting mogelijk in de opleiding Middenkaderfunctionaris "
          "bouw of in een andere opleiding van het ROC op niveau 3 of 4, zonder toepassing van de "
          "vooropleidingseisen; de School biedt gelegenheid tot herkansing van het eindexamen."),
        P("3. Bij be\u00ebindiging van deelname in de mbo-fase is overstap mogelijk naar een andere "
          "opleiding van het ROC op niveau 4, bijvoorbeeld Middenkaderfunctionaris infra, of, "
          "indien passender, naar de vakopleiding Allround timmerman op niveau 3."),
        P("4. Bij overstap naar een andere instelling wordt door de partij van inschrijving "
          "zorggedragen voor een warme overdracht en medewerking verleend aan het onderzoek naar de "
          "geschiktheid van de leerling."),
        P("5. De keuze voor een alternatief wordt gemaakt bij gezamenlijk oordeel van de "
          "afdelingsleider en de opleidingsmanager, na overleg met de leerling en zijn ouders, met "
          "inachtneming van het bereikte onderwijsniveau en de leeftijd van de leerling."),

        H("Artikel VIII \u2013 Financi\u00eble bepalingen"),
        P("1. Met toepassing van artikel 5.42a WVO 2020 wordt door de School aan het ROC "
          "overgedragen: voor iedere leerling die op 1 oktober in routejaar 2 is ingeschreven, twaalf "
          "procent van de bekostiging die de School voor die leerling ontvangt. Voor het "
          "schooljaar 2025-2026 komt dit neer op \u20ac 1.020 per leerling."),
        P("2. Het overgedragen bedrag is bestemd voor de lessen van de docenten bouwkunde in de "
          "bouwhal en de BIM-lessen in routejaar 2, het gebruik van de bouwhal en de "
          "verbruiksmaterialen."),
        P("3. Betaling vindt plaats in twee termijnen, op 1 januari en 1 juni. Overige kosten komen "
          "voor rekening van de partij die ze maakt."),

        H("Artikel IX \u2013 Medezeggenschap"),
        P("Voor leerlingen die bij de School staan ingeschreven, hun ouders en het personeel van de "
          "School geldt de Wet medezeggenschap op scholen. Voor studenten die bij het ROC staan "
          "ingeschreven en hun ouders gelden de bepalingen van de Wet educatie en beroepsonderwijs, "
          "en voor het personeel van het ROC de Wet op de ondernemingsraden. Partijen kunnen "
          "aanvullend op deze regels afspraken maken over de medezeggenschap in de route."),

        H("Artikel X \u2013 Beslechting van meningsverschillen"),
        P("1. Meningsverschillen tussen partijen over de uitvoering van deze overeenkomst worden in "
          "eerste instantie besproken in het routeoverleg en vervolgens, indien nodig, in het "
          "bestuurlijk overleg tussen de voorzitters van de colleges van bestuur."),
        P("2. Indien het meningsverschil binnen acht weken na bespreking in het bestuurlijk overleg "
          "niet is opgelost, wordt het voorgelegd aan een door partijen gezamenlijk aan te wijzen "
          "bemiddelaar."),
        P("3. Leidt de bemiddeling niet binnen drie maanden tot overeenstemming, dan is de Rechtbank "
          "Limburg bevoegd van het geschil kennis te nemen."),

        H("Artikel XI \u2013 Looptijd, toetreding, wijziging en opzegging"),
        P("1. Deze overeenkomst wordt aangegaan voor onbepaalde tijd, met ingang van 1 augustus 2025."),
        P("2. Toetreding van een andere school voor vmbo of een andere instelling voor "
          "beroepsonderwijs is mogelijk, mits deze het profiel of de opleiding van de route verzorgt, "
          "alle bepalingen van deze overeenkomst schriftelijk aanvaardt en beide partijen "
          "schriftelijk instemmen. De toetreding gaat in per 1 augustus; melding aan DUO geschiedt "
          "door de toetredende partij."),
        P("3. Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk, met ondertekening "
          "door beide colleges van bestuur. Wijzigingen van het programma worden niet toegepast op "
          "een lopend cohort, tenzij zij voor de leerlingen gunstig zijn."),
        P("4. Opzegging is mogelijk per 1 augustus van enig jaar, met inachtneming van een termijn "
          "van ten minste twaalf maanden, bij aangetekende brief. Na opzegging vindt geen instroom "
          "van nieuwe leerlingen meer plaats. Leerlingen die op het moment van opzegging aan de "
          "route deelnemen, wordt afronding van de route bij beide partijen gegarandeerd, onder "
          "handhaving van de inzet van personeel en faciliteiten en van de financi\u00eble "
          "bepalingen van artikel VIII."),

        H("Artikel XII \u2013 Slotbepaling"),
        P("Op deze overeenkomst is Nederlands recht van toepassing."),
        P("Aldus overeengekomen en in tweevoud ondertekend te Heerlen op 23 juni 2025."),
        SIG(["Stichting voor Voortgezet Onderwijs Heuvelland-Oost", "", "",
             "drs. L.J.M. Offermans", "voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum Oostelijk Zuid-Limburg", "", "",
             "dr. E.M.C. Brouns-Vliegen", "voorzitter college van bestuur"]),
    ]


# =========================================================================== main
def out_path(d):
    return os.path.join(HERE, d["name"] + "." + d["fmt"])


def expected(d):
    return {"description": d["description"], "split": "heldout",
            "statuses": d["statuses"], "evidence": d["evidence"]}


def build(d):
    blocks = d["blocks"]()
    path = out_path(d)
    if d["fmt"] == "pdf":
        render_pdf(path, blocks, d["header"], d["footer"])
    elif d["fmt"] == "docx":
        render_docx(path, blocks, d["header"], d["footer"])
    elif d["fmt"] in ("txt", "md"):
        render_text(path, blocks, md=d["fmt"] == "md")
    else:
        raise ValueError(d["fmt"])
    with open(os.path.join(HERE, d["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write(json.dumps(expected(d), ensure_ascii=False, indent=2) + "\n")
    print("wrote", os.path.basename(path))


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        n = len(pdf)
        pdf.close()
        return "\n".join(parts), n
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            names = ["word/document.xml"] + sorted(
                n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml$", n))
            parts = []
            for n in names:
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<w:tab/>|<w:br/>", " ", x)
                x = re.sub(r"<[^>]+>", "", x)
                parts.append(html.unescape(x))
        return "\n".join(parts), None
    with open(path, encoding="utf-8") as fh:
        return fh.read(), None


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split())


def check(nums):
    ok = True
    for n in nums:
        d = DOCS[n]
        path = out_path(d)
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= MAX_BYTES:
                errs.append("too large: %d" % size)
            try:
                text, pages = extract(path)
            except Exception as exc:  # noqa: BLE001
                errs.append("does not open: %r" % exc)
                text, pages = "", None
            nt = norm(text)
            for k, ev in d["evidence"].items():
                if norm(ev) not in nt:
                    errs.append("evidence %s not found: %r" % (k, ev))
            ej = os.path.join(HERE, d["name"] + ".expected.json")
            try:
                with open(ej, encoding="utf-8") as fh:
                    got = json.load(fh)
                if got != expected(d):
                    errs.append("expected.json differs from table")
            except Exception as exc:  # noqa: BLE001
                errs.append("expected.json unreadable: %r" % exc)
            info = "%s %6d bytes %5d words%s" % (d["fmt"], size, len(nt.split()),
                                                  "" if pages is None else " %d pages" % pages)
        print(("OK  " if not errs else "FAIL") + " " + d["name"] + ("  " + info if not errs or
                                                                    os.path.exists(path) else ""))
        for e in errs:
            print("      " + e)
            ok = False
    return ok


def parse_nums(args):
    res = []
    for a in args:
        n = int(a)
        if n < 400:
            n += 400
        if n not in DOCS:
            sys.exit("unknown agreement number: %s" % a)
        res.append(n)
    return res


def main(argv):
    if argv and argv[0] == "--check":
        nums = parse_nums(argv[1:]) or sorted(DOCS)
        sys.exit(0 if check(nums) else 1)
    nums = parse_nums(argv) or sorted(DOCS)
    for n in nums:
        build(DOCS[n])


if __name__ == "__main__":
    main(sys.argv[1:])
