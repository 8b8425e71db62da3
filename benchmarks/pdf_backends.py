"""Compare PDF text extraction speed and peak memory per backend.

Usage: python benchmarks/pdf_backends.py [--repeat N] [--generate] [PDF ...]

Without arguments it measures every PDF under sample_agreements/; when there is none, or with
--generate, it (also) generates a 5-page and a 30-page agreement with reportlab in a temporary
directory. Each measurement runs in its own Python process, so "peak RSS" is that process's
high-water mark (interpreter and libraries included; the "imports only" row is the floor);
pdftotext's peak comes from GNU time. Times are the best of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

METHODS = {
    "baseline": "imports only",
    "plumber_words": "pdfplumber extract_words (+page.close)",
    "plumber_words_open": "pdfplumber extract_words (no page.close)",
    "pdfium_text": "pypdfium2 get_text_range",
    "extract_pdf": "extract_pdf (pdfium)",
    "extract_pdf_plumber": "extract_pdf (pdfplumber)",
    "pdftotext": "pdftotext (poppler)",
}


def _run_once(method: str, path: Path) -> None:
    if method in ("plumber_words", "plumber_words_open"):
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_words(
                    extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False
                )
                if method == "plumber_words":
                    page.close()
    elif method == "pdfium_text":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(path)
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        doc.close()
    elif method in ("extract_pdf", "extract_pdf_plumber"):
        from checker.extract.pdf import extract_pdf

        extract_pdf(path, backend="pdfium" if method == "extract_pdf" else "pdfplumber")
    elif method == "pdftotext":
        subprocess.run(["pdftotext", str(path), "/dev/null"], check=True)


def _pdftotext_peak_mb(path: Path) -> float | None:
    """pdftotext's own peak RSS via GNU time: a forked child inherits Python's high-water mark."""
    if not Path("/usr/bin/time").exists():
        return None
    cmd = ["/usr/bin/time", "-f", "%M", "pdftotext", str(path), "/dev/null"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    try:
        return int(done.stderr.strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        return None


def _worker(method: str, path: Path, repeat: int) -> None:
    """Measure one method on one file in this process and print JSON."""
    sys.path.insert(0, str(ROOT))
    import pdfplumber  # noqa: F401  (import cost is not extraction cost)
    import pypdfium2  # noqa: F401

    if method.startswith("extract_pdf"):
        import checker.extract.pdf  # noqa: F401
    best = 0.0
    if method != "baseline":
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            _run_once(method, path)
            best = min(best, time.perf_counter() - start)
    if method == "pdftotext":
        peak_mb = _pdftotext_peak_mb(path)
    else:
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    print(json.dumps({"seconds": best, "peak_rss_mb": peak_mb}))


def _measure(method: str, path: Path, repeat: int) -> dict:
    cmd = [sys.executable, __file__, "--worker", method, "--repeat", str(repeat), str(path)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout)


def _page_count(path: Path) -> int | str:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(path)
    except pdfium.PdfiumError:
        return "?"
    count = len(doc)
    doc.close()
    return count


def make_agreement(path: Path, pages: int) -> Path:
    """A single-column agreement with articles, running header and page footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    words = (
        "de het een school leerling overeenkomst partijen samenwerking onderwijs vmbo mbo "
        "leerroute bestuur afspraken gegevens toelating doorstroom begeleiding examen programma "
        "looptijd evaluatie opzegging geschillen kwaliteit zorg ouders"
    ).split()
    rnd = random.Random(pages)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=4)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=13, leading=17)

    def decorate(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 40, "Samenwerkingsovereenkomst leerroute vmbo-mbo")
        canvas.drawCentredString(A4[0] / 2, 30, f"Pagina {doc.page}")

    story = []
    for article in range(1, int(pages * 2.1) + 1):
        story.append(Paragraph(f"Artikel {article} Onderwerp {article}", head))
        for member in range(1, 4):
            text = " ".join(rnd.choice(words) for _ in range(70))
            story.append(Paragraph(f"{article}.{member} {text}.", body))
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=decorate, onLaterPages=decorate)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--generate", action="store_true", help="add generated 5/30-page PDFs")
    parser.add_argument("--worker", choices=METHODS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args.worker, args.pdfs[0], args.repeat)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = list(args.pdfs or sorted((ROOT / "sample_agreements").rglob("*.pdf")))
        if not pdfs or args.generate:
            print("Generating a 5-page and a 30-page agreement with reportlab.")
            pdfs += [make_agreement(Path(tmp) / f"agreement_{n}p.pdf", n) for n in (5, 30)]
        for path in pdfs:
            pages = _page_count(path)
            print(f"\n{path.name}: {pages} pages")
            print(f"  {'method':42} {'time (s)':>9} {'ms/page':>8} {'peak RSS (MB)':>14}")
            for method, label in METHODS.items():
                result = _measure(method, path, args.repeat)
                if "error" in result:
                    print(f"  {label:42} error: {result['error']}")
                    continue
                secs = result["seconds"]
                known = isinstance(pages, int) and pages > 0
                per_page = f"{1000 * secs / pages:8.1f}" if known else "?"
                shown = "" if method == "baseline" else f"{secs:9.3f} {per_page}"
                peak = result["peak_rss_mb"]
                peak_text = "?" if peak is None else f"{peak:.1f}"
                print(f"  {label:42} {shown:>18} {peak_text:>14}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
