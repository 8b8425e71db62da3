#!/usr/bin/env python3
"""Build training samples 29-36 (third train batch, part a) and their label files.

Written without looking at any checker code, and without reading the texts of samples 00-28.
All schools, instellingen, companies and people are made up.

    python3 sample_agreements/build_samples_train3a.py            # build all eight
    python3 sample_agreements/build_samples_train3a.py 31 35      # only samples whose name starts so
    python3 sample_agreements/build_samples_train3a.py --check    # open every file, verify evidence

Output is deterministic: reportlab runs with invariant=1; DOCX packages get fixed core properties
and fixed zip timestamps.
"""
import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DT = (2025, 1, 1, 0, 0, 0)
LETTERS = "abcdefghij"
CODE = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}

SAMPLES = {}


def sample(name, description, statuses, evidence):
    """Register a builder together with its labels."""
    codes = statuses.split()
    assert len(codes) == 10, name
    st = {k: CODE[c] for k, c in zip(LETTERS, codes)}
    for k in evidence:
        assert st[k] == "present", (name, k)
    for k, v in st.items():
        if v == "present":
            assert k in evidence, (name, k)

    def deco(fn):
        SAMPLES[name] = dict(fn=fn, description=description, statuses=st, evidence=evidence)
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# writers
# ----------------------------------------------------------------------------------------------

def esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("€ ", "€&nbsp;")


def save_docx(doc, path, title):
    cp = doc.core_properties
    cp.author = "leerroute-check samples"
    cp.last_modified_by = "leerroute-check samples"
    cp.title = title
    cp.subject = "doorlopende leerroute vmbo-mbo"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def write_text(path, text):
    path.write_text(text.strip("\n") + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# 29  letter-style agreement, DOCX, no headings
# ----------------------------------------------------------------------------------------------

@sample(
    "29_bevestigingsbrief.docx",
    "Letter-style agreement (DOCX): the mbo board confirms the agreed arrangements in a letter "
    "('Hierbij bevestigen wij ...') that the vmbo board countersigns 'voor akkoord'. No headings at "
    "all: one paragraph per topic, 'wij'/'u' for the parties. Leiden, PIE kb -> Eerste monteur "
    "elektrotechnische installaties woning en utiliteit 3. Kerngroep with a routemanager "
    "('wordt aangesteld door', 'krijgt mandaat voor'), named praktijkbedrijven, zorgteam decides on "
    "uitstappen, ouderpanel plus studentenraad access, explicitly no money between the parties, "
    "mediator then rechtbank. Evidence values are phrases, not headings.",
    "p p p p p p p p p p",
    {
        "a": "het profiel Produceren, installeren en energie",
        "b": "krijgt haar praktijk van drie vaste praktijkbedrijven",
        "c": "geleid door een kerngroep van drie mensen",
        "d": "voert de kerngroep een voortgangsgesprek met ons beiden",
        "e": "Uw docenten PIE en onze docenten installatietechniek",
        "f": "het zorgteam van de route samen met de leerling",
        "g": "Tussen ons gaat geen geld over en weer",
        "h": "richten wij samen een ouderpanel van de route",
        "i": "onenigheid ontstaan over de uitvoering van deze afspraken",
        "j": "beëindigen met inachtneming van een termijn",
    },
)
def build_29(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(8)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.5)

    def para(text, bold=False, align=None, after=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if align is not None:
            p.alignment = align
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    para("Stichting MBO Rijn & Veen", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    para("College van bestuur", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    para("Postbus 1180, 2302 BD Leiden", align=WD_ALIGN_PARAGRAPH.RIGHT, after=18)

    para("Aan het bestuur van Stichting Sleutelstad Voortgezet Onderwijs", after=0)
    para("t.a.v. mevrouw drs. H. Verbeek, bestuurder", after=0)
    para("Morsweg 14", after=0)
    para("2332 EP Leiden", after=18)

    para("Leiden, 3 april 2025", after=0)
    para("Ons kenmerk: CvB/2025/041", after=0)
    para("Onderwerp: bevestiging van onze afspraken over de doorlopende leerroute installatietechniek",
         after=14)

    para("Geachte mevrouw Verbeek, beste Hanneke,")

    body = [
        "Hierbij bevestigen wij de afspraken die wij op 12 maart jongstleden met elkaar hebben gemaakt "
        "over de doorlopende leerroute die vmbo De Zijlpoort en ons Rijn & Veen Techniekcollege vanaf "
        "1 augustus 2025 samen verzorgen. Wij hebben bewust gekozen voor de vorm van een brief. Zodra u "
        "deze brief voor akkoord hebt ondertekend, geldt hij als de samenwerkingsovereenkomst die "
        "artikel 2.107b van de WVO 2020 en artikel 9.1.3 van de WEB van ons beiden vragen. Waar "
        "hieronder 'wij' staat, bedoelen wij Stichting MBO Rijn & Veen; met 'u' bedoelen wij Stichting "
        "Sleutelstad Voortgezet Onderwijs als bevoegd gezag van De Zijlpoort.",

        "De route is bedoeld voor leerlingen van De Zijlpoort die in de kaderberoepsgerichte leerweg "
        "het profiel Produceren, installeren en energie volgen. Zij stromen zonder knip door naar onze "
        "opleiding Eerste monteur elektrotechnische installaties woning en utiliteit (niveau 3, "
        "beroepsopleidende leerweg) in het opleidingsdomein Installatie- en energietechniek. Het "
        "traject begint in het derde leerjaar van De Zijlpoort en duurt in totaal vijf jaar; aan het "
        "eind van het tweede routejaar behalen de leerlingen hun vmbo-diploma, aan het eind van het "
        "vijfde hun mbo-diploma.",

        "De route krijgt haar praktijk van drie vaste praktijkbedrijven: Van Egmond Installatietechniek "
        "in Alphen aan den Rijn, Koudijs Elektro in Katwijk en Warmtebedrijf Leiden-Noord. Met elk van "
        "hen sluiten wij een afzonderlijke afspraak waarin het bedrijf zich tot drie dingen verbindt: "
        "het levert in beide vmbo-jaren per schooljaar twee echte klussen die de leerlingen als "
        "praktijkopdracht uitvoeren, het biedt iedere leerling vanaf het derde routejaar een "
        "bpv-plaats, en het stuurt een ervaren monteur die als beoordelaar uit de praktijk meebeoordeelt "
        "bij de proeve van bekwaamheid. Ieder jaar in november schuiven de drie bedrijven aan bij een "
        "werkbespreking over het programma; hun voorstellen neemt de kerngroep mee in het PTA/OER voor "
        "het volgende schooljaar.",

        "De route wordt geleid door een kerngroep van drie mensen: de teamleider techniek van De "
        "Zijlpoort, de opleidingsmanager installatietechniek van ons Techniekcollege en een "
        "routemanager. U en wij wijzen de teamleider en de opleidingsmanager elk voor de eigen "
        "organisatie aan; de routemanager wordt aangesteld door ons college van bestuur, na uw "
        "schriftelijke instemming, voor een periode van twee schooljaren. De kerngroep krijgt mandaat "
        "voor de jaarplanning en het gezamenlijke rooster, de verdeling van docenten over de leerjaren, "
        "de toelating van leerlingen tot de route en de plaatsing bij de praktijkbedrijven. Zij mag "
        "beslissen over uitgaven binnen het jaarbudget van de route. Wijzigingen in het PTA/OER, "
        "besluiten die de formatie raken en uitgaven buiten het budget legt de kerngroep aan ons beiden "
        "ter beslissing voor.",

        "Twee keer per jaar, in januari en in juni, voert de kerngroep een voortgangsgesprek met ons "
        "beiden. De routemanager stuurt ons uiterlijk een week tevoren een notitie met de aantallen "
        "leerlingen die zijn ingestroomd, doorgegaan en uitgestapt, de examenresultaten, het verzuim en "
        "de knelpunten. Daarnaast legt de kerngroep ieder jaar vóór 1 oktober in een jaarverslag "
        "rekenschap af over het afgelopen schooljaar; dat verslag gebruiken wij allebei voor onze eigen "
        "jaarverslaglegging.",

        "In de eerste twee routejaren krijgen de leerlingen hun lessen op De Zijlpoort aan de Morsweg. "
        "Eén dag per week werken zij in de installatiewerkplaats en het meetlab van ons Techniekcollege "
        "aan de Vondellaan, waar ook onze gereedschapsuitgifte voor hen openstaat. Vanaf het derde "
        "routejaar volgen zij het hele programma bij ons; de leslokalen en het technieklokaal van De "
        "Zijlpoort blijven dan beschikbaar voor open dagen en voorlichting. Uw docenten PIE en onze "
        "docenten installatietechniek vormen samen één docententeam dat gebruikmaakt van de "
        "teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); voor elk programmaonderdeel "
        "blijft een bevoegde docent verantwoordelijk. Twee van onze docenten geven in het tweede "
        "routejaar les op De Zijlpoort; daar staan de uren tegenover die uw docent techniek in onze "
        "werkplaats meedraait. De teamleider en de opleidingsmanager maken het rooster samen. Welke "
        "onderdelen van het programma en welke vmbo- en mbo-examens in welk leerjaar vallen, leggen wij "
        "jaarlijks vóór 1 juli samen vast in het gezamenlijke PTA/OER.",

        "Niet elke leerling zal de route afmaken. Wil of moet een leerling uitstappen, dan besluit het "
        "zorgteam van de route samen met de leerling en zijn ouders welke andere weg hij kiest. Het "
        "zorgteam bestaat uit de mentor en de ondersteuningscoördinator van De Zijlpoort en de "
        "loopbaancoach van ons Techniekcollege; het kijkt naar het niveau dat de leerling heeft bereikt "
        "en naar zijn leeftijd. Vóór het vmbo-examen kan de leerling terugschakelen naar de reguliere "
        "kaderberoepsgerichte leerweg PIE op De Zijlpoort, of naar de basisberoepsgerichte leerweg als "
        "dat beter bij hem past, en daar zijn vmbo-diploma halen. Heeft hij zijn vmbo-diploma al, dan "
        "kan hij doorstromen naar een reguliere opleiding op niveau 3 bij ons, zoals Eerste monteur "
        "werktuigkundige installaties of Monteur mechatronica, of naar een opleiding bij een andere "
        "instelling. Binnen ons college stellen wij daarbij geen aanvullende toelatingseisen.",

        "Tussen ons gaat geen geld over en weer. Geen van beide partijen draagt een deel van haar "
        "bekostiging over aan de ander; ieder draagt zelf de kosten van haar eigen personeel, lokalen "
        "en materialen, ook waar die voor de route worden gebruikt.",

        "Leerlingen van de route kiezen uit hun midden twee vertegenwoordigers voor de leerlingenraad "
        "van De Zijlpoort. Vanaf het tweede routejaar mogen die twee ook de vergaderingen van de "
        "studentenraad van ons Techniekcollege bijwonen en daar het woord voeren, ook zolang zij nog bij "
        "De Zijlpoort staan ingeschreven. Verder richten wij samen een ouderpanel van de route in, dat "
        "twee keer per jaar met de routemanager spreekt over de gang van zaken. Over elke wijziging van "
        "deze afspraken die het onderwijs van de leerlingen raakt, vragen wij vooraf advies aan de "
        "medezeggenschapsraad van De Zijlpoort en aan de deelraad van ons Techniekcollege.",

        "Mocht tussen ons onenigheid ontstaan over de uitvoering van deze afspraken, dan bespreekt eerst "
        "de kerngroep het verschil; lukt het daar niet, dan zoeken wij als bestuurders binnen vier weken "
        "samen een oplossing. Komen wij er daarna binnen zes weken niet uit, dan schakelen wij een "
        "mediator in die wij samen kiezen. Levert ook de mediation binnen drie maanden geen oplossing "
        "op, dan kan ieder van ons het geschil voorleggen aan de bevoegde rechter bij de rechtbank Den "
        "Haag.",

        "Een andere vmbo-school in de regio die het profiel PIE aanbiedt, kan bij de route aansluiten "
        "als u en wij daar allebei schriftelijk mee instemmen en die school het gezamenlijke PTA/OER "
        "overneemt. Zij ondertekent dan een aanvulling op deze brief en meldt de route zelf bij DUO. "
        "Deze afspraken gelden voor onbepaalde tijd. Ieder van ons kan ze beëindigen met inachtneming "
        "van een termijn van twaalf maanden, en alleen tegen 1 augustus. Na zo'n opzegging nemen wij "
        "geen nieuwe leerlingen meer op, maar de lopende jaargroepen maken de route af, op dezelfde "
        "plekken en met hetzelfde team. Wij wijzigen of vullen deze afspraken alleen aan met een brief "
        "die wij allebei ondertekenen; een wijziging die leerlingen raakt die al in de route zitten, "
        "gaat pas in bij het begin van een nieuw schooljaar.",

        "Wij zien uit naar een mooie route. Wilt u een exemplaar van deze brief voor akkoord "
        "ondertekend aan ons terugsturen?",
    ]
    for t in body:
        p = para(t)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    para("Met vriendelijke groet,", after=24)
    para("drs. K. El Amrani", after=0)
    para("voorzitter college van bestuur, Stichting MBO Rijn & Veen", after=24)
    para("Voor akkoord:", bold=True, after=0)
    para("Stichting Sleutelstad Voortgezet Onderwijs", after=24)
    para("drs. H. Verbeek, bestuurder", after=0)
    para("Leiden, 10 april 2025", after=0)
    save_docx(doc, path, "Bevestiging afspraken doorlopende leerroute installatietechniek")


# ----------------------------------------------------------------------------------------------
# PDF helpers
# ----------------------------------------------------------------------------------------------

def pdf_doc(path, title, **kw):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate
    m = kw.pop("margin", 2 * cm)
    return SimpleDocTemplate(str(path), pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m,
                             bottomMargin=m, title=title, author="leerroute-check samples",
                             subject="doorlopende leerroute vmbo-mbo", creator="leerroute-check",
                             invariant=1, **kw)


def page_number_footer(label, font="Helvetica", size=8):
    def draw(canvas, doc):
        from reportlab.lib.pagesizes import A4
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.drawCentredString(A4[0] / 2, 1.1 * 28.3465, "%s – blad %d" % (label, doc.page))
        canvas.restoreState()
    return draw


# ----------------------------------------------------------------------------------------------
# 30  protocol as a numbered table, PDF
# ----------------------------------------------------------------------------------------------

PROTOCOL_30 = [
    ("1", "Route",
     "Profiel Bouwen, wonen en interieur (BWI), basisberoepsgerichte leerweg, loopt door naar de "
     "mbo-opleiding Metselaar (niveau 2) in het opleidingsdomein Bouw en infra. Start in leerjaar 3 "
     "van De Worp; eerste instroom 1 augustus 2025. Groepsgrootte: ten hoogste 16 leerlingen.",
     "Besturen"),
    ("2", "Werkveld",
     "Partijen streven ernaar het regionale bouwbedrijfsleven bij de route te betrekken. Hoe en met "
     "welke bedrijven dat gebeurt, bespreken zij zodra de eerste groep is gestart.",
     "Regiegroep"),
    ("3", "Regiegroep",
     "De regiegroep bestaat uit de afdelingsleider basis van De Worp, de teamleider bouw van het "
     "IJsselvallei College en één docent bouwtechniek van elke school. Elke bestuurder wijst de "
     "eigen leden aan; de voorzitter wordt door beide bestuurders samen benoemd en wisselt ieder "
     "schooljaar van school. Mandaat: rooster, groepsindeling, toelating, inzet van docenten en "
     "besteding van het routebudget. Besluiten over het programma en uitgaven boven € 5.000 gaan naar "
     "de besturen.",
     "Bestuurders"),
    ("4", "Rekenschap",
     "De regiegroep stuurt beide bestuurders elk kwartaal een dashboard met instroom, verzuim, "
     "voortgang en uitstappers, en vóór 15 september een jaarverslag over het afgelopen schooljaar. "
     "In oktober bespreken de bestuurders dat verslag met de regiegroep.",
     "Voorzitter regiegroep"),
    ("5", "Lesplaatsen en team",
     "Leerjaar 3 en 4: praktijklokaal bouw en metselhal van De Worp; vanaf leerjaar 4 één dag per "
     "week in de bouwhal van het IJsselvallei College, met steigers, gereedschap en materiaal. "
     "Routejaar 3 en 4: volledig op het IJsselvallei College. De docenten bouwtechniek van beide "
     "scholen vormen één team met teambevoegdheid (art. 7.13a WVO 2020); het IJsselvallei College zet "
     "via inhuur een instructeur metselen in. Gezamenlijke roostering door de regiegroep. Programma "
     "en examens per leerjaar staan in het gezamenlijke PTA/OER; voor het eigen deel geldt het "
     "examenreglement van elke school.",
     "Regiegroep"),
    ("6", "Uitstappen",
     "Een leerling die uitstapt, krijgt een alternatief dat naar een diploma leidt: vóór het "
     "vmbo-diploma terugschakelen naar de reguliere basisberoepsgerichte leerweg BWI (of een ander "
     "profiel) op De Worp; met vmbo-diploma een andere opleiding op niveau 2 van het IJsselvallei "
     "College, zoals Timmerman of Schilder, zonder vooropleidingseisen, of een opleiding elders. "
     "Besluit: de mentor van De Worp en de loopbaanbegeleider van IJsselvallei samen met de leerling "
     "en de ouders, op basis van bereikt niveau en leeftijd.",
     "Mentor en begeleider"),
    ("7", "Kostenverdeling",
     "Het IJsselvallei College ontvangt van De Worp een tarief van € 68 per gegeven lesuur praktijk "
     "in de bouwhal in leerjaar 4 (ten hoogste 240 lesuren per schooljaar), ter dekking van de "
     "instructeur en het verbruikte materiaal. Facturen per semester, betaling binnen 30 dagen. "
     "Verder dragen partijen geen bekostiging aan elkaar over.",
     "Financiële afdelingen"),
    ("8", "Inspraak",
     "Een wijziging van dit protocol die het onderwijs aan de leerlingen raakt, wordt pas vastgesteld "
     "na instemming van de GMR van Stichting Openbaar VO Salland en advies van de studentenraad van "
     "het IJsselvallei College. De route heeft twee vaste zetels in de leerlingenraad van De Worp.",
     "Besturen"),
    ("9", "Onenigheid",
     "Verschillen van inzicht over de uitvoering van dit protocol lossen partijen in goed onderling "
     "overleg op.",
     "Besturen"),
    ("10", "Toe- en uittreding",
     "Toetreding: een andere vmbo-school die BWI basis aanbiedt, kan aansluiten met schriftelijke "
     "instemming van beide besturen en ondertekening van een toetredingsverklaring; zij meldt de "
     "route bij DUO. Wijziging: schriftelijk, na bespreking in de regiegroep, met ingang van een nieuw "
     "schooljaar. Opzegging: schriftelijk, met een termijn van één schooljaar, per 1 augustus; daarna "
     "geen nieuwe instroom, lopende jaargroepen ronden de route af op het IJsselvallei College.",
     "Besturen"),
]


@sample(
    "30_protocol_tabel.pdf",
    "Protocol whose whole content is one numbered four-column table (Nr | Onderwerp | Afspraak | "
    "Wie), PDF, repeating header row. Deventer, BWI bb -> Metselaar 2. Row 2 'Werkveld' is only an "
    "intention ('streven ernaar', how and with whom to be discussed later) and no other row names "
    "companies; row 9 'Onenigheid' only 'in goed onderling overleg'. Transfer as a tarief per lesuur "
    "(EUR 68, max 240 uur) with bestemming; instemming of the GMR on changes.",
    "p w p p p p p p w p",
    {"a": "Route", "c": "Regiegroep", "d": "Rekenschap", "e": "Lesplaatsen en team",
     "f": "Uitstappen", "g": "Kostenverdeling", "h": "Inspraak", "j": "Toe- en uittreding"},
)
def build_30(path):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11.5)
    topic = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold")
    hdr = ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", textColor=colors.white)
    title = ParagraphStyle("ti", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=4)
    sub = ParagraphStyle("su", parent=base, fontSize=9.5, textColor=colors.HexColor("#444444"),
                         spaceAfter=10)
    txt = ParagraphStyle("tx", parent=base, fontSize=9.5, leading=13, spaceAfter=6)

    widths = [0.9 * cm, 3.8 * cm, 9.8 * cm, 2.5 * cm]
    for _, t, _, _ in PROTOCOL_30:
        assert stringWidth(t, "Helvetica-Bold", 9) < widths[1] - 12, t

    story = [
        Paragraph("Protocol doorlopende leerroute Bouw – Metselaar", title),
        Paragraph("Vastgesteld door de besturen op 19 mei 2025 · versie 1.0", sub),
        Paragraph(esc(
            "Dit protocol is vastgesteld door Stichting Openbaar Voortgezet Onderwijs Salland, bevoegd "
            "gezag van vmbo De Worp te Deventer, en Stichting Beroepsonderwijs IJsselvallei, bevoegd "
            "gezag van het IJsselvallei College te Deventer. Het geldt als samenwerkingsovereenkomst in "
            "de zin van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB en gaat in op 1 augustus 2025 voor "
            "onbepaalde tijd. De tabel hieronder is het protocol; de kolom 'Wie' noemt wie de afspraak "
            "uitvoert of bewaakt."), txt),
        Spacer(1, 6),
    ]
    rows = [[Paragraph("Nr", hdr), Paragraph("Onderwerp", hdr), Paragraph("Afspraak", hdr),
             Paragraph("Wie", hdr)]]
    for nr, t, a, w in PROTOCOL_30:
        rows.append([Paragraph(nr, base), Paragraph(esc(t), topic), Paragraph(esc(a), base),
                     Paragraph(esc(w), base)])
    tbl = Table(rows, colWidths=widths, repeatRows=1)
    tbl.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3b5b7a")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8899aa")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f6")]),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story += [tbl, Spacer(1, 16),
              Paragraph("Deventer, 19 mei 2025", txt),
              Paragraph("Namens Stichting Openbaar Voortgezet Onderwijs Salland: ing. P. Scholten, "
                        "voorzitter college van bestuur", txt),
              Paragraph("Namens Stichting Beroepsonderwijs IJsselvallei: mr. D. Hartono, lid college "
                        "van bestuur", txt)]
    d = pdf_doc(path, "Protocol doorlopende leerroute Bouw - Metselaar")
    footer = page_number_footer("Protocol DLR Bouw De Worp / IJsselvallei College")
    d.build(story, onFirstPage=footer, onLaterPages=footer)


# ----------------------------------------------------------------------------------------------
# 31  very short sentences, TXT
# ----------------------------------------------------------------------------------------------

TEXT_31 = """
SAMENWERKINGSOVEREENKOMST
Doorlopende leerroute fietstechniek

Wij zijn twee besturen.
Stichting Scholengroep Noorderkwartier is er één.
Zij is het bevoegd gezag van vmbo De Viaan in Alkmaar.
Stichting MBO Kennemerland-Noord is de ander.
Zij is het bevoegd gezag van het Kennemer Vakcollege in Alkmaar.
Wij maken samen een doorlopende leerroute.
Deze tekst is onze samenwerkingsovereenkomst.
Zo vraagt de wet het.
Artikel 2.107b WVO 2020.
Artikel 9.1.3 WEB.
Wij houden de zinnen kort.
Dat doen wij expres.

De route
Het profiel is Mobiliteit en transport.
De leerweg is kaderberoepsgericht.
Het vervolg is de opleiding Eerste fietstechnicus.
Dat is niveau 3.
Het domein is Mobiliteit en voertuigen.
De route start in leerjaar 3 van De Viaan.
Zij duurt vijf jaar.
De eerste groep start op 1 augustus 2025.

De werkgevers
Drie bedrijven doen mee.
Fietsenwinkel De Spaak in Heiloo.
Tweewielercentrum Noord in Alkmaar.
Verhuurbedrijf Duinfiets in Bergen.
Zij zijn onze stagebieders.
Elke leerling krijgt bij hen een stageplek.
Dat is vanaf routejaar 3.
Zij geven twee gastlessen per jaar.
Hun monteurs beoordelen mee bij de proeve van bekwaamheid.
Eens per jaar praten zij mee over het programma.
Dat is in maart.

Het routeteam
Er is een routeteam.
Het heeft drie leden.
De teamleider techniek van De Viaan.
De opleidingsmanager mobiliteit van het Kennemer Vakcollege.
Een routecoördinator.
De twee besturen benoemen de leden samen.
Dat doen zij voor twee jaar.
Het routeteam maakt het rooster.
Het verdeelt de docenten.
Het beslist over toelating.
Het plaatst leerlingen bij de bedrijven.
Het besteedt het budget van de route.
Meer mag het niet.
Al het andere beslissen de besturen.

Verslag aan de besturen
Het routeteam houdt beide besturen op de hoogte.
Elk kwartaal stuurt het een overzicht.
Daarin staan instroom, voortgang en uitstappers.
Elk jaar schrijft het een verslag.
Dat verslag ligt er vóór 1 oktober.
Daarna volgt een gesprek met beide bestuurders.

Les en lokalen
Leerjaar 3 en 4 zijn op De Viaan.
Eén dag per week is op het Kennemer Vakcollege.
Dan werken de leerlingen in de fietswerkplaats.
Zij gebruiken het gereedschap van het vakcollege.
Vanaf routejaar 3 is alles op het vakcollege.
De docenten vormen één team.
Zij werken met teambevoegdheid.
Per vak is er een bevoegde docent.
Twee docenten van het vakcollege geven ook les op De Viaan.
De Viaan leent haar technieklokaal uit voor open dagen.
Het rooster maken we samen.
Het programma per leerjaar staat in het PTA/OER.
De examens per leerjaar ook.
Beide besturen stellen het PTA/OER vast.
Dat gebeurt elk jaar vóór 1 juli.

Van route wisselen
Soms past de route niet.
Dan mag een leerling eruit.
Vóór het vmbo-examen gaat hij terug naar kader Mobiliteit en transport op De Viaan.
Of naar een ander profiel op De Viaan.
Hij haalt daar zijn vmbo-diploma.
Heeft hij dat diploma al?
Dan kiest hij een andere opleiding.
Bijvoorbeeld Eerste autotechnicus.
Dat is niveau 3.
Of Fietstechnicus.
Dat is niveau 2.
Binnen het vakcollege gelden dan geen extra toelatingseisen.
Een opleiding elders kan ook.
Wie beslist?
De mentor en de loopbaancoach.
Zij doen dat samen.
Met de leerling.
En met de ouders.
Zij kijken naar het niveau.
En naar de leeftijd.

Geld
De Viaan vergoedt het Kennemer Vakcollege.
Het bedrag is € 600 per leerling per jaar.
Dat geldt in leerjaar 3 en 4.
Het geld is voor de fietswerkplaats.
En voor de uren van de docenten van het vakcollege.
De factuur komt in oktober.
Verder gaat er geen geld over.

Meepraten
Twee routeleerlingen zitten in de deelraad van het vakcollege.
Dat mag al vanaf leerjaar 4.
Ook als zij nog op De Viaan staan ingeschreven.
De MR van De Viaan en de deelraad vergaderen één keer per jaar samen over de route.
Elke wijziging van deze afspraken gaat eerst langs die twee.
Zij geven advies.

Ruzie
Ruzie tussen de besturen kan.
Eerst praat het routeteam.
Dan praten de bestuurders.
Lukt het niet binnen zes weken?
Dan komt er een mediator.
Lukt dat ook niet?
Dan beslist de rechter.
Dat is de rechtbank in Alkmaar.

Erbij komen en stoppen
Deze overeenkomst geldt voor onbepaalde tijd.
Een andere school kan aansluiten.
Beide besturen moeten dan instemmen.
De school moet het profiel Mobiliteit en transport hebben.
Zij tekent deze overeenkomst mee.
Zij meldt de route bij DUO.
Wijzigen gaat op papier.
Met twee handtekeningen.
Een wijziging gaat in op 1 augustus.
Stoppen kan ook.
Opzeggen doe je een jaar vooraf.
Altijd per 1 augustus.
Daarna start er geen nieuwe groep.
Lopende jaargroepen maken de route af.

Getekend in Alkmaar op 2 juni 2025.
Voor Stichting Scholengroep Noorderkwartier: J. de Boer, bestuurder.
Voor Stichting MBO Kennemerland-Noord: S. Yilmaz, voorzitter college van bestuur.
"""


@sample(
    "31_korte_zinnen.txt",
    "Very short sentences, one per line, under short unnumbered headings ('Het routeteam', "
    "'Van route wisselen', 'Geld', 'Meepraten', 'Ruzie', 'Erbij komen en stoppen'); TXT. Alkmaar, "
    "M&T kb -> Eerste fietstechnicus 3. Named stagebieders, routeteam benoemd by both boards, "
    "EUR 600 per pupil for workshop and teachers, routeleerlingen in the mbo deelraad, mediator "
    "then rechtbank. Fully compliant.",
    "p p p p p p p p p p",
    {"a": "De route", "b": "De werkgevers", "c": "Het routeteam", "d": "Verslag aan de besturen",
     "e": "Les en lokalen", "f": "Van route wisselen", "g": "Geld", "h": "Meepraten", "i": "Ruzie",
     "j": "Erbij komen en stoppen"},
)
def build_31(path):
    write_text(path, TEXT_31)


# ----------------------------------------------------------------------------------------------
# 32  convenant with three partners, PDF
# ----------------------------------------------------------------------------------------------

CONVENANT_32 = [
    ("Afspraak 1. Het leerpad",
     ["Het leerpad is bestemd voor leerlingen van de basisberoepsgerichte leerweg met het profiel "
      "Groen. Het leidt naar de mbo-opleiding Medewerker groene ruimte (niveau 2, BOL) in het "
      "opleidingsdomein Voedsel, natuur en leefomgeving. Leerlingen beginnen in leerjaar 3 van hun "
      "eigen vmbo-school; vanaf het derde jaar van het leerpad zijn zij student van het Groencollege."]),
    ("Afspraak 2. Het groene werkveld",
     ["Het regionale bedrijfsleven levert de opdrachtgevers voor het leerpad. Hoveniersbedrijf Van de "
      "Ven Groenwerken (Rosmalen), Boomkwekerij De Dommel (Boxtel) en Groenvoorziening Maaskant "
      "(Empel) hebben toegezegd: elk schooljaar per bedrijf ten minste één buitenopdracht voor de "
      "leerlingen van leerjaar 4, stageplaatsen voor alle deelnemers in het derde en vierde jaar van "
      "het leerpad, en een vakman die als beoordelaar uit de praktijk zitting heeft bij de "
      "praktijkexamens.",
      "De werkgevers uit de branche komen twee keer per jaar bijeen aan de 'groene tafel', die de "
      "routeraad adviseert over de inhoud van het programma."]),
    ("Afspraak 3. De routeraad",
     ["De directeuren van beide vmbo-scholen en de sectordirecteur van het Groencollege vormen samen "
      "de routeraad. Elk bestuur wijst zijn eigen directeur als lid aan; de drie besturen stellen "
      "gezamenlijk een routemanager aan, die secretaris van de routeraad is en de dagelijkse gang van "
      "zaken regelt.",
      "De routeraad heeft mandaat voor het onderwijsprogramma binnen het PTA/OER, de planning en de "
      "roostering, de toelating van leerlingen, de inzet van docenten en de besteding van het budget "
      "van het leerpad. Wat de begroting van een partner te boven gaat en elke wijziging van dit "
      "convenant blijft aan de besturen."]),
    ("Afspraak 4. Rekenschap aan de besturen",
     ["De routeraad legt rekenschap af aan de drie besturen. Elk semester, in februari en in "
      "september, stuurt de routemanager hun een voortgangsrapportage met instroom, doorstroom, "
      "uitval, examenresultaten en bestedingen; binnen een maand daarna volgt een voortgangsgesprek "
      "met de bestuurders."]),
    ("Afspraak 5. Lessen, kassen en docenten",
     ["Leerjaar 3 en 4 worden gegeven op de eigen vmbo-school; op woensdag en donderdag werken de "
      "leerlingen van beide scholen samen in de kassen, de proeftuin en de machineloods van het "
      "Groencollege aan de Onderwijsboulevard. Het derde en vierde jaar van het leerpad vinden "
      "plaats op het Groencollege.",
      "De docenten groen van de drie partners vormen één docententeam met teambevoegdheid; voor elk "
      "onderdeel is een bevoegde docent verantwoordelijk. Docenten van het Groencollege geven op "
      "woensdag en donderdag les aan de vmbo-leerlingen; een docent van elke vmbo-school begeleidt "
      "de groep mee. Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER "
      "dat de routeraad opstelt en de besturen jaarlijks vóór 1 juli vaststellen."]),
    ("Afspraak 6. Als het leerpad niet past",
     ["Leerlingen die het leerpad niet afmaken, stromen door naar de Entree-opleiding van het "
      "Groencollege. De mentor meldt de leerling daarvoor aan bij de intake van het Groencollege."]),
    ("Afspraak 7. Bijdrage van de vmbo-scholen",
     ["De vmbo-scholen dragen een deel van hun bekostiging over aan het Groencollege, bestemd voor "
      "de lessen van mbo-docenten en het gebruik van de kassen en de machineloods in leerjaar 3 en 4. "
      "De hoogte van de bijdrage stellen de besturen jaarlijks in het bestuurlijk overleg vast."]),
    ("Afspraak 8. Participatieraad",
     ["De convenantpartners richten een participatieraad voor het leerpad in. Daarin zitten twee "
      "ouders en twee leerlingen, aangewezen door de medezeggenschapsraden van de vmbo-scholen, en "
      "twee studenten en een docent, aangewezen door de studentenraad en de ondernemingsraad van het "
      "Groencollege. De participatieraad komt ten minste drie keer per jaar bijeen en heeft "
      "adviesrecht over het PTA/OER, de roostering en elke wijziging van dit convenant. De "
      "bevoegdheden van de eigen medezeggenschapsorganen blijven onverlet."]),
    ("Afspraak 9. Als partners het oneens zijn",
     ["Onenigheid tussen convenantpartners over de uitvoering van dit convenant bespreekt eerst de "
      "routeraad. Is er na vier weken geen overeenstemming, dan overleggen de bestuurders. Lukt het "
      "ook hun binnen zes weken niet, dan wordt het geschil beslecht door één arbiter, die de "
      "bestuurders samen aanwijzen; komen zij daarover niet overeen, dan wijst de voorzieningenrechter "
      "van de rechtbank Oost-Brabant de arbiter aan. De arbitrage verloopt volgens Boek 4 van het "
      "Wetboek van Burgerlijke Rechtsvordering; de plaats van arbitrage is 's-Hertogenbosch."]),
    ("Afspraak 10. In- en uitstappen van partners",
     ["Een andere school of instelling kan in het leerpad instappen als alle convenantpartners "
      "schriftelijk instemmen; de nieuwe partner ondertekent dit convenant, neemt het PTA/OER over en "
      "meldt het leerpad bij DUO.",
      "Dit convenant loopt vanaf 1 augustus 2025 voor onbepaalde tijd. Een partner kan uitstappen "
      "door schriftelijke opzegging met een termijn van ten minste twaalf maanden, tegen het einde "
      "van een schooljaar; het convenant blijft dan tussen de overige partners bestaan. De lopende "
      "jaargroepen van de uitstappende partner maken het leerpad af op het Groencollege.",
      "Aanvullen of wijzigen kan alleen schriftelijk met instemming van alle convenantpartners, met "
      "ingang van een nieuw schooljaar en zonder dat leerlingen die al in het leerpad zitten hun plek "
      "verliezen."]),
]


@sample(
    "32_convenant_drie_partners.pdf",
    "'Convenant' with three partners (two vmbo boards and one mbo board): centred ceremonial title, "
    "'Gezamenlijke ambitie', then 'Afspraak N. Titel' headings; PDF, Times. 's-Hertogenbosch/Vught/"
    "Rosmalen, groen bb -> Medewerker groene ruimte 2. Routeraad formed by 'de directeuren van beide "
    "vmbo-scholen en de sectordirecteur', participatieraad, one arbiter. Overstap only to the "
    "Entree-opleiding; the bekostiging transfer has a bestemming but its amount is left to the yearly "
    "bestuurlijk overleg.",
    "p p p p p w w p p p",
    {"a": "Afspraak 1. Het leerpad", "b": "Afspraak 2. Het groene werkveld",
     "c": "Afspraak 3. De routeraad", "d": "Afspraak 4. Rekenschap aan de besturen",
     "e": "Afspraak 5. Lessen, kassen en docenten", "h": "Afspraak 8. Participatieraad",
     "i": "Afspraak 9. Als partners het oneens zijn",
     "j": "Afspraak 10. In- en uitstappen van partners"},
)
def build_32(path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer

    big = ParagraphStyle("big", fontName="Times-Bold", fontSize=26, leading=32, alignment=TA_CENTER,
                         spaceAfter=6)
    subt = ParagraphStyle("subt", fontName="Times-Italic", fontSize=13, leading=17,
                          alignment=TA_CENTER, spaceAfter=4)
    small = ParagraphStyle("small", fontName="Times-Roman", fontSize=10.5, leading=14,
                           alignment=TA_CENTER, spaceAfter=14)
    h = ParagraphStyle("h", fontName="Times-Bold", fontSize=12.5, leading=16, spaceBefore=10,
                       spaceAfter=4, textColor=colors.HexColor("#2f5d34"))
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=15,
                          alignment=TA_JUSTIFY, spaceAfter=6)
    party = ParagraphStyle("party", parent=body, leftIndent=18, firstLineIndent=-18)

    story = [
        Spacer(1, 10),
        Paragraph("CONVENANT", big),
        Paragraph("Groen leerpad Meierij", subt),
        Paragraph("doorlopende leerroute groen, vmbo basis – mbo niveau 2", small),
        HRFlowable(width="60%", color=colors.HexColor("#2f5d34"), thickness=1, spaceAfter=12),
        Paragraph("De partijen bij dit convenant:", body),
        Paragraph("1.&nbsp;&nbsp;Stichting Maasland Vmbo, bevoegd gezag van het Vakcollege Rosmalen, "
                  "vertegenwoordigd door de heer W. Verhoeven, bestuurder;", party),
        Paragraph("2.&nbsp;&nbsp;Stichting Katholiek Voortgezet Onderwijs Meierij, bevoegd gezag van "
                  "De Meierijschool te Vught, vertegenwoordigd door mevrouw A. Kuijpers, voorzitter "
                  "college van bestuur;", party),
        Paragraph("3.&nbsp;&nbsp;Stichting Groen Onderwijs Brabant, bevoegd gezag van het Groencollege "
                  "'s-Hertogenbosch, vertegenwoordigd door de heer R. Sprangers, voorzitter college "
                  "van bestuur;", party),
        Paragraph("hierna samen 'de convenantpartners', de eerste twee ook 'de vmbo-scholen'.", body),
        Paragraph("Gezamenlijke ambitie", h),
        Paragraph("De convenantpartners willen dat jongeren uit de Meierij die graag buiten werken, "
                  "zonder omwegen en zonder dubbel werk een diploma in het groen halen. Daarvoor "
                  "bundelen zij hun mensen, hun kassen en hun contacten in één leerpad. Dit convenant "
                  "is hun samenwerkingsovereenkomst in de zin van artikel 2.107b WVO 2020 en artikel "
                  "9.1.3 WEB. Zij spreken het volgende af.", body),
    ]
    for head, paras in CONVENANT_32:
        block = [Paragraph(esc(head), h)] + [Paragraph(esc(p), body) for p in paras]
        story.append(KeepTogether(block))
    story += [
        Spacer(1, 14),
        HRFlowable(width="60%", color=colors.HexColor("#2f5d34"), thickness=1, spaceAfter=10),
        Paragraph("Aldus ondertekend te 's-Hertogenbosch op 26 juni 2025, tijdens de "
                  "startbijeenkomst van het Groen leerpad Meierij.", small),
        Paragraph("W. Verhoeven – Stichting Maasland Vmbo<br/>A. Kuijpers – Stichting Katholiek "
                  "Voortgezet Onderwijs Meierij<br/>R. Sprangers – Stichting Groen Onderwijs Brabant",
                  small),
    ]
    d = pdf_doc(path, "Convenant Groen leerpad Meierij")
    footer = page_number_footer("Convenant Groen leerpad Meierij", font="Times-Italic", size=9)
    d.build(story, onFirstPage=footer, onLaterPages=footer)


# ----------------------------------------------------------------------------------------------
# 33  questions and answers, DOCX with a custom 'Vraag' paragraph style
# ----------------------------------------------------------------------------------------------

QA_33 = [
    ("Wie sluiten deze overeenkomst?",
     ["Stichting Christelijk Voortgezet Onderwijs De Vallei, bevoegd gezag van het Groenewold "
      "College (vmbo) in Ede, en Stichting Zorgopleidingen Gelderse Vallei, bevoegd gezag van het "
      "Vallei Zorgcollege in Ede. Zij sluiten deze samenwerkingsovereenkomst als bedoeld in artikel "
      "2.107b WVO 2020 en artikel 9.1.3 WEB. Hierna heten zij 'de school' en 'het Zorgcollege'."]),
    ("Over welke opleiding gaat het eigenlijk?",
     ["Over de route van het profiel Zorg en welzijn in de gemengde leerweg naar de mbo-opleiding "
      "Verpleegkundige (niveau 4, BOL) in het opleidingsdomein Zorg en welzijn. De route begint in "
      "leerjaar 3 van het Groenewold College: twee jaar vmbo en daarna vier jaar mbo. De eerste groep "
      "start op 1 augustus 2025."]),
    ("Welke zorgaanbieders doen mee, en wat doen ze?",
     ["Drie zorgaanbieders uit de regio: Zorgcentrum De Klinkenberg, Thuiszorg Valleistroom en "
      "Ziekenhuis Ede-Oost. Zij bieden snuffelstages van een week in leerjaar 3, bpv-plaatsen voor "
      "alle studenten vanaf het derde routejaar, praktijkopleiders die samen met onze docenten het "
      "onderwijs in het skillslab verzorgen, en beoordelaars uit de praktijk bij de examens in de "
      "beroepspraktijk. Eens per jaar houden zij met het regieteam een werkconferentie over het "
      "programma; hun adviezen worden in het PTA/OER verwerkt of met redenen terzijde gelegd."]),
    ("Wie mag knopen doorhakken?",
     ["Het regieteam. Daarin zitten de teamleider bovenbouw van het Groenewold College, de "
      "onderwijsmanager verpleegkunde van het Zorgcollege en de routemanager, die het regieteam "
      "voorzit. De teamleider en de onderwijsmanager worden aangewezen door hun eigen bestuur. De "
      "routemanager wordt aangesteld door beide besturen samen, na een gezamenlijke "
      "selectieprocedure, voor drie schooljaren.",
      "Het regieteam krijgt mandaat voor de jaarplanning en het rooster, de inzet van docenten binnen "
      "de afgesproken formatie, de toelating van leerlingen tot de route en de plaatsing bij de "
      "zorgaanbieders. Het mag zelf beslissen over uitgaven tot € 10.000 per schooljaar. Over "
      "wijzigingen van het PTA/OER, de formatie en het budget beslissen de besturen."]),
    ("Hoe weten de besturen of de route loopt?",
     ["Het regieteam houdt een dashboard bij met instroom, doorstroom, uitstroom, verzuim en "
      "tevredenheid, en stuurt dat per kwartaal aan beide besturen. Elk semester is er een "
      "voortgangsgesprek van het regieteam met de bestuurders. Uiterlijk 1 november legt het "
      "regieteam in een jaarverslag verantwoording af over het voorgaande schooljaar."]),
    ("Waar zitten de leerlingen, en wie geeft les?",
     ["Leerjaar 3 en 4: in de leslokalen van het Groenewold College, en op dinsdag in het skillslab "
      "en de demonstratiekamer van het Zorgcollege. Vanaf het derde routejaar: op het Zorgcollege.",
      "Het docententeam bestaat uit de docenten zorg en welzijn van de school en de docenten "
      "verpleegkunde van het Zorgcollege; het werkt met teambevoegdheid, en voor elk "
      "programmaonderdeel is een bevoegde docent eindverantwoordelijk. Uitwisseling van docenten is "
      "de regel: twee docenten van het Zorgcollege geven in leerjaar 4 les op het Groenewold College, "
      "een docent biologie van de school geeft anatomie in het derde routejaar. Leerlingen mogen de "
      "mediatheek en de oefenmaterialen van het Zorgcollege gebruiken. De roostering gebeurt "
      "gezamenlijk.",
      "Het programma en de examens per leerjaar staan in het gezamenlijke PTA/OER; het "
      "examenreglement van de school geldt voor het vmbo-deel, dat van het Zorgcollege voor het "
      "mbo-deel."]),
    ("Wat als een leerling halverwege merkt dat verpleegkunde niet bij haar past?",
     ["Dan kan zij een andere weg kiezen, en wel een die tot een diploma leidt. Vóór het vmbo-examen "
      "kan zij terugschakelen naar de reguliere gemengde leerweg of de kaderberoepsgerichte leerweg "
      "Zorg en welzijn van het Groenewold College. Met een vmbo-diploma kan zij doorstromen naar een "
      "reguliere opleiding van het Zorgcollege, bijvoorbeeld Verzorgende-IG (niveau 3) of "
      "Maatschappelijke zorg (niveau 4), of naar een opleiding bij een andere instelling; binnen het "
      "Zorgcollege gelden dan geen vooropleidingseisen.",
      "Welke weg het wordt, besluit de intakecommissie (de mentor, de zorgcoördinator van de school "
      "en de studieloopbaanbegeleider van het Zorgcollege) samen met de leerling en haar ouders, op "
      "grond van het bereikte niveau en de leeftijd."]),
    ("Gaat er geld van de ene school naar de andere?",
     ["Ja. Het Groenewold College draagt voor elke leerling in leerjaar 4 € 1.100 van zijn "
      "bekostiging over aan het Zorgcollege. Dat geld is bestemd voor de lessen van de mbo-docenten op "
      "het Groenewold College en het gebruik van het skillslab. De peildatum is 1 oktober; het "
      "Zorgcollege stuurt in november en in maart een factuur voor de helft. Andere geldstromen zijn "
      "er niet."]),
    ("Hebben leerlingen en ouders een stem?",
     ["Ja, en meer dan de wet vraagt. Routeleerlingen mogen vanaf leerjaar 4 lid worden van de "
      "studentenraad van het Zorgcollege, ook als zij nog bij het Groenewold College staan "
      "ingeschreven. Er is een ouderpanel van de route dat twee keer per jaar met de routemanager "
      "praat. De medezeggenschapsraad van de school en de studentenraad van het Zorgcollege vergaderen "
      "eens per jaar gezamenlijk over de route en brengen samen advies uit over het PTA/OER."]),
    ("En als de scholen het oneens worden?",
     ["Eerst praat het regieteam erover. Lukt dat niet binnen vier weken, dan gaan de bestuurders met "
      "elkaar in gesprek. Zijn zij het na zes weken nog niet eens, dan schakelen zij samen een "
      "mediator in. Leidt ook dat niet binnen drie maanden tot een oplossing, dan legt een van beide "
      "het geschil voor aan de rechtbank Gelderland."]),
    ("Kan er een school bij, en kan iemand eruit?",
     ["Ja. Een andere vmbo-school met het profiel Zorg en welzijn kan instappen als beide besturen "
      "schriftelijk instemmen; de nieuwe school tekent deze overeenkomst mee en meldt de route bij "
      "DUO. De overeenkomst geldt voor onbepaalde tijd. Opzeggen kan schriftelijk, met een termijn "
      "van ten minste een vol schooljaar, per 31 juli. Na opzegging stroomt er niemand meer in; "
      "lopende jaargroepen maken de route af. Wijzigen gebeurt schriftelijk, met de handtekening van "
      "beide besturen, na advies van het regieteam, en met ingang van een nieuw schooljaar."]),
]


@sample(
    "33_vraag_en_antwoord.docx",
    "Questions and answers (DOCX): every clause is a question in a custom bold 'Vraag' paragraph "
    "style (not a heading style) followed by Normal answer paragraphs ('Wie mag knopen doorhakken?', "
    "'Gaat er geld van de ene school naar de andere?'). Ede, Z&W gl -> Verpleegkundige 4. Regieteam "
    "with a routemanager 'aangesteld door beide besturen', dashboard per kwartaal and a "
    "voortgangsgesprek each semester, intakecommissie decides with pupil and parents, EUR 1.100 per "
    "pupil, studentenraad seats and ouderpanel, mediation then rechtbank. Fully compliant.",
    "p p p p p p p p p p",
    {"a": "Over welke opleiding gaat het eigenlijk?",
     "b": "Welke zorgaanbieders doen mee, en wat doen ze?",
     "c": "Wie mag knopen doorhakken?",
     "d": "Hoe weten de besturen of de route loopt?",
     "e": "Waar zitten de leerlingen, en wie geeft les?",
     "f": "Wat als een leerling halverwege merkt dat verpleegkunde niet bij haar past?",
     "g": "Gaat er geld van de ene school naar de andere?",
     "h": "Hebben leerlingen en ouders een stem?",
     "i": "En als de scholen het oneens worden?",
     "j": "Kan er een school bij, en kan iemand eruit?"},
)
def build_33(path):
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    vraag = doc.styles.add_style("Vraag", WD_STYLE_TYPE.PARAGRAPH)
    vraag.base_style = normal
    vraag.font.bold = True
    vraag.font.size = Pt(12)
    vraag.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    vraag.paragraph_format.space_before = Pt(12)
    vraag.paragraph_format.space_after = Pt(3)
    vraag.paragraph_format.keep_with_next = True

    doc.add_paragraph("Samenwerkingsovereenkomst doorlopende leerroute verpleegkunde", style="Title")
    p = doc.add_paragraph()
    p.add_run("in vragen en antwoorden").italic = True
    doc.add_paragraph(
        "Wij hebben deze overeenkomst opgeschreven als een reeks vragen en antwoorden, zodat "
        "leerlingen, ouders en collega's haar ook kunnen lezen. Elk antwoord is een afspraak die beide "
        "partijen bindt.")
    for q, answers in QA_33:
        doc.add_paragraph(q, style="Vraag")
        for a in answers:
            doc.add_paragraph(a)
    doc.add_paragraph("Ondertekend te Ede op 14 mei 2025.").paragraph_format.space_before = Pt(18)
    doc.add_paragraph("Voor Stichting Christelijk Voortgezet Onderwijs De Vallei: ir. G. van "
                      "Beek, voorzitter college van bestuur")
    doc.add_paragraph("Voor Stichting Zorgopleidingen Gelderse Vallei: mevrouw L. Hoekstra MBA, "
                      "voorzitter college van bestuur")
    save_docx(doc, path, "Samenwerkingsovereenkomst doorlopende leerroute verpleegkunde")


# ----------------------------------------------------------------------------------------------
# 34  very long legal sentences, PDF
# ----------------------------------------------------------------------------------------------

COMPARITIE_34 = (
    "De ondergetekenden, te weten de stichting Stichting Katholiek Voortgezet Onderwijs De "
    "Markiezaten, statutair gevestigd te Roosendaal, die optreedt als bevoegd gezag van het Tongerlo "
    "Vakcollege aldaar en te dezen rechtsgeldig wordt vertegenwoordigd door de voorzitter van haar "
    "college van bestuur, de heer mr. A.J.M. van Gastel, hierna te noemen 'de School', en de "
    "stichting Stichting Regionaal Opleidingencentrum Brabantse Wal, statutair gevestigd te Bergen op "
    "Zoom, die optreedt als bevoegd gezag van het ROC Brabantse Wal en te dezen rechtsgeldig wordt "
    "vertegenwoordigd door de voorzitter van haar college van bestuur, mevrouw drs. M.C. "
    "Rijkers-Dekkers, hierna te noemen 'het ROC', hierna gezamenlijk te noemen 'Partijen', verklaren, "
    "in aanmerking nemende dat zij voornemens zijn met ingang van het schooljaar 2025-2026 gezamenlijk "
    "een doorlopende leerroute als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en "
    "artikel 9.1.2 van de Wet educatie en beroepsonderwijs te verzorgen, dat artikel 2.107b van "
    "eerstgenoemde wet en artikel 9.1.3 van laatstgenoemde wet daartoe een samenwerkingsovereenkomst "
    "vereisen en dat zij hun afspraken in één akte wensen vast te leggen, te zijn overeengekomen als "
    "volgt:")

CLAUSES_34 = [
    ("1°. Voorwerp van de overeenkomst",
     "Partijen verzorgen gezamenlijk, met ingang van 1 augustus 2025 en op de voet van de in de "
     "aanhef genoemde wettelijke bepalingen, een doorlopende leerroute die aanvangt in het derde "
     "leerjaar van de kaderberoepsgerichte leerweg in het profiel Horeca, bakkerij en recreatie zoals "
     "dat door de School wordt aangeboden, en die, nadat de leerling in het tweede jaar van de route "
     "het diploma vmbo heeft behaald, zonder onderbreking doorloopt in de beroepsopleidende leerweg "
     "van de opleiding Zelfstandig werkend gastheer/gastvrouw op niveau 3 in het opleidingsdomein "
     "Horeca en bakkerij van het ROC, met dien verstande dat de route in totaal vijf jaren omvat en "
     "dat Partijen haar uitsluitend aanbieden aan leerlingen die daartoe na een gezamenlijk "
     "intakegesprek met de leerling en diens ouders zijn toegelaten."),
    ("2°. Betrokkenheid van de gastvrijheidsbranche",
     "Partijen betrekken het regionale bedrijfsleven bij de invulling van de route door middel van "
     "een schriftelijke samenwerking met de regionale horecavereniging Gastvrij West-Brabant en met "
     "de leerbedrijven Grand Café De Markt te Roosendaal, Hotel-Restaurant Vrouwenhof te Wouw en "
     "Partycentrum Kalsdonk te Roosendaal, welke leerbedrijven zich jegens Partijen hebben verbonden "
     "om in elk schooljaar voor iedere leerling in het tweede leerjaar van de route een meeloopstage "
     "van ten minste tien dagen en voor iedere student vanaf het derde leerjaar van de route een "
     "plaats voor de beroepspraktijkvorming beschikbaar te stellen, om per schooljaar ten minste twee "
     "levensechte opdrachten, zoals de verzorging van een diner voor genodigden, aan de leerlingen te "
     "verstrekken en om ervaren medewerkers beschikbaar te stellen die als praktijkbeoordelaar "
     "deelnemen aan de examens in de beroepspraktijk, terwijl de horecavereniging jaarlijks vóór "
     "1 maart het in 3° bedoelde routebestuur schriftelijk adviseert over de aansluiting van het "
     "programma op de vraag van de werkgevers uit de branche, welk advies het routebestuur in zijn "
     "voorstel voor het gezamenlijke PTA/OER betrekt."),
    ("3°. Het routebestuur",
     "De leiding over de route berust bij een routebestuur dat bestaat uit de sectordirecteur "
     "beroepsgericht onderwijs van de School, de directeur van het college Horeca, Toerisme en "
     "Facilitair van het ROC en een door hen beiden voorgedragen routecoördinator, van wie de eerste "
     "twee door het college van bestuur van de eigen Partij als lid worden aangewezen en de "
     "routecoördinator door de colleges van bestuur van beide Partijen gezamenlijk bij schriftelijk "
     "besluit voor een termijn van drie jaren wordt benoemd, met dien verstande dat herbenoeming "
     "eenmaal mogelijk is, en aan welk routebestuur de colleges van bestuur hierbij opdragen de "
     "voorbereiding van het gezamenlijke PTA/OER, de vaststelling van de jaarplanning en de "
     "lesroosters, de toelating van leerlingen tot de route, de verdeling van de onderwijstaken over "
     "het in 5° bedoelde docententeam en het beheer van het routebudget, terwijl het routebestuur "
     "voor het aangaan van verplichtingen die het vastgestelde routebudget te boven gaan, voor "
     "wijziging van het PTA/OER en voor besluiten die de formatie van een Partij raken de "
     "voorafgaande schriftelijke goedkeuring van beide colleges van bestuur behoeft."),
    ("4°. Rekenschap",
     "Het routebestuur verstrekt beide colleges van bestuur, gevraagd en ongevraagd, alle "
     "inlichtingen die zij voor de uitoefening van hun taak behoeven, brengt hun na afloop van ieder "
     "kwartaal een beknopte voortgangsrapportage uit over instroom, doorstroom, uitval, verzuim en de "
     "besteding van het routebudget, en legt uiterlijk op 1 november van ieder jaar door middel van "
     "een schriftelijk jaarverslag, dat vóór 1 december in een gezamenlijke vergadering van beide "
     "colleges van bestuur met het routebestuur wordt besproken, verantwoording af over het "
     "afgelopen schooljaar."),
    ("5°. Inrichting, personeel en voorzieningen",
     "De route wordt in de eerste twee leerjaren verzorgd in het gebouw van de School aan de "
     "Tongerloweg te Roosendaal, waarbij de leerlingen op twee dagdelen per week gebruikmaken van het "
     "leerrestaurant, de demonstratiekeuken en de barfaciliteiten van het ROC te Roosendaal, en vanaf "
     "het derde leerjaar geheel op die locatie van het ROC, terwijl het onderwijs wordt verzorgd door "
     "één docententeam, bestaande uit de docenten horeca en consumptieve technieken van de School en "
     "de docenten gastheerschap en keuken van het ROC, dat voor de vak- en sectoroverstijgende "
     "programmaonderdelen gebruikmaakt van de teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 "
     "en artikel 9.1.12 WEB, met dien verstande dat voor ieder programmaonderdeel een daartoe "
     "bevoegde docent verantwoordelijk blijft, dat elke Partij werkgever blijft van haar eigen "
     "personeel, dat docenten van het ROC in het tweede leerjaar van de route voor ten hoogste acht "
     "lesuren per week onder de leiding van de sectordirecteur van de School les geven in de "
     "praktijklokalen van de School, en dat het onderwijsprogramma en de examinering per leerjaar, "
     "met aanduiding van de vmbo-onderdelen, de mbo-onderdelen en de gecombineerde onderdelen, worden "
     "vastgelegd in een gezamenlijk PTA/OER dat beide colleges van bestuur jaarlijks vóór 1 juli "
     "vaststellen."),
    ("6°. Uittreding van een leerling uit de route",
     "Indien een leerling de route niet kan of wil voortzetten, beslissen de School en het ROC "
     "gezamenlijk, na overleg met de leerling en, zolang deze minderjarig is, met diens ouders, en met "
     "inachtneming van het door de leerling bereikte onderwijsniveau en diens leeftijd, welk van de "
     "volgende alternatieven hem wordt geboden, te weten, voor zover de leerling het diploma vmbo nog "
     "niet heeft behaald, voortzetting van zijn opleiding in de reguliere kaderberoepsgerichte of "
     "basisberoepsgerichte leerweg van de School in het profiel Horeca, bakkerij en recreatie of in "
     "een ander profiel, teneinde het diploma vmbo te behalen, en, voor zover de leerling dat diploma "
     "wel heeft behaald, inschrijving in een andere opleiding op niveau 2 of 3 van het ROC, zoals "
     "Gastheer/gastvrouw op niveau 2 of Zelfstandig werkend kok op niveau 3, dan wel begeleiding naar "
     "een opleiding bij een andere instelling, met dien verstande dat het ROC voor een overstap "
     "binnen zijn eigen opleidingen geen vooropleidingseisen stelt en dat de beslissing wordt "
     "voorbereid door de mentor van de School en de studieloopbaanbegeleider van het ROC, die "
     "daarvan schriftelijk verslag doen aan het routebestuur."),
    ("7°. Financiële verhouding",
     "Partijen verklaren uitdrukkelijk dat geen van hen enig deel van de door haar ontvangen "
     "bekostiging aan de andere Partij overdraagt, zodat artikel 5.42a WVO 2020 en artikel 9.1.15 WEB "
     "op hun verhouding geen toepassing vinden, en dat iedere Partij de kosten van haar eigen "
     "personeel, huisvesting en leermiddelen draagt, ook voor zover deze ten behoeve van de route "
     "worden ingezet, met dien verstande dat de wederzijdse inzet van docenten en voorzieningen als "
     "bedoeld in 5° over de gehele looptijd van de route als in evenwicht wordt beschouwd."),
    ("8°. Medezeggenschap",
     "Partijen stellen vast dat op leerlingen die bij de School staan ingeschreven, op hun ouders en "
     "op het personeel van de School de Wet medezeggenschap op scholen van toepassing is, dat op "
     "studenten die bij het ROC staan ingeschreven en op hun ouders de bepalingen van hoofdstuk 8a "
     "van de Wet educatie en beroepsonderwijs en op het personeel van het ROC de Wet op de "
     "ondernemingsraden van toepassing zijn, en dat Partijen, indien daartoe in de toekomst "
     "aanleiding bestaat, in aanvulling op die regelingen afspraken over de medezeggenschap met "
     "betrekking tot de route kunnen maken."),
    ("9°. Beslechting van geschillen",
     "Alle geschillen tussen Partijen die verband houden met de uitvoering van deze overeenkomst "
     "worden, nadat het routebestuur en vervolgens de colleges van bestuur in een daartoe belegde "
     "vergadering vergeefs hebben getracht binnen zes weken na de schriftelijke melding van het "
     "geschil door een van Partijen tot overeenstemming te komen, voorgelegd aan een commissie van "
     "drie leden, waarvan iedere Partij één lid aanwijst en de beide aldus aangewezen leden "
     "gezamenlijk een onafhankelijke voorzitter aanwijzen die geen band heeft met een van Partijen, "
     "welke commissie, na Partijen te hebben gehoord, binnen drie maanden een bindend advies "
     "uitbrengt, met dien verstande dat de kosten van de commissie door Partijen bij helfte worden "
     "gedragen en dat het Partijen vrijstaat een voorlopige voorziening te vragen aan de "
     "voorzieningenrechter van de rechtbank Zeeland-West-Brabant."),
    ("10°. Toetreding, uittreding en wijziging",
     "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze "
     "overeenkomst toetreden indien beide Partijen daarmee schriftelijk instemmen, de toetredende "
     "partij het gezamenlijke PTA/OER aanvaardt en een toetredingsverklaring ondertekent waarin zij "
     "zich aan deze overeenkomst verbindt, waarna zij de route zelf bij de Minister meldt, terwijl "
     "deze overeenkomst, die voor onbepaalde tijd is aangegaan, door ieder van Partijen bij "
     "aangetekende brief kan worden opgezegd met inachtneming van een opzegtermijn van ten minste "
     "twaalf maanden tegen 1 augustus van enig jaar, en met wederzijds goedvinden dan wel, bij een "
     "ernstige tekortkoming die niet binnen drie maanden na schriftelijke ingebrekestelling is "
     "hersteld, door de andere Partij kan worden ontbonden, in welke gevallen geen nieuwe leerlingen "
     "meer tot de route worden toegelaten maar de leerlingen en studenten die op de datum van "
     "beëindiging in de route zijn ingeschreven, de route onder de voorwaarden van deze overeenkomst "
     "bij dezelfde Partijen kunnen voltooien, en wijziging van deze overeenkomst uitsluitend kan "
     "geschieden bij schriftelijke, door beide Partijen ondertekende akte, met dien verstande dat een "
     "wijziging die het onderwijs aan reeds ingeschreven leerlingen raakt niet eerder in werking "
     "treedt dan bij de aanvang van het eerstvolgende schooljaar."),
    ("11°. Slotbepaling",
     "Deze overeenkomst, die in tweevoud is opgemaakt en ondertekend, wordt beheerst door Nederlands "
     "recht en treedt in werking op 1 augustus 2025."),
]


@sample(
    "34_lange_volzinnen.pdf",
    "Very long legal sentences (PDF, Times, justified): a one-sentence comparitie ending 'te zijn "
    "overeengekomen als volgt', then eleven clauses headed '1°. Titel' ... '11°. Titel', each one "
    "single sentence with 'met dien verstande dat', 'welk(e)', 'terwijl'. Roosendaal, HBR kb -> "
    "Zelfstandig werkend gastheer/gastvrouw 3. Routebestuur, horecavereniging and named "
    "leerbedrijven, quarterly voortgangsrapportage, explicitly no transfer (art. 5.42a not "
    "applied), bindend advies by a three-member commission with an onafhankelijke voorzitter. "
    "Medezeggenschap clause only states which laws apply and that arrangements 'kunnen' be made.",
    "p p p p p p p na p p",
    {"a": "1°. Voorwerp van de overeenkomst", "b": "2°. Betrokkenheid van de gastvrijheidsbranche",
     "c": "3°. Het routebestuur", "d": "4°. Rekenschap",
     "e": "5°. Inrichting, personeel en voorzieningen",
     "f": "6°. Uittreding van een leerling uit de route", "g": "7°. Financiële verhouding",
     "i": "9°. Beslechting van geschillen", "j": "10°. Toetreding, uittreding en wijziging"},
)
def build_34(path):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Spacer

    title = ParagraphStyle("t", fontName="Times-Bold", fontSize=12.5, leading=16,
                           alignment=TA_CENTER, spaceAfter=14)
    h = ParagraphStyle("h", fontName="Times-Bold", fontSize=11, leading=14, spaceBefore=9,
                       spaceAfter=3)
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5,
                          alignment=TA_JUSTIFY, spaceAfter=4)
    story = [
        Paragraph("OVEREENKOMST TOT GEZAMENLIJKE VERZORGING VAN EEN DOORLOPENDE LEERROUTE "
                  "VMBO-MBO IN DE GASTVRIJHEIDSSECTOR", title),
        Paragraph(esc(COMPARITIE_34), body),
    ]
    for head, text in CLAUSES_34:
        story.append(Paragraph(esc(head), h))
        story.append(Paragraph(esc(text), body))
    story += [
        Spacer(1, 16),
        Paragraph("Aldus overeengekomen en in tweevoud getekend te Roosendaal op 30 juni 2025.", body),
        Spacer(1, 10),
        Paragraph("Stichting Katholiek Voortgezet Onderwijs De Markiezaten, mr. A.J.M. van Gastel", body),
        Paragraph("Stichting Regionaal Opleidingencentrum Brabantse Wal, drs. M.C. Rijkers-Dekkers",
                  body),
    ]
    d = pdf_doc(path, "Overeenkomst doorlopende leerroute gastvrijheid", margin=2.4 * cm)
    footer = page_number_footer("Overeenkomst DLR gastvrijheid Tongerlo Vakcollege / ROC Brabantse Wal",
                                font="Times-Roman", size=8.5)
    d.build(story, onFirstPage=footer, onLaterPages=footer)


# ----------------------------------------------------------------------------------------------
# 35  main text that only refers to annexes, DOCX
# ----------------------------------------------------------------------------------------------

BODY_35 = [
    ("Artikel 1 Opbouw van deze overeenkomst",
     ["1.1 Deze overeenkomst bestaat uit deze hoofdtekst en de bijlagen A tot en met I. De bijlagen "
      "maken deel uit van de overeenkomst en binden partijen op dezelfde wijze als de hoofdtekst.",
      "1.2 Bij tegenstrijdigheid tussen de hoofdtekst en een bijlage gaat de hoofdtekst voor.",
      "1.3 Een bijlage wordt alleen gewijzigd op de wijze van artikel 11.4."]),
    ("Artikel 2 De route",
     ["Partijen verzorgen samen de doorlopende leerroute die in Bijlage A is beschreven."]),
    ("Artikel 3 Werkveld",
     ["Het werkveld is bij de route betrokken op de wijze die Bijlage B beschrijft."]),
    ("Artikel 4 Aansturing",
     ["4.1 De leiding over de route is belegd bij het routemanagement van Bijlage C.",
      "4.2 De bevoegdheden genoemd in Bijlage C, onder 3, worden hierbij door beide besturen aan het "
      "routemanagement opgedragen."]),
    ("Artikel 5 Informatie aan de besturen",
     ["Het routemanagement informeert de besturen en legt aan hen verantwoording af volgens de "
      "kalender in Bijlage D."]),
    ("Artikel 6 Uitvoering",
     ["De organisatorische en onderwijskundige inrichting van de route, waaronder de inzet van "
      "personeel en het gebruik van voorzieningen, staat in Bijlage E."]),
    ("Artikel 7 Uitstappen",
     ["Voor een leerling die de route verlaat, geldt de uitstapregeling van Bijlage F."]),
    ("Artikel 8 Geld",
     ["De financiële verhouding tussen partijen is geregeld in Bijlage G."]),
    ("Artikel 9 Inspraak",
     ["Partijen maken de aanvullende afspraken over medezeggenschap van Bijlage H."]),
    ("Artikel 10 Onenigheid",
     ["Op verschillen van mening tussen partijen over de uitvoering van deze overeenkomst is de "
      "regeling van Bijlage I van toepassing."]),
    ("Artikel 11 Looptijd, aansluiting en beëindiging",
     ["11.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.",
      "11.2 Een andere vmbo-school of mbo-instelling kan aansluiten als beide partijen daar "
      "schriftelijk mee instemmen. De nieuwe partij ondertekent een aansluitingsverklaring, aanvaardt "
      "de bijlagen A tot en met I en meldt de route bij DUO; Bijlage C, onder 1, wordt dan aangevuld "
      "met een lid namens de nieuwe partij.",
      "11.3 Ieder van de partijen kan de overeenkomst beëindigen met inachtneming van een "
      "opzegtermijn van één schooljaar, met ingang van 1 augustus. Na de opzegging stromen geen "
      "nieuwe leerlingen meer in; de lopende jaargroepen ronden de route af volgens Bijlage A en "
      "Bijlage E, en de uitstapregeling van Bijlage F blijft voor hen gelden.",
      "11.4 Wijziging of aanvulling van de hoofdtekst of van een bijlage gebeurt schriftelijk en "
      "wordt door beide besturen ondertekend. Een wijziging die leerlingen raakt die al in de route "
      "zitten, gaat niet eerder in dan bij het begin van het volgende schooljaar."]),
    ("Artikel 12 Ondertekening",
     ["Aldus overeengekomen te Zoetermeer op 21 mei 2025.",
      "Stichting Voortgezet Onderwijs Zoetermeer-Oost, B. Ramdin, bestuurder",
      "Stichting MBO Haaglanden-Oost, drs. E. de Wit, voorzitter college van bestuur"]),
]

ANNEX_35 = [
    ("Bijlage A – Leertraject",
     ["1. Profiel: Economie en ondernemen, kaderberoepsgerichte leerweg, met het keuzevak "
      "Evenementen.",
      "2. Vervolgopleiding: Medewerker evenementenorganisatie, niveau 4 (BOL), van het Haaglanden "
      "Businesscollege.",
      "3. Duur: leerjaar 3 en 4 van het vmbo en daarna drie jaar mbo; de eerste groep start op "
      "1 augustus 2025.",
      "4. Diploma's: het vmbo-diploma kaderberoepsgerichte leerweg aan het eind van routejaar 2, het "
      "mbo-diploma niveau 4 aan het eind van routejaar 5."]),
    ("Bijlage B – Opdrachtgevers uit de praktijk",
     ["1. Vaste opdrachtgevers van de route zijn Congrescentrum Meerzicht, Stadsfestival Palenstein "
      "en evenementenbureau Feestfabriek Zoetermeer.",
      "2. Iedere opdrachtgever levert per schooljaar één echt evenement dat leerlingen van routejaar 2 "
      "tot en met 5 mee voorbereiden en uitvoeren.",
      "3. De opdrachtgevers bieden samen ten minste twaalf stageplaatsen per schooljaar aan studenten "
      "vanaf routejaar 3.",
      "4. Bij de examens in de beroepspraktijk beoordeelt een medewerker van een opdrachtgever mee "
      "als beoordelaar uit de praktijk.",
      "5. Twee keer per jaar, in oktober en april, is er een werkveldtafel waar de opdrachtgevers het "
      "routemanagement adviseren over het programma."]),
    ("Bijlage C – Routemanagement en mandaat",
     ["1. Samenstelling. Het routemanagement bestaat uit de afdelingsleider kader van de school, de "
      "teamleider commercie en evenementen van het college en een routemanager.",
      "2. Aanstelling. De afdelingsleider en de teamleider worden door het eigen bestuur aangewezen. "
      "De routemanager wordt door beide besturen samen benoemd voor twee schooljaren; het college is "
      "zijn werkgever.",
      "3. Mandaat. Het routemanagement mag beslissen over het rooster en de jaarplanning, de inzet van "
      "docenten uit het team van Bijlage E, de toelating tot de route, de keuze van opdrachten uit "
      "Bijlage B en uitgaven tot € 7.500 per schooljaar.",
      "4. Buiten het mandaat. Over wijziging van het PTA/OER, de formatie en uitgaven boven dat bedrag "
      "beslissen de besturen."]),
    ("Bijlage D – Rapportagekalender", None),
    ("Bijlage E – Lesplaatsen, team en rooster",
     ["1. Lesplaatsen. Routejaar 1 en 2 op het Vakcollege Rokkeveen, met één dag per week in de "
      "evenementenstudio en het congreszaaltje van het college; vanaf routejaar 3 op het college.",
      "2. Team. De docenten economie en ondernemen van de school en de docenten evenementen van het "
      "college vormen één team met teambevoegdheid; voor elk onderdeel is één bevoegde docent "
      "verantwoordelijk.",
      "3. Uitwisseling. Eén docent van het college geeft in routejaar 2 vier uur per week les op de "
      "school.",
      "4. Voorzieningen. De school stelt haar aula en podiumtechniek beschikbaar voor evenementen van "
      "routestudenten; het college stelt zijn evenementenstudio, de licht- en geluidsset en de "
      "ticketingsoftware beschikbaar.",
      "5. Rooster en examens. Het routemanagement roostert gezamenlijk. Programma en examinering per "
      "leerjaar staan in het gezamenlijke PTA/OER, dat jaarlijks vóór 1 juli wordt vastgesteld; het "
      "examenreglement van elke partij geldt voor het eigen deel."]),
    ("Bijlage F – Uitstapregeling",
     ["1. Een leerling die de route verlaat, houdt uitzicht op een diploma.",
      "2. Vóór het vmbo-diploma: terug naar de reguliere kaderberoepsgerichte leerweg Economie en "
      "ondernemen op de school, of naar de basisberoepsgerichte leerweg.",
      "3. Na het vmbo-diploma: een andere opleiding van het college op niveau 3 of 4, bijvoorbeeld "
      "Verkoopspecialist (niveau 3) of Medewerker marketing en communicatie (niveau 4), zonder extra "
      "toelatingseisen, of een opleiding bij een andere instelling.",
      "4. Wie beslist: de mentor van de school en de studieloopbaanbegeleider van het college samen, "
      "met de leerling en de ouders, op basis van het bereikte niveau en de leeftijd.",
      "5. De uitwerking per situatie staat in de schoolgids."]),
    ("Bijlage G – Kostenverdeling",
     ["1. De school draagt per leerling in routejaar 2 € 1.320 van haar bekostiging over aan het "
      "college.",
      "2. Het bedrag dient ter dekking van de lessen van de docent van het college op de school en "
      "van het gebruik van de evenementenstudio en de licht- en geluidsset.",
      "3. Peildatum is 1 oktober; het college factureert in december.",
      "4. Verder dragen partijen geen bekostiging aan elkaar over."]),
    ("Bijlage H – Inspraak",
     ["1. Twee routeleerlingen hebben vanaf routejaar 2 een zetel in de studentenraad van het "
      "college, ook als zij nog bij de school ingeschreven staan.",
      "2. Er is een ouderpanel van de route dat twee keer per jaar met de routemanager spreekt.",
      "3. De medezeggenschapsraad van de school en de studentenraad van het college worden vooraf om "
      "advies gevraagd over elke wijziging van Bijlage A, E of F."]),
    ("Bijlage I – Geschillenregeling",
     ["1. Trede 1: het routemanagement zoekt binnen drie weken een oplossing.",
      "2. Trede 2: beide bestuurders overleggen binnen zes weken.",
      "3. Trede 3: mediation door een mediator die partijen samen kiezen.",
      "4. Trede 4: de meest gerede partij legt het geschil voor aan de bevoegde rechter van de "
      "rechtbank Den Haag."]),
]

CALENDAR_35 = [
    ("Moment", "Wat", "Aan wie"),
    ("Elk kwartaal", "Dashboard: instroom, voortgang, uitstappers, verzuim", "Beide besturen"),
    ("Februari", "Voortgangsgesprek over het lopende schooljaar",
     "Beide bestuurders en het routemanagement"),
    ("Vóór 1 oktober", "Jaarverslag met verantwoording over het vorige schooljaar", "Beide besturen"),
]


@sample(
    "35_verwijzing_bijlagen.docx",
    "Short main text whose articles only point to annexes ('is belegd bij het routemanagement van "
    "Bijlage C'); the arrangements themselves sit in Bijlage A-I (DOCX, Heading 1 for articles and "
    "annexes, page break before the annexes, Bijlage D a Word table). Zoetermeer, E&O kb -> "
    "Medewerker evenementenorganisatie 4. Opdrachtgevers uit de praktijk, routemanagement with "
    "mandaat, EUR 1.320 per pupil ter dekking van, studentenraad seats, four-step ladder ending at "
    "the rechter. Toetreding/opzegging/wijziging in article 11 of the main text. Fully compliant.",
    "p p p p p p p p p p",
    {"a": "Bijlage A – Leertraject", "b": "Bijlage B – Opdrachtgevers uit de praktijk",
     "c": "Bijlage C – Routemanagement en mandaat", "d": "Bijlage D – Rapportagekalender",
     "e": "Bijlage E – Lesplaatsen, team en rooster", "f": "Bijlage F – Uitstapregeling",
     "g": "Bijlage G – Kostenverdeling", "h": "Bijlage H – Inspraak",
     "i": "Bijlage I – Geschillenregeling", "j": "Artikel 11 Looptijd, aansluiting en beëindiging"},
)
def build_35(path):
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Samenwerkingsovereenkomst doorlopende leerroute evenementen", style="Title")
    doc.add_paragraph("Hoofdtekst met de bijlagen A tot en met I")
    doc.add_paragraph("Partijen:")
    doc.add_paragraph("1. Stichting Voortgezet Onderwijs Zoetermeer-Oost, bevoegd gezag van het "
                      "Vakcollege Rokkeveen te Zoetermeer, hierna: de school;")
    doc.add_paragraph("2. Stichting MBO Haaglanden-Oost, bevoegd gezag van het Haaglanden "
                      "Businesscollege te Zoetermeer, hierna: het college;")
    doc.add_paragraph("sluiten deze samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 "
                      "en artikel 9.1.3 WEB en komen het volgende overeen.")
    for head, paras in BODY_35:
        doc.add_heading(head, level=1)
        for p in paras:
            doc.add_paragraph(p)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for head, paras in ANNEX_35:
        doc.add_heading(head, level=1)
        if paras is None:
            tbl = doc.add_table(rows=0, cols=3)
            tbl.style = "Table Grid"
            for i, row in enumerate(CALENDAR_35):
                cells = tbl.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("Het dashboard en het jaarverslag gaan naar beide besturen tegelijk.")
            continue
        for p in paras:
            doc.add_paragraph(p)
    save_docx(doc, path, "Samenwerkingsovereenkomst doorlopende leerroute evenementen")


# ----------------------------------------------------------------------------------------------
# 36  bullet lists under broad headings, Markdown
# ----------------------------------------------------------------------------------------------

TEXT_36 = """
# Samenwerkingsovereenkomst doorlopende leerroute ICT Gorinchem

Tussen **Stichting Voortgezet Onderwijs Merwede-Linge**, bevoegd gezag van vmbo Merwedepoort te
Gorinchem, en **Stichting Beroepsonderwijs Rivierenland-West**, bevoegd gezag van het Rivierenland
Techniek & ICT College te Gorinchem.

## Waarom deze afspraken

- Partijen willen leerlingen met belangstelling voor ICT een ononderbroken weg naar een mbo-diploma
  bieden.
- Zij willen de wettelijke ruimte voor doorlopende leerroutes benutten (art. 2.107b WVO 2020,
  art. 9.1.3 WEB); dit document is hun samenwerkingsovereenkomst.
- Zij willen eventuele geschillen over hun samenwerking snel en zorgvuldig oplossen, zonder dat
  leerlingen daar last van hebben.

## Wat we samen doen

- **Route:** profiel Media, vormgeving en ICT, basisberoepsgerichte leerweg → Medewerker ICT
  (niveau 2, BOL), opleidingsdomein ICT en creatieve industrie.
- **Start:** leerjaar 3; eerste groep op 1 augustus 2025; ten hoogste 20 leerlingen per jaar.
- **Werkgevers:** IT-bedrijven uit de regio leveren de praktijk:
  - Merwedenet Systeembeheer, Computerwinkel Gorcum Digitaal en de ICT-afdeling van Zorggroep
    Alblasserwaard doen mee;
  - zij bieden stageplekken vanaf routejaar 3;
  - zij leveren echte supportvragen als praktijkopdracht voor leerjaar 4;
  - hun medewerkers beoordelen mee bij de proeve van bekwaamheid;
  - eens per jaar, in februari, adviseren zij over het programma.
- **Routeteam:**
  - leden: de teamleider MVI van Merwedepoort, de opleidingsmanager ICT van het college en een
    routecoördinator;
  - taken: rooster, plaatsing bij de bedrijven, inzet van docenten, toelating, routebudget;
  - de besturen beslissen over wijzigingen van het PTA/OER en over de formatie;
  - hoe de leden worden aangewezen, spreken de besturen later nog af.
- **Informatie aan de besturen:**
  - elk kwartaal een overzicht van instroom, voortgang en uitstappers;
  - elk jaar vóór 1 oktober een verslag over het vorige schooljaar, daarna een gesprek met beide
    bestuurders.

## Mensen en middelen

- Leerjaar 3 en 4 op Merwedepoort; op vrijdag in het ICT-lab van het college; routejaar 3 en 4
  volledig op het college.
- De docenten van beide scholen vormen één team met teambevoegdheid; per onderdeel is een bevoegde
  docent verantwoordelijk.
- Eén docent van het college geeft in leerjaar 4 twee dagdelen per week les op Merwedepoort.
- Merwedepoort gebruikt het ICT-lab, de serverruimte en de testapparatuur van het college; het
  college gebruikt de aula van Merwedepoort voor voorlichtingsavonden.
- Programma en examens per leerjaar: gezamenlijk PTA/OER, jaarlijks vóór 1 juli vastgesteld door
  beide besturen.
- Geld: geen van beide partijen draagt bekostiging over aan de ander; ieder betaalt het eigen
  personeel en de eigen middelen.

## Als het anders loopt

- Een leerling stopt met de route vóór het vmbo-diploma → terug naar de reguliere
  basisberoepsgerichte leerweg MVI (of een ander profiel) op Merwedepoort, met het vmbo-diploma als
  doel.
- Een leerling stopt na het vmbo-diploma → een andere opleiding op niveau 2 van het college (bijv.
  Monteur elektrotechnische installaties) of bij een andere instelling; binnen het college geen
  extra toelatingseisen.
- Wie beslist: de mentor van Merwedepoort en de loopbaanbegeleider van het college, samen met de
  leerling en de ouders, op basis van het bereikte niveau en de leeftijd.

## Afspraken over de afspraken

- Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
- Deze overeenkomst regelt de voorwaarden waaronder een andere school of een andere instelling voor
  beroepsonderwijs partij kan worden, de voorwaarden waaronder zij kan worden opgezegd of ontbonden
  en de wijze waarop zij in andere gevallen kan worden gewijzigd, telkens met het oog op het zoveel
  mogelijk beperken van de gevolgen voor de leerlingen.
- Beide partijen melden de route bij DUO.

---

Gorinchem, 16 juni 2025

Voor Stichting Voortgezet Onderwijs Merwede-Linge: M. Visser, bestuurder
Voor Stichting Beroepsonderwijs Rivierenland-West: ing. T. Bakker, voorzitter college van bestuur
"""


@sample(
    "36_opsommingen.md",
    "Markdown with four broad headings ('Wat we samen doen', 'Mensen en middelen', 'Als het anders "
    "loopt', 'Afspraken over de afspraken') and every arrangement as a (nested) bullet list with bold "
    "run-in labels. Gorinchem, MVI bb -> Medewerker ICT 2. The routeteam's appointment is deferred "
    "('spreken de besturen later nog af'); geschillen appear only in the preamble 'Waarom deze "
    "afspraken'; toetreding/opzegging/wijziging only restate the statute. No medezeggenschap text; "
    "explicitly no transfer.",
    "p p w p p p p na m w",
    {"a": "Wat we samen doen", "b": "Wat we samen doen", "d": "Wat we samen doen",
     "e": "Mensen en middelen", "f": "Als het anders loopt", "g": "Mensen en middelen"},
)
def build_36(path):
    write_text(path, TEXT_36)


# ----------------------------------------------------------------------------------------------
# labels, check, main
# ----------------------------------------------------------------------------------------------

def expected_path(name):
    return HERE / (name.rsplit(".", 1)[0] + ".expected.json")


def write_expected(name, meta):
    data = {"description": meta["description"], "split": "train", "statuses": meta["statuses"],
            "evidence": meta["evidence"]}
    expected_path(name).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                                   encoding="utf-8")


def extract(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
        return "\n".join(pages), len(pages), pages[0]
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        text = "\n".join(parts)
        return text, None, text[:300]
    text = path.read_text(encoding="utf-8")
    return text, None, text[:300]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check(names):
    ok = True
    for name in names:
        path = HERE / name
        meta = SAMPLES[name]
        size = path.stat().st_size
        text, pages, first = extract(path)
        data = json.loads(expected_path(name).read_text(encoding="utf-8"))
        problems = []
        if size >= 200 * 1024:
            problems.append("too large: %d bytes" % size)
        if not first.strip():
            problems.append("first page/opening has no text")
        if data["statuses"] != meta["statuses"] or data["split"] != "train":
            problems.append("label file out of date")
        ntext = norm(text)
        for k, ev in data["evidence"].items():
            if norm(ev) not in ntext:
                problems.append("evidence %s not found: %r" % (k, ev))
        status = "OK" if not problems else "FAIL"
        ok &= not problems
        print("%-34s %-4s %7d bytes%s" % (name, status, size,
                                         "" if pages is None else ", %d page(s)" % pages))
        for p in problems:
            print("    " + p)
    return ok


def main(argv):
    do_check = "--check" in argv
    prefixes = [a for a in argv if not a.startswith("--")]
    names = [n for n in SAMPLES if not prefixes or any(n.startswith(p) for p in prefixes)]
    if not do_check:
        for n in names:
            SAMPLES[n]["fn"](HERE / n)
            write_expected(n, SAMPLES[n])
            print("wrote", n)
    return 0 if check(names) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
