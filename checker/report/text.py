"""The readable Dutch report for the terminal."""

from __future__ import annotations

import textwrap

from checker.results import DocumentReport, RequirementResult

STATUS_NL = {
    "present": "aanwezig",
    "weak": "zwak",
    "missing": "ontbreekt",
    "not_applicable": "n.v.t.",
}
_MARK = {"present": "✓", "weak": "~", "missing": "✗", "not_applicable": "–"}
VERDICT_NL = {"compliant": "VOLDOET", "non_compliant": "VOLDOET NIET"}
_WIDTH = 100


def render(reports: list[DocumentReport]) -> str:
    parts = [_document(r) for r in reports]
    if len(reports) > 1:
        parts.append(_summary(reports))
    return "\n".join(parts)


def _document(report: DocumentReport) -> str:
    lines = [f"== {report.path}"]
    if report.status == "error":
        lines.append(f"   FOUT ({report.error['code']}): {report.error['message']}")
        return "\n".join(lines) + "\n"
    info = report.document
    kind = {
        "samenwerkingsovereenkomst": "samenwerkingsovereenkomst",
        "interne_regeling": "interne regeling",
        "unknown": "geen overeenkomst herkend",
    }[info.type]
    route = "geïntegreerde route" if info.route == "geintegreerde_route" else "doorlopende leerroute"
    lines.append(f"   Oordeel: {VERDICT_NL[report.verdict]}  ({kind}, {route})")
    if info.parties:
        lines.append(f"   Partijen: {'; '.join(info.parties)}")
    for finding in report.findings:
        lines.append(f"   ! {finding.message}")
    lines.append("")
    for req in report.requirements:
        lines.extend(_requirement(req))
    return "\n".join(lines) + "\n"


def _requirement(req: RequirementResult) -> list[str]:
    head = f" {_MARK[req.status]} {req.id}. {req.title}: {STATUS_NL[req.status]}"
    lines = [head]
    for ev in req.evidence[:1]:
        where = ", ".join(x for x in (ev.section, f"p. {ev.page}" if ev.page else None) if x)
        quote = ev.text if len(ev.text) <= 220 else ev.text[:217].rsplit(" ", 1)[0] + " …"
        lines.extend(_wrap(f"“{quote}”" + (f" ({where})" if where else ""), "      "))
    for finding in req.findings:
        if req.status == "present" and finding.severity == "info":
            continue
        lines.extend(_wrap(f"- {finding.message}", "      "))
    if req.suggestion and req.status in ("weak", "missing"):
        lines.extend(_wrap(f"Voorstel: {req.suggestion}", "      "))
    return lines


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, width=_WIDTH, initial_indent=indent, subsequent_indent=indent + "  ") or [
        indent
    ]


def _summary(reports: list[DocumentReport]) -> str:
    checked = [r for r in reports if r.status == "checked"]
    ok = sum(r.verdict == "compliant" for r in checked)
    errors = len(reports) - len(checked)
    lines = [
        "== Samenvatting",
        f"   {len(reports)} documenten: {ok} voldoen, {len(checked) - ok} voldoen niet, {errors} niet te lezen.",
    ]
    ids = [r.id for r in checked[0].requirements] if checked else []
    for item in ids:
        weak = sum(1 for r in checked for q in r.requirements if q.id == item and q.status == "weak")
        missing = sum(1 for r in checked for q in r.requirements if q.id == item and q.status == "missing")
        if weak or missing:
            lines.append(f"   {item}: {missing} ontbreekt, {weak} zwak")
    return "\n".join(lines) + "\n"
