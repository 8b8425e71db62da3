"""A Markdown report: a table of agreements × items a–j, then per agreement the weak and missing
items with their first finding. Fits a pull-request comment or `$GITHUB_STEP_SUMMARY`."""

from __future__ import annotations

import re

from checker.report.catalogue import item_descriptions
from checker.report.labels import STATUS_LONG_NL, STATUS_MARK, STATUS_NL, verdict_nl
from checker.results import DocumentReport, RequirementResult

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def render(reports: list[DocumentReport]) -> str:
    items = item_descriptions()
    lines = ["# Rapport leerroute-check", "", _summary(reports), ""]
    lines.append("| Overeenkomst | Oordeel | " + " | ".join(d.id for d in items) + " |")
    lines.append("| --- | --- | " + " | ".join(":-:" for _ in items) + " |")
    for report in reports:
        if report.status == "checked":
            marks = {r.id: STATUS_MARK[r.status] for r in report.requirements}
            cells = [marks.get(d.id, "") for d in items]
        else:
            cells = ["" for _ in items]
        lines.append(f"| {_inline(report.path)} | {verdict_nl(report)} | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append("Tekens: " + " · ".join(f"{STATUS_MARK[s]} {STATUS_LONG_NL[s]}" for s in STATUS_MARK) + ".")
    lines.append("")
    lines.append("Onderdelen: " + "; ".join(f"**{d.id}** {_inline(d.title)}" for d in items) + ".")
    details = [block for report in reports for block in _document(report)]
    if details:
        lines += ["", "## Per overeenkomst", "", *details]
    return "\n".join(lines).rstrip("\n") + "\n"


def _summary(reports: list[DocumentReport]) -> str:
    ok = sum(r.verdict == "compliant" for r in reports)
    bad = sum(r.verdict == "non_compliant" for r in reports)
    errors = sum(r.status != "checked" for r in reports)
    return (
        f"{len(reports)} {'overeenkomst' if len(reports) == 1 else 'overeenkomsten'}: "
        f"{ok} voldoen, {bad} voldoen niet, {errors} niet te lezen."
    )


def _document(report: DocumentReport) -> list[str]:
    if report.status != "checked":
        error = report.error or {}
        return [
            f"### {_inline(report.path)}",
            "",
            f"Niet te lezen ({error.get('code', '')}): {_inline(error.get('message', ''))}",
            "",
        ]
    problems = [r for r in report.requirements if r.status in ("weak", "missing")]
    if not problems:
        return []
    out = [f"### {_inline(report.path)}", ""]
    out += [_item(r) for r in problems]
    return [*out, ""]


def _item(result: RequirementResult) -> str:
    line = f"- **{result.id}. {_inline(result.title)}**: {STATUS_NL[result.status]}"
    first = next((f for f in result.findings if f.severity != "info"), None) or next(
        iter(result.findings), None
    )
    if first:
        line += f". {_inline(first.message)}"
    return line


def _inline(text: str) -> str:
    """Escape Markdown so a path or message shows as written (and a pipe cannot break the table)."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
