"""Checking a folder as a batch: same bytes whatever --jobs is, sorted output, a bad file does not
stop the run, a progress bar only on a terminal, cheap imports on the default path, and the
pre-commit hook and the example GitHub workflow run as written."""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import textwrap

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import ROOT, SAMPLES
from test_judge import FULL, _replace_article
from test_report_formats import sample_files, sample_reports

from checker.cli import main
from checker.report import renderer
from checker.runner import check_files

HOOKS = ROOT / ".pre-commit-hooks.yaml"
WORKFLOW = ROOT / "docs" / "github-workflow.yml"


def test_same_bytes_whatever_jobs(monkeypatch):
    monkeypatch.chdir(ROOT)
    serial = [r for r in sample_reports() if r.status == "checked"]
    parallel = check_files(sample_files(), jobs=2)
    assert [r.path for r in parallel] == [r.path for r in serial]
    for fmt in ("json", "csv", "sarif"):
        assert renderer(fmt)(parallel) == renderer(fmt)(serial), fmt
    assert '"seconds"' not in renderer("json")(parallel)


def test_output_is_sorted_and_each_file_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("b.txt", "a.txt", "sub/c.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(FULL), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--jobs", "0", "--format", "csv", "sub", "b.txt", "a.txt", "b.txt"]
    )
    assert [line.split(",")[0] for line in result.stdout.splitlines()[1:]] == ["a.txt", "b.txt", "sub/c.txt"]


def test_a_bad_file_does_not_stop_the_batch(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "map").mkdir()
    (tmp_path / "map" / "a_kapot.pdf").write_bytes(b"%PDF-1.4\nniet echt")
    (tmp_path / "map" / "b_goed.txt").write_text(
        textwrap.dedent(_replace_article(FULL, 9, None)), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["check", "--jobs", "0", "--format", "json", "map"])
    assert result.exit_code == 3  # unreadable takes precedence over non-compliant
    docs = json.loads(result.stdout)["documents"]
    assert [(d["path"], d["status"]) for d in docs] == [
        ("map/a_kapot.pdf", "error"),
        ("map/b_goed.txt", "checked"),
    ]
    assert docs[0]["error"]["message"]


def test_progress_bar_only_on_a_terminal(tmp_path, monkeypatch):
    from checker.cli import _check_files
    from checker.config import Config

    agreement = tmp_path / "a.txt"
    agreement.write_text(textwrap.dedent(FULL), encoding="utf-8")

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    for tty in (False, True):
        stream = Terminal() if tty else io.StringIO()
        monkeypatch.setattr(sys, "stderr", stream)
        reports = _check_files([(agreement, "a.txt")], Config(jobs=0))
        monkeypatch.undo()
        assert reports[0].status == "checked"
        assert ("Controleren" in stream.getvalue()) is tty


def test_default_path_does_not_import_jinja2_or_rich():
    code = textwrap.dedent("""
        import sys
        from checker.cli import main, exit_code
        from checker.config import Config, apply_config, load_config
        from checker.report import renderer
        from checker.results import DocumentReport
        reports = [DocumentReport(path="x.pdf", status="error", error={"code": "c", "message": "m"})]
        apply_config(reports, Config())
        renderer("json")(reports); renderer("text")(reports); exit_code(reports)
        print(sorted(m for m in ("jinja2", "rich", "spacy") if m in sys.modules))
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr


# -- the pre-commit hook and the GitHub workflow ---------------------------------------------


@pytest.fixture
def tool_on_path(tmp_path):
    """An environment whose `leerroute-check` runs this checkout (an installed copy may be stale)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "leerroute-check"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m checker "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(ROOT)}
    return env


def test_pre_commit_hook_runs_on_the_sample_folder(tool_on_path):
    (hook,) = _load_yaml(HOOKS, "hooks")
    assert hook["id"] == "leerroute-check" and hook["entry"] == "leerroute-check check"
    assert hook["language"] == "python" and hook["pass_filenames"] in (True, "true")
    assert re.search(hook["files"], "x.pdf") and not re.search(hook["files"], "x.json")
    files = sorted(p.relative_to(ROOT).as_posix() for p in SAMPLES.iterdir() if p.is_file())
    chosen = [f for f in files if re.search(hook["files"], f)]
    assert len(chosen) >= 17 and not any(f.endswith(".json") for f in chosen)
    proc = subprocess.run(
        [*shlex.split(hook["entry"]), *chosen],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=tool_on_path,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr  # some samples do not comply
    assert [
        line[3:] for line in proc.stdout.splitlines() if line.startswith("== ") and "Samenvatting" not in line
    ] == chosen


def test_github_workflow_runs_as_written(tool_on_path, tmp_path):
    steps = _load_yaml(WORKFLOW, "steps")
    (check,) = [s for s in steps if "--format sarif" in s.get("run", "")]
    (upload,) = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
    assert check["run"].startswith("leerroute-check check ") and "--output results.sarif" in check["run"]
    assert upload["with.sarif_file"] == "results.sarif"
    repo = tmp_path / "repo"
    (repo / "overeenkomsten").mkdir(parents=True)
    for name in ("07_geintegreerde_route.md", "09_veel_ontbrekend.docx", "16_hoofdletterkoppen.pdf"):
        shutil.copy(SAMPLES / name, repo / "overeenkomsten" / name)
    proc = subprocess.run(
        ["bash", "-c", check["run"]], capture_output=True, text=True, cwd=repo, env=tool_on_path, timeout=300
    )
    assert proc.returncode == 1, proc.stderr
    log = json.loads((repo / "results.sarif").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    assert list(jsonschema.Draft4Validator(schema).iter_errors(log)) == []
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]
    }
    assert "overeenkomsten/09_veel_ontbrekend.docx" in uris
    assert uris <= {f"overeenkomsten/{p.name}" for p in (repo / "overeenkomsten").iterdir()}


def _load_yaml(path, part):
    """The hook list or the workflow's steps; PyYAML when installed, else a minimal reading of these
    two files (flat `key: value` pairs, one nested `with:` level) that yields the same values."""
    text = path.read_text(encoding="utf-8")
    try:
        import yaml
    except ImportError:
        return _minimal_yaml(text, part)
    data = yaml.safe_load(text)
    if part == "hooks":
        return data
    steps = [step for job in data["jobs"].values() for step in job["steps"]]
    return [{**step, **{f"with.{k}": v for k, v in step.get("with", {}).items()}} for step in steps]


def _minimal_yaml(text, part):
    items, inside, nested = [], part == "hooks", None
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if part == "steps" and line.strip() == "steps:":
            inside = True
            continue
        if not inside:
            continue
        stripped = line.strip()
        if stripped.startswith("- "):
            items.append({})
            stripped = stripped[2:]
            nested = None
        key, _, value = stripped.partition(":")
        value = value.strip().strip('"')
        if not value and key == "with":
            nested = "with"
            continue
        items[-1][f"{nested}.{key}" if nested and raw.startswith(" " * 10) else key] = value
    return items
