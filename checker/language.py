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


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@dataclass(frozen=True)
class Language:
    placeholder: re.Pattern[str]
    deferral: re.Pattern[str]
    intention: re.Pattern[str]
    hypothetical: re.Pattern[str]
    advice_not_binding: re.Pattern[str]
    dispute_decided: re.Pattern[str]
    possibility: re.Pattern[str]
    law_description: re.Pattern[str]
    law_attribution: re.Pattern[str]
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
        placeholder=_compile(data["placeholders"]),
        deferral=_compile(data["deferrals"]),
        intention=_compile(data["intentions"]),
        hypothetical=_compile(data["hypotheticals"]),
        advice_not_binding=_compile(data["advice_not_binding"]),
        dispute_decided=_compile(data["dispute_decided"]),
        possibility=_compile(data["possibilities"]),
        law_description=_compile(data["law_descriptions"]),
        law_attribution=_compile(data["law_attributions"]),
        amendment=_compile(data["amendment_instructions"]),
        annex_references=tuple(re.compile(p, re.IGNORECASE) for p in data["annex_references"]),
        refers_back=_compile(data["refers_back"]),
        article_references=tuple(re.compile(p, re.IGNORECASE) for p in data["article_references"]),
        reference_things=re.compile(data["reference_things"]),
        preamble_start=_compile(data["preamble_starts"]),
        preamble_item=_compile(data["preamble_items"]),
        operative_start=_compile(data["operative_start"]),
        signature_start=_compile(data["signature_starts"]),
        toc_line=re.compile(data["toc_line"], re.IGNORECASE),
        agreement_marker=_compile(data["agreement_markers"]),
        party_marker=_compile(data["party_markers"]),
        interne_regeling=_compile(data["interne_regeling"]),
        integrated_route=_compile(data["integrated_route"]),
        preamble_headings=frozenset(data["preamble_headings"]),
        definition_headings=frozenset(data["definition_headings"]),
        toc_headings=frozenset(data["toc_headings"]),
        note_headings=tuple(data["note_headings"]),
        non_binding=_compile(data["non_binding"]),
        non_binding_heading=_compile(data["non_binding_headings"]),
    )
