#!/usr/bin/env python3
"""Speed of leerroute-check on the sample PDFs, against `pdftotext` (poppler-utils) as baseline.

Per PDF: pages; warm check time in one process (the pipeline already loaded, as in a batch run);
cold CLI time (`python -m checker check FILE --format json`, a fresh process that loads spaCy and
the lemma tables); and `pdftotext FILE -` time. Medians over --repeat runs.

    python benchmarks/speed.py [PDF ...] [--repeat 3] [--no-cold]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.api import check_document  # noqa: E402


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def page_count(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-cold", action="store_true", help="skip the cold CLI runs")
    args = parser.parse_args()
    pdfs = [Path(p) for p in args.pdfs] or sorted((ROOT / "sample_agreements").glob("*.pdf"))
    if not shutil.which("pdftotext"):
        print("pdftotext not found: apt-get install poppler-utils", file=sys.stderr)
        return 2
    check_document(pdfs[0])  # load the pipeline once: warm figures exclude start-up
    print(f"{'file':38} {'pages':>5} {'warm s':>8} {'cold s':>8} {'pdftotext s':>12} {'warm/pdftotext':>15}")
    totals = {"pages": 0, "warm": 0.0, "cold": 0.0, "pdftotext": 0.0}
    for pdf in pdfs:
        pages = page_count(pdf)
        warm = timed(lambda pdf=pdf: check_document(pdf), args.repeat)
        cold = float("nan")
        if not args.no_cold:
            cmd = [sys.executable, "-m", "checker", "check", str(pdf), "--format", "json"]
            cold = timed(lambda cmd=cmd: subprocess.run(cmd, capture_output=True, cwd=ROOT), args.repeat)
        base = timed(
            lambda pdf=pdf: subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True), args.repeat
        )
        totals["pages"] += pages
        totals["warm"] += warm
        totals["cold"] += cold
        totals["pdftotext"] += base
        print(f"{pdf.name:38} {pages:5d} {warm:8.3f} {cold:8.2f} {base:12.4f} {warm / base:15.1f}")
    print(
        f"{'total':38} {totals['pages']:5d} {totals['warm']:8.3f} {totals['cold']:8.2f} "
        f"{totals['pdftotext']:12.4f} {totals['warm'] / totals['pdftotext']:15.1f}"
    )
    print(f"warm throughput: {totals['pages'] / totals['warm']:.1f} pages/s on one core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
