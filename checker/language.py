"""Loads `models/language.toml`: the patterns that tell template gaps, deferrals, preambles, tables
of contents, definitions and signatures apart from arrangements. The only module that knows that
file's format."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from checker.resources import models_path

# A heading with one of these words introduces the preamble ("Partijen en considerans").
MAX_NOTE_LINE_WORDS = 20  # "Geen onderdeel van de afspraken - leeshulp voor het kernteam."
_PREAMBLE_WORDS = frozenset({"considerans", "overwegingen", "preambule"})


def any_of(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One regex (case-insensitive unless `flags` says otherwise) that matches where any of
    `patterns` does."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def any_of_lower(patterns: list[str]) -> re.Pattern[str]:
    """Like `any_of`, for patterns only ever searched in lower-cased text: compiled without
    IGNORECASE when no pattern spells a capital (case-folding makes Python's regex engine about a
    third slower), so the sentence classes cost less per sentence."""
    capital = any(re.search(r"[^\W\d_a-zß-ÿ]", re.sub(r"\\.", "", p)) for p in patterns)
    return any_of(patterns, re.IGNORECASE if capital else 0)


def each_of(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    """`patterns` compiled one by one (case-insensitive): each may name the same group."""
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


@dataclass(frozen=True, eq=False)
class Language:
    """The vocabulary that tells an arrangement from what only looks like one (models/language.toml).
    Hashed by identity: it keys the per-sentence caches, and hashing its compiled patterns one by
    one on every lookup cost more than the lookups saved."""

    placeholder: re.Pattern[str]
    # deferral, intention, hypothetical, possibility and law_description are searched in
    # lower-cased text only (see `any_of_lower`)
    deferral: re.Pattern[str]
    intention: re.Pattern[str]
    hypothetical: re.Pattern[str]
    advice_not_binding: re.Pattern[str]
    dispute_decided: re.Pattern[str]
    possibility: re.Pattern[str]
    law_description: re.Pattern[str]
    law_attribution: re.Pattern[str]
    law_followed: re.Pattern[str]
    law_followed_rights: re.Pattern[str]
    law_followed_extra: re.Pattern[str]
    amendment: re.Pattern[str]
    annex_references: tuple[re.Pattern[str], ...]
    refers_back: re.Pattern[str]
    article_references: tuple[re.Pattern[str], ...]
    reference_things: re.Pattern[str]
    preamble_start: re.Pattern[str]
    preamble_item: re.Pattern[str]
    operative_start: re.Pattern[str]
    signature_start: re.Pattern[str]
    toc_line: re.Pattern[str]
    agreement_marker: re.Pattern[str]
    party_marker: re.Pattern[str]
    interne_regeling: re.Pattern[str]
    agreement_with_another_board: re.Pattern[str]
    integrated_route: re.Pattern[str]
    preamble_headings: frozenset[str]
    definition_headings: frozenset[str]
    toc_headings: frozenset[str]
    note_headings: tuple[str, ...]
    non_binding: re.Pattern[str]
    non_binding_heading: re.Pattern[str]

    def is_toc_line(self, text: str) -> bool:
        return bool(self.toc_line.match(text.lower()))

    def is_toc_heading(self, title: str) -> bool:
        return title in self.toc_headings

    def is_note(self, title: str, first_paragraph: str) -> bool:
        """Whether a section is a reader's note that says it is not part of the agreement: its
        heading says so ("Deel B - ter informatie, geen onderdeel van de afspraken"), or its first
        paragraph does, in a short line or under a heading such as "Toelichting"."""
        if self.non_binding_heading.search(title):
            return True
        if not self.non_binding.search(first_paragraph.lower()):
            return False
        if len(first_paragraph.split()) <= MAX_NOTE_LINE_WORDS:
            return True
        return any(title == h or title.startswith(h + " ") for h in self.note_headings)

    def annex_reference(self, text: str) -> str | None:
        """The annex ("B", "3", "II") a sentence leaves its arrangement to, or None."""
        for pattern in self.annex_references:
            m = pattern.search(text)
            if m:
                return m.group("annex")
        return None

    def article_reference(self, text: str) -> tuple[str | None, str]:
        """The article ("9", "6.3") and the body or procedure in it ("geschillencommissie") a
        sentence points at, or (None, "")."""
        for pattern in self.article_references:
            for m in pattern.finditer(text):
                noun = m.group("noun").lower()
                if self.reference_things.search(noun):
                    return m.group("article"), noun
        return None, ""

    def is_definitions_heading(self, title: str) -> bool:
        return any(title.startswith(h) for h in self.definition_headings)

    def is_preamble_heading(self, title: str) -> bool:
        words = set(re.findall(r"\w+", title))
        return title in self.preamble_headings or bool(words & _PREAMBLE_WORDS)

    def is_preamble_start(self, text: str) -> bool:
        return bool(self.preamble_start.search(text.lower().lstrip()))

    def is_preamble_item(self, text: str) -> bool:
        return bool(self.preamble_item.search(text.lower().lstrip()))

    def is_operative_start(self, text: str) -> bool:
        return bool(self.operative_start.search(text.lower()))

    def is_signature_start(self, text: str) -> bool:
        return bool(self.signature_start.search(text.lower().lstrip()))

    def strip_placeholders(self, text: str) -> tuple[str, bool]:
        """Remove template gaps; return the rest and whether anything was removed."""
        stripped, n = self.placeholder.subn(" ", text)
        return re.sub(r"\s+", " ", stripped).strip(), n > 0


@lru_cache(maxsize=1)
def load_language() -> Language:
    data = tomllib.loads(models_path("language.toml").read_text(encoding="utf-8"))
    return Language(
        placeholder=any_of(data["placeholders"]),
        deferral=any_of_lower(data["deferrals"]),
        intention=any_of_lower(data["intentions"]),
        hypothetical=any_of_lower(data["hypotheticals"]),
        advice_not_binding=any_of(data["advice_not_binding"]),
        dispute_decided=any_of(data["dispute_decided"]),
        possibility=any_of_lower(data["possibilities"]),
        law_description=any_of_lower(data["law_descriptions"]),
        law_attribution=any_of(data["law_attributions"]),
        law_followed=any_of(data["law_followed"]),
        law_followed_rights=any_of(data["law_followed_rights"]),
        law_followed_extra=any_of(data["law_followed_extra"]),
        amendment=any_of(data["amendment_instructions"]),
        annex_references=each_of(data["annex_references"]),
        refers_back=any_of(data["refers_back"]),
        article_references=each_of(data["article_references"]),
        reference_things=re.compile(data["reference_things"]),
        preamble_start=any_of(data["preamble_starts"]),
        preamble_item=any_of(data["preamble_items"]),
        operative_start=any_of(data["operative_start"]),
        signature_start=any_of(data["signature_starts"]),
        toc_line=re.compile(data["toc_line"], re.IGNORECASE),
        agreement_marker=any_of(data["agreement_markers"]),
        party_marker=any_of(data["party_markers"]),
        interne_regeling=any_of(data["interne_regeling"]),
        agreement_with_another_board=any_of(data["agreement_with_another_board"]),
        integrated_route=any_of(data["integrated_route"]),
        preamble_headings=frozenset(data["preamble_headings"]),
        definition_headings=frozenset(data["definition_headings"]),
        toc_headings=frozenset(data["toc_headings"]),
        note_headings=tuple(data["note_headings"]),
        non_binding=any_of(data["non_binding"]),
        non_binding_heading=any_of(data["non_binding_headings"]),
    )
