#!/usr/bin/env python3
"""Held-out sample agreements h465-h472 for leerroute-check.

Written by an independent helper session (author of set 30b). The texts were written from the two
official guidance documents (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie),
/work/shared/domain.md and sample_agreements/LABELS.md only, without looking at checker code,
models, tests, benchmarks or the texts of any other sample. All schools, instellingen, companies
and people are made up.

Usage:
    python3 build_heldout30b.py            build all
    python3 build_heldout30b.py 465 470    build only these numbers
    python3 build_heldout30b.py --check    verify the produced files
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

SAMPLES = []


def sample(num, slug, fmt, description, statuses, evidence, text):
    SAMPLES.append(dict(num=num, name="h%d_%s" % (num, slug), fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, text=text))


# ----------------------------------------------------------------------------------------------
# Light markup: "# " title, "## " heading, "### " subheading, "- " bullet, other lines paragraphs
# (blank line separates paragraphs).
# ----------------------------------------------------------------------------------------------
def parse(text):
    blocks = []
    para = []

    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            del para[:]

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        for tag, pre in (("title", "# "), ("h", "## "), ("hh", "### "), ("li", "- ")):
            if line.startswith(pre):
                flush()
                blocks.append((tag, line[len(pre):].strip()))
                break
        else:
            if blocks and blocks[-1][0] == "li" and raw.startswith("  "):
                blocks[-1] = ("li", blocks[-1][1] + " " + line.strip())
            else:
                para.append(line.strip())
    flush()
    return blocks


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(path, s):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

    ss = getSampleStyleSheet()
    st = {
        "title": ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=15, leading=19),
        "h": ParagraphStyle("h", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5,
                            leading=14, spaceBefore=9, spaceAfter=3),
        "hh": ParagraphStyle("hh", parent=ss["Heading3"], fontName="Helvetica-BoldOblique", fontSize=10,
                             leading=13, spaceBefore=5, spaceAfter=2),
        "p": ParagraphStyle("p", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5,
                            spaceAfter=5),
        "li": ParagraphStyle("li", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5,
                             leftIndent=16, bulletIndent=4, spaceAfter=2),
    }
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, invariant=1,
                            title=s["name"], author="", subject="", creator="", producer="")
    flow = []
    for tag, txt in parse(s["text"]):
        if tag == "li":
            flow.append(Paragraph(xml_escape(txt), st["li"], bulletText="\u2022"))
        else:
            flow.append(Paragraph(xml_escape(txt), st[tag]))
            if tag == "title":
                flow.append(Spacer(1, 6))
    doc.build(flow)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write_docx(path, s):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for tag, txt in parse(s["text"]):
        if tag == "title":
            d.add_heading(txt, level=0)
        elif tag == "h":
            d.add_heading(txt, level=1)
        elif tag == "hh":
            d.add_heading(txt, level=2)
        elif tag == "li":
            d.add_paragraph(txt, style="List Bullet")
        else:
            d.add_paragraph(txt)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = s["name"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def write_txt(path, s):
    lines = []
    for tag, txt in parse(s["text"]):
        if tag == "title":
            lines += [txt.upper(), "=" * min(len(txt), 78), ""]
        elif tag in ("h", "hh"):
            lines += ["", txt, ""]
        elif tag == "li":
            lines.append(wrap("  * " + txt, "    "))
        else:
            lines += [wrap(txt, ""), ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n")


def write_md(path, s):
    lines = []
    for tag, txt in parse(s["text"]):
        if tag == "title":
            lines += ["# " + txt, ""]
        elif tag == "h":
            lines += ["## " + txt, ""]
        elif tag == "hh":
            lines += ["### " + txt, ""]
        elif tag == "li":
            lines.append("- " + txt)
        else:
            if lines and lines[-1].startswith("- "):
                lines.append("")
            lines += [txt, ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n")


def wrap(text, indent, width=92):
    words = text.split()
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = indent + w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        out.append(cur)
    return "\n".join(out)


WRITERS = {"pdf": write_pdf, "docx": write_docx, "txt": write_txt, "md": write_md}


def expected(s):
    return {"description": s["description"], "split": "heldout", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(s):
    path = os.path.join(HERE, s["name"] + "." + s["fmt"])
    WRITERS[s["fmt"]](path, s)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


def extract(path, fmt):
    if fmt == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            parts.append(pdf[i].get_textpage().get_text_range())
        pdf.close()
        return "\n".join(parts)
    if fmt == "docx":
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        txt = re.sub(r"<[^>]+>", "", xml)
        return (txt.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", '"').replace("&apos;", "'"))
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u00ad", "")).strip()


def check():
    ok = True
    letters = list("abcdefghij")
    for s in SAMPLES:
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                txt = norm(extract(path, s["fmt"]))
            except Exception as e:  # noqa
                txt = ""
                errs.append("cannot open: %r" % e)
            for k, v in s["evidence"].items():
                if norm(v) not in txt:
                    errs.append("evidence %s not found: %r" % (k, v))
                if s["statuses"].get(k) != "present":
                    errs.append("evidence for non-present item %s" % k)
            if sorted(s["statuses"]) != letters:
                errs.append("statuses keys wrong")
            if s["fmt"] == "pdf":
                import pypdfium2 as pdfium
                pdf = pdfium.PdfDocument(path)
                pages = len(pdf)
                pdf.close()
            else:
                pages = None
        ej = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(ej, encoding="utf-8") as f:
                if json.load(f) != expected(s):
                    errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        flag = "OK " if not errs else "ERR"
        print(flag, s["name"], s["fmt"], ("pages=%s" % pages) if pages else "", "; ".join(errs))
        ok = ok and not errs
    fmts = [s["fmt"] for s in SAMPLES]
    print("formats:", {f: fmts.count(f) for f in sorted(set(fmts))})
    return ok


def P(**kw):
    return kw


# ==============================================================================================
# AGREEMENTS
# ==============================================================================================
sample(465, "aoc_groen_noordveluwe", "pdf",
       "Formal article-style SOK between an AOC and a vmbo school of another board, Noord-Veluwe, "
       "groen kb -> mbo-3 hovenier; funding transfer with amount and purpose; fully compliant",
       P(a="present", b="present", c="present", d="present", e="present", f="present", g="present",
         h="present", i="present", j="present"),
       P(a="Artikel 2 Route en kwalificatie", b="Artikel 7 Inbreng van hoveniersbedrijven en terreinbeheerders",
         c="Artikel 3 Routeregie", d="Artikel 4 Rapportage aan de besturen",
         e="Artikel 5 Uitvoering van het programma", f="Artikel 6 Wanneer een leerling de route verlaat",
         g="Artikel 8 Geldstromen", h="Artikel 9 Inspraak van leerlingen, ouders en personeel",
         i="Artikel 11 Verschillen van inzicht", j="Artikel 12 Looptijd, nieuwe deelnemers, wijziging en einde"),
       """
# Samenwerkingsovereenkomst doorlopende leerroute Groen - Hovenier (kb - mbo niveau 3)

De ondergetekenden:

1. Stichting Protestants-Christelijk Voortgezet Onderwijs Noord-Veluwe, statutair gevestigd te Harderwijk, bevoegd gezag van Christelijk College Het Harderbos (brinnummer 17XQ), rechtsgeldig vertegenwoordigd door mevrouw drs. A.M. Klaassen-Ruitenberg, voorzitter van het college van bestuur, hierna: "de school";

2. Stichting Agrarisch Opleidingscentrum Veluwerand, statutair gevestigd te Ermelo, bevoegd gezag van AOC Veluwerand, rechtsgeldig vertegenwoordigd door de heer ing. J.W. van Beek, voorzitter van het college van bestuur, hierna: "Veluwerand";

samen: "partijen".

Overwegende dat:

- de school in het profiel Groen een kaderberoepsgerichte leerweg aanbiedt en Veluwerand een instelling voor beroepsonderwijs is die de opleidingen in het domein Groen onderwijs verzorgt;
- de school en Veluwerand tot verschillende rechtspersonen behoren, zodat de route niet bij interne regeling maar bij samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB wordt geregeld;
- partijen al sinds 2017 samenwerken in een vakmanschapsroute en die samenwerking op de wettelijke grondslag willen voortzetten;

komen het volgende overeen.

## Artikel 1 Begrippen

In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute vmbo-mbo als bedoeld in artikel 2; vo-fase: het eerste en tweede leerjaar van de route (leerjaar 3 en 4 van de school); mbo-fase: het derde en volgende leerjaar van de route; routeregie: het orgaan bedoeld in artikel 3; PTA/OER: het gezamenlijk programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route.

## Artikel 2 Route en kwalificatie

2.1 De route verbindt het profiel Groen van de kaderberoepsgerichte leerweg van de school met de beroepsopleiding Vakbekwaam hovenier, niveau 3 (vakopleiding), kwalificatiedossier Hovenier, domein Groen, leefomgeving en recreatie, in de beroepsopleidende leerweg.

2.2 De route begint in leerjaar 3 van de school en duurt in totaal vier jaar. De leerling behaalt uiterlijk aan het einde van het tweede leerjaar van de route het vmbo-diploma kaderberoepsgerichte leerweg en aan het einde van de route het mbo-diploma Vakbekwaam hovenier.

2.3 In de vo-fase volgt de leerling naast het profielvak Groen de beroepsgerichte keuzevakken Ontwerpen en aanleggen van een tuin en Groene vormgeving en styling; in de mbo-fase worden de keuzedelen Boomverzorging en Duurzaam waterbeheer aangeboden.

2.4 Partijen melden de route gezamenlijk aan de Minister door registratie in RIO, ieder voor het eigen deel, vóór 1 oktober van het eerste schooljaar waarin leerlingen instromen.

## Artikel 3 Routeregie

3.1 De dagelijkse leiding over de route berust bij de routeregie. Deze bestaat uit de afdelingsleider bovenbouw kader van de school, de opleidingsmanager Hovenier van Veluwerand en een door beide teams gekozen docent die als routecoördinator optreedt.

3.2 De afdelingsleider en de opleidingsmanager worden door het eigen college van bestuur voor de duur van twee schooljaren in de routeregie aangewezen; herbenoeming is mogelijk. De routecoördinator wordt op voordracht van het docententeam door beide colleges van bestuur gezamenlijk benoemd.

3.3 De colleges van bestuur dragen aan de routeregie op: het vaststellen van het jaarrooster, het indelen van docenten binnen de vastgestelde formatie, het jaarlijks voorbereiden van het PTA/OER, de toelating van leerlingen tot de route en het onderhouden van de contacten met de leerbedrijven. De routeregie beschikt binnen de jaarlijks door partijen vastgestelde begroting zelfstandig over het routebudget. Besluiten over de omvang van de formatie, investeringen boven EUR 5.000 en wijziging van de kwalificatie blijven voorbehouden aan de colleges van bestuur.

## Artikel 4 Rapportage aan de besturen

4.1 De routeregie stuurt beide colleges van bestuur elk jaar vóór 15 november een schriftelijk jaarverslag over het afgelopen schooljaar met ten minste de instroom, de doorstroom van vo-fase naar mbo-fase, de uitval en het gebruik van de overstapmogelijkheden, de examenresultaten, de inzet van personeel en de besteding van het routebudget.

4.2 Daarnaast bespreekt de routeregie twee keer per jaar, in februari en in juni, de voortgang met de colleges van bestuur in een bestuurlijk overleg. Bij incidenten die de continuïteit van de route raken, informeert de routeregie beide colleges binnen vijf werkdagen.

## Artikel 5 Uitvoering van het programma

5.1 De vo-fase wordt gegeven op de locatie van de school aan de Stationslaan te Harderwijk; de praktijklessen groen vinden één dag per week plaats op het praktijkterrein en in de kassen van Veluwerand te Ermelo. De mbo-fase wordt volledig op de locatie Ermelo en bij de leerbedrijven verzorgd.

5.2 De route wordt uitgevoerd door één team van docenten van beide partijen. Twee docenten groen van Veluwerand geven in de vo-fase gemiddeld vier lesuren per week; docenten Nederlands en rekenen van de school verzorgen in de mbo-fase de generieke onderdelen. Voor de vakoverstijgende praktijkmodules maken partijen gebruik van de teambevoegdheid; binnen elk team is voor ieder programmaonderdeel ten minste één bevoegde docent verantwoordelijk. Iedere docent blijft in dienst van de eigen werkgever.

5.3 Veluwerand stelt de kassen, de werkplaats kleine machines, het materieel en de beschermingsmiddelen beschikbaar; de school stelt haar theorielokalen, de mediatheek en haar ICT-voorzieningen open voor studenten in de mbo-fase die nog een vmbo-vak afronden.

5.4 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar staan in het gezamenlijke PTA/OER, dat de routeregie jaarlijks vóór 1 oktober ter vaststelling aan beide colleges voorlegt. De school is verantwoordelijk voor het vmbo-examen, Veluwerand voor de mbo-examinering en diplomering.

5.5 Een klacht over een medewerker van de andere partij wordt door de ontvangende partij binnen vijf werkdagen doorgestuurd; de partij bij wie de medewerker in dienst is, werkt volledig mee aan de afhandeling.

## Artikel 6 Wanneer een leerling de route verlaat

6.1 Een leerling die in de vo-fase stopt met de route, zet zijn opleiding voort in de reguliere kaderberoepsgerichte leerweg van de school, in het profiel Groen of een ander profiel, en kan daar het vmbo-diploma halen.

6.2 Een leerling die het vmbo-diploma niet uiterlijk aan het einde van het tweede routejaar behaalt, kan het examenjaar overdoen of, als het bereikte niveau dat rechtvaardigt, zonder vmbo-diploma instromen in de opleiding Medewerker hovenier (niveau 2) of een andere opleiding van Veluwerand; de vooropleidingseisen gelden bij Veluwerand in dat geval niet.

6.3 Een student die in de mbo-fase een andere richting kiest, krijgt een plaats in een andere opleiding van Veluwerand op hetzelfde niveau, of wordt begeleid naar een andere instelling in de regio, die hem kan toelaten na een geschiktheidsonderzoek.

6.4 Welke voortzetting het meest kansrijk is, beslissen de school en Veluwerand gezamenlijk, na een gesprek met de leerling en diens ouders, op grond van het behaalde onderwijsniveau en de leeftijd van de leerling. De mentor en de loopbaanbegeleider van Veluwerand zorgen voor een warme overdracht. De uitwerking staat in de schoolgids.

## Artikel 7 Inbreng van hoveniersbedrijven en terreinbeheerders

7.1 Partijen werken voor de route samen met de regionale afdeling van de Vereniging van Hoveniers en Groenvoorzieners en met ten minste acht erkende leerbedrijven uit Noord-Veluwe, waaronder Tuinen van Oosterwolde B.V. en de buitendienst van de gemeente Harderwijk.

7.2 Deze bedrijven leveren de stageplaatsen voor de snuffelstages in de vo-fase en de bpv-plaatsen in de mbo-fase, verzorgen per schooljaar ten minste vier gastlessen en twee praktijkopdrachten op locatie en nemen als tweede beoordelaar deel aan de proeven van bekwaamheid.

7.3 Een werkveldcommissie met drie vertegenwoordigers van deze bedrijven adviseert de routeregie jaarlijks over de inhoud van het PTA/OER en de keuze van keuzedelen.

## Artikel 8 Geldstromen

8.1 De school draagt op grond van artikel 5.42a WVO 2020 voor iedere leerling in de vo-fase EUR 1.150 per schooljaar van haar bekostiging over aan Veluwerand, te betalen in twee gelijke termijnen op 1 november en 1 april.

8.2 Veluwerand besteedt dit bedrag uitsluitend aan de inzet van haar docenten groen in de vo-fase en aan het gebruik en onderhoud van kassen, materieel en materialen voor die lessen. Veluwerand draagt geen bekostiging over aan de school.

## Artikel 9 Inspraak van leerlingen, ouders en personeel

9.1 Leerlingen in de vo-fase mogen, hoewel zij nog bij de school staan ingeschreven, één vertegenwoordiger kiezen die met spreek- en stemrecht deelneemt aan de studentenraad van Veluwerand voor de locatie Ermelo.

9.2 De medezeggenschapsraad van de school en de studentenraad en ondernemingsraad van Veluwerand ontvangen het jaarverslag van artikel 4 en worden ten minste eenmaal per jaar uitgenodigd voor een gezamenlijke bijeenkomst over de route. Een voorgenomen wijziging van deze overeenkomst wordt aan beide raden voor advies voorgelegd.

## Artikel 10 Gegevens

Partijen wisselen alleen die leerling- en studentgegevens uit die nodig zijn voor begeleiding, examinering en inschrijving, en sluiten hiervoor een afzonderlijke verwerkersovereenkomst.

## Artikel 11 Verschillen van inzicht

11.1 Een verschil van inzicht over de uitvoering van deze overeenkomst wordt eerst in de routeregie besproken. Komt de routeregie binnen vier weken niet tot overeenstemming, dan wordt het verschil voorgelegd aan de beide voorzitters van de colleges van bestuur.

11.2 Leidt ook dat overleg binnen zes weken niet tot een oplossing, dan schakelen partijen een mediator in die zij samen aanwijzen. Slaagt de mediation niet, dan beslist de bevoegde rechter te Gelderland.

## Artikel 12 Looptijd, nieuwe deelnemers, wijziging en einde

12.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

12.2 Een andere vmbo-school of mbo-instelling kan tot de overeenkomst toetreden als beide partijen daarmee schriftelijk instemmen en de toetredende partij de overeenkomst onverkort aanvaardt. Toetreding gaat in bij het begin van een schooljaar en wordt gezamenlijk aan DUO gemeld.

12.3 Wijzigingen worden schriftelijk overeengekomen en door beide colleges van bestuur ondertekend; zij gelden niet eerder dan het volgende schooljaar, tenzij een wettelijke wijziging eerder aanpassen vereist.

12.4 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar met inachtneming van een termijn van ten minste twaalf maanden. Na opzegging stromen geen nieuwe leerlingen meer in; leerlingen en studenten die al in de route zitten, ronden die bij partijen af onder de voorwaarden van deze overeenkomst. Hetzelfde geldt bij ontbinding wegens een tekortkoming.

Aldus opgemaakt in tweevoud en ondertekend te Harderwijk op 24 juni 2025.

Voor de school: drs. A.M. Klaassen-Ruitenberg, voorzitter college van bestuur

Voor Veluwerand: ing. J.W. van Beek, voorzitter college van bestuur
""")

sample(466, "driepartijen_penvoerder_techniek_noordoosttwente", "docx",
       "Long three-party SOK (two vmbo boards + ROC, ROC as penvoerder), Noordoost-Twente, PIE kb -> mbo-3 "
       "elektrotechniek; defects: funding transfer without any amount, disputes only restated/in overleg",
       P(a="present", b="present", c="present", d="present", e="present", f="present", g="weak",
         h="present", i="weak", j="present"),
       P(a="2. Welke route wij samen verzorgen", b="7. De rol van installatiebedrijven",
         c="3. Penvoerder en stuurgroep", d="4. Hoe de stuurgroep verantwoording aflegt",
         e="5. Onderwijs, personeel en voorzieningen", f="6. Overstappen binnen en buiten de route",
         h="9. Medezeggenschap", j="11. Toetreding, wijziging en beëindiging"),
       """
# Samenwerkingsovereenkomst Technologieroute Noordoost-Twente

Doorlopende leerroute vmbo-mbo Produceren, installeren en energie - Eerste monteur elektrotechnische installaties

Versie 1.2, vastgesteld in het bestuurlijk overleg van 12 juni 2025

## Partijen

Stichting Openbaar Voortgezet Onderwijs Dinkelland, gevestigd te Denekamp, bevoegd gezag van Scholengemeenschap Dinkeldal, vertegenwoordigd door de heer M.H.J. Oude Wolbers, bestuurder (hierna: Dinkeldal);

Vereniging voor Katholiek Voortgezet Onderwijs Tubbergen-Vasse, gevestigd te Tubbergen, bevoegd gezag van Vakcollege Het Manderveen, vertegenwoordigd door mevrouw L. Nijhuis-Kamphuis, voorzitter college van bestuur (hierna: Manderveen);

Stichting Regionaal Opleidingencentrum Noordoost-Twente, gevestigd te Oldenzaal, handelend onder de naam ROC Twentezoom, vertegenwoordigd door de heer R.A. ter Haar, voorzitter college van bestuur (hierna: Twentezoom);

Dinkeldal en Manderveen samen ook: de scholen. Alle drie samen: partijen.

## Aanleiding

In Noordoost-Twente is een structureel tekort aan elektrotechnisch monteurs. De installatiesector vraagt om jongeren die eerder en vaker in de praktijk leren. De twee scholen hebben elk te weinig leerlingen om de route alleen aan te bieden. Daarom kiezen partijen voor één gezamenlijke overeenkomst, waarin Twentezoom als penvoerder optreedt. Deze overeenkomst vervangt de intentieverklaring Technologieroute van 3 maart 2023.

## 1. Woordenlijst

Route: de doorlopende leerroute bedoeld in onderdeel 2.
Penvoerder: Twentezoom, in de rol beschreven in onderdeel 3.
Stuurgroep: het gezamenlijke leidinggevende orgaan van de route.
Routeteam: alle docenten, instructeurs en begeleiders die in de route lesgeven.
Vo-fase en mbo-fase: de eerste twee routejaren, waarin de leerling bij een van de scholen staat ingeschreven, en de daaropvolgende routejaren, waarin hij student van Twentezoom is.
PTA/OER: het gezamenlijke examenprogramma en de onderwijs- en examenregeling van de route.

## 2. Welke route wij samen verzorgen

2.1 De route leidt leerlingen van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie (PIE), op naar het mbo-diploma Eerste monteur elektrotechnische installaties in de woning en utiliteit, niveau 3, kwalificatiedossier Elektrotechnische en installatietechnische systemen (domein Bouw en infra / installatietechniek), in de BOL-variant met vanaf routejaar 3 de mogelijkheid om over te stappen naar de BBL.

2.2 Leerlingen van beide scholen kunnen aan het eind van leerjaar 2 voor de route kiezen. De route start in leerjaar 3 van de school en eindigt na in totaal vier jaar. Het vmbo-examen kader PIE wordt afgenomen in routejaar 2; de school waar de leerling staat ingeschreven, is verantwoordelijk voor dat examen.

2.3 Partijen melden de route gezamenlijk aan via RIO; iedere school registreert haar eigen deelname, Twentezoom registreert de route aan de mbo-kant.

## 3. Penvoerder en stuurgroep

3.1 Twentezoom treedt op als penvoerder. De penvoerder bereidt de vergaderingen van de stuurgroep voor, houdt de administratie van de route bij, beheert het routebudget en is aanspreekpunt voor DUO, de Inspectie en de branche. De penvoerder handelt daarbij uitsluitend binnen de kaders die de stuurgroep stelt.

3.2 De stuurgroep bestaat uit drie leden: de teamleider techniek van Dinkeldal, de teamleider bovenbouw van Manderveen en de onderwijsmanager Installatietechniek van Twentezoom. De trajectcoördinator van de route woont de vergaderingen bij als secretaris, zonder stemrecht.

3.3 Ieder lid wordt door het college van bestuur van de eigen partij schriftelijk aangewezen; de andere partijen worden van de aanwijzing in kennis gesteld. Bij vertrek van een lid wijst het betrokken bestuur binnen zes weken een opvolger aan. De trajectcoördinator wordt door de stuurgroep geworven en door het college van bestuur van de penvoerder benoemd, na instemming van de besturen van de scholen.

3.4 De besturen dragen aan de stuurgroep op: de onderwijskundige koers en de jaarplanning van de route, de verdeling van lesuren over het routeteam, de vaststelling van het concept-PTA/OER, het toelatingsbesluit per leerling, het overleg met het bedrijfsleven en de uitvoering van onderdeel 6. De stuurgroep besluit bij meerderheid van stemmen. Zaken die de formatie, de huisvesting of de begroting van een partij raken, legt de stuurgroep ter besluitvorming aan de besturen voor.

## 4. Hoe de stuurgroep verantwoording aflegt

4.1 De stuurgroep legt verantwoording af aan de besturen van alle drie partijen. Daartoe stelt zij elk jaar vóór 1 december een routerapportage op over het afgelopen schooljaar, met kengetallen over aanmelding, instroom, tussentijds vertrek, overstappen, examenresultaten, bpv en tevredenheid van leerlingen en leerbedrijven, en een financiële paragraaf.

4.2 De besturen bespreken de routerapportage in het bestuurlijk overleg van december. In het bestuurlijk overleg van juni geeft de stuurgroep een mondelinge tussenstand en legt zij de jaarplanning voor het nieuwe schooljaar voor.

4.3 Op verzoek van een bestuur verstrekt de stuurgroep binnen tien werkdagen alle inlichtingen die dat bestuur voor zijn eigen verantwoording, bijvoorbeeld in het jaarverslag of tegenover de Inspectie, nodig heeft.

## 5. Onderwijs, personeel en voorzieningen

### 5.1 Waar het onderwijs plaatsvindt

In routejaar 1 krijgen leerlingen de algemene vakken op de eigen school en twee dagen per week praktijk in het Techniekhuis van Twentezoom in Oldenzaal. In routejaar 2 is dat drie dagen per week. Vanaf routejaar 3 vindt het onderwijs plaats bij Twentezoom en bij de leerbedrijven. Leerlingen van Dinkeldal en Manderveen vormen vanaf routejaar 1 één praktijkgroep.

### 5.2 Het routeteam

De praktijkvakken in de vo-fase worden gegeven door docenten elektrotechniek van Twentezoom samen met de PIE-docenten van beide scholen. Partijen gebruiken de teambevoegdheid voor de praktijkmodules Installeren in de woning en Slimme energie; voor elk onderdeel draagt een daarvoor bevoegde docent de eindverantwoordelijkheid. De scholen leveren samen ten minste 0,8 fte aan docentinzet in het Techniekhuis; Twentezoom levert 1,2 fte en een technisch onderwijsassistent. De mentoren blijven in dienst van en aangestuurd door de eigen school. Het routeteam heeft één gezamenlijke studiedag per jaar en ieder teamlid volgt binnen twee jaar een bijscholing NEN 1010 of een didactische scholing, naar gelang de achtergrond.

### 5.3 Gebouwen en middelen

Twentezoom stelt het Techniekhuis met de installatiewanden, meetapparatuur en het zonnepanelenlab om niet beschikbaar. De scholen zorgen voor leerlingenvervoer tussen school en Oldenzaal op de praktijkdagen. Iedere leerling krijgt bij de start een gereedschapsset en werkkleding van Twentezoom, die hij na de route mag houden. Leerlingen hebben toegang tot de elektronische leeromgeving van Twentezoom.

### 5.4 Programma en examens

Het programma per routejaar, de toetsen en examens en de bpv-periodes staan in het PTA/OER, dat de stuurgroep elk jaar vóór 1 oktober aan de besturen voorlegt. De bpv start in routejaar 2 met een meeloopstage van twee weken.

### 5.5 Begeleiding, verzuim en klachten

Tot en met routejaar 2 gelden de zorgstructuur, het verzuimbeleid en de klachtenregeling van de school van inschrijving. Daarna gelden die van Twentezoom. Klachten over medewerkers van een andere partij worden in behandeling genomen door de klachtencommissie van de partij waar de klager staat ingeschreven; de betrokken partij verleent medewerking.

## 6. Overstappen binnen en buiten de route

6.1 Niemand verlaat de route zonder zicht op een diploma. Stopt een leerling in de vo-fase, dan maakt hij het vmbo af op de eigen school, in de kaderberoepsgerichte leerweg PIE of een ander profiel dat de school aanbiedt, en stroomt hij na het diploma regulier in het mbo in.

6.2 Zakt een leerling voor het vmbo-examen, dan mag hij in routejaar 3 toch doorgaan in de mbo-fase, of in een andere techniekopleiding van Twentezoom op niveau 2 of 3, en tegelijk de ontbrekende vmbo-vakken herkansen. De toelatingseisen van Twentezoom staan dat niet in de weg.

6.3 Past elektrotechniek toch niet, dan kan de student in de mbo-fase naar een andere opleiding op niveau 3 binnen Twentezoom, bijvoorbeeld Werktuigbouwkunde of Installatietechniek, of naar een instelling dichter bij huis als hij verhuist.

6.4 De school van inschrijving en Twentezoom nemen samen het besluit over de overstap, nadat de trajectcoördinator met de leerling en zijn ouders heeft gesproken. Zij kijken naar wat de leerling al heeft behaald, zijn leeftijd en zijn voorkeur. De afspraak wordt vastgelegd in een overstapplan dat door leerling, ouders, school en Twentezoom wordt getekend.

## 7. De rol van installatiebedrijven

7.1 De route is samen met de Stichting Installatiewerk Twente en de regionale afdeling van Techniek Nederland opgezet. Twaalf installatiebedrijven uit Dinkelland, Tubbergen, Losser en Oldenzaal hebben zich in een bedrijvenpact verbonden aan de route.

7.2 Deze bedrijven ontvangen iedere leerling in routejaar 1 voor een bedrijfsbezoek, leveren in routejaar 2 meeloopstages en vanaf routejaar 3 bpv- en BBL-plaatsen, stellen praktijkopdrachten ter beschikking en leveren vakmensen voor de beoordeling van de praktijkexamens. Een vertegenwoordiger van het bedrijvenpact sluit tweemaal per jaar aan bij de stuurgroep om het programma te toetsen aan de praktijk.

## 8. Financiën

8.1 Iedere partij draagt de kosten van haar eigen personeel en gebouwen.

8.2 De scholen dragen voor de leerlingen in de vo-fase een deel van hun bekostiging over aan Twentezoom, als bedoeld in artikel 5.42a WVO 2020. Deze middelen worden ingezet voor de docentinzet van Twentezoom in het Techniekhuis, de gereedschapssets en de verbruiksmaterialen. Het over te dragen deel wordt elk jaar bij de begroting van de route in onderling overleg vastgesteld.

8.3 De penvoerder stuurt de scholen per kwartaal een overzicht van de bestedingen.

## 9. Medezeggenschap

9.1 Partijen richten voor de route een routeklankbord in met twee ouders en twee leerlingen uit de vo-fase (één van elke school), twee studenten uit de mbo-fase en twee leden van het routeteam. Het routeklankbord wordt vóór vaststelling van het PTA/OER en van de routerapportage gehoord.

9.2 De medezeggenschapsraden van de scholen en de studentenraad van Twentezoom wijzen ieder één lid aan dat het routeklankbord bijwoont en verslag uitbrengt aan de eigen raad. Een voorstel tot wijziging van onderdeel 6 wordt aan de medezeggenschapsraden en de studentenraad voor advies voorgelegd.

## 10. Geschillen

De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de overeenkomst wordt door partijen in goed onderling overleg bepaald. Partijen spannen zich in om meningsverschillen in der minne op te lossen.

## 11. Toetreding, wijziging en beëindiging

11.1 Een andere school voor vmbo uit de regio die de kaderberoepsgerichte leerweg PIE aanbiedt, kan tot deze overeenkomst toetreden als alle partijen daarmee schriftelijk instemmen, de toetredende school deze overeenkomst aanvaardt en haar leerlingen kan laten instromen aan het begin van een schooljaar. De penvoerder zorgt voor de melding aan DUO.

11.2 Deze overeenkomst kan alleen schriftelijk en met instemming van alle partijen worden gewijzigd. Een wijziging gaat in bij de start van een schooljaar en mag er niet toe leiden dat leerlingen die al in de route zitten een ander diploma gaan halen dan waarvoor zij hebben gekozen.

11.3 Een partij kan de overeenkomst opzeggen met een termijn van ten minste één jaar, tegen 1 augustus. Zegt een van de scholen op, dan loopt de overeenkomst tussen de overige partijen door. Leerlingen van de opzeggende partij die al in de route zitten, mogen de route volledig afmaken; zo nodig worden zij voor de vo-fase tijdelijk begeleid door de andere school. Na opzegging neemt de opzeggende partij geen nieuwe leerlingen meer in de route op.

11.4 Bij ontbinding van de overeenkomst wegens ernstige tekortkoming geldt 11.3, laatste twee volzinnen, overeenkomstig.

## 12. Slotbepalingen

12.1 Deze overeenkomst gaat in op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.

12.2 Partijen evalueren de overeenkomst voor het eerst in het voorjaar van 2027.

12.3 Op deze overeenkomst is Nederlands recht van toepassing.

Getekend in drievoud te Oldenzaal, 12 juni 2025

M.H.J. Oude Wolbers, bestuurder Stichting Openbaar Voortgezet Onderwijs Dinkelland

L. Nijhuis-Kamphuis, voorzitter college van bestuur Vereniging voor Katholiek Voortgezet Onderwijs Tubbergen-Vasse

R.A. ter Haar, voorzitter college van bestuur Stichting Regionaal Opleidingencentrum Noordoost-Twente

## Bijlage A Jaarkalender van de route

Routejaar 1 (leerjaar 3 vmbo): oriëntatie installatietechniek, basisvaardigheden elektrotechniek, bedrijfsbezoeken, start vmbo-schoolexamen.

Routejaar 2 (leerjaar 4 vmbo): centraal examen kader PIE, mbo-module Installeren in de woning, meeloopstage twee weken.

Routejaar 3 (mbo jaar 1): beroepsgerichte modules niveau 3, bpv twaalf weken, keuzedeel Domotica.

Routejaar 4 (mbo jaar 2): bpv twintig weken, proeve van bekwaamheid, diplomering.
""")


sample(467, "afsprakenlijst_horeca_sudwestfryslan", "txt",
       "Plain-language list of 24 numbered afspraken without articles or headings, Sudwest-Fryslan, "
       "HBR bb -> mbo-2 kok; no funding transfer stated; fully compliant",
       P(a="present", b="present", c="present", d="present", e="present", f="present", g="present",
         h="present", i="present", j="present"),
       P(a="1. De route loopt van het profiel Horeca, bakkerij en recreatie",
         b="8. Horecaondernemers uit de regio doen mee",
         c="4. Er is een routeteamleider en een kernteam",
         d="6. Het kernteam schrijft na elk schooljaar",
         e="9. In leerjaar 3 en 4 koken de leerlingen",
         f="13. Soms past de route toch niet",
         g="16. Er gaat geen geld van de ene organisatie naar de andere",
         h="17. Leerlingen in de route mogen meepraten",
         i="19. Zijn we het over de uitvoering van deze afspraken niet eens",
         j="21. Een andere school of mbo-instelling kan aansluiten"),
       """
# Afspraken doorlopende leerroute Horeca Sneek - Kok

Samenwerkingsovereenkomst tussen Stichting Christelijk Voortgezet Onderwijs Súdwest-Fryslân (bevoegd gezag van Vakcollege De Geau, Sneek) en Stichting ROC Friesland Zuidwest (bevoegd gezag van Fryske Mar College, Sneek en Bolsward).

Namens de stichting voor voortgezet onderwijs tekent de heer P. de Boer, voorzitter van het college van bestuur. Namens het ROC tekent mevrouw S. Hoekstra-Visser, lid van het college van bestuur. Hieronder heten zij samen "wij", de vmbo-school "het Vakcollege" en het ROC "Fryske Mar College".

Wij willen dat jongeren in Súdwest-Fryslân sneller en met minder dubbel werk kok kunnen worden. Daarom spreken wij het volgende af.

1. De route loopt van het profiel Horeca, bakkerij en recreatie in de basisberoepsgerichte leerweg van het Vakcollege naar de mbo-opleiding Kok, niveau 2 (kwalificatiedossier Keuken, domein Horeca en bakkerij) van Fryske Mar College, BOL. De leerling begint in leerjaar 3 en is na vier jaar klaar, met een vmbo-diploma basis en een mbo-diploma Kok.

2. Het vmbo-examen doet de leerling in leerjaar 4. Het Vakcollege blijft verantwoordelijk voor dat examen, ook als de leerling al student is. Fryske Mar College regelt de mbo-examens en de diplomering.

3. Wij melden de route samen aan bij DUO via RIO, voordat de eerste leerlingen starten.

4. Er is een routeteamleider en een kernteam. Het kernteam bestaat uit de routeteamleider, de teamleider basis/kader van het Vakcollege, de opleidingsmanager Horeca van Fryske Mar College en twee docenten, één van elke organisatie. De routeteamleider komt van Fryske Mar College.

5. Het college van bestuur van elke organisatie wijst zijn eigen leden van het kernteam aan. De routeteamleider wordt door beide colleges van bestuur samen benoemd, voor drie jaar. Het kernteam maakt het rooster en de jaarplanning, verdeelt de lessen over de docenten, stelt het PTA/OER op, beslist over toelating van leerlingen, zoekt stageplaatsen en geeft uit het routebudget geld uit tot EUR 2.500 per keer. Grotere uitgaven en alles wat met personeel in dienst nemen te maken heeft, beslissen de colleges van bestuur zelf.

6. Het kernteam schrijft na elk schooljaar een kort verslag voor beide colleges van bestuur, uiterlijk op 1 oktober. Daarin staat hoeveel leerlingen zijn begonnen, doorgegaan, gestopt en geslaagd, hoe de stages liepen en wat het geld is gebruikt. De routeteamleider bespreekt het verslag in oktober met beide colleges. In maart is er een tussengesprek. Gaat er iets echt mis, dan belt de routeteamleider meteen beide colleges.

7. Beide colleges mogen het kernteam altijd om informatie vragen. Het kernteam geeft die binnen twee weken.

8. Horecaondernemers uit de regio doen mee. Zes erkende leerbedrijven, onder andere Hotel De Houtmolen, Restaurant It Foarhûs in Bolsward en de keuken van zorgcentrum De Swettehiem, bieden stageplaatsen en gastlessen. Zij geven elk jaar samen een masterclass, helpen bij het beoordelen van de praktijkexamens en praten twee keer per jaar met het kernteam over het lesprogramma. Ook Koninklijke Horeca Nederland afdeling Súdwest-Fryslân schuift één keer per jaar aan.

9. In leerjaar 3 en 4 koken de leerlingen twee dagdelen per week in de leerkeuken van Fryske Mar College aan de Oude Koemarkt in Sneek. De andere lessen zijn op het Vakcollege. Vanaf leerjaar 5 zitten zij helemaal bij Fryske Mar College en bij de leerbedrijven. Het lesprogramma en de toetsen per leerjaar staan in het PTA/OER van de route.

10. Twee koks-docenten van Fryske Mar College geven in leerjaar 3 en 4 de praktijklessen, samen met de HBR-docent van het Vakcollege. Voor de praktijklessen werken ze als één team, met de teambevoegdheid; voor elk vak is er altijd een bevoegde docent die ervoor verantwoordelijk is. De docenten Nederlands en rekenen van het Vakcollege geven ook les in leerjaar 5. Iedereen blijft bij zijn eigen werkgever in dienst.

11. Fryske Mar College laat het Vakcollege de leerkeuken, het restaurant De Snikke en de koelcellen gebruiken. Het Vakcollege laat Fryske Mar College het praktijklokaal bakkerij en de theorielokalen gebruiken. Koksbuizen en messen krijgen leerlingen van Fryske Mar College.

12. De begeleiding van een leerling en het verzuim liggen in leerjaar 3 en 4 bij het Vakcollege, daarna bij Fryske Mar College. Een klacht over een medewerker van de ander geven wij binnen een week door en wij werken mee aan de oplossing.

13. Soms past de route toch niet. Dan zorgen wij samen dat de leerling toch een diploma haalt. Stopt iemand in leerjaar 3 of 4, dan maakt hij het vmbo af in de gewone basisberoepsgerichte leerweg van het Vakcollege, in HBR of een ander profiel.

14. Haalt iemand het vmbo-diploma niet, dan mag hij toch doorgaan met de opleiding Kok of een andere opleiding op niveau 2 van Fryske Mar College, bijvoorbeeld Gastheer/gastvrouw of Medewerker bakkerij. Fryske Mar College vraagt dan geen vmbo-diploma. Wil iemand in leerjaar 5 of 6 een ander vak, dan kan hij naar een andere niveau 2-opleiding van Fryske Mar College, of naar een andere school als hij verhuist.

15. Welke opleiding dat wordt, beslissen het Vakcollege en Fryske Mar College samen, na een gesprek met de leerling en zijn ouders. Wij letten op wat de leerling al gehaald heeft en op zijn leeftijd. De mentor brengt de leerling persoonlijk over naar de nieuwe opleiding.

16. Er gaat geen geld van de ene organisatie naar de andere. Wij dragen geen bekostiging aan elkaar over. Elke organisatie betaalt haar eigen docenten, lokalen en materiaal.

17. Leerlingen in de route mogen meepraten. De leerlingenraad van het Vakcollege en de studentenraad van Fryske Mar College kiezen elk een lid voor een gezamenlijke routeraad, met twee ouders en twee docenten. De routeraad geeft minstens één keer per jaar advies over het PTA/OER en over het verslag van afspraak 6. Leerlingen in leerjaar 3 en 4 mogen bovendien meedoen met de verkiezingen van de studentenraad van Fryske Mar College.

18. Gegevens van leerlingen delen wij alleen als dat nodig is voor de route, volgens de AVG.

19. Zijn we het over de uitvoering van deze afspraken niet eens, dan praat eerst het kernteam erover. Lukt het dan binnen een maand niet, dan gaat het naar een overleg van beide colleges van bestuur. Lukt het daar ook niet binnen zes weken, dan vragen wij samen een mediator. Komen we er dan nog niet uit, dan mag elk van ons naar de rechtbank Noord-Nederland.

20. Deze afspraken gelden vanaf 1 augustus 2025. Ze lopen door totdat iemand ze opzegt.

21. Een andere school of mbo-instelling kan aansluiten als wij allebei schriftelijk akkoord gaan en de nieuwe partner deze afspraken tekent. Dat kan alleen per 1 augustus en wij melden het samen bij DUO.

22. Deze afspraken veranderen alleen als beide colleges van bestuur een nieuwe versie tekenen. Een verandering geldt pas vanaf het volgende schooljaar en een leerling die al in de route zit, houdt zijn opleiding.

23. Wie wil stoppen, zegt de afspraken schriftelijk op, minstens een jaar van tevoren en altijd per 1 augustus. Daarna mogen er geen nieuwe leerlingen meer in de route beginnen, maar wie al bezig is, maakt de route af.

24. Deze afspraken zijn gemaakt met advies van de medezeggenschapsraad van het Vakcollege en de studentenraad van Fryske Mar College.

Sneek, 2 juli 2025

P. de Boer, voorzitter college van bestuur Stichting Christelijk Voortgezet Onderwijs Súdwest-Fryslân

S. Hoekstra-Visser, lid college van bestuur Stichting ROC Friesland Zuidwest
""")

sample(468, "geintegreerd_bouw_westelijkemijnstreek", "pdf",
       "Paragraph-style SOK for a geintegreerde route bb -> mbo-2 timmerman, Westelijke Mijnstreek; "
       "defects: leavers go automatically to Entree, accountability without form or moment",
       P(a="present", b="present", c="present", d="weak", e="present", f="weak", g="present",
         h="present", i="present", j="present"),
       P(a="§ 1 Onderwerp van de overeenkomst", b="§ 6 Leerbedrijven en bouwsector",
         c="§ 2 Leiding van de route", e="§ 4 Inrichting van het onderwijs",
         g="§ 7 Bekostiging", h="§ 8 Medezeggenschap", i="§ 9 Geschillen",
         j="§ 10 Duur, toetreding, wijziging en opzegging"),
       """
# Samenwerkingsovereenkomst geïntegreerde route vmbo-basis - mbo niveau 2 Bouw

Kenmerk: SOK-GR-BWI-2025/03

Partijen:

Stichting Voortgezet Onderwijs Westelijke Mijnstreek, gevestigd te Sittard, bevoegd gezag van Vakschool De Geleenbeek (vmbo), te dezen vertegenwoordigd door mevrouw ir. C.J.M. Houben, voorzitter van het college van bestuur, hierna te noemen: de school,

en

Stichting Beroepsonderwijs Zuid-Limburg West, gevestigd te Geleen, bevoegd gezag van het regionaal opleidingencentrum Limburg West, te dezen vertegenwoordigd door de heer drs. F.P. Lemmens, voorzitter van het college van bestuur, hierna te noemen: de instelling,

in aanmerking nemende dat de school met toepassing van artikel 2.107l WVO 2020 voor leerlingen van de basisberoepsgerichte leerweg die daarbij gebaat zijn een geïntegreerde route wil aanbieden, en dat de instelling die route op grond van artikel 9.1.17 WEB samen met de school verzorgt,

verklaren te zijn overeengekomen als volgt.

## § 1 Onderwerp van de overeenkomst

1.1 De geïntegreerde route verbindt het profiel Bouwen, wonen en interieur (BWI) van de basisberoepsgerichte leerweg met de opleiding Timmerman, niveau 2 (basisberoepsopleiding), kwalificatiedossier Timmeren, domein Bouw en infra, BBL en BOL.

1.2 De route begint in leerjaar 3 van de school en leidt in vier jaar tot het mbo-diploma Timmerman. De school neemt in deze route geen eindexamen basisberoepsgerichte leerweg af. Deelname gebeurt in overleg met de leerling en zijn ouders, na overleg met de instelling.

1.3 Partijen melden de route gezamenlijk aan de Minister via RIO.

## § 2 Leiding van de route

2.1 De leiding berust bij een routecommissie, bestaande uit de teamleider bovenbouw basis van de school, de teamleider Bouw van de instelling en een routecoördinator.

2.2 De teamleiders worden door hun eigen college van bestuur aangewezen. De routecoördinator wordt door de colleges van bestuur gezamenlijk benoemd, voor een periode van drie jaar.

2.3 De routecommissie is belast met de planning en roostering, de toelating van leerlingen tot de route, de bewaking van de kwaliteit, het opstellen van het gezamenlijke PTA/OER en de contacten met leerbedrijven. Zij is bevoegd binnen de door de colleges van bestuur vastgestelde formatie en begroting besluiten te nemen over de inzet van docenten en de besteding van het routebudget.

## § 3 Informatie aan de besturen

De routecommissie houdt beide colleges van bestuur op de hoogte van de gang van zaken in de route en legt verantwoording af over haar werkzaamheden.

## § 4 Inrichting van het onderwijs

4.1 Leerjaar 3 wordt gegeven in de praktijkhal van de school aan de Molenbeekstraat te Sittard. Vanaf leerjaar 4 volgt de leerling twee dagen per week onderwijs in het Bouwcentrum van de instelling in Geleen en is hij twee dagen per week in een leerbedrijf; vanaf leerjaar 5 is de leerling student van de instelling.

4.2 Eén team van docenten verzorgt het hele programma. De school zet twee docenten BWI en een mentor in; de instelling zet twee praktijkdocenten timmeren en een docent burgerschap in, ook in leerjaar 3 en 4. Partijen maken gebruik van de teambevoegdheid voor de geïntegreerde praktijkmodules; voor ieder programmaonderdeel is een bevoegde docent verantwoordelijk. Personeel blijft in dienst van de eigen werkgever.

4.3 De school stelt haar praktijkhal en machinewerkplaats ter beschikking; de instelling het Bouwcentrum met de steigerbouwplaats en de CNC-werkplaats. Persoonlijke beschermingsmiddelen worden door de instelling verstrekt.

4.4 Het programma, de examinering en de beroepspraktijkvorming per leerjaar zijn beschreven in het PTA/OER van de route, dat jaarlijks vóór 1 oktober door beide colleges wordt vastgesteld. De mbo-examinering en -diplomering berusten bij de instelling.

## § 5 Leerlingen die de route verlaten

5.1 Een leerling die de geïntegreerde route tussentijds verlaat, wordt ingeschreven bij de Entree-opleiding van de instelling, zodat hij zo snel mogelijk een entreediploma kan behalen.

5.2 De routecoördinator zorgt voor een zorgvuldige overdracht van het dossier van de leerling aan het team Entree.

## § 6 Leerbedrijven en bouwsector

6.1 Partijen betrekken Bouwopleidingsfonds Zuid-Limburg en een netwerk van ten minste tien erkende leerbedrijven uit de Westelijke Mijnstreek, waaronder Bouwbedrijf Wetzels-Coenen B.V. en Timmerfabriek Graetheide, bij de route.

6.2 De leerbedrijven bieden vanaf leerjaar 4 werkplekken voor twee dagen per week, leveren levensechte opdrachten voor het praktijkonderwijs en wijzen praktijkbeoordelaars aan voor de proeve van bekwaamheid. Bouwopleidingsfonds Zuid-Limburg neemt deel aan een jaarlijkse programmaraad met de routecommissie, waarin het programma wordt getoetst aan de vraag uit de bouw.

## § 7 Bekostiging

Er vindt geen overdracht van bekostiging plaats tussen partijen. Iedere partij draagt de kosten van de eigen inzet van personeel en voorzieningen.

## § 8 Medezeggenschap

8.1 Een wijziging van deze overeenkomst en het PTA/OER worden voor advies voorgelegd aan de medezeggenschapsraad van de school en de studentenraad van de instelling.

8.2 Leerlingen in leerjaar 3 en 4 kunnen zitting nemen in de studentenraad van de instelling; partijen zorgen dat ten minste één plaats voor een routeleerling beschikbaar is.

## § 9 Geschillen

9.1 Geschillen over de uitvoering van deze overeenkomst worden eerst in de routecommissie besproken en, als die er niet binnen een maand uitkomt, in een overleg tussen de voorzitters van beide colleges van bestuur.

9.2 Blijft het geschil bestaan, dan leggen partijen het voor aan een commissie van drie personen voor bindend advies; iedere partij wijst één lid aan en die twee wijzen samen een voorzitter aan.

## § 10 Duur, toetreding, wijziging en opzegging

10.1 Deze overeenkomst wordt aangegaan voor onbepaalde tijd en treedt in werking op 1 augustus 2025.

10.2 Een andere school voor vbo of een andere instelling kan partij worden indien beide partijen daarmee schriftelijk instemmen en de nieuwe partij deze overeenkomst ondertekent. De toetreding gaat in per 1 augustus.

10.3 Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk, met instemming van beide partijen.

10.4 Opzegging geschiedt schriftelijk met een termijn van ten minste twaalf maanden tegen 1 augustus. Leerlingen die op het moment van opzegging in de route zijn ingeschreven, kunnen de route bij partijen afronden. Een wijziging is niet van toepassing op leerlingen die in het lopende schooljaar de route volgen, tenzij zij daardoor niet worden benadeeld.

Aldus overeengekomen en in tweevoud ondertekend te Sittard op 19 juni 2025.

ir. C.J.M. Houben, voorzitter college van bestuur Stichting Voortgezet Onderwijs Westelijke Mijnstreek

drs. F.P. Lemmens, voorzitter college van bestuur Stichting Beroepsonderwijs Zuid-Limburg West
""")


sample(469, "bijlagen_logistiek_noordlimburg", "docx",
       "Modern SOK with short main text and annexes holding the programme per leerjaar and the payment "
       "schedule, Noord-Limburg, M&T kb -> mbo-3 logistiek teamleider; funding transfer with per-pupil "
       "amount and purpose; fully compliant",
       P(a="present", b="present", c="present", d="present", e="present", f="present", g="present",
         h="present", i="present", j="present"),
       P(a="1 Wat wij aanbieden", b="6 Logistieke werkgevers aan tafel", c="2 Wie de route leidt",
         d="3 Wat de besturen van de routeleiding ontvangen", e="4 Mensen, ruimtes en programma",
         f="5 Een ander vervolg", g="7 Geld", h="8 Zeggenschap van leerlingen en personeel",
         i="9 Als wij het niet eens worden", j="10 Instappen, aanpassen en stoppen"),
       """
# Samenwerkingsovereenkomst Logistiekroute Venlo

Doorlopende leerroute kaderberoepsgerichte leerweg Mobiliteit en transport - mbo Logistiek teamleider (niveau 3)

## Wie sluiten deze overeenkomst

Stichting Onderwijsgroep Maas en Peel, Venlo, bevoegd gezag van het Blerick Vakcollege, hier vertegenwoordigd door dr. H.G.M. Janssen, voorzitter van de raad van bestuur ("het Vakcollege").

Stichting Vakcollege Logistiek Limburg, Venlo, bevoegd gezag van de gelijknamige vakinstelling voor logistiek en transport, hier vertegenwoordigd door mevrouw E.T. Peeters MBA, bestuurder ("VLL").

Waarom: Noord-Limburg is een van de grootste logistieke hotspots van Europa. Werkgevers in Venlo-Trade Port zoeken jonge mensen die een team kunnen aansturen. Met deze route halen leerlingen van het Vakcollege in vier jaar hun vmbo-diploma en hun mbo-diploma, zonder dubbel werk.

## 1 Wat wij aanbieden

De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, en leidt naar het mbo-diploma Logistiek teamleider, niveau 3, kwalificatiedossier Logistiek, domein Transport, scheepvaart en logistiek, in de BOL. Het vmbo-examen valt in routejaar 2. Na vier jaar heeft de leerling beide diploma's. Het Vakcollege en VLL melden de route samen aan via RIO.

## 2 Wie de route leidt

2.1 Een duo van twee routeleiders stuurt de route aan: de sectordirecteur techniek en logistiek van het Vakcollege en de onderwijsmanager Logistiek van VLL.

2.2 De raad van bestuur van het Vakcollege en de bestuurder van VLL wijzen elk hun eigen routeleider aan, na onderling overleg over de kandidaat. De aanwijzing geldt tot wederopzegging en wordt schriftelijk aan de andere partij bevestigd.

2.3 Het duo heeft van beide besturen de opdracht en het mandaat om: het gezamenlijke programma en het PTA/OER op te stellen en uit te voeren, leerlingen toe te laten tot de route, de docenturen binnen de afgesproken formatie te verdelen, bpv-plaatsen te regelen, overstapbesluiten voor te bereiden en het routebudget te besteden. Het duo mag geen personeel aannemen, geen verplichtingen boven EUR 10.000 aangaan en geen wijzigingen in het opleidingsaanbod doen; dat blijft bij de besturen.

## 3 Wat de besturen van de routeleiding ontvangen

Elk kwartaal een dashboard met de in-, door- en uitstroom, het verzuim en de bpv-plaatsen. Elk jaar vóór 1 november een jaarverantwoording met resultaten, besteding van het geld uit bijlage 2 en verbeterpunten, die het duo toelicht in een gezamenlijk bestuursoverleg in november. Bij een incident: binnen 48 uur een melding aan beide besturen.

## 4 Mensen, ruimtes en programma

4.1 De vo-fase vindt plaats op het Vakcollege aan de Antoniuslaan in Blerick en één dag per week in het oefenwarehouse van VLL op Trade Port Noord. De mbo-fase vindt plaats bij VLL en in de leerbedrijven.

4.2 Docenten van beide partijen werken samen in één routeteam. VLL levert in de vo-fase per klas zes lesuren per week aan docenten logistiek; het Vakcollege levert in de mbo-fase de docenten Nederlands en Engels. Voor de geïntegreerde projecten warehousing en transportplanning wordt de teambevoegdheid gebruikt, met voor elk onderdeel een bevoegde eindverantwoordelijke docent. Het Vakcollege is werkgever van zijn docenten, VLL van de hare.

4.3 VLL stelt het oefenwarehouse, de heftruck- en reachtruck-simulatoren, het WMS-lespakket en de lesbussen beschikbaar. Het Vakcollege stelt zijn lokaal M&T, de mediatheek en de ICT-voorzieningen beschikbaar.

4.4 Het programma, de toetsing en de bpv per leerjaar staan in bijlage 1 en worden elk jaar uitgewerkt in het PTA/OER.

## 5 Een ander vervolg

5.1 Elke leerling die de route niet afmaakt, krijgt van ons een passend vervolg naar een diploma. Wij spreken de volgende kaders af:

- vertrek in routejaar 1 of 2: de leerling gaat verder in de gewone kaderberoepsgerichte leerweg op het Vakcollege, in Mobiliteit en transport of een ander profiel, met het vmbo-diploma kader als doel;
- geen vmbo-diploma aan het eind van routejaar 2: de leerling kan het jaar overdoen of zonder vmbo-diploma in de mbo-fase instromen, in de route of in Logistiek medewerker niveau 2 of een andere opleiding van VLL; VLL stelt dan geen vooropleidingseis;
- andere richting of verhuizing in de mbo-fase: overstap naar een andere opleiding op hetzelfde niveau bij VLL of, met een geschiktheidsonderzoek, bij een andere instelling in de regio.

5.2 Het Vakcollege en VLL besluiten samen, na gesprek met de leerling en zijn ouders, over het vervolg. Zij kijken daarbij naar het niveau dat de leerling heeft bereikt en naar zijn leeftijd. De uitwerking staat in de schoolgids.

## 6 Logistieke werkgevers aan tafel

6.1 Acht logistieke bedrijven, waaronder Van Wijlen Distributie B.V., Greenport Cool Logistics en het distributiecentrum van een grote webwinkel, vormen samen met de Logistieke Kring Noord-Limburg (het regionale netwerk van werkgevers) de werkgeversraad van de route.

6.2 De werkgeversraad komt twee keer per jaar bij elkaar met de routeleiders, adviseert over de praktijkopdrachten en de keuzedelen, levert bpv-plaatsen vanaf routejaar 2 en gastdocenten voor het vak teamleiderschap, en stuurt praktijkbeoordelaars naar de proeve van bekwaamheid.

## 7 Geld

7.1 Het Vakcollege draagt op grond van artikel 5.42a WVO 2020 voor elke leerling in routejaar 1 en 2 EUR 950 per schooljaar van zijn bekostiging over aan VLL.

7.2 VLL gebruikt dat geld voor de docenturen logistiek in de vo-fase en voor het gebruik van het oefenwarehouse en de simulatoren. Betaaldata en de peildatum voor het aantal leerlingen staan in bijlage 2.

## 8 Zeggenschap van leerlingen en personeel

8.1 Het Vakcollege en VLL spreken af dat de medezeggenschapsraad van het Vakcollege en de studentenraad van VLL een gezamenlijke routecommissie instellen met twee leerlingen uit de vo-fase, twee studenten uit de mbo-fase, twee ouders en twee docenten. De routecommissie adviseert elk jaar over het PTA/OER en over de jaarverantwoording.

8.2 Een besluit tot wijziging of opzegging van deze overeenkomst wordt pas genomen nadat de medezeggenschapsraad en de studentenraad in de gelegenheid zijn gesteld advies uit te brengen.

## 9 Als wij het niet eens worden

Meningsverschillen over de uitvoering bespreken eerst de routeleiders. Lukt het hen binnen drie weken niet, dan overleggen de beide besturen. Is er na vier weken nog geen oplossing, dan vragen de besturen een gezamenlijk gekozen onafhankelijke deskundige om bindend advies. Op deze overeenkomst is Nederlands recht van toepassing.

## 10 Instappen, aanpassen en stoppen

10.1 Deze overeenkomst loopt vanaf 1 augustus 2025 voor onbepaalde tijd.

10.2 Een andere vmbo-school of mbo-instelling kan instappen als beide partijen schriftelijk instemmen, de nieuwe partner een leerroute in een aanverwant profiel of domein kan bieden en de overeenkomst ondertekent. Instappen kan alleen per 1 augustus; de melding in RIO doen alle partijen samen.

10.3 Aanpassen gebeurt schriftelijk, met handtekening van beide besturen. Een aanpassing geldt vanaf het volgende schooljaar en verandert niets aan het diploma waarvoor een leerling die al in de route zit, heeft gekozen.

10.4 Stoppen kan schriftelijk, met een opzegtermijn van twaalf maanden, per 1 augustus. Na opzegging start er geen nieuwe groep meer. Leerlingen die al in de route zitten, maken die af; partijen blijven daarvoor hun verplichtingen nakomen, ook als de overeenkomst wegens een tekortkoming wordt ontbonden.

Venlo, 26 juni 2025

dr. H.G.M. Janssen, voorzitter raad van bestuur Stichting Onderwijsgroep Maas en Peel

E.T. Peeters MBA, bestuurder Stichting Vakcollege Logistiek Limburg

## Bijlage 1 Programma per leerjaar

### Routejaar 1 (leerjaar 3 vmbo)

Vmbo: Nederlands, Engels, wiskunde, maatschappijleer, LO, profielvak Mobiliteit en transport, keuzevak Logistiek. Mbo: kennismaking met het beroep, basis warehousing, veiligheid (VCA-basis). Toetsing: schoolexamen vmbo volgens PTA; mbo-voortgangstoetsen. Bpv: drie snuffeldagen bij een leerbedrijf.

### Routejaar 2 (leerjaar 4 vmbo)

Vmbo: centraal examen kader, afronding schoolexamen. Mbo: voorraadbeheer, orderpicking, heftruckcertificaat. Bpv: twee weken meeloopstage.

### Routejaar 3 (mbo jaar 1)

Mbo: transportplanning, klantcontact, teamleiderschap deel 1, keuzedeel Engels in de logistiek. Bpv: tien weken.

### Routejaar 4 (mbo jaar 2)

Mbo: teamleiderschap deel 2, procesverbetering (lean), keuzedeel Duurzame logistiek. Bpv: twintig weken. Proeve van bekwaamheid en diplomering.

## Bijlage 2 Betaling van de bijdrage

Peildatum voor het aantal leerlingen is 1 oktober. Het Vakcollege betaalt de bijdrage van artikel 7 in twee termijnen: 60 procent vóór 1 december en 40 procent vóór 1 mei. VLL verantwoordt de besteding in de jaarverantwoording van artikel 3.
""")

sample(470, "markdown_zorg_zeeuwsvlaanderen", "md",
       "Markdown SOK with numbered headings, Zeeuws-Vlaanderen, Z&W kb -> mbo-3 verzorgende-IG; no funding "
       "transfer; defects: overstap imposes vooropleidingseisen within the same instelling, no toetreding "
       "clause; medezeggenschap only describes the law",
       P(a="present", b="present", c="present", d="present", e="present", f="weak", g="present",
         h="not_applicable", i="present", j="weak"),
       P(a="2. De route", b="7. Zorgorganisaties", c="3. Regie op de route",
         d="4. Verantwoording", e="5. Organisatie en onderwijs", g="8. Financiële afspraken",
         i="10. Geschillen"),
       """
# Samenwerkingsovereenkomst Zorgroute Zeeuws-Vlaanderen

Doorlopende leerroute vmbo kader Zorg en welzijn naar mbo Verzorgende-IG (niveau 3)

## 1. Partijen

1. **Stichting Openbaar en Algemeen Bijzonder Voortgezet Onderwijs Zeeuws-Vlaanderen**, gevestigd te Terneuzen, bevoegd gezag van Vakcollege Scheldeoever, vertegenwoordigd door de heer W.F. de Kraker, voorzitter van het college van bestuur (hierna: de vo-school);

2. **Stichting ROC Zeeland-Zuid**, gevestigd te Terneuzen, bevoegd gezag van Zuidwesthaven College, vertegenwoordigd door mevrouw M.A. van Hoeve-Dieleman, voorzitter van het college van bestuur (hierna: het ROC).

Partijen hebben in de schooljaren 2022-2023 en 2023-2024 een pilot zorgroute uitgevoerd en leggen de samenwerking nu vast volgens artikel 2.107b WVO 2020 en artikel 9.1.3 WEB.

## 2. De route

2.1 De route verbindt de kaderberoepsgerichte leerweg, profiel Zorg en welzijn, van de vo-school met de mbo-opleiding Verzorgende-IG, niveau 3, kwalificatiedossier Verzorgende-IG, domein Zorg en welzijn, BOL, van het ROC.

2.2 De route duurt vier jaar vanaf leerjaar 3. Het vmbo-examen wordt afgenomen in routejaar 2 en valt onder verantwoordelijkheid van de vo-school.

2.3 Partijen melden de route samen aan bij de Minister via RIO.

## 3. Regie op de route

3.1 De regie ligt bij een routeteam dat bestaat uit de teamleider zorg en welzijn van de vo-school, de opleidingsmanager Zorg van het ROC en een routecoördinator uit het docententeam.

3.2 De teamleider en de opleidingsmanager worden aangewezen door het college van bestuur van hun eigen organisatie. De routecoördinator wordt door beide colleges gezamenlijk benoemd op voordracht van het routeteam.

3.3 Het routeteam heeft de volgende taken en bevoegdheden, die de colleges van bestuur aan het routeteam opdragen: opstellen van het jaarprogramma en het PTA/OER, beslissen over toelating tot de route, inzetten van docenten binnen de toegewezen formatie, beheren van het routebudget tot de goedgekeurde begroting, en onderhouden van de contacten met de zorgorganisaties. Besluiten over personeel, huisvesting en begroting blijven bij de colleges van bestuur.

## 4. Verantwoording

4.1 Het routeteam brengt ieder jaar in oktober een schriftelijk verslag uit aan beide colleges van bestuur over in- en uitstroom, studiesucces, bpv, inzet van personeel en uitgaven.

4.2 Halverwege het schooljaar, in februari, vindt een voortgangsgesprek plaats tussen het routeteam en een lid van elk college van bestuur.

## 5. Organisatie en onderwijs

5.1 In routejaar 1 en 2 volgen leerlingen hun lessen op de vo-school aan de Oude Vaart in Terneuzen; de praktijkvakken zorg worden één dag per week gegeven in het skillslab van het ROC. Vanaf routejaar 3 volgen zij hun opleiding bij het ROC en in de bpv.

5.2 De praktijklessen worden gegeven door een docententeam van twee docenten verpleegkunde van het ROC en twee docenten Z&W van de vo-school. Voor het vakoverstijgende project Zorg in de wijk wordt de teambevoegdheid toegepast; een bevoegde docent per onderdeel blijft verantwoordelijk. De docenten blijven in dienst van hun eigen werkgever.

5.3 Het ROC stelt het skillslab, de demonstratiepoppen en het oefenmateriaal beschikbaar. De vo-school stelt de praktijklokalen verzorging en koken en de gymzaal beschikbaar.

5.4 Het onderwijsprogramma, de examinering en de bpv per leerjaar worden beschreven in het gezamenlijke PTA/OER.

## 6. Overstap

6.1 Een leerling die in routejaar 1 of 2 de route beëindigt, gaat verder in de reguliere kaderberoepsgerichte leerweg van de vo-school en kan daar het vmbo-diploma behalen.

6.2 Een leerling die na routejaar 2 zijn vmbo-diploma niet heeft behaald, kan het examenjaar overdoen. Wil hij in plaats daarvan naar een andere opleiding van het ROC, zoals Helpende zorg en welzijn (niveau 2) of Pedagogisch medewerker (niveau 3), dan gelden de gewone toelatingseisen van het ROC en moet hij eerst het vmbo-diploma behalen.

6.3 Een student die in de mbo-fase een andere richting wil, kan overstappen naar een andere opleiding op niveau 3 van het ROC.

6.4 Over de overstap beslissen de vo-school en het ROC samen, na overleg met de leerling en zijn ouders, op basis van het bereikte niveau en de leeftijd van de leerling.

## 7. Zorgorganisaties

7.1 Bij de route zijn betrokken: Zorgsaam Zeeuws-Vlaanderen, Stichting Warmande en Thuiszorg West-Zeeuws-Vlaanderen. Zij zijn erkend leerbedrijf.

7.2 De zorgorganisaties bieden in routejaar 1 en 2 ieder jaar een snuffelstage van een week, vanaf routejaar 3 bpv-plaatsen, en leveren praktijkbegeleiders die meebeoordelen bij de examens. Twee keer per jaar overleggen zij met het routeteam over de inhoud van het programma en de aansluiting op de zorgpraktijk.

## 8. Financiële afspraken

Partijen dragen geen bekostiging aan elkaar over. Ieder draagt de eigen kosten.

## 9. Medezeggenschap

Voor leerlingen in de vo-fase en hun ouders, en voor het personeel van de vo-school, geldt de Wet medezeggenschap op scholen. Voor studenten in de mbo-fase geldt de WEB en voor het personeel van het ROC de Wet op de ondernemingsraden. Partijen kunnen aanvullende afspraken maken over de medezeggenschap.

## 10. Geschillen

Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst voorgelegd aan het routeteam en daarna aan de voorzitters van beide colleges van bestuur. Als zij binnen zes weken geen oplossing vinden, wordt het geschil voorgelegd aan een mediator. Als ook mediation niet tot een oplossing leidt, is de rechtbank Zeeland-West-Brabant bevoegd.

## 11. Duur, wijziging en beëindiging

11.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

11.2 Wijzigingen worden schriftelijk vastgelegd en door beide partijen ondertekend. Een wijziging gaat in bij het begin van een nieuw schooljaar.

11.3 Iedere partij kan de overeenkomst schriftelijk opzeggen met een opzegtermijn van een jaar, tegen 1 augustus. Leerlingen die op dat moment in de route zitten, kunnen de route bij partijen afmaken. Na de opzegging worden geen nieuwe leerlingen toegelaten.

Terneuzen, 30 juni 2025

W.F. de Kraker, voorzitter college van bestuur

M.A. van Hoeve-Dieleman, voorzitter college van bestuur
""")


sample(471, "kort_ict_gooivecht", "pdf",
       "Very short one-page SOK, Gooi en Vechtstreek, MVI kb -> mbo-3 IT systems and devices; defects: "
       "bedrijfsleven only in the considerans, nothing on finances, medezeggenschap left as a dotted template line",
       P(a="present", b="missing", c="present", d="present", e="present", f="present", g="missing",
         h="weak", i="present", j="present"),
       P(a="1. Route", c="2. Leiding", d="3. Verantwoording", e="4. Uitvoering", f="5. Overstap",
         i="7. Geschillen", j="8. Duur en wijziging"),
       """
# Samenwerkingsovereenkomst doorlopende leerroute ICT Hilversum

Stichting Voortgezet Onderwijs Gooi en Vechtstreek (bevoegd gezag van het Mediacollege Hilversum, vmbo), vertegenwoordigd door mr. D.J. Boomsma, bestuurder, en Stichting ROC Gooi-Vecht (bevoegd gezag van Vecht Vakschool ICT), vertegenwoordigd door drs. I. Wattimena, voorzitter college van bestuur,

overwegende dat partijen het regionale bedrijfsleven nauw willen betrekken bij de opleiding van ICT-talent,

komen overeen:

## 1. Route

Profiel Media, vormgeving en ICT, kaderberoepsgerichte leerweg, naar de opleiding Allround medewerker IT systems and devices, niveau 3 (kwalificatiedossier IT systems and devices, domein ICT en creatieve industrie), BOL. Start leerjaar 3; vmbo-examen in routejaar 2. Gezamenlijke melding via RIO.

## 2. Leiding

Een routecoördinator (docent ROC) en de afdelingsleider kader (vmbo) leiden de route. Ieder bestuur wijst zijn eigen lid aan; de coördinator wordt door beide besturen samen benoemd. Zij stellen rooster en PTA/OER op, verdelen lessen, beslissen over toelating en beheren het routebudget; personele en financiële besluiten daarboven nemen de besturen.

## 3. Verantwoording

Jaarlijks vóór 1 november een schriftelijk verslag (in-, door- en uitstroom, resultaten, inzet) aan beide besturen, besproken in een bestuurlijk overleg in november.

## 4. Uitvoering

Vo-fase op het Mediacollege, met twee dagdelen per week in het ICT-lab van het ROC; mbo-fase bij het ROC. Twee ICT-docenten van het ROC en de MVI-docent van het Mediacollege vormen één team (teambevoegdheid voor de ICT-modules, per onderdeel een bevoegde docent); iedereen blijft bij de eigen werkgever in dienst. Het ROC stelt het ICT-lab en de serverruimte beschikbaar, het Mediacollege zijn computerlokalen. Programma en examinering per leerjaar: PTA/OER.

## 5. Overstap

Uitval in routejaar 1-2: regulier vmbo kader op het Mediacollege. Geen vmbo-diploma na routejaar 2: overdoen of zonder dat diploma door naar de mbo-fase of een andere niveau 2- of 3-opleiding van het ROC, zonder vooropleidingseis. Andere richting in de mbo-fase: andere opleiding op niveau 3 bij het ROC of elders na geschiktheidsonderzoek. Het Mediacollege en het ROC beslissen samen met leerling en ouders, naar bereikt niveau en leeftijd.

## 6. Medezeggenschap (optioneel)

..................................................................................

## 7. Geschillen

Eerst de leiding, dan de besturen (binnen zes weken), daarna mediation; lukt dat niet, dan de bevoegde rechter te Amsterdam.

## 8. Duur en wijziging

Ingang 1 augustus 2025, onbepaalde tijd. Toetreding van een andere school of instelling met schriftelijke instemming van beide partijen, per 1 augustus. Wijziging alleen schriftelijk door beide besturen, niet voor leerlingen al in de route. Opzegging schriftelijk, twaalf maanden tegen 1 augustus; lopende leerlingen ronden de route af, geen nieuwe instroom.

Hilversum, 1 juli 2025 - D.J. Boomsma / I. Wattimena
""")

sample(472, "juridisch_retail_eemland", "docx",
       "Formal legalistic SOK with definitions and combined articles (leiding+verantwoording in one article), "
       "Eemland/Amersfoort, E&O gl -> mbo-4 ondernemer retail; silent on medezeggenschap; otherwise fully compliant",
       P(a="present", b="present", c="present", d="present", e="present", f="present", g="present",
         h="not_applicable", i="present", j="present"),
       P(a="Artikel 2 Voorwerp van de overeenkomst", b="Artikel 7 Participatie van het georganiseerde bedrijfsleven",
         c="Artikel 4 Bestuur van de leerroute en rekenschap", d="Artikel 4 Bestuur van de leerroute en rekenschap",
         e="Artikel 5 Onderwijskundige en organisatorische vormgeving",
         f="Artikel 6 Voortzetting van de schoolloopbaan bij beëindiging van de deelname",
         g="Artikel 8 Financiële bepalingen", i="Artikel 10 Beslechting van geschillen",
         j="Artikel 11 Toetreding, duur, wijziging en beëindiging"),
       """
# Overeenkomst tot samenwerking inzake de doorlopende leerroute Retail Eemland

DE ONDERGETEKENDEN:

1. de stichting Stichting Interconfessioneel Voortgezet Onderwijs Eemland, statutair gevestigd te Amersfoort, kantoorhoudende aan de Kapelweg 12 te (3818 BS) Amersfoort, ingeschreven in het handelsregister onder nummer 41188530, in deze rechtsgeldig vertegenwoordigd door haar voorzitter van het college van bestuur, de heer drs. B.C. van Leeuwen, in haar hoedanigheid van bevoegd gezag van de Vathorst Scholengemeenschap, afdeling vmbo, hierna te noemen: "de School";

2. de stichting Stichting Regionaal Opleidingencentrum Eemland-Gelderse Vallei, statutair gevestigd te Amersfoort, in deze rechtsgeldig vertegenwoordigd door de voorzitter van haar college van bestuur, mevrouw mr. J.K. Aydın-Veldhuizen, hierna te noemen: "het ROC";

hierna gezamenlijk te noemen: "Partijen" en ieder afzonderlijk: "Partij";

IN AANMERKING NEMENDE DAT:

a. Partijen in de regio Eemland jongeren een ononderbroken leerweg naar een diploma op middenkaderniveau in de detailhandel willen bieden;

b. artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs voorschrijven dat een doorlopende leerroute vmbo-mbo wordt verzorgd op grond van een samenwerkingsovereenkomst;

c. Partijen hun afspraken daartoe in deze overeenkomst wensen vast te leggen;

KOMEN OVEREEN ALS VOLGT:

## Artikel 1 Definities

In deze overeenkomst en de daarbij behorende bijlagen wordt verstaan onder:

- Leerroute: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2;
- Deelnemer: een leerling van de School of een student van het ROC die aan de Leerroute deelneemt;
- Routedirectie: het orgaan als bedoeld in artikel 4;
- Gezamenlijk examenreglement: het programma van toetsing en afsluiting en de onderwijs- en examenregeling van de Leerroute;
- Schooljaar: de periode van 1 augustus tot en met 31 juli.

## Artikel 2 Voorwerp van de overeenkomst

2.1 Partijen verzorgen gezamenlijk een Leerroute die aanvangt in het derde leerjaar van de gemengde leerweg van de School, profiel Economie en ondernemen, en die leidt tot het diploma van de middenkaderopleiding Ondernemer retail, niveau 4, kwalificatiedossier Ondernemer retail, domein Handel, in de beroepsopleidende leerweg van het ROC.

2.2 De Deelnemer legt het eindexamen gemengde leerweg af in het tweede jaar van de Leerroute. De totale cursusduur van de Leerroute bedraagt vijf jaren.

2.3 Partijen doen binnen zes weken na ondertekening gezamenlijk melding van de Leerroute aan de Minister van Onderwijs, Cultuur en Wetenschap door registratie in RIO.

## Artikel 3 Inschrijving

Gedurende de eerste twee jaren van de Leerroute staat de Deelnemer ingeschreven bij de School. Met ingang van het derde jaar wordt hij ingeschreven als student van het ROC. Indien de Deelnemer op dat moment het vmbo-diploma nog niet heeft behaald, blijft de School verantwoordelijk voor de afronding van het eindexamen.

## Artikel 4 Bestuur van de leerroute en rekenschap

4.1 De leiding over de Leerroute wordt uitgeoefend door een Routedirectie, samengesteld uit de afdelingsdirecteur vmbo van de School en de directeur van het College Handel en Ondernemen van het ROC.

4.2 De leden van de Routedirectie worden door het college van bestuur van de Partij waartoe zij behoren bij schriftelijk besluit aangewezen; het college van bestuur van de andere Partij wordt vooraf gehoord.

4.3 De colleges van bestuur dragen aan de Routedirectie op de dagelijkse leiding, de vaststelling van de jaarplanning en het lesrooster, de voorbereiding van het Gezamenlijk examenreglement, de beslissing op verzoeken tot toelating, de verdeling van de beschikbare formatie over de onderwijsactiviteiten en het aangaan van overeenkomsten met leerbedrijven. De Routedirectie is niet bevoegd Partijen te verbinden tot uitgaven buiten de vastgestelde routebegroting.

4.4 De Routedirectie brengt jaarlijks, uiterlijk op 1 december, aan beide colleges van bestuur schriftelijk verslag uit van de uitvoering van de Leerroute in het voorafgaande Schooljaar, onder vermelding van in-, door- en uitstroomcijfers, examenresultaten, de inzet van personeel en middelen en de afwikkeling van klachten. Het verslag wordt besproken in het eerstvolgende halfjaarlijkse bestuurlijke overleg van Partijen. De Routedirectie verstrekt voorts op eerste verzoek van een college van bestuur alle inlichtingen die dat college behoeft.

## Artikel 5 Onderwijskundige en organisatorische vormgeving

5.1 Het onderwijs in de eerste twee jaren van de Leerroute wordt verzorgd in het gebouw van de School te Amersfoort-Vathorst, met uitzondering van één dag per week, waarop de Deelnemers onderwijs volgen in de leerwinkel van het ROC aan de Hogeweg te Amersfoort. Vanaf het derde jaar wordt het onderwijs verzorgd door het ROC en in de beroepspraktijkvorming.

5.2 Partijen stellen voor de Leerroute een gezamenlijk team van leraren en docenten samen. Het ROC zet in de eerste twee jaren twee docenten retail en een docent ondernemerschap in, ieder voor ten minste vier lesuren per week; de School zet haar leraren economie en Engels ook in het derde jaar in. Voor de vakoverstijgende modules Retailconcept en Eigen webwinkel wordt gebruik gemaakt van de mogelijkheden van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, met dien verstande dat voor ieder programmaonderdeel een daartoe bevoegde docent verantwoordelijk is. Het personeel blijft in dienst van de Partij die werkgever is.

5.3 Partijen stellen elkaar om niet hun faciliteiten ter beschikking voor zover nodig voor de Leerroute, in het bijzonder de leerwinkel, de kassasystemen en de fotostudio van het ROC en de vaklokalen economie en de mediatheek van de School.

5.4 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar zijn vastgelegd in het Gezamenlijk examenreglement, dat jaarlijks vóór 1 oktober door beide colleges van bestuur wordt vastgesteld.

5.5 De klachtenregeling van ieder van Partijen is mede van toepassing op gedragingen van personeel van de andere Partij in het kader van de Leerroute.

## Artikel 6 Voortzetting van de schoolloopbaan bij beëindiging van de deelname

6.1 Indien de deelname van een Deelnemer aan de Leerroute wordt beëindigd voordat hij deze met goed gevolg heeft doorlopen, stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te behalen dat past bij het door hem bereikte onderwijsniveau en zijn leeftijd.

6.2 Partijen hanteren daarbij de volgende kaders:

a. bij beëindiging in het eerste of tweede jaar zet de Deelnemer zijn opleiding voort in de gemengde of de kaderberoepsgerichte leerweg van de School, met het oog op het behalen van het vmbo-diploma;

b. indien de Deelnemer aan het einde van het tweede jaar het vmbo-diploma niet heeft behaald, kan hij het examenjaar herhalen dan wel zonder dat diploma worden toegelaten tot de Leerroute in het mbo of tot een andere opleiding van het ROC op niveau 3 of 4, waarbij de vooropleidingseisen niet worden tegengeworpen;

c. bij een gewenste wisseling van richting in de mbo-fase wordt de Deelnemer een plaats geboden in een andere opleiding van het ROC op hetzelfde niveau, dan wel begeleid naar een andere instelling, die hem kan toelaten na een onderzoek naar zijn geschiktheid.

6.3 Het oordeel over het bereikte onderwijsniveau en over de meest passende voortzetting wordt door de School en het ROC gezamenlijk gegeven, nadat de Deelnemer en, indien minderjarig, zijn ouders zijn gehoord.

## Artikel 7 Participatie van het georganiseerde bedrijfsleven

7.1 Partijen hebben de Leerroute ontwikkeld met de Ondernemersvereniging Binnenstad Amersfoort en het Winkelcentrum Vathorst en voeren haar uit in samenwerking met ten minste tien erkende leerbedrijven in de detailhandel uit de regio Eemland.

7.2 De betrokken ondernemers verbinden zich jegens Partijen in een afzonderlijke intentieverklaring tot het leveren van stage- en bpv-plaatsen vanaf het tweede jaar, tot het jaarlijks inbrengen van ten minste drie ondernemersopdrachten en tot deelname aan de beoordeling van de proeve van bekwaamheid. Een beroepenveldcommissie, waarin drie ondernemers zitting hebben, adviseert de Routedirectie jaarlijks vóór 1 maart over het onderwijsprogramma.

## Artikel 8 Financiële bepalingen

8.1 Partijen dragen geen deel van hun bekostiging aan elkaar over als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB.

8.2 Iedere Partij draagt de kosten van het door haar ingezette personeel en van haar faciliteiten.

## Artikel 9 Persoonsgegevens

Partijen verwerken persoonsgegevens van Deelnemers uitsluitend voor zover noodzakelijk voor de uitvoering van de Leerroute en met inachtneming van de Algemene verordening gegevensbescherming.

## Artikel 10 Beslechting van geschillen

10.1 Ieder geschil tussen Partijen over de uitleg of de uitvoering van deze overeenkomst wordt eerst voorgelegd aan de Routedirectie en, indien dat niet binnen vier weken tot een oplossing leidt, aan de voorzitters van de colleges van bestuur.

10.2 Indien de voorzitters het geschil niet binnen zes weken in der minne oplossen, wordt het beslecht door arbitrage overeenkomstig het Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter; de plaats van arbitrage is Amersfoort.

## Artikel 11 Toetreding, duur, wijziging en beëindiging

11.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en is aangegaan voor onbepaalde tijd.

11.2 Een andere school voor voortgezet onderwijs of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden indien Partijen daarmee schriftelijk instemmen en de toetredende partij schriftelijk verklaart de rechten en verplichtingen uit deze overeenkomst te aanvaarden. Toetreding geschiedt met ingang van een Schooljaar.

11.3 Wijziging van deze overeenkomst geschiedt uitsluitend bij schriftelijke, door beide Partijen ondertekende akte en treedt niet eerder in werking dan met ingang van het eerstvolgende Schooljaar.

11.4 Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen het einde van een Schooljaar met inachtneming van een opzegtermijn van ten minste twaalf maanden. Iedere Partij kan deze overeenkomst voorts ontbinden indien de andere Partij ernstig tekortschiet en na ingebrekestelling niet binnen een redelijke termijn alsnog nakomt.

11.5 Bij toetreding, wijziging, opzegging en ontbinding dragen Partijen er zorg voor dat de gevolgen voor de Deelnemers zo beperkt mogelijk blijven. Deelnemers die vóór de datum van beëindiging aan de Leerroute zijn begonnen, worden in staat gesteld de Leerroute bij Partijen af te ronden; na opzegging worden geen nieuwe Deelnemers meer toegelaten.

## Artikel 12 Slotbepaling

Op deze overeenkomst is Nederlands recht van toepassing.

Aldus overeengekomen en in tweevoud ondertekend te Amersfoort op 27 juni 2025.

Stichting Interconfessioneel Voortgezet Onderwijs Eemland, drs. B.C. van Leeuwen

Stichting Regionaal Opleidingencentrum Eemland-Gelderse Vallei, mr. J.K. Aydın-Veldhuizen
""")


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv if a.isdigit()]
    for s in SAMPLES:
        if not nums or s["num"] in nums:
            build(s)


if __name__ == "__main__":
    main(sys.argv[1:])
