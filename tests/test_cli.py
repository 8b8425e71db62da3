"""The command line as a user and a CI job meet it: output, JSON contract, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from contract import violations
from test_judge import FULL, _replace_article

from checker.cli import main


@pytest.fixture
def runner():
    return CliRunner()


def test_compliant_agreement_exits_0_with_dutch_report(runner, write_text):
    result = runner.invoke(main, ["check", str(write_text(FULL))])
    assert result.exit_code == 0, result.output
    assert "Oordeel: VOLDOET" in result.output
    assert "f. Inhoud van de overstapoptie: aanwezig" in result.output


def test_non_compliant_agreement_exits_1_and_names_the_article(runner, write_text):
    path = write_text(_replace_article(FULL, 9, None))
    result = runner.invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert "VOLDOET NIET" in result.output
    assert "i. Geschilbeslechting: ontbreekt" in result.output
    assert "art. 2.107b lid 2 onder h WVO 2020" in result.output
    assert "Voorstel:" in result.output


def test_json_report_holds_the_contract(runner, write_text):
    good = write_text(FULL, "goed.txt")
    bad = write_text(_replace_article(FULL, 6, "Nader te bepalen."), "zwak.txt")
    result = runner.invoke(main, ["check", str(good), str(bad), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert violations(report) == []
    docs = {d["path"]: d for d in report["documents"]}
    assert docs[str(good)]["verdict"] == "compliant"
    f = docs[str(bad)]["requirements"][5]
    assert (f["id"], f["key"], f["status"]) == ("f", "overstapoptie", "weak")
    assert f["suggestion"]
    assert f["evidence"][0]["section"] == "Artikel 6 Overstapoptie"
    assert f["evidence"][0]["page"] is None


def test_folder_is_checked_recursively_and_other_files_are_reported(runner, tmp_path, write_text):
    (tmp_path / "sub").mkdir()
    write_text(FULL, "sub/a.txt")
    (tmp_path / "notities.json").write_text("{}")
    result = runner.invoke(main, ["check", str(tmp_path), "--format", "json"])
    report = json.loads(result.stdout)
    assert [d["path"] for d in report["documents"]] == [str(tmp_path / "sub" / "a.txt")]
    assert "1 bestand(en) overgeslagen" in result.stderr


def test_output_option_writes_file(runner, tmp_path, write_text):
    out = tmp_path / "rapport.json"
    result = runner.invoke(main, ["check", str(write_text(FULL)), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0
    assert violations(json.loads(out.read_text())) == []


@pytest.mark.parametrize(
    "args",
    [["check"], ["check", "/nonexistent/file.pdf"], ["check", "x", "--format", "xml"], ["nope"]],
)
def test_usage_errors_exit_2(runner, args):
    assert runner.invoke(main, args).exit_code == 2


@pytest.mark.parametrize("command", [[], ["check"]])
def test_help(runner, command):
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_python_dash_m_works(write_text):
    proc = subprocess.run(
        [sys.executable, "-m", "checker", "check", str(write_text(FULL)), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert violations(json.loads(proc.stdout)) == []


def test_ocr_option_is_accepted_and_validated(runner, write_text):
    path = str(write_text(FULL))
    assert runner.invoke(main, ["check", path, "--ocr", "never", "--jobs", "0"]).exit_code == 0
    assert runner.invoke(main, ["check", path, "--ocr", "sometimes"]).exit_code == 2
