"""The built wheel works on its own: the requirement data ships inside the package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import pytest
from conftest import ROOT


@pytest.mark.slow
def test_wheel_contains_models_and_runs_outside_the_checkout(tmp_path):
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheel_dir)],
        check=True,
        timeout=600,
    )
    (wheel,) = wheel_dir.glob("leerroute_check-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "checker/models/requirements.toml" in names
    assert "checker/models/language.toml" in names

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=600,
    )
    sample = tmp_path / "x.txt"
    sample.write_text("Beste ouders, op 3 mei is er een open dag.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(target)}
    proc = subprocess.run(
        [sys.executable, "-m", "checker", "check", str(sample), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert [r["status"] for r in report["documents"][0]["requirements"]] == ["missing"] * 10
    # The code came from the wheel, not from the checkout.
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import checker, checker.resources as r; print(checker.__file__, r.models_path('requirements.toml'))",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert str(target) in probe.stdout and str(ROOT / "models") not in probe.stdout
