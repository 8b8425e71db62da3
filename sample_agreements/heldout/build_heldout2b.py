#!/usr/bin/env python3
"""Held-out sample agreements h25-h32 for leerroute-check (second held-out batch, part b).

Written by an independent author after the checker's decision rules were fixed. The texts were
written from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and
bouwsteen overstapoptie in /work/shared/seeds), /work/shared/domain.md and
sample_agreements/LABELS.md only: no checker code, model, test or benchmark was opened, the
checker was not run, and no text or build script of any other sample was read. All schools,
instellingen, companies and people are made up; qualification names are meant to be realistic,
not checked against the current kwalificatiestructuur.

Usage:
    python3 build_heldout2b.py              # build all samples
    python3 build_heldout2b.py h25 h28      # build only these
    python3 build_heldout2b.py --check      # open every produced file and verify it

Output is deterministic: reportlab runs with invariant=1; DOCX files get fixed core properties
and are rewritten with fixed zip timestamps.
"""
import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
ITEMS = "abcdefghij"
CODE = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}

SAMPLES = {}


def sample(sid, name, ext, description, statuses, evidence, checks=None):
    """Register a builder. statuses: 10 space-separated codes a..j (p/w/m/na)."""
    codes = statuses.split()
    assert len(codes) == 10, sid
    st = {k: CODE[c] for k, c in zip(ITEMS, codes)}
    for k in evidence:
        assert st[k] == "present", (sid, k)

    def deco(fn):
        SAMPLES[sid] = dict(name=name, ext=ext, build=fn, checks=checks or {},
                            expected={"description": description, "split": "heldout",
                                      "statuses": st, "evidence": evidence})
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# DOCX helpers
# ----------------------------------------------------------------------------------------------

def _docx_imports():
    import docx  # noqa: F401
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt, Cm
    return WD_ALIGN_PARAGRAPH, WD_BREAK, parse_xml, nsdecls, qn, Pt, Cm


class Docx:
    def __init__(self, title, author, font="Calibri", size=11):
        import docx
        WD_ALIGN_PARAGRAPH, WD_BREAK, parse_xml, nsdecls, qn, Pt, Cm = _docx_imports()
        self.d = docx.Document()
        self.Pt, self.Cm, self.qn = Pt, Cm, qn
        self.WD_BREAK, self.ALIGN = WD_BREAK, WD_ALIGN_PARAGRAPH
        self.parse_xml, self.nsdecls = parse_xml, nsdecls
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), font)
        st.paragraph_format.space_after = Pt(4)
        for s in self.d.sections:
            s.left_margin = s.right_margin = Cm(2.3)
            s.top_margin = s.bottom_margin = Cm(2.0)
        cp = self.d.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = FIXED_DT
        cp.modified = FIXED_DT
        cp.revision = 1
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        cp.category = ""
        self.numid = None

    # -- numbering ---------------------------------------------------------------------------
    def define_numbering(self, num_id, levels):
        """levels: list of (numFmt, lvlText, left_twips, hanging_twips, bold)."""
        qn = self.qn
        lv = []
        for i, (fmt, text, left, hang, bold) in enumerate(levels):
            rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
            lv.append(
                '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
                % (i, fmt, text, left, hang, rpr))
        absxml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s'
                  '</w:abstractNum>' % (self.nsdecls("w"), num_id, "".join(lv)))
        numbering = self.d.part.numbering_part.element
        absn = self.parse_xml(absxml)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        numbering.append(self.parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
            % (self.nsdecls("w"), num_id, num_id)))
        self.numid = num_id

    def numbered(self, text, level, style=None, bold=False, keep=False):
        p = self.d.add_paragraph(style=style)
        self._runs(p, text, bold)
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = level
        numpr.get_or_add_numId().val = self.numid
        if keep:
            p.paragraph_format.keep_with_next = True
        return p

    # -- text --------------------------------------------------------------------------------
    def _runs(self, p, text, bold=False):
        """text may contain **bold** segments."""
        parts = re.split(r"(\*\*.+?\*\*)", text)
        for part in parts:
            if not part:
                continue
            if part.startswith("**") and part.endswith("**"):
                r = p.add_run(part[2:-2])
                r.bold = True
            else:
                r = p.add_run(part)
                if bold:
                    r.bold = True
        return p

    def para(self, text="", style=None, bold=False, align=None, size=None, italic=False,
             space_after=None, keep=False):
        p = self.d.add_paragraph(style=style)
        self._runs(p, text, bold)
        if size or italic:
            for r in p.runs:
                if size:
                    r.font.size = self.Pt(size)
                if italic:
                    r.italic = True
        if align == "center":
            p.alignment = self.ALIGN.CENTER
        elif align == "justify":
            p.alignment = self.ALIGN.JUSTIFY
        elif align == "right":
            p.alignment = self.ALIGN.RIGHT
        if space_after is not None:
            p.paragraph_format.space_after = self.Pt(space_after)
        if keep:
            p.paragraph_format.keep_with_next = True
        return p

    def heading(self, text, level=1):
        return self.d.add_heading(text, level=level)

    def page_break(self):
        p = self.d.add_paragraph()
        p.add_run().add_break(self.WD_BREAK.PAGE)

    def table(self, rows, widths=None, header=True, style="Table Grid", size=None):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = self.d.styles[style]
        if widths:
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = self.Cm(w)
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = ""
                p = cell.paragraphs[0]
                self._runs(p, val, bold=(header and i == 0))
                if size:
                    for r in p.runs:
                        r.font.size = self.Pt(size)
                if widths:
                    cell.width = self.Cm(widths[j])
        self.d.add_paragraph()
        return t

    def header_footer(self, header=None, footer=None):
        s = self.d.sections[0]
        if header:
            hp = s.header.paragraphs[0]
            hp.text = header
            for r in hp.runs:
                r.font.size = self.Pt(8)
        if footer:
            fp = s.footer.paragraphs[0]
            fp.text = footer
            for r in fp.runs:
                r.font.size = self.Pt(8)

    def save(self, path):
        buf = io.BytesIO()
        self.d.save(buf)
        zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zout.writestr(zi, zin.read(info.filename))
        Path(path).write_bytes(out.getvalue())


# ----------------------------------------------------------------------------------------------
# PDF helpers
# ----------------------------------------------------------------------------------------------

def _rl():
    from reportlab import rl_config
    rl_config.invariant = 1
    import reportlab.platypus as pl
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm, mm
    return pl, colors, TA_CENTER, TA_JUSTIFY, TA_LEFT, A4, ParagraphStyle, cm, mm


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def md_bold(s):
    """escape, then turn **x** into <b>x</b> for reportlab."""
    s = esc(s)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def pdf_meta(doc, title, author):
    doc.title = title
    doc.author = author
    doc.subject = ""
    doc.creator = "tekstverwerker"
    doc.producer = "reportlab"
    doc.keywords = []


def write_text(path, text):
    Path(path).write_text(text.strip("\n") + "\n", encoding="utf-8")


# ==============================================================================================
# h25 - Venlo: bestuurlijke notitie vooraf, daarna overeenkomst in Word-automatische nummering
# ==============================================================================================

H25_MEMO = [
    ("kv", [("Aan", "Raad van bestuur Stichting Voortgezet Onderwijs Venlo-Maasland\n"
                    "College van bestuur Stichting Regionaal Opleidingencentrum Maasdal"),
            ("Van", "Ingrid Peeters, kwartiermaker Logistiekroute Venlo"),
            ("Datum", "10 juni 2025"),
            ("Onderwerp", "Vaststelling samenwerkingsovereenkomst doorlopende leerroute Logistiek"),
            ("Bijlage", "Concept-samenwerkingsovereenkomst, versie 4 (definitief)")]),
    ("h", "1. Aanleiding"),
    ("p", "Sinds het schooljaar 2022-2023 volgen leerlingen van Maaspoort Vmbo in hun vierde leerjaar een "
          "deel van de praktijkvakken in het logistieke leerlab van ROC Maasdal op Tradeport. Die samenwerking "
          "loopt goed, maar rust tot nu toe alleen op afspraken tussen de teamleiders. Om de ruimte van de wet "
          "doorlopende leerroutes vmbo-mbo te kunnen benutten (één docententeam, examinering gespreid over de "
          "leerjaren, één doorlopend programma) moeten beide besturen een samenwerkingsovereenkomst sluiten en "
          "de route samen bij DUO melden."),
    ("h", "2. Wat ligt er voor"),
    ("p", "Bijgaand ontvangt u de definitieve tekst van de overeenkomst. De tekst is in drie werksessies "
          "opgesteld door de teamleiders van beide organisaties, besproken met de werkveldcommissie Logistiek "
          "Noord-Limburg en juridisch nagelopen door de beide bestuurssecretariaten. De opbouw volgt het "
          "landelijke format, maar de afspraken zijn op onze eigen situatie toegesneden."),
    ("h", "3. Kernpunten"),
    ("b", "de route start op 1 augustus 2025 met één groep van ten hoogste achttien leerlingen;"),
    ("b", "de dagelijkse leiding komt te liggen bij een routeregisseur, die u samen benoemt;"),
    ("b", "de school draagt voor iedere leerling in het tweede routejaar een vast bedrag over aan het ROC;"),
    ("b", "leerlingen die nog op het vmbo staan ingeschreven, krijgen een stem in de opleidingsraad "
          "Logistiek van het ROC."),
    ("h", "4. Advies medezeggenschap"),
    ("p", "De medezeggenschapsraad van Maaspoort Vmbo heeft op 22 mei 2025 positief geadviseerd over het "
          "voornemen tot samenwerking; de studentenraad van ROC Maasdal heeft dat op 3 juni 2025 gedaan."),
    ("h", "5. Gevraagd besluit"),
    ("p", "Wij vragen u in te stemmen met de samenwerkingsovereenkomst en uw voorzitters te machtigen de "
          "overeenkomst op 30 juni 2025 te ondertekenen."),
]

# (level, text); level 0 = artikelkop, 1 = lid, 2 = onderdeel
H25_ARTS = [
    (0, "Begripsbepalingen"),
    (1, "In deze overeenkomst wordt verstaan onder:"),
    (2, "route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2;"),
    (2, "deelnemer: de leerling of student die aan de route deelneemt;"),
    (2, "vo-fase: het eerste en tweede routejaar, waarin de deelnemer als leerling bij de school staat "
        "ingeschreven;"),
    (2, "mbo-fase: het derde en eventueel vierde routejaar, waarin de deelnemer als student bij het ROC "
        "staat ingeschreven;"),
    (2, "routeregisseur: de functionaris, bedoeld in artikel 4;"),
    (2, "werkveldcommissie: de Werkveldcommissie Logistiek Noord-Limburg, bedoeld in artikel 3."),

    (0, "Leerroute en opleiding"),
    (1, "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die het profiel Mobiliteit en "
        "transport in de basisberoepsgerichte leerweg van de school verbindt met de opleiding Logistiek "
        "medewerker, niveau 2 (basisberoepsopleiding, beroepsopleidende leerweg), in het opleidingsdomein "
        "Transport, scheepvaart en logistiek van het ROC."),
    (1, "De route omvat het derde en vierde leerjaar van de school en de opleiding Logistiek medewerker bij "
        "het ROC. De deelnemer sluit de route af met het diploma vmbo basisberoepsgerichte leerweg en het "
        "mbo-diploma Logistiek medewerker."),
    (1, "Per schooljaar kunnen ten hoogste achttien deelnemers instromen. Instroom is alleen mogelijk aan "
        "het begin van het derde leerjaar van de school, na een gesprek met de leerling en zijn ouders of "
        "verzorgers."),

    (0, "Betrokkenheid van het logistieke werkveld"),
    (1, "Partijen betrekken het bedrijfsleven bij de invulling van de route via de werkveldcommissie, "
        "waarin in elk geval Venlo Cargo Hub B.V., Kessels Warehousing B.V. en Greenport Distributie Venlo "
        "B.V. zitting hebben, aangevuld met een adviseur praktijkleren van SBB."),
    (1, "De werkveldcommissie:"),
    (2, "adviseert ieder jaar vóór 1 maart over het programma van de route en over de keuze van de "
        "keuzedelen;"),
    (2, "levert de praktijkopdrachten voor het vierde leerjaar van de school en beoordeelt de presentaties "
        "van de deelnemers;"),
    (2, "zorgt voor ten minste achttien bpv-plaatsen bij erkende leerbedrijven voor de mbo-fase en voor "
        "snuffelstages in de vo-fase;"),
    (2, "stelt assessoren beschikbaar voor de proeve van bekwaamheid."),
    (1, "De afspraken met de afzonderlijke leerbedrijven worden vastgelegd in de praktijkovereenkomsten."),

    (0, "Routeregisseur en routeteam"),
    (1, "De leiding over de route berust bij de routeregisseur. De routeregisseur vormt samen met de "
        "teamleider bovenbouw basis en kader van de school en de teamleider Logistiek van het ROC het "
        "routeteam; de routeregisseur is voorzitter van het routeteam."),
    (1, "De routeregisseur wordt benoemd, geschorst en ontslagen door de raad van bestuur van de school en "
        "het college van bestuur van het ROC gezamenlijk, op voordracht van de directeuren van Maaspoort "
        "Vmbo en van het College Logistiek en Mobiliteit van het ROC. De twee teamleiders worden door het "
        "eigen bevoegd gezag aangewezen."),
    (1, "De besturen dragen aan de routeregisseur de volgende taken op:"),
    (2, "het opstellen en bewaken van het programma en de examenplanning van de route;"),
    (2, "het afstemmen van de roosters en de inzet van de docenten van beide partijen;"),
    (2, "de zorg voor de instroom, de begeleiding en de overstap van deelnemers;"),
    (2, "het onderhouden van de contacten met de werkveldcommissie en de leerbedrijven."),
    (1, "De routeregisseur is bevoegd om, binnen de begroting en de formatie die de besturen voor de route "
        "hebben vastgesteld, besluiten te nemen over het rooster, de groepsindeling, de inzet van docenten "
        "en uitgaven uit het routebudget tot € 5.000 per uitgave. Besluiten over de arbeidsrechtelijke "
        "positie van personeel en over toelating en verwijdering blijven bij het bevoegd gezag van de "
        "betrokken partij."),

    (0, "Rapportage aan de besturen"),
    (1, "De routeregisseur stuurt beide besturen ieder kwartaal een beknopte voortgangsrapportage met ten "
        "minste de instroom, het verzuim, de doorstroom en de uitval van deelnemers."),
    (1, "De routeregisseur legt vóór 1 oktober van ieder jaar aan beide besturen verantwoording af over het "
        "afgelopen schooljaar in een schriftelijk jaarverslag. Daarin zijn ook de besteding van de "
        "overgedragen middelen, bedoeld in artikel 8, en het advies van de werkveldcommissie verwerkt."),
    (1, "Tweemaal per jaar, in november en in mei, voeren de portefeuillehouders van beide besturen een "
        "bestuurlijk overleg met de routeregisseur, waarin de rapportages worden besproken."),
    (1, "Bij ernstige incidenten of dreigende tekorten informeert de routeregisseur de besturen onverwijld."),

    (0, "Onderwijs, personeel en voorzieningen"),
    (1, "Het onderwijs in de vo-fase wordt gegeven op de locatie van Maaspoort Vmbo aan de Hagerhofweg in "
        "Venlo; de praktijkvakken logistiek in het vierde leerjaar worden gegeven in het leerlab van het ROC "
        "op Tradeport in Venlo. De mbo-fase vindt plaats op die locatie van het ROC en bij de leerbedrijven."),
    (1, "Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
        "leerjaar in een gezamenlijk programmadocument (PTA/OER), dat beide besturen ieder jaar vóór 1 juli "
        "vaststellen. Het centraal examen vmbo wordt afgenomen in het tweede routejaar."),
    (1, "De route wordt verzorgd door één docententeam met docenten van beide partijen, met gebruikmaking "
        "van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB). Het ROC zet in het vierde "
        "leerjaar van de school twee docenten logistiek in voor samen ten minste acht lesuren per week; de "
        "school zet haar docenten Nederlands, rekenen en loopbaanoriëntatie in, ook in de mbo-fase voor "
        "zover dat voor de afronding van het vmbo-examen nodig is. Iedere docent blijft in dienst van de "
        "eigen werkgever."),
    (1, "De school stelt haar praktijklokaal Mobiliteit en transport en haar ICT-voorzieningen beschikbaar "
        "voor de route. Het ROC stelt zijn leerlab met het warehouse-managementsysteem, de heftruck-"
        "oefenhal en de benodigde persoonlijke beschermingsmiddelen beschikbaar aan deelnemers in de "
        "vo-fase."),
    (1, "Een klacht die bij de school wordt ingediend over een gedraging van een medewerker van het ROC, "
        "wordt door de school behandeld volgens haar klachtenregeling; het ROC verleent daaraan alle "
        "medewerking. Voor een klacht bij het ROC over een medewerker van de school geldt het omgekeerde."),

    (0, "Overstap naar een passend vervolg"),
    (1, "Beëindigt een deelnemer de route voordat hij die met succes heeft afgerond, dan zorgen partijen "
        "ervoor dat hij een vmbo-diploma of een mbo-diploma kan behalen dat past bij het bereikte "
        "onderwijsniveau en zijn leeftijd."),
    (1, "Daarbij staan in elk geval de volgende mogelijkheden open:"),
    (2, "in de vo-fase: voortzetting van het reguliere programma van de basisberoepsgerichte leerweg bij de "
        "school, in het profiel Mobiliteit en transport of in een ander profiel dat de school aanbiedt;"),
    (2, "na het behalen van het vmbo-diploma: instroom in een andere opleiding op niveau 2 van het ROC, "
        "ook in een ander opleidingsdomein;"),
    (2, "als het vmbo-diploma aan het eind van het derde routejaar niet is behaald: voortzetting van de "
        "opleiding Logistiek medewerker of instroom in een andere opleiding op niveau 2 van het ROC, "
        "zonder dat de vooropleidingseisen worden toegepast, zo nodig gecombineerd met een herkansing van "
        "het vmbo-examen bij de school;"),
    (2, "bij verhuizing of een voorkeur voor een andere instelling: begeleiding naar een passende opleiding "
        "elders, met een warme overdracht; de ontvangende instelling kan een geschiktheidsonderzoek doen."),
    (1, "Welke mogelijkheid het best past, beslissen de school en het ROC samen, nadat zij met de deelnemer "
        "en zijn ouders of verzorgers hebben gesproken, op basis van het bereikte onderwijsniveau, de "
        "leeftijd en de wensen van de deelnemer. De routeregisseur legt het besluit binnen vier weken "
        "schriftelijk vast."),
    (1, "De uitwerking van dit artikel wordt opgenomen in de schoolgids van de school en de studiegids van "
        "het ROC."),

    (0, "Overdracht van bekostiging"),
    (1, "De school draagt met toepassing van artikel 5.42a WVO 2020 voor iedere deelnemer die op 1 oktober "
        "in het tweede routejaar bij de school staat ingeschreven een bedrag van € 1.100 over aan het ROC."),
    (1, "Het overgedragen bedrag is bestemd voor de inzet van de docenten logistiek van het ROC in de "
        "vo-fase en voor het gebruik van het leerlab en de heftruck-oefenhal, bedoeld in artikel 6."),
    (1, "Het ROC factureert het bedrag in twee gelijke termijnen, op 1 december en op 1 april."),
    (1, "Het ROC draagt geen bekostiging over aan de school. Alle overige kosten draagt iedere partij zelf."),

    (0, "Medezeggenschap van deelnemers"),
    (1, "In de vo-fase geldt voor deelnemers, hun ouders en het personeel van de school de Wet "
        "medezeggenschap op scholen; in de mbo-fase gelden voor studenten de regels van de WEB en voor het "
        "personeel van het ROC de Wet op de ondernemingsraden."),
    (1, "Aanvullend spreken partijen af dat deelnemers in de vo-fase twee vertegenwoordigers afvaardigen "
        "naar de opleidingsraad Logistiek van het ROC. Zij hebben daar spreekrecht over alle onderwerpen "
        "die de route betreffen."),
    (1, "Een voorstel tot wijziging of opzegging van deze overeenkomst wordt voor advies voorgelegd aan de "
        "medezeggenschapsraad van de school en aan de studentenraad van het ROC."),

    (0, "Geschillen tussen partijen"),
    (1, "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken in het "
        "routeteam."),
    (1, "Leidt dat niet binnen vier weken tot een oplossing, dan legt de routeregisseur het geschil voor aan "
        "het bestuurlijk overleg, dat binnen zes weken bijeenkomt."),
    (1, "Komen de besturen er niet uit, dan schakelen zij een MfN-registermediator in. Slaagt de mediation "
        "niet binnen drie maanden, dan kan iedere partij het geschil voorleggen aan de bevoegde rechter "
        "van de Rechtbank Limburg."),

    (0, "Toetreding van andere scholen en instellingen"),
    (1, "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij worden bij "
        "deze overeenkomst, als alle partijen daarmee schriftelijk instemmen en de toetreder alle rechten en "
        "verplichtingen uit deze overeenkomst aanvaardt. Een toetredende school biedt het profiel Mobiliteit "
        "en transport in de basisberoepsgerichte leerweg aan."),
    (1, "De toetreding wordt vastgelegd in een toetredingsakte die door alle partijen wordt ondertekend en "
        "gaat in op 1 augustus. Partijen melden de toetreding aan DUO."),
    (1, "Een toetreding verandert niets aan het programma en de plaatsing van deelnemers die op dat moment "
        "al in de route zitten."),

    (0, "Duur, opzegging en ontbinding"),
    (1, "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
    (1, "Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met "
        "inachtneming van een opzegtermijn van ten minste twaalf maanden."),
    (1, "Na een opzegging stromen geen nieuwe deelnemers meer in. Partijen blijven hun verplichtingen uit "
        "deze overeenkomst nakomen totdat de laatste deelnemer de route heeft afgerond of met toepassing van "
        "artikel 7 heeft verlaten."),
    (1, "Ontbinding wegens een tekortkoming is alleen mogelijk nadat de tekortkomende partij schriftelijk "
        "in gebreke is gesteld en een redelijke termijn heeft gekregen om de tekortkoming te herstellen. "
        "Ook na ontbinding geldt het derde lid."),

    (0, "Wijziging"),
    (1, "Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst die door de besturen "
        "van alle partijen is ondertekend, na het advies bedoeld in artikel 9."),
    (1, "Een wijziging die gevolgen heeft voor het programma van deelnemers die al in de route zitten, gaat "
        "pas in bij het begin van het volgende schooljaar, tenzij de wijziging uitsluitend in het voordeel "
        "van die deelnemers is."),

    (0, "Melding en slotbepalingen"),
    (1, "Partijen melden de route vóór 1 oktober 2025 gezamenlijk aan de minister via het "
        "Registratie Instellingen en Opleidingen van DUO."),
    (1, "Op deze overeenkomst is Nederlands recht van toepassing."),
]


@sample("h25", "h25_bestuurlijke_notitie_venlo", "docx",
        "Word document by a kwartiermaker: a bestuurlijke notitie (memo to both boards) precedes the "
        "agreement, whose articles and sub-clauses use Word automatic multilevel numbering (no typed "
        "numbers); Noord-Limburg (Venlo), M&T bb -> Logistiek medewerker 2; complete, extra "
        "medezeggenschap arrangement, EUR 1.100 transfer with bestemming, mediation then rechter.",
        "p p p p p p p p p p",
        {"a": "Leerroute en opleiding", "b": "Betrokkenheid van het logistieke werkveld",
         "c": "Routeregisseur en routeteam", "d": "Rapportage aan de besturen",
         "e": "Onderwijs, personeel en voorzieningen", "f": "Overstap naar een passend vervolg",
         "g": "Overdracht van bekostiging", "h": "Medezeggenschap van deelnemers",
         "i": "Geschillen tussen partijen", "j": "Duur, opzegging en ontbinding"},
        checks={"numbering": True})
def build_h25(path):
    D = Docx("Samenwerkingsovereenkomst Logistiekroute Venlo", "I. Peeters", font="Arial", size=10)
    D.define_numbering(25, [("decimal", "Artikel %1", 1418, 1418, True),
                            ("decimal", "%1.%2", 567, 567, False),
                            ("lowerLetter", "%3.", 1134, 567, False)])
    D.para("BESTUURLIJKE NOTITIE", bold=True, size=14, space_after=10)
    for kind, val in H25_MEMO:
        if kind == "kv":
            D.table([[k, v] for k, v in val], widths=[3.0, 13.0], header=False, style="Normal Table")
        elif kind == "h":
            D.para(val, bold=True, keep=True)
        elif kind == "b":
            D.para(val, style="List Bullet")
        else:
            D.para(val, align="justify")
    D.page_break()
    D.para("SAMENWERKINGSOVEREENKOMST", bold=True, size=15, align="center", space_after=2)
    D.para("doorlopende leerroute vmbo-mbo Logistiek Venlo", align="center", size=12, space_after=14)
    D.para("De ondergetekenden:", bold=True)
    D.para("1.  Stichting Voortgezet Onderwijs Venlo-Maasland, gevestigd te Venlo, bevoegd gezag van "
           "Maaspoort Vmbo, te dezen rechtsgeldig vertegenwoordigd door mevrouw drs. M.H.J. Janssen-Hermans, "
           "voorzitter van de raad van bestuur, hierna: \u201cde school\u201d;")
    D.para("2.  Stichting Regionaal Opleidingencentrum Maasdal, gevestigd te Venlo, te dezen rechtsgeldig "
           "vertegenwoordigd door de heer ir. P.W.M. Verheggen, voorzitter van het college van bestuur, "
           "hierna: \u201chet ROC\u201d;")
    D.para("hierna samen ook: \u201cpartijen\u201d;")
    D.para("overwegende dat:", bold=True)
    D.para("a.  partijen sinds 2022 samenwerken bij de voorbereiding van jongeren op werk in de logistiek in "
           "Noord-Limburg;")
    D.para("b.  partijen deze samenwerking willen voortzetten als doorlopende leerroute vmbo-mbo als bedoeld "
           "in artikel 2.107a van de Wet voortgezet onderwijs 2020 (WVO 2020) en hoofdstuk 9, titel 1, van de "
           "Wet educatie en beroepsonderwijs (WEB);")
    D.para("c.  artikel 2.107b, tweede lid, WVO 2020 voorschrijft welke afspraken deze overeenkomst ten "
           "minste moet bevatten;")
    D.para("komen het volgende overeen:", bold=True, space_after=8)
    for level, text in H25_ARTS:
        if level == 0:
            p = D.numbered(text, 0, bold=True, keep=True)
            p.paragraph_format.space_before = D.Pt(10)
        else:
            D.numbered(text, level)
    D.para("")
    D.para("Aldus overeengekomen en in tweevoud ondertekend te Venlo op 30 juni 2025.")
    D.table([["Stichting Voortgezet Onderwijs Venlo-Maasland", "Stichting Regionaal Opleidingencentrum Maasdal"],
             ["\n\n\nmevrouw drs. M.H.J. Janssen-Hermans\nvoorzitter raad van bestuur",
              "\n\n\nde heer ir. P.W.M. Verheggen\nvoorzitter college van bestuur"]],
            widths=[8.2, 8.2], header=True, style="Normal Table")
    D.header_footer(header="Logistiekroute Venlo \u2013 bestuurlijke notitie en samenwerkingsovereenkomst",
                    footer="Stichting VO Venlo-Maasland / ROC Maasdal \u2013 versie 30 juni 2025")
    D.save(path)

# ==============================================================================================
# h26 - Leeuwarden: twee kolommen, beleidsmedewerker, Z&W bb -> Helpende zorg en welzijn 2
# ==============================================================================================

H26 = [
    ("h", "1 Partijen"),
    ("p", "Deze overeenkomst wordt gesloten tussen:"),
    ("p", "**Stichting Voortgezet Onderwijs Middelsee**, gevestigd in Leeuwarden, bevoegd gezag van "
          "Middelsee Vmbo, vertegenwoordigd door de heer R. Hoekstra, bestuurder (hierna: Middelsee Vmbo), en"),
    ("p", "**Stichting ROC Waddenpoort**, gevestigd in Leeuwarden, vertegenwoordigd door mevrouw drs. "
          "T. van der Meer-Bosma, voorzitter van het college van bestuur (hierna: ROC Waddenpoort)."),
    ("p", "Samen noemen wij hen hierna de partners."),
    ("h", "2 De route"),
    ("p", "Middelsee Vmbo en ROC Waddenpoort bieden samen de Zorgroute aan: een doorlopende leerroute "
          "vmbo-mbo van het profiel Zorg en welzijn in de basisberoepsgerichte leerweg naar de mbo-opleiding "
          "Helpende zorg en welzijn (niveau 2, BOL) in het opleidingsdomein Zorg en welzijn."),
    ("p", "De route begint in leerjaar 3 van het vmbo en duurt vier jaar. De leerling haalt onderweg het "
          "vmbo-diploma basisberoepsgerichte leerweg, uiterlijk aan het eind van het derde routejaar, en sluit "
          "af met het mbo-diploma Helpende zorg en welzijn. Per jaar starten ten hoogste twintig leerlingen."),
    ("h", "3 Het werkveld"),
    ("p", "De partners werken in de Zorgroute samen met Zorggroep De Greiden, Stichting Kinderopvang "
          "Pikmeer en Welzijn Leeuwarden-Oost. Deze organisaties:"),
    ("b", "bieden snuffelstages in leerjaar 3 en bpv-plaatsen in de mbo-fase;"),
    ("b", "verzorgen twee keer per jaar een praktijkdag op Middelsee Vmbo;"),
    ("b", "nemen deel aan het werkveldoverleg dat ieder voorjaar wordt gehouden en waarin het programma "
          "van de route wordt besproken;"),
    ("b", "leveren praktijkbeoordelaars voor de examens in de mbo-fase."),
    ("p", "Nieuwe leerbedrijven kunnen aansluiten als zij door SBB zijn erkend."),
    ("h", "4 Stuurgroep"),
    ("p", "De leiding van de Zorgroute ligt bij een stuurgroep. De stuurgroep bestaat uit vier leden: twee "
          "medewerkers van Middelsee Vmbo en twee medewerkers van ROC Waddenpoort, bij voorkeur telkens een "
          "teamleider en een docent. De voorzitter wisselt ieder schooljaar tussen de partners."),
    ("p", "De stuurgroep heeft tot taak:"),
    ("b", "het programma van de route per leerjaar op te stellen en bij te houden;"),
    ("b", "de roosters en de inzet van docenten van beide partners op elkaar af te stemmen;"),
    ("b", "de begeleiding van leerlingen en de overgang naar het mbo te organiseren;"),
    ("b", "het contact met het werkveld te onderhouden."),
    ("p", "De stuurgroep beslist zelfstandig over het jaarrooster, de groepsindeling en de inzet van de "
          "docenten binnen de uren die de partners voor de route beschikbaar hebben gesteld. Besluiten met "
          "financiële gevolgen buiten de begroting en besluiten over personeel nemen de besturen zelf."),
    ("h", "5 Verantwoording aan de besturen"),
    ("p", "De stuurgroep stuurt beide besturen ieder jaar vóór 15 oktober een schriftelijk verslag over het "
          "afgelopen schooljaar, met cijfers over instroom, uitval en behaalde diploma's en een overzicht van "
          "de ingezette uren. In februari bespreekt de stuurgroep de voortgang in een gesprek met de twee "
          "verantwoordelijke bestuurders."),
    ("h", "6 Uitvoering"),
    ("p", "**Locaties.** Leerjaar 3 en 4 vinden plaats op Middelsee Vmbo, Aldlânsdyk in Leeuwarden. In "
          "leerjaar 4 volgen leerlingen één dag per week les op de zorgcampus van ROC Waddenpoort. De "
          "mbo-fase vindt plaats op de zorgcampus en bij de leerbedrijven."),
    ("p", "**Programma en examens.** De partners leggen het programma, de examinering en de bpv per "
          "leerjaar vast in één gezamenlijk PTA/OER, dat ieder jaar vóór 1 juli wordt vastgesteld. Het "
          "centraal examen vmbo wordt in het tweede routejaar afgenomen."),
    ("p", "**Docenten.** De route wordt gegeven door één docententeam. ROC Waddenpoort zet in leerjaar 4 een "
          "docent zorg in voor zes lesuren per week; Middelsee Vmbo zet in de mbo-fase een docent Nederlands "
          "in voor leerlingen die hun vmbo-diploma nog moeten afronden. De partners maken daarbij gebruik van "
          "de teambevoegdheid. Docenten blijven in dienst van hun eigen werkgever."),
    ("p", "**Voorzieningen.** Leerlingen in de vo-fase mogen gebruikmaken van het zorgpracticum (skills lab) "
          "van ROC Waddenpoort. Middelsee Vmbo stelt haar praktijklokaal Zorg en welzijn en de "
          "oefenkeuken beschikbaar voor praktijklessen van de route."),
    ("p", "**Klachten.** Een klacht over een medewerker van de andere partner wordt behandeld door de "
          "partner waar de klacht is ingediend; de andere partner werkt mee."),
    ("h", "7 Uitstappen en overstappen"),
    ("p", "Stopt een leerling met de Zorgroute voordat hij of zij die heeft afgerond, dan krijgt de leerling "
          "een passend alternatief dat leidt tot een diploma:"),
    ("b", "in leerjaar 3 of 4: verder in de gewone basisberoepsgerichte leerweg van Middelsee Vmbo, in het "
          "profiel Zorg en welzijn of een ander profiel;"),
    ("b", "in de mbo-fase: overstap naar een andere opleiding op niveau 2 bij ROC Waddenpoort, bijvoorbeeld "
          "Medewerker facilitaire dienstverlening of Dienstverlening; de vooropleidingseisen gelden dan niet;"),
    ("b", "is het vmbo-diploma aan het eind van het derde routejaar niet behaald, dan kan de leerling de "
          "mbo-opleiding voortzetten en het vmbo-examen bij Middelsee Vmbo opnieuw doen;"),
    ("b", "wil de leerling naar een andere instelling, dan helpen de partners bij de aanmelding en zorgen "
          "zij voor een warme overdracht."),
    ("p", "Middelsee Vmbo en ROC Waddenpoort beslissen samen welk alternatief past, na een gesprek met de "
          "leerling en de ouders, op grond van het bereikte onderwijsniveau en de leeftijd. De uitwerking "
          "staat in de schoolgids."),
    ("h", "8 Geld"),
    ("p", "Er wordt tussen de partners geen bekostiging overgedragen. Iedere partner betaalt de inzet van "
          "het eigen personeel en het gebruik van de eigen gebouwen en voorzieningen."),
    ("h", "9 Medezeggenschap"),
    ("p", "De wet bepaalt dat voor leerlingen die bij Middelsee Vmbo staan ingeschreven, hun ouders en het "
          "personeel van de school de Wet medezeggenschap op scholen geldt. Zodra leerlingen bij ROC "
          "Waddenpoort staan ingeschreven, gelden de regels van de WEB, en voor personeel van het ROC de Wet "
          "op de ondernemingsraden. Aanvullende afspraken over medezeggenschap kunnen worden gemaakt."),
    ("h", "10 Verschillen van inzicht"),
    ("p", "Verschillen van inzicht over de uitvoering van deze overeenkomst lossen de partners in goed "
          "onderling overleg op, in de geest van deze samenwerking."),
    ("h", "11 Nieuwe partners"),
    ("p", "Een andere vmbo-school of mbo-instelling uit Fryslân kan aan de Zorgroute deelnemen als beide "
          "partners daar schriftelijk mee instemmen en de nieuwe partner deze overeenkomst volledig "
          "onderschrijft. De toetreding gaat in bij het begin van een schooljaar en wordt vastgelegd in een "
          "aanvulling op deze overeenkomst die door alle partners wordt getekend. Leerlingen die al in de "
          "route zitten, merken daar in hun programma niets van."),
    ("h", "12 Looptijd, opzegging en wijziging"),
    ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een partner kan de "
          "overeenkomst schriftelijk opzeggen per 1 augustus, met een opzegtermijn van ten minste een jaar. "
          "Na opzegging starten geen nieuwe leerlingen meer; leerlingen die al in de route zitten, maken de "
          "route bij de partners af."),
    ("p", "Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend. Een wijziging gaat "
          "in bij het begin van het volgende schooljaar, zodat leerlingen niet midden in een jaar met een "
          "ander programma te maken krijgen."),
    ("h", "13 Ondertekening"),
    ("p", "Vastgesteld en ondertekend in Leeuwarden op 26 juni 2025."),
    ("p", "Namens Stichting Voortgezet Onderwijs Middelsee<br/><br/><br/>R. Hoekstra, bestuurder"),
    ("p", "Namens Stichting ROC Waddenpoort<br/><br/><br/>drs. T. van der Meer-Bosma, voorzitter college van "
          "bestuur"),
]


@sample("h26", "h26_twee_kolommen_leeuwarden", "pdf",
        "Two-column PDF by a policy officer, numbered plain headings; Leeuwarden (Fryslan), Z&W bb -> "
        "Helpende zorg en welzijn 2. Stuurgroep has members and tasks but nothing on who appoints them; "
        "disputes only 'in goed onderling overleg'; medezeggenschap only describes the law ('kunnen'); "
        "explicitly no transfer.",
        "p p w p p p p na w p",
        {"a": "2 De route", "b": "3 Het werkveld", "d": "5 Verantwoording aan de besturen",
         "e": "6 Uitvoering", "f": "7 Uitstappen en overstappen", "g": "8 Geld",
         "j": "12 Looptijd, opzegging en wijziging"},
        checks={"min_pages": 2})
def build_h26(path):
    pl, colors, TA_CENTER, TA_JUSTIFY, TA_LEFT, A4, PS, cm, mm = _rl()
    W, H = A4
    base = PS("b", fontName="Helvetica", fontSize=9, leading=11.6, alignment=TA_LEFT, spaceAfter=4)
    head = PS("h", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=7,
              spaceAfter=3, textColor=colors.HexColor("#1f4e79"))
    bul = PS("u", parent=base, leftIndent=10, bulletIndent=1, spaceAfter=2)
    margin, gap, band = 1.8 * cm, 0.8 * cm, 4.2 * cm
    colw = (W - 2 * margin - gap) / 2

    def frames(top):
        h = top - 2.0 * cm
        return [pl.Frame(margin, 2.0 * cm, colw, h, id="l", leftPadding=0, rightPadding=0),
                pl.Frame(margin + colw + gap, 2.0 * cm, colw, h, id="r", leftPadding=0, rightPadding=0)]

    def first(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(0, H - band, W, band, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(margin, H - 1.6 * cm, "Samenwerkingsovereenkomst Zorgroute Leeuwarden")
        c.setFont("Helvetica", 10.5)
        c.drawString(margin, H - 2.4 * cm, "Doorlopende leerroute vmbo-mbo Zorg en welzijn (basis) "
                     "\u2013 Helpende zorg en welzijn (niveau 2)")
        c.drawString(margin, H - 3.1 * cm, "Middelsee Vmbo en ROC Waddenpoort \u2013 juni 2025")
        c.restoreState()
        later(c, d)

    def later(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(margin, 1.2 * cm, "Zorgroute Leeuwarden \u2013 samenwerkingsovereenkomst")
        c.drawRightString(W - margin, 1.2 * cm, "pagina %d" % d.page)
        c.restoreState()

    doc = pl.BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    pdf_meta(doc, "Samenwerkingsovereenkomst Zorgroute Leeuwarden", "Beleidsmedewerker onderwijs")
    doc.addPageTemplates([
        pl.PageTemplate(id="first", frames=frames(H - band - 0.8 * cm), onPage=first,
                        autoNextPageTemplate="later"),
        pl.PageTemplate(id="later", frames=frames(H - 2.0 * cm), onPage=later)])
    story = []
    for kind, text in H26:
        if kind == "h":
            story.append(pl.Paragraph(esc(text), head))
        elif kind == "b":
            story.append(pl.Paragraph(md_bold(text), bul, bulletText="\u2022"))
        else:
            t = md_bold(text).replace("&lt;br/&gt;", "<br/>")
            story.append(pl.Paragraph(t, base))
    doc.build(story)

# ==============================================================================================
# h27 - Terneuzen: lange overeenkomst met inhoudsopgave, begripsbepalingen en veel kruisverwijzingen
# ==============================================================================================

H27_PARTIES = [
    "1. **Stichting Voortgezet Onderwijs Kanaalzone**, statutair gevestigd te Terneuzen, bevoegd gezag van "
    "het Kanaalzone College, school voor voorbereidend middelbaar beroepsonderwijs, te dezen rechtsgeldig "
    "vertegenwoordigd door de heer drs. J.C. de Feyter, voorzitter van het college van bestuur, hierna te "
    "noemen: \u201cde school\u201d;",
    "2. **Stichting Regionaal Opleidingencentrum Scheldedelta**, statutair gevestigd te Terneuzen, "
    "handelend onder de naam ROC Scheldedelta, te dezen rechtsgeldig vertegenwoordigd door mevrouw mr. "
    "A.M. Verstraeten-Dhooge, voorzitter van het college van bestuur, hierna te noemen: \u201chet ROC\u201d;",
    "hierna gezamenlijk te noemen: \u201cpartijen\u201d en ieder afzonderlijk: \u201cpartij\u201d,",
]

H27_CONS = [
    "A. dat de procesindustrie in de Kanaalzone Gent-Terneuzen de komende jaren een groot aantal operators "
    "nodig heeft en dat jongeren uit Zeeuws-Vlaanderen voor die beroepen graag in de eigen regio worden "
    "opgeleid;",
    "B. dat partijen sinds 2018 samenwerken in een techniekroute, die zij thans willen omzetten in een "
    "doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en "
    "artikel 9.1.2 van de Wet educatie en beroepsonderwijs;",
    "C. dat een zodanige route op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB wordt verzorgd op "
    "grond van een samenwerkingsovereenkomst die ten minste de in die artikelen genoemde onderwerpen regelt;",
    "D. dat de medezeggenschapsraad van de school en de studentenraad van het ROC over het voornemen tot "
    "deze samenwerking hebben geadviseerd;",
    "E. dat partijen hun afspraken in deze overeenkomst wensen vast te leggen,",
]

# ("H", hoofdstuk) ("A", artikel) ("l", lid) ("s", onderdeel) ("p", alinea)
H27_BODY = [
    ("H", "Hoofdstuk 1 Algemene bepalingen"),
    ("A", "Artikel 1 Begripsbepalingen"),
    ("p", "In deze overeenkomst en de bijlagen daarbij wordt verstaan onder:"),
    ("s", "a. bestuurlijk overleg: het overleg, bedoeld in artikel 7, vierde lid;"),
    ("s", "b. bijlage: een bijlage bij deze overeenkomst, die daarvan deel uitmaakt;"),
    ("s", "c. colleges van bestuur: het college van bestuur van de school en het college van bestuur van "
          "het ROC;"),
    ("s", "d. deelnemer: een leerling van de school of een student van het ROC die aan de route deelneemt;"),
    ("s", "e. leerbedrijf: een door SBB erkend leerbedrijf als bedoeld in artikel 7.2.10 WEB;"),
    ("s", "f. mbo-fase: routejaar 3 en volgende, waarin de deelnemer als student bij het ROC is ingeschreven;"),
    ("s", "g. overstapoptie: de mogelijkheden, bedoeld in artikel 12;"),
    ("s", "h. programmadocument: het document, bedoeld in artikel 8, tweede lid;"),
    ("s", "i. route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 3;"),
    ("s", "j. routebudget: het budget, bedoeld in artikel 14, tweede lid;"),
    ("s", "k. routecoördinator: de functionaris, bedoeld in artikel 5, tweede lid;"),
    ("s", "l. routejaar: een leerjaar van de route, te tellen vanaf het derde leerjaar van de school;"),
    ("s", "m. routeraad: de raad, bedoeld in artikel 5, eerste lid;"),
    ("s", "n. schooljaar: de periode van 1 augustus tot en met 31 juli daaropvolgend;"),
    ("s", "o. vo-fase: routejaar 1 en 2, waarin de deelnemer als leerling bij de school is ingeschreven;"),
    ("s", "p. werkveldraad: de raad, bedoeld in artikel 4, eerste lid;"),
    ("s", "q. WEB: de Wet educatie en beroepsonderwijs; WVO 2020: de Wet voortgezet onderwijs 2020; WMS: de "
          "Wet medezeggenschap op scholen; WOR: de Wet op de ondernemingsraden."),
    ("A", "Artikel 2 Doel en reikwijdte"),
    ("l", "1. Partijen verzorgen op grond van deze overeenkomst gezamenlijk de route."),
    ("l", "2. Deze overeenkomst bevat de afspraken die artikel 2.107b, tweede lid, WVO 2020 en artikel 9.1.3 "
          "WEB voorschrijven, alsmede de overige afspraken die partijen voor de uitvoering van de route nodig "
          "achten."),
    ("l", "3. Bijlage 1 (Programma per routejaar) en bijlage 2 (Inzet van personeel en financieel overzicht) "
          "maken deel uit van deze overeenkomst. Bij strijdigheid tussen de overeenkomst en een bijlage gaat "
          "de overeenkomst voor."),

    ("H", "Hoofdstuk 2 De route"),
    ("A", "Artikel 3 Profiel, leerweg en kwalificatie"),
    ("l", "1. De route verbindt het profiel Produceren, installeren en energie in de gemengde leerweg van de "
          "school met de middenkaderopleiding Operator A, niveau 4, beroepsopleidende leerweg, in het "
          "opleidingsdomein Procesindustrie van het ROC."),
    ("l", "2. De route begint in het derde leerjaar van de school en omvat vijf routejaren. De vo-fase wordt "
          "verzorgd onder verantwoordelijkheid van de school, de mbo-fase onder verantwoordelijkheid van het "
          "ROC, onverminderd de gezamenlijke uitvoering, bedoeld in hoofdstuk 4."),
    ("l", "3. De deelnemer behaalt het diploma vmbo gemengde leerweg in routejaar 2, en uiterlijk aan het "
          "eind van routejaar 3, en sluit de route af met het diploma Operator A. Voor een deelnemer die het "
          "vmbo-diploma niet tijdig behaalt, geldt artikel 12, eerste lid, onder c."),
    ("l", "4. Tot de route worden per schooljaar ten hoogste vierentwintig leerlingen toegelaten, na overleg "
          "met de leerling en diens ouders of verzorgers en op advies van de mentor."),
    ("l", "5. Het programma per routejaar is op hoofdlijnen opgenomen in bijlage 1 en wordt uitgewerkt in "
          "het programmadocument."),
    ("A", "Artikel 4 Werkveldraad en leerbedrijven"),
    ("l", "1. Partijen stellen een werkveldraad Procestechniek Kanaalzone in. De werkveldraad bestaat uit ten "
          "minste vier vertegenwoordigers van bedrijven in de procesindustrie in Zeeuws-Vlaanderen, onder wie "
          "in elk geval vertegenwoordigers van Sluiskil Stikstof B.V., Kanaalzone Polymeren B.V. en Terneuzen "
          "Utility Services B.V., en een adviseur praktijkleren van SBB. De routecoördinator is secretaris "
          "van de werkveldraad."),
    ("l", "2. De werkveldraad:"),
    ("s", "a. adviseert jaarlijks vóór 1 april over het programma, bedoeld in bijlage 1, en over de keuzedelen;"),
    ("s", "b. draagt zorg voor bedrijfsbezoeken in routejaar 1, voor de praktijkopdrachten in routejaar 2 en "
          "voor voldoende bpv-plaatsen bij leerbedrijven in de mbo-fase;"),
    ("s", "c. stelt praktijkbeoordelaars beschikbaar voor de examinering van de beroepsgerichte onderdelen;"),
    ("s", "d. stelt ten minste vier keer per schooljaar een gastdocent beschikbaar voor het vak "
          "procestechniek in de vo-fase."),
    ("l", "3. Het advies, bedoeld in het tweede lid, onder a, wordt betrokken bij de vaststelling van het "
          "programmadocument overeenkomstig artikel 8, tweede lid."),
    ("l", "4. De rechten en verplichtingen van de afzonderlijke leerbedrijven worden vastgelegd in de "
          "praktijkovereenkomsten; de werkveldraad heeft geen bevoegdheden jegens partijen."),

    ("H", "Hoofdstuk 3 Leiding en verantwoording"),
    ("A", "Artikel 5 Routeraad en routecoördinator"),
    ("l", "1. De leiding over de route berust bij de routeraad. De routeraad bestaat uit:"),
    ("s", "a. de sectordirecteur bovenbouw van de school;"),
    ("s", "b. de directeur van het College Techniek en Procesindustrie van het ROC;"),
    ("s", "c. de routecoördinator, als adviserend lid en secretaris."),
    ("l", "2. De routecoördinator is belast met de dagelijkse leiding van de route, met inachtneming van de "
          "besluiten van de routeraad."),
    ("l", "3. De leden, bedoeld in het eerste lid, onder a en b, worden door het college van bestuur van de "
          "eigen partij aangewezen. De routecoördinator wordt door de colleges van bestuur gezamenlijk "
          "benoemd, geschorst en ontslagen, na een openbare wervingsprocedure waarin beide partijen zijn "
          "vertegenwoordigd. De routecoördinator is in dienst van het ROC; de kosten worden gedragen "
          "overeenkomstig artikel 14, eerste lid."),
    ("l", "4. Het voorzitterschap van de routeraad rouleert per schooljaar tussen de leden, bedoeld in het "
          "eerste lid, onder a en b."),
    ("l", "5. De routeraad besluit met eenparigheid van stemmen van de leden, bedoeld in het eerste lid, onder "
          "a en b. Komt een besluit niet tot stand, dan wordt het onderwerp voorgelegd aan het bestuurlijk "
          "overleg; blijft het verschil bestaan, dan is artikel 16 van toepassing."),
    ("A", "Artikel 6 Taken en bevoegdheden van de routeraad"),
    ("l", "1. De colleges van bestuur dragen aan de routeraad de volgende taken op:"),
    ("s", "a. de voorbereiding van het programmadocument, bedoeld in artikel 8, tweede lid;"),
    ("s", "b. de organisatie van de toelating, de begeleiding en de overstap van deelnemers, bedoeld in "
          "artikel 3, vierde lid, artikel 11 en artikel 12;"),
    ("s", "c. de afstemming van roosters en van de inzet van personeel, bedoeld in artikel 9;"),
    ("s", "d. het beheer van het routebudget;"),
    ("s", "e. het onderhouden van de contacten met de werkveldraad;"),
    ("s", "f. de kwaliteitszorg van de route, waaronder een jaarlijkse evaluatie met deelnemers."),
    ("l", "2. De routeraad is bevoegd:"),
    ("s", "a. binnen het vastgestelde programmadocument te besluiten over het lesrooster, de groepsindeling "
          "en de toetsplanning;"),
    ("s", "b. het personeel in te zetten dat iedere partij op grond van artikel 9, tweede lid, beschikbaar "
          "stelt;"),
    ("s", "c. ten laste van het routebudget verplichtingen aan te gaan tot een bedrag van € 10.000 per "
          "afzonderlijke verplichting."),
    ("l", "3. Niet aan de routeraad opgedragen zijn de benoeming, schorsing en het ontslag van personeel, de "
          "besluiten die krachtens de wet aan de examencommissies zijn voorbehouden, en de wijziging of "
          "beëindiging van deze overeenkomst."),
    ("A", "Artikel 7 Informatie en verantwoording"),
    ("l", "1. De routeraad verstrekt de colleges van bestuur drie keer per schooljaar, uiterlijk op 1 december, "
          "1 april en 1 juli, een schriftelijke voortgangsrapportage over de in-, door- en uitstroom van "
          "deelnemers, het verzuim, de examenresultaten en de besteding van het routebudget."),
    ("l", "2. De routeraad legt jaarlijks vóór 1 november verantwoording af aan de colleges van bestuur door "
          "middel van een jaarverslag over het afgelopen schooljaar, met een verantwoording van de besteding "
          "van de middelen, bedoeld in artikel 13 en artikel 14."),
    ("l", "3. De routeraad informeert de colleges van bestuur onverwijld over bijzondere gebeurtenissen die "
          "de continuïteit van de route of de veiligheid van deelnemers raken."),
    ("l", "4. De colleges van bestuur voeren ten minste twee keer per schooljaar, in december en in juni, "
          "bestuurlijk overleg met de routeraad. In het bestuurlijk overleg worden de rapportages, bedoeld in "
          "het eerste en tweede lid, besproken en wordt het jaarverslag vastgesteld."),
    ("l", "5. Ieder college van bestuur kan de routeraad om aanvullende inlichtingen vragen; de routeraad "
          "verstrekt deze binnen twee weken."),

    ("H", "Hoofdstuk 4 Organisatorische en onderwijskundige inrichting"),
    ("A", "Artikel 8 Onderwijsprogramma en examinering"),
    ("l", "1. De vo-fase wordt verzorgd op de locatie Zuidlaan van de school te Terneuzen; de praktijklessen "
          "procestechniek in routejaar 2 worden verzorgd in het Procestrainingscentrum van het ROC aan de "
          "Vlietweg te Terneuzen. De mbo-fase wordt verzorgd op die locatie van het ROC en bij leerbedrijven."),
    ("l", "2. Partijen beschrijven voor de gehele route het onderwijsprogramma, de examinering en de "
          "beroepspraktijkvorming per routejaar in een programmadocument, waarin is aangegeven welke "
          "onderdelen tot het voortgezet onderwijs en welke tot het beroepsonderwijs behoren. De colleges van "
          "bestuur stellen het programmadocument jaarlijks vóór 1 juli vast, op voorbereiding van de "
          "routeraad en na het advies van de werkveldraad, bedoeld in artikel 4, tweede lid, onder a."),
    ("l", "3. Het centraal examen vmbo wordt afgenomen in routejaar 2. Met de examinering van mbo-onderdelen "
          "en met de beroepspraktijkvorming kan in routejaar 2 worden begonnen. De examencommissies van beide "
          "partijen blijven bevoegd voor de examens die onder hun verantwoordelijkheid vallen."),
    ("l", "4. De onderwijstijd wordt in het programmadocument voor de gehele route verantwoord."),
    ("A", "Artikel 9 Inzet van personeel"),
    ("l", "1. De route wordt verzorgd door één docententeam. Partijen maken gebruik van de teambevoegdheid, "
          "bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, voor de vakoverstijgende onderdelen die "
          "in het programmadocument als zodanig zijn aangeduid."),
    ("l", "2. De school stelt voor de route ten minste 1,6 fte docenten beschikbaar voor de algemene vakken "
          "en het profielvak, het ROC ten minste 1,2 fte docent procestechniek en 0,4 fte instructeur voor "
          "het Procestrainingscentrum. De verdeling per routejaar is opgenomen in bijlage 2."),
    ("l", "3. Het personeel blijft in dienst van de eigen werkgever, die de werkgeversbevoegdheden uitoefent. "
          "Voor inzet van meer dan acht uur per week bij de andere partij wordt een detacheringsovereenkomst "
          "gesloten."),
    ("l", "4. Het docententeam volgt jaarlijks ten minste drie dagen gezamenlijke scholing; iedere partij "
          "draagt de kosten voor het eigen personeel."),
    ("A", "Artikel 10 Faciliteiten en locaties"),
    ("l", "1. Het ROC stelt het Procestrainingscentrum, waaronder de destillatieopstelling, de pomp- en "
          "meetopstellingen en de controlekamersimulator, ten minste één dag per week beschikbaar aan "
          "deelnemers in routejaar 2, met de daarbij behorende persoonlijke beschermingsmiddelen."),
    ("l", "2. De school stelt haar practicumlokalen natuurkunde en scheikunde, de werkplaats Produceren, "
          "installeren en energie en de mediatheek beschikbaar, ook aan deelnemers in de mbo-fase die het "
          "vmbo-examen nog moeten afronden."),
    ("l", "3. Het gebruik van elkaars faciliteiten is kosteloos, behoudens de overdracht, bedoeld in artikel "
          "13, eerste lid. De routeraad stemt het gebruik af in het rooster. Iedere partij zorgt voor een "
          "toereikende verzekering van deelnemers die haar faciliteiten gebruiken."),
    ("l", "4. Deelnemers behalen in routejaar 2 het diploma VCA-basis; het ROC verzorgt de opleiding en het "
          "examen."),
    ("A", "Artikel 11 Begeleiding, verzuim en klachten"),
    ("l", "1. Iedere deelnemer heeft gedurende de gehele route één loopbaanbegeleider. Bij de overgang naar "
          "de mbo-fase draagt de school het leerlingdossier met instemming van de deelnemer over aan het ROC."),
    ("l", "2. Het verzuim wordt in de vo-fase door de school en in de mbo-fase door het ROC gemeld en "
          "opgevolgd."),
    ("l", "3. De klachtenregeling van iedere partij is mede van toepassing op gedragingen van het bestuur en "
          "het personeel van de andere partij in het kader van de route, als bedoeld in artikel 2.107f, derde "
          "lid, WVO 2020 en artikel 9.1.7, derde lid, WEB. De partij bij wie een klacht wordt ingediend over "
          "een medewerker van de andere partij, stelt die partij binnen een week op de hoogte; de andere "
          "partij verleent medewerking aan de behandeling."),

    ("H", "Hoofdstuk 5 Overstapoptie"),
    ("A", "Artikel 12 Overstapoptie"),
    ("l", "1. Eindigt de deelname van een deelnemer aan de route voordat hij de route met succes heeft "
          "afgerond, dan stellen partijen hem in staat een vmbo-diploma of het diploma van een beroepsopleiding "
          "te behalen dat aansluit bij het onderwijsniveau dat hij naar het gezamenlijk oordeel van partijen "
          "heeft bereikt, en bij zijn leeftijd. Afhankelijk van het moment van beëindiging staan in elk geval "
          "de volgende mogelijkheden open:"),
    ("s", "a. in routejaar 1 of 2: voortzetting van de opleiding in de gemengde of de kaderberoepsgerichte "
          "leerweg van de school, in het profiel Produceren, installeren en energie of in een ander profiel, "
          "gericht op het behalen van het vmbo-diploma;"),
    ("s", "b. na het behalen van het vmbo-diploma: instroom in een andere opleiding van het ROC op niveau 3 "
          "of 4, waaronder de opleiding Operator B, niveau 3, of een opleiding in een andere richting;"),
    ("s", "c. indien de deelnemer aan het eind van routejaar 3 het vmbo-diploma niet heeft behaald: "
          "voortzetting van de opleiding bij het ROC, zo nodig op niveau 3, waarbij de deelnemer de "
          "ontbrekende vmbo-onderdelen bij de school kan afronden;"),
    ("s", "d. overstap naar een opleiding bij een andere instelling, waarbij partijen de deelnemer "
          "ondersteunen bij de aanmelding en het geschiktheidsonderzoek dat die instelling kan verrichten."),
    ("l", "2. Bij een overstap binnen het ROC, als bedoeld in het eerste lid, onder b en c, worden de "
          "vooropleidingseisen niet toegepast, overeenkomstig artikel 9.1.14 WEB."),
    ("l", "3. Welke mogelijkheid wordt geboden, beslissen de school en het ROC gezamenlijk, na een gesprek met "
          "de deelnemer en, indien hij minderjarig is, zijn ouders of verzorgers. De routeraad bereidt het "
          "besluit voor overeenkomstig artikel 6, eerste lid, onder b; het besluit wordt binnen vier weken "
          "schriftelijk aan de deelnemer meegedeeld."),
    ("l", "4. De uitwerking van dit artikel wordt opgenomen in de schoolgids van de school en de studiegids "
          "van het ROC."),
    ("l", "5. Dit artikel is niet van toepassing op een deelnemer die definitief van de school of het ROC is "
          "verwijderd."),

    ("H", "Hoofdstuk 6 Financiële bepalingen"),
    ("A", "Artikel 13 Overdracht van bekostiging"),
    ("l", "1. De school draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks aan het ROC over een bedrag "
          "van € 1.450 voor iedere deelnemer die op 1 oktober in routejaar 2 bij de school is ingeschreven. "
          "Dit bedrag is bestemd voor de inzet van het personeel van het ROC in de vo-fase, bedoeld in artikel "
          "9, tweede lid, en voor het gebruik van het Procestrainingscentrum, bedoeld in artikel 10, eerste lid."),
    ("l", "2. Het ROC draagt met toepassing van artikel 9.1.15 WEB jaarlijks aan de school over een bedrag van "
          "€ 400 voor iedere deelnemer die op 1 oktober in routejaar 3 is ingeschreven en het vmbo-diploma nog "
          "niet heeft behaald. Dit bedrag is bestemd voor de inzet van docenten van de school bij de afronding "
          "van het vmbo-examen, bedoeld in artikel 12, eerste lid, onder c."),
    ("l", "3. De ontvangende partij factureert de bedragen, bedoeld in het eerste en tweede lid, vóór 1 "
          "december. Bijlage 2 bevat een rekenvoorbeeld."),
    ("l", "4. De besteding van de overgedragen middelen wordt verantwoord in het jaarverslag, bedoeld in "
          "artikel 7, tweede lid."),
    ("A", "Artikel 14 Overige kosten"),
    ("l", "1. Iedere partij draagt de kosten van het eigen personeel, met uitzondering van de routecoördinator, "
          "wiens loonkosten partijen ieder voor de helft dragen."),
    ("l", "2. Partijen stellen jaarlijks een routebudget van € 15.000 beschikbaar voor materialen, excursies "
          "en scholing, waaraan ieder de helft bijdraagt."),

    ("H", "Hoofdstuk 7 Medezeggenschap"),
    ("A", "Artikel 15 Medezeggenschap"),
    ("l", "1. In de vo-fase is op deelnemers, hun ouders en het personeel van de school de WMS van toepassing; "
          "in de mbo-fase zijn op deelnemers en hun ouders de bepalingen van de WEB en op het personeel van het "
          "ROC de WOR van toepassing."),
    ("l", "2. Partijen stellen aanvullend een routeklankbordgroep in, bestaande uit twee leden van de "
          "medezeggenschapsraad van de school, van wie ten minste één leerling, en twee leden van de "
          "studentenraad van het ROC, van wie ten minste één deelnemer in de mbo-fase. De "
          "routeklankbordgroep overlegt twee keer per schooljaar met de routeraad en kan de routeraad gevraagd "
          "en ongevraagd advies geven over alle aangelegenheden van de route."),
    ("l", "3. Deelnemers in de vo-fase kunnen zich verkiesbaar stellen voor de opleidingsraad Techniek en "
          "Procesindustrie van het ROC."),
    ("l", "4. Een voorgenomen besluit tot wijziging van deze overeenkomst als bedoeld in artikel 18 of tot "
          "opzegging als bedoeld in artikel 19 wordt voor advies voorgelegd aan de medezeggenschapsraad van de "
          "school en de studentenraad van het ROC."),

    ("H", "Hoofdstuk 8 Geschillen"),
    ("A", "Artikel 16 Geschilbeslechting"),
    ("l", "1. Van een geschil is sprake wanneer een partij de andere partij schriftelijk meedeelt dat over de "
          "uitvoering van deze overeenkomst een geschil bestaat."),
    ("l", "2. De routeraad bespreekt het geschil binnen drie weken na de mededeling, bedoeld in het eerste "
          "lid. Wordt het geschil niet opgelost, dan wordt het binnen zes weken behandeld in het bestuurlijk "
          "overleg."),
    ("l", "3. Leidt het bestuurlijk overleg niet tot een oplossing, dan wordt het geschil beslecht door "
          "bindend advies van een commissie van drie personen. Iedere partij wijst één lid aan; deze twee "
          "leden wijzen samen een voorzitter aan die jurist is en bij geen van partijen werkzaam is. De "
          "commissie brengt binnen acht weken advies uit. De kosten worden door partijen gelijkelijk gedragen."),
    ("l", "4. Het derde lid laat de bevoegdheid onverlet om in spoedeisende gevallen een voorlopige voorziening "
          "te vragen aan de voorzieningenrechter van de Rechtbank Zeeland-West-Brabant."),
    ("l", "5. Zolang een geschil niet is beslecht, zetten partijen de uitvoering van de route ten behoeve van "
          "de deelnemers ongewijzigd voort."),

    ("H", "Hoofdstuk 9 Toetreding, wijziging en beëindiging"),
    ("A", "Artikel 17 Toetreding"),
    ("l", "1. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij worden bij "
          "deze overeenkomst, indien:"),
    ("s", "a. alle partijen daarmee schriftelijk instemmen;"),
    ("s", "b. de toetredende school het profiel Produceren, installeren en energie aanbiedt, onderscheidenlijk "
          "de toetredende instelling een opleiding in het opleidingsdomein Procesindustrie verzorgt;"),
    ("s", "c. de toetreder alle rechten en verplichtingen uit deze overeenkomst aanvaardt;"),
    ("s", "d. de medezeggenschapsorganen, bedoeld in artikel 15, vierde lid, in de gelegenheid zijn gesteld "
          "te adviseren."),
    ("l", "2. De toetreding wordt vastgelegd in een toetredingsakte, gaat in op 1 augustus van een schooljaar "
          "en wordt overeenkomstig artikel 22 gemeld. Partijen passen zo nodig de bijlagen aan."),
    ("l", "3. Een toetreding laat het programma van deelnemers die al aan de route deelnemen ongemoeid; "
          "wijzigingen die uit de toetreding voortvloeien, gelden vanaf het eerstvolgende cohort."),
    ("A", "Artikel 18 Wijziging"),
    ("l", "1. Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke overeenkomst tussen alle "
          "partijen, na het advies, bedoeld in artikel 15, vierde lid."),
    ("l", "2. De bijlagen kunnen worden gewijzigd bij schriftelijk besluit van het bestuurlijk overleg."),
    ("l", "3. Een wijziging die het programma van deelnemers raakt, geldt pas vanaf het eerstvolgende "
          "schooljaar en in geen geval voor deelnemers die in het lopende schooljaar examen doen."),
    ("l", "4. Partijen passen deze overeenkomst binnen drie maanden aan wanneer een wijziging van de wet of "
          "van de bekostiging daartoe noodzaakt."),
    ("A", "Artikel 19 Duur en opzegging"),
    ("l", "1. Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd."),
    ("l", "2. Iedere partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 31 juli van enig jaar, "
          "met inachtneming van een opzegtermijn van achttien maanden. De opzegging wordt gemotiveerd."),
    ("l", "3. Na een opzegging worden geen nieuwe deelnemers meer tot de route toegelaten. Artikel 21 is van "
          "toepassing."),
    ("A", "Artikel 20 Ontbinding"),
    ("l", "1. Iedere partij kan deze overeenkomst buitengerechtelijk ontbinden, indien:"),
    ("s", "a. de andere partij toerekenbaar tekortschiet en deze tekortkoming niet herstelt binnen drie "
          "maanden nadat zij schriftelijk in gebreke is gesteld;"),
    ("s", "b. de bekostiging of de erkenning van de opleiding of de school door de minister wordt beëindigd."),
    ("l", "2. Artikel 21 is van overeenkomstige toepassing."),
    ("A", "Artikel 21 Afbouw en bescherming van deelnemers"),
    ("l", "1. Wordt deze overeenkomst opgezegd of ontbonden, dan zorgen partijen ervoor dat deelnemers die op "
          "dat moment aan de route deelnemen, de route onder dezelfde voorwaarden kunnen afronden. Is dat "
          "redelijkerwijs niet mogelijk, dan wordt voor iedere betrokken deelnemer artikel 12 toegepast."),
    ("l", "2. De verplichtingen uit artikel 9, artikel 10 en artikel 13 blijven gelden totdat de laatste "
          "deelnemer de route heeft afgerond of verlaten."),
    ("l", "3. De routeraad stelt binnen twee maanden na de opzegging of ontbinding een afbouwplan op, dat door "
          "de colleges van bestuur wordt vastgesteld. Deelnemers en hun ouders of verzorgers worden binnen "
          "een maand na de vaststelling geïnformeerd."),

    ("H", "Hoofdstuk 10 Slotbepalingen"),
    ("A", "Artikel 22 Melding"),
    ("l", "1. Partijen melden de route vóór 1 oktober 2025 gezamenlijk aan de minister door registratie in het "
          "Registratie Instellingen en Opleidingen van DUO."),
    ("l", "2. Een toetreding als bedoeld in artikel 17 en een beëindiging als bedoeld in de artikelen 19 en 20 "
          "worden op dezelfde wijze gemeld."),
    ("A", "Artikel 23 Slotbepalingen"),
    ("l", "1. Op deze overeenkomst is Nederlands recht van toepassing."),
    ("l", "2. Is een bepaling van deze overeenkomst nietig of vernietigbaar, dan blijven de overige bepalingen "
          "van kracht; partijen vervangen de bepaling door een geldige bepaling die het doel ervan zo dicht "
          "mogelijk benadert."),
    ("l", "3. Deze overeenkomst kan worden aangehaald als \u201cSamenwerkingsovereenkomst Procestechniek "
          "Kanaalzone 2025\u201d."),
]

H27_BIJLAGE1 = [
    ["Routejaar", "Inschrijving", "Kern van het programma", "Examinering", "Praktijk"],
    ["1 (lj 3 vmbo)", "school", "algemene vakken gl; profielmodules PIE; oriëntatie procestechniek",
     "schoolexamens vmbo (PTA)", "bedrijfsbezoeken (art. 4 lid 2 b)"],
    ["2 (lj 4 vmbo)", "school", "algemene vakken gl; procestechniek in het Procestrainingscentrum; VCA-basis",
     "centraal examen vmbo; eerste mbo-onderdelen", "praktijkopdrachten"],
    ["3 (mbo 1)", "ROC", "Operator A basisdeel; afronding vmbo-onderdelen indien nodig",
     "mbo-examens basisdeel", "bpv 8 weken"],
    ["4 (mbo 2)", "ROC", "profieldeel Operator A; keuzedelen", "mbo-examens profieldeel", "bpv 20 weken"],
    ["5 (mbo 3)", "ROC", "profieldeel; proeve van bekwaamheid", "examen Operator A", "bpv 20 weken"],
]

H27_BIJLAGE2 = [
    ["Post", "Routejaar", "Omvang", "Betaald door"],
    ["Docenten algemene vakken en PIE (school)", "1-2", "1,6 fte", "school"],
    ["Docent procestechniek (ROC)", "2", "0,6 fte", "ROC, deels gedekt door art. 13 lid 1"],
    ["Docent procestechniek (ROC)", "3-5", "0,6 fte", "ROC"],
    ["Instructeur Procestrainingscentrum", "2", "0,4 fte", "ROC, gedekt door art. 13 lid 1"],
    ["Routecoördinator", "-", "0,5 fte", "ieder de helft (art. 14 lid 1)"],
    ["Routebudget", "-", "€ 15.000", "ieder de helft (art. 14 lid 2)"],
    ["Rekenvoorbeeld art. 13 lid 1", "2", "22 deelnemers x € 1.450 = € 31.900", "school aan ROC"],
    ["Rekenvoorbeeld art. 13 lid 2", "3", "3 deelnemers x € 400 = € 1.200", "ROC aan school"],
]


@sample("h27", "h27_inhoudsopgave_begrippen_terneuzen", "pdf",
        "Long formal PDF (about ten pages) with cover, generated table of contents with dotted leaders, "
        "definitions article, chapters, 23 articles with leden and many cross-references, two annex tables; "
        "Zeeuws-Vlaanderen (Terneuzen), PIE gl -> Operator A 4; complete, transfers both ways with "
        "bestemming, routeklankbordgroep, bindend advies.",
        "p p p p p p p p p p",
        {"a": "Artikel 3 Profiel, leerweg en kwalificatie", "b": "Artikel 4 Werkveldraad en leerbedrijven",
         "c": "Artikel 5 Routeraad en routecoördinator", "d": "Artikel 7 Informatie en verantwoording",
         "e": "Hoofdstuk 4 Organisatorische en onderwijskundige inrichting", "f": "Artikel 12 Overstapoptie",
         "g": "Artikel 13 Overdracht van bekostiging", "h": "Artikel 15 Medezeggenschap",
         "i": "Artikel 16 Geschilbeslechting", "j": "Hoofdstuk 9 Toetreding, wijziging en beëindiging"},
        checks={"min_pages": 8})
def build_h27(path):
    pl, colors, TA_CENTER, TA_JUSTIFY, TA_LEFT, A4, PS, cm, mm = _rl()
    from reportlab.platypus.tableofcontents import TableOfContents
    W, H = A4
    body = PS("body", fontName="Times-Roman", fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=4)
    lid = PS("lid", parent=body, leftIndent=16, firstLineIndent=-16)
    sub = PS("sub", parent=body, leftIndent=32, firstLineIndent=-14, spaceAfter=2)
    hfd = PS("hfd", parent=body, fontName="Times-Bold", fontSize=13, leading=16, spaceBefore=14,
             spaceAfter=6, alignment=TA_LEFT, keepWithNext=1)
    art = PS("art", parent=body, fontName="Times-Bold", fontSize=11, leading=14, spaceBefore=8,
             spaceAfter=3, alignment=TA_LEFT, keepWithNext=1)
    title = PS("title", parent=body, fontName="Times-Bold", fontSize=22, leading=28, alignment=TA_CENTER)
    center = PS("center", parent=body, alignment=TA_CENTER, fontSize=12, leading=16)
    cell = PS("cell", fontName="Times-Roman", fontSize=8.8, leading=10.6)
    cellb = PS("cellb", parent=cell, fontName="Times-Bold")

    class Doc(pl.BaseDocTemplate):
        def afterFlowable(self, f):
            if isinstance(f, pl.Paragraph):
                if f.style.name == "hfd":
                    self.notify("TOCEntry", (0, f.getPlainText(), self.page))
                elif f.style.name == "art":
                    self.notify("TOCEntry", (1, f.getPlainText(), self.page))

    def deco(c, d):
        if d.page == 1:
            return
        c.saveState()
        c.setFont("Times-Italic", 8.5)
        c.drawString(2.5 * cm, H - 1.5 * cm, "Samenwerkingsovereenkomst Procestechniek Kanaalzone 2025")
        c.drawRightString(W - 2.5 * cm, H - 1.5 * cm, "Kanaalzone College \u2013 ROC Scheldedelta")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 1.4 * cm, "%d" % d.page)
        c.setFont("Times-Roman", 7.5)
        c.drawString(2.5 * cm, 1.4 * cm, "paraaf school: ______   paraaf ROC: ______")
        c.restoreState()

    doc = Doc(str(path), pagesize=A4, invariant=1, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
              topMargin=2.3 * cm, bottomMargin=2.2 * cm)
    pdf_meta(doc, "Samenwerkingsovereenkomst Procestechniek Kanaalzone 2025", "Bestuurssecretariaat")
    fr = pl.Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([pl.PageTemplate(id="p", frames=[fr], onPage=deco)])

    toc = TableOfContents()
    toc.dotsMinLevel = 0
    toc.levelStyles = [
        PS("t0", fontName="Times-Bold", fontSize=10, leading=13, leftIndent=0, firstLineIndent=0,
           spaceBefore=4),
        PS("t1", fontName="Times-Roman", fontSize=9.5, leading=11.5, leftIndent=16, firstLineIndent=0)]

    s = []
    s.append(pl.Spacer(1, 5 * cm))
    s.append(pl.Paragraph("SAMENWERKINGSOVEREENKOMST", title))
    s.append(pl.Spacer(1, 0.6 * cm))
    s.append(pl.Paragraph("doorlopende leerroute vmbo-mbo", center))
    s.append(pl.Paragraph("<b>Procestechniek Kanaalzone</b>", center))
    s.append(pl.Spacer(1, 0.6 * cm))
    s.append(pl.Paragraph("Kanaalzone College (profiel Produceren, installeren en energie, gemengde leerweg)"
                          "<br/>en<br/>ROC Scheldedelta (Operator A, niveau 4)", center))
    s.append(pl.Spacer(1, 4 * cm))
    s.append(pl.Paragraph("Terneuzen, 27 juni 2025<br/>versie 2.0 \u2013 definitief", center))
    s.append(pl.PageBreak())
    s.append(pl.Paragraph("<b>Inhoudsopgave</b>", PS("ih", parent=body, fontSize=13, spaceAfter=10)))
    s.append(toc)
    s.append(pl.PageBreak())
    s.append(pl.Paragraph("<b>DE ONDERGETEKENDEN:</b>", body))
    for t in H27_PARTIES:
        s.append(pl.Paragraph(md_bold(t), lid))
    s.append(pl.Paragraph("<b>IN AANMERKING NEMENDE:</b>", body))
    for t in H27_CONS:
        s.append(pl.Paragraph(esc(t), lid))
    s.append(pl.Paragraph("<b>VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:</b>", body))
    for kind, t in H27_BODY:
        if kind == "H":
            s.append(pl.Paragraph(esc(t), hfd))
        elif kind == "A":
            s.append(pl.Paragraph(esc(t), art))
        elif kind == "l":
            s.append(pl.Paragraph(esc(t), lid))
        elif kind == "s":
            s.append(pl.Paragraph(esc(t), sub))
        else:
            s.append(pl.Paragraph(esc(t), body))
    s.append(pl.Spacer(1, 0.5 * cm))
    s.append(pl.Paragraph("Aldus overeengekomen en in tweevoud ondertekend te Terneuzen op 27 juni 2025.", body))
    sig = pl.Table([[pl.Paragraph("Stichting Voortgezet Onderwijs Kanaalzone<br/><br/><br/><br/>"
                                  "drs. J.C. de Feyter<br/>voorzitter college van bestuur", body),
                     pl.Paragraph("Stichting Regionaal Opleidingencentrum Scheldedelta<br/><br/><br/><br/>"
                                  "mr. A.M. Verstraeten-Dhooge<br/>voorzitter college van bestuur", body)]],
                   colWidths=[doc.width / 2] * 2)
    s.append(pl.KeepTogether([sig]))
    s.append(pl.PageBreak())

    def tbl(rows, widths):
        data = [[pl.Paragraph(esc(c), cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)]
        t = pl.Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(pl.TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t
    s.append(pl.Paragraph("Bijlage 1 Programma per routejaar", hfd))
    s.append(pl.Paragraph("Deze bijlage geeft het programma op hoofdlijnen weer (artikel 3, vijfde lid). De "
                          "uitwerking staat in het programmadocument (artikel 8, tweede lid).", body))
    s.append(tbl(H27_BIJLAGE1, [2.2 * cm, 2.3 * cm, 5.2 * cm, 3.4 * cm, 2.9 * cm]))
    s.append(pl.Paragraph("Bijlage 2 Inzet van personeel en financieel overzicht", hfd))
    s.append(pl.Paragraph("Deze bijlage hoort bij artikel 9, tweede lid, artikel 13 en artikel 14. Bedragen "
                          "en formatie gelden voor het schooljaar 2025-2026.", body))
    s.append(tbl(H27_BIJLAGE2, [5.6 * cm, 2.0 * cm, 4.6 * cm, 3.8 * cm]))
    doc.multiBuild(s)

# ==============================================================================================
# h28 - Winterswijk: geïntegreerde route Groen bb -> Medewerker dierverzorging 2, Word-kopstijlen
# ==============================================================================================

@sample("h28", "h28_geintegreerde_route_winterswijk", "docx",
        "Word document with Heading 1/2 styles and a programme table, written by a school director; "
        "Achterhoek (Winterswijk), geintegreerde route Groen bb -> Medewerker dierverzorging 2 with an AOC. "
        "Pupils who leave the route are sent to Entree; the transfer has a bestemming but its amount is "
        "set yearly in bestuurlijk overleg; medezeggenschap section is a bracketed template remnant with "
        "dotted lines.",
        "p p p p p w w w p p",
        {"a": "1. Onderwerp van deze overeenkomst", "b": "2. De rol van het werkveld",
         "c": "3. Routeleiding", "d": "4. Informatie en verantwoording",
         "e": "5. Inrichting van de route", "i": "9. Geschillen",
         "j": "10. Toetreding, wijziging en beëindiging"},
        checks={"heading_style": "Heading 1", "table": True})
def build_h28(path):
    D = Docx("Samenwerkingsovereenkomst geïntegreerde route Dier en Groen Winterswijk", "H.J. Wolters",
             font="Cambria", size=11)
    D.d.add_heading("Samenwerkingsovereenkomst geïntegreerde route Dier & Groen", level=0)
    D.para("Vmbo Kotten Winterswijk en AOC Berkelland", italic=True, space_after=12)
    D.para("**Partijen**")
    D.para("Stichting Openbaar Voortgezet Onderwijs Oost-Achterhoek, gevestigd te Winterswijk, bevoegd gezag "
           "van Vmbo Kotten, vertegenwoordigd door de heer H.J. Wolters, directeur-bestuurder (hierna: de "
           "school),")
    D.para("en")
    D.para("Stichting Agrarisch Opleidingscentrum Berkelland, gevestigd te Lichtenvoorde, vertegenwoordigd "
           "door mevrouw ir. E.G.M. Haverkamp, voorzitter van het college van bestuur (hierna: het AOC),")
    D.para("spreken het volgende af.")

    D.heading("1. Onderwerp van deze overeenkomst", 1)
    D.para("De school en het AOC verzorgen samen een geïntegreerde route vmbo-basisberoepsopleiding als bedoeld "
           "in artikel 2.107l van de Wet voortgezet onderwijs 2020 en artikel 9.1.17 WEB. De route begint in "
           "leerjaar 3 van de basisberoepsgerichte leerweg, profiel Groen, en leidt op tot het mbo-diploma "
           "Medewerker dierverzorging (niveau 2, beroepsopleidende leerweg) in het opleidingsdomein Voedsel, "
           "natuur en leefomgeving.", align="justify")
    D.para("Leerlingen in de route doen geen eindexamen vmbo basisberoepsgerichte leerweg; zij sluiten af met "
           "het mbo-diploma. Een leerling wordt alleen tot de route toegelaten na overleg met de leerling en "
           "zijn ouders of verzorgers. Per schooljaar starten ten hoogste zestien leerlingen.", align="justify")

    D.heading("2. De rol van het werkveld", 1)
    D.para("Het werkveld wordt op de volgende manier bij de route betrokken:", align="justify")
    for t in ["Dierenpension 't Hilbelink, Zorgboerderij De Kottense Es, Melkveebedrijf Te Winkel en "
              "Dierenartsenpraktijk Oost-Achterhoek bieden stageplaatsen in leerjaar 3 en 4 en bpv-plaatsen in "
              "de mbo-fase;",
              "de afdeling Winterswijk van LTO Noord en de genoemde bedrijven leveren ieder jaar drie "
              "praktijkopdrachten en verzorgen gastlessen over diergezondheid en dierenwelzijn;",
              "praktijkopleiders van de leerbedrijven beoordelen mee bij de proeve van bekwaamheid;",
              "één keer per jaar, in maart, bespreekt de routeleiding het programma met de bedrijven en SBB; "
              "hun advies wordt meegenomen bij de vaststelling van het programma."]:
        D.para(t, style="List Bullet")

    D.heading("3. Routeleiding", 1)
    D.para("De routeleiding bestaat uit de teamleider Dier en Groen van het AOC, die routeleider is, en de "
           "coördinator bovenbouw basis van de school. De routeleider en de coördinator worden aangewezen door "
           "de besturen van de school en het AOC samen; zij kunnen hun aanwijzing ook samen weer intrekken.",
           align="justify")
    D.para("Taken van de routeleiding zijn: het programma per leerjaar opstellen, roosters en docenten op "
           "elkaar afstemmen, leerlingen volgen en begeleiden, contact houden met de bedrijven en de "
           "examinering plannen. De routeleiding mag zelf beslissen over rooster, groepen, inzet van de "
           "docenten binnen de afgesproken uren en uitgaven tot € 2.500 uit het routebudget. Over personeel, "
           "toelating en verwijdering beslist het eigen bestuur.", align="justify")

    D.heading("4. Informatie en verantwoording", 1)
    D.para("De routeleiding stuurt beide besturen twee keer per jaar, in januari en in juli, een schriftelijke "
           "rapportage over het aantal leerlingen, uitval, verzuim, resultaten en de besteding van uren en "
           "budget. In september legt de routeleiding in een gesprek met beide besturen verantwoording af over "
           "het afgelopen schooljaar.", align="justify")

    D.heading("5. Inrichting van de route", 1)
    D.heading("5.1 Locaties en programma", 2)
    D.para("Leerjaar 3 vindt plaats op Vmbo Kotten in Winterswijk, met één dag per week praktijk op het "
           "praktijkcentrum dieren van het AOC. Vanaf leerjaar 4 volgen de leerlingen het grootste deel van het "
           "programma op het AOC. Het programma per leerjaar ziet er op hoofdlijnen zo uit:", align="justify")
    D.table([["Leerjaar", "Waar", "Programma", "Examinering"],
             ["3 (route 1)", "school, 1 dag AOC", "Nederlands, rekenen, profiel Groen, dierverzorging basis",
              "voortgangstoetsen"],
             ["4 (route 2)", "AOC, 1 dag school", "beroepsdeel Medewerker dierverzorging, Nederlands, rekenen, "
              "loopbaan", "eerste mbo-examens"],
             ["5 (route 3)", "AOC en leerbedrijf", "profieldeel, keuzedelen, bpv", "proeve van bekwaamheid, "
              "diploma"]],
            widths=[2.4, 3.4, 6.6, 3.6], size=9.5)
    D.para("De uitwerking staat in één PTA/OER voor de hele route, die beide besturen ieder jaar vóór 1 juli "
           "vaststellen.", align="justify")
    D.heading("5.2 Personeel", 2)
    D.para("Eén docententeam verzorgt de route. De school levert de docenten Nederlands en rekenen en de "
           "mentor in leerjaar 3 en 4; het AOC levert de docenten dierverzorging en de praktijkinstructeurs "
           "vanaf leerjaar 3. Voor de vakoverstijgende onderdelen maken partijen gebruik van de "
           "teambevoegdheid. Docenten blijven in dienst van hun eigen werkgever.", align="justify")
    D.heading("5.3 Voorzieningen", 2)
    D.para("Het AOC stelt zijn praktijkcentrum dieren (stallen, dierverblijven, werkplaats) open voor de "
           "leerlingen vanaf leerjaar 3. De school stelt haar schooltuin, het dierenlokaal en haar "
           "computerlokaal beschikbaar voor lessen van AOC-docenten.", align="justify")
    D.heading("5.4 Verzuim en klachten", 2)
    D.para("Zolang de leerling bij de school staat ingeschreven, meldt de school het verzuim; daarna het AOC. "
           "Een klacht over een medewerker van de andere partij wordt behandeld door de partij waar de klacht "
           "binnenkomt, met medewerking van de andere partij.", align="justify")

    D.heading("6. Als de route niet past", 1)
    D.para("Het kan gebeuren dat een leerling de geïntegreerde route niet kan of wil afmaken. In dat geval "
           "stroomt de leerling door naar de Entree-opleiding (niveau 1) van het AOC, zodat hij of zij toch "
           "een diploma kan halen. De routeleider regelt de inschrijving en zorgt voor een warme overdracht "
           "naar de Entree-opleiding.", align="justify")

    D.heading("7. Financiële afspraken", 1)
    D.para("Er is in de route sprake van overdracht van bekostiging. De school draagt ieder schooljaar een "
           "deel van de voor de routeleerlingen ontvangen bekostiging over aan het AOC, ter dekking van de "
           "inzet van de AOC-docenten en instructeurs in leerjaar 3 en 4 en het gebruik van het "
           "praktijkcentrum dieren. De hoogte van dit bedrag wordt ieder jaar in het bestuurlijk overleg "
           "van november vastgesteld. Het AOC draagt geen bekostiging over aan de school.", align="justify")

    D.heading("8. Medezeggenschap", 1)
    D.para("[Hier aanvullende afspraken over de medezeggenschap opnemen, indien van toepassing]")
    D.para("\u2026" * 60)
    D.para("\u2026" * 60)

    D.heading("9. Geschillen", 1)
    D.para("Ontstaat tussen partijen een geschil over de uitvoering van deze overeenkomst, dan bespreekt de "
           "routeleiding dit eerst. Lukt het niet het geschil binnen een maand op te lossen, dan leggen zij het "
           "voor aan beide besturen. Komen de besturen er binnen twee maanden niet uit, dan schakelen zij een "
           "onafhankelijke mediator in. Leidt mediation niet tot een oplossing, dan is de Rechtbank Gelderland, "
           "locatie Zutphen, bevoegd.", align="justify")

    D.heading("10. Toetreding, wijziging en beëindiging", 1)
    D.para("**Toetreding.** Een andere vmbo-school of mbo-instelling uit de Achterhoek kan aan deze "
           "overeenkomst deelnemen als beide partijen dat schriftelijk goedkeuren en de nieuwe partij alle "
           "afspraken overneemt. Deelname gaat in per 1 augustus en wordt gemeld bij DUO.", align="justify")
    D.para("**Wijziging.** Deze overeenkomst wordt alleen schriftelijk gewijzigd, met handtekening van beide "
           "besturen. Wijzigingen in het programma gelden niet voor leerlingen die al in hun laatste routejaar "
           "zitten.", align="justify")
    D.para("**Looptijd en opzegging.** De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. "
           "Opzegging kan schriftelijk, tegen het einde van een schooljaar, met een opzegtermijn van een vol "
           "schooljaar. Na opzegging worden geen nieuwe leerlingen meer toegelaten en ronden leerlingen die al "
           "in de route zitten de route bij partijen af. Ontbinding is alleen mogelijk na een schriftelijke "
           "ingebrekestelling; ook dan mogen zittende leerlingen de route afmaken.", align="justify")

    D.heading("11. Melding en ondertekening", 1)
    D.para("Partijen melden de route samen bij DUO vóór 1 oktober 2025.")
    D.para("Winterswijk, 24 juni 2025", space_after=12)
    D.table([["Voor de school", "Voor het AOC"],
             ["\n\n\nH.J. Wolters\ndirecteur-bestuurder", "\n\n\nir. E.G.M. Haverkamp\nvoorzitter college van bestuur"]],
            widths=[8.0, 8.0], header=True, style="Normal Table")
    D.save(path)

# ==============================================================================================
# h29 - Emmen: zeer korte overeenkomst van één pagina, HBR kb -> Zelfstandig werkend kok 3
# ==============================================================================================

H29 = [
    ("Partijen.", "Stichting Voortgezet Onderwijs Emmerhout, bevoegd gezag van Vmbo De Vledders te Emmen, en "
     "Stichting ROC Drentse Aa, beide gevestigd te Emmen en vertegenwoordigd door hun voorzitter van het "
     "college van bestuur, spreken het volgende af."),
    ("1. Route.", "Samen verzorgen wij de doorlopende leerroute van het profiel Horeca, bakkerij en recreatie "
     "(kaderberoepsgerichte leerweg) naar de opleiding Zelfstandig werkend kok, niveau 3, opleidingsdomein "
     "Horeca en bakkerij. De route loopt van leerjaar 3 vmbo tot het mbo-diploma; het vmbo-diploma wordt in "
     "routejaar 2 behaald."),
    ("2. Werkveld.", "Parkrestaurant Noordbargerbos, Hotel De Hondsrug Emmen en de afdeling Zuidoost-Drenthe "
     "van Koninklijke Horeca Nederland leveren leerwerkplekken en bpv-plaatsen, geven twee masterclasses per "
     "jaar en beoordelen mee bij de proeve van bekwaamheid. Zij adviseren elk voorjaar over het programma."),
    ("3. Leiding.", "De leiding ligt bij een routeduo: de afdelingsleider bovenbouw van De Vledders en de "
     "teamleider Horeca van het ROC. Ieder bestuur wijst zijn lid aan. Het duo stelt het programma en de "
     "examenplanning op, stemt roosters en docenten af en begeleidt de overstap; het beslist zelf over "
     "rooster, groepen en de inzet van docenten binnen de afgesproken uren. Besluiten met financiële of "
     "personele gevolgen neemt het bestuur."),
    ("4. Verantwoording.", "Het routeduo stuurt beide besturen elk jaar vóór 1 november een verslag met "
     "instroom, uitval, diploma's en ingezette uren, en bespreekt dat in het bestuurlijk overleg van november."),
    ("5. Uitvoering.", "Routejaar 1 en 2 op De Vledders, met wekelijks een praktijkdag in het leerrestaurant "
     "van het ROC; daarna op het ROC en in de leerbedrijven. Programma en examinering per leerjaar staan in "
     "één PTA/OER. Eén docententeam met teambevoegdheid: het ROC levert een docent koken voor acht uur per "
     "week in routejaar 2, De Vledders de docenten van de algemene vakken. De Vledders stelt haar "
     "praktijkkeuken beschikbaar, het ROC zijn leerrestaurant en bakkerij."),
    ("6. Overstap.", "Wie de route verlaat, kan verder in de gewone kaderberoepsgerichte leerweg van De "
     "Vledders (vo-fase) of in een andere opleiding op niveau 2 of 3 van het ROC (mbo-fase), zonder "
     "vooropleidingseisen; zonder vmbo-diploma na routejaar 3 gaat de leerling verder in het mbo en rondt het "
     "vmbo-examen af. Bij vertrek naar een andere instelling helpen wij bij het geschiktheidsonderzoek. De "
     "school en het ROC besluiten samen, na overleg met leerling en ouders, op basis van niveau en leeftijd."),
    ("7. Geld.", "Er wordt geen bekostiging overgedragen; ieder draagt zijn eigen kosten."),
    ("8. Geschillen.", "Eerst het routeduo, dan de besturen; lukt dat binnen acht weken niet, dan beslist de "
     "Rechtbank Noord-Nederland, locatie Assen."),
    ("9. Toetreding, wijziging, einde.", "Een andere school of instelling kan toetreden als beide besturen "
     "schriftelijk instemmen en zij deze afspraken aanvaardt, per 1 augustus. Wijzigen kan alleen schriftelijk "
     "door beide besturen, met ingang van een nieuw schooljaar. De overeenkomst geldt vanaf 1 augustus 2025 "
     "voor onbepaalde tijd en kan per 1 augustus worden opgezegd met een termijn van twaalf maanden; na "
     "opzegging geen nieuwe instroom, en leerlingen die al in de route zitten maken die af."),
    ("10. Melding.", "Wij melden de route samen bij DUO."),
]


@sample("h29", "h29_een_pagina_emmen", "pdf",
        "Very short one-page PDF with ten bold run-in paragraphs; Zuidoost-Drenthe (Emmen), HBR kb -> "
        "Zelfstandig werkend kok 3. Complete in very few words: explicitly no transfer, escalation then "
        "rechtbank, all four parts of j; no medezeggenschap text.",
        "p p p p p p p na p p",
        {"a": "1. Route.", "b": "2. Werkveld.", "c": "3. Leiding.", "d": "4. Verantwoording.",
         "e": "5. Uitvoering.", "f": "6. Overstap.", "g": "7. Geld.", "i": "8. Geschillen.",
         "j": "9. Toetreding, wijziging, einde."},
        checks={"pages": 1})
def build_h29(path):
    pl, colors, TA_CENTER, TA_JUSTIFY, TA_LEFT, A4, PS, cm, mm = _rl()
    body = PS("b", fontName="Helvetica", fontSize=9.2, leading=11.8, alignment=TA_JUSTIFY, spaceAfter=4.5)
    title = PS("t", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=2)
    stitle = PS("st", fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=9, textColor=colors.grey)
    doc = pl.SimpleDocTemplate(str(path), pagesize=A4, invariant=1, leftMargin=2.0 * cm, rightMargin=2.0 * cm,
                               topMargin=1.7 * cm, bottomMargin=1.5 * cm)
    pdf_meta(doc, "Overeenkomst doorlopende leerroute Koken Emmen", "Vmbo De Vledders")
    s = [pl.Paragraph("Overeenkomst doorlopende leerroute Koken Emmen", title),
         pl.Paragraph("Vmbo De Vledders \u2013 ROC Drentse Aa \u2013 samenwerkingsovereenkomst vmbo-mbo", stitle)]
    for head, text in H29:
        s.append(pl.Paragraph("<b>%s</b> %s" % (esc(head), esc(text)), body))
    s.append(pl.Spacer(1, 6))
    s.append(pl.Paragraph("Emmen, 27 juni 2025", body))
    sig = pl.Table([[pl.Paragraph("Stichting Voortgezet Onderwijs Emmerhout<br/><br/><br/>A. Lubbers<br/>"
                                  "voorzitter college van bestuur", body),
                     pl.Paragraph("Stichting ROC Drentse Aa<br/><br/><br/>G.J. Kamphuis-Wever<br/>"
                                  "voorzitter college van bestuur", body)]],
                   colWidths=[8.5 * cm, 8.5 * cm])
    s.append(sig)
    doc.build(s)

# ==============================================================================================
# h30 - Almelo: platte tekst, route met drie mbo-opleidingen, BWI kb -> Allround timmerman/schilder/metselaar 3
# ==============================================================================================

H30 = """
SAMENWERKINGSOVEREENKOMST BOUWROUTE ALMELO
Doorlopende leerroute vmbo-mbo Bouwen, wonen en interieur
Vmbo Het Weidebroek - ROC Reggedal
Versie 1.2, 19 juni 2025

PARTIJEN

1. Stichting Christelijk Voortgezet Onderwijs Almelo en omstreken, gevestigd te Almelo, bevoegd gezag
   van Vmbo Het Weidebroek, rechtsgeldig vertegenwoordigd door de heer B.J. ter Horst, voorzitter van
   het college van bestuur, hierna: "Het Weidebroek";

2. Stichting Regionaal Opleidingencentrum Reggedal, gevestigd te Hengelo, rechtsgeldig vertegenwoordigd
   door mevrouw drs. C.A. Nijenhuis, lid van het college van bestuur, hierna: "ROC Reggedal";

samen: "partijen".

OVERWEGINGEN

A. Bouwbedrijven in Twente kampen met een tekort aan vakmensen; partijen willen meer leerlingen uit de
   basis- en kaderberoepsgerichte leerweg zonder onnodige overgangen naar een bouwopleiding brengen.
B. Partijen voeren sinds 2021 gezamenlijk een vakmanschapsroute bouw uit en zetten die voort als
   doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB.
C. Partijen staan ervoor open dat in de toekomst ook andere vmbo-scholen uit Twente zich bij deze
   route aansluiten.
D. Partijen leggen hun afspraken vast in deze overeenkomst.

KOMEN OVEREEN:

1. DE ROUTE EN DE OPLEIDINGEN

1.1 De Bouwroute Almelo is een doorlopende leerroute vmbo-mbo die het profiel Bouwen, wonen en
    interieur in de kaderberoepsgerichte leerweg van Het Weidebroek verbindt met drie vakopleidingen
    (niveau 3) van ROC Reggedal:
    a) Allround timmerman, opleidingsdomein Bouw en infra;
    b) Allround metselaar, opleidingsdomein Bouw en infra;
    c) Allround schilder, opleidingsdomein Afbouw, hout en onderhoud.
1.2 De leerling start in leerjaar 3 (routejaar 1) in een gezamenlijk oriëntatieprogramma voor de drie
    vakrichtingen en kiest uiterlijk op 1 april van routejaar 2 een van de drie opleidingen.
1.3 De route duurt in totaal vijf jaar. Het vmbo-diploma kaderberoepsgerichte leerweg wordt in routejaar
    2 behaald; de leerling sluit af met het mbo-diploma van de gekozen opleiding. Routejaar 3 is BOL,
    routejaar 4 en 5 kunnen BOL of BBL zijn.
1.4 Per schooljaar stromen ten hoogste 30 leerlingen in.

2. HET BOUWBEDRIJF IN DE ROUTE

2.1 Partijen betrekken het bouwbedrijf via de Bouwtafel Noordwest-Twente, waarin zitting hebben:
    Bouwbedrijf Kuipers-Nijhuis B.V., Schildersbedrijf Oude Egbrink, Metselbedrijf Gebr. Hofstede,
    Opleidingsbedrijf Bouw Oost (OBO) en een adviseur van SBB.
2.2 De Bouwtafel:
    - levert per vakrichting ten minste tien leerwerkplaatsen en BBL-banen voor de mbo-fase;
    - organiseert in routejaar 1 voor iedere leerling drie bouwplaatsbezoeken (een per vakrichting);
    - geeft in routejaar 2 praktijkopdrachten op een echte bouwplaats, onder begeleiding van een
      uitvoerder van een van de bedrijven;
    - beoordeelt met een vakman uit het bedrijf de proeven van bekwaamheid;
    - komt twee keer per jaar bijeen met de routecoördinator en adviseert over de inhoud en volgorde
      van het programma.

3. ROUTECOÖRDINATIE

3.1 De leiding van de route berust bij de routecoördinator, die wordt bijgestaan door de
    werkgroep Bouwroute (de praktijkdocenten BWI van Het Weidebroek en de opleidingsmanager Bouw van
    ROC Reggedal).
3.2 De routecoördinator wordt voor een periode van drie schooljaren benoemd door de colleges van
    bestuur van beide partijen samen. Herbenoeming is mogelijk. De routecoördinator is in dienst van
    ROC Reggedal en is voor 0,5 fte voor de route vrijgesteld.
3.3 Taken: opstellen en bewaken van het programma voor alle drie de vakrichtingen; planning van
    lessen, examens en bpv; afstemming van de inzet van docenten; contact met de Bouwtafel en de
    leerbedrijven; organisatie van de keuze van de vakrichting en van de overstap.
3.4 Bevoegdheden: de routecoördinator besluit zelfstandig over rooster, groepsindeling, verdeling van
    leerlingen over de vakrichtingen en over de inzet van docenten binnen de uren die partijen
    beschikbaar stellen, en beheert het materialenbudget. Voor al het andere beslissen de colleges
    van bestuur.

4. CONTACT MET DE BESTUREN

4.1 De routecoördinator houdt de colleges van bestuur van beide partijen op de hoogte van hoe het met
    de route gaat en meldt het wanneer er zaken zijn die aandacht van de besturen vragen.

5. ORGANISATIE VAN HET ONDERWIJS

5.1 Locaties. Routejaar 1 en 2: Het Weidebroek, Sluitersveldssingel in Almelo. De praktijkvakken van
    routejaar 2 worden voor twee dagen per week gegeven in het Bouwcentrum van ROC Reggedal in Almelo.
    Routejaar 3 tot en met 5: ROC Reggedal en de leerbedrijven.
5.2 Programma en examinering. Partijen leggen voor de hele route en per leerjaar het programma, de
    toetsing en examinering en de bpv vast in een gezamenlijk PTA/OER per vakrichting. Beide colleges
    van bestuur stellen dit jaarlijks vóór 1 juli vast.
5.3 Personeel. Eén docententeam Bouw verzorgt de route. Het Weidebroek zet haar praktijkdocenten BWI
    en de docenten van de algemene vakken in; ROC Reggedal zet in routejaar 2 per vakrichting een
    vakdocent in (samen 1,2 fte). Partijen maken gebruik van de teambevoegdheid voor de praktijkvakken.
    Iedere docent blijft in dienst van de eigen werkgever.
5.4 Faciliteiten. ROC Reggedal stelt de timmer-, metsel- en schilderhallen van het Bouwcentrum met
    gereedschap en materialen beschikbaar; Het Weidebroek stelt haar BWI-werkplaats en
    CAD-computerlokaal open voor ROC-docenten en mbo-studenten van de route.
5.5 Klachten. Een klacht over een medewerker van de andere partij wordt behandeld door de partij waar
    de klacht is ingediend; de andere partij werkt daaraan mee.

6. OVERSTAPPEN

6.1 Een leerling die de route wil of moet verlaten, krijgt een passend alternatief:
    a) in routejaar 1 of 2: verder in de reguliere kaderberoepsgerichte leerweg van Het Weidebroek,
       in het profiel BWI of een ander profiel;
    b) in de mbo-fase: overstap naar een andere vakrichting binnen de route of naar een andere
       opleiding van ROC Reggedal op niveau 2 of 3. Een dergelijke overstap is alleen mogelijk als de
       leerling het vmbo-diploma kaderberoepsgerichte leerweg heeft behaald en voldoet aan de
       toelatingseisen van de nieuwe opleiding. Een leerling zonder vmbo-diploma blijft eerst bij
       Het Weidebroek om dat diploma te halen;
    c) bij verhuizing of een voorkeur voor een andere school: begeleiding naar een passende opleiding
       elders.
6.2 Het Weidebroek en ROC Reggedal beslissen samen welk alternatief wordt geboden, na een gesprek
    met de leerling en de ouders. Zij letten daarbij op het bereikte niveau en de leeftijd van de
    leerling.

7. FINANCIËN

7.1 Het Weidebroek draagt met toepassing van artikel 5.42a WVO 2020 voor iedere leerling in routejaar
    2 (peildatum 1 oktober) een bedrag van EUR 950 over aan ROC Reggedal.
7.2 Dit bedrag is bestemd voor de inzet van de vakdocenten van ROC Reggedal in routejaar 2 en voor
    het hout, de stenen, de verf en het gereedschap die de leerlingen in het Bouwcentrum gebruiken.
7.3 Betaling in één keer vóór 1 februari, op factuur van ROC Reggedal. Verder draagt iedere partij
    haar eigen kosten.

8. GESCHILLEN

8.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst besproken door
    de routecoördinator en de directeuren van beide partijen.
8.2 Lukt dat niet binnen zes weken, dan overleggen de colleges van bestuur.
8.3 Leidt ook dat binnen zes weken niet tot een oplossing, dan leggen partijen het geschil voor aan
    een onafhankelijke bindend adviseur die zij samen aanwijzen. Het bindend advies is voor beide
    partijen verbindend. Komen partijen binnen vier weken niet tot overeenstemming over de persoon van
    de bindend adviseur, dan kan ieder van hen het geschil voorleggen aan de Rechtbank Overijssel,
    locatie Almelo.

9. DUUR, WIJZIGING EN BEËINDIGING

9.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en loopt voor onbepaalde tijd.
9.2 Wijzigingen van deze overeenkomst komen alleen tot stand als beide colleges van bestuur ze
    schriftelijk vastleggen en ondertekenen. Een wijziging van het programma geldt niet voor
    leerlingen die op dat moment in hun examenjaar zitten.
9.3 Elk van de partijen kan deze overeenkomst schriftelijk opzeggen per 1 augustus, met een
    opzegtermijn van ten minste twaalf maanden. Vanaf het moment van opzegging worden geen nieuwe
    leerlingen meer in de route opgenomen.
9.4 Leerlingen die op het moment van opzegging of ontbinding al in de route zitten, kunnen de route
    afmaken. Partijen blijven daarvoor hun verplichtingen uit deze overeenkomst nakomen, ook de
    betaling uit artikel 7, totdat de laatste van deze leerlingen de route heeft afgerond of
    verlaten.
9.5 Ontbinding wegens een tekortkoming kan pas na een schriftelijke ingebrekestelling met een
    hersteltermijn van twee maanden.

10. MELDING

10.1 Partijen melden de Bouwroute Almelo vóór 1 oktober 2025 samen bij DUO, via RIO.

ONDERTEKENING

Almelo, 19 juni 2025

Stichting Christelijk Voortgezet Onderwijs Almelo en omstreken
B.J. ter Horst, voorzitter college van bestuur

handtekening: ______________________


Stichting Regionaal Opleidingencentrum Reggedal
drs. C.A. Nijenhuis, lid college van bestuur

handtekening: ______________________
""".strip("\n")


@sample("h30", "h30_drie_opleidingen_almelo", "txt",
        "Plain-text agreement with capitalised section headings and decimal sub-clauses, one route to three "
        "mbo-3 opleidingen; Twente (Almelo), BWI kb -> Allround timmerman / Allround metselaar / Allround "
        "schilder 3. Reporting to the boards only 'houdt op de hoogte'; overstap within the same ROC requires "
        "the vmbo diploma and the entry requirements; toetreding appears only in the overwegingen; no "
        "medezeggenschap text.",
        "p p p w p w p na p w",
        {"a": "1. DE ROUTE EN DE OPLEIDINGEN", "b": "2. HET BOUWBEDRIJF IN DE ROUTE",
         "c": "3. ROUTECOÖRDINATIE", "e": "5. ORGANISATIE VAN HET ONDERWIJS", "g": "7. FINANCIËN",
         "i": "8. GESCHILLEN"})
def build_h30(path):
    write_text(path, H30)

# ==============================================================================================
# h31 - Veendam: eenvoudige taal voor ouders en leerlingen, toch door beide besturen getekend (Markdown)
# ==============================================================================================

H31 = """
# Afspraken over de Winkelroute Veendam

*Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo tussen Vmbo De Kolonie en ROC Hunzedal*
*Geschreven voor leerlingen, ouders en verzorgers, en ondertekend door beide besturen*

## Waarom deze afspraken?

De Winkelroute is een opleiding die begint op het vmbo en doorloopt tot en met een mbo-diploma. Daarvoor
werken twee scholen samen: Vmbo De Kolonie in Veendam en ROC Hunzedal. De wet zegt dat die twee scholen
hun afspraken op papier moeten zetten. Dat is dit document.

We hebben het in gewone taal geschreven, zodat jij en je ouders precies weten wat we afspreken. Toch is
het een echte overeenkomst: de besturen van de twee scholen hebben hem ondertekend en houden zich eraan.

Wie tekenen er?

- **Stichting Openbaar Onderwijs Veenkoloniën** in Veendam. Dit is het bestuur van Vmbo De Kolonie. Het
  bestuur wordt vertegenwoordigd door mevrouw J. Smid, voorzitter van het college van bestuur.
- **Stichting ROC Hunzedal** in Stadskanaal. Het bestuur wordt vertegenwoordigd door de heer K. Mulder,
  voorzitter van het college van bestuur.

Als we hieronder "wij" schrijven, bedoelen we deze twee besturen samen.

## 1. Welke opleiding volg je?

Je volgt op De Kolonie het profiel **Economie en ondernemen** in de **basisberoepsgerichte leerweg**.
Vanaf leerjaar 3 zit je in de Winkelroute. Die loopt door in de mbo-opleiding **Verkoopmedewerker
(niveau 2)** van ROC Hunzedal, in het opleidingsdomein Handel.

- In leerjaar 3 en 4 ben je leerling van De Kolonie. In leerjaar 4 doe je eindexamen vmbo.
- Daarna ben je student van ROC Hunzedal en haal je je diploma Verkoopmedewerker. Dat duurt meestal
  nog een jaar.
- Je krijgt dus twee diploma's: vmbo en mbo.

## 2. Welke winkels doen mee?

Deze bedrijven werken mee aan de Winkelroute: Supermarkt Boelens Veendam, Bouwmarkt Oostermoer, Modehuis
Wiersma en de winkeliersvereniging Veendam Centrum. Ze doen dit:

- Je loopt bij hen stage (in het mbo heet dat bpv). Ze zorgen samen voor genoeg stageplaatsen.
- Medewerkers van de winkels komen twee keer per jaar een gastles geven.
- In leerjaar 4 doe je een echte opdracht in een van de winkels, bijvoorbeeld een actieweek opzetten.
- Eén keer per jaar denken de winkels mee over wat er in de lessen moet zitten.
- Bij je examen in het mbo kijkt iemand uit de winkel mee en geeft een oordeel.

## 3. Wie leidt de route?

De route heeft een routeleiding van twee mensen: mevrouw Anja Huizing, teamleider op De Kolonie, en
meneer Erwin Bakker, teamleider Handel bij ROC Hunzedal. De besturen van de school en van het ROC hebben
hen samen benoemd. Gaat een van hen weg, dan benoemen de twee besturen samen iemand anders.

## 4. Hoe weten de besturen hoe het gaat?

Elk jaar in september schrijft de routeleiding een verslag voor beide besturen. Daarin staat hoeveel
leerlingen er zijn begonnen, hoeveel er zijn gestopt en hoeveel er een diploma hebben gehaald. In oktober
praten de besturen met de routeleiding over dat verslag. Gaat er iets mis, dan horen de besturen dat
meteen.

## 5. Waar en van wie krijg je les?

- In leerjaar 3 krijg je les op De Kolonie, in Veendam.
- In leerjaar 4 ga je twee dagen per week naar ROC Hunzedal in Veendam, naar de oefenwinkel en het
  kassalokaal. De andere dagen ben je op De Kolonie.
- Daarna krijg je les bij ROC Hunzedal en loop je stage.
- Je krijgt les van één team. Daarin zitten leraren van De Kolonie (Nederlands, rekenen, Engels, mentor)
  en docenten van ROC Hunzedal (verkoop, klantcontact, presentatie van producten). Zij mogen elkaars
  lessen geven als dat in het programma zo is afgesproken (dat heet teambevoegdheid).
- De Kolonie laat de mbo-docenten haar computerlokaal en het praktijklokaal Economie gebruiken. ROC
  Hunzedal laat de vmbo-leerlingen de oefenwinkel, het kassalokaal en de mediatheek gebruiken.
- Wat je per jaar leert en hoe je wordt getoetst, staat in het gezamenlijke PTA/OER. De twee besturen
  stellen dat elk jaar voor 1 juli vast.
- Heb je een klacht over een docent van de andere school? Dan mag je die indienen bij je eigen school.
  Die zorgt dat de klacht wordt behandeld. De andere school werkt mee.

## 6. En als de route niet bij je past?

Dat kan gebeuren. Dan zorgen wij ervoor dat je toch een diploma kunt halen dat past bij wat je al kunt
en bij je leeftijd.

- **Stop je in leerjaar 3 of 4?** Dan ga je verder in de gewone basisberoepsgerichte leerweg van De
  Kolonie, in Economie en ondernemen of een ander profiel. Je haalt dan je vmbo-diploma.
- **Stop je in het mbo?** Dan kun je overstappen naar een andere opleiding op niveau 2 van ROC
  Hunzedal, bijvoorbeeld Logistiek medewerker of Medewerker facilitaire dienstverlening. Je hoeft dan
  niet opnieuw aan toelatingseisen te voldoen.
- **Heb je na het derde jaar van de route je vmbo-diploma nog niet?** Dan mag je toch verder in het mbo.
  Je mag het vmbo-examen nog een keer doen.
- **Ga je verhuizen of wil je naar een andere school?** Dan helpen we je met aanmelden en geven we je
  gegevens (met jouw toestemming) door.

Wie beslist? De Kolonie en ROC Hunzedal beslissen dat **samen**, nadat we met jou en je ouders hebben
gepraat. We kijken naar wat je al hebt gehaald, hoe oud je bent en wat jij zelf wilt.

## 7. Mag je meepraten?

Ja. Zolang je op De Kolonie staat ingeschreven, praat je mee via de medezeggenschapsraad van De Kolonie.
Daarnaast hebben we afgesproken:

- Leerlingen van de Winkelroute in leerjaar 3 en 4 mogen samen één vertegenwoordiger kiezen die
  meepraat in de studentenraad van ROC Hunzedal, ook al staan ze nog niet bij het ROC ingeschreven.
- Willen we deze afspraken veranderen, dan vragen we eerst advies aan de medezeggenschapsraad van De
  Kolonie en de studentenraad van ROC Hunzedal.

## 8. Wat als de twee scholen het niet eens zijn?

Dat lossen de scholen zelf op, daar merk je niets van. Zo gaan we te werk:

1. Eerst praten de directeur van De Kolonie en de directeur Handel van het ROC erover.
2. Komen ze er binnen een maand niet uit, dan praten de twee besturen met elkaar.
3. Lukt ook dat niet binnen twee maanden, dan vragen we een onafhankelijke bemiddelaar (mediator) om
   te helpen.
4. Werkt ook dat niet, dan kan een van de besturen naar de rechter (Rechtbank Noord-Nederland).

Ondertussen gaan jouw lessen gewoon door.

## 9. Kan er iets veranderen aan de route?

- **Een nieuwe school erbij.** Een andere vmbo-school of mbo-instelling uit de regio mag meedoen als
  beide besturen dat schriftelijk goedvinden en de nieuwe school zich aan al deze afspraken houdt. Dat
  kan alleen vanaf het begin van een schooljaar. Voor jou verandert er dan niets.
- **Afspraken veranderen.** Dat kan alleen als beide besturen de nieuwe afspraak op papier zetten en
  ondertekenen. Een verandering gaat pas in bij een nieuw schooljaar.
- **Stoppen met de route.** Een bestuur kan de overeenkomst opzeggen, maar alleen per 1 augustus en met
  een jaar van tevoren bericht. Na zo'n opzegging beginnen er geen nieuwe leerlingen meer. Zit jij al in
  de route, dan mag je hem gewoon afmaken. Dat geldt ook als de overeenkomst om een andere reden eindigt.

Deze afspraken gelden vanaf 1 augustus 2025 en blijven gelden tot ze worden opgezegd. We melden de
Winkelroute bij DUO.

## Handtekeningen

Veendam, 25 juni 2025

| Voor Stichting Openbaar Onderwijs Veenkoloniën | Voor Stichting ROC Hunzedal |
|---|---|
| J. Smid, voorzitter college van bestuur | K. Mulder, voorzitter college van bestuur |
| *getekend* | *getekend* |
"""


@sample("h31", "h31_eenvoudige_taal_veendam", "md",
        "Markdown agreement in plain language addressed to pupils and parents (jij/wij, question headings), "
        "still signed by both boards; Oost-Groningen (Veendam), E&O bb -> Verkoopmedewerker 2. The "
        "routeleiding is named and appointed but has no tasks or powers; nothing at all about money or "
        "bekostiging; extra medezeggenschap arrangement; mediation then rechter.",
        "p p w p p p m p p p",
        {"a": "1. Welke opleiding volg je?", "b": "2. Welke winkels doen mee?",
         "d": "4. Hoe weten de besturen hoe het gaat?", "e": "5. Waar en van wie krijg je les?",
         "f": "6. En als de route niet bij je past?", "h": "7. Mag je meepraten?",
         "i": "8. Wat als de twee scholen het niet eens zijn?", "j": "9. Kan er iets veranderen aan de route?"})
def build_h31(path):
    write_text(path, H31)

# ==============================================================================================
# h32 - Kampen/Zwolle: consortiumovereenkomst met twee vmbo-scholen en een ROC, MVI gl -> Software developer 4
# ==============================================================================================

H32_SECTIONS = [
    ("§ 1 Reikwijdte van de route", [
        "1.1 Partijen verzorgen gezamenlijk de ICT-route IJsseldelta: een doorlopende leerroute vmbo-mbo van "
        "het profiel Media, vormgeving en ICT in de gemengde leerweg, zoals aangeboden door Vmbo De Buitenhaven "
        "en Vmbo Assendorp, naar de middenkaderopleiding Software developer, niveau 4, BOL, in het "
        "opleidingsdomein ICT en creatieve industrie, verzorgd door ROC IJssel-Vecht.",
        "1.2 De route omvat leerjaar 3 en 4 van de vmbo-school (routejaar 1 en 2) en de opleiding Software "
        "developer (routejaar 3 tot en met 5). Het vmbo-diploma gemengde leerweg wordt behaald in routejaar 2, "
        "uiterlijk in routejaar 3.",
        "1.3 Iedere vmbo-school neemt per schooljaar ten hoogste vijftien leerlingen in de route op.",
    ]),
    ("§ 2 Werkveld", [
        "2.1 Het bedrijfsleven wordt bij de route betrokken via de Vereniging ICT Kring Regio Zwolle. Namens de "
        "vereniging nemen Kamper Softwarehuis B.V., IJsseldata B.V. en Webbureau Hanzekade deel aan het "
        "werkveldpanel van de route; SBB neemt als adviseur deel.",
        "2.2 Het werkveldpanel (a) adviseert jaarlijks in februari over de inhoud van het programma, in het "
        "bijzonder over programmeertalen en keuzedelen; (b) levert voor routejaar 2 per school twee "
        "praktijkcases; (c) zorgt voor hackathon-dagen en gastlessen (ten minste vier per schooljaar); (d) "
        "werft bpv-plaatsen bij erkende leerbedrijven voor routejaar 3 tot en met 5; (e) levert beoordelaars "
        "voor de proeve van bekwaamheid.",
    ]),
    ("§ 3 Regie en mandaat", [
        "3.1 De leiding over de route berust bij het routeteam. Het routeteam bestaat uit de afdelingsleider "
        "bovenbouw van Vmbo De Buitenhaven, de afdelingsleider bovenbouw van Vmbo Assendorp, de "
        "onderwijsmanager ICT van ROC IJssel-Vecht en de routemanager, die voorzitter is.",
        "3.2 De routemanager wordt benoemd en ontslagen bij eenparig besluit van de drie colleges van bestuur, "
        "na een open sollicitatieprocedure die de consortiumsecretaris voorbereidt. De overige leden worden "
        "ieder door het eigen college van bestuur aangewezen.",
        "3.3 De colleges van bestuur dragen het routeteam op: de voorbereiding van het gezamenlijke PTA/OER, de "
        "planning van onderwijs, examinering en bpv, de afstemming van de inzet van docenten, de toelating tot "
        "en de begeleiding en overstap van leerlingen, en de contacten met het werkveldpanel. Het mandaat van "
        "het routeteam staat in de tabel hieronder.",
    ]),
    ("§ 4 Informatievoorziening en verantwoording", [
        "4.1 De routemanager stuurt de drie colleges van bestuur na afloop van ieder trimester een "
        "trimesterrapportage met de kerncijfers (instroom, verzuim, tussentijdse uitval, resultaten) en de "
        "stand van de budgetten.",
        "4.2 Het routeteam legt vóór 1 november verantwoording af over het afgelopen schooljaar in een "
        "jaarverslag aan de drie colleges van bestuur. Het jaarverslag bevat ook de besteding van de middelen "
        "bedoeld in § 6.",
        "4.3 Het jaarverslag wordt besproken in het bestuurlijk consortiumoverleg, dat twee keer per jaar "
        "(november en mei) plaatsvindt en door de consortiumsecretaris wordt voorbereid.",
    ]),
    ("§ 5 Onderwijs, personeel en voorzieningen", [
        "5.1 Routejaar 1 en 2 worden verzorgd op de eigen vmbo-school (De Buitenhaven in Kampen, Assendorp in "
        "Zwolle); in routejaar 2 volgen de leerlingen van beide scholen één dag per week les in het Tech Lab "
        "van ROC IJssel-Vecht in Zwolle. Routejaar 3 tot en met 5 worden verzorgd door ROC IJssel-Vecht en de "
        "leerbedrijven.",
        "5.2 Het onderwijsprogramma, de examinering en de bpv worden per routejaar beschreven in één "
        "gezamenlijk PTA/OER, dat de drie colleges van bestuur jaarlijks vóór 1 juli vaststellen.",
        "5.3 Het onderwijs wordt verzorgd door één docententeam per school, met gebruikmaking van de "
        "teambevoegdheid. ROC IJssel-Vecht zet in routejaar 2 op iedere school een docent programmeren in voor "
        "zes lesuren per week; de vmbo-scholen zetten hun docenten van de algemene vakken in, ook in routejaar "
        "3 voor leerlingen die het vmbo-diploma nog moeten halen. Docenten blijven in dienst van de eigen "
        "werkgever.",
        "5.4 ROC IJssel-Vecht stelt het Tech Lab, de ontwikkelomgeving in de cloud en de licenties voor "
        "leerlingen in routejaar 2 beschikbaar. De vmbo-scholen stellen hun ICT-lokalen en leen-laptops "
        "beschikbaar voor de lessen van ROC-docenten op hun locatie.",
        "5.5 Klachten over een medewerker van een andere partij worden behandeld door de partij waar de klacht "
        "is ingediend; de betrokken partij verleent medewerking.",
    ]),
    ("§ 6 Bekostiging", [
        "6.1 Iedere vmbo-school draagt met toepassing van artikel 5.42a WVO 2020 voor iedere leerling die op 1 "
        "oktober in routejaar 2 is ingeschreven 15 procent over van de lumpsumbekostiging die zij voor die "
        "leerling ontvangt, aan ROC IJssel-Vecht.",
        "6.2 Deze middelen zijn bestemd voor de inzet van de docenten programmeren in routejaar 2 en voor het "
        "Tech Lab, de cloudomgeving en de licenties, bedoeld in artikel 5.4.",
        "6.3 ROC IJssel-Vecht draagt geen bekostiging over aan de vmbo-scholen. Overige kosten draagt iedere "
        "partij zelf; de kosten van de consortiumsecretaris worden in drie gelijke delen gedragen.",
    ]),
    ("§ 7 Overstapoptie", [
        "7.1 Verlaat een leerling de route voordat hij die heeft afgerond, dan bieden partijen hem een traject "
        "dat leidt naar een vmbo-diploma of een mbo-diploma dat aansluit bij zijn bereikte onderwijsniveau en "
        "leeftijd. In routejaar 1 en 2 is dat in de regel voortzetting van de gemengde leerweg of de "
        "kaderberoepsgerichte leerweg op de eigen vmbo-school; in de mbo-fase een andere opleiding van ROC "
        "IJssel-Vecht op niveau 3 of 4, zoals Medewerker ICT support of Mediavormgever, waarbij de "
        "vooropleidingseisen niet gelden. Een leerling die na routejaar 3 geen vmbo-diploma heeft, kan zijn "
        "mbo-opleiding voortzetten en het vmbo-examen afronden.",
        "7.2 Wil de leerling naar een andere instelling, dan begeleiden partijen hem daarbij; de ontvangende "
        "instelling kan een geschiktheidsonderzoek doen.",
        "7.3 De betrokken vmbo-school en ROC IJssel-Vecht beslissen samen, na een gesprek met de leerling en "
        "zijn ouders, welke mogelijkheid wordt geboden.",
    ]),
    ("§ 8 Medezeggenschap", [
        "8.1 Partijen spreken af dat in routejaar 1 en 2 de medezeggenschapsraad van de eigen vmbo-school "
        "bevoegd blijft voor alle aangelegenheden van de route die de school betreffen, en dat vanaf routejaar "
        "3 de studentenraad van ROC IJssel-Vecht dat is.",
        "8.2 Daarnaast richten partijen een routeplatform in, waarin uit iedere medezeggenschapsraad één lid en "
        "uit de studentenraad twee leden zitting hebben, van wie ten minste één leerling of student uit de "
        "route. Het routeplatform komt twee keer per jaar bijeen met het routeteam en kan gevraagd en "
        "ongevraagd advies uitbrengen.",
        "8.3 Voorstellen tot wijziging van deze overeenkomst worden voor advies voorgelegd aan de "
        "medezeggenschapsraden van de scholen en de studentenraad van ROC IJssel-Vecht.",
    ]),
    ("§ 9 Geschillen", [
        "9.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in het routeteam "
        "en daarna in het bestuurlijk consortiumoverleg besproken.",
        "9.2 Is het geschil binnen acht weken na de eerste bespreking niet opgelost, dan wordt het beslecht "
        "door arbitrage overeenkomstig het Arbitragereglement van het Nederlands Arbitrage Instituut. Het "
        "scheidsgerecht bestaat uit één arbiter en zetelt in Zwolle.",
    ]),
    ("§ 10 Toetreding, uittreding en wijziging", [
        "10.1 Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot het consortium toetreden "
        "bij eenparig besluit van de colleges van bestuur van alle partijen, mits de toetreder het profiel "
        "Media, vormgeving en ICT aanbiedt of een ICT-opleiding verzorgt en alle verplichtingen uit deze "
        "overeenkomst aanvaardt. De toetreding wordt vastgelegd in een door alle partijen ondertekende akte, "
        "gaat in op 1 augustus en wordt aan DUO gemeld.",
        "10.2 Iedere partij kan haar deelname schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van "
        "ten minste twaalf maanden. Leerlingen van een uittredende school die op dat moment in de route zitten, "
        "ronden de route af alsof de uittreding niet heeft plaatsgevonden; de verplichtingen uit § 5 en § 6 "
        "blijven voor hen gelden. Tussen de overige partijen loopt de overeenkomst door.",
        "10.3 Bij ontbinding van de overeenkomst als geheel geldt artikel 10.2, tweede zin, voor alle "
        "leerlingen in de route; nieuwe leerlingen worden dan niet meer toegelaten.",
        "10.4 Deze overeenkomst wordt gewijzigd bij eenparig, schriftelijk besluit van de colleges van bestuur, "
        "na het advies bedoeld in artikel 8.3. Een wijziging die het programma raakt, gaat in bij het begin "
        "van een nieuw schooljaar en geldt niet voor leerlingen in hun examenjaar.",
    ]),
    ("§ 11 Looptijd en melding", [
        "11.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.",
        "11.2 Iedere vmbo-school meldt samen met ROC IJssel-Vecht de route vóór 1 oktober 2025 in RIO.",
    ]),
]


@sample("h32", "h32_consortium_ijsseldelta", "docx",
        "Word consortium agreement prepared by a consortium secretary: parties in a Word table, '§ N' "
        "headings, a mandate table, header/footer; IJsseldelta (Kampen/Zwolle), two vmbo schools and one ROC, "
        "MVI gl -> Software developer 4; complete, transfer as a percentage with bestemming, routeplatform "
        "for medezeggenschap, NAI arbitration, toetreding/uittreding per party.",
        "p p p p p p p p p p",
        {"a": "§ 1 Reikwijdte van de route", "b": "§ 2 Werkveld", "c": "§ 3 Regie en mandaat",
         "d": "§ 4 Informatievoorziening en verantwoording", "e": "§ 5 Onderwijs, personeel en voorzieningen",
         "f": "§ 7 Overstapoptie", "g": "§ 6 Bekostiging", "h": "§ 8 Medezeggenschap",
         "i": "§ 9 Geschillen", "j": "§ 10 Toetreding, uittreding en wijziging"},
        checks={"table": True})
def build_h32(path):
    D = Docx("Consortiumovereenkomst ICT-route IJsseldelta", "H. Mulder, consortiumsecretaris",
             font="Calibri", size=10.5)
    D.para("Consortiumovereenkomst", bold=True, size=18, space_after=0)
    D.para("ICT-route IJsseldelta \u2013 doorlopende leerroute vmbo-mbo", size=13, space_after=2)
    D.para("Opgesteld door het consortiumsecretariaat (drs. H. Mulder) in opdracht van de drie colleges van "
           "bestuur; vastgesteld in het bestuurlijk consortiumoverleg van 23 juni 2025.", italic=True, size=9,
           space_after=10)
    D.para("**Partijen**")
    D.table([["Partij", "Bevoegd gezag van", "Vertegenwoordigd door", "Hierna"],
             ["Stichting Voortgezet Onderwijs IJsselmonde, Kampen", "Vmbo De Buitenhaven, Kampen",
              "mevrouw A. Bosch-van Dijk, voorzitter college van bestuur", "De Buitenhaven"],
             ["Stichting Scholengroep Assendorp, Zwolle", "Vmbo Assendorp, Zwolle",
              "de heer drs. W. Kloosterman, lid college van bestuur", "Assendorp"],
             ["Stichting Regionaal Opleidingencentrum IJssel-Vecht, Zwolle", "ROC IJssel-Vecht",
              "de heer ing. R.T. Schuurman MBA, voorzitter college van bestuur", "ROC IJssel-Vecht"]],
            widths=[4.6, 3.6, 5.2, 2.8], size=9)
    D.para("**Preambule.** De vmbo-scholen in Kampen en Zwolle zien dat hun leerlingen met belangstelling voor "
           "programmeren nu vaak na het vmbo afhaken of te laat kiezen. Samen met ROC IJssel-Vecht en de "
           "ICT-bedrijven in de regio willen zij een ononderbroken route naar het mbo bieden. Deze overeenkomst "
           "is de samenwerkingsovereenkomst bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Partijen "
           "komen het volgende overeen.", align="justify")
    for head, clauses in H32_SECTIONS:
        p = D.para(head, bold=True, size=12, keep=True)
        p.paragraph_format.space_before = D.Pt(10)
        for c in clauses:
            D.para(c, align="justify")
        if head.startswith("§ 3"):
            D.table([["Onderwerp", "Routeteam beslist", "Voorbehouden aan de colleges van bestuur"],
                     ["Rooster en groepen", "ja, binnen het PTA/OER", "-"],
                     ["Inzet docenten", "ja, binnen de formatie die iedere partij beschikbaar stelt",
                      "benoeming, ontslag en aanstelling van personeel"],
                     ["Routebudget", "uitgaven tot € 7.500 per post", "uitgaven boven € 7.500"],
                     ["Toelating en overstap", "voorbereiding en uitvoering (§ 7)", "verwijdering"],
                     ["PTA/OER en deze overeenkomst", "voorbereiding", "vaststelling en wijziging"]],
                    widths=[4.0, 6.0, 6.2], size=9)
    D.para("Aldus vastgesteld en ondertekend te Zwolle op 30 juni 2025, in drievoud.", space_after=10)
    D.table([["De Buitenhaven", "Assendorp", "ROC IJssel-Vecht"],
             ["\n\n\nA. Bosch-van Dijk", "\n\n\ndrs. W. Kloosterman", "\n\n\ning. R.T. Schuurman MBA"]],
            widths=[5.4, 5.4, 5.4], header=True, style="Normal Table")
    D.header_footer(header="Consortium ICT-route IJsseldelta \u2013 consortiumovereenkomst versie 1.0",
                    footer="Secretariaat: Bureau Regionale Samenwerking IJsseldelta, Zwolle")
    D.save(path)

# ==============================================================================================
# build and check
# ==============================================================================================

def out_path(sid):
    s = SAMPLES[sid]
    return OUT / ("%s.%s" % (s["name"], s["ext"]))


def json_path(sid):
    return OUT / ("%s.expected.json" % SAMPLES[sid]["name"])


def build(sid):
    s = SAMPLES[sid]
    p = out_path(sid)
    s["build"](p)
    json_path(sid).write_text(json.dumps(s["expected"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("built %s (%d bytes)" % (p.name, p.stat().st_size))


def norm(t):
    t = t.replace("\r", " ").replace("\u00a0", " ").replace("\u00ad", "").replace("\ufffe", "")
    return re.sub(r"\s+", " ", t).strip()


def extract(path):
    """Return (text, info) for a produced file; raises if it does not open."""
    info = {}
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(str(path))
        parts = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        info["pages"] = len(pdf)
        pdf.close()
        if not parts[0].strip():
            raise ValueError("page 1 has no text")
        return "\n".join(parts), info
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        texts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    texts.append(c.text)
        info["styles"] = {p.style.name for p in d.paragraphs}
        info["tables"] = len(d.tables)
        with zipfile.ZipFile(str(path)) as z:
            xml = z.read("word/document.xml").decode("utf-8")
            bad = z.testzip()
            if bad:
                raise ValueError("corrupt zip member %s" % bad)
            # also pull raw w:t text, to be safe
            raw = " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
        info["numPr"] = xml.count("<w:numPr>")
        return "\n".join(texts) + "\n" + raw, info
    return path.read_text(encoding="utf-8"), info


def check():
    ok = True
    for sid in sorted(SAMPLES):
        s = SAMPLES[sid]
        p, jp = out_path(sid), json_path(sid)
        errs = []
        if not p.exists():
            errs.append("missing file")
        else:
            size = p.stat().st_size
            if size >= 200 * 1024:
                errs.append("too large: %d bytes" % size)
            try:
                text, info = extract(p)
                nt = norm(text)
                for k, ev in s["expected"]["evidence"].items():
                    if norm(ev) not in nt:
                        errs.append("evidence %s not found: %r" % (k, ev))
                ch = s["checks"]
                if "pages" in ch and info.get("pages") != ch["pages"]:
                    errs.append("expected %d pages, got %s" % (ch["pages"], info.get("pages")))
                if "min_pages" in ch and info.get("pages", 0) < ch["min_pages"]:
                    errs.append("expected >= %d pages, got %s" % (ch["min_pages"], info.get("pages")))
                if ch.get("numbering") and info.get("numPr", 0) < 50:
                    errs.append("automatic numbering not used")
                if "heading_style" in ch and ch["heading_style"] not in info.get("styles", set()):
                    errs.append("style %s not used" % ch["heading_style"])
                if ch.get("table") and not info.get("tables"):
                    errs.append("no table")
            except Exception as e:  # noqa: BLE001
                errs.append("does not open: %s" % e)
        if not jp.exists():
            errs.append("missing expected.json")
        else:
            try:
                if json.loads(jp.read_text(encoding="utf-8")) != s["expected"]:
                    errs.append("expected.json differs from the script's table")
            except ValueError as e:
                errs.append("bad json: %s" % e)
        exp = s["expected"]
        if exp["split"] != "heldout" or set(exp["statuses"]) != set(ITEMS):
            errs.append("bad label table")
        print("%s %-45s %s" % ("OK  " if not errs else "FAIL", p.name, "; ".join(errs)))
        ok = ok and not errs
    fmt = {}
    for s in SAMPLES.values():
        fmt[s["ext"]] = fmt.get(s["ext"], 0) + 1
    print("formats:", fmt)
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
