#!/usr/bin/env python3
"""Build training samples 93-100 (batch train6c) for leerroute-check.

Written by an independent sample author (a helper session started by the project lead), from the two
official guidance documents in /work/shared/seeds (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie), /work/shared/domain.md and sample_agreements/LABELS.md only, without looking at the
checker code, the models, the tests or the texts/build scripts of the other samples.

Voice of this batch: policy officers, consultants and regional consortium secretaries (governance,
regiegroep, monitoring, escalatieladder, exit-regeling, business case, kaders, borging). Focus: the core
elements of each item written in the writers' own words rather than the checklist words. Six agreements
are fully compliant (93, 94, 95, 96, 98, 100); two carry subtle defects (97: benoeming of the stuurgroep
deferred to a reglement, transfer of funds without omvang; 99: bedrijfsleven only as intention and
deferral, disputes only "in goed onderling overleg").

Usage:
    python3 build_samples_train6c.py            # build all eight samples
    python3 build_samples_train6c.py 93 100     # build only these numbers
    python3 build_samples_train6c.py --check    # open every produced file and verify it
"""

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


# --------------------------------------------------------------------------------------------------
# Tiny document model
# --------------------------------------------------------------------------------------------------
def T(t):
    return ("title", t)


def S(t):
    return ("sub", t)


def H(t):
    return ("h", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def L(t):
    return ("li", t)


def TAB(header, rows, widths):
    return ("table", header, rows, widths)


def SIG(rows):
    return ("sig", rows)


BR = ("br",)


# ==================================================================================================
# 93 - long agreement, numbered articles, four parties, Twente, PIE -> elektrotechniek 3 and 4 (PDF)
# ==================================================================================================
DOC93 = [
    T("SAMENWERKINGSOVEREENKOMST"),
    S("Doorlopende leerroutes Produceren, installeren en energie - Consortium Techniekroutes Twente"),
    S("Kenmerk CTT/2025-014 | versie 1.0 | vastgesteld in het bestuurlijk overleg van 30 juni 2025"),
    H("De ondergetekenden:"),
    L("1. Stichting Voortgezet Onderwijs Noord-Twente, statutair gevestigd te Oldenzaal, bevoegd gezag van het "
      "Dinkelborgh College, te dezen rechtsgeldig vertegenwoordigd door mevrouw drs. M.A. Oude Luttikhuis, "
      "voorzitter van het college van bestuur, hierna te noemen: ‘Dinkelborgh’;"),
    L("2. Stichting Christelijk Voortgezet Onderwijs Hengelo-Borne, statutair gevestigd te Hengelo, bevoegd gezag "
      "van het Oelerhof College, te dezen rechtsgeldig vertegenwoordigd door de heer ir. J.H. Kamphuis, bestuurder, "
      "hierna te noemen: ‘Oelerhof’;"),
    L("3. Stichting Openbaar Voortgezet Onderwijs Almelo-Wierden, statutair gevestigd te Almelo, bevoegd gezag van "
      "de Rietvelt Scholengemeenschap, te dezen rechtsgeldig vertegenwoordigd door mevrouw A.G. Wolbers MEd, "
      "voorzitter van het college van bestuur, hierna te noemen: ‘Rietvelt’;"),
    L("4. Stichting Regionaal Opleidingencentrum Twentevaart, statutair gevestigd te Hengelo, te dezen rechtsgeldig "
      "vertegenwoordigd door de heer drs. R.W. Haverkate, lid van het college van bestuur, hierna te noemen: "
      "‘Twentevaart’;"),
    P("partijen 1 tot en met 3 hierna gezamenlijk ook te noemen: ‘de vmbo-partners’; partijen 1 tot en met 4 "
      "gezamenlijk: ‘het consortium’ of ‘partijen’;"),
    H("Overwegende dat:"),
    L("a. de vraag naar elektrotechnisch geschoolde vakmensen in Twente als gevolg van de energietransitie "
      "structureel groter is dan het aanbod, zoals blijkt uit de Regionale Arbeidsmarktmonitor Twente 2024;"),
    L("b. partijen sinds schooljaar 2019-2020 in het kader van het experiment vakmanschapsroute samenwerken in de "
      "‘Techniekroute Twente’ en die samenwerking willen voortzetten en verbreden op basis van de Wet doorlopende "
      "leerroutes vmbo-mbo;"),
    L("c. partijen met deze overeenkomst uitvoering geven aan artikel 2.107b van de Wet voortgezet onderwijs 2020 "
      "en artikel 9.1.3 van de Wet educatie en beroepsonderwijs;"),
    L("d. partijen de samenwerking niet afhankelijk willen laten zijn van personen en daarom de governance, de "
      "kaders en de borging van de routes schriftelijk vastleggen;"),
    P("verklaren te zijn overeengekomen als volgt:"),

    H("Artikel 1 Begrippen"),
    P("In deze overeenkomst wordt verstaan onder:"),
    L("a. route: een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020, zoals beschreven in "
      "artikel 2;"),
    L("b. vo-fase: de eerste twee jaren van de route (leerjaar 3 en 4 van het vmbo), waarin de leerling is "
      "ingeschreven bij een vmbo-partner;"),
    L("c. mbo-fase: het deel van de route vanaf het derde routejaar, waarin de leerling als student is ingeschreven "
      "bij Twentevaart;"),
    L("d. regiegroep: het gezamenlijke aansturingsorgaan, bedoeld in artikel 3;"),
    L("e. routemanager: de functionaris, bedoeld in artikel 3, zevende lid;"),
    L("f. kernteam: de docenten en begeleiders die structureel in een route zijn ingezet;"),
    L("g. PTA/OER: het gezamenlijk vastgestelde programma van toetsing en afsluiting en de onderwijs- en "
      "examenregeling van een route;"),
    L("h. werkveldtafel: het overleg met het regionale installatiewerkveld, bedoeld in artikel 8."),

    H("Artikel 2 Welke routes het consortium verzorgt"),
    L("1. Het consortium verzorgt de volgende routes:"),
    L("Route A - profiel Produceren, installeren en energie in de kaderberoepsgerichte leerweg, doorlopend naar de "
      "vakopleiding Eerste monteur elektrotechnische installaties in de gebouwde omgeving (niveau 3, "
      "beroepsopleidende leerweg) van Twentevaart;"),
    L("Route B - profiel Produceren, installeren en energie in de gemengde leerweg, doorlopend naar de "
      "middenkaderopleiding Technicus elektrotechnische installaties in de gebouwde omgeving (niveau 4, "
      "beroepsopleidende leerweg) van Twentevaart."),
    L("2. Route A wordt aangeboden door alle drie vmbo-partners; route B door Oelerhof en Rietvelt."),
    L("3. De nominale duur van route A bedraagt vijf jaar en van route B zes jaar, gerekend vanaf leerjaar 3 van "
      "het vmbo. Partijen benutten de tijd die vrijkomt door het wegnemen van overlap voor verdieping en niet voor "
      "verkorting."),
    L("4. Leerlingen kiezen aan het eind van leerjaar 2 voor een route. De vmbo-partner beslist over plaatsing na een "
      "intakegesprek en op advies van de mentor; artikel 3, vierde lid, onder c, is van toepassing."),

    H("Artikel 3 Aansturing: regiegroep en routemanager"),
    L("1. Partijen brengen de tactische en operationele aansturing van de routes onder bij een gezamenlijke "
      "regiegroep. De regiegroep telt vier leden: namens iedere vmbo-partner de directeur die de bovenbouw techniek "
      "onder zich heeft, en namens Twentevaart de directeur van het College Techniek & Technologie. De routemanager "
      "woont de vergaderingen bij als secretaris, zonder stem."),
    L("2. Ieder college van bestuur vaardigt zijn lid bij schriftelijk besluit af en zendt dat besluit in afschrift "
      "aan de andere partijen. Op dezelfde wijze vaardigt ieder college een vaste plaatsvervanger af. Een college "
      "kan zijn afvaardiging op ieder moment intrekken en een ander lid afvaardigen; het meldt dat onverwijld aan de "
      "andere partijen."),
    L("3. Het voorzitterschap rouleert per schooljaar tussen de leden, in de volgorde Twentevaart, Dinkelborgh, "
      "Oelerhof, Rietvelt."),
    L("4. De besturen leggen in handen van de regiegroep, en geven haar daartoe mandaat om zelfstandig en met "
      "bindende werking voor alle partijen te besluiten over:"),
    L("a. de jaarplanning en de roosterkaders van de routes;"),
    L("b. het aantal plaatsen per route en per locatie voor het komende schooljaar;"),
    L("c. de toelating van leerlingen tot een route, op voordracht van de vmbo-partner;"),
    L("d. het ontwerp van het PTA/OER per leerjaar, dat zij ter vaststelling voorlegt aan de examencommissies en de "
      "besturen;"),
    L("e. de verdeling van de docentinzet over de locaties, binnen de formatie die iedere partij daarvoor "
      "beschikbaar stelt;"),
    L("f. de besteding van het routebudget, bedoeld in artikel 10, binnen de door de besturen goedgekeurde "
      "begroting, tot een bedrag van € 40.000 per afzonderlijke uitgave;"),
    L("g. de samenstelling van de werkveldtafel, bedoeld in artikel 8."),
    L("5. Voorbehouden aan de besturen gezamenlijk blijven: de vaststelling van de begroting en uitgaven daarbuiten, "
      "personele besluiten in arbeidsrechtelijke zin, het starten of stoppen van een route en iedere wijziging van "
      "deze overeenkomst."),
    L("6. De regiegroep besluit bij consensus. Wordt geen consensus bereikt, dan wordt het onderwerp in de "
      "eerstvolgende vergadering opnieuw geagendeerd; blijft overeenstemming uit, dan is artikel 12 van toepassing."),
    L("7. De dagelijkse regie ligt bij een routemanager. De routemanager wordt geworven door een selectiecommissie "
      "waarin alle partijen zitting hebben, door de regiegroep voorgedragen en door het college van bestuur van "
      "Twentevaart in dienst genomen en in de functie geplaatst, nadat de drie vmbo-besturen schriftelijk met de "
      "voordracht hebben ingestemd. De routemanager bereidt de besluiten van de regiegroep voor, stuurt de kernteams "
      "aan, bewaakt de uitvoering van het jaarplan en mag binnen dat jaarplan zelfstandig verplichtingen aangaan tot "
      "€ 5.000 per geval."),

    H("Artikel 4 Monitoring en rekenschap"),
    L("1. De regiegroep houdt de besturen langs drie lijnen op de hoogte:"),
    L("a. twee keer per jaar, uiterlijk op 15 januari en 15 juni, met een voortgangsnotitie van ten hoogste vier "
      "pagina’s, met een dashboard van in-, door- en uitstroom per route en per locatie, de resultaten van toetsen en "
      "examens, de realisatie van de docentinzet en de uitputting van het routebudget;"),
    L("b. jaarlijks vóór 1 november met een jaarbeeld over het afgelopen schooljaar, met een inhoudelijke evaluatie "
      "en een financiële afrekening; de besturen bespreken het jaarbeeld in het bestuurlijk overleg van november en "
      "stellen het vast of geven de regiegroep opdracht tot bijsturing;"),
    L("c. tussentijds, binnen tien werkdagen, bij signalen die de continuïteit van een route raken, zoals een "
      "dreigende overschrijding van meer dan tien procent op een begrotingspost, een tekort aan docenten of een "
      "signaal van de inspectie."),
    L("2. Ieder bestuur kan daarnaast op elk moment aanvullende gegevens opvragen; de regiegroep levert die binnen "
      "twintig werkdagen."),
    L("3. De besturen voeren ten minste eenmaal per jaar bestuurlijk overleg. De voorzitter van de regiegroep is "
      "daarbij aanwezig om de gang van zaken toe te lichten en vragen van de besturen te beantwoorden."),

    H("Artikel 5 Programma en leerlocaties"),
    L("1. In de vo-fase volgen leerlingen het onderwijs op de eigen vmbo-locatie, met één lesdag per week op de "
      "campus van Twentevaart in Hengelo (route A: donderdag; route B: dinsdag). In de mbo-fase volgen studenten het "
      "onderwijs bij Twentevaart, aangevuld met beroepspraktijkvorming bij erkende leerbedrijven."),
    L("2. Partijen beschrijven voor iedere route, per leerjaar, het onderwijsprogramma, de examinering en de "
      "beroepspraktijkvorming in één gezamenlijk PTA/OER. Daarin is aangegeven welke onderdelen tot het "
      "vmbo-programma, welke tot het mbo-programma en welke tot beide behoren. Het PTA/OER wordt jaarlijks vóór "
      "1 oktober vastgesteld. Bijlage 1 geeft het jaarschema op hoofdlijnen."),
    L("3. Het centraal examen vmbo wordt afgenomen in het tweede routejaar. De vmbo-partner blijft verantwoordelijk "
      "voor het eindexamen van een leerling die in de mbo-fase nog een vmbo-onderdeel moet afronden. Twentevaart is "
      "verantwoordelijk voor de mbo-examinering en de diplomering."),
    L("4. Leerlingen zijn in de vo-fase ingeschreven bij de vmbo-partner en vanaf het derde routejaar bij "
      "Twentevaart. De vmbo-partner zorgt voor tijdige uitschrijving en, met inachtneming van de AVG, voor de "
      "overdracht van het leerlingdossier."),
    L("5. Het toezicht op verzuim berust in de vo-fase bij de vmbo-partner en in de mbo-fase bij Twentevaart."),

    H("Artikel 6 Mensen, ruimtes en materieel"),
    L("1. Partijen werken per route met één kernteam van vmbo- en mbo-docenten. Twentevaart levert voor iedere "
      "routeklas in de vo-fase ten minste zes lesuren per week door een docent elektrotechniek, waarvan vier uur op "
      "de campus en twee uur op de vmbo-locatie. De vmbo-partners leveren voor het eerste jaar van de mbo-fase de "
      "docenten Nederlands en wiskunde die de generieke onderdelen verzorgen, twee uur per week per klas."),
    L("2. Partijen maken gebruik van de teambevoegdheid, bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, "
      "voor de vakoverstijgende projecten ‘Slim installeren’ (leerjaar 4) en ‘Woning van de toekomst’ (eerste jaar "
      "mbo-fase). Voor ieder programmaonderdeel in die projecten is ten minste één daartoe bevoegde docent "
      "betrokken; de onderdelen waarin teams worden ingezet, zijn in het PTA/OER aangegeven."),
    L("3. Iedere partij blijft werkgever van haar eigen personeel; detachering is niet aan de orde. De ingezette "
      "docenten volgen jaarlijks ten minste één gezamenlijke professionaliseringsdag."),
    L("4. Over en weer stellen partijen de volgende ruimtes en middelen beschikbaar:"),
    L("a. Twentevaart: de installatiewerkplaats, het domoticalab en de PV-proeftuin op de campus Hengelo, op de vaste "
      "lesdagen, met persoonlijke beschermingsmiddelen en verbruiksmateriaal;"),
    L("b. Dinkelborgh: het praktijklokaal installatietechniek in Oldenzaal, op maandagmiddag, voor de "
      "praktijkinstructie van bbl-studenten van Twentevaart;"),
    L("c. Oelerhof en Rietvelt: hun praktijklokalen PIE voor de gezamenlijke meet- en schakeltrainingen, volgens het "
      "uitleenrooster in bijlage 2;"),
    L("d. de vier mobiele zonnepaneeltrainers die met een bijdrage van het Regionaal Investeringsfonds zijn "
      "aangeschaft; zij rouleren volgens hetzelfde uitleenrooster."),
    L("5. Schade die ontstaat bij het gebruik van ruimtes of materieel van een andere partij komt voor rekening van de "
      "partij wier leerlingen of personeel de schade hebben veroorzaakt, voor zover niet door verzekering gedekt."),

    H("Artikel 7 Klachten, veiligheid en gegevens"),
    L("1. De klachtenregeling van iedere partij is ook van toepassing op gedragingen in het kader van de route van "
      "personeel of bestuur van een andere partij. Ontvangt een vmbo-partner een klacht over een docent van "
      "Twentevaart, dan informeert zij Twentevaart binnen vijf werkdagen en handelen zij de klacht samen af. De "
      "voorzitter van de behandelende klachtencommissie is niet werkzaam voor de partij op wie de klacht betrekking "
      "heeft."),
    L("2. Partijen wisselen leerlinggegevens uitsluitend uit volgens het gegevensuitwisselingsprotocol in bijlage 3."),
    L("3. In werkplaatsen gelden de veiligheidsregels van de partij die de ruimte beschikbaar stelt. Studenten behalen "
      "in het eerste jaar van de mbo-fase het certificaat VCA-basis."),

    H("Artikel 8 Samen met het installatiewerkveld"),
    L("1. De inbreng van het werkveld loopt via een werkveldtafel, die ten minste drie keer per schooljaar "
      "bijeenkomt. Aan tafel zitten de Installatiekring Twente (de regionale vereniging van installatiebedrijven), ten "
      "minste vier leerbedrijven - bij de start Ter Haar & Wolters Installatietechniek (Borne), Elektro Nijhuis "
      "(Almelo), Groenestroom Installaties (Oldenzaal) en Kampman Gebouwtechniek (Hengelo) -, een adviseur "
      "praktijkleren van SBB en de routemanager."),
    L("2. De werkveldtafel adviseert de regiegroep over de inhoud van het programma, de keuze van keuzedelen en de "
      "actualiteit van de praktijkopdrachten. Volgt de regiegroep een advies niet, dan motiveert zij dat schriftelijk."),
    L("3. De leerbedrijven aan de werkveldtafel zeggen toe:"),
    L("a. per routeklas ten minste zes gastlessen of werkplekbezoeken per schooljaar in de vo-fase;"),
    L("b. een snuffelstage van vijf dagen voor iedere leerling in leerjaar 4;"),
    L("c. voldoende plaatsen voor de beroepspraktijkvorming in de mbo-fase, bij door SBB erkende leerbedrijven;"),
    L("d. een praktijkbeoordelaar bij de proeve van bekwaamheid ‘Woning van de toekomst’."),
    L("4. Andere bedrijven kunnen op uitnodiging van de regiegroep aan de werkveldtafel deelnemen."),

    H("Artikel 9 Als de route niet (meer) past"),
    L("1. Partijen staan ervoor in dat iedere leerling die de route voortijdig verlaat, om welke reden ook - "
      "verhuizing, een niveau dat niet aansluit of een andere beroepswens -, een vervolg krijgt dat leidt naar een "
      "vmbo- of mbo-diploma. Daarbij geldt:"),
    L("a. wie in de vo-fase uitstapt, vervolgt de kaderberoepsgerichte of gemengde leerweg in het profiel "
      "Produceren, installeren en energie of, als de leerling dat wil, in een ander profiel van de eigen "
      "vmbo-partner, met behoud van de behaalde PTA-resultaten voor zover die in het nieuwe programma passen;"),
    L("b. wie aan het eind van het derde routejaar het vmbo-diploma nog niet heeft, kan bij Twentevaart doorstromen "
      "naar een mbo-opleiding op vergelijkbaar niveau zonder dat vooropleidingseisen worden gesteld, of het "
      "ontbrekende vmbo-deel opnieuw volgen bij de vmbo-partner om het diploma alsnog te behalen;"),
    L("c. een student in route B die niveau 4 niet aankan, stroomt over naar route A of naar een andere opleiding op "
      "niveau 3 van Twentevaart, met inbreng van de al behaalde onderdelen;"),
    L("d. wie een andere richting kiest, kan instromen in een andere opleiding van Twentevaart op hetzelfde niveau, of "
      "wordt met een warme overdracht begeleid naar een passende opleiding elders in de regio; Twentevaart "
      "ondersteunt daarbij een eventueel geschiktheidsonderzoek bij die andere instelling."),
    L("2. Welke vervolgtrajecten voor een leerling in aanmerking komen, stellen de betrokken vmbo-partner en "
      "Twentevaart samen vast, op basis van wat de leerling heeft bereikt en van zijn leeftijd. De mentor en de "
      "loopbaanadviseur van Twentevaart bespreken die trajecten met de leerling en zijn ouders of verzorgers en "
      "kiezen in dat gesprek met hen het vervolg. Het gesprek vindt plaats binnen vier weken nadat duidelijk is dat "
      "de deelname aan de route eindigt."),
    L("3. De vmbo-partners nemen deze werkwijze op in hun schoolgids; Twentevaart in haar studiegids."),
    L("4. Dit artikel geldt niet bij definitieve verwijdering van de leerling of student."),

    H("Artikel 10 Geldstromen"),
    L("1. Voor het onderwijs dat Twentevaart in de vo-fase verzorgt, draagt iedere vmbo-partner met toepassing van "
      "artikel 5.42a WVO 2020 een deel van haar rijksbijdrage aan Twentevaart over. Dat deel bedraagt € 1.150 per "
      "routeleerling per leerjaar in de vo-fase, berekend naar het aantal routeleerlingen op 1 oktober."),
    L("2. Twentevaart besteedt deze middelen uitsluitend aan:"),
    L("a. de inzet van haar docenten in de vo-fase, bedoeld in artikel 6, eerste lid;"),
    L("b. verbruiksmateriaal en onderhoud van de installatiewerkplaats en het domoticalab, voor zover door routeklassen "
      "gebruikt;"),
    L("c. de helft van de loonkosten van de routemanager."),
    L("3. Voor studenten die in de mbo-fase nog een vmbo-onderdeel afronden, draagt Twentevaart met toepassing van "
      "artikel 9.1.15 WEB € 450 per student over aan de betrokken vmbo-partner, te besteden aan de begeleiding en de "
      "examinering van dat onderdeel."),
    L("4. Twentevaart factureert halfjaarlijks, op 1 december en 1 mei. De besteding wordt verantwoord in het jaarbeeld "
      "(artikel 4). Overige kosten draagt iedere partij zelf."),

    H("Artikel 11 Stem van leerlingen, ouders en medewerkers"),
    L("1. Op de route is het medezeggenschapsregime van toepassing dat bij de fase hoort: in de vo-fase de Wet "
      "medezeggenschap op scholen via de medezeggenschapsraad van de vmbo-partner, in de mbo-fase hoofdstuk 8a WEB "
      "en de Wet op de ondernemingsraden."),
    L("2. Bovenop dat regime spreken partijen af:"),
    L("a. de medezeggenschapsraden van de drie vmbo-partners, de studentenraad van Twentevaart en de "
      "onderdeelcommissie van het College Techniek & Technologie vaardigen ieder twee leden af naar een gezamenlijk "
      "routeberaad, dat twee keer per jaar bijeenkomt, het jaarbeeld bespreekt en de regiegroep gevraagd en "
      "ongevraagd kan adviseren;"),
    L("b. twee leerlingen uit de vo-fase mogen als toehoorder met spreekrecht de vergaderingen van de studentenraad "
      "van Twentevaart bijwonen;"),
    L("c. voorgenomen besluiten over het starten of stoppen van een route worden gelijktijdig aan alle betrokken "
      "medezeggenschapsorganen voorgelegd."),

    H("Artikel 12 Als partijen het oneens zijn"),
    L("1. Verschillen van inzicht over de uitvoering of de uitleg van deze overeenkomst doorlopen de volgende "
      "escalatieladder:"),
    L("a. de routemanager en de betrokken leden van de regiegroep zoeken binnen tien werkdagen een oplossing;"),
    L("b. lukt dat niet, dan behandelt de voltallige regiegroep de kwestie binnen vier weken in een extra "
      "vergadering;"),
    L("c. daarna leggen de betrokken bestuurders de kwestie voor aan het bestuurlijk overleg, dat binnen zes weken "
      "een standpunt inneemt;"),
    L("d. blijft het verschil bestaan, dan schakelen partijen een mediator in die is ingeschreven in het register van "
      "de Mediatorsfederatie Nederland; de kosten worden gelijk gedeeld;"),
    L("e. levert mediation binnen drie maanden geen oplossing op, dan kan iedere partij de kwestie voorleggen aan de "
      "Rechtbank Overijssel, locatie Almelo."),
    L("2. Zolang een kwestie loopt, zetten partijen de uitvoering van de routes ongewijzigd voort, zodat leerlingen "
      "daar geen hinder van ondervinden."),

    H("Artikel 13 Aanhaken van nieuwe partners"),
    L("1. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot het consortium "
      "toetreden, als:"),
    L("a. zij het profiel Produceren, installeren en energie respectievelijk een aanverwante opleiding aanbiedt;"),
    L("b. zij zich verbindt aan deze overeenkomst en aan het gezamenlijke PTA/OER;"),
    L("c. zij haar aandeel in de docentinzet en de ruimtes schriftelijk toezegt;"),
    L("d. de colleges van bestuur van alle partijen, na advies van de regiegroep, schriftelijk hebben ingestemd."),
    L("2. Een verzoek tot toetreding wordt vóór 1 januari ingediend; de toetreding gaat in op 1 augustus daaropvolgend, "
      "zodat de nieuwe partner aansluit bij de start van een schooljaar."),
    L("3. De toetreding wordt vastgelegd in een toetredingsverklaring die aan deze overeenkomst wordt gehecht; de "
      "toetredende partij meldt de route in RIO."),
    L("4. Een toetreding verandert niets aan de plaatsing of het programma van leerlingen die al in een route zitten."),

    H("Artikel 14 Looptijd, exit-regeling en bijstelling"),
    L("1. Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd. Partijen evalueren haar elke "
      "drie jaar, voor het eerst in het voorjaar van 2028."),
    L("2. Een partij kan uit het consortium stappen door schriftelijke opzegging aan de andere partijen, met een "
      "opzegtermijn van ten minste twaalf maanden. De uittreding gaat altijd in op 1 augustus, aan het einde van een "
      "schooljaar."),
    L("3. Partijen kunnen de overeenkomst ten aanzien van een partij ontbinden als die partij na schriftelijke "
      "ingebrekestelling en een hersteltermijn van drie maanden haar wezenlijke verplichtingen niet nakomt."),
    L("4. Exit-regeling. Bij uittreding of ontbinding:"),
    L("a. stopt de instroom van nieuwe leerlingen bij de uittredende partij met ingang van het schooljaar dat volgt op "
      "de opzegging;"),
    L("b. maken leerlingen die al in de route zitten, hun route af volgens het programma waarmee zij zijn begonnen;"),
    L("c. blijft de uittredende partij haar docenten, ruimtes en bijdragen leveren tot de laatste lopende lichting de "
      "route heeft afgerond of, met instemming van leerling en ouders, elders passend is geplaatst;"),
    L("d. stellen de overblijvende partijen binnen drie maanden een afbouwplan op, dat aan de betrokken leerlingen en "
      "ouders wordt toegelicht."),
    L("5. Deze overeenkomst wordt uitsluitend schriftelijk gewijzigd, met de handtekening van alle colleges van "
      "bestuur, na advies van de regiegroep en het routeberaad. Een wijziging gaat in bij het begin van een "
      "schooljaar en wordt niet ten nadele van leerlingen die al in de route zitten toegepast, tenzij wet- of "
      "regelgeving dat onvermijdelijk maakt. De regiegroep kan de bijlagen aanpassen voor zover dat de kaders van "
      "deze overeenkomst niet raakt."),

    H("Artikel 15 Melding"),
    P("Iedere vmbo-partner meldt de route of routes die zij samen met Twentevaart verzorgt in het Register "
      "Instellingen en Opleidingen; Twentevaart doet hetzelfde voor haar deel en coördineert de planning, zodat alle "
      "meldingen vóór de start van het schooljaar 2025-2026 zijn gedaan."),

    H("Artikel 16 Slotbepalingen"),
    L("1. Op deze overeenkomst is Nederlands recht van toepassing."),
    L("2. De bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de overeenkomst voor."),
    L("3. Is een bepaling nietig of vernietigbaar, dan blijven de overige bepalingen van kracht; partijen vervangen de "
      "bepaling door een bepaling die haar strekking zo dicht mogelijk benadert."),
    P("Aldus overeengekomen en in viervoud ondertekend te Hengelo op 30 juni 2025."),
    SIG([
        ("Stichting Voortgezet Onderwijs Noord-Twente", "drs. M.A. Oude Luttikhuis", "voorzitter college van bestuur"),
        ("Stichting Christelijk Voortgezet Onderwijs Hengelo-Borne", "ir. J.H. Kamphuis", "bestuurder"),
        ("Stichting Openbaar Voortgezet Onderwijs Almelo-Wierden", "A.G. Wolbers MEd",
         "voorzitter college van bestuur"),
        ("Stichting Regionaal Opleidingencentrum Twentevaart", "drs. R.W. Haverkate", "lid college van bestuur"),
    ]),
    BR,
    H("Bijlage 1 Jaarschema routes op hoofdlijnen"),
    TAB(["Routejaar", "Route A (kader - niveau 3)", "Route B (gemengd - niveau 4)", "Ingeschreven bij"], [
        ["1 (vmbo 3)", "PIE-basis, oriëntatie installeren; donderdag op campus", "PIE-basis, meten en regelen; "
         "dinsdag op campus", "vmbo-partner"],
        ["2 (vmbo 4)", "Centraal examen vmbo; project ‘Slim installeren’; snuffelstage", "Centraal examen vmbo; "
         "project ‘Slim installeren’; snuffelstage", "vmbo-partner"],
        ["3", "Eerste jaar mbo-fase; project ‘Woning van de toekomst’; generiek door vmbo-docenten",
         "Eerste jaar mbo-fase; project ‘Woning van de toekomst’", "Twentevaart"],
        ["4", "Bpv en keuzedelen", "Verdieping ontwerp en engineering", "Twentevaart"],
        ["5", "Proeve van bekwaamheid; diplomering niveau 3", "Bpv", "Twentevaart"],
        ["6", "-", "Proeve van bekwaamheid; diplomering niveau 4", "Twentevaart"],
    ], [0.14, 0.33, 0.33, 0.20]),
    H("Bijlage 2 Uitleenrooster ruimtes en materieel"),
    TAB(["Ruimte of materieel", "Eigenaar", "Beschikbaar voor", "Moment"], [
        ["Installatiewerkplaats en domoticalab", "Twentevaart", "routeklassen vo-fase", "di en do, hele dag"],
        ["PV-proeftuin", "Twentevaart", "routeklassen vo-fase en mbo-fase", "op reservering"],
        ["Praktijklokaal installatietechniek", "Dinkelborgh", "bbl-studenten Twentevaart", "ma 13.00-17.00"],
        ["Praktijklokalen PIE", "Oelerhof, Rietvelt", "gezamenlijke meet- en schakeltrainingen", "vier keer per jaar"],
        ["Vier mobiele zonnepaneeltrainers", "consortium", "alle locaties", "per periode van zes weken"],
    ], [0.34, 0.18, 0.28, 0.20]),
    H("Bijlage 3 Gegevensuitwisselingsprotocol (samenvatting)"),
    P("Partijen wisselen alleen de gegevens uit die nodig zijn voor plaatsing, begeleiding, examinering en "
      "overstap: naam, geboortedatum, onderwijsnummer, behaalde resultaten en ondersteuningsbehoefte. De uitwisseling "
      "loopt via het beveiligde overdrachtsportaal van Twentevaart. Iedere partij blijft verwerkingsverantwoordelijke "
      "voor de gegevens in haar eigen administratie. Datalekken worden binnen 24 uur aan de andere partijen gemeld."),
]

EXP93 = {
    "description": "Long formal agreement (PDF, 16 numbered articles + 3 annexes), four parties (three vmbo boards and "
                   "one ROC), Twente, PIE kb/gl -> Eerste monteur elektrotechnische installaties 3 and Technicus "
                   "4. Fully compliant in own words: regiegroep members 'afgevaardigd bij schriftelijk besluit', "
                   "mandate list, voortgangsnotitie/jaarbeeld, exit-regeling; transfer EUR 1.150 and EUR 450 with "
                   "bestemming; extra medezeggenschap (routeberaad).",
    "split": "train",
    "statuses": {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
                 "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    "evidence": {
        "a": "Artikel 2 Welke routes het consortium verzorgt",
        "b": "Artikel 8 Samen met het installatiewerkveld",
        "c": "Artikel 3 Aansturing: regiegroep en routemanager",
        "d": "Artikel 4 Monitoring en rekenschap",
        "e": "Artikel 6 Mensen, ruimtes en materieel",
        "f": "Artikel 9 Als de route niet (meer) past",
        "g": "Artikel 10 Geldstromen",
        "h": "Artikel 11 Stem van leerlingen, ouders en medewerkers",
        "i": "Artikel 12 Als partijen het oneens zijn",
        "j": "Artikel 14 Looptijd, exit-regeling en bijstelling",
    },
}

# ==================================================================================================
# 94 - table of arrangements (afsprakenmatrix), Kop van Noord-Holland, Maritiem en techniek (DOCX)
# ==================================================================================================
ROWS94 = [
    ["1", "Welke route we samen verzorgen",
     "Profiel Maritiem en techniek in de kaderberoepsgerichte leerweg (Zeestraat en Wierschuur), doorlopend naar de "
     "vakopleiding Scheepswerktuigkundige (niveau 3, bol) van de Maritieme Vakschool Den Helder, opleidingsdomein "
     "Mobiliteit, transport, logistiek en maritiem. Nominale duur vijf jaar, gerekend vanaf leerjaar 3. Het "
     "vmbo-examen valt in het tweede routejaar.", "Routeteam"],
    ["2", "Haven en bedrijven aan boord",
     "De Vereniging Maritieme Ondernemers Noordkop (VMON) en de leerbedrijven Rederij Waddenzicht (Den Oever), "
     "Scheepswerf Nieuwediep (Den Helder) en Texelstroom Offshore Services (Den Helder) zijn vaste werkveldpartners. "
     "Zij: (a) stellen voor iedere leerling in leerjaar 4 drie meevaar- of werfdagen beschikbaar; (b) leveren per "
     "schooljaar twee praktijkopdrachten uit de eigen bedrijfsvoering, die in het PTA/OER worden opgenomen; (c) "
     "bieden in de mbo-fase plaatsen voor de beroepspraktijkvorming aan, erkend door SBB; (d) nemen met twee "
     "vertegenwoordigers deel aan de werkveldraad, die twee keer per jaar het programma doorloopt en het routeteam "
     "schriftelijk adviseert.", "Routeteam / VMON"],
    ["3", "Het routeteam",
     "De route wordt aangestuurd door een routeteam van drie personen: de afdelingsleider bovenbouw van Zeestraat, "
     "de afdelingsleider bovenbouw van Wierschuur en de teamleider Maritiem van ROC KvH, die het team voorzit. Ieder "
     "bestuur bepaalt zelf wie namens hem in het routeteam zit en bevestigt die keuze in een brief aan de twee "
     "andere besturen; bij vervanging gaat het op dezelfde manier. Het routeteam beslist zelfstandig over het "
     "jaarrooster, de lesplekken, de verdeling van de docenturen binnen de formatie die partijen beschikbaar "
     "stellen, de toelating van leerlingen tot de route en de keuze van praktijkopdrachten, en stelt het "
     "ontwerp-PTA/OER op. Besluiten met financiële gevolgen boven € 10.000, personele besluiten en aanpassing van "
     "deze matrix liggen bij de besturen.", "Besturen"],
    ["4", "Terugkoppeling naar de besturen",
     "Het routeteam stuurt de drie bestuurders na ieder semester (uiterlijk 15 februari en 15 juli) een "
     "stand-van-zakenbrief met de cijfers over instroom, tussentijdse uitstroom, examenresultaten en gerealiseerde "
     "docenturen, en met de voortgang op de afspraken uit deze matrix. In september komen bestuurders en routeteam "
     "bijeen; het routeteam legt dan rekenschap af over het afgelopen schooljaar en legt het jaarplan voor het nieuwe "
     "jaar ter goedkeuring voor.", "Routeteam"],
    ["5", "Lesplekken en jaarindeling",
     "Leerjaar 3 en 4: op Zeestraat (Den Helder) en Wierschuur (Hippolytushoef), met iedere woensdag les op de "
     "Maritieme Vakschool. Vanaf het derde routejaar: op de Maritieme Vakschool en aan boord of op de werf tijdens "
     "de beroepspraktijkvorming. Programma, examinering en beroepspraktijkvorming per leerjaar staan in het "
     "gezamenlijke PTA/OER (bijlage 1), dat jaarlijks vóór 1 oktober wordt vastgesteld.", "Routeteam"],
    ["6", "Inzet van docenten",
     "ROC KvH zet twee docenten maritieme techniek in voor samen acht lesuren per week in de vo-fase, vier op de "
     "Vakschool en vier op de vmbo-scholen. Zeestraat en Wierschuur leveren ieder een docent Maritiem en techniek "
     "die in het derde routejaar twee uur per week meedraait in de praktijklessen op de Vakschool. De docenten vormen "
     "één team; in het vakoverstijgende project ‘Van werf tot wal’ (leerjaar 4) wordt gewerkt met teambevoegdheid, "
     "waarbij voor ieder onderdeel een bevoegde docent betrokken is. Iedere partij blijft werkgever van haar eigen "
     "docenten.", "Routeteam"],
    ["7", "Simulator, lesschip en werkplaatsen",
     "ROC KvH stelt op woensdag de brug- en machinekamersimulator en het lesschip ‘Marsdiep II’ open voor de "
     "routeklassen. Zeestraat stelt op vrijdagmiddag haar metaal- en laswerkplaats open voor studenten in de "
     "mbo-fase. Wierschuur leent haar motorenlokaal uit voor de motorentraining in het derde routejaar. Reserveren "
     "loopt via het gezamenlijke rooster van het routeteam.", "Routeteam"],
    ["8", "Wie de route verlaat",
     "Een leerling die stopt met de route houdt altijd een weg naar een diploma. In leerjaar 3 of 4 gaat hij verder "
     "in de reguliere kaderberoepsgerichte leerweg Maritiem en techniek op de eigen school, of in een ander profiel "
     "van die school. Wie aan het eind van het derde routejaar het vmbo-diploma niet heeft, kan bij ROC KvH zonder "
     "vooropleidingseisen doorgaan in een opleiding op niveau 3 of 2 die past bij wat hij al heeft behaald, of het "
     "vmbo-examen opnieuw doen op de eigen school. Wie in de mbo-fase een andere richting wil, kan overstappen naar "
     "een andere opleiding op niveau 3 van ROC KvH, zoals Eerste monteur werktuigbouw of Logistiek teamleider; bij "
     "een opleiding elders zorgen partijen voor een warme overdracht. De mentor van de vmbo-school en de "
     "studieloopbaanbegeleider van ROC KvH wegen samen welk vervolg past, op grond van de behaalde onderdelen en de "
     "leeftijd, en kiezen dat vervolg samen met de leerling en zijn ouders.", "Mentor + SLB"],
    ["9", "Geld tussen partijen",
     "Er gaat tussen partijen geen rijksbijdrage over en weer: geen van de partijen draagt bekostiging over als "
     "bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Iedere partij betaalt haar eigen docenten, ruimtes en "
     "materiaal. De wederzijdse inzet wordt in de stand-van-zakenbrief van juli zichtbaar gemaakt.", "Besturen"],
    ["10", "Bij verschil van mening",
     "1. Het routeteam probeert er binnen twee weken uit te komen. 2. Lukt dat niet, dan voeren de drie bestuurders "
     "binnen vier weken overleg. 3. Daarna schakelen partijen een onafhankelijke mediator in. 4. Leidt de bemiddeling "
     "niet binnen twee maanden tot een oplossing, dan legt de meest gerede partij de zaak voor aan de Rechtbank "
     "Noord-Holland, locatie Alkmaar. Lessen en begeleiding gaan intussen door.", "Besturen"],
    ["11", "Nieuwe partners",
     "Een andere vmbo-school met het profiel Maritiem en techniek of een andere mbo-instelling met een verwante "
     "opleiding kan aansluiten als alle drie besturen schriftelijk instemmen en de nieuwe partner deze matrix "
     "onderschrijft en haar bijdrage in docenten en ruimtes vastlegt. De aansluiting gaat in per 1 augustus, via een "
     "addendum dat alle partijen ondertekenen; de nieuwe partner meldt de route in RIO. Voor leerlingen die al in de "
     "route zitten verandert daardoor niets.", "Besturen"],
    ["12", "Uitstappen en bijstellen",
     "Deze overeenkomst loopt vanaf 1 augustus 2025 voor onbepaalde tijd. Een partij die wil stoppen, meldt dat "
     "schriftelijk vóór 1 oktober; het vertrek gaat in op 1 augustus van het volgende kalenderjaar. Vanaf die melding "
     "neemt de vertrekkende partij geen nieuwe routeleerlingen meer aan; leerlingen die al in de route zitten, ronden "
     "haar af, en de vertrekkende partij blijft daarvoor haar docenten en ruimtes leveren tot de laatste van hen "
     "klaar is of elders een passende plek heeft. Bij een ernstige en blijvende tekortkoming kunnen de andere "
     "partijen de overeenkomst na ingebrekestelling ontbinden, met dezelfde bescherming voor lopende leerlingen. "
     "Deze matrix kan alleen schriftelijk worden aangepast, met de handtekening van alle besturen; een aanpassing "
     "gaat in bij de start van een schooljaar en wordt niet ten nadele van zittende leerlingen toegepast.",
     "Besturen"],
    ["13", "Registratie",
     "Zeestraat en Wierschuur melden ieder hun eigen route in RIO; ROC KvH meldt haar deel en bewaakt de planning.",
     "Routeteam"],
    ["14", "Klachten",
     "De klachtenregeling van iedere partij geldt ook voor gedragingen van medewerkers van een andere partij binnen "
     "de route. Een klacht over een docent van een andere partij wordt binnen vijf werkdagen aan die partij "
     "doorgestuurd en samen afgehandeld.", "Besturen"],
]

DOC94 = [
    T("Samenwerkingsovereenkomst doorlopende leerroute Maritiem & Techniek Noordkop"),
    S("Afsprakenmatrix - ingaande schooljaar 2025-2026"),
    H("Partijen"),
    L("1. Stichting Openbaar Voortgezet Onderwijs Den Helder en omstreken, gevestigd te Den Helder, bevoegd gezag van "
      "het Zeestraat College, vertegenwoordigd door mevrouw H. Boersen, voorzitter college van bestuur, hierna: "
      "‘Zeestraat’;"),
    L("2. Stichting Christelijk Voortgezet Onderwijs Hollands Kroon, gevestigd te Hippolytushoef, bevoegd gezag van "
      "scholengemeenschap De Wierschuur, vertegenwoordigd door de heer K. Dekker, bestuurder, hierna: ‘Wierschuur’;"),
    L("3. Stichting Regionaal Opleidingencentrum Kop van Holland, gevestigd te Den Helder, met haar Maritieme "
      "Vakschool Den Helder, vertegenwoordigd door mevrouw drs. A. Schouten-Mol, voorzitter college van bestuur, "
      "hierna: ‘ROC KvH’."),
    H("Werkwijze van deze overeenkomst"),
    P("Partijen verzorgen samen een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en artikel "
      "9.1.2 WEB. Zij leggen hun afspraken vast in de onderstaande matrix. Iedere rij bevat een afspraak die alle "
      "partijen bindt; de kolom ‘Eigenaar’ geeft aan wie voor de uitvoering aan de lat staat. Waar een rij naar een "
      "bijlage verwijst, bevat de bijlage uitsluitend de uitwerking; de kaders staan in de matrix zelf."),
    TAB(["Nr.", "Onderwerp", "Afspraak", "Eigenaar"], ROWS94, [0.06, 0.18, 0.62, 0.14]),
    P("Aldus overeengekomen en ondertekend te Den Helder op 26 juni 2025."),
    SIG([
        ("Stichting Openbaar Voortgezet Onderwijs Den Helder en omstreken", "H. Boersen",
         "voorzitter college van bestuur"),
        ("Stichting Christelijk Voortgezet Onderwijs Hollands Kroon", "K. Dekker", "bestuurder"),
        ("Stichting Regionaal Opleidingencentrum Kop van Holland", "drs. A. Schouten-Mol",
         "voorzitter college van bestuur"),
    ]),
    P("Bijlage 1: gezamenlijk PTA/OER Maritiem & Techniek Noordkop 2025-2026 (afzonderlijk document)."),
]

EXP94 = {
    "description": "Afsprakenmatrix (DOCX table Nr./Onderwerp/Afspraak/Eigenaar), three parties, Kop van "
                   "Noord-Holland, Maritiem en techniek kb -> Scheepswerktuigkundige 3. Fully compliant; row labels do "
                   "not name the statutory topics ('Het routeteam', 'Wie de route verlaat'); appointment as 'ieder "
                   "bestuur bepaalt zelf wie namens hem in het routeteam zit'; explicit no transfer; no "
                   "medezeggenschap text.",
    "split": "train",
    "statuses": {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
                 "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    "evidence": {
        "a": "Welke route we samen verzorgen",
        "b": "Haven en bedrijven aan boord",
        "c": "Het routeteam",
        "d": "Terugkoppeling naar de besturen",
        "e": "Inzet van docenten",
        "f": "Wie de route verlaat",
        "g": "Geld tussen partijen",
        "i": "Bij verschil van mening",
        "j": "Uitstappen en bijstellen",
    },
}

# ==================================================================================================
# 95 - unnumbered headings that do not name the topic, Drechtsteden, Zorg en welzijn bb -> Helpende 2 (MD)
# ==================================================================================================
DOC95 = [
    T("Samenwerkingsovereenkomst Zorgroute Drechtsteden"),
    S("Doorlopende leerroute vmbo Zorg en welzijn (basis) - mbo Helpende zorg en welzijn (niveau 2)"),
    S("Vastgesteld door de bestuurders op 24 juni 2025"),
    H("Wie met wie"),
    P("Deze overeenkomst wordt gesloten tussen:"),
    L("- Stichting Openbaar Voortgezet Onderwijs Drechtsteden, gevestigd te Dordrecht, bevoegd gezag van het "
      "Merwestroom College (vmbo), vertegenwoordigd door mevrouw E. Verhoeven, voorzitter college van bestuur "
      "(hierna: Merwestroom);"),
    L("- Stichting Christelijk Voortgezet Onderwijs Alblasserwaard, gevestigd te Sliedrecht, bevoegd gezag van De "
      "Dijkhof (vmbo), vertegenwoordigd door de heer P. Bakker, bestuurder (hierna: Dijkhof);"),
    L("- Stichting Regionaal Opleidingencentrum Drechtwaarden, gevestigd te Dordrecht, vertegenwoordigd door mevrouw "
      "dr. S. El Amrani, lid college van bestuur (hierna: Drechtwaarden)."),
    P("Samen vormen zij het consortium Zorgroute Drechtsteden. Zij komen het volgende overeen."),
    H("Waarom we dit doen"),
    P("Zorg- en welzijnsorganisaties in de Drechtsteden kunnen hun vacatures voor helpenden en verzorgenden steeds "
      "moeilijker vullen, terwijl een deel van de leerlingen in de basisberoepsgerichte leerweg de overstap naar het "
      "mbo als een drempel ervaart. Met één doorlopend programma, één lesteam en bekende gezichten in de overgang "
      "willen partijen meer jongeren naar een startkwalificatie in zorg en welzijn brengen."),
    H("Waar we het over hebben"),
    P("Het consortium verzorgt één doorlopende leerroute: vanaf leerjaar 3 van de basisberoepsgerichte leerweg in het "
      "profiel Zorg en welzijn naar de basisberoepsopleiding Helpende zorg en welzijn (niveau 2, bol) van "
      "Drechtwaarden, in het opleidingsdomein Zorg en welzijn. De vo-fase wordt verzorgd op Merwestroom en Dijkhof, "
      "de mbo-fase bij Drechtwaarden op de locatie Leerpark Zorg in Dordrecht. De route duurt nominaal vier jaar: "
      "twee jaar vo-fase en twee jaar mbo-fase. Het vmbo-examen wordt afgenomen in het tweede routejaar."),
    H("Met de voeten in de praktijk"),
    P("Zorgpartners Drechtsteden, het samenwerkingsverband van zorg- en welzijnsorganisaties in de regio, is vaste "
      "partner van de route. Namens dat verband leveren Zorggroep Merwehof (ouderenzorg), Kinderopvang Kleine Kade en "
      "Welzijnsstichting De Waal ieder schooljaar:"),
    L("- een praktijkdag per maand voor iedere klas in leerjaar 4, waarop leerlingen meelopen op een afdeling of "
      "groep;"),
    L("- een praktijkbegeleider die twee keer per jaar een gastles verzorgt;"),
    L("- leerwerkplekken voor de beroepspraktijkvorming in de mbo-fase, erkend door SBB;"),
    L("- een praktijkbeoordelaar bij de proeve van bekwaamheid aan het eind van de route."),
    P("Eén keer per jaar, in maart, bespreekt het coördinatieteam met de praktijkpartners of het programma nog "
      "aansluit bij wat er op de werkvloer wordt gevraagd. Wat daaruit voortkomt, neemt het team mee in het volgende "
      "PTA/OER."),
    H("Wie aan het roer staat"),
    P("De route wordt gestuurd door een coördinatieteam van drie mensen: de teamleiders bovenbouw Zorg en welzijn van "
      "Merwestroom en Dijkhof en de opleidingsmanager Zorg en welzijn niveau 2 van Drechtwaarden. Ieder bestuur geeft "
      "zijn teamleider of opleidingsmanager een opdrachtbrief waarmee deze in het team zitting neemt; de andere "
      "besturen ontvangen een afschrift. Bij vertrek of langdurige afwezigheid geeft hetzelfde bestuur een "
      "opdrachtbrief aan een opvolger. De opleidingsmanager van Drechtwaarden zit het team voor."),
    P("Het team mag, zonder terug te gaan naar de besturen:"),
    L("- het jaarrooster en de verdeling van de lesdagen over de locaties vaststellen;"),
    L("- de uren die partijen voor de route beschikbaar stellen over de docenten verdelen;"),
    L("- beslissen over de toelating van leerlingen tot de route, na advies van de mentor;"),
    L("- het concept-PTA/OER opstellen en ter vaststelling aan de besturen en de examencommissies voorleggen;"),
    L("- uitgaven doen ten laste van het routebudget tot € 7.500 per uitgave."),
    P("Wat daarbuiten valt - de begroting, personele besluiten, het aantal klassen, het stoppen of uitbreiden van de "
      "route - beslissen de besturen zelf, op voorstel van het team."),
    H("Van werkvloer naar bestuurstafel"),
    P("Het coördinatieteam houdt de drie besturen op de hoogte met:"),
    L("- een halfjaarbericht in februari over instroom, verzuim, tussentijdse uitval en de besteding van het "
      "routebudget;"),
    L("- een jaarbeeld in september over het afgelopen schooljaar: examenresultaten, diploma’s, doorstroom naar de "
      "mbo-fase, uitgaven, knelpunten en verbeterpunten voor het nieuwe jaar."),
    P("Het jaarbeeld wordt in oktober besproken in het portefeuillehoudersoverleg van de drie besturen; het team licht "
      "het daar toe en beantwoordt vragen. De besturen laten daarna schriftelijk weten of zij het jaarbeeld "
      "accorderen en welke bijsturing zij verlangen."),
    H("Hoe het er in de week uitziet"),
    P("In leerjaar 3 volgen leerlingen hun lessen op de eigen school, met één middag per week een gezamenlijke "
      "praktijkmiddag in het skills lab van Drechtwaarden. In leerjaar 4 zijn dat twee dagdelen per week. Vanaf het "
      "derde routejaar zijn de leerlingen student van Drechtwaarden en volgen zij het onderwijs op Leerpark Zorg en in "
      "de beroepspraktijkvorming. Programma en examinering per leerjaar liggen vast in één gezamenlijk PTA/OER."),
    P("Drechtwaarden levert in de vo-fase per klas een docent verpleging en verzorging voor vier lesuren per week, die "
      "zowel in het skills lab als op de vmbo-scholen lesgeeft. Merwestroom en Dijkhof leveren ieder een docent zorg "
      "en welzijn die in het derde routejaar een dag per week meedraait in het lesteam van Drechtwaarden, zodat "
      "leerlingen bekende gezichten houden. De docenten van de drie partijen vormen samen één lesteam met een "
      "gezamenlijk jaarplan. In het vakoverstijgende project ‘Zorgen voor een ander’ (leerjaar 4) werkt het team met "
      "teambevoegdheid; voor ieder onderdeel is een bevoegde docent betrokken."),
    P("Drechtwaarden stelt haar skills lab (met hoog-laagbedden, tillift en oefenbadkamer) en de oefenkeuken "
      "beschikbaar; Merwestroom stelt haar praktijkwoning open voor de huishoudelijke en facilitaire opdrachten van "
      "de mbo-fase. Het routeteam plant het gebruik in het jaarrooster."),
    H("Als het anders loopt"),
    P("Niet iedere leerling maakt de route af. Wie eruit stapt, houdt altijd een weg naar een diploma:"),
    L("- in leerjaar 3 of 4: verder in de reguliere basisberoepsgerichte leerweg Zorg en welzijn op de eigen school, "
      "of in een ander profiel als de leerling een andere kant op wil; het vmbo-diploma blijft het doel;"),
    L("- zonder vmbo-diploma aan het eind van het derde routejaar: doorgaan bij Drechtwaarden in Helpende zorg en "
      "welzijn of een andere opleiding op niveau 2, zonder extra toelatingseisen, of de ontbrekende vmbo-onderdelen "
      "opnieuw doen;"),
    L("- een andere beroepswens in de mbo-fase: overstappen naar een andere opleiding op niveau 2 van Drechtwaarden, "
      "zoals Facilitair medewerker of Medewerker sport en recreatie, of - bij een opleiding elders - begeleiding naar "
      "die school met een warme overdracht."),
    P("Welke mogelijkheden openstaan, beoordelen de mentor van de vmbo-school en de loopbaanbegeleider van "
      "Drechtwaarden samen, op basis van wat de leerling al heeft behaald en van zijn leeftijd. Zij bespreken de "
      "mogelijkheden met de leerling en zijn ouders en kiezen in dat gesprek samen het vervolg. Entree komt pas in "
      "beeld als een diploma op niveau 2 echt niet haalbaar blijkt. De uitwerking staat in de schoolgidsen en de "
      "studiegids."),
    H("Wat het kost en wie betaalt"),
    P("Voor de lessen en het skills lab van Drechtwaarden in de vo-fase draagt iedere vmbo-school op grond van artikel "
      "5.42a WVO 2020 een deel van haar bekostiging over aan Drechtwaarden: € 900 per routeleerling per leerjaar in "
      "de vo-fase, geteld op 1 oktober. Drechtwaarden zet dat bedrag in voor de docenturen in de vo-fase, het "
      "verbruiksmateriaal in het skills lab en een derde van de kosten van de coördinatie. Drechtwaarden stuurt "
      "jaarlijks in januari één factuur per school. Alle overige kosten draagt iedere partij zelf."),
    H("Een stem voor leerlingen, ouders en collega’s"),
    P("In de vo-fase geldt de medezeggenschapsraad van de vmbo-school, vanaf het derde routejaar de studentenraad en "
      "de ondernemingsraad van Drechtwaarden. Partijen spreken daarnaast af:"),
    L("- de medezeggenschapsraden van Merwestroom en Dijkhof en de studentenraad van Drechtwaarden kiezen ieder één "
      "lid voor een routeklankbord, dat twee keer per jaar met het coördinatieteam het halfjaarbericht en het "
      "jaarbeeld bespreekt;"),
    L("- het routeklankbord mag de besturen ongevraagd advies geven over de route; de besturen reageren binnen zes "
      "weken schriftelijk;"),
    L("- leerlingen uit de vo-fase mogen zich kandidaat stellen voor de studentenraad van Drechtwaarden, zodat zij al "
      "vóór hun inschrijving meepraten over het mbo-deel van hun route."),
    H("Wanneer het schuurt"),
    P("Loopt de uitvoering van deze overeenkomst vast op een verschil van mening, dan volgen partijen deze treden:"),
    L("1. het coördinatieteam zoekt binnen twee weken naar een oplossing;"),
    L("2. daarna bespreken de portefeuillehouders van de drie besturen de kwestie binnen vier weken;"),
    L("3. komen zij er niet uit, dan vragen zij een onafhankelijke mediator te bemiddelen; de kosten worden gelijk "
      "verdeeld;"),
    L("4. pas als mediation binnen drie maanden niets oplevert, kan een partij naar de Rechtbank Rotterdam."),
    P("Tijdens dit traject gaan de lessen en de begeleiding van de leerlingen gewoon door."),
    H("Instappen, uitstappen, bijstellen"),
    P("Instappen. Een andere vmbo-school met het profiel Zorg en welzijn of een andere mbo-instelling kan meedoen als "
      "de drie besturen daar schriftelijk mee instemmen en de nieuwe partner deze overeenkomst en het PTA/OER "
      "onderschrijft. Dat wordt vastgelegd in een addendum dat alle partijen tekenen; de nieuwe partner start per "
      "1 augustus en meldt de route in RIO."),
    P("Uitstappen. De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een partij kan haar deelname "
      "schriftelijk opzeggen met een termijn van ten minste twaalf maanden, altijd tegen het einde van een schooljaar. "
      "Vanaf de opzegging start bij die partij geen nieuwe routeklas meer; wie al in de route zit, maakt haar af bij "
      "dezelfde partners, en de vertrekkende partij blijft daarvoor leveren wat in deze overeenkomst staat."),
    P("Bijstellen. Partijen evalueren de overeenkomst om de twee jaar. Een wijziging is pas geldig als alle besturen "
      "haar hebben ondertekend; zij gaat in bij het begin van een schooljaar en geldt niet ten nadele van leerlingen "
      "die al in de route zitten."),
    H("Aanmelden"),
    P("Merwestroom en Dijkhof melden ieder hun route in RIO; Drechtwaarden meldt haar deel. Het coördinatieteam "
      "bewaakt dat dit vóór 1 oktober 2025 is gebeurd."),
    H("Ondertekening"),
    P("Dordrecht, 24 juni 2025"),
    SIG([
        ("Stichting Openbaar Voortgezet Onderwijs Drechtsteden", "E. Verhoeven", "voorzitter college van bestuur"),
        ("Stichting Christelijk Voortgezet Onderwijs Alblasserwaard", "P. Bakker", "bestuurder"),
        ("Stichting Regionaal Opleidingencentrum Drechtwaarden", "dr. S. El Amrani", "lid college van bestuur"),
    ]),
]

EXP95 = {
    "description": "Markdown, unnumbered headings that never name the statutory topic ('Wie aan het roer staat', "
                   "'Wanneer het schuurt'), three parties, Drechtsteden, Zorg en welzijn bb -> Helpende zorg en welzijn "
                   "2. Fully compliant: opdrachtbrief as appointment, halfjaarbericht/jaarbeeld, EUR 900 transfer with "
                   "bestemming, routeklankbord as extra medezeggenschap.",
    "split": "train",
    "statuses": {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
                 "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    "evidence": {
        "a": "Waar we het over hebben",
        "b": "Met de voeten in de praktijk",
        "c": "Wie aan het roer staat",
        "d": "Van werkvloer naar bestuurstafel",
        "e": "Hoe het er in de week uitziet",
        "f": "Als het anders loopt",
        "g": "Wat het kost en wie betaalt",
        "h": "Een stem voor leerlingen, ouders en collega’s",
        "i": "Wanneer het schuurt",
        "j": "Instappen, uitstappen, bijstellen",
    },
}

# ==================================================================================================
# 96 - very short agreement, Drachten, Economie en ondernemen bb -> Verkoopmedewerker 2 (TXT)
# ==================================================================================================
DOC96 = [
    T("SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE RETAIL DRACHTEN"),
    P("Stichting Openbaar Voortgezet Onderwijs Smallingerland, bevoegd gezag van De Wâldrâne (vmbo), Drachten, "
      "vertegenwoordigd door de heer T. Hoekstra, bestuurder, en Stichting ROC Friese Wâlden, Drachten, "
      "vertegenwoordigd door mevrouw I. Zijlstra, lid college van bestuur, spreken het volgende af."),
    P("1. Route. Basisberoepsgerichte leerweg, profiel Economie en ondernemen (De Wâldrâne), doorlopend naar de "
      "opleiding Verkoopmedewerker, niveau 2, bol (ROC Friese Wâlden). Duur vier jaar."),
    P("2. Winkeliers. De Ondernemersvereniging Drachten Centrum en de winkels Modehuis Tjalma, Bouwmarkt De Flapper "
      "en Supermarkt Boonstra geven iedere leerling in leerjaar 4 een vaste stageplek van één dag per week, "
      "beoordelen de winkelopdrachten mee en praten in mei met het duo (punt 3) over het programma."),
    P("3. Aansturing. Een duo stuurt de route: de afdelingsleider bb van De Wâldrâne en de teamleider Retail van het "
      "ROC. Hun eigen bestuurder zet hen schriftelijk in deze rol en kiest bij vertrek een opvolger. Het duo besluit "
      "samen over rooster, inzet van docenten, toelating tot de route en het gezamenlijke PTA/OER; uitgaven buiten de "
      "begroting en personele besluiten blijven bij de bestuurders."),
    P("4. Terugkoppeling. Het duo stuurt beide bestuurders ieder jaar vóór 1 oktober een notitie van hooguit twee "
      "pagina’s over instroom, uitval, diploma’s en knelpunten, en licht die toe in het bestuurlijk overleg in "
      "oktober."),
    P("5. Uitvoering. Leerjaar 3 en 4 op De Wâldrâne, routejaar 3 en 4 op het ROC en in de bpv; programma en examens "
      "per leerjaar in één PTA/OER. Een docent retail van het ROC geeft in leerjaar 4 wekelijks drie uur les op De "
      "Wâldrâne; een docent economie van De Wâldrâne begeleidt in routejaar 3 de leerlingen die nog een vmbo-vak "
      "afronden. Het ROC gebruikt op vrijdag de oefenwinkel met kassasysteem van De Wâldrâne; leerlingen van "
      "leerjaar 4 werken op donderdag in het retaillab van het ROC."),
    P("6. Uitstappen. Wie uit de route stapt, maakt de gewone bb-opleiding Economie en ondernemen af op De Wâldrâne, "
      "of kiest na het vmbo-diploma een andere mbo-opleiding op niveau 2. Wie aan het eind van routejaar 3 geen "
      "vmbo-diploma heeft, kan zonder extra toelatingseisen verder in een andere opleiding op niveau 2 van het ROC, "
      "of het vmbo-examen opnieuw doen. Welke weg past, beslissen de mentor en de loopbaancoach van het ROC samen met "
      "de leerling en zijn ouders, op basis van wat hij al heeft gehaald en zijn leeftijd."),
    P("7. Geld. Er gaat geen rijksbijdrage van de ene naar de andere partij. Ieder betaalt zijn eigen mensen en "
      "spullen."),
    P("8. Onenigheid. Eerst praten de bestuurders; lukt het niet binnen een maand, dan wordt een mediator ingeschakeld; "
      "daarna beslist de Rechtbank Noord-Nederland, locatie Leeuwarden."),
    P("9. Looptijd en wijzigingen. Onbepaalde tijd vanaf 1 augustus 2025. Een andere vmbo-school of mbo-instelling kan "
      "aansluiten als beide bestuurders schriftelijk instemmen, via een addendum dat alle partijen tekenen en dat "
      "ingaat op 1 augustus. Opzeggen kan schriftelijk vóór 1 februari, tegen 1 augustus van het jaar daarna. Wijzigen "
      "kan alleen schriftelijk, getekend door beide bestuurders. Leerlingen die al in de route zitten, maken haar af, "
      "ook na opzegging of wijziging."),
    P("Drachten, 27 juni 2025"),
    SIG([
        ("Stichting Openbaar Voortgezet Onderwijs Smallingerland", "T. Hoekstra", "bestuurder"),
        ("Stichting ROC Friese Wâlden", "I. Zijlstra", "lid college van bestuur"),
    ]),
]

EXP96 = {
    "description": "Very short plain-text agreement (nine one-paragraph points, under one page), two parties, "
                   "Drachten, Economie en ondernemen bb -> Verkoopmedewerker 2. Fully compliant in compact everyday "
                   "words ('Hun eigen bestuurder zet hen schriftelijk in deze rol', 'Er gaat geen rijksbijdrage van "
                   "de ene naar de andere partij'); no medezeggenschap text.",
    "split": "train",
    "statuses": {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
                 "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    "evidence": {
        "a": "1. Route.",
        "b": "2. Winkeliers.",
        "c": "3. Aansturing.",
        "d": "4. Terugkoppeling.",
        "e": "5. Uitvoering.",
        "f": "6. Uitstappen.",
        "g": "7. Geld.",
        "i": "8. Onenigheid.",
        "j": "9. Looptijd en wijzigingen.",
    },
}

# ==================================================================================================
# 97 - numbered articles, defective (c: benoeming deferred; g: transfer without omvang), Noord-Limburg,
#      Groen kb -> Vakbekwaam medewerker teelt 3 (DOCX)
# ==================================================================================================
DOC97 = [
    T("Bestuurlijke samenwerkingsovereenkomst Groene Route Noord-Limburg"),
    S("Doorlopende leerroute vmbo Groen (kader) - mbo Vakbekwaam medewerker teelt (niveau 3)"),
    H("Partijen"),
    L("1. Stichting Voortgezet Onderwijs Maas en Peel, gevestigd te Horst aan de Maas, bevoegd gezag van het "
      "Kasteelhof College, vertegenwoordigd door de heer drs. L. Hendrikx, voorzitter college van bestuur, hierna: "
      "‘Kasteelhof’;"),
    L("2. Stichting Katholiek Voortgezet Onderwijs Venlo-Blerick, gevestigd te Venlo, bevoegd gezag van het Maasvallei "
      "College, vertegenwoordigd door mevrouw M. Peeters, bestuurder, hierna: ‘Maasvallei’;"),
    L("3. Stichting Groene Vakopleidingen Peel en Maas, gevestigd te Venlo, bevoegd gezag van het agrarisch "
      "opleidingscentrum Peelhof Groen mbo, vertegenwoordigd door de heer ing. W. Verstappen, voorzitter college van "
      "bestuur, hierna: ‘Peelhof’."),
    H("Overwegingen"),
    P("Partijen stellen vast dat de glastuinbouw en de boomteelt in Noord-Limburg een groeiende behoefte hebben aan "
      "vakbekwame teeltmedewerkers, dat de samenwerking tussen de groene vmbo-afdelingen en Peelhof in de afgelopen "
      "jaren via gezamenlijke projecten is gegroeid, en dat zij deze samenwerking willen borgen in een doorlopende "
      "leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB."),
    H("Artikel 1 Onderwerp en route"),
    L("1. Partijen verzorgen gezamenlijk een doorlopende leerroute vanaf leerjaar 3 van de kaderberoepsgerichte "
      "leerweg in het profiel Groen (Kasteelhof en Maasvallei) naar de vakopleiding Vakbekwaam medewerker teelt "
      "(niveau 3, bol) van Peelhof, in het opleidingsdomein Voedsel, natuur en leefomgeving."),
    L("2. De route duurt nominaal vijf jaar. De vo-fase omvat leerjaar 3 en 4; het vmbo-examen wordt in het tweede "
      "routejaar afgenomen."),
    H("Artikel 2 Het groene werkveld"),
    L("1. Tuinbouw Noord-Limburg, de regionale vereniging van teeltbedrijven, en de leerbedrijven Tomatenkwekerij "
      "Gebr. Jacobs (Sevenum), Boomkwekerij Kessels (Horst) en Potplantenkwekerij Van de Munckhof (Venlo) zijn "
      "partner van de route."),
    L("2. Zij verzorgen iedere periode een bedrijfsexcursie voor de routeklassen, leveren de praktijkopdracht ‘Van "
      "zaadje tot schap’ in leerjaar 4, bieden plaatsen voor de beroepspraktijkvorming in de mbo-fase aan en leveren "
      "praktijkbeoordelaars voor de proeven van bekwaamheid."),
    L("3. Twee keer per jaar komt de Groene Adviesraad bijeen, waarin de vereniging en de leerbedrijven de stuurgroep "
      "adviseren over de inhoud van het programma en de keuzedelen."),
    H("Artikel 3 Stuurgroep"),
    L("1. Partijen stellen een stuurgroep Groene Route in."),
    L("2. De stuurgroep bestaat uit een vertegenwoordiger op directieniveau van ieder van de partijen en de "
      "projectleider Groene Route, die als secretaris optreedt."),
    L("3. De stuurgroep heeft tot taak en is bevoegd tot:"),
    L("a. het bewaken van de samenhang van het programma over de vo-fase en de mbo-fase;"),
    L("b. het vaststellen van het jaarrooster en de verdeling van de lesdagen over de locaties;"),
    L("c. het besluiten over de toelating van leerlingen tot de route;"),
    L("d. het opstellen van het concept-PTA/OER, dat de besturen vaststellen;"),
    L("e. het besluiten over de inzet van docenten binnen de formatie die partijen beschikbaar stellen;"),
    L("f. het beheer van het routebudget tot € 15.000 per uitgave."),
    L("4. Besluiten buiten dit kader legt de stuurgroep voor aan de besturen."),
    L("5. De wijze waarop de leden van de stuurgroep en de projectleider worden benoemd, vervangen en ontslagen, wordt "
      "uitgewerkt in een huishoudelijk reglement, dat de stuurgroep in haar eerste jaar opstelt."),
    H("Artikel 4 Rapportage aan de besturen"),
    L("1. De stuurgroep brengt twee keer per jaar, in maart en in oktober, schriftelijk verslag uit aan de drie "
      "besturen over de voortgang van de route, de in-, door- en uitstroom, de examenresultaten en de financiën."),
    L("2. Jaarlijks vóór 1 december legt de stuurgroep een evaluatierapport over het afgelopen schooljaar voor, dat in "
      "het bestuurlijk overleg van december wordt besproken en vastgesteld."),
    H("Artikel 5 Onderwijsorganisatie"),
    L("1. In leerjaar 3 en 4 volgen de leerlingen het onderwijs op Kasteelhof en Maasvallei, met één dag per week op "
      "de locatie van Peelhof in Venlo. In de mbo-fase volgen zij het onderwijs bij Peelhof en in de "
      "beroepspraktijkvorming."),
    L("2. Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar in één "
      "gezamenlijk PTA/OER, dat jaarlijks vóór 1 oktober wordt vastgesteld."),
    L("3. De vmbo-school is verantwoordelijk voor het vmbo-deel en de vmbo-examinering, Peelhof voor het mbo-deel en de "
      "mbo-examinering."),
    H("Artikel 6 Personeel en voorzieningen"),
    L("1. Peelhof zet in de vo-fase twee praktijkdocenten teelt in, samen zes lesuren per week per routeklas, op de "
      "eigen locatie en in de schooltuinen van de vmbo-scholen. De vmbo-scholen zetten in het eerste jaar van de "
      "mbo-fase hun docenten biologie en wiskunde in voor de onderdelen plantkunde en teeltrekenen."),
    L("2. De docenten vormen één team. Teambevoegdheid wordt toegepast in het project ‘Van zaadje tot schap’; voor "
      "ieder onderdeel is een bevoegde docent betrokken. Iedere partij blijft werkgever van haar eigen personeel."),
    L("3. Peelhof stelt haar lerende kas, het teeltlab en de heftruck- en trekkerbaan beschikbaar voor de routeklassen. "
      "Kasteelhof stelt haar schooltuin en het tuinbouwlokaal beschikbaar voor de praktijkweken van de mbo-fase."),
    H("Artikel 7 Uitstroom uit de route"),
    L("1. Een leerling die de route verlaat, krijgt een vervolg dat leidt naar een diploma. In de vo-fase gaat hij "
      "verder in de reguliere kaderberoepsgerichte leerweg Groen of in een ander profiel van zijn school. Heeft hij "
      "aan het eind van het derde routejaar geen vmbo-diploma, dan kan hij bij Peelhof zonder vooropleidingseisen "
      "verder in een opleiding op niveau 3 of 2, of het vmbo-examen opnieuw afleggen. Wil hij in de mbo-fase een "
      "andere richting, dan kan hij binnen Peelhof overstappen naar een andere opleiding op hetzelfde niveau, zoals "
      "Vakbekwaam hovenier of Vakbekwaam medewerker dierverzorging, of met een warme overdracht naar een instelling "
      "elders."),
    L("2. De mentor van de vmbo-school en de studieloopbaanbegeleider van Peelhof bepalen samen welke mogelijkheden "
      "passen bij het bereikte niveau en de leeftijd van de leerling, en maken de keuze in een gesprek met de leerling "
      "en zijn ouders."),
    H("Artikel 8 Financiële bepalingen"),
    L("1. Voor de lessen die Peelhof in de vo-fase verzorgt, dragen Kasteelhof en Maasvallei een deel van hun "
      "bekostiging over aan Peelhof, op grond van artikel 5.42a WVO 2020."),
    L("2. De over te dragen middelen zijn bestemd voor de inzet van de praktijkdocenten teelt en voor het gebruik van "
      "de lerende kas en het teeltlab."),
    L("3. De omvang van de over te dragen middelen wordt vastgelegd in een financiële bijlage, die partijen vóór "
      "1 december 2025 vaststellen."),
    L("4. Overige kosten draagt iedere partij zelf."),
    H("Artikel 9 Geschillen"),
    L("1. Een geschil over de uitvoering van deze overeenkomst wordt eerst in de stuurgroep besproken. Komt de "
      "stuurgroep binnen vier weken niet tot een oplossing, dan wordt het geschil voorgelegd aan de voorzitters van "
      "de colleges van bestuur."),
    L("2. Komen ook zij binnen zes weken niet tot overeenstemming, dan leggen partijen het geschil voor aan een "
      "mediator. Slaagt de mediation niet, dan is de Rechtbank Limburg bevoegd."),
    H("Artikel 10 Toetreding"),
    L("1. Een andere school met het profiel Groen of een andere instelling voor beroepsonderwijs kan tot deze "
      "overeenkomst toetreden met schriftelijke instemming van alle partijen, mits zij de overeenkomst en het PTA/OER "
      "onderschrijft en haar bijdrage in docenten en voorzieningen vastlegt."),
    L("2. Toetreding geschiedt per 1 augustus door ondertekening van een toetredingsverklaring; de toetredende partij "
      "meldt de route in RIO. Toetreding heeft geen gevolgen voor leerlingen die al in de route zitten."),
    H("Artikel 11 Duur, beëindiging en wijziging"),
    L("1. Deze overeenkomst gaat in op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd."),
    L("2. Iedere partij kan haar deelname schriftelijk opzeggen tegen 1 augustus, met inachtneming van een "
      "opzegtermijn van twaalf maanden."),
    L("3. Na opzegging start bij de opzeggende partij geen nieuwe instroom meer. Leerlingen die op het moment van "
      "opzegging in de route zitten, ronden de route af; de opzeggende partij blijft tot dat moment haar "
      "verplichtingen uit deze overeenkomst nakomen."),
    L("4. Wijziging van deze overeenkomst geschiedt schriftelijk en met instemming van alle partijen. Wijzigingen gaan "
      "in bij de start van een schooljaar en worden niet ten nadele van lopende leerlingen toegepast."),
    H("Artikel 12 Melding en slotbepaling"),
    L("1. Iedere vmbo-school meldt haar route in RIO; Peelhof meldt haar deel."),
    L("2. Op deze overeenkomst is Nederlands recht van toepassing."),
    P("Aldus overeengekomen en in drievoud getekend te Venlo op 1 juli 2025."),
    SIG([
        ("Stichting Voortgezet Onderwijs Maas en Peel", "drs. L. Hendrikx", "voorzitter college van bestuur"),
        ("Stichting Katholiek Voortgezet Onderwijs Venlo-Blerick", "M. Peeters", "bestuurder"),
        ("Stichting Groene Vakopleidingen Peel en Maas", "ing. W. Verstappen", "voorzitter college van bestuur"),
    ]),
]

EXP97 = {
    "description": "Numbered articles in Word headings (DOCX), three parties (two vmbo boards and a separate groen "
                   "mbo-instelling), Noord-Limburg, Groen kb -> Vakbekwaam medewerker teelt 3. Defects: c weak (stuurgroep "
                   "samenstelling and tasks given, but how members are benoemd is deferred to a huishoudelijk "
                   "reglement); g weak (transfer with bestemming, omvang deferred to a financial annex). No "
                   "medezeggenschap text.",
    "split": "train",
    "statuses": {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
                 "f": "present", "g": "weak", "h": "not_applicable", "i": "present", "j": "present"},
    "evidence": {
        "a": "Artikel 1 Onderwerp en route",
        "b": "Artikel 2 Het groene werkveld",
        "d": "Artikel 4 Rapportage aan de besturen",
        "e": "Artikel 6 Personeel en voorzieningen",
        "f": "Artikel 7 Uitstroom uit de route",
        "i": "Artikel 9 Geschillen",
        "j": "Artikel 11 Duur, beëindiging en wijziging",
    },
}

# ==================================================================================================
# 98 - arrangement under unrelated heading, Amersfoort, MVI gl -> Software developer 4 (PDF)
# ==================================================================================================
DOC98 = [
    T("Samenwerkingsovereenkomst Digitale Route Eemland"),
    S("Doorlopende leerroute vmbo Media, vormgeving en ICT - mbo Software developer"),
    H("Partijen"),
    L("1. Stichting Voortgezet Onderwijs Eemland, gevestigd te Amersfoort, bevoegd gezag van het Eemhof College, "
      "vertegenwoordigd door mevrouw drs. C. de Ridder, voorzitter college van bestuur (‘Eemhof’);"),
    L("2. Stichting Christelijk Onderwijs Leusden-Soest, gevestigd te Leusden, bevoegd gezag van Het Zonnebos, "
      "vertegenwoordigd door de heer M. van den Brink, bestuurder (‘Zonnebos’);"),
    L("3. Stichting ROC Eemvallei, gevestigd te Amersfoort, met haar ICT Academie, vertegenwoordigd door mevrouw ing. "
      "F. Ouali, lid college van bestuur (‘Eemvallei’)."),
    H("Considerans"),
    P("De regio Amersfoort heeft een snelgroeiende digitale sector met een structureel tekort aan "
      "softwareontwikkelaars. Eemhof, Zonnebos en Eemvallei werken sinds 2022 samen in een pilot ‘Code in de "
      "bovenbouw’ en willen die samenwerking verankeren in een doorlopende leerroute vmbo-mbo in de zin van artikel "
      "2.107a WVO 2020. Deze overeenkomst legt de kaders en de governance van die route vast."),
    H("1. Reikwijdte"),
    L("1.1 De route loopt van leerjaar 3 van de gemengde leerweg in het profiel Media, vormgeving en ICT (Eemhof en "
      "Zonnebos) naar de middenkaderopleiding Software developer (niveau 4, bol) van de ICT Academie van Eemvallei, in "
      "het opleidingsdomein ICT en creatieve industrie."),
    L("1.2 De nominale duur is vijf jaar, waarvan twee jaar vo-fase. Het vmbo-examen wordt afgenomen aan het eind van "
      "het tweede routejaar."),
    H("2. Werkveldpartners"),
    L("2.1 Het bedrijvennetwerk Eemland Digitaal en de bedrijven Codehuis B.V., DataDijk Amersfoort en Softwarestudio "
      "Vathorst zijn werkveldpartners van de route."),
    L("2.2 Zij leveren ieder semester een opdracht uit de eigen praktijk waaraan de routeklassen in teams werken, "
      "organiseren eenmaal per jaar een hackathon voor leerlingen uit leerjaar 4 en studenten uit het eerste jaar "
      "van de mbo-fase, stellen in de mbo-fase stageplaatsen beschikbaar en laten een ontwikkelaar de eindpresentaties "
      "van de projecten mee beoordelen."),
    L("2.3 De werkveldcommissie ICT van Eemvallei, waarin Eemland Digitaal zitting heeft, bespreekt het programma twee "
      "keer per jaar en adviseert de regiegroep schriftelijk."),
    H("3. Governance"),
    L("3.1 De regiegroep Digitale Route stuurt de route aan. Zij bestaat uit de afdelingsleiders bovenbouw van Eemhof en "
      "Zonnebos, de onderwijsmanager Software & Data van de ICT Academie en, zonder stemrecht, de routecoördinator."),
    L("3.2 Ieder bestuur plaatst zijn eigen lid in de regiegroep met een mandaatbesluit, dat ook vermeldt wie het lid "
      "bij afwezigheid vervangt. De routecoördinator wordt door de regiegroep geselecteerd en door Eemvallei "
      "aangesteld; de vmbo-besturen hebben een vetorecht op de keuze."),
    L("3.3 Binnen de goedgekeurde begroting beslist de regiegroep zelf over: de jaarplanning en de lesroosters van de "
      "route; de inzet van docenten van de drie partijen; de toelating van leerlingen; de werkveldopdrachten; en "
      "uitgaven tot € 20.000 per post. Zij stelt het concept-PTA/OER op."),
    L("3.4 Vaststelling van de begroting, investeringen daarbuiten, wijzigingen in de formatie en beslissingen over "
      "het voortbestaan van de route zijn voorbehouden aan de besturen."),
    H("4. Monitoring"),
    L("4.1 De regiegroep stuurt de drie bestuurders binnen drie weken na afloop van ieder kwartaal een dashboard met de "
      "instroom, de tussentijdse uitstroom, het verzuim, de studieresultaten en de uitputting van het budget."),
    L("4.2 Vóór 1 november van ieder jaar stelt de regiegroep een jaarverslag Digitale Route op. Het wordt besproken in "
      "het driehoeksoverleg van de bestuurders in november, waar de regiegroep rekenschap aflegt over het afgelopen "
      "jaar en het jaarplan voor het lopende jaar laat accorderen."),
    L("4.3 Afwijkingen die de kwaliteit of de continuïteit van de route raken, meldt de routecoördinator direct aan "
      "de bestuurders."),
    H("5. Inrichting van het onderwijs"),
    L("5.1 In de vo-fase volgen de leerlingen het onderwijs op de eigen school, met iedere woensdag een projectdag op de "
      "ICT Academie aan de Stadsring in Amersfoort. De mbo-fase wordt verzorgd door de ICT Academie. Programma, "
      "examinering en stage per leerjaar zijn vastgelegd in het gezamenlijke PTA/OER."),
    L("5.2 Eemvallei zet in de vo-fase per klas een docent software development in voor vier uur per week op de "
      "vmbo-locaties. Eemhof en Zonnebos leveren in het eerste jaar van de mbo-fase hun docenten wiskunde en Engels "
      "voor de generieke onderdelen. Alle docenten vormen één routeteam; in het project ‘Eemland Smart City’ "
      "(leerjaar 4) werkt het team met teambevoegdheid, met voor ieder onderdeel een bevoegde docent."),
    L("5.3 Eemhof stelt haar makerspace (3D-printers, lasersnijder, elektronicawerkplek) open voor alle routeklassen; "
      "Eemvallei stelt haar netwerk- en serverlab en de cloudontwikkelomgeving beschikbaar. Eemvallei beheert een "
      "gezamenlijke laptoppool van dertig ontwikkellaptops voor de vo-fase."),
    H("6. Loopbaanbegeleiding en ondersteuning"),
    L("6.1 Iedere leerling heeft in de vo-fase een mentor op de eigen school en vanaf leerjaar 4 daarnaast een "
      "studieloopbaanbegeleider van de ICT Academie. Het LOB-programma is doorlopend en staat in het PTA/OER."),
    L("6.2 Leerlingen met een ondersteuningsbehoefte houden het ontwikkelingsperspectief dat in de vo-fase is "
      "opgesteld; de zorgcoördinator van de vmbo-school draagt het dossier warm over."),
    L("6.3 Blijkt de route niet te passen, dan houdt de leerling een weg naar een diploma. Stopt hij in de vo-fase, "
      "dan maakt hij de gemengde leerweg af in zijn huidige of een ander profiel. Heeft hij aan het eind van het "
      "derde routejaar geen vmbo-diploma, dan kan hij bij Eemvallei zonder vooropleidingseisen verder in een "
      "opleiding die past bij wat hij heeft behaald - bijvoorbeeld Expert IT systems and devices (niveau 4) of "
      "Medewerker ICT support (niveau 3) - of het ontbrekende examen op zijn school opnieuw afleggen. Past niveau 4 "
      "niet, dan is een overstap naar een opleiding op niveau 3 binnen de ICT Academie mogelijk; kiest hij een "
      "andere richting, dan begeleidt Eemvallei hem naar een opleiding elders, zo nodig via een geschiktheidsonderzoek."),
    L("6.4 Welke mogelijkheden passen, bepalen de mentor en de studieloopbaanbegeleider samen, uitgaande van het "
      "bereikte niveau en de leeftijd van de leerling. Zij leggen de mogelijkheden voor aan de leerling en zijn "
      "ouders en nemen het besluit over het vervolg met hen samen."),
    L("6.5 De scholen beschrijven deze werkwijze in hun schoolgids."),
    H("7. Financiële afspraken"),
    L("7.1 Eemhof en Zonnebos dragen met toepassing van artikel 5.42a WVO 2020 ieder € 650 per routeleerling per "
      "leerjaar in de vo-fase over aan Eemvallei, gerekend naar de telling van 1 oktober."),
    L("7.2 Eemvallei gebruikt dit bedrag voor de docenturen van de ICT Academie in de vo-fase, de softwarelicenties en "
      "de cloudomgeving voor de routeklassen en het onderhoud van de laptoppool."),
    L("7.3 Eemvallei factureert jaarlijks in november. Overige kosten draagt iedere partij zelf."),
    H("8. Klachten, privacy en veiligheid"),
    L("8.1 De klachtenregeling van iedere partij is ook van toepassing op gedragingen van medewerkers van de andere "
      "partijen binnen de route."),
    L("8.2 Partijen wisselen alleen de leerlinggegevens uit die nodig zijn voor plaatsing, begeleiding en examinering, "
      "via het beveiligde portaal van Eemvallei."),
    H("9. Communicatie en draagvlak"),
    L("9.1 Partijen presenteren de route gezamenlijk op open dagen en informatieavonden en geven ieder kwartaal een "
      "nieuwsbrief uit voor ouders en leerlingen."),
    L("9.2 Het jaarverslag Digitale Route wordt ieder jaar ter bespreking geagendeerd in de medezeggenschapsraden van "
      "Eemhof en Zonnebos en in de studentenraad van Eemvallei."),
    L("9.3 Eén leerling uit de vo-fase woont als vaste gast met spreekrecht de vergaderingen van de studentenraad van "
      "de ICT Academie bij; de leerlingengeledingen van de medezeggenschapsraden wijzen die leerling aan."),
    L("9.4 Voorgenomen besluiten over uitbreiding of beëindiging van de route worden gelijktijdig aan alle genoemde "
      "raden voor advies voorgelegd."),
    H("10. Geschillen"),
    L("10.1 Een verschil van inzicht over de uitvoering van deze overeenkomst wordt eerst in de regiegroep besproken "
      "en, als dat binnen vier weken niet tot een oplossing leidt, in het driehoeksoverleg van de bestuurders."),
    L("10.2 Leidt ook dat overleg binnen zes weken niet tot een oplossing, dan leggen partijen het geschil voor aan een "
      "adviescommissie van drie personen voor bindend advies. Iedere bij het geschil betrokken zijde wijst één lid "
      "aan; die leden kiezen samen een onafhankelijke voorzitter. De kosten worden gelijk verdeeld."),
    L("10.3 Het recht om een voorlopige voorziening te vragen bij de voorzieningenrechter blijft onverlet."),
    H("11. Toetreding, duur en beëindiging"),
    L("11.1 Een andere vmbo-school met het profiel Media, vormgeving en ICT of een andere mbo-instelling kan toetreden "
      "met schriftelijke instemming van alle partijen, als zij deze overeenkomst en het PTA/OER onderschrijft. De "
      "toetreding gaat in per 1 augustus, na ondertekening van een toetredingsverklaring en melding in RIO."),
    L("11.2 De overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd. Iedere partij kan haar deelname "
      "schriftelijk opzeggen vóór 1 september, met ingang van 1 augustus van het daaropvolgende jaar."),
    L("11.3 Na opzegging neemt de opzeggende partij geen nieuwe routeleerlingen meer aan; leerlingen die dan al in de "
      "route zitten, maken die af met de inzet van alle partijen die er bij hun start bij betrokken waren."),
    L("11.4 De overeenkomst kan worden gewijzigd bij schriftelijk stuk, door alle partijen ondertekend. Een wijziging "
      "geldt vanaf het eerstvolgende schooljaar en mag lopende leerlingen niet benadelen."),
    H("12. Slotbepalingen"),
    L("12.1 Op deze overeenkomst is Nederlands recht van toepassing."),
    L("12.2 Eemhof en Zonnebos melden ieder hun route in RIO; Eemvallei meldt haar deel."),
    P("Aldus overeengekomen te Amersfoort op 3 juli 2025."),
    SIG([
        ("Stichting Voortgezet Onderwijs Eemland", "drs. C. de Ridder", "voorzitter college van bestuur"),
        ("Stichting Christelijk Onderwijs Leusden-Soest", "M. van den Brink", "bestuurder"),
        ("Stichting ROC Eemvallei", "ing. F. Ouali", "lid college van bestuur"),
    ]),
]

EXP98 = {
    "description": "Numbered sections (PDF), three parties, Amersfoort, Media vormgeving en ICT gl -> Software "
                   "developer 4. Fully compliant; the overstap arrangement sits under '6. Loopbaanbegeleiding en "
                   "ondersteuning' and the medezeggenschap arrangement under '9. Communicatie en draagvlak'; members "
                   "placed by 'mandaatbesluit', kwartaaldashboard, bindend advies.",
    "split": "train",
    "statuses": {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
                 "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    "evidence": {
        "a": "1. Reikwijdte",
        "b": "2. Werkveldpartners",
        "c": "3. Governance",
        "d": "4. Monitoring",
        "e": "5. Inrichting van het onderwijs",
        "f": "6. Loopbaanbegeleiding en ondersteuning",
        "g": "7. Financiële afspraken",
        "h": "9. Communicatie en draagvlak",
        "i": "10. Geschillen",
        "j": "11. Toetreding, duur en beëindiging",
    },
}

# ==================================================================================================
# 99 - business-case style, defective (b: intention + deferral; i: only onderling overleg), Helmond,
#      Mobiliteit en transport kb -> Eerste autotechnicus 3 (DOCX)
# ==================================================================================================
DOC99 = [
    T("Samenwerkingsovereenkomst Automotive Route Helmond"),
    S("Doorlopende leerroute vmbo Mobiliteit en transport - mbo Eerste autotechnicus, met managementsamenvatting van "
      "de business case"),
    H("Partijen"),
    L("1. Stichting Openbaar Voortgezet Onderwijs Helmond-Peel, gevestigd te Helmond, bevoegd gezag van het Peelrand "
      "College, vertegenwoordigd door de heer drs. B. van der Heijden, voorzitter college van bestuur (‘Peelrand’);"),
    L("2. Stichting Onderwijsgroep Deurne-Asten, gevestigd te Deurne, bevoegd gezag van het Vlierhof College, "
      "vertegenwoordigd door mevrouw J. Swinkels, bestuurder (‘Vlierhof’);"),
    L("3. Stichting ROC Brainport Oost, gevestigd te Helmond, met haar Automotive College, vertegenwoordigd door de heer "
      "R. Benali, lid college van bestuur (‘ROC Brainport Oost’)."),
    H("1. Managementsamenvatting"),
    P("De business case ‘Automotive Route Helmond’ (versie 2.1, april 2025) laat zien dat een doorlopende leerroute "
      "de uitval in de overgang van vmbo naar mbo in de autotechniek kan halveren en de onderwijstijd effectiever "
      "benut. De colleges van bestuur hebben op basis van die business case besloten tot fase 1: de start van één "
      "route per 1 augustus 2025, met twee vmbo-scholen en één mbo-instelling. Deze overeenkomst vertaalt de business "
      "case in bindende afspraken en borgt de governance."),
    H("2. Scope en routeprofiel"),
    P("De route loopt van leerjaar 3 van de kaderberoepsgerichte leerweg in het profiel Mobiliteit en transport "
      "(Peelrand en Vlierhof) naar de vakopleiding Eerste autotechnicus (niveau 3, bol) van het Automotive College, in "
      "het opleidingsdomein Mobiliteit en voertuigen. De nominale duur is vijf jaar; het vmbo-examen valt in het "
      "tweede routejaar. Jaarlijkse instroom: twee klassen van maximaal zestien leerlingen."),
    H("3. Governance"),
    P("De stuurgroep Automotive Route is eigenaar van de route. Zij bestaat uit de teamleiders techniek van Peelrand en "
      "Vlierhof, de manager onderwijs van het Automotive College en een programmamanager, die de stuurgroep voorzit "
      "zonder stemrecht. De stuurgroepleden worden per schooljaar door hun eigen college van bestuur voorgedragen en "
      "door de drie colleges gezamenlijk bij bestuursbesluit in functie gesteld; de programmamanager wordt na een "
      "gezamenlijke selectie door ROC Brainport Oost in dienst genomen."),
    P("De stuurgroep heeft doorzettingsmacht op: de jaarplanning en het rooster; de verdeling van de docentinzet "
      "binnen de formatie die partijen beschikbaar stellen; de toelating tot de route; het concept-PTA/OER; en de "
      "besteding van het routebudget binnen de begroting, tot € 25.000 per uitgave. Onderwerpen met gevolgen voor de "
      "begroting, de formatie of het voortbestaan van de route legt de stuurgroep ter besluitvorming voor aan de "
      "colleges."),
    H("4. Monitoring en control"),
    P("De route volgt een eigen planning-en-controlcyclus. De stuurgroep levert de colleges drie keer per jaar (in "
      "januari, mei en september) een viermaandsrapportage met de kritische prestatie-indicatoren uit de business "
      "case: instroom, tussentijdse uitval, doorstroom naar de mbo-fase, examenresultaten en budgetuitputting. "
      "Jaarlijks vóór 1 december volgt een jaarrapportage, die in het bestuurlijk overleg van december wordt "
      "vastgesteld. Het bestuurlijk overleg vindt twee keer per jaar plaats; de programmamanager licht daar de "
      "rapportages toe."),
    H("5. Uitvoeringsmodel"),
    P("In leerjaar 3 en 4 volgen de leerlingen het onderwijs op Peelrand en Vlierhof, met twee dagdelen per week in de "
      "werkplaats van het Automotive College in Helmond. Vanaf het derde routejaar volgen zij het onderwijs bij het "
      "Automotive College. Programma en examinering per leerjaar liggen vast in één gezamenlijk PTA/OER."),
    P("Het Automotive College zet per klas een instructeur autotechniek in voor zes uur per week in de vo-fase. "
      "Peelrand en Vlierhof leveren in het eerste jaar van de mbo-fase ieder een docent Mobiliteit en transport voor "
      "vier uur per week, zodat leerlingen vertrouwde docenten houden. Het team werkt met teambevoegdheid in het "
      "project ‘Elektrisch rijden’ (leerjaar 4), met voor ieder onderdeel een bevoegde docent. Iedere partij blijft "
      "werkgever van haar eigen personeel."),
    P("Het Automotive College stelt zijn werkplaats met hefbruggen, de diagnoseapparatuur en het EV-lab beschikbaar "
      "voor de routeklassen; Peelrand stelt haar motorenlokaal open voor de bijlessen van studenten die in de "
      "mbo-fase nog een vmbo-onderdeel afronden."),
    H("6. Uitstroom en maatwerk"),
    P("Een leerling die uit de route stapt, houdt een weg naar een diploma. In de vo-fase rondt hij de reguliere "
      "kaderberoepsgerichte leerweg Mobiliteit en transport of een ander profiel op zijn school af. Heeft hij aan het "
      "eind van het derde routejaar geen vmbo-diploma, dan kan hij zonder vooropleidingseisen verder in een opleiding "
      "op niveau 3 of 2 van ROC Brainport Oost, of het examen op zijn school opnieuw doen. Wie in de mbo-fase een "
      "andere richting kiest, kan binnen ROC Brainport Oost overstappen naar een opleiding op hetzelfde niveau, zoals "
      "Eerste monteur mechatronica, of wordt met een warme overdracht naar een opleiding elders begeleid. De "
      "vmbo-mentor en de studieloopbaanbegeleider van het Automotive College stellen samen vast welke mogelijkheden "
      "passen bij het bereikte niveau en de leeftijd van de leerling, en kiezen het vervolg samen met de leerling en "
      "zijn ouders."),
    H("7. Financieel kader"),
    P("Peelrand en Vlierhof dragen met toepassing van artikel 5.42a WVO 2020 ieder € 1.050 per routeleerling per "
      "leerjaar in de vo-fase over aan ROC Brainport Oost, gerekend naar de telling van 1 oktober. ROC Brainport Oost "
      "besteedt dit bedrag aan de inzet van de instructeurs autotechniek in de vo-fase, het gebruik en onderhoud van "
      "de werkplaats en het EV-lab, en de helft van de kosten van de programmamanager. Facturering vindt halfjaarlijks "
      "plaats. Overige kosten draagt iedere partij zelf."),
    H("8. Stakeholdermanagement"),
    P("Een succesvolle route in de Brainport-regio staat of valt met de verbinding met de automotive-sector. Partijen "
      "spreken de intentie uit om het regionale werkveld de komende jaren nadrukkelijk aan de route te verbinden, "
      "bijvoorbeeld via een adviesraad of een netwerk van partnerbedrijven. Welke bedrijven en organisaties daarbij "
      "worden betrokken en welke rol zij krijgen, wordt uitgewerkt in fase 2 van de business case, die de stuurgroep "
      "in schooljaar 2026-2027 aan de colleges voorlegt. Tot die tijd worden bestaande contacten benut waar dat "
      "mogelijk is."),
    H("9. Samenwerkingsprincipes"),
    P("Partijen werken samen op basis van vertrouwen, transparantie en gelijkwaardigheid. Zij delen relevante "
      "informatie tijdig met elkaar en nemen geen besluiten die de route raken zonder de andere partijen te "
      "betrekken. Verschillen van inzicht over de uitvoering van deze overeenkomst lossen partijen in goed onderling "
      "overleg op, in de geest van het partnerschap."),
    H("10. Instap, exit en bijstelling"),
    P("Een andere vmbo-school met het profiel Mobiliteit en transport of een andere mbo-instelling kan instappen als "
      "alle colleges schriftelijk instemmen en de nieuwe partner deze overeenkomst en het PTA/OER onderschrijft; de "
      "instap gaat in per 1 augustus, via een door alle partijen ondertekend addendum, en de nieuwe partner meldt de "
      "route in RIO."),
    P("Deze overeenkomst loopt vanaf 1 augustus 2025 voor onbepaalde tijd. Een partij kan haar deelname schriftelijk "
      "opzeggen met een termijn van twaalf maanden, met ingang van 1 augustus. Na opzegging stroomt bij die partij geen "
      "nieuwe klas meer in; leerlingen die al in de route zitten, maken haar af, en de vertrekkende partij blijft "
      "daarvoor haar inzet leveren."),
    P("Wijziging van deze overeenkomst vindt schriftelijk plaats, na een besluit van alle colleges. Wijzigingen gaan "
      "in bij het begin van een schooljaar en worden niet ten nadele van lopende leerlingen toegepast."),
    H("11. Registratie"),
    P("Peelrand en Vlierhof melden ieder hun route in RIO; ROC Brainport Oost meldt haar deel. De programmamanager "
      "bewaakt de planning."),
    H("12. Ondertekening"),
    P("Helmond, 2 juli 2025"),
    SIG([
        ("Stichting Openbaar Voortgezet Onderwijs Helmond-Peel", "drs. B. van der Heijden",
         "voorzitter college van bestuur"),
        ("Stichting Onderwijsgroep Deurne-Asten", "J. Swinkels", "bestuurder"),
        ("Stichting ROC Brainport Oost", "R. Benali", "lid college van bestuur"),
    ]),
]

EXP99 = {
    "description": "Business-case style with numbered management headings (DOCX), three parties, Helmond, Mobiliteit en "
                   "transport kb -> Eerste autotechnicus 3. Defects: b weak (only the intention to involve the "
                   "werkveld, who and which role deferred to 'fase 2 van de business case'); i weak (differences "
                   "resolved only 'in goed onderling overleg'). No medezeggenschap text.",
    "split": "train",
    "statuses": {"a": "present", "b": "weak", "c": "present", "d": "present", "e": "present",
                 "f": "present", "g": "present", "h": "not_applicable", "i": "weak", "j": "present"},
    "evidence": {
        "a": "2. Scope en routeprofiel",
        "c": "3. Governance",
        "d": "4. Monitoring en control",
        "e": "5. Uitvoeringsmodel",
        "f": "6. Uitstroom en maatwerk",
        "g": "7. Financieel kader",
        "j": "10. Instap, exit en bijstelling",
    },
}

# ==================================================================================================
# 100 - consortium, geïntegreerde route, decimal sections + escalatieladder table, Achterhoek,
#       Horeca, bakkerij en recreatie bb -> Kok 2 (PDF)
# ==================================================================================================
DOC100 = [
    T("Consortiumovereenkomst Horecaroute Achterhoek"),
    S("Samenwerkingsovereenkomst geïntegreerde route vmbo-basisberoepsopleiding (artikel 2.107l WVO 2020; artikel "
      "9.1.17 WEB)"),
    H("Partijen"),
    L("1. Stichting Voortgezet Onderwijs Oost-Achterhoek, gevestigd te Winterswijk, bevoegd gezag van het Kottenhof "
      "College, vertegenwoordigd door mevrouw G. Wissink, voorzitter college van bestuur (‘Kottenhof’);"),
    L("2. Stichting Openbaar Voortgezet Onderwijs Doetinchem e.o., gevestigd te Doetinchem, bevoegd gezag van het "
      "Slingebeek College, vertegenwoordigd door de heer H. Roelofsen, bestuurder (‘Slingebeek’);"),
    L("3. Stichting Christelijk Voortgezet Onderwijs Berkelland, gevestigd te Eibergen, bevoegd gezag van het "
      "Berkelhof College, vertegenwoordigd door mevrouw drs. L. Nijhof, bestuurder (‘Berkelhof’);"),
    L("4. Stichting Regionaal Opleidingencentrum Graafschap-Oost, gevestigd te Doetinchem, met haar College Horeca & "
      "Voeding, vertegenwoordigd door de heer M. Ter Horst, voorzitter college van bestuur (‘ROC Graafschap-Oost’)."),
    P("Partijen vormen samen het consortium Horecaroute Achterhoek en komen het volgende overeen."),
    H("1 Kaders"),
    H2("1.1 Doel"),
    P("Het consortium wil leerlingen in de basisberoepsgerichte leerweg die goed leren in de praktijk zonder "
      "tussentijdse drempel naar een diploma koksopleiding op niveau 2 brengen, en zo bijdragen aan de "
      "personeelsvoorziening van de Achterhoekse horeca."),
    H2("1.2 De route"),
    P("Het consortium verzorgt een geïntegreerde route vanaf leerjaar 3 van de basisberoepsgerichte leerweg in het "
      "profiel Horeca, bakkerij en recreatie (Kottenhof, Slingebeek en Berkelhof) naar de basisberoepsopleiding Kok "
      "(niveau 2, bol) van het College Horeca & Voeding, in het opleidingsdomein Horeca en bakkerij. De route duurt "
      "nominaal vier jaar. De vmbo-scholen nemen geen verplicht eindexamen basisberoepsgerichte leerweg af; iedere "
      "leerling kan er wel voor kiezen het vmbo-examen af te leggen (zie 4.2)."),
    H2("1.3 Deelname"),
    P("De vmbo-school beslist over deelname aan de route in overleg met de leerling en zijn ouders en na overleg met "
      "ROC Graafschap-Oost, aan het eind van leerjaar 2."),
    H("2 Governance"),
    H2("2.1 Consortiumregie"),
    P("De regie over de route ligt bij het Routeberaad. Het Routeberaad bestaat uit de teamleiders bovenbouw van de drie "
      "vmbo-scholen, de opleidingsmanager Keuken van het College Horeca & Voeding en een onafhankelijke voorzitter. De "
      "bestuurders van de vmbo-scholen en van ROC Graafschap-Oost kiezen ieder hun eigen afgevaardigde en maken die "
      "keuze schriftelijk aan elkaar bekend; bij wisseling gaat het op dezelfde manier. De onafhankelijke voorzitter "
      "wordt door de vier bestuurders gezamenlijk voor een periode van drie jaar gecontracteerd."),
    P("Het Routeberaad doet zelf af: de jaarplanning en het rooster van de praktijkdagen; de inzet van instructeurs en "
      "docenten binnen de formatie die partijen beschikbaar stellen; de toelating tot de route; de keuze van "
      "praktijkopdrachten en evenementen; en de besteding van het routebudget binnen de begroting tot € 12.500 per "
      "uitgave. Het Routeberaad stelt het concept-PTA/OER op. Begroting, formatie, uitbreiding of beëindiging van de "
      "route en wijziging van deze overeenkomst blijven bij de bestuurders."),
    H2("2.2 Informatievoorziening aan de besturen"),
    P("Het Routeberaad stuurt de vier bestuurders ieder kwartaal een routemonitor van één pagina met de kerncijfers: "
      "instroom, verzuim, tussentijdse uitstroom, resultaten en budget. Vóór 15 oktober volgt een routejaarverslag "
      "over het afgelopen schooljaar, dat in de bestuurlijke tafel van november wordt besproken; de voorzitter van het "
      "Routeberaad legt daar rekenschap af en de bestuurders stellen het verslag vast. Bestuurders kunnen tussentijds "
      "een verdiepende analyse vragen, die binnen een maand wordt geleverd."),
    H("3 Onderwijs en organisatie"),
    H2("3.1 Leerplekken en programma"),
    P("In leerjaar 3 volgen leerlingen het onderwijs op de eigen school, met één dag per week in de leerkeuken van het "
      "College Horeca & Voeding in Doetinchem; in leerjaar 4 zijn dat twee dagen. Vanaf het derde routejaar zijn zij "
      "student van ROC Graafschap-Oost en leren zij in de school en in het leerbedrijf. Programma, examinering en "
      "beroepspraktijkvorming per leerjaar staan in één gezamenlijk PTA/OER, met aanduiding van de vmbo- en de "
      "mbo-onderdelen."),
    H2("3.2 Docenten en instructeurs"),
    P("ROC Graafschap-Oost levert per klas een kok-instructeur voor acht uur per week in de vo-fase, in de leerkeuken en "
      "in de praktijklokalen van de vmbo-scholen. De vmbo-scholen leveren voor de mbo-fase docenten Nederlands en "
      "rekenen, samen vier uur per week per klas. Alle docenten en instructeurs vormen één team en werken met "
      "teambevoegdheid in de vakoverstijgende projecten ‘Streekkeuken’ en ‘Pop-up restaurant’; voor ieder onderdeel is "
      "een bevoegde docent betrokken. Iedere partij blijft werkgever van haar eigen personeel."),
    H2("3.3 Keukens, restaurant en apparatuur"),
    P("ROC Graafschap-Oost stelt de leerkeuken en het leerrestaurant ‘De Graafschapstafel’ beschikbaar; Kottenhof haar "
      "praktijkkeuken voor de routeklassen uit Winterswijk; Berkelhof haar bakkerijlokaal voor de module brood en "
      "banket. De door het consortium aangeschafte foodtruck rouleert per periode tussen de vier locaties."),
    H2("3.4 Chefs, gastheren en leerbedrijven"),
    P("Koninklijke Horeca Nederland, afdeling Achterhoek, en de leerbedrijven Hotel De Bronckhorst Hoeve, Restaurant "
      "’t Schaapskot (Winterswijk) en Partycentrum Berkelzicht (Eibergen) werken mee aan de route. Zij leveren iedere "
      "maand een chef als gastdocent in de leerkeuken, zitten in de jury van de jaarlijkse streekkookwedstrijd, bieden "
      "plaatsen voor de beroepspraktijkvorming in de mbo-fase en beoordelen de proeve van bekwaamheid mee. Eén keer "
      "per jaar bespreekt het Routeberaad het programma met hen."),
    H("4 Leerlingen"),
    H2("4.1 Begeleiding"),
    P("Iedere leerling houdt gedurende de route één vaste coach: in de vo-fase de mentor, vanaf het derde routejaar de "
      "studieloopbaanbegeleider, met een warme overdracht in leerjaar 4."),
    H2("4.2 Als de route niet past"),
    P("Een leerling die de geïntegreerde route verlaat, is altijd verzekerd van een passende plek; partijen verwijzen "
      "niet automatisch naar Entree. Afhankelijk van het moment geldt:"),
    L("a. in leerjaar 3: terug naar de reguliere basisberoepsgerichte leerweg in het profiel Horeca, bakkerij en "
      "recreatie of in een ander profiel van de eigen school, met het vmbo-diploma als doel;"),
    L("b. in leerjaar 4: de leerling legt het vmbo-examen basisberoepsgerichte leerweg af, zodat hij met een diploma "
      "een andere opleiding op niveau 2 kan kiezen, in hetzelfde of een ander domein;"),
    L("c. in de mbo-fase: de leerling rondt de route af en kiest daarna een andere opleiding, of stapt zonder "
      "aanvullende toelatingseisen over naar een andere opleiding op niveau 2 van ROC Graafschap-Oost, zoals Bakker of "
      "Gastheer/gastvrouw;"),
    L("d. alleen als een startkwalificatie echt niet haalbaar blijkt, wordt de leerling via de Entree-opleiding naar "
      "werk begeleid."),
    P("Welke plekken passend zijn, stellen de mentor van de vmbo-school en de trajectbegeleider van ROC Graafschap-Oost "
      "samen vast, op basis van wat de leerling heeft bereikt en zijn leeftijd. De leerling en zijn ouders kiezen in een "
      "gezamenlijk gesprek met hen het vervolg. De werkwijze staat in de schoolgidsen."),
    H2("4.3 Klachten"),
    P("De klachtenregeling van iedere partij geldt ook voor gedragingen van medewerkers van de andere partijen binnen "
      "de route."),
    H("5 Geld"),
    H2("5.1 Overdracht van middelen"),
    P("Iedere vmbo-school draagt met toepassing van artikel 5.42a WVO 2020 aan ROC Graafschap-Oost over: € 600 per "
      "routeleerling in leerjaar 3 en € 1.300 per routeleerling in leerjaar 4, gerekend naar de telling van "
      "1 oktober. ROC Graafschap-Oost besteedt deze middelen aan de inzet van de kok-instructeurs in de vo-fase, de "
      "ingrediënten en het verbruiksmateriaal van de praktijkdagen en het gebruik van de leerkeuken. Facturering "
      "vindt eenmaal per jaar plaats, in januari. Overige kosten draagt iedere partij zelf."),
    H("6 Stem en inspraak"),
    P("Naast de wettelijke medezeggenschap per fase spreken partijen af dat de medezeggenschapsraden van de drie "
      "vmbo-scholen en de studentenraad van ROC Graafschap-Oost ieder jaar in oktober een gezamenlijke vergadering "
      "houden over het routejaarverslag, en dat leerlingen in de vo-fase van de route als gast met spreekrecht de "
      "vergaderingen van de studentenraad kunnen bijwonen."),
    H("7 Conflicthantering"),
    P("Verschillen van inzicht over de uitvoering van deze overeenkomst doorlopen de volgende escalatieladder. Een "
      "trede wordt pas genomen als de vorige binnen de termijn geen oplossing heeft opgeleverd."),
    TAB(["Trede", "Wie", "Termijn"], [
        ["1", "Routeberaad, met de betrokken teamleiders en de opleidingsmanager", "drie weken"],
        ["2", "Bestuurlijke tafel van de vier bestuurders", "zes weken"],
        ["3", "Mediation door een onafhankelijke mediator, kosten gedeeld", "drie maanden"],
        ["4", "Arbitrage door één arbiter volgens het reglement van het Nederlands Arbitrage Instituut, plaats van "
              "arbitrage Arnhem; de uitspraak is bindend", "-"],
    ], [0.10, 0.68, 0.22]),
    P("Tijdens de escalatie gaat de uitvoering van de route ongewijzigd door."),
    H("8 Looptijd en exit-regeling"),
    H2("8.1 Nieuwe deelnemers"),
    P("Een andere vmbo-school met het profiel Horeca, bakkerij en recreatie of een andere mbo-instelling kan tot het "
      "consortium toetreden als alle bestuurders schriftelijk instemmen en de nieuwe deelnemer deze overeenkomst en "
      "het PTA/OER onderschrijft en haar bijdrage in mensen en ruimtes vastlegt. Toetreding gaat in per 1 augustus, "
      "na ondertekening van een toetredingsverklaring en melding in RIO; zij verandert niets voor leerlingen die al in "
      "de route zitten."),
    H2("8.2 Looptijd en opzegging"),
    P("De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een partij kan schriftelijk opzeggen vóór "
      "1 november, met ingang van 1 augustus van het daaropvolgende kalenderjaar. Bij ernstige tekortkoming kunnen de "
      "andere partijen de overeenkomst ten aanzien van die partij ontbinden na een hersteltermijn van drie maanden."),
    H2("8.3 Exit-regeling"),
    P("Na opzegging of ontbinding stroomt bij de vertrekkende partij geen nieuwe klas meer in. Leerlingen die al in de "
      "route zitten, maken haar af met dezelfde praktijkdagen, instructeurs en begeleiding; de vertrekkende partij "
      "levert haar aandeel tot de laatste lopende lichting klaar is of met instemming van leerling en ouders een "
      "passende plek elders heeft."),
    H2("8.4 Wijzigingen"),
    P("Deze overeenkomst wordt alleen schriftelijk gewijzigd, met de handtekening van alle bestuurders, na advies van "
      "het Routeberaad. Een wijziging gaat in bij het begin van een schooljaar en wordt niet ten nadele van lopende "
      "leerlingen toegepast."),
    H("9 Slot"),
    P("De vmbo-scholen melden ieder hun route in RIO; ROC Graafschap-Oost meldt haar deel. Op deze overeenkomst is "
      "Nederlands recht van toepassing."),
    P("Aldus overeengekomen te Doetinchem op 25 juni 2025."),
    SIG([
        ("Stichting Voortgezet Onderwijs Oost-Achterhoek", "G. Wissink", "voorzitter college van bestuur"),
        ("Stichting Openbaar Voortgezet Onderwijs Doetinchem e.o.", "H. Roelofsen", "bestuurder"),
        ("Stichting Christelijk Voortgezet Onderwijs Berkelland", "drs. L. Nijhof", "bestuurder"),
        ("Stichting Regionaal Opleidingencentrum Graafschap-Oost", "M. Ter Horst", "voorzitter college van bestuur"),
    ]),
]

EXP100 = {
    "description": "Consortium agreement for a geïntegreerde route (PDF, decimal sections, escalatieladder table), "
                   "four parties, Achterhoek, Horeca bakkerij en recreatie bb -> Kok 2. Fully compliant: afgevaardigden "
                   "'kiezen ieder hun eigen afgevaardigde', routemonitor per kwartaal, passende plek not automatically "
                   "Entree, EUR 600/1.300 transfer with bestemming, joint MR/studentenraad meeting, arbitrage.",
    "split": "train",
    "statuses": {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
                 "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    "evidence": {
        "a": "1.2 De route",
        "b": "3.4 Chefs, gastheren en leerbedrijven",
        "c": "2.1 Consortiumregie",
        "d": "2.2 Informatievoorziening aan de besturen",
        "e": "3 Onderwijs en organisatie",
        "f": "4.2 Als de route niet past",
        "g": "5.1 Overdracht van middelen",
        "h": "6 Stem en inspraak",
        "i": "7 Conflicthantering",
        "j": "8 Looptijd en exit-regeling",
    },
}

SAMPLES = [
    ("93", "93_regiegroep_artikelen", "pdf", DOC93, EXP93),
    ("94", "94_afsprakenmatrix", "docx", DOC94, EXP94),
    ("95", "95_koppen_zonder_onderwerp", "md", DOC95, EXP95),
    ("96", "96_zeer_kort", "txt", DOC96, EXP96),
    ("97", "97_stuurgroep_reglement_later", "docx", DOC97, EXP97),
    ("98", "98_overstap_onder_loopbaan", "pdf", DOC98, EXP98),
    ("99", "99_business_case", "docx", DOC99, EXP99),
    ("100", "100_consortium_geintegreerd", "pdf", DOC100, EXP100),
]


# --------------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------------
def render_pdf(doc, path, title):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    st_title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, alignment=TA_CENTER,
                              spaceAfter=6)
    st_sub = ParagraphStyle("s", fontName="Helvetica", fontSize=10, leading=13, alignment=TA_CENTER, spaceAfter=4)
    st_h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=10, spaceAfter=4)
    st_h2 = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=10, leading=13, spaceBefore=6,
                           spaceAfter=3)
    st_p = ParagraphStyle("p", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
    st_li = ParagraphStyle("li", parent=st_p, leftIndent=14, spaceAfter=2)
    st_cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5)
    st_cellb = ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)

    width = A4[0] - 4.4 * cm
    story = []
    for item in doc:
        kind = item[0]
        if kind == "title":
            story.append(Paragraph(escape(item[1]), st_title))
        elif kind == "sub":
            story.append(Paragraph(escape(item[1]), st_sub))
        elif kind == "h":
            story.append(Paragraph(escape(item[1]), st_h))
        elif kind == "h2":
            story.append(Paragraph(escape(item[1]), st_h2))
        elif kind == "p":
            story.append(Paragraph(escape(item[1]), st_p))
        elif kind == "li":
            story.append(Paragraph(escape(item[1]), st_li))
        elif kind == "br":
            story.append(PageBreak())
        elif kind == "table":
            _, header, rows, widths = item
            data = []
            if header:
                data.append([Paragraph(escape(c), st_cellb) for c in header])
            for r in rows:
                data.append([Paragraph(escape(c), st_cell) for c in r])
            t = Table(data, colWidths=[w * width for w in widths], repeatRows=1 if header else 0)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E9F0") if header else colors.white),
            ]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            data = []
            for party, name, func in item[1]:
                data.append([Paragraph(escape(party), st_cell),
                             Paragraph("<br/><br/>______________________________<br/>" + escape(name) + ", "
                                       + escape(func), st_cell)])
            t = Table(data, colWidths=[0.5 * width, 0.5 * width])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
            story.append(Spacer(1, 6))
            story.append(t)

    def on_page(canvas, _doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "pagina %d" % canvas.getPageNumber())
        canvas.restoreState()

    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                          bottomMargin=2 * cm, title=title, author="Consortiumsecretariaat", subject=title,
                          creator="build_samples_train6c", invariant=1)
    d.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _fix_docx_zip(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def render_docx(doc, path, title):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    for item in doc:
        kind = item[0]
        if kind == "title":
            d.add_heading(item[1], level=0)
        elif kind == "sub":
            p = d.add_paragraph()
            r = p.add_run(item[1])
            r.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        elif kind == "h":
            d.add_heading(item[1], level=1)
        elif kind == "h2":
            d.add_heading(item[1], level=2)
        elif kind == "p":
            d.add_paragraph(item[1])
        elif kind == "li":
            p = d.add_paragraph(item[1])
            p.paragraph_format.left_indent = Cm(0.75)
        elif kind == "br":
            d.add_page_break()
        elif kind == "table":
            _, header, rows, widths = item
            nrows = len(rows) + (1 if header else 0)
            t = d.add_table(rows=nrows, cols=len(widths))
            t.style = "Table Grid"
            i = 0
            if header:
                for j, c in enumerate(header):
                    cell = t.cell(0, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(c)
                    run.bold = True
                i = 1
            for r in rows:
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                i += 1
            for j, w in enumerate(widths):
                for row in t.rows:
                    row.cells[j].width = Cm(16.0 * w)
            d.add_paragraph("")
        elif kind == "sig":
            t = d.add_table(rows=len(item[1]), cols=2)
            for i, (party, name, func) in enumerate(item[1]):
                t.cell(i, 0).text = party
                t.cell(i, 1).text = "\n\n______________________________\n%s, %s" % (name, func)
    cp = d.core_properties
    cp.author = "Consortiumsecretariaat"
    cp.last_modified_by = "Consortiumsecretariaat"
    cp.title = title
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    d.save(path)
    _fix_docx_zip(path)


def _wrap(text, indent=""):
    hang = "   " if re.match(r"^(\d+\.|[a-z]\.|-) ", text) else ""
    return textwrap.fill(text, width=92, initial_indent=indent, subsequent_indent=indent + hang,
                         break_long_words=False, break_on_hyphens=False)


def render_txt(doc):
    out = []
    for item in doc:
        kind = item[0]
        if kind == "title":
            out.append(item[1])
            out.append("=" * len(item[1]))
            out.append("")
        elif kind == "sub":
            out.append(item[1])
            out.append("")
        elif kind in ("h", "h2"):
            out.append("")
            out.append(item[1])
            out.append("")
        elif kind == "p":
            out.append(_wrap(item[1]))
            out.append("")
        elif kind == "li":
            out.append(_wrap(item[1], "  "))
        elif kind == "table":
            _, header, rows, _w = item
            if header:
                out.append(" | ".join(header))
            for r in rows:
                out.append(" | ".join(r))
            out.append("")
        elif kind == "sig":
            out.append("")
            for party, name, func in item[1]:
                out.append("Namens %s:" % party)
                out.append("")
                out.append("______________________________")
                out.append("%s, %s" % (name, func))
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_md(doc):
    out = []
    for item in doc:
        kind = item[0]
        if kind == "title":
            out.append("# " + item[1])
            out.append("")
        elif kind == "sub":
            out.append("*" + item[1] + "*")
            out.append("")
        elif kind == "h":
            out.append("## " + item[1])
            out.append("")
        elif kind == "h2":
            out.append("### " + item[1])
            out.append("")
        elif kind == "p":
            out.append(item[1])
            out.append("")
        elif kind == "li":
            txt = item[1]
            if not (txt.startswith("- ") or re.match(r"^\d+\. ", txt)):
                txt = "- " + txt
            out.append(txt)
        elif kind == "table":
            _, header, rows, _w = item
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "---|" * len(header))
            for r in rows:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif kind == "sig":
            out.append("")
            for party, name, func in item[1]:
                out.append("**Namens %s**  " % party)
                out.append("%s, %s" % (name, func))
                out.append("")
    # blank line after list blocks
    text = "\n".join(out)
    text = re.sub(r"(\n(?:- |\d+\. )[^\n]*)\n(?=[^-\d\n])", r"\1\n\n", text)
    return text.rstrip() + "\n"


def title_of(doc):
    for item in doc:
        if item[0] == "title":
            return item[1]
    return ""


def build(num, name, ext, doc, exp):
    path = os.path.join(HERE, "%s.%s" % (name, ext))
    if ext == "pdf":
        render_pdf(doc, path, title_of(doc))
    elif ext == "docx":
        render_docx(doc, path, title_of(doc))
    elif ext == "txt":
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render_txt(doc))
    elif ext == "md":
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render_md(doc))
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(exp, ensure_ascii=False, indent=2) + "\n")
    print("built", os.path.basename(path))


# --------------------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------------------
def extract_text(path, ext):
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
        return "\n".join(parts)
    if ext == "docx":
        import xml.etree.ElementTree as ET
        ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(ns + "p"):
            paras.append("".join(t.text or "" for t in p.iter(ns + "t")))
        return "\n".join(paras)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufffe", "")
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    valid = {"present", "weak", "missing", "not_applicable"}
    for num, name, ext, doc, exp in SAMPLES:
        path = os.path.join(HERE, "%s.%s" % (name, ext))
        jpath = os.path.join(HERE, name + ".expected.json")
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract_text(path, ext))
            except Exception as e:  # noqa: BLE001
                errs.append("cannot open: %r" % e)
                text = ""
            for k, ev in exp.get("evidence", {}).items():
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
                if exp["statuses"].get(k) != "present":
                    errs.append("evidence given for non-present item %s" % k)
        if set(exp["statuses"]) != set("abcdefghij") or not set(exp["statuses"].values()) <= valid:
            errs.append("bad statuses")
        if exp.get("split") != "train":
            errs.append("split is not train")
        try:
            with open(jpath, encoding="utf-8") as fh:
                if json.load(fh) != exp:
                    errs.append("expected.json differs from script table")
        except Exception as e:  # noqa: BLE001
            errs.append("cannot read expected.json: %r" % e)
        status = "OK " if not errs else "ERR"
        ok = ok and not errs
        print("%s %s.%s (%d bytes)" % (status, name, ext, os.path.getsize(path) if os.path.exists(path) else 0))
        for e in errs:
            print("    -", e)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    wanted = set(a for a in argv if not a.startswith("-"))
    for num, name, ext, doc, exp in SAMPLES:
        if wanted and num not in wanted:
            continue
        build(num, name, ext, doc, exp)


if __name__ == "__main__":
    main(sys.argv[1:])
