"""Loads and validates `models/requirements.toml`, the statutory requirement list as data.

The only module that knows that file's format. Terms are compiled into matchers that look at a
sentence's lower-cased text and at its lemmatized text, so a term written as a lemma
("afspraak") also finds inflected forms ("afspraken").
"""

from __future__ import annotations

import hashlib
import pickle
import re
import sys
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from checker.language import any_of, each_of
from checker.nlp import Sentence, cache_dir, lemmatize_text, store_in_cache
from checker.resources import models_path

ITEM_IDS = tuple("abcdefghij")
_SINGLE_WORD = re.compile(r"[^\W\d_][\w']*")  # no hyphen: "mbo-2" stays a phrase


class RequirementsError(ValueError):
    """The requirement file is malformed."""


@dataclass(frozen=True)
class TermMatcher:
    """Any-of matcher over a sentence's surface and lemma text.

    Single words and one-word globs are looked up in the sentence's word set (fast); phrases and
    regular expressions go through one regex. A split phrase ("draagt ... over") has a regex of
    its own, run only when the sentence has the phrase's first word: the gap between the pieces
    makes these regexes costly, and most sentences lack the word.
    """

    regex: re.Pattern[str] | None
    cased: re.Pattern[str] | None = None  # patterns on the original text (capitals matter)
    words: frozenset[str] = frozenset()  # single-word terms and their lemmas
    globs: re.Pattern[str] | None = None  # one-word globs, run over Sentence.token_text
    splits: tuple[tuple[str | None, re.Pattern[str]], ...] = ()  # (first word or None, regex)
    phrases: re.Pattern[str] | None = None  # phrases that open with a plain word ...
    phrase_words: frozenset[str] = frozenset()  # ... and those words

    @classmethod
    def build(
        cls, terms: list[str], patterns: list[str] | None = None, cased: list[str] | None = None
    ) -> TermMatcher:
        phrases: set[str] = set()
        parts: list[str] = []
        splits: dict[str, str | None] = {}  # split-phrase regex -> its first word
        words: set[str] = set()
        prefixes: set[str] = set()
        suffixes: set[str] = set()
        infixes: set[str] = set()
        for term in terms:
            term = term.strip() if term.startswith("re:") else term.strip().lower()
            if not term:
                continue
            if term.startswith("re:"):
                parts.append(f"(?:{term[3:]})")
            elif " ... " in term:
                # A separable verb or split phrase: "draagt ... over" finds "draagt € 500 over".
                pieces = [p.strip() for p in term.split(" ... ")]
                # The alternatives never match the same character (a "." only through the last,
                # a "," before a digit or a space), or "1.1.1.1…" would backtrack exponentially. A
                # comma before a space lets a list stand in the gap ("stellen rooster, planning en
                # toetsplan vast").
                gap = r"\b(?:[^.;:,]|(?<=\d)[,:](?=\d)|,(?=\s)|\.(?=\s?[\da-z])){0,150}?\b"
                for variant in (pieces, [lemmatize_text(p) for p in pieces]):
                    regex = r"(?<![\w])" + gap.join(re.escape(p) for p in variant) + r"(?![\w])"
                    splits[regex] = _first_word(variant[0])
            elif "*" in term and _SINGLE_WORD.fullmatch(term.strip("*")):
                core = term.strip("*")
                if term.startswith("*") and term.endswith("*"):
                    infixes.add(core)
                elif term.startswith("*"):
                    suffixes.add(core)
                else:
                    prefixes.add(core)
            elif "*" in term:
                core = re.escape(term.strip("*"))
                prefix = r"[\w-]*" if term.startswith("*") else ""
                suffix = r"[\w-]*" if term.endswith("*") else ""
                parts.append(rf"(?<![\w]){prefix}{core}{suffix}(?![\w])")
            elif _SINGLE_WORD.fullmatch(term):
                words.update(_word_forms(term))
            else:
                phrases.update({term, lemmatize_text(term)})
        # Phrases that open with a plain word are tried only when the sentence has that word
        # (one regex over all of them, longest first); the others join the always-run regex.
        triggered = {p for p in phrases if _first_word(p)}
        untriggered = phrases - triggered
        if untriggered:
            alternatives = "|".join(re.escape(p) for p in sorted(untriggered, key=len, reverse=True))
            parts.insert(0, rf"(?<![\w])(?:{alternatives})(?![\w])")
        phrase_regex = None
        if triggered:
            alternatives = "|".join(re.escape(p) for p in sorted(triggered, key=len, reverse=True))
            phrase_regex = re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")
        parts.extend(f"(?:{p})" for p in patterns or [])
        globs = [
            rf" (?:{'|'.join(map(re.escape, sorted(prefixes)))})[^ ]*" if prefixes else "",
            rf"[^ ]*(?:{'|'.join(map(re.escape, sorted(suffixes)))}) " if suffixes else "",
            rf"[^ ]*(?:{'|'.join(map(re.escape, sorted(infixes)))})[^ ]*" if infixes else "",
        ]
        globs = [g for g in globs if g]
        return cls(
            regex=re.compile("|".join(parts)) if parts else None,
            cased=re.compile("|".join(f"(?:{p})" for p in cased)) if cased else None,
            words=frozenset(words),
            globs=re.compile("|".join(globs)) if globs else None,
            splits=tuple((first, re.compile(regex)) for regex, first in splits.items()),
            phrases=phrase_regex,
            phrase_words=frozenset(_first_word(p) for p in triggered),
        )

    def search(self, sentence: Sentence) -> str | None:
        """The first matching text in the sentence, or None."""
        common = self.words & sentence.tokens
        if common:
            return min(common)
        if self.globs is not None:
            g = self.globs.search(sentence.token_text)
            if g:
                return g.group(0).strip()
        m = None
        if self.regex is not None:
            m = self.regex.search(sentence.lower) or self.regex.search(sentence.lemmas)
        if m is None and self.cased is not None:
            m = self.cased.search(sentence.text)
        if (
            m is None
            and self.phrases is not None
            and (_apostrophe(sentence) or self.phrase_words & sentence.tokens)
        ):
            m = self.phrases.search(sentence.lower) or self.phrases.search(sentence.lemmas)
        if m is None and self.splits:
            m = self._search_splits(sentence)
        return m.group(0) if m else None

    def _search_splits(self, sentence: Sentence) -> re.Match[str] | None:
        apostrophe = _apostrophe(sentence)
        for first, regex in self.splits:
            if first is None or apostrophe or first in sentence.tokens:
                for text in (sentence.lower, sentence.lemmas):
                    m = next((m for m in regex.finditer(text) if _one_clause(m.group(0))), None)
                    if m:
                        return m
        return None


_LIST_CLOSE = re.compile(r"\b(?:en|of|alsmede|dan wel)\b")


def _one_clause(found: str) -> bool:
    """Whether the pieces of a split phrase stand in one clause: a comma in the gap must open a
    list that closes with "en"/"of" ("stellen rooster, planning en toetsplan vast"); otherwise it
    starts another clause ("maakt het jaarprogramma, verdeelt de lessen over" is no transfer)."""
    last_comma = found.rfind(", ")
    return last_comma < 0 or bool(_LIST_CLOSE.search(found, last_comma))


def _word_forms(term: str) -> set[str]:
    """A one-word term and the forms it stands for: its lemma ("afspraken" -> "afspraak"), but for
    a present participle only itself with and without -e: "lopende" (leerlingen) must not match
    every "loopt" through the verb's lemma "lopen"."""
    if len(term) > 5 and term.endswith("ende"):
        return {term, term[:-1]}
    if len(term) > 5 and term.endswith("end") and not term.endswith("iend"):
        return {term, term + "e"}
    return {term, lemmatize_text(term)}


def _apostrophe(sentence: Sentence) -> bool:
    """The word set splits words at hyphens but not at apostrophes ("school's"), where a regex
    word boundary falls: with an apostrophe in the sentence, a first-word filter may not be used."""
    return "'" in sentence.lower or "’" in sentence.lower


_PLAIN_START = re.compile(r"[^\W\d_]+(?=[\s.,;:]|$)")


def _first_word(phrase: str) -> str | None:
    """The plain word a phrase opens with ("door" in "door de besturen"), or None."""
    m = _PLAIN_START.match(phrase)
    return m.group(0) if m else None


@dataclass(frozen=True)
class Element:
    key: str
    label: str
    matcher: TermMatcher
    message: str
    required: bool = True
    # An element the statute wants for every party ("aan de bevoegde gezagen"): wording that names
    # them all, and wording that names one party's body ("het college van bestuur van het ROC",
    # group "party" saying which; "de penvoerder" is one party without saying which). Met for one
    # party only, the element is not met.
    all_parties: re.Pattern[str] | None = None
    one_party: tuple[re.Pattern[str], ...] = ()
    one_party_message: str = ""
    # Wording whose terms do not count for this element: "het vak keuken" names a subject, not a
    # kitchen the partners share. The matched text is left out before the element's terms are sought.
    ignore: re.Pattern[str] | None = None
    # Wording that names the element as still to be chosen ("welke opleiding dat wordt"): a
    # deferral with it leaves the element open even when the sentence names none of its terms.
    left_open: re.Pattern[str] | None = None

    def search(self, sentence: Sentence) -> str | None:
        """The element's first term in the sentence, outside what it ignores."""
        found = self.matcher.search(sentence)
        if found is None or self.ignore is None or not self.ignore.search(sentence.text):
            return found
        return self.matcher.search(Sentence.of(self.ignore.sub(" ", sentence.text)))

    def defers(self, sentence: Sentence, in_item_section: bool) -> bool:
        """Whether a deferral sentence leaves this element open: anywhere when it says the element
        is still to be chosen, and in the item's own section when it names the element's terms."""
        if self.left_open is not None and self.left_open.search(sentence.text):
            return True
        return in_item_section and self.search(sentence) is not None


@dataclass(frozen=True)
class Requirement:
    id: str
    key: str
    title: str
    statute: str
    asks: str
    heading_aliases: tuple[str, ...]
    # words that make a heading about something else even when it carries an alias
    # ("Voortijdige beëindiging van de deelname" is about a pupil leaving, not about j)
    heading_exclusions: frozenset[str]
    anchors: TermMatcher
    related: TermMatcher
    related_requires: tuple[str, ...]  # elements a related-only paragraph must carry (none: any two)
    # patterns whose group "name" captures the name the agreement gives to what the item sets up
    # ("De route wordt geleid door de routetafel"): a heading with that name is about the item too
    own_name: tuple[re.Pattern[str], ...]
    law_phrases: tuple[str, ...]
    elements: tuple[Element, ...]
    suggestion: str
    present_example: str
    weak_example: str
    # aliases too general to mark a section inside a longer heading: "De route" names item a, while
    # "Bemanning van de route" or "Als de route niet past" are about something else
    whole_heading_aliases: tuple[str, ...] = ()

    def element(self, key: str) -> Element:
        return next(e for e in self.elements if e.key == key)

    @property
    def label(self) -> str:
        """How reports name the item: "f. Inhoud van de overstapoptie"."""
        return f"{self.id}. {self.title}"


_REQUIRED_FIELDS = (
    "id",
    "key",
    "title",
    "statute",
    "asks",
    "heading_aliases",
    "anchors",
    "elements",
    "suggestion",
    "present_example",
    "weak_example",
)


def parse_requirements(text: str) -> tuple[Requirement, ...]:
    """Parse and validate the TOML text of a requirement list."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RequirementsError(f"requirements file is not valid TOML: {exc}") from exc
    items = data.get("requirement", [])
    result = []
    for raw in items:
        missing = [f for f in _REQUIRED_FIELDS if f not in raw]
        if missing:
            raise RequirementsError(f"requirement {raw.get('id', '?')}: missing {', '.join(missing)}")
        elements = tuple(
            Element(
                key=e["key"],
                label=e["label"],
                matcher=TermMatcher.build(e.get("terms", []), e.get("patterns"), e.get("name_patterns")),
                message=e["message"],
                required=e.get("required", True),
                all_parties=_optional(e.get("all_parties", [])),
                one_party=each_of(e.get("one_party", [])),
                one_party_message=e.get("one_party_message", ""),
                ignore=_optional(e.get("ignore", [])),
                left_open=_optional(e.get("left_open", [])),
            )
            for e in raw["elements"]
        )
        result.append(
            Requirement(
                id=raw["id"],
                key=raw["key"],
                title=raw["title"],
                statute=raw["statute"],
                asks=raw["asks"],
                heading_aliases=tuple(a.lower() for a in raw["heading_aliases"]),
                heading_exclusions=frozenset(w.lower() for w in raw.get("heading_exclusions", [])),
                anchors=TermMatcher.build(raw["anchors"]),
                related=TermMatcher.build(raw.get("related", [])),
                related_requires=tuple(raw.get("related_requires", [])),
                own_name=each_of(raw.get("own_name", [])),
                law_phrases=tuple(p.lower() for p in raw.get("law_phrases", [])),
                elements=elements,
                suggestion=raw["suggestion"],
                present_example=raw["present_example"],
                weak_example=raw["weak_example"],
                whole_heading_aliases=tuple(a.lower() for a in raw.get("whole_heading_aliases", [])),
            )
        )
    ids = tuple(r.id for r in result)
    if ids != ITEM_IDS:
        raise RequirementsError(f"requirements must be a..j in order, found {', '.join(ids)}")
    return tuple(result)


def _optional(patterns: list[str]) -> re.Pattern[str] | None:
    """`any_of(patterns)`, or None when there are none (an empty alternation would match anywhere)."""
    return any_of(patterns) if patterns else None


@lru_cache(maxsize=1)
def load_requirements() -> tuple[Requirement, ...]:
    """The shipped requirement list (cached).

    Building it lemmatizes every term (0.15 s of each start), so the built list is also kept in
    the user's cache folder as a pickle, named after a hash of everything it is made from: the
    list itself, the code that builds and lemmatizes it, the installed lemma tables and spaCy. Any
    change to one of them gives a new name; a missing or unreadable copy is simply rebuilt.
    """
    text = models_path("requirements.toml").read_text(encoding="utf-8")
    cache = cache_dir() / f"requirements-{_build_key(text)}.pickle"
    try:
        built = pickle.loads(cache.read_bytes())
        if isinstance(built, tuple) and all(isinstance(r, Requirement) for r in built):
            return built
    except Exception:  # noqa: BLE001 - a missing, old or damaged copy: build it again
        pass
    built = parse_requirements(text)
    store_in_cache(cache, pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL), "requirements-*.pickle")
    return built


def _build_key(text: str) -> str:
    from checker import language, nlp

    digest = hashlib.sha256(text.encode("utf-8"))
    for module in (nlp, language, sys.modules[__name__]):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(f"{nlp.lookups_data_stamp()} {nlp.spacy_stamp()}".encode())
    return digest.hexdigest()[:20]


@dataclass(frozen=True)
class ItemDescription:
    """The descriptive side of one requirement (no term matchers): for renderers that describe
    every item (SARIF rules, HTML), so that a process that only renders need not load spaCy."""

    id: str
    key: str
    title: str
    statute: str
    asks: str
    suggestion: str

    @property
    def label(self) -> str:
        return f"{self.id}. {self.title}"

    @property
    def rule_id(self) -> str:
        """Stable SARIF rule id: `LRC-F-overstapoptie`."""
        return f"LRC-{self.id.upper()}-{self.key.replace('_', '-')}"


@lru_cache(maxsize=1)
def load_descriptions() -> tuple[ItemDescription, ...]:
    """The shipped requirement list's plain text fields (cheap: no lemmatizer)."""
    data = tomllib.loads(models_path("requirements.toml").read_text(encoding="utf-8"))
    return tuple(
        ItemDescription(
            id=raw["id"],
            key=raw["key"],
            title=raw["title"],
            statute=raw["statute"],
            asks=raw["asks"],
            suggestion=raw["suggestion"],
        )
        for raw in data["requirement"]
    )


def describe(item_id: str) -> ItemDescription:
    return next(d for d in load_descriptions() if d.id == item_id)
