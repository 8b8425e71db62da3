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
        tf_h = 30 * mm
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


# --- h129: long agreement from a large ROC's legal department, Alkmaar ----------------------

H129_TOC = [
    "Artikel 1 Begripsbepalingen",
    "Artikel 2 Voorwerp en doel van de overeenkomst",
    "Artikel 3 Onderwijsaanbod: profiel en kwalificaties",
    "Artikel 4 Melding en registratie",
    "Artikel 5 Betrokkenheid van het regionale bedrijfsleven",
    "Artikel 6 Routedirectie: samenstelling, benoeming, taken en bevoegdheden",
    "Artikel 7 Inlichtingen en verantwoording aan de bevoegde gezagsorganen",
    "Artikel 8 Organisatorische en onderwijskundige inrichting",
    "Artikel 9 Inschrijving, verantwoordelijkheden en examinering",
    "Artikel 10 Klachten en verwijdering",
    "Artikel 11 Overstapoptie",
    "Artikel 12 Overdracht van bekostiging",
    "Artikel 13 Kwaliteitszorg",
    "Artikel 14 Medezeggenschap",
    "Artikel 15 Persoonsgegevens",
    "Artikel 16 Geschilbeslechting",
    "Artikel 17 Toetreding van andere scholen of instellingen",
    "Artikel 18 Wijziging",
    "Artikel 19 Duur, opzegging en ontbinding",
    "Artikel 20 Aansprakelijkheid",
    "Artikel 21 Slotbepalingen",
]


@sample("h129", "roc_juridische_zaken_lang_alkmaar", "pdf",
        "Long PDF (ToC, definitions, 21 articles, two annexes) drafted by a large ROC's legal "
        "department; Alkmaar, vmbo Economie en ondernemen kb/gl -> mbo-3 Verkoopspecialist and "
        "mbo-4 Manager retail; fully compliant incl. transfer with omvang and bestemming and "
        "additional medezeggenschap arrangements.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Artikel 3 Onderwijsaanbod: profiel en kwalificaties",
         "b": "Artikel 5 Betrokkenheid van het regionale bedrijfsleven",
         "c": "Artikel 6 Routedirectie: samenstelling, benoeming, taken en bevoegdheden",
         "d": "Artikel 7 Inlichtingen en verantwoording aan de bevoegde gezagsorganen",
         "e": "Artikel 8 Organisatorische en onderwijskundige inrichting",
         "f": "Artikel 11 Overstapoptie",
         "g": "Artikel 12 Overdracht van bekostiging",
         "h": "Artikel 14 Medezeggenschap",
         "i": "Artikel 16 Geschilbeslechting",
         "j": "Artikel 19 Duur, opzegging en ontbinding"})
def h129(path):
    t = H129_TOC
    B = [
        ("small", "ROC Noordkust | Juridische Zaken | kenmerk JZ/2025/0417 | versie 3.0 "
                  "(definitief) | vertrouwelijk tot ondertekening"),
        ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTES VMBO-MBO "
                  "HANDEL EN RETAIL"),
        ("subtitle", "Bergermeer College - ROC Noordkust, College Handel & Ondernemen"),
        ("h2", "Inhoudsopgave"),
    ] + [("small", x) for x in t] + [
        ("small", "Bijlage 1 Routebeschrijving per leerjaar"),
        ("small", "Bijlage 2 Financiële uitwerking"),
        ("pagebreak",),
        ("h1", "DE ONDERGETEKENDEN"),
        ("p", "1. De Stichting Openbaar Voortgezet Onderwijs Alkmaar en omstreken, statutair "
              "gevestigd te Alkmaar, ingeschreven in het handelsregister van de Kamer van "
              "Koophandel onder nummer 41239876, in haar hoedanigheid van bevoegd gezag van "
              "het Bergermeer College, school voor voorbereidend middelbaar beroepsonderwijs "
              "(BRIN 18XY), te dezen rechtsgeldig vertegenwoordigd door mevrouw mr. "
              "C.A.M. Wijdenes, voorzitter van het college van bestuur, hierna te noemen: "
              "\"de School\";"),
        ("p", "2. De Stichting Regionaal Opleidingencentrum Noordkust, statutair gevestigd "
              "te Alkmaar, ingeschreven in het handelsregister onder nummer 41240555, "
              "instelling voor beroepsonderwijs als bedoeld in artikel 1.1.1 WEB (BRIN 25ZQ), "
              "te dezen rechtsgeldig vertegenwoordigd door de heer drs. H.J. Borst, "
              "voorzitter van het college van bestuur, hierna te noemen: \"de Instelling\";"),
        ("p", "hierna gezamenlijk te noemen: \"Partijen\" en ieder afzonderlijk: \"Partij\";"),
        ("h1", "OVERWEGENDE DAT"),
        ("p", "a. Partijen sedert het schooljaar 2016-2017 samenwerken in een vm2-traject "
              "handel en in het schooljaar 2021-2022 zijn gestart met een doorlopende leerroute "
              "op niveau 4, welke samenwerking tot op heden is vastgelegd in een convenant "
              "van 14 september 2021;"),
        ("p", "b. de Wet doorlopende leerroutes vmbo-mbo (Stb. 2020, 157) voorschrijft dat "
              "een doorlopende leerroute vmbo-mbo wordt verzorgd op grond van een "
              "samenwerkingsovereenkomst die ten minste de in artikel 2.107b, tweede lid, WVO "
              "2020 en artikel 9.1.3 WEB bedoelde onderwerpen regelt;"),
        ("p", "c. Partijen het convenant van 14 september 2021 met ingang van 1 augustus "
              "2025 wensen te vervangen door deze overeenkomst;"),
        ("p", "d. de medezeggenschapsraad van de School en de centrale studentenraad en de "
              "ondernemingsraad van de Instelling over het voornemen tot deze samenwerking "
              "hebben geadviseerd;"),
        ("p", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),

        ("h1", t[0]),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("bullet", "Route: een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a "
                   "WVO 2020, zoals omschreven in artikel 3;"),
        ("bullet", "Leerling: een deelnemer aan de Route die is ingeschreven bij de School;"),
        ("bullet", "Student: een deelnemer aan de Route die is ingeschreven bij de "
                   "Instelling;"),
        ("bullet", "Deelnemer: Leerling of Student;"),
        ("bullet", "Vo-fase: de eerste twee leerjaren van de Route (leerjaar 3 en 4 vmbo);"),
        ("bullet", "Mbo-fase: de leerjaren van de Route na de Vo-fase;"),
        ("bullet", "Routedirectie: de leiding over de Route als bedoeld in artikel 6;"),
        ("bullet", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de "
                   "onderwijs- en examenregeling voor de gehele Route;"),
        ("bullet", "Werkveldcommissie: de commissie als bedoeld in artikel 5, tweede lid;"),
        ("bullet", "Schooljaar: de periode van 1 augustus tot en met 31 juli."),

        ("h1", t[1]),
        ("p", "1. Partijen verzorgen op grond van deze overeenkomst gezamenlijk de in artikel 3 "
              "omschreven Routes en beschrijven daartoe voor de gehele Route het "
              "onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming "
              "per leerjaar."),
        ("p", "2. Doel van de samenwerking is dat Deelnemers zonder overlap in lesstof en "
              "zonder drempel bij de overgang van vmbo naar mbo een vmbo-diploma en een "
              "mbo-diploma behalen dat aansluit bij de vraag van de regionale handel en "
              "detailhandel."),
        ("p", "3. Deze overeenkomst vervangt het convenant van 14 september 2021. Deelnemers "
              "die op grond van dat convenant zijn gestart, zetten hun opleiding voort onder "
              "deze overeenkomst."),

        ("h1", t[2]),
        ("p", "1. Partijen bieden de volgende Routes aan:"),
        ("bullet", "Route A: vmbo kaderberoepsgerichte leerweg, profiel Economie en "
                   "ondernemen, doorlopend naar de mbo-opleiding Verkoopspecialist, niveau 3 "
                   "(vakopleiding; kwalificatiedossier Retail; opleidingsdomein Handel en "
                   "ondernemerschap), beroepsopleidende leerweg;"),
        ("bullet", "Route B: vmbo gemengde leerweg, profiel Economie en ondernemen, "
                   "doorlopend naar de mbo-opleiding Manager retail, niveau 4 "
                   "(middenkaderopleiding; kwalificatiedossier Retail; opleidingsdomein Handel "
                   "en ondernemerschap), beroepsopleidende leerweg."),
        ("p", "2. De Vo-fase van beide Routes wordt verzorgd op de locatie van de School, "
              "Bergerweg 120 te Alkmaar; de Mbo-fase op de locatie van het College Handel & "
              "Ondernemen van de Instelling, Kennemerstraatweg 8 te Alkmaar."),
        ("p", "3. Het toevoegen van een Route met een ander profiel of een andere kwalificatie "
              "geschiedt uitsluitend door wijziging van deze overeenkomst overeenkomstig "
              "artikel 18."),

        ("h1", t[3]),
        ("p", "1. Partijen melden iedere Route gezamenlijk aan de minister van Onderwijs, "
              "Cultuur en Wetenschap door registratie in het Register Instellingen en "
              "Opleidingen (RIO). Iedere Partij registreert het eigen deel van de Route."),
        ("p", "2. De School registreert Leerlingen in BRON als deelnemer aan een doorlopende "
              "leerroute; de Instelling draagt zorg voor tijdige inschrijving van Studenten."),

        ("h1", t[4]),
        ("p", "1. Partijen betrekken het regionale bedrijfsleven bij de invulling van de Route "
              "langs de volgende weg. De Ondernemersvereniging Binnenstad Alkmaar, de "
              "winkeliersvereniging Winkelcentrum De Mare en de leerbedrijven Supermarktgroep "
              "Kaasstad B.V., Bouwmarkt Noordkust B.V. en Modehuis Van Twisk B.V. hebben bij "
              "brief van 2 mei 2025 toegezegd aan de Route mee te werken."),
        ("p", "2. Partijen stellen een Werkveldcommissie Retail in, bestaande uit ten minste "
              "vier vertegenwoordigers van leerbedrijven en één adviseur van SBB. De "
              "Werkveldcommissie komt ten minste tweemaal per Schooljaar bijeen en adviseert "
              "de Routedirectie gevraagd en ongevraagd over de inhoud van het "
              "onderwijsprogramma, de keuzedelen en de aansluiting op de regionale "
              "arbeidsmarkt."),
        ("p", "3. De leerbedrijven verzorgen in de Vo-fase per leerjaar ten minste drie "
              "gastlessen en één praktijkopdracht in een echte winkelomgeving, en stellen in de "
              "Mbo-fase stageplaatsen voor de beroepspraktijkvorming beschikbaar bij door SBB "
              "erkende leerbedrijven."),
        ("p", "4. Praktijkopleiders van de leerbedrijven nemen als tweede beoordelaar deel aan "
              "de beoordeling van de proeven van bekwaamheid in de Mbo-fase."),

        ("h1", t[5]),
        ("p", "1. De leiding over de Route berust bij de Routedirectie. De Routedirectie "
              "bestaat uit:"),
        ("bullet", "de directeur vmbo van de School;"),
        ("bullet", "de directeur van het College Handel & Ondernemen van de Instelling;"),
        ("bullet", "de routecoördinator, die als secretaris zonder stemrecht aan de "
                   "vergaderingen deelneemt."),
        ("p", "2. De directeur vmbo wordt door het college van bestuur van de School en de "
              "directeur van het College Handel & Ondernemen door het college van bestuur van "
              "de Instelling als lid van de Routedirectie aangewezen. De routecoördinator "
              "wordt door beide colleges van bestuur gezamenlijk benoemd, op voordracht van de "
              "Routedirectie, voor een termijn van vier jaar. Aanwijzing en benoeming "
              "geschieden schriftelijk."),
        ("p", "3. De colleges van bestuur dragen aan de Routedirectie de volgende taken en "
              "bevoegdheden op:"),
        ("bullet", "het vaststellen van het onderwijsprogramma en het PTA/OER van de Route, "
                   "met inachtneming van de examenregelingen van beide Partijen;"),
        ("bullet", "het vaststellen van de jaarplanning, de groepsindeling en de "
                   "lesroosters;"),
        ("bullet", "het besluiten over toelating tot de Route en over de overgang van de "
                   "Vo-fase naar de Mbo-fase;"),
        ("bullet", "het toewijzen van personeel aan de Route binnen de door ieder college van "
                   "bestuur vastgestelde formatie;"),
        ("bullet", "het beheren van het routebudget binnen de begroting bedoeld in artikel "
                   "12;"),
        ("bullet", "het onderhouden van de contacten met de Werkveldcommissie en de "
                   "leerbedrijven."),
        ("p", "4. De Routedirectie is niet bevoegd tot het aangaan van verplichtingen namens "
              "een Partij boven een bedrag van € 25.000, tot het wijzigen van deze "
              "overeenkomst of tot het nemen van besluiten over personeel in dienst van een "
              "Partij in de zin van benoeming, schorsing of ontslag."),
        ("p", "5. De Routedirectie besluit bij consensus. Komt zij niet tot een besluit, dan "
              "legt zij het punt voor aan het bestuurlijk overleg bedoeld in artikel 7, derde "
              "lid."),

        ("h1", t[6]),
        ("p", "1. De Routedirectie verstrekt beide colleges van bestuur gevraagd en "
              "ongevraagd alle inlichtingen die zij voor de uitoefening van hun taak "
              "behoeven. Verzoeken om inlichtingen worden binnen tien werkdagen beantwoord."),
        ("p", "2. De Routedirectie legt verantwoording af door middel van:"),
        ("bullet", "een voortgangsrapportage over het eerste halfjaar, uiterlijk op 1 maart, "
                   "met de actuele deelnemersaantallen, uitval en realisatie van het budget;"),
        ("bullet", "een jaarverslag over het afgelopen Schooljaar, uiterlijk op 1 november, "
                   "met ten minste instroom, doorstroom, uitstroom, examenresultaten, "
                   "tevredenheid van Deelnemers en leerbedrijven en de financiële "
                   "verantwoording over het routebudget."),
        ("p", "3. De colleges van bestuur voeren tweemaal per Schooljaar bestuurlijk overleg "
              "over de Route, waarin de rapportages bedoeld in het tweede lid worden "
              "besproken en vastgesteld. De Routedirectie is bij dit overleg aanwezig."),
        ("p", "4. Het jaarverslag wordt door ieder college van bestuur betrokken bij het "
              "eigen jaarverslag."),

        ("h1", t[7]),
        ("p", "1. Het onderwijsprogramma en de examinering per leerjaar van de gehele Route "
              "worden vastgelegd in het PTA/OER, waarin is aangegeven welke onderdelen tot het "
              "voortgezet onderwijs behoren, welke tot het beroepsonderwijs en welke "
              "gecombineerd worden aangeboden. De hoofdlijnen per leerjaar zijn opgenomen in "
              "Bijlage 1."),
        ("p", "2. Het centraal examen vmbo wordt in het tweede leerjaar van de Route (leerjaar "
              "4 vmbo) afgenomen. Onderdelen van de mbo-examinering en de "
              "beroepspraktijkvorming kunnen vanaf het eerste leerjaar van de Route worden "
              "verzorgd."),
        ("p", "3. Inzet van personeel. Docenten van beide Partijen vormen samen één "
              "routeteam. De School zet per Route ten minste 1,2 fte in voor de vmbo-vakken "
              "en het profielvak; de Instelling zet in de Vo-fase ten minste 0,4 fte in voor "
              "de beroepsgerichte mbo-onderdelen en verzorgt de Mbo-fase met eigen "
              "personeel. Personeel blijft in dienst van de eigen Partij en valt onder diens "
              "cao en gezag; detachering vindt niet plaats."),
        ("p", "4. Teambevoegdheid wordt toegepast in de beroepsgerichte en vakoverstijgende "
              "onderdelen van leerjaar 3 en 4 van de Route, met inachtneming van artikel "
              "7.13a WVO 2020. Ieder teamlid blijft verantwoordelijk voor het onderdeel "
              "waarvoor hij bevoegd is."),
        ("p", "5. Gebruik van faciliteiten. De Instelling stelt in de Vo-fase één dagdeel per "
              "week haar leerwinkel \"De Kassa\" en de retail-simulatieruimte beschikbaar; de "
              "School stelt haar praktijklokaal Economie en ondernemen en haar "
              "mediatheek beschikbaar voor gezamenlijke activiteiten van het routeteam. "
              "Deelnemers hebben in beide fasen toegang tot de elektronische leeromgeving "
              "van beide Partijen."),
        ("p", "6. Iedere Partij blijft verantwoordelijk voor het onderhoud, de verzekering en "
              "de veiligheid van de eigen gebouwen en voorzieningen."),

        ("h1", t[8]),
        ("p", "1. De Deelnemer is in de Vo-fase ingeschreven bij de School en wordt met "
              "ingang van het derde leerjaar van de Route ingeschreven bij de Instelling. "
              "Een Student die zijn vmbo-diploma nog niet heeft behaald, blijft voor de "
              "resterende vo-onderdelen tevens bij de School geregistreerd."),
        ("p", "2. De School is verantwoordelijk voor het vmbo-deel en voor de vmbo-examinering "
              "en -diplomering, ook waar die in de Mbo-fase plaatsvinden. De Instelling is "
              "verantwoordelijk voor het mbo-deel, de beroepspraktijkvorming en de "
              "mbo-examinering en -diplomering."),
        ("p", "3. Verzuim wordt in de Vo-fase door de School en in de Mbo-fase door de "
              "Instelling gemeld."),

        ("h1", t[9]),
        ("p", "1. De klachtenregeling van iedere Partij is mede van toepassing op "
              "gedragingen van het bevoegd gezag en het personeel van de andere Partij in "
              "het kader van de Route. Een klacht over een docent van de Instelling die bij de "
              "School wordt ingediend, wordt door de School in overleg met de Instelling "
              "behandeld; de Instelling werkt aan de afhandeling mee."),
        ("p", "2. Op de verwijdering van een Student die niet langer leerplichtig is en nog "
              "geen vmbo-diploma heeft, is artikel 8.1.7d, tweede lid, WEB van "
              "overeenkomstige toepassing."),

        ("h1", t[10]),
        ("p", "1. Een Deelnemer van wie de deelname aan de Route eindigt voordat hij de Route "
              "met succes heeft afgerond, wordt door Partijen in staat gesteld een "
              "vmbo-diploma of een mbo-diploma te behalen dat past bij het bereikte "
              "onderwijsniveau en zijn leeftijd."),
        ("p", "2. Partijen hanteren daarbij de volgende kaders:"),
        ("bullet", "bij beëindiging in de Vo-fase vervolgt de Deelnemer zijn opleiding in de "
                   "reguliere leerweg van de School, in hetzelfde of een ander profiel, "
                   "gericht op het behalen van het vmbo-diploma;"),
        ("bullet", "bij beëindiging in de Mbo-fase kan de Student overstappen naar een andere "
                   "mbo-opleiding van de Instelling op hetzelfde of een lager niveau, of "
                   "binnen Route A naar een andere opleiding op niveau 3 in een ander "
                   "opleidingsdomein;"),
        ("bullet", "heeft de Deelnemer aan het einde van het derde leerjaar van de Route zijn "
                   "vmbo-diploma niet behaald, dan kan hij zonder dat diploma zijn "
                   "mbo-opleiding voortzetten of instromen in een andere mbo-opleiding van "
                   "vergelijkbaar niveau, dan wel het examenjaar vmbo opnieuw doen;"),
        ("bullet", "een Deelnemer van Route B voor wie niveau 4 niet haalbaar blijkt, kan "
                   "overstappen naar Route A of naar de reguliere opleiding Verkoopspecialist "
                   "niveau 3."),
        ("p", "3. Bij een overstap naar een opleiding van de Instelling gelden de "
              "vooropleidingseisen niet. Bij een overstap naar een andere instelling "
              "ondersteunen Partijen de Deelnemer bij het geschiktheidsonderzoek van die "
              "instelling en zorgen zij voor een warme overdracht."),
        ("p", "4. Welke overstap passend is, wordt gezamenlijk beoordeeld door de directeur "
              "vmbo en de directeur van het College Handel & Ondernemen, na een gesprek met de "
              "Deelnemer en, indien hij minderjarig is, zijn ouders. De werkwijze wordt in "
              "de schoolgids van de School en de studiegids van de Instelling opgenomen."),
        ("p", "5. Dit artikel is niet van toepassing bij definitieve verwijdering."),

        ("h1", t[11]),
        ("p", "1. Met toepassing van artikel 5.42a WVO 2020 draagt de School voor iedere "
              "Leerling in de Vo-fase een bedrag van € 1.350 per Schooljaar over aan de "
              "Instelling."),
        ("p", "2. Het overgedragen bedrag is bestemd voor de inzet van docenten van de "
              "Instelling in de Vo-fase (artikel 8, derde lid) en voor het gebruik van de "
              "leerwinkel en de simulatieruimte (artikel 8, vijfde lid)."),
        ("p", "3. De overdracht geschiedt in twee termijnen, per 1 december en 1 juni, op "
              "basis van het aantal Leerlingen op de teldatum van 1 oktober. De Instelling "
              "verantwoordt de besteding in het jaarverslag bedoeld in artikel 7."),
        ("p", "4. De Instelling draagt geen bekostiging over aan de School. De uitwerking en "
              "een rekenvoorbeeld zijn opgenomen in Bijlage 2."),

        ("h1", t[12]),
        ("p", "Partijen evalueren de Route jaarlijks aan de hand van het jaarverslag en "
              "betrekken daarbij de Werkveldcommissie, Deelnemers en hun ouders. Iedere "
              "vier jaar laten Partijen een onafhankelijke evaluatie uitvoeren."),

        ("h1", t[13]),
        ("p", "1. Op Leerlingen, hun ouders en het personeel van de School is de Wet "
              "medezeggenschap op scholen van toepassing; op Studenten, hun ouders en het "
              "personeel van de Instelling zijn hoofdstuk 8a WEB en de Wet op de "
              "ondernemingsraden van toepassing."),
        ("p", "2. In aanvulling daarop komen Partijen overeen dat:"),
        ("bullet", "Leerlingen in het tweede leerjaar van de Route zich verkiesbaar kunnen "
                   "stellen voor de studentenraad van het College Handel & Ondernemen en daarin "
                   "met volledige rechten deelnemen;"),
        ("bullet", "de medezeggenschapsraad van de School en de studentenraad van het College "
                   "Handel & Ondernemen jaarlijks in een gezamenlijke vergadering het "
                   "jaarverslag van de Route bespreken en daarover advies kunnen uitbrengen "
                   "aan beide colleges van bestuur;"),
        ("bullet", "een voorgenomen besluit tot wijziging of opzegging van deze overeenkomst "
                   "vooraf voor advies wordt voorgelegd aan de medezeggenschapsraad van de "
                   "School en de centrale studentenraad van de Instelling."),

        ("h1", t[14]),
        ("p", "Partijen verwerken persoonsgegevens van Deelnemers uitsluitend voor zover "
              "noodzakelijk voor de uitvoering van de Route en sluiten daartoe een "
              "afzonderlijke overeenkomst inzake gezamenlijke verwerkingsverantwoordelijkheid "
              "als bedoeld in artikel 26 AVG."),

        ("h1", t[15]),
        ("p", "1. Geschillen tussen Partijen over de uitleg of de uitvoering van deze "
              "overeenkomst worden eerst besproken in de Routedirectie."),
        ("p", "2. Leidt dit niet binnen twee weken tot een oplossing, dan stelt iedere Partij "
              "het geschil schriftelijk aan de orde in het bestuurlijk overleg, dat binnen "
              "vier weken na de schriftelijke melding bijeenkomt."),
        ("p", "3. Komen de colleges van bestuur niet binnen zes weken na dat overleg tot "
              "overeenstemming, dan leggen zij het geschil voor aan een mediator, aan te "
              "wijzen door de Mediatorsfederatie Nederland, tenzij Partijen binnen twee weken "
              "een mediator in onderling overleg aanwijzen."),
        ("p", "4. Indien de mediation niet binnen drie maanden tot een oplossing leidt, is "
              "uitsluitend de bevoegde rechter van de rechtbank Noord-Holland, locatie "
              "Alkmaar, bevoegd van het geschil kennis te nemen."),
        ("p", "5. Gedurende een geschil voeren Partijen de Route onverminderd uit."),

        ("h1", t[16]),
        ("p", "1. Een ander bevoegd gezag van een school voor vbo of mavo of van een "
              "instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien:"),
        ("bullet", "die school het profiel Economie en ondernemen aanbiedt in de leerweg van de "
                   "Route waaraan zij wil deelnemen, dan wel die instelling de betrokken "
                   "kwalificatie is toegekend;"),
        ("bullet", "het toetredende bevoegd gezag schriftelijk verklaart deze overeenkomst en "
                   "het PTA/OER onverkort te aanvaarden;"),
        ("bullet", "beide Partijen schriftelijk met de toetreding instemmen."),
        ("p", "2. Toetreding gaat in op 1 augustus volgend op de instemming en wordt "
              "vastgelegd in een door alle partijen ondertekende akte van toetreding. De "
              "toetredende partij meldt haar deelname zelf in RIO."),
        ("p", "3. Toetreding heeft geen gevolgen voor de programma's, de begeleiding en de "
              "examinering van Deelnemers die op dat moment al aan de Route deelnemen."),

        ("h1", t[17]),
        ("p", "1. Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door "
              "beide colleges van bestuur ondertekende overeenkomst, na advies van de "
              "medezeggenschapsorganen als bedoeld in artikel 14."),
        ("p", "2. Een wijziging van het onderwijsprogramma of van de examinering gaat niet "
              "eerder in dan met ingang van het eerstvolgende Schooljaar en geldt niet ten "
              "nadele van Deelnemers die de Route al volgen."),

        ("h1", t[18]),
        ("p", "1. Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan "
              "voor onbepaalde tijd."),
        ("p", "2. Iedere Partij kan de overeenkomst bij aangetekende brief opzeggen met "
              "inachtneming van een opzegtermijn van ten minste achttien maanden, tegen 1 "
              "augustus van enig jaar."),
        ("p", "3. Iedere Partij kan de overeenkomst buitengerechtelijk ontbinden indien de "
              "andere Partij, na ingebrekestelling met een redelijke termijn voor herstel, "
              "tekortschiet in de nakoming van wezenlijke verplichtingen, of indien de "
              "andere Partij haar bekostiging voor de betrokken opleiding verliest."),
        ("p", "4. Na opzegging of ontbinding worden geen nieuwe Deelnemers meer toegelaten. "
              "Partijen blijven gehouden de Route voor de reeds ingeschreven Deelnemers "
              "volgens deze overeenkomst te voltooien; is dat na ontbinding redelijkerwijs "
              "niet mogelijk, dan bieden Partijen iedere Deelnemer een overstap als bedoeld "
              "in artikel 11."),
        ("p", "5. De artikelen 11, 16 en dit artikel blijven na het einde van de "
              "overeenkomst van kracht zolang er Deelnemers zijn."),

        ("h1", t[19]),
        ("p", "Iedere Partij is aansprakelijk voor schade die voortvloeit uit handelen of "
              "nalaten van haar eigen personeel. Partijen vrijwaren elkaar voor aanspraken "
              "van derden voor zover die schade aan de eigen Partij is toe te rekenen."),

        ("h1", t[20]),
        ("p", "1. Op deze overeenkomst is Nederlands recht van toepassing."),
        ("p", "2. De bijlagen maken deel uit van deze overeenkomst. Bij strijdigheid gaat de "
              "tekst van de overeenkomst voor."),
        ("p", "Aldus overeengekomen en in tweevoud getekend te Alkmaar op 30 juni 2025."),
        ("sig", [["Stichting Openbaar Voortgezet Onderwijs Alkmaar en omstreken", "", "",
                  "mr. C.A.M. Wijdenes", "voorzitter college van bestuur"],
                 ["Stichting Regionaal Opleidingencentrum Noordkust", "", "",
                  "drs. H.J. Borst", "voorzitter college van bestuur"]]),
        ("pagebreak",),
        ("h1", "Bijlage 1 Routebeschrijving per leerjaar"),
        ("table", [
            ["Leerjaar Route", "Plaats", "Inhoud", "Examinering"],
            ["1 (vmbo 3)", "School; 1 dagdeel Instelling",
             "vmbo-vakken, profielvak E&O, mbo-onderdeel klantcontact en presentatie",
             "schoolexamen vmbo; eerste mbo-beoordeling klantgesprek"],
            ["2 (vmbo 4)", "School; 1 dag Instelling",
             "vmbo-vakken, mbo-onderdelen verkoop en voorraad, snuffelstage",
             "centraal examen vmbo; mbo-examens verkoop"],
            ["3 (mbo 1)", "Instelling; 2 dagen bpv",
             "beroepsgerichte onderdelen Retail, keuzedelen, Nederlands/rekenen mbo",
             "proeven van bekwaamheid deel 1"],
            ["4-5 (mbo 2-3)", "Instelling; bpv",
             "Route A: verdieping verkoop; Route B: leidinggeven, ondernemen",
             "proeven van bekwaamheid, keuzedelen, generieke examens"],
        ], [0.16, 0.22, 0.36, 0.26]),
        ("p", "Route A duurt in totaal vier leerjaren, Route B vijf leerjaren. De "
              "definitieve inhoud staat in het PTA/OER."),
        ("h1", "Bijlage 2 Financiële uitwerking"),
        ("table", [
            ["Post", "Grondslag", "Bedrag", "Bestemming"],
            ["Overdracht School aan Instelling", "per Leerling Vo-fase, per jaar",
             "€ 1.350", "inzet docenten Instelling in de Vo-fase; leerwinkel en "
                        "simulatieruimte"],
            ["Rekenvoorbeeld", "48 Leerlingen op 1 oktober", "€ 64.800",
             "idem, in twee termijnen"],
            ["Overdracht Instelling aan School", "-", "€ 0", "geen"],
        ], [0.26, 0.26, 0.14, 0.34]),
    ]
    render_pdf(path, B, title="Samenwerkingsovereenkomst doorlopende leerroutes Handel en "
                              "Retail", author="ROC Noordkust, Juridische Zaken",
               header="Samenwerkingsovereenkomst DLR Handel en Retail - JZ/2025/0417")


# --- h131: small christian school with a vakinstelling, geintegreerde route, Nunspeet ------

@sample("h131", "christelijke_school_vakinstelling_nunspeet", "docx",
        "DOCX in the warm voice of a small christian vmbo school with a national vakinstelling "
        "(hout en interieur); Nunspeet, geintegreerde route bb BWI -> mbo-2 Meubelmaker; "
        "overstap is automatic transfer to Entree, bekostiging transferred without any "
        "omvang.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "weak", "h": "present", "i": "present", "j": "present"},
        {"a": "2. Welke route wij samen aanbieden",
         "b": "3. De meubelmakers en interieurbouwers uit de regio",
         "c": "4. Wie de route leidt",
         "d": "5. Verslag aan de besturen",
         "e": "6. Hoe het onderwijs is ingericht",
         "h": "9. Inspraak van leerlingen en ouders",
         "i": "10. Als we het niet eens worden",
         "j": "11. Nieuwe partners, wijzigen en stoppen"})
def h131(path):
    B = [
        ("title", "Samenwerkingsovereenkomst geïntegreerde route Meubelmaker"),
        ("subtitle", "De Wingerd, christelijk vmbo te Nunspeet, en het Vakcollege Hout en "
                     "Interieur"),
        ("p", "Ondergetekenden:"),
        ("p", "de Vereniging voor Christelijk Voortgezet Onderwijs De Wingerd te Nunspeet, "
              "bevoegd gezag van De Wingerd, school voor vmbo (basis- en kaderberoepsgerichte "
              "leerweg), vertegenwoordigd door de heer J. van den Brink, directeur-bestuurder, "
              "hierna: De Wingerd;"),
        ("p", "en"),
        ("p", "de Stichting Vakcollege Hout en Interieur, vakinstelling voor beroepsonderwijs "
              "met vestigingen te Apeldoorn en Rotterdam, vertegenwoordigd door mevrouw "
              "E.M. Scholten, voorzitter van het college van bestuur, hierna: het Vakcollege;"),
        ("p", "spreken het volgende af."),

        ("h1", "1. Waarom we samenwerken"),
        ("p", "De Wingerd is een kleine school met ruim driehonderd leerlingen, die vanuit de "
              "christelijke levensovertuiging onderwijs geeft en waar iedere leerling gekend "
              "wordt. Veel van onze leerlingen in de basisberoepsgerichte leerweg zijn "
              "praktisch ingesteld en willen met hun handen werken. Het Vakcollege is de "
              "landelijke vakinstelling voor de hout- en meubelbranche. Samen willen wij deze "
              "leerlingen een rustige, veilige weg bieden naar een vak waar in de regio veel "
              "vraag naar is. Het Vakcollege respecteert de identiteit van De Wingerd; "
              "dagopeningen en vieringen blijven in de vo-fase onderdeel van het programma."),

        ("h1", "2. Welke route wij samen aanbieden"),
        ("p", "Wij verzorgen samen een geïntegreerde route vmbo-basisberoepsopleiding, als "
              "bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB. De route begint in "
              "leerjaar 3 van de basisberoepsgerichte leerweg, profiel Bouwen, wonen en "
              "interieur (BWI), en leidt tot het mbo-diploma Meubelmaker, niveau 2 "
              "(kwalificatiedossier Meubelmaken/(scheeps)interieurbouw), in de "
              "beroepsbegeleidende leerweg vanaf het derde leerjaar van de route."),
        ("p", "In deze route wordt geen vmbo-eindexamen afgenomen. Een leerling neemt alleen "
              "aan de route deel na overleg met hem en zijn ouders, en nadat De Wingerd "
              "hierover met het Vakcollege heeft overlegd."),

        ("h1", "3. De meubelmakers en interieurbouwers uit de regio"),
        ("p", "Meubelmakerij Hulshorst B.V., Interieurbouw Van de Beek B.V. uit Elspeet en "
              "Keukenatelier Veluwerand uit Harderwijk zijn vanaf de start bij de route "
              "betrokken. Zij ontvangen de leerlingen van leerjaar 3 voor een snuffeldag per "
              "periode, bieden vanaf leerjaar 4 leerwerkplekken van twee dagen per week en "
              "zijn in de bbl-fase het erkende leerbedrijf waar de leerling in dienst komt."),
        ("p", "Eenmaal per jaar bespreken De Wingerd en het Vakcollege met deze bedrijven en "
              "een adviseur praktijkleren van SBB het programma. Wat de bedrijven aan "
              "vakkennis en houding missen, nemen wij mee in het programma van het volgende "
              "jaar. Een praktijkopleider van een van de bedrijven beoordeelt mee bij de "
              "proeve van bekwaamheid."),

        ("h1", "4. Wie de route leidt"),
        ("p", "De route wordt geleid door een routeduo: de teamleider BWI van De Wingerd en "
              "de praktijkcoördinator Meubel van het Vakcollege. De directeur-bestuurder van "
              "De Wingerd wijst de teamleider aan; het college van bestuur van het Vakcollege "
              "wijst de praktijkcoördinator aan. Beide aanwijzingen gebeuren schriftelijk en "
              "worden aan de andere partij gemeld."),
        ("p", "Het routeduo heeft de volgende taken en bevoegdheden: het stelt het "
              "programma per leerjaar en het gezamenlijke PTA/OER vast, beslist over de "
              "plaatsing van leerlingen bij leerbedrijven, maakt het rooster, zet de "
              "docenten en instructeurs van beide partijen in en onderhoudt het contact met "
              "ouders. Zaken van geld boven € 5.000 en personele besluiten blijven bij de "
              "besturen."),

        ("h1", "5. Verslag aan de besturen"),
        ("p", "Het routeduo brengt twee keer per jaar, in januari en in juni, schriftelijk "
              "verslag uit aan de directeur-bestuurder van De Wingerd en aan het college van "
              "bestuur van het Vakcollege over het aantal leerlingen, hun voortgang, de "
              "leerbedrijven en de uitgaven. Het juniverslag wordt besproken in een "
              "bestuurlijk overleg van beide besturen met het routeduo. Tussentijds geeft "
              "het routeduo de besturen alle informatie waar zij om vragen."),

        ("h1", "6. Hoe het onderwijs is ingericht"),
        ("p", "Leerjaar 3 en 4 worden gegeven op De Wingerd, Oenenburgweg 20 te Nunspeet, met "
              "één dag per week praktijk in de leerwerkplaats van het Vakcollege in "
              "Apeldoorn. Vanaf leerjaar 5 werkt de leerling vier dagen bij het leerbedrijf "
              "en gaat hij één dag naar het Vakcollege. Het programma en de examinering per "
              "leerjaar staan in het gezamenlijke PTA/OER."),
        ("p", "Personeel: de twee docenten BWI van De Wingerd en een instructeur "
              "meubelmaken van het Vakcollege vormen één team. Voor de praktijkvakken in "
              "leerjaar 3 en 4 werken zij met teambevoegdheid; ieder blijft verantwoordelijk "
              "voor het deel waarvoor hij bevoegd is. De mentor blijft in de vo-fase een "
              "docent van De Wingerd."),
        ("p", "Faciliteiten: De Wingerd stelt haar houtwerkplaats en de bus voor het "
              "leerlingenvervoer naar Apeldoorn beschikbaar; het Vakcollege stelt zijn "
              "machinale werkplaats, de CNC-afdeling en de oefenhal met "
              "veiligheidsinstructie beschikbaar."),
        ("p", "Klachten over een medewerker van de andere partij worden behandeld volgens de "
              "klachtenregeling van de partij waar de leerling staat ingeschreven; de andere "
              "partij werkt daaraan mee."),

        ("h1", "7. Wanneer een leerling de route verlaat"),
        ("p", "Het kan gebeuren dat een leerling merkt dat de route of het vak toch niet bij "
              "hem past. Wij vinden het belangrijk dat hij dan niet zonder school komt te "
              "zitten. Een leerling die de geïntegreerde route verlaat, stroomt daarom door "
              "naar de Entree-opleiding van het Vakcollege, zodat hij zo snel mogelijk aan "
              "het werk kan. De Wingerd meldt de leerling hiervoor aan en draagt zorg voor "
              "een goede overdracht van het leerlingdossier."),

        ("h1", "8. Geld"),
        ("p", "De Wingerd draagt een deel van de ontvangen bekostiging over aan het "
              "Vakcollege ter dekking van de praktijkdag in Apeldoorn en het "
              "verbruiksmateriaal in leerjaar 3 en 4. De overdracht vindt jaarlijks plaats "
              "na ontvangst van de factuur van het Vakcollege."),

        ("h1", "9. Inspraak van leerlingen en ouders"),
        ("p", "In de vo-fase geldt de medezeggenschapsraad van De Wingerd, in de bbl-fase de "
              "studentenraad van het Vakcollege. Wij spreken daarnaast af dat:"),
        ("bullet", "de medezeggenschapsraad van De Wingerd jaarlijks over het routeplan wordt "
                   "gehoord en daarover advies geeft;"),
        ("bullet", "één leerling uit de route, ook zolang hij nog bij De Wingerd staat "
                   "ingeschreven, als toehoorder mag deelnemen aan de vergaderingen van de "
                   "studentenraad van het Vakcollege;"),
        ("bullet", "de ouders van de route-leerlingen eenmaal per jaar samen met het routeduo "
                   "een ouderavond hebben waarvan het verslag aan beide raden wordt "
                   "gestuurd."),

        ("h1", "10. Als we het niet eens worden"),
        ("p", "Wij willen verschillen van inzicht eerst in goed vertrouwen met elkaar "
              "bespreken. Een geschil over de uitvoering van deze overeenkomst wordt eerst "
              "besproken door het routeduo. Komen zij er niet uit, dan spreken de "
              "directeur-bestuurder en de voorzitter van het college van bestuur binnen vier "
              "weken met elkaar. Lukt ook dat niet, dan leggen zij het geschil voor aan een "
              "commissie van drie personen voor bindend advies: ieder bestuur wijst één lid "
              "aan en die twee kiezen samen een voorzitter. Beide partijen volgen het advies "
              "op en delen de kosten."),

        ("h1", "11. Nieuwe partners, wijzigen en stoppen"),
        ("p", "Een andere vmbo-school of een andere instelling voor beroepsonderwijs kan aan "
              "deze overeenkomst meedoen als beide partijen daar schriftelijk mee instemmen, "
              "de nieuwe partner de afspraken in deze overeenkomst aanvaardt en de "
              "overeenkomst meeondertekent. De nieuwe partner meldt zich zelf bij DUO aan."),
        ("p", "Deze overeenkomst wordt alleen gewijzigd als beide besturen de wijziging "
              "ondertekenen. Een wijziging geldt niet voor leerlingen die al in de route "
              "zitten als die wijziging voor hen nadelig is."),
        ("p", "Iedere partij kan de overeenkomst schriftelijk opzeggen, met een termijn van "
              "een jaar, tegen 1 augustus. Na de opzegging nemen wij geen nieuwe leerlingen "
              "meer aan; leerlingen die al in de route zitten, maken hun opleiding bij ons "
              "af."),

        ("h1", "12. Looptijd"),
        ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "Nunspeet, 30 juni 2025"),
        ("sig", [["Vereniging voor Christelijk Voortgezet Onderwijs De Wingerd", "", "",
                  "J. van den Brink, directeur-bestuurder"],
                 ["Stichting Vakcollege Hout en Interieur", "", "",
                  "E.M. Scholten, voorzitter college van bestuur"]]),
    ]
    render_docx(path, B, title="Samenwerkingsovereenkomst geïntegreerde route Meubelmaker",
                author="J. van den Brink", font="Cambria", font_size=11)


# --- h132: management style with role, escalation and budget tables, Lelystad -------------

@sample("h132", "escalatietabel_budgettabel_zorg_lelystad", "pdf",
        "Management-style PDF with a role table, an escalation table and a budget table; "
        "Lelystad, vmbo bb Zorg en welzijn -> mbo-2 Helpende zorg en welzijn; fully compliant "
        "(transfer with omvang and bestemming in the table, joint klankbordraad for "
        "medezeggenschap).",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "2 Route en opleiding", "b": "3 Zorg- en welzijnsorganisaties",
         "c": "4 Leiding: rollen, benoeming en mandaat",
         "d": "5 Rapportage en verantwoording",
         "e": "6 Uitvoering: locaties, team en voorzieningen",
         "f": "7 Overstapmogelijkheden", "g": "8 Budget en overdracht van middelen",
         "h": "9 Medezeggenschap", "i": "10 Escalatie bij geschillen",
         "j": "11 Toetreding, wijziging, opzegging"})
def h132(path):
    B = [
        ("title", "Samenwerkingsovereenkomst Zorgroute Lelystad"),
        ("subtitle", "Doorlopende leerroute vmbo basis Zorg en welzijn - mbo niveau 2 "
                     "Helpende zorg en welzijn | looptijd vanaf schooljaar 2025-2026"),
        ("table", [
            ["Partij", "Bevoegd gezag", "Vertegenwoordigd door"],
            ["vmbo De Kogge, Lelystad",
             "Stichting Voortgezet Onderwijs Lelystad (SVOL)",
             "mw. drs. I. Tromp, voorzitter college van bestuur"],
            ["ROC Polderland, Lelystad",
             "Stichting ROC Polderland, instelling voor beroepsonderwijs",
             "dhr. M. Oudejans MBA, lid college van bestuur"],
        ], [0.28, 0.42, 0.30]),
        ("p", "Partijen, hierna De Kogge en ROC Polderland, leggen in dit document hun "
              "afspraken vast over de gezamenlijke Zorgroute. Waar in dit document 'wij' "
              "staat, worden beide partijen bedoeld."),

        ("h1", "1 Aanleiding en doel"),
        ("p", "1.1 In Lelystad en omgeving is een groot tekort aan helpenden en verzorgenden. "
              "Tegelijk haakt een deel van de bb-leerlingen Zorg en welzijn af bij de overgang "
              "naar het mbo. De Zorgroute moet die overgang wegnemen."),
        ("p", "1.2 Doelen voor 2030: 80% van de instromers behaalt binnen vier jaar het "
              "vmbo- en het mbo-diploma; uitval in het eerste mbo-jaar onder 10%."),

        ("h1", "2 Route en opleiding"),
        ("p", "2.1 Wij verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo van de "
              "basisberoepsgerichte leerweg, profiel Zorg en welzijn, naar de "
              "basisberoepsopleiding Helpende zorg en welzijn, niveau 2 (kwalificatiedossier "
              "Helpende zorg en welzijn, opleidingsdomein Zorg en welzijn), BOL."),
        ("p", "2.2 De route start in leerjaar 3 en duurt vier jaar: leerjaar 3 en 4 vmbo "
              "(vo-fase) en twee mbo-jaren. Het vmbo-examen wordt in leerjaar 4 afgerond."),
        ("p", "2.3 Beide partijen registreren de route in RIO en melden haar daarmee "
              "gezamenlijk aan de minister."),

        ("h1", "3 Zorg- en welzijnsorganisaties"),
        ("p", "3.1 De volgende organisaties nemen deel: Zorggroep Polderhof (ouderenzorg), "
              "Stichting Het Lichtschip (gehandicaptenzorg) en Kinderopvang Zonnepit. Zij zijn "
              "door SBB erkend als leerbedrijf."),
        ("table", [
            ["Organisatie", "Bijdrage aan de route", "Wanneer"],
            ["Zorggroep Polderhof", "snuffelstages, 20 bpv-plaatsen, gastlessen "
                                    "tilinstructie", "leerjaar 3-6"],
            ["Het Lichtschip", "praktijkopdracht 'dagbesteding', 10 bpv-plaatsen",
             "leerjaar 4-6"],
            ["Kinderopvang Zonnepit", "gastles en meeloopdag, 8 bpv-plaatsen",
             "leerjaar 3-6"],
            ["Werkveldcommissie (een praktijkopleider per organisatie)",
             "advies over programma en keuzedelen; beoordelaar bij de proeve van "
             "bekwaamheid", "2x per jaar"],
        ], [0.30, 0.50, 0.20]),

        ("h1", "4 Leiding: rollen, benoeming en mandaat"),
        ("p", "4.1 De leiding over de route is belegd bij de routeleiding, samengesteld als "
              "volgt:"),
        ("table", [
            ["Rol", "Wie", "Benoemd door", "Taken en bevoegdheden"],
            ["Routeleider vo", "teamleider bovenbouw bb De Kogge", "cvb SVOL",
             "programma vo-fase, inzet vo-docenten, toelating tot de route, contact ouders"],
            ["Routeleider mbo", "teamleider Zorg & Welzijn niveau 2 ROC Polderland",
             "cvb ROC Polderland",
             "programma mbo-fase, inzet mbo-docenten, bpv-plaatsing, examinering mbo"],
            ["Gezamenlijk", "beide routeleiders", "-",
             "vaststellen PTA/OER en jaarplanning; besteden routebudget tot € 15.000 per "
             "post; besluiten over overstap (hoofdstuk 7)"],
        ], [0.17, 0.27, 0.17, 0.39]),
        ("p", "4.2 Benoeming gebeurt schriftelijk voor de duur van de overeenkomst. Besluiten "
              "buiten dit mandaat, zoals uitbreiding van de formatie of wijziging van de "
              "instroomcapaciteit (30 leerlingen per jaar), nemen de colleges van bestuur."),

        ("h1", "5 Rapportage en verantwoording"),
        ("table", [
            ["Wat", "Aan wie", "Wanneer", "Inhoud"],
            ["Kwartaalbericht", "beide colleges van bestuur", "elk kwartaal",
             "instroom, verzuim, uitval, bijzonderheden"],
            ["Jaarverantwoording", "beide colleges van bestuur", "vóór 15 oktober",
             "resultaten t.o.v. doelen 1.2, besteding budget, evaluatie werkveld"],
            ["Bestuurlijk overleg", "cvb's en routeleiding", "november en mei",
             "bespreking jaarverantwoording, besluiten buiten mandaat"],
        ], [0.22, 0.24, 0.18, 0.36]),

        ("h1", "6 Uitvoering: locaties, team en voorzieningen"),
        ("p", "6.1 Locaties: vo-fase op De Kogge (Kempenaar 12, Lelystad), met vanaf "
              "leerjaar 4 één dag per week op ROC Polderland (Zuiderwagenplein 5); mbo-fase "
              "op ROC Polderland en bij de leerbedrijven."),
        ("p", "6.2 Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER. "
              "Mbo-onderdelen (o.a. 'ondersteunt bij zorg en welzijn') starten in leerjaar 3."),
        ("p", "6.3 Team: drie docenten Zorg en welzijn van De Kogge en twee docenten van ROC "
              "Polderland vormen één routeteam. In leerjaar 3 en 4 zetten wij "
              "teambevoegdheid in voor het profielvak en de mbo-beroepstaken; iedere docent "
              "blijft verantwoordelijk voor zijn eigen bevoegdheidsgebied. Personeel blijft "
              "in dienst van de eigen partij."),
        ("p", "6.4 Voorzieningen: ROC Polderland stelt zijn skillslab zorg en het "
              "oefenappartement beschikbaar; De Kogge zijn praktijklokaal en keuken. "
              "Leerlingen krijgen in de vo-fase een ROC-account voor de digitale "
              "leeromgeving."),
        ("p", "6.5 Klachten: de klachtenregeling van de partij waar de leerling is "
              "ingeschreven geldt ook voor gedrag van medewerkers van de andere partij."),

        ("h1", "7 Overstapmogelijkheden"),
        ("p", "7.1 Stopt een leerling in de vo-fase met de route, dan gaat hij verder in de "
              "gewone basisberoepsgerichte leerweg van De Kogge (Zorg en welzijn of een ander "
              "profiel) en haalt hij daar het vmbo-diploma."),
        ("p", "7.2 Stopt een student in de mbo-fase, of past de zorg niet bij hem, dan kan "
              "hij overstappen naar een andere opleiding op niveau 2 van ROC Polderland, "
              "bijvoorbeeld Medewerker facilitaire dienstverlening of Medewerker sport "
              "en recreatie, zonder nieuwe "
              "vooropleidingseisen. Naar een andere instelling gaat dat via een "
              "geschiktheidsonderzoek van die instelling, waarbij wij ondersteunen."),
        ("p", "7.3 Heeft de leerling aan het eind van het derde routejaar geen vmbo-diploma, "
              "dan mag hij zijn mbo-opleiding afmaken of overstappen naar een andere "
              "niveau 2-opleiding; ook een herkansingsjaar voor het vmbo-examen is mogelijk."),
        ("p", "7.4 De twee routeleiders beslissen samen over de overstap, na overleg met de "
              "leerling en zijn ouders, op basis van het bereikte onderwijsniveau en de "
              "leeftijd. De schoolgids van De Kogge beschrijft deze werkwijze."),

        ("h1", "8 Budget en overdracht van middelen"),
        ("p", "8.1 De Kogge draagt op grond van artikel 5.42a WVO 2020 de volgende bedragen "
              "over aan ROC Polderland. ROC Polderland draagt geen bekostiging over aan De "
              "Kogge."),
        ("table", [
            ["Post", "Van - naar", "Omvang per schooljaar", "Bestemming"],
            ["Inzet ROC-docenten vo-fase", "De Kogge - ROC", "€ 41.500 (0,5 fte)",
             "lessen mbo-beroepstaken in leerjaar 3 en 4"],
            ["Gebruik skillslab", "De Kogge - ROC", "€ 175 per leerling vo-fase",
             "huur skillslab en verbruiksmateriaal"],
            ["Routecoördinatie", "beide (50/50)", "€ 12.000 totaal",
             "overleg werkveldcommissie, ouderavonden"],
            ["Overdracht ROC - De Kogge", "-", "€ 0", "-"],
        ], [0.27, 0.18, 0.23, 0.32]),
        ("p", "8.2 Betaling in twee termijnen (1 december, 1 mei); afrekening in de "
              "jaarverantwoording (hoofdstuk 5)."),

        ("h1", "9 Medezeggenschap"),
        ("p", "9.1 De wettelijke regels blijven gelden: WMS bij De Kogge, WEB en WOR bij ROC "
              "Polderland. Aanvullend stellen wij een klankbordraad Zorgroute in met twee "
              "leden van de MR van De Kogge (een ouder, een leerling) en twee leden van de "
              "studentenraad van ROC Polderland. De klankbordraad wordt vooraf gehoord over "
              "het PTA/OER en het budget en mag de colleges van bestuur gevraagd en "
              "ongevraagd adviseren."),

        ("h1", "10 Escalatie bij geschillen"),
        ("p", "10.1 Verschillen van mening tussen partijen over de uitvoering van deze "
              "overeenkomst worden volgens onderstaande trap opgelost. Een volgende trede "
              "wordt pas genomen als de vorige binnen de termijn niets heeft opgeleverd."),
        ("table", [
            ["Trede", "Wie", "Termijn"],
            ["1", "beide routeleiders", "10 werkdagen"],
            ["2", "directeur De Kogge en directeur College Zorg ROC Polderland",
             "20 werkdagen"],
            ["3", "beide colleges van bestuur in bestuurlijk overleg", "30 werkdagen"],
            ["4", "mediation door een onafhankelijke MfN-registermediator, kosten 50/50",
             "8 weken"],
            ["5", "bevoegde rechter, rechtbank Midden-Nederland, locatie Lelystad", "-"],
        ], [0.12, 0.64, 0.24]),

        ("h1", "11 Toetreding, wijziging, opzegging"),
        ("p", "11.1 Toetreding: een andere vmbo-school met het profiel Zorg en welzijn of een "
              "andere mbo-instelling kan deelnemen als beide partijen schriftelijk instemmen "
              "en de nieuwe partij deze overeenkomst ondertekent; deelname start op 1 "
              "augustus en verandert niets voor leerlingen die al in de route zitten."),
        ("p", "11.2 Wijziging: alleen schriftelijk, getekend door beide colleges van "
              "bestuur; wijzigingen van programma of examinering gelden vanaf een nieuw "
              "cohort."),
        ("p", "11.3 Opzegging: schriftelijk, met een termijn van twaalf maanden, tegen 31 "
              "juli. Ontbinding is mogelijk bij ernstige tekortkoming na een "
              "herstelperiode van drie maanden. In beide gevallen is er geen nieuwe "
              "instroom meer en maken lopende leerlingen de route af; lukt dat niet, dan "
              "geldt hoofdstuk 7."),

        ("h1", "12 Looptijd en ondertekening"),
        ("p", "Deze overeenkomst geldt van 1 augustus 2025 tot 1 augustus 2031 en wordt "
              "daarna steeds met drie jaar verlengd, tenzij zij is opgezegd."),
        ("p", "Lelystad, 30 juni 2025"),
        ("sig", [["Stichting Voortgezet Onderwijs Lelystad", "", "",
                  "mw. drs. I. Tromp"],
                 ["Stichting ROC Polderland", "", "", "dhr. M. Oudejans MBA"]]),
    ]
    render_pdf(path, B, title="Samenwerkingsovereenkomst Zorgroute Lelystad",
               author="Projectbureau Zorgroute", font_size=9.5)


# --- h133: interne regeling of a verticale scholengemeenschap, Montferland ----------------

@sample("h133", "interne_regeling_vsg_montferland", "docx",
        "DOCX interne regeling of a verticale scholengemeenschap (one bevoegd gezag), "
        "chapters and articles as Word headings; Montferland, vmbo kb Mobiliteit en transport "
        "-> mbo-3 Autotechnicus; bedrijfsleven appears only in the definitions, overstap within "
        "the same vsg demands vooropleidingseisen; h, i, j not required.",
        {"a": "present", "b": "missing", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "not_applicable", "i": "not_applicable",
         "j": "not_applicable"},
        {"a": "Artikel 3. De route Mobiliteit",
         "c": "Artikel 4. Routemanager",
         "d": "Artikel 5. Informatie en verantwoording",
         "e": "Artikel 6. Inrichting, personeel en voorzieningen",
         "g": "Artikel 9. Middelen"})
def h133(path):
    B = [
        ("title", "Interne regeling doorlopende leerroute Mobiliteit vmbo-mbo"),
        ("subtitle", "Montferland College, verticale scholengemeenschap voor vmbo en mbo"),
        ("p", "Het college van bestuur van de Stichting Scholengemeenschap Bergh en "
              "Montferland, bevoegd gezag van de verticale scholengemeenschap Montferland "
              "College te 's-Heerenberg, bestaande uit de afdeling vmbo (school voor "
              "voorbereidend middelbaar beroepsonderwijs) en de Vakschool Montferland "
              "(instelling voor beroepsonderwijs);"),
        ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en "
              "artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;"),
        ("p", "gehoord de medezeggenschapsraad van de afdeling vmbo en de studentenraad van "
              "de Vakschool Montferland;"),
        ("p", "besluit vast te stellen de volgende regeling."),

        ("h1", "Hoofdstuk 1. Algemeen"),
        ("h2", "Artikel 1. Begripsbepalingen"),
        ("p", "In deze regeling wordt verstaan onder:"),
        ("bullet", "college: het college van bestuur van de Stichting Scholengemeenschap "
                   "Bergh en Montferland;"),
        ("bullet", "afdeling vmbo: de afdeling vmbo van het Montferland College;"),
        ("bullet", "Vakschool: de Vakschool Montferland, onderdeel van het Montferland "
                   "College;"),
        ("bullet", "route: de doorlopende leerroute bedoeld in artikel 3;"),
        ("bullet", "bedrijfsleven: de ondernemingen en brancheorganisaties in de "
                   "mobiliteitsbranche in de Achterhoek en de Liemers, waaronder de door SBB "
                   "erkende leerbedrijven;"),
        ("bullet", "PTA/OER: het programma van toetsing en afsluiting en de onderwijs- en "
                   "examenregeling die samen de route beschrijven."),
        ("h2", "Artikel 2. Reikwijdte"),
        ("p", "1. Deze regeling is van toepassing op de route die geheel binnen het "
              "Montferland College wordt verzorgd."),
        ("p", "2. Omdat de afdeling vmbo en de Vakschool onder één bevoegd gezag vallen, "
              "regelt het college de route bij deze interne regeling en niet bij een "
              "samenwerkingsovereenkomst."),

        ("h1", "Hoofdstuk 2. De route"),
        ("h2", "Artikel 3. De route Mobiliteit"),
        ("p", "1. Het Montferland College verzorgt een doorlopende leerroute van de "
              "kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, naar de "
              "mbo-opleiding Autotechnicus, niveau 3 (kwalificatiedossier "
              "Autotechniek, opleidingsdomein Mobiliteit en voertuigen), "
              "beroepsopleidende leerweg."),
        ("p", "2. De route begint in leerjaar 3 van de afdeling vmbo en duurt in totaal "
              "vijf jaar. De leerling is de eerste twee leerjaren ingeschreven bij de "
              "afdeling vmbo en daarna bij de Vakschool."),
        ("p", "3. Het college meldt de route aan de minister door registratie in RIO."),

        ("h2", "Artikel 4. Routemanager"),
        ("p", "1. De leiding over de route berust bij een routemanager, bijgestaan door een "
              "routeoverleg bestaande uit de teamleider Mobiliteit van de afdeling vmbo en de "
              "opleidingscoördinator Autotechniek van de Vakschool."),
        ("p", "2. Het college benoemt de routemanager voor een periode van vier jaar, na "
              "advies van de directeuren van de afdeling vmbo en de Vakschool. De leden van "
              "het routeoverleg worden door de betrokken directeur aangewezen."),
        ("p", "3. Het college draagt aan de routemanager op: het opstellen van het PTA/OER "
              "voor de gehele route ter vaststelling door de directeuren, het roosteren, "
              "het inzetten van docenten van beide onderdelen binnen de toegekende formatie, "
              "het toelaten van leerlingen tot de route en het beheren van het "
              "routebudget. De routemanager is niet bevoegd tot personele besluiten."),

        ("h2", "Artikel 5. Informatie en verantwoording"),
        ("p", "1. De routemanager stelt jaarlijks vóór 1 november een routeverslag op over "
              "het afgelopen schooljaar, met instroom, doorstroom, uitval, "
              "examenresultaten en besteding van het routebudget, en legt dat voor aan het "
              "college."),
        ("p", "2. De routemanager bespreekt de voortgang eenmaal per kwartaal met de "
              "portefeuillehouder onderwijs van het college en informeert het college "
              "onverwijld over zaken die de continuïteit van de route raken."),

        ("h2", "Artikel 6. Inrichting, personeel en voorzieningen"),
        ("p", "1. De vo-fase wordt verzorgd in het gebouw van de afdeling vmbo aan de "
              "Stadsweg 3 te 's-Heerenberg, de mbo-fase in het Mobiliteitscentrum van de "
              "Vakschool aan de Industrieweg 40. Vanaf leerjaar 4 volgen leerlingen twee "
              "dagdelen per week les in het Mobiliteitscentrum."),
        ("p", "2. Het onderwijsprogramma en de examinering per leerjaar zijn beschreven in "
              "het PTA/OER. Het centraal examen vmbo wordt in leerjaar 4 afgenomen."),
        ("p", "3. Docenten van de afdeling vmbo en van de Vakschool vormen één team. Voor "
              "het beroepsgerichte deel van leerjaar 3 en 4 wordt teambevoegdheid "
              "toegepast; elke docent blijft verantwoordelijk voor het onderdeel waarvoor "
              "hij bevoegd is."),
        ("p", "4. De route maakt gebruik van de werkplaats motorvoertuigen en de "
              "diagnoseruimte van het Mobiliteitscentrum en van het technieklokaal van de "
              "afdeling vmbo. De afdeling vmbo en de Vakschool plannen het gebruik in "
              "onderling overleg in de jaarplanning."),

        ("h1", "Hoofdstuk 3. Leerlingen"),
        ("h2", "Artikel 7. Overstap"),
        ("p", "1. Een leerling die de route in de vo-fase verlaat, zet zijn opleiding voort in "
              "de reguliere kaderberoepsgerichte leerweg van de afdeling vmbo en wordt "
              "voorbereid op het vmbo-diploma."),
        ("p", "2. Een leerling die de route na de vo-fase verlaat, kan worden toegelaten tot "
              "een andere mbo-opleiding van de Vakschool op niveau 2 of 3, mits hij voldoet "
              "aan de vooropleidingseisen van die opleiding, waaronder het bezit van een "
              "vmbo-diploma in de kaderberoepsgerichte leerweg of hoger."),
        ("p", "3. De directeuren van de afdeling vmbo en de Vakschool bepalen samen, na een "
              "gesprek met de leerling en zijn ouders, welke overstap passend is, gelet op "
              "het bereikte onderwijsniveau en de leeftijd."),
        ("h2", "Artikel 8. Klachten"),
        ("p", "Klachten over de route worden behandeld volgens de klachtenregeling van het "
              "Montferland College."),

        ("h1", "Hoofdstuk 4. Slotbepalingen"),
        ("h2", "Artikel 9. Middelen"),
        ("p", "1. Er vindt geen overdracht van bekostiging plaats in de zin van artikel 5.42a "
              "WVO 2020 of artikel 9.1.15 WEB, omdat de route geheel onder één bevoegd gezag "
              "valt."),
        ("p", "2. Het college kent in de jaarlijkse begroting een routebudget toe."),
        ("h2", "Artikel 10. Inwerkingtreding en citeertitel"),
        ("p", "1. Deze regeling treedt in werking op 1 augustus 2025."),
        ("p", "2. Deze regeling wordt aangehaald als: Interne regeling route Mobiliteit."),
        ("p", "Vastgesteld door het college van bestuur op 30 juni 2025."),
        ("p", "drs. W.A. Hulshof, voorzitter college van bestuur"),
    ]
    render_docx(path, B, title="Interne regeling doorlopende leerroute Mobiliteit",
                author="Bestuursbureau Montferland College", font="Arial", font_size=10)


# --- h134: two-column PDF, groen, Het Hogeland ---------------------------------------------

@sample("h134", "twee_kolommen_groen_het_hogeland", "pdf",
        "Two-column PDF (full-width title block, then two columns of short articles); Het "
        "Hogeland, vmbo kb Groen -> AOC mbo-3 Vakbekwaam medewerker veehouderij; faciliteiten "
        "left as dotted template lines, toetreding/opzegging/wijziging without any protection "
        "of pupils, medezeggenschap only described 'ter informatie'.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "weak",
         "f": "present", "g": "present", "h": "not_applicable", "i": "present",
         "j": "weak"},
        {"a": "Art. 2 Route", "b": "Art. 3 Agrarische ondernemers en loonwerkers",
         "c": "Art. 4 Routecommissie", "d": "Art. 5 Verantwoording",
         "f": "Art. 7 Overstapoptie", "g": "Art. 8 Financiën",
         "i": "Art. 10 Geschillen"})
def h134(path):
    B = [
        ("title", "Samenwerkingsovereenkomst Groene Route Hogeland"),
        ("subtitle", "doorlopende leerroute vmbo kader Groen - mbo niveau 3 veehouderij | "
                     "Wadkust College en AOC Ommelanden | 30 juni 2025"),
        ("h2", "Partijen"),
        ("p", "Stichting VO Wadkust, bevoegd gezag van het Wadkust College, school voor vbo "
              "en mavo te Uithuizen, vertegenwoordigd door mevrouw G. Dijkhuis, "
              "bestuurder (hierna: Wadkust), en Stichting AOC Ommelanden, instelling voor "
              "beroepsonderwijs te Winsum, vertegenwoordigd door de heer T. Bolt, voorzitter "
              "van het college van bestuur (hierna: het AOC), komen het volgende overeen."),
        ("h2", "Art. 1 Doel"),
        ("p", "Partijen verzorgen samen een doorlopende leerroute waarin leerlingen zonder "
              "onderbreking van het vmbo naar het mbo gaan, met een programma zonder "
              "overlap en met veel praktijk."),
        ("h2", "Art. 2 Route"),
        ("p", "2.1 De route loopt van de kaderberoepsgerichte leerweg, profiel Groen, naar "
              "de mbo-opleiding Vakbekwaam medewerker veehouderij, niveau 3, in het "
              "opleidingsdomein Voedsel, natuur en leefomgeving (BOL)."),
        ("p", "2.2 De route begint in leerjaar 3. Na twee jaar vo-fase volgen twee jaar "
              "mbo-fase. Het vmbo-diploma wordt aan het eind van leerjaar 4 behaald."),
        ("p", "2.3 Partijen registreren de route in RIO."),
        ("h2", "Art. 3 Agrarische ondernemers en loonwerkers"),
        ("p", "3.1 Melkveebedrijf Oosterhuis te Usquert, zorgboerderij De Maarhoeve te "
              "Warffum en Loonbedrijf Bakker Middelstum bieden in de vo-fase elk jaar "
              "praktijkdagen aan en in de mbo-fase bpv-plaatsen als erkend leerbedrijf."),
        ("p", "3.2 De afdeling Noord van LTO Noord neemt zitting in een werkveldcommissie "
              "die één keer per jaar het programma en de keuzedelen bespreekt en "
              "adviseert over praktijkopdrachten. Ondernemers beoordelen mee bij de proeve "
              "van bekwaamheid."),
        ("h2", "Art. 4 Routecommissie"),
        ("p", "4.1 De route wordt geleid door een routecommissie van drie personen: de "
              "teamleider Groen van Wadkust, de opleidingsmanager Veehouderij van het AOC en "
              "een docent uit het gezamenlijke team."),
        ("p", "4.2 De bestuurder van Wadkust benoemt de teamleider, het college van bestuur "
              "van het AOC benoemt de opleidingsmanager; de docent wordt door beide samen "
              "aangewezen voor twee schooljaren."),
        ("p", "4.3 De routecommissie stelt het gezamenlijke programma en de "
              "examenplanning per leerjaar vast, plaatst leerlingen bij praktijkbedrijven, "
              "verdeelt de lesuren en neemt besluiten over toelating en overstap binnen "
              "de kaders van deze overeenkomst. Financiële verplichtingen gaat zij niet "
              "aan."),
        ("h2", "Art. 5 Verantwoording"),
        ("p", "De routecommissie brengt elk jaar in september een schriftelijk "
              "jaarverslag uit aan de bestuurder van Wadkust en het college van bestuur van "
              "het AOC (aantallen, resultaten, uitval, knelpunten) en bespreekt dat met "
              "hen in het bestuurlijk overleg in oktober. Tussentijds informeert zij de "
              "besturen bij iedere belangrijke ontwikkeling."),
        ("h2", "Art. 6 Inrichting"),
        ("p", "6.1 De vo-fase wordt gegeven op het Wadkust College te Uithuizen, met één "
              "dag per week les op de locatie van het AOC te Winsum. De mbo-fase "
              "wordt op het AOC gegeven. Het programma en de examinering per leerjaar "
              "staan in het gezamenlijke PTA/OER."),
        ("p", "6.2 Docenten Groen van Wadkust en docenten veehouderij van het AOC vormen "
              "één team; voor de praktijkvakken in leerjaar 3 en 4 wordt teambevoegdheid "
              "toegepast. Iedere partij zet 0,4 fte in."),
        ("p", "6.3 Gebruik van faciliteiten: "
              ". . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . "
              ". . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . ."),
        ("h2", "Art. 7 Overstapoptie"),
        ("p", "7.1 Een leerling die in de vo-fase stopt, gaat verder in de reguliere "
              "kaderberoepsgerichte leerweg van Wadkust (Groen of een ander profiel) en "
              "haalt daar het vmbo-diploma."),
        ("p", "7.2 Een student die in de mbo-fase stopt of van richting wil veranderen, kan "
              "overstappen naar een andere opleiding van het AOC op niveau 2 of 3, "
              "bijvoorbeeld Vakbekwaam medewerker groene ruimte, zonder "
              "vooropleidingseisen. Voor een andere instelling geldt een "
              "geschiktheidsonderzoek."),
        ("p", "7.3 Wadkust en het AOC beslissen samen, met de leerling en zijn ouders, op "
              "basis van het bereikte niveau en de leeftijd."),
        ("h2", "Art. 8 Financiën"),
        ("p", "Partijen dragen over en weer geen bekostiging over. Iedere partij draagt de "
              "kosten van eigen personeel en middelen."),
        ("h2", "Art. 9 Medezeggenschap (ter informatie)"),
        ("p", "Volgens de wet geldt voor leerlingen die bij Wadkust staan ingeschreven en "
              "hun ouders de Wet medezeggenschap op scholen, en voor studenten van het AOC "
              "de medezeggenschap volgens de WEB. Scholen kunnen hierop aanvullende "
              "afspraken maken."),
        ("h2", "Art. 10 Geschillen"),
        ("p", "Bij een geschil over de uitvoering van deze overeenkomst overleggen eerst de "
              "leden van de routecommissie en daarna de bestuurders. Is het geschil zes "
              "weken na het eerste bestuurlijk overleg niet opgelost, dan wordt het "
              "voorgelegd aan de bevoegde rechter te Groningen."),
        ("h2", "Art. 11 Toetreding, wijziging en opzegging"),
        ("p", "11.1 Een andere school of instelling kan toetreden als beide partijen "
              "schriftelijk instemmen en de toetreder deze overeenkomst ondertekent."),
        ("p", "11.2 Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met "
              "handtekening van beide besturen."),
        ("p", "11.3 Iedere partij kan de overeenkomst op ieder moment schriftelijk opzeggen "
              "met een opzegtermijn van drie maanden."),
        ("h2", "Art. 12 Looptijd"),
        ("p", "Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("p", "Getekend te Winsum, 30 juni 2025"),
        ("sig", [["Stichting VO Wadkust", "", "G. Dijkhuis"],
                 ["Stichting AOC Ommelanden", "", "T. Bolt"]]),
    ]
    render_pdf(path, B, two_columns=True, title="Samenwerkingsovereenkomst Groene Route "
                                                "Hogeland", author="Wadkust / AOC Ommelanden",
               font_size=9)


# --- h136: markdown, question-style headings, three parties, Heerenveen -------------------

@sample("h136", "vraagvorm_drie_partijen_horeca_heerenveen", "md",
        "Markdown agreement with question-style headings and a small table, three parties "
        "(two vmbo schools and a ROC); Heerenveen, vmbo kb Horeca, bakkerij en recreatie -> "
        "mbo-3 Zelfstandig werkend kok; fully compliant (percentage transfer with bestemming, "
        "extra medezeggenschap arrangements).",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Welke route bieden we samen aan?",
         "b": "Wat doen de horecabedrijven?",
         "c": "Wie heeft de leiding en wat mag die?",
         "d": "Hoe horen de besturen hoe het gaat?",
         "e": "Waar, door wie en met welke voorzieningen wordt lesgegeven?",
         "f": "Wat als een leerling de route verlaat?",
         "g": "Gaat er geld van de een naar de ander?",
         "h": "Hoe praten leerlingen, ouders en personeel mee?",
         "i": "Wat doen we als we het oneens zijn?",
         "j": "Kan er een school bij, kan er iets veranderen, kan iemand stoppen?"})
def h136(path):
    render_text(path, d("""
        # Samenwerkingsovereenkomst Kookroute Heerenveen

        *Doorlopende leerroute vmbo kader Horeca, bakkerij en recreatie - mbo niveau 3
        Zelfstandig werkend kok*

        **Partijen**

        1. **Stichting Christelijk Voortgezet Onderwijs Heerenveen e.o.**, bevoegd gezag van
           het Tjongerdal College (vmbo), vertegenwoordigd door mevrouw A. de Haan,
           voorzitter college van bestuur;
        2. **Stichting Openbaar Voortgezet Onderwijs De Feanen**, bevoegd gezag van
           vmbo De Feanen te Heerenveen, vertegenwoordigd door de heer S. Postma, bestuurder;
        3. **Stichting ROC Friese Meren**, instelling voor beroepsonderwijs, vertegenwoordigd
           door de heer K. Wiersma, lid college van bestuur, ten behoeve van het College
           Horeca & Toerisme.

        Hierna samen "partijen"; de twee eerstgenoemden ook "de scholen" en de laatstgenoemde
        "het ROC". Partijen sluiten deze overeenkomst om de Kookroute, die sinds 2022 als
        pilot draait, een vaste basis te geven. Zij spreken het volgende af.

        ---

        ## 1. Welke route bieden we samen aan?

        De scholen en het ROC verzorgen samen een doorlopende leerroute vmbo-mbo:

        - **vmbo:** kaderberoepsgerichte leerweg, profiel **Horeca, bakkerij en recreatie**
          (HBR), vanaf leerjaar 3;
        - **mbo:** de vakopleiding **Zelfstandig werkend kok, niveau 3**
          (kwalificatiedossier Keuken, opleidingsdomein Horeca en bakkerij), BOL.

        De route duurt vijf jaar (twee jaar vo-fase, drie jaar mbo-fase). Iedere partij
        registreert de route voor haar eigen deel in RIO.

        ## 2. Wat doen de horecabedrijven?

        De bedrijven zijn vanaf leerjaar 3 in de route aanwezig:

        | Bedrijf | Wat het doet |
        |---|---|
        | Hotel-restaurant De Overtuin, Oranjewoud | gastkok in leerjaar 3 en 4 (zes lessen per jaar), bpv-plaatsen |
        | Brasserie Het Posthuis, Heerenveen | meewerkdagen in leerjaar 4, bpv-plaatsen |
        | Cateringbedrijf Thialf Events | praktijkopdracht "evenement voor 200 gasten" in leerjaar 5 |
        | KHN afdeling Heerenveen | twee leden in de werkveldtafel |

        De werkveldtafel (vier ondernemers, de adviseur van SBB en de routecoördinator)
        komt twee keer per jaar bij elkaar, geeft advies over het programma en de keuzedelen,
        en levert de tweede beoordelaar bij de proeve van bekwaamheid. Alle bpv-plaatsen
        zijn bij door SBB erkende leerbedrijven.

        ## 3. Wie heeft de leiding en wat mag die?

        De leiding ligt bij het **routeoverleg**. Daarin zitten de teamleider HBR van het
        Tjongerdal College, de teamleider HBR van De Feanen en de opleidingsmanager Keuken
        van het ROC. De **routecoördinator** (een docent, 0,3 fte) is secretaris.

        Ieder bestuur wijst zijn eigen teamleider of opleidingsmanager schriftelijk aan. De
        routecoördinator wordt door de drie besturen samen benoemd op voordracht van het
        routeoverleg.

        Het routeoverleg mag, namens de besturen:

        - het gezamenlijke PTA/OER en de jaarplanning vaststellen;
        - beslissen over toelating tot de route en over de overgang naar de mbo-fase;
        - docenten uit de drie teams inroosteren, binnen de formatie die ieder bestuur
          beschikbaar stelt;
        - het routebudget besteden tot € 20.000 per jaar.

        Alles daarbuiten (formatie, investeringen, wijziging van deze overeenkomst) beslissen
        de besturen zelf.

        ## 4. Hoe horen de besturen hoe het gaat?

        Het routeoverleg stuurt de drie besturen elk jaar vóór 1 november een
        routejaarverslag: in-, door- en uitstroom per school, examenresultaten,
        tevredenheid van leerlingen en bedrijven en de besteding van het budget. Het
        verslag wordt besproken in het **bestuurlijk overleg**, dat twee keer per jaar
        (november en april) plaatsvindt. In april geeft het routeoverleg een korte
        tussenstand. Besturen kunnen altijd extra informatie opvragen; het routeoverleg
        reageert binnen tien werkdagen.

        ## 5. Waar, door wie en met welke voorzieningen wordt lesgegeven?

        - **Waar:** leerjaar 3 en 4 op de eigen school, met vanaf leerjaar 4 elke week één
          dag in het leerrestaurant van het ROC (Burgemeester Kuperusplein 1). De mbo-fase
          is op het ROC en in de bpv.
        - **Programma:** het PTA/OER beschrijft per leerjaar wat vmbo, wat mbo en wat
          gecombineerd is; het vmbo-examen valt in leerjaar 4.
        - **Door wie:** de docenten HBR van beide scholen en twee koks-docenten van het ROC
          vormen één routeteam. Voor de praktijkvakken in leerjaar 3 en 4 geldt
          teambevoegdheid: elke docent blijft verantwoordelijk voor het deel waarvoor hij
          bevoegd is. Het ROC zet in de vo-fase 0,6 fte in, iedere school 0,8 fte.
        - **Voorzieningen:** het ROC stelt de opleidingskeuken, het leerrestaurant en de
          bakkerijpraktijkruimte beschikbaar; het Tjongerdal College zijn nieuwe
          praktijkkeuken, ook voor leerlingen van De Feanen; De Feanen stelt haar
          theorielokalen en het busvervoer beschikbaar.
        - **Klachten:** de klachtenregeling van de partij waar de leerling is ingeschreven,
          geldt ook voor gedrag van medewerkers van de andere partijen; de andere partijen
          werken mee.

        ## 6. Wat als een leerling de route verlaat?

        1. In de vo-fase gaat de leerling verder in de gewone kaderberoepsgerichte leerweg
           van zijn eigen school (HBR of een ander profiel) en werkt hij toe naar het
           vmbo-diploma.
        2. In de mbo-fase kan hij overstappen naar een andere opleiding van het ROC op
           niveau 2 of 3, zoals Gastheer/gastvrouw of Zelfstandig werkend medewerker
           recreatie, zonder vooropleidingseisen. Wil hij naar een andere instelling, dan
           helpen wij bij het geschiktheidsonderzoek daar.
        3. Heeft hij na het derde routejaar geen vmbo-diploma, dan kan hij zijn
           mbo-opleiding voortzetten of overstappen naar een andere mbo-opleiding op
           vergelijkbaar niveau; het vmbo-examen opnieuw doen kan ook.
        4. De eigen school en het ROC besluiten samen, na een gesprek met de leerling en zijn
           ouders, op basis van het bereikte niveau en de leeftijd. De werkwijze staat in
           de schoolgidsen.

        ## 7. Gaat er geld van de een naar de ander?

        Ja. Iedere school draagt op grond van artikel 5.42a WVO 2020 jaarlijks **8% van de
        lumpsumbekostiging** die zij ontvangt voor haar leerlingen in de vo-fase van de route
        over aan het ROC. Dat bedrag is bestemd voor de inzet van de koks-docenten van het
        ROC in de vo-fase en voor het gebruik van de opleidingskeuken en het leerrestaurant.
        Betaling volgt in januari, op basis van de telling van 1 oktober. Het ROC draagt geen
        bekostiging over aan de scholen.

        ## 8. Hoe praten leerlingen, ouders en personeel mee?

        Naast de wettelijke regels (WMS op de scholen, WEB en WOR op het ROC) spreken we af:

        - de MR van beide scholen en de studentenraad van het College Horeca & Toerisme
          kiezen ieder één lid voor een **routeraad**, die twee keer per jaar met het
          routeoverleg spreekt en over het PTA/OER advies geeft aan de besturen;
        - leerlingen in leerjaar 4 van de route mogen als toehoorder de vergaderingen van de
          studentenraad van het ROC bijwonen.

        ## 9. Wat doen we als we het oneens zijn?

        Een meningsverschil tussen partijen over de uitvoering van deze overeenkomst gaat
        eerst naar het routeoverleg. Komt dat er binnen drie weken niet uit, dan volgt een
        bestuurlijk overleg van de drie bestuurders. Is het geschil zes weken daarna nog
        niet opgelost, dan vragen partijen samen **bindend advies** aan een onafhankelijke
        deskundige die zij in onderling overleg kiezen; lukt die keuze niet, dan wijst de
        voorzitter van de rechtbank Noord-Nederland de deskundige aan. De kosten delen
        partijen gelijk.

        ## 10. Kan er een school bij, kan er iets veranderen, kan iemand stoppen?

        - **Toetreden:** een andere vmbo-school met het profiel HBR, of een andere
          mbo-instelling, kan meedoen als alle partijen schriftelijk instemmen en de
          nieuwe partij deze overeenkomst meeondertekent. Toetreding gaat in op 1 augustus
          en verandert niets voor leerlingen die al in de route zitten.
        - **Wijzigen:** alleen schriftelijk, met handtekening van alle besturen. Wijzigingen
          in programma of examinering gelden pas voor een nieuw cohort.
        - **Stoppen:** iedere partij kan voor zichzelf opzeggen met een termijn van een
          jaar, tegen 1 augustus. De overeenkomst loopt dan door tussen de overige partijen.
          Vanaf de opzegging stromen bij de opzeggende school geen nieuwe leerlingen meer
          in; wie al in de route zit, maakt die af volgens deze afspraken. Zegt het ROC op,
          dan zorgt het ROC dat lopende leerlingen hun opleiding bij het ROC kunnen afmaken.

        ## 11. Vanaf wanneer?

        Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

        Heerenveen, 30 juni 2025

        | Namens | Naam | Handtekening |
        |---|---|---|
        | SCVO Heerenveen e.o. | A. de Haan | |
        | SOVO De Feanen | S. Postma | |
        | ROC Friese Meren | K. Wiersma | |
    """))


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
