"""Finding the text that may arrange an item: headings and anchor terms."""

from __future__ import annotations

import pytest

from checker.match import heading_matches
from checker.requirements import load_requirements

REQ = {r.id: r for r in load_requirements()}


@pytest.mark.parametrize(
    ("title", "item", "expected"),
    [
        ("Duur, wijziging en beëindiging", "j", True),
        ("Geschillenregeling", "i", True),
        ("Projectleiding", "c", True),
        ("Begeleiding van leerlingen", "c", False),  # "begeleiding" is not a kind of "leiding"
        ("Financiën", "g", True),
        ("Medezeggenschap", "h", True),
        ("Overstapoptie", "f", True),
        ("Looptijd en einde", "j", True),
        ("Doel en wijze van samenwerking", "i", False),
        ("6. Als een leerling uit de route stapt", "f", True),
        ("6. Als een leerling wil of moet stoppen", "f", True),
        ("Stoppen met de samenwerking", "f", False),
        ("Vraag 6. Waar, door wie en met welke middelen wordt lesgegeven?", "e", True),
        ("Uit de route", "f", False),
        ("Geldzaken", "g", True),
        ("Hoe lang geldt de overeenkomst?", "g", False),  # "geldt" (applies) is no "geld"
    ],
)
def test_heading_matching(title, item, expected):
    assert heading_matches(title, REQ[item].heading_aliases) is expected
