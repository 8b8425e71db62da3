"""SARIF 2.1.0: valid against the official schema, and what GitHub code scanning needs (a location
with startLine per result, stable rule ids and fingerprints, rules with help)."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from conftest import ROOT
from test_report_formats import ERROR_PATH, sample_reports

from checker.report import RenderOptions, renderer
from checker.report.sarif import READ_RULE_ID

SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def reports(monkeypatch):
    monkeypatch.chdir(ROOT)
    return sample_reports()


def _sarif(reports, **options) -> dict:
    return json.loads(renderer("sarif")(reports, RenderOptions(**options)))


def _validate(log: dict) -> list[str]:
    validator = jsonschema.Draft4Validator(SCHEMA)
    return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(log)]


def test_schema_file_is_the_official_one():
    assert SCHEMA["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    jsonschema.Draft4Validator.check_schema(SCHEMA)


def test_sarif_is_valid_against_the_schema(reports):
    log = _sarif(reports)
    assert _validate(log) == []
    # The validator does catch a broken log.
    broken = json.loads(json.dumps(log))
    del broken["runs"][0]["results"][0]["message"]
    broken["runs"][0]["results"][1]["level"] = "fatal"
    assert len(_validate(broken)) == 2


def test_rules_describe_every_item_with_help(reports):
    rules = _sarif(reports)["runs"][0]["tool"]["driver"]["rules"]
    assert all(re.fullmatch(r"LRC-[A-J]-[a-z-]+", r["id"]) for r in rules[:10])
    assert [r["id"][4] for r in rules[:10]] == list("ABCDEFGHIJ")
    assert rules[5]["id"] == "LRC-F-overstapoptie" and rules[5]["name"] == "overstapoptie"
    assert rules[10]["id"] == READ_RULE_ID
    for rule in rules[:10]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert "WVO 2020" in rule["help"]["markdown"] and "Voorbeeldtekst" in rule["help"]["markdown"]
        assert rule["properties"]["suggestion"] in rule["help"]["text"]
    # Rules do not depend on the input: the same for one document as for all.
    assert _sarif(reports[:1])["runs"][0]["tool"] == _sarif(reports)["runs"][0]["tool"]


def test_one_result_per_weak_or_missing_item_and_per_unreadable_file(reports):
    run = _sarif(reports)["runs"][0]
    results = run["results"]
    rules = run["tool"]["driver"]["rules"]
    expected = [
        (r.path, q.id, "error" if q.status == "missing" else "warning")
        for r in reports
        if r.status == "checked"
        for q in r.requirements
        if q.status in ("weak", "missing")
    ]
    item_results = [x for x in results if x["ruleId"] != READ_RULE_ID]
    got = [
        (
            x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            rules[x["ruleIndex"]]["properties"]["item"],
            x["level"],
        )
        for x in item_results
    ]
    assert got == expected
    read = [x for x in results if x["ruleId"] == READ_RULE_ID]
    assert [x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for x in read] == [ERROR_PATH]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["descriptor"]["id"] for n in notes] == [READ_RULE_ID] and ERROR_PATH in notes[0]["message"][
        "text"
    ]
    for x in results:
        assert rules[x["ruleIndex"]]["id"] == x["ruleId"]
        location = x["locations"][0]["physicalLocation"]
        assert location["region"]["startLine"] >= 1
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert "\\" not in location["artifactLocation"]["uri"]
        assert x["message"]["text"]


def test_page_section_and_text_lines(reports):
    results = _sarif(reports)["runs"][0]["results"]
    by_path = {r.path: r for r in reports}
    for x in results:
        if x["ruleId"] == READ_RULE_ID:
            continue
        report = by_path[_uri(x)]
        item = next(q for q in report.requirements if x["ruleId"].startswith(f"LRC-{q.id.upper()}-"))
        region = x["locations"][0]["physicalLocation"]["region"]
        if item.evidence:
            assert region["snippet"]["text"] == item.evidence[0].text
            assert x["properties"].get("page") == item.evidence[0].page
            assert x["properties"].get("section") == (item.evidence[0].section or None)
        if not _uri(x).endswith((".txt", ".md")) or not item.evidence:
            assert region["startLine"] == 1
    assert any(x["locations"][0]["physicalLocation"]["region"]["startLine"] > 1 for x in results)


def test_fingerprints_are_stable_and_unique(reports):
    first = _sarif(reports)["runs"][0]["results"]
    again = _sarif(sample_reports()[::-1])["runs"][0]["results"]
    key = "leerrouteCheck/v1"
    prints = {(x["ruleId"], _uri(x)): x["partialFingerprints"][key] for x in first}
    assert prints == {(x["ruleId"], _uri(x)): x["partialFingerprints"][key] for x in again}
    assert len(set(prints.values())) == len(prints)
    assert all(re.fullmatch(r"[0-9a-f]{64}", p) for p in prints.values())


def test_severity_override_changes_levels(reports):
    run = _sarif(reports, severity={"b": "note", "j": "error"})["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["LRC-B-bedrijfsleven"]["defaultConfiguration"]["level"] == "note"
    levels = {x["level"] for x in run["results"] if x["ruleId"] == "LRC-B-bedrijfsleven"}
    assert levels == {"note"}
    assert {x["level"] for x in run["results"] if x["ruleId"].startswith("LRC-J-")} == {"error"}
    assert _validate(_sarif(reports, severity={"b": "note"})) == []


def test_no_timestamps_or_durations(reports):
    """No run times or clock times: the same input gives the same bytes (document text may of
    course mention "Time" or "seconden")."""
    import re

    sarif = json.loads(renderer("sarif")(reports))

    def keys(node):
        if isinstance(node, dict):
            for key, value in node.items():
                yield key
                yield from keys(value)
        elif isinstance(node, list):
            for value in node:
                yield from keys(value)

    assert not [k for k in keys(sarif) if "Time" in k or "Utc" in k or k in ("seconds", "duration")]
    assert not re.search(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", renderer("sarif")(reports))


def _uri(result) -> str:
    return result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
