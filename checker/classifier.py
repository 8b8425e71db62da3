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
    """The trained text classifier component, or None when no model is shipped.

    It is added to the already loaded blank Dutch pipeline (`checker.nlp`) instead of loading the
    saved pipeline whole: `spacy.load` would build a second Dutch tokenizer, which costs seconds.
    """
    path = Path(models_path(MODEL_DIR))
    if not (path / "meta.json").exists():
        return None
    from checker.nlp import import_spacy, pipeline

    spacy = import_spacy()

    nlp = pipeline().nlp
    config = dict(spacy.util.load_config(path / "config.cfg")["components"]["textcat_multilabel"])
    config.pop("factory", None)
    component = nlp.add_pipe("textcat_multilabel", name="clause_classifier", config=config)
    component.from_disk(path / "textcat_multilabel", exclude=["vocab"])
    return nlp, component


def score_paragraphs(texts: list[str]) -> list[dict[str, float]]:
    """Per paragraph, the probability that it addresses each item (empty dicts without a model)."""
    loaded = load_classifier()
    if loaded is None:
        return [{} for _ in texts]
    nlp, component = loaded
    return [dict(doc.cats) for doc in component.pipe((nlp.make_doc(t) for t in texts), batch_size=64)]
