"""What every renderer shares: the Dutch words for statuses and verdicts, and how a status becomes
a severity level and a failure in CI formats.

Severity: by default a missing item is an `error` and a weak item a `warning`; the configuration
may set another level per item (`severity = { h = "warning" }`). An item *fails* (exit code 1, a
JUnit `<failure>`) when its level is `error`, or `warning` with `--fail-on weak`. Without overrides
that is exactly: missing always fails, weak fails unless `--fail-on missing`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from checker.results import DocumentReport, RequirementResult

STATUS_NL = {
    "present": "aanwezig",
    "weak": "zwak",
    "missing": "ontbreekt",
    "not_applicable": "n.v.t.",
}
STATUS_LONG_NL = {**STATUS_NL, "not_applicable": "niet van toepassing"}
STATUS_MARK = {"present": "✓", "weak": "~", "missing": "✗", "not_applicable": "–"}
VERDICT_NL = {"compliant": "voldoet", "non_compliant": "voldoet niet", None: "niet te lezen"}
KIND_NL = {
    "samenwerkingsovereenkomst": "samenwerkingsovereenkomst",
    "interne_regeling": "interne regeling",
    "unknown": "geen overeenkomst herkend",
}
ROUTE_NL = {"doorlopende_leerroute": "doorlopende leerroute", "geintegreerde_route": "geïntegreerde route"}
SEVERITY_NL = {"error": "fout", "warning": "waarschuwing", "info": "info"}

LEVELS = ("error", "warning", "note")
FAIL_ON = ("weak", "missing")
DEFAULT_LEVEL = {"missing": "error", "weak": "warning"}


@dataclass(frozen=True)
class RenderOptions:
    """What changes how problems are graded: `--fail-on` and the per-item severity overrides."""

    fail_on: str = "weak"
    severity: Mapping[str, str] = field(default_factory=dict)  # item id -> error|warning|note


def issue_level(result: RequirementResult, options: RenderOptions) -> str | None:
    """The severity level of a weak or missing item; None for present and not_applicable."""
    if result.status not in DEFAULT_LEVEL:
        return None
    return options.severity.get(result.id, DEFAULT_LEVEL[result.status])


def fails(result: RequirementResult, options: RenderOptions) -> bool:
    """Whether this item makes the run fail (exit code 1, JUnit failure)."""
    level = issue_level(result, options)
    return level == "error" or (level == "warning" and options.fail_on == "weak")


def document_fails(report: DocumentReport, options: RenderOptions) -> bool:
    return report.status == "checked" and any(fails(r, options) for r in report.requirements)


def verdict_nl(report: DocumentReport) -> str:
    return VERDICT_NL[report.verdict]
