#!/usr/bin/env python3
"""Train the clause classifier on the training split of the labelled samples.

Paragraph labels come from the samples' human labels: a paragraph of the operative text is
labelled with item X when the sample's `evidence` for X (the clause that meets it) names the
paragraph's section, and X is labelled present. Every other body paragraph is a negative for all
items. Held-out samples are never read.

    python benchmarks/train_textcat.py [--epochs 25] [--out models/textcat]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accuracy import agreement_for, points_at  # noqa: E402

from checker.extract import extract  # noqa: E402
from checker.language import load_language  # noqa: E402
from checker.match import analyse  # noqa: E402
from checker.results import Evidence  # noqa: E402
from checker.segment import segment  # noqa: E402

ITEMS = list("abcdefghij")


def training_examples(folder: Path) -> list[tuple[str, dict[str, float]]]:
    examples = []
    for expected_path in sorted(folder.glob("*.expected.json")):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        if expected.get("split", "train") != "train":
            continue
        clues = {
            k: v for k, v in expected.get("evidence", {}).items() if expected["statuses"].get(k) == "present"
        }
        document = extract(agreement_for(expected_path))
        for passage in analyse(segment(document, load_language())):
            if passage.role != "body" or len(passage.text.split()) < 4:
                continue
            probe = [Evidence(page=passage.page, text=passage.text, section=passage.section)]
            cats = {
                item: float(bool(clue) and points_at(probe, clue))
                for item, clue in ((i, clues.get(i)) for i in ITEMS)
            }
            examples.append((passage.text, cats))
    return examples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", default=str(ROOT / "sample_agreements"))
    parser.add_argument("--epochs", type=int, default=25)
    parser.add_argument("--out", default=str(ROOT / "models" / "textcat"))
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    import spacy
    from spacy.training import Example

    random.seed(args.seed)
    spacy.util.fix_random_seed(args.seed)
    examples = training_examples(Path(args.samples))
    positives = sum(1 for _, cats in examples if any(cats.values()))
    print(f"{len(examples)} paragraphs, {positives} labelled with an item")

    nlp = spacy.blank("nl")
    config = {
        "threshold": 0.5,
        "model": {
            "@architectures": "spacy.TextCatBOW.v3",
            "exclusive_classes": False,
            "ngram_size": 2,
            "no_output_layer": False,
            "length": 2**16,
        },
    }
    textcat = nlp.add_pipe("textcat_multilabel", config=config)
    for item in ITEMS:
        textcat.add_label(item)
    train = [Example.from_dict(nlp.make_doc(text), {"cats": cats}) for text, cats in examples]
    nlp.initialize(lambda: train)
    for epoch in range(args.epochs):
        random.shuffle(train)
        losses: dict[str, float] = {}
        for batch in spacy.util.minibatch(train, size=16):
            nlp.update(batch, losses=losses, drop=0.1)
        if epoch % 5 == 4:
            print(f"epoch {epoch + 1}: loss {losses.get('textcat_multilabel', 0):.3f}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"saved to {out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
