"""Fuzz tests: mutated real samples never make an exception escape, and the DOCX reader never
answers with `internal_error`.

- DOCX bytes: the sample .docx files with bytes flipped, inserted, deleted or cut off.
- DOCX XML: document.xml, numbering.xml or styles.xml of a sample with slices deleted,
  duplicated or swapped and tricky fragments inserted, then zipped again.
- Text: random blocks built from agreement-like pieces (headings, numbers, bullets, contents
  lines, signatures, odd whitespace and characters) fed to `checker.segment.segment` and
  `checker.api.check_extracted`.
- atheris (coverage-guided, when `pip install atheris` works): the DOCX reader on mutated
  document.xml parts, seeded with the samples' own; run in a subprocess (`python
  tests/test_fuzz.py atheris -runs=N`), since atheris ends the process it runs in.

Inputs tried, as recorded when these tests were written (default run / slow run):
hypothesis DOCX bytes 200 / 2,000, DOCX XML 200 / 2,000, text 200 / 2,000; atheris 5,000 runs
of the DOCX reader per test run (20,000 once, 172 s, no failure). Nothing escaped and no
`internal_error` came back in any of them. Each test prints its own count (`pytest -s`).
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.api import check_document, check_extracted  # noqa: E402
from checker.document import Block, Document  # noqa: E402

SAMPLES = ROOT / "sample_agreements"
DOCX_FILES = sorted(SAMPLES.glob("*.docx"))
DOCX_BYTES = {p.name: p.read_bytes() for p in DOCX_FILES}
XML_PARTS = ("word/document.xml", "word/numbering.xml", "word/styles.xml")
COUNTS: dict[str, int] = {}

FAST = settings(
    max_examples=200, deadline=None, database=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip
HEAVY = settings(
    max_examples=2000, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip


def _count(name: str) -> None:
    COUNTS[name] = COUNTS.get(name, 0) + 1


def _check_bytes(data: bytes, suffix: str = ".docx"):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_bytes(data)
        report = check_document(path)
    assert report.status in ("checked", "error")
    if report.status == "error":
        assert report.error["code"] != "internal_error", report.error
        message = report.error["message"]
        assert message and "\n" not in message
    return report


# --- DOCX bytes -----------------------------------------------------------------------------

byte_edits = st.lists(
    st.tuples(
        st.sampled_from(["flip", "insert", "delete", "cut"]),
        st.floats(0, 1, allow_nan=False),
        st.binary(min_size=1, max_size=16),
    ),
    min_size=1,
    max_size=4,
)


def _mutate_bytes(data: bytes, edits) -> bytes:
    buf = bytearray(data)
    for op, where, payload in edits:
        at = min(len(buf) - 1, int(where * len(buf))) if buf else 0
        if op == "flip" and buf:
            buf[at] ^= payload[0] or 1
        elif op == "insert":
            buf[at:at] = payload
        elif op == "delete":
            del buf[at : at + len(payload) * 8]
        elif op == "cut":
            del buf[max(1, at) :]
    return bytes(buf)


def _docx_bytes_case(name: str, edits) -> None:
    _count("docx_bytes")
    _check_bytes(_mutate_bytes(DOCX_BYTES[name], edits))


@FAST
@given(st.sampled_from(sorted(DOCX_BYTES)), byte_edits)
def test_mutated_docx_bytes(name, edits):
    _docx_bytes_case(name, edits)


@pytest.mark.slow
@HEAVY
@given(st.sampled_from(sorted(DOCX_BYTES)), byte_edits)
def test_mutated_docx_bytes_heavy(name, edits):
    _docx_bytes_case(name, edits)


# --- DOCX XML -------------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FRAGMENTS = [
    "<w:p>", "</w:p>", "<w:r><w:t>Artikel 5 Overstap</w:t></w:r>", "<w:tbl><w:tr><w:tc>",
    "</w:tc></w:tr></w:tbl>", '<w:numPr><w:ilvl w:val="99"/><w:numId w:val="-1"/></w:numPr>',
    '<w:numPr><w:ilvl w:val="8"/><w:numId w:val="1"/></w:numPr>', '<w:fldChar w:fldCharType="begin"/>',
    '<w:fldChar w:fldCharType="end"/>', '<w:fldChar w:fldCharType="separate"/>', "<w:vMerge/>",
    '<w:gridSpan w:val="999999"/>', '<w:lvl w:ilvl="0"><w:start w:val="-5"/><w:numFmt w:val="upperRoman"/>'
    '<w:lvlText w:val="%1.%2.%9%"/></w:lvl>', '<w:abstractNumId w:val="0"/>', "&amp;", "&#0;", "&#xFFFE;",
    "\u0000", "\ufeff", "é", "<w:txbxContent><w:p><w:r><w:t>kader</w:t></w:r></w:p></w:txbxContent>",
    '<w:pStyle w:val="Heading1"/>', '<w:basedOn w:val="Normal"/>', "<w:ins>", "</w:ins>", "<w:del>",
    "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", '<w:outlineLvl w:val="-3"/>',
    f"<w:document {W}>", "<![CDATA[ x ]]>", "<?pi x?>", "<!-- c -->", "<!DOCTYPE x>",
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="2147483648"/></w:lvlOverride>',
]  # fmt: skip
xml_edits = st.lists(
    st.tuples(
        st.sampled_from(["delete", "duplicate", "insert", "swap"]),
        st.floats(0, 1, allow_nan=False),
        st.floats(0, 1, allow_nan=False),
        st.sampled_from(FRAGMENTS),
    ),
    min_size=1,
    max_size=5,
)


def _mutate_text(text: str, edits) -> str:
    for op, a, b, fragment in edits:
        i, j = sorted((int(a * len(text)), int(b * len(text))))
        j = min(j, i + 2000)
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "insert":
            text = text[:i] + fragment + text[i:]
        elif op == "swap" and i < j:
            middle = (i + j) // 2
            text = text[:i] + text[middle:j] + text[i:middle] + text[j:]
    return text


def _repack(name: str, part: str, edits) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(DOCX_BYTES[name]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == part:
                data = _mutate_text(data.decode("utf-8", "replace"), edits).encode("utf-8", "surrogatepass")
            target.writestr(info.filename, data)
    return out.getvalue()


def _docx_xml_case(name: str, part: str, edits) -> None:
    _count("docx_xml")
    _check_bytes(_repack(name, part, edits))


@FAST
@given(st.sampled_from(sorted(DOCX_BYTES)), st.sampled_from(XML_PARTS), xml_edits)
def test_mutated_docx_xml(name, part, edits):
    _docx_xml_case(name, part, edits)


@pytest.mark.slow
@HEAVY
@given(st.sampled_from(sorted(DOCX_BYTES)), st.sampled_from(XML_PARTS), xml_edits)
def test_mutated_docx_xml_heavy(name, part, edits):
    _docx_xml_case(name, part, edits)


# --- text to the segmenter and the judge --------------------------------------------------------

PIECES = [
    "Artikel 5", "Artikel 5 Overstapoptie", "ARTIKEL 12 - GESCHILLEN", "5.", "5.1", "5.1.2 ", "a.", "(b)",
    "iv)", "§ 3", "Hoofdstuk II", "Bijlage 1", "- ", "• ", "Inhoudsopgave", "Artikel 7 Geschillen ..... 4",
    "Overwegende dat:", "komen als volgt overeen:", "Aldus overeengekomen", "Handtekening",
    "De leiding over de route berust bij een stuurgroep.", "Partijen dragen geen bekostiging over.",
    "de overstapoptie", "medezeggenschap", "bedrijfsleven", "verantwoording", "toetreding", "opzegging",
    "Stichting ROC", "p.m.", "[invullen]", "…………", "____", ":", ";", "\t", "\u00ad", "\u200b", "ﬁ", "é",
    "𝔄", "\u202e", "0" * 30, "Artikel 99999999999999999999", "1." * 40,
]  # fmt: skip
blocks_strategy = st.lists(
    st.builds(
        lambda parts, bold, size, level, table, page, ocr: Block(
            text=" ".join(parts),
            bold=bold,
            font_size=size,
            heading_level=level,
            in_table=table,
            page=page,
            ocr=ocr,
        ),
        st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), min_size=1, max_size=8),
        st.booleans(),
        st.one_of(st.none(), st.floats(1, 40, allow_nan=False)),
        st.one_of(st.none(), st.integers(0, 12)),
        st.booleans(),
        st.one_of(st.none(), st.integers(1, 40)),
        st.booleans(),
    ),
    min_size=0,
    max_size=40,
)


def _text_case(blocks: list[Block], body: float | None) -> None:
    from checker.language import load_language
    from checker.segment import segment

    _count("text")
    document = Document(path="fuzz.txt", format="txt", blocks=blocks, body_font_size=body)
    segment(document, load_language())
    report = check_extracted(document, "fuzz.txt")
    assert report.status == "checked"
    assert len(report.requirements) == 10


@FAST
@given(blocks_strategy, st.one_of(st.none(), st.floats(1, 30, allow_nan=False)))
def test_random_blocks_through_segmenter_and_judge(blocks, body):
    _text_case(blocks, body)


@pytest.mark.slow
@HEAVY
@given(blocks_strategy, st.one_of(st.none(), st.floats(1, 30, allow_nan=False)))
def test_random_blocks_through_segmenter_and_judge_heavy(blocks, body):
    _text_case(blocks, body)


def test_zz_report_counts():
    """Runs last in this file: how many inputs the tests above tried."""
    print("fuzz inputs tried:", dict(sorted(COUNTS.items())))


# --- atheris ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_atheris_docx_reader(tmp_path):
    pytest.importorskip("atheris")
    runs = 5_000  # about 45 s; 20,000 runs (172 s) found nothing either
    done = subprocess.run(
        [sys.executable, __file__, "atheris", f"-runs={runs}", "-max_total_time=120", "-rss_limit_mb=2048",
         f"-artifact_prefix={tmp_path}/"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )  # fmt: skip
    tail = done.stderr[-3000:]
    assert done.returncode == 0, tail
    assert "Done" in tail, tail
    print(tail.strip().splitlines()[-1])


def _atheris_main(argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["checker.extract.docx"]):
        from checker.document import ExtractionError
        from checker.extract.docx import extract_docx

    base = zipfile.ZipFile(io.BytesIO(DOCX_BYTES[DOCX_FILES[0].name]))
    members = {info.filename: base.read(info) for info in base.infolist()}
    work = Path(tempfile.mkdtemp(prefix="atheris-docx-"))
    target = work / "fuzz.docx"

    def one_input(data: bytes) -> None:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as package:
            for name, content in members.items():
                package.writestr(name, data if name == "word/document.xml" else content)
        target.write_bytes(out.getvalue())
        try:
            extract_docx(target)
        except ExtractionError as exc:
            assert exc.code != "internal_error"

    corpus = work / "corpus"
    corpus.mkdir()
    for path in DOCX_FILES:
        with zipfile.ZipFile(path) as package:
            (corpus / path.stem).write_bytes(package.read("word/document.xml"))
    atheris.Setup([argv[0], *argv[2:], str(corpus)], one_input)
    atheris.Fuzz()


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "atheris":
    _atheris_main(sys.argv)
