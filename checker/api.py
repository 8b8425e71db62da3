"""The library entry points: `check_document(path)` and `check_paths(paths)`.

file --extract--> Document --segment--> Clauses --match--> Candidates --judge--> DocumentReport
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from checker.document import Document, ExtractionError
from checker.extract import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, extract
from checker.language import Language, load_language
from checker.results import DocumentInfo, DocumentReport, Finding, RequirementResult

_DATE = re.compile(
    r"\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)\s+\d{4}\b|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b",
    re.IGNORECASE,
)
_PARTY = re.compile(
    r"^(?:\d+[.)]\s*|[a-z][.)]\s*|[-•]\s*)?(?:de\s+|het\s+)?"
    r"(?P<name>(?:stichting|vereniging|coöperatie|cooperatie|openbare|christelijke|katholieke|"
    r"bestuur|het bevoegd gezag|college van bestuur|roc|regionaal opleidingencentrum|aoc|"
    r"onderwijsgroep|scholengroep|scholengemeenschap)\b[^,;:(]{2,100})",
    re.IGNORECASE,
)


MIN_ARRANGED_FOR_AGREEMENT = 3
_NAMED_BODY = re.compile(
    r"\b(?:Stichting|Vereniging|Coöperatie)(?:\s+(?:[A-Z0-9][\w'’&.-]*|de|voor|van|en|het)){1,8}"
)
_PARTY_CONTEXT = re.compile(
    r"\b(?:gevestigd|hierna|vertegenwoordigd|bevoegd gezag|kantoorhoudende)\b", re.IGNORECASE
)


def check_document(
    path: str | Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    display_path: str | None = None,
    *,
    ocr: str = "auto",
) -> DocumentReport:
    """Check one file. Never raises for a bad file: errors come back as `status: "error"`.

    `ocr` ("auto", "never", "always") says when PDF pages are read with text recognition.
    """
    path = Path(path)
    shown = display_path or str(path)
    started = time.perf_counter()
    try:
        document = extract(path, max_bytes=max_bytes, ocr=ocr)
        report = check_extracted(document, shown)
        _mark_ocr_evidence(report, document)
    except ExtractionError as exc:
        report = DocumentReport(path=shown, status="error", error={"code": exc.code, "message": exc.message})
    except MemoryError:
        report = DocumentReport(
            path=shown,
            status="error",
            error={"code": "too_large", "message": "Het bestand vraagt te veel geheugen om te lezen."},
        )
    except Exception as exc:  # noqa: BLE001 - a bad file must never crash a batch
        report = DocumentReport(
            path=shown,
            status="error",
            error={
                "code": "internal_error",
                "message": f"Het bestand kon niet worden verwerkt door een interne fout ({type(exc).__name__}).",
            },
        )
    report.seconds = time.perf_counter() - started
    return report


def _mark_ocr_evidence(report: DocumentReport, document: Document) -> None:
    """Evidence quoted from a page read by OCR gets `ocr=True` (OCR replaces the text of a whole
    page, so the page tells)."""
    pages = {block.page for block in document.blocks if block.ocr}
    if pages:
        for result in report.requirements:
            result.evidence = [replace(e, ocr=True) if e.page in pages else e for e in result.evidence]


def check_extracted(
    document: Document, shown: str | None = None, use_classifier: bool | None = None
) -> DocumentReport:
    """Check an already extracted document (used by tests and other front ends)."""
    from checker.judge import judge
    from checker.match import (
        analyse,
        anchored_items,
        containers,
        find_candidates,
        item_sections,
        named_sections,
        row_topics,
    )
    from checker.reading import forget_sentences
    from checker.requirements import load_requirements
    from checker.segment import outline, segment

    # The sentence caches serve the ten items of one document; a new document starts empty so a
    # batch's memory stays flat and timings stay honest.
    forget_sentences()
    language = load_language()
    requirements = load_requirements()
    clauses = segment(document, language)
    passages = analyse(clauses)
    info = describe(document, language, clauses)
    report = DocumentReport(path=shown or document.path, status="checked", document=info)
    report.findings.extend(Finding("extraction", "warning", w) for w in document.warnings)
    law_phrases = tuple(p for r in requirements for p in r.law_phrases)
    use = use_classifier if use_classifier is not None else load_settings().get("use_classifier", False)
    classified = _classify_passages(passages) if use else {}
    found = {r.id: item_sections(r, clauses) for r in requirements}
    for requirement in requirements:
        others = [r for r in requirements if r is not requirement]
        found[requirement.id] += named_sections(requirement, clauses, found[requirement.id], others)
    sections = {rid: frozenset(c.index for c in found[rid]) for rid in found}
    held = containers(clauses, set().union(*sections.values()))
    contents = outline(clauses)
    topics = row_topics(passages, requirements)
    anchors = anchored_items(passages, requirements)
    for requirement in requirements:
        others = frozenset().union(*(s for rid, s in sections.items() if rid != requirement.id)) - held
        candidates = find_candidates(
            requirement,
            clauses,
            passages,
            classified.get(requirement.id, frozenset()),
            others,
            found[requirement.id],
            contents,
            topics,
            anchors,
        )
        report.requirements.append(
            judge(requirement, candidates, language, law_phrases, info.type, info.route)
        )
    if info.type == "unknown":
        # No words of an agreement: only text that really arranges several items (an informal
        # "Afspraken over onze route") still counts as one.
        if sum(r.status == "present" for r in report.requirements) >= MIN_ARRANGED_FOR_AGREEMENT:
            info.type = "samenwerkingsovereenkomst"
        else:
            report.findings.append(
                Finding(
                    "not_an_agreement",
                    "error",
                    "Dit document lijkt geen samenwerkingsovereenkomst of interne regeling: er staan "
                    "geen partijen en geen overeenkomst in.",
                )
            )
            report.requirements = [_not_in_document(r) for r in requirements]
    return report


def _classify_passages(passages) -> dict[str, frozenset[int]]:
    """Ids of body paragraphs the clause classifier assigns to each item."""
    from checker.classifier import THRESHOLD, score_paragraphs

    body = [p for p in passages if p.role == "body" and len(p.text.split()) >= 4]
    out: dict[str, set[int]] = {}
    for passage, scores in zip(body, score_paragraphs([p.text for p in body]), strict=True):
        for item, score in scores.items():
            if score >= THRESHOLD:
                out.setdefault(item, set()).add(id(passage))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def load_settings() -> dict:
    """Decisions kept as data in models/settings.toml (e.g. whether the classifier is used)."""
    import tomllib

    from checker.resources import models_path

    path = models_path("settings.toml")
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _not_in_document(requirement) -> RequirementResult:
    from checker.judge import new_result, not_arranged

    result = new_result(requirement)
    result.suggestion = requirement.suggestion
    result.findings.append(not_arranged(requirement))
    return result


_INSTRUCTION = re.compile(r"\[[^\]]{0,400}\]")


def describe(document: Document, language: Language, clauses: list) -> DocumentInfo:
    """Recognise the kind of document, the route, the parties, and whether it is dated and signed."""
    from checker.segment import ticked_only

    # A form's options count only where ticked: "☐ ... een geïntegreerd onderwijsprogramma" left
    # empty says the route is not one.
    text = "\n".join(ticked_only(line) for line in document.text.split("\n"))
    low = text.lower()
    opening = low[:2500]
    is_agreement = bool(language.agreement_marker.search(low)) and bool(language.party_marker.search(low))
    title = low.lstrip().split("\n", 1)[0]
    # "Deel B: samenwerkingsovereenkomst met Stichting ...": an interne regeling that binds another
    # board as well is an agreement between two bevoegde gezagen
    binds_another_board = bool(language.agreement_with_another_board.search(opening))
    if not is_agreement:
        kind = "unknown"
    elif language.agreement_marker.search(title) and not language.interne_regeling.search(title):
        # A title naming an agreement ("Samenwerkingsovereenkomst ...", "... convenant") says what
        # it is, whatever its considerations say about when an interne regeling would have done
        kind = "samenwerkingsovereenkomst"
    elif language.interne_regeling.search(opening) and not binds_another_board:
        kind = "interne_regeling"
    else:
        kind = "samenwerkingsovereenkomst"
    # A template's instruction left in ("[Pas alleen aan als partijen een geïntegreerd
    # onderwijsprogramma verzorgen.]") says nothing about this route.
    instructed = _INSTRUCTION.sub(" ", opening)
    route = "geintegreerde_route" if language.integrated_route.search(instructed) else "doorlopende_leerroute"
    parties: list[str] = []
    # Parties are named in the front matter (before "komen overeen" / the first article).
    front = [p.text for c in clauses for p in c.paragraphs if p.role in ("front", "preamble")]
    front += [c.heading for c in clauses if c.heading and c.role in ("front", "preamble")]
    for text in front or [b.text for b in document.blocks[:25]]:
        text = text.strip()
        m = _PARTY.match(text)
        # A party is introduced with its seat or representation, or stands alone on a short line.
        names = []
        if m and (_PARTY_CONTEXT.search(text) or len(text.split()) <= 12):
            names.append(m.group("name"))
        else:
            names.extend(x.group(0) for x in _NAMED_BODY.finditer(text))
        for name in names:
            name = re.sub(r"\s+", " ", name).strip(" .,;")
            name = re.sub(r"^(?:de )?stichting (?=stichting\b)", "", name, flags=re.IGNORECASE)
            if name.lower() not in {p.lower() for p in parties} and len(parties) < 8:
                parties.append(name)
    tail = low[-3000:]
    signed = bool(
        re.search(
            r"\b(?:handtekening|ondertekend|getekend|w\.g\.|aldus overeengekomen|"
            r"aldus opgemaakt|voor akkoord)\b",
            tail,
        )
    )
    return DocumentInfo(
        type=kind,
        route=route,
        parties=parties,
        dated=bool(_DATE.search(tail)),
        signed=signed,
        pages=document.page_count,
        format=document.format,
    )


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """Expand folders (recursively) into agreement files; yields (path, how to show it)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(
                    part.startswith(".") for part in child.relative_to(path).parts
                ):
                    if child.suffix.lower() in SUPPORTED_SUFFIXES:
                        yield child, str(child)
        else:
            yield path, str(raw)


def skipped_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files inside the given folders that are not agreement files (reported, not checked)."""
    out = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if (
                    child.is_file()
                    and not any(p.startswith(".") for p in rel)
                    and child.suffix.lower() not in SUPPORTED_SUFFIXES
                ):
                    out.append(child)
    return out


def check_paths(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> list[DocumentReport]:
    """Check every agreement file in the given files and folders, in a stable order."""
    return [check_document(p, max_bytes=max_bytes, display_path=shown) for p, shown in iter_files(paths)]
