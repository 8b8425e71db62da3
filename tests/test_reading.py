"""What a sentence is, whatever item it is read for."""

from __future__ import annotations

import re

import pytest

from checker.language import any_of_lower, load_language
from checker.reading import classify_sentence
from checker.requirements import load_requirements


def kind(text: str) -> str:
    law = tuple(p for r in load_requirements() for p in r.law_phrases)
    return classify_sentence(text, load_language(), law)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("……………………………………………", "prompt"),
        ("[hier de inhoud van de overstapoptie(s) vermelden]", "prompt"),
        ("De inzet van personeel is als volgt georganiseerd: ………………", "prompt"),
        ("De uitwerking volgt in een later stadium.", "deferred"),
        ("De samenstelling van de stuurgroep wordt nader bepaald.", "deferred"),
        ("Partijen maken hierover nadere afspraken.", "deferred"),
        ("Partijen streven ernaar ondernemers bij het onderwijs te betrekken.", "intention"),
        (
            "De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de overeenkomst.",
            "restated",
        ),
        ("Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute.", "restated"),
        ("Voor studenten van het ROC geldt de WEB en voor het personeel de WOR.", "descriptive"),
        ("Geschillen worden voorgelegd aan een mediator.", "text"),
        # a gap in the sentence leaves the arrangement open, whatever stands around it
        ("De omvang van de over te dragen middelen bedraagt € …………… per leerling per schooljaar.", "prompt"),
        ("De leiding bestaat uit [functies invullen] en vergadert maandelijks.", "prompt"),
        (
            "De samenstelling van de leiding wordt conform artikel 2.107b WVO 2020 vastgelegd in een apart "
            "document dat partijen na de kick-off opstellen.",
            "deferred",
        ),
        (
            "Het PTA wordt vastgelegd in een document dat de leiding na overleg met de docenten elk jaar vaststelt.",
            "text",
        ),
        (
            "Op grond van de wet geldt voor leerlingen die bij de school zijn ingeschreven, hun ouders en het "
            "personeel van de school de Wet medezeggenschap op scholen.",
            "descriptive",
        ),
        (
            "Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute doordat vijf leerbedrijven "
            "stageplaatsen bieden en gastlessen geven.",
            "text",
        ),
    ],
)
def test_sentence_kinds(text, expected):
    assert kind(text) == expected


def test_statutory_wording_is_removed_and_the_rest_kept():
    law = tuple(p for r in load_requirements() for p in r.law_phrases)
    text = (
        "De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet van een stuurgroep "
        "van twee teamleiders die de besturen benoemen."
    )
    kind_, remainder = classify_sentence(text, load_language(), law)
    assert kind_ == "text"
    assert "stuurgroep" in remainder and "vormgegeven" not in remainder


def test_patterns_for_lower_cased_text_keep_case_folding_only_where_a_pattern_needs_it():
    plain = any_of_lower([r"\bnader (?:te )?bepalen\b", r"\bwordt\s+\S+ vastgelegd\b"])
    assert not plain.flags & re.IGNORECASE
    assert plain.search("de omvang is nader te bepalen.") and plain.search("dat wordt later vastgelegd")
    capital = any_of_lower([r"\bWEB\b", r"\bnader\b"])
    assert capital.flags & re.IGNORECASE and capital.search("de web regelt")


def test_not_offering_something_for_now_is_no_deferral():
    language = load_language()
    assert not language.deferral.search("een variant naar niveau 2 wordt voorlopig niet aangeboden.")
    assert language.deferral.search("de omvang wordt voorlopig niet vastgesteld.")


def test_evidence_counts_the_items_own_sub_sections_together():
    """ "Inrichting › Waar", "› Wie" and "› Waarmee" each hold one element of e; together they
    hold more than an article elsewhere that mentions two in passing, so they come first."""
    from checker.match import Passage
    from checker.reading import Reading, rank

    def passage(section: str) -> Passage:
        return Passage(clause=None, section=section, text=section, page=1, role="body", sentences=[])

    waar, wie, waarmee = (passage(f"Artikel 5 Inrichting › {s}") for s in ("Waar", "Wie", "Waarmee"))
    money = passage("Artikel 7 Financiën")
    reading = Reading()
    reading.hits = {"locaties": [waar], "personeel": [wie, money], "faciliteiten": [waarmee, money]}
    reading.rank = {id(waar): 0, id(wie): 0, id(waarmee): 0, id(money): 3}
    ordered = rank(reading, ["locaties", "personeel", "faciliteiten"])
    assert ordered[-1] is money
