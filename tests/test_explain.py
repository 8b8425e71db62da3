"""`leerroute-check explain` and the generated docs/requirements.md."""

from __future__ import annotations

from click.testing import CliRunner
from conftest import ROOT

from checker.cli import main
from checker.explain import explain


def test_explain_one_item_names_article_elements_and_examples():
    result = CliRunner().invoke(main, ["explain", "f"])
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("f. Inhoud van de overstapoptie")
    assert "art. 2.107b lid 2 onder f WVO 2020" in out
    assert "wie met de leerling beslist" in out
    assert "Voorbeeld aanwezig:" in out and "Voorbeeld zwak:" in out and "Voorstel voor een tekst:" in out
    assert "g. " not in out


def test_explain_all_items():
    out = CliRunner().invoke(main, ["explain"]).output
    for item in "abcdefghij":
        assert f"\n{item}. " in "\n" + out


def test_unknown_item_is_a_usage_error():
    assert CliRunner().invoke(main, ["explain", "k"]).exit_code == 2


def test_docs_requirements_md_is_generated_from_the_data():
    committed = (ROOT / "docs" / "requirements.md").read_text(encoding="utf-8")
    assert committed == explain(fmt="markdown"), (
        "docs/requirements.md has drifted: run `leerroute-check explain --format markdown > docs/requirements.md`"
    )
