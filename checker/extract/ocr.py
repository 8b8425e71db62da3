"""Text recognition (OCR) for PDF pages without a text layer: Tesseract with its Dutch model.

Why the `tesseract` program itself, and not pytesseract or ocrmypdf:

- pytesseract is only a wrapper that writes the image to a temporary file and runs the same
  program; it adds a dependency and hides the exit status and the time limit we want to set.
- ocrmypdf writes a new PDF with an invisible text layer (through Ghostscript, pikepdf, qpdf),
  which we would then have to read again; it is heavy to install and slower, and it throws away
  what we need most: per-line positions and sizes.
- Calling `tesseract page.pgm stdout -l nld --dpi D hocr` directly gives hOCR: lines with their
  box, baseline slope and `x_size` (the line height, close to the font size in pixels), and words
  with their box and confidence. That is enough to feed the PDF reader's own layout code
  (lines, running headers, columns, paragraphs, headings) with OCR'd words.

Each page is rendered with pdfium in grey at `dpi` (300 by default; measured on a 2-core
machine: about 2.4 s a page at 300 dpi and 1.8 s at 200 dpi with one thread). Tesseract runs with
`OMP_THREAD_LIMIT=1` (its OpenMP threads made a page 2.4x *slower* here), up to `parallel` pages
at a time, each in its own process with a time limit; a page that fails costs that page, not the
document. A Tesseract process dies with the process that started it (PR_SET_PDEATHSIG), so a
document killed for taking too long leaves no stray OCR process.

What OCR gives besides the words:

- skew: the median baseline slope of the long lines; word positions are rotated back so that a
  page scanned 1 degree askew still has straight lines and a straight column gutter;
- font size: the line's `x_size` in points (snapped per document in `normalise_sizes`, so body
  lines share one size as they do in a digital PDF);
- bold: the stroke width of the ink (2 x dark pixels / dark-light transitions, measured per word
  on the Otsu-binarised page) relative to the line height. Bold lines measured 1.3-1.5x the body
  lines' value; 1.25x counts as bold.
"""

from __future__ import annotations

import ctypes
import functools
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

LANGUAGE = "nld"
MODES = ("auto", "never", "always")
DEFAULT_DPI = 300
PAGE_TIMEOUT = 180.0  # seconds for one page
MAX_PIXELS = 40_000_000  # a page is rendered at a lower resolution when it would be larger
BOLD_RATIO = 1.25
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-nld"
MSG_NO_TESSERACT = (
    f"tekstherkenning (OCR) is niet beschikbaar: installeer Tesseract met het Nederlandse "
    f"taalmodel ({INSTALL_HINT})"
)
MSG_NO_MODEL = (
    f"tekstherkenning (OCR) is niet beschikbaar: het Nederlandse taalmodel van Tesseract "
    f"ontbreekt ({INSTALL_HINT})"
)

_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
_PR_SET_PDEATHSIG = 1


def default_parallel() -> int:
    """Pages OCR'd at the same time: one per core, at most 4 (set 1 inside batch workers)."""
    return max(1, min(4, os.cpu_count() or 1))


PARALLEL: int | None = None  # None: default_parallel(); checker.runner sets 1 in its workers


@dataclass(slots=True)
class OcrWord:
    text: str
    x0: float  # points, from the left edge of the page
    x1: float
    top: float  # points, from the top edge of the page
    bottom: float
    size: float  # estimated font size in points (the line's height)
    bold: bool
    conf: float  # Tesseract's confidence, 0-100
    line: int  # index of the OCR line on its page


@dataclass
class OcrPage:
    number: int  # 1-based
    width: float  # points
    height: float
    words: list[OcrWord] = field(default_factory=list)
    error: str | None = None  # why this page could not be read (Dutch, no full stop)
    seconds: float = 0.0
    skew_degrees: float = 0.0

    @property
    def confidence(self) -> float | None:
        """Mean word confidence, weighted by characters."""
        chars = sum(len(w.text) for w in self.words)
        if not chars:
            return None
        return sum(w.conf * len(w.text) for w in self.words) / chars


class OcrUnavailable(Exception):
    """Tesseract or its Dutch model is missing; `message` says how to install it."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# ---------------------------------------------------------------------------------------------
# Is Tesseract there?


def tesseract_command() -> str | None:
    return shutil.which("tesseract")


@functools.lru_cache(maxsize=4)
def _problem(command: str | None, prefix: str | None) -> str | None:
    if command is None:
        return MSG_NO_TESSERACT
    try:
        out = subprocess.run([command, "--list-langs"], capture_output=True, timeout=30, env=_environment())
    except (OSError, subprocess.SubprocessError):
        return MSG_NO_TESSERACT
    languages = (out.stdout + out.stderr).decode("utf-8", "replace").split()
    return None if LANGUAGE in languages else MSG_NO_MODEL


def unavailable() -> str | None:
    """None when Tesseract with the Dutch model can run, else why not (Dutch, with how to
    install it)."""
    return _problem(tesseract_command(), os.environ.get("TESSDATA_PREFIX"))


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def _die_with_parent() -> None:  # runs in the child between fork and exec
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except Exception:  # noqa: BLE001 - best effort, Linux only
        pass


# ---------------------------------------------------------------------------------------------
# Pages of a PDF


def ocr_pdf_pages(
    path: Path,
    numbers: list[int],
    dpi: int = DEFAULT_DPI,
    parallel: int | None = None,
    page_timeout: float | None = None,
) -> dict[int, OcrPage]:
    """OCR the given pages (1-based) of a PDF. Raises `OcrUnavailable` when Tesseract is
    missing; a page that cannot be rendered or recognised comes back with `error` set.
    `page_timeout` defaults to `PAGE_TIMEOUT` seconds."""
    page_timeout = page_timeout or PAGE_TIMEOUT
    problem = unavailable()
    if problem:
        raise OcrUnavailable(problem)
    import pypdfium2 as pdfium

    parallel = max(1, parallel or PARALLEL or default_parallel())
    results: dict[int, OcrPage] = {}
    try:
        doc = pdfium.PdfDocument(path)
    except Exception:  # noqa: BLE001 - pdfium cannot open it: nothing to render
        return {n: OcrPage(n, 0.0, 0.0, error="de pagina kon niet worden weergegeven") for n in numbers}
    try:
        with tempfile.TemporaryDirectory(prefix="leerroute-ocr-") as tmp:
            for start in range(0, len(numbers), parallel):
                chunk = numbers[start : start + parallel]
                jobs = []
                for number in chunk:
                    try:
                        image, scale = _render(doc, number - 1, dpi)
                    except Exception:  # noqa: BLE001 - a page pdfium cannot draw
                        results[number] = OcrPage(
                            number, 0.0, 0.0, error="de pagina kon niet worden weergegeven"
                        )
                        continue
                    jobs.append(_Job.start(number, image, scale, Path(tmp), page_timeout))
                try:
                    for job in jobs:
                        results[job.number] = job.finish()
                finally:  # on Ctrl-C or an error: no Tesseract left running
                    for job in jobs:
                        job.kill()
    finally:
        doc.close()
    return results


def _render(doc, index: int, dpi: int):
    """A page as a greyscale PIL image, and its pixels per point."""
    page = doc[index]
    try:
        width, height = page.get_size()
        scale = dpi / 72
        if width * height * scale * scale > MAX_PIXELS:
            scale = math.sqrt(MAX_PIXELS / max(1.0, width * height))
        bitmap = page.render(scale=scale, grayscale=True)
        image = bitmap.to_pil().convert("L")
        bitmap.close()
    finally:
        page.close()
    return image, scale


@dataclass
class _Job:
    """One Tesseract process working on one page image."""

    number: int
    image: object  # PIL image, mode "L"
    scale: float  # pixels per point
    process: subprocess.Popen | None
    output: Path
    errors: Path
    started: float
    timeout: float
    error: str | None = None

    leaders: list[_Leader] = field(default_factory=list)
    threshold: int = 128  # Otsu threshold of the page

    @classmethod
    def start(cls, number: int, image, scale: float, tmp: Path, timeout: float) -> _Job:
        source = tmp / f"page-{number}.pgm"
        output, errors = tmp / f"page-{number}.hocr", tmp / f"page-{number}.err"
        dpi = max(1, round(scale * 72))
        image, leaders, threshold = _without_leaders(image, dpi)
        image.save(source, "PPM")
        command = [tesseract_command() or "tesseract", str(source), "stdout", "-l", LANGUAGE]
        command += ["--dpi", str(dpi), "--psm", "3", "hocr"]
        job = cls(number, image, scale, None, output, errors, time.perf_counter(), timeout, None, leaders)
        job.threshold = threshold
        try:
            with output.open("wb") as out, errors.open("wb") as err:
                job.process = subprocess.Popen(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=err,
                    env=_environment(),
                    preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
                )
        except OSError:
            job.error = "Tesseract kon niet worden gestart"
        return job

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def finish(self) -> OcrPage:
        width, height = self.image.size[0] / self.scale, self.image.size[1] / self.scale
        page = OcrPage(self.number, width, height)
        if self.process is not None:
            remaining = max(1.0, self.timeout - (time.perf_counter() - self.started))
            try:
                code = self.process.wait(timeout=remaining)
                if code != 0:
                    message = self.errors.read_bytes()[-300:].decode("utf-8", "replace").strip()
                    self.error = "Tesseract gaf een fout" + (
                        f" ({message.splitlines()[-1]})" if message else ""
                    )
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                self.error = f"tekstherkenning duurde langer dan {self.timeout:.0f} seconden"
            except BaseException:
                self.process.kill()
                self.process.wait()
                raise
        page.seconds = time.perf_counter() - self.started
        if self.error:
            page.error = self.error
            return page
        try:
            lines = _read_lines(self.output.read_bytes())
            if self.leaders:
                lines = self._read_after_leaders(lines)
            page.words, skew = _finish_lines(lines, self.image, self.scale, self.leaders)
            page.skew_degrees = skew
        except Exception:  # noqa: BLE001 - unreadable output costs this page only
            page.error = "de uitvoer van Tesseract was onleesbaar"
        page.seconds = time.perf_counter() - self.started
        return page

    def _read_after_leaders(self, lines: list[_RawLine]) -> list[_RawLine]:
        """Read the page numbers after contents leaders in a second, small Tesseract run: the
        regions are stacked into one strip, read as a single block, and the words put back
        after their leader; the page pass's words in those regions are dropped."""
        from PIL import Image

        regions = _after_leaders(self.leaders, lines, self.image.size)
        if not regions:
            return lines
        gap = max(20, max(r[3] - r[1] for _, r in regions))
        width = max(r[2] - r[0] for _, r in regions) + 2 * gap
        height = sum(r[3] - r[1] + gap for _, r in regions) + gap
        strip = Image.new("L", (width, height), 255)
        threshold = self.threshold
        offsets = []
        y = gap
        for _, r in regions:
            # black on white: a grey, noisy crop on white paper looks like a picture to Tesseract
            strip.paste(self.image.crop(r).point(lambda v: 0 if v <= threshold else 255), (gap, y))
            offsets.append(y)
            y += r[3] - r[1] + gap
        source = self.output.with_suffix(".tail.pgm")
        strip.save(source, "PPM")
        command = [tesseract_command() or "tesseract", str(source), "stdout", "-l", LANGUAGE]
        command += ["--dpi", str(max(1, round(self.scale * 72))), "--psm", "6"]
        command += ["-c", "tessedit_char_whitelist=0123456789", "hocr"]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                timeout=min(60.0, self.timeout),
                env=_environment(),
                stdin=subprocess.DEVNULL,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
            )
        except (OSError, subprocess.SubprocessError):
            return lines
        if done.returncode != 0:
            return lines
        for line in _read_lines(done.stdout):
            for text, box, conf in line.words:
                if not _PAGE_NUMBER.match(text):
                    continue
                middle = (box[1] + box[3]) / 2
                for (leader, r), top in zip(regions, offsets, strict=True):
                    if top <= middle <= top + r[3] - r[1]:
                        dx, dy = r[0] - gap, r[1] - top
                        leader.tail.append((text, (box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy), conf))
                        break
        kept = []
        for line in lines:
            line.words = [w for w in line.words if not any(_overlap(w[1], r) > 0.3 for _, r in regions)]
            if line.words:
                kept.append(line)
        return kept


# ---------------------------------------------------------------------------------------------
# hOCR -> words in points


def _title(element) -> dict[str, str]:
    out = {}
    for part in (element.get("title") or "").split(";"):
        key, _, value = part.strip().partition(" ")
        if key:
            out[key] = value.strip()
    return out


def _bbox(props: dict[str, str]) -> tuple[int, int, int, int] | None:
    try:
        x0, y0, x1, y1 = (int(v) for v in props["bbox"].split())
    except (KeyError, ValueError):
        return None
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


@dataclass
class _RawLine:
    bbox: tuple[int, int, int, int]
    slope: float | None
    x_size: float
    words: list[tuple[str, tuple[int, int, int, int], float]]  # text, bbox, conf


def parse_hocr(
    data: bytes, image=None, scale: float = DEFAULT_DPI / 72, leaders: list[_Leader] | None = None
) -> tuple[list[OcrWord], float]:
    """Words of one hOCR page in points (deskewed), with size and bold estimates; and the skew
    in degrees. `image` (PIL, greyscale) is needed for the bold estimate only; `leaders` (erased
    from the image before OCR) come back as words of dots in their lines."""
    return _finish_lines(_read_lines(data), image, scale, leaders or [])


def _read_lines(data: bytes) -> list[_RawLine]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    root = etree.fromstring(data, parser)
    lines: list[_RawLine] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.get("class") not in _LINE_CLASSES:
            continue
        props = _title(element)
        box = _bbox(props)
        if box is None:
            continue
        words = []
        for word in element.iter():
            if not isinstance(word.tag, str) or word.get("class") != "ocrx_word":
                continue
            wprops = _title(word)
            wbox = _bbox(wprops)
            text = " ".join("".join(word.itertext()).split())
            if wbox is None or not text:
                continue
            try:
                conf = float(wprops.get("x_wconf", "0"))
            except ValueError:
                conf = 0.0
            words.append((text, wbox, conf))
        if not words:
            continue
        slope = None
        try:
            slope = float(props.get("baseline", "").split()[0])
        except (IndexError, ValueError):
            pass
        try:
            x_size = float(props.get("x_size", ""))
        except ValueError:
            x_size = float(box[3] - box[1])
        lines.append(_RawLine(box, slope, x_size, words))
    return lines


def _finish_lines(
    lines: list[_RawLine], image, scale: float, leaders: list[_Leader]
) -> tuple[list[OcrWord], float]:
    lines = [line for line in lines if not _is_speck_line(line)]
    if lines:
        usual = median(line.bbox[3] - line.bbox[1] for line in lines)
        # a "line" many lines high is a column of stray marks read top to bottom
        lines = [
            line for line in lines
            if line.bbox[3] - line.bbox[1] <= 3 * usual or max(c for _, _, c in line.words) >= 60
        ]  # fmt: skip
    _put_back_leaders(lines, leaders)
    if not lines:
        return [], 0.0
    skew = _skew(lines)
    weights = _stroke_weights(image, lines) if image is not None else None
    return _words(lines, skew, weights, scale, image.size if image is not None else None), math.degrees(skew)


def _after_leaders(leaders: list[_Leader], lines: list[_RawLine], size: tuple[int, int]):
    """Regions right of a leader where the page number of a contents entry should be, and that
    the page pass did not read with confidence (with the leader erased, Tesseract takes the
    column of page numbers for a block of its own and garbles it)."""
    heights = [line.bbox[3] - line.bbox[1] for line in lines if len(line.words) >= 3]
    height = median(heights) if heights else 40
    regions = []
    for leader in leaders:
        x0 = leader.bbox[2] + 1
        x1 = min(size[0], round(leader.bbox[2] + 3.5 * height))
        y0 = max(0, round(leader.bbox[3] - 1.3 * height))
        y1 = min(size[1], round(leader.bbox[3] + 0.5 * height))
        if x1 - x0 < height or y1 <= y0:
            continue
        confident = any(
            conf >= 60 and _overlap(box, (x0, y0, x1, y1)) > 0.5
            for line in lines for _, box, conf in line.words
        )  # fmt: skip
        if not confident:
            regions.append((leader, (x0, y0, x1, y1)))
    return regions


def _overlap(box: tuple[int, int, int, int], region: tuple[int, int, int, int]) -> float:
    """Share of `box` inside `region`."""
    w = min(box[2], region[2]) - max(box[0], region[0])
    h = min(box[3], region[3]) - max(box[1], region[1])
    area = (box[2] - box[0]) * (box[3] - box[1])
    return max(0, w) * max(0, h) / area if area else 0.0


def _put_back_leaders(lines: list[_RawLine], leaders: list[_Leader]) -> None:
    """Each erased leader becomes a word of dots in the line at its height (or a line of its
    own: a dotted fill-in line)."""
    if not leaders:
        return
    usual = median(line.x_size for line in lines) if lines else 0.0
    for leader in leaders:
        x0, y0, x1, y1 = leader.bbox
        middle = (y0 + y1) / 2
        best, distance = None, math.inf
        for line in lines:
            b = line.bbox
            height = b[3] - b[1]
            if b[1] - 0.2 * height <= middle <= b[3] + 0.2 * height:
                d = abs(middle - b[3])  # leaders sit on the baseline
                if d < distance:
                    best, distance = line, d
        words = [("." * leader.dots, leader.bbox, 100.0), *leader.tail]
        if best is None:
            lines.append(_RawLine(leader.bbox, None, usual or float(y1 - y0) * 4, words))
        else:
            best.words.extend(words)
            best.words.sort(key=lambda w: w[1][0])
            b = best.bbox
            best.bbox = (min(b[0], x0), b[1], max(b[2], x1), b[3])
    lines.sort(key=lambda line: (line.bbox[1], line.bbox[0]))


def _is_speck_line(line: _RawLine) -> bool:
    """Noise read as text: a line of only low-confidence punctuation or single marks."""
    letters = sum(ch.isalnum() for text, _, _ in line.words for ch in text)
    return letters == 0 or (letters <= 2 and max(conf for _, _, conf in line.words) < 50)


def _skew(lines: list[_RawLine]) -> float:
    """The page's skew angle (radians) from the baselines of its longer lines."""
    widest = max(line.bbox[2] - line.bbox[0] for line in lines)
    slopes = [
        line.slope for line in lines
        if line.slope is not None and len(line.words) >= 3 and line.bbox[2] - line.bbox[0] >= 0.3 * widest
    ]  # fmt: skip
    if len(slopes) < 3:
        return 0.0
    slope = median(slopes)
    return math.atan(slope) if abs(slope) < 0.1 else 0.0  # more than ~6 degrees: not a skew


@dataclass
class _Leader:
    bbox: tuple[int, int, int, int]  # pixels
    dots: int
    tail: list[tuple[str, tuple[int, int, int, int], float]] = field(default_factory=list)


def _without_leaders(image, dpi: int):
    """The page image with dotted leaders ("Artikel 7 Overstap ........ 4") and dotted fill-in
    lines erased, and where they were. Tesseract reads a row of dots as a long string of letters
    that also garbles the words before it; erased, the line reads cleanly and the dots are put
    back as text afterwards.

    A dot is a dark blob that fits in a box of 0.03 inch with a white ring around it (found for
    every position at once with an integral image); a leader is a row of at least five dots,
    each at most three boxes from the next.
    """
    import numpy as np
    from PIL import Image

    grey = np.array(image.convert("L"))
    height, width = grey.shape
    box = max(3, round(dpi * 0.03))
    threshold = _otsu(grey)
    if height <= box + 2 or width <= box + 2:
        return image, [], threshold
    dark = grey <= threshold
    ys, xs = _dot_anchors(dark, box)
    if len(ys) < 5:
        return image, [], threshold
    order = np.argsort(xs, kind="stable")
    ys, xs = ys[order].tolist(), xs[order].tolist()
    parent = list(range(len(ys)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    last: dict[int, int] = {}  # row bucket -> index of the last dot seen there
    band = max(2, box // 3)
    for i, (y, x) in enumerate(zip(ys, xs, strict=True)):
        bucket = y // band
        for b in (bucket - 1, bucket, bucket + 1):
            j = last.get(b)
            if j is not None and 0 < x - xs[j] <= 3 * box and abs(y - ys[j]) <= band:
                parent[root(i)] = root(j)
        last[bucket] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(ys)):
        groups.setdefault(root(i), []).append(i)
    leaders = []
    for members in groups.values():
        if len(members) < 5:
            continue
        for i in members:
            grey[ys[i] : ys[i] + box, xs[i] : xs[i] + box] = 255
        x0 = min(xs[i] for i in members)
        x1 = max(xs[i] for i in members) + box
        y0 = min(ys[i] for i in members)
        y1 = max(ys[i] for i in members) + box
        leaders.append(_Leader((x0, y0, x1, y1), len(members)))
    if not leaders:
        return image, [], threshold
    return Image.fromarray(grey), leaders, threshold


def _dot_anchors(dark, box: int):
    """Top-left corners (y, x) of the blobs that fit in a `box` x `box` square with a white
    ring around it: the square's top row and left column touch the blob, so each blob is found
    once."""
    import numpy as np

    height, width = dark.shape
    total = np.zeros((height + 1, width + 1), np.int32)
    np.cumsum(np.cumsum(dark, 0, dtype=np.int32), 1, out=total[1:, 1:])
    ny, nx = height - box - 1, width - box - 1

    def sums(y0: int, x0: int, dy: int, dx: int):
        """Sum of `dark` over the dy x dx boxes whose top-left is (y0 + i, x0 + j)."""
        return (
            total[y0 + dy : y0 + dy + ny, x0 + dx : x0 + dx + nx]
            - total[y0 : y0 + ny, x0 + dx : x0 + dx + nx]
            - total[y0 + dy : y0 + dy + ny, x0 : x0 + nx]
            + total[y0 : y0 + ny, x0 : x0 + nx]
        )

    inner = sums(1, 1, box, box)
    found = inner > 0
    found &= sums(0, 0, box + 2, box + 2) == inner
    found &= sums(1, 1, 1, box) > 0
    found &= sums(1, 1, box, 1) > 0
    ys, xs = np.nonzero(found)
    return ys + 1, xs + 1


def _otsu(pixels) -> int:
    """Otsu's threshold: pixels <= it are ink."""
    import numpy as np

    hist = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    weight = np.cumsum(hist)
    mass = np.cumsum(hist * np.arange(256))
    total, total_mass = weight[-1], mass[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (total_mass * weight / total - mass) ** 2 / (weight * (total - weight))
    between = np.nan_to_num(between)
    return int(np.argmax(between))


def _stroke_weights(image, lines: list[_RawLine]) -> list[list[float | None]]:
    """Per word: stroke width in pixels (2 x dark pixels / dark-light transitions), measured on
    the Otsu-binarised image; None for a word with too little ink to tell."""
    import numpy as np

    grey = np.asarray(image.convert("L"))
    dark = grey <= _otsu(grey)
    out = []
    for line in lines:
        row = []
        for _, (x0, y0, x1, y1), _ in line.words:
            cell = dark[y0 : y1 + 1, x0 : x1 + 1]
            ink = int(cell.sum())
            edges = int((cell[:, 1:] != cell[:, :-1]).sum() + (cell[1:, :] != cell[:-1, :]).sum())
            row.append(2.0 * ink / edges if edges and ink >= 20 else None)
        out.append(row)
    return out


_ASCENDING = frozenset("bdfhklt" + "ij" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "0123456789")
_DESCENDING = frozenset("gjpqy")


def _line_height(line: _RawLine, skew: float) -> float:
    """The line's font size in pixels, from the height of its words (corrected for skew).

    A word that reaches above the x-height and below the baseline ("Leiding") is as high as the
    font's ascender plus descender; a word with only one of them ("Artikel", "PARTIJEN", "gaan")
    about 0.78 of that, a word with neither ("een") 0.57 (Helvetica; Times is close). The best
    class present decides. Tesseract's own `x_size` can be far off on a short line, so it is used
    only when no word can be measured.
    """
    slant = abs(math.tan(skew))
    by_class: dict[int, list[float]] = {}
    for text, b, _ in line.words:
        letters = [c for c in text if c.isalnum()]
        if not letters:
            continue
        up = any(c in _ASCENDING for c in letters)
        down = any(c in _DESCENDING for c in letters) or any(c in "()[]{}|/" for c in text)
        height = (b[3] - b[1]) - (b[2] - b[0]) * slant
        kind = 0 if up and down else 1 if up or down else 2
        by_class.setdefault(kind, []).append(height / _HEIGHT_SHARE[kind])
    for kind in (0, 1, 2):
        if by_class.get(kind):
            return median(by_class[kind])
    return line.x_size


_HEIGHT_SHARE = {0: 1.0, 1: 0.78, 2: 0.57}
_PAGE_NUMBER = re.compile(r"^\d{1,4}$")


def _words(
    lines: list[_RawLine],
    skew: float,
    weights: list[list[float | None]] | None,
    scale: float,
    size: tuple[int, int] | None,
) -> list[OcrWord]:
    cx, cy = (size[0] / 2, size[1] / 2) if size else (0.0, 0.0)
    cos, sin = math.cos(-skew), math.sin(-skew)

    def level(x: float, y: float) -> tuple[float, float]:
        dx, dy = x - cx, y - cy
        return cx + dx * cos - dy * sin, cy + dx * sin + dy * cos

    heights = [_line_height(line, skew) for line in lines]
    # the body's height and stroke: the most common among lines of several words
    body_height = median(
        [h for h, line in zip(heights, lines, strict=True) if len(line.words) >= 4] or heights
    )

    def relative(weight: float, height: float) -> float:
        # a short or lower-case-only line may look smaller than it is: never below body height
        return weight / max(height, body_height)

    body_weight = None
    if weights:
        normal = [
            relative(w, h)
            for line, row, h in zip(lines, weights, heights, strict=True) if len(line.words) >= 4
            for w in row if w is not None
        ]  # fmt: skip
        body_weight = median(normal) if normal else None
    out: list[OcrWord] = []
    for index, (line, height) in enumerate(zip(lines, heights, strict=True)):
        letters = sum(ch.isalpha() for text, _, _ in line.words for ch in text)
        if letters < 4 and height < body_height * 1.3:
            height = body_height  # "en", "a.": too little to measure
        centres = [level((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for _, b, _ in line.words]
        mid = median(y for _, y in centres)
        row = weights[index] if weights else [None] * len(line.words)
        measured = [relative(w, height) for w in row if w is not None]
        line_bold = bool(body_weight and measured and median(measured) >= BOLD_RATIO * body_weight)
        for (text, box, conf), (x, _), weight in zip(line.words, centres, row, strict=True):
            half = (box[2] - box[0]) / 2
            if weight is None or len(text) < 3 or not body_weight:
                bold = line_bold
            else:
                bold = relative(weight, height) >= BOLD_RATIO * body_weight
            out.append(
                OcrWord(
                    text=text,
                    x0=(x - half) / scale,
                    x1=(x + half) / scale,
                    top=(mid - height / 2) / scale,
                    bottom=(mid + height / 2) / scale,
                    size=round(height / scale, 2),
                    bold=bold,
                    conf=conf,
                    line=index,
                )
            )
    return out


# ---------------------------------------------------------------------------------------------
# Sizes across a document


def size_map(ocr_sizes: dict[float, int], text_body: float | None) -> dict[float, float]:
    """Snap estimated OCR line sizes to a few values, as a digital PDF has them.

    `ocr_sizes` counts characters per estimated size. Sorted sizes less than 4% apart form one
    group (spanning at most 15%); each group gets its median, rounded to 0.5 pt; the biggest group (the body text) gets
    `text_body`, the body size of the pages that do have a text layer, when there is one.
    """
    if not ocr_sizes:
        return {}
    groups: list[list[float]] = []
    for value in sorted(ocr_sizes):
        if groups and value <= groups[-1][-1] * 1.04 and value <= groups[-1][0] * 1.15:
            groups[-1].append(value)
        else:
            groups.append([value])
    weight = [sum(ocr_sizes[v] for v in group) for group in groups]
    body_index = max(range(len(groups)), key=weight.__getitem__)
    mapping: dict[float, float] = {}
    body_value = None
    for i, group in enumerate(groups):
        value = round(_weighted_median(group, ocr_sizes) * 2) / 2
        if i == body_index:
            body_value = value
        for v in group:
            mapping[v] = value
    if text_body and body_value:
        factor = text_body / body_value
        mapping = {k: round(v * factor * 2) / 2 for k, v in mapping.items()}
    return mapping


def _weighted_median(values: list[float], weights: dict[float, int]) -> float:
    half = sum(weights[v] for v in values) / 2
    seen = 0
    for value in sorted(values):
        seen += weights[value]
        if seen >= half:
            return value
    return values[-1]
