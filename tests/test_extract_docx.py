"""Tests for the DOCX reader. Every fixture is built in tmp_path, either with python-docx or as
a minimal hand-written package (when the XML itself is what is being tested)."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from checker.document import ExtractionError
from checker.extract.docx import _format_number, extract_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
BASE_STYLES = """
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>
  <w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>
  <w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
"""


# --- fixture builders ----------------------------------------------------------------------


def build_docx(
    path: Path,
    body: str,
    *,
    styles: str = "",
    base_styles: str = BASE_STYLES,
    numbering: str | None = None,
    footnotes: str | None = None,
) -> Path:
    """A minimal but valid .docx package around the given `w:body` content."""
    parts = {
        "word/document.xml": f"<w:document {NAMESPACES}><w:body>{body}<w:sectPr/></w:body></w:document>",
        "word/styles.xml": f'<w:styles xmlns:w="{W}">{base_styles}{styles}</w:styles>',
    }
    if numbering is not None:
        parts["word/numbering.xml"] = f'<w:numbering xmlns:w="{W}">{numbering}</w:numbering>'
    if footnotes is not None:
        parts["word/footnotes.xml"] = f"<w:footnotes {NAMESPACES}>{footnotes}</w:footnotes>"
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="{main}.{name[5:-4]}'
        f'{".main" if name.endswith("document.xml") else ""}+xml"/>'
        for name in parts
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{REL}/{name[5:-4]}" Target="{name[5:]}"/>'
        for i, name in enumerate(parts)
        if name != "word/document.xml"
    )
    package = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>'
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/_rels/document.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{rels}</Relationships>"
        ),
        **parts,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in package.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xml)
    return path


def para(
    text: str = "",
    *,
    style: str | None = None,
    num: int | None = None,
    ilvl: int | None = None,
    ppr: str = "",
    rpr: str = "",
) -> str:
    """One paragraph with optional style, numbering reference and extra pPr/rPr XML."""
    numpr = ""
    if num is not None or ilvl is not None:
        numpr = "<w:numPr>"
        numpr += f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        numpr += f'<w:numId w:val="{num}"/>' if num is not None else ""
        numpr += "</w:numPr>"
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    run = f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p><w:pPr>{style_xml}{numpr}{ppr}</w:pPr>{run}</w:p>"


def level(ilvl: int, text: str, fmt: str = "decimal", start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'{extra}<w:lvlText w:val="{text}"/></w:lvl>'
    )


def texts(path: Path) -> list[str]:
    return [block.text for block in extract_docx(path).blocks]


# Level 0 "Artikel %1" linked to Heading 1, level 1 "%1.%2" linked to Heading 2,
# level 2 "%3." in lower-case letters. num 1 is the article list.
ARTICLE_NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    + level(0, "Artikel %1", extra='<w:pStyle w:val="Heading1"/>')
    + level(1, "%1.%2", extra='<w:pStyle w:val="Heading2"/>')
    + level(2, "%3.", fmt="lowerLetter")
    + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)
# Heading 1 gets its number from its style (numId only, as Word writes it for level 0).
NUMBERED_HEADING_STYLES = BASE_STYLES.replace(
    '<w:outlineLvl w:val="0"/>', '<w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/>'
)


def article_docx(tmp_path: Path, body: str) -> Path:
    return build_docx(
        tmp_path / "a.docx", body, base_styles=NUMBERED_HEADING_STYLES, numbering=ARTICLE_NUMBERING
    )


# --- automatic numbering -------------------------------------------------------------------


def test_hand_built_fixture_is_a_valid_word_package(tmp_path):
    path = article_docx(tmp_path, para("Looptijd", style="Heading1"))
    assert [p.text for p in docx.Document(str(path)).paragraphs] == ["Looptijd"]


def test_heading_number_from_style_and_multilevel_direct_numbering_restarts(tmp_path):
    body = (
        para("Looptijd", style="Heading1")
        + para("Deze overeenkomst gaat in op 1 augustus.", num=1, ilvl=1)
        + para("Zij duurt een schooljaar.", num=1, ilvl=1)
        + para("Zij wordt stilzwijgend verlengd.", num=1, ilvl=1)
        + para("Geschillen", style="Heading1")
        + para("Geschillen gaan naar de commissie.", num=1, ilvl=1)
    )
    doc = extract_docx(article_docx(tmp_path, body))
    assert [b.text for b in doc.blocks] == [
        "Artikel 1 Looptijd",
        "1.1 Deze overeenkomst gaat in op 1 augustus.",
        "1.2 Zij duurt een schooljaar.",
        "1.3 Zij wordt stilzwijgend verlengd.",
        "Artikel 2 Geschillen",
        "2.1 Geschillen gaan naar de commissie.",
    ]
    assert doc.blocks[0].heading_level == 1 and doc.blocks[0].bold
    assert doc.blocks[1].heading_level is None and not doc.blocks[1].bold


def test_style_numbering_without_ilvl_takes_level_linked_to_the_style(tmp_path):
    styles = NUMBERED_HEADING_STYLES.replace(
        '<w:outlineLvl w:val="1"/>', '<w:numPr><w:numId w:val="1"/></w:numPr>'
    )
    body = para("Looptijd", style="Heading1") + para("Ingang", style="Heading2")
    body += para("Einde", style="Heading2")
    path = build_docx(tmp_path / "s.docx", body, base_styles=styles, numbering=ARTICLE_NUMBERING)
    assert texts(path) == ["Artikel 1 Looptijd", "1.1 Ingang", "1.2 Einde"]


def test_lower_letter_items_restart_under_each_higher_level(tmp_path):
    body = (
        para("Taken", style="Heading1")
        + para("De school:", num=1, ilvl=1)
        + para("verzorgt het onderwijs;", num=1, ilvl=2)
        + para("meldt verzuim.", num=1, ilvl=2)
        + para("De leerling:", num=1, ilvl=1)
        + para("volgt de lessen.", num=1, ilvl=2)
    )
    assert texts(article_docx(tmp_path, body)) == [
        "Artikel 1 Taken",
        "1.1 De school:",
        "a. verzorgt het onderwijs;",
        "b. meldt verzuim.",
        "1.2 De leerling:",
        "a. volgt de lessen.",
    ]


def test_sub_level_override_on_another_num_still_follows_the_articles(tmp_path):
    # LibreOffice style: body items use their own num with a startOverride on level 1 only.
    numbering = ARTICLE_NUMBERING + (
        '<w:num w:numId="5"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    body = para("Looptijd", style="Heading1") + para("een", num=5, ilvl=1)
    body += para("twee", num=5, ilvl=1) + para("Opzegging", style="Heading1")
    body += para("drie", num=5, ilvl=1)
    path = build_docx(tmp_path / "lo.docx", body, base_styles=NUMBERED_HEADING_STYLES, numbering=numbering)
    assert texts(path) == [
        "Artikel 1 Looptijd", "1.1 een", "1.2 twee", "Artikel 2 Opzegging", "2.1 drie"
    ]  # fmt: skip


LIST_NUMBERING = (
    '<w:abstractNum w:abstractNumId="5">'
    + level(0, "%1.")
    + level(1, "%2)", fmt="lowerLetter")
    + "</w:abstractNum>"
    '<w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="5"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="5"/></w:num>'
)


def test_second_num_with_start_override_restarts_the_list(tmp_path):
    body = para("een", num=2, ilvl=0) + para("twee", num=2, ilvl=0)
    body += para("opnieuw een", num=3, ilvl=0) + para("opnieuw twee", num=3, ilvl=0)
    path = build_docx(tmp_path / "o.docx", body, numbering=LIST_NUMBERING)
    assert texts(path) == ["1. een", "2. twee", "1. opnieuw een", "2. opnieuw twee"]


def test_nums_of_the_same_abstract_num_continue_each_other(tmp_path):
    body = para("een", num=2, ilvl=0) + para("twee", num=2, ilvl=0)
    body += para("tussendoor") + para("drie", num=4, ilvl=0) + para("sub", num=4, ilvl=1)
    path = build_docx(tmp_path / "c.docx", body, numbering=LIST_NUMBERING)
    assert texts(path) == ["1. een", "2. twee", "tussendoor", "3. drie", "a) sub"]


def test_empty_numbered_paragraph_is_dropped_but_still_counted(tmp_path):
    body = para("een", num=2, ilvl=0) + para("", num=2, ilvl=0) + para("drie", num=2, ilvl=0)
    path = build_docx(tmp_path / "e.docx", body, numbering=LIST_NUMBERING)
    assert texts(path) == ["1. een", "3. drie"]


def test_legal_numbering_and_roman_articles(tmp_path):
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + level(0, "Artikel %1", fmt="upperRoman")
        + level(1, "%1.%2", extra="<w:isLgl/>")
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = para("A", num=1, ilvl=0) + para("B", num=1, ilvl=0) + para("b1", num=1, ilvl=1)
    path = build_docx(tmp_path / "l.docx", body, numbering=numbering)
    assert texts(path) == ["Artikel I A", "Artikel II B", "2.1 b1"]


def test_lvl_restart_zero_keeps_counting_across_higher_levels(tmp_path):
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + level(0, "Hoofdstuk %1")
        + level(1, "Artikel %2", extra='<w:lvlRestart w:val="0"/>')
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = para("I", num=1, ilvl=0) + para("x", num=1, ilvl=1) + para("y", num=1, ilvl=1)
    body += para("II", num=1, ilvl=0) + para("z", num=1, ilvl=1)
    path = build_docx(tmp_path / "r.docx", body, numbering=numbering)
    assert texts(path) == [
        "Hoofdstuk 1 I", "Artikel 1 x", "Artikel 2 y", "Hoofdstuk 2 II", "Artikel 3 z"
    ]  # fmt: skip


def test_num_style_link_is_followed_to_the_list_style_definition(tmp_path):
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ArtikelLijst"/>'
        + level(0, "Art. %1")
        + '</w:abstractNum><w:abstractNum w:abstractNumId="1">'
        '<w:numStyleLink w:val="ArtikelLijst"/></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    )
    styles = (
        '<w:style w:type="numbering" w:styleId="ArtikelLijst"><w:name w:val="ArtikelLijst"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    )
    body = para("Partijen", num=2, ilvl=0) + para("Looptijd", num=2, ilvl=0)
    path = build_docx(tmp_path / "n.docx", body, styles=styles, numbering=numbering)
    assert texts(path) == ["Art. 1 Partijen", "Art. 2 Looptijd"]


def test_num_id_zero_and_bullets_give_no_label(tmp_path):
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + level(0, "\uf0b7", fmt="bullet")
        + '</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = para("punt", num=7, ilvl=0) + para("geen nummer", style="Heading1", num=0)
    path = build_docx(tmp_path / "b.docx", body, styles="", numbering=numbering)
    assert texts(path) == ["punt", "geen nummer"]


@pytest.mark.parametrize(
    "numbering",
    [
        None,  # no numbering part at all
        "",  # empty numbering part
        '<w:num w:numId="1"><w:abstractNumId w:val="99"/></w:num>',  # missing abstractNum
        (  # unparsable level
            '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="zero"><w:start w:val="x"/>'
            '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        ),
        (  # link to a missing list style
            '<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="Lus"/></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        ),
    ],
)
def test_broken_numbering_falls_back_to_no_label(tmp_path, numbering):
    body = para("tekst", num=1, ilvl=0) + para("meer", num=1, ilvl=4) + para("x", num=9, ilvl=0)
    path = build_docx(tmp_path / "x.docx", body, numbering=numbering)
    assert texts(path) == ["tekst", "meer", "x"]


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (3, "decimal", "3"),
        (3, "decimalZero", "03"),
        (12, "decimalZero", "12"),
        (2, "lowerLetter", "b"),
        (28, "lowerLetter", "bb"),
        (4, "upperLetter", "D"),
        (14, "lowerRoman", "xiv"),
        (1994, "upperRoman", "MCMXCIV"),
        (2, "ordinal", "2"),
        (10**9, "lowerLetter", "1000000000"),  # absurd start values must not blow up
        (5, "none", ""),
    ],
)
def test_number_formats(value, fmt, expected):
    assert _format_number(value, fmt) == expected


def test_list_number_style_of_the_python_docx_template(tmp_path):
    document = docx.Document()
    document.add_paragraph("Eerste", style="List Number")
    document.add_paragraph("Tweede", style="List Number")
    document.add_paragraph("Opsomming", style="List Bullet")
    document.save(tmp_path / "t.docx")
    assert texts(tmp_path / "t.docx") == ["1. Eerste", "2. Tweede", "Opsomming"]


# --- reading order: tables, text boxes, content controls -----------------------------------


def test_table_rows_are_read_in_order_between_paragraphs(tmp_path):
    document = docx.Document()
    document.add_paragraph("Voor de tabel")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"cel {r + 1}{'AB'[c]}"
    document.add_paragraph("Na de tabel")
    document.save(tmp_path / "t.docx")
    blocks = extract_docx(tmp_path / "t.docx").blocks
    assert [(b.text, b.in_table) for b in blocks] == [
        ("Voor de tabel", False),
        ("cel 1A", True),
        ("cel 1B", True),
        ("cel 2A", True),
        ("cel 2B", True),
        ("Na de tabel", False),
    ]


def test_nested_table_is_read_inside_its_cell(tmp_path):
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    left = outer.cell(0, 0)
    left.text = "links"
    inner = left.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "binnen 1"
    inner.cell(0, 1).text = "binnen 2"
    left.add_paragraph("links onder")
    outer.cell(0, 1).text = "rechts"
    document.save(tmp_path / "n.docx")
    assert texts(tmp_path / "n.docx") == ["links", "binnen 1", "binnen 2", "links onder", "rechts"]


def test_merged_cells_are_read_once(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "breed"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "hoog"
    table.cell(1, 1).text = "m1"
    table.cell(2, 1).text = "m2"
    document.save(tmp_path / "m.docx")
    assert texts(tmp_path / "m.docx") == ["breed", "hoog", "m1", "m2"]


TEXT_BOX = (
    '<w:p><w:r><w:t>Anker</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
    "<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
    "<w:p><w:r><w:t>Tekst in kader</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>"
    "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
    "<v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Tekst in kader</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    '<w:r><w:t xml:space="preserve"> loopt door</w:t></w:r></w:p>'
)


def test_text_box_is_read_once_after_its_anchor_paragraph(tmp_path):
    path = build_docx(tmp_path / "k.docx", TEXT_BOX + para("Daarna"))
    assert texts(path) == ["Anker loopt door", "Tekst in kader", "Daarna"]


def test_vml_only_text_box_is_read(tmp_path):
    body = (
        "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Oud kader</w:t>"
        "</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    assert texts(build_docx(tmp_path / "v.docx", body)) == ["Oud kader"]


def test_content_controls_hyperlinks_and_smart_tags_are_read(tmp_path):
    body = (
        "<w:sdt><w:sdtPr><w:alias w:val="
        '"Naam"/></w:sdtPr><w:sdtContent>'
        + para("Blok in inhoudsbesturing")
        + '</w:sdtContent></w:sdt><w:p><w:r><w:t xml:space="preserve">Zie </w:t></w:r>'
        '<w:hyperlink r:id="rId9"><w:r><w:t>de website</w:t></w:r></w:hyperlink>'
        '<w:smartTag w:uri="x" w:element="place"><w:r><w:t xml:space="preserve"> in Utrecht'
        "</w:t></w:r></w:smartTag><w:sdt><w:sdtContent><w:r><w:t>.</w:t></w:r></w:sdtContent>"
        "</w:sdt></w:p>"
    )
    assert texts(build_docx(tmp_path / "c.docx", body)) == [
        "Blok in inhoudsbesturing",
        "Zie de website in Utrecht.",
    ]


# --- paragraph text ------------------------------------------------------------------------


def test_tracked_insertion_is_read_and_deletion_is_not(tmp_path):
    body = (
        '<w:p><w:r><w:t xml:space="preserve">De leerling mag </w:t></w:r>'
        '<w:del w:id="1" w:author="x"><w:r><w:delText>niet </w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="x"><w:r><w:t xml:space="preserve">altijd </w:t></w:r></w:ins>'
        "<w:r><w:t>overstappen.</w:t></w:r></w:p>"
    )
    doc = extract_docx(build_docx(tmp_path / "w.docx", body))
    assert doc.text == "De leerling mag altijd overstappen."
    assert any("bijgehouden wijzigingen" in w for w in doc.warnings)


def test_field_code_is_left_out_and_field_result_kept(tmp_path):
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Zie pagina </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGEREF _Ref1 \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> en </w:t></w:r>'
        '<w:fldSimple w:instr=" DATE "><w:r><w:t>1-8-2025</w:t></w:r></w:fldSimple>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> XE "verborgen" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>'
    )
    assert texts(build_docx(tmp_path / "f.docx", body)) == ["Zie pagina 7 en 1-8-2025."]


def test_nested_field_result_inside_a_field_code_is_left_out(tmp_path):
    def fld(kind: str) -> str:
        return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'

    def instr(code: str) -> str:
        return f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'

    body = (
        "<w:p>" + fld("begin") + instr(" IF ") + fld("begin") + instr(" MERGEFIELD Leerweg ")
        + fld("separate") + "<w:r><w:t>BOL</w:t></w:r>" + fld("end")
        + instr(' = "BOL" "Beroepsopleidende leerweg" "Beroepsbegeleidende leerweg" ')
        + fld("separate") + "<w:r><w:t>Beroepsopleidende leerweg</w:t></w:r>" + fld("end")
        + "</w:p>"
    )  # fmt: skip
    assert texts(build_docx(tmp_path / "if.docx", body)) == ["Beroepsopleidende leerweg"]


def test_table_of_contents_field_result_spanning_paragraphs_is_read(tmp_path):
    body = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" '
        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>Artikel 1 Looptijd 2</w:t></w:r></w:p>"
        '<w:p><w:r><w:t>Artikel 2 Opzegging 3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/>'
        "</w:r></w:p>" + para("Na de inhoudsopgave")
    )
    assert texts(build_docx(tmp_path / "toc.docx", body)) == [
        "Artikel 1 Looptijd 2",
        "Artikel 2 Opzegging 3",
        "Na de inhoudsopgave",
    ]


def test_alt_chunk_gives_a_warning(tmp_path):
    body = para("Voor") + '<w:altChunk r:id="rId99"/>' + para("Na")
    doc = extract_docx(build_docx(tmp_path / "alt.docx", body))
    assert [b.text for b in doc.blocks] == ["Voor", "Na"]
    assert any("altChunk" in warning for warning in doc.warnings)


def test_unclosed_field_does_not_hide_the_rest_of_the_document(tmp_path):
    body = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        "<w:r><w:instrText>BROKEN</w:instrText></w:r></w:p>" + para("Artikel over de looptijd")
    )
    assert texts(build_docx(tmp_path / "u.docx", body)) == ["Artikel over de looptijd"]


def test_special_characters_and_whitespace(tmp_path):
    body = (
        "<w:p><w:r><w:t>tussen</w:t><w:tab/><w:t>school</w:t><w:noBreakHyphen/><w:t>en</w:t>"
        "<w:softHyphen/><w:t>bedrijf</w:t><w:br/><w:t>nieuwe  regel</w:t><w:cr/>"
        "<w:t>\u00a0einde </w:t></w:r></w:p><w:p><w:r><w:t>   </w:t></w:r></w:p><w:p/>"
    )
    assert texts(build_docx(tmp_path / "s.docx", body)) == ["tussen school-enbedrijf nieuwe regel einde"]


def test_hidden_text_and_comments_are_not_read(tmp_path):
    body = (
        '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">Zichtbaar </w:t>'
        '</w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>verborgen</w:t></w:r>"
        '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>ook zichtbaar</w:t></w:r></w:p>'
    )
    assert texts(build_docx(tmp_path / "h.docx", body)) == ["Zichtbaar ook zichtbaar"]


# --- headings and bold ---------------------------------------------------------------------


def test_heading_levels_and_bold_from_python_docx_styles(tmp_path):
    document = docx.Document()
    document.add_heading("Samenwerkingsovereenkomst", level=0)
    document.add_heading("Partijen", level=1)
    document.add_heading("Looptijd", level=2)
    paragraph = document.add_paragraph()
    paragraph.add_run("Geheel vet").bold = True
    mixed = document.add_paragraph()
    mixed.add_run("Deels ").bold = True
    mixed.add_run("vet")
    document.save(tmp_path / "h.docx")
    blocks = extract_docx(tmp_path / "h.docx").blocks
    assert [(b.text, b.heading_level, b.bold) for b in blocks] == [
        ("Samenwerkingsovereenkomst", 1, False),
        ("Partijen", 1, True),
        ("Looptijd", 2, True),
        ("Geheel vet", None, True),
        ("Deels vet", None, False),
    ]


def test_heading_level_from_custom_styles_and_direct_outline_level(tmp_path):
    styles = (
        '<w:style w:type="paragraph" w:styleId="Kop3"><w:name w:val="Kop 3"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="ArtKop"><w:name w:val="Artikelkop"/>'
        '<w:basedOn w:val="Heading1"/></w:style>'
        '<w:style w:type="character" w:styleId="Nadruk"><w:name w:val="Nadruk"/>'
        "<w:rPr><w:b/></w:rPr></w:style>"
    )
    body = (
        para("kop drie", style="Kop3")
        + para("artikelkop", style="ArtKop")
        + para("omhoog", ppr='<w:outlineLvl w:val="3"/>')
        + para("platte tekst", style="Heading1", ppr='<w:outlineLvl w:val="9"/>')
        + para("nadruk", rpr='<w:rStyle w:val="Nadruk"/>')
        + para("niet vet", style="Heading1", rpr='<w:b w:val="0"/>')
    )
    blocks = extract_docx(build_docx(tmp_path / "k.docx", body, styles=styles)).blocks
    assert [(b.heading_level, b.bold) for b in blocks] == [
        (3, False),
        (1, True),
        (4, False),
        (None, True),
        (None, True),
        (1, False),
    ]


# --- notes, headers and footers ------------------------------------------------------------


def test_footnotes_go_to_notes_and_follow_the_paragraph_that_refers_to_them(tmp_path):
    # A reader reads the note where it is referred to: an amount given only there is part of the text.
    footnotes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> Zie artikel 8.3 WEB.</w:t></w:r></w:p></w:footnote>'
    )
    body = (
        '<w:p><w:r><w:t>Het BPV-deel</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
        '<w:r><w:t xml:space="preserve"> is geregeld.</w:t></w:r></w:p>'
    )
    doc = extract_docx(build_docx(tmp_path / "f.docx", body, footnotes=footnotes))
    assert [b.text for b in doc.blocks] == ["Het BPV-deel is geregeld. (Zie artikel 8.3 WEB.)"]
    assert [b.text for b in doc.notes] == ["Zie artikel 8.3 WEB."]


def test_header_and_footer_text_is_not_read(tmp_path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Koptekst vertrouwelijk"
    document.sections[0].footer.paragraphs[0].text = "Voettekst pagina"
    document.add_paragraph("Inhoud")
    page_break = document.add_paragraph().add_run()
    page_break.add_break(WD_BREAK.PAGE)
    document.save(tmp_path / "h.docx")
    doc = extract_docx(tmp_path / "h.docx")
    assert [b.text for b in doc.blocks] == ["Inhoud"]
    assert doc.format == "docx" and doc.page_count is None and doc.notes == []


# --- damaged and unsafe files --------------------------------------------------------------


def _set_declared_sizes(path: Path, member: str, *, size: int, compressed: int | None = None):
    """Rewrite the sizes a zip claims for `member` in its local and central headers."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, name_len_at, name_at, size_at in (
        (b"PK\x03\x04", 26, 30, 22),
        (b"PK\x01\x02", 28, 46, 24),
    ):
        pos = data.find(signature)
        while pos != -1:
            length = struct.unpack_from("<H", data, pos + name_len_at)[0]
            if data[pos + name_at : pos + name_at + length] == name:
                struct.pack_into("<I", data, pos + size_at, size)
                if compressed is not None:
                    struct.pack_into("<I", data, pos + size_at - 4, compressed)
            pos = data.find(signature, pos + 4)
    path.write_bytes(bytes(data))


def _error_code(path: Path) -> str:
    with pytest.raises(ExtractionError) as caught:
        extract_docx(path)
    assert "\n" not in caught.value.message
    return caught.value.code


def test_zip_bomb_by_declared_size_is_refused(tmp_path):
    path = build_docx(tmp_path / "bom.docx", para("klein"))
    _set_declared_sizes(path, "word/document.xml", size=300 * 1024 * 1024)
    assert _error_code(path) == "zip_bomb"


def test_zip_bomb_by_total_size_is_refused(tmp_path):
    path = build_docx(tmp_path / "bom.docx", para("klein"), numbering="")
    for member in ("word/styles.xml", "word/numbering.xml"):
        _set_declared_sizes(path, member, size=110 * 1024 * 1024, compressed=1024 * 1024)
    assert _error_code(path) == "zip_bomb"


def test_zip_bomb_by_compression_ratio_is_refused(tmp_path):
    path = build_docx(tmp_path / "bom.docx", para("klein"))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/leeg.bin", bytes(12 * 1024 * 1024))  # ratio ~1000
    assert _error_code(path) == "zip_bomb"


@pytest.mark.parametrize("content", [b"dit is geen zip", b"PK\x03\x04" + bytes(40)])
def test_not_a_zip_is_corrupt(tmp_path, content):
    path = tmp_path / "kapot.docx"
    path.write_bytes(content)
    assert _error_code(path) == "corrupt"


def test_truncated_zip_is_corrupt(tmp_path):
    path = build_docx(tmp_path / "t.docx", para("tekst"))
    path.write_bytes(path.read_bytes()[:-30])
    assert _error_code(path) == "corrupt"


def test_missing_and_empty_files(tmp_path):
    assert _error_code(tmp_path / "bestaat-niet.docx") == "not_found"
    (tmp_path / "leeg.docx").write_bytes(b"")
    assert _error_code(tmp_path / "leeg.docx") == "empty"


def test_document_without_text_is_empty(tmp_path):
    assert _error_code(build_docx(tmp_path / "leeg.docx", para("") + "<w:p/>")) == "empty"


def test_malformed_xml_is_corrupt(tmp_path):
    path = tmp_path / "m.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body><w:p>')
    assert _error_code(path) == "corrupt"


def test_zip_without_word_document_is_unsupported(tmp_path):
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert _error_code(path) == "unsupported_type"


def test_encrypted_docx_is_recognised(tmp_path):
    path = tmp_path / "geheim.docx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000)
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + bytes(100))
    assert _error_code(path) == "encrypted"


def test_legacy_doc_file_is_recognised(tmp_path):
    path = tmp_path / "oud.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"))
    assert _error_code(path) == "legacy_doc"


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        (  # billion laughs
            '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        ),
    ],
)
def test_xml_entities_are_refused(tmp_path, prolog):
    path = tmp_path / "xxe.docx"
    text = "&xxe;" if "xxe" in prolog else "&c;"
    document = f'{prolog}<w:document xmlns:w="{W}"><w:body>{para(text)}</w:body></w:document>'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", document)
    assert _error_code(path) == "xml_entities"


def test_utf16_doctype_is_refused(tmp_path):
    path = tmp_path / "xxe16.docx"
    document = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w:document [<!ENTITY e "x">]>'
        f'<w:document xmlns:w="{W}"><w:body>{para("&e;")}</w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", document.encode("utf-16"))
    assert _error_code(path) == "xml_entities"


def test_strict_open_xml_namespace_is_read(tmp_path):
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    path = tmp_path / "strict.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{strict}"><w:body>{para("Strikt")}</w:body></w:document>',
        )
    assert texts(path) == ["Strikt"]


# --- speed ---------------------------------------------------------------------------------


def test_fifty_page_document_is_read_well_under_a_second(tmp_path):
    parts = []
    for article in range(1, 61):
        parts.append(para(f"Onderwerp {article}", style="Heading1"))
        for _ in range(5):
            parts.append(para("De school en het leerbedrijf spreken af dat " * 4, num=1, ilvl=1))
        parts.append(para("Toelichting " * 30))
    path = article_docx(tmp_path, "".join(parts))
    doc = extract_docx(path)  # speed is measured in benchmarks/, not asserted here
    assert len(doc.blocks) == 60 * 7
    assert doc.blocks[-2].text.startswith("60.5 De school")


# --- OpenDocument text (.odt) -----------------------------------------------------------------

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)
ODT_STYLES = """
<text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="1" style:num-prefix="Artikel "/>
  <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>
</text:outline-style>
<text:list-style style:name="Nummers">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
  <text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>
</text:list-style>
<text:list-style style:name="Bolletjes">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
</text:list-style>
<style:style style:name="Kop" style:family="paragraph">
  <style:text-properties fo:font-weight="bold"/>
</style:style>
"""


def build_odt(
    path: Path, body: str, *, styles: str = ODT_STYLES, mimetype: str = "text", manifest_extra: str = ""
) -> Path:
    """A minimal .odt package: mimetype first and stored, content.xml, styles.xml, manifest."""
    content = (
        f'<office:document-content {ODF_NS} office:version="1.3"><office:automatic-styles>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/>'
        "</style:style></office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    styles_xml = (
        f"<office:document-styles {ODF_NS}><office:styles>{styles}</office:styles></office:document-styles>"
    )
    manifest = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.{mimetype}"/>'
        f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{manifest_extra}'
        "</manifest:file-entry></manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", f"application/vnd.oasis.opendocument.{mimetype}", zipfile.ZIP_STORED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles_xml, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def odt_texts(path: Path) -> list[str]:
    from checker.extract import extract

    return [b.text for b in extract(path).blocks]


def test_odt_headings_get_outline_numbers_and_levels(tmp_path):
    from checker.extract import extract

    path = build_odt(
        tmp_path / "o.odt",
        """
      <text:h text:outline-level="1">Looptijd</text:h>
      <text:p>Deze overeenkomst geldt voor <text:span text:style-name="T1">vijf</text:span> jaar.</text:p>
      <text:h text:outline-level="2">Opzegging</text:h>
      <text:h text:outline-level="1">Geschillen</text:h>
      <text:h text:outline-level="2">Bemiddeling</text:h>
      <text:p text:style-name="Kop">Vet</text:p>
    """,
    )
    doc = extract(path)
    assert doc.format == "odt"
    assert [(b.text, b.heading_level) for b in doc.blocks] == [
        ("Artikel 1 Looptijd", 1),
        ("Deze overeenkomst geldt voor vijf jaar.", None),
        ("1.1 Opzegging", 2),
        ("Artikel 2 Geschillen", 1),
        ("2.1 Bemiddeling", 2),
        ("Vet", None),
    ]
    assert [b.bold for b in doc.blocks][-1] is True
    assert doc.blocks[1].bold is False


def test_odt_lists_are_numbered_nested_continued_and_bullets_unlabelled(tmp_path):
    path = build_odt(
        tmp_path / "l.odt",
        """
      <text:list text:style-name="Nummers" xml:id="L1">
        <text:list-item><text:p>Eerste</text:p>
          <text:list><text:list-item><text:p>sub een</text:p></text:list-item>
                     <text:list-item><text:p>sub twee</text:p></text:list-item></text:list>
        </text:list-item>
        <text:list-item><text:p>Tweede</text:p><text:p>vervolg zonder nummer</text:p></text:list-item>
      </text:list>
      <text:p>tussendoor</text:p>
      <text:list text:style-name="Nummers" text:continue-list="L1">
        <text:list-item><text:p>Derde</text:p></text:list-item>
      </text:list>
      <text:list text:style-name="Nummers">
        <text:list-item text:start-value="7"><text:p>Opnieuw</text:p></text:list-item>
      </text:list>
      <text:list text:style-name="Bolletjes"><text:list-item><text:p>punt</text:p></text:list-item></text:list>
    """,
    )
    assert odt_texts(path) == [
        "1. Eerste",
        "a) sub een",
        "b) sub twee",
        "2. Tweede",
        "vervolg zonder nummer",
        "tussendoor",
        "3. Derde",
        "7. Opnieuw",
        "punt",
    ]


def test_odt_tables_notes_comments_tracked_changes_and_text_boxes(tmp_path):
    from checker.extract import extract

    path = build_odt(
        tmp_path / "t.odt",
        """
      <text:tracked-changes><text:changed-region text:id="c1"><text:deletion>
        <text:p>weggehaalde tekst</text:p></text:deletion></text:changed-region></text:tracked-changes>
      <text:p>Partijen<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>
        <text:note-body><text:p>Een voetnoot.</text:p></text:note-body></text:note> spreken af<office:annotation>
        <text:p>opmerking van de jurist</text:p></office:annotation>:<text:s text:c="3"/>klaar.</text:p>
      <table:table><table:table-column table:number-columns-repeated="2"/>
        <table:table-row><table:table-cell><text:p>Looptijd</text:p></table:table-cell>
          <table:table-cell><text:p>Vijf jaar</text:p>
            <table:table><table:table-row><table:table-cell><text:p>genest</text:p></table:table-cell>
            </table:table-row></table:table></table:table-cell></table:table-row>
        <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Breed</text:p></table:table-cell>
          <table:covered-table-cell/></table:table-row>
      </table:table>
      <text:p>Anker<draw:frame><draw:text-box><text:p>In een kader</text:p></draw:text-box></draw:frame></text:p>
    """,
    )
    doc = extract(path)
    assert [b.text for b in doc.blocks] == [
        "Partijen spreken af: klaar.",
        "Looptijd",
        "Vijf jaar",
        "genest",
        "Breed",
        "Anker",
        "In een kader",
    ]
    assert [b.in_table for b in doc.blocks] == [False, True, True, True, True, False, False]
    assert [b.text for b in doc.notes] == ["Een voetnoot."]
    assert any("bijgehouden wijzigingen" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("build", "code"),
    [
        (lambda p: build_odt(p, "<text:p>x</text:p>", mimetype="spreadsheet"), "unsupported_type"),
        (lambda p: build_odt(p, ""), "empty"),
        (
            lambda p: build_odt(p, "<text:p>x</text:p>", manifest_extra="<manifest:encryption-data/>"),
            "encrypted",
        ),
        (lambda p: build_odt(p, '<text:p>&lt;!DOCTYPE x [&lt;!ENTITY a "b"&gt;]&gt;</text:p>'), "ok"),
    ],
)
def test_odt_refusals(tmp_path, build, code):
    from checker.extract import extract

    path = build(tmp_path / "x.odt")
    if code == "ok":  # an escaped DOCTYPE in the text is just text
        assert extract(path).blocks
        return
    with pytest.raises(ExtractionError) as err:
        extract(path)
    assert err.value.code == code


def test_odt_with_entities_or_broken_xml_is_refused(tmp_path):
    from checker.extract import extract

    path = tmp_path / "e.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("content.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
    with pytest.raises(ExtractionError) as err:
        extract(path)
    assert err.value.code == "xml_entities"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("content.xml", "<office:document-content")
    with pytest.raises(ExtractionError) as err:
        extract(path)
    assert err.value.code == "corrupt"


def test_odt_and_docx_with_swapped_extensions_are_type_mismatch(tmp_path):
    from checker.extract import extract

    odt = build_odt(tmp_path / "echt.docx", "<text:p>x</text:p>")
    with pytest.raises(ExtractionError) as err:
        extract(odt)
    assert err.value.code == "type_mismatch"
    word = docx.Document()
    word.add_paragraph("Samenwerkingsovereenkomst")
    word.save(tmp_path / "echt.odt")
    with pytest.raises(ExtractionError) as err:
        extract(tmp_path / "echt.odt")
    assert err.value.code == "type_mismatch"
