"""Dutch sentences and lemmas without a trained pipeline (reference.md §4.2's traps)."""

from __future__ import annotations

import subprocess
import sys

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
    assert second["lemma_lookup"].forms == first["lemma_lookup"].forms
    assert second["lemma_lookup"].lemmas == first["lemma_lookup"].lemmas
    assert set(second) == {"lemma_lookup", "lemma_rules", "lemma_exc", "lemma_index"}
    # read from the cache, the lookup table still answers by the word (not by spaCy's hash)
    assert second["lemma_lookup"].get("ging") == "gaan"
    assert second["lemma_lookup"].get("overeenkomsten") == "overeenkomst"
    assert second["lemma_lookup"].get("geen-woord") is None


def test_the_lookup_table_is_consulted_for_irregular_forms():
    # irregular verb forms only the lookup table knows: the rule lemmatizer alone keeps them
    assert nlp.lemmatize_text("Zij ging akkoord en deed dat") == "zij gaan akkoord en doen dat"
    assert "vaststellen" in nlp.lemmatize_text("Het plan wordt vastgesteld.")


def test_form_table_is_a_sorted_lookup():
    table = nlp.FormTable.from_dict({"scholen": "school", "afspraken": "afspraak", "ging": "gaan"})
    assert table.forms == ["afspraken", "ging", "scholen"]
    assert table.get("scholen") == "school" and table.get("school") is None
    assert "ging" in table and "gaan" not in table and 3 not in table
    assert len(table) == 3


def test_spacy_is_imported_without_its_command_line():
    # `import spacy` would also import spaCy's CLI (typer, requests, weasel): 0.4 s of each start
    code = (
        "import sys\n"
        "from checker import nlp\n"
        "nlp.pipeline()\n"
        "assert 'spacy.cli' not in sys.modules and 'typer' not in sys.modules, 'CLI imported'\n"
        "import spacy, spacy.cli\n"
        "assert callable(spacy.cli.setup_cli) and callable(spacy.cli.info)\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "ok", done.stderr[-2000:]
