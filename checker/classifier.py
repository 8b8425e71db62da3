"""A trained clause classifier (spaCy textcat_multilabel on the blank Dutch pipeline).

It scores a paragraph for each item a..j ("is this paragraph about the overstapoptie?"). The judge
can use it as one more way to find the text of an item, beside headings and anchor terms; whether
it does is decided by the held-out accuracy (see README). The model lives in
`models/textcat/` and is trained by `benchmarks/train_textcat.py`; it loads offline.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from checker.resources import models_path

MODEL_DIR = "textcat"
THRESHOLD = 0.5


@lru_cache(maxsize=1)
def load_classifier():
    """The trained pipeline, or None when no model is shipped."""
    path = Path(models_path(MODEL_DIR))
    if not (path / "meta.json").exists():
        return None
    import spacy

    return spacy.load(path)


def score_paragraphs(texts: list[str]) -> list[dict[str, float]]:
    """Per paragraph, the probability that it addresses each item (empty dicts without a model)."""
    nlp = load_classifier()
    if nlp is None:
        return [{} for _ in texts]
    return [dict(doc.cats) for doc in nlp.pipe(texts, batch_size=64)]
