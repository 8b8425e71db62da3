"""The judge on small agreements written for one point each: what a careful reader would conclude."""

from __future__ import annotations

import pytest

from checker.api import check_document

FULL = """
Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo

De ondergetekenden:
1. Stichting Openbaar Voortgezet Onderwijs Westland, hierna te noemen: de school;
2. Stichting ROC Haaglanden Zuid, hierna te noemen: de instelling;

Overwegende dat partijen samen een doorlopende leerroute willen aanbieden;

komen als volgt overeen:

Artikel 1 De leerroute
De route verbindt het vmbo-profiel Zorg en welzijn (kaderberoepsgerichte leerweg) met de
mbo-opleiding Verzorgende-IG, niveau 3, in het opleidingsdomein Zorg en welzijn.

Artikel 2 Bedrijfsleven
Zorginstellingen in het Westland bieden vanaf het derde leerjaar stageplaatsen en geven gastlessen.
Een werkveldcommissie van vier werkgevers adviseert twee keer per jaar over het programma.

Artikel 3 Leiding
De leiding berust bij een stuurgroep van de teamleider van de school en de opleidingsmanager van
de instelling. Beide leden worden door het eigen bevoegd gezag benoemd voor twee jaar. De
stuurgroep stelt het jaarrooster vast, beslist over de inzet van docenten en bewaakt de kwaliteit.

Artikel 4 Verantwoording
De stuurgroep stuurt beide besturen elk kwartaal een voortgangsrapportage en legt jaarlijks voor
1 oktober verantwoording af in een verslag.

Artikel 5 Inrichting
De route wordt gegeven op de locatie Monsterseweg van de school en op de campus van de instelling.
Vmbo- en mbo-docenten vormen een team met teambevoegdheid. De school stelt haar praktijklokalen
beschikbaar, de instelling haar skillslab. Programma en examinering per leerjaar staan in het PTA/OER.

Artikel 6 Overstapoptie
Een leerling die de route verlaat, kan in de vo-fase overstappen naar de reguliere kaderberoepsgerichte
leerweg en daar het vmbo-diploma halen; in de mbo-fase kan hij een andere mbo-opleiding op
hetzelfde niveau volgen. De mentor en de loopbaanbegeleider bepalen samen met de leerling en zijn
ouders het alternatief.

Artikel 7 Financien
Er wordt tussen partijen geen bekostiging overgedragen; iedere partij draagt haar eigen kosten.

Artikel 8 Medezeggenschap
Leerlingen in de vo-fase mogen met een eigen vertegenwoordiger deelnemen aan de studentenraad van
de instelling.

Artikel 9 Geschillen
Een geschil wordt eerst in de stuurgroep besproken. Lukt een oplossing niet binnen vier weken, dan
schakelen partijen een mediator in; daarna beslist de bevoegde rechter.

Artikel 10 Toetreding, opzegging en wijziging
Een andere school kan toetreden als alle partijen schriftelijk instemmen. Opzegging kan schriftelijk
met een termijn van twaalf maanden tegen het einde van een schooljaar. Wijzigingen worden
schriftelijk overeengekomen. Leerlingen die in de route zitten, ronden de route af.

Aldus overeengekomen te Naaldwijk op 3 maart 2025.
"""


def statuses(path) -> dict[str, str]:
    report = check_document(path)
    assert report.status == "checked", report.error
    return {r.id: r.status for r in report.requirements}


def test_full_agreement_is_compliant(write_text):
    report = check_document(write_text(FULL))
    assert {r.id: r.status for r in report.requirements} == {i: "present" for i in "abcdefghij"}
    assert report.verdict == "compliant"
    assert report.document.type == "samenwerkingsovereenkomst"
    assert report.document.dated and report.document.signed
    assert any("Westland" in p for p in report.document.parties)


def test_evidence_points_at_the_clause(write_text):
    report = check_document(write_text(FULL))
    by_id = {r.id: r for r in report.requirements}
    assert by_id["f"].evidence[0].section == "Artikel 6 Overstapoptie"
    assert "overstappen" in by_id["f"].evidence[0].text
    assert by_id["i"].evidence[0].section == "Artikel 9 Geschillen"


def _replace_article(text: str, number: int, new_body: str | None) -> str:
    """Replace (or drop, when new_body is None) the body of 'Artikel N' in FULL."""
    lines = text.strip().split("\n")
    out, skipping = [], False
    for line in lines:
        if line.startswith("Artikel "):
            skipping = line.startswith(f"Artikel {number} ")
            if skipping:
                if new_body is not None:
                    out.append(line)
                    out.append(new_body)
                continue
        elif line.startswith("Aldus"):
            skipping = False
        if not skipping:
            out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize(
    ("article", "item", "body", "expected"),
    [
        (6, "f", "…………………………………………………………", "weak"),
        (6, "f", "[hier de inhoud van de overstapoptie(s) vermelden]", "weak"),
        (
            6,
            "f",
            "De uitwerking van de overstapoptie wordt later uitgewerkt door partijen.",
            "weak",
        ),
        (
            9,
            "i",
            "De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de overeenkomst.",
            "weak",
        ),
        (9, "i", "Partijen lossen geschillen in onderling overleg op.", "weak"),
        (
            3,
            "c",
            "De leiding berust bij een stuurgroep van de teamleider en de opleidingsmanager. "
            "De stuurgroep stelt het jaarrooster vast.",
            "weak",
        ),
        (7, "g", "De school draagt een deel van de bekostiging over aan de instelling.", "weak"),
        (
            7,
            "g",
            "De school draagt per leerling 1.200 euro van haar bekostiging over aan de instelling, "
            "bestemd voor de inzet van mbo-docenten.",
            "present",
        ),
        (
            10,
            "j",
            "Opzegging kan schriftelijk tegen het einde van een schooljaar; lopende leerlingen ronden "
            "de route af. Wijzigingen worden schriftelijk overeengekomen.",
            "weak",
        ),
        (
            7,
            "g",
            "De school draagt per leerling 900 euro over aan de instelling, bestemd voor de inzet van "
            "mbo-docenten. In de mbo-fase draagt de instelling geen bekostiging aan de school over.",
            "present",
        ),
        (
            7,
            "g",
            "De school draagt per leerling 900 euro over aan de instelling. In de mbo-fase draagt "
            "de instelling geen bekostiging aan de school over.",
            "weak",  # "nothing the other way" does not hide that this transfer has no bestemming
        ),
        (
            3,
            "c",
            "De leiding berust bij een stuurgroep van de teamleider en de opleidingsmanager. Hoe de "
            "leden worden aangewezen, werken partijen na de zomer nader uit. De stuurgroep beslist "
            "over het rooster.",
            "weak",  # a finite separable deferral
        ),
        (
            7,
            "g",
            "Er gaat geen geld over en weer. Elke school zet € 3.000 per jaar uit eigen middelen klaar "
            "als routebudget en betaalt daar zelf de rekeningen van.",
            "present",  # paying one's own bills moves nothing to the other party
        ),
        (
            7,
            "g",
            "Iedere partij draagt in beginsel haar eigen kosten. In afwijking daarvan draagt de school, "
            "met toepassing van artikel 5.42a WVO 2020, voor iedere leerling een bedrag van € 1.150 "
            "over aan de instelling.",
            "weak",  # commas between verb and particle: still a transfer, and it has no bestemming
        ),
        (
            7,
            "g",
            "De rijksbijdragen blijven bij de partij die ze ontvangt; partijen brengen elkaar niets in "
            "rekening.",
            "present",
        ),
        (8, "h", "p.m. – tekst volgt na het advies van de medezeggenschapsraad.", "weak"),
        (
            7,
            "g",
            "Een overdracht van bekostiging als bedoeld in artikel 5.42a WVO vindt niet plaats.",
            "present",
        ),
        (9, "i", "Als we het niet eens zijn, lossen we dat in goed overleg met elkaar op.", "weak"),
        (6, "f", None, "missing"),
        (9, "i", None, "missing"),
        (7, "g", None, "missing"),
    ],
)
def test_item_judgement(write_text, article, item, body, expected):
    text = _replace_article(FULL, article, body)
    assert statuses(write_text(text))[item] == expected


def test_medezeggenschap_absent_is_not_applicable_with_warning(write_text):
    report = check_document(write_text(_replace_article(FULL, 8, None)))
    h = report.requirements[7]
    assert h.status == "not_applicable"
    assert any(
        f.code == "medezeggenschap_not_arranged" and "2.107b lid 2 onder j" in f.message for f in h.findings
    )
    assert report.verdict == "compliant"


def test_medezeggenschap_only_describing_the_law_is_not_applicable(write_text):
    body = (
        "In de vo-fase geldt de WMS, in de mbo-fase gelden de WEB en de WOR. Indien gewenst kunnen "
        "aanvullende afspraken worden gemaakt."
    )
    assert statuses(write_text(_replace_article(FULL, 8, body)))["h"] == "not_applicable"


def test_preamble_mention_arranges_nothing(write_text):
    text = _replace_article(FULL, 9, None).replace(
        "Overwegende dat partijen",
        "Overwegende dat geschillen tussen partijen door een mediator worden beslecht en dat partijen",
    )
    report = check_document(write_text(text))
    i = report.requirements[8]
    assert i.status == "missing"
    assert any(f.code == "mentioned_outside_operative_text" for f in i.findings)


def test_arrangement_under_unrelated_heading_counts(write_text):
    text = _replace_article(FULL, 6, None).replace(
        "Artikel 5 Inrichting",
        "Artikel 5 Begeleiding en inrichting\nWie de route verlaat, kan overstappen naar het reguliere vmbo "
        "en daar het diploma halen; de mentor bepaalt dit samen met de leerling en de ouders.",
    )
    report = check_document(write_text(text))
    f = report.requirements[5]
    assert f.status == "present"
    assert f.evidence[0].section.startswith("Artikel 5")


def test_weak_item_says_which_element_is_missing(write_text):
    body = "De leiding berust bij een stuurgroep van de teamleider en de opleidingsmanager. De stuurgroep stelt het rooster vast."
    report = check_document(write_text(_replace_article(FULL, 3, body)))
    c = report.requirements[2]
    assert c.status == "weak"
    missing = {f.element for f in c.findings if f.code == "element_missing"}
    assert missing == {"benoeming"}
    assert c.suggestion


def test_interne_regeling_needs_no_geschil_toetreding_medezeggenschap(write_text):
    text = _replace_article(_replace_article(_replace_article(FULL, 8, None), 9, None), 10, None)
    text = text.replace(
        "Samenwerkingsovereenkomst doorlopende leerroute", "Interne regeling doorlopende leerroute"
    )
    report = check_document(write_text(text))
    assert report.document.type == "interne_regeling"
    assert [r.status for r in report.requirements][7:] == ["not_applicable"] * 3
    assert report.verdict == "compliant"


def test_a_text_that_is_no_agreement_has_everything_missing(write_text):
    letter = """
    Beste ouders,

    Op 14 januari houden wij een open dag over de doorlopende leerroute zorg en welzijn.
    Uw kind kan kennismaken met docenten van het ROC en de praktijklokalen bekijken.

    Met vriendelijke groet,
    De directie
    """
    report = check_document(write_text(letter))
    assert [r.status for r in report.requirements] == ["missing"] * 10
    assert report.verdict == "non_compliant"
    assert any(f.code == "not_an_agreement" for f in report.findings)


def _findings(report, item):
    return {f.code for f in report.requirements["abcdefghij".index(item)].findings}


def test_overstap_only_to_entree_is_weak(write_text):
    body = "Een leerling die de route verlaat, wordt door de school en het ROC samen aangemeld voor de Entree-opleiding."
    report = check_document(write_text(_replace_article(FULL, 6, body)))
    assert report.requirements[5].status == "weak"
    assert "entree_only" in _findings(report, "f")


def test_overstap_imposing_vooropleidingseisen_contradicts_the_statute(write_text):
    body = (
        "Een leerling die de route verlaat, kan overstappen naar een andere mbo-opleiding van de instelling "
        "op hetzelfde niveau, mits hij voldoet aan de vooropleidingseisen. De mentor beslist samen met de ouders."
    )
    report = check_document(write_text(_replace_article(FULL, 6, body)))
    assert report.requirements[5].status == "weak"
    assert "contradicts_statute" in _findings(report, "f")


def test_a_template_instruction_left_in_does_not_make_the_route_integrated(write_text):
    text = FULL.replace(
        "komen als volgt overeen:",
        "komen als volgt overeen:\n[Neem de standaardtekst over. Pas alleen aan als partijen een geïntegreerd "
        "onderwijsprogramma verzorgen.]",
    )
    report = check_document(write_text(text))
    assert report.document.route == "doorlopende_leerroute"


def test_integrated_route_needs_a_guaranteed_passende_plek(write_text):
    text = FULL.replace("doorlopende leerroute vmbo-mbo", "geïntegreerde route vmbo-basis mbo-2", 1)
    report = check_document(write_text(text))
    assert report.document.route == "geintegreerde_route"
    assert report.requirements[5].status == "weak"
    assert "passende_plek_missing" in _findings(report, "f")
    guaranteed = text.replace(
        "het alternatief.", "het alternatief; de leerling is altijd verzekerd van een passende plek."
    )
    assert check_document(write_text(guaranteed, "b.txt")).requirements[5].status == "present"


@pytest.mark.parametrize(
    "promise",
    [
        "Een leerling gaat nooit automatisch naar de Entree-opleiding.",
        "Een leerling die stopt, heeft recht op een plek in een andere opleiding op niveau 2.",
        "Wie stopt, krijgt altijd een vervolg met een diploma in zicht.",
    ],
)
def test_integrated_route_place_promised_in_other_words(write_text, promise):
    text = FULL.replace("doorlopende leerroute vmbo-mbo", "geïntegreerde route vmbo-basis mbo-2", 1)
    text = text.replace("het alternatief.", f"het alternatief. {promise}")
    report = check_document(write_text(text))
    assert report.requirements[5].status == "present", _findings(report, "f")


def test_saying_arrangements_may_be_made_is_no_deferral(write_text):
    text = _replace_article(
        FULL, 8, "Je kunt aanvullende afspraken maken over medezeggenschap; daar is niet voor gekozen."
    )
    assert statuses(write_text(text))["h"] == "not_applicable"


def test_quoted_email_proposals_and_covering_mail_are_not_the_agreement(write_text):
    mail = (
        "Van: de school\nOnderwerp: tekst\n\nHoi, het voorstel over de mediator nemen we niet over.\n\n"
        + FULL
        + "\n\n> Voorstel: geschillen gaan naar een mediator en daarna naar de rechtbank.\n"
    )
    text = _replace_article(mail, 9, "Partijen lossen geschillen in onderling overleg op.")
    path = write_text(text)
    assert statuses(path)["i"] == "weak"
    report = check_document(path)
    assert any("aangehaalde tekst" in f.message for f in report.findings)


def test_accounting_without_saying_to_whom_is_weak(write_text):
    body = (
        "De stuurgroep stelt elk kwartaal een voortgangsrapportage op en bespreekt die in haar eigen "
        "vergadering; het jaarverslag wordt op de website van de route gepubliceerd."
    )
    report = check_document(write_text(_replace_article(FULL, 4, body)))
    d = report.requirements[3]
    assert d.status == "weak"
    assert {f.element for f in d.findings if f.code == "element_missing"} == {"ontvanger"}


def test_a_note_that_says_it_is_no_part_of_the_agreement_arranges_nothing(write_text):
    note = (
        "Toelichting\n"
        "Geen onderdeel van de afspraken - leeshulp voor het kernteam.\n"
        "Elders verzorgen leerbedrijven gastlessen en bieden zij stageplaatsen; werkgevers adviseren "
        "twee keer per jaar over het programma."
    )
    text = _replace_article(FULL, 2, None).replace("Aldus overeengekomen", f"{note}\n\nAldus overeengekomen")
    report = check_document(write_text(text))
    b = report.requirements[1]
    assert b.status == "missing"
    assert any("toelichting" in f.message for f in b.findings if f.code == "mentioned_outside_operative_text")
    # the same text without the sentence that sets it apart arranges b
    assert (
        statuses(
            write_text(text.replace("Geen onderdeel van de afspraken - leeshulp voor het kernteam.\n", ""))
        )["b"]
        == "present"
    )


def test_an_answer_is_read_with_its_short_question(write_text):
    body = (
        "Een leerling die de route verlaat, kan in de vo-fase overstappen naar de reguliere "
        "kaderberoepsgerichte leerweg en daar het vmbo-diploma halen.\n"
        "Wie beslist?\n"
        "De mentor en de loopbaanbegeleider."
    )
    assert statuses(write_text(_replace_article(FULL, 6, body)))["f"] == "present"
    unanswered = body.replace("Wie beslist?\n", "")
    assert statuses(write_text(_replace_article(FULL, 6, unanswered)))["f"] == "weak"


def test_a_heading_with_the_name_given_to_the_leiding_is_about_the_leiding(write_text):
    body = (
        "De route wordt geleid door de routetafel: de teamleider van de school en de opleidingsmanager "
        "van de instelling. Elk bestuur wijst zijn eigen lid aan voor twee jaar."
    )
    powers = (
        "Artikel 3a Wat de routetafel zelf mag\n"
        "Zij stelt het jaarrooster vast en beslist over de inzet van docenten en de verdeling van het budget."
    )
    text = _replace_article(FULL, 3, body).replace(
        "Artikel 4 Verantwoording", f"{powers}\nArtikel 4 Verantwoording"
    )
    report = check_document(write_text(text))
    c = report.requirements[2]
    assert c.status == "present"
    assert any(e.section.startswith("Artikel 3a") for e in c.evidence)
    # without that article the powers are missing
    assert statuses(write_text(_replace_article(FULL, 3, body)))["c"] == "weak"


def test_words_of_an_item_in_different_sentences_of_another_article_do_not_arrange_it(write_text):
    vague = "Het regionale werkveld wordt betrokken bij de invulling van de leerroute."
    text = _replace_article(FULL, 2, vague).replace(
        "Programma en examinering per leerjaar staan in het PTA/OER.",
        "De mbo-fase wordt verzorgd bij de instelling en bij leerbedrijven. Programma, examinering en "
        "bpv per leerjaar staan in het PTA/OER.",
    )
    assert statuses(write_text(text))["b"] == "weak"


def test_a_procedure_ending_in_advice_that_binds_nobody_settles_no_dispute(write_text):
    body = (
        "Een geschil wordt eerst in de stuurgroep besproken. Lukt een oplossing niet binnen vier weken, "
        "dan vragen partijen een onafhankelijke deskundige om advies. Het advies bindt partijen niet; "
        "daarna hervatten partijen het overleg."
    )
    report = check_document(write_text(_replace_article(FULL, 9, body)))
    i = report.requirements[8]
    assert i.status == "weak"
    assert any(f.code == "dispute_not_settled" for f in i.findings)
    decided = body.replace("daarna hervatten partijen het overleg.", "daarna beslist de bevoegde rechter.")
    assert statuses(write_text(_replace_article(FULL, 9, decided)))["i"] == "present"


def test_no_transfer_one_way_does_not_hide_a_transfer_without_its_size(write_text):
    body = (
        "De school draagt een deel van haar bekostiging over aan de instelling, bestemd voor de inzet "
        "van docenten van de instelling in de vo-fase. De instelling draagt geen bekostiging over aan "
        "de school."
    )
    report = check_document(write_text(_replace_article(FULL, 7, body)))
    g = report.requirements[6]
    assert g.status == "weak"
    assert {f.element for f in g.findings if f.code == "element_missing"} == {"omvang"}


@pytest.mark.parametrize(
    ("item", "article", "body", "expected"),
    [
        # the statutory regimes told, and what the law allows: no arrangement
        (
            "h",
            8,
            "Op de medezeggenschap zijn de wettelijke regels van toepassing. De wet laat ruimte voor "
            "aanvullende afspraken over de medezeggenschap; die kunnen partijen later maken.",
            "not_applicable",
        ),
        # left to a paragraph still to be written
        (
            "h",
            8,
            "Partijen verklaren dat de medezeggenschap rond de route nadere regeling behoeft. De "
            "inrichting daarvan wordt vastgelegd in een paragraaf die partijen voor 1 januari zullen opstellen.",
            "weak",
        ),
        # "draagt zorg voor" is a task, not a nomination ("draagt ... voor")
        (
            "c",
            3,
            "De leiding berust bij een stuurgroep van de teamleider en de opleidingsmanager. De stuurgroep "
            "draagt zorg voor het rooster en beslist over de inzet van docenten.",
            "weak",
        ),
        # a transfer whose verb and particle stand far apart, with omvang and bestemming
        (
            "g",
            7,
            "De school draagt met toepassing van artikel 5.42a WVO 2020 voor iedere leerling die op 1 "
            "oktober in leerjaar 3 of 4 van de route staat ingeschreven € 600 per schooljaar over aan de "
            "instelling. Dat bedrag is bestemd voor de lesuren van de docent Retail. Verder draagt ieder "
            "zijn eigen kosten.",
            "present",
        ),
        # the profile abbreviated with "&", the level in brackets after the qualification
        (
            "a",
            1,
            "De route loopt van de kaderberoepsgerichte leerweg Z&W naar Verzorgende-IG (3).",
            "present",
        ),
        ("a", 1, "Van vmbo-kader Zorg & Welzijn naar Allround medewerker zorg.", "present"),
        # taking responsibility for something, or lending the leiding a secretary, appoints nobody
        (
            "c",
            3,
            "De stuurgroep bestaat uit de afdelingsleider van de school en de opleidingsmanager, die "
            "managementverantwoordelijkheid draagt voor de opleiding. Het ROC stelt een ambtelijk secretaris ter "
            "beschikking aan de stuurgroep. De stuurgroep stelt het rooster vast.",
            "weak",
        ),
        # what the law allows, however put, is no deferral of an arrangement
        (
            "h",
            8,
            "De wet biedt scholen en instellingen de mogelijkheid om aanvullende afspraken over "
            "medezeggenschap te maken.",
            "not_applicable",
        ),
        # a road is no level
        ("a", 1, "De route loopt van de kaderberoepsgerichte leerweg Z&W naar de locatie aan de N3.", "weak"),
        # talking a dispute over in the boards' own meeting settles nothing
        (
            "i",
            9,
            "Ontstaat tussen partijen verschil van mening over de uitvoering van deze overeenkomst, dan bespreken "
            "zij dit in het bestuurlijk overleg. Partijen lossen zo'n verschil van mening in goed onderling overleg op.",
            "weak",
        ),
        # laying a dispute before a committee that advises bindingly settles it
        (
            "i",
            9,
            "Het routeteam probeert een verschil van inzicht eerst zelf op te lossen. Lukt dat niet binnen drie "
            "weken, dan legt elk van de partijen de zaak voor aan een commissie van drie personen, die bindend "
            "adviseert.",
            "present",
        ),
        # reporting to "ons" in the boards' own voice reaches them
        (
            "d",
            4,
            "Het routeteam stuurt ons elk jaar voor 1 oktober een verslag over de aantallen leerlingen, wie stopte "
            "en waarom, en de examenuitslagen.",
            "present",
        ),
        # a practice bakery is a facility
        (
            "e",
            5,
            "Leerjaar 1 en 2 worden verzorgd op de locatie Oranjepark van de school, met de eigen praktijkbakkerij "
            "van de school; vanaf leerjaar 3 in het Bakkerijcentrum van de instelling. De docenten van beide "
            "partijen vormen een routeteam. Programma en examinering per leerjaar staan in het PTA/OER.",
            "present",
        ),
        # saying the legal rules apply arranges no medezeggenschap
        (
            "h",
            8,
            "Voor de medezeggenschap gelden de wettelijke regels. Partijen kunnen aanvullende afspraken maken over "
            "de medezeggenschap indien zij dat wenselijk achten.",
            "not_applicable",
        ),
        # a semester note to both boards is a form of reporting
        (
            "d",
            4,
            "De leiding stuurt beide besturen uiterlijk 1 februari en 1 juli een semesternotitie.",
            "present",
        ),
        # admission rules waived in a longer clause: "zonder dat hem de normale toelatingseisen ..."
        (
            "f",
            6,
            "Een leerling die de route verlaat, kan in de vo-fase overstappen naar de reguliere "
            "kaderberoepsgerichte leerweg; in de mbo-fase kan hij verder in een andere opleiding op niveau 2, "
            "zonder dat hem de normale toelatingseisen worden tegengeworpen. De mentor en de loopbaanbegeleider "
            "bepalen samen met de leerling en zijn ouders het alternatief.",
            "present",
        ),
        (
            "f",
            6,
            "Een leerling die de route verlaat, kan in de vo-fase overstappen naar de reguliere "
            "kaderberoepsgerichte leerweg; in de mbo-fase kan hij verder in een andere opleiding op niveau 2, "
            "zonder opnieuw te worden getoetst aan vooropleidingseisen. De mentor en de loopbaanbegeleider "
            "bepalen samen met de leerling en zijn ouders het alternatief.",
            "present",
        ),
        # a duty its bearer may waive is no duty
        (
            "d",
            4,
            "De stuurgroep stuurt beide besturen jaarlijks voor 1 november een schriftelijke rapportage, tenzij de "
            "stuurgroep van oordeel is dat de ontwikkelingen daartoe geen aanleiding geven.",
            "weak",
        ),
        # looking for the place together with the pupil, or agreeing on it with him, is deciding with him
        *(
            (
                "f",
                6,
                "Een leerling die de route verlaat, kan in de vo-fase overstappen naar de reguliere "
                f"kaderberoepsgerichte leerweg en daar het vmbo-diploma halen. {decides}",
                "present",
            )
            for decides in (
                "Voor hem zoeken de school en de instelling samen, met de leerling en zijn ouders, naar de plek "
                "die het best past.",
                "Welke plek het wordt, spreken de school en de instelling samen af met de leerling en zijn ouders.",
            )
        ),
    ],
)
def test_item_wording(write_text, item, article, body, expected):
    assert statuses(write_text(_replace_article(FULL, article, body)))[item] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # drawing a sector into the route addresses b, even when only intended ...
        ("We willen de horeca in de regio graag bij de route betrekken en verkennen hoe dat kan.", "weak"),
        # ... but drawing in the parents does not
        ("Ouders worden bij de route betrokken via twee ouderavonden per jaar.", "missing"),
    ],
)
def test_who_is_drawn_into_the_route_under_a_heading_that_names_no_item(write_text, body, expected):
    text = _replace_article(FULL, 2, body).replace("Artikel 2 Bedrijfsleven", "Artikel 2 Samen met de regio")
    assert statuses(write_text(text))["b"] == expected


def test_a_retelling_of_the_law_arranges_no_medezeggenschap(write_text):
    body = (
        "Ouders en leerlingen praten mee via de medezeggenschapsraad van de school. Zodra uw kind in "
        "het mbo zit, kan dat via de studentenraad. Zo staat het in de wet."
    )
    assert statuses(write_text(_replace_article(FULL, 8, body)))["h"] == "not_applicable"
    arranged = body.replace(
        "Zo staat het in de wet.", "Partijen vormen daarnaast een gezamenlijke routeraad."
    )
    assert statuses(write_text(_replace_article(FULL, 8, arranged)))["h"] == "present"


def test_the_legal_regimes_in_other_words_arrange_no_medezeggenschap(write_text):
    body = (
        "Op de route zijn de wettelijke medezeggenschapsregels van toepassing: zolang de leerling bij de "
        "school staat ingeschreven de Wet medezeggenschap op scholen, daarna hoofdstuk 8a van de WEB. Voor "
        "het personeel gelden de regels van de eigen werkgever. Partijen kunnen aanvullende afspraken maken."
    )
    assert statuses(write_text(_replace_article(FULL, 8, body)))["h"] == "not_applicable"
    arranged = body.replace(
        "Partijen kunnen aanvullende afspraken maken.",
        "Daarnaast vormen partijen een gezamenlijke ouderraad.",
    )
    assert statuses(write_text(_replace_article(FULL, 8, arranged)))["h"] == "present"


def test_a_sentence_opening_with_dat_in_an_article_is_no_consideration(write_text):
    body = (
        "Dat willen we graag. Het streven is dat zorginstellingen een rol krijgen, bijvoorbeeld met "
        "gastlessen en meeloopdagen."
    )
    report = check_document(write_text(_replace_article(FULL, 2, body)))
    b = report.requirements[1]
    assert b.status == "weak"
    assert any(f.code == "intention_only" for f in b.findings)


def test_the_rows_of_a_short_table_that_names_the_item_are_read_together(write_text):
    table = (
        "| Onderdeel | Afspraak |\n|---|---|\n"
        "| Wie | De routeploeg: de teamleider van de school en de opleidingsmanager van de instelling |\n"
        "| Hoe je erin komt | Elk college van bestuur zet zijn eigen mens per brief op de route, voor twee jaar |\n"
        "| Wat ze doen | het rooster, de planning van de lessen, de inzet van docenten en de intake |"
    )
    text = _replace_article(FULL, 3, table).replace("Artikel 3 Leiding", "Artikel 3 De uitvoerders")
    report = check_document(write_text(text, name="overeenkomst.md"))
    c = report.requirements[2]
    assert c.status == "present", [f.message for f in c.findings]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "De stuurgroep legt elk half jaar een voortgangsrapportage voor aan het college van bestuur van "
            "de instelling, dat als penvoerder optreedt.",
            "weak",  # the school's board hears nothing
        ),
        (
            "De stuurgroep legt elk half jaar een voortgangsrapportage voor aan het bestuur van de school "
            "en aan het college van bestuur van de instelling.",
            "present",
        ),
        ("De stuurgroep stuurt beide besturen elk kwartaal een voortgangsrapportage.", "present"),
        (
            "De stuurgroep legt elk half jaar een voortgangsrapportage voor aan het college van bestuur van "
            "de instelling. Het bestuur van de school ontvangt er tegelijk een afschrift van.",
            "present",  # the other board is named in the same paragraph
        ),
    ],
)
def test_verantwoording_to_one_board_only_is_weak(write_text, body, expected):
    report = check_document(write_text(_replace_article(FULL, 4, body)))
    d = report.requirements[3]
    assert d.status == expected
    if expected == "weak":
        assert [f.element for f in d.findings if f.code == "one_party_only"] == ["ontvanger"]
        assert "2.107b lid 2 onder c" in next(f.message for f in d.findings if f.code == "one_party_only")
        assert d.suggestion


def test_subject_named_after_a_room_is_no_facility(write_text):
    base = (
        "De route wordt gegeven op de locatie Monsterseweg van de school en op de campus van de instelling. "
        "Vmbo- en mbo-docenten vormen een team met teambevoegdheid; een docent van de instelling geeft op de "
        "school de vakken keuken en bediening. Programma en examinering per leerjaar staan in het PTA/OER."
    )
    e = check_document(write_text(_replace_article(FULL, 5, base))).requirements[4]
    assert e.status == "weak"
    assert [f.element for f in e.findings if f.code == "element_missing"] == ["faciliteiten"]
    shared = base + " De school stelt haar keuken beschikbaar voor de praktijklessen."
    assert statuses(write_text(_replace_article(FULL, 5, shared)))["e"] == "present"


def test_amending_agreement_instruction_is_no_template_gap(write_text):
    # "Artikel 8 komt te luiden:" ends in a colon; the new article follows, nothing was left to fill in
    text = FULL.replace(
        "Artikel 8 Medezeggenschap\n", "Artikel 8 Medezeggenschap\nArtikel 8 komt te luiden:\n"
    )
    report = check_document(write_text(text))
    h = report.requirements[7]
    assert h.status == "present"
    assert not any(f.code == "placeholder" for f in h.findings)


def test_arrangement_left_to_an_annex_that_is_not_there_is_weak(write_text):
    body = (
        "De school draagt een deel van haar bekostiging over aan de instelling, bestemd voor "
        "de inzet van mbo-docenten. De omvang van de over te dragen middelen is vastgelegd in bijlage B."
    )
    g = check_document(write_text(_replace_article(FULL, 7, body))).requirements[6]
    assert g.status == "weak"
    assert any(f.code == "missing_annex" and "bijlage B" in f.message for f in g.findings)
    with_annex = _replace_article(FULL, 7, body).replace(
        "Aldus overeengekomen",
        "Bijlage B Bedragen\nDe school draagt 1.100 euro per leerling over.\n\nAldus overeengekomen",
    )
    g = check_document(write_text(with_annex)).requirements[6]
    assert not any(f.code == "missing_annex" for f in g.findings)


def test_reference_to_a_committee_the_article_never_sets_up_arranges_nothing(write_text):
    body = (
        "Een geschil wordt eerst in de stuurgroep besproken. Lukt dat niet binnen zes weken, dan wordt het "
        "geschil voorgelegd aan de in artikel 4 genoemde geschillencommissie, die bindend beslist."
    )
    i = check_document(write_text(_replace_article(FULL, 9, body))).requirements[8]
    assert i.status == "weak"
    assert any(f.code == "broken_reference" and "artikel 4" in f.message for f in i.findings)


def test_table_row_is_read_under_its_topic_cell(write_text):
    body = (
        "| Onderdeel | Afspraak |\n|---|---|\n"
        "| Wie | De routeploeg: de teamleider van de school en de opleidingsmanager van de instelling |\n"
        "| Hoe je erin komt | Elk bestuur wijst zijn eigen lid schriftelijk aan, voor twee jaar |\n"
        "| Wat ze zelf mogen beslissen | rooster, inzet van docenten binnen de uren van de besturen, uitgaven tot € 5.000 |\n"
    )
    c = check_document(write_text(_replace_article(FULL, 3, body), "overeenkomst.md")).requirements[2]
    assert c.status == "present"
    assert c.elements["taken"]


@pytest.mark.parametrize(
    "body",
    [
        # "ten minste" and "telkens" here say what the report holds, not when it comes
        "De stuurgroep stuurt beide besturen een voortgangsrapportage met ten minste de instroom en de uitval, "
        "telkens afgezet tegen de streefwaarden.",
        "De stuurgroep stuurt beide besturen een verslag over de route Uiterlijke verzorging.",
    ],
)
def test_verantwoording_without_a_moment_is_weak(write_text, body):
    d = check_document(write_text(_replace_article(FULL, 4, body))).requirements[3]
    assert d.status == "weak"
    assert [f.element for f in d.findings if f.code == "element_missing"] == ["frequentie"]


def test_tasks_the_leiding_sets_in_the_passive_are_taken(write_text):
    body = (
        "De leiding berust bij een stuurgroep van de teamleider en de opleidingsmanager, die ieder door het "
        "eigen bevoegd gezag worden benoemd. Het jaarrooster en de inzet van docenten worden door de "
        "stuurgroep vastgesteld."
    )
    c = check_document(write_text(_replace_article(FULL, 3, body))).requirements[2]
    assert c.status == "present"


def test_saying_the_law_is_followed_and_what_the_raden_can_do_arranges_no_medezeggenschap(write_text):
    body = (
        "Voor inspraak volgen wij de wet. De medezeggenschapsraad van de school en de studentenraad van de "
        "instelling kunnen advies geven over de route."
    )
    assert statuses(write_text(_replace_article(FULL, 8, body)))["h"] == "not_applicable"
    # an extra arrangement after the same opening still counts
    extra = (
        body
        + " Daarnaast mogen leerlingen in de vo-fase met een eigen vertegenwoordiger deelnemen aan de studentenraad."
    )
    assert statuses(write_text(_replace_article(FULL, 8, extra)))["h"] == "present"


def test_a_body_whose_make_up_and_powers_are_left_for_later_arranges_nothing(write_text):
    body = (
        "Wij richten een gezamenlijke medezeggenschapscommissie voor de route op. De samenstelling, de "
        "bevoegdheden en de werkwijze van deze commissie worden nader uitgewerkt in een reglement."
    )
    h = check_document(write_text(_replace_article(FULL, 8, body))).requirements[7]
    assert h.status == "weak"
    assert any(f.code == "deferred" for f in h.findings)


def test_a_transfer_whose_use_is_fixed_each_year_in_a_plan_is_weak(write_text):
    body = (
        "De school draagt jaarlijks € 900 per leerling van haar bekostiging over aan de instelling. Waaraan de "
        "instelling de overgedragen middelen besteedt, leggen partijen jaarlijks vast in het routejaarplan. De "
        "in de overeenkomst 2021 opgenomen bijdrage in de materiaalkosten vervalt."
    )
    g = check_document(write_text(_replace_article(FULL, 7, body))).requirements[6]
    assert g.status == "weak"
    assert "bestemming" not in {k for k, v in g.elements.items() if v}


def test_entry_requirements_waived_later_in_the_clause_are_no_contradiction(write_text):
    body = (
        FULL.split("Artikel 6 Overstapoptie\n")[1].split("\n\nArtikel 7")[0]
        + " Vooropleidingseisen worden bij een overstap binnen de instelling niet gesteld."
    )
    f = check_document(write_text(_replace_article(FULL, 6, body))).requirements[5]
    assert f.status == "present"
    assert not any(x.code == "contradicts_statute" for x in f.findings)


def test_a_heading_on_inlichtingen_is_no_section_on_inrichting():
    from checker.match import heading_matches
    from checker.requirements import load_requirements

    by_id = {r.id: r for r in load_requirements()}
    assert not heading_matches("Rekenschap en inlichtingen", by_id["e"].heading_aliases)
    assert heading_matches("Rekenschap en inlichtingen", by_id["d"].heading_aliases)
    assert heading_matches("Inrichtng van het onderwijs", by_id["e"].heading_aliases)  # a typo still counts


def test_saying_outright_that_no_extra_medezeggenschap_is_arranged_is_not_applicable(write_text):
    body = (
        "Partijen maken geen aanvullende afspraken over medezeggenschap. In de vo-fase geldt de Wet "
        "medezeggenschap op scholen, in de mbo-fase de WEB."
    )
    h = check_document(write_text(_replace_article(FULL, 8, body))).requirements[7]
    assert h.status == "not_applicable"


def test_the_pupils_a_transfer_is_counted_for_are_no_bestemming(write_text):
    body = (
        "De school draagt jaarlijks 18 procent van de personele bekostiging die zij voor de leerlingen in de "
        "vo-fase ontvangt over aan de instelling."
    )
    g = check_document(write_text(_replace_article(FULL, 7, body))).requirements[6]
    assert g.status == "weak"
    assert [f.element for f in g.findings if f.code == "element_missing"] == ["bestemming"]


def test_a_heading_that_only_mentions_the_route_is_no_section_on_the_route(write_text):
    from checker.extract import extract
    from checker.language import load_language
    from checker.match import item_sections
    from checker.requirements import load_requirements
    from checker.segment import segment

    text = FULL.replace("Artikel 1 De leerroute", "Artikel 1 De route").replace(
        "Artikel 3 Leiding", "Artikel 3 Bemanning van de route"
    )
    clauses = segment(extract(write_text(text)), load_language())
    a = next(r for r in load_requirements() if r.id == "a")
    assert [c.title for c in item_sections(a, clauses)] == ["De route"]
    assert statuses(write_text(text))["c"] == "present"


@pytest.mark.parametrize(
    ("item", "article", "body", "expected"),
    [
        # "Ter informatie: de medezeggenschap is wettelijk geregeld" arranges nothing
        (
            "h",
            8,
            "Ter informatie: de medezeggenschap is wettelijk geregeld. In de vmbo-fase geldt de WMS, in de "
            "mbo-fase de WEB.",
            "not_applicable",
        ),
        # a named firm in a compound counts as the bedrijfsleven
        (
            "b",
            2,
            "Hoveniersbedrijf Groot Wassink verzorgt ieder jaar praktijkopdrachten en gastlessen en biedt "
            "bpv-plaatsen.",
            "present",
        ),
    ],
)
def test_more_item_wording(write_text, item, article, body, expected):
    assert statuses(write_text(_replace_article(FULL, article, body)))[item] == expected


def test_lessons_named_after_a_room_are_no_facility(write_text):
    body = (
        "De route wordt gegeven op de locatie Monsterseweg van de school en op de campus van de instelling. "
        "Docenten van beide partijen vormen één team met teambevoegdheid voor de lessen Keuken en gast. "
        "Programma en examinering per leerjaar staan in het PTA/OER."
    )
    e = check_document(write_text(_replace_article(FULL, 5, body))).requirements[4]
    assert e.status == "weak"
    assert [f.element for f in e.findings if f.code == "element_missing"] == ["faciliteiten"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "komen als volgt overeen:",
            "Een interne regeling als bedoeld in artikel 2.107b, derde lid, WVO 2020 is niet aan de orde.\n\n"
            "komen als volgt overeen:",
        ),
        # said in passing
        (
            "komen als volgt overeen:",
            "Het gaat om twee rechtspersonen; daarom leggen zij hun afspraken vast in deze overeenkomst (en "
            "niet in een interne regeling).\n\nkomen als volgt overeen:",
        ),
        # the title names an overeenkomst, whatever the considerations say about an interne regeling
        (
            "Overwegende dat partijen",
            "Overwegende dat voor een route die geheel binnen het AOC wordt verzorgd een interne regeling zou "
            "volstaan, maar deze route met een school onder een ander bevoegd gezag wordt verzorgd; dat partijen",
        ),
    ],
)
def test_saying_it_is_no_interne_regeling_keeps_the_agreement(write_text, old, new):
    report = check_document(write_text(FULL.replace(old, new)))
    assert report.document.type == "samenwerkingsovereenkomst"
    assert report.requirements[8].status == "present"


@pytest.mark.parametrize("title", ["Samenwerkingsconvenant", "Samenwerkingsakkoord"])
def test_a_title_naming_a_convenant_or_akkoord_keeps_the_agreement(write_text, title):
    text = FULL.replace("Samenwerkingsovereenkomst doorlopende leerroute", f"{title} doorlopende leerroute")
    text = text.replace(
        "Overwegende dat partijen",
        "Overwegende dat voor een route binnen één instelling een interne regeling zou volstaan; dat partijen",
    )
    report = check_document(write_text(text))
    assert report.document.type == "samenwerkingsovereenkomst"
    assert report.requirements[8].status == "present"


def test_a_switch_allowed_only_with_the_vmbo_diploma_contradicts_the_statute(write_text):
    body = (
        "Een leerling die in de mbo-fase stopt, kan overstappen naar een andere opleiding op niveau 2 van de "
        "instelling, mits hij het vmbo-diploma heeft behaald. De mentor en de loopbaanbegeleider bepalen samen "
        "met de leerling en zijn ouders het alternatief."
    )
    report = check_document(write_text(_replace_article(FULL, 6, body)))
    f = report.requirements[5]
    assert f.status == "weak"
    assert any(x.code == "contradicts_statute" for x in f.findings)
    elsewhere = body.replace("van de instelling, mits", "bij een andere instelling, mits")
    assert statuses(write_text(_replace_article(FULL, 6, elsewhere)))["f"] == "present"


def test_an_overview_of_changed_articles_arranges_nothing(write_text):
    text = _replace_article(FULL, 8, "[PM: tekst volgt na advies van de medezeggenschapsraad]")
    text = text.replace(
        "Aldus overeengekomen",
        "Overzicht van de wijzigingen\nArtikel 8: nieuw artikel over medezeggenschap van leerlingen en "
        "ouders.\n\nAldus overeengekomen",
    )
    assert statuses(write_text(text))["h"] == "weak"


def test_who_decides_left_open_in_so_many_words_is_not_arranged(write_text):
    body = (
        "Een leerling die de route verlaat, kan in de vo-fase overstappen naar de reguliere kaderberoepsgerichte "
        "leerweg; in de mbo-fase kan hij een andere mbo-opleiding op hetzelfde niveau volgen. Wie bepaalt welke "
        "mogelijkheid een leerling krijgt, is in het overleg van partijen niet vastgesteld: de school wilde dat "
        "bij de mentor leggen, de instelling bij de intakecommissie."
    )
    report = check_document(write_text(_replace_article(FULL, 6, body)))
    assert report.requirements[5].status == "weak"


@pytest.mark.parametrize(
    "sentence",
    [
        "Wie dan al in de route zit, maakt hem af.",
        "Nieuwe leerlingen starten na een opzegging niet meer.",
    ],
)
def test_running_pupils_finishing_the_route_in_other_words_protects_them(write_text, sentence):
    body = (
        "Een andere school kan toetreden als alle partijen schriftelijk instemmen. Opzegging kan schriftelijk "
        f"met een termijn van twaalf maanden. Wijzigingen worden schriftelijk overeengekomen. {sentence}"
    )
    assert statuses(write_text(_replace_article(FULL, 10, body)))["j"] == "present"
    without = body.replace(sentence, "")
    assert statuses(write_text(_replace_article(FULL, 10, without)))["j"] == "weak"


@pytest.mark.parametrize(
    "body",
    [
        "Van overdracht van bekostiging tussen partijen is in deze samenwerking geen sprake. Iedere partij "
        "draagt de detachering van docenten uit haar eigen rijksbijdrage.",
        "Iedere partij bekostigt haar eigen inzet in de route uit haar rijksbijdrage.",
    ],
)
def test_saying_in_other_words_that_no_money_moves_is_no_transfer(write_text, body):
    report = check_document(write_text(_replace_article(FULL, 7, body)))
    g = report.requirements[6]
    assert g.status == "present"
    assert any(x.code == "no_transfer" for x in g.findings)


def test_a_letter_names_the_bedrijfsleven_only_in_its_background(write_text):
    letter = """
Aan het college van bestuur van Stichting ROC Haaglanden Zuid

Onderwerp: samenwerkingsovereenkomst doorlopende leerroute Zorg

Geacht college,

De aanleiding kent u: zorginstellingen in het Westland komen verzorgenden tekort, en het bedrijfsleven
in de regio heeft ons gevraagd meer jongeren op te leiden.

Met deze brief leggen wij de afspraken vast die wij met u hebben gemaakt. Wanneer u de brief voor
akkoord tekent, geldt zij als de samenwerkingsovereenkomst tussen uw stichting en de onze.

De route verbindt het vmbo-profiel Zorg en welzijn (kaderberoepsgerichte leerweg) met de mbo-opleiding
Verzorgende-IG, niveau 3. De leiding berust bij een stuurgroep van de teamleider en de opleidingsmanager.

De stuurgroep stuurt beide besturen elk kwartaal een voortgangsrapportage.

De route wordt gegeven op de locatie Monsterseweg van de school en op de campus van de instelling.

Er wordt tussen ons geen bekostiging overgedragen; ieder draagt de eigen kosten.

Met vriendelijke groet,
Stichting Openbaar Voortgezet Onderwijs Westland
"""
    assert statuses(write_text(letter))["b"] == "missing"


def test_an_interne_regeling_that_also_binds_another_board_is_an_agreement(write_text):
    text = _replace_article(_replace_article(_replace_article(FULL, 8, None), 9, None), 10, None)
    text = text.replace(
        "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
        "Regeling doorlopende leerroute vmbo-mbo\nDeel A: interne regeling van het AOC. Deel B: "
        "samenwerkingsovereenkomst met Stichting Openbaar Voortgezet Onderwijs Westland.",
    )
    report = check_document(write_text(text))
    assert report.document.type == "samenwerkingsovereenkomst"
    assert [r.status for r in report.requirements][8:] == ["missing", "missing"]
    only_internal = text.replace(
        " Deel B: samenwerkingsovereenkomst met Stichting Openbaar Voortgezet Onderwijs Westland.", ""
    )
    assert check_document(write_text(only_internal)).document.type == "interne_regeling"


def test_named_salons_and_studios_are_the_bedrijfsleven(write_text):
    body = (
        "Kapsalon Lotte (Goes), Haarstudio Zeewind (Middelburg) en Salon Kopstuk (Kapelle) nemen iedere "
        "student op voor de stage en geven in leerjaar 4 elk twee demonstratielessen."
    )
    assert statuses(write_text(_replace_article(FULL, 2, body)))["b"] == "present"


def test_saying_the_parties_are_free_to_add_arrangements_arranges_no_medezeggenschap(write_text):
    body = (
        "Partijen stellen vast dat op de school de Wet medezeggenschap op scholen van toepassing is en dat "
        "het partijen, voor zover zij dat wenselijk achten, vrijstaat daarbovenop aanvullende afspraken te maken."
    )
    assert statuses(write_text(_replace_article(FULL, 8, body)))["h"] == "not_applicable"


def test_a_deferral_in_a_proviso_of_a_long_sentence_leaves_the_leiding_weak(write_text):
    body = (
        "De leiding berust bij een stuurgroep van de teamleider van de school en de opleidingsmanager van de "
        "instelling, met dien verstande dat de wijze waarop de leden worden benoemd en de taken die de "
        "besturen aan de stuurgroep opdragen, nader zullen worden vastgelegd in het routeplan."
    )
    report = check_document(write_text(_replace_article(FULL, 3, body)))
    c = report.requirements[2]
    assert c.status == "weak"
    assert any(f.code == "deferred" for f in c.findings)


def test_reporting_to_us_both_reaches_both_boards(write_text):
    body = (
        "Twee keer per jaar stuurt de stuurgroep ons allebei een voortgangsverslag. De directeur van de school "
        "stuurt het verslag door aan het college van bestuur van de instelling."
    )
    assert statuses(write_text(_replace_article(FULL, 4, body)))["d"] == "present"


def test_the_leiding_s_duties_in_plain_verbs(write_text):
    body = (
        "De leiding berust bij een stuurgroep van de teamleider van de school en de opleidingsmanager van de "
        "instelling, elk aangewezen door het eigen bestuur. Zij maken het programma en rooster, verdelen de "
        "docenten en plaatsen leerlingen in de route."
    )
    assert statuses(write_text(_replace_article(FULL, 3, body)))["c"] == "present"


DEFERRED_OVERSTAP = (
    "Met het oog op de zorgvuldigheid die de begeleiding van deze leerlingen vraagt, zullen de school en de "
    "instelling, na raadpleging van de mentor en de studieloopbaanbegeleider, de concrete "
    "overstapmogelijkheden en de wijze waarop daarover wordt besloten in de loop van het schooljaar 2026-2027 "
    "uitwerken in een afzonderlijk overstapprotocol."
)


@pytest.mark.parametrize(
    ("item", "article", "body", "finding"),
    [
        # a switch only for who meets the admission rules contradicts the statute
        (
            "f",
            6,
            "Een leerling die in de vo-fase stopt, gaat verder in de reguliere kaderberoepsgerichte leerweg. Een "
            "student die daarna stopt, kan binnen de instelling overstappen naar een andere opleiding op niveau 2 of "
            "3, op voorwaarde dat hij het vmbo-diploma heeft behaald; wie dat diploma niet heeft, voldoet niet aan de "
            "toelatingseisen van de instelling. De mentor en de loopbaanbegeleider bepalen samen met de leerling en "
            "zijn ouders het alternatief.",
            "contradicts_statute",
        ),
        # a transfer told in a subordinate clause needs its size, though none moves the other way
        (
            "g",
            7,
            "Partijen komen overeen dat de school gedurende de vo-fase een deel van haar bekostiging aan de instelling "
            "overdraagt ter dekking van de inzet van de docent, waarbij de hoogte van de bijdrage jaarlijks in het "
            "bestuurlijk overleg wordt vastgesteld. In de mbo-fase draagt de instelling geen bekostiging over aan de "
            "school.",
            "omvang",
        ),
        # "partij worden" as an auxiliary ("van een andere partij worden doorgezonden") is no joining
        (
            "j",
            10,
            "Opzegging kan schriftelijk met een termijn van twaalf maanden tegen het einde van een schooljaar. "
            "Wijzigingen worden schriftelijk overeengekomen. Leerlingen die in de route zitten, ronden de route af. "
            "Klachten over personeel van een andere partij worden doorgezonden naar die partij.",
            "toetreding",
        ),
        # a mentor who discusses the options with the pupil decides nothing
        (
            "f",
            6,
            "Een leerling die de route verlaat, kan in de vo-fase overstappen naar de reguliere "
            "kaderberoepsgerichte leerweg en daar het vmbo-diploma halen; in de mbo-fase kan hij een andere "
            "mbo-opleiding op hetzelfde niveau volgen. De mentor bespreekt de mogelijkheden met de leerling en "
            "zijn ouders en zorgt voor een warme overdracht.",
            "besluit",
        ),
        # the boards keeping staff appointments to themselves appoint no leiding
        (
            "c",
            3,
            "De leiding berust bij een routeteam van de teamleider van de school en de opleidingsmanager van de "
            "instelling. Het routeteam stelt het jaarrooster vast en beslist over de inzet van docenten. Niet aan "
            "het routeteam, maar aan de besturen zelf, zijn voorbehouden: benoemen en ontslaan van personeel.",
            "benoeming",
        ),
        # working the overstap out later, in a separate protocol, is a deferral
        ("f", 6, DEFERRED_OVERSTAP, "deferred"),
        # a level named, the opleiding itself left to later: not named concretely
        (
            "a",
            1,
            "De route verbindt het vmbo-profiel Zorg en welzijn (kaderberoepsgerichte leerweg) met een "
            "vakopleiding op niveau 3 van de instelling. De precieze opleiding wordt later bepaald.",
            "mbo_opleiding",
        ),
    ],
)
def test_item_weak_with_finding(write_text, item, article, body, finding):
    """The item is weak, and a finding names the defect (its code) or the missing element."""
    report = check_document(write_text(_replace_article(FULL, article, body)))
    result = next(r for r in report.requirements if r.id == item)
    assert result.status == "weak"
    assert any(finding in (f.code, f.element) for f in result.findings)


def test_a_deferral_under_the_overstap_heading_leaves_the_inrichting_of_its_chapter_alone(write_text):
    text = _replace_article(FULL, 6, DEFERRED_OVERSTAP).replace(
        "Artikel 5 Inrichting", "Hoofdstuk 2 Onderwijs en organisatie\nArtikel 5 Locaties"
    )
    found = statuses(write_text(text))
    assert found["e"] == "present" and found["f"] == "weak"


def test_an_opleiding_chosen_per_cohort_is_not_named_wherever_the_sentence_stands(write_text):
    """A choice left to each cohort leaves the opleiding open, also under a heading that is not
    item a's ("Onderwerp")."""
    body = (
        "Partijen verzorgen een doorlopende leerroute voor leerlingen van het profiel Zorg en welzijn in de "
        "kaderberoepsgerichte leerweg. De route leidt naar een vakopleiding op niveau 3 van de instelling. Welke "
        "opleiding dat is, bepalen partijen per cohort aan de hand van de belangstelling van de leerlingen."
    )
    text = _replace_article(FULL, 1, body).replace("Artikel 1 De leerroute", "Artikel 1 Onderwerp")
    report = check_document(write_text(text))
    result = next(r for r in report.requirements if r.id == "a")
    assert result.status == "weak"
    assert any(f.element == "mbo_opleiding" for f in result.findings)


def _element(item: str, key: str):
    from checker.requirements import load_requirements

    requirement = next(r for r in load_requirements() if r.id == item)
    return next(e for e in requirement.elements if e.key == key)


def test_is_voor_names_a_destination_only_for_money_or_an_inzet():
    from checker.nlp import Sentence

    bestemming = _element("g", "bestemming")
    assert not bestemming.search(
        Sentence.of("De coördinator is het aanspreekpunt is voor leerlingen en ouders.")
    )
    assert bestemming.search(Sentence.of("Dat geld is voor: de uren van de docent en de licenties."))
    assert bestemming.search(Sentence.of("Het bedrag is voor de inzet van een praktijkdocent."))


def test_a_deferral_is_reported_for_the_item_it_postpones_only(write_text):
    """The inrichting's "bepalen partijen later" is no deferral of the bedrijfsleven, though the
    article is read for b too (it mentions stages at companies)."""
    body = (
        "De route wordt gegeven op de locatie Monsterseweg van de school en op de campus van de instelling. "
        "Vmbo- en mbo-docenten vormen een team met teambevoegdheid. De school stelt haar praktijklokalen "
        "beschikbaar, de instelling haar skillslab. Programma, examinering en stages bij bedrijven per leerjaar "
        "staan in het PTA/OER. Welke lokalen de instelling in leerjaar 4 gebruikt, bepalen partijen later."
    )
    report = check_document(write_text(_replace_article(FULL, 5, body)))
    findings = {r.id: {f.code for f in r.findings} for r in report.requirements}
    assert "deferred" in findings["e"]
    assert "deferred" not in findings["b"]


def test_overslag_is_no_verslag():
    """A port's "op- en overslag" (transshipment) is no report, though it ends in "verslag"."""
    from checker.nlp import Sentence
    from checker.requirements import load_requirements

    d = next(r for r in load_requirements() if r.id == "d")
    port = Sentence.of("De bedrijven zijn werkgevers in op- en overslag, tankopslag en warehousing.")
    assert not d.anchors.search(port) and not _element("d", "vorm").search(port)
    report = Sentence.of("De stuurgroep stuurt de besturen een kwartaalverslag.")
    assert d.anchors.search(report) and _element("d", "vorm").search(report)


def test_a_term_of_office_is_no_reporting_frequency():
    from checker.nlp import Sentence

    frequentie = _element("d", "frequentie")
    assert not frequentie.search(
        Sentence.of("De coördinatoren worden aangewezen, telkens voor twee schooljaren.")
    )
    assert frequentie.search(Sentence.of("De leiding rapporteert telkens voor 1 oktober aan de besturen."))


def test_an_unticked_option_for_the_integrated_route_leaves_the_route_doorlopend(write_text):
    text = FULL.replace(
        "komen als volgt overeen:",
        "komen als volgt overeen:\n"
        "☒ Partijen verzorgen samen een doorlopende leerroute vmbo-mbo.\n"
        "☐ Partijen verzorgen samen een geïntegreerd onderwijsprogramma (vmbo-basis - mbo niveau 2).",
    )
    report = check_document(write_text(text))
    assert report.document.route == "doorlopende_leerroute"
    assert report.requirements[5].status == "present"  # no passende plek asked of a doorlopende route


PROSE = """Stichting Openbaar Voortgezet Onderwijs Gouda en Stichting ROC Midden-Holland, hierna: partijen, sluiten
deze samenwerkingsovereenkomst over hun doorlopende leerroute vmbo-mbo en komen het volgende overeen.

De route verbindt het vmbo-profiel Horeca, bakkerij en recreatie (basisberoepsgerichte leerweg) met de
mbo-opleiding Bakker, niveau 2, in het opleidingsdomein Horeca en bakkerij.

Voor de dagelijkse leiding van de route is er een routeteam van de teamleider van de school en de
opleidingsmanager van het ROC. Het routeteam maakt het jaarprogramma, plant de stages en beslist over
toelating tot de route.

Over de medezeggenschap spreken wij het volgende af. Ouders van routeleerlingen kiezen elk jaar een
vertegenwoordiger, die door de medezeggenschapsraad van de school als toehoorder wordt benoemd.

Aldus overeengekomen te Gouda op 3 maart 2025.
"""


def test_in_prose_the_leiding_does_not_continue_into_the_medezeggenschap(write_text):
    report = check_document(write_text(PROSE))
    c = report.requirements[2]
    assert c.status == "weak"
    assert any(f.code == "element_missing" and f.element == "benoeming" for f in c.findings)
