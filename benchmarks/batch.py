#!/usr/bin/env python3
"""Batch throughput of `leerroute-check check FOLDER`, against the issue's targets.

Builds N agreements (default 200) by copying the sample PDFs and DOCX files round-robin into a
temporary folder, runs the command line over it with `--jobs` = cores (a fresh process, as a user
would), and reports:

- total pages (PDF pages exactly; DOCX has no fixed pages, so words / 500 as an estimate),
- wall time, pages per second per core (target >= 50),
- peak RSS per worker process (VmHWM from /proc, polled during the run; target <= 300 MB), and
  the largest process by getrusage(RUSAGE_CHILDREN),
- `pdftotext FILE -` (poppler) over the same PDFs, one after another, and the ratio of the
  checker's core-seconds per PDF page to pdftotext's seconds per page,
- CPU seconds of the whole run (getrusage of the finished children), which other load on the
  machine disturbs less than wall time,
- cold single document: `python -m checker check FILE.pdf` on a 5-page PDF (the first five pages
  of the longest sample), median of --repeat runs, with the default --jobs and with --jobs 0
  (target <= 1.5 s).

    python benchmarks/batch.py [--count 200] [--jobs N] [--repeat 3] [--no-cold]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_agreements"
WORDS_PER_PAGE = 500


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def build_folder(target: Path, count: int) -> list[Path]:
    sources = sorted(SAMPLES.glob("*.pdf")) + sorted(SAMPLES.glob("*.docx"))
    out = []
    for i in range(count):
        source = sources[i % len(sources)]
        copy = target / f"{i:04d}_{source.name}"
        shutil.copyfile(source, copy)
        out.append(copy)
    return out


def docx_words(path: Path) -> int:
    import docx

    document = docx.Document(str(path))
    words = sum(len(p.text.split()) for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                words += sum(len(p.text.split()) for p in cell.paragraphs)
    return words


class WorkerWatch:
    """Polls /proc for the descendants of a process and keeps each one's VmHWM (peak RSS)."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.pid = pid
        self.interval = interval
        self.peaks: dict[int, int] = {}  # pid -> kB
        self.parent_peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self):
        while not self._stop.is_set():
            self.parent_peak = max(self.parent_peak, _hwm(self.pid))
            for child in _descendants(self.pid):
                self.peaks[child] = max(self.peaks.get(child, 0), _hwm(child))
            self._stop.wait(self.interval)


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            text = Path(f"/proc/{current}/task/{current}/children").read_text()
        except OSError:
            continue
        kids = [int(x) for x in text.split()]
        out.extend(kids)
        todo.extend(kids)
    return out


def _hwm(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children_cpu() -> float:
    """CPU seconds (user + system) of every finished child process and its waited-for descendants."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_batch(folder: Path, jobs: int, out: Path) -> tuple[float, WorkerWatch, int]:
    command = [
        sys.executable,
        "-m",
        "checker",
        "check",
        str(folder),
        "--jobs",
        str(jobs),
        "--format",
        "json",
        "--output",
        str(out),
    ]
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with WorkerWatch(proc.pid) as watch:
        _, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"batch failed with exit code {proc.returncode}: {err.decode()[-2000:]}")
    return wall, watch, proc.returncode


def pdftotext_time(pdfs: list[Path]) -> float:
    start = time.perf_counter()
    for pdf in pdfs:
        subprocess.run(["pdftotext", "-q", str(pdf), "-"], stdout=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def five_page_pdf(target: Path) -> Path:
    import pypdfium2

    longest = max(SAMPLES.glob("*.pdf"), key=lambda p: len(pypdfium2.PdfDocument(str(p))))
    source = pypdfium2.PdfDocument(str(longest))
    pages = min(5, len(source))
    new = pypdfium2.PdfDocument.new()
    new.import_pages(source, list(range(pages)))
    path = target / f"vijf_paginas_uit_{longest.stem}.pdf"
    new.save(str(path))
    return path


def cold_runs(pdf: Path, repeat: int, extra: list[str]) -> tuple[float, float]:
    """Median wall and CPU seconds of a fresh `python -m checker check PDF`."""
    walls, cpus = [], []
    for _ in range(repeat):
        cpu = children_cpu()
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "checker", "check", str(pdf), "--format", "json", *extra],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        walls.append(time.perf_counter() - start)
        cpus.append(children_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=cores())
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-cold", action="store_true")
    args = parser.parse_args()
    if not shutil.which("pdftotext"):
        print("pdftotext not found: apt-get install poppler-utils", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="leerroute-batch-") as tmp:
        folder = Path(tmp) / "overeenkomsten"
        folder.mkdir()
        files = build_folder(folder, args.count)
        report_path = Path(tmp) / "report.json"
        load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        cpu_before = children_cpu()
        wall, watch, code = run_batch(folder, args.jobs, report_path)
        batch_cpu = children_cpu() - cpu_before
        children_max_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        report = json.loads(report_path.read_text(encoding="utf-8"))
        documents = report["documents"]
        pdf_pages = sum(
            (d["document"] or {}).get("pages") or 0 for d in documents if d["path"].endswith(".pdf")
        )
        docx_files = [f for f in files if f.suffix == ".docx"]
        docx_pages = sum(docx_words(f) for f in docx_files) / WORDS_PER_PAGE
        errors = sum(d["status"] == "error" for d in documents)
        pdfs = [f for f in files if f.suffix == ".pdf"]
        cpu_before = children_cpu()
        baseline = pdftotext_time(pdfs)
        baseline_cpu = children_cpu() - cpu_before

        pages = pdf_pages + docx_pages
        per_core = pages / wall / args.jobs
        workers = sorted(watch.peaks.values(), reverse=True)
        print(
            f"documents            {len(documents)} ({len(pdfs)} PDF, {len(docx_files)} DOCX), "
            f"{errors} errors, exit code {code}"
        )
        print(
            f"pages                {pages:.0f} ({pdf_pages} PDF pages + {docx_pages:.0f} DOCX page "
            f"estimate at {WORDS_PER_PAGE} words/page)"
        )
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(
            f"jobs                 {args.jobs} (cores: {cores()}; load average before the run "
            f"{load_before:.1f}, after {load:.1f}: other work on the machine slows every figure)"
        )
        print(f"wall time            {wall:.2f} s")
        print(
            f"throughput           {pages / wall:.1f} pages/s, {per_core:.1f} pages/s per core (target >= 50)"
        )
        print(
            f"CPU time             {batch_cpu:.1f} s (parent and workers): {pages / batch_cpu:.1f} pages per "
            f"CPU-second (less sensitive to other load on the machine)"
        )
        if workers:
            print(
                f"peak RSS per worker  max {workers[0] / 1024:.0f} MB, min {workers[-1] / 1024:.0f} MB "
                f"over {len(workers)} worker(s) (target <= 300)"
            )
        print(
            f"peak RSS main        {watch.parent_peak / 1024:.0f} MB; largest process by "
            f"getrusage(RUSAGE_CHILDREN): {children_max_kb / 1024:.0f} MB"
        )
        print(
            f"pdftotext            {baseline:.2f} s for the {len(pdfs)} PDFs ({pdf_pages} pages), "
            f"{pdf_pages / baseline:.1f} pages/s on one core"
        )
        core_seconds_per_page = wall * args.jobs / pages
        print(
            f"ratio                checker core-seconds per page / pdftotext seconds per page = "
            f"{core_seconds_per_page / (baseline / pdf_pages):.1f}x (wall); by CPU time "
            f"{(batch_cpu / pages) / (baseline_cpu / pdf_pages):.1f}x"
        )

        if not args.no_cold:
            pdf = five_page_pdf(Path(tmp))
            default, default_cpu = cold_runs(pdf, args.repeat, [])
            inproc, inproc_cpu = cold_runs(pdf, args.repeat, ["--jobs", "0"])
            print(
                f"cold single 5-page   {default:.2f} s wall ({default_cpu:.2f} s CPU) default --jobs, "
                f"{inproc:.2f} s wall ({inproc_cpu:.2f} s CPU) --jobs 0 (median of {args.repeat}; "
                "target <= 1.5 s)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
