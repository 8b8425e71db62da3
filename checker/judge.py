"""Decide, per requirement, present / weak / missing / not_applicable, with evidence and findings.

The reader (`checker.reading`) has set aside what arranges nothing and found the core elements in
what is left. Here: all required elements found means present; an item that is addressed but
falls short is weak, with a finding for each absent element; an item not addressed is missing.
Funding (g) and medezeggenschap (h) have their own rules, and the overstapoptie (f) is held
against the statute (`checker.overstap`).
"""

from __future__ import annotations

import re

from checker.language import Language
from checker.match import Candidates, Passage
from checker.overstap import check_overstap
from checker.reading import Reading, rank, read
from checker.requirements import Requirement
from checker.results import Evidence, Finding, RequirementResult

EXCERPT_CHARS = 400


def judge(
    requirement: Requirement,
    candidates: Candidates,
    language: Language,
    law_phrases: tuple[str, ...],
    variant: str,
    route: str = "doorlopende_leerroute",
) -> RequirementResult:
    """Judge one requirement from its candidate text."""
    result = new_result(requirement)
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

    reading = read(requirement, candidates, language, law_phrases)
    result.elements = {e.key: e.key in reading.hits for e in requirement.elements}
    decide = _DECIDERS.get(requirement.id, _decide_elements)
    decide(requirement, candidates, reading, result)
    if requirement.id == "f" and result.status in ("present", "weak"):
        check_overstap(requirement, reading, result, route)
    if requirement.id == "i" and result.status == "present":
        _check_settlement(requirement, reading, result, language)
    if result.status == "present" and variant != "interne_regeling":
        _check_all_parties(requirement, reading, result)
    if result.status in ("weak", "missing"):
        result.suggestion = requirement.suggestion
    return result


# --- reading the text -------------------------------------------------------------------------


# --- deciding ---------------------------------------------------------------------------------


def _decide_elements(
    requirement: Requirement, candidates: Candidates, reading: Reading, result: RequirementResult
) -> None:
    """Present when every required element is arranged; weak when the item is addressed."""
    required = [e for e in requirement.elements if e.required]
    found = [e for e in required if e.key in reading.hits]
    if found and len(found) == len(required):
        result.status = "present"
        result.confidence = _present_confidence(candidates, reading, len(required))
        result.evidence = _evidence(rank(reading, [e.key for e in required]))
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
        or reading.missing_annexes
        or reading.broken_references
    )
    if addressed:
        result.status = "weak"
        result.confidence = 0.85 if (reading.placeholder or reading.restated or reading.deferred) else 0.7
        result.evidence = _evidence(rank(reading, [e.key for e in found]) or _addressing(candidates, reading))
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
    requirement: Requirement, candidates: Candidates, reading: Reading, result: RequirementResult
) -> None:
    """g: no transfer stated is present; a transfer needs omvang and bestemming; silence is missing.

    "No transfer" one way does not cover a transfer the other way ("the school transfers € ... per
    pupil; in the mbo phase the instelling transfers nothing"): that transfer needs its omvang and
    bestemming like any other."""
    transferring = _transfer_passages(reading)
    if "geen_overdracht" in reading.hits and not transferring:
        result.status = "present"
        result.confidence = 0.85
        result.evidence = _evidence(rank(reading, ["geen_overdracht"]))
        result.findings.append(
            Finding(
                "no_transfer",
                "info",
                f"Partijen verklaren dat geen bekostiging wordt overgedragen ({requirement.statute}).",
            )
        )
        return
    if transferring and "overdracht" not in reading.hits:
        # "De school draagt, met toepassing van artikel 5.42a, voor iedere leerling die ... € 600 over"
        reading.hits["overdracht"] = transferring
        result.elements["overdracht"] = True
    if "overdracht" in reading.hits:
        # The omvang and bestemming must be those of the transfer: stated with it, in the article
        # that states it, or in the financial section itself (not a budget ceiling elsewhere).
        about_transfer = {id(p) for p in reading.hits["overdracht"] + candidates.in_sections}
        transfer_clauses = {id(p.clause) for p in reading.hits["overdracht"] if p.clause.heading}
        for key in ("omvang", "bestemming"):
            kept = [
                p
                for p in reading.hits.get(key, [])
                if id(p) in about_transfer or id(p.clause) in transfer_clauses  # the same article
            ]
            if kept:
                reading.hits[key] = kept
            else:
                reading.hits.pop(key, None)
                result.elements[key] = False
        missing = [k for k in ("omvang", "bestemming") if k not in reading.hits]
        result.evidence = _evidence(rank(reading, ["overdracht", "omvang", "bestemming"]))
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


# A sum of money, stated or left open ("een bedrag van EUR [•]"), and a verb that moves it.
_MONEY = re.compile(
    r"€|\beur(?:o)?\b|\bbedrag\b|\bprocent\b|%|\brijksbijdrage\b|\blumpsum\b|\bbekostiging\b|\bmiddelen\b"
)
_MOVES_MONEY = re.compile(
    r"\b(?:draagt|dragen|maakt|maken)\b[^;]{0,200}\bover\b|\bovergedragen\b|\bovergemaakt\b"
    r"|\b(?:overdraagt|overmaakt)\b"
    r"|\b(?:betaalt|betalen|vergoedt|vergoeden|factureert|factureren)\b"
)
# "Ieder betaalt zijn eigen docenten", "de school betaalt daar zelf de rekeningen van": paying
# one's own costs moves nothing to the other party.
_PAYS_OWN = re.compile(r"\b(?:betaalt|betalen)\b")
_OWN = re.compile(r"\bzelf\b|\beigen\b")
_NEGATION = re.compile(r"\b(?:geen|niet|niets)\b")


def _transfer_passages(reading: Reading) -> list[Passage]:
    """The paragraphs with a sentence that moves a sum of money from one party to the other,
    without negation (read in every paragraph the item was found in: "draagt de school, met
    toepassing van artikel 5.42a, ... € 1.150 over" has commas between verb and particle)."""
    passages = {id(p): p for hits in reading.hits.values() for p in hits}
    return [p for p in passages.values() if _moves_money(p)]


def _moves_money(passage: Passage) -> bool:
    for sentence in passage.sentences:
        low = sentence.lower
        moves = _MOVES_MONEY.search(low)
        if not moves or not _MONEY.search(low) or _NEGATION.search(low) or "?" in low:
            continue  # (a form's question "Wordt bekostiging overgedragen? Nee" states none)
        if _PAYS_OWN.fullmatch(moves.group(0)) and _OWN.search(low):
            continue
        return True
    return False


def _decide_medezeggenschap(
    requirement: Requirement, candidates: Candidates, reading: Reading, result: RequirementResult
) -> None:
    """h: arrangements made are present; none is not_applicable with a warning (bouwsteen)."""
    if reading.hits:
        result.status = "present"
        result.confidence = _present_confidence(candidates, reading, 1)
        result.evidence = _evidence(rank(reading, list(reading.hits)))
        return
    left_elsewhere = reading.missing_annexes or reading.broken_references
    if reading.placeholder or left_elsewhere or (reading.deferred and not reading.descriptive):
        result.status = "weak"
        result.confidence = 0.75
        result.evidence = _evidence(_addressing(candidates, reading))
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


def _check_settlement(
    requirement: Requirement, reading: Reading, result: RequirementResult, language: Language
) -> None:
    """i: a procedure that ends in advice binding nobody, with no step that decides, settles no
    dispute: weak."""
    texts = [p.text.lower() for p in reading.arranging]
    if not any(language.advice_not_binding.search(t) for t in texts):
        return
    if any(language.dispute_decided.search(t) for t in texts):
        return
    result.status = "weak"
    result.confidence = 0.75
    result.findings.append(
        Finding(
            "dispute_not_settled",
            "error",
            "De regeling eindigt in een advies dat niemand bindt en opnieuw overleg; er staat niet "
            f"wie een geschil uiteindelijk beslecht (rechter, arbitrage, bindend advies) ({requirement.statute}).",
            "procedure",
        )
    )


def _check_all_parties(requirement: Requirement, reading: Reading, result: RequirementResult) -> None:
    """An element owed to every party (d: verantwoording aan de bevoegde gezagen) that the agreement
    gives to one party's body only ("aan het college van bestuur van de penvoerder") is not met.

    Read in the sentences that carry the element, in the paragraphs that name the item (a reporting
    verb or report) when there are such: there the recipient is the recipient of the reporting. An
    agreement between several bevoegde gezagen is meant; an interne regeling has only one."""
    for element in requirement.elements:
        if not element.one_party or element.key not in reading.hits:
            continue
        passages = reading.hits[element.key]
        # the paragraphs whose sentences name the item (a reporting verb or report); the recipient
        # is read in all their sentences ("Het bestuur van de school ontvangt een afschrift")
        naming_item = [p for p in passages if any(requirement.anchors.search(s) for s in p.sentences)]
        texts = [s.text for p in naming_item or passages for s in p.sentences if element.search(s)]
        if not texts or any(element.all_parties and element.all_parties.search(t) for t in texts):
            continue
        mentions = [m for t in texts for pattern in element.one_party for m in pattern.finditer(t)]
        named = {m.group("party").lower() for m in mentions if "party" in m.re.groupindex}
        if not mentions or len(named) > 1:
            continue
        result.status = "weak"
        result.confidence = 0.7
        result.elements[element.key] = False
        result.findings.append(
            Finding(
                "one_party_only", "error", f"{element.one_party_message} ({requirement.statute})", element.key
            )
        )


def new_result(
    requirement: Requirement, status: str = "missing", confidence: float = 0.9
) -> RequirementResult:
    """A result for `requirement`, before any evidence or finding."""
    return RequirementResult(
        id=requirement.id,
        key=requirement.key,
        title=requirement.title,
        statute=requirement.statute,
        status=status,
        confidence=confidence,
    )


def not_arranged(requirement: Requirement) -> Finding:
    """The finding for an item the agreement does not arrange."""
    return Finding(
        "not_arranged",
        "error",
        f"Geen afspraken gevonden over: {requirement.title.lower()} ({requirement.statute}).",
    )


def _missing(requirement: Requirement, candidates: Candidates, result: RequirementResult) -> None:
    result.status = "missing"
    result.confidence = 0.75 if candidates.outside else 0.9
    result.findings.append(not_arranged(requirement))
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
    "note": "een toelichting",
}


def _note_defects(
    requirement: Requirement, reading: Reading, result: RequirementResult, severity: str
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
    for annex in sorted(reading.missing_annexes):
        result.findings.append(
            Finding(
                "missing_annex",
                severity,
                f"De afspraak wordt overgelaten aan bijlage {annex.upper()}, maar die bijlage staat niet in "
                f"het document ({statute}).",
            )
        )
    for article, thing in sorted(reading.broken_references):
        result.findings.append(
            Finding(
                "broken_reference",
                severity,
                f"De tekst verwijst naar de '{thing}' van artikel {article}, maar dat artikel zegt daar "
                f"niets over ({statute}).",
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


def _present_confidence(candidates: Candidates, reading: Reading, n_elements: int) -> float:
    confidence = 0.75
    if candidates.sections:
        confidence += 0.12
    if sum(len(v) for v in reading.hits.values()) > n_elements:
        confidence += 0.06
    if reading.placeholder or reading.deferred or reading.restated:
        confidence -= 0.1
    return min(confidence, 0.97)


def _section_passages(candidates: Candidates) -> list[Passage]:
    if candidates.in_sections:
        return candidates.in_sections
    return [Passage(c, c.heading, c.heading or "", c.page, "heading", []) for c in candidates.sections]


def _addressing(candidates: Candidates, reading: Reading) -> list[Passage]:
    """The text that addresses an item without arranging it: its section, or the paragraphs with
    a template gap, a deferral, an intention, a restatement, or an anchor term."""
    return (
        _section_passages(candidates)
        or reading.placeholder
        or reading.deferred
        or reading.intention
        or reading.restated
        or candidates.anchored
    )


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
