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


def _fresh_store(monkeypatch, folder):
    monkeypatch.setenv("LEERROUTE_CHECK_CACHE", str(folder))
    nlp.word_store.cache_clear()
    try:
        return nlp.word_store()
    finally:
        nlp.word_store.cache_clear()


def _answers(store):
    return {
        word: store.entry(word)
        for word in ("ging", "overeenkomsten", "school", "maken", "geen-woord", "opgezegd")
    }


def test_lemma_tables_are_kept_in_a_cache_file_that_answers_by_the_word(tmp_path, monkeypatch):
    (tmp_path / "nl-lemma-tables-1.0.5.marshal").write_bytes(b"left by an older version")
    first = _fresh_store(monkeypatch, tmp_path)
    [stored] = tmp_path.glob("nl-lemma-words-*.sqlite")
    assert not list(tmp_path.glob("nl-lemma-tables-*")), "an older cache file is left behind"
    second = _fresh_store(monkeypatch, tmp_path)
    assert second.path == stored and second.rows is None  # read from the file, not rebuilt
    answers = _answers(second)
    assert answers == _answers(first)
    assert answers["ging"][0] == "gaan"  # the lookup table, by the word (not by spaCy's hash)
    assert answers["overeenkomsten"][0] == "overeenkomst"
    assert "noun" in answers["school"][1].split() and "verb" in answers["maken"][1].split()
    assert answers["geen-woord"] == (None, "")
    assert set(second.small_tables()) == {"lemma_rules", "lemma_exc"}


def test_a_damaged_cache_file_is_rebuilt_and_an_unwritable_folder_is_no_error(tmp_path, monkeypatch):
    good = _answers(_fresh_store(monkeypatch, tmp_path / "ok"))
    [stored] = (tmp_path / "ok").glob("nl-lemma-words-*.sqlite")
    stored.write_bytes(b"not a database")
    rebuilt = _fresh_store(monkeypatch, tmp_path / "ok")
    assert rebuilt.rows is None and _answers(rebuilt) == good
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    in_memory = _fresh_store(monkeypatch, blocked)
    assert in_memory.rows is not None and _answers(in_memory) == good


def test_the_lookup_table_is_consulted_for_irregular_forms():
    # irregular verb forms only the lookup table knows: the rule lemmatizer alone keeps them
    assert nlp.lemmatize_text("Zij ging akkoord en deed dat") == "zij gaan akkoord en doen dat"
    assert "vaststellen" in nlp.lemmatize_text("Het plan wordt vastgesteld.")


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
