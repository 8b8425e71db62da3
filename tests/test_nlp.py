"""Dutch sentences and lemmas without a trained pipeline (reference.md §4.2's traps)."""

from __future__ import annotations

import pytest

from checker import nlp


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("scholen", "school"),  # missed by the lookup table alone
        ("partijen", "partij"),
        ("afspraken", "afspraak"),
        ("opgezegd", "opzeggen"),
        ("toelaatbaarheidsverklaringen", "toelaatbaarheidsverklaring"),
        ("leerjaren", "leerjaar"),
        ("geschillen", "geschil"),
        ("leerbedrijven", "leerbedrijf"),  # compound: its known tail is lemmatized
        ("mbo-instellingen", "mbo-instelling"),
        ("maken", "maken"),  # already a lemma
        ("en", "en"),  # function words stay as they are
    ],
)
def test_lemmas(word, lemma):
    assert nlp.lemmatize_text(word) == lemma


def test_sentences_keep_abbreviations_and_drop_list_labels():
    sentences = nlp.split_sentences("1. Partijen spreken o.a. af dat art. 5 geldt. De rechter beslist.")
    assert [s.text for s in sentences] == [
        "Partijen spreken o.a. af dat art. 5 geldt.",
        "De rechter beslist.",
    ]
    assert "partij" in sentences[0].tokens


def test_lemma_tables_are_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("LEERROUTE_CHECK_CACHE", str(tmp_path))
    first = nlp._lemma_tables()
    assert list(tmp_path.glob("nl-lemma-tables-*.marshal"))
    second = nlp._lemma_tables()
    assert second["lemma_lookup"] == first["lemma_lookup"]
    assert set(second) == {"lemma_lookup", "lemma_rules", "lemma_exc", "lemma_index"}
