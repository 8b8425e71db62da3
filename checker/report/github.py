"""GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` annotation per weak or
missing item and per unreadable document, then a plain summary line.

Escaping follows the runner's rules: in the message `%`, CR and LF are percent-encoded; in the
properties (`file`, `title`) also `:` and `,`. GitHub shows at most 10 errors and 10 warnings per
step; the summary line and the exit code carry the rest.
"""

from __future__ import annotations

from checker.report.labels import STATUS_NL, RenderOptions, issue_level
from checker.report.locate import display_path, evidence_line
from checker.results import DocumentReport

USES_OPTIONS = True
_COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def render(reports: list[DocumentReport], options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    lines = []
    for report in reports:
        path = display_path(report.path)
        if report.status != "checked":
            error = report.error or {}
            lines.append(
                _command(
                    "error",
                    path,
                    1,
                    "Bestand niet te lezen",
                    f"{error.get('message', '')} ({error.get('code', '')})",
                )
            )
            continue
        for requirement in report.requirements:
            level = issue_level(requirement, options)
            if level is None:
                continue
            evidence = requirement.evidence[0].text if requirement.evidence else None
            title = f"{requirement.id}. {requirement.title}: {STATUS_NL[requirement.status]}"
            body = [f.message for f in requirement.findings if f.severity != "info"] or [requirement.statute]
            if requirement.suggestion:
                body.append(f"Voorstel: {requirement.suggestion}")
            lines.append(
                _command(_COMMAND[level], path, evidence_line(report.path, evidence), title, "\n".join(body))
            )
    ok = sum(r.verdict == "compliant" for r in reports)
    bad = sum(r.verdict == "non_compliant" for r in reports)
    errors = sum(r.status != "checked" for r in reports)
    lines.append(
        f"leerroute-check: {len(reports)} documenten: {ok} voldoen, {bad} voldoen niet, "
        f"{errors} niet te lezen."
    )
    return "\n".join(lines) + "\n"


def _command(kind: str, path: str, line: int, title: str, message: str) -> str:
    props = f"file={escape_property(path)},line={line},title={escape_property(title)}"
    return f"::{kind} {props}::{escape_data(message)}"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
