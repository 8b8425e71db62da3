"""Reading an item's candidate text: what each sentence is, and which core elements it arranges.

A sentence counts as arranging something only after the reader has set aside what arranges
nothing: template gaps (dotted lines, bracketed instructions), sentences that only repeat the
statute or the template, deferrals ("nader te bepalen"), intentions ("streven ernaar"), and text
that only describes the law (for medezeggenschap also what partijen "kunnen" afspreken).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from checker.language import Language
from checker.match import Candidates, Passage
from checker.nlp import Sentence
from checker.requirements import Requirement
from checker.segment import Outline, annex_key

RESTATEMENT_SIMILARITY = 88
_WORDS = re.compile(r"[^\W\d_]{3,}")


@dataclass
class Reading:
    """What the judge made of the candidate text of one requirement."""

    hits: dict[str, list[Passage]] = field(default_factory=dict)  # element key -> passages
    arranging: list[Passage] = field(default_factory=list)  # passages with arranging sentences
    placeholder: list[Passage] = field(default_factory=list)
    restated: list[Passage] = field(default_factory=list)
    deferred: list[Passage] = field(default_factory=list)
    deferred_elements: set[str] = field(default_factory=set)  # elements a deferral names
    descriptive: list[Passage] = field(default_factory=list)
    intention: list[Passage] = field(default_factory=list)
    rank: dict[int, int] = field(default_factory=dict)  # id(passage) -> source rank (lower first)
    classified: frozenset[int] = frozenset()  # ids of paragraphs the classifier assigns to the item
    # ids of the paragraphs that are about the item: in its section, with an anchor term, or after one
    about: frozenset[int] = frozenset()
    entree_only: bool = False
    outline: Outline = field(default_factory=Outline)  # the annexes and articles the document holds
    missing_annexes: set[str] = field(default_factory=set)  # annexes it leaves an arrangement to, absent
    # (article, thing) a sentence leans on that the article does not hold: ("9", "geschillencommissie")
    broken_references: set[tuple[str, str]] = field(default_factory=set)


def read(
    requirement: Requirement, candidates: Candidates, language: Language, law_phrases: tuple[str, ...]
) -> Reading:
    own = candidates.in_sections + candidates.anchored + candidates.context
    reading = Reading(
        classified=candidates.classified, outline=candidates.outline, about=frozenset(map(id, own))
    )
    sources = [(p, True) for p in own]
    sources += [(p, id(p) in candidates.related_clause_members) for p in candidates.related]
    foreign = {id(p) for p in candidates.foreign}
    sources += [(p, False) for p in candidates.foreign]
    # Evidence prefers a clause under a fitting heading, then one with an anchor term.
    for rank, group in enumerate(
        (
            candidates.in_sections,
            candidates.anchored,
            candidates.context,
            candidates.related,
            candidates.foreign,
        )
    ):
        for passage in group:
            reading.rank.setdefault(id(passage), rank)
    # A paragraph pulled in only by a related term must itself carry most of the item's
    # elements; otherwise an incidental word elsewhere would complete the item.
    required_keys = {e.key for e in requirement.elements if e.required}
    n_required = len(required_keys)
    needed = max(2, (n_required + 1) // 2)
    in_section = {id(p) for p in candidates.in_sections}
    # An article of the item's own that arranges at least two of its elements is where the item is
    # arranged: a paragraph elsewhere that only shares some of its words ("de leden van de
    # werkveldcommissie worden door de besturen benoemd") then counts only when it arranges the
    # item whole, like one under another item's heading. The item's own paragraphs come first in
    # `sources`, so what they arrange is known before any such paragraph is read.
    own: set[str] = set()
    for passage, about_item in sources:
        # A deferral there is that other item's: "zullen ... de overstapmogelijkheden uitwerken in
        # een afzonderlijk protocol, na raadpleging van de mentor" leaves no inzet van personeel open.
        own_section = id(passage) in in_section and id(passage) not in candidates.under_other
        hits = _read_passage(requirement, passage, language, law_phrases, reading, own_section)
        if id(passage) in in_section:
            own |= hits & required_keys
        if not hits:
            continue
        if id(passage) in candidates.stray and len(own) >= 2:
            foreign.add(id(passage))
        if id(passage) in foreign:
            # Under another item's heading only the sentences that name this item can arrange it:
            # "leerbedrijven" in one sentence of an article on the locations and "bpv" in another
            # are no arrangement of the bedrijfsleven's role.
            hits = _read_passage(
                requirement, passage, language, law_phrases, reading, False, about_item_only=True
            )
        if not about_item and (
            len(hits) < min(needed, len(requirement.elements))
            or (requirement.related_requires and not hits & set(requirement.related_requires))
        ):
            continue
        if id(passage) in foreign and (not n_required or len(hits & required_keys) < n_required):
            # Under another item's heading it must arrange this item whole (an item without
            # required elements, g, is arranged in its own section).
            continue
        for key in hits:
            reading.hits.setdefault(key, [])
            _add(reading.hits[key], passage)
        _add(reading.arranging, passage)
    # "De taken en bevoegdheden worden nader vastgesteld": an element the agreement itself says
    # it has not yet arranged is not arranged, whatever words elsewhere suggest.
    for key in reading.deferred_elements:
        reading.hits.pop(key, None)
    return reading


def _names_item(requirement: Requirement, sentence: Sentence) -> bool:
    """Whether a sentence speaks of the item: one of its anchor, related or element terms."""
    return bool(
        requirement.anchors.search(sentence)
        or requirement.related.search(sentence)
        or any(e.search(sentence) for e in requirement.elements)
    )


MAX_LAW_FOLLOWED_WORDS = 12  # "Voor de medezeggenschap houden partijen zich aan de wet."


def _read_passage(
    requirement: Requirement,
    passage: Passage,
    language: Language,
    law_phrases: tuple[str, ...],
    reading: Reading,
    in_item_section: bool,
    about_item_only: bool = False,
) -> set[str]:
    """The elements this paragraph arranges, after setting aside what arranges nothing; with
    `about_item_only`, in the sentences that carry one of the item's anchor or related terms."""
    hits: set[str] = set()
    previous: set[str] = set()  # what the sentence before arranged
    law_followed = False  # a sentence before said the law is followed
    last = len(passage.sentences) - 1
    for n, sentence in enumerate(passage.sentences):
        annex, (article, noun) = _pointers(sentence.lower, language)
        if annex is not None and annex_key(annex) in reading.outline.annexes:
            annex = None  # the annex is there and is read like the rest of the document
        if (
            previous
            and language.refers_back.search(sentence.lower)
            and (
                annex is not None or classify_sentence(sentence.text, language, law_phrases)[0] == "deferred"
            )
        ):
            # "Partijen maken aanvullende afspraken. Deze afspraken zijn opgenomen in bijlage 3.",
            # and there is no bijlage 3; "Wij richten een medezeggenschapscommissie op. De
            # samenstelling en bevoegdheden van deze commissie worden nader uitgewerkt.": the
            # sentence before only announced what this one leaves open, and arranged nothing either
            previous = set()
        hits |= previous
        previous = set()
        if requirement.id == "h" and (
            law_followed
            and language.law_followed_rights.search(sentence.lower)
            and not language.law_followed_extra.search(sentence.lower)
        ):
            # "Voor inspraak volgen wij de wet. De raden kunnen advies geven over de route.": the
            # rights the law gives, told after saying the law is followed, are no extra arrangement
            _add(reading.descriptive, passage)
            continue
        if _says_law_is_followed(sentence.lower, language):
            law_followed = True  # "Voor inspraak volgen wij de wet." arranges nothing itself
            _add(reading.descriptive, passage)
            continue
        if about_item_only and not (
            requirement.anchors.search(sentence) or requirement.related.search(sentence)
        ):
            continue
        if language.law_attribution.search(sentence.lower.strip()):
            # "... praten mee via de medezeggenschapsraad. Zo staat het in de wet.": what came
            # before in the paragraph told the law
            hits.clear()
            _add(reading.descriptive, passage)
            continue
        kind, remainder = classify_sentence(sentence.text, language, law_phrases)
        if kind == "text" and language.amendment.search(sentence.lower):
            continue  # "Artikel 9 komt te luiden:" arranges nothing; the new article does
        if kind == "prompt" or (kind == "text" and passage.prompt and n == last and remainder.endswith(":")):
            _add(reading.placeholder, passage)
            continue
        if kind == "empty":
            continue
        if kind == "deferred":
            probe = sentence if remainder == sentence.text else Sentence.of(remainder)
            deferred = {e.key for e in requirement.elements if e.defers(probe, in_item_section)}
            if not (id(passage) in reading.about or deferred or _names_item(requirement, probe)):
                # "Hoe de leden worden aangewezen, spreken de besturen later af", in a paragraph
                # read for this item only for a related word, postpones nothing of this one
                continue
            reading.deferred_elements |= deferred
        if kind != "text":
            _add(getattr(reading, kind), passage)  # deferred, intention, restated, descriptive
            continue
        if annex is not None:
            # "De omvang is vastgelegd in bijlage B", and there is no bijlage B: nothing arranged
            reading.missing_annexes.add(annex)
            continue
        if article and reading.outline.lacks(article, noun):
            # "de in artikel 9 genoemde geschillencommissie", and artikel 9 is about evaluation
            reading.broken_references.add((article, noun))
            continue
        if requirement.id == "h" and language.hypothetical.search(remainder.lower()):
            _add(reading.descriptive, passage)
            continue
        probe = sentence if remainder == sentence.text else _sentence(remainder)
        previous = {e.key for e in requirement.elements if e.search(probe)}
    return hits | previous


@lru_cache(maxsize=65536)
def classify_sentence(text: str, language: Language, law_phrases: tuple[str, ...]) -> tuple[str, str]:
    """What a sentence is, whatever item it is read for, and its text without template gaps
    and statutory wording. Kinds: empty, prompt (a template gap left open), deferred,
    intention, restated (only repeats the statute or template), descriptive (describes the law),
    text (may arrange something)."""
    stripped, had_gap = language.strip_placeholders(text)
    if len(_WORDS.findall(stripped)) < 2:
        return ("prompt" if had_gap else "empty"), stripped
    if had_gap:
        # "De omvang bedraagt € …… per leerling", "De leiding bestaat uit [functies]": a sentence
        # with a gap left open arranges nothing, whatever words stand around the gap.
        return "prompt", stripped
    low = stripped.lower()
    if language.possibility.search(low):
        return "descriptive", stripped
    if language.deferral.search(low):
        return "deferred", stripped
    if language.intention.search(low):
        return "intention", stripped
    remainder = _without_law(stripped, law_phrases)
    if remainder is None:
        return "restated", stripped
    if language.law_description.search(remainder.lower()):
        return "descriptive", remainder
    return "text", remainder if remainder != stripped else text


@lru_cache(maxsize=65536)
def _pointers(low: str, language: Language) -> tuple[str | None, tuple[str | None, str]]:
    """The annex and the (article, thing) a sentence points at, worked out once per sentence
    though the sentence is read for several items."""
    return language.annex_reference(low), language.article_reference(low)


@lru_cache(maxsize=65536)
def _says_law_is_followed(low: str, language: Language) -> bool:
    """ "Voor inspraak volgen wij de wet.": a short sentence that says the law is followed."""
    return bool(language.law_followed.search(low)) and len(_WORDS.findall(low)) <= MAX_LAW_FOLLOWED_WORDS


def forget_sentences() -> None:
    """Empty the per-sentence caches (what a sentence is, what it points at)."""
    classify_sentence.cache_clear()
    _pointers.cache_clear()
    _says_law_is_followed.cache_clear()


def _add(items: list[Passage], passage: Passage) -> None:
    if not items or items[-1] is not passage:
        if passage not in items:
            items.append(passage)


def _sentence(text: str) -> Sentence:
    return Sentence.of(text)


@lru_cache(maxsize=256)
def _phrase_words(phrase: str) -> frozenset[str]:
    return frozenset(_WORDS.findall(phrase))


def _without_law(text: str, law_phrases: tuple[str, ...]) -> str | None:
    """The sentence minus any statutory/template wording it repeats; None if nothing is left."""
    low = text.lower()
    remainder = low
    words = set(_WORDS.findall(low))
    for phrase in law_phrases:
        if len(remainder) < 12:
            break
        needed = _phrase_words(phrase)
        if len(needed & words) < 0.5 * len(needed):
            continue  # cannot reach the similarity threshold: skip the costly alignment
        if len(phrase) <= len(remainder):
            align = fuzz.partial_ratio_alignment(phrase, remainder)
            if align.score >= RESTATEMENT_SIMILARITY:
                remainder = remainder[: align.dest_start] + " " + remainder[align.dest_end :]
        elif fuzz.partial_ratio(remainder, phrase) >= RESTATEMENT_SIMILARITY:
            remainder = ""
    if remainder == low:
        return text
    if len(_WORDS.findall(remainder)) < 4:
        return None
    return remainder.strip()


_OWN = "\0own sections"


def rank(reading: Reading, keys: list[str]) -> list[Passage]:
    """Passages ordered as evidence: first those in the section that carries most of the given
    elements, then by where they were found (under a fitting heading first), then by how many
    elements the paragraph itself carries, then whether the clause classifier assigns it to the
    item, then in document order."""
    per_passage: dict[int, set[str]] = {}
    order: list[Passage] = []
    for key in keys:
        for passage in reading.hits.get(key, []):
            if id(passage) not in per_passage:
                order.append(passage)
                per_passage[id(passage)] = set()
            per_passage[id(passage)].add(key)

    # The item's own sections count as one ("Onderwijs › Waar.", "Onderwijs › Wie." together hold
    # the inrichting), each other section on its own.
    def group(passage: Passage) -> str | None:
        return _OWN if reading.rank.get(id(passage)) == 0 else passage.section

    per_section: dict[str | None, set[str]] = {}
    for passage in order:
        per_section.setdefault(group(passage), set()).update(per_passage[id(passage)])
    return sorted(
        order,
        key=lambda p: (
            -len(per_section[group(p)]) if group(p) else 0,
            reading.rank.get(id(p), 9),
            -len(per_passage[id(p)]),
            id(p) not in reading.classified,
        ),
    )
