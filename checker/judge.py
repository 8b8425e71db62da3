"""Decide, per requirement, present / weak / missing / not_applicable, with evidence and findings.

A sentence counts as arranging something only after the judge has set aside what arranges
nothing: template gaps (dotted lines, bracketed instructions), sentences that only repeat the
statute or the template, deferrals ("nader te bepalen"), and for medezeggenschap sentences that
only describe the law or what "kan" be agreed. The core elements of the requirement are then
looked for in what is left; all required elements found means present.
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
from checker.results import Evidence, Finding, RequirementResult

EXCERPT_CHARS = 400
RESTATEMENT_SIMILARITY = 88
_WORDS = re.compile(r"[^\W\d_]{3,}")


@dataclass
class _Reading:
    """What the judge made of the candidate text of one requirement."""

    hits: dict[str, list[Passage]] = field(default_factory=dict)  # element key -> passages
    arranging: list[Passage] = field(default_factory=list)  # passages with arranging sentences
    placeholder: list[Passage] = field(default_factory=list)
    restated: list[Passage] = field(default_factory=list)
    deferred: list[Passage] = field(default_factory=list)
    descriptive: list[Passage] = field(default_factory=list)
    intention: list[Passage] = field(default_factory=list)
    rank: dict[int, int] = field(default_factory=dict)  # id(passage) -> source rank (lower first)
    entree_only: bool = False


def judge(
    requirement: Requirement,
    candidates: Candidates,
    language: Language,
    law_phrases: tuple[str, ...],
    variant: str,
    route: str = "doorlopende_leerroute",
) -> RequirementResult:
    """Judge one requirement from its candidate text."""
    result = RequirementResult(
        id=requirement.id,
        key=requirement.key,
        title=requirement.title,
        statute=requirement.statute,
        status="missing",
        confidence=0.9,
    )
    if variant == "interne_regeling" and requirement.id in ("h", "i", "j"):
        result.status = "not_applicable"
        result.confidence = 0.85
        result.findings.append(
            Finding(
                "interne_regeling",
                "info",
                f"Niet vereist in een interne regeling (art. 2.107b lid 3 WVO 2020): "
                f"{requirement.title.lower()} geldt alleen tussen verschillende bevoegde gezagen.",
            )
        )
        return result

    reading = _read(requirement, candidates, language, law_phrases)
    result.elements = {e.key: e.key in reading.hits for e in requirement.elements}
    decide = _DECIDERS.get(requirement.id, _decide_elements)
    decide(requirement, candidates, reading, result)
    if requirement.id == "f" and result.status in ("present", "weak"):
        _check_overstap(requirement, reading, result, route)
    if result.status in ("weak", "missing"):
        result.suggestion = requirement.suggestion
    return result


# --- reading the text -------------------------------------------------------------------------


def _read(
    requirement: Requirement, candidates: Candidates, language: Language, law_phrases: tuple[str, ...]
) -> _Reading:
    reading = _Reading()
    sources = [(p, True) for p in candidates.in_sections + candidates.anchored + candidates.context]
    sources += [(p, False) for p in candidates.related]
    # Evidence prefers a clause under a fitting heading, then one with an anchor term.
    for rank, group in enumerate(
        (candidates.in_sections, candidates.anchored, candidates.context, candidates.related)
    ):
        for passage in group:
            reading.rank.setdefault(id(passage), rank)
    # A paragraph pulled in only by a related term must itself carry most of the item's
    # elements; otherwise an incidental word elsewhere would complete the item.
    n_required = len([e for e in requirement.elements if e.required])
    needed = max(2, (n_required + 1) // 2) if n_required else len(requirement.elements) - 1
    for passage, about_item in sources:
        hits = _read_passage(requirement, passage, language, law_phrases, reading)
        if not hits or (not about_item and len(hits) < min(needed, len(requirement.elements))):
            continue
        for key in hits:
            reading.hits.setdefault(key, [])
            _add(reading.hits[key], passage)
        _add(reading.arranging, passage)
    return reading


def _read_passage(
    requirement: Requirement,
    passage: Passage,
    language: Language,
    law_phrases: tuple[str, ...],
    reading: _Reading,
) -> set[str]:
    """The elements this paragraph arranges, after setting aside what arranges nothing."""
    hits: set[str] = set()
    last = len(passage.sentences) - 1
    for n, sentence in enumerate(passage.sentences):
        kind, remainder = classify_sentence(sentence.text, language, law_phrases)
        if kind == "prompt" or (kind == "text" and passage.prompt and n == last and remainder.endswith(":")):
            _add(reading.placeholder, passage)
            continue
        if kind == "empty":
            continue
        if kind != "text":
            _add(getattr(reading, kind), passage)  # deferred, intention, restated, descriptive
            continue
        if requirement.id == "h" and language.hypothetical.search(remainder.lower()):
            _add(reading.descriptive, passage)
            continue
        probe = sentence if remainder == sentence.text else _sentence(remainder)
        hits.update(e.key for e in requirement.elements if e.matcher.search(probe))
    return hits


@lru_cache(maxsize=65536)
def classify_sentence(text: str, language: Language, law_phrases: tuple[str, ...]) -> tuple[str, str]:
    """What a sentence is, whatever item it is read for, and its text without template gaps
    and statutory wording. Kinds: empty, prompt (a fill-in prompt left unanswered), deferred,
    intention, restated (only repeats the statute or template), descriptive (describes the law),
    text (may arrange something)."""
    stripped, had_gap = language.strip_placeholders(text)
    if stripped.endswith(":") and had_gap:
        return "prompt", stripped
    if len(_WORDS.findall(stripped)) < 2:
        return ("prompt" if had_gap else "empty"), stripped
    low = stripped.lower()
    if language.deferral.search(low):
        return "deferred", stripped
    if language.intention.search(low):
        return "intention", stripped
    remainder = _without_law(stripped, law_phrases)
    if remainder is None:
        return "restated", stripped
    if language.law_description.search(remainder.lower()):
        return "descriptive", remainder
    return "text", remainder if remainder != stripped else (text if not had_gap else stripped)


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


# --- deciding ---------------------------------------------------------------------------------


def _decide_elements(
    requirement: Requirement, candidates: Candidates, reading: _Reading, result: RequirementResult
) -> None:
    """Present when every required element is arranged; weak when the item is addressed."""
    required = [e for e in requirement.elements if e.required]
    found = [e for e in required if e.key in reading.hits]
    if found and len(found) == len(required):
        result.status = "present"
        result.confidence = _present_confidence(candidates, reading, len(required))
        result.evidence = _evidence(_rank(reading, [e.key for e in required]))
        _note_defects(requirement, reading, result, severity="warning")
        return
    addressed = (
        candidates.sections
        or candidates.anchored
        or found
        or reading.placeholder
        or reading.deferred
        or reading.restated
        or reading.intention
    )
    if addressed:
        result.status = "weak"
        result.confidence = 0.85 if (reading.placeholder or reading.restated or reading.deferred) else 0.7
        result.evidence = _evidence(_rank(reading, [e.key for e in found]) or _section_passages(candidates))
        _note_defects(requirement, reading, result, severity="error")
        if candidates.sections and not _has_text(candidates):
            result.findings.append(
                Finding(
                    "empty_section",
                    "error",
                    f"De sectie '{candidates.sections[0].heading}' heeft geen inhoud ({requirement.statute}).",
                )
            )
        for element in required:
            if element.key not in reading.hits:
                result.findings.append(
                    Finding(
                        "element_missing", "error", f"{element.message} ({requirement.statute})", element.key
                    )
                )
        return
    _missing(requirement, candidates, result)


def _decide_funding(
    requirement: Requirement, candidates: Candidates, reading: _Reading, result: RequirementResult
) -> None:
    """g: no transfer stated is present; a transfer needs omvang and bestemming; silence is missing."""
    if "geen_overdracht" in reading.hits:
        result.status = "present"
        result.confidence = 0.85
        result.evidence = _evidence(_rank(reading, ["geen_overdracht"]))
        result.findings.append(
            Finding(
                "no_transfer",
                "info",
                f"Partijen verklaren dat geen bekostiging wordt overgedragen ({requirement.statute}).",
            )
        )
        return
    if "overdracht" in reading.hits:
        missing = [k for k in ("omvang", "bestemming") if k not in reading.hits]
        result.evidence = _evidence(_rank(reading, ["overdracht", "omvang", "bestemming"]))
        if not missing:
            result.status = "present"
            result.confidence = _present_confidence(candidates, reading, 3)
            _note_defects(requirement, reading, result, severity="warning")
            return
        result.status = "weak"
        result.confidence = 0.8
        _note_defects(requirement, reading, result, severity="error")
        for key in missing:
            element = requirement.element(key)
            result.findings.append(
                Finding("element_missing", "error", f"{element.message} ({requirement.statute})", key)
            )
        return
    if candidates.sections:
        result.status = "weak"
        result.confidence = 0.75
        result.evidence = _evidence(_section_passages(candidates))
        _note_defects(requirement, reading, result, severity="error")
        result.findings.append(
            Finding(
                "transfer_unclear",
                "error",
                "Er staat niet of er bekostiging wordt overgedragen, en zo ja de omvang en de "
                f"bestemming ({requirement.statute}).",
            )
        )
        return
    _missing(requirement, candidates, result)
    result.findings.append(
        Finding(
            "state_transfer", "info", "Vermeld ook als er geen bekostiging wordt overgedragen, dat dat zo is."
        )
    )


def _decide_medezeggenschap(
    requirement: Requirement, candidates: Candidates, reading: _Reading, result: RequirementResult
) -> None:
    """h: arrangements made are present; none is not_applicable with a warning (bouwsteen)."""
    if reading.hits:
        result.status = "present"
        result.confidence = _present_confidence(candidates, reading, 1)
        result.evidence = _evidence(_rank(reading, list(reading.hits)))
        return
    if (reading.placeholder or reading.deferred) and not reading.descriptive:
        result.status = "weak"
        result.confidence = 0.75
        result.evidence = _evidence(_section_passages(candidates) or reading.deferred)
        _note_defects(requirement, reading, result, severity="error")
        return
    result.status = "not_applicable"
    result.confidence = 0.8
    result.evidence = _evidence(_section_passages(candidates)[:1])
    result.findings.append(
        Finding(
            "medezeggenschap_not_arranged",
            "warning",
            "Er zijn geen afspraken over de medezeggenschap gemaakt. De bouwsteen noemt aanvullende "
            "afspraken optioneel, maar art. 2.107b lid 2 onder j WVO 2020 vraagt wel hoe de "
            "medezeggenschap is ingericht; leg dat vast.",
        )
    )


_DECIDERS = {"g": _decide_funding, "h": _decide_medezeggenschap}

# The overstapoptie's statutory rules (art. 2.107k WVO 2020; art. 9.1.14 WEB; bouwsteen
# "Altijd een passend vervolg"): the agreement may not send a leaving pupil only to Entree, may not
# impose vooropleidingseisen on a switch within the same instelling, and a geïntegreerde route
# guarantees a passende plek (motie Kwint).
_ENTREE = re.compile(r"\bentree", re.IGNORECASE)
_OTHER_OPTIONS = re.compile(
    r"\b(?:regulier\w*|andere (?:opleiding|mbo-opleiding|route|leerroute|doorlopende|richting|leerweg)\w*|"
    r"ander (?:profiel|niveau|opleidingsdomein)|(?:het)?zelfde niveau|vergelijkbaar niveau|niveau [234]|"
    r"vmbo-diploma|mbo-diploma|startkwalificatie|doubler\w*|passende plek|basisberoepsopleiding|vakopleiding)\b",
    re.IGNORECASE,
)
_ADMISSION_RULE = re.compile(
    r"\b(?:vooropleidingseis\w*|toelatingseis\w*|vooropleidingsvereist\w*)", re.IGNORECASE
)
_WAIVED = re.compile(
    r"\b(?:niet|geen|zonder|vrij van|vervallen|vervalt|buiten toepassing|gelden niet|ontheven|ontheffing|andere instelling|"
    r"ander roc|andere mbo-instelling|geschiktheidsonderzoek)\b",
    re.IGNORECASE,
)
_AUTOMATIC_ENTREE = re.compile(
    r"\bautomatisch\b[^.]{0,80}\bentree|\bentree\b[^.]{0,80}\bautomatisch\b", re.IGNORECASE
)
_GUARANTEE = re.compile(
    r"\b(?:passende (?:plek|plaats|opleiding)|gegarandeerd|garantie|garanderen|garandeert)\b", re.IGNORECASE
)


def _check_overstap(
    requirement: Requirement, reading: _Reading, result: RequirementResult, route: str
) -> None:
    texts = [s.text for p in reading.arranging for s in p.sentences]
    joined = " ".join(texts)
    statute = requirement.statute
    problems = []
    if _ENTREE.search(joined) and not _OTHER_OPTIONS.search(_ENTREE.sub(" ", joined)):
        problems.append(
            Finding(
                "entree_only",
                "error",
                "Als enige mogelijkheid wordt de Entree-opleiding genoemd; de overstapoptie moet een passend "
                f"alternatief bieden waarmee de leerling een vmbo- of mbo-diploma kan halen ({statute}).",
                "alternatief",
            )
        )
    for text in texts:
        if _ADMISSION_RULE.search(text) and not _WAIVED.search(text):
            problems.append(
                Finding(
                    "contradicts_statute",
                    "error",
                    "Bij een overstap binnen dezelfde instelling gelden de vooropleidingseisen niet (art. 2.107k "
                    f"WVO 2020; art. 9.1.14 WEB); de overeenkomst mag ze niet opleggen ({statute}).",
                    "alternatief",
                )
            )
            break
    if route == "geintegreerde_route":
        automatic = [
            t
            for t in texts
            if _AUTOMATIC_ENTREE.search(t) and not re.search(r"\b(?:niet|geen|nooit)\b", t, re.I)
        ]
        if automatic:
            problems.append(
                Finding(
                    "contradicts_statute",
                    "error",
                    "In de geïntegreerde route gaat een leerling die stopt niet automatisch naar Entree; hij heeft "
                    f"recht op een passende plek (motie Kwint; {statute}).",
                    "alternatief",
                )
            )
        elif not _GUARANTEE.search(joined):
            problems.append(
                Finding(
                    "passende_plek_missing",
                    "error",
                    "Voor de geïntegreerde route ontbreekt de garantie van een passende plek voor een leerling "
                    f"die de route verlaat (motie Kwint; {statute}).",
                    "alternatief",
                )
            )
    if problems:
        result.findings.extend(problems)
        if result.status == "present":
            result.status = "weak"
            result.confidence = 0.8
            result.suggestion = requirement.suggestion
        result.elements["alternatief"] = False


def _missing(requirement: Requirement, candidates: Candidates, result: RequirementResult) -> None:
    result.status = "missing"
    result.confidence = 0.75 if candidates.outside else 0.9
    result.findings.append(
        Finding(
            "not_arranged",
            "error",
            f"Geen afspraken gevonden over: {requirement.title.lower()} ({requirement.statute}).",
        )
    )
    where = sorted({_ROLE_NAMES.get(p.role, p.role) for p in candidates.outside})
    if where:
        result.findings.append(
            Finding(
                "mentioned_outside_operative_text",
                "info",
                f"Het onderwerp wordt alleen genoemd in {' en '.join(where)}; dat is geen afspraak.",
            )
        )


_ROLE_NAMES = {
    "preamble": "de considerans",
    "toc": "de inhoudsopgave",
    "definitions": "de begripsbepalingen",
    "front": "de aanhef",
}


def _note_defects(
    requirement: Requirement, reading: _Reading, result: RequirementResult, severity: str
) -> None:
    statute = requirement.statute
    if reading.placeholder:
        result.findings.append(
            Finding(
                "placeholder", severity, f"Niet ingevuld: alleen invulruimte of sjabloontekst ({statute})."
            )
        )
    if reading.restated:
        result.findings.append(
            Finding(
                "restates_law",
                severity,
                f"De tekst herhaalt alleen de wettelijke omschrijving; dat is nog geen afspraak ({statute}).",
            )
        )
    if reading.intention:
        result.findings.append(
            Finding(
                "intention_only",
                severity,
                "Er staat alleen een voornemen ('streven ernaar', 'waar mogelijk'), geen afspraak "
                f"({statute}).",
            )
        )
    if reading.deferred:
        result.findings.append(
            Finding(
                "deferred",
                severity,
                "De afspraak wordt uitgesteld ('nader te bepalen', 'wordt later uitgewerkt'); "
                f"de kaders moeten in de overeenkomst zelf staan ({statute}).",
            )
        )


def _present_confidence(candidates: Candidates, reading: _Reading, n_elements: int) -> float:
    confidence = 0.75
    if candidates.sections:
        confidence += 0.12
    if sum(len(v) for v in reading.hits.values()) > n_elements:
        confidence += 0.06
    if reading.placeholder or reading.deferred or reading.restated:
        confidence -= 0.1
    return min(confidence, 0.97)


def _rank(reading: _Reading, keys: list[str]) -> list[Passage]:
    """Passages ordered by how many of the given elements they carry, then by where they were
    found (under a fitting heading first), then in document order."""
    counts: dict[int, tuple[int, Passage]] = {}
    order: list[Passage] = []
    for key in keys:
        for passage in reading.hits.get(key, []):
            pid = id(passage)
            if pid not in counts:
                order.append(passage)
                counts[pid] = (0, passage)
            counts[pid] = (counts[pid][0] + 1, passage)
    return sorted(order, key=lambda p: (-counts[id(p)][0], reading.rank.get(id(p), 9)))


def _section_passages(candidates: Candidates) -> list[Passage]:
    if candidates.in_sections:
        return candidates.in_sections
    return [Passage(c, c.heading, c.heading or "", c.page, "heading", []) for c in candidates.sections]


def _has_text(candidates: Candidates) -> bool:
    return any(p.text.strip() for p in candidates.in_sections)


def _evidence(passages: list[Passage], limit: int = 3) -> list[Evidence]:
    out = []
    seen = set()
    for passage in passages:
        text = _excerpt(passage.text)
        if not text or text in seen:
            continue
        seen.add(text)
        out.append(Evidence(page=passage.page, text=text, section=passage.section))
        if len(out) == limit:
            break
    return out


def _excerpt(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= EXCERPT_CHARS:
        return text
    cut = text[:EXCERPT_CHARS].rsplit(" ", 1)[0]
    return cut + " …"
