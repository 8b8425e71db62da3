#!/usr/bin/env python3
"""Build held-out sample agreements h449-h456 for leerroute-check.

Written by an independent helper session (set 29b). The texts were composed from the two official
guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen overstapoptie), /work/shared/domain.md
and sample_agreements/LABELS.md only, without looking at checker code, models, tests, benchmarks or the
texts of any other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout29b.py            build all
    python3 build_heldout29b.py 449 452    build only those numbers
    python3 build_heldout29b.py --check    verify the produced files
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

# Block types used in the agreement texts:
#   ("T", text)          title
#   ("S", text)          subtitle / centred line
#   ("H", text)          heading level 1
#   ("H2", text)         heading level 2
#   ("P", text)          paragraph
#   ("L", text)          indented list item (numbering is part of the text)
#   ("R", bold, text)    paragraph with bold run-in title
#   ("B", text)          bold paragraph (used as a heading in some documents)
#   ("SIG", [lines])     signature block (lines)

AGREEMENTS = {}


def agreement(num, name, fmt, description, statuses, evidence, blocks, style=None):
    AGREEMENTS[num] = dict(num=num, name=name, fmt=fmt, description=description,
                           statuses=statuses, evidence=evidence, blocks=blocks, style=style or {})


# ---------------------------------------------------------------------------------------------
# h449 - PDF - renewal that restates only what changed, dienstverlening en veiligheid
# ---------------------------------------------------------------------------------------------
agreement(
    449, "h449_verlengingsakte_waterland", "pdf",
    "Verlengingsakte (PDF) in twee delen: gewijzigde bepalingen volledig opnieuw vastgesteld, overige "
    "herbevestigd; Zaanstreek-Waterland, D&P kb met veiligheidskeuzevakken -> Coordinator beveiliging / "
    "Handhaver toezicht en veiligheid niveau 3; volledig in orde, overdracht per leerling, extra studentenraadzetel.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "A1. Route en uitstroom (vervangt artikel 2 van de overeenkomst 2021)",
     "b": "B1. Betrokkenheid van het werkveld (artikel 3 van de overeenkomst 2021)",
     "c": "A2. Routeteam (vervangt artikel 5 van de overeenkomst 2021)",
     "d": "A3. Informatie en verantwoording (vervangt artikel 6 van de overeenkomst 2021)",
     "e": "B2. Inrichting, personeel en voorzieningen (artikelen 4 en 7 van de overeenkomst 2021)",
     "f": "B3. Overstapmogelijkheden (artikel 8 van de overeenkomst 2021)",
     "g": "A4. Bekostiging (vervangt artikel 9 van de overeenkomst 2021)",
     "h": "A5. Medezeggenschap (nieuw artikel 10a)",
     "i": "B4. Geschillen (artikel 12 van de overeenkomst 2021)",
     "j": "A6. Nieuwe deelnemers, opzegging en wijziging (vervangt artikelen 13 en 14 van de overeenkomst 2021)"},
    [
        ("T", "VERLENGINGSAKTE"),
        ("S", "bij de Samenwerkingsovereenkomst doorlopende leerroute Veiligheid vmbo-mbo Zaanstreek-Waterland (2021)"),
        ("S", "Tweede looptijd: 1 augustus 2025 tot en met 31 juli 2029"),
        ("P", "De ondergetekenden:"),
        ("L", "1. Stichting Openbaar Voortgezet Onderwijs Waterland, statutair gevestigd te Purmerend, bevoegd gezag "
              "van het Beemsterpoort College (vmbo), rechtsgeldig vertegenwoordigd door mevrouw drs. H.M. Kuijt, "
              "voorzitter van het college van bestuur, hierna: de school;"),
        ("L", "2. Stichting Regionaal Opleidingencentrum Zaanwerf, statutair gevestigd te Zaandam, bevoegd gezag van "
              "ROC Zaanwerf, rechtsgeldig vertegenwoordigd door de heer R. el Idrissi MBA, lid van het college van "
              "bestuur, hierna: het ROC;"),
        ("P", "hierna samen: partijen."),
        ("H", "Aanleiding en opzet van deze akte"),
        ("P", "Partijen hebben op 14 juni 2021 een samenwerkingsovereenkomst gesloten voor de doorlopende leerroute van "
              "het profiel Dienstverlening en producten (kaderberoepsgerichte leerweg) naar de mbo-opleiding "
              "Coördinator beveiliging (hierna: de overeenkomst 2021). Die overeenkomst loopt af op 31 juli 2025. De "
              "evaluatie over de schooljaren 2021-2022 tot en met 2023-2024 (rapport 'Drie cohorten Veiligheidsroute', "
              "maart 2025) is door beide colleges van bestuur besproken. Partijen zetten de route voort en passen haar "
              "op een aantal punten aan."),
        ("P", "Deze akte bestaat daarom uit twee delen. Deel A stelt de bepalingen die wijzigen in hun geheel opnieuw "
              "vast; zij vervangen de genoemde artikelen van de overeenkomst 2021. Deel B herbevestigt de bepalingen "
              "die inhoudelijk gelijk blijven en neemt hun kern over, zodat deze akte op zichzelf leesbaar is. Waar "
              "deze akte en de overeenkomst 2021 uiteenlopen, gaat deze akte voor."),
        ("H", "Deel A – Gewijzigde bepalingen"),
        ("H2", "A1. Route en uitstroom (vervangt artikel 2 van de overeenkomst 2021)"),
        ("P", "Met ingang van het schooljaar 2025-2026 kent de route twee uitstroomrichtingen. In de vo-fase volgen de "
              "leerlingen het profiel Dienstverlening en producten in de kaderberoepsgerichte leerweg, met de "
              "beroepsgerichte keuzevakken Mens en veiligheid, Voorkomen van ongevallen en EHBO en Evenementen. In de "
              "mbo-fase volgen zij, binnen het opleidingsdomein Veiligheid en sport, een van de volgende "
              "vakopleidingen op niveau 3 (bol):"),
        ("L", "a. Coördinator beveiliging (kwalificatiedossier Beveiliging) – bestaande uitstroom;"),
        ("L", "b. Handhaver toezicht en veiligheid (kwalificatiedossier Handhaving, toezicht en veiligheid) – nieuw "
              "vanaf het cohort dat in augustus 2025 start."),
        ("P", "De leerling kiest tussen a en b uiterlijk in april van het tweede routejaar, na een loopbaangesprek met "
              "de mentor en de studieloopbaanbegeleider van het ROC."),
        ("H2", "A2. Routeteam (vervangt artikel 5 van de overeenkomst 2021)"),
        ("P", "De functie van de ene routecoördinator uit de overeenkomst 2021 gaat op in een routeteam. Het routeteam "
              "bestaat uit de teamleider bovenbouw D&P van de school, de opleidingsmanager Veiligheid van het ROC en "
              "een routecoördinator. De teamleider en de opleidingsmanager worden door hun eigen college van bestuur "
              "in het routeteam aangewezen. De routecoördinator wordt door beide colleges van bestuur gezamenlijk "
              "benoemd, op voordracht van de twee andere leden, voor drie schooljaren; één herbenoeming is mogelijk."),
        ("P", "Het routeteam heeft de dagelijkse leiding over de route. Het stelt jaarlijks het routeplan en de roosters "
              "vast, verdeelt de inzet van de docenten binnen de formatie die partijen ter beschikking stellen, "
              "beslist over de toelating van leerlingen, bewaakt het gezamenlijk PTA/OER en neemt de beslissingen over "
              "de overstap van individuele leerlingen (B3). Het routeteam mag binnen het vastgestelde routebudget "
              "verplichtingen aangaan tot € 10.000 per geval. Hogere verplichtingen, wijziging van de "
              "uitstroomrichtingen en besluiten over benoeming en ontslag van personeel blijven voorbehouden aan de "
              "colleges van bestuur."),
        ("H2", "A3. Informatie en verantwoording (vervangt artikel 6 van de overeenkomst 2021)"),
        ("P", "Het routeteam legt twee keer per schooljaar schriftelijk verantwoording af aan beide colleges van "
              "bestuur: in februari met een beknopte voortgangsnotitie (instroom, verzuim, tussentijdse uitval, stand "
              "van het routebudget) en uiterlijk 1 oktober met een jaarverslag over het afgelopen schooljaar, dat ook "
              "de examenresultaten en de overstappen bevat. Het jaarverslag wordt besproken in het bestuurlijk overleg "
              "dat partijen ieder jaar in oktober houden. Beide colleges van bestuur kunnen daarnaast altijd "
              "inlichtingen vragen; het routeteam verstrekt die binnen tien werkdagen."),
        ("H2", "A4. Bekostiging (vervangt artikel 9 van de overeenkomst 2021)"),
        ("P", "Onder de overeenkomst 2021 droeg iedere partij haar eigen kosten. Vanaf 1 augustus 2025 draagt de school, "
              "met toepassing van artikel 5.42a WVO 2020, voor iedere leerling die op 1 oktober in het eerste of "
              "tweede routejaar staat ingeschreven € 1.150 per schooljaar over aan het ROC. Dit bedrag is bestemd "
              "voor de inzet van mbo-docenten Veiligheid in de vo-fase (ongeveer vier lesuren per week per groep) en "
              "voor het gebruik van het oefencentrum Toezicht & Handhaving van het ROC. Het ROC factureert in twee "
              "termijnen, in december en in mei. Het ROC draagt geen bekostiging over aan de school."),
        ("H2", "A5. Medezeggenschap (nieuw artikel 10a)"),
        ("P", "Bovenop de wettelijke regels spreken partijen het volgende af. Leerlingen in het eerste en tweede "
              "routejaar, die nog bij de school staan ingeschreven, mogen met één vertegenwoordiger deelnemen aan de "
              "studentenraad van het college Veiligheid & Sport van het ROC, met dezelfde rechten als de andere "
              "leden. Het jaarverslag uit A3 gaat ter kennisname naar de medezeggenschapsraad van de school en naar "
              "die studentenraad. Een voorgenomen wijziging van de uitstroomrichtingen of van de overdracht uit A4 "
              "leggen partijen voor advies voor aan beide organen voordat zij erover besluiten."),
        ("H2", "A6. Nieuwe deelnemers, opzegging en wijziging (vervangt artikelen 13 en 14 van de overeenkomst 2021)"),
        ("P", "Toetreding. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot de "
              "overeenkomst toetreden als (1) zij een schriftelijk verzoek richt aan beide colleges van bestuur, (2) "
              "zij het gezamenlijk PTA/OER en de overstapafspraken uit B3 overneemt, (3) alle partijen schriftelijk "
              "instemmen en (4) de toetreding ingaat op 1 augustus, zodat lopende groepen niet midden in een "
              "schooljaar veranderen. De toetreding wordt vastgelegd in een addendum dat alle partijen ondertekenen; "
              "iedere deelnemende school meldt haar deelname bij DUO."),
        ("P", "Opzegging en ontbinding. Een partij kan de overeenkomst alleen opzeggen tegen 1 augustus, met een "
              "termijn van ten minste twaalf maanden, bij aangetekende brief. Na opzegging stroomt geen nieuw cohort "
              "meer in. Leerlingen en studenten die op het moment van opzegging al in de route zitten, maken de route "
              "af bij dezelfde partijen en onder dezelfde voorwaarden; de overeenkomst blijft voor hen van kracht tot "
              "de laatste van hen de route heeft afgerond of met toepassing van B3 is overgestapt. Bij ontbinding "
              "wegens een tekortkoming geldt hetzelfde."),
        ("P", "Wijziging. Deze akte en de overeenkomst 2021 kunnen alleen worden gewijzigd bij een schriftelijke akte "
              "die beide colleges van bestuur ondertekenen. Een wijziging met gevolgen voor leerlingen gaat niet "
              "eerder in dan bij het begin van het volgende schooljaar; leerlingen en ouders worden daarover vóór 1 "
              "maart geïnformeerd."),
        ("H", "Deel B – Herbevestigde bepalingen"),
        ("P", "Partijen bevestigen dat de volgende afspraken ongewijzigd van kracht blijven en verbinden zich daaraan "
              "opnieuw."),
        ("H2", "B1. Betrokkenheid van het werkveld (artikel 3 van de overeenkomst 2021)"),
        ("P", "De werkveldcommissie Veiligheid Zaanstreek-Waterland, met daarin in elk geval Waakzaam Beveiliging "
              "B.V., de afdeling Stadstoezicht van de gemeente Purmerend, evenementenbureau Zaanse Events en een "
              "adviseur van SBB, adviseert twee keer per jaar over het programma. De aangesloten organisaties bieden "
              "bpv-plaatsen en meeloopdagen aan, verzorgen per routejaar ten minste twee gastlessen en leveren "
              "assessoren voor de proeven van bekwaamheid in het derde en vierde routejaar."),
        ("H2", "B2. Inrichting, personeel en voorzieningen (artikelen 4 en 7 van de overeenkomst 2021)"),
        ("P", "De vo-fase wordt gegeven in het gebouw van de school aan de Waterlandlaan te Purmerend, de mbo-fase op "
              "de locatie van het ROC aan de Kanaaldijk te Zaandam. Het onderwijsprogramma, de examinering en de "
              "beroepspraktijkvorming per leerjaar staan in het gezamenlijk PTA/OER, dat het routeteam jaarlijks vóór "
              "1 juli ter vaststelling voorlegt aan beide colleges van bestuur."),
        ("P", "Docenten van beide partijen vormen één routeteam. Voor het vakoverstijgende onderdeel 'Veilig werken en "
              "communiceren' wordt teambevoegdheid toegepast; voor elk programmaonderdeel is ten minste één bevoegde "
              "docent betrokken en ieder teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is. "
              "Mbo-docenten geven in de vo-fase les in het gebouw van de school. Iedere partij blijft werkgever van "
              "haar eigen personeel."),
        ("P", "De school stelt een vast praktijklokaal met een opstelling voor camerabewaking ter beschikking; het ROC "
              "het oefencentrum Toezicht & Handhaving, de EHBO-oefenruimte en zijn sportaccommodatie."),
        ("H2", "B3. Overstapmogelijkheden (artikel 8 van de overeenkomst 2021)"),
        ("P", "Wie de route niet afmaakt, houdt altijd uitzicht op een diploma. Stopt een leerling in het eerste of "
              "tweede routejaar, dan gaat hij verder in de reguliere kaderberoepsgerichte leerweg Dienstverlening en "
              "producten van de school, of in een andere leerweg of een ander profiel als dat beter past, en doet hij "
              "daar eindexamen. Heeft een leerling aan het eind van het derde routejaar zijn vmbo-diploma niet, dan "
              "kan hij zonder dat diploma doorgaan in een opleiding van het ROC op niveau 2 of 3, in het domein "
              "Veiligheid en sport of in een ander domein dat beter bij hem past; de vooropleidingseisen gelden dan "
              "niet. Wil een student naar een andere instelling, dan helpen partijen bij de aanmelding en het "
              "toelatingsonderzoek daar en zorgen zij voor een warme overdracht."),
        ("P", "Welke plek past, beslissen de school en het ROC samen, op basis van het bereikte onderwijsniveau en de "
              "leeftijd van de leerling en na een gesprek met de leerling en zijn ouders. Het routeteam legt het "
              "besluit schriftelijk vast."),
        ("H2", "B4. Geschillen (artikel 12 van de overeenkomst 2021)"),
        ("P", "Een geschil over de uitvoering van de overeenkomst wordt eerst besproken in het routeteam, daarna binnen "
              "vier weken tussen de directeur van de school en de collegedirecteur van het ROC, en vervolgens in het "
              "bestuurlijk overleg. Is het geschil dan niet opgelost, dan schakelen partijen een mediator in die is "
              "ingeschreven in het register van de Mediatorsfederatie Nederland. Slaagt de mediation niet binnen drie "
              "maanden, dan kan iedere partij het geschil voorleggen aan de bevoegde rechter van de rechtbank "
              "Noord-Holland."),
        ("H2", "B5. Looptijd"),
        ("P", "Deze verlenging geldt van 1 augustus 2025 tot en met 31 juli 2029. Uiterlijk 1 februari 2029 besluiten "
              "partijen, op basis van een evaluatie, over verdere voortzetting."),
        ("P", "Aldus opgemaakt in tweevoud en ondertekend te Purmerend op 2 juli 2025."),
        ("SIG", ["Stichting Openbaar Voortgezet Onderwijs Waterland", "drs. H.M. Kuijt, voorzitter college van bestuur",
                 "", "Stichting Regionaal Opleidingencentrum Zaanwerf", "R. el Idrissi MBA, lid college van bestuur"]),
    ],
    style={"font": "Helvetica", "head_color": "#1F3A5F"},
)

# ---------------------------------------------------------------------------------------------
# h450 - DOCX - articles titled with verbs, schilderen en afbouw
# ---------------------------------------------------------------------------------------------
agreement(
    450, "h450_werkwoordartikelen_achterhoek", "docx",
    "Artikelen met werkwoorden als titel, wij-stijl (DOCX); Oost-Achterhoek, BWI kb -> Allround schilder niveau 3; "
    "defecten: bedrijfsleven alleen als streven, medezeggenschap als invul-placeholder, geschillen alleen in overleg.",
    {"a": "present", "b": "weak", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "weak", "i": "weak", "j": "present"},
    {"a": "Artikel 2 – Aanbieden", "c": "Artikel 4 – Sturen", "d": "Artikel 5 – Verantwoorden",
     "e": "Artikel 6 – Inrichten", "f": "Artikel 7 – Overstappen", "g": "Artikel 8 – Bekostigen",
     "j": "Artikel 11 – Aansluiten, stoppen en veranderen"},
    [
        ("T", "Samenwerkingsovereenkomst doorlopende leerroute Schilderen"),
        ("S", "vmbo Bouwen, wonen en interieur – mbo Allround schilder | Oost-Achterhoek"),
        ("H", "Wie tekenen"),
        ("P", "Stichting Voortgezet Onderwijs Oost-Achterhoek, bevoegd gezag van het Berkeldal College te Eibergen, "
              "vertegenwoordigd door mevrouw A.J. Wolters-ten Have, bestuurder (hierna: de school);"),
        ("P", "Stichting Beroepsonderwijs IJssel-Berkel, bevoegd gezag van IJsselberkel Vakcollege, vertegenwoordigd "
              "door de heer T. Brinkhuis, voorzitter van het college van bestuur (hierna: de instelling)."),
        ("P", "Samen noemen wij ons 'wij' of 'partijen'. Wij spreken het volgende af."),
        ("H", "Artikel 1 – Samenwerken"),
        ("P", "Wij verzorgen samen een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a van de Wet "
              "voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs. De school en de "
              "instelling melden de route samen aan bij de minister, via DUO, vóór de start van het eerste cohort."),
        ("H", "Artikel 2 – Aanbieden"),
        ("P", "We bieden de route aan in het profiel Bouwen, wonen en interieur van de kaderberoepsgerichte leerweg, "
              "met de keuzevakken Schilderen van een interieur, Decoratieve technieken en Onderhoud en renovatie. De "
              "route loopt door naar de vakopleiding Allround schilder (niveau 3, bol) in het opleidingsdomein "
              "Afbouw, hout en onderhoud van de instelling. De route duurt vijf jaar: twee jaar vo-fase en drie jaar "
              "mbo-fase. Leerlingen halen hun vmbo-diploma uiterlijk in het derde routejaar."),
        ("H", "Artikel 3 – Betrekken"),
        ("P", "Wij vinden het belangrijk dat de route aansluit bij wat het vak vraagt. Partijen streven er daarom naar "
              "het bedrijfsleven bij de invulling van de route te betrekken en gaan daarover in de loop van het eerste "
              "routejaar verder met elkaar in gesprek."),
        ("H", "Artikel 4 – Sturen"),
        ("P", "De route wordt gestuurd door een stuurgroep van drie personen: de teamleider BWI van de school, de "
              "opleidingsmanager Afbouw van de instelling en de routecoördinator. De teamleider en de "
              "opleidingsmanager worden aangewezen door hun eigen bestuurder. De routecoördinator wordt door beide "
              "bestuurders samen benoemd voor twee jaar en kan daarna opnieuw worden benoemd."),
        ("P", "De stuurgroep neemt de dagelijkse beslissingen over de route. Zij stelt het jaarrooster en de "
              "groepsindeling vast, verdeelt de lesuren over de docenten van beide partijen, beslist over de toelating "
              "van leerlingen tot de route en over overstappen (artikel 7), en stelt jaarlijks het gezamenlijke "
              "PTA/OER op, ter vaststelling door de bestuurders. Besluiten met financiële gevolgen boven € 5.000 en "
              "alles wat deze overeenkomst verandert, legt de stuurgroep aan de bestuurders voor."),
        ("H", "Artikel 5 – Verantwoorden"),
        ("P", "De stuurgroep stuurt beide bestuurders elk kwartaal een korte voortgangsrapportage met de aantallen "
              "leerlingen, het verzuim, de uitval en de stand van de planning. Elk jaar vóór 15 september schrijft zij "
              "een jaarverslag over het afgelopen schooljaar, dat in een gezamenlijk bestuurlijk overleg in oktober "
              "wordt besproken. Vraagt een bestuurder tussendoor om informatie, dan levert de stuurgroep die binnen "
              "twee weken."),
        ("H", "Artikel 6 – Inrichten"),
        ("P", "Waar. In leerjaar 3 en 4 (de vo-fase) krijgen de leerlingen les in het Berkeldal College, met één "
              "praktijkdag per week in de afbouwhal van de instelling. Vanaf leerjaar 5 volgen zij het onderwijs in de "
              "vakschool van de instelling aan de Kwekerijweg in Doetinchem."),
        ("P", "Wie. De school zet haar docenten BWI, Nederlands, Engels en rekenen/wiskunde in; de instelling levert "
              "twee praktijkdocenten schilderen, die in de vo-fase één dag per week op de school lesgeven. Zij werken "
              "als één team. Voor het vakoverstijgende onderdeel 'Kleur, materiaal en afwerking' maken we gebruik van "
              "teambevoegdheid: voor elk onderdeel is ten minste één bevoegde docent betrokken en ieder teamlid is "
              "verantwoordelijk voor het deel waarvoor hij bevoegd is. Iedere docent blijft in dienst van zijn eigen "
              "werkgever."),
        ("P", "Waarmee. De school stelt haar BWI-praktijklokaal en de spuitcabine beschikbaar; de instelling haar "
              "afbouwhal, het materiaalmagazijn en de steigeroefenplaats. Materialen en persoonlijke "
              "beschermingsmiddelen komen voor rekening van de partij op wier locatie de les plaatsvindt."),
        ("P", "Wat. Het onderwijsprogramma en de examinering per leerjaar staan in het gezamenlijke PTA/OER (bijlage "
              "1), dat ieder jaar vóór 1 juli wordt vastgesteld."),
        ("H", "Artikel 7 – Overstappen"),
        ("P", "Niet iedere leerling maakt de route af. Wij zorgen er samen voor dat ook die leerling een diploma kan "
              "halen. Stopt de leerling in leerjaar 3 of 4, dan rondt hij de reguliere kaderberoepsgerichte leerweg "
              "BWI af op de school, of stapt hij over naar een andere leerweg of een ander profiel als dat beter bij "
              "hem past. Stopt hij in de mbo-fase, dan kan hij binnen de instelling verder in een andere opleiding op "
              "niveau 2 of 3, bijvoorbeeld Schilder (niveau 2) of een opleiding in een andere richting, ook als hij "
              "zijn vmbo-diploma nog niet heeft; de vooropleidingseisen gelden dan niet. Kiest hij voor een andere "
              "instelling, dan begeleiden wij hem bij de aanmelding en het toelatingsonderzoek daar."),
        ("P", "De school en de instelling beslissen samen welke plek past, op basis van het niveau dat de leerling "
              "heeft bereikt en zijn leeftijd, na een gesprek met de leerling en zijn ouders. De praktische uitwerking "
              "staat in de schoolgids."),
        ("H", "Artikel 8 – Bekostigen"),
        ("P", "Wij dragen geen bekostiging aan elkaar over. Iedere partij draagt de kosten van haar eigen docenten en "
              "voorzieningen. Willen we dat later anders, dan leggen we het bedrag en de bestemming vast in een "
              "schriftelijke aanvulling op deze overeenkomst."),
        ("H", "Artikel 9 – Meepraten"),
        ("P", "Aanvullende afspraken over de medezeggenschap bij de route: [in te vullen na advies van de "
              "medezeggenschapsraad van de school en de studentenraad van de instelling – uiterlijk 1 januari 2026]."),
        ("H", "Artikel 10 – Oplossen"),
        ("P", "Zijn wij het over de uitvoering van deze overeenkomst niet met elkaar eens, dan lossen we dat samen in "
              "goed onderling overleg op."),
        ("H", "Artikel 11 – Aansluiten, stoppen en veranderen"),
        ("P", "Aansluiten. Een andere vmbo-school of mbo-instelling kan zich bij de route aansluiten als beide "
              "partijen daar schriftelijk mee instemmen, als de nieuwe partij het PTA/OER en deze overeenkomst "
              "volledig overneemt en als zij op 1 augustus instapt. Wij leggen dat vast in een aanvulling die alle "
              "partijen tekenen; de nieuwe partij meldt haar deelname bij DUO."),
        ("P", "Stoppen. Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar opzeggen tegen 1 augustus "
              "van een schooljaar, met een opzegtermijn van ten minste een jaar, per aangetekende brief. Na een "
              "opzegging laten wij geen nieuwe leerlingen meer toe; leerlingen die al in de route zitten, maken haar "
              "bij ons af."),
        ("P", "Veranderen. Deze overeenkomst wijzigen kan alleen schriftelijk, met de handtekening van beide "
              "bestuurders. Veranderingen die leerlingen raken, gaan pas in bij het begin van een nieuw schooljaar, "
              "zodat lopende groepen hun programma kunnen afmaken."),
        ("H", "Artikel 12 – Tekenen"),
        ("P", "Getekend in tweevoud te Eibergen op 24 juni 2025."),
        ("SIG", ["Voor de school: A.J. Wolters-ten Have, bestuurder",
                 "Voor de instelling: T. Brinkhuis, voorzitter college van bestuur"]),
    ],
    style={"font": "Calibri"},
)

# ---------------------------------------------------------------------------------------------
# h451 - PDF - numbered decisions of a bestuurlijke routeraad, toerisme
# ---------------------------------------------------------------------------------------------
agreement(
    451, "h451_besluitenreeks_walcheren", "pdf",
    "Overeenkomst als genummerde besluiten van een bestuurlijke routeraad (PDF); Walcheren, HBR kb -> "
    "Zelfstandig medewerker leisure/travel & hospitality niveau 3; defecten: overdracht zonder omvang "
    "(jaarlijks vast te stellen), toetredingsvoorwaarden als stippellijnen; zwijgt over medezeggenschap.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "weak", "h": "not_applicable", "i": "present", "j": "weak"},
    {"a": "Besluit 2 – Profiel en opleiding", "b": "Besluit 3 – Betrokkenheid van het werkveld",
     "c": "Besluit 4 – Routeraad en routeleiding", "d": "Besluit 5 – Informatie en verantwoording",
     "e": "Besluit 7 – Locaties, personeel en faciliteiten", "f": "Besluit 8 – Overstap",
     "i": "Besluit 11 – Geschillen"},
    [
        ("T", "Samenwerkingsovereenkomst doorlopende leerroute Gastvrij Walcheren"),
        ("S", "vmbo Horeca, bakkerij en recreatie – mbo Travel, leisure & hospitality (niveau 3)"),
        ("S", "vastgesteld als genummerde besluiten van de bestuurlijke routeraad, Middelburg, 19 juni 2025"),
        ("P", "De colleges van bestuur van"),
        ("L", "1. Stichting Voortgezet Onderwijs Walcheren, gevestigd te Middelburg, bevoegd gezag van het Veerse "
              "Poort College, locatie vmbo (hierna: VPC), vertegenwoordigd door de heer J.P. Kodde, bestuurder, en"),
        ("L", "2. Stichting Zeeuws Beroepsonderwijs, gevestigd te Vlissingen, bevoegd gezag van Deltaweide ROC "
              "(hierna: Deltaweide), vertegenwoordigd door mevrouw S. Haverkamp-de Vos, voorzitter van het college "
              "van bestuur,"),
        ("P", "komen in gezamenlijke vergadering bijeen als bestuurlijke routeraad en stellen deze "
              "samenwerkingsovereenkomst vast door middel van de onderstaande besluiten. Ieder besluit geldt als "
              "afspraak tussen VPC en Deltaweide en bindt beide besturen. De besluiten kunnen alleen worden gewijzigd "
              "op de wijze van besluit 14."),
        ("H", "Besluit 1 – Instelling van de route"),
        ("P", "De routeraad besluit dat VPC en Deltaweide met ingang van 1 augustus 2025 gezamenlijk de doorlopende "
              "leerroute Gastvrij Walcheren verzorgen, en dat beide besturen de route vóór 1 oktober 2025 gezamenlijk "
              "melden bij de minister van OCW via RIO."),
        ("H", "Besluit 2 – Profiel en opleiding"),
        ("P", "De route verbindt het profiel Horeca, bakkerij en recreatie van de kaderberoepsgerichte leerweg, met de "
              "beroepsgerichte keuzevakken Gastheerschap en Recreatie en toerisme, met de vakopleiding Zelfstandig "
              "medewerker leisure & hospitality (niveau 3, bol) van Deltaweide, kwalificatiedossier Travel, leisure & "
              "hospitality, opleidingsdomein Toerisme en recreatie. Leerlingen die in het tweede routejaar daarvoor "
              "kiezen, stromen uit naar de zusterkwalificatie Zelfstandig medewerker travel & hospitality (niveau 3) "
              "binnen hetzelfde dossier. De route duurt vier jaar: twee jaar vo-fase en twee jaar mbo-fase."),
        ("H", "Besluit 3 – Betrokkenheid van het werkveld"),
        ("P", "Het werkveld wordt op drie manieren bij de route betrokken:"),
        ("L", "a. Strandpark Zeeuwse Kust, Camping De Duinrand, Hotel Badhuys Domburg en Stichting Kustbeleving "
              "Walcheren vormen samen met twee praktijkopleiders een klankbordgroep, die twee keer per jaar het "
              "programma met de routeleider bespreekt en jaarlijks de praktijkopdrachten voor de projectweken "
              "aanlevert;"),
        ("L", "b. de betrokken bedrijven, alle door SBB erkend als leerbedrijf, bieden in het seizoen (april tot en met "
              "september) bpv-plaatsen aan voor de studenten in de mbo-fase en meeloopdagen voor de leerlingen in de "
              "vo-fase;"),
        ("L", "c. hun praktijkopleiders beoordelen mee bij de proeven van bekwaamheid in de mbo-fase."),
        ("H", "Besluit 4 – Routeraad en routeleiding"),
        ("P", "4.1 De bestuurlijke routeraad bestaat uit de bestuurder van VPC en het lid van het college van bestuur "
              "van Deltaweide met onderwijs in portefeuille. De routeraad stelt jaarlijks de routebegroting, het "
              "routeplan en het gezamenlijk PTA/OER vast."),
        ("P", "4.2 De dagelijkse leiding over de route berust bij de routeleider. De routeleider wordt door de "
              "routeraad benoemd na een gezamenlijke selectieprocedure, voor vier jaar. Hij wordt bijgestaan door een "
              "kernteam, bestaande uit de afdelingsleider HBR van VPC en de teamleider Toerisme van Deltaweide, die "
              "ieder door hun eigen bestuur worden aangewezen."),
        ("P", "4.3 De routeleider voert het routeplan uit, stelt het rooster op, zet het docententeam in, verzorgt de "
              "intake en de contacten met het werkveld en bereidt de overstapbesluiten voor. Hij is bevoegd binnen de "
              "vastgestelde routebegroting uitgaven te doen en organisatorische beslissingen te nemen. Besluiten over "
              "de inhoud van het PTA/OER, de begroting en de aanstelling van personeel zijn voorbehouden aan de "
              "routeraad."),
        ("H", "Besluit 5 – Informatie en verantwoording"),
        ("P", "De routeleider brengt elke drie maanden schriftelijk verslag uit aan beide besturen over de "
              "leerlingaantallen, het verzuim, de uitval en de uitputting van de begroting. Jaarlijks, uiterlijk op 1 "
              "november, legt hij met een jaarrapportage over het voorgaande schooljaar verantwoording af in de "
              "routeraad; die rapportage bevat ook de examen- en diplomaresultaten en de uitkomsten van de enquête "
              "onder de leerbedrijven."),
        ("H", "Besluit 6 – Onderwijs en examinering"),
        ("P", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar worden vastgelegd in "
              "één gezamenlijk PTA/OER, dat de routeraad vóór 1 juli vaststelt. Het vmbo-examen wordt afgerond in het "
              "tweede routejaar; mbo-onderdelen worden vanaf het eerste routejaar geëxamineerd."),
        ("H", "Besluit 7 – Locaties, personeel en faciliteiten"),
        ("P", "7.1 De routejaren 1 en 2 worden verzorgd in het gebouw van VPC in Middelburg, de routejaren 3 en 4 op de "
              "campus van Deltaweide in Vlissingen."),
        ("P", "7.2 De docenten HBR van VPC en de docenten toerisme van Deltaweide vormen één team. Deltaweide zet in de "
              "vo-fase per groep twee docenten in voor gemiddeld zes lesuren per week; VPC zet in de mbo-fase een "
              "docent Duits in. Van teambevoegdheid wordt geen gebruik gemaakt: iedere docent verzorgt uitsluitend "
              "onderdelen waarvoor hij bevoegd is. Iedere docent blijft in dienst van zijn eigen werkgever."),
        ("P", "7.3 VPC stelt zijn leerrestaurant en doceerkeuken beschikbaar, Deltaweide zijn oefenreceptie, het "
              "reisbureau-leerlab en de evenementenzaal. Het gebruik van elkaars faciliteiten gebeurt zonder "
              "afzonderlijke vergoeding, behoudens besluit 9."),
        ("H", "Besluit 8 – Overstap"),
        ("P", "8.1 Een leerling die in routejaar 1 of 2 de route verlaat, zet zijn opleiding voort in de reguliere "
              "kaderberoepsgerichte leerweg Horeca, bakkerij en recreatie van VPC, of in een ander profiel als dat "
              "beter past, en behaalt daar zijn vmbo-diploma."),
        ("P", "8.2 Een student die in routejaar 3 of 4 uitvalt, kan bij Deltaweide overstappen naar een andere "
              "opleiding op niveau 2 of 3, in het toerisme of in een andere richting, bijvoorbeeld Gastheer/gastvrouw "
              "(niveau 2) of Zelfstandig werkend kok (niveau 3). De vooropleidingseisen worden hem daarbij niet "
              "tegengeworpen. Wil hij naar een andere instelling, dan zorgt Deltaweide voor een warme overdracht."),
        ("P", "8.3 Over de overstap beslissen de afdelingsleider HBR van VPC en de teamleider Toerisme van Deltaweide "
              "gezamenlijk, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling en na een gesprek "
              "met de leerling en zijn ouders."),
        ("H", "Besluit 9 – Overdracht van bekostiging"),
        ("P", "VPC draagt, met toepassing van artikel 5.42a WVO 2020, jaarlijks een deel van de door hem ontvangen "
              "bekostiging over aan Deltaweide, ten behoeve van de inzet van docenten van Deltaweide in de vo-fase en "
              "het gebruik van het reisbureau-leerlab. De hoogte van het over te dragen deel wordt ieder jaar door de "
              "routeraad bepaald bij de vaststelling van de routebegroting."),
        ("H", "Besluit 10 – Klachten en verzuim"),
        ("P", "Een klacht over een medewerker van de ene partij die bij de andere partij wordt ingediend, wordt "
              "behandeld volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere partij "
              "werkt mee aan het onderzoek. VPC is verantwoordelijk voor de verzuimregistratie in de vo-fase, "
              "Deltaweide in de mbo-fase."),
        ("H", "Besluit 11 – Geschillen"),
        ("P", "Geschillen tussen partijen over de uitvoering van deze overeenkomst bespreekt de routeleider eerst met "
              "het kernteam. Is het geschil niet binnen een maand opgelost, dan agendeert de routeleider het in de "
              "routeraad. Leidt dat binnen zes weken niet tot een oplossing, dan leggen partijen het geschil voor aan "
              "een door hen gezamenlijk aan te wijzen onafhankelijke bemiddelaar. Slaagt de bemiddeling niet binnen "
              "drie maanden, dan beslist de bevoegde rechter van de rechtbank Zeeland-West-Brabant, locatie "
              "Middelburg."),
        ("H", "Besluit 12 – Looptijd"),
        ("P", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("H", "Besluit 13 – Toetreding en beëindiging"),
        ("P", "13.1 Toetreding van een andere school of een andere instelling voor beroepsonderwijs tot deze "
              "overeenkomst is mogelijk onder de volgende voorwaarden:"),
        ("L", "……………………………………………………………………………………………………"),
        ("L", "……………………………………………………………………………………………………"),
        ("P", "13.2 Iedere partij kan de overeenkomst schriftelijk opzeggen met een termijn van twaalf maanden, tegen "
              "het einde van een schooljaar. Na opzegging vindt geen nieuwe instroom meer plaats; leerlingen en "
              "studenten die op de datum van opzegging in de route zijn ingeschreven, ronden de route bij partijen "
              "af."),
        ("P", "13.3 Wordt de overeenkomst ontbonden, dan geldt 13.2, tweede volzin, overeenkomstig."),
        ("H", "Besluit 14 – Wijziging"),
        ("P", "Wijziging van deze besluiten geschiedt bij een nieuw besluit van de routeraad dat door beide bestuurders "
              "wordt ondertekend. Een wijziging die leerlingen raakt, gaat in op 1 augustus daaropvolgend, zodat het "
              "lopende schooljaar ongewijzigd wordt afgemaakt."),
        ("P", "Aldus besloten en overeengekomen te Middelburg op 19 juni 2025."),
        ("SIG", ["Stichting Voortgezet Onderwijs Walcheren – J.P. Kodde, bestuurder",
                 "Stichting Zeeuws Beroepsonderwijs – S. Haverkamp-de Vos, voorzitter college van bestuur"]),
    ],
    style={"font": "Times-Roman", "size": 11, "justify": True, "head_color": "#0B4F6C",
           "footer": "Gastvrij Walcheren – besluiten routeraad 19-06-2025"},
)

# ---------------------------------------------------------------------------------------------
# h452 - TXT - very short, terse numbered points, elektrotechniek
# ---------------------------------------------------------------------------------------------
agreement(
    452, "h452_beknopt_noordkop", "txt",
    "Zeer korte platte-tekst overeenkomst in telegramstijl (TXT); Noordkop, PIE bb -> Monteur "
    "elektrotechnische installaties niveau 2; volledig in orde, geen overdracht, bindend advies, zwijgt over "
    "medezeggenschap.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "1. Route.", "b": "2. Werkveld.", "c": "3. Leiding.", "d": "4. Verantwoording.",
     "e": "5. Inrichting.", "f": "6. Overstap.", "g": "7. Geld.", "i": "8. Geschillen.",
     "j": "9. Nieuwe partij, opzeggen, wijzigen."},
    [
        ("T", "Samenwerkingsovereenkomst doorlopende leerroute Elektro Noordkop"),
        ("P", "Partijen: Stichting Scholengroep Noordkop, bevoegd gezag van Vakcollege Helderkust (vmbo), "
              "vertegenwoordigd door M. Bakker, bestuurder (de school), en Stichting Noorderhaven Beroepsonderwijs, "
              "bevoegd gezag van ROC Noorderhaven, vertegenwoordigd door E. Sijm, voorzitter college van bestuur "
              "(het ROC). Zij spreken af:"),
        ("P", "1. Route. Profiel Produceren, installeren en energie, basisberoepsgerichte leerweg, naar de "
              "basisberoepsopleiding Monteur elektrotechnische installaties (niveau 2, bol) van het ROC. Twee jaar "
              "vo-fase, daarna mbo-fase. Gezamenlijke melding bij DUO vóór 1 oktober 2025."),
        ("P", "2. Werkveld. Visser Elektro (Den Helder), Installatiebedrijf Kooijman (Schagen) en de regionale "
              "afdeling van Techniek Nederland adviseren jaarlijks over het programma. De twee bedrijven bieden vanaf "
              "routejaar 3 bpv-plaatsen en beoordelen mee bij de proeve van bekwaamheid."),
        ("P", "3. Leiding. Routeoverleg van de teamleider techniek van de school, de teamleider elektro van het ROC "
              "(elk aangewezen door de eigen bestuurder) en een routecoördinator (door beide bestuurders samen "
              "benoemd voor twee jaar). Het routeoverleg beslist over rooster, inzet van docenten, toelating en "
              "overstap en stelt het PTA/OER op. Begroting en personeelsbesluiten blijven bij de bestuurders."),
        ("P", "4. Verantwoording. De routecoördinator rapporteert elk half jaar (januari en juli) schriftelijk aan "
              "beide bestuurders over instroom, verzuim, uitval en resultaten. In september bespreken de bestuurders "
              "het jaarverslag met het routeoverleg."),
        ("P", "5. Inrichting. Routejaren 1 en 2 op het vakcollege, met één dag per week in de elektrowerkplaats van "
              "het ROC; vanaf routejaar 3 op het ROC. Docenten techniek van de school en twee instructeurs van het "
              "ROC vormen één team; ieder blijft in dienst van de eigen werkgever. De school stelt haar "
              "installatielokaal beschikbaar, het ROC de elektrowerkplaats en het meetlab. Programma en examinering "
              "per leerjaar: gezamenlijk PTA/OER, jaarlijks vóór 1 juli vastgesteld."),
        ("P", "6. Overstap. Stopt een leerling in routejaar 1 of 2, dan maakt hij de reguliere basisberoepsgerichte "
              "leerweg PIE op school af. Stopt hij later, dan kan hij zonder vooropleidingseisen naar een andere "
              "opleiding op niveau 2 van het ROC, in de techniek of daarbuiten. School en ROC beslissen samen, op "
              "grond van bereikt niveau en leeftijd, na gesprek met leerling en ouders."),
        ("P", "7. Geld. Er wordt geen bekostiging overgedragen. Ieder draagt de eigen kosten."),
        ("P", "8. Geschillen. Eerst het routeoverleg, dan de bestuurders samen. Lukt het daar niet binnen zes weken, "
              "dan vragen partijen bindend advies aan een onafhankelijke deskundige die zij samen aanwijzen."),
        ("P", "9. Nieuwe partij, opzeggen, wijzigen. Een andere school of instelling kan meedoen met schriftelijke "
              "instemming van beide partijen, als zij het PTA/OER overneemt; instap per 1 augustus, melding bij DUO. "
              "Opzeggen kan per 1 augustus met een termijn van een jaar; geen nieuwe instroom meer, zittende "
              "leerlingen ronden de route af. Wijzigen alleen schriftelijk door beide bestuurders, met ingang van een "
              "nieuw schooljaar."),
        ("P", "10. Duur. Vanaf 1 augustus 2025, voor onbepaalde tijd."),
        ("P", "Den Helder, 27 juni 2025"),
        ("SIG", ["M. Bakker, Stichting Scholengroep Noordkop", "E. Sijm, Stichting Noorderhaven Beroepsonderwijs"]),
    ],
    style={"underline": False},
)

# ---------------------------------------------------------------------------------------------
# h453 - DOCX - bold run-in titles inside paragraphs, zorg
# ---------------------------------------------------------------------------------------------
agreement(
    453, "h453_vetkopjes_drechtsteden", "docx",
    "Doorlopende tekst met vetgedrukte inloopkopjes in de alinea's (DOCX); Drechtsteden, Z&W kb -> Verzorgende IG "
    "niveau 3; defecten: zorgaanbieders alleen in de overwegingen, kernteam zonder benoemingsregel, overstap "
    "binnen de instelling afhankelijk gemaakt van vooropleidingseisen.",
    {"a": "present", "b": "missing", "c": "weak", "d": "present", "e": "present",
     "f": "weak", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "1. De route.", "d": "3. Verantwoording.", "e": "4. Inrichting.", "g": "7. Geldstromen.",
     "h": "8. Medezeggenschap.", "i": "10. Geschillen.", "j": "11. Toetreding, duur, opzegging en wijziging."},
    [
        ("T", "Overeenkomst inzake de doorlopende leerroute Zorg Drechtsteden"),
        ("S", "Stichting Christelijk Voortgezet Onderwijs Drechtsteden – Stichting ROC Merwedeland"),
        ("P", "De ondergetekenden,"),
        ("P", "Stichting Christelijk Voortgezet Onderwijs Drechtsteden, gevestigd te Dordrecht, bevoegd gezag van het "
              "Oudewaal College (vmbo), vertegenwoordigd door ir. P.L. van Wingerden, voorzitter van het college van "
              "bestuur (hierna: de school), en Stichting Regionaal Opleidingencentrum Merwedeland, gevestigd te "
              "Zwijndrecht, bevoegd gezag van ROC Merwedeland, vertegenwoordigd door dr. E.C. Bouwman, voorzitter van "
              "het college van bestuur (hierna: de instelling),"),
        ("P", "overwegende dat"),
        ("L", "– de zorg- en welzijnsorganisaties in de Drechtsteden, waaronder Zorggroep Drechtoever en "
              "thuiszorgorganisatie Thuis aan de Merwede, grote behoefte hebben aan goed opgeleide verzorgenden en "
              "hebben laten weten bij de route betrokken te willen worden;"),
        ("L", "– partijen een doorlopende leerroute vmbo-mbo willen verzorgen, zodat leerlingen zonder overgangsknip en "
              "zonder overlap in lesstof een mbo-diploma kunnen behalen;"),
        ("L", "– de wet daarvoor een samenwerkingsovereenkomst voorschrijft,"),
        ("P", "verklaren te zijn overeengekomen als volgt."),
        ("R", "1. De route.", "De leerroute begint in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel "
              "Zorg en welzijn, van de school en leidt op tot het vmbo-diploma en het mbo-diploma Verzorgende IG "
              "(niveau 3, bol, opleidingsdomein Zorg en welzijn) van de instelling. De vo-fase beslaat de routejaren 1 "
              "en 2, de mbo-fase de routejaren 3 tot en met 5. Partijen melden de route gezamenlijk bij DUO voordat "
              "het eerste cohort start."),
        ("R", "2. Kernteam.", "De leiding over de route berust bij een kernteam. Het kernteam bestaat uit twee "
              "vertegenwoordigers van de school en twee van de instelling en wordt ondersteund door een "
              "routecoördinator, die de vergaderingen voorbereidt en de besluiten uitvoert. Het kernteam stelt het "
              "jaarrooster vast, bepaalt de inzet van de docenten binnen de formatie die partijen beschikbaar stellen, "
              "beslist over de toelating tot de route en over de overstap van leerlingen en bewaakt het PTA/OER. Het "
              "kernteam beslist zelfstandig binnen het routeplan en het routebudget die de besturen jaarlijks "
              "goedkeuren; daarbuiten beslissen de besturen."),
        ("R", "3. Verantwoording.", "Het kernteam zendt de besturen van beide partijen ieder half jaar, in januari en "
              "in juli, een schriftelijke voortgangsrapportage en legt jaarlijks vóór 1 november met een jaarverslag "
              "verantwoording af over het afgelopen schooljaar. Het jaarverslag wordt besproken in het bestuurlijk "
              "overleg dat de voorzitters van de colleges van bestuur twee keer per jaar voeren."),
        ("R", "4. Inrichting.", "De routejaren 1 en 2 worden gegeven in het gebouw van de school aan de Noordendijk, "
              "met één middag per week praktijkonderwijs in het skillslab van de instelling; de routejaren 3 tot en "
              "met 5 worden gegeven op de Zorgcampus van de instelling in Zwijndrecht. Het onderwijsprogramma en de "
              "examinering per leerjaar staan in een gezamenlijk PTA/OER (bijlage A), dat beide besturen jaarlijks "
              "vóór 1 juli vaststellen. De vmbo-examens worden uiterlijk in routejaar 2 afgerond."),
        ("P", "De school zet haar docenten zorg en welzijn, biologie en Nederlands in; de instelling twee docenten "
              "verpleging en verzorging, die in de vo-fase wekelijks in het skillslab lesgeven. Zij vormen één "
              "docententeam. Voor het vakoverstijgende onderdeel 'Gezondheid en burgerschap' wordt gebruikgemaakt van "
              "teambevoegdheid; voor elk onderdeel is ten minste één bevoegde docent betrokken. Iedere docent blijft "
              "in dienst van zijn eigen werkgever."),
        ("P", "De instelling stelt haar skillslab, de demonstratiewoning en haar digitale leeromgeving beschikbaar; de "
              "school haar praktijklokaal zorg en welzijn en de leskeuken. Het gebruik is over en weer kosteloos, "
              "behalve voor zover punt 7 anders bepaalt."),
        ("R", "5. Overstap.", "Verlaat een leerling de route in de vo-fase, dan vervolgt hij de reguliere "
              "kaderberoepsgerichte leerweg Zorg en welzijn van de school en doet hij daar eindexamen. Valt een "
              "student in de mbo-fase uit, dan kan hij binnen de instelling overstappen naar een andere opleiding op "
              "niveau 2 of 3, zoals Helpende zorg en welzijn (niveau 2) of Medewerker maatschappelijke zorg (niveau "
              "3), mits hij beschikt over het diploma vmbo kaderberoepsgerichte leerweg, dat geldt als "
              "vooropleidingseis; zonder dat diploma is instroom in een andere opleiding van de instelling niet "
              "mogelijk. Over de overstap beslissen de school en de instelling gezamenlijk, na een gesprek met de "
              "leerling en zijn ouders, met inachtneming van het bereikte onderwijsniveau en de leeftijd."),
        ("R", "6. Klachten.", "Een klacht die bij de school wordt ingediend over een medewerker van de instelling, "
              "wordt behandeld door de klachtencommissie van de school; de instelling verleent alle medewerking en "
              "draagt zorg voor de uitvoering van maatregelen die haar medewerker betreffen. Omgekeerd geldt "
              "hetzelfde."),
        ("R", "7. Geldstromen.", "De school draagt, met toepassing van artikel 5.42a WVO 2020, voor iedere leerling "
              "die op 1 oktober in routejaar 1 of 2 staat ingeschreven € 850 per schooljaar over aan de instelling. "
              "Dit bedrag is bestemd voor de inzet van de docenten van de instelling in de vo-fase en voor het gebruik "
              "van het skillslab. Betaling vindt plaats vóór 1 maart. De instelling draagt geen middelen over aan de "
              "school."),
        ("R", "8. Medezeggenschap.", "In aanvulling op de WMS en de WEB komen partijen overeen dat de "
              "medezeggenschapsraad van de school en de studentenraad van de instelling ieder voorjaar een "
              "gezamenlijke vergadering over de route houden, waarvoor het kernteam het jaarverslag aanlevert. "
              "Voorgenomen besluiten over wijziging of beëindiging van de route worden vóór besluitvorming aan beide "
              "raden voor advies voorgelegd."),
        ("R", "9. Privacy.", "Partijen wisselen uitsluitend de leerlinggegevens uit die voor de uitvoering van de route "
              "nodig zijn en leggen dit vast in een gegevensuitwisselingsprotocol."),
        ("R", "10. Geschillen.", "Geschillen over de uitvoering van deze overeenkomst worden eerst in het kernteam "
              "besproken en daarna in het bestuurlijk overleg. Bereiken de voorzitters van de colleges van bestuur "
              "binnen zes weken geen overeenstemming, dan schakelen zij een gecertificeerde mediator in. Leidt de "
              "mediation niet binnen drie maanden tot een oplossing, dan wordt het geschil voorgelegd aan de bevoegde "
              "rechter van de rechtbank Rotterdam."),
        ("R", "11. Toetreding, duur, opzegging en wijziging.", "Een andere school of instelling voor beroepsonderwijs "
              "kan toetreden als beide partijen daarmee schriftelijk instemmen en de toetreder deze overeenkomst en "
              "het PTA/OER aanvaardt; de toetreding gaat in per 1 augustus en wordt vastgelegd in een addendum dat "
              "alle partijen ondertekenen, waarna de melding bij DUO wordt aangepast. Deze overeenkomst geldt voor "
              "onbepaalde tijd en kan door ieder van partijen worden opgezegd per 1 augustus met een opzegtermijn van "
              "twaalf maanden. Na opzegging is er geen nieuwe instroom; leerlingen die dan in de route zitten, maken "
              "haar af onder dezelfde voorwaarden. Wijzigingen worden schriftelijk overeengekomen en door beide "
              "besturen ondertekend; zij gaan niet eerder in dan het volgende schooljaar, zodat lopende cohorten "
              "ongewijzigd verder kunnen."),
        ("P", "Aldus overeengekomen en in tweevoud ondertekend te Dordrecht op 26 juni 2025."),
        ("SIG", ["ir. P.L. van Wingerden, Stichting Christelijk Voortgezet Onderwijs Drechtsteden",
                 "dr. E.C. Bouwman, Stichting Regionaal Opleidingencentrum Merwedeland"]),
    ],
    style={"font": "Cambria", "size": 11},
)

# ---------------------------------------------------------------------------------------------
# h454 - MD - long, plain bold paragraphs as headings, plain language, media & ICT, two routes
# ---------------------------------------------------------------------------------------------
agreement(
    454, "h454_vetteregels_twente", "md",
    "Lange overeenkomst in begrijpelijke taal met vetgedrukte alinea's als kopjes, geen markdown-koppen (MD); "
    "Twente, MVI gl/tl -> Software developer en MVI kb/gl -> Mediavormgever niveau 4; volledig in orde, geen "
    "overdracht, routepanel en adviesrecht, bindend advies door commissie van drie.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Welke routes we aanbieden", "b": "Wat het werkveld doet", "c": "Wie de routes leidt",
     "d": "Hoe de routeleiding de besturen op de hoogte houdt", "e": "Hoe het onderwijs is georganiseerd",
     "f": "Als een leerling wil of moet overstappen", "g": "Geld", "h": "Meepraten over de routes",
     "i": "Als we het niet eens worden", "j": "Nieuwe partners, opzeggen en wijzigen"},
    [
        ("B", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTES MEDIA & ICT TWENTE"),
        ("P", "Versie 1.0 – vastgesteld op 1 juli 2025 – geldig vanaf schooljaar 2025-2026"),
        ("B", "Wie deze overeenkomst sluiten"),
        ("P", "Stichting Openbaar Voortgezet Onderwijs Twente-Midden, in Hengelo. Deze stichting is het bevoegd gezag "
              "van het Lonnekerberg College, een school voor vmbo. Zij wordt vertegenwoordigd door de heer B.J. "
              "Oude Vrielink, voorzitter van het college van bestuur. In deze overeenkomst heet zij 'de school'."),
        ("P", "Stichting Beroepsonderwijs Twentekanaal, in Almelo. Deze stichting is het bevoegd gezag van het "
              "Kanaalzone College, een regionaal opleidingencentrum. Zij wordt vertegenwoordigd door mevrouw M.A. "
              "Nijhuis-Kamphuis, voorzitter van het college van bestuur. In deze overeenkomst heet zij 'het ROC'."),
        ("P", "Samen heten zij 'wij' of 'partijen'."),
        ("B", "Waarom deze overeenkomst"),
        ("P", "In Twente zijn veel bedrijven op zoek naar jonge mensen die kunnen programmeren of beeld en geluid "
              "kunnen maken. Veel leerlingen van de school kiezen na het vmbo voor een opleiding in die richting bij "
              "het ROC. Tot nu toe was de overstap van vmbo naar mbo een harde knip: andere docenten, een ander "
              "gebouw, lesstof die dubbel werd aangeboden. Met twee doorlopende leerroutes willen wij die knip "
              "weghalen. De wet schrijft voor dat scholen en instellingen die zo'n route samen aanbieden, een "
              "samenwerkingsovereenkomst sluiten. Dit is die overeenkomst. We hebben geprobeerd haar zo te schrijven "
              "dat ook docenten, ouders en leerlingen haar kunnen lezen."),
        ("B", "Wat we met een paar woorden bedoelen"),
        ("P", "Route: een van de twee doorlopende leerroutes uit deze overeenkomst. Routejaar: een jaar van de route; "
              "routejaar 1 is het derde leerjaar van het vmbo. Vo-fase: routejaar 1 en 2, waarin de leerling bij de "
              "school staat ingeschreven. Mbo-fase: de routejaren daarna, waarin de leerling als student bij het ROC "
              "staat ingeschreven. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
              "examenregeling van een route."),
        ("B", "Welke routes we aanbieden"),
        ("P", "We bieden twee routes aan. Beide beginnen in het profiel Media, vormgeving en ICT van de school."),
        ("P", "Route 1, Software. Deze route is voor leerlingen in de gemengde en de theoretische leerweg van het "
              "profiel Media, vormgeving en ICT. Zij leidt naar de middenkaderopleiding Software developer (niveau 4, "
              "bol) in het opleidingsdomein ICT van het ROC. In het vmbo kiezen deze leerlingen de keuzevakken "
              "Programmeren, Webdesign en Game design."),
        ("P", "Route 2, Media. Deze route is voor leerlingen in de kaderberoepsgerichte en de gemengde leerweg van "
              "hetzelfde profiel. Zij leidt naar de middenkaderopleiding Mediavormgever (niveau 4, bol) in het "
              "opleidingsdomein Media en vormgeving van het ROC. In het vmbo kiezen deze leerlingen de keuzevakken "
              "Vormgeving en typografie, Fotografie en Audiovisuele vormgeving."),
        ("P", "Beide routes duren vijf jaar: twee jaar vo-fase en drie jaar mbo-fase. Wie sneller kan, mag na "
              "routejaar 4 examen doen voor het mbo-diploma als het examenbureau van het ROC daarmee instemt. "
              "Leerlingen doen hun vmbo-examen in routejaar 2; wie dan zakt, doet in routejaar 3 herexamen."),
        ("P", "Elk jaar melden wij samen, via DUO, welke routes we aanbieden. Iedere partij registreert de routes in "
              "RIO vóór 1 oktober."),
        ("B", "Wat het werkveld doet"),
        ("P", "We werken samen met de Werkveldraad Media & ICT Twente. Daarin zitten op dit moment Pixelhaven Studio "
              "(Enschede), Kanaalsoft B.V. (Hengelo), Omroep Twente Oost, TechHub Twente (een netwerk van ruim veertig "
              "ICT-bedrijven) en een adviseur van SBB. Het werkveld doet vier dingen:"),
        ("L", "1. De werkveldraad praat twee keer per jaar met de routeleiding over de inhoud van de routes en geeft "
              "advies over de keuzedelen. Als het programma verandert, vragen wij eerst de werkveldraad om advies."),
        ("L", "2. De bedrijven leveren in elk routejaar ten minste twee echte opdrachten waar leerlingen in groepjes "
              "aan werken. Een medewerker van het bedrijf is opdrachtgever en geeft feedback."),
        ("L", "3. De bedrijven bieden vanaf routejaar 3 stageplaatsen (bpv) aan. TechHub Twente zorgt dat er voor "
              "iedere student in de mbo-fase een plek is bij een erkend leerbedrijf."),
        ("L", "4. Vakmensen uit de bedrijven beoordelen mee bij de proeven van bekwaamheid en geven gastlessen in de "
              "vo-fase, ten minste vier per jaar per route."),
        ("B", "Wie de routes leidt"),
        ("P", "De routes worden geleid door de routeleiding. De routeleiding bestaat uit vier mensen:"),
        ("L", "– de routeleider van de school;"),
        ("L", "– de routeleider van het ROC;"),
        ("L", "– de programmaleider van route 1 (Software);"),
        ("L", "– de programmaleider van route 2 (Media)."),
        ("P", "De routeleider van de school wordt benoemd door het college van bestuur van de school. De routeleider "
              "van het ROC wordt benoemd door het college van bestuur van het ROC. Voordat een college iemand "
              "benoemt, vraagt het de andere partij om haar mening. De twee routeleiders wijzen samen de "
              "programmaleiders aan, voor twee schooljaren. Dat kan een docent van de school of van het ROC zijn."),
        ("P", "De routeleiding doet het volgende:"),
        ("L", "– zij maakt elk jaar een routeplan met doelen, planning en begroting en legt dat voor 1 mei voor aan "
              "beide colleges van bestuur;"),
        ("L", "– zij stelt het rooster en de groepsindeling vast;"),
        ("L", "– zij bepaalt welke docenten in welke groepen lesgeven, binnen de uren die de partijen beschikbaar "
              "stellen;"),
        ("L", "– zij neemt leerlingen aan voor de routes en beslist over een overstap (zie 'Als een leerling wil of "
              "moet overstappen');"),
        ("L", "– zij maakt het PTA/OER van elke route en legt het ter vaststelling voor aan beide colleges van "
              "bestuur;"),
        ("L", "– zij onderhoudt de contacten met de werkveldraad."),
        ("P", "De routeleiding mag zelf beslissen over alles wat binnen het goedgekeurde routeplan en de begroting "
              "valt. Zij mag namens de partijen bestellingen doen tot € 7.500. Over grotere uitgaven, over het "
              "aannemen of ontslaan van personeel, over het starten of stoppen van een route en over wijzigingen in "
              "deze overeenkomst beslissen de colleges van bestuur."),
        ("B", "Hoe de routeleiding de besturen op de hoogte houdt"),
        ("P", "De routeleiding stuurt beide colleges van bestuur elk kwartaal een korte rapportage (een dashboard van "
              "twee pagina's) met de aantallen leerlingen per route, het verzuim, het aantal leerlingen dat is "
              "overgestapt of gestopt en hoe de begroting ervoor staat."),
        ("P", "Elk jaar vóór 1 november schrijft de routeleiding een jaarverslag over het afgelopen schooljaar. Daarin "
              "staan ook de examenresultaten, de uitkomsten van de tevredenheidsenquête onder leerlingen en "
              "bedrijven, en wat er met het advies van de werkveldraad is gedaan. De colleges van bestuur bespreken "
              "het jaarverslag in november met de routeleiding in een gezamenlijk bestuurlijk overleg."),
        ("P", "Gebeurt er iets ernstigs, zoals een incident met een leerling of een dreigend tekort op de begroting, "
              "dan meldt de routeleiding dat binnen twee werkdagen aan beide colleges van bestuur. En als een "
              "college van bestuur om informatie vraagt, krijgt het die binnen tien werkdagen."),
        ("B", "Hoe het onderwijs is georganiseerd"),
        ("P", "Waar. Routejaar 1 en 2 vinden plaats in het gebouw van de school aan de Lonnekerweg in Hengelo. Op "
              "woensdag werken de leerlingen van beide routes in de Mediafabriek van het ROC in Hengelo. Vanaf "
              "routejaar 3 krijgen de studenten les op de campus van het ROC aan de Twentekanaalweg in Almelo."),
        ("P", "Wat. Voor elke route is er één programma voor alle vijf jaren. We halen dubbele lesstof uit vmbo en "
              "mbo weg. In routejaar 1 en 2 volgen de leerlingen al onderdelen van het mbo-programma, zoals "
              "'Programmeren in Python' en 'Fotografie en belichting'. Welke onderdelen in welk routejaar worden "
              "gegeven en getoetst, staat in het PTA/OER van de route. In het PTA/OER staat ook welke onderdelen bij "
              "het vmbo horen, welke bij het mbo en welke bij allebei. Beide colleges van bestuur stellen het PTA/OER "
              "elk jaar vóór 1 juli vast."),
        ("P", "Examens. De school is verantwoordelijk voor het vmbo-examen, het ROC voor de mbo-examens. Mbo-examens "
              "kunnen vanaf routejaar 1 worden afgenomen. De examencommissie van het ROC en de examensecretaris van "
              "de school overleggen ten minste twee keer per jaar."),
        ("P", "Onderwijstijd. We houden ons aan de wettelijke normen voor onderwijstijd voor de hele route. De "
              "routeleiding houdt de uren per leerling bij."),
        ("B", "Wie lesgeeft"),
        ("P", "Docenten van de school en van het ROC vormen per route één team. In de vo-fase geven twee docenten van "
              "het ROC per route gemiddeld acht uur per week les, op de school en in de Mediafabriek. In de mbo-fase "
              "geeft een docent Nederlands van de school het examentraject Nederlands voor studenten die hun "
              "vmbo-examen nog moeten afronden."),
        ("P", "Voor de onderdelen 'Creative coding' en 'Projectleren' gebruiken we teambevoegdheid. Dat betekent dat "
              "docenten van de school en van het ROC die onderdelen samen geven. Voor elk onderdeel is ten minste één "
              "docent met de juiste bevoegdheid betrokken, en iedere docent is verantwoordelijk voor het deel waarvoor "
              "hij of zij bevoegd is. Welke docent welk deel geeft, staat in het PTA/OER."),
        ("P", "Elke docent blijft in dienst van zijn eigen werkgever. Docenten van het ROC die op de school werken, "
              "houden zich aan de regels van de school, en andersom. Jaarlijks volgen de teams samen twee "
              "studiedagen."),
        ("B", "Welke ruimtes en middelen we delen"),
        ("P", "De school stelt haar medialokaal met twintig werkplekken en haar 3D-printerruimte beschikbaar. Het ROC "
              "stelt de Mediafabriek (studio, montageruimtes, serverlab) en de makerspace op de campus beschikbaar. "
              "Leerlingen in de vo-fase mogen de digitale leeromgeving en de softwarelicenties van het ROC gebruiken. "
              "In de vo-fase krijgen leerlingen een laptop via de leermiddelenregeling van de school; in de mbo-fase "
              "zorgen studenten zelf voor een laptop volgens de eisen van het ROC."),
        ("B", "Begeleiding, verzuim en klachten"),
        ("P", "Iedere leerling heeft een vaste coach. In de vo-fase is dat een mentor van de school, in de mbo-fase een "
              "studieloopbaanbegeleider van het ROC. In routejaar 2 en 3 voeren mentor en studieloopbaanbegeleider "
              "samen de gesprekken. Extra ondersteuning loopt via het ondersteuningsteam van de partij waar de "
              "leerling staat ingeschreven."),
        ("P", "In de vo-fase houdt de school het verzuim bij en meldt zij dat aan de leerplichtambtenaar, in de "
              "mbo-fase doet het ROC dat."),
        ("P", "Heeft een leerling of ouder een klacht over iemand van de andere partij, dan kan hij die indienen bij "
              "de partij waar hij staat ingeschreven. De klachtenregeling van die partij geldt ook voor gedrag van "
              "medewerkers van de andere partij. De andere partij werkt mee aan de behandeling. De voorzitter van de "
              "klachtencommissie werkt niet voor de andere partij."),
        ("B", "Inschrijving en gegevens"),
        ("P", "In routejaar 1 en 2 staat de leerling ingeschreven bij de school. Vanaf routejaar 3 staat hij "
              "ingeschreven bij het ROC. Heeft hij dan zijn vmbo-diploma nog niet, dan blijft hij ook bij de school "
              "ingeschreven tot hij het vmbo-examen heeft afgerond. Wij wisselen alleen de gegevens uit die voor de "
              "route nodig zijn en hebben daarvoor een verwerkersafspraak gemaakt (bijlage 2)."),
        ("B", "Als een leerling wil of moet overstappen"),
        ("P", "Soms past een route toch niet. Een leerling verhuist, het niveau blijkt te hoog of te laag, of hij wil "
              "iets anders gaan doen. Wij spreken af dat elke leerling die uit een route stapt, een passende plek "
              "krijgt waar hij een diploma kan halen. We kijken daarbij naar wat de leerling heeft bereikt, naar zijn "
              "leeftijd en naar wat hij zelf wil."),
        ("P", "Stopt een leerling in routejaar 1 of 2? Dan gaat hij verder in de gewone leerweg van het profiel Media, "
              "vormgeving en ICT op de school, of in een ander profiel of een andere leerweg als dat beter past. Hij "
              "doet daar zijn vmbo-examen. Ook kan hij overstappen naar de andere route uit deze overeenkomst."),
        ("P", "Heeft een leerling aan het eind van routejaar 3 zijn vmbo-diploma niet gehaald? Dan kan hij toch "
              "verder op het ROC, in de eigen opleiding of in een andere opleiding op niveau 3 of 4. Het ROC vraagt "
              "dan niet om het vmbo-diploma. Hij kan ook een jaar overdoen op de school om zijn vmbo-diploma alsnog te "
              "halen."),
        ("P", "Stopt een student in de mbo-fase? Dan kan hij binnen het ROC overstappen naar een andere opleiding, op "
              "hetzelfde niveau of een niveau lager, in dezelfde of een andere richting. Bijvoorbeeld van Software "
              "developer naar Medewerker ICT-support (niveau 3). Ook dan gelden de toelatingseisen niet. Wil hij naar "
              "een andere school of instelling, dan helpen wij hem met de aanmelding en het toelatingsgesprek daar en "
              "geven wij zijn gegevens warm over, als hij en zijn ouders dat goed vinden."),
        ("P", "Wie beslist? De routeleiders van de school en van het ROC beslissen samen welke plek het beste past, "
              "nadat zij met de leerling en zijn ouders hebben gepraat. Zij leggen de beslissing en de reden op papier "
              "vast. Hoe dit in de praktijk gaat, beschrijven wij ook in de schoolgids van de school en de "
              "studiegids van het ROC."),
        ("B", "Geld"),
        ("P", "Wij dragen geen bekostiging aan elkaar over. De school krijgt geld van de overheid voor de leerlingen in "
              "routejaar 1 en 2, het ROC voor de studenten vanaf routejaar 3. Iedere partij betaalt haar eigen "
              "docenten, ruimtes en materialen. We brengen elkaar niets in rekening voor het gebruik van de ruimtes en "
              "middelen uit deze overeenkomst. Willen we later toch geld overdragen, dan leggen we eerst vast hoeveel "
              "het is en waarvoor het wordt gebruikt, in een aanvulling op deze overeenkomst."),
        ("B", "Meepraten over de routes"),
        ("P", "Voor leerlingen die bij de school staan ingeschreven, hun ouders en de docenten van de school geldt de "
              "Wet medezeggenschap op scholen. Voor studenten van het ROC geldt de Wet educatie en beroepsonderwijs en "
              "voor het personeel van het ROC de Wet op de ondernemingsraden. Daarbovenop spreken wij het volgende "
              "af:"),
        ("L", "1. Er komt een routepanel. De leerlingenraad van de school en de studentenraad van het ROC wijzen ieder "
              "twee leden aan. Het routepanel praat twee keer per jaar met de routeleiding over hoe de routes gaan."),
        ("L", "2. De studentenraad van het ROC mag advies geven over het PTA/OER van de routes, ook over het deel voor "
              "de vo-fase. De medezeggenschapsraad van de school krijgt dat recht ook voor het deel voor de "
              "mbo-fase."),
        ("L", "3. Het jaarverslag van de routeleiding gaat naar de medezeggenschapsraad van de school, de "
              "studentenraad en de ondernemingsraad van het ROC."),
        ("B", "Als we het niet eens worden"),
        ("P", "Zijn wij het niet eens over hoe deze overeenkomst wordt uitgevoerd, dan bespreken de routeleiders dat "
              "eerst samen. Lukt het niet om er binnen vier weken uit te komen, dan gaat het naar de voorzitters van "
              "de colleges van bestuur. Lukt het hun niet binnen zes weken, dan vragen wij bindend advies aan een "
              "commissie van drie mensen: iedere partij wijst er één aan, en die twee kiezen samen een voorzitter die "
              "voor geen van beide partijen werkt. De commissie beslist binnen acht weken. Wij houden ons aan dat "
              "advies."),
        ("B", "Nieuwe partners, opzeggen en wijzigen"),
        ("P", "Nieuwe partner. Een andere vmbo-school of mbo-instelling kan meedoen als: zij dat schriftelijk vraagt, "
              "zij een route aanbiedt die past bij het profiel Media, vormgeving en ICT, zij het PTA/OER en deze "
              "overeenkomst overneemt en beide colleges van bestuur schriftelijk instemmen. De nieuwe partner doet "
              "mee vanaf 1 augustus, zodat er niets verandert voor leerlingen midden in een schooljaar. Wij leggen "
              "dat vast in een aanvulling die alle partijen tekenen. De nieuwe partner meldt zich bij DUO."),
        ("P", "Opzeggen. Deze overeenkomst geldt voor vijf jaar, tot en met 31 juli 2030, en wordt daarna steeds met "
              "vijf jaar verlengd. Iedere partij kan de overeenkomst of één van de routes opzeggen met een brief aan "
              "de andere partij, tegen 1 augustus, met een opzegtermijn van minstens twaalf maanden. Na een opzegging "
              "nemen wij geen nieuwe leerlingen meer aan in de route die stopt. Leerlingen die al in de route zitten, "
              "mogen de route afmaken zoals afgesproken. De overeenkomst blijft voor hen gelden tot de laatste "
              "leerling klaar is of is overgestapt. Dat geldt ook als een rechter de overeenkomst ontbindt."),
        ("P", "Wijzigen. Deze overeenkomst verandert alleen als beide colleges van bestuur de wijziging schriftelijk "
              "ondertekenen. Een wijziging die leerlingen raakt, gaat pas in bij het begin van een nieuw schooljaar. "
              "Leerlingen en ouders horen vóór 1 april wat er verandert."),
        ("P", "Evaluatie. In het schooljaar 2028-2029 evalueren wij de routes samen met de werkveldraad en het "
              "routepanel."),
        ("B", "Ondertekening"),
        ("P", "Getekend in Hengelo op 1 juli 2025, in twee exemplaren."),
        ("SIG", ["Stichting Openbaar Voortgezet Onderwijs Twente-Midden",
                 "B.J. Oude Vrielink, voorzitter college van bestuur", "",
                 "Stichting Beroepsonderwijs Twentekanaal", "M.A. Nijhuis-Kamphuis, voorzitter college van bestuur"]),
        ("P", "Bijlagen: 1. PTA/OER route 1 en route 2 (schooljaar 2025-2026); 2. Verwerkersafspraak."),
    ],
)

# ---------------------------------------------------------------------------------------------
# h455 - PDF - classic article style, geintegreerde route, economie en ondernemen
# ---------------------------------------------------------------------------------------------
agreement(
    455, "h455_geintegreerd_mijnstreek", "pdf",
    "Klassieke artikelsgewijze overeenkomst met begripsbepalingen voor een geintegreerde route (PDF); "
    "Westelijke Mijnstreek, E&O bb -> Verkoopmedewerker niveau 2; defecten: verantwoording alleen wettekst plus "
    "'nader uitgewerkt', uitval leidt automatisch naar Entree, niets over financien; medezeggenschap alleen "
    "wettelijk kader met 'kunnen'.",
    {"a": "present", "b": "present", "c": "present", "d": "weak", "e": "present",
     "f": "weak", "g": "missing", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "Artikel 2 Onderwerp van de overeenkomst", "b": "Artikel 3 Betrokkenheid van het bedrijfsleven",
     "c": "Artikel 4 Routeteam", "e": "Artikel 6 Organisatorische en onderwijskundige inrichting",
     "i": "Artikel 10 Geschillen", "j": "Artikel 11 Toetreding, duur, opzegging en wijziging"},
    [
        ("T", "SAMENWERKINGSOVEREENKOMST"),
        ("S", "geïntegreerde route vmbo-basisberoepsopleiding Retail Westelijke Mijnstreek"),
        ("P", "DE ONDERGETEKENDEN:"),
        ("L", "1. de stichting Stichting Voortgezet Onderwijs Westelijke Mijnstreek, statutair gevestigd te Sittard, "
              "bevoegd gezag van het Graaf Wolter College, school voor vbo, ten deze rechtsgeldig vertegenwoordigd "
              "door de heer mr. L.H.M. Coenen, voorzitter van het college van bestuur, hierna te noemen: 'de "
              "school';"),
        ("L", "2. de stichting Stichting Limburgs Beroepsonderwijs Maasland, statutair gevestigd te Geleen, bevoegd "
              "gezag van ROC Maasland, ten deze rechtsgeldig vertegenwoordigd door mevrouw drs. A.G.M. Ramakers, lid "
              "van het college van bestuur, hierna te noemen: 'de instelling';"),
        ("P", "hierna gezamenlijk te noemen: 'partijen';"),
        ("P", "IN AANMERKING NEMENDE DAT:"),
        ("L", "a. partijen voor leerlingen van de basisberoepsgerichte leerweg die daarbij baat hebben een "
              "geïntegreerde route vmbo-basisberoepsopleiding willen verzorgen als bedoeld in artikel 2.107l van de "
              "Wet voortgezet onderwijs 2020 en artikel 9.1.17 van de Wet educatie en beroepsonderwijs;"),
        ("L", "b. de school hierover overleg heeft gevoerd met de instelling en de route in overleg met de leerling "
              "en diens ouders wordt aangeboden;"),
        ("L", "c. partijen hun afspraken in deze overeenkomst wensen vast te leggen;"),
        ("P", "KOMEN ALS VOLGT OVEREEN:"),
        ("H", "Artikel 1 Begripsbepalingen"),
        ("P", "In deze overeenkomst wordt verstaan onder:"),
        ("L", "a. geïntegreerde route: het onderwijsprogramma, bedoeld in artikel 2 van deze overeenkomst;"),
        ("L", "b. leerling: de leerling die aan de geïntegreerde route deelneemt, ongeacht of hij bij de school of "
              "bij de instelling staat ingeschreven;"),
        ("L", "c. routeteam: het team, bedoeld in artikel 4;"),
        ("L", "d. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
              "examenregeling van de geïntegreerde route."),
        ("H", "Artikel 2 Onderwerp van de overeenkomst"),
        ("P", "2.1 Partijen verzorgen gezamenlijk een geïntegreerde route die aansluit op het profiel Economie en "
              "ondernemen van de basisberoepsgerichte leerweg van de school en leidt tot het diploma van de "
              "basisberoepsopleiding Verkoopmedewerker (niveau 2, bol), opleidingsdomein Handel en ondernemerschap, "
              "van de instelling."),
        ("P", "2.2 De route begint in het derde leerjaar van de school en duurt drie jaar. De school neemt bij de "
              "leerlingen in de route geen eindexamen basisberoepsgerichte leerweg af."),
        ("P", "2.3 Partijen melden de route gezamenlijk aan de minister van Onderwijs, Cultuur en Wetenschap door "
              "registratie in RIO."),
        ("H", "Artikel 3 Betrokkenheid van het bedrijfsleven"),
        ("P", "3.1 Het bedrijfsleven is in de route vertegenwoordigd door het Zitterd Retail Collectief (een "
              "samenwerkingsverband van winkeliers in de binnenstad van Sittard), Modehuis Lemmens te Sittard, "
              "Supermarkt Van Gulpen te Geleen en Tuincentrum De Roosteren te Born, alle erkend leerbedrijf."),
        ("P", "3.2 Deze bedrijven stellen vanaf het tweede routejaar leerwerkplaatsen ter beschikking, leveren in ieder "
              "routejaar praktijkopdrachten voor het project 'Winkel van de maand', en vaardigen een praktijkopleider "
              "af die meebeoordeelt bij de examens in de beroepspraktijk."),
        ("P", "3.3 Eenmaal per jaar, in maart, komen het routeteam en de bedrijven bijeen in de werkveldtafel Retail, "
              "die het routeteam adviseert over de inhoud van het programma en de keuzedelen."),
        ("H", "Artikel 4 Routeteam"),
        ("P", "4.1 De leiding over de geïntegreerde route berust bij het routeteam. Het routeteam bestaat uit de "
              "afdelingsleider basisberoepsgerichte leerweg van de school, de teamleider Retail van de instelling en "
              "een routecoördinator."),
        ("P", "4.2 De afdelingsleider en de teamleider worden door het eigen college van bestuur als lid van het "
              "routeteam aangewezen. De routecoördinator wordt door de colleges van bestuur van beide partijen "
              "gezamenlijk benoemd, op voordracht van de afdelingsleider en de teamleider, voor een termijn van drie "
              "jaar."),
        ("P", "4.3 Het routeteam is belast met de organisatie van de route, het opstellen van het rooster, de "
              "inzet van de docenten, de toelating van leerlingen, de afstemming met de bedrijven uit artikel 3 en "
              "het opstellen van het PTA/OER."),
        ("P", "4.4 Het routeteam is bevoegd te beslissen over alle aangelegenheden die de dagelijkse uitvoering van de "
              "route betreffen. Besluiten over de inhoud van het PTA/OER, over de formatie en over wijziging van deze "
              "overeenkomst zijn voorbehouden aan de colleges van bestuur."),
        ("H", "Artikel 5 Inlichtingen en verantwoording"),
        ("P", "Het routeteam verstrekt de bevoegde gezagsorganen van de school en de instelling de inlichtingen die zij "
              "nodig hebben en legt aan hen verantwoording af over de uitvoering van de geïntegreerde route. De wijze "
              "waarop dit geschiedt, wordt nader uitgewerkt in een werkafspraak tussen het routeteam en de colleges "
              "van bestuur."),
        ("H", "Artikel 6 Organisatorische en onderwijskundige inrichting"),
        ("P", "6.1 Het eerste routejaar wordt verzorgd in het gebouw van de school te Sittard. In het tweede routejaar "
              "volgen de leerlingen drie dagen per week onderwijs op de school en twee dagen bij de instelling. Het "
              "derde routejaar wordt verzorgd op de locatie van de instelling te Geleen."),
        ("P", "6.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar worden door "
              "partijen beschreven in het PTA/OER, dat jaarlijks vóór 1 juli door beide colleges van bestuur wordt "
              "vastgesteld."),
        ("P", "6.3 De docenten economie en ondernemen, Nederlands en rekenen van de school en de docenten retail van "
              "de instelling vormen één team. Voor het vak- en sectoroverstijgende onderdeel 'Klant en winkel' wordt "
              "het team ingezet op de wijze, bedoeld in artikel 7.13a van de Wet voortgezet onderwijs 2020; voor "
              "ieder programmaonderdeel is ten minste één bevoegde docent betrokken. Iedere docent blijft in dienst "
              "van het bevoegd gezag waarbij hij is aangesteld."),
        ("P", "6.4 De school stelt haar oefenwinkel en het praktijklokaal economie ter beschikking, de instelling "
              "haar retail-leerlab met kassasystemen en de digitale leeromgeving."),
        ("H", "Artikel 7 Begeleiding en klachten"),
        ("P", "7.1 Iedere leerling heeft een mentor van de school; vanaf het derde routejaar neemt een "
              "studieloopbaanbegeleider van de instelling die taak over, na een overdrachtsgesprek met de leerling."),
        ("P", "7.2 De klachtenregeling van elk van partijen is mede van toepassing op gedragingen van het bestuur en "
              "het personeel van de andere partij in verband met de route."),
        ("H", "Artikel 8 Beëindiging van de deelname aan de route"),
        ("P", "8.1 Indien de deelname van een leerling aan de geïntegreerde route om welke reden ook eindigt voordat "
              "hij de route met succes heeft afgerond, wordt hij ingeschreven in de Entree-opleiding (niveau 1) van "
              "de instelling."),
        ("P", "8.2 De instelling stelt de leerling en diens ouders hiervan schriftelijk in kennis. Na het behalen van "
              "het diploma van de Entree-opleiding kan de leerling zich aanmelden voor een opleiding op niveau 2."),
        ("H", "Artikel 9 Medezeggenschap"),
        ("P", "Op leerlingen die bij de school staan ingeschreven, hun ouders en het personeel van de school is de Wet "
              "medezeggenschap op scholen van toepassing; op studenten van de instelling hoofdstuk 8a van de Wet "
              "educatie en beroepsonderwijs en op het personeel van de instelling de Wet op de ondernemingsraden. "
              "Partijen kunnen in aanvulling daarop nadere afspraken maken."),
        ("H", "Artikel 10 Geschillen"),
        ("P", "10.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden in eerste instantie in "
              "het routeteam besproken."),
        ("P", "10.2 Komt het routeteam niet binnen vier weken tot een oplossing, dan voeren de voorzitters van de "
              "colleges van bestuur overleg. Leidt ook dat overleg niet binnen zes weken tot een oplossing, dan "
              "leggen partijen het geschil voor aan een mediator die zij in onderling overleg aanwijzen."),
        ("P", "10.3 Indien mediation niet binnen drie maanden tot overeenstemming leidt, is de rechtbank "
              "Limburg, locatie Maastricht, bij uitsluiting bevoegd van het geschil kennis te nemen."),
        ("H", "Artikel 11 Toetreding, duur, opzegging en wijziging"),
        ("P", "11.1 Een andere school voor vbo of een andere instelling voor beroepsonderwijs kan tot deze "
              "overeenkomst toetreden indien partijen daarmee schriftelijk instemmen en de toetreder de bepalingen "
              "van deze overeenkomst en het PTA/OER onvoorwaardelijk aanvaardt. De toetreding gaat in bij het begin "
              "van een schooljaar en wordt vastgelegd in een door alle partijen ondertekende akte."),
        ("P", "11.2 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd."),
        ("P", "11.3 Iedere partij kan de overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van enig jaar, "
              "met inachtneming van een opzegtermijn van ten minste twaalf maanden. Na de opzegging worden geen "
              "nieuwe leerlingen tot de route toegelaten. Leerlingen die op het moment van opzegging aan de route "
              "deelnemen, kunnen de route bij partijen voltooien."),
        ("P", "11.4 Wijziging van deze overeenkomst is slechts mogelijk bij schriftelijke, door beide partijen "
              "ondertekende overeenkomst. Wijzigingen die de leerlingen raken, treden niet eerder in werking dan bij "
              "het begin van het volgende schooljaar."),
        ("H", "Artikel 12 Slotbepaling"),
        ("P", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("P", "Aldus overeengekomen en in tweevoud ondertekend te Sittard op 30 juni 2025."),
        ("SIG", ["Stichting Voortgezet Onderwijs Westelijke Mijnstreek", "mr. L.H.M. Coenen", "",
                 "Stichting Limburgs Beroepsonderwijs Maasland", "drs. A.G.M. Ramakers"]),
    ],
    style={"font": "Times-Roman", "size": 11, "justify": True},
)

# ---------------------------------------------------------------------------------------------
# h456 - DOCX - multi-party (two vmbo schools + vakinstelling), paragraph-sign style, binnenvaart
# ---------------------------------------------------------------------------------------------
agreement(
    456, "h456_driepartijen_alblasserwaard", "docx",
    "Driepartijenovereenkomst in nominale, passieve juridische stijl met paragraaftekens (DOCX); "
    "Alblasserwaard-Merwede, M&T bb/kb -> Matroos binnenvaart niveau 2 / Schipper binnenvaart niveau 3 bij een "
    "vakinstelling; volledig in orde, overdracht instelling->scholen per leerling, routeberaad, arbitrage NAI.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "§ 1 Grondslag en onderwerp", "b": "§ 2 Betrokkenheid van de binnenvaartsector", "c": "§ 3 Leiding",
     "d": "§ 4 Inlichtingen en verantwoording", "e": "§ 5 Organisatorische en onderwijskundige inrichting",
     "f": "§ 7 Overstapoptie", "g": "§ 8 Overdracht van bekostiging", "h": "§ 9 Medezeggenschap",
     "i": "§ 10 Geschilbeslechting", "j": "§ 11 Toetreding"},
    [
        ("T", "Samenwerkingsovereenkomst doorlopende leerroute Binnenvaart Alblasserwaard-Merwede"),
        ("S", "vmbo Maritiem en techniek – mbo Matroos binnenvaart (niveau 2) en Schipper binnenvaart (niveau 3)"),
        ("H", "Ondergetekenden"),
        ("L", "I. Stichting voor Christelijk Voortgezet Onderwijs Alblasserwaard, gevestigd te Papendrecht, bevoegd "
              "gezag van de Waardse Scholengemeenschap, locatie Rivierzicht (vmbo), ten deze vertegenwoordigd door "
              "drs. C. Verhoef, voorzitter van het college van bestuur (hierna: Rivierzicht);"),
        ("L", "II. Stichting Openbaar Voortgezet Onderwijs Merwede, gevestigd te Gorinchem, bevoegd gezag van het "
              "Merwede Vakcollege, ten deze vertegenwoordigd door mevrouw J. Smits-van Dam, bestuurder (hierna: "
              "Merwede Vakcollege);"),
        ("L", "III. Stichting Scheepvaartopleidingen Rivierenland, gevestigd te Werkendam, vakinstelling als bedoeld "
              "in de Wet educatie en beroepsonderwijs, bevoegd gezag van het Rivierenland Maritiem College, ten deze "
              "vertegenwoordigd door ing. W. Boogaard, voorzitter van het college van bestuur (hierna: de "
              "vakinstelling);"),
        ("P", "Rivierzicht en Merwede Vakcollege hierna gezamenlijk ook: de scholen; ondergetekenden gezamenlijk: "
              "partijen."),
        ("H", "§ 1 Grondslag en onderwerp"),
        ("P", "1.1 Door partijen wordt gezamenlijk een doorlopende leerroute vmbo-mbo verzorgd als bedoeld in artikel "
              "2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs. "
              "Melding aan de minister geschiedt door ieder van de scholen en door de vakinstelling, door registratie "
              "in RIO vóór 1 oktober 2025."),
        ("P", "1.2 De leerroute omvat twee uitstroomvarianten, beide aansluitend op het profiel Maritiem en techniek "
              "van de scholen en gericht op het opleidingsdomein Transport, scheepvaart en logistiek:"),
        ("L", "a. basisberoepsgerichte leerweg, met doorstroom naar de basisberoepsopleiding Matroos binnenvaart "
              "(niveau 2, bol);"),
        ("L", "b. kaderberoepsgerichte leerweg, met doorstroom naar de vakopleiding Schipper binnenvaart (niveau 3, "
              "bol)."),
        ("P", "1.3 De vo-fase omvat de routejaren 1 en 2; de mbo-fase vangt aan in routejaar 3."),
        ("H", "§ 2 Betrokkenheid van de binnenvaartsector"),
        ("P", "Betrokkenheid van het bedrijfsleven bij de invulling van de leerroute wordt verzekerd door:"),
        ("L", "a. deelname van de Binnenvaart Vereniging Rivierenland en van de rederijen Boogaerdt, Tankrederij De "
              "Merwe, Vrachtvaart Hardinxveld B.V. en Van Wijngaarden Dry Cargo aan de Adviescommissie Binnenvaart, "
              "die ten minste driemaal per jaar bijeenkomt en advies uitbrengt over de inhoud van het programma en de "
              "keuze van de keuzedelen;"),
        ("L", "b. beschikbaarstelling door de genoemde rederijen, alle erkend leerbedrijf, van ten minste tien "
              "leerwerkplaatsen aan boord per cohort voor de beroepspraktijkvorming vanaf routejaar 3;"),
        ("L", "c. medebeoordeling van de proeven van bekwaamheid door schipper-praktijkopleiders van die rederijen;"),
        ("L", "d. verzorging van gastlessen en havenbezoeken in de vo-fase, ten minste drie per routejaar."),
        ("H", "§ 3 Leiding"),
        ("P", "3.1 De leiding over de leerroute berust bij de Routecommissie Binnenvaart. De routecommissie bestaat "
              "uit de afdelingsleiders techniek van beide scholen, de opleidingsmanager Binnenvaart van de "
              "vakinstelling en de routemanager, die de routecommissie voorzit."),
        ("P", "3.2 Aanwijzing van de afdelingsleiders en van de opleidingsmanager als lid van de routecommissie "
              "geschiedt door het bevoegd gezag bij wie zij in dienst zijn. Benoeming van de routemanager geschiedt "
              "door de drie bevoegde gezagen gezamenlijk, voor een termijn van vier jaar, met de mogelijkheid van "
              "herbenoeming."),
        ("P", "3.3 Aan de routecommissie worden opgedragen: de vaststelling van het routejaarplan en het rooster, de "
              "toedeling van het door partijen beschikbaar gestelde personeel, de toelating van leerlingen, de "
              "besluitvorming over overstap (§ 7) en de kwaliteitszorg. Zij is bevoegd tot het doen van uitgaven "
              "binnen de door de bevoegde gezagen goedgekeurde routebegroting."),
        ("P", "3.4 Besluiten over wijziging van het PTA/OER, de routebegroting en de aanstelling of het ontslag van "
              "personeel blijven voorbehouden aan de bevoegde gezagen. Besluitvorming in de routecommissie geschiedt "
              "bij meerderheid van stemmen, met dien verstande dat geen besluit wordt genomen tegen de stem van alle "
              "vertegenwoordigers van één partij in."),
        ("H", "§ 4 Inlichtingen en verantwoording"),
        ("P", "4.1 Verstrekking van inlichtingen aan de bevoegde gezagen geschiedt door toezending, telkens binnen "
              "vier weken na afloop van elk trimester, van een trimesterrapportage over instroom, verzuim, uitval, "
              "overstap en budgetuitputting."),
        ("P", "4.2 Verantwoording wordt afgelegd door middel van een jaarverslag, uiterlijk op 1 november toegezonden "
              "aan de drie bevoegde gezagen en besproken in hun jaarlijkse gezamenlijke bestuursvergadering in "
              "november."),
        ("P", "4.3 Op verzoek van een bevoegd gezag worden aanvullende inlichtingen binnen tien werkdagen verstrekt."),
        ("H", "§ 5 Organisatorische en onderwijskundige inrichting"),
        ("P", "5.1 Het onderwijs in de vo-fase wordt verzorgd op de locaties van de scholen, met één praktijkdag per "
              "week in het simulatorcentrum van de vakinstelling te Werkendam. Het onderwijs in de mbo-fase wordt "
              "verzorgd door de vakinstelling, op haar locatie en aan boord van het opleidingsschip Merwestroom. Het "
              "internaat van de vakinstelling staat vanaf routejaar 3 open voor studenten van de leerroute."),
        ("P", "5.2 Beschrijving van het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar "
              "geschiedt in een gezamenlijk PTA/OER, met aanduiding van de onderdelen die tot het vmbo, het mbo of "
              "beide behoren. Vaststelling geschiedt jaarlijks vóór 1 juli door de drie bevoegde gezagen. Afname "
              "van het vmbo-examen vindt plaats in routejaar 2."),
        ("H", "§ 6 Inzet van personeel en gebruik van faciliteiten"),
        ("P", "6.1 Inzet van personeel: de docenten techniek en de docenten algemene vakken van de scholen en de "
              "nautische en technische docenten van de vakinstelling vormen één docententeam. In de vo-fase worden "
              "door de vakinstelling per groep twee docenten ingezet voor zes lesuren per week; in de mbo-fase wordt "
              "door de scholen een docent wiskunde ingezet ten behoeve van leerlingen die het vmbo-examen nog dienen "
              "af te ronden. Voor het vakoverstijgende onderdeel 'Techniek aan boord' wordt toepassing gegeven aan "
              "artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Werkgeverschap blijft bij het bevoegd gezag van "
              "aanstelling."),
        ("P", "6.2 Gebruik van faciliteiten: de scholen stellen hun metaalwerkplaatsen en motorenlokalen ter "
              "beschikking; de vakinstelling haar navigatiesimulator, het motorenlab, het opleidingsschip en het "
              "internaat."),
        ("H", "§ 7 Overstapoptie"),
        ("P", "7.1 Aan iedere leerling wiens deelname aan de leerroute eindigt voordat hij haar met goed gevolg heeft "
              "doorlopen, wordt door partijen de mogelijkheid geboden een vmbo-diploma of een mbo-diploma te behalen, "
              "passend bij het bereikte onderwijsniveau en zijn leeftijd."),
        ("P", "7.2 Bij beëindiging in de vo-fase wordt het onderwijs voortgezet in de reguliere leerweg van het "
              "profiel Maritiem en techniek van de eigen school, dan wel in een ander profiel of een andere leerweg, "
              "gericht op het behalen van het vmbo-diploma."),
        ("P", "7.3 Bij beëindiging in de mbo-fase, dan wel indien het vmbo-diploma niet uiterlijk aan het einde van "
              "routejaar 3 is behaald, staat voortzetting open in een andere opleiding van de vakinstelling op "
              "niveau 2 of 3, of – in overleg met een andere instelling – in een opleiding in een andere richting in "
              "de regio. Bij voortzetting binnen de vakinstelling worden geen vooropleidingseisen gesteld; voor "
              "toelating tot een andere instelling wordt door partijen medewerking verleend aan het "
              "geschiktheidsonderzoek."),
        ("P", "7.4 Het oordeel over de passende voortzetting wordt gezamenlijk gegeven door de betrokken school en de "
              "vakinstelling, na overleg met de leerling en diens ouders. Uitwerking van de werkwijze vindt plaats in "
              "de schoolgidsen."),
        ("H", "§ 8 Overdracht van bekostiging"),
        ("P", "8.1 Met toepassing van artikel 9.1.15 WEB wordt door de vakinstelling aan de betrokken school een "
              "bedrag van € 600 overgedragen voor iedere student die op 1 oktober in routejaar 3 staat ingeschreven "
              "en het vmbo-diploma nog niet heeft behaald."),
        ("P", "8.2 Bestemming van dit bedrag is de afronding van het vmbo-examen van die student: de inzet van "
              "docenten van de school in de mbo-fase en de afname van het examen. Betaling geschiedt vóór 1 "
              "december."),
        ("P", "8.3 Overigens vindt tussen partijen geen overdracht van bekostiging plaats."),
        ("H", "§ 9 Medezeggenschap"),
        ("P", "9.1 In aanvulling op de Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de "
              "ondernemingsraden wordt een routeberaad ingesteld, bestaande uit een ouder en een leerling van ieder "
              "van de scholen en twee studenten van de vakinstelling. Het routeberaad komt tweemaal per jaar bijeen "
              "met de routemanager en ontvangt het jaarverslag."),
        ("P", "9.2 Voorgenomen wijzigingen van het PTA/OER en een voorgenomen opzegging worden voor advies voorgelegd "
              "aan de medezeggenschapsraden van beide scholen en de studentenraad van de vakinstelling."),
        ("H", "§ 10 Geschilbeslechting"),
        ("P", "10.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst voorgelegd aan de "
              "routecommissie en, indien daar binnen vier weken geen oplossing wordt bereikt, aan de voorzitters van "
              "de colleges van bestuur."),
        ("P", "10.2 Geschillen die daarna niet binnen zes weken zijn opgelost, worden beslecht door arbitrage "
              "overeenkomstig het Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht "
              "bestaat uit één arbiter; de plaats van arbitrage is Rotterdam; het scheidsgerecht beslist naar de "
              "regelen des rechts."),
        ("H", "§ 11 Toetreding"),
        ("P", "Toetreding van een andere school voor vmbo of een andere instelling voor beroepsonderwijs is mogelijk "
              "bij schriftelijke instemming van alle partijen, onder aanvaarding door de toetreder van deze "
              "overeenkomst en van het PTA/OER, met ingang van 1 augustus van een schooljaar en na vastlegging in een "
              "door alle partijen ondertekende toetredingsakte. Melding van de toetreding in RIO geschiedt door de "
              "toetreder."),
        ("H", "§ 12 Duur, opzegging, uittreding en ontbinding"),
        ("P", "12.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor zes jaar, met stilzwijgende "
              "verlenging telkens voor zes jaar."),
        ("P", "12.2 Opzegging of uittreding is mogelijk tegen 1 augustus van enig jaar, met een opzegtermijn van "
              "twaalf maanden, bij aangetekend schrijven aan de overige partijen. Uittreding van één partij laat de "
              "overeenkomst tussen de overige partijen onverlet."),
        ("P", "12.3 Na opzegging of uittreding vindt geen nieuwe instroom van leerlingen van de betrokken school meer "
              "plaats. Leerlingen die op dat moment aan de leerroute deelnemen, voltooien haar onder dezelfde "
              "voorwaarden; de uittredende partij blijft tot dat moment gebonden aan haar verplichtingen jegens hen. "
              "Het voorgaande is van overeenkomstige toepassing bij ontbinding."),
        ("H", "§ 13 Wijziging"),
        ("P", "Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk, met instemming en ondertekening "
              "van alle partijen. Inwerkingtreding van een wijziging die de leerlingen raakt, vindt niet eerder plaats "
              "dan bij de aanvang van het volgende schooljaar, zodat lopende cohorten hun programma ongewijzigd kunnen "
              "afronden."),
        ("P", "Aldus overeengekomen en in drievoud ondertekend te Werkendam op 25 juni 2025."),
        ("SIG", ["Voor Rivierzicht: drs. C. Verhoef", "Voor Merwede Vakcollege: J. Smits-van Dam",
                 "Voor de vakinstelling: ing. W. Boogaard"]),
    ],
    style={"font": "Georgia", "size": 10.5},
)

# === RENDERING ===================================================================================


def _pdf(ag, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    st = ag["style"]
    base = st.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[base]
    size = st.get("size", 10.5)
    hcol = colors.HexColor(st.get("head_color", "#000000"))
    align = TA_JUSTIFY if st.get("justify") else TA_LEFT
    s_t = ParagraphStyle("t", fontName=bold, fontSize=size + 6, leading=size + 10, alignment=TA_CENTER,
                         spaceAfter=6, textColor=hcol)
    s_s = ParagraphStyle("s", fontName=base, fontSize=size + 0.5, leading=size + 4, alignment=TA_CENTER,
                         spaceAfter=4)
    s_h = ParagraphStyle("h", fontName=bold, fontSize=size + 2, leading=size + 5, spaceBefore=10, spaceAfter=4,
                         textColor=hcol, keepWithNext=1)
    s_h2 = ParagraphStyle("h2", fontName=bold, fontSize=size + 0.5, leading=size + 4, spaceBefore=7,
                          spaceAfter=3, keepWithNext=1)
    s_p = ParagraphStyle("p", fontName=base, fontSize=size, leading=size * 1.38, spaceAfter=5, alignment=align)
    s_l = ParagraphStyle("l", parent=s_p, leftIndent=18, spaceAfter=3)
    s_sig = ParagraphStyle("sig", parent=s_p, spaceAfter=1)
    flow = []
    for b in ag["blocks"]:
        kind = b[0]
        if kind == "T":
            flow.append(Paragraph(escape(b[1]), s_t))
        elif kind == "S":
            flow.append(Paragraph(escape(b[1]), s_s))
        elif kind == "H":
            flow.append(Paragraph(escape(b[1]), s_h))
        elif kind == "H2":
            flow.append(Paragraph(escape(b[1]), s_h2))
        elif kind == "P":
            flow.append(Paragraph(escape(b[1]), s_p))
        elif kind == "L":
            flow.append(Paragraph(escape(b[1]), s_l))
        elif kind == "R":
            flow.append(Paragraph("<b>%s</b> %s" % (escape(b[1]), escape(b[2])), s_p))
        elif kind == "B":
            flow.append(Paragraph("<b>%s</b>" % escape(b[1]), s_p))
        elif kind == "SIG":
            flow.append(Spacer(1, 14))
            for line in b[1]:
                flow.append(Paragraph(escape(line) if line else "&nbsp;", s_sig))
        else:
            raise ValueError(kind)

    def _footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(base, 8)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.3 * cm, "pagina %d" % doc.page)
        if st.get("footer"):
            canvas.drawString(2.2 * cm, 1.3 * cm, st["footer"])
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, invariant=1, title=st.get("title", ag["name"]),
                            author="", subject="", creator="", producer="")
    doc.build(flow, onFirstPage=_footer, onLaterPages=_footer)


def _docx(ag, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    st = ag["style"]
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = st.get("font", "Calibri")
    normal.font.size = Pt(st.get("size", 11))
    for b in ag["blocks"]:
        kind = b[0]
        if kind == "T":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(16)
        elif kind == "S":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "H":
            if st.get("plain_headings"):
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(12)
            else:
                d.add_heading(b[1], level=1)
        elif kind == "H2":
            if st.get("plain_headings"):
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
            else:
                d.add_heading(b[1], level=2)
        elif kind == "P":
            d.add_paragraph(b[1])
        elif kind == "L":
            p = d.add_paragraph(b[1])
            p.paragraph_format.left_indent = Cm(0.8)
        elif kind == "R":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            p.add_run(" " + b[2])
        elif kind == "B":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif kind == "SIG":
            d.add_paragraph("")
            for line in b[1]:
                d.add_paragraph(line)
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = st.get("author", "")
    cp.last_modified_by = st.get("author", "")
    cp.title = st.get("title", ag["name"])
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, open(path, "wb") as fh:
        with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zi.create_system = 0
                zout.writestr(zi, data)


def _text(ag, path, md):
    out = []
    for b in ag["blocks"]:
        kind = b[0]
        if kind == "T":
            out.append(("# " + b[1]) if md else b[1].upper())
            if not md:
                out.append("=" * len(b[1]))
            out.append("")
        elif kind == "S":
            out.append(("_%s_" % b[1]) if md else b[1])
            out.append("")
        elif kind == "H":
            out.append(("## " + b[1]) if md else b[1])
            if not md and ag["style"].get("underline", True):
                out.append("-" * len(b[1]))
            out.append("")
        elif kind == "H2":
            out.append(("### " + b[1]) if md else b[1])
            out.append("")
        elif kind == "P":
            out.append(b[1])
            out.append("")
        elif kind == "L":
            item = b[1]
            if md and item.startswith("– "):
                out.append("- " + item[2:])
            elif md and re.match(r"^\w{1,3}[.)] ", item):
                out.append(item)
            else:
                out.append("   " + item)
            out.append("")
        elif kind == "R":
            out.append(("**%s** %s" % (b[1], b[2])) if md else ("%s %s" % (b[1], b[2])))
            out.append("")
        elif kind == "B":
            out.append(("**%s**" % b[1]) if md else b[1])
            out.append("")
        elif kind == "SIG":
            out.append("")
            for line in b[1]:
                out.append(line)
            out.append("")
        else:
            raise ValueError(kind)
    txt = "\n".join(out).rstrip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)


def expected(ag):
    return {"description": ag["description"], "split": "heldout", "statuses": ag["statuses"],
            "evidence": ag["evidence"]}


def build(ag):
    path = os.path.join(HERE, "%s.%s" % (ag["name"], ag["fmt"]))
    if ag["fmt"] == "pdf":
        _pdf(ag, path)
    elif ag["fmt"] == "docx":
        _docx(ag, path)
    elif ag["fmt"] in ("txt", "md"):
        _text(ag, path, ag["fmt"] == "md")
    else:
        raise ValueError(ag["fmt"])
    with open(os.path.join(HERE, ag["name"] + ".expected.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(expected(ag), indent=2, ensure_ascii=False) + "\n")
    return path


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
        import docx
        with zipfile.ZipFile(path) as z:
            assert "word/document.xml" in z.namelist()
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts), None
    with open(path, encoding="utf-8") as fh:
        return fh.read(), None


def norm(s):
    return " ".join(s.replace("\u00ad", "").split())


def check():
    ok = True
    letters = list("abcdefghij")
    for num in sorted(AGREEMENTS):
        ag = AGREEMENTS[num]
        path = os.path.join(HERE, "%s.%s" % (ag["name"], ag["fmt"]))
        probs = []
        if not os.path.exists(path):
            print("MISSING", path)
            ok = False
            continue
        size = os.path.getsize(path)
        if size >= 200 * 1024:
            probs.append("too large: %d" % size)
        try:
            text, pages = extract(path)
        except Exception as exc:  # pragma: no cover
            probs.append("does not open: %r" % exc)
            text, pages = "", None
        nt = norm(text)
        for k, v in ag["evidence"].items():
            if norm(v) not in nt:
                probs.append("evidence %s not found: %r" % (k, v))
            if ag["statuses"].get(k) != "present":
                probs.append("evidence given for non-present item %s" % k)
        if sorted(ag["statuses"]) != letters:
            probs.append("statuses keys wrong")
        for k, v in ag["statuses"].items():
            if v not in ("present", "weak", "missing", "not_applicable"):
                probs.append("bad status %s=%s" % (k, v))
        ep = os.path.join(HERE, ag["name"] + ".expected.json")
        try:
            with open(ep, encoding="utf-8") as fh:
                got = json.load(fh)
            if got != expected(ag):
                probs.append("expected.json differs from table")
        except Exception as exc:
            probs.append("expected.json unreadable: %r" % exc)
        words = len(nt.split())
        print("%s  %-45s %6d bytes  %5d words  pages=%s  %s" % (
            "OK " if not probs else "ERR", os.path.basename(path), size, words, pages, "; ".join(probs)))
        ok = ok and not probs
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    wanted = set()
    for a in argv:
        m = re.search(r"(\d+)$", a)
        if m:
            n = int(m.group(1))
            wanted.add(n if n >= 100 else 400 + n)
    for num in sorted(AGREEMENTS):
        if wanted and num not in wanted:
            continue
        print("built", build(AGREEMENTS[num]))


if __name__ == "__main__":
    main(sys.argv[1:])
