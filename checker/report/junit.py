"""JUnit XML for CI test-report views (GitLab, Jenkins, Azure DevOps).

One `<testsuite>` per agreement, one `<testcase>` per item with a unique name (`f overstapoptie`)
and the agreement's path as classname. A failing item (missing; weak with `--fail-on weak`; or as
the severity configuration says) is a `<failure>`; a weak item that does not fail, and a
not_applicable item, is `<skipped>` with the reason. A document that could not be read is one
testcase with an `<error>`. No times or timestamps: the same input gives the same bytes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.report.labels import STATUS_NL, RenderOptions, fails
from checker.report.locate import display_path
from checker.results import DocumentReport, RequirementResult

USES_OPTIONS = True
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(reports: list[DocumentReport], options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    root = ET.Element("testsuites", name="leerroute-check")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for report in reports:
        suite = _suite(report, options)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _suite(report: DocumentReport, options: RenderOptions) -> ET.Element:
    path = _clean(display_path(report.path))
    suite = ET.Element("testsuite", name=path)
    if report.status != "checked":
        error = report.error or {}
        suite.attrib.update(tests="1", failures="0", errors="1", skipped="0")
        case = ET.SubElement(suite, "testcase", classname=path, name="bestand lezen")
        ET.SubElement(
            case, "error", type=_clean(error.get("code", "error")), message=_clean(error.get("message", ""))
        ).text = _clean(error.get("message", ""))
        return suite
    counts = {"failures": 0, "skipped": 0}
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="verdict", value=report.verdict or "")
    if report.document:
        ET.SubElement(properties, "property", name="type", value=report.document.type)
        ET.SubElement(properties, "property", name="route", value=report.document.route)
    for requirement in report.requirements:
        suite.append(_case(path, requirement, options, counts))
    suite.attrib.update(
        tests=str(len(report.requirements)),
        failures=str(counts["failures"]),
        errors="0",
        skipped=str(counts["skipped"]),
    )
    return suite


def _case(path: str, requirement: RequirementResult, options: RenderOptions, counts: dict) -> ET.Element:
    case = ET.Element("testcase", classname=path, name=f"{requirement.id} {requirement.key}")
    label = f"{requirement.id}. {requirement.title}: {STATUS_NL[requirement.status]}"
    first = next((f for f in requirement.findings if f.severity != "info"), None) or next(
        iter(requirement.findings), None
    )
    message = _clean(f"{label}. {first.message}" if first else label)
    if requirement.status in ("weak", "missing") and fails(requirement, options):
        counts["failures"] += 1
        ET.SubElement(case, "failure", type=requirement.status, message=message).text = _body(requirement)
    elif requirement.status in ("weak", "missing", "not_applicable"):
        counts["skipped"] += 1
        ET.SubElement(case, "skipped", message=message)
    evidence = _evidence(requirement)
    if evidence:
        ET.SubElement(case, "system-out").text = evidence
    return case


def _body(requirement: RequirementResult) -> str:
    lines = [f"{requirement.id}. {requirement.title} ({requirement.statute})"]
    lines += [f"- {f.message}" for f in requirement.findings]
    if requirement.suggestion:
        lines.append(f"Voorstel: {requirement.suggestion}")
    return _clean("\n".join(lines))


def _evidence(requirement: RequirementResult) -> str:
    lines = []
    for ev in requirement.evidence:
        where = ", ".join(x for x in (f"p. {ev.page}" if ev.page else None, ev.section) if x)
        lines.append(f"“{ev.text}”" + (f" ({where})" if where else ""))
    return _clean("\n".join(lines))


def _clean(text: str) -> str:
    """Drop characters XML 1.0 cannot hold (form feeds and other controls from PDF text)."""
    return _INVALID_XML.sub("", text)
