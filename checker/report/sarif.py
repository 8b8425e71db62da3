"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others).

One rule per item a–j (`LRC-F-overstapoptie`), plus `LRC-READ` for documents that could not be
read. One result per weak or missing item; present and not_applicable items give none. Every
result has a location (GitHub rejects results without one) with `startLine` 1, or the evidence's
line for text and Markdown; the page and section go in `properties`. `partialFingerprints` hash
the rule, the path and the evidence text, never a line, so an alert survives edits elsewhere.
No timestamps or durations: the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json

from checker import __version__
from checker.report.catalogue import ItemDescription, item_descriptions
from checker.report.labels import STATUS_NL, RenderOptions, issue_level
from checker.report.locate import artifact_location, display_path, evidence_line
from checker.results import DocumentReport, RequirementResult

USES_OPTIONS = True
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
READ_RULE_ID = "LRC-READ"
FINGERPRINT_KEY = "leerrouteCheck/v1"

_WEAK_MEANS = (
    "Zwak: er staat wel iets over in de overeenkomst, maar het is niet ingevuld (invulruimte of "
    'sjabloontekst), uitgesteld ("nader te bepalen"), herhaalt alleen de wettekst, of mist een '
    "kernelement. Ontbreekt: er staat niets over in de overeenkomst."
)


def render(reports: list[DocumentReport], options: RenderOptions | None = None) -> str:
    return json.dumps(build(reports, options or RenderOptions()), ensure_ascii=False, indent=2) + "\n"


def build(reports: list[DocumentReport], options: RenderOptions) -> dict:
    items = item_descriptions()
    rules = [_rule(item, options) for item in items] + [_read_rule()]
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    by_id = {item.id: item for item in items}
    results: list[dict] = []
    notifications: list[dict] = []
    for report in reports:
        if report.status != "checked":
            results.append(_read_result(report, index[READ_RULE_ID]))
            notifications.append(_read_notification(report))
            continue
        for requirement in report.requirements:
            level = issue_level(requirement, options)
            if level is None:
                continue
            item = by_id[requirement.id]
            results.append(_result(report, requirement, item, level, index[item.rule_id]))
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "leerroute-check",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "language": "nl-NL",
                        "rules": rules,
                    }
                },
                "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
                "language": "nl-NL",
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _rule(item: ItemDescription, options: RenderOptions) -> dict:
    level = options.severity.get(item.id, "error")
    text = (
        f"{item.label} ({item.statute}). Wat de wet vraagt: {item.asks} {_WEAK_MEANS} "
        f"Voorbeeldtekst: {item.suggestion}"
    )
    markdown = (
        f"**{item.label}**\n\n"
        f"Wettelijke grondslag: {item.statute}.\n\n"
        f"Wat de wet vraagt: {item.asks}\n\n"
        f"{_WEAK_MEANS}\n\n"
        f"Voorbeeldtekst (pas de delen tussen [ ] aan):\n\n> {item.suggestion}\n"
    )
    return {
        "id": item.rule_id,
        "name": item.key.replace("_", "-"),
        "shortDescription": {"text": f"{item.label} ({item.statute})"},
        "fullDescription": {"text": item.asks},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": level},
        "properties": {
            "item": item.id,
            "key": item.key,
            "statute": item.statute,
            "suggestion": item.suggestion,
            "tags": ["samenwerkingsovereenkomst", "doorlopende-leerroute"],
        },
    }


def _read_rule() -> dict:
    text = (
        "Het bestand kon niet worden gelezen (beschadigd, versleuteld, te groot, een scan zonder "
        "tekst of een ander formaat), dus de onderdelen a-j zijn niet gecontroleerd."
    )
    return {
        "id": READ_RULE_ID,
        "name": "bestand-niet-te-lezen",
        "shortDescription": {"text": "Bestand niet te lezen"},
        "fullDescription": {"text": text},
        "help": {
            "text": text + " Lever het bestand aan als PDF met tekst, .docx of platte tekst.",
            "markdown": f"**Bestand niet te lezen**\n\n{text}\n\nLever het bestand aan als PDF met "
            "tekst, .docx of platte tekst.\n",
        },
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["leesfout"]},
    }


def _result(
    report: DocumentReport, requirement: RequirementResult, item: ItemDescription, level: str, rule_index: int
) -> dict:
    evidence = requirement.evidence[0] if requirement.evidence else None
    first = next((f for f in requirement.findings if f.severity != "info"), None)
    message = f"{item.label}: {STATUS_NL[requirement.status]}."
    if first:
        message += f" {first.message}"
    region: dict = {"startLine": evidence_line(report.path, evidence.text if evidence else None)}
    if evidence:
        region["snippet"] = {"text": evidence.text}
    properties: dict = {
        "status": requirement.status,
        "statute": requirement.statute,
        "confidence": round(requirement.confidence, 2),
    }
    if evidence and evidence.page is not None:
        properties["page"] = evidence.page
    if evidence and evidence.section:
        properties["section"] = evidence.section
    properties["findings"] = [f.message for f in requirement.findings]
    properties["suggestion"] = requirement.suggestion or item.suggestion
    return {
        "ruleId": item.rule_id,
        "ruleIndex": rule_index,
        "kind": "fail",
        "level": level,
        "message": {"text": message},
        "locations": [
            {"physicalLocation": {"artifactLocation": artifact_location(report.path), "region": region}}
        ],
        "partialFingerprints": {
            FINGERPRINT_KEY: _fingerprint(item.rule_id, report.path, evidence.text if evidence else "")
        },
        "properties": properties,
    }


def _read_result(report: DocumentReport, rule_index: int) -> dict:
    error = report.error or {}
    return {
        "ruleId": READ_RULE_ID,
        "ruleIndex": rule_index,
        "kind": "fail",
        "level": "error",
        "message": {"text": f"Bestand niet te lezen: {error.get('message', '')}"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(report.path),
                    "region": {"startLine": 1},
                }
            }
        ],
        "partialFingerprints": {
            FINGERPRINT_KEY: _fingerprint(READ_RULE_ID, report.path, error.get("code", ""))
        },
        "properties": {"errorCode": error.get("code", "")},
    }


def _read_notification(report: DocumentReport) -> dict:
    error = report.error or {}
    return {
        "level": "error",
        "message": {"text": f"{display_path(report.path)}: {error.get('message', '')}"},
        "descriptor": {"id": READ_RULE_ID},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(report.path)}}],
        "properties": {"errorCode": error.get("code", "")},
    }


def _fingerprint(rule_id: str, path: str, text: str) -> str:
    normalised = " ".join(text.split())
    key = "\x1f".join((rule_id, display_path(path), normalised))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
