"""checker.runner: documents checked in worker processes with a time and memory limit.

The `check` hooks below stand in for a document that hangs, crashes or eats memory; they are
module-level functions so a worker can run them.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from test_judge import FULL

from checker.results import DocumentReport
from checker.runner import Limits, check_files, check_one


def _ok(shown: str) -> DocumentReport:
    return DocumentReport(path=shown, status="checked")


def misbehaving(path: str, shown: str, limits: Limits) -> DocumentReport:
    """What a document does is in its name."""
    name = Path(path).name
    if name.startswith("hangt"):
        time.sleep(3600)
    if name.startswith("crasht"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if name.startswith("exit"):
        os._exit(3)
    if name.startswith("geheugen"):
        blocks = []
        while True:  # until the address-space limit stops it
            blocks.append(bytearray(64 * 1024 * 1024))
    if name.startswith("fout"):
        raise KeyError("stuk")
    if name.startswith("traag"):
        time.sleep(0.5)
    return _ok(shown)


def hangs_with_a_child(path: str, shown: str, limits: Limits) -> DocumentReport:
    """Starts a child process (as OCR does), writes its pid next to the file, then hangs."""
    import subprocess

    child = subprocess.Popen(["sleep", "3600"])
    Path(path + ".pid").write_text(str(child.pid))
    time.sleep(3600)
    return _ok(shown)


def _files(tmp_path: Path, names: list[str]) -> list[tuple[Path, str]]:
    out = []
    for name in names:
        path = tmp_path / name
        path.write_text("x")
        out.append((path, name))
    return out


def _codes(reports):
    return [r.error["code"] if r.error else r.status for r in reports]


def _no_zombies():
    """No child process of ours is left, running or defunct."""
    import multiprocessing

    assert multiprocessing.active_children() == []
    me = os.getpid()
    for entry in Path("/proc").iterdir() if Path("/proc").exists() else []:
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        assert int(fields[1]) != me, f"process {entry.name} ({fields[0]}) is still our child"


def test_hanging_document_times_out_and_the_rest_is_checked(tmp_path):
    files = _files(tmp_path, ["a", "hangt", "b", "c", "traag1", "d"])
    started = time.perf_counter()
    reports = check_files(files, jobs=2, limits=Limits(timeout=2), check=misbehaving)
    assert time.perf_counter() - started < 20
    assert [r.path for r in reports] == [shown for _, shown in files]
    assert _codes(reports) == ["checked", "timeout", "checked", "checked", "checked", "checked"]
    message = reports[1].error["message"]
    assert message == "Het lezen duurde langer dan 2 seconden en is afgebroken."
    _no_zombies()


def test_timeout_also_kills_the_workers_children(tmp_path):
    files = _files(tmp_path, ["hangt.pdf"])
    reports = check_files(files, jobs=1, limits=Limits(timeout=2), check=hangs_with_a_child)
    assert _codes(reports) == ["timeout"]
    pid = int((tmp_path / "hangt.pdf.pid").read_text())
    for _ in range(50):  # SIGKILL to the process group; init reaps the orphan
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the worker's child process survived the timeout")
    _no_zombies()


def test_crashes_and_memory_are_pinned_on_their_own_document(tmp_path):
    names = ["a", "crasht", "b", "geheugen", "c", "exit", "fout", "d"]
    reports = check_files(
        _files(tmp_path, names), jobs=2, limits=Limits(timeout=60, memory_mb=700), check=misbehaving
    )
    assert [r.path for r in reports] == names
    assert _codes(reports) == [
        "checked",
        "worker_crashed",
        "checked",
        "too_large",
        "checked",
        "worker_crashed",
        "internal_error",
        "checked",
    ]
    for report in reports:
        if report.error:
            assert "\n" not in report.error["message"] and report.error["message"].endswith(".")
    assert "KeyError" in reports[6].error["message"]
    _no_zombies()


def test_results_keep_input_order_and_progress_sees_each_once(tmp_path):
    names = [f"traag{i}" if i % 3 == 0 else f"snel{i}" for i in range(12)]
    seen = []
    reports = check_files(_files(tmp_path, names), jobs=3, check=misbehaving, progress=seen.append)
    assert [r.path for r in reports] == names
    assert sorted(r.path for r in seen) == sorted(names)
    _no_zombies()


def test_in_process_mode_and_empty_input(tmp_path):
    assert check_files([], jobs=2) == []
    reports = check_files(_files(tmp_path, ["a", "fout"]), jobs=0, check=misbehaving)
    assert _codes(reports) == ["checked", "internal_error"]


def test_real_documents_through_the_default_check(tmp_path):
    good = tmp_path / "goed.txt"
    good.write_text(FULL, encoding="utf-8")
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    reports = check_files([(good, "goed.txt"), (empty, "leeg.txt")], jobs=2)
    assert _codes(reports) == ["checked", "empty"]
    assert check_one(str(good), "goed.txt", Limits()).status == "checked"
    _no_zombies()


@pytest.mark.slow
def test_a_folder_of_a_thousand_files(tmp_path):
    """1,000 small agreements and a few bad files, checked in two workers in bounded time."""
    from checker.api import iter_files

    folder = tmp_path / "map"
    folder.mkdir()
    text = FULL.strip() + "\n"
    for i in range(1000):
        (folder / f"overeenkomst-{i:04d}.txt").write_text(text.replace("2024", str(2000 + i % 30)), "utf-8")
    (folder / "leeg.pdf").write_bytes(b"")
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    (folder / "oud.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    (folder / "stiekem.docx").write_text(text, "utf-8")
    files = list(iter_files([folder]))
    assert len(files) == 1004
    started = time.perf_counter()
    reports = check_files(files, jobs=2, limits=Limits(timeout=60))
    seconds = time.perf_counter() - started
    assert [r.path for r in reports] == [shown for _, shown in files]
    by_name = {Path(r.path).name: r for r in reports}
    assert sum(r.status == "checked" for r in reports) == 1000
    assert by_name["leeg.pdf"].error["code"] == "empty"
    assert by_name["kapot.pdf"].error["code"] == "corrupt"
    assert by_name["oud.doc"].error["code"] == "legacy_doc"
    assert by_name["stiekem.docx"].error["code"] == "type_mismatch"
    print(f"1,004 files in {seconds:.1f} s")
    assert seconds < 120
    _no_zombies()
