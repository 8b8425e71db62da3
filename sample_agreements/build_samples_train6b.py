#!/usr/bin/env python3
"""Build training samples 85-92 (samenwerkingsovereenkomsten doorlopende leerroute vmbo-mbo).

Written by an independent sample author (batch "train6b"). The texts were written from the two
official guidance documents (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), the
project's domain notes (shared/domain.md) and sample_agreements/LABELS.md only -- without looking at
any checker code, models, tests, benchmarks or the texts/build scripts of other samples.

Voice of this batch: school leaders, teamleiders and coordinators writing plain, practical Dutch
('wij', 'de school', 'het ROC', "regelt", "zorgt dat", "komt bij elkaar", "stapt over", "betaalt"),
with the core elements of every item phrased in their own words rather than checklist words.
Six agreements are fully compliant (h may be not_applicable); 89 and 91 each have two defects.

Usage:
    python3 build_samples_train6b.py            # build 85..92
    python3 build_samples_train6b.py 85 90      # build only those numbers
    python3 build_samples_train6b.py --check    # open every file and verify it
"""

import datetime
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ITEMS = "abcdefghij"

# ---------------------------------------------------------------------------------------------
# Block model: ("title", t) ("sub", t) ("h", t) ("p", t) ("lp", label, t) ("ul", [..]) ("ol", [..])
# ("table", header, rows, widths) ("sig", place_date, [(voor, naam, functie), ..])
# In table cells "\n" separates paragraphs.
# ---------------------------------------------------------------------------------------------

DOCS = []


def doc(num, slug, fmt, description, statuses, evidence, blocks, **opts):
    st = dict(zip(ITEMS, statuses.split()))
    assert len(st) == 10, num
    st = {k: {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}[v]
          for k, v in st.items()}
    for k in evidence:
        assert st[k] == "present", (num, k)
    DOCS.append(dict(num=num, name=f"{num}_{slug}", fmt=fmt, description=description,
                     statuses=st, evidence=evidence, blocks=blocks, opts=opts))


# =============================================================================================
# 85 -- long agreement, numbered articles with question titles, PDF. Eemsdelta, PIE kb -> Operator B 3
# =============================================================================================
doc("85", "lang_artikelen_coordinatoren", "pdf",
    "Long (about 8 pages) PDF written by the coordinators: 'Artikel N. <vraag>' headings, a facilities "
    "table, an overstap table per moment and an annex 'De route in één oogopslag'. Eemsdelta "
    "(Appingedam/Delfzijl), PIE kb -> Operator B 3. Routeoverleg whose members the boards 'vragen' and "
    "confirm by letter; jaarbericht vóór 1 oktober, tussenstand in februari; € 1.150 per routeleerling "
    "with bestemming; routeleerling in the studentenraad; mediator then rechtbank Noord-Nederland. "
    "Fully compliant, no checklist words.",
    "p p p p p p p p p p",
    {"a": "Artikel 2. Om welke route gaat het?",
     "b": "Artikel 3. Wat doen de bedrijven aan de Eems?",
     "c": "Artikel 4. Wie houdt de route in de hand?",
     "d": "Artikel 5. Hoe weten de besturen hoe het gaat?",
     "e": "Artikel 6. Waar en van wie krijgen de leerlingen les?",
     "f": "Artikel 8. Wat als het anders loopt?",
     "g": "Artikel 9. Wie betaalt wat?",
     "h": "Artikel 10. Wie praat er mee?",
     "i": "Artikel 11. Als we het niet eens worden",
     "j": "Artikel 13. Hoe lang loopt dit en hoe stoppen we?"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Procestechniek Eemsdelta"),
        ("sub", "Van vmbo kader PIE naar Operator B (mbo niveau 3) – vanaf schooljaar 2025-2026"),
        ("h", "Wie sluiten deze overeenkomst?"),
        ("p", "1. Stichting Voortgezet Onderwijs Eemsdelta, het bevoegd gezag van het Fivelcollege in "
              "Appingedam, vertegenwoordigd door mevrouw drs. H.J. Wiersma, bestuurder. In deze tekst: "
              "de school."),
        ("p", "2. Stichting ROC Hunze en Eems, het bevoegd gezag van ROC Hunze en Eems met de vestiging "
              "Procestechniek in Delfzijl, vertegenwoordigd door de heer ing. J.P. Bosscher, voorzitter "
              "van het college van bestuur. In deze tekst: het ROC."),
        ("p", "Samen noemen wij ons in deze tekst: wij, of de partijen."),
        ("h", "Vooraf"),
        ("p", "Sinds 2021 werken de techniekafdeling van het Fivelcollege en de opleiding Procestechniek "
              "van het ROC samen. Leerlingen uit Appingedam, Delfzijl en omgeving komen via ons in de "
              "procesindustrie terecht: bij de zoutwinning, de chemie en de nieuwe waterstof- en "
              "energiebedrijven aan de Eems. Tot nu toe stonden onze afspraken in mails, in verslagen en "
              "in het hoofd van een paar mensen. Dat is kwetsbaar. Als er iemand vertrekt, moet de route "
              "gewoon doorlopen. Daarom zetten wij alles wat de wet vraagt, en wat wij verder belangrijk "
              "vinden, in deze overeenkomst."),
        ("p", "De tekst is geschreven door de routecoördinator, de teamleider techniek van de school en de "
              "opleidingsmanager Procestechniek. De bestuurders hebben hem gelezen, aangevuld en getekend. "
              "We hebben bewust gewone taal gebruikt: docenten, ouders en bedrijven moeten dit stuk ook "
              "kunnen lezen."),

        ("h", "Artikel 1. Welke woorden gebruiken wij?"),
        ("p", "In deze overeenkomst bedoelen wij met:"),
        ("ul", ["de route: de doorlopende leerroute vmbo-mbo Procestechniek uit artikel 2;",
                "routejaar 1 tot en met 4: de vier jaren van de route. Routejaar 1 is leerjaar 3 van het "
                "vmbo;",
                "vo-fase: routejaar 1 en 2. De leerling staat dan ingeschreven bij de school;",
                "mbo-fase: routejaar 3 en 4. De leerling staat dan als student ingeschreven bij het ROC;",
                "routeleerling: iedere leerling of student die de route volgt;",
                "het routeoverleg: de groep uit artikel 4 die de route van dag tot dag aanstuurt;",
                "het bestuurlijk overleg: de bestuurder van de school en het lid van het college van "
                "bestuur van het ROC dat techniek in zijn portefeuille heeft;",
                "het routeboek: het gezamenlijke PTA/OER van de route, met het programma, de toetsen en de "
                "examens per routejaar;",
                "de werkveldtafel: het overleg met de bedrijven uit artikel 3."]),

        ("h", "Artikel 2. Om welke route gaat het?"),
        ("p", "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Produceren, "
              "installeren en energie (PIE). Zij leidt naar het mbo-diploma Operator B, niveau 3, in het "
              "opleidingsdomein Procesindustrie. De mbo-fase volgt de leerling in de beroepsopleidende "
              "leerweg (bol)."),
        ("p", "Een routeleerling haalt twee diploma's: het vmbo-diploma kader met het profiel PIE, aan het "
              "eind van routejaar 2, en het mbo-diploma Operator B aan het eind van routejaar 4. Omdat de "
              "vmbo- en mbo-stof op elkaar aansluiten en dubbel werk verdwijnt, duurt de route vier jaar "
              "in plaats van vijf. Wie het vmbo-examen in routejaar 2 niet helemaal haalt, rondt het af in "
              "routejaar 3; de school blijft daarvoor verantwoordelijk."),
        ("p", "Een leerling kiest aan het eind van leerjaar 2 voor de route. In januari houden de school "
              "en het ROC samen een voorlichtingsavond voor leerlingen en ouders. In de vo-fase kiezen "
              "routeleerlingen keuzevakken die aansluiten op het werk van een operator; welke dat zijn, "
              "staat in het routeboek."),
        ("p", "Per schooljaar starten ten hoogste twee groepen van elk 16 leerlingen. Meer groepen kan "
              "alleen als het bestuurlijk overleg daarmee instemt (artikel 4)."),

        ("h", "Artikel 3. Wat doen de bedrijven aan de Eems?"),
        ("p", "Zonder de bedrijven is deze route niet te doen. Deze bedrijven hebben toegezegd mee te "
              "doen: Zoutwerk Oterdum B.V., Eemschem Productie B.V., Waterstofcentrale Eemshaven B.V. en "
              "Dijkstra Industrieservice. Zij zijn lid van de Werkgeverskring Procesindustrie Noord, die "
              "ook meedenkt. De adviseur van SBB voor de procesindustrie schuift aan bij de "
              "werkveldtafel."),
        ("p", "Wat de bedrijven doen:"),
        ("ul", ["In routejaar 1 bezoeken de leerlingen drie bedrijven. Een operator loopt een dagdeel met "
                "de groep mee over het terrein en laat de controlekamer zien.",
                "In routejaar 2 geven operators en veiligheidskundigen van de bedrijven vier gastlessen "
                "over veilig werken, werkvergunningen en storingen.",
                "Vanaf routejaar 3 bieden de bedrijven samen elk jaar ten minste 14 bpv-plaatsen. De "
                "bpv-coördinator van het ROC verdeelt die plaatsen.",
                "Bij de proeve van bekwaamheid in routejaar 4 beoordeelt een praktijkopleider van het "
                "leerbedrijf mee, samen met een examinator van het ROC.",
                "De werkveldtafel (de bedrijven, de SBB-adviseur, de routecoördinator en de "
                "opleidingsmanager) komt in oktober en in maart bij elkaar. Zij bekijkt het programma en "
                "geeft advies over nieuwe onderwerpen, zoals waterstof en elektrificatie. Het "
                "routeoverleg laat de werkveldtafel binnen twee maanden weten wat het met dat advies "
                "doet."]),
        ("p", "Komt er een bedrijf bij of stopt er een, dan past het routeoverleg de lijst in het "
              "routeboek aan. Daarvoor hoeft deze overeenkomst niet te veranderen."),

        ("h", "Artikel 4. Wie houdt de route in de hand?"),
        ("p", "De route wordt van dag tot dag aangestuurd door het routeoverleg. Daarin zitten vier "
              "mensen:"),
        ("ol", ["de teamleider techniek van de school;",
                "de opleidingsmanager Procestechniek van het ROC;",
                "de routecoördinator. Dat is een docent van de school of van het ROC, die 0,2 fte voor "
                "deze taak krijgt;",
                "de bpv-coördinator Procestechniek van het ROC."]),
        ("lp", "Hoe komt iemand in het routeoverleg?",
         "De bestuurder van de school vraagt de teamleider techniek; het college van bestuur van het ROC "
         "vraagt de opleidingsmanager en de bpv-coördinator. De routecoördinator kiezen de twee besturen "
         "samen, na een gesprek met de kandidaat waarbij de teamleider en de opleidingsmanager "
         "aanschuiven. Elke keuze gaat per brief naar de persoon zelf en naar de andere partij. De "
         "routecoördinator doet het werk voor drie schooljaren; daarna kunnen de besturen die periode "
         "samen verlengen."),
        ("p", "Valt iemand weg, dan zorgt het bestuur bij wie die persoon hoort binnen zes weken voor een "
              "opvolger, op dezelfde manier. Tot die tijd neemt de directeur van de school of de "
              "sectordirecteur techniek van het ROC de plaats in."),
        ("lp", "Wat het routeoverleg zelf beslist:", ""),
        ("ul", ["de jaarplanning en het rooster van de route;",
                "welke docenten van beide kanten welke lessen geven, binnen de uren die iedere directie "
                "daarvoor vrijmaakt;",
                "het voorstel voor het routeboek (vaststellen doen de examencommissies, zie artikel 7);",
                "de verdeling van de bpv-plaatsen;",
                "de overstap van een routeleerling, op de manier van artikel 8;",
                "uitgaven uit het routebudget tot € 10.000 per schooljaar. Dit budget betalen de partijen "
                "ieder voor de helft."]),
        ("lp", "Wat het routeoverleg voorlegt aan het bestuurlijk overleg:", ""),
        ("ul", ["uitgaven boven het routebudget en afspraken met andere organisaties die geld kosten;",
                "het aannemen, ontslaan of overplaatsen van personeel;",
                "meer of minder groepen dan in artikel 2 staat;",
                "alles wat deze overeenkomst verandert."]),
        ("p", "Het routeoverleg komt ten minste één keer per maand bij elkaar. Het besluit bij voorkeur "
              "unaniem. Zijn de teamleider en de opleidingsmanager het niet eens, dan gaat het punt naar "
              "de directeur van de school en de sectordirecteur techniek (zie artikel 11)."),

        ("h", "Artikel 5. Hoe weten de besturen hoe het gaat?"),
        ("p", "Het routeoverleg houdt de besturen op drie manieren bij de les:"),
        ("ol", ["Jaarbericht. Elk jaar vóór 1 oktober stuurt de routecoördinator een jaarbericht naar de "
                "bestuurder van de school en naar het college van bestuur van het ROC. Daarin staan in "
                "ieder geval: het aantal routeleerlingen per routejaar, wie er is gestopt of overgestapt "
                "en waarheen, de uitslagen van het vmbo-examen en de mbo-examens, het aantal "
                "bpv-plaatsen, de uitgaven uit het routebudget, het advies van de werkveldtafel en de "
                "knelpunten.",
                "Tussenstand. In februari stuurt de routecoördinator beide besturen een tussenstand van "
                "één pagina met de cijfers van dat moment en de bijzonderheden.",
                "Gesprek. In november schuiven de routecoördinator, de teamleider en de opleidingsmanager "
                "een uur aan bij het bestuurlijk overleg. Zij lichten het jaarbericht toe. De bestuurders "
                "stellen vragen en geven opdrachten mee; het verslag daarvan gaat naar beide besturen."]),
        ("p", "Gebeurt er iets ernstigs, bijvoorbeeld een ongeval op de leerplant of bij een leerbedrijf, "
              "of dreigt een groep niet door te kunnen gaan, dan belt de routecoördinator nog dezelfde "
              "week beide bestuurders."),
        ("p", "De besturen mogen altijd meer informatie vragen. Het routeoverleg geeft die binnen twee "
              "weken."),

        ("h", "Artikel 6. Waar en van wie krijgen de leerlingen les?"),
        ("lp", "Plaats.", "Routejaar 1 en 2 volgen de leerlingen op het Fivelcollege in Appingedam. Elke "
                          "donderdag zijn zij de hele dag op de vestiging van het ROC in Delfzijl. "
                          "Routejaar 3 en 4 zijn op het ROC in Delfzijl en bij het leerbedrijf."),
        ("lp", "Docenten.", "De docenten van beide kanten vormen samen één routeteam. Docenten "
                            "procestechniek van het ROC geven op donderdag les aan de routeleerlingen van "
                            "routejaar 1 en 2. Twee docenten PIE van de school gaan op donderdag mee en "
                            "geven daar de lessen meet- en regeltechniek, samen met de ROC-docent. In "
                            "routejaar 3 geeft een docent Nederlands van de school nog twee uur per week "
                            "les op het ROC, voor leerlingen die hun vmbo-examen moeten afronden. De mentor "
                            "in routejaar 1 en 2 is een docent van de school; in routejaar 3 en 4 is de "
                            "studieloopbaanbegeleider een docent van het ROC."),
        ("lp", "Eén team, ieder zijn eigen vak.",
         "Wij gebruiken de teambevoegdheid voor het vakoverstijgende onderdeel 'Proces in de klas' in "
         "routejaar 1 en 2. Voor elk deel daarvan is een docent met de juiste bevoegdheid "
         "verantwoordelijk. Welke docent welk deel heeft, staat in het routeboek. Voor alle andere lessen "
         "geldt de gewone bevoegdheid."),
        ("lp", "Werkgever.", "Iedere docent blijft in dienst van zijn eigen werkgever en valt onder diens "
                             "cao. Uren die een docent voor de route bij de andere partij werkt, staan in "
                             "zijn normjaartaak. Er wordt niemand gedetacheerd."),
        ("lp", "Ruimtes en spullen.", "Wat wij met elkaar delen, staat in de tabel hieronder."),
        ("table", ["Wat", "Van wie", "Wie gebruikt het en wanneer"],
         [["Leerplant (oefeninstallatie met pompen, destillatiekolom en regelkamer)", "ROC",
           "Routejaar 1 en 2 op donderdag; routejaar 3 en 4 volgens het rooster van het ROC"],
          ["Lokaal met processimulatiesoftware (16 werkplekken)", "ROC",
           "Routejaar 1 en 2 op donderdagmiddag"],
          ["Metaal- en elektrowerkplaats T1", "School",
           "Routejaar 3 op dinsdagmiddag, voor onderhoudsopdrachten"],
          ["VCA-examenlokaal", "ROC", "VCA-examen aan het eind van routejaar 2"],
          ["Persoonlijke beschermingsmiddelen (overall, helm, schoenen, bril)", "ROC",
           "Elke routeleerling krijgt ze bij de start van routejaar 1"],
          ["Laptops", "Ieder voor eigen leerlingen", "De school in routejaar 1 en 2, het ROC daarna"]],
         [0.42, 0.2, 0.38]),
        ("p", "De partij die een ruimte uitleent, zorgt voor onderhoud, veiligheid en toezicht op de "
              "installatie. De docent die de les geeft, houdt toezicht op de leerlingen. Schade door "
              "leerlingen valt onder de verzekering van de partij waar de leerling staat ingeschreven."),
        ("lp", "Vervoer.", "De leerlingen reizen op donderdag met de lijnbus; de school vergoedt de "
                           "kosten aan de ouders."),

        ("h", "Artikel 7. Programma, examens en inschrijving"),
        ("p", "Het routeboek beschrijft voor elk routejaar welke lessen de leerling krijgt, welke toetsen "
              "en examens hij doet en welke bpv hij loopt. Het geeft aan welke delen vmbo zijn, welke mbo "
              "en welke samen. Het routeoverleg maakt het routeboek elk jaar vóór 1 juni klaar. De "
              "examencommissie van de school stelt het vmbo-deel vast, de examencommissie van het ROC het "
              "mbo-deel."),
        ("p", "Tot het eind van routejaar 2 staat de leerling ingeschreven bij de school. Daarna schrijft "
              "het ROC hem in als student. Heeft hij zijn vmbo-diploma dan nog niet, dan blijft de school "
              "verantwoordelijk voor dat examen."),
        ("p", "Een klacht over een medewerker van de andere partij behandelt de partij waar de klacht "
              "binnenkomt, met haar eigen klachtenregeling. De andere partij werkt mee en levert binnen "
              "twee weken haar reactie. Verzuim meldt de school in de vo-fase en het ROC in de mbo-fase."),
        ("p", "Beide partijen melden de route bij DUO via RIO, ieder voor zich, en houden elkaar daarvan "
              "op de hoogte."),

        ("h", "Artikel 8. Wat als het anders loopt?"),
        ("p", "Niet iedere leerling maakt de route af. Een leerling kan merken dat de procesindustrie niet "
              "bij hem past, het tempo te hoog vinden of verhuizen. Wij zorgen er dan voor dat hij op een "
              "plek komt waar hij toch een diploma haalt. Niemand gaat bij ons weg zonder nieuwe plek."),
        ("p", "Welke mogelijkheden er zijn, hangt af van het moment:"),
        ("table", ["Moment", "Mogelijkheden"],
         [["Tijdens routejaar 1 of 2",
           "De leerling gaat verder in de gewone kaderberoepsgerichte leerweg PIE en doet gewoon "
           "vmbo-examen. Hij kan ook naar een ander profiel van de school, of naar een andere doorlopende "
           "leerroute van de school, als daar plaats is."],
          ["Vmbo-diploma niet gehaald aan het eind van routejaar 2",
           "De leerling rondt het vmbo-examen af in routejaar 3 en volgt intussen de mbo-lessen. Lukt dat "
           "niet, dan kan hij routejaar 2 overdoen, of doorgaan in een andere opleiding van het ROC op "
           "niveau 3."],
          ["Tijdens routejaar 3 of 4",
           "De leerling stapt over naar een andere opleiding van het ROC op niveau 3, zoals Eerste monteur "
           "mechatronica of Eerste monteur elektrotechnische installaties, of naar een opleiding op "
           "niveau 2 als niveau 3 te hoog gegrepen is. Het ROC stelt daarvoor geen extra "
           "toelatingseisen, ook niet als het vmbo-diploma nog ontbreekt."],
          ["Verhuizing of een heel andere richting",
           "Wij helpen de leerling aan een plek bij een andere school of mbo-instelling. Het ROC en de "
           "school zorgen voor een warme overdracht met een overzicht van wat de leerling al heeft "
           "gehaald."]],
         [0.3, 0.7]),
        ("lp", "Wie beslist?",
         "Eerst voert de mentor of studieloopbaanbegeleider een gesprek met de leerling en zijn ouders "
         "over wat hij wil. Daarna maakt het routeoverleg een voorstel. De teamleider van de school en de "
         "opleidingsmanager van het ROC nemen de beslissing samen, in een gesprek met de leerling en zijn "
         "ouders erbij. Zij kijken naar wat de leerling al heeft gehaald, naar zijn niveau en naar zijn "
         "leeftijd. De beslissing komt op papier, met de nieuwe plek en de datum waarop die ingaat."),
        ("p", "Dit artikel geldt niet als een leerling definitief van school wordt verwijderd. De "
              "werkwijze staat ook in de schoolgids van de school en in de studiegids van het ROC."),

        ("h", "Artikel 9. Wie betaalt wat?"),
        ("p", "In routejaar 1 en 2 krijgt de school de rijksbijdrage voor de routeleerlingen; vanaf "
              "routejaar 3 krijgt het ROC die. Omdat het ROC al in routejaar 1 en 2 lesgeeft en de "
              "leerplant laat gebruiken, betaalt de school het ROC daarvoor een bedrag:"),
        ("ul", ["Hoeveel: € 1.150 per routeleerling per schooljaar, voor routejaar 1 en 2. Wij tellen de "
                "leerlingen die op 1 oktober in de route staan.",
                "Waarvoor: de lesuren van de ROC-docenten op donderdag (ongeveer € 900 per leerling), het "
                "verbruik en onderhoud van de leerplant (ongeveer € 150) en de VCA-examens (ongeveer "
                "€ 100).",
                "Hoe: het ROC stuurt in november een factuur voor de helft en in april voor de andere "
                "helft. De school betaalt binnen 30 dagen."]),
        ("p", "Het ROC betaalt de school niets voor de uren van de docent Nederlands in routejaar 3; die "
              "uren wegen wij weg tegen de inzet van de docenten PIE op donderdag. Verder gaat er geen "
              "geld tussen de partijen heen en weer, behalve ieders helft van het routebudget uit "
              "artikel 4."),
        ("p", "Het bestuurlijk overleg kan het bedrag per 1 augustus aanpassen aan de loonontwikkeling. "
              "Dat gebeurt dan schriftelijk, vóór 1 mei."),

        ("h", "Artikel 10. Wie praat er mee?"),
        ("p", "Voor de routeleerlingen, hun ouders en het personeel gelden de gewone regels: in de vo-fase "
              "de medezeggenschapsraad van de school, in de mbo-fase de studentenraad en de "
              "ondernemingsraad van het ROC. Daarbovenop spreken wij af:"),
        ("ul", ["Routeleerlingen in routejaar 1 en 2 vaardigen samen één leerling af naar de studentenraad "
                "van de vestiging Delfzijl. Die leerling praat en stemt mee over alles wat de route "
                "raakt.",
                "De medezeggenschapsraad van de school en de studentenraad van het ROC krijgen elk jaar het "
                "jaarbericht uit artikel 5.",
                "Willen de besturen de route op een belangrijk punt anders inrichten, of ermee stoppen, "
                "dan vragen zij eerst advies aan de medezeggenschapsraad van de school en aan de "
                "ondernemingsraad en de studentenraad van het ROC.",
                "Een keer per jaar organiseert de routecoördinator een avond voor ouders van "
                "routeleerlingen uit alle vier routejaren."]),

        ("h", "Artikel 11. Als we het niet eens worden"),
        ("p", "Verschil van mening over de uitvoering van deze overeenkomst lossen we zo dicht mogelijk bij "
              "de werkvloer op. We gaan zo te werk:"),
        ("ol", ["Het routeoverleg bespreekt het punt en zoekt binnen drie weken een oplossing.",
                "Lukt dat niet, dan leggen de teamleider en de opleidingsmanager het voor aan de directeur "
                "van de school en de sectordirecteur techniek van het ROC. Die hebben vier weken.",
                "Komen zij er niet uit, dan gaat het naar het bestuurlijk overleg.",
                "Blijft het verschil daarna bestaan, dan kiezen de besturen samen een mediator. De kosten "
                "delen zij half om half.",
                "Is er drie maanden na de start van de mediation nog geen oplossing, dan kan elke partij "
                "de zaak voorleggen aan de rechtbank Noord-Nederland, locatie Groningen."]),
        ("p", "Tijdens een verschil van mening gaan de lessen gewoon door. Een ruzie tussen volwassenen mag "
              "een leerling nooit merken."),

        ("h", "Artikel 12. Kan er een school of instelling bij?"),
        ("p", "Ja. Een andere vmbo-school of mbo-instelling kan partij worden als:"),
        ("ul", ["zij de kaderberoepsgerichte leerweg met het profiel PIE aanbiedt (een vmbo-school) of een "
                "opleiding voor de procesindustrie verzorgt (een mbo-instelling);",
                "zij deze overeenkomst en het routeboek zonder voorbehoud aanvaardt;",
                "beide huidige besturen schriftelijk instemmen, nadat het routeoverleg advies heeft "
                "gegeven over de gevolgen voor de groepen, de leerplant en de bpv-plaatsen;",
                "zij meedoet vanaf 1 augustus van een schooljaar, zodat lopende groepen niet halverwege "
                "veranderen."]),
        ("p", "De nieuwe partij tekent een aansluitingsverklaring. Daarna geldt deze overeenkomst ook voor "
              "haar en meldt zij de route bij DUO. Wij verdelen het routebudget dan opnieuw."),

        ("h", "Artikel 13. Hoe lang loopt dit en hoe stoppen we?"),
        ("p", "Deze overeenkomst gaat in op 1 augustus 2025 en loopt voor onbepaalde tijd. Elke drie jaar, "
              "voor het eerst in het voorjaar van 2028, bekijkt het bestuurlijk overleg of zij nog goed "
              "werkt."),
        ("p", "Een partij die wil stoppen, stuurt de andere partij een brief. Dat kan alleen vóór "
              "1 februari; de overeenkomst eindigt dan op 31 juli van het daaropvolgende schooljaar. "
              "Voorbeeld: een brief van januari 2027 betekent stoppen per 31 juli 2028. Vanaf het moment "
              "van de brief laten wij geen nieuwe leerlingen meer in de route."),
        ("p", "Een partij kan de overeenkomst direct laten eindigen als de andere partij haar afspraken "
              "ernstig en herhaaldelijk niet nakomt en dat na een schriftelijke waarschuwing niet binnen "
              "twee maanden herstelt, of als de andere partij het profiel PIE of de opleiding Operator B "
              "niet meer mag of kan aanbieden."),
        ("p", "Hoe het ook eindigt: de leerlingen die al in de route zitten, maken haar af. Beide partijen "
              "blijven voor hen lesgeven, de leerplant en de werkplaats beschikbaar stellen en betalen "
              "zoals in artikel 9 staat, tot de laatste routeleerling klaar is of op een andere plek zit. "
              "Kan een leerling de route echt niet afmaken, dan geldt artikel 8."),

        ("h", "Artikel 14. Afspraken veranderen"),
        ("p", "Deze overeenkomst veranderen kan alleen op papier, met een handtekening van beide besturen. "
              "Het routeoverleg, de werkveldtafel en de raden uit artikel 10 kunnen een voorstel doen. "
              "Een verandering die lessen, examens of het overstappen raakt, gaat in op 1 augustus van een "
              "nieuw schooljaar. Zij geldt niet ten nadele van leerlingen die al in de route zitten, "
              "tenzij zij en hun ouders ermee instemmen."),
        ("p", "Het routeboek is geen deel van deze overeenkomst. Het routeoverleg past het elk jaar zelf "
              "aan, volgens artikel 4 en 7."),

        ("h", "Artikel 15. Verder"),
        ("ul", ["Gegevens over leerlingen wisselen wij alleen uit voor zover dat voor de route nodig is. "
                "De afspraken daarover staan in een apart privacyprotocol.",
                "Iedere partij is verzekerd voor haar eigen personeel en leerlingen.",
                "Op deze overeenkomst is Nederlands recht van toepassing."]),

        ("sig", "Zo afgesproken en getekend in Delfzijl op 30 juni 2025.",
         [("Voor de school", "drs. H.J. Wiersma", "bestuurder Stichting Voortgezet Onderwijs Eemsdelta"),
          ("Voor het ROC", "ing. J.P. Bosscher",
           "voorzitter college van bestuur Stichting ROC Hunze en Eems")]),

        ("h", "Bijlage. De route in één oogopslag"),
        ("p", "Deze bijlage is een samenvatting voor docenten, ouders en bedrijven. Bij verschil gaat de "
              "tekst van de overeenkomst voor."),
        ("table", ["Routejaar", "Waar", "Wie geeft les", "Bedrijven", "Examens"],
         [["1 (leerjaar 3 vmbo)", "Fivelcollege; donderdag ROC Delfzijl",
           "Docenten PIE van de school; op donderdag ROC-docenten procestechniek",
           "Drie bezoeken aan bedrijven", "Schoolexamen PIE"],
          ["2 (leerjaar 4 vmbo)", "Fivelcollege; donderdag ROC Delfzijl",
           "Als routejaar 1; project 'Proces in de klas' als één team",
           "Vier gastlessen; snuffelweek", "Centraal examen kader; VCA"],
          ["3 (mbo-jaar 1)", "ROC Delfzijl; werkplaats school op dinsdag",
           "Docenten ROC; docent Nederlands van de school (2 uur)", "Bpv 10 weken",
           "Mbo-examens eerste kerntaak"],
          ["4 (mbo-jaar 2)", "ROC Delfzijl en leerbedrijf", "Docenten ROC; praktijkopleiders",
           "Bpv 20 weken", "Proeve van bekwaamheid Operator B"]],
         [0.16, 0.22, 0.27, 0.15, 0.2]),
    ],
    font="Helvetica", running="Samenwerkingsovereenkomst Procestechniek Eemsdelta")


# =============================================================================================
# 86 -- table of arrangements, DOCX. Venlo, M&T bb -> Logistiek medewerker / Chauffeur wegvervoer 2
# =============================================================================================
doc("86", "afsprakentabel_teamleiders", "docx",
    "DOCX by two teamleiders: all arrangements in one three-column Word table (Onderwerp | Wat wij "
    "afspreken | Wie regelt het) with question/topic labels in the first column. Venlo, M&T bb -> "
    "Logistiek medewerker / Chauffeur wegvervoer 2. Routekern chosen by the directeuren to whom the "
    "boards left that choice; one-page overview after every period plus a June talk; explicitly no "
    "money between the parties; no medezeggenschap text; bemiddelaar then rechtbank Limburg.",
    "p p p p p p p na p p",
    {"a": "Welke route?", "b": "Welke bedrijven doen mee?", "c": "Wie stuurt de route?",
     "d": "Hoe weten de bestuurders hoe het gaat?", "e": "Waar en van wie krijgen de leerlingen les?",
     "f": "Wat als een leerling wil stoppen of wisselen?", "g": "Geld",
     "i": "Als we het oneens zijn", "j": "Erbij komen"},
    [
        ("title", "Afspraken doorlopende leerroute Logistiek Venlo"),
        ("sub", "vmbo basis Mobiliteit en transport → mbo niveau 2 Logistiek medewerker of "
                "Chauffeur wegvervoer"),
        ("p", "Deze afspraken maken:"),
        ("ul", ["Stichting Onderwijsgroep Maas en Peel, bevoegd gezag van vmbo Het Kwartier in "
                "Venlo-Blerick (hierna: de school), vertegenwoordigd door de heer M. Janssen, voorzitter "
                "van het college van bestuur;",
                "Stichting ROC Maasvallei, bevoegd gezag van het Vakcollege Logistiek in Venlo (hierna: het "
                "ROC), vertegenwoordigd door mevrouw A. Peeters-Coenen, lid van het college van bestuur."]),
        ("p", "Wij zijn twee teamleiders die al vier jaar samen logistiek lesgeven aan dezelfde jongeren. "
              "We hebben onze afspraken in één tabel gezet: links het onderwerp, in het midden wat we "
              "afspreken, rechts wie het regelt. De bestuurders hebben de tabel vastgesteld en getekend. "
              "Alles wat in de tabel staat, geldt als overeenkomst tussen de school en het ROC."),
        ("table", ["Onderwerp", "Wat wij afspreken", "Wie regelt het"],
         [["Welke route?",
           "Leerlingen van de basisberoepsgerichte leerweg met het profiel Mobiliteit en transport kunnen "
           "aan het eind van leerjaar 2 kiezen voor de route. De route leidt naar het vmbo-diploma basis "
           "en daarna naar een mbo-diploma op niveau 2 in het opleidingsdomein Transport, scheepvaart en "
           "logistiek: Logistiek medewerker of Chauffeur wegvervoer. Die keuze maakt de leerling in "
           "routejaar 2.\n"
           "De route duurt vier jaar: routejaar 1 en 2 op de school (leerjaar 3 en 4 vmbo, met "
           "eindexamen basis aan het eind van routejaar 2), routejaar 3 en 4 op het ROC (bol).\n"
           "Per jaar start één groep van ten hoogste 20 leerlingen.",
           "Beide teamleiders"],
          ["Welke bedrijven doen mee?",
           "Het Logistiek Platform Venlo doet mee met vier bedrijven: Transportbedrijf Gebr. Hendrix, "
           "Distributiecentrum Tradeport Noord, Koel- en vrieshuis Maasbree en Verhuizingen Van "
           "Rijswick. Zij:\n"
           "– nemen samen elk jaar ten minste 24 leerlingen op stage: een snuffelweek in routejaar 2 en "
           "de bpv in routejaar 3 en 4;\n"
           "– sturen vier keer per jaar een chauffeur of magazijnchef voor een praktijkles in de klas;\n"
           "– leveren elk jaar twee echte opdrachten, zoals een voorraadtelling of een ritplanning, die "
           "de leerlingen uitwerken en bij het bedrijf presenteren;\n"
           "– beoordelen de proeve van bekwaamheid mee.\n"
           "Elk voorjaar lopen de bedrijven met ons het programma door en zeggen wat er anders moet.",
           "Praktijkcoördinator"],
          ["Wie stuurt de route?",
           "De routekern stuurt de route. Daarin zitten: de teamleider bb techniek van de school, de "
           "teamleider logistiek van het ROC en de praktijkcoördinator.\n"
           "Wie erin komt: de directeur van de school kiest de teamleider van de school, de "
           "onderwijsdirecteur van het ROC die van het ROC. De praktijkcoördinator kiezen de directeur en "
           "de onderwijsdirecteur samen. De besturen hebben die keuze aan hen overgelaten. De namen gaan "
           "per mail naar beide bestuurders en staan elk jaar in het verslag van het junigesprek.\n"
           "De routekern beslist zelf over: het rooster, de groepsindeling, de stage-indeling, welke "
           "docent welke les geeft binnen de uren die elke directie vrijmaakt, en het wisselen van route "
           "door een leerling.\n"
           "De routekern beslist niet over geld, over het aannemen van personeel of over deze afspraken. "
           "Dat legt zij voor aan de bestuurders.",
           "Directeur school en onderwijsdirecteur ROC"],
          ["Hoe weten de bestuurders hoe het gaat?",
           "Na elke periode, dus vier keer per jaar, stuurt de routekern beide bestuurders een overzicht "
           "van één A4: aantal leerlingen per routejaar, verzuim, stages, wie gestopt of gewisseld is en "
           "waarheen.\n"
           "In juni zitten de routekern en beide bestuurders een uur om tafel. Dan bespreken we het "
           "schooljaar, de examenuitslagen en de plannen voor het volgende jaar. De praktijkcoördinator "
           "maakt daar een verslag van.",
           "Routekern"],
          ["Waar en van wie krijgen de leerlingen les?",
           "Routejaar 1 en 2: op de school, en elke dinsdag in het oefenmagazijn van het ROC. Routejaar 3 "
           "en 4: op het ROC en bij het leerbedrijf.\n"
           "Op dinsdag geven twee instructeurs logistiek van het ROC les aan de routegroep; een docent "
           "Mobiliteit en transport van de school gaat mee en geeft het theorie-uur. In routejaar 3 geeft "
           "een docent rekenen van de school twee uur per week les op het ROC aan leerlingen die hun "
           "vmbo-examen nog moeten afronden.\n"
           "Voor het project 'Van order tot levering' in routejaar 2 werken docenten van school en ROC als "
           "één team met teambevoegdheid; per onderdeel is steeds een bevoegde docent verantwoordelijk.\n"
           "Iedereen blijft in dienst van zijn eigen werkgever.",
           "Routekern"],
          ["Wat delen we?",
           "– Het oefenmagazijn van het ROC met stellingen, heftrucks, een elektrische pallettruck en een "
           "orderpicksysteem: op dinsdag voor routejaar 1 en 2.\n"
           "– De vrachtwagensimulator van het ROC: in routejaar 2 voor leerlingen die Chauffeur wegvervoer "
           "kiezen.\n"
           "– De werkplaats motorvoertuigen van de school: op vrijdagochtend voor de ROC-groepen "
           "Chauffeur, voor dagelijks onderhoud aan voertuigen.\n"
           "– Veiligheidsschoenen en hesjes: het ROC geeft ze bij de start van routejaar 1.\n"
           "Wie een ruimte uitleent, zorgt voor onderhoud en veiligheid.",
           "Teamleider van de partij die uitleent"],
          ["Programma en examens",
           "Het programma, de toetsen en de examens per routejaar staan in het PTA/OER Route Logistiek. "
           "De examencommissie van de school stelt het vmbo-deel vast, die van het ROC het mbo-deel. Het "
           "heftruckcertificaat halen de leerlingen in routejaar 2 bij het ROC.",
           "Examencommissies"],
          ["Wat als een leerling wil stoppen of wisselen?",
           "Niemand vertrekt zonder nieuwe plek. Wat er kan:\n"
           "– in routejaar 1 of 2: terug naar het gewone bb-programma Mobiliteit en transport met gewoon "
           "eindexamen, of een ander profiel op de school;\n"
           "– in routejaar 3 of 4: de andere logistieke opleiding, of een andere opleiding van het ROC op "
           "niveau 2, zoals Autotechnicus; het ROC stelt geen extra toelatingseisen, ook niet als het "
           "vmbo-diploma nog ontbreekt;\n"
           "– naar een andere mbo-school, bijvoorbeeld na een verhuizing; wij zorgen voor een warme "
           "overdracht.\n"
           "Wie beslist: eerst praat de mentor of loopbaancoach met de leerling en de ouders. Daarna "
           "beslissen de twee teamleiders samen, met de leerling en de ouders erbij. We kijken naar wat de "
           "leerling al gehaald heeft, wat hij kan en hoe oud hij is.",
           "Beide teamleiders"],
          ["Geld",
           "Er gaat voor deze route geen geld tussen de school en het ROC. Iedere partij betaalt zijn "
           "eigen docenten, ruimtes en spullen. Het busvervoer op dinsdag betaalt de school.",
           "Bestuurders"],
          ["Als we het oneens zijn",
           "1. De teamleiders proberen het samen op te lossen.\n"
           "2. Lukt dat niet binnen twee weken, dan gaat het naar de directeur en de "
           "onderwijsdirecteur.\n"
           "3. Lukt dat niet binnen vier weken, dan bespreken de bestuurders het.\n"
           "4. Komen zij er niet uit, dan vragen zij samen een bemiddelaar. De kosten delen zij.\n"
           "5. Helpt ook dat niet, dan beslist de rechtbank Limburg.\n"
           "De lessen gaan intussen gewoon door.",
           "Zie de stappen"],
          ["Erbij komen",
           "Een andere vmbo-school met het profiel Mobiliteit en transport, of een andere mbo-school, kan "
           "meedoen als:\n"
           "– beide besturen dat schriftelijk goedvinden;\n"
           "– de nieuwe partij deze afspraken en het PTA/OER overneemt;\n"
           "– zij instapt per 1 augustus;\n"
           "– zij de route bij DUO meldt.\n"
           "De nieuwe partij tekent een blad dat aan deze afspraken wordt vastgemaakt.",
           "Bestuurders"],
          ["Stoppen",
           "Deze afspraken gelden vanaf 1 augustus 2025 zonder einddatum. Wil een partij stoppen, dan laat "
           "zij dat per brief weten vóór 1 januari. De route stopt dan op 31 juli van het volgende "
           "schooljaar. Voorbeeld: een brief in december 2026 betekent dat 31 juli 2028 de laatste dag "
           "is. Vanaf de brief nemen we geen nieuwe leerlingen meer aan. Wie al in de route zit, maakt de "
           "route af bij de school en het ROC; beide blijven daarvoor lesgeven en ruimtes delen.",
           "Bestuurders"],
          ["Iets veranderen",
           "Een verandering van deze afspraken gebeurt op papier en wordt door beide bestuurders getekend. "
           "Een verandering gaat in op 1 augustus en mag leerlingen die al in de route zitten niet "
           "benadelen.",
           "Routekern stelt voor, bestuurders tekenen"]],
         [0.2, 0.6, 0.2]),
        ("sig", "Venlo, 1 juli 2025",
         [("Voor de school", "M. Janssen", "voorzitter college van bestuur"),
          ("Voor het ROC", "A. Peeters-Coenen", "lid college van bestuur")]),
    ],
    heading_level=1, font="Arial")


# =============================================================================================
# 87 -- very short, unnumbered topic headings, TXT. Barneveld, Groen bb -> Medewerker veehouderij 2
# =============================================================================================
doc("87", "zeer_kort_onderwerpkoppen", "txt",
    "Very short TXT (one page) with one-word/short topic headings. Gelderse Vallei (Barneveld), Groen "
    "bb -> Medewerker veehouderij 2, vmbo school and AOC. Two trekkers, each board gives its own trekker "
    "the job by letter; one-A4 verslag vóór 1 juli; € 600 per routeleerling for the woensdagen in the "
    "leerstal; mediator then rechtbank Gelderland; no medezeggenschap text. Complete in few words.",
    "p p p p p p p na p p",
    {"a": "Route en diploma's", "b": "Boeren en bedrijven", "c": "Trekkers",
     "d": "Elk jaar vóór 1 juli sturen de trekkers", "e": "Les en ruimtes", "f": "Overstappen",
     "g": "Geld", "i": "Onenigheid", "j": "Erbij, eruit, aanpassen"},
    [
        ("title", "AFSPRAKEN DOORLOPENDE LEERROUTE GROEN – VEEHOUDERIJ"),
        ("sub", "vmbo basis Groen -> mbo Medewerker veehouderij (niveau 2)"),
        ("h", "Wie"),
        ("p", "Stichting Christelijk Voortgezet Onderwijs De Vallei, voor het Valleicollege in Barneveld "
              "(de school), en Stichting AOC Veluwe en Vallei, voor de mbo-vestiging Barneveld (het AOC). "
              "Beide besturen tekenen hieronder."),
        ("h", "Route en diploma's"),
        ("p", "Leerlingen van de basisberoepsgerichte leerweg, profiel Groen, stappen in leerjaar 3 in. De "
              "route eindigt met het vmbo-diploma en het mbo-diploma Medewerker veehouderij, niveau 2, "
              "opleidingsdomein Voedsel, natuur en leefomgeving."),
        ("h", "Boeren en bedrijven"),
        ("p", "Vijf melkvee- en pluimveebedrijven uit de Gelderse Vallei (de lijst hangt bij het rooster) "
              "nemen samen elk jaar minstens tien routeleerlingen op stage, geven gastlessen over "
              "dierwelzijn en hygiëne en beoordelen de proeve van bekwaamheid mee. Elk najaar bespreken "
              "zij het programma met de trekkers."),
        ("h", "Trekkers"),
        ("p", "De route heeft twee trekkers: de teamleider groen van de school en de "
              "opleidingscoördinator veehouderij van het AOC. Elk bestuur geeft zijn eigen trekker die "
              "opdracht per brief, met een kopie aan het andere bestuur. Samen beslissen de trekkers over "
              "rooster, groepen, stages, toetsplanning en wie van route wisselt. Geld, personeel en deze "
              "afspraken blijven bij de besturen."),
        ("p", "Elk jaar vóór 1 juli sturen de trekkers beide besturen een verslag van één A4: aantallen, "
              "wie stopte, examens, stages en knelpunten. In september bespreken zij dat met de twee "
              "bestuurders."),
        ("h", "Les en ruimtes"),
        ("p", "Routejaar 1 en 2: op school, en elke woensdag op het AOC in de leerstal met melkrobot en "
              "pluimveestal. Daar geven docenten dierhouderij van het AOC les; een groen-docent van de "
              "school gaat mee en verzorgt het theorie-uur. Vanaf routejaar 3: op het AOC en bij het "
              "leerbedrijf. Het AOC gebruikt op maandag het practicumlokaal en de kas van de school. "
              "Programma en examens per routejaar staan in het gezamenlijke PTA/OER."),
        ("h", "Overstappen"),
        ("p", "Stopt een leerling in routejaar 1 of 2, dan maakt hij het gewone bb-programma Groen af met "
              "eindexamen. Later kan hij naar een andere niveau 2-opleiding van het AOC, zoals Medewerker "
              "groene ruimte, zonder extra toelatingseisen, of naar een andere mbo-school. De trekkers "
              "kiezen samen met de leerling en zijn ouders; zij kijken naar wat hij al gehaald heeft en "
              "naar zijn leeftijd."),
        ("h", "Geld"),
        ("p", "De school betaalt het AOC € 600 per routeleerling per jaar in routejaar 1 en 2, voor de "
              "woensdagen in de leerstal: docenturen, voer en materiaal. Verder gaat er geen geld heen en "
              "weer."),
        ("h", "Onenigheid"),
        ("p", "Komen de trekkers er niet uit, dan praten de directeuren. Lukt dat niet binnen een maand, "
              "dan schakelen de besturen samen een mediator in. Helpt dat niet, dan beslist de rechtbank "
              "Gelderland."),
        ("h", "Erbij, eruit, aanpassen"),
        ("p", "Een andere vmbo-school met het profiel Groen kan meedoen als beide besturen schriftelijk ja "
              "zeggen en de nieuwe school deze afspraken tekent; zij stapt in per 1 augustus. Stoppen kan "
              "per 1 augustus, met een brief vóór 1 januari daarvoor; er komen dan geen nieuwe leerlingen "
              "meer bij. Leerlingen die al in de route zitten, maken haar bij ons af. Aanpassen gaat op "
              "papier, met handtekening van beide besturen, en gaat in op 1 augustus."),
        ("sig", "Barneveld, 24 juni 2025",
         [("Voor de school", "G. van de Kamp", "bestuurder"),
          ("Voor het AOC", "W. Hardeman", "voorzitter college van bestuur")]),
    ])


# =============================================================================================
# 88 -- question headings that do not name the topic; f, g hidden under unrelated headings. PDF.
#       Parkstad Limburg, E&O bb -> Medewerker secretariaat en receptie 2
# =============================================================================================
doc("88", "vraagkoppen_andere_plek", "pdf",
    "PDF with unnumbered question headings that never name the statutory topic ('Wie zijn de gezichten "
    "van de route?', 'Wanneer komen we bij elkaar?', 'Wat als het schuurt?'). The overstap sits under "
    "'Hoe volgen we de leerlingen?' and the (explicitly absent) money flow under 'Wat moet iedereen nog "
    "weten?'. Parkstad Limburg (Landgraaf/Heerlen), E&O bb -> Medewerker secretariaat en receptie 2. "
    "Baliepartners, coordinator chosen by both bestuurders, notes before October/April meetings, joint "
    "MR/studentenraad evening, bindend advies. Fully compliant.",
    "p p p p p p p p p p",
    {"a": "Waar hebben we het over?", "b": "Hoe leren de leerlingen het vak?",
     "c": "Wie zijn de gezichten van de route?", "d": "Wanneer komen we bij elkaar?",
     "e": "Wie staat er voor de klas?", "f": "Hoe volgen we de leerlingen?",
     "g": "Wat moet iedereen nog weten?", "h": "Wie mogen er meepraten?",
     "i": "Wat als het schuurt?", "j": "Hoe lang geldt dit?"},
    [
        ("title", "Samen naar de balie"),
        ("sub", "Afspraken over de doorlopende leerroute Secretariaat en receptie van Vmbo Schaesberg "
                "College en ROC Carboon"),
        ("p", "Dit zijn de afspraken tussen Stichting Scholengroep Heuvelland en Parkstad, het bevoegd "
              "gezag van Vmbo Schaesberg College in Landgraaf (de school), en Stichting ROC Carboon in "
              "Heerlen, het bevoegd gezag van ROC Carboon met de afdeling Business & Office (het ROC). "
              "Mevrouw L. Kicken, bestuurder, tekent voor de school. De heer R. Hanssen, voorzitter van het "
              "college van bestuur, tekent voor het ROC."),
        ("h", "Waar hebben we het over?"),
        ("p", "Over de route van de basisberoepsgerichte leerweg, profiel Economie en ondernemen, naar het "
              "mbo-diploma Medewerker secretariaat en receptie, niveau 2, in het opleidingsdomein Economie "
              "en administratie. De route begint in leerjaar 3. Na twee jaar doet de leerling eindexamen "
              "vmbo basis; daarna volgt hij twee jaar de bol-opleiding bij het ROC. Elk jaar start één "
              "groep van ten hoogste 20 leerlingen."),
        ("h", "Waarom doen we dit?"),
        ("p", "Ziekenhuizen, gemeenten, woningcorporaties en bedrijven in Parkstad zoeken mensen voor de "
              "balie en het secretariaat. Veel van onze bb-leerlingen kunnen dat werk prima, maar haken af "
              "bij de overstap naar een nieuwe school. In de route blijven ze bij bekende docenten en "
              "leren ze het vak vanaf het begin in de praktijk."),
        ("h", "Hoe leren de leerlingen het vak?"),
        ("p", "Vooral door het te doen. In de school staat vanaf routejaar 1 een echte receptiebalie: de "
              "leerlingen ontvangen bezoekers, nemen de telefoon op en plannen afspraken in."),
        ("p", "Zes organisaties uit de regio leren mee: Woonstichting Heem en Haard, het stadskantoor van "
              "de gemeente Landgraaf, Autobedrijf Vaessen in Kerkrade, Hotel Wilhelminaberg, "
              "Advocatenkantoor Schrijnemakers en huisartsenpraktijk De Linde. Wij noemen ze de "
              "baliepartners. Zij doen dit:"),
        ("ul", ["zij laten elke routeleerling in routejaar 2 een week meelopen aan hun balie;",
                "zij bieden samen ten minste 15 bpv-plaatsen per jaar in routejaar 3 en 4;",
                "een medewerker van een baliepartner geeft twee keer per jaar een workshop, bijvoorbeeld "
                "over telefoneren of over boze klanten;",
                "zij zitten in de jury van de baliedag aan het eind van routejaar 2 en beoordelen de proeve "
                "van bekwaamheid in routejaar 4 mee;",
                "één keer per jaar, in januari, praten de baliepartners met het DB (zie hieronder) over het "
                "programma. Zij zeggen wat hun werk vraagt en wat er in de route mist."]),
        ("p", "Voor het contact met de baliepartners zorgt de bpv-coördinator van het ROC."),
        ("h", "Wie zijn de gezichten van de route?"),
        ("p", "De route heeft een klein dagelijks bestuur, het DB. Het DB bestaat uit de routecoördinator, "
              "de afdelingsleider bb van de school en de opleidingsmanager Business & Office van het ROC."),
        ("p", "De routecoördinator wordt gekozen door de twee bestuurders samen, na een gesprek met de "
              "kandidaten. Zij geven haar de opdracht voor twee schooljaren en beslissen daarna samen of "
              "zij doorgaat. De afdelingsleider en de opleidingsmanager zitten in het DB vanwege hun "
              "functie; wie die functie heeft, bepaalt het bestuur dat hen in dienst heeft."),
        ("p", "Het DB mag zonder de bestuurders te vragen:"),
        ("ul", ["het rooster en de jaarplanning maken;",
                "docenten van beide kanten inroosteren, binnen de uren die de directies beschikbaar "
                "stellen;",
                "het programma per routejaar voorstellen aan de examencommissies;",
                "de bpv-plaatsen verdelen;",
                "beslissen over het wisselen van route (zie 'Hoe volgen we de leerlingen?');",
                "kleine uitgaven doen tot € 2.500 per jaar uit het routepotje (zie 'Wat moet iedereen "
                "nog weten?')."]),
        ("p", "Het DB legt aan de bestuurders voor: alles wat meer kost, nieuwe docenten, een tweede groep "
              "en elke verandering van deze afspraken."),
        ("h", "Wanneer komen we bij elkaar?"),
        ("p", "Het DB komt elke zes weken bij elkaar. De routecoördinator maakt er een kort verslag van, "
              "dat ook naar de directeur van de school en de sectordirecteur van het ROC gaat."),
        ("p", "Twee keer per jaar, in oktober en in april, zit het DB met beide bestuurders aan tafel. Een "
              "week van tevoren stuurt de routecoördinator hun een notitie met de cijfers: hoeveel "
              "leerlingen, hoeveel er zijn overgestapt en waarheen, verzuim, examenuitslagen en "
              "bpv-plaatsen. In oktober kijken we ook terug op het vorige schooljaar en laat het DB zien "
              "wat het uit het routepotje heeft uitgegeven. Wat de bestuurders anders willen, komt in het "
              "verslag en pakt het DB op."),
        ("h", "Wie staat er voor de klas?"),
        ("p", "In routejaar 1 en 2 geven docenten Economie en ondernemen van de school de meeste lessen. "
              "Op maandag en woensdag komt een docent secretariële vakken van het ROC naar de school en "
              "geeft in het baliecentrum de lessen receptie en agendabeheer. In routejaar 3 geeft een "
              "docent Nederlands van de school op dinsdag twee uur les op het ROC, voor leerlingen die hun "
              "vmbo-examen nog moeten afronden."),
        ("p", "Het project 'Eerste indruk' in routejaar 2 geven een docent van de school en een docent van "
              "het ROC samen, met teambevoegdheid; voor elk deel is één van hen met de juiste bevoegdheid "
              "verantwoordelijk. Iedere docent blijft in dienst van zijn eigen werkgever. Twee keer per jaar "
              "gaan de docenten van beide kanten samen op studiedag."),
        ("h", "Waar zitten we?"),
        ("p", "Routejaar 1 en 2 op de school in Landgraaf. Routejaar 3 en 4 in het gebouw van het ROC in "
              "Heerlen en bij de baliepartner. Wat we delen:"),
        ("ul", ["het baliecentrum van de school (receptiebalie, telefooncentrale en twee spreekkamers): op "
                "maandag en woensdag voor de lessen van de ROC-docent; op vrijdag mag het ROC er eigen "
                "groepen laten oefenen;",
                "het oefenkantoor van het ROC met 20 werkplekken en planningssoftware: op donderdagmiddag "
                "voor routejaar 2;",
                "de licenties van het planningsprogramma neemt het ROC ook voor de laptops van de school "
                "af;",
                "laptops: de school in routejaar 1 en 2, het ROC daarna."]),
        ("p", "Het programma, de toetsen en de examens per routejaar staan in het gezamenlijke PTA/OER "
              "'Route Secretariaat en receptie'."),
        ("h", "Hoe volgen we de leerlingen?"),
        ("p", "Elke routeleerling heeft één mentor: in routejaar 1 en 2 van de school, daarna van het ROC. "
              "Drie keer per jaar heeft de mentor een voortgangsgesprek met de leerling en zijn ouders. Bij "
              "de overgang naar routejaar 3 is er een overdrachtsgesprek tussen beide mentoren."),
        ("p", "Soms blijkt in zo'n gesprek dat de route niet past. Dan zoeken wij samen een andere weg naar "
              "een diploma. Wat kan:"),
        ("ul", ["In routejaar 1 en 2 gaat de leerling verder in het gewone bb-programma Economie en "
                "ondernemen, of in een ander profiel van de school, en doet hij gewoon vmbo-examen.",
                "Haalt hij zijn vmbo-diploma niet aan het eind van routejaar 2, dan maakt hij het examen in "
                "routejaar 3 af, terwijl hij al op het ROC begint.",
                "In routejaar 3 en 4 kan hij op het ROC naar een andere opleiding op niveau 2, zoals "
                "Medewerker retail of Logistiek medewerker. Het ROC vraagt daarvoor geen extra "
                "toelatingseisen, ook geen vmbo-diploma.",
                "Wil hij naar een andere mbo-school, dan regelen we een warme overdracht met een overzicht "
                "van wat hij al heeft gehaald."]),
        ("p", "De keuze maakt het DB samen met de leerling en zijn ouders, na advies van de mentor en de "
              "loopbaanbegeleider. We kijken naar wat de leerling al kan en heeft gehaald, en naar zijn "
              "leeftijd. De afspraak komt op papier."),
        ("h", "Wie mogen er meepraten?"),
        ("p", "De gewone regels blijven gelden: de MR van de school voor de vo-fase, de studentenraad en de "
              "ondernemingsraad van het ROC voor de mbo-fase. Daarbovenop spreken wij af:"),
        ("ul", ["Elk jaar in maart houden de MR van de school en de studentenraad van het ROC een "
                "gezamenlijke avond over de route. Het DB en de bestuurders zijn erbij.",
                "Routeleerlingen in routejaar 1 en 2 kiezen één leerling die namens hen meepraat in de "
                "studentenraad van het ROC.",
                "Voordat de bestuurders de route op een belangrijk punt anders maken, vragen zij advies aan "
                "de MR en de studentenraad."]),
        ("h", "Wat als het schuurt?"),
        ("p", "Eerst praten de mensen die het aangaat met elkaar. Komt het DB er niet uit, dan gaat het "
              "naar de directeur van de school en de sectordirecteur van het ROC; zij hebben drie weken. "
              "Daarna zijn de bestuurders aan zet, ook weer vier weken. Lukt het dan nog niet, dan leggen "
              "de bestuurders de zaak voor aan een onafhankelijke deskundige die zij samen kiezen. Die "
              "hoort beide kanten en doet een uitspraak. Aan die uitspraak houden de school en het ROC zich "
              "allebei; de kosten delen zij."),
        ("h", "Wat moet iedereen nog weten?"),
        ("ul", ["Privacy: wij delen alleen de leerlinggegevens die nodig zijn voor de route, volgens het "
                "privacyprotocol van beide partijen.",
                "Klachten: een klacht over een medewerker van de andere partij wordt behandeld waar hij "
                "binnenkomt; de andere partij werkt mee.",
                "DUO: de school en het ROC melden de route ieder in RIO.",
                "Geld: er gaat voor deze route geen geld van de school naar het ROC of andersom. Ieder "
                "draagt de kosten van de eigen mensen, ruimtes en spullen. Het routepotje van het DB "
                "vullen de school en het ROC elk met € 1.250 uit eigen middelen. De workshops van de "
                "baliepartners kosten niets."]),
        ("h", "Hoe lang geldt dit?"),
        ("p", "Vanaf 1 augustus 2025, voor vijf schooljaren. Daarna verlengen wij telkens met vijf jaar, "
              "tenzij een partij vóór 1 februari van het laatste jaar laat weten dat zij niet verder wil."),
        ("p", "Tussentijds uitstappen kan per 1 augustus, met een brief die vóór 1 februari binnen is. Vanaf "
              "die brief stromen er geen nieuwe leerlingen meer in. Wie al in de route zit, maakt die af; de "
              "school en het ROC blijven daarvoor lesgeven en ruimtes delen."),
        ("p", "Een andere school voor vmbo in Parkstad met bb Economie en ondernemen, of een andere "
              "mbo-instelling, kan aanhaken als beide bestuurders schriftelijk instemmen en de nieuwkomer "
              "deze afspraken overneemt. Aanhaken kan alleen per 1 augustus, en de nieuwkomer meldt de "
              "route bij DUO."),
        ("p", "Iets anders afspreken kan alleen op papier met twee handtekeningen. Nieuwe afspraken gelden "
              "vanaf het volgende schooljaar en nooit ten nadele van leerlingen die al in de route zitten."),
        ("sig", "Heerlen, 3 juli 2025",
         [("Voor de school", "L. Kicken", "bestuurder Stichting Scholengroep Heuvelland en Parkstad"),
          ("Voor het ROC", "R. Hanssen", "voorzitter college van bestuur Stichting ROC Carboon")]),
    ],
    font="Helvetica", running="Samen naar de balie – Schaesberg College en ROC Carboon")


# =============================================================================================
# 89 -- DEFECTIVE. Numbered topic headings (Word Heading 2), DOCX. Schouwen-Duiveland,
#       HBR kb -> Zelfstandig medewerker leisure & hospitality 3.
#       Defects: d reporting without any frequency/moment; j toetreding only deferred.
# =============================================================================================
doc("89", "teamleider_genummerde_kopjes", "docx",
    "DOCX by two teamleiders with numbered Word Heading 2 topics ('1. Om welke opleiding gaat het?' ... "
    "'10. Duur, stoppen en aanpassen'). Schouwen-Duiveland (Zierikzee), HBR kb -> Zelfstandig "
    "medewerker leisure & hospitality 3. Defects: the kernploeg reports 'zo vaak als de kernploeg dat "
    "nodig vindt' (form, no frequency or moment), and joining is only 'te zijner tijd met elkaar in "
    "gesprek'. Everything else is arranged: € 18.500 per year with bestemming, advice of MR and "
    "studentenraad plus a yearly joint talk, mediator then rechtbank Zeeland-West-Brabant.",
    "p p p w p p p p p w",
    {"a": "1. Om welke opleiding gaat het?", "b": "2. Wie helpen er vanuit de recreatie mee?",
     "c": "3. Wie regelt de route?", "e": "5. Lessen, docenten en ruimtes",
     "f": "6. Wisselen of stoppen", "g": "7. Geld", "h": "8. Meepraten", "i": "9. Onenigheid"},
    [
        ("title", "Samenwerkingsafspraken doorlopende leerroute Gastvrij Schouwen"),
        ("sub", "vmbo kader Horeca, bakkerij en recreatie → mbo Zelfstandig medewerker leisure & "
                "hospitality (niveau 3)"),
        ("p", "Deze afspraken zijn gemaakt door Stichting Voortgezet Onderwijs De Eilanden, bevoegd gezag "
              "van het Brouwersdam College in Zierikzee (de school), vertegenwoordigd door mevrouw "
              "E. Padmos, directeur-bestuurder, en Stichting ROC Delta Zuidwest, bevoegd gezag van de "
              "Vakschool Toerisme en Gastvrijheid (het ROC), vertegenwoordigd door de heer K. de Looff, "
              "voorzitter van het college van bestuur."),
        ("p", "Op Schouwen-Duiveland draait in de zomer alles om gasten. Campings, parken en "
              "strandpaviljoens zoeken elk jaar jonge mensen die gastvrij en zelfstandig kunnen werken. "
              "Met deze route leiden wij ze samen op. De afspraken zijn opgesteld door de teamleider HBR "
              "van de school en de opleidingsmanager Toerisme van het ROC. De besturen hebben ze "
              "vastgesteld en getekend."),
        ("h", "1. Om welke opleiding gaat het?"),
        ("p", "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Horeca, bakkerij "
              "en recreatie. Zij leidt naar het mbo-diploma Zelfstandig medewerker leisure & hospitality, "
              "niveau 3, in het opleidingsdomein Toerisme en recreatie (bol)."),
        ("p", "Routejaar 1 en 2 zijn leerjaar 3 en 4 van het vmbo, op de school in Zierikzee. Aan het eind "
              "van routejaar 2 doen de leerlingen eindexamen kader. Routejaar 3 en 4 volgen zij op de "
              "ROC-locatie in Zierikzee en bij een leerbedrijf. Elk jaar start één groep van ten hoogste "
              "18 leerlingen."),
        ("h", "2. Wie helpen er vanuit de recreatie mee?"),
        ("p", "Vijf bedrijven werken mee: Recreatiepark De Schelphoek, Camping Duinzicht in Renesse, "
              "Strandpaviljoen Westhoofd, Watersportcentrum Brouwersdam en VVV Schouwen-Duiveland. Wat zij "
              "doen:"),
        ("ul", ["In routejaar 1 werkt elke leerling in mei en juni vijf dagdelen mee bij een van de "
                "bedrijven (de 'zomerklus').",
                "De animatieteams van de parken geven in routejaar 2 drie workshops op school.",
                "Samen bieden de bedrijven ten minste 16 bpv-plaatsen per jaar in routejaar 3 en 4.",
                "Een medewerker van het leerbedrijf beoordeelt het eindproject 'Een dag voor de gast' mee.",
                "Elk najaar denken de bedrijven in het werkveldoverleg mee over het programma van het "
                "volgende jaar."]),
        ("h", "3. Wie regelt de route?"),
        ("p", "De route wordt geregeld door de kernploeg. Daarin zitten de teamleider HBR van de school, de "
              "opleidingsmanager Toerisme van het ROC en de decaan van de school."),
        ("p", "De directeur-bestuurder van de school en het college van bestuur van het ROC zetten ieder "
              "hun eigen mensen in de kernploeg en laten dat per brief weten aan de persoon en aan de "
              "andere partij. De teamleider en de opleidingsmanager zijn om beurten een schooljaar "
              "voorzitter."),
        ("p", "De kernploeg beslist zelf over:"),
        ("ul", ["het rooster en de jaarplanning;",
                "welke docent welke les geeft, binnen de uren die de directies beschikbaar stellen;",
                "de verdeling van de bpv-plaatsen;",
                "het voorstel voor het PTA/OER;",
                "het wisselen van route door een leerling (zie punt 6)."]),
        ("p", "Over geld, personeel en deze afspraken beslist de kernploeg niet. Die punten legt zij voor "
              "aan de besturen."),
        ("h", "4. Hoe houden we de besturen op de hoogte?"),
        ("p", "De kernploeg houdt beide besturen op de hoogte van hoe het met de route gaat. Dat doet zij "
              "met een kort verslag, zo vaak als de kernploeg dat nodig vindt. Een bestuurder die meer wil "
              "weten, kan de kernploeg altijd uitnodigen voor een gesprek."),
        ("h", "5. Lessen, docenten en ruimtes"),
        ("p", "In routejaar 1 en 2 geven twee docenten recreatie van het ROC elke vrijdag les op de school. "
              "Docenten HBR van de school geven op dinsdag de keukenlessen aan routejaar 3, in de "
              "leskeuken van de school."),
        ("p", "Het project 'Een dag voor de gast' in routejaar 2 verzorgen docenten van beide kanten samen. "
              "Daarvoor gebruiken wij de teambevoegdheid; voor elk onderdeel is een docent met de juiste "
              "bevoegdheid verantwoordelijk. Iedere docent blijft in dienst van zijn eigen werkgever."),
        ("p", "Wat wij delen:"),
        ("ul", ["de leskeuken en het schoolrestaurant van de school: op dinsdag voor routejaar 3;",
                "het leisurelab van het ROC (receptiebalie met boekingssysteem en een animatieruimte): op "
                "woensdagmiddag voor routejaar 2;",
                "de gymzaal van de school: voor de animatielessen;",
                "de boekings- en kassasoftware van het ROC: ook op de laptops van de school."]),
        ("p", "Programma, toetsen en examens per routejaar staan in het gezamenlijke PTA/OER."),
        ("h", "6. Wisselen of stoppen"),
        ("p", "Past de route niet meer, dan zoeken wij samen een andere weg naar een diploma. Wat kan:"),
        ("ul", ["routejaar 1 of 2: verder in de gewone kaderberoepsgerichte leerweg HBR met eindexamen, of "
                "een ander profiel op de school;",
                "eindexamen kader niet gehaald: het examen afronden in routejaar 3, terwijl de leerling al "
                "op het ROC begint, of routejaar 2 overdoen;",
                "routejaar 3 of 4: een andere opleiding van het ROC op niveau 3, zoals Zelfstandig werkend "
                "kok of Zelfstandig werkend gastheer/gastvrouw, of een opleiding op niveau 2; het ROC stelt "
                "daarvoor geen extra toelatingseisen;",
                "een opleiding bij een andere mbo-school, bijvoorbeeld na een verhuizing; wij zorgen dan "
                "voor een overdrachtsgesprek."]),
        ("p", "De teamleider HBR en de opleidingsmanager Toerisme beslissen samen, in een gesprek met de "
              "leerling en zijn ouders. Zij kijken naar wat de leerling al heeft gehaald en naar zijn "
              "leeftijd."),
        ("h", "7. Geld"),
        ("p", "De school betaalt het ROC per schooljaar € 18.500 voor de vrijdagen in routejaar 1 en 2: de "
              "uren van de docenten recreatie en het gebruik van het leisurelab. Zij betaalt in twee delen, "
              "in december en in juni. Het ROC betaalt de school € 3.000 per schooljaar voor het gebruik "
              "van de leskeuken en het restaurant op dinsdag (ingrediënten, energie en schoonmaak). Verder "
              "gaat er geen geld tussen ons."),
        ("h", "8. Meepraten"),
        ("p", "De medezeggenschapsraad van de school en de studentenraad van het ROC hebben advies gegeven "
              "over deze afspraken. Verder spreken wij af:"),
        ("ul", ["Routeleerlingen in routejaar 3 die hun vmbo-diploma nog niet hebben, mogen lid blijven van "
                "de leerlingenraad van de school.",
                "Eén keer per jaar, in maart, bespreekt de kernploeg de route met twee leden van de MR en "
                "twee leden van de studentenraad."]),
        ("h", "9. Onenigheid"),
        ("p", "Lukt het de kernploeg niet om een verschil van mening over de uitvoering van deze afspraken "
              "op te lossen, dan gaat het naar de directeur van de school en de sectordirecteur van het "
              "ROC. Komen zij er binnen drie weken niet uit, dan praten de besturen. Lukt dat binnen vier "
              "weken niet, dan vragen de besturen samen een mediator. Blijft het daarna onopgelost, dan "
              "beslist de rechtbank Zeeland-West-Brabant."),
        ("h", "10. Duur, stoppen en aanpassen"),
        ("p", "Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "Wil de school of het ROC stoppen, dan stuurt zij een brief vóór 1 februari. De samenwerking "
              "eindigt dan op 31 juli van het volgende schooljaar. Na de brief nemen wij geen nieuwe "
              "leerlingen meer aan. Leerlingen die al in de route zitten, maken haar af; beide partijen "
              "blijven voor hen lesgeven en ruimtes delen."),
        ("p", "Aanpassen gaat op papier, met een handtekening van beide besturen. Een aanpassing gaat in op "
              "1 augustus en mag leerlingen die al in de route zitten niet benadelen."),
        ("p", "Als een andere school of instelling wil aansluiten, gaan wij daarover te zijner tijd met "
              "elkaar in gesprek."),
        ("sig", "Zierikzee, 27 juni 2025",
         [("Voor de school", "E. Padmos", "directeur-bestuurder"),
          ("Voor het ROC", "K. de Looff", "voorzitter college van bestuur")]),
    ],
    heading_level=2, font="Calibri")


# =============================================================================================
# 90 -- Markdown, unnumbered topic headings that avoid the statutory words, tables. Oosterhout,
#       Z&W gl -> Persoonlijk begeleider specifieke doelgroepen 4
# =============================================================================================
doc("90", "onderwerpkoppen_markdown", "md",
    "Markdown with unnumbered topic headings that avoid the statutory words ('Het routeteam', 'Elk half "
    "jaar om tafel met de besturen', 'Niet alles loopt volgens plan', 'Geldstromen'), bold run-in "
    "labels, a table per phase for lessons/rooms and an overstap table. Oosterhout/Breda, Z&W gl -> "
    "Persoonlijk begeleider specifieke doelgroepen 4. Bestuurders 'bepalen samen wie in het routeteam "
    "zit'; voortgangsnotitie in December and June; € 24.000 per year with bestemming; raden advise, "
    "routeleerlingen in the studentenpanel; bindend advies. Fully compliant.",
    "p p p p p p p p p p",
    {"a": "Over welke route het gaat", "b": "Het werkveld doet mee", "c": "Het routeteam",
     "d": "Elk half jaar om tafel met de besturen", "e": "Lessen en lokalen",
     "f": "Niet alles loopt volgens plan", "g": "Geldstromen", "h": "Ouders, leerlingen en personeel",
     "i": "Als we er samen niet uitkomen", "j": "Nieuwe partners, stoppen en bijstellen"},
    [
        ("title", "Doorlopende leerroute Zorg en welzijn Oosterhout"),
        ("sub", "Afspraken tussen het Slotjescollege en ROC Baronie"),
        ("p", "Wie tekenen:"),
        ("ul", ["Stichting Voortgezet Onderwijs Oosterhout-Dongen, bevoegd gezag van het Slotjescollege "
                "(vmbo) in Oosterhout, hierna: de school. Voor de school tekent mevrouw J. Verschuren, "
                "voorzitter van het college van bestuur.",
                "Stichting ROC Baronie, bevoegd gezag van ROC Baronie in Breda, met het college Zorg & "
                "Welzijn, hierna: het ROC. Voor het ROC tekent de heer P. van Gool, lid van het college van "
                "bestuur."]),
        ("p", "Wij werken sinds 2022 samen. In dit stuk staat hoe. Waar 'wij' staat, gaat het om de school "
              "en het ROC samen."),
        ("h", "Over welke route het gaat"),
        ("p", "De route is voor leerlingen van de gemengde leerweg met het profiel Zorg en welzijn. Zij "
              "stappen in aan het begin van leerjaar 3. De route leidt naar het mbo-diploma Persoonlijk "
              "begeleider specifieke doelgroepen, niveau 4, in het opleidingsdomein Zorg en welzijn "
              "(bol)."),
        ("ul", ["Routejaar 1 en 2 zijn leerjaar 3 en 4 van het vmbo. Aan het eind van routejaar 2 doet de "
                "leerling eindexamen gemengde leerweg.",
                "Routejaar 3 tot en met 5 zijn de mbo-fase. Omdat de leerling in routejaar 1 en 2 al "
                "mbo-onderdelen haalt, is er in de mbo-fase ruimte voor extra bpv en keuzedelen.",
                "Per schooljaar start één groep van ten hoogste 22 leerlingen."]),
        ("h", "Het werkveld doet mee"),
        ("p", "Vier zorg- en welzijnsorganisaties uit Oosterhout en omgeving leren mee: Zorggroep Vrachelen "
              "(ouderenzorg), Stichting De Hooge Vonder (gehandicaptenzorg), Kinderopvang Klavertje Vier en "
              "Welzijn Oosterhout (buurtwerk)."),
        ("ul", ["In routejaar 1 loopt elke leerling drie dagen mee bij twee van deze organisaties.",
                "Begeleiders en ervaringsdeskundigen van de organisaties verzorgen in routejaar 2 zes "
                "lessen 'Het verhaal van de cliënt'.",
                "Vanaf routejaar 3 bieden zij samen elk jaar ten minste twintig bpv-plaatsen. De "
                "bpv-coördinator van het ROC verdeelt ze.",
                "Praktijkbegeleiders beoordelen de praktijkexamens in de bpv mee.",
                "Twee keer per jaar, in oktober en maart, zit een vertegenwoordiger van elke organisatie aan "
                "de werkveldtafel. Daar bespreken we het programma en wat het werk van morgen vraagt. Het "
                "routeteam laat binnen een maand weten wat het met de adviezen doet."]),
        ("h", "Het routeteam"),
        ("p", "Het routeteam stuurt de route van dag tot dag. Het bestaat uit vier mensen:"),
        ("ol", ["de teamleider gemengde leerweg van de school (voorzitter in de even schooljaren);",
                "de onderwijsmanager Zorg & Welzijn van het ROC (voorzitter in de oneven schooljaren);",
                "een docent zorg en welzijn van de school;",
                "een docent van de opleiding Persoonlijk begeleider van het ROC."]),
        ("lp", "Hoe iemand in het routeteam komt.",
         "De twee bestuurders bepalen samen wie in het routeteam zit. De teamleider en de onderwijsmanager "
         "doen hun een voorstel. De bestuurders leggen hun keuze vast in een kort besluit, voor drie "
         "schooljaren, en sturen dat naar alle leden. Na drie jaar kijken zij opnieuw. Vertrekt iemand "
         "tussentijds, dan gaat het op dezelfde manier."),
        ("lp", "Waar het routeteam over gaat.", "Het routeteam beslist zelf over:"),
        ("ul", ["het rooster, de groepsindeling en de jaarplanning;",
                "welke docent van welke kant welke lessen geeft, binnen de uren die de directies "
                "beschikbaar stellen;",
                "het voorstel voor het PTA/OER (vaststellen doen de examencommissies);",
                "de verdeling van de bpv-plaatsen;",
                "het wisselen van route door een leerling (zie 'Niet alles loopt volgens plan');",
                "de besteding van het geld dat de school aan het ROC overmaakt, binnen wat onder "
                "'Geldstromen' staat."]),
        ("lp", "Waar het routeteam niet over gaat.",
         "Nieuwe docenten aannemen, een tweede groep starten, uitgaven boven wat onder 'Geldstromen' staat "
         "en veranderingen van deze afspraken: daarover beslissen de bestuurders."),
        ("h", "Elk half jaar om tafel met de besturen"),
        ("ul", ["In december en in juni zit het routeteam een uur met beide bestuurders om tafel.",
                "Twee weken daarvoor stuurt het routeteam hun een voortgangsnotitie. Daarin staan: het "
                "aantal leerlingen per routejaar, wie er gestopt of gewisseld is en waarheen, verzuim, "
                "toets- en examenresultaten, de bpv-plaatsen en de adviezen van de werkveldtafel.",
                "De juni-notitie is tegelijk de terugblik op het hele schooljaar, met een overzicht van wat "
                "er met het geld uit 'Geldstromen' is gedaan.",
                "De bestuurders geven het routeteam opdrachten mee voor het volgende halfjaar. De teamleider "
                "legt die vast.",
                "Gebeurt er iets ernstigs, dan belt de onderwijsmanager of de teamleider dezelfde dag beide "
                "bestuurders."]),
        ("h", "Lessen en lokalen"),
        ("table", ["", "Routejaar 1 en 2", "Routejaar 3 tot en met 5"],
         [["Waar", "Slotjescollege in Oosterhout; op dinsdag het ROC in Breda",
           "ROC in Breda en de bpv-plek"],
          ["Wie geeft les", "docenten van de school; op dinsdag docenten Persoonlijk begeleider van het ROC "
                            "in het skillslab",
           "docenten van het ROC; in routejaar 3 nog een docent Nederlands van de school"],
          ["Wat wij delen", "het skillslab van het ROC; het oefenappartement van de school",
           "het oefenappartement van de school, op donderdag voor ROC-groepen"]],
         [0.2, 0.4, 0.4]),
        ("ul", ["Op dinsdag gaat een docent zorg en welzijn van de school mee naar het ROC. Zij geeft daar "
                "samen met de ROC-docent het project 'Dichtbij de cliënt'. Voor dat project werken wij als "
                "één team met teambevoegdheid; voor elk onderdeel is een docent met de juiste bevoegdheid "
                "verantwoordelijk.",
                "In routejaar 3 geeft een docent Nederlands van de school twee uur per week les op het ROC "
                "aan leerlingen die het vmbo-examen nog niet helemaal hebben gehaald.",
                "Het skillslab heeft hoog-laagbedden, een tillift en oefenpoppen. Het oefenappartement van "
                "de school is ingericht als woning met een aangepaste keuken en badkamer.",
                "Wie een lokaal uitleent, zorgt voor onderhoud en veiligheid. De docent die lesgeeft, houdt "
                "toezicht op de leerlingen.",
                "Iedere docent blijft in dienst van zijn eigen werkgever.",
                "Het programma, de toetsen en de examens per routejaar staan in het gezamenlijke PTA/OER "
                "'Zorgroute Oosterhout'."]),
        ("h", "Niet alles loopt volgens plan"),
        ("p", "Soms past de route toch niet: de leerling kiest iets anders, het niveau is te hoog of het "
              "gezin verhuist. Wij zorgen dat niemand zonder plek vertrekt en dat de leerling een diploma "
              "kan halen."),
        ("table", ["Wanneer", "Wat kan"],
         [["Routejaar 1 of 2",
           "verder in de gewone gemengde leerweg Zorg en welzijn met gewoon eindexamen, of een ander "
           "profiel op de school"],
          ["Eindexamen gemengde leerweg niet gehaald",
           "het examen afronden in routejaar 3, terwijl de leerling al op het ROC begint, of routejaar 2 "
           "overdoen"],
          ["Routejaar 3 tot en met 5",
           "een andere opleiding van het ROC in zorg en welzijn, op niveau 4 (zoals Pedagogisch educatief "
           "professional) of op niveau 3 (zoals Begeleider specifieke doelgroepen); zonder extra "
           "toelatingseisen, ook als het vmbo-diploma nog ontbreekt"],
          ["Verhuizing of een andere richting",
           "een opleiding bij een andere school of mbo-instelling; wij zorgen voor een warme overdracht"]],
         [0.3, 0.7]),
        ("p", "Hoe wordt het besloten? De mentor of studieloopbaanbegeleider bespreekt met de leerling en "
              "zijn ouders wat hij wil. Het routeteam doet een voorstel. De teamleider van de school en de "
              "onderwijsmanager van het ROC besluiten samen, met de leerling en zijn ouders aan tafel. Zij "
              "letten op wat de leerling al heeft gehaald, op zijn niveau en op zijn leeftijd. Deze "
              "werkwijze staat ook in de schoolgids."),
        ("h", "Geldstromen"),
        ("ul", ["In routejaar 1 en 2 krijgt de school het geld van het Rijk voor de routeleerlingen, vanaf "
                "routejaar 3 het ROC.",
                "De school maakt elk schooljaar vóór 1 december € 24.000 over aan het ROC. Dat is een vast "
                "bedrag voor één routegroep in routejaar 1 en één in routejaar 2.",
                "Het bedrag is bestemd voor de lessen van de ROC-docenten op dinsdag (€ 19.000), materiaal "
                "en onderhoud van het skillslab (€ 3.000) en de BHV-cursus in routejaar 2 (€ 2.000).",
                "Het ROC maakt geen geld over aan de school. Het gebruik van het oefenappartement en de "
                "lessen Nederlands in routejaar 3 rekenen wij niet door."]),
        ("h", "Ouders, leerlingen en personeel"),
        ("p", "De gewone regels blijven gelden: de MR van de school voor de vo-fase, de studentenraad en de "
              "ondernemingsraad van het ROC voor de mbo-fase. Daarnaast spreken wij af:"),
        ("ul", ["De route staat elk jaar op de agenda van de MR van de school en van de deelraad van het "
                "college Zorg & Welzijn.",
                "Voor een grote verandering in de route, of voordat wij ermee stoppen, vragen de bestuurders "
                "advies aan beide raden.",
                "Routeleerlingen in routejaar 1 en 2 vaardigen twee leerlingen af naar het studentenpanel "
                "van het college Zorg & Welzijn. Zij praten mee over alles wat de route raakt.",
                "Routeleerlingen in routejaar 3 die nog vmbo-examen doen, blijven welkom in de "
                "leerlingenraad van de school."]),
        ("h", "Als we er samen niet uitkomen"),
        ("ol", ["Het routeteam probeert het op te lossen.",
                "Lukt dat niet binnen drie weken, dan gaat het naar de directeur van de school en de "
                "collegedirecteur Zorg & Welzijn.",
                "Lukt het hen niet binnen vier weken, dan praten de bestuurders met elkaar.",
                "Blijft het verschil bestaan, dan leggen de bestuurders het voor aan een onafhankelijke "
                "adviseur die zij samen kiezen. Die hoort beide partijen en doet een uitspraak. Wij houden "
                "ons allebei aan die uitspraak. De kosten delen wij."]),
        ("p", "Intussen gaan de lessen gewoon door."),
        ("h", "Nieuwe partners, stoppen en bijstellen"),
        ("lp", "Looptijd.", "Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd. Elke drie "
                            "jaar bekijken de bestuurders of ze nog goed zijn."),
        ("lp", "Een nieuwe partner.",
         "Een andere vmbo-school met de gemengde leerweg Zorg en welzijn, of een andere mbo-instelling, kan "
         "meedoen als beide bestuurders schriftelijk instemmen na advies van het routeteam, de nieuwe "
         "partner deze afspraken en het PTA/OER overneemt, zij instapt per 1 augustus en zij de route bij "
         "DUO meldt."),
        ("lp", "Stoppen.", "Wie wil stoppen, stuurt vóór 1 februari een brief. De samenwerking eindigt dan "
                           "op 31 juli van het volgende schooljaar. Vanaf de brief laten wij geen nieuwe "
                           "leerlingen meer in de route."),
        ("lp", "Wie al onderweg is.",
         "Leerlingen die al in de route zitten, maken haar af. De school en het ROC blijven voor hen "
         "lesgeven en lokalen delen, en de school blijft het bedrag uit 'Geldstromen' betalen zolang er "
         "routeleerlingen in routejaar 1 of 2 zitten."),
        ("lp", "Bijstellen.", "Een verandering van deze afspraken zetten wij op papier; beide bestuurders "
                              "tekenen. Een verandering gaat in op 1 augustus en geldt niet ten nadele van "
                              "leerlingen die al in de route zitten."),
        ("sig", "Oosterhout, 26 juni 2025",
         [("Voor de school", "J. Verschuren", "voorzitter college van bestuur"),
          ("Voor het ROC", "P. van Gool", "lid college van bestuur")]),
    ])


# =============================================================================================
# 91 -- DEFECTIVE. School leader, short numbered question headings, PDF (Times).
#       Alphen aan den Rijn, BWI bb -> Stukadoor / Tegelzetter 2.
#       Defects: c appointment of the stuurgroepje left open; i restates the statute + "in goed overleg".
# =============================================================================================
doc("91", "schoolleider_vraagkoppen", "pdf",
    "PDF (Times) by a school leader with short numbered question headings ('3. Wie geeft leiding aan de "
    "route?', '8. Wat als we het oneens zijn?'). Alphen aan den Rijn, BWI bb -> Stukadoor / Tegelzetter "
    "2. Defects: the stuurgroepje has members by function and a clear mandate, but how they are "
    "designated is left to the directeuren 'later'; the dispute clause only restates the statutory "
    "duty and says disputes are solved 'in goed overleg'. No medezeggenschap text. € 850 per "
    "routeleerling with bestemming.",
    "p p w p p p p na w p",
    {"a": "1. Welke route bieden we aan?", "b": "2. Welke bedrijven helpen mee?",
     "d": "4. Hoe horen de besturen hoe het gaat?", "e": "5. Waar, met wie en waarmee?",
     "f": "6. En als de route niet past?", "g": "7. Kost het iets?",
     "j": "9. Hoe lang, erbij komen, stoppen en veranderen"},
    [
        ("title", "Samenwerkingsovereenkomst Afbouwroute Alphen"),
        ("sub", "doorlopende leerroute vmbo basis Bouwen, wonen en interieur – mbo Stukadoor of "
                "Tegelzetter (niveau 2)"),
        ("p", "Partijen:"),
        ("ul", ["Stichting Christelijk Voortgezet Onderwijs Rijnland-Midden, bevoegd gezag van het "
                "Ambachtscollege in Alphen aan den Rijn, vertegenwoordigd door de heer H. Verkerk, "
                "bestuurder (de school);",
                "Stichting ROC Rijn en Gouwe, bevoegd gezag van ROC Rijn en Gouwe met de School voor Bouw en "
                "Afbouw in Alphen aan den Rijn, vertegenwoordigd door mevrouw C. Bakker-Ouwehand, voorzitter "
                "van het college van bestuur (het ROC)."]),
        ("p", "Als schoolleider van het Ambachtscollege heb ik deze afspraken samen met de directeur van de "
              "School voor Bouw en Afbouw opgeschreven. We hebben het kort en praktisch gehouden. Waar "
              "'wij' staat, bedoelen we de school en het ROC samen."),
        ("h", "1. Welke route bieden we aan?"),
        ("p", "Leerlingen van de basisberoepsgerichte leerweg met het profiel Bouwen, wonen en interieur "
              "kunnen aan het eind van leerjaar 2 kiezen voor de Afbouwroute. De route leidt naar het "
              "vmbo-diploma basis en het mbo-diploma Stukadoor of Tegelzetter, niveau 2, in het "
              "opleidingsdomein Afbouw, hout en onderhoud. In routejaar 2 kiest de leerling tussen "
              "stukadoor en tegelzetter."),
        ("p", "Routejaar 1 en 2 zijn leerjaar 3 en 4 op de school; aan het eind van routejaar 2 doet de "
              "leerling vmbo-examen. Routejaar 3 en 4 zijn op het ROC en bij een leerbedrijf (bol; in "
              "routejaar 4 mag de leerling naar de bbl als het leerbedrijf dat wil)."),
        ("h", "2. Welke bedrijven helpen mee?"),
        ("p", "Vijf afbouwbedrijven uit Alphen en omgeving: Stukadoorsbedrijf Van der Hoorn, Tegelwerken "
              "Koot, Afbouwgroep Boskoop, Plafondbedrijf Zwammerdam en Tegelhuis Hazerswoude. Zij:"),
        ("ul", ["geven in routejaar 1 elk een praktijkmiddag op een bouwplaats;",
                "zorgen in routejaar 2 voor drie gastlessen door een vakman;",
                "bieden samen minstens twaalf leerwerkplekken per jaar in routejaar 3 en 4;",
                "beoordelen de proeve van bekwaamheid mee."]),
        ("p", "Eén keer per jaar, in februari, bespreken de bedrijven het programma met ons en met de "
              "adviseur van SBB."),
        ("h", "3. Wie geeft leiding aan de route?"),
        ("p", "De Afbouwroute wordt geleid door een stuurgroepje van drie mensen: de afdelingsleider bb van "
              "de school, de teamleider Afbouw van het ROC en de bpv-coördinator van het ROC. Hoe de leden "
              "worden aangewezen, spreken de directeuren later nog af."),
        ("p", "Het stuurgroepje beslist over het rooster, over welke docent welke les geeft binnen de "
              "afgesproken uren, over de verdeling van de leerwerkplekken en over het overstappen van "
              "leerlingen (zie 6). Over geld, personeel en deze afspraken beslissen de besturen. Het "
              "stuurgroepje komt elke maand bij elkaar."),
        ("h", "4. Hoe horen de besturen hoe het gaat?"),
        ("p", "Het stuurgroepje stuurt in januari en in juli een verslag naar beide besturen: hoeveel "
              "leerlingen er in de route zitten, wie er is gestopt en waarheen, de examenuitslagen, de "
              "leerwerkplekken en de knelpunten. In september bespreken de bestuurders het verslag van juli "
              "met het stuurgroepje."),
        ("h", "5. Waar, met wie en waarmee?"),
        ("p", "Routejaar 1 en 2: op de school, en elke maandag in de afbouwhal van het ROC. Routejaar 3 en "
              "4: op het ROC en bij het leerbedrijf."),
        ("p", "Op maandag geven twee praktijkdocenten afbouw van het ROC les aan de routegroep; een docent "
              "BWI van de school gaat mee. Het project 'Van kale muur tot badkamer' in routejaar 2 geven zij "
              "samen, met teambevoegdheid; voor elk deel is een docent met de juiste bevoegdheid "
              "verantwoordelijk. De docenten blijven in dienst van hun eigen werkgever."),
        ("p", "Wat we delen:"),
        ("ul", ["de afbouwhal van het ROC met oefenwanden en een spuitcabine voor pleisterwerk: op maandag "
                "voor routejaar 1 en 2;",
                "het houtlokaal van de school: op woensdagmiddag voor groepen van het ROC;",
                "steigers en rolsteigers van het ROC, ook voor lessen op de school;",
                "een gereedschapskist: elke routeleerling krijgt er een van het ROC bij de start."]),
        ("p", "Het programma en de examens per routejaar staan in het gezamenlijke PTA/OER."),
        ("h", "6. En als de route niet past?"),
        ("p", "Dan zoeken we samen een andere plek waar de leerling toch een diploma haalt:"),
        ("ul", ["in routejaar 1 of 2: verder in het gewone bb-programma BWI met eindexamen, of een ander "
                "profiel op de school;",
                "in routejaar 3 of 4: een andere opleiding van het ROC op niveau 2, zoals Timmerman of "
                "Schilder, zonder extra toelatingseisen, ook als het vmbo-diploma nog ontbreekt;",
                "een opleiding bij een andere mbo-school, na een intakegesprek daar; wij geven een overzicht "
                "mee van wat de leerling al heeft gehaald."]),
        ("p", "De afdelingsleider van de school en de teamleider Afbouw van het ROC beslissen samen met de "
              "leerling en zijn ouders, na advies van de mentor. Zij kijken naar wat de leerling al heeft "
              "gehaald en naar zijn leeftijd."),
        ("h", "7. Kost het iets?"),
        ("p", "Ja. De school betaalt het ROC € 850 per routeleerling per schooljaar in routejaar 1 en 2. Dat "
              "geld is voor de maandagen in de afbouwhal: de uren van de praktijkdocenten en het materiaal "
              "(gips, pleister, tegels, lijm). We tellen op 1 oktober; de school betaalt in januari. Verder "
              "gaat er geen geld tussen ons."),
        ("h", "8. Wat als we het oneens zijn?"),
        ("p", "De wet vraagt dat wij afspreken hoe geschillen tussen de deelnemende partijen over de "
              "uitvoering van de overeenkomst worden beslecht. Wij gaan ervan uit dat wij verschillen van "
              "mening altijd samen in goed overleg oplossen."),
        ("h", "9. Hoe lang, erbij komen, stoppen en veranderen"),
        ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "Een andere vmbo-school met bb Bouwen, wonen en interieur, of een andere mbo-school, kan "
              "meedoen als beide besturen schriftelijk akkoord geven en de nieuwe partij deze afspraken en "
              "het PTA/OER overneemt. Zij doet mee vanaf 1 augustus en meldt de route bij DUO."),
        ("p", "Stoppen kan per 1 augustus, met een brief die vóór 1 februari binnen is. Na die brief nemen "
              "we geen nieuwe leerlingen meer in de route. Leerlingen die al in de route zitten, maken die "
              "af bij de school en het ROC."),
        ("p", "Veranderen gaat op papier, met de handtekening van beide besturen, en gaat in op 1 augustus. "
              "Een verandering mag leerlingen die al in de route zitten niet benadelen."),
        ("sig", "Alphen aan den Rijn, 25 juni 2025",
         [("Voor de school", "H. Verkerk", "bestuurder"),
          ("Voor het ROC", "C. Bakker-Ouwehand", "voorzitter college van bestuur")]),
    ],
    font="Times-Roman", running="Afbouwroute Alphen")


# =============================================================================================
# 92 -- numbered articles with question titles and N.M sub-clauses, DOCX. Nieuwegein,
#       MVI gl -> Mediamaker 4 with a vakinstelling. h only describes the law ("kunnen") -> n/a.
# =============================================================================================
doc("92", "artikelen_wij_vorm", "docx",
    "DOCX with 'Artikel N – <vraag>' Heading 1 titles and N.M sub-clauses in 'wij'-form. Nieuwegein, "
    "MVI gl -> Mediamaker 4, school with a vakinstelling. One routeleider chosen by both bestuurders "
    "by letter with a kernteam; routebrief after every period; 15 % of the rijksbijdrage per "
    "routeleerling with bestemming; mediator (MfN) then rechtbank Midden-Nederland. Medezeggenschap "
    "only describes the law and what the raden 'kunnen' (not_applicable). Otherwise compliant.",
    "p p p p p p p na p p",
    {"a": "Artikel 1 – Om welke route gaat het?", "b": "Artikel 2 – Wie uit de mediawereld doet mee?",
     "c": "Artikel 3 – Wie trekt de route?", "d": "Artikel 4 – Hoe blijven de bestuurders op de hoogte?",
     "e": "Artikel 5 – Waar wordt lesgegeven en door wie?", "f": "Artikel 8 – Past de route niet meer?",
     "g": "Artikel 9 – Geld", "i": "Artikel 11 – Niet eens?",
     "j": "Artikel 12 – Aansluiten, uitstappen en aanpassen"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Media Nieuwegein"),
        ("sub", "vmbo gemengde leerweg Media, vormgeving en ICT → mbo Mediamaker (niveau 4)"),
        ("p", "De ondertekenden:"),
        ("p", "1. Stichting Openbaar Voortgezet Onderwijs Lek en IJssel, bevoegd gezag van vmbo Galecop in "
              "Nieuwegein, vertegenwoordigd door de heer drs. B. Verhoef, voorzitter van het college van "
              "bestuur, hierna: de school;"),
        ("p", "2. Stichting Mediacollege Vecht en Lek, vakinstelling voor media en creatieve beroepen in "
              "Utrecht en Nieuwegein, vertegenwoordigd door mevrouw S. Oudshoorn, bestuurder, hierna: het "
              "Mediacollege;"),
        ("p", "spreken het volgende af. De tekst is opgesteld door de teamleider MVI van de school en de "
              "opleidingsmanager Mediamaker van het Mediacollege. Waar 'wij' staat, bedoelen we beide "
              "partijen."),
        ("h", "Artikel 1 – Om welke route gaat het?"),
        ("p", "1.1 De route is bedoeld voor leerlingen van de gemengde leerweg met het profiel Media, "
              "vormgeving en ICT. Zij begint in leerjaar 3 en eindigt met het mbo-diploma Mediamaker, "
              "niveau 4, in het opleidingsdomein ICT en creatieve industrie (bol)."),
        ("p", "1.2 De route duurt vijf jaar: twee jaar vo-fase op de school (routejaar 1 en 2) en drie jaar "
              "mbo-fase op het Mediacollege (routejaar 3 tot en met 5). Buiten de route is dat zes jaar. De "
              "leerling doet aan het eind van routejaar 2 eindexamen gemengde leerweg."),
        ("p", "1.3 Per jaar start één groep van ten hoogste 24 leerlingen."),
        ("h", "Artikel 2 – Wie uit de mediawereld doet mee?"),
        ("p", "2.1 Vier bedrijven en organisaties werken mee: de lokale omroep Lek en IJssel FM/TV, "
              "productiehuis Studio Merwede, evenementenbureau Vreeswijk Live en het online bureau "
              "Pixelwerf. De adviseur van SBB voor de creatieve sector sluit aan bij de adviesraad "
              "(artikel 2.3)."),
        ("p", "2.2 Wat zij doen: a. zij geven elk schooljaar vijf klantopdrachten aan de routegroepen, met "
              "een echte briefing en een oplevering bij de klant; b. zij sturen makers voor gastlessen, "
              "ten minste zes per jaar; c. zij bieden samen ten minste twaalf bpv-plaatsen per jaar in "
              "routejaar 3 tot en met 5; d. een vakmens van het leerbedrijf beoordeelt mee bij de "
              "examenproducties."),
        ("p", "2.3 Twee keer per jaar, in november en mei, komt de adviesraad Media bij elkaar: de vier "
              "partners, de SBB-adviseur, de routeleider en twee docenten. De adviesraad kijkt naar het "
              "programma en naar nieuwe technieken en zegt wat er moet veranderen. De routeleider laat "
              "binnen een maand weten wat er met het advies gebeurt."),
        ("h", "Artikel 3 – Wie trekt de route?"),
        ("p", "3.1 De route heeft één routeleider. Dat is een teamleider van de school of van het "
              "Mediacollege."),
        ("p", "3.2 De twee bestuurders kiezen de routeleider samen, na een gesprek met hem of haar. Zij "
              "leggen hun keuze vast in een brief aan de routeleider, met een afschrift aan de directeur "
              "van de school en de directeur onderwijs van het Mediacollege. De routeleider doet dit werk "
              "drie schooljaren; daarna besluiten de bestuurders samen of hij doorgaat. Valt de routeleider "
              "uit, dan vullen de twee directeuren de plek samen tijdelijk in, tot de bestuurders een "
              "opvolger hebben gekozen."),
        ("p", "3.3 De routeleider werkt met een kernteam van twee docenten, één van elke partij. Hij vraagt "
              "die docenten zelf, na overleg met hun directeur."),
        ("p", "3.4 De routeleider beslist zelf over: a. het rooster en de jaarplanning; b. welke docent "
              "welke les geeft, binnen de uren die iedere directeur vrijmaakt; c. de klantopdrachten en de "
              "verdeling van de bpv-plaatsen; d. het voorstel voor het PTA/OER; e. het overstappen van een "
              "leerling (artikel 8); f. uitgaven uit het routepotje van € 6.000 per jaar."),
        ("p", "3.5 Voor alles daarbuiten, zoals extra geld, personeel, een tweede groep of een verandering "
              "van deze overeenkomst, heeft de routeleider de toestemming van beide bestuurders nodig."),
        ("h", "Artikel 4 – Hoe blijven de bestuurders op de hoogte?"),
        ("p", "4.1 Na elke periode, drie keer per jaar, stuurt de routeleider beide bestuurders een "
              "routebrief van ten hoogste twee pagina's. Daarin staan de aantallen per routejaar, het "
              "verzuim, wie is overgestapt en waarheen, de stand van de bpv-plaatsen, de uitgaven uit het "
              "routepotje en wat er speelt."),
        ("p", "4.2 Vóór 1 september stuurt de routeleider een jaaroverzicht met de examenuitslagen en het "
              "advies van de adviesraad."),
        ("p", "4.3 In juni spreekt de routeleider een uur met beide bestuurders. Zij bespreken het jaar en "
              "de plannen. De bestuurders kunnen de routeleider opdrachten meegeven; die komen in een kort "
              "verslag."),
        ("h", "Artikel 5 – Waar wordt lesgegeven en door wie?"),
        ("p", "5.1 Routejaar 1 en 2: op vmbo Galecop, en elke woensdag in de studio's van het Mediacollege "
              "in Nieuwegein. Routejaar 3 tot en met 5: op het Mediacollege en bij het leerbedrijf."),
        ("p", "5.2 Op woensdag geven twee docenten mediaproductie van het Mediacollege les aan de "
              "routegroep. Een docent MVI van de school geeft die dag de lessen vormgeving, in hetzelfde "
              "gebouw. Op maandag komt een docent van het Mediacollege naar de school voor de les 'beeld "
              "en geluid'."),
        ("p", "5.3 In routejaar 3 geeft een docent Engels van de school één uur per week les op het "
              "Mediacollege, voor leerlingen die nog een vak van het vmbo-examen moeten afronden."),
        ("p", "5.4 Het project 'Eigen zender' in routejaar 2 geven docenten van beide partijen samen, met "
              "teambevoegdheid. Voor elk deel is een docent met de juiste bevoegdheid verantwoordelijk; "
              "welke docent welk deel heeft, staat in het PTA/OER."),
        ("p", "5.5 Iedere docent blijft in dienst van zijn eigen werkgever."),
        ("h", "Artikel 6 – Wat delen we?"),
        ("p", "6.1 Wij delen deze ruimtes en spullen: a. de tv-studio en de radiostudio van het "
              "Mediacollege, op woensdag voor routejaar 1 en 2; b. de camera- en geluidsuitleen van het "
              "Mediacollege, waar routeleerlingen met hun schoolpas lenen; c. het Mac-lokaal van de school, "
              "op vrijdagmiddag voor een groep van het Mediacollege; d. de greenscreenruimte van de school, "
              "op afspraak voor beide partijen."),
        ("p", "6.2 Wie uitleent, zorgt voor onderhoud, veiligheid en de softwarelicenties. Schade door een "
              "leerling regelt de partij waar hij staat ingeschreven."),
        ("h", "Artikel 7 – Programma, examens en inschrijving"),
        ("p", "7.1 Het programma, de toetsen en de examens per routejaar staan in het PTA/OER Route Media. "
              "De routeleider stelt het elk jaar vóór 1 juni op. De examencommissie van de school stelt het "
              "vmbo-deel vast, die van het Mediacollege het mbo-deel."),
        ("p", "7.2 In routejaar 1 en 2 staat de leerling ingeschreven bij de school, daarna bij het "
              "Mediacollege. De school blijft verantwoordelijk voor het vmbo-examen van een oud-leerling "
              "die al op het Mediacollege zit."),
        ("p", "7.3 Beide partijen melden de route bij DUO."),
        ("h", "Artikel 8 – Past de route niet meer?"),
        ("p", "8.1 Wij laten geen leerling los zonder een nieuwe plek waar hij een diploma kan halen."),
        ("p", "8.2 Wat kan, hangt af van het moment: a. in routejaar 1 of 2: verder in de gewone gemengde "
              "leerweg MVI met eindexamen, of een ander profiel op de school; b. heeft de leerling zijn "
              "vmbo-diploma aan het eind van routejaar 2 niet, dan rondt hij het examen af in routejaar 3 "
              "terwijl hij al op het Mediacollege les krijgt, of hij doet routejaar 2 over; c. in routejaar "
              "3 tot en met 5: een andere opleiding van het Mediacollege, zoals Podium- en "
              "evenemententechnicus (niveau 4) of Medewerker podium- en evenemententechniek (niveau 3); het "
              "Mediacollege stelt daarvoor geen extra toelatingseisen; d. een opleiding bij een andere "
              "mbo-school, bijvoorbeeld dichter bij huis; wij zorgen dan voor een overdrachtsgesprek en een "
              "overzicht van wat de leerling al heeft gehaald."),
        ("p", "8.3 Eerst praat de mentor of studieloopbaanbegeleider met de leerling en zijn ouders. Daarna "
              "beslissen de teamleider MVI van de school en de opleidingsmanager van het Mediacollege samen, "
              "met de leerling en zijn ouders aan tafel. Zij kijken naar wat de leerling al heeft gehaald, "
              "naar wat hij wil en naar zijn leeftijd."),
        ("p", "8.4 Deze werkwijze staat ook in de schoolgids."),
        ("h", "Artikel 9 – Geld"),
        ("p", "9.1 In routejaar 1 en 2 ontvangt de school de rijksbijdrage voor de routeleerlingen, daarna "
              "het Mediacollege."),
        ("p", "9.2 De school maakt voor elke routeleerling in routejaar 1 en 2 vijftien procent van de "
              "rijksbijdrage die zij voor die leerling ontvangt over aan het Mediacollege. Dat geld is voor "
              "de uren van de docenten mediaproductie op woensdag, het gebruik van de studio's en de "
              "uitleen, en de licenties van de montagesoftware voor routeleerlingen."),
        ("p", "9.3 De school betaalt in januari, op basis van de telling van 1 oktober. Het routepotje van "
              "€ 6.000 (artikel 3.4) betalen de partijen ieder voor de helft. Verder gaat er geen geld "
              "tussen de partijen."),
        ("h", "Artikel 10 – Inspraak"),
        ("p", "10.1 Voor leerlingen in routejaar 1 en 2 en hun ouders geldt de Wet medezeggenschap op "
              "scholen, voor studenten vanaf routejaar 3 de WEB. Voor het personeel geldt de WMS bij de "
              "school en de Wet op de ondernemingsraden bij het Mediacollege. De raden kunnen aanvullende "
              "afspraken maken als zij dat willen."),
        ("h", "Artikel 11 – Niet eens?"),
        ("p", "11.1 Zijn wij het over de uitvoering van deze overeenkomst niet eens, dan bespreekt de "
              "routeleider het eerst met de directeur van de school en de directeur onderwijs van het "
              "Mediacollege. Zij hebben drie weken."),
        ("p", "11.2 Lukt het niet, dan gaat het naar de bestuurders, die binnen vier weken bij elkaar "
              "komen."),
        ("p", "11.3 Komen ook de bestuurders er niet uit, dan vragen zij samen een mediator die in het "
              "register van de Mediatorsfederatie Nederland staat. Beide betalen de helft."),
        ("p", "11.4 Brengt de mediation na drie maanden geen oplossing, dan kan elke partij naar de rechtbank "
              "Midden-Nederland."),
        ("h", "Artikel 12 – Aansluiten, uitstappen en aanpassen"),
        ("p", "12.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "12.2 Een andere vmbo-school met de gemengde leerweg MVI, of een andere mbo-school, kan "
              "aansluiten als beide bestuurders schriftelijk akkoord geven, de nieuwe partij deze "
              "overeenkomst en het PTA/OER overneemt en zij meedoet vanaf 1 augustus. De nieuwe partij "
              "tekent een aansluitingsformulier en meldt de route bij DUO."),
        ("p", "12.3 Een partij die wil uitstappen, laat dat schriftelijk weten vóór 1 februari. De "
              "overeenkomst eindigt dan op 31 juli van het volgende schooljaar. Na de brief stromen geen "
              "nieuwe leerlingen meer in."),
        ("p", "12.4 Leerlingen die al in de route zitten, maken die af. Beide partijen blijven voor hen "
              "lesgeven, ruimtes delen en betalen zoals in artikel 9, tot de laatste routeleerling klaar is "
              "of een andere plek heeft (artikel 8)."),
        ("p", "12.5 Een aanpassing van deze overeenkomst leggen wij vast op papier, getekend door beide "
              "bestuurders. Zij gaat in op 1 augustus en mag leerlingen die al in de route zitten niet "
              "benadelen."),
        ("h", "Artikel 13 – Slot"),
        ("p", "13.1 Wij wisselen alleen de leerlinggegevens uit die voor de route nodig zijn. Op deze "
              "overeenkomst is Nederlands recht van toepassing."),
        ("sig", "Nieuwegein, 2 juli 2025",
         [("Voor de school", "drs. B. Verhoef", "voorzitter college van bestuur"),
          ("Voor het Mediacollege", "S. Oudshoorn", "bestuurder")]),
    ],
    heading_level=1, font="Verdana")


# =============================================================================================
# Renderers
# =============================================================================================

def render_pdf(d, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
                                    KeepTogether)

    font = d["opts"].get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    size = 10 if font == "Helvetica" else 11
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.38, spaceAfter=5)
    title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=6)
    sub = ParagraphStyle("sub", fontName=font, fontSize=11, leading=14, spaceAfter=12,
                         textColor=colors.HexColor("#333333"))
    head = ParagraphStyle("head", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                          spaceBefore=10, spaceAfter=4, keepWithNext=1)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=3)
    cell = ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=bold)

    def esc(t):
        return escape(t)

    story = []
    width = A4[0] - 40 * mm
    for b in d["blocks"]:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(esc(b[1]), title))
        elif kind == "sub":
            story.append(Paragraph(esc(b[1]), sub))
        elif kind == "h":
            story.append(Paragraph(esc(b[1]), head))
        elif kind == "p":
            story.append(Paragraph(esc(b[1]), body))
        elif kind == "lp":
            story.append(Paragraph(f"<font name='{bold}'>{esc(b[1])}</font> {esc(b[2])}".strip(), body))
        elif kind in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                mark = "•" if kind == "ul" else f"{i}."
                story.append(Paragraph(esc(it), bullet, bulletText=mark))
            story.append(Spacer(1, 3))
        elif kind == "table":
            header, rows, widths = b[1], b[2], b[3]
            data = [[Paragraph(esc(h), cellb) for h in header]]
            for r in rows:
                data.append([Paragraph("<br/>".join(esc(x) for x in c.split("\n")), cell) for c in r])
            t = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "sig":
            parts = [Spacer(1, 10), Paragraph(esc(b[1]), body), Spacer(1, 6)]
            data = [[Paragraph("<br/>".join([f"<font name='{bold}'>{esc(v)}</font>", "", "",
                                             "______________________________", esc(n), esc(f)]), body)
                     for v, n, f in b[2]]]
            t = Table(data, colWidths=[width / len(b[2])] * len(b[2]))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            parts.append(t)
            story.append(KeepTogether(parts))
        else:
            raise ValueError(kind)

    running = d["opts"].get("running", "")

    def on_page(canvas, docobj):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(20 * mm, 12 * mm, running)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"pagina {docobj.page}")
        canvas.restoreState()

    pdf = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, title=d["blocks"][0][1],
                            author="leerroute-check sample", creator="build_samples_train6b.py",
                            invariant=1)
    pdf.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _fix_zip(path):
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def render_docx(d, path):
    import docx
    from docx.shared import Pt, Cm

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = d["opts"].get("font", "Calibri")
    normal.font.size = Pt(10.5)
    level = d["opts"].get("heading_level", 1)
    for b in d["blocks"]:
        kind = b[0]
        if kind == "title":
            document.add_heading(b[1], level=0)
        elif kind == "sub":
            p = document.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "h":
            document.add_heading(b[1], level=level)
        elif kind == "p":
            document.add_paragraph(b[1])
        elif kind == "lp":
            p = document.add_paragraph()
            p.add_run(b[1]).bold = True
            if b[2]:
                p.add_run(" " + b[2])
        elif kind == "ul":
            for it in b[1]:
                document.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for i, it in enumerate(b[1], 1):
                p = document.add_paragraph(f"{i}. {it}")
                p.paragraph_format.left_indent = Cm(0.8)
                p.paragraph_format.first_line_indent = Cm(-0.6)
        elif kind == "table":
            header, rows, widths = b[1], b[2], b[3]
            t = document.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for j, h in enumerate(header):
                c = t.rows[0].cells[j]
                c.paragraphs[0].add_run(h).bold = True
            for i, r in enumerate(rows, 1):
                for j, text in enumerate(r):
                    c = t.rows[i].cells[j]
                    lines = text.split("\n")
                    first = c.paragraphs[0]
                    run = first.add_run(lines[0])
                    if j == 0:
                        run.bold = True
                    for ln in lines[1:]:
                        c.add_paragraph(ln)
            for i, w in enumerate(widths):
                for row in t.rows:
                    row.cells[i].width = Cm(17 * w)
            document.add_paragraph()
        elif kind == "sig":
            document.add_paragraph()
            document.add_paragraph(b[1])
            for v, n, f in b[2]:
                p = document.add_paragraph()
                p.add_run(v).bold = True
                document.add_paragraph("\n______________________________")
                document.add_paragraph(f"{n}, {f}")
        else:
            raise ValueError(kind)
    cp = document.core_properties
    cp.author = "leerroute-check sample"
    cp.last_modified_by = "leerroute-check sample"
    cp.title = d["blocks"][0][1]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    document.save(path)
    _fix_zip(path)


def _wrap(text, indent="", first=""):
    return textwrap.fill(text, width=92, initial_indent=first, subsequent_indent=indent,
                         break_on_hyphens=False, break_long_words=False)


def render_txt(d, path):
    out = []
    for b in d["blocks"]:
        kind = b[0]
        if kind == "title":
            out += [b[1], "=" * len(b[1])]
        elif kind == "sub":
            out += [b[1], ""]
        elif kind == "h":
            out += [b[1]]
        elif kind == "p":
            out += [_wrap(b[1]), ""]
        elif kind == "lp":
            out += [_wrap(f"{b[1]} {b[2]}".strip()), ""]
        elif kind in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                mark = "- " if kind == "ul" else f"{i}. "
                out.append(_wrap(it, indent=" " * len(mark), first=mark))
            out.append("")
        elif kind == "sig":
            out += [b[1], ""]
            for v, n, f in b[2]:
                out.append(f"{v}: {n}, {f}")
        else:
            raise ValueError(kind)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


def render_md(d, path):
    out = []
    for b in d["blocks"]:
        kind = b[0]
        if kind == "title":
            out += [f"# {b[1]}", ""]
        elif kind == "sub":
            out += [f"*{b[1]}*", ""]
        elif kind == "h":
            out += [f"## {b[1]}", ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "lp":
            out += [f"**{b[1]}** {b[2]}".rstrip(), ""]
        elif kind in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                out.append(("- " if kind == "ul" else f"{i}. ") + it)
            out.append("")
        elif kind == "table":
            header, rows = b[1], b[2]
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "|".join("---" for _ in header) + "|")
            for r in rows:
                out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
            out.append("")
        elif kind == "sig":
            out += [b[1], ""]
            for v, n, f in b[2]:
                out += [f"**{v}**  ", "", "______________________________  ", f"{n}, {f}", ""]
        else:
            raise ValueError(kind)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out).rstrip("\n") + "\n")


RENDER = {"pdf": render_pdf, "docx": render_docx, "txt": render_txt, "md": render_md}


def expected_json(d):
    return {"description": d["description"], "split": "train", "statuses": d["statuses"],
            "evidence": d["evidence"]}


def build(d):
    path = os.path.join(HERE, f"{d['name']}.{d['fmt']}")
    RENDER[d["fmt"]](d, path)
    with open(os.path.join(HERE, f"{d['name']}.expected.json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(expected_json(d), ensure_ascii=False, indent=2) + "\n")
    print("wrote", os.path.basename(path))


# =============================================================================================
# Check
# =============================================================================================

def extract(path, fmt):
    if fmt == "pdf":
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
    if fmt == "docx":
        import docx
        document = docx.Document(path)
        parts = [p.text for p in document.paragraphs]
        for t in document.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(t):
    return " ".join(t.replace("\u00a0", " ").split())


def check():
    ok = True
    nums = set()
    for d in DOCS:
        nums.add(d["num"])
        assert 85 <= int(d["num"]) <= 92
        assert re.fullmatch(r"\d\d_[a-z_]+", d["name"]), d["name"]
        path = os.path.join(HERE, f"{d['name']}.{d['fmt']}")
        jpath = os.path.join(HERE, f"{d['name']}.expected.json")
        problems = []
        if not os.path.exists(path):
            problems.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append(f"too large ({size} bytes)")
            try:
                text = norm(extract(path, d["fmt"]))
            except Exception as exc:  # noqa: BLE001
                problems.append(f"cannot open: {exc}")
                text = ""
            if len(text) < 500:
                problems.append("almost no text extracted")
            for k, ev in d["evidence"].items():
                if norm(ev) not in text:
                    problems.append(f"evidence {k} not found: {ev!r}")
        try:
            with open(jpath, encoding="utf-8") as fh:
                got = json.load(fh)
            if got != expected_json(d):
                problems.append("expected.json differs from the table in the script")
            if set(got["statuses"]) != set(ITEMS) or got["split"] != "train":
                problems.append("bad statuses/split")
        except Exception as exc:  # noqa: BLE001
            problems.append(f"bad expected.json: {exc}")
        status = "ok" if not problems else "FAIL: " + "; ".join(problems)
        print(f"{d['name']}.{d['fmt']}: {status}")
        ok = ok and not problems
    fmts = [d["fmt"] for d in DOCS]
    if not (fmts.count("pdf") == 3 and fmts.count("docx") == 3
            and fmts.count("txt") + fmts.count("md") == 2 and len(nums) == 8):
        print("FAIL: format mix / numbering")
        ok = False
    print("check passed" if ok else "check FAILED")
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    wanted = set(argv)
    for d in DOCS:
        if not wanted or d["num"] in wanted:
            build(d)


if __name__ == "__main__":
    main(sys.argv[1:])
