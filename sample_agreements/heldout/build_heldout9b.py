#!/usr/bin/env python3
"""Build held-out sample agreements h129-h136 (split "heldout").

Written by an independent author session from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only -- without looking at the checker code, its models, tests or
benchmarks, or at any other sample agreement, build script or label file.  All schools,
instellingen, companies and people are made up.

Usage:
    python3 build_heldout9b.py             # build all samples
    python3 build_heldout9b.py h129 h131   # build only these
    python3 build_heldout9b.py --check     # verify every produced file
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024

SAMPLES = {}


def sample(num, slug, fmt, description, statuses, evidence):
    """Register a sample; the decorated function returns the document content."""
    assert set(statuses) == set("abcdefghij"), num
    for k, v in statuses.items():
        assert v in ("present", "weak", "missing", "not_applicable"), (num, k, v)
    for k in evidence:
        assert statuses[k] == "present", (num, k)

    def deco(fn):
        SAMPLES[num] = dict(name=f"{num}_{slug}", fmt=fmt, build=fn, expected={
            "description": description,
            "split": "heldout",
            "statuses": dict(sorted(statuses.items())),
            "evidence": dict(sorted(evidence.items())),
        })
        return fn
    return deco


# ---------------------------------------------------------------------------
# Renderers.  Content for PDF/DOCX is a list of blocks:
#   ("title", t) ("subtitle", t) ("h1", t) ("h2", t) ("p", t) ("num", t) ("bullet", t)
#   ("table", rows[, col_fracs]) ("sig", [[lines], [lines]]) ("small", t) ("pagebreak",)
# TXT/MD content is a plain string.
# ---------------------------------------------------------------------------

def render_pdf(path, blocks, *, two_columns=False, title="", author="", font_size=10,
               header=None):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)

    fs = font_size
    base = ParagraphStyle("base", fontName="Helvetica", fontSize=fs, leading=fs * 1.35,
                          spaceAfter=fs * 0.5, alignment=TA_JUSTIFY if two_columns else 0)
    st = {
        "title": ParagraphStyle("title", parent=base, fontName="Helvetica-Bold",
                                fontSize=fs + 5, leading=(fs + 5) * 1.25, alignment=TA_CENTER,
                                spaceAfter=fs),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER,
                                   fontName="Helvetica-Oblique", spaceAfter=fs * 1.2),
        "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=fs + 1.5,
                             leading=(fs + 1.5) * 1.3, spaceBefore=fs * 0.9, spaceAfter=fs * 0.4,
                             alignment=0, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-BoldOblique",
                             spaceBefore=fs * 0.5, spaceAfter=fs * 0.3, alignment=0,
                             keepWithNext=1),
        "p": base,
        "num": ParagraphStyle("num", parent=base, leftIndent=fs * 1.8),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=fs * 1.8,
                                 bulletIndent=fs * 0.6),
        "small": ParagraphStyle("small", parent=base, fontSize=fs - 1.5,
                                leading=(fs - 1.5) * 1.3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=fs - 1, leading=(fs - 1) * 1.25,
                               alignment=0, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName="Helvetica-Bold",
                                fontSize=fs - 1, leading=(fs - 1) * 1.25, alignment=0,
                                spaceAfter=0),
    }
    W, H = A4
    margin = 22 * mm
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=margin, title=title, author=author,
                          subject="", creator="", invariant=1)
    fw = W - 2 * margin
    fh = H - 2 * margin

    def on_page(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        if header:
            canv.drawString(margin, H - margin + 8 * mm, header)
        canv.drawRightString(W - margin, margin - 10 * mm, f"pagina {d.page}")
        canv.restoreState()

    if two_columns:
        gap = 7 * mm
        cw = (fw - gap) / 2
        # first page: full-width title frame above two columns
        tf_h = 42 * mm
        first = [Frame(margin, H - margin - tf_h, fw, tf_h, id="top"),
                 Frame(margin, margin, cw, fh - tf_h, id="l1"),
                 Frame(margin + cw + gap, margin, cw, fh - tf_h, id="r1")]
        later = [Frame(margin, margin, cw, fh, id="l"),
                 Frame(margin + cw + gap, margin, cw, fh, id="r")]
        doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=on_page,
                                           autoNextPageTemplate="later"),
                              PageTemplate(id="later", frames=later, onPage=on_page)])
        avail = cw
    else:
        doc.addPageTemplates([PageTemplate(id="one", frames=[Frame(margin, margin, fw, fh)],
                                           onPage=on_page)])
        avail = fw

    story = []
    in_top = two_columns
    for b in blocks:
        kind = b[0]
        if in_top and kind not in ("title", "subtitle"):
            story.append(FrameBreak())
            in_top = False
        if kind in ("title", "subtitle", "h1", "h2", "p", "num", "small"):
            story.append(Paragraph(escape(b[1]), st[kind]))
        elif kind == "bullet":
            story.append(Paragraph(escape(b[1]), st["bullet"], bulletText="\u2022"))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "spacer":
            story.append(Spacer(1, b[1] if len(b) > 1 else fs))
        elif kind == "table":
            rows = b[1]
            fracs = b[2] if len(b) > 2 else [1.0 / len(rows[0])] * len(rows[0])
            data = [[Paragraph(escape(c), st["cellb" if i == 0 else "cell"]) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[avail * f for f in fracs], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, fs * 0.8))
        elif kind == "sig":
            cols = b[1]
            data = [[Paragraph("<br/>".join(escape(x) for x in col), st["cell"])
                     for col in cols]]
            t = Table(data, colWidths=[avail / len(cols)] * len(cols))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 14)]))
            story.append(t)
        else:
            raise ValueError(kind)
    doc.build(story)


def _fix_docx_zip(path):
    """Rewrite the zip with fixed timestamps and order so rebuilds are byte-identical."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _add_article_numbering(document, lvl0_text, lvl1_text):
    """Add a two-level Word list (auto-numbering) and return its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    numbering = document.part.numbering_part.element
    abs_id = 90
    num_id = 90
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{lvl0_text}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{lvl1_text}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%3."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'))
    return num_id


def _set_num(paragraph, num_id, ilvl):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    pPr = paragraph._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                            f'<w:numId w:val="{num_id}"/></w:numPr>'))


def render_docx(path, blocks, *, title="", author="", autonum=None, font="Calibri",
                font_size=11):
    """autonum: None, or (lvl0_text, lvl1_text); then h1 and num blocks get Word numbering
    (h1 at level 0, num at level 1, "sub" at level 2)."""
    import docx
    from docx.shared import Pt
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(font_size)
    num_id = _add_article_numbering(document, *autonum) if autonum else None
    for b in blocks:
        kind = b[0]
        if kind == "title":
            document.add_paragraph(b[1], style="Title")
        elif kind == "subtitle":
            document.add_paragraph(b[1], style="Subtitle")
        elif kind == "h1":
            p = document.add_paragraph(b[1], style="Heading 1")
            if num_id:
                _set_num(p, num_id, 0)
        elif kind == "h2":
            document.add_paragraph(b[1], style="Heading 2")
        elif kind == "p":
            document.add_paragraph(b[1])
        elif kind == "small":
            p = document.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(font_size - 2)
            r.italic = True
        elif kind == "num":
            if num_id:
                p = document.add_paragraph(b[1])
                _set_num(p, num_id, 1)
            else:
                document.add_paragraph(b[1], style="List Number")
        elif kind == "sub":
            p = document.add_paragraph(b[1])
            _set_num(p, num_id, 2)
        elif kind == "bullet":
            document.add_paragraph(b[1], style="List Bullet")
        elif kind == "pagebreak":
            document.add_page_break()
        elif kind == "spacer":
            document.add_paragraph("")
        elif kind == "table":
            rows = b[1]
            t = document.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = c
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            document.add_paragraph("")
        elif kind == "sig":
            cols = b[1]
            t = document.add_table(rows=1, cols=len(cols))
            for j, col in enumerate(cols):
                t.cell(0, j).text = "\n".join(col)
        else:
            raise ValueError(kind)
    cp = document.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    document.save(path)
    _fix_docx_zip(path)


def render_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


def d(text):
    """Dedent a triple-quoted text block."""
    import textwrap
    return textwrap.dedent(text).strip("\n")


# ---------------------------------------------------------------------------
# Samples
# ---------------------------------------------------------------------------

# --- h135: very short plain-text agreement, maritime, Den Helder ---------------------------

@sample("h135", "zeer_kort_maritiem_den_helder", "txt",
        "Very short one-page TXT, ten terse numbered points; Den Helder, vmbo bb Maritiem en "
        "techniek -> mbo-2 Matroos; complete in few words, no bekostiging transferred, silent "
        "on medezeggenschap.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "present",
         "j": "present"},
        {"a": "1. Route", "b": "2. Bedrijfsleven", "c": "3. Leiding",
         "d": "4. Verantwoording", "e": "5. Inrichting", "f": "6. Overstap",
         "g": "7. Geld", "i": "8. Geschillen", "j": "9. Nieuwe partners, wijziging en einde"})
def h135(path):
    render_text(path, d("""
        SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE MARITIEM (VMBO BB - MBO 2)

        Partijen:
        - Stichting Openbaar Voortgezet Onderwijs Kop van Noord-Holland, bevoegd gezag van
          SG Het Marsdiep (vmbo), vertegenwoordigd door R. Zwaan, bestuurder ("de school");
        - Stichting Maritiem College Den Helder, instelling voor beroepsonderwijs,
          vertegenwoordigd door A. Kuiper, voorzitter college van bestuur ("het MCDH").

        Partijen spreken het volgende af.

        1. Route
        Partijen verzorgen samen een doorlopende leerroute van het vmbo-profiel Maritiem en
        techniek (basisberoepsgerichte leerweg) naar de mbo-opleiding Matroos, niveau 2 (BOL),
        opleidingsdomein Transport, scheepvaart en logistiek. De route begint in leerjaar 3.

        2. Bedrijfsleven
        De rederijen Texelstroom Ferries BV en Sleepdienst Noordkop BV bieden ieder jaar
        meevaardagen en bpv-plaatsen aan boord. Een werkveldcommissie van drie reders uit de
        Kop adviseert jaarlijks over het programma en neemt samen met het MCDH de
        praktijkproef af.

        3. Leiding
        De leiding bestaat uit de teamleider maritiem van de school en de opleidingsmanager
        nautisch van het MCDH. Ieder bestuur wijst zijn eigen lid schriftelijk aan. De leiding
        stelt het rooster en het gezamenlijke PTA/OER op, beslist over toelating tot de route
        en beheert het routebudget. Over wijziging van deze overeenkomst beslissen alleen de
        besturen.

        4. Verantwoording
        De leiding stuurt beide besturen elk jaar voor 1 oktober een kort verslag
        (instroom, uitval, examenuitslagen, uitgaven) en bespreekt dat in het bestuurlijk
        overleg in november. Bij een calamiteit licht de leiding beide besturen direct in.

        5. Inrichting
        Leerjaar 3 en 4 zijn op de school, leerjaar 5 en 6 op het MCDH; het vmbo-examen wordt
        in leerjaar 4 afgerond. Docenten van beide partijen vormen een team; docenten van het
        MCDH geven vanaf leerjaar 3 een dag per week praktijkles en voor de praktijkvakken
        werken zij met teambevoegdheid. Leerlingen gebruiken de werkplaats, de simulator en
        het oefenvaartuig "Zeehond" van het MCDH en het technieklokaal van de school.

        6. Overstap
        Wie de route verlaat, gaat in de vo-fase verder in de gewone basisberoepsgerichte
        leerweg (eigen of ander profiel) en haalt daar het vmbo-diploma. In de mbo-fase stapt
        de leerling over naar een andere niveau 2-opleiding van het MCDH, zonder
        vooropleidingseisen, of naar een andere instelling na een geschiktheidsonderzoek. De
        school en het MCDH beslissen samen, na een gesprek met leerling en ouders, op grond
        van het bereikte niveau en de leeftijd.

        7. Geld
        Er wordt geen bekostiging van de ene partij aan de andere overgedragen. Iedere partij
        draagt haar eigen kosten.

        8. Geschillen
        Een geschil over de uitvoering bespreekt eerst de leiding. Is het na vier weken niet
        opgelost, dan overleggen de bestuurders. Lukt ook dat niet, dan schakelen partijen een
        mediator in; daarna is de rechtbank Noord-Holland bevoegd.

        9. Nieuwe partners, wijziging en einde
        Een andere school of instelling kan partij worden als beide partijen schriftelijk
        instemmen en de nieuwe partij deze overeenkomst mede ondertekent. Wijzigen kan alleen
        schriftelijk, getekend door beide besturen, en nooit ten nadele van leerlingen die al
        in de route zitten. Opzeggen kan schriftelijk met twaalf maanden opzegtermijn tegen
        1 augustus; vanaf de opzegging is er geen nieuwe instroom, en leerlingen die al in de
        route zitten maken hun route volgens deze afspraken af.

        10. Duur
        Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt daarna
        telkens stilzwijgend met vijf jaar verlengd.

        Den Helder, 30 juni 2025

        R. Zwaan                              A. Kuiper
        namens de school                      namens het MCDH
    """))


# --- h130: technology-pact coordinator, Word auto-numbering, Arnhem ------------------------

@sample("h130", "technologiepact_autonummering_arnhem", "docx",
        "DOCX drafted by a regional Technologiepact coordinator, articles and leden numbered "
        "by Word auto-numbering only; Arnhem, vmbo kb PIE -> mbo-3 Monteur mechatronica; "
        "verantwoording only 'houdt op de hoogte' (quarterly report goes to the province, not "
        "the boards), no geschilbeslechting between parties although 'geschillen' appears in "
        "the considerans and in the pupil-complaints clause.",
        {"a": "present", "b": "present", "c": "present", "d": "weak", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "missing", "j": "present"},
        {"a": "Route, profiel en kwalificatie", "b": "Rol van de bedrijven uit het pact",
         "c": "Het routeteam", "e": "Inrichting, personeel en faciliteiten",
         "f": "Als het anders loopt: overstap", "g": "Geld",
         "h": "Stem van leerlingen, ouders en personeel",
         "j": "Nieuwe deelnemers, wijziging en beëindiging"})
def h130(path):
    B = [
        ("title", "Samenwerkingsovereenkomst Techniekroute Mechatronica"),
        ("subtitle", "Doorlopende leerroute vmbo-mbo binnen het Technologiepact "
                     "Midden-Gelderland"),
        ("small", "Opgesteld door Marleen Verhoef, coördinator Technologiepact "
                  "Midden-Gelderland, in opdracht van de besturen van beide partijen. "
                  "Definitieve versie na bespreking in het bestuurlijk overleg van 12 juni "
                  "2025."),
        ("h2", "Partijen"),
        ("p", "Stichting Voortgezet Onderwijs Rijnboog, bevoegd gezag van vmbo De Rijnpoort "
              "te Arnhem, rechtsgeldig vertegenwoordigd door de heer drs. P.J. Hendriksen, "
              "voorzitter van het college van bestuur, hierna: Rijnboog;"),
        ("p", "Stichting ROC Gelderse Poort, instelling voor beroepsonderwijs te Arnhem, "
              "rechtsgeldig vertegenwoordigd door mevrouw ir. S. Baghdadi, lid van het "
              "college van bestuur, hierna: het ROC;"),
        ("p", "samen: partijen."),
        ("h2", "Overwegingen"),
        ("p", "Partijen werken sinds 2019 samen in het Technologiepact Midden-Gelderland, "
              "waarin scholen, het ROC, de gemeenten Arnhem en Rheden, de provincie en ruim "
              "veertig technische bedrijven het tekort aan vakmensen in de maakindustrie "
              "willen terugdringen."),
        ("p", "De eerdere Techniekroute werd uitgevoerd op basis van een intentieverklaring. "
              "Met deze overeenkomst leggen partijen de route vast als doorlopende leerroute "
              "vmbo-mbo in de zin van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB."),
        ("p", "Partijen willen knelpunten en geschillen vroeg signaleren, zodat die de "
              "leerlingen niet raken."),
        ("p", "Partijen komen het volgende overeen."),

        ("h1", "Route, profiel en kwalificatie"),
        ("num", "Partijen verzorgen gezamenlijk de doorlopende leerroute Techniekroute "
                "Mechatronica. De route begint in leerjaar 3 van de kaderberoepsgerichte "
                "leerweg, profiel Produceren, installeren en energie (PIE), en leidt naast het "
                "vmbo-diploma tot het mbo-diploma Monteur mechatronica, niveau 3 "
                "(kwalificatiedossier Mechatronica, opleidingsdomein Techniek en "
                "procesindustrie), in de beroepsopleidende leerweg."),
        ("num", "De route duurt vijf jaar: twee jaar vo-fase op De Rijnpoort en drie jaar "
                "mbo-fase bij het College Techniek van het ROC. Bij goede voortgang kan de "
                "mbo-fase met een half jaar worden verkort."),
        ("num", "Partijen melden de route gezamenlijk aan de minister door registratie in "
                "RIO; ieder registreert zijn eigen deel."),

        ("h1", "Rol van de bedrijven uit het pact"),
        ("num", "De bedrijven die aan het Technologiepact deelnemen, waaronder Rijnstaal "
                "Machinebouw BV, Veluwse Automatisering BV en Klimaattechniek Oosterbeek BV, "
                "verzorgen in de vo-fase per leerjaar ten minste vier bedrijfsbezoeken en "
                "gastlessen en leveren jaarlijks twee echte praktijkopdrachten aan."),
        ("num", "In de mbo-fase bieden de pactbedrijven bpv-plaatsen aan bij door SBB "
                "erkende leerbedrijven; het ROC wijst de plaatsen toe."),
        ("num", "Een werkveldadviesraad van vijf vakmensen uit de pactbedrijven bespreekt "
                "twee keer per jaar met het routeteam het programma en de "
                "beroepsvaardigheden die de regio vraagt, en beoordeelt samen met de "
                "examinatoren de proeve van bekwaamheid."),

        ("h1", "Het routeteam"),
        ("num", "De leiding over de route ligt bij het routeteam. Het routeteam bestaat uit "
                "de afdelingsleider techniek van De Rijnpoort, de opleidingsmanager "
                "Mechatronica van het ROC en, zonder stemrecht, de coördinator van het "
                "Technologiepact."),
        ("num", "De afdelingsleider wordt benoemd door het college van bestuur van Rijnboog, "
                "de opleidingsmanager door het college van bestuur van het ROC. De "
                "coördinator neemt deel op voordracht van de stuurgroep Technologiepact."),
        ("num", "De besturen dragen het routeteam de volgende taken en bevoegdheden op:"),
        ("sub", "het vaststellen van het jaarprogramma en het doorlopende PTA/OER, binnen "
                "de kaders van de examenreglementen van beide partijen;"),
        ("sub", "het toelaten van leerlingen tot de route en het plaatsen in de mbo-fase;"),
        ("sub", "het inzetten van docenten uit beide teams en het verdelen van de "
                "lesuren;"),
        ("sub", "het onderhouden van de contacten met de pactbedrijven."),
        ("num", "Besluiten met financiële gevolgen boven € 10.000 en besluiten over de "
                "omvang van de instroom legt het routeteam vooraf voor aan beide besturen."),
        ("num", "Het routeteam houdt beide besturen op de hoogte van de voortgang van de "
                "route en legt aan hen verantwoording af over de uitvoering."),
        ("num", "Los hiervan levert de coördinator ieder kwartaal monitorgegevens over "
                "deelnemersaantallen aan de provincie Gelderland, in het kader van de "
                "subsidie voor het Technologiepact."),

        ("h1", "Inrichting, personeel en faciliteiten"),
        ("num", "De vo-fase wordt gegeven op De Rijnpoort, Sonsbeeksingel 40 te Arnhem, de "
                "mbo-fase op het Technicum van het ROC, Industrieweg 2 te Arnhem. Vanaf "
                "leerjaar 4 volgen de leerlingen één dag per week les op het Technicum."),
        ("num", "Het doorlopende programma en de examinering per leerjaar staan in het "
                "gezamenlijke PTA/OER; daarin staat ook welke onderdelen vo, welke mbo en "
                "welke gecombineerd zijn. Het vmbo-examen wordt in leerjaar 4 afgenomen."),
        ("num", "Docenten van beide partijen vormen één routeteam van docenten. Voor de "
                "beroepsgerichte onderdelen werken zij met teambevoegdheid; de vakdocent "
                "met de bevoegdheid voor een onderdeel blijft voor dat onderdeel "
                "verantwoordelijk. Iedere partij stelt per jaar minimaal 0,6 fte beschikbaar."),
        ("num", "Leerlingen maken gebruik van het mechatronicalab en de werkplaats van het "
                "ROC en van de techniekhal van De Rijnpoort; het ROC stelt daarnaast de "
                "mobiele Smart Factory-unit van het pact twee weken per jaar beschikbaar."),
        ("num", "Klachten van leerlingen en ouders gaan volgens de klachtenregeling van de "
                "partij waar de leerling staat ingeschreven; die regeling geldt ook voor "
                "gedragingen van personeel van de andere partij. Geschillen over toelating "
                "of examens legt de leerling voor aan de commissie van beroep voor de "
                "examens van het ROC of aan de klachtencommissie van Rijnboog."),

        ("h1", "Als het anders loopt: overstap"),
        ("num", "Een leerling die de route in de vo-fase verlaat, maakt zijn opleiding af in "
                "de reguliere kaderberoepsgerichte leerweg van De Rijnpoort, in PIE of een "
                "ander profiel, en haalt daar zijn vmbo-diploma."),
        ("num", "Een leerling die in de mbo-fase uitvalt of van richting wil veranderen, kan "
                "overstappen naar een andere technische opleiding op niveau 2 of 3 van het "
                "ROC. De vooropleidingseisen gelden dan niet; een overstap naar een andere "
                "instelling verloopt via een geschiktheidsonderzoek van die instelling."),
        ("num", "Heeft een leerling aan het eind van het derde leerjaar van de route zijn "
                "vmbo-diploma niet, dan kan hij doorgaan in een mbo-opleiding op vergelijkbaar "
                "niveau of het examenjaar overdoen."),
        ("num", "Afdelingsleider en opleidingsmanager bepalen de overstap samen, na een "
                "gesprek met de leerling en zijn ouders, op basis van het bereikte "
                "onderwijsniveau en de leeftijd. De werkwijze staat ook in de schoolgids."),

        ("h1", "Geld"),
        ("num", "Partijen dragen geen bekostiging aan elkaar over. Iedere partij draagt de "
                "kosten van zijn eigen personeel en voorzieningen."),
        ("num", "De subsidie van de provincie voor het Technologiepact wordt door de "
                "coördinator beheerd en valt buiten deze overeenkomst."),

        ("h1", "Stem van leerlingen, ouders en personeel"),
        ("num", "Voor leerlingen in de vo-fase geldt de WMS en de medezeggenschapsraad van "
                "De Rijnpoort; voor studenten in de mbo-fase de studentenraad en de "
                "ondernemingsraad van het ROC."),
        ("num", "Aanvullend spreken partijen af dat twee leerlingen uit de vo-fase van de "
                "route als toehoorder met spreekrecht deelnemen aan de deelraad van het "
                "College Techniek, en dat de medezeggenschapsraad van De Rijnpoort en de "
                "deelraad eenmaal per jaar gezamenlijk over de route worden gehoord."),

        ("h1", "Nieuwe deelnemers, wijziging en beëindiging"),
        ("num", "Andere vmbo-scholen binnen het Technologiepact kunnen tot deze overeenkomst "
                "toetreden, mits zij het profiel PIE aanbieden, het gezamenlijke PTA/OER "
                "overnemen en beide besturen schriftelijk instemmen. Toetreding gaat in per "
                "1 augustus en wordt door de toetredende school en het ROC aan DUO gemeld."),
        ("num", "Wijziging van deze overeenkomst vindt plaats bij schriftelijk besluit van "
                "beide besturen. Een wijziging die het programma raakt, gaat pas in voor een "
                "nieuw cohort."),
        ("num", "Iedere partij kan de overeenkomst schriftelijk opzeggen met een termijn van "
                "ten minste een jaar, tegen het einde van een schooljaar. Na opzegging "
                "stromen er geen nieuwe leerlingen meer in; leerlingen die al in de route "
                "zitten, ronden de route af of krijgen een overstap volgens artikel 5."),
        ("num", "De overeenkomst geldt voor onbepaalde tijd."),

        ("h1", "Slotbepalingen"),
        ("num", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("num", "Deze overeenkomst treedt in werking op 1 augustus 2025."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Arnhem op 30 juni 2025."),
        ("sig", [["Stichting Voortgezet Onderwijs Rijnboog", "", "",
                  "drs. P.J. Hendriksen", "voorzitter college van bestuur"],
                 ["Stichting ROC Gelderse Poort", "", "",
                  "ir. S. Baghdadi", "lid college van bestuur"]]),
    ]
    render_docx(path, B, title="Samenwerkingsovereenkomst Techniekroute Mechatronica",
                author="M. Verhoef", autonum=("Artikel %1", "%1.%2"))


# === END SAMPLES ===


def build(num):
    s = SAMPLES[num]
    out = os.path.join(HERE, s["name"] + "." + s["fmt"])
    s["build"](out)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(s["expected"], f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(out))


def extract_text(path):
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
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        xml = re.sub(r"<w:tab/>", "\t", xml)
        text = re.sub(r"<[^>]+>", "", xml)
        import html
        return html.unescape(text)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for num in sorted(SAMPLES, key=lambda n: int(n[1:])):
        s = SAMPLES[num]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        problems = []
        if not os.path.exists(path):
            problems.append("document missing")
        else:
            size = os.path.getsize(path)
            if size >= MAX_BYTES:
                problems.append(f"too large: {size}")
            try:
                if s["fmt"] == "docx":
                    import docx
                    docx.Document(path)
                text = norm(extract_text(path))
            except Exception as e:  # noqa: BLE001
                problems.append(f"does not open: {e}")
                text = ""
            if len(text) < 500:
                problems.append(f"too little text extracted ({len(text)} chars)")
            for item, ev in s["expected"]["evidence"].items():
                if norm(ev) not in text:
                    problems.append(f"evidence {item!r} not found: {ev!r}")
        if not os.path.exists(jpath):
            problems.append("expected.json missing")
        else:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != s["expected"]:
                    problems.append("expected.json differs from script table")
        status = "OK " if not problems else "FAIL"
        print(f"{status} {s['name']}.{s['fmt']}  ({len(text)} chars)")
        for p in problems:
            print("     -", p)
        ok = ok and not problems
    print("ALL OK" if ok else "PROBLEMS FOUND")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    wanted = argv or sorted(SAMPLES, key=lambda n: int(n[1:]))
    for num in wanted:
        if num not in SAMPLES:
            sys.exit(f"unknown sample {num}")
        build(num)


if __name__ == "__main__":
    main(sys.argv[1:])
