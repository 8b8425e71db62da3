"""Configuration: where it is found, what it accepts, and that each key changes the result as
docs/configuration.md says."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_judge import FULL, _replace_article
from test_report_formats import sample_reports

from checker.cli import main
from checker.config import Config, ConfigError, apply_config, find_config, load_config, parse_config


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """An empty working directory with no configuration above it that matters."""
    work = tmp_path / "werk"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    return path


def _check(*args: str):
    return CliRunner().invoke(main, ["check", "--jobs", "0", *args])


# -- finding and reading ----------------------------------------------------------------------


def test_nearest_file_wins_and_own_file_beats_pyproject(folder):
    _write(folder / ".leerroute-check.toml", 'fail-on = "missing"')
    deep = folder / "a" / "b"
    deep.mkdir(parents=True)
    _write(folder / "a" / "pyproject.toml", '[project]\nname = "x"')  # no tool table: does not count
    assert find_config(deep) == folder / ".leerroute-check.toml"
    _write(folder / "a" / "b" / "pyproject.toml", '[tool.leerroute-check]\nformat = "csv"')
    assert find_config(deep) == deep / "pyproject.toml"
    assert load_config(find_config(deep)).format == "csv"
    _write(deep / ".leerroute-check.toml", 'format = "json"')
    assert find_config(deep) == deep / ".leerroute-check.toml"
    assert load_config(find_config(deep)).format == "json"


def test_all_keys_parse(folder):
    path = _write(
        folder / ".leerroute-check.toml",
        """
        fail-on = "missing"
        format = "sarif"
        jobs = 3
        max-size = 12.5
        include = ["overeenkomsten/**"]
        exclude = ["**/concept-*"]
        ocr = "never"
        medezeggenschap = "required"
        severity = { h = "warning" }
        [skip]
        b = "Staat in de bpv-overeenkomst."
    """,
    )
    config = load_config(path)
    assert config == Config(
        fail_on="missing",
        format="sarif",
        jobs=3,
        max_size=12.5,
        include=("overeenkomsten/**",),
        exclude=("**/concept-*",),
        ocr="never",
        medezeggenschap="required",
        severity={"h": "warning"},
        skip={"b": "Staat in de bpv-overeenkomst."},
        source=path,
    )
    assert config.override(format="json", jobs=None).format == "json"
    assert config.override(jobs=None).jobs == 3


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ({"fail_on": "weak"}, ["onbekende sleutel", "'fail_on'"]),
        ({"fail-on": "ernstig"}, ["'fail-on'", "weak, missing"]),
        ({"jobs": -1}, ["'jobs'"]),
        ({"jobs": "twee"}, ["'jobs'"]),
        ({"max-size": 0}, ["'max-size'"]),
        ({"include": "*.pdf"}, []),  # a single pattern is fine
        ({"severity": {"k": "error"}}, ["'severity.k'"]),
        ({"severity": {"h": "fatal"}}, ["'severity.h'"]),
        ({"skip": {"b": ""}}, ["'skip.b'"]),
        ({"medezeggenschap": "verplicht"}, ["'medezeggenschap'", "optional, required"]),
    ],
)
def test_invalid_values_are_named(table, words):
    if not words:
        assert parse_config(table).include == ("*.pdf",)
        return
    with pytest.raises(ConfigError) as info:
        parse_config(table)
    message = str(info.value)
    assert "\n" not in message and message.startswith("Fout in configuratie")
    for word in words:
        assert word in message


def test_unknown_key_exits_2_with_one_dutch_line(folder):
    _write(folder / "pyproject.toml", '[tool.leerroute-check]\nfail-on = "weak"\nuitvoer = "html"')
    agreement = _write(folder / "a.txt", FULL)
    result = _check(str(agreement))
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "onbekende sleutel 'uitvoer'" in result.stderr and "pyproject.toml" in result.stderr


def test_broken_toml_and_explicit_config(folder, tmp_path):
    agreement = _write(folder / "a.txt", FULL)
    _write(folder / ".leerroute-check.toml", "fail-on = ")
    assert _check(str(agreement)).exit_code == 2
    other = _write(tmp_path / "elders.toml", 'format = "csv"')
    result = _check(str(agreement), "--config", str(other))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("path,status,verdict,a,")


# -- what the keys do -------------------------------------------------------------------------


def test_fail_on_from_file_and_command_line(folder):
    weak = _write(folder / "zwak.txt", _replace_article(FULL, 6, "Nader te bepalen."))
    assert _check(str(weak)).exit_code == 1
    assert _check(str(weak), "--fail-on", "missing").exit_code == 0
    _write(folder / ".leerroute-check.toml", 'fail-on = "missing"')
    assert _check(str(weak)).exit_code == 0
    assert _check(str(weak), "--fail-on", "weak").exit_code == 1  # the command line wins
    report = json.loads(_check(str(weak), "--format", "json").stdout)
    assert report["documents"][0]["verdict"] == "non_compliant"  # the verdict does not change
    missing = _write(folder / "mist.txt", _replace_article(FULL, 9, None))
    assert _check(str(missing)).exit_code == 1


def test_medezeggenschap_required_makes_absent_h_missing(folder):
    silent = _write(folder / "stil.txt", _replace_article(FULL, 8, None))
    result = _check(str(silent), "--format", "json")
    h = json.loads(result.stdout)["documents"][0]["requirements"][7]
    assert (result.exit_code, h["status"]) == (0, "not_applicable")
    _write(folder / ".leerroute-check.toml", 'medezeggenschap = "required"')
    result = _check(str(silent), "--format", "json")
    doc = json.loads(result.stdout)["documents"][0]
    h = doc["requirements"][7]
    assert result.exit_code == 1 and doc["verdict"] == "non_compliant"
    assert h["status"] == "missing" and h["suggestion"]
    assert h["findings"][0]["code"] == "medezeggenschap_required" and h["findings"][0]["severity"] == "error"
    assert "onder j WVO 2020" in h["findings"][0]["message"]
    # With severity h = "warning" and fail-on missing, that is reported but does not fail.
    _write(
        folder / ".leerroute-check.toml",
        'medezeggenschap = "required"\nfail-on = "missing"\nseverity = { h = "warning" }',
    )
    assert _check(str(silent)).exit_code == 0
    sarif = json.loads(_check(str(silent), "--format", "sarif").stdout)
    assert [(r["ruleId"], r["level"]) for r in sarif["runs"][0]["results"]] == [
        ("LRC-H-medezeggenschap", "warning")
    ]


def test_medezeggenschap_required_leaves_interne_regeling_alone():
    reports = [r for r in sample_reports() if r.status == "checked"]
    before = [[q.status for q in r.requirements] for r in reports]
    silent = [
        r.requirements[7].findings[0].code == "medezeggenschap_not_arranged"
        if r.requirements[7].findings
        else False
        for r in reports
    ]
    apply_config(reports, Config(medezeggenschap="required"))
    assert any(silent) and any(r.document.type == "interne_regeling" for r in reports)
    for report, old, was_silent in zip(reports, before, silent, strict=True):
        now = [q.status for q in report.requirements]
        assert now[:7] == old[:7] and now[8:] == old[8:]
        if report.document.type == "interne_regeling" or not was_silent:
            assert now[7] == old[7]
        else:
            assert (old[7], now[7]) == ("not_applicable", "missing")


def test_skip_reports_not_applicable_with_the_reason(folder):
    missing = _write(folder / "mist.txt", _replace_article(FULL, 9, None))
    assert _check(str(missing)).exit_code == 1
    _write(folder / ".leerroute-check.toml", '[skip]\ni = "Geschillen regelt het bestuurlijk convenant."')
    result = _check(str(missing), "--format", "json")
    doc = json.loads(result.stdout)["documents"][0]
    i = doc["requirements"][8]
    assert result.exit_code == 0 and doc["verdict"] == "compliant"
    assert i["status"] == "not_applicable" and i["suggestion"] is None
    assert i["findings"] == [
        {
            "code": "skipped_by_config",
            "severity": "info",
            "message": "Niet gecontroleerd volgens de configuratie (skip), met als reden: "
            "“Geschillen regelt het bestuurlijk convenant.”.",
        }
    ]


def test_include_exclude_format_and_max_size(folder):
    _write(folder / "overeenkomsten" / "a.txt", FULL)
    _write(folder / "overeenkomsten" / "concept-b.txt", FULL)
    _write(folder / "overeenkomsten" / "archief" / "c.txt", FULL)
    _write(folder / "overeenkomsten" / "d.md", FULL)
    _write(
        folder / ".leerroute-check.toml",
        """
        format = "csv"
        include = ["**/*.txt"]
        exclude = ["concept-*", "archief/"]
        max-size = 0.0001
    """,
    )
    result = _check("overeenkomsten")
    rows = result.stdout.splitlines()[1:]
    assert [r.split(",")[0] for r in rows] == ["overeenkomsten/a.txt"]
    assert "3 bestand(en) uitgesloten" in result.stderr
    assert ",error,," in rows[0] and "too_large" in rows[0] and result.exit_code == 3
    assert _check("overeenkomsten", "--max-size", "5").exit_code == 0


def test_ocr_is_stored():
    assert parse_config({"ocr": "always"}).ocr == "always" and Config().ocr == "auto"


def test_defaults():
    assert Config().fail_on == "weak" and Config().format == "text" and Config().medezeggenschap == "optional"
