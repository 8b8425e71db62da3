#!/usr/bin/env python3
"""Build training samples 221-228 (batch train15a) for leerroute-check.

Written by an independent author session from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie in /work/shared/seeds), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at checker code, tests, models or the texts of other
samples. Focus of the batch: WHERE an item is arranged. Most items are mentioned in two or three places
(considerans, definitions, a "Doel" article, another article) but arranged, with all core elements, in
exactly one clause, whose heading (or table-row label) is the evidence. Six agreements are fully
compliant; 222 and 225 each carry two subtle defects (one core element really absent).

Usage:
    python3 build_samples_train15a.py            build all eight samples
    python3 build_samples_train15a.py 221 225    build only those numbers
    python3 build_samples_train15a.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}  # number -> dict(name, ext, builder, labels)


def sample(num, name, ext, description, statuses, evidence):
    def deco(fn):
        SAMPLES[num] = dict(name=name, ext=ext, builder=fn, labels={
            "description": description,
            "split": "train",
            "statuses": statuses,
            "evidence": evidence,
        })
        return fn
    return deco


def st(code):
    """'p w p ...' -> statuses dict a..j"""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    vals = code.split()
    assert len(vals) == 10, code
    return {k: m[v] for k, v in zip("abcdefghij", vals)}


# ----------------------------------------------------------------------------------------------
# PDF helpers (reportlab platypus)
# ----------------------------------------------------------------------------------------------

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_styles(base="Helvetica", size=10):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[base]
    s = {}
    s["title"] = ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=size + 9,
                                alignment=TA_CENTER, spaceAfter=6)
    s["sub"] = ParagraphStyle("sub", fontName=ital, fontSize=size - 0.5, leading=size + 3,
                              alignment=TA_CENTER, spaceAfter=8)
    s["h"] = ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=size + 5,
                            spaceBefore=9, spaceAfter=4, keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size + 3,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1)
    s["p"] = ParagraphStyle("p", fontName=base, fontSize=size, leading=size + 3.2,
                            spaceAfter=4, alignment=TA_JUSTIFY)
    s["li"] = ParagraphStyle("li", parent=s["p"], leftIndent=18, firstLineIndent=-14)
    s["li2"] = ParagraphStyle("li2", parent=s["p"], leftIndent=34, firstLineIndent=-14)
    s["cell"] = ParagraphStyle("cell", fontName=base, fontSize=size - 1, leading=size + 1.5)
    s["cellb"] = ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=size + 1.5)
    s["small"] = ParagraphStyle("small", fontName=ital, fontSize=size - 1.5, leading=size + 1)
    return s


def pdf_flowables(blocks, s, avail_width):
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.lib import colors
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p", "li", "li2", "small"):
            out.append(Paragraph(esc(b[1]), s[kind]))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(esc(c), s["cellb"] if (i == 0 or j == 0) else s["cell"])
                             for j, c in enumerate(r)])
            tw = [avail_width * w for w in widths]
            t = Table(data, colWidths=tw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "sig":
            left, right = b[1], b[2]
            data = [[Paragraph(esc(l), s["p"]), Paragraph(esc(r), s["p"])] for l, r in zip(left, right)]
            t = Table(data, colWidths=[avail_width / 2] * 2)
            out.append(KeepTogether([Spacer(1, 8), t]))
        else:
            raise ValueError(kind)
    return out


def build_pdf(path, blocks, title, author, base="Helvetica", size=10, header=None, columns=1):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    s = pdf_styles(base, size)
    W, H = A4
    lm = rm = 22 * mm
    tm, bm = 22 * mm, 20 * mm

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(base, 7.5)
        if header:
            canv.drawString(lm, H - 13 * mm, header)
        canv.drawRightString(W - rm, 11 * mm, "pagina %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=title, author=author, creator="train15a",
                          subject="samenwerkingsovereenkomst doorlopende leerroute", invariant=1)
    fw = W - lm - rm
    fh = H - tm - bm
    if columns == 1:
        frames = [Frame(lm, bm, fw, fh, id="f1")]
        avail = fw - 12
    else:
        gap = 8 * mm
        cw = (fw - gap) / 2
        frames = [Frame(lm, bm, cw, fh, id="c1"), Frame(lm + cw + gap, bm, cw, fh, id="c2")]
        avail = cw - 12
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=on_page)])
    doc.build(pdf_flowables(blocks, s, avail))


# ----------------------------------------------------------------------------------------------
# DOCX helpers (python-docx)
# ----------------------------------------------------------------------------------------------

def docx_new(font="Calibri", size=10.5):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st_ = d.styles["Normal"]
    st_.font.name = font
    st_.font.size = Pt(size)
    for hn, hs in (("Heading 1", 13), ("Heading 2", 11.5)):
        h = d.styles[hn]
        h.font.name = font
        h.font.size = Pt(hs)
    return d


def docx_save(d, path, title, author):
    import datetime
    cp = d.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 1
    cp.subject = "samenwerkingsovereenkomst doorlopende leerroute"
    cp.keywords = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def docx_table(d, rows, widths_cm=None, style="Table Grid"):
    from docx.shared import Cm
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            parts = c.split("\n")
            p = cell.paragraphs[0]
            run = p.add_run(parts[0])
            if i == 0 or j == 0:
                run.bold = True
            for extra in parts[1:]:
                p2 = cell.add_paragraph(extra)
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


def docx_add_numbering(d, levels):
    """Add an abstractNum with the given levels [(fmt, lvlText, indent_twips, hanging)] and return numId."""
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    numbering = d.part.numbering_part.element
    existing_abs = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    existing_num = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abs_id = max(existing_abs + [0]) + 1
    num_id = max(existing_num + [0]) + 1
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    absn.append(mlt)
    for ilvl, (fmt, text, ind, hang) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        indel = OxmlElement("w:ind")
        indel.set(qn("w:left"), str(ind))
        indel.set(qn("w:hanging"), str(hang))
        ppr.append(indel)
        lvl.append(ppr)
        absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def docx_numpr(par, num_id, ilvl):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)


def docx_para(d, text, bold=False, italic=False, align=None, size=None, style=None):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


# ==============================================================================================
# 221 - ROC afdeling Juridische Zaken, long, "Artikel N" with leden, two annexes (PDF)
# ==============================================================================================

@sample(221, "221_juridische_zaken_lang_leden_procestechniek", "pdf",
        "ROC legal department, long PDF (articles with numbered leden, definitions, two annexes declared "
        "part of the agreement); Westelijke Mijnstreek, PIE kb -> Operator B niveau 3. Fully compliant; "
        "leiding sits in 'Artikel 6 Uitvoering', medezeggenschap inside 'Artikel 9 Leerlingen en studenten', "
        "the overstap only in Bijlage 2; most items are also mentioned in the considerans, the definitions "
        "and 'Artikel 2 Doel'. Transfer of EUR 640/1.180 per pupil with bestemming.",
        st("p p p p p p p p p p"),
        {"a": "Artikel 3 Onderwerp van de overeenkomst",
         "b": "Artikel 8 Praktijk en leerbedrijven",
         "c": "Artikel 6 Uitvoering",
         "d": "Artikel 7 Informatie en rapportage",
         "e": "Artikel 5 Onderwijsprogramma, personeel en voorzieningen",
         "f": "Bijlage 2 Overstapregeling",
         "g": "Artikel 10 Geldstromen",
         "h": "Artikel 9 Leerlingen en studenten",
         "i": "Artikel 13 Geschillen",
         "j": "Artikel 14 Looptijd en veranderingen in het partnerschap"})
def build_221(path):
    B = []
    A = B.append
    A(("small", "ROC Maas-Geleen | Afdeling Juridische Zaken | kenmerk JZ/2025/0412 | versie 3 (definitief) | "
                "behandelaar mr. S.E. Bongers"))
    A(("sp", 10))
    A(("title", "SAMENWERKINGSOVEREENKOMST"))
    A(("sub", "inzake de doorlopende leerroute vmbo-mbo Procestechniek Westelijke Mijnstreek"))
    A(("h2", "DE ONDERGETEKENDEN"))
    A(("li", "1. Stichting Voortgezet Onderwijs Westelijke Mijnstreek, statutair gevestigd te "
             "Sittard-Geleen, bevoegd gezag van het Urmonder Vakcollege te Urmond, te dezen rechtsgeldig "
             "vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. A.M.J. Heuts, "
             "hierna te noemen: \"de Stichting VO\";"))
    A(("li", "2. Stichting Regionaal Opleidingencentrum Maas-Geleen, statutair gevestigd te "
             "Geleen, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, "
             "de heer ir. P.L. Wolfs, hierna te noemen: \"het ROC\";"))
    A(("p", "hierna gezamenlijk te noemen: \"Partijen\" en ieder afzonderlijk: \"Partij\";"))
    A(("h2", "OVERWEGENDE DAT"))
    A(("li", "A. Partijen sinds het schooljaar 2019-2020 samenwerken in de techniekroute procesindustrie en "
             "deze samenwerking willen voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel "
             "2.107a van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.2 van de Wet educatie en "
             "beroepsonderwijs (WEB);"))
    A(("li", "B. de procesindustrie rond het industrieterrein Urmonderbaan een structureel tekort aan "
             "operators kent en de bedrijven op dat terrein hebben toegezegd aan de leerroute bij te dragen;"))
    A(("li", "C. Partijen de leerroute onder een gezamenlijke aansturing willen brengen, met behoud van de "
             "eigen verantwoordelijkheid van ieder bestuur voor zijn deel van het onderwijs;"))
    A(("li", "D. Partijen het van belang achten dat een leerling die de leerroute niet afmaakt steeds een "
             "passend vervolg krijgt dat tot een diploma leidt;"))
    A(("li", "E. de medezeggenschapsraad van het Urmonder Vakcollege en de studentenraad van het ROC over "
             "het voornemen tot deze samenwerking advies hebben uitgebracht;"))
    A(("li", "F. artikel 2.107b, tweede lid, WVO 2020 en artikel 9.1.3 WEB voorschrijven welke onderwerpen "
             "in deze overeenkomst ten minste worden geregeld;"))
    A(("h2", "KOMEN OVEREEN ALS VOLGT:"))

    A(("h", "Artikel 1 Begripsbepalingen"))
    A(("p", "1.1 In deze overeenkomst (hierna: \"de Overeenkomst\") wordt verstaan onder:"))
    for t in [
        "a. Route: de doorlopende leerroute vmbo-mbo als omschreven in artikel 3;",
        "b. School: het Urmonder Vakcollege, school voor vbo in stand gehouden door de Stichting VO;",
        "c. Stuurgroep: het orgaan bedoeld in artikel 6, eerste lid;",
        "d. Routeleider: de functionaris bedoeld in artikel 6, tweede lid;",
        "e. Praktijkpartners: de bedrijven en organisaties uit de procesindustrie die op de voet van "
        "artikel 8 aan de Route deelnemen;",
        "f. Overstapregeling: de regeling opgenomen in Bijlage 2;",
        "g. Programmabeschrijving: de beschrijving van onderwijsprogramma, examinering en "
        "beroepspraktijkvorming per leerjaar, opgenomen in Bijlage 1;",
        "h. Vo-fase: de eerste twee leerjaren van de Route (leerjaar 3 en 4 van de School);",
        "i. Mbo-fase: de leerjaren van de Route waarin de deelnemer als student bij het ROC is ingeschreven;",
        "j. Bijdrage: de overdracht van middelen bedoeld in artikel 10.",
    ]:
        A(("li2", t))
    A(("p", "1.2 Begrippen in enkelvoud omvatten het meervoud en omgekeerd. Waar in de Overeenkomst "
            "\"leerling\" staat, wordt in de Mbo-fase \"student\" bedoeld, tenzij uit de context anders blijkt."))

    A(("h", "Artikel 2 Doel"))
    A(("p", "2.1 Partijen verzorgen de Route gezamenlijk, met als doel dat leerlingen in één samenhangend "
            "traject zowel het vmbo-diploma als het mbo-diploma behalen, zonder overlap in de leerstof."))
    A(("p", "2.2 Partijen richten de Route in op de behoefte van de procesindustrie in de regio. Het "
            "bedrijfsleven wordt bij de invulling van de Route betrokken op de wijze omschreven in artikel 8."))
    A(("p", "2.3 De Route wordt aangestuurd op de wijze omschreven in artikel 6; de overstap van leerlingen "
            "die de Route verlaten is geregeld in Bijlage 2."))
    A(("p", "2.4 Partijen melden de Route gezamenlijk aan de Minister van Onderwijs, Cultuur en Wetenschap "
            "door registratie in het Register Instellingen en Opleidingen (RIO), ieder voor zijn eigen deel, "
            "uiterlijk vóór de start van het eerste cohort."))

    A(("h", "Artikel 3 Onderwerp van de overeenkomst"))
    A(("p", "3.1 De Route verbindt het profiel Produceren, installeren en energie (PIE) in de "
            "kaderberoepsgerichte leerweg van de School met de mbo-opleiding Operator B, niveau 3, uit het "
            "kwalificatiedossier Procestechniek (opleidingsdomein Techniek en procesindustrie), die het ROC "
            "in de beroepsopleidende leerweg verzorgt."))
    A(("p", "3.2 De Route begint in leerjaar 3 van de School en heeft een nominale duur van vier leerjaren; "
            "bij onvoldoende voortgang kan de Mbo-fase met ten hoogste één jaar worden verlengd."))
    A(("p", "3.3 Uitbreiding van de Route met andere profielen of kwalificaties geschiedt uitsluitend door "
            "wijziging van de Overeenkomst als bedoeld in artikel 14."))

    A(("h", "Artikel 4 Inschrijving en verantwoordelijkheden"))
    A(("p", "4.1 In de Vo-fase staat de deelnemer als leerling ingeschreven bij de School. Met ingang van "
            "het derde leerjaar van de Route wordt hij uitgeschreven bij de School en als student ingeschreven "
            "bij het ROC. Een student die het vmbo-diploma nog niet heeft behaald, blijft voor de "
            "vo-activiteiten bij de School geregistreerd."))
    A(("p", "4.2 De Stichting VO is verantwoordelijk voor het vmbo-deel van de Route en voor de examinering "
            "en diplomering daarvan; het ROC is verantwoordelijk voor het mbo-deel, met inbegrip van de "
            "beroepspraktijkvorming, en voor de examinering en diplomering daarvan."))
    A(("p", "4.3 Het toezicht op verzuim berust in de Vo-fase bij de School en in de Mbo-fase bij het ROC."))

    A(("h", "Artikel 5 Onderwijsprogramma, personeel en voorzieningen"))
    A(("p", "5.1 Partijen beschrijven voor de gehele Route het onderwijsprogramma, de examinering en de "
            "beroepspraktijkvorming per leerjaar in de Programmabeschrijving (Bijlage 1). Daarin is per "
            "onderdeel aangegeven of het tot het vo-deel, het mbo-deel of tot beide behoort. De "
            "Programmabeschrijving wordt jaarlijks vóór 1 mei door beide colleges van bestuur vastgesteld en "
            "vertaald in het PTA van de School en de OER van het ROC. Het centraal examen vmbo wordt "
            "afgenomen in het tweede leerjaar van de Route."))
    A(("p", "5.2 Het onderwijs wordt gegeven op de locatie van de School te Urmond en in het Procestechnisch "
            "Leercentrum van het ROC te Geleen. In het eerste leerjaar van de Route volgen leerlingen één dag "
            "per week, in het tweede leerjaar twee dagen per week onderwijs in het Procestechnisch "
            "Leercentrum; de Mbo-fase wordt verzorgd door het ROC en de Praktijkpartners."))
    A(("p", "5.3 Partijen vormen voor de Route één docententeam. De Stichting VO zet docenten PIE, "
            "Nederlands, wiskunde en natuur- en scheikunde in; het ROC zet praktijkdocenten procestechniek en "
            "een instructeur van de proefinstallatie in. Voor de vakoverstijgende onderdelen Procesbeheersing "
            "en Veilig werken maken Partijen gebruik van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel "
            "9.1.12 WEB); ieder teamlid blijft verantwoordelijk voor het onderdeel waarvoor hij bevoegd is. "
            "Personeelsleden blijven in dienst van hun eigen werkgever; de omvang van de inzet wordt jaarlijks "
            "in de formatie van beide Partijen vastgelegd."))
    A(("p", "5.4 Het ROC stelt de proefinstallatie, de practicumlokalen procesanalyse en de "
            "VCA-examenruimte van het Procestechnisch Leercentrum beschikbaar. De Stichting VO stelt het "
            "praktijklokaal PIE en de ICT-voorzieningen van de School beschikbaar. Het gebruik over en weer "
            "wordt in het jaarrooster vastgelegd en is kosteloos, onverminderd artikel 10. De veiligheids- en "
            "huisregels van de Partij die de ruimte ter beschikking stelt, zijn van toepassing."))
    A(("p", "5.5 Een klacht over gedragingen van een personeelslid van de ene Partij, ingediend bij de "
            "andere Partij, wordt behandeld volgens de klachtenregeling van de Partij waar de klacht is "
            "ingediend; de andere Partij verleent daaraan volledige medewerking."))

    A(("h", "Artikel 6 Uitvoering"))
    A(("p", "6.1 De leiding over de Route berust bij een Stuurgroep, bestaande uit de directeur van de "
            "School, de directeur van het College Techniek van het ROC en, zonder stemrecht, de Routeleider."))
    A(("p", "6.2 De dagelijkse leiding berust bij de Routeleider, een personeelslid van een van beide Partijen."))
    A(("p", "6.3 De leden van de Stuurgroep worden aangewezen door het college van bestuur van de Partij "
            "waartoe zij behoren. De Routeleider wordt door beide colleges van bestuur gezamenlijk benoemd op "
            "voordracht van de Stuurgroep, voor een termijn van drie schooljaren; herbenoeming is mogelijk."))
    A(("p", "6.4 De colleges van bestuur dragen aan de Stuurgroep de volgende taken en bevoegdheden op: het "
            "vaststellen van het jaarplan en de routebegroting binnen de door de besturen beschikbaar "
            "gestelde middelen; het vaststellen van het jaarrooster; het afstemmen van PTA en OER; het besluiten "
            "over toelating tot de Route; het voorbereiden van voorstellen tot wijziging van de Overeenkomst. "
            "De Stuurgroep besluit bij unanimiteit. Zij is niet bevoegd tot het aangaan van verplichtingen "
            "boven € 10.000, tot het aanstellen van personeel of tot het wijzigen van de Overeenkomst; die "
            "bevoegdheden blijven bij de colleges van bestuur."))
    A(("p", "6.5 De Routeleider is belast met de dagelijkse coördinatie, de roostering, het contact met de "
            "Praktijkpartners en het aanspreekpunt voor ouders, en is bevoegd binnen het jaarplan "
            "uitvoeringsbesluiten te nemen."))
    A(("p", "6.6 De Stuurgroep legt over de uitvoering verantwoording af op de wijze van artikel 7."))

    A(("h", "Artikel 7 Informatie en rapportage"))
    A(("p", "7.1 De Stuurgroep brengt jaarlijks vóór 1 november aan beide colleges van bestuur een "
            "schriftelijk verantwoordingsverslag uit over het voorafgaande schooljaar. Het verslag bevat in "
            "elk geval de in-, door- en uitstroom per cohort, de examenresultaten, de besteding van de "
            "Bijdrage, de ingediende klachten en de inzet van de Praktijkpartners."))
    A(("p", "7.2 Tweemaal per jaar, in februari en in juni, voert de Stuurgroep bestuurlijk overleg met de "
            "colleges van bestuur, waarin zij een tussentijdse voortgangsrapportage toelicht."))
    A(("p", "7.3 De Stuurgroep informeert beide colleges van bestuur onverwijld over incidenten en over "
            "ontwikkelingen die de continuïteit van de Route raken."))
    A(("p", "7.4 Elk college van bestuur kan te allen tijde inlichtingen vragen; de Stuurgroep verstrekt die "
            "binnen tien werkdagen."))

    A(("h", "Artikel 8 Praktijk en leerbedrijven"))
    A(("p", "8.1 Aan de Route nemen als Praktijkpartners deel: Urmonde Polymeren B.V., Maasvallei "
            "Kunststoffen B.V., Zuid-Limburgse Utiliteiten N.V. en de Vereniging Procesindustrie Westelijke "
            "Mijnstreek. Bedrijven die beroepspraktijkvorming bieden, zijn door SBB erkend als leerbedrijf."))
    A(("p", "8.2 De Praktijkpartners verbinden zich jegens Partijen om:"))
    A(("li2", "a. vanaf het eerste leerjaar van de Mbo-fase jaarlijks ten minste twintig bpv-plaatsen "
              "beschikbaar te stellen;"))
    A(("li2", "b. in de Vo-fase per leerjaar twee bedrijfsbezoeken te ontvangen en twee praktijkopdrachten "
              "aan te leveren en te beoordelen;"))
    A(("li2", "c. zitting te nemen in de werkveldcommissie Procestechniek, die tweemaal per jaar de "
              "Stuurgroep adviseert over de Programmabeschrijving en de keuze van keuzedelen;"))
    A(("li2", "d. praktijkbeoordelaars te leveren voor de proeven van bekwaamheid."))
    A(("p", "8.3 De Praktijkpartners hebben de Overeenkomst voor gezien getekend. Toetreding van een nieuwe "
            "Praktijkpartner geschiedt op voorstel van de Routeleider door besluit van de Stuurgroep."))

    A(("h", "Artikel 9 Leerlingen en studenten"))
    A(("p", "9.1 Toelating tot de Route vindt plaats aan het eind van leerjaar 2 van de School, na een "
            "intakegesprek met leerling en ouders en op advies van de mentor."))
    A(("p", "9.2 Indien een leerling de Route verlaat of de Route voor hem niet passend blijkt, is de "
            "Overstapregeling van toepassing."))
    A(("p", "9.3 Voor leerlingen in de Vo-fase, hun ouders en het personeel van de School geldt de Wet "
            "medezeggenschap op scholen; voor studenten in de Mbo-fase en hun ouders gelden de bepalingen van "
            "de WEB en voor het personeel van het ROC de Wet op de ondernemingsraden. In aanvulling daarop "
            "komen Partijen het volgende overeen:"))
    A(("li2", "a. in de studentenraad van het College Techniek van het ROC is één zetel met adviserende stem "
              "beschikbaar voor een leerling van de Route die nog in de Vo-fase staat ingeschreven;"))
    A(("li2", "b. de medezeggenschapsraad van de School en de studentenraad van het ROC ontvangen ieder het "
              "verantwoordingsverslag bedoeld in artikel 7.1 en worden gehoord voordat de "
              "Programmabeschrijving wezenlijk wordt gewijzigd;"))
    A(("li2", "c. een delegatie van beide raden komt jaarlijks in een gezamenlijk routeberaad bijeen met de "
              "Stuurgroep."))

    A(("h", "Artikel 10 Geldstromen"))
    A(("p", "10.1 Ieder van Partijen ontvangt de eigen rijksbekostiging; de Vo-fase wordt bekostigd via de "
            "Stichting VO en de Mbo-fase via het ROC."))
    A(("p", "10.2 Met toepassing van artikel 5.42a WVO 2020 draagt de Stichting VO aan het ROC over: € 640 "
            "per leerling die op 1 oktober in het eerste leerjaar van de Route staat ingeschreven en € 1.180 "
            "per leerling die op die datum in het tweede leerjaar van de Route staat ingeschreven."))
    A(("p", "10.3 De overgedragen middelen zijn uitsluitend bestemd voor de inzet van praktijkdocenten en de "
            "instructeur van het ROC in de Vo-fase en voor het gebruik, het onderhoud en de "
            "verbruiksmaterialen van de proefinstallatie."))
    A(("p", "10.4 Betaling geschiedt in twee termijnen, in december en in mei. Het ROC legt over de "
            "besteding verantwoording af in het verslag bedoeld in artikel 7.1. Er vindt geen andere "
            "overdracht van bekostiging tussen Partijen plaats."))

    A(("h", "Artikel 11 Privacy"))
    A(("p", "11.1 Partijen wisselen uitsluitend de persoonsgegevens uit die voor de uitvoering van de Route "
            "noodzakelijk zijn en sluiten daartoe een gegevensdelingsovereenkomst."))

    A(("h", "Artikel 12 Aansprakelijkheid en verzekering"))
    A(("p", "12.1 Iedere Partij is aansprakelijk voor schade die voortvloeit uit haar eigen handelen of "
            "nalaten en draagt zorg voor een toereikende aansprakelijkheidsverzekering, die ook leerlingen "
            "van de andere Partij dekt tijdens hun verblijf op haar locatie."))

    A(("h", "Artikel 13 Geschillen"))
    A(("p", "13.1 Een geschil in de zin van dit artikel is elk verschil van mening tussen Partijen over de "
            "uitleg of de uitvoering van de Overeenkomst."))
    A(("p", "13.2 Een geschil wordt eerst in de Stuurgroep besproken. Leidt dat niet binnen vier weken tot "
            "een oplossing, dan legt de meest gerede Partij het geschil voor aan de voorzitters van beide "
            "colleges van bestuur, die binnen vier weken overleggen."))
    A(("p", "13.3 Komen de voorzitters niet tot overeenstemming, dan leggen Partijen het geschil voor aan een "
            "door hen gezamenlijk aan te wijzen MfN-registermediator. Is binnen drie maanden na de start van "
            "de mediation geen oplossing bereikt, dan kan iedere Partij het geschil voorleggen aan de bevoegde "
            "rechter van de Rechtbank Limburg."))
    A(("p", "13.4 Hangende een geschil zetten Partijen de uitvoering van de Route voort, zodat de leerlingen "
            "er geen nadeel van ondervinden."))

    A(("h", "Artikel 14 Looptijd en veranderingen in het partnerschap"))
    A(("p", "14.1 De Overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."))
    A(("p", "14.2 Een andere school voor vbo of mavo of een andere instelling voor beroepsonderwijs kan tot "
            "de Overeenkomst toetreden indien: (a) zij het profiel PIE onderscheidenlijk de kwalificatie "
            "Operator B aanbiedt, (b) alle Partijen schriftelijk instemmen, (c) zij een toetredingsverklaring "
            "ondertekent waarin zij alle bepalingen aanvaardt en (d) zij de melding in RIO verzorgt. "
            "Toetreding gaat in per 1 augustus van een schooljaar."))
    A(("p", "14.3 Iedere Partij kan de Overeenkomst schriftelijk opzeggen met een opzegtermijn van ten minste "
            "twaalf maanden, uitsluitend tegen 31 juli, het einde van een schooljaar."))
    A(("p", "14.4 Iedere Partij kan de Overeenkomst ontbinden indien de andere Partij toerekenbaar tekortschiet "
            "en dat tekortschieten niet binnen zestig dagen na schriftelijke ingebrekestelling heeft hersteld, "
            "of indien de andere Partij de bekostiging of de erkenning voor de betrokken opleiding verliest."))
    A(("p", "14.5 Wijziging van de Overeenkomst geschiedt uitsluitend schriftelijk en met instemming van alle "
            "Partijen, op voorstel van de Stuurgroep en nadat de raden bedoeld in artikel 9.3 zijn gehoord. "
            "Een wijziging gaat in bij de aanvang van een schooljaar, tenzij Partijen anders besluiten."))
    A(("p", "14.6 Na opzegging of ontbinding worden geen nieuwe leerlingen meer tot de Route toegelaten. "
            "Leerlingen die op dat moment aan de Route deelnemen, ronden haar af onder de voorwaarden van de "
            "Overeenkomst, die voor hen van kracht blijft. Is dat niet mogelijk, dan wordt de Overstapregeling "
            "toegepast en krijgt de leerling voorrang bij plaatsing in een opleiding van het ROC. Een "
            "wijziging is op lopende cohorten alleen van toepassing als zij voor de leerlingen geen nadeel "
            "oplevert."))

    A(("h", "Artikel 15 Slotbepalingen"))
    A(("p", "15.1 Bijlage 1 (Programmabeschrijving) en Bijlage 2 (Overstapregeling) maken integraal deel uit "
            "van de Overeenkomst. Bij strijd tussen de artikelen en een bijlage gaan de artikelen voor, met "
            "uitzondering van Bijlage 2, die voor de overstap van leerlingen leidend is."))
    A(("p", "15.2 Op de Overeenkomst is Nederlands recht van toepassing."))
    A(("p", "Aldus overeengekomen en in tweevoud getekend te Geleen op 30 juni 2025."))
    A(("sig", ["Stichting Voortgezet Onderwijs Westelijke Mijnstreek", "", "______________________",
               "drs. A.M.J. Heuts, voorzitter CvB"],
              ["Stichting Regionaal Opleidingencentrum Maas-Geleen", "", "______________________",
               "ir. P.L. Wolfs, voorzitter CvB"]))
    A(("p", "Voor gezien, namens de Praktijkpartners: Vereniging Procesindustrie Westelijke Mijnstreek, "
            "ing. R. Schols, secretaris."))

    A(("pb",))
    A(("h", "Bijlage 1 Programmabeschrijving"))
    A(("p", "Deze bijlage geeft per leerjaar de hoofdlijn van het programma. De uitwerking per periode staat "
            "in het PTA van de School en de OER van het ROC."))
    A(("table", [
        ["Leerjaar Route", "Waar", "Programma", "Examinering", "Bpv / praktijk"],
        ["1 (vmbo 3)", "School; 1 dag ROC", "PIE-profielvakken, algemene vakken, start Procesbeheersing",
         "schoolexamens vmbo; VCA-basis", "2 bedrijfsbezoeken, 2 praktijkopdrachten"],
        ["2 (vmbo 4)", "School; 2 dagen ROC", "afronding vmbo, mbo-onderdelen procesvoering",
         "centraal examen vmbo; eerste mbo-beoordelingen", "snuffelstage 2 weken"],
        ["3 (mbo 1)", "ROC", "Operator B: procesvoering, analyse, onderhoud", "mbo-examens kerntaak 1",
         "bpv 8 weken"],
        ["4 (mbo 2)", "ROC en leerbedrijf", "Operator B: kerntaak 2, keuzedelen, loopbaan",
         "proeven van bekwaamheid, Nederlands en rekenen", "bpv 20 weken"],
    ], [0.13, 0.17, 0.28, 0.22, 0.20]))

    A(("h", "Bijlage 2 Overstapregeling"))
    A(("p", "Deze bijlage maakt integraal deel uit van de Overeenkomst (artikel 15.1)."))
    A(("p", "1. Deze regeling is van toepassing wanneer de deelname van een leerling aan de Route eindigt "
            "voordat hij haar met succes heeft afgerond, met inbegrip van het geval dat hij is afgewezen voor "
            "het eindexamen vmbo. Zij is niet van toepassing bij definitieve verwijdering."))
    A(("p", "2. De Stichting VO en het ROC bepalen gezamenlijk, na een gesprek met de leerling en zijn ouders, "
            "welke opleiding hem wordt geboden. Zij baseren dat oordeel op het bereikte onderwijsniveau en de "
            "leeftijd van de leerling. De Routeleider bereidt het besluit voor; het wordt binnen vier weken "
            "vastgelegd in een overstapplan dat door beide directeuren wordt ondertekend."))
    A(("p", "3. Afhankelijk van het moment en de reden van uitstappen wordt in elk geval een van de volgende "
            "mogelijkheden geboden:"))
    A(("li2", "a. in de Vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg PIE van de School, "
              "of in een ander profiel of de basisberoepsgerichte leerweg, gericht op het vmbo-diploma;"))
    A(("li2", "b. wordt het vmbo-diploma niet uiterlijk in het derde leerjaar van de Route behaald: "
              "instroom in of voortzetting van een technische mbo-opleiding op niveau 3 bij het ROC zonder "
              "dat de vooropleidingseisen gelden, of doublure om het vmbo-diploma alsnog te behalen;"))
    A(("li2", "c. bij een verkeerde richting: een andere opleiding op niveau 3 bij het ROC, zoals Monteur "
              "mechatronica of Eerste monteur elektrotechnische installaties, eveneens zonder "
              "vooropleidingseisen;"))
    A(("li2", "d. bij een niveau dat niet past: overstap naar de opleiding Operator A op niveau 2;"))
    A(("li2", "e. bij verhuizing: plaatsing bij een andere instelling, met een warme overdracht; die "
              "instelling kan de leerling na een geschiktheidsonderzoek toelaten."))
    A(("p", "4. Uitstroom naar de Entree-opleiding vindt nooit automatisch plaats. De werkwijze wordt "
            "beschreven in de schoolgids van de School en in de studiegids van het ROC."))

    build_pdf(path, B, "Samenwerkingsovereenkomst DLR Procestechniek Westelijke Mijnstreek",
              "ROC Maas-Geleen, Juridische Zaken",
              header="Samenwerkingsovereenkomst DLR Procestechniek - JZ/2025/0412")


# ==============================================================================================
# 222 - projectleider, Word auto-numbering ("Artikel %1", leden "%1.%2"), DOCX - two defects
# ==============================================================================================

@sample(222, "222_projectleider_autonummering_logistiek_bollenstreek", "docx",
        "Project leader's agreement in DOCX with Word auto-numbering (article numbers 'Artikel %1' and leden "
        "'%1.%2' exist only in numbering.xml); Duin- en Bollenstreek, M&T bb -> Logistiek medewerker niveau 2. "
        "Defects: the kernteam (leiding) is described at length with members, tasks and mandate but nobody "
        "appoints it (c weak); toetreding, opzegging (six months, any moment), ontbinding and wijziging are "
        "arranged but nothing protects running pupils (j weak). Explicitly no transfer of bekostiging.",
        st("p p w p p p p p p w"),
        {"a": "Scope van de route",
         "b": "Praktijkleren",
         "d": "Voortgangsrapportage",
         "e": "Onderwijs en organisatie",
         "f": "Als de route niet past",
         "g": "Begroting en middelen",
         "h": "Leerlingen en ouders aan het woord",
         "i": "Meningsverschillen"})
def build_222(path):
    from docx.shared import Pt
    d = docx_new("Calibri", 10.5)
    num = docx_add_numbering(d, [("decimal", "Artikel %1", 0, 0),
                                 ("decimal", "%1.%2", 567, 567),
                                 ("lowerLetter", "%3.", 1134, 567)])

    def art(title):
        p = d.add_paragraph(title, style="Heading 1")
        docx_numpr(p, num, 0)

    def lid(text):
        p = d.add_paragraph(text)
        docx_numpr(p, num, 1)

    def sub(text):
        p = d.add_paragraph(text)
        docx_numpr(p, num, 2)

    docx_para(d, "Samenwerkingsovereenkomst Doorlopende Leerroute Logistiek Duin- en Bollenstreek",
              bold=True, size=16, align="center")
    docx_para(d, "Versie 1.0 – opgesteld door de projectleider DLR Logistiek, besproken met beide directies "
                 "op 12 juni 2025", italic=True, align="center")
    docx_para(d, "Voorwoord van de projectleider", bold=True)
    d.add_paragraph(
        "Deze overeenkomst is het resultaat van anderhalf jaar voorbereiding in de werkgroep DLR Logistiek. "
        "In die tijd hebben we met docenten, de sierteeltketen en logistieke bedrijven uit de streek een "
        "route ontworpen waarin leerlingen van de basisberoepsgerichte leerweg zonder knip doorleren tot een "
        "mbo-diploma. Mijlpalen: start eerste cohort 1 augustus 2025, eerste evaluatie juni 2026, eerste "
        "gediplomeerden zomer 2028. Een kernteam gaat de route trekken; hoe dat werkt, staat in artikel 5. "
        "De projectplanning zelf is geen onderdeel van deze overeenkomst.")
    docx_para(d, "Partijen", bold=True)
    d.add_paragraph(
        "Stichting Katholiek Onderwijs Duinstreek, gevestigd te Noordwijkerhout, bevoegd gezag van het "
        "Duinrand Vakcollege, vertegenwoordigd door de voorzitter van het college van bestuur, "
        "de heer drs. M.J. van der Voort (hierna: de school);")
    d.add_paragraph(
        "Stichting ROC Hollands Duin, gevestigd te Leiden, vertegenwoordigd door de voorzitter van het "
        "college van bestuur, mevrouw E.C. Kortekaas MBA (hierna: het ROC);")
    d.add_paragraph("hierna samen: partijen, spreken het volgende af.")

    art("Begrippen")
    lid("Route: de doorlopende leerroute vmbo-mbo Logistiek, zoals beschreven in artikel 3.")
    lid("Kernteam: het team dat de route trekt, zie artikel 5.")
    lid("Werkveldpartners: de bedrijven en netwerken die op grond van artikel 4 aan de route meewerken.")
    lid("Overstap: het verlaten van de route voordat die met succes is afgerond, zie artikel 8.")

    art("Doel en resultaat")
    lid("Partijen verzorgen de route samen. Resultaat: leerlingen halen in één doorlopend traject het "
        "vmbo-diploma en een mbo-diploma op niveau 2, met een goede kans op werk in de logistiek van de "
        "sierteelt en de handel.")
    lid("De route wordt gemaakt samen met het werkveld in de streek; de afspraken daarover staan in artikel 4.")
    lid("Partijen melden de route elk voor hun eigen deel in RIO, vóór 1 oktober 2025.")

    art("Scope van de route")
    lid("De route loopt van het profiel Mobiliteit en transport in de basisberoepsgerichte leerweg van het "
        "Duinrand Vakcollege naar de mbo-opleiding Logistiek medewerker op niveau 2 (kwalificatiedossier "
        "Logistiek, opleidingsdomein Transport, scheepvaart en logistiek) van het ROC, in de "
        "beroepsopleidende leerweg.")
    lid("De route start in leerjaar 3 van de school en duurt vier leerjaren: twee leerjaren in de vo-fase "
        "en twee leerjaren in de mbo-fase.")
    lid("Per cohort is plaats voor maximaal 24 leerlingen.")

    art("Praktijkleren")
    lid("De volgende werkveldpartners werken aan de route mee: Coöperatieve Bloemenveiling Duinstreek U.A., "
        "Van Rijn Exportbloemen B.V., Transportonderneming Warmerdam & Zn. en het Logistiek Platform "
        "Bollenstreek, het netwerk van logistieke ondernemers in de streek. De leerbedrijven zijn erkend "
        "door SBB.")
    lid("De werkveldpartners leveren in ieder geval:")
    sub("snuffelstages van een week in leerjaar 3 en bpv-plaatsen voor twee dagen per week in de mbo-fase;")
    sub("gastlessen door planners en magazijnchefs, ten minste vier per leerjaar;")
    sub("één praktijkcase per onderwijsperiode, die de leerlingen in het bedrijf uitvoeren en die samen met "
        "een praktijkbegeleider wordt beoordeeld;")
    sub("praktijkbeoordelaars bij de proeven van bekwaamheid.")
    lid("Twee vertegenwoordigers van de werkveldpartners vormen met het kernteam de werkveldcommissie. "
        "Die komt drie keer per jaar bij elkaar en adviseert over het routeplan en over de keuzedelen.")

    art("Projectorganisatie en uitvoering")
    lid("Het kernteam trekt de route. Het kernteam bestaat uit:")
    sub("de projectleider DLR Logistiek, die het kernteam voorzit;")
    sub("de teamleider basisberoepsgerichte leerweg van de school;")
    sub("de opleidingsmanager Logistiek van het ROC;")
    sub("een docent Mobiliteit en transport van de school en een docent logistiek van het ROC;")
    sub("de bpv-coördinator van het ROC.")
    lid("Het kernteam heeft de volgende taken: het opstellen en bijhouden van het routeplan, het afstemmen "
        "van PTA en OER, het maken van het jaarrooster, de intake van nieuwe leerlingen, het organiseren van "
        "overstapgesprekken en het onderhouden van de contacten met de werkveldpartners.")
    lid("Het kernteam is bevoegd om zelfstandig te besluiten over het rooster, over de toelating van "
        "leerlingen tot de route en over de besteding van het routebudget tot een bedrag van € 15.000 per "
        "schooljaar. Besluiten daarbuiten legt het kernteam voor aan de directeur van het Duinrand "
        "Vakcollege en de directeur van het College Logistiek & Mobiliteit van het ROC.")
    lid("Het kernteam vergadert ten minste eens per zes weken en legt zijn besluiten vast in een "
        "besluitenlijst.")

    art("Voortgangsrapportage")
    lid("Het kernteam stuurt elk kwartaal een voortgangsrapportage aan de colleges van bestuur van beide "
        "partijen, met de aanmeldingen, het verzuim, de uitval en de stand van de bpv.")
    lid("Vóór 15 september van elk jaar legt het kernteam in een jaarverslag aan beide colleges van bestuur "
        "verantwoording af over het afgelopen schooljaar, met een evaluatie van de doelen uit artikel 2 en de "
        "besteding van het routebudget.")
    lid("Elk college van bestuur kan tussentijds om informatie vragen; het kernteam levert die binnen twee "
        "weken.")

    art("Onderwijs en organisatie")
    lid("Partijen beschrijven het onderwijsprogramma, de examinering en de bpv per leerjaar in één "
        "routeplan, dat jaarlijks vóór 1 juni door beide directeuren wordt vastgesteld en de basis is voor "
        "het PTA van de school en de OER van het ROC. Het centraal examen vmbo valt in leerjaar 4 van de school.")
    lid("In de vo-fase wordt het onderwijs gegeven in het Duinrand Vakcollege en één dag per week in het "
        "praktijkmagazijn van het ROC in Leiden; de mbo-fase vindt plaats bij het ROC en bij de "
        "werkveldpartners.")
    lid("Docenten van beide partijen vormen één routeteam. De school levert de docenten Mobiliteit en "
        "transport en de docenten algemene vakken, het ROC de docenten logistiek en de bpv-begeleiding. Voor "
        "het onderdeel Magazijn en voorraadbeheer werken partijen met teambevoegdheid; elk teamlid blijft "
        "verantwoordelijk voor het deel waarvoor hij bevoegd is. Iedere partij betaalt haar eigen personeel.")
    lid("Het ROC stelt zijn praktijkmagazijn met heftrucks, reachtrucks, scanners en het "
        "warehousemanagementsysteem beschikbaar; de school stelt het praktijklokaal Mobiliteit en transport "
        "en de computerlokalen beschikbaar. De school regelt en betaalt het vervoer van de leerlingen naar "
        "Leiden.")

    art("Als de route niet past")
    lid("Stopt een leerling met de route voordat hij die met succes heeft afgerond, of wordt hij afgewezen "
        "voor het eindexamen vmbo, dan zorgen partijen ervoor dat hij een diploma kan halen dat past bij het "
        "niveau dat hij heeft bereikt en bij zijn leeftijd.")
    lid("De mogelijkheden zijn in ieder geval:")
    sub("in de vo-fase: verder in de reguliere basisberoepsgerichte leerweg Mobiliteit en transport of in "
        "een ander profiel van de school, op weg naar het vmbo-diploma;")
    sub("in de mbo-fase: een andere opleiding op niveau 2 bij het ROC, zoals Medewerker distributie of "
        "Chauffeur goederenvervoer, zonder dat de vooropleidingseisen gelden;")
    sub("bij verhuizing of een andere keuze: een opleiding bij een andere instelling, die de leerling na "
        "een geschiktheidsonderzoek kan toelaten.")
    lid("De teamleider van de school en de opleidingsmanager van het ROC besluiten samen welke mogelijkheid "
        "de leerling krijgt, na een gesprek met de leerling en zijn ouders. De leerling gaat niet automatisch "
        "naar de Entree-opleiding.")

    art("Begroting en middelen")
    lid("Er vindt geen overdracht van bekostiging tussen partijen plaats. Iedere partij draagt de kosten van "
        "haar eigen personeel, ruimtes en materialen.")
    lid("Het routebudget uit artikel 5 bestaat uit twee gelijke delen die elke partij in haar eigen "
        "begroting opneemt; elke partij betaalt de uitgaven uit haar eigen deel zelf.")

    art("Leerlingen en ouders aan het woord")
    lid("Voor leerlingen in de vo-fase en hun ouders geldt de medezeggenschap van de school, voor studenten in "
        "de mbo-fase die van het ROC. Partijen spreken daarnaast af:")
    sub("leerlingen van de route in de vo-fase mogen deelnemen aan de vergaderingen van de studentenraad van "
        "het College Logistiek & Mobiliteit en hebben daar spreekrecht;")
    sub("de medezeggenschapsraad van de school en de studentenraad van het ROC geven elk advies over het "
        "routeplan voordat de directeuren dat vaststellen.")

    art("Meningsverschillen")
    lid("Verschillen van inzicht over de uitvoering van deze overeenkomst worden eerst in het kernteam "
        "besproken, daarna door de beide directeuren en daarna door de voorzitters van de colleges van "
        "bestuur.")
    lid("Lukt het niet om binnen zes weken na het bestuurlijk overleg een oplossing te vinden, dan schakelen "
        "partijen een onafhankelijke mediator in. Blijft het geschil bestaan, dan beslist de bevoegde rechter "
        "van de Rechtbank Den Haag.")

    art("Looptijd, nieuwe partners en beëindiging")
    lid("Deze overeenkomst gaat in op 1 augustus 2025 en loopt vier jaar. Daarna wordt zij steeds "
        "stilzwijgend met vier jaar verlengd.")
    lid("Een andere vmbo-school in de Duin- en Bollenstreek kan aan de route deelnemen als zij het profiel "
        "Mobiliteit en transport aanbiedt, beide colleges van bestuur schriftelijk instemmen en zij een "
        "addendum bij deze overeenkomst tekent; zij meldt haar deelname zelf in RIO.")
    lid("Iedere partij kan de overeenkomst schriftelijk opzeggen met een opzegtermijn van zes maanden.")
    lid("Iedere partij kan de overeenkomst ontbinden als de andere partij haar afspraken niet nakomt en dat "
        "niet binnen dertig dagen na een schriftelijke ingebrekestelling herstelt.")
    lid("Wijzigingen van deze overeenkomst worden schriftelijk vastgelegd en door beide colleges van bestuur "
        "ondertekend; het kernteam kan wijzigingen voorstellen.")

    art("Slotbepalingen")
    lid("Op deze overeenkomst is Nederlands recht van toepassing.")
    lid("Deze overeenkomst is in tweevoud opgemaakt en ondertekend.")

    d.add_paragraph("")
    docx_table(d, [["Voor Stichting Katholiek Onderwijs Duinstreek", "Voor Stichting ROC Hollands Duin"],
                   ["drs. M.J. van der Voort, voorzitter college van bestuur\nNoordwijkerhout, 30 juni 2025",
                    "E.C. Kortekaas MBA, voorzitter college van bestuur\nLeiden, 30 juni 2025"]],
               style="Normal Table")
    docx_save(d, path, "Samenwerkingsovereenkomst DLR Logistiek Duin- en Bollenstreek", "Projectleider DLR Logistiek")


# ==============================================================================================
# 223 - docent-coördinator, one page, Markdown
# ==============================================================================================

TEXT_223 = """
# Afspraak doorlopende leerroute Gastvrijheid Walcheren

_Opgesteld door Marieke Verhulst, docent horeca en coördinator van de route, voor de besturen van beide scholen._

**Partijen:** Stichting Openbaar Voortgezet Onderwijs Walcheren, voor het Scheldemond Vakcollege in Vlissingen
(hierna: de school), en Stichting ROC Walcheren-Bevelanden in Middelburg (hierna: het ROC).

**Waarom deze afspraak.** Wij willen dat leerlingen zonder knip van het vmbo naar een horecadiploma
doorleren. De horeca van het eiland doet mee, één routeteam houdt het overzicht en niemand valt uit
zonder vervolg. Hieronder staat wie wat doet; de besturen tekenen onderaan.

### Welke route
De route loopt van het profiel Horeca, bakkerij en recreatie in de kaderberoepsgerichte leerweg van de
school naar de mbo-opleiding Zelfstandig werkend gastheer/gastvrouw, niveau 3 (opleidingsdomein Horeca en
bakkerij), van het ROC. Start in leerjaar 3; de route duurt vier jaar.

### De praktijk
Hotel Zeezicht in Domburg, Strandpaviljoen De Kaap in Zoutelande, Grand Café Bankert in Vlissingen en de
afdeling Walcheren van Koninklijke Horeca Nederland doen mee. De bedrijven geven in leerjaar 3 en 4 elk
kwartaal een gastles of workshop en bieden in de mbo-fase bpv-plaatsen voor twee dagen per week. Twee
ondernemers zitten in de adviesgroep, die twee keer per jaar het programma bespreekt en advies geeft, en
zij beoordelen mee bij de proeve van bekwaamheid.

### Wie doet wat
Het routeteam leidt de route. Het bestaat uit de coördinator, de afdelingsleider HBR van de school en de
teamleider Horeca van het ROC. De afdelingsleider en de teamleider worden door hun eigen bestuur
aangewezen; de coördinator wordt voor twee jaar aangewezen door de directeur van de school en de
onderwijsdirecteur van het ROC samen. Het routeteam maakt het rooster, stemt PTA en OER af, doet de intake
en houdt contact met de bedrijven. Het mag zelf beslissen over het rooster, de toelating tot de route en
het routebudget; over personeel en over deze afspraak beslissen de besturen.

### Hoe de besturen het horen
Elk jaar vóór 1 oktober stuurt het routeteam beide besturen een verslag met de in-, door- en uitstroom, de
examenresultaten en de bpv, en licht het toe in het bestuurlijk overleg in oktober. Bij problemen meldt
het routeteam dat direct aan beide directeuren.

### Lessen, docenten en ruimtes
Programma en examens per leerjaar staan in één PTA/OER van de route. Leerjaar 3 is op de school; vanaf
leerjaar 4 is er één dag per week les in het leerrestaurant van het ROC in Middelburg. Docenten HBR en
algemene vakken van de school en praktijkdocenten keuken en bediening van het ROC vormen één team; voor
het onderdeel Gastheerschap werken we met teambevoegdheid. De school stelt haar praktijklokaal HBR open
voor de route, het ROC zijn leerrestaurant en keukens. Ieder betaalt zijn eigen personeel.

### Overstappen
Stopt een leerling of haalt hij zijn vmbo-examen niet, dan krijgt hij een plek waarmee hij toch een
diploma haalt: in leerjaar 3 en 4 de gewone kaderberoepsgerichte leerweg HBR of een ander profiel van de
school; in de mbo-fase een andere opleiding op niveau 3 bij het ROC (bijvoorbeeld Zelfstandig werkend kok)
of Gastheer/gastvrouw op niveau 2, zonder vooropleidingseisen; elders na een geschiktheidsonderzoek. De
afdelingsleider en de teamleider beslissen dit samen met de leerling en zijn ouders, en kijken naar het
niveau dat hij heeft gehaald en naar zijn leeftijd. Niemand gaat automatisch naar Entree.

### Geld
Er gaat geen bekostiging van de ene naar de andere partij. Iedere partij draagt haar eigen kosten.

### Inspraak
Naast de gewone medezeggenschap spreken we af: één leerling van de route in leerjaar 3 of 4 mag de
vergaderingen van de studentenraad van het ROC bijwonen en heeft daar spreekrecht, en de
medezeggenschapsraad van de school en de studentenraad van het ROC krijgen het jaarverslag en geven advies
voordat de route verandert.

### Als we het oneens zijn
Eerst praat het routeteam, dan de twee directeuren, dan de bestuurders. Komen die er in zes weken niet
uit, dan vragen zij een onafhankelijke deskundige, die zij samen kiezen, om bindend advies.

### Erbij komen, stoppen of veranderen
Een andere school of instelling kan meedoen als beide besturen schriftelijk instemmen en zij deze afspraak
mee ondertekent. Opzeggen kan alleen schriftelijk vóór 1 februari, tegen het einde van dat schooljaar;
leerlingen die al in de route zitten maken die af. Veranderingen gelden pas na ondertekening door beide
besturen en gaan in bij het begin van een schooljaar.

Getekend in Middelburg, 30 juni 2025 — H. de Visser, bestuurder Stichting Openbaar Voortgezet Onderwijs
Walcheren — A.C. Minderhoud, voorzitter college van bestuur Stichting ROC Walcheren-Bevelanden
"""


@sample(223, "223_docent_coordinator_een_pagina_horeca_walcheren", "md",
        "Teacher-coordinator's one-page Markdown agreement with plain '###' headings that mostly do not name "
        "the item (leiding under 'Wie doet wat', verantwoording under 'Hoe de besturen het horen'); Walcheren, "
        "HBR kb -> Zelfstandig werkend gastheer/gastvrouw niveau 3. Fully compliant; the intro paragraph "
        "mentions bedrijfsleven, routeteam and overstap without arranging them. No transfer of bekostiging.",
        st("p p p p p p p p p p"),
        {"a": "Welke route",
         "b": "De praktijk",
         "c": "Wie doet wat",
         "d": "Hoe de besturen het horen",
         "e": "Lessen, docenten en ruimtes",
         "f": "Overstappen",
         "g": "Geld",
         "h": "Inspraak",
         "i": "Als we het oneens zijn",
         "j": "Erbij komen, stoppen of veranderen"})
def build_223(path):
    write_text(path, TEXT_223)


# ==============================================================================================
# 224 - regionaal consortium, three parties, two-column PDF
# ==============================================================================================

@sample(224, "224_consortium_twee_kolommen_kinderopvang_westerkwartier", "pdf",
        "Regional consortium agreement (two vmbo boards and one ROC) in a two-column PDF; Westerkwartier, "
        "Z&W kb -> Pedagogisch medewerker kinderopvang niveau 3. Fully compliant; the leiding is arranged in "
        "'Artikel 4 Werkwijze van het consortium' and the verantwoording in 'Artikel 5 Jaarcyclus' (headings "
        "that do not name the item); considerans and definitions mention regieteam, werkveld, overstap and "
        "toetreding. Each vmbo board transfers EUR 950 per pupil with bestemming; bindend advies for disputes.",
        st("p p p p p p p p p p"),
        {"a": "Artikel 3 De route",
         "b": "Artikel 7 Kinderopvang als leeromgeving",
         "c": "Artikel 4 Werkwijze van het consortium",
         "d": "Artikel 5 Jaarcyclus",
         "e": "Artikel 6 Onderwijs op drie locaties",
         "f": "Artikel 8 Passend vervolg",
         "g": "Artikel 9 Middelen",
         "h": "Artikel 10 Stem van leerlingen en ouders",
         "i": "Artikel 11 Verschil van inzicht",
         "j": "Artikel 12 Deelname en looptijd"})
def build_224(path):
    B = []
    A = B.append
    A(("title", "Consortiumovereenkomst"))
    A(("sub", "Doorlopende leerroute Pedagogisch werk – Consortium Leerroutes Westerkwartier"))
    A(("p", "Opgesteld door het secretariaat van het Consortium Leerroutes Westerkwartier, vastgesteld in de "
            "consortiumvergadering van 18 juni 2025."))
    A(("h2", "De consortiumpartners"))
    A(("li", "1. Stichting Christelijk Voortgezet Onderwijs Westerkwartier, bevoegd gezag van het Vakcollege "
             "Leek, vertegenwoordigd door mevrouw J. Wiersma, bestuurder;"))
    A(("li", "2. Stichting Openbaar Onderwijs Zuidhorn-Grootegast, bevoegd gezag van het Kwartiercollege "
             "Zuidhorn, vertegenwoordigd door de heer B. Dijkstra, bestuurder;"))
    A(("li", "3. Stichting ROC Lauwers en Eems, gevestigd te Groningen, vertegenwoordigd door mevrouw "
             "drs. H.T. Mulder, voorzitter college van bestuur;"))
    A(("p", "hierna samen: de consortiumpartners; partners 1 en 2 samen: de vmbo-scholen."))
    A(("h2", "Overwegingen"))
    A(("li", "a. De kinderopvang in het Westerkwartier zoekt pedagogisch medewerkers en de "
             "kinderopvangorganisaties willen het onderwijs daarvoor mee vormgeven."))
    A(("li", "b. De consortiumpartners willen de route onder regie van één regieteam uitvoeren."))
    A(("li", "c. Een leerling voor wie de route niet past, moet altijd een passend vervolg krijgen."))
    A(("li", "d. Het consortium staat open voor andere scholen uit de regio die zich later willen aansluiten."))

    A(("h", "Artikel 1 Begrippen"))
    A(("p", "Route: de doorlopende leerroute uit artikel 3. Regieteam: het team uit artikel 4. "
            "Praktijkpartners: de kinderopvangorganisaties uit artikel 7. Overstap: het verlaten van de route "
            "vóór het behalen van het mbo-diploma, geregeld in artikel 8. Bestuurlijk overleg: het overleg van "
            "de drie bestuurders van de consortiumpartners."))
    A(("h", "Artikel 2 Doel"))
    A(("p", "2.1 De consortiumpartners verzorgen samen de route, zodat leerlingen zonder onderbreking een "
            "vmbo-diploma en een mbo-diploma behalen."))
    A(("p", "2.2 Het regieteam (artikel 4) voert de route uit; de praktijkpartners worden betrokken zoals "
            "bepaald in artikel 7."))
    A(("p", "2.3 Ieder van de consortiumpartners meldt de route voor zijn eigen deel in RIO."))

    A(("h", "Artikel 3 De route"))
    A(("p", "3.1 De route verbindt het profiel Zorg en welzijn in de kaderberoepsgerichte leerweg van het "
            "Vakcollege Leek en het Kwartiercollege Zuidhorn met de opleiding Pedagogisch medewerker "
            "kinderopvang, niveau 3 (kwalificatiedossier Pedagogisch werk, opleidingsdomein Zorg en welzijn), "
            "van het ROC in de beroepsopleidende leerweg."))
    A(("p", "3.2 De route begint in leerjaar 3 en duurt vier jaar. Per school starten jaarlijks ten hoogste "
            "zestien leerlingen."))

    A(("h", "Artikel 4 Werkwijze van het consortium"))
    A(("p", "4.1 De leiding over de route ligt bij het regieteam. Dat bestaat uit de teamleider Zorg en "
            "welzijn van elk van de vmbo-scholen, de opleidingsmanager Pedagogisch werk van het ROC en de "
            "routecoördinator, die het regieteam voorzit."))
    A(("p", "4.2 De teamleiders en de opleidingsmanager worden door hun eigen bestuur in het regieteam "
            "aangewezen. De routecoördinator wordt door het bestuurlijk overleg benoemd voor twee jaar, na "
            "een open sollicitatie onder het personeel van de drie partners."))
    A(("p", "4.3 Het regieteam heeft tot taak: het opstellen van de routegids en het jaarplan, het afstemmen "
            "van de roosters van de drie locaties, de toelating van leerlingen, de begeleiding van overstappen "
            "en het contact met de praktijkpartners."))
    A(("p", "4.4 De besturen dragen het regieteam op te besluiten over de roosters, de toelating tot de route "
            "en de besteding van de middelen uit artikel 9 binnen het jaarplan. Besluiten over personeel, "
            "over uitgaven buiten het jaarplan en over deze overeenkomst blijven bij de besturen."))

    A(("h", "Artikel 5 Jaarcyclus"))
    A(("p", "5.1 Het regieteam legt vóór 1 juli het jaarplan voor het komende schooljaar ter goedkeuring "
            "voor aan het bestuurlijk overleg."))
    A(("p", "5.2 Vóór 1 december stuurt het regieteam de drie besturen een jaarrapportage over het afgelopen "
            "schooljaar: aantallen leerlingen per school, doorstroom, uitval, overstappen, "
            "examenresultaten en de besteding van de middelen."))
    A(("p", "5.3 Het bestuurlijk overleg komt twee keer per jaar bijeen, in maart en in december. Het "
            "regieteam legt daar verantwoording af over de uitvoering van het jaarplan en geeft de "
            "inlichtingen die de besturen vragen."))

    A(("h", "Artikel 6 Onderwijs op drie locaties"))
    A(("p", "6.1 Programma, examinering en beroepspraktijkvorming per leerjaar staan in de routegids, die de "
            "consortiumpartners samen vaststellen en die de basis is van de PTA's van de vmbo-scholen en de "
            "OER van het ROC."))
    A(("p", "6.2 Leerjaar 3 en 4 worden gegeven op de eigen vmbo-school; in leerjaar 4 volgen de leerlingen "
            "één dag per week les op de ROC-locatie Leek. De mbo-fase vindt plaats bij het ROC en bij de "
            "praktijkpartners."))
    A(("p", "6.3 Per vmbo-school werken de docenten Zorg en welzijn en de ROC-docenten pedagogisch werk als "
            "één team. ROC-docenten geven in leerjaar 4 ook les op de vmbo-scholen. Voor het onderdeel "
            "Pedagogisch handelen geldt de teambevoegdheid; ieder teamlid is verantwoordelijk voor het deel "
            "waarvoor hij bevoegd is."))
    A(("p", "6.4 Het ROC stelt zijn skillslab en speel-leerlokaal in Leek beschikbaar; de vmbo-scholen stellen "
            "hun praktijklokalen Zorg en welzijn beschikbaar voor de lessen van ROC-docenten. Het gebruik "
            "wordt in de roosters vastgelegd."))

    A(("h", "Artikel 7 Kinderopvang als leeromgeving"))
    A(("p", "7.1 Praktijkpartners zijn Stichting Kinderopvang Westerkwartier, Kinderopvang De Wilgenhoek B.V. "
            "en Kindcentrum 't Lantaarntje, alle erkend als leerbedrijf door SBB."))
    A(("p", "7.2 De praktijkpartners bieden in leerjaar 3 en 4 maatschappelijke stages en twee "
            "praktijkopdrachten per jaar, in de mbo-fase bpv-plaatsen, en leveren praktijkbeoordelaars voor "
            "de examens. Hun vertegenwoordigers vormen de werkveldraad, die één keer per jaar de routegids "
            "bespreekt en het regieteam adviseert."))

    A(("h", "Artikel 8 Passend vervolg"))
    A(("p", "8.1 Verlaat een leerling de route voordat hij die met succes heeft afgerond, dan bepalen de "
            "vmbo-school van de leerling en het ROC samen, na overleg met de leerling en zijn ouders, welke "
            "opleiding hij volgt. Zij gaan daarbij uit van het bereikte onderwijsniveau en de leeftijd."))
    A(("p", "8.2 Mogelijk zijn in elk geval: in de vo-fase de reguliere kaderberoepsgerichte leerweg Zorg en "
            "welzijn of een ander profiel, gericht op het vmbo-diploma; bij het niet behalen van het "
            "vmbo-diploma of in de mbo-fase een andere opleiding op niveau 3 bij het ROC, zoals Medewerker "
            "maatschappelijke zorg, waarbij de vooropleidingseisen niet gelden; bij een niveau dat niet past "
            "de opleiding Helpende zorg en welzijn op niveau 2; bij verhuizing een opleiding bij een andere "
            "instelling na een geschiktheidsonderzoek."))

    A(("h", "Artikel 9 Middelen"))
    A(("p", "9.1 Ieder van de vmbo-scholen draagt met toepassing van artikel 5.42a WVO 2020 aan het ROC over "
            "€ 950 per leerling die op 1 oktober in leerjaar 4 van de route staat ingeschreven."))
    A(("p", "9.2 Het bedrag is bestemd voor de lessen van ROC-docenten op de vmbo-scholen en het gebruik en "
            "de materialen van het skillslab. Het ROC verantwoordt de besteding in de jaarrapportage."))

    A(("h", "Artikel 10 Stem van leerlingen en ouders"))
    A(("p", "10.1 Naast de wettelijke medezeggenschap stellen de partners een routeklankbord in van één "
            "leerling per vmbo-school, één student en één ouder, dat twee keer per jaar met het regieteam "
            "spreekt en gevraagd en ongevraagd advies geeft."))
    A(("p", "10.2 De medezeggenschapsraden van de vmbo-scholen en de studentenraad van het ROC ontvangen de "
            "jaarrapportage en adviseren over wijzigingen van de routegids."))

    A(("h", "Artikel 11 Verschil van inzicht"))
    A(("p", "11.1 Een geschil tussen partners over de uitvoering van deze overeenkomst wordt eerst in het "
            "regieteam en daarna in het bestuurlijk overleg besproken."))
    A(("p", "11.2 Blijft het geschil bestaan, dan wordt het voorgelegd aan een commissie van drie personen: "
            "elke betrokken partij wijst een lid aan en die leden kiezen een onafhankelijke voorzitter. De "
            "commissie doet binnen acht weken een bindend advies."))

    A(("h", "Artikel 12 Deelname en looptijd"))
    A(("p", "12.1 De overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd."))
    A(("p", "12.2 Een andere school voor vmbo in het Westerkwartier of een andere mbo-instelling kan "
            "toetreden als alle partners schriftelijk instemmen en de nieuwe partner deze overeenkomst "
            "onderschrijft; toetreding gaat in bij de start van een schooljaar."))
    A(("p", "12.3 Een partner kan zijn deelname schriftelijk opzeggen met een termijn van één jaar, tegen 1 "
            "augustus. Na opzegging neemt de vertrekkende partner geen nieuwe leerlingen meer op in de route; "
            "leerlingen die al zijn gestart, maken de route af."))
    A(("p", "12.4 Wijzigingen worden met instemming van alle partners schriftelijk vastgelegd, gaan in bij "
            "het begin van een schooljaar en benadelen lopende cohorten niet."))

    A(("h", "Artikel 13 Slot"))
    A(("p", "Op deze overeenkomst is Nederlands recht van toepassing. Getekend in drievoud te Leek op 30 juni "
            "2025."))
    A(("p", "J. Wiersma (Stichting CVO Westerkwartier) – B. Dijkstra (Stichting Openbaar Onderwijs "
            "Zuidhorn-Grootegast) – drs. H.T. Mulder (Stichting ROC Lauwers en Eems)"))
    build_pdf(path, B, "Consortiumovereenkomst DLR Pedagogisch werk Westerkwartier",
              "Consortium Leerroutes Westerkwartier", size=9.5, columns=2,
              header="Consortium Leerroutes Westerkwartier - DLR Pedagogisch werk")


# ==============================================================================================
# 225 - AOC, table of arrangements (DOCX) - two defects
# ==============================================================================================

@sample(225, "225_aoc_afsprakentabel_veehouderij_krimpenerwaard", "docx",
        "AOC-drafted agreement with an external vmbo board, DOCX whose operative part is a three-column Word "
        "table (Onderwerp | Afspraak | Trekker); Krimpenerwaard, Groen kb -> Vakbekwaam medewerker veehouderij "
        "niveau 3. Defects: the report row names content, form and recipients but no frequency or moment "
        "(d weak); the overstap row lists alternatives, timing and criteria at length but never says who "
        "decides (f weak). Transfer EUR 1.050 per pupil with bestemming. Evidence = row labels.",
        st("p p p w p w p p p p"),
        {"a": "Route en opleiding",
         "b": "Rol van de melkveehouderij",
         "c": "Wie stuurt de route aan",
         "e": "Programma, docenten en stal",
         "g": "Geld tussen partijen",
         "h": "Meepraten",
         "i": "Onenigheid",
         "j": "Toetreden, opzeggen, wijzigen"})
def build_225(path):
    from docx.shared import Pt, Cm
    d = docx_new("Arial", 10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    docx_para(d, "Samenwerkingsovereenkomst doorlopende leerroute Veehouderij Krimpenerwaard",
              bold=True, size=15, align="center")
    docx_para(d, "Opgesteld door AOC Groene Waard, afdeling Onderwijs & Kwaliteit – definitieve versie juni 2025",
              italic=True, align="center", size=9)
    d.add_paragraph("Partijen", style="Heading 2")
    d.add_paragraph(
        "1. Stichting Protestants-Christelijk Voortgezet Onderwijs Krimpenerwaard, bevoegd gezag van het "
        "Lekdijk College te Schoonhoven, vertegenwoordigd door de heer ing. W.A. Verdouw, bestuurder "
        "(hierna: de school);")
    d.add_paragraph(
        "2. Stichting AOC Groene Waard, bevoegd gezag van het agrarisch opleidingscentrum met vestigingen in "
        "Stolwijk en Gouda, vertegenwoordigd door mevrouw C.J. Bassa, voorzitter college van bestuur "
        "(hierna: het AOC).")
    d.add_paragraph("Overwegingen", style="Heading 2")
    d.add_paragraph(
        "De melkveehouderij in de Krimpenerwaard heeft behoefte aan goed opgeleide medewerkers. De school "
        "biedt het profiel Groen aan maar geen mbo-opleidingen; het AOC biedt de veehouderijopleidingen aan. "
        "Partijen willen de route samen met de veehouders in de streek vormgeven, de uitvoering bij één "
        "routeteam beleggen en een leerling die uitvalt een passend vervolg bieden.")

    d.add_paragraph("Artikel 1 Doel en reikwijdte", style="Heading 2")
    d.add_paragraph(
        "1.1 Partijen verzorgen samen een doorlopende leerroute vmbo-mbo in de groene sector. Welke route dat "
        "is, staat in de afsprakentabel van artikel 2, rij 1.")
    d.add_paragraph(
        "1.2 De afsprakentabel in artikel 2 regelt de onderwerpen van artikel 2.107b, tweede lid, WVO 2020 en "
        "artikel 9.1.3 WEB. Het routeteam voert de route uit en rapporteert aan de besturen (rij 3 en 4).")
    d.add_paragraph(
        "1.3 Partijen melden de route elk voor hun eigen deel in RIO.")

    d.add_paragraph("Artikel 2 Afsprakentabel", style="Heading 2")
    d.add_paragraph("Partijen komen de volgende afspraken overeen. Iedere rij bindt beide partijen.")
    rows = [
        ["Onderwerp", "Afspraak", "Trekker"],
        ["Route en opleiding",
         "De route loopt van het profiel Groen, kaderberoepsgerichte leerweg, van het Lekdijk College naar de "
         "opleiding Vakbekwaam medewerker veehouderij, niveau 3 (kwalificatiedossier Veehouderij, "
         "opleidingsdomein Voedsel, natuur en leefomgeving), van het AOC, bol. Start leerjaar 3; duur vier "
         "jaar; maximaal twintig leerlingen per cohort.",
         "directeur school en teamleider veehouderij AOC"],
        ["Rol van de melkveehouderij",
         "LTO afdeling Krimpenerwaard, Zuivelcoöperatie De Lek en de melkveebedrijven Van Vliet (Bergambacht) "
         "en Hofstede Zuidbroek (Stolwijk) nemen deel. Zij bieden in leerjaar 3 en 4 praktijkdagen en een "
         "kalverproject op het bedrijf, in de mbo-fase bpv-plaatsen (SBB-erkend) voor twee dagen per week, en "
         "leveren beoordelaars voor de proeven van bekwaamheid. LTO neemt deel aan de werkveldcommissie, die "
         "twee keer per jaar het programma en de keuzedelen bespreekt en het routeteam schriftelijk adviseert.",
         "routecoördinator"],
        ["Wie stuurt de route aan",
         "Het routeteam leidt de route. Het bestaat uit de afdelingsleider Groen van de school, de teamleider "
         "veehouderij van het AOC en een routecoördinator. De afdelingsleider en de teamleider worden door hun "
         "eigen bestuur aangewezen; de routecoördinator wordt door beide besturen samen benoemd voor een "
         "periode van drie jaar. Het routeteam is belast met het routeprogramma, de roosters, de afstemming "
         "van PTA en OER, de intake en het contact met de bedrijven, en is bevoegd te besluiten over de "
         "toelating tot de route, het rooster en de besteding van het routebudget tot € 20.000. Over "
         "personeel, investeringen en deze overeenkomst beslissen de besturen. Voor de rapportage geldt rij 4.",
         "besturen"],
        ["Rapportage aan de besturen",
         "Het routeteam stelt een schriftelijke voortgangsrapportage op over de instroom, de doorstroom, de "
         "uitval, de examenresultaten, de bpv en de besteding van het routebudget en van de middelen uit de "
         "rij Geld tussen partijen. Het routeteam zendt de rapportage aan beide besturen, licht haar "
         "mondeling toe in het bestuurlijk overleg en beantwoordt de vragen die de besturen daarover stellen.",
         "routecoördinator"],
        ["Programma, docenten en stal",
         "Programma, examinering en bpv per leerjaar staan in het gezamenlijke PTA/OER van de route. Leerjaar "
         "3 en 4 worden gegeven op de school, met één dag per week op de leerboerderij van het AOC in Stolwijk; "
         "de mbo-fase bij het AOC en de leerbedrijven. Docenten Groen en algemene vakken van de school en "
         "praktijkdocenten veehouderij van het AOC vormen één team; voor Dierverzorging en Voeding van "
         "melkvee wordt de teambevoegdheid toegepast. Het AOC stelt de leerboerderij met melkstal, "
         "jongveestal en voerlab beschikbaar; de school haar praktijklokaal Groen en kas. Iedere partij "
         "betaalt haar eigen personeel.",
         "teamleider AOC"],
        ["Stoppen of switchen",
         "Een leerling die de route verlaat, krijgt een vervolg dat leidt tot een diploma. In leerjaar 3 en 4 "
         "is dat de reguliere kaderberoepsgerichte leerweg Groen of de basisberoepsgerichte leerweg, gericht "
         "op het vmbo-diploma, eventueel met doublure. Na leerjaar 4 of zonder vmbo-diploma is dat een andere "
         "opleiding op niveau 3 bij het AOC, zoals Vakbekwaam medewerker dierverzorging of Vakbekwaam "
         "hovenier, zonder vooropleidingseisen, of Medewerker veehouderij op niveau 2. Bij verhuizing is een "
         "opleiding bij een andere instelling mogelijk na een geschiktheidsonderzoek. De keuze tussen deze "
         "mogelijkheden hangt af van het moment van uitstappen, het bereikte onderwijsniveau, de leeftijd en "
         "de wensen van de leerling. Uitstroom naar Entree is nooit automatisch.",
         "–"],
        ["Geld tussen partijen",
         "De school draagt met toepassing van artikel 5.42a WVO 2020 aan het AOC € 1.050 over per leerling die "
         "op 1 oktober in leerjaar 4 van de route zit. Dit bedrag is bestemd voor de praktijkdocenten van het "
         "AOC en het gebruik van de leerboerderij. Er vindt geen andere overdracht plaats.",
         "controllers"],
        ["Meepraten",
         "Naast de wettelijke regels spreken partijen af: leerlingen van de route in leerjaar 3 en 4 mogen "
         "deelnemen aan de studentenraad van het AOC met spreekrecht; de medezeggenschapsraad van de school en "
         "de studentenraad van het AOC krijgen de voortgangsrapportage en adviseren over wijzigingen van het "
         "PTA/OER van de route.",
         "routecoördinator"],
        ["Onenigheid",
         "Een geschil over de uitvoering van deze overeenkomst bespreekt eerst het routeteam, daarna het "
         "bestuurlijk overleg. Is het geschil binnen acht weken niet opgelost, dan leggen partijen het voor aan "
         "een mediator. Slaagt de mediation niet, dan beslist de bevoegde rechter in het arrondissement "
         "Rotterdam.",
         "besturen"],
        ["Toetreden, opzeggen, wijzigen",
         "Een andere vmbo-school of instelling kan toetreden met schriftelijke instemming van beide partijen "
         "en door ondertekening van deze overeenkomst, per 1 augustus. Opzegging is schriftelijk mogelijk met "
         "een termijn van twaalf maanden, tegen het einde van een schooljaar; ontbinding bij ernstige "
         "tekortkoming na ingebrekestelling. Leerlingen die al in de route zitten, ronden haar af alsof de "
         "overeenkomst doorloopt. Wijziging gebeurt schriftelijk met handtekening van beide besturen en gaat "
         "in per nieuw schooljaar, zonder nadeel voor lopende cohorten.",
         "besturen"],
    ]
    docx_table(d, rows, widths_cm=[3.6, 11.0, 3.0])
    d.add_paragraph("")
    d.add_paragraph("Artikel 3 Slotbepalingen", style="Heading 2")
    d.add_paragraph("3.1 Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd.")
    d.add_paragraph("3.2 Op deze overeenkomst is Nederlands recht van toepassing.")
    d.add_paragraph("Aldus in tweevoud opgemaakt en ondertekend te Stolwijk op 30 juni 2025.")
    docx_table(d, [["Voor de school", "Voor het AOC"],
                   ["ing. W.A. Verdouw, bestuurder", "C.J. Bassa, voorzitter college van bestuur"]],
               style="Normal Table")
    docx_save(d, path, "SOK DLR Veehouderij Krimpenerwaard", "AOC Groene Waard")


# ==============================================================================================
# 226 - kleine vakinstelling, plain text with unnumbered headings (TXT)
# ==============================================================================================

def wrap_blocks(blocks, width=92):
    """blocks: list of ('h', text) / ('p', text) / ('li', text) -> hard-wrapped plain text."""
    import textwrap
    out = []
    for kind, text in blocks:
        if kind == "h":
            out.append("")
            out.append(text)
            out.append("")
        elif kind == "raw":
            out.append(text)
        elif kind == "li":
            out.extend(textwrap.wrap(text, width, initial_indent="  - ", subsequent_indent="    ",
                                     break_on_hyphens=False))
        else:
            out.extend(textwrap.wrap(text, width, break_on_hyphens=False))
            out.append("")
    return "\n".join(out)


BLOCKS_226 = [
    ("raw", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE MEUBELMAKEN LIEMERS"),
    ("raw", "Van vmbo-werkplaats naar vakdiploma - opgesteld door de directie van VMI Oost"),
    ("raw", ""),
    ("h", "Wie tekenen"),
    ("p", "Stichting Vakschool Meubel & Interieur Oost (VMI Oost), vakinstelling voor beroepsonderwijs, "
          "gevestigd aan de Nijverheidsweg in Duiven, vertegenwoordigd door haar directeur-bestuurder "
          "G.H. Ebbers (hierna: VMI Oost)."),
    ("p", "Stichting Voortgezet Onderwijs De Liemers, bevoegd gezag van het Rijnwaarden Vakcollege in "
          "Zevenaar, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw "
          "drs. L.M. Roelofs-Hendriksen (hierna: de school)."),
    ("p", "Samen noemen we ons hierna: partijen."),
    ("h", "Waarom we dit doen"),
    ("p", "VMI Oost is een kleine vakinstelling met ruim driehonderd studenten en één werkplaats. Wij leiden "
          "al zestig jaar meubelmakers op. Het Rijnwaarden Vakcollege heeft sterke leerlingen in het profiel "
          "Bouwen, wonen en interieur die nu na het vmbo vaak een andere kant op gaan. Met deze route willen "
          "we dat voorkomen. De meubelmakers en interieurbouwers uit de Liemers staan achter de route, een "
          "klein routeteam houdt de touwtjes in handen en niemand die uitstapt komt met lege handen te staan. "
          "Hoe we dat precies doen, staat in de afspraken hieronder."),
    ("h", "Woorden die we gebruiken"),
    ("li", "Route: de doorlopende leerroute vmbo-mbo die hieronder onder 'Welke opleiding, welk profiel' "
           "staat beschreven."),
    ("li", "Routeteam: de mensen die de route dagelijks leiden (zie 'Hoe we het samen aansturen')."),
    ("li", "Leermeesters: de meubelmakers en interieurbouwers die leerlingen in hun bedrijf opleiden."),
    ("li", "Werkplaats: de machine- en bankwerkplaats van VMI Oost in Duiven."),
    ("li", "Overstap: het moment dat een leerling de route verlaat voordat hij zijn mbo-diploma heeft."),
    ("raw", ""),
    ("h", "Welke opleiding, welk profiel"),
    ("p", "De route begint in leerjaar 3 van het profiel Bouwen, wonen en interieur in de "
          "kaderberoepsgerichte leerweg van het Rijnwaarden Vakcollege en leidt naar de opleiding Allround "
          "meubelmaker/(scheeps)interieurbouwer op niveau 3 van VMI Oost (kwalificatiedossier "
          "Meubelmaken/(scheeps)interieurbouw, opleidingsdomein Afbouw, hout en onderhoud), in de "
          "beroepsopleidende leerweg. De route duurt vijf jaar: twee jaar vo-fase en drie jaar mbo-fase. "
          "Per jaar starten er hoogstens twaalf leerlingen; meer kan onze werkplaats niet aan."),
    ("h", "Leren bij meubelmakers"),
    ("p", "Vijf bedrijven zijn vaste leerbedrijf van de route: Meubelmakerij Te Kaat (Zevenaar), "
          "Interieurbouw Gerritsen & Zonen (Duiven), Keukenatelier Lobith, Jachtinterieurs Pannerden en "
          "Houtwerk De Liemers. Alle vijf zijn door SBB erkend. Zij nemen in leerjaar 3 en 4 elk twee keer "
          "per jaar een groepje leerlingen een dag mee in hun werkplaats, leveren per leerjaar één echte "
          "opdracht (een meubelstuk voor een klant) die de leerlingen bij ons maken, bieden in de mbo-fase "
          "bpv-plaatsen en zitten als beoordelaar bij het meesterproefstuk. Twee van de leermeesters zitten "
          "in onze vakraad, die elk voorjaar het programma van de route bekijkt en ons adviseert welke "
          "technieken en keuzedelen erin horen. Ook de regionale afdeling van de branchevereniging voor "
          "interieurbouw is in de vakraad vertegenwoordigd."),
    ("h", "Hoe we het samen aansturen"),
    ("p", "De route wordt geleid door een routeteam van drie mensen: de praktijkcoördinator van VMI Oost, de "
          "teamleider techniek van het Rijnwaarden Vakcollege en een docent BWI van de school. De directeur "
          "van VMI Oost en de rector van de school wijzen ieder hun eigen leden aan, en wijzen samen een van "
          "de drie aan als voorzitter. De besturen geven het routeteam de volgende taken: het programma per "
          "leerjaar bijhouden, de roosters van school en werkplaats op elkaar afstemmen, nieuwe leerlingen "
          "toelaten, overstapgesprekken voorbereiden en het contact met de leerbedrijven houden. Het "
          "routeteam mag daarover zelf besluiten, en mag het materiaalbudget van de route besteden. Het mag "
          "geen personeel aannemen, geen investeringen doen en deze overeenkomst niet veranderen; dat blijft "
          "bij de besturen."),
    ("h", "Wat de besturen te horen krijgen"),
    ("p", "Na elk schooljaar, uiterlijk op 1 oktober, stuurt het routeteam beide besturen een kort "
          "schriftelijk verslag met het aantal leerlingen, wie er is overgestapt en waarom, de "
          "examenresultaten, het gebruik van de werkplaats en de besteding van het geld uit 'Wie betaalt "
          "wat'. In maart komt het routeteam bij beide bestuurders langs om te vertellen hoe het loopt en om "
          "vragen te beantwoorden. Gaat er iets mis met de veiligheid in de werkplaats of dreigt de route "
          "vast te lopen, dan belt de voorzitter van het routeteam dezelfde week beide bestuurders."),
    ("h", "Werkplaats"),
    ("p", "In leerjaar 3 en 4 volgen de leerlingen hun algemene vakken en de profielvakken op het "
          "Rijnwaarden Vakcollege en twee dagdelen per week praktijk in de werkplaats van VMI Oost. In de "
          "mbo-fase zijn ze bij ons en bij de leerbedrijven. Het programma en de examens per leerjaar staan in "
          "het gezamenlijke PTA/OER van de route, dat het routeteam elk jaar vóór 1 juni opstelt."),
    ("p", "De docenten BWI en de docenten algemene vakken van de school en onze praktijkdocenten werken als "
          "één team. Twee van onze praktijkdocenten geven ook les op het Rijnwaarden Vakcollege; voor het "
          "onderdeel Machinaal houtbewerken geldt teambevoegdheid, waarbij ieder teamlid verantwoordelijk "
          "blijft voor het deel waarvoor hij bevoegd is. Iedere partij houdt haar eigen personeel in dienst "
          "en betaalt het zelf."),
    ("p", "VMI Oost stelt de werkplaats met de formaatzaag, de CNC-freesmachine, de spuitcabine en de "
          "afzuiginstallatie beschikbaar, inclusief machinecursussen en persoonlijke beschermingsmiddelen. "
          "De school stelt haar praktijklokaal BWI en haar tekenlokaal beschikbaar voor onze lessen daar. In "
          "de werkplaats gelden onze veiligheidsregels."),
    ("h", "Als het anders loopt"),
    ("p", "Soms past de route toch niet: een leerling wil iets anders, kan het niveau niet aan of verhuist. "
          "Ook wie zijn vmbo-examen niet haalt, valt hieronder. Dan kijken de school en VMI Oost samen met de "
          "leerling en zijn ouders wat het beste vervolg is; de teamleider van de school en onze "
          "praktijkcoördinator nemen samen het besluit. Ze kijken naar wat de leerling al heeft gehaald en "
          "naar zijn leeftijd. Mogelijk is in elk geval:"),
    ("li", "in de vo-fase: terug naar de gewone kaderberoepsgerichte leerweg BWI of een ander profiel van de "
           "school, zodat hij zijn vmbo-diploma haalt;"),
    ("li", "zonder vmbo-diploma na de vo-fase, of in de mbo-fase: verder bij VMI Oost in de opleiding "
           "Meubelmaker/(scheeps)interieurbouwer op niveau 2 of een andere opleiding bij ons, zonder "
           "vooropleidingseisen;"),
    ("li", "als hij een heel andere richting op wil of verhuist: een opleiding bij een ROC in de buurt; wij "
           "zorgen voor een warme overdracht, en dat ROC kan hem na een geschiktheidsonderzoek toelaten."),
    ("p", "Niemand wordt zomaar naar de Entree-opleiding gestuurd."),
    ("h", "Wie betaalt wat"),
    ("p", "De school draagt aan VMI Oost € 1.400 over per leerling per schooljaar, voor elke leerling die op "
          "1 oktober in leerjaar 3 of 4 van de route zit. Dat geld is bedoeld voor onze praktijkdocenten in "
          "de vo-fase, het hout en plaatmateriaal dat de leerlingen verwerken en het onderhoud van de "
          "machines. De school betaalt in twee delen, in november en in april. Verder betaalt ieder zijn "
          "eigen kosten."),
    ("h", "Stem van leerlingen en ouders"),
    ("p", "Leerlingen in de vo-fase vallen onder de medezeggenschapsraad van de school, studenten in de "
          "mbo-fase onder onze studentenraad. Omdat de leerlingen vanaf leerjaar 3 al veel bij ons zijn, "
          "spreken we af dat de studentenraad van VMI Oost één vaste plek heeft voor een leerling van de "
          "route uit de vo-fase, met stemrecht over zaken van de route. De ouders van deze leerlingen worden "
          "ook uitgenodigd voor ons ouderpanel. De medezeggenschapsraad van de school adviseert over het "
          "PTA/OER van de route voordat het wordt vastgesteld."),
    ("h", "Als het wringt"),
    ("p", "Zijn we het over de uitvoering van deze overeenkomst niet eens, dan praat eerst het routeteam. "
          "Lukt dat niet, dan gaan de directeur van VMI Oost en de rector van de school om tafel, en daarna de "
          "beide bestuurders. Zijn ze er na zes weken nog niet uit, dan vragen we samen een mediator. Helpt "
          "dat ook niet, dan beslist de Rechtbank Gelderland."),
    ("h", "Slotbepalingen"),
    ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
    ("p", "Een andere school of instelling kan meedoen als beide partijen dat schriftelijk goedvinden en de "
          "nieuwe partner deze overeenkomst ondertekent. Ze doet dan mee vanaf het begin van een schooljaar."),
    ("p", "Wie wil stoppen, zegt schriftelijk op, met een opzegtermijn van een jaar, tegen 31 juli. Is een "
          "partij ernstig tekortgeschoten en herstelt zij dat niet binnen twee maanden nadat zij daarop "
          "schriftelijk is gewezen, dan kan de andere partij de overeenkomst ontbinden. Na opzegging of "
          "ontbinding starten er geen nieuwe leerlingen meer, maar leerlingen die al in de route zitten, "
          "maken die bij ons af; lukt dat niet, dan regelen we hun overstap zoals hierboven beschreven."),
    ("p", "Wijzigingen spreken we schriftelijk af en worden door beide besturen ondertekend. Ze gaan in bij "
          "het begin van een schooljaar en mogen leerlingen die al in de route zitten niet benadelen."),
    ("p", "Op deze overeenkomst is Nederlands recht van toepassing."),
    ("raw", ""),
    ("raw", "Duiven, 30 juni 2025"),
    ("raw", ""),
    ("raw", "G.H. Ebbers                                   drs. L.M. Roelofs-Hendriksen"),
    ("raw", "directeur-bestuurder VMI Oost                 voorzitter college van bestuur"),
    ("raw", "                                              Stichting Voortgezet Onderwijs De Liemers"),
]


@sample(226, "226_vakinstelling_ongenummerde_koppen_meubel_liemers", "txt",
        "Small vakinstelling's plain-text agreement, hard-wrapped, unnumbered headings in plain words "
        "('Werkplaats' holds personeel and faciliteiten, 'Slotbepalingen' holds toetreding/opzegging/"
        "wijziging); De Liemers, BWI kb -> Allround meubelmaker/(scheeps)interieurbouwer niveau 3. Fully "
        "compliant; 'Waarom we dit doen' and the word list mention the items. Transfer EUR 1.400 per pupil "
        "with bestemming.",
        st("p p p p p p p p p p"),
        {"a": "Welke opleiding, welk profiel",
         "b": "Leren bij meubelmakers",
         "c": "Hoe we het samen aansturen",
         "d": "Wat de besturen te horen krijgen",
         "e": "Werkplaats",
         "f": "Als het anders loopt",
         "g": "Wie betaalt wat",
         "h": "Stem van leerlingen en ouders",
         "i": "Als het wringt",
         "j": "Slotbepalingen"})
def build_226(path):
    write_text(path, wrap_blocks(BLOCKS_226))


# ==============================================================================================
# 227 - bestuurssecretaris, notarial-style akte with an annex table (PDF, Times)
# ==============================================================================================

@sample(227, "227_bestuurssecretaris_akte_uitvoeringstabel_administratie_vijfheerenlanden", "pdf",
        "Notary-like akte drafted by a board secretary ('Heden ... verschenen', 'De comparanten verklaren', "
        "'Waarvan akte'), Times, with an annex table declared integral part; Vijfheerenlanden, E&O gl -> "
        "Bedrijfsadministrateur niveau 4. Fully compliant; leiding and verantwoording are arranged only in "
        "table rows of Bijlage A ('Inrichting Routedirectie', 'Informatieplicht Routedirectie') while the "
        "definitions and 'Artikel 3 Aard van de samenwerking' merely refer to them; the overstap sits in "
        "'Artikel 7 Rechtspositie van de leerling'. The ROC transfers EUR 725 per student to the school "
        "(art. 9.1.15 WEB) with bestemming; arbitration under the NAI rules.",
        st("p p p p p p p p p p"),
        {"a": "Artikel 2 Voorwerp van de overeenkomst",
         "b": "Artikel 4 Betrokkenheid van het werkveld",
         "c": "Inrichting Routedirectie",
         "d": "Informatieplicht Routedirectie",
         "e": "Artikel 5 Inrichting van het onderwijs",
         "f": "Artikel 7 Rechtspositie van de leerling",
         "g": "Artikel 8 Financiële bepalingen",
         "h": "Artikel 9 Medezeggenschap",
         "i": "Artikel 11 Geschillen",
         "j": "Artikel 12 Toetreding, wijziging en beëindiging"})
def build_227(path):
    B = []
    A = B.append
    A(("title", "AKTE VAN SAMENWERKING"))
    A(("sub", "doorlopende leerroute vmbo-mbo Bedrijfsadministratie Vijfheerenlanden"))
    A(("p", "Heden, dertig juni tweeduizend vijfentwintig, verschenen ten kantore van de Stichting Openbaar "
            "Voortgezet Onderwijs Vijfheerenlanden aan de Lingedijk te Leerdam, ten overstaan van "
            "mr. drs. F.J.M. van Everdingen, secretaris van de raad van bestuur van die stichting, die deze "
            "akte heeft opgemaakt:"))
    A(("li", "1. mevrouw drs. I.P. van Zessen-Bakker, handelende als voorzitter van de raad van bestuur van de "
             "stichting Stichting Openbaar Voortgezet Onderwijs Vijfheerenlanden, statutair gevestigd te "
             "Vijfheerenlanden, bevoegd gezag van het Glasstad Vakcollege te Leerdam, hierna: \"de School\";"))
    A(("li", "2. de heer drs. K.W. Boogaard RA, handelende als voorzitter van het college van bestuur van de "
             "stichting Stichting ROC Lek en Linge, statutair gevestigd te Culemborg, hierna: \"het ROC\"."))
    A(("p", "De comparanten, handelende als gemeld, hierna gezamenlijk ook: \"partijen\", verklaren:"))
    A(("h2", "Overwegingen"))
    A(("li", "(i) partijen wensen leerlingen van de School een ononderbroken leerweg naar een financieel-"
             "administratieve opleiding op middenkaderniveau te bieden;"))
    A(("li", "(ii) het regionale bedrijfsleven, in het bijzonder de accountancy- en administratiekantoren en de "
             "industrie in de regio, heeft zijn medewerking aan de leerroute toegezegd;"))
    A(("li", "(iii) partijen de bestuurlijke inrichting van de leerroute in een bijlage bij deze akte wensen "
             "vast te leggen;"))
    A(("li", "(iv) partijen voor iedere leerling die de leerroute voortijdig verlaat een passend vervolg "
             "wensen te waarborgen;"))
    A(("p", "en zijn overeengekomen als volgt."))

    A(("h", "Artikel 1 Definities"))
    A(("p", "In deze akte wordt verstaan onder: (a) de Route: de leerroute omschreven in artikel 2; (b) de "
            "Routedirectie: het orgaan dat de leiding heeft over de Route, als nader geregeld in Bijlage A; "
            "(c) het Routedocument: het gezamenlijke PTA/OER bedoeld in artikel 5; (d) de "
            "Werkveldpartners: de ondernemingen bedoeld in artikel 4; (e) de overstapoptie: het vervolg "
            "bedoeld in artikel 7, derde lid."))

    A(("h", "Artikel 2 Voorwerp van de overeenkomst"))
    A(("p", "1. Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die het profiel Economie en "
            "ondernemen in de gemengde leerweg van de School verbindt met de opleiding Bedrijfsadministrateur, "
            "niveau 4, uit het kwalificatiedossier Financieel-administratieve beroepen (opleidingsdomein "
            "Economie en administratie), die het ROC in de beroepsopleidende leerweg verzorgt."))
    A(("p", "2. De Route vangt aan in het derde leerjaar van de School en heeft een nominale duur van vijf "
            "leerjaren."))

    A(("h", "Artikel 3 Aard van de samenwerking"))
    A(("p", "1. De Route staat onder leiding van de Routedirectie. De samenstelling, de wijze van benoeming, de "
            "taken en bevoegdheden van de Routedirectie, alsmede de wijze waarop zij inlichtingen verstrekt "
            "en verantwoording aflegt, zijn vastgelegd in Bijlage A, die integraal deel uitmaakt van deze "
            "akte."))
    A(("p", "2. Partijen melden de Route ieder voor het eigen deel aan de Minister door registratie in RIO."))

    A(("h", "Artikel 4 Betrokkenheid van het werkveld"))
    A(("p", "1. Aan de Route nemen als Werkveldpartners deel: Van Dijk & Hoogendoorn Accountants te Leerdam, "
            "Administratiekantoor De Vijf Heren te Vianen en Glasindustrie Lingestad B.V. te Leerdam, ieder "
            "door SBB erkend als leerbedrijf."))
    A(("p", "2. De Werkveldpartners verzorgen in de eerste twee leerjaren van de Route per leerjaar twee "
            "praktijkopdrachten op basis van een geanonimiseerde administratie van een mkb-onderneming en vier "
            "gastcolleges; zij bieden in de mbo-fase bpv-plaatsen en treden op als beoordelaar bij de "
            "examens in de beroepspraktijk."))
    A(("p", "3. Een vertegenwoordiger van iedere Werkveldpartner heeft zitting in de werkveldcommissie, die "
            "tweemaal per jaar de Routedirectie adviseert over de inhoud van het Routedocument en de keuze "
            "van keuzedelen."))

    A(("h", "Artikel 5 Inrichting van het onderwijs"))
    A(("p", "1. Partijen leggen het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
            "leerjaar vast in het Routedocument, dat jaarlijks vóór 1 juni door beide besturen wordt "
            "vastgesteld en de grondslag vormt voor het PTA van de School en de OER van het ROC."))
    A(("p", "2. De eerste twee leerjaren worden verzorgd in het gebouw van de School te Leerdam, waarbij in "
            "het tweede leerjaar één dag per week les wordt gegeven op de ROC-locatie Gorinchem; de mbo-fase "
            "wordt verzorgd op de ROC-locatie Gorinchem en bij de Werkveldpartners."))
    A(("p", "3. Docenten economie, Nederlands en wiskunde van de School en docenten financiële administratie "
            "van het ROC vormen één docententeam. Voor het vakoverstijgende onderdeel Bedrijfseconomie en "
            "boekhouden wordt de teambevoegdheid toegepast, met dien verstande dat ieder teamlid "
            "verantwoordelijk blijft voor het onderdeel waarvoor hij bevoegd is. Ieder van partijen blijft "
            "werkgever van het eigen personeel."))
    A(("p", "4. Het ROC stelt zijn Praktijkkantoor, inclusief de licenties voor de boekhoudprogrammatuur, ter "
            "beschikking; de School stelt haar computerlokalen en het economielokaal ter beschikking. Het "
            "wederzijds gebruik geschiedt om niet, behoudens het bepaalde in artikel 8."))

    A(("h", "Artikel 6 Inschrijving en examinering"))
    A(("p", "Gedurende de eerste twee leerjaren is de deelnemer leerling van de School; daarna wordt hij als "
            "student ingeschreven bij het ROC. De School blijft verantwoordelijk voor het eindexamen vmbo, ook "
            "van een deelnemer die reeds bij het ROC is ingeschreven; het centraal examen wordt uiterlijk in "
            "het derde leerjaar van de Route afgelegd."))

    A(("h", "Artikel 7 Rechtspositie van de leerling"))
    A(("p", "1. Op de deelnemer zijn de klachtenregelingen van beide partijen van toepassing; een klacht over "
            "een personeelslid van de ene partij wordt door de andere partij in behandeling genomen met "
            "medewerking van de eerstgenoemde."))
    A(("p", "2. Een deelnemer wordt niet van de Route verwijderd dan na overleg tussen beide partijen."))
    A(("p", "3. Verlaat een deelnemer de Route voordat hij deze met goed gevolg heeft afgerond, of wordt hij "
            "afgewezen voor het eindexamen vmbo, dan bieden partijen hem een vervolg dat leidt tot een "
            "diploma. Dat vervolg wordt door de School en het ROC gezamenlijk vastgesteld, na overleg met de "
            "deelnemer en diens ouders, met inachtneming van het bereikte onderwijsniveau en de leeftijd. In "
            "aanmerking komen in elk geval: (a) voortzetting in de gemengde of kaderberoepsgerichte leerweg "
            "van de School, gericht op het vmbo-diploma; (b) een andere opleiding op niveau 3 of 4 bij het ROC, "
            "zoals Financieel administratief medewerker of Commercieel medewerker, zonder dat de "
            "vooropleidingseisen gelden; (c) een opleiding bij een andere instelling, na een "
            "geschiktheidsonderzoek door die instelling. Plaatsing in de Entree-opleiding vindt niet "
            "automatisch plaats."))

    A(("h", "Artikel 8 Financiële bepalingen"))
    A(("p", "1. Met toepassing van artikel 9.1.15 WEB draagt het ROC aan de School over een bedrag van € 725 "
            "per student die op 1 oktober in het derde leerjaar van de Route staat ingeschreven en op dat "
            "moment nog vmbo-examenvakken volgt."))
    A(("p", "2. Het overgedragen bedrag is bestemd voor de lessen in de vmbo-examenvakken en de afname van het "
            "centraal examen door de School in het derde leerjaar van de Route."))
    A(("p", "3. Overigens vindt tussen partijen geen overdracht van bekostiging plaats."))

    A(("h", "Artikel 9 Medezeggenschap"))
    A(("p", "1. Voor deelnemers in de eerste twee leerjaren, hun ouders en het personeel van de School geldt de "
            "Wet medezeggenschap op scholen; voor studenten van het ROC en hun ouders geldt hoofdstuk 8a WEB en "
            "voor het personeel van het ROC de Wet op de ondernemingsraden."))
    A(("p", "2. In aanvulling daarop stellen partijen een gemeenschappelijke medezeggenschapscommissie "
            "Route in, bestaande uit twee leden van de medezeggenschapsraad van de School en twee leden van de "
            "studentenraad van het ROC. De commissie wordt door de Routedirectie gehoord over iedere "
            "wijziging van het Routedocument en brengt daarover advies uit aan beide besturen."))

    A(("h", "Artikel 10 Vertrouwelijkheid"))
    A(("p", "Partijen behandelen de gegevens van deelnemers vertrouwelijk en verwerken die overeenkomstig de "
            "Algemene verordening gegevensbescherming."))

    A(("h", "Artikel 11 Geschillen"))
    A(("p", "1. Partijen trachten een geschil over de uitvoering van deze akte eerst in een overleg tussen de "
            "voorzitters van beide besturen op te lossen, dat binnen dertig dagen na schriftelijke melding van "
            "het geschil plaatsvindt."))
    A(("p", "2. Leidt dat overleg niet tot een oplossing, dan wordt het geschil beslecht door arbitrage "
            "overeenkomstig het Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht "
            "bestaat uit één arbiter; de plaats van arbitrage is Utrecht."))

    A(("h", "Artikel 12 Toetreding, wijziging en beëindiging"))
    A(("p", "1. Deze akte treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."))
    A(("p", "2. Een ander bevoegd gezag van een school voor vmbo of van een instelling voor beroepsonderwijs "
            "kan tot deze akte toetreden, mits beide partijen daarmee schriftelijk instemmen en het "
            "toetredende bevoegd gezag een akte van toetreding tekent waarin het alle bepalingen van deze akte "
            "aanvaardt. Toetreding geschiedt met ingang van een nieuw schooljaar."))
    A(("p", "3. Deze akte kan door ieder van partijen worden opgezegd tegen het einde van een schooljaar, met "
            "inachtneming van een opzegtermijn van ten minste twaalf maanden. Zij kan worden ontbonden wegens "
            "een toerekenbare tekortkoming die niet binnen twee maanden na ingebrekestelling is hersteld."))
    A(("p", "4. Wijziging van deze akte, Bijlage A daaronder begrepen, geschiedt bij schriftelijke, door beide "
            "partijen ondertekende overeenkomst."))
    A(("p", "5. In geval van opzegging of ontbinding worden geen nieuwe deelnemers toegelaten en stellen "
            "partijen de deelnemers die de Route reeds volgen in staat deze af te ronden; een wijziging wordt "
            "zodanig ingevoerd dat zij voor deze deelnemers geen nadelige gevolgen heeft."))

    A(("h", "Artikel 13 Slotbepaling"))
    A(("p", "Bijlage A maakt integraal deel uit van deze akte. Op deze akte is Nederlands recht van "
            "toepassing."))
    A(("p", "Waarvan akte, in tweevoud opgemaakt te Leerdam op de datum in het hoofd van deze akte vermeld. "
            "Na zakelijke opgave van de inhoud van deze akte aan de comparanten hebben zij verklaard van de "
            "inhoud te hebben kennisgenomen en daarmee in te stemmen, waarna deze akte door hen en door de "
            "secretaris is ondertekend."))
    A(("sig", ["drs. I.P. van Zessen-Bakker", "voorzitter raad van bestuur"],
              ["drs. K.W. Boogaard RA", "voorzitter college van bestuur"]))
    A(("p", "mr. drs. F.J.M. van Everdingen, secretaris"))

    A(("pb",))
    A(("h", "Bijlage A Bestuurlijke inrichting van de Route"))
    A(("p", "Behorende bij de akte van samenwerking van 30 juni 2025 en daarvan integraal deel uitmakend "
            "(artikel 3 en artikel 13)."))
    A(("table", [
        ["Onderwerp", "Regeling"],
        ["Inrichting Routedirectie",
         "De Routedirectie bestaat uit de directeur van het Glasstad Vakcollege, de directeur van het college "
         "Economie & Ondernemen van het ROC en de routecoördinator; de directeuren zitten bij toerbeurt per "
         "schooljaar voor, de routecoördinator voert het secretariaat zonder stemrecht. De directeuren worden "
         "aangewezen door het bestuur van hun eigen partij; de routecoördinator wordt door beide besturen "
         "gezamenlijk benoemd, op voordracht van de directeuren, voor een termijn van drie jaar. De besturen "
         "dragen de Routedirectie op: het opstellen van het Routedocument, de vaststelling van het "
         "jaarrooster, de toelating van leerlingen tot de Route, de inzet van de werkveldcommissie en het "
         "beheer van de routebegroting. De Routedirectie is bevoegd daarover te besluiten binnen de door de "
         "besturen vastgestelde begroting; zij is niet bevoegd tot het aangaan van verplichtingen jegens "
         "derden, tot personele besluiten of tot wijziging van deze akte."],
        ["Informatieplicht Routedirectie",
         "De Routedirectie zendt beide besturen jaarlijks vóór 1 november een schriftelijk jaarverslag over het "
         "afgelopen schooljaar, met de in-, door- en uitstroom, de examenresultaten, de toepassing van de "
         "overstapoptie en de besteding van het bedrag bedoeld in artikel 8. Zij legt daarover verantwoording "
         "af in het bestuurlijk overleg, dat tweemaal per jaar, in april en in november, plaatsvindt. Zij "
         "verstrekt ieder bestuur op verzoek binnen tien werkdagen alle gevraagde inlichtingen en meldt "
         "ernstige incidenten onverwijld."],
        ["Vergaderingen",
         "De Routedirectie vergadert ten minste zesmaal per schooljaar; van iedere vergadering wordt een "
         "besluitenlijst opgemaakt die aan beide besturen wordt toegezonden."],
        ["Ondertekening",
         "Stukken die namens de Route naar buiten gaan, worden door beide directeuren ondertekend."],
    ], [0.31, 0.69]))
    build_pdf(path, B, "Akte van samenwerking DLR Bedrijfsadministratie Vijfheerenlanden",
              "mr. drs. F.J.M. van Everdingen", base="Times-Roman", size=10.5)


# ==============================================================================================
# 228 - vmbo-schoolleider, unnumbered Heading 2 headings, annex holds the inrichting (DOCX)
# ==============================================================================================

@sample(228, "228_schoolleider_bijlage_fietstechniek_maas_en_waal", "docx",
        "Vmbo school leader's agreement in DOCX with unnumbered Word Heading 2 headings written as plain "
        "phrases ('Dagelijkse gang van zaken' holds the leiding) and an annex declared part of the agreement "
        "that alone arranges personeel, faciliteiten and programme per leerjaar (the body section 'Onderwijs, "
        "mensen en middelen' only refers to it); Land van Maas en Waal, M&T bb -> Fietstechnicus niveau 2. "
        "Fully compliant; explicitly no transfer of bekostiging.",
        st("p p p p p p p p p p"),
        {"a": "Om welke route het gaat",
         "b": "Werkplaatsen in de buurt",
         "c": "Dagelijkse gang van zaken",
         "d": "Hoe de besturen op de hoogte blijven",
         "e": "Bijlage 1 Onderwijs, docenten en werkplaatsen",
         "f": "Niet iedereen blijft in de route",
         "g": "Geld",
         "h": "Leerlingen, ouders en personeel praten mee",
         "i": "Als we het niet eens worden",
         "j": "Duur, nieuwe partners en opzeggen"})
def build_228(path):
    from docx.enum.text import WD_BREAK
    d = docx_new("Cambria", 11)
    H = lambda t: d.add_paragraph(t, style="Heading 2")
    P = lambda t: d.add_paragraph(t)
    L = lambda t: d.add_paragraph(t, style="List Bullet")

    docx_para(d, "Samenwerkingsovereenkomst", bold=True, size=18, align="center")
    docx_para(d, "Doorlopende leerroute Fietstechniek Maas en Waal", bold=True, size=13, align="center")

    H("Voorwoord van de schoolleider")
    P("Ik ben sinds 2019 schoolleider van het Vakcollege Maas en Waal in Druten. Onze leerlingen in de "
      "basisberoepsgerichte leerweg sleutelen graag, en in de regio zijn fietsenmakers hard nodig. Samen met "
      "het ROC hebben we daarom een route gemaakt waarin leerlingen vanaf leerjaar 3 doorleren tot "
      "fietstechnicus. De fietsenzaken uit de buurt doen mee, er is een vast routeteam, en wie halverwege "
      "uitstapt krijgt een goed vervolg. Ik heb deze tekst geschreven na gesprekken met collega's, het ROC en "
      "de ondernemers; de bestuurders hebben hem vastgesteld en ondertekend.")

    H("Partijen")
    P("Stichting Voortgezet Onderwijs Maas en Waal, gevestigd in Druten, bevoegd gezag van het Vakcollege "
      "Maas en Waal, vertegenwoordigd door de bestuurder, de heer A.J.M. Peters (hierna: de school), en "
      "Stichting ROC Gelderse Poort, gevestigd in Nijmegen, vertegenwoordigd door de voorzitter van het "
      "college van bestuur, mevrouw dr. S. Hermsen (hierna: het ROC).")

    H("Om welke route het gaat")
    P("De route verbindt het profiel Mobiliteit en transport in de basisberoepsgerichte leerweg van de school "
      "met de mbo-opleiding Fietstechnicus, niveau 2 (kwalificatiedossier Fietstechniek, opleidingsdomein "
      "Mobiliteit en voertuigen), die het ROC op zijn locatie in Wijchen verzorgt. De route begint in "
      "leerjaar 3 en duurt vier jaar. Wij nemen per jaar hoogstens vijftien leerlingen op.")

    H("Werkplaatsen in de buurt")
    P("Rijwielhandel Van Haren (Druten), Tweewielers Janssen (Beneden-Leeuwen), Fietsspecialist De Waal "
      "(Wijchen) en E-bike Centrum Maas en Waal zijn vaste partner. Zij zijn door SBB erkend als leerbedrijf. "
      "Wat zij doen:")
    L("in leerjaar 3 en 4 ontvangt elk bedrijf twee keer per jaar een groep leerlingen voor een meeloopdag;")
    L("de bedrijven leveren reparatieopdrachten (fietsen van klanten) die de leerlingen in de werkplaats van "
      "de school uitvoeren;")
    L("in de mbo-fase bieden zij bpv-plaatsen voor twee dagen per week;")
    L("een monteur van elk bedrijf beoordeelt mee bij de proeve van bekwaamheid;")
    L("de eigenaren vormen samen met de BOVAG-regiovertegenwoordiger de adviesraad fietstechniek, die elk "
      "voorjaar het programma bespreekt en het routeteam adviseert over nieuwe technieken zoals e-bikes.")

    H("Dagelijkse gang van zaken")
    P("De route wordt geleid door een routeteam. Daarin zitten de teamleider bb van de school, de "
      "opleidingsmanager Mobiliteit van het ROC en een routecoördinator. De teamleider en de "
      "opleidingsmanager worden door hun eigen bestuur aangewezen. De routecoördinator wordt door de twee "
      "besturen samen benoemd voor drie schooljaren.")
    P("Het routeteam zorgt voor het programma en de roosters, stemt het PTA van de school en de OER van het "
      "ROC op elkaar af, beslist over de toelating van leerlingen tot de route, houdt contact met de "
      "bedrijven en bereidt overstapgesprekken voor. Het routeteam mag zelf besluiten nemen over het rooster, "
      "de toelating en het routebudget dat de besturen jaarlijks vaststellen. Besluiten over personeel, "
      "gebouwen en deze overeenkomst nemen de besturen zelf.")

    H("Hoe de besturen op de hoogte blijven")
    P("Het routeteam stuurt beide besturen elk jaar vóór 15 oktober een schriftelijk verslag over het vorige "
      "schooljaar: hoeveel leerlingen er zijn gestart, doorgestroomd en uitgevallen, welke overstappen er "
      "zijn geweest, hoe de examens zijn gegaan en hoe het routebudget is besteed. In november bespreken de "
      "bestuurders het verslag met het routeteam. Tussendoor informeert de routecoördinator de besturen "
      "direct als er iets gebeurt dat de route in gevaar brengt, en elk bestuur kan altijd om informatie "
      "vragen.")

    H("Onderwijs, mensen en middelen")
    P("Hoe het onderwijs is ingericht, welke docenten lesgeven en welke werkplaatsen we van elkaar gebruiken, "
      "staat in Bijlage 1. Die bijlage hoort bij deze overeenkomst en maakt er deel van uit.")

    H("Niet iedereen blijft in de route")
    P("Als een leerling de route verlaat voordat hij zijn diploma heeft, of als hij zijn vmbo-examen niet "
      "haalt, zorgen wij en het ROC dat hij toch een diploma kan halen. De teamleider van de school en de "
      "opleidingsmanager van het ROC beslissen samen, na een gesprek met de leerling en zijn ouders, welk "
      "vervolg hij krijgt. Zij kijken naar het niveau dat hij al heeft gehaald en naar zijn leeftijd. Dat kan "
      "zijn:")
    L("in leerjaar 3 of 4: verder in de gewone basisberoepsgerichte leerweg Mobiliteit en transport of in een "
      "ander profiel van onze school, tot het vmbo-diploma;")
    L("in de mbo-fase of zonder vmbo-diploma: een andere opleiding op niveau 2 bij het ROC, zoals "
      "Autotechnicus of Medewerker logistiek, zonder vooropleidingseisen;")
    L("bij verhuizing: een opleiding bij een andere instelling, die hem na een geschiktheidsonderzoek kan "
      "toelaten; wij dragen hem warm over.")
    P("Niemand gaat automatisch naar de Entree-opleiding.")

    H("Geld")
    P("Er gaat geen bekostiging van de school naar het ROC of andersom. Iedere partij betaalt haar eigen "
      "personeel, gebouwen en materialen. Het routebudget bestaat uit twee gelijke delen die elke partij in "
      "haar eigen begroting opneemt en zelf betaalt.")

    H("Leerlingen, ouders en personeel praten mee")
    P("Voor onze leerlingen, hun ouders en ons personeel geldt de medezeggenschapsraad van de school; voor "
      "studenten van het ROC de studentenraad en voor ROC-personeel de ondernemingsraad. Wij spreken daarnaast "
      "af dat een leerling van de route uit leerjaar 4 als toehoorder met spreekrecht in de studentenraad "
      "van het ROC zit, en dat de medezeggenschapsraad van de school en de studentenraad van het ROC elk "
      "advies geven voordat de route wezenlijk wordt veranderd.")

    H("Als we het niet eens worden")
    P("Zijn de school en het ROC het niet eens over de uitvoering van deze overeenkomst, dan praat eerst het "
      "routeteam erover, daarna de schoolleider en de directeur van het ROC-college, en daarna de "
      "bestuurders. Lukt het dan binnen acht weken niet, dan vragen zij samen een onafhankelijke mediator. "
      "Helpt ook dat niet, dan legt een van beide het geschil voor aan de Rechtbank Gelderland.")

    H("Duur, nieuwe partners en opzeggen")
    P("Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.")
    P("Een andere vmbo-school of een andere mbo-instelling kan meedoen als beide besturen daar schriftelijk "
      "mee instemmen en de nieuwe partner deze overeenkomst ook ondertekent. Meedoen kan vanaf het begin van "
      "een schooljaar.")
    P("Een partij die wil stoppen, zegt de overeenkomst schriftelijk op, uiterlijk twaalf maanden voor het "
      "einde van het schooljaar waarmee zij wil stoppen. Schiet een partij ernstig tekort en herstelt zij dat "
      "niet binnen twee maanden na een schriftelijke waarschuwing, dan kan de andere partij de overeenkomst "
      "ontbinden. Leerlingen die al in de route zitten, mogen hun route altijd afmaken; er worden na een "
      "opzegging geen nieuwe leerlingen meer toegelaten.")
    P("Veranderingen in deze overeenkomst worden op papier gezet en door beide besturen ondertekend. Ze gaan "
      "in bij het begin van een schooljaar en mogen leerlingen die al in de route zitten niet benadelen.")

    H("Ondertekening")
    P("Druten, 30 juni 2025")
    docx_table(d, [["Stichting Voortgezet Onderwijs Maas en Waal", "Stichting ROC Gelderse Poort"],
                   ["A.J.M. Peters, bestuurder", "dr. S. Hermsen, voorzitter college van bestuur"]],
               style="Normal Table")

    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Bijlage 1 Onderwijs, docenten en werkplaatsen", style="Heading 1")
    P("Deze bijlage maakt deel uit van de samenwerkingsovereenkomst doorlopende leerroute Fietstechniek Maas "
      "en Waal.")
    P("Programma en examens. Het programma, de examinering en de bpv per leerjaar staan in het PTA van de "
      "school en de OER van het ROC, die het routeteam elk jaar vóór 1 juni op elkaar afstemt. Op hoofdlijnen:")
    docx_table(d, [
        ["Routejaar", "Waar", "Wat"],
        ["1 (vmbo 3)", "school; 1 dag per week ROC Wijchen",
         "profielvakken M&T, algemene vakken, basis fietstechniek"],
        ["2 (vmbo 4)", "school; 2 dagen per week ROC Wijchen",
         "vmbo-examen, eerste mbo-onderdelen, e-bike-techniek"],
        ["3 (mbo 1)", "ROC en leerbedrijf", "Fietstechnicus: onderhoud en reparatie, bpv 2 dagen per week"],
        ["4 (mbo 2)", "ROC en leerbedrijf", "proeven van bekwaamheid, keuzedelen, Nederlands en rekenen"],
    ], widths_cm=[2.5, 5.0, 8.5])
    P("")
    P("Docenten. De docenten Mobiliteit en transport en de docenten algemene vakken van de school en de "
      "docenten fietstechniek van het ROC vormen samen één routeteam van docenten. Voor het onderdeel "
      "Onderhoud en reparatie werken we met teambevoegdheid; iedere docent blijft verantwoordelijk voor het "
      "deel waarvoor hij bevoegd is. Een docent fietstechniek van het ROC geeft in leerjaar 3 wekelijks les op "
      "onze school. Iedere partij houdt haar eigen mensen in dienst en betaalt ze zelf.")
    P("Werkplaatsen en spullen. Het ROC stelt in Wijchen zijn fietswerkplaats met e-bike-testbank, "
      "diagnoseapparatuur en onderdelenmagazijn beschikbaar. De school stelt haar werkplaats Mobiliteit en "
      "transport en haar lokalen beschikbaar, ook voor de lessen van de ROC-docent. Het vervoer van de "
      "leerlingen naar Wijchen regelt de school. In elkaars gebouwen gelden de huisregels van de partij die "
      "het gebouw beheert.")
    docx_save(d, path, "Samenwerkingsovereenkomst DLR Fietstechniek Maas en Waal", "Schoolleider Vakcollege Maas en Waal")


# ==============================================================================================
# main / check
# ==============================================================================================

def extract_text(path):
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
        text = "\n".join(parts)
    elif ext == "docx":
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
            assert bad is None, bad
            xml = z.read("word/document.xml").decode("utf-8")
        paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        out = []
        for p in paras:
            out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
        text = "\n".join(out)
        text = (text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", '"').replace("&apos;", "'"))
    else:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    return text


def norm(t):
    return " ".join(t.replace("\u00ad", "").split())


def out_paths(num):
    s = SAMPLES[num]
    base = os.path.join(HERE, s["name"])
    return base + "." + s["ext"], base + ".expected.json"


def build(num):
    doc_path, json_path = out_paths(num)
    SAMPLES[num]["builder"](doc_path)
    with open(json_path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(SAMPLES[num]["labels"], f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(doc_path))


def check():
    ok = True
    exts = {}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        doc_path, json_path = out_paths(num)
        errs = []
        if not re.match(r"^%d_[a-z0-9_]+$" % num, s["name"]):
            errs.append("bad name")
        if not (221 <= num <= 228):
            errs.append("number out of range")
        if not os.path.exists(doc_path):
            errs.append("missing file")
        else:
            size = os.path.getsize(doc_path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract_text(doc_path))
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            if len(text) < 500:
                errs.append("too little text (%d chars)" % len(text))
            for k, ev in s["labels"]["evidence"].items():
                if s["labels"]["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
            for k, v in s["labels"]["statuses"].items():
                if v == "present" and k not in s["labels"]["evidence"]:
                    errs.append("no evidence for present item %s" % k)
        if not os.path.exists(json_path):
            errs.append("missing expected.json")
        else:
            with open(json_path, encoding="utf-8") as f:
                data = json.load(f)
            if data != s["labels"]:
                errs.append("expected.json differs from table")
            if data.get("split") != "train":
                errs.append("split not train")
            if sorted(data["statuses"]) != list("abcdefghij"):
                errs.append("statuses keys")
        exts[s["ext"]] = exts.get(s["ext"], 0) + 1
        print("%-70s %s" % (os.path.basename(doc_path), "OK" if not errs else "FAIL: " + "; ".join(errs)))
        ok = ok and not errs
    print("formats:", exts)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
