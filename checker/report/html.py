"""One self-contained HTML page: a matrix of agreements × items a–j, counts per item, and per
agreement its verdict, document info, and every item with findings, quoted evidence and suggested
wording. Inline CSS and a few lines of inline JavaScript for sorting; nothing from the network.

The page is rendered from `templates/report.html.j2` with autoescaping on: every text from a
document is escaped.
"""

from __future__ import annotations

from functools import lru_cache

from checker import __version__
from checker.report.catalogue import describe, item_descriptions
from checker.report.labels import (
    KIND_NL,
    ROUTE_NL,
    SEVERITY_NL,
    STATUS_LONG_NL,
    STATUS_MARK,
    STATUS_NL,
    VERDICT_NL,
)
from checker.report.locate import display_path
from checker.results import DocumentReport, RequirementResult

# Sort order in the matrix: the worst first when sorted ascending.
_STATUS_RANK = {"missing": 0, "weak": 1, "not_applicable": 2, "present": 3}
_VERDICT_RANK = {None: 0, "non_compliant": 1, "compliant": 2}


@lru_cache(maxsize=1)
def _template():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("checker.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        keep_trailing_newline=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template("report.html.j2")


def render(reports: list[DocumentReport]) -> str:
    return _template().render(**context(reports))


def context(reports: list[DocumentReport]) -> dict:
    """Everything the template shows, as plain values."""
    items = item_descriptions()
    documents = [_document(i, r) for i, r in enumerate(reports, 1)]
    checked = [r for r in reports if r.status == "checked"]
    counts = []
    for item in items:
        statuses = [q.status for r in checked for q in r.requirements if q.id == item.id]
        counts.append(
            {
                "id": item.id,
                "title": item.title,
                "statute": item.statute,
                **{s: statuses.count(s) for s in _STATUS_RANK},
            }
        )
    title = (
        "Controle samenwerkingsovereenkomst: " + display_path(reports[0].path)
        if len(reports) == 1
        else f"Controle van {len(reports)} samenwerkingsovereenkomsten"
    )
    return {
        "title": title,
        "version": __version__,
        "items": items,
        "documents": documents,
        "counts": counts,
        "summary": {
            "total": len(reports),
            "compliant": sum(r.verdict == "compliant" for r in reports),
            "non_compliant": sum(r.verdict == "non_compliant" for r in reports),
            "errors": len(reports) - len(checked),
        },
        "errors": [d for d in documents if d["error"]],
        "legend": [
            (s, STATUS_MARK[s], STATUS_LONG_NL[s]) for s in ("present", "weak", "missing", "not_applicable")
        ],
    }


def _document(number: int, report: DocumentReport) -> dict:
    doc = {
        "anchor": f"doc-{number}",
        "path": display_path(report.path),
        "verdict": report.verdict,
        "verdict_nl": VERDICT_NL[report.verdict],
        "verdict_rank": _VERDICT_RANK[report.verdict],
        "error": report.error,
        "info": None,
        "findings": [_finding(f) for f in report.findings],
        "requirements": [],
        "cells": {},
    }
    if report.status != "checked":
        return doc
    info = report.document
    if info:
        doc["info"] = {
            "type": KIND_NL.get(info.type, info.type),
            "route": ROUTE_NL.get(info.route, info.route),
            "parties": list(info.parties),
            "pages": info.pages,
            "format": info.format,
            "dated": info.dated,
            "signed": info.signed,
        }
    doc["requirements"] = [_requirement(r) for r in report.requirements]
    doc["cells"] = {
        r.id: {
            "status": r.status,
            "mark": STATUS_MARK[r.status],
            "text": STATUS_NL[r.status],
            "rank": _STATUS_RANK[r.status],
        }
        for r in report.requirements
    }
    return doc


def _requirement(result: RequirementResult) -> dict:
    show_suggestion = result.status in ("weak", "missing") or (
        result.status == "not_applicable" and any(f.severity == "warning" for f in result.findings)
    )
    return {
        "id": result.id,
        "title": result.title,
        "statute": result.statute,
        "status": result.status,
        "mark": STATUS_MARK[result.status],
        "status_nl": STATUS_LONG_NL[result.status],
        "findings": [_finding(f) for f in result.findings],
        "evidence": [
            {"text": e.text, "page": e.page, "section": e.section, "ocr": e.ocr} for e in result.evidence
        ],
        "suggestion": (result.suggestion or describe(result.id).suggestion) if show_suggestion else None,
    }


def _finding(finding) -> dict:
    return {
        "severity": finding.severity,
        "severity_nl": SEVERITY_NL.get(finding.severity, finding.severity),
        "message": finding.message,
    }
