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

        self.SENT_START, self.IDX = SENT_START, IDX
        nlp = _blank_dutch()
        self.sentencizer = nlp.add_pipe("sentencizer")
        self.lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
        self.words = word_store()
        # spaCy's Lookups hash every key into a Bloom filter: for the 212,945-entry lookup table
        # that costs about a second. The lookup table and the index of known lemmas therefore stay
        # in the `WordStore`, asked one word at a time; the rule lemmatizer gets the small tables
        # and, as its index, views of the store per part of speech.
        lookups = Lookups()
        lookups.add_table("lemma_lookup", {})
        for name, table in self.words.small_tables().items():
            lookups.add_table(name, table)
        self.known = {pos: KnownWords(self.words, pos.lower()) for pos in ("NOUN", "VERB", "ADJ")}
        lookups.add_table("lemma_index", {pos.lower(): known for pos, known in self.known.items()})
        self.lemmatizer.initialize(lookups=lookups)
        self.nlp = nlp
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
        looked_up, parts_of_speech = self.words.entry(low)
        if looked_up and looked_up != low:
            return looked_up
        if parts_of_speech:
            return low  # already a lemma ("maken", "school")
        form = self._rule_lemma(low)
        if form:
            return form
        # An unknown compound: lemmatize its longest known tail ("leerbedrijven" -> "leerbedrijf").
        for start in range(2, len(low) - 3):
            tail = low[start:]
            tail_looked_up, tail_parts_of_speech = self.words.entry(tail)
            tail_lemma = tail_looked_up or self._rule_lemma(tail)
            if tail_lemma and tail_lemma != tail:
                return low[:start] + tail_lemma
            if tail_parts_of_speech:
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
        for pos in ("NOUN", "VERB", "ADJ"):
            for form in self.lemmatizer.rule_lemmatize(_Word(low, pos)):
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


class _Word:
    """What `DutchLemmatizer.rule_lemmatize` reads of a token (its text, lower form and part of
    speech, the last two also as its cache key), without building a one-word `Doc` for it: that
    cost a vocabulary entry per new word and made each new word 1.4-2 times slower to lemmatize."""

    __slots__ = ("text", "lower", "pos", "pos_")

    def __init__(self, text: str, pos: str) -> None:
        self.text = self.lower = text
        self.pos = self.pos_ = pos


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
_PARTS_OF_SPEECH = ("noun", "verb", "adj")  # the index parts the lemmatizer is asked for


class WordStore:
    """The Dutch lemma tables of spacy-lookups-data, asked one word at a time.

    `entry(word)` gives the lookup table's lemma for the word (or None) and the parts of speech
    whose index holds it as a lemma ("noun verb", or ""). Reading the package's gzipped JSON takes
    seconds and loading 380,000 words into Python objects a sixth of a second at every start, so
    the tables are kept in an SQLite file in the user's cache folder, made on first use and named
    after the installed data file (`lookups_data_stamp`); a document needs a few thousand of its
    rows. Without a writable cache folder, or should SQLite fail, the tables are held in a dict.
    Answers are remembered per word, and a connection is opened anew in a forked process (SQLite
    connections must not cross a fork).
    """

    def __init__(self, path: Path | None, rows: dict[str, tuple[str | None, str]] | None, small: dict):
        self.path = path
        self.rows = rows  # the whole table, when there is no SQLite file
        self.small = small
        self.cache: dict[str, tuple[str | None, str]] = {}
        self._connection = None
        self._pid = 0

    def small_tables(self) -> dict:
        """lemma_rules and lemma_exc, as dicts keyed by part of speech."""
        return self.small

    def entry(self, word: str) -> tuple[str | None, str]:
        hit = self.cache.get(word)
        if hit is not None:
            return hit
        if self.rows is not None:
            found = self.rows.get(word, (None, ""))
        else:
            row = self._execute("SELECT lemma, pos FROM words WHERE word = ?", (word,)).fetchone()
            found = (row[0], row[1]) if row else (None, "")
        if len(self.cache) >= MAX_CACHED_WORDS:
            self.cache.clear()
        self.cache[word] = found
        return found

    def _execute(self, sql: str, args: tuple = ()):
        if self._connection is None or self._pid != os.getpid():
            import sqlite3

            self._connection = sqlite3.connect(
                f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            self._pid = os.getpid()
        return self._connection.execute(sql, args)


class KnownWords:
    """The lemmas a part of speech's index holds, as the rule lemmatizer asks for them (`in`)."""

    def __init__(self, store: WordStore, pos: str):
        self.store = store
        self.pos = pos

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.pos in self.store.entry(word)[1].split()

    def __bool__(self) -> bool:
        return True


_STORE_VERSION = "v1"  # of the file's layout


@lru_cache(maxsize=1)
def word_store() -> WordStore:
    """The lemma tables (`WordStore`), from the SQLite cache file, which is built when missing."""
    import marshal
    import sqlite3

    path = cache_dir() / f"nl-lemma-words-{lookups_data_stamp()}-{_STORE_VERSION}.sqlite"
    try:
        store = WordStore(path, None, {})
        store.small = marshal.loads(store._execute("SELECT data FROM small").fetchone()[0])
        return store
    except (sqlite3.Error, TypeError, ValueError, EOFError):
        pass
    rows, small = _read_lemma_tables()
    try:
        _write_word_store(path, rows, small)
        store = WordStore(path, None, small)
        store.entry("school")  # the file opens and answers
        return store
    except (OSError, sqlite3.Error):
        return WordStore(None, rows, small)


def _read_lemma_tables() -> tuple[dict[str, tuple[str | None, str]], dict]:
    """Rows word -> (lookup lemma or None, parts of speech) and the small tables, from the package."""
    from spacy.util import load_language_data, registry

    paths = registry.lookups.get("nl")
    tables = {name: dict(load_language_data(paths[name])) for name in _TABLES}
    rows: dict[str, tuple[str | None, str]] = {
        form: (lemma, "") for form, lemma in tables["lemma_lookup"].items()
    }
    for pos in _PARTS_OF_SPEECH:
        for word in tables["lemma_index"].get(pos, ()):
            lemma, known = rows.get(word, (None, ""))
            rows[word] = (lemma, f"{known} {pos}".strip())
    return rows, {"lemma_rules": tables["lemma_rules"], "lemma_exc": tables["lemma_exc"]}


def _write_word_store(path: Path, rows: dict[str, tuple[str | None, str]], small: dict) -> None:
    """Write the SQLite file atomically (to a temporary name, then renamed), removing older ones."""
    import marshal
    import sqlite3

    tmp = _cache_tmp(path)
    tmp.unlink(missing_ok=True)
    connection = sqlite3.connect(tmp)
    try:
        connection.execute(
            "CREATE TABLE words (word TEXT PRIMARY KEY, lemma TEXT, pos TEXT NOT NULL) WITHOUT ROWID"
        )
        connection.executemany(
            "INSERT INTO words VALUES (?, ?, ?)", ((w, lemma, pos) for w, (lemma, pos) in rows.items())
        )
        connection.execute("CREATE TABLE small (data BLOB)")
        connection.execute("INSERT INTO small VALUES (?)", (marshal.dumps(small),))
        connection.commit()
    finally:
        connection.close()
    _install_in_cache(tmp, path, "nl-lemma-*")


def store_in_cache(path: Path, data: bytes, family: str) -> None:
    """Write a cache file atomically and remove the older members of its `family` (a glob of the
    names it has had under earlier data or code: none of them is read again). A cache folder that
    cannot be written is no error: the caller simply rebuilds next time."""
    try:
        tmp = _cache_tmp(path)
        tmp.write_bytes(data)
    except OSError:
        return
    _install_in_cache(tmp, path, family)


def _cache_tmp(path: Path) -> Path:
    """A private name, beside `path`, to write a cache file under before it is moved into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.with_suffix(f".{os.getpid()}.tmp")


def _install_in_cache(tmp: Path, path: Path, family: str) -> None:
    """Move a written cache file into place and remove the older members of its family (not
    another process's file still being written). A failed move leaves nothing behind."""
    try:
        tmp.replace(path)
        for old in path.parent.glob(family):
            if old != path and not old.name.endswith(".tmp"):
                old.unlink(missing_ok=True)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def lookups_data_stamp() -> str:
    """A name for the installed spacy-lookups-data: its Dutch lookup file's size and time.

    (Cheaper than asking `importlib.metadata` for the version, which reads every installed
    distribution's metadata: 40 ms of each start.)
    """
    return _installed_file_stamp("spacy_lookups_data", "data/nl_lemma_lookup.json.gz")


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
    looked_up, parts_of_speech = pipeline().words.entry(word.lower())
    return looked_up is not None or bool(parts_of_speech)


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
    """Glue pieces the sentencizer cut after an abbreviation or a number ("art. 5", "1."), and an
    answer to the short question before it."""
    merged: list[str] = []
    abbreviations = _abbreviations()
    for part in parts:
        if merged and (
            len(part) < 4
            or not any(c.isalpha() for c in part)
            or part[0].islower()
            or _ends_with_abbreviation(merged[-1], abbreviations)
            or is_short_question(merged[-1])
        ):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged


MAX_QUESTION_WORDS = 6


def is_short_question(text: str) -> bool:
    """A question of a few words that what follows answers ("Wie beslist?", "Wanneer?"): the
    answer is read with it, as one sentence."""
    return text.endswith("?") and 0 < len(text.split()) <= MAX_QUESTION_WORDS


def _ends_with_abbreviation(text: str, abbreviations: frozenset[str]) -> bool:
    last = text.rsplit(None, 1)[-1].lower() if text.strip() else ""
    return last.endswith(".") and last.lstrip("([\"'“‘") in abbreviations
