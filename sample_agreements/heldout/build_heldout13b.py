#!/usr/bin/env python3
"""Build held-out sample agreements h193-h200 for leerroute-check.

Written by an independent helper session (author of held-out batch 13b). The texts were composed
from the two official guidance documents (bouwsteen samenwerkingsovereenkomst, bouwsteen
overstapoptie), /work/shared/domain.md and sample_agreements/LABELS.md only, without looking at the
checker code, its models or tests, or at the texts of any other sample. All schools, instellingen,
companies and people are made up.

Usage:
    python3 build_heldout13b.py            build all agreements
    python3 build_heldout13b.py 193 197    build only those numbers
    python3 build_heldout13b.py --check    open every produced file and verify it
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
ITEMS = "abcdefghij"

AGREEMENTS = {}


def register(num, name, ext, description, statuses, evidence):
    def deco(fn):
        assert set(statuses) == set(ITEMS)
        AGREEMENTS[num] = dict(name=name, ext=ext, description=description,
                               statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def S(s):
    """statuses from a compact string like 'PPPPPPWPPW' (P present, W weak, M missing, N n/a)."""
    m = {"P": "present", "W": "weak", "M": "missing", "N": "not_applicable"}
    assert len(s) == 10
    return {k: m[c] for k, c in zip(ITEMS, s)}


# --------------------------------------------------------------------------------------------
# PDF helpers (reportlab)
# --------------------------------------------------------------------------------------------

def pdf_styles(base="Times-Roman", bold="Times-Bold", size=10.5):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    st = {}
    st["title"] = ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=size + 9,
                                 alignment=TA_CENTER, spaceAfter=6)
    st["subtitle"] = ParagraphStyle("subtitle", fontName=base, fontSize=size + 1, leading=size + 5,
                                    alignment=TA_CENTER, spaceAfter=10)
    st["h"] = ParagraphStyle("h", fontName=bold, fontSize=size + 0.5, leading=size + 4,
                             spaceBefore=9, spaceAfter=3, keepWithNext=1)
    st["p"] = ParagraphStyle("p", fontName=base, fontSize=size, leading=size + 3.5,
                             alignment=TA_JUSTIFY, spaceAfter=4)
    st["lid"] = ParagraphStyle("lid", parent=st["p"], leftIndent=26, firstLineIndent=-26)
    st["sub"] = ParagraphStyle("sub", parent=st["p"], leftIndent=44, firstLineIndent=-16,
                               spaceAfter=2)
    st["small"] = ParagraphStyle("small", parent=st["p"], fontSize=size - 1.5, leading=size + 1.5)
    st["sig"] = ParagraphStyle("sig", parent=st["p"], alignment=0, spaceAfter=1)
    return st


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def blocks_to_flowables(blocks, st):
    """blocks: list of (kind, text). kinds: title, subtitle, h, p, lid, sub, small, sig, space, page."""
    from reportlab.platypus import Paragraph, Spacer, PageBreak
    out = []
    for kind, text in blocks:
        if kind == "space":
            out.append(Spacer(1, float(text)))
        elif kind == "page":
            out.append(PageBreak())
        elif kind == "lid":
            num, body = text.split(" ", 1)
            out.append(Paragraph(esc(num) + "&nbsp;" * 4 + esc(body), st["lid"]))
        else:
            out.append(Paragraph(esc(text), st[kind]))
    return out


def write_pdf(path, flowables, title, header=None, footer_fmt="Pagina %d", font="Times-Roman",
              margins=(62, 62, 64, 64), templates=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, BaseDocTemplate

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(font, 8)
        if header:
            canv.drawString(margins[0], A4[1] - 36, header)
        if footer_fmt:
            canv.drawRightString(A4[0] - margins[1], 30, footer_fmt % doc.page)
        canv.restoreState()

    buf = io.BytesIO()
    if templates is None:
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margins[0], rightMargin=margins[1],
                                topMargin=margins[2], bottomMargin=margins[3], title=title,
                                author="", subject="", creator="", invariant=1)
        doc.build(flowables, onFirstPage=deco, onLaterPages=deco)
    else:
        doc = BaseDocTemplate(buf, pagesize=A4, title=title, author="", subject="", creator="",
                              invariant=1)
        doc.addPageTemplates(templates(doc, deco))
        doc.build(flowables)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------------------------
# DOCX helpers (python-docx + deterministic zip)
# --------------------------------------------------------------------------------------------

def docx_new():
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return d


def docx_save(d, path):
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def docx_text(path):
    """Text of a DOCX from its XML: w:t (incl. inserted runs), no w:delText; one line per paragraph."""
    from xml.etree import ElementTree as ET
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    z = zipfile.ZipFile(path)
    lines = []
    for part in sorted(n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)):
        root = ET.fromstring(z.read(part))
        for p in root.iter(W + "p"):
            lines.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(lines)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag):
    return "{%s}%s" % (W_NS, tag)


def docx_add_numbering(d, levels, abstract_id, nsid):
    """levels: list of (numFmt, lvlText, left_twips, hanging_twips, bold). Returns numId."""
    from lxml import etree
    numbering = d.part.numbering_part.element
    an = etree.SubElement(numbering, _w("abstractNum"))
    an.set(_w("abstractNumId"), str(abstract_id))
    etree.SubElement(an, _w("nsid")).set(_w("val"), nsid)
    etree.SubElement(an, _w("multiLevelType")).set(_w("val"), "multilevel")
    for i, (fmt, txt, left, hang, bold) in enumerate(levels):
        lvl = etree.SubElement(an, _w("lvl"))
        lvl.set(_w("ilvl"), str(i))
        etree.SubElement(lvl, _w("start")).set(_w("val"), "1")
        etree.SubElement(lvl, _w("numFmt")).set(_w("val"), fmt)
        etree.SubElement(lvl, _w("lvlText")).set(_w("val"), txt)
        etree.SubElement(lvl, _w("lvlJc")).set(_w("val"), "left")
        ppr = etree.SubElement(lvl, _w("pPr"))
        ind = etree.SubElement(ppr, _w("ind"))
        ind.set(_w("left"), str(left))
        ind.set(_w("hanging"), str(hang))
        if bold:
            rpr = etree.SubElement(lvl, _w("rPr"))
            etree.SubElement(rpr, _w("b"))
    # abstractNum elements must precede num elements
    first_num = numbering.find(_w("num"))
    if first_num is not None:
        numbering.remove(an)
        first_num.addprevious(an)
    existing = [int(n.get(_w("numId"))) for n in numbering.findall(_w("num"))]
    num_id = max(existing + [0]) + 1
    num = etree.SubElement(numbering, _w("num"))
    num.set(_w("numId"), str(num_id))
    etree.SubElement(num, _w("abstractNumId")).set(_w("val"), str(abstract_id))
    return num_id


_REV = {"id": 100}


def docx_par(d, text, style=None, num=None, author="", date="2025-05-20T10:00:00Z", bold=False,
             size=None, align=None, space_after=None):
    """Paragraph with optional auto-numbering (num=(numId, ilvl)) and tracked changes in the text:
    '{-deleted text-}' becomes w:del, '{+inserted text+}' becomes w:ins (author/date fixed)."""
    from lxml import etree
    from docx.shared import Pt
    p = d.add_paragraph(style=style)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if num is not None:
        ppr = p._p.get_or_add_pPr()
        numpr = etree.SubElement(ppr, _w("numPr"))
        etree.SubElement(numpr, _w("ilvl")).set(_w("val"), str(num[1]))
        etree.SubElement(numpr, _w("numId")).set(_w("val"), str(num[0]))
        # numPr must come right after pStyle in pPr
        ps = ppr.find(_w("pStyle"))
        ppr.remove(numpr)
        if ps is not None:
            ps.addnext(numpr)
        else:
            ppr.insert(0, numpr)
    for kind, chunk in _split_rev(text):
        if kind == "":
            r = p.add_run(chunk)
            r.bold = bold or None
            if size:
                r.font.size = Pt(size)
            continue
        _REV["id"] += 1
        wrap = etree.SubElement(p._p, _w("ins" if kind == "+" else "del"))
        wrap.set(_w("id"), str(_REV["id"]))
        wrap.set(_w("author"), author)
        wrap.set(_w("date"), date)
        r = etree.SubElement(wrap, _w("r"))
        if bold or size:
            rpr = etree.SubElement(r, _w("rPr"))
            if bold:
                etree.SubElement(rpr, _w("b"))
            if size:
                etree.SubElement(rpr, _w("sz")).set(_w("val"), str(int(size * 2)))
        t = etree.SubElement(r, _w("t" if kind == "+" else "delText"))
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = chunk
    return p


def _split_rev(text):
    out = []
    pos = 0
    for m in re.finditer(r"\{([-+])(.*?)\1\}", text):
        if m.start() > pos:
            out.append(("", text[pos:m.start()]))
        out.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(text):
        out.append(("", text[pos:]))
    return out


# --------------------------------------------------------------------------------------------
# Plain text helpers
# --------------------------------------------------------------------------------------------

def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


def out_path(num, ext=None):
    a = AGREEMENTS[num]
    return os.path.join(HERE, a["name"] + "." + (ext or a["ext"]))


def expected_obj(num):
    a = AGREEMENTS[num]
    return {"description": a["description"], "split": "heldout",
            "statuses": a["statuses"], "evidence": a["evidence"]}


# ============================================================================================
# h193 - lawyer's agreement, many cross-references, PIE kb -> mbo-3 installatietechniek, PDF
# ============================================================================================

H193 = [
    ("title", "SAMENWERKINGSOVEREENKOMST"),
    ("subtitle", "inzake de doorlopende leerroute vmbo-mbo Produceren, installeren en energie – "
                 "Eerste monteur installatietechniek (niveau 3)"),
    ("h", "DE ONDERGETEKENDEN:"),
    ("lid", "1. de stichting Stichting voor Openbaar en Algemeen Bijzonder Voortgezet Onderwijs "
            "Noordwest-Overijssel, statutair gevestigd te Steenwijk, ingeschreven in het handelsregister "
            "onder nummer 41027735, bevoegd gezag van het Eesveen Vakcollege te Steenwijk, te dezen "
            "rechtsgeldig vertegenwoordigd door mevrouw drs. H.J. Oosterhuis, voorzitter van het college "
            "van bestuur, hierna te noemen: de “School”;"),
    ("lid", "2. de stichting Stichting Regionaal Opleidingencentrum Vechtmond, statutair gevestigd te "
            "Meppel, ingeschreven in het handelsregister onder nummer 04088310, te dezen rechtsgeldig "
            "vertegenwoordigd door de heer ir. P.A. Dijkhuis, lid van het college van bestuur, hierna te "
            "noemen: de “Instelling”;"),
    ("p", "de School en de Instelling hierna gezamenlijk ook te noemen: “Partijen” en ieder afzonderlijk "
          "ook: een “Partij”;"),
    ("h", "OVERWEGENDE DAT:"),
    ("lid", "A. Partijen sinds het schooljaar 2019-2020 samenwerken in een techniekroute voor leerlingen "
            "van de kaderberoepsgerichte leerweg en deze samenwerking wensen voort te zetten als "
            "doorlopende leerroute in de zin van artikel 2.107a van de Wet voortgezet onderwijs 2020 "
            "(“WVO 2020”) en artikel 9.1.2 van de Wet educatie en beroepsonderwijs (“WEB”);"),
    ("lid", "B. artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat een doorlopende leerroute "
            "wordt verzorgd op grond van een samenwerkingsovereenkomst en bepalen welke onderwerpen "
            "daarin ten minste worden geregeld;"),
    ("lid", "C. de regionale installatiebranche met een structureel tekort aan vakkrachten kampt en "
            "Partijen door een ononderbroken leerroute meer jongeren tot een startkwalificatie in de "
            "installatietechniek willen brengen;"),
    ("lid", "D. Partijen hun afspraken in deze overeenkomst (de “Overeenkomst”) wensen vast te leggen;"),
    ("p", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),

    ("h", "Artikel 1 Definities en uitleg"),
    ("lid", "1.1 In de Overeenkomst wordt verstaan onder:"),
    ("sub", "a. Besturen: de colleges van bestuur van de School en van de Instelling;"),
    ("sub", "b. Leerroute: de in artikel 2.1 omschreven doorlopende leerroute vmbo-mbo;"),
    ("sub", "c. Leerling: een leerling van de School die aan de Leerroute deelneemt in de VO-fase;"),
    ("sub", "d. Student: een deelnemer aan de Leerroute die op grond van artikel 5.7 als student bij de "
            "Instelling is ingeschreven;"),
    ("sub", "e. VO-fase: de eerste twee leerjaren van de Leerroute, samenvallend met leerjaar 3 en 4 van "
            "de kaderberoepsgerichte leerweg;"),
    ("sub", "f. MBO-fase: de leerjaren van de Leerroute die volgen op de VO-fase;"),
    ("sub", "g. Routeraad: het orgaan bedoeld in artikel 3;"),
    ("sub", "h. Routecoördinator: de functionaris bedoeld in artikel 3.2, onder c;"),
    ("sub", "i. Jaarplan: het plan bedoeld in artikel 3.4, onder a;"),
    ("sub", "j. Routedocument: het gezamenlijke programma- en examendocument bedoeld in artikel 5.3;"),
    ("sub", "k. Werkveldraad: het adviesorgaan bedoeld in artikel 6.1."),
    ("lid", "1.2 Een verwijzing naar een artikel of lid is een verwijzing naar een artikel of lid van de "
            "Overeenkomst, tenzij uitdrukkelijk anders is vermeld."),
    ("lid", "1.3 De opschriften boven de artikelen dienen uitsluitend de leesbaarheid en hebben geen "
            "zelfstandige betekenis voor de uitleg van de Overeenkomst."),

    ("h", "Artikel 2 Onderwerp en reikwijdte"),
    ("lid", "2.1 Partijen verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende "
            "leerroute die aanvangt in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel "
            "Produceren, installeren en energie, en leidt tot het diploma van een vakopleiding (niveau 3) "
            "in het opleidingsdomein Installatie- en energietechniek, te weten een van de kwalificaties:"),
    ("sub", "a. Eerste monteur elektrotechnische installaties in de woning en utiliteit (niveau 3);"),
    ("sub", "b. Eerste monteur werktuigkundige installaties in de woning en utiliteit (niveau 3)."),
    ("lid", "2.2 De MBO-fase wordt verzorgd in de beroepsopleidende leerweg. In het laatste leerjaar kan "
            "een Student met instemming van de Instelling de opleiding voortzetten in de "
            "beroepsbegeleidende leerweg."),
    ("lid", "2.3 De keuze tussen de kwalificaties genoemd in artikel 2.1 maakt de Leerling uiterlijk aan "
            "het einde van de VO-fase, na het loopbaangesprek bedoeld in artikel 5.9."),
    ("lid", "2.4 Partijen melden de Leerroute gezamenlijk aan Onze Minister door registratie in het "
            "Register Instellingen en Opleidingen vóór 1 oktober 2025; iedere Partij verzorgt de "
            "registratie voor het eigen deel."),
    ("lid", "2.5 De Overeenkomst laat onverlet de verantwoordelijkheid van de School voor het vmbo-deel en "
            "de vmbo-examinering en die van de Instelling voor het mbo-deel, de beroepspraktijkvorming en "
            "de mbo-examinering, als bedoeld in artikel 2.107f WVO 2020 en artikel 9.1.7 WEB."),

    ("h", "Artikel 3 Routeraad"),
    ("lid", "3.1 Partijen stellen een Routeraad in, die is belast met de leiding over de Leerroute."),
    ("lid", "3.2 De Routeraad bestaat uit:"),
    ("sub", "a. de afdelingsleider techniek van de School;"),
    ("sub", "b. de teamleider Installatie & Energie van de Instelling;"),
    ("sub", "c. de Routecoördinator, die zonder stemrecht als secretaris van de Routeraad optreedt."),
    ("lid", "3.3 De leden bedoeld in artikel 3.2, onder a en b, worden aangewezen door het Bestuur van de "
            "Partij bij wie zij in dienst zijn; dat Bestuur kan de aanwijzing intrekken en stelt de andere "
            "Partij daarvan schriftelijk in kennis. De Routecoördinator wordt door de Besturen gezamenlijk "
            "benoemd voor een termijn van twee schooljaren, op voordracht van de leden bedoeld in artikel "
            "3.2, onder a en b; herbenoeming is mogelijk."),
    ("lid", "3.4 De Besturen dragen aan de Routeraad de volgende taken op:"),
    ("sub", "a. het jaarlijks vóór 1 juni vaststellen van het Jaarplan voor het volgende schooljaar, "
            "inclusief lessentabel, rooster en groepsindeling;"),
    ("sub", "b. het voorbereiden van het Routedocument bedoeld in artikel 5.3;"),
    ("sub", "c. het verdelen van de inzet van personeel binnen de kaders van artikel 5.5;"),
    ("sub", "d. het nemen van besluiten in individuele overstapsituaties als bedoeld in artikel 7.4;"),
    ("sub", "e. het organiseren van het overleg met de Werkveldraad bedoeld in artikel 6."),
    ("lid", "3.5 De Routeraad is bevoegd binnen het door de Besturen goedgekeurde Jaarplan zelfstandig "
            "besluiten te nemen. Besluiten met gevolgen voor de formatie van een Partij, besluiten met "
            "financiële gevolgen van meer dan € 5.000 per besluit en de vaststelling van het Routedocument "
            "zijn voorbehouden aan de Besturen."),
    ("lid", "3.6 De Routeraad besluit bij consensus van de leden bedoeld in artikel 3.2, onder a en b. "
            "Wordt geen consensus bereikt, dan is artikel 10 van overeenkomstige toepassing."),

    ("h", "Artikel 4 Informatie en verantwoording"),
    ("lid", "4.1 De Routeraad verstrekt beide Besturen na afloop van ieder semester, uiterlijk op 15 februari "
            "en 15 september, een schriftelijke voortgangsnotitie met ten minste de in-, door- en "
            "uitstroomgegevens, het aantal overstapbesluiten als bedoeld in artikel 7.4 en de bezetting van "
            "de formatie bedoeld in artikel 5.5."),
    ("lid", "4.2 Jaarlijks vóór 1 november legt de Routeraad over het voorafgaande schooljaar verantwoording "
            "af aan beide Besturen door middel van een jaarverslag, waarin in elk geval wordt ingegaan op "
            "de uitvoering van het Jaarplan, de examenresultaten en de opvolging van de adviezen van de "
            "Werkveldraad bedoeld in artikel 6.4."),
    ("lid", "4.3 De Besturen voeren ten minste tweemaal per jaar bestuurlijk overleg over de Leerroute. De "
            "Routeraad is bij dat overleg aanwezig en licht de stukken bedoeld in artikel 4.1 en 4.2 toe."),
    ("lid", "4.4 Onverminderd artikel 4.1 en 4.2 informeert de Routeraad de Besturen onverwijld over ieder "
            "voorval dat de continuïteit of de kwaliteit van de Leerroute in gevaar kan brengen."),

    ("h", "Artikel 5 Inrichting van de Leerroute"),
    ("lid", "5.1 De VO-fase wordt verzorgd op de locatie van de School aan de Gagelsweg te Steenwijk, met "
            "dien verstande dat de Leerlingen één dag per week praktijkonderwijs volgen in het Techniekhuis "
            "van de Instelling aan de Eesveenseweg te Steenwijk. De MBO-fase wordt verzorgd op de locatie "
            "Meppel van de Instelling en bij erkende leerbedrijven."),
    ("lid", "5.2 De Leerroute omvat vier leerjaren. Door het wegnemen van overlap tussen de vmbo- en de "
            "mbo-stof wordt de nominale duur van de MBO-fase met één jaar bekort; de onderwijstijd voldoet "
            "aan artikel 2.107h WVO 2020 en artikel 9.1.10 WEB."),
    ("lid", "5.3 Partijen beschrijven voor de gehele Leerroute per leerjaar het onderwijsprogramma, de "
            "examinering en de beroepspraktijkvorming in één Routedocument, waarin is aangegeven welke "
            "onderdelen tot het vmbo-programma, welke tot het mbo-programma en welke tot beide behoren. "
            "Het Routedocument wordt uiterlijk 1 juli voorafgaand aan ieder schooljaar door beide Besturen "
            "vastgesteld en maakt deel uit van het PTA van de School en de OER van de Instelling."),
    ("lid", "5.4 Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de Leerroute; de "
            "School kan op grond van het Routedocument voor een of meer vakken het examen in het eerste "
            "leerjaar afnemen. Onderdelen van de mbo-examinering kunnen vanaf het eerste leerjaar worden "
            "afgenomen. Iedere Partij handelt de examinering af via haar eigen examencommissie."),
    ("lid", "5.5 Partijen zetten één docententeam in voor de Leerroute. De Instelling zet in de VO-fase "
            "ten minste 0,6 fte praktijkdocent elektrotechniek en werktuigbouw in op de locaties bedoeld "
            "in artikel 5.1; de School zet in het eerste leerjaar van de MBO-fase 0,2 fte docent Nederlands "
            "en rekenen in. Voor de vakoverstijgende praktijkmodules “Installeren in de woning” en "
            "“Duurzame energie” maken Partijen gebruik van de teambevoegdheid bedoeld in artikel 7.13a "
            "WVO 2020 en artikel 9.1.12 WEB; het Routedocument vermeldt per module welke docenten het team "
            "vormen en voor welk deel ieder van hen bevoegd is. Het personeel blijft in dienst van de eigen "
            "werkgever; iedere Partij draagt de loonkosten van het eigen personeel."),
    ("lid", "5.6 De Instelling stelt haar installatiewerkplaats en het E-lab in het Techniekhuis om niet "
            "ter beschikking voor het praktijkonderwijs aan Leerlingen. De School stelt haar "
            "theorielokalen, het open leercentrum en haar ICT-voorzieningen om niet ter beschikking aan "
            "docenten van de Instelling voor zover zij in de Leerroute werkzaam zijn. Gereedschap en "
            "persoonlijke beschermingsmiddelen worden verstrekt door de Partij op wier locatie het "
            "onderwijs plaatsvindt."),
    ("lid", "5.7 De Leerling staat in de VO-fase ingeschreven bij de School. Met ingang van het derde "
            "leerjaar van de Leerroute wordt hij bij de School uitgeschreven en bij de Instelling als "
            "student ingeschreven, onverminderd artikel 2.107e WVO 2020. Het toezicht op verzuim berust "
            "in de VO-fase bij de School en in de MBO-fase bij de Instelling."),
    ("lid", "5.8 De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van het "
            "bestuur en het personeel van de andere Partij in het kader van de Leerroute. De voorzitter van "
            "de klachtencommissie is niet werkzaam voor of onder verantwoordelijkheid van de andere Partij."),
    ("lid", "5.9 De mentor van de School en de studieloopbaanbegeleider van de Instelling voeren in het "
            "tweede leerjaar van de VO-fase gezamenlijk een loopbaangesprek met iedere Leerling en diens "
            "ouders."),

    ("h", "Artikel 6 Werkveld"),
    ("lid", "6.1 Partijen stellen een Werkveldraad in, bestaande uit vertegenwoordigers van ten minste vier "
            "regionale installatiebedrijven, onder wie in elk geval Kuiper Installatietechniek B.V. te "
            "Steenwijk en Elektrotechniek Bosma & Zn. te Wolvega, van Techniek Nederland, afdeling Noord, "
            "en van de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB). De Routecoördinator "
            "woont de vergaderingen bij."),
    ("lid", "6.2 De Werkveldraad komt ten minste tweemaal per jaar bijeen en adviseert de Routeraad "
            "gevraagd en ongevraagd over het Jaarplan en over het Routedocument, in het bijzonder over de "
            "keuze van keuzedelen en de aansluiting van het programma op de regionale arbeidsmarkt."),
    ("lid", "6.3 De in de Werkveldraad vertegenwoordigde bedrijven:"),
    ("sub", "a. bieden iedere Leerling in het tweede leerjaar van de VO-fase een oriëntatiestage van twee "
            "weken;"),
    ("sub", "b. stellen als erkend leerbedrijf bpv-plaatsen beschikbaar voor Studenten in de MBO-fase;"),
    ("sub", "c. leveren jaarlijks ten minste drie levensechte praktijkopdrachten en verzorgen gastlessen;"),
    ("sub", "d. leveren praktijkbeoordelaars voor de proeven van bekwaamheid van de Instelling."),
    ("lid", "6.4 De Routeraad vermeldt in het jaarverslag bedoeld in artikel 4.2 op welke wijze de adviezen "
            "van de Werkveldraad zijn opgevolgd."),

    ("h", "Artikel 7 Overstap"),
    ("lid", "7.1 Dit artikel bevat de inhoud van de overstapoptie bedoeld in artikel 2.107k WVO 2020 en "
            "artikel 9.1.14 WEB. Het is van toepassing wanneer de deelname van een Leerling of Student aan "
            "de Leerroute eindigt voordat hij de Leerroute met goed gevolg heeft doorlopen, alsmede wanneer "
            "een Leerling is afgewezen voor het eindexamen vmbo."),
    ("lid", "7.2 Partijen stellen de Leerling of Student in staat een vmbo-diploma of een mbo-diploma te "
            "behalen dat past bij het door hem bereikte onderwijsniveau en bij zijn leeftijd."),
    ("lid", "7.3 Partijen hanteren daarbij de volgende kaders:"),
    ("sub", "a. bij beëindiging in de VO-fase zet de Leerling zijn opleiding voort in de reguliere "
            "kaderberoepsgerichte leerweg van de School, in het profiel Produceren, installeren en energie "
            "of een ander profiel, gericht op het behalen van het vmbo-diploma;"),
    ("sub", "b. heeft de Leerling aan het einde van het derde leerjaar van de Leerroute het vmbo-diploma "
            "niet behaald, dan kan hij het examenjaar overdoen of, zonder vmbo-diploma, instromen in een "
            "opleiding van de Instelling op niveau 2 of 3 in het opleidingsdomein Installatie- en "
            "energietechniek;"),
    ("sub", "c. blijkt in de MBO-fase dat de richting niet aansluit bij de interesses van de Student, dan "
            "stroomt hij over naar een andere opleiding van de Instelling op hetzelfde niveau, ook in een "
            "ander opleidingsdomein;"),
    ("sub", "d. wil de Leerling of Student na een verhuizing of om een andere reden zijn opleiding bij een "
            "andere instelling voortzetten, dan verzorgen Partijen een warme overdracht en ondersteunen zij "
            "hem bij het geschiktheidsonderzoek bedoeld in artikel 8.2.1, zesde lid, WEB."),
    ("lid", "7.4 Welk alternatief in een individueel geval wordt geboden, wordt beslist door de Routeraad, "
            "die daarbij handelt namens beide Besturen op grond van artikel 3.4, onder d. De Routeraad "
            "beslist op basis van het gezamenlijke oordeel van de afdelingsleider en de teamleider over "
            "het bereikte onderwijsniveau en de leeftijd, na een gesprek met de Leerling of Student en, bij "
            "minderjarigheid, diens ouders. Het besluit wordt binnen vier weken schriftelijk meegedeeld."),
    ("lid", "7.5 Kiest de Leerling of Student voor een opleiding van de Instelling, dan gelden de "
            "vooropleidingseisen niet; de Instelling laat hem toe tot de opleiding die volgens het besluit "
            "bedoeld in artikel 7.4 passend is."),
    ("lid", "7.6 Partijen nemen de werkwijze bedoeld in dit artikel op in de schoolgids van de School en de "
            "studiegids van de Instelling."),
    ("lid", "7.7 Dit artikel is niet van toepassing bij definitieve verwijdering."),

    ("h", "Artikel 8 Financiële bepalingen"),
    ("lid", "8.1 Behoudens het bepaalde in artikel 8.2 draagt iedere Partij de eigen kosten die verbonden "
            "zijn aan de uitvoering van de Overeenkomst."),
    ("lid", "8.2 Met toepassing van artikel 5.42a WVO 2020 draagt de School voor iedere Leerling die op "
            "1 oktober van enig schooljaar in de VO-fase staat ingeschreven een bedrag van € 1.150 per "
            "schooljaar over aan de Instelling."),
    ("lid", "8.3 De overdracht geschiedt in twee gelijke termijnen, uiterlijk op 1 december en op 1 mei, op "
            "basis van een factuur van de Instelling waarop het aantal Leerlingen op de peildatum bedoeld "
            "in artikel 8.2 is vermeld."),
    ("lid", "8.4 Het bedrag bedoeld in artikel 8.2 wordt per 1 augustus van ieder jaar geïndexeerd met het "
            "percentage waarmee de bekostiging voor het voortgezet onderwijs voor dat jaar is aangepast."),
    ("lid", "8.5 Eindigt de Overeenkomst in de loop van een schooljaar, dan wordt het bedrag bedoeld in "
            "artikel 8.2 voor dat schooljaar naar rato van het aantal verstreken maanden verrekend."),

    ("h", "Artikel 9 Medezeggenschap"),
    ("lid", "9.1 Op Leerlingen, hun ouders en het personeel van de School is de Wet medezeggenschap op "
            "scholen van toepassing; op Studenten, hun ouders en het personeel van de Instelling zijn "
            "hoofdstuk 8a WEB en de Wet op de ondernemingsraden van toepassing."),
    ("lid", "9.2 In aanvulling op artikel 9.1 komen Partijen overeen dat:"),
    ("sub", "a. de Leerlingen in het tweede leerjaar van de VO-fase uit hun midden één vertegenwoordiger "
            "kiezen, die als lid met adviserende stem deelneemt aan de vergaderingen van de studentenraad "
            "van de Instelling;"),
    ("sub", "b. de medezeggenschapsraad van de School en de studentenraad van de Instelling het jaarverslag "
            "bedoeld in artikel 4.2 ontvangen en eenmaal per jaar in een gezamenlijke vergadering met de "
            "Routeraad over de Leerroute spreken;"),
    ("sub", "c. de Besturen op de gezamenlijke adviezen van deze raden binnen zes weken schriftelijk en "
            "gemotiveerd reageren."),

    ("h", "Artikel 10 Geschillen"),
    ("lid", "10.1 Van een geschil is sprake wanneer een Partij schriftelijk aan de andere Partij meedeelt dat "
            "zij een verschil van mening over de uitvoering of de uitleg van de Overeenkomst als geschil "
            "aanmerkt."),
    ("lid", "10.2 Een geschil wordt eerst binnen twee weken in de Routeraad besproken. Leidt dat niet tot "
            "overeenstemming, dan wordt het geschil binnen vier weken geagendeerd voor het bestuurlijk "
            "overleg bedoeld in artikel 4.3."),
    ("lid", "10.3 Is het geschil zes weken na de mededeling bedoeld in artikel 10.1 niet opgelost, dan "
            "trachten Partijen het op te lossen door mediation volgens het reglement van de "
            "Mediatorsfederatie Nederland, met een door Partijen gezamenlijk aan te wijzen mediator."),
    ("lid", "10.4 Leidt de mediation niet binnen drie maanden na aanvang tot een oplossing, dan kan iedere "
            "Partij het geschil voorleggen aan de bevoegde rechter van de Rechtbank Overijssel, locatie "
            "Zwolle."),

    ("h", "Artikel 11 Duur, toetreding, wijziging en beëindiging"),
    ("lid", "11.1 De Overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde "
            "tijd."),
    ("lid", "11.2 Een andere school voor voorbereidend beroepsonderwijs of een andere instelling voor "
            "beroepsonderwijs kan partij worden bij de Overeenkomst, indien:"),
    ("sub", "a. zij het profiel onderscheidenlijk de opleidingen bedoeld in artikel 2.1 aanbiedt;"),
    ("sub", "b. de Besturen van alle Partijen daarmee schriftelijk instemmen;"),
    ("sub", "c. zij een toetredingsverklaring ondertekent waarin zij alle rechten en verplichtingen uit de "
            "Overeenkomst aanvaardt; en"),
    ("sub", "d. de registratie bedoeld in artikel 2.4 ook voor haar is verricht."),
    ("lid", "11.3 Wijziging van of aanvulling op de Overeenkomst is slechts geldig indien schriftelijk "
            "overeengekomen en door de Besturen van alle Partijen ondertekend. Een wijziging wordt als "
            "genummerd addendum aan de Overeenkomst gehecht."),
    ("lid", "11.4 Iedere Partij kan de Overeenkomst bij aangetekende brief opzeggen met inachtneming van "
            "een opzegtermijn van zes maanden."),
    ("lid", "11.5 Iedere Partij kan de Overeenkomst zonder rechterlijke tussenkomst geheel of gedeeltelijk "
            "ontbinden indien de andere Partij toerekenbaar tekortschiet in de nakoming van een wezenlijke "
            "verplichting en die tekortkoming niet binnen dertig dagen na een schriftelijke ingebrekestelling "
            "heeft hersteld, dan wel met onmiddellijke ingang indien de andere Partij haar bekostiging "
            "verliest of in staat van faillissement wordt verklaard."),
    ("lid", "11.6 Artikel 8.5 en artikel 10 blijven na het einde van de Overeenkomst van kracht."),

    ("h", "Artikel 12 Slotbepalingen"),
    ("lid", "12.1 Op de Overeenkomst is Nederlands recht van toepassing."),
    ("lid", "12.2 Is een bepaling van de Overeenkomst nietig of vernietigbaar, dan blijven de overige "
            "bepalingen van kracht. Partijen vervangen de betreffende bepaling door een bepaling die zoveel "
            "mogelijk aansluit bij de strekking van de oorspronkelijke bepaling."),
    ("lid", "12.3 Partijen sluiten binnen drie maanden na ondertekening een protocol over de uitwisseling "
            "van persoonsgegevens van Leerlingen en Studenten, in overeenstemming met de Algemene "
            "verordening gegevensbescherming."),
    ("lid", "12.4 De Overeenkomst vervangt alle eerdere afspraken tussen Partijen over de techniekroute "
            "bedoeld in overweging A."),
    ("space", "14"),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend,"),
    ("space", "6"),
    ("sig", "te Steenwijk, op 16 juni 2025"),
    ("sig", "Stichting voor Openbaar en Algemeen Bijzonder Voortgezet Onderwijs Noordwest-Overijssel"),
    ("sig", "drs. H.J. Oosterhuis, voorzitter college van bestuur"),
    ("space", "14"),
    ("sig", "te Meppel, op 18 juni 2025"),
    ("sig", "Stichting Regionaal Opleidingencentrum Vechtmond"),
    ("sig", "ir. P.A. Dijkhuis, lid college van bestuur"),
]


@register(193, "h193_advocatenstijl_kruisverwijzingen_installatie_steenwijkerland", "pdf",
          "Advocatenstijl met definities, leden en veel kruisverwijzingen tussen artikelen, PDF, lang; "
          "Steenwijkerland, PIE kb -> Eerste monteur installatietechniek niveau 3; overdracht van een bedrag "
          "per leerling zonder bestemming; opzegging/toetreding/wijziging zonder bescherming van leerlingen",
          S("PPPPPPWPPW"),
          {"a": "Artikel 2 Onderwerp en reikwijdte", "b": "Artikel 6 Werkveld",
           "c": "Artikel 3 Routeraad", "d": "Artikel 4 Informatie en verantwoording",
           "e": "Artikel 5 Inrichting van de Leerroute", "f": "Artikel 7 Overstap",
           "h": "Artikel 9 Medezeggenschap", "i": "Artikel 10 Geschillen"})
def build_193(path):
    st = pdf_styles()
    write_pdf(path, blocks_to_flowables(H193, st),
              "Samenwerkingsovereenkomst doorlopende leerroute PIE - installatietechniek",
              header="Samenwerkingsovereenkomst DLR PIE – Installatie- en energietechniek | definitieve versie",
              footer_fmt="pagina %d")


# ============================================================================================
# h194 - prose without headings, Zorg en welzijn bb -> Helpende zorg en welzijn niveau 2, MD
# ============================================================================================

H194 = """
# Samenwerkingsafspraken doorlopende leerroute Zorg en welzijn – Helpende zorg en welzijn

Deze afspraken maken de Stichting voor Christelijk Voortgezet Onderwijs Westergo, bevoegd gezag van CSG De Harnekade in Franeker (hierna: de school), vertegenwoordigd door de heer J.S. Wijnia, bestuurder, en de Stichting Regionaal Opleidingencentrum Waddenland in Leeuwarden (hierna: het ROC), vertegenwoordigd door mevrouw A.M. Terpstra-de Vries, voorzitter van het college van bestuur. Waar hieronder "wij" staat, zijn beide besturen samen bedoeld. Wij schrijven deze afspraken bewust als gewone tekst, zodat ook docenten, ouders en leerlingen ze kunnen lezen.

Het gaat om één route. Leerlingen die in de basisberoepsgerichte leerweg het profiel Zorg en welzijn volgen, kunnen aan het eind van leerjaar 2 kiezen voor een doorlopend traject dat eindigt met het mbo-diploma Helpende zorg en welzijn (niveau 2, opleidingsdomein Zorg en welzijn) in de beroepsopleidende leerweg. De eerste twee jaar van de route vallen samen met leerjaar 3 en 4 van de school in Franeker; in die periode haalt de leerling ook zijn vmbo-diploma. Daarna volgt hij het mbo-deel bij het ROC op de locatie Harlingen. De route duurt in totaal vier jaar; wie het aankan, kan het laatste half jaar versneld afronden.

De dagelijkse leiding ligt bij een routeteam van drie mensen: de afdelingsleider basis van de school, de teamleider Zorg en Welzijn niveau 2 van het ROC en een routecoördinator. De afdelingsleider en de teamleider worden elk door hun eigen bestuurder aangewezen; de routecoördinator wordt door beide bestuurders samen benoemd, steeds voor twee schooljaren. Wij geven het routeteam als taken: het maken van het rooster en de groepsindeling, het opstellen van het gezamenlijke PTA/OER, de intake van nieuwe leerlingen, het regelen van de inzet van docenten en het beslissen over overstappen zoals verderop beschreven. Binnen de begroting die wij ieder jaar in juni goedkeuren beslist het routeteam hier zelf over; alles wat buiten die begroting valt of gevolgen heeft voor de formatie, legt het routeteam aan ons voor.

Het routeteam houdt ons op de hoogte door elk kwartaal een korte schriftelijke stand van zaken te sturen aan beide bestuurders, met de cijfers over instroom, verzuim, doorstroom en uitval. Eén keer per jaar, vóór 1 juli, legt het routeteam in een gezamenlijk bestuurlijk overleg verantwoording af over het afgelopen schooljaar aan de hand van een jaarverslag. Gebeurt er tussendoor iets wat de route in gevaar brengt, dan meldt het routeteam dat direct.

Wat het onderwijs zelf betreft: het programma van de hele route, met per leerjaar welke onderdelen bij het vmbo horen, welke bij het mbo en welke bij allebei, inclusief de examens en de stages, staat in één gezamenlijk PTA/OER. Beide besturen stellen dat document elk jaar vóór 1 juli vast. In de eerste twee jaar geeft een docent verpleging en verzorging van het ROC één dag per week les op de school in Franeker. Samen met twee vmbo-docenten zorg en welzijn verzorgt zij de praktijkmodules; die modules geven zij als één team op grond van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB), en in het PTA/OER staat welke docent voor welk deel bevoegd is. Iedereen blijft in dienst van de eigen werkgever. De leerlingen gebruiken in leerjaar 4 iedere week het zorgpracticum en het skillslab van het ROC in Harlingen; het ROC mag op zijn beurt de demonstratiekeuken en het verzorgingslokaal van de school gebruiken voor open dagen en bijscholing. De school blijft verantwoordelijk voor het vmbo-examen, het ROC voor het mbo-examen en de beroepspraktijkvorming.

Zorginstellingen en kinderopvang uit de regio doen op een vaste manier mee. Zorggroep De Terp in Franeker, Kinderopvang Wadkinderen en Thuiszorg Westergo hebben toegezegd dat zij in leerjaar 3 snuffelstages van een week aanbieden, dat zij vanaf leerjaar 4 als erkend leerbedrijf stageplaatsen beschikbaar stellen, dat hun medewerkers gastlessen geven en dat hun praktijkopleiders meebeoordelen bij de praktijkexamens. Twee keer per jaar praten zij met het routeteam en een adviseur van SBB over het programma en over wat zij in de praktijk missen; het routeteam verwerkt hun adviezen in het PTA/OER.

Niet iedere leerling maakt de route af, en daar houden wij vooraf rekening mee. Stopt een leerling in de eerste twee jaar, dan gaat hij verder in de gewone basisberoepsgerichte leerweg op school, in Zorg en welzijn of in een ander profiel, zodat hij toch zijn vmbo-diploma kan halen. Haalt een leerling zijn vmbo-diploma niet, dan kan hij bij het ROC toch verder met Helpende zorg en welzijn of met een andere opleiding op niveau 2; omdat het om hetzelfde ROC gaat, gelden de vooropleidingseisen dan niet. Blijkt de zorg niet bij hem te passen, dan kiest hij een opleiding op hetzelfde niveau in een andere richting, bijvoorbeeld Medewerker facilitaire dienstverlening of een opleiding in de detailhandel. Verhuist een leerling of wil hij naar een ander ROC, dan zorgen wij voor een warme overdracht en helpen wij hem bij het geschiktheidsonderzoek van die andere instelling. Welke oplossing het wordt, besluiten de afdelingsleider en de teamleider samen, na een gesprek met de leerling en zijn ouders, op basis van het niveau dat de leerling heeft bereikt en zijn leeftijd. De uitkomst wordt binnen vier weken schriftelijk bevestigd en de werkwijze staat ook in de schoolgids.

Over geld zijn we kort: er wordt geen bekostiging van de school naar het ROC of andersom overgedragen. De school ontvangt de bekostiging voor de eerste twee jaar van de route, het ROC voor de jaren daarna, en ieder betaalt zijn eigen personeel, lokalen en materialen.

Voor inspraak blijven de eigen raden bevoegd: de medezeggenschapsraad van de school voor de leerlingen in de eerste twee jaar, hun ouders en het personeel van de school, en de studentenraad en de ondernemingsraad van het ROC voor de studenten en het personeel van het ROC. Daarbovenop spreken wij af dat twee leerlingen uit leerjaar 4 van de route mogen aanschuiven bij het studentenpanel van de ROC-locatie Harlingen, en dat de medezeggenschapsraad en de studentenraad één keer per jaar samen het jaarverslag van het routeteam bespreken. Op hun gezamenlijke advies reageren wij binnen zes weken schriftelijk.

Komen wij er samen niet uit over de uitvoering van deze afspraken, dan bespreekt eerst het routeteam het probleem binnen twee weken. Lukt het daar niet, dan gaan de twee bestuurders binnen vier weken met elkaar in overleg. Levert ook dat geen oplossing op, dan schakelen wij samen een onafhankelijke mediator in. Pas daarna kan ieder van ons de zaak voorleggen aan de rechtbank Noord-Nederland.

Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere vmbo-school of mbo-instelling kan meedoen als zij het profiel Zorg en welzijn of de opleiding Helpende zorg en welzijn aanbiedt en beide besturen daar schriftelijk mee instemmen; de nieuwe partner ondertekent dan een verklaring waarmee zij alle afspraken overneemt, en wij melden haar deelname bij DUO. Wijzigen gaat alleen schriftelijk, met handtekening van beide bestuurders. Opzeggen kan alleen tegen het einde van een schooljaar (1 augustus) en moet minstens twaalf maanden van tevoren schriftelijk gebeuren. Na een opzegging stromen er geen nieuwe leerlingen meer in, maar leerlingen die al in de route zitten, maken haar af zoals afgesproken. Dat geldt ook bij een wijziging of de komst van een nieuwe partner: geen leerling hoeft daardoor halverwege van route te wisselen.

Franeker, 12 juni 2025

Namens de Stichting voor Christelijk Voortgezet Onderwijs Westergo: J.S. Wijnia, bestuurder

Namens de Stichting Regionaal Opleidingencentrum Waddenland: A.M. Terpstra-de Vries, voorzitter college van bestuur
"""


@register(194, "h194_doorlopend_proza_zonder_koppen_zorg_waadhoeke", "md",
          "Doorlopend proza zonder koppen in gewone taal, Markdown; Waadhoeke, Zorg en welzijn bb -> "
          "Helpende zorg en welzijn niveau 2; volledig, met aanvullende medezeggenschapsafspraken en "
          "expliciet geen overdracht van bekostiging",
          S("PPPPPPPPPP"),
          {"a": "Het gaat om één route.", "b": "Zorginstellingen en kinderopvang uit de regio",
           "c": "De dagelijkse leiding ligt bij een routeteam", "d": "Het routeteam houdt ons op de hoogte",
           "e": "Wat het onderwijs zelf betreft", "f": "Niet iedere leerling maakt de route af",
           "g": "Over geld zijn we kort", "h": "Voor inspraak blijven de eigen raden bevoegd",
           "i": "Komen wij er samen niet uit", "j": "Deze afspraken gelden vanaf 1 augustus 2025"})
def build_194(path):
    write_text(path, H194)


# ============================================================================================
# h195 - DOCX with Word auto-numbering and tracked changes, Mobiliteit en transport kb -> mbo-3
# ============================================================================================

AUTH_ROC = "M. Verhage (ROC Scheldeland)"
AUTH_VO = "K. de Jonge (Vakcollege De Schelde)"

H195 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
    ("subtitle", "Mobiliteit en transport – Autotechniek niveau 3"),
    ("note", "Versie 4 – tekst na bestuurlijk overleg van 3 juni 2025; wijzigingen zijn zichtbaar gelaten "
             "voor de ondertekening."),
    ("p", "Ondergetekenden:"),
    ("p", "Stichting Christelijk Voortgezet Onderwijs Tholen en Sint Philipsland, bevoegd gezag van "
          "Vakcollege De Schelde te Tholen, vertegenwoordigd door de heer W.J. Quist, voorzitter van het "
          "college van bestuur, hierna: “de school”,"),
    ("p", "en"),
    ("p", "Stichting ROC Scheldeland, gevestigd te Bergen op Zoom, vertegenwoordigd door mevrouw "
          "E.C. van Dijke-Rijk, lid van het college van bestuur, hierna: “het ROC”,"),
    ("p", "samen: “partijen”,"),
    ("p", "Overwegende dat:"),
    ("bullet", "partijen al sinds 2021 samen een vakmanschapsroute autotechniek verzorgen en die route "
               "willen omzetten in een doorlopende leerroute vmbo-mbo;"),
    ("bullet", "de regionale autobranche, verenigd in de BOVAG-afdeling West-Brabant en Zeeland, heeft "
               "aangegeven nauw betrokken te willen zijn bij de opleiding van toekomstige autotechnici en "
               "praktijkplaatsen en opdrachten te willen aanbieden;"),
    ("bullet", "partijen met deze overeenkomst voldoen aan artikel 2.107b WVO 2020 en artikel 9.1.3 WEB;"),
    ("p", "komen het volgende overeen:"),

    ("art", "Begrippen"),
    ("lid", "Route: de doorlopende leerroute vmbo-mbo bedoeld in artikel 2 van deze overeenkomst."),
    ("lid", "Vo-fase: de eerste twee leerjaren van de route (leerjaar 3 en 4 vmbo); mbo-fase: de leerjaren "
            "daarna."),
    ("lid", "Leerling: degene die in de vo-fase aan de route deelneemt; student: degene die in de mbo-fase "
            "aan de route deelneemt."),

    ("art", "De route en de opleidingen"),
    ("lid", "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg in het profiel Mobiliteit en "
            "transport van de school en leidt tot een diploma in het opleidingsdomein Mobiliteit en "
            "voertuigen van het ROC, kwalificatie Eerste autotechnicus (niveau 3), "
            "{-of Eerste bedrijfsautotechnicus (niveau 3),-}in de beroepsopleidende leerweg."),
    ("lid", "De route duurt vier jaar{+; studenten die daartoe in staat zijn, kunnen het laatste "
            "halfjaar versneld doorlopen+}."),
    ("lid", "Partijen melden de route gezamenlijk aan bij DUO via het Register Instellingen en "
            "Opleidingen."),

    ("art", "Leiding van de route"),
    ("lid", "De leiding over de route berust bij een stuurgroep, bestaande uit de directeur van Vakcollege "
            "De Schelde, de opleidingsmanager Automotive van het ROC en de routeleider."),
    ("lid", "De directeur en de opleidingsmanager worden door het college van bestuur van de eigen "
            "stichting aangewezen. De routeleider wordt door beide colleges van bestuur gezamenlijk benoemd "
            "op voordracht van de directeur en de opleidingsmanager."),
    ("lid", "De colleges van bestuur dragen aan de stuurgroep op: het vaststellen van de jaarplanning en "
            "het rooster, het opstellen van het gezamenlijke PTA/OER, de verdeling van docenten over de "
            "route en het besluiten over overstappen als bedoeld in artikel 6. De stuurgroep is bevoegd "
            "hierover zelfstandig te besluiten binnen de jaarbegroting van de route; besluiten daarbuiten "
            "legt zij voor aan beide colleges van bestuur."),
    ("lid", "De routeleider zit de stuurgroep voor en is het aanspreekpunt voor leerlingen, studenten en "
            "docenten{+, en onderhoudt namens de stuurgroep het contact met de ouders+}."),

    ("art", "Rapportage aan de besturen"),
    ("lid", "De stuurgroep informeert beide colleges van bestuur {-twee keer per jaar-}{+per kwartaal+} "
            "schriftelijk over het aantal leerlingen en studenten, de uitval en de resultaten."),
    ("lid", "Jaarlijks vóór 1 oktober legt de stuurgroep in een jaarverslag verantwoording af over het "
            "afgelopen schooljaar aan beide colleges van bestuur. Het jaarverslag wordt besproken in het "
            "bestuurlijk overleg dat ten minste één keer per jaar plaatsvindt."),

    ("art", "Onderwijs en organisatie"),
    ("lid", "De vo-fase wordt gegeven op de locatie van de school in Tholen; de leerlingen volgen één dag "
            "per week de praktijklessen in het Automotive Centrum van het ROC in Bergen op Zoom. De "
            "mbo-fase wordt gegeven in het Automotive Centrum."),
    ("lid", "Het onderwijsprogramma en de examinering per leerjaar, met de aanduiding welke onderdelen vmbo "
            "en welke mbo zijn, worden vastgelegd in het gezamenlijke PTA/OER, dat beide colleges van "
            "bestuur uiterlijk 1 juli voor het volgende schooljaar vaststellen."),
    ("lid", "Het ROC zet in de vo-fase een docent autotechniek in voor {-acht-}{+tien+} lesuren per week. De "
            "school zet in het eerste jaar van de mbo-fase een docent Nederlands en een docent rekenen in. "
            "Voor de praktijkmodules motormanagement en elektrische aandrijving werken de docenten als één "
            "team op grond van de teambevoegdheid; in het PTA/OER staat welke docent voor welk onderdeel "
            "bevoegd is. Alle docenten blijven in dienst van hun eigen werkgever."),
    ("lid", "Het ROC stelt de motorenwerkplaats, de diagnoseapparatuur en de hefbruggen van het "
            "Automotive Centrum ter beschikking voor de praktijklessen in de vo-fase. De school stelt haar "
            "theorielokalen en de mediatheek ter beschikking aan docenten en studenten van de route."),
    ("lid", "De leerling staat in de vo-fase ingeschreven bij de school en wordt bij de overgang naar de "
            "mbo-fase ingeschreven bij het ROC. De klachtenregeling van beide partijen geldt ook voor "
            "gedragingen van medewerkers van de andere partij binnen de route."),

    ("art", "Als de route niet past"),
    ("lid", "Stopt een leerling in de vo-fase met de route, dan zet hij zijn opleiding voort in de reguliere "
            "kaderberoepsgerichte leerweg van de school, in het profiel Mobiliteit en transport of een "
            "ander profiel, met het oog op het behalen van het vmbo-diploma."),
    ("lid", "Heeft een leerling aan het einde van het derde jaar van de route zijn vmbo-diploma niet "
            "behaald, dan kan hij bij het ROC alleen worden ingeschreven voor een opleiding als hij "
            "alsnog voldoet aan de vooropleidingseisen van die opleiding; tot dat moment zet hij zijn "
            "vmbo-opleiding bij de school voort."),
    ("lid", "Past de richting autotechniek in de mbo-fase niet bij de student, dan kan hij overstappen "
            "naar een andere opleiding van het ROC op niveau 3, ook in een ander domein, zoals "
            "Logistiek of Techniek en procesindustrie."),
    ("lid", "Over het alternatief voor een individuele leerling of student beslist de stuurgroep, waarin "
            "beide partijen vertegenwoordigd zijn, op basis van het bereikte onderwijsniveau en de leeftijd "
            "van de leerling en na een gesprek met de leerling en zijn ouders."),

    ("art", "Financiële afspraken"),
    ("lid", "Voor de inzet van de docent autotechniek van het ROC in de vo-fase, bedoeld in artikel 5, en "
            "het gebruik van het Automotive Centrum door leerlingen in de vo-fase draagt de school met "
            "toepassing van artikel 5.42a WVO 2020 per schooljaar een bedrag van € 38.500 over aan het ROC."),
    ("lid", "Het bedrag is bestemd voor de loonkosten van de docent autotechniek (0,4 fte) en voor een "
            "bijdrage van € 6.000 in de kosten van materiaal en onderhoud van de werkplaats. Het ROC "
            "factureert het bedrag in twee termijnen."),
    ("lid", "Overigens draagt iedere partij de eigen kosten."),

    ("art", "Medezeggenschap"),
    ("lid", "Voor leerlingen in de vo-fase, hun ouders en het personeel van de school geldt de Wet "
            "medezeggenschap op scholen. Voor studenten en het personeel van het ROC gelden de WEB en de "
            "Wet op de ondernemingsraden."),
    ("lid", "Partijen kunnen, als daar behoefte aan blijkt, aanvullende afspraken maken over de "
            "medezeggenschap in de route."),

    ("art", "Verschillen van inzicht"),
    ("lid", "Partijen lossen verschillen van inzicht over de uitvoering van deze overeenkomst in goed "
            "onderling overleg op. Zij laten zich daarbij leiden door het belang van de leerlingen en "
            "studenten{+ en door de redelijkheid en billijkheid+}."),

    ("art", "Looptijd, nieuwe partners, wijziging en opzegging"),
    ("lid", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
    ("lid", "Een andere vmbo-school of mbo-instelling kan partij worden bij deze overeenkomst als beide "
            "colleges van bestuur daar schriftelijk mee instemmen en de nieuwe partij alle bepalingen van "
            "deze overeenkomst schriftelijk aanvaardt. De toetreding gaat in bij het begin van een "
            "schooljaar en wordt door alle partijen bij DUO gemeld."),
    ("lid", "Wijzigingen van deze overeenkomst worden schriftelijk vastgelegd en door beide colleges van "
            "bestuur ondertekend."),
    ("lid", "Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met "
            "een opzegtermijn van {-zes-}{+twaalf+} maanden."),
    ("lid", "Bij opzegging, toetreding of wijziging zorgen partijen ervoor dat de gevolgen voor leerlingen "
            "en studenten zo klein mogelijk zijn: leerlingen en studenten die op het moment van opzegging "
            "al aan de route deelnemen, kunnen de route bij beide partijen afmaken, en na de opzegging "
            "stromen geen nieuwe leerlingen meer in."),

    ("art", "Slotbepaling"),
    ("lid", "Deze overeenkomst is in tweevoud opgemaakt en ondertekend."),
    ("p", ""),
    ("p", "Tholen, 10 juni 2025"),
    ("p", "W.J. Quist, voorzitter college van bestuur, Stichting Christelijk Voortgezet Onderwijs Tholen en "
          "Sint Philipsland"),
    ("p", "Bergen op Zoom, 12 juni 2025"),
    ("p", "E.C. van Dijke-Rijk, lid college van bestuur, Stichting ROC Scheldeland"),
]


@register(195, "h195_autonummering_bijgehouden_wijzigingen_autotechniek_tholen", "docx",
          "Word-document met automatische artikelnummering (nummers niet in de tekst) en bijgehouden "
          "wijzigingen; Tholen, Mobiliteit en transport kb -> Eerste autotechnicus niveau 3; bedrijfsleven "
          "alleen in de considerans; overstap eist vooropleidingseisen binnen hetzelfde ROC; geschillen "
          "alleen in onderling overleg; medezeggenschap alleen 'kunnen'",
          S("PMPPPWPNWP"),
          {"a": "De route en de opleidingen", "c": "Leiding van de route",
           "d": "Rapportage aan de besturen", "e": "Onderwijs en organisatie",
           "g": "Financiële afspraken", "j": "Looptijd, nieuwe partners, wijziging en opzegging"})
def build_195(path):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from lxml import etree
    d = docx_new()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    num = docx_add_numbering(d, [("decimal", "Artikel %1", 0, 0, True),
                                 ("decimal", "%1.%2", 567, 567, False),
                                 ("lowerLetter", "%3.", 1134, 567, False)], 40, "5A1E0C3B")
    bul = docx_add_numbering(d, [("bullet", "–", 567, 283, False)], 41, "5A1E0C3C")
    # switch on revision tracking in settings, as the drafter's Word would have it
    settings = d.settings.element
    tr = etree.SubElement(settings, _w("trackRevisions"))
    settings.remove(tr)
    settings.insert(0, tr)
    for kind, text in H195:
        author = AUTH_ROC if "{" in text else ""
        if kind == "title":
            docx_par(d, text, style="Title")
        elif kind == "subtitle":
            docx_par(d, text, style="Subtitle")
        elif kind == "note":
            p = docx_par(d, text, size=9)
            p.runs[0].italic = True
        elif kind == "p":
            docx_par(d, text)
        elif kind == "bullet":
            docx_par(d, text, num=(bul, 0))
        elif kind == "art":
            docx_par(d, text, style="Heading 2", num=(num, 0))
        elif kind == "lid":
            docx_par(d, text, num=(num, 1), author=author, date="2025-06-04T14:%02d:00Z" % (len(text) % 60))
        elif kind == "sub":
            docx_par(d, text, num=(num, 2), author=author)
    docx_save(d, path)


# ============================================================================================
# h196 - two-column PDF, geintegreerde route Horeca, bakkerij en recreatie bb -> mbo-2
# ============================================================================================

H196_HEAD = [
    ("title", "Samenwerkingsovereenkomst geïntegreerde route vmbo-mbo"),
    ("subtitle", "Horeca, bakkerij en recreatie (basisberoepsgerichte leerweg) – Kok en Gastheer/gastvrouw "
                 "(mbo niveau 2) · Oude IJsselstreek · schooljaar 2025-2026 e.v."),
]

H196 = [
    ("h", "Partijen"),
    ("p", "Stichting Scholengroep Gendringen-Ulft, bevoegd gezag van Het Ulenborgh Vakcollege te Ulft, "
          "school voor voorbereidend beroepsonderwijs, vertegenwoordigd door mevrouw G.H.M. Lensink, "
          "bestuurder (hierna: Ulenborgh);"),
    ("p", "Stichting ROC Slinge-IJssel, gevestigd te Doetinchem, vertegenwoordigd door de heer R.J. "
          "Wissink, voorzitter van het college van bestuur (hierna: Slinge-IJssel)."),
    ("p", "Partijen bieden samen een geïntegreerde route aan als bedoeld in artikel 2.107l WVO 2020 en "
          "artikel 9.1.17 WEB, en leggen daarvoor het volgende vast."),

    ("h", "§ 1 Welke route"),
    ("p", "1.1 De route is bestemd voor leerlingen van Ulenborgh in de basisberoepsgerichte leerweg, "
          "profiel Horeca, bakkerij en recreatie, voor wie de route naar het oordeel van de school, in "
          "overleg met de leerling en diens ouders en na overleg met Slinge-IJssel, de meest geschikte weg "
          "is."),
    ("p", "1.2 Vanaf leerjaar 3 volgt de leerling één programma dat leidt tot een diploma van een "
          "basisberoepsopleiding (niveau 2) in het opleidingsdomein Horeca en bakkerij van Slinge-IJssel, "
          "kwalificatie Kok of kwalificatie Gastheer/gastvrouw. De keuze tussen beide wordt uiterlijk in "
          "februari van leerjaar 3 gemaakt."),
    ("p", "1.3 Ulenborgh neemt bij leerlingen in de route geen eindexamen basisberoepsgerichte leerweg af, "
          "tenzij de leerling dat wenst of § 6 daartoe aanleiding geeft. De route duurt drie jaar."),

    ("h", "§ 2 Regie"),
    ("p", "2.1 De leiding over de route is in handen van een regiegroep van drie personen: de teamleider "
          "basis van Ulenborgh, de teamleider Horeca & Bakkerij van Slinge-IJssel en de coördinator "
          "geïntegreerde route."),
    ("p", "2.2 Iedere bestuurder wijst de eigen teamleider aan. De coördinator wordt door beide "
          "bestuurders gezamenlijk benoemd, na een sollicitatieprocedure waarin beide teamleiders "
          "zitting hebben."),
    ("p", "2.3 De bestuurders dragen de regiegroep op: de toelating van leerlingen tot de route, de "
          "jaarplanning en het rooster, het opstellen van het gezamenlijke PTA/OER, de inzet van docenten "
          "over beide locaties en de begeleiding bij uitstappen volgens § 6. De regiegroep beslist daarover "
          "zelfstandig binnen de begroting die de bestuurders jaarlijks vaststellen; voor het overige "
          "beslissen de bestuurders."),

    ("h", "§ 3 Rekenschap"),
    ("p", "3.1 De regiegroep stuurt beide bestuurders in maart en in oktober een schriftelijke "
          "voortgangsrapportage over instroom, aanwezigheid, resultaten en uitstappers."),
    ("p", "3.2 In het bestuurlijk overleg van november legt de regiegroep met een jaarverslag "
          "verantwoording af over het afgelopen schooljaar, inclusief de besteding van de middelen "
          "bedoeld in § 7."),

    ("h", "§ 4 Onderwijs, mensen en middelen"),
    ("p", "4.1 In leerjaar 3 en 4 volgt de leerling drie dagen per week onderwijs bij Ulenborgh in Ulft en "
          "twee dagen per week in het leerrestaurant De Slingerhof van Slinge-IJssel in Doetinchem. In "
          "leerjaar 5 vindt het onderwijs plaats bij Slinge-IJssel en in de beroepspraktijk."),
    ("p", "4.2 Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER, met per "
          "onderdeel de vermelding of het een vo-onderdeel, een mbo-onderdeel of een gecombineerd "
          "onderdeel is. De bestuurders stellen het PTA/OER jaarlijks vóór 1 juli vast."),
    ("p", "4.3 Slinge-IJssel zet twee praktijkdocenten in (een chef-kok en een docent bediening) voor "
          "samen twaalf lesuren per week in leerjaar 3 en 4. Ulenborgh zet de docenten "
          "Nederlands, rekenen en burgerschap en de mentor in, ook in leerjaar 5 voor twee uur per week. "
          "De praktijkvakken worden door één team gegeven op basis van de teambevoegdheid; het PTA/OER "
          "vermeldt welke docent voor welk deel bevoegd is. Ieder blijft in dienst van de eigen "
          "werkgever."),
    ("p", "4.4 Slinge-IJssel stelt de keuken, de bakkerij en het leerrestaurant van De Slingerhof ter "
          "beschikking; Ulenborgh de praktijkkeuken, het theorielokaal en de schoolkantine als "
          "oefenlocatie voor bediening."),
    ("p", "4.5 Tot en met leerjaar 4 staat de leerling ingeschreven bij Ulenborgh, daarna bij "
          "Slinge-IJssel. Verzuim wordt gemeld door de partij bij wie de leerling ingeschreven staat. De "
          "klachtenregelingen van beide partijen gelden over en weer."),

    ("h", "§ 5 Werkveld"),
    ("p", "5.1 Koninklijke Horeca Nederland, afdeling Achterhoek, en de leerbedrijven Hotel-restaurant "
          "De Gouden Karper (Terborg), Brasserie Ulftse Gieterij en Bakkerij Tenbergen (Silvolde) zijn "
          "vaste partners van de route."),
    ("p", "5.2 Zij bieden iedere leerling in leerjaar 4 een meewerkstage van tien dagen en in leerjaar 5 "
          "een bpv-plaats, verzorgen per jaar vier gastlessen of workshops, beoordelen mee bij de "
          "praktijkexamens en adviseren de regiegroep één keer per jaar, samen met de adviseur van SBB, "
          "over de inhoud van het programma."),

    ("h", "§ 6 Uitstappen en overstappen"),
    ("p", "6.1 Een leerling die de route verlaat, krijgt altijd een passende plek waarin hij een diploma "
          "kan halen. Uitstappen betekent niet dat hij vanzelf naar de Entree-opleiding gaat."),
    ("p", "6.2 Verlaat de leerling de route in leerjaar 3 of 4, dan gaat hij verder in de reguliere "
          "basisberoepsgerichte leerweg van Ulenborgh, in hetzelfde of een ander profiel, en doet hij daar "
          "het vmbo-examen. Is hij al ver in het programma, dan kan hij ook het vmbo-examen afleggen en "
          "daarna een andere opleiding op niveau 2 kiezen."),
    ("p", "6.3 Verlaat de leerling de route in leerjaar 5, dan kan hij bij Slinge-IJssel overstappen naar "
          "een andere opleiding op niveau 2, bijvoorbeeld in de facilitaire dienstverlening of de "
          "logistiek; de vooropleidingseisen gelden dan niet. Voor een overstap naar een andere instelling "
          "helpen partijen bij het geschiktheidsonderzoek."),
    ("p", "6.4 Alleen als een startkwalificatie echt niet haalbaar blijkt, begeleiden partijen de leerling "
          "via de Entree-opleiding naar werk."),
    ("p", "6.5 De regiegroep besluit namens beide partijen over de overstap, na een gesprek met de "
          "leerling en zijn ouders, op grond van het bereikte onderwijsniveau, de leeftijd en de wensen van "
          "de leerling. De werkwijze staat in de schoolgids van Ulenborgh."),

    ("h", "§ 7 Geld"),
    ("p", "7.1 Ulenborgh draagt met toepassing van artikel 5.42a WVO 2020 voor iedere leerling in leerjaar "
          "3 en 4 van de route € 1.400 per schooljaar over aan Slinge-IJssel, peildatum 1 oktober."),
    ("p", "7.2 Dit bedrag is bestemd voor de inzet van de praktijkdocenten van Slinge-IJssel in leerjaar 3 "
          "en 4 en voor de grondstoffen die leerlingen in De Slingerhof verbruiken."),
    ("p", "7.3 Slinge-IJssel draagt geen bekostiging over aan Ulenborgh; de inzet van docenten van "
          "Ulenborgh in leerjaar 5 komt voor rekening van Ulenborgh."),

    ("h", "§ 8 Als we het niet eens zijn"),
    ("p", "8.1 Meningsverschillen over de uitvoering van deze overeenkomst bespreekt eerst de "
          "regiegroep. Komt die er binnen drie weken niet uit, dan overleggen de bestuurders binnen vier "
          "weken."),
    ("p", "8.2 Blijft het verschil bestaan, dan vragen partijen bindend advies aan een door hen samen "
          "aangewezen onafhankelijke deskundige uit het onderwijs. Komen zij niet tot overeenstemming over "
          "die deskundige, dan wordt hij aangewezen door de voorzitter van de Stichting Onderwijsgeschillen."),

    ("h", "§ 9 Duur, uitbreiding, aanpassing en einde"),
    ("p", "9.1 Deze overeenkomst loopt vanaf 1 augustus 2025 voor onbepaalde tijd."),
    ("p", "9.2 Een andere school met de basisberoepsgerichte leerweg in het profiel Horeca, bakkerij en "
          "recreatie, of een andere instelling met een opleiding op niveau 2 in het domein Horeca en "
          "bakkerij, kan zich bij de route aansluiten met schriftelijke instemming van beide partijen, door "
          "ondertekening van een aansluitingsverklaring, met ingang van een nieuw schooljaar en na melding "
          "bij DUO."),
    ("p", "9.3 Deze overeenkomst wordt alleen schriftelijk gewijzigd, met handtekening van beide "
          "bestuurders. Een wijziging geldt niet ten nadele van leerlingen die al in de route zitten."),
    ("p", "9.4 Opzegging kan schriftelijk, met ten minste twaalf maanden opzegtermijn, uitsluitend tegen "
          "het einde van een schooljaar. Vanaf de opzegging worden geen nieuwe leerlingen toegelaten; wie "
          "al in de route zit, rondt haar af."),
    ("space", "8"),
    ("p", "Ulft, 19 juni 2025 — G.H.M. Lensink, bestuurder Stichting Scholengroep Gendringen-Ulft"),
    ("p", "Doetinchem, 23 juni 2025 — R.J. Wissink, voorzitter college van bestuur Stichting ROC "
          "Slinge-IJssel"),
]


@register(196, "h196_twee_kolommen_geintegreerde_route_horeca_oude_ijsselstreek", "pdf",
          "Tweekoloms PDF met korte paragraafkoppen; Oude IJsselstreek, geïntegreerde route Horeca, "
          "bakkerij en recreatie bb -> Kok / Gastheer-gastvrouw niveau 2; volledig, passende plek zonder "
          "automatische Entree, overdracht met omvang en bestemming, zwijgt over medezeggenschap",
          S("PPPPPPPNPP"),
          {"a": "§ 1 Welke route", "b": "§ 5 Werkveld", "c": "§ 2 Regie", "d": "§ 3 Rekenschap",
           "e": "§ 4 Onderwijs, mensen en middelen", "f": "§ 6 Uitstappen en overstappen",
           "g": "§ 7 Geld", "i": "§ 8 Als we het niet eens zijn",
           "j": "§ 9 Duur, uitbreiding, aanpassing en einde"})
def build_196(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Frame, PageTemplate, NextPageTemplate, FrameBreak
    st = pdf_styles(base="Helvetica", bold="Helvetica-Bold", size=8.6)
    st["h"].textColor = "#7a2a12"
    W, Hh = A4
    lm, rm, tm, bm, gap = 42, 42, 48, 50, 18
    colw = (W - lm - rm - gap) / 2
    title_h = 70

    def templates(doc, deco):
        first = PageTemplate(id="first", onPage=deco, frames=[
            Frame(lm, Hh - tm - title_h, W - lm - rm, title_h, id="title", showBoundary=0),
            Frame(lm, bm, colw, Hh - tm - title_h - bm - 6, id="l1"),
            Frame(lm + colw + gap, bm, colw, Hh - tm - title_h - bm - 6, id="r1")])
        later = PageTemplate(id="later", onPage=deco, frames=[
            Frame(lm, bm, colw, Hh - tm - bm, id="l"),
            Frame(lm + colw + gap, bm, colw, Hh - tm - bm, id="r")])
        return [first, later]

    fl = blocks_to_flowables(H196_HEAD, st) + [NextPageTemplate("later"), FrameBreak()]
    fl += blocks_to_flowables(H196, st)
    write_pdf(path, fl, "Samenwerkingsovereenkomst geintegreerde route horeca",
              header="Het Ulenborgh Vakcollege · ROC Slinge-IJssel", footer_fmt="%d",
              font="Helvetica", templates=templates)


# ============================================================================================
# h197 - interne regeling verticale scholengemeenschap, Bouwen, wonen en interieur kb -> mbo-3, DOCX
# ============================================================================================

H197 = [
    ("title", "Interne regeling doorlopende leerroute Bouwen, wonen en interieur – Bouw niveau 3"),
    ("meta", "Verticale scholengemeenschap De Lemelerberg, Ommen · vastgesteld bij besluit van het college "
             "van bestuur van 24 juni 2025 · kenmerk CvB/2025/117"),
    ("p", "Het college van bestuur van Stichting Onderwijsgroep Regge en Vecht, bevoegd gezag van de "
          "verticale scholengemeenschap De Lemelerberg te Ommen;"),
    ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde "
          "lid, van de Wet educatie en beroepsonderwijs;"),
    ("p", "overwegende dat de doorlopende leerroute geheel wordt verzorgd binnen de verticale "
          "scholengemeenschap, door de vmbo-afdeling en de mbo-afdeling Bouw & Hout van De Lemelerberg, en "
          "dat daarom in plaats van een samenwerkingsovereenkomst een interne regeling wordt vastgesteld;"),
    ("p", "besluit vast te stellen de volgende regeling."),

    ("h", "Artikel 1 – Begripsbepalingen"),
    ("p", "In deze regeling wordt verstaan onder:"),
    ("li", "college: het college van bestuur van Stichting Onderwijsgroep Regge en Vecht;"),
    ("li", "vmbo-afdeling: de afdeling van De Lemelerberg voor voorbereidend beroepsonderwijs;"),
    ("li", "mbo-afdeling: de afdeling Bouw & Hout van De Lemelerberg voor middelbaar beroepsonderwijs;"),
    ("li", "route: de doorlopende leerroute bedoeld in artikel 2;"),
    ("li", "routeteam: de routeleider en de twee docenten bedoeld in artikel 3, eerste lid."),

    ("h", "Artikel 2 – Reikwijdte en opleidingen"),
    ("p", "1. De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Bouwen, wonen en "
          "interieur, en leidt tot een diploma van een vakopleiding (niveau 3) in het opleidingsdomein Bouw "
          "en infra: Allround timmerman of Allround metselaar, in de beroepsbegeleidende leerweg vanaf het "
          "vierde leerjaar van de route."),
    ("p", "2. De route duurt vijf leerjaren. Het vmbo-diploma wordt behaald in het tweede leerjaar van de "
          "route."),
    ("p", "3. De route wordt gemeld aan Onze Minister door registratie in het Register Instellingen en "
          "Opleidingen."),

    ("h", "Artikel 3 – Routeleiding"),
    ("p", "1. De leiding over de route berust bij een routeleider, die wordt bijgestaan door twee docenten: "
          "een docent bouwtechniek van de vmbo-afdeling en een docent timmeren of metselen van de "
          "mbo-afdeling. Zij vormen samen het routeteam."),
    ("p", "2. Het routeteam heeft tot taak:"),
    ("li", "het opstellen van de jaarplanning, het rooster en de groepsindeling van de route;"),
    ("li", "het voorbereiden van het PTA/OER bedoeld in artikel 5;"),
    ("li", "de toelating van leerlingen tot de route en de loopbaanbegeleiding;"),
    ("li", "het onderhouden van de contacten met de bouwbedrijven bedoeld in artikel 7;"),
    ("li", "het voorbereiden van overstapbesluiten bedoeld in artikel 8."),
    ("p", "3. De routeleider beslist zelfstandig over het rooster, de groepsindeling en de toelating tot de "
          "route. Besluiten over de formatie, over het PTA/OER en over de inhoud van de route zijn "
          "voorbehouden aan het college."),

    ("h", "Artikel 4 – Informatie en verantwoording"),
    ("p", "1. De routeleider brengt in januari en in juli schriftelijk verslag uit aan het college over de "
          "voortgang van de route, waaronder de in-, door- en uitstroom en de examenresultaten."),
    ("p", "2. Vóór 1 november legt de routeleider in een jaarverslag verantwoording af over het afgelopen "
          "schooljaar. Het college bespreekt het jaarverslag met het routeteam en de directeuren van beide "
          "afdelingen."),

    ("h", "Artikel 5 – Onderwijsprogramma en examinering"),
    ("p", "1. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar worden "
          "beschreven in één PTA/OER, met de aanduiding welke onderdelen tot het vmbo-programma en welke "
          "tot het mbo-programma behoren. Het college stelt het PTA/OER jaarlijks vóór 1 juli vast."),
    ("p", "2. Op hoofdlijnen ziet de route er als volgt uit:"),
    ("table", None),
    ("p", "3. De examencommissie van de vmbo-afdeling is verantwoordelijk voor de vmbo-examinering, de "
          "examencommissie van de mbo-afdeling voor de mbo-examinering."),

    ("h", "Artikel 6 – Personeel en voorzieningen"),
    ("p", "1. Docenten van beide afdelingen vormen samen één docententeam. In leerjaar 3 en 4 geeft een "
          "docent timmeren van de mbo-afdeling zes lesuren per week praktijkonderwijs aan de leerlingen van "
          "de route; een docent Nederlands van de vmbo-afdeling geeft in het derde leerjaar van de route "
          "twee lesuren per week taalondersteuning."),
    ("p", "2. Voor de praktijkmodules Houtskeletbouw en Metselwerk wordt gebruikgemaakt van de "
          "teambevoegdheid bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Het PTA/OER vermeldt "
          "per module welke docenten tot het team behoren en voor welk deel zij bevoegd zijn."),
    ("p", "3. Leerlingen van de route gebruiken vanaf leerjaar 3 de bouwhal en de machinale "
          "houtbewerkingsruimte van de mbo-afdeling aan de Hammerweg. De vmbo-afdeling stelt haar "
          "praktijklokaal bouw en haar theorielokalen beschikbaar voor de lessen van de mbo-afdeling."),
    ("p", "4. Tot het derde leerjaar van de route staat de leerling ingeschreven bij de vmbo-afdeling, daarna "
          "bij de mbo-afdeling. De klachtenregeling van De Lemelerberg geldt voor de gehele route."),

    ("h", "Artikel 7 – Betrokkenheid bouwbedrijven"),
    ("p", "1. Aannemersbedrijf Ter Horst B.V. (Ommen), Bouwbedrijf Nijhuis & Kamphuis (Dalfsen) en "
          "Timmerfabriek Vilsteren zijn als erkende leerbedrijven verbonden aan de route. De adviseur "
          "praktijkleren van SBB en Bouwend Nederland, afdeling Vechtdal, nemen deel aan het overleg "
          "bedoeld in het derde lid."),
    ("p", "2. De leerbedrijven bieden iedere leerling in leerjaar 4 een snuffelstage van twee weken en "
          "vanaf het vierde leerjaar van de route een leerwerkplek in de beroepsbegeleidende leerweg. Zij "
          "leveren praktijkopdrachten en beoordelen mee bij de proeven van bekwaamheid."),
    ("p", "3. Het routeteam bespreekt tweemaal per jaar met deze partners het programma en neemt hun "
          "adviezen mee in de voorbereiding van het PTA/OER."),

    ("h", "Artikel 8 – Overstap"),
    ("p", "1. Eindigt de deelname aan de route voordat de leerling haar met goed gevolg heeft afgerond, of "
          "is de leerling afgewezen voor het vmbo-examen, dan wordt hij in staat gesteld een vmbo-diploma "
          "of een mbo-diploma te behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd."),
    ("p", "2. Daarbij gelden de volgende mogelijkheden:"),
    ("li", "voortzetting in de reguliere kaderberoepsgerichte leerweg van de vmbo-afdeling, in hetzelfde of "
           "een ander profiel;"),
    ("li", "het overdoen van het examenjaar vmbo of, zonder vmbo-diploma, instroom in de opleiding Timmerman "
           "of Metselaar (niveau 2) van de mbo-afdeling;"),
    ("li", "na het tweede leerjaar van de route: overstap naar een andere opleiding op niveau 3 van De "
           "Lemelerberg, ook buiten de bouw; de vooropleidingseisen gelden daarbij niet;"),
    ("li", "bij een overstap naar een andere school of instelling: een warme overdracht en ondersteuning bij "
           "het geschiktheidsonderzoek."),
    ("p", "3. De directeur van de vmbo-afdeling en de directeur van de mbo-afdeling besluiten gezamenlijk "
          "welke mogelijkheid wordt geboden, op voorstel van het routeteam en na een gesprek met de leerling "
          "en zijn ouders."),
    ("p", "4. De werkwijze wordt opgenomen in de schoolgids."),

    ("h", "Artikel 9 – Evaluatie"),
    ("p", "Het college evalueert deze regeling elke drie jaar, voor het eerst in 2028, en betrekt daarbij "
          "het jaarverslag bedoeld in artikel 4."),

    ("h", "Artikel 10 – Inwerkingtreding en citeertitel"),
    ("p", "1. Deze regeling treedt in werking op 1 augustus 2025."),
    ("p", "2. Zij wordt aangehaald als: Interne regeling DLR Bouw De Lemelerberg."),
    ("p", ""),
    ("p", "Aldus vastgesteld door het college van bestuur op 24 juni 2025."),
    ("p", "drs. A.W. Kroeze, voorzitter college van bestuur"),
    ("p", "mr. L. Boerrigter, lid college van bestuur"),
]

H197_TABLE = [
    ("Leerjaar route", "Onderwijs", "Locatie"),
    ("1 (vmbo 3)", "vmbo-programma BWI, start mbo-modules timmeren", "vmbo-afdeling, bouwhal mbo"),
    ("2 (vmbo 4)", "centraal examen vmbo, mbo-modules metselen en houtskeletbouw", "vmbo-afdeling, bouwhal mbo"),
    ("3", "mbo-programma niveau 3, bol, keuze timmeren of metselen", "mbo-afdeling"),
    ("4–5", "bbl: leerwerkplek bij leerbedrijf, proeven van bekwaamheid", "leerbedrijf, mbo-afdeling"),
]


@register(197, "h197_interne_regeling_vsg_bouw_ommen", "docx",
          "Interne regeling (besluit CvB) van een verticale scholengemeenschap, Word met tabel; Ommen, "
          "Bouwen, wonen en interieur kb -> Allround timmerman/metselaar niveau 3; leiding zonder wijze van "
          "benoeming; niets over financiën; h-j niet vereist",
          S("PPWPPPMNNN"),
          {"a": "Artikel 2 – Reikwijdte en opleidingen", "b": "Artikel 7 – Betrokkenheid bouwbedrijven",
           "d": "Artikel 4 – Informatie en verantwoording", "e": "Artikel 6 – Personeel en voorzieningen",
           "f": "Artikel 8 – Overstap"})
def build_197(path):
    from docx.shared import Pt, RGBColor
    d = docx_new()
    st = d.styles["Normal"]
    st.font.name = "Cambria"
    st.font.size = Pt(10.5)
    for kind, text in H197:
        if kind == "title":
            d.add_heading(text, level=0)
        elif kind == "meta":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.italic = True
            r.font.size = Pt(9)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif kind == "h":
            d.add_heading(text, level=2)
        elif kind == "p":
            d.add_paragraph(text)
        elif kind == "li":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(H197_TABLE), cols=3)
            t.style = "Table Grid"
            for i, row in enumerate(H197_TABLE):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = cell
                    if i == 0:
                        c.paragraphs[0].runs[0].bold = True
    docx_save(d, path)


# ============================================================================================
# h198 - DOCX, headings that never name the topic, annexes declared part of the agreement,
#        Economie en ondernemen gl -> Manager retail niveau 4
# ============================================================================================

H198 = [
    ("title", "Overeenkomst Route Retail Zuidplas"),
    ("meta", "Doorlopende leerroute vmbo-mbo · Moordrecht College en ROC Gouwe en IJssel · 2025"),
    ("h", "1. Wie tekenen"),
    ("p", "Stichting Openbaar Voortgezet Onderwijs Zuidplas, bevoegd gezag van het Moordrecht College te "
          "Moordrecht, vertegenwoordigd door mevrouw S. El Amrani, voorzitter van het college van bestuur "
          "(“het Moordrecht College”), en Stichting ROC Gouwe en IJssel, gevestigd te Gouda, "
          "vertegenwoordigd door de heer B.P. van der Graaf, voorzitter van het college van bestuur (“het "
          "ROC”), spreken het volgende af. Samen heten zij hierna “partijen”."),

    ("h", "2. Het vertrekpunt"),
    ("p", "2.1 Partijen verzorgen vanaf 1 augustus 2025 samen een doorlopende leerroute voor leerlingen van "
          "de gemengde leerweg met het profiel Economie en ondernemen. De route leidt tot het diploma van de "
          "middenkaderopleiding Manager retail (niveau 4) in het opleidingsdomein Handel van het ROC, met het "
          "keuzedeel Ondernemerschap retail."),
    ("p", "2.2 Het vmbo-diploma wordt behaald aan het einde van het tweede jaar van de route. Daarna volgt "
          "de student de opleiding in de beroepsopleidende leerweg bij het ROC. De route duurt vijf jaar; "
          "de opbouw per leerjaar staat in Bijlage 1."),
    ("p", "2.3 Partijen registreren de route samen bij DUO voordat de eerste leerlingen starten."),

    ("h", "3. Mensen van buiten"),
    ("p", "3.1 Vijf winkelbedrijven uit de regio vormen samen met het ondernemersplatform Winkelhart "
          "Nieuwerkerk en een adviseur van SBB de “ondernemerstafel” van de route: Boekhandel Verwoerd, "
          "Supermarkt Dekker Moordrecht, Fietsen Van Vliet, Mode & Zo Gouda en Bouwmarkt Ouderkerk."),
    ("p", "3.2 De ondernemerstafel komt drie keer per jaar bij elkaar met het kernteam (zie 4). De bedrijven "
          "leveren per schooljaar ten minste twee echte opdrachten voor het ondernemend project, bieden in "
          "het tweede jaar van de route een meeloopstage van vijf dagen en daarna bpv-plaatsen als erkend "
          "leerbedrijf, en zitten als gecommitteerde bij de presentatie van het ondernemingsplan."),
    ("p", "3.3 Het kernteam laat jaarlijks aan de ondernemerstafel weten wat er met haar adviezen over het "
          "programma is gedaan."),

    ("h", "4. Aan het roer"),
    ("p", "4.1 De route wordt geleid door een kernteam, dat bestaat uit de afdelingsleider gemengde en "
          "theoretische leerweg van het Moordrecht College, de onderwijsmanager Handel van het ROC en een "
          "routeregisseur."),
    ("p", "4.2 Ieder college van bestuur wijst het eigen lid van het kernteam aan. De routeregisseur wordt "
          "door de beide colleges van bestuur gezamenlijk aangesteld, voor drie jaar; hij of zij is in "
          "dienst van het ROC en wordt voor de helft van de tijd gedetacheerd bij het Moordrecht College."),
    ("p", "4.3 Het kernteam is namens beide colleges verantwoordelijk voor de dagelijkse gang van zaken: "
          "werving en toelating, rooster en jaarplanning, het gezamenlijke PTA/OER, de inzet van docenten "
          "volgens 6.3, het overleg met de ondernemerstafel en besluiten over een andere afslag volgens 7. "
          "Het kernteam mag daarover zelf beslissen binnen het routebudget uit Bijlage 2. Voor besluiten "
          "die daarbuiten vallen of die gevolgen hebben voor het personeel van een partij is toestemming "
          "van beide colleges nodig."),

    ("h", "5. Open boek"),
    ("p", "5.1 Aan het eind van ieder trimester stuurt het kernteam beide colleges een beknopt dashboard "
          "met het aantal leerlingen en studenten, verzuim, tussentijdse uitstroom en resultaten."),
    ("p", "5.2 Elk jaar vóór 15 oktober brengt het kernteam een jaarrapportage uit aan beide colleges en "
          "legt het daarover in een gezamenlijk gesprek met beide colleges verantwoording af over het "
          "gevoerde beleid en de besteding van het routebudget."),

    ("h", "6. Dagelijkse praktijk"),
    ("p", "6.1 In de eerste twee jaar van de route krijgen de leerlingen les op het Moordrecht College en "
          "werken zij één middag per week in het Retail Lab van het ROC in Gouda. Vanaf het derde jaar "
          "volgen zij het onderwijs bij het ROC."),
    ("p", "6.2 Het programma en de toetsing per leerjaar, met de aanduiding welke onderdelen vmbo en welke "
          "mbo zijn, worden vastgelegd in het gezamenlijke PTA/OER. Bijlage 1 geeft het kader daarvoor."),
    ("p", "6.3 Een docent retail van het ROC geeft in de eerste twee jaar vier uur per week les op het "
          "Moordrecht College; een docent economie van het Moordrecht College geeft in het derde jaar twee "
          "uur per week les in het ondernemend project bij het ROC. Teambevoegdheid wordt niet toegepast: "
          "ieder onderdeel wordt gegeven door een docent die daarvoor zelf bevoegd is. Docenten blijven in "
          "dienst van hun eigen werkgever."),
    ("p", "6.4 Het ROC stelt het Retail Lab met de winkelinrichting, de kassasystemen en de webshopomgeving "
          "ter beschikking; het Moordrecht College zijn computerlokaal en de mediatheek."),
    ("p", "6.5 De eerste twee jaar staat de leerling ingeschreven bij het Moordrecht College, daarna bij het "
          "ROC. De klachtenregeling van elke partij geldt ook voor gedragingen van medewerkers van de "
          "andere partij binnen de route."),

    ("h", "7. Een andere afslag"),
    ("p", "7.1 Een leerling of student die de route niet afmaakt, krijgt een alternatief waarmee hij toch "
          "een diploma kan halen dat past bij het niveau dat hij heeft bereikt en bij zijn leeftijd."),
    ("p", "7.2 In de eerste twee jaar kan hij terug naar de reguliere gemengde of theoretische leerweg van "
          "het Moordrecht College. Haalt hij het vmbo-diploma niet, dan kan hij het examenjaar overdoen of "
          "bij het ROC beginnen aan de vakopleiding Verkoopspecialist (niveau 3); blijkt niveau 4 te hoog "
          "gegrepen, dan stapt hij binnen het ROC over naar die opleiding. Past de richting niet, dan "
          "kiest hij een andere opleiding op niveau 4 van het ROC, bijvoorbeeld in het domein Economie en "
          "administratie. Binnen het ROC gelden daarbij de vooropleidingseisen niet. Voor een andere "
          "instelling zorgen partijen voor een warme overdracht en hulp bij het geschiktheidsonderzoek."),
    ("p", "7.3 Het kernteam kiest samen met de leerling en zijn ouders het alternatief; de afdelingsleider "
          "en de onderwijsmanager nemen het besluit gezamenlijk, binnen vier weken. De werkwijze staat in "
          "de schoolgids en in de studiegids."),

    ("h", "8. Over en weer"),
    ("p", "8.1 Het Moordrecht College draagt met toepassing van artikel 5.42a WVO 2020 voor iedere leerling "
          "in de eerste twee jaar van de route € 650 per schooljaar over aan het ROC, bestemd voor de "
          "lessen van de docent retail (6.3) en het gebruik van het Retail Lab."),
    ("p", "8.2 Het ROC draagt met toepassing van artikel 9.1.15 WEB voor iedere student in het derde jaar "
          "van de route € 300 per schooljaar over aan het Moordrecht College, bestemd voor de lessen van "
          "de docent economie in het ondernemend project (6.3)."),
    ("p", "8.3 De berekening, de peildatum en de betaaldata staan in Bijlage 2, evenals het routebudget "
          "waarover het kernteam beslist."),

    ("h", "9. Gehoord worden"),
    ("p", "9.1 Naast de medezeggenschapsraad van het Moordrecht College en de studentenraad en de "
          "ondernemingsraad van het ROC, die hun wettelijke rechten houden, stellen partijen een "
          "klankbordgroep van de route in. Daarin zitten twee ouders uit de oudergeleding van de "
          "medezeggenschapsraad, twee leerlingen uit de eerste twee jaar van de route en twee studenten die "
          "door de studentenraad worden voorgedragen."),
    ("p", "9.2 De klankbordgroep komt twee keer per jaar bijeen met het kernteam en mag het kernteam en de "
          "colleges gevraagd en ongevraagd adviseren. Een wijziging van Bijlage 1 wordt vooraf voor advies "
          "aan de klankbordgroep voorgelegd."),

    ("h", "10. Als het schuurt"),
    ("p", "10.1 Verschillen over de uitvoering van deze overeenkomst worden eerst in het kernteam en daarna, "
          "binnen vier weken, door de beide colleges van bestuur besproken."),
    ("p", "10.2 Zijn partijen het acht weken na de eerste melding nog niet eens, dan wordt het geschil "
          "beslecht door arbitrage volgens het Arbitragereglement van het Nederlands Arbitrage Instituut. "
          "Het scheidsgerecht bestaat uit één arbiter; de plaats van arbitrage is Rotterdam."),

    ("h", "11. Deuren open en dicht"),
    ("p", "11.1 Deze overeenkomst geldt voor onbepaalde tijd."),
    ("p", "11.2 Een andere school met de gemengde leerweg en het profiel Economie en ondernemen, of een "
          "andere mbo-instelling met een opleiding in de retail, kan aansluiten als beide colleges daarmee "
          "schriftelijk instemmen en de nieuwe partij de overeenkomst met bijlagen door ondertekening "
          "aanvaardt. Aansluiting gaat in op 1 augustus en wordt bij DUO gemeld."),
    ("p", "11.3 Wijzigingen van deze overeenkomst of van de bijlagen gelden alleen als beide colleges ze "
          "schriftelijk vastleggen en ondertekenen."),
    ("p", "11.4 Elke partij kan de overeenkomst opzeggen per 1 augustus, met een opzegtermijn van ten "
          "minste één jaar, per aangetekende brief."),
    ("p", "11.5 Partijen zorgen bij aansluiting, wijziging en opzegging dat leerlingen en studenten daar zo "
          "weinig mogelijk van merken. Na een opzegging start er geen nieuwe groep meer; wie al in de route "
          "zit, maakt haar onder dezelfde voorwaarden af."),

    ("h", "12. Wat erbij hoort"),
    ("p", "De bijlagen 1 (Routekaart per leerjaar) en 2 (Rekenblad) maken onlosmakelijk deel uit van deze "
          "overeenkomst. Bij strijdigheid gaat de tekst van de overeenkomst voor."),
    ("p", ""),
    ("p", "Moordrecht, 20 juni 2025 – S. El Amrani, voorzitter college van bestuur Stichting Openbaar "
          "Voortgezet Onderwijs Zuidplas"),
    ("p", "Gouda, 20 juni 2025 – B.P. van der Graaf, voorzitter college van bestuur Stichting ROC Gouwe en "
          "IJssel"),
    ("pagebreak", None),
    ("h", "Bijlage 1 – Routekaart per leerjaar"),
    ("table1", None),
    ("pagebreak", None),
    ("h", "Bijlage 2 – Rekenblad"),
    ("p", "Peildatum voor het aantal leerlingen en studenten is 1 oktober van het schooljaar. Het ROC "
          "factureert de overdracht bedoeld in 8.1 op 1 december; het Moordrecht College factureert de "
          "overdracht bedoeld in 8.2 op 1 maart. Rekenvoorbeeld voor het eerste volledige jaar:"),
    ("table2", None),
    ("p", "Routebudget: voor werving, excursies en materiaal voor het ondernemend project stellen partijen "
          "ieder € 2.500 per schooljaar beschikbaar; het kernteam beheert dit budget en verantwoordt het "
          "in de jaarrapportage (5.2)."),
]

H198_T1 = [
    ("Jaar", "Vmbo-deel", "Mbo-deel", "Waar"),
    ("1 (vmbo 3)", "profiel Economie en ondernemen, algemene vakken", "basis retail, klantcontact", "Moordrecht College / Retail Lab"),
    ("2 (vmbo 4)", "centraal examen gl", "verkoop en presentatie, meeloopstage", "Moordrecht College / Retail Lab"),
    ("3", "–", "ondernemend project, bpv 12 weken", "ROC Gouda"),
    ("4", "–", "leidinggeven in de winkel, bpv 20 weken", "ROC Gouda / leerbedrijf"),
    ("5", "–", "ondernemingsplan, examens", "ROC Gouda / leerbedrijf"),
]

H198_T2 = [
    ("Post", "Grondslag", "Bedrag"),
    ("Overdracht 8.1 (Moordrecht College → ROC)", "2 × 22 leerlingen × € 650", "€ 28.600"),
    ("Overdracht 8.2 (ROC → Moordrecht College)", "20 studenten × € 300", "€ 6.000"),
    ("Routebudget", "2 × € 2.500", "€ 5.000"),
]


@register(198, "h198_bijlagen_deel_overeenkomst_koppen_zonder_onderwerp_retail_zuidplas", "docx",
          "Word-overeenkomst met beeldende koppen die het onderwerp nooit noemen en twee bijlagen die "
          "onlosmakelijk deel uitmaken; Zuidplas, Economie en ondernemen gl -> Manager retail niveau 4; "
          "volledig, overdracht in twee richtingen, klankbordgroep, arbitrage",
          S("PPPPPPPPPP"),
          {"a": "2. Het vertrekpunt", "b": "3. Mensen van buiten", "c": "4. Aan het roer",
           "d": "5. Open boek", "e": "6. Dagelijkse praktijk", "f": "7. Een andere afslag",
           "g": "8. Over en weer", "h": "9. Gehoord worden", "i": "10. Als het schuurt",
           "j": "11. Deuren open en dicht"})
def build_198(path):
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_BREAK
    d = docx_new()
    st = d.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(10.5)
    for kind, text in H198:
        if kind == "title":
            d.add_heading(text, level=0)
        elif kind == "meta":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.font.size = Pt(9.5)
            r.font.color.rgb = RGBColor(0x2F, 0x55, 0x7F)
        elif kind == "h":
            d.add_heading(text, level=1)
        elif kind == "p":
            d.add_paragraph(text)
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("table1", "table2"):
            rows = H198_T1 if kind == "table1" else H198_T2
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Light Grid Accent 1"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    docx_save(d, path)


# ============================================================================================
# h199 - AOC model form filled in by hand (blue answers in boxes), Groen kb -> Vakbekwaam hovenier 3, PDF
# ============================================================================================

DOTS = "." * 118

# (kind, text): 'h' template heading, 'i' printed instruction, 'pt' printed template text,
# 'a' filled-in answer (one box; lines separated by \n), 'x' unfilled dotted lines
H199 = [
    ("h", "Partijen"),
    ("i", "(naam bevoegd gezag school, vestigingsplaats, vertegenwoordiger)"),
    ("a", "Stichting Onderwijs Gemert-Bakel (SOGB), Gemert – bevoegd gezag van Vakcollege De Kleine Aa\n"
          "vertegenw. door dhr. T. Verhoeven, bestuurder"),
    ("pt", "en"),
    ("i", "(naam bevoegd gezag instelling, vestigingsplaats, vertegenwoordiger)"),
    ("a", "Stichting AOC De Peelrand, Deurne\nvertegenw. door mw. drs. I. Swinkels, vz. college van bestuur"),
    ("pt", "verklaren te zijn overeengekomen:"),
    ("h", "Doel en wijze van samenwerking"),
    ("pt", "Op grond van deze overeenkomst verzorgen ondergetekenden gezamenlijk een doorlopende leerroute "
           "vmbo-mbo. Ondergetekenden beschrijven voor de gehele route het onderwijsprogramma, de examinering "
           "en de beroepspraktijkvorming per leerjaar en melden de route gezamenlijk aan bij DUO (RIO)."),

    ("h", "1. De doorlopende leerroute"),
    ("i", "(vmbo-profiel en leerweg; mbo-opleiding(en), niveau en opleidingsdomein)"),
    ("a", "vmbo kaderberoepsgerichte leerweg, profiel Groen (keuzevakken Groene ruimte en Vergroening "
          "stedelijke omgeving)\n-> mbo niveau 3 Vakbekwaam hovenier, domein Voedsel, natuur en "
          "leefomgeving, BOL (vanaf 2e mbo-jaar BBL mogelijk)\nroute 4 jaar, vmbo-diploma in 2e jaar route"),

    ("h", "2. Betrokkenheid bedrijfsleven"),
    ("i", "(welke bedrijven / branche, welke rol: bpv, gastlessen, opdrachten, advies, beoordeling)"),
    ("a", "Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute, zoals "
          "gebruikelijk bij het AOC."),

    ("h", "3a. Leiding van de route"),
    ("i", "(samenstelling, wijze van benoeming, taken en bevoegdheden)"),
    ("a", "Routeteam = teamleider kb De Kleine Aa + opleidingsmanager Groen AOC + routecoördinator "
          "(mw. L. van de Ven, AOC).\nTeamleider en opl.manager aangewezen door eigen bestuur; coördinator "
          "benoemd door beide besturen samen (2 jaar).\nTaken: jaarplanning + rooster, gezamenlijk PTA/OER, "
          "intake, inzet docenten, contact ouders.\nBeslist zelf binnen de jaarbegroting; formatie en "
          "PTA/OER -> besluit beide besturen."),

    ("h", "3b. Inlichtingen en verantwoording"),
    ("i", "(hoe en hoe vaak informeert de leiding beide besturen en legt zij verantwoording af)"),
    ("a", "Halfjaarlijks (jan. + juli) schriftelijke voortgangsrapportage aan beide besturen "
          "(aantallen, uitval, resultaten).\nJaarevaluatie + verantwoording in bestuurlijk overleg, "
          "september."),

    ("h", "4. Organisatie en onderwijs"),
    ("i", "a. locatie(s)   b. faciliteiten   c. inzet personeel"),
    ("a", "a. vo-fase: De Kleine Aa, Gemert + 1 dag/wk praktijkterrein De Tuinderij AOC Deurne; "
          "mbo-fase: AOC Deurne + bpv\nb. AOC: praktijkterrein, machinepark (minigraver, maaiers), kas. "
          "School: theorielokalen, Chromebooks\nc. AOC-docent hoveniersvak 8 u/wk in vo-fase; vmbo-docent "
          "groen gaat mee naar De Tuinderij; samen 1 team voor module Aanleg & onderhoud (teambevoegdheid, "
          "zie PTA/OER). Ieder blijft in dienst eigen werkgever."),

    ("h", "5. Overstapmogelijkheden"),
    ("pt", "Deelnemers die de doorlopende leerroute niet met succes afronden, hebben de volgende "
           "mogelijkheden:"),
    ("a", "- stoppen in vo-fase: terug naar regulier kb Groen op De Kleine Aa -> vmbo-diploma\n"
          "- vmbo-diploma niet gehaald: examenjaar overdoen, of zonder vmbo-diploma instromen in mbo-2 "
          "Hovenier (vooropl.eisen gelden niet binnen AOC)\n- mbo-fase, andere richting: andere niv. 3 "
          "opleiding AOC (bv. Vakbekwaam medewerker dierverzorging)\n- verhuizing: ander AOC/ROC, "
          "warme overdracht + geschiktheidsonderzoek"),

    ("h", "6. Financiën"),
    ("pt", "[X]  Er vindt geen overdracht van bekostiging plaats tussen ondergetekenden."),
    ("pt", "[  ]  Er vindt wel overdracht van bekostiging plaats; omvang en bestemming: zie bijlage F."),

    ("h", "7. Medezeggenschap (optioneel)"),
    ("i", "(aanvullende afspraken bovenop WMS / WEB / WOR)"),
    ("x", None),

    ("h", "8. Geschillen"),
    ("i", "(wijze van geschilbeslechting tussen partijen over de uitvoering van de overeenkomst)"),
    ("a", "1) routeteam  2) bestuurders binnen 4 wkn  3) mediation via Mediatorsfederatie NL  "
          "4) daarna rechtbank Oost-Brabant, 's-Hertogenbosch"),

    ("h", "9. Toetreding andere partijen"),
    ("i", "(voorwaarden waaronder een andere school of instelling partij kan worden)"),
    ("a", "Andere vmbo-school met profiel Groen of ander AOC/ROC kan aansluiten met schriftelijke instemming van beide "
          "besturen + ondertekening aanvullende overeenkomst; start per 1 aug., melding DUO door alle "
          "partijen."),

    ("h", "10. Wijziging en beëindiging"),
    ("i", "(voorwaarden opzegging/ontbinding, wijze van wijziging; gevolgen voor leerlingen beperken)"),
    ("a", "Wijzigen: alleen schriftelijk, beide besturen tekenen.\nOpzeggen: alleen per 1 aug., "
          "opzegtermijn 12 mnd, schriftelijk.\nLopende leerlingen/studenten ronden de route af; na "
          "opzegging geen nieuwe instroom."),

    ("h", "Ondertekening"),
    ("a", "Gemert, 5 juni 2025   T. Verhoeven\nDeurne, 11 juni 2025   I. Swinkels"),
]


@register(199, "h199_aoc_model_handmatig_ingevuld_hovenier_gemert_bakel", "pdf",
          "Modelformulier van een AOC, met de hand ingevuld (blauwe antwoorden in vakken, afkortingen), PDF; "
          "Gemert-Bakel, Groen kb -> Vakbekwaam hovenier niveau 3; bedrijfsleven alleen herhaling van de "
          "wet; overstap zonder wie beslist; medezeggenschapsvak leeg met stippellijnen",
          S("PWPPPWPWPP"),
          {"a": "1. De doorlopende leerroute", "c": "3a. Leiding van de route",
           "d": "3b. Inlichtingen en verantwoording", "e": "4. Organisatie en onderwijs",
           "g": "6. Financiën", "i": "8. Geschillen", "j": "10. Wijziging en beëindiging"})
def build_199(path):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
    blue = colors.HexColor("#1f3a93")
    st_h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=9,
                          spaceAfter=2, keepWithNext=1)
    st_i = ParagraphStyle("i", fontName="Helvetica-Oblique", fontSize=8, leading=10,
                          textColor=colors.HexColor("#707070"), spaceAfter=2, keepWithNext=1)
    st_pt = ParagraphStyle("pt", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=3)
    st_a = ParagraphStyle("a", fontName="Courier-Oblique", fontSize=9.2, leading=12.5, textColor=blue)
    st_t = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=2)
    st_s = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=12,
                          textColor=colors.HexColor("#4a6b2a"), spaceAfter=8)
    full = 595.27 - 2 * 56
    fl = [Paragraph("Model samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo", st_t),
          Paragraph("AOC De Peelrand · model SOK-DLR versie 2.1 (2024) · in te vullen door de vo-school en "
                    "het AOC, per route één formulier", st_s)]
    for kind, text in H199:
        if kind == "h":
            fl.append(Paragraph(esc(text), st_h))
        elif kind == "i":
            fl.append(Paragraph(esc(text), st_i))
        elif kind == "pt":
            fl.append(Paragraph(esc(text), st_pt))
        elif kind in ("a", "x"):
            if kind == "a":
                cell = [Paragraph(esc(line), st_a) for line in text.split("\n")]
            else:
                cell = [Paragraph(DOTS[:96], st_pt) for _ in range(3)]
            t = Table([[cell]], colWidths=[full])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#9aa89a")),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbfbf4")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            fl.append(t)
            fl.append(Spacer(1, 2))
    write_pdf(path, fl, "Model SOK DLR AOC De Peelrand - ingevuld",
              header="AOC De Peelrand – model SOK-DLR v2.1 – ingevuld exemplaar Vakcollege De Kleine Aa",
              footer_fmt="blad %d", font="Helvetica", margins=(56, 56, 56, 56))


# ============================================================================================
# h200 - very short plain-text agreement, Media, vormgeving en ICT gl -> Software developer 4
# ============================================================================================

H200 = """
SAMENWERKINGSOVEREENKOMST DLR MVI - SOFTWARE DEVELOPER (kort model)

Partijen: Stichting VO Eemvallei, bevoegd gezag van het Eemvallei College te Bunschoten-Spakenburg
(school), en Stichting ROC Eemland-Noord te Amersfoort (ROC), beide vertegenwoordigd door de
voorzitter van het college van bestuur.

1  Route. Gemengde leerweg, profiel Media, vormgeving en ICT -> mbo niveau 4 Software developer
   (domein ICT en creatieve industrie), bol. Duur 4 jaar; vmbo-diploma in jaar 2 van de route.

2  Leiding. Stuurgroep: afdelingsleider gl (school), opleidingsmanager ICT (ROC) en een
   routecoordinator. De eerste twee wijst ieder bestuur zelf aan; de coordinator benoemen de
   besturen samen. Taken: rooster, PTA/OER, toelating, docentinzet, overstapbesluiten (zie 6).
   De stuurgroep beslist zelf binnen de jaarbegroting; al het andere beslissen de besturen.

3  Verslag. De stuurgroep rapporteert elk kwartaal schriftelijk aan beide besturen en legt jaarlijks
   voor 1 november met een jaarverslag verantwoording af in het bestuurlijk overleg.

4  Uitvoering. Jaar 1-2 op de school, met een middag per week in het ICT-lab van het ROC; jaar 3-4
   op het ROC. Programma en examinering per leerjaar in een gezamenlijk PTA/OER, jaarlijks voor
   1 juli vastgesteld door beide besturen. Een ROC-docent programmeren geeft in jaar 1-2 vier uur
   per week les op de school; de schooldocent informatica geeft in jaar 3 twee uur per week les op
   het ROC. Ieder blijft in dienst van de eigen werkgever; geen teambevoegdheid. Het ROC stelt het
   ICT-lab en zijn servers beschikbaar, de school haar computerlokalen.

5  Bedrijven. Drie softwarebedrijven uit Amersfoort en Bunschoten (Codekwartier B.V., Eemdata en
   Appsolute) leveren samen met SBB elk jaar twee praktijkcases, geven gastlessen, bieden vanaf jaar
   3 stage- en bpv-plaatsen en beoordelen de eindpresentatie mee. Zij adviseren de stuurgroep twee
   keer per jaar over het programma.

6  Overstap. Wie uitvalt, kan terug naar de reguliere gemengde leerweg (vmbo-diploma), het
   examenjaar overdoen, of zonder vmbo-diploma en zonder vooropleidingseisen doorstromen naar een
   andere ROC-opleiding op niveau 3 of 4 (bijvoorbeeld Expert IT systems and devices). Bij vertrek
   naar een andere instelling: warme overdracht en hulp bij het geschiktheidsonderzoek. Welk
   alternatief het wordt, besluit de stuurgroep namens beide besturen na een gesprek met leerling
   en ouders, op basis van bereikt niveau en leeftijd.

7  Geld. Er wordt geen bekostiging overgedragen; ieder draagt de eigen kosten.

8  Medezeggenschap. Naast MR (school) en studentenraad (ROC) krijgt de route een eigen
   leerlingenpanel van vier leerlingen en studenten, dat de MR en de studentenraad jaarlijks
   gezamenlijk adviseert over de route; hun gezamenlijk advies gaat naar beide besturen.

9  Geschillen. Eerst stuurgroep, dan besturen (binnen 4 weken), dan bindend advies van een door
   beide besturen gekozen onafhankelijke deskundige.

10 Duur en einde. Onbepaalde tijd vanaf 1-8-2025. Een andere school of instelling kan toetreden met
   schriftelijke instemming van beide besturen en door ondertekening van deze overeenkomst. Wijzigen
   alleen schriftelijk door beide besturen. Opzeggen per 1 augustus met 12 maanden termijn; lopende
   leerlingen en studenten maken de route af, er is dan geen nieuwe instroom.

Bunschoten-Spakenburg / Amersfoort, 26 juni 2025
voor de school: R. Hilhorst            voor het ROC: M.E. Koelewijn-Bos
"""


@register(200, "h200_zeer_kort_kernachtig_software_bunschoten", "txt",
          "Zeer kort genummerd tekstbestand, kernachtig; Bunschoten, Media, vormgeving en ICT gl -> "
          "Software developer niveau 4; volledig in één pagina, leerlingenpanel, geen overdracht",
          S("PPPPPPPPPP"),
          {"a": "1 Route.", "b": "5 Bedrijven.", "c": "2 Leiding.", "d": "3 Verslag.",
           "e": "4 Uitvoering.", "f": "6 Overstap.", "g": "7 Geld.", "h": "8 Medezeggenschap.",
           "i": "9 Geschillen.", "j": "10 Duur en einde."})
def build_200(path):
    write_text(path, H200)


# ============================================================================================
# main / check
# ============================================================================================

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
        return docx_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00a0", " ").replace("\ufffe", "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def build(nums):
    for n in nums:
        a = AGREEMENTS[n]
        p = out_path(n)
        a["build"](p)
        with open(out_path(n, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(expected_obj(n), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("built", os.path.basename(p), os.path.getsize(p), "bytes")


def check(nums):
    ok = True
    for n in nums:
        a = AGREEMENTS[n]
        p = out_path(n)
        errs = []
        if not os.path.exists(p):
            errs.append("missing file")
        else:
            size = os.path.getsize(p)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            if p.endswith(".docx"):
                import docx
                docx.Document(p)  # must open
            try:
                text = norm(extract_text(p))
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            for k, ev in a["evidence"].items():
                if a["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
            if len(text) < 600:
                errs.append("text suspiciously short (%d chars)" % len(text))
        ej = out_path(n, "expected.json")
        try:
            with open(ej, encoding="utf-8") as f:
                got = json.load(f)
            if got != expected_obj(n):
                errs.append("expected.json differs from table")
            if got.get("split") != "heldout":
                errs.append("split not heldout")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        if errs:
            ok = False
            print("FAIL", a["name"], "; ".join(errs))
        else:
            print("ok  ", a["name"], "(%d chars)" % len(text))
    fmts = [AGREEMENTS[n]["ext"] for n in AGREEMENTS]
    print("formats:", {e: fmts.count(e) for e in sorted(set(fmts))})
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        nums = [int(x) for x in argv[1:]] or sorted(AGREEMENTS)
        sys.exit(0 if check(nums) else 1)
    nums = [int(x) for x in argv] or sorted(AGREEMENTS)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
