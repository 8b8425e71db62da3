"""Read a file into a `Document`, choosing the reader by the file's content, not only its name.

Formats: PDF (text layer; pages without one are read by OCR, see `checker.extract.ocr`), Word
.docx, OpenDocument .odt, plain text (.txt, or no extension) and Markdown (.md, .markdown).

Every failure becomes an `ExtractionError` with a stable code and a one-line Dutch message. The
first block of codes comes from the readers; the last three from `checker.api` (internal_error)
and the batch runner `checker.runner` (timeout, worker_crashed):

| code             | meaning                                                                   |
|------------------|---------------------------------------------------------------------------|
| not_found        | the path does not exist or is not a file                                  |
| empty            | the file is empty (0 bytes), holds no text, or a PDF has no (non-blank) pages |
| too_large        | the file is larger than the size limit (`max_bytes`, default 50 MB), or    |
|                  | reading it needed more memory than allowed (MemoryError)                  |
| unsupported_type | not a PDF, DOCX, ODT, text or Markdown file (also: a zip that is not a    |
|                  | Word package, an OpenDocument spreadsheet or presentation)                |
| type_mismatch    | the extension says one supported type, the content is another             |
| legacy_doc       | an old binary Word .doc file (the message says how to convert it)         |
| encrypted        | a password-protected PDF, Word or OpenDocument file                       |
| corrupt          | a damaged or truncated file, or a PDF whose page tree cannot be walked    |
| page_tree_loop   | a PDF whose page tree leads back to itself (/Kids pointing at an ancestor)|
| no_text_layer    | a PDF without text: a scan with OCR switched off (`ocr="never"`), or one  |
|                  | in which OCR found no readable text                                       |
| ocr_unavailable  | a scan, and Tesseract or its Dutch model is not installed (the message    |
|                  | says: apt-get install tesseract-ocr tesseract-ocr-nld)                    |
| ocr_failed       | a scan, and Tesseract failed or timed out on every page                   |
| zip_bomb         | a Word/OpenDocument file that unpacks to an unreasonable size             |
| xml_entities     | a Word/OpenDocument file with DOCTYPE or entity declarations (XXE,        |
|                  | billion laughs): refused, never expanded                                  |
| internal_error   | an unexpected error in the checker itself (a bug; please report it)       |
| timeout          | checking the file took longer than the per-document time limit            |
| worker_crashed   | the process checking the file died (memory limit hit in native code, crash) |

Pages without a text layer in an otherwise readable PDF are not errors but warnings on the
document ("Pagina 3 heeft geen tekstlaag ..." or "Pagina 3 is gelezen met tekstherkenning ...").
"""

from __future__ import annotations

from pathlib import Path

from checker.document import Document, ExtractionError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
SUPPORTED_SUFFIXES = {".pdf", ".docx", ".txt", ".md", ".markdown", ".doc", ".odt"}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(head: bytes) -> str:
    """Guess the format from the first bytes: pdf, zip, ole, text or binary."""
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return "text"
    sample = head[:4096]
    if b"\x00" in sample:
        return "binary"
    try:
        sample.decode("utf-8")
        return "text"
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start >= len(sample) - 3:
            return "text"
    printable = sum(32 <= b < 127 or b in (9, 10, 13) or b >= 160 for b in sample)
    return "text" if printable / max(1, len(sample)) > 0.95 else "binary"


def extract(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, *, ocr: str = "auto") -> Document:
    """Read `path` with the reader that fits its content. Raises `ExtractionError`.

    `ocr` ("auto", "never", "always") applies to PDF files, see `checker.extract.pdf`.
    """
    if not path.is_file():
        raise ExtractionError("not_found", "Het bestand bestaat niet of is geen gewoon bestand.")
    size = path.stat().st_size
    if size == 0:
        raise ExtractionError("empty", "Het bestand is leeg (0 bytes).")
    if size > max_bytes:
        raise ExtractionError(
            "too_large", f"Het bestand is te groot ({_size(size)}; de grens is {_size(max_bytes)})."
        )
    with path.open("rb") as fh:
        head = fh.read(8192)
    kind = sniff(head)
    suffix = path.suffix.lower()

    if kind == "pdf":
        _expect(suffix, {".pdf"}, "een PDF-bestand", path)
        from checker.extract.pdf import extract_pdf

        return extract_pdf(path, ocr=ocr)
    if kind == "zip":
        from checker.extract.odt import odf_kind

        odf = odf_kind(head)
        if odf is not None and odf != "text":
            raise ExtractionError(
                "unsupported_type",
                f"Dit is een OpenDocument-bestand van het type '{odf}', geen tekstdocument; lever "
                "een tekstdocument (.odt of .docx) of PDF aan.",
            )
        if odf == "text" or (suffix == ".odt" and b"[Content_Types].xml" not in head):
            _expect(suffix, {".odt"}, "een OpenDocument-tekstbestand (.odt)", path)
            from checker.extract.odt import extract_odt

            return extract_odt(path)
        _expect(suffix, {".docx"}, "een Word-bestand (.docx)", path)
        from checker.extract.docx import extract_docx

        return extract_docx(path)
    if kind == "ole":
        if suffix == ".docx":
            # An encrypted .docx is stored as an OLE container.
            raise ExtractionError(
                "encrypted",
                "Het Word-bestand is met een wachtwoord beveiligd; sla het zonder wachtwoord op "
                "en probeer opnieuw.",
            )
        raise ExtractionError(
            "legacy_doc",
            "Oude Word-bestanden (.doc) worden niet gelezen; sla het bestand in Word op als .docx "
            "of PDF (of: libreoffice --headless --convert-to docx) en probeer opnieuw.",
        )
    if kind == "text":
        _expect(suffix, {".txt", ".md", ".markdown", ""}, "een tekstbestand", path)
        from checker.extract.text import extract_text

        return extract_text(path)
    raise ExtractionError(
        "unsupported_type",
        "Dit bestandstype wordt niet ondersteund; lever een PDF, Word (.docx) of tekstbestand aan.",
    )


def _size(count: int) -> str:
    """A byte count for a message: "730 kB", "1,5 MB", "50 MB"."""
    if count < 1024 * 1024:
        return f"{max(1, round(count / 1024))} kB"
    megabytes = count / (1024 * 1024)
    text = f"{megabytes:.0f}" if megabytes >= 10 or megabytes == int(megabytes) else f"{megabytes:.1f}"
    return text.replace(".", ",") + " MB"


def _expect(suffix: str, allowed: set[str], what: str, path: Path) -> None:
    if suffix in allowed:
        return
    if suffix in SUPPORTED_SUFFIXES:
        raise ExtractionError(
            "type_mismatch",
            f"De extensie {suffix} klopt niet met de inhoud: het is {what}; "
            "hernoem het bestand en probeer opnieuw.",
        )
    raise ExtractionError(
        "unsupported_type",
        f"De extensie {suffix or '(geen)'} wordt niet ondersteund; de inhoud lijkt {what}.",
    )
