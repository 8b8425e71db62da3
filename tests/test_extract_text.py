"""The text and Markdown reader."""

from __future__ import annotations

from checker.extract.text import decode_text, extract_text, text_to_blocks


def test_hard_wrapped_lines_are_joined_and_hyphenation_undone():
    text = (
        "De school en het ROC sluiten deze samenwerkings-\n"
        "overeenkomst voor de vmbo-\nmbo route en leggen hun afspraken vast in dit document, dat\n"
        "voor beide partijen geldt.\n\nTweede alinea die kort is.\n"
    )
    blocks = [b.text for b in text_to_blocks(text)]
    assert blocks[0].startswith(
        "De school en het ROC sluiten deze samenwerkingsovereenkomst voor de vmbo-mbo route"
    )
    assert blocks[1] == "Tweede alinea die kort is."


def test_numbered_items_start_new_blocks():
    blocks = [
        b.text for b in text_to_blocks("Artikel 3 Leiding\n1. De stuurgroep leidt.\n2. Zij rapporteert.\n")
    ]
    assert blocks == ["Artikel 3 Leiding", "1. De stuurgroep leidt.", "2. Zij rapporteert."]


def test_markdown_headings_bold_tables_and_inline_markup(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "# Samenwerkingsovereenkomst\n\n## Artikel 2 **Overstap**\n\nDe *leerling* kiest [hier](http://x).\n\n"
        "**Geschillen**\n\n| Onderwerp | Afspraak |\n|---|---|\n| Geschil | Mediation |\n",
        encoding="utf-8",
    )
    doc = extract_text(path)
    assert doc.format == "md"
    texts = [(b.text, b.heading_level, b.bold, b.in_table) for b in doc.blocks]
    assert ("Samenwerkingsovereenkomst", 1, False, False) in texts
    assert ("Artikel 2 Overstap", 2, False, False) in texts
    assert ("De leerling kiest hier.", None, False, False) in texts
    assert ("Geschillen", None, True, False) in texts
    assert ("Mediation", None, False, True) in texts


def test_encodings():
    assert decode_text("beëindiging".encode()) == "beëindiging"
    assert decode_text("beëindiging".encode("cp1252")) == "beëindiging"
    assert decode_text("beëindiging".encode("utf-16")) == "beëindiging"


def test_a_short_line_between_blank_lines_above_running_text_is_a_heading(tmp_path):
    from checker.extract import extract

    text = (
        "Samenwerkingsovereenkomst\n\n\n"
        "Wie tekenen\n\n"
        "Stichting Vakschool Oost, gevestigd in Duiven, vertegenwoordigd door haar directeur-bestuurder,\n"
        "en Stichting Voortgezet Onderwijs De Liemers, vertegenwoordigd door de voorzitter.\n\n\n"
        "Hoe we het samen aansturen\n\n"
        "Een routeteam van twee teamleiders leidt de route; elk bestuur wijst zijn eigen teamleider aan\n"
        "voor twee schooljaren.\n"
    )
    path = tmp_path / "o.txt"
    path.write_text(text, encoding="utf-8")
    blocks = extract(path).blocks
    headings = [b.text for b in blocks if b.heading_level]
    assert "Wie tekenen" in headings and "Hoe we het samen aansturen" in headings


def test_a_long_question_underlined_to_its_length_is_a_heading():
    title = "Kan er een school bij komen, kunnen de afspraken veranderen, kan de samenwerking stoppen?"
    text = (
        f"{title}\n{'-' * len(title)}\n\n"
        "Erbij komen: een andere school mag meedoen als beide besturen daar schriftelijk mee instemmen.\n"
    )
    blocks = text_to_blocks(text)
    assert blocks[0].text == title and blocks[0].heading_level == 2
    # a long line over a short rule stays a paragraph
    prose = "Dit is een lange zin die gewoon doorloopt en boven een korte scheidingslijn staat, zonder kop te zijn."
    blocks = text_to_blocks(f"{prose}\n-----\n\nVerder.\n")
    assert blocks[0].heading_level is None


def test_a_numbered_label_makes_a_longer_title_a_heading():
    text = (
        "Vraag 5. Hoe horen de besturen wat er gebeurt?\n\n"
        "Antwoord: het routeteam stuurt beide besturen twee keer per jaar een verslag.\n\n"
        "Agendapunt 1 - Welke route we samen aanbieden\n\n"
        "Bespreking: kort.\n"
    )
    headings = [b.text for b in text_to_blocks(text) if b.heading_level]
    assert headings == [
        "Vraag 5. Hoe horen de besturen wat er gebeurt?",
        "Agendapunt 1 - Welke route we samen aanbieden",
    ]


def test_a_numbered_label_with_a_run_in_title_starts_a_paragraph():
    # "Stap 1 - Signaal. De mentor ...": the title runs into its sentence, which wraps on
    text = (
        "7. OVERSTAPPEN\n\n"
        "Stap 1 - Signaal. De mentor, de leerling zelf, zijn ouders of het leerbedrijf\n"
        "meldt bij de routeleiding dat de route niet meer past.\n\n"
        "Stap 2 - Gesprek met de leerling en zijn ouders over wat hij al heeft\n"
        "behaald en wat hij wil.\n"
    )
    blocks = text_to_blocks(text)
    assert [b.text for b in blocks if b.heading_level] == ["7. OVERSTAPPEN"]
    assert blocks[1].text.startswith("Stap 1 - Signaal. De mentor") and blocks[1].text.endswith(
        "niet meer past."
    )


def test_a_bold_run_in_title_heads_its_paragraph_in_markdown():
    text = (
        "## Onderwijs\n\n**Waar.** De lessen zijn op de school.\n\n**Wie beslist:** de mentor.\n\n"
        "**Let op** dit is geen titel.\n"
    )
    blocks = [(b.text, b.run_in, b.heading_level) for b in text_to_blocks(text, markdown=True)]
    assert blocks == [
        ("Onderwijs", False, 2),
        ("Waar.", True, 3),  # below the heading it stands under
        ("De lessen zijn op de school.", False, None),
        ("Wie beslist:", True, 3),
        ("de mentor.", False, None),
        ("Let op dit is geen titel.", False, None),
    ]
