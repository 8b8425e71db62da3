"""Dutch sentences and lemmas with spaCy, without a trained pipeline.

`spacy.blank("nl")` gives the tokenizer; a sentencizer splits sentences; the lemmas come from the
Dutch tables of `spacy-lookups-data`. In a blank pipeline the default "rule" lemmatizer silently
returns the lower-cased word because no tagger sets a part of speech, and the "lookup" table misses
many plurals (scholen, partijen, afspraken). So each distinct word is lemmatized by forcing the
part of speech (noun, then verb, then adjective) and preferring a lemma the tables know, with the
lookup table as a first opinion. Results are cached per word.

The pipeline is built lazily on first use: loading spaCy and the tables costs about a second.
"""

from __future__ import annotations

import os
import re
import sys
import types
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MAX_WORD = 60  # longer than any Dutch compound in an agreement
MAX_CACHED_WORDS = 200_000
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?", re.UNICODE)


@dataclass(frozen=True)
class Sentence:
    """A sentence with its lower-cased text, the same text with every word lemmatized, and the
    set of its words and lemmas (hyphenated compounds also by part) for fast term lookups."""

    text: str
    lower: str
    lemmas: str
    tokens: frozenset[str] = frozenset()
    token_text: str = " "  # the tokens joined by spaces, with a space at each end, for glob regexes

    @classmethod
    def of(cls, text: str) -> Sentence:
        lower = text.lower()
        lemmas = lemmatize_text(text)
        tokens = word_set(lower + " " + lemmas)
        return cls(text=text, lower=lower, lemmas=lemmas, tokens=tokens, token_text=f" {' '.join(tokens)} ")


def word_set(text: str) -> frozenset[str]:
    """Every word of `text`, and the parts of hyphenated words."""
    words = set(_WORD.findall(text))
    for word in list(words):
        if "-" in word:
            words.update(part for part in word.split("-") if part)
    return frozenset(words)


def import_spacy() -> types.ModuleType:
    """`import spacy`, without the command-line package it imports for `spacy.info`.

    `spacy/__init__.py` runs `from .cli.info import info`, which imports spaCy's whole command
    line (typer, requests, weasel, httpx): about 0.4 s of every start, for a function this tool
    never calls. Stand-in modules answer that one import; they are removed again at once, so a
    later `import spacy.cli` (e.g. by the training script) loads the real package, and `spacy.info`
    loads it when called. Should a spaCy version import more from its CLI, spaCy is imported
    normally instead.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stubs = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    stubs["spacy.cli"].__path__ = []  # a package, so that "spacy.cli.info" can be imported from it
    stubs["spacy.cli.info"].info = _spacy_info
    sys.modules.update(stubs)
    try:
        import spacy
    except ImportError:
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        import spacy
    finally:
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    return spacy


def _spacy_info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _Pipeline:
    def __init__(self) -> None:
        import_spacy()
        from spacy.attrs import IDX, SENT_START
        from spacy.lookups import Lookups
        from spacy.tokens import Doc

        self.Doc = Doc
        self.SENT_START, self.IDX = SENT_START, IDX
        nlp = _blank_dutch()
        self.sentencizer = nlp.add_pipe("sentencizer")
        self.lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
        tables = _lemma_tables()
        # spaCy's Lookups hash every key into a Bloom filter: for the 212,945-entry lookup table
        # that costs about a second. The lookup table is therefore kept here (a `FormTable`) and
        # consulted before the rule lemmatizer, which gets the small tables only.
        self.lookup_table: FormTable = tables["lemma_lookup"]
        lookups = Lookups()
        lookups.add_table("lemma_lookup", {})
        for name in ("lemma_rules", "lemma_exc", "lemma_index"):
            lookups.add_table(name, tables[name])
        self.lemmatizer.initialize(lookups=lookups)
        self.nlp = nlp
        self.index = self.lemmatizer.lookups.get_table("lemma_index")
        # The tables hold each part of speech's lemmas as a JSON list, which spaCy's rule
        # lemmatizer searches linearly (about 2 ms a word); sets make that a lookup.
        for pos in list(self.index.keys()):
            self.index[pos] = set(self.index[pos])
        self.known = {pos: self.index.get(pos.lower(), set()) for pos in ("NOUN", "VERB", "ADJ")}
        self.stop_words = nlp.Defaults.stop_words
        self.cache: dict[str, str] = {}
        self.rule_cache: dict[str, str | None] = {}

    def lemma(self, word: str) -> str:
        low = word.lower()
        hit = self.cache.get(low)
        if hit is not None:
            return hit
        result = self._lemma(low)
        if len(self.cache) >= MAX_CACHED_WORDS:
            self.cache.clear()  # a document of random words must not grow memory without bound
        self.cache[low] = result
        return result

    def _lemma(self, low: str) -> str:
        if len(low) <= 3 or len(low) > MAX_WORD or low in self.stop_words:
            return low  # a 5,000-letter "word" is no word; lemmatizing it would be quadratic
        if "-" in low:
            # Lemmatize the last part of a hyphenated compound: "mbo-instellingen".
            head, _, tail = low.rpartition("-")
            return f"{head}-{self.lemma(tail)}" if tail else low
        looked_up = self.lookup_table.get(low)
        if looked_up and looked_up != low:
            return looked_up
        if any(low in self.known[pos] for pos in self.known):
            return low  # already a lemma ("maken", "school")
        form = self._rule_lemma(low)
        if form:
            return form
        # An unknown compound: lemmatize its longest known tail ("leerbedrijven" -> "leerbedrijf").
        for start in range(2, len(low) - 3):
            tail = low[start:]
            tail_lemma = self.lookup_table.get(tail) or self._rule_lemma(tail)
            if tail_lemma and tail_lemma != tail:
                return low[:start] + tail_lemma
            if any(tail in self.known[pos] for pos in self.known):
                return low
        return low

    def _rule_lemma(self, low: str) -> str | None:
        # Compound tails repeat across words ("...overdracht"): each is worked out once.
        if low in self.rule_cache:
            return self.rule_cache[low]
        if len(self.rule_cache) >= MAX_CACHED_WORDS:
            self.rule_cache.clear()
        result = self.rule_cache[low] = self._rule_lemma_uncached(low)
        return result

    def _rule_lemma_uncached(self, low: str) -> str | None:
        token = self.Doc(self.nlp.vocab, words=[low])[0]  # one word: no need to run the tokenizer
        for pos in ("NOUN", "VERB", "ADJ"):
            token.pos_ = pos
            for form in self.lemmatizer.rule_lemmatize(token):
                if form != low and form in self.known[pos]:
                    return form
        return None

    def sentences(self, text: str) -> list[str]:
        doc = self.sentencizer(self.nlp.make_doc(text))
        # The sentence starts as character offsets, read in one array: walking `doc.sents` makes
        # a Python object for every token.
        flags = doc.to_array([self.SENT_START, self.IDX])
        starts = [int(idx) for flag, idx in flags if flag == 1] or [0]
        starts[0] = 0
        bounds = zip(starts, starts[1:] + [len(text)], strict=True)
        return [part for part in (text[a:b].strip() for a, b in bounds) if part]


def _blank_dutch():
    """`spacy.blank("nl")` without the tokenizer's 4,670 special cases.

    Building those special cases (mostly abbreviations such as "o.a." and "art.") takes most of a
    second, longer than checking a document. Without them the tokenizer splits the final period
    off an abbreviation and the sentencizer may end a sentence there; `_merge_fragments` glues
    such pieces back together using the same abbreviation list.
    """
    from spacy.lang.nl import Dutch

    class _Defaults(Dutch.Defaults):
        tokenizer_exceptions: dict = {}

    class _Dutch(Dutch):
        Defaults = _Defaults

    return _Dutch()


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Lower-cased Dutch abbreviations with their final period ("art.", "o.a.", "z.g.a.n.")."""
    from spacy.lang.nl.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

    return frozenset(key.lower() for key in TOKENIZER_EXCEPTIONS if key.endswith(".") and len(key) > 1)


_TABLES = ("lemma_lookup", "lemma_rules", "lemma_exc", "lemma_index")


class FormTable:
    """A read-only word -> lemma table over two parallel lists sorted by word, searched by
    bisection. It is built from two newline-joined strings by splitting them, which is several
    times faster than loading or building a 212,945-entry dict (every key hashed) at each start."""

    def __init__(self, forms: list[str], lemmas: list[str]):
        if len(forms) != len(lemmas):
            raise ValueError("forms and lemmas differ in length")
        self.forms = forms
        self.lemmas = lemmas

    @classmethod
    def from_dict(cls, table: dict[str, str]) -> FormTable:
        forms = sorted(table)
        return cls(forms, [table[form] for form in forms])

    def get(self, form: str) -> str | None:
        at = bisect_left(self.forms, form)
        if at < len(self.forms) and self.forms[at] == form:
            return self.lemmas[at]
        return None

    def __contains__(self, form: object) -> bool:
        return isinstance(form, str) and self.get(form) is not None

    def __len__(self) -> int:
        return len(self.forms)


def _lemma_tables() -> dict:
    """The Dutch lemma tables of spacy-lookups-data, keyed by the word.

    (spaCy's own `Lookups` tables are keyed by a hash of the word; a plain dict of those never
    answers a lookup by the word itself.) The lookup table comes as a `FormTable`, the others as
    dicts. Reading the package's gzipped JSON takes seconds; a `marshal` copy in the user's cache
    folder, made on first use and named after the installed data file (`lookups_data_stamp`),
    loads in a fraction of that.
    Without a writable cache folder the tables are read from the package every time.
    """
    import marshal

    cache = cache_dir() / f"nl-lemma-tables-{lookups_data_stamp()}.marshal"
    try:
        stored = marshal.loads(cache.read_bytes())
        if isinstance(stored, dict) and set(stored) == set(_TABLES):
            forms, lemmas = stored["lemma_lookup"]
            stored["lemma_lookup"] = FormTable(forms.split("\n"), lemmas.split("\n"))
            return stored
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        pass
    from spacy.util import load_language_data, registry

    paths = registry.lookups.get("nl")
    tables = {name: dict(load_language_data(paths[name])) for name in _TABLES}
    lookup = FormTable.from_dict(
        {form: lemma for form, lemma in tables["lemma_lookup"].items() if "\n" not in form + lemma}
    )
    tables["lemma_lookup"] = lookup
    stored = dict(tables, lemma_lookup=("\n".join(lookup.forms), "\n".join(lookup.lemmas)))
    store_in_cache(cache, marshal.dumps(stored), "nl-lemma-tables-*.marshal")
    return tables


def store_in_cache(path: Path, data: bytes, family: str) -> None:
    """Write a cache file atomically and remove the older members of its `family` (a glob of the
    names it has had under earlier data or code: none of them is read again). A cache folder that
    cannot be written is no error: the caller simply rebuilds next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        for old in path.parent.glob(family):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def lookups_data_stamp() -> str:
    """A name for the installed spacy-lookups-data: its Dutch lookup file's size and time.

    (Cheaper than asking `importlib.metadata` for the version, which reads every installed
    distribution's metadata: 40 ms of each start.)
    """
    return _installed_file_stamp("spacy_lookups_data", "data/nl_lemma_lookup.json.gz") + "-v2"


def spacy_stamp() -> str:
    """A name for the installed spaCy (its lemmatizer rules shape the lemmas), without importing it."""
    return _installed_file_stamp("spacy", "about.py")


def _installed_file_stamp(package: str, relative: str) -> str:
    """Size and modification time of a file inside an installed package, found without importing it."""
    from importlib.util import find_spec

    spec = find_spec(package)
    if spec is None or spec.origin is None:
        return "none"
    try:
        stat = (Path(spec.origin).parent / relative).stat()
    except OSError:
        return "unknown"
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def cache_dir() -> Path:
    """Where this tool keeps what it can rebuild (lemma tables, the built requirement list):
    $LEERROUTE_CHECK_CACHE, else $XDG_CACHE_HOME or ~/.cache, in a folder of its own."""
    configured = os.environ.get("LEERROUTE_CHECK_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "leerroute-check"


@lru_cache(maxsize=1)
def pipeline() -> _Pipeline:
    return _Pipeline()


def is_known_word(word: str) -> bool:
    """Whether the Dutch lemma tables know `word` (as a form or a lemma)."""
    pipe = pipeline()
    low = word.lower()
    return low in pipe.lookup_table or any(low in known for known in pipe.known.values())


def lemmatize_text(text: str) -> str:
    """The lower-cased text with each word replaced by its lemma (punctuation kept)."""
    pipe = pipeline()
    low = text.lower()
    return _WORD.sub(lambda m: pipe.lemma(m.group(0)), low)


# A list label at the start of a paragraph ("1.", "a.", "2.3") would become a sentence of its own.
_LABEL = re.compile(r"^\s*(?:\(?[a-z0-9]{1,3}[.)]|\d+(?:\.\d+)+\.?|[-•*–])\s+", re.IGNORECASE)


def split_sentences(paragraph: str) -> list[Sentence]:
    """Split a paragraph into sentences, each with lower-cased and lemmatized text."""
    body = _LABEL.sub("", paragraph, count=1)
    if not body.strip():
        return []
    return [Sentence.of(sent) for sent in _merge_fragments(pipeline().sentences(body))]


def _merge_fragments(parts: list[str]) -> list[str]:
    """Glue pieces the sentencizer cut after an abbreviation or a number ("art. 5", "1.")."""
    merged: list[str] = []
    abbreviations = _abbreviations()
    for part in parts:
        if merged and (
            len(part) < 4
            or not any(c.isalpha() for c in part)
            or part[0].islower()
            or _ends_with_abbreviation(merged[-1], abbreviations)
        ):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged


def _ends_with_abbreviation(text: str, abbreviations: frozenset[str]) -> bool:
    last = text.rsplit(None, 1)[-1].lower() if text.strip() else ""
    return last.endswith(".") and last.lstrip("([\"'“‘") in abbreviations
