"""The requirement list as data, and how its terms match text."""

from __future__ import annotations

import pytest
from conftest import ROOT

from checker.nlp import Sentence
from checker.requirements import RequirementsError, TermMatcher, load_requirements, parse_requirements


def test_shipped_list_is_a_to_j_with_statute_and_elements():
    requirements = load_requirements()
    assert [r.id for r in requirements] == list("abcdefghij")
    assert len({r.key for r in requirements}) == 10
    for r in requirements:
        assert "WVO 2020" in r.statute and r.elements and r.suggestion


def test_invalid_lists_are_refused():
    text = (ROOT / "models" / "requirements.toml").read_text(encoding="utf-8")
    with pytest.raises(RequirementsError, match="a..j in order"):
        parse_requirements(text.replace('id = "j"', 'id = "k"'))
    with pytest.raises(RequirementsError, match="not valid TOML"):
        parse_requirements(text + "\n[[[")


@pytest.mark.parametrize(
    ("terms", "sentence", "found"),
    [
        (["afspraak"], "Partijen maken afspraken.", True),  # lemma
        (["school"], "De scholen werken samen.", True),
        (["geschil*"], "De geschillencommissie beslist.", True),  # prefix glob
        (["*overeenkomst"], "Deze samenwerkingsovereenkomst geldt.", True),  # suffix glob
        (["instelling"], "De mbo-instelling zorgt ervoor.", True),  # part of a hyphenated word
        (["draagt ... over"], "De school draagt € 1.200 per leerling over.", True),  # separable verb
        (["stellen ... vast"], "Stellen rooster, BPV-planning en toetsplan vast.", True),  # a list in the gap
        (["stellen ... vast"], "Zij stellen het voor; de besturen leggen het vast.", False),
        # a comma that opens no list ends the clause: another verb's particle is not this one's
        (["maakt ... over"], "Het team maakt het jaarprogramma, verdeelt de lessen over de docenten.", False),
        (["maakt ... over"], "De school maakt per leerling, per jaar en per cohort € 500 over.", True),
        (["per leerling"], "Een bedrag per leerling.", True),
        (["re:\\bniveau [234]\\b"], "Opleiding op niveau 3.", True),
        (["leiding"], "De begeleiding van leerlingen.", False),  # whole words only
        (["overdracht"], "Er is geen sprake van.", False),
        (["lopende"], "Leerlingen in een lopend cohort ronden af.", True),  # with or without -e
        (["lopende"], "De overeenkomst loopt voor onbepaalde tijd.", False),  # not the verb's lemma
        (["benoemd"], "De besturen benoemen de leden.", True),  # a past participle stands for its verb
    ],
)
def test_term_matching(terms, sentence, found):
    assert bool(TermMatcher.build(terms).search(Sentence.of(sentence))) is found


def test_name_patterns_need_a_capital():
    matcher = TermMatcher.build([], cased=[r"\bopleiding(?:en)?\s+[A-Z]"])
    assert matcher.search(Sentence.of("de opleiding Verzorgende-IG"))
    assert not matcher.search(Sentence.of("de aansluitende opleidingen van het ROC"))


def test_shipped_classifier_loads_offline_and_scores_items():
    from checker.classifier import score_paragraphs

    (scores,) = score_paragraphs(
        ["Een leerling die de route verlaat, kan overstappen naar een andere opleiding."]
    )
    assert set(scores) == set("abcdefghij")
    assert max(scores, key=scores.get) == "f"


def test_split_phrase_gap_does_not_backtrack_on_dotted_numbers():
    """'1.1.1.1…' after 'dragen' once made the split-phrase gap try every way of matching each
    dot (exponential); hypothesis found it. A hostile text must not hang the check."""
    import signal

    sentence = Sentence.of("Partijen dragen " + "1." * 80 + "1 geen bekostiging.")

    def hang(signum, frame):
        raise TimeoutError("a term matcher backtracks on dotted numbers")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(20)
    try:
        hits = [e.matcher.search(sentence) for r in load_requirements() for e in r.elements]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert any(hits)  # the sentence is still read: "geen bekostiging" says no transfer


def test_built_list_is_cached_and_the_copy_matches(tmp_path, monkeypatch):
    from checker.requirements import load_requirements

    monkeypatch.setenv("LEERROUTE_CHECK_CACHE", str(tmp_path))
    (tmp_path / "requirements-from-an-older-version.pickle").write_bytes(b"old")
    built = load_requirements.__wrapped__()
    (copy_file,) = tmp_path.glob("requirements-*.pickle")  # the older copy is gone
    cached = load_requirements.__wrapped__()
    assert cached is not built and cached == built  # read back from the copy, equal field by field
    sentence = Sentence.of("De school draagt € 1.200 per leerling over aan het ROC.")
    g = cached[6]
    assert g.element("overdracht").matcher.search(sentence) and g.element("omvang").matcher.search(sentence)
    copy_file.write_bytes(b"damaged")
    assert load_requirements.__wrapped__() == built  # a damaged copy is rebuilt, not trusted
