#!/usr/bin/env python3
"""Build held-out sample agreements h273-h280 for leerroute-check.

Written by an independent helper session acting as test-data author. The texts were composed from
the two official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie, /work/shared/seeds), /work/shared/domain.md and sample_agreements/LABELS.md only,
without looking at checker code, tests, models, benchmarks or the texts of any other sample.
All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout18b.py            build all
    python3 build_heldout18b.py 273 277    build only these numbers
    python3 build_heldout18b.py --check    verify produced files against the table below
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


# ----------------------------------------------------------------------------------------------
# PDF helpers (reportlab, deterministic)
# ----------------------------------------------------------------------------------------------
def _pdf_styles(base=9.5, justify=True):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    st = {}
    st['title'] = ParagraphStyle('title', fontName='Helvetica-Bold', fontSize=base + 6,
                                 leading=base + 9, alignment=TA_CENTER, spaceAfter=6)
    st['subtitle'] = ParagraphStyle('subtitle', fontName='Helvetica', fontSize=base + 1,
                                    leading=base + 4, alignment=TA_CENTER, spaceAfter=8)
    st['h'] = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=base + 1, leading=base + 4,
                             spaceBefore=7, spaceAfter=3, keepWithNext=1)
    st['h2'] = ParagraphStyle('h2', fontName='Helvetica-BoldOblique', fontSize=base,
                              leading=base + 3, spaceBefore=4, spaceAfter=2, keepWithNext=1)
    st['p'] = ParagraphStyle('p', fontName='Helvetica', fontSize=base, leading=base + 3,
                             spaceAfter=4, alignment=TA_JUSTIFY if justify else 0)
    st['pl'] = ParagraphStyle('pl', fontName='Helvetica', fontSize=base, leading=base + 3,
                              spaceAfter=4)
    st['li'] = ParagraphStyle('li', parent=st['p'], leftIndent=14, firstLineIndent=-10)
    st['small'] = ParagraphStyle('small', fontName='Helvetica', fontSize=base - 1.5,
                                 leading=base + 1, spaceAfter=3)
    st['cell'] = ParagraphStyle('cell', fontName='Helvetica', fontSize=base - 1, leading=base + 1.5)
    st['cellb'] = ParagraphStyle('cellb', fontName='Helvetica-Bold', fontSize=base - 1,
                                 leading=base + 1.5)
    return st


def _flowables(blocks, st, avail_width):
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.platypus.frames import Frame  # noqa: F401
    from reportlab.lib import colors
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind == 'spacer':
            out.append(Spacer(1, blk[1]))
        elif kind == 'pagebreak':
            out.append(PageBreak())
        elif kind == 'raw':
            out.append(blk[1])
        elif kind == 'table':
            rows, widths = blk[1], blk[2]
            data = []
            for ri, row in enumerate(rows):
                data.append([Paragraph(escape(c), st['cellb'] if ri == 0 else st['cell'])
                             for c in row])
            t = Table(data, colWidths=[w * avail_width for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ('GRID', (0, 0), (-1, -1), 0.5, colors.grey),
                ('BACKGROUND', (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)),
                ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                ('LEFTPADDING', (0, 0), (-1, -1), 4), ('RIGHTPADDING', (0, 0), (-1, -1), 4),
            ]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == 'sig':
            # list of (party, name, function) side by side
            cells = [[Paragraph(escape(x), st['pl']) for x in col] for col in blk[1]]
            rows = max(len(c) for c in cells)
            data = []
            for r in range(rows):
                data.append([c[r] if r < len(c) else '' for c in cells])
            t = Table(data, colWidths=[avail_width / len(cells)] * len(cells))
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            out.append(KeepTogether([Spacer(1, 8), t]))
        elif kind == 'lead':
            out.append(Paragraph('<b>%s</b> %s' % (escape(blk[1]), escape(blk[2])), st['p']))
        else:
            out.append(Paragraph(escape(blk[1]), st[kind]))
    return out


def make_pdf(path, blocks, title, two_col=False, header_blocks=None, base=9.5, footer=None,
             margins=(2.2, 2.0), justify=True, head_h=4.4):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, NextPageTemplate, FrameBreak
    W, H = A4
    lm = margins[0] * cm
    tm = margins[1] * cm
    st = _pdf_styles(base, justify)

    def on_page(canv, doc):
        if footer:
            canv.setFont('Helvetica', 7.5)
            canv.drawString(lm, 1.1 * cm, footer)
            canv.drawRightString(W - lm, 1.1 * cm, 'pagina %d' % doc.page)

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=lm, topMargin=tm,
                          bottomMargin=tm, title=title, author='', subject='', creator='',
                          producer='', invariant=1)
    fw = W - 2 * lm
    fh = H - 2 * tm
    if two_col:
        gap = 0.7 * cm
        cw = (fw - gap) / 2
        head_h = head_h * cm
        first = [Frame(lm, H - tm - head_h, fw, head_h, id='head'),
                 Frame(lm, tm, cw, fh - head_h, id='c1'),
                 Frame(lm + cw + gap, tm, cw, fh - head_h, id='c2')]
        later = [Frame(lm, tm, cw, fh, id='l1'), Frame(lm + cw + gap, tm, cw, fh, id='l2')]
        doc.addPageTemplates([PageTemplate('first', first, onPage=on_page),
                              PageTemplate('cols', later, onPage=on_page)])
        story = _flowables(header_blocks or [], st, fw)
        story += [NextPageTemplate('cols'), FrameBreak()]
        story += _flowables(blocks, st, cw)
    else:
        doc.addPageTemplates([PageTemplate('one', [Frame(lm, tm, fw, fh, id='f')],
                                           onPage=on_page)])
        story = _flowables((header_blocks or []) + blocks, st, fw)
    doc.build(story)


# ----------------------------------------------------------------------------------------------
# DOCX helpers (python-docx, deterministic)
# ----------------------------------------------------------------------------------------------
def new_docx():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    stl = d.styles['Normal']
    stl.font.name = 'Calibri'
    stl.font.size = Pt(10.5)
    return d


def save_docx(d, path, title, author):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ''
    cp.keywords = ''
    cp.subject = ''
    cp.category = ''
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, 'wb') as fh:
        fh.write(out.getvalue())


def add_numbering(d, levels):
    """Add an abstract numbering definition; levels = list of (lvlText, numFmt, indent_twips).
    Returns the numId to use in paragraphs."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    numbering = d.part.numbering_part.element
    existing = [int(x) for x in numbering.xpath('./w:abstractNum/@w:abstractNumId')]
    aid = max(existing + [0]) + 10
    nums = [int(x) for x in numbering.xpath('./w:num/@w:numId')]
    nid = max(nums + [0]) + 10
    lv = ''
    for i, (txt, fmt, ind) in enumerate(levels):
        lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
               '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
               '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
               % (i, fmt, txt, ind, ind if i == 0 else min(ind, 567)))
    absnum = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType '
                       'w:val="multilevel"/>%s</w:abstractNum>' % (nsdecls('w'), aid, lv))
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls('w'), nid, aid))
    first_num = numbering.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num')
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(num)
    return nid


def set_num(par, num_id, ilvl):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    pPr = par._p.get_or_add_pPr()
    pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls('w'), ilvl, num_id)))


def add_textbox(par, lines, width_pt=440, height_pt=200, box_id=1):
    """Append a VML text box (floating, inline anchored) to paragraph `par`.
    lines: list of (text, bold)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    inner = ''
    for text, bold in lines:
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        inner += ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>%s<w:t xml:space="preserve">'
                  '%s</w:t></w:r></w:p>' % (rpr, escape(text)))
    xml = ('<w:r %s><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path '
           'gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="tb%d" type="#_x0000_t202" '
           'style="width:%dpt;height:%dpt;mso-wrap-style:square" strokecolor="#4f6f8f" '
           'strokeweight="1pt" fillcolor="#eef2f6"><v:textbox style="mso-fit-shape-to-text:t">'
           '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls('w') + ' xmlns:v="urn:schemas-microsoft-com:vml"'
              ' xmlns:o="urn:schemas-microsoft-com:office:office"', box_id, width_pt,
              height_pt, inner))
    par._p.append(parse_xml(xml))


def docx_text(path):
    """Extract text from a DOCX as the checker-independent --check sees it (all w:t, incl. boxes
    and tables), paragraph by paragraph."""
    with zipfile.ZipFile(path) as z:
        xml = z.read('word/document.xml').decode('utf-8')
    paras = re.findall(r'<w:p[ >].*?</w:p>', xml, flags=re.S)
    out = []
    for p in paras:
        out.append(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p)))
    from html import unescape
    return unescape('\n'.join(out))


def pdf_text(path):
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
    return '\n'.join(parts)


def norm(s):
    s = s.replace('\u00ad', '').replace('\ufffe', '').replace('\x02', '')
    return ' '.join(s.split())


def write_text(path, text):
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text.strip('\n') + '\n')


DOCS = {}


def register(num, name, ext, description, statuses, evidence):
    def deco(fn):
        DOCS[num] = dict(name=name, ext=ext, description=description, statuses=statuses,
                         evidence=evidence, build=fn)
        return fn
    return deco


def P(*items):
    """Shorthand: strings become paragraphs; tuples are passed through."""
    out = []
    for it in items:
        out.append(('p', it) if isinstance(it, str) else it)
    return out

# ==============================================================================================
# AGREEMENTS
# ==============================================================================================

# ----------------------------------------------------------------------------------------------
# h273  two-column PDF, big-city ROC, Amsterdam Zuidoost
# ----------------------------------------------------------------------------------------------
@register(273, 'h273_twee_kolommen_stedelijk_roc_amsterdam_zuidoost', 'pdf',
          'Two-column PDF with full-width header, short article headings in bestuurlijke taal; '
          'big-city ROC and one vmbo school in Amsterdam Zuidoost; Economie en ondernemen kb -> '
          'mbo-3 Logistiek teamleider; per-pupil transfer with amount and purpose; extra '
          'medezeggenschap via opleidingsraad.',
          {'a': 'present', 'b': 'present', 'c': 'present', 'd': 'present', 'e': 'present',
           'f': 'present', 'g': 'present', 'h': 'present', 'i': 'present', 'j': 'present'},
          {'a': 'Artikel 2 - De route', 'b': 'Artikel 3 - Werkgevers in de route',
           'c': 'Artikel 4 - Routeregie', 'd': 'Artikel 5 - Informatie aan en verantwoording '
           'tegenover de besturen', 'e': 'Artikel 7 - Mensen en middelen',
           'f': 'Artikel 8 - Als de route niet (meer) past', 'g': 'Artikel 9 - Geld',
           'h': 'Artikel 10 - Stem van leerlingen, studenten en ouders',
           'i': 'Artikel 11 - Verschil van mening',
           'j': 'Artikel 12 - Nieuwe partners, wijzigen en beëindigen'})
def build_273(path):
    header = [
        ('title', 'Samenwerkingsovereenkomst Route Logistiek Amstel'),
        ('subtitle', 'doorlopende leerroute vmbo-mbo | Gaasperrand College - ROC Amstelstad | '
                     'schooljaren 2025-2026 en verder'),
        ('pl', 'De ondergetekenden: (1) Stichting Openbaar Voortgezet Onderwijs Gaasperrand, '
               'bevoegd gezag van het Gaasperrand College (vmbo, brinnummer 30QX), gevestigd aan de '
               'Gaasperplaslaan 14 te Amsterdam, vertegenwoordigd door haar bestuurder mevrouw '
               'drs. N. El Khattabi, hierna "Gaasperrand"; en (2) Stichting Regionaal '
               'Opleidingencentrum Amstelstad, handelend onder de naam ROC Amstelstad, gevestigd '
               'te Amsterdam, vertegenwoordigd door de voorzitter van het college van bestuur, '
               'de heer ir. P.J. Sloterdijk, hierna "het ROC"; samen "partijen", komen het '
               'volgende overeen.'),
    ]
    b = [
        ('h', 'Artikel 1 - Achtergrond en reikwijdte'),
        'Het ROC verzorgt met ruim veertigduizend studenten het grootste deel van het mbo in de '
        'stad; Gaasperrand is een vmbo-school met de basis- en kaderberoepsgerichte leerweg in '
        'Zuidoost. Veel leerlingen van Gaasperrand stromen door naar logistieke opleidingen van het '
        'ROC, maar te veel van hen haken in het eerste mbo-jaar af. Partijen verzorgen daarom samen '
        'een doorlopende leerroute als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB. '
        'Deze overeenkomst is de samenwerkingsovereenkomst die de wet daarvoor voorschrijft. '
        'Partijen melden de route gezamenlijk aan de minister door registratie in RIO, uiterlijk '
        'vier weken na ondertekening.',
        ('h', 'Artikel 2 - De route'),
        '2.1 De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg van Gaasperrand, '
        'profiel Economie en ondernemen, en leidt op tot het diploma van de vakopleiding '
        'Logistiek teamleider (niveau 3, bol), een kwalificatie binnen het opleidingsdomein '
        'Transport, scheepvaart en logistiek van het ROC.',
        '2.2 De route duurt vijf leerjaren: routejaar 1 en 2 (vmbo 3 en 4) bij Gaasperrand, routejaar '
        '3 tot en met 5 als student van het ROC, College Logistiek & Handel. Het vmbo-diploma '
        'wordt in de regel aan het eind van routejaar 2 behaald, uiterlijk in routejaar 3.',
        '2.3 In routejaar 1 en 2 volgen de leerlingen naast het profielprogramma twee keuzevakken '
        'die in overleg met het ROC zijn gekozen op hun aansluiting bij de kwalificatie: '
        'Logistiek en Ondernemen in de praktijk.',
        ('h', 'Artikel 3 - Werkgevers in de route'),
        '3.1 Partijen richten met werkgevers van bedrijventerrein Amstel III en uit de luchtvrachtsector de '
        'Logistieke Tafel Amstel in. Daarin nemen ten minste zes erkende leerbedrijven zitting, '
        'onder wie in elk geval Cargohub Amstel B.V. en Koelvers Distributie B.V., en de '
        'adviseur praktijkleren van SBB voor de sector.',
        '3.2 De Logistieke Tafel komt twee keer per schooljaar bijeen en adviseert partijen over de '
        'inhoud van het routeprogramma en over de keuzedelen. De leerbedrijven leveren per '
        'routejaar ten minste twee levensechte opdrachten, ontvangen de leerlingen van routejaar 1 '
        'voor een oriënterende snuffelstage van vijf dagen, bieden vanaf routejaar 3 bpv-plaatsen '
        'en leveren een praktijkbeoordelaar bij de proeve van bekwaamheid.',
        ('h', 'Artikel 4 - Routeregie'),
        '4.1 De dagelijkse leiding over de route ligt bij het routeteam. Dat bestaat uit de '
        'teamleider bovenbouw kader van Gaasperrand, de opleidingsmanager Logistiek van het ROC en '
        'een routecoördinator.',
        '4.2 De teamleider en de opleidingsmanager maken deel uit van het routeteam uit hoofde van '
        'hun functie en worden daartoe door hun eigen bestuur schriftelijk aangewezen. De '
        'routecoördinator wordt door beide besturen gezamenlijk benoemd voor een termijn van twee '
        'schooljaren, op voordracht van het routeteam; herbenoeming is mogelijk.',
        '4.3 Partijen dragen het routeteam op: het jaarlijks vaststellen van het routeprogramma, '
        'het rooster en de verdeling van docenten over de programmaonderdelen; het opstellen van '
        'het gezamenlijke PTA/OER ter vaststelling door de besturen; het beslissen over toelating '
        'van leerlingen tot de route; het beheer van het routebudget. Het routeteam mag daarbij '
        'verplichtingen aangaan tot € 25.000 per jaar. Besluiten over personeel in dienst van een '
        'partij, over huisvesting en over afwijkingen van deze overeenkomst blijven bij de '
        'besturen.',
        ('h', 'Artikel 5 - Informatie aan en verantwoording tegenover de besturen'),
        '5.1 Het routeteam stuurt beide besturen elk kwartaal een beknopt routeoverzicht met de '
        'instroom, de doorstroom tussen routejaren, het verzuim en de uitval.',
        '5.2 Vóór 1 oktober legt het routeteam over het afgelopen schooljaar verantwoording af in '
        'een schriftelijk routeverslag: resultaten, besteding van het routebudget, inzet van '
        'personeel en voorgenomen verbeteringen. Het verslag wordt besproken in het bestuurlijk '
        'overleg van november, waarin beide besturen het routeteam decharge verlenen.',
        '5.3 Bij incidenten die de continuïteit van de route of de veiligheid van leerlingen raken, '
        'informeert de routecoördinator beide besturen binnen twee werkdagen.',
        ('h', 'Artikel 6 - Onderwijs en examinering'),
        '6.1 Partijen beschrijven het onderwijsprogramma, de examinering en de '
        'beroepspraktijkvorming voor elk routejaar in één gezamenlijk PTA/OER, waarin per onderdeel '
        'is aangegeven of het tot het vmbo, het mbo of beide behoort.',
        '6.2 Het centraal examen vmbo wordt in routejaar 2 afgenomen; mbo-examens zijn mogelijk '
        'vanaf routejaar 1. Gaasperrand blijft verantwoordelijk voor de vmbo-examinering en '
        'diplomering, het ROC voor de mbo-examinering, de bpv en de mbo-diplomering.',
        '6.3 De klachtenregeling van elk van partijen is ook van toepassing op gedragingen van '
        'medewerkers van de andere partij in het kader van de route. Een klacht bij Gaasperrand over '
        'een ROC-docent wordt door Gaasperrand behandeld; het ROC werkt mee aan het onderzoek en neemt '
        'zo nodig maatregelen.',
        ('h', 'Artikel 7 - Mensen en middelen'),
        '7.1 Routejaar 1 en 2 worden gegeven in het gebouw van Gaasperrand aan de Gaasperplaslaan; '
        'één dag per week werken de leerlingen in de leerwerkplaats van het ROC aan de '
        'Hoogoordreef. Vanaf routejaar 3 vindt het onderwijs plaats op die ROC-locatie en bij '
        'de leerbedrijven.',
        '7.2 Partijen vormen voor de route één docententeam. Het ROC zet in routejaar 1 en 2 '
        'gemiddeld 0,6 fte logistiekdocent in bij Gaasperrand; Gaasperrand zet in routejaar 3 een '
        'docent Nederlands en een mentor in voor de studenten die hun vmbo-diploma nog niet hebben. '
        'Voor het vak- en sectoroverstijgende onderdeel Logistiek in de praktijk maken partijen '
        'gebruik van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); het '
        'PTA/OER vermeldt voor welke onderdelen het team wordt ingezet. Het personeel blijft in '
        'dienst van de eigen werkgever.',
        '7.3 Het ROC stelt zijn magazijn-leerwerkplaats met reachtrucks, scanapparatuur en '
        'WMS-software kosteloos open voor routeleerlingen; Gaasperrand stelt zijn praktijklokaal '
        'Ondernemen en zijn mediatheek open voor ROC-docenten. Beide partijen geven de '
        'routedocenten toegang tot elkaars leeromgeving.',
        ('h', 'Artikel 8 - Als de route niet (meer) past'),
        '8.1 Een leerling of student die de route verlaat, houdt altijd een weg naar een diploma. '
        'Gaasperrand en het ROC beoordelen samen, in een gesprek met de jongere en diens ouders, '
        'welk vervolg past bij wat de jongere heeft bereikt en bij zijn leeftijd. De teamleider '
        'van Gaasperrand en de opleidingsmanager van het ROC nemen het besluit gezamenlijk en leggen '
        'het schriftelijk vast.',
        '8.2 Wie in routejaar 1 of 2 stopt, rondt de reguliere kaderberoepsgerichte leerweg af en '
        'behaalt het vmbo-diploma in het eigen of een ander profiel; daarna staat elke passende '
        'mbo-opleiding open.',
        '8.3 Wie na het vmbo-diploma de route verlaat, kan zonder nieuwe toelatingsprocedure '
        'instromen in een andere opleiding van het ROC op niveau 3, bijvoorbeeld Medewerker '
        'evenementenorganisatie of Commercieel medewerker, of zo nodig op niveau 2.',
        '8.4 Wie aan het eind van routejaar 3 het vmbo-diploma niet heeft, kan bij het ROC de '
        'mbo-opleiding voortzetten of overstappen naar een andere ROC-opleiding op hetzelfde '
        'niveau; de vooropleidingseisen gelden dan niet. Kiest de jongere voor een andere '
        'instelling, dan vraagt het ROC die instelling om een geschiktheidsonderzoek en draagt het '
        'dossier warm over.',
        ('h', 'Artikel 9 - Geld'),
        '9.1 Gaasperrand draagt met toepassing van artikel 5.42a WVO 2020 per leerling die op '
        '1 oktober in routejaar 1 of 2 is ingeschreven een bedrag van € 650 per schooljaar over '
        'aan het ROC. Het bedrag is bestemd voor de inzet van ROC-docenten bij Gaasperrand en het '
        'gebruik van de magazijn-leerwerkplaats (artikel 7).',
        '9.2 Het ROC factureert in december; betaling volgt binnen dertig dagen. Het ROC draagt '
        'geen bekostiging over aan Gaasperrand.',
        ('h', 'Artikel 10 - Stem van leerlingen, studenten en ouders'),
        '10.1 Naast de wettelijke regelingen (WMS bij Gaasperrand, WEB en WOR bij het ROC) spreken '
        'partijen af dat routeleerlingen in routejaar 1 en 2 zitting kunnen nemen in de '
        'opleidingsraad Logistiek van het ROC, met dezelfde spreek- en adviesrechten als studenten.',
        '10.2 De medezeggenschapsraad van Gaasperrand en de studentenraad van het ROC ontvangen elk '
        'jaar het routeverslag en worden eenmaal per jaar samen uitgenodigd voor een gesprek met '
        'het routeteam.',
        ('h', 'Artikel 11 - Verschil van mening'),
        '11.1 Verschillen van mening over de uitvoering van deze overeenkomst worden eerst in het '
        'routeteam besproken. Lukt een oplossing daar niet binnen vier weken, dan legt de '
        'routecoördinator het geschil voor aan de directeur van Gaasperrand en de directeur van het '
        'College Logistiek & Handel, en daarna aan het bestuurlijk overleg.',
        '11.2 Komen de besturen er binnen acht weken niet uit, dan schakelen zij een mediator in '
        'die zij samen kiezen. Blijft het geschil bestaan, dan is uitsluitend de rechtbank '
        'Amsterdam bevoegd.',
        ('h', 'Artikel 12 - Nieuwe partners, wijzigen en beëindigen'),
        '12.1 Een andere vmbo-school of mbo-instelling kan toetreden als beide partijen daarmee '
        'schriftelijk instemmen, de toetreder het PTA/OER en deze overeenkomst onderschrijft in '
        'een door alle partijen getekende toetredingsverklaring en de toetreding bij DUO wordt '
        'gemeld. Een toetreding gaat in op 1 augustus.',
        '12.2 Wijzigingen zijn alleen geldig als beide besturen ze schriftelijk vastleggen, na '
        'advies van het routeteam. Wijzigingen in het programma gelden niet voor de lopende '
        'schooljaren van zittende leerlingen, tenzij dat in hun voordeel is.',
        '12.3 Deze overeenkomst geldt voor onbepaalde tijd. Opzegging kan schriftelijk vóór '
        '1 februari, met ingang van 1 augustus van het daaropvolgende jaar. Bij een ernstige '
        'tekortkoming kan een partij, na schriftelijke ingebrekestelling met een termijn van '
        'zestig dagen, de overeenkomst ontbinden.',
        '12.4 Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen en '
        'studenten die al in de route zitten, ronden haar bij partijen af onder de afspraken van '
        'deze overeenkomst; artikel 8 blijft op hen van toepassing.',
        ('h', 'Ondertekening'),
        'Aldus in tweevoud overeengekomen en getekend te Amsterdam op 30 juni 2025.',
        ('sig', [['Stichting Openbaar Voortgezet Onderwijs Gaasperrand', 'drs. N. El Khattabi',
                  'bestuurder'],
                 ['Stichting Regionaal Opleidingencentrum Amstelstad', 'ir. P.J. Sloterdijk',
                  'voorzitter college van bestuur']]),
    ]
    make_pdf(path, P(*b), 'Samenwerkingsovereenkomst Route Logistiek Amstel', two_col=True,
             header_blocks=header, base=8.8, footer='SOK Route Logistiek Amstel - versie 1.0',
             justify=False, head_h=4.3)


def docx_numbered_articles(d, articles, num_id, heading_style='Heading 2'):
    """articles: list of (heading, [items]); item str -> level 1, ('a', str) -> level 2,
    ('plain', str) -> unnumbered paragraph."""
    from docx.shared import Pt
    for head, items in articles:
        hp = d.add_paragraph(head, style=heading_style)
        set_num(hp, num_id, 0)
        for it in items:
            if isinstance(it, tuple) and it[0] == 'a':
                par = d.add_paragraph(it[1])
                set_num(par, num_id, 2)
            elif isinstance(it, tuple) and it[0] == 'plain':
                par = d.add_paragraph(it[1])
            else:
                par = d.add_paragraph(it)
                set_num(par, num_id, 1)
            par.paragraph_format.space_after = Pt(4)


# ----------------------------------------------------------------------------------------------
# h274  DOCX, Word auto-numbering, interne regeling verticale scholengemeenschap
# ----------------------------------------------------------------------------------------------
@register(274, 'h274_interne_regeling_vsg_autonummering_kop_van_noord_holland', 'docx',
          'DOCX interne regeling (besluit college van bestuur) of a verticale scholengemeenschap, '
          'Word auto-numbered articles (numbers not in the text); Kop van Noord-Holland; Zorg en '
          'welzijn kb -> mbo-3 Verzorgende-IG; verantwoording has a form but no frequency/moment; '
          'overstap imposes vooropleidingseisen within the own instelling; h-j n/a (interne regeling).',
          {'a': 'present', 'b': 'present', 'c': 'present', 'd': 'weak', 'e': 'present',
           'f': 'weak', 'g': 'present', 'h': 'not_applicable', 'i': 'not_applicable',
           'j': 'not_applicable'},
          {'a': 'De route', 'b': 'Inbreng van zorgaanbieders', 'c': 'Leiding van de route',
           'e': 'Onderwijskundige en organisatorische inrichting',
           'g': 'Bekostiging'})
def build_274(path):
    from docx.shared import Pt
    d = new_docx()
    nid = add_numbering(d, [('Artikel %1', 'decimal', 1134), ('%1.%2', 'decimal', 567),
                            ('%3.', 'lowerLetter', 1134)])
    d.add_paragraph('Interne regeling doorlopende leerroute Zorg en welzijn - Verzorgende-IG',
                    style='Title')
    d.add_paragraph('Stichting Scholengroep Noorderkaap, Den Helder')
    intro = [
        'Het college van bestuur van de Stichting Scholengroep Noorderkaap, bevoegd gezag van de '
        'verticale scholengemeenschap Noorderkaap te Den Helder, die bestaat uit een school voor '
        'vbo en mavo (Noorderkaap vmbo) en een beroepscollege (Noorderkaap Vakcollege);',
        'overwegende dat de stichting vanaf het schooljaar 2025-2026 binnen de eigen '
        'scholengemeenschap een doorlopende leerroute vmbo-mbo gaat verzorgen, dat daarvoor '
        'geen samenwerkingsovereenkomst met een andere rechtspersoon nodig is en dat het college '
        'de onderwerpen van artikel 2.107b, tweede lid, WVO 2020 daarom in een interne regeling '
        'vastlegt;',
        'gelet op artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB;',
        'besluit vast te stellen de volgende regeling.',
    ]
    for t in intro:
        d.add_paragraph(t)
    arts = [
        ('Begrippen', [
            'In deze regeling wordt verstaan onder:',
            ('a', 'route: de doorlopende leerroute vmbo-mbo Zorg en welzijn - Verzorgende-IG;'),
            ('a', 'vmbo-afdeling: Noorderkaap vmbo, locatie Zuidstraat 40 te Den Helder;'),
            ('a', 'mbo-afdeling: Noorderkaap Vakcollege, afdeling Zorg, locatie Jan Verfailleweg '
                  '2 te Den Helder;'),
            ('a', 'college: het college van bestuur van de stichting;'),
            ('a', 'routejaar: een leerjaar van de route, te tellen vanaf leerjaar 3 van het vmbo.'),
        ]),
        ('De route', [
            'De route verbindt het profiel Zorg en welzijn van de kaderberoepsgerichte leerweg van '
            'de vmbo-afdeling met de opleiding Verzorgende-IG, niveau 3 (vakopleiding, bol), in het '
            'opleidingsdomein Zorg en welzijn van de mbo-afdeling.',
            'De route duurt vijf routejaren. Routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van '
            'het vmbo; de leerling wordt daarna ingeschreven als student van de mbo-afdeling.',
            'Het college draagt er zorg voor dat de route door de vmbo-afdeling en de mbo-afdeling '
            'gezamenlijk in RIO wordt gemeld.',
        ]),
        ('Inbreng van zorgaanbieders', [
            'De route wordt mede vormgegeven door de werkveldcommissie Zorg Kop van Noord-Holland. '
            'Daarin hebben in elk geval Zorggroep Kaapduinen, Thuiszorg Wieringen en '
            'Woonzorgcentrum De Zeemeeuw zitting, elk met een praktijkopleider of teamleider.',
            'De werkveldcommissie geeft voor 1 maart van elk jaar advies over het '
            'routeprogramma en de keuzedelen voor het volgende schooljaar.',
            'De deelnemende zorgaanbieders verzorgen in routejaar 1 en 2 gastlessen door '
            'wijkverpleegkundigen en verzorgenden, stellen vanaf routejaar 3 bpv-plaatsen '
            'beschikbaar en leveren praktijkbeoordelaars voor de examens in de beroepspraktijk.',
        ]),
        ('Leiding van de route', [
            'De leiding over de route berust bij een routeleider, bijgestaan door een routeoverleg '
            'waarin naast de routeleider de afdelingsdirecteur van de vmbo-afdeling en de teamleider '
            'Zorg van de mbo-afdeling zitting hebben.',
            'Het college benoemt de routeleider voor een periode van drie jaar, na advies van de '
            'beide afdelingsdirecteuren. De overige leden van het routeoverleg zijn lid op grond '
            'van hun functie.',
            'Het college draagt de routeleider de volgende taken op:',
            ('a', 'het opstellen van het gezamenlijke PTA/OER en het routerooster;'),
            ('a', 'het toewijzen van docenten aan de programmaonderdelen, in overleg met de '
                  'afdelingsdirecteuren;'),
            ('a', 'het onderhouden van de contacten met de werkveldcommissie en de leerbedrijven;'),
            ('a', 'het beheer van het routebudget.'),
            'De routeleider is bevoegd om binnen het door het college vastgestelde budget '
            'verplichtingen aan te gaan en om te besluiten over de plaatsing van leerlingen in de '
            'route. Besluiten over benoeming en ontslag van personeel en over wijziging van het '
            'routeprogramma buiten het PTA/OER om zijn voorbehouden aan het college.',
        ]),
        ('Verantwoording aan het college', [
            'De routeleider legt over de uitvoering van de route verantwoording af aan het college. '
            'Dat gebeurt door middel van een schriftelijke routerapportage die ingaat op de in-, '
            'door- en uitstroom, de examenresultaten, de tevredenheid van leerlingen, studenten en '
            'leerbedrijven en de besteding van het routebudget.',
            'Het college kan de routeleider uitnodigen om de routerapportage mondeling toe te '
            'lichten en kan daarbij aanvullende inlichtingen vragen.',
        ]),
        ('Onderwijskundige en organisatorische inrichting', [
            'Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per '
            'routejaar beschreven in één gezamenlijk PTA/OER, dat per onderdeel aangeeft of het tot '
            'het vmbo-programma, het mbo-programma of beide behoort.',
            'Routejaar 1 en 2 worden verzorgd op de locatie Zuidstraat van de vmbo-afdeling, met '
            'twee dagdelen per week in het skillslab van de mbo-afdeling. Vanaf routejaar 3 '
            'wordt het onderwijs verzorgd op de locatie Jan Verfailleweg en bij de leerbedrijven.',
            'Voor de route wordt één team van docenten gevormd, waarin drie docenten van de '
            'vmbo-afdeling en drie docenten van de mbo-afdeling samenwerken. Voor de '
            'vakoverstijgende onderdelen Zorg in de wijk en Persoonlijke verzorging maakt het team '
            'gebruik van de teambevoegdheid; elk teamlid blijft verantwoordelijk voor het onderdeel '
            'waarvoor hij bevoegd is.',
            'De route maakt gebruik van het skillslab met verpleegbedden en simulatiepoppen van de '
            'mbo-afdeling en van de praktijkkeuken en het verzorgingslokaal van de vmbo-afdeling. '
            'Het rooster van deze ruimten wordt door de routeleider afgestemd met de facilitaire '
            'dienst.',
            'Het centraal examen vmbo wordt afgenomen in routejaar 2. De vmbo-afdeling blijft '
            'verantwoordelijk voor de vmbo-examinering, ook voor studenten die al bij de '
            'mbo-afdeling zijn ingeschreven.',
        ]),
        ('Overstap naar een ander vervolg', [
            'Een leerling of student die de route niet afmaakt, wordt begeleid naar een ander '
            'onderwijsvervolg dat leidt tot een diploma. De afdelingsdirecteuren van de vmbo- en '
            'de mbo-afdeling beslissen daarover samen, na een gesprek met de leerling en diens '
            'ouders, en betrekken daarbij het bereikte onderwijsniveau en de leeftijd.',
            'Mogelijke vervolgen zijn in elk geval:',
            ('a', 'bij vertrek in routejaar 1 of 2: voortzetting in de reguliere '
                  'kaderberoepsgerichte leerweg met het vmbo-diploma als doel, in het eigen of een '
                  'ander profiel;'),
            ('a', 'bij een verkeerde studiekeuze: een andere doorlopende leerroute of een andere '
                  'opleiding van de mbo-afdeling op hetzelfde niveau;'),
            ('a', 'wanneer niveau 3 te hoog gegrepen blijkt: de opleiding Helpende zorg en welzijn, '
                  'niveau 2.'),
            'Toelating tot een andere opleiding van de mbo-afdeling is in alle gevallen alleen '
            'mogelijk als de leerling voldoet aan de vooropleidingseisen van die opleiding. Een '
            'leerling die de route zonder vmbo-diploma verlaat, behaalt daarom eerst het '
            'vmbo-diploma voordat hij kan overstappen.',
        ]),
        ('Bekostiging', [
            'Omdat de vmbo-afdeling en de mbo-afdeling onder hetzelfde bevoegd gezag vallen, vindt '
            'geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of '
            'artikel 9.1.15 WEB. De kosten van de route worden in de begroting van de stichting '
            'als afzonderlijke kostenplaats opgenomen.',
        ]),
        ('Klachten en gegevens', [
            'De klachtenregeling van de stichting geldt voor leerlingen en studenten in de route, '
            'ongeacht de afdeling waar de betrokken medewerker werkzaam is.',
            'Gegevens van leerlingen worden tussen de afdelingen uitgewisseld voor zover dat voor '
            'de uitvoering van de route nodig is, overeenkomstig het privacyreglement van de '
            'stichting.',
        ]),
        ('Slotbepalingen', [
            'Deze regeling treedt in werking op 1 augustus 2025 en kan worden aangehaald als '
            '"Interne regeling route VIG Noorderkaap".',
            'Het college kan deze regeling wijzigen. Een wijziging gaat in bij het begin van een '
            'schooljaar.',
        ]),
    ]
    docx_numbered_articles(d, arts, nid)
    d.add_paragraph('')
    d.add_paragraph('Vastgesteld door het college van bestuur op 30 juni 2025.')
    d.add_paragraph('Namens dezen,')
    d.add_paragraph('mr. drs. H. Bakker-Visser, voorzitter college van bestuur')
    for p in d.paragraphs:
        if p.style.name == 'Normal' and p.paragraph_format.space_after is None:
            p.paragraph_format.space_after = Pt(4)
    save_docx(d, path, 'Interne regeling route VIG Noorderkaap', 'Scholengroep Noorderkaap')


# ----------------------------------------------------------------------------------------------
# h275  TXT, letter signed by both boards, prose without headings, small vakinstelling
# ----------------------------------------------------------------------------------------------
T275 = """\
Houten, 30 juni 2025

Aan: de teams van het Kromme Rijn College, locatie Bunnik, en van de Vakschool Meubel &
Interieur te Wijk bij Duurstede
Onderwerp: onze afspraken over de doorlopende leerroute Meubel

Beste collega's,

Met deze brief leggen de besturen van de Stichting Christelijk Voortgezet Onderwijs Kromme Rijn,
bevoegd gezag van het Kromme Rijn College (vmbo), en de Stichting Vakschool Meubel & Interieur,
bevoegd gezag van de gelijknamige vakinstelling voor middelbaar beroepsonderwijs, vast wat wij
samen hebben afgesproken over de doorlopende leerroute vmbo-mbo die wij vanaf 1 augustus 2025
verzorgen. Een dik contract past niet bij twee kleine organisaties die elkaar al jaren kennen,
daarom hebben wij voor deze vorm gekozen. Wij hebben de brief allebei ondertekend; hij geldt
tussen onze stichtingen als de samenwerkingsovereenkomst die artikel 2.107b WVO 2020 en artikel
9.1.3 WEB voorschrijven, en op basis ervan melden wij de route samen aan bij DUO.

De route is bedoeld voor leerlingen van de basisberoepsgerichte leerweg met het profiel Bouwen,
wonen en interieur die graag met hout werken. Zij beginnen aan de route in leerjaar 3 en werken
toe naar zowel het vmbo-diploma als het mbo-diploma Meubelmaker/(scheeps)interieurmaker op
niveau 2, de basisberoepsopleiding die de Vakschool in de beroepsopleidende leerweg verzorgt. In
leerjaar 3 en 4 staan de leerlingen ingeschreven bij het Kromme Rijn College; daarna zijn zij
student van de Vakschool, waar zij in ongeveer anderhalf jaar hun mbo-diploma halen.

Zonder de meubelmakers uit de streek zou deze route er niet zijn. Vijf werkplaatsen die erkend
leerbedrijf zijn, waaronder Interieurbouw Van Rooden in Odijk en Meubelmakerij De Schaaf in
Cothen, hebben toegezegd dat zij elk jaar een echte klantopdracht aanleveren waaraan de
leerlingen van leerjaar 4 als meesterproef werken, dat zij vanaf het mbo-deel bpv-plaatsen
bieden en dat een van hun vakmensen meebeoordeelt bij het praktijkexamen. Eén keer per jaar, in
maart, schuiven zij aan bij een avond waarop wij het programma voor het komende jaar met hen
doornemen en hun advies vragen. De adviseur van SBB helpt ons nieuwe leerbedrijven te vinden als
het aantal leerlingen groeit.

De route wordt geleid door een kernteam van drie mensen: de teamleider techniek van het Kromme
Rijn College, het hoofd opleidingen van de Vakschool en een routecoördinator. De
routecoördinator is een docent van de Vakschool die wij als bestuurders samen aanwijzen, telkens
voor twee schooljaren. Het kernteam maakt het rooster, verdeelt de docenten over de lessen,
stelt het gezamenlijke PTA/OER op dat wij als besturen vaststellen en beslist welke leerlingen
tot de route worden toegelaten. Het kernteam mag zelf uitgaven doen tot 7.500 euro per jaar;
alles wat daarboven gaat of wat het personeel in dienst van een van ons raakt, legt het aan ons
voor.

Twee keer per jaar, in januari en in juli, stuurt het kernteam ons beiden een korte
schriftelijke rapportage over het aantal leerlingen, hun voortgang, het verzuim en de uitgaven.
De julirapportage is tegelijk de verantwoording over het afgelopen schooljaar. Die bespreken wij
met het kernteam in een gezamenlijk gesprek voor de zomervakantie.

Over het onderwijs zelf hebben wij het volgende afgesproken. In leerjaar 3 zitten de leerlingen
op de locatie Bunnik en werken zij één dag per week in de werkplaats van de Vakschool in Wijk bij
Duurstede; in leerjaar 4 zijn dat twee dagen. Het Kromme Rijn College regelt en betaalt het
vervoer daarheen met het eigen busje. De leerlingen krijgen les van één team: twee docenten van
het Kromme Rijn College en twee meubelmakers-docenten van de Vakschool, van wie er één ook in
Bunnik lesgeeft. Voor het onderdeel Werkplaats, waarin vmbo- en mbo-stof samen worden
aangeboden, maken wij gebruik van de teambevoegdheid; in het PTA/OER staat welke docent voor welk
deel verantwoordelijk is. De Vakschool stelt haar machinale werkplaats met de CNC-freesmachine en
de kantenlijmer beschikbaar, het Kromme Rijn College zijn praktijklokaal BWI en het
tekenlokaal. Het programma, de examinering en de stages staan per leerjaar in het gezamenlijke
PTA/OER; het centraal examen vmbo wordt in leerjaar 4 afgenomen.

Het kan gebeuren dat een leerling merkt dat dit vak toch niet bij hem of haar past, of dat het
niveau niet aansluit. Dan zoeken wij samen een ander vervolg met een diploma in het vooruitzicht.
De teamleider van het Kromme Rijn College en het hoofd opleidingen van de Vakschool beslissen
daarover samen, na een gesprek met de leerling en de ouders, en kijken daarbij naar wat de
leerling al bereikt heeft en naar zijn leeftijd. Wie in leerjaar 3 of 4 stopt, maakt de gewone
basisberoepsgerichte leerweg af bij het Kromme Rijn College, in hetzelfde of een ander profiel,
en haalt daar het vmbo-diploma. Wie het vmbo-diploma aan het eind van leerjaar 4 niet heeft
gehaald, mag bij de Vakschool toch doorgaan met de mbo-opleiding; de vooropleidingseis geldt dan
niet. Wie na het vmbo-diploma een andere richting wil, helpen wij aan een plek in een andere
opleiding op niveau 2 bij een roc in de regio; de Vakschool vraagt die instelling om een
geschiktheidsonderzoek en draagt het dossier persoonlijk over.

Dan het geld. Het Kromme Rijn College draagt voor de leerlingen in leerjaar 3 en 4 een deel van
zijn bekostiging over aan de Vakschool. Dat geld is bestemd voor de lessen die de
Vakschool-docenten in de route geven en voor het gebruik van de werkplaats en het hout en de
andere materialen. Hoeveel het is, spreken de beide controllers ieder voorjaar af, als bekend is
hoeveel leerlingen er instromen.

Mochten wij het over de uitvoering van deze afspraken ooit oneens worden, dan zoeken wij als
bestuurders samen in onderling overleg naar een oplossing. Wij kennen elkaar lang genoeg om
daarop te vertrouwen.

Andere scholen in de regio hebben al belangstelling getoond. Een andere vmbo-school of
mbo-instelling kan aansluiten als wij daar allebei schriftelijk mee instemmen en de nieuwe
partij zich verbindt aan deze brief en aan het PTA/OER; aansluiten gaat altijd in op 1 augustus
en wordt bij DUO gemeld. Wijzigen doen wij alleen schriftelijk, in een aanvullende brief die wij
allebei ondertekenen, en nooit ten nadele van leerlingen die al in de route zitten. Elk van ons
kan de samenwerking opzeggen met een brief vóór 1 januari; de samenwerking eindigt dan op 31 juli
van het jaar daarna. Na een opzegging nemen wij geen nieuwe leerlingen meer aan, en leerlingen
die op dat moment al in de route zitten, maken haar bij ons af.

Wij zijn trots dat deze route er komt en danken iedereen die eraan heeft meegewerkt.

Met hartelijke groet,

Stichting Christelijk Voortgezet Onderwijs Kromme Rijn
W.A. (Wilma) de Groot-Hoogendijk, voorzitter college van bestuur

Stichting Vakschool Meubel & Interieur
ing. F. (Frits) Verhoef, directeur-bestuurder
"""


@register(275, 'h275_brief_beide_besturen_vakinstelling_kromme_rijn', 'txt',
          'Plain-text letter from both boards to the teams that serves as the agreement, prose '
          'paragraphs without headings; small vakinstelling (furniture) and vmbo school, Kromme '
          'Rijn; Bouwen, wonen en interieur bb -> mbo-2 Meubelmaker; transfer with bestemming but '
          'amount deferred to controllers; disputes only in onderling overleg; silent on '
          'medezeggenschap.',
          {'a': 'present', 'b': 'present', 'c': 'present', 'd': 'present', 'e': 'present',
           'f': 'present', 'g': 'weak', 'h': 'not_applicable', 'i': 'weak', 'j': 'present'},
          {'a': 'De route is bedoeld voor leerlingen van de basisberoepsgerichte leerweg',
           'b': 'Zonder de meubelmakers uit de streek zou deze route er niet zijn',
           'c': 'De route wordt geleid door een kernteam van drie mensen',
           'd': 'Twee keer per jaar, in januari en in juli, stuurt het kernteam',
           'e': 'Over het onderwijs zelf hebben wij het volgende afgesproken',
           'f': 'Het kan gebeuren dat een leerling merkt dat dit vak toch niet',
           'j': 'Andere scholen in de regio hebben al belangstelling getoond'})
def build_275(path):
    write_text(path, T275)


# ----------------------------------------------------------------------------------------------
# h276  Markdown, question headings, geïntegreerde route horeca
# ----------------------------------------------------------------------------------------------
T276 = """\
# Samenwerkingsovereenkomst geïntegreerde route Keuken

**Vakcollege De Ringvaart (vmbo) en ROC Hollandse IJssel**
*Geïntegreerde route vmbo-basisberoepsopleiding, vastgesteld juni 2025*

Deze overeenkomst is gesloten tussen:

- **Stichting Openbaar Voortgezet Onderwijs Zuidplas**, bevoegd gezag van Vakcollege De Ringvaart
  te Nieuwerkerk aan den IJssel, vertegenwoordigd door de bestuurder, mevrouw M. Oudshoorn
  (hierna: *de school*); en
- **Stichting ROC Hollandse IJssel**, gevestigd te Gouda, vertegenwoordigd door de voorzitter van
  het college van bestuur, de heer drs. R. Kamerling (hierna: *het ROC*).

Wij hebben deze overeenkomst opgebouwd rond de vragen die ouders, docenten en leerbedrijven ons
het vaakst stellen. Het antwoord op elke vraag is een afspraak waaraan school en ROC zich binden.
De overeenkomst geldt als samenwerkingsovereenkomst in de zin van artikel 2.107l WVO 2020 en
artikel 9.1.17 WEB, in samenhang met artikel 2.107b WVO 2020.

---

## 1. Welke route bieden we samen aan?

Een geïntegreerde route voor leerlingen van de basisberoepsgerichte leerweg met het profiel
**Horeca, bakkerij en recreatie**. Vanaf leerjaar 3 volgen zij één programma dat opleidt tot het
mbo-diploma **Kok, niveau 2** (basisberoepsopleiding, bol) in het opleidingsdomein Horeca en
bakkerij. Een vmbo-eindexamen is in deze route niet verplicht; leerlingen die dat willen, kunnen
in leerjaar 4 het examen basisberoepsgerichte leerweg alsnog afleggen. De route duurt drie jaar.
Leerjaar 3 en 4 volgt de leerling als leerling van de school, het derde jaar als student van het
ROC.

## 2. Wie doen er vanuit de horeca mee, en wat doen zij?

De school en het ROC werken samen met een vaste kring van zes erkende leerbedrijven uit Zuidplas
en Gouda, onder wie Brasserie Het Veerhuis, Hotel De Zuidplaspolder en partycatering Smaakmakers.
Zij:

- nemen vanaf leerjaar 4 elke leerling één dag per week op als leerling-kok (bpv);
- sturen twee keer per jaar een chef voor een gastles of masterclass;
- leveren een praktijkbeoordelaar bij de proeve van bekwaamheid;
- adviseren jaarlijks, in een bijeenkomst in mei, over het menu van vaardigheden dat in het
  programma zit.

Namens het ROC onderhoudt de bpv-coördinator Horeca het contact; SBB ondersteunt bij de erkenning
van nieuwe leerbedrijven.

## 3. Wie heeft de leiding?

Een **routeteam** van drie personen: de afdelingsleider bovenbouw van de school, de teamleider
Horeca van het ROC en een **routeleider**. De afdelingsleider en de teamleider worden door hun
eigen bestuurder aangewezen. De routeleider wordt door de beide bestuurders samen benoemd voor
drie jaar en kan tussentijds door hen samen worden ontslagen uit die functie.

Het routeteam heeft de volgende taken: het programma en het rooster per leerjaar opstellen, de
docenten inzetten, de bpv organiseren, de toelating van leerlingen regelen en het routebudget
beheren. Het routeteam beslist zelfstandig over rooster, inzet van docenten binnen de daarvoor
vrijgemaakte formatie en uitgaven tot € 10.000 per jaar. Over andere zaken beslissen de
bestuurders.

## 4. Hoe houden de besturen zicht op de route?

De routeleider stuurt beide bestuurders twee keer per jaar, in februari en in september, een
schriftelijke voortgangsrapportage met het aantal leerlingen, de behaalde onderdelen, het verzuim,
de uitval en de uitgaven. De septemberrapportage dient als verantwoording over het afgelopen
schooljaar en wordt besproken in het bestuurlijk overleg dat jaarlijks in oktober plaatsvindt.
Bij ernstige problemen informeert de routeleider de bestuurders direct.

## 5. Hoe is het onderwijs georganiseerd?

- **Waar**: leerjaar 3 op de school in Nieuwerkerk, met twee dagen per week in de leerkeuken van
  het ROC in Gouda; leerjaar 4 vooral op het ROC en bij het leerbedrijf; het derde jaar op het ROC
  en bij het leerbedrijf.
- **Programma en examens**: school en ROC beschrijven samen per leerjaar het onderwijsprogramma,
  de examinering en de bpv in één PTA/OER. Mbo-examens kunnen vanaf leerjaar 3 worden afgenomen.
- **Docenten**: de route wordt gegeven door één team van twee docenten van de school en drie
  docenten van het ROC. Twee ROC-docenten geven ook les op de school. Voor de vak- en
  sectoroverstijgende onderdelen maakt het team gebruik van de teambevoegdheid; het PTA/OER
  vermeldt welke onderdelen dat zijn. Iedere docent blijft in dienst van zijn eigen werkgever.
- **Ruimtes en materiaal**: het ROC stelt zijn twee leerkeukens en het leerrestaurant beschikbaar;
  de school haar praktijklokaal HBR en de computerruimte. Koksbuizen en messensets schaft het ROC
  aan en leent het uit aan de leerlingen.
- **Klachten**: een klacht over een docent van de andere partij wordt behandeld volgens de
  klachtenregeling van de partij waar de leerling staat ingeschreven; de andere partij verleent
  medewerking.

## 6. Wat gebeurt er als een leerling de route verlaat?

Het kan gebeuren dat een leerling de route niet afmaakt, bijvoorbeeld omdat het werken in een
keuken niet bevalt of omdat de leerling verhuist. De routeleider bespreekt dat eerst met de
leerling en de ouders. Een leerling die de geïntegreerde route tussentijds verlaat, wordt
vervolgens ingeschreven bij de Entree-opleiding (niveau 1) van het ROC, in de richting die het
beste bij hem past. Het ROC draagt zorg voor een warme overdracht naar de Entree-opleiding; de
mentor van de school blijft tot de overstap betrokken.

## 7. Gaat er geld over en weer?

Nee. School en ROC dragen geen bekostiging aan elkaar over. Ieder draagt de eigen kosten van
personeel, ruimtes en materialen; voor het gebruik van elkaars voorzieningen wordt niets in
rekening gebracht.

## 8. Hoe regelen we de medezeggenschap?

Aanvullende afspraken over medezeggenschap: *[PM - in te vullen na bespreking in de MR van de
school en de studentenraad van het ROC]*

## 9. Wat als we het niet eens zijn?

1. Een meningsverschil over de uitvoering van deze overeenkomst bespreekt het routeteam binnen
   twee weken.
2. Lukt het daar niet, dan leggen de afdelingsleider en de teamleider het binnen vier weken
   voor aan de beide bestuurders.
3. Komen de bestuurders er binnen zes weken niet uit, dan vragen zij samen bindend advies aan een
   onafhankelijke deskundige die zij in onderling overleg aanwijzen. Kunnen zij het daarover niet
   eens worden, dan wijst de deken van de Orde van Advocaten in het arrondissement Den Haag een
   deskundige aan. Het advies is voor beide partijen bindend.

## 10. Kan er een partij bij, hoe veranderen we afspraken en hoe stoppen we?

- **Erbij komen**: een andere vmbo-school of mbo-instelling kan partij worden als de school en
  het ROC daar allebei schriftelijk mee instemmen en de nieuwe partij deze overeenkomst en het
  PTA/OER ondertekent. De toetreding gaat in per 1 augustus en wordt bij DUO gemeld.
- **Veranderen**: wijzigingen worden schriftelijk vastgelegd en door beide bestuurders
  ondertekend. Zij gelden niet ten nadele van leerlingen die al in de route zitten.
- **Stoppen**: de overeenkomst loopt voor onbepaalde tijd. Opzeggen kan schriftelijk vóór
  1 december, met ingang van 1 augustus van het jaar daarna. Na opzegging stromen geen nieuwe
  leerlingen meer in; leerlingen die al in de route zitten, maken haar af bij de school en het
  ROC.

---

*Getekend in Gouda op 27 juni 2025.*

| Namens Stichting Openbaar Voortgezet Onderwijs Zuidplas | Namens Stichting ROC Hollandse IJssel |
|---|---|
| M. Oudshoorn, bestuurder | drs. R. Kamerling, voorzitter college van bestuur |
"""


@register(276, 'h276_vraagkoppen_geintegreerde_route_zuidplas', 'md',
          'Markdown agreement organised under question headings, geïntegreerde route; Zuidplas; '
          'Horeca, bakkerij en recreatie bb -> mbo-2 Kok; a pupil who leaves goes automatically to '
          'Entree; medezeggenschap heading with only a PM placeholder.',
          {'a': 'present', 'b': 'present', 'c': 'present', 'd': 'present', 'e': 'present',
           'f': 'weak', 'g': 'present', 'h': 'weak', 'i': 'present', 'j': 'present'},
          {'a': '1. Welke route bieden we samen aan?',
           'b': '2. Wie doen er vanuit de horeca mee, en wat doen zij?',
           'c': '3. Wie heeft de leiding?', 'd': '4. Hoe houden de besturen zicht op de route?',
           'e': '5. Hoe is het onderwijs georganiseerd?', 'g': '7. Gaat er geld over en weer?',
           'i': '9. Wat als we het niet eens zijn?',
           'j': '10. Kan er een partij bij, hoe veranderen we afspraken en hoe stoppen we?'})
def build_276(path):
    write_text(path, T276)


# ----------------------------------------------------------------------------------------------
# h277  long PDF, three parties, chapters, cross-references, annexes included
# ----------------------------------------------------------------------------------------------
@register(277, 'h277_lang_drie_partijen_bijlagen_zuid_kennemerland', 'pdf',
          'Long PDF (chapters, numbered articles with cross-references, three annexes incl. '
          'per-year route table and financial table); two vmbo schools and one ROC in '
          'Zuid-Kennemerland; Media, vormgeving en ICT gl -> mbo-4 Software developer and '
          'Mediavormgever; two-way transfer with amounts and purposes; fully worked out.',
          {'a': 'present', 'b': 'present', 'c': 'present', 'd': 'present', 'e': 'present',
           'f': 'present', 'g': 'present', 'h': 'present', 'i': 'present', 'j': 'present'},
          {'a': 'Artikel 3 Profiel, opleidingen en opbouw van de route',
           'b': 'Artikel 4 Inbreng van het bedrijfsleven',
           'c': 'Artikel 5 Stuurgroep en routeteam',
           'd': 'Artikel 6 Inlichtingen en verantwoording',
           'e': 'Artikel 8 Locaties, voorzieningen en personeel',
           'f': 'Artikel 11 Overstapoptie', 'g': 'Artikel 12 Overdracht van bekostiging',
           'h': 'Artikel 13 Medezeggenschap', 'i': 'Artikel 14 Geschillen',
           'j': 'Artikel 15 Toetreding, wijziging, duur en beëindiging'})
def build_277(path):
    H, H2, L = 'h', 'h2', 'li'
    b = [
        ('title', 'SAMENWERKINGSOVEREENKOMST'),
        ('subtitle', 'doorlopende leerroute vmbo-mbo "Digitale Makers" Zuid-Kennemerland'),
        ('subtitle', 'Spaarne Vakcollege - Duinrand College - ROC Kennemerdelta'),
        ('spacer', 6),
        (H, 'Partijen'),
        (L, '1. Stichting Katholiek Voortgezet Onderwijs Zuid-Kennemerland, statutair gevestigd '
            'te Haarlem, bevoegd gezag van het Spaarne Vakcollege (vmbo, basis-, kader- en '
            'gemengde leerweg), te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het '
            'college van bestuur, mevrouw dr. A.M. Tuinstra, hierna te noemen: "SKVO";'),
        (L, '2. Stichting Openbaar Onderwijs Duin en Bollen, statutair gevestigd te Heemstede, '
            'bevoegd gezag van het Duinrand College (vmbo, gemengde en theoretische leerweg), te '
            'dezen rechtsgeldig vertegenwoordigd door de bestuurder, de heer J.C. van Lier, hierna '
            'te noemen: "SOODB";'),
        (L, '3. Stichting Regionaal Opleidingencentrum Kennemerdelta, statutair gevestigd te '
            'Haarlem, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college '
            'van bestuur, de heer drs. B. Hoekstra, hierna te noemen: "het ROC";'),
        ('p', 'SKVO en SOODB gezamenlijk ook: "de scholen"; de scholen en het ROC gezamenlijk: '
              '"partijen".'),
        (H, 'Overwegingen'),
        (L, 'A. Partijen werken sinds 2019 samen in het project Digitale Makers, waarin '
            'vmbo-leerlingen met belangstelling voor programmeren en vormgeving al tijdens hun '
            'vmbo-opleiding onderdelen van het mbo volgen.'),
        (L, 'B. Met ingang van het schooljaar 2025-2026 willen partijen dit project omzetten in '
            'een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en artikel '
            '9.1.2 WEB.'),
        (L, 'C. Daarvoor is een samenwerkingsovereenkomst vereist die ten minste de onderwerpen '
            'van artikel 2.107b, tweede lid, WVO 2020 regelt.'),
        (L, 'D. De medezeggenschapsraden van de scholen en de studentenraad van het ROC hebben '
            'over het voornemen tot deze samenwerking advies uitgebracht.'),
        ('p', 'Partijen komen het volgende overeen.'),

        (H, 'HOOFDSTUK 1 ALGEMENE BEPALINGEN'),
        (H2, 'Artikel 1 Begrippen'),
        ('p', 'In deze overeenkomst en de bijlagen wordt verstaan onder:'),
        (L, 'a. route: de doorlopende leerroute Digitale Makers, beschreven in artikel 3;'),
        (L, 'b. routejaar: een leerjaar van de route; routejaar 1 en 2 vallen samen met leerjaar '
            '3 en 4 van het vmbo (vo-fase), routejaar 3 tot en met 5 vormen de mbo-fase;'),
        (L, 'c. deelnemer: een leerling of student die aan de route deelneemt;'),
        (L, 'd. stuurgroep: het orgaan bedoeld in artikel 5.1;'),
        (L, 'e. routeteam: het orgaan bedoeld in artikel 5.4, dat de dagelijkse leiding over de '
            'route voert;'),
        (L, 'f. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en '
            'examenregeling van de route, bedoeld in artikel 7;'),
        (L, 'g. bedrijvenkring: de kring van bedrijven en organisaties bedoeld in artikel 4.'),
        (H2, 'Artikel 2 Onderwerp en doel'),
        ('p', '2.1 Partijen verzorgen gezamenlijk de route en voeren haar uit overeenkomstig deze '
              'overeenkomst en de bijlagen, die daarvan deel uitmaken. Bij strijd gaat de tekst '
              'van de overeenkomst voor.'),
        ('p', '2.2 Doel van de route is dat deelnemers zonder onderbreking, overlap of '
              'dubbele intake een vmbo-diploma en een mbo-diploma op niveau 4 behalen, en dat zij '
              'daarbij vroeg en herhaaldelijk kennismaken met de digitale en creatieve sector in '
              'de regio.'),
        ('p', '2.3 Partijen melden de route gezamenlijk aan de minister. Elke school registreert '
              'de route afzonderlijk in RIO; het ROC doet hetzelfde. De melding geschiedt vóór '
              '1 oktober 2025.'),

        (H, 'HOOFDSTUK 2 DE ROUTE'),
        (H2, 'Artikel 3 Profiel, opleidingen en opbouw van de route'),
        ('p', '3.1 De route sluit aan op het profiel Media, vormgeving en ICT van de gemengde '
              'leerweg, zoals dat door beide scholen wordt aangeboden.'),
        ('p', '3.2 De route leidt op tot een van de volgende middenkaderopleidingen (niveau 4, '
              'bol) van het ROC in het opleidingsdomein ICT en creatieve industrie: (a) Software '
              'developer; (b) Mediavormgever. De deelnemer kiest uiterlijk in maart van routejaar 2 '
              'voor een van beide uitstroomrichtingen; tot dat moment is het programma voor alle '
              'deelnemers gelijk.'),
        ('p', '3.3 De route omvat vijf routejaren. Het centraal examen van de gemengde leerweg '
              'wordt afgelegd aan het eind van routejaar 2; de school waar de deelnemer staat '
              'ingeschreven, kan toestaan dat één vak in routejaar 3 wordt afgerond. Bijlage 1 geeft '
              'per routejaar de onderdelen van het programma en de plaats waar zij worden '
              'verzorgd.'),
        ('p', '3.4 Toelating tot de route vindt plaats aan het eind van leerjaar 2 van het vmbo, '
              'op basis van een oriëntatiegesprek met de deelnemer en zijn ouders en het advies van '
              'de mentor. Partijen hanteren geen selectietoets.'),
        (H2, 'Artikel 4 Inbreng van het bedrijfsleven'),
        ('p', '4.1 Partijen stellen een bedrijvenkring in van ten minste acht bedrijven en '
              'organisaties uit de regio, onder wie in elk geval webbureau Pixelhaven B.V., '
              'softwarebedrijf Duinsoft B.V., het regionale omroepbedrijf HaarlemFM en de afdeling '
              'digitale dienstverlening van de gemeente Haarlem. De bedrijven in de kring zijn of '
              'worden erkend leerbedrijf.'),
        ('p', '4.2 De bedrijvenkring:'),
        (L, 'a. adviseert de stuurgroep jaarlijks, vóór 1 april, over de inhoud van het '
            'programma, de keuzedelen en de aansluiting op de arbeidsmarkt;'),
        (L, 'b. levert in elk routejaar ten minste drie opdrachten van echte opdrachtgevers, '
            'waaraan deelnemers in projectteams werken;'),
        (L, 'c. verzorgt in de vo-fase per routejaar ten minste vier gastlessen en twee '
            'bedrijfsbezoeken;'),
        (L, 'd. biedt in routejaar 3 en 5 bpv-plaatsen aan voor alle deelnemers;'),
        (L, 'e. levert beoordelaars uit de praktijk voor de proeven van bekwaamheid.'),
        ('p', '4.3 Het routeteam onderhoudt het contact met de bedrijvenkring en komt ten minste '
              'twee keer per jaar met haar bijeen. SBB wordt uitgenodigd voor deze bijeenkomsten.'),

        (H, 'HOOFDSTUK 3 LEIDING EN VERANTWOORDING'),
        (H2, 'Artikel 5 Stuurgroep en routeteam'),
        ('p', '5.1 Er is een stuurgroep, bestaande uit de directeur van het Spaarne Vakcollege, de '
              'directeur van het Duinrand College en de directeur van Kennemerdelta ICT & '
              'Creatief. Zij worden in die hoedanigheid door hun eigen college van bestuur '
              'respectievelijk bestuurder aangewezen; bij verhindering wijst dat bestuur een '
              'plaatsvervanger aan.'),
        ('p', '5.2 De stuurgroep is namens de besturen verantwoordelijk voor de strategische '
              'koers van de route, stelt jaarlijks het routeplan en de routebegroting vast binnen '
              'de kaders van Bijlage 2 en legt het PTA/OER ter vaststelling voor aan de besturen.'),
        ('p', '5.3 De stuurgroep besluit bij unanimiteit. Zij is niet bevoegd tot het aangaan van '
              'verplichtingen die de routebegroting te boven gaan, tot wijziging van deze '
              'overeenkomst of tot besluiten over de rechtspositie van personeel.'),
        ('p', '5.4 De dagelijkse leiding over de route berust bij het routeteam. Het routeteam '
              'bestaat uit een routemanager in dienst van het ROC, de teamleider bovenbouw van elk '
              'van beide scholen en de opleidingscoördinator ICT & Creatief van het ROC.'),
        ('p', '5.5 De routemanager wordt benoemd door de stuurgroep, na een openbare interne '
              'werving bij partijen, voor een periode van vier jaar; herbenoeming is eenmaal '
              'mogelijk. De overige leden van het routeteam worden door hun eigen bestuur '
              'aangewezen.'),
        ('p', '5.6 De besturen dragen het routeteam op en geven het de bevoegdheid om: (a) het '
              'jaarrooster vast te stellen; (b) docenten binnen de in artikel 9 genoemde formatie '
              'in te zetten op de programmaonderdelen; (c) deelnemers toe te laten tot de route '
              'overeenkomstig artikel 3.4; (d) de routebegroting uit te voeren en daarbinnen '
              'verplichtingen aan te gaan tot € 15.000 per verplichting; (e) de contacten met de '
              'bedrijvenkring te onderhouden; en (f) overstapbesluiten voor te bereiden als bedoeld '
              'in artikel 11.'),
        (H2, 'Artikel 6 Inlichtingen en verantwoording'),
        ('p', '6.1 De routemanager brengt in elke vergadering van de stuurgroep, die ten minste '
              'vier keer per schooljaar plaatsvindt, een voortgangsrapportage uit over de '
              'instroom, de studievoortgang, het verzuim, de uitval en de uitputting van de '
              'routebegroting.'),
        ('p', '6.2 De stuurgroep zendt de besturen van alle partijen vóór 1 november een '
              'jaarverslag over het voorafgaande schooljaar, waarin zij verantwoording aflegt over '
              'de resultaten, de besteding van de middelen, de kwaliteit van het onderwijs en de '
              'uitvoering van deze overeenkomst. Het jaarverslag wordt besproken in het jaarlijkse '
              'bestuurlijk overleg van partijen in december.'),
        ('p', '6.3 Ieder bestuur kan tussentijds schriftelijk inlichtingen vragen aan de stuurgroep; '
              'de stuurgroep antwoordt binnen vier weken en zendt het antwoord in afschrift aan de '
              'andere besturen.'),

        (H, 'HOOFDSTUK 4 INRICHTING'),
        (H2, 'Artikel 7 Programma, examinering en bpv'),
        ('p', '7.1 Partijen beschrijven voor de gehele route in het PTA/OER het '
              'onderwijsprogramma, de examinering en de beroepspraktijkvorming per routejaar. Het '
              'PTA/OER vermeldt per onderdeel of het tot het vmbo-programma, het mbo-programma of '
              'beide behoort, en welke onderdelen vakoverstijgend zijn.'),
        ('p', '7.2 De scholen zijn verantwoordelijk voor de vmbo-examinering en -diplomering, ook '
              'wanneer een deelnemer al bij het ROC is ingeschreven. Het ROC is verantwoordelijk '
              'voor de mbo-examinering, de bpv en de mbo-diplomering. Mbo-examens kunnen vanaf '
              'routejaar 1 worden afgenomen; de examencommissie van het ROC ziet daarop toe.'),
        ('p', '7.3 De onderwijstijd en studieduur voldoen aan de artikelen 2.107g tot en met 2.107i '
              'WVO 2020 en de artikelen 9.1.9 tot en met 9.1.11 WEB.'),
        (H2, 'Artikel 8 Locaties, voorzieningen en personeel'),
        ('p', '8.1 In routejaar 1 en 2 volgen de deelnemers het onderwijs op hun eigen school en '
              'twee dagen per week in het Digitale Makers Lab van het ROC aan de Zijlsingel te '
              'Haarlem. Vanaf routejaar 3 vindt het onderwijs plaats bij het ROC en bij de '
              'bedrijven uit de bedrijvenkring.'),
        ('p', '8.2 Het ROC stelt het Digitale Makers Lab, met werkplekken voor grafisch ontwerp, '
              'de ontwikkelservers, de licenties voor ontwerp- en ontwikkelsoftware en de '
              'fotostudio beschikbaar voor alle deelnemers. De scholen stellen hun ICT-lokalen en '
              'hun laptops in bruikleen beschikbaar voor de lessen die ROC-docenten op de scholen '
              'verzorgen. Partijen geven elkaars docenten toegang tot hun elektronische '
              'leeromgeving.'),
        ('p', '8.3 Partijen vormen één routedocententeam. Daarin zet het ROC in de vo-fase ten '
              'minste 1,2 fte docent ICT en mediavormgeving in, verdeeld over beide scholen; elke '
              'school zet ten minste 0,8 fte docent MVI en 0,2 fte docent Nederlands in, ook ten '
              'behoeve van deelnemers in routejaar 3 die hun vmbo-examen afronden.'),
        ('p', '8.4 Voor de vak- en sectoroverstijgende onderdelen Design Sprint en Web & App '
              'Studio maakt het team gebruik van de teambevoegdheid op grond van artikel 7.13a WVO '
              '2020 en artikel 9.1.12 WEB. Voor elk onderdeel is ten minste één bevoegde docent '
              'betrokken; het PTA/OER vermeldt de onderdelen waarin het team wordt ingezet.'),
        ('p', '8.5 Docenten blijven in dienst van hun eigen werkgever. De routemanager stemt de '
              'inzet af met de leidinggevenden van de docenten; professionalisering van het team '
              'komt ten laste van de routebegroting.'),
        (H2, 'Artikel 9 Formatie'),
        ('p', '9.1 De in artikel 8.3 genoemde formatie wordt jaarlijks herijkt aan de hand van het '
              'aantal deelnemers op 1 oktober. Bij minder dan twaalf deelnemers per routejaar '
              'overleggen partijen in de stuurgroep over een aangepaste inzet; de minimale inzet '
              'per onderdeel blijft gewaarborgd.'),
        (H2, 'Artikel 10 Inschrijving, begeleiding, klachten en gegevens'),
        ('p', '10.1 Een deelnemer is in routejaar 1 en 2 ingeschreven bij zijn school en vanaf '
              'routejaar 3 bij het ROC. Heeft hij het vmbo-diploma dan nog niet behaald, dan blijft '
              'hij voor de vo-activiteiten bij zijn school geregistreerd.'),
        ('p', '10.2 De mentor van de school blijft aanspreekpunt tot het vmbo-diploma is behaald; '
              'daarna neemt de studieloopbaanbegeleider van het ROC deze rol over. De overdracht '
              'vindt plaats in een driegesprek.'),
        ('p', '10.3 De klachtenregeling van iedere partij is mede van toepassing op gedragingen '
              'van bestuur en personeel van de andere partijen in het kader van de route. De '
              'partij die de klacht ontvangt, handelt haar af; de andere partijen verlenen '
              'medewerking.'),
        ('p', '10.4 Partijen wisselen persoonsgegevens van deelnemers uit voor zover dat nodig is '
              'voor de uitvoering van de route en leggen de afspraken daarover vast in een '
              'gegevensdelingsovereenkomst.'),

        (H, 'HOOFDSTUK 5 OVERSTAP'),
        (H2, 'Artikel 11 Overstapoptie'),
        ('p', '11.1 Partijen zorgen ervoor dat een deelnemer wiens deelname aan de route eindigt '
              'voordat hij haar met succes heeft afgerond, een vmbo-diploma of een mbo-diploma kan '
              'behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd.'),
        ('p', '11.2 Welk vervolg past, wordt beoordeeld door een overstapcommissie die bestaat uit '
              'de decaan van de school van de deelnemer en de opleidingscoördinator van het ROC. '
              'De commissie voert vooraf een gesprek met de deelnemer en zijn ouders en neemt hun '
              'wensen in haar besluit mee. Het besluit is een gezamenlijk besluit van de school en '
              'het ROC en wordt binnen drie weken schriftelijk aan de deelnemer meegedeeld.'),
        ('p', '11.3 Partijen hanteren daarbij de volgende kaders:'),
        (L, 'a. Vertrek in de vo-fase: de deelnemer zet zijn opleiding voort in de gemengde '
            'leerweg, in hetzelfde of een ander profiel, en behaalt het vmbo-diploma; mbo-'
            'onderdelen die hij al heeft behaald, worden bij een latere instroom in het ROC '
            'vrijgesteld.'),
        (L, 'b. Andere richting: wil de deelnemer een andere kant op, dan kan hij overstappen naar '
            'een andere doorlopende leerroute van de scholen of, na het vmbo-diploma, naar een '
            'andere opleiding op niveau 4 of niveau 3 van het ROC.'),
        (L, 'c. Geen vmbo-diploma na routejaar 3: de deelnemer kan zijn mbo-opleiding bij het ROC '
            'voortzetten of overstappen naar een andere opleiding van het ROC op hetzelfde of een '
            'lager niveau. De vooropleidingseisen gelden dan niet (artikel 2.107k WVO 2020, '
            'artikel 9.1.14 WEB). Tegelijk biedt de school de mogelijkheid het vmbo-examen '
            'opnieuw af te leggen.'),
        (L, 'd. Niveau 4 te hoog gegrepen: de deelnemer stapt over naar de vakopleiding Allround '
            'medewerker IT systems and devices (niveau 3) of een andere passende opleiding van '
            'het ROC.'),
        (L, 'e. Verhuizing of keuze voor een andere instelling: het ROC vraagt de ontvangende '
            'instelling om een geschiktheidsonderzoek als bedoeld in artikel 8.2.1, zesde lid, '
            'WEB en draagt het dossier met instemming van de deelnemer warm over.'),
        ('p', '11.4 De scholen nemen de werkwijze van dit artikel op in hun schoolgids; het ROC in '
              'de studentenstatuut-bijlage van de route.'),

        (H, 'HOOFDSTUK 6 FINANCIËN'),
        (H2, 'Artikel 12 Overdracht van bekostiging'),
        ('p', '12.1 Iedere school draagt met toepassing van artikel 5.42a WVO 2020 voor elke '
              'deelnemer die op 1 oktober in routejaar 1 of 2 bij haar staat ingeschreven een '
              'bedrag van € 900 per schooljaar over aan het ROC. Dit bedrag is bestemd voor de inzet '
              'van ROC-docenten in de vo-fase (artikel 8.3) en voor licenties en onderhoud van het '
              'Digitale Makers Lab (artikel 8.2).'),
        ('p', '12.2 Het ROC draagt met toepassing van artikel 9.1.15 WEB voor elke deelnemer die op '
              '1 oktober in routejaar 3 bij het ROC staat ingeschreven zonder vmbo-diploma een '
              'bedrag van € 400 over aan diens school, bestemd voor de lessen en de begeleiding '
              'bij het afronden van het vmbo-examen.'),
        ('p', '12.3 Bijlage 2 bevat de uitwerking, de indexering en de wijze van facturering. '
              'Overige kosten komen voor rekening van de partij die ze maakt.'),

        (H, 'HOOFDSTUK 7 MEDEZEGGENSCHAP'),
        (H2, 'Artikel 13 Medezeggenschap'),
        ('p', '13.1 In de vo-fase geldt voor deelnemers, hun ouders en het personeel van de scholen '
              'de medezeggenschap op grond van de WMS; in de mbo-fase geldt voor deelnemers en '
              'hun ouders de WEB en voor het personeel van het ROC de WOR. Partijen maken daarnaast '
              'de volgende afspraken.'),
        ('p', '13.2 Deelnemers in de vo-fase kunnen zitting nemen in de opleidingsraad '
              'ICT & Creatief van het ROC, met dezelfde rechten als de studentleden.'),
        ('p', '13.3 De routemanager richt een klankbordgroep in van ten minste vier deelnemers en '
              'vier ouders uit de verschillende routejaren, die twee keer per jaar bijeenkomt en '
              'het routeteam gevraagd en ongevraagd advies geeft.'),
        ('p', '13.4 Een voorgenomen besluit tot wijziging of beëindiging van deze overeenkomst wordt '
              'voor advies voorgelegd aan de medezeggenschapsraden van de scholen en aan de '
              'studentenraad van het ROC, die daarover desgewenst gezamenlijk adviseren.'),

        (H, 'HOOFDSTUK 8 SLOTBEPALINGEN'),
        (H2, 'Artikel 14 Geschillen'),
        ('p', '14.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst '
              'voorgelegd aan de stuurgroep, die binnen vier weken een oplossing voorstelt.'),
        ('p', '14.2 Bereikt de stuurgroep geen overeenstemming, dan wordt het geschil voorgelegd aan '
              'de besturen van partijen, die binnen zes weken bijeenkomen.'),
        ('p', '14.3 Leidt ook dat overleg niet tot een oplossing, dan trachten partijen het geschil '
              'op te lossen met behulp van een door hen gezamenlijk aangewezen MfN-registermediator. '
              'Is het geschil drie maanden na de start van de mediation niet opgelost, dan kan '
              'iedere partij het geschil voorleggen aan de bevoegde rechter van de rechtbank '
              'Noord-Holland, locatie Haarlem.'),
        (H2, 'Artikel 15 Toetreding, wijziging, duur en beëindiging'),
        ('p', '15.1 Toetreding. Een andere school voor vmbo of instelling voor beroepsonderwijs kan '
              'partij worden bij deze overeenkomst als (a) alle partijen daarmee schriftelijk '
              'instemmen, (b) de toetredende partij het profiel Media, vormgeving en ICT '
              'respectievelijk een van de opleidingen van artikel 3.2 aanbiedt, (c) zij het '
              'PTA/OER overneemt en (d) zij een toetredingsverklaring tekent volgens het model in '
              'Bijlage 3. De toetreding gaat in op 1 augustus na ondertekening en wordt door de '
              'toetredende partij in RIO geregistreerd.'),
        ('p', '15.2 Wijziging. Deze overeenkomst en de bijlagen kunnen alleen worden gewijzigd bij '
              'schriftelijke, door alle besturen ondertekende akte, na advies als bedoeld in '
              'artikel 13.4. Bijlage 1 kan door de stuurgroep worden aangepast voor zover het '
              'PTA/OER daartoe aanleiding geeft. Een wijziging mag de studieduur of de '
              'diplomamogelijkheden van deelnemers die al in de route zitten niet verslechteren.'),
        ('p', '15.3 Duur. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor '
              'onbepaalde tijd. Partijen evalueren haar in het schooljaar 2027-2028.'),
        ('p', '15.4 Opzegging. Iedere partij kan de overeenkomst schriftelijk opzeggen vóór '
              '1 januari, met ingang van 1 augustus van het daaropvolgende kalenderjaar. Zeggen '
              'een of meer partijen op, dan blijft de overeenkomst tussen de overige partijen van '
              'kracht, mits ten minste één school en het ROC overblijven.'),
        ('p', '15.5 Ontbinding. Schiet een partij ernstig tekort en herstelt zij de tekortkoming '
              'niet binnen twee maanden na een schriftelijke ingebrekestelling, dan kunnen de '
              'overige partijen de overeenkomst ten aanzien van die partij ontbinden.'),
        ('p', '15.6 Bescherming van deelnemers. Na opzegging of ontbinding worden geen nieuwe '
              'deelnemers meer toegelaten voor zover de opzeggende partij bij hun route betrokken '
              'is. Deelnemers die op de datum van beëindiging al in de route zitten, ronden haar '
              'af; de betrokken partijen blijven de daarvoor benodigde docenten, voorzieningen en '
              'middelen leveren tot de laatste deelnemer is uitgestroomd. Artikel 11 blijft op hen '
              'van toepassing.'),
        (H2, 'Artikel 16 Slotbepaling'),
        ('p', '16.1 Op deze overeenkomst is Nederlands recht van toepassing.'),
        ('p', '16.2 Deze overeenkomst kan worden aangehaald als "SOK Digitale Makers 2025".'),
        ('p', 'Aldus overeengekomen en in drievoud ondertekend te Haarlem op 30 juni 2025.'),
        ('sig', [['SKVO', 'dr. A.M. Tuinstra', 'voorzitter college van bestuur'],
                 ['SOODB', 'J.C. van Lier', 'bestuurder'],
                 ['ROC Kennemerdelta', 'drs. B. Hoekstra', 'voorzitter college van bestuur']]),
        ('pagebreak',),
        (H, 'Bijlage 1 Routeoverzicht per routejaar'),
        ('p', 'Deze bijlage hoort bij artikel 3.3. Per routejaar is aangegeven welke onderdelen '
              'worden verzorgd, door wie en waar. De verdeling in uren staat in het PTA/OER.'),
        ('table', [
            ['Routejaar', 'Fase en inschrijving', 'Hoofdonderdelen', 'Locatie', 'Examinering'],
            ['1 (vmbo 3)', 'vo-fase, school', 'profielvakken MVI, algemene vakken, Design Sprint '
             '(team), gastlessen bedrijvenkring', 'eigen school; 2 dagen Makers Lab ROC',
             'schoolexamen vmbo; eerste mbo-onderdeel (keuzedeel)'],
            ['2 (vmbo 4)', 'vo-fase, school', 'algemene vakken, Web & App Studio (team), '
             'keuze uitstroomrichting', 'eigen school; 2 dagen Makers Lab ROC',
             'centraal examen gl; mbo-beroepsgerichte toetsen'],
            ['3', 'mbo-fase, ROC', 'beroepsgerichte onderdelen richting, bpv 10 weken',
             'ROC; bedrijvenkring', 'mbo-examens; zo nodig afronding één vmbo-vak'],
            ['4', 'mbo-fase, ROC', 'projecten met opdrachtgevers, keuzedelen', 'ROC',
             'mbo-examens'],
            ['5', 'mbo-fase, ROC', 'bpv 20 weken, proeve van bekwaamheid',
             'bedrijvenkring; ROC', 'proeve van bekwaamheid; diplomering'],
        ], [0.13, 0.17, 0.32, 0.19, 0.19]),
        (H, 'Bijlage 2 Financiële afspraken'),
        ('p', 'Deze bijlage hoort bij artikel 12. Bedragen gelden voor het schooljaar 2025-2026 en '
              'worden jaarlijks per 1 augustus geïndexeerd met de loon- en prijsbijstelling van de '
              'rijksbijdrage voortgezet onderwijs.'),
        ('table', [
            ['Nr', 'Van - naar', 'Grondslag', 'Bedrag', 'Bestemming'],
            ['A', 'SKVO - ROC', 'deelnemer routejaar 1-2 op 1 oktober', '€ 900 per jaar',
             'ROC-docenten vo-fase (60%), Makers Lab (40%)'],
            ['B', 'SOODB - ROC', 'deelnemer routejaar 1-2 op 1 oktober', '€ 900 per jaar',
             'ROC-docenten vo-fase (60%), Makers Lab (40%)'],
            ['C', 'ROC - school', 'deelnemer routejaar 3 zonder vmbo-diploma op 1 oktober',
             '€ 400 per jaar', 'lessen en begeleiding afronding vmbo-examen'],
        ], [0.07, 0.17, 0.32, 0.16, 0.28]),
        ('p', 'Het ROC factureert A en B in november; de school factureert C in '
              'november. Betaling binnen dertig dagen. De routemanager verantwoordt de besteding in '
              'het jaarverslag (artikel 6.2).'),
        (H, 'Bijlage 3 Model toetredingsverklaring'),
        ('p', 'Ondergetekende, [naam bevoegd gezag], bevoegd gezag van [naam school of '
              'instelling], verklaart toe te treden tot de SOK Digitale Makers 2025 met ingang van '
              '[datum], en aanvaardt alle rechten en verplichtingen die daaruit voortvloeien. '
              'Partijen bij de overeenkomst verklaren met deze toetreding in te stemmen.'),
        ('p', 'Plaats, datum en handtekeningen van alle partijen.'),
    ]
    make_pdf(path, P(*b), 'SOK Digitale Makers 2025', base=10.5,
             footer='SOK Digitale Makers 2025 - Zuid-Kennemerland')


# ----------------------------------------------------------------------------------------------
# h278  DOCX, agreement table plus a text box holding the overstap framework
# ----------------------------------------------------------------------------------------------
def _docx_table(d, rows, widths_cm, header=True, style='Table Grid'):
    from docx.shared import Cm, Pt
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.autofit = False
    for ci, w in enumerate(widths_cm):
        t.columns[ci].width = Cm(w)
    for ri, row in enumerate(rows):
        for ci, txt in enumerate(row):
            cell = t.cell(ri, ci)
            cell.width = Cm(widths_cm[ci])
            paras = txt.split('\n')
            cell.text = paras[0]
            for extra in paras[1:]:
                cell.add_paragraph(extra)
            for par in cell.paragraphs:
                par.paragraph_format.space_after = Pt(3)
                for run in par.runs:
                    run.font.size = Pt(9.5)
                    if header and ri == 0:
                        run.bold = True
    return t


@register(278, 'h278_afsprakentabel_tekstvak_alblasserwaard', 'docx',
          'DOCX with a three-column agreement table and a VML text box holding the overstap '
          'framework (table row only points to the box); Alblasserwaard; Produceren, installeren '
          'en energie kb -> mbo-3 Eerste monteur elektrotechnische installaties; explicit no '
          'transfer; arbitration; silent on medezeggenschap.',
          {'a': 'present', 'b': 'present', 'c': 'present', 'd': 'present', 'e': 'present',
           'f': 'present', 'g': 'present', 'h': 'not_applicable', 'i': 'present', 'j': 'present'},
          {'a': 'Welke route', 'b': 'Bedrijven in de route', 'c': 'Leiding van de route',
           'd': 'Verslag aan de besturen', 'e': 'Inrichting: plaats, programma, docenten en ruimtes',
           'f': 'Altijd een passend vervolg', 'g': 'Geld', 'i': 'Meningsverschillen',
           'j': 'Erbij komen, wijzigen en stoppen'})
def build_278(path):
    from docx.shared import Pt
    d = new_docx()
    d.add_paragraph('Samenwerkingsovereenkomst Elektroroute Alblasserwaard', style='Title')
    d.add_paragraph('doorlopende leerroute vmbo-mbo, versie definitief, juni 2025')
    for t in [
        'Ondergetekenden:',
        'Stichting Christelijk Voortgezet Onderwijs Alblasserwaard, bevoegd gezag van het '
        'Waardcollege, vmbo te Sliedrecht, vertegenwoordigd door de heer G. de Jongh, voorzitter '
        'van het college van bestuur (hierna: de school),',
        'en',
        'Stichting ROC Drechtwaard, gevestigd te Dordrecht, vertegenwoordigd door mevrouw ir. '
        'L. Boogaard, lid van het college van bestuur (hierna: het ROC),',
        'spreken af dat zij vanaf 1 augustus 2025 samen de doorlopende leerroute verzorgen die in '
        'de tabel hieronder is beschreven. Wat in de kolom "Wat wij afspreken" staat, binden '
        'school en ROC zich na te komen. De tabel en het kader eronder vormen samen de '
        'samenwerkingsovereenkomst bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB.',
    ]:
        d.add_paragraph(t)
    rows = [
        ['Nr', 'Onderwerp', 'Wat wij afspreken'],
        ['1', 'Welke route',
         'Leerlingen van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en '
         'energie, stromen in leerjaar 3 in. De route leidt naar het vmbo-diploma en het '
         'mbo-diploma Eerste monteur elektrotechnische installaties (niveau 3, bol en in het '
         'laatste jaar bbl mogelijk) in het opleidingsdomein Installatie en energie.\n'
         'De route duurt vijf routejaren: twee bij de school (leerjaar 3 en 4), drie bij het ROC. '
         'School en ROC melden de route samen aan bij DUO via RIO.'],
        ['2', 'Bedrijven in de route',
         'De Installatietafel Drechtsteden, waarin de installatiebedrijven Van der Giessen '
         'Installatietechniek (Papendrecht), Elektro Visser & Zn. (Nieuw-Lekkerland) en '
         'Netbeheer Waarden (Alblasserdam) zitting hebben, denkt twee keer per jaar mee over '
         'het programma.\n'
         'Deze bedrijven verzorgen in leerjaar 3 en 4 per jaar zes praktijkmiddagen in hun '
         'werkplaats, bieden vanaf routejaar 3 bpv-plaatsen en in routejaar 5 bbl-banen, en '
         'leveren een beoordelaar voor de proeve van bekwaamheid. SBB adviseert over de '
         'erkenning van nieuwe leerbedrijven.'],
        ['3', 'Leiding van de route',
         'De leiding ligt bij een routeduo: de teamleider techniek van de school en de '
         'opleidingsmanager installatietechniek van het ROC. Elk wordt door het eigen college van '
         'bestuur schriftelijk aangewezen; bij vertrek wijst het betrokken bestuur binnen zes '
         'weken een opvolger aan.\n'
         'Het routeduo heeft als taak het programma, het rooster en het gezamenlijke PTA/OER op '
         'te stellen, docenten in te roosteren, leerlingen toe te laten en het contact met de '
         'Installatietafel te onderhouden. Het duo mag daarvoor zelfstandig beslissen over '
         'rooster, toelating en uitgaven tot € 5.000 per schooljaar; al het andere beslissen de '
         'besturen.'],
        ['4', 'Verslag aan de besturen',
         'Het routeduo schrijft ieder jaar vóór 15 oktober een routeverslag voor beide colleges '
         'van bestuur: aantallen, resultaten, uitval, uitgaven en knelpunten. Het verslag wordt '
         'in november besproken in een gezamenlijk bestuursgesprek, waarin het duo '
         'verantwoording aflegt. Halverwege het schooljaar, in maart, stuurt het duo een korte '
         'tussenstand per mail.'],
        ['5', 'Inrichting: plaats, programma, docenten en ruimtes',
         'Plaats: leerjaar 3 en 4 op het Waardcollege, met één dag per week in het '
         'Installatieplein van het ROC in Dordrecht; daarna bij het ROC en het leerbedrijf.\n'
         'Programma en examens: per routejaar vastgelegd in één PTA/OER; het centraal examen vmbo '
         'vindt plaats in leerjaar 4.\n'
         'Docenten: twee docenten PIE van de school en twee docenten elektrotechniek van het ROC '
         'vormen samen één team. Eén ROC-docent geeft in leerjaar 4 een dag per week les op de '
         'school. Voor het onderdeel Slim installeren wordt de teambevoegdheid gebruikt. Iedere '
         'docent blijft in dienst van zijn eigen werkgever.\n'
         'Ruimtes: het ROC stelt het Installatieplein met de oefenwanden, meetapparatuur en '
         'zonnepanelenopstelling ter beschikking; de school haar PIE-werkplaats en '
         'laswerkplaats. De school regelt het vervoer naar Dordrecht.'],
        ['6', 'Overstapoptie',
         'Zie het kader "Altijd een passend vervolg" direct onder deze tabel.'],
        ['7', 'Geld',
         'Er wordt geen bekostiging overgedragen van de school aan het ROC of andersom. Ieder '
         'betaalt de eigen docenten en ruimtes.'],
        ['8', 'Meningsverschillen',
         'Komt het routeduo er niet uit, dan gaat het meningsverschil naar de twee colleges van '
         'bestuur, die binnen een maand overleggen. Is het dan niet opgelost, dan wordt het '
         'geschil beslecht door arbitrage volgens het arbitragereglement van het Nederlands '
         'Arbitrage Instituut, met één arbiter en Dordrecht als plaats van arbitrage.'],
        ['9', 'Erbij komen, wijzigen en stoppen',
         'Erbij komen: een andere vmbo-school of mbo-instelling kan meedoen als school en ROC '
         'dat allebei schriftelijk goedkeuren en de nieuwe partij deze overeenkomst mee '
         'ondertekent; zij gaat pas per 1 augustus mee-opleiden en meldt zich bij DUO.\n'
         'Wijzigen: alleen schriftelijk, met handtekening van beide besturen. Een wijziging '
         'geldt niet voor leerlingen die al in de route zitten als die daar nadeel van hebben.\n'
         'Stoppen: opzeggen kan schriftelijk vóór 1 februari, met ingang van het eind van het '
         'volgende schooljaar. Daarna nemen wij geen nieuwe leerlingen meer aan; wie al in de '
         'route zit, maakt haar af. Schiet een partij ernstig tekort, dan kan de ander de '
         'overeenkomst ontbinden nadat een termijn van twee maanden om dat te herstellen is '
         'verstreken; ook dan maken zittende leerlingen de route af.'],
    ]
    _docx_table(d, rows, [1.0, 4.0, 11.0])
    d.add_paragraph('')
    box = d.add_paragraph()
    add_textbox(box, [
        ('Kader: Altijd een passend vervolg', True),
        ('Een leerling die de route verlaat, moet een diploma kunnen halen dat past bij wat hij '
         'al kan en bij zijn leeftijd. De mentor van de school en de studieloopbaanbegeleider '
         'van het ROC bespreken de mogelijkheden met de leerling en de ouders; de teamleider '
         'techniek en de opleidingsmanager besluiten daarna samen welk vervolg het wordt.', False),
        ('Stopt de leerling in leerjaar 3 of 4, dan maakt hij de gewone kaderberoepsgerichte '
         'leerweg af, in PIE of een ander profiel, en haalt hij het vmbo-diploma.', False),
        ('Wil hij na het vmbo-diploma iets anders, dan kan hij bij het ROC instromen in een '
         'andere opleiding op niveau 3, zoals Eerste monteur werktuigkundige installaties of '
         'Allround monteur mobiele werktuigen.', False),
        ('Heeft hij aan het eind van routejaar 3 geen vmbo-diploma, dan kan hij toch verder in '
         'een mbo-opleiding van het ROC op hetzelfde niveau of op niveau 2 (Monteur '
         'elektrotechnische installaties); de vooropleidingseisen gelden dan niet.', False),
        ('Verhuist hij of kiest hij voor een andere instelling, dan helpt het ROC met een '
         'geschiktheidsonderzoek bij die instelling en een warme overdracht.', False),
    ], width_pt=450, height_pt=230, box_id=278)
    d.add_paragraph('')
    d.add_paragraph('Ondertekend in tweevoud te Sliedrecht op 30 juni 2025.')
    _docx_table(d, [['Namens de school', 'Namens het ROC'],
                    ['G. de Jongh\nvoorzitter college van bestuur\nStichting Christelijk '
                     'Voortgezet Onderwijs Alblasserwaard',
                     'ir. L. Boogaard\nlid college van bestuur\nStichting ROC Drechtwaard']],
                [8.0, 8.0])
    for p in d.paragraphs:
        if p.paragraph_format.space_after is None:
            p.paragraph_format.space_after = Pt(5)
    save_docx(d, path, 'Samenwerkingsovereenkomst Elektroroute Alblasserwaard',
              'ROC Drechtwaard')


# ----------------------------------------------------------------------------------------------
# h279  very short one-page PDF, numbered lead-in paragraphs
# ----------------------------------------------------------------------------------------------
@register(279, 'h279_zeer_kort_afsprakenblad_hoogeveen', 'pdf',
          'Very short one-page PDF afsprakenblad with bold run-in headings; vmbo school and AOC, '
          'Hoogeveen; Groen kb -> mbo-3 Vakbekwaam hovenier; terse but every item complete; '
          'explicit no transfer; silent on medezeggenschap.',
          {'a': 'present', 'b': 'present', 'c': 'present', 'd': 'present', 'e': 'present',
           'f': 'present', 'g': 'present', 'h': 'not_applicable', 'i': 'present', 'j': 'present'},
          {'a': '1. De route.', 'b': '2. Werkveld.', 'c': '3. Leiding.',
           'd': '4. Verantwoording.', 'e': '5. Inrichting.', 'f': '6. Overstap.',
           'g': '7. Geld.', 'i': '8. Geschillen.', 'j': '9. Toetreding, wijziging en einde.'})
def build_279(path):
    b = [
        ('title', 'Afsprakenblad doorlopende leerroute Groen - Hovenier'),
        ('subtitle', 'Vakcollege Het Venster (Hoogeveen) en Groencollege Zuid-Drenthe'),
        ('p', 'Stichting Openbaar Voortgezet Onderwijs Hoogeveen, bevoegd gezag van Vakcollege Het '
              'Venster, vertegenwoordigd door de rector-bestuurder mevrouw E. Mulder, en Stichting '
              'Agrarisch Opleidingscentrum Zuid-Drenthe (Groencollege Zuid-Drenthe), '
              'vertegenwoordigd door de bestuurder de heer H.J. Bosch, sluiten deze '
              'samenwerkingsovereenkomst (art. 2.107b WVO 2020, art. 9.1.3 WEB) en spreken af:'),
        ('lead', '1. De route.', 'Profiel Groen, kaderberoepsgerichte leerweg, naar de '
                 'vakopleiding Vakbekwaam hovenier, niveau 3 (bol), domein Voedsel, natuur en '
                 'leefomgeving. Routejaar 1-2 (vmbo 3-4) bij Het Venster, routejaar 3-5 bij het '
                 'Groencollege. Wij melden de route samen in RIO.'),
        ('lead', '2. Werkveld.', 'De hoveniersbedrijven De Groene Vingers (Hoogeveen) en Tuinen '
                 'Lunsingh (Pesse), aangesloten bij branchevereniging VHG, geven in routejaar 1-2 '
                 'acht praktijkdagen per jaar op hun projecten, bieden vanaf routejaar 3 '
                 'bpv-plaatsen, beoordelen mee bij de praktijkexamens en adviseren ieder jaar in juni '
                 'over het programma.'),
        ('lead', '3. Leiding.', 'De route wordt geleid door de teamleider Groen van Het Venster '
                 'en een routecoördinator van het Groencollege. Beide bestuurders wijzen hen samen '
                 'aan voor twee jaar. Zij stellen het PTA/OER en het rooster op, zetten de docenten '
                 'in en beslissen over toelating; zij mogen zelf uitgaven doen tot € 3.000 per jaar. '
                 'Andere besluiten nemen de bestuurders.'),
        ('lead', '4. Verantwoording.', 'In januari en juli sturen de teamleider en de '
                 'coördinator beide bestuurders een notitie over aantallen, voortgang, uitval en '
                 'uitgaven. De julinotitie is de verantwoording over het schooljaar en wordt in '
                 'september in het bestuurlijk overleg besproken.'),
        ('lead', '5. Inrichting.', 'Eén gezamenlijk PTA/OER beschrijft programma, examens en bpv '
                 'per routejaar; het centraal examen vmbo valt in routejaar 2. Twee docenten groen '
                 'van Het Venster en een docent hoveniers van het Groencollege, die wekelijks op Het '
                 'Venster lesgeeft, vormen één team; voor Tuinaanleg wordt de teambevoegdheid '
                 'gebruikt. Het Groencollege stelt zijn praktijkterrein, kas en machines '
                 '(minigraver, bosmaaiers) beschikbaar, Het Venster zijn schooltuin en '
                 'praktijklokaal.'),
        ('lead', '6. Overstap.', 'Wie de route verlaat, krijgt een ander vervolg met een diploma. '
                 'Teamleider en coördinator besluiten samen, na overleg met leerling en ouders, '
                 'op grond van het bereikte niveau en de leeftijd. Stoppen in routejaar 1-2: gewone '
                 'kaderberoepsgerichte leerweg en vmbo-diploma. Daarna: een andere opleiding van '
                 'het Groencollege op niveau 3 of niveau 2 (bijvoorbeeld Hovenier); zonder '
                 'vmbo-diploma na routejaar 3 gelden de vooropleidingseisen daarbij niet. Elders: '
                 'geschiktheidsonderzoek bij de nieuwe instelling en warme overdracht.'),
        ('lead', '7. Geld.', 'Er wordt geen bekostiging overgedragen. Ieder draagt de eigen '
                 'kosten.'),
        ('lead', '8. Geschillen.', 'Een geschil over de uitvoering gaat eerst naar teamleider en '
                 'coördinator, dan naar de bestuurders (binnen zes weken), dan naar een mediator '
                 'die zij samen kiezen. Helpt dat niet, dan beslist de rechtbank Noord-Nederland, '
                 'locatie Assen.'),
        ('lead', '9. Toetreding, wijziging en einde.', 'Een andere school of instelling kan '
                 'meedoen als beide partijen schriftelijk instemmen en zij dit blad mee '
                 'ondertekent; zij start per 1 augustus en meldt zich bij DUO. Wijzigen: '
                 'schriftelijk, door beide bestuurders, niet ten nadele van zittende leerlingen. '
                 'Opzeggen: schriftelijk vóór 1 februari, per 1 augustus van het volgende '
                 'schooljaar; daarna geen nieuwe instroom, en wie in de route zit, maakt haar af.'),
        ('p', 'Hoogeveen, 30 juni 2025'),
        ('sig', [['E. Mulder', 'rector-bestuurder, Stichting Openbaar Voortgezet Onderwijs '
                  'Hoogeveen'],
                 ['H.J. Bosch', 'bestuurder, Stichting Agrarisch Opleidingscentrum '
                  'Zuid-Drenthe']]),
    ]
    make_pdf(path, b, 'Afsprakenblad route Groen - Hovenier', base=8.8, margins=(1.8, 1.5))


# ----------------------------------------------------------------------------------------------
# h280  DOCX, formal legal style with considerans and definitions
# ----------------------------------------------------------------------------------------------
@register(280, 'h280_juridisch_considerans_definities_twenterand', 'docx',
          'Formal DOCX contract (comparitie, "in aanmerking nemende dat", definitions, Artikel '
          'headings in Word heading style, running header); vmbo school and ROC in Twenterand; '
          'Mobiliteit en transport kb -> mbo-3 Eerste autotechnicus; leiding written at length but '
          'nobody appoints it; verantwoording only in the considerans; finances not mentioned at '
          'all.',
          {'a': 'present', 'b': 'present', 'c': 'weak', 'd': 'missing', 'e': 'present',
           'f': 'present', 'g': 'missing', 'h': 'present', 'i': 'present', 'j': 'present'},
          {'a': 'Artikel 2 – Onderwerp en omvang van de Route',
           'b': 'Artikel 3 – Betrokkenheid van het bedrijfsleven',
           'e': 'Artikel 6 – Organisatorische inrichting, personeel en voorzieningen',
           'f': 'Artikel 8 – Overstapoptie', 'h': 'Artikel 9 – Medezeggenschap',
           'i': 'Artikel 11 – Geschillen',
           'j': 'Artikel 12 – Duur, wijziging en beëindiging'})
def build_280(path):
    from docx.shared import Pt, Cm
    d = new_docx()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.header.paragraphs[0].text = 'SOK Autotechniek Twenterand - definitieve versie 30 juni 2025'
    t = d.add_paragraph('SAMENWERKINGSOVEREENKOMST', style='Title')
    t.alignment = 1
    t.runs[0].font.size = Pt(20)
    s = d.add_paragraph('inzake de doorlopende leerroute vmbo-mbo Mobiliteit en transport - '
                        'Eerste autotechnicus')
    s.alignment = 1

    def H(text):
        d.add_paragraph(text, style='Heading 2')

    def para(text, indent=0):
        p = d.add_paragraph(text)
        p.paragraph_format.space_after = Pt(4)
        if indent:
            p.paragraph_format.left_indent = Cm(indent)
            p.paragraph_format.first_line_indent = Cm(-0.6)
        return p

    para('DE ONDERGETEKENDEN:')
    para('1. de stichting Stichting voor Christelijk Voortgezet Onderwijs Twenterand, statutair '
         'gevestigd te Vriezenveen, kantoorhoudende aan het Westeinde 112 te Vriezenveen, bevoegd '
         'gezag van het Vakcollege Vriezenveen, te dezen rechtsgeldig vertegenwoordigd door de '
         'heer mr. T.H. Nijland, voorzitter van het college van bestuur, hierna te noemen: '
         '"de School";', 0.6)
    para('2. de stichting Stichting Regionaal Opleidingencentrum Twentevaart, statutair gevestigd '
         'te Almelo, te dezen rechtsgeldig vertegenwoordigd door mevrouw drs. S.G. '
         'Kuipers-Oude Wesselink, voorzitter van het college van bestuur, hierna te noemen: '
         '"het ROC";', 0.6)
    para('hierna gezamenlijk te noemen: "Partijen" en ieder afzonderlijk: "Partij";')
    para('IN AANMERKING NEMENDE DAT:')
    for line in [
        'A. de School het profiel Mobiliteit en transport aanbiedt in de basis- en '
        'kaderberoepsgerichte leerweg;',
        'B. het ROC op zijn locatie Almelo-Noord opleidingen verzorgt in het opleidingsdomein '
        'Mobiliteit en voertuigen;',
        'C. Partijen de overgang van vmbo naar mbo voor leerlingen met belangstelling voor de '
        'autotechniek willen vereenvoudigen en daartoe gezamenlijk een doorlopende leerroute '
        'vmbo-mbo wensen te verzorgen;',
        'D. de leiding over de route de besturen van Partijen periodiek zal informeren over de '
        'voortgang en jaarlijks verantwoording zal afleggen over de uitvoering van de route;',
        'E. Partijen hun afspraken wensen vast te leggen in een samenwerkingsovereenkomst als '
        'bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB;',
    ]:
        para(line, 0.6)
    para('KOMEN OVEREEN ALS VOLGT:')

    H('Artikel 1 – Definities')
    para('In deze Overeenkomst wordt verstaan onder:')
    for line in [
        'a. Route: de doorlopende leerroute bedoeld in artikel 2;',
        'b. Deelnemer: een leerling of student die aan de Route deelneemt;',
        'c. Stuurgroep: het orgaan dat belast is met de leiding over de Route, bedoeld in '
        'artikel 4;',
        'd. Routecoördinator: de medewerker die belast is met de dagelijkse coördinatie van de '
        'Route;',
        'e. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en '
        'examenregeling van de Route;',
        'f. vo-fase: routejaar 1 en 2, waarin de Deelnemer leerling van de School is; mbo-fase: '
        'routejaar 3 en verder, waarin de Deelnemer student van het ROC is.',
    ]:
        para(line, 0.6)

    H('Artikel 2 – Onderwerp en omvang van de Route')
    para('2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die aansluit op het '
         'profiel Mobiliteit en transport in de kaderberoepsgerichte leerweg en leidt tot het '
         'diploma van de vakopleiding Eerste autotechnicus (niveau 3) in het opleidingsdomein '
         'Mobiliteit en voertuigen. In de mbo-fase wordt de opleiding in de beroepsopleidende '
         'leerweg verzorgd; in het laatste routejaar kan de Deelnemer met instemming van Partijen '
         'overstappen naar de beroepsbegeleidende leerweg.')
    para('2.2 De Route omvat vijf routejaren. Het centraal examen vmbo wordt afgenomen in '
         'routejaar 2, uiterlijk in routejaar 3.')
    para('2.3 Partijen melden de Route gezamenlijk aan de minister door registratie in RIO vóór '
         '1 oktober 2025.')

    H('Artikel 3 – Betrokkenheid van het bedrijfsleven')
    para('3.1 Partijen betrekken het bedrijfsleven bij de invulling van de Route via het '
         'Autobedrijvenplatform Twenterand. Daaraan nemen ten minste vijf erkende leerbedrijven '
         'deel, onder wie Autobedrijf Kremer Vriezenveen B.V. en Garage Hulsman Den Ham, alsmede '
         'een vertegenwoordiger van BOVAG regio Oost.')
    para('3.2 Het platform overlegt twee keer per schooljaar met de Stuurgroep over de inhoud '
         'van het programma en de keuzedelen. De leerbedrijven verzorgen in de vo-fase per '
         'schooljaar ten minste vier gastlessen of werkplaatsbezoeken, stellen vanaf routejaar 3 '
         'bpv-plaatsen beschikbaar, leveren praktijkbeoordelaars voor de examens in de '
         'beroepspraktijk en stellen voor de lessen over elektrisch rijden voertuigen ter '
         'beschikking.')

    H('Artikel 4 – Leiding over de Route')
    para('4.1 De leiding over de Route berust bij de Stuurgroep.')
    para('4.2 De Stuurgroep bestaat uit drie leden: een vertegenwoordiger van de School, een '
         'vertegenwoordiger van het ROC en de Routecoördinator. De Routecoördinator heeft in de '
         'Stuurgroep een adviserende stem.')
    para('4.3 Partijen dragen aan de Stuurgroep de volgende taken op:')
    for line in [
        'a. het opstellen van het PTA/OER, dat door de besturen van Partijen wordt vastgesteld;',
        'b. het vaststellen van het jaarrooster van de Route;',
        'c. het toedelen van docenten aan de programmaonderdelen;',
        'd. het beslissen over de toelating van leerlingen tot de Route;',
        'e. het onderhouden van de contacten met het Autobedrijvenplatform Twenterand;',
        'f. het bewaken van de kwaliteit van het onderwijs in de Route.',
    ]:
        para(line, 1.2)
    para('4.4 De Stuurgroep is bevoegd zelfstandig te besluiten over het rooster, de toelating en '
         'de inzet van docenten binnen de formatie die Partijen daarvoor beschikbaar stellen. '
         'Besluiten over de rechtspositie van personeel, over huisvesting en over wijziging van '
         'deze Overeenkomst zijn voorbehouden aan de besturen van Partijen.')
    para('4.5 De Stuurgroep vergadert ten minste zes keer per schooljaar en besluit bij '
         'consensus. Wordt geen consensus bereikt, dan is artikel 11 van toepassing.')

    H('Artikel 5 – Onderwijskundige inrichting')
    para('5.1 Partijen beschrijven voor de gehele Route het onderwijsprogramma, de examinering '
         'en de beroepspraktijkvorming per routejaar in het PTA/OER, met vermelding per onderdeel '
         'of het tot het vmbo-programma, het mbo-programma of beide behoort.')
    para('5.2 De School is verantwoordelijk voor de vmbo-examinering en -diplomering, ook als de '
         'Deelnemer al bij het ROC is ingeschreven; het ROC voor de mbo-examinering, de '
         'beroepspraktijkvorming en de mbo-diplomering. Mbo-examens kunnen vanaf routejaar 1 '
         'worden afgenomen.')

    H('Artikel 6 – Organisatorische inrichting, personeel en voorzieningen')
    para('6.1 In de vo-fase wordt het onderwijs verzorgd op de locatie van de School te '
         'Vriezenveen, met één dag per week in de autowerkplaats van het ROC te Almelo-Noord. In '
         'de mbo-fase vindt het onderwijs plaats bij het ROC en bij de leerbedrijven.')
    para('6.2 Partijen vormen één docententeam voor de Route, bestaande uit twee docenten '
         'Mobiliteit en transport van de School en drie docenten autotechniek van het ROC. Het '
         'ROC zet in de vo-fase een docent voor 0,5 fte in op de locatie van de School. Voor het '
         'vakoverstijgende onderdeel Voertuigtechniek en diagnose maakt het team gebruik van de '
         'teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Docenten '
         'blijven in dienst van hun eigen werkgever.')
    para('6.3 Het ROC stelt zijn autowerkplaats met hefbruggen, diagnoseapparatuur en '
         'trainingsopstellingen voor hoogvoltsystemen ter beschikking van de Deelnemers in de '
         'vo-fase. De School stelt haar werkplaats Mobiliteit en transport en haar theorielokalen '
         'ter beschikking voor de lessen die docenten van het ROC op de School verzorgen.')

    H('Artikel 7 – Klachten en persoonsgegevens')
    para('7.1 De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van '
         'bestuur en personeel van de andere Partij in het kader van de Route.')
    para('7.2 Partijen verwerken persoonsgegevens van Deelnemers uitsluitend voor zover dat voor '
         'de uitvoering van de Route noodzakelijk is en overeenkomstig de AVG.')

    H('Artikel 8 – Overstapoptie')
    para('8.1 Eindigt de deelname aan de Route voordat de Deelnemer haar met succes heeft '
         'afgerond, dan stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te '
         'behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd. De teamleider van '
         'de School en de opleidingsmanager van het ROC bepalen na overleg met de Deelnemer en '
         'zijn ouders gezamenlijk welk vervolg passend is.')
    para('8.2 Daarbij gelden de volgende uitgangspunten:')
    for line in [
        'a. bij beëindiging in de vo-fase zet de Deelnemer zijn opleiding voort in de '
        'kaderberoepsgerichte leerweg van de School, in hetzelfde of een ander profiel, gericht '
        'op het behalen van het vmbo-diploma;',
        'b. bij beëindiging in de mbo-fase kan de Deelnemer overstappen naar een andere opleiding '
        'van het ROC op niveau 3, zoals Eerste bedrijfsautotechnicus, of op niveau 2, zoals '
        'Autotechnicus;',
        'c. heeft de Deelnemer aan het einde van routejaar 3 geen vmbo-diploma behaald, dan kan '
        'hij zijn opleiding bij het ROC voortzetten of overstappen naar een andere opleiding van '
        'het ROC op hetzelfde niveau zonder dat de vooropleidingseisen van toepassing zijn;',
        'd. wenst de Deelnemer over te stappen naar een andere instelling, dan verzoekt het ROC die '
        'instelling om een geschiktheidsonderzoek en draagt het ROC de Deelnemer met diens '
        'instemming over.',
    ]:
        para(line, 1.2)

    H('Artikel 9 – Medezeggenschap')
    para('9.1 In aanvulling op de WMS, de WEB en de WOR komen Partijen overeen dat de Deelnemers in '
         'de vo-fase uit hun midden twee vertegenwoordigers kunnen aanwijzen die de vergaderingen '
         'van de studentenraad van het ROC bijwonen met spreekrecht over onderwerpen die de Route '
         'betreffen.')
    para('9.2 Een voorgenomen besluit tot wijziging of beëindiging van deze Overeenkomst wordt '
         'door iedere Partij voor advies voorgelegd aan haar eigen medezeggenschapsorgaan; de '
         'medezeggenschapsraad van de School en de studentenraad van het ROC ontvangen daarbij '
         'elkaars advies.')

    H('Artikel 10 – Toetreding van andere partijen')
    para('10.1 Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze '
         'Overeenkomst toetreden met voorafgaande schriftelijke toestemming van beide Partijen. '
         'De toetreding geschiedt bij een door alle partijen ondertekende akte van toetreding, '
         'waarin de toetredende partij alle rechten en verplichtingen uit deze Overeenkomst en het '
         'PTA/OER aanvaardt.')
    para('10.2 Een toetreding gaat in op 1 augustus van een schooljaar en wordt door de '
         'toetredende partij gemeld in RIO. Zij heeft geen gevolgen voor het programma van '
         'Deelnemers die op dat moment al aan de Route deelnemen.')

    H('Artikel 11 – Geschillen')
    para('11.1 Geschillen tussen Partijen over de uitvoering van deze Overeenkomst worden in de '
         'eerste plaats voorgelegd aan de besturen van Partijen, die binnen zes weken na '
         'schriftelijke kennisgeving van het geschil met elkaar in overleg treden.')
    para('11.2 Leidt dat overleg binnen drie maanden niet tot een oplossing, dan wordt het geschil '
         'voorgelegd aan een commissie van drie personen, van wie iedere Partij er één benoemt '
         'en de twee aldus benoemden de voorzitter. De commissie brengt binnen zes weken bindend '
         'advies uit.')
    para('11.3 Het bepaalde in dit artikel laat onverlet de bevoegdheid van Partijen om een '
         'voorlopige voorziening te vragen aan de voorzieningenrechter van de rechtbank '
         'Overijssel, locatie Almelo.')

    H('Artikel 12 – Duur, wijziging en beëindiging')
    para('12.1 Deze Overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor '
         'onbepaalde tijd.')
    para('12.2 Deze Overeenkomst kan slechts worden gewijzigd bij schriftelijke, door beide '
         'Partijen ondertekende overeenkomst. Een wijziging treedt in werking bij het begin van '
         'een schooljaar en geldt niet ten nadele van Deelnemers die op dat moment al aan de '
         'Route deelnemen.')
    para('12.3 Iedere Partij kan de Overeenkomst opzeggen bij aangetekende brief, met '
         'inachtneming van een opzegtermijn van ten minste twaalf maanden, tegen het einde van '
         'een schooljaar.')
    para('12.4 Iedere Partij kan de Overeenkomst met onmiddellijke ingang ontbinden indien de '
         'andere Partij ophoudt het profiel respectievelijk de opleiding bedoeld in artikel 2 aan '
         'te bieden, of indien zij na schriftelijke ingebrekestelling ernstig tekort blijft '
         'schieten in de nakoming van deze Overeenkomst.')
    para('12.5 Na opzegging of ontbinding worden geen nieuwe Deelnemers meer toegelaten. '
         'Deelnemers die op dat moment aan de Route deelnemen, worden in staat gesteld de Route '
         'af te ronden; Partijen blijven daartoe de benodigde docenten en voorzieningen leveren. '
         'Is dat niet mogelijk, dan is artikel 8 van overeenkomstige toepassing.')

    H('Artikel 13 – Slotbepalingen')
    para('13.1 Op deze Overeenkomst is Nederlands recht van toepassing.')
    para('13.2 Indien een bepaling van deze Overeenkomst nietig blijkt, blijven de overige '
         'bepalingen van kracht en treden Partijen in overleg over een vervangende bepaling die '
         'zoveel mogelijk aansluit bij de strekking van de nietige bepaling.')
    para('ALDUS OVEREENGEKOMEN en in tweevoud ondertekend te Almelo op 30 juni 2025.')
    _docx_table(d, [['Stichting voor Christelijk Voortgezet Onderwijs Twenterand',
                     'Stichting Regionaal Opleidingencentrum Twentevaart'],
                    ['mr. T.H. Nijland\nvoorzitter college van bestuur',
                     'drs. S.G. Kuipers-Oude Wesselink\nvoorzitter college van bestuur']],
                [8.0, 8.0], header=False, style=None)
    save_docx(d, path, 'SOK Autotechniek Twenterand', 'ROC Twentevaart')


# ==============================================================================================
# main
# ==============================================================================================
def expected_obj(meta):
    return {'description': meta['description'], 'split': 'heldout',
            'statuses': meta['statuses'], 'evidence': meta['evidence']}


def build(nums):
    for n in nums:
        meta = DOCS[n]
        path = os.path.join(HERE, meta['name'] + '.' + meta['ext'])
        meta['build'](path)
        with open(os.path.join(HERE, meta['name'] + '.expected.json'), 'w', encoding='utf-8',
                  newline='\n') as fh:
            fh.write(json.dumps(expected_obj(meta), ensure_ascii=False, indent=2) + '\n')
        print('built', os.path.basename(path))


def extract(path, ext):
    if ext == 'pdf':
        return pdf_text(path)
    if ext == 'docx':
        import docx
        docx.Document(path)  # must open
        return docx_text(path)
    with open(path, encoding='utf-8') as fh:
        return fh.read()


def check():
    ok = True
    letters = list('abcdefghij')
    valid = {'present', 'weak', 'missing', 'not_applicable'}
    for n in sorted(DOCS):
        meta = DOCS[n]
        path = os.path.join(HERE, meta['name'] + '.' + meta['ext'])
        errs = []
        if not re.match(r'^h%d_[a-z0-9_]+$' % n, meta['name']):
            errs.append('bad name')
        if not os.path.exists(path):
            errs.append('missing file')
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append('too large: %d' % size)
            try:
                text = norm(extract(path, meta['ext']))
            except Exception as exc:  # noqa: BLE001
                errs.append('does not open: %r' % exc)
                text = ''
            if len(text) < 500:
                errs.append('too little text (%d chars)' % len(text))
            for k, ev in meta['evidence'].items():
                if meta['statuses'].get(k) != 'present':
                    errs.append('evidence for non-present item %s' % k)
                if norm(ev) not in text:
                    errs.append('evidence %s not found: %r' % (k, ev))
        if sorted(meta['statuses']) != letters or not set(meta['statuses'].values()) <= valid:
            errs.append('bad statuses')
        ej = os.path.join(HERE, meta['name'] + '.expected.json')
        if not os.path.exists(ej):
            errs.append('missing expected.json')
        else:
            with open(ej, encoding='utf-8') as fh:
                if json.load(fh) != expected_obj(meta):
                    errs.append('expected.json differs from table')
        status = 'OK ' if not errs else 'ERR'
        ok = ok and not errs
        print(status, meta['name'] + '.' + meta['ext'], '; '.join(errs))
    fmts = [DOCS[n]['ext'] for n in DOCS]
    print('formats:', {e: fmts.count(e) for e in sorted(set(fmts))})
    return ok


def main(argv):
    if argv and argv[0] == '--check':
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(DOCS)
    for n in nums:
        if n not in DOCS:
            sys.exit('unknown number %d' % n)
    build(nums)


if __name__ == '__main__':
    main(sys.argv[1:])
